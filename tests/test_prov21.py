"""Session prov21: whole provincial work reports of 2026 (十四五 review, 十五五 goals), read blind.

Classes found on hand-written reports in the shape of 河南's and 浙江's: the spoken ordinals of a 民生实事 list before
whom a service is for ("二是为60万名适龄妇女免费开展“两癌”筛查"); a fiscal amount the year allocates in the part after
the target list ("财政政策要加力提效，全省一般公共预算支出安排1.18万亿元"); a bare 规模 of a fund set up in the clause before
("设立省科技创新基金，规模达到500亿元"); a pair's one place held for years listed after 分别 ("分别连续25年、41年居全国
各省区第一"); market entities of one ownership (民营经营主体) as a part.
"""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

HEAD = ("政府工作报告\n——2026年1月20日在河南省第十四届人民代表大会第五次会议上\n\n一、2025年工作回顾\n"
        "过去一年，全省地区生产总值增长5.6%。\n\n二、2026年主要预期目标和工作总体要求\n"
        "今年主要预期目标是：地区生产总值增长5%以上；一般公共预算收入增长3%。\n")
TASKS = "\n三、2026年重点工作\n"


def _pledges_by_value(d):
    return {(p.value, p.unit): p for p in d.pledges}


# 1. a 民生实事 list numbered by spoken ordinals (一是…十是): the ordinal is the item's number, not part of whom the
# service is for — the service is the object (decision 25), as with "4." or "（2）"
@pytest.mark.parametrize("item, obj, value, unit", [
    ("二是为60万名适龄妇女免费开展“两癌”筛查", "“两癌”筛查", 60, "万名"),
    ("四是为全省65周岁以上老年人免费体检800万人次", "免费体检", 800, "万人次"),
    ("六是为3万名残疾儿童提供康复救助", "康复救助", 3, "万名"),
    ("十一是为2000户困难老年人家庭实施适老化改造", "适老化改造", 2000, "户"),
])
def test_spoken_ordinal_before_whom_a_service_is_for(item, obj, value, unit):
    text = HEAD + TASKS + "（一）办好民生实事\n今年，省政府将继续办好十件重点民生实事：一是新增城镇学位12万个；" + item + "。\n"
    d = read(text)
    got = _pledges_by_value(d)
    assert got[(value, unit)].object == obj
    assert not got[(value, unit)].object.endswith("是为")
    assert ("城镇学位", 12, "万个") in pledged(d)  # (an item with no 为 was already read so)


def test_ordinal_words_that_are_no_ordinals_stay():
    # look-alike: 是为 after other words is no item number ("主要是为…"); and an item with no 为 keeps its object
    text = HEAD + TASKS + "（一）办好民生实事\n一是新增城镇学位12万个；二是改造提升农村户厕20万户。\n"
    got = pledged(read(text))
    assert {("城镇学位", 12, "万个"), ("农村户厕", 20, "万户")} <= got


# 2. a fiscal amount allocated for the year in the paragraph after the target list (a targets part): a pledge, as the
# spec says of fiscal allocations "wherever they stand in the plan part"; the fact stays the year's target
def test_fiscal_amount_allocated_after_the_target_list_is_a_pledge():
    text = (HEAD + "要实施更加积极的财政政策，全省一般公共预算支出安排1.18万亿元，增长3.5%；引导金融机构新增贷款9000亿元以上。\n"
            + TASKS + "（一）扩大有效投资。实施省重点项目2200个以上。\n")
    d = read(text)
    got = _pledges_by_value(d)
    assert got[(1.18, "万亿元")].object == "一般公共预算支出"
    assert got[(1.18, "万亿元")].action == "安排"
    fs = facts(text)
    assert val(fs, ("general_budget_expenditure", "target", "2026", "level")) == (1.18, "eq")
    assert val(fs, ("general_budget_expenditure", "target", "2026", "growth")) == (3.5, "eq")
    # look-alikes in the same part: the expenditure's growth, new loans (an indicator, no fiscal allocation) and the
    # target list's items pledge nothing
    assert (3.5, "%") not in got and (9000, "亿元") not in got and (5, "%") not in got and (3, "%") not in got


