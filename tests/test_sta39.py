"""Statistical communiqués and budget reports of provinces, cities and counties, blind (sta39, decision 204): the three
sectors' shares in one 分别 list, the grain area's change in %, a communiqué's product and indicator tables (产量（万吨）,
绝对数), a revised budget whose grounds stand before its verb, and a budget draft's revenue sources and their sum."""
import pytest

import planwatch
from factkeys import facts, val

_COMM = "{place}{year}年国民经济和社会发展统计公报\n{place}统计局\n\n　　{year}年，全{lv}经济运行总体平稳。\n"


def _comm(body: str, place: str = "鄂州市", year: int = 2021, lv: str = "市") -> dict:
    return facts(_COMM.format(place=place, year=year, lv=lv) + body + "\n")


# 1. the three sectors' (or the second and third's) shares of the GDP in one 分别 list: the last is the tertiary share
# (the list had been read as the sectors' value added, whose measures take no share, and lost)
@pytest.mark.parametrize("sent,value", [
    ("第一、二、三产业增加值占地区生产总值的比重分别为3.5%、73.0%和23.5%。", 23.5),
    ("三次产业增加值占全市生产总值的比重分别为8.1%、40.2%、51.7%。", 51.7),
    ("第一、第二、第三产业增加值占GDP比重分别为9.3%、37.9%和52.8%。", 52.8),
    ("第二、三产业增加值占地区生产总值的比重分别为45.4%和39.3%。", 39.3),
])
def test_three_sectors_shares_in_one_list(sent, value):
    fs = _comm("　　初步核算，全年全市生产总值1109.2亿元，比上年增长8.2%。" + sent)
    assert val(fs, ("tertiary_share", "actual", "2021", "share")) == (value, "eq")
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (8.2, "eq")
    # (the sectors' value added in such a list keeps its own figures: no share there)
    fs = _comm("　　三次产业增加值分别增长3.4%、7.4%、9.1%。" + sent)
    assert val(fs, ("tertiary_industry_va", "actual", "2021", "growth")) == (9.1, "eq")
    assert ("tertiary_industry_va", "actual", "2021", "share") not in fs


# 2. the grain area's change in % on the year before (a communiqué's "比上年减少0.6%") is its growth
@pytest.mark.parametrize("sent,level,unit,growth", [
    ("全年粮食播种面积870.5万亩，比上年减少0.6%。", 870.5, "万亩", -0.6),
    ("全年粮食种植面积3051.4千公顷，比上年增加0.4%。", 3051.4, "千公顷", 0.4),
    ("全年粮食播种面积1156.2万亩，下降1.2%；粮食总产量331.6万吨，增长2.1%。", 1156.2, "万亩", -1.2),
])
def test_grain_area_change_in_percent(sent, level, unit, growth):
    fs = _comm("　　" + sent, place="六安市", year=2019)
    assert val(fs, ("grain_area", "actual", "2019", "level")) == (level, "eq")
    assert fs[("grain_area", "actual", "2019", "level")].unit == unit
    assert val(fs, ("grain_area", "actual", "2019", "growth")) == (growth, "eq")
    # (a change in 万亩 is no growth; another crop's area in % is not the grain's)
    fs = _comm("　　全年粮食播种面积870.5万亩，比上年增加5.2万亩；油料种植面积80.5万亩，比上年减少2.6%。", place="六安市", year=2019)
    assert ("grain_area", "actual", "2019", "growth") not in fs


# 3. a communiqué's table of products or of indicators: the output column (产量（万吨）, 绝对数) under a title
# "YYYY年…产量及其增长速度" or "…主要经济指标" is the year's result, the row naming its product alone (粮食) with the head's word
_TABLES = [
    # cells apart by runs of spaces
    "表1  {y}年主要农产品产量及其增长速度\n产品名称      产量（万吨）     比上年增长（%）\n粮食          2764.33          1.3\n"
    "  稻谷        1883.76          0.6\n油料          362.47           4.3\n",
    # by single (ideographic) spaces, an indented sub-row
    "表1　{y}年主要农产品产量及其增长速度\n产品名称　产量（万吨）　比上年增长（%）\n粮食　2764.33　1.3\n　稻谷　1883.76　0.6\n"
    "油料　362.47　4.3\n",
    # by tabs, the title naming only the output
    "表2  {y}年主要农产品产量\n产品名称\t产量（万吨）\t比上年增长（%）\n粮食\t2764.33\t1.3\n油料\t362.47\t4.3\n",
    # by single spaces, an indented sub-row
    "表1 {y}年主要农产品产量及其增长速度\n产品名称 产量（万吨） 比上年增长（%）\n粮食 2764.33 1.3\n 稻谷 1883.76 0.6\n油料 362.47 4.3\n",
]


