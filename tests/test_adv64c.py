"""adv64c (decision 550): an adversarial review of decisions 541, 542, 543 and 546, blind.

- A plan report's 计划安排： with a year before the report's, or 去年, in its review (“2025年计划安排：地区生产总值增长6.5%左右，
  一般公共预算收入增长5%。执行中，全市…增长6.2%。” in 2026's): that year's targets restated (failed on the base: read as its
  results, and the real results after them lost). role_cues.tsv past_target.
- The plan report's own lead 计划安排：/建议安排：/指标安排： over the year's list, not right under the targets' heading
  (“计划安排：一般公共预算收入增长4%；城镇新增就业6.5万人以上；…”): the list's items are facts, not pledges (failed on the base:
  each pledged). extract.pledges._TARGET_LIST_WORDS.
- The level above's figure set by its word and a verb of setting, then the region's own whole word and its figure
  (“地区生产总值：全省确定为5.5%左右，全市预期增长6%左右。”, “…增长目标，全省确定为5.5%左右，全市确定为6%左右”, “：省定目标为5.5%，
  全市安排6%”, “：全省预期增长5.5%左右，全市预期增长6%左右”; failed on the base: the province's 5.5 the city's target, or no
  target at all). facts._OWN_WHOLE_GROWS, _above_set_clause_rx (cues.tsv above_clause_set_as), _own_figure_re.
Look-alikes keep their reading: 去年计划安排的…项目全部完成 (a result, no pledge), 2026年计划安排： in 2026's report (this year's),
a lead not opening its sentence (重点项目计划安排：… pledged), “每村…，共建设…40个” (a total with its own verb, a pledge),
“报告提出，去年…；今年…”, a part of the year's figure then 预计全年 of another indicator, 全省确定为… in a city's report, a label's
colon over last year's figure."""
import pytest

import planwatch

_PLAN = ("芜湖市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n"
         "——2026年1月12日在芜湖市第十七届人民代表大会第六次会议上\n芜湖市发展和改革委员会\n\n"
         "一、2025年计划执行情况\n{r}\n\n二、2026年主要预期目标\n{g}\n重点工作：新开工市重点项目150个。\n")
_COUNTY = ("永春县人民政府工作报告\n——2024年1月10日在永春县第十八届人民代表大会第四次会议上\n县长  郑晓明\n\n"
           "一、2023年工作回顾\n2023年，全县地区生产总值完成486.2亿元，增长5.1%。\n\n二、2024年主要预期目标\n{g}\n\n"
           "三、2024年重点工作\n{t}\n")


def _doc(text: str):
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    return doc


def _facts(text: str):
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in _doc(text).facts
            if not f.indicator.startswith("other:")}


def _pledges(text: str):
    return {(p.object, p.value, p.unit, p.period) for p in _doc(text).pledges}


def _plan(r: str = "全市地区生产总值增长6.2%。", g: str = "地区生产总值增长6%左右。") -> str:
    return _PLAN.format(r=r, g=g)


# --- last year's 计划安排： in the review (fail on the base) ------------------------------------------------------------

@pytest.mark.parametrize("lead", ["2025年计划安排：", "2025年度计划安排：", "去年计划安排：", "2025年建议安排：", "上年指标安排："])
def test_last_years_plan_arranged_restated(lead):
    f = _facts(_plan(lead + "地区生产总值增长6.5%左右，一般公共预算收入增长5%。执行中，全市地区生产总值增长6.2%，"
                     "一般公共预算收入增长3.4%。"))
    assert ("gdp", "target", "2025", "growth", 6.5, "about") in f
    assert ("general_budget_revenue", "target", "2025", "growth", 5, "eq") in f
    assert ("gdp", "actual", "2025", "growth", 6.2, "eq") in f
    assert ("general_budget_revenue", "actual", "2025", "growth", 3.4, "eq") in f
    assert ("gdp", "target", "2026", "growth", 6, "about") in f


# --- the plan report's own lead over the year's list (fail on the base) ------------------------------------------------

