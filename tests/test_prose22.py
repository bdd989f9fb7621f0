"""Session prose22: review and target paragraphs written in varied prose (a reason, a condition or a concession
between a name and its figure, words of emphasis, a figure before its name, a part's look-alike figure)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2020年工作回顾\n"


def _review(sent: str):
    return facts(REVIEW + sent + "\n", report_year=2021, region="嘉兴市", level="prefecture")


# a condition, a reason or a concession (no figure in it) between the name, or its figure, and the figure's change
@pytest.mark.parametrize("sent,iid,measure,value", [
    ("全市地区生产总值，在上年高基数基础上，增长6.1%。", "gdp", "growth", 6.1),
    ("全市地区生产总值，在上年高基数基础上，增长3.5%，总量达到5509.5亿元。", "gdp", "level", 5509.5),
    ("外贸进出口总额771.4亿元，受电子产品出口下滑影响，下降15.2%。", "foreign_trade", "growth", -15.2),
    ("规模以上工业增加值，在原材料大幅涨价的不利形势下，增长10.2%。", "industrial_va", "growth", 10.2),
    ("规模以上工业增加值，受白酒行业深度调整影响，增速回落至4.8%，但仍高于全省平均水平。", "industrial_va", "growth", 4.8),
    ("全社会固定资产投资，尽管受疫情冲击较大，但仍增长6.8%。", "fixed_asset_investment", "growth", 6.8),
    ("社会消费品零售总额，克服疫情反复带来的不利影响，增长3.2%。", "retail_sales", "growth", 3.2),
])
def test_an_aside_between_a_name_and_its_change(sent, iid, measure, value):
    fs = _review(sent)
    assert val(fs, (iid, "actual", "2020", measure)) == (value, "eq")


# words of emphasis or concession before the figure's own clause
@pytest.mark.parametrize("sent,iid,measure,value", [
    ("地区生产总值235亿元，仅增长1.2%。", "gdp", "growth", 1.2),
    ("规模以上工业增加值受部分企业停产影响，仅增长2.1%。", "industrial_va", "growth", 2.1),
    ("固定资产投资尽管受疫情冲击较大，但仍增长6.8%，其中工业投资增长12.4%。", "fixed_asset_investment", "growth", 6.8),
    ("居民消费价格总水平基本稳定，仅上涨0.2%。", "cpi", "growth", 0.2),
    ("规模以上工业增加值，高达11.5%的增速。", "industrial_va", "growth", 11.5),
    ("规模以上工业增加值，在原材料大幅涨价的不利形势下，依然实现了10.2%的增长。", "industrial_va", "growth", 10.2),
])
def test_emphasis_before_the_figures_clause(sent, iid, measure, value):
    fs = _review(sent)
    assert val(fs, (iid, "actual", "2020", measure)) == (value, "eq")


# look-alikes: another name after the aside or the emphasis opens a clause of its own
@pytest.mark.parametrize("sent,iid,other,ovalue", [
    ("规模以上工业增加值增长5%，受疫情影响，旅游总收入下降20%。", "industrial_va", "tourism_revenue", -20),
    ("固定资产投资增长6%，但工业投资下降3%。", "fixed_asset_investment", "industrial_investment", -3),
    ("地区生产总值增长5%，在疫情冲击下，社会消费品零售总额下降2.6%。", "gdp", "retail_sales", -2.6),
])
def test_another_name_after_an_aside_keeps_its_figure(sent, iid, other, ovalue):
    fs = _review(sent)
    assert len([k for k in fs if k[0] == iid and k[3] == "growth"]) == 1
    assert val(fs, (other, "actual", "2020", "growth")) == (ovalue, "eq")


def test_an_aside_with_no_figure_after_it_ends_the_figure():
    fs = _review("地区生产总值增长5%，在全省排名靠后，尽管如此，发展基础依然稳固，新增市场主体1.2万户。")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (5, "eq")
    assert not [k for k in fs if k[0] == "gdp" and k[3] != "growth"]


# an amount written before its name and 的, after the verb of a result: the name's level
@pytest.mark.parametrize("sent,iid,value,unit", [
    ("初步核算，实现4606.2亿元的地区生产总值，按可比价计算增长4.5%。", "gdp", 4606.2, "亿元"),
    ("全年完成312亿元的固定资产投资。", "fixed_asset_investment", 312, "亿元"),
])
def test_an_amount_before_its_name(sent, iid, value, unit):
    fs = _review(sent)
    f = fs[(iid, "actual", "2020", "level")]
    assert (f.value, f.unit, f.qualifier) == (value, unit, "eq")


def test_the_change_after_an_amount_before_its_name_is_kept():
    fs = _review("初步核算，实现4606.2亿元的地区生产总值，按可比价计算增长4.5%。")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (4.5, "eq")


@pytest.mark.parametrize("sent", [
    "全年完成了年初确定的300亿元的固定资产投资目标。",  # a target named after the name
    "比上年增加63.8亿元的地区生产总值来自工业。",  # an increase, no result's verb
    "占全省12%的地区生产总值来自工业。",  # a share of the larger whole
])
def test_no_level_from_an_amount_before_a_name_otherwise(sent):
    fs = _review(sent)
    assert not [k for k in fs if k[3] == "level" and k[1] == "actual"]


# a broader statistic (全部工业增加值, a bare 工业增加值) yields to the indicator's own name stated for the same key
@pytest.mark.parametrize("sent", [
    "全部工业增加值增长5.7%，其中规模以上工业增加值增长6.3%。",
    "工业增加值增长5.7%。规模以上工业增加值增长6.3%。",
    "规模以上工业增加值增长6.3%，全部工业增加值增长5.7%。",
])
def test_the_broader_industrial_figure_yields(sent):
    assert val(_review(sent), ("industrial_va", "actual", "2020", "growth")) == (6.3, "eq")


def test_a_bare_industrial_figure_alone_is_kept():
    assert val(_review("工业增加值增长5.7%。"), ("industrial_va", "actual", "2020", "growth")) == (5.7, "eq")


# an enterprise named before the name: its figure, not the region's
@pytest.mark.parametrize("sent", [
    "陕西汉中钢铁集团全年完成工业增加值28.6亿元，增长14.5%。",
    "南方电网公司完成固定资产投资120亿元。",
])
def test_an_enterprises_figure_is_not_the_regions(sent):
    fs = _review(sent)
    assert not [k for k in fs if not k[0].startswith("other:")]


@pytest.mark.parametrize("sent,iid,value", [
    ("盐湖股份实现营业收入307亿元，规模以上工业增加值增长5%。", "industrial_va", 5),
    ("引进华为公司等企业，全县规模以上工业增加值增长10%。", "industrial_va", 10),
    ("全县规模以上工业增加值增长10%，其中钢铁集团工业增加值增长14%。", "industrial_va", 10),
])
def test_the_regions_figure_beside_an_enterprise(sent, iid, value):
    assert val(_review(sent), (iid, "actual", "2020", "growth")) == (value, "eq")


# a sentence restating the figure just read (这一增速, 该总量) to give its rank
@pytest.mark.parametrize("sent,iid,rank", [
    ("全市地区生产总值4606.2亿元，增长4.5%，高于全省0.4个百分点。这一增速在全省排第4位。", "gdp", 4),
    ("全市地区生产总值增长4.5%。该总量居全省第2位。", "gdp", 2),
    ("全市地区生产总值增长4.5%，一般公共预算收入增长5%。这一增速在全省排第4位。", "general_budget_revenue", 4),
])
def test_the_rank_of_the_figure_restated(sent, iid, rank):
    fs = _review(sent)
    assert fs[(iid, "actual", "2020", "rank")].value == rank
    assert len([k for k in fs if k[3] == "rank"]) == 1


def test_a_restated_figure_without_a_rank_gives_nothing_more():
    fs = _review("全市地区生产总值增长4.5%。这一增速高于全省0.5个百分点。")
    assert sorted(fs) == [("gdp", "actual", "2020", "growth")]


# a rate written before its name and 的, its growth's word first ("增速达5.1%的地区生产总值")
@pytest.mark.parametrize("sent,iid,value", [
    ("增速达6.1%的地区生产总值，总量达到1826.4亿元。", "gdp", 6.1),
    ("增速为5%的社会消费品零售总额，总量居全省第2位。", "retail_sales", 5),
])
def test_a_rate_before_its_name(sent, iid, value):
    fs = _review(sent)
    f = fs[(iid, "actual", "2020", "growth")]
    assert (f.value, f.qualifier) == (value, "eq") and f.quote.startswith("增速")


def test_the_level_after_a_rate_before_its_name_is_kept():
    fs = _review("增速达6.1%的地区生产总值，总量达到1826.4亿元。")
    assert val(fs, ("gdp", "actual", "2020", "level")) == (1826.4, "eq")


def test_a_rank_after_a_comparison_of_the_figure_restated():
    fs = _review("全市地区生产总值增长5.1%。这一增速比全省平均水平高0.3个百分点，在全省县域中排名第1。")
    assert fs[("gdp", "actual", "2020", "rank")].value == 1


def test_another_names_rank_after_the_figure_restated_is_its_own():
    fs = _review("全市地区生产总值增长4.5%。这一增速高于全省0.5个百分点，一般公共预算收入居全省第3位。")
    assert ("gdp", "actual", "2020", "rank") not in fs
    assert fs[("general_budget_revenue", "actual", "2020", "rank")].value == 3


# a news headline's halves, the space between dropped: last year's figure, then this year's target
def test_a_headlines_second_half_is_not_last_years_figure():
    d = "仁怀市政府工作报告解读：去年地区生产总值首次突破1800亿元 今年预期增长6%左右\n"
    fs = facts(d, report_year=2026, region="仁怀市", level="county")
    assert ("gdp", "actual", "2025", "growth") not in fs


def test_a_this_year_clause_after_a_comma_is_still_the_target():
    fs = _review("去年全市地区生产总值增长5.1%，今年预期增长6%左右。")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (5.1, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (6, "about")


# a comparison with the level above written with 比 ("，比全省平均水平高6.9个百分点") goes on to the figure's rank
@pytest.mark.parametrize("sent", [
    "规模以上工业增加值增长8.5%，比全省平均水平高6.9个百分点，增速居全省第2位。",
    "规模以上工业增加值增长8.5%，比全省高6.9个百分点，居全省第2位。",
])
def test_the_rank_after_a_comparison_with_bi(sent):
    fs = _review(sent)
    assert fs[("industrial_va", "actual", "2020", "rank")].value == 2
    assert val(fs, ("industrial_va", "actual", "2020", "growth")) == (8.5, "eq")


def test_a_gap_to_the_level_above_is_no_change_of_a_ratio():
    fs = _review("常住人口城镇化率达到60%，比全省高2个百分点。")
    assert ("urbanization_rate", "actual", "2020", "pp_change") not in fs


# a condition ending in 上/下/中 of any words, set off by commas or glued to the figure's clause
@pytest.mark.parametrize("sent,value", [
    ("全市地区生产总值，在高基数上实现了6.3%的增长，高于全省0.8个百分点。", 6.3),
    ("全县实现地区生产总值（GDP）487.1亿元，在全国疫情冲击的不利环境下，按可比价格计算增长4.1%，增速列全市第一。", 4.1),
])
def test_a_condition_of_any_words(sent, value):
    assert val(_review(sent), ("gdp", "actual", "2020", "growth")) == (value, "eq")


@pytest.mark.parametrize("sent", [
    "地区生产总值增长5%，在全县范围内实现了全覆盖。",
    "地区生产总值增长5%，在市委的坚强领导下，全县完成固定资产投资50亿元。",
])
def test_a_condition_before_another_subject_adds_nothing(sent):
    fs = _review(sent)
    assert [k for k in fs if k[0] == "gdp"] == [("gdp", "actual", "2020", "growth")]
    assert fs[("gdp", "actual", "2020", "growth")].value == 5


def test_a_rank_after_gaoju():
    fs = _review("规上工业增加值增长12.1%，高居全省第一。")
    assert fs[("industrial_va", "actual", "2020", "rank")].value == 1


def test_gaoju_a_vague_place_is_no_rank():
    fs = _review("规上工业增加值增长12.1%，高居全省前列。")
    assert ("industrial_va", "actual", "2020", "rank") not in fs


def _goals(sent: str):
    return facts("二、“十五五”时期主要目标\n" + sent + "\n", report_year=2026, region="眉山市", level="prefecture")


def test_an_aim_after_a_concession_glued_to_the_name():
    fs = _goals("展望“十五五”，一般公共预算收入尽管面临减税降费压力，仍力争年均增长5%。")
    assert val(fs, ("general_budget_revenue", "goal", "2026-2030", "growth")) == (5, "eq")


def test_an_aim_after_a_figure_is_not_read_as_it():
    fs = _goals("“十五五”时期，地区生产总值年均增长6%，力争年均增长6.5%。")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (6, "eq")


def test_the_level_by_a_year_with_zongliang():
    fs = _goals("今后五年，地区生产总值年均增速不低于6%，到2030年总量突破3000亿元。")
    assert val(fs, ("gdp", "goal", "2030", "level")) == (3000, "at_least")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (6, "at_least")


# an industry named by what it leaves out (非酒工业, 非煤工业): a part, not the region's industrial value added
@pytest.mark.parametrize("sent", [
    "茅台集团工业增加值增长9.6%，非酒工业增加值增长12.1%。",
    "非煤规上工业增加值增长10%。",
])
def test_an_industry_named_by_what_it_leaves_out(sent):
    assert not [k for k in _review(sent) if k[0] == "industrial_va"]


def test_the_regions_industry_beside_a_left_out_one():
    fs = _review("全市工业增加值中，非酒工业增加值增长12.1%，全市规模以上工业增加值增长8%。")
    assert val(fs, ("industrial_va", "actual", "2020", "growth")) == (8, "eq")


# a comma inside the name's note in brackets (“（不含土地出让收入，下同）”) does not end the name's clause
@pytest.mark.parametrize("sent,measure,value", [
    ("一般公共预算收入（不含土地出让收入，下同）15.6亿元，增长3.2%。", "level", 15.6),
    ("一般公共预算收入（不含土地出让收入，下同）15.6亿元，增长3.2%。", "growth", 3.2),
    ("一般公共预算收入（含基金收入，按同口径）增长3.2%。", "growth", 3.2),
])
def test_a_comma_inside_a_note(sent, measure, value):
    assert val(_review(sent), ("general_budget_revenue", "actual", "2020", measure)) == (value, "eq")


def test_a_note_with_a_figure_keeps_its_figure():
    fs = _review("地区生产总值增长6%（其中，一产增长3%），财政收入增长5%。")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (6, "eq")
    assert val(fs, ("primary_industry_va", "actual", "2020", "growth")) == (3, "eq")


# look-alikes of the glued condition and of emphasis
def test_a_reason_qualifying_another_thing_is_not_the_figures():
    fs = _review("社会消费品零售总额完成18.6亿元，受疫情影响较大的住宿餐饮业增加值下降12.1%。")
    assert ("retail_sales", "actual", "2020", "growth") not in fs


def test_ye_is_no_emphasis_of_the_figure():
    fs = _review("地区生产总值增长8%，也为全省贡献了12%的增量。")
    assert [k for k in fs if k[0] == "gdp"] == [("gdp", "actual", "2020", "growth")]
    assert fs[("gdp", "actual", "2020", "growth")].value == 8


def test_chufei_is_no_industry_left_out():
    fs = _review("除非全市规模以上工业增加值增长8%，否则难以完成目标。")
    assert ("industrial_va", "actual", "2020", "growth") in fs


# a reason (由于, 因为) or a difficulty faced (面对, 克服) set off by commas, of any words
@pytest.mark.parametrize("sent,iid,value", [
    ("固定资产投资，由于大项目减少，下降5.2%。", "fixed_asset_investment", -5.2),
    ("社会消费品零售总额，面对消费需求不足的困难，仍增长4.2%。", "retail_sales", 4.2),
])
def test_a_reason_or_difficulty_of_any_words(sent, iid, value):
    assert val(_review(sent), (iid, "actual", "2020", "growth")) == (value, "eq")


def test_a_difficulty_before_another_subject():
    fs = _review("地区生产总值增长5%，面对复杂形势，全县上下共同努力，财政收入增长3%。")
    assert [k for k in fs if k[0] == "gdp"] == [("gdp", "actual", "2020", "growth")]
