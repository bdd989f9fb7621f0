"""The main targets of provincial reports across years (2016–2026), read from a passage that runs from the
review's last paragraphs through the 主要预期目标 paragraph to the first tasks: last year's results stay
actuals, this year's targets stay targets, and last year's target and result restated beside the new one
keep their own keys."""
from __future__ import annotations

import pytest

from factkeys import facts, val

HEAD = "{prov}政府工作报告\n——{y}年1月20日在{prov}第十三届人民代表大会第四次会议上\n\n"


# 1. the review's last paragraphs before a plan part numbered 三 (a 2021 report's 二 is the five-year plan):
#    with the review's closing words before it, the passage before the part is the review
@pytest.mark.parametrize("prov,y,item,close", [
    ("河北省", 2021, "（八）民生保障有力有效。全省民生支出占一般公共预算支出的比重达到80.2%。城镇新增就业87.2万人，"
                     "城镇调查失业率控制在5.5%以内。粮食总产量758.5亿斤。",
     "我们也清醒认识到，全省经济社会发展还存在一些突出问题：经济总量不大、质量效益不高。"),
    ("云南省", 2026, "（七）民生保障坚实有力。城镇新增就业87.2万人，城镇调查失业率控制在5.5%以内。粮食总产量758.5亿斤。",
     "成绩来之不易。这是全省各族人民团结奋斗的结果。"),
    ("江苏省", 2016, "全省城镇新增就业87.2万人，城镇调查失业率控制在5.5%以内，粮食总产量758.5亿斤，社会民生持续改善。",
     "在肯定成绩的同时，我们也清醒地看到，我省发展中还存在不少矛盾和问题。"),
])
def test_review_end_before_a_third_part_is_the_review(prov, y, item, close):
    fs = facts(HEAD.format(prov=prov, y=y) + f"{item}\n\n{close}\n\n三、{y}年工作安排\n\n"
               f"今年全省经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业85万人以上，"
               f"城镇调查失业率5.5%左右，粮食产量稳定在740亿斤以上。\n")
    last = str(y - 1)
    assert val(fs, ("urban_new_jobs", "actual", last, "level")) == (87.2, "eq")
    assert val(fs, ("grain_output", "actual", last, "level")) == (758.5, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (6.5, "about")
    assert val(fs, ("urban_new_jobs", "target", str(y), "level")) == (85, "at_least")
    assert val(fs, ("urban_unemployment_rate", "target", str(y), "share")) == (5.5, "about")
    assert val(fs, ("grain_output", "target", str(y), "level")) == (740, "at_least")


@pytest.mark.parametrize("lead", [
    # the plan's look at the year ahead: "也要清醒看到" is no review's closing
    "同时也要清醒看到，当前面临的风险挑战仍然较多。今年要确保城镇新增就业70万人以上，粮食产量稳定在500亿斤以上。",
    "我们也要清醒认识到，外部环境更趋复杂。今年全省城镇新增就业70万人以上，粮食产量稳定在500亿斤以上。",
])
def test_the_plans_look_ahead_before_a_third_part_stays_the_plan(lead):
    fs = facts(HEAD.format(prov="湖北省", y=2021) + f"{lead}\n\n三、2021年重点工作\n\n（一）扩大有效投资。固定资产投资增长10%以上。\n")
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (70, "at_least")
    assert val(fs, ("grain_output", "target", "2021", "level")) == (500, "at_least")
    assert ("urban_new_jobs", "actual", "2020", "level") not in fs


def test_the_five_year_part_before_a_third_part_keeps_its_goals():
    fs = facts(HEAD.format(prov="广东省", y=2021) + "（三）“十四五”时期主要目标。到2025年，地区生产总值年均增长5.5%左右，"
               "城镇调查失业率控制在5.5%以内。\n\n我们也要清醒看到，外部环境更趋复杂。\n\n三、2021年工作安排\n\n"
               "今年主要预期目标是：地区生产总值增长6%以上。\n")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (5.5, "about")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (6, "at_least")
    assert not any(k[1] == "actual" for k in fs)


# 2. last year's GDP target and result restated beside this year's target, in the plan's explanation of it
PLAN = "二、{y}年工作安排\n今年全省经济社会发展的主要预期目标是：地区生产总值增长{t}左右，城镇新增就业45万人以上。\n"


@pytest.mark.parametrize("y,t,said,target,actual", [
    (2018, "7%", "我们把经济增长目标确定为7%左右，比去年7.6%的实际增速略低，主要考虑是更加注重发展质量。", None, 7.6),
    (2019, "8%", "这里需要说明的是，去年我们提出生产总值增长8%左右，实际增长8.02%，完成了预期目标。", (8, "about"), 8.02),
    (2016, "7.5%", "需要说明的是，经济增长7.5%左右的预期目标，比去年8%左右的目标和7.7%的实际增速有所调低。", (8, "about"), 7.7),
    (2016, "7%", "我们把经济增长预期目标确定为7%左右，比去年8%的目标和实际增长8%略有降低。", (8, "eq"), 8),
    (2017, "8.5%", "经济增长8.5%左右的目标，与去年9%左右的预期目标和9%的实际增速相比略有下调。", (9, "about"), 9),
    (2024, "5%", "地区生产总值增长5%左右的目标，比上年5.5%左右的预期目标有所调低。", (5.5, "about"), None),
])
def test_last_years_target_and_result_beside_this_years(y, t, said, target, actual):
    fs = facts(PLAN.format(y=y, t=t) + said + "\n", report_year=y)
    assert val(fs, ("gdp", "target", str(y), "growth")) == (float(t[:-1]), "about")
    last = str(y - 1)
    if target:
        assert val(fs, ("gdp", "target", last, "growth")) == target
    else:
        assert ("gdp", "target", last, "growth") not in fs
    if actual:
        assert val(fs, ("gdp", "actual", last, "growth")) == (actual, "eq")


@pytest.mark.parametrize("said,key,want", [
    # a review's result and last year's target after it: as before
    ("一、2023年工作回顾\n去年全省地区生产总值增长5.6%，高于5.5%左右的预期目标。\n", ("gdp", "target", "2023", "growth"), (5.5, "about")),
    # this year's target named after last year's result, 今年 between: this year's, no hint
    ("二、2024年工作安排\n去年全省地区生产总值增长5.2%，为今年实现增长5.5%左右的目标奠定了基础。\n", ("gdp", "actual", "2023", "growth"), (5.2, "eq")),
    # real growth after the nominal, both last year's results: the first stays
    ("一、2023年工作回顾\n去年城镇居民人均可支配收入增长6%，扣除价格因素实际增长4%。\n", ("urban_disposable_income", "actual", "2023", "growth"), (6, "eq")),
    # 上年同期 is no year gone by: the figures of this year's plan stay this year's
    ("二、2024年工作安排\n今年一般公共预算收入增长5%，比上年同期3%的实际增速有所加快。\n", ("general_budget_revenue", "target", "2024", "growth"), (5, "eq")),
])
def test_no_last_years_hint_where_its_words_are_not_there(said, key, want):
    fs = facts(said, report_year=2024)
    assert val(fs, key) == want
    if key[0] == "gdp" and key[1] == "actual":
        assert ("gdp", "target", "2023", "growth") not in fs
    if key[1] == "target" and key[2] == "2024":
        assert ("general_budget_revenue", "actual", "2023", "growth") not in fs


# 3. this year's target named in a clause of its own after last year's result, in the plan's part
@pytest.mark.parametrize("y,said,last,want", [
    (2023, "去年全省地区生产总值增长2.1%，增长5%以上的目标体现了全面振兴新突破的要求。", 2.1, (5, "at_least")),
    (2022, "去年全省地区生产总值增长7.7%，两年平均增长5.7%，经济增长6.5%以上的目标体现了稳中求进的要求。", 7.7, (6.5, "at_least")),
    (2026, "2025年全省地区生产总值预计增长5.6%，增长5%左右的目标留有余地。", 5.6, (5, "about")),
])
def test_this_years_target_after_last_years_result(y, said, last, want):
    fs = facts(f"二、{y}年工作总体要求和主要目标\n{said}\n", report_year=y)
    assert val(fs, ("gdp", "actual", str(y - 1), "growth")) == (last, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == want
    assert ("gdp", "target", str(y - 1), "growth") not in fs


@pytest.mark.parametrize("said,want", [
    ("去年全省地区生产总值增长5.2%，增长5%左右的目标顺利实现。", (5, "about")),   # met: last year's
    ("去年全省地区生产总值增长5.2%，高于5%左右的预期目标。", (5, "about")),         # compared: last year's
])
def test_last_years_target_after_its_result_stays_last_years(said, want):
    fs = facts(f"二、2023年工作安排\n今年主要预期目标是：地区生产总值增长5%以上。\n{said}\n", report_year=2023)
    assert val(fs, ("gdp", "target", "2022", "growth")) == want
    assert val(fs, ("gdp", "target", "2023", "growth")) == (5, "at_least")


# 4. "完成国家下达的目标" in a list of targets is a qualitative target: the items after it stay targets
@pytest.mark.parametrize("done", ["单位生产总值能耗下降完成国家下达的目标", "主要污染物排放量完成省下达的目标任务",
                                  "节能减排完成上级下达的目标"])
def test_a_handed_down_target_does_not_make_the_next_items_results(done):
    fs = facts(f"二、2018年工作总体要求和主要预期目标\n今年经济社会发展主要预期目标是：地区生产总值增长7%左右，{done}，"
               "外贸进出口总额增长10%左右，城镇新增就业45万人以上。\n", report_year=2018)
    assert val(fs, ("foreign_trade", "target", "2018", "growth")) == (10, "about")
    assert val(fs, ("urban_new_jobs", "target", "2018", "level")) == (45, "at_least")
    assert not any(k[1] == "actual" for k in fs)


def test_a_target_met_in_the_review_still_dates_the_results_after_it():
    fs = facts("报告回顾，去年全省完成年初确定的目标，外贸进出口总额增长10%。\n", report_year=2018)
    assert val(fs, ("foreign_trade", "actual", "2017", "growth")) == (10, "eq")


# 5. last year's growth with its name left out, beside this year's target in the plan's explanation
@pytest.mark.parametrize("y,said,last", [
    (2021, "经济增长预期目标确定为6.5%左右，综合考虑了去年增长3.9%、两年平均5.2%左右的基础。", 3.9),
    (2024, "经济增长预期目标定在6.5%左右，与去年实际增长5%保持一致。", 5),
    (2023, "经济增长目标定在6.5%左右，考虑了去年增长4.3%、比全国高1.3个百分点的基础。", 4.3),
    (2024, "去年我们确定经济增长5.5%左右的预期目标，全省实际增长4.3%，与预期目标存在差距。", 4.3),
])
def test_last_years_growth_with_its_name_left_out(y, said, last):
    fs = facts(PLAN.format(y=y, t="6.5%") + said + "\n", report_year=y)
    assert val(fs, ("gdp", "target", str(y), "growth")) == (6.5, "about")
    assert val(fs, ("gdp", "actual", str(y - 1), "growth")) == (last, "eq")


def test_another_names_growth_after_last_years_word_is_its_own():
    # the clause after names its own indicator: the subject is that one's
    fs = facts(PLAN.format(y=2024, t="5%") + "经济增长目标定在5%左右，去年固定资产投资增长3%，今年力争增长5%以上。\n",
               report_year=2024)
    assert ("gdp", "actual", "2023", "growth") not in fs
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (3, "eq")


def test_last_years_growth_as_the_base_of_this_years_target():
    fs = facts("二、2018年主要目标\n今年全区生产总值增长7%左右，在去年增长7.6%的基础上保持平稳。\n", report_year=2018)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (7.6, "eq")


def test_growth_on_last_years_base_stays_this_years():
    fs = facts("二、2018年主要目标\n今年全区生产总值在去年基础上增长7%左右，固定资产投资在上年基础上增长8%。\n", report_year=2018)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (7, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2018", "growth")) == (8, "eq")
    assert not any(k[1] == "actual" for k in fs)


# 6. a passage with no titles: the review's last paragraphs, its closing words, then a paragraph turning to the year
def test_untitled_review_end_then_the_years_targets():
    fs = facts(HEAD.format(prov="湖北省", y=2024) + "城镇新增就业93.6万人，城镇调查失业率5.3%。粮食产量555.1亿斤。\n\n"
               "我们也清醒看到，全省经济社会发展还面临不少困难和挑战。\n\n2024年是中华人民共和国成立75周年，是实现“十四五”"
               "规划目标任务的关键一年。今年全省经济社会发展主要预期目标是：地区生产总值增长6%左右，城镇新增就业70万人以上，"
               "城镇调查失业率5.5%左右，粮食产量稳定在550亿斤以上。\n")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (93.6, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2023", "share")) == (5.3, "eq")
    assert val(fs, ("grain_output", "actual", "2023", "level")) == (555.1, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (70, "at_least")
    assert val(fs, ("grain_output", "target", "2024", "level")) == (550, "at_least")


@pytest.mark.parametrize("text", [
    # the plan's own look ahead after the turn: no review before it
    "2024年是中华人民共和国成立75周年。\n同时，我们也清醒看到，外部环境更趋复杂。\n今年全省主要预期目标是：地区生产总值增长6%左右，"
    "城镇新增就业70万人以上。\n",
    # a news page: the lead's targets stay targets
    "新华社武汉1月15日电 湖北省今年地区生产总值预期增长6%左右。\n报告同时清醒看到，全省经济发展面临不少困难。\n"
    "今年是“十四五”关键一年。湖北将城镇新增就业70万人以上。\n",
])
def test_untitled_pages_that_are_no_review_end(text):
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (70, "at_least")
    assert not any(k[1] == "actual" for k in fs)


# 7. the livelihood share named as the spending used for it, in the review's last paragraph or the plan
@pytest.mark.parametrize("text,role,period,want", [
    ("一、2016年工作回顾\n一般公共预算支出中用于民生的比重超过80%。\n", "actual", "2016", (80, "at_least")),
    ("一、2016年工作回顾\n全市财政支出用于民生的比例达到78.5%。\n", "actual", "2016", (78.5, "eq")),
    ("二、2017年工作安排\n今年财政支出用于民生的比重保持在75%以上。\n", "target", "2017", (75, "at_least")),
])
def test_the_spending_used_for_livelihood_is_its_share(text, role, period, want):
    fs = facts(text, report_year=2017)
    assert val(fs, ("livelihood_expenditure", role, period, "share")) == want
    assert not any(k[0] == "general_budget_expenditure" for k in fs)


def test_the_spending_itself_stays_the_spending():
    fs = facts("一、2016年工作回顾\n一般公共预算支出完成520亿元，增长6%，其中用于民生的比重达到79%。\n", report_year=2017)
    assert val(fs, ("general_budget_expenditure", "actual", "2016", "level")) == (520, "eq")
    assert val(fs, ("general_budget_expenditure", "actual", "2016", "growth")) == (6, "eq")
    assert val(fs, ("livelihood_expenditure", "actual", "2016", "share")) == (79, "eq")


def test_the_targets_name_then_last_years_target_and_result():
    fs = facts(PLAN.format(y=2020, t="6%") + "全省生产总值增长预期目标，去年是6.5%左右，实际完成6.2%，今年定为6%左右。\n", report_year=2020)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6.5, "about")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (6.2, "eq")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6, "about")


def test_last_years_figure_after_this_years_target_is_no_target():
    fs = facts("二、2024年工作安排\n今年地区生产总值增长6%左右，去年是5.5%。\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert ("gdp", "target", "2023", "growth") not in fs


# 8. a plan report's review that restates each target after its result, items split by ；
def test_a_target_restated_by_its_amount_names_no_target_for_the_next_item():
    fs = facts("关于河南省2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n一、2022年国民经济和社会发展计划执行情况\n"
               "（一）主要指标完成情况。全省生产总值增长3.1%，低于7%左右的预期目标；城镇新增就业125.4万人，超过110万人的预期目标；"
               "居民消费价格上涨1.8%，控制在3%左右的目标以内。\n\n二、2023年经济社会发展主要目标\n"
               "——经济增长：地区生产总值增长6%左右。\n——就业和物价：城镇新增就业110万人以上，居民消费价格涨幅3%左右。\n",
               report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (125.4, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2022", "level")) == (110, "eq")
    assert val(fs, ("cpi", "actual", "2022", "growth")) == (1.8, "eq")
    assert val(fs, ("cpi", "target", "2022", "growth")) == (3, "about")
    assert val(fs, ("cpi", "target", "2023", "growth")) == (3, "about")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")


def test_last_years_growth_as_the_names_only_figure_is_last_years():
    fs = facts("二、2017年工作安排\n我省经济增长连续多年保持在全国前列，去年增长10.5%，今年确定10%左右的增长目标。\n", report_year=2017)
    assert val(fs, ("gdp", "actual", "2016", "growth")) == (10.5, "eq")
    assert ("gdp", "target", "2017", "growth") not in fs or val(fs, ("gdp", "target", "2017", "growth")) != (10.5, "eq")


# 9. 2020: the year's target revised after the outbreak, in a sentence after the list: the revised figure
@pytest.mark.parametrize("said", ["受新冠肺炎疫情影响，经省人大常委会审议，全年地区生产总值增长预期目标调整为3%左右。",
                                  "受疫情影响，地区生产总值增长目标下调为3%左右。"])
def test_a_target_revised_after_the_list(said):
    fs = facts("二、2020年工作安排\n今年全省经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业60万人以上。\n"
               + said + "\n", report_year=2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (3, "about")
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (60, "at_least")


def test_the_same_target_restated_keeps_its_first_place():
    fs = facts("二、2020年工作安排\n今年主要预期目标是：地区生产总值增长6.5%左右。\n经济增长预期目标确定为6.5%左右，主要考虑是稳就业。\n",
               report_year=2020)
    f = fs[("gdp", "target", "2020", "growth")]
    assert f.quote == "地区生产总值增长6.5%左右"


# self-review: look-alikes where the rules above must not fire
@pytest.mark.parametrize("said", [
    "今年地区生产总值增长5.5%左右，高于全国去年5.2%的实际增速。",      # the country's result, not the region's
    "今年地区生产总值增长5.5%左右，比去年同期5%的实际增速加快。",        # 去年同期: no year gone by
    "今年地区生产总值增长5.5%左右，其中一季度力争实际增长5%。",          # no year gone by named
])
def test_no_last_years_result_beside_this_years_target(said):
    fs = facts("二、2024年工作安排\n" + said + "\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")
    assert ("gdp", "actual", "2023", "growth") not in fs


@pytest.mark.parametrize("said", ["去年全市地区生产总值增长5.2%，增长6%左右的目标未能实现。",
                                  "去年全市地区生产总值增长5.2%，增长6%左右的目标基本完成。"])
def test_last_years_target_said_met_or_missed_stays_last_years(said):
    fs = facts("二、2024年工作安排\n" + said + "\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert ("gdp", "target", "2024", "growth") not in fs


def test_a_set_lead_of_last_year_in_the_review():
    fs = facts("一、2023年工作回顾\n去年我们确定地区生产总值增长6%左右，实际增长6.5%；一般公共预算收入增长5%。\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (5, "eq")


def test_a_spending_named_with_its_livelihood_purpose_in_other_words_is_no_expenditure_growth():
    fs = facts("一、2023年工作回顾\n一般公共预算支出用于民生领域的资金达到320亿元。\n", report_year=2024)
    assert not any(k[0] == "general_budget_expenditure" for k in fs)


def test_the_reviews_thanks_before_a_third_part_close_the_review():
    fs = facts(HEAD.format(prov="河北省", y=2021) + "城镇新增就业87.2万人，城镇调查失业率5.2%，居民人均可支配收入增长5.7%。\n\n"
               "各位代表！这些成绩的取得，是以习近平同志为核心的党中央坚强领导的结果。在此，我代表省人民政府，向全省广大干部群众"
               "表示衷心感谢！\n\n三、2021年工作安排\n\n今年经济社会发展的主要预期目标是：全省生产总值增长6.5%左右，城镇新增就业85万人以上。\n")
    assert val(fs, ("urban_new_jobs", "actual", "2020", "level")) == (87.2, "eq")
    assert val(fs, ("disposable_income", "actual", "2020", "growth")) == (5.7, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (85, "at_least")


# 10. the review's last items, titled with a call ("（八）坚持以人民为中心，…"), before the plan's part 二
@pytest.mark.parametrize("title", ["（八）坚持以人民为中心，民生福祉持续增进。", "（七）着力保障和改善民生。", "8.全力兜牢民生底线"])
def test_review_items_before_the_second_part_are_the_reviews(title):
    fs = facts(HEAD.format(prov="山东省", y=2023) + f"{title}\n全年城镇新增就业124.1万人，居民人均可支配收入增长5.4%。\n\n"
               "二、2023年工作总体要求和主要目标\n\n今年主要预期目标是：生产总值增长5%以上，城镇新增就业110万人以上，"
               "居民人均可支配收入增长与经济增长基本同步。\n")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (124.1, "eq")
    assert val(fs, ("disposable_income", "actual", "2022", "growth")) == (5.4, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (110, "at_least")
    assert val(fs, ("disposable_income", "target", "2023", "growth")) == (None, "qualitative")


def test_plan_items_before_a_later_part_stay_the_plans():
    # a page that starts inside the plan's targets part (二), its items before 三 with no review's closing words
    fs = facts("（二）主要预期目标。\n今年城镇新增就业110万人以上，居民人均可支配收入增长6%。\n\n三、2023年重点工作\n\n"
               "（一）扩大有效需求。固定资产投资增长5%左右。\n", report_year=2023)
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (110, "at_least")
    assert val(fs, ("disposable_income", "target", "2023", "growth")) == (6, "eq")
    assert not any(k[1] == "actual" for k in fs)


@pytest.mark.parametrize("text,key,want", [
    ("新华社讯 会议提出，确保实现城镇新增就业5万人的预期目标，城镇调查失业率控制在5.5%左右。\n",
     ("urban_unemployment_rate", "target", "2024", "share"), (5.5, "about")),
    ("本报讯 全市将确保完成城镇新增就业5万人的预期目标，全年地区生产总值增长6%左右。\n",
     ("gdp", "target", "2024", "growth"), (6, "about")),
])
def test_an_amounts_target_ahead_still_sets_the_clauses_after_it(text, key, want):
    fs = facts(text, report_year=2024)
    assert val(fs, key) == want


def test_this_years_target_said_reachable_after_last_years_result():
    fs = facts("二、2024年工作安排\n去年一般公共预算收入增长3%，增长5%的目标经过努力可以实现。\n", report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (3, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")
    assert ("general_budget_revenue", "target", "2023", "growth") not in fs


@pytest.mark.parametrize("said,key,want", [
    ("城镇新增就业50万人以上的目标，与去年实际新增52万人基本持平。", ("urban_new_jobs", "actual", "2023", "level"), (52, "eq")),
    ("居民消费价格涨幅3%左右，去年实际上涨0.3%。", ("cpi", "actual", "2023", "growth"), (0.3, "eq")),
    ("单位地区生产总值能耗下降2.5%左右，去年下降3.1%。", ("energy_intensity", "actual", "2023", "growth"), (-3.1, "eq")),
])
def test_last_years_result_of_other_targets_beside_them(said, key, want):
    fs = facts("二、2024年工作安排\n" + said + "\n", report_year=2024)
    assert val(fs, key) == want
    assert not any(k[1] == "target" and k[2] == "2023" for k in fs)


def test_a_change_in_points_on_last_year_is_no_result():
    fs = facts("二、2024年工作安排\n今年居民消费价格涨幅3%左右，比去年上涨0.5个百分点。\n", report_year=2024)
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "about")
    assert not any(k[1] == "actual" for k in fs)
