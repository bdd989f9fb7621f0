"""Plan reports of prefectures and provinces, 2016–2020, blind (pln62, decision 515): in a plan report's review, the year
reviewed's plan restated by its figure in brackets right after the plan's name is that year's target — named by the
year's start as by the year ("，未完成年初计划（7%）", "，低于原定计划（8%）", "，超额完成年初计划（3%）"), and set against with
与/同…相比 ("，与年初计划（7%）相比低2.9个百分点", "，同年度计划（增长7%）相比"). The look-alikes keep what they gave: the
share of the plan done ("完成年初计划的104%"), the plan with no figure, last year's figure in brackets (与上年（7%）相比),
the plan's bracket in the year's own part, the forms read already (完成年度计划（7%）, 比年初计划（7%）低…). And in a
table of the epidemic year's plan, the plan first set beside its revision, both dated ("2020年年初计划 | 2020年调整计划",
"上年计划 | 上年调整计划"): the revised is the year's target, as "由7.5%调整为下降5%左右" is in prose; a plan with no
revision beside it, or a revision alone, keeps its reading. So in a record's labels ("地区生产总值：年初计划增长7.5%，
调整计划下降5%，预计完成下降4.1%"): the revised plan named 调整计划/调整目标 with no 后, its figure in words or signed
(调整计划-5%), is the year's target, the result after it read."""
import pytest

import planwatch

_TITLE = ("{c}2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n"
          "——2020年1月6日在{c}第六届人民代表大会第五次会议上\n\n一、2019年计划执行情况\n预计全年{r}\n"
          "二、2020年计划草案\n2020年主要预期目标：地区生产总值增长7.5%左右。{p}\n")


def _facts(review: str, plan: str = "", city: str = "咸宁市") -> set[tuple]:
    text = _TITLE.format(c=city, r=review, p=plan)
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in doc.facts}


# 1. the plan's figure bracketed after the plan named by the year's start (failed on the base: no target for 2019)
@pytest.mark.parametrize("review, want", [
    ("一般公共预算收入增长4.1%，未完成年初计划（7%）。", ("general_budget_revenue", "target", "2019", "growth", 7, "eq")),
    ("一般公共预算收入增长4.1%，完成年初计划（7%）。", ("general_budget_revenue", "target", "2019", "growth", 7, "eq")),
    ("地区生产总值增长7.8%，低于年初计划（8.5%）。", ("gdp", "target", "2019", "growth", 8.5, "eq")),
    ("规模以上工业增加值增长9.2%，超额完成年初计划（8%）。", ("industrial_va", "target", "2019", "growth", 8, "eq")),
    ("固定资产投资增长6.3%，低于原定计划（10%）。", ("fixed_asset_investment", "target", "2019", "growth", 10, "eq")),
    ("社会消费品零售总额增长9.6%，没有完成年初计划（10%左右）。", ("retail_sales", "target", "2019", "growth", 10, "about")),
])
def test_bracketed_plan_of_the_years_start_is_last_years_target(review, want):
    facts = _facts(review)
    assert want in facts
    assert not any(f[0] == want[0] and f[1] == "actual" and f[4] == want[4] for f in facts)  # (the plan is no result)


# 2. the plan's figure bracketed and set against with 与/同…相比 (failed on the base: no target for 2019)
@pytest.mark.parametrize("review, want", [
    ("一般公共预算收入增长4.1%，与年初计划（7%）相比低2.9个百分点。", ("general_budget_revenue", "target", "2019", "growth", 7, "eq")),
    ("一般公共预算收入增长4.1%，与年度计划（7%）相比低2.9个百分点。", ("general_budget_revenue", "target", "2019", "growth", 7, "eq")),
    ("地区生产总值增长7.8%，同年初计划（8%）相比略低。", ("gdp", "target", "2019", "growth", 8, "eq")),
    ("规模以上工业增加值增长8.6%，与年初预期（8%）相比高0.6个百分点。", ("industrial_va", "target", "2019", "growth", 8, "eq")),
])
def test_bracketed_plan_set_against_is_last_years_target(review, want):
    facts = _facts(review)
    assert want in facts
    assert (want[0], "actual", "2019", "growth") in {f[:4] for f in facts}


