"""Review of the rules merged from branch holdcity (review11): the look-alikes where each must not fire, and
wordings where it was too narrow. Real sentence shapes of county, district and city reports and news pages."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


# 5. composite rankings: a rank said of the figure's rate or size among 百强县 or among the counties assessed
# ("增速居全国百强县第5位", "在全省37个考核县（市）中排名第2位") is the figure's; a composite one is not
DY = "大冶市人民政府工作报告\n——2024年1月12日在大冶市第十届人民代表大会第四次会议上\n一、2023年工作回顾\n"
PLAN = "\n二、2024年工作安排\n地区生产总值增长7%。\n"


@pytest.mark.parametrize("sent,key,want", [
    ("全市地区生产总值增长6.8%，增速居全国百强县第5位。", ("gdp", "actual", "2023", "rank"), 5),
    ("全市地区生产总值增长6.8%，增速在全国百强县中排名第5位。", ("gdp", "actual", "2023", "rank"), 5),
    ("全市地区生产总值增长6.8%，增速在全省37个考核县（市）中排名第2位。", ("gdp", "actual", "2023", "rank"), 2),
    ("全市规模以上工业增加值增长9.2%，增速居全省考核县市区第1位。", ("industrial_va", "actual", "2023", "rank"), 1),
    ("全市一般公共预算收入完成52亿元，在全省考核县市中居第4位。", ("general_budget_revenue", "actual", "2023", "rank"), 4),
    # the figure named right before its place: the figure is ranked
    ("全市地区生产总值在全国百强县中排名第40位。", ("gdp", "actual", "2023", "rank"), 40),
    ("全市地区生产总值居全国县域经济百强第30位，增长6.8%。", ("gdp", "actual", "2023", "rank"), 30),
])
def test_rank_of_the_figure_among_a_composite_field(sent, key, want):
    assert val(facts(DY + sent + PLAN), key) == (want, "eq")


@pytest.mark.parametrize("sent", [
    "全市地区生产总值增长6.8%，在全省县域经济考核中排名第3位。",
    "全县地区生产总值增长7.1%，在全市目标考核中位列第1名。",
    "全县地区生产总值增长7.1%，居全市高质量发展综合考核第1位。",
    "全市地区生产总值达到912.6亿元，综合实力跃居全国百强县第30位。",
])
def test_composite_ranking_still_gives_no_rank(sent):
    assert ("gdp", "actual", "2023", "rank") not in facts(DY + sent + PLAN)


# 2. the year of a news page named by the plan's phase: not from a plan under way ("回顾了“十四五”时期前两年"),
# nor from targets of the plan's year that a later report says were met in other words (执行良好, 均达到, 如期达成)
NEWS = ("兴城市十七届人大七次会议开幕\n兴城融媒\n2月23日上午，兴城市第十七届人民代表大会第七次会议开幕。"
        "市长王宏伟代表市政府作工作报告。\n")


def _year(body):
    return planwatch.read_text(NEWS + body, "t.txt").meta.report_year


@pytest.mark.parametrize("body", [
    "报告回顾了“十四五”时期前两年的发展成就。去年，全市地区生产总值增长6.1%。\n报告提出，今年全市地区生产总值增长6.5%左右。\n",
    "报告回顾了“十三五”时期前四年的工作，去年全市地区生产总值增长7%。报告提出，今年地区生产总值增长6%左右。\n",
    "报告指出，“十四五”开局之年主要预期目标执行良好，全市地区生产总值增长7.1%。报告提出，今年全市地区生产总值增长6%左右。\n",
    "报告指出，“十四五”开局之年的主要预期目标均达到或超过，全市地区生产总值增长7.1%。\n",
    "报告指出，“十三五”收官之年主要目标任务如期达成，全市地区生产总值增长3.1%。\n",
    "报告总结了“十四五”开局之年主要预期目标的执行情况，全市地区生产总值增长7.1%。\n",
    "报告回顾，“十四五”开局之年的主要预期目标是确保经济平稳运行，全年地区生产总值增长7.1%。\n",
])
def test_plan_phase_under_way_or_reviewed_names_no_year(body):
    assert _year(body) is None


@pytest.mark.parametrize("body,year", [
    ("过去一年是“十四五”规划承上启下之年，全市地区生产总值增长6.1%。\n", 2024),
    ("刚刚过去的一年，是“十三五”规划收官之年，全市地区生产总值增长3.1%。\n", 2021),
    ("报告回顾总结了“十三五”期间的发展成就，并提出了“十四五”时期的目标任务。\n", 2021),
    ("报告提出，“十五五”开局之年的主要预期目标是：地区生产总值增长5.5%左右。\n", 2026),
    ("报告提出，“十四五”收官之年全市发展主要预期目标：地区生产总值增长5.5%左右。\n", 2025),
    ("报告明确了“十四五”开局之年的主要目标，即地区生产总值增长7%左右。\n", 2021),
    ("报告指出，在“十四五”开局之年，全市主要预期目标为经济增长7%。\n", 2021),
    ("回顾过去一年，是“十四五”规划全面实施的第三年，全市地区生产总值增长5.1%。\n", 2024),
])
def test_plan_phase_names_the_year_in_other_wordings(body, year):
    assert _year(body) == year


# 3. a county's own level (县级, 旗级, 区级) is the region's budget, but not beside its towns' level: "县级一般公共
# 预算收入8.3亿元，乡镇级…3.8亿元" splits the county's revenue between its governments
GS = "泾川县人民政府工作报告\n——2020年1月8日在泾川县第十七届人民代表大会第四次会议上\n一、2019年工作回顾\n2019年，全县生产总值完成60.7亿元。"
QI = "达拉特旗人民政府工作报告\n——2021年1月10日在达拉特旗第十七届人民代表大会第五次会议上\n一、2020年工作回顾\n2020年，全旗地区生产总值完成526亿元。"


@pytest.mark.parametrize("sent", [
    "县级一般公共预算收入8.3亿元，增长5.1%，乡镇级一般公共预算收入3.8亿元。",
    "全县一般公共预算收入12.1亿元，增长5%。县级一般公共预算收入8.3亿元，乡镇级一般公共预算收入3.8亿元。",
    "乡镇级一般公共预算收入3.8亿元，县级一般公共预算收入8.3亿元。",
])
def test_county_level_beside_the_towns_level_is_a_part(sent):
    fs = facts(GS + sent + "\n")
    assert fs.get(("general_budget_revenue", "actual", "2019", "level")) is None \
        or fs[("general_budget_revenue", "actual", "2019", "level")].value == 12.1
    assert ("other:乡镇级一般公共预算收入", "actual", "2019", "level") in fs


def test_city_level_beside_its_towns_in_a_county_level_city():
    fs = facts("江阴市人民政府工作报告\n——2022年1月10日在江阴市第十八届人民代表大会第一次会议上\n一、2021年工作回顾\n"
               "2021年，全市地区生产总值完成4580亿元。市级一般公共预算收入148亿元，镇街一般公共预算收入116亿元。\n")
    assert ("other:市级一般公共预算收入", "actual", "2021", "level") in fs


def test_banner_own_level_is_the_regions():
    fs = facts(QI + "财政总收入完成80.1亿元，其中旗级一般公共预算收入35.2亿元，增长3.2%。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "level")) == (35.2, "eq")


# 4. a paragraph opened by an earlier year of the plan ended ("2018年，全县…。其中，第一产业增加值…增长5.8%")
# gives that year's changes, not the plan's last year's
HZ = "会泽县人民政府工作报告\n——2021年1月26日在会泽县第十七届人民代表大会第六次会议上\n一、“十三五”时期工作回顾\n"


def test_paragraph_opened_by_an_earlier_year():
    fs = facts(HZ + "2018年，全县地区生产总值完成200.1亿元，增长9.1%。其中，第一产业增加值增长5.8%。\n")
    assert val(fs, ("primary_industry_va", "actual", "2018", "growth")) == (5.8, "eq")
    assert ("primary_industry_va", "actual", "2020", "growth") not in fs
    assert ("primary_industry_va", "actual", "2016-2020", "growth") not in fs


@pytest.mark.parametrize("body", [
    "2020年，全县地区生产总值完成243.5亿元，增长4.9%。与2015年相比，一般公共预算收入增长45%，城镇化率提高8.2个百分点。\n",
    "2016年以来，全县地区生产总值年均增长7.9%。一般公共预算收入增长45%，城镇化率提高8.2个百分点。\n",
])
def test_span_after_a_year_opened_sentence_stays(body):
    fs = facts(HZ + body)
    assert val(fs, ("urbanization_rate", "actual", "2016-2020", "pp_change")) == (8.2, "eq")


# 1. a digest's dated title under a bullet that closed its item on a unit ("●城镇新增就业5000人",
# "●一般公共预算收入12.5亿元"), not only on a % or a digit, leads the bullets under it
@pytest.mark.parametrize("last", ["●城镇新增就业5000人", "●一般公共预算收入12.5亿元", "●城镇调查失业率5.2%"])
def test_dated_title_under_an_item_closed_on_a_unit(last):
    fs = facts("2023年成绩单\n●地区生产总值增长6%\n" + last + "\n2024年主要目标\n●地区生产总值增长6.5%\n"
               "●规模以上工业增加值增长8%\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (8, "eq")
    assert ("industrial_va", "actual", "2023", "growth") not in fs


def test_dated_subtitle_in_the_review_stays_a_result():
    fs = facts("【聚焦两会】一图读懂！2024年攸县政府工作报告\n攸县发布  2024-01-10\n"
               "1月9日，攸县十八届人大四次会议开幕，县长作政府工作报告。\n2023年成绩单\n●地区生产总值增长6%\n"
               "2023年民生实事\n●城镇新增就业5000人\n2024年主要目标\n●地区生产总值增长6.5%\n")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (5000, "eq")
    assert ("urban_new_jobs", "target", "2024", "level") not in fs
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")
