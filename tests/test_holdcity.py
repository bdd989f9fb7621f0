"""County and city excerpts in shapes not seen before (branch holdcity): news digests, WeChat pages and
PDF text of county, district and city reports of 2016–2025. Each class with the texts that must change and
the look-alikes that must not."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


# 1. a digest's dated title ("2022年奋斗目标", "2023年主要预期目标") right under a line that states a whole
# figure ("●规模以上工业增加值增长8.1%", "城镇新增就业5000人") opens the targets' part: the lines under it
# are this year's targets, not last year's results (they were read as 2021 actuals, or dropped as repeats)
@pytest.mark.parametrize("review,title,bullet", [
    ("2021年成绩单", "2022年奋斗目标", "●"),
    ("2021年成绩单", "2022年主要预期目标", "●"),
    ("回眸2021", "2022年主要预期目标", ""),
    ("回眸2021", "2022年预期目标", ""),
    ("【2021年成绩单】", "2022年主要目标", "◆"),
])
def test_digest_dated_title_under_a_stated_item_opens_the_targets(review, title, bullet):
    text = ("【聚焦两会】一图速览！平顶山市政府工作报告\n平顶山发布  2022-01-06\n"
            "1月5日，平顶山市十一届人大五次会议开幕，市长张雷明作政府工作报告。\n"
            f"{review}\n{bullet}地区生产总值2694.2亿元，增长6.8%\n{bullet}规模以上工业增加值增长8.1%\n"
            f"{title}\n{bullet}地区生产总值增长7%\n{bullet}规模以上工业增加值增长8%\n{bullet}一般公共预算收入增长6%\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (6.8, "eq")
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (8.1, "eq")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7, "eq")
    assert val(fs, ("industrial_va", "target", "2022", "growth")) == (8, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2022", "growth")) == (6, "eq")
    assert ("general_budget_revenue", "actual", "2021", "growth") not in fs


def test_digest_title_under_an_amount_line():
    fs = facts("一图读懂2023年攸县政府工作报告\n回眸2022\n地区生产总值285.6亿元，增长4.6%\n城镇新增就业5000人\n"
               "2023年主要预期目标\n地区生产总值增长6.5%左右\n城镇新增就业4500人以上\n", report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (5000, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (4500, "at_least")


def test_figure_set_above_its_caption_is_no_stated_item():
    # a 数读 page: the bare figure "5000人" over its caption; the dated title under it opens nothing
    fs = facts("2023年成绩单\n地区生产总值\n285.6亿元\n城镇新增就业\n5000人\n2024年主要目标\n", region="攸县", report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (5000, "eq")
    assert ("urban_new_jobs", "target", "2024", "level") not in fs


def test_numbered_parts_still_decide():
    fs = facts("一、2018年工作回顾\n2018年，全县规上工业增加值增长10.2%\n固定资产投资增长12%\n二、2019年工作安排\n"
               "规上工业增加值增长8%\n", report_year=2019)
    assert val(fs, ("industrial_va", "actual", "2018", "growth")) == (10.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2018", "growth")) == (12, "eq")
    assert val(fs, ("industrial_va", "target", "2019", "growth")) == (8, "eq")


# 2. a news page with only a month and day: the year named by the five-year plan's phase. "回顾了“十三五”时期"
# (the plan reviewed: the next year's report), "刚刚过去的一年，是“十四五”开局之年" (the year reviewed, as
# 去年是… is), "“十四五”开局之年…主要预期目标是" (this year's targets) — the year was not found and every
# fact was dropped
NEWS = ("兴城市十七届人大七次会议开幕\n兴城融媒\n2月23日上午，兴城市第十七届人民代表大会第七次会议开幕。"
        "市长王宏伟代表市政府作工作报告。\n")


def _year(body):
    import planwatch
    return planwatch.read_text(NEWS + body, "t.txt").meta.report_year


@pytest.mark.parametrize("body,year", [
    ("报告回顾了“十三五”时期及去年工作。去年，全市地区生产总值完成172.4亿元，增长1.2%。\n报告提出，今年全市地区生产总值增长7%左右。\n", 2021),
    ("报告回顾总结了“十二五”时期工作，全市地区生产总值年均增长9.8%。\n报告提出，今年全市地区生产总值增长7.5%左右。\n", 2016),
    ("刚刚过去的一年，是“十四五”开局之年。全市地区生产总值完成183.6亿元，增长7.1%。\n报告提出，今年全市地区生产总值增长6%左右。\n", 2022),
    ("过去的一年是“十三五”收官之年，全市地区生产总值完成172.4亿元，增长1.2%。\n报告提出，今年全市地区生产总值增长7%左右。\n", 2021),
    ("报告提出，“十四五”开局之年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%。\n", 2021),
    ("报告提出，“十三五”收官之年的主要目标是：地区生产总值增长6.5%左右。\n", 2020),
    ("今年是“十四五”开局之年，全市地区生产总值增长7%左右。\n", 2021),
])
def test_year_named_by_the_plans_phase(body, year):
    assert _year(body) == year


@pytest.mark.parametrize("body", [
    "报告指出，“十四五”开局之年的主要预期目标圆满完成，全市地区生产总值增长7.1%。报告提出，今年全市地区生产总值增长6%左右。\n",
    "“十三五”以来，全市地区生产总值年均增长6.1%。报告回顾了“十三五”以来的发展成就。\n",
])
def test_plan_phase_met_or_under_way_names_no_year(body):
    assert _year(body) is None


def test_news_page_dated_by_the_plan_keeps_its_facts():
    fs = facts(NEWS + "报告回顾了“十三五”时期及去年工作。去年，全市地区生产总值完成172.4亿元，同比增长1.2%。\n"
               "报告提出，“十四五”开局之年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%。\n")
    assert val(fs, ("gdp", "actual", "2020", "level")) == (172.4, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "about")
    assert val(fs, ("general_budget_revenue", "target", "2021", "growth")) == (5, "eq")


# 3. a district's or county's own level before its budget revenue ("区级一般公共预算收入793亿元" in 浦东新区's
# report, "其中县级一般公共预算收入" in a county's) is the region's general budget revenue; a city's 市级, a
# 市本级, or 县级 in a city's report are still parts of the region
SH = "浦东新区人民政府工作报告\n——2016年1月6日在上海市浦东新区第六届人民代表大会第二次会议上\n一、2015年工作回顾\n2015年，全区生产总值完成7898亿元。"
GS = "泾川县人民政府工作报告\n——2020年1月8日在泾川县第十七届人民代表大会第四次会议上\n一、2019年工作回顾\n2019年，全县生产总值完成60.7亿元。"
PDS = "平顶山市人民政府工作报告\n——2022年1月5日在平顶山市第十一届人民代表大会第五次会议上\n一、2021年工作回顾\n2021年，全市生产总值完成2694.2亿元。"


@pytest.mark.parametrize("head,sent,year,value", [
    (SH, "财政总收入3553亿元，增长14.2%，其中区级一般公共预算收入793亿元，增长13.5%。", "2015", 793),
    (SH, "全区区级一般公共预算收入完成85.3亿元，增长6.2%。", "2015", 85.3),
    (GS, "财政总收入完成20.3亿元，其中县级一般公共预算收入12.1亿元，增长5.1%。", "2019", 12.1),
])
def test_own_level_budget_revenue_is_the_regions(head, sent, year, value):
    fs = facts(head + sent + "\n")
    assert val(fs, ("general_budget_revenue", "actual", year, "level")) == (value, "eq")


def test_own_level_qualitative_target():
    fs = facts(SH + "\n二、2016年主要预期目标\n全区生产总值增长7%左右，区级一般公共预算收入与经济增长基本同步。\n")
    assert val(fs, ("general_budget_revenue", "target", "2016", "growth")) == (None, "qualitative")


@pytest.mark.parametrize("head,sent", [
    (SH, "市级一般公共预算收入完成12.1亿元，增长5.1%。"),
    (GS, "县本级一般公共预算收入完成12.1亿元。"),
    (PDS, "其中市级一般公共预算收入62.1亿元，增长5.1%。"),
    (PDS, "县级一般公共预算收入合计90.2亿元。"),
])
def test_other_levels_budget_revenue_stays_a_part(head, sent):
    fs = facts(head + sent + "\n")
    assert ("general_budget_revenue", "actual", "2015", "level") not in fs
    assert ("general_budget_revenue", "actual", "2019", "level") not in fs
    assert ("general_budget_revenue", "actual", "2021", "level") not in fs


# 4. the review of a plan ended ("一、“十三五”时期工作回顾"): a paragraph that opens on one year ("2020年，全县…")
# gives that year's figures in its later sentences too ("其中，第一产业增加值…增长5.8%"), not the span's; a paragraph
# opened by 五年来, or a year that dates one level only, leaves a plain change over the span
HZ = "会泽县人民政府工作报告\n——2021年1月26日在会泽县第十七届人民代表大会第六次会议上\n一、“十三五”时期工作回顾\n"


@pytest.mark.parametrize("body", [
    "2020年，全县地区生产总值完成243.5亿元，增长4.9%。其中，第一产业增加值58.6亿元，增长5.8%。一般公共预算收入增长3.2%。\n",
    "五年来，全县地区生产总值年均增长7.9%。2020年，全县地区生产总值完成243.5亿元，增长4.9%。第一产业增加值增长5.8%，一般公共预算收入12.5亿元，增长3.2%。\n",
])
def test_year_opened_paragraph_in_a_plan_review(body):
    fs = facts(HZ + body)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (4.9, "eq")
    assert val(fs, ("primary_industry_va", "actual", "2020", "growth")) == (5.8, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "growth")) == (3.2, "eq")
    assert ("general_budget_revenue", "actual", "2016-2020", "growth") not in fs


@pytest.mark.parametrize("body", [
    "五年来，全县地区生产总值年均增长7.9%。一般公共预算收入增长32.5%，城镇化率提高8.2个百分点。\n",
    "五年来，全县经济实力持续增强。2020年地区生产总值达到243.5亿元。一般公共预算收入增长32.5%，城镇化率提高8.2个百分点。\n",
    "2020年，全县地区生产总值完成243.5亿元。五年来，一般公共预算收入增长32.5%，城镇化率提高8.2个百分点。\n",
])
def test_plain_change_over_the_span_in_a_plan_review(body):
    fs = facts(HZ + body)
    assert val(fs, ("general_budget_revenue", "actual", "2016-2020", "growth")) == (32.5, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2016-2020", "pp_change")) == (8.2, "eq")


# 5. a county's place in a composite ranking after its GDP ("增长6.8%，居全国县域经济百强第30位", "位列全国综合实力
# 百强县第30位", "在全省县域经济考核中排名第3位") is no rank of its GDP; a rank of the figure (增速居…第1位, 在全市
# 各县区中排名第3位, 居全国第9位) still is
DY = "大冶市人民政府工作报告\n——2024年1月12日在大冶市第十届人民代表大会第四次会议上\n一、2023年工作回顾\n"


@pytest.mark.parametrize("sent", ["全市地区生产总值达到912.6亿元，增长6.8%，居全国县域经济百强第30位。",
                                  "全市地区生产总值达到912.6亿元，增长6.8%，位列全国综合实力百强县第30位。",
                                  "全市地区生产总值增长6.8%，在全省县域经济考核中排名第3位。",
                                  "全市地区生产总值增长6.8%，居中国县域经济竞争力排行榜第25位。"])
def test_composite_ranking_is_no_rank_of_the_figure(sent):
    fs = facts(DY + sent + "\n二、2024年工作安排\n地区生产总值增长7%。\n")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.8, "eq")
    assert ("gdp", "actual", "2023", "rank") not in fs


@pytest.mark.parametrize("sent,key,want", [
    ("全市地区生产总值达到912.6亿元，增长6.8%，增速居黄石市第1位。", ("gdp", "actual", "2023", "rank"), 1),
    ("全市地区生产总值增长6.8%，在全市各县区中排名第3位。", ("gdp", "actual", "2023", "rank"), 3),
    ("全市粮食产量31万吨，居全省第9位。", ("grain_output", "actual", "2023", "rank"), 9),
])
def test_rank_of_the_figure_stays(sent, key, want):
    fs = facts(DY + sent + "\n二、2024年工作安排\n地区生产总值增长7%。\n")
    assert val(fs, key) == (want, "eq")
