"""Decision 406 (hdl51): the headline targets of county-level reports in the wordings of their years. Last year's target
restated in the review by 目标 alone after the comparison word ("超过年初目标8%", "比年初目标8%高", "超出年度预期目标7.5%") is
last year's target, as 计划 and 预期 were; so is it with the gap in points glued after it ("…目标7.5%的0.6个百分点",
"…目标7.5%0.3个百分点") and bracketed after the verb that set it ("完成年初确定目标（8%）"); a pace in words right after
the name, then its amount in a clause of its own ("固定资产投资保持两位数增长，达到150亿元"), is two targets."""
from __future__ import annotations

import pytest

from factkeys import key_values, read


def _report(body: str, year: int = 2019, region: str = "宁国市") -> str:
    # a county-level report: last year's results (the review), the year's targets, a task
    return (f"{region}政府工作报告\n——{year}年1月15日在{region}第八届人民代表大会第三次会议上\n\n"
            f"一、{year - 1}年工作回顾\n{body}\n\n"
            f"二、{year}年主要预期目标\n今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右；一般公共预算收入增长5%。\n\n"
            f"三、{year}年重点工作\n全年新建改造农村公路80公里。\n")


def _targets(body: str, year: int = 2019, region: str = "宁国市") -> str:
    # the year's targets paragraph alone, under the report's head
    return (f"{region}政府工作报告\n——{year}年1月15日在{region}第八届人民代表大会第三次会议上\n\n"
            f"{year - 1}年，全市地区生产总值增长6.8%。\n\n今年全市经济社会发展的主要预期目标是：{body}\n")


LAST = ("gdp", "target", "2018", "growth")
THIS = ("gdp", "target", "2019", "growth")


# --- (a) last year's target named by 目标 with no 计划/预期 after the comparison ---------------------------------------

# each failed before: the figure after 年初目标/年度目标/全年目标 was read, but as no target (the key went to the result)
@pytest.mark.parametrize("body, want", [
    ("2018年，全市地区生产总值增长8.2%，超过年初目标8%；一般公共预算收入增长9%。", (8, "eq")),
    ("2018年，全市地区生产总值增长7.6%，低于全年目标8%，主要受工业下行影响。", (8, "eq")),
    ("2018年，全市地区生产总值增长8.4%，比年初目标7.5%高0.9个百分点。", (7.5, "eq")),
    ("2018年，全市地区生产总值增长8.1%，超出年度预期目标7.5%。", (7.5, "eq")),
    ("2018年，全市地区生产总值增长8.3%，好于年度目标8%左右。", (8, "about")),
])
def test_last_years_target_by_mubiao(body, want):
    kv = key_values(read(_report(body)))
    assert kv[LAST] == want
    assert kv[("gdp", "actual", "2018", "growth")][0] != want[0]  # the result stays the result
    assert kv[THIS] == (7, "about")  # this year's target untouched


# look-alikes that must not change: a gap in points after the target word (no figure of the target), the level above's
# target (全市 in a county's report: no target of the county's), the part of the target done, a this-year target
@pytest.mark.parametrize("body", [
    "2018年，全市地区生产总值增长8.1%，高于年初目标0.6个百分点。",   # the gap only
    "2018年，全市地区生产总值增长8.1%，比年初目标高0.6个百分点。",   # the gap only, 高 before it
    "2018年，全市一般公共预算收入完成21亿元，完成年度目标的102%。",  # the part of the plan done: no gdp target either
])
def test_gap_to_target_is_no_target(body):
    kv = key_values(read(_report(body)))
    assert LAST not in kv
    assert kv[THIS] == (7, "about")


def test_level_above_target_stays_out():
    # in a county's report, the city's target (全市 is the level above for a 县) is not the county's
    kv = key_values(read(_report("2018年，全县地区生产总值增长8.1%，高于全市目标7.5%。", region="广德县")))
    assert LAST not in kv
    assert kv[("gdp", "actual", "2018", "growth")] == (8.1, "eq")


