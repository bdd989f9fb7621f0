"""Helper prov23: whole provincial work reports of 2017–2024 (西藏 2021, 宁夏 2019, 海南 2023, 天津 2018) read
blind; the classes their errors fell into."""
from __future__ import annotations

import pytest

from factkeys import facts, val, read, pledged  # tests/factkeys.py

REVIEW_2020 = "一、2020年和“十三五”时期工作回顾\n"


# a 共计/累计 total of another figure, in a sentence the one year opens ("一年来，"), sums within that year: the
# figures after it are the year's, not totals over the plan the part's title names
@pytest.mark.parametrize("sent,iid,value", [
    ("一年来，我们出台政策措施36条，减免企业社保费、房租和各类费用共计42亿元，新增贷款投放680亿元。", "new_loans", 680),
    ("一年来，累计减免企业各类费用42亿元，新增贷款投放680亿元。", "new_loans", 680),
    ("一年来，减免企业各类费用共计42亿元，城镇新增就业5.1万人。", "urban_new_jobs", 5.1),
])
def test_a_sum_of_another_figure_in_the_years_sentence_is_that_years(sent, iid, value):
    fs = facts(REVIEW_2020 + sent + "\n", report_year=2021)
    assert val(fs, (iid, "actual", "2020", "level"))[0] == value
    assert not any(k[0] == iid and k[2] == "2016-2020" for k in fs)


# look-alikes: the five years named in the sentence, or a 累计 of the figure itself over the five years reviewed
@pytest.mark.parametrize("sent,iid,value", [
    ("五年来，累计减免企业各类费用420亿元，新增贷款投放3680亿元。", "new_loans", 3680),
    ("五年来，城镇新增就业累计24.2万人。", "urban_new_jobs", 24.2),
])
def test_a_sum_in_the_five_years_sentence_stays_theirs(sent, iid, value):
    fs = facts(REVIEW_2020 + sent + "\n", report_year=2021)
    assert val(fs, (iid, "actual", "2016-2020", "level"))[0] == value


REVIEW_2018 = "一、2018年工作回顾\n"


# "党的十八大以来" counts the years from the one after the congress (2012 → 2013) to the year reviewed
@pytest.mark.parametrize("sent,key,value", [
    ("党的十八大以来，全区地区生产总值年均增长7.6%，一般公共预算收入年均增长8.2%。", ("gdp", "actual", "2013-2018", "growth"), 7.6),
    ("党的十八大以来，全区地区生产总值年均增长7.6%，一般公共预算收入年均增长8.2%。",
     ("general_budget_revenue", "actual", "2013-2018", "growth"), 8.2),
    ("十八大以来，全省城镇居民人均可支配收入年均增长8.9%。", ("urban_disposable_income", "actual", "2013-2018", "growth"), 8.9),
])
def test_the_years_since_a_party_congress(sent, key, value):
    fs = facts(REVIEW_2018 + "全区地区生产总值3705亿元，增长7%。" + sent + "\n", report_year=2019)
    assert val(fs, key)[0] == value
    assert (key[0], "actual", "2014-2018", "growth") not in fs


# look-alikes: a yearly average with no congress named keeps the five years; a year named before 以来 keeps its own
@pytest.mark.parametrize("sent,period", [
    ("五年来，全区地区生产总值年均增长7.6%。", "2014-2018"),
    ("2015年以来，全区地区生产总值年均增长7.6%。", "2015-2018"),
])
def test_other_spans_unchanged_by_the_congress_rule(sent, period):
    fs = facts(REVIEW_2018 + sent + "\n", report_year=2019)
    assert val(fs, ("gdp", "actual", period, "growth"))[0] == 7.6


TIBET = "政府工作报告\n——2021年1月28日在西藏自治区第十一届人民代表大会第四次会议上\n"


# a region of few cities measures its air over its main towns: "主要城镇空气质量…" is the region's own figure and,
# in the tasks, its pledge; a group of key towns, or a town by its own name, is a part
def test_air_of_the_main_towns_is_the_regions():
    text = (TIBET + "一、2020年工作回顾\n全区森林覆盖率达到12.31%。主要城镇空气质量优良天数比例达到99.4%。\n"
            "三、2021年主要预期目标和重点工作\n（十二）加强生态文明高地建设。全年完成营造林100万亩。"
            "主要城镇空气质量优良天数比例保持在95%以上。\n")
    d = read(text)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("good_air_days", "actual", "2020", "share")) == (99.4, "eq")
    assert val(fs, ("good_air_days", "target", "2021", "share")) == (95, "at_least")
    assert any(p.value == 95 and "空气质量优良天数比例" in p.object for p in d.pledges)


