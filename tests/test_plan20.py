"""Session plan20: whole development-plan reports (计划执行情况与计划草案的报告) of provinces, a city and a county:
shapes of their reviews written against the plan, their target lists with reasons, and the plan period's turn."""
from __future__ import annotations

import pytest

from factkeys import keys_of, pledged, read

COUNTY = ("关于长兴县2025年国民经济和社会发展计划执行情况及2026年国民经济和社会发展计划草案的报告\n"
          "——2026年1月13日在长兴县第十八届人民代表大会第六次会议上\n")
PROVINCE = ("关于江西省2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划草案的报告\n"
            "（2018年1月25日在江西省第十三届人民代表大会第一次会议上）\n")
HUNAN = ("关于湖南省2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告\n"
         "——2021年1月31日在湖南省第十三届人民代表大会第四次会议上\n")


def ks(text):
    return keys_of(read(text))


# "比年度预期目标高0.3个百分点" is a gap to a target, no cue of this year's targets for the ；-items after it
@pytest.mark.parametrize("gap", ["比年度预期目标高0.3个百分点", "比全年预期目标低0.2个百分点", "较年度预期目标高0.3个百分点"])
def test_a_gap_to_the_years_target_leaves_the_items_after_it_results(gap):
    fs = ks(COUNTY + "一、2025年国民经济和社会发展计划执行情况\n（一）主要指标完成情况。预计全年实现地区生产总值1068亿元，增长6.3%，"
            + gap + "；规模以上工业增加值增长8.6%（预期目标8%）；固定资产投资增长4.2%；社会消费品零售总额412亿元，增长5.1%。\n")
    assert fs[("industrial_va", "actual", "2025", "growth")].value == 8.6
    assert fs[("industrial_va", "target", "2025", "growth")].value == 8
    assert fs[("fixed_asset_investment", "actual", "2025", "growth")].value == 4.2
    assert fs[("retail_sales", "actual", "2025", "level")].value == 412
    assert not any(k[1] == "target" and k[2] == "2026" for k in fs)


def test_this_years_target_after_a_set_word_stays_a_target():
    # look-alike: the year's own target list still reads as targets
    fs = ks(COUNTY + "二、2026年经济社会发展的主要目标\n主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长8%左右。\n")
    assert fs[("gdp", "target", "2026", "growth")].value == 6
    assert fs[("industrial_va", "target", "2026", "growth")].value == 8


REVIEW_ITEMS = ("一、2025年国民经济和社会发展计划执行情况\n（一）主要指标完成情况。全年实现地区生产总值1068亿元，增长6.3%。\n"
                "从“十四五”主要指标看，一般公共预算收入年均增长6.9%；规模以上工业增加值年均增长9.8%。\n"
                "（二）产业转型升级加快。技术合同成交额21.3亿元，增长18.9%。工业投资增长9.6%。\n"
                "（三）生态环境持续改善。单位地区生产总值能耗下降3.2%。\n")


@pytest.mark.parametrize("marks", [("（一）", "（二）", "（三）"), ("1.", "2.", "3."), ("1、", "2、", "3、")])
def test_a_plan_span_paragraph_between_numbered_review_items_ends_at_the_next_item(marks):
    text = REVIEW_ITEMS.replace("（一）", marks[0]).replace("（二）", marks[1]).replace("（三）", marks[2])
    fs = ks(COUNTY + text)
    assert fs[("general_budget_revenue", "actual", "2021-2025", "growth")].value == 6.9
    assert fs[("tech_contract_value", "actual", "2025", "growth")].value == 18.9
    assert fs[("industrial_investment", "actual", "2025", "growth")].value == 9.6
    assert fs[("energy_intensity", "actual", "2025", "growth")].value == -3.2
    assert not any(k[2] == "2021-2025" and k[0] in ("tech_contract_value", "industrial_investment", "energy_intensity")
                   for k in fs)


