"""Session 16 blind13: classes found on whole reports of kinds the development set lacks (an autonomous
prefecture, a county-level city, a banner): a target named by the distance to it, several levels handing a
qualitative target down, a prefecture's seat city as a part of it, 新批 as a pledge's verb."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2019年工作回顾\n"
TARGETS = "二、2020年主要目标\n今年经济社会发展的主要预期目标是："
TASKS = "三、2020年重点工作\n（一）深化改革扩大开放。"


def pledges(text: str, **meta):
    import planwatch
    doc = planwatch.read_text(text, "t.txt", overrides=meta or None)
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.action, p.object, p.value, p.unit) for p in doc.pledges}


# last year's target named by how far the result stayed from it (离/距/距离 + the time it was set): its target
@pytest.mark.parametrize("sent", [
    "固定资产投资同比下降12.6%，离年初“增长10%”的预期目标差距明显。",
    "固定资产投资同比下降12.6%，离年初增长10%的预期目标差距明显。",
    "固定资产投资下降幅度较大，离年初“增长10%”的预期目标差距明显，主要是部分项目手续办理滞后。",
    "固定资产投资下降幅度较大，离年初确定的增长10%的预期目标差距明显。",
    "固定资产投资下降幅度较大，距年度增长10%的目标差距较大。",
])
def test_a_target_named_by_the_distance_to_it_is_last_years(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert val(fs, ("fixed_asset_investment", "target", "2019", "growth")) == (10, "eq")
    assert ("fixed_asset_investment", "target", "2020", "growth") not in fs
    if "12.6" in sent:
        assert val(fs, ("fixed_asset_investment", "actual", "2019", "growth")) == (-12.6, "eq")


@pytest.mark.parametrize("sent", [
    "地区生产总值增长5.2%，离全省平均水平还差0.8个百分点。",  # a gap to an average, no target
    "城镇化率达到55%，距全省平均水平62%仍有差距。",  # an average, not a target
    "城镇化率达到55%，离开发区规划目标还有差距。",  # no figure of the target
])
def test_a_distance_to_no_target_sets_none(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert not any(k[1] == "target" for k in fs)
    assert any(k[1] == "actual" and k[2] == "2019" for k in fs)


# a qualitative target handed down by several levels, joined by 、 or 和, before the name
@pytest.mark.parametrize("sent,iid", [
    ("地区生产总值增长6%左右，完成自治区和市下达的节能减排任务。", "energy_intensity"),
    ("地区生产总值增长6%左右；完成省、苏州市下达的节能减排和环境质量目标任务。", "energy_intensity"),
    ("地区生产总值增长6%左右，完成国家和省下达的单位生产总值能耗下降目标。", "energy_intensity"),
    ("地区生产总值增长6%左右，完成省下达的节能减排目标任务。", "energy_intensity"),  # one level: as before
])
def test_a_target_handed_down_by_several_levels_is_qualitative(sent, iid):
    fs = facts(TARGETS + sent + "\n三、重点工作\n", report_year=2020)
    f = fs[(iid, "target", "2020", "growth")]
    assert f.value is None and f.qualifier == "qualitative"
    assert f.quote.startswith("完成")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6, "about")


def test_a_result_above_the_target_handed_down_keeps_its_figure():
    # a figure of its own after the name: the setters' words before it are no qualitative target
    fs = facts(REVIEW + "完成省、市下达的节能目标，单位地区生产总值能耗下降3.5%。\n", report_year=2020)
    assert val(fs, ("energy_intensity", "actual", "2019", "growth")) == (-3.5, "eq")


# an autonomous prefecture's seat city (州城) is a part of it: its figures are not the prefecture's
@pytest.mark.parametrize("sent", [
    "州城空气质量优良天数比例达到93.2%。",
    "恩施州城空气质量优良天数比例达到93.2%。",
])
def test_the_prefectures_seat_city_is_a_part(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert ("good_air_days", "actual", "2019", "share") not in fs


@pytest.mark.parametrize("sent,key,value", [
    ("全州空气质量优良天数比例达到93.2%。", ("good_air_days", "actual", "2019", "share"), 93.2),
    ("全州城镇新增就业2.1万人。", ("urban_new_jobs", "actual", "2019", "level"), 2.1),
    ("全州城乡居民人均可支配收入分别增长8.5%和9.1%。", ("rural_disposable_income", "actual", "2019", "growth"), 9.1),
    ("贵州城镇化率达到53%。", ("urbanization_rate", "actual", "2019", "share"), 53),
])
def test_the_whole_prefecture_stays_its_own(sent, key, value):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert val(fs, key)[0] == value


# 新批 (newly approved) counts what the year approves: a pledge's verb
def test_newly_approved_projects_are_a_pledge():
    ps = pledges(TASKS + "新批台资项目200个，力争实际使用外资10亿美元。\n全年新批外资企业30家。\n", report_year=2020)
    assert ("新批", "台资项目", 200, "个") in ps
    assert ("新批", "外资企业", 30, "家") in ps


def test_newly_approved_in_the_review_is_no_pledge():
    ps = pledges(REVIEW + "去年新批台资项目210个。\n", report_year=2020)
    assert not ps


# a clause on how far a fall narrowed (降幅…收窄) between a figure and its rank goes on with the same figure
@pytest.mark.parametrize("sent", [
    "全年地区生产总值170.3亿元，下降4.1%，降幅比一季度收窄25.3个百分点，增速居全市第4位。",
    "全年地区生产总值170.3亿元，下降4.1%，降幅比上半年收窄，增速居全市第4位。",
])
def test_a_narrowed_fall_goes_on_to_the_rank(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert val(fs, ("gdp", "actual", "2019", "rank")) == (4, "eq")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (-4.1, "eq")
    assert not any(k[3] == "pp_change" for k in fs)  # (the narrowing is no figure of the indicator)


def test_a_narrowed_fall_sets_no_figure_for_the_next_name():
    fs = facts(REVIEW + "规模以上工业增加值下降5.8%，降幅比上半年收窄3.2个百分点；固定资产投资增长3%。\n", report_year=2020)
    assert val(fs, ("industrial_va", "actual", "2019", "growth")) == (-5.8, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2019", "growth")) == (3, "eq")
    assert len([k for k in fs if k[0] == "industrial_va"]) == 1


PLAN = "二、“十四五”时期目标和2022年工作安排\n"


# a digest's "报告提出，" before the year that opens a list of goals: the year dates every item of it
@pytest.mark.parametrize("lead", ["报告提出，", "政府工作报告明确，", ""])
def test_a_year_after_the_digests_speaker_dates_the_whole_list(lead):
    fs = facts(PLAN + lead + "到2025年，全盟地区生产总值力争达到1400亿元，年均增长6%左右；城乡居民收入增长与经济增长基本同步；"
               "常住人口城镇化率达到75%左右。\n", report_year=2022)
    assert val(fs, ("gdp", "goal", "2025", "level")) == (1400, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (75, "about")
    assert fs[("rural_disposable_income", "goal", "2025", "growth")].qualifier == "qualitative"


def test_an_items_own_year_does_not_date_the_items_after_it():
    fs = facts(PLAN + "报告提出，“十四五”时期主要目标是：地区生产总值年均增长7%，到2025年突破250亿元；常住人口城镇化率达到55%。\n",
               report_year=2022)
    assert val(fs, ("gdp", "goal", "2025", "level")) == (250, "at_least")
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (55, "eq")


# a digest's part titled for a plan period's outlook (【“十四五”展望】) holds the plan's goals: facts, no pledges
DIGEST = ("某盟政府工作报告解读\n1月11日，某盟第三届人民代表大会第二次会议开幕。\n【2021年成绩单】\n全盟地区生产总值增长6.8%。\n"
          "【{title}】\n报告提出，到2025年，全盟地区生产总值力争达到1400亿元；常住人口城镇化率达到75%左右。\n"
          "【2022年重点任务】\n今年将新增规模以上工业企业20家，建设高标准农田30万亩。\n")


def test_a_plan_periods_outlook_gives_goals_not_pledges():
    text = DIGEST.format(title="“十四五”展望")
    ps = pledges(text, report_year=2022)
    assert ("新增", "规模以上工业企业", 20, "家") in ps and ("建设", "高标准农田", 30, "万亩") in ps
    assert not any(p[2] in (1400, 75) for p in ps)
    fs = facts(text, report_year=2022)
    assert val(fs, ("gdp", "goal", "2025", "level")) == (1400, "eq")


def test_the_years_outlook_stays_tasks():
    # an outlook on the report's own year, or with its work named, is the year's work: its counts are pledges
    ps = pledges(DIGEST.format(title="2022年展望").replace("到2025年，全盟地区生产总值力争达到1400亿元；常住人口城镇化率达到75%左右",
                                                         "今年将新建5G基站500个"), report_year=2022)
    assert ("新建", "5G基站", 500, "个") in ps


# an autonomous region's "区外" capital is what a province's "省外" is: the capital drawn from outside it
@pytest.mark.parametrize("sent,value", [
    ("引进区外到位资金218亿元，增长9%。", 218),
    ("实际到位区外资金218亿元。", 218),
    ("实际利用区外资金218亿元。", 218),
])
def test_capital_from_outside_the_autonomous_region(sent, value):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert val(fs, ("domestic_investment_inflow", "actual", "2019", "level")) == (value, "eq")


def test_the_regions_own_funds_are_no_capital_inflow():
    fs = facts(REVIEW + "争取区级财政资金5亿元，园区外企业投资增长10%。\n", report_year=2020)
    assert not any(k[0] == "domestic_investment_inflow" for k in fs)


# a growth target named with its figure in brackets after it ("增长目标（10%）"): in a review, last year's target
@pytest.mark.parametrize("sent", [
    "需要说明的是，受项目资金不足等影响，全市固定资产投资增长目标（10%）没有完成。",
    "固定资产投资增长目标（10%）没有完成，实际下降12.3%。",
])
def test_a_growth_target_in_brackets_is_last_years_target(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert val(fs, ("fixed_asset_investment", "target", "2019", "growth")) == (10, "eq")
    assert fs.get(("fixed_asset_investment", "actual", "2019", "growth")) is None or \
        fs[("fixed_asset_investment", "actual", "2019", "growth")].value == -12.3


def test_a_growth_target_in_brackets_in_the_plan_part_is_this_years():
    fs = facts(TARGETS + "地区生产总值增长6%左右，固定资产投资增长目标（10%）与上年持平。\n三、重点工作\n", report_year=2020)
    assert val(fs, ("fixed_asset_investment", "target", "2020", "growth")) == (10, "eq")
    assert ("fixed_asset_investment", "target", "2019", "growth") not in fs


# right in a part titled for a plan period's goals and the year's work, the paragraphs after the lead to the
# year's work ("重点抓好以下工作：") are that year's tasks: their counts are pledges for the year
MIXED = "一、“十三五”时期发展成就\n全区经济平稳运行。\n二、“十四五”时期主要目标和2021年工作安排\n"


@pytest.mark.parametrize("body", [
    "2021年主要预期目标是：地区生产总值增长8%左右。\n重点抓好以下工作：实施重点项目360个；新增市场主体2.5万户；新开工建设安置房1.2万套。\n",
    "2021年主要预期目标是：地区生产总值增长8%左右。\n围绕上述目标，重点抓好以下工作：\n实施重点项目360个；新增市场主体2.5万户；新开工建设安置房1.2万套。\n",
])
def test_the_years_work_after_its_lead_in_a_mixed_part(body):
    import planwatch
    doc = planwatch.read_text(MIXED + body, "t.txt", overrides={"report_year": 2021})
    ps = {(p.object, p.value, p.unit): p.period for p in doc.pledges}
    assert ps.get(("市场主体", 2.5, "万户")) == "2021"
    assert ps.get(("重点项目", 360, "个")) == "2021"


def test_the_plans_goals_in_a_mixed_part_stay_goals():
    import planwatch
    text = MIXED + "今后五年，主要目标是：地区生产总值年均增长7%，新增市场主体10万户。\n2021年主要预期目标是：地区生产总值增长8%左右。\n"
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": 2021})
    assert not any(p.value == 10 for p in doc.pledges)
    fs = facts(text, report_year=2021)
    assert val(fs, ("market_entities", "goal", "2021-2025", "level")) == (10, "eq")


# a plan report's item for two names: the plan's figures, then the results (分别 or a bare 实际), then each level
PLAN_REVIEW = "一、2022年计划执行情况\n主要指标完成情况如下：\n"


@pytest.mark.parametrize("sent,levels", [
    ("6.城镇、农村居民人均可支配收入：计划分别增长7%、7.5%，实际分别增长5.2%、6.4%，分别达到6.12万元、3.26万元。", True),
    ("城乡居民人均可支配收入计划分别增长7%、7.5%，实际分别增长5.2%、6.4%，分别达到6.12万元、3.26万元。", True),
    ("城镇、农村居民人均可支配收入：计划增长7%、7.5%，实际增长5.2%、6.4%。", False),
    ("城乡居民人均可支配收入计划增长7%和7.5%，实际增长5.2%和6.4%。", False),
])
def test_a_pairs_plan_then_results_then_levels(sent, levels):
    fs = facts(PLAN_REVIEW + sent + "\n二、2023年主要目标\n", report_year=2023)
    assert val(fs, ("urban_disposable_income", "target", "2022", "growth")) == (7, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2022", "growth")) == (7.5, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2022", "growth")) == (5.2, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2022", "growth")) == (6.4, "eq")
    if levels:
        assert val(fs, ("urban_disposable_income", "actual", "2022", "level")) == (6.12, "eq")
        assert val(fs, ("rural_disposable_income", "actual", "2022", "level")) == (3.26, "eq")


def test_a_single_names_plan_and_result_as_before():
    fs = facts(PLAN_REVIEW + "地区生产总值：计划增长7.5%，实际增长5.1%，总量达到3207.4亿元。\n二、2023年主要目标\n", report_year=2023)
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7.5, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (5.1, "eq")
    assert val(fs, ("gdp", "actual", "2022", "level")) == (3207.4, "eq")


def test_a_pairs_results_with_no_plan_named_set_no_target():
    # no word of a plan before the first figures: they are results, no target set
    fs = facts(PLAN_REVIEW + "城乡居民人均可支配收入分别增长7%、7.5%，实际分别增长5.2%、6.4%。\n二、2023年主要目标\n", report_year=2023)
    assert not any(k[1] == "target" for k in fs)


# bullets after a paragraph that opened on the year and stated a span's yearly average as an aside: the year's
REVIEW24 = "一、2023年工作回顾\n"


def test_a_span_aside_in_the_lead_does_not_make_the_bullets_a_span():
    text = (REVIEW24 + "2023年，全市地区生产总值增长7.8%（预期目标7%）。“十四五”前三年，全市地区生产总值年均增长7.3%。\n"
            "——创新动能加快集聚。研发经费投入强度达到2.4%。\n——民生保障更加有力。城镇新增就业6.1万人，城镇调查失业率4.3%。\n"
            "二、2024年主要预期目标\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (6.1, "eq")
    assert val(fs, ("gdp", "actual", "2021-2023", "growth")) == (7.3, "eq")
    assert not any(k[0] == "urban_new_jobs" and k[2] != "2023" for k in fs)


def test_bullets_after_a_five_year_lead_stay_the_spans():
    text = REVIEW24 + "过去五年，全市地区生产总值年均增长7.3%。\n——民生保障更加有力。累计城镇新增就业30万人。\n二、2024年主要预期目标\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2019-2023", "level")) == (30, "eq")


# a digest's part titled for the year's targets alone ("●2024年目标") holds the target list: facts, no pledges
YB = ("某州政府工作报告出炉\n1月15日，某州第十五届人民代表大会第三次会议开幕。\n\n●2023年成绩单\n全州地区生产总值增长6.3%。\n\n"
      "●{title}\n地区生产总值增长6%左右；固定资产投资增长8%；粮食产量稳定在24亿斤以上。\n\n"
      "●2024年重点任务\n新建高标准农田40万亩；改造城镇老旧小区120个。\n")


@pytest.mark.parametrize("title", ["2024年目标", "2024年发展目标", "2024年主要目标"])
def test_a_title_on_the_years_targets_alone_gives_no_pledges(title):
    text = YB.format(title=title)
    ps = pledges(text, report_year=2024)
    assert ("新建", "高标准农田", 40, "万亩") in ps and ("改造", "城镇老旧小区", 120, "个") in ps
    assert not any(p[2] in (6, 8, 24) for p in ps)
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("grain_output", "target", "2024", "level")) == (24, "at_least")


def test_a_title_on_the_years_targets_and_tasks_stays_tasks():
    ps = pledges(YB.format(title="2024年目标任务"), report_year=2024)
    assert ("稳定在", "粮食产量", 24, "亿斤") in ps or any(p[2] == 24 for p in ps)


# a rank said of all (增速均居…) after a run of names each with its own figure is each one's
@pytest.mark.parametrize("sent,ids", [
    ("规模以上工业增加值增长9.1%、固定资产投资增长8.7%，增速均居全省第一。", ("industrial_va", "fixed_asset_investment")),
    ("地区生产总值增长7%，一般公共预算收入增长8%，增速均居全市第一。", ("gdp", "general_budget_revenue")),
])
def test_a_rank_of_all_after_a_run_is_each_ones(sent, ids):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    for iid in ids:
        assert val(fs, (iid, "actual", "2019", "rank")) == (1, "eq")


@pytest.mark.parametrize("sent,alone,ranked", [
    ("地区生产总值增长7%。一般公共预算收入增长8%，增速均居全市第一。", "gdp", "general_budget_revenue"),  # another sentence
    ("地区生产总值增长7%，居全市第二；一般公共预算收入增长8%，增速均居全市第一。", None, "general_budget_revenue"),
])
def test_a_rank_of_all_stays_in_its_run(sent, alone, ranked):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert val(fs, (ranked, "actual", "2019", "rank")) == (1, "eq")
    if alone:
        assert (alone, "actual", "2019", "rank") not in fs
    else:
        assert val(fs, ("gdp", "actual", "2019", "rank")) == (2, "eq")


def test_the_same_indicators_figure_before_keeps_the_ranks_quote():
    fs = facts(REVIEW + "新增市场主体9200户，市场主体存量和年度增量均位居全市第一。\n", report_year=2020)
    assert fs[("market_entities", "actual", "2019", "rank")].quote == "市场主体存量和年度增量均位居全市第一"
