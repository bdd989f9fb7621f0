"""Decision 380 (hdc49): the headline targets of county-level reports, second round. A figure alone on its line whose
unit opens the next line is the figure, not a page number ("增长\n6\n%左右"); a level above's aim named as such opening
a sentence ("全市的目标是…", "全市的预期目标为…") is that level's, and so is its figure after 的 ("全市的地区生产总值增长目标
是…"); the county's own figure after its pace set against the level above ("我县要高于全市1个百分点以上，达到8%以上") is
the county's target."""
from __future__ import annotations

import pytest

from factkeys import key_values, read


def _report(body: str, year: int = 2021, region: str = "桐庐县", lead: str = "") -> str:
    # a county-level report: a long line of last year's results, the year's targets (body), the tasks
    return (f"{region}人民政府工作报告\n——{year}年1月12日在{region}第十七届人民代表大会第三次会议上\n\n"
            f"一、{year - 1}年工作回顾\n{year - 1}年，地区生产总值增长6.1%，一般公共预算收入增长4.8%。\n\n"
            f"二、{year}年主要预期目标\n{lead}" + body + f"\n\n三、{year}年重点工作\n全年实施重点项目120个。\n")


def _gdp(text: str, year: int = 2021):
    return key_values(read(text)).get(("gdp", "target", str(year), "growth"))


LEAD = "今年全县经济社会发展的主要预期目标是："  # a full line: a lone number under it used to pass for a page number


# --- (a) a figure alone on its line, its unit opening the next line ------------------------------------------------------

# the figure cut from its % or its unit by the converter, under a full line: before, read as a page number and dropped
@pytest.mark.parametrize("body, key, want", [
    ("地区生产总值增长\n7\n%左右；一般公共预算收入增长5%。", ("gdp", "target", "2021", "growth"), (7, "about")),
    ("固定资产投资增长\n9\n％以上；一般公共预算收入增长5%。", ("fixed_asset_investment", "target", "2021", "growth"), (9, "at_least")),
    ("一般公共预算收入达到\n26\n亿元；城镇新增就业3000人。", ("general_budget_revenue", "target", "2021", "level"), (26, "eq")),
    ("城镇新增就业\n2\n万人；一般公共预算收入增长5%。", ("urban_new_jobs", "target", "2021", "level"), (2, "eq")),
])
def test_lone_figure_before_its_unit(body, key, want):
    assert key_values(read(_report(body, lead=LEAD)))[key] == want


# look-alikes that must not change: a page number between two characters of a word, after a figure's digits, or before
# a figure, stays a page number (dropped, the figure whole)
@pytest.mark.parametrize("body, key, want", [
    ("一般公共预算收\n12\n入增长8%；城镇新增就业3000人。", ("general_budget_revenue", "target", "2021", "growth"), (8, "eq")),
    ("地区生产总值增长7.5\n3\n%左右；城镇新增就业3000人。", ("gdp", "target", "2021", "growth"), (7.5, "about")),
    ("城镇居民人均可支配收入达到\n3\n41256元；城镇新增就业3000人。", ("urban_disposable_income", "target", "2021", "level"), (41256, "eq")),
])
def test_page_number_still_dropped(body, key, want):
    assert key_values(read(_report(body, lead=LEAD)))[key] == want


# --- (b) a level above's aim named as such, opening the sentence --------------------------------------------------------

# the city's aim opening the sentence, the county's own after: the county's (before: the city's figure taken)
@pytest.mark.parametrize("body, want", [
    ("全市的目标是地区生产总值增长6%，我县地区生产总值增长7.5%以上；城镇新增就业3000人。", (7.5, "at_least")),
    ("全市的预期目标为生产总值增长6.5%，全县力争增长7.5%；城镇新增就业3000人。", (7.5, "eq")),
    ("全市的主要预期目标是：地区生产总值增长6%左右。我县地区生产总值增长7%左右；城镇新增就业3000人。", (7, "about")),
])
def test_city_aim_named_first(body, want):
    assert _gdp(_report(body)) == want


# the city's aim alone, no county figure after it: the county has no GDP target (before: the city's taken as its own)
def test_city_aim_alone_not_own():
    assert _gdp(_report("全市的目标是地区生产总值增长6%左右。城镇新增就业3000人。")) is None


# look-alikes: a county-level city's 全市 is its own; a county's own aim by its own word
def test_own_aim_words_kept():
    assert _gdp(_report("全市的目标是地区生产总值增长7%左右；城镇新增就业3000人。", region="宜兴市")) == (7, "about")
    assert _gdp(_report("全县的目标是地区生产总值增长8%；城镇新增就业3000人。")) == (8, "eq")


# --- (c) the county's own figure after its pace against the level above -----------------------------------------------

# "我县要高于全市N个百分点以上，达到X" (before: nothing, or the city's figure)
@pytest.mark.parametrize("body, want", [
    ("杭州市确定地区生产总值增长6%，我县要高于全市1个百分点以上，达到7%以上；城镇新增就业3000人。", (7, "at_least")),
    ("全市的目标是地区生产总值增长5.5%，我县要高于全市0.5个百分点，达到6%；城镇新增就业3000人。", (6, "eq")),
])
def test_own_figure_after_its_pace(body, want):
    assert _gdp(_report(body)) == want


# look-alike: the pace alone, no figure after it, gives no numeric target (the city's figure is not taken)
def test_pace_alone_no_figure():
    got = _gdp(_report("杭州市确定地区生产总值增长6%，我县要高于全市1个百分点；城镇新增就业3000人。"))
    assert got is None or got[0] is None


# --- (d) a level above's figure after 的 ----------------------------------------------------------------------------------

# "全市的地区生产总值增长目标是6%左右" in a banner's report is the city's; the banner's own after it (before: the city's)
@pytest.mark.parametrize("body", [
    "全市的地区生产总值增长目标是6%左右，全旗要快于全市1个百分点，即增长7%左右；城镇新增就业3000人。",
    "全市的经济增长目标是6%左右，全旗要快于全市1个百分点，即增长7%左右；城镇新增就业3000人。",
])
def test_city_figure_after_de(body):
    assert _gdp(_report(body, region="达拉特旗")) == (7, "about")


# look-alikes: the report's own 全旗的 and a county-level city's 全市的 stay its own
def test_own_de_kept():
    assert _gdp(_report("全旗的地区生产总值增长6%左右；城镇新增就业3000人。", region="达拉特旗")) == (6, "about")
    assert _gdp(_report("全市的地区生产总值增长6.5%左右；城镇新增就业3000人。", region="宜兴市")) == (6.5, "about")
