"""Fresh documents of districts, minority regions and development zones (branch blind9)."""
from __future__ import annotations

import pytest

import planwatch

DOC = "{n}{y}年政府工作报告\n——{y}年1月10日在{n}第十届人民代表大会第三次会议上\n\n一、{py}年工作回顾\n{rev}\n" \
      "二、{y}年工作安排\n{y}年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"


def facts(name: str, y: int, review: str):
    d = planwatch.read_text(DOC.format(n=name, y=y, py=y - 1, rev=review), "t.txt")
    for f in d.facts:
        assert d.text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure): f.value for f in d.facts if f.role == "actual"}


# --- a listed name with its own result verb before it (、实现 / 、完成) is the list's next item ---

@pytest.mark.parametrize("name, y, review, want", [
    ("甘孜藏族自治州", 2024, "全年接待游客、实现旅游收入分别增长35.3%和38.2%。",
     {"tourist_visits": 35.3, "tourism_revenue": 38.2}),
    ("黔东南苗族侗族自治州", 2019, "接待游客、实现旅游综合收入分别增长30.2%、32.5%。",
     {"tourist_visits": 30.2, "tourism_revenue": 32.5}),
    ("伊犁哈萨克自治州", 2024, "全年接待国内外游客、实现旅游总收入分别增长65.3%、78.2%。",
     {"tourist_visits": 65.3, "tourism_revenue": 78.2}),
    ("鄂托克旗", 2022, "全年规模以上工业增加值、完成固定资产投资分别增长8.1%和15.2%。",
     {"industrial_va": 8.1, "fixed_asset_investment": 15.2}),
    ("成都市武侯区", 2023, "地区生产总值和实现一般公共预算收入分别增长2.8%和3.1%。",
     {"gdp": 2.8, "general_budget_revenue": 3.1}),
    ("锡林郭勒盟", 2023, "社会消费品零售总额、实现旅游收入分别增长12.5%和38.2%。",
     {"retail_sales": 12.5, "tourism_revenue": 38.2}),
    ("长阳土家族自治县", 2020, "全年接待游客和实现旅游收入分别增长15.2%和16.8%。",
     {"tourist_visits": 15.2, "tourism_revenue": 16.8}),
    ("兴安盟", 2022, "接待游客、完成旅游收入分别增长35.3%和38.2%。",
     {"tourist_visits": 35.3, "tourism_revenue": 38.2}),
])
def test_verb_before_a_listed_name(name, y, review, want):
    got = facts(name, y, review)
    assert {k[0]: v for k, v in got.items() if k[3] == "growth"} == want


# look-alikes: each name with its own figure (no list), a list with 人次 after the first name
@pytest.mark.parametrize("review, want", [
    ("全年接待游客增长35.3%、实现旅游收入498亿元。",
     {("tourist_visits", "growth"): 35.3, ("tourism_revenue", "level"): 498}),
    ("全年接待游客4560万人次、实现旅游收入498亿元，分别增长35.3%和38.2%。",
     {("tourist_visits", "level"): 4560, ("tourism_revenue", "level"): 498,
      ("tourist_visits", "growth"): 35.3, ("tourism_revenue", "growth"): 38.2}),
    ("接待游客人次、实现旅游收入分别增长35.3%和38.2%。",
     {("tourist_visits", "growth"): 35.3, ("tourism_revenue", "growth"): 38.2}),
    ("全年接待游客1.1亿人次，完成旅游综合收入1010亿元。",
     {("tourist_visits", "level"): 1.1, ("tourism_revenue", "level"): 1010}),
])
def test_verb_gap_look_alikes(review, want):
    got = facts("甘孜藏族自治州", 2024, review)
    assert {(k[0], k[3]): v for k, v in got.items()} == want


@pytest.mark.parametrize("review, want", [
    ("城镇新增就业、实现农村劳动力转移就业分别达到1.2万人和3.5万人。",
     {("urban_new_jobs", "level"): 1.2, ("rural_labor_transfer", "level"): 3.5}),
    ("接待游客、实现旅游收入分别达到4560万人次和498亿元。",
     {("tourist_visits", "level"): 4560, ("tourism_revenue", "level"): 498}),
])
def test_verb_before_a_listed_name_levels(review, want):
    got = facts("察布查尔锡伯自治县", 2022, review)
    assert {(k[0], k[3]): v for k, v in got.items()} == want


