"""Reports of 2026, the 十五五's first year, blind (yr63, decision 528).

(1) A result after a target judged met or missed, its name left out: "…年均增长7%的目标顺利实现，五年来实际年均增长7.2%",
"…增长5.5%左右的目标圆满完成，全年增长5.7%", "…的目标顺利实现，分别增长5.7%、3.4%". The verdict closes the target's
clause, so the bare figure after it is its result (the base kept only a clause opening on 实际/全年实际). Look-alikes
keep what they gave: another name's figure after the verdict, a gap to the level above, the 实际 forms.
(2) Under a part titled for the year's targets and works, a target stated with the year's word before its name
("今年地区生产总值增长目标确定为5.5%左右；一般公共预算收入增长4%。") is a list's item: no pledge (the base pledged the
clause after the ；). A task after the year's word ("今年新增高标准农田5万亩") stays pledged."""
import pytest

from factkeys import read

HEAD = "某某市人民政府工作报告\n——2026年1月15日在某某市第八届人民代表大会第六次会议上\n\n"


def _report(review: str = "", targets: str = "") -> str:
    return (HEAD + "一、2025年和“十四五”时期工作回顾\n" + (review or "2025年，全市地区生产总值增长4.9%。") + "\n\n"
            + "二、“十五五”时期主要目标\n“十五五”时期，全市地区生产总值年均增长4.7%左右。\n\n"
            + "三、2026年主要预期目标和重点工作\n" + (targets or "今年主要预期目标是：地区生产总值增长4.8%左右。") + "\n")


def _facts(text: str) -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in read(text, "t.txt").facts}


def _pledges(text: str) -> set[tuple]:
    return {(p.object, p.value, p.unit) for p in read(text, "t.txt").pledges}


# 1. failed on the base: the result after the verdict was lost
@pytest.mark.parametrize("review, want", [
    ("“十四五”规划确定的地区生产总值年均增长7%的目标顺利实现，五年来实际年均增长7.2%。",
     {("gdp", "goal", "2021-2025", "growth", 7), ("gdp", "actual", "2021-2025", "growth", 7.2)}),
    ("“十四五”规划确定的地区生产总值年均增长7%的目标顺利实现，五年来年均增长7.2%。",
     {("gdp", "goal", "2021-2025", "growth", 7), ("gdp", "actual", "2021-2025", "growth", 7.2)}),
    ("规划确定的一般公共预算收入年均增长6%的目标超额完成，达到年均增长6.6%。",
     {("general_budget_revenue", "goal", "2021-2025", "growth", 6), ("general_budget_revenue", "actual", "2021-2025", "growth", 6.6)}),
    ("年初确定的地区生产总值增长5.5%左右的目标顺利实现，增长5.7%。",
     {("gdp", "target", "2025", "growth", 5.5), ("gdp", "actual", "2025", "growth", 5.7)}),
    ("年初确定的规模以上工业增加值增长7%的目标顺利实现，一年来实际增长7.4%。",
     {("industrial_va", "target", "2025", "growth", 7), ("industrial_va", "actual", "2025", "growth", 7.4)}),
    ("年初确定的地区生产总值增长5.5%左右、一般公共预算收入增长3%的目标顺利实现，分别增长5.7%、3.4%。",
     {("gdp", "target", "2025", "growth", 5.5), ("gdp", "actual", "2025", "growth", 5.7),
      ("general_budget_revenue", "target", "2025", "growth", 3), ("general_budget_revenue", "actual", "2025", "growth", 3.4)}),
    ("“十四五”规划确定的地区生产总值、一般公共预算收入年均分别增长7%、6%的目标顺利实现，五年来分别年均增长7.2%、6.3%。",
     {("gdp", "actual", "2021-2025", "growth", 7.2), ("general_budget_revenue", "actual", "2021-2025", "growth", 6.3)}),
])
def test_result_after_a_target_judged(review, want):
    assert want <= _facts(_report(review))


