"""Last session's later sets printed eight ways (prn64, decision 544): adv63c, adv63d, lft63d and adv63e. Every drop was
钦州市's plan report (adv63d), whose text holds figures a page split at their points ("提高1. 2个百分点", a table's
"62. 5 63. 8"), three causes:
- nsplit split such a figure again ("6 2. 5 63. 8", three cells more than the header's): the row was no row, and the table
  ended there. normalize `_point_then_split_gaps`: the spaces cut at a point are each a figure's own, and the one split
  figure left is read as `_split_figure_gap` reads it.
- pdf (a flush short layer cut at 30 characters, the typed spaces counted): the lines holding a split figure are one
  character short once their space is dropped, so no count made the three in four `few_cuts_chars` asks, and the full
  line ending on the targets' "；" ended the paragraph (the projects after it no pledge). `few_cuts_chars` counts such a
  line at the width the lines without any give, with its spaces or without (`_inner_drops`).
- sent: the tool broke a paragraph at "1. 2" (its English sentence end, a point then a space then a figure), which no page
  that sets a sentence a paragraph does: it no longer breaks between a figure's digits.
And one found printing pln63 (nsplit, a kept set outside the four): "10 12. 1 121.0" read "1 121.0" as a thousand set apart;
`_GROUPED_FIGURE` opens on no digits right after a figure cut at its point.
Look-alikes keep what they gave: a split figure in a row of one cell more, two figures split elsewhere (ambiguous), a
layer whose kerning spaces take no place of the count, English sentences ending on a figure."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factkeys import fact_items, pledged, read

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import blind_print as bp  # noqa: E402

_HEAD = "关于桂平市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n主要指标完成情况如下：\n" \
        "指标 单位 2023年计划 2023年完成\n"
_TAIL = "二、2024年计划草案\n2024年主要预期目标：地区生产总值增长6%左右。\n"


def _table(rows: str) -> set:
    return fact_items(read(_HEAD + rows + _TAIL))


# 1. a table's figure split at its point and again elsewhere (failed on the base: the row and the rows after it lost)
@pytest.mark.parametrize("row,plan,done", [("一般公共预算收入 亿元 4 5. 2 47. 6", 45.2, 47.6),
                                           ("一般公共预算收入 亿元 1 45. 2 147. 6", 145.2, 147.6)])
def test_row_split_at_point_and_elsewhere(row, plan, done):
    got = _table("地区生产总值增速 % 6 5. 8\n" + row + "\n城镇新增就业 万人 2 2. 3\n")
    assert {("general_budget_revenue", "target", "2023", "level", plan),
            ("general_budget_revenue", "actual", "2023", "level", done),
            ("urban_new_jobs", "target", "2023", "level", 2), ("urban_new_jobs", "actual", "2023", "level", 2.3),
            ("gdp", "actual", "2023", "growth", 5.8)} <= got, sorted(got)


# (look-alikes, passing on both: one split figure in a row one cell wider; two figures split elsewhere, which reads as
# either 45.24 | 7.6 or 45.2 | 47.6, left alone: no figure of the row guessed)
@pytest.mark.parametrize("row", ["一般公共预算收入 亿元 45. 2 47.6", "一般公共预算收入 亿元 4 5. 2 47.6"])
def test_row_one_split_figure_unchanged(row):
    got = _table(row + "\n城镇新增就业 万人 2 2. 3\n")
    assert {("general_budget_revenue", "target", "2023", "level", 45.2),
            ("general_budget_revenue", "actual", "2023", "level", 47.6),
            ("urban_new_jobs", "actual", "2023", "level", 2.3)} <= got


def test_row_two_figures_split_elsewhere_not_guessed():
    got = _table("一般公共预算收入 亿元 45. 2 4 7. 6\n")
    assert not {f for f in got if f[0] == "general_budget_revenue" and f[4] in (45.24, 5.2, 4)}, sorted(got)


_PARAS = [
    "关于桂平市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
    "一、2023年计划执行情况",
    "全年地区生产总值增长5.5%的预期目标顺利实现，其中第三产业增加值增长7.1%。一般公共预算收入完成21. 3亿元，增长4.2%，"
    "农村居民人均可支配收入增长6. 1%，城镇新增就业1.2万人。",
    "二、2024年计划草案",
    "2024年经济社会发展主要预期目标：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇新增就业1. 2万人。"
    "全年安排市级重大项目120个，完成年度投资350亿元。",
]
_PLEDGES = {("市级重大项目", 120, "个"), ("市级重大项目年度投资", 350, "亿元")}
_TARGETS = {("gdp", "target", "2024", "growth", 6), ("general_budget_revenue", "target", "2024", "growth", 5),
            ("urban_new_jobs", "target", "2024", "level", 1.2), ("general_budget_revenue", "actual", "2023", "level", 21.3)}


def _layer(count: int, spaces_count: bool) -> str:
    """The paragraphs as a flush PDF layer cut at ``count`` characters a line, a figure's typed space taking a place of
    the count or (a kerning gap the layer reads as a space) none; a closing mark or a % stays on its line (避头尾)."""
    out = []
    for body in _PARAS:
        while body:
            k, n = 0, 0
            while k < len(body) and n < count:
                n += 1 if spaces_count or body[k] != " " else 0
                k += 1
            while k < len(body) and body[k] in "，。；：、）”%":
                k += 1
            out.append(body[:k])
            body = body[k:]
    return "\n".join(out) + "\n"


# 2. the short layer whose split figures' spaces its count holds (failed on the base: the line after the targets' "；" a
# paragraph of its own, the projects in it no pledge)
def test_short_layer_counting_typed_spaces():
    text = _layer(30, True)
    assert "地区生产总值增长6%左右；\n一般公共预算收入增长5%；城镇新增就业1. 2万人。全年安排\n" in text
    d = read(text)
    assert pledged(d) == _PLEDGES, sorted(pledged(d))
    assert _TARGETS <= fact_items(d)


# (look-alikes, passing on both: the kerning layer; the plain text; the targets one item a line ending on "；")
def test_short_layer_kerning_spaces_unchanged():
    d = read(_layer(30, False))
    assert pledged(d) == _PLEDGES and _TARGETS <= fact_items(d)


def test_targets_one_a_line_stay_apart():
    text = _layer(30, True).replace("地区生产总值增长6%左右；\n一般公共预算收入增长5%；城镇新增就业1. 2万人。全年安排\n市级",
                                    "\n地区生产总值增长6%左右；\n一般公共预算收入增长5%；\n城镇新增就业1. 2万人。\n全年安排市级")
    d = read(text)
    assert _TARGETS <= fact_items(d)
    assert {("gdp", "target", "2024", "growth", 6)} <= fact_items(d)


def _sent(text: str, idx: int = 0) -> str:
    return "".join(c for c, _ in bp.one_sentence([(c, k) for k, c in enumerate(text)], idx))


# 3. the tool (failed on the base): no paragraph break between a figure's digits cut at its point
@pytest.mark.parametrize("idx", [0, 1])
def test_sent_keeps_a_figure_cut_at_its_point(idx):
    out = _sent("常住人口城镇化率达到48.9%，比上年提高1. 2个百分点。全市工业投资增长9%。\n一般公共预算收入 亿元 62. 5 63. 8\n", idx)
    assert "提高1. 2个百分点。" in out and "亿元 62. 5 63. 8" in out


# (look-alike, passing on both: English sentences, one ending on a year before one opening on a year)
def test_sent_english_stops_unchanged():
    out = _sent("GDP grew 5.2 percent in 2023. 2024 will be harder. Mr. Wang said so. 12 projects began.")
    assert out == "GDP grew 5.2 percent in 2023.\n2024 will be harder.\nMr. Wang said so.\n12 projects began."


_HEAD3 = "关于蒲城县2022年计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n2022年，全县主要经济指标完成情况如下：\n" \
         "单位：亿元、%\n指标名称 年度计划 完成情况 完成计划\n"


# 4. a figure cut at its point before a figure of three digits (found printing pln63 nsplit, failed on the base: "1 121.0"
# read as a thousand set apart, "12." a cell of its own, and the rows after it run together)
def test_point_cut_before_a_three_digit_figure():
    got = fact_items(read(_HEAD3 + "规模以上工业增加值增速 8 7.3 91.3\n固定资产投资增速 10 15. 1 151.0\n"
                                   "一般公共预算收入 9. 2 9. 5 103.3\n" + _TAIL))
    assert {("fixed_asset_investment", "target", "2022", "growth", 10),
            ("fixed_asset_investment", "actual", "2022", "growth", 15.1),
            ("general_budget_revenue", "actual", "2022", "level", 9.5)} <= got, sorted(got)


# (look-alike, passing on both: a thousand set apart by a space after a whole figure stays one figure)
def test_thousands_set_apart_unchanged():
    got = fact_items(read(_HEAD3 + "一般公共预算收入 9.2 1 095.5 103.3\n" + _TAIL))
    assert ("general_budget_revenue", "actual", "2022", "level", 1095.5) in got, sorted(got)
