"""The newest rules (decisions 217, 219, 223) under attack, blind (adv40d, decision 229): a budget revised in the next
sentence with its name left out and its grounds before the verb, whatever follows it, across a page's break with its
mark and running head too; an average over the years after the base year its sentence names (由2015年的…增加到2019年的…);
a paragraph that its year opens under a byline with no dash (no figure under a name, and the byline's meeting date no
plan cue); a tasks paragraph whose colon lead looks ahead and whose list goes on past its last ； onto the next line."""
import pytest

from factkeys import keys_of, read


def _budget(place: str, year: int, body: str) -> str:
    return (f"关于{place}{year - 1}年财政预算执行情况和{year}年财政预算草案的报告\n——{year}年1月6日在{place}第十八届人民代表大会"
            f"第一次会议上\n\n　　一、{year - 1}年财政预算执行情况\n{body}\n")


# 1. a budget set, then revised in the sentence after with its name left out and its grounds before the verb: the revised
# figure is the year's target whatever follows it (the result named again, or none), across a page's break too
_SET = "　　全县一般公共预算支出年初预算为98.6亿元。"
_REVISE = ["执行中因上级补助增加等因素，调整为112.4亿元。", "执行中受减税降费影响，调整为112.4亿元。",
           "因上级转移支付增加，经县人大常委会批准，调整为112.4亿元。"]
_AFTER = ["全年实际完成一般公共预算支出110.9亿元，增长6.3%。", "", "全年一般公共预算支出完成110.9亿元。"]
_BREAKS = ["", "\n\n\n\n\n", "\n\n\n\n\n— 1 —\n{head}\n", "\n\n第 3 页\n\n{head}\n"]


@pytest.mark.parametrize("revise", _REVISE)
@pytest.mark.parametrize("after", _AFTER)
@pytest.mark.parametrize("brk", _BREAKS)
@pytest.mark.parametrize("place,year", [("临泉县", 2022), ("宁国市", 2020), ("雁塔区", 2024)])
def test_a_budget_revised_in_the_next_sentence_is_the_target(revise, after, brk, place, year):
    head = f"{place}{year - 1}年财政预算执行情况和{year}年财政预算草案的报告"
    gap = brk.format(head=head)
    # (the running head seen on two pages, as a report's head is: the second page's break before the year's budget)
    tail = f"\n\n\n\n\n— 2 —\n{head}\n　　二、{year}年财政预算草案\n　　全县一般公共预算支出安排88.5亿元。" if "{head}" in brk else ""
    fs = keys_of(read(_budget(place, year, _SET + gap + revise + after + tail), region=place, report_year=year))
    y1 = str(year - 1)
    assert fs[("general_budget_expenditure", "target", y1, "level")].value == 112.4
    if after:
        assert fs[("general_budget_expenditure", "actual", y1, "level")].value == 110.9


@pytest.mark.parametrize("body,key,value", [
    # (near-misses that must not change: a result is not revised; the revision in the same sentence; the result unnamed)
    ("　　全县一般公共预算支出完成98.6亿元。执行中因上级补助增加等因素，调整为112.4亿元。",
     ("general_budget_expenditure", "actual", "2021", "level"), 98.6),
    ("　　全县一般公共预算支出年初预算为98.6亿元，执行中调整为112.4亿元。",
     ("general_budget_expenditure", "target", "2021", "level"), 112.4),
    ("　　全县一般公共预算支出年初预算为98.6亿元。执行中因上级补助增加等因素，调整为112.4亿元。\n全年实际完成110.9亿元，增长6.3%。",
     ("general_budget_expenditure", "actual", "2021", "level"), 110.9),
])
def test_a_budgets_look_alikes(body, key, value):
    fs = keys_of(read(_budget("临泉县", 2022, body), region="临泉县", report_year=2022))
    assert fs[key].value == value


# 2. an average after a level's base year and end year, its sentence naming both (由2015年的…增加到2019年的…): the years
# after the base, whatever their count (the five-year default dated a plan report's four years 2015-2019)
def _review(year: int, body: str) -> str:
    return (f"山西省{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n——{year}年1月13日在山西省第十三届人民代表大会"
            f"第三次会议上\n\n　　一、{year - 1}年计划执行情况\n{body}\n")


