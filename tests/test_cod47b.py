"""cod47b: one rule where decisions 347, 348 and 353 left two, output byte-identical.

A card's row of one year under a total over several years ("五年累计新增城镇就业38.6万人\n2025年新增8.1万人") was read by two
functions (facts._card_year_row_under_total, 347; facts._year_row_under_total, 348/353), its line kept apart by two patterns
(normalize._YEAR_CLAUSE_OPENS, 348; _led_year_opens, 353), and its verbs listed twice (cues.tsv year_row_words beside
last_year_done_verbs and last_year_part_verbs, 实到 added to both). Now one function with its two forms, one pattern of the
row's opening, and one list of the verbs: these tests hold each form, the words read from the data file, and the
look-alikes each form leaves alone."""
from __future__ import annotations

import pytest

from factkeys import key_values, read
from planwatch import normalize
from planwatch.extract import facts


def _under(total: str, row: str, bare: bool = True) -> bool:
    text = "【过去五年】\n" + total + "\n" + row + "\n"
    start = text.index(total)
    return facts._year_row_under_total(text, start, start + len(total), bare)


# --- one pattern of the row's opening (normalize) -------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["2025年为1210亿元", "2025年当年2350亿元", "其中2022年实到268亿元", "其中，2022年为2.8亿美元"])
def test_row_opening_bare_or_led(line):
    # a year opening the line, bare or after 其中 (with its comma or not): a card's row
    assert normalize.year_row_opens().match(line) is not None


@pytest.mark.parametrize("line", ["2025年的目标任务", "2024年度的主要工作", "其中制造业投资920亿元", "全年完成投资1210亿元"])
def test_row_opening_look_alikes(line):
    # a year then 的 runs on as a sentence; 其中 with no year, or no year at all, is no year's row
    assert normalize.year_row_opens().match(line) is None


@pytest.mark.parametrize("rows", ["五年累计完成固定资产投资2860亿元\n其中2022年完成610亿元",
                                  "五年合计完成固定资产投资5680亿元\n2025年为1210亿元",
                                  "五年累计完成固定资产投资2.36万亿元\n2025年当年2350亿元"])
def test_row_line_kept_apart(rows):
    # the row's line is not joined to the total's line ending on its unit, led by 其中 or not
    assert "\n" in normalize.normalize(rows).text


# --- one function, two forms (facts._year_row_under_total) ----------------------------------------------------------------

def test_form_a_row_glued_to_its_verb_under_any_total_word():
    # (a): a year glued to a row's verb under a total by 合计 (not 累计 only), the total's line ending on its unit
    assert _under("五年合计完成固定资产投资5680亿元", "2025年为1210亿元")
    assert _under("五年合计完成固定资产投资5680亿元", "2025年为1210亿元", bare=False)
    assert _under("五年累计新增城镇就业38.6万人", "2025年新增8.1万人", bare=False)


def test_form_b_bare_row_under_a_total_by_leiji():
    # (b): a bare row (no row verb glued to its year, or led by 其中) under a total by 累计; asked for (a) only, not read
    for row in ("2025年当年2350亿元", "其中2022年实到268亿元", "2025年1210亿元"):
        assert _under("五年累计完成固定资产投资2.36万亿元", row)
        assert not _under("五年累计完成固定资产投资2.36万亿元", row, bare=False)


@pytest.mark.parametrize("total, row", [
    ("五年累计完成固定资产投资2.36万亿元。", "2025年当年2350亿元"),  # the total's line ends on a full stop
    ("五年累计完成固定资产投资2.36万亿元", "2020年常住人口城镇化率达到70.4%"),  # the row names a name of its own
    ("五年累计完成固定资产投资2.36万亿元", "2025年，完成402亿元"),  # the year glued to a comma, not to its verb
    ("全年完成固定资产投资1210亿元", "2025年为1210亿元"),  # no total over the years on the line
])
def test_rows_left_alone(total, row):
    assert not _under(total, row)


def test_sentence_begun_on_an_earlier_line_is_no_total_line():
    # the sentence from ``start`` must begin on the total's own line
    text = "全区经济\n五年累计完成固定资产投资2860亿元\n2025年为610亿元\n"
    i = text.index("\n2025")
    assert not facts._year_row_under_total(text, 0, i)
    assert facts._year_row_under_total(text, text.index("五年"), i)


# --- one list of the verbs (cues.tsv) -------------------------------------------------------------------------------------

def test_bare_row_reads_the_last_year_verb_rows(extra_cues):
    # a verb added to last_year_part_verbs reaches the bare row too (not year_row_words only), and the row is read
    assert not _under("五年累计实际使用外资12亿美元", "2022年吸收2.8亿美元")
    extra_cues(last_year_part_verbs=("吸收",))
    assert _under("五年累计实际使用外资12亿美元", "2022年吸收2.8亿美元")
    extra_cues(last_year_done_verbs=("吸收",))
    assert _under("五年累计实际使用外资12亿美元", "2022年吸收2.8亿美元")


@pytest.mark.parametrize("row", ["2022年实到215亿元", "2022年引进到位215亿元", "2022年招引215亿元"])
def test_bare_row_arrived_verbs(row):
    # the verbs of last_year_part_verbs (实到 from 351, 引进到位, 招引) open a bare row as 完成 does
    assert _under("五年累计实到内资980亿元", row)


def test_card_year_row_read_end_to_end():
    # a district's card: the year's row under the total, both read, and a row with a name of its own left its own
    text = ("一图读懂｜2023年江北区政府工作报告\n来源：江北发布　2023-01-12\n\n1月11日，江北区第十八届人民代表大会第三次会议开幕，"
            "区长张立代表区人民政府作政府工作报告。\n\n【过去五年】\n五年累计完成固定资产投资2860亿元\n2022年当年640亿元\n")
    fs = key_values(read(text))
    assert fs[("fixed_asset_investment", "actual", "2022", "level")] == (640, "eq")
    assert fs[("fixed_asset_investment", "actual", "2018-2022", "level")] == (2860, "eq")
