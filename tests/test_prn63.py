"""The last session's sets printed eight ways (prn63, decision 527). Fixed, each as a class of printed pages:
- a page's break (its mark and running head) inside a card of a page set double, a Word file's text: "312.5亿元\\n- 1 -\\n
  …公报\\n\\n+4.1%" is the card's own line break, not a paragraph's gap that sets the card's change apart;
- a row of a table whose cells are split by single spaces, several of its figures each split at the point by a PDF's
  kerning ("52. 0 3. 5 55. 5", "3 .5"): each read as one figure;
- a table whose cells are split by single spaces set double (a blank line after the header and after each row, a Word
  file's paragraphs as its converter gives them): its rows read as a table's;
- a page setting its paragraphs apart by blank lines and a paragraph's sentences one a line: a line with no cue of its
  own is dated by the lines above it in its paragraph, as the paragraph read whole is.
The look-alikes keep what they gave: a page's break between two cards and between two paragraphs, one split figure,
the table set single, a line with its own year, a paragraph's own line of two sentences."""
import pytest

from factkeys import fact_items, read

_CARDS = [("地区生产总值", "486.2亿元", "+5.3%"), ("一般公共预算收入", "31.7亿元", "+6.4%")]


def _card_page(brk_at: int, brk: str) -> str:
    """A card page set double (a blank line after every line), a page's break ``brk`` after its line ``brk_at``."""
    lines = ["宁乡市政府工作报告解读：今年地区生产总值预期增长6%左右", "2024-01-16 10:05　来源：长沙晚报",
             "1月15日，宁乡市第十八届人民代表大会第四次会议开幕，市长刘志红作政府工作报告。", "【数说2023】"]
    for c in _CARDS:
        lines += list(c)
    # (more paragraphs of prose than card lines: the page's commonest gap is its paragraphs' blank line, not the cards')
    lines += ["2024年，全市地区生产总值预期增长6%左右，城镇新增就业1.2万人以上。", "今年，全市规模以上工业增加值预期增长7%。",
              "今年，全市将新建改造农村公路150公里，改造城镇老旧小区60个。", "今年，全市将新增城市停车泊位3000个。",
              "今年，全市将新建中小学5所，新增学位4500个。", "今年，全市将新建5G基站800个。",
              "今年，全市将新建农贸市场6个，改造提升农贸市场10个。", "今年，全市将新增城市绿地面积20万平方米。"]
    out = ""
    for i, ln in enumerate(lines):
        # (the mark and the head right under the line, the page's blank line after them: "312.5亿元\n- 1 -\n…公报\n\n+4.1%")
        out += ln + ("\n" + brk + "\n" if i == brk_at else "\n\n")
    return out


_CHANGES = {("gdp", "actual", "2023", "growth", 5.3), ("general_budget_revenue", "actual", "2023", "growth", 6.4)}
_LEVELS = {("gdp", "actual", "2023", "level", 486.2), ("general_budget_revenue", "actual", "2023", "level", 31.7)}
_HEADS = ["- 1 -\n宁乡市人民政府公报\n", "— 2 —\n宁乡市人民代表大会常务委员会公报\n", "- 3 -\n2024年宁乡市政府工作报告\n"]


# 1. a page's break between a card's level and its change (failed on the base: the change lost, read as no card's)
@pytest.mark.parametrize("brk", _HEADS)
@pytest.mark.parametrize("at", [5, 8])  # (after 486.2亿元; after 31.7亿元)
def test_page_break_inside_card(brk, at):
    got = fact_items(read(_card_page(at, brk)))
    assert _CHANGES | _LEVELS <= got, sorted(got)


# 2. look-alikes (passing on both): the break between two cards, and right under the block's title
@pytest.mark.parametrize("at", [3, 6, 9])
def test_page_break_between_cards_kept(at):
    got = fact_items(read(_card_page(at, _HEADS[0])))
    assert _CHANGES | _LEVELS <= got, sorted(got)


_PROSE = ("望城区2024年政府工作报告\n\n一、2023年工作回顾\n\n过去一年，全区地区生产总值增长5.6%，达到915.3亿元。\n{brk}\n"
          "一般公共预算收入完成42.8亿元，增长6.2%。\n\n二、2024年主要目标\n\n地区生产总值增长6%左右。\n\n"
          "城镇新增就业1.5万人以上。\n\n三、2024年重点工作\n\n新建改造农村公路120公里。\n\n改造城镇老旧小区45个。\n")


# 3. look-alike (passing on both): a page's break between two paragraphs of prose set double
def test_page_break_between_prose_paragraphs_kept():
    got = fact_items(read(_PROSE.format(brk="- 1 -\n长沙市望城区人民政府公报\n")))
    assert {("gdp", "actual", "2023", "growth", 5.6), ("gdp", "actual", "2023", "level", 915.3),
            ("general_budget_revenue", "actual", "2023", "level", 42.8),
            ("general_budget_revenue", "actual", "2023", "growth", 6.2), ("gdp", "target", "2024", "growth", 6)} <= got, \
        sorted(got)


