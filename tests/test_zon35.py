"""Session zon35: reports of places the plain code list handles badly, blind (国家级新区 and development zones run by
a 管委会, the 兵团's 师市, 林区 and 省直管 cities, towns and streets, namesake districts): a zone's committee named with
the city that runs it, a zone named by its kind alone, the heads of such places as speakers, the 兵团's 团场职工
income, towns of cities without counties, and a street office's work report."""
import pytest

import planwatch
from factkeys import facts, val

REVIEW = ("\n各位代表：\n现在，我代表{who}向大会报告工作，请予审议。\n一、{y0}年工作回顾\n过去一年，在{led}的坚强领导下，"
          "全区地区生产总值增长5%。\n二、{y}年工作安排\n地区生产总值增长6%左右。\n")


def meta_of(head: str, who: str = "管委会", led: str = "省委、省政府", year: int = 2022):
    return planwatch.read_text(head + REVIEW.format(who=who, led=led, y0=year - 1, y=year), "x.txt").meta


# a zone's committee carries the city that runs it between its name and 管理委员会 (四川天府新区成都管理委员会):
# still the zone's report, not the city's; the city leading it in the text is its parent
@pytest.mark.parametrize("head,led,parent", [
    ("湖南湘江新区长沙管理委员会2022年工作报告", "长沙市委、市政府", "长沙市"),
    ("陕西西咸新区西安党工委管委会2021年工作报告", "西安市委、市政府", "西安市"),
])
def test_zone_committee_named_with_its_city(head, led, parent):
    m = meta_of(head, led=led)
    assert (m.region, m.region_code, m.level, m.parent) == (None, None, None, parent)
    assert "not an administrative division" in m.evidence["region"].note
    assert m.doc_type == "government_work_report"


def test_a_unit_word_before_the_committee_is_no_city():
    # look-alike: "绵阳科技城新区管委会" is the committee of 科技城新区 (whose name holds two unit words), not of a
    # 科技城 with a city named 新区 between
    m = meta_of("绵阳科技城新区管委会2023年工作报告", led="绵阳市委、市政府", year=2023)
    assert (m.zone, m.parent) == ("绵阳科技城新区", "绵阳市")


# a zone's own site names it by its kind alone ("高新区2020年工作报告"): a zone, not the city that leads it
@pytest.mark.parametrize("head,led,parent", [
    ("高新区2020年工作报告", "西安市委、市政府", "西安市"),
    ("2021年经开区工作报告", "长沙市委、市政府", "长沙市"),
])
def test_zone_named_by_its_kind_alone(head, led, parent):
    m = meta_of(head, led=led)
    assert (m.region, m.parent) == (None, parent)


def test_kind_alone_with_a_districts_congress_is_the_district():
    # look-alike: a district's title that calls it 新区 alone, delivered at its own people's congress
    m = planwatch.read_text("新区2021年政府工作报告\n——2021年1月6日在天津市滨海新区第二届人民代表大会第五次会议上\n"
                            + REVIEW.format(who="区人民政府", led="市委、市政府", y0=2020, y=2021), "x.txt").meta
    assert (m.region, m.region_code) == ("滨海新区", "120116")


@pytest.mark.parametrize("head", ["镇2021年工作报告", "街道2021年工作报告"])
def test_a_town_word_alone_is_no_zone(head):
    # look-alike: only a development zone's or a new area's kind names a zone alone
    m = planwatch.read_text(head + REVIEW.format(who="区人民政府", led="市委、市政府", y0=2020, y=2021), "x.txt").meta
    assert m.zone is None


# the heads of such places on the byline: two offices joined by 、, a forest district's, a town's, a committee's
BYLINE = "政府工作报告\n——2022年1月12日在某某县第十一届人民代表大会第一次会议上\n{line}\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n"


@pytest.mark.parametrize("line,speaker", [
    ("县委副书记、县长　李振华", "李振华"),
    ("第十师副师长、北屯市市长　马　骏", "马骏"),
    ("林区区长　汪　洋", "汪洋"),
    ("镇长　黄建平", "黄建平"),
    ("乡长 达瓦", "达瓦"),
    ("经开区管委会主任　周　敏", "周敏"),
    ("兰州新区党工委副书记、管委会主任　陈　刚", "陈刚"),
    ("街道办事处主任　吴丽", "吴丽"),
])
def test_heads_of_unusual_places_speak(line, speaker):
    assert planwatch.read_text(BYLINE.format(line=line), "x.txt").meta.speaker == speaker


