"""Fact classes left open (branch leftf5): a target revised in the year (the revised figure is the target, a
decision of the lead: docs/decisions.md), changes over spans a review names, a gain and its stock in one
sentence, parts of the population; in city, county, province and plan reports of 2016–2025, with the
look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, val


def gov(year: int, lvl: str, review: str, plan: str | None = None) -> str:
    plan = plan if plan is not None else f"{year}年全{lvl}经济社会发展的主要预期目标是：全{lvl}地区生产总值增长5%左右。\n"
    return (f"某某{lvl}政府工作报告\n——{year}年1月12日在某某{lvl}第十六届人民代表大会第三次会议上\n\n"
            f"一、{year - 1}年工作回顾\n{review}\n\n二、{year}年工作安排\n{plan}")


def plan_report(year: int, lvl: str, review: str) -> str:
    return (f"关于某某{lvl}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n{review}\n\n二、{year}年国民经济和社会发展计划草案\n"
            f"{year}年主要预期目标建议为：地区生产总值增长5%左右。\n")


G, GBR, GBE = "gdp", "general_budget_revenue", "general_budget_expenditure"


# 1. A target (or budget) revised in the year: the REVISED figure is the year's target, whatever the words of the
# revision (年中调整为, 执行中调整为, 8月份下调至, 下半年下调为, 执行中上调至, 调整后预算为, a bare 调整为 after the
# figure, a reason or an approval glued before it: 受疫情影响…, 经…人大常委会批准…); the figure first set is not
# output; a result after the revision stays the actual
@pytest.mark.parametrize("doc,y,ind,measure,target,actual", [
    (gov(2021, "县", "2020年，全县一般公共预算收入年初预期增长6%，执行中调整为下降3%，实际下降2.4%。"), 2021, GBR, "growth",
     (-3, "eq"), (-2.4, "eq")),
    (gov(2023, "州", "2022年，全州地区生产总值年初预期增长7%，受疫情影响年中调整为增长5%，全年实际增长4.6%。"), 2023, G, "growth",
     (5, "eq"), (4.6, "eq")),
    (gov(2021, "市", "2020年，年初确定的规模以上工业增加值增长10%的目标，经市人大常委会批准调整为6%，实际增长6.3%。"), 2021,
     "industrial_va", "growth", (6, "eq"), (6.3, "eq")),
    (gov(2023, "市", "2022年，全市固定资产投资预期增长10%，8月份下调至6%，实际增长6.4%。"), 2023, "fixed_asset_investment", "growth",
     (6, "eq"), (6.4, "eq")),
    (gov(2021, "县", "2020年，全县地区生产总值年初预期增长7.5%，经县人大常委会批准调整为4%左右，实际增长4.2%。"), 2021, G, "growth",
     (4, "about"), (4.2, "eq")),
    (gov(2022, "市", "2021年，全市一般公共预算支出年初预算86亿元，执行中上调至92亿元，完成91.4亿元。"), 2022, GBE, "level",
     (92, "eq"), (91.4, "eq")),
    (gov(2021, "区", "2020年，全区一般公共预算收入预期增长5%，下半年下调为下降8%，实际下降6.9%。"), 2021, GBR, "growth",
     (-8, "eq"), (-6.9, "eq")),
    (gov(2017, "县", "2016年，全县固定资产投资年初计划增长15%，年中调整为10%，全年完成增长11.2%。"), 2017, "fixed_asset_investment",
     "growth", (10, "eq"), (11.2, "eq")),
    (gov(2021, "市", "2020年，全市一般公共预算收入年初预算150亿元，受疫情影响调整为132亿元，实际完成135.6亿元。"), 2021, GBR, "level",
     (132, "eq"), (135.6, "eq")),
    (gov(2019, "县", "2018年，全县一般公共预算支出年初预算28亿元，调整后预算为30.5亿元，实际支出30.1亿元。"), 2019, GBE, "level",
     (30.5, "eq"), (30.1, "eq")),
    (gov(2022, "市", "2021年，全市地区生产总值预期目标增长7%，调整为增长5%左右，实际完成增长5.3%。"), 2022, G, "growth",
     (5, "about"), (5.3, "eq")),
    (gov(2022, "市", "2021年，全市城镇登记失业率控制在4.5%以内，年中调整为5%以内，年末为3.8%。"), 2022,
     "registered_unemployment_rate", "share", (5, "at_most"), (3.8, "eq")),
    (plan_report(2024, "省", "2023年，全省地区生产总值预期增长6.5%左右，年中调整为6%左右，初步核算增长5.8%。"), 2024, G, "growth",
     (6, "about"), (5.8, "eq")),
    (gov(2021, "市", "2020年，全市规模以上工业增加值年初目标增长8.5%，受疫情冲击年中调整为4%，全年实际增长4.4%。"), 2021,
     "industrial_va", "growth", (4, "eq"), (4.4, "eq")),
])
def test_revised_target_is_the_target(doc, y, ind, measure, target, actual):
    fs = facts(doc, report_year=y)
    assert val(fs, (ind, "target", str(y - 1), measure)) == target
    assert val(fs, (ind, "actual", str(y - 1), measure)) == actual


# a revision with no result after it, a revision to words (no figure: the one first set is not the target),
# a budget revised in the year the report is for (今年: the report's year)
def test_revised_no_result_and_to_words():
    fs = facts(gov(2020, "旗", "2019年，全旗一般公共预算支出年初预算32亿元，执行中调整为35.6亿元。"), report_year=2020)
    assert val(fs, (GBE, "target", "2019", "level")) == (35.6, "eq")
    assert (GBE, "actual", "2019", "level") not in fs
    fs = facts(gov(2023, "市", "2022年，全市地区生产总值年初预期增长7%，年中调整为“保持经济平稳运行”，实际增长3.1%。"), report_year=2023)
    assert fs.get((G, "target", "2022", "growth")) is None or fs[(G, "target", "2022", "growth")].value is None
    assert val(fs, (G, "actual", "2022", "growth")) == (3.1, "eq")
    fs = facts(gov(2020, "市", "2019年，全市地区生产总值增长7.1%。",
                   "2020年主要预期目标：地区生产总值增长6.5%左右。受疫情影响，今年全市一般公共预算收入预算调整为120亿元。\n"),
               report_year=2020)
    assert val(fs, (GBR, "target", "2020", "level")) == (120, "eq")
    assert (GBR, "target", "2019", "level") not in fs


# not: 调整为 of something else after a figure (a structure, a standard, a share), a result then its budget
# revised named after it, a plan part's hypothetical (视情况调整)
@pytest.mark.parametrize("doc,y,key,v,absent", [
    (gov(2024, "市", "2023年，全市城乡低保标准分别调整为每月850元、680元，城镇居民人均可支配收入增长5%。"), 2024,
     ("urban_disposable_income", "actual", "2023", "growth"), (5, "eq"), ("urban_disposable_income", "actual", "2023", "level")),
    (gov(2024, "市", "2023年，全市一般公共预算收入完成85亿元，增长6%，收入结构调整为税收占比72%。"), 2024,
     (GBR, "actual", "2023", "level"), (85, "eq"), (GBR, "target", "2023", "level")),
    (gov(2022, "市", "2021年，全市城镇居民人均可支配收入增长6%，最低工资标准上调至2100元。"), 2022,
     ("urban_disposable_income", "actual", "2021", "growth"), (6, "eq"), ("urban_disposable_income", "target", "2021", "growth")),
    (gov(2019, "县", "2018年，全县一般公共预算收入实际完成12.6亿元，调整为12亿元。"), 2019,
     (GBR, "actual", "2018", "level"), (12.6, "eq"), (GBR, "target", "2018", "level")),
    (gov(2022, "市", "2021年，全市地区生产总值增长8.2%，高于年初确定的7%的预期目标。"), 2022,
     (G, "target", "2021", "growth"), (7, "eq"), (G, "target", "2021", "level")),
])
def test_revision_lookalikes(doc, y, key, v, absent):
    fs = facts(doc, report_year=y)
    assert val(fs, key) == v
    assert absent not in fs


# 2. A change over the span a review names: "疫情三年，" / "三年疫情期间，" opening the sentence is 2020-2022 where the
# review ends in 2022 (counted back from the last year reviewed, as 三年来/近三年 are); in a later review the
# span cannot be settled by counting back: no fact. Not the epidemic named inside a five-year sentence.
@pytest.mark.parametrize("y,sent,key,v", [
    (2023, "疫情三年，全市地区生产总值年均增长4.5%。2022年，全市地区生产总值增长3.2%。", (G, "actual", "2020-2022", "growth"), (4.5, "eq")),
    (2023, "三年疫情期间，全县一般公共预算收入年均增长2.1%。", (GBR, "actual", "2020-2022", "growth"), (2.1, "eq")),
    (2023, "疫情防控三年，全区一般公共预算收入累计完成320亿元。", (GBR, "actual", "2020-2022", "level"), (320, "eq")),
    (2023, "三年来，全县一般公共预算收入年均增长8.2%。", (GBR, "actual", "2020-2022", "growth"), (8.2, "eq")),
    (2024, "近三年，全市规模以上工业增加值年均增长7.6%。", ("industrial_va", "actual", "2021-2023", "growth"), (7.6, "eq")),
    # a five-year review that names the epidemic inside its sentence: the five years
    (2023, "过去五年，我们经受住了三年疫情的考验，全市地区生产总值年均增长6.1%。", (G, "actual", "2018-2022", "growth"), (6.1, "eq")),
])
def test_spans_named(y, sent, key, v):
    assert val(facts(gov(y, "市", sent), report_year=y), key) == v


def test_epidemic_span_named_in_a_later_review_is_kept_with_why():
    # the review's years do not count back to the epidemic's, but the words name them: never dropped silently
    text = gov(2024, "市", "疫情三年，全市地区生产总值年均增长4.5%。2023年，全市地区生产总值增长5.6%。")
    fs = facts(text, report_year=2024)
    assert [k for k in fs if k[0] == G and k[1] == "actual" and "-" in k[2]] == [(G, "actual", "2020-2022", "growth")]
    assert val(fs, (G, "actual", "2020-2022", "growth")) == (4.5, "eq")
    assert val(fs, (G, "actual", "2023", "growth")) == (5.6, "eq")
    f = fs[(G, "actual", "2020-2022", "growth")]
    assert "epidemic" in (f.note or "") and f.confidence < fs[(G, "actual", "2023", "growth")].confidence


# 4. A gain named as its own flow (新增贷款) then, in the same run, the stock it adds to ("、总量达到", "，存量贷款规模达到"):
# the gain's level is its own figure, never the stock's (a stock's own gain then total stays the total)
@pytest.mark.parametrize("y,sent,key,v", [
    (2024, "2023年，全州新增贷款108亿元、总量达到1260亿元。", ("new_loans", "actual", "2023", "level"), (108, "eq")),
    (2021, "2020年，全县新增各项贷款28.5亿元，各项贷款余额总量达到210亿元。", ("new_loans", "actual", "2020", "level"), (28.5, "eq")),
    (2024, "2023年，全市新增贷款320亿元，贷款总量达到3150亿元。", ("new_loans", "actual", "2023", "level"), (320, "eq")),
    (2024, "2023年，全市新增市场主体2.1万户、总数达到18.6万户。", ("market_entities", "actual", "2023", "level"), (18.6, "eq")),
])
def test_gain_then_stock(y, sent, key, v):
    assert val(facts(gov(y, "州", sent), report_year=y), key) == v


# 5. The income of part of the population (库区, 山区, 垦区, 牧区 residents, 移民): never the headline income (spec:
# parts of the region); the whole's income and the rural one (农村牧区, 农牧区 residents) stay
@pytest.mark.parametrize("sent", [
    "2023年，全市库区居民人均可支配收入增长9%。",
    "2023年，全县山区居民人均可支配收入增长9%。",
    "2023年，全县移民人均可支配收入增长9%。",
    "2023年，全市库区常住居民人均可支配收入增长9%。",
    "2023年，全县山区居民收入增长9%。",
    "2023年，全市垦区居民人均可支配收入增长6.9%。",
    "2023年，全旗牧区居民人均可支配收入增长8%。",
    "2023年，全县山区农民人均可支配收入增长10.2%。",
    "2023年，全县库区农村居民人均可支配收入增长9.5%。",
])
def test_part_of_population_income(sent):
    fs = facts(gov(2024, "县", sent), report_year=2024)
    assert ("disposable_income", "actual", "2023", "growth") not in fs
    assert ("rural_disposable_income", "actual", "2023", "growth") not in fs


@pytest.mark.parametrize("sent,key,v", [
    ("2023年，全旗农村牧区居民人均可支配收入增长8%。", ("rural_disposable_income", "actual", "2023", "growth"), (8, "eq")),
    ("2023年，全旗农牧区居民收入增长8%。", ("rural_disposable_income", "actual", "2023", "growth"), (8, "eq")),
    ("2023年，我县作为山区县，居民人均可支配收入增长6%。", ("disposable_income", "actual", "2023", "growth"), (6, "eq")),
    ("2023年，全县库区居民人均可支配收入增长9%，全县居民人均可支配收入增长6.2%。", ("disposable_income", "actual", "2023", "growth"), (6.2, "eq")),
    ("2023年，全县居民收入增长6%。", ("disposable_income", "actual", "2023", "growth"), (6, "eq")),
    ("2023年，全县农民人均可支配收入达到13800元，增长10.2%。", ("rural_disposable_income", "actual", "2023", "growth"), (10.2, "eq")),
])
def test_whole_and_rural_income_stay(sent, key, v):
    assert val(facts(gov(2024, "县", sent), report_year=2024), key) == v


# 3. Not pledges in a plan part: a two-year average stated with the year's target (2021/2022 reports), and last
# year's figures ("截至去年底，…累计接种疫苗150万剂次"); the year's own tasks next to them stay pledges
def _pledges(doc: str, y: int) -> set[tuple]:
    import planwatch
    d = planwatch.read_text(doc, "t.txt", overrides={"report_year": y})
    for p in d.pledges:
        assert doc[p.start:p.end] == p.quote
    return {(p.object, p.value) for p in d.pledges}


@pytest.mark.parametrize("y,plan,absent,kept", [
    (2021, "（一）稳定经济运行\n今年地区生产总值增长7%以上，与2020年两年平均增长5%左右。新建5G基站2000个。\n", 5, ("5G基站", 2000)),
    (2022, "（一）扩大有效需求\n固定资产投资增长10%，两年平均增长8%以上；社会消费品零售总额两年平均增长6%。新增限上企业100家。\n", 8,
     ("限上企业", 100)),
    (2022, "（一）扩大有效需求\n社会消费品零售总额两年平均增长6%。新增限上企业100家。\n", 6, ("限上企业", 100)),
    (2022, "（五）筑牢疫情防线\n截至去年底，全县累计接种疫苗150万剂次。今年新建发热门诊3个。\n", 150, ("发热门诊", 3)),
])
def test_not_pledges_in_plan(y, plan, absent, kept):
    ps = _pledges(gov(y, "县", f"{y - 1}年，全县地区生产总值增长7.5%。", plan), y)
    assert not [p for p in ps if p[1] == absent]
    assert kept in ps


# 6. Qualitative targets of a taxonomy indicator (spec: value null, qualitative): prices (价格总水平基本稳定,
# 居民消费价格涨幅与全国保持一致), an unemployment rate kept stable; not a producer price level, nor 就业基本稳定
# (no one indicator: the spec does not say which)
@pytest.mark.parametrize("targets,key,present", [
    ("地区生产总值增长6%左右，价格总水平基本稳定。", ("cpi", "target", "2024", "growth"), True),
    ("地区生产总值增长6%左右，居民消费价格涨幅与全国保持一致。", ("cpi", "target", "2024", "growth"), True),
    ("地区生产总值增长6%左右，物价总体平稳，就业基本稳定。", ("cpi", "target", "2024", "growth"), True),
    ("地区生产总值增长6%左右，城镇调查失业率保持基本稳定。", ("urban_unemployment_rate", "target", "2024", "share"), True),
    ("地区生产总值增长6%左右，工业生产者价格总水平基本稳定。", ("cpi", "target", "2024", "growth"), False),
])
def test_qualitative_targets(targets, key, present):
    fs = facts(gov(2024, "市", "2023年，全市地区生产总值增长5.2%。", f"2024年全市经济社会发展的主要预期目标是：{targets}\n"), report_year=2024)
    if present:
        assert val(fs, key) == (None, "qualitative")
    else:
        assert key not in fs


# 1b. A target revised in the year the report is for (今年…, a report of 2020 delivered after the outbreak): the
# report's year, not the year before; the figures of several names revised (分别…调整为5%和6%) are left as they were
@pytest.mark.parametrize("plan,key,v", [
    ("2020年主要预期目标：地区生产总值增长6.5%左右。今年全市一般公共预算收入年初预算150亿元，受疫情影响调整为120亿元。\n",
     (GBR, "target", "2020", "level"), (120, "eq")),
    ("今年全市地区生产总值预期增长7%，受疫情影响年中调整为3%左右。\n", (G, "target", "2020", "growth"), (3, "about")),
])
def test_revised_this_year(plan, key, v):
    fs = facts(gov(2020, "市", "2019年，全市地区生产总值增长7.1%。", plan), report_year=2020)
    assert val(fs, key) == v
    assert (key[0], "target", "2019", key[3]) not in fs


def test_revised_group_left():
    fs = facts(gov(2023, "市", "2022年，全市地区生产总值、固定资产投资预期分别增长7%、10%，年中调整为5%和6%，实际分别增长4.8%和6.5%。"),
               report_year=2023)
    assert ("fixed_asset_investment", "target", "2022", "growth") not in fs or \
        val(fs, ("fixed_asset_investment", "target", "2022", "growth")) != (5, "eq")


# (an average rise of a standard in the tasks is a pledge still: "城乡低保标准平均提高8%")
def test_average_rise_of_a_standard_stays_a_pledge():
    ps = _pledges(gov(2024, "市", "2023年，全市地区生产总值增长5.2%。",
                      "（六）民生\n城乡低保标准平均提高8%，企业退休人员基本养老金平均增长3.8%。新建幼儿园5所。\n"), 2024)
    assert ("城乡低保标准", 8) in ps and ("企业退休人员基本养老金", 3.8) in ps


# (a result's figure is no target revised: "城镇登记失业率为3.5%，调整为…" keeps the result)
@pytest.mark.parametrize("sent", ["2023年，全县城镇登记失业率为3.5%，调整为3.2%。", "2023年，全县城镇登记失业率为3.5%，调整为“城镇调查失业率”统计。"])
def test_result_not_revised(sent):
    fs = facts(gov(2024, "县", sent), report_year=2024)
    assert val(fs, ("registered_unemployment_rate", "actual", "2023", "share")) == (3.5, "eq")


# (look-alikes of the epidemic's span and of the gain's stock: a level reached is the last year's; a gain's
# own rank or change is no stock)
@pytest.mark.parametrize("y,sent,key,v", [
    (2023, "疫情三年，全市地区生产总值从1000亿元增加到1200亿元。", (G, "actual", "2022", "level"), (1200, "eq")),
    (2023, "疫情三年，全市新增贷款累计达到900亿元。", ("new_loans", "actual", "2020-2022", "level"), (900, "eq")),
    (2022, "2021年，全市新增贷款560亿元，增量居全省第2位。", ("new_loans", "actual", "2021", "level"), (560, "eq")),
    (2022, "2021年，全市新增贷款560亿元、同比多增80亿元。", ("new_loans", "actual", "2021", "level"), (560, "eq")),
])
def test_span_and_gain_lookalikes(y, sent, key, v):
    assert val(facts(gov(y, "市", sent), report_year=y), key) == v
