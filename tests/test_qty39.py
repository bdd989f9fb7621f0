"""Quantities in their rarer forms, blind (qty39, decision 197): a 分别 run of figures written 百分之…, a sown area in
hectares, a range whose ends each carry their order (1.2万—1.5万人), 翻了一番 over the five years a sentence opens on,
an intensity's rate per 万元 of output pledged, and a count in numerals of whom a task is for."""
import pytest

from factkeys import facts, val
from taskdoc import pledges, task_doc

_TARGETS = "某某市政府工作报告\n二、2024年主要预期目标\n今年全市经济社会发展的主要预期目标是："
_REVIEW = "某某县政府工作报告\n一、2023年工作回顾\n"
_TGT = dict(region="某某市", level="prefecture", report_year=2024)
_REV = dict(region="某某县", level="county", report_year=2024)
_URBAN = ("urban_disposable_income", "target", "2024", "growth")
_RURAL = ("rural_disposable_income", "target", "2024", "growth")


# 1. 以上/左右 after the last figure of a 分别 run covers the run where its figures are written 百分之… as where they
# are digits (decision 26); one inside the run stays its own figure's
@pytest.mark.parametrize("line,urban,rural", [
    ("城乡居民人均可支配收入分别增长百分之九和百分之十以上。", (9, "at_least"), (10, "at_least")),
    ("城乡居民人均可支配收入分别增长百分之七、百分之八左右。", (7, "about"), (8, "about")),
    ("城镇、农村居民人均可支配收入分别增长百分之八点五和百分之九左右。", (8.5, "about"), (9, "about")),
    # (near misses: no bound after the last; a bound inside the run is the middle figure's alone)
    ("城乡居民人均可支配收入分别增长百分之七和百分之八点五。", (7, "eq"), (8.5, "eq")),
    ("城乡居民人均可支配收入分别增长百分之六、百分之八以上和百分之十。", (6, "eq"), (8, "at_least")),
])
def test_a_bound_after_a_run_written_in_words_covers_it(line, urban, rural):
    fs = facts(_TARGETS + line, **_TGT)
    assert val(fs, _URBAN) == urban and val(fs, _RURAL) == rural


# 2. a sown area in hectares (公顷, 万公顷, 千公顷) is the area's level in the unit as written
@pytest.mark.parametrize("line,value,unit", [
    ("2023年，全县粮食播种面积稳定在28.9万公顷，粮食总产量58.6亿斤。", 28.9, "万公顷"),
    ("2023年，全县粮食播种面积1234.5千公顷，粮食总产量65万吨。", 1234.5, "千公顷"),
    ("2023年，全县粮食种植面积达到5.6万公顷以上。", 5.6, "万公顷"),
    ("2023年，全县粮食播种面积86.5万亩。", 86.5, "万亩"),
])
def test_a_sown_area_in_hectares(line, value, unit):
    f = facts(_REVIEW + line, **_REV)[("grain_area", "actual", "2023", "level")]
    assert (f.value, f.unit) == (value, unit)


def test_hectares_of_something_else_are_no_sown_area():
    fs = facts(_REVIEW + "2023年，全县完成造林绿化2.3万公顷，新增城市绿地300公顷。", **_REV)
    assert not any(k[0] == "grain_area" for k in fs)


# 3. a range whose low end carries its own order and leaves out the unit's word ("1.2万—1.5万人"; the hyphen of
# "1500万-1800万人次" no minus) is one range in the high end's unit
@pytest.mark.parametrize("line,key,expected", [
    ("城镇新增就业1.2万—1.5万人。", ("urban_new_jobs", "target", "2024", "level"), (1.2, 1.5, "range")),
    ("接待游客1500万-1800万人次。", ("tourist_visits", "target", "2024", "level"), (1500, 1800, "range")),
    ("实际利用外资1亿至1.5亿美元。", ("fdi", "target", "2024", "level"), (1, 1.5, "range")),
    ("一般公共预算收入5000万—1亿元。", ("general_budget_revenue", "target", "2024", "level"), (0.5, 1, "range")),
])
def test_a_range_of_two_orders(line, key, expected):
    fs = facts(_TARGETS + line, **_TGT)
    assert val(fs, key) == expected and fs[key].unit in ("万人", "万人次", "亿美元", "亿元")


