"""An adversarial review of decisions 389-392, blind (adv50b, decision 394): an English figure with a past year after
it whose clause names it as aimed at or planned ("The city had planned fixed-asset investment growth of 8 percent in
2024;") is that year's target restated, not its result (389's year-after rule read every such figure as a result); a
zone's report head naming the party working committee (its title or its byline's meeting) over the line of a secretary
who also heads the administrative committee is the party's report, no government's (392's line read it as one). With
look-alikes that must not change."""
import pytest

import planwatch
from factkeys import key_values, read

_EN = "江城市2024年政府工作报告要点\n\n"


# --- an English figure aimed at, its past year after it ---

def test_english_target_with_past_year_after_is_that_years_target():
    # "were targeted to rise 6 percent in 2023;": the clause names the figure as aimed at, so it is 2023's target restated
    # (spec: last year's target restated is a target for last year), not 2023's result; the result after it stays
    kv = key_values(read(_EN + "GDP was targeted to grow 5.5 percent in 2023; GDP expanded 5.9 percent in 2023.\n\n"
                               "2023年，全市一般公共预算收入增长5%。\n"))
    assert kv[("gdp", "target", "2023", "growth")] == (5.5, "eq")
    assert kv[("gdp", "actual", "2023", "growth")] == (5.9, "eq")


def test_english_plan_named_before_a_past_year_figure_is_the_target():
    # "The city had planned fixed-asset investment growth of 8 percent in 2023.": planned, so no 2023 result (before: the
    # result's key held the planned 8)
    kv = key_values(read(_EN + "The city had planned fixed-asset investment growth of 8 percent in 2023.\n\n"
                               "2023年，全市一般公共预算收入增长5%。\n"))
    assert kv[("fixed_asset_investment", "target", "2023", "growth")] == (8, "eq")
    assert ("fixed_asset_investment", "actual", "2023", "growth") not in kv


def test_english_result_with_target_named_after_stays_the_result():
    # look-alike: the target word only after the figure ("…rose 7.3 percent in 2023, beating the target.") leaves the
    # figure the year's result, as decision 389 reads it
    kv = key_values(read(_EN + "Retail sales of consumer goods rose 7.3 percent in 2023, beating the target.\n\n"
                               "2023年，全市一般公共预算收入增长5%。\n"))
    assert kv[("retail_sales", "actual", "2023", "growth")] == (7.3, "eq")
    assert ("retail_sales", "target", "2023", "growth") not in kv


def test_english_aim_in_the_sentence_before_leaves_the_result():
    # look-alike: the target named in the sentence before, its full stop's space lost in the text as read ("…at the start
    # of the year.Per capita…grew 5.9 percent in 2023."): the figure's own sentence names no aim, its result
    kv = key_values(read(_EN + "In 2023, the city set a GDP growth target of 6 percent at the start of the year. Per capita "
                               "disposable income of residents grew 5.9 percent in 2023.\n\n2023年，全市一般公共预算收入增长5%。\n"))
    assert kv[("disposable_income", "actual", "2023", "growth")] == (5.9, "eq")


def test_english_aim_for_the_report_year_unchanged():
    # look-alike: "aims for … 6 percent in 2024" on 2024's page: the report's own year is left to the cues (its target),
    # as before; a plain result with its year after keeps its year
    kv = key_values(read(_EN + "The city's GDP expanded 6.1 percent in 2023.\n"
                               "For 2024, the city aims for GDP growth of around 6 percent in 2024.\n"))
    assert kv[("gdp", "actual", "2023", "growth")] == (6.1, "eq")
    assert kv[("gdp", "target", "2024", "growth")][0] == 6
    assert ("gdp", "target", "2023", "growth") not in kv


# --- a zone's party working committee report over its secretary's line ---

_BODY = "\n\n同志们：\n过去一年，新区地区生产总值增长9.5%。今年新区地区生产总值增长9%左右，新建标准厂房30万平方米。\n"


def meta(text):
    return planwatch.read_text(text, "x.txt").meta


@pytest.mark.parametrize("title,byline", [
    # the title names the party working committee
    ("宁波杭州湾新区党工委2021年工作报告", "——2021年2月3日在杭州湾新区党工委（扩大）会议上"),
    # the title names no body, the byline's meeting is the party's
    ("宁波杭州湾新区2021年工作报告", "——2021年2月3日在中共宁波杭州湾新区工作委员会（扩大）会议上"),
])
def test_party_working_committee_report_stays_other(title, byline):
    # the secretary heads the administrative committee too ("党工委书记、管委会主任"): his line does not make the party's
    # report a government's (before: government_work_report by decision 392's line)
    assert meta(f"{title}\n{byline}\n党工委书记、管委会主任　李明{_BODY}").doc_type == "other"


@pytest.mark.parametrize("title,byline,speaker", [
    # look-alikes: the zone's own report at its work meeting, its head a deputy secretary (decision 392's case), or the
    # secretary himself, the party named only on his line; the committee's report named as the 管委会's
    ("宁波杭州湾新区2021年工作报告", "——2021年2月3日在杭州湾新区2021年工作会议上", "新区党工委副书记、管委会主任　李明"),
    ("宁波杭州湾新区2021年工作报告", "——2021年2月3日在杭州湾新区2021年工作会议上", "党工委书记、管委会主任　李明"),
    ("宁波杭州湾新区管委会2021年工作报告", "", "管委会主任　李明"),
    # (a joint meeting of the party and administrative committees, at which the committee reports)
    ("宁波杭州湾新区2021年工作报告", "——2021年2月3日在杭州湾新区党工委、管委会2021年工作会议上", "党工委书记、管委会主任　李明"),
])
def test_zone_report_with_committee_head_stays_a_work_report(title, byline, speaker):
    assert meta(f"{title}\n{byline}\n{speaker}{_BODY}").doc_type == "government_work_report"
