"""Session 27 review27: an adversarial review of decisions 81–85 (look-alikes of their widest rules), scored blind."""
from __future__ import annotations

import pytest

from factkeys import facts, val, read, pledged


def county_report(year: int, review: str, tasks: str = "新建农村公路50公里。") -> str:
    return (f"安吉县人民政府工作报告\n一、{year - 1}年工作回顾\n{review}\n二、{year}年目标任务\n"
            f"今年全县发展的主要预期目标是：地区生产总值增长6.5%左右。\n重点抓好以下工作：\n1.扩大有效投资。{tasks}\n")


# ---------------------------------------------------------------------------------------------------------------------
# decision 84 (a rank after growth keeps the year when a two-year average follows): the years an earlier sentence
# counted ("两年平均") do not date the plan-named average of a later sentence ("“十三五”期间，…年均增长7.1%")
@pytest.mark.parametrize("review, key, expected", [
    ("全县实现地区生产总值590.3亿元，增长4.6%，增速列全市第2位，两年平均增长6.8%。“十三五”期间，全县生产总值年均增长7.1%。",
     ("gdp", "actual", "2016-2020", "growth"), (7.1, "eq")),
    ("全县一般公共预算收入增长5.2%，两年平均增长4.1%。“十三五”时期，全县生产总值年均增长7.1%。",
     ("gdp", "actual", "2016-2020", "growth"), (7.1, "eq")),
])
def test_a_plan_named_later_dates_its_average(review, key, expected):
    fs = facts(county_report(2023, review), report_year=2023)
    assert val(fs, key) == expected
    assert ("gdp", "actual", "2019-2020", "growth") not in fs


# look-alikes: the years counted after the plan, or in the figure's own sentence, still date it; the two-year average
# of the year reviewed stays
@pytest.mark.parametrize("review, key, expected", [
    ("全县实现地区生产总值590.3亿元，增长4.6%，两年平均增长6.8%。", ("gdp", "actual", "2021-2022", "growth"), (6.8, "eq")),
    ("“十三五”期间，全县经济稳步发展。近两年，全县生产总值年均增长5.1%。", ("gdp", "actual", "2021-2022", "growth"), (5.1, "eq")),
    ("过去五年，全县生产总值年均增长7.1%。", ("gdp", "actual", "2018-2022", "growth"), (7.1, "eq")),
    # (a plan named in the earlier sentence, not the figure's: the years counted there still date it)
    ("近两年，全县经济发展好于“十三五”时期。全县生产总值年均增长5.1%。", ("gdp", "actual", "2021-2022", "growth"), (5.1, "eq")),
])
def test_years_counted_near_the_average_still_date_it(review, key, expected):
    fs = facts(county_report(2023, review), report_year=2023)
    assert val(fs, key) == expected


