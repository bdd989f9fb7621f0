"""An adversarial review of decisions 437, 438, 439 and 444, blind (adv55b, decision 448): variants of the classes they
fixed that the rules missed — a rate set by 按 after the time it was set (“年初按增长6.5%左右安排…”), a plan's end named as
a change's start (“由“十二五”末的44.3%提高到51.6%”), a county's or a district's full name before a rate written before its
name (“临桂区7%左右的增长目标顺利实现” in 桂林市's report), a growth target judged after it with an aim before it in its
clause (“奋力推动全年7%左右的增长目标如期实现”: the year's, no verdict on last year's), an official's answer citing the
report after its figure — and look-alikes that must not change. The sentences are written for these tests."""
from factkeys import key_values, pledged, read


def _doc(text: str, name: str, **meta) -> tuple[dict, set]:
    d = read(text, name, **meta)
    return key_values(d), pledged(d)


# --- a rate set by 按 or 按照 after the time it was set, its result after it (decision 438's class) ---

_REVIEW = ("桂林市人民政府工作报告\n\n一、2020年工作回顾\n\n2020年，全市地区生产总值增长2.5%。{s}\n\n"
           "二、2021年目标任务\n\n全市地区生产总值增长8%左右。\n")


def _review(sentence: str) -> dict:
    return _doc(_REVIEW.format(s=sentence), "桂林市.txt", region="桂林市", level="prefecture", report_year=2021)[0]


def test_rate_set_at_the_years_start_by_an_keeps_the_target_beside_the_result():
    kv = _review("年初按增长6.5%左右安排规模以上工业增加值预期目标，受疫情影响，全年实际增长1.8%。")
    assert kv.get(("industrial_va", "target", "2020", "growth")) == (6.5, "about")
    assert kv.get(("industrial_va", "actual", "2020", "growth")) == (1.8, "eq")


def test_price_rate_set_last_years_start_by_anzhao_then_its_rise():
    kv = _review("去年年初按照上涨3%左右安排居民消费价格涨幅预期目标，全年实际上涨1.2%。")
    assert kv.get(("cpi", "target", "2020", "growth")) == (3, "about")
    assert kv.get(("cpi", "actual", "2020", "growth")) == (1.2, "eq")


def test_rate_set_by_anzhao_opening_its_clause_unchanged():
    # look-alike: decision 438's wording, no time before 按照 (read so before)
    kv = _review("按照增长8%左右安排固定资产投资预期目标，全年实际增长4.3%。")
    assert kv.get(("fixed_asset_investment", "target", "2020", "growth")) == (8, "about")
    assert kv.get(("fixed_asset_investment", "actual", "2020", "growth")) == (4.3, "eq")


# --- a plan's end named as a change's start (decision 437's class) ---

def test_plan_end_as_a_changes_start_keeps_the_plan_reviewed_for_the_averages_after_it():
    kv = _review("“十三五”时期，全市地区生产总值年均增长6.1%，常住人口城镇化率由“十二五”末的44.3%提高到51.6%，"
                 "城乡居民人均可支配收入年均分别增长6.8%和9.2%。")
    assert kv.get(("urban_disposable_income", "actual", "2016-2020", "growth")) == (6.8, "eq")
    assert kv.get(("rural_disposable_income", "actual", "2016-2020", "growth")) == (9.2, "eq")
    assert kv.get(("urbanization_rate", "actual", "2020", "share")) == (51.6, "eq")
    assert ("urban_disposable_income", "actual", "2011-2015", "growth") not in kv


