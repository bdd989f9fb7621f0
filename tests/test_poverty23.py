"""Session 23 poverty23: county reports of the 脱贫攻坚 years (2016–2021) — the relocated and the households watched
against a return to poverty, counts of households and their persons for whom a work is done, a population's size,
one name with a count each after 分别, the area of a work whose verb closes its name, jobs of a relocation's
follow-up."""
from __future__ import annotations

import pytest

from factkeys import keys_of, pledged, read, val  # tests/factkeys.py

HEAD = ("政府工作报告\n——2020年1月9日在威宁彝族回族苗族自治县第十八届人民代表大会第五次会议上\n"
        "一、2019年工作回顾\n全县地区生产总值增长9%。\n二、2020年工作安排\n（一）坚决夺取脱贫攻坚全面胜利\n")


def doc(sent: str):
    return read(HEAD + sent + "\n", "x.txt", report_year=2020, region="威宁彝族回族苗族自治县", level="county")


def objects(d, value, unit):
    return {p.object for p in d.pledges if p.value == value and p.unit == unit}


# words opening with 脱贫 or 搬迁 that name people (the relocated, those watched), not the verb
@pytest.mark.parametrize("sent,value,unit,obj", [
    ("搬迁劳动力就业率稳定在95%以上。", 95, "%", "搬迁劳动力就业率"),
    ("易地扶贫搬迁群众就业率达到90%。", 90, "%", "易地扶贫搬迁群众就业率"),
    ("对5600户2.3万名边缘户和脱贫监测户实行动态监测帮扶。", 5600, "户", "边缘户和脱贫监测户"),
    ("对5600户2.3万名边缘户和脱贫监测户实行动态监测帮扶。", 2.3, "万名", "边缘户和脱贫监测户"),
    ("对1200户脱贫不稳定户开展动态监测。", 1200, "户", "脱贫不稳定户"),
])
def test_the_relocated_and_the_watched_are_people(sent, value, unit, obj):
    d = doc(sent)
    assert obj in objects(d, value, unit)
    assert all(p.action != "脱贫" and p.action != "搬迁" for p in d.pledges)


# look-alikes: 脱贫 and 搬迁 still act where they do
@pytest.mark.parametrize("sent,value,unit,action", [
    ("确保1.9万贫困人口脱贫。", 1.9, "万人", "脱贫"),
    ("完成易地扶贫搬迁3150户1.52万人。", 1.52, "万人", "完成"),
    ("搬迁安置建档立卡贫困人口6800户2.9万人。", 6800, "户", "搬迁安置"),
])
def test_poverty_verbs_still_act(sent, value, unit, action):
    d = doc(sent)
    assert any(p.action == action and p.value == value and p.unit == unit for p in d.pledges)


# 转移就业 acts on the labour named after it
@pytest.mark.parametrize("sent,value,obj", [
    ("全年转移就业贫困劳动力2万人以上。", 2, "贫困劳动力"),
    ("转移就业农村劳动力2万人以上。", 2, "农村劳动力"),
])
def test_transfer_acts_on_the_labour_after_it(sent, value, obj):
    d = doc(sent)
    assert (obj, value, "万人") in pledged(d)


def test_transfer_alone_stays_whole():
    assert ("转移就业", 1.5, "万人") in pledged(doc("全年转移就业1.5万人。"))


def test_rural_labour_transfer_fact_kept():
    fs = keys_of(doc("转移就业农村劳动力2万人以上。"))
    assert val(fs, ("rural_labor_transfer", "target", "2020", "level")) == (2, "at_least")


# the persons of households counted for the same work, when whom it is for is after them
def test_households_and_persons_for_one_work():
    d = doc("为1200户3600名困难群众免费体检。")
    assert objects(d, 1200, "户") == objects(d, 3600, "名") == {"免费体检"}


def test_households_and_persons_with_the_object_after_unchanged():
    d = doc("解决2.1万户7.6万人饮水安全问题。")
    assert ("饮水安全问题", 2.1, "万户") in pledged(d) and ("饮水安全问题", 7.6, "万人") in pledged(d)


# a population's size is no count done
@pytest.mark.parametrize("sent", [
    "把县城建成30万人口的区域中心城市。",
    "建成10万人口的产业新城。",
])
def test_population_size_is_no_pledge(sent):
    assert not doc(sent).pledges


@pytest.mark.parametrize("sent,obj,value,unit", [
    ("减少农村贫困人口2.3万人。", "农村贫困人口", 2.3, "万人"),
    ("新增城镇人口2万人。", "城镇人口", 2, "万人"),
])
def test_people_counted_are_still_pledged(sent, obj, value, unit):
    assert (obj, value, unit) in pledged(doc(sent))


