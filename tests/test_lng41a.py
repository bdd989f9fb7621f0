"""Whole provincial reports of 2026 (lng41a, decision 235): the paragraph right after the year's target list that weighs
the targets ("这些目标，统筹考虑了需要和可能，与“十五五”规划目标相衔接。") and then turns to the year's tasks in the same
paragraph ("围绕实现上述目标，要扎实推进…，全年实施亿元以上项目1500个以上。"), whose pledges were lost as the list's
explanation; a sentence after the list opening on "实现上述目标，" or "为此，" before its tasks; 转化 as a task's verb
("转化科技成果1500项以上"); 支持 before the people it helps into work ("支持高校毕业生留省就业创业10万人"). Each with
look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, year: int, body: str) -> str:
    return (f"政府工作报告\n——{year}年1月25日在{place}第十四届人民代表大会第四次会议上\n{place}省长　某某\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{year - 1}年，全省地区生产总值增长5.1%。\n二、{year}年工作安排\n{body}")


_LIST = ("{y}年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业32万人以上；"
         "居民消费价格涨幅2%左右。\n")

# 1. the paragraph after the list weighs it (or names it back), then turns to the tasks without a colon
_WEIGHS = [
    "这些目标，统筹考虑了需要和可能，与“{p}”规划目标相衔接。",
    "上述目标综合考虑了国内外形势和我省发展条件，留有一定余地。",
    "上述目标与“{p}”规划目标相衔接，体现了稳中求进的要求。",
]
_TURNS = [
    "围绕实现上述目标，要扎实推进扩大有效投资，",
    "实现上述目标，要扎实推进扩大有效投资，",
    "要实现这些目标，必须扎实推进扩大有效投资，",
    "为此，要扎实推进扩大有效投资，",
    "我们将坚定信心、真抓实干，",
    "",
]


def _weighed_body(place: str, year: int, weighs: str, turn: str) -> str:
    title = "（一）坚持扩大内需，全力推动经济稳定增长\n" if place != "云南省" else "坚持扩大内需，推动经济稳定增长\n"
    plan = "十五五" if year >= 2026 else "十四五"
    return (title + _LIST.format(y=year) + weighs.format(p=plan) + turn
            + "全年实施亿元以上项目1500个以上。大力提振消费，培育省级示范步行街5条。\n（二）坚持维护国家粮食安全\n新建高标准农田800万亩。\n")


def _check_weighed(place: str, year: int, weighs: str, turn: str) -> None:
    d = read(_report(place, year, _weighed_body(place, year, weighs, turn)))
    assert {("亿元以上项目", 1500, "个"), ("省级示范步行街", 5, "条"), ("高标准农田", 800, "万亩")} <= pledged(d)
    assert {p.period for p in d.pledges} == {str(year)}
    fs = keys_of(d)
    y = str(year)
    assert val(fs, ("gdp", "target", y, "growth")) == (5, "about")
    assert val(fs, ("urban_new_jobs", "target", y, "level")) == (32, "at_least")
    assert not [k for k in fs if k[1] == "goal"]


@pytest.mark.parametrize("turn", _TURNS)
@pytest.mark.parametrize("weighs", _WEIGHS)
@pytest.mark.parametrize("place,year", [("黑龙江省", 2026), ("云南省", 2026), ("江西省", 2021)])
def test_a_weighed_list_then_its_tasks_in_one_paragraph(weighs, turn, place, year):
    _check_weighed(place, year, weighs, turn)


@pytest.mark.parametrize("weighs,turn", [
    ("这些目标既积极又稳妥。", "围绕实现上述目标，要扎实推进扩大有效投资，"),
    ("这些目标既积极又稳妥。", ""),
    (_WEIGHS[0], "今年要扎实推进扩大有效投资，"),
    (_WEIGHS[1], "今年要扎实推进扩大有效投资，"),
])
def test_a_paragraph_read_as_tasks_already_stays_so(weighs, turn):
    # (look-alikes: a paragraph whose opening the list's rules do not take for its explanation, or whose tasks the
    # year opens, "今年要…", was read as tasks already)
    _check_weighed("黑龙江省", 2026, weighs, turn)


@pytest.mark.parametrize("explains", [
    "这些目标，统筹考虑了需要和可能。地区生产总值增长5%左右，既与“十五五”规划相衔接，又留有余地。城镇新增就业32万人以上，体现了就业优先导向。",
    "上述目标综合考虑了需要与可能。同时也要看到，实现这些目标需要付出艰苦努力。",
])
def test_a_paragraph_that_only_explains_the_list_pledges_nothing(explains):
    # (look-alike: the weighing goes on over the list's own figures, or turns to nothing the year will do)
    body = "（一）坚持扩大内需\n" + _LIST.format(y=2026) + explains + "\n"
    d = read(_report("黑龙江省", 2026, body))
    assert not pledged(d)
    fs = keys_of(d)
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (32, "at_least")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")


def test_a_weighed_list_led_to_its_tasks_by_a_colon_keeps_them_for_the_paragraphs_after():
    # (look-alike: the turn leads with a colon to items below, as before: the items are pledged, nothing from the lead)
    body = ("（一）坚持扩大内需\n" + _LIST.format(y=2026) + "这些目标，统筹考虑了需要和可能。为实现上述目标，重点抓好以下工作：\n"
            "一是新建高标准农田800万亩。\n二是改造城镇老旧小区1000个。\n")
    got = pledged(read(_report("黑龙江省", 2026, body)))
    assert {("高标准农田", 800, "万亩"), ("城镇老旧小区", 1000, "个")} <= got


# 2. the list's own paragraph goes on with a sentence that names the targets back before its tasks
@pytest.mark.parametrize("turn", ["实现上述目标，要扎实推进扩大有效投资，", "为此，要扎实推进扩大有效投资，",
                                  "围绕实现上述目标，要扎实推进扩大有效投资，", "实现这些目标，必须", ""])
@pytest.mark.parametrize("place,year", [("广东省", 2026), ("四川省", 2023)])
def test_the_lists_paragraph_turned_to_its_tasks(turn, place, year):
    body = "（一）坚持扩大内需\n" + _LIST.format(y=year).rstrip("\n") + turn + "全年实施省重点项目1600个，新建5G基站2.5万个。\n"
    d = read(_report(place, year, body))
    assert {("省重点项目", 1600, "个"), ("5G基站", 2.5, "万个")} <= pledged(d)
    assert val(keys_of(d), ("gdp", "target", str(year), "growth")) == (5, "about")


@pytest.mark.parametrize("more", ["城镇调查失业率5.5%左右。", "确保粮食产量稳定在1600亿斤以上。"])
def test_a_year_opened_list_going_on_over_its_sentences_stays_the_list(more):
    # (look-alike: the list's sentence after it names its indicator: a target, no pledge)
    body = "（一）坚持扩大内需\n" + _LIST.format(y=2026).rstrip("\n") + more + "\n"
    d = read(_report("广东省", 2026, body))
    assert not pledged(d)
    assert ("urban_unemployment_rate", "target", "2026", "share") in keys_of(d) or ("grain_output", "target", "2026", "level") in keys_of(d)


def test_last_years_list_in_the_review_pledges_nothing():
    # (look-alike: a past year's list opening a paragraph of the review, then what was done: no pledges)
    body = "（一）坚持扩大内需\n新建高标准农田800万亩。\n"
    text = _report("广东省", 2026, body).replace(
        "2025年，全省地区生产总值增长5.1%。\n",
        "2025年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。实现上述目标，全年实施省重点项目1500个。\n")
    got = pledged(read(text))
    assert ("高标准农田", 800, "万亩") in got and not [p for p in got if p[1] == 1500]


# 3. 转化 is a task's verb: the results turned into use are counted
@pytest.mark.parametrize("task,obj,value", [
    ("转化科技成果1500项以上", "科技成果", 1500),
    ("推动科技成果在省内落地转化，转化科技成果800项", "科技成果", 800),
    ("全年转化重大科技成果300项", "重大科技成果", 300),
])
@pytest.mark.parametrize("place", ["黑龙江省", "吉林省", "湖北省"])
def test_results_turned_into_use_are_pledged(task, obj, value, place):
    body = "（三）坚持科技创新引领\n强化企业科技创新主体地位，" + task + "。\n"
    got = pledged(read(_report(place, 2026, body)))
    assert (obj, value, "项") in got


@pytest.mark.parametrize("task,expected", [
    ("科技成果转化率达到60%", ("科技成果转化率", 60, "%")),
    ("新建科技成果转化中心5个", ("科技成果转化中心", 5, "个")),
    ("实施科技成果转化项目100个", ("科技成果转化项目", 100, "个")),
])
def test_a_word_holding_zhuanhua_stays_the_object(task, expected):
    # (look-alike: 转化 inside a name or a ratio is no verb of its own)
    got = pledged(read(_report("黑龙江省", 2026, "（三）坚持科技创新引领\n" + task + "。\n")))
    assert expected in got


# 4. 支持 before the people it helps into work or into business of their own, their count right after
@pytest.mark.parametrize("task,obj,value,unit", [
    ("支持高校毕业生留省就业创业10万人", "高校毕业生留省就业创业", 10, "万人"),
    ("支持农民工返乡创业2万人", "农民工返乡创业", 2, "万人"),
    ("支持退役军人就业创业5000人", "退役军人就业创业", 5000, "人"),
])
@pytest.mark.parametrize("place", ["黑龙江省", "河南省"])
def test_support_into_work_is_pledged(task, obj, value, unit, place):
    body = "（八）坚持人民至上\n落实就业优先政策，" + task + "。\n"
    assert (obj, value, unit) in pledged(read(_report(place, 2026, body)))


def test_support_that_only_ends_an_object_is_no_pledge_of_its_own():
    # (look-alike: the fund that supports the work is what is counted, not the work)
    got = pledged(read(_report("河南省", 2026, "（八）坚持人民至上\n使用失业保险基金20亿元支持稳岗就业。\n")))
    assert not [p for p in got if p[0].endswith("就业")]
