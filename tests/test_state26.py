"""Session 26 state26: the years that break the pattern (2020: targets revised to words, mid-year reports;
2026: a new plan's goals dated by a year leading its list)."""
from __future__ import annotations

import pytest

from factkeys import facts, val, read, pledged  # tests/factkeys.py

PLAN = "关于2020年上半年国民经济和社会发展计划执行情况的报告\n二、全年主要预期目标的调整\n"


# a target set in figures, then revised to words right after its name: the words are the target (decisions.md 1)
@pytest.mark.parametrize("sent", [
    "年初确定全省地区生产总值增长7.5%左右。建议对全年主要预期目标作如下调整：地区生产总值增长调整为努力实现正增长；城镇新增就业调整为50万人以上。",
    "年初确定全省地区生产总值增长7.5%左右。受疫情影响，建议将地区生产总值增长目标调整为努力实现正增长。",
    "年初省人代会确定全市地区生产总值增长7%。年中地区生产总值增速调整为努力实现正增长，城镇新增就业调整为5万人。",
])
def test_target_revised_to_words_replaces_the_figure(sent):
    fs = facts(PLAN + sent + "\n", report_year=2020)
    f = fs[("gdp", "target", "2020", "growth")]
    assert f.value is None and f.qualifier == "qualitative"
    assert "调整为" in f.quote and f.quote.startswith("地区生产总值")


