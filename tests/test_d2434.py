"""Whole district 政府工作报告 and city 计划报告 of 2024–2025, blind (d2434; decision 125)."""
from __future__ import annotations

import pytest
from factkeys import facts, read, val  # tests/factkeys.py

PLAN = ("XX市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n"
        "全市地区生产总值增长5.1%。\n（三）“十四五”规划实施情况\n“十四五”以来，全市地区生产总值年均增长6%。\n")
TARGETS = "二、2025年主要目标\n建议2025年主要预期目标为：地区生产总值增长5.5%左右；城镇化率提高1个百分点。\n"


@pytest.mark.parametrize("sentence", [
    # the plan named bare as the source of its last year's figures, in that year's report: its goals, no target
    "根据规划纲要，到2025年全市地区生产总值达到3600亿元、常住人口城镇化率达到62%，仍需加倍努力。",
    "规划提出，到2025年全市地区生产总值达到3600亿元，常住人口城镇化率达到62%。",
    "按照规划，到2025年全市地区生产总值达到3600亿元，常住人口城镇化率达到62%。",
])
def test_bare_plan_source_in_its_last_year_states_goals(sentence):
    fs = facts(PLAN + sentence + "\n" + TARGETS, report_year=2025)
    assert val(fs, ("gdp", "goal", "2025", "level")) == (3600, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (62, "eq")
    assert ("gdp", "target", "2025", "level") not in fs
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")


def test_year_without_a_plan_source_stays_the_years_target():
    # the year's own figure in the tasks, no plan named before it: this year's target, as before
    fs = facts(PLAN + TARGETS + "三、2025年主要任务\n力争到2025年全市地区生产总值达到3600亿元。\n", report_year=2025)
    assert val(fs, ("gdp", "target", "2025", "level")) == (3600, "eq")
    assert ("gdp", "goal", "2025", "level") not in fs


def test_bare_plan_source_outside_a_plans_last_year_keeps_the_target():
    # 2024 ends no plan: a bare 规划 before 到2024年 (a yearly plan of the city) is left as it was read
    text = ("XX市2024年计划草案的报告\n一、2023年计划执行情况\n全市地区生产总值增长5.1%。\n二、2024年主要目标\n"
            "按照规划，到2024年全市地区生产总值达到3300亿元。\n")
    fs = facts(text, report_year=2024)
    assert ("gdp", "goal", "2024", "level") not in fs
