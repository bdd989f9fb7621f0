"""Session 24 task24: pledge classes of the task parts of provincial reports of 2024–2026 (written whole, scored
blind): a stock grown to a level (发展到/增长到/上升到), a bound written between an action and the count before its
object (新增不少于3万个公办学位), and works each counted right after its verb sharing one object after the last
(新建10所、改扩建20所公办幼儿园)."""
from __future__ import annotations

import pytest

from taskdoc import pledges, task_doc  # tests/taskdoc.py


def quals(body: str) -> dict[tuple[str, float, str], str]:
    return {(p.object, p.value, p.unit): p.qualifier for p in task_doc(body).pledges}


# 1. a stock grown to a level: the verb ending in 到/至 is a level verb, what grows is before it
@pytest.mark.parametrize("body, key", [
    ("推进千万头肉牛工程，肉牛发展到780万头。", ("发展到", "肉牛", 780, "万头")),
    ("奶牛存栏增长到20万头。", ("增长到", "奶牛存栏", 20, "万头")),
    ("新能源汽车占新车销量比重上升到30%。", ("上升到", "新能源汽车占新车销量比重", 30, "%")),
    ("全省家庭农场发展至5万家。", ("发展至", "家庭农场", 5, "万家")),
])
def test_a_stock_grown_to_a_level(body, key):
    assert key in pledges(body)


