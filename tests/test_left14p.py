"""Session 17 left14p: pledge classes of the task sections of county and district reports (2016–2020 and 2024–2026)
left unfixed on unseen reports: a service done for those named before it (为…免费体检N人次), amounts after two counts
(分别完成投资X、Y), a part after 其中 of what reaches a level, a status after the count of a work named with its verb
(城中村改造项目8个年内全面开工), 分配入住 of homes counted before, funds 落实, units written with an alternative (台（套）), and
a part's investment after a breakdown whose whole's investment was stated."""
from __future__ import annotations

import pytest

from taskdoc import by_key, keys, year_pledges  # tests/taskdoc.py

HEAD = ("政府工作报告\n——2026年1月8日在某县第十九届人民代表大会第六次会议上\n\n"
        "一、2025年工作回顾\n过去一年，全县地区生产总值增长5.5%。\n\n二、2026年工作安排\n（一）推进重点工作\n")


def pledges(body: str, head: str = HEAD, year: int = 2026):
    return year_pledges(head + body + "\n", year)


# 1. a service done for those named before it, with no other verb: the service (how it is done and its verb) is counted
@pytest.mark.parametrize("body, key, action", [
    ("为全县65周岁以上老年人免费体检4.5万人次。", ("免费体检", 4.5, "万人次"), "体检"),
    ("为全县60周岁以上农村老年人免费健康体检3.6万人次。", ("免费健康体检", 3.6, "万人次"), "体检"),
    ("为全市老年人免费筛查5万人次，新建公园3个。", ("免费筛查", 5, "万人次"), "筛查"),
    ("为农村妇女免费两癌筛查3万人。", ("免费两癌筛查", 3, "万人"), "筛查"),
    ("为全市农村适龄妇女免费“两癌”检查1.5万人。", ("免费“两癌”检查", 1.5, "万人"), "检查"),
    ("为老年人健康体检10万人次。", ("健康体检", 10, "万人次"), "体检"),
    ("全年免费体检4.5万人次。", ("免费体检", 4.5, "万人次"), "体检"),
])
def test_a_service_for_those_named_before_it_counts_the_service(body, key, action):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert got[key].action == action
    assert not any(k[0].startswith(("为", "给")) for k in got), sorted(got)


@pytest.mark.parametrize("body, key", [
    # the work named after a task verb stays the task's object, the task verb acts
    ("开展老年人健康体检10万人次。", ("老年人健康体检", 10, "万人次")),
    ("为全市5万名老年人提供免费健康体检。", ("免费健康体检", 5, "万名")),
    ("为3000名困难群众发放救助金。", ("救助金", 3000, "名")),
    ("为困难群众发放救助金3000万元。", ("救助金", 3000, "万元")),
    ("为市场主体减负3亿元。", ("减负", 3, "亿元")),
    ("开展安全生产检查1200次。", ("安全生产检查", 1200, "次")),
])
def test_look_alikes_of_a_service_for_those_named_keep_their_object(body, key):
    assert key in keys(pledges(body))


@pytest.mark.parametrize("body, key, action", [
    # whom it is for before a bound: the first verb after them opens what is counted
    ("为全市60岁以上老年人接种肺炎疫苗不少于2万剂次。", ("肺炎疫苗", 2, "万剂次"), "接种"),
    ("为65周岁以上老年人提供免费健康体检不少于3万人次。", ("免费健康体检", 3, "万人次"), "提供"),
    ("为全县老年人免费体检不少于5万人次。", ("免费体检", 5, "万人次"), "体检"),
    # a count of whom it is for, the service after them with how it is done
    ("为全区2000名环卫工人免费体检。", ("免费体检", 2000, "名"), "体检"),
])
def test_a_service_for_those_named_before_a_bound_or_after_their_count(body, key, action):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert got[key].action == action
    assert not any(k[0].startswith(("为", "不少于")) or k[0].endswith("免费") for k in got), sorted(got)


def test_no_service_without_a_count_nor_one_named_in_the_review():
    assert pledges("为全市老年人免费体检，提高健康管理水平。") == []
    assert keys(pledges("去年为全县老年人免费体检4.2万人次。今年新建村卫生室20个。")) == {("村卫生室", 20, "个")}


# 2. one verb and one object after 分别, one value for each thing the clause before counted
@pytest.mark.parametrize("body, want", [
    ("实施省重点项目8个、市重点项目26个，分别完成投资35亿元、62亿元。",
     {("省重点项目", 8, "个"), ("市重点项目", 26, "个"), ("省重点项目投资", 35, "亿元"), ("市重点项目投资", 62, "亿元")}),
    ("实施工业项目30个、农产品加工项目15个，分别完成投资25亿元和8亿元。",
     {("工业项目投资", 25, "亿元"), ("农产品加工项目投资", 8, "亿元")}),
    ("新建小学2所、初中1所，分别新增学位1800个、1200个。", {("学位", 1800, "个"), ("学位", 1200, "个")}),
])
def test_amounts_after_two_counts_each_go_with_their_count(body, want):
    got = keys(pledges(body))
    assert want <= got, sorted(got)


