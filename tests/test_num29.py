"""Session 29 num29: figures written outside clean digits in city, county and provincial reports (2016–2025), blind:
numerals with 余/多, a bare order after a bound (近万人), hundreds and thousands as words after digits in task
parts (6千人), a milestone run whose first item leaves out its unit's tail (5万亿、6万亿元), 翻一番 over five years."""
from __future__ import annotations

import pytest

from factkeys import facts, val
from taskdoc import pledges, task_doc

HEAD = "某某市政府工作报告\n——2024年1月10日在某某市第十届人民代表大会第三次会议上\n一、2023年工作回顾\n"
PROV = "某某省政府工作报告\n——2023年1月14日在某某省第十四届人民代表大会第一次会议上\n一、过去五年工作回顾\n"


# Chinese numerals, then 余 or 多, then the unit: more than the number, as "400余亿元" is
@pytest.mark.parametrize("body, key, want", [
    ("全年接待游客一千二百余万人次，实现旅游总收入一百三十五亿元。", ("tourist_visits", "actual", "2023", "level"), (1200, "at_least")),
    ("全年实现旅游综合收入三百多亿元，增长百分之十二。", ("tourism_revenue", "actual", "2023", "level"), (300, "at_least")),
    ("全年城镇新增就业二万余人，城镇登记失业率为百分之三点一。", ("urban_new_jobs", "actual", "2023", "level"), (20000, "at_least")),
])
def test_numerals_with_more(body, key, want):
    fs = facts(HEAD + body)
    f = fs[key]
    assert (f.value * (10000 if f.unit == "万人" else 1), f.qualifier) == want


# a bound, then one unit of an order with no digit written: one of that order, qualified by the bound
@pytest.mark.parametrize("body, key, want", [
    ("全年农村劳动力转移就业近万人，城镇新增就业5600人。", ("rural_labor_transfer", "actual", "2023", "level"), (1, "万人", "about")),
    ("高新技术企业总数超千家，科技型中小企业达到2300家。", ("high_tech_enterprises", "actual", "2023", "level"), (1000, "家", "at_least")),
    ("市场主体总量逾万户，较上年增长9%。", ("market_entities", "actual", "2023", "level"), (1, "万户", "at_least")),
])
def test_bare_order_after_a_bound(body, key, want):
    f = facts(HEAD + body)[key]
    assert (f.value, f.unit, f.qualifier) == want


def test_bare_order_after_a_change_is_no_level():
    fs = facts(HEAD + "全市常住人口增加近万人，城镇化率达到61.2%。")
    assert ("population", "actual", "2023", "level") not in fs
    assert val(fs, ("urbanization_rate", "actual", "2023", "share")) == (61.2, "eq")


# task parts: digits, then 千 or 百 as a word, then the unit ("6千人" is 6000 人)
@pytest.mark.parametrize("body, want", [
    ("城镇新增就业5千人以上，新建幼儿园3所。", ("新增", "城镇新增就业", 5000, "人")),
    ("新建公共停车位3千个，新改建公厕40座。", ("新建", "公共停车位", 3000, "个")),
    ("改造城镇老旧小区1百余个，惠及群众2万户。", ("改造", "城镇老旧小区", 100, "个")),
])
def test_pledge_digits_then_thousands_word(body, want):
    assert want in pledges(body)


# task parts: a bound, then one unit of an order, closing its clause ("近万个")
def test_pledge_bare_order_after_a_bound():
    got = pledges("新增城镇就业岗位近万个，新建幼儿园3所。")
    assert ("新增", "城镇就业岗位", 1, "万个") in got
    doc = task_doc("培育规上工业企业逾千家，新建5G基站800个。")
    p = next(p for p in doc.pledges if p.object == "规上工业企业")
    assert (p.value, p.unit, p.qualifier) == (1000, "家", "at_least")