# 3. look-alikes that keep what they gave on the base
@pytest.mark.parametrize("review, plan, want, not_want", [
    # (the share of the plan done: no target)
    ("城镇新增就业2.6万人，完成年初计划的104%。", "", ("urban_new_jobs", "actual", "2019", "level", 2.6, "eq"),
     ("urban_new_jobs", "target", "2019")),
    # (the plan with no figure)
    ("一般公共预算收入增长4.1%，与年初计划相比低2.9个百分点。", "", ("general_budget_revenue", "actual", "2019", "growth", 4.1, "eq"),
     ("general_budget_revenue", "target", "2019")),
    # (last year's figure in brackets: no plan)
    ("一般公共预算收入增长4.1%，与上年（7%）相比回落2.9个百分点。", "", ("general_budget_revenue", "actual", "2019", "growth", 4.1, "eq"),
     ("general_budget_revenue", "target", "2019")),
    # (the forms read already)
    ("一般公共预算收入增长4.1%，未完成年度计划（7%）。", "", ("general_budget_revenue", "target", "2019", "growth", 7, "eq"), None),
    ("一般公共预算收入增长4.1%，比年初计划（7%）低2.9个百分点。", "", ("general_budget_revenue", "target", "2019", "growth", 7, "eq"), None),
    ("一般公共预算收入增长4.1%，未完成年初计划7%。", "", ("general_budget_revenue", "target", "2019", "growth", 7, "eq"), None),
    # (the year's own part: this year's target, no last year's)
    ("地区生产总值增长7.8%。", "一般公共预算收入增长6%。", ("general_budget_revenue", "target", "2020", "growth", 6, "eq"),
     ("general_budget_revenue", "target", "2019")),
])
def test_look_alikes_keep_their_reading(review, plan, want, not_want):
    facts = _facts(review, plan)
    assert want in facts
    if not_want is not None:
        assert not_want not in {f[:3] for f in facts}


_TABLE = ("{c}2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
          "——2021年1月8日在{c}第五届人民代表大会第五次会议上\n\n一、2020年计划执行情况\n预计全年地区生产总值下降4.5%。\n"
          "二、2021年计划草案\n2021年主要预期目标：地区生产总值增长10%左右。\n— 8 —\n附表\n{t}")


def _table(table: str, city: str = "黄冈市") -> set[tuple]:
    text = _TABLE.format(c=city, t=table)
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


# 3b. a table's plan first set beside its revision in execution, both dated (failed on the base: the first set was the target)
@pytest.mark.parametrize("table, want, gone", [
    ("指标名称 单位 2020年年初计划 2020年调整计划 2020年预计完成 2021年计划\n"
     "规模以上工业增加值增长 % 8.5 -6 -5.1 12\n一般公共预算收入 亿元 120 95 96.3 110\n",
     [("industrial_va", "target", "2020", "growth", -6), ("general_budget_revenue", "target", "2020", "level", 95),
      ("industrial_va", "actual", "2020", "growth", -5.1), ("industrial_va", "target", "2021", "growth", 12)],
     [("industrial_va", "target", "2020", "growth", 8.5), ("general_budget_revenue", "target", "2020", "level", 120)]),
    ("指标名称 单位 上年计划 上年调整计划 上年预计 本年计划\n固定资产投资增长 % 10 -10 -8.2 15\n",
     [("fixed_asset_investment", "target", "2020", "growth", -10), ("fixed_asset_investment", "actual", "2020", "growth", -8.2),
      ("fixed_asset_investment", "target", "2021", "growth", 15)],
     [("fixed_asset_investment", "target", "2020", "growth", 10)]),
])
def test_table_revised_plan_is_the_years_target(table, want, gone):
    facts = _table(table)
    for w in want:
        assert w in facts
    for g in gone:
        assert g not in facts


