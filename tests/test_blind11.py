"""Fresh documents of a 宁夏 county, a 福建 prefecture city, a 天津 district and a 山东 county-level city (branch blind11)."""
from __future__ import annotations

import pytest

import planwatch

# a report without numbered parts (the review, the target list, a lead to the tasks, then one paragraph a task,
# each opening with its title sentence)
HEAD = "政府工作报告\n——{y}年1月16日在{n}第十四届人民代表大会第四次会议上\n\n各位代表：\n" \
       "{py}年，全市地区生产总值增长5.1%，一般公共预算收入增长6.4%。\n" \
       "今年经济社会发展主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
TASKS = "着力扩大有效投资。全年实施省市重点项目420个，完成年度投资520亿元以上。\n" \
        "着力壮大实体经济。新增规上工业企业80家。\n" \
        "着力增进民生福祉。改造提升老旧小区120个，新增城市停车位3000个。\n"
ALL = {("省市重点项目", 420), ("年度投资", 520), ("规上工业企业", 80), ("老旧小区", 120), ("城市停车位", 3000)}


def pledges(name: str, y: int, lead: str, tasks: str = TASKS):
    d = planwatch.read_text(HEAD.format(n=name, y=y, py=y - 1) + lead + "\n" + tasks, "t.txt")
    for p in d.pledges:
        assert d.text[p.start:p.end] == p.quote
    for f in d.facts:
        assert d.text[f.start:f.end] == f.quote
    return d


def keys(d):
    return {(p.object, p.value) for p in d.pledges}


# --- a lead to the tasks that opens on the year's work it is about ("做好今年工作，重点抓好以下几个方面：") ---

@pytest.mark.parametrize("name, y, lead", [
    ("三明市", 2024, "做好今年工作，重点抓好以下几个方面："),
    ("漳州市", 2024, "做好2024年政府工作，我们要重点抓好以下八个方面："),
    ("汕尾市", 2023, "做好今年的工作，要着力抓好以下几个方面："),
    ("龙岩市", 2022, "做好全年工作，重点做好以下工作："),
    ("梅州市", 2021, "抓好今年工作，我们将重点做好以下几个方面："),
])
def test_lead_naming_the_years_work_opens_the_tasks(name, y, lead):
    d = pledges(name, y, lead)
    got = {(o, v) for o, v in keys(d)}
    assert all(any(o.endswith(w) and v == wv for o, v in got) for w, wv in ALL), got
    # the target list stays facts, not pledges
    assert ("gdp", "target", str(y), "growth") in {(f.indicator, f.role, f.period, f.measure) for f in d.facts}


@pytest.mark.parametrize("lead", [
    "一年来，我们重点抓好以下工作：",            # a review's lead
    "做好2023年工作，我们重点抓了以下几个方面：",   # the past year's work
])
def test_review_leads_open_no_tasks(lead):
    d = pledges("三明市", 2024, lead)
    assert not d.pledges, [(p.object, p.value) for p in d.pledges]


def test_principles_lead_is_no_announcement():
    # "必须把握好以下几个原则：" announces no work: only the paragraph right after the colon is read, as before
    d = pledges("三明市", 2024, "做好今年工作，必须把握好以下几个原则：")
    assert {p.value for p in d.pledges} <= {420, 520}


# --- a lead that counts or names the year's tasks, with no "抓好以下" ("突出抓好六个方面工作：", "主要任务是：") ---

@pytest.mark.parametrize("name, y, lead", [
    ("三明市", 2024, "围绕实现上述目标，我们将突出抓好六个方面工作："),
    ("泉州市", 2024, "今年，我们将聚焦以下重点任务："),
    ("湛江市", 2023, "今年政府工作的主要任务是："),
    ("宁德市", 2022, "对照上述目标，今年重点抓好六个方面工作："),
    ("肇庆市", 2021, "2021年，我们将着力做好八个方面工作："),
])
def test_lead_counting_the_years_tasks_opens_the_tasks(name, y, lead):
    d = pledges(name, y, lead)
    got = keys(d)
    assert all(any(o.endswith(w) and v == wv for o, v in got) for w, wv in ALL), got


@pytest.mark.parametrize("lead", [
    "2023年，我们突出抓好六个方面工作：",   # the past year's work, counted
    "过去一年，我们重点抓好六个方面工作：",
    "2023年，我们的主要任务是：",
])
def test_past_counted_leads_open_no_tasks(lead):
    text = "政府工作报告\n——2024年1月16日在三明市第十四届人民代表大会第四次会议上\n\n各位代表：\n" + lead + \
           "\n抓项目促投资。全市实施重点项目386个。\n抓民生补短板。改造老旧小区103个。\n" \
           "今年经济社会发展主要预期目标是：地区生产总值增长6%左右。\n"
    d = planwatch.read_text(text, "t.txt")
    assert not d.pledges, [(p.object, p.value) for p in d.pledges]