def test_grown_to_in_the_review_is_no_pledge():
    # last year's result restated in the review: no pledge of the year's plan
    import planwatch
    text = ("某某省政府工作报告\n——2024年1月20日在某某省第十四届人民代表大会第二次会议上\n\n"
            "一、2023年工作回顾\n过去一年，肉牛发展到700万头，奶牛存栏增长到18万头。\n\n"
            "二、2024年工作安排\n新建高标准农田100万亩。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert {(p.object, p.value) for p in doc.pledges} == {("高标准农田", 100)}


# 2. a bound between an action and the count before its object bounds the count only
@pytest.mark.parametrize("body, key", [
    ("新增不少于3万个公办学位。", ("新增", "公办学位", 3, "万个")),
    ("培育不少于10家农业产业化龙头企业。", ("培育", "农业产业化龙头企业", 10, "家")),
    ("新建超过20个口袋公园。", ("新建", "口袋公园", 20, "个")),
    ("打造不低于5个省级示范园区。", ("打造", "省级示范园区", 5, "个")),
    ("引进不少于10名博士。", ("引进", "博士", 10, "名")),
])
def test_a_bound_before_a_count_before_its_object(body, key):
    got = pledges(body)
    assert key in got
    assert quals(body)[key[1:]] == "at_least"
    assert not any(obj in ("新增", "培育", "新建", "打造", "引进", "不少于") for _, obj, _, _ in got)


@pytest.mark.parametrize("body, key, qual", [
    ("新增公办学位不少于3万个。", ("新增", "公办学位", 3, "万个"), "at_least"),      # the object before: unchanged
    ("实际使用外资不低于5亿美元。", ("不低于", "实际使用外资", 5, "亿美元"), "at_least"),  # a level alone acts
    ("为不少于30万名孕产妇免费开展产前筛查。", ("开展", "产前筛查", 30, "万名"), "at_least"),  # whom it is for
    ("新增3万个以上公办学位。", ("新增", "公办学位", 3, "万个"), "at_least"),
    ("新增近3万个公办学位。", ("新增", "公办学位", 3, "万个"), "about"),
])
def test_bound_look_alikes_keep_their_reading(body, key, qual):
    assert key in pledges(body)
    assert quals(body)[key[1:]] == qual


# 3. works each counted right after its verb, joined by 、, share the object written after the last count
@pytest.mark.parametrize("body, keys", [
    ("新建10所、改扩建20所公办幼儿园。", [("新建", "公办幼儿园", 10, "所"), ("改扩建", "公办幼儿园", 20, "所")]),
    ("新建3座、改造5座污水处理厂。", [("新建", "污水处理厂", 3, "座"), ("改造", "污水处理厂", 5, "座")]),
    ("今年新建10所、改扩建20所、提升30所公办幼儿园。",
     [("新建", "公办幼儿园", 10, "所"), ("改扩建", "公办幼儿园", 20, "所"), ("提升", "公办幼儿园", 30, "所")]),
])
def test_counted_works_share_the_object_after_the_last(body, keys):
    got = pledges(body)
    for k in keys:
        assert k in got


@pytest.mark.parametrize("body, expected", [
    ("新建10所、改扩建20所。", set()),                                           # no object anywhere: nothing
    ("新建学校10所、改扩建20所幼儿园。", {("新建", "学校", 10, "所"), ("改扩建", "幼儿园", 20, "所")}),  # own objects
    ("新建10所公办幼儿园、20所中小学。", {("新建", "公办幼儿园", 10, "所"), ("新建", "中小学", 20, "所")}),
])
def test_counted_works_look_alikes(body, expected):
    assert pledges(body) == expected


def test_counted_works_of_other_units_share_nothing():
    got = pledges("完成投资10亿元、新增就业岗位500个。")
    assert ("完成", "投资", 10, "亿元") in got
    assert not any(obj == "就业岗位" and unit == "亿元" for _, obj, _, unit in got)


# 4. all of a province's (or a city's) own counties or cities, each to reach a state: a count of what it holds, no pledge
@pytest.mark.parametrize("body", [
    "全省158个县（市、区）实现县域医共体全覆盖。",
    "全省11个设区市均建成区域医疗中心。",
    "全市12个区全部建成城市书房。",
])
def test_all_own_counties_are_no_count(body):
    assert pledges(body) == set()


@pytest.mark.parametrize("body, key", [
    ("全省新建10个县级医院。", ("新建", "县级医院", 10, "个")),                    # a kind of hospital, counted
    ("全县8个乡镇创建省级卫生乡镇。", ("创建", "乡镇", 8, "个")),                    # some of them, not all
    ("全省20个县（市、区）创建省级示范县。", ("创建", "县（市、区）", 20, "个")),
])
def test_some_own_counties_stay_counted(body, key):
    assert key in pledges(body)


# 5. visits counted with no unit word after a name ending in 人次 and a bound: counted in 万人次/亿人次
@pytest.mark.parametrize("body, key", [
    ("冰雪旅游人次突破1.2亿，旅游总收入增长20%左右。", ("突破", "冰雪旅游人次", 1.2, "亿人次")),
    ("全年旅游人次突破1.2亿、旅游收入突破1500亿元。", ("突破", "旅游人次", 1.2, "亿人次")),
    ("医疗机构诊疗人次达到1200万。", ("达到", "医疗机构诊疗人次", 1200, "万人次")),
])
def test_bare_visits_after_their_counter(body, key):
    got = pledges(body)
    assert key in got
    assert not any("突破1.2亿" in obj for _, obj, _, _ in got)


@pytest.mark.parametrize("body, expected", [
    ("全年旅游人次突破1.2亿、旅游收入突破1500亿元。", ("突破", "旅游收入", 1500, "亿元")),   # the next item: its own
    ("年接待游客突破1亿人次。", ("突破", "年接待游客", 1, "亿人次")),                       # the unit written: unchanged
])
def test_bare_visits_look_alikes(body, expected):
    assert expected in pledges(body)


def test_bare_figure_with_no_bound_or_no_visits_is_no_count():
    assert pledges("全年旅游人次1.2亿。") == set()          # no verb: a figure stated, nothing pledged
    assert not any(u.endswith("人次") for _, _, _, u in pledges("旅游收入突破1500亿，接待游客增长10%。"))


@pytest.mark.parametrize("body, key", [
    ("规上工业营业收入增长超过10%。", ("超过", "规上工业营业收入增长", 10, "%")),   # a growth bounded: the bound acts
    ("固定资产投资增长不低于8%。", ("不低于", "固定资产投资增长", 8, "%")),
])
def test_a_bounded_growth_keeps_its_reading(body, key):
    assert key in pledges(body)


def test_own_units_do_not_take_a_market():
    # 市场 is no city: a count of markets stays a count
    assert ("建成", "市场", 10, "个") in pledges("全省10个市场全部建成智慧农贸市场。")
    assert pledges("全省11个设区市均建成区域医疗中心。") == set()