# 3c. table look-alikes that keep what they gave on the base: no revision beside the plan; a revision alone
@pytest.mark.parametrize("table, want", [
    ("指标名称 单位 上年计划 上年预计完成 本年计划\n规模以上工业增加值增长 % 8.5 -5.1 12\n",
     [("industrial_va", "target", "2020", "growth", 8.5), ("industrial_va", "actual", "2020", "growth", -5.1),
      ("industrial_va", "target", "2021", "growth", 12)]),
    ("指标名称 单位 2020年调整计划 2020年预计完成 2021年计划\n规模以上工业增加值增长 % -6 -5.1 12\n",
     [("industrial_va", "target", "2020", "growth", -6), ("industrial_va", "actual", "2020", "growth", -5.1),
      ("industrial_va", "target", "2021", "growth", 12)]),
])
def test_table_look_alikes_keep_their_reading(table, want):
    facts = _table(table)
    for w in want:
        assert w in facts


_RECORD = ("{c}2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
           "（2020年12月30日在{c}第七届人民代表大会第五次会议上）\n\n一、2020年计划执行情况\n{r}\n"
           "二、2021年计划草案\n2021年主要预期目标：地区生产总值增长10%左右。\n")


def _record(review: str, city: str = "黄石市") -> set[tuple]:
    text = _RECORD.format(c=city, r=review)
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


# 3d. a plan report's record of the epidemic year, the revised plan labelled 调整计划/调整目标 (no 后), its figure signed or
# in words (failed on the base: the plan first set was the target, and a signed revision hid the result after it)
@pytest.mark.parametrize("review, target, actual", [
    ("地区生产总值：年初计划增长7.5%，调整计划下降5%，预计完成下降4.1%。", -5, -4.1),
    ("地区生产总值：年初计划增长7.5%，调整计划为下降5%，预计完成下降4.1%。", -5, -4.1),
    ("地区生产总值：年初计划增长7.5%，调整目标为下降3%，预计完成下降2.6%。", -3, -2.6),
    ("地区生产总值：年初计划7.5%，调整计划-5%，预计完成-4.1%。", -5, -4.1),
    ("1.地区生产总值增长：年初计划7.5%，调整计划-5%，预计完成-4.1%。", -5, -4.1),
])
def test_record_revised_plan_is_the_years_target(review, target, actual):
    facts = _record(review)
    assert ("gdp", "target", "2020", "growth", target) in facts
    assert ("gdp", "actual", "2020", "growth", actual) in facts
    assert ("gdp", "target", "2020", "growth", 7.5) not in facts


# 3e. record look-alikes that keep what they gave on the base: the revision with 后, the budget revised, no revision
@pytest.mark.parametrize("review, want", [
    ("地区生产总值：年初计划增长7.5%，调整后计划下降5%，预计完成下降4.1%。",
     [("gdp", "target", "2020", "growth", -5), ("gdp", "actual", "2020", "growth", -4.1)]),
    ("一般公共预算收入：年初预算45.2亿元，调整预算48.1亿元，预计完成47.6亿元。",
     [("general_budget_revenue", "target", "2020", "level", 48.1), ("general_budget_revenue", "actual", "2020", "level", 47.6)]),
    ("地区生产总值：年初计划增长7.5%，预计完成-4.1%。",
     [("gdp", "target", "2020", "growth", 7.5), ("gdp", "actual", "2020", "growth", -4.1)]),
    ("地区生产总值增长6.5%，调整后的计划为增长9%。",
     [("gdp", "target", "2020", "growth", 9), ("gdp", "actual", "2020", "growth", 6.5)]),
])
def test_record_look_alikes_keep_their_reading(review, want):
    facts = _record(review)
    for w in want:
        assert w in facts


# 4. the set's texts: a province's, a PDF layer's table of 上年计划/上年预计完成/本年计划, an epidemic year's revised targets
def test_set_texts_read_whole():
    from pathlib import Path
    from planwatch.evaluate import evaluate
    here = Path(__file__).resolve().parents[1] / "benchmarks" / "blind" / "pln62"
    out = evaluate(here / "gold", [here / "texts"]).render(verbose=False)
    assert "facts_f1=1.000 pledges_f1=1.000 meta_acc=1.000" in out
