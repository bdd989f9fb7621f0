"""Review of the leftf4 rules (branch review19): look-alikes where they must not fire on unseen reports."""
from __future__ import annotations

import pytest

from factkeys import facts, val


def gov(year: int, lvl: str, review: str, part: str) -> str:
    return (f"某某{lvl}政府工作报告\n——{year}年1月12日在某某{lvl}第十六届人民代表大会第一次会议上\n\n"
            f"一、{part}\n{review}\n\n二、{year}年工作安排\n{year}年全{lvl}主要预期目标是：地区生产总值增长5%左右。\n")


# a part on the year and the five years whose sub-sections follow the year's opening (not a "五年来" one): the
# sub-sections' changes are the year's, not the five years'
@pytest.mark.parametrize("doc,keys,absent", [
    (gov(2023, "省", "2022年是极不平凡的一年。一年来，我们统筹疫情防控和经济社会发展，全省地区生产总值增长4.2%。\n"
                     "（一）坚持绿色发展，生态环境持续改善。\n深入打好蓝天保卫战，全省空气质量优良天数比例提高2.1个百分点。\n"
                     "（二）坚持民生优先。\n常住人口城镇化率提高1.2个百分点。\n\n过去五年，全省经济总量迈上新台阶。", "2022年和过去五年工作回顾"),
     {("good_air_days", "actual", "2022", "pp_change"): (2.1, "eq"), ("urbanization_rate", "actual", "2022", "pp_change"): (1.2, "eq")},
     [("good_air_days", "actual", "2018-2022", "pp_change"), ("urbanization_rate", "actual", "2018-2022", "pp_change")]),
    (gov(2023, "市", "过去的一年，面对超预期因素冲击，全市地区生产总值增长3.8%。\n（一）稳住经济大盘。\n"
                     "规模以上工业增加值增长5.6%，固定资产投资增长8.1%。\n（二）改善生态环境。\n空气质量优良天数比例提高3.5个百分点。\n",
         "过去一年和五年工作回顾"),
     {("industrial_va", "actual", "2022", "growth"): (5.6, "eq"), ("fixed_asset_investment", "actual", "2022", "growth"): (8.1, "eq"),
      ("good_air_days", "actual", "2022", "pp_change"): (3.5, "eq")},
     [("industrial_va", "actual", "2018-2022", "growth"), ("good_air_days", "actual", "2018-2022", "pp_change")]),
    # the five years' opening last before the sub-sections: over the five years (a level there the last year's)
    (gov(2023, "市", "2022年，全市地区生产总值增长4%。\n五年来，我们主要做了以下工作。\n（二）生态环境持续改善。\n"
                     "森林覆盖率达到45.2%，常住人口城镇化率提高6.5个百分点。\n", "过去一年和五年工作回顾"),
     {("forest_coverage", "actual", "2022", "share"): (45.2, "eq"), ("urbanization_rate", "actual", "2018-2022", "pp_change"): (6.5, "eq")},
     [("urbanization_rate", "actual", "2022", "pp_change")]),
])
def test_a_part_on_the_year_and_five_years(doc, keys, absent):
    fs = facts(doc, report_year=2023)
    for k, v in keys.items():
        assert val(fs, k) == v
    for k in absent:
        assert k not in fs


# a targets title after the plan's own title or its requirements' lead, with no year named (a plan report or a county
# report whose plan part has no number the outline sees): this year's targets, not the review's results
@pytest.mark.parametrize("doc", [
    ("关于某某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n全市地区生产总值增长5.2%。\n"
     "经济社会发展的总体要求和主要预期目标\n总体要求是：坚持稳中求进工作总基调。\n主要预期目标\n地区生产总值增长5.5%左右，城镇新增就业1.5万人。\n"),
    ("某某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长5.2%。\n指导思想和主要目标\n主要预期目标\n"
     "地区生产总值增长5.5%左右，城镇新增就业1.5万人。\n"),
    ("某某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长5.2%。\n总体要求：以习近平新时代中国特色社会主义思想为指导，坚持稳中求进。\n"
     "主要预期目标\n地区生产总值增长5.5%左右，城镇新增就业1.5万人。\n"),
    ("某某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长5.2%。\n今后一年的主要工作\n主要预期目标\n"
     "地区生产总值增长5.5%左右，城镇新增就业1.5万人。\n"),
    ("某某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长5.2%。\n下一步工作打算\n主要预期目标\n"
     "地区生产总值增长5.5%左右，城镇新增就业1.5万人。\n"),
])
def test_a_targets_title_after_the_plans_title(doc):
    fs = facts(doc, report_year=2024)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (1.5, "eq")
    assert ("urban_new_jobs", "actual", "2023", "level") not in fs


