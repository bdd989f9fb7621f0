"""Decision 355 (pln47): a plan report's mid-term review of the five-year plan. The bare 规划目标为 right before the
indicator's name (“规划目标为地区生产总值年均增长8%左右”) names the plan's goal, as it does after the name; the years of the
plan gone by, counted back from the year reviewed (“三年年均增长4.2%”, “近两年年均…”) after the goal, are their average;
and a pair named once (城乡居民人均可支配收入) with its two goals, then the years gone by 分别, gives the four figures."""
from __future__ import annotations

import pytest

from factkeys import key_values, read


def _review(body: str, year: int = 2024) -> str:
    # a prefecture city's plan report, its part on the five-year plan's mid-term
    return (f"玉溪市{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月18日在玉溪市第七届人民代表大会第四次会议上\n\n"
            "（四）“十四五”规划实施情况\n" + body + "\n")


# --- the bare 规划目标为 before the name --------------------------------------------------------------------------

@pytest.mark.parametrize("body, key, value", [
    # the goal's words open the item's sentence, the name after them: the plan's goal, not the year's target
    ("——经济发展。规划目标为全市地区生产总值年均增长7.5%左右，预计2023年全市地区生产总值达到2600亿元。",
     ("gdp", "goal", "2021-2025", "growth"), (7.5, "about")),
    # the same after the plan named in quotes
    ("——经济发展。“十四五”规划目标为地区生产总值年均增长7%左右，发展速度总体符合预期。",
     ("gdp", "goal", "2021-2025", "growth"), (7, "about")),
    # a share's goal with no year named: the plan's span
    ("——对外开放。规划目标为外贸进出口总额年均增长12%，受外需收缩影响进度偏慢。",
     ("foreign_trade", "goal", "2021-2025", "growth"), (12, "eq")),
])
def test_plan_goal_before_name(body, key, value):
    fs = key_values(read(_review(body)))
    assert fs.get(key) == value
    assert (key[0], "target", "2023", key[3]) not in fs
    assert (key[0], "target", "2024", key[3]) not in fs


def test_plan_goal_before_name_then_years_named():
    # the years gone by named after the goal stay their own average, not the goal's or a target
    fs = key_values(read(_review("——经济发展。规划目标为地区生产总值年均增长7.5%左右，2021—2023年年均增长4.8%，低于序时进度。")))
    assert fs[("gdp", "goal", "2021-2025", "growth")] == (7.5, "about")
    assert fs[("gdp", "actual", "2021-2023", "growth")] == (4.8, "eq")


def test_plan_goal_before_summed_name():
    # the plan's five years summed between the goal's words and the name: the plan's own total, not the years gone by;
    # the three years' sum after it is theirs
    fs = key_values(read(_review("——就业。规划目标为五年累计城镇新增就业20万人，三年累计新增12.6万人。")))
    assert fs[("urban_new_jobs", "goal", "2021-2025", "level")] == (20, "eq")
    assert fs[("urban_new_jobs", "actual", "2021-2023", "level")] == (12.6, "eq")


def test_summed_result_before_plan_goal_unchanged():
    # look-alike: a five-year sum stated as a result, the plan's goal only compared with after it, stays a result
    fs = key_values(read(_review("——就业。五年累计城镇新增就业20万人，超过规划目标。")))
    assert not any(k[1] == "goal" for k in fs)
    assert any(k[0] == "urban_new_jobs" and k[1] == "actual" and v == (20, "eq") for k, v in fs.items())


def test_goal_after_name_unchanged():
    # look-alike: the goal's words after the name were read so before; they still are
    fs = key_values(read(_review("——经济发展。地区生产总值规划目标为年均增长7.5%左右，2021—2023年年均增长4.8%。")))
    assert fs[("gdp", "goal", "2021-2025", "growth")] == (7.5, "about")
    assert fs[("gdp", "actual", "2021-2023", "growth")] == (4.8, "eq")


def test_result_compared_with_plan_goal_unchanged():
    # look-alike: a result measured against the plan's goal (低于规划目标) is the result; the goal after it the plan's
    fs = key_values(read(_review("——经济发展。全市地区生产总值年均增长4.8%，低于规划目标7.5%左右。")))
    assert fs[("gdp", "actual", "2021-2023", "growth")] == (4.8, "eq")


