"""Indicator names in their short and regional forms, blind (ind40, decision 222): a part of the retail total named by
the short name (限上社零, 网上社零额, 乡村社零 are no headline 社零); a bare 外资 for the foreign capital used, alone or
with 外贸 before a 分别 ("外贸、外资分别增长5%、8%"); the income's “两个同步” as its qualitative target, quoted or not,
with no GDP fact from the economy it keeps step with; and the whole population's income named after the urban and
rural ("城镇、农村和全体居民人均可支配收入分别增长…")."""
import pytest

from factkeys import keys_of, read, val

_PLACES = [(2023, "湘潭市", "第十七届"), (2021, "赤峰市", "第四届"), (2019, "昆山市", "第十七届")]


def _report(year, place, term, review="", targets=""):
    """A report of PLACE for YEAR with REVIEW in last year's part and TARGETS as this year's target list."""
    return (f"{place}人民政府工作报告\n（{year}年1月10日在{place}{term}人民代表大会第二次会议上）\n\n"
            f"一、{year - 1}年工作回顾\n{year - 1}年，全市经济稳中有进。{review}\n\n"
            f"二、{year}年工作安排\n今年全市经济社会发展的主要预期目标是：{targets}\n")


# 1. a part of the retail total before the short name: the part's own figure, never the region's 社零
@pytest.mark.parametrize("part", ["限上", "限额以上", "限上单位", "限额以上单位", "网上", "乡村", "农村"])
@pytest.mark.parametrize("name", ["社零", "社零额", "社零总额", "社消零"])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_a_part_of_the_retail_total_by_its_short_name_is_no_headline(part, name, year, place, term):
    fs = keys_of(read(_report(year, place, term, review=f"{part}{name}增长8.6%。"), report_year=year))
    assert ("retail_sales", "actual", str(year - 1), "growth") not in fs


@pytest.mark.parametrize("part", ["限上", "限额以上单位", "乡村"])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_the_headline_beside_its_part_keeps_its_own_figure(part, year, place, term):
    # the part named first, then the whole: the whole's figure is the fact, not the part's
    fs = keys_of(read(_report(year, place, term, review=f"{part}社零增长8.6%，社零增长6.2%。",
                              targets=f"{part}社零增长7%，社零增长5.5%。"), report_year=year))
    assert val(fs, ("retail_sales", "actual", str(year - 1), "growth")) == (6.2, "eq")
    assert val(fs, ("retail_sales", "target", str(year), "growth")) == (5.5, "eq")


@pytest.mark.parametrize("text", ["社零增长6.2%。", "全市社零增长6.2%。", "社零额增长6.2%。", "社零总额1280亿元，增长6.2%。"])
def test_the_regions_short_retail_name_unchanged(text):
    fs = keys_of(read(_report(2023, "湘潭市", "第十七届", review=text), report_year=2023))
    assert val(fs, ("retail_sales", "actual", "2022", "growth")) == (6.2, "eq")


# 2. a bare 外资 opening its clause before its change is the foreign capital used (as a bare 外贸 is the trade)
@pytest.mark.parametrize("review,trade,fdi", [
    ("外贸增长5.2%，外资增长8.4%。", 5.2, 8.4),
    ("外资增长8.4%，外贸增长5.2%。", 5.2, 8.4),
    ("外贸、外资分别增长5.2%、8.4%。", 5.2, 8.4),
    ("外贸外资分别增长5.2%和8.4%。", 5.2, 8.4),
    ("外贸和外资分别增长5.2%、8.4%。", 5.2, 8.4),
    ("外资、外贸分别增长8.4%、5.2%。", 5.2, 8.4),
    ("外贸和外资均增长5.2%。", 5.2, 5.2),
    ("外贸同比增长5.2%，外资同比下降8.4%。", 5.2, -8.4),
])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_a_bare_foreign_capital_with_its_change(review, trade, fdi, year, place, term):
    fs = keys_of(read(_report(year, place, term, review=review), report_year=year))
    assert val(fs, ("foreign_trade", "actual", str(year - 1), "growth")) == (trade, "eq")
    assert val(fs, ("fdi", "actual", str(year - 1), "growth")) == (fdi, "eq")


@pytest.mark.parametrize("targets,fdi", [("外贸增长3%，外资增长5%。", 5), ("外资增长5%，城镇新增就业1.2万人。", 5),
                                         ("外贸、外资分别增长3%、5%。", 5)])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_a_bare_foreign_capital_in_the_target_list(targets, fdi, year, place, term):
    fs = keys_of(read(_report(year, place, term, targets=targets), report_year=year))
    assert val(fs, ("fdi", "target", str(year), "growth")) == (fdi, "eq")


@pytest.mark.parametrize("review", ["外资企业增长10%。", "外资项目增长10%。", "外资增速放缓。", "引进外资企业增长10%。",
                                    "外资企业进出口增长10%。"])
