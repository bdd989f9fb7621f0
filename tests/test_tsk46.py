"""Decision 338 (tsk46): pledges in the tasks part, in the shapes a real report's tasks take. A count closing a work named
right before it and followed by “的…任务” counts the work, not the task's kind (“完成易地扶贫搬迁2.6万人的搬迁安置任务”); a
five-year plan named as what the year's work opens (“围绕“十五五”开局，…”) gives no span to the clauses after it; a status
before 项目 then a bound (“其中新开工项目不少于25个”) is the action, not the bound; 调减 cuts an area as 压减 does; a named
project's year investment after its total (“…项目，总投资18亿元、年内完成投资4亿元”, “XX工程总投资6亿元，年内完成投资2亿元”)
is that project's."""
from __future__ import annotations

import pytest

from factkeys import read


def _tasks(body: str, year: int = 2024) -> str:
    # a county's report of January, its tasks part holding BODY
    return (f"某某县{year}年政府工作报告\n——{year}年1月10日在某某县第十八届人民代表大会第三次会议上\n……\n"
            f"二、{year}年重点工作\n（一）扎实推进各项工作。" + body + "\n")


def _pledges(body: str, year: int = 2024) -> list[tuple]:
    return [(p.action, p.object, p.value, p.unit, p.period) for p in read(_tasks(body, year)).pledges]


# a work named right before the count, then “的…任务”: the work is what is counted, the words after 的 say which task
# (before the fix: 搬迁安置, 年度, 开工 as the objects)
@pytest.mark.parametrize("body, obj, value, unit", [
    ("全年完成易地扶贫搬迁2.6万人的搬迁安置任务。", "易地扶贫搬迁", 2.6, "万人"),
    ("确保完成高标准农田建设8万亩的年度目标任务。", "高标准农田建设", 8, "万亩"),
    ("完成棚户区改造1500套的开工任务。", "棚户区改造", 1500, "套"),
])
def test_task_kind_after_count_is_not_the_object(body, obj, value, unit):
    ps = _pledges(body)
    assert [(o, v, u) for _, o, v, u, _ in ps] == [(obj, value, unit)], ps
    assert ps[0][0] == "完成", ps


# look-alikes that must not change: a task verb alone before the count (the work is after it), a status named as the
# task itself, a work with its object before the count and a time word after 的, an action whose object follows the count
@pytest.mark.parametrize("body, obj", [
    ("全年完成5万亩的造林任务。", "造林"),
    ("完成3000人脱贫任务。", "脱贫"),
    ("完成农村改厕4000户的年度任务。", "农村改厕"),
    ("新建800套的安置房任务。", "安置房"),
])
def test_work_after_count_kept(body, obj):
    ps = _pledges(body)
    assert [o for _, o, *_ in ps] == [obj], ps


# a plan named as what the year's work opens: every clause of the sentence is the year's
# (before the fix: the clauses after the ；were 2026-2030)
@pytest.mark.parametrize("lead", ["围绕“十五五”开局，", "确保“十五五”开好局，"])
def test_plan_opening_names_the_year(lead):
    ps = _pledges(lead + "全年安排重点项目150个；其中新开工项目60个，竣工项目40个。", 2026)
    assert {(v, p) for _, _, v, _, p in ps} == {(150, "2026"), (60, "2026"), (40, "2026")}, ps


# look-alikes: the plan's years named as a time, or its opening only described, keep the span
@pytest.mark.parametrize("body", ["“十五五”期间累计新建农村公路800公里。", "“十五五”开局良好，五年新建学校30所。"])
def test_plan_years_kept(body):
    ps = _pledges(body, 2026)
    assert [p for *_, p in ps] == ["2026-2030"], ps


# a status before 项目 and a bound right before the count: the status acts, the bound only bounds the count
# (before the fix: 不少于 as the action)
@pytest.mark.parametrize("body, action, value", [
    ("全年安排重点项目150个，其中新开工项目不少于25个。", "新开工", 25),
    ("全年建成项目不少于18个。", "建成", 18),
])
def test_status_projects_before_bound(body, action, value):
    ps = _pledges(body)
    got = [(a, v) for a, _, v, *_ in ps if v == value]
    assert got == [(action, value)], ps
    assert "项目" in next(o for _, o, v, *_ in ps if v == value)


# look-alikes: a status before 项目 with an action after it (the action acts on them), a bound after an action
@pytest.mark.parametrize("body, action, obj", [
    ("推动新上项目开工建设80个。", "开工建设", "新上项目"),
    ("全年新增规上工业企业不少于15家。", "新增", "规上工业企业"),
])
def test_action_before_bound_kept(body, action, obj):
    ps = _pledges(body)
    assert [(a, o) for a, o, *_ in ps] == [(action, obj)], ps


# 调减 cuts an area by an amount, as 压减 does (before the fix: no pledge)
def test_cut_area_verb():
    assert _pledges("调减籽粒玉米面积12万亩。") == [("调减", "籽粒玉米面积", 12, "万亩", "2024")]
    # the verb it is modelled on, unchanged
    assert _pledges("压减低效茶园面积3万亩。") == [("压减", "低效茶园面积", 3, "万亩", "2024")]


# a named project's year investment after its total: the total joined by 、 in one clause, or the project named as the
# subject of its total (a PDF's wrapped line too) (before the fix: 投资 alone)
@pytest.mark.parametrize("body, obj", [
    ("开工建设滨河片区城市更新项目，总投资18亿元、年内完成投资4亿元以上。", "滨河片区城市更新项目投资"),
    ("城南污水处理厂扩建工程总投资6亿元，年内完成投资2亿元。", "城南污水处理厂扩建工程投资"),
    ("新建道路5条。城南污水处理厂扩建\n工程总投资6亿元，年内完成投资2亿元。", "城南污水处理厂扩建工程投资"),
])
def test_named_project_year_investment(body, obj):
    ps = _pledges(body)
    done = [o.replace("\n", "") for a, o, v, u, _ in ps if a == "完成"]
    assert done == [obj], ps


# look-alikes: projects counted before the total, or the region's projects as a whole, name no single project
@pytest.mark.parametrize("body", ["实施重点项目150个，总投资900亿元、年内完成投资200亿元。",
                                  "全市重点项目总投资900亿元，年内完成投资200亿元。"])
def test_projects_total_kept(body):
    ps = _pledges(body)
    assert [o for a, o, v, *_ in ps if v == 200] == ["投资"], ps
