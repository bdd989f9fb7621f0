"""The three printing cases decisions 356 and 358 left (prn48, decision 363): (1) a PDF layer cut at 15 characters a line or
fewer, whose lines that hold no clause mark ("重点抓好以下工作：新开工亿元以") stayed apart from the line under them; (2) a
narrow page (16–19 characters a line) whose sentence's line cut inside a report's name ("…分组审查市国" over "民经济和社会
发展计划报告和财政预") was taken for the page's title, while a plan report's own title wrapped over three lines must still be
found, and a title the width cut right after the plan's name ("…国民经济和社会发展计划" over "执行情况与…的报告"); (3) the
printer (`benchmarks/blind_print.py`), whose `already_wrapped` wrapped a narrow layer again. Sentences written for these
tests, with look-alikes that must not change."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factkeys import key_values, pledge_items, read
from helpers import cut_text as _cut  # (a PDF text layer cut by count, 避头尾)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import blind_print as bp  # noqa: E402


# --- (1) a narrow layer's line of no clause mark goes on into the line under it ---

_XUCHANG = ["许昌市2020年政府工作报告",
            "各位代表：",
            "2019年，全市生产总值完成3395亿元，增长7.4%，一般公共预算收入完成186亿元，增长8.1%。",
            "今年全市经济社会发展的主要预期目标是：生产总值增长7%左右，城镇新增就业6.5万人。",
            "重点抓好以下工作：新开工亿元以上项目160个，新建改建农村公路300公里，改造老旧小区90个。"]


@pytest.mark.parametrize("width", [12, 13, 14, 15])
def test_narrow_layer_tasks_line_goes_on(width):
    # a layer cut at 12–15 characters a line: "重点抓好以下工作：新开工亿元" has no clause mark and is shorter than 16
    # characters, so it was read as a title-like short line; it is as long as the page's lines, which a converter cut by
    # count, and goes on: the three tasks are pledged
    items = pledge_items(read(_cut(_XUCHANG, width), name="许昌市.txt"))
    assert ("新开工", "亿元以上项目", 160, "个") in items
    assert ("新建改建", "农村公路", 300, "公里") in items
    assert ("改造", "老旧小区", 90, "个") in items


def test_narrow_chars_reads_the_count():
    from planwatch.normalize import narrow_chars

    # the page's count where it is one of 10 to 19 characters; none on a web page's paragraphs one a line
    assert narrow_chars(_cut(_XUCHANG, 14)) == 14
    assert narrow_chars("\n".join(_XUCHANG) + "\n") == 0
    # (nor on a list of items one a line, of about one length, no clause mark inside: no sentence's lines)
    assert narrow_chars("新建改建农村公路120公里\n新增城镇就业5000人以上\n改造提升老旧小区30个\n新建城市书房12家\n"
                        "新增公办幼儿园学位900个\n建成口袋公园15个\n新建充电桩800个\n") == 0


def test_short_item_lines_stay_apart():
    # look-alike: a list of tasks one a line, of about one length, no clause mark in any (no sentence's lines): no narrow
    # page, each item its own (no "…120公里新增城镇就业…" run together)
    text = ("许昌市2024年政府工作报告\n各位代表：\n今年，我们将集中力量办好十件民生实事：\n新建改建农村公路120公里\n新增城镇就业5000人以上\n改造提升老旧小区30个\n"
            "新建城市书房12家\n新增公办幼儿园学位900个\n建成口袋公园15个\n新建充电桩800个\n")
    from planwatch.normalize import normalize

    lines = normalize(text).text.split("\n")
    for item in ("新建改建农村公路120公里", "新增城镇就业5000人以上", "改造提升老旧小区30个", "新建城市书房12家"):
        assert item in lines


# --- (2) a narrow page's sentence line naming reports is no title; a title wrapped over three lines is ---

_NEWS = ["瑞安市第十七届人民代表大会第四次会议开幕",
         "1月8日上午，瑞安市第十七届人民代表大会第四次会议在市人民大会堂开幕。会议听取和审议了市人民政府工作报告。",
         "报告显示，2024年全市地区生产总值增长6.1%，城镇新增就业1.4万人。报告提出，今年全市地区生产总值增长6%左右，"
         "城镇新增就业1.3万人。",
         "今年，全市将新建城市书房8家，改造老旧小区15个，新增公办幼儿园学位1200个，建成城市公园3个，"
         "新建改建农村公路150公里，推动全市经济社会高质量发展迈上新台阶。",
         "会议期间，各代表团将分组审查市国民经济和社会发展计划报告和财政预算报告，并选举产生市监察委员会主任。"]


@pytest.mark.parametrize("width", [16, 17, 18, 19])
def test_narrow_news_line_naming_plan_report_no_title(width):
    # a line of the closing sentence, cut at the narrow page's width inside the reports' names ("…计划报告和财政预算报"),
    # goes on from the page-wide line over it: no title, and the page is the work report's news (its pledges kept)
    d = read(_cut(_NEWS, width), name="瑞安市.txt")
    assert d.meta.doc_type == "government_work_report"
    assert ("改造", "老旧小区", 15, "个") in pledge_items(d)


_PLAN = ["关于开封市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告",
         "各位代表：",
         "2019年，全市地区生产总值完成2364亿元，增长7.2%；一般公共预算收入完成194亿元，增长8.4%；"
         "社会消费品零售总额完成1120亿元，增长10.6%；城乡居民人均可支配收入分别增长7.8%和9.1%。",
         "2020年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，城镇新增就业5.8万人。"]


@pytest.mark.parametrize("width", [16, 17, 18, 19])
def test_narrow_plan_title_over_three_lines_found(width):
    # look-alike the narrow rule must leave right: the plan report's own title wrapped over three lines of the page's
    # width ("关于开封市2019年国民经济和社" / "会发展计划执行情况与2020年计" / "划草案的报告") is joined and read whole
    d = read(_cut(_PLAN, width), name="开封市.txt")
    assert d.meta.doc_type == "plan_report"
    assert d.meta.report_year == 2020
    assert d.meta.title == _PLAN[0]
    assert key_values(d).get(("gdp", "target", "2020", "growth")) == (7, "about")


def test_plan_title_cut_after_the_plans_name():
    # a page of 21 characters a line cuts the title right after "国民经济和社会发展计划": the line reads as a whole
    # title alone, its year the year reviewed; its rest right under it ("执行情况与2020年计划草案的报告") is the title's
    d = read(_cut(_PLAN, 21), name="开封市.txt")
    assert d.meta.title == _PLAN[0]
    assert d.meta.report_year == 2020


def test_plan_title_line_over_salutation_kept():
    # look-alike: a title ending on the plan's name over the salutation (no report's words under it): the title as it
    # stands, nothing joined to it
    text = "开封市2020年国民经济和社会发展计划\n各位代表：\n2020年全市地区生产总值预期增长7%左右。\n"
    d = read(text, name="开封市.txt")
    assert d.meta.title == "开封市2020年国民经济和社会发展计划"


def test_wide_news_line_naming_plan_report_still_no_title():
    # look-alike: the same page on a wide layer (30 characters a line), read as before (decision 350)
    d = read(_cut(_NEWS, 30), name="瑞安市.txt")
    assert d.meta.doc_type == "government_work_report"


# --- (3) the printer: a narrow layer is a layer already, not wrapped again ---

def test_printer_narrow_layer_by_count_not_wrapped():
    # a layer cut by count at 15 characters a line: already a PDF's layer (no pdf or sent printing of it)
    text = _cut(_XUCHANG, 15)
    assert bp.already_wrapped(text)
    assert bp.printed("pdf", text, 3, {"doc_type": "government_work_report"}) is None


def _cut_cells(paras: list[str], cells: int) -> str:
    # a PDF text layer cut by width, ``cells`` half cells a line (a Chinese character two, a digit or "%" one)
    out = []
    for p in paras:
        line, w = "", 0
        for c in p:
            cw = 1 if c.isascii() else 2
            if w + cw > cells and c not in "，。；：、）%":
                out.append(line)
                line, w = "", 0
            line, w = line + c, w + cw
        out.append(line)
    return "\n".join(out) + "\n"


def test_printer_narrow_layer_by_width_not_wrapped():
    # a layer cut by width at 34 half cells: its lines' lengths in characters vary with their digits (17 to 21), their
    # widths not; already a layer
    text = _cut_cells(_XUCHANG[2:], 34)
    assert max(len(ln) for ln in text.split("\n")) <= 21
    assert bp.already_wrapped(text)


def test_printer_titles_and_items_of_one_length_are_wrapped():
    # look-alikes: a report's short titles and a list of items, lines of one length with no clause mark inside, over
    # paragraphs one a line (a web page's text, not a layer): printed as a PDF as before
    text = ("第一部分　2025年工作回顾\n" + "2025年，全区地区生产总值增长6.3%，规模以上工业增加值增长8.1%，固定资产投资增长4.6%。\n"
            "一、以科技创新引领新质生产力发展\n二、以现代化产业体系筑牢实体根基\n三、以深化改革激发发展的内生动力\n"
            "四、以高水平开放拓展发展的新空间\n五、以城市更新提升城区品质内涵\n六、以民生幸福为目标办好实事好事\n"
            "新建改建农村公路120公里\n新增城镇就业5000人以上\n")
    assert not bp.already_wrapped(text)
    assert bp.printed("pdf", text, 3, {"doc_type": "government_work_report"}) is not None


# --- (4) a bullet's line of clauses and amounts, cut by the page's width right after a word a title ends on ---

_ANXIANG = ["安乡县2024年政府工作报告", "各位代表：",
            "2023年，全县地区生产总值完成286亿元，增长6.1%；一般公共预算收入完成12.4亿元，增长5.2%；城乡居民人均可支配"
            "收入分别增长5.3%和7.1%。",
            "2024年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长7%。",
            "围绕上述目标，重点抓好以下工作：",
            "——新建高标准农田3万亩，改造农村公路120公里，开工建设重点项目52个，完成年度计划投资68亿元。",
            "——新建城市书房5家，改造提升老旧小区36个，新增公办幼儿园学位900个。"]


def test_bullet_line_cut_after_a_titles_word_goes_on():
    # a page of 31 characters a line cuts "——…，开工建设重点" over "项目52个，…": the line ends on 重点 (a plain part
    # title's last word) but holds clauses and amounts (3万亩, 120公里), no title's: it goes on, the projects pledged
    text = _cut(_ANXIANG, 31)
    assert "——新建高标准农田3万亩，改造农村公路120公里，开工建设重点\n" in text
    items = pledge_items(read(text, name="安乡县.txt"))
    assert ("开工建设", "重点项目", 52, "个") in items


@pytest.mark.parametrize("title", ["（一）2024年，扎实做好经济工作的重点任务", "——坚持稳中求进，全力完成全年各项目标任务"])
def test_titles_ending_on_a_titles_word_stay_apart(title):
    # look-alikes: a title ending on 任务 with a clause's comma but no amount (a year is none) stays its own line over the
    # paragraph under it
    from planwatch.normalize import normalize

    text = _cut(_ANXIANG[:4], 31) + title + "\n" + _cut(_ANXIANG[5:], 31)
    assert title in normalize(text).text.split("\n")


# --- (5) a news page's headline under a portal's head: its figure as on the page alone ---

_PAGE = ("攸县十八届人大一次会议开幕 今年经济增长目标7%\n株洲日报　2022-01-20　记者 李文\n\n"
         "攸县第十八届人民代表大会第一次会议一月十九日上午在县会议中心开幕。县长作政府工作报告。\n\n"
         "报告提出，今年全县地区生产总值增长7%左右，一般公共预算收入增长6.5%，城镇新增就业5000人以上。\n")
_PORTAL = ("网站首页\n机构设置\n信息公开\n政策文件\n当前位置：首页 > 政务公开 > 政府文件\n\n"
           "字号：大 中 小　　发布时间：2022-01-20 09:30　　来源：攸县人民政府办公室　　浏览次数：2210\n分享到：微信 微博 QQ空间\n\n")


@pytest.mark.parametrize("head", ["", _PORTAL])
def test_headline_figure_restated_by_the_body(head):
    # the headline's "目标7%" (no qualifier) is the body's "增长7%左右" said short: the body's statement stands, whether
    # the page is the news text alone or set under a portal's menu, breadcrumb, date line and buttons
    kv = key_values(read(head + _PAGE, name="攸县.txt"))
    assert kv.get(("gdp", "target", "2022", "growth")) == (7, "about")


def test_portal_headline_start():
    from planwatch.metadata import portal_headline_start

    # the headline's line under the portal's head; a page with no breadcrumb opens on its headline
    text = _PORTAL + _PAGE
    assert text[portal_headline_start(text):].startswith("攸县十八届人大一次会议开幕")
    assert portal_headline_start(_PAGE) == 0
