"""Review of the rules for autonomous regions, prefectures and 兵团 reports (branch holdminority): where they must
not fire on the reports and news of ordinary provinces, cities and counties."""
from __future__ import annotations

import pytest

import planwatch

_BODY = "\n各位代表：\n一、2023年工作回顾\n{lw}地区生产总值增长6.5%。\n二、2024年工作安排\n今年{lw}地区生产总值增长6%左右。\n"


def region(text: str):
    return planwatch.read_text(text, "t.txt").meta.region_code


# a higher congress's session named first in a lead, the news's own one after it: the dateline's city is the news's
@pytest.mark.parametrize("lead, lw, code", [
    ("南宁日报南宁1月8日讯 在自治区十四届人大二次会议召开前夕，市十五届人大四次会议8日开幕。", "全市", "450100"),
    ("本报长沙1月8日讯 在省十四届人大二次会议召开前夕，市十六届人大四次会议8日开幕。", "全市", "430100"),
    ("银川日报银川1月8日讯 在自治区十三届人大二次会议召开前夕，兴庆区六届人大四次会议8日开幕。", "全区", "640104"),
    ("本报库尔勒1月5日讯 在州十五届人大五次会议召开之际，市十七届人大三次会议5日开幕。", "全市", "652801"),
    ("本报伊宁1月5日讯 在州十五届人大五次会议召开之际，伊宁县十七届人大三次会议5日开幕。", "全县", "654021"),
])
def test_a_higher_session_mentioned_before_the_own_one(lead, lw, code):
    assert region("政府工作报告\n" + lead + _BODY.format(lw=lw)) == code


@pytest.mark.parametrize("lead, lw, code", [
    ("广西日报南宁1月23日讯 自治区十四届人大二次会议23日开幕。", "全区", "450000"),
    ("西藏日报拉萨1月10日讯 自治区十二届人大二次会议开幕。", "全区", "540000"),
    ("本报杭州1月23日讯 省十四届人大二次会议开幕。", "全省", "330000"),
    ("恩施日报恩施1月8日讯 州八届人大四次会议开幕。", "全州", "422800"),
    ("甘孜日报康定1月8日讯 州十二届人大四次会议开幕。", "全州", "513300"),
    ("兴安日报乌兰浩特1月8日讯 盟十届人大三次会议开幕。", "全盟", "152200"),
    # the seat's own session stays the seat's
    ("本报乌兰浩特1月8日讯 市十届人大三次会议开幕。", "全市", "152201"),
    ("恩施日报恩施1月6日讯 市九届人大四次会议开幕。", "全市", "422801"),
    ("拉萨日报拉萨1月5日讯 市十二届人大四次会议开幕。", "全市", "540100"),
])
def test_the_anonymous_session_of_the_lead_is_the_news(lead, lw, code):
    assert region("政府工作报告\n" + lead + _BODY.format(lw=lw)) == code
