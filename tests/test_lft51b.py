"""What this hour's rounds left, one class at a time, blind (lft51b, decision 412): an English figure with the year named
in words right after it ("…are expected to rise 6 percent this year.", "…grew 3.8 percent last year."), read as the
digits' year is; a review sentence opened by a people's congress session named by its term and its session with no time
word ("县十六届人大三次会议确定，全年…增长8%左右。"): last year's target restated. With look-alikes that must not change."""
from factkeys import key_values, read

_EN = ("Linhe sets 2023 targets\n\nUpdated: 2023-01-16 | Source: Linhe Daily\n\n"
       "The mayor delivered the government work report to the municipal people's congress on January 15.\n\n")


def _kv(body: str, head: str = _EN, year: int = 2023) -> dict:
    return key_values(read(head + body + "\n", "临河市.txt", region="临河市", level="prefecture", report_year=year))


# --- an English figure with the year in words after it ---

def test_english_expected_this_year_is_the_years_target():
    # "are expected to rise 6 percent this year." on 2023's page: 2023's target, as "in 2023" is (403 left it)
    kv = _kv("Retail sales of consumer goods are expected to rise 6 percent this year.")
    assert kv.get(("retail_sales", "target", "2023", "growth")) == (6, "eq")
    assert ("retail_sales", "actual", "2022", "growth") not in kv


def test_english_change_last_year_is_the_year_befores_result():
    # "grew 3.8 percent last year.": 2022's result, as "in 2022" is
    kv = _kv("The city's general public budget revenue grew 3.8 percent last year.")
    assert kv.get(("general_budget_revenue", "actual", "2022", "growth")) == (3.8, "eq")


def test_english_aim_last_year_is_the_year_befores_target():
    # "…had planned … growth of 9 percent last year;": 2022's target restated, as with "in 2022" (decision 394)
    kv = _kv("The city had planned fixed-asset investment growth of 9 percent last year; it rose 7.2 percent.")
    assert kv.get(("fixed_asset_investment", "target", "2022", "growth")) == (9, "eq")


def test_english_this_year_in_a_late_plan_report_is_the_estimate():
    # a plan report delivered in December for the next year: "this year" is the year before the report's, a figure
    # expected for it an estimate of its result, no target of the report's year
    head = ("Linhe plan report for 2024\n\nUpdated: 2023-12-20 | Source: Linhe Daily\n\n"
            "The city's development plan report was delivered to the standing committee on December 19, 2023.\n\n")
    kv = _kv("Retail sales of consumer goods are expected to grow 6.5 percent this year.", head, 2024)
    assert ("retail_sales", "target", "2024", "growth") not in kv


def test_english_this_year_not_closing_its_clause_is_not_read():
    # look-alike: "this year" not right after the figure ("… 6 percent, the highest this year"): not the year after
    # the figure, no target read from it
    kv = _kv("Retail sales of consumer goods rose 6 percent in December, the highest this year.")
    assert ("retail_sales", "target", "2023", "growth") not in kv


def test_english_this_years_name_before_the_figure_reads_as_before():
    # look-alike: the year's words before the figure ("This year, GDP is expected to grow 5 percent."), decision 386's
    # reading, unchanged
    kv = _kv("This year, GDP is expected to grow 5 percent in 2023.")
    assert kv.get(("gdp", "target", "2023", "growth")) == (5, "eq")


# --- a review lead naming a session by its term and session, no time word ---

_RPT = ("临河县2018年政府工作报告\n\n——2018年1月9日在临河县第十七届人民代表大会第一次会议上\n\n一、2017年工作回顾\n\n"
        "过去一年，全县经济社会保持平稳健康发展。")


def _rkv(body: str) -> dict:
    return key_values(read(_RPT + body + "\n", "临河县.txt", region="临河县", level="county", report_year=2018))


def test_session_named_by_term_and_number_sets_last_years_target():
    # "县十六届人大三次会议确定，全年…增长8%左右。": 2017's target restated, not its result
    kv = _rkv("县十六届人大三次会议确定，全年地区生产总值增长8%左右。地区生产总值实际增长7.4%。")
    assert kv.get(("gdp", "target", "2017", "growth")) == (8, "about")
    assert kv.get(("gdp", "actual", "2017", "growth")) == (7.4, "eq")


