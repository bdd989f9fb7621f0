"""This hour's newest sets printed eight ways (decision 480): a table printed one cell a line whose header a page's break
cuts (a PDF's text layer or a Word file's converter, the mark and the running head between two header cells), and the
same table with a blank line after every cell (a Word file's paragraphs), a page's break inside its header and its rows.
Sentences written for these tests (not the blind texts), with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, read

_OPEN = ["关于某县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告",
         "——2024年1月10日在某县第十届人民代表大会第三次会议上", "各位代表：",
         "一、2023年国民经济和社会发展计划执行情况",
         "2023年，全县经济运行总体平稳。主要指标完成情况见表1。", "表1 2023年主要指标计划执行情况"]
_HEAD = ["指标名称", "单位", "2023年计划", "2023年执行", "完成情况"]
_ROWS = [["地区生产总值增长", "%", "6.5", "5.9", "未完成"], ["一般公共预算收入增长", "%", "5", "6.1", "完成"],
         ["城镇新增就业", "人", "3000", "3180", "完成"]]
_CLOSE = ["二、2024年主要预期目标", "建议2024年全县地区生产总值增长6%左右。"]
_BREAK = ["— 2 —", "某县人民政府公报"]
_WANT = {("gdp", "target", "2023", "growth"): (6.5, "eq"), ("gdp", "actual", "2023", "growth"): (5.9, "eq"),
         ("general_budget_revenue", "target", "2023", "growth"): (5.0, "eq"),
         ("general_budget_revenue", "actual", "2023", "growth"): (6.1, "eq"),
         ("urban_new_jobs", "target", "2023", "level"): (3000.0, "eq"),
         ("urban_new_jobs", "actual", "2023", "level"): (3180.0, "eq")}


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    return head + [c for r in rows for c in r]


def _read(lines: list[str], sep: str = "\n") -> dict:
    kv = key_values(read(sep.join(lines) + sep, report_year=2024))
    return {k: kv.get(k) for k in _WANT}


def test_page_break_inside_a_one_cell_a_line_header():
    # the page's foot cuts the header after its fourth cell: the fifth (完成情况) opens the next page under its head
    lines = _OPEN + _HEAD[:4] + _BREAK + _HEAD[4:] + [c for r in _ROWS for c in r] + _CLOSE
    assert _read(lines) == _WANT


def test_page_break_inside_a_one_cell_a_line_header_crlf():
    lines = _OPEN + _HEAD[:3] + _BREAK + _HEAD[3:] + [c for r in _ROWS for c in r] + _CLOSE
    assert _read(lines, "\r\n") == _WANT


def test_blank_line_after_every_cell_with_page_breaks_in_header_and_row():
    # a Word file's paragraphs, each cell one, a blank line after each; the page turns inside the header and in a row
    cells = _HEAD[:4] + _BREAK + _HEAD[4:] + _ROWS[0] + _ROWS[1][:2] + _BREAK + _ROWS[1][2:] + _ROWS[2]
    assert _read(_OPEN + cells + _CLOSE, "\n\n") == _WANT


def test_blank_line_after_every_cell_with_a_page_break_inside_a_row():
    cells = _HEAD + _ROWS[0] + _ROWS[1][:1] + _BREAK + _ROWS[1][1:] + _ROWS[2]
    assert _read(_OPEN + cells + _CLOSE, "\n\n") == _WANT


def test_look_alike_table_with_no_page_break_as_before():
    assert _read(_OPEN + _table(_HEAD, _ROWS) + _CLOSE) == _WANT
    assert _read(_OPEN + _table(_HEAD, _ROWS) + _CLOSE, "\n\n") == _WANT


def test_look_alike_page_break_between_header_and_rows_as_before():
    # (decision 405: read before; the header whole on its page)
    assert _read(_OPEN + _HEAD + _BREAK + [c for r in _ROWS for c in r] + _CLOSE) == _WANT


def test_look_alike_page_break_under_a_head_word_line_in_prose():
    # a line naming a year over a page's break over a line of prose: no table, the prose's facts as before
    t = ("2023年，全县经济运行总体平稳。\n指标\n2023年\n— 2 —\n某县人民政府公报\n2024年全县地区生产总值增长6%左右。\n")
    kv = key_values(read(t, report_year=2024))
    assert kv.get(("gdp", "target", "2024", "growth")) == (6.0, "about")
