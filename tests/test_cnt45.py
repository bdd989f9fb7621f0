"""Decision 320 (cnt45): whole reports of autonomous counties and southern county-level places. A plan not yet ended
whose goals are to be met (“全面完成“十四五”规划确定的各项目标任务，…” in the plan's last year or before) is no
result for the figures after it; 帮扶 naming a workshop or a base (帮扶车间, 帮扶基地) is no verb before it."""
from __future__ import annotations

import planwatch
import pytest

from taskdoc import pledges


def _facts(year: int, review: str, plan: str) -> set[tuple]:
    text = (f"政府工作报告\n——{year}年1月7日在石狮市第十七届人民代表大会第五次会议上\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n全市实现地区生产总值1198.6亿元，增长5.9%。{review}\n"
            f"二、{year}年主要预期目标\n地区生产总值增长5.5%左右。{plan}\n")
    doc = planwatch.read_text(text, "t.txt")
    return {(f.indicator, f.role, f.period, f.value) for f in doc.facts if f.indicator != "gdp"}


# a plan still running whose goals are to be met, in the year's part: the figure after it is the year's target
# (these read as last year's results before the fix)
@pytest.mark.parametrize("year,plan,fact", [
    (2025, "全面完成“十四五”规划确定的各项目标任务，研发经费投入强度达到2.5%。", ("rnd_intensity", "target", "2025", 2.5)),
    (2025, "实现“十四五”规划提出的各项目标，常住人口城镇化率达到72%。", ("urbanization_rate", "target", "2025", 72)),
    (2023, "实现“十四五”规划确定的目标任务，研发经费投入强度达到2.5%。", ("rnd_intensity", "target", "2023", 2.5)),
    (2030, "高质量完成“十五五”规划确定的目标任务，森林覆盖率达到46%。", ("forest_coverage", "target", "2030", 46)),
])
def test_a_running_plans_goals_to_be_met_are_no_result(year, plan, fact):
    got = _facts(year, "", plan)
    assert fact in got, got
    assert not any(f[0] == fact[0] and f[1] == "actual" for f in got), got


# look-alikes that must not change: a plan's goals met early or with 了, a plan ended before the report's year,
# a year's targets met (no plan), and the goals restated by their figures before 的目标
@pytest.mark.parametrize("year,review,plan,fact", [
    (2025, "我们提前完成“十四五”规划确定的森林覆盖率目标，森林覆盖率达到66%。", "", ("forest_coverage", "actual", "2024", 66)),
    (2025, "全面完成了“十四五”规划确定的年度目标任务，研发经费投入强度达到2.3%。", "", ("rnd_intensity", "actual", "2024", 2.3)),
    (2026, "全面完成“十四五”规划确定的各项目标任务，研发经费投入强度达到2.6%。", "", ("rnd_intensity", "actual", "2025", 2.6)),
    (2025, "全面完成年初确定的各项目标任务，研发经费投入强度达到2.3%。", "", ("rnd_intensity", "actual", "2024", 2.3)),
    (2025, "", "全面完成“十四五”规划确定的研发经费投入强度达到2.8%、常住人口城镇化率达到72%的目标。",
     ("urbanization_rate", "goal", "2021-2025", 72)),
])
def test_plans_goals_met_stay_results(year, review, plan, fact):
    assert fact in _facts(year, review, plan)


# 帮扶 before the head of a workshop or a base names it: the verb before acts (before the fix: 新建帮扶 | 车间)
@pytest.mark.parametrize("body,pledge", [
    ("全年新建帮扶车间3个。", ("新建", "帮扶车间", 3, "个")),
    ("建成就业帮扶车间10个。", ("建成", "就业帮扶车间", 10, "个")),
    ("新认定帮扶车间12家。", ("新认定", "帮扶车间", 12, "家")),
    ("建设乡村振兴帮扶基地6个。", ("建设", "乡村振兴帮扶基地", 6, "个")),
])
def test_a_helping_workshop_is_the_object(body, pledge):
    assert pledge in pledges(body, "县")


# look-alikes that must not change: 帮扶 acting on people or households, and 帮扶 nouns already read
@pytest.mark.parametrize("body,pledge", [
    ("帮扶脱贫户3000户。", ("帮扶", "脱贫户", 3000, "户")),
    ("帮扶困难群众就业500人。", ("帮扶", "困难群众就业", 500, "人")),
    ("投入帮扶资金2亿元。", ("投入", "帮扶资金", 2, "亿元")),
    ("实施帮扶项目50个。", ("实施", "帮扶项目", 50, "个")),
])
def test_helping_people_stays_the_action(body, pledge):
    assert pledge in pledges(body, "县")
