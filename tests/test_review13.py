"""Adversarial review of the rules merged from branch leftfacts (tests/test_leftfacts.py): look-alike
sentences where a rule must not fire, and the over-firing found and narrowed."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val  # tests/factkeys.py

_REVIEW = "一、2023年工作回顾\n2023年，全市地区生产总值增长5%，"


# 1. A clause-initial industry or trade name after 全年 (全年一产增加值…) counts, but a short industry name
# followed by what is not its value added (投资, 从业人员, 用电量, 用地, 贷款, 税收) names no value added
@pytest.mark.parametrize("clause", [
    "全年一产投资增长20%。",
    "一产投资增长20%。",
    "第一产业投资增长20%。",
    "全年三产投资增长12%。",
    "第三产业从业人员增长3%。",
    "第二产业用电量增长12%。",
    "第二产业税收增长6%。",
])
def test_industry_name_before_other_thing_is_no_value_added(clause):
    fs = facts(_REVIEW + clause + "\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5, "eq")
    assert not any(k[0].endswith("_industry_va") for k in fs), sorted(fs)


@pytest.mark.parametrize("clause, ind, value", [
    ("全年一产增加值增长3.9%。", "primary_industry_va", 3.9),
    ("第三产业增长7%。", "tertiary_industry_va", 7),
    ("全年二产增加值增长6%。", "secondary_industry_va", 6),
])
def test_industry_value_added_still_counts(clause, ind, value):
    fs = facts(_REVIEW + clause + "\n", report_year=2024)
    assert val(fs, (ind, "actual", "2023", "growth")) == (value, "eq")


@pytest.mark.parametrize("clause", [
    "全年出口型企业新增120家。",
    "全年出口退税45亿元。",
    "全年物价补贴发放1.2亿元。",
    "全年出口企业达到1200家。",
])
def test_year_word_before_other_noun_names_nothing(clause):
    fs = facts(_REVIEW + clause + "\n", report_year=2024)
    assert sorted(fs) == [("gdp", "actual", "2023", "growth")]


# 2. 全区 is the report's own region where the region's word is 全区 (a district's, a new area's, an
# autonomous region's, a 地区's or a 林区's report), whatever part opens the sentence before it
@pytest.mark.parametrize("body, meta, key, value", [
    ("中关村科学城建设加快推进，全区地区生产总值增长5.2%。", dict(region="海淀区", region_code="110108", level="county"),
     ("gdp", "actual", "2023", "growth"), (5.2, "eq")),
    ("北部湾经济区开放开发加快，全区地区生产总值增长4.1%。", dict(region="广西壮族自治区", region_code="450000", level="province"),
     ("gdp", "actual", "2023", "growth"), (4.1, "eq")),
    ("南宁市加快发展，全区地区生产总值增长4.1%。", dict(region="广西壮族自治区", region_code="450000", level="province"),
     ("gdp", "actual", "2023", "growth"), (4.1, "eq")),
    ("林区生态保护成效明显，全区地区生产总值增长6%。", dict(region="大兴安岭地区", region_code="232700", level="prefecture"),
     ("gdp", "actual", "2023", "growth"), (6, "eq")),
    ("神农架林区生态保护成效明显，全区地区生产总值增长6%。", dict(region="神农架林区", region_code="429021", level="county"),
     ("gdp", "actual", "2023", "growth"), (6, "eq")),
    ("雄安新区建设全面提速，全区固定资产投资增长10%。", dict(region="雄安新区", region_code="133100", level="prefecture"),
     ("fixed_asset_investment", "actual", "2023", "growth"), (10, "eq")),
    ("滨海新区加快发展，全区地区生产总值增长5%。", dict(region="滨海新区", region_code="120116", level="county"),
     ("gdp", "actual", "2023", "growth"), (5, "eq")),
])
def test_whole_district_is_own_region_where_its_word_is_quanqu(body, meta, key, value):
    fs = facts(f"一、2023年工作回顾\n2023年，{body}\n", report_year=2024, **meta)
    assert val(fs, key) == value


def test_districts_in_a_list_before_whole_city_stay_the_citys():
    fs = facts("一、2023年工作回顾\n2023年，天河区、黄埔区经济总量双双突破5000亿元，全市地区生产总值增长4.6%。\n",
               report_year=2024, region="广州市", region_code="440100", level="prefecture")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (4.6, "eq")
    assert ("gdp", "actual", "2023", "level") not in fs


# 3. A change over the plan's mid-term review is a result, not a revised goal
@pytest.mark.parametrize("body", [
    "“十四五”规划中期评估显示，全市研发经费投入强度由2.1%提高到2.6%。",
    "经“十四五”规划中期评估，主要指标进展符合预期，研发经费投入强度达到2.6%。",
])
def test_mid_term_review_result_is_no_goal(body):
    fs = facts("一、2023年工作回顾\n" + body + "\n", report_year=2024)
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (2.6, "eq")
    assert not any(k[1] in ("goal", "target") for k in fs)


@pytest.mark.parametrize("clause", ["比预期目标高0.2个百分点", "增速由一季度的3%提高到全年的5.2%"])
def test_result_against_target_is_no_revised_target(clause):
    fs = facts(f"一、2023年工作回顾\n2023年，全市地区生产总值增长5.2%，{clause}。\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert not any(k[1] == "target" for k in fs)


# 4. 推动/带动 X 突破/达到 Y: a pledge only in the plan part; in the review it is a result
def _pledges(text):
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": 2024})
    return [(p.action, p.object, p.value, p.unit) for p in doc.pledges]


@pytest.mark.parametrize("body", [
    "2023年，推动数字经济核心产业营业收入突破100亿元。",
    "2023年，推动规上工业企业研发活动覆盖率达到50%以上。",
])
def test_bound_brought_about_in_review_is_no_pledge(body):
    assert _pledges("一、2023年工作回顾\n" + body + "\n") == []


def test_share_brought_about_in_target_list_is_no_pledge():
    assert _pledges("二、2024年主要预期目标\n今年主要预期目标：地区生产总值增长6%左右，推动常住人口城镇化率达到60%。\n") == []


# 5. 脱贫摘帽/脱贫出列 act only as the status verb, not inside the name of the places (脱贫摘帽县, 摘帽县, 出列村)
@pytest.mark.parametrize("body", [
    "支持12个脱贫摘帽县发展特色产业。",
    "对8个摘帽县继续实施帮扶政策。",
    "推动20个出列村壮大村集体经济。",
])
def test_places_named_by_their_status_are_no_status_pledge(body):
    ps = _pledges("三、2024年重点工作\n" + body + "\n")
    assert not any(a in ("脱贫摘帽", "摘帽", "出列", "脱贫出列", "脱贫") for a, *_ in ps), ps


def test_status_pledges_still_act():
    ps = _pledges("三、2024年重点工作\n今年力争实现5个县脱贫摘帽，确保实现12个贫困村脱贫出列。\n")
    assert ("脱贫摘帽", "县", 5, "个") in ps and ("脱贫出列", "贫困村", 12, "个") in ps


# 6. A qualitative target named by a rate of growth (增长率, 下降率) is a growth, not a share
@pytest.mark.parametrize("item, key", [
    ("居民收入增长率与经济增长同步", ("disposable_income", "target", "2024", "growth")),
    ("规上工业增加值增长率高于全省平均水平", ("industrial_va", "target", "2024", "growth")),
    ("一般公共预算收入增长率与经济增长基本同步", ("general_budget_revenue", "target", "2024", "growth")),
])
def test_qualitative_growth_rate_is_growth(item, key):
    fs = facts(f"二、2024年主要预期目标\n今年主要预期目标：地区生产总值增长6%左右，{item}。\n", report_year=2024)
    assert val(fs, key) == (None, "qualitative")
    assert not any(k[0] == key[0] and k[3] == "share" for k in fs)


# 7. 预算 of another thing after the result is no revised target of the budget revenue or expenditure
@pytest.mark.parametrize("clause", [
    "三公经费预算调整为1.2亿元",
    "政府性基金预算收入完成50亿元，调整预算为60亿元",
    "市本级调整预算为40亿元",
])
def test_other_budget_is_no_revised_target(clause):
    fs = facts(f"一、2023年工作回顾\n2023年，全市一般公共预算收入完成85亿元，增长6%，{clause}。\n", report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (85, "eq")
    assert not any(k[0] == "general_budget_revenue" and k[1] == "target" for k in fs)


# 9. 增加值 after the output of the same firms is the industrial value added only when nothing names another sector
@pytest.mark.parametrize("body", [
    "全市规上服务业营业收入增长6%，增加值增长7%。",
    "全市农业总产值增长5%，增加值增长4%。",
    "全市规上工业总产值突破3000亿元，战略性新兴产业增加值增长12%。",
    "全市规上工业总产值突破3000亿元，其中制造业增加值增长9%。",
])
def test_value_added_of_another_sector_is_not_industrial(body):
    fs = facts(f"一、2025年工作回顾\n2025年，{body}\n", report_year=2026)
    assert not any(k[0] == "industrial_va" for k in fs)


# 2b. A bonded zone, a pilot zone or a cooperation zone opening the sentence is a park like 高新区: 全区 after it in
# a city's report is that zone's; the city's own word, or the city that is such a zone as a whole, stays the city's
_SUZHOU = dict(report_year=2024, region="苏州市", region_code="320500", level="prefecture")


@pytest.mark.parametrize("body, ind", [
    ("保税区加快转型，全区进出口总额增长10%。", "foreign_trade"),
    ("自贸试验区苏州片区制度创新成果丰硕，全区实际使用外资10亿美元。", "fdi"),
    ("全市地区生产总值增长5%，综合保税区实现进出口总额500亿元，全区新增企业120家，规上工业增加值增长9%。", "industrial_va"),
])
def test_whole_district_after_a_zone_is_the_zone(body, ind):
    fs = facts(f"一、2023年工作回顾\n2023年，{body}\n", **_SUZHOU)
    assert not any(k[0] == ind for k in fs), sorted(fs)
    assert any(k[0].startswith("other:") for k in fs)


@pytest.mark.parametrize("body, key, value", [
    ("全市获批国家级跨境电商综合试验区，全市进出口总额增长10%。", ("foreign_trade", "actual", "2023", "growth"), (10, "eq")),
    ("全面创新改革试验区建设扎实推进，全市地区生产总值增长5%。", ("gdp", "actual", "2023", "growth"), (5, "eq")),
])
def test_zone_before_the_citys_own_word_stays_the_citys(body, key, value):
    fs = facts(f"一、2023年工作回顾\n2023年，{body}\n", **_SUZHOU)
    assert val(fs, key) == value


def test_zone_in_a_districts_own_report_is_its_own():
    fs = facts("一、2023年工作回顾\n2023年，综合保税区加快转型，全区进出口总额增长10%。\n", report_year=2024, region="姑苏区",
               region_code="320508", level="county")
    assert val(fs, ("foreign_trade", "actual", "2023", "growth")) == (10, "eq")


# 3b. A start of a revised goal or of a change over a span written with its per-year or average word
# (目标由每年5万人调整为每年4万人, 目标由年均增长7%调整为年均增长6%, 由“十三五”时期年均增长8%回落到…): the end is
# the figure, not the start
@pytest.mark.parametrize("body, key, value", [
    ("对“十四五”规划部分指标进行调整，城镇新增就业目标由每年5万人调整为每年4万人。", ("urban_new_jobs", "goal", "2021-2025", "level"), 4),
    ("对“十四五”规划部分指标进行调整，地区生产总值目标由年均增长7%调整为年均增长6%。", ("gdp", "goal", "2021-2025", "growth"), 6),
])
def test_plan_goal_revised_from_per_year_start(body, key, value):
    fs = facts("一、2023年工作回顾\n2023年，全市地区生产总值增长5%。\n" + body + "\n", report_year=2024)
    assert val(fs, key) == (value, "eq")
    assert not any(k[0] == key[0] and k[1] == "actual" and k[2] != "2023" for k in fs), sorted(fs)


@pytest.mark.parametrize("body, key, value", [
    ("全市地区生产总值增速由“十三五”时期年均增长8%回落到年均增长5.5%。", ("gdp", "actual", "2021-2025", "growth"), 5.5),
    ("城镇新增就业由“十三五”时期每年4万人增加到每年5万人。", ("urban_new_jobs", "actual", "2025", "level"), 5),
    ("全县地区生产总值由“十三五”末的210亿元增加到298亿元。", ("gdp", "actual", "2025", "level"), 298),
])
def test_change_from_past_span_gives_the_end(body, key, value):
    fs = facts("一、“十四五”时期工作回顾\n" + body + "\n", report_year=2026)
    assert val(fs, key) == (value, "eq")


def test_per_year_figure_without_start_still_counts():
    fs = facts("二、2024年主要预期目标\n今年城镇新增就业每年5万人以上，“十四五”时期地区生产总值年均增长6%。\n", report_year=2024)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (5, "at_least")
