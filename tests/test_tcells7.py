"""A plan report's figures with labelled cells (计划 … 完成 …), 2018–2025: last year's plan and its result side by
side in one row or clause, the labels inside the text, not in a header row (branch tcells7)."""
from __future__ import annotations

import pytest

from factkeys import facts, val


def plan_review(region: str, year: int, body: str, whole: str = "全市") -> str:
    return (f"{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n{year - 1}年，{whole}主要指标完成情况如下：\n{body}\n"
            f"二、{year}年经济社会发展主要预期目标\n{year}年主要预期目标建议为：城镇登记失业率控制在4.5%以内。\n")


def T(y, ind, measure, v, q="eq"):
    return (ind, "target", str(y), measure), (v, q)


def A(y, ind, measure, v, q="eq"):
    return (ind, "actual", str(y), measure), (v, q)


# a figure right after a bare 完成/实际/预计完成 label that follows a plan's figure of the same name is the
# result; the plan's figure is last year's target
@pytest.mark.parametrize("region,year,body,expected", [
    ("宜春市", 2024, "地区生产总值增速：计划7%，完成6.1%。",
     [T(2023, "gdp", "growth", 7), A(2023, "gdp", "growth", 6.1)]),
    ("孝感市", 2019, "规模以上工业增加值增长：计划8%，完成8.6%；社会消费品零售总额增长：计划9%，完成7.2%。",
     [T(2018, "industrial_va", "growth", 8), A(2018, "industrial_va", "growth", 8.6),
      T(2018, "retail_sales", "growth", 9), A(2018, "retail_sales", "growth", 7.2)]),
    ("邵阳县", 2021, "全社会固定资产投资：计划增长10%，完成增长6.8%。",
     [T(2020, "fixed_asset_investment", "growth", 10), A(2020, "fixed_asset_investment", "growth", 6.8)]),
    ("南充市", 2022, "城镇居民人均可支配收入：计划增长8%，完成7.5%；农村居民人均可支配收入：计划增长9%，完成8.4%。",
     [T(2021, "urban_disposable_income", "growth", 8), A(2021, "urban_disposable_income", "growth", 7.5),
      T(2021, "rural_disposable_income", "growth", 9), A(2021, "rural_disposable_income", "growth", 8.4)]),
    ("曲靖市", 2023, "居民消费价格涨幅：计划3%左右，完成2.1%。",
     [T(2022, "cpi", "growth", 3, "about"), A(2022, "cpi", "growth", 2.1)]),
    ("抚州市", 2021, "城镇登记失业率：计划控制在4.5%以内，完成3.2%。",
     [T(2020, "registered_unemployment_rate", "share", 4.5, "at_most"), A(2020, "registered_unemployment_rate", "share", 3.2)]),
    ("淮北市", 2023, "社会消费品零售总额增长：预期目标8%，完成6.5%。",
     [T(2022, "retail_sales", "growth", 8), A(2022, "retail_sales", "growth", 6.5)]),
    ("江门市", 2022, "外贸进出口总额增长：目标5%，完成7.3%。",
     [T(2021, "foreign_trade", "growth", 5), A(2021, "foreign_trade", "growth", 7.3)]),
    ("贵州省", 2020, "全省生产总值增长：计划8%左右，完成8.3%。",
     [T(2019, "gdp", "growth", 8, "about"), A(2019, "gdp", "growth", 8.3)]),
    ("蓬安县", 2023, "城镇新增就业：计划1200人，完成1350人，完成计划的112.5%。",
     [T(2022, "urban_new_jobs", "level", 1200), A(2022, "urban_new_jobs", "level", 1350)]),
    ("遂宁市", 2019, "社会消费品零售总额：计划增长11%，完成11.2%，高于计划0.2个百分点。",
     [T(2018, "retail_sales", "growth", 11), A(2018, "retail_sales", "growth", 11.2)]),
    ("内江市", 2022, "全年粮食产量计划60万吨，完成62万吨，完成计划的103%。",
     [T(2021, "grain_output", "level", 60), A(2021, "grain_output", "level", 62)]),
    # (the name's 下降 gives the labelled result its direction too)
    ("延安市", 2019, "单位地区生产总值能耗下降：计划3%，完成3.5%。",
     [T(2018, "energy_intensity", "growth", -3), A(2018, "energy_intensity", "growth", -3.5)]),
    # (a bound kept as the plan: the result after it)
    ("广元市", 2021, "城镇登记失业率控制在4.5%以内，完成3.2%。",
     [T(2020, "registered_unemployment_rate", "share", 4.5, "at_most"), A(2020, "registered_unemployment_rate", "share", 3.2)]),
    ("达州市", 2023, "一般公共预算收入预算数为20亿元，完成21.5亿元，增长5%。",
     [T(2022, "general_budget_revenue", "level", 20), A(2022, "general_budget_revenue", "level", 21.5),
      A(2022, "general_budget_revenue", "growth", 5)]),
])
def test_a_labelled_result_after_the_plan(region, year, body, expected):
    fs = facts(plan_review(region, year, body), report_year=year)
    for key, v in expected:
        assert val(fs, key) == v, key


