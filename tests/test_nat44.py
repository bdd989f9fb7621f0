"""Whole State Council reports of 2016–2019, blind (nat44, decision 310): a rate the clause before lowers or raises,
set by a clause of nothing but who may, the level verb and the figure ("下调城镇职工基本养老保险单位缴费比例，各地可降至
16%": it gave nothing); and a share of places a work is done in ("在70%左右的地市开展分级诊疗试点": it gave nothing, or
the places as the object). Each with look-alikes that must not change."""
import pytest

import planwatch
from taskdoc import pledges


def _national(year: int, body: str) -> str:
    return (f"政府工作报告\n——{year}年3月5日在第十三届全国人民代表大会第二次会议上\n国务院总理　李克强\n\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n过去一年，国内生产总值增长6.6%。\n二、{year}年经济社会发展总体部署\n"
            f"今年发展主要预期目标是：国内生产总值增长6%—6.5%；城镇新增就业1100万人以上。\n三、{year}年政府工作任务\n"
            f"（一）继续创新和完善宏观调控。\n{body}\n")


def _national_pledges(year: int, body: str) -> set[tuple]:
    text = _national(year, body)
    doc = planwatch.read_text(text, "t.txt")
    at = text.find(body)
    out = set()
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
        if p.start >= at:
            out.add((p.action, p.object, p.value, p.unit, p.qualifier, p.period))
    return out


# (sentence, action, rate, value, unit)
_RATES = [
    ("明显降低企业社保缴费负担。下调城镇职工基本养老保险单位缴费比例，各地可降至16%。", "降至", "城镇职工基本养老保险单位缴费比例", 16, "%"),
    ("下调失业保险费率，可降至1%。", "降至", "失业保险费率", 1, "%"),
    ("降低工伤保险费率，平均降至0.4%。", "降至", "工伤保险费率", 0.4, "%"),
    ("阶段性降低企业职工基本养老保险费率，全省统一降至16%。", "降至", "企业职工基本养老保险费率", 16, "%"),
    ("调低一般工商业电价，平均降至0.6元。", "降至", "一般工商业电价", 0.6, "元"),
]


@pytest.mark.parametrize("year", [2016, 2019])
@pytest.mark.parametrize("body,action,obj,value,unit", _RATES)
def test_a_rate_set_in_a_clause_of_its_own_is_the_clause_befores(year, body, action, obj, value, unit):
    assert (action, obj, value, unit, "eq", str(year)) in _national_pledges(year, body)


@pytest.mark.parametrize("level", ["市", "县"])
@pytest.mark.parametrize("body,action,obj,value,unit", _RATES[1:4])
def test_a_rate_set_in_a_local_report(level, body, action, obj, value, unit):
    assert (action, obj, value, unit) in pledges(body, level)


@pytest.mark.parametrize("body", [
    "下调社保费率2个百分点，各地可降至16%。",  # the clause before holds a figure of its own: no rate named alone
    "去年下调了失业保险费率，已降至1%。",  # what is done already, no word of who may before the verb
    "稳定失业保险费率，保持在1%。",  # kept, not lowered or raised
    "降低物流成本，力争降至14%以下。",  # a bound the words before the verb do not name alone
])
def test_no_rate_taken_from_the_clause_before_otherwise(body):
    assert not {p for p in _national_pledges(2019, body) if p[2] in (16, 1, 14)}


# (sentence, action, work, value, qualifier)
_SHARES = [
    ("在70%左右的地市开展分级诊疗试点。", "开展", "分级诊疗试点", 70, "about"),
    ("扩大分级诊疗试点，85%以上的地市开展试点。", "开展", "试点", 85, "at_least"),
    ("在60%以上的社区开展垃圾分类试点。", "开展", "垃圾分类试点", 60, "at_least"),
    ("80%以上的县（市、区）建成全民健身中心。", "建成", "全民健身中心", 80, "at_least"),
    ("90%以上的乡镇建成综合文化站。", "建成", "综合文化站", 90, "at_least"),
]


@pytest.mark.parametrize("year", [2017, 2018])
@pytest.mark.parametrize("body,action,work,value,qual", _SHARES)
def test_a_share_of_places_pledges_the_work_done_in_them(year, body, action, work, value, qual):
    got = _national_pledges(year, body)
    assert (action, work, value, "%", qual, str(year)) in got
    assert not {p for p in got if p[1] in ("地市", "社区", "县（市、区）", "乡镇")}  # the places are not what is counted


@pytest.mark.parametrize("body,keep", [
    ("90%以上的规模养殖场完成粪污处理设施配套。", ("完成", "规模养殖场", 90, "%")),  # units, not places: they are counted
    ("七成以上的行政村建成综合服务站。", ("建成", "行政村", 70, "%")),  # a share in tenths, as before
])
def test_a_share_of_units_keeps_the_units(body, keep):
    assert keep in pledges(body, "县")


@pytest.mark.parametrize("body", [
    "对营业收入增长20%以上的企业给予奖励。",  # whom a reward picks out, no places
    "60%以上的村实现集体经济收入超过10万元。",  # a level the places reach, a figure in it
])
def test_no_work_in_a_share_of_places_otherwise(body):
    assert not {p for p in pledges(body, "县") if p[2] in (20, 60)}
