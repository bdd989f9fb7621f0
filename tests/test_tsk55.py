"""The year's tasks parts of older reports (2016–2019), pledges, blind (tsk55, decision 445): a status verb before a
work named by its verb ("开工建设各类棚户区改造1.2万套": 开工建设 | 各类棚户区改造, not 改造 | 各类棚户区); a standard per
head before whom it is for picked out by an age ("按每人每月100元标准为80岁以上老人发放高龄津贴"); a five-year plan's
name that only names the work counted right after it (“十三五”生态移民1.1万人: the year's, not 2016-2020); and a count
for this year whose object is named in last year's clause before it ("去年完成易地扶贫搬迁860户，今年再完成320户")."""
import pytest

import planwatch


def _page(year: int, body: str, level: str = "县") -> str:
    place = "某某" + level
    return (f"{place}{year}年政府工作报告\n——{year}年2月10日在{place}第十六届人民代表大会第二次会议上\n……\n"
            f"二、{year}年重点工作\n{body}\n")


def _pledges(body: str, year: int = 2017, level: str = "县"):
    text = _page(year, body, level)
    doc = planwatch.read_text(text, "t.txt")
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return doc.pledges


def _keys(body: str, year: int = 2017) -> set[tuple[str, str, float, str, str]]:
    return {(p.action, p.object, p.value, p.unit, p.period) for p in _pledges(body, year)}


# 1. a status verb (开工建设, 建成, 竣工) before a work named with its verb: the status acts on the work (as 开工,
# 新开工 and 完成 do), the work is what is counted (改造 acted on what stands before it)
@pytest.mark.parametrize("body,action,obj,value,unit", [
    ("开工建设各类棚户区改造1.2万套。", "开工建设", "各类棚户区改造", 1.2, "万套"),
    ("全年开工建设棚户区改造1600套。", "开工建设", "棚户区改造", 1600, "套"),
    ("开工建设城中村改造2个。", "开工建设", "城中村改造", 2, "个"),
    ("竣工棚户区改造500套。", "竣工", "棚户区改造", 500, "套"),
    ("开工建设农村危房改造300户，新建农村公路50公里。", "开工建设", "农村危房改造", 300, "户"),
    ("建成城镇老旧小区改造12个。", "建成", "城镇老旧小区改造", 12, "个"),
])
@pytest.mark.parametrize("year", [2016, 2018])
def test_a_status_before_a_work_named_by_its_verb_acts_on_the_work(body, action, obj, value, unit, year):
    assert (action, obj, value, unit, str(year)) in _keys(body, year)


@pytest.mark.parametrize("body,action,obj,value,unit", [
    # (look-alikes that must not change: the status before a thing, not a work; a work's project; 开工 already marked)
    ("开工建设各类安置房800套。", "开工建设", "各类安置房", 800, "套"),
    ("开工建设棚户区改造项目12个。", "开工建设", "棚户区改造项目", 12, "个"),
    ("开工棚户区改造900套。", "开工", "棚户区改造", 900, "套"),
    ("竣工安置房2000套。", "竣工", "安置房", 2000, "套"),
    ("建成标准厂房10万平方米。", "建成", "标准厂房", 10, "万平方米"),
    ("实现50个重点项目开工建设。", "开工建设", "重点项目", 50, "个"),
])
def test_a_status_before_a_thing_is_read_as_before(body, action, obj, value, unit):
    assert (action, obj, value, unit, "2017") in _keys(body)


# 2. a standard per head before its verb, whom it is for picked out by an age: the allowance after the verb is the
# object, the quote opens at 按 (the age stopped the reading: 标准为80岁以上老人发放高龄津贴 was the object)
@pytest.mark.parametrize("body,action,obj,value", [
    ("按每人每月100元标准为80岁以上老人发放高龄津贴。", "发放", "高龄津贴", 100),
    ("按每人每年300元的标准为60周岁以上老年人购买意外伤害保险。", "购买", "意外伤害保险", 300),
    ("按每人每月200元标准为全县90周岁以上农村老年人发放生活补贴。", "发放", "生活补贴", 200),
])
def test_a_standard_for_those_of_an_age_gives_the_allowance(body, action, obj, value):
    ps = [p for p in _pledges(body) if p.unit == "元"]
    assert [(p.action, p.object, p.value) for p in ps] == [(action, obj, value)]
    assert ps[0].quote.startswith("按")


