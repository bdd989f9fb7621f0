"""Adversarial review of the accprov/accmeta rules (branch review6): look-alikes on which those rules
fired wrongly, each with the shapes that must keep working."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts  # tests/factkeys.py

NEWS = "1月10日，某某县第十八届人民代表大会第四次会议开幕。\n报告指出，2023年，全县地区生产总值增长6%。\n"


# 1. a news page's sub-head on last year's targets met is a review's, no unnumbered part title of the
# year's targets (the results under it were read as this year's targets)
@pytest.mark.parametrize("head", ["超额完成年度主要目标", "全面完成年度目标任务", "圆满完成全年各项目标任务",
                                  "顺利完成年度主要目标", "较好完成全年主要预期目标", "实现了年度奋斗目标"])
def test_review_subhead_on_targets_met_is_no_plan_part(head):
    fs = facts(NEWS + head + "\n全县规模以上工业增加值增长8%，社会消费品零售总额增长7.5%。\n"
               "报告提出，2024年全县地区生产总值增长6.5%左右。")
    assert ("industrial_va", "actual", "2023", "growth") in fs
    assert ("retail_sales", "actual", "2023", "growth") in fs
    assert ("industrial_va", "target", "2024", "growth") not in fs
    assert fs[("gdp", "target", "2024", "growth")].value == 6.5


@pytest.mark.parametrize("head", ["2024年主要预期目标", "今年经济社会发展的主要目标",
                                  "坚决完成全年各项目标任务", "2024年重点工作"])
def test_plan_subheads_still_part_titles(head):
    fs = facts(NEWS + head + "\n全县规模以上工业增加值增长8%，社会消费品零售总额增长7.5%。", report_year=2024)
    assert ("industrial_va", "target", "2024", "growth") in fs
    assert ("retail_sales", "target", "2024", "growth") in fs


def meta(text: str) -> planwatch.Metadata:
    return planwatch.read_text(text, "t.txt").meta


# 2. a province's news filed from its capital ("本报长沙1月15日电 省十四届人大二次会议…全省…") is the
# province's: the capital's dateline named the namesake county 长沙县
@pytest.mark.parametrize("line, prov", [
    ("本报长沙1月15日电 省十四届人大二次会议今天开幕。省长作政府工作报告。去年全省地区生产总值增长4.6%，全省城镇新增就业70万人。", "湖南省"),
    ("本报南昌1月20日电 省十四届人大二次会议今天上午开幕。报告指出，去年全省地区生产总值增长4.1%，全省粮食产量稳定。", "江西省"),
])
def test_capital_dateline_of_a_province_page(line, prov):
    m = meta(line)
    assert (m.region, m.level) == (prov, "province")


@pytest.mark.parametrize("line, region", [
    ("本报平利1月10日电 平利县第十八届人民代表大会第四次会议开幕。2023年，全县地区生产总值增长5.8%。全县一般公共预算收入增长5%。", "平利县"),
    ("新华社南京1月10日电 南京市第十七届人民代表大会第三次会议开幕。2023年，全市地区生产总值增长4.6%，全市新增就业30万人。", "南京市"),
    ("本报长沙1月8日电 长沙县第十八届人民代表大会第四次会议开幕。2023年，全县地区生产总值增长6%，全县新增就业1万人。", "长沙县"),
])
def test_dateline_of_a_city_or_county_page_still_its_own(line, region):
    assert meta(line).region == region


# 3. a year deployed that the text then reviews ("去年1月召开的…会议部署2023年经济工作",
# "过去一年，我们认真落实…部署2023年的各项任务", "年初部署了2023年十大工程，目前已全面完工") is no year
# the report plans for (it dated the report a year early and made last year's results its targets)
@pytest.mark.parametrize("text", [
    "过去一年，我们认真落实县十八届人大三次会议部署2023年的各项任务，全县地区生产总值增长6%。今年全县地区生产总值预期增长6.5%左右。",
    "2023年，面对复杂形势，县委、县政府年初部署了2023年十大工程，目前已全面完工。全县地区生产总值增长6%。今年，全县地区生产总值预期增长6.5%。",
    "去年1月召开的县委经济工作会议部署2023年经济工作。一年来，全县地区生产总值增长6%，规上工业增加值增长8%。今年全县地区生产总值预期增长6.5%左右。",
])
def test_past_deployment_dates_nothing(text):
    doc = planwatch.read_text(text, "t.txt")
    assert doc.meta.report_year != 2023
    assert not any(f.role == "target" and f.period == "2023" for f in doc.facts)


@pytest.mark.parametrize("text", [
    "1月5日，县委经济工作会议召开。会议总结了2023年工作，部署了2024年工作，要求各级抓好落实。",
    "县政府召开常务会议，对2024年重点工作作出全面部署。",
    "1月8日，县政府全体会议召开，部署2024年经济社会发展各项工作。",
])
def test_deployment_of_the_year_ahead_still_dates(text):
    assert planwatch.read_text(text, "t.txt").meta.report_year == 2024


# 4. a narrow column's line that starts after a full stop and ends with a part word ("我们紧扣年初确定的
# 主要目标" over "持续用力，规上工业增加值增") is a line cut by the page width, as wide as the next, which
# goes on: no part title (the results after it were read as this year's targets)
@pytest.mark.parametrize("line", ["我们紧扣年初确定的主要目标", "全县上下锚定年度目标任务", "围绕年初确定的各项重点工作"])
def test_narrow_column_line_is_no_part_title(line):
    text = ("各位代表：\n2023年，全县地区生产总值增长6.5%。\n" + line + "\n持续用力，规上工业增加值增\n"
            "长9%，社会消费品零售总额增\n长6%。\n今年全县地区生产总值预期增长7%左右。")
    fs = facts(text, report_year=2024)
    assert ("industrial_va", "actual", "2023", "growth") in fs
    assert ("retail_sales", "actual", "2023", "growth") in fs
    assert ("industrial_va", "target", "2024", "growth") not in fs


@pytest.mark.parametrize("title", ["2024年主要预期目标", "今年经济社会发展的主要目标"])
def test_short_title_over_a_wider_column_still_a_title(title):
    text = ("各位代表：\n2023年，全县地区生产总值增长6.5%，规上工业增加值增长9%。\n" + title + "\n全县规上工业增加值增长8%，社会消\n"
            "费品零售总额增长6.5%，城镇新\n增就业3000人。")
    fs = facts(text, report_year=2024)
    assert ("industrial_va", "target", "2024", "growth") in fs
    assert ("retail_sales", "target", "2024", "growth") in fs


# 5. a lead on two counties' sessions at once, then one county's head giving the report: that county's page
@pytest.mark.parametrize("who", ["平利县县长作政府工作报告", "平利县县长张三代表县人民政府作政府工作报告", "平利县人民政府县长作政府工作报告"])
def test_siblings_lead_then_one_speaker(who):
    m = meta("1月10日，平利县第十八届人民代表大会第四次会议和岚皋县第十八届人民代表大会第四次会议分别开幕。" + who
             + "。2023年，全县地区生产总值增长5.8%。")
    assert m.region == "平利县"


def test_siblings_lead_without_one_speaker_stays_empty():
    m = meta("1月10日，平利县第十八届人民代表大会第四次会议和岚皋县第十八届人民代表大会第四次会议分别开幕。两县县长分别作政府工作报告。"
             "2023年，两县地区生产总值分别增长5.8%和6%。")
    assert (m.region, m.parent) == (None, "安康市")


# 6. a news lead on the national congress's opening filed from Beijing, then 国内生产总值: the State Council's
# report (the dateline made it 北京市's, undated)
@pytest.mark.parametrize("text, year", [
    ("本报北京3月5日电 十四届全国人大二次会议5日开幕。报告提出，今年国内生产总值增长5%左右。", 2024),
    ("新华社北京3月5日电 3月5日，十四届全国人大二次会议开幕。报告提出，今年国内生产总值增长5%左右，城镇新增就业1200万人以上。", 2024),
    ("人民网北京3月5日电 十三届全国人大五次会议5日上午开幕。报告提出，今年国内生产总值增长5.5%左右。", 2022),
])
def test_national_congress_lead_from_beijing(text, year):
    m = meta(text)
    assert (m.level, m.report_year) == ("national", year)


def test_local_page_quoting_the_national_congress_stays_local():
    m = meta("1月10日，平利县第十八届人民代表大会第四次会议开幕。会上传达了十四届全国人大二次会议精神。"
             "2023年，全县地区生产总值增长5.8%，国内生产总值增长5.2%。")
    assert m.region == "平利县"


# 7. "三年年均增长5%", "两年年均增长6%": an average over the years it counts (it took five)
@pytest.mark.parametrize("text, key", [
    ("2023年，全市地区生产总值增长5.5%，三年年均增长5%。", ("gdp", "actual", "2021-2023", "growth")),
    ("2023年，全县一般公共预算收入增长8%，两年年均增长6%。", ("general_budget_revenue", "actual", "2022-2023", "growth")),
])
def test_n_years_yearly_average_spans_its_years(text, key):
    assert key in facts(text, report_year=2024)


def test_five_years_average_still_five():
    fs = facts("过去五年，全市地区生产总值年均增长6.2%，2022年达到3200亿元。", report_year=2023)
    assert ("gdp", "actual", "2018-2022", "growth") in fs


def test_ten_years_average_after_five_years_average_kept():
    fs = facts("一、过去一年和五年工作回顾\n过去五年，国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%。",
               report_year=2023)
    assert fs[("gdp", "actual", "2018-2022", "growth")].value == 5.2
    # (the ten years' 6.2 is no five-year average: in the full report it is 2013-2022's, dump-checked)


# 8. an unnumbered review title ("2023年工作回顾") made one part that swallowed the plan part after it when that
# part's title was not among the part words ("2024年工作打算", "今年主要工作", "2024年工作思路"): this year's
# targets were read as last year's results
GWR = "政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n2023年工作回顾\n2023年，全县地区生产总值增长6%，一般公共预算收入增长5%。\n"


@pytest.mark.parametrize("title", ["2024年工作打算", "今年主要工作", "2024年工作思路", "2024年主要工作", "2024年工作重点",
                                   "2024年国民经济和社会发展计划安排"])
def test_plan_part_after_unnumbered_review_title(title):
    fs = facts(GWR + title + "\n全县地区生产总值增长6.5%左右，一般公共预算收入增长6%，规上工业增加值增长8%。", report_year=2024)
    assert fs[("gdp", "target", "2024", "growth")].value == 6.5
    assert ("industrial_va", "target", "2024", "growth") in fs
    assert ("industrial_va", "actual", "2023", "growth") not in fs
    assert fs[("gdp", "actual", "2023", "growth")].value == 6


def test_review_title_with_past_year_still_review():
    fs = facts("政府工作报告\n各位代表：\n2023年主要工作\n一年来，全县地区生产总值增长6%，规上工业增加值增长8%。\n"
               "2024年工作安排\n全县地区生产总值增长6.5%左右。", report_year=2024)
    assert ("industrial_va", "actual", "2023", "growth") in fs
    assert fs[("gdp", "target", "2024", "growth")].value == 6.5


# 9. a slogan over the plan's part ("凝心聚力 奋勇争先 全力推动高质量发展" before "2024年是…") after an unnumbered
# review title is a part of its own: the review's part no longer swallows the plan's
@pytest.mark.parametrize("slogan, turn", [
    ("凝心聚力 奋勇争先 全力推动高质量发展", "2024年是实施“十四五”规划的关键之年。"),
    ("坚定信心 真抓实干 奋力开创新局面", "今年是全面贯彻党的二十届三中全会精神的开局之年。"),
    ("奋力谱写中国式现代化县域新篇章", "新的一年，我们将坚持稳中求进。"),
])
def test_slogan_part_after_unnumbered_review(slogan, turn):
    fs = facts(GWR + slogan + "\n" + turn + "全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%。\n"
               "规上工业增加值增长8%，固定资产投资增长10%。", report_year=2024)
    assert ("industrial_va", "target", "2024", "growth") in fs
    assert ("fixed_asset_investment", "target", "2024", "growth") in fs
    assert fs[("gdp", "actual", "2023", "growth")].value == 6


def test_slogan_inside_the_review_stays_review():
    fs = facts(GWR + "坚持稳中求进 经济运行持续向好\n一年来，全县规上工业增加值增长8%，固定资产投资增长10%。", report_year=2024)
    assert ("industrial_va", "actual", "2023", "growth") in fs


@pytest.mark.parametrize("turn", ["2024年是实施“十四五”规划的关键之年。", "今年是全面贯彻党的二十届三中全会精神的开局之年。"])
def test_untitled_turn_to_plan_after_unnumbered_review(turn):
    fs = facts("政府工作报告\n各位代表：\n2023年工作回顾\n2023年，全县地区生产总值增长6%，一般公共预算收入增长5%。\n" + turn
               + "全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%。\n"
               "规上工业增加值增长8%，固定资产投资增长10%。", report_year=2024)
    assert ("industrial_va", "target", "2024", "growth") in fs
    assert fs[("gdp", "actual", "2023", "growth")].value == 6


def test_last_year_was_in_a_review_stays_review():
    fs = facts("政府工作报告\n各位代表：\n2023年工作回顾\n2023年，全县地区生产总值增长6%。\n2023年是极不平凡的一年。"
               "全县规上工业增加值增长8%，固定资产投资增长10%。\n规上工业企业新增20家，社会消费品零售总额增长7%。", report_year=2024)
    assert ("retail_sales", "actual", "2023", "growth") in fs
    assert ("industrial_va", "actual", "2023", "growth") in fs
