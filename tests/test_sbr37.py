"""Session 37 sbr37: figures of other places inside a report, blind (decision 167). A part's aim with a modal before its
verb (经开区要实现…) is the part's; the region's own figure after its parts' run (…分别增长…，全市增长8.9%) or after
another part's clause is kept; its own target set with 确定 or 目标为 before the change word is kept; a list item headed
by a part and a colon after a dash or a number (——经开区：) is the part's; 当地 after a word of aid is the aided place."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2023年工作回顾\n"
PLAN_C = "一、2023年工作回顾\n全县地区生产总值增长5%。\n二、2024年主要目标\n"
COUNTY = dict(report_year=2024, region="石泉县", level="county", parent="安康市", province="陕西省")
CITY = dict(report_year=2024, region="宜春市", level="prefecture", parent="江西省", province="江西省")
PROV = dict(report_year=2024, region="湖南省", level="province", parent=None, province="湖南省")
GDP_A = ("gdp", "actual", "2023", "growth")
GDP_T = ("gdp", "target", "2024", "growth")


# --- 1. a part's aim with a modal before its verb is the part's ---

@pytest.mark.parametrize("sent,key", [
    ("工业园区要实现规上工业增加值增长13%。", ("industrial_va", "target", "2024", "growth")),
    ("池河镇要完成固定资产投资4.5亿元以上。", ("fixed_asset_investment", "target", "2024", "level")),
    ("高新区还要力争完成固定资产投资30亿元。", ("fixed_asset_investment", "target", "2024", "level")),
    ("县经济技术开发区将实现规上工业增加值增长15%以上。", ("industrial_va", "target", "2024", "growth")),
])
def test_part_aim_with_modal(sent, key):
    assert key not in facts(PLAN_C + sent, **COUNTY)


def test_own_aim_with_modal_kept():
    fs = facts(PLAN_C + "全县要实现地区生产总值增长6%左右，我县要完成固定资产投资80亿元以上。", **COUNTY)
    assert val(fs, GDP_T) == (6, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "level")) == (80, "at_least")


# --- 2. the region's own figure after its parts' run or another part's clause ---

@pytest.mark.parametrize("meta,sent,value", [
    (CITY, "袁州区、樟树市地区生产总值分别增长7.4%和6.9%，全市增长6.2%。", 6.2),
    (CITY, "丰城市、高安市、樟树市地区生产总值分别增长7.1%、6.8%、6.5%，全市增长6.3%，高于全省0.2个百分点。", 6.3),
    (CITY, "袁州区地区生产总值增长7.4%，樟树市增长6.9%，全市增长6.2%。", 6.2),
    (PROV, "长沙市地区生产总值增长5.1%，株洲市增长5.4%，全省增长4.8%。", 4.8),
])
def test_own_after_parts(meta, sent, value):
    assert val(facts(REVIEW + sent, **meta), GDP_A) == (value, "eq")


def test_parts_run_alone_gives_none():
    assert GDP_A not in facts(REVIEW + "袁州区、樟树市地区生产总值分别增长7.4%和6.9%，高于全市平均水平。", **CITY)


# --- 3. the own target set with 确定 or 目标为 before its change word ---

@pytest.mark.parametrize("sent", [
    "全市地区生产总值增长5.5%左右，我县确定增长6.5%左右。",
    "全市地区生产总值增长5.5%左右，我县确定为增长6.5%左右。",
    "市里确定全市地区生产总值增长5.5%左右，我县目标为增长6.5%左右。",
])
def test_own_target_set_after_upper(sent):
    assert val(facts(PLAN_C + sent, **COUNTY), GDP_T) == (6.5, "about")


# --- 4. a list item headed by a part and a colon after a dash or a number ---

@pytest.mark.parametrize("sent,key", [
    ("——工业园区：完成固定资产投资42亿元，规上工业增加值增长14%。", ("fixed_asset_investment", "actual", "2023", "level")),
    ("——工业园区：完成固定资产投资42亿元，规上工业增加值增长14%。", ("industrial_va", "actual", "2023", "growth")),
    ("2.池河镇：完成固定资产投资3.6亿元。", ("fixed_asset_investment", "actual", "2023", "level")),
    ("（一）县经济技术开发区：实现规上工业增加值26亿元。", ("industrial_va", "actual", "2023", "level")),
])
def test_item_headed_by_part(sent, key):
    assert key not in facts(REVIEW + "全县地区生产总值增长6.1%。\n" + sent, **COUNTY)


def test_item_headed_by_own_word_kept():
    fs = facts(REVIEW + "——全县：地区生产总值增长6.1%，固定资产投资增长9%。", **COUNTY)
    assert val(fs, GDP_A) == (6.1, "eq")


# --- 5. 当地 after a word of aid is the place aided ---

@pytest.mark.parametrize("sent", [
    "结对帮扶的岚皋县顺利脱贫，当地农民人均可支配收入增长13%。",
    "援建西藏措勤县项目9个，受援地农牧民人均可支配收入增长10.5%。",
])
def test_aided_place_figure(sent):
    fs = facts(REVIEW + "全县地区生产总值增长6.1%。" + sent, **COUNTY)
    assert ("rural_disposable_income", "actual", "2023", "growth") not in fs


def test_bare_local_is_own_on_a_news_page():
    fs = facts("石泉县两会\n记者从石泉县两会上获悉，2023年，当地农村居民人均可支配收入增长8.2%。", **COUNTY)
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (8.2, "eq")


# --- 6. places before a task's verb, the bound after its object: the verb acts on the object ---

@pytest.mark.parametrize("body,want", [
    ("各县（市、区）新建改造农村公路不少于100公里。", ("新建改造", "农村公路", 100, "公里")),
    ("各乡镇（街道）新增经营主体不少于500户。", ("新增", "经营主体", 500, "户")),
    ("县（市、区）新建高标准农田不少于3万亩。", ("新建", "高标准农田", 3, "万亩")),
])
def test_places_before_verb_with_bound(body, want):
    from taskdoc import pledges
    got = pledges(body)
    assert want in got, got


# --- 7. a setter alone before its figure, its word left out; 市辖区 is the city's districts ---

@pytest.mark.parametrize("sent", [
    "国家提出经济增长5%左右，省里提出5.5%左右，我县确定为6.5%左右。",
    "国家提出经济增长5%左右，市里确定5.5%左右，我县确定增长6.5%左右。",
])
def test_own_after_bare_setter(sent):
    assert val(facts(PLAN_C + sent, **COUNTY), GDP_T) == (6.5, "about")


@pytest.mark.parametrize("sent,key", [
    ("全市地区生产总值增长6.2%。市辖区实现地区生产总值1320亿元，增长6.8%。", ("gdp", "actual", "2023", "level")),
    ("全市一般公共预算收入增长5%。市辖区一般公共预算收入完成96亿元。", ("general_budget_revenue", "actual", "2023", "level")),
])
def test_city_districts_together_are_a_part(sent, key):
    assert key not in facts(REVIEW + sent, **CITY)


# --- 8. a sentence opened by the region's work for a place by its name: its later figures are the place's ---

PLAN_P = "一、2023年工作回顾\n全省地区生产总值增长5%。\n二、2024年工作安排\n"
PLAN_CITY = "一、2023年工作回顾\n全市地区生产总值增长5%。\n二、2024年工作安排\n"


@pytest.mark.parametrize("meta,head,sent,key", [
    (PROV, PLAN_P, "支持岳阳建设省域副中心城市，到2027年地区生产总值突破6000亿元。", ("gdp", "goal", "2027", "level")),
    (PROV, PLAN_P, "推动常德加快建设现代化区域中心城市，地区生产总值年均增长6.5%以上。", ("gdp", "goal", "2024-2028", "growth")),
    (CITY, PLAN_CITY, "支持樟树建设中国药都，力争地区生产总值突破800亿元。", ("gdp", "target", "2024", "level")),
])
def test_supported_place_figures(meta, head, sent, key):
    assert key not in facts(head + sent, **meta)


def test_supported_place_then_own_word():
    fs = facts(PLAN_CITY + "支持樟树建设中国药都，全市地区生产总值增长6%左右。", **CITY)
    assert val(fs, GDP_T) == (6, "about")


# --- 9. an increment's verb opening a later clause of a park's sentence: the park's count ---

@pytest.mark.parametrize("sent,key", [
    ("全市地区生产总值增长6.2%。宜春经开区规上工业增加值增长13.5%，新增高新技术企业41家。", ("high_tech_enterprises", "actual", "2023", "level")),
    ("全市地区生产总值增长6.2%。袁州医药工业园营业收入增长18%，净增市场主体860户。", ("market_entities", "actual", "2023", "level")),
])
def test_park_increment(sent, key):
    assert key not in facts(REVIEW + sent, **CITY)


def test_own_increment_kept():
    fs = facts(REVIEW + "全市地区生产总值增长6.2%，新增高新技术企业141家。", **CITY)
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (141, "eq")


# --- 10. a sentence opened by the place the region aids, in a clause of its own ---

@pytest.mark.parametrize("sent", [
    "对口协作的黔西南州，全年农村居民人均可支配收入增长9.4%。",
    "在我市对口支援的新疆阿图什市，农村居民人均可支配收入增长10.2%。",
])
def test_aided_place_clause(sent):
    fs = facts(REVIEW + "全市地区生产总值增长6.2%。" + sent, **CITY)
    assert ("rural_disposable_income", "actual", "2023", "growth") not in fs


def test_aided_place_then_own_sentence():
    fs = facts(REVIEW + "对口协作的黔西南州，全年实施项目40个。全市农村居民人均可支配收入增长7.1%。", **CITY)
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.1, "eq")
