"""Session unfixed20: classes earlier helpers saw once and left — two years' targets in one sentence (明后两年, 今年…，
明年…), years named from the report's by 后年/前年, the level above's target beside the region's own, video channels
counted in 路; with their look-alikes."""
from __future__ import annotations

import pytest

from factkeys import keys_of, pledged, read, val  # tests/factkeys.py

EARLY = "政府工作报告\n——2024年1月10日在贺兰县第十九届人民代表大会第四次会议上\n"
LATE = ("关于长兴县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
        "——2023年12月20日在长兴县第十八届人民代表大会第四次会议上\n")
GOALS = "二、2024年主要目标和重点工作\n"
REVIEW = "一、2023年工作回顾\n"
TASKS = "三、2024年重点工作\n"


def doc(head, body):
    return read(head + body + "\n")


# ---- 1. two years' figures in one sentence ----

def test_next_two_years_listed_in_a_december_report():
    d = doc(LATE + GOALS, "同时，我们提出更高的奋斗目标：力争明后两年全县地区生产总值分别增长6%、6.5%，"
                          "规模以上工业增加值分别增长7.5%和8%。")
    fs = keys_of(d)
    assert d.meta.report_year == 2024
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (6.5, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7.5, "eq")
    assert val(fs, ("industrial_va", "goal", "2025", "growth")) == (8, "eq")


def test_next_two_years_listed_in_a_report_of_its_year():
    fs = keys_of(doc(EARLY + GOALS, "力争明后两年全县一般公共预算收入分别增长6%、7%。"))
    assert val(fs, ("general_budget_revenue", "goal", "2025", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "goal", "2026", "growth")) == (7, "eq")
    assert ("general_budget_revenue", "target", "2024", "growth") not in fs


@pytest.mark.parametrize("sent,iid,this,nxt", [
    ("全县固定资产投资今年增长10%，明年增长12%。", "fixed_asset_investment", 10, 12),
    ("规模以上工业增加值今年增长8%、明年增长9%。", "industrial_va", 8, 9),
    ("一般公共预算收入今年增长5%，明年力争增长6%。", "general_budget_revenue", 5, 6),
])
def test_this_year_then_next_year_in_clauses_of_their_own(sent, iid, this, nxt):
    fs = keys_of(doc(EARLY + GOALS, sent))
    assert val(fs, (iid, "target", "2024", "growth"))[0] == this
    assert val(fs, (iid, "goal", "2025", "growth"))[0] == nxt


def test_this_year_next_year_and_the_year_after():
    d = doc(EARLY + GOALS, "力争全县地区生产总值今年增长7%，明年增长8%，后年突破300亿元。")
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (8, "eq")
    assert val(fs, ("gdp", "goal", "2026", "level")) == (300, "at_least")
    # the later years' figures are goals, no pledge of the year; no pledge's object is a year word
    assert not any(p.value in (8, 300) for p in d.pledges)
    assert not any("年" in p.object for p in d.pledges)


def test_december_report_this_year_estimate_then_next_year():
    fs = keys_of(doc(LATE + "一、2023年计划执行情况\n", "全县规模以上工业增加值今年预计增长8%，明年增长9%。"))
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (8, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (9, "eq")


def test_look_alike_last_year_then_this_year_unchanged():
    fs = keys_of(doc(EARLY + GOALS, "去年地区生产总值增长6.8%，今年增长7%。"))
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.8, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "eq")
    assert not any(k[1] == "goal" for k in fs)


def test_look_alike_this_and_next_year_listed_unchanged():
    fs = keys_of(doc(EARLY + GOALS, "今明两年全县地区生产总值分别增长6.5%和7%。"))
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (7, "eq")


def test_look_alike_next_year_without_a_figure_dates_nothing():
    fs = keys_of(doc(EARLY + GOALS, "地区生产总值增长7%左右，为明年实现“十四五”规划目标奠定基础。"))
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "about")
    assert not any(k[1] == "goal" for k in fs)


# ---- 2. 后年 and 前年 ----