def test_a_five_year_review_part_keeps_its_span_over_its_items():
    # look-alike: the five years opened before the items frame every item of the part
    fs = ks(COUNTY + "一、过去五年工作回顾\n过去五年，我们主要做了以下工作。\n（一）经济实力跃升。地区生产总值年均增长6.7%。\n"
            "（二）创新动能增强。技术合同成交额年均增长18.9%。\n")
    assert fs[("gdp", "actual", "2021-2025", "growth")].value == 6.7
    assert fs[("tech_contract_value", "actual", "2021-2025", "growth")].value == 18.9


def test_a_provinces_air_over_its_cities_urban_areas_is_its_own():
    fs = ks(PROVINCE + "一、2017年国民经济和社会发展计划执行情况\n6.生态文明建设深入推进。设区市城区PM2.5平均浓度43微克/立方米，"
            "下降4.4%；设区市城区空气质量优良天数比例为83.1%。\n")
    assert fs[("pm25", "actual", "2017", "level")].value == 43
    assert fs[("pm25", "actual", "2017", "growth")].value == -4.4
    assert fs[("good_air_days", "actual", "2017", "share")].value == 83.1


@pytest.mark.parametrize("part", ["南昌市城区", "中心城区"])
def test_a_named_citys_or_the_centres_urban_area_stays_a_part(part):
    fs = ks(PROVINCE + "一、2017年国民经济和社会发展计划执行情况\n" + part + "空气质量优良天数比例为80.1%。\n")
    assert ("good_air_days", "actual", "2017", "share") not in fs


MIDTERM = ("三、2018年主要任务\n（一）稳定粮食生产。新建高标准农田290万亩。\n四、关于“十三五”规划纲要实施中期情况\n"
           "对照规划目标，一是力争到2020年服务业增加值比重达到47%。\n")


@pytest.mark.parametrize("lead", ["按照规划纲要，", "根据“十三五”规划纲要，", "按照规划纲要的要求，", ""])
def test_a_plan_source_clause_before_the_goal_year_still_dates_every_item(lead):
    d = read(PROVINCE + MIDTERM + lead + "到2020年，全省生产总值达到2.7万亿元以上，人均生产总值超过5.6万元；"
             "常住人口城镇化率达到60%；森林覆盖率稳定在63%；城镇新增就业五年累计225万人。\n")
    fs = keys_of(d)
    assert fs[("urbanization_rate", "goal", "2020", "share")].value == 60
    assert fs[("forest_coverage", "goal", "2020", "share")].value == 63
    assert fs[("urban_new_jobs", "goal", "2016-2020", "level")].value == 225
    # the part on the plan's progress states its goals, no pledges; the tasks part before it pledges
    assert pledged(d) == {("高标准农田", 290, "万亩")}


def test_a_goal_year_inside_an_item_leaves_the_items_after_it_the_plans_span():
    # look-alike (decision 20): a year inside one item is that item's own
    fs = ks(PROVINCE + "四、“十三五”时期主要目标\n按照规划纲要，全省生产总值年均增长8.5%，到2020年达到2.7万亿元以上；常住人口城镇化率达到60%。\n")
    assert fs[("urbanization_rate", "goal", "2016-2020", "share")].value == 60


TARGETS = ("二、2026年经济社会发展的总体要求和主要目标\n建议2026年全县经济社会发展主要预期目标为：\n1.地区生产总值增长6%左右。\n"
           "主要考虑是：一是需要适当快一些；二是一批重大产业项目投产达效。\n2.规模以上工业增加值增长8%左右。\n"
           "主要考虑是：吉利新能源汽车二期等项目将陆续投产，新增产值超过150亿元。\n"
           "3.单位地区生产总值能耗下降完成市下达的目标任务，PM2.5平均浓度控制在28微克/立方米以内。\n以上目标是预期性、导向性的。\n"
           "三、2026年重点任务\n（一）产业。新建5G基站300个，PM2.5平均浓度控制在27微克/立方米以内。\n")


def test_reasons_on_their_own_lines_keep_the_target_list_and_pledge_nothing():
    d = read(COUNTY + TARGETS)
    fs = keys_of(d)
    assert fs[("industrial_va", "target", "2026", "growth")].value == 8
    assert fs[("pm25", "target", "2026", "level")].value == 28
    assert pledged(d) == {("5G基站", 300, "个"), ("PM2.5平均浓度", 27, "微克/立方米")}


