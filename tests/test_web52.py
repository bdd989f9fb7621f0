"""Decision 423 (web52): a 政府门户网站's page copied whole, boilerplate and all. The page's lists of other pages — under a
heading the related-links rule did not know (相关信息, 相关文件, 热点信息, 本栏目推荐…), with no heading between the buttons
that close the article and the site's footer, or after 上一篇/下一篇 written with no colon — carry other pages' titles,
whose figures are no words of the report; the report's own lines next to such chrome are read as before."""
from __future__ import annotations

import pytest

from factkeys import key_values, pledged, read

_HEAD = ("首页 | 政务公开 | 政府信息公开 | 办事服务 | 互动交流\n"
         "当前位置：首页 > 政务公开 > 政府工作报告\n"
         "2022年江油市人民政府工作报告\n"
         "——2022年1月11日在江油市第十八届人民代表大会第一次会议上\n"
         "发布时间：2022-01-18 10:02　　来源：市政府办　　浏览次数：1893\n")
_BODY = ("一、2021年工作回顾\n"
         "全市实现地区生产总值612.4亿元，增长8.6%。\n"
         "二、2022年工作安排\n"
         "今年主要预期目标是：地区生产总值增长7.5%左右。\n"
         "重点抓好以下工作：新建高标准农田3.2万亩，新增公共停车位1500个。\n")
_FOOT = ("主办单位：江油市人民政府办公室　　网站标识码：5107810001\n"
         "蜀ICP备05012345号　　联系电话：0816-3223456　　技术支持：绵阳某网络科技有限公司\n")
# other pages' titles, with figures of other years and of another region's plan
_TITLES = "2021年江油市城镇新增就业1.1万人\n江油市2022年将改造老旧小区45个\n"
_OWN = {("高标准农田", 3.2, "万亩"), ("公共停车位", 1500, "个")}


def _extra(d) -> bool:
    return ("urban_new_jobs", "actual", "2021", "level") in key_values(d) \
        or any(p.value in (1.1, 45) for p in d.pledges)


# a heading of the page's list the related-links rule had not known, alone on its line (">>" or 更多>> after it)
@pytest.mark.parametrize("heading", ["相关信息", "相关信息：", "相关文件", "【相关解读】", "热点信息", "本栏目推荐", "相关信息 更多>>"])
def test_list_under_a_portal_heading_is_no_report(heading):
    d = read(_HEAD + _BODY + "【打印本页】\n" + heading + "\n" + _TITLES + "\n" + _FOOT, "t.txt")
    assert not _extra(d)
    assert pledged(d) == _OWN


# the same list set in a sidebar before the article: dropped, and it stops at the breadcrumb, so the page's title and
# its meeting line stay
def test_sidebar_list_before_the_article_stops_at_the_breadcrumb():
    d = read("热点信息\n" + _TITLES + _HEAD + _BODY + _FOOT, "t.txt")
    assert not _extra(d)
    assert (d.meta.region, d.meta.report_year, d.meta.meeting_date) == ("江油市", 2022, "2022-01-11")
    assert key_values(d)[("gdp", "target", "2022", "growth")] == (7.5, "about")


# no heading at all: the titles between the buttons that close the article and the site's footer
@pytest.mark.parametrize("buttons", ["打印本页 | 关闭窗口", "【打印本页】【关闭窗口】", "分享到：微信 微博 QQ空间", "关闭"])
def test_bare_list_between_closing_buttons_and_footer(buttons):
    d = read(_HEAD + _BODY + buttons + "\n" + _TITLES + _FOOT, "t.txt")
    assert not _extra(d)
    assert pledged(d) == _OWN


# 上一篇/下一篇 with no colon: a space, a bracket, ">>", or the label alone over its title
@pytest.mark.parametrize("links", [
    "上一篇 2021年江油市城镇新增就业1.1万人\n下一篇 江油市2022年将改造老旧小区45个\n",
    "【上一篇】2021年江油市城镇新增就业1.1万人\n【下一篇】江油市2022年将改造老旧小区45个\n",
    "上一篇>> 2021年江油市城镇新增就业1.1万人\n下一篇>> 江油市2022年将改造老旧小区45个\n",
    "上一篇\n2021年江油市城镇新增就业1.1万人\n下一篇\n江油市2022年将改造老旧小区45个\n",
])
def test_prev_next_without_colon(links):
    d = read(_HEAD + _BODY + links, "t.txt")  # (no footer, no buttons: the labels alone)
    assert not _extra(d)
    assert pledged(d) == _OWN


# look-alike: buttons at the head of a page (under its 发布时间 line, no sentence above) open no list: a short page's
# targets set one a line with no stop, down to the footer, are the report's
def test_head_buttons_over_unstopped_lines_keep_them():
    page = (_HEAD + "【打印本页】【关闭窗口】\n2022年主要预期目标\n地区生产总值增长7.5%左右\n城镇新增就业1.2万人\n"
            "新建高标准农田3.2万亩\n" + _FOOT)
    d = read(page, "t.txt")
    kv = key_values(d)
    assert kv[("gdp", "target", "2022", "growth")] == (7.5, "about")
    assert kv[("urban_new_jobs", "target", "2022", "level")] == (1.2, "eq")


# look-alike: a report's line opening with one of the headings' words, not alone on its line, is the report's
def test_heading_word_opening_a_sentence_stays():
    body = _BODY.replace("重点抓好以下工作：", "重点抓好以下工作：\n相关信息化项目新建5G基站300个。\n")
    d = read(_HEAD + body + "【打印本页】\n" + _FOOT, "t.txt")
    assert ("5G基站", 300, "个") in pledged(d)


# look-alike: the report's last task paragraph over the footer, no buttons between (no closing chrome): kept
def test_last_paragraph_over_footer_without_buttons_stays():
    d = read(_HEAD + _BODY + "新建城市绿道20公里\n" + _FOOT, "t.txt")
    assert pledged(d) >= _OWN
    assert any(p.value == 20 and p.unit == "公里" for p in d.pledges)


# look-alike: 上一篇 with its colon is dropped as before
def test_prev_with_colon_as_before():
    d = read(_HEAD + _BODY + "上一篇：2021年江油市城镇新增就业1.1万人\n", "t.txt")
    assert not _extra(d)
