"""The tasks parts of city and county reports, dense with quantified pledges, blind (tsk40, decision 223): the other
of the pair of capital inflows named short after the one whose verb it shares (…内资350亿元、外资5亿美元); what a work
is built to hold or bring said after it (…，满足2000名…需求, …，可容纳企业50家); and an amount invested opening an item
after its own mark or after a clause naming the task only (1.投资5.2亿元，新建…)."""
import pytest

from factkeys import facts, val
from taskdoc import pledges


def _page(level: str, year: int, body: str) -> str:
    place = "某某" + level
    return (f"{place}人民政府工作报告\n——{year}年1月12日在{place}第十届人民代表大会第三次会议上\n"
            f"二、{year}年重点工作\n{body}\n")


# 1. 外资 (or 内资, 省外资金) named short after the other inflow of its list, sharing its verb: fdi and the inflow from
# outside (the short name was read as nothing, the task's fdi target lost)
@pytest.mark.parametrize("body,ind,value,unit", [
    ("全年实际到位内资350亿元、外资5亿美元。", "fdi", 5, "亿美元"),
    ("（一）抓项目。实际到位内资120亿元、外资8000万美元。", "fdi", 8000, "万美元"),
    ("引进省外资金150亿元、外资1.2亿美元。", "fdi", 1.2, "亿美元"),
    ("实际利用外资2亿美元、内资300亿元。", "domestic_investment_inflow", 300, "亿元"),
    ("全年实际利用外资3亿美元，省外资金260亿元。", "domestic_investment_inflow", 260, "亿元"),
])
@pytest.mark.parametrize("level,year", [("县", 2022), ("市", 2024), ("区", 2019)])
def test_the_short_name_after_the_other_inflow_is_its_pair(body, ind, value, unit, level, year):
    fs = facts(_page(level, year, body))
    key = (ind, "target", str(year), "level")
    assert val(fs, key) == (value, "eq") and fs[key].unit == unit


@pytest.mark.parametrize("body", [
    # (look-alikes that must not change: 外资 with no inflow named before it, foreign firms and projects)
    "引进外资项目8个，外资3亿美元。",
    "新建外资企业5家，外资企业实现产值20亿元。",
    "完成固定资产投资200亿元、外资1亿美元。",
])
def test_a_short_foreign_capital_alone_names_no_indicator(body):
    fs = facts(_page("县", 2023, body))
    assert ("fdi", "target", "2023", "level") not in fs


# 2. what the work is built to hold or bring, said in the clause after it: its capacity or effect, no pledge of its own
# (it pledged under the work's verb with the effect's words as object: 新增 | 满足, 新建 | 容纳企业)
@pytest.mark.parametrize("body,kept", [
    ("新增学位1500个，满足2000名随迁子女入学需求。", ("学位", 1500, "个")),
    ("新建保障性租赁住房800套，可解决1500名新市民住房问题。", ("保障性租赁住房", 800, "套")),
    ("新建养老院2所，可提供床位300张。", ("养老院", 2, "所")),
    ("新建标准厂房30万平方米，可容纳企业50家。", ("标准厂房", 30, "万平方米")),
    ("新建农贸市场3个，可满足5万居民日常需求。", ("农贸市场", 3, "个")),
    ("建设就业帮扶车间20个，可吸纳就业800人。", None),
])
@pytest.mark.parametrize("level", ["县", "市"])
def test_a_works_capacity_after_it_is_no_pledge(body, kept, level):
    got = pledges(body, level=level)
    assert len(got) == 1, got
    if kept is not None:
        assert {(o, v, u) for _, o, v, u in got} == {kept}


