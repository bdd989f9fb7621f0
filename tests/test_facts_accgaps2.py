"""Fact gaps of unseen reports, second round: shapes found by probing wordings of 2016–2026 from
many provinces and levels. One test a class, with the look-alikes where the rule must not fire."""
from __future__ import annotations

import pytest

from factkeys import facts  # tests/factkeys.py


REVIEW = "一、2023年工作回顾\n"
PLAN = "\n二、2024年工作安排\n"


# 1. a digest paragraph headed by the word for a region above or below (全市： on a county's page,
# 全州： on a county of a prefecture, 全县： on a city's, 全疆： on a prefecture's): that region's figures
@pytest.mark.parametrize("head, region", [
    ("全市：", "攸县"), ("全市：", "雨花区"), ("全州：", "泸溪县"), ("全州：", "利川市"), ("全盟：", "东乌珠穆沁旗"),
    ("全县：", "湘潭市"), ("全区：", "包头市"), ("全疆：", "阿克苏地区"), ("全省：", "醴陵市"),
])
def test_a_paragraph_headed_by_the_word_of_another_level_is_not_the_regions(head, region):
    text = f"各地两会速览\n{head}2023年地区生产总值增长5.5%，一般公共预算收入增长7.2%。\n"
    fs = facts(text, region=region, report_year=2024)
    assert not [k for k in fs if k[0] in ("gdp", "general_budget_revenue")], sorted(fs)


