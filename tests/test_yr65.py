"""yr65 (decision 566): the pandemic years 2020–2023, blind — four classes that broke on the base.

- The year's start with the year reviewed named, or a set verb in the figure's clause (“2021年初，省十三届人大四次会议
  确定全省生产总值增长6.5%以上。”, “年初确定…”, “2021年年初，…提出…”): the year reviewed's target restated (failed on the
  base: read as its result, pushing the real result out of its key; “2021年初，全省力争…” was the report year's target).
- A target revised mid-year to none (“…增长7.5%左右的目标，年中调整为不设具体增长目标、努力实现正增长”, “调整为不作具体量化
  要求”): no target of the figure first set (failed on the base: the figure kept as the year's target).
- A run of the parts of the year whose last part turns positive in words, or is the fourth quarter, before the year's
  figure (“…前三季度下降8.3%，四季度由负转正，全年下降4.6%，总量达到1928.7亿元”, “…，四季度增长3.1%，全年…”, “二季度
  转正，全年…”): the year's result and its level (failed on the base: nothing).
- A two-year or three-year average after the year's figure, with an aim word before it or its frame as a clause of its
  own (“增长8%左右，力争两年平均增长8.5%”, “努力实现两年平均…”, “增长7.3%，从三年平均看，年均增长8.1%”, “，按三年平均计算，”):
  the name's average over the years (failed on the base: lost).
Look-alikes keep their reading: another year named at the start (the report year's own: its target), 年初 with the level
above's target named by 确定的, a revision to a figure, a part of the year alone (no year's figure), the frame before a
new name (that name's), a bare “，两年平均增长…” (decision 168)."""
from __future__ import annotations

import pytest

from factkeys import read

_HEADS = {
    "plan": ("关于湖南省2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n——2022年1月20日在湖南省第十三届人民代表大会"
             "第六次会议上\n湖南省发展和改革委员会主任　李明\n一、2021年计划执行情况\n"),
    "city": "宜昌市人民政府工作报告\n——2021年1月12日在宜昌市第七届人民代表大会第六次会议上\n市长　王立\n一、2020年工作回顾\n",
    "county": "兴国县人民政府工作报告\n——2021年1月8日在兴国县第十八届人民代表大会第六次会议上\n县长　陈斌\n一、2020年工作回顾\n",
    "list": ("临湘市人民政府工作报告\n——2022年1月7日在临湘市第十八届人民代表大会第一次会议上\n市长　周峰\n二、2022年主要预期目标\n"
             "今年经济社会发展的主要预期目标是："),
    "news": ("绵阳市政府工作报告发布\n来源：绵阳日报　　2023-01-06 08:30\n　　1月5日，绵阳市第八届人民代表大会第三次会议开幕，"
             "市长元方作政府工作报告。\n　　报告显示，2022年，"),
}


def _facts(head: str, body: str) -> set:
    d = read(_HEADS[head] + body + "\n", "t.txt")
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in d.facts if not f.indicator.startswith("other:")}


# ---- the year's start with the year named, or a set verb
YEAR_START_SETS = [
    ("2021年初，省十三届人大四次会议确定全省生产总值增长6.5%以上。全省生产总值增长7.7%。",
     ("gdp", "target", "2021", "growth", 6.5), ("gdp", "actual", "2021", "growth", 7.7)),
    ("年初确定全省生产总值增长6.5%以上。全省生产总值增长7.7%。",
     ("gdp", "target", "2021", "growth", 6.5), ("gdp", "actual", "2021", "growth", 7.7)),
    ("2021年初，全省力争生产总值增长7%。全省生产总值增长7.7%。",
     ("gdp", "target", "2021", "growth", 7), ("gdp", "actual", "2021", "growth", 7.7)),
    ("2021年年初，省人代会提出全省一般公共预算收入增长5%。全省规模以上工业增加值增长8.4%。",
     ("general_budget_revenue", "target", "2021", "growth", 5), ("industrial_va", "actual", "2021", "growth", 8.4)),
    ("年初，省政府设定全省固定资产投资增长8%。",
     ("fixed_asset_investment", "target", "2021", "growth", 8), None),
]