# look-alikes: revised to a figure (the revised figure, as before); qualitative words not a revision (the figure stays)
@pytest.mark.parametrize("sent,want", [
    ("年初确定全省地区生产总值增长7.5%左右。建议对全年主要预期目标作如下调整：地区生产总值增长调整为5%左右。", (5, "about")),
    ("今年主要预期目标是：地区生产总值增长7.5%左右。经济增长保持在合理区间，地区生产总值增长与全国同步。", (7.5, "about")),
    ("今年主要预期目标是：地区生产总值增长7.5%左右。地区生产总值努力实现正增长。", (7.5, "about")),
])
def test_figures_not_revised_to_words_stay(sent, want):
    fs = facts(PLAN + sent + "\n", report_year=2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == want


# a part titled 主要工作 (a mid-year report's 下半年主要工作, a year's 主要工作) is the plan part: every item's pledge
@pytest.mark.parametrize("title", ["三、下半年主要工作", "三、2020年主要工作"])
def test_main_work_title_is_the_tasks_part(title):
    d = read("政府工作报告\n" + title + "\n（一）扩大有效投资。力争全年新开工亿元以上项目1500个。\n"
             "（二）保民生。新开工改造城镇老旧小区3000个。\n（三）推进乡村振兴。建设高标准农田400万亩。\n")
    got = pledged(d)
    assert ("城镇老旧小区", 3000, "个") in got and ("高标准农田", 400, "万亩") in got


# look-alikes: a review titled with 主要工作 (去年/上年…, …情况/进展) pledges nothing
@pytest.mark.parametrize("title", ["一、去年主要工作情况", "一、上年主要工作", "一、2019年主要工作进展", "一、2019年主要工作", "一、过去一年的主要工作"])
def test_main_work_review_titles_stay_review(title):
    d = read("政府工作报告\n——2020年1月10日在某县第十七届人民代表大会第五次会议上\n" + title + "\n"
             "一年来，新建高标准农田30万亩，改造城镇老旧小区120个。地区生产总值增长6.5%。\n"
             "二、2020年工作安排\n新建高标准农田40万亩。\n")
    got = pledged(d)
    assert ("高标准农田", 30, "万亩") not in got and ("城镇老旧小区", 120, "个") not in got
    assert ("高标准农田", 40, "万亩") in got
    assert val({(f.indicator, f.role, f.period, f.measure): f for f in d.facts}, ("gdp", "actual", "2019", "growth")) == (6.5, "eq")


GOALS = "二、“十五五”时期奋斗目标\n"


# a year leading the figures after clauses of words (no figure before it) dates every ；-item
@pytest.mark.parametrize("sent", [
    "今后五年，我们将锚定高水平建设现代化绍兴的目标，力争到2030年，全市地区生产总值突破1.2万亿元，人均生产总值达到20万元；研发经费投入强度达到3.8%。",
    "展望“十五五”，我们将奋力建设省域副中心城市，到2030年，全市地区生产总值突破1万亿元；研发经费投入强度达到3.8%；常住人口城镇化率达到70%。",
])
def test_year_after_words_dates_every_item(sent):
    fs = facts(GOALS + sent + "\n", report_year=2026)
    assert val(fs, ("rnd_intensity", "goal", "2030", "share")) == (3.8, "eq")
    assert ("rnd_intensity", "goal", "2026-2030", "share") not in fs


# look-alikes: a year inside an item after a figure, and an item naming its own span, keep the plan's span
@pytest.mark.parametrize("sent,key", [
    ("今后五年，地区生产总值年均增长6%，到2030年突破1.2万亿元；研发经费投入强度达到3.8%。", ("rnd_intensity", "goal", "2026-2030", "share")),
    ("今后五年，我们将锚定现代化目标，力争到2030年，全市地区生产总值突破1.2万亿元；“十五五”期间城乡居民收入年均增长6%左右。",
     ("urban_disposable_income", "goal", "2026-2030", "growth")),
])
def test_year_inside_an_item_or_own_span_keeps_the_span(sent, key):
    fs = facts(GOALS + sent + "\n", report_year=2026)
    assert key in fs


REVIEW = "政府工作报告\n——2021年1月20日在某省第十三届人民代表大会第四次会议上\n一、2020年工作回顾\n"


# a review's target revised to words with no quote mark, then the result: the result is the year's actual,
# the figure first set is no target (decisions.md 1)
@pytest.mark.parametrize("sent,actual", [
    ("2020年，全省地区生产总值年初预期增长7.5%左右，受疫情影响调整为努力实现正增长，实际下降5%。", -5),
    ("2020年，全省地区生产总值年初预期增长7.5%左右，年中调整为保持在合理区间，实际增长3.1%。", 3.1),
])
def test_review_target_revised_to_unquoted_words(sent, actual):
    fs = facts(REVIEW + sent + "\n", report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (actual, "eq")
    t = fs.get(("gdp", "target", "2020", "growth"))
    assert t is None or t.value is None


# look-alikes: a revision to a figure (the revised figure is the target, the result the actual); quoted words as before
@pytest.mark.parametrize("sent,target,actual", [
    ("2020年，全省地区生产总值年初预期增长7.5%左右，年中调整为3%左右，实际增长3.1%。", (3, "about"), 3.1),
    ("2020年，全省地区生产总值年初预期增长7.5%左右，年中调整为“保持经济平稳运行”，实际增长3.1%。", None, 3.1),
])
def test_review_revision_look_alikes(sent, target, actual):
    fs = facts(REVIEW + sent + "\n", report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (actual, "eq")
    if target is not None:
        assert val(fs, ("gdp", "target", "2020", "growth")) == target


NEWS = "政府工作报告提请审议\n新华社北京5月22日电 "


# a news page's proposal sentence whose change against last year's names its amount again before 比去年
# ("，财政赤字规模比去年增加1万亿元") still proposes: every pledge of it is kept
def test_news_proposal_with_named_change_keeps_its_pledges():
    d = read(NEWS + "报告同时提出，今年赤字率拟按3.6%以上安排，财政赤字规模比去年增加1万亿元，同时发行1万亿元抗疫特别国债；"
                    "拟安排地方政府专项债券3.75万亿元。\n")
    got = pledged(d)
    assert ("赤字率", 3.6, "%") in got and ("抗疫特别国债", 1, "万亿元") in got and ("财政赤字规模", 1, "万亿元") in got


# look-alikes: no proposal (no 拟) — a review of last year's figures, or a change with no proposal — pledges nothing
@pytest.mark.parametrize("sent", [
    "报告指出，去年赤字率为2.8%，财政赤字规模比上年增加3800亿元。",
    "报告提出，今年城镇新增就业比去年增加100万人，财政支出规模比去年扩大1万亿元。",
])
def test_news_changes_without_proposal_pledge_nothing(sent):
    assert not read(NEWS + sent + "\n").pledges