def test_session_with_its_verb_proposed_sets_last_years_target():
    # the same with 提出 and 第: "县第十六届人民代表大会第三次会议提出，…"
    kv = _rkv("县第十六届人民代表大会第三次会议提出，全年一般公共预算收入增长6%。")
    assert kv.get(("general_budget_revenue", "target", "2017", "growth")) == (6, "eq")


def test_session_lead_before_this_year_stays_this_years():
    # look-alike: the session's lead before 今年 ("…会议确定，今年…"): this year's target, not last year's
    kv = _rkv("\n\n二、2018年工作安排\n\n县十七届人大一次会议确定，今年全县地区生产总值增长7.5%左右。")
    assert ("gdp", "target", "2017", "growth") not in kv


def test_party_plenum_lead_is_no_session_of_congress():
    # look-alike: a party plenum named by term and number ("县委十三届四次全会提出，"): not the congress's session, the
    # figure after it read as before (a result of the review)
    kv = _rkv("县委十三届四次全会提出，全年地区生产总值增长7.2%。")
    assert ("gdp", "target", "2017", "growth") not in kv


# --- a review's result whose subject is left out, after a reason ---

def test_result_after_reason_sentence_carries_the_target_name():
    # "…确定，全年地区生产总值增长8%左右。受…影响，全年实际增长7.1%。": the result of the figure set, its name left out
    kv = _rkv("县十六届人大三次会议确定，全年地区生产总值增长8%左右。受主导产业产能收缩影响，全年实际增长7.1%，低于预期。")
    assert kv.get(("gdp", "target", "2017", "growth")) == (8, "about")
    assert kv.get(("gdp", "actual", "2017", "growth")) == (7.1, "eq")


