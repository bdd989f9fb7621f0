"""Decision 317 (adv45): the newest fact rules under attack. A commentator on a news page who speaks of the report
("报告的目标务实。他预计…") keeps their words (the report named is not the report speaking again); farms and
co-operatives by their policy name (新型经营主体) are no indicator's figure in a part on the goals and the year's work
either; runs of a train counted in 趟; visitors from outside the region (区外游客, 省外游客) are a part of its visitors."""
from __future__ import annotations

import planwatch
import pytest

from taskdoc import task_doc

_NEWS = ("{r}政府工作报告：今年经济增长目标6%左右\n{r}日报　2024-01-20 09:30\n\n1月19日，{r}第十六届人民代表大会第三次会议"
         "开幕。报告提出，2024年全市居民消费价格涨幅3%左右。\n\n{p}\n")


def _news(region: str, para: str) -> set[tuple]:
    doc = planwatch.read_text(_NEWS.format(r=region, p=para), "t.txt")
    return {(f.indicator, f.role, f.period, f.value) for f in doc.facts}


# a commentator who names the report as what they speak of, then goes on in a sentence of their own (他/她…), or whose
# figure stands before their title in a sentence that names the report only as a thing: the figure is theirs
@pytest.mark.parametrize("region,para,indicator,value", [
    ("洛阳市", "河南科技大学教授李明表示，报告的目标务实。他预计今年全市出口增长7%左右。", "exports", 7),
    ("绵阳市", "西南证券首席经济学家王芳指出，报告提出的目标稳妥。她预计全年固定资产投资增长9%。", "fixed_asset_investment", 9),
    ("芜湖市", "全年社会消费品零售总额增速料达8%，高于报告的预期，安徽大学研究员赵强表示。", "retail_sales", 8),
    ("宜昌市", "三峡大学经济学者陈红认为，报告里的目标稳中求进。其预计今年全市一般公共预算收入增长5.5%左右。", "general_budget_revenue", 5.5),
])
def test_a_commentator_speaking_of_the_report_keeps_the_figure(region, para, indicator, value):
    got = _news(region, para)
    assert not any(f[0] == indicator and f[3] == value for f in got), got


# look-alikes that must not change: the report speaking again in its own voice (提出, 指出, 据…报告，) after or
# before the commentator's words keeps its figure
@pytest.mark.parametrize("region,para,fact", [
    ("洛阳市", "河南科技大学教授李明表示，目标务实。报告提出，今年全市出口增长7%左右。", ("exports", "target", "2024", 7)),
    ("绵阳市", "报告指出，今年全市固定资产投资增长9%，西南证券首席经济学家王芳表示，目标稳妥。",
     ("fixed_asset_investment", "target", "2024", 9)),
    ("芜湖市", "安徽大学研究员赵强表示，目标积极稳妥。报告还说，今年全市社会消费品零售总额增长8%。",
     ("retail_sales", "target", "2024", 8)),
])
def test_the_report_speaking_again_keeps_its_figure(region, para, fact):
    got = _news(region, para)
    assert fact in got, got


_GOALS_AND_YEAR = ("{r}人民政府工作报告\n——{y}年1月8日在{r}第十七届人民代表大会第一次会议上\n\n二、今后五年目标和{y}年工作安排\n\n"
                   "{y}年主要预期目标是：地区生产总值增长8%左右，固定资产投资增长12%。\n\n{b}\n")


def _pledges(region: str, year: int, body: str) -> set[tuple]:
    doc = planwatch.read_text(_GOALS_AND_YEAR.format(r=region, y=year, b=body), "t.txt")
    for p in doc.pledges:
        assert doc.text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit) for p in doc.pledges}


