"""The lead's, 2026-12-04 (from pan34's leftovers): the years averaged named before a figure's name ("从两年平均看，",
"按三年平均计算，", "三年来，…平均增长") make the figures after it in its sentence a yearly average over those years
(decision 123)."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py
from hypothesis import given, settings, strategies as st

HEAD = "XX市2023年政府工作报告\n一、2022年工作回顾\n2022年，全市生产总值增长3.1%。"


@pytest.mark.parametrize("sentence, span", [
    ("从三年平均看，全市生产总值增长4.5%，高于全省平均水平。", "2020-2022"),
    ("两年平均看，生产总值增长4.5%。", "2021-2022"),
    ("按两年平均计算，全市地区生产总值增长4.5%。", "2021-2022"),
    ("三年来，全市生产总值平均增长4.5%。", "2020-2022"),
])
def test_years_averaged_before_the_name(sentence, span):
    fs = facts(HEAD + sentence + "\n", report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (3.1, "eq")
    assert val(fs, ("gdp", "actual", span, "growth")) == (4.5, "eq")


def test_opener_covers_the_later_figures_of_its_sentence():
    fs = facts(HEAD + "从三年平均看，全市生产总值增长4.5%，规模以上工业增加值增长6.2%。规模以上工业增加值增长5.8%。\n",
               report_year=2023)
    assert val(fs, ("industrial_va", "actual", "2020-2022", "growth")) == (6.2, "eq")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (5.8, "eq")


@pytest.mark.parametrize("sentence", [
    # the years counted with a verb of one year's change: no average (the year's own growth is the first figure)
    "三年来，全市生产总值增长4.5%。",
    # an average named of another thing, not opening the clause of the figure
    "居民收入增幅高于全省平均水平，全市生产总值增长4.5%。",
    # the third year of a plan is no years averaged
    "规划实施第三年平均，全市生产总值增长4.5%。",
])
def test_no_average_without_the_opener(sentence):
    fs = facts(HEAD + sentence + "\n", report_year=2023)
    assert not any(k[0] == "gdp" and "-" in k[2] for k in fs), sorted(fs)


PLAN = "XX县2025年政府工作报告\n三、2025年工作安排\n（一）办好民生实事。"


@pytest.mark.parametrize("sentence, pledge", [
    ("让3万户群众用上天然气。", ("用上", "天然气", 3, "万户")),
    ("新建燃气管网120公里，让1.5万户居民用上管道燃气。", ("用上", "管道燃气", 1.5, "万户")),
    ("使2万名农村群众喝上放心水。", ("喝上", "放心水", 2, "万名")),
])
def test_causative_before_the_count_is_no_object(sentence, pledge):
    from factkeys import read
    d = read(PLAN + sentence + "\n", report_year=2025, region="XX县")
    got = {(p.action, p.object, p.value, p.unit) for p in d.pledges}
    assert pledge in got, got
    assert not any(p.object in ("让", "使") for p in d.pledges)


def test_a_word_opening_with_the_causative_keeps_its_object():
    from factkeys import read
    # (使用 is a verb of its own, chained to 新增 as before; only a lone 让/使 before the count is dropped)
    d = read(PLAN + "新增使用清洁能源公交车120辆。\n", report_year=2025, region="XX县")
    assert {(p.action, p.object, p.value) for p in d.pledges} == {("新增使用", "清洁能源公交车", 120)}


# the look for another report's heading words (analysis._names_any): the same answer as a scan for each word
_HEADS = ("预算报告", "预算草案的报告", "常委会工作报告", "法院工作报告", "检察院工作报告", "政协工作报告")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("预算草案的报告常委会工作法院检察政协告报一，\n")), max_size=60).map("".join))
def test_names_any_is_a_scan_for_each_word(s):
    from planwatch.extract.analysis import _names_any
    assert _names_any(s, _HEADS) == any(w in s for w in _HEADS)