def test_pledge_bare_order_inside_a_clause_is_no_count():
    # ("吸引近万人参加": the people who come, no count pledged; the clause goes on after the figure)
    assert not any(v in (1, 10000) for _, _, v, _ in pledges("举办招聘活动20场，吸引近万人参加。"))


# a run of milestones whose first item leaves out the unit's word after its order: the last passed, which the
# level stated later replaces
@pytest.mark.parametrize("body, want", [
    ("过去五年，全省经济总量先后跨越4万亿、5万亿元两个台阶，2022年地区生产总值达到5.2万亿元，年均增长6%。", (5.2, "万亿元", "eq")),
    ("过去五年，全省经济总量先后迈上3万亿、4万亿元台阶。", (4, "万亿元", "at_least")),
])
def test_milestone_run_shares_its_unit(body, want):
    f = facts(PROV + body)[("gdp", "actual", "2022", "level")]
    assert (f.value, f.unit, f.qualifier) == want


def test_run_shares_unit_after_order_in_each():
    fs = facts(HEAD + "2022年和2023年，全市城镇新增就业分别为3万、3.5万人。")
    assert fs[("urban_new_jobs", "actual", "2022", "level")].value == 3
    assert fs[("urban_new_jobs", "actual", "2022", "level")].unit == "万人"
    assert fs[("urban_new_jobs", "actual", "2023", "level")].value == 3.5


# 翻一番 right after 五年 in a review: over the five years, as "五年增长4倍" is
@pytest.mark.parametrize("body, key", [
    ("全市旅游总收入五年翻一番，达到86亿元。", ("tourism_revenue", "actual", "2019-2023", "growth")),
    ("过去五年，高新技术企业数量五年翻了一番，达到420家。", ("high_tech_enterprises", "actual", "2019-2023", "growth")),
])
def test_doubling_over_five_years(body, key):
    fs = facts(HEAD.replace("一、2023年工作回顾", "一、过去五年工作回顾") + body)
    assert val(fs, key) == (100, "eq")


# digits, then 百 or 千 as a word, then 余/多, then the unit: the facts read it as the pledges do
@pytest.mark.parametrize("body, key, want", [
    ("高新技术企业达到4百余家，科技型中小企业1200家。", ("high_tech_enterprises", "actual", "2023", "level"), (400, "家", "at_least")),
    ("全年实际利用外资3千余万美元，增长12%。", ("fdi", "actual", "2023", "level"), (3000, "万美元", "at_least")),
])
def test_digits_thousands_word_then_more(body, key, want):
    f = facts(HEAD + body)[key]
    assert (f.value, f.unit, f.qualifier) == want


# a bare order closing the clause, the unit's word left out: 万亿 too ("1.2万亿"), and after numerals ("三千五百亿");
# in the name's own unit, or in 亿元 where the name has no 万亿元
@pytest.mark.parametrize("body, key, want", [
    ("全市金融机构本外币存款余额1.3万亿，增长8.2%。", ("deposit_balance", "actual", "2023", "level"), (1.3, "万亿元")),
    ("全市地区生产总值四千二百亿，增长百分之五点五。", ("gdp", "actual", "2023", "level"), (4200, "亿元")),
    ("全市固定资产投资完成1.1万亿，增长4%。", ("fixed_asset_investment", "actual", "2023", "level"), (11000, "亿元")),
    ("全年接待游客三千六百万，旅游收入增长15%。", ("tourist_visits", "actual", "2023", "level"), (3600, "万人次")),
])
def test_bare_order_closing_the_clause(body, key, want):
    f = facts(HEAD + body)[key]
    assert (f.value, f.unit) == want


def test_bare_order_inside_a_clause_is_no_figure():
    # (a numeral and its order going on into a word: no figure of the name)
    fs = facts(HEAD + "全市地区生产总值增长百分之六，惠及亿万群众的民生工程加快推进。")
    assert ("gdp", "actual", "2023", "level") not in fs
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")
