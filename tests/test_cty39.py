"""Whole county reports of 2019–2025, pledges first (cty39, decision 199): a report that titles its review and its
plan alone and numbers the plan's tasks 一、二、… under the plan's title, a bracketed verb written with 、 inside
(新（改、扩）建), and a work's figure with the sites counted after it (…提标改造200个村)."""
import pytest

from taskdoc import pledges, read

_REVIEW = ("{y0}年，全县实现地区生产总值286.5亿元，增长5.8%；一般公共预算收入完成12.6亿元，增长6.1%。"
           "新建改造农村公路150公里。\n")
_TARGETS = "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。\n"
# the first task item run on into a long paragraph (no heading of its own), the others short
_ITEMS = ("一、做大做强工业经济。坚持工业强县不动摇，规模以上工业总产值突破500亿元；新增规模以上工业企业30家、"
          "专精特新企业10家；实施技改项目40个以上。\n"
          "二、扩大有效投资。实施重点项目120个，完成投资180亿元。\n"
          "三、办好民生实事。新增城镇就业3000人；新建幼儿园5所。\n")


def _report(review_title: str, plan_title: str, year: int, lead: str = "重点做好以下工作：\n", review: str = _REVIEW) -> str:
    return (f"某某县{year}年政府工作报告\n\n{review_title}\n" + review.format(y0=year - 1)
            + f"{plan_title}\n" + _TARGETS + lead + _ITEMS)


def _pledged(text: str) -> dict[tuple[str, float, str], str]:
    """(object, value, unit) -> period of every pledge of a whole report, every quote checked."""
    return {(p.object, p.value, p.unit): p.period for p in read(text).pledges}


# 1. the review and the plan titled alone, the plan's tasks numbered 一、二、… under its title: the first item, run on
# into a long paragraph, is the plan's too (it had been left in the review: its pledges lost)
@pytest.mark.parametrize("review_title,plan_title,year,lead", [
    ("2022年工作回顾", "2023年工作安排", 2023, "重点做好以下工作：\n"),
    ("过去一年工作回顾", "今年工作安排", 2024, "重点做好以下工作：\n"),
    ("2023年工作回顾", "2024年主要目标和重点工作", 2024, "围绕上述目标，重点抓好以下工作：\n"),
    ("2020年工作回顾", "2021年重点工作", 2021, ""),
    ("2024年工作回顾", "2025年工作打算", 2025, "重点抓好以下几项工作：\n"),
])
def test_the_first_numbered_task_under_a_plain_plan_title_is_pledged(review_title, plan_title, year, lead):
    got = _pledged(_report(review_title, plan_title, year, lead))
    assert got.get(("规模以上工业总产值", 500, "亿元")) == str(year)
    assert got.get(("规模以上工业企业", 30, "家")) == str(year)
    assert got.get(("技改项目", 40, "个")) == str(year)
    # (the items after it as before; last year's result in the review no pledge)
    assert got.get(("幼儿园", 5, "所")) == str(year)
    assert ("农村公路", 150, "公里") not in got


def test_the_first_task_under_a_plan_title_that_opens_the_page_is_pledged():
    # (an excerpt that starts at the plan's title, no review above it)
    text = "某某县2024年政府工作报告\n\n2024年工作安排\n" + _TARGETS + "重点做好以下工作：\n" + _ITEMS
    got = _pledged(text)
    assert got.get(("规模以上工业总产值", 500, "亿元")) == "2024"


def test_a_review_numbered_under_its_plain_title_stays_the_reviews():
    # (the review's own items numbered 一、二、 under "2023年工作回顾": the plan's title does not take them, and the
    # plan's items are still its own)
    review = "一、经济运行稳中向好。" + _REVIEW + "二、民生持续改善。新建学校3所。\n"
    doc = read(_report("2023年工作回顾", "2024年工作安排", 2024, review=review))
    got = {(p.object, p.value, p.unit) for p in doc.pledges}
    assert ("规模以上工业总产值", 500, "亿元") in got
    assert ("学校", 3, "所") not in got and ("农村公路", 150, "公里") not in got
    assert {(f.indicator, f.role, f.period) for f in doc.facts if f.measure == "level"} >= {("gdp", "actual", "2023")}
    # (beside it, the same report with its review unnumbered: the plan's title holds the items)
    assert ("规模以上工业总产值", 500, "亿元") in _pledged(_report("2023年工作回顾", "2024年工作安排", 2024))


