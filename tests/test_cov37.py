"""cov37, reports of the pandemic years 2020–2023 (blind): a part of the year named after the year's figure as its
contrast, the years of an epidemic average named before it with the name left out, such an average as an aside that
dates no later sentence, and market entities helped or kept through the epidemic (decision 168)."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py
from taskdoc import pledges  # tests/taskdoc.py

REV20 = "宁都县人民政府工作报告\n——2021年1月15日在宁都县第十八届人民代表大会第六次会议上\n一、2020年工作回顾\n"
REV22 = "钦州市人民政府工作报告\n——2023年1月8日在钦州市第五届人民代表大会第三次会议上\n一、2022年工作回顾\n"


@pytest.mark.parametrize("sentence", [
    # ；-items after the contrast
    "全年社会消费品零售总额增长1.6%，一季度下降21.3%的被动局面彻底扭转；一般公共预算收入12.4亿元，增长3.2%；"
    "农村居民人均可支配收入14120元，增长7.9%。",
    # a comma before the next name, the contrast written as 一度
    "全县生产总值增长3.9%，一季度一度下降16.8%，一般公共预算收入12.4亿元，增长3.2%，农村居民人均可支配收入14120元，增长7.9%。",
    # two parts of the year, the first after the year's figure
    "规模以上工业增加值增长4.4%，其中一季度下降14.2%、上半年下降2.1%；一般公共预算收入12.4亿元，增长3.2%；"
    "农村居民人均可支配收入14120元，增长7.9%。",
])
def test_part_of_year_after_the_years_figure_is_its_contrast(sentence):
    fs = facts(REV20 + sentence + "\n")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "level")) == (12.4, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "growth")) == (3.2, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2020", "growth")) == (7.9, "eq")


@pytest.mark.parametrize("sentence", [
    "一季度，全县生产总值下降18.6%；一般公共预算收入下降12.1%。",
    "受疫情冲击，一季度全县生产总值下降18.6%，一般公共预算收入下降12.1%。",
    "全年生产总值增长3.9%，一季度下降18.6%；上半年，一般公共预算收入下降12.1%；固定资产投资下降9.5%。",
    "上半年生产总值增长1.2%，一季度下降18.6%，一般公共预算收入下降12.1%。",
])
def test_part_of_year_opening_its_item_still_times_it(sentence):
    fs = facts(REV20 + sentence + "\n")
    assert ("general_budget_revenue", "actual", "2020", "growth") not in fs
    assert ("fixed_asset_investment", "actual", "2020", "growth") not in fs


@pytest.mark.parametrize("sentence, span", [
    ("全市地区生产总值1402.6亿元，增长2.7%，低于年初预期目标；2020—2022年三年平均增长4.6%。", "2020-2022"),
    ("全市地区生产总值1402.6亿元，增长2.7%；2021—2022年两年平均增长4.6%。", "2021-2022"),
    ("全市地区生产总值1402.6亿元，增长2.7%；2020-2022年年均增长4.6%。", "2020-2022"),
])
def test_years_of_an_average_named_with_the_name_left_out(sentence, span):
    fs = facts(REV22 + sentence + "规模以上工业增加值下降1.8%，固定资产投资增长6.1%。\n")
    assert val(fs, ("gdp", "actual", span, "growth")) == (4.6, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (2.7, "eq")
    # the average is an aside to the year's figure: the next sentence is the year's
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (-1.8, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "growth")) == (6.1, "eq")
    assert ("industrial_va", "actual", span, "growth") not in fs


def test_a_line_opening_on_the_span_still_dates_the_sentences_after():
    fs = facts(REV22 + "三年来，全市地区生产总值年均增长4.6%，2022年达到1402.6亿元。规模以上工业增加值年均增长6.3%。\n")
    assert val(fs, ("gdp", "actual", "2020-2022", "growth")) == (4.6, "eq")
    assert val(fs, ("industrial_va", "actual", "2020-2022", "growth")) == (6.3, "eq")


@pytest.mark.parametrize("sentence", [
    "发放市场主体纾困补贴3600万元，为2100户个体工商户减免房租1400万元。",
    "全年累计帮扶市场主体2.8万户，落实减税降费5.6亿元。",
    "（三）全力稳住市场主体。落实落细助企纾困政策。",
    "出台稳市场主体12条，惠及中小微企业1.5万家。",
])
def test_market_entities_helped_or_kept_are_no_count(sentence):
    fs = facts(REV22 + sentence + "\n")
    assert not any(k[0] == "market_entities" for k in fs), sorted(fs)


def test_keeping_market_entities_is_no_target():
    fs = facts("吉安市人民政府工作报告\n——2021年1月20日在吉安市第四届人民代表大会第六次会议上\n二、2021年重点工作\n"
               "（三）全力稳定市场主体。继续落实减税降费政策，帮扶市场主体渡过难关。\n")
    assert not any(k[0] == "market_entities" for k in fs), sorted(fs)


def test_market_entities_stock_still_read():
    fs = facts(REV22 + "全市市场主体达到21.6万户，增长9.2%，全年新增市场主体3.1万户。\n")
    assert val(fs, ("market_entities", "actual", "2022", "level")) == (21.6, "eq")
    assert val(fs, ("market_entities", "actual", "2022", "growth")) == (9.2, "eq")


@pytest.mark.parametrize("sentence", [
    "4月份受疫情影响，规模以上工业增加值下降18.4%，全年增长2.6%。",
    "5月份，因本轮疫情影响，全市规模以上工业增加值下降21.7%；全年规模以上工业增加值增长2.6%。",
])
def test_a_month_with_its_cause_before_the_figure_is_no_year(sentence):
    fs = facts(REV22 + sentence + "\n")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (2.6, "eq")


def test_a_month_in_a_name_dates_nothing():
    fs = facts(REV22 + "我市3月份受疫情影响较大的住宿餐饮业加快恢复，全年地区生产总值增长3.2%。\n")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (3.2, "eq")


@pytest.mark.parametrize("body, want", [
    ("全面落实助企纾困政策，发放一次性留工培训补助3000万元。", ("发放", "一次性留工培训补助", 3000, "万元")),
    ("发放稳岗返还和留工培训补助5000万元，帮助企业稳定岗位。", ("发放", "稳岗返还和留工培训补助", 5000, "万元")),
    ("全年新增减税降费和退税缓税缓费12亿元以上。", ("新增", "减税降费和退税缓税缓费", 12, "亿元")),
])
def test_epidemic_reliefs_named_whole(body, want):
    assert want in pledges(body)


def test_a_training_still_acts():
    assert ("开展", "职业技能培训", 2, "万人次") in pledges("开展职业技能培训2万人次，发放职业技能培训补贴2000万元。")


REV21 = ("宜春市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n——2022年1月10日在宜春市第五届人民代表大会第七次会议上\n"
         "一、2021年计划执行情况\n")


@pytest.mark.parametrize("item, key, value", [
    ("（三）固定资产投资。增长6.5%，比2019年增长12.4%。", "fixed_asset_investment", 12.4),
    ("3.进出口总额。完成811.4亿元，增长40.5%，较2019年增长52.8%。", "foreign_trade", 52.8),
])
def test_an_item_headed_by_its_name_keeps_the_base_of_its_figure(item, key, value):
    fs = facts(REV21 + "（一）地区生产总值。增长8.3%，两年平均增长5.6%。\n" + item + "\n")
    assert val(fs, (key, "actual", "2020-2021", "growth")) == (value, "eq")
    assert ("gdp", "actual", "2020-2021", "growth") in fs
    assert fs[(key, "actual", "2021", "growth")].value != value
