"""Pledges in the tasks parts of 2024–2026 county and district reports (tsk61, decision 497): a clause opening with 分别
(after the year's or the resolve's words: 全年, 年内, 确保…) whose values are for the things the clause before named with
no count — each named work's length after its verb (“新建改造A、B和C，全年分别达到120公里、65公里和80公里”), or, with an
object after its own verb, that object's for each (“推进A项目、B项目，确保年内分别完成投资8亿元和5亿元”). Sentences
written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, pledged, read

_HEAD = ("青田县2024年政府工作报告\n——2024年1月10日在青田县第十八届人民代表大会第四次会议上\n……\n三、2024年主要任务\n"
         "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业6000人。重点抓好以下工作：\n（一）")
_WORK = "新建、改扩建学校4所。\n"
_OWN = {("学校", 4, "所")}


def _county(para: str):
    return read(_HEAD + para + "\n" + _WORK)


# --- (1) the works named in the clause before, each value after 分别 theirs ---

def test_works_named_then_each_length_after_each():
    for lead in ("全年分别达到", "分别达到", "年内分别为", "分别为"):
        d = _county(f"新建改造城乡供水管网、农村生活污水管网和乡村道路，{lead}120公里、65公里和80公里。")
        assert pledged(d) == _OWN | {("城乡供水管网", 120, "公里"), ("农村生活污水管网", 65, "公里"),
                                     ("乡村道路", 80, "公里")}, lead
        assert ("新建改造", "乡村道路", 80, "公里") in pledge_items(d)
        assert {p.period for p in d.pledges} == {"2024"}


def test_works_named_then_two_values():
    d = _county("改造提升农村公路、城区背街小巷，今年分别为150公里、4万平方米。")
    assert pledged(d) == _OWN | {("农村公路", 150, "公里"), ("城区背街小巷", 4, "万平方米")}


# --- (2) projects named, then 分别 and one object's value for each ---

def test_projects_named_then_each_investment():
    d = _county("推进总投资45亿元的城南枢纽二期工程、总投资18亿元的人才公寓项目，确保年内分别完成投资8亿元和5亿元。")
    got = pledged(d)
    assert {("投资", 8, "亿元"), ("投资", 5, "亿元")} <= got
    d = _county("加快城东污水处理厂、城西水厂扩建，力争分别完成投资3亿元、2亿元。")
    assert {("投资", 3, "亿元"), ("投资", 2, "亿元")} <= pledged(d)


# --- look-alikes that must not change ---

def test_no_comma_and_counts_before_unchanged():
    # (the list and its values in one clause, and the clause before counting each: read before this round too)
    d = _county("新建改造城乡供水管网、农村生活污水管网和乡村道路分别达到120公里、65公里和80公里。")
    assert {("城乡供水管网", 120, "公里"), ("乡村道路", 80, "公里")} <= pledged(d)
    d = _county("新建学校3所、幼儿园5所，分别完成投资3.5亿元、1.2亿元。")
    assert {("学校", 3, "所"), ("幼儿园", 5, "所")} <= pledged(d)
    assert len([p for p in d.pledges if p.unit == "亿元"]) == 2


def test_not_works_named():
    for para in ("实施城乡供水一体化、农村生活污水治理和乡村道路提升三大工程，全年分别达到120公里、65公里和80公里。",
                 "去年新建改造城乡供水管网、农村生活污水管网，分别为120公里、65公里。",
                 "去年推进城东污水处理厂、城西水厂扩建，分别完成投资3亿元、2亿元。",
                 "加快建设滨江路、环城北路，分别完成80%、60%。",
                 "全县一、二、三产业，分别增长3%、5%、6%。"):
        assert pledged(_county(para)) == _OWN, para


def test_targets_and_metadata_kept():
    d = _county("新建改造城乡供水管网、农村生活污水管网，全年分别达到120公里、65公里。")
    kv = key_values(d)
    assert kv[("gdp", "target", "2024", "growth")] == (6, "about")
    assert kv[("urban_new_jobs", "target", "2024", "level")] == (6000, "eq")
    assert (d.meta.region, d.meta.report_year, d.meta.level) == ("青田县", 2024, "county")


def test_counted_before_and_no_pair_unchanged():
    # (one count before, two amounts after: no pair, the amounts not split as tests/test_left14p.py keeps them)
    d = _county("实施省重点项目8个，分别完成投资35亿元、62亿元。")
    assert ("省重点项目", 8, "个") in pledged(d)
    assert not {("投资", 35, "亿元"), ("投资", 62, "亿元")} & pledged(d)
