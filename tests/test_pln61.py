"""Plan reports of counties and districts, 2021–2026, blind (pln61, decision 491): in the report of a plan's last year
(邳州市's 2025 plan report closing the 十四五), the plan's years estimated whole ("预计“十四五”期间，…年均增长6.3%",
"…预计年均增长…", "五年累计…" after it) are results over the plan's span (the spec: "also 预计/初步核算 figures"), not the
goals the plan set. The look-alikes keep what they gave: the plan's years gone by (“十四五”以来), its goals restated or
set without an estimate word, an estimate in a year inside the plan, the plan ended before the report's year, a five-
year total set against the plan's goal, the county's and the district's plan reports of the set."""
import pytest

import planwatch

_TITLE = ("关于某某市{r}年国民经济和社会发展计划执行情况与{y}年国民经济和社会发展计划草案的报告\n"
          "——{y}年1月8日在某某市第十八届人民代表大会第五次会议上\n\n一、{r}年计划执行情况\n{r}年，全市地区生产总值增长6.1%。")


def _keys(review: str, year: int = 2025, plan: str = "地区生产总值增长6%左右。") -> set[tuple]:
    text = _TITLE.format(r=year - 1, y=year) + review + f"\n\n二、{year}年计划草案\n" + plan + "\n"
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


# 1. the plan's years estimated whole in its last year: results over its span (failed on the base: its goals, or
# results ending the year before)
@pytest.mark.parametrize("review, year, want", [
    ("预计“十四五”期间，全市地区生产总值年均增长6.3%，一般公共预算收入年均增长5.5%。", 2025,
     [("gdp", "actual", "2021-2025", "growth", 6.3), ("general_budget_revenue", "actual", "2021-2025", "growth", 5.5)]),
    ("预计“十四五”时期全市地区生产总值年均增长6.3%。", 2025, [("gdp", "actual", "2021-2025", "growth", 6.3)]),
    ("预计“十四五”期间，全市地区生产总值年均增长6.3%；五年累计完成固定资产投资2350亿元；五年累计新增城镇就业7.6万人。", 2025,
     [("fixed_asset_investment", "actual", "2021-2025", "level", 2350), ("urban_new_jobs", "actual", "2021-2025", "level", 7.6)]),
    ("“十四五”期间，全市地区生产总值预计年均增长6.3%；一般公共预算收入预计年均增长5.5%。", 2025,
     [("gdp", "actual", "2021-2025", "growth", 6.3), ("general_budget_revenue", "actual", "2021-2025", "growth", 5.5)]),
    ("据初步测算，“十四五”期间全市地区生产总值年均增长6.3%，高于规划目标（6%）。", 2025,
     [("gdp", "actual", "2021-2025", "growth", 6.3)]),
    ("预计“十四五”期间，全市累计新增城镇就业7.6万人，累计完成固定资产投资2350亿元。", 2025,
     [("urban_new_jobs", "actual", "2021-2025", "level", 7.6), ("fixed_asset_investment", "actual", "2021-2025", "level", 2350)]),
    ("初步预计“十三五”期间，全市地区生产总值年均增长7.2%，规模以上工业增加值年均增长8.1%。", 2020,
     [("gdp", "actual", "2016-2020", "growth", 7.2), ("industrial_va", "actual", "2016-2020", "growth", 8.1)]),
])
def test_plan_estimated_whole_in_its_last_year_is_result(review, year, want):
    keys = _keys(review, year)
    for w in want:
        assert w in keys
        assert not any(k[0] == w[0] and k[1] == "goal" and k[4] == w[4] for k in keys)  # (the estimate is no goal)


# 2. look-alikes that keep what they gave on the base
@pytest.mark.parametrize("review, year, plan, want", [
    # (the plan's years gone by, no estimate of it whole)
    ("“十四五”以来，全市地区生产总值年均增长6.3%。", 2025, "地区生产总值增长6%左右。",
     ("gdp", "actual", "2021-2024", "growth", 6.3)),
    # (the plan's goals restated, an estimate of their being met after them)
    ("“十四五”规划确定的地区生产总值年均增长6%、研发经费投入强度达到2.5%等目标预计全面完成。", 2025, "地区生产总值增长6%左右。",
     ("rnd_intensity", "goal", "2021-2025", "share", 2.5)),
    # (a five-year total set against the plan's goal: the goal)
    ("五年累计新增城镇就业7.6万人，超过7万人的规划目标。", 2025, "地区生产总值增长6%左右。",
     ("urban_new_jobs", "goal", "2021-2025", "level", 7)),
    # (the plan's goal in the plan part, no estimate word)
    ("全市地区生产总值增长6.1%。", 2025, "地区生产总值增长6%左右。“十四五”期间，全市地区生产总值年均增长6%以上。",
     ("gdp", "goal", "2021-2025", "growth", 6)),
    # (the plan ended before the report's year: its years gone by, as before)
    ("“十四五”期间，全市地区生产总值年均增长5.8%。", 2026, "地区生产总值增长5%左右。",
     ("gdp", "actual", "2021-2025", "growth", 5.8)),
])
def test_look_alikes_unchanged(review, year, plan, want):
    assert want in _keys(review, year, plan)


def test_estimate_inside_the_plan_is_no_result():
    # (in a year inside the plan, two years of it ahead, an estimate of it whole is no result yet; nor a goal since
    # decision 496, tests/test_adv61d.py)
    keys = _keys("预计“十四五”期间，全市地区生产总值年均增长6.5%。", 2023, "地区生产总值增长6%左右。")
    assert not any(k[:3] == ("gdp", "actual", "2021-2025") for k in keys)


