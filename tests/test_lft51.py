"""What the last rounds left, one class at a time, blind (lft51, decision 403): an English change whose clause names its
indicator only by a pronoun ("…in 2018; it grew 5.8 percent"); an English figure looked ahead to with the report's own
year after it ("GDP is expected to grow 7 percent in 2019") and an English range "7 to 7.5 percent"; a sentence telling or
proposing two indicators' figures for the year ("报告提出，2017年全县…增长9%、城镇新增就业4200人以上") read as targets, not
pledges; an English page whose lead names the government work report as delivered. With look-alikes that must not
change."""
import planwatch
from factkeys import key_values, read

_EN = ("Jiangbei sets 2021 targets\n\nUpdated: 2021-01-28 | Source: Jiangbei Daily\n\n"
       "The mayor delivered the government work report to the municipal people's congress on January 27.\n\n")


def _kv(body: str) -> dict:
    return key_values(read(_EN + body + "\n", "江北市.txt", region="江北市", level="prefecture", report_year=2021))


def _vals(body: str) -> dict:
    d = read(_EN + body + "\n", "江北市.txt", region="江北市", level="prefecture", report_year=2021)
    return {(f.indicator, f.role, f.period, f.measure): (f.value, f.value_high, f.qualifier) for f in d.facts}


# --- an English change named by a pronoun ---

def test_english_pronoun_after_semicolon_carries_the_indicator():
    # "; it rose 4.2 percent": the change of the indicator the clause before named, the year that clause closed on
    kv = _kv("Retail sales of consumer goods totaled 96.3 billion yuan in 2020; it rose 4.2 percent.")
    assert kv[("retail_sales", "actual", "2020", "level")] == (963, "eq")
    assert kv[("retail_sales", "actual", "2020", "growth")] == (4.2, "eq")


def test_english_which_after_comma_carries_the_indicator():
    # ", which grew 3.9 percent": the same, a relative pronoun after a comma
    kv = _kv("The city's general public budget revenue reached 21.4 billion yuan in 2020, which grew 3.9 percent.")
    assert kv[("general_budget_revenue", "actual", "2020", "growth")] == (3.9, "eq")


def test_english_pronoun_after_an_aim_is_the_result():
    # "…had planned … growth of 9 percent in 2020; it rose 10.2 percent": the aim stays 2020's target, the pronoun's
    # change is 2020's result (decision 394 left it)
    kv = _kv("The city had planned fixed-asset investment growth of 9 percent in 2020; it rose 10.2 percent.")
    assert kv[("fixed_asset_investment", "target", "2020", "growth")] == (9, "eq")
    assert kv[("fixed_asset_investment", "actual", "2020", "growth")] == (10.2, "eq")


def test_english_pronoun_of_no_indicator_gives_nothing():
    # look-alike: the clause before names no indicator ("The new bridge opened…; it cut travel time by 35 percent")
    kv = _kv("The new Yangtze bridge opened to traffic in 2020; it cut travel time by 35 percent.")
    assert not any(k[3] == "growth" for k in kv)


def test_english_possessive_is_no_pronoun_of_the_indicator():
    # look-alike: "its industrial output rose…" names a thing of its own, not the GDP's change
    kv = _kv("The city's GDP reached 420.5 billion yuan in 2020; its industrial output rose 6.1 percent.")
    assert kv[("gdp", "actual", "2020", "level")] == (4205, "eq")
    assert ("gdp", "actual", "2020", "growth") not in kv


def test_english_pronoun_with_no_change_verb_reads_nothing_more():
    # look-alike: "; it was the fastest in five years" holds no change: the figure before stays alone
    kv = _kv("Fixed-asset investment rose 10.5 percent in 2020; it was the fastest pace in 5 years.")
    assert kv[("fixed_asset_investment", "actual", "2020", "growth")] == (10.5, "eq")
    assert len([k for k in kv if k[0] == "fixed_asset_investment"]) == 1


# --- an English figure looked ahead to, the report's year after it ---

def test_english_expected_with_the_reports_year_is_its_target():
    # "GDP is expected to grow 6.5 percent in 2021" on 2021's page: the year's target (before: no fact)
    kv = _kv("Per capita disposable income of residents grew 4.1 percent in 2020. GDP is expected to grow 6.5 percent in 2021.")
    assert kv[("gdp", "target", "2021", "growth")] == (6.5, "eq")
    assert kv[("disposable_income", "actual", "2020", "growth")] == (4.1, "eq")


def test_english_projected_range_is_the_years_target_range():
    # "are projected to rise 8 to 9 percent in 2021": a target range 8–9 (before: no fact)
    vals = _vals("Retail sales of consumer goods are projected to rise 8 to 9 percent in 2021.")
    assert vals[("retail_sales", "target", "2021", "growth")] == (8, 9, "range")


def test_english_ahead_figure_of_the_next_sentence_is_not_the_names_before():
    # look-alike: the name's window running past a full stop into a sentence naming no taxonomy indicator ("Retail
    # sales" alone is no name here): its figure is no target of the investment named in the sentence before
    kv = _kv("Fixed-asset investment grew 5.6 percent in 2020. Retail sales are projected to rise 8 percent in 2021.")
    assert kv[("fixed_asset_investment", "actual", "2020", "growth")] == (5.6, "eq")
    assert ("fixed_asset_investment", "target", "2021", "growth") not in kv


def test_english_estimated_to_have_grown_stays_a_result():
    # look-alike: "is estimated to have grown … in 2020" is last year's result (an estimate, 预计), as before
    kv = _kv("Fixed-asset investment is estimated to have grown 7.2 percent in 2020.")
    assert kv[("fixed_asset_investment", "actual", "2020", "growth")] == (7.2, "eq")


