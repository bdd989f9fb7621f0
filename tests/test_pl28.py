"""Helper pl28: pledges in the task parts of city, county and district work reports of 2019–2025 (a blind round)."""
from __future__ import annotations

import pytest

from taskdoc import pledges, read  # tests/taskdoc.py


# who moves written before 新增 and the whole work after it: the people moved are what is counted, as without 新增
# ("农村劳动力转移就业1.2万人")
@pytest.mark.parametrize("sent,item", [
    ("城镇新增就业5000人，农村劳动力新增转移就业1万人。", ("新增转移就业", "农村劳动力", 1, "万人")),
    ("全县农村劳动力新增转移就业8000人以上，其中省外转移4000人。", ("新增转移就业", "农村劳动力", 8000, "人")),
    ("农村富余劳动力新增转移输出3万人。", ("新增转移输出", "农村富余劳动力", 3, "万人")),
    ("新增转移就业农村劳动力6000人。", ("新增转移就业", "农村劳动力", 6000, "人")),
])
def test_new_transfer_keeps_who_is_moved(sent, item):
    got = pledges(sent)
    assert item in got, got
    assert not any(p[1] in ("转移就业", "转移输出") for p in got), got


# look-alikes: 新增 before the people and the work, 新增 before 转移支付 (funds, no work), and 城镇新增就业 stay as they were
@pytest.mark.parametrize("sent,item", [
    ("新增农村劳动力转移就业2万人。", ("转移就业", "农村劳动力", 2, "万人")),
    ("全年新增转移农村劳动力1.5万人。", ("转移", "农村劳动力", 1.5, "万人")),
    ("新增转移支付资金5亿元。", ("新增", "转移支付资金", 5, "亿元")),
    ("城镇新增就业3000人。", ("新增", "城镇新增就业", 3000, "人")),
])
def test_other_new_and_transfer_shapes_unchanged(sent, item):
    assert item in pledges(sent)


HEAD = ("某某县2024年政府工作报告\n——2024年1月10日在某某县第十届人民代表大会第三次会议上\n各位代表：\n"
        "一、2023年工作回顾\n过去一年，全县地区生产总值增长5.2%，新建高标准农田3万亩，改造老旧小区20个。\n")


# items of the plan's part numbered 一、 again right after its title and its target list (no line announcing them):
# the part's tasks, whatever their titles say; the parts' own numbering after the run (三、 after 三、) is a part again
@pytest.mark.parametrize("body,items", [
    ("二、2024年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
     "一、壮大产业。新建标准化厂房8万平方米。\n二、提升城市。改造城中村4个。\n三、办好实事。新增公办学位3000个。\n"
     "三、加强政府自身建设。一般性支出压减5%。\n",
     {("标准化厂房", 8, "万平方米"), ("城中村", 4, "个"), ("公办学位", 3000, "个")}),
    ("二、2024年目标任务\n今年主要预期目标：地区生产总值增长6.5%，一般公共预算收入增长5%。\n"
     "一、聚焦乡村振兴\n（一）发展特色产业。新植茶园1.2万亩，培育家庭农场50家。\n"
     "二、聚焦城乡建设\n（一）完善路网。新改建农村公路95公里。\n",
     {("茶园", 1.2, "万亩"), ("家庭农场", 50, "家"), ("农村公路", 95, "公里")}),
])
def test_items_numbered_again_in_the_plan_part_are_its_tasks(body, items):
    doc = read(HEAD + body)
    got = {(p.object, p.value, p.unit) for p in doc.pledges}
    for obj, value, unit in items:
        assert any(obj in o and v == value and u == unit for o, v, u in got), (obj, got)


# look-alikes: items numbered 一、 again under the review stay the review's; a plan part with its items announced by a
# line keeps them as before
def test_items_numbered_again_in_the_review_stay_the_review():
    doc = read(HEAD + "一、稳增长。新建标准化厂房8万平方米。\n二、惠民生。新增公办学位3000个。\n"
               "二、2024年工作安排\n今年主要预期目标：地区生产总值增长6%。\n（一）抓项目。实施重点项目60个。\n")
    got = {(p.object, p.value) for p in doc.pledges}
    assert not any(v in (8, 3000) for _, v in got), got
    assert any(v == 60 for _, v in got), got


# a total's parts by work in a bracket of 其中 right after its figure: each verb acts on its own figure, of the
# total's object, as without the bracket ("…3.5万亩，其中新建2万亩、改造提升1.5万亩")
@pytest.mark.parametrize("sent,items", [
    ("建设高标准农田3.5万亩（其中新建2万亩、改造提升1.5万亩）。",
     {("新建", "高标准农田", 2, "万亩"), ("改造提升", "高标准农田", 1.5, "万亩")}),
    ("全年新建改造城市道路30公里（其中新建12公里、改造18公里）。",
     {("新建", "城市道路", 12, "公里"), ("改造", "城市道路", 18, "公里")}),
    ("改造老旧小区50个（其中新开工30个）。", {("新开工", "老旧小区", 30, "个")}),
])
def test_parts_by_work_in_a_bracket_take_the_totals_object(sent, items):
    got = pledges(sent)
    assert items <= got, got


# look-alikes: a note of what is counted before the figure keeps its verb silent; a part named by a noun in the
# bracket keeps that noun
@pytest.mark.parametrize("sent,item", [
    ("新建学校(含改扩建)12所。", ("新建", "学校", 12, "所")),
    ("新建高标准农田5万亩（其中高效节水灌溉1万亩）。", ("新建", "高效节水灌溉", 1, "万亩")),
    ("新建学校3所（其中小学2所）。", ("新建", "小学", 2, "所")),
])
def test_notes_and_named_parts_unchanged(sent, item):
    assert item in pledges(sent)


# a target list numbered item by item under a sub-section titled for the targets, inside the year's work part: the
# items are the target list (facts), no pledges; the tasks after it still pledge
@pytest.mark.parametrize("body", [
    "二、2024年工作安排\n（一）主要预期目标\n1.地区生产总值增长6.5%左右；\n2.固定资产投资增长9%；\n"
    "3.粮食产量稳定在31万吨以上。\n（二）重点工作\n1.新建高标准农田2.6万亩。\n",
    "二、2024年目标任务\n（一）主要目标\n1、一般公共预算收入增长4.5%；\n2、社会消费品零售总额增长7%；\n"
    "3、城镇调查失业率控制在5.5%以内。\n（二）主要任务\n1、新建高标准农田2.6万亩。\n",
])
def test_numbered_target_items_are_no_pledges(body):
    doc = read(HEAD + body)
    got = {(p.object, p.value, p.unit) for p in doc.pledges}
    assert ("高标准农田", 2.6, "万亩") in got, got
    assert not any(u == "%" or v == 31 for _, v, u in got), got
    assert any(f.role == "target" for f in doc.facts)


# look-alike: a sub-section titled for targets and tasks together keeps its items the year's tasks
def test_targets_and_tasks_title_keeps_items_tasks():
    doc = read(HEAD + "二、2024年目标任务\n（一）主要预期目标和重点任务\n1.新建高标准农田2.6万亩。\n2.改造老旧小区18个。\n")
    got = {(p.object, p.value) for p in doc.pledges}
    assert {("高标准农田", 2.6), ("老旧小区", 18)} <= got, got