# 2. look-alikes, the same on the base
@pytest.mark.parametrize("review, want, not_want", [
    # the plan's name or 全年 after the verdict: read by the base's own steps (the plan period's average, the year's figure)
    ("地区生产总值年均增长7%的目标如期实现，“十四五”时期年均增长7.2%。",
     {("gdp", "goal", "2021-2025", "growth", 7), ("gdp", "actual", "2021-2025", "growth", 7.2)}, set()),
    ("地区生产总值增长6%的目标未能实现，全年增长5.2%。",
     {("gdp", "target", "2025", "growth", 6), ("gdp", "actual", "2025", "growth", 5.2)}, set()),
    # 实际 after the verdict was read already
    ("地区生产总值增长5.5%左右的目标顺利实现，全年实际增长5.7%。",
     {("gdp", "target", "2025", "growth", 5.5), ("gdp", "actual", "2025", "growth", 5.7)}, set()),
    # another name's figure after the verdict is its own
    ("地区生产总值增长5.5%左右的目标顺利实现，规模以上工业增加值增长7.1%。",
     {("gdp", "target", "2025", "growth", 5.5), ("industrial_va", "actual", "2025", "growth", 7.1)},
     {("gdp", "actual", "2025", "growth", 7.1)}),
    # a gap to the level above is no result
    ("地区生产总值增长5.5%左右的目标顺利实现，比全省高0.3个百分点。",
     {("gdp", "target", "2025", "growth", 5.5)}, {("gdp", "actual", "2025", "growth", 0.3)}),
    # the level reached after the verdict
    ("地区生产总值增长5.5%左右的目标顺利实现，总量达到3560亿元。",
     {("gdp", "target", "2025", "growth", 5.5), ("gdp", "actual", "2025", "level", 3560)}, set()),
    # a plan goal exceeded by the result stated first
    ("全市地区生产总值年均增长6.4%，超过“十四五”规划确定的6%的目标。",
     {("gdp", "actual", "2021-2025", "growth", 6.4), ("gdp", "goal", "2021-2025", "growth", 6)}, set()),
])
def test_look_alikes_of_a_judged_target(review, want, not_want):
    got = _facts(_report(review))
    assert want <= got and not (not_want & got)


# 3. failed on the base: a target with the year's word before its name, under a part of the year's targets and works
@pytest.mark.parametrize("targets", [
    "今年地区生产总值增长目标确定为5.5%左右；一般公共预算收入增长4%。",
    "今年地区生产总值预期增长5.5%左右；一般公共预算收入增长4%；固定资产投资增长6%。",
    "综合考虑，今年全市经济增长预期目标定为5.5%左右。一般公共预算收入增长4%，城镇调查失业率5.5%以内。",
])
def test_year_led_target_items_are_no_pledges(targets):
    text = _report(targets=targets)
    assert ("general_budget_revenue", "target", "2026", "growth", 4) in _facts(text)
    assert not any(o == "一般公共预算收入" for o, _, _ in _pledges(text))


# 4. look-alikes: the year's tasks after the targets keep their pledges (the same on the base)
@pytest.mark.parametrize("targets, want", [
    ("今年地区生产总值预期增长5.5%左右，一般公共预算收入增长4%。\n今年新增高标准农田5万亩，改造老旧小区120个。",
     {("高标准农田", 5, "万亩"), ("老旧小区", 120, "个")}),
    ("今年主要预期目标是：地区生产总值增长5.5%左右。全年新建5G基站800个。",
     {("5G基站", 800, "个")}),
    ("今年主要预期目标是：地区生产总值增长5.5%左右。\n今年重点抓好以下工作：新建改造农村公路300公里，新增城镇就业4万人。",
     {("农村公路", 300, "公里"), ("城镇就业", 4, "万人")}),
])
def test_year_tasks_keep_their_pledges(targets, want):
    assert want <= _pledges(_report(targets=targets))