def test_year_targets_unchanged():
    # look-alike: the year's own target list (主要预期目标为) is no plan's goal
    text = ("玉溪市2024年国民经济和社会发展计划草案\n二、2024年主要预期目标\n"
            "2024年全市主要预期目标为：地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
    fs = key_values(read(text))
    assert fs[("gdp", "target", "2024", "growth")] == (6, "about")
    assert ("gdp", "goal", "2021-2025", "growth") not in fs


# --- the years gone by counted back, after the goal ----------------------------------------------------------------

@pytest.mark.parametrize("lead, period", [
    ("三年", "2021-2023"),    # the years counted bare, opening the clause
    ("近三年", "2021-2023"),  # counted with 近
    ("近两年", "2022-2023"),  # two years: the last two reviewed
])
def test_counted_years_after_goal(lead, period):
    fs = key_values(read(_review(f"——固定资产投资。规划目标为年均增长9%，{lead}年均增长3.6%，滞后于序时进度。")))
    assert fs[("fixed_asset_investment", "goal", "2021-2025", "growth")] == (9, "eq")
    assert fs[("fixed_asset_investment", "actual", period, "growth")] == (3.6, "eq")


def test_years_ahead_after_goal_unchanged():
    # look-alike: the years ahead (今后两年需…) after the goal are no result of the years gone by
    fs = key_values(read(_review("——固定资产投资。规划目标为年均增长9%，今后两年需年均增长15%以上。")))
    assert fs[("fixed_asset_investment", "goal", "2021-2025", "growth")] == (9, "eq")
    assert not any(k[0] == "fixed_asset_investment" and k[1] == "actual" for k in fs)


# --- a pair named once: its goals, then the years gone by 分别 -------------------------------------------------------

@pytest.mark.parametrize("lead", ["三年", "近三年", "2021—2023年"])
def test_pair_goals_then_years_each(lead):
    fs = key_values(read(_review(f"——居民增收。城乡居民人均可支配收入规划目标为年均增长7%和8.5%，{lead}分别年均增长5.2%和6.9%。")))
    assert fs[("urban_disposable_income", "goal", "2021-2025", "growth")] == (7, "eq")
    assert fs[("rural_disposable_income", "goal", "2021-2025", "growth")] == (8.5, "eq")
    assert fs[("urban_disposable_income", "actual", "2021-2023", "growth")] == (5.2, "eq")
    assert fs[("rural_disposable_income", "actual", "2021-2023", "growth")] == (6.9, "eq")


def test_pair_results_then_counted_years_each():
    # the same run after the pair's results of the year: the year's, then the three years' averages
    fs = key_values(read(_review("——居民增收。城乡居民人均可支配收入分别增长5%和6.4%，三年分别年均增长5.2%和6.9%。")))
    assert fs[("urban_disposable_income", "actual", "2023", "growth")] == (5, "eq")
    assert fs[("rural_disposable_income", "actual", "2023", "growth")] == (6.4, "eq")
    assert fs[("urban_disposable_income", "actual", "2021-2023", "growth")] == (5.2, "eq")
    assert fs[("rural_disposable_income", "actual", "2021-2023", "growth")] == (6.9, "eq")


def test_pair_goals_alone_unchanged():
    # look-alike: the pair's goals with nothing after them stay one each
    fs = key_values(read(_review("——居民增收。城乡居民人均可支配收入规划目标为年均增长7%和8.5%。")))
    assert fs[("urban_disposable_income", "goal", "2021-2025", "growth")] == (7, "eq")
    assert fs[("rural_disposable_income", "goal", "2021-2025", "growth")] == (8.5, "eq")
    assert not any(k[1] == "actual" for k in fs)


# --- a breakdown's items past a ； ----------------------------------------------------------------------------------

def _tasks(body: str) -> str:
    # a district's plan report, its investment plan part
    return ("蓝田区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
            "——2026年1月9日在蓝田区第三届人民代表大会第六次会议上\n\n三、2026年投资计划安排\n" + body + "\n")


def test_breakdown_items_past_semicolon():
    # the breakdown opening the sentence (其中，) goes on past its ；: each category's count and investment, counted by
    # the sentence before's action, as the first item is
    d = read(_tasks("全年安排市级重点项目180个，年度计划投资420亿元。其中，先进制造业项目70个、年度计划投资190亿元；"
                    "城建交通项目60个、年度计划投资150亿元；社会民生项目50个、年度计划投资80亿元。"))
    got = {(p.action, p.object, p.value, p.unit) for p in d.pledges}
    assert ("安排", "城建交通项目", 60, "个") in got
    assert ("安排", "社会民生项目", 50, "个") in got
    assert {p.value for p in d.pledges if p.unit == "亿元"} >= {420, 190, 150, 80}


def test_semicolon_after_no_breakdown_unchanged():
    # look-alike: a ；-clause with no verb after a sentence that is no breakdown pledges nothing
    d = read(_tasks("全年安排市级重点项目180个；城建交通项目60个。"))
    assert {(p.object, p.value) for p in d.pledges} == {("市级重点项目", 180)}


def test_breakdown_item_with_own_words_unchanged():
    # look-alike: a ；-clause after the breakdown that says what is already done is no item of it
    d = read(_tasks("全年安排市级重点项目180个。其中，先进制造业项目70个；目前已完成前期工作的项目60个。"))
    assert 60 not in {p.value for p in d.pledges}