def test_foreign_firms_and_projects_are_no_foreign_capital(review):
    fs = keys_of(read(_report(2023, "湘潭市", "第十七届", review=review), report_year=2023))
    assert not any(k[0] in ("fdi", "foreign_trade") for k in fs)


# 3. the income's “两个同步” (in step with the economy, and pay with productivity): its qualitative target; the economy
# it keeps step with is no GDP target
@pytest.mark.parametrize("words", [
    "居民收入增长和经济增长“两个同步”", "居民收入与经济增长“两个同步”", "居民收入增长和经济增长两个同步",
    "居民收入实现“两个同步”", "居民收入实现两个同步", "居民收入与经济增长保持“两个同步”", "居民收入增长和经济增长“同步”",
])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_the_incomes_two_steps_as_its_qualitative_target(words, year, place, term):
    fs = keys_of(read(_report(year, place, term, targets=f"{words}；城镇新增就业1.2万人。"), report_year=year))
    f = fs[("disposable_income", "target", str(year), "growth")]
    assert (f.value, f.qualifier) == (None, "qualitative")
    assert ("gdp", "target", str(year), "growth") not in fs  # the economy kept step with is no target of its own


@pytest.mark.parametrize("words", ["居民收入增长和经济增长“两个同步”", "居民收入实现“两个同步”"])
def test_the_two_steps_beside_the_lists_own_gdp(words):
    fs = keys_of(read(_report(2023, "湘潭市", "第十七届", targets=f"地区生产总值增长6%左右；{words}；城镇新增就业1.2万人。"),
                      report_year=2023))
    assert fs[("disposable_income", "target", "2023", "growth")].qualifier == "qualitative"
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")


@pytest.mark.parametrize("words", ["城乡居民收入实现“两个同步”", "城乡居民收入增长和经济增长“两个同步”"])
def test_the_pairs_two_steps(words):
    fs = keys_of(read(_report(2023, "湘潭市", "第十七届", targets=f"{words}；城镇新增就业1.2万人。"), report_year=2023))
    for iid in ("urban_disposable_income", "rural_disposable_income"):
        assert fs[(iid, "target", "2023", "growth")].qualifier == "qualitative"
    assert ("gdp", "target", "2023", "growth") not in fs


@pytest.mark.parametrize("targets", ["居民收入增长两个百分点以上。", "城镇新增就业两个百分点。", "居民收入增长与经济增长同步。"])
def test_two_as_a_number_and_the_plain_step_unchanged(targets):
    fs = keys_of(read(_report(2023, "湘潭市", "第十七届", targets=targets), report_year=2023))
    assert ("gdp", "target", "2023", "growth") not in fs
    if "同步" in targets:
        assert fs[("disposable_income", "target", "2023", "growth")].qualifier == "qualitative"


# 4. the whole population's income named after the urban and the rural: each figure in the order written
@pytest.mark.parametrize("name", ["城镇、农村和全体居民人均可支配收入", "城镇和农村、全体居民人均可支配收入",
                                  "城镇常住居民、农村常住居民和全体常住居民人均可支配收入", "城镇、农村及全体居民人均收入"])
@pytest.mark.parametrize("verb,unit,vals", [("增长", "%", (5.1, 7.3, 6.2)), ("达到", "元", (45210, 22180, 35160))])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_the_whole_populations_income_named_last(name, verb, unit, vals, year, place, term):
    figs = "、".join(f"{v}{unit}" for v in vals)
    fs = keys_of(read(_report(year, place, term, review=f"{name}分别{verb}{figs}。"), report_year=year))
    measure = "growth" if unit == "%" else "level"
    for iid, v in zip(("urban_disposable_income", "rural_disposable_income", "disposable_income"), vals):
        assert val(fs, (iid, "actual", str(year - 1), measure)) == (v, "eq")


@pytest.mark.parametrize("review", ["全体、城镇和农村居民人均可支配收入分别增长6.2%、5.1%、7.3%。",
                                    "全体居民、城镇居民、农村居民人均可支配收入分别增长6.2%、5.1%、7.3%。"])
def test_the_whole_populations_income_named_first_unchanged(review):
    fs = keys_of(read(_report(2023, "湘潭市", "第十七届", review=review), report_year=2023))
    assert val(fs, ("disposable_income", "actual", "2022", "growth")) == (6.2, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2022", "growth")) == (5.1, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2022", "growth")) == (7.3, "eq")


