"""Provincial and national full reports in shapes not seen before (branch accprov): each class
with the sentences that must change and the look-alikes that must not."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val  # tests/factkeys.py

HEAD = "政府工作报告\n——2026年1月20日在湖北省第十四届人民代表大会第五次会议上\n湖北省省长 李殿勋\n各位代表：\n"


# 1. "完成年度预期目标" in a review names last year's target met: the clauses after it are results,
# not this year's targets (and they no longer push the real targets out of their keys)
@pytest.mark.parametrize("met", ["完成年度预期目标", "完成了全年预期目标", "超额完成年度预期目标", "圆满完成年度主要预期目标",
                                 "高于年度预期目标0.3个百分点", "低于全年预期目标0.2个百分点", "好于年度预期目标",
                                 "实现全年预期目标", "完成年度主要目标", "实现了预期目标", "增速比预期目标高0.2个百分点"])
def test_target_met_in_review_is_no_target_cue(met):
    fs = facts(HEAD + "一、2025年工作回顾\n全省生产总值增长5.2%，" + met + "；一般公共预算收入增长2.8%；城镇调查失业率4.3%。\n"
               "二、2026年主要预期目标\n全省生产总值增长5%左右；一般公共预算收入增长2%左右；城镇调查失业率5.5%左右。")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (2.8, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2025", "share")) == (4.3, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "about")


@pytest.mark.parametrize("lead", ["今年全年预期目标是：", "为实现全年预期目标，", "确保完成年度预期目标，", "2026年度预期目标："])
def test_this_years_target_lead_still_a_target(lead):
    fs = facts(HEAD + "一、2025年工作回顾\n全省生产总值增长5.2%。\n二、2026年工作安排\n" + lead
               + "全省生产总值增长5%左右，一般公共预算收入增长2%。")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "eq")


def test_target_met_on_a_news_page():
    fs = facts("湖北省政府工作报告摘要\n1月20日，湖北省第十四届人民代表大会第五次会议开幕。报告指出，2025年全省生产总值增长5.2%，"
               "完成年度预期目标，一般公共预算收入增长2.8%。报告提出，今年全省生产总值增长5%左右，一般公共预算收入增长2%。",
               report_year=2026)
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (2.8, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "eq")


BJ = "政府工作报告\n——2026年1月12日在北京市第十六届人民代表大会第四次会议上\n一、“十四五”时期和2025年工作回顾\n"


# 2. "经济年均增长5.5%": the name says the yearly average, so a year opening the sentence does not date it
@pytest.mark.parametrize("sent", ["2025年全市经济增长5.4%；五年来经济年均增长5.5%。",
                                  "2025年全市经济增长5.4%，五年来经济年均增长5.5%。"])
def test_economy_yearly_average_is_the_span(sent):
    fs = facts(BJ + sent)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.4, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.5, "eq")


def test_yearly_concentration_is_no_yearly_average():
    # "细颗粒物年均浓度" holds 年均 in its name but is one year's level
    fs = facts(BJ + "2025年全市细颗粒物年均浓度降至28微克/立方米左右。\n二、2026年主要预期目标\n细颗粒物年均浓度控制在30微克/立方米以内。")
    assert val(fs, ("pm25", "actual", "2025", "level")) == (28, "about")
    assert val(fs, ("pm25", "target", "2026", "level")) == (30, "at_most")


# 3. "年均增长5.9%，由2.5万亿元提高到3.3万亿元": the levels after the growth are the same figure's; the end one
@pytest.mark.parametrize("sent, ind, level", [
    ("“十四五”时期，全市地区生产总值年均增长5.9%，由2.5万亿元提高到3.3万亿元左右。", "gdp", (3.3, "about")),
    ("五年来，全市地区生产总值年均增长5.9%，从2.5万亿元增加到3.3万亿元。", "gdp", (3.3, "eq")),
    ("五年来，全市一般公共预算收入年均增长5.9%，由2020年的2000亿元增加到2300亿元。", "general_budget_revenue", (2300, "eq")),
])
def test_from_to_levels_after_a_yearly_average(sent, ind, level):
    fs = facts(BJ.replace("北京", "重庆").replace("十六", "六") + sent)
    assert val(fs, (ind, "actual", "2021-2025", "growth")) == (5.9, "eq")
    assert val(fs, (ind, "actual", "2025", "level")) == level


def test_from_after_a_figure_that_starts_something_else():
    fs = facts(BJ + "2025年，全市地区生产总值增长5.5%，从3个方面推动发展；城镇新增就业7万人，从2万人以上的企业中选聘。")
    assert [k for k in fs if k[3] == "level"] == [("urban_new_jobs", "actual", "2025", "level")]
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (7, "eq")


# 4. "在已经确定的…目标要求的基础上，努力实现以下目标：" opens goals; 已经确定的 qualifies a noun, it is no result
def test_already_set_goals_are_no_result():
    fs = facts("政府工作报告\n——2016年3月5日在第十二届全国人民代表大会第四次会议上\n二、“十三五”时期主要目标任务和重大举措\n"
               "今后五年，要在已经确定的全面建成小康社会目标要求的基础上，努力实现以下目标：保持经济中高速增长；常住人口城镇化率达到60%。")
    assert val(fs, ("urbanization_rate", "goal", "2016-2020", "share")) == (60, "eq")
    fs = facts(BJ + "全市常住人口城镇化率已经达到87.8%。")
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (87.8, "eq")


QH = "政府工作报告\n——2026年1月26日在青海省第十四届人民代表大会第五次会议上\n一、2025年工作回顾\n"


# 5. 城/乡 pairs with 常住 after 城镇 or 农村牧区 for the rural side: two facts, not the urban value as the rural one
@pytest.mark.parametrize("names", ["城镇、农村牧区居民人均可支配收入", "城镇和农村牧区常住居民人均可支配收入",
                                   "城镇常住居民、农村常住居民人均可支配收入", "城镇常住居民和农村牧区常住居民人均可支配收入",
                                   "城镇、农牧区居民人均可支配收入", "城乡常住居民人均可支配收入", "城镇/农村居民人均可支配收入"])
def test_urban_rural_pairs_pastoral_and_resident(names):
    fs = facts(QH + "全省生产总值增长5%，农牧区劳动力转移就业110万人次，" + names + "分别增长4.4%、6.8%。")
    assert val(fs, ("urban_disposable_income", "actual", "2025", "growth")) == (4.4, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.8, "eq")
    assert val(fs, ("rural_labor_transfer", "actual", "2025", "level")) == (110, "eq")


def test_rural_pastoral_income_alone():
    fs = facts(QH + "农村牧区常住居民人均可支配收入增长6.8%，城镇常住居民人均可支配收入增长4.4%。")
    assert val(fs, ("urban_disposable_income", "actual", "2025", "growth")) == (4.4, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.8, "eq")


# 6. "增长5.5%，跨上9万亿元台阶；“十四五”时期年均增长5.6%": the level reached, and the clauses after it
def test_growth_then_level_stepped_up():
    zj = "政府工作报告\n——2026年1月13日在浙江省第十四届人民代表大会第四次会议上\n一、“十四五”时期和2025年工作回顾\n"
    fs = facts(zj + "2025年，全省生产总值增长5.5%，跨上9万亿元台阶；“十四五”时期年均增长5.6%。")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.5, "eq")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (9, "at_least")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.6, "eq")
    fs = facts(zj + "2025年，全省规上工业增加值增长6%，迈上新台阶。")
    assert list(fs) == [("industrial_va", "actual", "2025", "growth")]


NM = "政府工作报告\n——2024年1月25日在内蒙古自治区第十四届人民代表大会第二次会议上\n一、2023年工作回顾\n全区地区生产总值增长7.3%。"


# 7. parts of the region: a division whose name holds 和 (呼和浩特市, 和田地区), a group of divisions ("皖北六市",
# "蒙东五盟市", "东部盟市") or zones ("三大平台") before the name: never the region's headline
@pytest.mark.parametrize("head, sent", [
    (NM, "呼和浩特市规上工业增加值增长20%。"),
    (NM, "蒙东五盟市规上工业增加值增长20%。"),
    (NM, "东部盟市规上工业增加值增长20%。"),
    (NM.replace("内蒙古自治区", "新疆维吾尔自治区"), "和田地区规上工业增加值增长20%。"),
    (NM.replace("内蒙古自治区", "安徽省"), "皖北六市规上工业增加值增长20%。"),
    (NM.replace("内蒙古自治区", "广东省"), "深圳前海、广州南沙、珠海横琴三大平台规上工业增加值增长20%。"),
])
def test_part_of_region_groups_and_names_with_he(head, sent):
    fs = facts(head + sent)
    assert ("industrial_va", "actual", "2023", "growth") not in fs
    assert any(k[0].startswith("other:") and fs[k].value == 20 for k in fs)


@pytest.mark.parametrize("sent", ["全区规上工业增加值增长8%。", "规上工业增加值增长8%，12个盟市全部实现正增长。"])
def test_whole_region_still_headline(sent):
    fs = facts(NM + sent)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (8, "eq")


HN = "政府工作报告\n——2026年1月20日在湖南省第十四届人民代表大会第五次会议上\n湖南省省长 毛伟明\n各位代表：\n一、2025年工作回顾\n"
HN_PLAN = "\n二、2026年工作安排\n今年主要预期目标是：全省地区生产总值增长5%左右，一般公共预算收入增长2%。"


# 8. last year's target restated with its figure ("高于5%左右的预期目标") is that year's target, and no target cue
# for the clauses after it; a plan said to be closed ("“十四五”规划圆满收官") is no time frame for them
@pytest.mark.parametrize("sent", ["全省地区生产总值增长5.2%，高于5%左右的预期目标；一般公共预算收入增长2.8%。",
                                  "全省地区生产总值增长5.2%，完成了5%左右的预期目标，一般公共预算收入增长2.8%。",
                                  "全省地区生产总值增长5.2%，超过5%左右的年度预期目标，一般公共预算收入增长2.8%。"])
def test_restated_target_with_figure_is_no_cue_after_it(sent):
    fs = facts(HN + sent + HN_PLAN)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (2.8, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")


@pytest.mark.parametrize("closed", ["“十四五”规划圆满收官", "实现“十四五”圆满收官", "为“十四五”画上圆满句号",
                                    "“十四五”主要目标任务全面完成"])
def test_plan_closed_is_no_span_for_the_clauses_after(closed):
    fs = facts(HN + "全省地区生产总值增长5.2%，" + closed + "，一般公共预算收入增长2.8%。" + HN_PLAN)
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (2.8, "eq")
    assert ("general_budget_revenue", "actual", "2021-2025", "growth") not in fs


@pytest.mark.parametrize("sent", ["“十四五”时期，全省地区生产总值年均增长5.5%，一般公共预算收入年均增长3%。",
                                  "“十四五”以来，全省地区生产总值年均增长5.5%，一般公共预算收入年均增长3%。"])
def test_plan_period_still_dates_the_review(sent):
    fs = facts(HN.replace("2025年工作回顾", "2025年和“十四五”工作回顾") + sent)
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (3, "eq")


def test_cpi_level_with_the_nation_is_qualitative():
    fs = facts(HN + "全省地区生产总值增长5.3%。" + "\n二、2026年主要预期目标\n地区生产总值增长5.5%左右，居民消费价格涨幅与全国水平大体相当。")
    assert val(fs, ("cpi", "target", "2026", "growth")) == (None, "qualitative")


# 9. a report that numbers none of its parts, each part's title on a line of its own: the goals of the plan
# under "“十五五”时期经济社会发展的主要目标" are goals, not this year's targets (they pushed the real ones out)
FJ = ("政府工作报告\n——2026年1月13日在福建省第十四届人民代表大会第四次会议上\n福建省省长 赵龙\n各位代表：\n"
      "“十四五”时期和2025年工作回顾\n2025年，全省地区生产总值增长5.4%，常住人口城镇化率达到71.5%。\n"
      "“十五五”时期经济社会发展的主要目标\n经济实力大幅跃升。地区生产总值年均增长5%以上，人均地区生产总值达到16万元，"
      "常住人口城镇化率达到75%左右，研发经费投入强度达到2.6%。\n"
      "2026年工作安排\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5%以上，常住人口城镇化率提高0.6个百分点，"
      "研发经费投入强度2.2%。")


def test_unnumbered_part_titles():
    fs = facts(FJ)
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (71.5, "eq")
    assert val(fs, ("gdp_per_capita", "goal", "2026-2030", "level")) == (16, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (75, "about")
    assert val(fs, ("rnd_intensity", "goal", "2026-2030", "share")) == (2.6, "eq")
    assert val(fs, ("rnd_intensity", "target", "2026", "share")) == (2.2, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "at_least")
    assert ("gdp_per_capita", "target", "2026", "level") not in fs
    assert ("urbanization_rate", "target", "2026", "share") not in fs


def test_line_cut_by_the_page_width_is_no_part_title():
    # a paragraph cut by the page width may end a line with 重点工作: the line before it ends no sentence
    text = ("政府工作报告\n——2026年1月13日在福建省第十四届人民代表大会第四次会议上\n一、2025年工作回顾\n"
            "2025年，我们深入贯彻落实党中央国务院决策部署，全省地区生产总值增长5.4%，我们\n"
            "坚持稳中求进工作总基调扎实推进各项重点工作\n一般公共预算收入增长2.8%。\n")
    fs = facts(text)
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (2.8, "eq")


def test_infographic_caption_is_no_part_title():
    fs = facts("2023年成绩单\n地区生产总值\n285.6亿元\n城镇新增就业\n5000人\n2024年主要目标\n", region="攸县", report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (5000, "eq")


# 10. "常住人口城市化率" (广东's word for 城镇化率) is urbanization_rate
def test_urbanisation_spelt_chengshihua():
    fs = facts("政府工作报告\n——2026年1月20日在广东省第十四届人民代表大会第五次会议上\n一、2025年工作回顾\n"
               "全省常住人口城市化率达到75.9%，比上年提高0.5个百分点。\n二、2026年工作安排\n今年主要预期目标是：常住人口城市化率提高0.5个百分点。")
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (75.9, "eq")
    assert val(fs, ("urbanization_rate", "target", "2026", "pp_change")) == (0.5, "eq")


HN26 = ("政府工作报告\n——2026年1月20日在湖南省第十四届人民代表大会第五次会议上\n一、2025年工作回顾\n2025年，全省地区生产总值增长5.3%。\n"
        "二、2026年工作安排\n")


# 11. a plan's document carried out ("贯彻“十五五”规划建议") is no time frame: the year's figures after it stay
# targets (今年 names this year whatever plan stands before it); a paragraph that opens by citing the plan's
# proposal as adopted ("省委全会审议通过的“十五五”规划建议，…") sets that plan's goals
@pytest.mark.parametrize("sent, key, value", [
    ("深入贯彻省委“十五五”规划建议，今年地区生产总值增长5%左右。", ("gdp", "target", "2026", "growth"), 5),
    ("（一）扩大有效投资\n贯彻落实“十五五”规划纲要，全年固定资产投资增长5%。", ("fixed_asset_investment", "target", "2026", "growth"), 5),
    ("做好2026年工作，要全面贯彻落实省委“十五五”规划建议。规上工业增加值增长6%。", ("industrial_va", "target", "2026", "growth"), 6),
    ("省委全会审议通过的“十五五”规划建议，擘画了发展蓝图。我们将全力以赴：研发投入强度达到3%，人均地区生产总值达到10万元。",
     ("rnd_intensity", "goal", "2026-2030", "share"), 3),
])
def test_plan_documents_cited_in_the_plan_part(sent, key, value):
    fs = facts(HN26 + sent)
    assert fs[key].value == value
    assert not [k for k in fs if k[0] == key[0] and k != key and k[1] != "actual"]


def test_plan_period_goals_lead_still_goals():
    fs = facts(HN26.replace("二、2026年工作安排", "二、“十五五”时期目标任务") + "“十五五”时期主要目标：地区生产总值年均增长5%左右，研发投入强度达到3%。")
    assert val(fs, ("rnd_intensity", "goal", "2026-2030", "share")) == (3, "eq")


# 12. a plan named in the lead of this year's targets ("锚定“十五五”目标，今年…", "实现“十五五”良好开局，…",
# "按照“十五五”规划确定的目标，2026年…"): 今年 or the report year after it names this year; the targets are
# no goals of the plan (the headline GDP target was lost)
@pytest.mark.parametrize("lead", ["锚定“十五五”目标，今年", "对标“十五五”规划目标要求，今年", "围绕“十五五”时期目标任务，今年",
                                  "与“十五五”规划目标相衔接，今年", "统筹考虑“十五五”发展目标，建议今年", "为“十五五”开好局起好步，今年",
                                  "实现“十五五”良好开局，", "按照“十五五”规划确定的目标，2026年"])
def test_plan_named_before_this_years_targets(lead):
    fs = facts(HN26 + lead + "全省地区生产总值增长5%左右，一般公共预算收入增长2%。")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "eq")
    assert not [k for k in fs if k[1] == "goal"]


def test_plan_named_before_this_years_targets_2021():
    text = HN26.replace("2026年", "2021年").replace("2025年", "2020年") + "锚定“十四五”目标，今年全省地区生产总值增长8%以上。"
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2021", "growth")) == (8, "at_least")


# 13. this year's target list led by a plan aligned with ("对标“十五五”规划目标，主要预期目标为：") or with 今年
# between the plan and the list's word: targets; the plan's own goals lead ("围绕…，今后五年…") still sets goals
@pytest.mark.parametrize("lead", ["对标“十五五”规划目标，今年主要预期目标为：\n——地区生产总值增长5%左右；\n——一般公共预算收入增长2%。",
                                  "对标“十五五”规划目标，主要预期目标为：\n——地区生产总值增长5%左右；\n——一般公共预算收入增长2%。",
                                  "衔接“十五五”规划目标，主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长2%。",
                                  "锚定“十五五”目标任务，奋力实现良好开局，主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长2%。"])
def test_target_list_led_by_a_plan_aligned_with(lead):
    fs = facts(HN26 + lead)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "eq")


def test_plan_goals_after_an_aligning_verb_still_goals():
    fs = facts(HN26.replace("二、2026年工作安排", "二、奋力开创新局面") + "围绕“十五五”时期经济社会发展主要目标，今后五年地区生产总值年均增长5%左右，"
               "人均地区生产总值达到10万元。按照“十五五”规划部署，到2030年研发投入强度达到3%。")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5, "about")
    assert val(fs, ("gdp_per_capita", "goal", "2026-2030", "level")) == (10, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2030", "share")) == (3, "eq")


# 14. "在去年增长5.3%的基础上，…" in the lead of this year's targets: a base, no result cue for the targets after it
def test_last_years_base_in_the_target_lead():
    fs = facts(HN26 + "今年主要预期目标是：在去年增长5.3%的基础上，地区生产总值增长5%左右，城镇调查失业率5.5%左右。")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "about")
    fs = facts(HN26.replace("2025年，全省地区生产总值增长5.3%。", "去年，全省地区生产总值增长5.3%，在上年高基数的基础上，一般公共预算收入增长2.5%。"))
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (2.5, "eq")


# 15. the three industries named without 增加值 before 分别 ("第一、二、三产业分别增长3.6%、6.2%、5.1%"): one each,
# not the first value given to the last name
@pytest.mark.parametrize("sent, want", [
    ("第一、二、三产业分别增长3.6%、6.2%、5.1%。", {"primary_industry_va": 3.6, "secondary_industry_va": 6.2, "tertiary_industry_va": 5.1}),
    ("第二、三产业分别增长6.2%、5.1%。", {"secondary_industry_va": 6.2, "tertiary_industry_va": 5.1}),
])
def test_three_industries_without_value_added(sent, want):
    fs = facts(HN26.replace("增长5.3%。", "增长5.3%，" + sent))
    got = {k[0]: f.value for k, f in fs.items() if k[0].endswith("industry_va")}
    assert got == want


def test_three_industries_merging_is_no_figure():
    fs = facts(HN26.replace("增长5.3%。", "增长5.3%。推动第一、二、三产业融合发展，农产品加工业产值增长8%。"))
    assert not [k for k in fs if k[0].endswith("industry_va")]


# 16. the plan's start named in the lead of this year's targets ("进入“十五五”，", "开启“十五五”新征程", "作为“十五五”的
# 第一年", "今年是实施“十五五”规划的第一年", "奋力实现“十五五”发展良好开局"): this year, not the plan's goals
@pytest.mark.parametrize("lead", ["进入“十五五”，全省经济社会发展的", "开启“十五五”新征程，", "站在“十五五”新起点上，", "开局“十五五”，",
                                  "今年是实施“十五五”规划的第一年，", "作为“十五五”的第一年，", "奋力实现“十五五”发展良好开局，",
                                  "“十五五”开局起步，"])
def test_plans_start_before_this_years_targets(lead):
    fs = facts(HN26 + lead + "主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长2%。")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "eq")


def test_plans_start_in_a_later_review():
    text = ("政府工作报告\n——2027年1月20日在湖南省第十四届人民代表大会第六次会议上\n一、2026年工作回顾\n"
            "我们实现了“十五五”良好开局，全省地区生产总值增长5.2%。\n二、2027年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2026", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "target", "2027", "growth")) == (5, "about")


def test_striving_idiom_in_review_is_no_target_cue():
    fs = facts(HN + "全省上下力争上游，全省地区生产总值增长5.2%，一般公共预算收入增长2.8%。" + HN_PLAN)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.2, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (2, "eq")


def test_paragraphs_first_line_cut_after_a_part_word_is_no_part_title():
    # a page-wide first line ending with 重点工作 after a full paragraph goes on into the next line
    text = ("政府工作报告\n——2026年1月13日在福建省第十四届人民代表大会第四次会议上\n2025年工作回顾\n全省地区生产总值增长5.4%。\n"
            "我们坚持稳中求进工作总基调全力以赴扎实抓好全年各项重点工作\n取得明显成效，一般公共预算收入增长2.8%。\n"
            "2026年工作安排\n今年主要预期目标是：地区生产总值增长5%以上。")
    fs = facts(text)
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (2.8, "eq")
    assert not fs[("general_budget_revenue", "actual", "2025", "growth")].section.endswith("重点工作")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "at_least")
    assert fs[("gdp", "target", "2026", "growth")].section == "2026年工作安排"


# 17. a part of the country by its direction ("东北地区", "东部地区", "西部地区", "中部地区") is not the nation's figure
def test_parts_of_the_country_by_direction():
    text = ("政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n一、2024年工作回顾\n过去一年，国内生产总值增长5%。"
            "东北地区规模以上工业增加值增长3%，东部地区生产总值增长5.2%，西部地区固定资产投资增长2%。全国规模以上工业增加值增长5.8%。")
    fs = facts(text)
    assert val(fs, ("industrial_va", "actual", "2024", "growth")) == (5.8, "eq")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5, "eq")
    assert ("fixed_asset_investment", "actual", "2024", "growth") not in fs
    fs = facts(HN26.replace("增长5.3%。", "增长5.3%，全部规模以上工业增加值增长7%。"))
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (7, "eq")
