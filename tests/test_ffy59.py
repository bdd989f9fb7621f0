"""2026 reports opening the 十五五, blind (ffy59, decision 465): the periods mixed in one sentence. A plan's average then its
last year's level after a list's 、 ("年均增长5.5%左右、2030年达到8万亿元": 2030's, not the span's); a milestone year right
after the name before the plan's end ("经济总量2028年突破7万亿元、2030年达到8万亿元": each its own year); a second year's
figure after the first's ("粮食产量2024年达到735亿斤，2025年达到740亿斤"); the last year's amount after the span's total
past a ； or a 。 ("五年累计完成固定资产投资3.2万亿元，年均增长4.5%；2025年完成7100亿元"); a span's work before this
year's part of it ("“十五五”期间新建改造农村公路1万公里，今年完成2000公里": both pledges). The look-alikes keep what
they gave (the comma's forms, a list of years, a result before this year's figure with no years ahead named)."""
import pytest


from factkeys import read

HEAD = "某某省人民政府工作报告\n——2026年1月20日在某某省第十四届人民代表大会第五次会议上\n\n"


def _report(review: str = "", goals: str = "", tasks: str = "") -> str:
    return (HEAD + "一、“十四五”时期和2025年工作回顾\n" + (review or "过去五年，全省地区生产总值年均增长5.4%。") + "\n\n"
            + "二、“十五五”时期主要目标\n" + (goals or "今后五年，全省地区生产总值年均增长5%左右。") + "\n\n"
            + "三、2026年重点工作\n今年主要预期目标是：地区生产总值增长5%左右。\n" + tasks + "\n")


def _doc(text: str, name: str = "t.txt"):
    return read(text, name)  # (factkeys: every fact's and pledge's quote checked against the text)


def _facts(text: str) -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.unit, f.qualifier) for f in _doc(text).facts}


def _pledges(text: str) -> set[tuple]:
    return {(p.object, p.value, p.unit, p.period) for p in _doc(text).pledges}


# 1. failed on the base: the level after a 、 took the plan's span, or a second year's figure took the first's year
@pytest.mark.parametrize("goals, want", [
    ("“十五五”时期，全省地区生产总值年均增长5.5%左右、2030年达到8万亿元。", ("gdp", "goal", "2030", "level", 8, "万亿元", "eq")),
    ("“十五五”时期，全省经济社会发展的主要目标是：居民人均可支配收入年均增长6%左右、2030年达到5万元。",
     ("disposable_income", "goal", "2030", "level", 5, "万元", "eq")),
])
def test_level_after_a_lists_stop_is_its_years(goals, want):
    facts = _facts(_report(goals=goals))
    assert want in facts
    assert not any(f[0] == want[0] and f[3] == "level" and f[2] == "2026-2030" for f in facts)


@pytest.mark.parametrize("goals", [
    "今后五年，全省经济总量2028年突破7万亿元、2030年达到8万亿元。",
    "今后五年，全省地区生产总值年均增长5.5%左右，经济总量2028年突破7万亿元，2030年达到8万亿元。",
])
def test_milestone_year_after_the_name_and_the_plans_end(goals):
    facts = _facts(_report(goals=goals))
    assert {("gdp", "goal", "2028", "level", 7, "万亿元", "at_least"), ("gdp", "goal", "2030", "level", 8, "万亿元", "eq")} <= facts


@pytest.mark.parametrize("review, first, second", [
    ("过去五年，全省地区生产总值2022年突破5万亿元、2025年达到6.3万亿元。",
     ("gdp", "actual", "2022", "level", 5, "万亿元", "at_least"), ("gdp", "actual", "2025", "level", 6.3, "万亿元", "eq")),
    ("全省粮食产量2024年达到735亿斤，2025年达到740亿斤。",
     ("grain_output", "actual", "2024", "level", 735, "亿斤", "eq"), ("grain_output", "actual", "2025", "level", 740, "亿斤", "eq")),
])
def test_two_years_figures_each_its_own(review, first, second):
    assert {first, second} <= _facts(_report(review=review))