@pytest.mark.parametrize("body,ind,span", [
    ("　　全省地区生产总值由2015年的12766.5亿元增加到2019年的17026.7亿元，年均增长6.3%。", "gdp", "2016-2019"),
    ("　　全省地区生产总值由2015年的12766.5亿元增加到2019年\n的17026.7亿元，年均增长6.3%。", "gdp", "2016-2019"),
    ("　　全省一般公共预算收入从2017年的1642.4亿元提高到2019年的2347.6亿元，年均增长9.3%。", "general_budget_revenue", "2018-2019"),
    ("　　全省城镇居民人均可支配收入由2015年的25828元增加到33262元，年均增长6.5%。", "urban_disposable_income", "2016-2019"),
    ("　　全省城镇居民人均可支配收入由2016年28000元增加到2019年33262元，年均增长5.9%。", "urban_disposable_income", "2017-2019"),
    # (near-misses that must not change: five years after the base, the default's; a range named; no base year)
    ("　　全省地区生产总值由2014年的1.2万亿元增加到2019年的1.7万亿元，年均增长6.3%。", "gdp", "2015-2019"),
    ("　　2016年至2019年，全省地区生产总值年均增长6.3%。", "gdp", "2016-2019"),
    ("　　全省城镇居民人均可支配收入由25828元增加到33262元，年均增长6.5%。", "urban_disposable_income", "2015-2019"),
])
def test_an_average_after_the_base_year_its_sentence_names(body, ind, span):
    fs = keys_of(read(_review(2020, body), region="山西省", report_year=2020))
    assert (ind, "actual", span, "growth") in fs, sorted(fs)


# 3. a report whose byline has no dash, its speaker's line under it, and whose first paragraph its last year opens: the
# paragraph is the review (no pledges), its own line (not run on from the speaker's), the meeting's date no plan cue
def _opening(place: str, year: int, first: str) -> str:
    return (f"{place}{year}年政府工作报告\n{year}年1月8日在{place}第十七届人民代表大会第四次会议上\n{place}人民政府{place[-1]}长\n"
            f"{first}\n　　{year}年全{place[-1]}经济社会发展的主要预期目标是：地区生产总值增长8.5%。\n")


@pytest.mark.parametrize("first", [
    "　　{y}年，全{l}一般公共预算收入完成66.7亿元，增长10.5%；接待游客2800万人次，增长12%。",
    "　　{y}年全{l}新建高标准农田3.2万亩，新改建农村公路210公里。",
    "\n　　{y}年，全{l}新增城镇就业1.1万人，新建城区停车位2600个。",
])
@pytest.mark.parametrize("place,year", [("宁乡市", 2019), ("浏阳市", 2021), ("长丰县", 2023)])
def test_the_opening_a_past_year_opens_pledges_nothing(first, place, year):
    d = read(_opening(place, year, first.format(y=year - 1, l=place[-1])), region=place, report_year=year)
    assert not d.pledges, [(p.object, p.value) for p in d.pledges]
    assert f"{place[-1]}长\n" in d.text  # (the speaker's line ends its own)


@pytest.mark.parametrize("text,joined", [
    # (look-alikes that must not change: an infographic's name over its figure, a narrow column's cut before a base year)
    ("地区生产总值\n285.6亿元\n", "地区生产总值285.6亿元"),
    ("全县地区生产总值由\n2018年的285.6亿元增加到312.4亿元。\n", "由2018年的285.6亿元"),
])
def test_a_figure_under_a_name_still_joins(text, joined):
    from planwatch.normalize import normalize
    assert joined in normalize("标题\n" + text).text


def test_the_years_own_opening_still_pledges():
    # (near-miss: the report's year opening the first paragraph under the same byline, its tasks pledged)
    d = read(_opening("宁乡市", 2019, "　　2019年，全市将新建高标准农田3万亩，新改建农村公路200公里。"), region="宁乡市", report_year=2019)
    assert {p.value for p in d.pledges} >= {3, 200}


