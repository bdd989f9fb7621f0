"""Whole provincial reports of 2020 and 2022, blind (lng42d, decision 268): in the plan's last year a list of the plan's
figures, the plan named as their source, joined by 和 or closed by 等目标 ("“十三五”规划确定的森林覆盖率达到40%和常住人口
城镇化率达到54%的目标将如期实现"), had its last item as the plan's goal and the items before it as the year's targets; the
plan's last year leading such a sentence ("到2020年，“十三五”规划确定的…的目标全面实现") did not date them; and a result
set against the plan's yearly average with 的预期 after it ("高于“十四五”规划年均增长5.5%的预期") made the average last
year's target. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read


def _report(place: str, year: int, plan_part: str) -> str:
    return (f"政府工作报告\n——{year}年1月15日在{place}第十三届人民代表大会第三次会议上\n{place}省长　王明\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{year - 1}年，全省地区生产总值增长6.1%。\n二、{year}年工作安排\n"
            f"{year}年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业50万人以上。\n{plan_part}\n")


_PLANS = [(2020, "十三五", "2016-2020"), (2025, "十四五", "2021-2025")]


# 1. a list of the plan's figures joined by 和 or closed by 等目标: every item is the plan's goal, not only the last (a
# 、-run closed by 的目标 is decision 264's, tests/test_lng42c.py)
@pytest.mark.parametrize("year,plan,span", _PLANS)
@pytest.mark.parametrize("place", ["四川省", "河南省", "广西壮族自治区"])
@pytest.mark.parametrize("sentence", [
    "“{p}”规划确定的森林覆盖率达到40%和常住人口城镇化率达到54%的目标将如期实现。",
    "确保“{p}”规划确定的森林覆盖率达到40%、常住人口城镇化率达到54%、研发经费投入强度达到2%等目标全面完成。",
])
def test_every_item_of_a_plans_list_is_its_goal(year, plan, span, place, sentence):
    fs = keys_of(read(_report(place, year, sentence.format(p=plan))))
    assert ("forest_coverage", "goal", span, "share") in fs
    assert fs[("forest_coverage", "goal", span, "share")].value == 40
    assert ("urbanization_rate", "goal", span, "share") in fs
    assert ("forest_coverage", "target", str(year), "share") not in fs


# 2. the plan's last year leading the sentence dates the plan's figures in it (the spec: the sentence names a year)
@pytest.mark.parametrize("year,plan,end", [(2020, "十三五", "2020"), (2025, "十四五", "2025")])
@pytest.mark.parametrize("lead", ["到{e}年，", "{e}年，要确保实现规划目标，", "至{e}年底，"])
def test_the_plans_last_year_leading_the_sentence_dates_its_goals(year, plan, end, lead):
    s = lead.format(e=end) + f"“{plan}”规划确定的森林覆盖率达到40%、常住人口城镇化率达到54%的目标全面实现。"
    fs = keys_of(read(_report("湖北省", year, s)))
    assert fs[("forest_coverage", "goal", end, "share")].value == 40
    assert fs[("urbanization_rate", "goal", end, "share")].value == 54


# look-alikes that must not change
def test_another_year_leading_the_sentence_is_the_reviews_not_the_goals():
    # (a result year before the plan's goal: the goal keeps the plan's span, the result its year)
    s = "2019年，全省森林覆盖率达到39.6%，“十三五”规划确定的森林覆盖率达到40%的目标有望实现。"
    fs = keys_of(read(_report("云南省", 2020, s)))
    assert fs[("forest_coverage", "goal", "2016-2020", "share")].value == 40
    assert fs[("forest_coverage", "actual", "2019", "share")].value == 39.6


@pytest.mark.parametrize("sentence", [
    # (a comma ends the plan's clause: the figure after it is the sentence's own, as before)
    "确保“十三五”规划确定的各项任务全面完成，森林覆盖率达到40%、常住人口城镇化率达到54%等目标全面实现。",
    # (no plan named: the year's)
    "今年要确保森林覆盖率达到40%、常住人口城镇化率达到54%的目标如期实现。",
])
def test_a_list_the_plan_does_not_head_stays_the_years(sentence):
    fs = keys_of(read(_report("湖南省", 2020, sentence)))
    assert ("forest_coverage", "target", "2020", "share") in fs
    assert ("forest_coverage", "goal", "2016-2020", "share") not in fs


# 3. a result set against the plan's yearly average, 的预期 (no 目标) after it: the plan's goal over its span, not last
# year's target (which a later "去年确定的…等主要目标" then could not take)
def _review(place: str, year: int, review: str) -> str:
    return (f"政府工作报告\n——{year}年1月23日在{place}第十三届人民代表大会第六次会议上\n{place}省长　赵刚\n"
            f"一、{year - 1}年工作回顾\n{review}\n二、{year}年目标任务\n今年主要预期目标是：生产总值增长6%以上；城镇新增就业42万人。\n")


@pytest.mark.parametrize("year,plan,span", [(2022, "十四五", "2021-2025"), (2023, "十四五", "2021-2025"),
                                            (2027, "十五五", "2026-2030")])
@pytest.mark.parametrize("place", ["陕西省", "吉林省"])
@pytest.mark.parametrize("compared", ["高于“{p}”规划年均增长5.5%的预期", "超过“{p}”年均增长5.5%的预期",
                                      "快于“{p}”规划年均增长5.5%左右的预期"])
def test_a_result_set_against_the_plans_average_names_its_goal(year, plan, span, place, compared):
    review = f"过去一年，全省生产总值增长6.5%，{compared.format(p=plan)}。"
    fs = keys_of(read(_review(place, year, review)))
    assert fs[("gdp", "goal", span, "growth")].value == 5.5
    assert ("gdp", "target", str(year - 1), "growth") not in fs
    assert fs[("gdp", "actual", str(year - 1), "growth")].value == 6.5


def test_the_years_own_targets_restated_after_it_keep_their_key():
    review = ("过去一年，全省生产总值增长6.5%，高于“十四五”规划年均增长5.5%的预期；去年确定的生产总值增长6.5%左右、"
              "城镇新增就业40万人等主要目标顺利实现。")
    fs = keys_of(read(_review("陕西省", 2022, review)))
    assert fs[("gdp", "target", "2021", "growth")].value == 6.5
    assert fs[("gdp", "goal", "2021-2025", "growth")].value == 5.5


@pytest.mark.parametrize("compared", ["高于5.5%的预期", "高于年初预期的5.5%"])
def test_a_result_set_against_no_plan_stays_last_years_target(compared):
    # (look-alikes: no plan named, the figure compared is last year's target as before)
    fs = keys_of(read(_review("陕西省", 2022, f"过去一年，全省生产总值增长6.5%，{compared}。")))
    assert fs[("gdp", "target", "2021", "growth")].value == 5.5


def test_a_result_set_against_the_nations_average_is_no_target():
    # (the nation's yearly average is the nation's, no target of the province's: decision 277)
    fs = keys_of(read(_review("陕西省", 2022, "过去一年，全省生产总值增长6.5%，高于全国年均增长5.5%的预期。")))
    assert ("gdp", "target", "2021", "growth") not in fs
    assert fs[("gdp", "actual", "2021", "growth")].value == 6.5