@pytest.mark.parametrize("review, total, year", [
    ("五年累计完成固定资产投资3.2万亿元，年均增长4.5%；2025年完成7100亿元。",
     ("fixed_asset_investment", "actual", "2021-2025", "level", 3.2, "万亿元", "eq"),
     ("fixed_asset_investment", "actual", "2025", "level", 7100, "亿元", "eq")),
    ("“十四五”时期，全省一般公共预算收入累计完成2.1万亿元，是“十三五”时期的1.3倍。2025年完成4520亿元，增长3.1%。",
     ("general_budget_revenue", "actual", "2021-2025", "level", 2.1, "万亿元", "eq"),
     ("general_budget_revenue", "actual", "2025", "level", 4520, "亿元", "eq")),
])
def test_last_years_amount_after_the_spans_total(review, total, year):
    assert {total, year} <= _facts(_report(review=review))


@pytest.mark.parametrize("tasks, span, year", [
    ("“十五五”期间新建改造农村公路1万公里，今年完成2000公里。", ("农村公路", 1, "万公里", "2026-2030"), ("农村公路", 2000, "公里", "2026")),
    ("今后五年建设高标准农田50万亩，今年完成12万亩。", ("高标准农田", 50, "万亩", "2026-2030"), ("高标准农田", 12, "万亩", "2026")),
])
def test_spans_work_then_this_years_part(tasks, span, year):
    assert {span, year} <= _pledges(_report(tasks=tasks))


# 2. look-alikes, the same on the base
@pytest.mark.parametrize("goals, want", [
    ("“十五五”时期，全省地区生产总值年均增长5.5%左右，2030年达到8万亿元。", ("gdp", "goal", "2030", "level", 8, "万亿元", "eq")),
    ("“十五五”时期，全省地区生产总值年均增长5.5%左右、到2030年达到8万亿元。", ("gdp", "goal", "2030", "level", 8, "万亿元", "eq")),
    ("今后五年主要目标是：地区生产总值年均增长5.5%左右，总量达到8万亿元。", ("gdp", "goal", "2026-2030", "level", 8, "万亿元", "eq")),
])
def test_look_alike_goals(goals, want):
    assert want in _facts(_report(goals=goals))


def test_look_alike_total_then_year_after_a_comma():
    facts = _facts(_report(review="五年累计城镇新增就业310万人，2025年新增62万人。"))
    assert {("urban_new_jobs", "actual", "2021-2025", "level", 310, "万人", "eq"),
            ("urban_new_jobs", "actual", "2025", "level", 62, "万人", "eq")} <= facts


def test_look_alike_a_year_then_its_change_keeps_its_year():
    # ("全省生产总值2015年达到…，比2010年增长70%": a base year after the comma opens no year's figure of its own)
    facts = _facts(_report(review="全省地区生产总值2025年达到6.3万亿元，比2020年增长31%。"))
    assert ("gdp", "actual", "2025", "level", 6.3, "万亿元", "eq") in facts


def test_look_alike_result_then_this_year_with_no_years_ahead():
    # (decision 155: "新建改造农村公路1万公里，今年完成2000公里" with no years ahead named reads the first clause as done)
    assert _pledges(_report(tasks="新建改造农村公路1万公里，今年完成2000公里。")) == {("农村公路", 2000, "公里", "2026")}


def test_look_alike_next_sentence_names_its_own():
    # ("2025年完成固定资产投资…": a name of its own after 完成, no figure of the total's name)
    facts = _facts(_report(review="五年累计城镇新增就业310万人。2025年完成固定资产投资7100亿元。"))
    assert ("urban_new_jobs", "actual", "2025", "level", 7100, "亿元", "eq") not in facts
    assert ("fixed_asset_investment", "actual", "2025", "level", 7100, "亿元", "eq") in facts


# 3. failed on the base: a people count's bound read into its unit ("300万人以上" as 人以), so this year's part of a span's
# jobs took its verb for its object ("新增 | 新增")
@pytest.mark.parametrize("tasks, want", [
    ("今后五年新增城镇就业300万人以上，今年新增60万人以上。", ("城镇就业", 60, "万人", "2026")),
    ("今后五年城镇新增就业300万人以上，今年新增60万人以上。", ("城镇新增就业", 60, "万人", "2026")),
])
def test_people_count_bound_keeps_its_object(tasks, want):
    assert want in _pledges(_report(tasks=tasks))


def test_look_alike_households_after_other_things():
    # ("改造棚户区2000套以上，搬迁1500户": households after a count of other things are those the work is done for)
    assert ("搬迁", 1500, "户", "2026") in _pledges(_report(tasks="改造棚户区2000套以上，搬迁1500户。"))
