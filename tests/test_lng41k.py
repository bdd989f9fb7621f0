"""Whole provincial reports of 2026, blind (lng41k, decision 255): last year's targets set beside two results in
their own clauses by 与/同/距 (“，分别与6%、7.5%的预期目标存在差距”), lost or given to one; two shares compared with
their targets after 分别 (“城镇调查失业率5.3%，城镇登记失业率2.9%，分别低于5.5%、4.5%的控制目标”), the first target lost;
the comparison word read as the targets' bound after one name with 分别 (“分别低于6%和7.5%的预期目标”: at_most); a
change over the five years with a rounding word before its figure (“五年提高约4.5个百分点”) dated the last year; a
paper's page head of two lines (date, then page) inside a cut word (“年均增（下转第3版）…（上接第2版）长4.9%”), which lost
年均. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _report(place: str, body: str, year: int = 2026) -> str:
    return (f"政府工作报告\n——{year}年1月26日在{place}第十四届人民代表大会第五次会议上\n{place}省长　王明\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{body}\n")


# 1. 与/同/距 before the targets after two results in their own clauses
@pytest.mark.parametrize("cmp", ["分别与{a}、{b}的预期目标存在差距", "分别与{a}和{b}的年度目标基本持平",
                                 "分别距{a}、{b}的预期目标还有差距", "分别同{a}、{b}的预期目标相比略有差距"])
@pytest.mark.parametrize("place,year", [("江西省", 2026), ("河南省", 2024), ("四川省", 2022)])
def test_targets_set_beside_two_results_by_yu(cmp, place, year):
    body = (f"过去一年，城镇居民人均可支配收入增长4.5%，农村居民人均可支配收入增长6.3%，"
            + cmp.format(a="6%", b="7.5%") + "；城镇调查失业率5.3%。")
    fs = keys_of(read(_report(place, body, year)))
    last = str(year - 1)
    assert val(fs, ("urban_disposable_income", "actual", last, "growth")) == (4.5, "eq")
    assert val(fs, ("rural_disposable_income", "actual", last, "growth")) == (6.3, "eq")
    assert val(fs, ("urban_disposable_income", "target", last, "growth")) == (6, "eq")
    assert val(fs, ("rural_disposable_income", "target", last, "growth")) == (7.5, "eq")


@pytest.mark.parametrize("tail", ["分别与上年持平", "分别与全省平均水平相差0.3和0.5个百分点", "分别与6%、7.5%的全国平均增速相近",
                                  "分别与2024年持平"])
def test_no_targets_where_nothing_planned_is_named(tail):
    # (look-alikes: last year, the average of another place, a year: no targets, as before)
    body = f"过去一年，城镇居民人均可支配收入增长4.5%，农村居民人均可支配收入增长6.3%，{tail}。"
    fs = keys_of(read(_report("江西省", body)))
    assert not [k for k in fs if k[1] == "target"]
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.3, "eq")


# 2. two shares, each in its own clause, compared with their targets after 分别
@pytest.mark.parametrize("cmp", ["分别低于{a}、{b}的控制目标", "分别与{a}、{b}的控制目标基本持平", "分别低于{a}和{b}的年度目标"])
@pytest.mark.parametrize("a,b", [("5.5%", "4.5%"), ("6%", "4%")])
def test_two_shares_compared_with_their_targets(cmp, a, b):
    body = "过去一年，城镇调查失业率5.3%，城镇登记失业率2.9%，" + cmp.format(a=a, b=b) + "。"
    fs = keys_of(read(_report("湖南省", body)))
    assert val(fs, ("urban_unemployment_rate", "actual", "2025", "share")) == (5.3, "eq")
    assert val(fs, ("registered_unemployment_rate", "actual", "2025", "share")) == (2.9, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2025", "share")) == (float(a[:-1]), "eq")
    assert val(fs, ("registered_unemployment_rate", "target", "2025", "share")) == (float(b[:-1]), "eq")


def test_two_shares_then_their_changes_stay_changes():
    # (look-alike: a run of changes after two shares, no comparison: each share's own change, as before)
    body = "过去一年，研发经费投入强度达到2.9%，常住人口城镇化率达到70.8%，分别提高0.5个和3.2个百分点。"
    fs = keys_of(read(_report("湖南省", body)))
    assert val(fs, ("rnd_intensity", "actual", "2025", "pp_change")) == (0.5, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2025", "pp_change")) == (3.2, "eq")
    assert not [k for k in fs if k[1] == "target"]


# 3. after one name with 分别, the comparison word is no bound of the targets (decision 21)
@pytest.mark.parametrize("word,tail,qual", [("低于", "的预期目标", "eq"), ("高于", "的年度目标", "eq"), ("低于", "左右的预期目标", "about")])
@pytest.mark.parametrize("place", ["贵州省", "山西省"])
def test_one_name_compared_each(word, tail, qual, place):
    body = f"过去一年，城镇、农村居民人均可支配收入分别增长4.5%和6.3%，分别{word}6%和7.5%{tail}。"
    fs = keys_of(read(_report(place, body)))
    assert val(fs, ("urban_disposable_income", "target", "2025", "growth")) == (6, qual)
    assert val(fs, ("rural_disposable_income", "target", "2025", "growth")) == (7.5, qual)


def test_one_name_compared_each_keeps_its_own_bounds():
    # (look-alike: each target with its own 以上: at_least, as before)
    body = "过去一年，城镇、农村居民人均可支配收入分别增长6.5%和8.3%，分别高于6%以上和7.5%以上的预期目标。"
    fs = keys_of(read(_report("贵州省", body)))
    assert val(fs, ("rural_disposable_income", "target", "2025", "growth")) == (7.5, "at_least")


# 4. a change over the five years with a rounding word between its verb and figure
@pytest.mark.parametrize("words,qual", [("五年提高约", "about"), ("五年提高近", "about"), ("五年间提高约", "about")])
@pytest.mark.parametrize("place,year", [("贵州省", 2026), ("云南省", 2021)])
def test_five_years_change_with_a_rounding_word(words, qual, place, year):
    body = f"{year - 1}年全省常住人口城镇化率达到57.6%，{words}4.5个百分点。"
    fs = keys_of(read(_report(place, body, year)))
    assert val(fs, ("urbanization_rate", "actual", f"{year - 5}-{year - 1}", "pp_change")) == (4.5, qual)
    assert ("urbanization_rate", "actual", str(year - 1), "pp_change") not in fs


@pytest.mark.parametrize("words", ["提高约", "今后五年提高约"])
def test_a_years_change_with_a_rounding_word_stays_the_years(words):
    # (look-alikes: no five years named, or the five years ahead: not the five years gone, as before)
    body = f"2025年全省常住人口城镇化率达到57.6%，{words}0.9个百分点。"
    fs = keys_of(read(_report("贵州省", body)))
    assert ("urbanization_rate", "actual", "2021-2025", "pp_change") not in fs


# 5. a paper's page head of two lines where a page cut a word
_PAPER = ("江西日报\n2026年2月3日　星期二\n第1版　要闻\n政府工作报告\n——2026年1月27日在江西省第十四届人民代表大会第五次会议上\n"
          "江西省省长　叶建春\n各位代表：\n一、2025年工作回顾\n回顾“十四五”，五年来，全省地区生产总值年均增长5.4%；一般公共预算收入年均增"
          "（下转第{n}版）\n{head}\n（上接第{p}版）长4.9%；规模以上工业增加值年均增长7.9%。\n")


@pytest.mark.parametrize("head", ["2026年2月3日　星期二\n第{n}版　要闻", "2026年2月3日　星期二\n要闻　第{n}版",
                                  "第{n}版　要闻\n2026年2月3日　星期二"])
@pytest.mark.parametrize("n", [2, 3, 5])
def test_a_two_line_page_head_inside_a_cut_word(head, n):
    text = _PAPER.format(n=n, p=n - 1, head=head.format(n=n))
    fs = keys_of(read(text))
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (4.9, "eq")
    assert ("general_budget_revenue", "actual", "2025", "growth") not in fs


def test_a_one_line_page_head_as_before():
    # (look-alike: the date and the page on one line, read as before)
    text = _PAPER.format(n=3, p=2, head="2026年2月3日　星期二　第3版　要闻")
    fs = keys_of(read(text))
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (4.9, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.4, "eq")