@pytest.mark.parametrize("line", ["县委副书记、县长", "镇长"])
def test_an_office_without_a_name_is_no_speaker(line):
    assert planwatch.read_text(BYLINE.format(line=line), "x.txt").meta.speaker is None


@pytest.mark.parametrize("lead,speaker", [
    ("3月2日，贵安新区召开2021年工作会议。新区党工委副书记、管委会主任杨光明代表管委会作工作报告。", "杨光明"),
    ("1月5日，长春新区管委会常务副主任孙国庆代表管理委员会作工作报告。", "孙国庆"),
    # look-alike: the congress's standing committee's head reports for it, the government's head is the speaker
    ("1月10日，区人大常委会主任李明代表常委会作工作报告，区长王强作政府工作报告。", "王强"),
])
def test_zone_head_in_a_news_lead(lead, speaker):
    m = planwatch.read_text(lead + "\n一、2023年工作回顾\n地区生产总值增长5%。\n", "x.txt").meta
    assert m.speaker == speaker


# the 兵团's 团场职工 (before 2017) are its 连队居民: their income is the rural one, beside 城镇居民
def test_corps_farm_workers_income_pairs_with_the_urban():
    fs = facts("一、2016年工作回顾\n地区生产总值增长8%。\n二、2017年工作安排\n今年主要预期目标是：城镇居民和团场职工人均可支配收入"
               "分别增长6.5%、7%。\n", region="五家渠市")
    assert val(fs, ("urban_disposable_income", "target", "2017", "growth")) == (6.5, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2017", "growth")) == (7, "eq")


def test_corps_farm_workers_income_alone_is_rural():
    fs = facts("一、2016年工作回顾\n团场职工人均可支配收入达到28600元，增长8.2%。\n", region="五家渠市", report_year=2017)
    assert val(fs, ("rural_disposable_income", "actual", "2016", "level")) == (28600, "eq")
    assert ("disposable_income", "actual", "2016", "level") not in fs


@pytest.mark.parametrize("text", ["五年来，职工家庭人均可支配收入达到3.8万元。", "全师职工家庭人均可支配收入增长9%。"])
def test_staff_households_income_is_no_whole_population_figure(text):
    fs = facts("一、2016年工作回顾\n" + text + "\n", report_year=2017)
    assert not any(k[0] == "disposable_income" for k in fs)


# a town of a city that has no counties (东莞, 中山, 儋州, 嘉峪关) hangs on that city
@pytest.mark.parametrize("head,led,parent", [
    ("长安镇2020年政府工作报告", "东莞市委、市政府和镇党委", "东莞市"),
    ("峪泉镇2019年政府工作报告", "嘉峪关市委、市政府和镇党委", "嘉峪关市"),
])
def test_town_of_a_city_without_counties(head, led, parent):
    m = meta_of(head, who="镇人民政府", led=led, year=int(head[3:7]))
    assert (m.region, m.level, m.parent) == (None, None, parent)


def test_town_led_by_a_city_with_counties_keeps_no_parent():
    # look-alike: a city with counties does not run its towns itself: which county is not said
    m = meta_of("长安镇2020年政府工作报告", who="镇人民政府", led="赣州市委、市政府和镇党委", year=2020)
    assert (m.region, m.parent) == (None, None)


# a street office reports to its residents' congress as a zone's committee does
@pytest.mark.parametrize("head,who", [
    ("南湖街道办事处2021年工作报告", "街道办事处"),
    ("南湖街道2021年工作报告", "街道办事处"),
])
def test_street_office_work_report(head, who):
    m = meta_of(head, who=who, led="区委、区政府", year=2021)
    assert (m.region, m.doc_type, m.report_year) == (None, "government_work_report", 2021)


def test_a_liaison_office_report_is_no_work_report():
    # look-alike: an office of a government elsewhere reports on its own work
    m = planwatch.read_text("驻京办事处2021年工作报告\n一、2020年工作回顾\n全年接待来访1万人次。\n", "x.txt").meta
    assert m.doc_type != "government_work_report"


# a division's report under its zone's second name (济源示范区 is 济源市's government, decision 67) calls itself by the
# zone's kind: its figures are its own, no park's
@pytest.mark.parametrize("head,body,ind,value", [
    ("济源产城融合示范区2024年政府工作报告\n——2024年1月9日在济源市第十二届人民代表大会第三次会议上\n",
     "示范区地区生产总值完成790亿元，增长6.1%。", "gdp", 790),
    ("南沙新区2021年政府工作报告\n——2021年1月8日在广州市南沙区第三届人民代表大会第一次会议上\n",
     "去年，新区一般公共预算收入完成82.5亿元，增长4%。", "general_budget_revenue", 82.5),
])
def test_kind_word_of_a_divisions_second_name_is_its_own(head, body, ind, value):
    d = planwatch.read_text(head + "一、工作回顾\n" + body + "\n", "x.txt")
    assert d.meta.region in ("济源市", "南沙区")
    assert [f.value for f in d.facts if f.indicator == ind and f.measure == "level"] == [value]


def test_a_park_of_a_county_stays_a_part():
    # look-alike: a county's own title names no zone; its 开发区 is a park inside it
    d = planwatch.read_text("某某县2023年政府工作报告\n一、2022年工作回顾\n开发区实现地区生产总值100亿元，增长5%。"
                            "全县地区生产总值增长6%。\n", "x.txt")
    assert [f.value for f in d.facts if f.indicator == "gdp"] == [6]


# a town's report naming the town in full is its own figure; another town, or a part of it, stays a part
@pytest.mark.parametrize("head,body,own,part", [
    ("枫桥镇人民政府工作报告\n——2022年3月1日在枫桥镇第十八届人民代表大会第二次会议上\n",
     "枫桥镇实现规上工业增加值21.4亿元，增长9.3%；店口镇规上工业增加值增长11%。", 21.4, "店口镇"),
    ("诸暨市枫桥镇2022年政府工作报告\n",
     "枫桥镇完成固定资产投资18亿元，增长6%；其中古镇片区完成投资3亿元。", 18, None),
])
def test_town_named_in_full_in_its_own_report(head, body, own, part):
    d = planwatch.read_text(head + "一、2021年工作回顾\n" + body + "\n", "x.txt")
    assert d.meta.zone is not None and d.meta.region is None
    assert own in [f.value for f in d.facts if not f.indicator.startswith("other:") and f.measure == "level"]
    if part:
        assert any(f.indicator.startswith("other:" + part) for f in d.facts)


# a province's state farms inside a city or county are a part, as the 兵团's 团场 are
@pytest.mark.parametrize("text", ["全市农场实现生产总值28亿元，增长5%。全市地区生产总值338.6亿元，增长6.9%。",
                                  "区域内国有林场实现生产总值3亿元。全市地区生产总值338.6亿元，增长6.9%。"])
def test_state_farms_are_a_part(text):
    fs = facts("一、2022年工作回顾\n" + text + "\n", region="儋州市", report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (338.6, "eq")


# a zone whose name starts with a county's short name elsewhere (东湖区 in 南昌, 青山湖区 in 南昌), led in the text by a
# city of another province, lies in that city; led by the county's own city, it stays the county's
@pytest.mark.parametrize("head,led,parent", [
    ("东湖高新区2022年工作报告", "武汉市委、市政府", "武汉市"),
    ("青山湖科技城2021年工作报告", "杭州市委、市政府", "杭州市"),
    ("东湖高新区2022年工作报告", "南昌市委、市政府", "东湖区"),
])
def test_zone_named_like_a_county_elsewhere(head, led, parent):
    m = meta_of(head, led=led, year=int(head[-9:-5]))
    assert (m.region, m.parent) == (None, parent)


# a division's report titled by the zone it runs as one government, its byline at the division's congress: the zone's
# kind word is the division itself; a district's report under its own name keeps a zone named in it a part
@pytest.mark.parametrize("title,own", [
    ("青岛西海岸新区2022年政府工作报告\n——2022年1月12日在青岛市黄岛区第三届人民代表大会第一次会议上\n", True),
    ("广州开发区2021年政府工作报告\n——2021年1月8日在广州市黄埔区第二届人民代表大会第六次会议上\n", True),
    ("黄岛区2022年政府工作报告\n——2022年1月12日在青岛市黄岛区第三届人民代表大会第一次会议上\n", False),
])
def test_zone_titled_report_at_a_divisions_congress(title, own):
    kind = "新区" if "新区" in title else "开发区"
    d = planwatch.read_text(title + "一、2021年工作回顾\n" + kind + "实现地区生产总值4512亿元，增长7.1%。全区一般公共预算收入"
                            "完成260亿元。\n", "x.txt")
    assert d.meta.region in ("黄岛区", "黄埔区")
    assert (4512 in [f.value for f in d.facts if f.indicator == "gdp"]) == own
