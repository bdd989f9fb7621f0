"""County, district and city reports of 2016–2021 and the local news that restates them: the year from a saved
page's name, a region calling itself by the kind of division it is, and the review opened by 过去的一年."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val  # tests/factkeys.py

LEAD = ("1月18日，长武县第十七届人民代表大会第二次会议开幕。县长作政府工作报告。\n"
        "报告指出，过去一年，全县生产总值增长8.1%。\n今年主要预期目标：生产总值增长8%。")


# a saved page or attachment named by the date its site gave it (TRS pages t20180118_…, attachments W0/P0…)
@pytest.mark.parametrize("name, year", [
    ("t20180118_1234567.html", 2018), ("20180118.html", 2018), ("changwu_20180118.html", 2018),
    ("W020180118563412345.pdf", 2018), ("P020190110123456789.pdf", 2019),
    ("t20181228_998877.html", 2019),  # a page of late December: next year's report
])
def test_year_from_a_dated_page_name(name, year):
    d = planwatch.read_text(LEAD, name)
    assert d.meta.report_year == year and d.meta.evidence["report_year"].source == "filename"
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert fs[("gdp", "actual", str(year - 1), "growth")].value == 8.1
    assert fs[("gdp", "target", str(year), "growth")].value == 8


@pytest.mark.parametrize("name", ["000_2b931b19880bcc59.txt", "t2018011_12.html", "a20180118b.html", "t20181318_1.html",
                                  "W0201801.pdf", "x.txt"])
def test_no_year_from_names_that_are_no_dates(name):
    d = planwatch.read_text(LEAD, name)
    assert d.meta.report_year is None
    # the facts are kept, at a low confidence and with the reason
    f = next(f for f in d.facts if f.indicator == "gdp" and f.role == "actual")
    assert f.period == "" and f.value == 8.1 and f.confidence < 0.5 and "year" in f.note


# a 新区, 林区 or 特区 calls itself by its kind of division: its own headline, not a zone's
@pytest.mark.parametrize("region, said, part", [
    ("浦东新区", "过去一年，新区生产总值增长8.7%，达到9651亿元。临港新区地区生产总值增长20%。", "临港新区"),
    ("滨海新区", "2016年新区地区生产总值增长10%。中新天津生态城地区生产总值增长20%。", None),
    ("神农架林区", "2017年，林区生产总值增长8.8%。", None),
    ("六枝特区", "2018年，特区地区生产总值增长10.5%。", None),
])
def test_a_region_calling_itself_by_its_kind(region, said, part):
    year = "2017" if "2017" in said else "2018" if "2018" in said else "2016" if "2016" in said else "2017"
    fs = facts("一、工作回顾\n" + said, region=region, report_year=int(year) + 1)
    assert val(fs, ("gdp", "actual", year, "growth"))[0] in (8.7, 10, 8.8, 10.5)
    if part:
        assert ("other:" + part + "地区生产总值", "actual", year, "growth") in fs


@pytest.mark.parametrize("region, said", [
    ("平利县", "全县生产总值增长8%，新区生产总值增长12%，林区生产总值增长3%。"),
    ("浦东新区", "全区生产总值增长8%，临港新区生产总值增长12%，金桥开发区生产总值增长3%。"),
])
def test_a_zone_of_another_kind_or_named_stays_a_part(region, said):
    fs = facts("一、工作回顾\n" + said, region=region, report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (8, "eq")
    assert sum(k[0].startswith("other:") for k in fs) == 2, sorted(fs)


# 过去的一年 opens a review as 过去一年 does (news leads have no section to say so)
@pytest.mark.parametrize("lead", ["过去的一年，", "在过去的一年里，", "回顾过去的一年，", "刚刚过去的一年，"])
def test_past_year_with_de_opens_the_review(lead):
    fs = facts(f"报告指出，{lead}全市生产总值完成350亿元，增长9.5%。今年全市生产总值增长9%。", region="汝州市", report_year=2016)
    assert val(fs, ("gdp", "actual", "2015", "level")) == (350, "eq")
    assert val(fs, ("gdp", "actual", "2015", "growth")) == (9.5, "eq")
    assert val(fs, ("gdp", "target", "2016", "growth")) == (9, "eq")


def _meta(text, name="x.txt"):
    return planwatch.read_text(text, name).meta


# a city portal's column over a county's news ("汉中市人民政府 政务要闻") is no byline with a speaker: the
# county's session decides
@pytest.mark.parametrize("top, region", [("汉中市人民政府 政务要闻", "宁强县"), ("汉中市人民政府 县区动态", "宁强县"),
                                         ("汉中市人民政府 图片新闻", "宁强县")])
def test_a_portals_column_is_no_speaker(top, region):
    m = _meta(f"{top}\n宁强县召开第十八届人民代表大会第五次会议\n1月8日，宁强县第十八届人民代表大会第五次会议开幕。"
              "县长作政府工作报告。\n报告指出，2019年全县生产总值增长7.9%，今年预期增长7.5%左右。")
    assert m.region == region and m.speaker is None


def test_a_byline_office_and_name_is_still_the_speaker():
    m = _meta("政府工作报告\n——2019年1月8日在宁强县第十八届人民代表大会第三次会议上\n宁强县人民政府县长 王新文\n各位代表：\n"
              "过去一年，全县生产总值增长7.9%。")
    assert (m.region, m.speaker) == ("宁强县", "王新文")


# a local paper's dateline without a date: 本报岚皋讯
@pytest.mark.parametrize("lead, region", [
    ("本报岚皋讯（通讯员 陈晓）1月10日，县十八届人大三次会议开幕。县长作政府工作报告。", "岚皋县"),
    ("本报平利讯 1月10日，县十八届人大三次会议开幕。县长作政府工作报告。", "平利县"),
    ("本报邵阳讯 1月10日，市十六届人大四次会议开幕。市长作政府工作报告。全市生产总值增长7.8%。", "邵阳市"),
    ("本报讯（通讯员 陈晓）1月10日，县十八届人大三次会议开幕。县长作政府工作报告。", None),
])
def test_a_local_papers_dateline_without_date(lead, region):
    assert _meta(lead + "\n报告指出，过去一年，全县生产总值增长9.3%。").region == region


# a year named by what it is: 脱贫攻坚决战决胜之年 (2020); 去年是…开局之年 (the next year's report)
@pytest.mark.parametrize("said, year", [
    ("今年是脱贫攻坚决战决胜之年。", 2020), ("今年是全面建成小康社会收官之年，也是决战脱贫攻坚之年。", 2020),
    ("去年是全面建成小康社会收官之年。", 2021), ("去年是“十三五”规划开局之年。", 2017), ("去年是“十四五”开局之年。", 2022),
    ("今年是决战决胜脱贫攻坚的关键之年。", None), ("要打赢脱贫攻坚战。", None),
])
def test_a_year_named_by_what_it_is(said, year):
    m = _meta("1月6日，延川县第十八届人民代表大会第四次会议开幕。县长作政府工作报告。\n报告指出，" + said
              + "过去一年，全县生产总值增长7.5%。今年全县生产总值增长7%。")
    assert m.report_year == year


# a news lead's next sentence turning to this year's target of the one figure it gave: "…增长10.1%。今年预期增长9.5%"
@pytest.mark.parametrize("said, target", [
    ("2017年全县生产总值增长10.1%。今年预期增长9.5%。", 9.5),
    ("报告指出，去年全县生产总值增长9.4%。今年预期增长9%。", 9),
    ("过去一年，全县生产总值增长10.1%。今年目标是增长9%左右。", 9),
])
def test_this_years_target_in_the_next_sentence(said, target):
    fs = facts(said, region="紫阳县", report_year=2018)
    assert val(fs, ("gdp", "target", "2018", "growth"))[0] == target


@pytest.mark.parametrize("said", [
    "过去一年，全县生产总值增长10.1%，财政收入增长8%。今年预期增长9.5%左右。",  # two figures: which one is not said
    "过去一年，全县生产总值增长10.1%。今年将确保完成目标任务，力争增长9%。",
])
def test_no_target_taken_across_a_full_stop_when_unclear(said):
    fs = facts(said, region="紫阳县", report_year=2018)
    assert not [k for k in fs if k[1] == "target"], sorted(fs)


# 省外境内资金 (湖南, 安徽, 湖北 counties): the money brought in from outside the province
@pytest.mark.parametrize("said", ["实际利用省外境内资金45亿元，增长11%。", "引进省外境内资金45亿元，增长11%。",
                                  "到位省外境内资金45亿元，增长11%。"])
def test_domestic_investment_from_outside_the_province(said):
    fs = facts("一、2018年工作回顾\n" + said, region="攸县", report_year=2019)
    assert val(fs, ("domestic_investment_inflow", "actual", "2018", "level")) == (45, "eq")
    assert val(fs, ("domestic_investment_inflow", "actual", "2018", "growth")) == (11, "eq")


# a zone's administrative committee reports as a government; the zone calling itself 高新区/园区/新区 is its own headline
@pytest.mark.parametrize("title, said, zone_word", [
    ("西安高新区管委会2019年工作报告", "2018年，高新区实现地区生产总值2065亿元，增长11.4%。", "高新区"),
    ("苏州工业园区管委会2019年工作报告", "2018年，园区实现地区生产总值2570亿元，增长7%。", "园区"),
    ("兰州新区党工委管委会2019年工作报告", "2018年，新区实现地区生产总值2065亿元，增长11.4%。", "新区"),
    ("成都高新区管理委员会2019年工作报告", "2018年，高新区实现地区生产总值2065亿元，增长11.4%。", "高新区"),
])
def test_a_zones_own_report(title, said, zone_word):
    d = planwatch.read_text(f"{title}\n一、2018年工作回顾\n{said}\n二、2019年主要目标\n{zone_word}地区生产总值增长10%左右。", "x.txt")
    assert d.meta.doc_type == "government_work_report" and d.meta.region is None and d.meta.zone
    fs = {(f.indicator, f.role, f.period, f.measure) for f in d.facts}
    assert {("gdp", "actual", "2018", "growth"), ("gdp", "target", "2019", "growth")} <= fs, fs


def test_a_congress_standing_committees_report_is_no_government_report():
    m = _meta("平利县人民代表大会常务委员会工作报告\n——2019年1月10日在平利县第十八届人民代表大会第三次会议上\n各位代表：\n过去一年，县人大常委会依法履职。")
    assert m.doc_type == "other"


# a government's own WeChat/Weibo account publishing the page ("平利发布", "原创 安康发布 2019-01-10")
@pytest.mark.parametrize("top, region, year", [
    ("原创 平利发布 2019-01-10 18:30", "平利县", 2019), ("平利发布", "平利县", None), ("来源：平利发布", "平利县", None),
    ("国家统计局发布", None, None), ("县政府发布", None, None),
])
def test_a_governments_own_account(top, region, year):
    m = _meta(top + "\n1月10日，县十八届人大三次会议开幕。县长作政府工作报告。报告指出，去年全县生产总值增长9.3%，今年预期增长9%。")
    assert (m.region, m.report_year) == (region, year)


# a byline's name cut by a PDF line: the county, not the city named before the cut
@pytest.mark.parametrize("byline", ["在安康市平\n利县第十八届人民代表大会第三次会议上", "在平利\n县第十八届人民代表大会第三次会议上",
                                    "在安康市\n平利县第十八届人民代表大会第三次会议上"])
def test_a_byline_name_cut_by_a_line(byline):
    m = _meta(f"政府工作报告\n——2019年1月10日{byline}\n各位代表：\n过去一年，全县生产总值增长9.3%。")
    assert (m.region, m.report_year) == ("平利县", 2019)


# the dates of the other pages listed under a copy (相关阅读, 上一篇) are theirs, not the page's
@pytest.mark.parametrize("foot, year", [
    ("相关阅读\n2021-03-05 平利县召开县委常委会", None), ("上一篇：2021-03-05 平利县召开县委常委会", None),
    ("2019-01-11\n相关阅读\n2021-03-05 平利县召开县委常委会", 2019), ("【2019-01-11】", 2019),
])
def test_dates_of_related_pages_date_nothing(foot, year):
    m = _meta("1月10日，平利县十八届人大三次会议开幕。县长作政府工作报告。报告指出，去年全县生产总值增长9.3%，今年预期增长9%。\n" + foot)
    assert m.report_year == year


@pytest.mark.parametrize("foot", ["相关阅读\n2021-03-05 平利县召开县委常委会", "上一篇：2020-12-05 平利县召开县委常委会"])
def test_facts_not_dated_by_related_pages(foot):
    d = planwatch.read_text("1月10日，平利县十八届人大三次会议开幕。县长作政府工作报告。报告指出，去年全县生产总值增长9.3%，"
                            "今年预期增长9%。\n" + foot, "x.txt")
    got = {(f.indicator, f.role, f.period) for f in d.facts}
    assert got == {("gdp", "actual", ""), ("gdp", "target", "")}, got


# a headline or lead naming the county before the verb, by its short name or with no anonymous level after it,
# and an anonymous county session held in its seat
@pytest.mark.parametrize("text, region", [
    ("商洛日报\n镇安召开十八届人大三次会议\n本报讯 1月9日，县十八届人大三次会议开幕。商洛市人大常委会副主任出席。县长作政府工作报告。"
     "报告指出，去年全县生产总值增长8.5%。", "镇安县"),
    ("1月9日，镇安县召开第十八届人民代表大会第三次会议。县长作政府工作报告。在商洛市委、市政府的坚强领导下，全县生产总值增长8.5%，"
     "商洛市下达的目标任务全面完成。商洛市委书记出席。", "镇安县"),
    ("商洛日报讯 1月9日，县十八届人大三次会议在镇安开幕。县长作政府工作报告。报告指出，去年全县生产总值增长8.5%。", "镇安县"),
    ("商洛日报讯 1月9日，区十八届人大三次会议在商州隆重开幕。区长作政府工作报告。报告指出，去年全区生产总值增长8.5%。", "商州区"),
    ("召开县十八届人大二次会议\n1月9日，县十八届人大二次会议开幕。县长作政府工作报告。", None),
    ("县领导出席县十八届人大二次会议\n1月9日，县十八届人大二次会议开幕。县长作政府工作报告。", None),
])
def test_the_county_named_before_the_verb_or_as_the_seat(text, region):
    assert _meta(text).region == region


# a reviewed year's sentence that reports a goal met (市下达的目标任务全面完成) sets no targets: the year is the one reviewed
@pytest.mark.parametrize("said, year", [
    ("在商洛市委、市政府的坚强领导下，2018年全县生产总值增长8.5%，商洛市下达的目标任务全面完成。今年全县生产总值预期增长8%。", 2019),
    ("报告指出，2018年全县生产总值增长8.5%，超额完成年度目标任务。今年全县生产总值预期增长8%。", 2019),
    ("报告提出，2019年全县生产总值增长8%，全面完成市下达的目标任务。", 2019),
    ("报告指出，2019年全县生产总值增长8%的目标，今年要确保实现。", None),
])
def test_a_goal_met_sets_no_target(said, year):
    assert _meta("1月9日，镇安县第十八届人民代表大会第三次会议开幕。县长作政府工作报告。" + said).report_year == year


# "确保完成市下达的目标任务" is what this year must do, not a goal met: the figures after it are targets
@pytest.mark.parametrize("said, key", [
    ("报告提出，今年要确保完成市下达的目标任务，生产总值增长8.5%以上。", ("gdp", "target", "2018", "growth")),
    ("今年，全县将确保完成市下达的各项目标任务，地区生产总值增长8.5%以上。", ("gdp", "target", "2018", "growth")),
    ("今年全县力争完成年初确定的目标任务，地区生产总值增长8.5%以上。", ("gdp", "target", "2018", "growth")),
    ("一、2017年工作回顾\n过去一年，我们全面完成了县十八届人大一次会议确定的目标任务，地区生产总值增长8.5%。", ("gdp", "actual", "2017", "growth")),
    ("去年，全县完成市下达的目标任务，地区生产总值增长8.5%。", ("gdp", "actual", "2017", "growth")),
])
def test_a_goal_to_meet_is_no_goal_met(said, key):
    fs = facts(said, region="平利县", report_year=2018)
    assert val(fs, key)[0] == 8.5, sorted(fs)


# a county paper's or magazine's issue at the page's top dates it like a gazette's
@pytest.mark.parametrize("top, year", [("《今日岚皋》2019年第2期", 2019), ("岚皋报 2019年第2期", 2019),
                                       ("平利县人民政府公报 2019年第1期", 2019), ("岚皋报", None)])
def test_a_papers_issue_dates_the_page(top, year):
    m = _meta(top + "\n1月10日，岚皋县十八届人大三次会议开幕。县长作政府工作报告。报告指出，去年全县生产总值增长9.3%，今年预期增长9%。")
    assert m.report_year == year


# a city's paper on a county's session held in the county's seat (…在修水开幕): the seat decides, not the paper's
# namesake county; a short dateline name shared by namesakes fits the level word
@pytest.mark.parametrize("text, region", [
    ("九江日报讯 1月26日，县十八届人大五次会议在修水开幕。县长作政府工作报告。报告指出，2015年全县地区生产总值增长7.5%。", "修水县"),
    ("南昌日报讯 1月26日，县十八届人大五次会议在进贤开幕。县长作政府工作报告。报告指出，2015年全县地区生产总值增长7.5%。", "进贤县"),
    ("白银日报讯 1月18日，区十八届人大二次会议在平川开幕。区长作政府工作报告。报告指出，2019年全区地区生产总值增长7.5%。", "平川区"),
    ("邵阳日报讯 1月10日，邵阳县第十七届人民代表大会第四次会议开幕。县长作政府工作报告。报告指出，2018年全县地区生产总值增长8.2%。", "邵阳县"),
    ("邵阳日报讯 1月10日，市十六届人大四次会议开幕。市长作政府工作报告。全市生产总值增长7.8%。", "邵阳市"),
    ("本报梨树讯 1月25日，区十八届人大六次会议开幕。区长作政府工作报告。报告指出，2015年全区地区生产总值增长7.5%。", "梨树区"),
    ("本报梨树讯 1月25日，县十八届人大六次会议开幕。县长作政府工作报告。报告指出，2015年全县地区生产总值增长7.5%。", "梨树县"),
    ("那曲市人民政府 政务要闻\n索县召开十八届人大二次会议\n1月21日，县十八届人大二次会议开幕。县长作政府工作报告。", "索县"),
])
def test_a_citys_paper_on_a_countys_session(text, region):
    assert _meta(text).region == region


# a seat named by a short name its namesakes share: the one of the session's level, inside the paper's city
@pytest.mark.parametrize("paper, level, code", [("北京日报", "区", "110105"), ("长春日报", "区", "220104"),
                                                ("朝阳日报", "县", "211321"), ("", "区", None)])
def test_a_seat_shared_by_namesakes(paper, level, code):
    m = _meta(f"{paper}讯 1月12日，{level}十八届人大六次会议在朝阳开幕。{level}长作政府工作报告。"
              f"报告指出，2017年全{level}地区生产总值增长7.5%。".lstrip("讯 "))
    assert m.region_code == code
