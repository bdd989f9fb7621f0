"""Decision 397 (lng50b): whole reports of kinds the kept sets hold few of — a province's work report of 2016 (the
十三五's opening year) and a county-level city's of 2022. The set was read right but for one goal's period the project
settled long ago (decision 105); the class fixed came from probes of the same kinds: a resolve word after a later
deadline inside a plan's goal sentence (“今后五年，…，到2026年力争达到2300亿元；研发…达到3.5%”) made the ；-items after
it this year's targets under a part titled for the five years and the year. Each test with the texts that must change
and the look-alikes that must not."""
from __future__ import annotations

from factkeys import facts, val  # tests/factkeys.py


def _report(region: str, year: int, body: str) -> str:
    return (f"政府工作报告\n——{year}年1月8日在{region}第十八届人民代表大会第一次会议上\n各位代表：\n"
            f"现在，我代表{region}人民政府向大会报告工作，请予审议。\n一、{year - 1}年工作回顾\n"
            f"全市地区生产总值增长8.6%。\n" + body)


# a part titled for the plan's five years and the report's year, as 换届 reports of county-level cities title it
_PART = "二、今后五年目标任务和2022年工作\n"


def test_item_after_a_striving_deadline_in_a_five_year_sentence_is_a_goal():
    # 力争 right after 到2026年 is the deadline's modal: the share in the next ；-item is the plan's (2022-2026), not 2022's
    fs = facts(_report("瑞安市", 2022, _PART + "今后五年，全市地区生产总值年均增长6.5%以上，到2026年力争突破1500亿元；"
                       "常住人口城镇化率达到70%。\n今年主要预期目标是：地区生产总值增长7%左右。\n"))
    assert val(fs, ("urbanization_rate", "goal", "2022-2026", "share")) == (70, "eq")
    assert ("urbanization_rate", "target", "2022", "share") not in fs
    # the deadline's own figure keeps its year, the year's target stays the year's
    assert val(fs, ("gdp", "goal", "2026", "level")) == (1500, "at_least")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7, "about")


def test_item_after_a_striving_year_end_in_a_plan_named_sentence_is_a_goal():
    # the same with the plan named by its number (“十三五”期间) and the deadline's year end set off by a comma
    # (“到2020年底，力争…”), in a province's report of 2016
    text = ("政府工作报告\n——2016年1月28日在甘肃省第十二届人民代表大会第四次会议上\n各位代表：\n一、2015年工作回顾\n"
            "全省生产总值增长8.1%。\n二、“十三五”目标和2016年工作\n“十三五”期间，全省生产总值年均增长7.5%，"
            "到2020年底，力争突破1万亿元；研究与试验发展经费投入强度达到1.5%；森林覆盖率达到12.6%。\n"
            "今年全省经济社会发展的主要预期目标是：生产总值增长7.5%左右。\n")
    fs = facts(text)
    assert val(fs, ("rnd_intensity", "goal", "2016-2020", "share")) == (1.5, "eq")
    assert val(fs, ("forest_coverage", "goal", "2016-2020", "share")) == (12.6, "eq")
    assert ("rnd_intensity", "target", "2016", "share") not in fs


# look-alikes that must not change

def test_deadline_of_the_report_year_keeps_its_striving_items_this_years():
    # “到2022年底力争…” is this year's deadline: the items after it stay 2022's targets
    fs = facts(_report("瑞安市", 2022, "二、2022年工作\n全年新增规上工业企业60家，到2022年底力争高新技术企业达到650家；"
                       "城镇新增就业1.3万人。\n"))
    assert val(fs, ("urban_new_jobs", "target", "2022", "level")) == (1.3, "eq")


def test_striving_with_no_plan_lead_in_its_sentence_is_unchanged():
    # no plan's years lead the sentence: the deadline dates its own figure, the item after it is the year's target as before
    fs = facts(_report("瑞安市", 2022, "二、今后五年目标任务和2022年工作\n（一）产业。到2025年力争规上工业企业达到1500家；"
                       "全年规上工业增加值增长8%。\n"))
    assert val(fs, ("industrial_va", "target", "2022", "growth")) == (8, "eq")


def test_this_years_own_striving_clause_after_the_plan_is_this_years():
    # a separate sentence opened by 今年 after the plan's: this year's target, whatever 力争 it holds
    fs = facts(_report("瑞安市", 2022, _PART + "今后五年，全市地区生产总值年均增长6.5%以上，到2026年力争突破1500亿元。"
                       "今年力争地区生产总值增长7.5%；一般公共预算收入增长6%。\n"))
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7.5, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2022", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "goal", "2022-2026", "growth")) == (6.5, "at_least")