@pytest.mark.parametrize("table", _TABLES)
def test_communique_product_table(table):
    fs = _comm("　　全年农业生产保持稳定。\n" + table.format(y=2021), place="湖北省", lv="省")
    assert val(fs, ("grain_output", "actual", "2021", "level")) == (2764.33, "eq")
    assert fs[("grain_output", "actual", "2021", "level")].unit == "万吨"
    assert val(fs, ("grain_output", "actual", "2021", "growth")) == (1.3, "eq")


def test_communique_indicator_table_of_absolute_figures():
    table = ("表1　2023年全市主要经济指标\n指标　单位　绝对数　比上年增长（%）\n地区生产总值　亿元　2143.6　5.6\n"
             "社会消费品零售总额　亿元　980.2　7.1\n")
    fs = _comm("　　全年经济运行稳中有进。\n" + table, place="六安市", year=2023)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (2143.6, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (7.1, "eq")


def test_a_table_of_places_names_no_indicator():
    # (a table of the districts' GDP: no row is the region's, none a product the head's word names)
    table = ("表1  2024年各县市区生产总值及增速\n县市区        生产总值（亿元）    比上年增长（%）\n神木市        2386.45            6.1\n"
             "府谷县        1201.37            5.4\n"
             "表2  2024年主要农产品产量及其增长速度\n产品名称      产量（万吨）     比上年增长（%）\n粮食          231.5          1.8\n")
    fs = _comm("　　全年全市生产总值7523.83亿元，比上年增长5.8%。\n" + table, place="榆林市", year=2024)
    assert val(fs, ("gdp", "actual", "2024", "level")) == (7523.83, "eq")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.8, "eq")
    assert val(fs, ("grain_output", "actual", "2024", "level")) == (231.5, "eq")


_BUD = ("关于{place}2019年预算执行情况和2020年预算草案的报告\n——2020年1月8日在{place}第十六届人民代表大会第四次会议上\n"
        "{lv}财政局局长　沈建华\n\n一、2019年预算执行情况\n")


# 4. a budget revised in the year reviewed with its grounds glued before the verb ("，执行中因上级补助增加等因素调整为…"):
# the revised budget is the year's target as with no grounds (it had been the year's result, or lost)
@pytest.mark.parametrize("sent,ind,value", [
    ("　　年初预算一般公共预算支出为88.9亿元，执行中因上级补助增加等因素调整为97.5亿元。", "general_budget_expenditure", 97.5),
    ("　　全县一般公共预算支出年初预算为88.9亿元，因政策变化调整为97.5亿元。", "general_budget_expenditure", 97.5),
    ("　　全县一般公共预算收入年初预算为48.9亿元，由于减税降费政策调减为45.2亿元。", "general_budget_revenue", 45.2),
])
def test_revised_budget_with_grounds_is_the_target(sent, ind, value):
    fs = facts(_BUD.format(place="桐乡市", lv="市") + sent + "\n")
    assert val(fs, (ind, "target", "2019", "level")) == (value, "eq")
    assert (ind, "actual", "2019", "level") not in fs
    # (the result after the revision stays the year's result)
    fs = facts(_BUD.format(place="桐乡市", lv="市") + sent.rstrip("。") + "，实际完成96.1亿元，增长3.2%。\n")
    assert val(fs, (ind, "target", "2019", "level")) == (value, "eq")
    assert val(fs, (ind, "actual", "2019", "level")) == (96.1, "eq")