def test_numbered_parts_after_a_summary_title_stay_parts():
    # (a page's plain title over the report's own numbered parts, "一、2023年工作回顾": those are parts, the review's
    # result no pledge; the first task, run on, is still pledged under its numbered part)
    text = ("某某县2024年政府工作报告\n\n2024年工作安排\n一、2023年工作回顾\n" + _REVIEW.format(y0=2023)
            + "二、2024年工作安排\n" + _TARGETS + "重点做好以下工作：\n"
            + _ITEMS.replace("一、", "（一）").replace("二、扩", "（二）扩").replace("三、办", "（三）办"))
    got = _pledged(text)
    assert ("农村公路", 150, "公里") not in got
    assert got.get(("规模以上工业总产值", 500, "亿元")) == "2024"
    # (beside it, the plain titles alone over the items numbered 一、: the plan's title holds them)
    assert ("规模以上工业总产值", 500, "亿元") in _pledged(_report("2023年工作回顾", "2024年工作安排", 2024))


# 2. 新（改、扩）建: the vocabulary's 新（改扩）建 written with 、 in its bracket acts (the 、 had split it: the clause
# before's verb acted, the verb left in the object)
@pytest.mark.parametrize("body,want", [
    ("实现5个脱贫村产业提档升级，新（改、扩）建学校8所。", ("新（改扩）建", "学校", 8, "所")),
    ("新（改、扩）建公办幼儿园6所，新增学位1800个。", ("新（改扩）建", "公办幼儿园", 6, "所")),
    ("推进卫生健康事业，新(改、扩)建村卫生室20个。", ("新(改扩)建", "村卫生室", 20, "个")),
])
def test_a_bracketed_verb_written_with_a_clause_mark_acts(body, want):
    got = pledges(body, "县")
    assert want in got
    # (and no pledge keeps the verb in its object)
    assert not any("建" in o and ("（" in o or "(" in o) for _, o, _, _ in got)


def test_verbs_joined_by_a_clause_mark_outside_a_bracket_are_as_before():
    got = pledges("新建、改扩建学校8所；改（扩）建卫生院3所。", "县")
    assert ("新建、改扩建", "学校", 8, "所") in got and ("改（扩）建", "卫生院", 3, "所") in got
    assert ("新（改扩）建", "学校", 8, "所") in pledges("实现5个脱贫村产业提档升级，新（改、扩）建学校8所。", "县")


# 3. a work's figure with the sites counted after it, closing the clause: the verb before the work acts, the work is
# the object (the work's own verb had acted on the sites: "改造 | 村")
@pytest.mark.parametrize("body,want", [
    ("完成农村生活污水处理设施提标改造200个村。", ("完成", "农村生活污水处理设施提标改造", 200, "个")),
    ("完成农村人居环境整治提升85个行政村；新建高标准农田2万亩。", ("完成", "农村人居环境整治提升", 85, "个")),
    ("实施农村生活污水治理120个村，新建污水管网30公里。", ("实施", "农村生活污水治理", 120, "个")),
    ("全面完成农村电网改造升级36个乡镇。", ("完成", "农村电网改造升级", 36, "个")),
])
def test_sites_counted_after_a_works_figure_leave_the_work_as_object(body, want):
    got = pledges(body, "县")
    assert want in got
    assert not any(o in ("村", "行政村", "乡镇") for _, o, _, _ in got)


@pytest.mark.parametrize("body,want", [
    # (the site's word not closing the clause: a thing built, counted so)
    ("完成农村生活污水处理设施提标改造200个村级站点。", ("改造", "村级站点", 200, "个")),
    # (no verb before the work: its own verb acts)
    ("改造老旧小区15个社区。", ("改造", "老旧小区", 15, "个")),
])
def test_sites_counted_after_a_figure_near_misses_are_as_before(body, want):
    assert want in pledges(body, "县")
    # (and the rule's own case, beside them)
    assert ("完成", "农村生活污水处理设施提标改造", 200, "个") in pledges("完成农村生活污水处理设施提标改造200个村。" + body, "县")
