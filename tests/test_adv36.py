"""adv36, an adversarial blind round on the rules of decisions 130-148 (decision 149): a park opening its sentence with
a task done and no figure leaves the figures after it the region's; the grounds of a budget's revision glued before
its verb keep the result after it; the region's own place after the level above's figure of the same name is its rank."""
from __future__ import annotations

import pytest
from factkeys import facts, read, val  # tests/factkeys.py

REVIEW = "XX县2021年政府工作报告\n一、2020年工作回顾\n"


# a park opening its sentence with 完成/实现 and no figure in its clause (a reform, a task done) is not the subject of
# the figures after it (decision 143 read so the park opening the clause after a lead)
@pytest.mark.parametrize("sentence, key, value", [
    ("开放合作扩大。临空产业园完成托管体制调整，进出口总额完成9.6亿美元，增长15.3%。", ("foreign_trade", "actual", "2020", "level"), 9.6),
    ("改革持续深化。杭埠经济开发区完成管理体制改革，外贸进出口总额增长12.5%。", ("foreign_trade", "actual", "2020", "growth"), 12.5),
    ("改革持续深化。经开区实现“一区多园”托管运营，规上工业增加值增长9.1%。", ("industrial_va", "actual", "2020", "growth"), 9.1),
])
def test_a_parks_task_done_leaves_the_regions_figure(sentence, key, value):
    fs = facts(REVIEW + sentence + "\n", report_year=2021)
    assert val(fs, key) == (value, "eq")
    assert not any(k[0].startswith("other:") for k in fs)


@pytest.mark.parametrize("sentence, name", [
    ("开放合作扩大。县经济开发区实现工业总产值350亿元，实际利用外资1.2亿美元。", "实际利用外资"),
    ("改革持续深化。经开区完成规上工业产值120亿元，增长15%，固定资产投资增长10%。", "固定资产投资"),
])
def test_a_parks_own_figure_still_makes_it_the_subject(sentence, name):
    fs = facts(REVIEW + sentence + "\n", report_year=2021)
    assert any(k[0].startswith("other:") and name in k[0] for k in fs), sorted(fs)
    assert not any(k[0] in ("fdi", "fixed_asset_investment") for k in fs)


BUDGET = "关于XX县2020年预算执行情况和2021年预算草案的报告\n——2021年1月12日在XX县第十七届人民代表大会第五次会议上\n一、2020年预算执行情况\n"


# the grounds of a revision glued before its verb (因…等因素, 由于…) keep the figures after the revision going on: the
# revised budget is the target (decision 1), the result after it and its change the year's
@pytest.mark.parametrize("sentence, ind, target, level, growth", [
    ("全县一般公共预算支出年初预算为45.2亿元，执行中因上级补助增加等因素调整为48.1亿元，实际完成47.6亿元，增长6.4%。",
     "general_budget_expenditure", 48.1, 47.6, 6.4),
    ("一般公共预算收入年初预算为60亿元，由于减税降费政策调减为57亿元，实际完成57.6亿元，下降2.1%。",
     "general_budget_revenue", 57, 57.6, -2.1),
    ("一般公共预算收入年初预算为60亿元，因留抵退税因素，调整为57亿元，完成57.6亿元，下降2.1%。",
     "general_budget_revenue", 57, 57.6, -2.1),
])
def test_a_budgets_revision_with_its_grounds(sentence, ind, target, level, growth):
    fs = facts(BUDGET + sentence + "\n", report_year=2021, doc_type="budget_report")
    assert val(fs, (ind, "target", "2020", "level")) == (target, "eq")
    assert val(fs, (ind, "actual", "2020", "level")) == (level, "eq")
    assert val(fs, (ind, "actual", "2020", "growth")) == (growth, "eq")


def test_a_targets_revision_with_its_grounds_and_time():
    fs = facts(REVIEW + "地区生产总值预期目标增长7%，因新冠肺炎疫情等因素年中调整为3%左右，实际增长3.6%。\n", report_year=2021)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (3, "about")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.6, "eq")


CITY = "宜春市2019年政府工作报告\n一、2018年工作回顾\n全市地区生产总值2180.9亿元，增长8.7%。"


