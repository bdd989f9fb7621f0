"""Adversarial review of the rules merged from hold26 (tests/test_hold26.py): look-alikes where they must
not fire, in several provinces' wordings."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def review(prov: str, body: str) -> str:
    return (f"政府工作报告\n——2026年1月22日在{prov}第十四届人民代表大会第五次会议上\n"
            f"一、2025年工作回顾\n2025年，{body}\n二、2026年工作安排\n"
            "今年全省经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n")


def targets(prov: str, body: str) -> str:
    return (f"政府工作报告\n——2026年1月22日在{prov}第十四届人民代表大会第五次会议上\n"
            "一、2025年工作回顾\n2025年，全省地区生产总值增长5.2%。\n二、2026年工作安排\n"
            f"今年全省经济社会发展主要预期目标是：{body}\n")


# 1. "持平略增", "持平偏增", "持平或略增": a small rise, no growth of 0 (a bare 持平 still is)
@pytest.mark.parametrize("body", [
    "全市粮食产量持平略增，达到52.3万吨。",
    "全省粮食总产量持平或略增，连续五年稳定在700亿斤以上。",
    "全区粮食产量持平偏增。",
])
def test_flat_or_slightly_up_is_no_zero_growth(body):
    assert ("grain_output", "actual", "2025", "growth") not in facts(review("河南省", body))


@pytest.mark.parametrize("body", [
    "粮食产量持平略增，居民消费价格涨幅2%左右。",
    "粮食播种面积和产量持平偏增，居民消费价格涨幅2%左右。",
])
def test_flat_or_slightly_up_target_is_qualitative(body):
    fs = facts(targets("黑龙江省", body))
    assert ("grain_output", "target", "2026", "growth") not in fs
    assert val(fs, ("grain_output", "target", "2026", "level")) == (None, "qualitative")


def test_bare_flat_still_no_change():
    fs = facts(review("河北省", "全省居民消费价格持平，工业生产者出厂价格下降2.1%。"))
    assert val(fs, ("cpi", "actual", "2025", "growth")) == (0, "eq")


# 9. Years after 比/较 are the base years of a change, not the years of its values
@pytest.mark.parametrize("body,period,want", [
    ("全省地区生产总值比2020年、2015年分别增长32%、85%。", "2021-2025", 32),
    ("全市地区生产总值较2015年、2020年分别增长85%、32%。", "2016-2025", 85),
])
def test_base_years_before_each_are_no_value_years(body, period, want):
    fs = facts(review("浙江省", body))
    assert val(fs, ("gdp", "actual", period, "growth")) == (want, "eq")
    assert not any(k[2] in ("2015", "2020") for k in fs)


def test_doubling_on_base_years_stays_the_goal():
    fs = facts(targets("广东省", "地区生产总值增长5%左右。到2030年全省地区生产总值比2020年、2010年分别翻一番、翻两番。"))
    assert val(fs, ("gdp", "goal", "2030", "growth")) == (100, "eq")
    assert not any(k[2] in ("2010", "2020") for k in fs)


@pytest.mark.parametrize("body", [
    "全省城镇新增就业2023年、2024年、2025年分别为52万人、54万人、55万人。",
    "2023年、2024年、2025年全省城镇新增就业分别达到52万人、54万人、55万人。",
])
def test_years_each_still_date_their_values(body):
    fs = facts(review("四川省", body))
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (52, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2024", "level")) == (54, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (55, "eq")


# 8. "超过规划目标1.5个百分点": a gap to the plan's target, neither the plan's goal nor a change
@pytest.mark.parametrize("body", [
    "全省常住人口城镇化率达到58.5%，超过规划目标1.5个百分点。",
    "全省常住人口城镇化率提高5.2个百分点，超过“十四五”规划目标1.2个百分点。",
])
def test_gap_over_the_plans_target_is_no_fact(body):
    fs = facts(review("山东省", body))
    assert not any(k[0] == "urbanization_rate" and k[1] == "goal" for k in fs)
    assert not any(f.value in (1.5, 1.2) for f in fs.values())


def test_plan_target_after_a_result_still_the_goal():
    fs = facts(review("山东省", "全省森林覆盖率达到40%，规划目标39%。"))
    assert val(fs, ("forest_coverage", "goal", "2021-2025", "share")) == (39, "eq")
    assert val(fs, ("forest_coverage", "actual", "2025", "share")) == (40, "eq")


def test_rise_over_a_point_is_still_a_change():
    fs = facts(review("山东省", "全省常住人口城镇化率比上年提高超过1个百分点。"))
    assert val(fs, ("urbanization_rate", "actual", "2025", "pp_change")) == (1, "at_least")


# 3. (under-firing) last year's targets listed after a colon ("年初确定的主要预期目标：") are last year's
# targets, as after "目标是：" — not results
@pytest.mark.parametrize("lead", ["年初确定的主要预期目标：", "年初人代会确定的主要预期目标："])
def test_last_years_targets_after_a_colon(lead):
    fs = facts(review("湖北省", lead + "地区生产总值增长6%左右，一般公共预算收入增长5%。"
                      "从执行情况看，地区生产总值增长5.6%，一般公共预算收入增长3.2%。"))
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "target", "2025", "growth")) == (5, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (3.2, "eq")


@pytest.mark.parametrize("lead", ["年初确定的各项目标任务全面完成：", "全面完成年初确定的主要预期目标：",
                                  "较好实现年初确定的主要预期目标：", "圆满完成了年初人代会确定的主要预期目标："])
def test_targets_fulfilled_then_colon_are_results(lead):
    fs = facts(review("湖北省", lead + "地区生产总值增长5.8%，一般公共预算收入增长4%。"))
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.8, "eq")
    assert ("gdp", "target", "2025", "growth") not in fs


def test_this_years_targets_after_a_colon_stay_this_years():
    fs = facts(targets("湖北省", "地区生产总值增长5%左右。今年确定的主要预期目标：一般公共预算收入增长3%。"))
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (3, "eq")


# 4. 新增 after 比上年/较上年 is the change of a count per year, not the count
@pytest.mark.parametrize("body,ind", [
    ("全省农村劳动力转移就业人数比上年新增2万人。", "rural_labor_transfer"),
    ("全省城镇新增就业人数比上年新增0.4万人。", "urban_new_jobs"),
    ("全市城镇新增就业人数较上年新增0.4万人。", "urban_new_jobs"),
])
def test_added_over_last_year_is_no_count(body, ind):
    assert (ind, "actual", "2025", "level") not in facts(review("湖南省", body))


def test_added_count_still_the_count():
    fs = facts(review("湖南省", "全省农村劳动力转移就业新增26万人，城镇新增就业8.6万人。"))
    assert val(fs, ("rural_labor_transfer", "actual", "2025", "level")) == (26, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (8.6, "eq")


def test_gap_over_the_plans_target_done_is_no_fact():
    fs = facts(review("山东省", "全市常住人口城镇化率达到58.5%，超额完成规划目标1.2个百分点。"))
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (58.5, "eq")
    assert not any(f.value == 1.2 for f in fs.values())


# 7. (under-firing) the firms' count in two steps before their value added
@pytest.mark.parametrize("body", [
    "全市规上工业企业净增120家、达1260家，增加值增长8.1%。",
    "全市规上工业企业新增120家、总数达1260家，增加值增长8.1%。",
])
def test_value_added_after_two_counts_of_firms(body):
    assert val(facts(review("江苏省", body)), ("industrial_va", "actual", "2025", "growth")) == (8.1, "eq")


def test_value_added_of_another_kind_of_firm_is_not_named():
    fs = facts(review("江苏省", "全市规上工业企业新增120家、高新技术企业达到560家，增加值增长8.1%。"))
    assert ("industrial_va", "actual", "2025", "growth") not in fs
