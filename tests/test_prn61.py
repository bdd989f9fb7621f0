"""The last sets printed eight ways (decision 484): a reading-aid page's card whose name carries its pinyin over a minus
change ("社会消费（xiāo fèi）品零售总额\n-1.8%"), and an English page's date line under a headline ending on the year,
its month or day split by a PDF's kerning ("…growth in 2018\n2018-0 1-1 9 | …"). Sentences written for these tests (not
the blind texts), with look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import key_values, read

_CARD_HEAD = "一图读懂｜2023年某县政府工作报告\n2023-01-12 09:00　来源：某县发布\n\n【2022年成绩单】\n"
_CARD_TAIL = "一般公共预算收入\n21.6亿元\n+5.2%\n\n【2023年主要目标】\n◆ 地区生产总值增长6%左右\n"
_FALL = ("retail_sales", "actual", "2022", "growth")


def _card(name: str, change: str) -> dict:
    text = _CARD_HEAD + "地区生产总值\n310.5亿元\n+3.9%\n" + name + "\n" + change + "\n" + _CARD_TAIL
    return key_values(read(text, "t.txt"))


@pytest.mark.parametrize("name", [
    "社会消费（xiāo fèi）品零售总额",  # full-width brackets, the syllables spaced, inside the name
    "社会消费品零售总额（líng shòu zǒng é）",  # after the name's last word
    "社会（shè huì）消费品（xiāo fèi pǐn）零售总额",  # two glosses
    "社会消费(xiāofèi)品零售总额",  # half-width, a word's syllables run together
])
@pytest.mark.parametrize("sign", ["-", "−"])
def test_card_minus_change_under_a_name_with_its_pinyin(name, sign):
    # the minus change is the card's fall, as under the name without its reading (the page's reader reads past it)
    assert _card(name, sign + "1.8%").get(_FALL) == (-1.8, "eq")


def test_card_minus_change_under_the_plain_name():
    # look-alike: the name without a reading, read so before
    assert _card("社会消费品零售总额", "-1.8%").get(_FALL) == (-1.8, "eq")


def test_card_plus_change_under_a_name_with_its_pinyin():
    # look-alike: a plus change needs no reading of the name above (read before)
    assert _card("社会消费（xiāo fèi）品零售总额", "+1.8%").get(_FALL) == (1.8, "eq")


def test_minus_under_a_glossed_name_on_a_figure_first_block():
    # look-alike: a block opening on a figure sets its figures first; the minus under a name is the next card's change,
    # not the name's (decision 462's left case, adv58): its reading changes nothing
    block = "【消费】\n-1.8%\n{}\n-3.4%\n单位生产总值能耗\n\n"
    glossed, plain = (key_values(read(_CARD_HEAD + block.format(n) + _CARD_TAIL, "t.txt"))
                      for n in ("社会消费（xiāo fèi）品零售总额", "社会消费品零售总额"))
    assert glossed == plain and plain.get(_FALL) == (-1.8, "eq")


_EN = ("Suzhou targets 8.5% growth in 2018\n{date} | english.ah.gov.cn\n\n"
       "Suzhou, a prefecture-level city in northern Anhui province, targets economic growth of around 8.5 percent in "
       "2018, according to the municipal government work report delivered on Tuesday.\n\n"
       "Last year, the city's GDP reached 160.9 billion yuan, up 8.4 percent.\n")


@pytest.mark.parametrize("date", ["2018-0 1-1 9", "2018-0 1-19", "2018/0 1/1 9", "2018年0 1月1 9日"])
def test_english_date_line_split_by_kerning_under_a_headline_ending_on_the_year(date):
    # the headline's year and the date line are two lines, not one number a PDF cut: the page's date gives the year,
    # and the weekday before it the day of delivery
    d = read(_EN.format(date=date), "t.txt")
    assert (d.meta.report_year, d.meta.meeting_date) == (2018, "2018-01-16")
    kv = key_values(d)
    assert kv.get(("gdp", "target", "2018", "growth")) == (8.5, "about")
    assert kv.get(("gdp", "actual", "2017", "growth")) == (8.4, "eq")


@pytest.mark.parametrize("date", ["2018-01-19", "2018-01-1 9"])
def test_english_date_line_under_a_headline_ending_on_the_year_read_before(date):
    # look-alikes: the date line unsplit (decision 475's case), and split in its day alone (its month whole, read so
    # before)
    d = read(_EN.format(date=date), "t.txt")
    assert (d.meta.report_year, d.meta.meeting_date) == (2018, "2018-01-16")


def test_year_cut_by_a_pdf_line_still_joined():
    # look-alike: a year a PDF's line cut inside its digits ("2\n023年") is one number, not a headline over a date
    text = ("关于某县2023年国民经济和社会发展计划执行情况及2\n024年计划草案的报告\n\n各位代表：\n"
            "2024年全县地区生产总值预期增长6%左右。\n")
    d = read(text, "t.txt")
    assert d.meta.report_year == 2024
    assert key_values(d).get(("gdp", "target", "2024", "growth")) == (6.0, "about")


# an English page as a PDF's text layer: its paragraphs wrapped at spaces by the page's width (the printing model cuts
# English at 28-40 characters inside words, and prints no English page so; decision 484 wrapped them as a layer does)
_EN_PAGE = ("Changshu aims for 6% GDP growth in 2022\n2022-01-10 | english.jiangsu.gov.cn\n\n"
            "Changshu, a county-level city in Jiangsu province, targets economic growth of about 6 percent this year, "
            "according to the municipal government work report.\n\n"
            "Last year, the city's GDP reached 279.6 billion yuan, up 9.1 percent. General public budget revenue rose "
            "10.5 percent to 21.4 billion yuan.\n\n"
            "This year, the city targets growth of 8 percent in general public budget revenue.\n")
_EN_WANT = {("gdp", "target", "2022", "growth"): (6.0, "about"), ("gdp", "actual", "2021", "level"): (2796.0, "eq"),
            ("gdp", "actual", "2021", "growth"): (9.1, "eq"),
            ("general_budget_revenue", "actual", "2021", "growth"): (10.5, "eq"),
            ("general_budget_revenue", "actual", "2021", "level"): (214.0, "eq"),
            ("general_budget_revenue", "target", "2022", "growth"): (8.0, "eq")}


def _wrapped(text: str, width: int) -> str:
    import textwrap
    return "\n".join("\n".join(textwrap.wrap(p, width)) if p else "" for p in text.split("\n"))


@pytest.mark.parametrize("width", [50, 62, 75, 90])
def test_english_page_wrapped_at_spaces_as_a_pdf_layer(width):
    # a break inside an English sentence is the space it stood for ("…279.6 billion\nyuan, up 9.1 percent")
    d = read(_wrapped(_EN_PAGE, width), "t.txt")
    kv = key_values(d)
    assert {k: kv.get(k) for k in _EN_WANT} == _EN_WANT
    assert (d.meta.report_year, d.meta.doc_type) == (2022, "government_work_report")


def test_english_page_unwrapped():
    # look-alike: the page as its site prints it, a paragraph a line (read so before)
    d = read(_EN_PAGE, "t.txt")
    kv = key_values(d)
    assert {k: kv.get(k) for k in _EN_WANT} == _EN_WANT and d.meta.report_year == 2022


def test_long_english_headline_over_its_date_line():
    # look-alike: a headline of 40 characters or more ending on a word, over the page's date line: two lines (the date
    # line opens on a date, no sentence's words), the page dated by it
    text = "Changshu city aims for steady economic growth this year\n2022-01-10 | english.jiangsu.gov.cn\n\n" + \
        _EN_PAGE.split("\n\n", 1)[1]
    d = read(text, "t.txt")
    assert d.meta.report_year == 2022
    assert key_values(d).get(("gdp", "actual", "2021", "growth")) == (9.1, "eq")


def test_english_page_cut_by_count_inside_words_read_as_before():
    # look-alike: a converter cutting every line at 30 characters, inside words ("i\nn 2018"): half its cut lines are of
    # one length, so its breaks are dropped by the joins as before (a space there would read "i n"), not read as spaces
    t = "\n".join("\n".join(p[i:i + 30] for i in range(0, len(p), 30)) if p else "" for p in _EN_PAGE.split("\n"))
    d = read(t, "t.txt")
    kv = key_values(d)
    assert d.meta.report_year == 2022
    assert (kv.get(("gdp", "target", "2022", "growth")), kv.get(("gdp", "actual", "2021", "growth"))) == \
        ((6.0, "about"), (9.1, "eq"))
