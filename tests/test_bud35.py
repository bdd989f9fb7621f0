"""Whole budget reports (预算执行情况和预算草案的报告) of provinces, cities, counties and districts, blind (bud35)."""
import pytest
from factkeys import facts, val

DIST = ("关于某区2023年全区和区级预算执行情况及2024年全区和区级预算草案的报告\n"
        "——2024年1月10日在武汉市江岸区第十五届人民代表大会第四次会议上\n区财政局局长　李明\n\n一、2023年预算执行情况\n\n")
CTY = ("关于长丰县2019年预算执行情况和2020年预算草案的报告\n"
       "——2020年1月9日在长丰县第十七届人民代表大会第五次会议上\n县财政局局长　王强\n\n一、2019年预算执行情况\n\n")
CITY = ("关于洛阳市2021年预算执行情况和2022年预算草案的报告\n"
        "——2022年1月12日在洛阳市第十五届人民代表大会第六次会议上\n市财政局局长　赵刚\n\n一、2021年预算执行情况\n\n")


# 1. the own level (区级, 县级) in a report that states the whole region's budget apart ("全区和区级") is the
# government's own part, not the region
def test_district_level_before_the_whole_district_is_a_part():
    fs = facts(DIST + "区级一般公共预算支出完成41.2亿元，增长2.8%。全区一般公共预算支出完成68.5亿元，增长5.1%。\n")
    assert val(fs, ("general_budget_expenditure", "actual", "2023", "level")) == (68.5, "eq")
    assert val(fs, ("general_budget_expenditure", "actual", "2023", "growth")) == (5.1, "eq")


def test_county_level_budget_revised_is_no_target_of_the_county():
    fs = facts(CTY + "全县一般公共预算支出完成45.6亿元，增长6%。县级一般公共预算支出年初预算为30亿元，经县人大常委会批准，"
               "调整为33亿元。\n")
    assert ("general_budget_expenditure", "target", "2019", "level") not in fs
    assert val(fs, ("general_budget_expenditure", "actual", "2019", "level")) == (45.6, "eq")


# 2. 年初预算 right before the budget's name sets the year reviewed's budget: a target, not the result
def test_initial_budget_before_the_name_revised():
    fs = facts(CITY + "年初预算全市一般公共预算收入为425亿元，执行中调整为410亿元。全市一般公共预算收入完成418.6亿元，增长3.5%。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "level")) == (418.6, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2021", "level")) == (410, "eq")


def test_initial_budget_before_the_name():
    fs = facts(CTY + "年初预算全县一般公共预算支出38亿元。全县一般公共预算支出完成41.3亿元，增长6.2%。\n")
    assert val(fs, ("general_budget_expenditure", "actual", "2019", "level")) == (41.3, "eq")
    assert val(fs, ("general_budget_expenditure", "target", "2019", "level")) == (38, "eq")


# 3. the taxes a kind of firm or a sector contributes, as a share, are no tax share of the budget revenue
def test_contributed_tax_share_is_no_tax_share():
    fs = facts(CTY + "民营企业贡献税收占比超过六成，全县税收占比72%。\n")
    assert val(fs, ("tax_revenue_share", "actual", "2019", "share")) == (72, "eq")
    fs = facts(CITY + "规上工业企业贡献的税收占比为48%；税收收入占一般公共预算收入的比重为80.5%。\n")
    assert val(fs, ("tax_revenue_share", "actual", "2021", "share")) == (80.5, "eq")


PLAN = ("关于某市2022年预算执行情况和2023年预算草案的报告\n"
        "——2023年1月12日在漯河市第八届人民代表大会第三次会议上\n市财政局局长　周平\n\n二、2023年预算草案\n\n")


def _pledges(sent):
    from factkeys import read
    return {(p.action, p.object, p.value, p.unit) for p in read(PLAN + sent + "\n", region="漯河市", report_year=2023,
                                                                 level="prefecture").pledges}


