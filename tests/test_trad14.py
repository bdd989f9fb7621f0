"""Reports and news in traditional script as Hong Kong, Macao and Taiwan outlets print them (branch trad14): Hong Kong's
按年 for 同比, 人民币 beside an amount in yuan, a comparison with 过去两年 that reviews nothing, a news sentence led by a
topic or by 报告提到/报告亦提出 whose ；-items are the year's tasks, a proposal's change against last year's after it; and
the look-alikes where a rule must not fire."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, pledged, val  # tests/factkeys.py

_NATION = {"report_year": 2026, "region": "中华人民共和国", "level": "national"}
_CITY = {"report_year": 2026, "region": "深圳市", "level": "prefecture"}


def _read(text: str, **meta):
    d = planwatch.read_text(text, "x.txt", overrides=meta or None)
    for x in (*d.facts, *d.pledges):
        assert text[x.start:x.end] == x.quote, (x.quote, text[x.start:x.end])
    return d


# ---- 1. Hong Kong's 按年 (year on year) before a change ----

@pytest.mark.parametrize("sentence, key, want, quote", [
    ("2025年，全市地區生產總值達到3.85萬億元，按年增長5.5%。", ("gdp", "actual", "2025", "growth"), (5.5, "eq"),
     "地區生產總值達到3.85萬億元，按年增長5.5%"),
    ("2025年，全市地區生產總值約3.85萬億元，按年增長約5.5%。", ("gdp", "actual", "2025", "growth"), (5.5, "about"),
     "地區生產總值約3.85萬億元，按年增長約5.5%"),
    ("2025年，全市生產總值預計達到5.6萬億元，按年增長5.2%左右。", ("gdp", "actual", "2025", "growth"), (5.2, "about"),
     "全市生產總值預計達到5.6萬億元，按年增長5.2%左右"),
    ("2025年，社會消費品零售總額2000億元，按年下跌2.5%。", ("retail_sales", "actual", "2025", "growth"), (-2.5, "eq"),
     "社會消費品零售總額2000億元，按年下跌2.5%"),
    ("2025年，社會消費品零售總額2000億元，按年升3.1%。", ("retail_sales", "actual", "2025", "growth"), (3.1, "eq"),
     "社會消費品零售總額2000億元，按年升3.1%"),
    ("報告顯示，2025年，全市居民消費價格按年上漲0.1%。", ("cpi", "actual", "2025", "growth"), (0.1, "eq"), "居民消費價格按年上漲0.1%"),
    # (in simplified script, as a Hong Kong page's simplified edition prints it)
    ("2025年，全市地区生产总值达到3.85万亿元，按年增长5.5%。", ("gdp", "actual", "2025", "growth"), (5.5, "eq"),
     "地区生产总值达到3.85万亿元，按年增长5.5%"),
])
def test_hong_kong_year_on_year(sentence, key, want, quote):
    fs = facts(sentence, **_CITY)
    assert val(fs, key) == want
    assert fs[key].quote == quote


def test_year_on_year_lookalikes():
    # 按年度 (by the yearly plan) is no change word: the level and the growth after it are read as before
    fs = facts("2025年，全市一般公共預算收入按年度計劃完成500億元，增長3%。", **_CITY)
    assert val(fs, ("general_budget_revenue", "actual", "2025", "level")) == (500, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (3, "eq")
    # a level with no change after it gives no growth
    fs = facts("2025年，全市地區生產總值達到3.85萬億元，按年計算居全省首位。", **_CITY)
    assert ("gdp", "actual", "2025", "growth") not in fs


# ---- 2. 人民币 beside an amount in yuan ----

def test_renminbi_after_an_amount():
    text = ("政府工作報告\n今年發展主要預期目標是：國內生產總值增長5%左右。\n"
            "今年赤字率擬按4%左右安排，赤字規模5.9萬億元人民幣；擬發行超長期特別國債人民幣1.3萬億元。\n")
    d = _read(text, **_NATION)
    assert ("赤字规模", 5.9, "万亿元") in pledged(d)
    assert ("超长期特别国债", 1.3, "万亿元") in pledged(d)
    assert not any("人民币" in p.object for p in d.pledges)
    p = next(p for p in d.pledges if p.value == 5.9)
    assert p.quote == "赤字規模5.9萬億元"


def test_renminbi_between_a_level_and_its_growth():
    fs = facts("2025年，全國一般公共預算收入21.9萬億元人民幣，增長1.3%；國內生產總值達到人民幣140.2萬億元。", **_NATION)
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (1.3, "eq")
    assert fs[("general_budget_revenue", "actual", "2025", "growth")].quote == "全國一般公共預算收入21.9萬億元人民幣，增長1.3%"
    assert val(fs, ("gdp", "actual", "2025", "level")) == (140.2, "eq")


def test_renminbi_inside_a_name_stays():
    # a name holding it (人民币贷款) keeps it: the loans are still the indicator's
    fs = facts("2025年末，金融機構人民幣貸款餘額1.2萬億元，增長8%；新增人民幣貸款1000億元。", **_CITY)
    assert val(fs, ("loan_balance", "actual", "2025", "level")) == (1.2, "eq")
    assert val(fs, ("new_loans", "actual", "2025", "level")) == (1000, "eq")


# ---- 3. a comparison with 过去两年 reviews nothing ----

_MINGPAO = "明報 中國 2026年3月6日\n【明報專訊】國務院總理李強昨在全國人大會議上作政府工作報告，把今年經濟增長目標定為5%左右，{}。報告亦提出城鎮調查失業率5.5%左右，城鎮新增就業1200萬人以上。\n"


@pytest.mark.parametrize("aside", ["與過去兩年相同", "與過去兩年持平", "比過去兩年略低", "与过去两年相同"])
def test_same_as_the_past_two_years_is_no_review(aside):
    fs = facts(_MINGPAO.format(aside), **_NATION)
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (1200, "at_least")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")


def test_the_past_two_years_opening_a_sentence_still_review():
    fs = facts("明報 中國 2026年3月6日\n【明報專訊】報告指出，過去兩年，城鎮新增就業累計2500萬人，國內生產總值年均增長5.1%。\n", **_NATION)
    assert val(fs, ("gdp", "actual", "2024-2025", "growth")) == (5.1, "eq")


# ---- 4. a news sentence led by a topic, or by 报告提到 / 报告亦提出: its ；-items are the year's tasks ----

_HK01 = "香港01 | 2026-01-28 18:30\n深圳市第八屆人民代表大會第二次會議28日開幕，代市長覃偉中作政府工作報告。\n"


@pytest.mark.parametrize("sentence, want", [
    ("在民生方面，報告提出今年新增基礎教育學位10萬個，新增公辦托位1萬個；籌建保障性住房5萬套（間）；新建改造公園50個。",
     {("基础教育学位", 10, "万个"), ("公办托位", 1, "万个"), ("保障性住房", 5, "万套"), ("公园", 50, "个")}),
    ("民生方面，報告提出今年新增公辦托位1萬個；新建改造公園50個。", {("公办托位", 1, "万个"), ("公园", 50, "个")}),
    ("報告提到，今年深圳將新開工重大項目100個以上；建成高標準農田1.2萬畝。",
     {("重大项目", 100, "个"), ("高标准农田", 1.2, "万亩")}),
    ("報告亦提出，今年新增公辦托位1萬個；新建改造公園50個。", {("公办托位", 1, "万个"), ("公园", 50, "个")}),
])
def test_news_sentence_opening_on_the_year_reaches_past_its_semicolon(sentence, want):
    d = _read(_HK01 + sentence + "\n", **_CITY)
    assert want <= pledged(d)


@pytest.mark.parametrize("sentence", [
    "在民生方面，去年全市新增基礎教育學位8萬個；新建改造公園40個。",
    "報告提到，去年深圳新開工重大項目90個；建成高標準農田1萬畝。",
    "在民生方面，報告提到今年以來新增公辦托位1萬個；新建改造公園50個。",
])
def test_news_review_sentences_pledge_nothing(sentence):
    d = _read(_HK01 + sentence + "\n", **_CITY)
    assert not d.pledges


# ---- 5. a proposal's change against last year's after it ----

_DAKUNGPAO = "大公報 | 2026年3月5日\n【大公報訊】國務院總理李強作政府工作報告。報告提出，今年發展主要預期目標是：國內生產總值增長5%左右。\n"


def test_proposal_with_its_change_against_last_year():
    d = _read(_DAKUNGPAO + "報告並提出，今年赤字率擬按4%左右安排，比去年提高0.2個百分點；"
              "擬安排地方政府專項債券4.4萬億元，比去年增加0.2萬億元。\n", **_NATION)
    got = pledged(d)
    assert ("赤字率", 4, "%") in got
    assert ("地方政府专项债券", 4.4, "万亿元") in got
    # (the increase on last year's continues the object before it, as in a report: tests/test_pledges.py)
    assert {p.object for p in d.pledges if p.value == 0.2 and p.unit == "万亿元"} <= {"地方政府专项债券"}


def test_results_with_their_change_against_last_year_pledge_nothing():
    # a review: the change after a result does not turn it into a task, 拟 in another clause or not
    d = _read(_DAKUNGPAO + "去年全國新建高標準農田8000萬畝，比上年增加500萬畝；地方政府專項債券發行4萬億元，比上年增加0.1萬億元。\n",
              **_NATION)
    assert not d.pledges


# ---- 6. a news lead run into the clause (报告称…) is no part of the object ----

def test_news_lead_run_into_the_object():
    d = _read("明報 中國 2026年3月6日\n【明報專訊】國務院總理李強昨在全國人大會議上作政府工作報告，把今年經濟增長目標定為百分之五左右。\n"
              "財政方面，報告稱今年一般公共預算支出規模超過30萬億元，赤字率擬按4%左右安排，比去年提高0.2個百分點。\n", **_NATION)
    got = pledged(d)
    assert ("一般公共预算支出规模", 30, "万亿元") in got
    assert ("赤字率", 4, "%") in got
    assert not any("报告" in p.object for p in d.pledges)


def test_a_name_opening_with_report_keeps_it():
    d = _read(_HK01 + "報告提出，今年深圳將新建學術報告廳30個，新建改造公園50個。\n", **_CITY)
    assert {("学术报告厅", 30, "个"), ("公园", 50, "个")} <= pledged(d)


# ---- 7. tenths (两成, 逾一成, 八成以上) as Hong Kong and Taiwan pages write a change or a share ----

@pytest.mark.parametrize("text, want", [
    # (on the normalised text: simplified characters)
    ("进出口总额同比增长两成，", [(20, "%", "两成")]),
    ("工业增加值增长逾一成。", [(10, "%", "一成")]),
    ("满意度达八成以上", [(80, "%", "八成")]),
    ("增长三成左右", [(30, "%", "三成")]),
])
def test_tenths_are_read_as_percent(text, want):
    from planwatch.extract.numbers import quantities
    assert [(q.value, q.unit, q.text) for q in quantities(text)] == want


@pytest.mark.parametrize("text", ["坚持一成不变", "三五成群", "统一成立专班", "建成投产", "完成5个", "十成把握", "二十一成员"])
def test_tenths_lookalikes(text):
    from planwatch.extract.numbers import quantities
    assert not any(q.unit == "%" for q in quantities(text))


def test_tenths_in_a_news_page():
    fs = facts(_HK01 + "報告指，2025年深圳進出口總額按年增長兩成，規模以上工業增加值增長逾一成。"
               "報告提出，今年社會消費品零售總額增長一成左右。\n", **_CITY)
    assert val(fs, ("foreign_trade", "actual", "2025", "growth")) == (20, "eq")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (10, "at_least")
    assert val(fs, ("retail_sales", "target", "2026", "growth")) == (10, "about")


# ---- 8. Hong Kong's names of the CPI: 消费物价指数, 通胀 ----

def test_hong_kong_names_of_the_cpi():
    fs = facts("大公報 | 2026年3月5日\n【大公報訊】國務院總理李強作政府工作報告。報告提出，今年通脹目標為2%左右。"
               "去年全國綜合消費物價指數按年上升0.3%。\n", **_NATION)
    assert val(fs, ("cpi", "target", "2026", "growth")) == (2, "about")
    assert val(fs, ("cpi", "actual", "2025", "growth")) == (0.3, "eq")


def test_inflation_pressure_is_no_cpi():
    fs = facts("大公報 | 2026年3月5日\n【大公報訊】國務院總理李強作政府工作報告。報告指出，去年輸入性通脹壓力上升，進口價格上漲5%。\n",
               **_NATION)
    assert not any(k[0] == "cpi" for k in fs)
