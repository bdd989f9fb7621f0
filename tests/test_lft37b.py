"""What the rounds of decisions 163–170 left, blind (lft37b; docs/decisions.md 176)."""
import pytest

from factkeys import facts, read, val

_TARGETS = "政府工作报告\n——2021年2月3日在某某第九届人民代表大会第五次会议上\n\n二、2021年主要目标\n"
_REVIEW = "政府工作报告\n——2022年1月8日在某某第九届人民代表大会第六次会议上\n\n一、2021年工作回顾\n"
_PLAN = "政府工作报告\n——2024年1月10日在某某第十八届人民代表大会第四次会议上\n\n二、2024年工作安排\n"


def _pledges(body: str, region: str = "某某县") -> dict:
    d = read(_PLAN + body + "\n", region=region, level="county", report_year=2024)
    return {(p.object, p.value, p.unit): p for p in d.pledges}


# 1. a two-year average against the base year named with 与/和/同 ("，与2020年两年平均增长5%以上") after the year's figure
@pytest.mark.parametrize("body, iid, avg, qual", [
    ("今年主要预期目标是：地区生产总值增长9%以上，与2020年两年平均增长5.5%以上；城镇调查失业率控制在5.5%以内。",
     "gdp", 5.5, "at_least"),
    ("今年主要预期目标是：社会消费品零售总额增长18%，与2020年相比两年平均增长6%左右；城镇新增就业2万人。",
     "retail_sales", 6, "about"),
    ("主要预期目标为：规模以上工业增加值增长11%，和2020年两年平均增长6.5%；固定资产投资增长10%。",
     "industrial_va", 6.5, "eq"),
])
def test_a_two_year_average_against_the_base_year_named(body, iid, avg, qual):
    fs = facts(_TARGETS + body + "\n", region="某某市", level="prefecture", report_year=2021)
    assert val(fs, (iid, "goal", "2020-2021", "growth")) == (avg, qual)
    assert (iid, "target", "2021", "growth") in fs


def test_a_two_year_average_against_the_base_year_in_a_review():
    fs = facts(_REVIEW + "全县地区生产总值完成260.5亿元，增长8.6%，与2019年相比两年平均增长6.1%；规模以上工业增加值增长9.2%。\n",
               region="某某县", level="county", report_year=2022)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (8.6, "eq")
    assert val(fs, ("gdp", "actual", "2020-2021", "growth")) == (6.1, "eq")
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (9.2, "eq")


# 2. the level above's counts in a sentence of their own, the region's share opening the next
@pytest.mark.parametrize("body, whole, share", [
    ("全市计划实施重点项目420个、年度投资900亿元。我县承担重点项目55个、年度投资110亿元。", (420, 900), (55, 110)),
    ("全省新建高标准农田200万亩。\n本县承担新建高标准农田任务8万亩，新建农田水利设施30处。", (200,), (8,)),
])
def test_the_level_above_s_sentence_before_the_region_s_share(body, whole, share):
    got = _pledges(body)
    values = {v for _, v, _ in got}
    assert not values & set(whole)
    assert set(share) <= values


def test_the_level_above_s_sentence_with_no_share_after_it_keeps_its_pledges():
    # (a sentence that never turns to the region keeps them, decision 44: the next sentence is no share)
    got = _pledges("全市计划实施重点项目420个。我县将新开工项目40个以上。")
    assert {420, 40} <= {v for _, v, _ in got}


def test_the_region_s_share_is_pledged_by_its_verb():
    got = _pledges("力争承担省级科技计划项目15个以上，开展科研攻关30项。")
    assert ("省级科技计划项目", 15, "个") in got
    assert got[("省级科技计划项目", 15, "个")].action == "承担"


# 3. an earlier year's figure in a bracket after a pledge's amount
def test_an_earlier_year_s_figure_in_brackets_is_no_pledge():
    got = _pledges("争取地方政府专项债券38亿元（2023年为31亿元），新增规上工业企业45家（2023年新增40家）。"
                   "发行政府债券30亿元（上年为25亿元）。建成5G基站600个（去年建成520个）。")
    values = {v for _, v, _ in got}
    assert {38, 45, 30, 600} <= values
    assert not values & {31, 40, 25, 520}


def test_a_later_year_in_brackets_is_no_earlier_figure():
    got = _pledges("新建改造农村公路200公里（2025年完成150公里）。")
    assert 200 in {v for _, v, _ in got}
