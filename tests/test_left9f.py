"""Residual fact classes (left9f): the first place a figure is stated wins over a number stated later,
a figure written before its name, a goal and this year's target in one clause, the three sectors in one
分别 list, a level of exports after the trade's growth, last year's target restated with no subject."""
from __future__ import annotations

import pytest

from factkeys import facts, val

PLAN = "二、{y}年工作安排\n"


# 1. a qualitative target stated first keeps its key against a number stated in a later sentence
@pytest.mark.parametrize("y,first,later,key", [
    (2024, "主要预期目标是：地区生产总值增长6%左右；单位地区生产总值能耗完成省下达目标任务。",
     "（五）推进绿色低碳发展。单位地区生产总值能耗下降2.5%，", ("energy_intensity", "target", "2024", "growth")),
    (2024, "今年全县主要预期目标：城镇调查失业率控制在省定目标以内，居民消费价格涨幅3%左右。",
     "（三）全力稳就业。新增城镇就业3500人，城镇调查失业率控制在5.5%以内。", ("urban_unemployment_rate", "target", "2024", "share")),
    (2025, "主要预期目标：居民人均可支配收入增长与经济增长基本同步。",
     "全年居民人均可支配收入增长6%。", ("disposable_income", "target", "2025", "growth")),
    (2026, "主要预期目标为：粮食产量稳定在省下达任务以上。", "（一）抓好粮食生产。粮食产量稳定在50万吨以上。",
     ("grain_output", "target", "2026", "level")),
])
def test_a_qualitative_target_stated_first_keeps_its_key(y, first, later, key):
    fs = facts(PLAN.format(y=y) + first + "\n" + later + "\n", report_year=y, region="德清县")
    assert val(fs, key) == (None, "qualitative")


@pytest.mark.parametrize("text,key,value", [
    # the number the qualitative words lead to in their own sentence is the target
    ("主要预期目标：经济增长保持在合理区间，地区生产总值增长5%以上。", ("gdp", "target", "2024", "growth"), (5, "at_least")),
    # a number stated first stays
    ("主要预期目标：居民人均可支配收入增长6%。\n（六）增进民生福祉。推动居民人均可支配收入增长与经济增长同步。",
     ("disposable_income", "target", "2024", "growth"), (6, "eq")),
])
def test_a_number_first_or_in_the_same_sentence_wins(text, key, value):
    fs = facts(PLAN.format(y=2024) + text + "\n", report_year=2024, region="德清县")
    assert val(fs, key) == value


# 5. a rate written before its name, the growth's word after the name
@pytest.mark.parametrize("y,text,key,value", [
    (2024, "今年主要预期目标：力争实现6%的规上工业增加值增长。", ("industrial_va", "target", "2024", "growth"), (6, "eq")),
    (2023, "今年的主要预期目标是：确保实现7%以上的地区生产总值增长。", ("gdp", "target", "2023", "growth"), (7, "at_least")),
    (2022, "主要预期目标：力争实现10%左右的社会消费品零售总额增长，", ("retail_sales", "target", "2022", "growth"), (10, "about")),
    (2025, "主要预期目标：实现8%的固定资产投资增长；", ("fixed_asset_investment", "target", "2025", "growth"), (8, "eq")),
])
def test_a_rate_before_its_name_and_growth_word(y, text, key, value):
    fs = facts(PLAN.format(y=y) + text + "\n", report_year=y, region="德清县")
    assert val(fs, key) == value
    assert fs[key].quote.endswith("增长")


@pytest.mark.parametrize("text,key", [
    ("主要预期目标：规上工业增加值增长6%的企业达到50家。", ("industrial_va", "target", "2024", "growth")),
    ("力争实现6%的规上工业增加值增长率目标。", ("industrial_va", "target", "2024", "growth")),
    ("主要预期目标：实现6%的增长。", ("gdp", "target", "2024", "growth")),
])
def test_no_rate_before_a_name_that_is_not_followed_by_its_growth_word(text, key):
    fs = facts(PLAN.format(y=2024) + text + "\n", report_year=2024, region="德清县")
    assert key not in fs or fs[key].value != 6


