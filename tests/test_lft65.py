"""lft65 (decision 565): what the last rounds left, one class at a time, blind.

- The year's start, then an aim word before the figure's name, the aim closing its sentence and its result opening the
  next with the name left out (“年初，全县力争地区生产总值增长7.5%。实际增长6.8%，总量达到812亿元。”): the aim is the year
  reviewed's target, the result and the level after it the year reviewed's results (failed on the base: the result lost,
  or read with the level as the report year's target; decision 562's Left).
- A bare 总量 after another name's clause, its amount no figure that name can take (“地区生产总值增长8.6%，城镇新增就业6800人，
  总量突破560亿元”): the level of the name before that can take it (failed on the base: lost; decision 552's Left).
- 年初 glued to the aim word (“年初力争实现一般公共预算收入增长6%。”): the year reviewed's target (failed on the base: the
  report year's).
Look-alikes keep their reading: the aim with its result after a comma, a set word (计划) before the name, the aim word
after the name (decision 562), a bare aim with no 年初 (the report year's, as the base reads it), 年初 before a clause
with no aim, the next sentence another name's result; 总量 after a name that can take the amount (its own), a rank of 总量
after a count (the count's, as before), no name before that can take the amount (nothing), a name before with a level of
its own (nothing moved)."""
from __future__ import annotations

import pytest

from factkeys import read

_HEADS = {
    "county": "政府工作报告\n——2024年1月9日在邵东市第二十届人民代表大会第三次会议上\n市长 周立新\n一、2023年工作回顾\n",
    "city": "政府工作报告\n——2021年1月12日在南平市第六届人民代表大会第五次会议上\n市长 林军\n一、2020年工作回顾\n",
    "prov": "政府工作报告\n——2019年1月28日在陕西省第十三届人民代表大会第二次会议上\n省长 刘明\n一、2018年工作回顾\n",
}


def _facts(head: str, body: str) -> set:
    return {(f.indicator, f.role, f.period, f.measure, f.value)
            for f in read(_HEADS[head] + body + "\n", "t.txt").facts if not f.indicator.startswith("other:")}


AIM_THEN_RESULT = [
    ("county", "年初，全市力争地区生产总值增长7.5%。实际增长6.8%，总量达到812亿元。",
     {("gdp", "target", "2023", "growth", 7.5), ("gdp", "actual", "2023", "growth", 6.8),
      ("gdp", "actual", "2023", "level", 812)}),
    ("city", "年初，全市力争固定资产投资增长12%。全年实际增长10.5%。",
     {("fixed_asset_investment", "target", "2020", "growth", 12), ("fixed_asset_investment", "actual", "2020", "growth", 10.5)}),
    ("prov", "年初，全省确保进出口总额增长10%。实际增长12.6%。",
     {("foreign_trade", "target", "2018", "growth", 10), ("foreign_trade", "actual", "2018", "growth", 12.6)}),
    ("city", "去年年初，全市争取实现社会消费品零售总额增长9%。全年实际增长7.3%。",
     {("retail_sales", "target", "2020", "growth", 9), ("retail_sales", "actual", "2020", "growth", 7.3)}),
    ("county", "年初力争实现一般公共预算收入增长6%。实际增长4.8%，总量达到36.4亿元。",
     {("general_budget_revenue", "target", "2023", "growth", 6), ("general_budget_revenue", "actual", "2023", "growth", 4.8),
      ("general_budget_revenue", "actual", "2023", "level", 36.4)}),
]


@pytest.mark.parametrize("head,body,want", AIM_THEN_RESULT)
def test_year_start_aim_before_name_then_result(head, body, want):
    assert _facts(head, body) == want


GLUED = [
    ("county", "年初力争实现地区生产总值增长7%。", {("gdp", "target", "2023", "growth", 7)}),
    ("prov", "年初确保一般公共预算收入增长5%。", {("general_budget_revenue", "target", "2018", "growth", 5)}),
]


@pytest.mark.parametrize("head,body,want", GLUED)
def test_year_start_glued_to_aim(head, body, want):
    assert _facts(head, body) == want


