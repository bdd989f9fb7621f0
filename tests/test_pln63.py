"""pln63 (decision 534): counties' plan reports, 2019–2023, blind.

- A plan report's review of the whole year whose long paragraph opens on a quarter ("一季度经济增速一度下降6.8%，二季度起逐月
  回升，主要指标好于预期。" under "关于攸县2020年国民经济和社会发展计划执行情况与2021年…计划草案的报告" and
  "一、2020年计划执行情况"): the year's review, its figures the year's (failed on the base: the paragraph was read as a title on
  part of the report year, so 2020's results became 2021's and last year's plans 2021's targets, pushing out the true ones).
- The same paragraph short ("一季度经济增速一度下降6.8%，二季度起逐月回升。全年地区生产总值增长4.1%。"): the year's too (failed on
  the base: 黄石市's rule read only paragraphs over 60 characters under 政府工作报告/工作回顾).
- The time of the plan's carrying out before a result's label after the plan ("地区生产总值年度计划增长7%，执行中预计增长6.5%",
  "一般公共预算收入年度计划13亿元，执行中预计12.6亿元", "执行过程中预计完成"): the result (failed on the base: lost; 执行中 was
  read only before then_actual's words, as "执行中实际增长8.3%").
Look-alikes keep their reading: a report on the first half of a year, a government work report's review opening on a quarter."""
import pytest

import planwatch

_PLAN = ("关于{r}2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告\n"
         "（2021年1月12日在{r}第十七届人民代表大会第六次会议上）\n{r}发展和改革局\n\n一、2020年{h}\n"
         "2020年是极不平凡的一年。面对突如其来的新冠肺炎疫情，全县统筹推进疫情防控和经济社会发展，{q}主要指标好于预期。\n"
         "地区生产总值预计完成418亿元，增长4.1%，比年初计划的7.5%低3.4个百分点。一般公共预算收入完成15.3亿元，"
         "同口径增长2.1%，年初预算为增长6%。\n\n二、2021年主要预期目标\n地区生产总值增长8%以上；一般公共预算收入增长7%。\n\n"
         "三、2021年重点工作\n新建高标准农田3.5万亩。\n")


def _facts(text: str) -> set:
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


_WANT = {("gdp", "actual", "2020", "level", 418), ("gdp", "actual", "2020", "growth", 4.1),
         ("gdp", "target", "2020", "growth", 7.5), ("general_budget_revenue", "actual", "2020", "level", 15.3),
         ("general_budget_revenue", "target", "2020", "growth", 6), ("gdp", "target", "2021", "growth", 8),
         ("general_budget_revenue", "target", "2021", "growth", 7)}


@pytest.mark.parametrize("r, h, q", [
    ("攸县", "计划执行情况", "一季度经济增速一度下降6.8%，二季度起逐月回升，"),
    ("茶陵县", "国民经济和社会发展计划执行情况", "一季度全县经济受到严重冲击，二季度以来经济逐季回升，"),
    ("攸县", "计划执行情况", "上半年经济运行承压，三季度起主要指标逐步转正，"),
    ("醴陵市", "经济社会发展情况", "一季度经济增速一度下降6.8%，二季度起逐月回升，"),
])
def test_a_plan_reports_year_opening_on_a_quarter_is_the_years_review(r, h, q):
    got = _facts(_PLAN.format(r=r, h=h, q=q))
    assert _WANT <= got
    assert not {f for f in got if f[2] == "2021" and f[1] == "actual"}


# look-alikes: the same review with no quarter (read right on the base too); a report on the first half of the year stays
# the half year's (its figures are no whole year's results for 2020)
def test_the_same_review_without_a_quarter_keeps_its_reading():
    assert _WANT <= _facts(_PLAN.format(r="攸县", h="计划执行情况", q=""))


_HALF = ("关于攸县2021年上半年国民经济和社会发展计划执行情况的报告\n（2021年7月28日在攸县第十七届人民代表大会常务委员会第三十次会议上）\n\n"
         "一季度经济增速较快，二季度起逐月平稳，上半年全县主要指标好于预期。地区生产总值完成215亿元，增长12.6%；一般公共预算收入"
         "完成8.1亿元，增长15.2%。\n")


def test_a_half_year_report_keeps_no_whole_year_result():
    got = _facts(_HALF)
    assert not {f for f in got if f[0] in ("gdp", "general_budget_revenue")}


_JY = ("关于泾阳县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
       "——2023年1月10日在泾阳县第十八届人民代表大会第三次会议上\n泾阳县发展和改革局\n\n一、2022年计划执行情况\n{t}\n\n"
       "二、2023年主要预期目标\n地区生产总值增长6%左右；一般公共预算收入增长5%。\n\n三、2023年重点任务\n新建高标准农田3万亩。\n")


def _in(t: str) -> set:
    text = _JY.format(t=t)
    doc = planwatch.read_text(text, "t.txt")
    i = text.index(t)
    for x in doc.facts:
        assert text[x.start:x.end] == x.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts if i <= f.start < i + len(t)}


@pytest.mark.parametrize("t, want", [
    ("一季度经济增速一度下降6.8%，二季度起逐月回升。全年地区生产总值增长4.1%。", {("gdp", "actual", "2022", "growth", 4.1)}),
    ("上半年经济运行受疫情冲击较大。全年一般公共预算收入完成12.5亿元。", {("general_budget_revenue", "actual", "2022", "level", 12.5)}),
    ("地区生产总值年度计划增长7%，执行中预计增长6.5%。",
     {("gdp", "target", "2022", "growth", 7), ("gdp", "actual", "2022", "growth", 6.5)}),
    ("地区生产总值年度计划增长7%，执行中完成6.5%。",
     {("gdp", "target", "2022", "growth", 7), ("gdp", "actual", "2022", "growth", 6.5)}),
    ("一般公共预算收入年度计划13亿元，执行中预计12.6亿元。",
     {("general_budget_revenue", "target", "2022", "level", 13), ("general_budget_revenue", "actual", "2022", "level", 12.6)}),
    ("一般公共预算收入年度计划13亿元，执行过程中预计完成12.6亿元。",
     {("general_budget_revenue", "target", "2022", "level", 13), ("general_budget_revenue", "actual", "2022", "level", 12.6)}),
])
def test_a_plan_reports_review_short_paragraph_and_result_after_its_carrying_out(t, want):
    assert _in(t) == want


# look-alikes: the result's words after 执行中 and the plain label (read on the base too); a completion ratio after 执行中
# stays no fact
@pytest.mark.parametrize("t, want", [
    ("地区生产总值年度计划增长7%，执行中预计完成增长6.5%。",
     {("gdp", "target", "2022", "growth", 7), ("gdp", "actual", "2022", "growth", 6.5)}),
    ("地区生产总值计划增长7%，预计增长6.5%，比计划低0.5个百分点。",
     {("gdp", "target", "2022", "growth", 7), ("gdp", "actual", "2022", "growth", 6.5)}),
    ("固定资产投资年度计划增长10%，执行中完成年度计划的92%。", {("fixed_asset_investment", "target", "2022", "growth", 10)}),
    ("地区生产总值增长5.1%。", {("gdp", "actual", "2022", "growth", 5.1)}),
])
def test_look_alikes_keep_their_reading(t, want):
    assert _in(t) == want