# a flattened table's row: the cells' labels inside it, its unit in the name's brackets, the spaces of its
# cells (one or more, a tab) between them; this year's plan named by its year after them
@pytest.mark.parametrize("region,year,body,expected", [
    ("宜春市", 2024, "地区生产总值增速（%） 计划7 完成6.1",
     [T(2023, "gdp", "growth", 7), A(2023, "gdp", "growth", 6.1)]),
    ("滁州市", 2020, "固定资产投资 目标 10% 实际 8.5%",
     [T(2019, "fixed_asset_investment", "growth", 10), A(2019, "fixed_asset_investment", "growth", 8.5)]),
    ("随州市", 2023, "城镇新增就业（万人） 计划 3.5 完成 3.8 完成计划的108.6%",
     [T(2022, "urban_new_jobs", "level", 3.5), A(2022, "urban_new_jobs", "level", 3.8)]),
    ("汉中市", 2024, "地区生产总值增长 计划7% 完成6.1% 2024年计划 6.5%",
     [T(2023, "gdp", "growth", 7), A(2023, "gdp", "growth", 6.1), T(2024, "gdp", "growth", 6.5)]),
    ("延安市", 2019, "单位地区生产总值能耗下降（%） 计划 3 完成 3.5",
     [T(2018, "energy_intensity", "growth", -3), A(2018, "energy_intensity", "growth", -3.5)]),
    ("惠州市", 2020, "进出口总额增长（%） 计划 5 完成 -3.2",
     [T(2019, "foreign_trade", "growth", 5), A(2019, "foreign_trade", "growth", -3.2)]),
    ("桐庐县", 2019, "一般公共预算收入 计划 12.5亿元 完成 13.1亿元",
     [T(2018, "general_budget_revenue", "level", 12.5), A(2018, "general_budget_revenue", "level", 13.1)]),
    ("赣州市", 2021, "实际利用外资 计划 2亿美元 完成 2.3亿美元",
     [T(2020, "fdi", "level", 2), A(2020, "fdi", "level", 2.3)]),
    ("绵阳市", 2024, "地区生产总值增长（%）：2023年计划7，完成6.1，2024年计划6.5",
     [T(2023, "gdp", "growth", 7), A(2023, "gdp", "growth", 6.1), T(2024, "gdp", "growth", 6.5)]),
    ("洛阳市", 2021, "规模以上工业增加值（%） 目标 8 实际 9.1",
     [T(2020, "industrial_va", "growth", 8), A(2020, "industrial_va", "growth", 9.1)]),
    ("黄石市", 2025, "全社会固定资产投资增长（%） 计划 12 完成 -5.6 2025年计划 8",
     [T(2024, "fixed_asset_investment", "growth", 12), A(2024, "fixed_asset_investment", "growth", -5.6),
      T(2025, "fixed_asset_investment", "growth", 8)]),
    ("宜宾市", 2024, "地区生产总值增长（%）  计划  7  完成  6.1  2024年计划  6.5",
     [T(2023, "gdp", "growth", 7), A(2023, "gdp", "growth", 6.1), T(2024, "gdp", "growth", 6.5)]),
    ("大同市", 2023, "城镇新增就业（万人）\t计划\t3.5\t完成\t3.8\t完成计划（%）\t108.6",
     [T(2022, "urban_new_jobs", "level", 3.5), A(2022, "urban_new_jobs", "level", 3.8)]),
    ("梧州市", 2021, "一般公共预算收入（亿元）  目标  25.6  实际  26.3",
     [T(2020, "general_budget_revenue", "level", 25.6), A(2020, "general_budget_revenue", "level", 26.3)]),
    ("桂林市", 2022, "规模以上工业增加值增长（%）  计划 8  完成 9.2\n社会消费品零售总额增长（%）  计划 9  完成 7.9",
     [T(2021, "industrial_va", "growth", 8), A(2021, "industrial_va", "growth", 9.2),
      T(2021, "retail_sales", "growth", 9), A(2021, "retail_sales", "growth", 7.9)]),
    ("资阳市", 2024, "地区生产总值增长（%） 2023年完成 6.1 2024年计划 6.5",
     [A(2023, "gdp", "growth", 6.1), T(2024, "gdp", "growth", 6.5)]),
    ("开封市", 2022, "地区生产总值增速（%）  年度目标  7  全年完成  6.3",
     [T(2021, "gdp", "growth", 7), A(2021, "gdp", "growth", 6.3)]),
    ("咸宁市", 2020, "地区生产总值增长 计划：7.5% 完成：7.8%",
     [T(2019, "gdp", "growth", 7.5), A(2019, "gdp", "growth", 7.8)]),
    ("荆州市", 2021, "地区生产总值增长（%）  计划  7  预计完成  6.2",
     [T(2020, "gdp", "growth", 7), A(2020, "gdp", "growth", 6.2)]),
    ("郑州市", 2024, "地区生产总值增长（%）  计划  7  预计  6.2",
     [T(2023, "gdp", "growth", 7), A(2023, "gdp", "growth", 6.2)]),
    # (a cell's label is its figure's own clause: the budget's cell before does not make the result a target)
    ("郑州市", 2021, "一般公共预算收入（亿元）  年初预算  25  实际完成  26.4",
     [T(2020, "general_budget_revenue", "level", 25), A(2020, "general_budget_revenue", "level", 26.4)]),
    ("许昌市", 2022, "规模以上工业增加值增长（%）  目标值  7.5  实际值  8.1",
     [T(2021, "industrial_va", "growth", 7.5), A(2021, "industrial_va", "growth", 8.1)]),
    ("十堰市", 2023, "社会消费品零售总额（亿元）：计划420，完成398.5，2023年计划440",
     [T(2022, "retail_sales", "level", 420), A(2022, "retail_sales", "level", 398.5), T(2023, "retail_sales", "level", 440)]),
])


