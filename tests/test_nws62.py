"""News pages restating county and city reports, 2021–2026 (nws62, decision 518): 规划 read as a project's planned size or
land (“两山未来科技城：…规划面积约35平方公里，今年计划完成投资50亿元”, “规划用地3000亩，”, “规划总投资120亿元，”) names no
plan period, so the year's pledges in its sentence stay; a plan named as the teller (“十四五”规划提出，…) or its period beside a planned size
still does. Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledged, read

_PAGE = ("安吉县今年GDP预期增长7.5%左右\n来源：安吉县融媒体中心　发布时间：2022-01-11 18:30\n\n1月10日上午，安吉县第十七届人民"
         "代表大会第二次会议开幕。县长王晨代表县人民政府作政府工作报告。\n\n报告显示，2021年全县实现地区生产总值601.8亿元，增长"
         "9.6%。\n\n报告提出，今年全县新建改建农村公路80公里。\n\n")
_OWN = ("农村公路", 80, "公里")


def _page(para: str):
    return read(_PAGE + para + "\n")


def test_planned_size_before_the_years_work_keeps_its_pledge():
    for para, want in (
            ("【关键词】\n两山未来科技城：安吉县重点打造的科创平台，规划面积约35平方公里，今年计划完成投资50亿元。",
             ("投资", 50, "亿元")),
            ("报告提出，今年将加快推进科技城建设，规划用地3000亩，新建标准厂房20万平方米。", ("标准厂房", 20, "万平方米")),
            ("报告提出，今年将加快推进科技城建设，规划总投资120亿元，新建标准厂房20万平方米。", ("标准厂房", 20, "万平方米")),
            ("该园区总规划面积12平方公里，今年将新建标准厂房20万平方米。", ("标准厂房", 20, "万平方米"))):
        got = pledged(_page(para))
        assert want in got and _OWN in got, para


def test_planned_size_is_no_pledge_itself():
    got = pledged(_page("报告提出，今年将加快推进科技城建设，规划总投资120亿元，新建标准厂房20万平方米。"))
    assert not any(v == 120 for _, v, _u in got)
    assert not any(u == "亩" for *_, u in _page_pledges("规划用地3000亩，新建标准厂房20万平方米。"))


def _page_pledges(para: str) -> set:
    return pledged(_page("报告提出，今年将加快推进科技城建设，" + para))


def test_a_plan_named_or_cited_still_names_its_period():
    # (look-alikes, the same on the base: the plan named as the teller, or its period beside a planned size, keep the
    # sentence the plan's on a news page)
    for para in ("“十四五”规划提出，全县新建标准厂房100万平方米。",
                 "报告提出，“十四五”时期规划面积35平方公里的科技城将新建标准厂房100万平方米。"):
        assert ("标准厂房", 100, "万平方米") not in pledged(_page(para)), para


def test_page_targets_and_results_unchanged():
    kv = key_values(_page("两山未来科技城：规划面积约35平方公里，今年计划完成投资50亿元。"))
    assert kv[("gdp", "target", "2022", "growth")] == (7.5, "about")
    assert kv[("gdp", "actual", "2021", "level")] == (601.8, "eq")
