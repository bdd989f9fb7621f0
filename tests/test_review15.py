"""Look-alikes of the rules merged from branch leftf3 (review15): where a rule must not fire on reports
it has not seen, with the positives it was written for kept."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

TASKS18 = "各位代表：\n\n二、2018年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n\n（三）大力实施乡村振兴战略。"


# 1. A bare 完成 before a name is a qualitative target only with the task or target after the name
# (完成节能减排任务, 完成粮食生产目标任务); work done on a statistic is none
@pytest.mark.parametrize("sent", [
    "完成城镇登记失业率统计制度改革。",
    "年内完成城镇调查失业率统计制度改革，完成常住人口城镇化率核算试点。",
    "完成一般公共预算收入征管系统升级改造。",
])
def test_bare_complete_no_task(sent):
    fs = facts(TASKS18 + sent, report_year=2018)
    assert [k for k in fs if k[0] != "gdp"] == []


@pytest.mark.parametrize("item,ind", [
    ("完成节能减排任务。", "energy_intensity"),
    ("完成节能减排约束性指标。", "energy_intensity"),
    ("完成粮食生产目标任务。", "grain_output"),
])
def test_bare_complete_task(item, ind):
    fs = facts("今年主要预期目标：地区生产总值增长6.5%左右，" + item, report_year=2019)
    assert [k for k in fs if k[0] == ind and k[1] == "target" and k[2] == "2019"]
    assert next(f for k, f in fs.items() if k[0] == ind).qualifier == "qualitative"


# 2. A rise in words then the level reached in a clause of its own is a share only for a ratio's name:
# a flow's growth rising, or an intensity falling, "为3.2%", stays its growth
@pytest.mark.parametrize("sent,key,v", [
    ("2023年，全市固定资产投资增长逐月提升，达到10%。", ("fixed_asset_investment", "actual", "2023", "growth"), 10),
    ("2023年，全市出口增长逐季提高，达到15%。", ("exports", "actual", "2023", "growth"), 15),
    ("2023年，全市单位地区生产总值能耗持续下降，为3.2%。", ("energy_intensity", "actual", "2023", "growth"), -3.2),
    # the ratios the rule was written for
    ("2023年，全县城镇化率稳步提高，达到45%。", ("urbanization_rate", "actual", "2023", "share"), 45),
    ("2023年，全社会研发投入强度持续提升，达到2.5%。", ("rnd_intensity", "actual", "2023", "share"), 2.5),
    ("2023年，全市城镇调查失业率持续下降，为5.1%。", ("urban_unemployment_rate", "actual", "2023", "share"), 5.1),
])
def test_rise_then_reached(sent, key, v):
    assert val(facts(sent, report_year=2024), key) == (v, "eq")


# 3. A budget revised in the year with no result after it: the revised budget is the target
# (as when a result follows, "年初预算9.3亿元，执行中调整为9亿元，实际完成9.2亿元")
# (decision of the lead, docs/decisions.md: a target revised in the year is the REVISED figure, as the end of 由X调整为Y is)
@pytest.mark.parametrize("sent,ind,v", [
    ("2017年，全县一般公共预算收入年初预算为20亿元，年中调整为18亿元。", "general_budget_revenue", 18),
    ("2019年，全旗一般公共预算支出年初预算32亿元，执行中调整为35.6亿元。", "general_budget_expenditure", 35.6),
])
def test_budget_revised_no_result(sent, ind, v):
    y = sent[:4]
    fs = facts(sent, report_year=int(y) + 1)
    assert val(fs, (ind, "target", y, "level")) == (v, "eq")
    assert not [k for k in fs if k[0] == ind and k[1] == "actual"]


# 4. Qualitative words after the name but of what it leads on (带动/推动/促进 …) are no target of the name
# (the trend words 不断提高/持续提升 merged in leftf3 are as often another thing's)
TASKS24 = "各位代表：\n\n二、2024年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n\n（一）全力推动经济高质量发展。"


@pytest.mark.parametrize("sent,ind", [
    ("加快推进新型城镇化，以城镇化率提升带动公共服务水平不断提高。", "urbanization_rate"),
    ("扩大有效投资，以固定资产投资增长拉动经济持续增长。", "fixed_asset_investment"),
    ("以居民收入增加促进消费能力不断提升。", "disposable_income"),
])
def test_qualitative_of_what_the_name_leads_on(sent, ind):
    fs = facts(TASKS24 + sent, report_year=2024)
    assert not [k for k in fs if k[0] == ind]


@pytest.mark.parametrize("sent,ind", [
    ("积极扩大有效投资，固定资产投资规模不断提升。", "fixed_asset_investment"),
    ("加快推进新型城镇化，常住人口城镇化率持续提升。", "urbanization_rate"),
])
def test_qualitative_of_the_name_kept(sent, ind):
    fs = facts(TASKS24 + sent, report_year=2024)
    assert [k for k in fs if k[0] == ind and k[1] == "target"]


# 5. The grain's output cut short to 总产量/产量 after its area (holdcity2) is not read across another
# area named between them (vegetables, 其中…): the output is of that
@pytest.mark.parametrize("sent", [
    "2023年，全县粮食播种面积80万亩，蔬菜播种面积20万亩，总产量达到50万吨。",
    "2023年，全县粮食播种面积80万亩，蔬菜播种面积20万亩，产量达到50万吨。",
    "2023年，全县粮食播种面积80万亩，其中蔬菜20万亩，总产量50万吨。",
])
def test_output_after_another_area(sent):
    fs = facts(sent, report_year=2024)
    assert val(fs, ("grain_area", "actual", "2023", "level")) == (80, "eq")
    assert not [k for k in fs if k[0] == "grain_output"]


@pytest.mark.parametrize("sent,v", [
    ("2023年，全县粮食播种面积80万亩，增长1%，总产量达到21.6万吨。", 21.6),
    ("2021年，全县粮食播种面积稳定在85万亩、总产量35万吨以上。", 35),
])
def test_output_after_its_area(sent, v):
    y = sent[:4]
    fs = facts(sent, report_year=int(y) + 1)
    assert val(fs, ("grain_output", "actual", y, "level"))[0] == v
