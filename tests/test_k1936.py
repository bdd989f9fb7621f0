"""k1936: whole county reports of 2019–2021 from the northeast, northwest and southwest, blind (decision 161): a plan
named after a figure as what the year's work completes dates none of the year's pledges; 逐户/逐村 between who is helped
and the verb is no part of the object."""
from __future__ import annotations

import pytest
from factkeys import read  # tests/factkeys.py


def tasks(year: int) -> str:
    return (f"XX县{year}年政府工作报告\n二、{year}年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%。\n"
            "重点抓好以下工作：\n")


def periods(text: str, year: int) -> dict:
    return {(p.object, p.value): p.period for p in read(text, report_year=year).pledges}


@pytest.mark.parametrize("year, sentence, key", [
    (2019, "完成农村危房改造2600户，确保“十三五”脱贫攻坚目标如期实现。", ("农村危房改造", 2600)),
    (2019, "二是新建高标准农田2万亩，完成“十三五”规划确定的建设任务。", ("高标准农田", 2)),
    (2020, "实施易地扶贫搬迁后续扶持项目12个，圆满完成“十三五”规划各项目标任务。", ("易地扶贫搬迁后续扶持项目", 12)),
    (2019, "实施易地扶贫搬迁800户，全面完成“十三五”易地扶贫搬迁任务，新建安置点配套幼儿园4所。", ("易地扶贫搬迁", 800)),
    (2020, "全面完成“十三五”规划目标任务，新建高标准农田3万亩。", ("高标准农田", 3)),
    (2020, "确保“十三五”规划圆满收官，改造老旧小区12个。", ("老旧小区", 12)),
    (2025, "新建村级养老服务站30个，全面完成“十四五”养老服务体系建设任务。", ("村级养老服务站", 30)),
])
def test_a_plan_completed_after_the_figure_leaves_the_year(year, sentence, key):
    ps = periods(tasks(year) + sentence + "\n", year)
    assert ps[key] == str(year), ps


def test_a_plan_named_before_or_with_its_own_figure_keeps_its_span():
    # the plan's span named where the figures are reached, or a five-year part: the plan's
    text = ("XX县2021年政府工作报告\n二、“十四五”时期主要目标任务\n今后五年，新建高标准农田20万亩，"
            "全面完成“十四五”规划目标任务。\n")
    assert periods(text, 2021)[("高标准农田", 20)] == "2021-2025"
    text = tasks(2021) + "“十四五”期间，累计建成高标准农田80万亩，完成“十四五”规划任务。\n"
    assert periods(text, 2021)[("高标准农田", 80)] == "2021-2025"


@pytest.mark.parametrize("sentence, obj", [
    ("对全县1.2万户脱贫户逐户开展“回头看”。", "脱贫户"),
    ("对38个出列村逐村开展评估。", "出列村"),
])
def test_each_in_turn_is_no_part_of_the_object(sentence, obj):
    d = read(tasks(2019) + sentence + "\n", report_year=2019)
    assert [p.object for p in d.pledges] == [obj]


@pytest.mark.parametrize("sentence, expected", [
    ("开展“点对点”劳务输出，输出务工人员1.8万人。", ("输出", "务工人员", 1.8, "万人")),
    ("全年输出农村劳动力2.5万人次，实现劳务收入12亿元。", ("输出", "农村劳动力", 2.5, "万人次")),
    ("有组织输出脱贫劳动力6000人以上。", ("组织输出", "脱贫劳动力", 6000, "人")),
])
def test_labour_sent_out_is_pledged(sentence, expected):
    d = read(tasks(2020) + sentence + "\n", report_year=2020)
    assert expected in {(p.action, p.object, p.value, p.unit) for p in d.pledges}


def test_a_plants_output_is_no_labour_sent_out():
    d = read(tasks(2020) + "建成光伏电站2座，年输出电量1.2亿千瓦时。\n", report_year=2020)
    assert not any(p.action == "输出" for p in d.pledges)
