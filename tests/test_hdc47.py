"""Decision 354 (hdc47): the headline targets of county and district reports. A county's GDP target set in words against
its city, with a resolve word (力争/确保) or a 比 between the name's change word and the level above, or a gap after it
("增长力争高于全市1个百分点", "增长比全市高1个百分点", "增长力争达到全市平均水平"), is a qualitative target; a card's
line under an indicator's name that opens on the change's basis (同口径, 按可比口径…) goes on from the name; 铺排 lays out a
year's projects as a pledge's verb."""
from __future__ import annotations

import pytest

from factkeys import key_values, keys_of, pledge_items, read


def _county(body: str, year: int = 2024, region: str = "平度市") -> str:
    # a county-level report: last year's results, the year's targets (body), the tasks
    return (f"政府工作报告\n——{year}年1月10日在{region}第十八届人民代表大会第三次会议上\n\n"
            f"一、{year - 1}年工作回顾\n{year - 1}年，全市地区生产总值增长6.1%，一般公共预算收入增长4.8%。\n\n"
            f"二、{year}年主要预期目标\n" + body + f"\n\n三、{year}年重点工作\n全年实施重点项目150个。\n")


GDP_T = ("gdp", "target", "2024", "growth")


# --- (a) a county's pace against its city, in words -------------------------------------------------------------------

# the year's GDP target in words, a resolve word or 比 before the level above, or the gap's figure after: a qualitative
# target (before: no GDP target at all, the headline lost)
@pytest.mark.parametrize("target", [
    "地区生产总值增长力争高于全市1.5个百分点",     # 力争 before 高于全市, the gap's figure after
    "地区生产总值增长确保高于全市平均水平",         # 确保 before 高于全市
    "全县生产总值增速比全市高1个百分点以上",        # 比全市 … 高, its gap after
    "地区生产总值增长比全市平均水平高0.5个百分点",  # 比全市平均水平 … 高
    "地区生产总值增长高出全市平均水平1个百分点",     # 高出
    "地区生产总值增长力争达到全市平均水平",         # reaching the city's average
    "地区生产总值增长力争高于全州2个百分点",        # an autonomous prefecture's county
])
def test_county_pace_against_city(target):
    fs = key_values(read(_county(f"今年主要预期目标是：{target}；固定资产投资增长7%；城镇新增就业6000人。")))
    assert fs[GDP_T] == (None, "qualitative")
    assert fs[("fixed_asset_investment", "target", "2024", "growth")] == (7, "eq")  # the next item is its own


# look-alike: a figure before the comparison is the target; the gap after it is no figure of it
@pytest.mark.parametrize("target, value, qual", [
    ("地区生产总值增长6.5%，比全市高1个百分点", 6.5, "eq"),
    ("地区生产总值增长6%以上、力争高于全市1个百分点", 6, "at_least"),
    ("地区生产总值增长7%左右，高于全市平均水平", 7, "about"),
])
def test_figure_before_city_comparison_kept(target, value, qual):
    fs = key_values(read(_county(f"今年主要预期目标是：{target}；固定资产投资增长7%。")))
    assert fs[GDP_T] == (value, qual)
    assert ("gdp", "target", "2024", "pp_change") not in fs


# look-alike: last year's result set against the city in the review is no target of the year
def test_review_result_against_city_no_target():
    text = _county("今年主要预期目标是：固定资产投资增长7%。").replace(
        "全市地区生产总值增长6.1%，", "全市地区生产总值增速比潍坊市高0.8个百分点，")
    fs = key_values(read(text))
    assert GDP_T not in fs


# look-alike: in a county-level city's report a 全区 (a district, a zone inside it) set against the city is a part's
# pace, no target of the city's own
def test_part_against_city_no_target():
    fs = key_values(read(_county("今年主要预期目标是：全区生产总值增长力争达到全市平均水平；固定资产投资增长7%。")))
    assert GDP_T not in fs
    assert fs[("fixed_asset_investment", "target", "2024", "growth")] == (7, "eq")


# look-alike: a goal's income above the city's, the bare 高于全市 with no resolve word, then its words again: the income's
# goal stays on the words the base read (与经济增长同步), the bare comparison no cue of its own
def test_bare_above_city_goal_unchanged():
    text = _county("今年主要预期目标是：固定资产投资增长7%。").replace(
        "二、2024年主要预期目标\n", "二、今后五年目标\n今后五年，地区生产总值年均增长6%以上，居民收入水平高于全市平均水平，"
        "实现居民收入与经济增长同步。\n\n三、2024年主要预期目标\n")
    f = keys_of(read(text))[("disposable_income", "goal", "2024-2028", "growth")]
    assert f.qualifier == "qualitative" and f.quote.endswith("同步")


# --- (b) a card's line opening on the change's basis --------------------------------------------------------------------

# the line under the name opening on 同口径/按可比口径/可比价 before the change is the name's figure (before: the budget's
# and the investment's targets lost, the line left apart from its name)
@pytest.mark.parametrize("name, line, key, value", [
    ("一般公共预算收入", "同口径增长5.5%", "general_budget_revenue", 5.5),
    ("固定资产投资", "按可比口径增长8%", "fixed_asset_investment", 8),
    ("社会消费品零售总额", "可比价增长6.5%", "retail_sales", 6.5),
    ("财政总收入", "按同口径增长4%", "fiscal_total_revenue", 4),
])
def test_card_basis_line(name, line, key, value):
    card = f"一图读懂2024年主要预期目标\n地区生产总值\n增长6%左右\n{name}\n{line}\n城镇新增就业\n6000人\n"
    fs = key_values(read(_county(card)))
    assert fs[(key, "target", "2024", "growth")] == (value, "eq")
    assert fs[GDP_T] == (6, "about")


# look-alike: the card's plain and 同比 lines read as before
def test_card_plain_lines_unchanged():
    card = "一图读懂2024年主要预期目标\n地区生产总值\n增长6%左右\n规模以上工业增加值\n同比增长8%\n"
    fs = key_values(read(_county(card)))
    assert fs[GDP_T] == (6, "about")
    assert fs[("industrial_va", "target", "2024", "growth")] == (8, "eq")


# look-alike: a basis word opening a note under a heading, no change after it, joins nothing (the heading is no name)
def test_basis_note_not_joined():
    from planwatch.normalize import normalize
    out = normalize("三、2024年重点工作\n同口径比较的说明见附件。\n").text
    assert "工作\n同口径" in out


# --- (c) 铺排, a year's projects laid out ---------------------------------------------------------------------------

# 铺排 before a count of projects is the pledge's verb (before: no pledge)
def test_pubai_projects_pledged():
    d = read(_county("今年主要预期目标是：地区生产总值增长6%。").replace(
        "全年实施重点项目150个。", "全年铺排市县重点项目180个，新建改造农村公路90公里。"))
    items = pledge_items(d)
    assert ("铺排", "市县重点项目", 180, "个") in items
    assert any(o == "农村公路" and v == 90 for _, o, v, _ in items)


# look-alike: 铺排 with no count lays out nothing to count: no pledge
def test_pubai_without_count_no_pledge():
    d = read(_county("今年主要预期目标是：地区生产总值增长6%。").replace(
        "全年实施重点项目150个。", "科学铺排项目建设时序，加快前期工作。"))
    assert not any(a == "铺排" for a, *_ in pledge_items(d))
