"""new65 (decision 567): administrative units rarely seen, blind (an autonomous prefecture, a 地区, a 盟 and a district of
a municipality).

- A paper's lead mark alone before a news lead's day (“本报讯（记者 阿依古丽）1月26日，喀什地区行署第一次全体（扩大）会议
  召开。”, “兴安日报讯（记者 王丽）1月12日，…”, “本报讯 2月14日，…”), no congress's session after it (a 地区's or a 盟's
  report is delivered at its 行署's full meeting): the meeting's day, as a day opening the lead's line is (failed on the
  base: no meeting date).
- A prefecture named in full whose name goes on past its short name with no suffix (和田地区, 塔城地区, 临夏回族自治州),
  on a page no byline or session states: its short name's mentions, counted inside the full name too, are the
  prefecture's, not its seat's (和田市, 塔城市, 临夏市) that the full name supports as its parent (failed on the base:
  the seat, a county).
Look-alikes keep their reading: a day at the line's start, a congress's session after a paper's mark, a mark with other
words before the day, a mark before a day whose sentence holds no meeting (a statistics bureau's figures), the seat's own report naming its 地区 in full, a 地区 of no namesake seat (阿里地区), and a
three-character short name (阿勒泰地区, 阿克苏地区) the base already read right."""
from __future__ import annotations

import pytest

from factkeys import read

_BODY = "\n报告指出，去年全地区生产总值增长5.3%。\n报告明确，今年地区生产总值增长8%左右。\n"


def _meta(head: str):
    return read(head + _BODY, "t.txt").meta


MARKED_LEADS = [
    ("地区行署召开全体（扩大）会议\n2021-01-27 09:12　来源：喀什日报\n\n本报讯（记者 阿依古丽）1月26日，喀什地区行署第一次"
     "全体（扩大）会议召开。地区行署专员艾则孜·买买提代表地区行署作工作报告。", "喀什地区", "2021-01-26"),
    ("盟行署召开全体会议\n2023-02-15 10:00　来源：锡林郭勒日报\n\n本报讯 2月14日，锡林郭勒盟行政公署第一次全体（扩大）"
     "会议召开。盟长霍照良代表盟行署作工作报告。", "锡林郭勒盟", "2023-02-14"),
    ("阿拉善盟行署全体会议召开\n来源：阿拉善日报　发布时间：2022-01-20\n\n本报讯（记者 张三 通讯员 李四）1月19日上午，"
     "阿拉善盟行政公署召开全体（扩大）会议，盟长杨宁代表盟行署作工作报告。", "阿拉善盟", "2022-01-19"),
    ("阿里地区行署第一次全体（扩大）会议召开\n2018-02-02 来源：阿里报\n\n阿里讯（记者 次仁）2月1日，阿里地区行署第一次"
     "全体（扩大）会议在狮泉河镇召开。地区行署专员多吉次仁作工作报告。", "阿里地区", "2018-02-01"),
    ("兴安盟行署召开第一次全体（扩大）会议\n2024年01月13日 09:20　来源：兴安日报\n\n兴安日报讯（记者 王丽）1月12日，"
     "兴安盟行政公署第一次全体（扩大）会议召开。盟长王永军作工作报告。", "兴安盟", "2024-01-12"),
    ("滨海新区召开政府全体会议\n2024-01-12　来源：滨海时报\n\n本报讯 1月11日，天津市滨海新区政府召开全体会议，区长单泽峰"
     "作政府工作报告。", "滨海新区", "2024-01-11"),
]


@pytest.mark.parametrize("head,region,day", MARKED_LEADS)
def test_a_papers_lead_mark_before_the_day_dates_the_meeting(head, region, day):
    m = _meta(head)
    assert (m.region, m.meeting_date) == (region, day)


MARK_LOOKALIKES = [
    # a day opening the lead's line (the base's reading)
    ("和田地区行署全体会议召开\n2019-01-30　来源：和田日报\n\n1月29日，和田地区行署第一次全体（扩大）会议召开，地区行署专员"
     "阿不都热依木·阿不都热西提作工作报告。", "2019-01-29"),
    # a congress's session after the mark (read from the session, as before)
    ("州人代会开幕\n2020-01-10 08:00　来源：甘孜日报\n\n本报讯（记者 泽仁）1月9日，甘孜藏族自治州第十二届人民代表大会第五次"
     "会议在康定开幕。州长肖友才作政府工作报告。", "2020-01-09"),
    # other words between the mark and the day: no day read from the lead
    ("地区行署召开全体（扩大）会议\n2021-01-27 09:12　来源：喀什日报\n\n本报讯（记者 阿依古丽）据了解，1月26日，喀什地区行署"
     "第一次全体（扩大）会议召开。", None),
    # a mark before a day whose sentence holds no meeting (a statistics bureau's figures): no meeting's day
    ("湖南日报　2024-01-20 07:45　来源：湖南日报\n\n去年全省经济增长4.6%\n\n本报讯（记者 张红）1月19日，记者从省统计局获悉，"
     "初步核算，2023年全省地区生产总值50012.9亿元。", None),
]


