"""Whole development-plan reports, long, blind (pln41, decision 238): a page's break between an indicator table's header
and its first row (a header printed at a page's foot, its rows on the next page), which lost the whole table; a run of
last year's plans under one lead ("年度计划一般公共预算总收入增长5%，地方一般公共预算收入增长4%；实际完成…"), read as
results; last year's plan in words after the stop of a name heading its review item ("——进出口总额。年度计划稳中提质，
预计…"), lost. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _plan_report(place: str, year: int, body: str) -> str:
    return (f"关于{place}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月12日在{place}第十四届人民代表大会第三次会议上\n\n各位代表：\n\n{body}")


# 1. a page's break between a table's header and its first row
def _cells_table(y: int, mark: str) -> str:
    return (f"附表\n指标名称\n单位\n{y - 1}年计划\n{y - 1}年预计\n{y}年预期目标\n{mark}\n服务业增加值增长\n%\n6\n5.7\n5.5\n"
            "农村居民人均可支配收入增长\n%\n7左右\n6.6\n6.5\n")


def _tab_table(y: int, mark: str) -> str:
    return (f"附表\n指标\t单位\t{y - 1}年计划\t{y - 1}年预计\t{y}年目标\n\n{mark}\n\n服务业增加值增长\t%\t6\t5.7\t5.5\n"
            "农村居民人均可支配收入增长\t%\t7左右\t6.6\t6.5\n")


def _space_table(y: int, mark: str) -> str:
    return (f"附表\n指  标                    单位    {y - 1}年计划    {y - 1}年预计    {y}年目标\n{mark}\n"
            "服务业增加值增长          %       6             5.7           5.5\n"
            "农村居民人均可支配收入增长  %     7左右         6.6           6.5\n")


@pytest.mark.parametrize("layout", [_cells_table, _tab_table, _space_table])
@pytest.mark.parametrize("mark", ["— 7 —", "- 31 -", "— 12 —\n{place}{y}年计划报告"])
@pytest.mark.parametrize("place,year", [("河北省", 2026), ("铜陵市", 2024), ("遂宁市", 2023)])
def test_a_page_break_between_the_header_and_the_first_row(layout, mark, place, year):
    body = f"一、{year - 1}年计划执行情况\n全省地区生产总值增长5.3%。\n\n" + layout(year, mark.format(place=place, y=year))
    fs = keys_of(read(_plan_report(place, year, body)))
    assert val(fs, ("tertiary_industry_va", "target", str(year - 1), "growth")) == (6, "eq")
    assert val(fs, ("tertiary_industry_va", "actual", str(year - 1), "growth")) == (5.7, "eq")
    assert val(fs, ("tertiary_industry_va", "target", str(year), "growth")) == (5.5, "eq")
    assert val(fs, ("rural_disposable_income", "target", str(year - 1), "growth")) == (7, "about")
    assert val(fs, ("rural_disposable_income", "target", str(year), "growth")) == (6.5, "eq")


@pytest.mark.parametrize("place,year", [("沧州市", 2024), ("河北省", 2026)])
def test_a_header_over_prose_after_the_page_break_reads_no_rows(place, year):
    # (look-alike: a header left alone at a page's foot, prose after the page's mark: no row, no target of the table's years)
    body = (f"附表\n指标\n单位\n{year - 1}年计划\n{year - 1}年预计\n\n— 12 —\n\n"
            "今年以来，全市上下认真落实决策部署，服务业增加值增长6%，城镇新增就业5万人。\n")
    fs = keys_of(read(_plan_report(place, year, body)))
    assert not [k for k in fs if k[1] == "target"]


# 2. a run of last year's plans under one lead, the results after them
@pytest.mark.parametrize("lead", ["年度计划", "年初计划", "年度目标", "年初预期"])
@pytest.mark.parametrize("result", ["；实际完成一般公共预算总收入5075亿元、增长0.7%，地方一般公共预算收入3079亿元、增长0.9%",
                                    "；全年实际完成一般公共预算总收入5075亿元、增长0.7%，地方一般公共预算收入3079亿元、增长0.9%",
                                    "，执行结果为一般公共预算总收入5075亿元、增长0.7%，地方一般公共预算收入3079亿元、增长0.9%"])
@pytest.mark.parametrize("place,year", [("福建省", 2021), ("潍坊市", 2024)])
def test_a_run_of_plans_under_one_lead_are_last_years_targets(lead, result, place, year):
    body = (f"一、{year - 1}年计划执行情况\n5．财政收入。{lead}一般公共预算总收入增长5%，地方一般公共预算收入增长4%{result}。\n")
    fs = keys_of(read(_plan_report(place, year, body)))
    y = str(year - 1)
    assert val(fs, ("fiscal_total_revenue", "target", y, "growth")) == (5, "eq")
    assert val(fs, ("general_budget_revenue", "target", y, "growth")) == (4, "eq")
    assert val(fs, ("fiscal_total_revenue", "actual", y, "growth")) == (0.7, "eq")
    assert val(fs, ("general_budget_revenue", "actual", y, "growth")) == (0.9, "eq")
    assert val(fs, ("general_budget_revenue", "actual", y, "level")) == (3079, "eq")


@pytest.mark.parametrize("place,year", [("潍坊市", 2024), ("郴州市", 2023)])
def test_a_run_of_plans_of_two_kinds_of_item(place, year):
    body = (f"一、{year - 1}年计划执行情况\n4．居民收入和就业。年度计划城镇新增就业9万人，一般公共预算收入增长6%，"
            "执行结果为城镇新增就业10.2万人，一般公共预算收入增长5.8%。\n")
    fs = keys_of(read(_plan_report(place, year, body)))
    y = str(year - 1)
    assert val(fs, ("urban_new_jobs", "target", y, "level")) == (9, "eq")
    assert val(fs, ("urban_new_jobs", "actual", y, "level")) == (10.2, "eq")
    assert val(fs, ("general_budget_revenue", "target", y, "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", y, "growth")) == (5.8, "eq")


@pytest.mark.parametrize("lead", ["年初计划", "年初确定的目标是", "年度预期"])
@pytest.mark.parametrize("said", ["；实际分别增长", "；预计分别增长", "；全年实际分别增长"])
@pytest.mark.parametrize("place,year", [("潍坊市", 2024), ("江西省", 2022)])
def test_results_of_a_run_of_plans_after_a_semicolon_their_names_left_out(lead, said, place, year):
    body = f"一、{year - 1}年计划执行情况\n1．经济增长。{lead}地区生产总值增长6%、固定资产投资增长8%{said}6.2%、5.1%。\n"
    fs = keys_of(read(_plan_report(place, year, body)))
    y = str(year - 1)
    assert val(fs, ("gdp", "target", y, "growth")) == (6, "eq")
    assert val(fs, ("fixed_asset_investment", "target", y, "growth")) == (8, "eq")
    assert val(fs, ("gdp", "actual", y, "growth")) == (6.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", y, "growth")) == (5.1, "eq")


@pytest.mark.parametrize("place,year", [("德州市", 2024), ("福建省", 2021)])
def test_a_lead_with_no_results_after_it_changes_nothing(place, year):
    # (look-alikes: a plan's lead over results in its own sentence, and over this year's targets, with no result after)
    body = (f"一、{year - 1}年计划执行情况\n年度计划新开工重点项目300个，全年城镇新增就业6.1万人，地区生产总值增长6.3%。\n\n"
            f"二、{year}年主要目标\n年度目标地区生产总值增长6%左右，固定资产投资增长8%。\n")
    fs = keys_of(read(_plan_report(place, year, body)))
    assert val(fs, ("urban_new_jobs", "actual", str(year - 1), "level")) == (6.1, "eq")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "about")
    assert val(fs, ("fixed_asset_investment", "target", str(year), "growth")) == (8, "eq")
    assert ("gdp", "target", str(year - 1), "growth") not in fs


@pytest.mark.parametrize("sentence,key,value", [
    ("年初确定的50个重点项目完成投资320亿元，固定资产投资增长8.1%，预计全年增长8%。", "fixed_asset_investment", 8.1),
    ("年度目标任务全面完成，地区生产总值增长6.3%，预计总量达到5200亿元。", "gdp", 6.3),
    ("年度计划的各项任务有序推进，城镇新增就业6.2万人，实际完成年度计划的103%。", "urban_new_jobs", 6.2),
])
def test_a_plan_word_opening_a_sentence_of_results_leads_no_run(sentence, key, value):
    # (look-alikes: the plan's words open the sentence but name no indicator right after them: the results stay results)
    body = f"一、2023年计划执行情况\n{sentence}\n"
    fs = keys_of(read(_plan_report("潍坊市", 2024, body)))
    measure = "level" if key == "urban_new_jobs" else "growth"
    assert val(fs, (key, "actual", "2023", measure)) == (value, "eq")
    assert (key, "target", "2023", measure) not in fs


def test_results_after_their_plans_with_respectively_stay_as_before():
    # (look-alike: the results with 分别 after the run, read so before)
    body = "一、2023年计划执行情况\n2．消费和外贸。年度预期社会消费品零售总额增长8%，进出口总额增长5%，预计分别增长7.4%和9.6%。\n"
    fs = keys_of(read(_plan_report("潍坊市", 2024, body)))
    assert val(fs, ("retail_sales", "target", "2023", "growth")) == (8, "eq")
    assert val(fs, ("foreign_trade", "actual", "2023", "growth")) == (9.6, "eq")


# 3. last year's plan in words after the stop of a name heading its item
@pytest.mark.parametrize("item,iid,actual", [
    ("——进出口总额。年度计划稳中提质，预计达到5880亿元，增长3.2%。", "foreign_trade", 3.2),
    ("3．进出口总额。年初预期稳中提质，执行结果为增长3.2%。", "foreign_trade", 3.2),
    ("——实际使用外资。年度计划保持稳定，预计完成17.4亿美元，下降4.2%。", "fdi", -4.2),
    ("（四）实际使用外资。年度计划增长保持稳定，预计下降4.2%。", "fdi", -4.2),
    ("——居民人均可支配收入。年度计划增长与经济增长同步，预计达到35650元，增长5.6%。", "disposable_income", 5.6),
    ("2．居民人均可支配收入。年度计划与经济增长同步，实际增长5.6%。", "disposable_income", 5.6),
    ("6．社会消费品零售总额。年初预期稳中提质，预计增长4.9%。", "retail_sales", 4.9),
])
@pytest.mark.parametrize("place,year", [("河北省", 2026), ("柳州市", 2024), ("芜湖市", 2025)])
def test_a_plan_in_words_after_the_items_name_is_last_years_target(item, iid, actual, place, year):
    body = f"一、{year - 1}年计划执行情况\n（一）主要指标完成情况\n{item}\n"
    fs = keys_of(read(_plan_report(place, year, body)))
    y = str(year - 1)
    assert val(fs, (iid, "target", y, "growth")) == (None, "qualitative")
    assert val(fs, (iid, "actual", y, "growth")) == (actual, "eq")


@pytest.mark.parametrize("place,year", [("柳州市", 2024), ("河北省", 2026)])
def test_a_name_closing_a_sentence_is_no_items_head(place, year):
    # (look-alike: the name ends a sentence of prose, not an item's head: the plan's words after it are no target of it)
    body = f"一、{year - 1}年计划执行情况\n全力稳住进出口总额。年度计划保持稳定，全年实际使用外资增长3%。\n"
    fs = keys_of(read(_plan_report(place, year, body)))
    assert ("foreign_trade", "target", str(year - 1), "growth") not in fs
