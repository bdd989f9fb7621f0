"""Session 18 left15p: pledge classes of the task sections of county and city reports (2016–2019 and 2025–2026)
left open after left14p: works named with their verbs and joined by 和/与 before one count (推动汽车报废更新和置换更新3万辆),
the service after a count of those it is for (为1.2万名农村适龄妇女免费“两癌”筛查), households counted after a verb alone
(征收安置1200户), two statuses joined (签约落地6个), a plan's span opening a sentence of ；-items, and a list of a plan's
goals led by its span in the tasks part (今后五年主要目标是：…)."""
from __future__ import annotations

import pytest

from taskdoc import by_key, keys, year_pledges  # tests/taskdoc.py

HEAD = ("政府工作报告\n——2026年1月8日在某县第十九届人民代表大会第六次会议上\n\n"
        "一、2025年工作回顾\n过去一年，全县地区生产总值增长5.5%。\n\n二、2026年工作安排\n（一）推进重点工作\n")
HEAD21 = ("某某县人民政府工作报告\n——2021年1月20日在某某县第十七届人民代表大会第五次会议上\n\n各位代表：\n"
          "现在，我代表县人民政府向大会报告工作。\n\n一、“十三五”时期和2020年工作回顾\n五年来，全县地区生产总值年均增长6.5%。\n\n"
          "二、2021年工作安排\n")


def pledges(body: str, head: str = HEAD, year: int = 2026):
    return year_pledges(head + body + "\n", year)


# 1. works named with their verbs, joined by 和/与/及 before one count: one object, the verb before them acts
@pytest.mark.parametrize("body, key, action", [
    ("推动汽车报废更新和置换更新3000辆。", ("汽车报废更新和置换更新", 3000, "辆"), "推动"),
    ("支持汽车置换更新和报废更新5000辆。", ("汽车置换更新和报废更新", 5000, "辆"), "支持"),
    ("实施工业设备更新和技术改造项目300个以上。", ("工业设备更新和技术改造项目", 300, "个"), "实施"),
    ("完成设备购置与更新改造投资20亿元。", ("设备购置与更新改造投资", 20, "亿元"), "完成"),
    ("推进供水管网建设和改造60公里。", ("供水管网建设和改造", 60, "公里"), "推进"),
    ("推动老旧营运车辆报废更新和新能源替代1200辆。", ("老旧营运车辆报废更新和新能源替代", 1200, "辆"), "推动"),
    ("实施农村公路提档升级和安全生命防护工程300公里。", ("农村公路提档升级和安全生命防护工程", 300, "公里"), "实施"),
    ("开展技能培训和创业培训3000人次。", ("技能培训和创业培训", 3000, "人次"), "开展"),
])
def test_works_joined_before_one_count_are_one_object(body, key, action):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert got[key].action == action


@pytest.mark.parametrize("body, key, action", [
    # two verbs joined, then their object: the verbs act together
    ("新建和改造提升农村公路500公里。", ("农村公路", 500, "公里"), "新建和改造提升"),
    ("新建和改扩建中小学校12所。", ("中小学校", 12, "所"), "新建和改扩建"),
    ("引进和培育低空经济企业20家。", ("低空经济企业", 20, "家"), "引进和培育"),
    # a work with its own object after 和, the first work with no verb before it: the later verb acts on its object
    ("新建高标准农田和改造提升农田水利设施5万亩。", ("农田水利设施", 5, "万亩"), "改造提升"),
    # a task verb over works joined: as before
    ("完成农村危房改造和抗震改造1800户。", ("农村危房改造和抗震改造", 1800, "户"), "完成"),
])
def test_look_alikes_of_works_joined_keep_their_reading(body, key, action):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert got[key].action == action


def test_works_joined_across_a_comma_are_not_one_object():
    got = keys(pledges("加快设备更新和技术改造，实施项目300个。"))
    assert ("项目", 300, "个") in got, sorted(got)


# 2. a count of those a service is for, then the service with how it is done: the service is counted
@pytest.mark.parametrize("body, key, action", [
    ("为1.2万名农村适龄妇女免费“两癌”筛查。", ("免费“两癌”筛查", 1.2, "万名"), "筛查"),
    ("为全县3000名新生儿免费听力筛查。", ("免费听力筛查", 3000, "名"), "筛查"),
    ("为2万名学生免费视力筛查。", ("免费视力筛查", 2, "万名"), "筛查"),
    ("为5000名老年人上门体检。", ("上门体检", 5000, "名"), "体检"),
    ("为1.5万名适龄儿童免费窝沟封闭。", ("免费窝沟封闭", 1.5, "万名"), "窝沟封闭"),
    ("为65岁以上老年人免费健康体检12万人次，为1.5万名适龄儿童免费口腔检查。", ("免费口腔检查", 1.5, "万名"), "检查"),
    ("为农村适龄妇女免费“两癌”筛查1.5万人次，为孕妇免费产前筛查6000人。", ("免费产前筛查", 6000, "人"), "筛查"),
])
def test_the_service_after_a_count_of_those_it_is_for_is_counted(body, key, action):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert got[key].action == action
    assert not any(k[0] == "为" or "妇女" in k[0] or "学生" in k[0] for k in got), sorted(got)


