"""Reports of 2020–2022 (branch hold2021): the epidemic's first year reviewed (a year's growth reached from a
part of it, "由一季度下降4.1%转为全年增长2.3%"), two-year averages kept apart from the year's growth, no GDP
target set in 2020, and the tasks part's estimates (助企纾困: "预计全年退税减税5亿元以上；新增市场主体3000户");
with the look-alikes that must not change."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val


def gov(year: int, lvl: str, review: str, plan: str | None = None, tasks: str = "") -> str:
    plan = plan if plan is not None else f"今年全{lvl}经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
    return (f"政府工作报告\n——{year}年1月12日在某某{lvl}第十六届人民代表大会第三次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n\n{review}\n\n二、{year}年工作安排\n\n{plan}\n重点抓好以下工作：\n\n{tasks}\n")


G, IVA, GBR = "gdp", "industrial_va", "general_budget_revenue"


# 1. The year's growth reached from a part of it, the part's figure first and the year's after a clause of
# words or after a comma (2020's recovery): the year's figure is the year's actual, the part's is no fact
@pytest.mark.parametrize("review,ind,value", [
    ("全市地区生产总值增速逐季回升，由一季度下降4.1%转为全年增长2.3%。", G, 2.3),
    ("全市地区生产总值实现由负转正，由一季度下降4.1%转为全年增长2.3%。", G, 2.3),
    ("全县地区生产总值由一季度下降6.8%，到全年增长3.1%。", G, 3.1),
    ("全州地区生产总值由一季度下降6.8%、上半年下降1.2%，转为全年增长3.1%。", G, 3.1),
    ("全市地区生产总值由一季度下降6.8%、上半年下降1.2%，到全年增长3.1%，实现由负转正。", G, 3.1),
    ("规模以上工业增加值增速稳步回升，由上半年的-3.2%转为全年增长2.1%，固定资产投资增长4.3%。", IVA, 2.1),
    ("一般公共预算收入降幅逐月收窄，由前三季度下降12.5%收窄到全年下降3.2%。", GBR, -3.2),
])
def test_year_reached_from_a_part_of_it(review, ind, value):
    fs = facts(gov(2021, "市", review), report_year=2021)
    assert val(fs, (ind, "actual", "2020", "growth")) == (value, "eq")
    assert not any(k[1] == "actual" and k[2] != "2020" for k in fs)


# look-alikes: the part's figure alone stays no year's figure; another noun's figure after 全年 is its own;
# the comma rule does not carry a rank or a year's figure into another name
@pytest.mark.parametrize("review,present,absent", [
    ("一季度，全市地区生产总值下降6.8%。", [], [(G, "actual", "2020", "growth")]),
    ("全市地区生产总值逐季回升，到全年工业增加值增长3%。", [("industrial_va", "actual", "2020", "growth")],
     [(G, "actual", "2020", "growth")]),
    ("全市地区生产总值增长5.2%，由一季度的全省第8位上升到第5位。", [(G, "actual", "2020", "growth")], []),
])
def test_part_of_year_lookalikes(review, present, absent):
    fs = facts(gov(2021, "市", review), report_year=2021)
    for k in present:
        assert k in fs
    for k in absent:
        assert k not in fs
    if present == [(G, "actual", "2020", "growth")]:
        assert val(fs, present[0]) == (5.2, "eq")


# 2. Two-year (and three-year) averages are the span's, never the year's growth
@pytest.mark.parametrize("year,review,year_value,span,avg", [
    (2022, "全市地区生产总值完成5355.4亿元，比上年增长9.8%，两年平均增长6.6%。", 9.8, "2020-2021", 6.6),
    (2022, "全市地区生产总值增长17.2%，两年平均增长5.3%；社会消费品零售总额增长24.6%。", 17.2, "2020-2021", 5.3),
    (2023, "全市地区生产总值7351亿元，增长4.4%，三年平均增长5.5%。", 4.4, "2020-2022", 5.5),
])
def test_multi_year_average_is_not_the_years_growth(year, review, year_value, span, avg):
    fs = facts(gov(year, "市", review), report_year=year)
    assert val(fs, (G, "actual", str(year - 1), "growth")) == (year_value, "eq")
    assert val(fs, (G, "actual", span, "growth")) == (avg, "eq")


# 3. A report of 2020 that sets no growth target: no GDP target, the other targets kept
@pytest.mark.parametrize("plan", [
    "综合考虑疫情影响，今年不提出全年经济增速具体目标。主要预期目标是：城镇新增就业18万人以上，城镇调查失业率6%左右。",
    "今年的主要预期目标是：城镇新增就业18万人以上，城镇调查失业率6%左右。需要说明的是，我们没有提出全年经济增长具体目标，"
    "主要是因为疫情影响和经济运行的不确定性很大。",
])
def test_no_growth_target(plan):
    fs = facts(gov(2020, "市", "全市地区生产总值增长7.4%。", plan), report_year=2020)
    assert not any(k[0] == G and k[1] == "target" for k in fs)
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (18, "at_least")
    assert val(fs, (G, "actual", "2019", "growth")) == (7.4, "eq")


# 4. In the tasks part, an estimate ("预计全年退税减税5亿元以上") does not make the items after its ； results
TASK = "（二）全力助企纾困。落实留抵退税政策，预计全年退税减税5亿元以上；新培育规模以上工业企业15户，新增市场主体3000户。"


def test_estimate_in_tasks_stops_at_semicolon():
    doc = planwatch.read_text(gov(2022, "市", "全市地区生产总值增长8.2%。", tasks=TASK), "t.txt", overrides={"report_year": 2022})
    roles = {(f.indicator, f.role, f.period) for f in doc.facts if f.indicator == "market_entities"}
    assert ("market_entities", "actual", "2021") not in roles
    assert any(p.object == "市场主体" and p.value == 3000 for p in doc.pledges)


# look-alikes: in the review, an estimate's ； list stays results; in the tasks part, the estimate's own clause
# is left as it was
def test_estimate_in_review_keeps_results():
    review = "全市地区生产总值增长8.2%。预计全年固定资产投资增长8%；一般公共预算收入增长6.1%。"
    fs = facts(gov(2022, "市", review, tasks=TASK), report_year=2022)
    assert val(fs, (GBR, "actual", "2021", "growth")) == (6.1, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2021", "growth")) == (8, "eq")


# 5. A target set, then the reason it was missed (受疫情冲击, 由于疫情影响…) with no figure, then the year's result
# opened as a result (全年下降, 全年实际下降): the result is the actual, the target stays the target
@pytest.mark.parametrize("review,ind,target,actual", [
    ("年初提出的地区生产总值增长7.5%左右的预期目标，受疫情冲击未能实现，全年下降3.6%。", G, (7.5, "about"), (-3.6, "eq")),
    ("全县地区生产总值年初预期增长7.5%左右，受疫情冲击，全年实际下降3.6%。", G, (7.5, "about"), (-3.6, "eq")),
    ("一般公共预算收入年初预算增长6%，由于疫情影响和减税降费，全年实际下降8.2%。", GBR, (6, "eq"), (-8.2, "eq")),
    ("全州规模以上工业增加值年初预期增长8%，因疫情冲击，全年下降2.1%。", IVA, (8, "eq"), (-2.1, "eq")),
])
def test_result_after_a_reason_aside(review, ind, target, actual):
    fs = facts(gov(2021, "县", review), report_year=2021)
    assert val(fs, (ind, "target", "2020", "growth")) == target
    assert val(fs, (ind, "actual", "2020", "growth")) == actual


# look-alikes: after the reason, another noun's figure or a figure of something else is not the first name's
@pytest.mark.parametrize("review,absent", [
    ("全县地区生产总值增长3.2%，受疫情影响，全年实现旅游收入8亿元。", (G, "actual", "2020", "level")),
    ("全县地区生产总值年初预期增长7.5%左右，受疫情影响，全年完成投资30亿元。", (G, "actual", "2020", "level")),
    ("全县地区生产总值年初预期增长7.5%左右，受疫情影响，项目全年完成投资30亿元。", (G, "actual", "2020", "growth")),
])
def test_reason_aside_lookalikes(review, absent):
    fs = facts(gov(2021, "县", review), report_year=2021)
    assert absent not in fs


# 6. A rate reached by the whole year, "回升至全年的3.7%" (the part's start before it): the year's growth, not a
# proportion "of the year"
@pytest.mark.parametrize("review,ind,value", [
    ("全市地区生产总值增速由一季度的-9.1%回升至全年的3.7%。", G, 3.7),
    ("全区地区生产总值增速回升至全年的3.7%。", G, 3.7),
    ("规模以上工业增加值增速由前三季度的1.2%提高到全年的2.8%。", IVA, 2.8),
    ("一般公共预算收入降幅由上半年的12.1%收窄至全年的3.2%。", GBR, -3.2),
])
def test_rate_reached_by_the_year(review, ind, value):
    fs = facts(gov(2021, "市", review), report_year=2021)
    assert val(fs, (ind, "actual", "2020", "growth")) == (value, "eq")


# look-alikes: a ratio's share reached by the year stays a share; a proportion of the year's plan is no growth
@pytest.mark.parametrize("review,key,expected", [
    ("税收收入占一般公共预算收入比重由上半年的70%提高到全年的75%。", ("tax_revenue_share", "actual", "2020", "share"), (75, "eq")),
    ("常住人口城镇化率由上年的60.1%提高到全年的61%。", ("urbanization_rate", "actual", "2020", "share"), (61, "eq")),
    ("研发经费投入强度提高到全年的2.5%。", ("rnd_intensity", "actual", "2020", "share"), (2.5, "eq")),
])
def test_rate_reached_by_the_year_lookalikes(review, key, expected):
    fs = facts(gov(2021, "市", review), report_year=2021)
    assert val(fs, key) == expected
    assert not any(k[3] == "growth" and k[0] == key[0] for k in fs)


def test_proportion_of_the_years_plan_is_no_growth():
    fs = facts(gov(2021, "市", "全市城镇新增就业1.2万人，完成全年的120%。"), report_year=2021)
    assert val(fs, ("urban_new_jobs", "actual", "2020", "level")) == (1.2, "eq")
    assert not any(k[0] == "urban_new_jobs" and k[3] != "level" for k in fs)


# 7. The recovery targets of 2020–2021 in words (恢复性增长, 恢复增长) are qualitative targets; a figure after the
# words keeps its value; in the review the same words give no fact
def test_recovery_targets_in_words():
    plan = "今年主要预期目标是：地区生产总值增长10%以上，固定资产投资恢复性增长，社会消费品零售总额恢复增长，接待游客人次恢复增长20%。"
    review = "全市固定资产投资实现正增长，社会消费品零售总额恢复增长。"
    fs = facts(gov(2021, "市", review, plan), report_year=2021)
    assert val(fs, ("fixed_asset_investment", "target", "2021", "growth")) == (None, "qualitative")
    assert val(fs, ("retail_sales", "target", "2021", "growth")) == (None, "qualitative")
    assert val(fs, ("tourist_visits", "target", "2021", "growth")) == (20, "eq")
    assert not any(k[1] == "actual" and k[0] in ("fixed_asset_investment", "retail_sales") for k in fs)


def test_recovery_words_of_no_indicator_give_nothing():
    tasks = "推动文旅消费恢复性增长，新建5G基站500个；规模以上工业增加值恢复性增长10%以上。"
    fs = facts(gov(2021, "市", "全市地区生产总值下降5.8%。", tasks=tasks), report_year=2021)
    assert val(fs, ("industrial_va", "target", "2021", "growth")) == (10, "at_least")
    assert {k[0] for k in fs} <= {"gdp", "industrial_va"}


# 8. A recovery measured against the year before the epidemic ("恢复到2019年的78.5%") names a base, not a date:
# the figures after it in its sentence stay the year reviewed's
@pytest.mark.parametrize("review", [
    "全市接待游客人次、旅游总收入分别恢复到2019年的78.5%、71.2%；地区生产总值增长7.3%。",
    "全市接待游客人次恢复到2019年同期的78.5%，地区生产总值增长7.3%。",
    "全州旅游总收入回升至2019年的80%，地区生产总值增长7.3%。",
])
def test_recovery_base_year_dates_nothing(review):
    fs = facts(gov(2022, "市", review), report_year=2022)
    assert val(fs, (G, "actual", "2021", "growth")) == (7.3, "eq")
    assert not any(k[2] == "2019" for k in fs)


# look-alikes: a level reached at a year named (增加到2021年的…) and a goal's year (到2025年…) keep their dates
def test_years_reached_keep_their_dates():
    review = "全市地区生产总值由2016年的1840亿元增加到2021年的3350.3亿元，年均增长7.4%。"
    plan = "今后五年，全市地区生产总值年均增长7%左右，到2026年突破5000亿元。今年主要预期目标是：地区生产总值增长7.5%左右。"
    fs = facts(gov(2022, "市", review, plan), report_year=2022)
    assert val(fs, (G, "actual", "2021", "level")) == (3350.3, "eq")
    assert val(fs, (G, "actual", "2017-2021", "growth")) == (7.4, "eq")
    assert val(fs, (G, "goal", "2026", "level")) == (5000, "at_least")


# 9. (left: "两年平均增长6.2%，其中2021年增长8.5%" gives no one-year figure; going on past 其中 dated the figure by the
# report's year, not the year named: "其中2019年增长7.1%" came out as 2021's, so the rule was taken back)
# 其中 before a part gives the part's own indicator, never the headline's
@pytest.mark.parametrize("review,own,headline", [
    ("全市固定资产投资增长10.2%，其中工业投资增长15.1%。", ("industrial_investment", "actual", "2021", "growth"),
     ("fixed_asset_investment", "actual", "2021", "growth")),
    ("全市地区生产总值两年平均增长6.2%，其中2021年第三产业增加值增长8.5%。", ("tertiary_industry_va", "actual", "2021", "growth"),
     (G, "actual", "2021", "growth")),
])
def test_part_after_qizhong_is_its_own(review, own, headline):
    fs = facts(gov(2022, "市", review), report_year=2022)
    assert val(fs, own)[0] in (15.1, 8.5)
    if headline[0] == G:
        assert headline not in fs
    else:
        assert val(fs, headline) == (10.2, "eq")


# 10. The epidemic's running totals ("累计接种新冠疫苗620万剂次", "累计完成核酸检测406万人次") are 累计 of their own
# figure: a figure after them in the clause is the year's, not a sum over the years reviewed
@pytest.mark.parametrize("review,key,value", [
    ("全市累计接种新冠疫苗620万剂次，新增贷款320亿元。", ("new_loans", "actual", "2021", "level"), 320),
    ("全市累计完成核酸检测406万人次，新增贷款150亿元。", ("new_loans", "actual", "2021", "level"), 150),
    ("全市累计为企业减负30亿元，新增贷款200亿元。", ("new_loans", "actual", "2021", "level"), 200),
    ("全市累计办理留抵退税20亿元，一般公共预算收入完成150亿元。", (GBR, "actual", "2021", "level"), 150),
    ("全市累计新增减税降费50亿元，城镇新增就业1.2万人。", ("urban_new_jobs", "actual", "2021", "level"), 1.2),
])
def test_epidemic_running_total_is_not_a_lead(review, key, value):
    fs = facts(gov(2022, "市", review), report_year=2022)
    assert val(fs, key) == (value, "eq")
    assert not any("-" in k[2] for k in fs)


# look-alikes: a 累计 that leads the list still sums the figures after it; a five-year total keeps its span
@pytest.mark.parametrize("review,key", [
    ("过去五年，累计引进项目64个，实际到位省外资金185.9亿元。", ("domestic_investment_inflow", "actual", "2017-2021", "level")),
    ("全市累计接种新冠疫苗620万剂次。五年来累计新增城镇就业12万人。", ("urban_new_jobs", "actual", "2017-2021", "level")),
    ("五年来，累计减税降费120亿元，城镇新增就业6.5万人。", ("urban_new_jobs", "actual", "2017-2021", "level")),
])
def test_sum_leads_kept(review, key):
    fs = facts(gov(2022, "市", review), report_year=2022)
    assert key in fs


# 11. One month's figure ("4月份，…增长2.1%", "4月份以来…", "2019年12月份，…") in a report of 2020 delivered after the
# outbreak is part of a year, no year's figure; the year's figure after it and a revision dated by its month stay
@pytest.mark.parametrize("review", [
    "2019年，全市地区生产总值增长7.8%。今年以来，1—4月全市规模以上工业增加值下降35.2%。4月份，规模以上工业增加值增长2.1%。",
    "2019年，全市地区生产总值增长7.8%。4月份以来，规模以上工业增加值增长2.1%。",
    "2019年，全市地区生产总值增长7.8%。2019年12月份，全市规模以上工业增加值增长6.5%。",
])
def test_one_month_is_no_years_figure(review):
    fs = facts(gov(2020, "市", review), report_year=2020)
    assert val(fs, (G, "actual", "2019", "growth")) == (7.8, "eq")
    assert not any(k[0] == IVA for k in fs)


@pytest.mark.parametrize("review,key,expected", [
    ("12月份，居民消费价格上涨4.5%，全年上涨2.9%。", ("cpi", "actual", "2019", "growth"), (2.9, "eq")),
    ("一般公共预算收入年初预期增长6%，8月份调整为下降5%，实际下降4.2%。", (GBR, "target", "2019", "growth"), (-5, "eq")),
    ("一般公共预算收入年初预期增长6%，8月份调整为下降5%，实际下降4.2%。", (GBR, "actual", "2019", "growth"), (-4.2, "eq")),
])
def test_one_month_lookalikes(review, key, expected):
    fs = facts(gov(2020, "市", review), report_year=2020)
    assert val(fs, key) == expected



def test_year_after_qizhong_not_misdated():
    fs = facts(gov(2022, "市", "全市地区生产总值年均增长6.5%，其中2019年增长7.1%、2020年增长3.2%。"), report_year=2022)
    assert (G, "actual", "2021", "growth") not in fs


# look-alikes of 11: a month that dates an event (opening an event's clause, or inside a clause) leaves the year's
# figures after it alone
@pytest.mark.parametrize("review", [
    "3月份，我市成功获批国家级新区，全市地区生产总值增长7.2%。",
    "我市3月份成功获批国家级新区，地区生产总值增长7.2%。",
    "9月份成功举办旅博会。全市地区生产总值增长7.2%。",
])
def test_event_month_leaves_year_figures(review):
    fs = facts(gov(2022, "市", review), report_year=2022)
    assert val(fs, (G, "actual", "2021", "growth")) == (7.2, "eq")


def test_month_then_year_figure_in_one_sentence():
    fs = facts(gov(2022, "市", "全市地区生产总值增长7.2%，12月份规模以上工业增加值增长8.2%，全年增长6.5%。"), report_year=2022)
    assert val(fs, (IVA, "actual", "2021", "growth")) == (6.5, "eq")