@pytest.mark.parametrize("body,want", [
    # (look-alikes that must not change: the same verbs as the task's own, a ratio named by 满足)
    ("提供就业岗位5000个。", ("提供", "就业岗位", 5000, "个")),
    ("解决1200名农民工子女入学问题。", ("解决", "农民工子女入学问题", 1200, "名")),
    ("学位满足率达到100%。", ("达到", "学位满足率", 100, "%")),
    ("改造老旧小区20个，惠及居民3200户。", ("改造", "老旧小区", 20, "个")),
    ("新增养老床位500张，满足老年人入住需求。", ("新增", "养老床位", 500, "张")),  # (an effect with no count)
])
def test_the_tasks_own_verbs_still_pledge(body, want):
    assert want in pledges(body, level="县")


# 3. an amount invested opening its item after the item's own mark, or after a clause that only names the task: it
# pays for the work of the clause after its comma (decision 199's rule knew an item opened after an end mark only)
@pytest.mark.parametrize("body,obj,value,unit", [
    ("1.投资5.2亿元，新建县第二人民医院。", "县第二人民医院", 5.2, "亿元"),
    ("（二）投资3000万元，实施城区雨污分流改造。", "城区雨污分流改造", 3000, "万元"),
    ("一是投资1.2亿元，新建城区公厕30座；二是投入8000万元，改造农贸市场5个。", "农贸市场", 8000, "万元"),
    ("一是投资1.2亿元，新建城区公厕30座；二是投入8000万元，改造农贸市场5个。", "城区公厕", 1.2, "亿元"),
    ("实施教育提升工程，投资2.6亿元，新建改扩建学校6所。", "学校", 2.6, "亿元"),
    ("第三，投资4500万元，改造提升背街小巷30条。", "背街小巷", 4500, "万元"),
])
@pytest.mark.parametrize("level", ["县", "区", "市"])
def test_an_amount_invested_after_an_items_mark_pays_for_the_next_work(body, obj, value, unit, level):
    got = pledges(body, level=level)
    assert any(o == obj and v == value and u == unit for _, o, v, u in got), got


@pytest.mark.parametrize("body,value", [
    # (look-alikes that must not change: the amount after a count's clause, whose work it may be of; a total investment)
    ("新建污水处理厂1座，投资8000万元，新建配套管网12公里。", 8000),
    ("（六）总投资8亿元，新建城南污水处理厂。", 8),
])
def test_an_amount_after_a_counts_clause_does_not_reach_on(body, value):
    got = pledges(body, level="县")
    assert not any(v == value and o in ("配套管网", "城南污水处理厂") for _, o, v, _u in got), got


# 4. two statuses glued before what they name (竣工投用, 建成投运, and 竣工交付 as 建成交付): one action, its object the
# housing or projects after it (the second status was read into the object where the object opens on a word that a work
# names, 安置房, 项目: 竣工 | 投用安置房)
@pytest.mark.parametrize("body,action,obj,value,unit", [
    ("竣工投用安置房2000套。", "竣工投用", "安置房", 2000, "套"),
    ("年内建成投运安置房1200套。", "建成投运", "安置房", 1200, "套"),
    ("竣工投用安置住房800套。", "竣工投用", "安置住房", 800, "套"),
    ("竣工交付安置房2000套。", "竣工交付", "安置房", 2000, "套"),
    ("全年建成投运项目30个。", "建成投运", "项目", 30, "个"),
])
@pytest.mark.parametrize("level", ["县", "市"])
def test_two_statuses_glued_act_as_one(body, action, obj, value, unit, level):
    assert (action, obj, value, unit) in pledges(body, level=level)


@pytest.mark.parametrize("body,want", [
    # (look-alikes that must not change: a work naming its projects, a status after the count's object, one status)
    ("实施改造项目12个。", ("实施", "改造项目", 12, "个")),
    ("4个城市公园年底前建成开放。", ("建成开放", "城市公园", 4, "个")),
    ("建成投运污水处理厂2座。", ("建成投运", "污水处理厂", 2, "座")),
    ("年内建成交付安置房3000套。", ("建成交付", "安置房", 3000, "套")),
    ("建成投用保障性住房800套。", ("建成投用", "保障性住房", 800, "套")),
])
def test_a_single_status_or_a_named_work_is_as_before(body, want):
    assert want in pledges(body, level="县")
