"""Development-plan reports of provinces, prefectures and counties, blind (pln39, decision 194): a plan adjusted in
its year and read to the 人大常委会 (its items headed by their names, the figures first set stated before, a revision
to 持平), a range after a comparison with the year's plan, an estimate corrected by the final count, a target's
explanation opening its own sentence with no subject, and a target handed down by a 自治区, 州 or 盟."""
import pytest

from factkeys import facts, val

_ADJ = ("关于提请审议某某{lv}2020年国民经济和社会发展计划部分指标调整方案的报告\n"
        "——2020年8月26日在某某{lv}第十九届人民代表大会常务委员会第二十九次会议上\n")


def _adjusted(body, lv="市", level="prefecture"):
    return facts(_ADJ.format(lv=lv) + body, region=f"某某{lv}", level=level, report_year=2020)


# 1. an item headed by its name whose sentence opens on the revision ("由增长7%左右调整为增长3%左右") is that name's
# target as revised (the item's figures had been read by nobody)
@pytest.mark.parametrize("item,key,want", [
    ("（一）地区生产总值。由增长7%左右调整为增长3%左右。", ("gdp", "target", "2020", "growth"), (3, "about")),
    ("3.固定资产投资。由增长8%下调至增长5%。", ("fixed_asset_investment", "target", "2020", "growth"), (5, "eq")),
    ("（二）一般公共预算收入。由增长6%调整为下降5%。", ("general_budget_revenue", "target", "2020", "growth"), (-5, "eq")),
])
def test_an_items_revision_is_its_target(item, key, want):
    fs = _adjusted("一、调整的主要指标\n" + item + "\n")
    assert val(fs, key) == want


# 2. the targets first set, stated in a sentence before, yield to each one's revision after them (decision 1), its
# growth word after the revision or a revision to no change (持平)
@pytest.mark.parametrize("item,key,want", [
    ("地区生产总值由增长7%左右调整为增长3%左右。", ("gdp", "target", "2020", "growth"), (3, "about")),
    ("（一）地区生产总值。由增长7%左右调整为增长3%左右。", ("gdp", "target", "2020", "growth"), (3, "about")),
    ("（二）一般公共预算收入。由增长5%调整为与上年持平。", ("general_budget_revenue", "target", "2020", "growth"), (0, "eq")),
])
def test_the_figures_first_set_yield_to_their_revision(item, key, want):
    body = ("市十九届人大五次会议批准的计划确定全市地区生产总值增长7%左右、一般公共预算收入增长5%等主要预期目标。"
            "现提请对部分指标进行调整。\n一、调整的主要指标\n" + item + "\n")
    assert val(_adjusted(body), key) == want


def test_a_target_stated_again_unrevised_keeps_its_first_place():
    # (no revision: the same figure restated keeps the list's, as before)
    body = ("市十九届人大五次会议批准的计划确定全市地区生产总值增长7%左右等主要预期目标。\n一、主要指标\n"
            "地区生产总值增长7%左右，城镇新增就业10万人。\n")
    fs = _adjusted(body)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (7, "about")
    assert fs[("gdp", "target", "2020", "growth")].quote == "地区生产总值增长7%左右"


# 3. in a report adjusting the year's plan the figures first set and revised are the year's own, not last year's,
# whatever the title's wording and the item's
@pytest.mark.parametrize("title,item", [
    ("关于提请审议某某县2020年国民经济和社会发展计划调整方案的报告", "1.地区生产总值。年初计划增长7.5%，调整为增长3%左右。"),
    ("关于调整2020年国民经济和社会发展计划部分指标的报告", "（一）地区生产总值增长由7.5%调整为3%左右。"),
    ("关于某某县2020年国民经济和社会发展计划主要指标调整情况的报告", "地区生产总值增长由7.5%调整为3%左右。"),
])
def test_an_adjustment_reports_revisions_are_the_years(title, item):
    text = title + "\n——2020年9月2日在某某县第十七届人民代表大会常务委员会第三十一次会议上\n一、计划调整的主要内容\n" + item + "\n"
    fs = facts(text, region="某某县", level="county", report_year=2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (3, "about")
    assert ("gdp", "target", "2019", "growth") not in fs


def test_an_adjustment_reports_past_year_stays_past():
    # (a year or 上年 named in the sentence: the year before's, as in any report)
    text = (_ADJ.format(lv="县") + "2019年全县地区生产总值增长7.2%，低于年度计划7.5%的目标。上年固定资产投资增长由10%调整为8%。\n")
    fs = facts(text, region="某某县", level="county", report_year=2020)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7.5, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2019", "growth")) == (8, "eq")


def test_a_plan_reports_own_year_plan_is_still_last_years():
    # (no adjustment in the title: a plan report's 年初计划 in its review is the year reviewed's)
    text = ("关于某某县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n一、2019年计划执行情况\n"
            "1.地区生产总值。年初计划增长7.5%，调整为增长6%，执行结果为增长6.2%。\n")
    fs = facts(text, region="某某县", level="county", report_year=2020)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6, "eq")
    assert ("gdp", "target", "2020", "growth") not in fs


