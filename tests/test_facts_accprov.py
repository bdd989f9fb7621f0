"""Provincial and national full reports in shapes not seen before (branch accprov): each class
with the sentences that must change and the look-alikes that must not."""
from __future__ import annotations

import pytest

import planwatch

HEAD = "政府工作报告\n——2026年1月20日在湖北省第十四届人民代表大会第五次会议上\n湖北省省长 李殿勋\n各位代表：\n"


def facts(text: str, **meta) -> dict[tuple, planwatch.Fact]:
    doc = planwatch.read_text(text, "t.txt", overrides=meta or None)
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure): f for f in doc.facts}


def val(fs, key):
    assert key in fs, f"{key} not in {sorted(fs)}"
    f = fs[key]
    return (f.value, f.value_high, f.qualifier) if f.value_high is not None else (f.value, f.qualifier)


# 1. "完成年度预期目标" in a review names last year's target met: the clauses after it are results,
# not this year's targets (and they no longer push the real targets out of their keys)
@pytest.mark.parametrize("met", ["完成年度预期目标", "完成了全年预期目标", "超额完成年度预期目标", "圆满完成年度主要预期目标",
                                 "高于年度预期目标0.3个百分点", "低于全年预期目标0.2个百分点", "好于年度预期目标",
                                 "实现全年预期目标", "完成年度主要目标"])
def test_target_met_in_review_is_no_target_cue(met):
    fs = facts(HEAD + "一、2025年工作回顾\n全省生产总值增长5.2%，" + met + "；一般公共预算收入增长2.8%；城镇调查失业率4.3%。\n"
               "二、2026年主要预期目标\n全省生产总值增长5%左右；一般公共预算收入增长2%左右；城镇调查失业率5.5%左右。")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (2.8, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2025", "share")) == (4.3, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "about")


@pytest.mark.parametrize("lead", ["今年全年预期目标是：", "为实现全年预期目标，", "确保完成年度预期目标，", "2026年度预期目标："])
def test_this_years_target_lead_still_a_target(lead):
    fs = facts(HEAD + "一、2025年工作回顾\n全省生产总值增长5.2%。\n二、2026年工作安排\n" + lead
               + "全省生产总值增长5%左右，一般公共预算收入增长2%。")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "eq")


def test_target_met_on_a_news_page():
    fs = facts("湖北省政府工作报告摘要\n1月20日，湖北省第十四届人民代表大会第五次会议开幕。报告指出，2025年全省生产总值增长5.2%，"
               "完成年度预期目标，一般公共预算收入增长2.8%。报告提出，今年全省生产总值增长5%左右，一般公共预算收入增长2%。",
               report_year=2026)
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (2.8, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "eq")