@pytest.mark.parametrize("body", [
    "今年主要预期目标是：地区生产总值增长5%以上；一般公共预算支出1.2万亿元；一般公共预算收入增长3%。\n",
    "今年主要预期目标是：\n——地区生产总值增长5%以上；\n——一般公共预算支出1.2万亿元；\n——一般公共预算收入增长3%。\n",
    "综合考虑各方面因素，地区生产总值增长5%以上，一般公共预算支出达到1.2万亿元，一般公共预算收入增长3%。\n",
])
def test_an_expenditure_item_of_the_target_list_stays_no_pledge(body):
    # look-alike: the same amount as an item of the target list (led or a run of three indicators) pledges nothing
    # (decision 3); only a separate allocation sentence does
    text = HEAD.split("今年主要预期目标是")[0] + body + TASKS + "（一）扩大有效投资。实施省重点项目2200个以上。\n"
    assert (1.2, "万亿元") not in _pledges_by_value(read(text))


def test_target_list_amounts_of_other_indicators_stay_facts():
    # look-alike: a revenue amount and an expenditure rate in the list itself are targets, no pledges
    text = (HEAD.replace("一般公共预算收入增长3%。", "一般公共预算支出增长4%；一般公共预算收入4500亿元。")
            + TASKS + "（一）扩大有效投资。实施省重点项目2200个以上。\n")
    d = read(text)
    got = _pledges_by_value(d)
    assert (4, "%") not in got and (4500, "亿元") not in got
    fs = facts(text)
    assert val(fs, ("general_budget_revenue", "target", "2026", "level")) == (4500, "eq")


# 3. a bare 规模 reached by the thing set up in the clause before: that thing's size, not a 规模 of nothing
@pytest.mark.parametrize("sent, name, value", [
    ("设立省科技创新基金，规模达到500亿元。", "省科技创新基金", 500),
    ("设立省级科技成果转化引导基金，规模达到100亿元。", "科技成果转化引导基金", 100),
    ("组建省级数据产业投资基金，总规模达到50亿元。", "数据产业投资基金", 50),
])
def test_bare_size_of_the_fund_set_up_before(sent, name, value):
    d = read(HEAD + TASKS + "（一）推动科技创新。" + sent + "\n")
    p = _pledges_by_value(d)[(value, "亿元")]
    assert name in p.object and p.object not in ("规模", "总规模")


def test_size_with_its_own_name_or_after_a_count_stays():
    # look-alikes: a size named whole keeps its name; after a clause with its own count the bare size is left as it was
    d = read(HEAD + TASKS + "（一）深化财税改革。省对市县转移支付规模达到3000亿元。设立产业基金10只，规模达到200亿元。\n")
    got = _pledges_by_value(d)
    assert got[(3000, "亿元")].object == "省对市县转移支付规模"
    assert got[(10, "只")].object == "产业基金"


