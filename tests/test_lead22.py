"""Session lead22: classes earlier helpers saw and left unfixed.

- "增长5.5%或更高", "1300亿斤或以上": at_least, as 以上 (and 或以下/或更低: at_most);
- couples counted in 对 ("为1200对新婚夫妇提供免费孕前优生健康检查"), not a pairing ("1对1帮扶", "一对一");
- a later year opening a clause of its own dates that clause's pledges ("2024年改造老旧小区30个，2025年再改造40个").
"""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

TITLE = "河南省2024年政府工作报告\n"
TASKS = "XX市2024年政府工作报告\n三、2024年重点工作\n（一）办好民生实事。"


@pytest.mark.parametrize("phrase,want", [
    ("全省生产总值增长5.5%或更高", (5.5, "at_least")),
    ("全省生产总值增长5.5%或以上", (5.5, "at_least")),
    ("全省生产总值增长5.5%以上", (5.5, "at_least")),
    ("全省生产总值增长5.5%左右", (5.5, "about")),
    ("全省生产总值增长5.5%", (5.5, "eq")),
])
def test_or_higher_is_at_least(phrase, want):
    fs = facts(TITLE + "二、2024年主要预期目标\n2024年主要预期目标是：" + phrase + "，一般公共预算收入增长5%。\n")
    assert val(fs, ("gdp", "target", "2024", "growth")) == want
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")


def test_or_lower_is_at_most():
    fs = facts(TITLE + "二、2024年主要预期目标\n2024年主要预期目标是：城镇调查失业率5.5%或更低。\n")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")


@pytest.mark.parametrize("item,obj,value", [
    ("为1200对新婚夫妇提供免费孕前优生健康检查", "免费孕前优生健康检查", 1200),
    ("开展免费婚检1500对", "免费婚检", 1500),
])
def test_couples_counted_in_dui(item, obj, value):
    assert (obj, value, "对") in pledged(read(TASKS + item + "。\n", report_year=2024))


@pytest.mark.parametrize("item", [
    "开展1对1帮扶，覆盖全部困难家庭",
    "组织一对一结对帮扶，覆盖全部困难家庭",
    "推行“1对1”精准帮扶",
])
def test_a_pairing_is_no_count(item):
    assert not any(u == "对" for _, _, u in pledged(read(TASKS + item + "。\n", report_year=2024)))


def test_a_later_year_opening_a_clause_dates_its_pledge():
    d = read(TASKS + "2024年改造老旧小区30个，2025年再改造40个。\n", report_year=2024)
    got = {(p.value, p.period) for p in d.pledges}
    assert got == {(30, "2024"), (40, "2025")}


def test_a_later_year_opening_the_sentence_dates_it():
    d = read(TASKS + "2025年，全市新建学校5所。\n", report_year=2024)
    assert [(p.value, p.period) for p in d.pledges] == [(5, "2025")]


@pytest.mark.parametrize("sentence,want", [
    # the report's own year opening a clause: the year's
    ("改造老旧小区30个，2024年全部完工。", {(30, "2024")}),
    # a past year opening the first clause: a result, not pledged; the year's after it
    ("2023年建成学校3所，2024年再建成4所。", {(4, "2024")}),
    # a later year with no figure of its own dates nothing
    ("新建学校5所，2025年全部投入使用。", {(5, "2024")}),
    # a year that names a season or a part of it is no deadline of its own clause
    ("新建学校5所，2025年底前再建成3所。", {(5, "2024"), (3, "2025")}),
])
def test_look_alikes_of_a_later_year(sentence, want):
    d = read(TASKS + sentence + "\n", report_year=2024)
    assert {(p.value, p.period) for p in d.pledges} == want


REVIEW = "XX市2024年政府工作报告\n一、2023年工作回顾\n过去一年，"


@pytest.mark.parametrize("sentence,key,want", [
    ("规模以上工业增加值受部分企业停产影响，仅增长2.1%。", ("industrial_va", "actual", "2023", "growth"), (2.1, "eq")),
    ("规模以上工业增加值因受原材料价格上涨拖累，仅增长1.5%。", ("industrial_va", "actual", "2023", "growth"), (1.5, "eq")),
    ("社会消费品零售总额受疫情冲击，同比下降3.5%。", ("retail_sales", "actual", "2023", "growth"), (-3.5, "eq")),
])
def test_a_reason_between_the_name_and_its_change(sentence, key, want):
    assert val(facts(REVIEW + sentence + "\n"), key) == want


@pytest.mark.parametrize("sentence,absent", [
    # another subject after the reason: its own figure, not the name's
    ("规模以上工业增加值受疫情影响，服务业增长5%。", "industrial_va"),
    # another thing's change after the reason
    ("规模以上工业增加值受疫情影响，企业利润下降5%。", "industrial_va"),
])
def test_look_alikes_of_a_reason_aside(sentence, absent):
    assert not any(k[0] == absent for k in facts(REVIEW + sentence + "\n"))


@pytest.mark.parametrize("sentence,key,want", [
    ("全县地区生产总值235亿元，仅增长1.2%。", ("gdp", "actual", "2023", "growth"), (1.2, "eq")),
    ("一般公共预算收入8.1亿元，只增长0.3%。", ("general_budget_revenue", "actual", "2023", "growth"), (0.3, "eq")),
])
def test_only_before_the_change_goes_on(sentence, key, want):
    assert val(facts(REVIEW + sentence + "\n"), key) == want


def test_only_before_another_subject_does_not_go_on():
    fs = facts(REVIEW + "全县地区生产总值235亿元，仅服务业就增长了8%。\n")
    assert ("gdp", "actual", "2023", "growth") not in fs


# ---- classes this session's helpers saw and left (second round, the lead's)

@pytest.mark.parametrize("sentence,key,want", [
    # a kind word between the gain and the stock: what it gained, the total after it wins
    ("新增有效高新技术企业200家，有效高新技术企业总数突破1500家。", ("high_tech_enterprises", "actual", "2023", "level"),
     (1500, "at_least")),
    # a record said between the grain's output and its figure
    ("粮食播种面积稳定在120万亩，总产量再创新高，达到52.6万吨。", ("grain_output", "actual", "2023", "level"), (52.6, "eq")),
    # the figure's praise after it (的好成绩), no thing it describes
    ("全县生产总值实现增长6.1%的好成绩。", ("gdp", "actual", "2023", "growth"), (6.1, "eq")),
    ("一般公共预算收入取得增长8%的佳绩。", ("general_budget_revenue", "actual", "2023", "growth"), (8, "eq")),
    # a fall named after the figure as 负增长
    ("受疫情冲击，固定资产投资出现2.5%的负增长。", ("fixed_asset_investment", "actual", "2023", "growth"), (-2.5, "eq")),
])
def test_left_classes_of_the_helpers(sentence, key, want):
    assert val(facts(REVIEW + sentence + "\n"), key) == want


@pytest.mark.parametrize("sentence,absent", [
    # the figure of the things it describes, not the name's
    ("规模以上工业增加值增长20%以上的企业达到50家。", ("industrial_va", "actual", "2023", "growth")),
    # another crop's output after its own area
    ("茶叶种植面积12万亩，总产量再创新高，达到1.5万吨。", ("grain_output", "actual", "2023", "level")),
])
def test_look_alikes_of_the_left_classes(sentence, absent):
    assert absent not in facts(REVIEW + sentence + "\n")


def test_what_the_stock_gained_alone_stays_its_level():
    # (the existing reading: a gain with no total after it is the stock's level, as the dev gold marks it optional)
    fs = facts(REVIEW + "新增有效高新技术企业200家。\n")
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (200, "eq")