def test_grounds_of_a_growth_are_no_revision():
    # (a near miss: 因…调整 as the grounds of a result's change, no revision verb before a figure)
    fs = facts(_BUD.format(place="桐乡市", lv="市") + "　　全县一般公共预算收入完成45.2亿元，因统计口径调整，增长3.2%。"
               "年初预算一般公共预算支出为88.9亿元，执行中因上级补助增加等因素调整为97.5亿元。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2019", "level")) == (45.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2019", "growth")) == (3.2, "eq")
    assert val(fs, ("general_budget_expenditure", "target", "2019", "level")) == (97.5, "eq")


_DRAFT = ("关于泾阳县2023年预算执行情况和2024年预算草案的报告\n——2024年1月10日在泾阳县第十八届人民代表大会第三次会议上\n"
          "县财政局局长　李强\n\n一、2023年预算执行情况\n　　全县一般公共预算收入完成12.6亿元，增长9.6%。\n二、2024年预算草案\n")


def _draft_pledges(body: str) -> set[tuple[str, str, float, str]]:
    d = planwatch.read_text(_DRAFT + body + "\n", "t.txt")
    for p in d.pledges:
        assert d.text[p.start:p.end] == p.quote
    return {(p.action, p.object, p.value, p.unit) for p in d.pledges}


# 5. a draft's sources added to its own revenue and their sum ("加上上级补助收入…、调入资金…，收入总计…") are what the
# budget has to spend, no allocation; the spending allocated stays a pledge
@pytest.mark.parametrize("body,spent", [
    ("　　2024年全县一般公共预算收入安排13.2亿元，增长5%，加上上级补助收入21.5亿元、调入资金2亿元，收入总计36.7亿元；"
     "一般公共预算支出安排36.7亿元。", 36.7),
    ("　　全县一般公共预算收入预期13.6亿元，加上上级补助收入22.4亿元、调入资金1.5亿元，收入合计37.5亿元。一般公共预算支出安排"
     "37.5亿元。", 37.5),
    ("　　全县可用财力为38.2亿元，其中上级转移支付21.5亿元、调入资金1.5亿元。一般公共预算支出安排38.2亿元。", 38.2),
])
def test_budget_sources_and_their_sum_are_no_pledges(body, spent):
    got = _draft_pledges(body)
    assert ("安排", "一般公共预算支出", spent, "亿元") in got
    assert not any(o in ("资金", "收入", "调入资金", "上级转移支付") or v in (2, 1.5, 21.5) for _, o, v, _ in got), got


def test_budget_stabilisation_fund_and_a_drafts_proposal():
    got = _draft_pledges("　　从预算稳定调节基金调入资金5亿元，用于平衡预算。一般公共预算支出预算建议数为35.1亿元。")
    assert ("调入", "资金", 5, "亿元") in got
    assert ("安排", "一般公共预算支出", 35.1, "亿元") in got
    assert not any(a == "稳定" for a, *_ in got), got


# 6. a budget's execution table: the budget first set and its revision before the year's result ("年初预算 | 调整预算 |
# 执行数") are the year reviewed's (the first set had become the draft year's target); the revised is the target
_EXEC = ("表1  2023年全县一般公共预算收支执行情况\n单位：万元\n"
         "项目              {a}      {b}      执行数       为调整预算%     比上年增长%\n"
         "一般公共预算收入   120000       123000        126000       102.4           9.6\n"
         "一般公共预算支出   350000       372000        382000       102.7           3.1\n")


@pytest.mark.parametrize("a,b", [("年初预算", "调整预算"), ("年初预算数", "调整后预算"), ("预算数", "调整预算数")])
def test_budget_execution_table_columns_are_the_year_reviewed(a, b):
    fs = facts(_DRAFT.replace("　　全县一般公共预算收入完成12.6亿元，增长9.6%。\n", _EXEC.format(a=a, b=b)))
    assert val(fs, ("general_budget_revenue", "target", "2023", "level")) == (123000, "eq")
    assert val(fs, ("general_budget_expenditure", "actual", "2023", "level")) == (382000, "eq")
    assert ("general_budget_revenue", "target", "2024", "level") not in fs
    assert ("general_budget_expenditure", "target", "2024", "level") not in fs
    # (a draft's table, last year's result before the new budget: the new budget stays the draft year's)
    draft = ("表2  2024年全县一般公共预算收入预算表\n单位：万元\n项目              上年执行数      年初预算      比上年执行数增长%\n"
             "一般公共预算收入   126000         132000        4.8\n")
    fs = facts(_DRAFT + draft)
    assert val(fs, ("general_budget_revenue", "target", "2024", "level")) == (132000, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (4.8, "eq")
