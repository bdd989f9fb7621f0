"""Session auto23: reports of unusual administrative units (盟, 旗, 自治州, 地区, 林区, 特区, 自治县, 新区):
their metadata, and the classes of facts and pledges their reports showed."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, pledged, read, val  # tests/factkeys.py

BODY = ("\n\n一、2022年工作回顾\n2022年，全年实现地区生产总值145.3亿元，增长3.1%。\n"
        "二、2023年工作安排\n地区生产总值增长7%左右。\n")


def meta_of(head: str):
    return planwatch.read_text(head + BODY, "x.txt").meta


# an autonomous county or prefecture named with its people left out but 自治 kept, as titles and leads do
@pytest.mark.parametrize("head,region,code,parent", [
    ("长阳自治县2023年政府工作报告", "长阳土家族自治县", "420528", "宜昌市"),
    ("五峰自治县2023年政府工作报告", "五峰土家族自治县", "420529", "宜昌市"),
    ("石柱自治县2023年政府工作报告", "石柱土家族自治县", "500240", "重庆市"),
    ("峨边自治县2023年政府工作报告", "峨边彝族自治县", "511132", "乐山市"),
    ("恩施自治州2023年政府工作报告", "恩施土家族苗族自治州", "422800", "湖北省"),
    ("延边自治州2023年政府工作报告", "延边朝鲜族自治州", "222400", "吉林省"),
])
def test_autonomous_division_named_without_its_people(head, region, code, parent):
    m = meta_of(head)
    assert (m.region, m.region_code, m.parent, m.doc_type, m.report_year) == (
        region, code, parent, "government_work_report", 2023)


# look-alikes: the full name and the short forms already read keep their division
@pytest.mark.parametrize("head,region", [
    ("长阳土家族自治县2023年政府工作报告", "长阳土家族自治县"),
    ("长阳县2023年政府工作报告", "长阳土家族自治县"),
    ("黔东南州2023年政府工作报告", "黔东南苗族侗族自治州"),
    ("鄂伦春旗2023年政府工作报告", "鄂伦春自治旗"),
    ("广西壮族自治区2023年政府工作报告", "广西壮族自治区"),
])
def test_autonomous_division_full_and_short_names_unchanged(head, region):
    assert meta_of(head).region == region


# a league's or prefecture's 行政公署 (行署) report with its year between the office and 工作报告
@pytest.mark.parametrize("head,region", [
    ("锡林郭勒盟行署2023年工作报告", "锡林郭勒盟"),
    ("锡林郭勒盟行政公署2023年工作报告", "锡林郭勒盟"),
    ("和田地区行署2023年度工作报告", "和田地区"),
    ("阿拉善盟行政公署工作报告", "阿拉善盟"),
])
def test_administrative_office_report_with_a_year_is_a_work_report(head, region):
    m = meta_of(head)
    assert (m.region, m.doc_type, m.report_year) == (region, "government_work_report", 2023)


def test_a_meeting_of_the_office_is_no_work_report():
    # look-alike: a 行署 meeting's page names no 工作报告 of the office
    m = meta_of("锡林郭勒盟行署召开2023年第一次常务会议")
    assert m.doc_type != "government_work_report"


ZONE = ("重庆两江新区2023年工作报告（摘要）\n发布日期：2023-02-10\n\n"
        "2月9日，两江新区党工委、管委会召开2023年工作会议，两江新区管委会常务副主任罗晓春代表管委会作工作报告。\n\n"
        "一、2022年工作回顾\n全年实现地区生产总值4513.8亿元，增长3.1%。\n二、2023年工作安排\n地区生产总值增长7%左右。\n")


def test_zone_report_with_a_note_after_its_title_keeps_its_division():
    # the title ends in a note on the printing (（摘要）): still the title, naming a zone whose division is 重庆市;
    # its administrative committee's report is read as a government's work report
    m = planwatch.read_text(ZONE, "x.txt").meta
    assert (m.region, m.region_code, m.parent) == (None, None, "重庆市")
    assert "not an administrative division" in m.evidence["region"].note
    assert (m.doc_type, m.report_year) == ("government_work_report", 2023)


def test_zone_meeting_without_the_committees_report_stays_other():
    # look-alike: a zone's work meeting where no one reports for the committee
    text = ZONE.replace("罗晓春代表管委会作工作报告", "罗晓春出席会议并讲话")
    assert planwatch.read_text(text, "x.txt").meta.doc_type == "other"


TASKS = "二、2017年工作安排\n"


def test_bare_new_jobs_of_a_work_yield_to_urban_new_jobs_stated_later():
    # "新增就业2万人" of a textile town is no headline: the report's 城镇新增就业 later is the target
    fs = facts(TASKS + "（三）加快纺织工业城建设，新增纺纱产能100万锭，新增就业2万人。\n（五）持续改善民生。城镇新增就业2.5万人。\n",
               report_year=2017)
    assert val(fs, ("urban_new_jobs", "target", "2017", "level")) == (2.5, "eq")
    assert fs[("urban_new_jobs", "target", "2017", "level")].quote == "城镇新增就业2.5万人"


@pytest.mark.parametrize("text,value,qual,quote", [
    # bare 新增就业 alone is the target
    ("（五）新增就业2万人。\n", 2, "eq", "新增就业2万人"),
    # the same figure under the broader name first: its first place
    ("主要预期目标是：新增就业1.2万人。\n（五）城镇新增就业1.2万人以上。\n", 1.2, "eq", "新增就业1.2万人"),
    # the own name first: a bare figure after it does not replace it
    ("（五）城镇新增就业2.5万人。项目建成后新增就业2万人。\n", 2.5, "eq", "城镇新增就业2.5万人"),
])
def test_new_jobs_lookalikes(text, value, qual, quote):
    fs = facts(TASKS + text, report_year=2017)
    assert val(fs, ("urban_new_jobs", "target", "2017", "level")) == (value, qual)
    assert fs[("urban_new_jobs", "target", "2017", "level")].quote == quote


def test_broader_industrial_value_added_still_yields():
    fs = facts("一、2016年工作回顾\n全部工业增加值增长5.7%，其中规模以上工业增加值增长6.3%。\n", report_year=2017)
    assert val(fs, ("industrial_va", "actual", "2016", "growth")) == (6.3, "eq")


def test_upgrading_written_after_what_is_upgraded_and_spindles_are_pledges():
    d = read(TASKS + "（二）林果提质增效100万亩，低产茶园提质增效2万亩。（三）新增纺纱产能100万锭。\n", report_year=2017)
    got = pledged(d)
    assert ("林果", 100, "万亩") in got
    assert ("低产茶园", 2, "万亩") in got
    assert ("纺纱产能", 100, "万锭") in got
    assert {p.action for p in d.pledges if p.object in ("林果", "低产茶园")} == {"提质增效"}


def test_upgrading_without_a_figure_pledges_nothing():
    d = read(TASKS + "（三）推动工业提质增效，加快传统产业转型升级。\n", report_year=2017)
    assert not [p for p in d.pledges if "提质增效" in p.action]


# a 地区's own directly governed part (地直) is a part, as 州直/盟直 are; not a 基地's "直接"
@pytest.mark.parametrize("sent,part", [
    ("地直一般公共预算收入完成12.1亿元，增长5.2%。", "other:地直一般公共预算收入"),
    ("盟直一般公共预算收入完成12.1亿元，增长5.2%。", "other:盟直一般公共预算收入"),
])
def test_directly_governed_part_of_a_prefecture_is_no_headline(sent, part):
    fs = facts("一、2023年工作回顾\n" + sent + "\n", region="阿克苏地区", level="prefecture", report_year=2024)
    assert ("general_budget_revenue", "actual", "2023", "level") not in fs
    assert val(fs, (part, "actual", "2023", "level")) == (12.1, "eq")


def test_whole_prefecture_beside_its_directly_governed_part_keeps_the_headline():
    fs = facts("一、2023年工作回顾\n全地区一般公共预算收入完成52.1亿元，增长5.2%；地直一般公共预算收入完成12.1亿元。\n"
               "产业基地直接带动就业1.2万人，地区生产总值增长6.1%。\n",
               region="阿克苏地区", level="prefecture", report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (52.1, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.1, "eq")


@pytest.mark.parametrize("lead,speaker", [
    # a transcribed name with 代表行署 after it: the name alone
    ("1月25日，阿克苏地区人大工委召开会议，行署专员玉苏甫江·麦麦提代表行署作政府工作报告。", "玉苏甫江·麦麦提"),
    ("1月20日，新疆维吾尔自治区第十四届人民代表大会第二次会议开幕，自治区主席艾尔肯·吐尼亚孜作政府工作报告。", "艾尔肯·吐尼亚孜"),
    ("1月10日，科右前旗第十七届人民代表大会第三次会议开幕。旗长白音代表旗人民政府作政府工作报告。", "白音"),
])
def test_news_speaker_with_a_dotted_name(lead, speaker):
    text = "天山网讯 " + lead + "报告指出，2023年全地区实现生产总值1800亿元，增长6.1%。今年生产总值增长7%左右。\n"
    assert planwatch.read_text(text, "x.txt").meta.speaker == speaker


# a city's new area is run by its own committee, not the city's government; a county's 新区 and 济源's 示范区 are
# their division's government under a second name
@pytest.mark.parametrize("head,region,parent,zone", [
    ("哈尔滨新区管委会2023年工作报告", None, "哈尔滨市", True),
    ("哈尔滨新区2023年政府工作报告", None, "哈尔滨市", True),
    ("兰州新区2023年政府工作报告", None, "兰州市", True),
    ("南沙新区2023年政府工作报告", "南沙区", "广州市", False),
    ("济源示范区2023年政府工作报告", "济源市", "河南省", False),
    ("浦东新区2023年政府工作报告", "浦东新区", "上海市", False),
])
def test_new_area_of_a_city_is_a_zone(head, region, parent, zone):
    m = meta_of(head + "\n各位代表：\n过去一年，在省委、省政府和哈尔滨市委、市政府的坚强领导下，全区地区生产总值增长5%。\n"
                if head.startswith("哈尔滨") else head)
    assert (m.region, m.parent) == (region, parent)
    assert ("not an administrative division" in (m.evidence["region"].note or "")) == zone


LEAGUE = ("政府工作报告\n——2018年1月12日在盟人大工委二届三次全体会议上\n盟长  霍照良\n"
          "各位委员：现在，我代表行政公署，向盟人大工委报告工作，请予审议。\n一、2017年工作回顾\n"
          "过去一年，全盟地区生产总值完成1017亿元，增长4.5%。{a}特高压外送通道建成投运，{b}至山东输变电工程投入运行。\n"
          "二、2018年工作安排\n今年全盟主要预期目标：地区生产总值增长6%左右。为建设美丽{c}而努力奋斗！\n")


def test_league_report_that_names_itself_only_by_its_abbreviation():
    m = planwatch.read_text(LEAGUE.format(a="锡盟", b="锡盟", c="锡盟"), "x.txt").meta
    assert (m.region, m.region_code, m.level) == ("锡林郭勒盟", "152500", "prefecture")
    assert "low confidence" in m.evidence["region"].note


@pytest.mark.parametrize("a,b,c", [
    ("锡盟", "本地", "家园"),  # once is no evidence
    ("这条", "本地", "家园"),  # no abbreviation: still not found (a guess is never presented as found)
])
def test_league_abbreviation_lookalikes(a, b, c):
    m = planwatch.read_text(LEAGUE.format(a=a, b=b, c=c), "x.txt").meta
    assert m.region is None and m.level == "prefecture"


def test_sheep_units_are_a_pledge_unit():
    d = read("二、2024年工作安排\n牲畜存栏控制在400万羊单位以内，新建标准化暖棚1000座。\n", report_year=2024)
    assert ("牲畜存栏", 400, "万羊单位") in pledged(d)
    assert [p.qualifier for p in d.pledges if p.object == "牲畜存栏"] == ["at_most"]


def test_sheep_units_in_a_review_pledge_nothing():
    d = read("一、2023年工作回顾\n牲畜存栏410万羊单位，出栏率达到28%。\n", report_year=2024)
    assert not d.pledges


@pytest.mark.parametrize("head,region,code", [
    ("巴右旗2023年政府工作报告", "巴林右旗", "150423"),
    ("巴左旗2023年政府工作报告", "巴林左旗", "150422"),
    ("阿鲁旗2023年政府工作报告", "阿鲁科尔沁旗", "150421"),
    ("太旗2023年政府工作报告", "太仆寺旗", "152527"),
])
def test_banner_short_forms(head, region, code):
    m = meta_of(head)
    assert (m.region, m.region_code, m.level) == (region, code, "county")


def test_ambiguous_banner_short_form_is_not_guessed():
    # 阿旗 is said of 阿鲁科尔沁旗 and of 阿巴嘎旗: left unresolved rather than guessed
    assert meta_of("阿旗2023年政府工作报告").region_code not in ("150421", "152522")


REVIEW = "一、2017年工作回顾\n"


def test_border_ports_trade_after_its_freight_is_the_ports():
    # the port opens the sentence with a figure of its own: the subjectless trade after it is the port's, not the region's
    fs = facts(REVIEW + "二连浩特口岸过货量达到1500万吨，进出口总额达到170亿元，增长20%。\n",
               region="锡林郭勒盟", level="prefecture", report_year=2018)
    assert ("foreign_trade", "actual", "2017", "level") not in fs
    assert val(fs, ("other:二连浩特口岸进出口总额", "actual", "2017", "level")) == (170, "eq")


@pytest.mark.parametrize("sent", [
    "口岸过货量增长15%，外贸进出口总额达到170亿元，增长20%。",           # the ports in general, no port named
    "全盟口岸过货量达到1500万吨，进出口总额达到170亿元，增长20%。",        # the region's own word
    "口岸经济加快发展，全盟进出口总额达到170亿元，增长20%。",
    "二连浩特口岸过货量达到1500万吨。进出口总额达到170亿元，增长20%。",      # another sentence
])
def test_region_trade_beside_its_ports(sent):
    fs = facts(REVIEW + sent + "\n", region="锡林郭勒盟", level="prefecture", report_year=2018)
    assert val(fs, ("foreign_trade", "actual", "2017", "level")) == (170, "eq")


@pytest.mark.parametrize("sent", [
    "铁路口岸过货量达到2500万吨，外贸进出口总额达到420亿元，增长12%。",  # a kind of port, not one named
    "国家一类口岸过货量达到2500万吨，外贸进出口总额达到420亿元，增长12%。",
])
def test_kind_of_port_is_no_subject(sent):
    fs = facts("一、2023年工作回顾\n" + sent + "\n", region="满洲里市", level="county", report_year=2024)
    assert val(fs, ("foreign_trade", "actual", "2023", "level")) == (420, "eq")
