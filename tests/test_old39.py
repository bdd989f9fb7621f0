"""Provincial and prefecture reports of 2016-2018, whole openings, blind (old39, decision 206): a byline that names
its speaker at its own line's end, and a later year opening an item of a goals list ("到2020年，…；到2022年，A；B")."""
import pytest

from factkeys import facts, val
from taskdoc import meta

_BODY = "\n\n各位代表：\n现在，我代表{who}向大会报告工作，请予审议。\n一、2016年工作回顾\n全年实现地区生产总值600亿元，增长8%。\n"


# 1. a byline whose speaker a page ran into the byline's own line, after the session (spaces or none between)
@pytest.mark.parametrize("byline,who,name", [
    ("——2017年2月15日在海西州第十四届人民代表大会第一次会议上 州长 文国栋", "州人民政府", "文国栋"),
    ("——2017年2月15日在海西州第十四届人民代表大会第一次会议上　州长　文国栋", "州人民政府", "文国栋"),
    ("——2018年1月25日在河北省第十三届人民代表大会第一次会议上 河北省省长 许勤", "省人民政府", "许勤"),
    ("——2017年1月10日在阿克苏地区人大工委会议上 地区行署专员 穆铁礼甫·哈斯木", "行署", "穆铁礼甫·哈斯木"),
    ("——2016年1月20日在潍坊市第十七届人民代表大会第六次会议上 市人民政府代市长 刘曙光", "市人民政府", "刘曙光"),
    ("（2017年1月6日在兴安盟人大工委会议上 盟长 奇巴图）", "行署", "奇巴图"),
    ("——2017年1月5日在邯郸市第十四届人民代表大会第一次会议上 市委副书记、市长 王立彤", "市人民政府", "王立彤"),
])
def test_a_speaker_closing_the_bylines_line_is_read(byline, who, name):
    assert meta("政府工作报告\n" + byline + _BODY.format(who=who)).speaker == name


# (and a page whose line breaks were all lost, the name running on into 各位代表)
@pytest.mark.parametrize("text,name", [
    ("政府工作报告 ——2017年1月5日在邯郸市第十四届人民代表大会第一次会议上 市长 王立彤 各位代表：现在，我代表市人民政府向大会报告工作。"
     "一、2016年工作回顾 全年实现地区生产总值600亿元，增长8%。\n", "王立彤"),
    ("政府工作报告 ——2017年1月5日在锡林郭勒盟人大工委会议上 盟长 奇·达楞太 各位代表：现在，我代表行署向会议报告工作。\n", "奇·达楞太"),
])
def test_a_run_on_bylines_speaker_is_read(text, name):
    assert meta(text).speaker == name


@pytest.mark.parametrize("text", [
    # (a byline with no name after the session)
    "政府工作报告\n——2017年2月15日在海西州第十四届人民代表大会第一次会议上的报告" + _BODY.format(who="州人民政府"),
    # (a news sentence: the office and a name after 会议上, no byline's dash or bracket opening the line)
    "市政府召开常务会议\n2017年1月6日，在市委经济工作会议上市长李强讲话\n要求全市上下……\n",
])
def test_no_speaker_without_a_bylines_name(text):
    assert meta(text).speaker is None


_GOALS = ("某某市人民政府工作报告\n——2018年1月20日在某某市第十四届人民代表大会第一次会议上\n二、今后五年的奋斗目标\n{goals}\n"
          "三、2018年工作安排\n今年主要预期目标是：地区生产总值增长8%左右。\n")


# 2. a year opening a later item of a goals list the first year opened takes the list over: the items after it are its
@pytest.mark.parametrize("goals,key,value", [
    ("今后五年的主要目标是：到2020年，与全国同步全面建成小康社会；到2022年，全市地区生产总值达到4600亿元，年均增长7.5%左右；"
     "一般公共预算收入年均增长7%。", ("general_budget_revenue", "goal", "2022", "growth"), 7),
    ("今后五年的主要目标是：到2020年，全市生产总值突破3000亿元；到2022年，全市生产总值达到3800亿元；城镇化率达到60%。",
     ("urbanization_rate", "goal", "2022", "share"), 60),
    ("今后五年主要目标是：到2020年，与全国同步全面建成小康社会；力争到2022年，全州生产总值达到1500亿元；森林覆盖率达到70%。",
     ("forest_coverage", "goal", "2022", "share"), 70),
    ("今后五年，到2020年，全面建成小康社会；到2022年，全市生产总值达到3800亿元；一般公共预算收入年均增长7%。",
     ("general_budget_revenue", "goal", "2022", "growth"), 7),
])
def test_a_later_year_opening_an_item_dates_the_items_after_it(goals, key, value):
    fs = facts(_GOALS.format(goals=goals), region="某某市", level="prefecture", report_year=2018)
    assert val(fs, key) == (value, "eq")
    assert (key[0], "goal", "2020", key[3]) not in fs


@pytest.mark.parametrize("goals,key", [
    # (one year opening the list dates every item, decision 20)
    ("今后五年的主要目标是：到2020年，全市生产总值突破3000亿元；一般公共预算收入年均增长7%；城镇化率达到60%。",
     ("urbanization_rate", "goal", "2020", "share")),
    # (a year opening an item of a list no year opened dates only its own item: the items after it keep the span)
    ("今后五年的主要目标是：全市生产总值年均增长7%；到2030年，城镇化率达到65%；一般公共预算收入年均增长8%。",
     ("general_budget_revenue", "goal", "2018-2022", "growth")),
])
def test_one_year_opening_a_list_is_unchanged(goals, key):
    fs = facts(_GOALS.format(goals=goals), region="某某市", level="prefecture", report_year=2018)
    assert key in fs