# 5. the whole scope of the revenue bracketed after the budget's name, or named bare after the budget revenue: the
# total revenue (财政总收入), never the general budget revenue (地方级)
@pytest.mark.parametrize("bracket", ["（全口径）", "(全口径)"])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_the_budgets_name_with_the_whole_scope_bracketed(bracket, year, place, term):
    fs = keys_of(read(_report(year, place, term, review=f"一般公共预算收入{bracket}328.6亿元，增长5.2%。",
                              targets=f"一般公共预算收入{bracket}增长5%。"), report_year=year))
    assert val(fs, ("fiscal_total_revenue", "actual", str(year - 1), "level")) == (328.6, "eq")
    assert val(fs, ("fiscal_total_revenue", "actual", str(year - 1), "growth")) == (5.2, "eq")
    assert val(fs, ("fiscal_total_revenue", "target", str(year), "growth")) == (5, "eq")
    assert not any(k[0] == "general_budget_revenue" for k in fs)


@pytest.mark.parametrize("review,want", [
    ("地方级一般公共预算收入121.5亿元，全口径收入328.6亿元。", ("level", 328.6)),
    ("一般公共预算收入（地方级）增长6.1%，全口径增长5.2%。", ("growth", 5.2)),
    ("一般公共预算收入121.5亿元，增长6.1%，全口径收入328.6亿元。", ("level", 328.6)),
    ("一般公共预算收入121.5亿元，增长6.1%，全口径增长5.2%。", ("growth", 5.2)),
])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_the_whole_scope_named_bare_after_the_budget_revenue(review, want, year, place, term):
    fs = keys_of(read(_report(year, place, term, review=review), report_year=year))
    assert val(fs, ("fiscal_total_revenue", "actual", str(year - 1), want[0])) == (want[1], "eq")
    assert ("general_budget_revenue", "actual", str(year - 1), want[0]) in fs


@pytest.mark.parametrize("review,key,want", [
    ("一般公共预算收入（地方级）121.5亿元。", ("general_budget_revenue", "actual", "2022", "level"), (121.5, "eq")),
    ("规上工业增加值增长6.1%，全口径增长5.2%。", ("industrial_va", "actual", "2022", "growth"), (6.1, "eq")),
    ("一般公共预算支出（全口径）300.2亿元。", ("general_budget_expenditure", "actual", "2022", "level"), (300.2, "eq")),
])
def test_the_local_scope_and_other_names_unchanged(review, key, want):
    fs = keys_of(read(_report(2023, "湘潭市", "第十七届", review=review), report_year=2023))
    assert val(fs, key) == want
    assert not any(k[0] == "fiscal_total_revenue" for k in fs)


# 6. the R&D spending and its intensity under one name, the intensity by a bare 强度: the share is the intensity,
# never a growth or level of the spending (研发投入 vs 研发投入强度)
@pytest.mark.parametrize("name", ["研发投入及强度", "研发经费投入总量和强度", "R&D经费投入和强度", "全社会研发投入总额与强度",
                                  "研发投入总量、强度"])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_the_spending_and_its_bare_intensity_respectively(name, year, place, term):
    fs = keys_of(read(_report(year, place, term, review=f"{name}分别达到126.4亿元、2.47%。"), report_year=year))
    assert val(fs, ("rnd_expenditure", "actual", str(year - 1), "level")) == (126.4, "eq")
    assert val(fs, ("rnd_intensity", "actual", str(year - 1), "share")) == (2.47, "eq")
    assert ("rnd_expenditure", "actual", str(year - 1), "growth") not in fs


@pytest.mark.parametrize("review", ["研发投入126.4亿元，强度2.47%。", "研发经费支出126.4亿元，强度达到2.47%。",
                                    "研发投入126.4亿元，增长12.1%，强度2.47%。"])
@pytest.mark.parametrize("year,place,term", _PLACES)
def test_a_bare_intensity_right_after_the_spending(review, year, place, term):
    fs = keys_of(read(_report(year, place, term, review=review), report_year=year))
    assert val(fs, ("rnd_intensity", "actual", str(year - 1), "share")) == (2.47, "eq")


@pytest.mark.parametrize("review", ["规上工业增加值增长6.1%，强度2.47%。", "工业投资增长15.2%，投资强度达到300万元/亩。"])
def test_a_bare_intensity_after_another_name_is_none(review):
    fs = keys_of(read(_report(2023, "湘潭市", "第十七届", review=review), report_year=2023))
    assert not any(k[0] == "rnd_intensity" for k in fs)


@pytest.mark.parametrize("review", ["全口径财政收入328.6亿元，增长5.2%。", "全口径财政收入完成328.6亿元，增长5.2%。",
                                    "全口径财政收入达到328.6亿元，一般公共预算收入121.5亿元，增长5.2%。"])
def test_the_whole_scopes_own_name_opening_its_clause_unchanged(review):
    fs = keys_of(read(_report(2023, "湘潭市", "第十七届", review=review, targets="全口径财政收入增长5%。"), report_year=2023))
    assert val(fs, ("fiscal_total_revenue", "actual", "2022", "level")) == (328.6, "eq")
    assert val(fs, ("fiscal_total_revenue", "target", "2023", "growth")) == (5, "eq")
