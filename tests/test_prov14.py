"""Session prov14: classes found on whole provincial reports of 2025–2026 (written blind): a five-year review
opened by 回顾五年, the comparator of an in-step target named with its own change word (劳动报酬提高与劳动生产率提高
同步), the rural or urban half of the income named short before a yearly average (其中农村居民年均增长7.6%), and
pledges counted in runs (开行3200班), formed (形成制度创新成果30项) or opened (开辟/新开行 航线)."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val  # tests/factkeys.py

REVIEW = "政府工作报告\n一、2025年和“十四五”工作回顾\n2025年，全省生产总值增长5.6%。\n"
PLAN = "政府工作报告\n一、2025年工作回顾\n2025年，全省生产总值增长5.6%。\n二、“十五五”时期主要目标\n"


# a review paragraph opened by 回顾五年 names the five years: its changes in points are the span's
@pytest.mark.parametrize("opener", ["回顾五年，", "回顾过去五年，", "回顾这五年，"])
def test_review_of_five_years_dates_its_changes_by_the_span(opener):
    fs = facts(REVIEW + opener + "地方一般公共预算收入年均增长4.4%，税收占比提高4.1个百分点。\n", report_year=2026)
    assert val(fs, ("tax_revenue_share", "actual", "2021-2025", "pp_change")) == (4.1, "eq")
    assert ("tax_revenue_share", "actual", "2025", "pp_change") not in fs
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (4.4, "eq")


# look-alikes: a review of the one year (回顾过去一年), and a bare 回顾 heading the year, keep the year
@pytest.mark.parametrize("opener", ["回顾过去一年，", "回顾2025年，", ""])
def test_review_of_the_year_keeps_the_year(opener):
    fs = facts(REVIEW + opener + "税收占比提高1.2个百分点。\n", report_year=2026)
    assert val(fs, ("tax_revenue_share", "actual", "2025", "pp_change")) == (1.2, "eq")
    assert ("tax_revenue_share", "actual", "2021-2025", "pp_change") not in fs


# the comparator of an in-step target, named with its own change word, is no target of its own
@pytest.mark.parametrize("sent", [
    "主要目标是：居民收入增长与经济增长同步，劳动报酬提高与劳动生产率提高同步；地区生产总值年均增长5%左右。",
    "主要目标是：劳动报酬增长和劳动生产率提高基本同步，地区生产总值年均增长5%左右。",
])
def test_comparator_with_its_change_word_is_no_fact(sent):
    fs = facts(PLAN + sent + "\n", report_year=2026)
    assert not any(k[0] == "labor_productivity" for k in fs), sorted(fs)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5, "about")


# look-alikes: labor productivity as the subject, with its figure or in step with the economy, stays its fact
def test_labor_productivity_as_subject_stays():
    fs = facts(PLAN + "主要目标是：全员劳动生产率年均增长6%，居民收入增长与经济增长同步。\n", report_year=2026)
    assert val(fs, ("labor_productivity", "goal", "2026-2030", "growth")) == (6, "eq")
    assert ("disposable_income", "goal", "2026-2030", "growth") in fs
    fs = facts("政府工作报告\n三、2026年主要预期目标\n今年主要预期目标是：全员劳动生产率提高与经济增长同步。\n",
               report_year=2026)
    assert fs[("labor_productivity", "target", "2026", "growth")].qualifier == "qualitative"
    assert not any(k[0] == "gdp" for k in fs)


# the half of the urban/rural pair named short after 其中, before a yearly average
@pytest.mark.parametrize("sent,iid,value", [
    ("回顾五年，全体居民人均可支配收入年均增长6.3%，其中农村居民年均增长7.6%，快于城镇居民2.1个百分点。",
     "rural_disposable_income", 7.6),
    ("过去五年，全体居民人均可支配收入年均增长6.1%，其中城镇居民年均增长5.2%。", "urban_disposable_income", 5.2),
])
def test_pair_half_named_short_before_yearly_average(sent, iid, value):
    fs = facts(REVIEW + sent + "\n", report_year=2026)
    assert val(fs, (iid, "actual", "2021-2025", "growth")) == (value, "eq")
    assert val(fs, ("disposable_income", "actual", "2021-2025", "growth"))[1] == "eq"


# look-alikes: a yearly increase in an amount stays no fact, and a gap to the other half names no figure of it
def test_short_pair_name_lookalikes():
    fs = facts(REVIEW + "过去五年，全体居民人均可支配收入年均增加1500元，其中农村居民年均增加1200元。\n", report_year=2026)
    assert not any(k[0] in ("rural_disposable_income", "disposable_income") for k in fs), sorted(fs)
    fs = facts(REVIEW + "全体居民人均可支配收入增长5.3%，其中农村居民增长6.1%，快于城镇居民2个百分点。\n", report_year=2026)
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.1, "eq")
    assert not any(k[0] == "urban_disposable_income" for k in fs)


TASKS = ("政府工作报告\n——2026年1月17日在某省第十四届人民代表大会第五次会议上\n\n"
         "一、2025年工作回顾\n过去一年，全省地区生产总值增长5.5%。\n\n二、2026年重点工作\n")


def pledges(body: str):
    text = TASKS + body + "\n"
    doc = planwatch.read_text(text, "t.txt", overrides=dict(report_year=2026))
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote and p.value > 0
    return {(p.object, p.value, p.unit): p for p in doc.pledges}


@pytest.mark.parametrize("sent,key,action", [
    ("推进航空港区建设，中欧班列（郑州）开行3200班以上。", ("中欧班列（郑州）", 3200, "班"), "开行"),
    ("推进自贸试验区提升发展，形成制度创新成果30项以上。", ("制度创新成果", 30, "项"), "形成"),
    ("拓展对外通道，新开行国际客运航线5条。", ("国际客运航线", 5, "条"), "新开行"),
    ("拓展对外通道，新开辟国内航线4条。", ("国内航线", 4, "条"), "新开辟"),
    ("拓展对外通道，开辟国际货运航线3条。", ("国际货运航线", 3, "条"), "开辟"),
])
def test_pledges_runs_formed_and_opened(sent, key, action):
    ps = pledges(sent)
    assert key in ps, sorted(ps)
    assert ps[key].action == action


# look-alikes: 班 in a name or a class is no unit of runs, a result of last year formed is no pledge
def test_pledge_lookalikes():
    ps = pledges("开设职业技能培训班20个。")
    assert ("职业技能培训班", 20, "个") in ps
    assert not any(k[2] == "班" for k in ps)
    ps = pledges("去年形成制度创新成果38项。今年形成制度创新成果30项以上。")
    assert ("制度创新成果", 30, "项") in ps and ("制度创新成果", 38, "项") not in ps


# guards (these held before this branch): a bound held each year of a five-year review yields to the total of the
# years stated after it (the spec's level of a span)
def test_held_bound_yields_to_the_total_after_it():
    fs = facts(REVIEW + "五年间，城镇新增就业每年稳定在60万人以上，五年累计达到320万人。\n", report_year=2026)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (320, "eq")


# look-alikes: a share held (not a flow) is not replaced
# (leftx14f: a floor held 每年 with no total is no level of the span: the spec's level of a span is a total)
def test_held_bound_without_total_stays():
    fs = facts(REVIEW + "五年间，城镇新增就业每年稳定在60万人以上。\n", report_year=2026)
    assert ("urban_new_jobs", "actual", "2021-2025", "level") not in fs
    fs = facts(REVIEW + "过去五年，森林覆盖率稳定在60%以上。\n", report_year=2026)
    assert val(fs, ("forest_coverage", "actual", "2021-2025", "share")) == (60, "at_least")
