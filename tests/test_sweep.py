"""Classes found by a sweep over the ERRORS.md classes on fresh wordings (2026-12-02)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


# 1. the tourism revenue named by its last word after the visitors' count
@pytest.mark.parametrize("body, visits, revenue", [
    ("全省旅游业接待游客3.2亿人次、实现收入5600亿元。", 3.2, 5600),
    ("全州接待海内外游客5000万人次，实现旅游综合收入500.6亿元。", 5000, 500.6),
    ("全年旅游接待8900万人次、旅游收入900亿元。", 8900, 900),
    ("全县接待国内外旅游者321.5万人次，实现旅游总收入28.7亿元。", 321.5, 28.7),
])
def test_tourism_revenue_after_visits(body, visits, revenue):
    fs = facts(f"一、2025年工作回顾\n文旅融合加快推进，{body}\n", report_year=2026)
    assert val(fs, ("tourist_visits", "actual", "2025", "level")) == (visits, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2025", "level")) == (revenue, "eq")


def test_tourism_pair_with_growths_after():
    fs = facts("一、2025年工作回顾\n全市接待游客1.3亿人次，实现收入1600亿元，分别增长8%、10%。\n", report_year=2026)
    assert val(fs, ("tourism_revenue", "actual", "2025", "level")) == (1600, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2025", "growth")) == (10, "eq")


@pytest.mark.parametrize("body", [
    "全市铁路发送旅客1200万人次，实现收入30亿元。",  # passengers, not tourists
    "全年培训农民工5万人次，实现收入增长8%。",
    "全市接待游客9000万人次，实现社会消费品零售总额1000亿元。",
    "全市旅游接待能力显著提升，景区实现收入增长。",
])
def test_no_tourism_revenue_elsewhere(body):
    fs = facts(f"一、2025年工作回顾\n{body}\n", report_year=2026)
    assert not any(k[0] == "tourism_revenue" for k in fs)