def test_a_reasons_line_outside_a_target_list_does_not_hide_tasks():
    # look-alike: a paragraph of the tasks part that opens on its reasons is read as tasks
    d = read(COUNTY + "三、2026年重点任务\n（一）产业。\n主要考虑是：新建5G基站300个，改造提升农贸市场6个。\n")
    assert ("5G基站", 300, "个") in pledged(d)


def test_a_run_of_last_years_targets_closed_by_its_target_word():
    fs = ks(HUNAN + "一、2020年国民经济和社会发展计划执行情况\n需要特别说明的是，受疫情冲击影响，2020年计划确定的部分指标未能完成："
            "规模以上工业增加值增长7.5%左右、固定资产投资增长10%左右、社会消费品零售总额增长10%左右的预期目标与实际完成情况差距较大。\n")
    assert fs[("industrial_va", "target", "2020", "growth")].value == 7.5
    assert fs[("fixed_asset_investment", "target", "2020", "growth")].value == 10
    assert fs[("retail_sales", "target", "2020", "growth")].value == 10
    assert ("industrial_va", "actual", "2020", "growth") not in fs


def test_results_before_a_single_target_stay_results():
    # look-alike: results in a run, then one target they met
    fs = ks(HUNAN + "一、2020年国民经济和社会发展计划执行情况\n规模以上工业增加值增长7.6%、固定资产投资增长10.2%，完成了年初确定的10%左右的预期目标。\n")
    assert fs[("industrial_va", "actual", "2020", "growth")].value == 7.6
    assert fs[("fixed_asset_investment", "actual", "2020", "growth")].value == 10.2
    assert ("industrial_va", "target", "2020", "growth") not in fs


def test_targets_after_jun_go_one_to_each_name_before():
    fs = ks(HUNAN + "一、2020年国民经济和社会发展计划执行情况\n城镇调查失业率5.2%，城镇登记失业率2.7%，均低于5.5%和4.5%的控制目标。"
            "城镇居民人均可支配收入31198元，增长8.8%；农村居民人均可支配收入13242元，增长9.1%，均高于8.5%、9%左右的年度计划。\n")
    assert (fs[("urban_unemployment_rate", "target", "2020", "share")].value,
            fs[("urban_unemployment_rate", "target", "2020", "share")].qualifier) == (5.5, "eq")
    assert (fs[("registered_unemployment_rate", "target", "2020", "share")].value,
            fs[("registered_unemployment_rate", "target", "2020", "share")].qualifier) == (4.5, "eq")
    assert fs[("urban_unemployment_rate", "actual", "2020", "share")].value == 5.2
    assert (fs[("urban_disposable_income", "target", "2020", "growth")].value,
            fs[("urban_disposable_income", "target", "2020", "growth")].qualifier) == (8.5, "about")
    assert fs[("rural_disposable_income", "target", "2020", "growth")].value == 9
    assert fs[("rural_disposable_income", "actual", "2020", "growth")].value == 9.1


def test_jun_before_a_comparison_with_no_figures_gives_no_target():
    # look-alike: "均高于全省平均水平" names no target
    fs = ks(HUNAN + "一、2020年国民经济和社会发展计划执行情况\n城镇居民人均可支配收入增长8.8%，农村居民人均可支配收入增长9.1%，均高于全国平均水平。\n")
    assert fs[("urban_disposable_income", "actual", "2020", "growth")].value == 8.8
    assert not any(k[1] == "target" for k in fs)


@pytest.mark.parametrize("name,iid,value", [
    ("引进省外境内到位资金8022亿元", "domestic_investment_inflow", 8022),
    ("税收占地方收入的比重为71.6%", "tax_revenue_share", 71.6),
])
def test_plan_report_names_of_indicators(name, iid, value):
    fs = ks(HUNAN + "一、2020年国民经济和社会发展计划执行情况\n" + name + "。\n")
    assert any(k[0] == iid and k[1] == "actual" and k[2] == "2020" and f.value == value for k, f in fs.items())
