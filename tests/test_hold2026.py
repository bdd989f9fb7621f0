"""Full provincial reports of 2026 written by hand (branch hold2026): the classes they showed, each with
excerpts in several wordings and the look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def report(head: str, body: str, prov: str = "安徽省") -> str:
    return (f"政府工作报告\n——2026年1月20日在{prov}第十四届人民代表大会第五次会议上\n各位代表：\n"
            f"{head}\n{body}\n三、2026年工作安排\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n")


# 1. A level or ratio held (稳定在, 保持在) through the five years reviewed is the span's, not the last year's
@pytest.mark.parametrize("head,body,key,expected", [
    ("一、过去五年工作回顾", "过去五年，全省粮食产量稳定在800亿斤以上。",
     ("grain_output", "actual", "2021-2025", "level"), (800, "at_least")),
    ("一、过去五年和2025年工作回顾", "五年来，粮食产量连续五年稳定在1300亿斤以上，城镇新增就业累计580万人。",
     ("grain_output", "actual", "2021-2025", "level"), (1300, "at_least")),
    ("一、2025年和“十四五”时期工作回顾", "2025年全省经济平稳增长。\n“十四五”时期，全区森林覆盖率稳定在62.5%以上，"
     "空气质量优良天数比率保持在93%以上。", ("forest_coverage", "actual", "2021-2025", "share"), (62.5, "at_least")),
    ("一、2025年和“十四五”时期工作回顾", "2025年全省经济平稳增长。\n“十四五”时期，全区森林覆盖率稳定在62.5%以上，"
     "空气质量优良天数比率保持在93%以上。", ("good_air_days", "actual", "2021-2025", "share"), (93, "at_least")),
    ("一、“十四五”时期发展成就", "五年来，城镇调查失业率保持在5.5%以内，居民消费价格涨幅稳定在2%左右。",
     ("urban_unemployment_rate", "actual", "2021-2025", "share"), (5.5, "at_most")),
    # "五年平均": an average over the five years
    ("一、过去五年工作回顾", "过去五年，全市地区生产总值年均增长6%，空气质量优良天数五年平均达到330天。",
     ("good_air_days", "actual", "2021-2025", "level"), (330, "eq")),
])
def test_level_held_through_five_years(head, body, key, expected):
    fs = facts(report(head, body))
    assert val(fs, key) == expected
    assert (key[0], "actual", "2025", key[3]) not in fs


@pytest.mark.parametrize("head,body,key,expected", [
    ("一、2025年工作回顾", "2025年，全省粮食产量稳定在800亿斤以上，地区生产总值增长5.5%。",
     ("grain_output", "actual", "2025", "level"), (800, "at_least")),
    ("一、过去五年和2025年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。\n2025年，全省粮食产量稳定在1345亿斤，"
     "森林覆盖率保持在30%以上。", ("grain_output", "actual", "2025", "level"), (1345, "eq")),
    ("一、过去五年和2025年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。\n2025年，全省粮食产量稳定在1345亿斤，"
     "森林覆盖率保持在30%以上。", ("forest_coverage", "actual", "2025", "share"), (30, "at_least")),
    ("一、2025年工作回顾", "一年来，城镇调查失业率保持在5.5%以内。",
     ("urban_unemployment_rate", "actual", "2025", "share"), (5.5, "at_most")),
    # reached at the end of the years, not held: the last year's
    ("一、过去五年工作回顾", "五年来，常住人口城镇化率达到62%，森林覆盖率提高到35%。",
     ("urbanization_rate", "actual", "2025", "share"), (62, "eq")),
])
def test_level_of_one_year_or_reached_stays_the_years(head, body, key, expected):
    fs = facts(report(head, body))
    assert val(fs, key) == expected


def test_held_level_leaves_the_years_figure_its_key():
    # the five-year floor does not take the key of the year's own output stated after it
    fs = facts(report("一、过去五年和2025年工作回顾",
                      "过去五年，粮食产量连续五年稳定在1300亿斤以上。\n2025年，全省生产总值增长5.6%，粮食总产量1345亿斤。"))
    assert val(fs, ("grain_output", "actual", "2021-2025", "level")) == (1300, "at_least")
    assert val(fs, ("grain_output", "actual", "2025", "level")) == (1345, "eq")


def test_held_level_in_the_targets_stays_a_target():
    fs = facts(report("一、过去五年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。").replace(
        "地区生产总值增长5%左右。", "地区生产总值增长5%左右，粮食产量稳定在1300亿斤以上。"))
    assert val(fs, ("grain_output", "target", "2026", "level")) == (1300, "at_least")


# 1b. 控制在 held through the five years ("始终控制在5.5%以内"); a year's paragraph under a heading of both stays the year's
def test_rate_kept_under_a_ceiling_through_five_years():
    fs = facts(report("一、过去五年工作回顾", "这五年，五年累计城镇新增就业250万人，城镇调查失业率始终控制在5.5%以内。"))
    assert val(fs, ("urban_unemployment_rate", "actual", "2021-2025", "share")) == (5.5, "at_most")


@pytest.mark.parametrize("body", [
    "过去五年，全省地区生产总值年均增长5.1%。\n2025年，全省生产总值增长5.6%。一年来，我们重点做了以下工作：城镇新增就业115万人，"
    "城镇调查失业率控制在5.5%以内。",
    "过去五年，全省地区生产总值年均增长5.1%。\n一年来，粮食产量稳定在1300亿斤以上，城镇调查失业率保持在5.5%以内。",
])
def test_one_years_paragraph_under_a_heading_of_both_stays_the_year(body):
    fs = facts(report("一、过去五年和2025年工作回顾", body))
    assert ("urban_unemployment_rate", "actual", "2021-2025", "share") not in fs
    assert val(fs, ("urban_unemployment_rate", "actual", "2025", "share"))[0] == 5.5


# 2. A 累计 whose own figure a comma ends does not make the next clause's level a five-year total
@pytest.mark.parametrize("body,key,expected", [
    ("五年来，城镇新增就业五年累计107万人，农牧民人均可支配收入跨越2.5万元。",
     ("rural_disposable_income", "actual", "2025", "level"), (2.5, "at_least")),
    ("五年来，五年累计完成固定资产投资6.5万亿元，一般公共预算收入达到3300亿元。",
     ("general_budget_revenue", "actual", "2025", "level"), (3300, "eq")),
    ("五年来，累计完成固定资产投资6.5万亿元，一般公共预算收入突破3300亿元。",
     ("general_budget_revenue", "actual", "2025", "level"), (3300, "at_least")),
])
def test_sum_of_a_clause_before_is_not_this_clauses(body, key, expected):
    fs = facts(report("二、“十四五”时期发展成就", body))
    assert val(fs, key) == expected
    assert (key[0], "actual", "2021-2025", "level") not in fs


@pytest.mark.parametrize("body,key,expected", [
    # the sum's own items, joined by 、 or its name after 累计 in the clause, stay the span's
    ("五年来，累计完成固定资产投资6.5万亿元、一般公共预算收入1.5万亿元。",
     ("general_budget_revenue", "actual", "2021-2025", "level"), (1.5, "eq")),
    ("五年来，城镇新增就业五年累计107万人，累计完成固定资产投资6.5万亿元。",
     ("fixed_asset_investment", "actual", "2021-2025", "level"), (6.5, "eq")),
    # a 累计 opening its clause leads the list after it, over commas
    ("五年来，累计引进亿元以上项目64个，总投资476.6亿元，实际到位省外资金185.9亿元，实际利用境外资金1.3亿美元。",
     ("fdi", "actual", "2021-2025", "level"), (1.3, "eq")),
])
def test_sums_own_items_stay_the_span(body, key, expected):
    fs = facts(report("二、“十四五”时期发展成就", body))
    assert val(fs, key) == expected


# 3. A report printed without headings: the tasks after a lead looking ahead that ends with a colon on the
#    same line are pledges, each item; a later year's figure of an indicator is a goal, no pledge
def plain(body: str) -> str:
    return ("天津市政府工作报告（全文）\n2026年1月21日在天津市第十八届人民代表大会第五次会议上\n各位代表：\n"
            "2025年，全市生产总值增长5.2%，达到1.9万亿元。\n" + body + "\n")


def pledged(text: str) -> set[tuple]:
    import planwatch
    d = planwatch.read_text(text, "t.txt")
    for p in d.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit) for p in d.pledges}


@pytest.mark.parametrize("lead", [
    "为实现上述目标，我们将重点抓好以下工作：",
    "今年重点做好以下几个方面工作：",
    "围绕上述目标，2026年要着力抓好以下工作：",
])
def test_items_after_a_colon_lead_on_the_same_line(lead):
    got = pledged(plain(lead + "一是扩大有效投资，实施重点项目650个；二是推动产业升级，新建5G基站6000个；"
                        "三是推进城乡融合，建设高标准农田20万亩。"))
    assert {("重点项目", 650, "个"), ("5G基站", 6000, "个"), ("高标准农田", 20, "万亩")} <= got


@pytest.mark.parametrize("body", [
    # a review's list after a colon: results, no pledges
    "过去一年，我们重点抓了以下工作：一是扩大有效投资，实施重点项目650个；二是推动产业升级，新建5G基站6000个。",
    "回顾一年来的工作，主要做了以下几个方面：一是扩大有效投资，实施重点项目650个；二是推动产业升级，新建5G基站6000个。",
])
def test_review_items_after_a_colon_are_no_pledges(body):
    got = pledged(plain(body))
    assert ("5G基站", 6000, "个") not in got


def test_later_years_indicator_figure_is_no_pledge():
    got = pledged(plain("今后五年，全市生产总值年均增长5%左右。到2030年，全市生产总值突破2.4万亿元，建成5G基站10万个。"))
    assert not any(o.endswith("生产总值") for o, _, _ in got)
    assert ("5G基站", 10, "万个") in got


# 4. A year's paragraph opening on 去年/一年来 with the plan's yearly average as an aside: the figures after it
#    stay the year's; a paragraph on the five years stays the span's
def review2(body: str) -> str:
    return report("一、过去一年和“十四五”时期工作回顾", body, prov="山东省")


@pytest.mark.parametrize("body,key,expected", [
    ("去年，全省地区生产总值突破10万亿元，增长5.6%，“十四五”时期年均增长5.8%。一般公共预算收入7800亿元，增长3.5%；"
     "固定资产投资增长3.1%。", ("general_budget_revenue", "actual", "2025", "growth"), (3.5, "eq")),
    ("去年，全省地区生产总值突破10万亿元，增长5.6%，“十四五”时期年均增长5.8%。一般公共预算收入7800亿元，增长3.5%；"
     "固定资产投资增长3.1%。", ("gdp", "actual", "2021-2025", "growth"), (5.8, "eq")),
    ("一年来，全区地区生产总值增长5.4%，“十四五”以来年均增长5.5%。社会消费品零售总额增长4.2%。",
     ("retail_sales", "actual", "2025", "growth"), (4.2, "eq")),
    ("过去一年，全市生产总值增长5.4%，五年年均增长5.5%；规上工业增加值增长7%。居民消费价格上涨0.1%。",
     ("cpi", "actual", "2025", "growth"), (0.1, "eq")),
])
def test_year_paragraph_with_a_plan_average_aside(body, key, expected):
    fs = facts(review2(body))
    assert val(fs, key) == expected
    if key[2] == "2025":
        assert (key[0], "actual", "2021-2025", key[3]) not in fs


@pytest.mark.parametrize("body", [
    "五年来，全省地区生产总值年均增长5.5%。一般公共预算收入年均增长4%，常住人口城镇化率提高3.9个百分点。",
    "“十四五”时期，全省地区生产总值年均增长5.8%，城镇化率提高3.9个百分点。",
    "去年，全省地区生产总值增长5.6%。\n五年来，全省地区生产总值年均增长5.5%。城镇化率提高3.9个百分点。",
])
def test_five_year_paragraph_stays_the_span(body):
    fs = facts(review2(body))
    assert val(fs, ("urbanization_rate", "actual", "2021-2025", "pp_change")) == (3.9, "eq")


# 5. A turn from decline to growth ("由降转升", "止降回升") is a qualitative target; a result stated with it keeps its number
def test_turn_to_growth_is_a_qualitative_target():
    fs = facts(report("一、2025年工作回顾", "2025年，全区地区生产总值增长5.3%，固定资产投资由降转升，增长2.1%。",
                      prov="广西壮族自治区").replace(
        "地区生产总值增长5%左右。", "地区生产总值增长5%左右，固定资产投资由降转升，社会消费品零售总额止降回升。"))
    assert val(fs, ("fixed_asset_investment", "target", "2026", "growth")) == (None, "qualitative")
    assert val(fs, ("retail_sales", "target", "2026", "growth")) == (None, "qualitative")
    assert val(fs, ("fixed_asset_investment", "actual", "2025", "growth")) == (2.1, "eq")


# 6. The sub-sections of a review part naming the ended plan ("一、2025年和“十四五”时期工作回顾"), after a paragraph
#    opening on the plan's years, are the five years' — also with the heading opening its paragraph and an earlier
#    sub-section dating one figure by its year; after the one year's opening they are the year's
OPEN5 = ("2025年是“十四五”规划收官之年。一年来，全省地区生产总值增长5.4%。\n“十四五”时期，我们团结带领全省人民迎难而上。\n"
         "（一）创新驱动发展成效明显。研发投入强度达到2.6%；2025年技术合同成交额突破4500亿元，居全国第三位。\n")
OPEN1 = "“十四五”时期，全省地区生产总值年均增长5.3%。\n2025年是“十四五”规划收官之年。一年来，我们主要做了以下工作。\n"


def review3(body: str) -> str:
    return report("一、2025年和“十四五”时期工作回顾", body, prov="陕西省")


@pytest.mark.parametrize("body,key,expected", [
    (OPEN5 + "（四）生态环境持续改善。全省PM2.5平均浓度下降18%，森林覆盖率达到46%。",
     ("pm25", "actual", "2021-2025", "growth"), (-18, "eq")),
    (OPEN5 + "（三）乡村全面振兴扎实推进。粮食产量稳定在260亿斤以上，农村居民人均可支配收入年均增长7.5%。",
     ("grain_output", "actual", "2021-2025", "level"), (260, "at_least")),
    (OPEN5 + "（四）生态环境持续改善。\n全省PM2.5平均浓度下降18%，森林覆盖率达到46%。",
     ("pm25", "actual", "2021-2025", "growth"), (-18, "eq")),
    # a level reached stays the last year's
    (OPEN5 + "（四）生态环境持续改善。全省PM2.5平均浓度下降18%，森林覆盖率达到46%。",
     ("forest_coverage", "actual", "2025", "share"), (46, "eq")),
    # after the one year's opening, or dated by its year: the year's
    (OPEN1 + "（四）生态环境持续改善。全省PM2.5平均浓度下降3%，粮食产量稳定在260亿斤以上。",
     ("pm25", "actual", "2025", "growth"), (-3, "eq")),
    (OPEN1 + "（四）生态环境持续改善。全省PM2.5平均浓度下降3%，粮食产量稳定在260亿斤以上。",
     ("grain_output", "actual", "2025", "level"), (260, "at_least")),
    (OPEN5 + "（四）2025年生态环境持续改善。全省PM2.5平均浓度下降3%。", ("pm25", "actual", "2025", "growth"), (-3, "eq")),
    (OPEN5 + "（四）生态环境持续改善。2025年全省PM2.5平均浓度下降3%。", ("pm25", "actual", "2025", "growth"), (-3, "eq")),
])
def test_sub_sections_of_the_ended_plans_review(body, key, expected):
    assert val(facts(review3(body)), key) == expected


# 7. Self-review: look-alikes the rules above must leave alone
def rep(head: str, body: str, tgt: str = "地区生产总值增长5%左右。", year: int = 2026, goals: str = "") -> str:
    return (f"政府工作报告\n——{year}年1月20日在安徽省第十四届人民代表大会第五次会议上\n各位代表：\n{head}\n{body}\n{goals}"
            f"三、{year}年工作安排\n今年全省经济社会发展的主要预期目标是：{tgt}\n")


@pytest.mark.parametrize("text,key,expected", [
    # a held level in the goals is the plan's goal; in an ended plan's review of 2021 that plan's span
    (rep("一、过去五年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。",
         goals="二、今后五年主要目标\n今后五年，粮食产量稳定在1300亿斤以上，森林覆盖率保持在30%以上。\n"),
     ("grain_output", "goal", "2026-2030", "level"), (1300, "at_least")),
    (rep("一、“十三五”时期工作回顾", "“十三五”时期，全省粮食产量稳定在800亿斤以上。", year=2021),
     ("grain_output", "actual", "2016-2020", "level"), (800, "at_least")),
    # a year named in the sentence dates it
    (rep("一、过去五年和2025年工作回顾", "2025年，全省粮食产量1345亿斤，连续五年稳定在1300亿斤以上。"),
     ("grain_output", "actual", "2025", "level"), (1345, "eq")),
    (rep("一、过去五年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。2025年末，全省森林覆盖率稳定在62.5%。"),
     ("forest_coverage", "actual", "2025", "share"), (62.5, "eq")),
    # the year's targets and a one-year review stay one year's
    (rep("一、过去五年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。", tgt="地区生产总值增长5%左右，城镇调查失业率控制在5.5%以内。"),
     ("urban_unemployment_rate", "target", "2026", "share"), (5.5, "at_most")),
    (rep("一、2023年工作回顾", "2023年，全省粮食产量稳定在800亿斤以上，城镇调查失业率控制在5.5%以内。", year=2024),
     ("urban_unemployment_rate", "actual", "2023", "share"), (5.5, "at_most")),
    # "五年平均" in the goals is the plan's; "两年平均" keeps its two years
    (rep("一、2025年工作回顾", "2025年，全省地区生产总值增长5.5%。",
         goals="二、今后五年主要目标\n今后五年，全省地区生产总值五年平均增长5%左右。\n"),
     ("gdp", "goal", "2026-2030", "growth"), (5, "about")),
    (rep("一、2022年工作回顾", "2022年，全省地区生产总值增长3%，两年平均增长5.6%。", year=2023),
     ("gdp", "actual", "2021-2022", "growth"), (5.6, "eq")),
    # a five-year cue after the year's opening and its aside is the span's
    (rep("一、过去一年和“十四五”时期工作回顾", "去年，全省地区生产总值增长5.6%，“十四五”时期年均增长5.8%。五年来，城镇化率提高3.9个百分点。"),
     ("urbanization_rate", "actual", "2021-2025", "pp_change"), (3.9, "eq")),
    # sub-sections after a paragraph opening on 2025 are its; in 2021's report of the 十三五 the span's
    (rep("一、2025年和“十四五”时期工作回顾", "“十四五”时期，全省地区生产总值年均增长5.3%。\n2025年，全省地区生产总值增长5.4%，"
         "我们主要做了以下工作。\n（四）生态环境持续改善。全省PM2.5平均浓度下降3%。"),
     ("pm25", "actual", "2025", "growth"), (-3, "eq")),
    (rep("一、“十三五”时期和2020年工作回顾", "“十三五”时期，全省地区生产总值年均增长6%。\n（四）生态环境持续改善。全省PM2.5平均浓度下降20%。",
         year=2021), ("pm25", "actual", "2016-2020", "growth"), (-20, "eq")),
    # a count added after a 累计 of another clause (no level reached) is still the span's
    (rep("二、“十四五”时期发展成就", "五年来，城镇新增就业累计107万人，农村劳动力转移就业新增30万人。"),
     ("rural_labor_transfer", "actual", "2021-2025", "level"), (30, "eq")),
])
def test_look_alikes_keep_their_reading(text, key, expected):
    assert val(facts(text), key) == expected


def test_turn_to_growth_in_the_review_is_no_fact():
    assert ("fixed_asset_investment", "actual", "2025", "growth") not in facts(
        rep("一、2025年工作回顾", "2025年，全省固定资产投资由降转升。"))


@pytest.mark.parametrize("body,present", [
    ("2025年，我们重点抓了以下工作：一是扩大有效投资，实施重点项目650个；二是推动产业升级，新建5G基站6000个。", False),
    ("会议部署了今年重点工作：一是扩大有效投资，实施重点项目650个；二是推动产业升级，新建5G基站6000个。", True),
])
def test_colon_lead_of_a_past_year_is_no_plan(body, present):
    assert (("5G基站", 6000, "个") in pledged(plain(body))) is present


def test_targets_after_a_colon_are_no_pledges():
    got = pledged(plain("今年主要预期目标是：全市生产总值增长5%左右；城镇新增就业38万人。"))
    assert not any("生产总值" in o for o, _, _ in got)


# 8. Review (review25): a held level with 全年 in its sentence is the year's; a part titled with the ended plan and
#    its last year ("一、2025年和“十四五”时期工作回顾") with no paragraph opening on the five years is the year's
@pytest.mark.parametrize("text,key,expected", [
    (rep("一、过去五年和2025年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。\n全年粮食产量稳定在1300亿斤以上，"
         "城镇调查失业率控制在5.5%以内。"), ("grain_output", "actual", "2025", "level"), (1300, "at_least")),
    (rep("一、2025年和“十四五”时期工作回顾", "“十四五”时期，全省地区生产总值年均增长5.5%。\n全年城镇调查失业率控制在5.5%以内，"
         "居民消费价格涨幅控制在2%以内。"), ("urban_unemployment_rate", "actual", "2025", "share"), (5.5, "at_most")),
    (rep("一、过去五年工作回顾", "五年来，全省地区生产总值年均增长5.5%，全年粮食产量稳定在1300亿斤以上。"),
     ("grain_output", "actual", "2025", "level"), (1300, "at_least")),
    (rep("一、2025年和“十四五”时期工作回顾", "（一）经济运行稳中向好。全省地区生产总值增长5.4%，粮食产量稳定在1300亿斤以上。"),
     ("gdp", "actual", "2025", "growth"), (5.4, "eq")),
    (rep("一、2025年和“十四五”时期工作回顾", "（一）经济运行稳中向好。全省地区生产总值增长5.4%，粮食产量稳定在1300亿斤以上。"),
     ("grain_output", "actual", "2025", "level"), (1300, "at_least")),
    (rep("一、2020年和“十三五”时期工作回顾", "全省粮食产量稳定在650亿斤以上，城镇调查失业率控制在5.5%以内。", year=2021),
     ("grain_output", "actual", "2020", "level"), (650, "at_least")),
    (rep("一、过去五年工作回顾", "五年来，全省地区生产总值年均增长5.5%。年末全省森林覆盖率稳定在62.5%以上。"),
     ("forest_coverage", "actual", "2025", "share"), (62.5, "at_least")),
    # a change with 全年 in its sentence, after a five-year paragraph, is the year's too
    (rep("一、过去五年和2025年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。\n全年社会消费品零售总额增长4.5%，"
         "居民消费价格上涨0.2%。"), ("retail_sales", "actual", "2025", "growth"), (4.5, "eq")),
    (rep("一、过去五年和2025年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。\n五年来，社会消费品零售总额年均增长4.5%。"),
     ("retail_sales", "actual", "2021-2025", "growth"), (4.5, "eq")),
    # a held level with a change on the year before is that year's
    (rep("一、过去五年工作回顾", "五年来，全省地区生产总值年均增长5.5%。城镇调查失业率控制在5.2%，比上年回落0.3个百分点。"),
     ("urban_unemployment_rate", "actual", "2025", "share"), (5.2, "at_most")),
    (rep("一、过去五年工作回顾", "五年来，全省地区生产总值年均增长5.5%。粮食产量稳定在1300亿斤以上，同比增长1.2%。"),
     ("grain_output", "actual", "2025", "level"), (1300, "at_least")),
    (rep("一、过去五年工作回顾", "五年来，全省地区生产总值年均增长5.5%。粮食产量稳定在1300亿斤以上，比2020年增加80亿斤。"),
     ("grain_output", "actual", "2021-2025", "level"), (1300, "at_least")),
    # held through the years its run names ("连续两年"), not the five
    (rep("一、过去五年工作回顾", "五年来，全省地区生产总值年均增长5.5%，粮食产量连续两年稳定在1300亿斤以上。"),
     ("grain_output", "actual", "2024-2025", "level"), (1300, "at_least")),
    (rep("一、“十四五”时期工作回顾", "五年来，全区粮食产量连续三年稳定在300亿斤以上。"),
     ("grain_output", "actual", "2023-2025", "level"), (300, "at_least")),
    # still held through the five years: no 全年, or after the paragraph opening on them
    (rep("一、过去五年工作回顾", "五年来，全县粮食产量连续五年稳定在30万吨以上。", year=2022),
     ("grain_output", "actual", "2017-2021", "level"), (30, "at_least")),
    (rep("一、过去五年工作回顾", "五年来，全省地区生产总值年均增长5.5%。城镇调查失业率始终控制在5.5%以内，粮食产量稳定在1300亿斤以上。"),
     ("grain_output", "actual", "2021-2025", "level"), (1300, "at_least")),
    (rep("一、2025年和“十四五”时期工作回顾", "五年来，全省地区生产总值年均增长5.5%。\n（一）经济运行稳中向好。"
         "粮食产量稳定在1300亿斤以上。"), ("grain_output", "actual", "2021-2025", "level"), (1300, "at_least")),
])
def test_review25_year_and_ended_plan_look_alikes(text, key, expected):
    assert val(facts(text), key) == expected


# 9. Review (review25): a clause after a 累计's own figure that still tells the sum (其中…, 完成…) stays the span's
@pytest.mark.parametrize("body,key,expected", [
    ("五年来，累计完成投资1.5万亿元，其中固定资产投资超过1.2万亿元。",
     ("fixed_asset_investment", "actual", "2021-2025", "level"), (1.2, "at_least")),
    ("五年来，累计实施重点项目1200个，完成固定资产投资突破8000亿元。",
     ("fixed_asset_investment", "actual", "2021-2025", "level"), (8000, "at_least")),
    ("“十四五”时期，累计引进外资项目300个，实际使用外资超过50亿美元。", ("fdi", "actual", "2021-2025", "level"), (50, "at_least")),
    # but a level reached by another indicator after it is the last year's
    ("“十四五”时期，累计实施重点项目1200个，一般公共预算收入突破500亿元。",
     ("general_budget_revenue", "actual", "2025", "level"), (500, "at_least")),
])
def test_review25_sum_goes_on_after_its_comma(body, key, expected):
    fs = facts(report("二、“十四五”时期发展成就", body))
    assert val(fs, key) == expected
