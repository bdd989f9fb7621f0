"""Helper plg38: the year's tasks and their pledges in city, county, district and provincial reports (a blind round)."""
from __future__ import annotations

import pytest

from taskdoc import pledges, task_doc  # tests/taskdoc.py


# 1. works joined by 和/、 right before 各 and one count, the last one ending on its work (筛查, 整治…): one pledge of
# each work, the verb before them acting on each; an item that ends on a work of its own keeps it
@pytest.mark.parametrize("body,want", [
    ("开展孕前优生健康检查和新生儿疾病筛查各5000人。",
     {("开展", "孕前优生健康检查", 5000, "人"), ("开展", "新生儿疾病筛查", 5000, "人")}),
    ("实施病险水库除险加固和山塘清淤整治各15座。",
     {("实施", "病险水库除险加固", 15, "座"), ("实施", "山塘清淤整治", 15, "座")}),
    ("免费开展宫颈癌、乳腺癌筛查各3万人。", {("开展", "宫颈癌筛查", 3, "万人"), ("开展", "乳腺癌筛查", 3, "万人")}),
])
def test_works_joined_before_each_are_one_pledge_each(body, want):
    assert pledges(body) == want


# look-alikes: places sharing the thing built still share it; those a service is for, with no verb before them, are
# not works
def test_places_and_people_before_each_stay_as_they_were():
    assert pledges("新建城区和乡镇污水管网各20公里。") == {("新建", "城区污水管网", 20, "公里"), ("新建", "乡镇污水管网", 20, "公里")}
    assert {o for _, o, _, _ in pledges("为全区老年人和残疾人免费体检各1万人次。")} == {"免费体检"}


# 1b. verbs joined by 和/、 before one object and 各: each verb acts on it, each the value
@pytest.mark.parametrize("body,want", [
    ("新建和改扩建公办幼儿园各4所。", {("新建", "公办幼儿园", 4, "所"), ("改扩建", "公办幼儿园", 4, "所")}),
    ("培育、引进高层次人才各30名。", {("培育", "高层次人才", 30, "名"), ("引进", "高层次人才", 30, "名")}),
])
def test_verbs_joined_before_each_act_each(body, want):
    assert pledges(body) == want


def test_a_chained_verb_without_each_stays_one():
    assert pledges("新建改扩建幼儿园4所。") == {("新建改扩建", "幼儿园", 4, "所")}


# 2. a bracket opened on a size right after a thing's name (全长, 总投资, 床位, N个班…) says what the thing named is
# like: no count of a work, and no part of the object
@pytest.mark.parametrize("body", [
    "加快建设阜阳至淮南高速公路（全长96公里、总投资150亿元）。",
    "开工建设市中医院新院区（床位800张）。",
    "新建城北第二小学（36个班、学位1620个）。",
])
def test_a_size_note_after_a_name_pledges_nothing(body):
    assert pledges(body) == set()


# look-alikes: a bracket after a count is a count of its own (a new count, or the total's part)
def test_a_bracket_after_a_count_still_counts():
    assert ("新增", "学位", 1080, "个") in pledges("新建公办幼儿园4所（新增学位1080个）。")
    assert ("新建", "高标准农田", 2, "万亩") in pledges("建设高标准农田3万亩（其中新建2万亩）。")


# 3. the year's investment with no name in its clause ("年内完成投资…") is that of the project named, with its verb, in
# the clause right before (its total stated between)
@pytest.mark.parametrize("body,obj,value", [
    ("推进沪渝蓉高铁（全长120公里）建设，年内完成投资30亿元。", "沪渝蓉高铁投资", 30),
    ("加快推进城区雨污分流改造工程，年度完成投资2.5亿元。", "城区雨污分流改造工程投资", 2.5),
    ("实施滨江大道提升工程，总投资8亿元，年内完成投资3亿元。", "滨江大道提升工程投资", 3),
])
def test_the_years_investment_of_the_project_named_before(body, obj, value):
    assert pledges(body) == {("完成", obj, value, "亿元")}


def test_a_count_of_projects_before_keeps_decision_11():
    assert ("完成", "重点项目投资", 150, "亿元") in pledges("实施重点项目120个，年内完成投资150亿元。")


# 4. a bound right before the count after an action and its object (不低于, 不少于): the action acts, the bound is the
# qualifier; a rate's level that the bound sets keeps the bound as its verb
@pytest.mark.parametrize("body,want", [
    ("全年争取省级以上资金不低于18亿元。", ("争取", "省级以上资金", 18, "亿元")),
    ("带动农村劳动力就业不少于2000人。", ("带动", "农村劳动力就业", 2000, "人")),
])
def test_a_bound_after_the_object_leaves_the_action(body, want):
    d = task_doc(body, "县")
    assert {(p.action, p.object, p.value, p.unit) for p in d.pledges} == {want}
    assert d.pledges[0].qualifier == "at_least"


@pytest.mark.parametrize("body", ["新入园项目亩均投资强度不低于300万元。", "确保用于产业发展的比例不低于55%。"])
def test_a_rates_bound_stays_its_verb(body):
    assert {a for a, _, _, _ in pledges(body, "县")} == {"不低于"}


# 5. a 民生实事 item numbered in words as a part's items are ("二、", "（三）") before "为N名…": whom the task is for is
# counted, the task named after them is the object, as after "2." or "二是" (it had been "为")
@pytest.mark.parametrize("first,second", [("一、", "二、"), ("（一）", "（二）")])
def test_an_item_numbered_in_words_before_whom_a_task_is_for(first, second):
    body = f"民生实事：\n{first}为2万名困难群众发放临时救助金。\n{second}为1000户困难残疾人家庭实施无障碍改造。"
    got = pledges(body, "县")
    assert {("发放", "临时救助金", 2, "万名"), ("实施", "无障碍改造", 1000, "户")} <= got, got
    assert not any(o == "为" for _, o, _, _ in got), got
