"""This hour's blind sets printed eight ways (prn51b, decision 411): a table whose cells are split by single spaces,
printed with every paragraph indented (a Windows page's full-width indent), with a reading aid's pinyin after its names,
or with a figure split by a space inside a row; a Word file's header (the report's short name) printed beside each
page's mark, taken for the document's title. Sentences written for these tests, with look-alikes that must not
change."""
from __future__ import annotations

from factkeys import key_values, read

from planwatch.normalize import normalize


def _bulletin(table: str, year: int = 2023) -> str:
    return (f"示例市{year}年国民经济和社会发展统计公报\n\n示例市统计局\n\n{year}年，全市经济运行总体平稳。\n\n"
            f"表一 {year}年全市主要经济指标\n" + table + "\n\n一、综合\n全年全市城镇新增就业3.2万人。\n")


def _read(t: str, year: int = 2023):
    return read(t, name="示例市.txt", report_year=year + 1)


# --- (1) a spaced table under an indented header (normalize._space_head: the indent is no cell) ---

_TABLE = ("指标 单位 2023年 比上年增长(%)\n地区生产总值 亿元 1520.6 6.1\n固定资产投资 — — 4.3\n"
          "社会消费品零售总额 亿元 602.4 7.7")


def _indented(table: str) -> str:
    return "\n".join("\u3000\u3000" + ln for ln in table.split("\n"))


def test_an_indented_spaced_table_reads_as_its_plain_print():
    # every line of the page set in by two full-width spaces, its Windows line ends: the header and rows read as a table
    # (the base read no header under an indent and ran the rows together, "1520.66.1固定资产投资…")
    t = _bulletin(_indented(_TABLE)).replace("\n", "\r\n")
    assert "地区生产总值|亿元|1520.6|6.1" in normalize(t).text
    kv = key_values(_read(t))
    assert kv[("fixed_asset_investment", "actual", "2023", "growth")] == (4.3, "eq")
    assert kv[("retail_sales", "actual", "2023", "level")] == (602.4, "eq")


def test_the_indent_opens_no_cell():
    # the header's line keeps its indent out of the row: no empty cell before 指标
    n = normalize(_bulletin(_indented(_TABLE))).text
    assert "\n指标|单位|2023年|比上年增长(%)\n" in n


def test_an_indented_prose_line_opening_on_a_head_word_is_no_header():
    # look-alike: an indented paragraph opening on 指标 and a space, then a sentence: no table (as before)
    t = "示例县2024年政府工作报告\n\n\u3000\u3000指标 完成情况总体较好，地区生产总值增长6%。\n\u3000\u3000全年新建道路12公里。\n"
    assert "|" not in normalize(t).text


# --- (2) a reading aid's pinyin inside a spaced table (dropped before the table is read) ---

_RUBY_TABLE = ("指标 单位 2023年 比上年增长（zēng zhǎng）(%)\n地区生产总值（dì qū shēng chǎn zǒng zhí） 亿元 1520.6 6.1\n"
               "固定资产投资 — — 4.3\n社会（shè huì）消费品零售总额 亿元 602.4 7.7")


def test_pinyin_inside_a_spaced_table_leaves_the_table():
    # the readings' spaces no longer split the cells (the base read no header, "比上年增长（zēng zhǎng）(%)" too long a cell)
    t = _bulletin(_RUBY_TABLE)
    assert "地区生产总值|亿元|1520.6|6.1" in normalize(t).text
    kv = key_values(_read(t))
    assert kv[("retail_sales", "actual", "2023", "growth")] == (7.7, "eq")
    assert kv[("fixed_asset_investment", "actual", "2023", "growth")] == (4.3, "eq")


def test_a_capital_abbreviation_in_brackets_is_no_reading():
    # look-alike: "（GDP）" has no tone mark and no lower case: kept on a page that holds readings elsewhere
    t = "示例县2024年政府工作报告\n\n地区生产总值（GDP）增长6%，高标准农田（gāo biāo zhǔn nóng tián）新建2万亩。\n"
    n = normalize(t).text
    assert "地区生产总值（GDP）增长6%" in n and "gāo" not in n


