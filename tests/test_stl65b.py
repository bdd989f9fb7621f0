"""stl65b (decision 577): a headline target standing alone in the tasks part, a conflict of readings settled by counting
the gold — and the target list set one bare item a line under its title, probed.

- The count (benchmarks/blind/stl65b/evidence.tsv) keeps the reading of the base: a whole-region figure stated alone at
  the tasks' head, under a task's title or after 全年 ("全县地区生产总值增长7%左右。", "全年一般公共预算收入增长7%。") is a
  target fact and a pledge (optional in the kept golds at the head, required inside a task's paragraph); the items of the
  year's target list are facts, no pledges. These pass on the base and after.
- The list under "主要预期目标" alone on its line set one bare item a line, no mark at the end ("地区生产总值增长6%左右"
  then "一般公共预算收入增长5%"): every line after the first was pledged on the base; now none (they fail on the base).
Look-alikes keep their reading: a task line after the list ("新建幼儿园3所"), a task's title then a headline figure, the
list's lines closed by 。, the list under a lead with a colon."""
from __future__ import annotations

import pytest

from factkeys import pledges_from, read

_PAGE = ("{c}{y}年政府工作报告\n——{y}年1月9日在{c}第十五届人民代表大会第四次会议上\n县长　刘志强\n"
         "一、{p}年工作回顾\n全县地区生产总值增长5.6%，一般公共预算收入增长8.1%。\n二、{y}年主要任务\n")


def _page(c: str = "嵩县", y: int = 2024) -> str:
    return _PAGE.format(c=c, y=y, p=y - 1) + "{t}\n"


def _pl(t: str, c: str = "嵩县", y: int = 2024) -> set:
    return {(p.action, p.object, p.value) for p in pledges_from(_page(c, y), t)}


def _facts(t: str, c: str = "嵩县", y: int = 2024) -> set:
    text = _page(c, y).format(t=t)
    i = text.index(t)
    return {(f.indicator, f.role, f.period, f.value) for f in read(text, "t.txt").facts if f.start >= i}


BARE_LINE_LISTS = [
    ("主要预期目标\n地区生产总值增长6%左右\n一般公共预算收入增长5%\n固定资产投资增长8%", "嵩县", 2024,
     {("gdp", 6), ("general_budget_revenue", 5), ("fixed_asset_investment", 8)}),
    ("主要目标\n地区生产总值增长7%\n社会消费品零售总额增长6%", "临泽县", 2021,
     {("gdp", 7), ("retail_sales", 6)}),
    ("主要预期目标\n地区生产总值增长5.5%左右\n规模以上工业增加值增长7%以上\n城镇新增就业1.2万人\n一般公共预算收入增长4%",
     "望城区", 2025, {("gdp", 5.5), ("industrial_va", 7), ("urban_new_jobs", 1.2), ("general_budget_revenue", 4)}),
]


@pytest.mark.parametrize("t,c,y,want", BARE_LINE_LISTS)
def test_a_bare_line_list_under_its_title_gives_no_pledge(t, c, y, want):
    assert _pl(t, c, y) == set()
    got = {(f[0], f[3]) for f in _facts(t, c, y) if f[1] == "target" and f[2] == str(y)}
    assert want <= got


def test_a_task_line_after_the_bare_list_is_read():
    t = "主要预期目标\n地区生产总值增长6%左右\n一般公共预算收入增长5%\n新建幼儿园3所"
    assert _pl(t) == {("新建", "幼儿园", 3)}


def test_a_tasks_title_after_the_bare_list_then_a_headline_figure():
    t = "主要预期目标\n地区生产总值增长6%左右\n一般公共预算收入增长5%\n（一）扩大有效投资\n全县固定资产投资增长10%以上。"
    assert _pl(t) == {("增长", "固定资产投资", 10)}


@pytest.mark.parametrize("t", [
    "主要预期目标\n地区生产总值增长6%左右。\n一般公共预算收入增长5%。\n固定资产投资增长8%。",
    "今年主要预期目标是：\n地区生产总值增长6%左右；\n一般公共预算收入增长5%；\n固定资产投资增长8%。",
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%。",
    "2024年主要预期目标\n地区生产总值增长6%左右\n一般公共预算收入增长5%",
])
def test_the_target_lists_other_layouts_give_no_pledge(t):
    assert _pl(t) == set()


HEADLINES_ALONE = [
    ("全县地区生产总值增长7%左右。", "嵩县", 2024, ("增长", "地区生产总值", 7)),
    ("全旗一般公共预算收入增长6%。", "乌审旗", 2019, ("增长", "一般公共预算收入", 6)),
    ("全年社会消费品零售总额增长6%。", "嵩县", 2024, ("增长", "社会消费品零售总额", 6)),
    ("今年全县地区生产总值增长6.5%左右。", "嵩县", 2022, ("增长", "地区生产总值", 6.5)),
    ("（一）稳住工业增长\n全县规模以上工业增加值增长8%。", "嵩县", 2024, ("增长", "规模以上工业增加值", 8)),
    ("实施重大项目80个，全年固定资产投资增长10%以上。", "嵩县", 2024, ("增长", "固定资产投资", 10)),
    ("全县地区生产总值达到320亿元。", "嵩县", 2024, ("达到", "地区生产总值", 320)),
]


@pytest.mark.parametrize("t,c,y,want", HEADLINES_ALONE)
def test_a_headline_figure_alone_in_the_tasks_is_a_fact_and_a_pledge(t, c, y, want):
    assert want in _pl(t, c, y)
    assert any(f[1] == "target" and f[2] == str(y) and f[3] == want[2] for f in _facts(t, c, y))