# the year's work in a part on the five years' goals and the year's work: farms and co-operatives by their policy
# name (新型, 新型农牧业, 农业…) before 经营主体 are a task's count, a pledge, as the guard of mention_guards.tsv says for facts
@pytest.mark.parametrize("region,year,body,pledge", [
    ("瑞昌市", 2017, "全年新建改造农村公路150公里，培育新型经营主体80家，改造棚户区1200户。", ("新型经营主体", 80, "家")),
    ("达拉特旗", 2022, "全年新建改造嘎查村道路90公里，培育新型农牧业经营主体45家。", ("新型农牧业经营主体", 45, "家")),
    ("宁都县", 2022, "全年培育家庭农场、农民合作社等新型经营主体60家，新建高标准农田3万亩。", ("新型经营主体", 60, "家")),
])
def test_farms_by_their_policy_name_are_a_task_in_the_years_work(region, year, body, pledge):
    got = _pledges(region, year, body)
    assert any(o.endswith(pledge[0]) and (v, u) == pledge[1:] for o, v, u in got), got


# look-alikes that must not change: the region's own count of entities in the same paragraph is still its target
# (a fact), and the other tasks' pledges stand
def test_the_regions_own_entities_stay_its_target():
    text = _GOALS_AND_YEAR.format(r="瑞昌市", y=2017, b="全年新建改造农村公路150公里，培育新型经营主体80家，新增市场主体3000户。")
    doc = planwatch.read_text(text, "t.txt")
    facts = {(f.indicator, f.role, f.period, f.value) for f in doc.facts}
    assert ("market_entities", "target", "2017", 3000) in facts, facts
    assert not any(f[0] == "market_entities" and f[3] == 80 for f in facts), facts
    assert ("农村公路", 150, "公里") in {(p.object, p.value, p.unit) for p in doc.pledges}


# runs of a train or a bus counted in 趟 (in digits) are a pledge's unit
@pytest.mark.parametrize("body,pledge", [
    ("开通州外直达旅游专列20趟。", ("州外直达旅游专列", 20, "趟")),
    ("全年中欧班列开行300趟以上。", ("中欧班列", 300, "趟")),
    ("新开通城乡公交专线12条，开行夜间公交150趟。", ("夜间公交", 150, "趟")),
])
def test_runs_counted_in_tang_are_a_pledge(body, pledge):
    got = {(p.object, p.value, p.unit) for p in task_doc(body).pledges}
    assert any(o.endswith(pledge[0]) and (v, u) == pledge[1:] for o, v, u in got), got


# look-alikes: 趟 in words (跑一趟) counts nothing; 列 of trains as before
@pytest.mark.parametrize("body,pledge", [
    ("深化“放管服”改革，让群众办事最多跑一趟，新增政务服务事项200项。", None),
    ("开行中欧班列200列。", ("中欧班列", 200, "列")),
])
def test_tang_in_words_is_no_count(body, pledge):
    got = {(p.object, p.value, p.unit) for p in task_doc(body).pledges}
    assert not any(u == "趟" for _, _, u in got), got
    if pledge:
        assert pledge in got, got


_REPORT = "{r}{y}年政府工作报告\n——{y}年1月10日在{r}第九届人民代表大会第二次会议上\n\n一、{p}年工作回顾\n\n{a}\n\n二、{y}年工作安排\n\n{b}\n"


def _facts(region: str, year: int, review: str, tasks: str) -> set[tuple]:
    doc = planwatch.read_text(_REPORT.format(r=region, y=year, p=year - 1, a=review, b=tasks), "t.txt")
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


# visitors from outside the region (or from inside it) named by the region's word are a part of its visitors: no
# tourist_visits figure of the region
@pytest.mark.parametrize("region,year,review,tasks", [
    ("兴宁区", 2020, "全区区外游客接待量增长12%。", "力争区外游客接待量增长10%。"),
    ("黔东南苗族侗族自治州", 2019, "州外游客人次增长18%。", "全年州外游客人数突破5000万人次。"),
    ("江西省", 2018, "省外游客人次增长15.6%。", "力争省外游客接待量增长12%。"),
    ("丽江市", 2021, "外地游客人数增长20%。", "全年市外游客接待量突破4000万人次。"),
])
def test_visitors_from_outside_are_a_part(region, year, review, tasks):
    got = _facts(region, year, review, tasks)
    assert not any(f[0] == "tourist_visits" for f in got), got