# one name before 分别 and its level verb: a count of it for each value
@pytest.mark.parametrize("sent,expect", [
    ("牛羊饲养量分别达到8万头和120万只。", {("牛羊饲养量", 8, "万头"), ("牛羊饲养量", 120, "万只")}),
    ("猪牛羊存栏分别达到30万头、5万头和60万只。",
     {("猪牛羊存栏", 30, "万头"), ("猪牛羊存栏", 5, "万头"), ("猪牛羊存栏", 60, "万只")}),
])
def test_one_name_a_count_each_after_each(sent, expect):
    assert expect <= pledged(doc(sent))


def test_each_with_names_joined_keeps_its_reading():
    d = doc("城乡低保标准分别提高到每人每月800元和600元。")
    assert {("城市低保标准", 800, "元"), ("农村低保标准", 600, "元")} <= pledged(d)


def test_each_with_rates_not_read_as_one_name():
    d = doc("肉牛、肉羊出栏分别增长8%和10%。")
    assert not any(p.object == "肉牛、肉羊出栏" for p in d.pledges)


# the area of a work whose own verb closes its name
@pytest.mark.parametrize("sent,obj", [
    ("实施祖厉河流域水土流失综合治理，治理面积50平方公里。", "祖厉河流域水土流失综合治理面积"),
    ("开展小流域综合治理，治理面积30平方公里。", "小流域综合治理面积"),
])
def test_area_of_the_work_before(sent, obj):
    assert any(p.object == obj for p in doc(sent).pledges)


def test_area_after_a_long_name_of_another_verb_stays_bare():
    d = doc("加快建设祖厉河流域水土流失综合治理示范区，新增面积3万亩。")
    assert all(p.object != "祖厉河流域水土流失综合治理示范区面积" for p in d.pledges)


# jobs of a relocation's follow-up are the relocated's, not the county's urban new jobs
def test_jobs_of_the_relocated_are_no_urban_new_jobs():
    d = doc("做好易地扶贫搬迁后续扶持，新建扶贫车间10个，新增就业岗位3000个，为搬迁群众办理就业技能培训1.5万人次。"
            "城镇新增就业5000人。")
    fs = keys_of(d)
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (5000, "eq")
    assert ("就业岗位", 3000, "个") in pledged(d)


def test_jobs_in_a_sentence_of_their_own_stay_urban_new_jobs():
    fs = keys_of(doc("全年新增就业岗位3000个。"))
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (3000, "eq")


# a five-year part whose paragraph opens on the plan's years with its 总体目标是: its 预期目标 list is the plan's
PLAN = ("政府工作报告\n——2017年1月6日在康保县第十五届人民代表大会第一次会议上\n一、过去五年工作回顾\n全县生产总值增长6.8%。\n"
        "二、今后五年的奋斗目标\n")


def plan_doc(par: str):
    return read(PLAN + par + "\n三、2017年工作安排\n全县生产总值增长7%；森林覆盖率提高到21%。\n", "x.txt",
                report_year=2017, region="康保县", level="county")


def test_plan_goal_list_after_the_plans_aim():
    fs = keys_of(plan_doc("今后五年政府工作的总体目标是：确保2018年全县贫困人口全部脱贫、贫困县摘帽，到2020年与全省全市同步全面建成"
                          "小康社会。主要预期目标是：全县生产总值年均增长7%以上；森林覆盖率达到25%。"))
    assert val(fs, ("forest_coverage", "goal", "2017-2021", "share")) == (25, "eq")
    assert val(fs, ("forest_coverage", "target", "2017", "share")) == (21, "eq")


def test_this_years_list_after_a_plan_sentence_stays_targets():
    d = read(PLAN.replace("二、今后五年的奋斗目标\n", "二、2017年工作安排\n") + "今后五年政府工作的总体目标是：到2020年与全省同步全面建成小康社会。"
             "今年主要预期目标是：森林覆盖率达到21%。\n", "x.txt", report_year=2017, region="康保县", level="county")
    assert val(keys_of(d), ("forest_coverage", "target", "2017", "share")) == (21, "eq")


# the capacity of all the things just counted is theirs
@pytest.mark.parametrize("sent,expect", [
    ("新建村级光伏扶贫电站80座，总装机容量2.4万千瓦。", ("村级光伏扶贫电站", 2.4, "万千瓦")),
    ("新建小型水库3座，总库容500万立方米。", ("小型水库", 500, "万立方米")),
])
def test_capacity_of_all_counted(sent, expect):
    assert expect in pledged(doc(sent))


def test_capacity_with_its_own_verb_stays():
    assert ("装机容量", 50, "万千瓦") in pledged(doc("新增装机容量50万千瓦。"))