def test_a_flattened_row_with_labelled_cells(region, year, body, expected):
    fs = facts(plan_review(region, year, body), report_year=year)
    for key, v in expected:
        assert val(fs, key) == v, key


@pytest.mark.parametrize("region,year,body,expected", [
    ("开封市", 2022, "固定资产投资：计划数增长10%，实际数增长8.5%。",
     [T(2021, "fixed_asset_investment", "growth", 10), A(2021, "fixed_asset_investment", "growth", 8.5)]),
    ("咸宁市", 2020, "城镇新增就业：计划1.2万人，完成1.35万人；农村劳动力转移就业：计划2万人，完成2.2万人。",
     [T(2019, "urban_new_jobs", "level", 1.2), A(2019, "urban_new_jobs", "level", 1.35),
      T(2019, "rural_labor_transfer", "level", 2), A(2019, "rural_labor_transfer", "level", 2.2)]),
    ("十堰市", 2021, "规模以上工业增加值：计划增长8%，完成下降2.1%。",
     [T(2020, "industrial_va", "growth", 8), A(2020, "industrial_va", "growth", -2.1)]),
    # (the result's label names the amount again: 完成投资额)
    ("开封市", 2022, "固定资产投资计划增长10%，完成投资额增长8%。",
     [T(2021, "fixed_asset_investment", "growth", 10), A(2021, "fixed_asset_investment", "growth", 8)]),
    ("开封市", 2022, "固定资产投资：计划完成500亿元，完成投资520亿元。",
     [T(2021, "fixed_asset_investment", "level", 500), A(2021, "fixed_asset_investment", "level", 520)]),
    # (a result with its own direction keeps it: the name's 下降 is the plan's)
    ("延安市", 2019, "单位地区生产总值能耗下降：计划3%，实际增长1.2%。",
     [T(2018, "energy_intensity", "growth", -3), A(2018, "energy_intensity", "growth", 1.2)]),
])
def test_more_labels_of_plan_and_result(region, year, body, expected):
    fs = facts(plan_review(region, year, body), report_year=year)
    for key, v in expected:
        assert val(fs, key) == v, key


