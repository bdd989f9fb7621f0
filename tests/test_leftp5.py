"""Pledges and projects left open (branch leftp5): the verbs of aid and postings (援建, 选派, 组织 people; not the
organisations named with 组织), the year of figures before a later dated clause, time spans that lead an object
("三年内累计改造500个"), named national projects with no kind word, and the task-like items of a plan report's
target list. Each with look-alikes that must not change."""
from __future__ import annotations

import pytest

from taskdoc import pledges as _pledges, task_doc


def _keys(body: str, level: str = "县") -> set[tuple[str, float, str]]:
    return {(o, v, u) for _, o, v, u in _pledges(body, level)}


def _periods(body: str, level: str = "市") -> dict[tuple[str, float], str]:
    return {(p.object, p.value): p.period for p in task_doc(body, level).pledges}


# --- 1. verbs of aid and postings ---

@pytest.mark.parametrize("body, want", [
    ("援建学校5所、卫生院3所。", {("学校", 5, "所"), ("卫生院", 3, "所")}),
    ("对口援建村级卫生室15所。", {("村级卫生室", 15, "所")}),
    ("组织1000名农牧民外出务工。", {("农牧民外出务工", 1000, "名")}),
    ("选派科技特派员200名。", {("科技特派员", 200, "名")}),
    ("选派驻村第一书记120名，援建村级活动场所8处。", {("驻村第一书记", 120, "名"), ("村级活动场所", 8, "处")}),
])
def test_verbs_of_aid_and_postings_pledge(body, want):
    assert _keys(body) == want


@pytest.mark.parametrize("body, want", [
    # an organisation named with 组织 is what is counted, no verb of its own
    ("整顿软弱涣散村党组织30个。", set()),
    ("新建非公企业党组织50个。", {("非公企业党组织", 50, "个")}),
    ("培育发展社会组织100家。", {("社会组织", 100, "家")}),
    ("培育农业社会化服务组织80家。", {("农业社会化服务组织", 80, "家")}),
])
def test_organisations_named_with_zuzhi_are_objects(body, want):
    assert _keys(body) == want


# --- 2. a later dated clause with a figure of its own dates only its own figures ---

@pytest.mark.parametrize("level, body, want", [
    ("省", "新建高标准农田300万亩，到2025年累计建成5000万亩。", {("高标准农田", 300): "2024", ("高标准农田", 5000): "2025"}),
    ("市", "今年新建5G基站5000个，到2026年累计达到3万个，实现乡镇全覆盖。", {("5G基站", 5000): "2024", ("5G基站", 3): "2026"}),
    ("市", "改造老旧小区150个，三年内累计改造500个。", {("老旧小区", 150): "2024", ("老旧小区", 500): "2024-2026"}),
    # look-alikes: the dated clause leads, or dates the figure before it with none of its own
    ("市", "到2025年，新建学校10所、改造老旧小区200个。", {("学校", 10): "2025", ("老旧小区", 200): "2025"}),
    ("市", "新建学校10所，于2025年底前全部建成。", {("学校", 10): "2025"}),
    ("县", "用两年时间完成农村户厕改造8000户。", {("农村户厕改造", 8000): "2024-2025"}),
    ("县", "三年内改造老旧小区150个。", {("老旧小区", 150): "2024-2026"}),
])
def test_later_dated_clause_dates_its_own_figures(level, body, want):
    assert _periods(body, level) == want


def test_span_leading_a_clause_is_no_object():
    assert _keys("改造老旧小区150个，两年内改造500个。", "市") == {("老旧小区", 150, "个"), ("老旧小区", 500, "个")}
    assert _keys("实施三年行动计划项目30个。", "市") == {("三年行动计划项目", 30, "个")}


# --- 3. the state's works named with no kind word are projects where a verb or a follow word stands by them ---

def _names(body: str, level: str = "省") -> set[str]:
    return {j.name for j in task_doc(body, level).projects if j.part == "plan"}


@pytest.mark.parametrize("level, body, want", [
    ("市", "全力服务保障平陆运河建设，确保年内完成征地拆迁任务。", {"平陆运河"}),
    ("省", "加快建设西部陆海新通道，推动川藏铁路雅安至林芝段建设。", {"西部陆海新通道", "川藏铁路雅安至林芝段"}),
    ("省", "加快推进引江济淮、滇中引水等重大水利工程建设，全力服务平陆运河建设。", {"引江济淮", "滇中引水", "平陆运河"}),
    ("市", "南水北调东线二期加快建设。", {"南水北调东线二期"}),
    ("省", "力争平陆运河年底建成通航。", {"平陆运河"}),
    # a kind after the name still names the whole
    ("市", "谋划实施引江补汉配套工程，加快引江济淮工程建设。", {"引江补汉配套工程", "引江济淮工程"}),
    ("市", "加快南水北调中线后续工程建设。", {"南水北调中线后续工程"}),
    # look-alikes: the place something is done, a resource, a culture, ordinary phrases
    ("市", "依托西部陆海新通道，发展通道经济。", set()),
    ("市", "用好南水北调水源，保障城乡供水。", set()),
    ("省", "推进大运河文化保护传承利用，加强黄河流域生态保护。", set()),
    ("市", "深入推进乡村振兴，加快新型城镇化，推进城乡融合发展。", set()),
])
def test_state_works_named_with_no_kind_word(level, body, want):
    assert _names(body, level) == want
