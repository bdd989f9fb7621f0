"""Whole reports of kinds the kept sets have few of (lng49, decision 378): an autonomous 旗's 2021 work report as a
PDF's text layer and a province's 2025 plan report. The set itself read right; the probes of its classes found two:
a result set against last year's target named by 预期 alone ("低于年初增长5%的预期"), whose comparison word was taken
for the target's own bound; and a task sentence whose figures the report's year dates before them ("确保今年实现…") and
a later year only as a deadline after them with no figure of its own ("，到2019年全县脱贫摘帽"), which dated them all
by the later year. Each with look-alikes that must not change."""
import pytest

from factkeys import key_values, read


def _plan(review: str) -> str:
    return ("关于吉林省2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
            "——2024年1月22日在吉林省第十四届人民代表大会第三次会议上\n\n各位代表：\n\n"
            "一、2023年国民经济和社会发展计划执行情况\n全省地区生产总值增长6.3%。" + review + "\n\n"
            "二、2024年经济社会发展主要预期目标\n1.地区生产总值增长6%左右。\n\n"
            "三、2024年主要任务\n（一）扩大有效需求。新建城市道路30公里。\n\n各位代表，让我们奋力前行！\n")


def _county(tasks: str) -> str:
    return ("循化撒拉族自治县人民政府工作报告\n——2018年1月9日在循化撒拉族自治县第十七届人民代表大会第二次会议上\n\n"
            "各位代表：\n\n一、过去五年工作回顾\n2017年，全县完成生产总值46.8亿元，增长7.6%。\n\n"
            "二、2018年工作安排\n今年全县经济社会发展的主要预期目标是：生产总值增长8%左右。\n"
            "（一）打赢脱贫攻坚战。" + tasks + "\n\n各位代表！让我们团结奋斗！\n")


# 1. last year's target named by 预期 alone after the figure: the comparison word is the result's, no bound of the target
@pytest.mark.parametrize("sentence,key,want", [
    # a fall set against the planned rise (the base read 低于 as the target's at_most)
    ("外贸进出口总额1679.1亿元，下降3.9%，低于年初增长5%的预期。", ("foreign_trade", "target", "2023", "growth"), (5, "eq")),
    # the reason after the comma, 预期 closing its clause before it
    ("一般公共预算收入增长3.2%，低于年初6%的预期，主要是落实减税降费政策。",
     ("general_budget_revenue", "target", "2023", "growth"), (6, "eq")),
    # 高于 (the base: at_least)
    ("社会消费品零售总额增长4.6%，高于年初增长4%的预期。", ("retail_sales", "target", "2023", "growth"), (4, "eq")),
    # 略低于, and a share's target
    ("城镇登记失业率3.1%，略低于年初4.5%的预期。", ("registered_unemployment_rate", "target", "2023", "share"), (4.5, "eq")),
    # a count's, 年度预期 (the base: at_least from 超过)
    ("城镇新增就业1.2万人，超过1万人的年度预期。", ("urban_new_jobs", "target", "2023", "level"), (1, "eq")),
])
def test_target_named_by_expectation_alone_takes_no_bound_from_the_comparison(sentence, key, want):
    assert key_values(read(_plan(sentence))).get(key) == want


# look-alikes: the target's own bound word after its figure stays; the named 预期目标 as before
@pytest.mark.parametrize("sentence,key,want", [
    ("社会消费品零售总额增长6.2%，实现了增长6%以上的预期。", ("retail_sales", "target", "2023", "growth"), (6, "at_least")),
    ("城镇调查失业率4.8%，低于5.5%左右的预期目标。", ("urban_unemployment_rate", "target", "2023", "share"), (5.5, "about")),
    ("居民消费价格上涨1.8%，低于3%的预期目标。", ("cpi", "target", "2023", "growth"), (3, "eq")),
    # 预期 not closing its clause (a pace named after it): left as it was read
    ("固定资产投资增长2.1%，低于5%的预期增速。", ("fixed_asset_investment", "target", "2023", "growth"), (5, "at_most")),
])
def test_expectation_look_alikes_keep_their_reading(sentence, key, want):
    assert key_values(read(_plan(sentence))).get(key) == want


def _periods(d) -> dict:
    return {(p.object, p.value, p.unit): p.period for p in d.pledges}


# 2. the report's year named before the figures, a later year only as a deadline after them: the figures are the year's
@pytest.mark.parametrize("task,items", [
    ("确保今年实现3个贫困村退出、1200名贫困人口脱贫，到2019年全县脱贫摘帽。",
     [("贫困村", 3, "个"), ("贫困人口", 1200, "名")]),
    ("确保2018年实现3个贫困村退出，到2019年全县脱贫摘帽。", [("贫困村", 3, "个")]),          # the year in digits
    ("力争2018年减少贫困人口1200人，到2020年与全国同步进入全面小康社会。", [("贫困人口", 1200, "人")]),
    ("年内完成易地扶贫搬迁286户，到2019年全部搬迁入住。", [("易地扶贫搬迁", 286, "户")]),      # 年内
    ("全年新建高标准农田5万亩，到2020年全部建成。", [("高标准农田", 5, "万亩")]),              # 全年
])
def test_figures_the_report_year_dates_before_a_later_deadline_are_the_years(task, items):
    got = _periods(read(_county(task)))
    for item in items:
        assert got.get(item) == "2018", (item, got)


# look-alikes: no year before the figures (the deadline is theirs); a count of years is no year; a later year with a
# figure of its own dates that figure; the later year before the figures dates them
@pytest.mark.parametrize("task,item,period", [
    ("新建学校10所，于2020年底前全部建成。", ("学校", 10, "所"), "2020"),
    ("新建高标准农田5万亩，到2020年全部建成。", ("高标准农田", 5, "万亩"), "2020"),
    ("今年新建高标准农田5万亩，到2020年累计建成30万亩。", ("高标准农田", 30, "万亩"), "2020"),
    ("今年新建高标准农田5万亩，到2020年累计建成30万亩。", ("高标准农田", 5, "万亩"), "2018"),
    ("到2020年全年接待游客达到300万人次。", ("游客", 300, "万人次"), "2020"),
])
def test_deadline_look_alikes_keep_their_period(task, item, period):
    assert _periods(read(_county(task))).get(item) == period


def test_a_count_of_years_is_not_the_reports_year():
    # "三年内": within three years, no word of the report's year before the figure
    got = _periods(read(_county("三年内新建农村公路300公里，到2020年全部建成。")))
    assert got.get(("农村公路", 300, "公里")) not in (None, "2018")