@pytest.mark.parametrize("lead", ["重点城镇", "拉萨市"])
def test_air_of_a_group_of_towns_or_a_city_stays_a_part(lead):
    fs = facts(TIBET + "一、2020年工作回顾\n" + lead + "空气质量优良天数比例达到98%。\n")
    assert ("good_air_days", "actual", "2020", "share") not in fs


def test_a_town_by_its_own_name_pledges_nothing_for_the_region():
    d = read(TIBET + "三、2021年重点工作\n（十二）加强生态文明建设。全年完成营造林100万亩。古城镇空气质量优良天数比例达到95%。\n")
    assert not any(p.value == 95 for p in d.pledges)


NINGXIA = "政府工作报告\n——2019年1月26日在宁夏回族自治区第十二届人民代表大会第二次会议上\n"
TASKS_2019 = "三、2019年重点工作\n（二）推动实体经济高质量发展\n"


# verbs of designation and division are actions (命名 model counties, 划分 grid cells); 划分为 names how a thing is cut
def test_naming_and_dividing_are_actions():
    d = read(TIBET + "三、2021年重点工作\n（六）深入推进民族团结。全年命名民族团结进步示范县20个、示范单位300个。\n"
             "（八）全面加强社会治理。健全网格化服务管理，全区划分网格1.2万个。\n")
    got = pledged(d)
    assert ("民族团结进步示范县", 20, "个") in got and ("示范单位", 300, "个") in got
    assert ("网格", 1.2, "万个") in got


def test_dividing_into_parts_and_past_namings_pledge_nothing():
    d = read(TIBET + "一、2020年工作回顾\n（六）维护稳定。全年命名民族团结进步示范县18个，全区划分网格1.1万个。\n"
             "三、2021年重点工作\n（八）优化空间布局。将全区划分为5个生态功能区。\n")
    assert not d.pledges


# bottles count wine and liquor ("葡萄酒产量达到1.3亿瓶")
def test_bottles_are_a_unit():
    d = read(NINGXIA + TASKS_2019 + "3.发展特色产业。新建酿酒葡萄基地5万亩，葡萄酒产量达到1.3亿瓶。\n")
    assert ("葡萄酒产量", 1.3, "亿瓶") in pledged(d)


# a plan over, named after a verb that keeps what was won ("巩固“十二五”以来生态移民成果"), says whose results are
# kept: the sentence is a task, its counts pledges
def test_a_kept_plans_results_leave_the_sentence_a_task():
    d = read(NINGXIA + TASKS_2019 + "6.深入推进移民后续发展。巩固“十二五”以来生态移民成果，实施移民增收致富工程，"
             "为移民安置区培育特色产业基地50个，开展移民劳动技能培训5万人次。\n")
    got = pledged(d)
    assert ("特色产业基地", 50, "个") in got and ("移民劳动技能培训", 5, "万人次") in got


@pytest.mark.parametrize("sent", [
    "“十二五”以来，全区累计建成移民安置房1.2万套，培育特色产业基地40个。",
    "“十二五”时期，全区培育特色产业基地40个。",
])
def test_a_sentence_opening_on_a_plan_over_stays_review(sent):
    d = read(NINGXIA + TASKS_2019 + "6.深入推进移民后续发展。" + sent + "\n")
    assert not d.pledges


TARGETS_2021 = (TIBET + "三、2021年主要预期目标和重点工作\n"
                "今年全区经济社会发展的主要预期目标是：地区生产总值增长9%左右；城镇新增就业4万人以上。\n")


# the paragraph right after the target list that weighs them ("综合考虑", "留有一定余地") restates the list's
# figures: no pledges; a task that weighs its means, naming no target, still pledges
def test_the_targets_explanation_pledges_nothing():
    d = read(TARGETS_2021 + "各位代表！今年的目标任务综合考虑了各方面因素，地区生产总值增长9%左右，留有一定余地。\n"
             "综合考虑资金和项目情况，全年新建高标准农田30万亩。\n")
    assert pledged(d) == {("高标准农田", 30, "万亩")}
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "target", "2021", "growth")) == (9, "about")


GANSU = "政府工作报告\n——2024年1月25日在甘肃省第十四届人民代表大会第二次会议上\n一、2023年工作回顾\n"