# a bound with 的 after it picks out whom or what: no level reached, nor the action of the count after it
@pytest.mark.parametrize("sent", [
    "将人均年纯收入低于3500元的贫困户全部纳入低保。",
    "对年收入低于5000元的脱贫户实行重点帮扶。",
])
def test_threshold_is_no_pledge(sent):
    assert not doc(sent).pledges


def test_threshold_before_a_count_leaves_the_action():
    d = doc("培育年营业收入超过1亿元的企业10家。")
    assert [(p.action, p.value, p.unit) for p in d.pledges] == [("培育", 10, "家")]


def test_level_to_exceed_stays_a_pledge():
    d = doc("旅游综合收入超过50亿元，城镇新增就业5000人。")
    assert any(p.value == 50 and p.unit == "亿元" for p in d.pledges)


# a standard for each household or mu, as for each person
@pytest.mark.parametrize("sent,obj,value,unit", [
    ("低保标准提高到每户2万元。", "低保标准", 2, "万元"),
    ("农村低保标准提高到每人每年3500元。", "农村低保标准", 3500, "元"),
])
def test_standard_per_household(sent, obj, value, unit):
    assert (obj, value, unit) in pledged(doc(sent))


def test_count_for_each_place_stays_a_norm():
    assert not doc("每个贫困村培育1个主导产业。").pledges


# a news paragraph whose first sentence tells what the report says the year will do: its later sentences restate the plan
NEWS = ("东乡县政府工作报告：今年地区生产总值力争增长8%\n来源：临夏新闻网　　发布时间：2021-01-12 09:35\n\n"
        "1月11日，东乡族自治县第十七届人民代表大会第六次会议开幕。县长马建新代表县人民政府向大会作政府工作报告。\n\n"
        "报告指出，2020年全县地区生产总值增长4.2%。\n\n")


def news(par: str):
    return read(NEWS + par + "\n", "x.txt", report_year=2021, region="东乡族自治县", level="county")


def test_news_paragraph_told_by_the_report_goes_on():
    d = news("报告明确，今年要严格落实“四个不摘”要求，保持主要帮扶政策总体稳定，对全县脱贫不稳定户、边缘易致贫户落实动态监测"
             "帮扶措施。完成易地扶贫搬迁后续扶持任务，新建扶贫车间20个。新建高标准农田3万亩，完成农村户厕改造4000座。")
    got = pledged(d)
    assert ("高标准农田", 3, "万亩") in got and ("农村户厕改造", 4000, "座") in got
    assert any(o.startswith("扶贫车间") and v == 20 for o, v, u in got)


def test_news_paragraph_told_by_the_report_stops_at_a_look_back():
    d = news("报告明确，今年要严格落实“四个不摘”要求，保持主要帮扶政策总体稳定。去年全县新建扶贫车间48个，吸纳就业2600人。")
    assert not any(p.value == 48 for p in d.pledges)


def test_news_paragraph_not_told_by_the_report_stays_unread():
    d = news("马建新说，今年要严格落实“四个不摘”要求，保持主要帮扶政策总体稳定。全县新建扶贫车间20个。")
    assert not any(p.value == 20 for p in d.pledges)


# a verb in another name for what is counted, bracketed right before its count, does not act
def test_gloss_before_the_count():
    d = doc("新建扶贫车间（帮扶车间）20个。")
    assert [(p.action, p.value) for p in d.pledges] == [("新建", 20)]
    assert d.pledges[0].object.startswith("扶贫车间")


def test_note_with_its_verb_unchanged():
    assert ("学校", 12, "所") in pledged(doc("新建学校(含改扩建)12所。"))


def test_whole_work_before_each_keeps_the_list():
    got = pledged(doc("全年新增城镇就业、农村劳动力转移就业各1万人。"))
    assert ("城镇就业", 1, "万人") in got and ("农村劳动力转移就业", 1, "万人") in got


# a rate's name alone and its share, after a level verb's clause: the verb reaches it
@pytest.mark.parametrize("sent,obj,value", [
    ("县城空气质量优良天数比例保持在95%以上，地表水国控断面水质达标率100%。", "地表水国控断面水质达标率", 100),
    ("农村自来水普及率达到90%，规模化供水工程覆盖率60%。", "规模化供水工程覆盖率", 60),
])
def test_level_verb_reaches_a_bare_rate(sent, obj, value):
    assert (obj, value, "%") in pledged(doc(sent))


def test_bare_rate_after_a_count_is_not_reached():
    d = doc("新建污水处理厂2座，污水处理率95%。")
    assert not any(p.value == 95 for p in d.pledges)


# subjects counted before 分别 share out the values: no count of one name
@pytest.mark.parametrize("sent", ["两地分别达到3亿元、5亿元。", "两个园区产值分别达到50亿元、30亿元。"])
def test_each_over_counted_subjects_gives_no_shared_name(sent):
    assert not doc(sent).pledges


