"""Whole reports, long, blind (lng59, decision 467): last year's target named by 比/较 with its figure in a review, the
time or 的 said or not ("，比预期的9%高0.1个百分点", "，比计划的9%…", "，比年度目标8%…", "，比预期9%…", "，较目标的9%…"), is
that year's target, and the gap in points after it no change of a ratio ("，较预期的4.5%低1.38个百分点"); a task item
titled by a battle to win or a thing to do well ("（五）打好污染防治攻坚战。") is a task's, its run of three indicators'
figures pledges too. The look-alikes keep what they gave: a completion ratio ("完成年度目标的101%", "为年度计划的101.2%"), a
base of growth (比年初, 比上年的…提高…个百分点), a gap to the level above, a list's item titled by its field."""
import pytest


from factkeys import read

_HEAD = "政府工作报告\n——2019年1月21日在某某市第十届人民代表大会第四次会议上\n\n一、2018年工作回顾\n"


def _doc(text: str, name: str = "t.txt"):
    return read(text, name)  # (factkeys: every fact's and pledge's quote checked against the text)


def _facts(text: str) -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in _doc(text).facts}


def _review(sentence: str) -> set[tuple]:
    return _facts(_HEAD + "2018年，全市" + sentence + "\n")


# 1. last year's target after 比/较 with 的, 目标 or nothing between (failed on the base: the target was left out)
@pytest.mark.parametrize("sentence,fact", [
    ("规模以上工业增加值增长9.1%，比预期的9%高0.1个百分点。", ("industrial_va", 9)),
    ("规模以上工业增加值增长9.1%，比计划的9%高0.1个百分点。", ("industrial_va", 9)),
    ("财政总收入增长10.2%，比年度目标8%高2.2个百分点。", ("fiscal_total_revenue", 8)),
    ("规模以上工业增加值增长9.1%，比预期9%高0.1个百分点。", ("industrial_va", 9)),
    ("规模以上工业增加值增长9.1%，较目标的9%高0.1个百分点。", ("industrial_va", 9)),
    ("社会消费品零售总额增长11%，比预期的10.5%快0.5个百分点。", ("retail_sales", 10.5)),
])
def test_compared_target_after_bi(sentence, fact):
    got = _review(sentence)
    iid, value = fact
    assert (iid, "target", "2018", "growth", value, "eq") in got
    assert {f for f in got if f[0] == iid and f[1] == "actual"}  # (the result stays)


def test_compared_target_about_keeps_its_qualifier():
    got = _review("居民消费价格上涨2.2%，比预期的3%左右低0.8个百分点。")
    assert ("cpi", "target", "2018", "growth", 3, "about") in got and ("cpi", "actual", "2018", "growth", 2.2, "eq") in got


# 2. the gap in points after the target's figure is no change of the ratio (failed on the base: a target pp_change)
@pytest.mark.parametrize("sentence", ["城镇登记失业率3.12%，较预期的4.5%低1.38个百分点。",
                                      "城镇登记失业率3.12%，比年度计划4.5%低1.38个百分点。"])
def test_gap_after_compared_target_no_pp_change(sentence):
    got = _review(sentence)
    assert ("registered_unemployment_rate", "target", "2018", "share", 4.5, "eq") in got
    assert not [f for f in got if f[3] == "pp_change"]


# 3. a task item titled 打好/打赢… (failed on the base: its three indicators read as a target list, no pledge)
def test_battle_titled_task_item_pledges():
    text = (_HEAD + "2018年，全市地区生产总值增长8.9%。\n\n二、2019年重点工作\n（五）打好污染防治攻坚战。PM2.5平均浓度降至37微克/"
            "立方米，优良天数比例达到90%以上，单位生产总值能耗下降3%。\n")
    doc = _doc(text)
    assert {(p.object, p.value, p.unit) for p in doc.pledges} == {
        ("PM2.5平均浓度", 37, "微克/立方米"), ("优良天数比例", 90, "%"), ("单位生产总值能耗", 3, "%")}
    assert ("pm25", "target", "2019", "level", 37, "eq") in _facts(text)


# look-alikes, the same on the base and after
@pytest.mark.parametrize("sentence,expected", [
    # a completion ratio of the plan or target: no target
    ("规模以上工业增加值增长9.1%，完成年度目标的101%。", {("industrial_va", "actual", "2018", "growth", 9.1, "eq")}),
    ("一般公共预算收入完成80.3亿元，为年度计划的101.2%。", {("general_budget_revenue", "actual", "2018", "level", 80.3, "eq")}),
    # a base of growth, not a target
    ("固定资产投资增长11.2%，比年初增长5%。", {("fixed_asset_investment", "actual", "2018", "growth", 11.2, "eq")}),
    ("常住人口城镇化率达到59.5%，比上年的58.1%提高1.4个百分点。",
     {("urbanization_rate", "actual", "2018", "share", 59.5, "eq"), ("urbanization_rate", "actual", "2018", "pp_change", 1.4, "eq")}),
    # the level above's figure: no target of the region's
    ("地区生产总值增长8.9%，比全省的8.5%高0.4个百分点。", {("gdp", "actual", "2018", "growth", 8.9, "eq")}),
    # the target named with its time, read before
    ("实际利用外资增长8%，比年初预期的7%高1个百分点。",
     {("fdi", "actual", "2018", "growth", 8, "eq"), ("fdi", "target", "2018", "growth", 7, "eq")}),
])
def test_look_alikes_unchanged(sentence, expected):
    assert _review(sentence) == expected


def test_field_titled_list_item_no_pledges():
    text = (_HEAD + "2018年，全市地区生产总值增长8.9%。\n\n二、2019年主要目标\n（一）经济增长。地区生产总值增长8%，固定资产投资"
            "增长10%，城镇新增就业2.5万人。\n")
    doc = _doc(text)
    assert not doc.pledges
    assert ("urban_new_jobs", "target", "2019", "level", 2.5, "eq") in _facts(text)


# 2b. a target set against last year's target in the plan part (failed on the base: a pp_change target of 0.5)
def test_gap_to_last_years_target_no_pp_change():
    text = (_HEAD + "2018年，全市地区生产总值增长8.9%。\n\n二、2019年主要预期目标\n城镇登记失业率控制在4%以内，比上年计划的4.5%低"
            "0.5个百分点。\n")
    got = _facts(text)
    assert ("registered_unemployment_rate", "target", "2019", "share", 4, "at_most") in got
    assert not [f for f in got if f[3] == "pp_change"]
