"""Decision 546 (hdl64): prefecture cities' plan reports, their headline targets in the plan report's shapes, blind. Under
a plan report's title, which names last year's 执行情况 first, a paragraph before any heading is read as last year's
review unless a cue says otherwise: the plan report's own leads to the year's targets (计划安排：, 建议安排：, 主要指标安排：,
a bare 计划安排 opening its sentence), the GDP's growth target set by a verb (增长目标定为/确定为/拟定为) and a label's
target word after its colon ("地区生产总值：预期增长6%左右") are now such cues (role_cues.tsv, facts._own_clause_cue)."""
from __future__ import annotations

from pathlib import Path

import pytest

from factkeys import keys_of, read

HERE = Path(__file__).parent
SET = HERE.parent / "benchmarks" / "blind" / "hdl64"
TITLE = ("关于泰安市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
         "——2024年1月9日在泰安市第十届人民代表大会第三次会议上\n\n")
REVIEW = TITLE + "一、2023年计划执行情况\n"


def _gdp(d, role="target", year="2024"):
    return keys_of(d).get(("gdp", role, year, "growth"))


# --- the year's targets right under the title, led in the plan report's words (fail on the base) ----------------------

@pytest.mark.parametrize("line, want", [
    ("计划安排：地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%。", (6, None, "about")),
    ("建议安排：全市地区生产总值增长6%，一般公共预算收入增长5%，规模以上工业增加值增长7%。", (6, None, "eq")),
    ("主要指标安排：地区生产总值增长6%以上，规模以上工业增加值增长7%，社会消费品零售总额增长6%。", (6, None, "at_least")),
    ("计划安排地区生产总值增长6.5%左右，规模以上工业增加值增长7%，城镇新增就业5万人以上。", (6.5, None, "about")),
    ("计划安排：GDP增长6%左右，规模以上工业增加值增长7%，城镇新增就业5万人。", (6, None, "about")),
])
def test_plan_arranged_lead_under_title(line, want):
    d = read(TITLE + line)
    assert d.meta.report_year == 2024
    g = _gdp(d)
    assert g is not None and (g.value, g.value_high, g.qualifier) == want
    assert _gdp(d, "actual", "2023") is None  # (no result of last year made of it)
    i = keys_of(d)[("industrial_va", "target", "2024", "growth")]
    assert (i.value, i.qualifier) == (7, "eq")


def test_plan_arranged_lead_after_review_paragraph():
    # the review's sentence before it keeps its year; the lead's paragraph is the new year's
    d = read(TITLE + "2023年，全市地区生产总值增长5.1%。\n计划安排地区生产总值增长6%左右，一般公共预算收入增长5%。")
    assert _gdp(d, "actual", "2023").value == 5.1
    assert (_gdp(d).value, _gdp(d).qualifier) == (6, "about")


@pytest.mark.parametrize("line, want", [
    ("建议全市生产总值增长目标定为6%左右，一般公共预算收入增长5%，城镇新增就业5万人。", (6, None, "about")),
    ("综合考虑各方面因素，建议全市GDP增长目标确定为6.5%左右，一般公共预算收入增长5%。", (6.5, None, "about")),
    ("统筹考虑需要与可能，全市经济增长目标拟定为6%以上，一般公共预算收入增长5%。", (6, None, "at_least")),
])
def test_growth_target_set_under_title(line, want):
    d = read(TITLE + line)
    g = _gdp(d)
    assert g is not None and (g.value, g.value_high, g.qualifier) == want
    assert _gdp(d, "actual", "2023") is None
    r = keys_of(d)[("general_budget_revenue", "target", "2024", "growth")]
    assert r.value == 5


@pytest.mark.parametrize("line, want", [
    ("地区生产总值：预期增长6%左右。一般公共预算收入：预期增长5%。", (6, None, "about")),
    # (numbered items: read so on the base already, kept)
    ("1.地区生产总值：预期增长6.5%；2.一般公共预算收入：预期增长5%。", (6.5, None, "eq")),
])
def test_label_target_word_after_colon(line, want):
    d = read(TITLE + line)
    g = _gdp(d)
    assert g is not None and (g.value, g.value_high, g.qualifier) == want
    assert _gdp(d, "actual", "2023") is None
    assert keys_of(d)[("general_budget_revenue", "target", "2024", "growth")].value == 5


# --- look-alikes in the review that keep last year's reading (pass on both) -------------------------------------------

def test_last_years_plan_named_with_its_year():
    d = read(REVIEW + "2023年计划安排：地区生产总值增长6.5%，执行中预计增长5.1%。")
    assert _gdp(d, "target", "2023").value == 6.5
    assert _gdp(d, "actual", "2023").value == 5.1
    assert _gdp(d) is None


@pytest.mark.parametrize("line", [
    "按照计划安排，全市地区生产总值增长5.1%。",
    "计划安排的各项目标较好完成，全市地区生产总值增长5.1%。",
])
def test_plan_arranged_named_in_review(line):
    d = read(REVIEW + line)
    assert _gdp(d, "actual", "2023").value == 5.1
    assert _gdp(d) is None


def test_last_years_growth_target_set():
    d = read(REVIEW + "去年全市生产总值增长目标定为6.5%，实际增长5.1%。")
    assert _gdp(d, "target", "2023").value == 6.5
    assert _gdp(d, "actual", "2023").value == 5.1
    assert _gdp(d) is None


@pytest.mark.parametrize("line", [
    "地区生产总值：年初预期增长6.5%，实际增长5.1%。",
    "地区生产总值：预期增长6.5%，实际增长5.1%。",
    "地区生产总值方面，预期增长6.5%，实际增长5.1%。",
])
def test_label_plan_and_result_in_review(line):
    d = read(REVIEW + line)
    assert _gdp(d, "target", "2023").value == 6.5
    assert _gdp(d, "actual", "2023").value == 5.1
    assert _gdp(d) is None


# --- the set's four headlines (pass on both) --------------------------------------------------------------------------

@pytest.mark.parametrize("name, year, want, words", [
    ("hdl64_01_潍坊市", "2019", (7, None, "about"), "增长7%左右"),
    ("hdl64_02_绍兴市", "2022", (6.5, None, "about"), "增长6.5%左右"),
    ("hdl64_03_洛阳市", "2024", (6, None, "about"), "预期增长6%左右"),
    ("hdl64_04_绵阳市", "2026", (6, None, "at_least"), "增长6%以上"),
])
def test_set_headline(name, year, want, words):
    text = (SET / "texts" / f"{name}.txt").read_text(encoding="utf-8")
    d = read(text, f"{name}.txt")
    f = keys_of(d)[("gdp", "target", year, "growth")]
    assert (f.value, f.value_high, f.qualifier) == want
    assert words in f.quote
    assert d.meta.doc_type == "plan_report"