# ---------------------------------------------------------------------------------------------------------------------
# decision 85 (“超额完成1.2万人的年度任务” names the target): the indicator's name may stand between 的 and 年度任务
def test_a_task_beaten_with_its_indicator_named_is_the_target():
    fs = facts(county_report(2024, "全县超额完成2.6万人的城镇新增就业年度任务，城镇新增就业2.8万人。"), report_year=2024)
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (2.6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (2.8, "eq")


# look-alikes: a figure before 的 and a work with no 年度任务 is no target; a task met with no figure sets none
@pytest.mark.parametrize("review", [
    "全县完成2.6万人的职业技能培训，城镇新增就业2.8万人。",
    "全县超额完成城镇新增就业年度任务，城镇新增就业2.8万人。",
    "城镇新增就业2.8万人，完成年度任务的108%。",
])
def test_no_task_named_leaves_the_result(review):
    fs = facts(county_report(2024, review), report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (2.8, "eq")
    assert ("urban_new_jobs", "target", "2023", "level") not in fs


# ---------------------------------------------------------------------------------------------------------------------
# decision 81 (a task verb before a work and the quoted names of its ways acts): the ways' own verbs (造林, 植树) and a
# work named whole by its verb right after the action (国土绿化) do not act either
@pytest.mark.parametrize("task, pledge", [
    ("完成国土绿化“春季造林”“秋冬植树”300万亩。", ("国土绿化“春季造林”“秋冬植树”", 300, "万亩")),
    ("完成国土绿化“造林”300万亩。", ("国土绿化“造林”", 300, "万亩")),
    ("完成“春季造林”“秋冬植树”200万亩。", ("“春季造林”“秋冬植树”", 200, "万亩")),
])
def test_quoted_ways_with_verbs_leave_the_task_verb_acting(task, pledge):
    d = read(county_report(2023, "全县生产总值增长4.6%。", task), report_year=2023)
    assert pledge in pledged(d)


# look-alikes: unchanged where the quote is no run of names before the figure
@pytest.mark.parametrize("task, pledge", [
    ("完成城乡散煤治理“电代煤”“气代煤”180万户。", ("城乡散煤治理“电代煤”“气代煤”", 180, "万户")),
    ("实施“千村示范万村整治”工程村庄50个。", ("“千村示范万村整治”工程村庄", 50, "个")),
    ("完成国土绿化300万亩。", ("国土绿化", 300, "万亩")),
    ("推进“退耕还林”，新建改造农村公路100公里。", ("农村公路", 100, "公里")),
])
def test_other_quoted_works_unchanged(task, pledge):
    d = read(county_report(2023, "全县生产总值增长4.6%。", task), report_year=2023)
    assert pledge in pledged(d)


# ---------------------------------------------------------------------------------------------------------------------
# decision 85 ("the N-th region to pass a level is a result unless aimed") was too narrow: a level before 的县/的县级市
# was read as a threshold of other places ("GDP超千亿元的县有6个") even where the region itself is named the N-th past it
def yiwu(review: str, plan: str = "") -> str:
    return ("义乌市人民政府工作报告\n一、2022年工作回顾\n过去一年，全市一般公共预算收入增长4.4%。" + review +
            "\n二、2023年目标任务\n今年主要预期目标是：地区生产总值增长6.5%以上。" + plan + "\n重点抓好以下工作：新开工亿元以上项目120个。\n")


@pytest.mark.parametrize("review, plan, key, expected", [
    ("2022年，义乌成为全省第三个地区生产总值突破1800亿元的县级市。", "", ("gdp", "actual", "2022", "level"), (1800, "at_least")),
    ("", "到2027年，成为全国第二个地区生产总值突破3000亿元的县级市。", ("gdp", "goal", "2027", "level"), (3000, "at_least")),
    ("", "到2027年，努力成为全国第二个地区生产总值突破3000亿元的县级市。", ("gdp", "goal", "2027", "level"), (3000, "at_least")),
])
def test_the_region_named_nth_past_a_level_of_its_kind(review, plan, key, expected):
    fs = facts(yiwu(review, plan), report_year=2023)
    assert val(fs, key) == expected


# look-alikes: the places past a threshold stay no level of the region, the N-th named after them too
@pytest.mark.parametrize("review", [
    "全国地区生产总值突破3000亿元的县级市有5个。",
    "全省地区生产总值超过100亿元的县有50个，我市成为全省第三个。",
    "全市地区生产总值超过100亿元的乡镇达到5个，成为全省第一。",
])
def test_places_past_a_threshold_stay_no_level(review):
    fs = facts(yiwu(review), report_year=2023)
    assert not any(k[0] == "gdp" and k[3] == "level" for k in fs)


# ---------------------------------------------------------------------------------------------------------------------
# decision 82 ("a place reached after a move among peers is the rank") was too narrow for a counted peer group with
# 位次 glued to 中 ("在15个副省级城市中位次上升至第8位"; found on this review's holdout after its blind score)
NINGBO = "宁波市人民政府工作报告\n一、2020年工作回顾\n2020年，全市实现地区生产总值12408.7亿元，增长3.3%，"


@pytest.mark.parametrize("sent", ["在15个副省级城市中位次上升至第8位。", "在15个副省级城市中位次前移1位，居第8位。",
                                  "在15个副省级城市中排名第8。"])
def test_a_counted_peer_group_before_its_place(sent):
    fs = facts(NINGBO + sent + "\n", report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "rank")) == (8, "eq")
    assert fs[("gdp", "actual", "2020", "rank")].scope == "15个副省级城市"


# look-alikes: a move with no place reached is no rank; a count after 在 with no ranking stays what it was
@pytest.mark.parametrize("sent", ["在15个副省级城市中位次前移1位。", "在15个重点镇中实施项目30个。"])
def test_no_place_reached_no_rank(sent):
    fs = facts(NINGBO + sent + "\n", report_year=2021)
    assert ("gdp", "actual", "2020", "rank") not in fs
    assert val(fs, ("gdp", "actual", "2020", "level")) == (12408.7, "eq")
