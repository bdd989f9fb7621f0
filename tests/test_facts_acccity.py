"""City, county and district reports (and news restating them): shapes found by probing unseen
wordings of 2016–2026. One test a class, with the look-alike sentences where the rule must not fire."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts  # tests/factkeys.py


REVIEW = "一、2023年工作回顾\n"


# 1. a park, a town or another region as the subject of a sentence: its later clauses, which leave
# the subject out, are about it too, not the report's region
@pytest.mark.parametrize("sentence, region", [
    ("县经济开发区实现规上工业增加值48.6亿元、增长12.5%，完成固定资产投资56.2亿元。", "长兴县"),
    ("县高新技术产业开发区完成工业总产值350亿元，规上工业增加值增长11.2%，固定资产投资增长18.6%。", "攸县"),
    ("工业园区实现规上工业增加值36.5亿元，增长10.2%，完成固定资产投资48.6亿元，增长15.3%。", "澧县"),
    ("经开区规上工业增加值增长11.2%，固定资产投资增长18.6%。", "攸县"),
    ("城关镇实现一般公共预算收入2.3亿元，增长7.2%，固定资产投资增长12%。", "桐柏县"),
])
def test_later_clauses_of_a_part_as_subject_are_the_parts(sentence, region):
    fs = facts(REVIEW + "全县地区生产总值完成203.6亿元，增长6.3%。" + sentence, region=region, report_year=2024)
    assert ("gdp", "actual", "2023", "level") in fs
    for ind in ("fixed_asset_investment", "industrial_va", "general_budget_revenue"):
        for measure in ("level", "growth"):
            assert (ind, "actual", "2023", measure) not in fs, (ind, measure)


def test_later_clauses_of_another_region_as_subject_are_that_regions():
    fs = facts(REVIEW + "全市地区生产总值完成24653亿元，增长4.6%。昆山市实现地区生产总值5140亿元，一般公共预算收入425亿元，增长3.1%。",
               region="苏州市", report_year=2024)
    assert fs[("gdp", "actual", "2023", "level")].value == 24653
    assert ("general_budget_revenue", "actual", "2023", "level") not in fs
    assert ("general_budget_revenue", "actual", "2023", "growth") not in fs


@pytest.mark.parametrize("sentence, key, value", [
    # the region's own word takes the subject back
    ("经开区规上工业增加值增长11.2%，全县固定资产投资增长9.1%。", ("fixed_asset_investment", "actual", "2023", "growth"), 9.1),
    ("经开区规上工业增加值增长11.2%，全县规上工业增加值增长8%。", ("industrial_va", "actual", "2023", "growth"), 8),
    # a park named in an earlier sentence, or after a semicolon, is not the subject
    ("高新区建设加快推进，新入驻企业36家。全县规上工业增加值增长8.6%，固定资产投资增长9.1%。",
     ("fixed_asset_investment", "actual", "2023", "growth"), 9.1),
    ("开发区规上工业增加值增长13.5%；固定资产投资增长9.1%。", ("fixed_asset_investment", "actual", "2023", "growth"), 9.1),
    # the region's own figures after a part stated in a 其中 clause
    ("全县规上工业增加值增长8%，其中开发区增长12%，固定资产投资增长9.1%。",
     ("fixed_asset_investment", "actual", "2023", "growth"), 9.1),
    # a sentence of the region's own figures, no part in it
    ("地区生产总值完成186.5亿元，增长5.9%，固定资产投资增长9.1%。", ("fixed_asset_investment", "actual", "2023", "growth"), 9.1),
])
def test_the_regions_own_figures_after_a_part_stay_the_regions(sentence, key, value):
    fs = facts(REVIEW + sentence, region="攸县", report_year=2024)
    assert fs[key].value == value


# 2. part of a year named only as what the year's figure is compared with does not make the
# sentence's later figures part-of-year ones
@pytest.mark.parametrize("sentence", [
    "全市地区生产总值增长2.8%，增速由一季度的下降8.2%转为正增长；规模以上工业增加值增长3.1%。",
    "全县地区生产总值增长4.2%，比前三季度提高0.8个百分点；规模以上工业增加值增长3.1%。",
    "全县地区生产总值增长4.2%，增速比一季度、上半年、前三季度分别提高2.1、1.2、0.8个百分点；规模以上工业增加值增长3.1%。",
    "全县地区生产总值增长4.2%，较上半年回升1.5个百分点，规模以上工业增加值增长3.1%。",
])
def test_a_part_of_the_year_compared_with_is_not_the_time_of_the_figures(sentence):
    fs = facts("一、2022年工作回顾\n" + sentence, region="十堰市", report_year=2023)
    assert fs[("industrial_va", "actual", "2022", "growth")].value == 3.1


@pytest.mark.parametrize("sentence", [
    "前三季度，全县地区生产总值增长5.1%，比上半年回落0.3个百分点，规模以上工业增加值增长7.1%。",
    "上半年，全县地区生产总值增长6%，增速比一季度提高1个百分点；规模以上工业增加值增长7.1%。",
    "1—11月，规模以上工业增加值增长8%，比前三季度提高0.2个百分点，固定资产投资增长6%。",
])
def test_a_part_of_the_year_leading_the_sentence_still_marks_its_figures(sentence):
    fs = facts("一、2022年工作回顾\n" + sentence, region="十堰市", report_year=2023)
    assert not fs


# 3. the region above setting its target ("全省提出…", "全市确定…") in a lower region's report, and
# the region above's figures in the later subjectless clauses of its sentence
@pytest.mark.parametrize("lead", ["全省提出", "全市确定", "全省预期", "全市要求"])
def test_the_region_above_setting_its_target_is_not_the_reports(lead):
    fs = facts(f"二、2024年主要预期目标\n{lead}地区生产总值增长5.5%左右，建议今年全县地区生产总值增长6.5%左右，一般公共预算收入增长7%。",
               region="伊川县", report_year=2024)
    assert fs[("gdp", "target", "2024", "growth")].value == 6.5
    assert fs[("general_budget_revenue", "target", "2024", "growth")].value == 7


def test_the_region_aboves_later_clauses_are_its_own():
    fs = facts("二、2024年主要预期目标\n今年全市预期地区生产总值增长6.5%左右，一般公共预算收入增长5%。全县地区生产总值增长7%，固定资产投资增长10%。",
               region="伊川县", report_year=2024)
    assert ("general_budget_revenue", "target", "2024", "growth") not in fs
    assert fs[("gdp", "target", "2024", "growth")].value == 7
    assert fs[("fixed_asset_investment", "target", "2024", "growth")].value == 10


@pytest.mark.parametrize("text, key, value", [
    # the report's own word takes the subject back
    ("全省地区生产总值增长5.8%，全县增长6.5%，规上工业增加值增长8%。", ("industrial_va", "target", "2024", "growth"), 8),
    ("全市地区生产总值增长5.8%，全县一般公共预算收入增长7%。", ("general_budget_revenue", "target", "2024", "growth"), 7),
    # a county's own report saying what it sets
    ("全县提出地区生产总值增长6.5%左右。", ("gdp", "target", "2024", "growth"), 6.5),
])
def test_the_reports_own_figures_beside_the_region_above_stay(text, key, value):
    fs = facts("二、2024年主要预期目标\n" + text, region="伊川县", report_year=2024)
    assert fs[key].value == value


def test_a_county_level_citys_own_whole_city_is_itself():
    fs = facts("二、2024年主要预期目标\n全市提出地区生产总值增长6.5%左右，一般公共预算收入增长5%。", region="浏阳市", report_year=2024)
    assert fs[("gdp", "target", "2024", "growth")].value == 6.5
    assert fs[("general_budget_revenue", "target", "2024", "growth")].value == 5


@pytest.mark.parametrize("kind", ["脱贫地区", "重点地区", "市本级"])
def test_a_kind_of_place_qualifies_its_own_figure_only(kind):
    # (a kind of place or the government's own budget qualifies a name; it is no subject of the clauses after)
    fs = facts(REVIEW + f"{kind}一般公共预算收入增长9.5%，固定资产投资增长6.1%。", region="毕节市", report_year=2024)
    assert ("general_budget_revenue", "actual", "2023", "growth") not in fs
    assert fs[("fixed_asset_investment", "actual", "2023", "growth")].value == 6.1


# 4. a news digest turning from last year's figure to this year's target with the name left out
@pytest.mark.parametrize("turn", ["今年预期目标为", "今年目标为", "今年力争确保", "今年的目标是"])
def test_this_years_target_after_last_years_figure_in_one_sentence(turn):
    fs = facts(f"市长作政府工作报告时表示，2023年全市地区生产总值增长5.5%左右，{turn}增长6%左右。", region="湘潭市", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 5.5
    assert fs[("gdp", "target", "2024", "growth")].value == 6


def test_last_years_target_after_its_result_is_no_target_for_this_year():
    fs = facts(REVIEW + "全县地区生产总值增长6.8%，高于预期目标0.3个百分点。", region="庐江县", report_year=2024)
    assert ("gdp", "target", "2024", "growth") not in fs


# 5. ranks after 分别 at the end of several one-name groups, one to each group in order
@pytest.mark.parametrize("sentence, keys", [
    ("城镇居民人均可支配收入增长5.3%、农村居民人均可支配收入增长7.9%，增速分别居全市第2位、第1位。",
     ("urban_disposable_income", "rural_disposable_income")),
    ("社会消费品零售总额完成98.6亿元、增长7.3%，一般公共预算收入完成12.8亿元、增长11.2%，增速分别居全市第4位、第2位。",
     ("retail_sales", "general_budget_revenue")),
])
def test_ranks_after_respectively_go_one_to_each_group(sentence, keys):
    fs = facts(REVIEW + sentence, region="宁远县", report_year=2024)
    first, second = (fs[(k, "actual", "2023", "rank")].value for k in keys)
    assert (first, second) == ((2, 1) if keys[0].startswith("urban") else (4, 2))


def test_a_group_ranked_on_its_own_keeps_its_rank():
    fs = facts(REVIEW + "规上工业增加值增长9.1%，居全市第2位，固定资产投资增长12.3%，居全市第1位。", region="宁远县", report_year=2024)
    assert fs[("industrial_va", "actual", "2023", "rank")].value == 2
    assert fs[("fixed_asset_investment", "actual", "2023", "rank")].value == 1


# 6. the first years of a plan ("“十三五”前三年", "“十四五”头两年") are the span of an average over them
@pytest.mark.parametrize("said, year, period", [
    ("“十三五”前三年，全市地区生产总值年均增长8.3%。", 2019, "2016-2018"),
    ("“十四五”前三年，全市地区生产总值年均增长5.9%。", 2024, "2021-2023"),
    ("“十四五”头两年，全市地区生产总值年均增长5.9%。", 2023, "2021-2022"),
    ("“十三五”前四年，全市地区生产总值年均增长7.1%。", 2020, "2016-2019"),
])
def test_the_first_years_of_a_plan_are_the_span(said, year, period):
    fs = facts(f"一、{year - 1}年工作回顾\n" + said, region="赣州市", report_year=year)
    assert (("gdp", "actual", period, "growth")) in fs, sorted(fs)


@pytest.mark.parametrize("said, year, period", [
    ("“十四五”以来，全市地区生产总值年均增长5.9%。", 2024, "2021-2023"),
    ("“十三五”期间，全市地区生产总值年均增长7.1%。", 2021, "2016-2020"),
])
def test_a_plan_since_or_whole_keeps_its_span(said, year, period):
    fs = facts(f"一、{year - 1}年工作回顾\n" + said, region="赣州市", report_year=year)
    assert (("gdp", "actual", period, "growth")) in fs, sorted(fs)


# 7. a 数读 page setting the amount above its caption and the change below it
def test_an_infographics_amount_above_and_change_below_the_caption():
    text = ("数读县政府工作报告\n【2023年成绩单】\n236.5亿元\n全县地区生产总值\n增长6.9%\n\n12.6亿元\n一般公共预算收入\n增长8.2%\n\n"
            "【2024年目标】\n7%左右\n地区生产总值增长目标\n6%\n一般公共预算收入增长目标\n")
    fs = facts(text, region="武义县", report_year=2024)
    assert fs[("gdp", "actual", "2023", "level")].value == 236.5
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.9
    assert fs[("general_budget_revenue", "actual", "2023", "level")].value == 12.6
    assert fs[("gdp", "target", "2024", "growth")].value == 7
    assert fs[("general_budget_revenue", "target", "2024", "growth")].value == 6


def test_an_infographic_that_names_first_gives_no_amount_to_the_next_caption():
    text = ("数读县政府工作报告\n【2023年成绩单】\n地区生产总值\n236.5亿元\n一般公共预算收入\n增长8.2%\n规上工业增加值\n增长9.1%\n"
            "社会消费品零售总额\n98.6亿元\n固定资产投资\n增长10.2%\n")
    fs = facts(text, region="武义县", report_year=2024)
    assert fs[("gdp", "actual", "2023", "level")].value == 236.5
    assert ("general_budget_revenue", "actual", "2023", "level") not in fs
    assert ("fixed_asset_investment", "actual", "2023", "level") not in fs


# 8. HTML entities left in text copied from a web page's source
@pytest.mark.parametrize("text, key, value", [
    ("全县地区生产总值完成128.6亿元&nbsp;，增长6.2%。", ("gdp", "actual", "2023", "growth"), 6.2),
    ("&emsp;&emsp;全县地区生产总值完成1&nbsp;286.5亿元，增长6.2%。", ("gdp", "actual", "2023", "level"), 1286.5),
    ("R&amp;D经费投入强度达到2.1%。", ("rnd_intensity", "actual", "2023", "share"), 2.1),
])
def test_html_space_entities_are_spaces(text, key, value):
    fs = facts(REVIEW + text, region="醴陵市", report_year=2024)
    assert fs[key].value == value


def test_inline_html_tags_are_dropped():
    fs = facts(REVIEW + "全县地区生产总值完成<strong>128.6</strong>亿元，增长<b>6.2%</b>；一般公共预算收入完成<span style=\"color:red\">8.4</span>亿元。",
               region="醴陵市", report_year=2024)
    assert fs[("gdp", "actual", "2023", "level")].value == 128.6
    assert (fs[("gdp", "actual", "2023", "growth")].value, fs[("gdp", "actual", "2023", "growth")].qualifier) == (6.2, "eq")
    assert fs[("general_budget_revenue", "actual", "2023", "level")].value == 8.4


# 9. a bounding verb before the first of values joined by a bare separator bounds the others too
@pytest.mark.parametrize("text, year, keys, qual", [
    ("二、“十四五”主要目标\n到2025年，城乡居民人均可支配收入分别突破5万元和2.5万元。", 2021,
     (("urban_disposable_income", "goal", "2025", "level"), ("rural_disposable_income", "goal", "2025", "level")), "at_least"),
    ("二、2024年主要预期目标\n城镇、农村居民人均可支配收入分别增长不低于6%、7%。", 2024,
     (("urban_disposable_income", "target", "2024", "growth"), ("rural_disposable_income", "target", "2024", "growth")), "at_least"),
    ("二、2024年主要预期目标\n城镇调查失业率、城镇登记失业率分别控制在5.5%、4.5%。", 2024,
     (("urban_unemployment_rate", "target", "2024", "share"), ("registered_unemployment_rate", "target", "2024", "share")), "at_most"),
])
def test_a_bounding_verb_before_a_list_of_values_bounds_each(text, year, keys, qual):
    fs = facts(text, region="南陵县", report_year=year)
    assert [fs[k].qualifier for k in keys] == [qual, qual]


@pytest.mark.parametrize("text, quals", [
    ("二、2024年主要预期目标\n城镇、农村居民人均可支配收入分别增长6%左右和7%。", ("about", "eq")),
    ("一、2023年工作回顾\n城乡居民人均可支配收入分别达到近4万元和2万元。", ("about", "eq")),
])
def test_a_qualifier_of_the_first_value_alone_stays_its_own(text, quals):
    fs = facts(text, region="南陵县", report_year=2024)
    got = tuple(f.qualifier for k, f in sorted(fs.items()) if k[0].startswith(("urban", "rural")))
    assert tuple(sorted(got)) == tuple(sorted(quals))


# 10. a short repost in traditional script (few of the characters that tell it) is still converted
@pytest.mark.parametrize("text, key, value", [
    ("一、2023年工作回顧\n城鄉居民人均可支配收入分別達到38620元、18450元，分別增長(zhǎng)4.8%、6.9%。",
     ("rural_disposable_income", "actual", "2023", "level"), 18450),
    ("一、2023年工作回顧\n城鎮(zhèn)新增就業(yè)3500人，城鎮(zhèn)調查失業率控制在5.5%以內。",
     ("urban_new_jobs", "actual", "2023", "level"), 3500),
])
def test_a_short_traditional_repost_is_converted(text, key, value):
    fs = facts(text, region="南陵县", report_year=2024)
    assert fs[key].value == value


# 11. a digest of several regions' reports, each paragraph headed by its region
@pytest.mark.parametrize("head", ["攸县：", "茶陵县：", "【攸县】", "【醴陵市】", "醴陵市：",
                                  # a park's paragraph, or the province above's
                                  "高新区：", "【经开区】", "湘江新区：", "湖南省："])
def test_a_paragraph_headed_by_another_region_is_that_regions(head):
    text = f"各县市区两会速览\n{head}2023年地区生产总值增长6.5%，今年目标增长7%左右。\n"
    fs = facts(text, region="株洲市", report_year=2024)
    assert not [k for k in fs if k[0] == "gdp"], sorted(fs)


@pytest.mark.parametrize("head, region", [("长沙：", "株洲市"), ("湘潭：", "株洲市"), ("【长沙】", "株洲市"),
                                          ("全省：", "株洲市"), ("【全省】", "攸县"), ("全国：", "株洲市"),
                                          ("醴陵：", "攸县"), ("株洲：", "攸县")])
def test_a_paragraph_headed_by_a_sibling_or_the_region_above_is_not_the_regions(head, region):
    # a city of the same province, a county of the same city, the province or the nation on a local news page
    text = f"各地两会速览\n{head}2023年地区生产总值增长6.5%，今年目标增长7%左右。\n"
    fs = facts(text, region=region, report_year=2024)
    assert not [k for k in fs if k[0] == "gdp"], sorted(fs)


@pytest.mark.parametrize("head", ["【株洲市】", "【经济运行】", "全市：", "株洲市：", "开发区建设：", "【园区发展】",
                                  "株洲：", "【株洲】", "稳增长：", "主要目标："])
def test_a_paragraph_headed_by_the_region_or_a_topic_is_the_regions(head):
    fs = facts(f"一、2023年工作回顾\n{head}2023年地区生产总值增长5.6%。", region="株洲市", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 5.6


@pytest.mark.parametrize("head, region", [("新区：", "浦东新区"), ("湖南省：", "湖南省"), ("全省：", "湖南省"),
                                          ("全国：", "中华人民共和国")])
def test_a_paragraph_headed_by_the_reports_own_word_is_its_own(head, region):
    fs = facts(f"一、2023年工作回顾\n{head}2023年地区生产总值增长5.6%。", region=region, report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 5.6


# 12. a county's or district's qualitative target measured against its city, prefecture or province
@pytest.mark.parametrize("said, key", [
    ("地区生产总值增速高于全市平均水平。", ("gdp", "target", "2024", "growth")),
    ("规上工业增加值增速快于全省。", ("industrial_va", "target", "2024", "growth")),
    ("一般公共预算收入增速高于全州平均水平。", ("general_budget_revenue", "target", "2024", "growth")),
])
def test_a_target_against_the_region_above_is_qualitative(said, key):
    fs = facts("二、2024年主要预期目标\n" + said, region="攸县", report_year=2024)
    assert (fs[key].value, fs[key].qualifier) == (None, "qualitative")


def test_a_result_against_the_region_above_keeps_its_figure():
    fs = facts(REVIEW + "地区生产总值增长6.8%，高于全市平均水平1.2个百分点。", region="攸县", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.8


# 13. a rank in a clause that names its field first ("，在全市12个县市区中排名第3")
@pytest.mark.parametrize("said, rank", [
    ("地区生产总值增长6.3%，在全市12个县市区中排名第3。", 3),
    ("地区生产总值增长6.3%，在全州8县市中位居第2位。", 2),
    ("地区生产总值增长6.3%，在全省县域中排第15位。", 15),
])
def test_a_rank_whose_field_is_named_first_in_its_clause(said, rank):
    fs = facts(REVIEW + said, region="凤凰县", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.3
    assert fs[("gdp", "actual", "2023", "rank")].value == rank


@pytest.mark.parametrize("said", ["地区生产总值增长6.3%，在全市率先突破300亿元。", "地区生产总值增长6.3%，在全省率先启动数字化改革，排名第1。"])
def test_a_clause_of_something_else_in_the_field_is_no_rank(said):
    fs = facts(REVIEW + said, region="凤凰县", report_year=2024)
    assert ("gdp", "actual", "2023", "rank") not in fs


@pytest.mark.parametrize("said, rank", [
    ("在全市各县区中，我县地区生产总值增速排名第3位。", 3),
    ("全市9个县市区中，我县地区生产总值增速位列第2。", 2),
])
def test_a_rank_whose_field_leads_the_sentence(said, rank):
    fs = facts(REVIEW + said, region="宁远县", report_year=2024)
    assert fs[("gdp", "actual", "2023", "rank")].value == rank
    assert fs[("gdp", "actual", "2023", "rank")].scope == "全市"


@pytest.mark.parametrize("said", ["在全市各县区中，我县地区生产总值增长最快。规上工业增加值增速排名第3位。", "地区生产总值增速排名第3位。"])
def test_a_rank_with_no_field_in_its_sentence_is_none(said):
    fs = facts(REVIEW + said, region="宁远县", report_year=2024)
    assert not [k for k in fs if k[3] == "rank"]


# 14. this year's target named in a review sentence ("为今年实现增长7%的目标奠定基础") is this year's
def test_this_years_target_named_in_the_review_is_this_years():
    fs = facts(REVIEW + "全县地区生产总值完成206.3亿元，增长6.5%，为今年实现增长7%的目标奠定了坚实基础。", region="洞口县", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.5
    assert fs[("gdp", "target", "2024", "growth")].value == 7
    assert ("gdp", "target", "2023", "growth") not in fs


@pytest.mark.parametrize("said", ["全县地区生产总值增长6.5%，高于年初确定的6%的目标。", "全县地区生产总值增长6.5%，好于预期的6%。"])
def test_last_years_target_named_in_the_review_stays_last_years(said):
    fs = facts(REVIEW + said, region="洞口县", report_year=2024)
    assert fs[("gdp", "target", "2023", "growth")].value == 6


# 15. retail sales of the firms above the quota (限上企业) are a part, not the region's total
@pytest.mark.parametrize("part", ["限上企业", "限额以上企业", "限上单位"])
def test_retail_sales_of_firms_above_the_quota_are_a_part(part):
    fs = facts(REVIEW + f"{part}社会消费品零售额增长10.2%，社会消费品零售总额增长6.1%。", region="攸县", report_year=2024)
    assert fs[("retail_sales", "actual", "2023", "growth")].value == 6.1


@pytest.mark.parametrize("text, year, key", [
    ("二、2024年工作安排\n“十四五”后两年，全县地区生产总值年均增长7%左右。今年地区生产总值增长7.5%。", 2024,
     ("gdp", "goal", "2024-2025", "growth")),
    ("二、“十四五”时期主要目标\n“十四五”前两年，全县地区生产总值年均增长8%。", 2021, ("gdp", "goal", "2021-2022", "growth")),
])
def test_the_last_or_first_years_of_a_plan_ahead_are_the_goals_span(text, year, key):
    fs = facts(text, region="攸县", report_year=year)
    assert key in fs, sorted(fs)


def test_the_whole_plan_ahead_keeps_its_span():
    fs = facts("二、“十四五”时期主要目标\n“十四五”时期，全县地区生产总值年均增长7%。", region="攸县", report_year=2021)
    assert ("gdp", "goal", "2021-2025", "growth") in fs


# 16. in the five autonomous regions a city's 全区 is its region, a county's 全地区 its prefecture, 全疆 Xinjiang
@pytest.mark.parametrize("said, region, value", [
    ("全区地区生产总值增长5.8%，全市地区生产总值增长6.1%，居全区第2位。", "南宁市", 6.1),
    ("全区地区生产总值增长5.8%，全市地区生产总值增长6.1%。", "包头市", 6.1),
    ("全地区地区生产总值增长6.1%，全县地区生产总值增长7.2%。", "沙雅县", 7.2),
    ("全疆地区生产总值增长6.8%，全市地区生产总值增长7.5%。", "克拉玛依市", 7.5),
])
def test_the_autonomous_region_or_prefecture_above_is_not_the_reports(said, region, value):
    fs = facts(REVIEW + said, region=region, report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == value


@pytest.mark.parametrize("said, region, value", [
    ("全区地区生产总值增长5.8%。", "青秀区", 5.8),  # a district's own
    ("全地区地区生产总值增长6.1%。", "阿克苏地区", 6.1),  # a prefecture's own
])
def test_the_reports_own_whole_region_stays(said, region, value):
    fs = facts(REVIEW + said, region=region, report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == value


@pytest.mark.parametrize("said, scope", [
    ("地区生产总值增长7.8%，增速在全盟排名第1。", "全盟"),
    ("地区生产总值增长7.8%，增速在全地区排名第1位。", "全地区"),
    ("在全疆各县市中，我县地区生产总值增速排名第1位。", "全疆"),
])
def test_a_rank_in_a_league_prefecture_or_xinjiang(said, scope):
    fs = facts(REVIEW + said, region="沙雅县", report_year=2024)
    assert (fs[("gdp", "actual", "2023", "rank")].value, fs[("gdp", "actual", "2023", "rank")].scope) == (1, scope)


def test_the_whole_a_part_is_compared_with_does_not_take_the_subject_back():
    fs = facts(REVIEW + "经开区地区生产总值占全县比重达到38%，规上工业增加值增长11.2%，高于全县3.1个百分点。", region="攸县", report_year=2024)
    assert ("industrial_va", "actual", "2023", "growth") not in fs
    fs = facts(REVIEW + "经开区规上工业增加值增长11.2%，全县规上工业增加值增长8.1%。", region="攸县", report_year=2024)
    assert fs[("industrial_va", "actual", "2023", "growth")].value == 8.1


# 17. a news page's sub-heads "回顾2023", "关键词 展望2024", "展望2024：" part the review from the targets
@pytest.mark.parametrize("review, ahead", [
    ("回顾2023：", "展望2024："),
    ("关键词 回顾2023\n", "关键词 展望2024\n"),
    ("回眸2023\n", "展望2024\n"),
])
def test_a_news_pages_sub_heads_part_review_and_targets(review, ahead):
    text = (f"数说2024年县政府工作报告\n来源：县融媒体中心 发布时间：2024-01-15 09:32\n{review}全县地区生产总值完成236.5亿元，增长6.9%\n"
            f"规模以上工业增加值增长8.6%\n{ahead}地区生产总值增长7%左右\n固定资产投资增长8%\n")
    fs = facts(text, region="武义县", report_year=2024)
    assert fs[("gdp", "target", "2024", "growth")].value == 7
    assert ("gdp", "actual", "2023", "growth") not in fs or fs[("gdp", "actual", "2023", "growth")].value == 6.9
    assert fs[("fixed_asset_investment", "target", "2024", "growth")].value == 8
    assert ("fixed_asset_investment", "actual", "2023", "growth") not in fs


def test_a_vision_paragraph_opening_with_its_year_is_no_sub_head():
    fs = facts("二、“十四五”时期目标和2035年远景目标\n展望2035年，全县地区生产总值达到800亿元。\n“十四五”时期，全县地区生产总值年均增长7%左右。",
               region="武义县", report_year=2021)
    assert fs[("gdp", "goal", "2035", "level")].value == 800
    assert fs[("gdp", "goal", "2021-2025", "growth")].value == 7


@pytest.mark.parametrize("sentence", [
    "临港新片区规上工业总产值增长25%，固定资产投资增长12%。",
    "高新区营业收入达350亿元，固定资产投资增长12%。",
])
def test_a_park_with_a_figure_of_its_own_is_the_subject_of_its_sentence(sentence):
    fs = facts(REVIEW + sentence + "全区固定资产投资增长8%。", region="浦东新区", report_year=2024)
    assert fs[("fixed_asset_investment", "actual", "2023", "growth")].value == 8


@pytest.mark.parametrize("sentence", ["园区建设加快推进，固定资产投资增长8%。", "开发区扩区调规获批，固定资产投资增长8%。"])
def test_a_park_named_in_a_clause_of_no_figure_is_no_subject(sentence):
    fs = facts(REVIEW + sentence, region="攸县", report_year=2024)
    assert fs[("fixed_asset_investment", "actual", "2023", "growth")].value == 8


@pytest.mark.parametrize("sentence", [
    # a word made of the park's (园区化率: the region's share of industry in parks) or a place outside it
    "园区化率达到75%，规上工业增加值增长8%，固定资产投资增长10%。",
    "工业园区化率提高到68%，规上工业增加值增长8%，固定资产投资增长10%。",
    "开发区外企业产值增长5%，规上工业增加值增长8%，固定资产投资增长10%。",
])
def test_a_word_made_of_a_parks_name_is_no_subject(sentence):
    fs = facts(REVIEW + sentence, region="攸县", report_year=2024)
    assert fs[("industrial_va", "actual", "2023", "growth")].value == 8
    assert fs[("fixed_asset_investment", "actual", "2023", "growth")].value == 10


def test_a_review_lead_on_its_line_is_that_lines_not_a_part():
    # ("回眸2025：…" leading a line opens no review part: what a news page looks ahead to after it stays ahead)
    text = ("县政府工作报告速览\n回眸2023：全县地区生产总值增长6.9%。\n报告提出，今年全县地区生产总值增长7%左右。\n")
    fs = facts(text, region="武义县", report_year=2024)
    assert fs[("gdp", "target", "2024", "growth")].value == 7
    assert ("gdp", "actual", "2023", "growth") not in fs or fs[("gdp", "actual", "2023", "growth")].value == 6.9


# a flow's share of a whole (share_of.tsv) is its ratio indicator only when the whole is the report's own
@pytest.mark.parametrize("sentence, region", [
    ("服务业增加值增长6%，占全省生产总值比重达到12%。", "株洲市"),
    ("服务业增加值增长6.5%，占全市地区生产总值的比重为8.2%。", "攸县"),
    ("研发经费投入增长12%，占全国比重达到3.5%。", "湖南省"),
])
def test_a_share_of_the_region_aboves_whole_is_no_ratio_of_the_reports(sentence, region):
    fs = facts(REVIEW + sentence, region=region, report_year=2024)
    assert not [f for f in fs.values() if f.indicator in ("tertiary_share", "rnd_intensity", "gdp")]


@pytest.mark.parametrize("sentence, region, key, value", [
    ("服务业增加值增长6%，占全县生产总值比重达到48%。", "攸县", "tertiary_share", 48),
    ("服务业增加值增长6%，占全省生产总值比重达到52%。", "湖南省", "tertiary_share", 52),
    ("服务业增加值增长6%，占全区生产总值比重达到51%。", "广西壮族自治区", "tertiary_share", 51),
    ("研发经费投入增长12%，占我市生产总值比重达到2.6%。", "株洲市", "rnd_intensity", 2.6),
    ("服务业增加值增长5.1%，占生产总值比重达到52.3%。", "株洲市", "tertiary_share", 52.3),
])
def test_a_share_of_the_reports_own_whole_is_its_ratio(sentence, region, key, value):
    fs = facts(REVIEW + sentence, region=region, report_year=2024)
    assert fs[(key, "actual", "2023", "share")].value == value
    assert ("gdp", "actual", "2023", "growth") not in fs


# a list whose last name is a rate (居民消费价格涨幅) before 分别: a ratio named before it takes its share
@pytest.mark.parametrize("said, qual", [
    ("城镇调查失业率、居民消费价格涨幅分别控制在5.5%、3%。", "at_most"),
    ("城镇调查失业率、居民消费价格涨幅分别控制在5.5%左右、3%左右。", "about"),
])
def test_a_ratio_listed_before_a_rate_keeps_its_share(said, qual):
    fs = facts("二、2024年主要预期目标\n" + said, region="株洲市", report_year=2024)
    f = fs[("urban_unemployment_rate", "target", "2024", "share")]
    assert (f.value, f.qualifier) == (5.5, qual)
    assert fs[("cpi", "target", "2024", "growth")].value == 3


@pytest.mark.parametrize("said", ["城镇化率增长1.2%。", "常住人口城镇化率、研发投入强度分别提高1.2%、0.3%。"])
def test_a_change_of_a_ratio_is_still_no_share(said):
    fs = facts(REVIEW + said, region="株洲市", report_year=2024)
    assert not [k for k in fs if k[3] == "share"]


# a ratio that moved to a figure (回落至, 回升至) is its level reached, as 提高到/下降到 are
@pytest.mark.parametrize("said, key, value", [
    ("城镇调查失业率回落至5.2%。", "urban_unemployment_rate", 5.2),
    ("城镇登记失业率回落到3.1%。", "registered_unemployment_rate", 3.1),
    ("研发投入强度回升至2.5%。", "rnd_intensity", 2.5),
])
def test_a_ratio_moved_to_a_figure_is_its_share(said, key, value):
    fs = facts(REVIEW + said, region="株洲市", report_year=2024)
    assert fs[(key, "actual", "2023", "share")].value == value


@pytest.mark.parametrize("said, key, value", [
    # a rate word before it, or a price index: the rate reached, a rise
    ("规上工业增加值增速回落至4.5%。", "industrial_va", 4.5),
    ("固定资产投资增速回升至3.2%。", "fixed_asset_investment", 3.2),
    ("居民消费价格回落至0.3%。", "cpi", 0.3),
])
def test_a_rate_moved_to_a_figure_is_still_that_rate(said, key, value):
    fs = facts(REVIEW + said, region="株洲市", report_year=2024)
    assert fs[(key, "actual", "2023", "growth")].value == value


def test_a_flow_moved_to_a_percent_is_no_fall():
    # "固定资产投资回落至3%": its growth slowed to 3%, not a fall of 3% (read as −3)
    fs = facts(REVIEW + "固定资产投资回落至3%。", region="株洲市", report_year=2024)
    assert not [f for f in fs.values() if f.value == -3]


# the region above setting a target for every region below it ("全省要求各地…") is not the report's
@pytest.mark.parametrize("text, key, value", [
    ("全省要求各地一般公共预算收入增长5%以上，全县一般公共预算收入增长6%。", "general_budget_revenue", 6),
    ("全市要求各地固定资产投资增长8%以上，全县固定资产投资增长10%。", "fixed_asset_investment", 10),
    # the county asking its own towns: its own
    ("全县要求各地固定资产投资增长10%。", "fixed_asset_investment", 10),
])
def test_the_region_above_setting_its_target_for_each_below(text, key, value):
    fs = facts("二、2024年主要预期目标\n" + text, region="伊川县", report_year=2024)
    assert fs[(key, "target", "2024", "growth")].value == value