@pytest.mark.parametrize("body, key", [
    ("为2000名环卫工人免费体检。", ("免费体检", 2000, "名")),
    ("为3000名困难群众发放救助金。", ("救助金", 3000, "名")),
    ("为5000户困难家庭安装燃气报警器。", ("燃气报警器", 5000, "户")),
    ("为3万户特殊困难老年人家庭实施适老化改造。", ("适老化改造", 3, "万户")),
    ("为全区65岁以上老年人免费接种流感疫苗3万剂次。", ("流感疫苗", 3, "万剂次")),
])
def test_look_alikes_of_a_service_after_those_it_is_for_keep_their_object(body, key):
    assert key in keys(pledges(body))


def test_a_preposition_alone_with_no_service_verb_names_nothing():
    # (the count of those it is for, with no verb of the vocabulary after them: no pledge, not 为 with the verb before)
    got = keys(pledges("新建公园3个，为1万名儿童免费涂氟。"))
    assert got == {("公园", 3, "个")}, sorted(got)


# 3. households or people counted after a verb alone are not more of the things counted before
@pytest.mark.parametrize("body, key, action", [
    ("实施城中村改造项目3个，征收安置1200户。", ("征收安置", 1200, "户"), "征收安置"),
    ("改造老旧小区20个，拆迁安置800户。", ("拆迁安置", 800, "户"), "拆迁安置"),
])
def test_households_after_a_verb_alone_are_the_works_count(body, key, action):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert got[key].action == action
    assert not any(k[2] == "户" and ("项目" in k[0] or "小区" in k[0]) for k in got), sorted(got)


@pytest.mark.parametrize("body, key", [
    ("新建公园5个，改造提升8个。", ("公园", 8, "个")),  # the same unit: more of the same things
    ("改造农村危房500户，新建200户。", ("农村危房", 200, "户")),  # households counted before too
    ("完成易地扶贫搬迁1.6万户5.2万人。", ("易地扶贫搬迁", 5.2, "万人")),  # no verb of its own
    ("开工改造城市棚户区2800套，基本建成1500套。", ("城市棚户区", 1500, "套")),
])
def test_look_alikes_of_households_after_a_verb_still_take_the_object_before(body, key):
    assert key in keys(pledges(body))


# 4. smaller readings of a task item's words
@pytest.mark.parametrize("body, key, action", [
    # two statuses joined after a count: said of what was counted before (not 签, with 约 read as a qualifier)
    ("新谋划PPP项目10个，总投资50亿元，签约落地6个。", ("PPP项目", 6, "个"), "落地"),
    # a task verb is no work's verb inside a name of projects
    ("采用PPP模式推进项目8个。", ("项目", 8, "个"), "推进"),
    # a verb with 区 right before the count names a zone
    ("创建省级衔接乡村振兴集中推进区1个。", ("省级衔接乡村振兴集中推进区", 1, "个"), "创建"),
    ("采用PPP模式推进项目8个，吸引社会资本30亿元。", ("社会资本", 30, "亿元"), "吸引"),
    # the purchase subsidy of a thing, named whole as 以旧换新 is
    ("手机等数码产品购新补贴20万件。", ("手机等数码产品购新补贴", 20, "万件"), "购新补贴"),
])
def test_task_item_words_read_smaller(body, key, action):
    got = by_key(pledges(body))
    assert key in got, sorted(got)
    assert got[key].action == action


@pytest.mark.parametrize("body, key", [
    ("城中村改造项目8个年内全面开工。", ("城中村改造项目", 8, "个")),  # a work's verb in a name of projects
    ("棚户区改造开工3000套。", ("棚户区改造", 3000, "套")),  # a status after the work it is said of
    ("开工建设区人民医院等项目5个。", ("区人民医院等项目", 5, "个")),  # 区 opening a name, not before the count
    ("发放以旧换新补贴2亿元。", ("以旧换新补贴", 2, "亿元")),
])
def test_look_alikes_of_task_item_words_keep_their_reading(body, key):
    assert key in keys(pledges(body))