@pytest.mark.parametrize("body, not_want", [
    # one count before a run of two: not one each
    ("实施省重点项目8个，分别完成投资35亿元、62亿元。", {("省重点项目投资", 35, "亿元"), ("投资", 35, "亿元")}),
    # a size of each (no verb of the vocabulary): no pledge
    ("新建公园3个、游园5个，分别占地20万平方米、8万平方米。", {("占地", 20, "万平方米")}),
])
def test_amounts_after_counts_that_do_not_pair_are_not_split(body, not_want):
    assert not (not_want & keys(pledges(body)))


def test_an_indicator_pair_with_its_names_before_each_stays_a_list():
    got = keys(pledges("城乡居民人均可支配收入分别增长7%和8%。新建学校3所。"))
    assert ("学校", 3, "所") in got
    assert not any(k[0] in ("增长", "") for k in got)


# 3. a part after 其中 of what reaches a level reaches its own level
@pytest.mark.parametrize("body, key", [
    ("外贸进出口总额力争达到7000亿元，其中出口6000亿元。", ("出口", 6000, "亿元")),
    ("粮食播种面积稳定在58万亩，其中小麦30万亩。", ("小麦", 30, "万亩")),
    ("社会消费品零售总额达到300亿元，其中网络零售额50亿元。", ("网络零售额", 50, "亿元")),
])
def test_a_part_after_qizhong_of_a_level_is_pledged(body, key):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert got[key].action in ("达到", "稳定在")


def test_a_level_reaches_no_clause_after_it_that_is_no_breakdown():
    got = keys(pledges("高新技术企业总数达到300家，新增科技型中小企业100家。进出口总额增长5%，其中出口40亿元。"))
    assert ("科技型中小企业", 100, "家") in got
    assert not any(k[0] == "出口" for k in got), sorted(got)


# 4. homes allotted after the count of those built: the homes counted before
def test_homes_allotted_are_the_homes_counted_before():
    got = by_key(pledges("开工建设棚户区改造安置房3200套，基本建成2100套，分配入住1500套。"))
    assert got[("棚户区改造安置房", 1500, "套")].action == "分配入住"
    assert ("入住", 1500, "套") not in got
    assert by_key(pledges("公租房分配入住800套。"))[("公租房", 800, "套")].action == "分配入住"


# 5. a work named with its verb (城中村改造项目) before its count and a status: the name is the object, the status acts
@pytest.mark.parametrize("body, key, action", [
    ("城中村改造项目8个年内全面开工。", ("城中村改造项目", 8, "个"), "开工"),
    ("城中村改造项目开工6个。", ("城中村改造项目", 6, "个"), "开工"),
    ("棚户区改造项目20个全部竣工。", ("棚户区改造项目", 20, "个"), "竣工"),
    ("农村危房改造任务1200户全面完工。", ("农村危房", 1200, "户"), "改造"),
    ("老旧小区改造任务25个年内全面完工。", ("老旧小区", 25, "个"), "改造"),
])
def test_a_work_named_with_its_verb_and_a_status_after_the_count(body, key, action):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert got[key].action == action
    assert not any(k[0] in ("项目", "全面完工") for k in got)


@pytest.mark.parametrize("body, key", [
    ("改造项目开工8个。", ("项目", 8, "个")),  # nothing named before the verb: as before
    ("实施城中村改造项目5个。", ("城中村改造项目", 5, "个")),
    ("新建安置房3000套，年底前全部竣工。", ("安置房", 3000, "套")),
])
def test_look_alikes_of_a_work_named_with_its_verb(body, key):
    assert key in keys(pledges(body))


# 6. 落实 acts on funds right before their amount, as on an area
def test_funds_put_in_place_are_pledged():
    got = by_key(pledges("落实扶贫小额信贷1.2亿元。"))
    assert got[("扶贫小额信贷", 1.2, "亿元")].action == "落实"
    assert pledges("落实170项重大任务。") == []
    assert ("草原禁牧面积", 1.8, "亿亩") in keys(pledges("落实草原禁牧面积1.8亿亩。"))


# 7. verbs of the task sections of 2016–2026 (a unit's bracketed alternative stays out of the unit, as
# test_pledges' "1.2万套（间）" → 万套 has it)
@pytest.mark.parametrize("body, key, action", [
    ("全年汽车以旧换新不少于3万辆，家电以旧换新不少于20万台（套）。", ("家电以旧换新", 20, "万台"), None),
    ("挂牌运营数据交易服务站1个。", ("数据交易服务站", 1, "个"), "挂牌运营"),
    ("提供免费健康体检5万人次。", ("免费健康体检", 5, "万人次"), "提供"),
    ("为老年人提供健康体检服务5万人次。", ("健康体检服务", 5, "万人次"), "提供"),
    ("开展免费健康体检不少于5万人次。", ("免费健康体检", 5, "万人次"), "开展"),
])
def test_units_and_verbs_of_recent_task_sections(body, key, action):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert action is None or got[key].action == action


