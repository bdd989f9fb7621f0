"""Indicator facts: hand-written adversarial sentences, the seeds' gold, offsets and speed-independent
properties."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planwatch
from planwatch.evaluate import score

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLD = next((p for p in (ROOT.parent / "shared" / "gold" / "seeds", ROOT / "tests" / "data" / "gold") if p.exists()),
            ROOT / "tests" / "data" / "gold")

HEAD = "政府工作报告\n——2024年1月10日在平顶山市第十四届人民代表大会第三次会议上\n\n"


def facts_of(body: str, head: str = HEAD) -> dict[tuple, planwatch.Fact]:
    text = head + body
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure): f for f in doc.facts}


def one(facts, key):
    assert key in facts, f"{key} not in {sorted(facts)}"
    return facts[key]


REVIEW = "一、2023年工作回顾\n\n"
TARGETS = "二、2024年主要预期目标\n\n"


def test_level_and_growth_in_one_clause():
    f = facts_of(REVIEW + "全市生产总值首次突破500亿元，达到534.57亿元，增长8.2%。\n")
    lvl = one(f, ("gdp", "actual", "2023", "level"))
    assert (lvl.value, lvl.unit, lvl.qualifier) == (534.57, "亿元", "eq")
    assert one(f, ("gdp", "actual", "2023", "growth")).value == 8.2


@pytest.mark.parametrize("sentence,value", [
    ("规上工业增加值下降2.1%。", -2.1),
    ("规上工业增加值负增长2.1%。", -2.1),
    ("规上工业增加值回落2.1%。", -2.1),
    ("规上工业增加值增长-2.1%。", -2.1),
    ("规上工业增加值增长２．１％。", 2.1),
    ("规上工业增加值增长 2. 1 %。", 2.1),
    ("规上工业增加值增长百分之二点一。", 2.1),
])
def test_signs_digits_and_chinese_numerals(sentence, value):
    f = facts_of(REVIEW + sentence + "\n")
    assert one(f, ("industrial_va", "actual", "2023", "growth")).value == value


def test_thousands_separator_and_chinese_amounts():
    f = facts_of(REVIEW + "全市生产总值达到1,234.5亿元。粮食总产量一百二十万吨。\n")
    assert one(f, ("gdp", "actual", "2023", "level")).value == 1234.5
    g = one(f, ("grain_output", "actual", "2023", "level"))
    assert (g.value, g.unit) == (120, "万吨")


@pytest.mark.parametrize("sentence,key,expect", [
    ("生产总值增长6%左右", ("gdp", "target", "2024", "growth"), (6, None, "about")),
    ("经济增长6%左右", ("gdp", "target", "2024", "growth"), (6, None, "about")),
    ("生产总值增长6%—6.5%", ("gdp", "target", "2024", "growth"), (6, 6.5, "range")),
    ("生产总值增长6-6.5%", ("gdp", "target", "2024", "growth"), (6, 6.5, "range")),
    ("固定资产投资增长10%以上", ("fixed_asset_investment", "target", "2024", "growth"), (10, None, "at_least")),
    ("研发经费投入强度不低于2.3%", ("rnd_intensity", "target", "2024", "share"), (2.3, None, "at_least")),
    ("城镇调查失业率控制在5.5%以内", ("urban_unemployment_rate", "target", "2024", "share"), (5.5, None, "at_most")),
    ("优良天数不少于263天", ("good_air_days", "target", "2024", "level"), (263, None, "at_least")),
    ("居民消费价格涨幅3%左右", ("cpi", "target", "2024", "growth"), (3, None, "about")),
    ("常住人口城镇化率提高1个百分点左右", ("urbanization_rate", "target", "2024", "pp_change"), (1, None, "about")),
    ("常住人口城镇化率超过61%", ("urbanization_rate", "target", "2024", "share"), (61, None, "at_least")),
    ("城镇新增就业3万人以上", ("urban_new_jobs", "target", "2024", "level"), (3, None, "at_least")),
    ("粮食产量稳定在90亿斤以上", ("grain_output", "target", "2024", "level"), (90, None, "at_least")),
])
def test_target_qualifiers(sentence, key, expect):
    f = one(facts_of(TARGETS + "主要预期目标是：" + sentence + "。\n"), key)
    assert (f.value, f.value_high, f.qualifier) == expect


@pytest.mark.parametrize("sentence,ind,measure", [
    ("居民人均可支配收入增长与经济增长同步", "disposable_income", "growth"),
    ("单位生产总值能耗与“十四五”控制目标统筹衔接", "energy_intensity", "growth"),
    ("进出口稳中提质", "foreign_trade", "growth"),
    ("研发投入强度持续高于全国全省平均水平", "rnd_intensity", "share"),
])
def test_qualitative_targets(sentence, ind, measure):
    f = facts_of(TARGETS + sentence + "。\n")
    q = one(f, (ind, "target", "2024", measure))
    assert q.value is None and q.qualifier == "qualitative"
    # the comparator "经济增长" is not a GDP fact
    assert not any(k[0] == "gdp" for k in f)


def test_fenbie_lists_even_without_separators():
    f = facts_of(REVIEW + "规上工业增加值、固定资产投资、社会消费品零售总额分别增长7%7.2%7%,居全省第4、第5、第5位。\n")
    assert [one(f, (i, "actual", "2023", "growth")).value for i in
            ("industrial_va", "fixed_asset_investment", "retail_sales")] == [7, 7.2, 7]
    assert [one(f, (i, "actual", "2023", "rank")).value for i in
            ("industrial_va", "fixed_asset_investment", "retail_sales")] == [4, 5, 5]
    assert one(f, ("retail_sales", "actual", "2023", "rank")).scope == "全省"


def test_compound_urban_rural_income():
    f = facts_of(REVIEW + "城乡居民人均可支配收入分别增长5%和7.5%。\n")
    assert one(f, ("urban_disposable_income", "actual", "2023", "growth")).value == 5
    assert one(f, ("rural_disposable_income", "actual", "2023", "growth")).value == 7.5


def test_shared_verb_in_a_value_list():
    f = facts_of(REVIEW + "PM10、PM2.5平均浓度分别下降19.4%、22.6%。\n")
    assert one(f, ("pm10", "actual", "2023", "growth")).value == -19.4
    assert one(f, ("pm25", "actual", "2023", "growth")).value == -22.6


def test_change_in_an_amount_is_not_a_fact():
    f = facts_of(REVIEW + "2023年地区生产总值达到163亿元，比2018年增加63.8亿元；优良天数增加7天。\n")
    assert one(f, ("gdp", "actual", "2023", "level")).value == 163
    assert not any(v.value == 63.8 for v in f.values())
    assert ("good_air_days", "actual", "2023", "level") not in f


def test_parts_of_the_region_are_not_headline_facts():
    f = facts_of(REVIEW + "全市固定资产投资增长5%，其中工业投资增长12%，民间投资增长3%；高新区生产总值增长9%。\n")
    assert one(f, ("fixed_asset_investment", "actual", "2023", "growth")).value == 5
    assert one(f, ("industrial_investment", "actual", "2023", "growth")).value == 12
    assert ("gdp", "actual", "2023", "growth") not in f
    assert any(k[0].startswith("other:") for k in f)


def test_national_figures_in_a_city_report_are_skipped():
    f = facts_of(REVIEW + "全国国内生产总值增长5.2%。全市生产总值增长5.6%。\n")
    assert one(f, ("gdp", "actual", "2023", "growth")).value == 5.6


def test_thresholds_are_not_values():
    f = facts_of(TARGETS + "培育进出口额5000万元以上企业35家，引进亿元以上项目20个。\n")
    assert ("foreign_trade", "target", "2024", "level") not in f


def test_goals_take_the_plan_span_or_their_year():
    body = ("三、今后五年奋斗目标\n\n今后五年，全市生产总值年均增长7%以上，"
            "到2028年人均生产总值翻一番，常住人口城镇化率超过65%。\n")
    f = facts_of(body)
    assert one(f, ("gdp", "goal", "2024-2028", "growth")).qualifier == "at_least"
    assert one(f, ("gdp_per_capita", "goal", "2028", "growth")).value == 100
    assert one(f, ("urbanization_rate", "goal", "2028", "share")).value == 65


def test_five_year_review_spans():
    body = ("一、过去五年工作回顾\n\n过去五年，固定资产投资年均增长3.8%，累计实际到位省外资金185.9亿元，"
            "森林覆盖率达33.4%。\n")
    f = facts_of(body)
    assert one(f, ("fixed_asset_investment", "actual", "2019-2023", "growth")).value == 3.8
    assert one(f, ("domestic_investment_inflow", "actual", "2019-2023", "level")).value == 185.9
    assert one(f, ("forest_coverage", "actual", "2023", "share")).value == 33.4


def test_traditional_characters_keep_offsets():
    head = "政府工作報告\n——2024年1月10日在平頂山市第十四屆人民代表大會第三次會議上\n\n"
    f = facts_of("一、2023年工作回顧\n\n全市生產總值增長5.6%，一般公共預算收入完成200億元。\n", head)
    assert one(f, ("gdp", "actual", "2023", "growth")).value == 5.6
    assert one(f, ("general_budget_revenue", "actual", "2023", "level")).quote.startswith("一般公共預算收入")


def test_news_article_restating_a_report():
    text = "记者从市两会获悉，今年市政府工作报告提出，2024年全市生产总值增长6%左右。"
    doc = planwatch.read_text(text, "news.txt")
    assert [(f.indicator, f.role, f.period, f.value) for f in doc.facts] == [("gdp", "target", "2024", 6)]


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold not beside the repo")
def test_seed_gold_f1():
    gold = {json.loads(p.read_text())["doc"]: json.loads(p.read_text()) for p in GOLD.glob("*.json")}
    lines = []
    for name in gold:
        lines += planwatch.read(EXAMPLES / name).lines()
    rep = score(gold, lines)
    assert rep.facts[2] >= 0.95
    assert rep.totals[4] >= 0.95 * rep.totals[0]  # spans on the gold quote
    assert rep.meta_right == rep.meta_total


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_every_quote_is_the_source_text(name):
    doc = planwatch.read(EXAMPLES / name)
    assert doc.facts
    for f in doc.facts:
        assert doc.text[f.start:f.end] == f.quote
        assert f.role in ("actual", "target", "goal")
        assert f.measure in ("level", "growth", "share", "pp_change", "rank")


_PIECES = ["全市", "生产总值", "增长", "8.2", "%", "左右", "以上", "，", "。", "\n", " ", "１２", "％", "亿元",
           "分别", "、", "固定资产投资", "城镇化率", "提高", "个百分点", "2023年", "下降", "居全省第", "位", "(上接第一版)"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
def test_random_report_fragments_never_break_offsets(pieces):
    text = REVIEW + "".join(pieces)
    doc = planwatch.read_text(text, "r.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
        assert 0 <= f.start < f.end <= len(text)


def test_provincial_report_end_to_end():
    text = ("2024年浙江省人民政府工作报告\n——2024年1月23日在浙江省第十四届人民代表大会第二次会议上\n浙江省省长 王浩\n\n"
            "一、2023年工作回顾\n过去一年，全省生产总值增长6%，达到8.26万亿元；城乡居民人均可支配收入分别为74997元和40311元，"
            "分别增长4.7%和7.3%。全省经济总量稳居全国第4位。\n\n"
            "二、2024年工作总体要求和目标任务\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；"
            "居民收入增长和经济增长同步；单位GDP能耗下降2.5%左右。\n")
    doc = planwatch.read_text(text, "zj.txt")
    assert (doc.meta.region, doc.meta.level, doc.meta.speaker, doc.meta.report_year) == ("浙江省", "province", "王浩", 2024)
    f = {(x.indicator, x.role, x.period, x.measure): x for x in doc.facts}
    assert (f[("gdp", "actual", "2023", "level")].value, f[("gdp", "actual", "2023", "level")].unit) == (8.26, "万亿元")
    assert f[("rural_disposable_income", "actual", "2023", "level")].value == 40311
    assert f[("rural_disposable_income", "actual", "2023", "growth")].value == 7.3
    assert f[("gdp", "actual", "2023", "rank")].scope == "全国"
    assert f[("disposable_income", "target", "2024", "growth")].qualifier == "qualitative"
    assert f[("energy_intensity", "target", "2024", "growth")].value == -2.5
    assert ("gdp", "target", "2024", "growth") in f and f[("gdp", "target", "2024", "growth")].value == 5.5