# 5. a plan's span opening a full sentence dates its ；-items; a list of a plan's goals gives no pledges
def test_a_span_opening_a_sentence_dates_each_semicolon_item():
    got = by_key(pledges("今后五年，全县新增城镇就业5万人；新建高标准农田10万亩；改造老旧小区200个。今年新建高标准农田2万亩。",
                         HEAD21, 2021))
    assert got[("高标准农田", 10, "万亩")].period == "2021-2025"
    assert got[("老旧小区", 200, "个")].period == "2021-2025"
    assert got[("高标准农田", 2, "万亩")].period == "2021"


def test_a_later_year_opening_a_sentence_dates_each_semicolon_item():
    got = by_key(pledges("到2025年，新建高标准农田10万亩；改造老旧小区200个。", HEAD21, 2021))
    assert got[("老旧小区", 200, "个")].period == "2025"


@pytest.mark.parametrize("body, period", [
    ("“十四五”期间，新建高标准农田10万亩；今年新建2万亩。", "2021"),  # the item turning to the year
    ("今年，新建高标准农田2万亩；改造老旧小区2万亩。", "2021"),
    ("新建高标准农田2万亩，到2025年累计建成10万亩；改造老旧小区2万亩。", "2021"),  # the date not opening it
])
def test_look_alikes_of_a_span_opening_keep_the_year(body, period):
    got = [p for p in pledges(body, HEAD21, 2021) if p.value == 2]
    assert got and all(p.period == period for p in got), [(p.object, p.period) for p in got]


@pytest.mark.parametrize("lead", ["今后五年主要目标是：", "今后五年的奋斗目标为：", "“十四五”时期主要目标是：",
                                  "今后五年，全县经济社会发展的主要目标是："])
def test_a_list_of_a_plans_goals_in_the_tasks_gives_no_pledges(lead):
    body = lead + "新增城镇就业5万人；新建高标准农田10万亩；改造老旧小区200个。\n今年重点抓好以下工作：\n（一）新建高标准农田2万亩。"
    got = keys(pledges(body, HEAD21, 2021))
    assert got == {("高标准农田", 2, "万亩")}, sorted(got)


@pytest.mark.parametrize("lead", ["民生实事主要目标是：", "今年民生实事的主要目标是："])
def test_a_parts_own_list_of_goals_keeps_its_pledges(lead):
    got = keys(pledges(lead + "新建幼儿园5所；改造老旧小区20个。", HEAD21, 2021))
    assert {("幼儿园", 5, "所"), ("老旧小区", 20, "个")} <= got, sorted(got)


def test_a_plans_tasks_in_prose_stay_pledges_for_the_span():
    got = by_key(pledges("今后五年，全县新建高标准农田10万亩，改造老旧小区200个。", HEAD21, 2021))
    assert got[("高标准农田", 10, "万亩")].period == "2021-2025"


# 6. a level's divisions alone before a count, with the level's other names in brackets: where, not what is counted
@pytest.mark.parametrize("body, key", [
    ("全市培育特色产业链8条，其中县(区)5条。", ("特色产业链", 5, "条")),
    ("新建标准化厂房20万平方米，其中各县（市、区）12万平方米。", ("标准化厂房", 12, "万平方米")),
    ("新建综合文化站15个，其中乡镇（街道）10个。", ("综合文化站", 10, "个")),
    ("抓好三大产业集群11条产业链、县(区)8条特色产业链。", ("特色产业链", 8, "条")),
])
def test_a_levels_divisions_before_a_count_say_where(body, key):
    got = keys(pledges(body))
    assert key in got, sorted(got)
    assert not any("县" in k[0] or "乡镇" in k[0] for k in got), sorted(got)


@pytest.mark.parametrize("body, key", [
    ("各县(区)培育8条特色产业链。", ("特色产业链", 8, "条")),
    ("新建城市公园5个，其中中心城区3个。", ("城市公园", 3, "个")),
    ("新建幼儿园5所，省级示范园3所。", ("省级示范园", 3, "所")),  # a name, not a level alone
    ("新建社区卫生服务站6个。", ("社区卫生服务站", 6, "个")),
])
def test_look_alikes_of_a_levels_divisions_keep_their_object(body, key):
    assert key in keys(pledges(body))


# 7. a list too long for a name, closed by 等: the words after 等 name what is counted (it was dropped)
def test_a_long_list_closed_by_deng_leaves_its_head_as_the_object():
    got = keys(pledges("对建档立卡贫困户、低保户、农村分散供养特困人员和贫困残疾人家庭等四类重点对象危房改造1300户，做到应改尽改。"))
    assert ("四类重点对象危房", 1300, "户") in got, sorted(got)


def test_a_short_list_closed_by_deng_keeps_its_reading():
    got = keys(pledges("发展食用菌、花卉苗木等特色产业3万亩。"))
    assert ("食用菌、花卉苗木等特色产业", 3, "万亩") in got, sorted(got)


