"""lft64b (decision 553): what this hour's rounds left, one class at a time, blind.

- A province's own 全省 result after the country's target (“年初，国家确定的国内生产总值增长目标为6%以上，全省实际增长9.1%”,
  decision 542's Left): the province's 2021 result (failed on the base: read as the 2021 target).
- An aim closing its sentence, its result opening the next, the name left out (“全县力争增长7.5%。全年实际增长6.8%。”, decision
  543's Left): the aim the year's target, the result the year's result (failed on the base: the result lost, or a pledge).
- 报告提出 before a written year earlier than the report's on a news page (“报告提出，2021年全县…完成…” on a 2022 page, decision
  541's Left): the year reviewed, no pledge of it (failed on the base: its counts pledged).
- The year's list after who tells it, then the tasks in the same paragraph (“报告提出，2022年全县…主要预期目标是：…。全年将新建…”):
  the tasks pledged (failed on the base: none).
- The next plan's average aimed at past a ；, its name left out (“…年均增长5.9%；“十四五”期间，力争年均增长7%以上”), and a past
  plan's average after a goal (“…力争年均增长7%左右，“十三五”期间为6.9%”), decision 542's Left (failed on the base: lost).
- A name's own 预期 right after it setting a later clause of its sentence, no lead above (“一是经济总量，地区生产总值预期增长7%
  左右，总量迈上3300亿元台阶”, decision 546's Left): the year's level target (failed on the base: last year's result).
Look-alikes keep their reading: 全省 in a city's report, a province's own aim after the country's target, a past aim with no
result after it, a written year not before the report's, 今年 before the list, the plan's average after a comma, a year of the
later clause's own."""
import pytest

from factkeys import read

_HEADS = {
    "province": "山西省人民政府工作报告\n——2022年1月24日在山西省第十三届人民代表大会第六次会议上\n省长  蓝佛安\n\n一、2021年工作回顾\n",
    "city": "太原市人民政府工作报告\n——2022年1月10日在太原市第十五届人民代表大会第一次会议上\n\n一、2021年工作回顾\n",
    "county": "富平县人民政府工作报告\n——2022年1月7日在富平县第十八届人民代表大会第一次会议上\n县长  王朝辉\n\n一、2021年工作回顾\n",
    "news": ("富平县政府工作报告解读：稳中求进\n2022-01-08 10:12　来源：富平县融媒体中心\n\n1月7日，富平县第十八届人民代表大会"
             "第一次会议开幕，县长王朝辉代表县人民政府作政府工作报告。\n\n"),
    "plan": ("关于柳州市2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告\n——2021年1月13日在柳州市第十五届"
             "人民代表大会第七次会议上\n\n"),
    "planreview": ("关于柳州市2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告\n——2021年1月13日在柳州市第十五届"
                   "人民代表大会第七次会议上\n\n一、2020年计划执行情况\n"),
}
_NEWS_LIST = "\n\n报告提出，2022年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，固定资产投资增长10%。"


def _read(head: str, body: str):
    return read(_HEADS[head] + body + "\n", "t.txt")


def _facts(head: str, body: str) -> set:
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in _read(head, body).facts
            if not f.indicator.startswith("other:")}


def _pledges(head: str, body: str) -> set:
    return {(p.object, p.value, p.unit, p.period) for p in _read(head, body).pledges}


PROVINCE_RESULT = [
    "年初，国家确定的国内生产总值增长目标为6%以上，全省实际增长9.1%；一般公共预算收入增长22.7%。",
    "年初，国家确定的国内生产总值增长目标为6%，全省完成增长9.1%。",
    "国家确定的经济增长目标为6%以上，全省增长9.1%。",
]


@pytest.mark.parametrize("body", PROVINCE_RESULT)
def test_a_provinces_whole_result_after_the_countrys_target(body):
    got = _facts("province", body)
    assert ("gdp", "actual", "2021", "growth", 9.1, "eq") in got
    assert not any(f[:2] == ("gdp", "target") for f in got)  # (the country's target is no fact of the province's)


AIM_THEN_RESULT = [
    ("county", "年初，渭南市确定的地区生产总值增长目标为7%。全县力争增长7.5%。全年实际增长6.8%。一般公共预算收入增长11.3%。"),
    ("county", "全县地区生产总值力争增长7.5%。全年实际增长6.8%。"),
    ("county", "年初，地区生产总值力争增长7.5%。实际增长6.8%。"),
]


@pytest.mark.parametrize("head,body", AIM_THEN_RESULT)
def test_an_aims_result_opening_the_next_sentence(head, body):
    got = _facts(head, body)
    assert ("gdp", "target", "2021", "growth", 7.5, "eq") in got
    assert ("gdp", "actual", "2021", "growth", 6.8, "eq") in got
    assert not _read(head, body).pledges


def test_an_aims_result_on_a_news_page_is_no_pledge():
    body = "报告提出，2021年全县一般公共预算收入完成9.2亿元。年初，渭南市确定的地区生产总值增长目标为7%。全县力争增长7.5%。全年实际增长6.8%。"
    got = _facts("news", body + _NEWS_LIST)
    assert ("gdp", "actual", "2021", "growth", 6.8, "eq") in got
    assert not any(p[3] == "2022" and p[1] == 6.8 for p in _pledges("news", body + _NEWS_LIST))


TOLD_PAST = [
    "报告提出，2021年全县一般公共预算收入完成9.2亿元，增长11.3%；新建改造农村公路150公里。",
    "报告提出，2021年全县一般公共预算收入完成9.2亿元。新建改造农村公路150公里，改造老旧小区20个。",
]