# 4. a range after a comparison with the year's plan is a range (the comparison word no bound of its own)
_REVIEW = "某某市2019年计划执行情况与2020年计划草案的报告\n一、2019年计划执行情况\n"


@pytest.mark.parametrize("body,want", [
    ("地区生产总值增长5.5%，低于年度计划增长6%—6.5%的目标。", (6, 6.5, "range")),
    ("地区生产总值增长5.5%，低于6%-6.5%的预期目标。", (6, 6.5, "range")),
    ("地区生产总值增长7.2%，高于年初确定的6.5%—7%的预期目标。", (6.5, 7, "range")),
    ("地区生产总值增长5.5%，低于年度计划增长6.5%的目标。", (6.5, "eq")),
])
def test_a_range_compared_with_stays_a_range(body, want):
    fs = facts(_REVIEW + body + "\n", region="某某市", level="prefecture", report_year=2020)
    assert val(fs, ("gdp", "target", "2019", "growth")) == want


# 5. an estimate corrected by the final count in the clause after it: the final figure is the fact
_EST = "某某省2021年计划执行情况与2022年计划草案的报告\n一、2021年计划执行情况\n地区生产总值预计增长6.8%。"


@pytest.mark.parametrize("body,key,want", [
    ("2020年地区生产总值增速在上年报告中预计为3.5%，经统计部门最终核实为3.9%。", ("gdp", "actual", "2020", "growth"), 3.9),
    ("2020年地区生产总值初步核算为3920亿元，经最终核实为3956亿元。", ("gdp", "actual", "2020", "level"), 3956),
    ("2020年全市一般公共预算收入预计完成82亿元，经财政部门审定为82.6亿元。",
     ("general_budget_revenue", "actual", "2020", "level"), 82.6),
    ("2020年地区生产总值增速预计为3.5%，经统计部门核实，实际增长3.9%。", ("gdp", "actual", "2020", "growth"), 3.9),
    ("2020年全市一般公共预算收入预计完成82亿元，经审定，最终为82.6亿元。",
     ("general_budget_revenue", "actual", "2020", "level"), 82.6),
])
def test_an_estimates_final_count_is_the_fact(body, key, want):
    fs = facts(_EST + body + "\n", region="某某省", level="province", report_year=2022)
    assert val(fs, key) == (want, "eq")


@pytest.mark.parametrize("body", [
    "2020年地区生产总值预计增长3.5%，比全国高1.2个百分点。",
    "2020年地区生产总值预计增长3.5%，经统计部门核实，比全国高1.2个百分点。",
])
def test_an_estimate_compared_keeps_its_figure(body):
    fs = facts(_EST + body + "\n", region="某某省", level="province", report_year=2022)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.5, "eq")


# 6. a target's explanation opening the sentence after it with no subject names the plan's average
_DRAFT = "某某省2021年计划执行情况与2022年计划草案的报告\n一、2021年计划执行情况\n地区生产总值预计增长6.8%。\n二、2022年主要预期目标\n"


@pytest.mark.parametrize("after", [
    "比上年预计数高0.2个百分点，与“十四五”规划确定的年均增长6.5%左右的目标相衔接。",
    "较上年提高0.2个百分点，与“十四五”规划年均增长6.5%左右的目标相衔接。",
    "与“十四五”规划确定的年均增长6.5%左右的目标相衔接。",
])
def test_an_explanation_opening_its_own_sentence_names_the_plans_average(after):
    fs = facts(_DRAFT + "——地区生产总值增长7%左右。" + after + "\n", region="某某省", level="province", report_year=2022)
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7, "about")
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (6.5, "about")


def test_the_next_names_explanation_is_not_the_targets():
    fs = facts(_DRAFT + "——地区生产总值增长7%左右。比上年预计数高0.2个百分点。一般公共预算收入增长6%，与“十四五”规划确定的"
               "年均增长6.5%的目标相比有所调整。\n", region="某某省", level="province", report_year=2022)
    assert ("gdp", "goal", "2021-2025", "growth") not in fs


# 7. a target handed down by a 自治区, 州 or 盟 in a list of targets is a qualitative target, no result, and the items
# after it stay the year's targets
@pytest.mark.parametrize("above", ["自治区", "州", "盟"])
def test_a_target_handed_down_by_the_level_above_leaves_the_list_the_years(above):
    text = (f"报告提出，2023年全州经济社会发展的主要预期目标是：地区生产总值增长7%左右，单位地区生产总值能耗完成{above}下达的"
            "目标任务，粮食产量稳定在300万吨以上，城镇新增就业3万人。\n")
    fs = facts(text, region="某某州", level="prefecture", report_year=2023)
    assert val(fs, ("grain_output", "target", "2023", "level")) == (300, "at_least")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (3, "eq")
    assert ("grain_output", "actual", "2022", "level") not in fs


def test_a_result_that_met_the_level_aboves_target_stays_a_result():
    text = ("某某县2022年计划执行情况\n一、2022年计划执行情况\n全县单位地区生产总值能耗下降3.1%，完成州下达的目标任务，"
            "城镇新增就业3200人。\n")
    fs = facts(text, region="某某县", level="county", report_year=2023)
    assert val(fs, ("energy_intensity", "actual", "2022", "growth")) == (-3.1, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (3200, "eq")
