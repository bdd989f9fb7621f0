"""Whole State Council reports of 2020 and 2026, blind (nat42, decision 267): an allowance paid or set at a rate for
each ("继续发放育儿补贴，每孩每年3600元", "发放育儿补贴每孩每年3600元", "提高…营养膳食补助标准，每生每天提高到7元"),
which pledged nothing or named the base (每孩, 每生每天) as what is given. Each with look-alikes that must not change."""
import pytest

from factkeys import pledged, read


def _national(year: int, body: str) -> str:
    term, session, premier = {2020: ("十三", "三", "李克强"), 2024: ("十四", "二", "李强"), 2026: ("十四", "四", "李强")}[year]
    return (f"政府工作报告\n——{year}年3月5日在第{term}届全国人民代表大会第{session}次会议上\n国务院总理　{premier}\n\n"
            f"各位代表：\n一、{year - 1}年工作回顾\n全年国内生产总值增长5%。\n二、{year}年政府工作任务\n"
            f"（一）着力保障和改善民生。\n{body}\n")


def _city(year: int, body: str) -> str:
    return (f"某某市政府工作报告\n——{year}年1月10日在某某市第十届人民代表大会第三次会议上\n\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n全市地区生产总值增长5.5%。\n二、{year}年工作安排\n{body}\n")


# look-alikes in the same part that must not change: a norm for each thing just counted, a standard said again
_STAY = "新建安置房500套，每户补助2万元。新建农村幸福院20所，每所投入5万元。提高城乡居民基础养老金最低标准，每人每月再提高20元。"
_STAY_PLEDGED = {("安置房", 500, "套"), ("农村幸福院", 20, "所"), ("城乡居民基础养老金最低标准", 20, "元")}


def _stays(d):
    got = pledged(d)
    assert _STAY_PLEDGED <= got
    assert not [p for p in d.pledges if p.value in (2, 5) and p.unit.endswith("元")]
    assert not [p for p in d.pledges if p.object.startswith("每")]


# 1. the base for each opens the clause after the allowance's: the allowance is what the clause before gives or sets
@pytest.mark.parametrize("sentence,obj,value,action", [
    ("继续发放育儿补贴，每孩每年3600元。", "育儿补贴", 3600, "发放"),
    ("对3周岁以下婴幼儿发放育儿补贴，每孩每年3600元，逐步提高补贴标准。", "育儿补贴", 3600, "发放"),
    ("向困难群众发放一次性生活补贴，每人每月200元。", "一次性生活补贴", 200, "发放"),
    ("对吸纳高校毕业生就业的企业发放一次性扩岗补助，每人1500元。", "一次性扩岗补助", 1500, "发放"),
    ("向新生儿家庭发放一次性生育补贴，每孩2000元。", "一次性生育补贴", 2000, "发放"),
    ("提高义务教育学生营养膳食补助标准，每生每天提高到7元。", "义务教育学生营养膳食补助标准", 7, "提高到"),
])
@pytest.mark.parametrize("year,where", [(2026, "national"), (2020, "national"), (2025, "city")])
def test_rate_for_each_after_the_allowance_pledges_the_allowance(sentence, obj, value, action, year, where):
    body = sentence + _STAY
    d = read(_national(year, body) if where == "national" else _city(year, body))
    ps = [p for p in d.pledges if p.value == value and p.object == obj]
    assert len(ps) == 1 and (ps[0].action, ps[0].period) == (action, str(year))
    _stays(d)


# 2. the base for each written right after the allowance's name, in one clause: not part of what is given
@pytest.mark.parametrize("sentence,obj,value", [
    ("发放育儿补贴每孩每年3600元。", "育儿补贴", 3600),
    ("为3周岁以下婴幼儿发放育儿补贴每人每年3600元。", "育儿补贴", 3600),
    ("发放高龄津贴每人每月100元。", "高龄津贴", 100),
])
@pytest.mark.parametrize("year", [2026, 2024])
def test_base_for_each_after_the_allowance_is_no_part_of_it(sentence, obj, value, year):
    d = read(_national(year, sentence + "为困难家庭每户补助2000元。" + _STAY))
    assert (obj, value, "元") in pledged(d)
    assert not [p for p in d.pledges if "每" in p.object]
    _stays(d)