@pytest.mark.parametrize("lead", ["计划安排：", "建议安排：", "指标安排如下：", "计划安排为："])
def test_plan_arranged_list_not_pledged(lead):
    t = _plan(g="综合考虑各方面因素，建议全市地区生产总值增长6%左右。\n" + lead
              + "一般公共预算收入增长4%；城镇新增就业6.5万人以上；居民消费价格涨幅3%左右。")
    f = _facts(t)
    assert ("general_budget_revenue", "target", "2026", "growth", 4, "eq") in f
    assert ("urban_new_jobs", "target", "2026", "level", 6.5, "at_least") in f
    assert _pledges(t) == {("市重点项目", 150, "个", "2026")}


# --- the level above's figure set, then the region's own whole word (fail on the base) ---------------------------------

@pytest.mark.parametrize("g", [
    "地区生产总值：全省确定为5.5%左右，全市预期增长6%左右。",
    "地区生产总值：全省预期增长5.5%左右，全市预期增长6%左右。",
    "地区生产总值增长目标，全省确定为5.5%左右，全市确定为6%左右。",
    "地区生产总值增长，省里确定为5.5%左右，全市安排6%左右。",
    "地区生产总值：省定目标为5.5%，全市安排6%左右。",
])
def test_level_above_set_then_own_whole(g):
    f = {x for x in _facts(_plan(g=g)) if x[0] == "gdp" and x[2] == "2026"}
    assert f == {("gdp", "target", "2026", "growth", 6, "about")}


def test_country_set_then_province_own():
    t = ("广东省人民政府工作报告\n——2022年1月20日在广东省第十三届人民代表大会第五次会议上\n省长  王伟中\n\n一、2021年工作回顾\n"
         "全省地区生产总值增长8%。\n\n二、2022年主要预期目标\n地区生产总值：全国预期增长5%左右，全省预期增长5.5%左右。\n")
    assert {x for x in _facts(t) if x[2] == "2022"} == {("gdp", "target", "2022", "growth", 5.5, "about")}


def test_city_set_then_county_own():
    t = _COUNTY.format(g="地区生产总值增长目标，全市确定为6%，全县确定为7%左右。", t="新建农村公路90公里。")
    assert {x for x in _facts(t) if x[2] == "2024"} == {("gdp", "target", "2024", "growth", 7, "about")}


# --- look-alikes (pass on both) ----------------------------------------------------------------------------------------

def test_last_years_plan_arranged_then_its_result_in_one_sentence():
    # (hdl64's shape, the target-then-result pairing: kept with the new past_target row)
    f = _facts(_plan(r="2025年计划安排：地区生产总值增长6.5%左右，执行中预计增长6.2%。"))
    assert ("gdp", "target", "2025", "growth", 6.5, "about") in f
    assert ("gdp", "actual", "2025", "growth", 6.2, "eq") in f


def test_region_own_figure_first_then_level_above_set():
    # (lft64's look-alike: the region's own figure first keeps it)
    f = _facts(_plan(g="一般公共预算收入增长6%，省定目标为7%，全市安排8%。"))
    assert ("general_budget_revenue", "target", "2026", "growth", 6, "eq") in f


def test_this_years_plan_arranged_named_with_its_year():
    f = _facts(_plan(g="2026年计划安排：地区生产总值增长6%左右，一般公共预算收入增长4%。"))
    assert ("gdp", "target", "2026", "growth", 6, "about") in f
    assert ("general_budget_revenue", "target", "2026", "growth", 4, "eq") in f
    assert not any(x[1] == "target" and x[2] == "2025" for x in f)


def test_last_years_plan_arranged_projects_done():
    t = _plan(r="全市地区生产总值增长6.2%。去年计划安排的120个市重点项目全部完成，新建改造城市道路65公里。")
    assert ("gdp", "actual", "2025", "growth", 6.2, "eq") in _facts(t)
    assert _pledges(t) == {("市重点项目", 150, "个", "2026")}