# the region's own place right after the level above's figure, its name left out ("，我市增速居全省第5位"), is the
# region's rank of that name, as its own change there is ("，我县增长6.1%", _OWN_AFTER)
@pytest.mark.parametrize("sentence, rank", [
    ("全省地区生产总值增长8.1%，我市增速居全省第5位。", 5),
    ("全省经济增长8.1%，我市居全省第7位。", 7),
    ("全省地区生产总值增长8.1%，我市排名全省第3。", 3),
])
def test_own_rank_after_the_level_aboves_figure(sentence, rank):
    fs = facts(CITY + sentence + "\n", report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "rank")) == (rank, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (8.7, "eq")


def test_the_level_aboves_figure_stays_out():
    fs = facts(CITY + "全省规模以上工业增加值增长8.9%，我市增速居全省第3位。\n", report_year=2019)
    assert val(fs, ("industrial_va", "actual", "2018", "rank")) == (3, "eq")
    assert ("industrial_va", "actual", "2018", "growth") not in fs


# a short name several divisions of different kinds hold, right before 政府工作报告 in a news page's title, is the one
# the report's own level word fits (全市 a county-level city, 全区 a district, 全县 a county), where exactly one does;
# the level word tells namesakes of different places apart as it tells a division before and after its change (148)
@pytest.mark.parametrize("title, word, region, parent", [
    ("2022年东港政府工作报告", "全市", "东港市", "丹东市"),
    ("2022年东港政府工作报告", "全区", "东港区", "日照市"),
    ("开平2023年政府工作报告（全文）", "全市", "开平市", "江门市"),
    ("2023年开平政府工作报告", "全区", "开平区", "唐山市"),
    ("2022年朝阳政府工作报告", "全县", "朝阳县", "朝阳市"),
])
def test_namesakes_told_apart_by_the_own_level_word(title, word, region, parent):
    text = f"{title}\n一、过去一年工作回顾\n{word}实现地区生产总值200亿元，增长6%。{word}一般公共预算收入完成10亿元。\n"
    m = read(text).meta
    assert (m.region, m.parent) == (region, parent)


def test_namesakes_of_one_kind_stay_unresolved():
    # 朝阳区 is 北京's and 长春's: 全区 fits both, the title alone tells nothing
    text = "2022年朝阳政府工作报告\n一、过去一年工作回顾\n全区实现地区生产总值200亿元。全区一般公共预算收入完成10亿元。\n"
    assert read(text).meta.region is None


DRAFT = ("关于武义县2021年预算执行情况和2022年预算草案的报告\n——2022年1月10日在武义县第十七届人民代表大会第一次会议上\n"
         "一、2021年预算执行情况\n全县一般公共预算收入年初预算为28亿元，实际完成30.2亿元，增长12.1%。\n二、2022年预算草案\n")


# 年初预算 in the review sets the year reviewed's budget (decision 147); in the draft part it is the new year's budget
@pytest.mark.parametrize("sentence, ind, value", [
    ("2022年年初预算全县一般公共预算收入安排32.1亿元，增长6.3%。", "general_budget_revenue", 32.1),
    ("年初预算全县一般公共预算支出为50.8亿元，比上年年初预算增长1.6%。", "general_budget_expenditure", 50.8),
    ("2022年全县一般公共预算收入年初预算为32.1亿元，增长6.3%。", "general_budget_revenue", 32.1),
])
def test_the_drafts_budget_at_the_years_start_is_the_new_years(sentence, ind, value):
    fs = facts(DRAFT + sentence + "\n", report_year=2022, doc_type="budget_report")
    assert val(fs, (ind, "target", "2022", "level")) == (value, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "level")) == (30.2, "eq")


def test_the_reviews_budget_at_the_years_start_stays_last_years():
    fs = facts(DRAFT + "全县一般公共预算收入安排32.1亿元。\n", report_year=2022, doc_type="budget_report")
    assert val(fs, ("general_budget_revenue", "target", "2021", "level")) == (28, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2022", "level")) == (32.1, "eq")


QUARTER = "一季度我市经济实现良好开局\n2025-04-22　来源：株洲日报\n一季度，全市地区生产总值增长6.2%，规模以上工业增加值增长7.8%。"


# on a page on part of the year (decision 131) the whole year's aim with 确保 is the year's target, as with 力争; the
# quarter's figures stay out
@pytest.mark.parametrize("sentence, value, qual", [
    ("全年确保地区生产总值增长6%以上。", 6, "at_least"),
    ("下阶段，我们将全力冲刺，确保全年地区生产总值增长6.5%左右。", 6.5, "about"),
])
def test_the_years_aim_with_queren_on_a_quarters_page(sentence, value, qual):
    fs = facts(QUARTER + sentence + "\n")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (value, qual)
    assert ("gdp", "actual", "2025", "growth") not in fs
    assert not any(k[0] == "industrial_va" for k in fs)


PROVINCE = "广东省政府工作报告（摘要）\n一、2019年工作回顾\n"


# a digest's change word cut to one character right after the level's comma (增8%, 降0.2%) goes on with the figure's
# name, as 同比降 did; a Hong Kong page's 按年跌 is 同比降 (regional_words.tsv)
@pytest.mark.parametrize("sentence, key, value", [
    ("全省社会消费品零售总额4.26万亿元，增8%。", ("retail_sales", "actual", "2019", "growth"), 8),
    ("全省进出口总额7.14万亿元，降0.2%。", ("foreign_trade", "actual", "2019", "growth"), -0.2),
    ("全省進出口總額7.14萬億元，按年跌0.2%。", ("foreign_trade", "actual", "2019", "growth"), -0.2),
])
def test_a_one_character_change_after_the_level(sentence, key, value):
    fs = facts(PROVINCE + sentence + "\n", report_year=2020)
    assert val(fs, key) == (value, "eq")


# a bare 因 opening a reason between a level and its change reads as 因为 (the change is the level's); 因此 is no reason
@pytest.mark.parametrize("sentence, key, value", [
    ("全市一般公共预算支出102.3亿元，因抗疫支出增加，增长8.6%。", ("general_budget_expenditure", "actual", "2020", "growth"), 8.6),
    ("全市进出口总额86亿元，因主要出口企业订单减少，下降4.1%。", ("foreign_trade", "actual", "2020", "growth"), -4.1),
])
def test_a_bare_reason_between_a_level_and_its_change(sentence, key, value):
    fs = facts("东阳市2021年政府工作报告\n一、2020年工作回顾\n" + sentence + "\n", report_year=2021)
    assert val(fs, key) == (value, "eq")
