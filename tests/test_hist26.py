"""Session 26 hist26: whole provincial reports of 2016–2018 (吉林, 云南, 黑龙江, 江西 and excerpts of others).

Classes fixed: a past target named as what was revised or met before the year's result in the same sentence
("2017年，我们主动调整了经济增长预期目标，全省生产总值实现7677亿元，增长3.6%"); a norm for each of a kind of place
named with its modifier (每个贫困县, 每个设区市, 每个州市); an investment done in a field's construction
("水利建设完成投资500亿元")."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

REVIEW = "甘肃省人民政府工作报告\n——2018年1月24日在甘肃省第十三届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
PLAN = "二、2018年工作安排\n今年全省经济社会发展的主要预期目标是：生产总值增长6%左右，城镇新增就业40万人。\n"


# a target named as the object of a revision or of a result, its figure not stated: the result after it in the
# sentence is the year's actual, and this year's target stays the one of the target list
@pytest.mark.parametrize("sent", [
    "2017年，我们主动调整了经济增长预期目标，全省生产总值实现7677亿元，增长3.6%。",
    "2017年，我们调整了预期目标，全省生产总值实现7677亿元，增长3.6%。",
    "去年，我们主动下调了经济增长预期目标，全省生产总值实现7677亿元，增长3.6%。",
    "2017年，我们完成了经济增长预期目标，全省生产总值实现7677亿元，增长3.6%。",
    "2017年，全省调低了地区生产总值预期目标，全省生产总值实现7677亿元，增长3.6%。",
])
def test_a_target_revised_or_met_names_no_target_for_the_result(sent):
    fs = facts(REVIEW + sent + "\n" + PLAN)
    assert val(fs, ("gdp", "actual", "2017", "level")) == (7677, "eq")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (3.6, "eq")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (6, "about")
    assert ("gdp", "target", "2018", "level") not in fs


# look-alikes: the year's own target revised in words in the plan part stays this year's target; a past target
# with its figure stays last year's target
@pytest.mark.parametrize("sent", [
    "今年，我们适当调低了经济增长预期目标，地区生产总值增长6%左右。",
    "综合考虑各方面因素，我们调整了经济增长预期目标，全省生产总值增长6%左右。",
    "2018年，我们调低了经济增长预期目标，全省生产总值增长6%左右。",
])
def test_this_years_target_after_a_revision_word_stays_a_target(sent):
    text = REVIEW + "2017年，全省生产总值增长3.6%。\n二、2018年工作安排\n" + sent + "\n"
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (6, "about")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (3.6, "eq")


def test_last_years_target_with_its_figure_is_still_read():
    fs = facts(REVIEW + "2017年，全省生产总值实现7677亿元，增长3.6%，虽低于年初确定的7.5%左右的目标，但质量有所提高。\n" + PLAN)
    assert val(fs, ("gdp", "target", "2017", "growth")) == (7.5, "about")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (3.6, "eq")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (6, "about")


TASKS = "云南省人民政府工作报告\n——2017年1月18日在云南省第十二届人民代表大会第五次会议上\n二、2017年重点工作\n"


# a count for each place of a kind named with its modifier is a norm, no pledge; totals around it stay
@pytest.mark.parametrize("sent,kept", [
    ("实施产业扶贫，每个贫困县培育1至2个主导产业，新增农民专业合作社3000个。", ("农民专业合作社", 3000, "个")),
    ("每个设区市建成1个以上固废综合利用基地，新建城镇污水管网1000公里。", ("城镇污水管网", 1000, "公里")),
    ("每个州市建设1所特殊教育学校，新建改扩建幼儿园200所。", ("幼儿园", 200, "所")),
])
def test_a_norm_for_each_place_of_a_kind_is_no_pledge(sent, kept):
    d = read(TASKS + sent + "\n")
    got = pledged(d)
    assert kept in got
    assert not any(v in (1, 2) for _, v, _ in got), got


# look-alikes: a level each place reaches, a count a year, and a total for the places stay pledges
@pytest.mark.parametrize("sent,kept", [
    ("每个贫困村集体经济收入达到5万元以上。", 5),
    ("全省新建设区市级综合档案馆3个。", 3),
    ("今年每年新增贫困县产业园2个。", 2),
])
def test_look_alikes_of_a_norm_stay_pledges(sent, kept):
    d = read(TASKS + sent + "\n")
    assert any(v == kept for _, v, _ in pledged(d)), pledged(d)


# an investment done in a field's construction: the field's investment, action 完成
@pytest.mark.parametrize("sent,obj,value", [
    ("综合交通建设完成投资2000亿元以上，高速公路在建里程达到3000公里。", "综合交通建设投资", 2000),
    ("开工建设滇中引水工程，水利建设完成投资500亿元。", "水利建设投资", 500),
    ("城市建设完成投资150亿元。", "城市建设投资", 150),
])
def test_a_fields_construction_investment(sent, obj, value):
    d = read(TASKS + sent + "\n")
    p = next(p for p in d.pledges if p.value == value)
    assert (p.action, p.object) == ("完成", obj)
    assert p.quote.startswith(obj[:-2]) and "完成投资" in p.quote


# look-alikes: the projects' investment after their count, a bare year's investment, a verb before the field
def test_investment_look_alikes_keep_their_reading():
    d = read(TASKS + "实施重点项目150个，完成投资180亿元。\n全年完成投资500亿元。\n开工建设高速公路300公里。\n")
    got = {(p.action, p.object, p.value) for p in d.pledges}
    assert ("完成", "重点项目投资", 180) in got
    assert ("完成", "投资", 500) in got
    assert ("开工建设", "高速公路", 300) in got


REVIEW18 = "某省政府工作报告\n——2018年1月15日在某省第十三届人民代表大会第一次会议上\n一、2017年工作回顾\n"
PLAN18 = "二、2018年主要目标任务\n今年主要预期目标是：全省生产总值增长6.5%左右，城镇新增就业50万人。\n"


# a target named in a clause that frames the year's work or result, no figure of its own: the result after it is
# the year's actual, and this year's target the list's
@pytest.mark.parametrize("sent", [
    "面对经济增长预期目标难以完成的困难局面，全省生产总值增长6.4%。",
    "在全国经济增长预期目标下调的背景下，全省生产总值增长6.4%。",
    "按照稳增长的预期目标要求，全省生产总值增长6.4%。",
    "针对经济增长预期目标，我们加大投资力度，全省生产总值增长6.4%。",
    "我们没有完成经济增长预期目标，全省生产总值增长6.4%。",
    "受多重因素影响，经济增长预期目标未能实现，全省生产总值增长6.4%。",
    "一年来，我们紧紧围绕主要预期目标，全省生产总值增长6.4%。",
])
def test_a_target_framing_the_review_names_no_target(sent):
    fs = facts(REVIEW18 + sent + "\n" + PLAN18)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (6.4, "eq")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (6.5, "about")


# look-alikes in the plan part: a target named and then set, a list led after a framing clause, figures after a
# framing clause in the tasks stay this year's targets
def test_targets_set_after_framing_words_stay_targets():
    text = REVIEW18 + "全省生产总值增长6.4%。\n二、2018年主要目标任务\n经济增长预期目标，建议定为6.5%左右。\n" \
        "按照与全面建成小康社会目标相衔接的要求，今年主要预期目标是：一般公共预算收入增长5%，城镇新增就业50万人。\n" \
        "按照稳增长的预期目标要求，全年固定资产投资完成1.5万亿元。\n针对经济增长预期目标，规模以上工业增加值增长7%左右。\n"
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (6.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2018", "growth")) == (5, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2018", "level")) == (1.5, "eq")
    assert val(fs, ("industrial_va", "target", "2018", "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (6.4, "eq")


# look-alike in the review: last year's target set with its figure in the clause stays last year's target
def test_a_past_target_with_its_figure_in_a_framing_clause():
    fs = facts(REVIEW18 + "面对年初确定的经济增长7%左右的预期目标，全省生产总值增长6.4%。\n" + PLAN18)
    assert val(fs, ("gdp", "target", "2017", "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (6.4, "eq")


# a 力争 of the work done, in a review clause with no figure, sets no target for the result after it
@pytest.mark.parametrize("sent", [
    "各项工作力争走在前列，全省生产总值增长6.4%。",
    "力争实现的各项目标如期完成，全省生产总值增长6.4%。",
])
def test_striving_in_the_review_without_a_figure_sets_no_target(sent):
    fs = facts(REVIEW18 + sent + "\n" + PLAN18)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (6.4, "eq")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (6.5, "about")


# look-alikes: 力争 with its figure in the plan part, and 力争 before a figure in the plan part's clause after it
def test_striving_in_the_plan_part_still_sets_targets():
    text = REVIEW18 + "全省生产总值增长6.4%。\n二、2018年主要目标任务\n今年主要预期目标是：全省生产总值增长6.5%左右，力争7%。\n" \
        "各项工作力争走在前列，规模以上工业增加值增长7%左右。\n"
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (6.5, "about")
    assert val(fs, ("industrial_va", "target", "2018", "growth")) == (7, "about")
    assert ("industrial_va", "actual", "2017", "growth") not in fs


# a verb inside a fund's name (建设基金, 引导基金) is part of what is raised or set up; the verb before it acts
@pytest.mark.parametrize("sent,action,obj,value", [
    ("争取国家专项建设基金200亿元以上。", "争取", "国家专项建设基金", 200),
    ("设立产业发展引导基金100亿元。", "设立", "产业发展引导基金", 100),
    ("用好建设基金补助项目30个。", "用好", "建设基金补助项目", 30),
])
def test_a_verb_inside_a_funds_name_does_not_act(sent, action, obj, value):
    d = read(TASKS + sent + "\n")
    p = next(p for p in d.pledges if p.value == value)
    assert (p.action, p.object) == (action, obj)


# look-alikes: funds (资金) as before, and a verb acting on a built thing
def test_funds_and_works_look_alikes():
    d = read(TASKS + "争取专项建设资金50亿元。\n新建污水处理厂10座。\n争取中央预算内投资100亿元。\n")
    got = {(p.action, p.object, p.value) for p in d.pledges}
    assert {("争取", "专项建设资金", 50), ("新建", "污水处理厂", 10), ("争取", "中央预算内投资", 100)} <= got


REVIEW17 = "某省政府工作报告\n——2017年1月18日在某省第十二届人民代表大会第五次会议上\n一、2016年工作回顾\n"


# the soft targets of a year after a slump: 止跌回稳, 企稳回升, 由负转正 are qualitative targets
@pytest.mark.parametrize("item,iid", [
    ("进出口总额止跌回稳", "foreign_trade"),
    ("规模以上工业增加值由负转正", "industrial_va"),
    ("固定资产投资企稳回升", "fixed_asset_investment"),
    ("一般公共预算收入止跌回升", "general_budget_revenue"),
])
def test_soft_targets_after_a_slump_are_qualitative(item, iid):
    fs = facts(REVIEW17 + "全省生产总值增长8.1%。\n二、2017年主要目标\n今年全省经济社会发展的主要预期目标是：地区生产总值增长7%左右；"
               + item + "；城镇新增就业40万人。\n")
    assert val(fs, (iid, "target", "2017", "growth")) == (None, "qualitative")
    assert val(fs, ("gdp", "target", "2017", "growth")) == (7, "about")


# look-alike: the same words as a result in the review are no target and no required fact
def test_soft_words_in_the_review_give_no_target():
    fs = facts(REVIEW17 + "全省生产总值增长8.1%，进出口总额止跌回稳，工业投资企稳回升。\n二、2017年主要目标\n今年主要预期目标是：地区生产总值增长7%左右。\n")
    assert ("foreign_trade", "target", "2017", "growth") not in fs
    assert ("foreign_trade", "target", "2016", "growth") not in fs


HLJ = "黑龙江省政府工作报告\n——2018年1月26日在黑龙江省第十三届人民代表大会第一次会议上\n一、2017年工作回顾\n旅游收入1909亿元，增长19.5%。\n二、2018年重点工作\n"


# (found on the holdout, after its blind score) a kind of tourism before the revenue or the visits names a part,
# not the headline: 冰雪旅游和避暑旅游收入, 避暑旅游接待游客, 休闲度假旅游收入
@pytest.mark.parametrize("sent", [
    "加快发展旅游产业，冰雪旅游和避暑旅游收入增长15%。",
    "避暑旅游接待游客增长20%。",
    "生态旅游收入增长18%。",
])
def test_a_kind_of_tourism_is_no_headline(sent):
    fs = facts(HLJ + sent + "\n")
    assert ("tourism_revenue", "target", "2018", "growth") not in fs
    assert ("tourist_visits", "target", "2018", "growth") not in fs


# look-alike: the headline's revenue and visits after a tourism word in the clause before stay facts
def test_the_headline_tourism_figures_stay():
    fs = facts(HLJ + "大力发展避暑旅游，旅游总收入增长12%，接待游客增长10%。\n")
    assert val(fs, ("tourism_revenue", "target", "2018", "growth")) == (12, "eq")
    assert val(fs, ("tourist_visits", "target", "2018", "growth")) == (10, "eq")


# 新创 ("newly won" a grade or a title) acts on the count after it; inside 创新创业/创新创造 it is no verb
def test_new_creation_is_a_verb_and_innovation_is_not():
    d = read(TASKS + "新创5A级景区2家。\n新创省级文明村镇20个。\n建设创新创业基地10个。\n新建创新创业孵化基地5个。\n打造创新创造平台6个。\n")
    got = {(p.action, p.object, p.value) for p in d.pledges}
    assert {("新创", "5A级景区", 2), ("新创", "省级文明村镇", 20), ("建设", "创新创业基地", 10),
            ("新建", "创新创业孵化基地", 5), ("打造", "创新创造平台", 6)} <= got


# a work named before the quoted names of its ways and its count: the task verb before the work acts, the object
# keeps the work and the names (not the work's own verb acting on the quoted names)
@pytest.mark.parametrize("sent,action,obj,value", [
    ("完成城乡散煤治理“电代煤”“气代煤”180万户。", "完成", "城乡散煤治理“电代煤”“气代煤”", 180),
    ("完成农村人居环境整治“三清三拆”1000个村。", "完成", "农村人居环境整治“三清三拆”", 1000),
])
def test_a_work_before_quoted_ways_and_its_count(sent, action, obj, value):
    d = read(TASKS + sent + "\n")
    p = next(p for p in d.pledges if p.value == value)
    assert (p.action, p.object) == (action, obj)


# look-alikes: a verb right after the task verb, or alone, before a quoted name still acts
def test_a_verb_right_before_a_quoted_name_still_acts():
    d = read(TASKS + "实施新建“四好农村路”1000公里。\n完成农村公路建设，新建“四好农村路”2000公里。\n整治“脏乱差”村庄300个。\n")
    got = {(p.action, p.value) for p in d.pledges}
    assert {("实施新建", 1000), ("新建", 2000), ("整治", 300)} <= got