@pytest.mark.parametrize("body,target,other", YEAR_START_SETS)
def test_the_years_start_named_or_set_is_the_reviewed_years_target(body, target, other):
    got = _facts("plan", body)
    assert target in got
    assert (*target[:2], "2022", *target[3:]) not in got
    assert (target[0], "actual", target[2], target[3], target[4]) not in got
    assert other is None or other in got


KEPT_YEAR_STARTS = [
    # (the report year's own start named: not the year reviewed's, read as before: the report year's target)
    ("2022年初，省人代会确定全省生产总值增长6%以上。", ("gdp", "target", "2022", "growth", 6)),
    # (the level above's target named by 确定的: read as before, the region's result after it)
    ("年初，国家确定的国内生产总值增长目标为6%以上，全省实际增长7.7%。", ("gdp", "actual", "2021", "growth", 7.7)),
    # (年初 before a clause with no set word: the figure's clause decides)
    ("年初，面对疫情冲击，全省地区生产总值增长7.7%。", ("gdp", "actual", "2021", "growth", 7.7)),
    # (a set verb right after 年初, the result after a comma: read so on the base too)
    ("年初设定一般公共预算收入增长5%，实际增长8.6%。", ("general_budget_revenue", "target", "2021", "growth", 5)),
    # (the target named by 的目标 after its figure: as before)
    ("2021年初，全省生产总值增长6.5%以上的目标。", ("gdp", "target", "2021", "growth", 6.5)),
]


@pytest.mark.parametrize("body,fact", KEPT_YEAR_STARTS)
def test_look_alike_year_starts_keep_their_reading(body, fact):
    assert fact in _facts("plan", body)


# ---- a target revised mid-year to none
REVISED_TO_NONE = [
    "年初确定的地区生产总值增长7.5%左右的目标，年中调整为不设具体增长目标、努力实现正增长。全市地区生产总值下降4.6%。",
    "地区生产总值增长8%的目标，下半年调整为不作具体量化要求，全年实际下降4.6%。",
    "全市地区生产总值年初预期增长7%，年中调整为不再设定具体增长目标，全年实际下降4.6%。",
    "年初提出的地区生产总值增长7.5%的目标，因疫情冲击调整为不提具体目标，全年下降4.6%。",
]


@pytest.mark.parametrize("body", REVISED_TO_NONE)
def test_a_target_revised_to_none_leaves_no_target(body):
    got = _facts("city", body)
    assert not any(f[:4] == ("gdp", "target", "2020", "growth") for f in got)
    assert ("gdp", "actual", "2020", "growth", -4.6) in got


def test_a_target_revised_to_a_figure_keeps_the_revised_figure():
    got = _facts("city", "年初确定的地区生产总值增长7.5%的目标，年中调整为3%左右，全年实际下降3.2%。")
    assert ("gdp", "target", "2020", "growth", 3) in got
    assert ("gdp", "actual", "2020", "growth", -3.2) in got


def test_a_withdrawal_in_the_report_year_still_withdraws():
    got = _facts("county", "年初确定的地区生产总值增长8%左右的目标，年中调整为努力实现正增长，全年实际下降2.1%。")
    assert not any(f[:4] == ("gdp", "target", "2020", "growth") for f in got)
    assert ("gdp", "actual", "2020", "growth", -2.1) in got


# ---- a run of the parts of the year, the last turning in words or the fourth quarter, then the year's
PART_RUNS = [
    ("一季度全县地区生产总值下降36.2%，上半年下降17.5%，前三季度下降8.3%，四季度由负转正，全年下降4.6%，总量达到1928.7亿元。",
     [("gdp", "actual", "2020", "growth", -4.6), ("gdp", "actual", "2020", "level", 1928.7)]),
    ("一季度全县地区生产总值下降36.2%，前三季度下降8.3%，四季度增长3.1%，全年下降4.6%。",
     [("gdp", "actual", "2020", "growth", -4.6)]),
    ("一季度规模以上工业增加值下降20.1%，二季度转正，全年增长1.2%。",
     [("industrial_va", "actual", "2020", "growth", 1.2)]),
    ("上半年地区生产总值下降5.1%，三季度实现正增长，全年增长2.2%。",
     [("gdp", "actual", "2020", "growth", 2.2)]),
    ("全县地区生产总值一季度下降12.6%，四季度由负转正，全年增长1.8%。",
     [("gdp", "actual", "2020", "growth", 1.8)]),
]