# 8. 适配 is a service's verb (辅助器具适配 for the disabled)
def test_fitting_aids_for_those_named_before_is_counted():
    got = by_key(pledges("为3000名残疾人免费适配辅助器具。"))
    assert got[("辅助器具", 3000, "名")].action == "适配"


# 9. once (一次/一轮 before the work) says how often, it counts nothing; whom it is for after 辖区内 is counted
def test_once_before_a_service_is_no_count_and_those_it_is_for_are():
    got = keys(pledges("为辖区内4万名65岁以上老年人提供一次免费健康体检。"))
    assert not any(k[2] == "次" for k in got), sorted(got)
    assert any(k[1:] == (4, "万名") and "体检" in k[0] for k in got), sorted(got)


def test_once_a_half_year_is_no_pledge():
    assert pledges("上下半年各组织开展一次重点项目观摩活动，新建公园3个。").__len__() == 1


@pytest.mark.parametrize("body, key", [
    ("新建幼儿园一所。", ("幼儿园", 1, "所")),
    ("每年开展两次培训，新建公园3个。", ("公园", 3, "个")),
])
def test_look_alikes_of_once_keep_their_counts(body, key):
    assert key in keys(pledges(body))


# 10. 分别 opening a clause of objects each with its own count after a verb only stresses the list
@pytest.mark.parametrize("body, want", [
    ("全年化解钢铁过剩产能150万吨，分别关闭退出煤矿12处、钢铁企业3家。", {("煤矿", 12, "处"), ("钢铁企业", 3, "家")}),
    ("分别新建学校3所、幼儿园5所。", {("学校", 3, "所"), ("幼儿园", 5, "所")}),
])
def test_fenbie_before_objects_each_counted_reads_as_without_it(body, want):
    got = keys(pledges(body))
    assert want <= got, sorted(got)


@pytest.mark.parametrize("body, not_want", [
    ("PM2.5、PM10平均浓度分别低于35、70微克/立方米。", 35),  # a bound for values listed: facts
    ("两地分别达到3亿元、5亿元。", 3),
])
def test_look_alikes_of_a_redundant_fenbie_give_nothing(body, not_want):
    assert not any(p.value == not_want for p in pledges(body))


def test_fenbie_after_the_things_counted_before_still_pairs_them():
    got = keys(pledges("新建小学2所、初中1所，分别新增学位1800个、1200个。"))
    assert {("学位", 1800, "个"), ("学位", 1200, "个")} <= got, sorted(got)


# 11. 约 or 近 ending a word before the figure (签约, 节约, 就近) is no "about"
@pytest.mark.parametrize("body, key, qual", [
    ("全年计划完成PPP项目签约15个、总投资90亿元。", ("PPP项目", 15, "个"), "eq"),
    ("全年新增就业约5000人。", ("就业", 5000, "人"), "about"),
    ("新建学校近10所。", ("学校", 10, "所"), "about"),
])
def test_yue_ending_a_word_is_no_qualifier(body, key, qual):
    got = by_key(pledges(body))
    assert got[key].qualifier == qual


# 12. an item ended by its own verb before a 、 is no part of what reaches the level after it
@pytest.mark.parametrize("body, key", [
    ("实现乡镇电商服务站全覆盖、村级服务点覆盖率达到80%。", ("村级服务点覆盖率", 80, "%")),
    ("实现行政村快递服务全覆盖、农村物流配送体系覆盖率达到90%。", ("农村物流配送体系覆盖率", 90, "%")),
])
def test_an_item_with_its_own_verb_before_a_level_is_cut_off(body, key):
    got = keys(pledges(body))
    assert key in got, sorted(got)
    assert not any("全覆盖" in k[0] for k in got), sorted(got)


def test_names_listed_before_one_level_each_reach_it():
    got = keys(pledges("城乡居民医保参保率、养老保险参保率均达到95%。"))
    assert {("城乡居民医保参保率", 95, "%"), ("养老保险参保率", 95, "%")} <= got, sorted(got)


# 13. a place alone before the verb of a count with no object of its own: the things counted before
@pytest.mark.parametrize("body, key", [
    ("市本级新建停车位3000个、各县区新建2000个。", ("停车位", 2000, "个")),
    ("新建公园5个，乡镇新建8个。", ("公园", 8, "个")),
])
def test_a_place_before_the_verb_of_a_bare_count_says_where(body, key):
    got = keys(pledges(body))
    assert key in got, sorted(got)
    assert not any(k[0] in ("各县区", "乡镇") for k in got), sorted(got)


@pytest.mark.parametrize("body, key", [
    ("各县区新建停车位2000个。", ("停车位", 2000, "个")),  # its own object after the verb
    ("新建公园5个，乡镇新建游园8个。", ("游园", 8, "个")),
])
def test_look_alikes_of_a_place_before_the_verb_keep_their_object(body, key):
    assert key in keys(pledges(body))
