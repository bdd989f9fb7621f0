"""dw35: whole district reports of 2016–2023, blind (decision 139)."""
import pytest

from factkeys import facts, val

_HEAD = "政府工作报告\n——2023年1月9日在某某市某某区第十九届人民代表大会第三次会议上\n区长 王某\n"
# a paragraph with no figure and no cue, to set a sub-section more than 1,500 characters after the part's title
_FILL = "我们坚持以人民为中心的发展思想，统筹推进各项工作，扎实办好群众身边的实事，努力让改革发展成果更多更公平惠及全区人民。" * 4 + "\n"


def _report(body: str, year: int = 2023):
    return facts(_HEAD.replace("2023", str(year)) + body + "\n", report_year=year, region="某某区", level="county")


# 1. a span's paragraph (过去三年, 三年来, “十三五”以来) between the opening of a part on the year reviewed and its
# sub-sections: the sub-sections are the year's, their changes and shares as their levels (they had become the span's,
# of five years by default)
@pytest.mark.parametrize("title, span", [
    ("一、2022年及过去三年工作回顾", "过去三年，我们经受住了疫情的严峻考验。三年来，全区地区生产总值年均增长5.1%。"),
    ("一、2022年工作回顾", "近三年来，全区地区生产总值年均增长5.1%，一般公共预算收入累计完成305亿元。"),
])
def test_a_span_paragraph_before_the_sub_sections_of_a_years_part_frames_none_of_them(title, span):
    # (the part's title more than 1,500 characters before the figures, the span's paragraph less)
    fs = _report(title + "\n2022年，全区实现地区生产总值1860亿元，增长4.2%。\n" + _FILL * 6 + span + "\n（一）经济运行稳中有进\n" + _FILL * 2
                 + "（二）生态环境持续改善\n空气质量优良天数达到265天，PM2.5年均浓度36微克/立方米，下降4.5%。\n"
                 "（三）民生保障有力\n全区民生支出52.3亿元，占一般公共预算支出的比重达到79.6%。技术合同成交额增长18.2%。\n")
    assert val(fs, ("gdp", "actual", "2020-2022", "growth")) == (5.1, "eq")
    assert val(fs, ("pm25", "actual", "2022", "growth")) == (-4.5, "eq")
    assert val(fs, ("livelihood_expenditure", "actual", "2022", "share")) == (79.6, "eq")
    assert val(fs, ("tech_contract_value", "actual", "2022", "growth")) == (18.2, "eq")
    assert not [k for k in fs if k[2] in ("2018-2022", "2020-2022") and k[0] in ("pm25", "livelihood_expenditure")]


def test_a_part_on_the_span_alone_keeps_its_sub_sections_on_the_span():
    # (a part titled for the years reviewed, no one year: its sub-sections are the years', as before)
    fs = _report("一、过去三年工作回顾\n三年来，全区地区生产总值年均增长5.1%。\n（一）生态环境持续改善\n" + _FILL * 8
                 + "PM2.5年均浓度36微克/立方米，累计下降12.5%。\n")
    assert ("pm25", "actual", "2022", "growth") not in fs


# 2. a place held among the city's districts with no verb of place before it ("总量继续保持全市各区县第一")
@pytest.mark.parametrize("clause, scope, place", [
    ("经济总量继续保持全市各区县第一", "全市各区县", 1),
    ("总量保持全市各区第二", "全市各区", 2),
])
def test_a_place_kept_among_the_citys_districts(clause, scope, place):
    fs = _report("一、2022年工作回顾\n全年完成地区生产总值2430.5亿元，增长4.1%，" + clause + "。\n")
    assert val(fs, ("gdp", "actual", "2022", "rank")) == (place, "eq")
    assert fs[("gdp", "actual", "2022", "rank")].scope == scope


def test_a_first_rank_group_of_the_districts_is_no_place():
    fs = _report("一、2022年工作回顾\n全年完成地区生产总值2430.5亿元，增长4.1%，继续保持全市各区县第一方阵。\n")
    assert ("gdp", "actual", "2022", "rank") not in fs


# 3. 民生投入 is the spending on people's livelihood (indicators.tsv), as 民生支出 and 民生资金 are
@pytest.mark.parametrize("sentence, level, share", [
    ("全年民生投入47.2亿元，占一般公共预算支出的比重达到76.8%。", 47.2, 76.8),
    ("区级财政民生投入达到31.6亿元，占一般公共预算支出的81.5%。", 31.6, 81.5),
])
def test_livelihood_spending_named_as_input(sentence, level, share):
    fs = _report("一、2022年工作回顾\n" + sentence + "\n")
    assert val(fs, ("livelihood_expenditure", "actual", "2022", "level")) == (level, "eq")
    assert val(fs, ("livelihood_expenditure", "actual", "2022", "share")) == (share, "eq")


def test_more_livelihood_input_promised_is_no_figure():
    fs = _report("二、2023年工作安排\n持续加大民生投入，着力保基本、兜底线。\n")
    assert not [k for k in fs if k[0] == "livelihood_expenditure"]


# 4. a government level named before a listed name after its separator ("地区生产总值、区级一般公共预算收入、…分别"):
# still the list's next item (cues.tsv list_level_words), the 分别 values in step (the first name had been dropped and
# each later one took the value before its own)
@pytest.mark.parametrize("items, ids", [
    ("地区生产总值、区级一般公共预算收入、全社会固定资产投资分别增长7%、6%和8%左右",
     ("gdp", "general_budget_revenue", "fixed_asset_investment")),
    ("规模以上工业增加值、区级一般公共预算收入和社会消费品零售总额分别增长7%、6%和8%左右",
     ("industrial_va", "general_budget_revenue", "retail_sales")),
])
def test_a_level_word_inside_a_list_keeps_the_values_in_step(items, ids):
    fs = _report("二、2023年工作安排\n主要预期目标是：" + items + "；城镇调查失业率控制在5.5%以内。\n")
    assert [val(fs, (i, "target", "2023", "growth")) for i in ids] == [(7, "about"), (6, "about"), (8, "about")]


def test_a_level_word_with_no_each_after_is_no_list():
    # (no 分别: each name its own figure, as before)
    fs = _report("二、2023年工作安排\n主要预期目标是：地区生产总值增长7%、区级一般公共预算收入增长6%。\n")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (6, "eq")


# 5. a run of figures joined by 、 led by a part or the city above ("高新区地区生产总值增长12%、一般公共预算收入增长15%",
# "全市…增长7%、一般公共预算收入增长5%"): the later items are the run's subject's too, as after a comma (the later ones
# had been the region's and pushed its own figures out of their keys)
@pytest.mark.parametrize("run", [
    "高新区地区生产总值增长12%、一般公共预算收入增长15%。",
    "全市地区生产总值增长7%、一般公共预算收入增长5%，",
    "曲江新区实现地区生产总值520亿元、一般公共预算收入增长15%。",
])
def test_the_later_items_of_a_parts_run_joined_by_a_pause_mark_are_the_parts(run):
    fs = _report("一、2022年工作回顾\n" + run + "我区地区生产总值增长7.5%，一般公共预算收入增长8.2%。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (8.2, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (7.5, "eq")


def test_the_regions_own_run_joined_by_a_pause_mark_stays_its_own():
    fs = _report("一、2022年工作回顾\n全区地区生产总值增长7.5%、一般公共预算收入增长8.2%、固定资产投资增长10%。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (8.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "growth")) == (10, "eq")
