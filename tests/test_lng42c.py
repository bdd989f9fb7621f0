"""Whole provincial reports of 2024 and 2025, blind (lng42c, decision 264): the plan's goals restated in the year's part
as a 、-run closed by the goal's name ("…年均增长6%左右、研发经费投入强度达到3.2%左右的规划目标正在稳步推进",
"“十四五”规划纲要确定的森林覆盖率稳定在65%以上、常住人口城镇化率达到55%的目标") lost the goal for every item but the
one right before it, and took the year's target's key; a goal of a programme of N years ("三年行动期间规模以上工业增加值
年均增长6%左右") was dated the five years from the report's year. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _report(place: str, who: str, year: int, body: str, review: str = "", session: str = "第十四届人民代表大会第三次会议") -> str:
    return (f"政府工作报告\n——{year}年1月20日在{place}{session}上\n{who}\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{review}全省地区生产总值增长5.1%。\n"
            f"二、{year}年工作总体要求和主要预期目标\n{body}"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；研发经费投入强度达到2.6%左右；"
            "常住人口城镇化率提高1个百分点；森林覆盖率稳定在40%；城镇调查失业率5.5%左右。\n")


_PLACES = [("江苏省", "江苏省省长　许昆林"), ("云南省", "云南省省长　王予波"), ("湖北省", "湖北省省长　王忠林")]


# 1. a 、-run of figures closed by 的规划目标 / 等规划目标 (the plan named in the sentence, or a year inside a plan): goals
@pytest.mark.parametrize("sentence,a,b", [
    ("“十四五”规划实施已过半程，中期评估显示，主要指标进度符合预期，地区生产总值年均增长6%左右、"
     "研发经费投入强度达到3.2%左右、森林覆盖率达到45%的规划目标正在稳步推进。", 3.2, 45),
    ("“十四五”规划中期评估显示，研发经费投入强度达到3.2%左右、森林覆盖率达到45%的规划目标有望如期实现。", 3.2, 45),
    ("规划中期评估显示，研发经费投入强度达到3.2%左右、森林覆盖率达到45%等规划目标进展顺利。", 3.2, 45),
    ("对照规划，研发经费投入强度达到3%、森林覆盖率稳定在44%以上的“十四五”规划目标要加快推进。", 3, 44),
])
@pytest.mark.parametrize("place,who", _PLACES)
@pytest.mark.parametrize("year", [2023, 2024])
def test_a_run_named_the_plans_goals_after_it(sentence, a, b, place, who, year):
    fs = keys_of(read(_report(place, who, year, sentence + "\n")))
    assert fs[("rnd_intensity", "goal", "2021-2025", "share")].value == a
    assert fs[("forest_coverage", "goal", "2021-2025", "share")].value == b
    # the year's own targets keep their keys
    assert val(fs, ("rnd_intensity", "target", str(year), "share")) == (2.6, "about")
    assert val(fs, ("forest_coverage", "target", str(year), "share")) == (40, "eq")


# 2. the same run after the plan's words that set it (规划纲要确定的 …的目标): each item the plan's goal
@pytest.mark.parametrize("sentence", [
    "做好今年工作，要确保“十四五”规划圆满收官。“十四五”规划纲要确定的森林覆盖率稳定在45%以上、研发经费投入强度达到3%的目标，要逐项对表推进。",
    "“十四五”规划确定的森林覆盖率达到45%、研发经费投入强度达到3%的约束性目标必须完成。",
    "“十四五”规划提出的森林覆盖率达到45%、单位地区生产总值能耗下降14%、研发经费投入强度达到3%的目标，要加快推进。",
])
@pytest.mark.parametrize("place,who", _PLACES)
def test_a_run_after_the_plans_words_that_set_it(sentence, place, who):
    fs = keys_of(read(_report(place, who, 2025, sentence + "\n")))
    assert val(fs, ("forest_coverage", "goal", "2021-2025", "share"))[0] == 45
    assert val(fs, ("rnd_intensity", "goal", "2021-2025", "share"))[0] == 3
    assert val(fs, ("forest_coverage", "target", "2025", "share")) == (40, "eq")
    assert val(fs, ("rnd_intensity", "target", "2025", "share")) == (2.6, "about")


# near-misses: results in a 、-run with no goal's name after it, a run met as the plan's goals in the year after the plan
# (no plan named: which plan's, the one ended or the one begun, the text does not say), the year's own target named
@pytest.mark.parametrize("year,sentence,key,want", [
    (2025, "去年森林覆盖率达到45.2%、研发经费投入强度达到2.8%，均好于预期。",
     ("forest_coverage", "actual", "2024", "share"), 45.2),
    (2026, "过去五年，研发经费投入强度达到2.8%、常住人口城镇化率达到60%，实现了规划目标。",
     ("rnd_intensity", "actual", "2025", "share"), 2.8),
    (2026, "地区生产总值增长5%左右的预期目标，考虑了实现“十五五”时期年均增长5%以上的规划目标的需要。",
     ("gdp", "goal", "2026-2030", "growth"), 5),
])
def test_look_alikes_keep_their_reading(year, sentence, key, want):
    fs = keys_of(read(_report("江苏省", "江苏省省长　许昆林", year, sentence + "\n")))
    assert fs[key].value == want
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5, "about")


# 3. a programme of N years named as a goal's time: the programme's years (as the report gave them, else ending at the
# year its sentence names), not the five from the report's year
_REVIEW = "2024年是全面振兴新突破三年行动（2023—2025年）的攻坚之年。"


@pytest.mark.parametrize("review,sentence,item,span", [
    (_REVIEW, "三年行动确定了到2025年的目标：地区生产总值迈上3.3万亿元台阶，三年行动期间规模以上工业增加值年均增长6%左右。",
     "industrial_va", "2023-2025"),
    ("", "三年行动确定了到2025年的目标：地区生产总值迈上3.3万亿元台阶，三年行动期间规模以上工业增加值年均增长6%左右。",
     "industrial_va", "2023-2025"),
    (_REVIEW, "决胜之年，要确保三年行动期间全社会研发经费投入年均增长10%以上。", "rnd_expenditure", "2023-2025"),
])
@pytest.mark.parametrize("place,who", [("辽宁省", "辽宁省省长　王新伟"), ("吉林省", "吉林省省长　胡玉亭")])
def test_a_programmes_goal_takes_its_years(review, sentence, item, span, place, who):
    fs = keys_of(read(_report(place, who, 2025, sentence + "\n", review=review)))
    assert (item, "goal", span, "growth") in fs, sorted(k for k in fs if k[1] == "goal")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5, "about")


# near-misses: another programme than the one whose years the report gave, with no year of its own, one with its years
# in its own sentence, and a plan's five years ahead, keep the reading they had
@pytest.mark.parametrize("sentence,item,span", [
    ("实施制造业高质量发展三年攻坚行动（2024—2026年），三年攻坚行动期间规模以上工业增加值年均增长7%。",
     "industrial_va", "2024-2026"),
    # (one its sentence sets going runs from the report's year: decision 275)
    ("实施新一轮工业振兴三年行动，三年行动期间工业投资年均增长10%以上。", "industrial_investment", "2025-2027"),
    ("今后五年，地区生产总值年均增长5.5%左右。", "gdp", "2025-2029"),
])
def test_other_programmes_and_plans_keep_their_span(sentence, item, span):
    fs = keys_of(read(_report("辽宁省", "辽宁省省长　王新伟", 2025, sentence + "\n", review=_REVIEW)))
    assert (item, "goal", span, "growth") in fs, sorted(k for k in fs if k[1] == "goal")