# 4. a pair's one place, held for years listed after 分别: each name's rank
def test_pair_rank_held_for_years_listed_after_each():
    text = ("一、2025年工作回顾\n城乡居民人均可支配收入分别达到8.2万元、4.5万元，增长4.3%、5.8%，"
            "分别连续25年、41年居全国各省区第一。\n")
    fs = facts(text, report_year=2026, region="浙江省", level="province")
    for iid in ("urban_disposable_income", "rural_disposable_income"):
        assert val(fs, (iid, "actual", "2025", "rank")) == (1, "eq")
        assert fs[(iid, "actual", "2025", "rank")].scope == "全国各省区"
    assert val(fs, ("urban_disposable_income", "actual", "2025", "level")) == (8.2, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (5.8, "eq")


@pytest.mark.parametrize("tail", ["分别居全国第3位", "分别连续多年居全国第一"])
def test_one_rank_after_each_with_no_years_listed_stays_unassigned(tail):
    # look-alike: one place after 分别 with no list of years says not whose it is (left as before)
    text = "一、2025年工作回顾\n城乡居民人均可支配收入分别达到8.2万元、4.5万元，" + tail + "。\n"
    fs = facts(text, report_year=2026, region="浙江省", level="province")
    assert ("urban_disposable_income", "actual", "2025", "rank") not in fs
    assert ("rural_disposable_income", "actual", "2025", "rank") not in fs


# 5. market entities of one ownership (民营, 国有, 外资, 个体) are a part, not the region's count
@pytest.mark.parametrize("sent", ["新设民营经营主体100万户。", "新增个体经营主体80万户。", "新增民营市场主体60万户。"])
def test_entities_of_one_ownership_are_a_part(sent):
    fs = facts(HEAD + TASKS + "（一）优化营商环境。" + sent + "\n")
    assert ("market_entities", "target", "2026", "level") not in fs


def test_all_entities_after_a_part_keep_the_count():
    # look-alike: the region's whole count, before or after its part, stays the fact
    fs = facts(HEAD + TASKS + "（一）优化营商环境。新设民营经营主体100万户，新增经营主体120万户以上。\n")
    assert val(fs, ("market_entities", "target", "2026", "level")) == (120, "at_least")
    fs = facts("一、2025年工作回顾\n全省经营主体突破1100万户，其中民营经营主体达到1000万户。\n",
               report_year=2026, region="浙江省", level="province")
    assert val(fs, ("market_entities", "actual", "2025", "level")) == (1100, "at_least")


# 6. a bound between 为 and the count of whom a service is for ("为不少于30万名孕产妇…"): the service is the object, the
# bound the qualifier (it was the action, with "为" the object)
@pytest.mark.parametrize("sent, obj, value, unit, qual", [
    ("为不少于30万名孕产妇免费开展产前筛查。", "产前筛查", 30, "万名", "at_least"),
    ("为超过20万名65岁以上老年人免费体检。", "免费体检", 20, "万名", "at_least"),
    ("为近5万户困难家庭实施适老化改造。", "适老化改造", 5, "万户", "about"),
])
def test_bound_before_the_count_of_whom_a_service_is_for(sent, obj, value, unit, qual):
    d = read(HEAD + TASKS + "（一）办好民生实事。" + sent + "\n")
    p = _pledges_by_value(d)[(value, unit)]
    assert (p.object, p.qualifier) == (obj, qual)


@pytest.mark.parametrize("sent, obj, value, unit", [
    ("新增公共停车泊位不少于8万个。", "公共停车泊位", 8, "万个"),
    ("改造提升农村道路不少于1万公里。", "农村道路", 1, "万公里"),
    ("为30万名孕产妇免费开展产前筛查。", "产前筛查", 30, "万名"),
])
def test_bounds_with_no_one_served_stay(sent, obj, value, unit):
    # look-alikes: a bound after the thing counted, and a count of whom with no bound, read as before
    p = _pledges_by_value(read(HEAD + TASKS + "（一）办好民生实事。" + sent + "\n"))[(value, unit)]
    assert p.object == obj


# 7. a rank moved to from a place named right before it, no field named ("经济总量由第25位上升至第23位"): the end place is
# the figure's rank (the end year's in a five-year review, decision 37), its scope null, never guessed
@pytest.mark.parametrize("sent", [
    "“十四五”期间，全省地区生产总值年均增速达到4.7%，经济总量由第25位上升至第23位。",
    "五年来，全省经济总量从第25位升至第23位。",
])
def test_rank_moved_from_a_place_named_before(sent):
    fs = facts("一、“十四五”时期工作回顾\n" + sent + "\n", report_year=2026, region="黑龙江省", level="province")
    f = fs[("gdp", "actual", "2025", "rank")]
    assert (f.value, f.scope) == (23, None)


@pytest.mark.parametrize("sent", ["全省地区生产总值增长5.5%，排第一。", "全省地区生产总值增长5.5%，增速上升至第3位。"])
def test_rank_with_no_field_and_no_start_place_stays_dropped(sent):
    # look-alike: a place with no field named and no place moved from says not what ranking it is in
    fs = facts("一、2025年工作回顾\n" + sent + "\n", report_year=2026, region="黑龙江省", level="province")
    assert ("gdp", "actual", "2025", "rank") not in fs


# 8. a change's start year in a task ("由2025年的2800亿元增加到3000亿元以上"): no date of the sentence; the end value is the
# year's pledge (the spec: in 从X提高到Y only Y), as it was with no year written
@pytest.mark.parametrize("sent, obj, value, unit", [
    ("货物贸易进出口总额由2025年的2800亿元增加到3000亿元以上。", "货物贸易进出口总额", 3000, "亿元"),
    ("农村公路总里程从2025年的1.2万公里增加到1.3万公里。", "农村公路总里程", 1.3, "万公里"),
])
def test_a_changes_start_year_dates_no_task(sent, obj, value, unit):
    d = read(HEAD + TASKS + "（一）扩大开放。" + sent + "\n")
    p = _pledges_by_value(d)[(value, unit)]
    assert (p.object, p.period) == (obj, "2026")


def test_a_sentence_dated_by_last_year_still_pledges_nothing():
    # look-alike: a past year that dates the sentence itself is a result, no task
    d = read(HEAD + TASKS + "（一）扩大开放。2025年新建农村公路800公里。\n")
    assert (800, "公里") not in _pledges_by_value(d)
