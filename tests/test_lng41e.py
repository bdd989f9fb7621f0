"""Whole provincial reports of 2026 and 2025 (lng41e, decision 244): a part that reviews the plan gone and sets the plan
ahead ("二、“十四五”发展成就和“十五五”奋斗目标"), where a sentence the plan gone opens ("“十四五”时期，…年均增长5.3%；五年累计
城镇新增就业222万人；…") had its 五年累计 and every item after it read as the next plan's goals; the mirror, a sentence the plan
ahead opens ("“十五五”时期，…；五年累计城镇新增就业200万人以上；森林覆盖率达到46%") under a title with no part's words
("“十四五”成就与“十五五”目标"), read as the plan gone's results; and in the review, the targets' set named as the place the
items are picked from ("全年主要预期目标中，地区生产总值增长5.5%左右的目标，实际完成5.6%"), read as this year's targets.
Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _report(place: str, year: int, body: str, title: str = "省长") -> str:
    return (f"政府工作报告\n——{year}年1月26日在{place}第十四届人民代表大会第四次会议上\n{place}{title}　某某\n\n各位代表：\n"
            f"　　现在，我代表省人民政府向大会报告工作，请予审议。\n\n　　一、{year - 1}年工作回顾\n"
            f"　　过去一年，全省经济运行稳中有进，居民消费价格上涨0.2%。\n\n{body}")


# 1. the plan gone opens the sentence in a part on both plans: its 五年累计 and the items after it are its results
_MIXED_TITLES = [
    "二、“十四五”发展成就和“十五五”奋斗目标",
    "二、“十四五”时期主要成就和“十五五”时期目标任务",
    "二、“十四五”时期发展回顾和“十五五”时期主要目标",
    "第二部分　“十四五”发展成就与“十五五”主要目标",
]
_GONE_OPENS = [
    "“十四五”时期，",
    "“十四五”期间，",
    "“十四五”以来，",
    "过去五年，",
]
_GONE_SEPS = ["；", "，"]


def _gone_body(title: str, opens: str, sep: str) -> str:
    return (f"　　{title}\n　　{opens}全省地区生产总值年均增长5.3%{sep}五年累计城镇新增就业222万人{sep}"
            f"五年累计完成固定资产投资11万亿元{sep}城乡居民人均可支配收入年均分别增长5.1%和7.2%{sep}"
            f"常住人口城镇化率提高4.2个百分点{sep}单位地区生产总值能耗累计下降13.8%。\n"
            f"　　今后五年，全省地区生产总值年均增长5%以上；五年累计城镇新增就业200万人以上；森林覆盖率达到46%。\n\n"
            f"　　三、2026年主要预期目标\n　　全省经济社会发展的主要预期目标是：地区生产总值增长5.5%以上。\n")


@pytest.mark.parametrize("sep", _GONE_SEPS)
@pytest.mark.parametrize("opens", _GONE_OPENS)
@pytest.mark.parametrize("title", _MIXED_TITLES)
def test_the_plan_gone_opens_its_sentence_in_a_part_on_both_plans(title, opens, sep):
    fs = keys_of(read(_report("陕西省", 2026, _gone_body(title, opens, sep))))
    s, p = "2021-2025", "2026-2030"
    assert val(fs, ("gdp", "actual", s, "growth")) == (5.3, "eq")
    assert val(fs, ("urban_new_jobs", "actual", s, "level")) == (222, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", s, "level")) == (11, "eq")
    assert val(fs, ("urban_disposable_income", "actual", s, "growth")) == (5.1, "eq")
    assert val(fs, ("rural_disposable_income", "actual", s, "growth")) == (7.2, "eq")
    assert val(fs, ("urbanization_rate", "actual", s, "pp_change")) == (4.2, "eq")
    assert val(fs, ("energy_intensity", "actual", s, "growth")) == (-13.8, "eq")
    # the plan ahead's own goals, its 五年累计 too, stay its goals
    assert val(fs, ("gdp", "goal", p, "growth")) == (5, "at_least")
    assert val(fs, ("urban_new_jobs", "goal", p, "level")) == (200, "at_least")
    assert val(fs, ("forest_coverage", "goal", p, "share")) == (46, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "at_least")


# 2. the plan ahead opens the sentence: its 五年累计 and the items after it are its goals, whatever the title
_AHEAD_TITLES = ["二、“十四五”成就与“十五五”目标", "二、“十四五”成就和“十五五”目标"]
# (titles a part's words name already read right: they must not change)
_AHEAD_TITLES_READ = ["二、“十四五”发展成就和“十五五”奋斗目标", "二、奋力谱写中国式现代化新篇章", "二、“十五五”时期主要目标"]
_AHEAD_OPENS = ["“十五五”时期，", "展望“十五五”，", "“十五五”期间，"]


@pytest.mark.parametrize("opens", _AHEAD_OPENS)
@pytest.mark.parametrize("title", _AHEAD_TITLES)
@pytest.mark.parametrize("place,year", [("重庆市", 2026), ("甘肃省", 2026)])
def test_the_plan_ahead_opens_its_sentence(title, opens, place, year):
    _check_ahead(title, opens, place, year)


@pytest.mark.parametrize("opens", _AHEAD_OPENS)
@pytest.mark.parametrize("title", _AHEAD_TITLES_READ)
def test_near_miss_the_plan_ahead_under_a_title_read(title, opens):
    _check_ahead(title, opens, "甘肃省", 2026)


def _check_ahead(title, opens, place, year):
    body = (f"　　{title}\n　　{opens}全省地区生产总值年均增长5%左右；五年累计城镇新增就业200万人以上；"
            f"森林覆盖率达到46%；常住人口城镇化率达到70%。\n")
    fs = keys_of(read(_report(place, year, body, "市长" if place.endswith("市") else "省长")))
    p = "2026-2030"
    assert val(fs, ("gdp", "goal", p, "growth")) == (5, "about")
    assert val(fs, ("urban_new_jobs", "goal", p, "level")) == (200, "at_least")
    assert val(fs, ("forest_coverage", "goal", p, "share")) == (46, "eq")
    assert val(fs, ("urbanization_rate", "goal", p, "share")) == (70, "eq")
    assert not [k for k in fs if k[0] in ("urban_new_jobs", "forest_coverage", "urbanization_rate") and k[1] == "actual"]


# near-misses: the plan's own sums stay the plan's where nothing else opens the sentence; a plan under way in its last
# year (“十四五”时期 in 2025's report) is no plan gone
@pytest.mark.parametrize("body,key,expected", [
    ("　　二、“十五五”时期主要目标\n　　今后五年，全省地区生产总值年均增长5%以上；五年累计城镇新增就业230万人。\n",
     ("urban_new_jobs", "goal", "2026-2030", "level"), (230, "eq")),
    ("　　二、“十五五”时期主要目标\n　　全省地区生产总值年均增长5%以上，五年累计完成固定资产投资15万亿元。\n",
     ("fixed_asset_investment", "goal", "2026-2030", "level"), (15, "eq")),
    ("　　二、“十四五”时期发展成就\n　　五年来，全省地区生产总值年均增长5.3%；五年累计城镇新增就业222万人。\n",
     ("urban_new_jobs", "actual", "2021-2025", "level"), (222, "eq")),
])
def test_near_misses_of_the_plans_sums(body, key, expected):
    fs = keys_of(read(_report("湖北省", 2026, body)))
    assert val(fs, key) == expected


# 3. the review names the year's targets as the set its items are picked from (目标中，)
_SET_LEADS = ["全年主要预期目标中，", "主要预期目标中，", "在主要预期目标中，", "十项主要预期目标中，"]


@pytest.mark.parametrize("lead", _SET_LEADS)
@pytest.mark.parametrize("place,year", [("陕西省", 2026), ("新疆维吾尔自治区", 2025), ("山西省", 2024)])
def test_the_targets_set_named_in_the_review(lead, place, year):
    _check_set(lead, place, year)


@pytest.mark.parametrize("lead", ["年初确定的主要预期目标中，", "主要预期目标完成情况：", "全年主要预期目标完成良好，"])
def test_near_miss_the_targets_set_read_already(lead):
    # (the year's start named, a colon or a fate: read right before, they must not change)
    _check_set(lead, "陕西省", 2026)


def _check_set(lead, place, year):
    body = (f"　　——经济运行稳中有进。{lead}地区生产总值增长5.5%左右的目标，实际完成5.6%；"
            f"城镇新增就业45万人的目标，实际完成45.6万人。\n\n　　二、{year}年主要目标\n"
            f"　　今年主要预期目标是：地区生产总值增长5%左右。\n")
    title = "自治区主席" if place.endswith("自治区") else "省长"
    fs = keys_of(read(_report(place, year, body, title)))
    last, this = str(year - 1), str(year)
    assert val(fs, ("gdp", "target", last, "growth")) == (5.5, "about")
    assert val(fs, ("gdp", "actual", last, "growth")) == (5.6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", last, "level")) == (45.6, "eq")
    assert val(fs, ("gdp", "target", this, "growth")) == (5, "about")


@pytest.mark.parametrize("lead", ["全年主要预期目标中，", "主要预期目标中，"])
def test_the_targets_set_then_results_tallied(lead):
    # the set's items with no target named after them are the results it tallies
    body = (f"　　——经济运行稳中有进。{lead}地区生产总值增长5.6%、一般公共预算收入增长3.5%等8项指标完成或超额完成。\n\n"
            f"　　二、2026年主要目标\n　　今年主要预期目标是：地区生产总值增长5%左右。\n")
    fs = keys_of(read(_report("河北省", 2026, body)))
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (3.5, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")


@pytest.mark.parametrize("lead", ["主要预期目标中，", "今年主要预期目标中，", "全年主要预期目标是："])
def test_near_miss_the_targets_set_in_the_year_part(lead):
    # in the year's own part the set named is this year's
    body = (f"　　二、2026年主要目标\n　　{lead}地区生产总值增长5.5%左右，一般公共预算收入增长3%。\n")
    fs = keys_of(read(_report("河南省", 2026, body)))
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (3, "eq")
