"""The classes of ERRORS.md in wordings not seen yet, blind (err40, decision 218): in the review of a plan that has ended,
a year's paragraph cut after a semicolon (a page's line break, “2020年，…增长2.5%；\\n社会消费品零售总额下降4.1%；…”) and a
list led by a line naming one year (“2020年主要经济指标完成情况：\\n——…”) report that year, not the plan's five years; a
digest that names its years bare after the words looking back and ahead (“回首2023，…”, “展望2024，…”) is that year's report."""
import pytest

from factkeys import facts, keys_of, read, val

# (region, report year, the ended plan's review title, its five years' opening)
_REVIEWS = [
    ("泉州市", 2021, "一、“十三五”发展回顾", "五年来，全市地区生产总值年均增长6.8%。"),
    ("韶关市", 2026, "一、“十四五”时期工作回顾", "五年来，全市地区生产总值年均增长4.9%，常住人口城镇化率提高3.1个百分点。"),
    ("海口市", 2021, "一、“十三五”时期发展成就", "“十三五”时期，全市地区生产总值年均增长6.9%。"),
    ("攸县", 2026, "一、“十四五”发展成就", "五年来，全县地区生产总值年均增长6.1%。"),
]


def _doc(review, body):
    region, year, title, opening = review
    return (f"{region}人民政府工作报告\n——{year}年1月20日在{region}人民代表大会会议上\n\n{title}\n{opening}\n{body}\n"), region, year


# 1. a line a semicolon ends goes on its paragraph: the year opening the paragraph dates the lines after the cut
@pytest.mark.parametrize("body,keys", [
    ("{y}年，全市地区生产总值增长2.5%；规模以上工业增加值增长2.0%；\n社会消费品零售总额下降4.1%；城镇居民人均可支配收入52630元，"
     "农村居民人均可支配收入24832元，分别增长3.5%、7.0%。",
     {("retail_sales", "growth"): (-4.1, "eq"), ("urban_disposable_income", "growth"): (3.5, "eq"),
      ("rural_disposable_income", "growth"): (7.0, "eq")}),
    # (cut twice, a change in points among the lines)
    ("{y}年，全市地区生产总值增长4.6%；\n规模以上工业增加值增长5.9%；\n常住人口城镇化率提高0.6个百分点；城镇居民人均可支配收入增长4.1%。",
     {("industrial_va", "growth"): (5.9, "eq"), ("urbanization_rate", "pp_change"): (0.6, "eq"),
      ("urban_disposable_income", "growth"): (4.1, "eq")}),
    # (the year's opening by its number and 全年)
    ("{y}年全年，一般公共预算收入下降3.2%；\n固定资产投资增长8.5%；社会消费品零售总额下降1.2%。",
     {("fixed_asset_investment", "growth"): (8.5, "eq"), ("retail_sales", "growth"): (-1.2, "eq")}),
])
@pytest.mark.parametrize("review", _REVIEWS)
def test_a_years_paragraph_cut_after_a_semicolon_keeps_its_year(body, keys, review):
    text, region, year = _doc(review, body.format(y=year_of(review)))
    fs = facts(text, region=region, report_year=year)
    last = str(year - 1)
    assert {k: val(fs, (k[0], "actual", last, k[1])) for k in keys} == keys


def year_of(review) -> int:
    return review[1] - 1


@pytest.mark.parametrize("body,key", [
    # (look-alikes that must not change: the five years' own paragraph cut after a semicolon; a bullet after the cut,
    # an item of its own; a new paragraph after a full stop)
    ("五年来，规模以上工业增加值年均增长6.2%；\n社会消费品零售总额增长8.1%。", ("retail_sales", "growth")),
    ("{y}年，全市地区生产总值增长4.6%；规模以上工业增加值增长5.9%；\n· 社会消费品零售总额增长3.1%。", ("retail_sales", "growth")),
    ("{y}年，全市地区生产总值增长4.6%。\n规模以上工业增加值增长5.9%；社会消费品零售总额增长3.1%。", ("retail_sales", "growth")),
])
@pytest.mark.parametrize("review", _REVIEWS[:2])
def test_the_five_years_paragraphs_and_other_cuts_are_unchanged(body, key, review):
    text, region, year = _doc(review, body.format(y=year_of(review)))
    fs = facts(text, region=region, report_year=year)
    span = f"{year - 5}-{year - 1}"
    assert (key[0], "actual", span, key[1]) in fs
    assert (key[0], "actual", str(year - 1), key[1]) not in fs


