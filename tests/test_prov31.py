"""The main targets of provincial reports across years (2016–2026), read from a passage that runs from the
review's last paragraphs through the 主要预期目标 paragraph to the first tasks: last year's results stay
actuals, this year's targets stay targets, and last year's target and result restated beside the new one
keep their own keys."""
from __future__ import annotations

import pytest

from factkeys import facts, val

HEAD = "{prov}政府工作报告\n——{y}年1月20日在{prov}第十三届人民代表大会第四次会议上\n\n"


# 1. the review's last paragraphs before a plan part numbered 三 (a 2021 report's 二 is the five-year plan):
#    with the review's closing words before it, the passage before the part is the review
@pytest.mark.parametrize("prov,y,item,close", [
    ("河北省", 2021, "（八）民生保障有力有效。全省民生支出占一般公共预算支出的比重达到80.2%。城镇新增就业87.2万人，"
                     "城镇调查失业率控制在5.5%以内。粮食总产量758.5亿斤。",
     "我们也清醒认识到，全省经济社会发展还存在一些突出问题：经济总量不大、质量效益不高。"),
    ("云南省", 2026, "（七）民生保障坚实有力。城镇新增就业87.2万人，城镇调查失业率控制在5.5%以内。粮食总产量758.5亿斤。",
     "成绩来之不易。这是全省各族人民团结奋斗的结果。"),
    ("江苏省", 2016, "全省城镇新增就业87.2万人，城镇调查失业率控制在5.5%以内，粮食总产量758.5亿斤，社会民生持续改善。",
     "在肯定成绩的同时，我们也清醒地看到，我省发展中还存在不少矛盾和问题。"),
])
def test_review_end_before_a_third_part_is_the_review(prov, y, item, close):
    fs = facts(HEAD.format(prov=prov, y=y) + f"{item}\n\n{close}\n\n三、{y}年工作安排\n\n"
               f"今年全省经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业85万人以上，"
               f"城镇调查失业率5.5%左右，粮食产量稳定在740亿斤以上。\n")
    last = str(y - 1)
    assert val(fs, ("urban_new_jobs", "actual", last, "level")) == (87.2, "eq")
    assert val(fs, ("grain_output", "actual", last, "level")) == (758.5, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (6.5, "about")
    assert val(fs, ("urban_new_jobs", "target", str(y), "level")) == (85, "at_least")
    assert val(fs, ("urban_unemployment_rate", "target", str(y), "share")) == (5.5, "about")
    assert val(fs, ("grain_output", "target", str(y), "level")) == (740, "at_least")


@pytest.mark.parametrize("lead", [
    # the plan's look at the year ahead: "也要清醒看到" is no review's closing
    "同时也要清醒看到，当前面临的风险挑战仍然较多。今年要确保城镇新增就业70万人以上，粮食产量稳定在500亿斤以上。",
    "我们也要清醒认识到，外部环境更趋复杂。今年全省城镇新增就业70万人以上，粮食产量稳定在500亿斤以上。",
])
def test_the_plans_look_ahead_before_a_third_part_stays_the_plan(lead):
    fs = facts(HEAD.format(prov="湖北省", y=2021) + f"{lead}\n\n三、2021年重点工作\n\n（一）扩大有效投资。固定资产投资增长10%以上。\n")
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (70, "at_least")
    assert val(fs, ("grain_output", "target", "2021", "level")) == (500, "at_least")
    assert ("urban_new_jobs", "actual", "2020", "level") not in fs


def test_the_five_year_part_before_a_third_part_keeps_its_goals():
    fs = facts(HEAD.format(prov="广东省", y=2021) + "（三）“十四五”时期主要目标。到2025年，地区生产总值年均增长5.5%左右，"
               "城镇调查失业率控制在5.5%以内。\n\n我们也要清醒看到，外部环境更趋复杂。\n\n三、2021年工作安排\n\n"
               "今年主要预期目标是：地区生产总值增长6%以上。\n")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (5.5, "about")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (6, "at_least")
    assert not any(k[1] == "actual" for k in fs)
