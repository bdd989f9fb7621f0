"""Session 16 left13p: pledge classes of the task sections of provincial, city and county reports (2023–2026)
left unfixed on unseen reports: a review sentence inside a task item, people and households as the objects of
an action, a lead to the year's tasks inside a part of the plan's goals, the verb's 至 after its object, one
object with a count for each of the things named before (分别为), norms for each household."""
from __future__ import annotations

import pytest

from taskdoc import by_key, keys, year_pledges  # tests/taskdoc.py

HEAD = ("政府工作报告\n——2026年1月8日在某县第十九届人民代表大会第六次会议上\n\n"
        "一、2025年工作回顾\n过去一年，全县地区生产总值增长5.5%。\n\n二、2026年工作安排\n")


def pledges(body: str, head: str = HEAD, year: int = 2026):
    return year_pledges(head + body + "\n", year)


# 1. a review sentence opening a task item: where nothing after it turns to the year in words, the full
# sentences after it are the item's tasks
@pytest.mark.parametrize("body, want, not_want", [
    ("（三）推进乡村振兴。去年全县粮食产量达到52万吨，新建高标准农田2万亩。新建高标准农田3万亩，改造农村公路150公里。",
     {("高标准农田", 3, "万亩"), ("农村公路", 150, "公里")}, ("高标准农田", 2, "万亩")),
    ("（一）壮大工业经济。2025年，全县新增规上工业企业42家。新增规上工业企业40家以上，实施技改项目30个。",
     {("规上工业企业", 40, "家"), ("技改项目", 30, "个")}, ("规上工业企业", 42, "家")),
    ("（二）提升城市品质。近年来，全县累计改造老旧小区120个。改造老旧小区25个，新增停车位2000个。",
     {("老旧小区", 25, "个"), ("停车位", 2000, "个")}, ("老旧小区", 120, "个")),
    ("（四）加强生态建设。过去三年，全县累计完成造林绿化3.6万亩。完成国土绿化1.5万亩。",
     {("国土绿化", 1.5, "万亩")}, ("造林绿化", 3.6, "万亩")),
])
def test_tasks_after_a_review_sentence_in_an_item_are_read(body, want, not_want):
    got = by_key(pledges(body))
    assert want <= set(got), sorted(got)
    assert not_want not in got, sorted(got)
    assert all(got[k].period == "2026" for k in want)


@pytest.mark.parametrize("body, want, not_want", [
    # the review turns to the year in words: the sentences before the turn are the review's (as before)
    ("（三）推进乡村振兴。去年，全县新建改造农村公路80公里。完成危桥改造12座。年内再改造农村公路60公里。",
     {("农村公路", 60, "公里")}, ("危桥改造", 12, "座")),
    ("（一）壮大工业经济。2025年，全县新增规上工业企业42家。培育专精特新企业5家。今年新增规上工业企业40家。",
     {("规上工业企业", 40, "家")}, ("专精特新企业", 5, "家")),
    # one sentence a line (a web page): the review goes on over the line after it, as before
    ("2025年，全县实施重点项目126个。\n新建标准化厂房12万平方米，新增规上工业企业15家。\n"
     "2026年，全县计划新建标准化厂房20万平方米。", {("标准化厂房", 20, "万平方米")}, ("规上工业企业", 15, "家")),
])
def test_a_review_that_turns_to_the_year_still_runs_to_the_turn(body, want, not_want):
    got = keys(pledges(body))
    assert want <= got and not_want not in got, sorted(got)


@pytest.mark.parametrize("opening", ["近三年全县", "近年来，全县", "过去三年，全县", "三年来，全县", "“十四五”以来，全县",
                                     "近两年来，全县"])
def test_a_review_opened_by_recent_years_is_no_pledge(opening):
    got = keys(pledges(f"（三）保障粮食安全。{opening}累计建成高标准农田12万亩。今年新建高标准农田1.5万亩。"))
    assert got == {("高标准农田", 1.5, "万亩")}


def test_a_task_for_recent_years_ahead_is_not_taken_for_a_review():
    got = keys(pledges("（三）保障粮食安全。今后三年，累计建成高标准农田12万亩，今年新建高标准农田1.5万亩。"))
    assert ("高标准农田", 1.5, "万亩") in got


# 2. people and households relocated are what is counted
@pytest.mark.parametrize("sent, want", [
    ("搬迁安置群众2000户。", ("群众", 2000, "户")),
    ("今年新增搬迁安置群众2000户，安置移民1200人。", ("群众", 2000, "户")),
    ("搬迁安置地质灾害受威胁群众800户。", ("地质灾害受威胁群众", 800, "户")),
])
def test_people_relocated_are_the_object(sent, want):
    got = by_key(pledges(sent))
    assert want in got and got[want].action == "搬迁安置", sorted(got)