@pytest.mark.parametrize("own", ["醴陵市：", "【醴陵】", "我市：", "■醴陵市："])
def test_a_county_level_citys_whole_city_head_is_the_city_above_when_its_own_name_heads_another(own):
    text = ("一图读懂两会\n全市：2023年地区生产总值增长5.5%，一般公共预算收入增长7.2%。\n"
            f"{own}2023年地区生产总值增长6.6%，一般公共预算收入增长8.3%。\n")
    fs = facts(text, region="醴陵市", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.6
    assert fs[("general_budget_revenue", "actual", "2023", "growth")].value == 8.3


@pytest.mark.parametrize("other, own, region", [
    ("■全市：", "■全县：", "攸县"), ("◆全州：", "◆全县：", "泸溪县"), ("2023年全市：", "2023年全县：", "攸县"),
    ("【全市】", "【全县】", "攸县"), ("全市:", "全县:", "攸县"), ("■【全市】", "■【全县】", "攸县"),
])
def test_a_heads_word_after_a_bullet_or_a_year_still_tells_whose(other, own, region):
    text = (f"{REVIEW}{other}地区生产总值增长4.4%，一般公共预算收入增长3.3%。\n"
            f"{own}地区生产总值增长6.6%，一般公共预算收入增长7.7%。{PLAN}今年主要预期目标：地区生产总值增长7%左右。")
    fs = facts(text, region=region, report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.6
    assert fs[("general_budget_revenue", "actual", "2023", "growth")].value == 7.7


@pytest.mark.parametrize("head, region", [
    ("全市：", "醴陵市"), ("全市：", "湘潭市"), ("全县：", "攸县"), ("全州：", "湘西土家族苗族自治州"),
    ("全旗：", "东乌珠穆沁旗"), ("全区：", "广西壮族自治区"), ("全区：", "雨花区"), ("全省：", "湖南省"),
    ("全地区：", "阿克苏地区"), ("全年：", "攸县"),
])
def test_a_paragraph_headed_by_the_regions_own_word_is_its_own(head, region):
    fs = facts(f"{REVIEW}{head}地区生产总值增长6.6%。{PLAN}今年主要预期目标：地区生产总值增长7%左右。",
               region=region, report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.6


# 2. a goal dated by its plan's end ("到“十四五”末", "到“十三五”期末", "至“十五五”规划期末") takes the plan's
# last year, as "到2025年" does; a plan's end as a base (较“十三五”末) or reviewed stays as it was
def head(region, year):
    return f"政府工作报告\n——{year}年1月10日在{region}第十五届人民代表大会第五次会议上\n"


@pytest.mark.parametrize("lead, year, key, value", [
    ("到“十四五”末，全市一般公共预算收入突破400亿元。", 2021, ("general_budget_revenue", "goal", "2025", "level"), 400),
    ("到“十三五”期末，地区生产总值突破4000亿元。", 2016, ("gdp", "goal", "2020", "level"), 4000),
    # (全市 on 许昌市's page: 全省生产总值 there is the province's, not the city's — tests/test_parts2.py)
    ("到“十五五”末，全市生产总值突破4500亿元。", 2026, ("gdp", "goal", "2030", "level"), 4500),
    ("到“十四五”规划期末，全市地区生产总值突破6000亿元。", 2021, ("gdp", "goal", "2025", "level"), 6000),
    ("至“十四五”期末，全市地区生产总值达到3000亿元以上。", 2022, ("gdp", "goal", "2025", "level"), 3000),
    ("“十四五”末，常住人口城镇化率达到60%。", 2021, ("urbanization_rate", "goal", "2025", "share"), 60),
    ("力争到“十三五”末，全市地区生产总值达到5000亿元。", 2016, ("gdp", "goal", "2020", "level"), 5000),
    ("到‘十四五’末，全市地区生产总值突破4000亿元。", 2021, ("gdp", "goal", "2025", "level"), 4000),
    ("到“十四五”时期末，全市地区生产总值突破4000亿元。", 2021, ("gdp", "goal", "2025", "level"), 4000),
    ("到第十四个五年规划期末，全市地区生产总值突破4000亿元。", 2021, ("gdp", "goal", "2025", "level"), 4000),
    ("全市经济实力大幅跃升，力争到“十四五”末地区生产总值突破4000亿元。", 2021, ("gdp", "goal", "2025", "level"), 4000),
])
def test_a_goal_by_its_plans_end_takes_the_plans_last_year(lead, year, key, value):
    text = f"{head('许昌市', year)}一、{year - 1}年工作回顾\n地区生产总值增长3.5%。\n二、今后五年的主要目标\n{lead}"
    fs = facts(text, region="许昌市", report_year=year)
    assert fs[key].value == value, sorted(fs)


def test_a_plans_average_without_its_end_named_keeps_the_span():
    text = (f"{head('许昌市', 2021)}一、2020年工作回顾\n地区生产总值增长3.5%。\n二、“十四五”时期主要目标\n"
            "“十四五”时期，地区生产总值年均增长7%左右。到“十四五”末，一般公共预算收入突破400亿元。")
    fs = facts(text, region="许昌市", report_year=2021)
    assert fs[("gdp", "goal", "2021-2025", "growth")].value == 7
    assert fs[("general_budget_revenue", "goal", "2025", "level")].value == 400


def test_a_plans_end_as_a_base_or_reviewed_is_no_goal():
    text = (f"{head('许昌市', 2021)}一、“十三五”发展成就\n到“十三五”末，全市地区生产总值达到3449亿元，"
            "常住人口城镇化率达到51.2%，较“十二五”末提高8.1个百分点。\n二、2021年工作安排\n今年主要预期目标：地区生产总值增长8%左右。")
    fs = facts(text, region="许昌市", report_year=2021)
    assert fs[("gdp", "actual", "2020", "level")].value == 3449
    assert fs[("gdp", "target", "2021", "growth")].value == 8
    assert not [k for k in fs if k[1] == "goal"], sorted(fs)


# 3. "经济保持合理增长", "经济运行（保持/稳定）在合理区间" as the GDP's qualitative target or goal;
# not in the review ("经济保持了合理增长", "一年来，经济运行保持在合理区间"), not a part's economy (民营经济)
@pytest.mark.parametrize("said", [
    "经济保持合理增长，一般公共预算收入增长5%。",
    "经济实现合理增长，城镇新增就业25万人。",
    "全市经济运行稳定在合理区间，城镇调查失业率控制在5.5%以内。",
    "经济运行在合理区间，居民收入与经济增长同步。",
    "经济运行总体保持在合理区间，城镇调查失业率5.5%左右。",
])
def test_reasonable_growth_of_the_economy_is_a_qualitative_gdp_target(said):
    fs = facts(f"{REVIEW}地区生产总值增长5.1%。{PLAN}今年主要预期目标是：{said}", region="洛阳市", report_year=2024)
    assert (fs[("gdp", "target", "2024", "growth")].value, fs[("gdp", "target", "2024", "growth")].qualifier) == (None, "qualitative")


def test_a_range_kept_over_a_plan_is_a_qualitative_gdp_goal():
    fs = facts("一、2020年工作回顾\n国内生产总值增长2.3%。\n二、“十四五”时期主要目标任务\n“十四五”时期经济社会发展主要目标："
               "经济运行保持在合理区间，各年度视情提出经济增长预期目标。", region="中华人民共和国", report_year=2021)
    assert fs[("gdp", "goal", "2021-2025", "growth")].qualifier == "qualitative"


@pytest.mark.parametrize("text", [
    f"{REVIEW}过去一年，全市经济保持了合理增长，一般公共预算收入增长5.2%。{PLAN}今年主要预期目标：地区生产总值增长6%左右。",
    f"{REVIEW}一年来，经济运行保持在合理区间，地区生产总值增长5.1%。{PLAN}今年主要预期目标：地区生产总值增长6%左右。",
    f"{REVIEW}一年来，全市经济运行总体保持在合理区间。{PLAN}今年主要预期目标：地区生产总值增长6%左右。",
    f"{REVIEW}地区生产总值增长5.1%。{PLAN}今年主要预期目标：地区生产总值增长6%左右。推动民营经济保持合理增长，数字经济保持合理增长。",
    f"{REVIEW}地区生产总值增长5.1%。{PLAN}今年主要预期目标：经济保持合理增长，地区生产总值增长6%左右。",
])
def test_reasonable_growth_in_the_review_or_of_a_part_or_with_its_figure_is_no_qualitative_target(text):
    fs = facts(text, region="洛阳市", report_year=2024)
    assert not [k for k, f in fs.items() if f.qualifier == "qualitative"], sorted(fs)
    assert fs[("gdp", "target", "2024", "growth")].value == 6


# 4. parts of a province or prefecture by the short forms reports use: 伊犁州直 (the counties the
# prefecture governs directly), 版纳 (西双版纳, region_aliases.tsv); the region's own short forms stay its own
@pytest.mark.parametrize("part, region", [
    ("伊犁州直生产总值增长7.9%。", "新疆维吾尔自治区"), ("伊犁州直地区生产总值增长7.9%。", "伊犁哈萨克自治州"),
    ("州直地区生产总值增长7.9%。", "伊犁哈萨克自治州"), ("版纳地区生产总值增长7.9%。", "云南省"),
    ("伊犁州直属县市地区生产总值增长7.9%。", "新疆维吾尔自治区"), ("州直属县（市）地区生产总值增长7.9%。", "伊犁哈萨克自治州"),
    ("版纳州生产总值增长7.9%。", "云南省"), ("黔东南地区生产总值增长7.9%。", "贵州省"), ("恩施州地区生产总值增长7.9%。", "湖北省"),
])
def test_a_part_by_its_short_form_is_not_the_headline(part, region):
    fs = facts(f"{REVIEW}{part}全省地区生产总值增长4.4%。", region=region, report_year=2024)
    assert fs.get(("gdp", "actual", "2023", "growth")) is None or fs[("gdp", "actual", "2023", "growth")].value == 4.4


@pytest.mark.parametrize("sentence, region", [
    ("版纳地区生产总值增长7.9%。", "西双版纳傣族自治州"), ("版纳州地区生产总值增长7.9%。", "西双版纳傣族自治州"),
    ("黔南州地区生产总值增长7.9%。", "黔南布依族苗族自治州"), ("湘西州地区生产总值增长7.9%。", "湘西土家族苗族自治州"),
    ("全省地区生产总值一直保持增长，增长7.9%。", "云南省"),
])
def test_the_regions_own_short_form_is_its_own(sentence, region):
    fs = facts(f"{REVIEW}{sentence}", region=region, report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 7.9


# 7. 持平 is no change: growth 0 for a flow, a change of 0 points for a ratio (its share is not 0%);
# a rate compared with last year's (增速与上年持平) or with another region's (与全省持平) is no 0
@pytest.mark.parametrize("sentence, key, unit", [
    ("一般公共预算收入完成21.5亿元，与上年持平。", ("general_budget_revenue", "actual", "2023", "growth"), "%"),
    ("固定资产投资与上年基本持平。", ("fixed_asset_investment", "actual", "2023", "growth"), "%"),
    ("服务业增加值占生产总值比重与上年基本持平。", ("tertiary_share", "actual", "2023", "pp_change"), "个百分点"),
    ("城镇调查失业率5.2%，与上年持平。", ("urban_unemployment_rate", "actual", "2023", "pp_change"), "个百分点"),
    ("研发经费投入强度与上年基本持平。", ("rnd_intensity", "actual", "2023", "pp_change"), "个百分点"),
])
def test_flat_is_no_change(sentence, key, unit):
    fs = facts(REVIEW + sentence, region="洛阳市", report_year=2024)
    assert (fs[key].value, fs[key].unit) == (0, unit)
    assert not [k for k, f in fs.items() if k[3] == "share" and f.value == 0], sorted(fs)


@pytest.mark.parametrize("sentence", ["规上工业增加值增速与上年持平。", "常住人口城镇化率与全省基本持平。",
                                      "居民消费价格涨幅与上年持平。"])
def test_a_rate_flat_with_another_is_no_zero(sentence):
    fs = facts(REVIEW + sentence, region="洛阳市", report_year=2024)
    assert not [k for k, f in fs.items() if f.value == 0], sorted(fs)


@pytest.mark.parametrize("sentence, growth_key, level_key", [
    ("地区生产总值年均增长7%左右，到“十四五”末突破7000亿元。", ("gdp", "goal", "2021-2025", "growth"), ("gdp", "goal", "2025", "level")),
    ("一般公共预算收入年均增长6%，力争到“十四五”末达到500亿元。", ("general_budget_revenue", "goal", "2021-2025", "growth"),
     ("general_budget_revenue", "goal", "2025", "level")),
])
def test_the_level_at_the_plans_end_after_its_average_is_the_same_figures(sentence, growth_key, level_key):
    text = f"{head('许昌市', 2021)}一、2020年工作回顾\n地区生产总值增长3.5%。\n二、“十四五”时期主要目标\n{sentence}"
    fs = facts(text, region="许昌市", report_year=2021)
    assert growth_key in fs and level_key in fs, sorted(fs)


def test_the_level_at_an_ended_plans_end_is_its_last_years():
    text = (f"{head('江西省', 2026)}一、“十四五”时期发展成就\n“十四五”时期，全省生产总值年均增长5.5%，到“十四五”末达到3.6万亿元。"
            "\n二、2026年工作安排\n今年主要预期目标：全省生产总值增长5%左右。")
    fs = facts(text, region="江西省", report_year=2026)
    assert fs[("gdp", "actual", "2021-2025", "growth")].value == 5.5
    assert fs[("gdp", "actual", "2025", "level")].value == 3.6


# 3b. a bare 物价 opening a clause is the consumer price index ("物价保持基本稳定" a qualitative target);
# not in a verb's object (保供稳物价) or a name (物价补贴)
def test_prices_opening_a_clause_are_the_cpi():
    fs = facts(f"{REVIEW}地区生产总值增长5.1%。{PLAN}今年主要预期目标：地区生产总值增长6%左右，物价保持基本稳定。",
               region="洛阳市", report_year=2024)
    assert fs[("cpi", "target", "2024", "growth")].qualifier == "qualitative"
    fs = facts(f"{REVIEW}地区生产总值增长5.1%。{PLAN}今年主要预期目标：地区生产总值增长6%左右。要保供稳物价，落实物价补贴联动机制。",
               region="洛阳市", report_year=2024)
    assert not [k for k in fs if k[0] == "cpi"], sorted(fs)