def test_the_year_after_next_opening_a_goal():
    d = doc(EARLY + GOALS, "力争后年全县地区生产总值突破400亿元。")
    fs = keys_of(d)
    assert val(fs, ("gdp", "goal", "2026", "level")) == (400, "at_least")
    assert ("gdp", "goal", "2025", "level") not in fs
    assert not d.pledges


def test_the_year_after_next_in_a_december_report_is_one_year_on():
    fs = keys_of(doc(LATE + GOALS, "预计今年全县地区生产总值增长6.5%，明年增长7%左右，后年增长7.5%。"))
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "about")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (7.5, "eq")


def test_since_the_year_before_last_is_a_span():
    fs = keys_of(doc(EARLY + REVIEW, "前年以来，全县累计新增城镇就业1.3万人。"))
    assert val(fs, ("urban_new_jobs", "actual", "2022-2023", "level")) == (1.3, "eq")
    assert ("urban_new_jobs", "actual", "2019-2023", "level") not in fs


def test_the_year_before_last_named_dates_its_figure():
    fs = keys_of(doc(EARLY + REVIEW, "前年全县一般公共预算收入为14.9亿元。"))
    assert val(fs, ("general_budget_revenue", "actual", "2022", "level")) == (14.9, "eq")
    assert ("general_budget_revenue", "actual", "2023", "level") not in fs


@pytest.mark.parametrize("sent,iid,level,growth", [
    ("全年粮食产量达到21.6万吨，比前年增长3.2%。", "grain_output", 21.6, 3.2),
    ("去年全县接待游客1200万人次，比前年增长35%。", "tourist_visits", 1200, 35),
])
def test_a_change_on_the_year_before_last_said_of_last_year(sent, iid, level, growth):
    fs = keys_of(doc(EARLY + REVIEW, sent))
    assert val(fs, (iid, "actual", "2023", "level"))[0] == level
    assert val(fs, (iid, "actual", "2023", "growth")) == (growth, "eq")


def test_a_change_on_the_year_before_last_in_a_december_report_spans_two_years():
    fs = keys_of(doc(LATE + "一、2023年计划执行情况\n", "今年全县粮食产量达到21.6万吨，比前年增长3.2%。"))
    assert val(fs, ("grain_output", "actual", "2023", "level")) == (21.6, "eq")
    assert val(fs, ("grain_output", "actual", "2022-2023", "growth")) == (3.2, "eq")
    assert ("grain_output", "actual", "2023", "growth") not in fs


def test_look_alike_a_change_on_a_base_year_is_no_years_growth():
    fs = keys_of(doc(EARLY + REVIEW, "全县地区生产总值达到265亿元，比2020年增长30%。"))
    assert val(fs, ("gdp", "actual", "2023", "level")) == (265, "eq")
    assert ("gdp", "actual", "2023", "growth") not in fs


# ---- 4. the level above's target beside the region's own ----

def test_own_target_after_one_handed_down_keeps_the_fall():
    d = doc(EARLY + GOALS, "自治区下达我县单位地区生产总值能耗下降目标为2.8%，我县确定为3%，高于全区确定的2.5%。")
    fs = keys_of(d)
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (-3, "eq")
    assert not d.pledges


@pytest.mark.parametrize("sent,iid,measure,value", [
    ("银川市下达我县的一般公共预算收入增长目标为6.5%，我们确定为7%左右，这一目标高于全市确定的6.5%。",
     "general_budget_revenue", "growth", (7, "about")),
    ("省定我县城镇新增就业目标为4000人，我县确定为4500人以上。", "urban_new_jobs", "level", (4500, "at_least")),
    ("省定我县地区生产总值增长目标为5.5%，我县确定为6%。", "gdp", "growth", (6, "eq")),
])
def test_own_target_after_one_handed_down(sent, iid, measure, value):
    d = doc(EARLY + GOALS, sent)
    assert val(keys_of(d), (iid, "target", "2024", measure)) == value
    assert not any(p.value in (6.5, 5.5) for p in d.pledges)