def test_counted_result_in_a_told_paragraph_is_no_pledge():
    d = news("报告明确，今年要严格落实“四个不摘”要求，保持主要帮扶政策总体稳定。据统计，全县累计建成扶贫车间48个。")
    assert not any(p.value == 48 for p in d.pledges)


# a standard named by its work, raised to a rate per household or person
@pytest.mark.parametrize("sent,obj,value,unit", [
    ("贫困户危房改造补助标准提高到每户2万元。", "贫困户危房改造补助标准", 2, "万元"),
    ("危房改造补助标准提高到每人每年3500元。", "危房改造补助标准", 3500, "元"),
])
def test_standard_named_by_its_work(sent, obj, value, unit):
    d = doc(sent)
    assert (obj, value, unit) in pledged(d)
    assert all(p.action == "提高到" for p in d.pledges)


def test_level_before_a_noun_after_an_action_unchanged():
    assert any(p.action == "建设" and p.value == 10 for p in doc("建设达到国家标准的养老机构10家。").pledges)


def test_bare_rate_after_another_kind_of_level_is_not_reached():
    d = doc("高标准农田面积达到30万亩，农田水利设施完好率90%。")
    assert not any(p.value == 90 for p in d.pledges)


# a status named as the task itself counts those it comes to
@pytest.mark.parametrize("sent,value,unit", [
    ("确保全面完成2000人脱贫任务。", 2000, "人"),
    ("确保完成5.2万人脱贫任务、42个贫困村出列。", 5.2, "万人"),
])
def test_poverty_task_counted(sent, value, unit):
    d = doc(sent)
    assert any(p.value == value and p.unit == unit and "脱贫" in p.object for p in d.pledges)


def test_status_after_a_works_count_stays_out_of_the_object():
    d = doc("完成易地扶贫搬迁1.8万人入住。")
    assert ("易地扶贫搬迁", 1.8, "万人") in pledged(d)


# with 对, a verb that does not act here still ends whom the work is for
@pytest.mark.parametrize("sent,value,unit,obj", [
    ("对1.2万名监测对象落实帮扶措施。", 1.2, "万名", "监测对象"),
    ("对1200户脱贫不稳定户开展动态监测。", 1200, "户", "脱贫不稳定户"),
    ("对6所义务教育学校进行校舍改造。", 6, "所", "义务教育学校"),
])
def test_whom_a_work_is_done_to(sent, value, unit, obj):
    assert (obj, value, unit) in pledged(doc(sent))


# an income's average as the comparator of another's is no figure of the indicator
def test_income_average_compared_is_no_fact():
    fs = keys_of(doc("确保脱贫人口人均纯收入增幅高于农民收入平均水平，达到1.2万元以上。"))
    assert ("rural_disposable_income", "target", "2020", "level") not in fs


def test_rural_income_level_target_kept():
    fs = keys_of(doc("农村居民人均可支配收入达到1.2万元以上。"))
    assert val(fs, ("rural_disposable_income", "target", "2020", "level")) == (1.2, "at_least")


# a bound read before the rate's base between it and the figure
@pytest.mark.parametrize("sent,value", [
    ("农村低保标准不低于每人每年3500元。", 3500),
    ("城乡低保标准不低于每人每月600元。", 600),
])
def test_bound_before_a_rate_base(sent, value):
    d = doc(sent)
    assert [(p.value, p.qualifier) for p in d.pledges] == [(value, "at_least")]


def test_bound_without_a_base_unchanged():
    assert [(p.value, p.qualifier) for p in doc("农村低保标准不低于3500元。").pledges] == [(3500, "at_least")]
    assert [(p.value, p.qualifier) for p in doc("农村低保标准控制在每人每年3500元以内。").pledges] == [(3500, "at_most")]


def test_plan_list_opening_its_paragraph_with_an_average():
    fs = keys_of(plan_doc("主要预期目标是：全县生产总值年均增长7%以上；森林覆盖率达到25%。"))
    assert val(fs, ("forest_coverage", "goal", "2017-2021", "share")) == (25, "eq")
    assert val(fs, ("forest_coverage", "target", "2017", "share")) == (21, "eq")


def test_year_list_with_an_average_in_a_year_part_stays_targets():
    d = read("政府工作报告\n——2017年1月6日在康保县第十五届人民代表大会第一次会议上\n一、2016年工作回顾\n全县生产总值增长6.8%。\n"
             "二、2017年主要目标和任务\n主要预期目标是：全县生产总值增长7%，居民收入年均增长7%；森林覆盖率达到25%。\n", "x.txt",
             report_year=2017, region="康保县", level="county")
    assert val(keys_of(d), ("forest_coverage", "target", "2017", "share")) == (25, "eq")
