"""Decision 344 (lng46): whole government work reports of the north-east and north-west, 2016-2018. A report's page
whose head names a five-year plan's outline beside the report's own title (a portal's link "·“十三五”规划纲要解读", a
topic "专题：“十三五”规划纲要") was read as that outline: every figure after it, the last plan's review and the year's
tasks alike, became the new plan's goals. A report of a kind of its own (政府工作报告, a plan's or a budget's report)
is no outline; an outline's own title still makes its sections the plan's goals."""
from __future__ import annotations

import planwatch
import pytest

_GWR = ("政府工作报告\n——2016年1月24日在某某省第十二届人民代表大会第五次会议上\n\n各位代表：\n"
        "一、“十二五”时期和2015年工作回顾\n五年来，全省地区生产总值年均增长8.1%。五年累计城镇新增就业320万人，"
        "单位地区生产总值能耗累计下降16.2%。\n2015年，全省地区生产总值增长6.2%。\n"
        "二、2016年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n"
        "实现上述目标，重点做好以下工作：\n（一）扩大开放。实际利用外资增长6%，技术合同成交额达到90亿元。\n")

_PLAN = ("关于某某市2015年国民经济和社会发展计划执行情况与2016年计划草案的报告\n"
         "——2016年2月20日在某某市第一届人民代表大会第五次会议上\n"
         "一、2015年计划执行情况\n全市实现地区生产总值436.6亿元，增长10.2%。五年累计城镇新增就业6.3万人。\n"
         "二、2016年经济社会发展的主要预期目标\n地区生产总值增长9.5%左右。\n"
         "三、2016年主要任务\n森林覆盖率达到34%，实际利用外资增长5%。\n")


def _keys(text: str) -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.measure) for f in planwatch.read_text(text, "t.txt").facts}


# a portal's head names the new plan's outline beside the report's title (before: the review's 五年累计 figures and the
# tasks' figures read as the 十三五's goals, 2016-2020)
@pytest.mark.parametrize("nav", ["·“十三五”规划纲要解读\n", "热点专题：\n“十三五”规划纲要解读\n", "专题：“十三五”规划纲要\n",
                                 "《某某省国民经济和社会发展第十三个五年规划纲要》图解\n"])
def test_a_reports_page_naming_a_plans_outline_in_its_head_is_not_the_outline(nav):
    page = "当前位置：首页 > 政务公开 > 政府工作报告\n" + nav + "2016年某某省政府工作报告\n来源：省政府办公厅　发布时间：2016-02-02\n"
    keys = _keys(page + _GWR)
    assert ("urban_new_jobs", "actual", "2011-2015", "level") in keys
    assert ("energy_intensity", "actual", "2011-2015", "growth") in keys
    assert ("fdi", "target", "2016", "growth") in keys
    assert ("tech_contract_value", "target", "2016", "level") in keys
    assert not [k for k in keys if k[1] == "goal"]


# the same for a plan report's page (its five years' total is the last plan's, its task figures the year's)
@pytest.mark.parametrize("nav", ["·“十三五”规划纲要解读\n", "图解：某某市“十三五”规划纲要\n"])
def test_a_plan_reports_page_naming_an_outline_in_its_head_keeps_its_years(nav):
    keys = _keys("首页 > 政务公开\n" + nav + _PLAN)
    assert ("urban_new_jobs", "actual", "2011-2015", "level") in keys
    assert ("forest_coverage", "target", "2016", "share") in keys
    assert not [k for k in keys if k[1] == "goal"]


# look-alike that must not change: the page with no such link reads the same
def test_the_same_report_without_the_link_reads_the_same():
    plain = _keys(_GWR)
    linked = _keys("·“十三五”规划纲要解读\n" + _GWR)
    assert plain == linked


# look-alikes that must not change: an outline's own title (in its plan's first year) still makes its 主要目标 the
# plan's goals, not the year's targets
@pytest.mark.parametrize("title", ["某某省国民经济和社会发展第十三个五年规划纲要", "某某市“十三五”规划纲要",
                                   "某某县国民经济和社会发展第十三个五年规划纲要（草案）"])
def test_an_outlines_own_title_still_sets_the_plans_goals(title):
    keys = _keys(title + "\n（2016年1月20日在人民代表大会第五次会议上）\n第三章 主要目标\n"
                 "——经济发展。地区生产总值年均增长7%左右（预期性）。\n——绿色生态。森林覆盖率达到47%（约束性）。\n")
    assert ("gdp", "goal", "2016-2020", "growth") in keys
    assert ("forest_coverage", "goal", "2016-2020", "share") in keys
    assert not [k for k in keys if k[1] == "target"]
