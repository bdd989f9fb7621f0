"""Session 22 county24: the review and target parts of county and district reports of 2024-2026 (written blind);
the plan's first years gone by with 实际/实现 before their average ("，前三年实际年均增长6.2%")."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

HEAD = "政府工作报告\n——2024年1月8日在泸县第十八届人民代表大会第四次会议上\n县长  张三\n各位代表：\n一、2023年工作回顾\n"
TARGETS = "\n二、2024年主要预期目标\n今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n"


# the plan's average set, then its first years' average so far with 实际/实现 before it: actual for those years
@pytest.mark.parametrize("sent,iid,span,value", [
    ("“十四五”规划确定的地区生产总值年均增长7%的目标，前三年实际年均增长6.2%。", "gdp", "2021-2023", 6.2),
    ("“十四五”规划确定的一般公共预算收入年均增长8%的目标，前两年实现年均增长8.9%。", "general_budget_revenue",
     "2021-2022", 8.9),
    # (the form without the adverb, as before)
    ("“十四五”规划确定的地区生产总值年均增长7%的目标，前三年年均增长6.2%。", "gdp", "2021-2023", 6.2),
])
def test_first_years_actual_average(sent, iid, span, value):
    fs = facts(HEAD + "地区生产总值完成285.6亿元，增长6.6%。" + sent + TARGETS)
    assert val(fs, (iid, "actual", span, "growth")) == (value, "eq")
    assert fs[(iid, "goal", "2021-2025", "growth")].value in (7, 8)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.6, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")


# look-alikes: the year's own result after its target (实际增长), a part of the year (前三季度) stay as they were
def test_year_result_after_its_target_is_not_a_span():
    fs = facts(HEAD + "地区生产总值完成285.6亿元，年初预期增长7%，实际增长6.6%。" + TARGETS)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.6, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "eq")
    assert not any(k[2].startswith("2021-") for k in fs)


def test_part_of_the_year_is_no_span():
    fs = facts(HEAD + "规上工业增加值前三季度增长7.3%，预计全年实际增长7%左右。" + TARGETS)
    assert not any("-" in k[2] for k in fs if k[0] == "industrial_va")


# a county excerpt of 2025 in its own wording (written before the code was run): the review's pairs and
# ranks, the target list with 力争, every GDP figure in its key
JINJIANG = """晋江市第十八届人民代表大会第六次会议开幕
1月20日上午，晋江市第十八届人民代表大会第六次会议在市会议中心开幕。市长黄晓峰代表市人民政府作政府工作报告。
报告指出，2025年，全市实现地区生产总值3862.5亿元，比上年增长5.9%；规模以上工业增加值、固定资产投资分别增长6.8%和3.5%；一般公共预算总收入和地方一般公共预算收入分别完成286.3亿元、148.6亿元，分别增长2.1%、1.6%；城镇、农村居民人均可支配收入分别为7.25万元和3.86万元，增长4.1%和6.2%。
报告提出，2026年是“十五五”开局之年。今年全市经济社会发展的主要预期目标是：地区生产总值增长6%，力争6.5%；固定资产投资增长4%；城镇登记失业率控制在3.5%以内；单位地区生产总值能耗和二氧化碳排放降低完成泉州市下达任务。
报告还提出，“十五五”期间，晋江将力争地区生产总值年均增长5.5%以上，到2030年突破5000亿元。
"""


def test_county_news_excerpt():
    fs = facts(JINJIANG, report_year=2026, region="晋江市", level="county")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (3862.5, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.9, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2025", "growth")) == (3.5, "eq")
    assert val(fs, ("fiscal_total_revenue", "actual", "2025", "level")) == (286.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (1.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "level")) == (3.86, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.2, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "eq")
    assert val(fs, ("registered_unemployment_rate", "target", "2026", "share")) == (3.5, "at_most")
    assert fs[("carbon_intensity", "target", "2026", "growth")].qualifier == "qualitative"
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "at_least")
    assert val(fs, ("gdp", "goal", "2030", "level")) == (5000, "at_least")


# a sentence opening with bare 前N年 (the plan not named) before an average or a total: the plan's first years,
# where they end in the year reviewed (not the five-year default)
@pytest.mark.parametrize("sent,key,value", [
    ("前三年，全县地区生产总值年均增长6.2%。", ("gdp", "actual", "2021-2023", "growth"), 6.2),
    ("前三年全县一般公共预算收入年均增长8.1%。", ("general_budget_revenue", "actual", "2021-2023", "growth"), 8.1),
    ("\n前三年，城镇新增就业累计1.5万人。", ("urban_new_jobs", "actual", "2021-2023", "level"), 1.5),
])
def test_bare_first_years_open_the_sentence(sent, key, value):
    fs = facts(HEAD + "地区生产总值完成285.6亿元，增长6.6%。" + sent + TARGETS)
    assert fs[key].value == value
    assert not any(k[2] == "2019-2023" for k in fs)


# look-alikes: 五年来 keeps the five years; 前三季度 is part of the year, no span
def test_five_years_and_quarters_unchanged():
    fs = facts(HEAD + "五年来，全县地区生产总值年均增长6.2%。" + TARGETS)
    assert val(fs, ("gdp", "actual", "2019-2023", "growth")) == (6.2, "eq")
    fs = facts(HEAD + "前三季度，规上工业增加值增长7.3%。全年规上工业增加值增长7%。" + TARGETS)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7, "eq")
    assert not any("-" in k[2] for k in fs)
