"""The last session's newest blind sets printed eight ways (prn51, decision 405): a table printed one cell a line whose
row a page's break cuts (a PDF's layer: blank lines, the page mark and the running head between two cells of one row; a
Word file's text: the mark and the head alone); the blank lines a dropped page mark leaves between two lines (a told year
over a Word file's page break, a card's line under a page mark, a label over its figure with a page mark between); a
label alone over its figure across a Word file's blank paragraph; a told year over one-sentence paragraphs, a paragraph
of two sentences set one a line above the told line. Sentences written for these tests, with look-alikes that must not
change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, read

from planwatch.normalize import normalize


def _plan(t: str, year: int = 2021, name: str = "示例县.txt"):
    return read(t, name=name, doc_type="plan_report", report_year=year)


# --- (1) a table one cell a line, a page's break inside a row (normalize._cell_lines, page_inside) ---

_HEAD = ("关于示例县2020年国民经济和社会发展计划执行情况及2021年计划的报告\n\n附表\n示例县2021年主要指标\n"
         "指标\n单位\n2020年计划\n2020年预计完成\n2021年计划\n属性\n")
_ROWS = [("地区生产总值增长", "%", "6.5", "6.8", "6左右", "预期性"),
         ("一般公共预算收入", "亿元", "30", "31.5", "33", "预期性"),
         ("社会消费品零售总额增长", "%", "8", "7.2", "7", "预期性"),
         ("城镇居民人均可支配收入增长", "%", "7", "7.5", "7", "预期性")]


def _cells(rows) -> list[str]:
    return [c for r in rows for c in r]


def _table(cut: int, page: str) -> str:
    """The table one cell a line, ``page`` (a page's break) set after the cut-th cell of the rows."""
    cells = _cells(_ROWS)
    return _HEAD + "\n".join(cells[:cut]) + "\n" + page + "\n".join(cells[cut:]) + "\n"


_PDF_PAGE = "\n— 1 —\n\n示例县人民代表大会常务委员会公报\n"
_WORD_PAGE = "- 1 -\n示例县人民代表大会常务委员会公报\n"


def test_a_pdf_page_break_before_a_rows_last_cell_keeps_the_row():
    # the page's foot falls after "33", the row's 2021 plan, its 属性 cell on the next page: the row reads as one line
    # (the base read the break's blank line as the row's last cell and every row after it one cell out of step)
    t = _table(11, _PDF_PAGE)
    assert "一般公共预算收入|亿元|30|31.5|33|预期性" in normalize(t).text
    kv = key_values(_plan(t))
    assert kv[("general_budget_revenue", "target", "2021", "level")] == (33.0, "eq")
    assert kv[("retail_sales", "actual", "2020", "growth")] == (7.2, "eq")
    assert kv[("urban_disposable_income", "target", "2021", "growth")] == (7.0, "eq")


def test_a_word_page_break_right_after_a_rows_name_keeps_the_row():
    # a Word file's text: the mark and the running head with no blank line, right after the row's name
    t = _table(13, _WORD_PAGE)
    assert "社会消费品零售总额增长|%|8|7.2|7|预期性" in normalize(t).text
    kv = key_values(_plan(t))
    assert kv[("retail_sales", "target", "2020", "growth")] == (8.0, "eq")
    assert kv[("retail_sales", "target", "2021", "growth")] == (7.0, "eq")


def test_a_page_break_inside_the_first_row():
    # the first row cut after its name and unit (no row read yet to give the name's column)
    t = _table(2, _WORD_PAGE)
    assert "地区生产总值增长|%|6.5|6.8|6左右|预期性" in normalize(t).text
    assert key_values(_plan(t))[("gdp", "target", "2021", "growth")] == (6.0, "about")


# look-alike: a page's break between two rows reads as before (the table goes on)
def test_a_page_break_between_rows_reads_as_before():
    t = _table(12, _PDF_PAGE)
    text = normalize(t).text
    assert "一般公共预算收入|亿元|30|31.5|33|预期性" in text
    assert "社会消费品零售总额增长|%|8|7.2|7|预期性" in text


# look-alike: a row whose last cell is empty (a blank line) before a page's break, the next row opening on its name on
# the next page: the empty cell stays the row's, the next row is not read one cell out of step
def test_an_empty_last_cell_before_a_page_break_stays_the_rows():
    rows = [("地区生产总值增长", "%", "6.5", "6.8", "6左右", "预期性"),
            ("一般公共预算收入", "亿元", "30", "31.5", "33", ""),
            ("社会消费品零售总额增长", "%", "8", "7.2", "7", "预期性"),
            ("城镇居民人均可支配收入增长", "%", "7", "7.5", "7", "预期性")]
    cells = _cells(rows)
    t = _HEAD + "\n".join(cells[:12]) + "\n" + _PDF_PAGE + "\n".join(cells[12:]) + "\n"
    kv = key_values(_plan(t))
    assert kv[("retail_sales", "target", "2020", "growth")] == (8.0, "eq")
    assert kv[("urban_disposable_income", "actual", "2020", "growth")] == (7.5, "eq")


# --- (2) the blank lines a dropped page's break leaves (normalize._page_gap_spans) ---

def _news(page: str = "") -> str:
    return ("示例新闻网　2024-01-12　来源：示例县融媒体中心\n\n\n"
            "县十八届人大三次会议开幕\n\n\n"
            "1月11日上午，示例县第十八届人民代表大会第三次会议开幕。\n\n\n"
            "报告回顾，2023年全县地区生产总值增长6.1%。\n\n\n"
            "报告提出，2024年全县地区生产总值增长6%左右。\n\n" + page + "\n"
            "一般公共预算收入增长5%，城乡居民人均可支配收入增长6.5%。\n\n\n"
            "全年新建农村公路120公里，改造老旧小区30个。\n\n\n"
            "新增公共停车位900个。\n\n\n"
            "会议期间，代表们将审议各项报告。\n")


_TOLD = {("新建", "农村公路", 120, "公里"), ("改造", "老旧小区", 30, "个"), ("新增", "公共停车位", 900, "个")}


def test_a_told_year_carries_over_a_word_files_page_break():
    # a Word file's blank paragraphs (two between paragraphs) and a page's mark and head between the told line and the
    # tasks: the page's break reads as the page's other gaps do, the told year carries (the base read the gap the
    # dropped lines left as a lead set wider apart, decision 190, and pledged nothing)
    d = read(_news("— 1 —\n2024年示例县政府工作报告\n\n"), "示例县.txt", region="示例县", level="county", report_year=2024)
    assert _TOLD <= pledge_items(d)


# look-alike: the told lead set wider apart by blank lines alone (no page mark there) stays alone (decision 190)
def test_a_told_lead_set_wider_apart_with_no_page_mark_stays_alone():
    d = read(_news("\n\n\n"), "示例县.txt", region="示例县", level="county", report_year=2024)
    assert not _TOLD & pledge_items(d)


def test_a_cards_line_under_a_page_mark_stays_the_cards():
    # "◆数说“十四五”" over its lines, a page's mark and head cutting them: the card's last line keeps the card's span
    # (2021-2023; the base read it after the dropped lines' blank lines as a line of its own, 2019-2023)
    t = ("一图读懂丨2024年示例市政府工作报告\n\n◆数说“十四五”\n全市地区生产总值年均增长6.2%\n"
         "- 1 -\n示例市人民政府公报\n累计城镇新增就业9.6万人\n\n◆2024年主要预期目标\n地区生产总值增长6%左右\n")
    kv = key_values(read(t, "示例市.txt", region="示例市", level="prefecture", report_year=2024,
                         doc_type="government_work_report"))
    assert kv[("urban_new_jobs", "actual", "2021-2023", "level")] == (9.6, "eq")


def test_a_label_over_its_figure_across_a_page_mark():
    # a label alone on its line, a page's mark and head, then its figure: one item
    t = ("一图读懂丨2024年示例市政府工作报告\n\n◆2023年成绩单\n地区生产总值：\n3120.5\n亿元，增长5.6%\n"
         "一般公共预算收入：\n- 2 -\n示例市人民政府公报\n208.4\n亿元，增长7.3%\n")
    kv = key_values(read(t, "示例市.txt", region="示例市", level="prefecture", report_year=2024,
                         doc_type="government_work_report"))
    assert kv[("general_budget_revenue", "actual", "2023", "level")] == (208.4, "eq")
    assert kv[("general_budget_revenue", "actual", "2023", "growth")] == (7.3, "eq")


# --- (3) a label over its figure across a Word file's blank paragraph (normalize._join_spans) ---

def test_a_label_over_its_figure_across_a_blank_paragraph():
    t = ("示例新闻网　2024-01-12\n\n\n县十八届人大三次会议开幕\n\n\n【2023年相关数据】\n\n\n"
         "城镇新增就业：\n\n4100\n\n人\n\n农村居民人均可支配收入：\n\n21530\n\n元，增长7.8%\n\n\n（记者 王敏）\n")
    kv = key_values(read(t, "示例县.txt", region="示例县", level="county", report_year=2024,
                         doc_type="government_work_report"))
    assert kv[("urban_new_jobs", "actual", "2023", "level")] == (4100.0, "eq")
    assert kv[("rural_disposable_income", "actual", "2023", "level")] == (21530.0, "eq")


# look-alike: a colon line naming no indicator over a blank paragraph and a number stays apart
def test_a_contact_label_over_a_blank_paragraph_stays_apart():
    t = "联系电话：\n\n0571-88886666\n\n地区生产总值增长6%。\n"
    assert "联系电话：\n\n0571" in normalize(t).text


# --- (4) a told year over one-sentence paragraphs, a two-sentence paragraph set one a line above (pledges._evenly_apart) ---

def _sent(lead_gap: str = "\n\n") -> str:
    return ("示例新闻网　2024-01-12　来源：示例县融媒体中心\n\n"
            "县十八届人大三次会议开幕\n\n"
            "1月11日上午，示例县第十八届人民代表大会第三次会议开幕。\n\n"
            "县长代表县人民政府作政府工作报告。\n县人大常委会主任主持会议。\n\n"
            "报告提出，2024年全县地区生产总值增长6%左右。" + lead_gap +
            "一般公共预算收入增长5%，城乡居民人均可支配收入增长6.5%。\n\n"
            "全年新建农村公路120公里，改造老旧小区30个。\n\n"
            "新增公共停车位900个。\n\n"
            "会议期间，代表们将审议各项报告。\n")


def test_a_told_year_carries_under_a_paragraph_set_one_sentence_a_line():
    # "县长代表…。" over "县人大常委会主任主持会议。" (one paragraph's two sentences one a line) above the told line: the
    # gaps above the told line lead nothing; from it on every gap is alike, the told year carries (the base read the
    # run's gaps from its first line, found them uneven and pledged nothing)
    d = read(_sent(), "示例县.txt", region="示例县", level="county", report_year=2024)
    assert _TOLD <= pledge_items(d)


# look-alike: the told lead set wider apart than the paragraphs after it stays alone, the same lines above (decision 190)
def test_a_told_lead_set_wider_under_the_same_lines_stays_alone():
    d = read(_sent("\n\n\n\n"), "示例县.txt", region="示例县", level="county", report_year=2024)
    assert not _TOLD & pledge_items(d)


# look-alike: the told lead right above the tasks, set wider apart than the page's paragraphs above it, stays alone
# (decision 190: the gap above the told line is read with the gaps under it)
def test_a_told_lead_right_above_the_tasks_set_wider_stays_alone():
    t = _sent().replace("一般公共预算收入增长5%，城乡居民人均可支配收入增长6.5%。\n\n", "").replace(
        "增长6%左右。\n\n全年", "增长6%左右。\n\n\n\n全年")
    assert "增长6%左右。\n\n\n\n全年新建" in t
    d = read(t, "示例县.txt", region="示例县", level="county", report_year=2024)
    assert not _TOLD & pledge_items(d)
