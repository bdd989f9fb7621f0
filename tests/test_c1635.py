"""c1635: whole prefecture-city reports of 2016–2019, blind (decision 132)."""
import pytest

from factkeys import facts, val


def _report(body: str, year: int):
    head = f"政府工作报告\n——{year}年1月18日在某某市第六届人民代表大会第三次会议上\n市长 王某\n"
    return facts(head + body + "\n", report_year=year, region="某某市", level="prefecture")


# 1. a paragraph opened by the reviewed year said to be a year of some kind ("2015年是…的一年", "…之年"), after a
# review of the five years: its figures are that year's (they had kept the five years' span, and a count's key
# taken by the five years' total lost the year's figure)
@pytest.mark.parametrize("opener", [
    "2015年是我市经济运行极为困难的一年。",
    "2015年是经济下行压力持续加大、企业生产经营异常艰难的一年。",
    "2015年是全市上下顶住压力、稳中求进之年。",
])
def test_the_year_named_as_a_kind_of_year_ends_the_five_years(opener):
    fs = _report("一、“十二五”时期和2015年工作回顾\n“十二五”时期，全市地区生产总值年均增长9.2%，五年城镇新增就业28.6万人。\n"
                 + opener + "面对困难，全市实现地区生产总值1130亿元，增长6.1%；规模以上工业增加值下降1.8%；城镇新增就业5.9万人。",
                 2016)
    assert val(fs, ("gdp", "actual", "2011-2015", "growth")) == (9.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2011-2015", "level")) == (28.6, "eq")
    assert val(fs, ("gdp", "actual", "2015", "growth")) == (6.1, "eq")
    assert val(fs, ("industrial_va", "actual", "2015", "growth")) == (-1.8, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2015", "level")) == (5.9, "eq")
    assert ("industrial_va", "actual", "2011-2015", "growth") not in fs


def test_a_new_terms_last_year_named_by_its_event():
    fs = _report("一、过去五年工作回顾\n五年来，全市地区生产总值年均增长8.8%，城镇新增就业累计26万人。\n"
                 "2017年是党的十九大胜利召开之年。全市地区生产总值增长7.9%，城镇新增就业5.6万人。", 2018)
    assert val(fs, ("gdp", "actual", "2013-2017", "growth")) == (8.8, "eq")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (7.9, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2017", "level")) == (5.6, "eq")


def test_the_report_year_named_as_a_kind_of_year_sets_its_targets():
    # (the same words for the report's own year in its work part: the year's targets, not a result)
    fs = _report("三、2016年工作安排\n2016年是我市全面推进供给侧结构性改革的一年。全市地区生产总值增长7.5%左右，"
                 "固定资产投资增长12%。", 2016)
    assert val(fs, ("gdp", "target", "2016", "growth")) == (7.5, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2016", "growth")) == (12, "eq")


# 2. a 分别 run whose separators a printing dropped ("7.5%8%10%左右", spec facts.md): the qualifier after the last
# covers the run, as with 、 between (the earlier figures had stayed eq)
@pytest.mark.parametrize("run, qual", [
    ("分别增长6.5%7%9%左右", "about"),
    ("分别增长6.5% 7% 9%左右", "about"),
    ("分别增长6.5%7%9%以上", "at_least"),
])
def test_a_run_without_separators_shares_the_last_qualifier(run, qual):
    fs = _report("二、2017年主要预期目标\n全市地区生产总值、规模以上工业增加值、固定资产投资" + run + "；一般公共预算收入增长5%。",
                 2017)
    assert val(fs, ("gdp", "target", "2017", "growth")) == (6.5, qual)
    assert val(fs, ("industrial_va", "target", "2017", "growth")) == (7, qual)
    assert val(fs, ("fixed_asset_investment", "target", "2017", "growth")) == (9, qual)
    assert val(fs, ("general_budget_revenue", "target", "2017", "growth")) == (5, "eq")


def test_a_run_whose_first_has_its_own_qualifier_keeps_the_others_own():
    # (only a bare figure takes the last one's: "6.5%左右8%" leaves 8% as written)
    fs = _report("二、2017年主要预期目标\n全市地区生产总值、固定资产投资分别增长6.5%左右8%。", 2017)
    assert val(fs, ("gdp", "target", "2017", "growth")) == (6.5, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2017", "growth")) == (8, "eq")


# 3. last year's targets restated in the review after the year and a comma and who set them ("2018年，我们确定的主要
# 目标是…"): last year's targets (the target word after 确定的 is no cue of its own: the figure had been the result)
@pytest.mark.parametrize("lead", ["2017年，我们确定的主要目标是", "2017年，全市确定的主要预期目标是：", "2017年，我们提出的发展目标为"])
def test_last_years_target_after_the_year_and_who_set_it(lead):
    fs = _report("一、2017年工作回顾\n" + lead + "地区生产总值增长8.5%，城镇新增就业4万人。全市地区生产总值实际增长7.9%，"
                 "城镇新增就业4.3万人。", 2018)
    assert val(fs, ("gdp", "target", "2017", "growth")) == (8.5, "eq")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (7.9, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2017", "level")) == (4.3, "eq")


def test_the_report_years_targets_after_the_year_and_who_set_them():
    fs = _report("二、2018年工作安排\n2018年，我们确定的主要目标是：地区生产总值增长7.5%左右，城镇新增就业4万人。", 2018)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (7.5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2018", "level")) == (4, "eq")
