"""Session 22 district25: reports of big cities' urban districts (市辖区): a bracketed note between the review and
the targets, a rank among a group of districts with no 中, a tasks label under the targets' title."""
from __future__ import annotations

import pytest

import planwatch


def _doc(text):
    return planwatch.read_text(text, "x.txt")


def _facts(doc):
    return {(f.indicator, f.role, f.period, f.measure): f for f in doc.facts}


HEAD = "杭州市滨江区2025年政府工作报告\n\n2024年工作回顾\n2024年，全区实现地区生产总值2480亿元，增长7.3%。新增普惠托育托位800个。\n"
TARGETS = "\n2025年主要预期目标\n地区生产总值增长7%左右，力争更好；财政总收入增长5%。\n重点任务：新增上市企业5家；新增人才公寓5000套。\n"


# a note in brackets closing on its sentence's end is a paragraph of its own: the title under it stays a title
@pytest.mark.parametrize("note", [
    "（高新区（滨江）与滨江区实行“两块牌子、一套班子”，以上数据为全区口径。）",
    "（以上数据为全区口径。）",
    "（注：部分数据为快报数！）",
])
def test_a_bracketed_note_before_the_targets_keeps_them(note):
    doc = _doc(HEAD + note + TARGETS)
    fs = _facts(doc)
    t = fs[("gdp", "target", "2025", "growth")]
    assert (t.value, t.qualifier, t.quote) == (7, "about", "地区生产总值增长7%左右")
    assert ("gdp", "actual", "2024", "growth") in fs
    assert {p.object for p in doc.pledges} >= {"上市企业", "人才公寓"}


def test_a_bracketed_aside_with_no_sentence_end_still_goes_on():
    # look-alike: a line cut inside a sentence before a bracket with no full stop in it goes on with the next line
    doc = _doc("某区2024年政府工作报告\n2023年工作回顾\n2023年，全区地区生产总值（按可比价计算）\n增长6.5%。\n")
    assert _facts(doc)[("gdp", "actual", "2023", "growth")].value == 6.5


RANK_HEAD = "重庆市江北区2022年政府工作报告\n一、2021年工作回顾\n2021年，全区实现地区生产总值1608亿元，同比增长8.5%，"


# a rank among a group of districts named with 在 and no 中 ("在中心城区排名第3")
@pytest.mark.parametrize("tail,place", [
    ("总量在中心城区排名第3。", 3),
    ("总量在九个中心城区位列第2。", 2),
    ("增速在主城都市区排名第4位。", 4),
    ("总量在全市各区县排名第5。", 5),
])
def test_rank_in_a_group_of_districts(tail, place):
    fs = _facts(_doc(RANK_HEAD + tail + "\n"))
    r = fs[("gdp", "actual", "2021", "rank")]
    assert r.value == place
    assert ("gdp", "actual", "2021", "growth") in fs


@pytest.mark.parametrize("tail", [
    "在中心城区率先建成15分钟便民生活圈。",
    "在城区居民中开展垃圾分类。",
])
def test_no_rank_from_a_group_of_districts_without_a_place(tail):
    fs = _facts(_doc(RANK_HEAD + tail + "\n"))
    assert ("gdp", "actual", "2021", "rank") not in fs


# a paragraph opening on the tasks' label under the targets' title holds tasks: an indicator's figure there is a pledge too
@pytest.mark.parametrize("label", ["重点任务：", "主要任务：", "今年重点工作："])
def test_tasks_label_under_the_targets_title(label):
    doc = _doc(HEAD + "\n2025年主要预期目标\n地区生产总值增长7%左右；研发经费投入强度保持在11%以上。\n"
               + label + "新增国家高新技术企业300家以上；新增上市企业5家。\n")
    ps = {(p.object, p.value) for p in doc.pledges}
    assert ("国家高新技术企业", 300) in ps and ("上市企业", 5) in ps
    # the target list's own items stay facts, no pledges
    assert not any(p.object.startswith("研发") for p in doc.pledges)
    assert _facts(doc)[("rnd_intensity", "target", "2025", "share")].value == 11


def test_target_line_without_a_tasks_label_gives_no_pledge():
    # look-alike: the same figure as an item of the target list under its title stays a target, no pledge
    doc = _doc(HEAD + "\n2025年主要预期目标\n地区生产总值增长7%左右；新增国家高新技术企业300家以上；研发经费投入强度保持在11%以上。\n")
    assert not any(p.object == "国家高新技术企业" for p in doc.pledges)


REV = "上海市徐汇区2023年政府工作报告\n一、2022年工作回顾\n全年完成区级地方一般公共预算收入152.3亿元，同比下降4.2%，"


# the revenue's own size named before its place ("收入规模位居中心城区第3位", "收入总量在全市排名第2")
@pytest.mark.parametrize("tail,place", [("收入规模位居中心城区第3位。", 3), ("收入总量在全市排名第2。", 2)])
def test_revenue_size_rank(tail, place):
    fs = _facts(_doc(REV + tail + "\n"))
    assert fs[("general_budget_revenue", "actual", "2022", "rank")].value == place
    assert fs[("general_budget_revenue", "actual", "2022", "growth")].value == -4.2


def test_revenue_size_without_a_place_is_no_rank():
    fs = _facts(_doc(REV + "收入规模继续扩大。\n"))
    assert ("general_budget_revenue", "actual", "2022", "rank") not in fs


# an amount's place (总量/规模) after a tax amount is no rank of the tax share; the share's own place stays
def test_tax_amount_rank_is_no_share_rank():
    fs = _facts(_doc("武汉市江汉区2021年政府工作报告\n2020年，全区地区生产总值1350亿元，下降6.5%；税收收入完成198亿元，"
                     "总量在全市中心城区排名第二。\n"))
    assert ("tax_revenue_share", "actual", "2020", "rank") not in fs


def test_tax_share_rank_stays():
    fs = _facts(_doc("某区2021年政府工作报告\n2020年，全区税收收入占比达到86.5%，居全市第2位。\n"))
    assert fs[("tax_revenue_share", "actual", "2020", "rank")].value == 2