def test_pinyin_in_prose_still_reads():
    # look-alike: a reading in a sentence reads as before (the noise step dropped it, now the early drop)
    t = "示例县2024年政府工作报告\n\n2023年，全县地区生产总值（dì qū shēng chǎn zǒng zhí）增长5.8%。\n"
    kv = key_values(read(t, name="示例县.txt", report_year=2024))
    assert kv[("gdp", "actual", "2023", "growth")] == (5.8, "eq")


# --- (3) a figure split by a space inside a row of single-space cells (normalize._split_figure_gap) ---

def test_a_figure_cut_after_its_point_in_a_spaced_row():
    # "602. 4": the cell ends on its point, its digit in the next cell: one figure (the base broke the table there)
    t = _bulletin(_TABLE.replace("602.4", "602. 4"))
    assert "社会消费品零售总额|亿元|602.4|7.7" in normalize(t).text
    assert key_values(_read(t))[("retail_sales", "actual", "2023", "level")] == (602.4, "eq")


def test_a_figure_split_by_a_space_in_a_spaced_row():
    # "60 2.4 7.7": one cell too many; only "60 2.4" reads as one figure ("2.4 7.7" would hold two points)
    t = _bulletin(_TABLE.replace("602.4", "60 2.4"))
    assert "社会消费品零售总额|亿元|602.4|7.7" in normalize(t).text
    kv = key_values(_read(t))
    assert kv[("retail_sales", "actual", "2023", "level")] == (602.4, "eq")
    assert kv[("retail_sales", "actual", "2023", "growth")] == (7.7, "eq")


def test_two_readings_of_a_split_row_join_nothing():
    # look-alike: "12 3 4.5", one cell too many: "123" and "34.5" both read as figures, so no space is taken for a
    # figure's and the row is no row of the table (as before: no cell of it split off)
    t = _bulletin("指标 单位 2023年 比上年增长(%)\n粮食产量 万吨 12 3 4.5\n地区生产总值 亿元 1520.6 6.1")
    n = normalize(t).text
    assert "粮食产量|" not in n and "|123" not in n and "|34.5" not in n


def test_a_row_of_as_many_cells_as_the_header_is_left():
    # look-alike: figures side by side in their own cells, as many as the heads: no join ("1520 6" stays two cells)
    t = _bulletin("指标 单位 2023年 比上年增长(%)\n地区生产总值 亿元 1520 6\n固定资产投资 — — 4.3")
    assert "地区生产总值|亿元|1520|6" in normalize(t).text


# --- (4) a Word file's header beside each page's mark is no title (metadata._page_head) ---

_ZONE = ("示例经济技术开发区2024年工作报告\n\n同志们：\n\n现在，我代表开发区管委会作工作报告，请予审议。\n\n— 1 —\n"
         "{head}\n\n一、2023年工作回顾\n\n2023年，开发区实现地区生产总值320.5亿元，增长7.2%。\n\n— 2 —\n{head}\n\n"
         "二、2024年主要目标\n\n2024年主要预期目标是：地区生产总值增长7%左右。\n")


def test_a_repeated_header_beside_the_page_marks_is_no_title():
    # the header "2024年政府工作报告" (printed beside each page's mark) named the report type and was taken as the title
    # over the zone's own title line
    d = read(_ZONE.format(head="2024年政府工作报告"), name="示例开发区.txt")
    assert d.meta.title == "示例经济技术开发区2024年工作报告"


def test_a_cover_title_under_the_first_mark_stays():
    # look-alike: a PDF's first page whose mark comes first, the title under it and repeated on the next page: it opens
    # the text and stays the title
    t = ("— 1 —\n示例县2024年政府工作报告\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n\n— 2 —\n"
         "示例县2024年政府工作报告\n\n2023年，全县地区生产总值增长6%。\n")
    assert read(t, name="示例县.txt").meta.title == "示例县2024年政府工作报告"


def test_a_title_once_under_a_mark_stays():
    # look-alike: a line naming the report right under a page's mark but said once (no running head): still the title
    t = ("示例县人民政府文件\n\n— 1 —\n示例县2024年政府工作报告\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n")
    assert read(t, name="示例县.txt").meta.title == "示例县2024年政府工作报告"