# 6. a goal and this year's target of one name in one sentence
@pytest.mark.parametrize("text,goal,target,gkey,tkey", [
    ("主要预期目标：常住人口城镇化率到2030年达到65%、今年达到60.5%。", 65, 60.5,
     ("urbanization_rate", "goal", "2030", "share"), ("urbanization_rate", "target", "2024", "share")),
    ("主要预期目标：森林覆盖率到2025年达到45%，今年达到44.2%。", 45, 44.2,
     ("forest_coverage", "goal", "2025", "share"), ("forest_coverage", "target", "2024", "share")),
    ("粮食产量到2030年稳定在100万吨以上，今年稳定在95万吨以上。", 100, 95,
     ("grain_output", "goal", "2030", "level"), ("grain_output", "target", "2024", "level")),
])
def test_a_goal_then_this_years_target(text, goal, target, gkey, tkey):
    fs = facts(PLAN.format(y=2024) + text + "\n", report_year=2024, region="德清县")
    assert fs[gkey].value == goal
    assert fs[tkey].value == target


def test_another_noun_after_a_comma_keeps_its_own_figure():
    fs = facts(PLAN.format(y=2024) + "高新技术企业达到120家、专精特新企业达到30家，常住人口城镇化率达到60.5%。\n",
               report_year=2024, region="德清县")
    assert val(fs, ("high_tech_enterprises", "target", "2024", "level")) == (120, "eq")
    assert val(fs, ("urbanization_rate", "target", "2024", "share")) == (60.5, "eq")


# 3. the exports' level after the trade's growth
REVIEW = "一、{py}年工作回顾\n"


@pytest.mark.parametrize("text,value,unit", [
    ("过去一年，外贸进出口增长12%，实现出口28亿元。", 28, "亿元"),
    ("货物进出口增长6.1%，实现出口额156亿元、增长8%。", 156, "亿元"),
    ("对外贸易进出口增长9%，实现出口额5.6亿美元，增长12%。", 5.6, "亿美元"),
    ("外贸进出口逆势增长3.2%，完成出口86.5亿元。", 86.5, "亿元"),
])
def test_exports_level_after_trade_growth(text, value, unit):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert ("foreign_trade", "actual", "2023", "level") not in fs
    assert fs[("exports", "actual", "2023", "level")].value == value
    assert fs[("exports", "actual", "2023", "level")].unit == unit
    assert ("foreign_trade", "actual", "2023", "growth") in fs


@pytest.mark.parametrize("text,value", [
    ("实现外贸进出口28亿元，增长12%。", 28),
    ("外贸进出口增长12%，总额达到28亿元。", 28),
    ("外贸进出口增长12%，实现进出口总额28亿元。", 28),
])
def test_trade_level_stays_the_trades(text, value):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert val(fs, ("foreign_trade", "actual", "2023", "level")) == (value, "eq")
    assert ("exports", "actual", "2023", "level") not in fs


# 8. the three sectors by their plain names in one 分别 list
@pytest.mark.parametrize("text,vals", [
    ("过去一年，农业、工业、服务业增加值分别增长3.5%、6%、7%。", (3.5, 6, 7)),
    ("全年农业、工业和服务业增加值分别增长4%、8.2%、9.1%。", (4, 8.2, 9.1)),
    ("农林牧渔业、工业、服务业增加值分别增长2.8%、5.1%和6.4%。", (2.8, 5.1, 6.4)),
])
def test_three_sectors_by_plain_names(text, vals):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    for iid, v in zip(("primary_industry_va", "secondary_industry_va", "tertiary_industry_va"), vals):
        assert val(fs, (iid, "actual", "2023", "growth")) == (v, "eq")


def test_a_list_with_another_sector_is_no_three_sector_list():
    fs = facts(REVIEW.format(py=2023) + "农业、工业、建筑业增加值分别增长3.5%、6%、7%。\n", report_year=2024, region="德清县")
    assert ("secondary_industry_va", "actual", "2023", "growth") not in fs
    assert ("tertiary_industry_va", "actual", "2023", "growth") not in fs
    fs = facts(REVIEW.format(py=2023) + "规上工业增加值增长6.5%。\n", report_year=2024, region="德清县")
    assert ("secondary_industry_va", "actual", "2023", "growth") not in fs


