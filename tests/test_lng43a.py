"""Whole prefecture-city work reports of 2016–2019 (lng43a, decision 286): a 换届 report's vision sentence
("到2021年，全市经济总量迈上新台阶，…全面建成小康社会。") before the five years' goal list ("主要目标是：…年均增长11%左右")
dated every goal to its year instead of the plan's span; a boiler class by its capacity an hour ("淘汰35蒸吨/小时以下燃煤
锅炉") or a plant by its capacity a year ("淘汰5000吨/年以下玻璃生产线") was pledged as a count; a task closed by 的任务
("完成压减钢铁产能110万吨的任务", "…、退出贫困村133个的任务") was read as a count of the report's own tasks. Each with
look-alikes that must not change."""
import pytest

from factkeys import keys_of, read
from taskdoc import pledges


def _term_report(city: str, year: int, goals_part: str) -> str:
    """A 换届 report: the five years reviewed, the five years ahead, the year's targets."""
    return (f"政府工作报告\n——{year}年2月21日在{city}第四届人民代表大会第一次会议上\n{city}人民政府市长　王明\n各位代表：\n"
            f"一、过去五年工作回顾\n五年来，全市地区生产总值年均增长9.1%。\n二、今后五年的奋斗目标和主要任务\n{goals_part}\n"
            f"三、{year}年工作安排\n今年主要预期目标是：地区生产总值增长8%左右。\n")


# 1. a vision's deadline in the sentence (or paragraph) before the goal list dates none of the list's goals
@pytest.mark.parametrize("city,year", [("安顺市", 2017), ("南阳市", 2017), ("吉安市", 2021), ("德州市", 2022)])
@pytest.mark.parametrize("vision", [
    "今后五年政府工作的总体要求是：守住两条底线。到{end}年，全市经济总量迈上新台阶，与全国全省同步全面建成小康社会。\n主要目标是：",
    "今后五年政府工作的总体要求是：守住两条底线。到{end}年，全市经济总量迈上新台阶。主要目标是：",
    "今后五年政府工作的总体要求是：守住两条底线，到{end}年全面建成小康社会。\n主要目标是：",
])
def test_a_visions_deadline_before_the_list_dates_no_goal(city, year, vision):
    end = year + 4
    text = _term_report(city, year, vision.format(end=end) + "地区生产总值年均增长7%左右；一般公共预算收入年均增长6%；森林覆盖率达到60%。")
    fs = keys_of(read(text))
    span = f"{year}-{end}"
    assert fs[("gdp", "goal", span, "growth")].value == 7, sorted(fs)
    assert fs[("general_budget_revenue", "goal", span, "growth")].value == 6
    assert fs[("forest_coverage", "goal", span, "share")].value == 60
    assert ("gdp", "goal", str(end), "growth") not in fs


@pytest.mark.parametrize("lead", [
    # (look-alikes: the year in the list's own lead or in an item's own clause still dates them)
    "今后五年政府工作的总体要求是：守住两条底线。\n到{end}年，主要目标是：",
    "到{end}年，全市主要目标是：",
])
def test_a_lists_own_deadline_still_dates_it(lead):
    text = _term_report("安顺市", 2017, lead.format(end=2021) + "地区生产总值达到1200亿元；森林覆盖率达到60%。")
    fs = keys_of(read(text))
    assert fs[("gdp", "goal", "2021", "level")].value == 1200
    assert fs[("forest_coverage", "goal", "2021", "share")].value == 60


def test_an_items_own_deadline_dates_its_item_only():
    text = _term_report("安顺市", 2017, "今后五年政府工作的总体要求是：守住两条底线。\n主要目标是：地区生产总值年均增长11%左右，"
                                     "力争到2021年达到1200亿元；森林覆盖率达到60%。")
    fs = keys_of(read(text))
    assert fs[("gdp", "goal", "2021", "level")].value == 1200
    assert fs[("gdp", "goal", "2017-2021", "growth")].value == 11
    assert fs[("forest_coverage", "goal", "2017-2021", "share")].value == 60


# 2. a capacity an hour or a year before 以下/以上 and a noun names a class of things, no count
@pytest.mark.parametrize("sent,kept", [
    ("淘汰35蒸吨/小时以下燃煤锅炉，完成清洁取暖改造15万户。", ("清洁取暖改造", 15, "万户")),
    ("全面淘汰10蒸吨/时及以下燃煤锅炉，新建污水管网30公里。", ("污水管网", 30, "公里")),
    ("淘汰5000吨/年以下玻璃生产线，新建污水管网20公里。", ("污水管网", 20, "公里")),
    ("关停2万吨/年以下造纸企业，新建高标准农田8万亩。", ("高标准农田", 8, "万亩")),
])
def test_a_capacity_threshold_is_no_count(sent, kept):
    ps = pledges(sent)
    assert {(o, v, u) for _, o, v, u in ps} == {kept}, ps


@pytest.mark.parametrize("sent,want", [
    # (look-alikes: the count after the class, and a capacity reached or added, stay pledges)
    ("淘汰35蒸吨/小时以下燃煤锅炉200台。", ("35蒸吨/小时以下燃煤锅炉", 200, "台")),
    ("新增污水处理能力5万吨/日以上。", ("污水处理能力", 5, "万吨/日")),
    ("新增电解铝产能30万吨/年以上。", ("电解铝产能", 30, "万吨/年")),
    ("淘汰燃煤锅炉2000蒸吨。", ("燃煤锅炉", 2000, "蒸吨")),
    ("淘汰10蒸吨以下燃煤锅炉120台。", ("10蒸吨以下燃煤锅炉", 120, "台")),
])
def test_a_capacity_reached_or_counted_still_pledged(sent, want):
    ps = pledges(sent)
    assert want in {(o, v, u) for _, o, v, u in ps}, ps


# 3. a task closed by 的任务: the figure is the count of what its verb acts on
@pytest.mark.parametrize("sent,want", [
    ("完成压减钢铁产能110万吨的任务。", {("压减", "钢铁产能", 110, "万吨")}),
    ("完成退出贫困村133个的任务。", {("退出", "贫困村", 133, "个")}),
    ("完成减少农村贫困人口4.5万人、退出贫困村133个的任务。",
     {("减少", "农村贫困人口", 4.5, "万人"), ("退出", "贫困村", 133, "个")}),
    ("今年要完成压减钢铁产能110万吨、退出煤炭产能120万吨的任务。",
     {("压减", "钢铁产能", 110, "万吨"), ("退出", "煤炭产能", 120, "万吨")}),
    ("全面完成化解水泥过剩产能60万吨的任务。", {("化解", "水泥过剩产能", 60, "万吨")}),
])
def test_a_task_closed_by_its_word_keeps_its_count(sent, want):
    ps = pledges(sent)
    got = {(a.removeprefix("完成"), o, v, u) for a, o, v, u in ps}
    assert want <= got, ps


@pytest.mark.parametrize("sent", [
    # (look-alikes: a count of the report's own tasks or items stays no pledge)
    "今年将重点抓好八项任务。",
    "全力办好10件民生实事。",
    "重点抓好以下6项重点任务：",
])
def test_the_reports_own_items_still_no_pledge(sent):
    assert not pledges(sent), pledges(sent)
