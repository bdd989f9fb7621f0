"""An adversarial review of decisions 425-428, blind (adv54b, decision 430): a card's change signed with a minus alone under
its level ("38.2亿元\\n-4.6%"); a signed change over the next card's rate name ("+9.1%\\n规上工业增加值增速"), no change of the
level above; a card's sub-head "目标任务2022" over target cards, a slogan with a year after a word between it and the
tasks' "重点工作2022"; a plan gone named as the base of the years ahead ("在巩固“十三五”…的基础上，…五年累计…") in a first
year's goals; an English wire's dateline opening its first sentence ("Wuhan, Feb 9 -- …"), "the province's economy", a
span of months ("from January to November"), "the consumer price rise". With look-alikes that must not change. The
sentences are written for these tests, not copied from the set."""
from factkeys import key_values, pledged, read

_CARD = "图解｜2022年新郑市政府工作报告\n来源：新郑发布　2022-02-11 18:30\n\n"


def _card(body: str, year: int = 2022) -> tuple[dict, set]:
    d = read(_CARD + body + "\n\n编辑：李青\n", "新郑市.txt", region="新郑市", level="county", report_year=year)
    return key_values(d), pledged(d)


# --- a card's change signed with a minus alone under its level ---

def test_minus_under_the_level_is_the_cards_fall():
    kv, _ = _card("2021成绩单\n一般公共预算收入\n38.2亿元\n-4.6%\n城镇居民人均可支配收入\n36410元\n↑6.2%\n")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (-4.6, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2021", "level")) == (38.2, "eq")
    assert kv.get(("urban_disposable_income", "actual", "2021", "growth")) == (6.2, "eq")


def test_wide_minus_points_under_a_share_is_a_fall_in_points():
    kv, _ = _card("2021成绩单\n常住人口城镇化率\n63.4%\n－0.3个百分点\n粮食总产量\n24.6万吨\n")
    assert kv.get(("urbanization_rate", "actual", "2021", "pp_change")) == (-0.3, "eq")
    assert kv.get(("urbanization_rate", "actual", "2021", "share")) == (63.4, "eq")


def test_minus_of_an_amount_is_no_change_read():
    # look-alike: a change in an amount ("-1.2万吨") is no growth, as "+12天" (decision 428)
    kv, _ = _card("2021成绩单\n粮食总产量\n24.6万吨\n-1.2万吨\n")
    assert kv.get(("grain_output", "actual", "2021", "level")) == (24.6, "eq")
    assert ("grain_output", "actual", "2021", "growth") not in kv


# --- a signed change over the next card's rate name ---

def test_signed_change_over_a_rate_name_is_not_the_level_above():
    kv, _ = _card("2021成绩单\n粮食总产量\n24.6万吨\n+9.1%\n规上工业增加值增速\n")
    assert kv.get(("grain_output", "actual", "2021", "level")) == (24.6, "eq")
    assert ("grain_output", "actual", "2021", "growth") not in kv


def test_signed_change_over_the_next_cards_level_name_stays_the_levels():
    # look-alike (decision 428): the next card's name under the change, its level under the name: the change is the first card's
    kv, _ = _card("2021成绩单\n地区生产总值\n512.8亿元\n+6.9%\n一般公共预算收入\n38.2亿元 +3.3%\n")
    assert kv.get(("gdp", "actual", "2021", "growth")) == (6.9, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (3.3, "eq")


def test_signed_change_over_a_rate_name_with_its_own_figure_stays_the_levels():
    # look-alike: the rate's name has its own figure under it (the next card named first): the change above is the level's
    kv, _ = _card("2021成绩单\n地区生产总值\n512.8亿元\n+6.9%\n规上工业增加值增速\n+8.4%\n")
    assert kv.get(("gdp", "actual", "2021", "growth")) == (6.9, "eq")


# --- a sub-head "目标任务2022" over target cards, a slogan before the tasks' sub-head ---

_TARGET_TASK_CARDS = ("2021成绩单\n地区生产总值\n512.8亿元\n\n2021年，全市经济稳中向好。\n\n目标任务2022\n地区生产总值 增长7%左右\n"
                      "城镇新增就业 1.3万人\n居民人均可支配收入 与经济增长同步\n\n奋斗2022 建功新郑\n\n重点工作2022\n"
                      "新建5G基站 800个\n改造老旧小区 60个")


def test_target_task_subhead_with_year_after_reads_the_cards_as_targets():
    kv, pl = _card(_TARGET_TASK_CARDS)
    assert kv.get(("gdp", "target", "2022", "growth")) == (7, "about")
    assert kv.get(("urban_new_jobs", "target", "2022", "level")) == (1.3, "eq")
    assert ("地区生产总值", 7, "%") not in pl and ("城镇新增就业", 1.3, "万人") not in pl


def test_tasks_subhead_after_a_slogan_keeps_its_cards_pledged():
    _, pl = _card(_TARGET_TASK_CARDS)
    assert ("5G基站", 800, "个") in pl and ("老旧小区", 60, "个") in pl


def test_numbered_targets_and_tasks_part_keeps_its_pledges():
    # look-alike: a numbered "目标任务" part of a report holds the year's tasks (decision 117's reading), a tasks part after it or not
    text = ("新郑市2022年政府工作报告（摘要）\n\n一、2021年工作回顾\n\n2021年，全市地区生产总值增长6.9%。\n\n二、2022年目标任务\n\n"
            "今年主要预期目标是：地区生产总值增长7%左右。全年新建5G基站800个。\n\n三、2022年重点工作\n\n改造老旧小区60个。\n")
    d = read(text, "新郑市.txt", region="新郑市", level="county", report_year=2022)
    assert ("5G基站", 800, "个") in pledged(d)


# --- a plan gone named as the base of the years ahead ---

_GOALS_2021 = "新郑市2021年政府工作报告（摘要）\n\n一、“十四五”时期主要目标\n\n"


def _goals(body: str) -> dict:
    d = read(_GOALS_2021 + body + "\n", "新郑市.txt", region="新郑市", level="county", report_year=2021)
    return key_values(d)


def test_five_year_sum_after_a_plan_gone_as_the_base_is_the_plan_aheads():
    kv = _goals("在巩固拓展“十三五”脱贫攻坚成果的基础上，全市地区生产总值年均增长7%左右，五年累计城镇新增就业6万人以上，"
                "常住人口城镇化率达到70%。")
    assert kv.get(("urban_new_jobs", "goal", "2021-2025", "level")) == (6, "at_least")
    assert kv.get(("urbanization_rate", "goal", "2021-2025", "share")) == (70, "eq")
    assert ("urban_new_jobs", "actual", "2016-2020", "level") not in kv


def test_five_year_sum_of_the_plan_gone_stays_its_result():
    # look-alike (decision 427): the plan gone named as the time of the sentence before, no base word
    kv = _goals("“十三五”时期，全市综合实力显著增强。五年累计城镇新增就业5.8万人。")
    assert kv.get(("urban_new_jobs", "actual", "2016-2020", "level")) == (5.8, "eq")


# --- English wire pages ---

_EN_HEAD = "Hubei sets 2023 growth goal\nSource: Hubei Daily | Updated: 2023-02-10\n\n"


def _en(body: str) -> dict:
    return key_values(read(_EN_HEAD + body + "\n", "湖北省.txt", region="湖北省", level="province", report_year=2023))


def test_dateline_city_is_not_the_subject_of_the_first_sentence():
    kv = _en("Wuhan, Feb 9 -- The province expects its economy to grow by around 6.5 percent in 2023, according to the "
             "government work report.")
    assert kv.get(("gdp", "target", "2023", "growth")) == (6.5, "about")


def test_capital_named_opening_its_sentence_is_still_another_division():
    # look-alike (decision 426): the capital opening a sentence of its own figures, no dateline after it
    kv = _en("Wuhan, the provincial capital, saw its GDP grow 4 percent last year.")
    assert ("gdp", "actual", "2022", "growth") not in kv


def test_the_provinces_economy_is_the_gdp():
    kv = _en("The province's economy is expected to grow by around 6.5 percent in 2023.")
    assert kv.get(("gdp", "target", "2023", "growth")) == (6.5, "about")


def test_months_from_january_are_no_whole_years_figure():
    kv = _en("Last year, exports rose 12.6 percent from January to November.")
    assert ("exports", "actual", "2022", "growth") not in kv


def test_months_to_december_are_the_year():
    # look-alike: January to December is the whole year, read as before
    kv = _en("Last year, exports rose 12.6 percent from January to December.")
    assert kv.get(("exports", "actual", "2022", "growth")) == (12.6, "eq")


def test_consumer_price_rise_is_the_cpi():
    kv = _en("This year, the province aims to keep the consumer price rise at around 3 percent.")
    assert kv.get(("cpi", "target", "2023", "growth")) == (3, "about")
