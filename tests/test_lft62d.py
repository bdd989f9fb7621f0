"""What this session's rounds left, one class at a time, blind (lft62d, decision 520). Fixed: (a) a news page's sub-head of
results (“【数说2020】” over its cards) no longer holds the page's later turn to the year: a paragraph opening on 今年 (or the
report's year) after a paragraph of the sub-head's own that names neither is the year's, its pledges read; (e) “规划建设…”
in a sentence naming the year (今年/全年/年内) is the verb of the year's works, no plan's period, and the sentence's pledges
are read; (d) “调整计划投资150亿元” right after the investment's own % is its revised plan, and the result after it
(“预计完成增长8%”) stays the investment's. The look-alikes keep what they gave: a paragraph after one already looking ahead
under 【成绩单】 (tests/test_news24.py's), a bare “规划建设…” naming no year, a plan period named beside 规划建设, 调整计划投资
after a count of projects."""
import pytest

from factkeys import key_values, pledged, read

_NEWS = ("{region}政府工作报告解读：今年GDP预期增长6.5%左右\n来源：{region}融媒体中心　发布时间：2021-01-12 09:40\n\n"
         "1月11日，{region}第十八届人民代表大会第五次会议开幕，县长李志刚代表县人民政府作政府工作报告。\n\n"
         "{head}\n{cards}\n\n{ahead}\n")
_CARDS = "地区生产总值完成356.2亿元，增长3.1%\n增速居全市第2位\n一般公共预算收入完成12.8亿元"


# (a) a results sub-head, its cards, then a paragraph opening on the year (failed on the base: every pledge lost)
@pytest.mark.parametrize("head, ahead", [
    ("【数说2020】", "今年，全县主要预期目标是：地区生产总值增长6.5%左右。全年将新建改造农村公路150公里，建成5G基站300个。"),
    ("【成绩单】", "今年，全县将新建改造农村公路150公里，建成5G基站300个。"),
    ("◆回眸2020", "2021年，全县将新建改造农村公路150公里，建成5G基站300个。"),
    ("【数说2020】", "新的一年，全县将新建改造农村公路150公里，建成5G基站300个。"),
])
def test_results_subhead_turns_to_the_year(head, ahead):
    d = read(_NEWS.format(region="农安县", head=head, cards=_CARDS, ahead=ahead))
    assert {("农村公路", 150, "公里"), ("5G基站", 300, "个")} <= pledged(d)
    assert all(p.period == "2021" for p in d.pledges)


# (a) look-alikes: 今年以来 opens no turn; a paragraph after one that already looks ahead stays the sub-head's
@pytest.mark.parametrize("cards, ahead", [
    (_CARDS, "今年以来，全县新建改造农村公路150公里，建成5G基站300个。"),
    ("报告提出，今年主要预期目标为：地区生产总值增长6.5%左右。", "今年，全县将新建改造农村公路150公里，建成5G基站300个。"),
])
def test_results_subhead_look_alikes(cards, ahead):
    d = read(_NEWS.format(region="农安县", head="【成绩单】", cards=cards, ahead=ahead))
    assert ("农村公路", 150, "公里") not in pledged(d)


_TIANSHUI = ("天水市政府工作报告\n——2023年1月9日在天水市第八届人民代表大会第三次会议上\n\n"
             "过去一年，全市地区生产总值完成820.5亿元，增长4.2%。\n\n2023年主要预期目标是：地区生产总值增长6.5%。\n{s}\n")


# (e) 规划建设 in a sentence naming the year (failed on the base: the sentence's every pledge lost)
@pytest.mark.parametrize("s", [
    "今年，我们将规划建设高标准农田20万亩，改造老旧小区120个。",
    "全年规划新建高标准农田20万亩，改造老旧小区120个。",
    "年内规划布局高标准农田20万亩，改造老旧小区120个。",
])
def test_year_plan_verb_pledges(s):
    assert {("高标准农田", 20, "万亩"), ("老旧小区", 120, "个")} <= pledged(read(_TIANSHUI.format(s=s)))


# (e) look-alikes: a plan period named beside it stays the plan's; the year's target list is read as before
def test_plan_period_beside_plan_verb_stays_the_plans():
    d = read(_TIANSHUI.format(s="“十四五”期间，全市规划建设高标准农田100万亩，今年改造老旧小区120个。"))
    assert ("高标准农田", 100, "万亩") not in pledged(d)
    assert key_values(d)[("gdp", "target", "2023", "growth")] == (6.5, "eq")


_NANMING = ("南明区政府工作报告\n——2018年1月15日在贵阳市南明区第四届人民代表大会第三次会议上\n\n"
            "一、2017年工作回顾\n2017年，全区地区生产总值增长11.2%。{s}\n\n二、2018年工作安排\n今年将新建停车位3000个。\n")


# (d) the investment's plan revised to an amount, then its result (failed on the base: the result lost)
@pytest.mark.parametrize("s", [
    "固定资产投资年初计划增长10%，调整计划投资150亿元，预计完成增长8%。",
    "全区固定资产投资年初计划增长10%，调整后计划投资150亿元，预计完成增长8%。",
    "固定资产投资年初计划增长10%，调整年度计划投资150亿元，实际完成增长8%。",
])
def test_revised_investment_plan_then_result(s):
    kv = key_values(read(_NANMING.format(s=s)))
    assert kv[("fixed_asset_investment", "actual", "2017", "growth")] == (8, "eq")
    assert kv[("fixed_asset_investment", "target", "2017", "growth")] == (10, "eq")


# (d) look-alikes: the revision after a count of projects is the projects' (no investment fact); a growth revised stays
def test_revised_plan_look_alikes():
    kv = key_values(read(_NANMING.format(s="全年实施重点项目120个，调整计划投资150亿元，预计完成增长8%。")))
    assert ("fixed_asset_investment", "target", "2017", "level") not in kv
    kv = key_values(read(_NANMING.format(s="固定资产投资年初计划增长10%，调整计划增长6%，预计完成增长8%。")))
    assert kv[("fixed_asset_investment", "actual", "2017", "growth")] == (8, "eq")
