"""Pledge classes left open (branch left10p): a herd's subject carried over a 、 (存栏…、出栏…), a stock stated before
今年再…, counts of programmes named by their length (3个3年行动), the work an investment pays for (投资…实施X)."""
from __future__ import annotations

import pytest

from taskdoc import pledges as _pledges


def _objs(body: str, level: str = "县") -> set[tuple[str, float, str]]:
    return {(o, v, u) for _, o, v, u in _pledges(body, level)}


# --- 1. the herd named before the 、 is what is sold off after it ---

@pytest.mark.parametrize("body, want", [
    ("（二）发展现代农业。全县肉牛存栏5万头、出栏3万头。", ("肉牛出栏", 3, "万头")),
    ("大力发展畜牧业，力争肉羊存栏30万只、出栏45万只。", ("肉羊出栏", 45, "万只")),
    ("全年家禽存栏500万羽、出栏1200万羽。", ("家禽出栏", 1200, "万羽")),
])
def test_herd_carries_over_the_comma(body, want):
    assert want in _objs(body)


@pytest.mark.parametrize("body, want", [
    # the verb's own objects, no herd before them
    ("全年出栏肉牛15万头、肉羊40万只。", {("肉牛", 15, "万头"), ("肉羊", 40, "万只")}),
    # the herd is carried already by the verb before it
    ("稳定生猪生产，全市生猪存栏80万头、出栏120万头。", {("生猪存栏", 80, "万头"), ("生猪出栏", 120, "万头")}),
])
def test_herd_look_alikes_unchanged(body, want):
    assert _objs(body) == want


# --- 2. a stock held now, stated before 今年再…, is no pledge; what 再 adds is ---

@pytest.mark.parametrize("body, want", [
    ("（三）壮大市场主体。全县规上工业企业达到120家，今年再新增15家。", {("规上工业企业", 15, "家")}),
    ("目前全市高新技术企业达到86家，今年再新增20家。", {("高新技术企业", 20, "家")}),
    ("全区国家级专精特新“小巨人”企业已达12家，今年力争再新增5家。", {("国家级专精特新“小巨人”企业", 5, "家")}),
    ("全县星级农家乐达到60家，今年再培育10家。", {("星级农家乐", 10, "家")}),
])
def test_stock_before_this_years_again_is_no_pledge(body, want):
    assert _objs(body) == want


@pytest.mark.parametrize("body, want", [
    # a goal to reach, then what the year adds: both pledged
    ("力争规上工业企业达到120家，新增15家。", {("规上工业企业", 120, "家"), ("规上工业企业", 15, "家")}),
    ("到2027年规上工业企业达到150家，今年再新增15家。", {("规上工业企业", 150, "家"), ("规上工业企业", 15, "家")}),
    ("全年新增规上工业企业15家，总数达到120家。", {("规上工业企业", 15, "家"), ("规上工业企业总数", 120, "家")}),
])
def test_goals_before_the_years_figure_stay(body, want):
    assert _objs(body) == want


# --- 3. a count of programmes named by their length is a name, no pledge (spec: durations, names) ---

@pytest.mark.parametrize("body", [
    "（一）深入实施产业振兴3个3年行动，加快建设现代化产业体系。",
    "全面实施营商环境优化等5个三年行动计划。",
    "持续实施城市更新2个五年行动。",
    "深入实施“三个三年行动”，推动高质量发展。",
])
def test_programmes_named_by_length_are_no_pledge(body):
    assert _objs(body) == set()


@pytest.mark.parametrize("body, want", [
    ("实施城镇老旧小区改造三年行动，今年改造老旧小区120个。", {("老旧小区", 120, "个")}),
    ("培育3个10亿元级产业集群。", {("10亿元级产业集群", 3, "个")}),
    ("实施十大专项行动，新建产业园区3个。", {("产业园区", 3, "个")}),
])
def test_counts_near_programmes_stay(body, want):
    assert _objs(body) == want


# --- 4. an amount invested to carry out a work: the work is the object, not 实施X ---

@pytest.mark.parametrize("body, want", [
    ("（四）完善基础设施。投资12亿元实施城区供水管网改造。", {("城区供水管网改造", 12, "亿元")}),
    ("投资3.5亿元实施老旧小区改造。", {("老旧小区改造", 3.5, "亿元")}),
    ("投入资金8000万元实施农村饮水安全巩固提升工程。", {("农村饮水安全巩固提升工程", 8000, "万元")}),
    ("总投资5亿元实施城市排水防涝设施建设。", {("城市排水防涝设施建设", 5, "亿元")}),
])
def test_amount_pays_for_the_work_carried_out(body, want):
    assert _objs(body) == want


@pytest.mark.parametrize("body, want", [
    # the carrying verb before the count: the work it carries out is the object as before
    ("实施农村危房改造600户。", {("农村危房改造", 600, "户")}),
    # what the amount is for, after 用于, is no object
    ("筹措资金5亿元用于老旧小区改造。", {("资金", 5, "亿元")}),
])
def test_carrying_verb_look_alikes_unchanged(body, want):
    assert _objs(body) == want


# --- 1b. several herds in one sentence; 全旗/全州 lead no object ---

@pytest.mark.parametrize("body, want", [
    ("做强草食畜牧业，全旗牛存栏15万头、出栏8万头，羊存栏120万只、出栏90万只。",
     {("牛出栏", 8, "万头"), ("羊出栏", 90, "万只")}),
    ("全州规上工业企业达到300家，今年再新增20家。", {("规上工业企业", 20, "家")}),
    # 全州县 is a county's name, not a lead
    ("全州县新建学校3所。", {("学校", 3, "所")}),
    # a stock held to a level by its own verb stays
    ("出栏生猪100万头，生猪存栏稳定在50万头。", {("生猪", 100, "万头"), ("生猪存栏", 50, "万头")}),
])
def test_several_herds_and_leads(body, want):
    assert _objs(body) == want


@pytest.mark.parametrize("body, want", [
    # an amount with no verb before it, then what is built: that is the object
    ("投资12亿元建设城区供水管网。", {("城区供水管网", 12, "亿元")}),
    ("投资1.2亿元新建城区污水处理厂。", {("城区污水处理厂", 1.2, "亿元")}),
    # a verb opening a name after the count is part of the object
    ("用好1800亿元引导基金。", {("引导基金", 1800, "亿元")}),
    ("推进268个续建项目建设。", {("续建项目", 268, "个")}),
])
def test_amount_pays_for_what_is_built(body, want):
    assert _objs(body) == want
