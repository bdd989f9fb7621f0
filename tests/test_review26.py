"""Session 26 review26: an adversarial review of decisions 73–80 (look-alikes of their widest rules), scored blind."""
from __future__ import annotations

import pytest

from factkeys import facts, val, read, keys_of, pledged


def plan_review(region: str, year: int, body: str) -> str:
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
            f"一、{year - 1}年计划执行情况\n{body}\n二、{year}年计划草案\n地区生产总值增长7%。\n")


# ---------------------------------------------------------------------------------------------------------------------
# decision 80 (cplan25): 比/较年初计划 names last year's target only with its figure; what was done beyond or short of the
# plan in an amount ("比年初计划多完成5.6亿元", "超额完成3.2亿元") is a gap, no fact (as "比年度计划增加2.3亿元" was)
@pytest.mark.parametrize("gap", [
    "比年初计划多完成5.6亿元", "比年度计划多完成5.6亿元", "较年初计划少完成4亿元", "比年初计划（105亿元）多完成5.5亿元",
    "超额完成5.6亿元",
])
def test_an_amount_done_beyond_the_plan_is_no_level(gap):
    fs = facts(plan_review("安吉县", 2021, f"财政总收入完成110.5亿元，增长7.1%，{gap}。"), report_year=2021)
    assert val(fs, ("fiscal_total_revenue", "actual", "2020", "level")) == (110.5, "eq")
    assert val(fs, ("fiscal_total_revenue", "actual", "2020", "growth")) == (7.1, "eq")
    got = fs.get(("fiscal_total_revenue", "target", "2020", "level"))
    assert got is None or got.value == 105


# look-alikes: the plan's own figure stays last year's target; a level reached after the plan was beaten stays the level
@pytest.mark.parametrize("body, key, expected", [
    ("一般公共预算收入完成63.2亿元，增长6.4%，比年初计划（6%）高0.4个百分点。",
     ("general_budget_revenue", "target", "2020", "growth"), (6, "eq")),
    ("财政总收入超额完成年度任务，达到110.5亿元。", ("fiscal_total_revenue", "actual", "2020", "level"), (110.5, "eq")),
    ("财政总收入完成110.5亿元，比年初计划（105亿元）多完成5.5亿元。",
     ("fiscal_total_revenue", "target", "2020", "level"), (105, "eq")),
    ("固定资产投资完成286亿元，比年度计划少完成14亿元。", ("fixed_asset_investment", "actual", "2020", "level"), (286, "eq")),
    ("财政总收入完成110.5亿元，多完成的部分主要来自税收。", ("fiscal_total_revenue", "actual", "2020", "level"), (110.5, "eq")),
])
def test_the_plans_own_figure_and_the_level_stay(body, key, expected):
    fs = facts(plan_review("安吉县", 2021, body), report_year=2021)
    assert val(fs, key) == expected
    assert ("fixed_asset_investment", "target", "2020", "level") not in fs


# ---------------------------------------------------------------------------------------------------------------------
# decision 74 (task24) was too narrow: visits counted with no unit word after a name ending in 人次 (旅游人次突破8亿) are
# 亿人次 in a fact too, as a bare 万 was 万人次 ("接待游客人次达到186.5万")
GD = "广东省政府工作报告\n——2025年1月15日在广东省第十四届人民代表大会第四次会议上\n一、2024年工作回顾\n"


@pytest.mark.parametrize("body, value, unit, qual", [
    ("全省旅游人次突破8亿，旅游总收入达到1.1万亿元。", 8, "亿人次", "at_least"),
    ("全省旅游人次达到8.2亿。", 8.2, "亿人次", "eq"),
    ("全年接待游客人次达到1.5亿，增长12%。", 1.5, "亿人次", "eq"),
    ("全省旅游人次突破8000万，旅游总收入达到1100亿元。", 8000, "万人次", "at_least"),
])
def test_visits_with_a_bare_order_are_a_fact(body, value, unit, qual):
    d = read(GD + body)
    f = keys_of(d)[("tourist_visits", "actual", "2024", "level")]
    assert (f.value, f.unit, f.qualifier) == (value, unit, qual)


# look-alikes: a name counted in no 亿 unit takes no bare 亿 (常住人口 counts in 万人); money stays money
@pytest.mark.parametrize("body, absent", [
    ("全省常住人口达到1.27亿，增长0.5%。", ("population", "actual", "2024", "level")),
    ("全省地区生产总值突破14万亿，增长3.5%。", ("gdp", "actual", "2024", "level")),
])
def test_a_bare_order_without_the_names_unit_is_no_level(body, absent):
    d = read(GD + body)
    f = keys_of(d).get(absent)
    assert f is None or f.unit in ("万人", "亿元", "万亿元")


# ---------------------------------------------------------------------------------------------------------------------
# a part of the region (a zone, a district) with a year's word between it and the name (柳州高新区去年…) is that part's,
# as it was with 全年 or nothing between; the region's own name with a year's word stays the region's (decision 77)
LIUZHOU = ("柳州：今年经济增长6%左右\n来源：柳州日报 2023-01-09\n1月8日，柳州市第十五届人民代表大会第三次会议开幕。"
           "市长张壮在作政府工作报告时说，过去一年全市经济运行总体平稳。\n")


@pytest.mark.parametrize("body", [
    "柳州高新区去年规模以上工业增加值增长12.5%。",
    "柳北区去年规模以上工业增加值增长9.1%。",
    "柳州市柳北区去年规模以上工业增加值增长9.1%。",
    "其中，柳东新区今年规模以上工业增加值增长15%。",
])
def test_a_part_before_a_years_word_is_the_parts(body):
    fs = keys_of(read(LIUZHOU + body))
    assert not any(k[0] == "industrial_va" for k in fs)
    assert any(k[0].startswith("other:") and k[0].endswith("规模以上工业增加值") for k in fs)


@pytest.mark.parametrize("body, role, period", [
    ("柳州去年规模以上工业增加值增长1.3%。", "actual", "2022"),
    ("柳州市去年规模以上工业增加值增长1.3%。", "actual", "2022"),
    ("全市去年规模以上工业增加值增长1.3%。", "actual", "2022"),
    ("柳州今年规模以上工业增加值增长7%。", "target", "2023"),
])
def test_the_regions_own_name_before_a_years_word_stays(body, role, period):
    fs = keys_of(read(LIUZHOU + body))
    assert ("industrial_va", role, period, "growth") in fs


def test_a_districts_own_report_keeps_its_own_name_before_a_years_word():
    text = ("柳北区政府工作报告\n——2023年1月10日在柳北区第五届人民代表大会第三次会议上\n一、2022年工作回顾\n"
            "全区去年地区生产总值增长5%。我区去年规模以上工业增加值增长6%。柳北区去年固定资产投资增长7%。\n")
    fs = keys_of(read(text))
    assert fs[("gdp", "actual", "2022", "growth")].value == 5
    assert fs[("industrial_va", "actual", "2022", "growth")].value == 6
    assert fs[("fixed_asset_investment", "actual", "2022", "growth")].value == 7