# a count of firms or entities grows as a flow does: its % after the stock it reached is its growth
@pytest.mark.parametrize("sent,key,value", [
    ("高新技术企业达到2300家，增长20%。", ("high_tech_enterprises", "actual", "2023", "growth"), 20),
    ("经营主体总量达到201万户，增长8.5%。", ("market_entities", "actual", "2023", "growth"), 8.5),
])
def test_a_stock_of_firms_has_its_growth(sent, key, value):
    fs = facts(GANSU + sent + "\n")
    assert val(fs, key)[0] == value


# look-alike: the % after a gain is the gain's growth, not the stock's
@pytest.mark.parametrize("sent,iid", [
    ("全省新增经营主体28万户，增长12%。", "market_entities"),
    ("新增市场主体5.9万户，增长8.3%，市场主体总量达到50.3万户。", "market_entities"),
    ("新认定高新技术企业300家，增长25%。", "high_tech_enterprises"),
])
def test_the_growth_of_a_gain_is_not_the_stocks(sent, iid):
    fs = facts(GANSU + sent + "\n")
    assert (iid, "actual", "2023", "growth") not in fs


HENAN = "政府工作报告\n——2023年1月14日在河南省第十四届人民代表大会第一次会议上\n一、过去五年工作回顾\n"


# a run of years written in digits ("连续6年稳定在…以上") dates the bound held as one in numerals does
@pytest.mark.parametrize("sent,period", [
    ("过去五年，粮食产量连续6年稳定在1300亿斤以上。", "2017-2022"),
    ("过去五年，粮食产量连续14年稳定在1000亿斤以上。", "2009-2022"),
    ("过去五年，粮食产量连续六年稳定在1300亿斤以上。", "2017-2022"),
])
def test_a_run_of_years_in_digits(sent, period):
    fs = facts(HENAN + sent + "\n")
    assert ("grain_output", "actual", period, "level") in fs


# look-alike: the year's own figure before the run keeps the bound out (the year's level is the fact)
def test_the_years_own_figure_before_a_run_in_digits():
    fs = facts(HENAN + "2022年，粮食总产量达到1357.9亿斤，连续6年稳定在1300亿斤以上。\n")
    assert val(fs, ("grain_output", "actual", "2022", "level")) == (1357.9, "eq")
    assert not any(k[0] == "grain_output" and "-" in k[2] for k in fs)


GUANGXI = ("政府工作报告\n——2022年1月17日在广西壮族自治区第十三届人民代表大会第六次会议上\n二、2022年主要预期目标和重点任务\n"
           "今年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%以上；城镇新增就业35万人。\n")


# the paragraph right after the target list that reaches past it for an indicator ("努力争取更好结果，地区生产总值力争
# 增长7%") restates the list: no pledge; a task item after it that strives for better results still pledges
def test_reaching_past_the_targets_pledges_nothing():
    d = read(GUANGXI + "在实际工作中，我们将努力争取更好结果，地区生产总值力争增长7%。\n"
             "（一）扩大投资。全年新建高标准农田30万亩，争取更好成绩。\n")
    assert pledged(d) == {("高标准农田", 30, "万亩")}
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "target", "2022", "growth")) == (6.5, "at_least")


NEIMENGGU = ("政府工作报告\n——2018年1月26日在内蒙古自治区第十三届人民代表大会第一次会议上\n二、2018年工作安排\n"
             "今年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；")


# "保持合理规模" is a soft target of an amount, as "保持合理增长" is
def test_a_reasonable_scale_is_a_qualitative_target():
    fs = facts(NEIMENGGU + "固定资产投资保持合理规模；居民消费价格涨幅3%左右。\n")
    assert val(fs, ("fixed_asset_investment", "target", "2018", "growth")) == (None, "qualitative")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (6.5, "about")


# look-alike: in a review, another thing held at a reasonable scale sets no target
def test_a_reasonable_scale_in_a_review_is_no_target():
    fs = facts("政府工作报告\n——2018年1月26日在内蒙古自治区第十三届人民代表大会第一次会议上\n一、2017年工作回顾\n"
               "煤炭产能保持合理规模，固定资产投资增长2%。\n")
    assert val(fs, ("fixed_asset_investment", "actual", "2017", "growth")) == (2, "eq")
    assert ("fixed_asset_investment", "target", "2018", "growth") not in fs


# look-alike of the one-year sum: a 累计 in the count's own clause is its running total over years not named, the
# year's count stays the figure before it
def test_a_counts_own_running_total_in_the_years_sentence():
    fs = facts(REVIEW_2020 + "一年来，全区新增城镇就业5.1万人，累计达到24.2万人。\n", report_year=2021)
    assert val(fs, ("urban_new_jobs", "actual", "2020", "level")) == (5.1, "eq")