# 8. after a breakdown, an investment is the part's where the whole's was stated before it (the part's status word stays
# in the object since decision 362: 新开工项目投资, not 项目投资)
@pytest.mark.parametrize("body, key", [
    ("全年实施重点项目100个，完成投资300亿元，其中新开工项目50个，完成投资120亿元。", ("新开工项目投资", 120, "亿元")),
    ("全年谋划实施省市重点项目1000个以上，年度计划完成投资3000亿元；其中，省重点项目150个，年度计划投资900亿元。",
     ("省重点项目年度计划投资", 900, "亿元")),
])
def test_a_parts_investment_after_the_wholes(body, key):
    assert key in keys(pledges(body))


@pytest.mark.parametrize("body", [
    "实施市级重点项目100个，其中新开工项目50个，完成投资300亿元。",  # the whole's or the part's: named neither
    "实施重点项目100个，总投资500亿元，其中新开工项目50个，完成投资120亿元。",  # a total's size is no year's investment
])
def test_an_investment_after_a_breakdown_alone_names_no_projects(body):
    got = keys(pledges(body))
    assert any(k[0] == "投资" for k in got), sorted(got)
    assert not any(k[0].endswith("项目投资") and k[2] == "亿元" for k in got), sorted(got)


# 9. a list written as a table: what is counted, a colon, its figure
@pytest.mark.parametrize("body, want", [
    ("（六）民生实事\n新建农村公路：80公里。\n新增普惠托位：1000个（其中社区嵌入式托位300个）。",
     {("农村公路", 80, "公里"), ("普惠托位", 1000, "个"), ("社区嵌入式托位", 300, "个")}),
    ("改造老旧小区：35个；加装电梯：120部。", {("老旧小区", 35, "个"), ("电梯", 120, "部")}),
])
def test_what_is_counted_a_colon_and_its_figure(body, want):
    got = keys(pledges(body))
    assert want <= got, sorted(got)
    assert not any(k[0].endswith(("：", ":")) for k in got)


@pytest.mark.parametrize("body", [
    "具体为：100个。",  # nothing named before the colon
    "全年新建学校5所，其中：城区3所，农村2所。",  # a figure before the colon: not a name and its figure
])
def test_a_colon_joins_no_figure_to_a_clause_that_names_nothing_or_holds_one(body):
    got = keys(pledges(body))
    assert not any(k[0] in ("具体为", "其中") for k in got), sorted(got)


# 10. a verb that acts only on projects, before a count of something else, is no object; 架次 counts flights
@pytest.mark.parametrize("body, key", [
    ("支持100家企业实施技术改造。", ("企业实施技术改造", 100, "家")),
    ("全年低空飞行突破1万架次。", ("低空飞行", 1, "万架次")),
])
def test_counts_of_firms_a_verb_supports_and_flights(body, key):
    got = keys(pledges(body))
    assert key in got, sorted(got)
    assert not any(k[0] == "支持" for k in got)


def test_a_project_verb_before_projects_still_acts():
    got = by_key(pledges("支持企业研发项目100个。支持100个项目建设。"))
    assert got[("企业研发项目", 100, "个")].action == "支持"
    assert got[("项目", 100, "个")].action == "支持"


def test_support_for_a_work_right_before_its_figure_acts():
    got = by_key(pledges("全年支持汽车以旧换新20万辆以上、家电以旧换新200万台以上。"))
    assert got[("汽车以旧换新", 20, "万辆")].action == "支持"
    assert ("家电以旧换新", 200, "万台") in got
    # support with no figure after it only ends the object of the figure before it
    assert keys(pledges("使用1000亿元失业保险基金支持稳岗。")) == {("失业保险基金", 1000, "亿元")}


@pytest.mark.parametrize("body, key", [
    ("算力规模达到2000P。", ("算力规模", 2000, "P")),
    ("全省算力规模达到10EFLOPS。", ("算力规模", 10, "EFLOPS")),
])
def test_computing_power_units(body, key):
    assert key in keys(pledges(body))
    assert keys(pledges("实施PPP项目10个。")) == {("PPP项目", 10, "个")}


def test_an_items_number_before_whom_a_service_is_for():
    got = by_key(pledges("今年办好以下实事：3.新建城市停车泊位2000个以上；4.为辖区65岁以上老年人提供免费健康体检不少于3万人次；"
                         "5.新增城镇就业5000人。"))
    assert got[("免费健康体检", 3, "万人次")].action == "提供"
    assert ("免费体检", 4, "万人次") in keys(pledges("4.为全县老年人免费体检4万人次。"))
    assert not any(k[0] == "不少于" for k in keys(pledges("职工体检不少于5000人次。")))


def test_a_fields_name_before_a_colon_is_no_object():
    assert pledges("项目名称：城区路灯提质改造；建设规模：800盏。") == []
    assert pledges("新建幼儿园，年度目标：5所。") == []