# look-alikes: the region's own visitors, and the funds from outside it, read as before
@pytest.mark.parametrize("region,year,review,tasks,fact", [
    ("兴宁区", 2020, "全区游客接待量增长8%，实际利用区外资金86.5亿元。", "全年引进区外境内资金90亿元。",
     ("tourist_visits", "actual", "2019", "growth", 8)),
    ("兴宁区", 2020, "全区游客接待量增长8%，实际利用区外资金86.5亿元。", "全年引进区外境内资金90亿元。",
     ("domestic_investment_inflow", "actual", "2019", "level", 86.5)),
    ("黔东南苗族侗族自治州", 2019, "接待游客1.1亿人次，增长20%。", "全年引进州外资金300亿元以上。",
     ("domestic_investment_inflow", "target", "2019", "level", 300)),
    ("江西省", 2018, "全省接待游客6.9亿人次，其中省外游客3.1亿人次。", "力争接待游客人次增长12%。",
     ("tourist_visits", "actual", "2017", "level", 6.9)),
])
def test_the_regions_visitors_and_outside_funds_stay(region, year, review, tasks, fact):
    got = _facts(region, year, review, tasks)
    assert fact in got, got


_TERM = ("{r}人民政府工作报告\n——{y}年1月8日在{r}第十七届人民代表大会第一次会议上\n\n一、过去五年工作回顾\n\n{a}\n\n"
         "二、今后五年目标和{y}年工作安排\n\n全年新建改造农村公路120公里。\n")


def _term_facts(region: str, year: int, review: str) -> set[tuple]:
    doc = planwatch.read_text(_TERM.format(r=region, y=year, a=review), "t.txt")
    return {(f.indicator, f.role, f.period, f.value) for f in doc.facts}


# a five-year sum, then the last year's part in a clause opened bare by 去年/上年 (no 其中), or a flow's part opened
# bare by its year's number: the part is that year's, the sum the span's
@pytest.mark.parametrize("region,year,review,part,whole", [
    ("鄂托克旗", 2022, "五年累计新增城镇就业1.6万人，去年新增3400人。",
     ("urban_new_jobs", "actual", "2021", 3400), ("urban_new_jobs", "actual", "2017-2021", 1.6)),
    ("瑞昌市", 2017, "五年新增城镇就业2.8万人，上年新增6100人。",
     ("urban_new_jobs", "actual", "2016", 6100), ("urban_new_jobs", "actual", "2012-2016", 2.8)),
    ("临泽县", 2022, "五年完成固定资产投资860亿元，2021年完成215亿元。",
     ("fixed_asset_investment", "actual", "2021", 215), ("fixed_asset_investment", "actual", "2017-2021", 860)),
])
def test_a_years_part_after_a_five_year_sum_with_no_qizhong(region, year, review, part, whole):
    got = _term_facts(region, year, review)
    assert part in got and whole in got, got


# look-alikes that must not change: the part after 其中, a part of another indicator, a sum alone
@pytest.mark.parametrize("region,year,review,want,absent", [
    ("临泽县", 2022, "五年完成固定资产投资860亿元，其中2021年完成215亿元。",
     ("fixed_asset_investment", "actual", "2021", 215), None),
    ("临泽县", 2022, "五年完成固定资产投资860亿元，其中工业投资完成210亿元。",
     ("fixed_asset_investment", "actual", "2017-2021", 860), ("fixed_asset_investment", 210)),
    ("鄂托克旗", 2022, "五年累计新增城镇就业1.6万人，年均新增3200人。",
     ("urban_new_jobs", "actual", "2017-2021", 1.6), ("urban_new_jobs", 3200)),
])
def test_five_year_sums_as_before(region, year, review, want, absent):
    got = _term_facts(region, year, review)
    assert want in got, got
    if absent:
        assert not any(f[0] == absent[0] and f[3] == absent[1] for f in got), got