def test_plan_end_after_cong_in_a_2026_review():
    kv, _ = _doc("郴州市人民政府工作报告\n\n一、“十四五”时期工作回顾\n\n过去五年，全市一般公共预算收入从“十三五”末的120.5亿元"
                 "增加到151.2亿元，城乡居民人均可支配收入年均分别增长6.1%和7.9%。\n\n二、2026年目标任务\n\n"
                 "全市地区生产总值增长5.5%左右。\n", "郴州市.txt", region="郴州市", level="prefecture", report_year=2026)
    assert kv.get(("urban_disposable_income", "actual", "2021-2025", "growth")) == (6.1, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2025", "level")) == (151.2, "eq")


def test_plan_end_reached_by_a_level_unchanged():
    # look-alike: 到“十二五”末 names the level's year (decision 437's kept reading)
    kv = _review("到“十二五”末，全市常住人口城镇化率达到44.3%。")
    assert kv.get(("urbanization_rate", "actual", "2015", "share")) == (44.3, "eq")


# --- a place before a rate written before its name (decision 438's class) ---

def test_district_full_name_before_a_rate_is_the_districts():
    kv = _review("临桂区7%左右的增长目标顺利实现，经济总量突破300亿元。")
    assert ("gdp", "target", "2020", "growth") not in kv
    assert kv.get(("other:临桂区地区生产总值", "target", "2020", "growth")) == (7, "about")


def test_county_full_name_before_a_rate_is_the_countys():
    kv = _review("阳朔县8%以上的经济增长目标超额完成。")
    assert ("gdp", "target", "2020", "growth") not in kv


def test_region_own_word_before_a_rate_stays_the_regions():
    # look-alike: the region's own 全市 (and its own name) before the rate: the region's target
    assert _review("全市7%左右的增长目标顺利实现。").get(("gdp", "target", "2020", "growth")) == (7, "about")
    assert _review("桂林市7%左右的增长目标顺利实现。").get(("gdp", "target", "2020", "growth")) == (7, "about")


# --- a judged growth target with an aim before it (decision 438's verdict rule) ---

_BLOG = ("图文直播丨仁怀市第十届人民代表大会第四次会议开幕\n仁怀市融媒体中心　2024年1月10日\n\n"
         "09:05　市长周立新作政府工作报告。\n09:12　周立新说，2023年全市地区生产总值增长7.6%。\n{s}\n（责任编辑：罗丹）\n")


def _blog(line: str) -> tuple[dict, set]:
    return _doc(_BLOG.format(s=line), "仁怀市.txt", region="仁怀市", level="county", report_year=2024)


def test_aim_before_a_judged_target_on_a_blog_is_the_years_target():
    kv, _ = _blog("09:38　周立新说，全市上下要凝心聚力，奋力推动全年7%左右的增长目标如期实现。")
    assert kv.get(("gdp", "target", "2024", "growth")) == (7, "about")
    assert ("gdp", "target", "2023", "growth") not in kv


def test_ensure_before_a_judged_target_after_an_earlier_years_line():
    kv, _ = _blog("09:38　周立新说，全市上下要确保7%左右的增长目标顺利实现。")
    assert kv.get(("gdp", "target", "2024", "growth")) == (7, "about")


def test_safeguard_before_a_judged_target():
    kv, _ = _blog("09:38　周立新说，保障7%左右的增长目标圆满完成。")
    assert kv.get(("gdp", "target", "2024", "growth")) == (7, "about")


def test_effort_in_an_earlier_clause_leaves_last_years_verdict():
    # look-alike: the aim word in a clause of its own before a past verdict, last year's
    kv, _ = _blog("09:38　周立新说，去年全市上下奋力拼搏，7.5%左右的增长目标顺利实现。")
    assert kv.get(("gdp", "target", "2023", "growth")) == (7.5, "about")


def test_aim_done_in_a_named_past_year_stays_that_years():
    # look-alike: 确保了 and 2023年 named: the verdict on 2023's target
    kv, _ = _blog("09:38　周立新说，2023年我们确保了7.5%左右的增长目标顺利实现。")
    assert kv.get(("gdp", "target", "2023", "growth")) == (7.5, "about")


def test_aim_in_a_review_section_stays_last_years():
    # look-alike: under the review's title the aim is told of the year gone
    kv = _review("我们奋力推动7.5%左右的增长目标顺利实现。")
    assert kv.get(("gdp", "target", "2020", "growth")) == (7.5, "about")


# --- an official's answer citing the report (decision 439's class) ---

def test_official_answer_citing_the_report_after_its_figure_is_pledged():
    _, pl = _blog("网友“酱香人”问：城区停车难怎么解决？市住建局局长陈刚答：今年我们将新建公共停车场6个，这是政府工作报告明确的任务。")
    assert ("公共停车场", 6, "个") in pl


def test_official_answer_citing_the_report_at_its_end_pledges_each_figure():
    _, pl = _blog("网友问：停车难怎么解决？市住建局局长陈刚答：我们计划新建公共停车场6个，改造停车位800个，落实好政府工作报告的部署。")
    assert {("公共停车场", 6, "个"), ("停车位", 800, "个")} <= pl


def test_official_answer_with_report_named_in_a_later_sentence_only_is_no_pledge():
    # look-alike: the report named in another sentence of the answer, not the figure's
    _, pl = _blog("网友问：停车难怎么解决？市住建局局长陈刚答：今年我们将新建公共停车场6个。报告里的其他事项请咨询发改局。")
    assert not any(p[0] == "公共停车场" for p in pl)


def test_official_answer_without_citation_is_no_pledge():
    _, pl = _blog("网友“赤水河畔”问：农村饮水怎么保障？市水务局局长刘洋答：我们计划新建农村供水工程15处。")
    assert not any(p[1] == 15 for p in pl)