# 5. items merged or cut to a count ("由X项整合为Y项"): the count reached, of what is named before 由
def test_merged_to_a_count():
    assert ("整合为", "涉农专项资金", 20, "项") in _pledges("将涉农专项资金由48项整合为20项。")
    assert ("精简为", "行政审批事项", 98, "项") in _pledges("将行政审批事项由156项精简为98项。")


# 6. reliefs named whole and joined before one amount are one object, the action before them acts
def test_reliefs_joined_before_one_amount():
    assert ("新增", "减税降费及退税缓费", 12, "亿元") in _pledges("全年新增减税降费及退税缓费12亿元以上。")
    assert ("新增", "减税降费和缓税缓费", 8.5, "亿元") in _pledges("全年新增减税降费和缓税缓费8.5亿元。")
    assert ("新增", "减税降费", 6, "亿元") in _pledges("全年新增减税降费6亿元。")


# 7. how an allocation is set (按规定, 依法), between its name and its verb, is no part of it
def test_manner_before_the_allocation_verb():
    assert ("安排", "市本级预备费", 0.8, "亿元") in _pledges("市本级预备费按规定安排0.8亿元。")
    assert ("安排", "市级预备费", 3, "亿元") in _pledges("市级预备费依法安排3亿元。")


# 8. a debt falling due, no verb before it, is no allocation; paying it is a pledge
def test_debt_due_is_no_allocation():
    assert not any(v == 36.2 for _, _, v, _ in _pledges("2023年全市到期政府债务本息约36.2亿元，拟通过再融资债券和财政资金偿还。"))
    assert ("偿还", "到期政府债务", 9, "亿元") in _pledges("全年偿还到期政府债务9亿元。")


# 9. the revenue over or short of the budget (超收, 短收) after the level is no level; the change after it is the
# revenue's
def test_over_and_short_collection_keep_the_growth():
    fs = facts(CITY + "全市一般公共预算收入完成210.5亿元，超收6.3亿元，增长4.2%。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "level")) == (210.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "growth")) == (4.2, "eq")
    fs = facts(CITY + "全市一般公共预算收入完成198.2亿元，短收4.8亿元，同比下降2.4%。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "growth")) == (-2.4, "eq")


# 10. 再融资 (refinancing), 再贷款, 再担保 are names: their 再 is no "again" opening the object
def test_refinancing_bonds_keep_their_name():
    assert ("发行", "再融资债券", 15.6, "亿元") in _pledges("全年计划发行再融资债券15.6亿元，用于偿还到期债务。")
    assert ("拟发行", "再融资一般债券", 8, "亿元") in _pledges("拟发行再融资一般债券8亿元。")
    assert ("争取", "再贷款额度", 4, "亿元") in _pledges("争取再贷款额度4亿元。")


# 11. who funds an allocation (县级财政, 市级, 财政) before its verb and a bound: the verb allocates, the funds are counted
def test_funder_before_the_allocation_and_its_bound():
    assert ("安排", "乡村振兴资金", 2, "亿元") in _pledges("县级财政安排乡村振兴资金不低于2亿元。")
    assert ("安排", "科技创新资金", 5, "亿元") in _pledges("市级安排科技创新资金不少于5亿元。")
    assert ("安排", "教育支出", 20, "亿元") in _pledges("财政安排教育支出不低于20亿元。")


# 12. a budget table's growth column named with its base ("比上年执行数增长%", "较2021年决算数增长%") is the growth of
# the column before it (the draft's budget), not a result of the base's year
@pytest.mark.parametrize("head", ["比上年执行数增长%", "较2021年决算数增长%"])
def test_budget_table_growth_over_the_base(head):
    fs = facts(CITY + "表1　全市一般公共预算收支情况\n单位：亿元\n"
               f"项目\t2021年预算数\t2021年执行数\t比上年增长%\t2022年预算数\t{head}\n"
               "一般公共预算收入\t420.0\t418.6\t3.5\t440.0\t5.1\n一般公共预算支出\t610.0\t625.3\t2.2\t630.0\t0.8\n")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "growth")) == (3.5, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2022", "growth")) == (5.1, "eq")
    assert val(fs, ("general_budget_expenditure", "target", "2022", "growth")) == (0.8, "eq")
