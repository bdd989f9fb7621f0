"""Pledges, projects and follow-through: adversarial sentences, offsets, a report pair."""
from __future__ import annotations

from pathlib import Path

import pytest

import planwatch
from planwatch.analyze.followthrough import followthrough
from planwatch.store import Store

EXAMPLES = sorted(Path(__file__).resolve().parent.parent.joinpath("examples").glob("*.txt"))

HEAD = "某某县政府工作报告\n——2022年1月8日在某某县第九届人民代表大会第一次会议上\n\n"
PLAN = "二、2022年工作安排\n（一）推动高质量发展\n"


def plan_pledges(body: str):
    doc = planwatch.read_text(HEAD + "一、2021年工作回顾\n过去一年，我们新建高标准农田3万亩。\n\n" + PLAN + body + "\n", "t.txt")
    return doc.pledges


def keyset(pledges):
    return {(p.object, p.value, p.unit) for p in pledges}


def test_lists_give_one_pledge_each():
    ps = plan_pledges("新建改造城区道路21条，打通断头路、半幅路10条以上。发展优质小麦20万亩、优质花生11万亩、优质蔬菜11万亩。")
    ks = keyset(ps)
    assert ("城区道路", 21, "条") in ks
    assert ("断头路、半幅路", 10, "条") in ks
    assert {("优质小麦", 20, "万亩"), ("优质花生", 11, "万亩"), ("优质蔬菜", 11, "万亩")} <= ks
    road = next(p for p in ps if p.value == 10)
    assert road.qualifier == "at_least" and road.action == "打通"
    assert next(p for p in ps if p.object == "优质花生").action == "发展"


def test_object_after_quantity_and_inherited_verb():
    ps = plan_pledges("全面完成136个老旧小区改造任务，新建公共停车场3座，新增停车位1000个，新建集中式充电站5座以上。")
    ks = keyset(ps)
    assert ("老旧小区改造", 136, "个") in ks or ("老旧小区", 136, "个") in ks
    assert {("公共停车场", 3, "座"), ("停车位", 1000, "个"), ("集中式充电站", 5, "座")} <= ks
    assert next(p for p in ps if p.value == 1000).object_norm == "停车位"


def test_not_pledges_ordinals_years_names_growth():
    ps = plan_pledges("办好第六届陶瓷艺术设计大赛。2022年建成5G基站。PM2.5平均浓度下降。"
                      "生产总值增长8%左右，固定资产投资增长10%。锚定“两个确保”。")
    assert ps == []


def test_five_g_object_keeps_its_digit_but_not_as_value():
    ps = plan_pledges("新建5G基站800个。")
    assert keyset(ps) == {("5G基站", 800, "个")}


def test_ranges_and_qualifiers():
    ps = plan_pledges("新增城镇就业3000-3500人。粮食种植面积稳定在650万亩以上。审批时间压减至40个工作日以内。")
    by = {p.object: p for p in ps}
    job = next(p for p in ps if p.value == 3000)
    assert job.value_high == 3500 and job.qualifier == "range"
    assert by["粮食种植面积"].qualifier == "at_least" and by["粮食种植面积"].action == "稳定在"
    assert by["审批时间"].unit == "个工作日" and by["审批时间"].qualifier == "at_most"


def test_chinese_numerals_count_after_a_verb():
    ps = plan_pledges("实施高等教育扩容提质工程，筹备新建一所本科院校、升格一所职业院校。")
    assert ("本科院校", 1, "所") in keyset(ps)
    assert ("职业院校", 1, "所") in keyset(ps)


def test_modifier_amount_is_part_of_the_object():
    ps = plan_pledges("招引10亿元以上项目5个以上，亿元以上项目20个以上，引进省外资金达到90亿元。")
    ks = keyset(ps)
    assert ("10亿元以上项目", 5, "个") in ks and ("亿元以上项目", 20, "个") in ks
    assert ("省外资金", 90, "亿元") in ks
    assert not any(p.value == 10 and p.unit == "亿元" for p in ps)


def test_review_section_gives_no_pledges():
    doc = planwatch.read_text(HEAD + "一、2021年工作回顾\n新建高标准农田3万亩，改造老旧小区50个。\n", "r.txt")
    assert doc.pledges == []


def test_period_and_category():
    ps = plan_pledges("到2025年，新建农村公路300公里以上。")
    p = next(iter(ps))
    assert p.period == "2025" and p.category == "农业农村"
    q = plan_pledges("新建农村公路300公里以上。")[0]
    assert q.period == "2022"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name[:3])
def test_quotes_round_trip_on_examples(path):
    doc = planwatch.read(path)
    for rec in list(doc.pledges) + list(doc.projects):
        assert doc.text[rec.start:rec.end] == rec.quote
    for p in doc.pledges:
        assert p.value is not None and p.unit and p.object and p.action


def test_projects_names_and_status():
    doc = planwatch.read_text(HEAD + PLAN + "推动平煤夏店矿年产150万吨原煤项目开工建设，汝州广亿综合体项目建成投用，"
                              "加快重点项目建设，谋划一批项目。\n", "p.txt")
    names = {p.name: p for p in doc.projects}
    assert names["平煤夏店矿年产150万吨原煤项目"].status == "开工建设"
    assert names["汝州广亿综合体项目"].status == "建成投用"
    assert names["汝州广亿综合体项目"].part == "plan" and names["汝州广亿综合体项目"].year == "2022"
    assert not any(n in names for n in ("重点项目", "一批项目", "项目"))
    for p in doc.projects:
        assert doc.text[p.start:p.end] == p.quote


R22 = """汝州市政府工作报告
——2022年1月8日在汝州市第九届人民代表大会第一次会议上

一、2021年工作回顾
过去一年，我们新建高标准农田3万亩，改造老旧小区50个。

二、2022年工作安排
（一）推动乡村振兴
扛稳粮食安全责任，新建高标准农田5万亩。
（二）提升城市品质
实施城市更新行动，改造老旧小区68个，新建公共停车场3座。
"""
R23 = """汝州市政府工作报告
——2023年1月9日在汝州市第九届人民代表大会第二次会议上

一、2022年工作回顾
过去一年，乡村振兴扎实推进，建成高标准农田5.2万亩。城市更新有力推进，完成老旧小区改造40个。

二、2023年工作安排
（一）推动乡村振兴
新建高标准农田6万亩。
"""


def test_followthrough_pair(tmp_path):
    a, b = planwatch.read_text(R22, "ruzhou_2022.txt"), planwatch.read_text(R23, "ruzhou_2023.txt")
    assert (a.meta.report_year, b.meta.report_year) == (2022, 2023)
    with Store(tmp_path / "pw.duckdb") as store:
        store.add(a)
        store.add(b)
        df = followthrough(store, "汝州市", 2022)
    status = dict(zip(df.object, df.status))
    assert status["高标准农田"] == "delivered"
    assert status["老旧小区"] == "partial"
    assert status["公共停车场"] == "not_reported"
    row = df[df.object == "高标准农田"].iloc[0]
    assert row.reported == 5.2 and row.report_doc == "ruzhou_2023.txt" and "5.2" in row.report_quote
    assert b.text[int(row.report_start):int(row.report_end)] == row.report_quote
