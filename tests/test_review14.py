"""Review of the leftpledge rules: look-alike sentences where a rule must not fire or must still find the real
project or pledge (roads named with a direction after a verb, 在线 in a name, a government's institution with its
phase)."""
from __future__ import annotations

import pytest

import taskdoc


def pledges(body: str) -> set[tuple[str, str, float, str]]:
    return taskdoc.pledges(body, "县")


def names(body: str) -> set[str]:
    return taskdoc.names(body, "县")


# --- a verb before a road with its direction names the road ---

@pytest.mark.parametrize("body, want", [
    ("推进建设东路、发展南路改造工程。", "发展南路改造工程"),
    ("开工建设建设西路拓宽工程。", "建设西路拓宽工程"),
    ("推进建设中路拓宽工程。", "建设中路拓宽工程"),
    ("推进建设东路改造工程。", "建设东路改造工程"),
    ("实施发展北街雨污分流改造工程。", "发展北街雨污分流改造工程"),
])
def test_a_road_with_its_direction(body, want):
    assert want in names(body)


@pytest.mark.parametrize("body, want", [
    ("建设中心城区综合管廊工程。", "中心城区综合管廊工程"),
    ("推进建设中的城南物流园项目。", "城南物流园项目"),
])
def test_a_direction_that_names_no_road(body, want):
    assert want in names(body)


# --- 在线 is a word of the name, not the preposition ---

def test_online_in_a_name():
    assert "在线政务服务平台二期工程" in names("实施在线政务服务平台二期工程。")
    for body in ("推动在线教育、在线医疗健康发展。", "加快在建项目建设。", "在线上线下同步开展项目推介。"):
        assert names(body) == set(), body


# --- a government's institution with its phase is a project ---

@pytest.mark.parametrize("body, want", [
    ("推进县医院二期建设。", {"县医院二期"}),
    ("推进县医院二期、县中医院三期建设。", {"县医院二期", "县中医院三期"}),
    ("推进市中心医院二期建设。", {"市中心医院二期"}),
])
def test_an_institutions_phase(body, want):
    assert want <= names(body)


@pytest.mark.parametrize("body", [
    "推进县医院建设。",
    "支持县医院提升服务能力。",
    "推进高标准农田建设二期。",
    "实施老旧小区改造三期。",
])
def test_no_institution_no_phase(body):
    assert names(body) == set()


# --- a count in a note bracket after the figure: the note's opening word is no part of its object ---

@pytest.mark.parametrize("body, want, not_want", [
    ("新建改建农村公路300公里（含通村公路120公里）。", ("新建改建", "通村公路", 120, "公里"), "含通村公路"),
    ("完成造林绿化2万亩（含新造林1万亩、退化林修复1万亩）。", ("完成", "新造林", 1, "万亩"), "含新造林"),
    ("改造老旧小区56个（包括城中村改造12个）。", ("改造", "城中村改造", 12, "个"), "包括城中村改造"),
    ("新增高标准农田5万亩(不含改造提升1万亩)。", None, "不含改造提升"),
])
def test_a_note_opening_word_is_no_object(body, want, not_want):
    got = pledges(body)
    if want:
        assert want in got
    assert not any(p[1] == not_want for p in got)


@pytest.mark.parametrize("body, want", [
    ("新建农村公路（含通村公路）300公里。", ("新建", "农村公路", 300, "公里")),
    ("完成造林绿化2万亩（其中人工造林1万亩）。", ("完成", "人工造林", 1, "万亩")),
    ("改造老旧小区56个，惠及居民1.2万户。", ("改造", "老旧小区", 56, "个")),
])
def test_notes_that_stay(body, want):
    assert want in pledges(body)


# --- a batch of a designation (第N批) names no project ---

@pytest.mark.parametrize("body", [
    "成功创建第三批省级特色小镇。",
    "推进国家第二批特色小镇建设。",
    "申报第四批国家级全域旅游示范区。",
    "市产业集聚区成功获批河南省第二批化工园区。",
])
def test_a_batch_of_a_designation(body):
    assert names(body) == set()


@pytest.mark.parametrize("body, want", [
    ("推进城南物流园、第二水厂等项目建设。", {"城南物流园", "第二水厂"}),
    ("推进梦想小镇、云栖小镇建设。", {"梦想小镇", "云栖小镇"}),
    ("推进龙泉青瓷特色小镇建设。", {"龙泉青瓷特色小镇"}),
    ("新建滨江社区卫生服务中心、城北社区卫生服务中心。", {"滨江社区卫生服务中心", "城北社区卫生服务中心"}),
])
def test_named_towns_and_centres_stay(body, want):
    assert want <= names(body)


