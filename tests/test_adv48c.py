"""An adversarial review of decision 363 on printed pages (adv48c, decision 368): (1) a narrow layer's line of the
page's count with no clause mark joined the line under it whatever that line was — a list's next name, a slogan's next
line, "各位代表：" under a byline; it now goes on only into a sentence's rest (a line holding a mark); (2) a portal's
menu line that lost its spaces is joined with the breadcrumb under it, and `portal_headline_start` missed the
breadcrumb there; (3) a news page's "报告同时提出，…" (an adverb between 报告 and its verb) was no plan cue. Sentences
written for these tests, with look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import key_values, pledge_items, read
from helpers import cut_lines as _cut  # (a PDF text layer cut by count, its lines)
from planwatch.normalize import narrow_chars, normalize


# a plan report's body, cut at 14 characters a line: enough sentence lines for narrow_chars to read the count
_BODY = ["2020年，全县地区生产总值完成182.4亿元，增长6.2%；一般公共预算收入完成9.8亿元，增长5.1%；"
         "城镇居民人均可支配收入增长5.9%，农村居民人均可支配收入增长7.3%。",
         "今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长6%，城镇新增就业4200人。",
         "围绕上述目标，重点抓好以下工作：新开工亿元以上项目45个，新建高标准农田2.4万亩，改造提升农村公路98公里，"
         "新增普惠性幼儿园学位1200个，完成老旧小区改造18个。"]


def _page(*blocks: list[str]) -> str:
    lines: list[str] = []
    for b in blocks:
        lines += b
    return "\n".join(lines) + "\n"


def test_page_count_is_read():
    # the layer the tests below are set in: a page of 14 characters a line (decision 363's narrow_chars)
    assert narrow_chars(_page(_cut(_BODY, 14))) == 14


# --- (1) a narrow layer's line of the page's count goes on only into a sentence's rest ---

def test_project_names_one_a_line_stay_apart():
    # a list of projects one a line, the first name by chance exactly 14 characters (the page's count) over another
    # name: two names, no sentence (363 joined them into "…改造工程城北污水处理厂…")
    names = ["城南片区老旧管网更新改造工程", "城北污水处理厂二期扩建", "县第二人民医院门诊综合楼"]
    assert len(names[0]) == 14
    text = _page(_cut(_BODY, 14), ["（三）加快重点项目建设"], names)
    assert narrow_chars(text) == 14
    lines = normalize(text).text.split("\n")
    for n in names:
        assert n in lines


def test_byline_over_address_stays_apart():
    # a byline exactly as long as the page's lines over the address to the deputies: no sentence runs from the
    # speaker's office into "各位代表：" (363 joined "…委员会主任各位代表：")
    byline = "县发展和改革局党组书记兼局长"
    assert len(byline) == 14
    text = _page(["2021年国民经济和社会发展", "计划草案的报告", byline, "各位代表："], _cut(_BODY, 14))
    assert narrow_chars(text) == 14
    lines = normalize(text).text.split("\n")
    assert byline in lines and "各位代表：" in lines


def test_slogan_lines_stay_apart():
    # a slogan block, each line a whole phrase of the page's count with no mark, over a task's sentence: neither the
    # slogan's lines nor the task's first line (no mark in it either) are joined; the task is pledged as before
    slogan = ["凝心聚力谋发展砥砺奋进新征程", "勇当湘南开放崛起的排头兵先锋"]
    assert all(len(s) == 14 for s in slogan)
    task = _cut(["全年新建农村饮水安全工程120处，改造农村危房2600户，新增城镇就业4200人。"], 14)
    text = _page(_cut(_BODY, 14), ["三、主要工作任务"], slogan, task)
    assert narrow_chars(text) == 14
    lines = normalize(text).text.split("\n")
    assert slogan[0] in lines and slogan[1] in lines
    items = pledge_items(read(text, name="某县.txt"))
    assert ("改造", "农村危房", 2600, "户") in items


@pytest.mark.parametrize("width", [12, 13, 14, 15])
def test_sentence_line_goes_on_into_its_rest(width):
    # look-alike that must not change: a sentence's line with no clause mark, as long as the page's lines, goes on into
    # the line under it that holds the sentence's marks ("…主要预期" over "目标是：…"), as 363 made it
    text = _page(_cut(_BODY, width))
    assert narrow_chars(text) == width
    assert "主要预期目标是：" in normalize(text).text
    assert ("新开工", "亿元以上项目", 45, "个") in pledge_items(read(text, name="某县.txt"))


def test_table_cells_one_a_line_stay_apart():
    # look-alike that must not change: a table printed one cell a line, a name cell as long as the page's lines over
    # its unit cell: the cells are read as the table's row, not joined as a sentence's words
    text = _page(_cut(_BODY, 14), ["指标", "单位", "目标"], ["农村居民人均可支配收入增长率", "%", "8"])
    assert narrow_chars(text) == 14
    lines = normalize(text).text.split("\n")
    assert "农村居民人均可支配收入增长率|%|8" in lines


# --- (2) a breadcrumb after a portal's menu on one line ---

_NEWS = ("芙蓉区十二届人大五次会议开幕 今年地区生产总值目标增长6%\n\n"
         "1月8日上午，长沙市芙蓉区第十二届人民代表大会第五次会议开幕。区长作政府工作报告。\n"
         "报告提出，今年全区地区生产总值增长6%左右，一般公共预算收入增长3%。\n")


@pytest.mark.parametrize("menu", ["首页 政务公开 政务服务 互动交流 走进芙蓉\n", "首页政务公开政务服务互动交流走进芙蓉"])
def test_headline_under_breadcrumb_after_menu(menu):
    # a portal's menu whose spaces the text lost, its breadcrumb on its line (or joined with it by the normaliser): the
    # headline is the line under the breadcrumb and the date line, so the headline's "目标增长6%" is the body's
    # "增长6%左右" said short (before: eq, the page's first line taken for the headline)
    from planwatch.metadata import portal_headline_start

    head = "长沙市芙蓉区人民政府\n" + menu + "当前位置：首页 > 新闻中心 > 2025年区两会\n发布时间：2025-01-09 来源：芙蓉区融媒体中心\n\n"
    joined = "长沙市芙蓉区人民政府\n首页政务公开政务服务互动交流走进芙蓉当前位置：首页>新闻中心>2025年区两会\n发布时间：2025-01-09\n\n"
    assert (joined + _NEWS)[portal_headline_start(joined + _NEWS):].startswith("芙蓉区十二届人大五次会议开幕")
    kv = key_values(read(head + _NEWS, name="芙蓉区.txt"))
    assert kv.get(("gdp", "target", "2025", "growth")) == (6, "about")


def test_sentence_naming_a_position_is_no_breadcrumb():
    # look-alike: a sentence that names a position with a colon and a figure is no breadcrumb (no path's ">" after it),
    # so a text opening on its headline keeps 0
    from planwatch.metadata import portal_headline_start

    text = "全县经济总量排名上升 当前位置：全市第3位\n" + _NEWS
    assert portal_headline_start(text) == 0


# --- (3) "报告同时提出，…" on a news page ---

@pytest.mark.parametrize("tells", ["报告同时提出，", "报告另外提出，"])
def test_report_adverb_before_its_verb_is_a_plan_cue(tells):
    # a news page's sentence telling the report's plan with an adverb between 报告 and 提出: its tasks are pledges
    items = pledge_items(read(_NEWS + tells + "全年新建高标准农田1.5万亩，新增城市停车位4000个。\n", name="芙蓉区.txt"))
    assert ("新建", "高标准农田", 1.5, "万亩") in items
    assert ("新增", "城市停车位", 4000, "个") in items


def test_result_sentence_with_adverb_stays_no_pledge():
    # look-alike: the report telling last year's results with 同时 ("报告同时显示，去年…") pledges nothing
    items = pledge_items(read(_NEWS + "报告同时显示，去年全区新建高标准农田1.1万亩，新增城市停车位3800个。\n", name="芙蓉区.txt"))
    assert not any(i[2] in (1.1, 3800) for i in items)
