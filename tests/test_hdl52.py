"""Decision 419 (hdl52): the headline targets of prefecture-level reports in the wordings of their years. A target's rate
written before its growth name and 的 ("实现6.5%左右的地区生产总值增长") was read only after a verb of result or after
"增长、/和/及"; a list of such items joined by commas or semicolons, a name's 增长 followed by 和 or 及, an aim's verb
before the rate (确保, 力争, 争取), the name's 增速 before the next item and 经济增长 followed by the next item's rate lost
their figures. The verbs and the joins are cues.tsv rate_before_name_verbs and rate_before_name_joins."""
from __future__ import annotations

import pytest

from factkeys import key_values, read


def _targets(body: str, year: int = 2021, region: str = "晋中市") -> str:
    # a prefecture's report: last year's result, then the year's targets paragraph
    return (f"{region}人民政府工作报告\n——{year}年1月12日在{region}第五届人民代表大会第四次会议上\n\n"
            f"{year - 1}年，全市地区生产总值增长3.2%。\n\n今年全市经济社会发展的主要预期目标是：{body}\n")


def _t(ind: str, measure: str = "growth", year: int = 2021) -> tuple:
    return (ind, "target", str(year), measure)


# --- rates before their names: each case failed on the base (the figure lost, or the item missing) -----------------

# a list of such items joined by commas or semicolons, with no verb before the later ones
@pytest.mark.parametrize("body, want", [
    ("努力实现7%左右的地区生产总值增长，5.5%的一般公共预算收入增长，9%的社会消费品零售总额增长。",
     {"gdp": (7, "about"), "general_budget_revenue": (5.5, "eq"), "retail_sales": (9, "eq")}),
    ("实现6.5%的地区生产总值增长；6%以上的固定资产投资增长；城镇新增就业3万人。",
     {"gdp": (6.5, "eq"), "fixed_asset_investment": (6, "at_least")}),
])
def test_rate_before_name_list_by_commas(body, want):
    kv = key_values(read(_targets(body)))
    for ind, v in want.items():
        assert kv[_t(ind)] == v, ind


# the name's 增长 followed by 和 or 及 and the next item's rate
@pytest.mark.parametrize("body, ind, want", [
    ("实现6%以上的地区生产总值增长和5%的一般公共预算收入增长。", "gdp", (6, "at_least")),
    ("实现8%的地区生产总值增长及7%的规模以上工业增加值增长，城镇新增就业2万人。", "gdp", (8, "eq")),
])
def test_rate_before_name_joined_by_he(body, ind, want):
    kv = key_values(read(_targets(body)))
    assert kv[_t(ind)] == want


# an aim's verb before the rate, as the verbs of a result were
@pytest.mark.parametrize("verb", ["确保", "力争", "争取"])
def test_rate_before_name_after_aim(verb):
    kv = key_values(read(_targets(f"{verb}6.5%左右的地区生产总值增长，一般公共预算收入增长5%。")))
    assert kv[_t("gdp")] == (6.5, "about")
    assert kv[_t("general_budget_revenue")] == (5, "eq")


# 经济增长 (a name ending in its growth word) followed by the next item's rate and 的: that figure is the next item's
# the name's 增速 in place of 增长, then the next item's rate
def test_rate_before_name_speed_word_joined():
    kv = key_values(read(_targets("实现7%的地区生产总值增速、8.5%的规模以上工业增加值增速，城镇新增就业2万人。")))
    assert kv[_t("gdp")] == (7, "eq")
    assert kv[_t("industrial_va")] == (8.5, "eq")


def test_economic_growth_before_next_item():
    kv = key_values(read(_targets("实现6%左右的经济增长、8%的固定资产投资增长，城镇新增就业2.5万人。")))
    assert kv[_t("gdp")] == (6, "about")
    assert kv[_t("fixed_asset_investment")] == (8, "eq")
    assert kv[_t("urban_new_jobs", "level")] == (2.5, "eq")


# --- look-alikes that must not change (pass on the base and after) --------------------------------------------------

# a share before the name (占全市15%): no growth of the name, with an aim's verb before it too
def test_share_before_name_is_no_rate():
    kv = key_values(read(_targets("地区生产总值增长8%；确保占全市15%的规上工业增加值增长。")))
    assert _t("industrial_va") not in kv
    assert kv[_t("gdp")] == (8, "eq")


# a result's part (来自…) after a comma join: the name's 增长 not at its clause's end, nothing read
def test_rate_before_name_not_at_clause_end():
    text = _targets("地区生产总值增长8%。") .replace(
        "全市地区生产总值增长3.2%。", "全市经济保持增长，9.2%的规上工业增加值增长来自新兴产业。")
    kv = key_values(read(text))
    assert ("industrial_va", "actual", "2020", "growth") not in kv
    assert kv[_t("gdp")] == (8, "eq")


# no rate before 经济增长 (较快的): the figure after it stays as it was read
def test_economic_growth_without_rate_before():
    kv = key_values(read(_targets("实现较快的经济增长，6.5%的增速高于全省；一般公共预算收入增长6%。")))
    assert kv[_t("gdp")] == (6.5, "eq")
    assert kv[_t("general_budget_revenue")] == (6, "eq")


# the usual ways are unchanged: a rate after its name, one item before its name after 实现, an amount before its name
@pytest.mark.parametrize("body, ind, measure, want", [
    ("地区生产总值增长6.5%左右，一般公共预算收入增长5%。", "gdp", "growth", (6.5, "about")),
    ("实现6.5%左右的地区生产总值增长。", "gdp", "growth", (6.5, "about")),
    ("实现2100亿元的地区生产总值，增长6%。", "gdp", "level", (2100, "eq")),
])
def test_usual_ways_unchanged(body, ind, measure, want):
    kv = key_values(read(_targets(body)))
    assert kv[_t(ind, measure)] == want