# the part of the plan done (完成90%, 完成计划的108.6%) is no figure of the indicator; the plan before it is the target
@pytest.mark.parametrize("region,year,body,target,absent", [
    ("六安市", 2022, "城镇新增就业：计划1.2万人，已完成90%。", T(2021, "urban_new_jobs", "level", 1.2),
     ("urban_new_jobs", "actual", "2021", "level")),
    ("雅安市", 2022, "城镇新增就业计划1.2万人，完成90%。", T(2021, "urban_new_jobs", "level", 1.2),
     ("urban_new_jobs", "actual", "2021", "level")),
    ("岳阳县", 2022, "一般公共预算收入计划增长6%，完成90%。", T(2021, "general_budget_revenue", "growth", 6),
     ("general_budget_revenue", "actual", "2021", "growth")),
    ("攀枝花市", 2020, "一般公共预算收入目标15亿元，已完成13.2亿元，完成88%。", T(2019, "general_budget_revenue", "level", 15),
     ("general_budget_revenue", "actual", "2019", "growth")),
])
def test_the_part_of_the_plan_done_is_no_result(region, year, body, target, absent):
    fs = facts(plan_review(region, year, body), report_year=year)
    assert val(fs, target[0]) == target[1]
    assert absent not in fs
    assert not any(f.value in (90, 88) for f in fs.values())