def test_a_relocation_named_whole_keeps_its_own_object():
    got = keys(pledges("实施易地扶贫搬迁1200户，完成搬迁安置300户。"))
    assert ("易地扶贫搬迁", 1200, "户") in got


# 3. a lead to the year's work inside a part of the plan's goals and the year's work: its items are tasks
GOALS_AND_WORK = ("政府工作报告\n——2026年1月8日在某区第十九届人民代表大会第六次会议上\n\n"
                  "一、2025年和“十四五”时期工作回顾\n过去五年，全区地区生产总值年均增长5.5%。\n\n"
                  "二、“十五五”时期奋斗目标和2026年工作安排\n"
                  "今年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。\n")


@pytest.mark.parametrize("lead", ["做好今年工作，重点抓好以下五个方面：", "今年重点抓好以下几个方面：",
                                  "2026年，我们将重点做好以下工作："])
def test_items_after_a_lead_to_the_years_work_in_a_goals_part_are_tasks(lead):
    body = (lead + "\n一是着力推动科技创新。全年新增高新技术企业80家、科技型企业500家。\n"
            "二是着力保障民生。城镇新增就业2.5万人，新增养老床位300张。")
    got = by_key(pledges(body, head=GOALS_AND_WORK))
    for k in [("高新技术企业", 80, "家"), ("科技型企业", 500, "家"), ("城镇新增就业", 2.5, "万人"), ("养老床位", 300, "张")]:
        assert k in got and got[k].period == "2026", sorted(got)


def test_items_after_a_lead_to_the_plans_years_stay_goals():
    body = ("今后五年，重点抓好以下几个方面：\n一是着力推动科技创新。高新技术企业达到800家。\n"
            "二是着力保障民生。城镇新增就业累计达到12万人，新增养老床位3000张。")
    got = by_key(pledges(body, head=GOALS_AND_WORK))
    assert ("高新技术企业", 800, "家") not in got and ("城镇新增就业", 12, "万人") not in got, sorted(got)


# 4. the verb's 至 written after its object: the level reached is pledged, by "提升至"
@pytest.mark.parametrize("sent, action, obj, value, unit, qual", [
    ("提升农村自来水普及率至92%。", "提升至", "农村自来水普及率", 92, "%", "eq"),
    ("改造农村供水工程300处，提升农村自来水普及率至92%。", "提升至", "农村自来水普及率", 92, "%", "eq"),
    ("提高城市生活垃圾分类覆盖率至90%以上。", "提高至", "城市生活垃圾分类覆盖率", 90, "%", "at_least"),
    ("提高农村自来水普及率到92%。", "提高到", "农村自来水普及率", 92, "%", "eq"),
    ("提高城乡低保标准至每人每月850元。", "提高至", "城乡低保标准", 850, "元", "eq"),
])
def test_the_verbs_to_after_its_object(sent, action, obj, value, unit, qual):
    got = by_key(pledges(sent))
    p = got.get((obj, value, unit))
    assert p is not None and p.action == action and p.qualifier == qual, sorted(got)


@pytest.mark.parametrize("sent, want", [
    ("农村自来水普及率提升至92%。", ("农村自来水普及率", 92, "%")),   # (the usual order, as before)
    ("将企业开办时间压缩至1个工作日。", ("企业开办时间", 1, "个工作日")),
])
def test_the_verb_with_its_to_before_the_level_is_unchanged(sent, want):
    assert want in keys(pledges(sent))


def test_a_place_reached_is_no_level():
    assert keys(pledges("延伸地铁线路至机场5公里。")) == set()


# 5. one object after the verb, a count of it for each of the things named before (分别为)
@pytest.mark.parametrize("sent, obj, values, unit", [
    ("新建改扩建公办幼儿园100所、中小学150所，新增学位分别为3万个和10万个。", "学位", (3, 10), "万个"),
    ("新增学位分别为3万个、10万个。", "学位", (3, 10), "万个"),
])
def test_one_object_with_a_count_for_each(sent, obj, values, unit):
    got = keys(pledges(sent))
    assert all((obj, v, unit) in got for v in values), sorted(got)


def test_a_list_of_objects_with_each_its_count_is_unchanged():
    got = keys(pledges("新建和改造燃气、供水、污水管网分别为200公里、150公里和100公里。"))
    assert got == {("燃气管网", 200, "公里"), ("供水管网", 150, "公里"), ("污水管网", 100, "公里")}
    got = keys(pledges("新增公办幼儿园、中小学学位分别为3万个和10万个。"))
    assert ("公办幼儿园", 3, "万个") in got


