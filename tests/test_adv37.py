"""The newest rules (decisions 149–162) under attack, blind (adv37; docs/decisions.md 163)."""
import pytest

from factkeys import facts, val

_COUNTY = "政府工作报告\n——2021年1月10日在某某县第十届人民代表大会第五次会议上\n\n一、2020年工作回顾\n"
_COUNTY_KEYS = dict(report_year=2021, region="某某县", level="county")
_PLAN = ("关于某某市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
         "——2022年1月6日在某某市第九届人民代表大会第二次会议上\n\n二、2022年主要预期目标\n")
_PLAN_KEYS = dict(report_year=2022, region="某某市", level="prefecture")


def _county(body: str):
    return facts(_COUNTY + body + "\n", **_COUNTY_KEYS)


# 1. the region's place after the level above's figure: the level above named by its name, two levels above, their
# change named (平均增长), the place's verb 列
@pytest.mark.parametrize("body, key, place", [
    ("全县地区生产总值增长7.1%，云南省为4.0%，昭通市为4.5%，我县增速居全市第1位。", "gdp", 1),
    ("全县规模以上工业增加值增长9.3%，曲靖市为7.6%，我县增速位居全市第2位。", "industrial_va", 2),
    ("全县一般公共预算收入增长5.2%，全市平均增长3.1%，我县增幅列全市第4位。", "general_budget_revenue", 4),
    ("全县地区生产总值增长6.4%，全省为5.9%，全市为6.1%，我县增速居全市第3位。", "gdp", 3),
    ("全市一般公共预算收入增长2.6%，我县增幅列全市第9位。", "general_budget_revenue", 9),
])
def test_the_place_after_the_level_above_is_the_regions(body, key, place):
    fs = _county(body)
    assert val(fs, (key, "actual", "2020", "rank")) == (place, "eq")
    assert fs[(key, "actual", "2020", "rank")].scope == "全市"


def test_the_level_above_figure_with_no_place_after_is_no_fact():
    fs = _county("全县地区生产总值增长7.1%，昭通市为6.5%，全县固定资产投资增长9%。")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (7.1, "eq")
    assert ("gdp", "actual", "2020", "rank") not in fs


# 2. a place among a city's members written as an official list joined by 、
@pytest.mark.parametrize("body, scope", [
    ("全县地区生产总值完成165.3亿元，增长9.2%，增速居绍兴各区、县（市）第二位。", "绍兴各区、县（市）"),
    ("全县地区生产总值增长4.6%，增速居全市各区、县（市）第2位。", "全市各区、县（市）"),
    ("全县社会消费品零售总额增长8.8%，增速列金华市各县、市（区）第3位。", "金华市各县、市（区）"),
])
def test_a_place_among_an_official_list(body, scope):
    fs = _county(body)
    rank = next(f for k, f in fs.items() if k[3] == "rank")
    assert rank.scope == scope and rank.value in (2, 3)


# 3. a budget revised with its grounds and its approval as clauses of their own: the revised figure is the target,
# the result after it the year's
@pytest.mark.parametrize("body, revised, done, growth", [
    ("一般公共预算收入年初预算为15.6亿元，增长6%，年中受减税降费政策影响，经县人大常委会批准调减为14.8亿元，实际完成14.92亿元，增长1.2%。",
     14.8, 14.92, 1.2),
    ("一般公共预算收入年初预算为21.3亿元，增长5%，执行中由于新增债券转贷收入，经县人大常委会审议调增为23.1亿元，实际完成22.86亿元，增长7.4%。",
     23.1, 22.86, 7.4),
    ("一般公共预算收入年初预算为8.2亿元，增长4%，经县人大常委会批准调整为7.9亿元，实际完成7.95亿元，增长0.6%。", 7.9, 7.95, 0.6),
])
def test_a_revision_with_grounds_and_approval(body, revised, done, growth):
    fs = _county(body)
    assert val(fs, ("general_budget_revenue", "target", "2020", "level")) == (revised, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "level")) == (done, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "growth")) == (growth, "eq")


# 4. reasons announced in other words name the plan's average as "主要考虑：" does
@pytest.mark.parametrize("body", [
    "地区生产总值增长7%左右。这一目标的设定，主要考虑了以下因素：一是与“十四五”规划确定的年均增长7%左右的目标相衔接；二是…",
    "地区生产总值增长6.5%左右。确定这一目标，主要基于以下几点考虑：一是与“十四五”规划确定的年均增长7%左右的目标相衔接。",
    "地区生产总值增长6.5%左右，主要考虑以下几个方面：一是与“十四五”规划确定的年均增长7%左右的目标相衔接。",
])
def test_reasons_announced_in_other_words(body):
    fs = facts(_PLAN + body + "\n", **_PLAN_KEYS)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "about")
    assert ("gdp", "target", "2022", "growth") in fs


