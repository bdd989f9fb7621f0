"""What earlier rounds left, one class at a time, blind (lft52, decision 416): a plan's goal in brackets after a verb of
meeting it or with no verb ("，已达到“十三五”规划目标（48%）", "，“十三五”规划目标（57%）提前实现"); a year-start plan and its
result in two sentences ("年初计划增长10%。实际增长8.6%。"); a plan report's target whose figure comes before its name
("按照增长7.5%左右安排地区生产总值预期目标"); an English result set against its target in the clause after it ("…grew 9
percent in 2016, in line with the target of 8.5 to 9 percent set early last year."). With look-alikes that must not
change. The sentences are written for these tests, not copied from the set."""
from factkeys import key_values, read

_GWR = "桃源县2021年政府工作报告\n\n——2021年1月18日在桃源县第十八届人民代表大会第五次会议上\n\n一、“十三五”时期工作回顾\n\n"
_PLAN = ("关于达州市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n"
         "——2023年1月10日在达州市第五届人民代表大会第三次会议上\n\n二、2023年主要目标\n\n")
_EN = ("江苏省人民政府门户网站\n\n省十二届人大五次会议开幕\n发布时间：2017-01-16\n\n1月15日上午，江苏省第十二届人民代表大会第五次"
       "会议开幕。省长代表省人民政府作政府工作报告。\n\nEnglish summary\n")


def _gwr(body: str) -> dict:
    return key_values(read(_GWR + body + "\n", "桃源县.txt", region="桃源县", level="county", report_year=2021))


def _plan(body: str) -> dict:
    return key_values(read(_PLAN + body + "\n", "达州市.txt", region="达州市", level="prefecture", report_year=2023,
                           doc_type="plan_report"))


def _en(body: str) -> dict:
    return key_values(read(_EN + body + "\n", "江苏省.txt", region="江苏省", level="province", report_year=2017))


# --- a plan's goal in brackets after the result ---

def test_goal_in_brackets_after_already_met():
    # "，已达到“十三五”规划目标（60%）": the plan's goal of the same name, its span the plan's
    kv = _gwr("五年来，全县常住人口城镇化率达到61.2%，已达到“十三五”规划目标（60%）。")
    assert kv.get(("urbanization_rate", "actual", "2020", "share")) == (61.2, "eq")
    assert kv.get(("urbanization_rate", "goal", "2016-2020", "share")) == (60, "eq")


def test_goal_in_brackets_after_already_achieved():
    # 已经实现 before the plan: the goal as after 已达到
    kv = _gwr("五年来，全县森林覆盖率达到66.3%，已经实现“十三五”规划目标（65%）。")
    assert kv.get(("forest_coverage", "goal", "2016-2020", "share")) == (65, "eq")


def test_goal_in_brackets_with_no_verb():
    # "，“十三五”规划目标（63%）提前实现": the plan opens its clause, the verb after the bracket
    kv = _gwr("五年来，全县森林覆盖率达到64.1%，“十三五”规划目标（63%）提前实现。")
    assert kv.get(("forest_coverage", "goal", "2016-2020", "share")) == (63, "eq")


def test_goal_met_with_no_figure_gives_no_goal():
    # look-alike: the plan's goal named as met with no figure of it: no goal, the result alone
    kv = _gwr("五年来，全县森林覆盖率达到64.1%，已达到“十三五”规划目标，生态环境持续改善。")
    assert kv.get(("forest_coverage", "actual", "2020", "share")) == (64.1, "eq")
    assert not any(k[1] == "goal" for k in kv)


def test_already_done_task_after_a_share_is_not_carried():
    # look-alike: 已完成 before a task of its own (no plan after it): the share's name is not carried to the count
    kv = _gwr("五年来，全县森林覆盖率达到64.1%，已完成植树造林12万亩。")
    assert kv.get(("forest_coverage", "actual", "2020", "share")) == (64.1, "eq")
    assert len([k for k in kv if k[0] == "forest_coverage"]) == 1


def test_year_plan_in_brackets_stays_the_years_target():
    # look-alike: a year's plan in brackets after a result ("低于年度计划（9%）") is that year's target, no goal
    kv = _gwr("2020年，全县社会消费品零售总额下降2.4%，低于年度计划（9%）。")
    assert kv.get(("retail_sales", "target", "2020", "growth")) == (9, "eq")
    assert not any(k[1] == "goal" for k in kv)


# --- a year-start plan and its result in two sentences ---

def test_plan_then_result_in_the_next_sentence():
    # "年初计划增长12%。实际增长9.4%。": the plan the year's target, the next sentence's result the same name's
    kv = _gwr("2020年，全县固定资产投资年初计划增长12%。实际增长9.4%。")
    assert kv.get(("fixed_asset_investment", "target", "2020", "growth")) == (12, "eq")
    assert kv.get(("fixed_asset_investment", "actual", "2020", "growth")) == (9.4, "eq")


