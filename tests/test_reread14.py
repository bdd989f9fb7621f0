"""reread14 (second reader of the evening's change): a year's plan restated right after the name, no mark between."""
import planwatch


def _facts(body: str):
    d = planwatch.read_text("凯里市2024年政府工作报告\n" + body, "x.txt")
    return [(f.indicator, f.value, f.role, f.period) for f in d.facts]


def test_a_result_after_a_years_plan_glued_to_the_name_is_that_years():
    fs = _facts("全市固定资产投资2023年计划增长10%，预计增长8.2%，2024年安排增长8%。")
    assert ("fixed_asset_investment", 10, "target", "2023") in fs
    assert ("fixed_asset_investment", 8.2, "actual", "2023") in fs


def test_the_same_after_a_colon():
    fs = _facts("全市固定资产投资：2023年计划增长10%，预计增长8.2%，2024年安排增长8%。")
    assert ("fixed_asset_investment", 8.2, "actual", "2023") in fs