# look-alikes: another indicator's amount (完成投资), the part of the plan done, a task, a result alone
@pytest.mark.parametrize("region,year,body,kept,absent", [
    ("株洲市", 2023, "全市重点项目计划投资100亿元，完成投资90亿元。", [],
     [("fixed_asset_investment", "actual", "2022", "level"), ("fixed_asset_investment", "target", "2022", "level")]),
    ("株洲市", 2023, "地区生产总值增长6.1%，完成年度计划的92%。", [A(2022, "gdp", "growth", 6.1)],
     [("gdp", "target", "2022", "growth")]),
    ("六安市", 2022, "计划新开工项目50个，完成投资30亿元。", [], [("fixed_asset_investment", "actual", "2021", "level")]),
    ("内江市", 2022, "计划新开工项目50个完成投资30亿元，固定资产投资增长6%。", [A(2021, "fixed_asset_investment", "growth", 6)],
     [("fixed_asset_investment", "actual", "2021", "level")]),
    ("荆门市", 2020, "地区生产总值计划增长7.5%，完成年度计划的87%。", [T(2019, "gdp", "growth", 7.5)],
     [("gdp", "actual", "2019", "growth")]),
    ("荆门市", 2020, "一般公共预算收入完成13.1亿元，为预算的104.8%。", [A(2019, "general_budget_revenue", "level", 13.1)],
     [("general_budget_revenue", "target", "2019", "level")]),
    ("泸州市", 2024, "规模以上工业增加值增长8%，完成年度目标任务。", [A(2023, "industrial_va", "growth", 8)],
     [("industrial_va", "target", "2023", "growth")]),
    ("泸州市", 2024, "城镇新增就业1.2万人，完成全年目标任务的120%。", [A(2023, "urban_new_jobs", "level", 1.2)],
     [("urban_new_jobs", "target", "2023", "level")]),
    ("广元市", 2021, "进出口总额增长8%，计划完成率为102%。", [A(2020, "foreign_trade", "growth", 8)],
     [("foreign_trade", "target", "2020", "growth")]),
    ("巴中市", 2019, "固定资产投资完成210亿元，增长8.5%，完成年度计划的101%。",
     [A(2018, "fixed_asset_investment", "level", 210), A(2018, "fixed_asset_investment", "growth", 8.5)],
     [("fixed_asset_investment", "target", "2018", "growth"), ("fixed_asset_investment", "target", "2018", "level")]),
    ("株洲市", 2023, "固定资产投资增长8%，其中重点项目计划投资100亿元，完成投资90亿元。",
     [A(2022, "fixed_asset_investment", "growth", 8)],
     [("fixed_asset_investment", "actual", "2022", "level"), ("fixed_asset_investment", "target", "2022", "level")]),
    ("株洲市", 2023, "地区生产总值增长6%，完成投资300亿元。", [A(2022, "gdp", "growth", 6)],
     [("gdp", "actual", "2022", "level"), ("fixed_asset_investment", "actual", "2022", "level")]),
    ("巴中市", 2019, "接待游客人次完成850万人次，增长12%，旅游总收入完成95亿元，增长15%。",
     [A(2018, "tourist_visits", "level", 850), A(2018, "tourist_visits", "growth", 12),
      A(2018, "tourism_revenue", "level", 95), A(2018, "tourism_revenue", "growth", 15)],
     [("tourist_visits", "target", "2018", "level"), ("tourism_revenue", "target", "2018", "level")]),
])
def test_look_alikes_keep_their_reading(region, year, body, kept, absent):
    fs = facts(plan_review(region, year, body), report_year=year)
    for key, v in kept:
        assert val(fs, key) == v, key
    for key in absent:
        assert key not in fs, key


def test_a_task_to_complete_is_this_years_target_not_a_result():
    body = ("地区生产总值增长5.6%。\n二、2025年计划\n2025年计划地区生产总值增长6%，完成固定资产投资300亿元，完成30个重点项目。")
    fs = facts(plan_review("自贡市", 2025, body), report_year=2025)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "eq")
    assert ("gdp", "actual", "2025", "growth") not in fs
    assert not any(f.value == 30 for f in fs.values())


def test_two_figures_a_space_apart_stay_two():
    from planwatch.normalize import normalize
    assert "-5.6 2025年" in normalize("固定资产投资增长（%） 计划 12 完成 -5.6 2025年计划 8\n").text
    assert "2023年" in normalize("2 0 2 3年\n").text  # (spaced glyphs are still one number)
    assert "1286.5亿元" in normalize("1 286.5亿元\n").text  # (a group of thousands goes on)
    assert "计划12完成15" in normalize("计划 12 完成 15\n").text
    assert "8000亿元" in normalize("铁路建设投资800 0亿元\n").text  # (a number a PDF split is one)


def test_every_result_label_has_a_character_of_the_gate():
    import planwatch
    from planwatch.extract import facts as F
    c = planwatch.vocab.cues()
    for w in (*c.get("then_actual_label", ()), *c.get("then_actual_figure", ())):
        assert F._LABEL_CHARS.intersection(w), w
        assert F._LABEL_CHAR.search(w), w
        assert w[0] in F._then_actual_first(), w


def test_a_plans_goal_for_the_report_year_stays_the_plans():
    # ("到2025年目标为62%" in the 2025 report: the 十四五's goal for its last year, not a plan cell of the year)
    text = ("郴州市政府工作报告\n——2025年1月10日在郴州市第七届人民代表大会第三次会议上\n一、2024年工作回顾\n"
            "常住人口城镇化率达到60.5%，“十四五”规划确定的到2025年目标为62%。\n二、2025年工作安排\n城镇化率提高1个百分点。\n")
    fs = facts(text, report_year=2025)
    assert ("urbanization_rate", "target", "2025", "share") not in fs