def test_rates_for_each_of_one_name_are_not_split():
    assert keys(pledges("进出口分别增长5%和8%。")) == set()


# 6. "至少1人" for each household is a norm, not a total
@pytest.mark.parametrize("sent", ["确保有劳动力的搬迁家庭至少1人就业。", "零就业家庭实现至少1人就业，每户至少1人参加技能培训。"])
def test_at_least_one_for_each_household_is_no_pledge(sent):
    assert keys(pledges(sent)) == set()


def test_at_least_one_in_total_is_a_pledge():
    got = by_key(pledges("新建学校至少1所。"))
    assert got[("学校", 1, "所")].qualifier == "at_least"


# 7. a sentence of a task item dated only by a past year (not opening it), looking nowhere ahead: the figures of
# the year's clause are results
@pytest.mark.parametrize("body, want, not_want", [
    ("（四）推进文旅融合。全县文旅产业持续火爆，2025年接待游客1600万人次。全年接待游客1800万人次以上。",
     ("游客", 1800, "万人次"), ("游客", 1600, "万人次")),
    ("（三）壮大工业经济。全县规上工业企业2025年达到280家。新增规上工业企业15家以上。",
     ("规上工业企业", 15, "家"), ("规上工业企业", 280, "家")),
])
def test_a_past_years_clause_inside_an_item_is_a_result(body, want, not_want):
    got = keys(pledges(body))
    assert want in got, sorted(got)
    assert not any(v == not_want[1] and u == not_want[2] for _, v, u in got), sorted(got)


@pytest.mark.parametrize("body, want", [
    ("巩固2025年创建成果，新建口袋公园8个。", ("口袋公园", 8, "个")),          # the past year in another clause
    ("对2025年开工的30个项目加快建设，新增停车位500个。", ("停车位", 500, "个")),
    ("2025年已建成背街小巷40条，今年再改造35条。", ("背街小巷", 35, "条")),   # a turn to the year (as before)
])
def test_a_past_year_elsewhere_leaves_the_tasks(body, want):
    assert want in keys(pledges(body))


# 8. a lead to the tasks at the end of the paragraph that states the year's target list
LIST = "今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人以上。"
TASKS = {("高新技术企业", 100, "家"), ("5G基站", 2000, "个"), ("养老床位", 500, "张"), ("老旧小区", 80, "个")}


@pytest.mark.parametrize("body", [
    LIST + "做好今年工作，我们要在以下几个方面下功夫：\n一是坚持创新驱动。新增高新技术企业100家，新建5G基站2000个。\n"
           "二是坚持民生优先。新增养老床位500张，改造老旧小区80个。",
    LIST + "围绕上述目标，重点做好以下工作：一是新增高新技术企业100家，新建5G基站2000个；二是新增养老床位500张，"
           "改造老旧小区80个。",
    LIST + "为实现上述目标，今年重点抓好以下六个方面工作：\n（1）新增高新技术企业100家，新建5G基站2000个；\n"
           "（2）新增养老床位500张，改造老旧小区80个。",
])
def test_tasks_after_a_lead_ending_the_target_lists_paragraph(body):
    got = by_key(pledges(body, year=2026))
    assert TASKS <= set(got), sorted(got)
    assert ("城镇新增就业", 5, "万人") not in got  # (the list's item stays a fact)


@pytest.mark.parametrize("body", [
    "今年主要预期目标是：\n一是地区生产总值增长6%左右；\n二是城镇新增就业5万人以上；\n三是新建高标准农田5万亩。",
    "2026年是关键之年。今年经济社会发展的主要预期目标是：\n——地区生产总值增长6%左右；\n——新建高标准农田5万亩。",
    LIST + "主要考虑是：\n——城镇新增就业5万人以上，与常住人口增长相适应。",
])
def test_the_target_lists_own_items_stay_out(body):
    assert keys(pledges(body)) == set()


@pytest.mark.parametrize("opening", ["截至2025年底，全县累计建成5G基站1200个。", "截止2025年末，全县5G基站达到1200个。"])
def test_a_sentence_dated_by_a_past_years_end_is_a_result(opening):
    got = keys(pledges("（二）推进数字赋能。" + opening + "新建5G基站300个。"))
    assert got == {("5G基站", 300, "个")}


@pytest.mark.parametrize("opening", ["巩固2025年创建成果，", "对标2025年全省先进水平，"])
def test_a_past_year_in_an_opening_clause_that_does_more_than_date_leaves_the_task(opening):
    assert keys(pledges("（二）推进数字赋能。" + opening + "新建5G基站300个。")) == {("5G基站", 300, "个")}
