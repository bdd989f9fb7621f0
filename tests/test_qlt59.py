"""Qualitative targets and goals in Chinese, every level, 2016–2026, blind (qlt59, decision 470): a pace set as
coordinated with the economy's (协调增长, 与经济增长协调), a five-year plan named in quotes between the level above's
words and the name (完成省下达的“十三五”节能减排目标任务), the quote of 完成“十三五”控制目标 over the target's words,
粮食面积和产量 as both stocks; and a probe of the class's items, taxonomy facts and no facts, that must hold."""
import pytest

from factkeys import facts, val

_HEAD = "政府工作报告\n——{y}年1月12日在{r}第十五届人民代表大会第三次会议上\n\n"
Q = "qualitative"


def _read(body, region="某某市", level="prefecture", year=2023):
    return facts(_HEAD.format(y=year, r=region) + body + "\n", region=region, level=level, report_year=year)


def _list(item, year=2023, region="某某市", level="prefecture"):
    return _read(f"今年主要预期目标是：地区生产总值增长6%左右；{item}；城镇新增就业1万人。", region, level, year)


_URBAN_RURAL = ("urban_disposable_income", "rural_disposable_income")


# 1. a pace coordinated with the economy's: the indicator's qualitative target (growth), as 与经济增长同步 is; the
# economy's growth named as the comparator is no GDP fact of its own
@pytest.mark.parametrize("item,inds", [
    ("一般公共预算收入与经济增长协调增长", ("general_budget_revenue",)),
    ("一般公共预算收入增长与经济增长协调", ("general_budget_revenue",)),
    ("城乡居民收入与经济增长协调增长", _URBAN_RURAL),
    ("居民人均可支配收入与经济增长协调增长", ("disposable_income",)),
    ("财政总收入与经济发展协调增长", ("fiscal_total_revenue",)),
])
@pytest.mark.parametrize("year,region,level", [(2023, "南阳市", "prefecture"), (2018, "江西省", "province"),
                                               (2020, "舒城县", "county")])
def test_a_pace_coordinated_with_the_economy(item, inds, year, region, level):
    fs = _list(item, year, region, level)
    for ind in inds:
        assert val(fs, (ind, "target", str(year), "growth")) == (None, Q)
        assert "协调" in fs[(ind, "target", str(year), "growth")].quote
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "about")


def test_coordinated_before_the_gdp_figure_leaves_the_gdp_its_figure():
    fs = _read("今年主要预期目标是：一般公共预算收入与经济增长协调增长，经济增长6%左右。")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (None, Q)
    assert fs[("general_budget_revenue", "target", "2023", "growth")].quote == "一般公共预算收入与经济增长协调增长"
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")


@pytest.mark.parametrize("body", [
    "今年主要预期目标是：推动区域协调发展，经济增长6%左右。",
    "今年主要预期目标是：经济增长6%左右，城乡区域发展更加协调。",
])
def test_coordination_of_no_indicator_gives_nothing(body):
    fs = _read(body)
    assert set(fs) == {("gdp", "target", "2023", "growth")}


def test_a_review_coordinated_is_no_target():
    fs = _read("过去一年，全市地区生产总值增长5.2%，一般公共预算收入与经济增长协调增长。")
    assert not any(k[1] == "target" for k in fs)


# 2. the plan whose target the level above hands down, named in quotes between the handed-down words and the name
@pytest.mark.parametrize("item,year", [
    ("完成省下达的“十三五”节能减排目标任务", 2018),
    ("完成市下达的“十三五”节能降耗任务", 2019),
    ("确保完成国家下达的“十四五”能耗双控目标", 2023),
    ("完成自治区下达的“十五五”节能减排降碳任务", 2027),
    ("实现省下达的“十四五”规划节能减排目标", 2022),
])
def test_a_quoted_plan_after_the_level_above(item, year):
    fs = _list(item, year)
    f = fs[("energy_intensity", "target", str(year), "growth")]
    assert (f.value, f.qualifier) == (None, Q)
    assert "五”" in f.quote


def test_the_plan_unquoted_or_no_name_after_it():
    # (look-alikes: the name right after the level above's words, as before; no name after the plan: nothing)
    fs = _list("完成省下达的节能减排目标任务", 2018)
    assert val(fs, ("energy_intensity", "target", "2018", "growth")) == (None, Q)
    fs = _list("确保完成省下达的“十三五”规划目标任务", 2018)
    assert set(fs) == {("gdp", "target", "2018", "growth"), ("urban_new_jobs", "target", "2018", "level")}


