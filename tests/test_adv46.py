"""Decision 332 (adv46): an adversarial review of decisions 330, 331 and of the other-document rules of 323 and 326.
In a part reviewing the plan just closed, a paragraph with no cue of its own after a line opening on the year reviewed
by 去年 or 过去的一年里 (or, in a report of December, 今年以来) is that year's, as after 一年来 (decision 331); a head line
naming the government's report before the other bodies' (“听取审议政府工作报告和“两院”工作报告”) is no other body's
title; a title wrapped before its last words on a cover (“江西省人民代表大会常务委员会\\n工作报告”) is read whole."""
from __future__ import annotations

import pytest

from factkeys import read


def _review(date: str, congress: str, opening: str, after: str = "") -> str:
    # a county's report reviewing the plan just closed by its name: the five years, then the year by ``opening``,
    # then a paragraph with no cue of its own
    return ("政府工作报告\n——" + date + "在某某县第十六届人民代表大会" + congress + "会议上\n\n各位代表：\n"
            "现在，我代表县人民政府向大会报告工作，请予审议。\n\n一、“十三五”时期发展回顾\n"
            "五年来，全县地区生产总值年均增长6.6%，综合实力明显增强。\n"
            + opening + "\n一般公共预算收入完成18.6亿元，增长2.7%；固定资产投资下降1.9%。\n" + after
            + "二、2021年主要预期目标\n地区生产总值增长6.5%左右。\n")


_JAN = ("2021年1月8日", "第五次")
_DEC = ("2020年12月26日", "第五次")


def _actual(doc, iid):
    return sorted((f.period, f.value) for f in doc.facts if f.indicator == iid and f.role == "actual" and f.measure == "growth")


# the paragraph after a line opening on the year by 去年 or 过去的一年里 is 2020's, not the five years'
# (before the fix: 2016-2020 for both)
@pytest.mark.parametrize("opening", [
    "去年，面对疫情带来的严重冲击，全县上下众志成城，经济运行逐季回升。",
    "过去的一年里，我们统筹疫情防控和经济社会发展，各项工作取得新成效。",
    "过去一年中，我们顶住疫情冲击，经济社会发展稳中有进。",
])
def test_paragraph_after_year_word_opening_is_the_years(opening):
    doc = read(_review(*_JAN, opening))
    assert _actual(doc, "general_budget_revenue") == [("2020", 2.7)], _actual(doc, "general_budget_revenue")
    assert _actual(doc, "fixed_asset_investment") == [("2020", -1.9)], _actual(doc, "fixed_asset_investment")


# in a report delivered in December of the year it reviews, 今年以来 opens that year (before the fix: 2016-2020)
@pytest.mark.parametrize("opening", ["今年以来，面对疫情冲击，我们全力稳住经济基本盘。", "今年，我们克服疫情影响，经济运行逐步恢复。"])
def test_this_year_opening_in_a_december_report(opening):
    doc = read(_review(*_DEC, opening))
    assert doc.meta.report_year == 2021
    assert _actual(doc, "general_budget_revenue") == [("2020", 2.7)], _actual(doc, "general_budget_revenue")


# the paragraph's own estimate word (预计) with no year says no time: after 一年来 the sentence's later clauses are the
# year's too (before the fix: the clauses after the first 2016-2020)
def test_estimate_word_after_year_opening_keeps_the_year():
    text = _review(*_JAN, "一年来，我们坚持稳中求进。").replace("一般公共预算收入完成18.6亿元，增长2.7%",
                                                                "地区生产总值预计增长3.4%，一般公共预算收入增长2.7%")
    doc = read(text)
    assert ("2020", 2.7) in _actual(doc, "general_budget_revenue"), _actual(doc, "general_budget_revenue")


# look-alike: 今年以来 in a report of January is no opening on the year reviewed (its 今年 is the report's year); the
# paragraph stays the span's, as it was
def test_this_year_opening_in_a_january_report_stays():
    doc = read(_review(*_JAN, "今年以来，我们抢抓机遇，重点项目加快推进。"))
    assert _actual(doc, "general_budget_revenue") == [("2016-2020", 2.7)], _actual(doc, "general_budget_revenue")