# 3. the set's county and district plan reports: the revised target, the table's columns, a PDF layer's rows
def _read(name: str):
    import pathlib
    p = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "blind" / "pln61" / "texts" / name
    text = p.read_text(encoding="utf-8")
    doc = planwatch.read_text(text, name)
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return doc


def test_county_plan_report_revision_and_table():
    doc = _read("pln61_01_沭阳县.txt")
    keys = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}
    assert ("fixed_asset_investment", "target", "2023", "growth", 3) in keys  # (the target revised in execution)
    assert ("fixed_asset_investment", "actual", "2023", "growth", 3.4) in keys
    assert ("urbanization_rate", "target", "2024", "share", 59.2) in keys  # (the table's 本年计划 column)
    assert not any(k[0] == "industrial_va" and k[4] == 9.1 for k in keys)  # (1—11月: no fact)
    assert (doc.meta.doc_type, doc.meta.report_year) == ("plan_report", 2024)


def test_district_pdf_layer_rows():
    doc = _read("pln61_02_綦江区.txt")
    keys = {(f.indicator, f.role, f.period, f.measure, f.value, f.unit) for f in doc.facts}
    assert ("general_budget_revenue", "target", "2022", "level", 31.5, "亿元") in keys  # (“单位：亿元、%”)
    assert ("industrial_va", "target", "2022", "growth", 8, "%") in keys
    assert (doc.meta.region, doc.meta.parent, doc.meta.doc_type, doc.meta.report_year) == ("綦江区", "重庆市", "plan_report", 2023)


# 4. a PDF layer's table split by single spaces, a page's mark between two rows: the rows after it are the table's
# (failed on the base: the row after the mark ran its figures together, "31.532.233.8", and gave nothing)
_PDF = ("重庆市某某区2023年国民经济和社会发展计划执行\n情况与2024年计划草案的报告\n——2024年1月11日在重庆市某某区第十八届人民代表大会\n"
        "第四次会议上\n\n一、2023年计划执行情况\n2023年，全区地区生产总值增长6.1%。\n表1 主要指标计划执行情况及2024年计划\n"
        "单位：亿元、%\n指标名称 2023年计划 2023年预计完成 2024年计划\n地区生产总值增速 6.5 6.1 6\n固定资产投资增速 6 -1.5 5\n"
        "{brk}一般公共预算收入 31.5 32.2 33.8\n社会消费品零售总额增速 7 6.2 6.5\n\n二、2024年计划草案\n"
        "2024年全区主要预期目标为：地区生产总值增长6%。\n")


def _pdf_keys(brk: str) -> set[tuple]:
    text = _PDF.format(brk=brk)
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.unit) for f in doc.facts}


@pytest.mark.parametrize("brk", ["— 4 —\n", "\n— 4 —\n\n", "- 4 -\n", "第4页 共9页\n"])
def test_pdf_table_goes_on_past_a_page_mark(brk):
    keys = _pdf_keys(brk)
    assert ("general_budget_revenue", "target", "2023", "level", 31.5, "亿元") in keys
    assert ("general_budget_revenue", "actual", "2023", "level", 32.2, "亿元") in keys
    assert ("general_budget_revenue", "target", "2024", "level", 33.8, "亿元") in keys
    assert ("retail_sales", "target", "2023", "growth", 7, "%") in keys


def test_pdf_table_with_no_break_unchanged():
    keys = _pdf_keys("")
    assert ("general_budget_revenue", "target", "2024", "level", 33.8, "亿元") in keys
    assert ("fixed_asset_investment", "actual", "2023", "growth", -1.5, "%") in keys


# 5. a plan report's 本年 before its plan, after 上年's figure: the report's year, as 今年 (failed on the base: nothing)
_COUNTY = ("关于某某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——{date}在某某县第十八届人民代表大会第三次会议上\n\n"
           "一、2023年计划执行情况\n2023年，全县经济运行稳中有进。{review}\n\n二、2024年计划草案\n2024年主要预期目标是：地区生产总值增长6%左右。\n")


def _county_keys(review: str, date: str = "2024年1月10日") -> set[tuple]:
    text = _COUNTY.format(review=review, date=date)
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


@pytest.mark.parametrize("review, date, want", [
    ("社会消费品零售总额上年预计完成186亿元，本年计划增长6%。", "2024年1月10日", ("retail_sales", "target", "2024", "growth", 6)),
    ("固定资产投资上年预计增长3.4%，本年度计划增长5%。", "2024年1月10日", ("fixed_asset_investment", "target", "2024", "growth", 5)),
    # (said in December, the year reviewed's: its plan and its estimate)
    ("固定资产投资上年增长2.1%，本年计划增长5%，预计增长3.4%。", "2023年12月20日", ("fixed_asset_investment", "target", "2023", "growth", 5)),
    ("社会消费品零售总额上年完成170亿元，本年预计完成186亿元。", "2023年12月20日", ("retail_sales", "actual", "2023", "level", 186)),
])
def test_this_year_named_ben_nian(review, date, want):
    assert want in _county_keys(review, date)


@pytest.mark.parametrize("review, want", [
    ("社会消费品零售总额上年预计完成186亿元，今年计划增长6%。", ("retail_sales", "target", "2024", "growth", 6)),
    ("本年计划执行总体良好，全县地区生产总值预计增长6.6%。", ("gdp", "actual", "2023", "growth", 6.6)),
    ("社会消费品零售总额上年预计完成186亿元，增长6.5%。", ("retail_sales", "actual", "2023", "growth", 6.5)),
])
def test_this_year_look_alikes_unchanged(review, want):
    assert want in _county_keys(review)