# 3. a plan's target named by the plan after the name: the quote holds the target's words, not only the plan's
@pytest.mark.parametrize("item,year,tail", [
    ("单位生产总值能耗完成“十三五”控制目标", 2020, "控制目标"),
    ("单位地区生产总值能耗下降完成“十三五”目标任务", 2018, "目标任务"),
    ("单位GDP能耗降低完成“十四五”目标", 2024, "目标"),
])
def test_the_quote_runs_over_the_plan_target(item, year, tail):
    fs = _list(item, year)
    f = fs[("energy_intensity", "target", str(year), "growth")]
    assert (f.value, f.qualifier) == (None, Q)
    assert f.quote.endswith(tail) and f.quote.startswith("单位")


# 4. the grain's area by its short name before the output: both stocks
@pytest.mark.parametrize("pair", ["粮食面积和产量", "粮食面积、产量", "粮食面积与总产量"])
def test_grain_area_short_name_and_output(pair):
    fs = _list(pair + "保持稳定")
    assert val(fs, ("grain_area", "target", "2023", "level")) == (None, Q)
    assert val(fs, ("grain_output", "target", "2023", "level")) == (None, Q)


def test_grain_area_and_output_named_in_full_unchanged():
    fs = _list("粮食播种面积和产量保持稳定")
    assert val(fs, ("grain_area", "target", "2023", "level")) == (None, Q)
    assert val(fs, ("grain_output", "target", "2023", "level")) == (None, Q)
    fs = _list("粮食产量稳定在110亿斤以上")
    assert val(fs, ("grain_output", "target", "2023", "level")) == (110, "at_least")
    assert ("grain_area", "target", "2023", "level") not in fs


# 5. the probe: the items real target lists of 2016–2026 hold, one at a time in a list; a taxonomy indicator's item
# is its fact (value null and qualitative where no figure is set, the measure its numeric target takes), the rest
# (就业形势, 环境质量, 主要污染物, 国际收支, 经济…发展) no fact
_PROBE = [
    ("居民收入增长与经济增长基本同步", {("disposable_income", "growth", None, Q)}),
    ("居民收入与经济增长同步增长", {("disposable_income", "growth", None, Q)}),
    ("城乡居民收入与经济增长协调增长", {(i, "growth", None, Q) for i in _URBAN_RURAL}),
    ("居民人均可支配收入与经济增长保持同步", {("disposable_income", "growth", None, Q)}),
    ("城乡居民人均可支配收入同步增长", {(i, "growth", None, Q) for i in _URBAN_RURAL}),
    ("居民人均可支配收入增长与经济增长相协调", {("disposable_income", "growth", None, Q)}),
    ("城乡居民收入增长快于经济增长", {(i, "growth", None, Q) for i in _URBAN_RURAL}),
    ("农村居民人均可支配收入增长快于城镇居民", {("rural_disposable_income", "growth", None, Q)}),
    ("居民消费价格涨幅控制在3%左右", {("cpi", "growth", 3, "about")}),
    ("居民消费价格涨幅控制在3%左右，物价总水平基本稳定", {("cpi", "growth", 3, "about")}),
    ("居民消费价格涨幅控制在3%以内", {("cpi", "growth", 3, "at_most")}),
    ("物价总水平基本稳定", {("cpi", "growth", None, Q)}),
    ("居民消费价格总水平基本稳定", {("cpi", "growth", None, Q)}),
    ("居民消费价格保持基本稳定", {("cpi", "growth", None, Q)}),
    ("单位生产总值能耗降低完成省下达任务", {("energy_intensity", "growth", None, Q)}),
    ("完成国家下达的节能减排目标", {("energy_intensity", "growth", None, Q)}),
    ("单位生产总值能耗降低完成国家下达的“十四五”目标任务", {("energy_intensity", "growth", None, Q)}),
    ("单位生产总值二氧化碳排放完成国家下达目标", {("carbon_intensity", "growth", None, Q)}),
    ("主要污染物排放量持续下降", set()),
    ("主要污染物排放总量完成省下达任务", set()),
    ("环境质量持续改善", set()),
    ("生态环境质量只能更好、不能变坏", set()),
    ("城镇登记失业率控制在4.5%以内", {("registered_unemployment_rate", "share", 4.5, "at_most")}),
    ("城镇登记失业率控制在4.5%以内，就业形势保持稳定", {("registered_unemployment_rate", "share", 4.5, "at_most")}),
    ("城镇调查失业率控制在省下达目标以内", {("urban_unemployment_rate", "share", None, Q)}),
    ("城镇调查失业率保持总体稳定", {("urban_unemployment_rate", "share", None, Q)}),
    ("就业形势保持稳定", set()),
    ("就业局势总体稳定", set()),
    ("粮食产量稳定在430亿斤以上", {("grain_output", "level", 430, "at_least")}),
    ("粮食总产量稳定在100万吨以上", {("grain_output", "level", 100, "at_least")}),
    ("粮食播种面积稳定在1500万亩以上", {("grain_area", "level", 1500, "at_least")}),
    ("进出口稳中提质", {("foreign_trade", "growth", None, Q)}),
    ("外贸进出口促稳提质", {("foreign_trade", "growth", None, Q)}),
    ("进出口稳中提质，国际收支基本平衡", {("foreign_trade", "growth", None, Q)}),
    ("国际收支基本平衡", set()),
    ("实际使用外资稳中有升", {("fdi", "growth", None, Q)}),
    ("经济保持平稳健康发展", set()),
    ("一般公共预算收入与经济增长协调增长", {("general_budget_revenue", "growth", None, Q)}),
    ("一般公共预算收入与经济增长基本协调", {("general_budget_revenue", "growth", None, Q)}),
    ("财政总收入与经济增长同步", {("fiscal_total_revenue", "growth", None, Q)}),
    ("空气质量优良天数比率完成省下达任务", {("good_air_days", "share", None, Q)}),
    ("税收占一般公共预算收入比重稳中有升", {("tax_revenue_share", "share", None, Q)}),
    ("森林覆盖率稳步提高", {("forest_coverage", "share", None, Q)}),
    ("粮食面积和产量保持稳定", {("grain_area", "level", None, Q), ("grain_output", "level", None, Q)}),
]


