"""Whole provincial reports of 2019 and 2024, blind (lng42e, decision 279): the years an effort took ("经过三年努力，
…年均增长7.9%") read as five; 境内 before 省外资金 ("引进境内省外资金5934亿元") naming no indicator; a count of a
programme named by a bare number ("推进5个100工程") pledged; groundwater drawn less ("压采地下水2亿立方米") pledged
nothing. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, year: int, body: str) -> str:
    return (f"政府工作报告\n——{year}年1月20日在{place}第十三届人民代表大会第二次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n\n全省生产总值增长7%。\n\n{body}")


# 1. the years an effort took, in a review: a span of that many years ending in the year reviewed
@pytest.mark.parametrize("words,n", [("经过三年努力，规划确定的主要指标进展顺利，", 3), ("经过两年的努力，", 2),
                                     ("经过四年不懈努力，", 4), ("经过三年艰苦奋斗，", 3)])
@pytest.mark.parametrize("place,year", [("湖南省", 2019), ("江西省", 2020), ("贵州省", 2024)])
def test_the_years_an_effort_took_date_the_average(words, n, place, year):
    d = read(_report(place, year, f"{words}地区生产总值年均增长7.9%，城镇新增就业累计180万人。\n"))
    fs = keys_of(d)
    span = f"{year - n}-{year - 1}"
    assert val(fs, ("gdp", "actual", span, "growth")) == (7.9, "eq")
    assert val(fs, ("urban_new_jobs", "actual", span, "level")) == (180, "eq")


@pytest.mark.parametrize("place,year", [("湖南省", 2019), ("福建省", 2021)])
def test_five_years_of_effort_and_the_years_ahead_are_unchanged(place, year):
    # (look-alikes: five years, the default; the same words in the year's plan part, a goal's years ahead)
    d = read(_report(place, year, "经过五年努力，全省生产总值年均增长7%。\n\n二、今后工作\n\n"
                     f"经过三年努力，到{year + 2}年，全省地区生产总值年均增长6%以上。\n"))
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", f"{year - 5}-{year - 1}", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "goal", str(year + 2), "growth")) == (6, "at_least")


def test_the_years_an_effort_took_in_the_plans_middle():
    # (2019's review, the plan named after the effort: its three years gone, 2016-2018)
    d = read(_report("湖南省", 2019, "经过三年努力，“十三五”规划确定的主要指标进展顺利，地区生产总值年均增长7.9%。\n"))
    assert val(keys_of(d), ("gdp", "actual", "2016-2018", "growth")) == (7.9, "eq")


# 2. 境内 before the funds from outside the region (境内省外资金): domestic_investment_inflow
@pytest.mark.parametrize("name", ["引进境内省外资金", "实际到位境内省外资金", "引进境内市外资金", "境内县外资金"])
@pytest.mark.parametrize("place,year", [("湖南省", 2019), ("江西省", 2024)])
def test_funds_from_inside_the_country_outside_the_region(name, place, year):
    d = read(_report(place, year, f"全年实际使用外资16.2亿美元，增长12.6%；{name}5934亿元，增长16.6%。\n"))
    fs = keys_of(d)
    assert val(fs, ("domestic_investment_inflow", "actual", str(year - 1), "level")) == (5934, "eq")
    assert val(fs, ("domestic_investment_inflow", "actual", str(year - 1), "growth")) == (16.6, "eq")
    assert val(fs, ("fdi", "actual", str(year - 1), "level")) == (16.2, "eq")


# 3. a count in 个 of a programme named by a bare number: a name, no pledge
_PLAN = "\n\n二、{y}年重点工作\n\n"


@pytest.mark.parametrize("name", ["推进5个100工程", "实施“三个一百”工程", "实施5个“1000”行动", "深入推进3个10计划"])
@pytest.mark.parametrize("place,year", [("湖南省", 2019), ("河北省", 2024)])
def test_a_programme_named_by_a_count_of_a_number_pledges_nothing(name, place, year):
    d = read(_report(place, year, _PLAN.format(y=year) + f"{name}，新开工亿元以上产业项目1000个，新建5个10万吨级泊位。\n"))
    got = pledged(d)
    assert ("亿元以上产业项目", 1000, "个") in got and ("10万吨级泊位", 5, "个") in got  # (the counts around it stay)
    assert not {p for p in got if p[1] in (3, 5) and p[0] != "10万吨级泊位"}


# 4. groundwater drawn less (压采): a cut by an amount, pledged
@pytest.mark.parametrize("task,value,q", [("压采地下水2亿立方米", 2, "eq"), ("全年压采地下水1.5亿立方米以上", 1.5, "at_least"),
                                          ("压采浅层地下水3000万立方米", 3000, "eq")])
@pytest.mark.parametrize("place,year", [("河北省", 2024), ("天津市", 2019)])
def test_groundwater_drawn_less_is_pledged(task, value, q, place, year):
    d = read(_report(place, year, _PLAN.format(y=year) + f"加强地下水超采综合治理，{task}，新建高标准农田300万亩。\n"))
    ps = {(p.action, p.value, p.qualifier) for p in d.pledges}
    assert ("压采", value, q) in ps
    assert ("高标准农田", 300, "万亩") in pledged(d)


def test_groundwater_drawn_less_last_year_is_no_pledge():
    # (look-alike: the review's result, no pledge)
    d = read(_report("河北省", 2024, "全年压采地下水3.1亿立方米，新建高标准农田330万亩。\n"))
    assert not [p for p in d.pledges if p.action == "压采"]


# 5. a government level's own funds, its 财政 and the verb that sets them aside between: a part, not the region's
@pytest.mark.parametrize("words", ["省级财政安排各类民生资金620亿元", "省级财政投入各项民生资金620亿元", "省级财政安排民生资金620亿元"])
@pytest.mark.parametrize("place,year", [("青海省", 2019), ("广东省", 2024)])
def test_the_provincial_levels_own_funds_are_no_livelihood_spending(words, place, year):
    d = read(_report(place, year, f"全省民生支出占一般公共预算支出的比重达到75%以上，{words}。\n"))
    fs = keys_of(d)
    assert ("livelihood_expenditure", "actual", str(year - 1), "level") not in fs
    assert val(fs, ("livelihood_expenditure", "actual", str(year - 1), "share")) == (75, "at_least")


@pytest.mark.parametrize("words", ["全省财政安排民生资金900亿元", "全省民生支出900亿元"])
def test_the_whole_provinces_funds_stay_livelihood_spending(words):
    # (look-alike: the whole province's, as before)
    d = read(_report("青海省", 2019, f"{words}，增长8%。\n"))
    assert val(keys_of(d), ("livelihood_expenditure", "actual", "2018", "level")) == (900, "eq")