@pytest.mark.parametrize("body,want", PART_RUNS)
def test_the_years_figure_after_a_run_of_parts_turning(body, want):
    got = _facts("county", body)
    for f in want:
        assert f in got
    # (no part's figure is the year's)
    assert not any(f[1] == "actual" and f[2] == "2020" and f[4] in (-36.2, -17.5, -8.3, 3.1, -20.1, -5.1, -12.6) for f in got)


def test_a_run_of_parts_alone_gives_no_years_figure():
    got = _facts("county", "一季度地区生产总值下降20.1%，二季度由负转正，上半年下降3.2%。")
    assert not any(f[0] == "gdp" for f in got)


# ---- an average after the year's figure, an aim before it or its frame a clause of its own
AVERAGES = [
    ("list", "地区生产总值增长8%左右，力争两年平均增长8.5%；规模以上工业增加值增长9%。",
     ("gdp", "goal", "2021-2022", "growth", 8.5), ("industrial_va", "target", "2022", "growth", 9)),
    ("list", "地区生产总值增长7%左右，努力实现两年平均增长6%左右；一般公共预算收入增长5%。",
     ("gdp", "goal", "2021-2022", "growth", 6), ("general_budget_revenue", "target", "2022", "growth", 5)),
    ("list", "一般公共预算收入增长8%，确保两年平均增长5%以上；固定资产投资增长10%。",
     ("general_budget_revenue", "goal", "2021-2022", "growth", 5), ("fixed_asset_investment", "target", "2022", "growth", 10)),
    ("news", "规模以上工业增加值增长7.3%，从三年平均看，年均增长8.1%；一般公共预算收入完成226.5亿元。",
     ("industrial_va", "actual", "2020-2022", "growth", 8.1), ("general_budget_revenue", "actual", "2022", "level", 226.5)),
    ("news", "地区生产总值增长4.5%，按三年平均计算，年均增长6.2%。",
     ("gdp", "actual", "2020-2022", "growth", 6.2), ("gdp", "actual", "2022", "growth", 4.5)),
    ("news", "社会消费品零售总额增长2.4%，从两年平均来看，增长5.1%。",
     ("retail_sales", "actual", "2021-2022", "growth", 5.1), ("retail_sales", "actual", "2022", "growth", 2.4)),
]


@pytest.mark.parametrize("head,body,average,other", AVERAGES)
def test_an_average_after_the_years_figure(head, body, average, other):
    got = _facts(head, body)
    assert average in got
    assert other in got


KEPT_AVERAGES = [
    # (the frame before a new name: that name's average, not the figure's before)
    ("news", "地区生产总值增长4.1%，从三年平均看，规模以上工业增加值年均增长8.1%。",
     ("industrial_va", "actual", "2020-2022", "growth", 8.1), ("gdp", "actual", "2020-2022", "growth", 8.1)),
    # (a bare average after the year's figure, decision 168)
    ("news", "规模以上工业增加值增长7.3%，三年平均增长8.1%。",
     ("industrial_va", "actual", "2020-2022", "growth", 8.1), None),
    ("list", "地区生产总值增长8%左右，两年平均增长8.5%。",
     ("gdp", "goal", "2021-2022", "growth", 8.5), None),
]


@pytest.mark.parametrize("head,body,fact,absent", KEPT_AVERAGES)
def test_look_alike_averages_keep_their_reading(head, body, fact, absent):
    got = _facts(head, body)
    assert fact in got
    assert absent is None or absent not in got
