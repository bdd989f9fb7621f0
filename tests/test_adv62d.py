"""adv62d (decision 517): an adversarial review of decisions 508, 513 and 515, blind.

- A ；-list of the year's targets whose item holds last year's clause and a result's clause after it ("规模以上工业增加值增长
  8%，去年规模以上工业增加值年初目标为9%，实际增长10.2%；社会消费品零售总额增长9%"): the result's cue (实际) opens a clause
  of its own after the 去年 clause; it dates its own ；-item only, not the items after it (failed on the base: they were
  read as last year's results).
- A budget execution table's column of the change made (预算调整数, 调整数, 调整额): no plan of the year, though 预算 and 调整
  stand in its head (failed on the base: "年初预算 | 预算调整数 | 调整后预算 | 执行数" gave the change as the target, and
  split by single spaces the header with 调整数 was no table's).
- A span of years (用三年时间) after a year before the report's ("从2020年起，全县用三年时间改造…" in 2023): the years told
  are gone, no pledge (failed on the base).
Look-alikes keep their reading."""
import pytest

import planwatch

_GWR = ("开化县政府工作报告\n——2019年1月16日在开化县第十六届人民代表大会第三次会议上\n\n一、2018年工作回顾\n"
        "2018年，全县地区生产总值增长7.6%。\n\n二、2019年主要预期目标\n{t}\n\n三、2019年重点工作\n今年将新建农村文化礼堂30个。\n")
_NEWS = ("莒县政府工作报告：今年经济稳中求进\n2023-01-13 08:40  来源：日照日报\n\n1月12日，莒县第十九届人民代表大会第二次会议"
         "开幕，县长孙立新作政府工作报告。\n\n{t}\n")
_BUDGET = ("关于沈河区2016年预算执行情况和2017年预算草案的报告\n——2017年1月10日在沈河区第十七届人民代表大会第一次会议上\n\n"
           "一、2016年预算执行情况\n2016年，全区一般公共预算收入增长5.2%。\n\n附表\n沈河区2016年一般公共预算收支执行表\n{t}\n")


def _read(page: str, t: str):
    text = page.format(t=t)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    i = text.index(t)
    facts = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts if i <= f.start < i + len(t)}
    pledges = {(p.object, p.value, p.unit, p.period) for p in doc.pledges if i <= p.start < i + len(t)}
    return facts, pledges


# 1. last year's clause, then a result's clause, inside a targets ；-item: the items after it are this year's targets
@pytest.mark.parametrize("t, want, gone", [
    ("地区生产总值增长7%左右；规模以上工业增加值增长8%，去年规模以上工业增加值年初目标为9%，实际增长10.2%；社会消费品零售总额"
     "增长9%；城镇新增就业3000人以上。",
     [("industrial_va", "target", "2018", "growth", 9), ("industrial_va", "actual", "2018", "growth", 10.2),
      ("retail_sales", "target", "2019", "growth", 9), ("urban_new_jobs", "target", "2019", "level", 3000)],
     [("retail_sales", "actual", "2018", "growth", 9), ("urban_new_jobs", "actual", "2018", "level", 3000)]),
    ("地区生产总值增长7%左右；固定资产投资增长10%，去年固定资产投资预期目标为12%，全县实际增长13.1%；社会消费品零售总额增长9%。",
     [("fixed_asset_investment", "actual", "2018", "growth", 13.1), ("retail_sales", "target", "2019", "growth", 9)],
     [("retail_sales", "target", "2018", "growth", 9)]),
    ("一般公共预算收入增长6%，上年一般公共预算收入年初预期增长8%，实际增长9.5%；城镇新增就业3000人。",
     [("general_budget_revenue", "actual", "2018", "growth", 9.5), ("urban_new_jobs", "target", "2019", "level", 3000)],
     [("urban_new_jobs", "actual", "2018", "level", 3000)]),
    ("地区生产总值增长7%左右；社会消费品零售总额增长9%，去年年初预期目标为10%，实际增长9.6%；城镇新增就业3000人。",
     [("retail_sales", "actual", "2018", "growth", 9.6), ("urban_new_jobs", "target", "2019", "level", 3000)],
     [("urban_new_jobs", "actual", "2018", "level", 3000)]),
])
def test_last_years_result_clause_dates_its_item_only(t, want, gone):
    facts, _ = _read(_GWR, t)
    for w in want:
        assert w in facts
    for g in gone:
        assert g not in facts