# look-alike: the part opening again on the five years after the year's line: the paragraph after it is the span's
def test_five_years_again_after_year_word_stays_span():
    text = _review(*_JAN, "去年，面对疫情冲击，经济运行逐季回升。\n回顾五年，我们走过了极不平凡的历程。")
    doc = read(text)
    assert _actual(doc, "general_budget_revenue") == [("2016-2020", 2.7)], _actual(doc, "general_budget_revenue")


# look-alike: 去年 inside a sentence of the five years' paragraph opens nothing (no line or sentence starts with it)
def test_last_year_inside_a_sentence_opens_nothing():
    doc = read(_review(*_JAN, "我们坚持新发展理念，去年还经受住了疫情的严峻考验。"))
    assert _actual(doc, "general_budget_revenue") == [("2016-2020", 2.7)], _actual(doc, "general_budget_revenue")


def _news(headline: str) -> str:
    # a city paper's page on the congress session, the government's report restated and its tasks
    return (headline + "\n2024-01-20 08:10　来源：某某日报\n"
            "1月19日上午，某某市第十五届人民代表大会第四次会议开幕。市长王明作政府工作报告。\n"
            "报告显示，2023年全市地区生产总值增长5.6%。报告提出，今年全市地区生产总值增长6%左右。\n"
            "今年，全市将新建5G基站2000个，改造老旧小区80个。\n")


# a head line naming the government's report before the other bodies': the page restates the government's report
# (before the fix: typed other, its tasks no pledges)
@pytest.mark.parametrize("headline", [
    "听取审议政府工作报告和“两院”工作报告",
    "审议政府工作报告和市人大常委会工作报告",
    "听取政府工作报告和法院、检察院工作报告",
])
def test_head_naming_the_governments_report_first(headline):
    doc = read(_news(headline), "某某市.txt")
    assert doc.meta.doc_type == "government_work_report", doc.meta.doc_type
    assert {(p.object, p.value) for p in doc.pledges} >= {("5G基站", 2000), ("老旧小区", 80)}


# look-alikes: another body's own title stays other, its tasks no pledges (decision 323)
@pytest.mark.parametrize("headline", ["某某市人民代表大会常务委员会工作报告", "某某市中级人民法院工作报告"])
def test_other_bodys_title_stays_other(headline):
    doc = read(_news(headline), "某某市.txt")
    assert doc.meta.doc_type == "other"
    assert doc.pledges == []


def _cover(name: str, below: str = "工作报告") -> str:
    # a PDF's text layer: the gazette's running head, then the title wrapped before its last words
    return ("某某省人民代表大会常务委员会公报　2019年第1号\n" + name + "\n" + below + "\n"
            "——2019年1月25日在某某省第十三届人民代表大会第二次会议上\n各位代表：\n"
            "一、2018年主要工作\n常委会围绕政府工作报告确定的目标任务加强监督，全省地区生产总值增长8.1%。\n"
            "二、2019年主要任务\n计划制定修改地方性法规15件，新建基层立法联系点20个。\n")


# another body's report whose title a cover wraps before 工作报告: other, its own plans no pledges
# (before the fix: a government work report from the body's "政府工作报告", three pledges)
@pytest.mark.parametrize("name", ["湖南省人民代表大会常务委员会", "湖南省高级人民法院", "湖南省人民检察院"])
def test_wrapped_title_of_another_body(name):
    doc = read(_cover(name), "湖南省.txt")
    assert doc.meta.doc_type == "other", doc.meta.doc_type
    assert doc.meta.title == name + "工作报告"
    assert doc.pledges == []


# look-alike: the government's own title wrapped so stays a government work report
def test_wrapped_title_of_the_government():
    doc = read(_cover("湖南省人民政府").replace("常委会围绕政府工作报告确定的目标任务加强监督，", ""), "湖南省.txt")
    assert doc.meta.doc_type == "government_work_report", doc.meta.doc_type


# look-alike: "工作报告" alone under a line that names no body (a section's label) joins nothing
def test_report_word_under_a_label_joins_nothing():
    doc = read(_cover("附件一", "工作报告（摘要）"), "湖南省.txt")
    assert doc.meta.title != "附件一工作报告（摘要）"
