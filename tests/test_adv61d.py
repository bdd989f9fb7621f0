"""An adversarial review of decisions 484, 485, 491 and 492, blind (adv61d, decision 496). Two classes broke: a plan's
years estimated whole in a year inside the plan ("预计“十三五”期间…年均增长7.8%，高于规划目标0.3个百分点" in 2018's report)
read as the plan's goal, which it is not (the goal is another figure; the estimate no result yet, its years ahead), and
a deputy's quote restating the report by a verb of committing or mentioning ("“报告承诺今年新建改扩建中小学校8所，…”
市人大代表、…黄立说") read as the deputy's own words. The look-alikes keep what they gave: the plan's goals set without an
estimate word, 预计到“十三五”末, the plan's first years gone by, the estimate in the plan's last year (decision 491), the
plan closed before the report's year, a deputy's own words, counts in 次 that are pledges and how often that is none, a
province paper's page headlined by a prefecture over its county-level city (decision 485), the set's three texts."""
import pathlib

import pytest

import planwatch

_PLAN = ("关于某某县{r}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n"
         "——{y}年1月16日在某某县第十八届人民代表大会第二次会议上\n\n一、{r}年计划执行情况\n{r}年，全县地区生产总值增长7.1%。")


def _keys(review: str, year: int) -> set[tuple]:
    text = _PLAN.format(r=year - 1, y=year) + review + f"\n\n二、{year}年主要预期目标\n地区生产总值增长7%左右。\n"
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


# 1. a plan estimated whole in a year inside it: no goal (failed on the base: the goal, at the estimate's figure)
@pytest.mark.parametrize("review, year, ind, value", [
    ("预计“十三五”期间，全县地区生产总值年均增长7.8%，高于规划目标0.3个百分点。", 2018, "gdp", 7.8),
    ("“十三五”期间，全县地区生产总值预计年均增长7.8%。", 2018, "gdp", 7.8),
    ("初步预计“十四五”期间，全县一般公共预算收入年均增长6.4%。", 2023, "general_budget_revenue", 6.4),
    ("据初步测算，“十四五”时期全县地区生产总值年均增长6.6%，略高于规划目标。", 2024, "gdp", 6.6),
])
def test_plan_estimated_inside_it_is_no_goal(review, year, ind, value):
    keys = _keys(review, year)
    assert not any(k[0] == ind and k[1] in ("goal", "actual") and k[4] == value and "-" in k[2] for k in keys)


def test_five_year_sum_after_an_estimate_inside_the_plan_is_no_goal():
    keys = _keys("预计“十三五”期间，全县地区生产总值年均增长7.8%，五年累计完成固定资产投资520亿元。", 2018)
    assert not any(k[0] == "fixed_asset_investment" and k[4] == 520 for k in keys)


# 2. look-alikes of the plan's periods: unchanged
@pytest.mark.parametrize("review, year, want", [
    ("“十三五”期间，全县地区生产总值年均增长7.5%以上。", 2018, ("gdp", "goal", "2016-2020", "growth", 7.5)),
    ("预计到“十三五”末，全县地区生产总值达到150亿元。", 2018, ("gdp", "goal", "2020", "level", 150)),
    ("“十三五”前两年，全县地区生产总值年均增长7.4%。", 2018, ("gdp", "actual", "2016-2017", "growth", 7.4)),
    ("预计“十三五”期间，全县地区生产总值年均增长8.7%，五年累计新增城镇就业2.6万人。", 2020,
     ("gdp", "actual", "2016-2020", "growth", 8.7)),
    ("预计“十三五”期间，全县地区生产总值年均增长8.7%，五年累计新增城镇就业2.6万人。", 2020,
     ("urban_new_jobs", "actual", "2016-2020", "level", 2.6)),
    ("“十三五”期间，全县地区生产总值年均增长6.9%。", 2021, ("gdp", "actual", "2016-2020", "growth", 6.9)),
])
def test_plan_look_alikes_unchanged(review, year, want):
    assert want in _keys(review, year)