# 4. a tasks paragraph whose lead before its colon looks ahead, its list of items going on past its last ； onto the next
# line (a web page's or a PDF's line not wide enough to be joined): the next line's items are the year's tasks too
_LEAD = ["今年，全{l}重点抓好以下工作：", "{y}年，我们将重点办好以下实事：", "新的一年，全{l}要着力抓好以下民生实事："]


@pytest.mark.parametrize("lead", _LEAD)
@pytest.mark.parametrize("place,year", [("宁乡市", 2019), ("桐庐县", 2022), ("龙华区", 2025)])
def test_a_list_past_its_semicolon_onto_the_next_line(lead, place, year):
    body = ("　　" + lead.format(l=place[-1], y=year) + "新建高标准农田3万亩；新改建农村公路200公里；\n"
            "新建城区停车位3000个；改造城区老旧小区25个。")
    text = (f"{place}{year}年政府工作报告\n——{year}年1月8日在{place}第十七届人民代表大会第四次会议上\n\n{body}\n")
    d = read(text, region=place, report_year=year)
    assert {(p.object, p.value) for p in d.pledges} >= {("城区停车位", 3000), ("城区老旧小区", 25)}, \
        [(p.object, p.value) for p in d.pledges]


@pytest.mark.parametrize("body", [
    # (near-misses that must not change: a lead looking back; a target list's lead; a past year opening the next line)
    "　　去年，全市重点抓好以下工作：新建高标准农田3万亩；新改建农村公路200公里；\n新建城区停车位3000个。",
    "　　2018年全市主要工作是：新建高标准农田3万亩；新改建农村公路200公里；\n新建城区停车位3000个。",
])
def test_a_list_looking_back_stays_unpledged(body):
    text = f"宁乡市2019年政府工作报告\n——2019年1月8日在宁乡市第十七届人民代表大会第四次会议上\n\n{body}\n"
    d = read(text, region="宁乡市", report_year=2019)
    assert not any(p.value == 3000 for p in d.pledges)


# 5. a numbered item's name alone on its line with no stop, over a sentence set apart that opens on the reason its
# figure rose or fell by, then its bare rate (decision 217 left it): the item's own figure
def _items(year: int, body: str) -> str:
    return (f"成都市温江区{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n——{year}年1月14日在成都市温江区"
            f"第十八届人民代表大会第六次会议上\n\n一、{year - 1}年计划执行情况\n\n{body}\n")


@pytest.mark.parametrize("body,key,value", [
    ("4.社会消费品零售总额\n\n受疫情影响，增长1.2%，低于年度计划5.8个百分点。", ("retail_sales", "actual", "{y}", "growth"), 1.2),
    ("（四）社会消费品零售总额\n因消费需求不足，下降2.3%。", ("retail_sales", "actual", "{y}", "growth"), -2.3),
    ("3.一般公共预算收入\n\n受减税降费影响，下降3.5%左右。", ("general_budget_revenue", "actual", "{y}", "growth"), -3.5),
    ("5.规模以上工业增加值\n\n受主要企业停产检修影响，增长2.1%。", ("industrial_va", "actual", "{y}", "growth"), 2.1),
])
@pytest.mark.parametrize("year", [2017, 2021, 2024])
def test_an_items_name_over_a_reason_then_its_rate(body, key, value, year):
    k = (key[0], key[1], str(year - 1), key[3])
    fs = keys_of(read(_items(year, body), report_year=year))
    assert k in fs and fs[k].value == value, sorted(fs)


@pytest.mark.parametrize("body,absent", [
    # (look-alikes that must not change: a name with no item's mark, as a 数读 caption sets it; the sentence naming
    # another indicator after the reason)
    ("社会消费品零售总额\n\n受疫情影响，增长1.2%。", ("retail_sales", "actual", "2020", "growth")),
    ("4.社会消费品零售总额\n\n受疫情影响，全区固定资产投资增长1.2%。", ("retail_sales", "actual", "2020", "growth")),
])
def test_a_caption_over_a_reason_stays(body, absent):
    fs = keys_of(read(_items(2021, body), report_year=2021))
    assert absent not in fs