def test_two_figures_with_their_orders_in_a_list_stay_two():
    fs = facts(_TARGETS + "城镇新增就业1.2万人、农村劳动力转移就业2万人。", **_TGT)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (1.2, "eq")
    assert val(fs, ("rural_labor_transfer", "target", "2024", "level")) == (2, "eq")


# 4. 翻了一番 in a sentence that opens on the five years reviewed is growth of 100% over them, as 增长一倍 there is
@pytest.mark.parametrize("line,key", [
    ("五年来，全县地区生产总值翻了一番，城乡居民收入稳步增长。", ("gdp", "actual", "2019-2023", "growth")),
    ("过去五年，全县一般公共预算收入翻了一番，民生支出占比保持在80%以上。",
     ("general_budget_revenue", "actual", "2019-2023", "growth")),
])
def test_a_doubling_over_the_five_years_its_sentence_opens_on(line, key):
    assert val(facts(_REVIEW + line, **_REV), key) == (100, "eq")


@pytest.mark.parametrize("line", [
    # (a year's review names no years a doubling is over: nothing)
    "2023年，全县一般公共预算收入翻了一番，高新技术企业数量翻了一番。",
    "全年一般公共预算收入翻了一番。",
])
def test_a_doubling_in_a_years_review_is_no_fact(line):
    fs = facts(_REVIEW + line, **_REV)
    assert not any(k[0] == "general_budget_revenue" and k[3] == "growth" for k in fs)


# 5. an intensity's rate per 万元 of output pledged in the tasks keeps its whole unit, and the output it is measured
# per is no indicator of a target list (three such rates had read as one, and pledged nothing)
@pytest.mark.parametrize("body,expected", [
    ("万元生产总值用水量下降到11立方米/万元。", ("下降到", "万元生产总值用水量", 11, "立方米/万元")),
    ("万元生产总值用水量下降到11立方米/万元，万元工业增加值用水量控制在15立方米/万元以内，单位生产总值能耗降至0.45吨标准煤/万元。",
     ("控制在", "万元工业增加值用水量", 15, "立方米/万元")),
    ("全年新增就业8000人，万元生产总值用水量下降到12立方米/万元，万元工业增加值用水量控制在16立方米/万元以内。",
     ("下降到", "万元生产总值用水量", 12, "立方米/万元")),
])
def test_a_rate_per_output_pledged(body, expected):
    assert expected in pledges(body)


def test_a_target_list_restated_in_the_tasks_still_pledges_nothing():
    got = pledges("全年地区生产总值增长6%，固定资产投资增长8%，社会消费品零售总额增长7%。")
    assert got == set()


# 6. a count in numerals of the people or households a task is done for, after 为/给/对, counts the task as digits do
@pytest.mark.parametrize("body,expected", [
    ("为全市二十万名农村学生提供营养改善计划补助。", ("提供", "营养改善计划补助", 20, "万名")),
    ("为两万户困难家庭实施适老化改造。", ("实施", "适老化改造", 2, "万户")),
    ("给一万二千名农村适龄妇女免费开展两癌筛查。", ("开展", "两癌筛查", 12000, "名")),
])
def test_a_count_in_numerals_of_whom_a_task_is_for(body, expected):
    assert expected in pledges(body)


@pytest.mark.parametrize("body", ["为三个乡镇新建卫生院。", "为二十万名群众办实事。"])
def test_numerals_before_no_task_counted_pledge_nothing(body):
    assert not [p for p in task_doc(body).pledges if p.value in (3, 20)]


# 7. counts in numerals listed after one verb (、 between, or 分别 before) are one count each, as digits are; a range in
# numerals ("二十至三十个") is one range
@pytest.mark.parametrize("body,expected", [
    ("新建改造供水、排水管网一百二十公里、八十公里。", {("新建改造", "供水管网", 120, "公里"), ("新建改造", "排水管网", 80, "公里")}),
    ("新建改造供水、排水管网分别为一百二十公里、八十公里。", {("新建改造", "供水管网", 120, "公里"), ("新建改造", "排水管网", 80, "公里")}),
    ("新建改造雨水、污水管网分别三十公里和二十五公里。", {("新建改造", "雨水管网", 30, "公里"), ("新建改造", "污水管网", 25, "公里")}),
])
def test_a_run_of_counts_in_numerals(body, expected):
    assert expected <= pledges(body)