_BUDGET = ("关于浑南区2018年预算执行情况和2019年预算草案的报告\n——2019年1月8日在浑南区第二届人民代表大会第四次会议上\n"
           "区财政局局长  刘志强\n\n一、2018年预算执行情况\n2018年，全区一般公共预算收入完成61.2亿元，增长4.6%。\n\n"
           "附表\n浑南区2018年一般公共预算收支执行表\n单位：亿元\n{rows}")
_ROWS = ["项目 年初预算 调整数 调整预算 执行数", "一般公共预算收入 58.4 2.1 60.5 61.2", "一般公共预算支出 73.0 4.6 77.6 76.9"]
_ADJUSTED = {("general_budget_revenue", "target", "2018", "level", 60.5),
             ("general_budget_expenditure", "target", "2018", "level", 77.6)}


# 4. a row whose figures a PDF's kerning split each at its point (failed on the base: the row lost)
@pytest.mark.parametrize("row", ["一般公共预算支出 73. 0 4. 6 77. 6 76.9", "一般公共预算支出 73. 0 4 .6 77. 6 76.9",
                                 "一般公共预算支出 73.0 4. 6 77. 6 76.9", "一般公共预算支出 73. 0 4. 6 77. 6 76. 9"])
def test_row_figures_each_split_at_point(row):
    got = fact_items(read(_BUDGET.format(rows="\n".join(_ROWS[:2] + [row]) + "\n")))
    assert _ADJUSTED <= got, sorted(got)


# 5. look-alikes (passing on both): one figure split, none split
@pytest.mark.parametrize("row", ["一般公共预算支出 73. 0 4.6 77.6 76.9", "一般公共预算支出 73.0 4.6 77.6 76.9"])
def test_row_one_split_figure_kept(row):
    got = fact_items(read(_BUDGET.format(rows="\n".join(_ROWS[:2] + [row]) + "\n")))
    assert _ADJUSTED <= got, sorted(got)


# 6. the table set double, a blank line after the header and each row (failed on the base: its rows lost)
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_space_table_set_double(eol):
    text = _BUDGET.format(rows="\n\n".join(_ROWS) + "\n\n").replace("\n", eol)
    got = fact_items(read(text))
    assert _ADJUSTED <= got, sorted(got)


# 7. look-alike (passing on both): the table set single
def test_space_table_set_single_kept():
    got = fact_items(read(_BUDGET.format(rows="\n".join(_ROWS) + "\n")))
    assert _ADJUSTED <= got, sorted(got)


_NEWS = ("沂水县政府工作报告：今年地区生产总值预期增长6%\n2023-01-11 09:12  来源：临沂日报\n\n"
         "1月10日，沂水县第十九届人民代表大会第三次会议开幕，县长王建国作政府工作报告。\n\n"
         "报告显示，2022年，全县地区生产总值增长4.7%。{g}{line}{g}全县用三年时间改造农村公路1100公里。\n\n"
         "报告提出，2023年全县主要预期目标是：地区生产总值增长6%；一般公共预算收入增长5%；城镇新增就业7000人以上。\n")
_LINES = ["县确定的一般公共预算收入增长目标为6.5%，全县实际增长7.2%。", "县确定的一般公共预算收入增长目标为6.5%，全县完成增长7.2%。"]


# 8. a paragraph's sentences one a line, or each sentence a paragraph a blank line apart: the sentence under the year's
# is dated by it (failed on the base: read as the report year's target, which replaced this year's 5%)
@pytest.mark.parametrize("g", ["\n", "\n\n"])
@pytest.mark.parametrize("line", _LINES)
def test_sentence_lines_dated_by_paragraph(line, g):
    got = fact_items(read(_NEWS.format(line=line, g=g)))
    assert {("general_budget_revenue", "target", "2022", "growth", 6.5),
            ("general_budget_revenue", "actual", "2022", "growth", 7.2),
            ("general_budget_revenue", "target", "2023", "growth", 5)} <= got, sorted(got)


# 9. look-alikes (passing on both): the line with its own year, under a paragraph's own line of two sentences
@pytest.mark.parametrize("g", ["\n", "\n\n"])
@pytest.mark.parametrize("line, above", [
    ("今年，全县一般公共预算收入预期增长6.5%。", "报告显示，2022年，全县地区生产总值增长4.7%。"),
    ("全县一般公共预算收入增长6.5%。", "报告显示，全县发展势头良好。今年，全县地区生产总值预期增长6%。"),
])
def test_sentence_lines_own_year_kept(line, above, g):
    text = _NEWS.format(line=line, g=g).replace("报告显示，2022年，全县地区生产总值增长4.7%。", above)
    got = fact_items(read(text))
    assert ("general_budget_revenue", "target", "2023", "growth", 6.5) in got, sorted(got)