# 2. a list led by a line naming one year before its colon: the items are that year's
@pytest.mark.parametrize("lead,mark", [
    ("{y}年主要经济指标完成情况：", "——"),
    ("{y}年，全市经济指标如下：", "——"),
    ("{y}年，全市主要指标如下：", "{n}. "),
    ("{y}年主要指标完成情况：", "{n}."),
])
@pytest.mark.parametrize("review", _REVIEWS)
def test_a_list_led_by_one_years_line_reports_that_year(lead, mark, review):
    y = year_of(review)
    items = ["规模以上工业增加值增长6.1%；", "社会消费品零售总额下降1.2%；", "常住人口城镇化率提高0.9个百分点。"]
    body = lead.format(y=y) + "\n" + "\n".join(mark.format(n=i + 1) + it for i, it in enumerate(items))
    text, region, year = _doc(review, body)
    fs = facts(text, region=region, report_year=year)
    got = {k: val(fs, (k[0], "actual", str(y), k[1])) for k in
           (("industrial_va", "growth"), ("retail_sales", "growth"), ("urbanization_rate", "pp_change"))}
    assert got == {("industrial_va", "growth"): (6.1, "eq"), ("retail_sales", "growth"): (-1.2, "eq"),
                   ("urbanization_rate", "pp_change"): (0.9, "eq")}


@pytest.mark.parametrize("lead", ["主要指标：", "{a}年以来主要指标：", "{a}—{y}年主要指标："])
@pytest.mark.parametrize("review", _REVIEWS[:2])
def test_a_list_led_by_no_one_year_stays_the_five_years(lead, review):
    y = year_of(review)
    body = lead.format(a=y - 4, y=y) + "\n——规模以上工业增加值年均增长6.1%；\n——社会消费品零售总额增长3.3%。"
    text, region, year = _doc(review, body)
    fs = facts(text, region=region, report_year=year)
    assert ("retail_sales", "actual", f"{y - 4}-{y}", "growth") in fs
    assert ("retail_sales", "actual", str(y), "growth") not in fs


# 3. a digest that names its years only by the words looking back and ahead, the year bare of 年 ("回首2023，…",
# "展望2024，…"): the year reviewed (+1) is the report's (meta_cues.tsv look_back), the paragraph looking back is the
# review (role_cues.tsv: 回首, 回眸, 回望 as 回顾), the one looking ahead to a report's year the targets
def _digest(region, back, ahead, year):
    return (f"{region}政府工作报告（摘要）\n\n{back}{year - 1}，全市经济稳中有进。地区生产总值完成502.3亿元，增长7.2%；"
            f"一般公共预算收入41.6亿元，增长9.8%。\n\n{ahead}{year}{'：' if ahead == '展望' and year % 2 else '，'}"
            f"我们将奋力实现：地区生产总值增长6.5%，一般公共预算收入增长6%，城镇新增就业1.5万人。\n")


@pytest.mark.parametrize("back", ["回首", "回眸", "回望"])
@pytest.mark.parametrize("region,year", [("张掖市", 2024), ("陇南市", 2022), ("株洲市", 2019), ("遵义市", 2026)])
def test_a_digest_of_bare_years_looking_back_and_ahead(back, region, year):
    text = _digest(region, back, "展望", year)
    d = read(text)
    assert d.meta.report_year == year
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    last = str(year - 1)
    assert val(fs, ("gdp", "actual", last, "level")) == (502.3, "eq")
    assert val(fs, ("gdp", "actual", last, "growth")) == (7.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", last, "growth")) == (9.8, "eq")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6.5, "eq")
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (1.5, "eq")


@pytest.mark.parametrize("text,year", [
    # (look-alikes that must not change: the year with 年, the five years looked back on, a horizon looked ahead to)
    ("余杭区人民政府工作报告（摘要）\n\n回顾2019年，全区地区生产总值增长8.7%。\n今年，全区地区生产总值增长7%左右。\n", 2020),
    ("余杭区人民政府工作报告（摘要）\n\n回首过去五年，全区地区生产总值年均增长9.5%。\n2020年，全区地区生产总值增长7%左右。\n", 2020),
])
def test_years_with_their_word_and_the_five_years_are_unchanged(text, year):
    d = read(text)
    assert d.meta.report_year == year


def test_a_horizon_looked_ahead_to_is_no_years_target():
    text = ("陇南市2022年政府工作报告\n\n一、2021年工作回顾\n全市地区生产总值增长7.2%。\n\n二、今后五年目标\n"
            "展望2035，全市地区生产总值年均增长6%左右。\n")
    fs = keys_of(read(text))
    assert ("gdp", "target", "2022", "growth") not in fs