def test_five_year_tasks_lead_is_no_years_announcement():
    # "今后五年的主要任务是：" leads the plan period's tasks, not the year's (no announcement of the year's work)
    from planwatch.normalize import ANNOUNCE_PLAN
    assert ANNOUNCE_PLAN.fullmatch("今后五年的主要任务是：") is None
    assert ANNOUNCE_PLAN.fullmatch("今年经济社会发展的主要目标任务是：") is None
    assert ANNOUNCE_PLAN.fullmatch("今年政府工作的主要任务是：") is not None


# --- the lead at the end of the target list's paragraph, or a bare bid after the targets ---

TARGETS = "今年经济社会发展主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。"


@pytest.mark.parametrize("between", [
    "做好今年工作，重点抓好以下几个方面：",        # on the target list's own line
    "\n重点抓好以下几个方面：",                      # a bare bid on a line of its own, after the targets
    "为实现上述目标，着力做好以下工作：",
    "\n着力抓好六个方面工作：",
])
def test_lead_after_the_targets_opens_the_tasks(between):
    text = "政府工作报告\n——2024年1月16日在莆田市第八届人民代表大会第四次会议上\n\n各位代表：\n" \
           "2023年，全市地区生产总值增长5.1%。\n" + TARGETS + between + "\n" + TASKS
    d = planwatch.read_text(text, "t.txt")
    got = keys(d)
    assert all(any(o.endswith(w) and v == wv for o, v in got) for w, wv in ALL), got
    assert ("gdp", "target", "2024", "growth") in {(f.indicator, f.role, f.period, f.measure) for f in d.facts}
    assert ("urban_unemployment_rate", "target", "2024", "share") in {(f.indicator, f.role, f.period, f.measure) for f in d.facts}


@pytest.mark.parametrize("between", [
    "\n重点抓好以下几个方面：",          # a bare bid after a review's opening: the review's work
    "重点抓好以下几个方面：",
    "一年来，我们突出抓好六个方面工作：",
    "2023年，我们重点抓好以下工作：",
])
def test_bare_bid_after_a_review_opens_no_tasks(between):
    text = "政府工作报告\n——2024年1月16日在莆田市第八届人民代表大会第四次会议上\n\n各位代表：\n" \
           "过去一年，面对复杂严峻的外部环境，我们坚持稳中求进。" + between + \
           "\n抓项目促投资。全市实施重点项目386个，完成投资498亿元。\n抓民生补短板。改造老旧小区103个。\n" + TARGETS + "\n"
    d = planwatch.read_text(text, "t.txt")
    assert not d.pledges, [(p.object, p.value) for p in d.pledges]


# --- the lead set as a sentence of its own, ending with a full stop ("重点做好以下几个方面工作。") ---

@pytest.mark.parametrize("lead", [
    "重点做好以下几个方面工作。",
    "围绕上述目标任务，我们将重点抓好以下工作。",
    "今年要重点做好八个方面工作。",
])
def test_lead_ending_with_a_full_stop_opens_the_tasks(lead):
    text = "政府工作报告\n——2024年1月16日在南平市第八届人民代表大会第四次会议上\n\n各位代表：\n" \
           "2023年，全市地区生产总值增长5.1%。\n" + TARGETS + "\n" + lead + "\n" + TASKS + \
           "各位代表！新征程催人奋进，让我们团结一心、砥砺前行！\n"
    d = planwatch.read_text(text, "t.txt")
    got = keys(d)
    assert all(any(o.endswith(w) and v == wv for o, v in got) for w, wv in ALL), got


@pytest.mark.parametrize("lead", ["重点做好以下几个方面工作。", "2023年，我们重点抓好以下工作。", "一年来，我们重点抓好以下几个方面工作。"])
def test_full_stop_lead_after_a_review_opens_no_tasks(lead):
    text = "政府工作报告\n——2024年1月16日在南平市第八届人民代表大会第四次会议上\n\n各位代表：\n" \
           "过去一年，面对复杂严峻的外部环境，我们坚持稳中求进。\n" + lead + \
           "\n抓项目促投资。全市实施重点项目386个，完成投资498亿元。\n抓民生补短板。改造老旧小区103个。\n" + TARGETS + "\n"
    d = planwatch.read_text(text, "t.txt")
    assert not d.pledges, [(p.object, p.value) for p in d.pledges]


def test_full_stop_lead_inside_a_numbered_part_is_no_part():
    # under "三、2024年重点工作" the sentence "今年要重点做好八个方面工作。" stays the part's sentence, not a part's title
    text = "政府工作报告\n——2024年1月16日在南平市第八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n" \
           "2023年，全市地区生产总值增长5.1%。\n\n二、2024年重点工作\n" + TARGETS + "\n今年要重点做好八个方面工作。\n" \
           "（一）扩大有效投资。全年实施省市重点项目420个。\n"
    d = planwatch.read_text(text, "t.txt")
    assert [p.value for p in d.pledges] == [420]
    assert all(not s.title.startswith("今年要") for s in d.sections), [s.title for s in d.sections]