# 1b. look-alikes: the elliptic last year's figure, a list with no last year's clause (as on the base)
@pytest.mark.parametrize("t, want", [
    ("地区生产总值增长7%左右，去年增长7.6%；社会消费品零售总额增长9%；城镇新增就业3000人。",
     [("gdp", "target", "2019", "growth", 7), ("retail_sales", "target", "2019", "growth", 9),
      ("urban_new_jobs", "target", "2019", "level", 3000)]),
    ("地区生产总值增长7%左右；社会消费品零售总额增长9%；城镇新增就业3000人。",
     [("retail_sales", "target", "2019", "growth", 9), ("urban_new_jobs", "target", "2019", "level", 3000)]),
])
def test_targets_list_look_alikes(t, want):
    facts, _ = _read(_GWR, t)
    for w in want:
        assert w in facts


# 2. a budget table's column of the change made is no plan: the revised budget is the year's target
@pytest.mark.parametrize("t", [
    "单位：亿元\n项目 | 年初预算 | 预算调整数 | 调整后预算 | 执行数\n一般公共预算收入 | 44.2 | 0.8 | 45.0 | 45.6",
    "单位：亿元\n项目 年初预算 预算调整数 调整后预算 执行数\n一般公共预算收入 44.2 0.8 45.0 45.6",
    "单位：亿元\n项目 年初预算 调整数 调整预算 执行数\n一般公共预算收入 44.2 0.8 45.0 45.6",
    "单位：亿元\n项目 年初预算 调整额 调整预算 执行数\n一般公共预算收入 44.2 0.8 45.0 45.6",
])
def test_budget_change_column_is_no_plan(t):
    facts, _ = _read(_BUDGET, t)
    assert ("general_budget_revenue", "target", "2016", "level", 45) in facts
    assert ("general_budget_revenue", "actual", "2016", "level", 45.6) in facts
    assert not any(f[1] == "target" and f[4] in (0.8, 44.2) for f in facts)


# 2b. look-alikes: the budget and its revision with no change column (decision 1), bars or spaces
@pytest.mark.parametrize("t", [
    "单位：亿元\n项目 | 年初预算 | 调整预算 | 执行数\n一般公共预算收入 | 44.2 | 45.0 | 45.6",
    "单位：亿元\n项目 年初预算 调整预算 执行数\n一般公共预算收入 44.2 45.0 45.6",
])
def test_budget_table_look_alikes(t):
    facts, _ = _read(_BUDGET, t)
    assert ("general_budget_revenue", "target", "2016", "level", 45) in facts
    assert not any(f[1] == "target" and f[4] == 44.2 for f in facts)


# 3. a span of years after a year gone by is told done: no pledge
@pytest.mark.parametrize("t", [
    "报告显示，从2020年起，全县用三年时间改造城镇老旧小区60个。",
    "报告显示，从2019年开始，该县用三年时间新建农村公路450公里。",
])
def test_span_after_a_past_year_is_no_pledge(t):
    _, pledges = _read(_NEWS, t)
    assert not pledges


# 3b. look-alikes: the span ahead from the report's year, or with no year, stays a pledge of its span (decision 508)
@pytest.mark.parametrize("t, want", [
    ("报告提出，从2023年起，全县用三年时间改造城镇老旧小区60个。", ("城镇老旧小区", 60, "个", "2023-2025")),
    ("报告提出，全县将用三年时间改造城镇老旧小区60个。", ("城镇老旧小区", 60, "个", "2023-2025")),
    ("用两年时间新建改造城市燃气管网300公里。", ("城市燃气管网", 300, "公里", "2023-2024")),
])
def test_span_ahead_look_alikes(t, want):
    _, pledges = _read(_NEWS, t)
    assert want in pledges