@pytest.mark.parametrize("head,day", MARK_LOOKALIKES)
def test_lead_mark_lookalikes_keep_their_day(head, day):
    assert _meta(head).meeting_date == day


FULL_NAMED = [
    ("和田地区行署全体会议召开\n2019-01-30　来源：和田日报\n\n1月29日，和田地区行署第一次全体（扩大）会议召开，地区行署专员"
     "阿不都热依木·阿不都热西提作工作报告。", ("和田地区", "653200", "prefecture")),
    ("塔城地区行署全体会议召开\n2023-02-03 来源：塔城零距离\n\n2月2日，塔城地区行署第一次全体（扩大）会议在塔城市召开，"
     "地区行署专员作工作报告。", ("塔城地区", "654200", "prefecture")),
    ("和田地区2025年工作报告解读\n2025-02-10 来源：和田零距离\n\n2月8日，和田地区行署召开第一次全体（扩大）会议。会议强调，"
     "全地区要在和田市、和田县等县市推进重点项目。", ("和田地区", "653200", "prefecture")),
    ("临夏回族自治州政府全体会议召开\n2022-02-10 来源：民族日报\n\n2月9日，临夏回族自治州人民政府召开第一次全体会议，"
     "州长作工作报告。临夏市、临夏县负责人参加。", ("临夏回族自治州", "622900", "prefecture")),
    ("喀什地区行署全体会议召开\n2021-01-22 来源：喀什零距离\n\n1月21日，喀什地区行署第一次全体（扩大）会议在喀什市召开，"
     "地区行署专员作工作报告。", ("喀什地区", "653100", "prefecture")),
]


@pytest.mark.parametrize("head,want", FULL_NAMED)
def test_a_prefecture_named_in_full_holds_its_short_names_mentions(head, want):
    m = _meta(head)
    assert (m.region, m.region_code, m.level) == want


FULL_NAMED_LOOKALIKES = [
    # the seat's own report, naming its 地区 in full
    ("和田市2020年政府工作报告\n——2020年1月10日在和田市第十届人民代表大会第四次会议上\n市长　某某\n过去一年，在和田地区"
     "党委、行署的坚强领导下，全市上下团结奋斗。", ("和田市", "653201", "county")),
    # three-character short names the base read right
    ("阿勒泰地区行署全体会议召开\n2021-01-22 来源：阿勒泰零距离\n\n1月21日，阿勒泰地区行署第一次全体（扩大）会议在阿勒泰市"
     "召开，地区行署专员作工作报告。阿勒泰市、布尔津县参加。", ("阿勒泰地区", "654300", "prefecture")),
    ("阿克苏地区行署全体会议召开\n2021-01-22 来源：阿克苏零距离\n\n1月21日，阿克苏地区行署第一次全体（扩大）会议在阿克苏市"
     "召开，地区行署专员作工作报告。阿克苏市、库车市参加。", ("阿克苏地区", "652900", "prefecture")),
    # a 自治州 whose short name's seat is named (大理市): the prefecture, as before
    ("大理白族自治州政府召开全体会议\n2021-01-22 来源：大理日报\n\n1月21日，大理白族自治州人民政府召开全体会议，州长作工作"
     "报告。大理市负责人参加。", ("大理白族自治州", "532900", "prefecture")),
    # a 地区 with no namesake seat
    ("阿里地区行署第一次全体（扩大）会议召开\n2018-02-02 来源：阿里报\n\n2月1日，阿里地区行署第一次全体（扩大）会议在"
     "狮泉河镇召开。", ("阿里地区", "542500", "prefecture")),
]


@pytest.mark.parametrize("head,want", FULL_NAMED_LOOKALIKES)
def test_full_name_lookalikes_keep_their_region(head, want):
    m = _meta(head)
    assert (m.region, m.region_code, m.level) == want
