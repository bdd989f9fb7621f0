"""Adversarial review of the accprov/accmeta rules (branch review6): look-alikes on which those rules
fired wrongly, each with the shapes that must keep working."""
from __future__ import annotations

import pytest

import planwatch

NEWS = "1月10日，某某县第十八届人民代表大会第四次会议开幕。\n报告指出，2023年，全县地区生产总值增长6%。\n"


def facts(text: str, **meta) -> dict[tuple, planwatch.Fact]:
    doc = planwatch.read_text(text, "t.txt", overrides=meta or None)
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure): f for f in doc.facts}


# 1. a news page's sub-head on last year's targets met is a review's, no unnumbered part title of the
# year's targets (the results under it were read as this year's targets)
@pytest.mark.parametrize("head", ["超额完成年度主要目标", "全面完成年度目标任务", "圆满完成全年各项目标任务",
                                  "顺利完成年度主要目标", "较好完成全年主要预期目标", "实现了年度奋斗目标"])
def test_review_subhead_on_targets_met_is_no_plan_part(head):
    fs = facts(NEWS + head + "\n全县规模以上工业增加值增长8%，社会消费品零售总额增长7.5%。\n"
               "报告提出，2024年全县地区生产总值增长6.5%左右。")
    assert ("industrial_va", "actual", "2023", "growth") in fs
    assert ("retail_sales", "actual", "2023", "growth") in fs
    assert ("industrial_va", "target", "2024", "growth") not in fs
    assert fs[("gdp", "target", "2024", "growth")].value == 6.5


@pytest.mark.parametrize("head", ["2024年主要预期目标", "今年经济社会发展的主要目标",
                                  "坚决完成全年各项目标任务", "2024年重点工作"])
def test_plan_subheads_still_part_titles(head):
    fs = facts(NEWS + head + "\n全县规模以上工业增加值增长8%，社会消费品零售总额增长7.5%。", report_year=2024)
    assert ("industrial_va", "target", "2024", "growth") in fs
    assert ("retail_sales", "target", "2024", "growth") in fs