@pytest.mark.parametrize("body,kept", [
    # (look-alikes: whom with no age, read as before; a count of people before the service pledges the count)
    ("按照每人每年2000元标准为百岁老人发放长寿补贴。", ("发放", "长寿补贴", 2000, "元")),
    ("按每人每月80元标准为农村五保对象增发生活补贴。", ("增发", "生活补贴", 80, "元")),
    ("为全县65岁以上老年人免费体检2万人次。", ("体检", "免费体检", 2, "万人次")),
])
def test_a_standard_or_service_without_an_age_is_read_as_before(body, kept):
    assert kept in {k[:4] for k in _keys(body)}


# 3. a plan's name that only names the work counted right after it (易地扶贫搬迁, 生态移民 of cues.tsv
# plan_named_works): the year's count, and the plan's name is part of the object (it was the plan's span, 2016-2020,
# and “十三五” alone the object)
@pytest.mark.parametrize("body,action,obj,value,unit", [
    ("易地扶贫搬迁1.6万人，其中“十三五”生态移民1.1万人。", "易地扶贫搬迁", "“十三五”生态移民", 1.1, "万人"),
    ("实施“十三五”易地扶贫搬迁3000人。", "实施", "“十三五”易地扶贫搬迁", 3000, "人"),
    ("今年完成“十三五”易地扶贫搬迁1200户。", "完成", "“十三五”易地扶贫搬迁", 1200, "户"),
    ("开工建设“十三五”易地扶贫搬迁安置点8个。", "开工建设", "“十三五”易地扶贫搬迁安置点", 8, "个"),
])
@pytest.mark.parametrize("year", [2017, 2019])
def test_a_plan_naming_the_work_counted_is_no_span(body, action, obj, value, unit, year):
    assert (action, obj, value, unit, str(year)) in _keys(body, year)


@pytest.mark.parametrize("body,value,unit", [
    # (look-alikes: the plan's years or its total named, the span stays)
    ("“十三五”期间累计完成易地扶贫搬迁6万人。", 6, "万人"),
    ("“十三五”时期新建农村公路1000公里。", 1000, "公里"),
    ("累计完成“十三五”易地扶贫搬迁5.6万人。", 5.6, "万人"),
])
def test_a_plans_years_or_total_keep_its_span(body, value, unit):
    got = [p for p in _pledges(body) if (p.value, p.unit) == (value, unit)]
    assert got and all(p.period == "2016-2020" for p in got)


# 4. this year's count with no object of its own, the verb said first in last year's clause with its count right
# after the object: the object is what stands before last year's count (the whole task was lost)
@pytest.mark.parametrize("body,expect", [
    ("去年完成易地扶贫搬迁860户，今年再完成320户。", {("再完成", "易地扶贫搬迁", 320, "户")}),
    ("去年我县完成易地扶贫搬迁860户，今年再完成320户1100人。",
     {("再完成", "易地扶贫搬迁", 320, "户"), ("再完成", "易地扶贫搬迁", 1100, "人")}),
    ("去年完成棚户区改造2000套，今年再完成1500套。", {("再完成", "棚户区改造", 1500, "套")}),
    ("去年实施易地扶贫搬迁500人，今年实施800人。", {("实施", "易地扶贫搬迁", 800, "人")}),
    ("去年完成造林5万亩，今年完成6万亩。", {("完成", "造林", 6, "万亩")}),
])
@pytest.mark.parametrize("year", [2018, 2019])
def test_this_years_count_after_last_years_takes_its_object(body, expect, year):
    got = {k[:4] for k in _keys(body, year) if k[4] == str(year)}
    assert got == expect


@pytest.mark.parametrize("body,expect", [
    # (look-alikes that must not change: an object of its own, or last year's count only)
    ("去年新建农村公路300公里，今年再新建200公里。", {("再新建", "农村公路", 200, "公里")}),
    ("去年退出贫困村10个，今年再退出6个。", {("再退出", "贫困村", 6, "个")}),
    ("去年建成“四好农村路”100公里，今年再建120公里。", {("再建", "“四好农村路”", 120, "公里")}),
    ("去年完成易地扶贫搬迁860户。", set()),
    ("去年改造86个，今年计划改造92个。", set()),
])
def test_this_years_count_with_its_own_object_is_read_as_before(body, expect):
    assert {k[:4] for k in _keys(body, 2018)} == expect
