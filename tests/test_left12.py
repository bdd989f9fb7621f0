"""Session 15 left12: a result compared with its target, the region's own target set after the one above's,
a multi-year goal in the tasks part of a report."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


# a result compared with the target set for it, nothing else around to tell the year: last year's actual
@pytest.mark.parametrize("sent,iid,actual,target", [
    ("全年居民消费价格上涨0.3%，低于3%左右的调控目标。", "cpi", 0.3, 3),
    ("物价总体稳定，全年居民消费价格上涨1.6%，低于3%的调控目标。", "cpi", 1.6, 3),
    ("全市居民消费价格上涨2.1%，略低于年初确定的3.5%的预期目标。", "cpi", 2.1, 3.5),
])
def test_a_result_compared_with_its_target_is_an_actual(sent, iid, actual, target):
    fs = facts(sent + "\n", report_year=2024)
    assert val(fs, (iid, "actual", "2023", "growth"))[0] == actual
    assert val(fs, (iid, "target", "2023", "growth"))[0] == target
    assert (iid, "target", "2024", "growth") not in fs


def test_this_years_target_with_a_comparison_stays_a_target():
    fs = facts("今年主要预期目标：居民消费价格涨幅3%左右，高于上年1个百分点。\n", report_year=2024)
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "about")
    assert ("cpi", "actual", "2023", "growth") not in fs


COUNTY = "三、2017年工作安排\n"


# the level above's target restated by its setter, then the report's own set right after it
@pytest.mark.parametrize("sent,value,qual", [
    ("省里确定全省生产总值增长6.5%左右，我县确定为7%。", 7, "eq"),
    ("综合考虑各方面因素，省里确定全省生产总值增长7%，我县确定为7.5%左右。", 7.5, "about"),
    ("今年主要预期目标是：省委确定全省生产总值增长6.5%左右，我县确定为8%。", 8, "eq"),
])
def test_own_target_set_after_the_setters(sent, value, qual):
    fs = facts(COUNTY + sent + "\n", report_year=2017, region="沭阳县", level="county")
    assert val(fs, ("gdp", "target", "2017", "growth")) == (value, qual)


@pytest.mark.parametrize("sent", [
    "省里确定全省生产总值增长6.5%左右，各县要结合实际确定目标。",
    "省里确定全省生产总值增长6.5%左右，全市确定为7%。",
])
def test_the_setters_figure_alone_is_not_the_countys(sent):
    fs = facts(COUNTY + sent + "\n", report_year=2017, region="沭阳县", level="county")
    assert ("gdp", "target", "2017", "growth") not in fs


def pledges(text: str, **meta):
    import planwatch
    doc = planwatch.read_text(text, "t.txt", overrides=meta or None)
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit) for p in doc.pledges}


# a part titled for the year's goals and tasks is read as tasks: an indicator's figure for a later year in it
# is a goal (a fact), not the year's pledge; a task's figure beside it stays one
@pytest.mark.parametrize("title,sent,dropped,kept", [
    ("二、2019年主要预期目标和重点工作\n", "（三）坚决打赢脱贫攻坚战。到2020年，全县农村居民人均可支配收入达到1.1万元，贫困发生率降至3%以下。",
     ("农村居民人均可支配收入", 1.1, "万元"), ("贫困发生率", 3, "%")),
    ("三、2019年目标任务和重点工作\n", "到2021年，全县地区生产总值突破800亿元，今年新建高标准农田5万亩。",
     ("地区生产总值", 800, "亿元"), ("高标准农田", 5, "万亩")),
    ("二、2019年发展目标和重点任务\n", "（一）推进城乡融合。到2022年，全市常住人口城镇化率达到62%，新建改造农村公路300公里。",
     ("常住人口城镇化率", 62, "%"), None),
])
def test_later_years_indicator_figure_among_tasks_is_no_pledge(title, sent, dropped, kept):
    ps = pledges(title + sent + "\n", report_year=2019, region="沭阳县", level="county")
    assert not any(o in dropped[0] or dropped[0] in o for o, v, u in ps if v == dropped[1] and u == dropped[2])
    if kept:
        assert any(kept[0] in o for o, v, u in ps if v == kept[1] and u == kept[2])


def test_later_years_indicator_figure_under_a_tasks_title_stays_a_pledge():
    ps = pledges("二、2019年工作安排\n（三）坚决打赢脱贫攻坚战。到2020年，全县农村居民人均可支配收入达到1.1万元。\n",
                 report_year=2019, region="沭阳县", level="county")
    assert any("农村居民人均可支配收入" in o for o, v, u in ps if v == 1.1)


def test_this_years_indicator_figure_among_tasks_stays_a_pledge():
    ps = pledges("二、2019年重点工作\n（一）推进城乡融合。全年新增城镇就业1.2万人，新建改造农村公路300公里。\n",
                 report_year=2019, region="沭阳县", level="county")
    assert any("城镇就业" in o for o, v, u in ps if v == 1.2)