# 4. last year's target restated after the result, its subject left out
@pytest.mark.parametrize("text,key,target", [
    ("过去一年，地区生产总值增长7.2%，年初确定的增长7%的目标圆满完成。", ("gdp", "actual", "2023", "growth"), (7, "eq")),
    ("居民人均可支配收入增长7.5%，年初定下的增长7%的目标顺利实现。", ("disposable_income", "actual", "2023", "growth"), (7, "eq")),
    ("规模以上工业增加值增长8.6%，完成年初预期8%的目标。", ("industrial_va", "actual", "2023", "growth"), (8, "eq")),
    ("全县地区生产总值增长5.8%，实现了年初确定的5.5%左右的预期目标。", ("gdp", "actual", "2023", "growth"), (5.5, "about")),
    ("全县地区生产总值增长5.4%，年初确定的增长5.5%左右的目标基本实现。", ("gdp", "actual", "2023", "growth"), (5.5, "about")),
])
def test_last_years_target_after_the_result(text, key, target):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert key in fs
    assert val(fs, (key[0], "target", "2023", "growth")) == target


@pytest.mark.parametrize("text", [
    "地区生产总值增长7.2%，增速居全省第3位，年初确定的目标任务圆满完成。",
    "地区生产总值增长7.2%，年初确定的10个重点项目全部开工。",
    "地区生产总值增长7.2%，年初确定的民生实事完成95%。",
])
def test_no_target_without_a_set_rate(text):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (7.2, "eq")
    assert ("gdp", "target", "2023", "growth") not in fs


# 2. a ten-year goal is a goal over the ten years from the report's year, not this year's target
@pytest.mark.parametrize("text", [
    "今后十年，全县森林覆盖率稳定在44%以上。",
    "实施国土绿化提升工程，力争用十年时间，使森林覆盖率稳定在44%以上。",
    "未来十年，我们要努力使森林覆盖率稳定在44%以上。",
])
def test_a_ten_year_goal(text):
    fs = facts(PLAN.format(y=2024) + text + "今年主要预期目标：地区生产总值增长6%左右。\n", report_year=2024, region="德清县")
    assert val(fs, ("forest_coverage", "goal", "2024-2033", "share")) == (44, "at_least")
    assert ("forest_coverage", "target", "2024", "share") not in fs
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


@pytest.mark.parametrize("text,key", [
    ("一、2023年工作回顾\n我们用十年时间，使森林覆盖率由30%提高到44%。\n", ("forest_coverage", "actual", "2023", "share")),
    ("一、2023年工作回顾\n十年来，森林覆盖率由30%提高到44%。\n", ("forest_coverage", "actual", "2023", "share")),
    ("二、2024年工作安排\n实施未来十年产业发展规划，森林覆盖率稳定在44%以上。\n", ("forest_coverage", "target", "2024", "share")),
])
def test_ten_years_gone_or_a_programmes_name_is_no_goal(text, key):
    fs = facts(text, report_year=2024, region="德清县")
    assert fs[key].value == 44
    assert not any(k[0] == "forest_coverage" and k[1] == "goal" for k in fs)


@pytest.mark.parametrize("text,y,goal,target,gkey", [
    ("研发经费投入强度到2027年达到3%，2024年达到2.6%。", 2024, 3, 2.6, ("rnd_intensity", "goal", "2027", "share")),
    ("全县常住人口城镇化率到2027年达到55%，年内达到52%。", 2025, 55, 52, ("urbanization_rate", "goal", "2027", "share")),
])
def test_this_years_target_named_by_its_year_after_a_goal(text, y, goal, target, gkey):
    fs = facts(PLAN.format(y=y) + text + "\n", report_year=y, region="德清县")
    assert fs[gkey].value == goal
    assert fs[(gkey[0], "target", str(y), gkey[3])].value == target


def test_a_later_years_figure_after_a_goal_stays_a_goal():
    fs = facts(PLAN.format(y=2024) + "常住人口城镇化率到2030年达到65%，2025年达到62%。\n", report_year=2024, region="德清县")
    assert ("urbanization_rate", "target", "2024", "share") not in fs
    assert fs[("urbanization_rate", "goal", "2030", "share")].value == 65