def test_plan_then_whole_year_result_in_the_next_sentence():
    # "。全年实际增长4.6%": the result word with the year before it
    kv = _gwr("2020年，全县一般公共预算收入年初预期增长7%。全年实际增长4.6%。")
    assert kv.get(("general_budget_revenue", "target", "2020", "growth")) == (7, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2020", "growth")) == (4.6, "eq")


def test_next_sentence_of_another_name_is_not_carried():
    # look-alike: the next sentence names its own subject ("税收收入实际增长3.2%"): no result of the plan's name
    kv = _gwr("2020年，全县一般公共预算收入年初计划增长6%。税收收入实际增长3.2%。")
    assert kv.get(("general_budget_revenue", "target", "2020", "growth")) == (6, "eq")
    assert ("general_budget_revenue", "actual", "2020", "growth") not in kv


def test_next_sentence_result_of_another_thing_is_not_carried():
    # look-alike: "。实际完成重点项目投资126亿元": a thing named between the result word and its figure, not the revenue's level
    kv = _gwr("2020年，全县一般公共预算收入年初计划增长6%。实际完成重点项目投资126亿元。")
    assert ("general_budget_revenue", "actual", "2020", "level") not in kv


def test_result_after_a_plain_result_is_not_carried():
    # look-alike: a sentence that sets nothing before ("增长6.2%。"): the next sentence's result is not the name's
    kv = _gwr("2020年，全县一般公共预算收入增长6.2%。实际完成重点项目投资126亿元。")
    assert kv.get(("general_budget_revenue", "actual", "2020", "growth")) == (6.2, "eq")
    assert ("general_budget_revenue", "actual", "2020", "level") not in kv


# --- a target's figure set before its name ---

def test_rate_arranged_before_the_name_and_its_target():
    # "按照增长6.5%左右安排地区生产总值预期目标": the year's target of the name after the figure
    kv = _plan("综合考虑，按照增长6.5%左右安排地区生产总值预期目标，一般公共预算收入预期增长5%。")
    assert kv.get(("gdp", "target", "2023", "growth")) == (6.5, "about")
    assert kv.get(("general_budget_revenue", "target", "2023", "growth")) == (5, "eq")


def test_rate_arranged_short_form_and_decline():
    # 按 for 按照, 确定 for 安排, and a fall: the sign the words give
    kv = _plan("按增长8%确定全市规模以上工业增加值增长目标，按照下降3%安排单位地区生产总值能耗目标。")
    assert kv.get(("industrial_va", "target", "2023", "growth")) == (8, "eq")
    assert kv.get(("energy_intensity", "target", "2023", "growth")) == (-3, "eq")


def test_standard_arranged_before_a_subsidy_is_no_target():
    # look-alike: "按照每人每年640元的标准安排…财政补助", "按照增长10%安排重点项目投资": no rate, or no 目标 after the name
    kv = _plan("按照每人每年640元的标准安排城乡居民基本医疗保险财政补助，按照增长10%安排重点项目投资。")
    assert not any(k[1] == "target" and k[0] in ("gdp", "fixed_asset_investment") for k in kv)


def test_gap_arranged_before_the_name_gives_no_figure():
    # look-alike: "按照高于全省1个百分点安排…预期目标": a gap in points, no rate of the name's
    kv = _plan("按照高于全省1个百分点安排地区生产总值预期目标。")
    assert ("gdp", "target", "2023", "growth") not in kv


# --- an English result set against its target ---

def test_english_target_range_set_last_year():
    # "…grew 7.8 percent in 2016, in line with the target of 7.5 to 8 percent set early last year.": 2016's target, a range
    kv = _en("Jiangsu's GDP grew 7.8 percent in 2016, in line with the target of 7.5 to 8 percent set early last year.")
    assert kv.get(("gdp", "actual", "2016", "growth")) == (7.8, "eq")
    assert kv.get(("gdp", "target", "2016", "growth")) == (7.5, "range")


def test_english_target_above_of_the_results_year():
    # "…, above the target of 7 percent.": no year after the target, the result's year named before the comma
    kv = _en("Retail sales of consumer goods rose 10.9 percent in 2016, above the target of 10 percent.")
    assert kv.get(("retail_sales", "actual", "2016", "growth")) == (10.9, "eq")
    assert kv.get(("retail_sales", "target", "2016", "growth")) == (10, "eq")


def test_english_average_compared_is_no_target():
    # look-alike: "…, higher than the national average of 6.7 percent.": an average of the level above, no target
    kv = _en("Jiangsu's GDP grew 7.8 percent in 2016, higher than the national average of 6.7 percent.")
    assert kv.get(("gdp", "actual", "2016", "growth")) == (7.8, "eq")
    assert not any(k[1] == "target" for k in kv)


def test_english_target_set_for_this_year_unchanged():
    # look-alike: a target named before its figure for this year (decision 386/388), as before
    kv = _en("The province set a GDP growth target of 7 to 7.5 percent for this year.")
    assert kv.get(("gdp", "target", "2017", "growth")) == (7, "range")