KEPT = [
    # the aim with its result after a comma (the base's reading)
    ("county", "年初力争实现地区生产总值增长7%，实际增长6.2%，总量达到530亿元。",
     {("gdp", "target", "2023", "growth", 7), ("gdp", "actual", "2023", "growth", 6.2), ("gdp", "actual", "2023", "level", 530)}),
    # a set word before the name (decision 416)
    ("city", "年初，全市计划固定资产投资增长12%。实际增长10.5%。",
     {("fixed_asset_investment", "target", "2020", "growth", 12), ("fixed_asset_investment", "actual", "2020", "growth", 10.5)}),
    # the aim word after the name (decision 562)
    ("county", "年初，全市地区生产总值力争增长7.5%。实际增长6.8%。",
     {("gdp", "target", "2023", "growth", 7.5), ("gdp", "actual", "2023", "growth", 6.8)}),
    # the next sentence another name's result (decision 562)
    ("city", "年初，全市力争一般公共预算收入增长6%。全年实际完成固定资产投资增长8.6%。",
     {("general_budget_revenue", "target", "2020", "growth", 6), ("fixed_asset_investment", "actual", "2020", "growth", 8.6)}),
    # 年初 before a clause with no aim: the result
    ("prov", "年初，面对复杂形势，全省地区生产总值增长8.3%。",
     {("gdp", "actual", "2018", "growth", 8.3)}),
]


@pytest.mark.parametrize("head,body,want", KEPT)
def test_kept(head, body, want):
    assert _facts(head, body) == want


TOTAL_AFTER_OTHER = [
    ("county", "地区生产总值增长8.6%，城镇新增就业6800人，总量突破560亿元。",
     {("gdp", "actual", "2023", "growth", 8.6), ("gdp", "actual", "2023", "level", 560),
      ("urban_new_jobs", "actual", "2023", "level", 6800)}),
    ("prov", "全省一般公共预算收入增长5.2%，城镇新增就业45万人，总量达到2300亿元。",
     {("general_budget_revenue", "actual", "2018", "growth", 5.2), ("general_budget_revenue", "actual", "2018", "level", 2300),
      ("urban_new_jobs", "actual", "2018", "level", 45)}),
    ("city", "全市地区生产总值增长3.2%，新增城镇就业2.1万人，总量迈上2800亿元。",
     {("gdp", "actual", "2020", "growth", 3.2), ("gdp", "actual", "2020", "level", 2800),
      ("urban_new_jobs", "actual", "2020", "level", 2.1)}),
]


@pytest.mark.parametrize("head,body,want", TOTAL_AFTER_OTHER)
def test_total_after_another_names_clause(head, body, want):
    assert _facts(head, body) == want


TOTAL_KEPT = [
    # the name right before can take the amount: its own
    ("county", "地区生产总值增长6%，固定资产投资增长8%，总量达到300亿元。",
     {("gdp", "actual", "2023", "growth", 6), ("fixed_asset_investment", "actual", "2023", "growth", 8),
      ("fixed_asset_investment", "actual", "2023", "level", 300)}),
    # a rank of 总量 after a count stays as the base reads it
    ("county", "地区生产总值增长6%，城镇新增就业6800人，总量居全省第3位。",
     {("gdp", "actual", "2023", "growth", 6), ("urban_new_jobs", "actual", "2023", "level", 6800),
      ("urban_new_jobs", "actual", "2023", "rank", 3)}),
    # no name before that can take the amount
    ("county", "粮食产量增长2%，城镇新增就业6800人，总量突破560亿元。",
     {("grain_output", "actual", "2023", "growth", 2), ("urban_new_jobs", "actual", "2023", "level", 6800)}),
    # the name before has its own level: nothing moved
    ("county", "地区生产总值增长6%，达到1200亿元，城镇新增就业6800人，总量突破560亿元。",
     {("gdp", "actual", "2023", "growth", 6), ("gdp", "actual", "2023", "level", 1200),
      ("urban_new_jobs", "actual", "2023", "level", 6800)}),
]


@pytest.mark.parametrize("head,body,want", TOTAL_KEPT)
def test_total_kept(head, body, want):
    assert _facts(head, body) == want


# the result sentence on the next line or past a blank line (a page setting each sentence a paragraph, a PDF's line
# break after the 。: prn65c's Left 1): read as in one paragraph (failed before: the result read as the report year's target)
@pytest.mark.parametrize("brk", ["\n", "\n\n", "\n　　"], ids=["line", "blank", "indent"])
@pytest.mark.parametrize("head,body,want", [AIM_THEN_RESULT[0], AIM_THEN_RESULT[2], AIM_THEN_RESULT[4]], ids=["gdp", "trade", "rev"])
def test_year_start_aim_then_result_past_a_break(brk, head, body, want):
    assert _facts(head, body.replace("%。", "%。" + brk, 1)) == want


def test_year_start_aim_then_another_names_sentence_past_a_break():
    # (the next paragraph opening on its own name keeps its own reading: no result word opens it)
    got = _facts("county", "年初，全市力争地区生产总值增长7.5%。\n\n一般公共预算收入增长4.8%。")
    assert ("gdp", "target", "2023", "growth", 7.5) in got
    assert ("general_budget_revenue", "actual", "2023", "growth", 4.8) in got