# a goal's year does not date a clause that opens with this year
@pytest.mark.parametrize("text", [
    "到2030年，常住人口城镇化率达到65%；今年，全县地区生产总值增长6%左右。",
    "到2030年，常住人口城镇化率达到65%，今年全县地区生产总值增长6%左右。",
    "到2030年，常住人口城镇化率达到65%；2024年，全县地区生产总值增长6%左右。",
])
def test_this_years_clause_after_a_goal(text):
    fs = facts(PLAN.format(y=2024) + text + "\n", report_year=2024, region="德清县")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (65, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert not any(k[0] == "gdp" and k[1] == "goal" for k in fs)


@pytest.mark.parametrize("text,key", [
    ("主要目标是：力争到2027年，地区生产总值突破1000亿元；常住人口城镇化率达到65%。", ("urbanization_rate", "goal", "2027", "share")),
    ("到2030年，全县地区生产总值比今年增长50%，常住人口城镇化率达到65%。", ("urbanization_rate", "goal", "2030", "share")),
    ("到2027年，常住人口城镇化率达到65%，2024年以来年均提高1个百分点。", ("urbanization_rate", "goal", "2027", "share")),
])
def test_the_goals_year_still_dates_its_list(text, key):
    fs = facts(PLAN.format(y=2024) + text + "\n", report_year=2024, region="德清县")
    assert fs[key].value == 65


@pytest.mark.parametrize("text,vals", [
    ("工业、服务业增加值分别增长6%、7%。", (6, 7)),
    ("规上工业和服务业增加值分别增长8.1%、5.2%。", (8.1, 5.2)),
])
def test_industry_and_services_in_one_list(text, vals):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (vals[0], "eq")
    assert val(fs, ("tertiary_industry_va", "actual", "2023", "growth")) == (vals[1], "eq")
    assert ("secondary_industry_va", "actual", "2023", "growth") not in fs


@pytest.mark.parametrize("text", ["外贸进出口增长12%，完成出口退税5.2亿元。", "外贸进出口增长7.5%，实现出口交货值28亿元。"])
def test_a_thing_named_after_exports_is_no_trade_level(text):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert ("foreign_trade", "actual", "2023", "growth") in fs
    assert ("foreign_trade", "actual", "2023", "level") not in fs
    assert ("exports", "actual", "2023", "level") not in fs


@pytest.mark.parametrize("text,key,value", [
    ("固定资产投资增长5%，完成投资额120亿元。", ("fixed_asset_investment", "actual", "2023", "level"), 120),
    ("社会消费品零售总额增长8%，实现零售额98亿元。", ("retail_sales", "actual", "2023", "level"), 98),
])
def test_the_names_own_amount_after_its_growth(text, key, value):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert fs[key].value == value


def test_two_rates_before_their_names_in_one_list():
    fs = facts(PLAN.format(y=2023) + "今年要确保实现6.5%的地区生产总值增长、10%的固定资产投资增长。\n", report_year=2023, region="德清县")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2023", "growth")) == (10, "eq")


@pytest.mark.parametrize("text", ["占全县8%的规上工业增加值增长，贡献率达到30%。", "全县以8%的规上工业增加值增长带动就业。"])
def test_a_share_before_a_name_is_no_growth(text):
    fs = facts(REVIEW.format(py=2022) + text + "\n", report_year=2023, region="德清县")
    assert ("industrial_va", "actual", "2022", "growth") not in fs


def test_ten_years_within_is_a_goal_but_twenty_is_not_ten():
    fs = facts(PLAN.format(y=2024) + "（五）推进生态文明建设。力争十年内全县森林覆盖率稳定在44%以上。\n", report_year=2024, region="德清县")
    assert val(fs, ("forest_coverage", "goal", "2024-2033", "share")) == (44, "at_least")
    fs = facts(PLAN.format(y=2024) + "（五）推进生态文明建设。力争二十年内全县森林覆盖率稳定在44%以上。\n", report_year=2024, region="德清县")
    assert ("forest_coverage", "goal", "2024-2033", "share") not in fs


@pytest.mark.parametrize("words", ["的十年目标", "的远景目标", "的中长期目标"])
def test_a_long_term_goal_restated_in_the_review_is_no_result(words):
    fs = facts(REVIEW.format(py=2023) + f"过去一年，我们围绕森林覆盖率稳定在44%以上{words}，完成造林5万亩。\n",
               report_year=2024, region="德清县")
    assert ("forest_coverage", "actual", "2023", "share") not in fs


def test_a_result_before_a_goal_named_after_it_stays():
    fs = facts(REVIEW.format(py=2023) + "全县森林覆盖率达到44%，为实现到2035年森林覆盖率达到50%的远景目标打下基础。\n",
               report_year=2024, region="德清县")
    assert val(fs, ("forest_coverage", "actual", "2023", "share")) == (44, "eq")
    assert val(fs, ("forest_coverage", "goal", "2035", "share")) == (50, "eq")


def test_a_headlines_qualitative_words_yield_to_the_bodys_figure():
    text = ("政府工作报告：今年居民收入增长与经济增长同步\n本报讯 1月10日，县十八届人大三次会议开幕。县长作政府工作报告。"
            "报告提出，今年全县主要预期目标是：地区生产总值增长6%左右，居民人均可支配收入增长6%。\n")
    fs = facts(text, report_year=2024, region="德清县")
    assert val(fs, ("disposable_income", "target", "2024", "growth")) == (6, "eq")


@pytest.mark.parametrize("lead", [
    "今年政府工作的总体要求是：坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长，居民收入稳步增长，固定资产投资平稳增长。",
    "今年，我们将坚定不移稳增长，确保经济增长保持在合理区间，居民收入稳步增长，固定资产投资平稳增长。",
])
def test_qualitative_words_outside_the_list_yield_to_the_lists_figures(lead):
    fs = facts(PLAN.format(y=2024) + lead + "\n主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%，居民人均可支配收入增长6%。\n",
               report_year=2024, region="德清县")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("disposable_income", "target", "2024", "growth")) == (6, "eq")


