"""Full prefecture-city and county/district work reports of 2017–2025 (branch fullcity): classes found in
long city and county reports written for this branch (a government site's header block, a newspaper's full
text with a dateline and a byline naming the parent city first, a speech), each with the sentences that
must change and the look-alikes that must not."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


def _meta(text: str):
    m = planwatch.read_text(text, "t.txt").meta
    r = getattr(m, "region", None)
    return getattr(r, "name", r), m.report_year


# 1. a grain harvest's change in % said as 增产/减产 ("粮食总产量达到68.5万吨，增产2.3%") is the output's growth
# (negative for 减产); not an amount gained ("增产1.5亿斤"), a field's yield ("建成后亩均增产100斤") or a crop
# other than grain ("油料增产5.2%")
@pytest.mark.parametrize("text,key,want", [
    ("2023年，全县粮食总产量达到68.5万吨，增产2.3%。", ("grain_output", "actual", "2023", "growth"), (2.3, "eq")),
    ("2022年，全市粮食总产量42.6万吨，减产1.8%。", ("grain_output", "actual", "2022", "growth"), (-1.8, "eq")),
    ("2023年，全市粮食播种面积稳定在120万亩，总产量达到52.3万吨，增产2.6%。",
     ("grain_output", "actual", "2023", "growth"), (2.6, "eq")),
    ("2020年，粮食总产量达到22.6亿斤，增产1.8%。", ("grain_output", "actual", "2020", "growth"), (1.8, "eq")),
])
def test_grain_output_zengchan_is_growth(text, key, want):
    fs = facts("各位代表：\n" + text, report_year=int(key[2]) + 1)
    assert val(fs, key) == want


@pytest.mark.parametrize("text", [
    "2023年，粮食产量达到21.6亿斤，比上年增产1.5亿斤。",
    "2023年，新建高标准农田8万亩，建成后亩均增产100斤。",
    "2023年，全县粮食总产量达到9.8万吨，油料增产5.2%。",
])
def test_grain_output_zengchan_lookalikes(text):
    fs = facts("各位代表：\n" + text, report_year=2024)
    assert ("grain_output", "actual", "2023", "growth") not in fs


# 2. a park or a town in a task with its modal before the verb ("曹县经济开发区力争完成固定资产投资60亿元",
# "高新区确保实现规上工业增加值增长15%以上") is the park's figure, not the region's target; the region's own
# word before the modal ("全县力争完成…", "我县力争实现…") or none at all keeps it the region's
@pytest.mark.parametrize("sent,key", [
    ("曹县经济开发区力争完成固定资产投资60亿元。", ("fixed_asset_investment", "target", "2021", "level")),
    ("高新区确保实现规上工业增加值增长15%以上。", ("industrial_va", "target", "2021", "growth")),
    ("经济开发区力争固定资产投资增长20%。", ("fixed_asset_investment", "target", "2021", "growth")),
    ("县城力争实现社会消费品零售总额80亿元。", ("retail_sales", "target", "2021", "level")),
    ("工业园区争取完成工业投资35亿元以上。", ("industrial_investment", "target", "2021", "level")),
])
def test_part_with_modal_is_not_the_headline(sent, key):
    fs = facts("2021年重点工作。" + sent, report_year=2021)
    assert key not in fs


@pytest.mark.parametrize("sent,key,want", [
    ("全县力争完成固定资产投资180亿元以上。", ("fixed_asset_investment", "target", "2021", "level"), (180, "at_least")),
    ("坚持项目为王，力争完成固定资产投资200亿元。", ("fixed_asset_investment", "target", "2021", "level"), (200, "eq")),
    ("我县力争实现地区生产总值增长8%。", ("gdp", "target", "2021", "growth"), (8, "eq")),
    ("本区确保完成一般公共预算收入20亿元。", ("general_budget_revenue", "target", "2021", "level"), (20, "eq")),
    ("今年全区力争实现固定资产投资增长10%。", ("fixed_asset_investment", "target", "2021", "growth"), (10, "eq")),
])
def test_region_with_modal_keeps_its_target(sent, key, want):
    fs = facts("2021年重点工作。" + sent, report_year=2021)
    assert val(fs, key) == want


# 3. a goal for the end of the plan period led by 展望/力争/确保 ("展望“十四五”末，全区地区生产总值力争突破450亿元")
# is for the plan's last year, as "到“十四五”末" is: not the span, nor this year's target
def test_plan_end_goal_led_by_zhanwang():
    fs = facts("2023年，全区地区生产总值386.5亿元，增长8.2%。\n今年主要预期目标是：地区生产总值增长7.5%左右。\n"
               "展望“十四五”末，全区地区生产总值力争突破450亿元，常住人口城镇化率达到60%左右，森林覆盖率达到46%。",
               report_year=2024)
    assert val(fs, ("gdp", "goal", "2025", "level")) == (450, "at_least")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (60, "about")
    assert val(fs, ("forest_coverage", "goal", "2025", "share")) == (46, "eq")
    assert ("gdp", "goal", "2021-2025", "level") not in fs
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7.5, "about")


@pytest.mark.parametrize("lead", ["力争“十四五”末，", "确保“十四五”期末", "争取“十四五”末"])
def test_plan_end_goal_led_by_a_modal(lead):
    fs = facts("2022年，全县地区生产总值286亿元，增长4.5%。\n今年主要预期目标是：地区生产总值增长6.5%左右。"
               f"{lead}全县生产总值达到360亿元。", report_year=2023)
    assert val(fs, ("gdp", "goal", "2025", "level")) == (360, "eq")
    assert ("gdp", "target", "2023", "level") not in fs


def test_plan_end_as_a_base_is_no_goal():
    # "比“十三五”末提高3.2个百分点": a base of a change, not a goal's time
    fs = facts("2023年，全区生产总值达到520亿元，增长6%，城镇化率比“十三五”末提高3.2个百分点。\n"
               "今年主要预期目标是：生产总值增长6.5%。", report_year=2024)
    assert not [k for k in fs if k[1] == "goal"]
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")


# 4. names of the inflows in Sichuan's and Jiangsu's wording: 到位国内省外资金, 到账外资
@pytest.mark.parametrize("text,key,want", [
    ("2023年，全区到位国内省外资金125.6亿元，增长13.8%。", ("domestic_investment_inflow", "actual", "2023", "level"), (125.6, "eq")),
    ("2023年，全市到位国内市外资金320亿元。", ("domestic_investment_inflow", "actual", "2023", "level"), (320, "eq")),
    ("2023年，全区实际到账外资16.8亿美元，增长12.6%。", ("fdi", "actual", "2023", "level"), (16.8, "eq")),
    ("过去五年，累计到账外资68.5亿美元。", ("fdi", "actual", "2019-2023", "level"), (68.5, "eq")),
])
def test_inflow_names(text, key, want):
    fs = facts("各位代表：\n" + text, report_year=2024)
    assert val(fs, key) == want


def test_inflow_name_lookalikes():
    fs = facts("各位代表：\n2023年，外资到账率达到85%，新签约项目协议到账外资5亿美元的项目3个。", report_year=2024)
    assert not [k for k in fs if k[0] == "fdi"]


# 5. a news page's year told only by what the year is to the nation: the year reviewed said as 刚刚过去的一年
# ("刚刚过去的一年，是全面贯彻党的二十大精神的开局之年" → the report of 2024), an anniversary with no 之年
# ("今年是新中国成立70周年" → 2019), the 2017 national lead ("供给侧结构性改革的深化之年")
@pytest.mark.parametrize("body,region,year", [
    ("绥化日报讯　记者　张丽　1月6日，绥化市北林区第十七届人民代表大会第三次会议隆重开幕。\n各位代表：\n"
     "刚刚过去的一年，是全面贯彻党的二十大精神的开局之年。全区地区生产总值实现356.8亿元，增长5.2%。\n"
     "今年全区经济社会发展的主要预期目标是：地区生产总值增长6%。", "北林区", 2024),
    ("曲靖日报讯（记者 杨丽萍）2月20日，宣威市第十届人民代表大会第一次会议开幕。\n各位代表：\n"
     "过去的一年，全市地区生产总值增长8.1%。\n今年是实施“十三五”规划的重要一年，是供给侧结构性改革的深化之年。"
     "主要预期目标是：地区生产总值增长9%。", "宣威市", 2017),
    ("南阳日报讯（记者 赵明）1月12日，卧龙区第五届人民代表大会第三次会议开幕。\n各位代表：\n"
     "过去一年，全区生产总值增长6.5%。\n今年是新中国成立70周年。主要预期目标是：生产总值增长7%左右。", "卧龙区", 2019),
    ("安康日报讯（记者 刘明）1月10日，汉滨区第十九届人民代表大会第二次会议开幕。\n各位代表：\n"
     "过去一年，全区生产总值增长4.2%。\n去年是新中国成立70周年，今年是全面建成小康社会的收官之年。"
     "主要预期目标是：生产总值增长7%左右。", "汉滨区", 2020),
])
def test_news_year_from_what_the_year_is(body, region, year):
    assert _meta(body) == (region, year)


def test_news_year_lookalikes():
    # "明年是…100周年" in a January report is the next calendar year: no vote for it; nor a local anniversary
    text = ("安康日报讯（记者 刘明）1月10日，石泉县第十八届人民代表大会第五次会议开幕。\n各位代表：\n"
            "2019年，全县生产总值增长7.2%。今年是石泉撤县设市筹备之年，明年是中国共产党成立100周年。\n"
            "2020年主要预期目标是：生产总值增长7%左右。")
    assert _meta(text) == ("石泉县", 2020)



# 6. figures a plan set for its whole period, the plan named as their source ("“十四五”规划的约束性指标：…",
# "按照“十四五”规划，…", "“十四五”规划纲要确定，…", "“十四五”规划确定的主要指标：…") next to this year's target list
# are the plan's goals (2021-2025), not this year's targets; a plan named only as what this year's work completes
# or follows ("确保完成“十四五”规划约束性指标，…", "按照“十四五”规划部署，…", "按照“十四五”规划，今年…") leaves them targets
_PLAN_H = "二、2024年主要目标和重点工作\n今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n"


@pytest.mark.parametrize("sent,goals", [
    ("“十四五”规划的约束性指标：单位地区生产总值能耗降低14%，森林覆盖率达到50%。",
     {("energy_intensity", "growth"): (-14, "eq"), ("forest_coverage", "share"): (50, "eq")}),
    ("按照“十四五”规划，全县单位地区生产总值能耗累计降低14%，森林覆盖率达到50%。",
     {("energy_intensity", "growth"): (-14, "eq"), ("forest_coverage", "share"): (50, "eq")}),
    ("“十四五”规划纲要确定，全市常住人口城镇化率达到65%。", {("urbanization_rate", "share"): (65, "eq")}),
    ("“十四五”规划确定的主要指标：研发经费投入强度达到2.5%，常住人口城镇化率达到60%。",
     {("rnd_intensity", "share"): (2.5, "eq"), ("urbanization_rate", "share"): (60, "eq")}),
])
def test_plan_named_as_source_gives_goals(sent, goals):
    fs = facts(_PLAN_H + sent, report_year=2024)
    for (ind, measure), want in goals.items():
        assert val(fs, (ind, "goal", "2021-2025", measure)) == want
        assert (ind, "target", "2024", measure) not in fs
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


@pytest.mark.parametrize("sent,key,want", [
    ("确保完成“十四五”规划约束性指标，单位地区生产总值能耗降低3%。", ("energy_intensity", "target", "2024", "growth"), (-3, "eq")),
    ("按照“十四五”规划部署，全县单位地区生产总值能耗降低3%。", ("energy_intensity", "target", "2024", "growth"), (-3, "eq")),
    ("按照“十四五”规划，今年单位地区生产总值能耗降低3%，森林覆盖率达到48%。", ("forest_coverage", "target", "2024", "share"), (48, "eq")),
    ("今年是“十四五”规划的关键之年。单位地区生产总值能耗降低3%。", ("energy_intensity", "target", "2024", "growth"), (-3, "eq")),
])
def test_plan_named_lookalikes_stay_targets(sent, key, want):
    assert val(facts(_PLAN_H + sent, report_year=2024), key) == want


def test_plan_indicators_reviewed_stay_actual():
    fs = facts("一、2023年工作回顾\n全年地区生产总值增长6.1%。“十四五”规划确定的主要指标进展顺利，森林覆盖率达到47.2%。\n"
               "二、2024年主要目标\n今年主要预期目标是：地区生产总值增长6%左右。", report_year=2024)
    assert val(fs, ("forest_coverage", "actual", "2023", "share")) == (47.2, "eq")
    assert ("forest_coverage", "goal", "2021-2025", "share") not in fs


# 7. 到位 as a task's verb ("到位国内省外资金130亿元以上", "全年到位省外资金150亿元"): a pledge; not a rate of
# funds in place ("资金到位率达到60%以上": the rate is the object) nor 到位 closing a clause ("确保…及时到位")
def _pledges_2024(sent: str) -> set[tuple]:
    text = "政府工作报告\n各位代表：\n三、2024年重点工作\n（二）全力扩大有效投资。" + sent
    return {(p.object, p.value, p.unit) for p in planwatch.read_text(text, "t.txt", overrides={"report_year": 2024}).pledges}


@pytest.mark.parametrize("sent,want", [
    ("到位国内省外资金130亿元以上。", ("国内省外资金", 130, "亿元")),
    ("全年到位省外资金150亿元。", ("省外资金", 150, "亿元")),
])
def test_daowei_is_a_pledge_verb(sent, want):
    assert want in _pledges_2024(sent)


@pytest.mark.parametrize("sent,want", [
    ("签约项目资金到位率达到60%以上。", {("签约项目资金到位率", 60, "%")}),
    ("确保专项债券资金及时到位，争取专项债券资金12亿元。", {("专项债券资金", 12, "亿元")}),
])
def test_daowei_lookalikes(sent, want):
    assert _pledges_2024(sent) == want


# 6b. (self-review) a plan named as the figures' source under a review is how the plan went, not its goals:
# "“十四五”规划确定的主要指标：…" reviewing the finished plan, "按照“十四五”规划，…累计下降9.6%，完成进度的80%"
def test_plan_source_in_a_review_of_the_plan():
    fs = facts("一、“十四五”时期工作回顾\n“十四五”规划确定的主要指标：地区生产总值年均增长5.8%，森林覆盖率达到50.3%。\n"
               "二、2026年主要目标\n今年主要预期目标是：地区生产总值增长5%左右。", report_year=2026)
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.8, "eq")
    assert not [k for k in fs if k[1] == "goal"]


def test_plan_source_in_the_years_review():
    fs = facts("一、2023年工作回顾\n按照“十四五”规划，全县单位地区生产总值能耗累计下降9.6%，完成进度的80%。\n"
               "二、2024年主要目标\n今年主要预期目标是：地区生产总值增长6%左右。", report_year=2024)
    assert not [k for k in fs if k[1] == "goal"]


# 8. a province's or prefecture's short name inside a common phrase ("隆重庆祝" holds 重庆, "长治久安" 长治) is no
# place: a report that names no region of its own stays without one, not 重庆市; a name written as one stays
@pytest.mark.parametrize("text", [
    "各位代表：\n过去一年，我们隆重庆祝中国共产党成立100周年，全市生产总值增长6.2%。\n今年主要预期目标是：地区生产总值增长6%。",
    "本报讯（记者 王丽）1月8日，西湖区第十五届人民代表大会第五次会议开幕。\n各位代表：\n回顾过去一年，我们隆重庆祝新中国成立75周年。"
    "全区地区生产总值增长6.2%。\n今年主要预期目标是：地区生产总值增长6%。作政府工作报告。",
])
def test_name_inside_a_phrase_is_no_region(text):
    assert _meta(text)[0] is None


def test_name_written_as_one_stays():
    text = "各位代表：\n过去一年，重庆经济持续回升向好，全市生产总值增长6.1%。\n今年主要预期目标是：地区生产总值增长6%。"
    assert _meta(text)[0] == "重庆市"


# 9. a news page dated in November or December with no year ("12月27日，…开幕"): 今年 there is the year reviewed,
# so "今年是“十三五”规划收官之年" and "今年是新中国成立70周年" name the year before the report's; a January
# dateline keeps 今年 the report's year, and 明年 in December is the report's year as before
@pytest.mark.parametrize("line,year", [
    ("今年是“十三五”规划收官之年。今年以来，全区地区生产总值增长3.1%。", 2021),
    ("今年是新中国成立70周年。今年以来，全区地区生产总值增长6.1%。", 2020),
    ("明年是“十四五”规划开局之年。今年以来，全区地区生产总值增长3.1%。", 2021),
])
def test_december_dateline_this_year_is_reviewed(line, year):
    text = ("晋中日报讯（记者 赵倩）12月27日，榆次区第五届人民代表大会第二次会议开幕。区长作政府工作报告。\n各位代表：\n"
            + line + "\n明年全区经济社会发展的主要预期目标是：地区生产总值增长7%左右。")
    m = planwatch.read_text(text, "t.txt").meta
    assert (m.report_year, m.meeting_date) == (year, f"{year - 1}-12-27")


def test_january_dateline_this_year_is_the_reports():
    text = ("晋中日报讯（记者 赵倩）1月7日，榆次区第五届人民代表大会第三次会议开幕。区长作政府工作报告。\n各位代表：\n"
            "今年是“十四五”规划开局之年。过去一年，全区地区生产总值增长3.1%。\n今年主要预期目标是：地区生产总值增长7%左右。")
    m = planwatch.read_text(text, "t.txt").meta
    assert (m.report_year, m.meeting_date) == (2021, "2021-01-07")


# 10. a clause going on after an indicator's change with 实现/完成 and a name of its own before its figure
# ("规上工业增加值增长8.2%，实现工业总产值356亿元", "，实现营业收入520亿元") states another thing's figure, not the
# indicator's level; with no name ("，实现286亿元", "，完成286.3亿元"), the indicator's short name ("，完成投资356亿元",
# "，实现增加值120亿元") or its own name again, the level is the indicator's
@pytest.mark.parametrize("sent,key", [
    ("全县规上工业增加值增长8.2%，实现工业总产值356亿元。", ("industrial_va", "actual", "2023", "level")),
    ("全县规上工业增加值增长8.2%，实现营业收入520亿元。", ("industrial_va", "actual", "2023", "level")),
    ("全县一般公共预算收入增长8%，完成全年目标的102%。", ("general_budget_revenue", "actual", "2023", "growth")),
])
def test_continuation_with_a_name_of_its_own(sent, key):
    fs = facts("一、2023年工作回顾\n" + sent, report_year=2024)
    if key[3] == "level":
        assert key not in fs
    else:
        assert val(fs, key) == (8, "eq")


@pytest.mark.parametrize("sent,key,want", [
    ("全县固定资产投资增长10.2%，完成投资356亿元。", ("fixed_asset_investment", "actual", "2023", "level"), (356, "eq")),
    ("全县规上工业增加值增长8.2%，实现增加值120亿元。", ("industrial_va", "actual", "2023", "level"), (120, "eq")),
    ("全县地区生产总值增长6.5%，实现286亿元。", ("gdp", "actual", "2023", "level"), (286, "eq")),
    ("全县地区生产总值增长6.5%，完成286.3亿元。", ("gdp", "actual", "2023", "level"), (286.3, "eq")),
])
def test_continuation_of_the_same_figure(sent, key, want):
    assert val(facts("一、2023年工作回顾\n" + sent, report_year=2024), key) == want


@pytest.mark.parametrize("clause,want", [
    ("完成年初确定的8%的目标", (8, "eq")),
    ("完成省下达的8%的目标", (8, "eq")),
    ("完成年中调整后8%左右的目标", (8, "about")),
])
def test_continuation_to_the_target_met(clause, want):
    # (self-review) the target met after the result goes on as before: last year's target
    fs = facts(f"一、2023年工作回顾\n全社会固定资产投资增长6.2%，{clause}。\n", report_year=2024)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2023", "growth")) == want


@pytest.mark.parametrize("sent,key,want", [
    ("全县社会消费品零售总额增长9%，实现零售额98亿元。", ("retail_sales", "actual", "2023", "level"), (98, "eq")),
    ("全县外贸进出口总额增长12%，实现进出口额28亿元。", ("foreign_trade", "actual", "2023", "level"), (28, "eq")),
])
def test_continuation_with_a_short_restatement(sent, key, want):
    # (self-review) a shorter name of the same figure goes on: only outputs, turnovers, profits and taxes stop it
    assert val(facts("一、2023年工作回顾\n" + sent, report_year=2024), key) == want
