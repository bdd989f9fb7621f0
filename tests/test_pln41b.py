"""Whole provincial plan reports of 2026, blind (pln41b, decision 258): the review of last year by indicator. A result
opened by 全年实际新增 after the plan ("城镇新增就业预期目标为85万人，全年实际新增93.1万人"), lost; one name's target set
in a clause ("…预期目标为85万人；") that made the next clause's target this year's and lost its result; the target word
leading the name in a review item ("空气质量：预期目标地级城市空气质量优良天数比率88%，预计达到89.4%"), read as this
year's target; the names' own levels, then their changes after 预计分别/全年分别/实际分别 with nothing set before
("城镇居民人均可支配收入53100元、农村居民人均可支配收入24200元，预计分别增长4.8%、6.4%"), dropped as results of no
figures set. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _plan_report(place: str, year: int, body: str) -> str:
    return (f"关于{place}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月20日在{place}第十四届人民代表大会第五次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n\n{year - 1}年，全省经济运行总体平稳。{body}\n")


# 1. a result opened by 全年实际新增/全年实际达到 after the plan's figure
@pytest.mark.parametrize("name,plan,got,unit", [
    ("城镇新增就业", 85, 93.1, "万人"), ("城镇新增就业", 70, 73.6, "万人"), ("农村劳动力转移就业", 30, 32.5, "万人")])
@pytest.mark.parametrize("words", ["全年实际新增", "全年实际达到", "全年实际实现"])
@pytest.mark.parametrize("place,year", [("四川省", 2026), ("江西省", 2021), ("湖南省", 2024)])
def test_a_result_opened_by_the_years_actual_new(name, plan, got, unit, words, place, year):
    body = f"{name}预期目标为{plan}{unit}，{words}{got}{unit}，完成年度目标的109.5%。"
    fs = keys_of(read(_plan_report(place, year, body)))
    iid = "urban_new_jobs" if name == "城镇新增就业" else "rural_labor_transfer"
    assert val(fs, (iid, "target", str(year - 1), "level")) == (plan, "eq")
    assert val(fs, (iid, "actual", str(year - 1), "level")) == (got, "eq")


@pytest.mark.parametrize("words", ["全年新增", "实际新增", "全年实际完成"])
def test_the_results_words_that_worked_still_do(words):
    # (look-alikes: the words that opened the result before)
    fs = keys_of(read(_plan_report("四川省", 2026, f"城镇新增就业预期目标为85万人，{words}93.1万人。")))
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (93.1, "eq")


# 2. one name's target set in a clause of its own ("…预期目标为85万人；"): the clauses after it are not this year's targets
@pytest.mark.parametrize("second,iid,measure,plan,got", [
    ("居民消费价格预期涨幅2%左右，实际上涨0.2%", "cpi", "growth", (2, "about"), (0.2, "eq")),
    ("城镇调查失业率预期控制在5.5%左右，实际为5.2%", "urban_unemployment_rate", "share", (5.5, "about"), (5.2, "eq")),
    ("城镇调查失业率预期5.5%左右，实际为5.1%", "urban_unemployment_rate", "share", (5.5, "about"), (5.1, "eq")),
])
@pytest.mark.parametrize("first", ["城镇新增就业预期目标为85万人，全年实际新增93.1万人", "城镇新增就业预期目标为85万人",
                                   "农村劳动力转移就业目标是30万人"])
@pytest.mark.parametrize("place,year", [("四川省", 2026), ("甘肃省", 2022)])
def test_a_names_own_target_clause_leads_no_list(second, iid, measure, plan, got, first, place, year):
    fs = keys_of(read(_plan_report(place, year, f"——就业物价总体稳定。{first}；{second}。")))
    assert val(fs, (iid, "target", str(year - 1), measure)) == plan
    assert val(fs, (iid, "actual", str(year - 1), measure)) == got
    assert (iid, "target", str(year), measure) not in fs


def test_the_same_clauses_in_the_years_targets_stay_this_years():
    # (look-alike: the same words in the part of the year's targets are this year's)
    text = _plan_report("四川省", 2026, "全省地区生产总值增长5.7%。") + (
        "\n二、2026年经济社会发展的主要预期目标\n\n城镇新增就业预期目标为80万人以上；居民消费价格涨幅2%左右。\n")
    fs = keys_of(read(text))
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (80, "at_least")
    assert val(fs, ("cpi", "target", "2026", "growth")) == (2, "about")


# 3. the target word leading the name in a review's item, no year named: last year's target
@pytest.mark.parametrize("item,iid,plan,got", [
    ("14.空气质量：预期目标地级城市空气质量优良天数比率88%，预计达到89.4%", "good_air_days", (88, "eq"), (89.4, "eq")),
    ("环境质量方面，预期目标城市空气质量优良天数比率85%，实际达到87.2%", "good_air_days", (85, "eq"), (87.2, "eq")),
    ("8.生态：预期目标森林覆盖率稳定在59.9%以上，预计为59.98%", "forest_coverage", (59.9, "at_least"), (59.98, "eq")),
])
@pytest.mark.parametrize("place,year", [("湖南省", 2026), ("山西省", 2023)])
def test_the_target_word_leading_the_name_in_a_review(item, iid, plan, got, place, year):
    fs = keys_of(read(_plan_report(place, year, item + "。")))
    assert val(fs, (iid, "target", str(year - 1), "share")) == plan
    assert val(fs, (iid, "actual", str(year - 1), "share")) == got
    assert (iid, "target", str(year), "share") not in fs


def test_this_years_target_word_leading_the_name_stays_this_years():
    # (look-alike: 今年 named before the target word: this year's target, in the review too)
    fs = keys_of(read(_plan_report("湖南省", 2026, "今年预期目标城市空气质量优良天数比率88%。")))
    assert val(fs, ("good_air_days", "target", "2026", "share")) == (88, "eq")


# 4. the names' own levels, then their changes after 预计分别/全年分别/实际分别, nothing set before them
@pytest.mark.parametrize("words", ["预计分别增长", "全年分别增长", "实际分别增长"])
@pytest.mark.parametrize("a,b,ia,ib,la,lb,ga,gb", [
    ("城镇居民人均可支配收入", "农村居民人均可支配收入", "urban_disposable_income", "rural_disposable_income", 53100, 24200, 4.8, 6.4),
    ("接待游客", "旅游收入", "tourist_visits", "tourism_revenue", 8500, 720, 15.2, 18.6),
])
@pytest.mark.parametrize("place,year", [("湖南省", 2026), ("浙江省", 2020)])
def test_levels_then_their_changes_each_with_nothing_set(words, a, b, ia, ib, la, lb, ga, gb, place, year):
    ua, ub = ("元", "元") if ia.endswith("income") else ("万人次", "亿元")
    body = f"{a}{la}{ua}、{b}{lb}{ub}，{words}{ga}%、{gb}%。"
    fs = keys_of(read(_plan_report(place, year, body)))
    y = str(year - 1)
    assert val(fs, (ia, "actual", y, "level")) == (la, "eq")
    assert val(fs, (ib, "actual", y, "level")) == (lb, "eq")
    assert val(fs, (ia, "actual", y, "growth")) == (ga, "eq")
    assert val(fs, (ib, "actual", y, "growth")) == (gb, "eq")


def test_figures_set_then_their_results_each_still_pair():
    # (look-alike: figures set, then as many results after 预计分别: targets and results, as before)
    body = "城镇居民人均可支配收入计划增长6%、农村居民人均可支配收入计划增长7%，预计分别增长4.8%、6.4%。"
    fs = keys_of(read(_plan_report("湖南省", 2026, body)))
    assert val(fs, ("urban_disposable_income", "target", "2025", "growth")) == (6, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2025", "growth")) == (7, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2025", "growth")) == (4.8, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.4, "eq")
