"""A live blog printed (decision 451): a Windows page's or a PDF's paragraph indent before a bracketed clock or a clock in
words ("　　【09:33】陈立：…", "　　9时40分　陈立：…"), and a PDF's kerning splitting the clock's digits ("【09:3 7】",
"9时3 1分"), as decision 424 read the colon's clock so printed: the clock is still the post's time and the head's label
still dropped, so the bare task lines after the year's target list stay the year's pledges. Sentences written for these
tests (not the blind texts), with look-alikes that must not change."""
from __future__ import annotations

from planwatch.normalize import normalize

from factkeys import pledged, read

_HEAD = "图文直播｜某市人大会议开幕\n2023-01-08 08:50　来源：某网\n\n"


def _blog(clocks: list[str], indent: str = "", crlf: bool = False) -> str:
    """A blog: the head's opening, the year's targets and two bare task lines, each entry on its clock."""
    entries = ["市长陈立代表市人民政府作政府工作报告。",
               "陈立：2023年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在4.5%以内。",
               "陈立：新建城市口袋公园30个，改造老旧小区45个。",
               "陈立：开工建设保障性住房1200套。"]
    end = "\r\n" if crlf else "\n"
    return _HEAD.replace("\n", end) + "".join(indent + c + e + end for c, e in zip(clocks, entries))


_TASKS = {("城市口袋公园", 30, "个"), ("老旧小区", 45, "个"), ("保障性住房", 1200, "套")}


def _check(t: str) -> None:
    n = normalize(t)
    assert n.text[n.text.index("新建城市口袋公园") - 1] == "\n"  # (the clock and the label gone: the line opens on the verb)
    assert _TASKS <= pledged(read(t, report_year=2023))


def test_bracketed_clock_after_a_full_width_indent_with_crlf():
    _check(_blog(["【09:05】", "【09:20】", "【09:31】", "【09:37】"], indent="\u3000\u3000", crlf=True))


def test_bracketed_clock_after_a_pdf_indent():
    _check(_blog(["【09:05】", "【09:20】", "【09:31】", "【09:37】"], indent="\u3000\u3000"))


def test_clock_in_words_after_a_full_width_indent():
    _check(_blog(["9时05分　", "9时20分　", "9时31分　", "9时37分　"], indent="\u3000\u3000", crlf=True))


def test_bracketed_clock_with_its_minutes_split_by_a_space():
    _check(_blog(["【09:05】", "【09:2 0】", "【09:3 1】", "【0 9:37】"]))


def test_clock_in_words_with_its_minutes_split_by_a_space():
    _check(_blog(["9时05分　", "9时2 0分　", "9时3 1分　", "9时3 7分　"]))


def test_plain_blog_as_before():
    # look-alike: the unprinted blog, both clocks, read as decision 439 read it
    _check(_blog(["【09:05】", "【09:20】", "【09:31】", "【09:37】"]))
    _check(_blog(["9时05分　", "9时20分　", "9时31分　", "9时37分　"]))


def test_look_alike_a_dates_time_inside_an_indented_line_stays():
    # look-alike: a date's time inside a line, indented, is no clock opening an entry
    t = "\u3000\u3000大会于2023年1月8日9时30分在市会堂开幕，市长陈立作政府工作报告。\n"
    assert "9时30分" in normalize(t).text


def test_look_alike_indented_bracket_holding_no_clock_stays():
    # look-alike: an indented bracketed label, "【今年目标】", or a bracketed ratio is no clock: kept
    t = "\u3000\u3000【今年目标】地区生产总值增长6%左右。\n\u3000\u3000【比例 3:1】城乡收入比缩小。\n"
    txt = normalize(t).text
    assert "今年目标" in txt and "3:1" in txt


def test_look_alike_a_review_after_indented_clocks_stays_a_result():
    # look-alike: indented clocks before last year's figures: the bare line under them is what was done
    t = (_HEAD + "\u3000\u3000【09:05】市长陈立代表市人民政府作政府工作报告。\n"
         "\u3000\u3000【09:12】陈立：2022年全市地区生产总值完成850亿元，增长4.1%。\n"
         "\u3000\u3000【09:18】陈立：新建城市口袋公园26个，改造老旧小区38个。\n")
    got = pledged(read(t, report_year=2023))
    assert ("城市口袋公园", 26, "个") not in got and ("老旧小区", 38, "个") not in got


# --- a page set one sentence a paragraph (the sent printing): the list's last sentence, and an answer, on lines of their own

_REPORT = ("某县人民政府工作报告\n——2024年1月10日在某县第十八届人民代表大会第三次会议上\n县长　王明\n\n各位代表：\n\n"
           "2023年，全县地区生产总值增长6.2%。\n\n2024年是“十四五”规划实施的关键之年。\n\n"
           "全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。\n\n")
_WORKS = "重点抓好以下工作：新建标准化厂房20万平方米；改造农村公路120公里。\n"
_WORKS_PLEDGED = {("标准化厂房", 20, "万平方米"), ("农村公路", 120, "公里")}


def test_parts_growth_sentence_on_its_own_line_after_the_list():
    # the list's last sentence, parts' growth, a paragraph of its own: no pledge, and the works after it stay pledged
    t = _REPORT + "工业园区产值力争增长10%，高新区营业收入增长15%。\n\n" + _WORKS
    got = pledged(read(t, report_year=2024))
    assert _WORKS_PLEDGED <= got
    assert not any(v in (10, 15) for _, v, _ in got)


def test_look_alike_parts_growth_inside_the_lists_paragraph():
    # look-alike: the same sentence in the list's own paragraph (the plain page): as before
    t = _REPORT.rstrip("\n") + "工业园区产值力争增长10%，高新区营业收入增长15%。\n\n" + _WORKS
    got = pledged(read(t, report_year=2024))
    assert _WORKS_PLEDGED <= got and not any(v in (10, 15) for _, v, _ in got)


def test_look_alike_a_work_sentence_after_the_list_stays_pledged():
    # look-alike: a sentence opening on an action after the list is a work, no growth of the list's: pledged
    t = _REPORT + "新建城市口袋公园30个。\n\n" + _WORKS
    assert ("城市口袋公园", 30, "个") in pledged(read(t, report_year=2024))


_QA = "【10:30】网友提问：城区停车难，有什么打算？\n\n"


def test_officials_answer_on_the_line_after_the_question():
    # the question and the official's answer each a paragraph: the department's plan, no pledge of the report
    t = _blog(["【09:05】", "【09:20】", "【09:31】", "【09:37】"]) + _QA + "市住建局局长王海涛答：接下来，我们计划新建公共停车场15个。\n"
    got = pledged(read(t, report_year=2023))
    assert _TASKS <= got and ("公共停车场", 15, "个") not in got


def test_look_alike_heads_answer_on_the_line_after_the_question_stays_pledged():
    # look-alike: the head's own answer (no official's title) on its line after the question: pledged as before
    t = _blog(["【09:05】", "【09:20】", "【09:31】", "【09:37】"]) + _QA + "市长陈立答：今年将新建公共停车场15个。\n"
    assert ("公共停车场", 15, "个") in pledged(read(t, report_year=2023))


def test_look_alike_official_citing_the_report_on_its_own_line_stays_pledged():
    # look-alike: the official's answer citing the report, on its line after the question: the report's, pledged
    t = (_blog(["【09:05】", "【09:20】", "【09:31】", "【09:37】"]) + _QA
         + "市住建局局长王海涛答：按照政府工作报告的部署，今年将新建公共停车场15个。\n")
    assert ("公共停车场", 15, "个") in pledged(read(t, report_year=2023))
