"""Two printings real pages have (prn48b, decision 369): (1) a reading-aid page's pinyin in brackets after a few words a
paragraph, longer than the single characters' and the short words' readings read before ("高标准农田（gāo biāo zhǔn nóng
tián）", "生产总值(shēngchǎn zǒngzhí)", "政府(zhèngfǔ)工作报告"); (2) a Word file's text as a converter gives it (numbered
headings with a tab after the list engine's number, table rows split by tabs, soft line breaks \\v, the header's title
and the footer's page mark repeated). Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

import sys
from pathlib import Path

from factkeys import key_values, pledge_items, read

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import blind_print as bp  # noqa: E402

from planwatch.normalize import normalize  # noqa: E402


# --- (1) a reading-aid page's pinyin after a word ---

def test_five_syllable_reading_before_a_figure_goes():
    # a word of five characters, its reading spaced: the object and its figure read as if the bracket were not there
    t = "今年，全县将新建高标准农田（gāo biāo zhǔn nóng tián）3.6万亩，改造提升农村公路52公里。\n"
    assert ("新建", "高标准农田", 3.6, "万亩") in pledge_items(read(t, name="永丰县.txt", doc_type="government_work_report",
                                                               report_year=2024))


def test_run_together_reading_of_a_name_goes():
    # a name's syllables run together two characters a word ("shēngchǎn zǒngzhí", 9 letters a word): the level is read
    t = "2023年，全市地区生产总值(shēngchǎn zǒngzhí)达到2865亿元，增长5.6%。\n"
    assert normalize(t).text.startswith("2023年,全市地区生产总值达到2865亿元") or "生产总值达到2865亿元" in normalize(t).text
    kv = key_values(read(t, name="宜昌市.txt", report_year=2024, doc_type="government_work_report"))
    assert kv[("gdp", "actual", "2023", "level")][0] == 2865


def test_reading_in_the_title_keeps_the_type():
    # the title's "政府(zhèngfǔ)工作报告" (7 letters run together) is a work report's title, not other
    t = "政府(zhèngfǔ)工作报告\n——2024年1月10日在黎川县第十八届人民代表大会第四次会议上\n各位代表：\n" \
        "2023年，全县地区生产总值增长5.1%。今年全县地区生产总值增长6%左右。\n"
    assert read(t, name="黎川县.txt").meta.doc_type == "government_work_report"


def test_capitalised_reading_after_a_quote_goes():
    # a reading after a closing quote, its first letters in capitals: "“营商环境”（Yíng Shāng Huán Jìng）"
    n = normalize("持续优化“营商环境”（Yíng Shāng Huán Jìng），新增市场主体1.2万户。\n").text
    assert "Yíng" not in n and "“营商环境”，新增市场主体1.2万户" in n.replace(",", "，")


def test_letters_in_brackets_that_are_no_reading_stay():
    # look-alikes: an abbreviation in brackets (no tone mark) is the page's own words, kept in the text as read
    for t in ("居民消费价格指数（CPI）涨幅控制在3%左右。", "国内生产总值(GDP)增长5%。", "推广政府和社会资本合作(PPP)项目12个。",
              "改造城镇老旧小区（old residential communities）的经验。"):
        n = normalize(t + "\n").text
        for w in ("CPI", "GDP", "PPP", "old residential"):
            if w in t:
                assert w in n, (t, n)


def test_reading_never_inside_a_number_kept_figure():
    # look-alike: a bracket of a figure after a word, "（2.5万亩）", holds no letters: it stays
    n = normalize("新建高标准农田（2.5万亩）。\n").text
    assert "2.5万亩" in n


def test_ruby_printer_glosses_words_not_numbers():
    # the printer puts a reading after a word's last character, never between two digits, and maps every character
    text = "全市地区生产总值增长6.5%，新增城镇就业1.2万人，新建高标准农田5万亩。\n"
    for idx in range(1, 7):
        P = bp.ruby([(c, i) for i, c in enumerate(text)], idx)
        out = "".join(c for c, _ in P)
        assert "".join(c for c, i in P if i is not None) == text
        assert "(" in out or "（" in out
        for k in range(1, len(out) - 1):
            if out[k] in "(（":
                assert not out[k - 1].isdigit()


def test_reading_in_a_table_row_keeps_the_row():
    # a reading-aid page's long reading in a Word table's first cell: the row's cells still split (the reading counts for
    # none of the cell's 40 characters), the target read from the row
    t = ("黄冈市2024年国民经济和社会发展计划草案的报告\n表1 2024年主要预期目标\n指标\t单位\t2024年目标\n"
         "一般公共预算收入(yī bān gōng gòng yù suàn shōu rù)增长\t%\t6.5\n地区生产总值增长\t%\t6左右\n")
    kv = key_values(read(t, name="黄冈市.txt"))
    assert kv[("general_budget_revenue", "target", "2024", "growth")][0] == 6.5
    assert kv[("gdp", "target", "2024", "growth")][0] == 6


def test_abbreviation_in_a_table_cell_stays_a_row():
    # look-alike: an abbreviation in brackets in a row's name, a tab between cells: the row as before
    t = ("黄冈市2024年国民经济和社会发展计划草案的报告\n表1 2024年主要预期目标\n指标\t单位\t2024年目标\n"
         "居民消费价格指数（CPI）涨幅\t%\t3左右\n")
    assert key_values(read(t, name="黄冈市.txt"))[("cpi", "target", "2024", "growth")] == (3, "about")


# --- (2) a Word file's text ---

_CARDS = ("一图读懂：2024年随州市政府工作报告\n\n2023年主要成绩\n\n地区生产总值\n\n2023年完成1365.2亿元\n\n增长6.1%\n\n"
          "一般公共预算收入\n\n2023年完成62.4亿元\n\n— 1 —\n随州市政府工作报告\n\n增长9.3%\n\n城镇新增就业\n\n2023年新增2.1万人\n")


def test_card_figure_lines_alike_are_no_running_head():
    # two cards' figure lines alike ("2023年完成…亿元"), one beside a page's mark: no running head (a head names the
    # document, it holds no amount); both levels are read
    kv = key_values(read(_CARDS, name="随州市.txt"))
    assert kv[("gdp", "actual", "2023", "level")][0] == 1365.2
    assert kv[("general_budget_revenue", "actual", "2023", "level")][0] == 62.4


def test_running_head_with_a_year_still_goes():
    # look-alike: a head naming the document with its year, repeated beside the page marks, is still dropped
    t = ("随州市2024年政府工作报告\n各位代表：\n过去一年，全市地区生产总值完成1365.2亿元，增长6.1%，一般公共预算收入完成62.4亿\n"
         "— 1 —\n2024年随州市政府工作报告\n元，增长9.3%。今年全市地区生产总值增长6%左右，城镇新增就业2万人以\n— 2 —\n"
         "2024年随州市政府工作报告\n上。\n")
    n = normalize(t).text
    assert n.count("2024年随州市政府工作报告") == 0
    kv = key_values(read(t, name="随州市.txt"))
    assert kv[("general_budget_revenue", "actual", "2023", "level")][0] == 62.4


def test_year_row_under_total_past_a_blank_line():
    # a Word file's paragraphs set apart by a blank line: the year's row under a total by 累计 is still that year's part
    t = ("2024年孝感市政府工作报告\n\n【“十四五”以来】\n\n三年累计完成固定资产投资3420亿元\n\n2023年完成1180亿元\n\n"
         "三年累计新增城镇就业9.6万人\n\n2023年为3.3万人\n")
    kv = key_values(read(t, name="孝感市.txt"))
    assert kv[("fixed_asset_investment", "actual", "2023", "level")][0] == 1180
    assert kv[("urban_new_jobs", "actual", "2023", "level")][0] == 3.3
    assert kv[("fixed_asset_investment", "actual", "2021-2023", "level")][0] == 3420


def test_year_row_under_a_sentence_past_a_blank_line_unchanged():
    # look-alike: a paragraph ending a sentence (。), then a paragraph opening on a year: no total's row, as before
    t = ("2024年孝感市政府工作报告\n\n三年累计完成固定资产投资3420亿元。\n\n2023年完成1180亿元，增长7%。\n")
    kv = key_values(read(t, name="孝感市.txt"))
    assert ("fixed_asset_investment", "actual", "2023", "level") not in kv or \
        kv[("fixed_asset_investment", "actual", "2023", "level")][0] != 3420


_TARGETS = ("咸宁市2024年政府工作报告\n——2024年1月8日在咸宁市第九届人民代表大会第四次会议上\n\n"
            "过去一年，全市地区生产总值增长6.1%，城镇居民人均可支配收入41250元、增长5.2%。\n\n"
            "今年政府工作的总体要求是：坚持稳中求进工作总基调，加快建设香城泉都。\n"
            "主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长7%；居民消费价格涨幅3%左右；"
            "\x0b粮食产量稳定在95万吨以上；节能减排完成省下达目标。\n重点抓好以下工作：\n"
            "一是扩大有效投资。全年实施重点项目260个以上，完成投资900亿元以上。\n")


def test_soft_break_after_a_semicolon_goes_on():
    # a soft line break (\v) after "；" inside the targets' paragraph: the items after it are still the year's targets
    kv = key_values(read(_TARGETS, name="咸宁市.txt"))
    assert kv[("grain_output", "target", "2024", "level")] == (95, "at_least")
    assert ("grain_output", "actual", "2023", "level") not in kv


def test_soft_break_after_a_stop_and_inside_a_figure_unchanged():
    # look-alikes: a \v after a sentence's end is a line break as before; a \v inside a sentence between words still read
    n = normalize("全市生产总值增长5.8%。\x0b2024年是关键之年。\n").text
    assert "增长5.8%。\n2024年" in n
    t = "咸宁市2024年政府工作报告\n2023年，城乡居民人均可支配收入分别达到\x0b42560元和21380元。\n"
    kv = key_values(read(t, name="咸宁市.txt"))
    assert kv[("urban_disposable_income", "actual", "2023", "level")][0] == 42560


def test_docx_printer_maps_every_character():
    # the printer: every character of the plain text printed once, in order (a cell's gap aside); a numbered heading's number then a tab; a
    # title's single bar is no table's cell; a table row's gap a tab
    text = "一图读懂｜2024年咸宁市政府工作报告\n一、2023年工作回顾\n地区生产总值  %  6左右\n" + "全市生产总值增长5.8%，" * 6 + "。\n"
    for idx in (1, 2):
        P = bp.docx([(c, i) for i, c in enumerate(text)], idx, {"doc_type": "government_work_report", "region": "咸宁市"})
        out = "".join(c for c, _ in P)
        # (a row's gap of spaces becomes the tab: the spaces are the gap's, the rest is every character)
        assert "".join(c for c, i in P if i is not None) == text.replace("  %  ", "%")
        assert "一图读懂｜2024年" in out and "一、\t2023年工作回顾" in out and "地区生产总值\t%\t6左右" in out


def test_year_row_under_total_past_a_page_mark():
    # a page's mark and head between the total and its year's row (both dropped as noise): the row is still the year's
    t = ("一图读懂｜2024年孝感市政府工作报告\n“十四五”以来\n三年累计完成固定资产投资3420亿元\n- 1 -\n孝感市人民政府公报\n"
         "2023年完成1180亿元\n2023年主要成绩\n地区生产总值\n2800亿元\n- 2 -\n孝感市人民政府公报\n增长6.1%\n")
    kv = key_values(read(t, name="孝感市.txt"))
    assert kv[("fixed_asset_investment", "actual", "2023", "level")][0] == 1180