def test_verb_gap_list_item_outside_the_taxonomy_keeps_its_place():
    got = facts("阿勒泰地区", 2023, "一般公共预算收入和完成税收收入分别增长6.1%和5.2%。")
    assert {(k[0], k[3]): v for k, v in got.items()} == {("general_budget_revenue", "growth"): 6.1}


# no 分别 in the clause: an aim in step with the economy is the income's, the economy's growth no target
@pytest.mark.parametrize("target", ["保持经济增长与实现居民收入增长基本同步。", "经济增长和实现居民收入增长基本同步。"])
def test_verb_gap_without_each_is_no_list(target):
    d = planwatch.read_text("甘孜藏族自治州2024年政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长6%。\n"
                            "二、2024年工作安排\n今年主要预期目标是：" + target + "\n", "t.txt")
    got = {(f.indicator, f.measure) for f in d.facts if f.role == "target"}
    assert ("disposable_income", "growth") in got and ("gdp", "growth") not in got


# --- a scenic area that received the visitors is the subject of the revenue after it too ---

@pytest.mark.parametrize("review", [
    "西江千户苗寨景区接待游客680万人次，实现旅游综合收入58亿元。",
    "那拉提景区全年接待游客280万人次，旅游收入12.5亿元。",
    "喀拉峻景区累计接待游客120万人次，实现旅游收入5.6亿元。",
    "武陵源风景区接待游客850万人次，实现旅游收入96亿元。",
    "凤凰古城、十八洞等景区接待游客1560万人次，实现旅游收入120亿元，分别增长12%和15%。",
])
def test_scenic_area_subject(review):
    got = facts("伊犁哈萨克自治州", 2024, review)
    assert not any(k[0] in ("tourist_visits", "tourism_revenue") for k in got), got


# look-alikes: the region's figures after a clause about its scenic areas, or a count of them
@pytest.mark.parametrize("review", [
    "景区提质升级，全县接待游客680万人次，实现旅游综合收入58亿元。",
    "A级景区达到25家，接待游客680万人次，实现旅游综合收入58亿元。",
    "以景区为龙头，全年接待游客680万人次，实现旅游综合收入58亿元。",
    "全年接待游客680万人次，实现旅游综合收入58亿元。",
    "凤凰古城、十八洞景区提质升级，全县接待游客680万人次，实现旅游综合收入58亿元。",
])
def test_scenic_area_look_alikes(review):
    got = facts("长阳土家族自治县", 2020, review)
    assert got[("tourist_visits", "actual", "2019", "level")] == 680
    assert got[("tourism_revenue", "actual", "2019", "level")] == 58


def test_parks_listed_stay_parks_and_the_region_after_its_word():
    got = facts("湘西土家族苗族自治州", 2023, "高新区、经开区完成规上工业总产值520亿元，全州规模以上工业增加值增长8%。")
    assert got == {("industrial_va", "actual", "2022", "growth"): 8}


def test_scenic_area_own_report_keeps_its_revenue():
    d = planwatch.read_text("黄山风景区管委会2023年工作报告\n一、2022年工作回顾\n全年景区接待游客180万人次，实现旅游收入25.6亿元。\n"
                            "二、2023年工作安排\n今年主要目标是：接待游客增长20%。\n", "t.txt")
    got = {(f.indicator, f.role, f.measure): f for f in d.facts}
    f = got[("tourism_revenue", "actual", "level")]
    assert f.value == 25.6 and f.confidence < 0.9 and f.note  # a zone's figure: kept, less sure, with its reason


@pytest.mark.parametrize("review, want", [
    # the region's word leads the scenic areas: the revenue after may be all of it (as before)
    ("全县旅游景区接待游客680万人次，实现旅游综合收入58亿元。", {("tourism_revenue", "actual", "2019", "level"): 58}),
    # a part named under 其中 after the region's own figure: the revenue after is the region's
    ("全县接待游客680万人次，其中清江画廊景区接待游客120万人次，实现旅游综合收入58亿元。",
     {("tourist_visits", "actual", "2019", "level"): 680, ("tourism_revenue", "actual", "2019", "level"): 58}),
])
def test_scenic_area_region_word_and_其中(review, want):
    assert facts("长阳土家族自治县", 2020, review) == want
