"""Pages of kinds the sets hold little of (nws52, decision 420): a county news item on the deputies' group review, whose
deputy's own words stand in a quote of their own after the sentence that cites the report, or in a later sentence the
reporter opens on a pronoun ("她说，…"); and a 一图读懂 page whose card sub-head drops the 年 of its year ("2023目标",
"2025奋斗目标", "2024重点任务"). Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledged, read

_NEWS = ("代表们分组审议政府工作报告\n来源：某县融媒体中心　2019-01-18\n\n1月17日，县第十八届人民代表大会第三次会议进入第二天议程，"
         "各代表团分组审议政府工作报告。报告提出，2019年全县地区生产总值增长7.5%左右。\n\n")
_CARD = "一图读懂丨2023年某区政府工作报告\n来源：某区发布 2023-01-12\n\n2022成绩单\nGDP\n986.4亿元\n增长4.1%\n\n"


# --- (1) a deputy's own quote standing as a sentence of its own after the sentence citing the report ---

def test_deputy_quote_after_the_cited_report_pledges_nothing():
    # the quote opens after the sentence's stop, far from the deputy's title and verb: the deputy's own village
    d = read(_NEWS + "县人大代表、某镇某村党总支书记周红梅认为，报告提出今年新改建农村公路150公里，说到了群众心坎上。"
             "“我们村去年光伏发电收入达到18万元，今年有信心突破25万元。”\n", report_year=2019)
    got = pledged(d)
    assert ("农村公路", 150, "公里") in got
    assert not any(v == 25 for _, v, _ in got)


def test_deputy_quote_citing_the_report_is_still_the_reports():
    # look-alike: the quote of their own that tells the report's words keeps its pledge (the report told in it)
    d = read(_NEWS + "县人大代表、某镇某村党总支书记周红梅认为，报告提出今年新改建农村公路150公里，说到了群众心坎上。"
             "“报告还提出改造农村危房1800户，我们很受鼓舞。”\n", report_year=2019)
    got = pledged(d)
    assert ("农村公路", 150, "公里") in got and ("农村危房", 1800, "户") in got


# --- (2) a later sentence of the deputy's words told by a pronoun ---

def test_pronoun_sentence_after_a_deputy_pledges_nothing():
    # "她说，…" after the deputy's telling in the paragraph: the deputy's own plans, none of the report's
    d = read(_NEWS + "县人大代表、某社区党委书记吴秀英表示，报告提出今年新增普惠托位600个。她说，今年社区将新建老年食堂2个。\n",
             report_year=2019)
    got = pledged(d)
    assert ("普惠托位", 600, "个") in got
    assert not any(o.endswith("老年食堂") for o, _, _ in got)


def test_pronoun_sentence_citing_the_report_is_still_the_reports():
    # look-alike: the pronoun's sentence telling the report's words keeps its pledge
    d = read(_NEWS + "县人大代表吴秀英表示，报告提出今年新增普惠托位600个。她还说，报告提出改造老旧小区12个，居民很期待。\n",
             report_year=2019)
    got = pledged(d)
    assert ("普惠托位", 600, "个") in got and ("老旧小区", 12, "个") in got


def test_pronoun_after_the_county_head_is_the_reports():
    # look-alike: no deputy told in the paragraph (the county head delivering the report): his words are the report's
    d = read(_NEWS + "县长刘志强在作报告时说，今年全县发展的基础更加扎实。他说，今年将新建高标准农田2.5万亩、改造农村危房1800户。\n",
             report_year=2019)
    got = pledged(d)
    assert ("高标准农田", 2.5, "万亩") in got and ("农村危房", 1800, "户") in got


# --- (3) a card's sub-head whose year drops its 年 ---

def test_bare_year_target_head_gives_targets():
    # "2023目标" over the cards: the year's targets, as "2023年目标" gives them (no longer last year's results)
    d = read(_CARD + "2023目标\n地区生产总值 增长6%左右\n城镇新增就业 1.2万人\n")
    kv = key_values(d)
    assert kv[("gdp", "target", "2023", "growth")] == (6, "about")
    assert kv[("urban_new_jobs", "target", "2023", "level")] == (1.2, "eq")
    assert ("urban_new_jobs", "actual", "2022", "level") not in kv


def test_bare_year_fight_head_and_its_tasks_are_pledged():
    # "2023奋斗目标" too, a part of the year's targets (not of tasks: its items no pledges), and the task cards under
    # it are the year's pledges
    d = read(_CARD + "2023奋斗目标\n地区生产总值 增长6%\n城镇新增就业 1.1万人\n重点任务\n新建公办幼儿园 4所\n改造老旧小区 28个\n")
    assert key_values(d)[("gdp", "target", "2023", "growth")] == (6, "eq")
    got = pledged(d)
    assert ("公办幼儿园", 4, "所") in got and ("老旧小区", 28, "个") in got
    assert not any(o in ("城镇新增就业", "地区生产总值") for o, _, _ in got)


def test_dated_head_with_its_year_reads_as_before():
    # look-alike: "2023年目标" was read so already, and the review card above stays last year's result
    d = read(_CARD + "2023年目标\n地区生产总值 增长6%左右\n")
    kv = key_values(d)
    assert kv[("gdp", "target", "2023", "growth")] == (6, "about")
    assert kv[("gdp", "actual", "2022", "growth")] == (4.1, "eq")


def test_bare_year_in_a_sentence_is_no_head():
    # look-alike: a bare year before 目标 inside a sentence, not at its line's end, sets no target
    d = read(_CARD + "完成2022目标任务的区直部门有32个，地区生产总值增长4.1%。\n")
    kv = key_values(d)
    assert ("gdp", "target", "2023", "growth") not in kv