def test_result_after_reason_with_another_setting_verb():
    # the same with 提出 and a cause named by 由于: "…会议提出，全年一般公共预算收入增长7%。由于…，全年实际增长4.6%。"
    kv = _rkv("县十六届人大三次会议提出，全年一般公共预算收入增长7%。由于落实减税降费政策，全年实际增长4.6%。")
    assert kv.get(("general_budget_revenue", "target", "2017", "growth")) == (7, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2017", "growth")) == (4.6, "eq")


def test_reason_sentence_after_a_plain_result_carries_nothing():
    # look-alike: the sentence before sets no target (a result), its reason sentence's figure is no result of that name
    kv = _rkv("全县地区生产总值增长7.3%。受寒潮天气影响，全年实际增长12.5%的是蔬菜产量。")
    assert kv.get(("gdp", "actual", "2017", "growth")) == (7.3, "eq")


def test_reason_sentence_after_a_two_figure_sentence_carries_nothing():
    # look-alike: the sentence before names another figure first ("固定资产投资…，地区生产总值…"): the name at its end is not
    # the first with figures, the subjectless result is not carried to it
    kv = _rkv("年初确定固定资产投资增长12%，地区生产总值增长8%左右。受项目落地滞后影响，全年实际增长6.1%。")
    assert all(v != (6.1, "eq") for v in kv.values())


# --- a pair's pace in words, then its amounts ---

_TGT = "临河县2024年政府工作报告\n\n二、2024年主要预期目标\n\n"


def _tkv(body: str) -> dict:
    return key_values(read(_TGT + body + "\n", "临河县.txt", region="临河县", level="county", report_year=2024))


def test_pair_pace_in_words_then_amounts_gives_both_paces():
    # "城乡居民人均可支配收入与经济增长同步，分别达到4.6万元和2.8万元": the urban and rural pace in words and their amounts
    kv = _tkv("今年全县城乡居民人均可支配收入与经济增长同步，分别达到4.6万元和2.8万元。")
    assert kv.get(("urban_disposable_income", "target", "2024", "growth")) == (None, "qualitative")
    assert kv.get(("rural_disposable_income", "target", "2024", "growth")) == (None, "qualitative")
    assert kv.get(("rural_disposable_income", "target", "2024", "level")) == (2.8, "eq")


def test_pair_with_its_growth_figure_keeps_the_figure():
    # look-alike: the pair's growth in figures, then amounts: the figure, no words
    kv = _tkv("今年全县城乡居民人均可支配收入增长6.5%，分别达到4.6万元和2.8万元。")
    assert kv.get(("urban_disposable_income", "target", "2024", "growth")) == (6.5, "eq")


# --- the region's will, then bare tasks ---

_PAGE = ("临河县人民政府 > 要闻\n\n县十八届人大三次会议开幕\n发布时间：2024-01-10\n\n1月9日，临河县第十八届人民代表大会第三次会议开幕。"
         "县长代表县人民政府作政府工作报告。\n\n报告回顾，2023年全县地区生产总值增长5.8%。\n\n")


def _pl(body: str) -> set:
    d = read(_PAGE + body + "\n", "临河县.txt", region="临河县", level="county", report_year=2024)
    return {(p.object, p.value, p.period) for p in d.pledges}


def test_will_with_an_adverb_then_bare_tasks_pledges_them():
    # "全县将持续推进…。新建…，改造…。": the tasks after the will, its work opening on an adverb
    pl = _pl("全县将持续推进乡村振兴，加快建设美丽县城。新建农村供水管网45公里，改造老旧小区12个。")
    assert ("农村供水管网", 45, "2024") in pl and ("老旧小区", 12, "2024") in pl


def test_past_year_then_bare_figures_stay_results():
    # look-alike: "2023年，全县…。改造老旧小区9个。": the sentence before names the past year, no will: no pledge
    pl = _pl("2023年，全县完成农村公路提升改造60公里。改造老旧小区9个。")
    assert not any(o == "老旧小区" for o, _, _ in pl)


def test_will_as_ba_before_a_number_is_no_turn():
    # look-alike: 将 as 把 ("全县将1.2万户纳入…"), no verb of work after it: the past year's bare figure stays unpledged
    pl = _pl("2023年，全县将1.2万户纳入低保范围。改造老旧小区9个。")
    assert not any(o == "老旧小区" for o, _, _ in pl)


# --- an English relative clause between a name and its change ---

def test_english_relative_clause_aim_then_result():
    # "Fixed-asset investment, which the city had planned to raise by 9 percent, rose 7.4 percent in 2022.": the aim is
    # 2022's target, the change after the clause 2022's result
    kv = _kv("Fixed-asset investment, which the city had planned to increase by 9 percent, rose 7.4 percent in 2022.")
    assert kv.get(("fixed_asset_investment", "target", "2022", "growth")) == (9, "eq")
    assert kv.get(("fixed_asset_investment", "actual", "2022", "growth")) == (7.4, "eq")


def test_english_relative_clause_with_its_year_inside():
    # the year inside the clause: "…, which the city aimed to grow 7 percent in 2022, fell 1.5 percent."
    kv = _kv("Retail sales of consumer goods, which the city aimed to grow 7 percent in 2022, fell 1.5 percent.")
    assert kv.get(("retail_sales", "target", "2022", "growth")) == (7, "eq")
    assert kv.get(("retail_sales", "actual", "2022", "growth")) == (-1.5, "eq")


def test_english_relative_clause_of_no_indicator_gives_nothing():
    # look-alike: a thing of no indicator before the clause ("The new airport, which opened in May, cut … by 20 percent")
    kv = _kv("The new airport, which opened to flights in May, cut travel time by 20 percent in 2022.")
    assert kv == {}


def test_english_relative_clause_after_the_figure_is_not_read():
    # look-alike: the clause after the name's own figure ("GDP grew 4.1 percent in 2022, which …, rose …"): the first
    # figure alone, as before
    kv = _kv("GDP grew 4.1 percent in 2022, which the city had planned to raise by 6 percent, rose 2 percent.")
    assert kv.get(("gdp", "actual", "2022", "growth")) == (4.1, "eq")
    assert ("gdp", "target", "2022", "growth") not in kv