# --- (b) the gap in points glued after the target's figure ----------------------------------------------------------------

# each failed before: the figure before 的0.6个百分点 was read as a proportion of something (a share), then dropped
@pytest.mark.parametrize("body, want", [
    ("2018年，全市地区生产总值增长8.1%，高于年初预期目标7.5%的0.6个百分点。", (7.5, "eq")),
    ("2018年，全市地区生产总值增长8.1%，超出年度预期目标7.5%0.6个百分点。", (7.5, "eq")),
    ("2018年，全市规模以上工业增加值增长9.6%，高于年初预期目标9%的0.6个百分点。", (9, "eq")),
])
def test_target_with_gap_glued_after(body, want):
    kv = key_values(read(_report(body)))
    key = ("industrial_va" if "工业" in body else "gdp", "target", "2018", "growth")
    assert kv[key] == want


# look-alikes: a proportion of something after 的 stays a proportion (no growth target made of it)
@pytest.mark.parametrize("body, absent", [
    ("2018年，全市城镇化率达到52%，相当于全省平均水平的90%。", ("urbanization_rate", "target", "2018", "share")),
    ("2018年，全市地区生产总值增长8.1%，高于年初预期目标0.6个百分点。", LAST),
])
def test_proportion_and_bare_gap_unchanged(body, absent):
    assert absent not in key_values(read(_report(body)))


# --- (c) the bracketed target after the verb that set it ----------------------------------------------------------------

# failed before: 年初确定目标（8%）, the verb between 年初 and 目标 before the bracket
@pytest.mark.parametrize("body, want", [
    ("2018年，全市地区生产总值增长8.2%，完成年初确定目标（8%）。", (8, "eq")),
    ("2018年，全市地区生产总值增长8.2%，完成年初提出目标（增长8%）。", (8, "eq")),
])
def test_bracketed_target_after_its_verb(body, want):
    assert key_values(read(_report(body)))[LAST] == want


def test_bracketed_target_kept_forms():
    # a look-alike that already worked and must stay: 年初目标（8%）, no verb
    assert key_values(read(_report("2018年，全市地区生产总值增长8.2%，完成年初目标（8%）。")))[LAST] == (8, "eq")


# --- (d) a pace in words after the name, then its amount ----------------------------------------------------------------

# failed before: only the amount was kept, the growth in words dropped
@pytest.mark.parametrize("body, key", [
    ("地区生产总值增长8%；固定资产投资保持两位数增长，达到150亿元。", ("fixed_asset_investment", "target", "2019", "growth")),
    ("地区生产总值增长8%；社会消费品零售总额稳定增长，达到86亿元。", ("retail_sales", "target", "2019", "growth")),
])
def test_pace_in_words_then_amount(body, key):
    kv = key_values(read(_targets(body)))
    assert kv[key] == (None, "qualitative")
    assert kv[(key[0], "target", "2019", "level")][1] == "eq"  # the amount kept too


# look-alikes: the growth with its figure (the figure wins, no qualitative), the pace in a review (a result in words is
# no fact), the stock's level after its words (grain has no growth in words: its qualitative measure is its level)
def test_pace_lookalikes():
    kv = key_values(read(_targets("地区生产总值增长8%；固定资产投资增长12%，达到150亿元。")))
    assert kv[("fixed_asset_investment", "target", "2019", "growth")] == (12, "eq")
    kv = key_values(read(_report("2018年，全市固定资产投资保持两位数增长，完成150亿元。")))
    assert ("fixed_asset_investment", "actual", "2018", "growth") not in kv
    assert ("fixed_asset_investment", "target", "2018", "growth") not in kv
    kv = key_values(read(_targets("地区生产总值增长8%；粮食总产量稳定在30万吨以上；完成市下达的节能减排任务。")))
    assert kv[("grain_output", "target", "2019", "level")] == (30, "at_least")
    assert kv[("energy_intensity", "target", "2019", "growth")] == (None, "qualitative")