def test_look_alike_a_target_handed_down_alone_is_the_regions():
    fs = keys_of(doc(EARLY + GOALS, "自治区下达我县的城镇新增就业目标是4000人。"))
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (4000, "eq")


def test_look_alike_own_change_after_the_level_aboves():
    fs = keys_of(doc(EARLY + GOALS, "全市单位地区生产总值能耗下降3%，我县下降3.5%。"))
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (-3.5, "eq")


def test_look_alike_a_task_handed_down_is_still_pledged():
    d = doc(EARLY + TASKS, "完成市下达的造林任务1.2万亩，新建高标准农田3万亩。")
    assert any(p.value == 1.2 and p.unit == "万亩" for p in d.pledges)
    assert ("高标准农田", 3, "万亩") in pledged(d)


# ---- 6. video channels counted in 路 ----

@pytest.mark.parametrize("sent,obj,value,qual", [
    ("新增视频监控1500路，推进“城市大脑”二期建设。", "视频监控", 1500, "eq"),
    ("新增视频监控点位800路以上，实现城区重点部位全覆盖。", "视频监控点位", 800, "at_least"),
    ("建设高清视频监控2000路，新建消防站3座。", "高清视频监控", 2000, "eq"),
])
def test_video_channels_are_pledged(sent, obj, value, qual):
    d = doc(EARLY + TASKS, sent)
    p = next(p for p in d.pledges if p.unit == "路")
    assert (p.object, p.value, p.qualifier) == (obj, value, qual)


@pytest.mark.parametrize("sent", [
    "新开通18路、26路公交线路，优化3路公交走向。",
    "深度融入“一带一路”建设，三路并进抓招商。",
    "延伸K3路、5路车至高铁站。",
])
def test_look_alike_route_numbers_and_words_count_no_channels(sent):
    d = doc(EARLY + TASKS, sent)
    assert not any(p.unit == "路" for p in d.pledges)


def test_other_counters_are_pledged():
    d = doc(EARLY + TASKS, "新建5G基站3000座，新增城市公交车100台，新增内河货运船舶15艘，开行铁海联运班列200列。")
    assert {("5G基站", 3000, "座"), ("城市公交车", 100, "台"), ("内河货运船舶", 15, "艘"),
            ("铁海联运班列", 200, "列")} <= pledged(d)


# ---- 5. places listed before 分别 ----

CITY = "政府工作报告\n——2024年1月16日在南充市第八届人民代表大会第四次会议上\n" + REVIEW


@pytest.mark.parametrize("sent,name,values", [
    ("顺庆区、高坪区、嘉陵区地区生产总值增速分别为7.1%、6.5%、6.0%。", "地区生产总值", (7.1, 6.5, 6)),
    ("南部县、仪陇县一般公共预算收入分别达到12.3亿元、8.6亿元。", "一般公共预算收入", (12.3, 8.6)),
    ("阆中市、南部县分别实现地区生产总值320亿元、410亿元。", "地区生产总值", (320, 410)),
])
def test_places_listed_before_each_take_their_own_figure(sent, name, values):
    d = doc(CITY, sent)
    got = {f.indicator: f.value for f in d.facts}
    places = sent.split("分别")[0].replace(name, "").replace("增速", "").split("、")
    assert {f"other:{p}{name}": v for p, v in zip(places, values)}.items() <= got.items()
    # no figure of a part is the region's own
    assert not any(not f.indicator.startswith("other:") for f in d.facts)


def test_look_alike_the_regions_own_word_in_the_list_keeps_its_figure():
    fs = keys_of(doc(CITY, "全市及顺庆区社会消费品零售总额分别增长8.9%、9.4%。"))
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (8.9, "eq")


def test_look_alike_the_regions_figure_before_its_parts():
    fs = keys_of(doc(CITY, "全市地区生产总值增长6.3%，顺庆区、高坪区分别增长7.1%、6.5%。"))
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.3, "eq")


