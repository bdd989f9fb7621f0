"""The words of 2023–2026 reports — 两重/两新, 以旧换新, 低空经济, 算力, 冰雪经济, 首发经济 — blind (nv36;
docs/decisions.md 159)."""
import pytest

from factkeys import facts, read, val

_HEAD = ("政府工作报告\n——2025年1月10日在某某县第十八届人民代表大会第五次会议上\n县长 李某\n\n一、2024年工作回顾\n{rev}\n"
         "二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n重点抓好以下工作：\n{task}\n")


def _doc(rev: str = "全县地区生产总值增长5.5%。", task: str = "建设公共充电桩1000个。"):
    return read(_HEAD.format(rev=rev, task=task), report_year=2025, region="某某县", level="county")


def _facts(rev: str, task: str = "建设公共充电桩1000个。"):
    return facts(_HEAD.format(rev=rev, task=task), report_year=2025, region="某某县", level="county")


# 1. a holiday's, a season's or a quarter's visitors are a part of the year's, the period named right before them: not the year's level, which the year's own figure stated after keeps
@pytest.mark.parametrize("rev", [
    "春节假期接待游客120万人次，全年接待游客1560万人次，增长12%。",
    "国庆黄金周期间接待游客85万人次。全年接待游客1560万人次，增长12%。",
    "冰雪季接待游客300万人次，冰雪旅游收入20亿元。全年接待游客1560万人次，增长12%。",
    "“五一”小长假接待游客36万人次；一季度接待游客410万人次；全年接待游客1560万人次，增长12%。",
])
def test_a_holiday_or_season_count_of_visitors_is_not_the_years(rev):
    fs = _facts(rev)
    assert val(fs, ("tourist_visits", "actual", "2024", "level")) == (1560, "eq")


@pytest.mark.parametrize("task", [
    "办好冰雪节，冰雪季接待游客突破200万人次，全年接待游客增长8%。",
    "春节期间接待游客增长15%，全年接待游客增长8%。",
])
def test_a_season_target_of_visitors_is_no_target_of_the_year(task):
    fs = _facts("全县地区生产总值增长5.5%。", task)
    assert ("tourist_visits", "target", "2025", "level") not in fs
    assert val(fs, ("tourist_visits", "target", "2025", "growth")) == (8, "eq")


# 2. a data centre's computing counted in standard racks (标准机架) is the pledge's unit, as P and EFLOPS are, and
# PFlops and EFlops as they are often written
@pytest.mark.parametrize("task, obj, value, unit, qual", [
    ("全县算力规模达到2万标准机架。", "算力规模", 2, "万标准机架", "eq"),
    ("推进数据中心集群建设，数据中心规模达到5000标准机架以上。", "数据中心规模", 5000, "标准机架", "at_least"),
    ("智能算力规模达到500PFlops。", "智能算力规模", 500, "PFlops", "eq"),
    ("全省算力总规模突破15EFlops。", "算力总规模", 15, "EFlops", "at_least"),
])
def test_standard_racks_count_computing(task, obj, value, unit, qual):
    got = {(p.object, p.value, p.unit, p.qualifier) for p in _doc(task=task).pledges}
    assert (obj, value, unit, qual) in got


# 3. the sales, spending or investment a measure brings about (带动/拉动 right before them) is what its figure counts,
# the verb before acts: 销售 after 带动 (or with what is sold between, right before the figure) is no second verb, and
# 拉动 and 撬动 are 带动's like
@pytest.mark.parametrize("task, action, obj, value, qual", [
    ("推动家电以旧换新，带动销售20亿元以上。", "带动", "销售", 20, "at_least"),
    ("消费品以旧换新带动销售30亿元。", "带动", "销售", 30, "eq"),
    ("开展汽车促消费活动，拉动消费10亿元。", "拉动", "消费", 10, "eq"),
    ("实施设备更新项目80个，拉动投资50亿元。", "拉动", "投资", 50, "eq"),
    ("用好以旧换新补贴资金，拉动汽车销售15亿元。", "拉动", "汽车销售", 15, "eq"),
    ("落实设备更新贷款贴息，撬动设备投资100亿元。", "撬动", "设备投资", 100, "eq"),
])
def test_what_a_measure_brings_about_is_counted(task, action, obj, value, qual):
    got = {(p.action, p.object, p.value, p.unit, p.qualifier) for p in _doc(task=task).pledges}
    assert (action, obj, value, "亿元", qual) in got


# 5. 安置住房 is a noun as 安置房 is: after 、 it is what the shared verb starts, after a work it is what that work's
# housing is (not 安置 acting on 住房)
@pytest.mark.parametrize("task, action, obj, value", [
    ("新开工城中村改造项目5个、安置住房3000套。", "新开工", "安置住房", 3000),
    ("建成城中村改造安置住房2000套。", "建成", "城中村改造安置住房", 2000),
    ("全年筹集安置住房1500套。", "筹集", "安置住房", 1500),
])
def test_resettlement_housing_is_a_noun(task, action, obj, value):
    got = {(p.action, p.object, p.value, p.unit) for p in _doc(task=task).pledges}
    assert (action, obj, value, "套") in got


# 6. a guard word keeps its guard across the region's word or a total's (累计, 共, 全县) between it and the name
@pytest.mark.parametrize("rev", [
    "冰雪季累计接待游客300万人次。全年接待游客1560万人次，增长12%。",
    "“五一”假期全县共接待游客50万人次。全年接待游客1560万人次，增长12%。",
    "乡村旅游全县累计接待游客400万人次，全年接待游客1560万人次，增长12%。",
])
def test_a_guard_holds_across_a_regions_or_totals_word(rev):
    fs = _facts(rev)
    assert val(fs, ("tourist_visits", "actual", "2024", "level")) == (1560, "eq")


def test_the_regions_own_name_ending_in_a_guard_word_still_guards_nothing():
    text = ("南山区2024年政府工作报告\n——2024年1月5日在深圳市南山区第八届人民代表大会第四次会议上\n\n"
            "一、2023年工作回顾\n南山区全区经济总量达到8566亿元，增长6.8%。\n")
    fs = facts(text, report_year=2024, region="南山区", level="county")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (8566, "eq")


def test_a_sale_with_no_causing_verb_before_still_acts():
    got = {(p.action, p.object, p.value) for p in _doc(task="开展消费帮扶，销售特色农产品5亿元。").pledges}
    assert ("销售", "特色农产品", 5) in got
