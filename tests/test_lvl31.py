"""Session 31 lvl31: figures of several levels in one report, blind (decision 102). A sentence a level above opens by
setting figures of its own (its plan, its congress, two levels together) or a region above opening it by its own name
holds the level above's figures; what the level above sets the region (州定目标) yields to the region's own; how many of
the members did something (8个县市中有6个…) is no figure of the region; the region's own figure right after a place's
or the level above's, its name left out, is kept; a rate glued to a ratio's bare name (税收收入增速) ranks the amount."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2024年工作回顾\n全县实现地区生产总值92.6亿元，增长5.8%。\n"
PLAN = "二、2025年主要目标\n"
COUNTY = dict(report_year=2025, region="武宁县", level="county", parent="九江市", province="江西省")
DISTRICT = dict(report_year=2025, region="柯桥区", level="county", parent="绍兴市", province="浙江省")
CITY = dict(report_year=2025, region="九江市", level="prefecture", parent="江西省", province="江西省")
GDP_T = ("gdp", "target", "2025", "growth")
GDP_G = ("gdp", "goal", "2021-2025", "growth")
GDP_A = ("gdp", "actual", "2024", "growth")


# --- 1. a sentence a level above opens by setting figures of its own: the level above's ---

@pytest.mark.parametrize("meta,sent,absent", [
    (COUNTY, "市“十四五”规划纲要提出，地区生产总值年均增长6.5%左右，到2025年突破4500亿元。", GDP_G),
    (COUNTY, "市第十三次党代会提出，今后五年地区生产总值年均增长6.5%左右。", ("gdp", "goal", "2025-2029", "growth")),
    (DISTRICT, "市第九次党代会提出，“十四五”期间地区生产总值年均增长6%以上。", GDP_G),
    (COUNTY, "省、市确定的今年经济增长预期目标分别为5%左右和5.5%左右。", GDP_T),
    (COUNTY, "省市确定的今年目标为：地区生产总值增长5%以上，一般公共预算收入增长3%。", GDP_T),
    (CITY, "全省确定的今年目标为：地区生产总值增长5%以上，一般公共预算收入增长3%。", GDP_T),
    (CITY, "省第十五次党代会提出，今后五年地区生产总值年均增长6%左右。", ("gdp", "goal", "2025-2029", "growth")),
])
def test_a_sentence_the_level_above_opens_is_its_own(meta, sent, absent):
    fs = facts(REVIEW + PLAN + sent + "\n", **meta)
    assert absent not in fs


@pytest.mark.parametrize("meta,sent,key,want", [
    # the region's own target in the next sentence is kept
    (COUNTY, "省、市确定的今年经济增长预期目标分别为5%左右和5.5%左右。建议今年全县地区生产总值增长6%左右。", GDP_T, (6, "about")),
    # its own word after the level above's in the same sentence
    (COUNTY, "市“十四五”规划提出，全市地区生产总值年均增长6.5%左右，我县年均增长7%以上。", GDP_G, (7, "at_least")),
])
def test_the_region_s_own_after_the_level_above_s(meta, sent, key, want):
    fs = facts(REVIEW + PLAN + sent + "\n", **meta)
    assert val(fs, key) == want


# --- 2. a region above by its own name opening the sentence or clause, as the subject of its plan or aim ---

@pytest.mark.parametrize("meta,sent,absent", [
    (DISTRICT, "市委全会提出，绍兴要在“十四五”期间实现地区生产总值年均增长6%以上。", GDP_G),
    (COUNTY, "九江将力争在“十四五”期间实现地区生产总值年均增长7%。", GDP_G),
    (COUNTY, "江西省“十四五”规划提出，地区生产总值年均增长6%左右。", GDP_G),
])
def test_a_region_above_by_name_as_subject_is_its_own(meta, sent, absent):
    fs = facts(REVIEW + PLAN + sent + "\n", **meta)
    assert absent not in fs


# look-alikes: the region's own plan, congress and setters, a county-level city's own 市, and the level above framing
# the region's own targets keep them
@pytest.mark.parametrize("meta,sent,key,want", [
    (COUNTY, "县“十四五”规划纲要提出，地区生产总值年均增长7%左右。", GDP_G, (7, "about")),
    (COUNTY, "县第十五次党代会提出，今后五年地区生产总值年均增长7%左右。", ("gdp", "goal", "2025-2029", "growth"), (7, "about")),
    (dict(report_year=2025, region="瑞昌市", level="county", parent="九江市", province="江西省"),
     "市第十五次党代会提出，今后五年地区生产总值年均增长7%左右。", ("gdp", "goal", "2025-2029", "growth"), (7, "about")),
    (COUNTY, "按照省、市要求，今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。", GDP_T, (6, "about")),
    (COUNTY, "市委提出各县区要争先进位。今年全县地区生产总值增长6%左右。", GDP_T, (6, "about")),
    (CITY, "省委确定九江为省域副中心城市，全市地区生产总值增长6%左右。", GDP_T, (6, "about")),
])
def test_look_alikes_keep_the_region_s_own(meta, sent, key, want):
    fs = facts(REVIEW + PLAN + sent + "\n", **meta)
    assert val(fs, key) == want


# --- 3. the target the level above sets the region (州定目标, 市定目标) yields to the region's own set after it ---

@pytest.mark.parametrize("sent,want", [
    ("市定目标为地区生产总值增长5.5%。建议全县地区生产总值增长6%左右。", (6, "about")),
    ("省定的主要目标是：地区生产总值增长5%。结合实际，全县地区生产总值增长6.5%左右。", (6.5, "about")),
    # kept where the region sets none
    ("市定目标为地区生产总值增长5.5%。", (5.5, "eq")),
])
def test_the_target_set_by_the_level_above_yields_to_the_region_s(sent, want):
    fs = facts(REVIEW + PLAN + sent + "\n", **COUNTY)
    assert val(fs, GDP_T) == want


# --- 4. how many of the members did something is no figure of the region ---

@pytest.mark.parametrize("meta,sent,absent", [
    (CITY, "全市13个县（市、区）中有9个地区生产总值增速超过5%。", GDP_A),
    (CITY, "全市13个县（市、区）中，8个一般公共预算收入增长10%以上。", ("general_budget_revenue", "actual", "2024", "growth")),
    (COUNTY, "全县18个乡镇中有12个农村居民人均可支配收入增长8%以上。", ("rural_disposable_income", "actual", "2024", "growth")),
])
def test_a_count_of_members_is_no_figure_of_the_region(meta, sent, absent):
    fs = facts("一、2024年工作回顾\n" + sent + "\n", **meta)
    assert absent not in fs


# --- 5. the region's own figure right after a place's or the level above's, its name left out ---

@pytest.mark.parametrize("meta,sent,key,want", [
    (COUNTY, "全市地区生产总值增长4.6%，其中我县增长5.8%。", GDP_A, (5.8, "eq")),
    (COUNTY, "九江市地区生产总值增长4.6%，我县增长5.8%。", GDP_A, (5.8, "eq")),
    (COUNTY, "全市11个县区中有6个地区生产总值增速超过5%，我县增长5.8%。", GDP_A, (5.8, "eq")),
    (COUNTY, "全国居民消费价格上涨0.2%，全县上涨0.9%。", ("cpi", "actual", "2024", "growth"), (0.9, "eq")),
    (CITY, "全省经济增长预期目标为5%左右，我市预期目标为5.5%左右。", ("gdp", "target", "2025", "growth"), (5.5, "about")),
])
def test_the_region_s_own_after_another_s_with_its_name_left_out(meta, sent, key, want):
    part = "一、2024年工作回顾\n" if key[1] == "actual" else "一、2024年工作回顾\n全市地区生产总值增长4.8%。\n" + PLAN
    fs = facts(part + sent + "\n", **meta)
    assert val(fs, key) == want


# --- 6. a rate glued to a ratio's bare name ranks the amount it names, no ratio ---

@pytest.mark.parametrize("sent,absent", [
    ("一般公共预算收入8.1亿元，增长6%，税收占比70.2%，税收收入增速居全市第2位。", ("tax_revenue_share", "actual", "2024", "rank")),
    ("全县地区生产总值增长5.8%，税收收入增幅列全市第一。", ("gdp", "actual", "2024", "rank")),
    ("一般公共预算收入8.1亿元，增长6%，税收收入增速居全市第2位。", ("general_budget_revenue", "actual", "2024", "rank")),
    # (a rate's rank after the amount's own figure: the amount's)
    ("一般公共预算收入8.1亿元，增长6%，其中税收收入5.9亿元，增速居全市第2位。", ("general_budget_revenue", "actual", "2024", "rank")),
    ("一般公共预算收入8.1亿元，税收收入5.9亿元，增幅位居全市第三。", ("general_budget_revenue", "actual", "2024", "rank")),
])
def test_a_rate_glued_to_a_ratio_s_bare_name_ranks_no_ratio(sent, absent):
    fs = facts("一、2024年工作回顾\n" + sent + "\n", **COUNTY)
    assert absent not in fs


def test_a_share_s_rate_rank_after_a_comma_still_goes_to_the_flow():
    # (decision 26's "收入7.43亿元，税收占比66%，增幅位居全市第四": the rank stands in its own clause)
    fs = facts("一、2024年工作回顾\n一般公共预算收入8.1亿元，税收占比70.2%，增幅位居全市第四。\n", **COUNTY)
    assert val(fs, ("general_budget_revenue", "actual", "2024", "rank")) == (4, "eq")
    assert val(fs, ("tax_revenue_share", "actual", "2024", "share")) == (70.2, "eq")


# --- 7. the region's own target set in the clause after a handed-down list's colon lead ---

@pytest.mark.parametrize("sent,want", [
    ("市里下达我县的目标为：地区生产总值增长5%，我县确定为6%左右。", (6, "about")),
    ("上级下达的目标任务为：地区生产总值增长5%，我县确定为6.5%。", (6.5, "eq")),
])
def test_the_region_s_own_target_after_a_handed_down_colon_lead(sent, want):
    fs = facts(REVIEW + PLAN + sent + "\n", **COUNTY)
    assert val(fs, GDP_T) == want


# --- 8. the counts of a sentence a level above opens by setting its own pledge nothing of the region's ---

def _pledged(text, **meta):
    from factkeys import pledged, read
    return pledged(read(text, **meta))


TASKS = "三、2025年重点工作\n（一）扩大有效投资。"


@pytest.mark.parametrize("meta,sent,absent,kept", [
    (COUNTY, "市委提出，全市今年要新增规上工业企业300家。全县新增规上工业企业25家。", 300, 25),
    (COUNTY, "市第十三次党代会提出，九江要实施亿元以上项目500个。全县实施亿元以上项目45个。", 500, 45),
    (CITY, "省政府确定，全省新开工改造城镇老旧小区4000个。全市新开工改造城镇老旧小区260个。", 4000, 260),
])
def test_a_level_above_s_counts_are_no_pledges(meta, sent, absent, kept):
    got = {v for _, v, _ in _pledged(REVIEW + PLAN + "地区生产总值增长6%左右。\n" + TASKS + sent + "\n", **meta)}
    assert absent not in got and kept in got


def test_the_level_above_framing_the_region_s_tasks_still_pledges():
    got = {v for _, v, _ in _pledged(REVIEW + PLAN + "地区生产总值增长6%左右。\n" + TASKS
                                     + "按照省、市部署，新建高标准农田4万亩，改造老旧小区15个。\n", **COUNTY)}
    assert {4, 15} <= got


# --- 9. the region's own word opening a task after the level above's is no object; 完成 glued to a count of people ---

@pytest.mark.parametrize("sent,want,wrong", [
    ("全市今年要新建改造农村公路800公里，我县新建改造110公里。", ("农村公路", 110, "公里"), ("我县", 110, "公里")),
    ("我县要确保完成6200人脱贫、18个贫困村出列。", ("脱贫", 6200, "人"), ("我县", 6200, "人")),
    ("本县确保完成3100人脱贫。", ("脱贫", 3100, "人"), ("本县", 3100, "人")),
])
def test_the_region_s_own_word_is_no_object(sent, want, wrong):
    got = _pledged(REVIEW + PLAN + "地区生产总值增长6%左右。\n" + TASKS + sent + "\n", **COUNTY)
    assert want in got and wrong not in got


def test_a_work_s_count_with_its_status_after_keeps_the_work():
    # (decision 70: "完成易地扶贫搬迁1.8万人入住" counts the relocation, the status after it is no object)
    got = _pledged(REVIEW + PLAN + "地区生产总值增长6%左右。\n" + TASKS + "完成易地扶贫搬迁1.6万人入住。\n", **COUNTY)
    assert ("易地扶贫搬迁", 1.6, "万人") in got


# --- 10. a news digest's bare 【目标】 or 【任务】 after 【成绩单】 turns to the year ahead ---

_DIGEST = ("九江市政府工作报告出炉\n来源：九江日报  2025-01-10\n1月9日，九江市第十六届人民代表大会第五次会议开幕。\n"
           "【成绩单】\n2024年，全市实现地区生产总值4160亿元，增长5.1%。\n{head}\n"
           "报告提出，今年全市地区生产总值增长5.5%左右。\n【看点】\n民生实事：新增城镇就业4.5万人，新建改扩建学校30所。\n")


@pytest.mark.parametrize("head", ["【目标】", "【任务】", "【举措】"])
def test_a_bare_ahead_subhead_ends_the_review_subhead(head):
    from factkeys import keys_of, read
    d = read(_DIGEST.format(head=head))
    fs = keys_of(d)
    assert ("urban_new_jobs", "actual", "2024", "level") not in fs
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.1, "eq")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")


def test_a_bracketed_word_on_no_time_ahead_keeps_the_review_subhead():
    from factkeys import keys_of, read
    d = read(_DIGEST.format(head="【数据】").replace("报告提出，今年全市地区生产总值增长5.5%左右。\n", "全市一般公共预算收入320亿元。\n"))
    assert val(keys_of(d), ("general_budget_revenue", "actual", "2024", "level")) == (320, "eq")


# --- 11. the region's share of the level above's task (其中我县承担N) counts what the task counts ---

@pytest.mark.parametrize("sent,want,wrong", [
    ("全市计划改造老旧小区300个，其中我县承担42个。", ("老旧小区", 42, "个"), ("承担", 42, "个")),
    ("全市计划新建高标准农田40万亩，其中我县承担6万亩。", ("高标准农田", 6, "万亩"), ("承担", 6, "万亩")),
])
def test_the_region_s_share_of_the_level_above_s_task(sent, want, wrong):
    got = _pledged(REVIEW + PLAN + "地区生产总值增长6%左右。\n" + TASKS + sent + "\n", **COUNTY)
    assert want in got and wrong not in got
    assert not any(v in (300, 40) for _, v, _ in got)  # (the city's whole task is the city's)
