"""pov63 (decision 535): the 脱贫攻坚 years (2016–2020), counties and cities, blind.

- The rural people and a poverty group of those years under one income name after both ("农村居民和建档立卡贫困人口人均可
  支配收入分别增长9.8%和21%", "城乡居民和贫困人口人均可支配收入分别增长8%、9.8%和21%"): the rural income (and the urban one
  before it), the group's own a figure of no indicator (failed on the base: no rural income, no urban one).
- In a pledge, those groups share the per-person measure the last names ("农村居民和贫困人口人均可支配收入分别增长10%和15%以
  上": 农村居民人均可支配收入; failed on the base: the object was the bare 农村居民).
Look-alikes keep their reading: the group named first, each income named whole, the urban/rural pair, a list of things
that are no people before a per-person name, the year's poverty pledges."""
import pytest

import planwatch

_PAGE = ("纳雍县人民政府工作报告\n——2017年2月18日在纳雍县第十七届人民代表大会第二次会议上\n\n一、2016年工作回顾\n"
         "过去一年，全县地区生产总值增长8.1%。{r}\n\n二、2017年主要预期目标\n地区生产总值增长7%左右。\n\n"
         "三、2017年重点工作\n{t}\n")


def _read(t: str = "", r: str = ""):
    text = _PAGE.format(t=t or "新建高标准农田5万亩。", r=r)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    s = t or r
    i, n = text.index(s), len(s)
    facts = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts if i <= f.start < i + n}
    pledges = {(p.object, p.value, p.unit, p.period) for p in doc.pledges if i <= p.start < i + n}
    return facts, pledges


# 1. the rural people and a poverty group, one income name after both: the rural income (failed on the base)
@pytest.mark.parametrize("r, want", [
    ("农村居民和贫困人口人均可支配收入分别增长9.8%和21%。", {("rural_disposable_income", "actual", "2016", "growth", 9.8)}),
    ("农村常住居民和建档立卡贫困人口人均可支配收入分别增长9.8%和21%。",
     {("rural_disposable_income", "actual", "2016", "growth", 9.8)}),
    ("农村居民和脱贫户人均可支配收入分别达到10230元和8100元。", {("rural_disposable_income", "actual", "2016", "level", 10230)}),
    ("农村居民、贫困人口人均可支配收入分别增长9.8%、21%。", {("rural_disposable_income", "actual", "2016", "growth", 9.8)}),
    ("农民和贫困户收入分别增长9.8%和21%。", {("rural_disposable_income", "actual", "2016", "growth", 9.8)}),
    ("城乡居民和贫困人口人均可支配收入分别增长8%、9.8%和21%。",
     {("urban_disposable_income", "actual", "2016", "growth", 8), ("rural_disposable_income", "actual", "2016", "growth", 9.8)}),
])
def test_rural_and_a_poverty_group_share_one_income_name(r, want):
    facts, _ = _read(r=r)
    assert facts == want  # (the group's 21% no fact of the region's incomes)


def test_rural_and_a_poverty_group_in_the_tasks_is_the_years_target():
    facts, _ = _read(t="农村居民和建档立卡贫困户人均纯收入分别增长10%、15%。")
    assert facts == {("rural_disposable_income", "target", "2017", "growth", 10)}


# 2. the groups share the per-person measure in a pledge's object (failed on the base: 农村居民)
@pytest.mark.parametrize("t, want", [
    ("农村居民和贫困人口人均可支配收入分别增长10%和15%以上。",
     {("农村居民人均可支配收入", 10, "%", "2017"), ("贫困人口人均可支配收入", 15, "%", "2017")}),
    ("农村居民和建档立卡贫困户人均纯收入分别增长10%、15%。",
     {("农村居民人均纯收入", 10, "%", "2017"), ("建档立卡贫困户人均纯收入", 15, "%", "2017")}),
])
def test_groups_share_the_per_person_measure_in_a_pledge(t, want):
    _, pledges = _read(t=t)
    assert pledges == want


# look-alikes: the readings the base had, kept
@pytest.mark.parametrize("r, want", [
    ("建档立卡贫困户和农村居民人均可支配收入分别增长21%和9.8%。", {("rural_disposable_income", "actual", "2016", "growth", 9.8)}),
    ("农村居民人均可支配收入和贫困人口人均纯收入分别增长9.8%和21%。",
     {("rural_disposable_income", "actual", "2016", "growth", 9.8)}),
    ("城镇和农村居民人均可支配收入分别增长7%和9%。",
     {("urban_disposable_income", "actual", "2016", "growth", 7), ("rural_disposable_income", "actual", "2016", "growth", 9)}),
    ("建档立卡贫困户人均可支配收入达到6200元，增长18%。", set()),
    ("贫困村农村居民人均可支配收入增长12.5%，高于全县平均水平2个百分点。",
     {("other:贫困村农村居民人均可支配收入", "actual", "2016", "growth", 12.5)}),
    ("全年减少农村贫困人口3.21万人，38个贫困村退出（出列），贫困发生率由19.8%下降到13.6%。", set()),
])
def test_look_alike_incomes_keep_their_reading(r, want):
    facts, pledges = _read(r=r)
    assert facts == want and not pledges


@pytest.mark.parametrize("t, want", [
    ("城市和农村低保标准分别提高8%和10%。", {("城市低保标准", 8, "%", "2017"), ("农村低保标准", 10, "%", "2017")}),
    ("确保45个贫困村退出（出列）、2.8万贫困人口脱贫。", {("贫困村", 45, "个", "2017"), ("贫困人口", 2.8, "万人", "2017")}),
    ("完成易地扶贫搬迁4200户1.8万人，实施农村危房改造3000户。",
     {("易地扶贫搬迁", 4200, "户", "2017"), ("易地扶贫搬迁", 1.8, "万人", "2017"), ("农村危房改造", 3000, "户", "2017")}),
    ("到2020年，全县贫困人口全部脱贫，贫困发生率降至3%以下。", {("贫困发生率", 3, "%", "2020")}),
    ("实现“两不愁三保障”，落实“五个一批”，推进“3+1”保障。", set()),
])
def test_look_alike_pledges_keep_their_reading(t, want):
    _, pledges = _read(t=t)
    assert pledges == want