def test_english_expected_to_have_grown_is_no_target():
    # look-alike: "is expected to have grown 6.5 percent in 2021" looks at a result, no target of the year
    kv = _kv("GDP is expected to have grown 6.5 percent in 2021.")
    assert ("gdp", "target", "2021", "growth") not in kv


def test_english_from_to_is_no_range():
    # look-alike: "from 58 to 60.2 percent" names a start and an end, never a range 58–60.2
    vals = _vals("The urbanization rate is expected to rise from 58 to 60.2 percent in 2021.")
    assert all(v[1] is None for v in vals.values())


# --- two indicators' figures told or proposed for the year: targets, no pledges ---

_NEWS = ("临川县人民政府网 > 新闻中心\n\n临川县第十八届人民代表大会第二次会议开幕\n\n发布时间：2022-01-08\n\n"
         "1月7日，临川县第十八届人民代表大会第二次会议开幕。县长代表县人民政府作政府工作报告。\n\n")


def _pledges(text: str) -> set:
    return {(p.object, p.value, p.unit) for p in read(text, "临川县.txt").pledges}


def test_told_two_indicator_targets_with_jobs_are_no_pledges():
    # "报告提出，2022年全县一般公共预算收入增长6%、城镇新增就业3500人以上": the year's targets told (before: the jobs
    # figure pledged); the tasks after them stay pledged
    text = _NEWS + "报告提出，2022年全县一般公共预算收入增长6%、城镇新增就业3500人以上。今年将新建农村公路60公里。\n"
    kv = key_values(read(text, "临川县.txt"))
    assert kv[("urban_new_jobs", "target", "2022", "level")] == (3500, "at_least")
    ps = _pledges(text)
    assert not any("就业" in o for o, _, _ in ps)
    assert ("农村公路", 60, "公里") in ps


def test_proposed_next_year_targets_in_a_late_plan_report_are_no_pledges():
    # "建议明年全区地区生产总值增长6%左右，城镇新增就业1.6万人" in a plan report of December: the proposed targets of the
    # plan year (before: both pledged); the jobs restated as a task in the tasks part stay a pledge there
    text = ("关于2022年国民经济和社会发展计划执行情况及2023年计划草案的报告\n\n——2022年12月20日在临川县第十八届人民代表大会"
            "常务委员会第九次会议上\n\n一、2022年计划执行情况\n\n预计全年地区生产总值增长4.5%。\n\n二、2023年经济社会发展的"
            "总体要求\n\n综合考虑，建议明年全县地区生产总值增长6%左右，城镇新增就业1.6万人。\n\n三、2023年重点工作\n\n"
            "（一）稳定就业。全年城镇新增就业1.6万人，新建零工市场3个。\n")
    d = read(text, "临川县.txt")
    kv = key_values(d)
    assert kv[("gdp", "target", "2023", "growth")] == (6, "about")
    assert not any(p.unit == "%" for p in d.pledges)
    jobs = [p for p in d.pledges if "就业" in p.object]
    assert jobs and all(p.start > text.index("三、2023年重点工作") for p in jobs)


def test_tasks_part_two_indicator_sentence_with_no_lead_stays_pledged():
    # look-alike: in the tasks part, "全年新增城镇就业1.2万人，城镇调查失业率控制在5.5%以内" (a verb opens it, no lead)
    # restates the targets as tasks: pledges, as before
    text = ("2023年政府工作报告\n\n一、2022年工作回顾\n\n全县地区生产总值增长5%。\n\n二、2023年重点工作\n\n（一）稳定就业。"
            "全年新增城镇就业1.2万人，城镇调查失业率控制在5.5%以内。\n")
    assert ("城镇就业", 1.2, "万人") in _pledges(text) or any("就业" in o for o, _, _ in _pledges(text))


def test_told_sentence_whose_jobs_clause_opens_on_its_verb_keeps_the_pledge():
    # look-alike: "新增城镇就业8000人" opens on its verb (新增, though the taxonomy names it so too): a task, pledged as before
    text = _NEWS + "报告提出，今年全县单位生产总值能耗下降3%，新增城镇就业8000人。\n"
    assert any("就业" in o and v == 8000 for o, v, _ in _pledges(text))


def test_told_sentence_with_a_task_clause_keeps_its_task():
    # look-alike: "报告提出，今年全县新建城市书房12个、改造老旧小区9个": tasks only, no indicator: pledged as before
    text = _NEWS + "报告提出，今年全县新建城市书房12个、改造老旧小区9个。\n"
    ps = _pledges(text)
    assert ("城市书房", 12, "个") in ps and ("老旧小区", 9, "个") in ps


# --- an English page on the government work report ---

def test_english_page_naming_the_report_delivered_is_the_reports():
    # an English page whose lead says the report was delivered: government_work_report (before: other)
    d = planwatch.read_text(_EN + "GDP is expected to grow 6.5 percent in 2021.\n", "t.txt")
    assert d.meta.doc_type == "government_work_report"


def test_english_page_citing_the_report_stays_other():
    # look-alike: a statistics page only citing the report ("according to the government work report") stays other
    d = planwatch.read_text("Jiangbei GDP grows\n\nUpdated: 2021-01-20\n\nThe municipal statistics bureau said on "
                            "Wednesday that GDP grew 3.1 percent in 2020, according to the government work report.\n", "t.txt")
    assert d.meta.doc_type == "other"