@pytest.mark.parametrize("marker", ["——", "1."])
def test_a_qualitative_item_of_a_multi_line_target_list_keeps_its_key(marker):
    text = (PLAN.format(y=2024) + "今年经济社会发展主要预期目标是：\n" + marker + "地区生产总值增长6%左右；\n" + marker +
            "单位地区生产总值能耗完成省下达任务；\n" + marker + "居民人均可支配收入增长与经济增长同步。\n"
            "（五）推进绿色低碳发展。单位地区生产总值能耗下降2.5%。\n（六）增进民生福祉。居民人均可支配收入增长6%。\n")
    fs = facts(text, report_year=2024, region="德清县")
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (None, "qualitative")
    assert val(fs, ("disposable_income", "target", "2024", "growth")) == (None, "qualitative")


@pytest.mark.parametrize("lead", ["今年政府工作的总体要求是：\n坚持稳中求进，居民收入稳步增长，固定资产投资平稳增长。\n",
                                  "总体要求：\n——居民收入稳步增长；\n——固定资产投资平稳增长。\n"])
def test_a_requirements_list_is_no_list_of_targets(lead):
    fs = facts(PLAN.format(y=2024) + lead + "主要预期目标是：\n1.固定资产投资增长8%；\n2.居民人均可支配收入增长6%。\n",
               report_year=2024, region="德清县")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("disposable_income", "target", "2024", "growth")) == (6, "eq")


@pytest.mark.parametrize("lead", ["今年是未来五年发展的起步之年，", "今年是今后五年的开局之年，", "今年是未来十年发展的起步之年，"])
def test_this_year_as_the_first_of_the_years_ahead_is_this_years(lead):
    fs = facts(PLAN.format(y=2024) + lead + "全年地区生产总值增长6%左右。\n", report_year=2024, region="德清县")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert not any(k[1] == "goal" for k in fs)


def test_the_five_years_ahead_still_make_a_goal():
    fs = facts("二、今后五年目标任务\n今后五年，全县地区生产总值年均增长6%左右。\n", report_year=2024, region="德清县")
    assert val(fs, ("gdp", "goal", "2024-2028", "growth")) == (6, "about")


@pytest.mark.parametrize("task", ["（一）稳定粮食生产。粮食产量稳定在35万吨以上。", "（三）聚焦目标任务，稳定粮食生产。粮食产量稳定在35万吨以上。"])
def test_a_task_headings_words_are_no_listed_target(task):
    fs = facts(PLAN.format(y=2024) + "今年全县主要预期目标是：地区生产总值增长6%左右。\n" + task + "\n", report_year=2024, region="德清县")
    assert val(fs, ("grain_output", "target", "2024", "level")) == (35, "at_least")