# --- what a count takes in (包括…在内的) is no part of its object ---

@pytest.mark.parametrize("body, want", [
    ("改造包括城中村在内的老旧小区56个。", ("改造", "老旧小区", 56, "个")),
    ("新建包括3所高中在内的学校12所。", ("新建", "学校", 12, "所")),
    ("包括城南片区在内的棚户区改造3000套。", ("改造", "棚户区", 3000, "套")),
])
def test_what_a_count_takes_in(body, want):
    got = pledges(body)
    assert want in got
    assert not any("在内" in p[1] or p[1].startswith("包括") for p in got)


# --- a bare part of the region before 等 and a shared kind is no name ---

@pytest.mark.parametrize("body", [
    "建成城南、城北等污水处理厂5座。",
    "建成城南、城北等污水处理厂。",
])
def test_bare_parts_before_a_shared_kind(body):
    assert names(body) == set()


@pytest.mark.parametrize("body, want", [
    ("推进城南物流园、城北水厂等项目建设。", {"城南物流园", "城北水厂"}),
    ("建成永州至新宁、宜章至凤凰等高速公路3条。", {"永州至新宁", "宜章至凤凰"}),
    ("推进城东新区、城南新区等片区开发项目。", {"城东新区", "城南新区"}),
    ("推进云栖、梦想等小镇建设。", {"云栖", "梦想"}),
])
def test_named_items_before_a_shared_kind_stay(body, want):
    assert want <= names(body)


# --- a kind, a note in brackets and its count is a class ---

@pytest.mark.parametrize("body", [
    "建成集中供水工程（包括新建和改扩建）50处。",
    "新建污水处理厂(含扩建)12座。",
    "建成城南、城北等污水处理厂（含扩建）5座。",
])
def test_a_kind_a_note_and_its_count(body):
    assert names(body) == set()


@pytest.mark.parametrize("body, want", [
    ("推进城南水厂（含配套管网）建设，年内建成管网30公里。", {"城南水厂"}),
    ("推进城南污水处理厂（一期）、城北水厂建设。", {"城南污水处理厂", "城北水厂"}),
    ("开工建设引江济淮工程（安徽段）。", {"引江济淮工程"}),
    ("推进城南水厂等供水工程3处建设。", {"城南水厂"}),
])
def test_a_name_before_a_bracket_stays(body, want):
    assert want <= names(body)


# --- 通高速, 上高速: reaching an expressway, no expressway named ---

@pytest.mark.parametrize("body", [
    "实现县县通高速。",
    "力争实现乡镇30分钟上高速、县县通高速。",
])
def test_reaching_an_expressway_is_no_project(body):
    assert names(body) == set()


def test_expressways_named_stay():
    assert {"宜昌至兴山高速"} <= names("加快宜昌至兴山高速建设。")
    assert {"沪昆高速至机场快速通道"} <= names("推进沪昆高速至机场快速通道建设。")
    assert {"G4京港澳高速耒宜段"} <= names("推进G4京港澳高速耒宜段扩容。")


# --- 新上马 is one verb; 限上 is a size class ---

@pytest.mark.parametrize("body, want", [
    ("新上马亿元以上项目20个。", ("新上马", "亿元以上项目", 20, "个")),
    ("新上限上商贸企业10家。", ("新上", "限上商贸企业", 10, "家")),
])
def test_new_projects_and_firms(body, want):
    got = pledges(body)
    assert want in got
    assert not any(p[1].startswith("马") for p in got)


@pytest.mark.parametrize("body", ["新上马项目要严格执行能耗标准。", "新上市企业5家。", "新上线政务服务事项200项。"])
def test_new_words_that_count_nothing(body):
    assert not any(p[0].startswith("新上") for p in pledges(body))


# --- a named project's total investment after its name: the name stays (not so a count's) ---

@pytest.mark.parametrize("body, want", [
    ("城南物流园项目总投资12亿元，年内完成投资5亿元。", {"城南物流园项目"}),
    ("宁德时代项目总投资120亿元，一期年内投产。", {"宁德时代项目"}),
    ("开工建设比亚迪电池项目，计划总投资30亿元。", {"比亚迪电池项目"}),
])
def test_a_projects_total_investment(body, want):
    assert want <= names(body)


@pytest.mark.parametrize("body", ["重点项目总投资突破500亿元。", "全年实施省市重点项目120个，计划总投资860亿元。"])
def test_a_counts_total_investment_names_nothing(body):
    assert names(body) == set()
