"""Plan reports of prefectures and provinces, 2016–2020, blind (pln56, decision 453): last year's plan revised in
execution, the plan named in the revision ("增速由年初计划的15%调减为10%", "投资计划调整为增长10%"), is the year
reviewed's target, as "目标由15%调整为10%" is, no result; in the year's own part it stays the year's. The look-alikes keep
what they gave: a target word's revision, a result falling from a figure (回落至), a share of the plan done, 1—11月
figures (no fact), 预计全年 (the result), a 十三五 goal restated, the appended table's three columns, the metadata."""
import pytest

import planwatch

_TITLE = ("关于某某市2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告\n"
          "——{date}在某某市第十六届人民代表大会第三次会议上\n\n一、2018年计划执行情况\n")


def _doc(review: str, plan: str = "地区生产总值增长7%左右。", date: str = "2019年1月20日"):
    text = _TITLE.format(date=date) + review + "\n\n二、2019年计划草案\n" + plan + "\n"
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return doc


def _keys(review: str, plan: str = "地区生产总值增长7%左右。") -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in _doc(review, plan).facts}


# 1. the plan revised in the year reviewed, the plan named in the revision: that year's target (failed on the base:
# read as the result)
@pytest.mark.parametrize("review, want", [
    ("固定资产投资增速由年初计划的15%调减为10%。", ("fixed_asset_investment", "target", "2018", "growth", 10)),
    ("固定资产投资增长由年初计划的15%调整为10%。", ("fixed_asset_investment", "target", "2018", "growth", 10)),
    ("固定资产投资增速由年初计划15%调减为10%。", ("fixed_asset_investment", "target", "2018", "growth", 10)),
    ("固定资产投资计划由15%调整为10%。", ("fixed_asset_investment", "target", "2018", "growth", 10)),
    ("年中，经市人大常委会审议批准，固定资产投资计划调整为增长10%。",
     ("fixed_asset_investment", "target", "2018", "growth", 10)),
    ("规模以上工业增加值增速计划调减为7%。", ("industrial_va", "target", "2018", "growth", 7)),
])
def test_plan_revised_in_review_is_last_years_target(review, want):
    keys = _keys(review)
    assert want in keys
    assert not any(k[:3] == (want[0], "actual", "2018") for k in keys)  # (neither the end nor the start a result)


# 2. look-alikes that keep what they gave on the base
@pytest.mark.parametrize("review, want", [
    ("执行中，固定资产投资增长目标由15%调整为10%。", ("fixed_asset_investment", "target", "2018", "growth", 10)),
    ("固定资产投资增长由年度计划的12%调整为9%，实际增长9.5%。", ("fixed_asset_investment", "actual", "2018", "growth", 9.5)),
    ("固定资产投资增速由13.5%回落至10%。", ("fixed_asset_investment", "actual", "2018", "growth", 10)),
    ("固定资产投资完成年初计划的105%，增长10%。", ("fixed_asset_investment", "actual", "2018", "growth", 10)),
    ("受市场影响，企业纷纷将投资计划调整为观望，固定资产投资增长5%。", ("fixed_asset_investment", "actual", "2018", "growth", 5)),
    ("预计全年地区生产总值增长7.2%左右，一般公共预算收入增长6.5%。", ("gdp", "actual", "2018", "growth", 7.2)),
    ("地区生产总值全年预计完成2350亿元，增长7.1%。", ("gdp", "actual", "2018", "level", 2350)),
])
def test_review_look_alikes_unchanged(review, want):
    assert want in _keys(review)


@pytest.mark.parametrize("plan, want", [
    # (a revision in the year's own part is the year's: a report delivered in its year, the plan revised in it)
    ("2019年主要预期目标调整如下：地区生产总值增长由8%调整为6.5%左右；固定资产投资计划由10%调整为8%。",
     ("fixed_asset_investment", "target", "2019", "growth", 8)),
    ("全年固定资产投资计划调整为增长9%。", ("fixed_asset_investment", "target", "2019", "growth", 9)),
    ("按照“十三五”规划，全市生产总值年均增长7.5%以上。", ("gdp", "goal", "2016-2020", "growth", 7.5)),
])
def test_plan_part_look_alikes_unchanged(plan, want):
    assert want in _keys("地区生产总值增长7.2%。", plan)


def test_part_of_the_year_gives_no_fact():
    keys = _keys("1—11月，全市一般公共预算收入完成80.5亿元，增长6.3%。前11个月，固定资产投资增长13.2%。")
    assert not any(k[0] in ("general_budget_revenue", "fixed_asset_investment") for k in keys)


def test_appended_table_three_columns():
    plan = ("附表\n| 指标 | 单位 | 2018年计划 | 2018年预计完成 | 2019年计划 |\n| --- | --- | --- | --- | --- |\n"
            "| 固定资产投资增长 | % | 12 | 10.5 | 10 |\n")
    keys = _keys("地区生产总值增长7.2%。", plan)
    assert {("fixed_asset_investment", "target", "2018", "growth", 12),
            ("fixed_asset_investment", "actual", "2018", "growth", 10.5),
            ("fixed_asset_investment", "target", "2019", "growth", 10)} <= keys


def test_metadata_of_a_plan_report_delivered_in_december():
    doc = _doc("地区生产总值增长7.2%。", date="2018年12月26日")
    assert doc.meta.doc_type == "plan_report" and doc.meta.report_year == 2019