def test_a_lead_inside_its_sentence_leads_no_list():
    # (a part's plan, not the year's list: its tasks stay pledges)
    t = _COUNTY.format(g="地区生产总值增长6%左右。", t="今年重点项目计划安排：新开工项目40个，新建农村公路90公里。")
    assert ("农村公路", 90, "公里", "2024") in _pledges(t)


def test_part_of_year_then_another_indicators_estimate():
    f = _facts(_plan(r="全市地区生产总值增长6.2%。前三季度，规模以上工业增加值增长9.1%。预计全年固定资产投资增长4.8%。"))
    assert ("fixed_asset_investment", "actual", "2025", "growth", 4.8, "eq") in f
    assert not any(x[0] == "industrial_va" for x in f)


def test_level_above_result_then_own_in_review():
    # (hnd61's shape: the level above's result, then the region's own; and the region's own figure first)
    f = _facts(_COUNTY.format(g="地区生产总值增长7%。", t="新建农村公路90公里。").replace(
        "2023年，全县地区生产总值完成486.2亿元，增长5.1%。", "地区生产总值：全市增长4.6%，全县增长5.1%。"))
    assert {x for x in f if x[2] == "2023"} == {("gdp", "actual", "2023", "growth", 5.1, "eq")}
    f = _facts(_plan(g="地区生产总值：全市预期增长6%左右，一般公共预算收入增长4%。"))
    assert ("gdp", "target", "2026", "growth", 6, "about") in f


def test_province_set_in_a_city_report():
    f = _facts(_plan(g="地区生产总值增长目标，全省确定为5.5%左右。综合考虑各方面因素，建议全市地区生产总值增长6%左右。"))
    assert ("gdp", "target", "2026", "growth", 6, "about") in f
    assert not any(x[0] == "gdp" and x[4] == 5.5 for x in f)


def test_label_colon_over_last_years_figure():
    f = _facts(_COUNTY.format(g="地区生产总值：去年增长5.1%，今年预期增长6%左右。\n固定资产投资：预期增长5%。",
                              t="新建农村公路90公里。"))
    assert ("gdp", "actual", "2023", "growth", 5.1, "eq") in f
    assert ("gdp", "target", "2024", "growth", 6, "about") in f
    assert ("fixed_asset_investment", "target", "2024", "growth", 5, "eq") in f


def test_each_village_total_with_its_own_verb():
    t = _COUNTY.format(g="地区生产总值增长6%左右。",
                       t="每村安排乡村振兴衔接资金30万元，共60个村；每村安排村庄整治资金20万元，共建设和美乡村示范村40个。")
    p = _pledges(t)
    assert ("和美乡村示范村", 40, "个", "2024") in p
    assert ("乡村振兴衔接资金", 30, "万元", "2024") in p
    assert not any(x[1] == 60 for x in p)


def test_news_page_told_last_year_then_this_year_in_one_sentence():
    t = ("广东省十三届人大五次会议开幕\n2022-01-20 11:05　来源：南方网\n南方网讯 2022年1月20日上午，广东省第十三届人民代表大会"
         "第五次会议在广州开幕，省长王伟中作政府工作报告。\n报告提出，去年全省地区生产总值增长8%，一般公共预算收入增长9.1%；"
         "今年全省地区生产总值预期增长5.5%左右，居民消费价格涨幅3%左右。\n")
    f = _facts(t)
    assert ("gdp", "actual", "2021", "growth", 8, "eq") in f
    assert ("general_budget_revenue", "actual", "2021", "growth", 9.1, "eq") in f
    assert ("gdp", "target", "2022", "growth", 5.5, "about") in f
    assert ("cpi", "target", "2022", "growth", 3, "about") in f
    assert _pledges(t) == set()


def test_set_reads_right():
    from planwatch.evaluate import evaluate
    from pathlib import Path
    s = Path(__file__).parent.parent / "benchmarks" / "blind" / "adv64c"
    r = evaluate(s / "gold", [s / "texts"]).render(verbose=False)
    assert "facts_f1=1.000 pledges_f1=1.000 meta_acc=1.000" in r
