"""Decision 342 (spec46): the spec's hard cases in wordings no kept set used. A span's total said with 合计 or 共计 after
the years counted ("五年合计完成2216亿元") is a level over the span, as 五年累计 is; a table of the year's targets under a
caption "表1　…主要预期目标" restates the target list (its rows indicator facts, no pledges), and its last row, set bare
with a blank line under it, ends the table (no sentence runs on into the tasks after it)."""
from __future__ import annotations

import pytest

from factkeys import key_values, read


def _review(body: str) -> str:
    # a district's report of January 2026, its review of the 十四五 holding BODY
    return ("某某区人民政府工作报告\n——2026年1月8日在某某区第十八届人民代表大会第六次会议上\n\n"
            "一、“十四五”时期工作回顾\n五年来，" + body + "\n\n二、2026年工作安排\n全年新建口袋公园10个。\n")


# a total summed over the years counted with 合计 or 共计: a level over the span, and a year's figure after it is that
# year's (before the fix: the total read as the last year's level, the year's own figure lost)
@pytest.mark.parametrize("body, key, value", [
    ("一般公共预算收入五年合计完成812亿元，2025年为176.4亿元。", ("general_budget_revenue", "actual", "2021-2025", "level"), 812),
    # (共计: read as 五年共 before the fix too; kept as the same class's other word)
    ("全区固定资产投资五年共计完成2380亿元，2025年完成512亿元。", ("fixed_asset_investment", "actual", "2021-2025", "level"), 2380),
    ("社会消费品零售总额五年间合计达到3650亿元，2025年达到802亿元。", ("retail_sales", "actual", "2021-2025", "level"), 3650),
])
def test_years_summed_with_heji_is_a_span_total(body, key, value):
    kv = key_values(read(_review(body)))
    assert kv.get(key) == (value, "eq"), kv
    year_key = key[:2] + ("2025",) + key[3:]
    assert year_key in kv and kv[year_key][0] != value, kv


# look-alikes that must not change: a 合计 of parts with no years counted is no span (the year's own level), and an
# ordinal year ("第五年合计…" never stands in a report; "前三年" is a part of the span, left to its own rules)
@pytest.mark.parametrize("body, key, value", [
    ("2025年，全区一般公共预算收入和政府性基金收入合计完成316亿元。", None, None),
    ("2025年，全区固定资产投资合计完成512亿元。", ("fixed_asset_investment", "actual", "2025", "level"), 512),
])
def test_heji_without_years_is_no_span(body, key, value):
    kv = key_values(read(_review(body)))
    assert not any(k[2] == "2021-2025" and k[3] == "level" for k in kv), kv
    if key is not None:
        assert kv.get(key) == (value, "eq"), kv


def _plan_report(table: str, after: str) -> str:
    # a province's plan report of January 2023, its plan part holding a table of the year's targets, then the tasks
    return ("关于某某省2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n——2023年1月12日在某某省第十四届人民代表大会"
            "第一次会议上\n\n一、2022年计划执行情况\n全省地区生产总值增长4.1%。\n\n二、2023年计划安排\n" + table + "\n\n" + after + "\n")


_TABLE = ("表2　2023年全省国民经济和社会发展主要预期目标\n指标名称　　　　2023年预期\n地区生产总值增长　　6%左右\n"
          "城镇调查失业率　　5.5%以内\n居民消费价格涨幅　　3%左右\n常住人口城镇化率提高　1个百分点")


# a table's rows under a caption of the year's targets are the target list: indicator facts, no pledges; the tasks
# after its blank line are read as their own paragraph (before the fix: "地区生产总值增长6%" a pledge, the tasks run into
# the last row and lost)
def test_target_table_rows_no_pledges_and_tasks_after_read():
    d = read(_plan_report(_TABLE, "重点任务：新建改造农村公路3000公里；新开工保障性租赁住房2万套。"))
    objs = {(p.object, p.value, p.unit) for p in d.pledges}
    assert ("农村公路", 3000, "公里") in objs and ("保障性租赁住房", 2, "万套") in objs, objs
    assert not any(p.object == "地区生产总值" or p.unit == "个百分点" for p in d.pledges), objs
    kv = key_values(d)
    assert kv.get(("gdp", "target", "2023", "growth")) == (6, "about"), kv
    assert kv.get(("urbanization_rate", "target", "2023", "pp_change")) == (1, "eq"), kv


# look-alikes that must not change: a table of tasks (its caption no target list) keeps its rows' pledges
def test_task_table_rows_kept():
    table = "表3　2023年重点民生实事\n新建城市道路　　20条\n新建口袋公园　　15个"
    d = read(_plan_report(table, "重点任务：新建改造农村公路3000公里。"))
    objs = {(p.object, p.value) for p in d.pledges}
    assert ("城市道路", 20) in objs and ("口袋公园", 15) in objs and ("农村公路", 3000) in objs, objs


# look-alike that must not change: a row's bound cut off by a page's blank line ("…5.5%\n\n以内，…") still joins the
# row it ends, whatever the rows above it
def test_row_cut_across_blank_line_still_joins():
    table = "2023年主要预期目标\n地区生产总值增长6%左右\n城镇调查失业率控制在5.5%\n\n以内，居民消费价格涨幅3%左右。"
    kv = key_values(read(_plan_report(table, "重点任务：新建改造农村公路3000公里。")))
    assert kv.get(("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most"), kv


# look-alike that must not change: a table of the year's indicators right above the tasks with no blank line between
# (its rows cells split by |, the tasks a sentence): the table ends at the line of prose, whose pledges are read
def test_table_ends_at_prose_line():
    table = ("附表　2023年主要指标计划\n指标|单位|2023年计划\n城镇调查失业率|%|5.5以内\n"
             "2023年，全省将新建改造农村公路3000公里，新增公办学位2万个。")
    d = read(_plan_report(table, "三、保障措施\n强化规划引领。"))
    objs = {(p.object, p.value) for p in d.pledges}
    assert ("农村公路", 3000) in objs and ("公办学位", 2) in objs, objs
