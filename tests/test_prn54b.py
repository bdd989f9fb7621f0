"""The printing cases of the newest blind sets printed eight ways (prn54b, decision 442): an infographic's card page
printed as a PDF's text layer (every line indented, no blank line, a page's mark and the bulletin's head once), as a
Word file's text (a footer's mark and a header every few lines) and with Windows line ends and full-width indents. Every
page here is written for the test; none is copied from a set."""
from __future__ import annotations

from factkeys import keys_of, pledge_items, read
from planwatch.normalize import normalize


def _indent(lines: list[str], end: str = "\n") -> str:
    return end.join("\u3000\u3000" + ln if ln else "" for ln in lines) + end


_RESULTS = ["一图看懂2024年示例市政府工作报告", "来源：示例融媒　2024-01-20 10:30", "", "2023成绩单", "地区生产总值", "865.4亿元",
            "+5.6%", "一般公共预算收入", "52.8亿元", "-2.4%", "城镇居民人均可支配收入", "41230元", "↑4.2%"]


# --- 1. a card's change signed with a minus, its line indented or ended by \r\n ------------------------------------------

def test_an_indented_minus_under_a_level_is_the_cards_fall():
    # a PDF's layer indents every line: "　　52.8亿元\n　　-2.4%" is the card's fall, as the plain page's "52.8亿元\n-2.4%"
    t = _indent(_RESULTS)
    fs = keys_of(read(t, region="示例市", report_year=2024))
    assert fs[("general_budget_revenue", "actual", "2023", "growth")].value == -2.4
    assert fs[("general_budget_revenue", "actual", "2023", "level")].value == 52.8


def test_a_minus_under_a_level_with_windows_line_ends_is_the_cards_fall():
    t = _indent(_RESULTS, "\r\n")
    fs = keys_of(read(t, region="示例市", report_year=2024))
    assert fs[("general_budget_revenue", "actual", "2023", "growth")].value == -2.4
    assert fs[("gdp", "actual", "2023", "growth")].value == 5.6


def test_an_indented_minus_in_an_amount_stays_no_growth():
    # look-alike: a change in an amount ("-1.6万吨") under a level is no growth rate, indented or not
    t = _indent(["2023成绩单", "粮食总产量", "38.2万吨", "-1.6万吨", "", "2023年，全市粮食生产保持稳定。"])
    fs = keys_of(read(t, region="示例市", report_year=2024))
    assert ("grain_output", "actual", "2023", "growth") not in fs
    assert fs[("grain_output", "actual", "2023", "level")].value == 38.2


def test_a_plain_minus_card_reads_as_before():
    # look-alike: the plain page, no indent, reads the fall as decision 430 does
    fs = keys_of(read("\n".join(_RESULTS) + "\n", region="示例市", report_year=2024))
    assert fs[("general_budget_revenue", "actual", "2023", "growth")].value == -2.4


# --- 2. a card's signed change beside a Word footer's mark, the same form on other pages -----------------------------------

_DOCX = ("一图看懂2024年示例市政府工作报告\n来源：示例融媒　2024-01-20 10:30\n\n2023成绩单\n地区生产总值\n865.4亿元\n+5.6%\n"
         "- 1 -\n示例市人民代表大会常务委员会公报\n城镇居民人均可支配收入\n41230元\n+4.2%\n农村居民人均可支配收入\n22610元\n+6.8%\n"
         "- 2 -\n示例市人民代表大会常务委员会公报\n社会消费品零售总额\n320.5亿元\n+7.1%\n\n"
         "2023年，全市经济回升向好，城镇新增就业2.1万人。\n")


def test_signed_changes_alike_one_beside_a_page_mark_are_no_running_head():
    # "+5.6%", "+4.2%", "+6.8%", "+7.1%" are one key with their digits read as 0, one copy beside "- 1 -": each stays
    fs = keys_of(read(_DOCX, region="示例市", report_year=2024))
    assert fs[("gdp", "actual", "2023", "growth")].value == 5.6
    assert fs[("rural_disposable_income", "actual", "2023", "growth")].value == 6.8
    assert fs[("retail_sales", "actual", "2023", "growth")].value == 7.1


def test_the_word_files_head_beside_the_marks_still_goes():
    # look-alike: the header repeated beside both marks is the running head, dropped, and so are the marks
    text = normalize(_DOCX).text
    assert "常务委员会公报" not in text and "- 1 -" not in text


# --- 3. a card page as a PDF's layer: the bulletin's head once under a page's mark, a section's year head under it -------