# 5. an infographic: a change standing where a figure stands, its caption under it; one card under the bar lines
_TU = "一图读懂｜2021年某某市政府工作报告\n\n▍2020年成绩单\n\n6001亿元\n地区生产总值\n\n374.6亿元\n一般公共预算收入\n\n"


@pytest.mark.parametrize("goals, rate", [
    ("▍今后五年\n\n年均增长6%以上\n地区生产总值\n\n3.3%\n研发经费投入强度\n\n75%\n常住人口城镇化率\n", 75),
    ("▍今后五年\n\n年均增长5.5%左右\n地区生产总值\n\n3%\n研发经费投入强度\n\n70%\n常住人口城镇化率\n", 70),
    ("▍今后五年\n年均增长6%以上\n地区生产总值\n3.3%\n研发经费投入强度\n72%\n常住人口城镇化率\n", 72),
])
def test_a_change_in_a_figures_place(goals, rate):
    fs = facts(_TU + goals, report_year=2021, region="某某市", level="prefecture")
    assert fs[("gdp", "goal", "2021-2025", "growth")].value in (6, 5.5)
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (rate, "eq")
    assert fs[("rnd_intensity", "goal", "2021-2025", "share")].value in (3.3, 3)


@pytest.mark.parametrize("card, value, year", [
    ("8000亿元\n2025年地区生产总值\n", 8000, "2025"),
    ("1000亿元\n2025年一般公共预算收入\n", 1000, "2025"),
])
def test_a_lone_card_under_bar_lines(card, value, year):
    text = _TU + "▍2021年主要预期目标\n\n7%以上｜地区生产总值增长\n5.5%以内｜城镇调查失业率\n3%左右｜居民消费价格涨幅\n\n" + card
    fs = facts(text, report_year=2021, region="某某市", level="prefecture")
    key = ("gdp" if "生产总值" in card else "general_budget_revenue", "goal", year, "level")
    assert val(fs, key) == (value, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "at_least")


# 6. a season by its last word and a holiday named bare before 期间: their visitors and spending are no year's
@pytest.mark.parametrize("body, level", [
    ("油菜花季接待游客680万人次。全年接待游客2100万人次。", 2100),
    ("“五一”期间全县接待游客41万人次，全年接待游客520万人次。", 520),
    ("国庆期间，全县接待游客35万人次，实现旅游收入2.1亿元；全年接待游客410万人次。", 410),
    ("采摘季，全县共接待游客85万人次，实现旅游收入6.2亿元。全年接待游客960万人次。", 960),
])
def test_a_season_or_a_bare_holiday_is_no_year(body, level):
    fs = _county(body)
    assert val(fs, ("tourist_visits", "actual", "2020", "level")) == (level, "eq")
    assert ("tourism_revenue", "actual", "2020", "level") not in fs


def test_a_plans_years_before_qijian_stay_the_span():
    fs = _county("“十三五”期间接待游客累计达到3200万人次。")
    assert val(fs, ("tourist_visits", "actual", "2016-2020", "level")) == (3200, "eq")


# 7. last year's report quoted: the targets it set are last year's
@pytest.mark.parametrize("body", [
    "去年的政府工作报告提出，地区生产总值增长7.5%左右，一般公共预算收入增长7%。全县地区生产总值增长7.6%。",
    "去年1月，某某县2020年政府工作报告提出，地区生产总值增长7.5%左右，一般公共预算收入增长7%。全县地区生产总值增长7.6%。",
])
def test_last_years_report_quoted(body):
    fs = _county(body)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (7.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2020", "growth")) == (7, "eq")
    assert ("gdp", "target", "2021", "growth") not in fs
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (7.6, "eq")


def test_a_change_under_a_name_stays_the_names():
    text = ("一图读懂｜2021年某某市政府工作报告\n\n▍2020年成绩单\n\n地区生产总值\n6001亿元\n增长3.3%\n\n"
            "一般公共预算收入\n374.6亿元\n增长3.5%\n")
    fs = facts(text, report_year=2021, region="某某市", level="prefecture")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "level")) == (374.6, "eq")


def test_a_provinces_own_zensheng_after_the_nation_is_not_passed_over():
    text = ("政府工作报告\n——2021年1月24日在四川省第十三届人民代表大会第四次会议上\n\n一、2020年工作回顾\n"
            "全省地区生产总值达到48598.8亿元，全国增长2.3%，全省增长3.8%，增速居全国第6位。\n")
    fs = facts(text, report_year=2021, region="四川省", level="province")
    assert val(fs, ("gdp", "actual", "2020", "level")) == (48598.8, "eq")
    assert fs.get(("gdp", "actual", "2020", "growth")) is None or fs[("gdp", "actual", "2020", "growth")].value != 2.3