@pytest.mark.parametrize("item,want", _PROBE)
def test_probe_of_a_target_list_item(item, want):
    fs = _list(item)
    frame = {("gdp", "target", "2023", "growth"), ("urban_new_jobs", "target", "2023", "level")}
    got = {(k[0], k[3], f.value, f.qualifier) for k, f in fs.items() if k not in frame}
    assert got == want
    assert all(k[1] == "target" and k[2] == "2023" for k in fs)


# the goals of a plan's span in the same words: dated by the year named (到2025年), else by the span
@pytest.mark.parametrize("item,want", [
    ("城乡居民收入增长与经济增长同步", {(i, "growth", None, Q) for i in _URBAN_RURAL}),
    ("研发经费投入强度明显提高", {("rnd_intensity", "share", None, Q)}),
    ("常住人口城镇化率明显提高", {("urbanization_rate", "share", None, Q)}),
    ("全员劳动生产率明显提高", {("labor_productivity", "growth", None, Q)}),
    ("单位地区生产总值能耗降低完成省下达的“十四五”目标任务", {("energy_intensity", "growth", None, Q)}),
    ("基本实现社会主义现代化", set()),
    ("城乡居民收入差距持续缩小", set()),
    ("生态环境质量只能更好、不能变坏", set()),
])
def test_probe_of_a_goal_item(item, want):
    fs = _read(f"“十四五”时期主要目标：到2025年，地区生产总值年均增长6%左右，{item}，城镇新增就业5万人。")
    got = {(k[0], k[3], f.value, f.qualifier) for k, f in fs.items() if k[0] not in ("gdp", "urban_new_jobs")}
    assert got == want
    assert all(k[1] == "goal" and k[2] == "2025" for k in fs)


def test_a_year_of_no_gdp_figure():
    # (2020: the economy kept steady in words, no fact; the GDP's pace set against the province's, its qualitative
    # target; a price level's words the CPI's)
    fs = _read("今年全县经济社会发展的主要预期目标是：经济保持平稳健康发展，地区生产总值增长力争好于全省平均水平；"
               "城乡居民人均可支配收入同步增长；城镇登记失业率控制在4%以内，就业形势保持稳定；居民消费价格总水平基本稳定；"
               "单位生产总值能耗完成“十三五”控制目标。", "舒城县", "county", 2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (None, Q)
    assert fs[("gdp", "target", "2020", "growth")].quote == "地区生产总值增长力争好于全省平均水平"
    for ind in _URBAN_RURAL:
        assert val(fs, (ind, "target", "2020", "growth")) == (None, Q)
    assert val(fs, ("registered_unemployment_rate", "target", "2020", "share")) == (4, "at_most")
    assert val(fs, ("cpi", "target", "2020", "growth")) == (None, Q)
    assert fs[("energy_intensity", "target", "2020", "growth")].quote == "单位生产总值能耗完成“十三五”控制目标"