_PDF = _indent(["一图看懂2024年示例市政府工作报告", "来源：示例融媒　2024-01-20 10:30", "2023成绩单", "粮食总产量", "38.2万吨",
                "+2.3%", "规上工业增加值增速", "2023年，面对多重困难挑战，全市经济回升向好，全年城镇新增就业2.1万人。"]) \
    + "\n— 1 —\n\n示例市人民代表大会常务委员会公报\n" \
    + _indent(["目标任务2024", "地区生产总值 增长6%左右", "一般公共预算收入 增长5%", "城镇新增就业 2万人", "奋斗2024 建设示例",
               "重点工作2024", "新建5G基站 800个", "改造老旧小区 60个"])


def test_a_bulletins_head_once_over_a_cards_section_head_goes():
    # the head seen once beside the page's mark, between a full sentence and "目标任务2024": dropped, and the targets are
    # the year's, not the results'
    assert "常务委员会公报" not in normalize(_PDF).text
    fs = keys_of(read(_PDF, region="示例市", report_year=2024))
    assert fs[("general_budget_revenue", "target", "2024", "growth")].value == 5
    assert fs[("urban_new_jobs", "target", "2024", "level")].value == 2
    assert ("general_budget_revenue", "actual", "2023", "growth") not in fs


def test_a_section_year_head_under_a_slogan_opens_the_tasks_with_no_blank_line():
    # "重点工作2024" under the slogan's line, no blank line between: a part of its own, its items pledged, the targets not
    d = read(_PDF, region="示例市", report_year=2024)
    items = pledge_items(d)
    assert ("新建", "5G基站", 800, "个") in items and ("改造", "老旧小区", 60, "个") in items
    assert not any(p.value in (6, 5) and p.unit == "%" for p in d.pledges)


def test_a_signed_change_over_a_rate_name_then_a_dated_sentence_is_no_levels():
    # "+2.3%" over "规上工业增加值增速" and the year's sentence under it, no blank line: the change is not the grain's
    fs = keys_of(read(_PDF, region="示例市", report_year=2024))
    assert ("grain_output", "actual", "2023", "growth") not in fs
    assert fs[("grain_output", "actual", "2023", "level")].value == 38.2


def test_a_bulletins_head_once_over_an_opening_stays():
    # look-alike: the head once under a page's mark after a full sentence, with the address's opening under it (a second
    # document's title), is kept as before
    t = ("示例市2024年政府工作报告摘要\n\n全市地区生产总值增长5.6%。\n— 1 —\n示例市人民代表大会常务委员会公报\n各位代表：\n"
         "现在，我代表市人民政府，向大会报告工作。\n")
    assert "常务委员会公报" in normalize(t).text


def test_a_rate_name_over_its_own_figure_keeps_the_change_the_levels():
    # look-alike (decision 430): a rate's name with its figure under it is the next card, the change above the level's
    t = "2023成绩单\n粮食总产量\n38.2万吨\n+2.3%\n规上工业增加值增速\n+6.1%\n"
    fs = keys_of(read(t, region="示例市", report_year=2024))
    assert fs[("grain_output", "actual", "2023", "growth")].value == 2.3


# --- 4. a card's year sub-head under a slogan in a PDF's layer, no page's mark near -------------------------------------

_TARGETS = ["2023年，全市经济回升向好，全年城镇新增就业2.1万人。", "目标任务2024", "地区生产总值 增长6%左右", "一般公共预算收入 增长5%",
            "城镇新增就业 2万人", "奋斗2024 建设示例", "重点工作2024", "新建5G基站 800个", "改造老旧小区 60个"]


def test_a_tasks_year_head_under_a_slogan_line_is_a_part_in_a_pdfs_layer():
    # no blank line anywhere: "重点工作2024" runs into neither the slogan above nor the item below, and opens the tasks;
    # the targets above stay the list's, no pledge
    d = read(_indent(_TARGETS), region="示例市", report_year=2024)
    assert pledge_items(d) == {("新建", "5G基站", 800, "个"), ("改造", "老旧小区", 60, "个")}
    assert keys_of(d)[("gdp", "target", "2024", "growth")].value == 6


def test_the_same_page_with_blank_lines_reads_as_before():
    # look-alike (decision 430): the plain page's blank lines around the slogan
    lines = _TARGETS[:5] + ["", "奋斗2024 建设示例", "", "重点工作2024"] + _TARGETS[7:]
    d = read("\n".join(lines) + "\n", region="示例市", report_year=2024)
    assert pledge_items(d) == {("新建", "5G基站", 800, "个"), ("改造", "老旧小区", 60, "个")}