@pytest.mark.parametrize("body,low,high", [
    ("招引亿元以上项目二十至三十个。", 20, 30),
    ("新建村级综合服务中心五到八个。", 5, 8),
])
def test_a_range_in_numerals(body, low, high):
    got = [(p.value, p.value_high, p.qualifier) for p in task_doc(body).pledges]
    assert got == [(low, high, "range")]


def test_numerals_in_a_slogan_after_a_comma_are_no_run():
    # (a named set of works, its numerals no counts: nothing pledged)
    assert pledges("坚持“一个中心、两个基地、三大板块”发展思路。") == set()


# 8. an amount written with a bare order closing its clause (its 元 left out: "1.2万亿", "300亿", "五千亿") is pledged in
# 亿元/万亿元 where what its clause counts is money, as the facts read it (decision 96)
@pytest.mark.parametrize("body,expected", [
    ("全年完成固定资产投资1.2万亿。", ("完成", "固定资产投资", 1.2, "万亿元")),
    ("争取专项债券300亿，发行地方政府债券1500亿。", ("发行", "地方政府债券", 1500, "亿元")),
    ("全年新增贷款300亿以上，争取上级资金五十亿左右。", ("争取", "上级资金", 50, "亿元")),
])
def test_an_amount_with_a_bare_order_pledged(body, expected):
    assert expected in pledges(body)


@pytest.mark.parametrize("body", ["服务人口1.2亿，覆盖全省。", "招引投资1亿以上项目20个。"])
def test_a_bare_order_of_no_money_or_a_threshold_is_no_amount(body):
    assert not [p for p in task_doc(body).pledges if p.unit in ("亿元", "万亿元")]


# 9. a per-capita figure written per person ("42560元/人", "4.2万元/人") is the per-capita indicator's level in 元/万元,
# as its name already says per person (it had been dropped for its unit); labour productivity keeps 元/人
@pytest.mark.parametrize("line,key,expected", [
    ("2023年，全县城镇居民人均可支配收入42560元/人，增长5.1%。", ("urban_disposable_income", "actual", "2023", "level"),
     (42560, "元")),
    ("2023年，全县农村居民人均可支配收入达到2.1万元/人。", ("rural_disposable_income", "actual", "2023", "level"), (2.1, "万元")),
    ("2023年，全县人均地区生产总值达到9.8万元/人。", ("gdp_per_capita", "actual", "2023", "level"), (9.8, "万元")),
    ("2023年，全县全员劳动生产率达到15.6万元/人。", ("labor_productivity", "actual", "2023", "level"), (15.6, "万元/人")),
])
def test_a_per_capita_figure_written_per_person(line, key, expected):
    f = facts(_REVIEW + line, **_REV)[key]
    assert (f.value, f.unit) == expected


# 10. a minus written as a word inside a 分别 run ("、负3.2%") is that figure's fall, the run's verb shared; the figure
# after it rises again
@pytest.mark.parametrize("line,values", [
    ("2023年，全县社会消费品零售总额、固定资产投资分别增长6.5%、负3.2%。", (6.5, -3.2)),
    ("2023年，全县社会消费品零售总额、固定资产投资分别增长百分之六点五、负百分之三点二。", (6.5, -3.2)),
    ("2023年，全县社会消费品零售总额、固定资产投资、进出口总额分别增长6.5%、负3.2%和4.1%。", (6.5, -3.2, 4.1)),
])
def test_a_minus_in_words_inside_a_run(line, values):
    fs = facts(_REVIEW + line, **_REV)
    names = ("retail_sales", "fixed_asset_investment", "foreign_trade")[:len(values)]
    assert tuple(fs[(n, "actual", "2023", "growth")].value for n in names) == values