_NEWS = ("荔浦市十六届人大六次会议开幕\n桂林日报　2021-02-03\n\n本报讯（记者 唐敏）2月2日，荔浦市第十六届人民代表大会第六次"
         "会议开幕。市长莫云代表市人民政府作政府工作报告。\n\n报告提出，今年全市地区生产总值增长8%左右。今年将改造农村公路120公里。\n\n{}\n")


def _pledges(para: str) -> set[tuple]:
    doc = planwatch.read_text(_NEWS.format(para), "t.txt")
    return {(p.object, p.value, p.unit, p.period) for p in doc.pledges}


# 3. a deputy citing the report by a verb of committing or mentioning: the report's pledge (failed on the base: none)
@pytest.mark.parametrize("para", [
    "“报告承诺今年新建改扩建中小学校8所，我们镇的中心小学也在其中。”市人大代表、花篢镇党委书记黄立说。",
    "市人大代表、花篢镇党委书记黄立说：“报告中提到，今年新建改扩建中小学校8所，我们镇的中心小学也在其中。”",
    "市人大代表黄立表示，报告谈到今年新建改扩建中小学校8所，群众很期待。",
])
def test_deputy_restating_the_report_keeps_its_pledge(para):
    assert ("中小学校", 8, "所", "2021") in _pledges(para)


# 4. a deputy's own words, how often and counts in 次: unchanged
@pytest.mark.parametrize("para, obj", [
    ("“我们镇今年新建村级文化广场8个。”市人大代表、花篢镇党委书记黄立说。", "村级文化广场"),
    ("“我们镇承诺今年新建村级文化广场8个。”市人大代表、花篢镇党委书记黄立说。", "村级文化广场"),
])
def test_deputy_own_words_stay_none(para, obj):
    assert not any(p[0] == obj for p in _pledges(para))


def test_counts_in_ci_pledged_and_how_often_not():
    got = _pledges("全年将开展消费促进活动20次以上，每月组织一次“红色旅游”推介，组织开展“送医下乡”义诊活动100次。")
    assert ("消费促进活动", 20, "次", "2021") in got
    assert any(p[1] == 100 and p[2] == "次" for p in got)
    assert not any(p[1] == 1 for p in got)


# 5. the set's texts: the facts, pledges and metadata a user relies on
def _read(name: str):
    p = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "blind" / "adv61d" / "texts" / name
    text = p.read_text(encoding="utf-8")
    doc = planwatch.read_text(text, name)
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return doc


def test_plan_report_of_the_plans_middle_year():
    doc = _read("adv61d_01_榆中县.txt")
    keys = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}
    assert ("gdp", "actual", "2016-2017", "growth", 7.4) in keys
    assert ("gdp", "target", "2018", "growth", 7.5) in keys
    assert not any(k[:2] == ("gdp", "goal") for k in keys)
    assert (doc.meta.region_code, doc.meta.doc_type, doc.meta.report_year) == ("620123", "plan_report", 2018)


def test_province_paper_headlined_by_the_prefecture():
    doc = _read("adv61d_02_瑞金市.txt")
    assert (doc.meta.region, doc.meta.region_code, doc.meta.report_year) == ("瑞金市", "360781", 2020)
    keys = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}
    assert ("gdp", "actual", "2016-2020", "growth", 8.7) in keys
    assert ("urban_new_jobs", "actual", "2016-2020", "level", 2.6) in keys
    assert ("消费促进活动", 20) in {(p.object, p.value) for p in doc.pledges}


def test_city_paper_after_the_plan_closed():
    doc = _read("adv61d_03_荔浦市.txt")
    assert (doc.meta.region_code, doc.meta.report_year) == ("450381", 2021)
    keys = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}
    assert ("gdp", "actual", "2016-2020", "growth", 6.9) in keys
    assert {("中小学校", 8), ("农村公路", 120)} <= {(p.object, p.value) for p in doc.pledges}
