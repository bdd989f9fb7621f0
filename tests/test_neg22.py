"""Session neg22: reports of years that went badly (declines, contractions, missed targets): a fall written 负增长
after a level, the plan's first years (前四年) not counted back for the averages after them, a result's 了 before
its target, 年初确定的各项预期目标 in a review, the soft targets of a year after a fall, a fall's figure written with the
minus sign (U+2212), and a pledge's object read from inside a bracket."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

REVIEW = "政府工作报告\n——2021年2月2日在某市第九届人民代表大会第六次会议上\n一、2020年工作回顾\n"
PLAN = "政府工作报告\n——2021年2月2日在某市第九届人民代表大会第六次会议上\n二、2021年主要预期目标\n"
TASKS = "政府工作报告\n——2017年2月16日在某市第十六届人民代表大会第一次会议上\n三、2017年重点工作\n"


# 1. 负增长 after a level's comma: the same figure's fall
@pytest.mark.parametrize("sent,iid,level,growth", [
    ("全市固定资产投资完成248.6亿元，负增长58.2%。", "fixed_asset_investment", 248.6, -58.2),
    ("一般公共预算收入85.3亿元，负增长12.1%。", "general_budget_revenue", 85.3, -12.1),
    ("社会消费品零售总额1200亿元，同比负增长3.1%。", "retail_sales", 1200, -3.1),
])
def test_negative_growth_after_a_level(sent, iid, level, growth):
    fs = facts(REVIEW + sent + "\n")
    assert val(fs, (iid, "actual", "2020", "level")) == (level, "eq")
    assert val(fs, (iid, "actual", "2020", "growth")) == (growth, "eq")


def test_negative_growth_without_a_figure_is_no_growth():
    fs = facts(REVIEW + "进出口总额50亿元，出现负增长。\n")
    assert val(fs, ("foreign_trade", "actual", "2020", "level")) == (50, "eq")
    assert ("foreign_trade", "actual", "2020", "growth") not in fs


FIVE = ("政府工作报告\n——2021年1月26日在某市第十四届人民代表大会第六次会议上\n一、2020年和“十三五”时期工作回顾\n"
        "五年来，我们推动经济社会发展取得新的重大成就。")


# 2. 前四年 dates its own average (the plan's first years); the averages after it keep the five years reviewed
def test_first_years_do_not_date_the_next_average():
    fs = facts(FIVE + "地区生产总值从2015年的10905.6亿元增加到2020年的15616.1亿元，扣除疫情影响，前四年年均增长7.8%。"
               "城镇常住居民人均可支配收入年均增长6.4%，农村常住居民人均可支配收入年均增长7.2%。\n")
    assert val(fs, ("gdp", "actual", "2016-2019", "growth")) == (7.8, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2016-2020", "growth")) == (6.4, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2016-2020", "growth")) == (7.2, "eq")
    assert ("urban_disposable_income", "actual", "2017-2020", "growth") not in fs


def test_recent_years_still_count_back():
    fs = facts(FIVE + "近三年，一般公共预算收入年均增长3.1%。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2018-2020", "growth")) == (3.1, "eq")


# 3. a result, then 完成了/实现了 its target: last year's target (了 is no object of its own)
@pytest.mark.parametrize("sent,key,target", [
    ("居民消费价格上涨2.9%，完成了控制在3.5%左右的目标。", ("cpi", "target", "2020", "growth"), (3.5, "about")),
    ("地区生产总值增长6.1%，实现了增长6%的年度目标。", ("gdp", "target", "2020", "growth"), (6, "eq")),
    ("城镇调查失业率5.6%，未能实现控制在5.5%以内的目标。", ("urban_unemployment_rate", "target", "2020", "share"), (5.5, "at_most")),
])
def test_result_then_its_target(sent, key, target):
    fs = facts(REVIEW + sent + "\n")
    assert val(fs, key) == target
    assert (key[0], "target", "2021", key[3]) not in fs


def test_another_thing_completed_stays_another_object():
    fs = facts(REVIEW + "固定资产投资增长6.1%，实现了工业投资80亿元。\n")
    assert val(fs, ("fixed_asset_investment", "actual", "2020", "growth")) == (6.1, "eq")
    assert ("fixed_asset_investment", "actual", "2020", "level") not in fs


# 4. "年初确定的各项预期目标中" in a review names last year's targets; this year's 各项预期目标 stays this year's
def test_targets_set_at_the_start_of_the_year_reviewed():
    fs = facts(REVIEW + "年初确定的各项预期目标中，除居民消费价格涨幅控制在3.5%左右的目标外，其余主要指标均未完成。\n")
    assert val(fs, ("cpi", "target", "2020", "growth")) == (3.5, "about")
    assert ("cpi", "target", "2021", "growth") not in fs


def test_this_years_targets_named_so_stay_this_years():
    fs = facts(PLAN + "今年确定的各项预期目标是：地区生产总值增长12%左右；一般公共预算收入增长15%。\n")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (12, "about")
    assert val(fs, ("general_budget_revenue", "target", "2021", "growth")) == (15, "eq")


# 5. the soft targets of a year after a fall
@pytest.mark.parametrize("item,iid", [
    ("外贸出口保持增长", "exports"),
    ("一般公共预算收入降幅收窄", "general_budget_revenue"),
    ("规模以上工业增加值扭转下滑势头", "industrial_va"),
    ("固定资产投资实现增长", "fixed_asset_investment"),
])
def test_soft_targets_after_a_fall(item, iid):
    fs = facts(PLAN + "今年主要预期目标是：社会消费品零售总额增长22%；" + item + "；城镇调查失业率控制在5.5%以内。\n")
    assert val(fs, (iid, "target", "2021", "growth")) == (None, "qualitative")
    assert val(fs, ("retail_sales", "target", "2021", "growth")) == (22, "eq")


def test_soft_words_in_a_review_give_no_result():
    fs = facts(REVIEW + "外贸进出口保持增长。一般公共预算收入降幅收窄。\n")
    assert not [k for k in fs if k[0] in ("foreign_trade", "general_budget_revenue")]


def test_soft_word_beside_a_figure_keeps_the_figure():
    fs = facts(PLAN + "今年主要预期目标是：固定资产投资止跌回升，增长10%；外贸出口增长5%。\n")
    assert val(fs, ("fixed_asset_investment", "target", "2021", "growth")) == (10, "eq")
    assert val(fs, ("exports", "target", "2021", "growth")) == (5, "eq")


# 6. pledges: a note in brackets cut in half is left out of the object
def test_object_cut_inside_a_bracket():
    d = read(TASKS + "完成旧区改造（小梁薄板）房屋改造12万平方米。改造城镇老旧小区（含背街小巷）80个。"
             "实施城中村（棚户区）改造项目15个。\n")
    got = pledged(d)
    assert ("房屋", 12, "万平方米") in got
    assert ("城中村（棚户区）改造项目", 15, "个") in got
    assert ("城镇老旧小区", 80, "个") in got
    assert not any("）" in o and "（" not in o for o, _, _ in got)


# 7. the minus sign (U+2212) of a typeset page is a fall, as the hyphen-minus and the full-width minus are
@pytest.mark.parametrize("sent,growth", [
    ("固定资产投资增长−6.5%。", -6.5),
    ("固定资产投资增长-6.5%。", -6.5),
    ("固定资产投资增长－6.5％。", -6.5),
])
def test_minus_signs(sent, growth):
    fs = facts(REVIEW + sent + "\n")
    assert val(fs, ("fixed_asset_investment", "actual", "2020", "growth")) == (growth, "eq")


def test_minus_sign_between_two_rates_is_a_range():
    fs = facts(PLAN + "今年主要预期目标是：地区生产总值增长5%−6%。\n")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (5, 6, "range")


# 8. a flow's rate moved from last year's to the year's: the year's growth as written (a ratio's stays a share)
@pytest.mark.parametrize("sent,key,want", [
    ("规模以上工业增加值由上年的-4.2%提高到2.5%。", ("industrial_va", "actual", "2016", "growth"), (2.5, "eq")),
    ("固定资产投资由上年的12.1%回落到-3.5%。", ("fixed_asset_investment", "actual", "2016", "growth"), (-3.5, "eq")),
    ("城镇化率由上年的60%提高到62%。", ("urbanization_rate", "actual", "2016", "share"), (62, "eq")),
    ("森林覆盖率由2015年的38%提高到39%。", ("forest_coverage", "actual", "2016", "share"), (39, "eq")),
    ("居民消费价格由上年的2%回落到1.5%。", ("cpi", "actual", "2016", "growth"), (1.5, "eq")),
    # (a ratio's names that end otherwise: still shares)
    ("城镇化水平由上年的60%提高到62%。", ("urbanization_rate", "actual", "2016", "share"), (62, "eq")),
    ("税收收入由上年的70%提高到72%。", ("tax_revenue_share", "actual", "2016", "share"), (72, "eq")),
])
def test_a_flows_rate_moved(sent, key, want):
    fs = facts(OLD + sent + "\n")
    assert val(fs, key) == want


def test_a_flows_level_moved_stays_a_level():
    fs = facts(OLD + "一般公共预算收入由上年的120亿元提高到130亿元。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2016", "level")) == (130, "eq")
    assert ("general_budget_revenue", "actual", "2016", "growth") not in fs


OLD = "政府工作报告\n——2017年2月16日在某市第十六届人民代表大会第一次会议上\n一、2016年工作回顾\n"


# 9. 减收 is a revenue's fall, 增收 its rise (and no tax share)
def test_revenue_falls_and_rises():
    fs = facts(OLD + "一般公共预算收入减收10.5%。财政总收入完成52亿元，同比减收8.2%，减收4.6亿元。税收收入增收5%。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2016", "growth")) == (-10.5, "eq")
    assert val(fs, ("fiscal_total_revenue", "actual", "2016", "growth")) == (-8.2, "eq")
    assert val(fs, ("fiscal_total_revenue", "actual", "2016", "level")) == (52, "eq")
    assert ("tax_revenue_share", "actual", "2016", "share") not in fs


# 10. a bare 增长目标 set lower than last year's, the gap before the figure set
@pytest.mark.parametrize("sent,want", [
    ("今年的增长目标比去年低1个百分点，定为6%左右。", (6, "about")),
    ("今年的增长目标比去年下调0.5个百分点，确定为6.5%左右。", (6.5, "about")),
    ("今年的增长目标定为6%左右，比去年低1个百分点。", (6, "about")),
])
def test_growth_target_set_lower_than_last_years(sent, want):
    fs = facts("政府工作报告\n二、2017年主要预期目标\n" + sent + "\n", report_year=2017)
    assert val(fs, ("gdp", "target", "2017", "growth")) == want
    assert not [k for k in fs if k[3] == "pp_change"]


def test_another_names_growth_target_set_lower_is_not_gdps():
    fs = facts("政府工作报告\n二、2017年主要预期目标\n今年工业的增长目标比去年低1个百分点，定为6%左右。\n", report_year=2017)
    assert ("gdp", "target", "2017", "growth") not in fs


# 11. a past year's figure corrected by the statistics (核减为/核减至, 挤水分): the corrected figure is that year's
def test_a_past_years_figure_corrected():
    fs = facts(OLD + "根据第三次全国经济普查结果，2015年全市地区生产总值由1850亿元核减至1610亿元，"
               "一般公共预算收入由150亿元核减为120亿元。\n")
    assert val(fs, ("gdp", "actual", "2015", "level")) == (1610, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2015", "level")) == (120, "eq")
    assert not [k for k in fs if k[1] == "target"]


# 12. a figure written with its minus after a fall word is the fall as written, not turned back into a rise
@pytest.mark.parametrize("sent,key,want", [
    ("地区生产总值负增长，为-2.5%。", ("gdp", "actual", "2016", "growth"), (-2.5, "eq")),
    ("一般公共预算收入同比下降-3.4%。", ("general_budget_revenue", "actual", "2016", "growth"), (-3.4, "eq")),
    ("一般公共预算收入同比下降3.4%。", ("general_budget_revenue", "actual", "2016", "growth"), (-3.4, "eq")),
    ("全市经济增速为-2.5%。", ("gdp", "actual", "2016", "growth"), (-2.5, "eq")),
])
def test_a_written_minus_after_a_fall_word(sent, key, want):
    fs = facts(OLD + sent + "\n")
    assert val(fs, key) == want
