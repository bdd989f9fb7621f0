"""The spec's hard cases in wordings not yet written (spec45, decision 328): 五年内 in a review, after the years gone opened
the sentence (or the review's part), read as the five years ahead; 经济 with a rate's word and an average
(经济年均增速/经济平均增速/经济年均增幅/经济增幅) naming no indicator; 约 written before a change's verb ("约增长5%")
read as no qualifier. With look-alikes that must not change."""
import pytest

from factkeys import key_values, read


def _report(region: str, year: int, body: str) -> str:
    """A report's text: its title, the line of its session, and BODY (its parts)."""
    return f"{region}政府工作报告\n——{year}年1月18日在{region}人民代表大会会议上\n\n{body}\n"


def _kv(region: str, year: int, body: str) -> dict:
    return key_values(read(_report(region, year, body), region=region, report_year=year))


# --- 五年内 in a review: the five years gone, not the five years ahead ---

@pytest.mark.parametrize("region,year,lead", [
    ("亳州市", 2021, "一、“十三五”时期发展成就\n“十三五”时期，全市地区生产总值年均增长7.6%；"),
    ("淮北市", 2021, "一、过去五年工作回顾\n过去五年，全市生产总值年均增长6.1%；"),
    ("随县", 2016, "一、“十二五”时期工作回顾\n"),
])
def test_five_years_within_in_review_is_result(region, year, lead):
    # a sum and a fall over 五年内, after the years gone (or opening a review's paragraph): results of the span gone
    body = lead + "五年内单位生产总值能耗累计下降15.8%，累计新增城镇就业3.4万人。"
    kv = _kv(region, year, body)
    span = f"{year - 5}-{year - 1}"
    assert kv.get(("energy_intensity", "actual", span, "growth")) == (-15.8, "eq")
    assert kv.get(("urban_new_jobs", "actual", span, "level")) == (3.4, "eq")
    assert not any(k[1] == "goal" for k in kv)


@pytest.mark.parametrize("title", ["二、“十四五”时期奋斗目标", "二、今后五年的目标任务"])
def test_five_years_within_in_plan_part_stays_goal(title):
    # look-alike: 五年内 opening a sentence of the plan's part is still the five years ahead
    kv = _kv("亳州市", 2021, f"{title}\n五年内，全市累计新增城镇就业5万人，单位生产总值能耗累计下降14%。")
    assert kv.get(("urban_new_jobs", "goal", "2021-2025", "level")) == (5, "eq")
    assert kv.get(("energy_intensity", "goal", "2021-2025", "growth")) == (-14, "eq")


def test_five_years_within_after_plan_ahead_stays_goal():
    # look-alike: after the plan ahead opened the sentence, 五年内 is its years
    kv = _kv("亳州市", 2021, "二、“十四五”目标\n“十四五”时期，全市单位生产总值能耗五年内累计下降14%。")
    assert kv.get(("energy_intensity", "goal", "2021-2025", "growth")) == (-14, "eq")


# --- 经济 with a rate's word and an average: the region's gdp ---

@pytest.mark.parametrize("name", ["经济年均增速", "经济平均增速", "经济年均增幅"])
def test_economy_average_rate_is_gdp(name):
    # "我市经济年均增速7.3%" in a five-year review: gdp's average growth over the span
    kv = _kv("铜陵市", 2022, f"一、过去五年工作回顾\n过去五年，我市{name}7.3%，高于全省平均水平。")
    assert kv.get(("gdp", "actual", "2017-2021", "growth")) == (7.3, "eq")


def test_economy_rate_word_target_is_gdp():
    # 经济增幅 with the year's figure: gdp's target
    kv = _kv("铜陵市", 2022, "二、2022年工作安排\n今年全市经济增幅6.5%左右，一般公共预算收入增长5%。")
    assert kv.get(("gdp", "target", "2022", "growth")) == (6.5, "about")


@pytest.mark.parametrize("part", ["数字经济年均增速", "民营经济增幅", "县域经济平均增速"])
def test_economy_rate_of_a_part_is_no_gdp(part):
    # look-alike: a kind of economy (the words of mention_guards.tsv before 经济) is no gdp
    kv = _kv("铜陵市", 2022, f"一、过去五年工作回顾\n过去五年，全市{part}15.2%。")
    assert not any(k[0] == "gdp" for k in kv)


def test_economy_rate_compared_stays_qualitative():
    # look-alike: 经济增幅 named as the bar of another indicator's qualitative target gives no gdp figure
    kv = _kv("铜陵市", 2022, "二、2022年工作安排\n今年全市居民收入增幅高于经济增幅。")
    assert kv.get(("disposable_income", "target", "2022", "growth")) == (None, "qualitative")
    assert not any(k[0] == "gdp" for k in kv)


# --- 约 before a change's verb: about ---

@pytest.mark.parametrize("phrase,key,value", [
    ("进出口总额约增长12%", ("foreign_trade", "actual", "2022", "growth"), 12),
    ("规模以上工业增加值约下降2.1%", ("industrial_va", "actual", "2022", "growth"), -2.1),
    ("常住人口城镇化率约提高1.1个百分点", ("urbanization_rate", "actual", "2022", "pp_change"), 1.1),
])
def test_about_before_change_verb_result(phrase, key, value):
    kv = _kv("江门市", 2023, f"一、2022年工作回顾\n全年{phrase}，一般公共预算收入增长9%。")
    assert kv.get(key) == (value, "about")
    # look-alike in the same sentence: a bare change keeps eq
    assert kv.get(("general_budget_revenue", "actual", "2022", "growth")) == (9, "eq")


def test_about_before_change_verb_target():
    # the year's targets, 约 before the verb (and after 预计): about, as 增长约7% is
    kv = _kv("江门市", 2023, "二、2023年工作安排\n今年主要预期目标是：地区生产总值约增长6%，固定资产投资预计约增长8%，"
                             "社会消费品零售总额增长约7%。")
    assert kv.get(("gdp", "target", "2023", "growth")) == (6, "about")
    assert kv.get(("fixed_asset_investment", "target", "2023", "growth")) == (8, "about")
    assert kv.get(("retail_sales", "target", "2023", "growth")) == (7, "about")


def test_saving_before_change_verb_stays_eq():
    # look-alike: 节约 ending before the verb is another word, no 约 of a figure
    kv = _kv("江门市", 2023, "一、2022年工作回顾\n推进资源节约，全市单位生产总值能耗节约下降3.2%。")
    assert kv.get(("energy_intensity", "actual", "2022", "growth")) == (-3.2, "eq")
