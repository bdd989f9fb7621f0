"""Decision 359 (adv47d): an adversarial review of decisions 354, 355 and 357. Three classes the review broke:
a pair's figures in three runs joined as 355's two are (the plan's goals, the years gone by 分别, the year's 分别); 规划目标为
after this year's own words (今年/2024年规划目标为…) being the year's target, not the plan's goal; and the years gone by named
or counted back after a goal under the year's targets (a section of the year's targets read them as the plan's goal ahead)."""
from __future__ import annotations

from factkeys import key_values, read


def _review(body: str, year: int = 2024) -> str:
    # a prefecture city's plan report, its part on the five-year plan's mid-term (as test_pln47's)
    return (f"娄底市{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月16日在娄底市第七届人民代表大会第三次会议上\n\n"
            "（三）“十四五”规划实施情况\n" + body + "\n")


def _year_targets(body: str, year: int = 2024) -> str:
    # a county's plan report, its part on the year's targets
    return (f"攸县{year}年国民经济和社会发展计划\n\n"
            f"二、{year}年计划安排的主要目标\n{year}年，全县地区生产总值增长6%左右。\n" + body + "\n")


def _county_report(body: str, year: int = 2024) -> str:
    return (f"宁乡市{year}年政府工作报告\n——{year}年1月10日在宁乡市第十八届人民代表大会第四次会议上\n\n"
            f"二、{year}年主要目标\n" + body + "\n")


# --- a pair's figures in three runs ------------------------------------------------------------------------------

def test_pair_goals_years_gone_and_year_three_runs():
    # the plan's goals, the years gone by 分别, then the year's 分别: one figure of each run to each name (the base gave
    # the first goal to both names and lost the other four)
    fs = key_values(read(_review("——居民收入。城乡居民人均可支配收入规划目标为年均增长6%和7%，2021—2023年分别年均增长"
                                 "5.1%和6.6%，今年分别增长5.5%和6.5%。")))
    assert fs[("urban_disposable_income", "goal", "2021-2025", "growth")] == (6, "eq")
    assert fs[("rural_disposable_income", "goal", "2021-2025", "growth")] == (7, "eq")
    assert fs[("urban_disposable_income", "actual", "2021-2023", "growth")] == (5.1, "eq")
    assert fs[("rural_disposable_income", "actual", "2021-2023", "growth")] == (6.6, "eq")
    assert fs[("urban_disposable_income", "target", "2024", "growth")] == (5.5, "eq")
    assert fs[("rural_disposable_income", "target", "2024", "growth")] == (6.5, "eq")


def test_pair_two_runs_unchanged():
    # look-alike: 355's two runs (the goals, then the years gone by counted back) stay as they were
    fs = key_values(read(_review("——居民收入。城乡居民人均可支配收入规划目标为年均增长6%和7%，三年分别年均增长5.1%和6.6%。")))
    assert fs[("rural_disposable_income", "goal", "2021-2025", "growth")] == (7, "eq")
    assert fs[("urban_disposable_income", "actual", "2021-2023", "growth")] == (5.1, "eq")
    assert fs[("rural_disposable_income", "actual", "2021-2023", "growth")] == (6.6, "eq")


def test_pair_last_and_this_year_two_runs_unchanged():
    # look-alike: last year's run then this year's (decision 155's two runs) in a work report stay one each
    fs = key_values(read(_county_report("去年城乡居民人均可支配收入分别增长5.2%和7%，今年预期分别增长6%和7.5%。")))
    assert fs[("urban_disposable_income", "target", "2024", "growth")] == (6, "eq")
    assert fs[("rural_disposable_income", "target", "2024", "growth")] == (7.5, "eq")
    assert fs[("rural_disposable_income", "actual", "2023", "growth")] == (7, "eq")


# --- 规划目标为 after this year's words ----------------------------------------------------------------------------

def test_this_years_plan_target_before_name():
    # "今年规划目标为" opening the item: the year's target (the base, by 355's rule, made it the plan's goal 2021-2025)
    fs = key_values(read(_review("——经济增长。今年规划目标为地区生产总值增长5.5%左右，与全省同步。")))
    assert fs.get(("gdp", "target", "2024", "growth")) == (5.5, "about")
    assert not any(k[1] == "goal" for k in fs)


def test_numbered_years_plan_target_before_name():
    # the same with the year's number: "2024年规划目标为…"
    fs = key_values(read(_review("——对外开放。2024年规划目标为外贸进出口总额增长8%。")))
    assert fs.get(("foreign_trade", "target", "2024", "growth")) == (8, "eq")
    assert not any(k[1] == "goal" for k in fs)


def test_bare_and_named_plan_goal_before_name_unchanged():
    # look-alikes: the bare 规划目标为 and the plan named in quotes before it stay the plan's goal (decision 355)
    fs = key_values(read(_review("——经济增长。规划目标为地区生产总值年均增长6.5%左右。")))
    assert fs.get(("gdp", "goal", "2021-2025", "growth")) == (6.5, "about")
    fs = key_values(read(_review("——经济增长。“十四五”规划目标为地区生产总值年均增长6%左右。")))
    assert fs.get(("gdp", "goal", "2021-2025", "growth")) == (6, "about")


# --- the years gone by after a goal, under the year's targets ---------------------------------------------------

def test_years_gone_named_after_goal_in_year_targets():
    # a span named before the report year, opening its clause after the plan's goal: a result over it (the base read it as
    # the plan's goal 2024-2028, the section being the year's targets)
    fs = key_values(read(_year_targets("——财政收入。一般公共预算收入规划目标为年均增长7%，2021—2023年年均增长6.1%。")))
    assert fs.get(("general_budget_revenue", "actual", "2021-2023", "growth")) == (6.1, "eq")
    assert fs.get(("general_budget_revenue", "goal", "2021-2025", "growth")) == (7, "eq")


def test_years_gone_counted_after_goal_in_year_targets():
    # the years counted back (近三年) from the year reviewed
    fs = key_values(read(_year_targets("——投资。固定资产投资规划目标为年均增长9%，近三年年均增长8.2%。")))
    assert fs.get(("fixed_asset_investment", "actual", "2021-2023", "growth")) == (8.2, "eq")


def test_years_ahead_after_goal_not_result():
    # look-alike: a span named that reaches the report year is no result; the years ahead (今后两年) neither
    fs = key_values(read(_year_targets("——财政收入。一般公共预算收入规划目标为年均增长7%，2024—2025年年均增长7.5%。")))
    assert not any(k[1] == "actual" for k in fs)
    fs = key_values(read(_year_targets("——投资。固定资产投资规划目标为年均增长9%，今后两年年均增长10%以上。")))
    assert not any(k[1] == "actual" for k in fs)


def test_average_alone_in_year_targets_unchanged():
    # look-alike: a yearly average with no goal before it in its sentence is read as before (no result)
    fs = key_values(read(_year_targets("——居民收入。城镇居民人均可支配收入年均增长6%。")))
    assert not any(k[1] == "actual" for k in fs)


def test_two_year_average_after_years_target_unchanged():
    # look-alike: two years' average counted after the year's own target (no plan's goal before it) stays the goal over
    # last year and this one, not a result (the rule's first version, not asking for the plan's goal before it, read it
    # as a result over 2019-2020)
    fs = key_values(read(_year_targets("——财政收入。一般公共预算收入增长7%，两年平均增长4.5%。", 2021)))
    assert not any(k[1] == "actual" for k in fs)
