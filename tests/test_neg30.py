"""Session neg30: reports of hard years (epidemic years, old-industrial, coal and steel places): a fall or a revenue's
change written 下滑/下跌/萎缩/减收/增收 after a level's comma, and a yearly average in a goal list whose items are set
apart by commas after an item naming its own year (到2025年…)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "政府工作报告\n——2021年2月2日在某市第九届人民代表大会第六次会议上\n一、2020年工作回顾\n"
GOALS = "政府工作报告\n——2021年1月20日在某县第十八届人民代表大会第一次会议上\n二、今后五年主要目标\n"


# 1. a fall (or a revenue's rise) written 下滑/下跌/萎缩/减收/增收 after a level's comma is the same figure's growth
@pytest.mark.parametrize("sent,iid,level,growth", [
    ("全县地区生产总值完成63.4亿元，下滑2.7%。", "gdp", 63.4, -2.7),
    ("全区一般公共预算收入4.6亿元，减收9.8%，主要是减税降费影响。", "general_budget_revenue", 4.6, -9.8),
    ("社会消费品零售总额58.2亿元，下跌11.3%。", "retail_sales", 58.2, -11.3),
    ("外贸进出口总额12.9亿元，萎缩21.5%。", "foreign_trade", 12.9, -21.5),
    ("财政总收入完成18.7亿元，增收2.4%。", "fiscal_total_revenue", 18.7, 2.4),
])
def test_fall_word_after_a_level(sent, iid, level, growth):
    fs = facts(REVIEW + sent + "\n")
    assert val(fs, (iid, "actual", "2020", "level")) == (level, "eq")
    assert val(fs, (iid, "actual", "2020", "growth")) == (growth, "eq")


def test_revenue_gained_in_yuan_is_no_growth():
    fs = facts(REVIEW + "一般公共预算收入6.3亿元，增收0.8亿元。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "level")) == (6.3, "eq")
    assert ("general_budget_revenue", "actual", "2020", "growth") not in fs


# 2. a goal list set apart by commas: 到YYYY年 inside a later item dates that item, a yearly average after it keeps
# the plan's span (decision 20 for ；-items); a 到YYYY年 opening the list dates every item (decision 20)
@pytest.mark.parametrize("sent,dated,average", [
    ("今后五年的主要目标是：全县生产总值年均增长6%，到2025年财政总收入达到20亿元，城乡居民收入年均增长7%以上。",
     ("fiscal_total_revenue", "goal", "2025", "level"), ("urban_disposable_income", "goal", "2021-2025", "growth")),
    ("今后五年奋斗目标：规上工业增加值年均增长8%，到2025年城镇化率达到58%，一般公共预算收入年均增长5%。",
     ("urbanization_rate", "goal", "2025", "share"), ("general_budget_revenue", "goal", "2021-2025", "growth")),
])
def test_average_after_an_item_naming_its_year(sent, dated, average):
    fs = facts(GOALS + sent + "\n")
    assert dated in fs
    assert average in fs
    assert not any(k[0] == average[0] and k[2] == "2025" for k in fs)


def test_year_opening_the_list_dates_its_averages():
    fs = facts(GOALS + "到2025年，全县生产总值年均增长6%，财政总收入达到20亿元，城乡居民收入年均增长7%以上。\n")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (6, "eq")
    assert val(fs, ("urban_disposable_income", "goal", "2025", "growth")) == (7, "at_least")


# 3. the year's rate after a part of the year's, written 全年降幅/全年增速/全年增幅 (a fall's recovery in 2020): the
# year's figure (then_actual in cues.tsv); the part's figure is none
@pytest.mark.parametrize("sent,iid,growth", [
    ("受疫情冲击，一季度全县地区生产总值下降26.4%，全年降幅收窄至3.9%。", "gdp", -3.9),
    ("上半年规模以上工业增加值下降9.7%，全年增速回升至1.6%。", "industrial_va", 1.6),
    ("一季度社会消费品零售总额下降31.5%，全年降幅为12.2%。", "retail_sales", -12.2),
])
def test_year_rate_after_a_part_of_the_year(sent, iid, growth):
    fs = facts(REVIEW + sent + "\n")
    assert val(fs, (iid, "actual", "2020", "growth")) == (growth, "eq")


PLAN17 = "政府工作报告\n——2017年2月10日在某市第十五届人民代表大会第一次会议上\n二、2017年主要预期目标\n"
PLAN21 = "政府工作报告\n——2021年2月2日在某市第九届人民代表大会第六次会议上\n二、2021年主要预期目标\n"


# 4. 零增长 is no change (growth 0), a low target after a fall or a result; not after 非/负
@pytest.mark.parametrize("text,key", [
    (PLAN17 + "全市生产总值增长3%，规模以上工业增加值零增长，固定资产投资增长5%。\n", ("industrial_va", "target", "2017", "growth")),
    (REVIEW + "全县一般公共预算收入同口径零增长，社会消费品零售总额下降3.1%。\n", ("general_budget_revenue", "actual", "2020", "growth")),
])
def test_zero_growth(text, key):
    assert val(facts(text), key) == (0, "eq")


def test_negative_growth_word_is_not_zero():
    fs = facts(REVIEW + "全市固定资产投资完成120亿元，负增长3.5%。\n")
    assert val(fs, ("fixed_asset_investment", "actual", "2020", "growth")) == (-3.5, "eq")


# 5. a recovery to the level before the epidemic, set as a target (恢复到2019年水平, 恢复至疫情前水平): qualitative
@pytest.mark.parametrize("sent,iid", [
    ("地区生产总值增长8%左右；一般公共预算收入力争恢复到2019年水平；城镇新增就业1万人。", "general_budget_revenue"),
    ("地区生产总值增长8%左右，社会消费品零售总额恢复至疫情前水平。", "retail_sales"),
])
def test_recovery_to_the_level_before(sent, iid):
    fs = facts(PLAN21 + sent + "\n")
    assert val(fs, (iid, "target", "2021", "growth")) == (None, "qualitative")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (8, "about")


# 6. a rate moved to its year's figure written with 为 (收窄为/回落为/回升为), as with 至/到: the end is the year's
# growth, a rise however it slowed, a fall where the rate named is a fall (降幅); the start is no fact
@pytest.mark.parametrize("sent,iid,growth", [
    ("全县地区生产总值由一季度的下降18.7%收窄为全年下降2.4%。", "gdp", -2.4),
    ("规模以上工业增加值增速由上年的7.4%回落为1.9%。", "industrial_va", 1.9),
    ("固定资产投资降幅由上半年的22.5%收窄为全年的7.8%。", "fixed_asset_investment", -7.8),
    ("居民消费价格涨幅回落为1.4%。", "cpi", 1.4),
])
def test_rate_moved_with_wei(sent, iid, growth):
    fs = facts(REVIEW + sent + "\n")
    assert val(fs, (iid, "actual", "2020", "growth")) == (growth, "eq")
    assert sum(1 for k in fs if k[0] == iid) == 1
