"""Reports opening a five-year plan, 2016 and 2021, blind (opn62, decision 519): a change the plan's years add up to,
named with 五年累计 in a sentence a year opens ("到2025年，单位地区生产总值能耗五年累计下降14%", "…，五年累计提高6.5个
百分点") is the span's, as the spec has "a change in % accumulated over several years … with the span as period" and as
the plan's five-year totals of a level already were. The look-alikes keep what they gave: a bare 累计 in a clause its own
year dates ("到2025年累计下降14%", as "到2020年累计…" for levels), a change against a base year at the plan's end, the year's
own levels, the review's accumulated changes, averages."""
import pytest

from factkeys import read

HEAD16 = "某某县人民政府工作报告\n——2016年1月20日在某某县第十六届人民代表大会第五次会议上\n\n"
HEAD21 = "某某市人民政府工作报告\n——2021年1月20日在某某市第十五届人民代表大会第五次会议上\n\n"


def _report(goals: str, review: str = "", first: int = 2021) -> str:
    old, new, gone = ("十二五", "十三五", 2015) if first == 2016 else ("十三五", "十四五", 2020)
    return ((HEAD16 if first == 2016 else HEAD21) + f"一、“{old}”时期和{gone}年工作回顾\n"
            + (review or "五年来，全市地区生产总值年均增长7.6%。") + "\n\n"
            + f"二、“{new}”时期主要目标\n" + goals + "\n\n"
            + f"三、{first}年重点工作\n今年主要预期目标是：地区生产总值增长7.5%左右。\n")


def _facts(text: str) -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.unit, f.qualifier) for f in read(text, "t.txt").facts}


# 1. failed on the base: the accumulated change took the year the sentence opens on
@pytest.mark.parametrize("goals, first, want", [
    ("到2025年，全市单位地区生产总值能耗五年累计下降14%。", 2021,
     ("energy_intensity", "goal", "2021-2025", "growth", -14, "%", "eq")),
    ("“十四五”末，全市森林覆盖率稳定在56%以上，单位地区生产总值能耗五年累计下降14%。", 2021,
     ("energy_intensity", "goal", "2021-2025", "growth", -14, "%", "eq")),
    ("到2025年，全市常住人口城镇化率达到65%，五年累计提高6.5个百分点。", 2021,
     ("urbanization_rate", "goal", "2021-2025", "pp_change", 6.5, "个百分点", "eq")),
    ("到2020年，全县单位地区生产总值二氧化碳排放五年累计下降18%。", 2016,
     ("carbon_intensity", "goal", "2016-2020", "growth", -18, "%", "eq")),
    ("到“十三五”末，全县常住人口城镇化率达到63%，五年累计提高8个百分点以上。", 2016,
     ("urbanization_rate", "goal", "2016-2020", "pp_change", 8, "个百分点", "at_least")),
])
def test_five_years_change_in_a_dated_sentence_is_the_spans(goals, first, want):
    facts = _facts(_report(goals, first=first))
    assert want in facts
    year = want[2][-4:]
    assert not any(f[:2] == want[:2] and f[3] == want[3] and f[2] == year for f in facts)


# 2. look-alikes that must not change (the same on the base)
@pytest.mark.parametrize("goals, first, want", [
    # a bare 累计 in the clause 到2025年 dates stays the year's, as for levels ("到2020年累计…", decision on _plan_total)
    ("到2025年，全市地区生产总值突破4500亿元，单位地区生产总值能耗累计下降14%。", 2021,
     ("energy_intensity", "goal", "2025", "growth", -14, "%", "eq")),
    # a change against the base year at the plan's end: no sum named
    ("“十四五”末，全市单位地区生产总值能耗比2020年下降14%。", 2021,
     ("energy_intensity", "goal", "2025", "growth", -14, "%", "eq")),
    # the level in the same sentence keeps its year
    ("到2025年，全市常住人口城镇化率达到65%，五年累计提高6.5个百分点。", 2021,
     ("urbanization_rate", "goal", "2025", "share", 65, "%", "eq")),
    # the plan's five-year totals of a level were the span's already
    ("到2025年，全市五年累计新增城镇就业20万人，森林覆盖率达到56%。", 2021,
     ("urban_new_jobs", "goal", "2021-2025", "level", 20, "万人", "eq")),
    ("到2025年，全市五年累计新增城镇就业20万人，森林覆盖率达到56%。", 2021,
     ("forest_coverage", "goal", "2025", "share", 56, "%", "eq")),
    # the yearly average with 到 before it and the doubling after it
    ("今后五年，全县地区生产总值年均增长7.5%左右，到2020年全县经济总量突破730亿元，比2010年翻一番以上。", 2016,
     ("gdp", "goal", "2020", "level", 730, "亿元", "at_least")),
    ("今后五年，全县地区生产总值年均增长7.5%左右，到2020年全县经济总量突破730亿元，比2010年翻一番以上。", 2016,
     ("gdp", "goal", "2016-2020", "growth", 7.5, "%", "about")),
    ("今后五年，全县常住人口城镇化率2018年达到60%、2020年达到63%。", 2016,
     ("urbanization_rate", "goal", "2018", "share", 60, "%", "eq")),
    ("展望2035年，全市经济总量和城乡居民人均收入将比2020年翻一番。", 2021,
     ("gdp", "goal", "2035", "growth", 100, "%", "eq")),
])
def test_look_alikes_keep_their_periods(goals, first, want):
    assert want in _facts(_report(goals, first=first))


@pytest.mark.parametrize("review, want", [
    ("五年来，全县单位地区生产总值能耗累计下降19.5%，超额完成“十二五”节能目标。",
     ("energy_intensity", "actual", "2011-2015", "growth", -19.5, "%", "eq")),
    ("到2015年末，全县五年累计新增城镇就业4.8万人。", ("urban_new_jobs", "actual", "2011-2015", "level", 4.8, "万人", "eq")),
])
def test_review_sums_stay_the_span_gone(review, want):
    assert want in _facts(_report("今后五年，全县地区生产总值年均增长7.5%左右。", review=review, first=2016))