# not: the requirements named inside a review's paragraph, nor a review's 完成情况 title
@pytest.mark.parametrize("review", [
    "全市上下认真落实市委总体要求，经济运行稳中向好。\n（一）主要预期目标\n地区生产总值增长5.8%，城镇新增就业1.32万人。\n（二）重点工作",
    "（一）主要预期目标完成情况\n地区生产总值增长5.8%，城镇新增就业1.32万人。\n（二）重点工作",
])
def test_a_targets_title_in_a_review_still_its_results(review):
    doc = ("关于某某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年国民经济和社会发展计划执行情况\n"
           f"{review}\n\n二、2024年国民经济和社会发展计划草案\n2024年主要预期目标建议为：地区生产总值增长5%左右。\n")
    fs = facts(doc, report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (1.32, "eq")
    assert ("urban_new_jobs", "target", "2024", "level") not in fs


# a change on the year before (同比, 比上年, 较上年) in a part or paragraph on the five years: the last year's, not the span's
@pytest.mark.parametrize("said,key,v", [
    ("空气质量优良天数比例同比提高2个百分点。", ("good_air_days", "actual", "2022", "pp_change"), (2, "eq")),
    ("常住人口城镇化率比上年提高1.1个百分点。", ("urbanization_rate", "actual", "2022", "pp_change"), (1.1, "eq")),
    ("单位地区生产总值能耗较上年下降3.2%。", ("energy_intensity", "actual", "2022", "growth"), (-3.2, "eq")),
    # (a change with no such base stays over the five years)
    ("常住人口城镇化率提高6.5个百分点。", ("urbanization_rate", "actual", "2018-2022", "pp_change"), (6.5, "eq")),
])
def test_a_change_on_the_year_before_in_a_part_on_five_years(said, key, v):
    doc = gov(2023, "市", "五年来，我们主要做了以下工作。\n（三）生态环境持续改善。\n" + said, "过去五年工作回顾")
    fs = facts(doc, report_year=2023)
    assert val(fs, key) == v
    assert (key[0], "actual", "2018-2022" if key[2] == "2022" else "2022", key[3]) not in fs


# an expectation compared with (好于预期, 超预期) in a clause before is no figure set: the figure and the one after
# its comma (年末为, 全年为, 12月末为, 实际增长) are results, no target
@pytest.mark.parametrize("review,key,v,absent", [
    ("2023年，金融运行好于预期，全市金融机构存款余额增长9%，年末为1520亿元。",
     ("deposit_balance", "actual", "2023", "growth"), (9, "eq"), ("deposit_balance", "target", "2023", "growth")),
    ("2023年，消费市场恢复超预期，全市社会消费品零售总额增长8.5%，全年为320亿元。",
     ("retail_sales", "actual", "2023", "growth"), (8.5, "eq"), ("retail_sales", "target", "2023", "growth")),
    ("2023年，就业形势好于预期，全市城镇调查失业率平均为5.2%，12月末为4.9%。",
     ("urban_unemployment_rate", "actual", "2023", "share"), (5.2, "eq"), ("urban_unemployment_rate", "target", "2023", "share")),
    ("2023年，全市居民人均可支配收入增长好于预期，名义增长6.5%，实际增长5.8%。",
     ("disposable_income", "actual", "2023", "growth"), None, ("disposable_income", "target", "2023", "growth")),
])
def test_an_expectation_compared_with_sets_nothing(review, key, v, absent):
    fs = facts(gov(2024, "市", review, "2023年工作回顾"), report_year=2024)
    assert key in fs and (v is None or val(fs, key) == v)
    assert absent not in fs


# still: the expectation set (年初预期, 预期目标) then its result
def test_an_expectation_set_then_its_result():
    fs = facts(gov(2024, "市", "2023年，全市地区生产总值年初预期增长6%左右，实际增长5.4%。", "2023年工作回顾"), report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.4, "eq")


# a set word in a clause before the name's (completed, aimed at, followed: 完成年度目标, 紧扣目标任务, 按计划推进) sets
# nothing: the figure and the one after its comma are results; a lead before a colon still sets the items after it
@pytest.mark.parametrize("review,key,v,absent", [
    ("2023年，全市主要经济指标完成年度目标，金融机构贷款余额增长11%，年末为2350亿元。",
     ("loan_balance", "actual", "2023", "growth"), (11, "eq"), ("loan_balance", "target", "2023", "growth")),
    ("2023年，紧扣目标任务，全县金融机构存款余额增长10.5%，12月末为356亿元。",
     ("deposit_balance", "actual", "2023", "growth"), (10.5, "eq"), ("deposit_balance", "target", "2023", "growth")),
    ("2023年，重点项目按计划推进，全县固定资产投资增长9%，全年增长幅度居全市第2位。",
     ("fixed_asset_investment", "actual", "2023", "growth"), (9, "eq"), ("fixed_asset_investment", "target", "2023", "growth")),
    ("2023年，物价调控实现预期目标，全市居民消费价格上涨1.2%，全年上涨幅度低于全省。",
     ("cpi", "actual", "2023", "growth"), (1.2, "eq"), ("cpi", "target", "2023", "growth")),
])
def test_a_set_word_in_a_clause_before_sets_nothing(review, key, v, absent):
    fs = facts(gov(2024, "市", review, "2023年工作回顾"), report_year=2024)
    assert val(fs, key) == v
    assert absent not in fs


@pytest.mark.parametrize("review,ind,measure,target,actual", [
    ("年初确定的主要预期目标：地区生产总值增长6%左右，实际增长5.8%。", "gdp", "growth", (6, "about"), (5.8, "eq")),
    ("2023年，全县城镇新增就业年度目标2500人，全年为2860人。", "urban_new_jobs", "level", (2500, "eq"), (2860, "eq")),
])
def test_a_lead_of_its_own_clause_or_colon_sets(review, ind, measure, target, actual):
    fs = facts(gov(2024, "县", review, "2023年工作回顾"), report_year=2024)
    assert val(fs, (ind, "target", "2023", measure)) == target
    assert val(fs, (ind, "actual", "2023", measure)) == actual


# a stock's total after its gain is said in a few words (累计120家, 累计认定120家), not the total of another named after it
@pytest.mark.parametrize("said,v", [
    ("新增高新技术企业15家、累计培育科技型中小企业120家。", (15, "eq")),
    ("新增高新技术企业15家，累计引进培育各类科技型企业300家。", (15, "eq")),
    ("新增高新技术企业15家、累计达到120家。", (120, "eq")),
    ("新增国家高新技术企业15家，累计认定120家。", (120, "eq")),
])
def test_a_stocks_total_after_its_gain(said, v):
    fs = facts(gov(2024, "市", "2023年，全市" + said, "2023年工作回顾"), report_year=2024)
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == v
