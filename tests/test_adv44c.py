"""Decision 316 (adv44c): the newest pledge rules under attack. A pledge restated with its object's head holds only
where the rest is a work's word (an object that goes on to another thing counted by the same figure stands), and a
；-item opening on 全年 after a plan named by its number (“十五五”时期) is the report's year, as after 今后五年."""
from __future__ import annotations

import planwatch
import pytest

from taskdoc import task_doc


def _objects(body: str, level: str = "市") -> list[tuple[str, float, str]]:
    return sorted((p.object, p.value, p.unit) for p in task_doc(body, level).pledges)


# (the first statement, a later sentence whose object holds the first's at its start and goes on to another thing)
@pytest.mark.parametrize("first,later,longer", [
    ("全年新增城镇就业1000人。", "帮助城镇就业困难人员再就业1000人。", "城镇就业困难人员再就业"),
    ("新建农村公路300公里。", "实施农村公路安全生命防护工程300公里。", "农村公路安全生命防护工程"),
    ("新建高标准农田10万亩。", "推广高标准农田节水灌溉技术10万亩。", "高标准农田节水灌溉技术"),
])
def test_another_thing_counted_by_the_same_figure_stands(first, later, longer):
    got = _objects(first + "\n" + later)
    assert any(o == longer for o, _, _ in got), got
    assert len(got) == 2, got


# near-misses that must not change: a restatement by a tail, or by a head with a work's word after it
@pytest.mark.parametrize("first,later,count", [
    ("全年实施重点项目200个，完成投资300亿元。", "全市重点项目200个，年度计划投资300亿元。", 2),
    ("新建高标准农田10万亩。", "完成高标准农田建设10万亩。", 1),
    ("实施区重大项目88个。", "全区谋划实施重大项目88个。", 1),
    ("新建幼儿园5所。", "新建乡镇敬老院5所。", 2),
])
def test_restatements_stay_one_pledge(first, later, count):
    got = _objects(first + "\n" + later)
    assert len(got) == count, got


_HEAD = "{r}2026年政府工作报告\n——2026年1月12日在{r}第十八届人民代表大会第五次会议上\n\n二、2026年工作安排\n"


def _facts(region: str, body: str) -> set[tuple]:
    doc = planwatch.read_text(_HEAD.format(r=region) + body + "\n", "t.txt")
    return {(f.indicator, f.role, f.period, f.value) for f in doc.facts}


@pytest.mark.parametrize("region,body,fact", [
    ("邳州市", "“十五五”时期，全市地区生产总值年均增长6%左右；全年新建高标准农田2万亩，新增城镇就业1.2万人。",
     ("urban_new_jobs", "target", "2026", 1.2)),
    ("余姚市", "“十五五”期间，全市累计新增城镇就业6万人；全年新增城镇就业1.3万人，城镇调查失业率控制在5%以内。",
     ("urban_new_jobs", "target", "2026", 1.3)),
    ("常德市", "十五五时期，全市居民人均可支配收入年均增长6%；全年城镇新增就业5万人。",
     ("urban_new_jobs", "target", "2026", 5)),
])
def test_a_semicolon_item_on_the_whole_year_after_a_numbered_plan_is_this_years(region, body, fact):
    got = _facts(region, body)
    assert fact in got, got
    assert not any(f[0] == fact[0] and f[1] == "goal" and f[3] == fact[3] for f in got), got


# near-miss: after a comma, 全年 is the plan's each year, a goal as before
@pytest.mark.parametrize("region,body", [
    ("邳州市", "“十五五”时期，全市地区生产总值年均增长6%左右，全年新增城镇就业1.2万人。"),
    ("常德市", "“十五五”期间，全市居民人均可支配收入年均增长6%，全年城镇新增就业5万人。"),
])
def test_the_whole_year_after_a_comma_stays_the_plans(region, body):
    got = _facts(region, body)
    assert any(f[0] == "urban_new_jobs" and f[1] == "goal" and f[2] == "2026-2030" for f in got), got


_GOALS_AND_WORK = ("{r}2026年政府工作报告\n——2026年1月12日在{r}第十八届人民代表大会第五次会议上\n\n"
                   "二、“十五五”时期{t}\n{body}\n")


def _pledged(region: str, title: str, body: str) -> set[tuple]:
    text = _GOALS_AND_WORK.format(r=region, t=title, body=body)
    doc = planwatch.read_text(text, "t.txt")
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit, p.period) for p in doc.pledges}


@pytest.mark.parametrize("region,title,body,pledge", [
    ("邳州市", "奋斗目标和2026年工作安排", "到2030年，全市常住人口城镇化率达到65%；全年新开工保障性租赁住房1000套，新建城市公园10个。",
     ("城市公园", 10, "个", "2026")),
    ("宜兴市", "主要目标和2026年重点工作", "到2030年，累计建成5G基站3000个；今年新建改造城市道路20公里。",
     ("城市道路", 20, "公里", "2026")),
])
def test_the_years_items_after_a_later_goal_in_a_part_on_the_years_work_too(region, title, body, pledge):
    assert pledge in _pledged(region, title, body)


# near-misses: a part on the plan's goals alone, and 全年 after a comma, give no pledge of the year
@pytest.mark.parametrize("region,title,body", [
    ("邳州市", "奋斗目标", "到2030年，全市累计建成5G基站3000个；全年新开工保障性租赁住房1000套，新建城市公园10个。"),
    ("邳州市", "奋斗目标和2026年工作安排", "到2030年，全市累计建成5G基站3000个，全年新开工保障性租赁住房1000套。"),
])
def test_goals_alone_give_no_years_pledge(region, title, body):
    assert not any(p[3] == "2026" for p in _pledged(region, title, body))