def test_look_alike_indicators_listed_before_each_unchanged():
    fs = keys_of(doc(CITY, "地区生产总值、规模以上工业增加值分别增长6.3%、7.6%。"))
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.3, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.6, "eq")


# ---- 3. the term reviewed (本届政府成立以来, 本届政府任期内) ----

def _session(n):
    return f"政府工作报告\n——2024年1月10日在贺兰县第十九届人民代表大会第{n}次会议上\n"


@pytest.mark.parametrize("n,span", [("三", "2022-2023"), ("四", "2021-2023"), ("二", "2023")])
def test_the_term_since_its_first_session(n, span):
    fs = keys_of(doc(_session(n) + REVIEW, "本届政府成立以来，全县累计新增城镇就业1.2万人，地区生产总值年均增长6.9%。"))
    assert val(fs, ("urban_new_jobs", "actual", span, "level")) == (1.2, "eq")
    assert val(fs, ("gdp", "actual", span, "growth")) == (6.9, "eq")


def test_the_terms_goal_in_a_later_session():
    fs = keys_of(doc(_session("三") + GOALS, "本届政府任期内，力争全县地区生产总值突破400亿元。"))
    assert val(fs, ("gdp", "goal", "2022-2026", "level")) == (400, "at_least")


def test_look_alike_the_first_session_reviews_the_outgoing_terms_five_years():
    head = "政府工作报告\n——2022年1月8日在遵义市第四届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
    fs = keys_of(doc(head, "本届政府成立以来，累计新增城镇就业42.6万人。五年来，一般公共预算收入年均增长5.1%。"))
    assert val(fs, ("urban_new_jobs", "actual", "2017-2021", "level")) == (42.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2017-2021", "growth")) == (5.1, "eq")


def test_look_alike_five_years_in_a_later_session_stay_five():
    fs = keys_of(doc(_session("三") + REVIEW, "五年来，全县地区生产总值年均增长6.9%。"))
    assert val(fs, ("gdp", "actual", "2019-2023", "growth")) == (6.9, "eq")


def test_look_alike_hounian_inside_other_words_is_no_year():
    fs = keys_of(doc(EARLY + GOALS, "地区生产总值增长7%，今后年均增长7.5%以上。"))
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "eq")
    assert not any(k[2] in ("2025", "2026") for k in fs)


def test_the_term_named_in_a_review_is_the_term_reviewed():
    head = "政府工作报告\n——2022年1月8日在遵义市第四届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
    fs = keys_of(doc(head, "本届政府任期内，全市一般公共预算收入年均增长6.5%，累计新增城镇就业40万人。"))
    assert val(fs, ("general_budget_revenue", "actual", "2017-2021", "growth")) == (6.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2017-2021", "level")) == (40, "eq")
    assert not any(k[1] == "goal" for k in fs)


def test_look_alike_the_term_named_in_the_goals_part_stays_ahead():
    head = "政府工作报告\n——2022年1月8日在遵义市第四届人民代表大会第一次会议上\n二、今后五年目标任务\n"
    fs = keys_of(doc(head, "本届政府任期内，力争全市一般公共预算收入年均增长6.5%。"))
    assert val(fs, ("general_budget_revenue", "goal", "2022-2026", "growth")) == (6.5, "eq")


def test_next_years_joined_by_a_list_mark():
    fs = keys_of(doc(EARLY + GOALS, "全县常住人口城镇化率今年达到62%、明年达到63%、后年达到64%。"))
    assert val(fs, ("urbanization_rate", "target", "2024", "share")) == (62, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (63, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2026", "share")) == (64, "eq")


def test_look_alike_another_name_after_a_list_mark_keeps_its_own_figure():
    fs = keys_of(doc(EARLY + GOALS, "常住人口城镇化率达到62%、森林覆盖率达到45%。"))
    assert val(fs, ("urbanization_rate", "target", "2024", "share")) == (62, "eq")
    assert val(fs, ("forest_coverage", "target", "2024", "share")) == (45, "eq")
