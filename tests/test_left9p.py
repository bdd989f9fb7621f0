"""Pledge classes left open (branch left9p): livestock sold off and crops bought (出栏, 收购, 担), task items that
restate three indicators' figures, stocks to reach, counts per place. Each with look-alikes that must not change."""
from __future__ import annotations

import pytest

from taskdoc import pledges as _pledges, task_doc


def _keys(body: str, level: str = "县") -> set[tuple[str, float, str]]:
    return {(o, v, u) for _, o, v, u in _pledges(body, level)}


# --- 1. livestock sold off, crops bought ---

@pytest.mark.parametrize("body, want", [
    ("（二）发展现代农业。全年出栏生猪80万头。", {("生猪", 80, "万头")}),
    ("抓好畜牧业发展，全年出栏肉牛15万头、肉羊40万只。", {("肉牛", 15, "万头"), ("肉羊", 40, "万只")}),
    ("稳定烟叶生产，全年收购烤烟100万担。", {("烤烟", 100, "万担")}),
    ("全年收购烟叶12万担，收购粮食30万吨。", {("烟叶", 12, "万担"), ("粮食", 30, "万吨")}),
])
def test_livestock_sold_off_and_crops_bought_pledge(body, want):
    assert _keys(body) == want


@pytest.mark.parametrize("body, want", [
    # a farm's yearly capacity is its size, the verb before it acts
    ("新建年出栏10万头生猪养殖场2个。", {("年出栏10万头生猪养殖场", 2, "个")}),
    # prices and rates are no verbs
    ("提高粮食收购价格，落实最低收购价政策。", set()),
])
def test_capacities_and_prices_are_no_verbs(body, want):
    assert _keys(body) == want
