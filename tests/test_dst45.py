"""Decision 324 (dst45): whole district reports of 2016-2020 (雁塔区 2016, 江北区 2018, 鼓楼区 2019). 拆改 (拆除改造) is
a pledge verb; a noun ending in a word trimmed from an object's end keeps it (违法建设, not 违法: pledge_verbs.tsv
'uncut'); a lead to the plan's named works or actions (“重点实施六大工程：”) after the goal list in the same paragraph
opens the plan's tasks, as it does opening a paragraph of its own."""
from __future__ import annotations

import planwatch
import pytest

from taskdoc import pledges


# 拆改 is the verb of a boiler's or a building's removal and refit (before the fix: no pledge, or 完成 | 拆改燃煤锅炉)
@pytest.mark.parametrize("body,pledge", [
    ("全年拆改燃煤锅炉50台。", ("拆改", "燃煤锅炉", 50, "台")),
    ("拆改老旧燃气锅炉12台，淘汰黄标车3000辆。", ("拆改", "老旧燃气锅炉", 12, "台")),
    ("完成拆改燃煤锅炉120台。", ("拆改", "燃煤锅炉", 120, "台")),
])
def test_chaigai_is_a_verb(body, pledge):
    assert pledge in pledges(body, "区")


# look-alikes that must not change: 拆改 after the object names the work counted, 拆除改造 in full, 拆改 in a phrase
@pytest.mark.parametrize("body,pledge", [
    ("完成燃煤锅炉拆改50台。", ("完成", "燃煤锅炉拆改", 50, "台")),  # (the work named after what it is done to)
    ("拆除改造燃煤锅炉30台。", ("拆除改造", "燃煤锅炉", 30, "台")),  # (the verb written in full)
    ("坚持拆改结合，新建口袋公园5个。", ("新建", "口袋公园", 5, "个")),  # (拆改 in a slogan, no count of its own)
])
def test_chaigai_look_alikes(body, pledge):
    got = pledges(body, "区")
    assert pledge in got, got
    assert len(got) == 1, got


# 违法建设 is what is pulled down; its 建设 is no trailing word (before the fix: 建设 | 违法, or 拆除 | 违法)
@pytest.mark.parametrize("body,pledge", [
    ("全年拆除违法建设30万平方米。", ("拆除", "违法建设", 30, "万平方米")),
    ("拆违控违，拆除违章建设2.5万平方米。", ("拆除", "违章建设", 2.5, "万平方米")),
    ("完成拆除违法建设25万平方米以上。", ("拆除", "违法建设", 25, "万平方米")),
])
def test_illegal_buildings_are_the_object(body, pledge):
    assert pledge in pledges(body, "区")


# look-alikes that must not change: a trailing 任务 is still trimmed, 建设 after the object still acts as its verb,
# 建设 as a verb before it acts, and a building named otherwise
@pytest.mark.parametrize("body,pledge", [
    ("完成农村公路建设任务50公里。", ("完成", "农村公路建设", 50, "公里")),
    ("全年安置房建设3000套。", ("建设", "安置房", 3000, "套")),
    ("建设城市书房10个。", ("建设", "城市书房", 10, "个")),
    ("拆除违章建筑5万平方米。", ("拆除", "违章建筑", 5, "万平方米")),
])
def test_trailing_construction_look_alikes(body, pledge):
    assert pledge in pledges(body, "区")


def _plan_part(goals: str) -> tuple[set, set]:
    text = ("雁塔区人民政府工作报告\n——2016年1月12日在西安市雁塔区第十七届人民代表大会第五次会议上\n各位代表：\n"
            "一、“十二五”时期工作回顾\n全区地区生产总值增长9.2%。\n二、“十三五”时期主要目标\n" + goals +
            "\n三、2016年工作安排\n全区地区生产总值增长8%左右。\n")
    doc = planwatch.read_text(text, "t.txt")
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    got = {(p.action, p.object, p.value, p.unit, p.period) for p in doc.pledges}
    goals_got = {(f.indicator, f.role, f.period, f.value) for f in doc.facts if f.role == "goal"}
    return got, goals_got


_GOALS = "“十三五”时期的主要目标是：地区生产总值年均增长8.5%左右，城镇居民人均可支配收入年均增长9%。"


# the plan's named works led to in the goal list's paragraph: their items are the plan's tasks (before the fix: none;
# the same lead opening a paragraph of its own was already read so)
@pytest.mark.parametrize("lead", ["围绕上述目标，重点实施六大工程：", "围绕上述目标，着力实施“五大行动”：",
                                  "为实现上述目标，我们将重点推进“四大工程”："])
def test_named_works_after_the_goal_list_in_its_paragraph(lead):
    got, goals = _plan_part(_GOALS + lead + "一是城市更新工程，五年改造老旧小区300个；二是交通畅通工程，新增公共停车位3万个。")
    assert ("改造", "老旧小区", 300, "个", "2016-2020") in got, got
    assert ("新增", "公共停车位", 3, "万个", "2016-2020") in got, got
    assert ("gdp", "goal", "2016-2020", 8.5) in goals  # (the list before the lead is still the plan's goals)


# look-alikes that must not change: a second goal list led after the first (its items goals, no pledges), and the
# goal list alone
@pytest.mark.parametrize("goals", [
    _GOALS + "民生工程的主要目标是：五年新增公共停车位3万个，改造老旧小区300个。",
    _GOALS + "五年新增公共停车位3万个，改造老旧小区300个。",
])
def test_goal_lists_stay_goals(goals):
    got, _ = _plan_part(goals)
    assert not any(p[1] in ("老旧小区", "公共停车位") for p in got), got