@pytest.mark.parametrize("body", TOLD_PAST)
def test_the_report_telling_a_year_before_its_own_pledges_nothing(body):
    got = _facts("news", body + _NEWS_LIST)
    assert ("general_budget_revenue", "actual", "2021", "level", 9.2, "eq") in got
    assert not {p for p in _pledges("news", body + _NEWS_LIST) if p[0] in ("农村公路", "老旧小区")}


LIST_THEN_TASKS = [
    "报告提出，2022年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右。全年将新建改造农村公路120公里，改造老旧小区30个。",
    "报告提出，2022年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，城乡居民人均可支配收入分别增长7%和8.5%。"
    "全年新建改造农村公路120公里，改造老旧小区30个。",
]


@pytest.mark.parametrize("body", LIST_THEN_TASKS)
def test_the_tasks_after_the_years_list_told_by_the_report(body):
    got = _pledges("news", body)
    assert ("农村公路", 120, "公里", "2022") in got and ("老旧小区", 30, "个", "2022") in got
    assert ("gdp", "target", "2022", "growth", 7, "about") in _facts("news", body)


PLAN_AFTER_SEMI = [
    ("“十三五”以来，全市地区生产总值年均增长5.9%；“十四五”期间，力争年均增长7%以上。",
     ("gdp", "goal", "2021-2025", "growth", 7, "at_least")),
    ("“十三五”以来，全市地区生产总值年均增长5.9%；“十四五”时期，争取年均增长7%左右，一般公共预算收入年均增长5%。",
     ("gdp", "goal", "2021-2025", "growth", 7, "about")),
    ("城镇居民人均可支配收入今后五年力争年均增长7%左右，“十三五”期间为6.9%。",
     ("urban_disposable_income", "actual", "2016-2020", "growth", 6.9, "eq")),
    ("“十四五”期间，城镇居民人均可支配收入年均增长7%左右，“十三五”时期为6.9%。",
     ("urban_disposable_income", "actual", "2016-2020", "growth", 6.9, "eq")),
]


@pytest.mark.parametrize("body,fact", PLAN_AFTER_SEMI)
def test_a_plans_average_with_its_name_left_out(body, fact):
    got = _facts("planreview", body)
    assert fact in got
    assert not any(f[:4] == fact[:4] and f[4] != fact[4] for f in got)


def test_a_plans_aim_past_a_semicolon_keeps_the_result_before_it():
    got = _facts("planreview", "“十三五”以来，全市地区生产总值年均增长5.9%；“十四五”期间，力争年均增长7%以上。")
    assert ("gdp", "actual", "2016-2020", "growth", 5.9, "eq") in got


CARRIED_TARGET = [
    "一是经济总量，地区生产总值预期增长7%左右，总量迈上3300亿元台阶；二是财政收入，一般公共预算收入增长5%。",
    "地区生产总值预期增长7%左右，总量迈上3300亿元台阶；一般公共预算收入增长5%。",
]


@pytest.mark.parametrize("body", CARRIED_TARGET)
def test_a_names_own_target_word_sets_its_later_clause(body):
    got = _facts("plan", body)
    assert ("gdp", "target", "2021", "level", 3300, "at_least") in got
    assert ("gdp", "target", "2021", "growth", 7, "about") in got
    assert not any(f[:2] == ("gdp", "actual") for f in got)


KEPT = [
    # (全省 in a city's report is the level above's: the city's own 全市 after it is the result)
    ("city", "年初，国家确定的国内生产总值增长目标为6%以上，全市实际增长9.2%。", ("gdp", "actual", "2021", "growth", 9.2, "eq")),
    # (a province's own aim after the country's target stays its target)
    ("province", "年初，国家确定的国内生产总值增长目标为6%以上，全省力争增长7%左右。", ("gdp", "target", "2021", "growth", 7, "about")),
    # (an aim after the level above's target, no result after it: the aim, decision 543)
    ("county", "年初，渭南市确定的地区生产总值增长目标为7%。全县力争增长7.5%。", ("gdp", "target", "2021", "growth", 7.5, "eq")),
    # (the plan's result after a plan figure: decision 416)
    ("county", "地区生产总值年初计划增长7.5%。全年实际增长6.8%。", ("gdp", "actual", "2021", "growth", 6.8, "eq")),
    # (the plan's aim after a comma: read on the base too)
    ("planreview", "“十三五”以来，全市地区生产总值年均增长5.9%，“十四五”期间力争年均增长7%以上。",
     ("gdp", "goal", "2021-2025", "growth", 7, "at_least")),
    # (a later clause with a year of its own keeps its year)
    ("plan", "地区生产总值预期增长7%左右，去年增长6.5%。", ("gdp", "actual", "2020", "growth", 6.5, "eq")),
    # (a result's word in a clause between: the level after it is the result, lft54c)
    ("county", "按照增长6.5%左右安排地区生产总值预期目标，实际增长6.1%，总量达到350亿元。",
     ("gdp", "actual", "2021", "level", 350, "eq")),
]


@pytest.mark.parametrize("head,body,fact", KEPT)
def test_look_alikes_keep_their_reading(head, body, fact):
    assert fact in _facts(head, body)


def test_the_reports_own_year_told_is_still_its_plan():
    body = "报告提出，2022年全县一般公共预算收入增长6%；新建改造农村公路150公里。"
    assert ("农村公路", 150, "公里", "2022") in _pledges("news", body)


def test_this_years_list_then_the_tasks_on_a_news_page():
    body = "报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右。全年将新建改造农村公路120公里。"
    assert ("农村公路", 120, "公里", "2022") in _pledges("news", body)
