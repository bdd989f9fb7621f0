"""One hand-written sentence (or two) for each class of error seen on unseen reports, and the
development-set guard: facts F1 there never falls below the last recorded figure."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planwatch
from planwatch.evaluate import evaluate
from factkeys import facts, val  # tests/factkeys.py

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT.parent / "shared" / "gold" / "dev"
DEV_TEXTS = ROOT.parent / "shared" / "dev" / "texts"
BASELINE = ROOT / "tests" / "data" / "dev_baseline.json"


# 1. a document whose metadata is not found still gives its facts (year from the content)
def test_no_metadata_year_inferred_from_content():
    text = ("3月2日，某区第八届人民代表大会第五次会议开幕。报告回顾了2024年的工作：全区生产总值增长5.6%，"
            "一般公共预算收入完成12.3亿元。")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.6, "eq")
    assert fs[("gdp", "actual", "2024", "growth")].confidence < 0.9


# 2. lists with 分别 in their spellings
@pytest.mark.parametrize("names", ["城、乡居民人均可支配收入", "城镇和农村居民人均可支配收入", "城乡常住居民人均可支配收入",
                                   "城镇、牧区常住居民人均可支配收入", "城镇居民、农村居民人均可支配收入"])
def test_urban_rural_pairs_two_kinds_of_values(names):
    fs = facts(f"一、2024年工作回顾\n{names}分别为31250元、15480元，增长6.1%、7.9%。\n", report_year=2025)
    assert val(fs, ("urban_disposable_income", "actual", "2024", "level")) == (31250, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2024", "level")) == (15480, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2024", "growth")) == (6.1, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2024", "growth")) == (7.9, "eq")


def test_three_industries_and_one_value_for_both():
    fs = facts("二、2025年主要预期目标\n一产、二产、三产增加值分别增长4%左右、6%以上、5%左右；城乡居民收入均增长7%。\n",
               report_year=2025)
    assert val(fs, ("primary_industry_va", "target", "2025", "growth")) == (4, "about")
    assert val(fs, ("secondary_industry_va", "target", "2025", "growth")) == (6, "at_least")
    assert val(fs, ("tertiary_industry_va", "target", "2025", "growth")) == (5, "about")
    assert val(fs, ("urban_disposable_income", "target", "2025", "growth")) == (7, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2025", "growth")) == (7, "eq")


def test_budget_revenue_and_expenditure_pair():
    fs = facts("一、2023年工作回顾\n一般公共预算收入和支出分别达到45.2亿元、88.6亿元。\n", report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (45.2, "eq")
    assert val(fs, ("general_budget_expenditure", "actual", "2023", "level")) == (88.6, "eq")


# 3. plan periods: goals beside the year's targets
def test_plan_goals_do_not_become_targets():
    text = ("“十五五”时期主要目标：地区生产总值年均增长5%以上，到2030年常住人口城镇化率达到68%。\n"
            "2026年主要预期目标：地区生产总值增长5.5%左右。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5, "at_least")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (68, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")


# 4. five-year reviews
def test_five_year_review_spans_and_from_to():
    text = ("一、过去五年工作回顾\n五年来，地区生产总值从2015年的412.3亿元增加到2020年的630.8亿元，年均增长7.5%；"
            "五年累计完成固定资产投资2100亿元；单位生产总值能耗累计下降16%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "level")) == (630.8, "eq")
    assert ("gdp", "actual", "2015", "level") not in fs or fs[("gdp", "actual", "2015", "level")].value != 630.8
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (7.5, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2016-2020", "level")) == (2100, "eq")
    assert val(fs, ("energy_intensity", "actual", "2016-2020", "growth")) == (-16, "eq")


def test_pair_from_to_takes_end_values():
    fs = facts("一、过去五年工作回顾\n城乡居民人均可支配收入分别由18000元和5000元增加到27000元和8000元。\n",
               report_year=2018)
    assert val(fs, ("urban_disposable_income", "actual", "2017", "level")) == (27000, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2017", "level")) == (8000, "eq")


# 5. role cues
def test_role_cues_in_review_and_tasks():
    text = ("一、2023年工作回顾\n地区生产总值预计完成300亿元，增长6.1%，好于年初预期的6%；城镇登记失业率3.1%，控制在预期4%以内。\n"
            "二、2024年重点工作\n全年固定资产投资完成190亿元以上。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.1, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("registered_unemployment_rate", "actual", "2023", "share")) == (3.1, "eq")
    assert val(fs, ("registered_unemployment_rate", "target", "2023", "share")) == (4, "at_most")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "level")) == (190, "at_least")
    assert ("fixed_asset_investment", "actual", "2023", "level") not in fs


def test_dated_sentences_in_a_page_without_sections():
    text = ("某市第十六届人民代表大会第三次会议开幕。2023年，全市地区生产总值增长5.2%。"
            "今年经济社会发展的主要预期目标是：\n◆地区生产总值增长5.5%左右；\n◆城镇调查失业率5.5%以内。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")


# 6. qualitative targets
@pytest.mark.parametrize("sentence,key", [
    ("居民人均可支配收入增长与经济增长基本同步", ("disposable_income", "target", "2025", "growth")),
    ("进出口稳中提质", ("foreign_trade", "target", "2025", "growth")),
    ("完成国家下达的节能减排目标", ("energy_intensity", "target", "2025", "growth")),
    ("单位地区生产总值能耗继续下降", ("energy_intensity", "target", "2025", "growth")),
])
def test_qualitative_targets(sentence, key):
    fs = facts(f"二、2025年主要预期目标\n{sentence}。\n", report_year=2025)
    f = fs.get(key)
    assert f is not None and f.value is None and f.qualifier == "qualitative", sorted(fs)


# 7. names as written elsewhere, and the State Council's report
@pytest.mark.parametrize("name,iid", [
    ("全社会研发经费支出占地区生产总值比重", "rnd_intensity"), ("规模工业增加值", "industrial_va"),
    ("实际吸收外资", "fdi"), ("地方公共财政收入", "general_budget_revenue"), ("农牧民人均纯收入", "rural_disposable_income"),
])
def test_other_names(name, iid):
    measure = "share" if iid == "rnd_intensity" else "growth"
    verb = "达到" if measure == "share" else "增长"  # a ratio's share is reached; 增长 is a change
    fs = facts(f"一、2020年工作回顾\n{name}{verb}8.5%。\n", report_year=2021)
    assert (iid, "actual", "2020", measure) in fs, sorted(fs)


def test_national_report_names():
    text = "一、2024年工作回顾\n全国财政收入增长1.3%，单位国内生产总值能耗降幅超过3%，粮食产量1.4万亿斤。\n"
    fs = facts(text, report_year=2025, level="national")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (1.3, "eq")
    assert val(fs, ("energy_intensity", "actual", "2024", "growth")) == (-3, "at_least")
    assert ("gdp", "actual", "2024", "growth") not in fs
    assert val(fs, ("grain_output", "actual", "2024", "level")) == (1.4, "eq")


# 8. noise: pinyin after traditional characters, numbers broken by spaces and lines
def test_pinyin_residue_and_broken_numbers():
    text = "一、2017年工作回顧\n地區生產(chǎn)總值增長(zhǎng)7 . 2%，社會消費品零售總額315\n86億元。\n"
    fs = facts(text, report_year=2018)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (7.2, "eq")
    assert val(fs, ("retail_sales", "actual", "2017", "level")) == (31586, "eq")


@pytest.mark.skipif(not DEV_GOLD.is_dir(), reason="no development set beside the repository")
def test_dev_set_does_not_regress():
    rep = evaluate(DEV_GOLD, [DEV_TEXTS])
    f1 = rep.facts[2]
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert f1 >= base["facts_f1"] - 1e-9, f"dev facts F1 {f1:.3f} fell below the recorded {base['facts_f1']}"
    # spans: the quote of a right fact lies on the gold quote
    assert rep.totals[4] >= 0.98 * rep.totals[0]


def test_five_year_bullets_after_a_span_lead():
    text = ("一、过去一年和五年工作回顾\n2024年，全市地区生产总值增长5.1%。\n"
            "五年来，我们砥砺奋进，发展成就显著。\n——生态环境明显改善。单位地区生产总值能耗下降12.5%。\n")
    fs = facts(text, report_year=2025)
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.1, "eq")
    assert val(fs, ("energy_intensity", "actual", "2020-2024", "growth")) == (-12.5, "eq")


# single cases seen on unseen reports (ERRORS.md), one sentence each
@pytest.mark.parametrize("sentence,key,expected", [
    ("高新区规上工业增加值增长11%，全市规上工业增加值增长6.2%", ("industrial_va", "actual", "2025", "growth"), (6.2, "eq")),
    ("一般公共预算收入486亿元，其中税收增长3.5%", ("general_budget_revenue", "actual", "2025", "level"), (486, "eq")),
    ("地区生产总值增加近40亿元，增长5.2%", ("gdp", "actual", "2025", "growth"), (5.2, "eq")),
    ("地区生产总值迈上3000亿元台阶", ("gdp", "actual", "2025", "level"), (3000, "at_least")),
    ("居民消费价格微降0.2%", ("cpi", "actual", "2025", "growth"), (-0.2, "eq")),
    ("有进出口实绩的企业增长8%，进出口总额增长4.1%", ("foreign_trade", "actual", "2025", "growth"), (4.1, "eq")),
    ("居民消费价格与上年持平", ("cpi", "actual", "2025", "growth"), (0, "eq")),
    ("地区生产总值突破万亿元", ("gdp", "actual", "2025", "level"), (1, "at_least")),
    ("粮食产量310亿斤，居全国第9位", ("grain_output", "actual", "2025", "rank"), (9, "eq")),
    ("人均生产总值从5.9万元提高到8.1万元", ("gdp_per_capita", "actual", "2025", "level"), (8.1, "eq")),
])
def test_single_cases(sentence, key, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert val(fs, key) == expected
    if "其中税收" in sentence:
        assert ("general_budget_revenue", "actual", "2025", "growth") not in fs
    if "增加近40亿元" in sentence:
        assert ("gdp", "actual", "2025", "level") not in fs


def test_goal_year_only_from_its_own_sentence():
    text = "到2035年基本实现社会主义现代化。今后五年，地区生产总值年均增长5%左右。届时，经济总量超过9000亿元。\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5, "about")


@pytest.mark.parametrize("sentence,present", [
    ("出口增长11%以上", True),
    ("货物出口增长8%", True),
    ("“新三样”产品出口增长近30%", False),
    ("进口、出口通关时间分别压减67%", False),
    ("出口退税增长20%", False),
])
def test_bare_exports_only_where_they_open_a_clause(sentence, present):
    fs = facts(f"一、2022年工作回顾\n全省生产总值增长5%，{sentence}。\n", report_year=2023)
    assert (("exports", "actual", "2022", "growth") in fs) is present, sorted(fs)


def test_a_figure_the_indicator_cannot_take_is_skipped():
    fs = facts("一、过去五年工作回顾\n全省生产总值连跨2个万亿元台阶、达到4.5万亿元左右。\n", report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (4.5, "about")


def test_report_title_year_is_not_a_period():
    text = "2017年江苏政府工作报告 GDP增长7.8%\n\n2016年，江苏地区生产总值7.6万亿元，增长7.8%。\n"
    fs = facts(text, report_year=2017)
    assert ("gdp", "target", "2017", "growth") not in fs
    assert val(fs, ("gdp", "actual", "2016", "growth")) == (7.8, "eq")


def test_ranks_and_tiers():
    text = ("一、2023年工作回顾\n经济增速稳居全市第一方阵。全县地区生产总值增长6.5%，增速排全市第二。"
            "第一产业增加值增速、农林牧渔业总产值增速、农村居民人均可支配收入增速在全市排第一。\n"
            "二、2024年主要预期目标\n地区生产总值增速稳居全国上游。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "rank")) == (2, "eq")
    assert val(fs, ("primary_industry_va", "actual", "2023", "rank")) == (1, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "rank")) == (1, "eq")
    q = fs[("gdp", "target", "2024", "rank")]
    assert q.value is None and q.qualifier == "qualitative" and q.scope == "全国"


@pytest.mark.parametrize("h1,h2,review_period", [
    ("一、2025年工作回顾", "二、2026年工作安排", "2025"),
    ("**一、过去一年工作回顾**", "**二、2026年主要目标任务**", "2025"),
    ("## 一、二〇二五年工作回顾", "## 二、二〇二六年重点工作", "2025"),
    ("一、过去的一年", "二、今年的工作", "2025"),
    ("一、“十四五”发展成就", "二、2026年经济社会发展总体要求和主要目标", "2021-2025"),
])
def test_heading_forms_decide_review_and_plan(h1, h2, review_period):
    text = f"政府工作报告\n\n{h1}\n全省生产总值增长5.8%。\n{h2}\n全省生产总值增长5%左右。\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", review_period, "growth")) == (5.8, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")


def test_bullet_lists_under_a_plan_lead_and_joined_lines():
    text = ("“十三五”成就：\n全省城镇化率提高5.5个百分点\n对外贸易年均增长14.8%\n市场主体数量全国第12位\n"
            "“十四五”目标：\n人均生产总值达到9万元左右\n粮食产量稳定在1200万吨以上，跃升到全国第4位\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("urbanization_rate", "actual", "2016-2020", "pp_change")) == (5.5, "eq")
    assert val(fs, ("foreign_trade", "actual", "2016-2020", "growth")) == (14.8, "eq")
    assert val(fs, ("gdp_per_capita", "goal", "2021-2025", "level")) == (9, "about")
    assert ("gdp_per_capita", "target", "2021", "level") not in fs


@pytest.mark.parametrize("lead,year,period", [
    ("“十四五”以来", 2024, "2021-2023"), ("三年来", 2024, "2021-2023"), ("五年来", 2021, "2016-2020"),
])
def test_span_length_from_the_lead(lead, year, period):
    fs = facts(f"一、{year - 1}年工作回顾\n{lead}，全市生产总值年均增长6.2%，累计新增城镇就业3.1万人。\n", report_year=year)
    assert val(fs, ("gdp", "actual", period, "growth")) == (6.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", period, "level")) == (3.1, "eq")


def test_part_of_a_total_after_qizhong_keeps_its_own_name():
    fs = facts("一、2025年工作回顾\n外贸进出口总额860亿元，增长4.1%，其中出口510亿元，增长6.3%。\n", report_year=2026)
    assert val(fs, ("foreign_trade", "actual", "2025", "level")) == (860, "eq")
    assert val(fs, ("exports", "actual", "2025", "level")) == (510, "eq")
    assert val(fs, ("exports", "actual", "2025", "growth")) == (6.3, "eq")


def test_a_qualifier_before_the_name_is_quoted_with_it():
    text = "二、2026年主要目标\n城镇调查失业率5.5%以内，完成市下达的节能减排目标任务。\n"
    fs = facts(text, report_year=2026)
    f = fs[("energy_intensity", "target", "2026", "growth")]
    assert f.qualifier == "qualitative" and f.quote.startswith("完成市下达的") and f.quote.endswith("节能减排")


def test_last_years_target_named_in_a_comparison_is_no_cue_for_this_year():
    text = ("一、2025年工作回顾\n全县生产总值增长6.1%，高于年初预期目标0.6个百分点；"
            "城镇调查失业率4.9%，低于5.5%左右的预期目标。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("urban_unemployment_rate", "actual", "2025", "share")) == (4.9, "eq")
    assert not any(k[1] == "target" and k[2] == "2026" for k in fs)


def test_a_plan_goal_goes_on_to_its_end_year_level():
    text = ("二、“十五五”时期主要目标\n“十五五”时期的主要目标是：全区生产总值年均增长6%左右，"
            "到2030年突破800亿元。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (6, "about")
    assert val(fs, ("gdp", "goal", "2030", "level")) == (800, "at_least")


def test_no_fact_has_an_empty_quote_on_the_development_set():
    if not DEV_TEXTS.is_dir():
        pytest.skip("the development set (../shared) is not beside the project")
    for p in sorted(DEV_TEXTS.iterdir())[:60]:
        for f in planwatch.read(p).facts:
            assert f.end > f.start and f.quote, (p.name, f)


def test_a_year_in_an_earlier_sentence_does_not_date_a_plan_goal():
    text = ("二、“十五五”时期主要目标\n——推动绿色发展。落实2035年生态环境根本好转的目标。单位地区生产总值能耗和二氧化碳排放"
            "分别降低12%、15%。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("energy_intensity", "goal", "2026-2030", "growth")) == (-12, "eq")
    assert val(fs, ("carbon_intensity", "goal", "2026-2030", "growth")) == (-15, "eq")


@pytest.mark.parametrize("part", ["重点地区", "74个重点城市", "脱贫地区", "中西部地区"])
def test_a_kind_of_place_within_the_region_is_no_headline(part):
    fs = facts(f"一、2025年工作回顾\n{part}细颗粒物（PM2.5）平均浓度下降5.2%，农村居民人均可支配收入增长6.1%。\n",
               report_year=2026)
    assert ("pm25", "actual", "2025", "growth") not in fs
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.1, "eq")


@pytest.mark.parametrize("sector", ["普惠小微", "制造业", "住户"])
def test_a_sectors_balance_is_not_the_total(sector):
    kind = "存款" if sector == "住户" else "贷款"
    fs = facts(f"一、2025年工作回顾\n{sector}{kind}余额增长12.3%。金融机构各项{kind}余额增长8.1%。\n", report_year=2026)
    key = ("deposit_balance" if kind == "存款" else "loan_balance", "actual", "2025", "growth")
    assert val(fs, key) == (8.1, "eq")


def test_a_figure_broken_around_its_brackets_in_a_bullet_is_joined():
    text = ("一、2021年工作回顾\n——生态文明建设持续推进。主要污染物排放量继续下降，地级及以上城市细颗粒物（PM\n2.5\n）"
            "平均浓度下降9.1%。\n")
    fs = facts(text, report_year=2022)
    f = fs[("pm25", "actual", "2021", "growth")]
    assert f.value == -9.1 and f.quote == "细颗粒物（PM\n2.5\n）平均浓度下降9.1%"


@pytest.mark.parametrize("written,value,unit", [("1300多亿美元", 1300, "亿美元"), ("9800多万户", 9800, "万户")])
def test_a_number_with_duo_before_its_unit_is_at_least(written, value, unit):
    fs = facts(f"一、2025年工作回顾\n实际使用外资{written}。\n" if "美元" in unit else
               f"一、2025年工作回顾\n各类市场主体达到{written}。\n", report_year=2026)
    iid = "fdi" if "美元" in unit else "market_entities"
    f = fs[(iid, "actual", "2025", "level")]
    assert (f.value, f.unit, f.qualifier) == (value, unit, "at_least")


def test_a_figure_whose_year_cannot_be_settled_is_kept_with_a_reason():
    text = "人民网北京3月5日电 国务院总理在政府工作报告中指出，今年发展主要预期目标是：国内生产总值增长5%左右。"
    doc = planwatch.read_text(text, "t.txt")
    f = {x.indicator: x for x in doc.facts}["gdp"]
    assert (f.role, f.period, f.value, f.qualifier) == ("target", "", 5, "about")
    assert f.confidence <= 0.5 and "year not found" in f.note
    inferred = planwatch.read_text("2月3日，某区第八届人民代表大会开幕。回顾2024年：全区生产总值增长5.6%。", "t.txt")
    g = inferred.facts[0]
    assert g.period == "2024" and (g.note is None or "inferred" in g.note or "region not found" in g.note)


def test_a_figure_whose_region_cannot_be_settled_is_kept_with_a_reason():
    # no place named anywhere: the fact stays, with a lower confidence and the reason
    doc = planwatch.read_text("一、2023年工作回顾\n过去一年，地区生产总值增长5.6%。\n", "t.txt",
                              overrides=dict(report_year=2024))
    f = doc.facts[0]
    assert (f.indicator, f.period, f.value) == ("gdp", "2023", 5.6)
    assert "region not found" in f.note and f.confidence < 0.9
    named = planwatch.read_text("2024年蠡县政府工作报告\n——2024年1月10日在蠡县第十七届人民代表大会第三次会议上\n"
                                "一、2023年工作回顾\n过去一年，全县地区生产总值增长5.6%。\n", "t.txt")
    assert named.meta.region == "蠡县" and named.facts[0].note is None


@pytest.mark.parametrize("sep", ["，实现", "、"])
def test_respectively_after_several_named_figures_goes_one_to_each(sep):
    text = f"一、2025年工作回顾\n完成地区生产总值320亿元{sep}一般公共预算收入21亿元，分别增长6.5%、8.2%。\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (6.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (8.2, "eq")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (320, "eq")


def test_respectively_does_not_reach_a_figure_with_its_own_change():
    text = "一、2025年工作回顾\n地区生产总值320亿元，增长6.1%；一般公共预算收入21亿元，税收收入15亿元，分别增长8.2%、9.0%。\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (6.1, "eq")


def test_carbon_emissions_listed_after_energy_intensity_are_its_intensity():
    text = "一、2025年工作回顾\n单位地区生产总值能耗下降3.1%、二氧化碳排放下降4.2%，二氧化碳排放总量得到控制。\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("energy_intensity", "actual", "2025", "growth")) == (-3.1, "eq")
    assert val(fs, ("carbon_intensity", "actual", "2025", "growth")) == (-4.2, "eq")


def test_an_excerpt_that_starts_inside_the_review_gives_results():
    text = ("（一）农业农村稳中向好。全县粮食产量达到21.3万吨，农村居民人均可支配收入增长7.2%。\n"
            "（二）项目建设成效显著。固定资产投资增长9.4%。\n"
            "今年全县经济社会发展的主要预期目标是：固定资产投资增长10%左右。\n")
    fs = facts(text, report_year=2019)
    assert val(fs, ("grain_output", "actual", "2018", "level")) == (21.3, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2018", "growth")) == (7.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2018", "growth")) == (9.4, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2019", "growth")) == (10, "about")
    assert ("grain_output", "target", "2019", "level") not in fs


@pytest.mark.parametrize("head", ["一、2019年的工作", "一、2019年主要工作", "一、关于2019年工作"])
def test_a_heading_naming_last_year_opens_the_review(head):
    fs = facts(f"{head}\n全市地区生产总值增长6.8%。\n二、2020年的主要任务\n全市地区生产总值增长6.5%左右。\n", report_year=2020)
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (6.8, "eq")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6.5, "about")


def test_the_plan_periods_aims_announced_in_a_lead_are_goals():
    # the lead names the plan period a few words before "主要目标是", with a comma between
    text = ("今后五年，全市经济社会发展的主要目标是：\n——综合实力稳步提升。地区生产总值年均增长6%左右，常住人口城镇化率达到64%。\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，常住人口城镇化率提高1.2个百分点。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (6, "about")
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (64, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (6.5, "about")
    assert ("urbanization_rate", "target", "2021", "share") not in fs
    # a year of its own between the plan and the target word: this year's targets
    fs = facts("“十四五”开局良好，2022年的主要目标是：地区生产总值增长6%。\n", report_year=2022)
    assert val(fs, ("gdp", "target", "2022", "growth")) == (6, "eq")


def test_a_yearly_average_in_the_plan_part_is_a_goal():
    text = ("二、2021年工作安排\n地区生产总值增长7%左右。\n（一）壮大先进制造业。力争规上工业增加值年均增长9%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "about")
    assert val(fs, ("industrial_va", "goal", "2021-2025", "growth")) == (9, "eq")
    assert ("industrial_va", "target", "2021", "growth") not in fs


def test_since_the_plan_began_in_a_report_within_the_plan():
    fs = facts("一、2018年工作回顾\n“十三五”以来，全县城镇化率提高4.1个百分点，累计完成固定资产投资860亿元。\n", report_year=2019)
    assert val(fs, ("urbanization_rate", "actual", "2016-2018", "pp_change")) == (4.1, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2016-2018", "level")) == (860, "eq")


@pytest.mark.parametrize("marker", ["1.", "（1）", "——", "●", ""])
def test_a_target_list_under_its_lead_in_a_review_section_is_targets(marker):
    # no heading opens the plan: the list's lead line says what the items are
    text = ("一、2022年工作回顾\n全县地区生产总值增长4.1%，城镇新增就业2600人。\n"
            "各位代表，今年全县经济社会发展的主要预期目标是：\n"
            f"{marker}地区生产总值增长6%以上；\n{marker}城镇新增就业2500人；\n{marker}居民消费价格涨幅3%左右。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.1, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (2600, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "at_least")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (2500, "eq")
    assert val(fs, ("cpi", "target", "2023", "growth")) == (3, "about")
    assert ("cpi", "actual", "2022", "growth") not in fs


@pytest.mark.parametrize("lead", ["过去一年，全市圆满完成了年初确定的主要预期目标：", "全面完成市人代会确定的主要预期目标，"])
def test_results_that_meet_the_targets_set_are_results(lead):
    fs = facts(f"{lead}地区生产总值增长5.1%，城镇新增就业1.8万人。\n", report_year=2020)
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (5.1, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2019", "level")) == (1.8, "eq")
    assert ("gdp", "target", "2020", "growth") not in fs
    # the targets set at the start of last year, stated as such
    fs = facts("一、2019年工作回顾\n年初确定的主要预期目标是：地区生产总值增长6.5%左右。\n", report_year=2020)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6.5, "about")


@pytest.mark.parametrize("lead", ["锚定2035年远景目标，今后五年", "到2035年基本建成现代化强县，未来五年", "面向2035年，“十四五”时期"])
def test_a_span_named_after_a_year_dates_the_goal_by_the_span(lead):
    fs = facts(f"二、今后五年的奋斗目标\n{lead}，全县地区生产总值年均增长7%左右，城镇化率达到58%。\n", report_year=2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "about")
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (58, "eq")
    # the year named after the span is the figure's
    fs = facts("二、今后五年的奋斗目标\n今后五年，到2025年全县地区生产总值突破300亿元。\n", report_year=2021)
    assert val(fs, ("gdp", "goal", "2025", "level")) == (300, "at_least")


def test_a_news_report_of_results_without_a_year():
    text = ("2月3日，某县召开人代会。政府工作报告显示，全县地区生产总值增长6.6%，一般公共预算收入增长4%。"
            "报告提出，今年全县地区生产总值增长7%左右。")
    fs = facts(text, report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (6.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2018", "growth")) == (4, "eq")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7, "about")


def test_a_year_named_in_one_goal_item_does_not_date_the_next():
    text = ("二、“十四五”时期主要目标\n主要目标是：全县地区生产总值年均增长6.5%，到2025年人均地区生产总值达到7万元；"
            "研发经费投入强度达到2%；城镇化率提高到60%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp_per_capita", "goal", "2025", "level")) == (7, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2021-2025", "share")) == (2, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (60, "eq")
    # a year in the lead before the colon dates every item
    fs = facts("二、“十四五”时期主要目标\n到2025年，主要目标是：研发经费投入强度达到2%；城镇化率提高到60%。\n", report_year=2021)
    assert val(fs, ("rnd_intensity", "goal", "2025", "share")) == (2, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (60, "eq")


def test_one_years_results_after_a_five_year_paragraph_are_that_years():
    text = ("一、“十三五”时期和2020年工作回顾\n五年来，全市地区生产总值年均增长6.9%。\n"
            "2020年是“十三五”规划收官之年。一年来，全市地区生产总值增长3.1%，固定资产投资增长4.2%，城镇新增就业2.3万人。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (6.9, "eq")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.1, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2020", "growth")) == (4.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2020", "level")) == (2.3, "eq")


@pytest.mark.parametrize("sentence,key", [
    ("粮食总产量稳定在合理水平", ("grain_output", "target", "2022", "level")),
    ("城镇调查失业率控制在省定目标以内", ("urban_unemployment_rate", "target", "2022", "share")),
    ("城镇登记失业率控制在国家目标以内", ("registered_unemployment_rate", "target", "2022", "share")),
])
def test_more_qualitative_targets(sentence, key):
    fs = facts(f"二、2022年主要预期目标\n地区生产总值增长6%，{sentence}。\n", report_year=2022)
    f = fs.get(key)
    assert f is not None and f.value is None and f.qualifier == "qualitative", sorted(fs)


BODY = "一年来，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，团结带领全区人民攻坚克难、砥砺前行，较好完成了区人代会确定的各项任务。"


@pytest.mark.parametrize("sep", [" ", "。", "："])
def test_a_part_heading_run_on_into_its_paragraph(sep):
    text = (f"一、2023年工作回顾{sep}{BODY}\n全区地区生产总值增长5.9%，固定资产投资增长4%。\n"
            f"二、2024年工作安排{sep}{BODY}\n全区地区生产总值增长6%，固定资产投资增长5%。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.9, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (4, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (5, "eq")


def test_a_news_pages_bracketed_sub_heads():
    text = "【回眸2023】\n全县地区生产总值增长6.1%。\n【展望2024】\n全县地区生产总值增长6.5%。\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.1, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")


@pytest.mark.parametrize("lead", ["2021年是“十四五”开局之年，", "今年是“十四五”规划开局之年，"])
def test_the_first_year_of_a_plan_is_no_plan_goal(lead):
    text = f"一、2020年工作回顾\n全市地区生产总值增长3.2%。\n各位代表！{lead}全市地区生产总值增长7%左右，固定资产投资增长8%。\n"
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.2, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2021", "growth")) == (8, "eq")
    assert ("gdp", "goal", "2021-2025", "growth") not in fs


def test_numbered_review_items_of_an_excerpt_with_plain_titles():
    text = ("1.工业经济提质增效。全县规模以上工业增加值增长8.4%。\n2.城乡建设。常住人口城镇化率达到55.1%。\n"
            "3.民生事业全面进步。城镇新增就业2900人。\n今年全县主要预期目标是：规模以上工业增加值增长8%。\n")
    fs = facts(text, report_year=2022)
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (8.4, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2021", "share")) == (55.1, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021", "level")) == (2900, "eq")
    assert val(fs, ("industrial_va", "target", "2022", "growth")) == (8, "eq")


def test_leads_that_end_without_a_colon():
    # "安排如下。" leads a list as a colon does; a run of "——" bullets is led by the paragraph before it
    text = ("一、2021年工作回顾\n全县地区生产总值增长7.2%，一般公共预算收入增长5%。\n"
            "综合考虑各方面因素，今年全县经济社会发展主要预期目标安排如下。\n地区生产总值增长6.5%左右。\n一般公共预算收入增长5.5%。\n")
    fs = facts(text, report_year=2022)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (7.2, "eq")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (6.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2022", "growth")) == (5.5, "eq")
    text = ("一、过去五年工作回顾\n五年来，全县地区生产总值年均增长7.4%。\n今后五年，全县的奋斗目标是建设经济强县。\n"
            "——综合实力大幅提升。地区生产总值年均增长7%左右。\n——人民生活更加殷实。居民人均可支配收入年均增长7.5%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (7.4, "eq")
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "about")
    assert val(fs, ("disposable_income", "goal", "2021-2025", "growth")) == (7.5, "eq")


def test_a_plan_reports_indicator_completion_subsection_is_review():
    text = ("一、2022年计划执行情况\n（一）主要指标完成情况\n地区生产总值增长4.6%，城镇调查失业率5.3%。\n"
            "二、2023年经济社会发展主要目标\n地区生产总值增长6%左右。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.6, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2022", "share")) == (5.3, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")


def test_the_new_year_opens_the_plan():
    text = "一、2022年工作回顾\n地区生产总值增长3.9%。\n新的一年，全市地区生产总值增长6%左右，城镇调查失业率5.5%以内。\n"
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")


def test_a_from_to_over_years_makes_its_paragraph_a_span_review():
    text = ("市六届人大一次会议以来的五年，我们砥砺前行。\n"
            "经济实力明显增强。地区生产总值由2015年1210亿元增加到2020年1780亿元；城镇化率提高6.2个百分点；"
            "金融机构存款余额增长48%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "level")) == (1780, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2016-2020", "pp_change")) == (6.2, "eq")
    assert val(fs, ("deposit_balance", "actual", "2016-2020", "growth")) == (48, "eq")
    # one year to the next is no span
    fs = facts("一、2020年工作回顾\n存款余额由2019年末的900亿元增加到2020年末的990亿元，城镇化率提高1.1个百分点。\n",
               report_year=2021)
    assert val(fs, ("urbanization_rate", "actual", "2020", "pp_change")) == (1.1, "eq")


def test_one_years_count_inside_a_five_year_review():
    text = ("一、过去五年工作回顾\n五年来，全省城镇新增就业累计310万人。\n"
            "刚刚过去的2022年，全省生产总值增长4.1%，城镇新增就业62万人，实际使用外资增长8%。\n"
            "一年来，全年新开工项目820个，累计完成固定资产投资5200亿元。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2018-2022", "level")) == (310, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (62, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "level")) == (5200, "eq")


def test_a_yearly_average_count_in_a_review_is_over_the_span():
    text = "一、过去一年和五年工作回顾\n2022年城镇新增就业9.8万人。\n——民生持续改善。城镇新增就业年均10多万人。\n"
    fs = facts(text, report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (9.8, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2018-2022", "level")) == (10, "at_least")


def test_this_year_in_a_report_delivered_the_december_before():
    text = ("关于2023年计划执行情况与2024年计划草案的报告\n——2023年12月20日在某县第十八届人民代表大会第三次会议上\n"
            "今年全县地区生产总值预计增长6.2%。明年全县地区生产总值增长6.5%左右。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert doc.meta.report_year == 2024
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in doc.facts}
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")


def test_totals_and_doublings_over_the_coming_five_years_are_goals():
    text = ("二、今后五年的目标任务\n今后五年累计新增城镇就业6万人。\n三、2021年工作安排\n"
            "力争五年内全县规上工业增加值翻一番，今年规上工业增加值增长12%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("urban_new_jobs", "goal", "2021-2025", "level")) == (6, "eq")
    assert val(fs, ("industrial_va", "goal", "2021-2025", "growth")) == (100, "eq")
    assert val(fs, ("industrial_va", "target", "2021", "growth")) == (12, "eq")
    assert ("urban_new_jobs", "actual", "2016-2020", "level") not in fs


def test_a_sub_section_naming_this_year_inside_a_plan_part_sets_targets():
    text = ("二、“十四五”时期主要目标和2021年工作安排\n（一）“十四五”时期主要目标\n地区生产总值年均增长6.5%左右，城镇化率达到62%。\n"
            "（二）2021年主要预期目标\n地区生产总值增长7%左右，城镇化率达到58.5%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (6.5, "about")
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (62, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "about")
    assert val(fs, ("urbanization_rate", "target", "2021", "share")) == (58.5, "eq")


def test_a_news_sentence_about_what_will_be_done_is_a_target():
    text = "据了解，2023年全县地区生产总值增长5.8%。全县将确保地区生产总值增长6.5%，一般公共预算收入增长5%。"
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.8, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")


def test_a_year_described_dates_its_paragraph():
    text = ("各位代表：\n2022年是极不平凡的一年。全县地区生产总值增长4.3%，一般公共预算收入增长3.1%。\n"
            "2023年是全面贯彻党的二十大精神的开局之年。全县地区生产总值增长6%左右。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (3.1, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")


@pytest.mark.parametrize("dash", ["—", "-", "至", "年至"])
def test_a_span_named_by_its_years(dash):
    fs = facts(f"二、今后五年的目标任务\n2021{dash}2025年，全县地区生产总值年均增长7%，城镇化率达到60%。\n", report_year=2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (60, "eq")
    fs = facts(f"一、过去几年工作回顾\n2018{dash}2020年，全县地区生产总值年均增长6.1%，累计新增城镇就业9000人。\n",
               report_year=2021)
    assert val(fs, ("gdp", "actual", "2018-2020", "growth")) == (6.1, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2018-2020", "level")) == (9000, "eq")


def test_an_unnumbered_title_line_leads_the_lines_after_it():
    text = ("一、2022年工作回顾和2023年主要目标\n2022年，全县地区生产总值增长4.4%。\n2023年主要预期目标\n"
            "地区生产总值增长6%左右，城镇调查失业率5.5%左右，居民消费价格涨幅3%左右，一般公共预算收入增长5%。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.4, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (5, "eq")
    # a short line that is no title (it does not end as a heading does) leads nothing
    fs = facts("一、2022年工作回顾\n今年是关键之年\n全县地区生产总值增长4.4%。\n", report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.4, "eq")


def test_years_in_chinese_numerals_date_figures():
    text = ("二〇二〇年，全县地区生产总值增长3.5%。\n二、“十四五”时期主要目标\n到二〇二五年，常住人口城镇化率达到60%，"
            "地区生产总值年均增长7%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.5, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (60, "eq")
    assert fs[("urbanization_rate", "goal", "2025", "share")].quote == "常住人口城镇化率达到60%"


def test_by_a_year_dates_a_goal():
    text = "二、“十三五”时期主要目标\n“十三五”时期，全市地区生产总值年均增长8%，2020年前城镇化率达到60%。\n"
    fs = facts(text, report_year=2016)
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (8, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2020", "share")) == (60, "eq")
# indicator names as other reports spell them (ERRORS.md: "indicator names not known")
@pytest.mark.parametrize("sentence,key,expected", [
    ("全社会R&D投入强度达到2.13%", ("rnd_intensity", "actual", "2025", "share"), (2.13, "eq")),
    ("研究与试验发展（R&D）经费投入强度为1.9%", ("rnd_intensity", "actual", "2025", "share"), (1.9, "eq")),
    ("转移农村劳动力就业11.4万人", ("rural_labor_transfer", "actual", "2025", "level"), (11.4, "eq")),
    ("农村富余劳动力转移就业6.3万人次", ("rural_labor_transfer", "actual", "2025", "level"), (6.3, "eq")),
    ("社消零总额增长5.7%", ("retail_sales", "actual", "2025", "growth"), (5.7, "eq")),
    ("消费品零售总额达到412亿元", ("retail_sales", "actual", "2025", "level"), (412, "eq")),
    ("货物贸易进出口总额达到2300亿元", ("foreign_trade", "actual", "2025", "level"), (2300, "eq")),
    ("城镇居民人均收入增长4.4%", ("urban_disposable_income", "actual", "2025", "growth"), (4.4, "eq")),
    ("农民人均收入达到1.9万元", ("rural_disposable_income", "actual", "2025", "level"), (1.9, "eq")),
    ("地方级收入增长2.8%", ("general_budget_revenue", "actual", "2025", "growth"), (2.8, "eq")),
    ("万元地区生产总值能耗下降2.9%", ("energy_intensity", "actual", "2025", "growth"), (-2.9, "eq")),
    ("实际使用外资12.6亿元", ("fdi", "actual", "2025", "level"), (12.6, "eq")),
    ("第三产业增加值占比达到52.3%", ("tertiary_share", "actual", "2025", "share"), (52.3, "eq")),
    ("三产比重提高到48%", ("tertiary_share", "actual", "2025", "share"), (48, "eq")),
])
def test_names_other_reports_use(sentence, key, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert val(fs, key) == expected
    assert not any(k[0] == "gdp" for k in fs)  # 万元地区生产总值能耗 names no GDP


@pytest.mark.parametrize("written,value,unit", [
    ("31μg/m³", 31, "微克/立方米"), ("29微克/m³", 29, "微克/立方米"), ("52.3亿千克", 52.3, "亿公斤"),
])
def test_units_written_as_symbols_or_kilograms(written, value, unit):
    text = f"一、2025年工作回顾\n{'PM2.5年均浓度降至' if '克/' in unit else '粮食总产量达到'}{written}。\n"
    fs = facts(text, report_year=2026)
    f = fs[("pm25" if "克/" in unit else "grain_output", "actual", "2025", "level")]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("sentence", [
    "三次产业增加值分别增长3.2%、6.4%和5.1%",
    "第一产业、第二产业、第三产业增加值分别增长3.2%、6.4%、5.1%",
])
def test_three_industries_named_together(sentence):
    fs = facts(f"二、2026年主要预期目标\n{sentence}。\n", report_year=2026)
    got = [fs[(i, "target", "2026", "growth")].value
           for i in ("primary_industry_va", "secondary_industry_va", "tertiary_industry_va")]
    assert got == [3.2, 6.4, 5.1]


@pytest.mark.parametrize("names", ["农村和城镇居民人均可支配收入", "农村、城镇常住居民人均可支配收入", "农村居民与城镇居民收入"])
def test_rural_named_before_urban(names):
    fs = facts(f"一、2025年工作回顾\n{names}分别增长6.9%和4.6%。\n", report_year=2026)
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.9, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2025", "growth")) == (4.6, "eq")


# a sector, a trade partner or a kind of population is not the headline
@pytest.mark.parametrize("part,whole,key,value", [
    ("民营工业增加值增长10.2%", "规上工业增加值增长6.9%", ("industrial_va", "actual", "2025", "growth"), 6.9),
    ("对共建“一带一路”国家进出口增长11%", "全市进出口总额增长3.3%", ("foreign_trade", "actual", "2025", "growth"), 3.3),
    ("对东盟进出口总额增长17%", "外贸进出口增长3.3%", ("foreign_trade", "actual", "2025", "growth"), 3.3),
    ("服务贸易进出口总额增长25%", "货物进出口总额增长3.3%", ("foreign_trade", "actual", "2025", "growth"), 3.3),
    ("户籍人口城镇化率达到51.2%", "常住人口城镇化率达到64.8%", ("urbanization_rate", "actual", "2025", "share"), 64.8),
    ("限额以上社会消费品零售额增长8.8%", "社会消费品零售总额增长4.9%", ("retail_sales", "actual", "2025", "growth"), 4.9),
    ("租赁和商务服务业增加值增长9.4%", "服务业增加值增长5.5%", ("tertiary_industry_va", "actual", "2025", "growth"), 5.5),
    ("城区常住人口达到61万人", "全市常住人口达到233万人", ("population", "actual", "2025", "level"), 233),
])
def test_a_part_before_the_whole_does_not_take_its_key(part, whole, key, value):
    fs = facts(f"一、2025年工作回顾\n{part}，{whole}。\n", report_year=2026)
    assert fs[key].value == value


@pytest.mark.parametrize("sentence,key,expected", [
    ("规上工业企业达1150家、增加值增长6.5%", ("industrial_va", "actual", "2025", "growth"), (6.5, "eq")),
    ("规模以上工业企业达到860家，实现增加值320亿元", ("industrial_va", "actual", "2025", "level"), (320, "eq")),
    ("全市规上工业实现增加值增长7.8%", ("industrial_va", "actual", "2025", "growth"), (7.8, "eq")),
])
def test_value_added_named_after_its_firms(sentence, key, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert val(fs, key) == expected


# values written without a digit, or with a word that qualifies them
@pytest.mark.parametrize("sentence,key,expected", [
    ("经济总量突破百亿元大关", ("gdp", "actual", "2025", "level"), (100, "亿元", "at_least")),
    # (千亿 as 1000 亿元, the spec's unit, since decision 572)
    ("地区生产总值跨过千亿元门槛", ("gdp", "actual", "2025", "level"), (1000, "亿元", "at_least")),
    ("接待游客突破千万人次", ("tourist_visits", "actual", "2025", "level"), (1000, "万人次", "at_least")),
    ("地区生产总值突破千亿大关", ("gdp", "actual", "2025", "level"), (1000, "亿元", "at_least")),
    ("进出口总额突破百亿", ("foreign_trade", "actual", "2025", "level"), (100, "亿元", "at_least")),
    ("地区生产总值近千亿元", ("gdp", "actual", "2025", "level"), (1000, "亿元", "about")),
    ("进出口总额突破1千亿美元", ("foreign_trade", "actual", "2025", "level"), (1000, "亿美元", "at_least")),
    ("地区生产总值站上2500亿元新台阶", ("gdp", "actual", "2025", "level"), (2500, "亿元", "at_least")),
    ("一般公共预算收入近60亿元", ("general_budget_revenue", "actual", "2025", "level"), (60, "亿元", "about")),
    ("进出口总额约310亿元", ("foreign_trade", "actual", "2025", "level"), (310, "亿元", "about")),
    ("社会消费品零售总额接近900亿元", ("retail_sales", "actual", "2025", "level"), (900, "亿元", "about")),
    ("居民消费价格基本持平", ("cpi", "actual", "2025", "growth"), (0, "%", "eq")),
])
def test_values_without_a_digit_or_with_a_word_before(sentence, key, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    f = fs[key]
    assert (f.value, f.unit, f.qualifier) == expected


@pytest.mark.parametrize("sentence", ["居民消费价格与全省基本持平", "居民消费价格涨幅与全国平均水平持平"])
def test_a_comparison_with_a_wider_region_is_not_flat(sentence):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert ("cpi", "actual", "2025", "growth") not in fs


@pytest.mark.parametrize("sentence,key,expected", [
    ("经济总量实现从800亿元到1000亿元的跨越", ("gdp", "actual", "2025", "level"), 1000),
    ("一般公共预算收入比上年增加8.2亿元至98.6亿元", ("general_budget_revenue", "actual", "2025", "level"), 98.6),
    ("地区生产总值实现由500亿元向700亿元的跨越", ("gdp", "actual", "2025", "level"), 700),
    ("地区生产总值由不足600亿元增加到近900亿元", ("gdp", "actual", "2025", "level"), 900),
    ("地区生产总值从全省第15位上升到第8位", ("gdp", "actual", "2025", "rank"), 8),
    ("经济总量从全省第8位跃居第5位", ("gdp", "actual", "2025", "rank"), 5),
    ("地区生产总值增速由全省第12位前移至第6位", ("gdp", "actual", "2025", "rank"), 6),
    ("常住人口城镇化率从2020年的58.2%提高到2025年的63.5%", ("urbanization_rate", "actual", "2025", "share"), 63.5),
    ("高新技术企业从320家增加到860家", ("high_tech_enterprises", "actual", "2025", "level"), 860),
    ("粮食总产量稳定在1100万吨以上，跃升到全国第6位", ("grain_output", "actual", "2025", "rank"), 6),
    ("规上工业增加值增长8.2%，增速上升至全省第3位", ("industrial_va", "actual", "2025", "rank"), 3),
    ("地区生产总值总量列全省县（市、区）第3位", ("gdp", "actual", "2025", "rank"), 3),
])
def test_from_one_figure_to_another_the_end_is_the_fact(sentence, key, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert fs[key].value == expected
    assert fs[key].value_high is None


@pytest.mark.parametrize("sentence", ["地区生产总值增量达到120亿元", "地区生产总值增加近千亿元", "县域地区生产总值增长6.5%", "中心城区地区生产总值增长7%",
                                      "县域经济总量突破2万亿元"])
def test_an_increase_or_a_part_gives_no_headline_figure(sentence):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert not any(k[0] == "gdp" for k in fs), sorted(fs)


@pytest.mark.parametrize("sentence,key", [
    ("常住人口城镇化率达到59.4%，高于全省平均水平1.8个百分点", ("urbanization_rate", "actual", "2025", "pp_change")),
    ("城镇调查失业率5.2%，低于全国平均0.1个百分点", ("urban_unemployment_rate", "actual", "2025", "pp_change")),
    ("研发经费投入强度2.2%，比全省高0.4个百分点", ("rnd_intensity", "actual", "2025", "pp_change")),
])
def test_a_gap_to_another_figure_in_points_is_no_change(sentence, key):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert key not in fs
    assert (key[0], "actual", "2025", "share") in fs


@pytest.mark.parametrize("sentence,expected", [
    ("第二产业实现增加值86.4亿元，增长6.6%", {("secondary_industry_va", "level"): 86.4, ("secondary_industry_va", "growth"): 6.6}),
    ("服务业实现增加值310亿元，现代服务业实现增加值120亿元", {("tertiary_industry_va", "level"): 310}),
    ("三次产业分别实现增加值31亿元、140亿元、212亿元",
     {("primary_industry_va", "level"): 31, ("secondary_industry_va", "level"): 140, ("tertiary_industry_va", "level"): 212}),
    ("城镇居民人均可支配收入达到4.3万元，农村居民达到2.2万元",
     {("urban_disposable_income", "level"): 4.3, ("rural_disposable_income", "level"): 2.2}),
    ("农村常住居民人均可支配收入19870元、增长6.8%，城镇常住居民41020元、增长4.3%",
     {("rural_disposable_income", "level"): 19870, ("urban_disposable_income", "level"): 41020,
      ("rural_disposable_income", "growth"): 6.8, ("urban_disposable_income", "growth"): 4.3}),
    ("实际到位县外资金48亿元，游客接待量突破650万人次", {("domestic_investment_inflow", "level"): 48, ("tourist_visits", "level"): 650}),
    ("高企数量达到210家，技术市场成交额36亿元，新增人民币贷款180亿元",
     {("high_tech_enterprises", "level"): 210, ("tech_contract_value", "level"): 36, ("new_loans", "level"): 180}),
    ("地区生产总值完成1620亿元，按不变价格计算，增长5.9%", {("gdp", "level"): 1620, ("gdp", "growth"): 5.9}),
    ("一般公共预算收入96亿元，剔除留抵退税因素后增长6.2%", {("general_budget_revenue", "growth"): 6.2}),
    ("高新技术企业超过600家、科技型中小企业达到1200家", {("high_tech_enterprises", "level"): 600}),
])
def test_names_stated_after_a_verb_or_cut_short(sentence, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert {k: fs[(k[0], "actual", "2025", k[1])].value for k in expected} == expected


@pytest.mark.parametrize("sentence", ["农村居民最低生活保障标准提高到每年6000元", "搬迁农村居民1.2万人"])
def test_a_cut_short_name_needs_an_income_right_after(sentence):
    fs = facts(f"一、2025年工作回顾\n城镇居民人均可支配收入达到4.3万元，{sentence}。\n", report_year=2026)
    assert ("rural_disposable_income", "actual", "2025", "level") not in fs


def test_grain_area_and_output_named_together():
    fs = facts("二、2026年主要预期目标\n粮食播种面积和产量保持稳定。\n", report_year=2026)
    for iid in ("grain_area", "grain_output"):
        assert fs[(iid, "target", "2026", "level")].qualifier == "qualitative"


def test_a_growth_rank_after_a_share_is_the_flows_before_it():
    text = "一、2025年工作回顾\n地区生产总值完成310亿元，服务业增加值占比51.3%，增速位列全省第5。税收占比72%，居全市第二。\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "rank")) == (5, "eq")
    assert ("tertiary_share", "actual", "2025", "rank") not in fs
    assert val(fs, ("tax_revenue_share", "actual", "2025", "rank")) == (2, "eq")


# a % that is a proportion of something else is no growth rate of the flow named before it
@pytest.mark.parametrize("sentence,iid", [
    ("消费对经济增长的贡献率达到61%", "gdp"),
    ("外贸依存度降至28%", "foreign_trade"),
    ("人均地区生产总值相当于全国平均水平的88%", "gdp_per_capita"),
    ("固定资产投资完成年度计划的104%", "fixed_asset_investment"),
    ("一般公共预算支出的75%以上用于民生", "general_budget_expenditure"),
    ("粮食产量恢复到常年水平的97%", "grain_output"),
    ("推进节能减排，68%的燃煤电厂实现超低排放", "energy_intensity"),
    ("进出口总额增长，90%以上的外贸企业实现出口", "foreign_trade"),
])
def test_a_proportion_is_no_growth(sentence, iid):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert (iid, "actual", "2025", "growth") not in fs, sorted(fs)


@pytest.mark.parametrize("part", ["易地扶贫搬迁群众人均可支配收入增长10%", "低收入人口人均可支配收入增长9%",
                                  "边境小额贸易进出口增长30%"])
def test_a_group_of_people_or_a_kind_of_trade_is_no_headline(part):
    fs = facts(f"一、2025年工作回顾\n{part}。\n", report_year=2026)
    assert not fs, sorted(fs)


def test_intensity_after_rnd_spending_is_rnd_intensity():
    fs = facts("一、2025年工作回顾\n研发经费投入增长14%，投入强度达到2.2%。\n", report_year=2026)
    assert val(fs, ("rnd_expenditure", "actual", "2025", "growth")) == (14, "eq")
    assert val(fs, ("rnd_intensity", "actual", "2025", "share")) == (2.2, "eq")


@pytest.mark.parametrize("sentence,expected", [
    ("PM2.5、PM10年均浓度分别为29、48微克/立方米", {("pm25", "level"): 29, ("pm10", "level"): 48}),
    ("细颗粒物、可吸入颗粒物平均浓度分别下降4.4%和3.1%", {("pm25", "growth"): -4.4, ("pm10", "growth"): -3.1}),
    ("空气质量优良天数达到321天，优良率87.9%", {("good_air_days", "level"): 321, ("good_air_days", "share"): 87.9}),
])
def test_air_quality_pairs_and_a_unit_written_once(sentence, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert {k: fs[(k[0], "actual", "2025", k[1])].value for k in expected} == expected


@pytest.mark.parametrize("sentence,expected", [
    ("城镇居民和农民人均可支配收入分别增长4.2%、6.6%", {"urban_disposable_income": 4.2, "rural_disposable_income": 6.6}),
    ("城镇居民、农民人均纯收入分别增长8.1%、10.6%", {"urban_disposable_income": 8.1, "rural_disposable_income": 10.6}),
    ("全体、城镇、农村居民人均可支配收入分别增长5.3%、4.6%、6.9%",
     {"disposable_income": 5.3, "urban_disposable_income": 4.6, "rural_disposable_income": 6.9}),
    ("全体居民、城镇居民、农村居民人均可支配收入分别增长5.3%、4.6%、6.9%",
     {"disposable_income": 5.3, "urban_disposable_income": 4.6, "rural_disposable_income": 6.9}),
    ("居民人均可支配收入增长5.3%，其中城镇、农村居民分别增长4.6%、6.9%",
     {"disposable_income": 5.3, "urban_disposable_income": 4.6, "rural_disposable_income": 6.9}),
])
def test_income_lists_of_whole_urban_and_rural(sentence, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert {k: fs[(k, "actual", "2025", "growth")].value for k in expected} == expected


@pytest.mark.parametrize("part", [
    "海洋生产总值增长8.3%", "国有控股工业增加值增长5.2%", "城关街道地区生产总值增长9.1%", "滨海新城地区生产总值增长12%",
    "开发区实现地区生产总值120亿元，增长9%", "高新区完成规上工业增加值增长11%", "县域经济实现地区生产总值1.2万亿元",
])
def test_a_place_or_owner_before_the_name_or_its_verb_is_a_part(part):
    fs = facts(f"一、2025年工作回顾\n{part}。全市地区生产总值增长6%，规上工业增加值增长7%。\n", report_year=2026)
    assert fs[("gdp", "actual", "2025", "growth")].value == 6
    assert fs[("industrial_va", "actual", "2025", "growth")].value == 7
    assert ("gdp", "actual", "2025", "level") not in fs
    others = [k for k in fs if k[0].startswith("other:")]
    assert all("实现" not in k[0] and "完成" not in k[0] for k in others), others


_FLOWS = [("地区生产总值", "gdp", "亿元"), ("规上工业增加值", "industrial_va", "亿元"), ("社零总额", "retail_sales", "亿元"),
          ("货物贸易进出口总额", "foreign_trade", "亿元"), ("地方级收入", "general_budget_revenue", "亿元"),
          ("农民人均收入", "rural_disposable_income", "元"), ("旅游总收入", "tourism_revenue", "亿元")]
_WORDS = [("", "", "eq"), ("", "左右", "about"), ("", "以上", "at_least"), ("近", "", "about"), ("约", "", "about"),
          ("接近", "", "about"), ("超过", "", "at_least"), ("突破", "", "at_least"), ("站上", "", "at_least")]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_FLOWS), st.integers(1, 99999), st.integers(0, 99), st.sampled_from(_WORDS),
       st.integers(1, 30), st.sampled_from(["", "同比", "比上年"]))
def test_a_level_and_a_growth_read_as_written(flow, whole, cents, words, growth, cue):
    """Any flow, any amount with any qualifier, then its growth: both read as written, quoted exactly."""
    name, iid, unit = flow
    before, after, qual = words
    amount = f"{whole}.{cents:02d}".rstrip("0").rstrip(".")
    text = f"一、2025年工作回顾\n{name}达到{before}{amount}{unit}{after}，{cue}增长{growth}.5%。\n"
    fs = facts(text, report_year=2026)
    lv, gr = fs[(iid, "actual", "2025", "level")], fs[(iid, "actual", "2025", "growth")]
    assert (lv.value, lv.unit, lv.qualifier) == (float(amount) if "." in amount else int(amount), unit, qual)
    assert (gr.value, gr.qualifier) == (growth + 0.5, "eq")
    assert lv.quote.startswith(name) and gr.quote.endswith("%")


@pytest.mark.parametrize("sentence,expected", [
    ("一产增加值增长3.1%、二产增长6.2%、三产增长5.4%",
     {"primary_industry_va": 3.1, "secondary_industry_va": 6.2, "tertiary_industry_va": 5.4}),
    ("地区生产总值增长5.5%，投资增长6%，社零增长5%", {"gdp": 5.5, "fixed_asset_investment": 6, "retail_sales": 5}),
    ("全年投资增长4.1%，消费品零售额增长5.2%", {"fixed_asset_investment": 4.1, "retail_sales": 5.2}),
])
def test_short_names_that_open_a_clause(sentence, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert {k: fs[(k, "actual", "2025", "growth")].value for k in expected} == expected


def test_a_short_name_inside_another_phrase_is_none():
    fs = facts("一、2025年工作回顾\n推进一二三产融合发展，投资5000万元的项目建成投产，项目投资增长20%。\n", report_year=2026)
    assert not fs, sorted(fs)


def test_a_clause_opening_with_shi_goes_on_with_the_figure():
    text = ("一、2025年工作回顾\n地区生产总值达到5320亿元、增长6.1%，是全省首个突破5000亿元的城市，"
            "总量连续8年居全省第2位。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "level")) == (5320, "eq")
    assert val(fs, ("gdp", "actual", "2025", "rank")) == (2, "eq")


@pytest.mark.parametrize("sentence,value", [("全员劳动生产率达到15.2万元", 15.2), ("全员劳动生产率从人均11万元提高到14.5万元", 14.5)])
def test_labor_productivity_in_yuan_is_per_person(sentence, value):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    f = fs[("labor_productivity", "actual", "2025", "level")]
    assert (f.value, f.unit) == (value, "万元/人")


def test_last_years_target_after_the_result_in_a_comparison():
    fs = facts("一、2025年工作回顾\n规上工业增加值下降1.3%，好于下降3%的预期。\n", report_year=2026)
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (-1.3, "eq")
    assert val(fs, ("industrial_va", "target", "2025", "growth")) == (-3, "eq")


@pytest.mark.parametrize("sentence,iid,expected", [
    ("地区生产总值保持6%左右的增长", "gdp", (6, "about")), ("地区生产总值实现6.5%以上的较快增长", "gdp", (6.5, "at_least")),
    ("单位地区生产总值能耗实现3%的降幅", "energy_intensity", (-3, "eq")),
    ("单位地区生产总值能耗保持3%左右的下降", "energy_intensity", (-3, "about")),
])
def test_a_growth_written_before_its_noun_stays_growth(sentence, iid, expected):
    fs = facts(f"二、2026年主要预期目标\n{sentence}。\n", report_year=2026)
    assert val(fs, (iid, "target", "2026", "growth")) == expected


@pytest.mark.parametrize("sentence,key,expected", [
    ("规上工业增长7.1%，外贸增长4.5%", ("industrial_va", "actual", "2025", "growth"), 7.1),
    ("规上工业增长7.1%，外贸增长4.5%", ("foreign_trade", "actual", "2025", "growth"), 4.5),
    ("公共财政收入完成12.3亿元", ("general_budget_revenue", "actual", "2025", "level"), 12.3),
    ("城镇化水平达到58.3%", ("urbanization_rate", "actual", "2025", "share"), 58.3),
    ("空气质量达标天数比例达到88%", ("good_air_days", "actual", "2025", "share"), 88),
    ("接待国内外旅游者1500万人次", ("tourist_visits", "actual", "2025", "level"), 1500),
    ("旅游业总收入150亿元", ("tourism_revenue", "actual", "2025", "level"), 150),
])
def test_more_spellings(sentence, key, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert fs[key].value == expected


def test_firms_counted_are_no_value_added_or_trade():
    fs = facts("一、2025年工作回顾\n规上工业企业增长到1200家，外贸企业增长到300家。\n", report_year=2026)
    assert not fs, sorted(fs)


@pytest.mark.parametrize("sep", ["，", "\n"])
def test_a_bare_per_capita_in_dollars_is_gdp_per_capita(sep):
    fs = facts(f"一、2025年工作回顾\n地区生产总值达到2.6万亿元{sep}人均突破1.2万美元。城乡居民收入稳步增长，人均达到3万元。\n",
               report_year=2026)
    f = fs[("gdp_per_capita", "actual", "2025", "level")]
    assert (f.value, f.unit, f.qualifier) == (1.2, "万美元", "at_least")


@pytest.mark.parametrize("sentence,expected", [("一般公共预算支出的78%用于民生", (78, "eq")),
                                               ("全市财政支出80%以上用于保障和改善民生", (80, "at_least"))])
def test_spending_used_for_livelihood_is_its_share(sentence, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert val(fs, ("livelihood_expenditure", "actual", "2025", "share")) == expected
    assert ("general_budget_expenditure", "actual", "2025", "growth") not in fs


@pytest.mark.parametrize("sentence,expected", [("进出口总额增长1.2倍", (120, "eq")), ("进出口总额增长2倍以上", (200, "at_least"))])
def test_growth_in_times_is_a_percentage(sentence, expected):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert val(fs, ("foreign_trade", "actual", "2025", "growth")) == expected


@pytest.mark.parametrize("sentence,key,expected", [
    ("一、2025年工作回顾\n居民消费价格指数为102.1。\n", ("cpi", "actual", "2025", "growth"), (2.1, "eq")),
    ("一、2025年工作回顾\n居民消费价格指数为99.6。\n", ("cpi", "actual", "2025", "growth"), (-0.4, "eq")),
    ("二、2026年主要预期目标\n居民消费价格指数控制在103%以内。\n", ("cpi", "target", "2026", "growth"), (3, "at_most")),
])
def test_a_price_index_on_last_year_is_its_change(sentence, key, expected):
    assert val(facts(sentence, report_year=2026), key) == expected


def test_a_bare_output_in_jin_after_grain_area_is_grain_output():
    fs = facts("二、2026年主要预期目标\n粮食播种面积稳定在580万亩以上、产量稳定在52亿斤以上，原煤产量达到1.2亿吨。\n",
               report_year=2026)
    assert val(fs, ("grain_area", "target", "2026", "level")) == (580, "at_least")
    assert val(fs, ("grain_output", "target", "2026", "level")) == (52, "at_least")


_PAIRS = ["城乡居民人均可支配收入", "城镇、农村居民人均可支配收入", "城镇和农村常住居民人均可支配收入", "城、乡居民人均收入",
          "城镇居民和农民人均可支配收入"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_PAIRS), st.integers(20000, 60000), st.integers(8000, 19999), st.integers(10, 99),
       st.integers(10, 99), st.sampled_from(["从{a}元、{b}元提高到", "由{a}元和{b}元增加到", ""]))
def test_an_urban_rural_pair_takes_its_values_in_order(names, urban, rural, gu, gr, start):
    """Any spelling of the pair, with or without start values: the end levels and the growths go to
    urban and rural in the order written."""
    lead = start.format(a=urban - 5000, b=rural - 3000)
    verb = "分别" + (lead or "达到")
    text = f"一、2025年工作回顾\n{names}{verb}{urban}元、{rural}元，分别增长{gu / 10}%、{gr / 10}%。\n"
    fs = facts(text, report_year=2026)
    got = [fs[(i, "actual", "2025", m)].value for m in ("level", "growth")
           for i in ("urban_disposable_income", "rural_disposable_income")]
    assert got == [urban, rural, gu / 10, gr / 10]


def test_the_central_governments_budget_is_no_national_total():
    text = "一、2024年工作回顾\n中央一般公共预算收入增长3%，全国一般公共预算收入增长1.3%。中央财政支出增长5%。\n"
    fs = facts(text, report_year=2025, level="national")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (1.3, "eq")
    assert ("general_budget_expenditure", "actual", "2024", "growth") not in fs


def test_ranks_listed_each_with_its_own_word():
    fs = facts("一、2025年工作回顾\n地区生产总值和一般公共预算收入增速分别居全省第3位、第5位。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "rank")) == (3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "rank")) == (5, "eq")


@pytest.mark.parametrize("sentence,key,expected", [
    ("高新技术企业达到120个", ("high_tech_enterprises", "actual", "2025", "level"), (120, "个")),
    ("粮食播种面积稳定在17.9亿亩", ("grain_area", "actual", "2025", "level"), (17.9, "亿亩")),
])
def test_counts_and_areas_in_other_units(sentence, key, expected):
    f = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)[key]
    assert (f.value, f.unit) == expected


@pytest.mark.parametrize("sentence,iid", [("常住人口城镇化率增长1.2%", "urbanization_rate"), ("研发经费投入强度增长0.2%", "rnd_intensity")])
def test_a_ratio_grown_by_a_percent_is_no_share(sentence, iid):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert (iid, "actual", "2025", "share") not in fs


@pytest.mark.parametrize("sentence,ranked", [
    ("地区生产总值、规上工业增加值年均分别增长7.5%、8.1%，全省第二经济强市地位更加稳固", False),
    ("地区生产总值增长6.2%，成为全国第二大经济体", False),
    ("地区生产总值增长6.2%，居全省第二", True),
    ("地区生产总值增长6.2%，增速全省第二高", True),
    ("地区生产总值增长6.2%，排名全市第3名", True),
])
def test_an_ordinal_before_a_noun_is_no_rank(sentence, ranked):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert (("gdp", "actual", "2025", "rank") in fs) is ranked, sorted(fs)


def test_a_bullet_cut_over_lines_does_not_lead_the_next_bullets():
    # the second line of the first bullet (a PDF cut after its full stop) names 预期目标 but is no lead
    text = ("一、2025年工作回顾\n过去一年，全市经济社会发展稳中有进，完成了全年主要目标任务。\n\n"
            "——经济运行保持在合理区间。地区生产总值增长5.6%。\n"
            "城镇新增就业4.2万人，超过全年预期目标，成为一大亮点。\n\n"
            "——结构调整取得积极进展。服务业增加值占地区生产总值比重上升到52.5%。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("tertiary_share", "actual", "2025", "share")) == (52.5, "eq")
    assert not any(k[1] == "target" for k in fs), sorted(fs)


def test_a_count_in_a_five_year_review_cut_into_paragraphs_is_over_the_span():
    # a page cut after a full stop starts a new line; the paragraph has no cue of its own
    text = ("一、2025年工作回顾\n过去一年，全市经济运行总体平稳。\n\n"
            "2025年是“十四五”收官之年。过去五年，全市发展成就显著。一是经济持续较快发展。地区生产总值年均增长6.8%。二是结构调整取得进展。\n"
            "服务业成为第一大产业。三是人民生活水平显著提高。城镇新增就业超过21万人。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (21, "at_least")


def test_by_then_on_its_own_line_takes_the_year_of_the_line_before():
    # a page that sets each sentence in its own paragraph
    text = ("二、“十五五”时期主要目标\n到2030年，全市综合实力迈上新台阶。\n"
            "届时，全市地区生产总值突破5000亿元。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "goal", "2030", "level")) == (5000, "at_least")


def test_a_count_after_a_one_year_line_in_a_five_year_review_is_that_years():
    # one sentence a line: the year's line before the figures dates the count, not the five years
    text = ("一、过去五年工作回顾\n五年来，全市城镇新增就业累计21.5万人。\n\n"
            "刚刚过去的2025年，经济社会发展主要目标任务全面完成。\n"
            "全市地区生产总值增长5.9%；城镇新增就业4.3万人，失业率保持较低水平。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (4.3, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (21.5, "eq")


def test_one_sentence_a_line_in_a_section_that_reviews_one_plan_and_sets_the_next():
    text = ("二、“十四五”时期发展成就和“十五五”时期主要目标\n"
            "过去五年，全省经济社会发展取得新的重大成就。\n"
            "经济实力显著增强，地区生产总值突破3万亿元。\n"
            "城镇新增就业超过300万人。\n\n"
            "“十五五”时期经济社会发展的主要目标是：\n"
            "——经济保持合理增长。\n"
            "地区生产总值年均增长5%左右。\n"
            "常住人口城镇化率提高到68%。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "level")) == (3, "at_least")
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (300, "at_least")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5, "about")
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (68, "eq")


# a target list whose items each carry last year's figure in brackets (plan reports)
@pytest.mark.parametrize("aside,actual", [("（2025年增长4.8%）", 4.8), ("(上年增长4.8%)", 4.8), ("（2025年为下降1.5%）", -1.5)])
def test_a_bracketed_figure_after_a_target_is_last_years(aside, actual):
    text = ("二、2026年国民经济和社会发展主要预期目标\n"
            f"1.规模以上工业增加值增长6%左右{aside}。\n2.一般公共预算收入增长3%（2025年3.6%）。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("industrial_va", "target", "2026", "growth")) == (6, "about")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (actual, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (3, "eq")


def test_a_price_target_with_last_years_fall_in_brackets():
    fs = facts("二、2026年主要预期目标\n1.居民消费价格涨幅2%左右（2025年下降0.2%）。\n", report_year=2026)
    assert val(fs, ("cpi", "target", "2026", "growth")) == (2, "about")
    assert val(fs, ("cpi", "actual", "2025", "growth")) == (-0.2, "eq")


@pytest.mark.parametrize("who", ["自治区", "州", "盟"])
def test_a_task_set_by_any_level_above_is_qualitative(who):
    fs = facts(f"三、2026年主要预期目标\n单位地区生产总值能耗降低完成{who}下达任务。\n", report_year=2026)
    assert val(fs, ("energy_intensity", "target", "2026", "growth")) == (None, "qualitative")


@pytest.mark.parametrize("flat", ["与上年持平", "与去年基本持平"])
def test_a_level_then_flat_on_last_year_is_no_change(flat):
    fs = facts(f"一、2024年工作回顾\n全县税收收入之外，一般公共预算收入9.3亿元，{flat}；\n", report_year=2025)
    assert val(fs, ("general_budget_revenue", "actual", "2024", "level")) == (9.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (0, "eq")


@pytest.mark.parametrize("cmp", ["高于经济增长", "快于经济增长", "略高于地区生产总值增长", "高于国内生产总值增长"])
def test_income_outpacing_the_economy_is_qualitative_and_no_gdp_figure(cmp):
    fs = facts(f"二、2025年主要预期目标\n城乡居民收入增长{cmp}；粮食产量稳定在40万吨以上。\n", report_year=2025)
    assert val(fs, ("urban_disposable_income", "target", "2025", "growth")) == (None, "qualitative")
    assert val(fs, ("rural_disposable_income", "target", "2025", "growth")) == (None, "qualitative")
    assert not [k for k in fs if k[0] == "gdp"]


@pytest.mark.parametrize("lead", ["县人代会确定的", "年初确定的", ""])
def test_a_figure_that_names_last_years_target_in_the_review(lead):
    text = (f"一、2024年工作回顾\n{lead}固定资产投资增长10%的目标全面完成，全年固定资产投资增长12.4%。\n"
            "二、2025年主要预期目标\n固定资产投资增长10%以上。\n")
    fs = facts(text, report_year=2025)
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (10, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2024", "growth")) == (12.4, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2025", "growth")) == (10, "at_least")


def test_a_number_after_qualitative_words_for_the_same_goal_is_the_goal():
    text = ("二、“十五五”时期主要目标\n经济增长保持在合理区间、地区生产总值年均增长5.5%左右；"
            "城镇调查失业率稳定在合理水平，控制在5.5%以内。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")
    assert val(fs, ("urban_unemployment_rate", "goal", "2026-2030", "share")) == (5.5, "at_most")


@pytest.mark.parametrize("said", ["某某在作报告时说，", "报告显示，", "\n"])
def test_a_news_page_whose_targets_come_before_the_year_of_its_results(said):
    text = ("2月1日电（记者某某）记者从正在召开的自治区人代会上获悉，今年全区经济社会发展的主要预期目标是："
            f"地区生产总值增长5%左右，城镇新增就业6万人以上。{said}2024年全区地区生产总值增长4.8%，"
            "一般公共预算收入完成410亿元。")
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (6, "at_least")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (4.8, "eq")
    assert fs[("gdp", "actual", "2024", "growth")].confidence < 0.9


@pytest.mark.parametrize("sentence,key,expected", [
    ("物价总水平上涨0.8%", ("cpi", "actual", "2025", "growth"), (0.8, "eq")),
    ("口岸进出口总额增长21%，外贸进出口总额增长9%", ("foreign_trade", "actual", "2025", "growth"), (9, "eq")),
])
def test_price_level_is_cpi_and_a_ports_throughput_is_no_trade(sentence, key, expected):
    assert val(facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026), key) == expected


def test_price_level_kept_stable_and_an_emissions_target_set_above_are_qualitative():
    fs = facts("二、2026年主要预期目标\n物价水平保持基本稳定；完成国家下达的二氧化碳排放控制目标。\n", report_year=2026)
    assert val(fs, ("cpi", "target", "2026", "growth")) == (None, "qualitative")
    assert val(fs, ("carbon_intensity", "target", "2026", "growth")) == (None, "qualitative")


@pytest.mark.parametrize("part", ["前三季度", "1—10月", "1-11月", "上半年", "前11个月", "截至11月底"])
def test_part_of_a_year_is_no_years_result_in_a_december_plan_report(part):
    text = ("关于2025年计划执行情况与2026年计划草案的报告\n——2025年12月18日在某某市人民代表大会上\n一、2025年计划执行情况\n"
            f"{part}，全市规模以上工业增加值增长7.3%，固定资产投资下降1.2%。预计全年规模以上工业增加值增长7%左右，"
            "固定资产投资增长0.5%。\n")
    fs = facts(text, report_year=2026, region="某某市")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (7, "about")
    assert val(fs, ("fixed_asset_investment", "actual", "2025", "growth")) == (0.5, "eq")


@pytest.mark.parametrize("whole", ["1—12月", "截至12月底"])
def test_january_to_december_is_the_whole_year(whole):
    fs = facts(f"一、2025年工作回顾\n{whole}，全市金融机构各项存款余额达到5120亿元。\n", report_year=2026)
    assert val(fs, ("deposit_balance", "actual", "2025", "level")) == (5120, "eq")


def test_a_quarter_named_before_the_years_target_does_not_hide_it():
    fs = facts("三、2026年重点工作\n确保一季度开门红，全年地区生产总值增长5.5%左右。\n", report_year=2026)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")


@pytest.mark.parametrize("aside,expected", [("（预期目标7%）", (7, "eq")), ("(年初目标为6.5%)", (6.5, "eq")),
                                            ("（预期7%左右）", (7, "about"))])
def test_last_years_target_in_brackets_after_the_result(aside, expected):
    fs = facts(f"一、2025年工作回顾\n规模以上工业增加值增长7.4%{aside}。\n", report_year=2026)
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (7.4, "eq")
    assert val(fs, ("industrial_va", "target", "2025", "growth")) == expected


def test_a_plan_goal_with_a_level_for_a_year_after_a_comma():
    fs = facts("二、“十五五”时期主要目标\n全市一般公共预算收入年均增长6%，2030年达到180亿元。\n", report_year=2026)
    assert val(fs, ("general_budget_revenue", "goal", "2026-2030", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "goal", "2030", "level")) == (180, "eq")


@pytest.mark.parametrize("mark", ["◆", "■", "▲"])
def test_a_news_pages_marked_sub_heads_ending_in_a_year(mark):
    text = (f"1月20日，某省人代会开幕。\n{mark}回眸2025\n全省地区生产总值增长5.4%，城镇新增就业62万人。\n"
            f"{mark}2026年目标\n地区生产总值增长5%左右，城镇新增就业60万人以上。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.4, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (62, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")


@pytest.mark.parametrize("head", ["第二部分：今后五年的奋斗目标", "二、“十五五”时期的发展目标", "二、未来五年的主要任务"])
def test_a_target_cue_without_a_year_in_the_plans_part_sets_goals(head):
    text = (f"{head}\n全市经济社会发展的主要目标是：地区生产总值年均增长5.5%左右，常住人口城镇化率达到68%，"
            "城镇调查失业率控制在5.5%以内。\n三、2026年工作安排\n今年主要预期目标是：城镇调查失业率5.5%左右。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (68, "eq")
    assert val(fs, ("urban_unemployment_rate", "goal", "2026-2030", "share")) == (5.5, "at_most")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "about")


@pytest.mark.parametrize("stamp,year", [("发布时间：2019-01-15 10:22", 2019), ("2019/1/15  来源：县融媒体中心", 2019)])
def test_a_web_pages_date_of_publication_dates_a_report_with_no_year(stamp, year):
    text = f"{stamp}\n报告指出，去年全县地区生产总值完成85亿元，增长7.2%。今年主要预期目标为：地区生产总值增长7.5%。\n"
    fs = facts(text)
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (7.2, "eq")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (7.5, "eq")


def test_a_page_dated_in_december_reviews_this_year_and_sets_next_years():
    text = "2018年12月28日 来源：市发展改革委\n报告指出，今年全市地区生产总值增长7.2%。明年主要预期目标为：地区生产总值增长7.5%。\n"
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (7.2, "eq")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7.5, "eq")


def test_a_year_the_report_states_targets_for_dates_a_news_page():
    fs = facts("2月3日上午，某市人代会开幕。报告提出，2024年全市地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")


def test_a_yearly_average_change_in_points_over_five_years_takes_the_span():
    text = "一、“十四五”时期工作回顾\n五年来，常住人口城镇化率由52.1%提高到57.3%，年均提高1个百分点以上。\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (57.3, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2021-2025", "pp_change")) == (1, "at_least")
    assert ("urbanization_rate", "actual", "2025", "pp_change") not in fs


@pytest.mark.parametrize("lead", ["经过五年努力，", "五年后，", "到本届政府任期末，"])
def test_words_for_five_years_ahead_set_goals_in_the_plan_part(lead):
    text = (f"二、“十五五”时期主要目标和2026年工作安排\n{lead}全市地区生产总值突破4000亿元，森林覆盖率达到48%。\n"
            "今年主要预期目标是：地区生产总值增长6%左右。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "level")) == (4000, "at_least")
    assert val(fs, ("forest_coverage", "goal", "2026-2030", "share")) == (48, "eq")
    assert ("gdp", "target", "2026", "level") not in fs


def test_five_years_of_effort_in_a_review_are_the_years_gone():
    fs = facts("一、过去五年工作回顾\n经过五年努力，全市地区生产总值达到3600亿元，年均增长6.1%。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "level")) == (3600, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (6.1, "eq")


@pytest.mark.parametrize("sentence,key", [
    ("规模以上工业增加值较快增长", ("industrial_va", "target", "2026", "growth")),
    ("农村居民人均可支配收入增速继续快于城镇居民", ("rural_disposable_income", "target", "2026", "growth")),
    ("固定资产投资止跌回稳", ("fixed_asset_investment", "target", "2026", "growth")),
    ("民生支出占比不低于上年", ("livelihood_expenditure", "target", "2026", "share")),
])
def test_more_qualitative_targets_of_other_provinces(sentence, key):
    assert val(facts(f"三、2026年主要预期目标\n{sentence}。\n", report_year=2026), key) == (None, "qualitative")


@pytest.mark.parametrize("sentence,rank", [
    ("地区生产总值增长6.1%，增速在全市13个县（市、区）中排名第3", 3),
    ("地区生产总值增长6.1%，增速居全省16个市第2位", 2),
    ("地区生产总值增长6.1%，增速在全省同类县中排名第5位", 5),
])
def test_a_rank_among_a_counted_field_is_a_rank_and_the_count_no_figure(sentence, rank):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026, region="某某县", level="county")
    assert val(fs, ("gdp", "actual", "2025", "rank")) == (rank, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (6.1, "eq")
    assert [k for k in fs if k[0] == "gdp"] == [("gdp", "actual", "2025", "growth"), ("gdp", "actual", "2025", "rank")]


@pytest.mark.parametrize("sentence,key,value", [
    ("货物贸易总额达到860亿元", ("foreign_trade", "actual", "2025", "level"), 860),
    ("到位内资320亿元", ("domestic_investment_inflow", "actual", "2025", "level"), 320),
    ("R&D投入38亿元", ("rnd_expenditure", "actual", "2025", "level"), 38),
    ("研究与试验发展（R&D）经费支出占地区生产总值比重为2.1%", ("rnd_intensity", "actual", "2025", "share"), 2.1),
    ("研发经费投入占全市地区生产总值比重达到2.4%", ("rnd_intensity", "actual", "2025", "share"), 2.4),
])
def test_names_of_trade_inflows_and_research_spending(sentence, key, value):
    assert val(facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026), key) == (value, "eq")


@pytest.mark.parametrize("lead,period", [("力争用三年时间，", "2023-2025"), ("两年内，", "2023-2024")])
def test_a_goal_over_a_few_years_from_now_takes_those_years(lead, period):
    text = ("二、2023年主要预期目标和工作安排\n今年地区生产总值增长6.5%左右。实现“十四五”规划目标。"
            f"{lead}全市规模以上工业增加值年均增长9%以上。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("industrial_va", "goal", period, "growth")) == (9, "at_least")


@pytest.mark.parametrize("sentence,key,actual,target", [
    ("居民消费价格上涨0.8%，低于3%的调控目标", ("cpi", "growth"), (0.8, "eq"), (3, "eq")),
    ("地区生产总值增长6.3%，高于年初确定的6%目标", ("gdp", "growth"), (6.3, "eq"), (6, "eq")),
    ("城镇调查失业率5.2%，低于5.5%的预期目标", ("urban_unemployment_rate", "share"), (5.2, "eq"), (5.5, "eq")),
])
def test_last_years_target_named_after_the_result_it_is_compared_with(sentence, key, actual, target):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert val(fs, (key[0], "actual", "2025", key[1])) == actual
    assert val(fs, (key[0], "target", "2025", key[1])) == target


@pytest.mark.parametrize("sentence,qual", [("城乡居民收入分别增长5.5%、7%左右", "about"),
                                           ("城乡常住居民人均可支配收入分别增长5%和6.5%以上", "at_least")])
def test_a_qualifier_after_the_last_of_a_pair_is_both_values(sentence, qual):
    fs = facts(f"三、2026年主要预期目标\n{sentence}。\n", report_year=2026)
    assert fs[("urban_disposable_income", "target", "2026", "growth")].qualifier == qual
    assert fs[("rural_disposable_income", "target", "2026", "growth")].qualifier == qual


def test_a_qualifier_after_another_names_value_is_its_own():
    fs = facts("三、2026年主要预期目标\n地区生产总值增长6%、一般公共预算收入增长5%左右。\n", report_year=2026)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (5, "about")


def test_a_headline_figure_yields_to_the_body_that_says_more():
    text = ("某省今年经济增长目标定为6%\n1月20日，某省人代会开幕。报告提出，今年全省地区生产总值增长6%左右，"
            "一般公共预算收入增长4%。\n")
    fs = facts(text, report_year=2026)
    f = fs[("gdp", "target", "2026", "growth")]
    assert (f.value, f.qualifier) == (6, "about") and "左右" in f.quote


def test_a_headline_figure_the_body_repeats_as_it_is_stays_first():
    text = "某省今年地区生产总值增长6%左右\n1月20日，某省人代会开幕。报告提出，今年全省地区生产总值增长6%左右。\n"
    f = facts(text, report_year=2026)[("gdp", "target", "2026", "growth")]
    assert f.start < text.index("\n")


@pytest.mark.parametrize("sentence,key", [
    ("确保出口增速高于上年", ("exports", "goal", "2026-2030", "growth")),
    ("力争投入强度高于“十四五”时期水平", ("rnd_intensity", "goal", "2026-2030", "share")),
])
def test_a_short_name_after_a_will_word_compared_with_an_earlier_period(sentence, key):
    fs = facts(f"二、“十五五”时期主要目标\n全社会研发经费投入年均增长8%以上，{sentence}。\n", report_year=2026)
    assert val(fs, key) == (None, "qualitative")


def test_what_a_stock_gained_over_five_years_is_the_spans():
    text = ("一、过去五年工作回顾\n五年来，创新动能持续增强。新增高新技术企业312家，技术合同成交额年均增长20%。\n"
            "二、2025年工作回顾\n新增高新技术企业80家。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("high_tech_enterprises", "actual", "2021-2025", "level")) == (312, "eq")
    assert val(fs, ("high_tech_enterprises", "actual", "2025", "level")) == (80, "eq")


def test_a_level_reached_in_a_year_named_before_it_and_a_later_level():
    text = "一、“十四五”时期工作回顾\n全市经济总量于2022年突破3000亿元，2025年达到3560亿元，年均增长5.9%。\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (3000, "at_least")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (3560, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.9, "eq")


@pytest.mark.parametrize("sep", ["", "\n"])  # one sentence a line: the five-year cue in the line before
def test_a_spending_share_in_a_five_year_review_is_over_the_span(sep):
    text = (f"一、过去五年工作回顾\n五年来，全县一般公共预算支出累计达到320亿元。{sep}民生支出占比保持在80%以上。\n"
            "二、2025年工作回顾\n民生支出占一般公共预算支出的比重为81.2%。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("livelihood_expenditure", "actual", "2021-2025", "share")) == (80, "at_least")
    assert val(fs, ("livelihood_expenditure", "actual", "2025", "share")) == (81.2, "eq")


def test_a_qualitative_target_after_a_second_named_thing():
    fs = facts("二、2026年主要预期目标\n单位生产总值能耗和主要污染物排放总量指标确保完成省下达的目标任务。\n", report_year=2026)
    assert val(fs, ("energy_intensity", "target", "2026", "growth")) == (None, "qualitative")


@pytest.mark.parametrize("n,period", [("两", "2020-2021"), ("三", "2019-2021")])
def test_an_average_over_a_few_years_after_one_years_growth(n, period):
    fs = facts(f"一、2021年工作回顾\n全市规模以上工业增加值增长12.3%，{n}年平均增长6.4%。\n", report_year=2022)
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (12.3, "eq")
    assert val(fs, ("industrial_va", "actual", period, "growth")) == (6.4, "eq")


@pytest.mark.parametrize("sentence,iid,measure,target,actual", [
    ("全区生产总值年初确定的目标是增长6.5%，实际增长6.9%", "gdp", "growth", 6.5, 6.9),
    ("一般公共预算收入预期增长4%左右，实际完成4.6%", "general_budget_revenue", "growth", 4, 4.6),
    ("城镇新增就业计划8000人，实际新增9100人", "urban_new_jobs", "level", 8000, 9100),
    ("全年计划完成固定资产投资80亿元，实际完成83.5亿元", "fixed_asset_investment", "level", 80, 83.5),
])
def test_a_target_and_its_result_in_one_clause_chain(sentence, iid, measure, target, actual):
    fs = facts(f"一、2025年工作回顾\n{sentence}。\n", report_year=2026)
    assert fs[(iid, "target", "2025", measure)].value == target
    assert fs[(iid, "actual", "2025", measure)].value == actual


def test_nominal_and_real_growth_is_no_target():
    fs = facts("一、2025年工作回顾\n居民人均可支配收入名义增长7%，实际增长5.5%。\n", report_year=2026)
    assert not [k for k in fs if k[1] == "target"]


@pytest.mark.parametrize("sentence", [
    "粮食综合生产能力稳定在520万吨以上", "粮食生产能力达到300亿斤", "接待游客能力提升到800万人次",
    "粮食总产能力提高到60万吨",
])
def test_a_capacity_is_not_the_output(sentence):
    fs = facts(f"一、2025年工作回顾\n{sentence}，粮食总产量达到48万吨。\n", report_year=2026)
    assert [k for k in fs if k[0] in ("grain_output", "tourist_visits")] == [("grain_output", "actual", "2025", "level")]
    assert fs[("grain_output", "actual", "2025", "level")].value == 48


# a table of targets, in each printing: a web page's (cells by '|'), a Word table's (tabs), a PDF's
# text layer (cells padded by spaces, or one cell a line)
_TABLE = [("主要指标", "单位", "2024年实际完成", "2025年预期目标"),
          ("全县生产总值增速", "%", "6.3", "6.5左右"),
          ("城镇调查失业率", "%", "5.2", "5.5以内"),
          ("城镇新增就业", "人", "2100", "2000以上"),
          ("固定资产投资", "亿元", "85.6", "增长8%")]
_PRINTINGS = {
    "bars": lambda rows: "\n".join("| " + " | ".join(r) + " |" for r in rows),
    "tabs": lambda rows: "\n".join("\t".join(r) for r in rows),
    "spaces": lambda rows: "\n".join("    ".join(r) for r in rows),
    "lines": lambda rows: "\n".join(c for r in rows for c in r),
}


@pytest.mark.parametrize("printing", sorted(_PRINTINGS))
def test_a_table_of_targets_in_each_printing(printing):
    text = ("一、2024年工作回顾\n全年经济平稳运行。\n二、2025年主要预期目标\n综合考虑各方面因素，全县经济社会发展主要预期目标安排如下表\n"
            + _PRINTINGS[printing](_TABLE) + "\n三、2025年重点工作\n抓好项目建设。\n")
    fs = facts(text, report_year=2025)
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (6.3, "eq")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6.5, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2025", "share")) == (5.5, "at_most")
    assert fs[("urban_new_jobs", "actual", "2024", "level")].unit == "人"
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (2000, "at_least")
    assert val(fs, ("fixed_asset_investment", "actual", "2024", "level")) == (85.6, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2025", "growth")) == (8, "eq")
    assert fs[("gdp", "target", "2025", "growth")].quote.replace(" ", "") == "6.5左右"


def test_a_table_with_years_only_and_units_in_its_head():
    text = ("一、计划执行情况\n二、2026年计划\n| 指标名称 | 2025年（%） | 2026年（%） |\n| 一般公共预算收入增长 | 3.2 | 3 |\n"
            "| 居民人均可支配收入增长 | 5.1 | 与经济增长同步 |\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (3.2, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (3, "eq")
    assert val(fs, ("disposable_income", "actual", "2025", "growth")) == (5.1, "eq")


def test_the_texts_own_figure_wins_over_its_table():
    text = ("二、2025年主要预期目标\n地区生产总值增长6%左右。\n| 指标 | 2025年目标 |\n| 地区生产总值增长（%） | 6.5 |\n"
            "| 粮食综合生产能力（万吨） | 80 |\n")
    fs = facts(text, report_year=2025)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "about")
    assert not [k for k in fs if k[0] == "grain_output"]


@pytest.mark.parametrize("printing", sorted(_PRINTINGS))
def test_a_table_with_growth_columns_and_a_second_header_row(printing):
    rows = [("指标名称", "2024年", "", "2025年", ""), ("", "完成", "增速", "目标", "增速"),
            ("地区生产总值（亿元）", "812", "5.6", "850", "6左右"), ("一般公共预算收入（亿元）", "41.2", "3.3", "43", "4")]
    if printing == "lines":  # a PDF drops the empty cells
        rows = [tuple(c for c in r if c) for r in rows]
    text = "二、2025年主要预期目标\n" + _PRINTINGS[printing](rows) + "\n三、重点工作\n"
    fs = facts(text, report_year=2025)
    assert val(fs, ("gdp", "actual", "2024", "level")) == (812, "eq")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.6, "eq")
    assert val(fs, ("gdp", "target", "2025", "level")) == (850, "eq")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "target", "2025", "growth")) == (4, "eq")


@pytest.mark.parametrize("sentence,expected", [
    ("力争实现5.5%左右的经济增长", (5.5, None, "about")),
    ("保持6%以上的经济增速", (6, None, "at_least")),
    ("实现5%—5.5%的经济增长", (5, 5.5, "range")),
])
def test_a_rate_written_before_a_growth_name(sentence, expected):
    text = f"二、2026年主要预期目标\n{sentence}。\n"
    f = facts(text, report_year=2026)[("gdp", "target", "2026", "growth")]
    assert (f.value, f.value_high, f.qualifier) == expected
    assert text[f.start:f.end] == f.quote and f.quote.startswith(sentence.split("实现")[-1].split("保持")[-1][:2])


def test_a_tables_facts_say_what_could_not_be_settled_as_prose_facts_do():
    # no region, no year in the head: the table's facts are kept, with the same notes as prose's
    text = ("一、2024年工作回顾\n全年经济平稳运行。\n二、2025年主要预期目标\n" + _PRINTINGS["bars"](_TABLE) + "\n")
    doc = planwatch.read_text(text, "t.txt")
    tabled = [f for f in doc.facts if f.note and "from a table" in f.note]
    assert tabled
    for f in tabled:
        assert "region not found" in f.note
        if doc.meta.report_year is None:
            assert "report year" in f.note


# parts of a province named before a figure: a city below it, a 副中心/都市圈, a mountain, a per-unit count
@pytest.mark.parametrize("sentence,key", [
    ("西宁市空气质量优良天数比例达到92%以上。", ("good_air_days", "actual", "2025", "share")),
    ("兰州市、白银市地区生产总值分别增长6.4%、5.9%。", ("gdp", "actual", "2025", "growth")),
    ("城市副中心完成固定资产投资1100亿元以上。", ("fixed_asset_investment", "actual", "2025", "level")),
    ("成都都市圈地区生产总值增长6.3%。", ("gdp", "actual", "2025", "growth")),
    ("兵团地区生产总值增长7.2%。", ("gdp", "actual", "2025", "growth")),
    ("长白山森林覆盖率达到86%。", ("forest_coverage", "actual", "2025", "share")),
    ("市属固定资产投资增长9%。", ("fixed_asset_investment", "actual", "2025", "growth")),
    ("全省生产总值增长5.5%，完成投资7300亿元。", ("gdp", "actual", "2025", "level")),
])
def test_a_part_of_the_province_is_not_its_headline(sentence, key):
    fs = facts(f"一、2025年工作回顾\n{sentence}\n", report_year=2026, region="青海省")
    assert key not in fs


def test_the_provinces_own_name_and_its_whole_figures_still_count():
    fs = facts("一、2025年工作回顾\n青海省地区生产总值增长5.1%，全省空气质量优良天数比例达到90%。"
               "固定资产投资增长4%，完成投资3000亿元。\n", report_year=2026, region="青海省")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.1, "eq")
    assert val(fs, ("good_air_days", "actual", "2025", "share")) == (90, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2025", "level")) == (3000, "eq")


def test_a_count_for_each_county_is_no_count_of_the_province():
    fs = facts("三、2026年重点工作\n每个县培育高新技术企业2家以上，每个市州打造1个接待游客超500万人次的景区。\n",
               report_year=2026, region="贵州省")
    assert not [k for k in fs if k[0] in ("high_tech_enterprises", "tourist_visits")]


def test_a_change_since_a_named_year_spans_from_it():
    fs = facts("一、2025年工作回顾\n全省生产总值自2016年以来增长62%，一般公共预算收入2019年以来年均增长6.2%。\n",
               report_year=2026)
    assert val(fs, ("gdp", "actual", "2016-2025", "growth")) == (62, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2019-2025", "growth")) == (6.2, "eq")


def test_targets_of_a_provincial_report_in_its_own_wording():
    fs = facts("三、2026年主要预期目标\n今年主要预期目标是：能耗强度下降和碳排放强度下降完成国家下达任务；"
               "外贸进出口稳规模优结构；节能降碳完成国家下达任务。\n四、重点工作\n"
               "粮食播种面积稳定在7100万亩，总产量突破620亿斤；接待游客人次和旅游总花费分别增长8%和11%。\n",
               report_year=2026, region="湖南省")
    for iid in ("energy_intensity", "carbon_intensity", "foreign_trade"):
        assert val(fs, (iid, "target", "2026", "growth")) == (None, "qualitative")
    assert val(fs, ("grain_output", "target", "2026", "level")) == (620, "at_least")
    assert val(fs, ("tourist_visits", "target", "2026", "growth")) == (8, "eq")
    assert val(fs, ("tourism_revenue", "target", "2026", "growth")) == (11, "eq")


def test_trade_with_one_partner_and_an_unstated_sown_area():
    fs = facts("一、2025年工作回顾\n外贸进出口2.1万亿元，其中对台进出口增长6%。粮食产量1180万吨，播种面积4480万亩。\n"
               "三、2026年主要预期目标\n一般公共预算收入增长与经济增长基本协调；对美出口增长3%。\n",
               report_year=2026, region="福建省")
    assert val(fs, ("foreign_trade", "actual", "2025", "level")) == (2.1, "eq")
    assert ("foreign_trade", "actual", "2025", "growth") not in fs
    assert ("exports", "target", "2026", "growth") not in fs
    assert val(fs, ("grain_area", "actual", "2025", "level")) == (4480, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (None, "qualitative")
    assert ("gdp", "target", "2026", "growth") not in fs  # the growth compared with


def test_targets_met_are_followed_by_results_not_targets():
    fs = facts("一、2025年工作回顾\n2025年主要预期目标较好完成：地区生产总值增长5.3%，城镇新增就业61万人。\n"
               "二、2026年主要预期目标\n地区生产总值增长5%左右。确保主要预期目标全面完成，城镇新增就业45万人。\n",
               report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.3, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (61, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (45, "eq")


def test_a_city_named_in_its_own_report_is_not_a_part_of_it():
    text = "一、2025年工作回顾\n佛山地区生产总值增长5%，西宁市地区生产总值增长6%。\n"
    assert val(facts(text, report_year=2026, region="佛山市"), ("gdp", "actual", "2025", "growth")) == (5, "eq")
    assert ("gdp", "actual", "2025", "growth") not in facts(text, report_year=2026, region="广东省")


def test_an_abbreviation_in_brackets_belongs_to_the_name_before_it():
    fs = facts("一、2025年工作回顾\n全省地区生产总值（GDP）6.1万亿元，人均地区生产总值(GDP)10.2万元。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "level")) == (6.1, "eq")
    assert val(fs, ("gdp_per_capita", "actual", "2025", "level")) == (10.2, "eq")
    assert fs[("gdp", "actual", "2025", "level")].quote.startswith("地区生产总值（GDP）")


def test_a_change_on_a_named_base_after_a_level():
    fs = facts("一、2025年和“十四五”时期工作回顾\n全省地区生产总值5300亿元，比2020年增长31%。粮食产量1350万吨，比2024年增长2.1%。"
               "常住人口城镇化率65%，较“十三五”末提高4.5个百分点。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "level")) == (5300, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (31, "eq")
    assert val(fs, ("grain_output", "actual", "2025", "growth")) == (2.1, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2021-2025", "pp_change")) == (4.5, "eq")


def test_five_years_accumulated_in_the_plans_part_are_the_years_ahead():
    fs = facts("一、2025年和“十四五”工作回顾\n“十四五”时期，五年累计完成固定资产投资11万亿元。\n"
               "二、“十五五”时期的主要目标\n“十五五”时期，五年累计完成固定资产投资14万亿元，单位地区生产总值能耗累计下降13%。\n",
               report_year=2026)
    assert val(fs, ("fixed_asset_investment", "actual", "2021-2025", "level")) == (11, "eq")
    assert val(fs, ("fixed_asset_investment", "goal", "2026-2030", "level")) == (14, "eq")
    assert val(fs, ("energy_intensity", "goal", "2026-2030", "growth")) == (-13, "eq")


def test_milestones_passed_yield_to_the_level_stated():
    fs = facts("一、2025年和“十四五”时期工作回顾\n五年来，全省经济总量先后跨越4万亿元、5万亿元两个台阶。"
               "2025年，全省地区生产总值5.1万亿元，增长5.5%。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "level")) == (5.1, "eq")
    fs = facts("一、2025年工作回顾\n全省经济总量连续跨越2.5万亿元、3万亿元两个台阶。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "level")) == (3, "at_least")


def test_a_rank_with_its_field_before_the_verb():
    fs = facts("一、2025年工作回顾\n规上工业增加值增长8.1%，增速全国排名第5。粮食产量310亿斤，全国排第12位。\n", report_year=2026)
    assert val(fs, ("industrial_va", "actual", "2025", "rank")) == (5, "eq")
    assert val(fs, ("grain_output", "actual", "2025", "rank")) == (12, "eq")
    assert fs[("grain_output", "actual", "2025", "rank")].scope == "全国"


def test_tourist_visits_and_their_revenue_named_by_its_last_word():
    fs = facts("一、2025年工作回顾\n旅游接待人次和收入分别增长7.5%、9.2%。\n", report_year=2026)
    assert val(fs, ("tourist_visits", "actual", "2025", "growth")) == (7.5, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2025", "growth")) == (9.2, "eq")


@pytest.mark.parametrize("sentence", ["数字经济总量达到5.2万亿元，增长8%。", "民营经济增长6.5%。", "县域经济增速达到7%。",
                                      "海洋经济增长6.1%。"])
def test_a_kind_of_economy_is_not_the_economy(sentence):
    fs = facts(f"一、2025年工作回顾\n{sentence}全省经济增长5.2%。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.2, "eq")
    assert ("gdp", "actual", "2025", "level") not in fs


@pytest.mark.parametrize("sentence", ["单位工业增加值能耗下降4.2%。", "规上工业增加值能耗下降4.2%。", "万元工业增加值用水量下降4.2%。"])
def test_an_intensity_of_industry_is_not_its_value_added(sentence):
    fs = facts(f"一、2025年工作回顾\n{sentence}\n", report_year=2026)
    assert ("industrial_va", "actual", "2025", "growth") not in fs


@pytest.mark.parametrize("sentence,key", [
    ("居民人均可支配收入中位数增长5.3%。", ("disposable_income", "actual", "2025", "growth")),
    ("农村居民人均可支配收入中工资性收入增长8.1%。", ("rural_disposable_income", "actual", "2025", "growth")),
    ("一般公共预算收入中税收收入完成210亿元。", ("general_budget_revenue", "actual", "2025", "level")),
    ("城镇新增就业中高校毕业生就业21万人。", ("urban_new_jobs", "actual", "2025", "level")),
    ("青年城镇调查失业率下降2.1个百分点。", ("urban_unemployment_rate", "actual", "2025", "pp_change")),
])
def test_a_part_or_another_measure_of_an_indicator(sentence, key):
    assert key not in facts(f"一、2025年工作回顾\n{sentence}\n", report_year=2026)


@pytest.mark.parametrize("sentence,iid", [("入境游客接待量增长31%。", "tourist_visits"), ("过夜游客人次增长31%。", "tourist_visits"),
                                          ("入境旅游收入增长31%。", "tourism_revenue"), ("亩均地区生产总值增长31%。", "gdp")])
def test_inbound_tourism_and_output_per_mu_are_not_the_totals(sentence, iid):
    assert (iid, "actual", "2025", "growth") not in facts(f"一、2025年工作回顾\n{sentence}\n", report_year=2026)


def test_growth_matched_to_the_economy_and_prices_kept_steady():
    fs = facts("三、2026年主要预期目标\n主要预期目标是：社会消费品零售总额增长与经济增长相匹配；居民消费价格保持平稳。\n", report_year=2026)
    assert val(fs, ("retail_sales", "target", "2026", "growth")) == (None, "qualitative")
    assert fs[("cpi", "target", "2026", "growth")].quote.endswith("保持平稳")
    assert ("gdp", "target", "2026", "growth") not in fs


def test_more_than_written_inside_the_unit():
    fs = facts("一、2025年工作回顾\n高新技术企业1.3万余家，实际使用外资31亿多美元，城镇新增就业120余万人。\n", report_year=2026)
    assert val(fs, ("high_tech_enterprises", "actual", "2025", "level")) == (1.3, "at_least")
    assert fs[("high_tech_enterprises", "actual", "2025", "level")].unit == "万家"
    assert val(fs, ("fdi", "actual", "2025", "level")) == (31, "at_least")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (120, "at_least")


@pytest.mark.parametrize("sentence", ["各县（市、区）地区生产总值均增长5%以上。", "县均生产总值增长5%。"])
def test_each_county_or_the_average_county_is_not_the_province(sentence):
    fs = facts(f"一、2025年工作回顾\n{sentence}全省生产总值增长5.4%。\n", report_year=2026, region="江西省")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.4, "eq")


def test_the_provincial_capital_is_a_part_of_the_province():
    fs = facts("三、2026年主要预期目标\n主要预期目标是：省会城市地区生产总值增长6.5%，全省地区生产总值增长5.5%。\n", report_year=2026)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "eq")


def test_cities_named_short_in_a_provincial_report():
    fs = facts("一、2025年工作回顾\n武汉经济总量迈上2.3万亿元台阶，襄阳、宜昌地区生产总值分别达到6800亿元、6500亿元。"
               "全省地区生产总值6.3万亿元。\n", report_year=2026, region="湖北省")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (6.3, "eq")


def test_a_rank_moved_to_takes_the_field_named_before():
    fs = facts("一、2025年工作回顾\n全省生产总值增速在全国排名前移3位，升至第8位。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "rank")) == (8, "eq")
    assert fs[("gdp", "actual", "2025", "rank")].scope == "全国"


@pytest.mark.parametrize("region,part", [("江苏省", "苏北"), ("广东省", "粤东西北"), ("广东省", "珠三角"), ("新疆维吾尔自治区", "南疆四地州"),
                                         ("陕西省", "关中")])
def test_a_part_named_by_its_place_in_the_province(region, part):
    fs = facts(f"一、2025年工作回顾\n{part}地区生产总值增长6.6%。全省地区生产总值增长5.1%。\n", report_year=2026, region=region)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.1, "eq")


def test_the_province_named_by_itself_is_not_a_part():
    fs = facts("一、2025年工作回顾\n陕西地区生产总值增长5.1%，其中第一产业增加值增长3.3%。\n", report_year=2026, region="陕西省")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.1, "eq")
    assert val(fs, ("primary_industry_va", "actual", "2025", "growth")) == (3.3, "eq")


def test_income_growing_faster_than_the_economy():
    fs = facts("三、2026年主要预期目标\n主要预期目标是：城乡居民收入增速高于经济增速。\n", report_year=2026)
    assert val(fs, ("urban_disposable_income", "target", "2026", "growth")) == (None, "qualitative")
    assert val(fs, ("rural_disposable_income", "target", "2026", "growth")) == (None, "qualitative")
    assert ("gdp", "target", "2026", "growth") not in fs


def test_the_whole_year_in_a_plans_part_is_this_year():
    fs = facts("二、“十五五”时期主要目标\n全年计划新增城镇就业52万人。城镇新增就业累计250万人。\n", report_year=2026)
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (52, "eq")
    assert val(fs, ("urban_new_jobs", "goal", "2026-2030", "level")) == (250, "eq")


def test_a_lead_line_naming_a_year_dates_the_list_under_it():
    fs = facts("一、2025年工作回顾\n全省生产总值增长5.4%。\n二、奋斗目标\n到2030年，要实现以下目标：\n"
               "——综合实力迈上新台阶，全省生产总值年均增长5%左右；\n——常住人口城镇化率达到70%。\n"
               "三、2026年工作\n今年主要预期目标是：全省生产总值增长5%左右。\n", report_year=2026)
    assert val(fs, ("gdp", "goal", "2030", "growth")) == (5, "about")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (70, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")


def test_urban_and_rural_cut_short_after_the_income():
    fs = facts("一、2025年工作回顾\n全体居民人均可支配收入增长5.1%，其中城镇增长4.2%、农村增长6.6%。"
               "社会消费品零售总额增长3.9%，其中城镇增长3.5%。\n", report_year=2026)
    assert val(fs, ("urban_disposable_income", "actual", "2025", "growth")) == (4.2, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.6, "eq")
    assert val(fs, ("retail_sales", "actual", "2025", "growth")) == (3.9, "eq")
    fs = facts("一、2025年工作回顾\n居民人均可支配收入增长5%，其中城镇、农村分别增长4%、6.5%。\n", report_year=2026)
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.5, "eq")
    fs = facts("一、2025年工作回顾\n居民人均可支配收入增长5.2%，城乡分别增长4.1%、6.9%。\n", report_year=2026)
    assert val(fs, ("urban_disposable_income", "actual", "2025", "growth")) == (4.1, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.9, "eq")


def test_per_capita_cut_short_after_the_economy():
    fs = facts("一、2025年工作回顾\n全市地区生产总值达到4100亿元，人均9.3万元。城镇增长5%。\n", report_year=2026)
    assert val(fs, ("gdp_per_capita", "actual", "2025", "level")) == (9.3, "eq")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (4100, "eq")
    assert not any(k[0] == "urban_disposable_income" for k in fs)


def test_this_years_target_and_the_plans_average_in_one_sentence():
    fs = facts("二、2026年工作安排\n今年全县地区生产总值增长6%左右，未来五年年均增长6.5%以上。\n", report_year=2026)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "about")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (6.5, "at_least")
    # the years gone and the years ahead, both averages, in one sentence
    fs = facts("二、2026年工作安排\n过去五年，全县地区生产总值年均增长6.1%，今后五年力争年均增长6.5%。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (6.1, "eq")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (6.5, "eq")


def test_goal_items_opening_with_a_title_sentence_and_no_mark():
    fs = facts("一、2025年工作回顾\n全市地区生产总值增长5.2%。\n二、“十五五”目标和2026年工作\n今后五年的主要目标是：\n"
               "经济实力再上新台阶。地区生产总值年均增长5.5%左右，质量效益明显提升，产业体系更加完善。\n"
               "创新能力实现新跃升。研发经费投入强度达到3%左右，创新平台加快建设，人才队伍不断壮大。\n"
               "人民生活达到新水平。城镇调查失业率控制在5.5%以内，社会保障更加健全，公共服务更加均衡。\n"
               "今年的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率5.5%左右。\n", report_year=2026)
    assert val(fs, ("rnd_intensity", "goal", "2026-2030", "share")) == (3, "about")
    assert val(fs, ("urban_unemployment_rate", "goal", "2026-2030", "share")) == (5.5, "at_most")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "about")
    # items opened by 第一， 第二， (a speech's enumeration): each under the lead
    fs = facts("二、2026年工作安排\n今后五年的主要目标是：\n第一，经济实力和综合竞争力显著提升，质量效益明显改善，"
               "研发经费投入强度达到2.9%左右。\n第二，人民生活水平持续提高，就业更加充分更高质量，城镇调查失业率控制在5.5%以内。\n"
               "今年的主要预期目标是：城镇调查失业率5.5%左右。\n", report_year=2026)
    assert val(fs, ("urban_unemployment_rate", "goal", "2026-2030", "share")) == (5.5, "at_most")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "about")


def test_a_review_titled_by_its_results_is_not_read_as_targets():
    fs = facts("一、凝心聚力，高质量发展迈出新步伐\n（一）经济运行稳中有进。\n全省地区生产总值增长5.7%，城镇新增就业61万人，"
               "居民人均可支配收入增长5.2%，一般公共预算收入增长1.9%。\n二、锚定目标，扎实做好今年工作\n"
               "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业60万人。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.7, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (61, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (60, "eq")


def test_target_items_written_as_sentences_after_the_lead_colon():
    # one part for the year gone and this one: the items after the colon are targets, each its own sentence
    fs = facts("一、2025年工作回顾和2026年工作安排\n2025年，全市城镇新增就业4.8万人，城镇调查失业率5.1%。\n"
               "今年全市的主要预期目标是：地区生产总值增长6%左右。城镇新增就业4.5万人以上。城镇调查失业率5.5%以内。\n",
               report_year=2026)
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (4.8, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (4.5, "at_least")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "at_most")


def test_a_tables_yearly_average_column_spans_the_years_up_to_the_one_before_it():
    fs = facts("二、“十五五”时期主要指标\n| 指标 | 2025年 | 2030年 | 年均增长 |\n| 地区生产总值（亿元） | 3000 | 3900 | 5.4% |\n"
               "三、2026年工作\n今年地区生产总值增长5.5%左右。\n", report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.4, "eq")
    assert val(fs, ("gdp", "goal", "2030", "level")) == (3900, "eq")
    fs = facts("一、“十四五”发展成就\n| 指标 | 2020年 | 2025年 | 年均增长 |\n| 一般公共预算收入（亿元） | 210 | 260 | 4.4% |\n",
               report_year=2026)
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (4.4, "eq")


def test_these_five_years_is_a_five_year_review():
    fs = facts("一、2025年和“十四五”工作回顾\n这五年，我们砥砺前行。全市城镇新增就业36万人，一般公共预算收入达到410亿元。\n",
               report_year=2026)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (36, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "level")) == (410, "eq")


def test_these_five_years_ahead_are_the_plans_goal():
    # "今后这五年" / "未来这五年里" look ahead: the figures after them are the plan's goals, not the review's
    fs = facts("一、“十四五”工作回顾\n过去五年，全县一般公共预算收入年均增长6.1%。\n二、“十五五”目标任务\n"
               "今后这五年，全县城镇新增就业累计4.2万人，一般公共预算收入年均增长5%。\n", report_year=2026)
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (6.1, "eq")
    assert val(fs, ("general_budget_revenue", "goal", "2026-2030", "growth")) == (5, "eq")
    assert ("urban_new_jobs", "actual", "2021-2025", "level") not in fs
    fs = facts("在未来这五年里，居民人均可支配收入年均增长6%以上。\n", report_year=2026)
    assert val(fs, ("disposable_income", "goal", "2026-2030", "growth")) == (6, "at_least")


@pytest.mark.parametrize("turn", ["新的征程已经开启，做好今年工作责任重大。\n", "今年工作总体思路。\n", "（四）今年重点工作\n"])
def test_a_line_turning_to_this_year_ends_a_goal_lists_reach(turn):
    # the short title sentences after it ("筑牢粮食安全。") are this year's tasks, not the 2030 list's items
    text = ("到2030年，全县要实现以下目标：\n产业体系更加完善。规上工业总产值突破800亿元。\n"
            "城乡融合更加深入。常住人口城镇化率达到58%。\n" + turn + "筑牢粮食安全。粮食总产量稳定在110万吨以上。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (58, "eq")
    assert ("grain_output", "goal", "2030", "level") not in fs, sorted(fs)
    assert val(fs, ("grain_output", "target", "2026", "level")) == (110, "at_least")


def test_last_years_target_list_in_the_review_is_last_years():
    # "上年的主要预期目标是：" restates last year's targets: a target for last year, and the results
    # in the sentences after it are results (they took this year's target keys from the plan's own)
    fs = facts("一、2025年工作回顾\n上年的主要预期目标是：城乡居民人均可支配收入增长6%。一般公共预算收入完成28亿元。\n"
               "二、2026年工作安排\n今年城乡居民人均可支配收入增长5.5%，一般公共预算收入增长4%。\n", report_year=2026)
    assert val(fs, ("urban_disposable_income", "target", "2025", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "level")) == (28, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2026", "growth")) == (5.5, "eq")
    assert ("general_budget_revenue", "target", "2026", "level") not in fs


@pytest.mark.parametrize("lead", ["2023年主要预期目标是：", "2023年度确定的发展目标为", "人大会议确定的2023年目标是：",
                                  "“十四五”第三年即2023年的预期目标为："])
def test_a_past_year_named_by_its_number_lead_its_targets(lead):
    # a review that names the year it reviews ("2023年主要预期目标是：") restates that year's
    # targets: not this year's, which the plan part states and would lose their keys
    fs = facts(f"一、2023年工作回顾\n{lead}规模以上工业增加值增长8%，财政总收入增长5%；从执行结果看，规模以上工业增加值"
               "增长8.4%，财政总收入完成31.6亿元。\n二、2024年主要目标\n今年规模以上工业增加值增长7%，财政总收入增长4%。\n",
               report_year=2024)
    assert val(fs, ("industrial_va", "target", "2023", "growth")) == (8, "eq")
    assert val(fs, ("fiscal_total_revenue", "target", "2023", "growth")) == (5, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (8.4, "eq")
    assert val(fs, ("fiscal_total_revenue", "actual", "2023", "level")) == (31.6, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7, "eq")


@pytest.mark.parametrize("lead,role,period", [("2024年主要目标是：", "target", "2024"), ("2027年的目标是：", "goal", "2027"),
                                              ("与2023年预期目标相比，", "actual", "2023"),
                                              ("“十四五”收官之年，全县确定的目标为", "target", "2025")])
def test_a_target_word_after_a_year_takes_that_years_role(lead, role, period):
    fs = facts(f"{lead}社会消费品零售总额增长6.5%。\n", report_year=2024 if period != "2025" else 2026)
    assert val(fs, ("retail_sales", role, period, "growth")) == (6.5, "eq")


@pytest.mark.parametrize("region,other", [("鄞州区", "全宁波"), ("鄞州区", "宁波"), ("慈溪市", "全宁波"), ("慈溪市", "浙江全省"),
                                          ("慈溪市", "宁波全市"),
                                          ("绵阳市", "省会成都"), ("绵阳市", "省会城市"), ("绵阳市", "宜宾")])
def test_a_region_above_or_beside_named_by_its_short_name_is_not_the_reports_own(region, other):
    # a county's report quoting its city by the short name ("全宁波"), a city's quoting the capital
    # ("省会成都") or another city of its province: not the report's own figure, which follows
    fs = facts(f"一、2023年工作回顾\n{other}社会消费品零售总额增长4.1%，全{region[-1]}社会消费品零售总额增长6.3%。"
               "我市一般公共预算收入增长3%。\n", report_year=2024, region=region)
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (6.3, "eq")


@pytest.mark.parametrize("lead", ["全区", "鄞州", "本区", "我区", "鄞州全区"])
def test_the_reports_own_region_by_any_name_stays_its_own(lead):
    fs = facts(f"一、2023年工作回顾\n{lead}社会消费品零售总额增长6.3%。\n", report_year=2024, region="鄞州区")
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (6.3, "eq")


def test_a_capitals_own_report_calling_itself_the_capital_keeps_its_figures():
    fs = facts("一、2023年工作回顾\n作为省会城市，地区生产总值增长5.2%。\n", report_year=2024, region="成都市")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")


@pytest.mark.parametrize("subject", ["这座城市", "我们这座城市的", "这个城市"])
def test_this_city_before_the_economy_is_the_report_own(subject):
    fs = facts(f"一、2023年工作回顾\n{subject}经济总量突破3000亿元，增长5.5%。\n", report_year=2024, region="襄阳市")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.5, "eq")
    # (城市经济 alone, the urban economy, is still guarded)
    assert not facts("一、2023年工作回顾\n城市经济总量增长7%。\n", report_year=2024, region="襄阳市")


@pytest.mark.parametrize("whole", ["占全省的", "占全国", "占全市总量的", "占全省比重达"])
def test_a_share_of_a_larger_whole_is_no_ratio_of_the_indicator(whole):
    fs = facts(f"一、2023年工作回顾\n税收收入86亿元，{whole}6.2%。民生支出占一般公共预算支出的比重达80%。\n",
               report_year=2024, region="襄阳市")
    assert ("tax_revenue_share", "actual", "2023", "share") not in fs
    assert val(fs, ("livelihood_expenditure", "actual", "2023", "share")) == (80, "eq")


@pytest.mark.parametrize("said,value,qual", [("新增就业岗位52万个以上", 52, "at_least"), ("全年新增就业8.5万人", 8.5, "eq"),
                                             ("实现新增就业人数1.6万人", 1.6, "eq"), ("城镇新增就业岗位3000个", 3000, "eq")])
def test_new_jobs_in_other_wordings_are_urban_new_jobs(said, value, qual):
    fs = facts(f"二、2024年主要预期目标\n{said}，城镇调查失业率5.5%以内。\n", report_year=2024)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (value, qual)


@pytest.mark.parametrize("said", ["农村劳动力新增就业3000人", "项目投产后带动新增就业800人", "帮助新增就业困难人员再就业1200人"])
def test_new_jobs_of_a_group_or_a_project_are_not_the_regions(said):
    fs = facts(f"二、2024年主要预期目标\n{said}。\n", report_year=2024)
    assert ("urban_new_jobs", "target", "2024", "level") not in fs


@pytest.mark.parametrize("part", ["全县35家重点企业实现", "龙头企业完成", "城区", "户均", "亿元以上工业企业实现", "人均", "亩均",
                                  "县城", "全县（不含经济开发区）", "全县(不包括高新区)", "老街商圈", "滨河步行街"])
def test_a_group_of_firms_the_town_or_a_household_average_is_not_the_county(part):
    fs = facts(f"一、2023年工作回顾\n{part}规模以上工业增加值增长14%；全县规模以上工业增加值增长7.2%。\n",
               report_year=2024, region="德清县")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.2, "eq")


@pytest.mark.parametrize("said,key", [("农村常住居民人均可支配收入2.1万元", ("rural_disposable_income", "actual", "2023", "level")),
                                      ("人均地区生产总值9.6万元", ("gdp_per_capita", "actual", "2023", "level")),
                                      ("农民人均纯收入8000元", ("rural_disposable_income", "actual", "2023", "level"))])
def test_per_person_indicators_keep_their_figures(said, key):
    assert key in facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="德清县")


@pytest.mark.parametrize("part", ["全县重点项目完成", "省市重大项目", "86个县重点项目实现", "亿元以上项目"])
def test_a_group_of_projects_is_not_the_regions_investment(part):
    fs = facts(f"一、2023年工作回顾\n{part}固定资产投资增长21%，全县固定资产投资增长5.5%。\n", report_year=2024, region="德清县")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (5.5, "eq")


@pytest.mark.parametrize("said,key", [("县农村商业银行各项存款余额", "deposit_balance"), ("农商行人民币贷款余额", "loan_balance"),
                                      ("农村信用联社贷款余额", "loan_balance")])
def test_one_banks_balance_is_not_the_regions(said, key):
    fs = facts(f"一、2023年工作回顾\n{said}增长14%，全县金融机构{'存' if key == 'deposit_balance' else '贷'}款余额增长8%。\n",
               report_year=2024, region="德清县")
    assert val(fs, (key, "actual", "2023", "growth")) == (8, "eq")


@pytest.mark.parametrize("own,region", [("全县规模以上工业企业实现", "德清县"), ("东城区", "东城区"), ("全城区", "东城区"),
                                        ("全县（含开发区）", "德清县")])
def test_the_regions_own_firms_or_name_keep_the_figure(own, region):
    fs = facts(f"一、2023年工作回顾\n{own}规模以上工业增加值增长7.2%。\n", report_year=2024, region=region)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.2, "eq")


@pytest.mark.parametrize("said", ["高于全省平均水平2100元", "较全市平均多出4000元", "比全省高了1800元", "超过全国平均水平2600元"])
def test_an_amount_above_another_regions_average_is_no_level(said):
    fs = facts(f"一、2023年工作回顾\n农村居民人均可支配收入{said}，增长6.4%。\n", report_year=2024, region="德清县")
    assert ("rural_disposable_income", "actual", "2023", "level") not in fs
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (6.4, "eq")


@pytest.mark.parametrize("said", ["增速比全省平均高0.8%", "增幅高于全市平均水平1.1%", "增速较全国高出0.6%"])
def test_a_growth_gap_to_another_region_in_percent_is_no_growth(said):
    fs = facts(f"一、2023年工作回顾\n规模以上工业增加值{said}。\n", report_year=2024, region="德清县")
    assert ("industrial_va", "actual", "2023", "growth") not in fs


@pytest.mark.parametrize("said,value", [("年平均增长6.2%", 6.2), ("增长6.2%，高于全省平均水平", 6.2),
                                        ("增长6.2%，比全省平均高0.8个百分点", 6.2)])
def test_a_growth_beside_a_comparison_stays(said, value):
    fs = facts(f"一、2023年工作回顾\n规模以上工业增加值{said}。\n", report_year=2024, region="德清县")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (value, "eq")


@pytest.mark.parametrize("said", ["达到3.9万元，高于全省平均水平", "3.9万元，比全省平均高2100元", "平均达到3.9万元"])
def test_a_level_stated_beside_a_comparison_stays(said):
    fs = facts(f"一、2023年工作回顾\n农村居民人均可支配收入{said}。\n", report_year=2024, region="德清县")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (3.9, "eq")


@pytest.mark.parametrize("said,target,actual", [
    ("围绕一般公共预算收入增长5%的年度目标，全年实现增长5.6%", 5, 5.6),
    ("一般公共预算收入增长8%的预期目标未能实现，实际增长3.2%", 8, 3.2),
    ("一般公共预算收入增长4%左右的目标圆满完成，实际增长4.3%", 4, 4.3)])
def test_a_target_named_after_its_figure_then_the_result(said, target, actual):
    fs = facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="德清县")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth"))[0] == target
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (actual, "eq")


@pytest.mark.parametrize("other,region", [("我省", "嘉兴市"), ("本省", "海宁市"), ("我市", "嘉善县"), ("本市", "南湖区"),
                                          ("我区", "兴业县"), ("我国", "嘉兴市")])
def test_we_and_our_of_a_region_above_is_not_the_reports_own(other, region):
    # "我省" in a city's report, "我市" in a county's or district's: the region above
    fs = facts(f"一、2023年工作回顾\n{other}固定资产投资增长2.1%，全{region[-1]}固定资产投资增长7.7%。\n",
               report_year=2024, region=region)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (7.7, "eq")


@pytest.mark.parametrize("own,region", [("我市", "海宁市"), ("本区", "南湖区"), ("我省", "浙江省")])
def test_we_and_our_of_the_reports_own_level_is_its_own(own, region):
    fs = facts(f"一、2023年工作回顾\n{own}固定资产投资增长7.7%。\n", report_year=2024, region=region)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (7.7, "eq")


@pytest.mark.parametrize("head", ["（一）主要指标完成情况", "1.主要预期目标执行情况", "（一）年度目标执行结果"])
def test_a_heading_on_how_targets_went_leads_results(head):
    # a plan report's "主要预期目标完成情况" lists last year's results, not this year's targets
    fs = facts(f"一、2023年计划执行情况\n{head}\n规模以上工业增加值增长8.8%。\n固定资产投资增长3.4%。\n"
               "二、2024年计划安排\n（一）主要预期目标\n规模以上工业增加值增长7%。\n固定资产投资增长5%。\n", report_year=2024)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (8.8, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (3.4, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (5, "eq")


@pytest.mark.parametrize("lead", ["上一年度的目标为", "过去一年的主要目标是", "刚刚过去的一年，我们确定的目标是",
                                  "过去一年，全县确定的主要预期目标为", "2023年主要预期目标为",
                                  "县十八届人大三次会议确定的主要预期目标是：", "上年度计划安排的目标为："])
def test_last_years_targets_in_other_wordings_then_their_result(lead):
    fs = facts(f"一、2023年工作回顾\n{lead}社会消费品零售总额增长7%，实际增长8.1%。\n二、2024年目标\n"
               "今年社会消费品零售总额增长6%。\n", report_year=2024, region="德清县")
    assert val(fs, ("retail_sales", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (8.1, "eq")
    assert val(fs, ("retail_sales", "target", "2024", "growth")) == (6, "eq")


@pytest.mark.parametrize("said", ["社会消费品零售总额增长7%；全年实际增长8.1%，总量达到260亿元",
                                  "社会消费品零售总额增长7%；实际完成260亿元，增长8.1%"])
def test_last_years_target_then_its_result_past_a_semicolon(said):
    fs = facts(f"一、2023年工作回顾\n上年的主要目标是{said}。\n", report_year=2024, region="德清县")
    assert val(fs, ("retail_sales", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (8.1, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "level")) == (260, "eq")


@pytest.mark.parametrize("lead", ["综合考虑，我们确定的主要预期目标是：", "本次大会确定的目标是：", "今年计划安排的目标为："])
def test_targets_set_now_in_the_plan_part_stay_this_years(lead):
    fs = facts(f"二、2024年工作安排\n{lead}社会消费品零售总额增长6%。\n", report_year=2024, region="德清县")
    assert val(fs, ("retail_sales", "target", "2024", "growth")) == (6, "eq")


@pytest.mark.parametrize("said", ["加强目标完成情况考核，确保", "强化计划执行情况跟踪，", "建立执行结果通报制度，"])
def test_how_targets_went_as_a_task_word_leaves_this_years_targets(said):
    # (完成情况/执行情况 open results only where they end a lead: "从执行情况看，", "…完成情况：")
    fs = facts(f"二、2024年工作安排\n{said}全年社会消费品零售总额增长6%。\n", report_year=2024, region="德清县")
    assert val(fs, ("retail_sales", "target", "2024", "growth")) == (6, "eq")


def test_real_growth_in_this_years_targets_stays_a_target():
    # (实际增长 names real growth too: only after a comma does it turn to a result)
    fs = facts("二、2024年目标\n今年居民人均可支配收入实际增长5%，与经济增长同步。\n", report_year=2024, region="德清县")
    assert val(fs, ("disposable_income", "target", "2024", "growth")) == (5, "eq")


@pytest.mark.parametrize("said,period", [("“十三五”最后一年，一般公共预算收入增长4.4%", "2020"),
                                          ("去年，一般公共预算收入增长4.4%", "2020"),
                                          ("过去一年，一般公共预算收入增长4.4%", "2020"),
                                          ("一般公共预算收入增长4.4%", "2016-2020")])
def test_one_year_named_in_a_closed_plans_review_dates_its_growth(said, period):
    # in the review of a plan that has ended, an undated growth is over the plan's years; one its
    # sentence dates (the plan's last year, 去年) is that year's
    fs = facts(f"一、“十三五”时期发展回顾\n{said}。\n", report_year=2021, region="德清县")
    assert val(fs, ("general_budget_revenue", "actual", period, "growth")) == (4.4, "eq")


@pytest.mark.parametrize("lead", ["市里下达的固定资产投资目标为增长6%", "固定资产投资的年度目标是增长6%",
                                  "上年的目标为固定资产投资增长6%"])
def test_a_target_set_in_the_review_then_the_whole_years_result(lead):
    # "…目标为…，全年…完成": last year's target, then what the whole year did
    fs = facts(f"一、2023年工作回顾\n{lead}，全年固定资产投资完成210亿元，增长7.3%。\n", report_year=2024, region="德清县")
    assert val(fs, ("fixed_asset_investment", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "level")) == (210, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (7.3, "eq")


def test_the_whole_year_restated_in_this_years_targets_stays_a_target():
    fs = facts("二、2024年工作安排\n今年的主要目标是：固定资产投资增长6%，全年固定资产投资完成230亿元以上。\n",
               report_year=2024, region="德清县")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (6, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "level")) == (230, "at_least")


def test_an_items_goal_stays_in_its_item_of_the_target_list():
    fs = facts("二、2026年工作安排\n今年主要预期目标：城镇化率提高0.9个百分点，“十五五”末达到70%；研发经费投入强度2.4%，"
               "2030年达到2.8%；城镇新增就业50万人。\n", report_year=2026)
    assert val(fs, ("urbanization_rate", "target", "2026", "pp_change")) == (0.9, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (70, "eq")  # (“十五五”末: the plan's last year)
    assert val(fs, ("rnd_intensity", "target", "2026", "share")) == (2.4, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2030", "share")) == (2.8, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (50, "eq")


@pytest.mark.parametrize("who", ["海内外游客", "境内外游客", "中外游客"])
def test_visitors_from_home_and_abroad_then_two_changes(who):
    fs = facts(f"一、2023年工作回顾\n全县接待{who}520万人次，实现旅游总收入48亿元，分别增长12%、15%。\n", report_year=2024)
    assert val(fs, ("tourist_visits", "actual", "2023", "level")) == (520, "eq")
    assert val(fs, ("tourist_visits", "actual", "2023", "growth")) == (12, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2023", "growth")) == (15, "eq")


def test_a_pdf_pages_bulletin_header_inside_a_review_sentence_dates_nothing():
    text = ("一、2018年工作回顾\n2018年，全县一般公共预算收入63.5亿元，增长10.2%；全社会\n— 2 —\n沭阳县人民政府公报 2019年第1期\n"
            "固定资产投资增长8.9%。\n二、2019年工作安排\n今年全县地区生产总值增长7%左右。\n")
    fs = facts(text, report_year=2019)
    assert val(fs, ("fixed_asset_investment", "actual", "2018", "growth")) == (8.9, "eq")
    assert ("fixed_asset_investment", "target", "2019", "growth") not in fs


@pytest.mark.parametrize("after", ["；城镇化率提高6.2个百分点；五年新增城镇就业1.8万人。",
                                   "。城镇化率提高6.2个百分点，五年新增城镇就业1.8万人。"])
def test_a_year_dating_one_level_in_a_five_year_review_dates_no_change_after_it(after):
    text = ("一、过去五年工作回顾\n过去五年，全区地区生产总值年均增长6.1%，2020年达到265亿元，增长3.9%" + after +
            "\n2020年，全区城镇化率提高0.9个百分点。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "level")) == (265, "eq")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.9, "eq")  # the growth of the level it dates
    assert val(fs, ("urbanization_rate", "actual", "2016-2020", "pp_change")) == (6.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2016-2020", "level")) == (1.8, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2020", "pp_change")) == (0.9, "eq")  # a year's own review


def test_an_infographic_one_item_a_line():
    # "一图读懂": each name, figure and change on its own line, names and changes repeating
    text = ("2023年成绩单\n地区生产总值\n312.4亿元\n增长4.8%\n一般公共预算收入\n15.2亿元\n增长7.7%\n"
            "农村居民人均可支配收入\n21350元\n增长7.9%\n2024年主要预期目标\n地区生产总值\n增长6%左右\n"
            "一般公共预算收入\n增长5%\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (312.4, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (4.8, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (7.7, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (21350, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")


def test_an_infographics_arrows_give_the_direction_of_a_change():
    fs = facts("2023年成绩单\n地区生产总值 312.4亿元 ↑4.8%\n一般公共预算收入 15.2亿元 ↓2.7%\n城镇化率 51.6% ▼0.3个百分点\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (4.8, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (-2.7, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2023", "pp_change")) == (-0.3, "eq")


def test_links_to_other_pages_give_no_facts():
    # a news page's related links and previous/next titles carry other places' figures
    text = ("1月7日，祁东县第十八届人民代表大会第三次会议开幕。县长代表县人民政府作政府工作报告。报告指出，2023年，"
            "全县地区生产总值增长5.1%。报告提出，今年全县地区生产总值增长6%左右。\n相关阅读：\n"
            "衡南县政府工作报告：2024年GDP预期增长6.5%\n常宁市2023年一般公共预算收入增长8%\n"
            "上一篇：衡东县规模以上工业增加值增长6.2%\n下一篇：祁阳市一般公共预算收入突破20亿元\n")
    doc = planwatch.read_text(text, "t.txt")
    assert {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts} == {
        ("gdp", "actual", "2023", "growth", 5.1), ("gdp", "target", "2024", "growth", 6)}


@pytest.mark.parametrize("region, word, own", [("祁东县", "全市", False), ("兴宾区", "全市", False), ("邳州市", "全市", True),
                                              ("苍梧县", "全区", False), ("兴宾区", "全区", True)])
def test_the_citys_figures_quoted_in_a_countys_report(region, word, own):
    # a county's or district's 全市 is its city; a county-level city's is itself; a 广西 county's 全区 is the region
    text = (f"二、2024年工作安排\n今年，{word}地区生产总值增长6%左右。我们的主要预期目标是：地区生产总值增长6.5%左右，"
            "一般公共预算收入增长5%。\n")
    fs = facts(text, report_year=2024, region=region)
    assert val(fs, ("gdp", "target", "2024", "growth")) == ((6, "about") if own else (6.5, "about"))


def test_a_sub_head_for_the_new_year_makes_the_figures_under_it_targets():
    fs = facts("◆过去一年\n全县地区生产总值增长5.1%，一般公共预算收入增长9%。\n◆新的一年\n"
               "全县地区生产总值增长6.5%，一般公共预算收入增长5%。\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.1, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")


def test_a_budgets_later_clauses_and_the_tax_share_written_after_the_tax():
    text = ("一、2023年预算执行情况\n全县一般公共预算收入完成12.8亿元，增长9.3%，其中税收收入8.6亿元，占一般公共预算收入的67.2%。\n"
            "二、2024年预算草案\n2024年全县一般公共预算收入预计13.5亿元，增长5.5%；一般公共预算支出安排40.2亿元，下降5.4%。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("tax_revenue_share", "actual", "2023", "share")) == (67.2, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "level")) == (13.5, "eq")
    assert val(fs, ("general_budget_expenditure", "target", "2024", "level")) == (40.2, "eq")
    assert val(fs, ("general_budget_expenditure", "target", "2024", "growth")) == (-5.4, "eq")
    assert not any(k[0] == "tax_revenue_share" and k[3] != "share" for k in fs)  # the tax itself is no ratio


def test_the_newer_rural_income_statistic_wins_over_the_net_income_stated_before_it():
    text = ("一、2015年工作回顾\n农民人均纯收入10250元，增长9.6%；农村常住居民人均可支配收入11230元，增长9.1%。\n")
    fs = facts(text, report_year=2016)
    assert val(fs, ("rural_disposable_income", "actual", "2015", "level")) == (11230, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2015", "growth")) == (9.1, "eq")
    # alone, the net income stands for it (the gold marks it optional)
    fs = facts("一、2015年工作回顾\n农牧民人均纯收入10250元，增长9.6%。\n", report_year=2016)
    assert val(fs, ("rural_disposable_income", "actual", "2015", "level")) == (10250, "eq")


def test_a_plans_end_level_after_力争_in_the_same_sentence():
    fs = facts("二、“十四五”目标\n“十四五”时期，全市地区生产总值年均增长7%以上，到2025年力争突破4000亿元；城镇化率达到58%。\n",
               report_year=2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "at_least")
    assert val(fs, ("gdp", "goal", "2025", "level")) == (4000, "at_least")


# the region's own name, in full or short, before a figure: its headline, however the parts' rules read
@pytest.mark.parametrize("region,sentence", [
    ("长沙市", "过去一年，长沙地区生产总值增长5.5%。"),  # 长沙县 is a child with the same short name
    ("吉林省", "过去一年，吉林地区生产总值增长5.5%。"),  # and 吉林市
    ("大理白族自治州", "过去一年，大理州地区生产总值增长5.5%。"),
    ("洪湖市", "2025年洪湖地区生产总值增长5.5%。"),  # a 湖 name after the year
    ("马鞍山市", "全年马鞍山地区生产总值增长5.5%。"),
    ("南山区", "过去一年，南山区经济总量增长5.5%。"),  # 山区 guards a kind of economy, not 南山区
    ("浦东新区", "过去一年，浦东新区经济总量增长5.5%。"),
    ("深圳市", "在各市场主体共同努力下全市地区生产总值增长5.5%。"),  # 各市场 is no per-unit figure
    ("陕西省", "2025年陕西地区生产总值增长5.5%。"),
])
def test_the_regions_own_name_before_a_figure_is_no_part(region, sentence):
    fs = facts(f"一、2025年工作回顾\n{sentence}\n", report_year=2026, region=region)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.5, "eq")


@pytest.mark.parametrize("region,sentence", [
    ("大理白族自治州", "大理市地区生产总值增长7.5%，全州地区生产总值增长5.5%。"),
    ("吉林省", "吉林市地区生产总值增长7.5%，全省地区生产总值增长5.5%。"),
    ("湖北省", "襄阳全年实现地区生产总值增长7.5%，全省地区生产总值增长5.5%。"),
    ("江苏省", "全年苏州地区生产总值增长7.5%，江苏经济总量增长5.5%。"),
    ("湖北省", "大别山区地区生产总值增长7.5%，全省地区生产总值增长5.5%。"),
])
def test_a_part_named_first_does_not_take_the_regions_figure(region, sentence):
    fs = facts(f"一、2025年工作回顾\n{sentence}\n", report_year=2026, region=region)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.5, "eq")


def test_a_growth_then_one_over_a_base_year_are_two_figures():
    fs = facts("一、2025年工作回顾\n全市地区生产总值增长5.5%，比2020年增长30%。\n", report_year=2026, region="某某市")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.5, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (30, "eq")


@pytest.mark.parametrize("region,word", [("鼓楼区", "全区"), ("青秀区", "全区"), ("昆山市", "全市"), ("准格尔旗", "全旗")])
def test_a_county_level_reports_own_whole_word_keeps_its_figures(region, word):
    fs = facts(f"一、2025年工作回顾\n{word}地区生产总值增长5.5%，一般公共预算收入42亿元。\n", report_year=2026,
               region=region, level="county")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "level")) == (42, "eq")


def test_a_later_year_named_before_an_estimate_of_the_year_reviewed_sets_no_target():
    fs = facts("一、2025年工作回顾\n在2026年县两会上作报告时表示，2025年全县地区生产总值预计增长5.5%，一般公共预算收入完成12亿元。\n",
               report_year=2026)
    assert val(fs, ("general_budget_revenue", "actual", "2025", "level")) == (12, "eq")
    assert not [k for k in fs if k[1] == "target"]


@pytest.mark.parametrize("region,word", [("南宁市", "首府"), ("石家庄市", "省会")])
def test_a_capitals_own_report_calling_itself_its_title_keeps_its_figure(region, word):
    fs = facts(f"一、2025年工作回顾\n过去一年，{word}地区生产总值增长5.5%。\n", report_year=2026, region=region)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.5, "eq")
    # in its province's report the capital is a part
    fs = facts(f"一、2025年工作回顾\n{word}地区生产总值增长7.5%，全省地区生产总值增长5.5%。\n", report_year=2026, region="河北省")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.5, "eq")


@pytest.mark.parametrize("region,own", [("蠡县", True), ("诸暨市", True), ("浙江省", False)])
def test_a_countys_县域_is_the_county_itself(region, own):
    fs = facts("一、2025年工作回顾\n过去一年，县域经济总量突破300亿元，增长6.5%；县域规上工业增加值增长8%。\n",
               report_year=2026, region=region)
    assert (("gdp", "actual", "2025", "growth") in fs) is own
    assert (("industrial_va", "actual", "2025", "growth") in fs) is own


def test_an_infographics_arrow_opening_the_change_after_a_comma():
    fs = facts("一、2025年工作回顾\n▲一般公共预算收入32亿元，▼下降2.1%\n▲税收收入20亿元，↑ 增长3.1%\n", report_year=2026, region="某某市")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (-2.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "level")) == (32, "eq")


# a digest of several regions' reports: the figures a division's report proposes are that division's
DIGEST = "本报讯 近日，我省各市州人代会陆续闭幕，各地“目标单”出炉。"


@pytest.mark.parametrize("clause", ["长沙市提出，今年地区生产总值增长6.5%左右。", "株洲提出地区生产总值增长6%左右。",
                                    "湘潭市政府工作报告明确：2024年地区生产总值增长6.5%。", "另据了解，衡阳市提出，全年地区生产总值增长7%。",
                                    "攸县提出，今年全县地区生产总值增长7%。", "醴陵市提出，今年全市地区生产总值增长7.5%。"])
def test_a_digest_quoting_a_divisions_report_gives_no_figure_of_the_region(clause):
    fs = facts(DIGEST + clause, region="湖南省", report_year=2024)
    assert not [k for k in fs if k[0] == "gdp"]


@pytest.mark.parametrize("clause", ["湖南省提出，今年地区生产总值增长6%左右。", "报告提出，今年全省地区生产总值增长6%左右。",
                                    "省长王株洲表示，今年全省地区生产总值增长6%左右。"])
def test_the_region_itself_or_a_person_speaking_keeps_the_target(clause):
    fs = facts(DIGEST + clause, region="湖南省", report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


# a 数说 page: last year's figure, then this year's target for it with the name left out
@pytest.mark.parametrize("text,key,want", [
    ("去年全县地区生产总值320亿元，今年目标增长6.5%。", ("gdp", "target", "2024", "growth"), (6.5, "eq")),
    ("2023年社会消费品零售总额85亿元，增长7%；今年，预期增长8%左右。", ("retail_sales", "target", "2024", "growth"), (8, "about")),
    ("去年一般公共预算收入21.3亿元；今年计划增长5%。", ("general_budget_revenue", "target", "2024", "growth"), (5, "eq")),
    ("去年城镇新增就业5200人；今年，目标5000人以上。", ("urban_new_jobs", "target", "2024", "level"), (5000, "at_least")),
    # (a growth both years, 将 or 预计 before the verb)
    ("去年地区生产总值增长5.2%，今年将力争增长6%左右。", ("gdp", "target", "2024", "growth"), (6, "about")),
    ("去年全县地区生产总值增长5.2%，今年预计增长6%。", ("gdp", "target", "2024", "growth"), (6, "eq")),
    ("去年规上工业增加值增长7.1%，今年将力争增长8%以上。", ("industrial_va", "target", "2024", "growth"), (8, "at_least")),
    ("去年一般公共预算收入增长4.5%，今年还将争取增长5%。", ("general_budget_revenue", "target", "2024", "growth"), (5, "eq")),
])
def test_this_years_target_after_last_years_figure_without_the_name(text, key, want):
    fs = facts("数说政府工作报告\n" + text, region="攸县", report_year=2024)
    assert val(fs, key) == want
    assert [k for k in fs if k[1] == "actual" and k[2] == "2023"]  # last year's figure stays last year's


@pytest.mark.parametrize("text", ["去年全县地区生产总值增长5%，今年以来经济运行平稳向好。",
                                  "去年全县地区生产总值增长5%，高于预期目标0.5个百分点。",
                                  "去年全县固定资产投资增长8%，今年目标任务已分解到各乡镇，共100个项目。",
                                  "去年全县地区生产总值增长5.2%，今年一季度增长5.6%。",
                                  "去年全县地区生产总值增长5.2%，今年以来增长5.6%。"])
def test_a_clause_on_this_year_without_a_target_of_the_figure_sets_none(text):
    fs = facts("数说政府工作报告\n" + text, region="攸县", report_year=2024)
    assert not [k for k in fs if k[1] == "target" and k[2] == "2024"]


# a Taiwanese paper restating the State Council's report: 成長 for 增长, 國內生產毛額 for 国内生产总值
@pytest.mark.parametrize("text,key,want", [
    ("報告說，去年國內生產毛額（GDP）成長6.9%。", ("gdp", "actual", "2024", "growth"), (6.9, "eq")),
    ("中國大陸國務院總理今天作政府工作報告，將今年經濟成長目標訂為5%左右。", ("gdp", "target", "2025", "growth"), (5, "about")),
    ("報告指出，去年國內生產總值134.9萬億元，成長5%。", ("gdp", "actual", "2024", "growth"), (5, "eq")),
    ("中國大陸國務院報告指出，去年全國一般公共預算收入成長負3.9%。", ("general_budget_revenue", "actual", "2024", "growth"), (-3.9, "eq")),
])
def test_taiwanese_wording_of_growth(text, key, want):
    fs = facts(text, region="中华人民共和国", report_year=2025)
    assert val(fs, key) == want


@pytest.mark.parametrize("text,want", [("去年全县地区生产总值增长负0.5%。", -0.5), ("去年全县一般公共预算收入增速为负3.2%。", -3.2),
                                       ("去年全县地区生产总值增长0.5%，负债率下降。", 0.5)])
def test_a_negative_rate_written_as_负(text, want):
    fs = facts(text, region="攸县", report_year=2025)
    assert [f.value for k, f in fs.items() if k[1] == "actual" and k[3] == "growth"][0] == want


# a delegate quoted in a news page speaks of a part of the region: 镇里, 村里, 乡上
@pytest.mark.parametrize("text,ind", [("来自孙家湾镇的代表说，去年镇里地区生产总值增长12%。", "gdp"),
                                      ("村党支部书记说，去年村里农村居民人均可支配收入增长9%。", "rural_disposable_income"),
                                      ("乡长表示，去年乡上一般公共预算收入增长3%。", "general_budget_revenue")])
def test_a_part_of_the_region_said_colloquially_is_not_the_region(text, ind):
    fs = facts(text, region="醴陵市", report_year=2025)
    assert not [k for k in fs if k[0] == ind]
    assert [k for k in fs if k[0].startswith("other:")]


# a 数读 page sets each figure alone above its caption; a page that names first sets it below
@pytest.mark.parametrize("text,want", [
    ("数读2024年政府工作报告\n6.5%左右\n今年全县地区生产总值预期增长目标\n5.1%\n2023年全县地区生产总值增速\n",
     {("gdp", "target", "2024", "growth"): 6.5, ("gdp", "actual", "2023", "growth"): 5.1}),
    ("2024年政府工作报告\n\n↑6%\n\n今年一般公共预算收入增长\n\n320亿元\n\n2023年全县地区生产总值\n",
     {("general_budget_revenue", "target", "2024", "growth"): 6, ("gdp", "actual", "2023", "level"): 320}),
    ("2023年成绩单\n地区生产总值\n285.6亿元\n一般公共预算收入\n20.1亿元\n城镇新增就业\n5000人\n2024年主要目标\n",
     {("gdp", "actual", "2023", "level"): 285.6, ("general_budget_revenue", "actual", "2023", "level"): 20.1,
      ("urban_new_jobs", "actual", "2023", "level"): 5000}),
])
def test_figures_set_above_or_below_their_captions(text, want):
    fs = facts(text, region="攸县", report_year=2024)
    assert {k: f.value for k, f in fs.items()} == want


# a plan report's review (计划执行情况): last year's targets as the meeting set them, restated in
# brackets after 年度目标/年度计划, and the results beside them
@pytest.mark.parametrize("lead", ["市十五届人大三次会议确定的主要预期目标是：", "县人民代表大会确定的预期目标为：",
                                  "年初人代会确定的主要目标是："])
def test_a_plan_reports_review_restates_last_years_targets(lead):
    text = (f"一、2023年国民经济和社会发展计划执行情况\n{lead}地区生产总值增长6%，城镇新增就业3.5万人。"
            "预计全年地区生产总值增长5.2%左右，城镇新增就业3.7万人。\n二、2024年主要目标\n地区生产总值增长5%左右。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (3.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "about")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.7, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")


@pytest.mark.parametrize("clause", ["完成年度目标（8%）", "未完成年度目标（8%）", "没有达到年度计划目标（8%）",
                                    "超过年度计划（8%）", "低于预期目标（8%）", "完成年度计划（8%）",
                                    "完成年初确定的8%的目标", "未完成人代会确定的8%的目标"])
def test_a_target_in_brackets_after_its_name_is_last_years(clause):
    fs = facts(f"一、2023年计划执行情况\n全社会固定资产投资增长6.2%，{clause}。\n", report_year=2024)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2023", "growth")) == (8, "eq")


@pytest.mark.parametrize("title", ["（一）主要目标完成情况", "（一）主要预期目标执行情况", "主要目标完成情况"])
def test_a_review_title_naming_the_targets_met_is_no_target_lead(title):
    text = (f"一、2016年计划执行情况\n{title}\n经济增长。国内生产总值增长6.7%。\n就业。城镇新增就业1314万人，"
            "城镇登记失业率4.02%，控制在4.5%的预期目标以内；居民消费价格上涨2%。\n二、2017年主要目标\n国内生产总值增长6.5%左右。\n")
    fs = facts(text, report_year=2017)
    assert val(fs, ("gdp", "actual", "2016", "growth")) == (6.7, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2016", "level")) == (1314, "eq")
    assert val(fs, ("cpi", "actual", "2016", "growth")) == (2, "eq")
    assert val(fs, ("gdp", "target", "2017", "growth")) == (6.5, "about")
    assert ("urban_new_jobs", "target", "2017", "level") not in fs


def test_the_targets_in_a_plans_target_part_stay_this_years():
    # must not fire: a targets list whose lead names 主要目标, and a target with 目标 after it
    text = ("二、2024年经济社会发展主要目标\n主要目标是：地区生产总值增长5%左右；城镇调查失业率5.5%以内的目标。"
            "一般公共预算收入增长3%（年度目标）。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (3, "eq")
    assert not [k for k in fs if k[2] == "2023"]


@pytest.mark.parametrize("sentence,key,value", [
    ("研发经费投入强度2022年达到2.41%", ("rnd_intensity", "actual", "2022", "share"), 2.41),
    ("常住人口城镇化率2022年底达到60.3%", ("urbanization_rate", "actual", "2022", "share"), 60.3),
    ("地区生产总值2022年增长4.5%", ("gdp", "actual", "2022", "growth"), 4.5),
    ("森林覆盖率2025年达到62%", ("forest_coverage", "goal", "2025", "share"), 62),
])
def test_a_year_right_after_the_name_dates_the_figure(sentence, key, value):
    # a mid-term review of a plan (规划中期评估), with no section the roles could come from
    fs = facts(f"一、主要指标进展情况\n{sentence}，进度符合预期。\n", report_year=2023)
    assert val(fs, key) == (value, "eq")


@pytest.mark.parametrize("sep", [" ", "   ", "\t"])
def test_a_plan_outlines_table_with_a_category_column(sep):
    rows = [("类别", "指标", "2020年", "2025年", "年均增长", "属性"),
            ("经济发展", "地区生产总值增长（%）", "2.3", "—", "5左右", "预期性"),
            ("常住人口城镇化率（%）", "74.2", "77.5", "—", "预期性"),
            ("绿色生态", "森林覆盖率（%）", "58.7", "58.9", "—", "约束性")]
    text = "（2021年1月25日省第十三届人民代表大会第四次会议批准）\n专栏1 主要指标\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (5, "about")
    assert val(fs, ("urbanization_rate", "actual", "2020", "share")) == (74.2, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (77.5, "eq")
    assert val(fs, ("forest_coverage", "goal", "2025", "share")) == (58.9, "eq")


@pytest.mark.parametrize("clause,expected", [
    ("低于5.5%左右的预期目标", (5.5, "about")),     # the target's own 左右 after its figure
    ("控制在5.5%左右的目标以内", (5.5, "about")),
    ("低于5.5%的预期目标", (5.5, "eq")),            # 低于 compares: no bound of the target
])
def test_a_restated_target_keeps_the_qualifier_written_after_it(clause, expected):
    fs = facts(f"一、2025年计划执行情况\n城镇调查失业率平均为5.2%，{clause}。\n", report_year=2026)
    assert val(fs, ("urban_unemployment_rate", "target", "2025", "share")) == expected


@pytest.mark.parametrize("clause", ["低于规划目标（6%左右）", "完成规划确定的目标（6%左右）", "低于“十四五”规划预期目标（6%左右）"])
def test_a_plans_goal_restated_in_its_mid_term_review(clause):
    fs = facts(f"一、主要指标进展情况\n2021—2022年，全省地区生产总值年均增长5.2%，{clause}。\n", report_year=2024)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (6, "about")
    assert [k for k in fs if k[0] == "gdp" and k[1] != "goal"] == [("gdp", "actual", "2021-2022", "growth")]


def test_a_figure_of_another_plan_or_object_after_完成_is_still_not_the_indicators():
    # must not fire: 完成 with an object of its own that is no target keeps its figure to itself
    for clause in ("完成计划项目投资120亿元", "完成税收收入40亿元"):
        fs = facts(f"一、2023年工作回顾\n地区生产总值增长5%，{clause}。\n", report_year=2024)
        assert list(fs) == [("gdp", "actual", "2023", "growth")]


@pytest.mark.parametrize("title", ["某省国民经济和社会发展第十五个五年规划纲要",
                                   "某市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要（草案）",
                                   "某县“十五五”规划纲要"])
def test_a_five_year_plans_outline_sets_goals_not_this_years_targets(title):
    text = (f"{title}\n（2026年1月20日在人民代表大会第五次会议上）\n第三章 主要目标\n"
            "——经济发展。地区生产总值年均增长5.5%左右（预期性），全员劳动生产率增长高于地区生产总值增长（预期性）。\n——创新驱动。研发经费投入强度达到2.5%（预期性）。\n"
            "——绿色生态。单位地区生产总值能源消耗降低完成国家下达任务（约束性），森林覆盖率达到12%（约束性）。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")
    assert val(fs, ("rnd_intensity", "goal", "2026-2030", "share")) == (2.5, "eq")
    assert val(fs, ("forest_coverage", "goal", "2026-2030", "share")) == (12, "eq")
    assert fs[("energy_intensity", "goal", "2026-2030", "growth")].qualifier == "qualitative"
    assert fs[("labor_productivity", "goal", "2026-2030", "growth")].qualifier == "qualitative"
    assert not [k for k in fs if k[1] == "target"]


@pytest.mark.parametrize("title", ["关于某省“十四五”规划纲要实施中期评估的报告", "2026年某市政府工作报告"])
def test_a_review_of_an_outline_or_a_report_naming_one_keeps_this_years_targets(title):
    # must not fire: not an outline; its targets part is the year's
    text = (f"{title}\n（2026年1月20日）\n一、2025年工作回顾\n地区生产总值增长5.2%。\n二、2026年主要预期目标\n"
            "地区生产总值增长5%左右，研发经费投入强度达到2.5%。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("rnd_intensity", "target", "2026", "share")) == (2.5, "eq")


def test_an_outline_with_no_date_is_read_in_its_plans_first_year():
    text = ("广东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n专栏1 主要指标\n"
            "指标 2020年 2025年 年均增长 属性\n地区生产总值增长（%） 2.3 — 5左右 预期性\n"
            "全员劳动生产率增长（%） 3.1 — 高于GDP增长 预期性\n常住人口城镇化率（%） 74.2 77.5 — 预期性\n")
    fs = facts(text)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (5, "about")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (77.5, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2020", "share")) == (74.2, "eq")
    assert fs[("labor_productivity", "goal", "2021-2025", "growth")].qualifier == "qualitative"


@pytest.mark.parametrize("sep", [" ", "    ", "\t", " | ", "\n"])
def test_a_plan_execution_table_with_a_column_of_months_so_far(sep):
    rows = [("指标名称", "单位", "2024年计划", "1-11月", "预计全年", "完成情况"),
            ("地区生产总值增长", "%", "6.5", "—", "6.0", "未完成"),
            ("社会消费品零售总额增长", "%", "7", "6.1", "6.3", "未完成")]
    text = ("一、2024年计划执行情况\n附表1 2024年主要指标计划执行情况表\n" + "\n".join(sep.join(r) for r in rows)
            + "\n二、2025年主要预期目标\n地区生产总值增长5.5%左右。\n")
    fs = facts(text, report_year=2025)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (6, "eq")
    assert val(fs, ("retail_sales", "actual", "2024", "growth")) == (6.3, "eq")  # not the 11 months' 6.1
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")


@pytest.mark.parametrize("chapter", ["第一章 发展基础", "第一章 发展基础和发展环境", "一、“十四五”时期发展成就"])
def test_an_outlines_first_chapter_reviews_the_plan_before(chapter):
    text = ("某省国民经济和社会发展第十五个五年规划纲要\n（2026年1月20日某省人民代表大会批准）\n"
            f"{chapter}\n经济实力跃上新台阶，地区生产总值达到1.7万亿元，年均增长5.1%。常住人口城镇化率达到60%。\n"
            "第二章 主要目标\n地区生产总值年均增长5%左右，常住人口城镇化率达到65%。\n"
            "第三章 构建现代化产业体系\n（一）夯实发展基础\n到2030年，研发经费投入强度达到2.6%。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "level")) == (1.7, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.1, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (60, "eq")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5, "about")
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (65, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2030", "share")) == (2.6, "eq")  # 夯实发展基础 is no review


@pytest.mark.parametrize("sep", [" ", "    ", "\t"])
def test_a_plan_beside_the_result_after_it_is_the_years_being_executed(sep):
    # years spanning two columns over "计划 | 预计完成" are lost to the printing; 单位 stands in that row
    rows = [("指标名称", "单位", "2020年", "2021年"), ("计划", "预计完成", "计划目标"),
            ("地区生产总值增长", "%", "6", "2.2", "7左右"), ("城镇新增就业", "万人", "2.5", "2.6", "2.5")]
    text = "一、2020年计划执行情况\n二、2021年主要预期目标\n附表：主要指标\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (2.2, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "about")
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (2.5, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (2.5, "eq")


def test_a_plan_column_with_its_own_year_keeps_it():
    # must not fire: "2026年计划" after "2025年预计" is the new year's plan
    text = ("二、2026年主要预期目标\n| 指标名称 | 单位 | 2026年计划 | 2025年预计 |\n| 地区生产总值增长 | % | 5左右 | 5.2 |\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert ("gdp", "target", "2025", "growth") not in fs


@pytest.mark.parametrize("cell,expected", [("≤5.5", (5.5, "at_most")), ("<5.5", (5.5, "at_most")),
                                           ("≥5.5", (5.5, "at_least")), ("5.5", (5.5, "eq"))])
def test_a_tables_signs_before_a_figure_are_its_qualifier(cell, expected):
    text = f"二、2026年主要预期目标\n| 指标名称 | 单位 | 2026年目标 |\n| 城镇调查失业率 | % | {cell} |\n"
    assert val(facts(text, report_year=2026), ("urban_unemployment_rate", "target", "2026", "share")) == expected


@pytest.mark.parametrize("reason,key,value", [
    ("全市地区生产总值已达4210亿元，基数较大", ("gdp", "actual", "2025", "level"), 4210),
    ("全市常住人口城镇化率已经达到62%", ("urbanization_rate", "actual", "2025", "share"), 62),
    ("近三年我市地区生产总值年均增长5.6%", ("gdp", "actual", "2023-2025", "growth"), 5.6),
    ("过去两年全市一般公共预算收入年均增长2.1%", ("general_budget_revenue", "actual", "2024-2025", "growth"), 2.1),
])
def test_the_reasons_for_a_target_state_the_present_not_a_target(reason, key, value):
    text = f"二、2026年主要预期目标\n地区生产总值增长5%左右。主要考虑是：{reason}。\n"
    fs = facts(text, report_year=2026)
    assert val(fs, key) == (value, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert len([k for k in fs if k[1] == "target"]) == 1


@pytest.mark.parametrize("sentence,role", [("地区生产总值达到4500亿元", "target"),
                                           ("今后三年，地区生产总值年均增长5.5%", "goal")])
def test_a_target_with_no_word_of_the_present_stays_a_target(sentence, role):
    # must not fire: no 已 before the level, and years ahead are no review
    fs = facts(f"二、2026年主要预期目标\n{sentence}。\n", report_year=2026)
    assert [k[1] for k in fs] == [role]


@pytest.mark.parametrize("clause,expected", [
    ("超额完成下降3.4%以上的目标", (-3.4, "at_least")),
    ("完成下降3.4%以上的目标", (-3.4, "at_least")),
    ("超过下降3.4%的预期目标", (-3.4, "eq")),      # 超过 compares with the target: no bound of it
])
def test_a_target_met_restated_after_a_fall(clause, expected):
    fs = facts(f"一、2017年计划执行情况\n单位国内生产总值能耗下降3.7%，{clause}。\n", report_year=2018)
    assert val(fs, ("energy_intensity", "actual", "2017", "growth")) == (-3.7, "eq")
    assert val(fs, ("energy_intensity", "target", "2017", "growth")) == expected


@pytest.mark.parametrize("sep", [" ", "    ", "\t"])
def test_a_tables_numbered_category_rows_are_no_parts_of_the_report(sep):
    rows = [("项目", "2022年预计", "2023年目标"), ("一、经济发展",), ("地区生产总值增长（%）", "4.5", "6左右"),
            ("二、民生改善",), ("城镇新增就业（万人）", "2.2", "2.3")]
    text = ("一、2022年计划执行情况\n全年经济平稳。\n二、2023年主要预期目标\n附表 主要预期目标\n" + "\n".join(sep.join(r) for r in rows)
            + "\n城镇调查失业率控制在5.5%以内。\n三、2023年重点任务\n全年固定资产投资增长8%。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.5, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (2.3, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")  # still the targets part
    assert val(fs, ("fixed_asset_investment", "target", "2023", "growth")) == (8, "eq")


def test_a_dated_part_heading_between_two_tables_stays_a_heading():
    text = ("一、2022年计划执行情况\n| 指标 | 2022年计划 | 2022年预计 |\n| 地区生产总值增长（%） | 6 | 4.5 |\n"
            "二、2023年目标\n| 指标 | 2023年目标 |\n| 地区生产总值增长（%） | 6左右 |\n一般公共预算收入增长5%。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "target", "2022", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (5, "eq")


@pytest.mark.parametrize("sep", [" ", "    ", "\t"])
def test_a_mid_term_reviews_table_of_base_progress_and_goal(sep):
    rows = [("指标", "2020年基数", "2022年实际值", "2025年目标", "进展情况"),
            ("常住人口城镇化率（%）", "56.7", "58.4", "60", "符合预期"),
            ("研发经费投入强度（%）", "2.17", "2.14", "2.4", "滞后")]
    text = "一、主要指标完成情况\n附表 主要指标实施进展情况\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    fs = facts(text, report_year=2023)
    assert val(fs, ("urbanization_rate", "actual", "2020", "share")) == (56.7, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2022", "share")) == (58.4, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (60, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2025", "share")) == (2.4, "eq")


@pytest.mark.parametrize("aside,key,expected", [
    ("地区生产总值增长5.2%（计划6%）", ("gdp", "target", "2025", "growth"), (6, "eq")),
    ("一般公共预算收入增长3.1%（计划增长3%）", ("general_budget_revenue", "target", "2025", "growth"), (3, "eq")),
    ("城镇新增就业1.3万人（年度计划1.2万人）", ("urban_new_jobs", "target", "2025", "level"), (1.2, "eq")),
    ("地区生产总值增长5.2%（目标6%左右）", ("gdp", "target", "2025", "growth"), (6, "about")),
])
def test_the_plan_in_brackets_after_a_result_is_last_years_target(aside, key, expected):
    fs = facts(f"一、2025年计划执行情况\n{aside}。\n二、2026年主要预期目标\n地区生产总值增长5%左右。\n", report_year=2026)
    assert val(fs, key) == expected
    assert (key[0], "actual", "2025", key[3]) in fs


@pytest.mark.parametrize("rate", ["完成率（%）", "执行进度（%）", "占年度计划（%）"])
def test_a_column_of_how_much_of_the_plan_was_met_is_no_figure(rate):
    text = ("一、2025年计划执行情况\n"
            f"| 指标 | 单位 | 2025年计划 | 2025年完成 | {rate} | 增长率（%） |\n"
            "| 地区生产总值 | 亿元 | 2550 | 2510 | 98.4 | 4.9 |\n"
            "| 一般公共预算收入 | 亿元 | 95 | 97.3 | 102.4 | 3.2 |\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "target", "2025", "level")) == (2550, "eq")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (2510, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (4.9, "eq")  # the growth column, not the rate's 98.4
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (3.2, "eq")


@pytest.mark.parametrize("title", [
    "关于2024年上半年国民经济和社会发展计划执行情况的报告",
    "关于2024年1—6月全市计划执行情况的报告",
    "2024年上半年全县预算执行情况和经济运行完成情况的报告",
])
def test_a_mid_year_execution_report_title_does_not_make_the_years_target_a_result(title):
    # the title's 执行情况/完成情况 names the report; the body's 确保全年… is still this year's target
    fs = facts(f"{title}\n——2024年7月25日在市第十七届人民代表大会常务委员会第二十次会议上\n"
               "下半年，我们将紧扣年度目标，确保全年地区生产总值增长6%左右。\n")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert ("gdp", "actual", "2023", "growth") not in fs


def test_an_execution_heading_in_the_body_still_marks_results():
    fs = facts("一、2023年计划执行情况\n主要指标完成情况：全市地区生产总值增长5.2%。\n二、2024年主要目标\n地区生产总值增长6%左右。\n",
               report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


@pytest.mark.parametrize("said", ["实施今后三年行动计划，", "制定未来三年攻坚方案。", "落实今后四年发展规划，"])
def test_a_programme_named_by_its_years_opens_no_span(said):
    # "今后三年行动计划" is a programme's name: this year's target after it stays this year's
    fs = facts(f"二、2026年工作安排\n{said}地区生产总值增长5%左右。\n", report_year=2026, region="德清县")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")


def test_the_years_ahead_still_open_a_span():
    fs = facts("二、2026年工作安排\n今后三年，地区生产总值年均增长5%左右。\n", report_year=2026, region="德清县")
    assert val(fs, ("gdp", "goal", "2026-2028", "growth")) == (5, "about")


@pytest.mark.parametrize("said", ["加强计划执行情况监测分析，", "强化目标完成情况考核，", "做好预期目标执行情况的跟踪，"])
def test_monitoring_the_plans_execution_is_no_result(said):
    fs = facts(f"二、2026年主要预期目标\n{said}地区生产总值增长6%左右。\n", report_year=2026, region="德清县")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "about")


def test_an_execution_heading_still_marks_results():
    fs = facts("一、2025年计划执行情况\n地区生产总值增长6%。\n从执行结果看，一般公共预算收入增长4%。\n",
               report_year=2026, region="德清县")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (4, "eq")


@pytest.mark.parametrize("capital,region", [("省会杭州", "浙江省"), ("省会南京", "江苏省"), ("首府南宁", "广西壮族自治区")])
def test_the_capital_in_a_provinces_report_is_a_part(capital, region):
    fs = facts(f"一、2023年工作回顾\n{capital}地区生产总值增长7%，全省地区生产总值增长6%。\n", report_year=2024, region=region)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")


@pytest.mark.parametrize("own,region", [("全市", "慈溪市"), ("我市", "慈溪市"), ("本市", "义乌市"), ("慈溪", "慈溪市"),
                                        ("湘潭县", "湘潭县"), ("吉林市", "吉林市"), ("成都", "成都市"), ("我州", "恩施土家族苗族自治州"),
                                        ("我区", "广西壮族自治区"), ("全县286家规模以上工业企业实现", "德清县")])
def test_the_reports_own_region_or_all_its_firms_keep_the_figure(own, region):
    # a county-level city's own 全市/我市, a county sharing its city's short name, all the firms
    # above the size line: none of them is a part
    fs = facts(f"一、2023年工作回顾\n{own}规模以上工业增加值增长7.2%。\n", report_year=2024, region=region)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.2, "eq")


@pytest.mark.parametrize("text,key,value", [
    ("二、2026年工作安排\n2026年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n", ("gdp", "target", "2026", "growth"), 5),
    ("二、今后五年主要目标\n2030年的主要目标是：地区生产总值突破1000亿元。\n", ("gdp", "goal", "2030", "level"), 1000),
    ("一、“十四五”时期工作回顾\n2021年地区生产总值突破1000亿元。\n", ("gdp", "actual", "2021", "level"), 1000),
    ("一、2025年工作回顾\n全年完成固定资产投资120亿元，增长8%，其中重点项目完成投资60亿元。\n",
     ("fixed_asset_investment", "actual", "2025", "level"), 120)])
def test_a_year_named_with_a_target_word_that_is_not_a_past_target(text, key, value):
    assert val(facts(text, report_year=2026, region="德清县"), key)[0] == value


@pytest.mark.parametrize("said", ["新增就业见习岗位500个", "新增就业扶贫车间10个", "新增就业公益性岗位300个", "新增就业创业服务站20个"])
def test_new_posts_or_workshops_for_jobs_are_not_new_jobs(said):
    # "新增就业见习岗位500个": traineeships or places that help people find work, counted in 个
    fs = facts(f"二、2026年主要预期目标\n城镇新增就业6000人，{said}。\n", report_year=2026, region="德清县")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (6000, "eq")
    assert len([f for f in fs.values() if f.indicator == "urban_new_jobs"]) == 1
    assert ("urban_new_jobs", "target", "2026", "level") not in facts(f"二、2026年主要预期目标\n{said}。\n", report_year=2026,
                                                                      region="德清县")


@pytest.mark.parametrize("part", ["重点行业", "六大高耗能行业", "五大主导行业", "高技术行业"])
def test_a_group_of_sectors_is_not_the_regions_industry(part):
    fs = facts(f"一、2025年工作回顾\n{part}规模以上工业增加值增长9%，全县规模以上工业增加值增长7%。\n",
               report_year=2026, region="德清县")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (7, "eq")


def test_all_sectors_are_the_regions_industry():
    fs = facts("一、2025年工作回顾\n全部行业规模以上工业增加值增长7%。\n", report_year=2026, region="德清县")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (7, "eq")


@pytest.mark.parametrize("lead,year,period", [("“十四五”收官之年，全县确定的目标为：", 2025, "2025"),
                                              ("“十三五”规划的最后一年，我们确定的目标是：", 2020, "2020"),
                                              ("“十四五”收官之年，全县确定的目标为：", 2026, "2025"),
                                              ("十三五规划的最后一年，我们确定的目标是：", 2021, "2020")])
def test_a_plans_last_year_dates_the_targets_set_for_it(lead, year, period):
    # delivered in the plan's last year, its targets are this year's; a year later, last year's
    fs = facts(f"二、{year}年工作安排\n{lead}地区生产总值增长5.5%。\n", report_year=year, region="德清县")
    assert val(fs, ("gdp", "target", period, "growth")) == (5.5, "eq")


# figures set in the review, then their results one each after 分别 (no names again)
@pytest.mark.parametrize("sentence,region,year", [
    ("年初确定的目标是生产总值增长6%、一般公共预算收入增长5%，实际分别增长6.3%和5.4%。", "洛阳市", 2024),
    ("年初县人代会确定的地区生产总值增长6%、一般公共预算收入增长5%的目标，实际分别为6.3%、5.4%。", "泗阳县", 2019),
    ("年初提出的生产总值、一般公共预算收入分别增长6%、5%的预期目标，实际分别增长6.3%、5.4%。", "德清县", 2022),
    ("市人大批准的计划目标为：地区生产总值增长6%、一般公共预算收入增长5%，预计分别增长6.3%和5.4%。", "洛阳市", 2024),
    ("我们确定了生产总值增长6%、一般公共预算收入增长5%的目标，全年分别实现6.3%和5.4%的增长。", "蠡县", 2017),
])
def test_targets_set_then_results_respectively(sentence, region, year):
    fs = facts(f"一、{year - 1}年工作回顾\n{sentence}\n二、{year}年工作安排\n今年主要预期目标：地区生产总值增长5.5%。\n",
               report_year=year, region=region)
    last = str(year - 1)
    assert val(fs, ("gdp", "target", last, "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "target", last, "growth")) == (5, "eq")
    assert val(fs, ("gdp", "actual", last, "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", last, "growth")) == (5.4, "eq")
    assert fs[("gdp", "actual", last, "growth")].quote.endswith("6.3%")


# the year's start setting the figures with no 目标/预期/计划 word ("年初确定…分别增长…，实际分别增长…"):
# the figures set are last year's targets, the results its actuals (they were read as actuals, results lost)
@pytest.mark.parametrize("sentence,region,year", [
    ("年初确定地区生产总值、一般公共预算收入分别增长6%、5%，实际分别增长6.3%、5.4%。", "株洲市", 2024),
    ("年初提出地区生产总值、一般公共预算收入分别增长6%、5%，实际分别增长6.3%和5.4%。", "宜宾市", 2019),
    ("市人代会年初安排全市地区生产总值、一般公共预算收入分别增长6%、5%，实际分别增长6.3%、5.4%。", "荆门市", 2022),
    ("省年初下达地区生产总值、一般公共预算收入分别增长6%、5%，实际分别完成6.3%、5.4%。", "临泉县", 2026),
])
def test_targets_set_at_the_years_start_then_results_respectively(sentence, region, year):
    fs = facts(f"一、{year - 1}年工作回顾\n{sentence}\n", report_year=year, region=region)
    last = str(year - 1)
    assert val(fs, ("gdp", "target", last, "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "target", last, "growth")) == (5, "eq")
    assert val(fs, ("gdp", "actual", last, "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", last, "growth")) == (5.4, "eq")


def test_targets_set_at_the_years_start_one_figure_then_its_result():
    fs = facts("一、2023年计划执行情况\n年初确定地区生产总值增长6.5%，实际增长5.1%。\n", report_year=2024, region="株洲市")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.1, "eq")


@pytest.mark.parametrize("sentence", [
    # 年初确定 of something else in the clause before; no results of the figures after
    "年初确定的重点项目全部开工，地区生产总值、一般公共预算收入分别增长6%、5%，实际分别高于全省1个、2个百分点。",
    "年初确定的民生实事全面完成，地区生产总值、一般公共预算收入分别增长6%、5%。",
])
def test_the_years_start_with_no_results_after_sets_nothing(sentence):
    fs = facts(f"一、2023年工作回顾\n{sentence}\n", report_year=2024, region="株洲市")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (5, "eq")
    assert not [f for f in fs.values() if f.role == "target"]


@pytest.mark.parametrize("sentence", [
    # three set, two results: whose they are cannot be told
    "年初确定的目标是生产总值增长6%、一般公共预算收入增长5%、固定资产投资增长10%，实际分别增长6.3%和5.4%。",
    # shares of the target met, no results of the figures
    "围绕年度目标任务，地区生产总值增长6%、一般公共预算收入增长5%，全年分别完成年度目标的105%和102%。",
])
def test_results_respectively_that_name_no_ones_figures(sentence):
    fs = facts(f"一、2023年工作回顾\n{sentence}\n", report_year=2024, region="洛阳市")
    assert not [f for f in fs.values() if f.value in (6.3, 5.4, 105, 102)]


def test_results_respectively_need_a_figure_set():
    # a plain review with 全年分别…: the changes named before are results, nothing is set
    fs = facts("一、2023年工作回顾\n地区生产总值、一般公共预算收入分别增长6.3%和5.4%，全年分别高于全省0.5和0.3个百分点。\n",
               report_year=2024, region="洛阳市")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (5.4, "eq")
    assert not [f for f in fs.values() if f.role == "target" or f.value in (0.5, 0.3)]


@pytest.mark.parametrize("printing", ["bars", "tabs"])
@pytest.mark.parametrize("head,year,span", [("规划目标", 2024, "2021-2025"), ("规划值", 2022, "2021-2025"),
                                            ("规划期末目标", 2027, "2026-2030"), ("规划目标", 2016, "2016-2020")])
def test_a_plan_tables_column_of_the_plans_goals_with_no_year(printing, head, year, span):
    # "规划目标" beside this year's target: the five-year plan's goal (the plan the year is in), not a
    # second target of the year
    rows = [("指标名称", "单位", f"{year - 1}年完成", f"{year}年目标", head, "属性"),
            ("地区生产总值增长", "%", "6.1", "6", "7", "预期性"),
            ("常住人口城镇化率", "%", "66.5", "67.5", "70", "预期性")]
    text = (f"一、{year - 1}年计划执行情况\n全年经济平稳运行。\n二、{year}年计划草案\n表1 主要指标\n"
            + _PRINTINGS[printing](rows) + "\n三、主要任务\n")
    fs = facts(text, report_year=year, region="洛阳市")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "eq")
    assert val(fs, ("gdp", "goal", span, "growth")) == (7, "eq")
    assert val(fs, ("urbanization_rate", "goal", span, "share")) == (70, "eq")
    assert val(fs, ("urbanization_rate", "actual", str(year - 1), "share")) == (66.5, "eq")


def test_a_tables_plan_target_column_with_a_year_or_a_result_is_not_the_plans_goal():
    rows = [("指标名称", "单位", "2023年计划目标", "2023年预计完成", "2024年目标"), ("地区生产总值增长", "%", "6.5", "6.1", "6")]
    fs = facts("二、2024年计划草案\n" + _PRINTINGS["bars"](rows) + "\n", report_year=2024, region="洛阳市")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.1, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "eq")
    assert not [k for k in fs if k[1] == "goal"]


@pytest.mark.parametrize("said", ["能耗双控完成省下达任务", "能耗“双控”完成上级下达目标", "能源消耗总量和强度双控完成自治区下达目标",
                                  "单位地区生产总值能耗下降完成年度目标任务", "单位生产总值能耗下降达到省考核要求"])
def test_energy_dual_control_and_yearly_tasks_are_qualitative_energy_targets(said):
    fs = facts(f"一、2023年工作回顾\n全年经济平稳运行。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，{said}。\n",
               report_year=2024, region="洛阳市")
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (None, "qualitative")


@pytest.mark.parametrize("said", ["严格落实能耗双控制度，坚决遏制“两高”项目盲目发展",
                                  "推动能耗双控逐步转向碳排放总量和强度双控，完善减污降碳激励约束政策",
                                  "统筹能耗双控指标，优先保障重大项目用能"])
def test_energy_dual_control_as_a_task_is_no_target(said):
    fs = facts(f"二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n三、重点工作\n{said}。\n",
               report_year=2024, region="洛阳市")
    assert not [k for k in fs if k[0] == "energy_intensity"]


@pytest.mark.parametrize("said,value", [("规模以上工业增加值降幅收窄，全年下降0.8%", -0.8),
                                        ("一般公共预算收入企稳向好，全年完成45.2亿元，增长3.1%", 3.1),
                                        ("一般公共预算收入降幅逐季收窄，全年下降2.6%，税收收入下降5.1%", -2.6)])
def test_a_trend_in_words_then_the_years_figure_after_quannian(said, value):
    # "降幅收窄，全年下降0.8%": the year's figure of the same name after its trend in words
    fs = facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="洛阳市")
    iid = "industrial_va" if said.startswith("规模") else "general_budget_revenue"
    assert val(fs, (iid, "actual", "2023", "growth")) == (value, "eq")


def test_quannian_wancheng_with_its_own_object_is_not_the_names_figure():
    fs = facts("一、2023年工作回顾\n一般公共预算收入企稳回升，全年完成税收收入32亿元。\n", report_year=2024, region="洛阳市")
    assert not [k for k in fs if k[0] == "general_budget_revenue"]


@pytest.mark.parametrize("said", ["全年居民消费价格涨幅与上年持平", "地区生产总值增长5.2%，增速与上年持平", "规模以上工业增加值增幅同比持平"])
def test_a_rate_level_with_last_years_is_no_change_of_zero(said):
    # "增速与上年持平": the rate equals last year's; the figure itself did change
    fs = facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="洛阳市")
    assert not [f for f in fs.values() if f.measure == "growth" and f.value == 0]


@pytest.mark.parametrize("said,iid", [("居民消费价格与上年持平", "cpi"), ("一般公共预算收入完成45.6亿元，与上年持平", "general_budget_revenue"),
                                      ("粮食总产量52.3万吨，与上年基本持平", "grain_output")])
def test_a_figure_level_with_last_years_is_a_change_of_zero(said, iid):
    fs = facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="洛阳市")
    assert val(fs, (iid, "actual", "2023", "growth")) == (0, "eq")


@pytest.mark.parametrize("said,key,value", [
    ("服务业增加值增长5.1%，占生产总值比重达到52.3%", ("tertiary_share", "actual", "2023", "share"), 52.3),
    ("第三产业增加值达到1200亿元，增长6.2%，占GDP比重为48.5%", ("tertiary_share", "actual", "2023", "share"), 48.5),
    ("全社会研发经费投入增长12.1%，占地区生产总值的比重达到2.3%", ("rnd_intensity", "actual", "2023", "share"), 2.3),
])
def test_a_flows_share_of_gdp_after_its_own_figure_is_its_ratio(said, key, value):
    fs = facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="洛阳市")
    assert val(fs, key) == (value, "eq")


@pytest.mark.parametrize("said", ["服务业增加值增长5.1%，占全省的比重为3.2%", "服务业增加值增长5.1%，对经济增长的贡献率达到60%"])
def test_a_flows_share_of_another_whole_is_not_its_ratio(said):
    fs = facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="洛阳市")
    assert val(fs, ("tertiary_industry_va", "actual", "2023", "growth")) == (5.1, "eq")
    assert not [k for k in fs if k[0] == "tertiary_share"]


def test_the_points_a_flows_share_of_gdp_moved_are_its_ratios():
    # (old20: was asserted to give no fact; by the spec's "城镇化率提高1.54个百分点" the points a share moved are the ratio's
    # pp_change, as "服务业增加值占生产总值比重提高1.2个百分点" written as one name already gave)
    fs = facts("一、2023年工作回顾\n服务业增加值增长5.1%，占生产总值比重提高1.2个百分点。\n", report_year=2024, region="洛阳市")
    assert val(fs, ("tertiary_industry_va", "actual", "2023", "growth")) == (5.1, "eq")
    assert val(fs, ("tertiary_share", "actual", "2023", "pp_change")) == (1.2, "eq")


@pytest.mark.parametrize("said,key,value", [
    ("地区生产总值增速回落至4.5%", ("gdp", "actual", "2023", "growth"), 4.5),
    ("居民消费价格涨幅由上年的2.1%回落到0.2%", ("cpi", "actual", "2023", "growth"), 0.2),
    ("规模以上工业增加值增速放缓至3.8%", ("industrial_va", "actual", "2023", "growth"), 3.8),
    ("固定资产投资增速提高到8.2%", ("fixed_asset_investment", "actual", "2023", "growth"), 8.2),
    ("进出口降幅收窄到3.3%", ("foreign_trade", "actual", "2023", "growth"), -3.3),
    ("居民消费价格跌幅收窄至0.1%", ("cpi", "actual", "2023", "growth"), -0.1),
    ("居民消费价格跌幅为0.3%", ("cpi", "actual", "2023", "growth"), -0.3),
    ("常住人口城镇化率提高到61.5%", ("urbanization_rate", "actual", "2023", "share"), 61.5),
])
def test_a_rate_that_slowed_to_a_figure_is_that_rate(said, key, value):
    # "增速回落至4.5%": the economy grew 4.5% (slower than before), it did not shrink; a 降幅/跌幅
    # is a fall however it narrowed
    fs = facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="洛阳市")
    assert val(fs, key) == (value, "eq")


@pytest.mark.parametrize("printing", ["bars", "tabs"])
def test_a_rate_of_fall_row_in_a_plan_table(printing):
    rows = [("指标名称", "单位", "2023年完成", "2024年目标"), ("单位地区生产总值能耗降低率", "%", "3.5", "3.2")]
    fs = facts("二、2024年计划草案\n" + _PRINTINGS[printing](rows) + "\n", report_year=2024, region="洛阳市")
    assert val(fs, ("energy_intensity", "actual", "2023", "growth")) == (-3.5, "eq")
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (-3.2, "eq")


@pytest.mark.parametrize("other,region", [("呼市", "内蒙古自治区"), ("锡盟", "内蒙古自治区"), ("阿盟", "内蒙古自治区"),
                                          ("乌市", "新疆维吾尔自治区"), ("巴州", "新疆维吾尔自治区"), ("哈市", "黑龙江省"),
                                          ("齐市", "黑龙江省"), ("呼市", "托克托县"), ("锡盟", "锡林浩特市"), ("巴州", "库尔勒市"),
                                          ("乌市", "昌吉回族自治州")])
def test_another_regions_abbreviation_is_not_the_headline(other, region):
    # 锡盟, 呼市, 巴州: the one-character abbreviations of long names, for a region of the province
    text = f"一、2023年工作回顾\n{other}地区生产总值增长8.1%。全年地区生产总值增长5.3%。\n"
    fs = facts(text, report_year=2024, region=region)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.3, "eq")


@pytest.mark.parametrize("own,region", [("锡盟", "锡林郭勒盟"), ("呼市", "呼和浩特市"), ("巴州", "巴音郭楞蒙古自治州"),
                                        ("乌市", "乌鲁木齐市"), ("阿盟", "阿拉善盟")])
def test_the_regions_own_abbreviation_is_the_headline(own, region):
    fs = facts(f"一、2023年工作回顾\n{own}地区生产总值增长8.1%。\n", report_year=2024, region=region)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (8.1, "eq")


def test_abbreviations_of_long_names():
    from planwatch.regions import abbreviation

    assert [abbreviation(n) for n in ("锡林郭勒盟", "阿拉善盟", "呼和浩特市", "巴音郭楞蒙古自治州", "克孜勒苏柯尔克孜自治州")] \
        == ["锡盟", "阿盟", "呼市", "巴州", "克州"]
    # short names need none; a numeral first counts cities ("三市")
    assert [abbreviation(n) for n in ("兴安盟", "包头市", "伊犁哈萨克自治州", "内蒙古自治区", "三门峡市", "泗阳县")] == [None] * 6


_DECEMBER = ("关于2023年计划执行情况与2024年计划草案的报告\n——2023年12月20日在洛阳市第十七届人民代表大会常务委员会第五次会议上\n"
             "一、2023年计划执行情况\n{}\n二、2024年计划草案\n今年主要预期目标：地区生产总值增长6%左右。\n")


@pytest.mark.parametrize("said,iid,value,qual", [
    ("前三季度，规上工业增加值增长7.3%，预计全年增长7%左右。", "industrial_va", 7, "about"),
    ("1-11月，固定资产投资增长5.1%，预计全年增长5%。", "fixed_asset_investment", 5, "eq"),
    ("上半年，社会消费品零售总额增长4.2%，预计完成5%左右。", "retail_sales", 5, "about"),
])
def test_a_plan_reports_estimate_for_the_year_after_a_part_of_it(said, iid, value, qual):
    # the part of the year is no year's figure; the estimate for the whole year after it, its name
    # left out, is the year's result
    fs = facts(_DECEMBER.format(said), report_year=2024, region="洛阳市")
    assert val(fs, (iid, "actual", "2023", "growth")) == (value, qual)
    assert len([k for k in fs if k[0] == iid]) == 1


@pytest.mark.parametrize("said,iid,target,result", [
    ("规模以上工业增加值计划增长8%，预计完成8.5%。", "industrial_va", 8, 8.5),
    ("固定资产投资年初目标增长10%，预计全年增长10.5%。", "fixed_asset_investment", 10, 10.5),
])
def test_a_figure_planned_then_its_estimated_result(said, iid, target, result):
    fs = facts(_DECEMBER.format(said), report_year=2024, region="洛阳市")
    assert val(fs, (iid, "target", "2023", "growth")) == (target, "eq")
    assert val(fs, (iid, "actual", "2023", "growth")) == (result, "eq")


@pytest.mark.parametrize("item,key,value", [
    ("1.地区生产总值。年度目标为增长6%左右，预计增长6.2%左右。", ("gdp", "actual", "2023", "growth"), (6.2, "about")),
    ("1.地区生产总值。年度目标为增长6%左右，预计增长6.2%左右。", ("gdp", "target", "2023", "growth"), (6, "about")),
    ("（一）经济增长。年初预期目标为6%左右，预计全年增长5.6%。", ("gdp", "actual", "2023", "growth"), (5.6, "eq")),
    ("2．居民消费价格。预期目标为3%左右，实际上涨0.3%。", ("cpi", "target", "2023", "growth"), (3, "about")),
    ("2．居民消费价格。预期目标为3%左右，实际上涨0.3%。", ("cpi", "actual", "2023", "growth"), (0.3, "eq")),
    ("（二）固定资产投资。全年增长5.3%，其中工业投资增长12%。", ("fixed_asset_investment", "actual", "2023", "growth"), (5.3, "eq")),
])
def test_an_items_name_heading_its_figures(item, key, value):
    # a plan report's execution part, one item an indicator: "1.地区生产总值。" heads the figures
    text = ("关于2023年计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n" + item +
            "\n二、2024年计划草案\n今年主要预期目标：地区生产总值增长6%左右。\n")
    fs = facts(text, report_year=2024, region="洛阳市")
    assert val(fs, key) == value


def test_an_items_name_heading_another_subjects_figures():
    text = "一、2023年计划执行情况\n（一）固定资产投资。房地产开发投资下降5%，民间投资增长2%。\n"
    fs = facts(text, report_year=2024, region="洛阳市")
    assert not [k for k in fs if k[0] == "fixed_asset_investment"]


@pytest.mark.parametrize("said,iid,result,target", [
    ("城镇新增就业5.2万人，超额完成4.5万人的年度目标", "urban_new_jobs", 5.2, 4.5),
    ("预计全年城镇新增就业1.3万人，超额完成1.2万人的年度目标任务", "urban_new_jobs", 1.3, 1.2),
])
def test_a_result_then_the_target_it_beat(said, iid, result, target):
    fs = facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="洛阳市")
    assert val(fs, (iid, "actual", "2023", "level")) == (result, "eq")
    assert val(fs, (iid, "target", "2023", "level")) == (target, "eq")


@pytest.mark.parametrize("said,iid,value,qual,part", [
    ("（二）固定资产投资。前三季度增长12.1%，预计全年增长10%左右。", "fixed_asset_investment", 10, "about", 12.1),
    ("规上工业增加值前三季度增长7.3%，预计全年增长7%左右。", "industrial_va", 7, "about", 7.3),
    ("全年地区生产总值增长6.1%，其中四季度增长6.5%。", "gdp", 6.1, "eq", 6.5),
])
def test_a_part_of_the_year_between_the_name_and_its_figure(said, iid, value, qual, part):
    fs = facts(_DECEMBER.format(said), report_year=2024, region="洛阳市")
    assert val(fs, (iid, "actual", "2023", "growth")) == (value, qual)
    assert not [f for f in fs.values() if f.value == part]


def test_a_price_target_then_its_estimated_rise():
    fs = facts(_DECEMBER.format("（三）居民消费价格。预期目标为3%左右，预计上涨0.5%。"), report_year=2024, region="洛阳市")
    assert val(fs, ("cpi", "target", "2023", "growth")) == (3, "about")
    assert val(fs, ("cpi", "actual", "2023", "growth")) == (0.5, "eq")


def test_a_milestone_of_an_order_of_magnitude_written_with_ji():
    fs = facts("一、2023年工作回顾\n地区生产总值迈上千亿级台阶。\n", report_year=2024, region="洛阳市")
    f = fs[("gdp", "actual", "2023", "level")]
    assert (f.value, f.unit, f.qualifier) == (1000, "亿元", "at_least")  # (the spec's unit: decision 572)
    # a scale that names a kind of cluster is no level
    fs = facts("二、2024年工作安排\n规上工业增加值增长8%，打造千亿级产业集群。\n", report_year=2024, region="洛阳市")
    assert not [k for k in fs if k[3] == "level"]


@pytest.mark.parametrize("said", ["全市地区生产总值增长6.3%，比年初确定的6%目标高0.3个百分点。",
                                  "全市地区生产总值增长6.3%，较年初确定的6%目标高出0.3个百分点。"])
def test_last_years_target_restated_in_a_comparison_after_the_result(said):
    fs = facts(f"一、2023年工作回顾\n{said}\n", report_year=2024, region="洛阳市")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.3, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert not [f for f in fs.values() if f.value == 0.3]


def test_energy_total_and_intensity_named_together():
    head = "一、2023年工作回顾\n全年平稳。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，"
    fs = facts(head + "能源消费总量和强度完成省下达的“双控”目标。\n", report_year=2024, region="洛阳市")
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (None, "qualitative")
    # with 分别, the second value is the intensity's
    fs = facts(head + "能源消费总量和强度分别下降2%和3%。\n", report_year=2024, region="洛阳市")
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (-3, "eq")


def test_figures_set_and_their_results_in_a_december_plan_report_are_of_the_year_it_closes():
    fs = facts(_DECEMBER.format("今年计划目标为地区生产总值增长6%、固定资产投资增长8%，预计分别增长6.2%、8.5%。"),
               report_year=2024, region="洛阳市")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (8.5, "eq")
    assert not [k for k in fs if k[1] == "actual" and k[2] == "2024"]


def test_a_qualifier_inside_a_list_is_its_own_values_alone():
    # the one after the last value of a list is the list's (gold: "分别增长8.5%和9.3%左右"); one on a value
    # inside it is that value's: "分别增长6%、8%以上和10%"
    fs = facts("二、2024年工作安排\n今年主要预期目标是：地区生产总值、规模以上工业增加值、固定资产投资分别增长6%、8%以上和10%；"
               "城乡居民收入分别增长6.5%和8%左右。\n", report_year=2024, region="洛阳市")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (8, "at_least")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (10, "eq")
    assert val(fs, ("urban_disposable_income", "target", "2024", "growth")) == (6.5, "about")


@pytest.mark.parametrize("said,value", [("居民消费价格回落至1.2%", 1.2), ("居民消费价格总水平回升至2.1%", 2.1),
                                        ("居民消费价格指数回落到101.2", 1.2), ("居民消费价格下降0.3%", -0.3)])
def test_a_price_index_that_moved_to_a_rate(said, value):
    # a price index's figure is itself a rate: "回落至1.2%" is a rise of 1.2%, slower than before
    fs = facts(f"一、2023年工作回顾\n{said}。\n", report_year=2024, region="洛阳市")
    assert val(fs, ("cpi", "actual", "2023", "growth")) == (value, "eq")


def test_quannian_wancheng_of_another_object_with_the_names_word_is_not_its_figure():
    # "全年完成重点项目投资300亿元" names its own object (投资 of the key projects), not the region's
    fs = facts("一、2023年工作回顾\n固定资产投资增长8%，全年完成重点项目投资300亿元。\n", report_year=2024, region="洛阳市")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (8, "eq")
    assert ("fixed_asset_investment", "actual", "2023", "level") not in fs


def test_a_count_planned_then_the_years_figure():
    fs = facts("一、2023年工作回顾\n年初计划城镇新增就业1万人，全年完成1.2万人。\n", report_year=2024, region="洛阳市")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (1, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (1.2, "eq")


@pytest.mark.parametrize("said,iid", [("固定资产投资增长8%，预计完成重点项目投资300亿元。", "fixed_asset_investment"),
                                      ("规上工业增加值增长7%，预计实现利润总额52亿元。", "industrial_va"),
                                      ("社会消费品零售总额增长6%，预计全年网络零售额突破80亿元。", "retail_sales")])
def test_an_estimate_of_another_object_is_not_the_names_figure(said, iid):
    fs = facts(_DECEMBER.format(said), report_year=2024, region="洛阳市")
    assert (iid, "actual", "2023", "level") not in fs


# the level of energy per 万元 of output, in 吨标准煤 (or 吨标煤), with or without "/万元"
@pytest.mark.parametrize("text,key,want", [
    ("一、2023年工作回顾\n万元GDP能耗下降至0.45吨标准煤。", ("energy_intensity", "actual", "2023", "level"), (0.45, "eq")),
    ("一、2023年工作回顾\n单位地区生产总值能耗降至0.52吨标准煤/万元。", ("energy_intensity", "actual", "2023", "level"), (0.52, "eq")),
    ("二、2024年主要预期目标\n万元地区生产总值能耗控制在0.6吨标煤以内。", ("energy_intensity", "target", "2024", "level"), (0.6, "at_most")),
    ("一、2023年工作回顾\n万元GDP能耗下降3.2%，降至0.45吨标准煤。", ("energy_intensity", "actual", "2023", "level"), (0.45, "eq")),
    ("一、2023年工作回顾\n万元GDP能耗下降3.2%，降至0.45吨标准煤。", ("energy_intensity", "actual", "2023", "growth"), (-3.2, "eq")),
])
def test_energy_intensity_level_in_tons_of_standard_coal(text, key, want):
    fs = facts(text, region="株洲市", report_year=2024)
    assert val(fs, key) == want


def test_an_energy_total_in_ten_thousand_tons_of_coal_is_not_the_intensity():
    fs = facts("一、2023年工作回顾\n全社会能源消费总量1200万吨标准煤，万元GDP能耗下降3.2%。", region="株洲市", report_year=2024)
    assert [k for k in fs if k[0] == "energy_intensity"] == [("energy_intensity", "actual", "2023", "growth")]


# 分别 gives one value to each name: one amount after it for several names is no name's (its second lost); one growth
# rate after it is each one's, as after 均 (decision 211: tests/test_lft40.py)
@pytest.mark.parametrize("said", ["城乡居民人均可支配收入分别突破5万元。", "城乡居民人均可支配收入分别达到4.8万元。"])
def test_one_value_after_fenbie_for_several_names_gives_none(said):
    fs = facts("一、2023年工作回顾\n" + said, region="株洲市", report_year=2024)
    assert not fs, sorted(fs)


@pytest.mark.parametrize("said, keys", [
    ("城乡居民人均可支配收入分别增长5%和7.5%。", {("urban_disposable_income", "actual", "2023", "growth"): (5, "eq"),
                                              ("rural_disposable_income", "actual", "2023", "growth"): (7.5, "eq")}),
    ("城乡居民人均可支配收入分别达到52000元、26000元。", {("urban_disposable_income", "actual", "2023", "level"): (52000, "eq"),
                                                  ("rural_disposable_income", "actual", "2023", "level"): (26000, "eq")}),
    ("城乡居民人均可支配收入均增长7%。", {("urban_disposable_income", "actual", "2023", "growth"): (7, "eq"),
                                    ("rural_disposable_income", "actual", "2023", "growth"): (7, "eq")}),    # (a 分别 before the levels is theirs: the growth after them is both names')
    ("城乡居民人均可支配收入分别达到5.2万元和2.6万元，均增长6%。", {("urban_disposable_income", "actual", "2023", "growth"): (6, "eq"),
                                                       ("rural_disposable_income", "actual", "2023", "growth"): (6, "eq"),
                                                       ("rural_disposable_income", "actual", "2023", "level"): (2.6, "eq")}),
    ("城乡居民人均可支配收入分别达到52000元、26000元，同比增长6.2%。", {("urban_disposable_income", "actual", "2023", "growth"): (6.2, "eq"),
                                                           ("rural_disposable_income", "actual", "2023", "growth"): (6.2, "eq")}),
])
def test_as_many_values_as_names_or_one_for_all_without_fenbie(said, keys):
    fs = facts("一、2023年工作回顾\n" + said, region="株洲市", report_year=2024)
    assert {k: val(fs, k) for k in keys} == keys
