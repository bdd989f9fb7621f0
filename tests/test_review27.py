"""Look-alikes of the rules of branch holdcounty5 (review27): a 兵团 division followed by a unit of it, a
department's committee in full, a session news whose report's year sentence is a span's, a quarter's or a year
ahead, a head above that only attends while another delivers the report."""
from __future__ import annotations

import pytest

from taskdoc import delivered_report as _report, meta as _meta


# 1. a division's word followed by a unit of it (a regiment, a hospital, a farm, a school) is that unit's
# report, not the division's city's
@pytest.mark.parametrize("title,who,year", [
    ("第八师一四三团2023年工作报告", "团党委", 2023),
    ("第八师一三三团2022年政府工作报告", "团", 2022),
    ("第一师阿拉尔医院2023年工作报告", "医院", 2023),
    ("第六师芳草湖农场2021年工作报告", "农场", 2021),
    ("第二师华山中学2023年工作报告", "学校", 2023),
    ("第八师师范学校2020年工作报告", "学校", 2020),
])
def test_a_unit_of_a_corps_division_is_not_its_city(title, who, year):
    assert _meta(_report(title, who, year)).region is None


@pytest.mark.parametrize("title,who,year,region", [
    ("第十师2016年工作报告", "师", 2016, "北屯市"),
    ("兵团第五师2020年工作报告", "师", 2020, "双河市"),
    ("中共第八师委员会2022年工作报告", "师党委", 2022, "石河子市"),
    ("关于第八师2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "师", 2023, "石河子市"),
    ("第三师（图木舒克市）2022年工作报告", "师市", 2022, "图木舒克市"),
    ("第六师五家渠市2023年政府工作报告", "师市", 2023, "五家渠市"),
])
def test_a_corps_division_still_its_city(title, who, year, region):
    assert _meta(_report(title, who, year)).region == region


# 2. a department's committee named in full ("城市管理委员会", "国有资产监督管理委员会") is no zone; a zone's
# committee is named 管委会 when the zone has no unit word
@pytest.mark.parametrize("title", ["城市管理委员会2023年工作报告", "国有资产监督管理委员会2022年工作报告"])
def test_a_departments_committee_is_no_zone(title):
    assert _meta(_report(title, "委员会", 2023, "在东莞市委、市政府的坚强领导下，")).zone is None


def test_a_zones_short_committee_still_a_zone():
    m = _meta(_report("松山湖管委会2023年工作报告", "管委会", 2023, "在东莞市委、市政府的坚强领导下，"))
    assert (m.zone, m.region, m.parent) == ("松山湖", None, "东莞市")


# 3. a session news whose report's year sentence is about a span, a part of the year or a year ahead: no
# reviewed year
_SESSION_NEWS = "本报讯（记者 张敏）{d}，宁城县第十七届人民代表大会第五次会议开幕。县长作政府工作报告。\n　　"


@pytest.mark.parametrize("day,body,year", [
    ("1月8日", "报告显示，2016年至2020年，全县地区生产总值年均增长6.5%。", None),
    ("1月8日", "报告显示，2016年到2020年，全县累计完成固定资产投资500亿元。", None),
    ("1月8日", "报告显示，2025年，全县地区生产总值将突破200亿元。", None),
    ("4月8日", "报告显示，2023年一季度，全县地区生产总值增长4.2%。", None),
    ("4月8日", "报告显示，2023年上半年，全县地区生产总值增长4.2%。", None),
    # (still: a whole year reviewed, other wordings)
    ("1月8日", "报告回顾，2020年，全县地区生产总值增长4.2%。", 2021),
    ("1月8日", "报告显示，2020年，面对新冠肺炎疫情冲击，全县地区生产总值增长将近4%。", 2021),
    ("1月8日", "报告显示，2020年全县地区生产总值增长4.2%，将为“十四五”开好局奠定基础。", 2021),
    ("1月8日", "报告显示，2020年，全县累计减贫3.2万人，地区生产总值增长4.2%。", 2021),
])
def test_a_session_news_year_sentence_not_a_whole_years_review(day, body, year):
    assert _meta(_SESSION_NEWS.format(d=day) + body + "\n").report_year == year


# 4. the head above makes the news its region's only in a clause of its own where it delivers the report: not
# where another head delivers it, nor where a place is told to look in the report
@pytest.mark.parametrize("text,region", [
    ("长沙晚报讯 宁乡今年将力争地区生产总值增长7.5%。长沙市市长出席会议，宁乡市市长作政府工作报告。", "宁乡市"),
    ("长沙晚报讯 宁乡今年将力争地区生产总值增长7.5%。长沙市市长参加宁乡代表团审议宁乡市政府所作的工作报告。", "宁乡市"),
    ("株洲日报讯 醴陵今年将新建5G基站800个。株洲市市长在醴陵调研时说，要在政府工作报告中找准定位。", "醴陵市"),
    # (still the city's)
    ("株洲日报讯 醴陵今年将承办全市运动会。株洲市代市长在市十六届人大三次会议上所作的政府工作报告提出，今年全市地区生产总值增长6%。",
     "株洲市"),
    ("株洲日报讯 醴陵今年将承办全市运动会。株洲市市长阳卫国代表市人民政府作《政府工作报告》，今年全市地区生产总值增长6%。", "株洲市"),
    ("株洲日报讯 醴陵今年将承办全市运动会。株洲市市长在政府工作报告中指出，今年全市地区生产总值增长6%。", "株洲市"),
])
def test_the_head_above_delivers_in_its_own_clause(text, region):
    assert _meta(text + "\n").region == region


# 5. a zone named by its committee's short name after its city's ("东莞松山湖管委会", "北京中关村管委会"): the
# city is the division it lies in (the names before 管委会 are all the zone's name, none dropped)
@pytest.mark.parametrize("title,lead,parent", [
    ("东莞松山湖管委会2023年工作报告", "在市委、市政府的坚强领导下，", "东莞市"),
    ("北京中关村管委会2020年工作报告", "", "北京市"),
])
def test_a_zone_by_its_committee_after_its_city(title, lead, parent):
    m = _meta(_report(title, "管委会", 2023, lead))
    assert (m.region, m.parent) == (None, parent)


# 6. a zone or town whose leading sentence names two committees of one level ("在西安市委、咸阳市委的坚强领导
# 下"): which runs it is not said, no parent; one level above the other still gives the lower
@pytest.mark.parametrize("title,who,lead,parent", [
    ("西咸新区2019年工作报告", "管委会", "在陕西省委、省政府和西安市委、咸阳市委的坚强领导下，", None),
    ("赣江新区2021年工作报告", "管委会", "在江西省委、省政府和南昌市委、九江市委的坚强领导下，", None),
    ("松山湖管委会2023年工作报告", "管委会", "在东莞市委和深圳市委的坚强领导下，", None),
    ("黄花镇2023年政府工作报告", "镇人民政府", "在长沙县委和浏阳市委的坚强领导下，", None),
    ("黄花镇2023年政府工作报告", "镇人民政府", "在长沙市委和长沙县委的坚强领导下，", "长沙县"),
    ("西咸新区2019年工作报告", "管委会", "在陕西省委、省政府和西安市委、市政府的坚强领导下，", "西安市"),
])
def test_two_committees_of_one_level_lead_no_parent(title, who, lead, parent):
    m = _meta(_report(title, who, 2021, lead))
    assert (m.region, m.parent) == (None, parent)


# 7. the news of a standing committee's meeting named in full ("第十七届人民代表大会常务委员会第五次会议") is no
# session's: its report's year sentence dates nothing
def test_a_standing_committee_named_in_full_is_no_session():
    text = ("本报讯 6月28日，宁城县第十七届人民代表大会常务委员会第五次会议召开。会议审议了县政府工作报告。\n"
            "　　报告显示，2020年，全县地区生产总值增长4.2%。\n")
    assert _meta(text).report_year is None


# =====================================================================================================================
# Session 27 review27 (second use of the name): an adversarial review of decisions 81–85 (look-alikes of their widest
# rules), scored blind.

from factkeys import facts, val, read, pledged


def county_report(year: int, review: str, tasks: str = "新建农村公路50公里。") -> str:
    return (f"安吉县人民政府工作报告\n一、{year - 1}年工作回顾\n{review}\n二、{year}年目标任务\n"
            f"今年全县发展的主要预期目标是：地区生产总值增长6.5%左右。\n重点抓好以下工作：\n1.扩大有效投资。{tasks}\n")


# ---------------------------------------------------------------------------------------------------------------------
# decision 84 (a rank after growth keeps the year when a two-year average follows): the years an earlier sentence
# counted ("两年平均") do not date the plan-named average of a later sentence ("“十三五”期间，…年均增长7.1%")
@pytest.mark.parametrize("review, key, expected", [
    ("全县实现地区生产总值590.3亿元，增长4.6%，增速列全市第2位，两年平均增长6.8%。“十三五”期间，全县生产总值年均增长7.1%。",
     ("gdp", "actual", "2016-2020", "growth"), (7.1, "eq")),
    ("全县一般公共预算收入增长5.2%，两年平均增长4.1%。“十三五”时期，全县生产总值年均增长7.1%。",
     ("gdp", "actual", "2016-2020", "growth"), (7.1, "eq")),
])
def test_a_plan_named_later_dates_its_average(review, key, expected):
    fs = facts(county_report(2023, review), report_year=2023)
    assert val(fs, key) == expected
    assert ("gdp", "actual", "2019-2020", "growth") not in fs


# look-alikes: the years counted after the plan, or in the figure's own sentence, still date it; the two-year average
# of the year reviewed stays
@pytest.mark.parametrize("review, key, expected", [
    ("全县实现地区生产总值590.3亿元，增长4.6%，两年平均增长6.8%。", ("gdp", "actual", "2021-2022", "growth"), (6.8, "eq")),
    ("“十三五”期间，全县经济稳步发展。近两年，全县生产总值年均增长5.1%。", ("gdp", "actual", "2021-2022", "growth"), (5.1, "eq")),
    ("过去五年，全县生产总值年均增长7.1%。", ("gdp", "actual", "2018-2022", "growth"), (7.1, "eq")),
    # (a plan named in the earlier sentence, not the figure's: the years counted there still date it)
    ("近两年，全县经济发展好于“十三五”时期。全县生产总值年均增长5.1%。", ("gdp", "actual", "2021-2022", "growth"), (5.1, "eq")),
])
def test_years_counted_near_the_average_still_date_it(review, key, expected):
    fs = facts(county_report(2023, review), report_year=2023)
    assert val(fs, key) == expected


# ---------------------------------------------------------------------------------------------------------------------
# decision 85 (“超额完成1.2万人的年度任务” names the target): the indicator's name may stand between 的 and 年度任务
def test_a_task_beaten_with_its_indicator_named_is_the_target():
    fs = facts(county_report(2024, "全县超额完成2.6万人的城镇新增就业年度任务，城镇新增就业2.8万人。"), report_year=2024)
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (2.6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (2.8, "eq")


# look-alikes: a figure before 的 and a work with no 年度任务 is no target; a task met with no figure sets none
@pytest.mark.parametrize("review", [
    "全县完成2.6万人的职业技能培训，城镇新增就业2.8万人。",
    "全县超额完成城镇新增就业年度任务，城镇新增就业2.8万人。",
    "城镇新增就业2.8万人，完成年度任务的108%。",
])
def test_no_task_named_leaves_the_result(review):
    fs = facts(county_report(2024, review), report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (2.8, "eq")
    assert ("urban_new_jobs", "target", "2023", "level") not in fs


# ---------------------------------------------------------------------------------------------------------------------
# decision 81 (a task verb before a work and the quoted names of its ways acts): the ways' own verbs (造林, 植树) and a
# work named whole by its verb right after the action (国土绿化) do not act either
@pytest.mark.parametrize("task, pledge", [
    ("完成国土绿化“春季造林”“秋冬植树”300万亩。", ("国土绿化“春季造林”“秋冬植树”", 300, "万亩")),
    ("完成国土绿化“造林”300万亩。", ("国土绿化“造林”", 300, "万亩")),
    ("完成“春季造林”“秋冬植树”200万亩。", ("“春季造林”“秋冬植树”", 200, "万亩")),
])
def test_quoted_ways_with_verbs_leave_the_task_verb_acting(task, pledge):
    d = read(county_report(2023, "全县生产总值增长4.6%。", task), report_year=2023)
    assert pledge in pledged(d)


# look-alikes: unchanged where the quote is no run of names before the figure
@pytest.mark.parametrize("task, pledge", [
    ("完成城乡散煤治理“电代煤”“气代煤”180万户。", ("城乡散煤治理“电代煤”“气代煤”", 180, "万户")),
    ("实施“千村示范万村整治”工程村庄50个。", ("“千村示范万村整治”工程村庄", 50, "个")),
    ("完成国土绿化300万亩。", ("国土绿化", 300, "万亩")),
    ("推进“退耕还林”，新建改造农村公路100公里。", ("农村公路", 100, "公里")),
])
def test_other_quoted_works_unchanged(task, pledge):
    d = read(county_report(2023, "全县生产总值增长4.6%。", task), report_year=2023)
    assert pledge in pledged(d)


# ---------------------------------------------------------------------------------------------------------------------
# decision 85 ("the N-th region to pass a level is a result unless aimed") was too narrow: a level before 的县/的县级市
# was read as a threshold of other places ("GDP超千亿元的县有6个") even where the region itself is named the N-th past it
def yiwu(review: str, plan: str = "") -> str:
    return ("义乌市人民政府工作报告\n一、2022年工作回顾\n过去一年，全市一般公共预算收入增长4.4%。" + review +
            "\n二、2023年目标任务\n今年主要预期目标是：地区生产总值增长6.5%以上。" + plan + "\n重点抓好以下工作：新开工亿元以上项目120个。\n")


@pytest.mark.parametrize("review, plan, key, expected", [
    ("2022年，义乌成为全省第三个地区生产总值突破1800亿元的县级市。", "", ("gdp", "actual", "2022", "level"), (1800, "at_least")),
    ("", "到2027年，成为全国第二个地区生产总值突破3000亿元的县级市。", ("gdp", "goal", "2027", "level"), (3000, "at_least")),
    ("", "到2027年，努力成为全国第二个地区生产总值突破3000亿元的县级市。", ("gdp", "goal", "2027", "level"), (3000, "at_least")),
])
def test_the_region_named_nth_past_a_level_of_its_kind(review, plan, key, expected):
    fs = facts(yiwu(review, plan), report_year=2023)
    assert val(fs, key) == expected


# look-alikes: the places past a threshold stay no level of the region, the N-th named after them too
@pytest.mark.parametrize("review", [
    "全国地区生产总值突破3000亿元的县级市有5个。",
    "全省地区生产总值超过100亿元的县有50个，我市成为全省第三个。",
    "全市地区生产总值超过100亿元的乡镇达到5个，成为全省第一。",
])
def test_places_past_a_threshold_stay_no_level(review):
    fs = facts(yiwu(review), report_year=2023)
    assert not any(k[0] == "gdp" and k[3] == "level" for k in fs)


# ---------------------------------------------------------------------------------------------------------------------
# decision 82 ("a place reached after a move among peers is the rank") was too narrow for a counted peer group with
# 位次 glued to 中 ("在15个副省级城市中位次上升至第8位"; found on this review's holdout after its blind score)
NINGBO = "宁波市人民政府工作报告\n一、2020年工作回顾\n2020年，全市实现地区生产总值12408.7亿元，增长3.3%，"


@pytest.mark.parametrize("sent", ["在15个副省级城市中位次上升至第8位。", "在15个副省级城市中位次前移1位，居第8位。",
                                  "在15个副省级城市中排名第8。"])
def test_a_counted_peer_group_before_its_place(sent):
    fs = facts(NINGBO + sent + "\n", report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "rank")) == (8, "eq")
    assert fs[("gdp", "actual", "2020", "rank")].scope == "15个副省级城市"


# look-alikes: a move with no place reached is no rank; a count after 在 with no ranking stays what it was
@pytest.mark.parametrize("sent", ["在15个副省级城市中位次前移1位。", "在15个重点镇中实施项目30个。"])
def test_no_place_reached_no_rank(sent):
    fs = facts(NINGBO + sent + "\n", report_year=2021)
    assert ("gdp", "actual", "2020", "rank") not in fs
    assert val(fs, ("gdp", "actual", "2020", "level")) == (12408.7, "eq")
