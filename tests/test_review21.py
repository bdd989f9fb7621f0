"""Review of the pandemic-year rules (branch holdcovid): where the year so far ("今年以来") and a part titled for
it must not drop results or turn a plan part into a review."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val  # tests/factkeys.py


def dec_plan(region: str, year: int, head: str, review: str) -> str:
    return (f"关于{region}{year}年国民经济和社会发展计划执行情况与{year + 1}年计划草案的报告\n"
            f"——{year}年12月20日在{region}第十八届人民代表大会第三次会议上\n各位代表：\n"
            f"{head}\n{review}\n二、{year + 1}年国民经济和社会发展的主要预期目标\n地区生产总值增长6%左右。\n")


# 1. a plan report delivered in December calls the year it reviews 今年 also in its part's title ("一、今年以来
# 经济运行情况"): "今年以来，…增长8%" there is that year's result, not a part of the year
@pytest.mark.parametrize("region,head,review,key,want", [
    ("杞县", "一、今年以来国民经济和社会发展计划执行情况", "今年以来，全县规模以上工业增加值增长8%，固定资产投资增长10%。地区生产总值预计增长6.5%。",
     ("industrial_va", "actual", "2023", "growth"), (8, "eq")),
    ("杞县", "一、今年以来国民经济和社会发展计划执行情况", "今年以来，全县规模以上工业增加值增长8%，固定资产投资增长10%。地区生产总值预计增长6.5%。",
     ("fixed_asset_investment", "actual", "2023", "growth"), (10, "eq")),
    ("桐乡市", "一、今年以来经济运行情况", "今年以来，面对复杂严峻的外部环境，全市地区生产总值增长6.2%，一般公共预算收入完成62.3亿元，增长5.1%。",
     ("gdp", "actual", "2023", "growth"), (6.2, "eq")),
    ("桐乡市", "一、今年以来经济运行情况", "今年以来，面对复杂严峻的外部环境，全市地区生产总值增长6.2%，一般公共预算收入完成62.3亿元，增长5.1%。",
     ("general_budget_revenue", "actual", "2023", "level"), (62.3, "eq")),
])
def test_the_year_so_far_in_a_december_plan_is_the_year_reviewed(region, head, review, key, want):
    fs = facts(dec_plan(region, 2023, head, review))
    assert val(fs, key) == want
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


# (look-alike: in a report delivered in the spring of 2020 the same heading and sentence tell the year so far:
# still no fact)
def test_the_year_so_far_in_the_spring_stays_no_fact():
    text = ("政府工作报告\n——2020年5月8日在桐乡市第十五届人民代表大会第五次会议上\n各位代表：\n一、2019年工作回顾\n"
            "2019年，全市地区生产总值增长7.1%。\n二、今年以来经济运行情况\n今年以来，受疫情冲击，全市规模以上工业增加值下降12.1%。\n"
            "三、2020年主要目标\n地区生产总值增长5%左右。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (7.1, "eq")
    assert not any(k[0] == "industrial_va" for k in fs)


# 2. a part titled for the year so far and what comes next ("今年以来工作进展和下半年重点工作", a mid-year report;
# "…及明年工作", "…和2024年工作") is no review: its plan half keeps its pledges
@pytest.mark.parametrize("title", ["今年以来工作进展和下半年重点工作", "今年以来经济运行情况和下半年工作",
                                   "今年以来经济运行情况及明年工作", "今年以来工作情况和2024年工作",
                                   "今年以来工作情况和下一步工作"])
def test_a_part_for_the_year_so_far_and_ahead_is_no_review(title):
    from planwatch.structure import _role
    assert _role(title, 2023) != "review"
    assert _role(title, 2023, top=True) != "review"


@pytest.mark.parametrize("title", ["今年以来疫情防控和复工复产情况", "今年以来经济社会发展情况", "今年以来主要工作"])
def test_a_part_for_the_year_so_far_alone_is_a_review(title):
    from planwatch.structure import _role
    assert _role(title, 2020, top=True) == "review"


def test_the_plan_half_of_a_mid_year_part_keeps_its_pledges():
    text = ("政府工作报告\n——2020年5月8日在太康县第十五届人民代表大会第五次会议上\n一、2019年工作回顾\n2019年，全县生产总值增长7.6%。\n"
            "二、今年以来工作进展和下半年重点工作\n下半年，新建高标准农田8万亩，改造老旧小区36个。\n")
    objs = {p.object for p in planwatch.read_text(text, "t.txt").pledges}
    assert "高标准农田" in objs and "老旧小区" in objs


def gov(region: str, year: int, review: str, plan: str = "今年主要预期目标是：地区生产总值增长6%左右。") -> str:
    return (f"政府工作报告\n——{year}年1月12日在{region}第十四届人民代表大会第一次会议上\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{review}\n二、{year}年主要目标和重点工作\n{plan}\n")


# 3. "；两年平均增长4.9%" after a figure goes on with it; "；两年平均增长率居全市第三" (a rank of the average, no
# figure) does not: no rank of the year's figure
@pytest.mark.parametrize("region,review", [
    ("宿松县", "全县地区生产总值增长6.6%；两年平均增长率居全市第三。"),
    ("新昌县", "全县地区生产总值增长8.1%；两年平均增速位居全市前列，其中规上工业增加值两年平均增长9%。"),
])
def test_a_rank_of_the_two_years_average_is_no_rank_of_the_year(region, review):
    fs = facts(gov(region, 2022, review))
    assert not any(k[0] == "gdp" and k[3] == "rank" for k in fs)
    assert ("gdp", "actual", "2021", "growth") in fs


@pytest.mark.parametrize("review,want", [
    ("全县地区生产总值增长6.6%；两年平均增长4.9%。", ("2020-2021", (4.9, "eq"))),
    ("全县地区生产总值增长6.6%，略低于7%左右的预期目标；三年平均增长5.2%。", ("2019-2021", (5.2, "eq"))),
])
def test_the_average_after_a_figure_stays(review, want):
    fs = facts(gov("宿松县", 2022, review))
    assert val(fs, ("gdp", "actual", want[0], "growth")) == want[1]


# 4. a doubling since a year a plan period or more ago ("比2010年翻一番", "比2015年翻一番" in 2020's plan part) is a
# goal reached that year; one since two years before ("今年力争…比2022年翻一番" in 2024's) is the year's target
@pytest.mark.parametrize("year,plan,key", [
    (2020, "确保实现地区生产总值和城乡居民人均收入比2010年翻一番。", ("gdp", "goal", "2020", "growth")),
    (2020, "确保全县地区生产总值比2015年翻一番，全面建成小康社会。", ("gdp", "goal", "2020", "growth")),
    (2024, "今年力争规上工业增加值比2022年翻一番，地区生产总值增长6%左右。", ("industrial_va", "target", "2024", "growth")),
    (2025, "全县外贸进出口总额比2022年翻一番，地区生产总值增长6%左右。", ("foreign_trade", "target", "2025", "growth")),
])
def test_a_doubling_in_the_plan_part_by_its_base_year(year, plan, key):
    fs = facts(gov("宿松县", year, "全县地区生产总值增长6.1%。", plan))
    assert val(fs, key) == (100, "eq")


# 5. doses counted in a task are pledges ("完成疫苗接种8.5万剂次"); the doses of a regimen written as a small
# Chinese numeral ("完成两剂次接种", "完成三剂次加强免疫", "全员完成两剂接种") are none
def test_a_regimens_doses_are_no_pledge():
    text = gov("宿松县", 2022, "全县地区生产总值增长7.2%。",
               "符合条件人群全部完成两剂次接种，3岁以上人群完成三剂次加强免疫，全员完成两剂接种。"
               "全年完成疫苗接种8.5万剂次，加强针接种50万剂以上，新冠疫苗接种三万剂次。")
    ps = {(p.value, p.unit) for p in planwatch.read_text(text, "t.txt").pledges}
    assert {(8.5, "万剂次"), (50, "万剂"), (3, "万剂次")} <= ps
    assert not any(u in ("剂次", "剂") for _, u in ps)
