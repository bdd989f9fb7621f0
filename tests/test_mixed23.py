"""Session helper mixed23: paragraphs with figures of several periods (a superlative over years that opens
no span, a run of averages after 分别 shared by groups each stating its own change, a plan's figure inside a
completion ratio)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW23 = "一、2023年工作回顾\n"
REVIEW21 = "一、2021年工作回顾\n"
REVIEW18 = "一、2018年工作回顾\n"


# "五年来首次", "十年来最高": a record over years compared, no span opened for the clauses after it
@pytest.mark.parametrize("sent", [
    "去年全省地区生产总值增长5.3%，五年来首次超过全国增速；一般公共预算收入2754.3亿元，增长9.1%；规模以上工业增加值增长5%。",
    "去年全市地区生产总值增长6.1%，增速为十年来最高；一般公共预算收入254.3亿元，增长9.1%；规模以上工业增加值增长5%。",
    "去年全市地区生产总值增长6.1%，创近十年来新高；一般公共预算收入254.3亿元，增长9.1%；规模以上工业增加值增长5%。",
    "2023年，全市进出口总额增长12%，近三年来首次实现两位数增长；一般公共预算收入254.3亿元，增长9.1%；规模以上工业增加值增长5%。",
])
def test_a_record_over_years_opens_no_span(sent):
    fs = facts(REVIEW23 + sent + "\n", report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (9.1, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (5, "eq")
    assert not [k for k in fs if k[2] != "2023"]


# look-alikes: the years themselves opening the review still date its averages and totals
@pytest.mark.parametrize("sent,span", [
    ("五年来，全市地区生产总值年均增长6.1%；一般公共预算收入年均增长9.1%。", "2019-2023"),
    ("近十年来，全市地区生产总值年均增长6.1%；一般公共预算收入年均增长9.1%。", "2014-2023"),
    ("过去五年，全市地区生产总值年均增长6.1%；一般公共预算收入年均增长9.1%。", "2019-2023"),
])
def test_the_years_reviewed_still_open_a_span(sent, span):
    fs = facts("一、过去五年工作回顾\n" + sent + "\n", report_year=2024)
    assert val(fs, ("gdp", "actual", span, "growth")) == (6.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", span, "growth")) == (9.1, "eq")


# one-name groups each with its own change, then a run of averages after 分别 in the last: one each, in order
@pytest.mark.parametrize("sent,a,b,va,vb", [
    ("全市城镇居民人均可支配收入32180元，增长7.6%；农村居民人均可支配收入17365元，增长9.1%，两年平均分别增长5.2%和7.8%。",
     "urban_disposable_income", "rural_disposable_income", 5.2, 7.8),
    ("全县规模以上工业增加值增长11.6%，固定资产投资增长12.1%，两年平均分别增长8.3%、6.4%。",
     "industrial_va", "fixed_asset_investment", 8.3, 6.4),
])
def test_averages_after_each_groups_own_change(sent, a, b, va, vb):
    fs = facts(REVIEW21 + sent + "\n", report_year=2022)
    assert val(fs, (a, "actual", "2020-2021", "growth")) == (va, "eq")
    assert val(fs, (b, "actual", "2020-2021", "growth")) == (vb, "eq")
    assert (a, "actual", "2021", "growth") in fs and (b, "actual", "2021", "growth") in fs


# look-alikes: gaps to another region's after 分别 are no figures; a run that is the groups' only change, and
# parts' changes after 其中, keep their readings
def test_gaps_after_each_stay_out():
    fs = facts(REVIEW21 + "全市城镇居民人均可支配收入增长7.6%，农村居民人均可支配收入增长9.1%，分别高于全省0.5和0.8个百分点。\n",
               report_year=2022)
    assert val(fs, ("urban_disposable_income", "actual", "2021", "growth")) == (7.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021", "growth")) == (9.1, "eq")
    assert len([k for k in fs if not k[0].startswith("other:")]) == 2


def test_changes_after_each_as_the_only_ones_stay_one_each():
    fs = facts(REVIEW21 + "城镇居民人均可支配收入32180元，农村居民人均可支配收入17365元，分别增长7.6%和9.1%。\n", report_year=2022)
    assert val(fs, ("urban_disposable_income", "actual", "2021", "growth")) == (7.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021", "growth")) == (9.1, "eq")


def test_parts_after_qizhong_are_no_groups_average():
    fs = facts(REVIEW21 + "全市地区生产总值增长6.9%；规模以上工业增加值增长11.6%，其中高技术产业、装备制造业增加值分别增长18.2%和15.1%。\n",
               report_year=2022)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (6.9, "eq")
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (11.6, "eq")
    assert not [k for k in fs if k[2] != "2021" and not k[0].startswith("other:")]


# "完成年初预期目标8.5%的95%": the plan's figure is last year's target, the part of it done no figure
@pytest.mark.parametrize("sent,iid,target", [
    ("去年，全市地区生产总值完成542.3亿元，增长8.1%，完成年初预期目标8.5%的95%。", "gdp", 8.5),
    ("去年，全市固定资产投资增长11.8%，完成年度计划12%的98%。", "fixed_asset_investment", 12),
])
def test_plan_figure_inside_a_completion_ratio(sent, iid, target):
    fs = facts(REVIEW18 + sent + "\n", report_year=2019)
    assert val(fs, (iid, "target", "2018", "growth")) == (target, "eq")
    assert fs[(iid, "actual", "2018", "growth")].value in (8.1, 11.8)


# look-alikes: a completion ratio with no plan figure is no target at all (it was read as one: 95)
@pytest.mark.parametrize("sent", [
    "去年，全市地区生产总值增长8.1%，完成年初预期目标的95%。",
    "去年，全市地区生产总值增长8.1%，为年初预期目标的95.3%。",
    "去年，全市地区生产总值增长8.1%，完成年度目标任务的98.3%。",
])
def test_a_completion_ratio_alone_is_no_target(sent):
    fs = facts(REVIEW18 + sent + "\n", report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (8.1, "eq")
    assert ("gdp", "target", "2018", "growth") not in fs


def test_a_budget_figure_before_its_ratio_stays_the_target():
    fs = facts(REVIEW18 + "一般公共预算收入16.1亿元，为年度预算15亿元的107.3%。\n", report_year=2019)
    assert val(fs, ("general_budget_revenue", "target", "2018", "level")) == (15, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2018", "level")) == (16.1, "eq")


# a part on a plan's progress at its middle is a review: its figures are results, not this year's targets
@pytest.mark.parametrize("title", ["二、“十四五”规划实施中期进展", "二、“十四五”规划中期评估情况", "二、“十四五”规划纲要实施中期评估"])
def test_plan_progress_part_is_a_review(title):
    text = ("一、2022年计划执行情况\n2022年，全市生产总值增长1.0%。\n" + title + "\n"
            "对照“十四五”规划纲要，研发经费投入强度达到3.5%；常住人口城镇化率达到85.1%。\n"
            "三、2023年计划草案\n2023年全市经济社会发展的主要预期目标是：生产总值增长4%左右。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("rnd_intensity", "actual", "2022", "share")) == (3.5, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2022", "share")) == (85.1, "eq")
    assert ("rnd_intensity", "target", "2023", "share") not in fs
    assert val(fs, ("gdp", "target", "2023", "growth")) == (4, "about")


# look-alike: a tasks part that carries the plan out stays tasks
def test_carrying_out_the_plan_stays_tasks():
    text = ("一、2022年计划执行情况\n2022年，全市生产总值增长1.0%。\n二、2023年计划草案\n（一）推动“十四五”规划实施\n"
            "研发经费投入强度达到3.6%。\n")
    fs = facts(text, report_year=2023)
    assert ("rnd_intensity", "actual", "2022", "share") not in fs
    assert ("rnd_intensity", "target", "2023", "share") in fs


# "“十四五”前两年年均增长3.4%" after a ； or a comma, its name left out: the plan's first years' average of the name before
@pytest.mark.parametrize("sent,span,value", [
    ("全市地区生产总值增长1.0%，低于年初确定的6%的预期目标；“十四五”前两年年均增长3.4%。", "2021-2022", 3.4),
    ("全市地区生产总值增长1.0%；“十四五”前两年年均增长3.4%。", "2021-2022", 3.4),
    ("全市地区生产总值增长1.0%，“十四五”前两年年均增长3.4%。", "2021-2022", 3.4),
])
def test_plan_first_years_average_of_the_name_before(sent, span, value):
    fs = facts("一、2022年计划执行情况\n" + sent + "\n", report_year=2023)
    assert val(fs, ("gdp", "actual", span, "growth")) == (value, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (1.0, "eq")


# years named right before the average of the name before (its name left out) are that average's, not the years of
# the names after it
@pytest.mark.parametrize("sent", [
    "全市地区生产总值增长5.2%；“十四五”以来年均增长6.3%，一般公共预算收入增长3.1%。",
    "全市地区生产总值增长5.2%，“十四五”前四年年均增长6.3%，一般公共预算收入增长3.1%。",
    "全市地区生产总值增长5.2%，“十四五”以来年均增长6.3%；一般公共预算收入增长3.1%。",
])
def test_a_span_after_a_figure_is_that_figures_alone(sent):
    fs = facts(REVIEW24 + sent + "\n", report_year=2025)
    assert val(fs, ("gdp", "actual", "2021-2024", "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (3.1, "eq")
    assert ("general_budget_revenue", "actual", "2021-2024", "growth") not in fs


REVIEW24 = "一、2024年工作回顾\n"


# look-alikes: the years framing the sentence, or named with the later name's own average, still date it
@pytest.mark.parametrize("sent,key,value", [
    ("五年来，全市地区生产总值年均增长6.1%，一般公共预算收入增长45%。", ("general_budget_revenue", "actual", "2020-2024", "growth"), 45),
    ("“十四五”以来，全市地区生产总值年均增长6.1%，一般公共预算收入增长25%。", ("general_budget_revenue", "actual", "2021-2024", "growth"), 25),
    ("全市地区生产总值达到5000亿元，“十四五”以来年均增长6.3%，一般公共预算收入年均增长5%。",
     ("general_budget_revenue", "actual", "2021-2024", "growth"), 5),
])
def test_a_span_framing_the_sentence_still_dates_it(sent, key, value):
    fs = facts(REVIEW24 + sent + "\n", report_year=2025)
    assert val(fs, key) == (value, "eq")


# "X年以来" in the figure's own sentence, after a plan's first years named in an earlier one: from the year it names
def test_since_a_year_after_a_plan_named_before():
    fs = facts("一、2022年计划执行情况\n2022年，全市生产总值增长1.0%；“十四五”前两年年均增长3.4%。城镇调查失业率5.2%。"
               "2020年以来，全市累计新增城镇就业103万人。\n", report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2020-2022", "level")) == (103, "eq")
    assert val(fs, ("gdp", "actual", "2021-2022", "growth")) == (3.4, "eq")


def test_plan_since_with_no_year_after_it_keeps_the_plan():
    fs = facts("一、2022年计划执行情况\n“十四五”以来，全市累计新增城镇就业70万人。\n", report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2022", "level")) == (70, "eq")


# a bracket holding only the years of the action it follows frames the sentence: a three-year total is the span's goal
def test_action_years_in_a_bracket_date_its_total():
    fs = facts("二、2024年工作安排\n启动制造业高质量发展新三年行动（2024—2026年），三年累计完成工业投资2000亿元以上。\n",
               report_year=2024)
    assert val(fs, ("industrial_investment", "goal", "2024-2026", "level")) == (2000, "at_least")
    assert ("industrial_investment", "target", "2024", "level") not in fs


# look-alike: a bracket with a figure of its own is an aside, the figure after it keeps the part's reading
def test_a_bracket_with_a_figure_stays_an_aside():
    fs = facts("二、2024年工作安排\n固定资产投资增长6%（2023年增长5.1%），规模以上工业增加值增长7%。\n", report_year=2024)
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (6, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7, "eq")


TERM = "——2025年1月9日在浏阳市第十八届人民代表大会第四次会议上\n一、2024年工作回顾\n"


# the years a figure's own sentence counts ("近两年") outrank the term named in a sentence before ("本届政府成立以来")
@pytest.mark.parametrize("sent,key,value", [
    ("近两年，全市规模以上工业增加值年均增长8.2%。", ("industrial_va", "actual", "2023-2024", "growth"), (8.2, "eq")),
    ("近两年，全市规模以上工业增加值增速保持在7%以上。", ("industrial_va", "actual", "2023-2024", "growth"), (7, "at_least")),
])
def test_years_counted_in_own_sentence_outrank_the_term(sent, key, value):
    fs = facts(TERM + "本届政府成立以来，全市地区生产总值年均增长6.5%，累计新增城镇就业4.2万人。" + sent + "\n", report_year=2025)
    assert val(fs, key) == value
    assert val(fs, ("gdp", "actual", "2022-2024", "growth")) == (6.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2022-2024", "level")) == (4.2, "eq")


# look-alike: a later sentence with no count of its own keeps the term's years
def test_term_still_dates_its_own_sentence():
    fs = facts(TERM + "本届政府成立以来，全市地区生产总值年均增长6.5%，一般公共预算收入累计完成245亿元。\n", report_year=2025)
    assert val(fs, ("general_budget_revenue", "actual", "2022-2024", "level")) == (245, "eq")


# "，2019年以来累计新增…" after the name's first figure: a span from that year, not that year's own figure
def test_since_a_year_in_a_later_clause_is_a_span():
    fs = facts("一、2022年计划执行情况\n“十四五”以来，全市累计新增城镇就业70万人，2019年以来累计新增103万人。\n", report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2019-2022", "level")) == (103, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021-2022", "level")) == (70, "eq")
    assert ("urban_new_jobs", "actual", "2019", "level") not in fs


# look-alike: a year of its own in a later clause still dates that clause's figure
def test_a_year_in_a_later_clause_dates_its_figure():
    fs = facts("一、2022年计划执行情况\n全市城镇新增就业8.1万人，2021年新增7.6万人。\n", report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2021", "level")) == (7.6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (8.1, "eq")


# "，近三年年均增长11.4%" / "，过去三年年均…" after a name's figure: its average over the years counted, the names
# after it the year's
@pytest.mark.parametrize("lead,span", [("近三年", "2021-2023"), ("过去三年", "2021-2023"), ("近三年来", "2021-2023"),
                                       ("过去五年", "2019-2023")])
def test_years_counted_before_the_average_of_the_name_before(lead, span):
    fs = facts(REVIEW23 + "全区固定资产投资增长8.2%，" + lead + "年均增长11.4%；一般公共预算收入增长6.8%。\n", report_year=2024)
    assert val(fs, ("fixed_asset_investment", "actual", span, "growth")) == (11.4, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (8.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (6.8, "eq")


LATE = "——2020年12月22日在讷河市第十七届人民代表大会第六次会议上\n一、2020年工作回顾\n今年全市地区生产总值预计增长3%。\n二、2021年工作安排\n"


# in a report of December, 今年 (the year reviewed) as a comparison's base after a target dates no item after it
@pytest.mark.parametrize("sent", [
    "明年全市地区生产总值增长7%，高于今年4个百分点；一般公共预算收入增长5%。",
    "明年全市地区生产总值增长7%，比今年提高4个百分点；一般公共预算收入增长5%。",
])
def test_this_year_compared_in_a_late_report_dates_nothing(sent):
    fs = facts(LATE + sent + "\n", report_year=2021, meeting_date="2020-12-22")
    assert val(fs, ("general_budget_revenue", "target", "2021", "growth")) == (5, "eq")
    assert ("general_budget_revenue", "actual", "2020", "growth") not in fs
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "eq")


# look-alike: 今年 leading its own figures in a late report is still the year reviewed
def test_this_year_leading_in_a_late_report_stays_the_year_reviewed():
    fs = facts(LATE + "今年全市一般公共预算收入预计增长2%；明年地区生产总值增长7%。\n", report_year=2021, meeting_date="2020-12-22")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "growth")) == (2, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "eq")


# "疫情三年，" opening the figure's ；-clause (not its sentence) still names the epidemic's years
def test_covid_years_opening_a_semicolon_clause():
    fs = facts("一、2022年工作回顾\n2022年全市地区生产总值达到1653.4亿元，增长2.1%；疫情三年，全市地区生产总值年均增长5.2%，比2019年增长16.4%。\n",
               report_year=2023)
    assert val(fs, ("gdp", "actual", "2020-2022", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (2.1, "eq")
    assert ("gdp", "actual", "2018-2022", "growth") not in fs


# "，三年累计完成480亿元" / "，近三年累计新增1.5万人" after a name's year figures: the total over the years counted
@pytest.mark.parametrize("sent,key,value", [
    ("2022年，一般公共预算收入163.1亿元，同口径增长3.6%，三年累计完成480亿元。", ("general_budget_revenue", "actual", "2020-2022", "level"), 480),
    ("全县城镇新增就业5200人，近三年累计新增1.5万人。", ("urban_new_jobs", "actual", "2020-2022", "level"), 1.5),
])
def test_a_total_over_years_counted_after_the_years_figures(sent, key, value):
    fs = facts("一、2022年工作回顾\n" + sent + "\n", report_year=2023)
    assert val(fs, key) == (value, "eq")
    assert key[:2] + ("2022", "level") in fs


# a review paragraph opened by "2023年是…三年行动（2021—2023年）的收官之年。": the bracket holds the action's years, the
# paragraph's later figures stay the year's (an average there still reads the years named)
def test_action_years_in_an_opening_sentence_frame_nothing_after():
    fs = facts(REVIEW23 + "2023年是“十四五”规划承上启下的关键之年，也是“昆山之路”三年行动（2021—2023年）的收官之年。"
               "全市地区生产总值达到5140.6亿元，增长5.5%；一般公共预算收入430.1亿元，同口径增长5.8%。\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (5.8, "eq")
    assert ("gdp", "actual", "2021-2023", "growth") not in fs


def test_a_range_opening_the_paragraph_still_dates_its_average():
    fs = facts(REVIEW23 + "2021—2023年，全市地区生产总值年均增长6.4%。全市地区生产总值达到5140.6亿元。\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2021-2023", "growth")) == (6.4, "eq")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (5140.6, "eq")


# in the plan's part, "全面完成…确定的各项目标" after a year ahead or 今年 is the aim, no result: the figure after it is the
# goal's or the target's
@pytest.mark.parametrize("sent,key,value", [
    ("到2025年，全面完成“十四五”规划确定的各项目标任务，地区生产总值迈上6000亿元台阶。", ("gdp", "goal", "2025", "level"), (6000, "at_least")),
    ("今年，全面完成市人代会确定的各项目标，地区生产总值增长6%左右。", ("gdp", "target", "2024", "growth"), (6, "about")),
])
def test_targets_met_as_an_aim_in_the_plan_part(sent, key, value):
    fs = facts("二、2024年工作安排\n" + sent + "\n", report_year=2024)
    assert val(fs, key) == value
    assert not [k for k in fs if k[1] == "actual"]


# look-alikes: the same words about a year gone stay a result
@pytest.mark.parametrize("text", [
    REVIEW23 + "到2023年底，全面完成年初确定的各项目标，地区生产总值增长5.5%。\n",
    "二、2024年工作安排\n今年主要预期目标：地区生产总值增长6%左右。去年，全市完成了年初确定的目标，地区生产总值增长5.5%。\n",
])
def test_targets_met_in_a_year_gone_stay_a_result(text):
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.5, "eq")
