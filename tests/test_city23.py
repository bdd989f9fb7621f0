"""Session city23: whole prefecture-city work reports of 2020–2023 (襄阳 2020, 赣州 2021, 湛江 2023 written as
work material; 榆林 2022 held out): a stock's growth after its total, soft recovery targets, pledge shapes of the
epidemic years (testing capacity, days a reserve lasts, 新种/新造)."""
from __future__ import annotations

import pytest

from factkeys import facts, val, read, pledged  # tests/factkeys.py

REVIEW = "一、2022年工作回顾\n"
TARGETS = "二、2020年主要预期目标\n今年全市经济社会发展主要预期目标是："
TASKS = "三、2021年重点工作\n"


# a stock's total, then its growth: the stock grew by that much
@pytest.mark.parametrize("sent,iid,level,growth", [
    ("全市市场主体总量达到71.3万户，增长11.6%。", "market_entities", 71.3, 11.6),
    ("全市市场主体达到56.8万户，增长7.3%。", "market_entities", 56.8, 7.3),
    ("新增市场主体5.8万户，市场主体总数达到36.2万户，增长9.8%。", "market_entities", 36.2, 9.8),
    ("高新技术企业总数达到812家，增长12%。", "high_tech_enterprises", 812, 12),
])
def test_a_stocks_growth_after_its_total(sent, iid, level, growth):
    fs = facts(REVIEW + sent + "\n", report_year=2023)
    assert val(fs, (iid, "actual", "2022", "level")) == (level, "eq")
    assert val(fs, (iid, "actual", "2022", "growth")) == (growth, "eq")


# what a stock gained grew, not the stock: no growth of the stock
@pytest.mark.parametrize("sent,iid", [
    ("全年新增市场主体1.2万户，增长15.3%。", "market_entities"),
    ("新增高新技术企业86家，增长20%。", "high_tech_enterprises"),
    ("新增规上工业企业96家、高新技术企业65家，增长12%。", "high_tech_enterprises"),
])
def test_growth_of_what_a_stock_gained_is_not_the_stocks(sent, iid):
    fs = facts(REVIEW + sent + "\n", report_year=2023)
    assert (iid, "actual", "2022", "growth") not in fs


# soft targets of a recovery year, written with 持续/逐步 or as a recovery
@pytest.mark.parametrize("sent,iids", [
    ("规模以上工业增加值、固定资产投资、社会消费品零售总额逐步恢复，降幅持续收窄；城镇新增就业5万人以上。",
     ("industrial_va", "fixed_asset_investment", "retail_sales")),
    ("固定资产投资降幅持续收窄；城镇新增就业5万人以上。", ("fixed_asset_investment",)),
    ("社会消费品零售总额加快恢复；城镇新增就业5万人以上。", ("retail_sales",)),
    ("规模以上工业增加值降幅逐步收窄；城镇新增就业5万人以上。", ("industrial_va",)),
])
def test_recovery_soft_targets(sent, iids):
    fs = facts(TARGETS + sent + "\n", report_year=2020)
    for iid in iids:
        f = fs[(iid, "target", "2020", "growth")]
        assert f.value is None and f.qualifier == "qualitative"
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (5, "at_least")


def test_recovery_words_in_a_review_are_no_facts():
    fs = facts("一、2019年工作回顾\n一年来，全市固定资产投资逐步恢复，社会消费品零售总额降幅持续收窄。规模以上工业增加值增长5%。\n",
               report_year=2020)
    assert ("fixed_asset_investment", "actual", "2019", "growth") not in fs
    assert ("retail_sales", "actual", "2019", "growth") not in fs
    assert val(fs, ("industrial_va", "actual", "2019", "growth")) == (5, "eq")


def test_a_numeric_target_keeps_its_key_before_a_recovery_restatement():
    fs = facts(TARGETS + "社会消费品零售总额增长12%左右。\n三、重点工作\n加快恢复接触型消费，社会消费品零售总额加快恢复。\n",
               report_year=2020)
    assert val(fs, ("retail_sales", "target", "2020", "growth")) == (12, "about")


# a daily testing capacity raised to a count of samples or tubes
@pytest.mark.parametrize("sent,item", [
    ("加强核酸检测能力建设，全市日核酸检测能力提升到2万份以上。", ("日核酸检测能力", 2, "万份")),
    ("全市日核酸检测能力提升至20万管以上。", ("日核酸检测能力", 20, "万管")),
    ("全市日核酸检测能力达到5万份以上，新建改造发热门诊30个。", ("日核酸检测能力", 5, "万份")),
    ("污水处理能力提升到10万吨。", ("污水处理能力", 10, "万吨")),
])
def test_testing_capacity_is_pledged(sent, item):
    assert item in pledged(read(TASKS + sent + "\n", report_year=2021))


# a noun ending in 提升 names a work before its count, it does not reach a level
@pytest.mark.parametrize("sent,item", [
    ("实施基层医疗服务能力提升项目10个。", ("基层医疗服务能力提升项目", 10, "个")),
    ("开展职业技能提升培训5万人次。", ("职业技能提升培训", 5, "万人次")),
])
def test_capacity_works_keep_their_names(sent, item):
    assert item in pledged(read(TASKS + sent + "\n", report_year=2021))


# the days a reserve lasts are no count pledged
@pytest.mark.parametrize("sent", [
    "储备防护物资满足30天满负荷运转需求。",
    "储备成品粮油满足全市居民15天以上消费需求。",
    "储备成品粮油可供全市居民15天以上消费。",
])
def test_days_a_reserve_lasts_are_no_pledge(sent):
    assert not [p for p in read(TASKS + sent + "\n", report_year=2021).pledges if p.unit == "天"]


@pytest.mark.parametrize("sent,item", [
    ("空气质量优良天数达到300天以上。", ("空气质量优良天数", 300, "天")),
    ("满足群众停车需求，新增停车位300个。", ("停车位", 300, "个")),
])
def test_day_and_need_look_alikes_stay_pledged(sent, item):
    assert item in pledged(read(TASKS + sent + "\n", report_year=2021))


# planting new orchards and forests
@pytest.mark.parametrize("sent,item", [
    ("发展富民产业，新种脐橙5万亩，新造油茶林10万亩。", ("脐橙", 5, "万亩")),
    ("发展富民产业，新种脐橙5万亩，新造油茶林10万亩。", ("油茶林", 10, "万亩")),
    ("新植苗木3万株。", ("苗木", 3, "万株")),
])
def test_new_planting_verbs(sent, item):
    assert item in pledged(read(TASKS + sent + "\n", report_year=2021))


def test_innovation_in_seeds_is_no_planting():
    ps = read(TASKS + "推动创新种业发展，建设种业基地3个。\n", report_year=2021).pledges
    assert [(p.action, p.object, p.value) for p in ps] == [("建设", "种业基地", 3)]


REVIEW20 = "一、2020年工作回顾\n"


# the year's rate compared with part of the year, then its rank: the rank is the year's
@pytest.mark.parametrize("sent", [
    "全年地区生产总值达到3753.0亿元，增长4.3%，比一季度回升12.2个百分点，增速居全省第2位。",
    "地区生产总值增长4.3%，较前三季度加快1.2个百分点，居全省第2位。",
])
def test_rank_after_a_comparison_with_part_of_the_year(sent):
    fs = facts(REVIEW20 + sent + "\n", report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (4.3, "eq")
    assert val(fs, ("gdp", "actual", "2020", "rank")) == (2, "eq")


# a change against part of the year is no change of the year; one against last year is
@pytest.mark.parametrize("sent,key", [
    ("城镇调查失业率5.3%，比一季度下降0.6个百分点。", ("urban_unemployment_rate", "actual", "2020", "pp_change")),
    ("常住人口城镇化率达到61.7%，比上半年提高0.3个百分点。", ("urbanization_rate", "actual", "2020", "pp_change")),
])
def test_change_against_part_of_the_year_is_no_fact(sent, key):
    fs = facts(REVIEW20 + sent + "\n", report_year=2021)
    assert key not in fs
    assert (key[0], "actual", "2020", "share") in fs


def test_change_against_last_year_stays():
    fs = facts(REVIEW20 + "城镇调查失业率5.3%，比上年下降0.6个百分点。\n", report_year=2021)
    assert val(fs, ("urban_unemployment_rate", "actual", "2020", "pp_change")) == (-0.6, "eq")


def test_figures_after_a_part_comparison_keep_their_names():
    fs = facts(REVIEW20 + "规模以上工业增加值增长6.2%，比上半年提高4.8个百分点；固定资产投资增长5.5%。\n", report_year=2021)
    assert val(fs, ("industrial_va", "actual", "2020", "growth")) == (6.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2020", "growth")) == (5.5, "eq")


TARGETS21 = "二、2021年主要预期目标\n今年经济社会发展的主要预期目标是："


# a growth since a base before last year in this year's targets: a goal over the years since the base
@pytest.mark.parametrize("sent,key,value", [
    ("社会消费品零售总额比2019年增长8%以上；城镇新增就业5万人。", ("retail_sales", "goal", "2020-2021", "growth"), (8, "at_least")),
    ("接待游客人次力争比2019年增长5%；城镇新增就业5万人。", ("tourist_visits", "goal", "2020-2021", "growth"), (5, "eq")),
])
def test_target_against_a_year_before_last_is_a_goal_over_the_years(sent, key, value):
    fs = facts(TARGETS21 + sent + "\n", report_year=2021)
    assert val(fs, key) == value
    assert (key[0], "target", "2021", "growth") not in fs


# against last year (named or by its year), or a doubling: this year's target
@pytest.mark.parametrize("text,key,value", [
    (TARGETS21 + "一般公共预算收入比上年增长6%；进出口总额较2020年增长10%。\n", ("general_budget_revenue", "target", "2021", "growth"), (6, "eq")),
    (TARGETS21 + "一般公共预算收入比上年增长6%；进出口总额较2020年增长10%。\n", ("foreign_trade", "target", "2021", "growth"), (10, "eq")),
    ("二、2024年主要预期目标\n今年主要预期目标是：规上工业增加值比2022年翻一番。\n", ("industrial_va", "target", "2024", "growth"), (100, "eq")),
])
def test_target_against_last_year_stays_the_years(text, key, value):
    fs = facts(text, report_year=int(key[2]))
    assert val(fs, key) == value


# a page copied without its line breaks, the paragraphs' indents kept: each indent after a sentence's end opens a
# paragraph, as a line break does
FIVE_THEN_YEAR = ("一、过去五年和2022年工作回顾{sep}五年来，综合实力跃上新台阶。全市地区生产总值从2017年的2824亿元增加到2022年的"
                  "3712.6亿元，年均增长4.6%；一般公共预算收入年均增长3.2%。{sep}2022年是党和国家历史上极为重要的一年。面对超预期因素"
                  "冲击，我们全力以赴稳住经济大盘。{sep}经济运行总体平稳。全市地区生产总值3712.6亿元，增长1.8%，低于年初预期目标6个百分点"
                  "左右。规模以上工业增加值增长6.8%。\n")


@pytest.mark.parametrize("sep", ["\n", "　　", "  "])
def test_year_paragraph_after_five_years_on_one_line(sep):
    fs = facts(FIVE_THEN_YEAR.format(sep=sep), report_year=2023)
    assert val(fs, ("gdp", "actual", "2018-2022", "growth")) == (4.6, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (1.8, "eq")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (6.8, "eq")


def test_one_line_page_keeps_its_parts_and_pledges():
    text = ("一、2022年工作回顾　　全市地区生产总值增长1.8%。　　二、2023年重点工作　　（一）扩大有效投资。"
            "全年安排市重点项目500个。　　新建5G基站3000个。\n")
    d = read(text, report_year=2023)
    assert {("市重点项目", 500, "个"), ("5G基站", 3000, "个")} <= pledged(d)


def test_a_single_space_after_a_stop_opens_no_paragraph():
    # (one space is a copy's slip, not an indent: the sentence after it stays in the five years' paragraph)
    fs = facts("一、过去五年工作回顾\n五年来，全市地区生产总值年均增长4.6%。 一般公共预算收入年均增长3.2%。\n", report_year=2023)
    assert val(fs, ("general_budget_revenue", "actual", "2018-2022", "growth")) == (3.2, "eq")


# a span a later sentence names of its own (过去三年, 三年平均) after the plan's part named in the paragraph
PLAN_PART_THEN = "一、2022年工作回顾\n“十四五”前两年，全市地区生产总值年均增长5.1%。"


@pytest.mark.parametrize("sent,key,value", [
    ("过去三年，全市累计为市场主体减负120亿元，城镇新增就业累计12.3万人。", ("urban_new_jobs", "actual", "2020-2022", "level"), (12.3, "eq")),
    ("2022年，全市地区生产总值增长3.2%，三年平均增长4.9%。", ("gdp", "actual", "2020-2022", "growth"), (4.9, "eq")),
])
def test_own_years_after_a_plan_part(sent, key, value):
    fs = facts(PLAN_PART_THEN + sent + "\n", report_year=2023)
    assert val(fs, ("gdp", "actual", "2021-2022", "growth")) == (5.1, "eq")
    assert val(fs, key) == value


def test_plan_part_alone_keeps_its_years():
    fs = facts(PLAN_PART_THEN + "城镇新增就业累计12.3万人。\n", report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2022", "level")) == (12.3, "eq")


def test_years_in_the_plan_parts_own_sentence_stay_the_plans():
    fs = facts("一、2023年工作回顾\n“十四五”以来，三年累计新增城镇就业15.2万人。\n", report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2023", "level")) == (15.2, "eq")


# a share of a base year's level: what reaches it is named before the verb, the base after it is no object
@pytest.mark.parametrize("sent,item", [
    ("力争全年旅游接待人次恢复到2019年水平的90%。", ("旅游接待人次", 90, "%")),
    ("旅游收入恢复到2019年同期的85%。", ("旅游收入", 85, "%")),
])
def test_share_of_a_base_year_names_what_reaches_it(sent, item):
    d = read(TASKS + sent + "\n", report_year=2021)
    assert item in pledged(d)
    assert not [p for p in d.pledges if p.object in ("水平", "同期")]


def test_share_of_a_base_with_nothing_named_is_no_pledge():
    d = read(TASKS + "推动消费恢复，恢复到疫情前水平的95%。\n", report_year=2021)
    assert not [p for p in d.pledges if p.unit == "%"]


def test_plain_share_pledge_unchanged():
    assert ("农村自来水普及率", 90, "%") in pledged(read(TASKS + "农村自来水普及率达到90%。\n", report_year=2021))


# a target set for parts of the year first, then the year's: the year's is the target
@pytest.mark.parametrize("sent,key,value", [
    ("地区生产总值一季度实现“开门红”，上半年增长10%以上，全年增长8%左右；城镇新增就业5万人。", ("gdp", "target", "2021", "growth"), (8, "about")),
    ("规上工业增加值一季度增长20%，全年增长9%；城镇新增就业5万人。", ("industrial_va", "target", "2021", "growth"), (9, "eq")),
])
def test_years_target_after_the_parts(sent, key, value):
    fs = facts(TARGETS21 + sent + "\n", report_year=2021)
    assert val(fs, key) == value


# runs of 分别 one after another, each as long as the named groups before it (found on the holdout after its final
# score: reported apart)
@pytest.mark.parametrize("sent,first,second", [
    ("城镇居民人均可支配收入36852元、农村居民人均可支配收入15963元，分别增长8.0%、10.7%，两年平均分别增长6.1%和8.9%。",
     ("urban_disposable_income", 8, 6.1), ("rural_disposable_income", 10.7, 8.9)),
    ("接待游客850万人次，实现旅游收入72亿元，分别增长15.2%和18.6%，两年平均分别增长5.1%和6.2%。",
     ("tourist_visits", 15.2, 5.1), ("tourism_revenue", 18.6, 6.2)),
])
@pytest.mark.parametrize("before", ["", "全市地区生产总值增长8.1%，两年平均增长5.6%。规模以上工业增加值增长7.6%；固定资产投资下降3.8%。"])
def test_two_runs_of_respectively(sent, first, second, before):
    # (after other figures in the paragraph too: the groups before are counted from the sentence's own)
    fs = facts("一、2021年工作回顾\n" + before + sent + "\n", report_year=2022)
    for iid, year_growth, average in (first, second):
        assert val(fs, (iid, "actual", "2021", "growth")) == (year_growth, "eq")
        assert val(fs, (iid, "actual", "2020-2021", "growth")) == (average, "eq")


def test_one_run_of_respectively_unchanged():
    fs = facts("一、2021年工作回顾\n城镇居民人均可支配收入36852元、农村居民人均可支配收入15963元，分别增长8.0%、10.7%。\n",
               report_year=2022)
    assert val(fs, ("urban_disposable_income", "actual", "2021", "growth")) == (8, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021", "growth")) == (10.7, "eq")


# a revenue with the budget revenue named as its part after 其中 is the whole (found on the holdout after its final score)
def test_revenue_with_budget_revenue_as_its_part_is_the_total():
    fs = facts("一、2021年工作回顾\n地方财政收入完成521.6亿元，增长48.1%，其中一般公共预算收入360.8亿元，增长41.6%，总量居全省第一。\n",
               report_year=2022)
    assert val(fs, ("fiscal_total_revenue", "actual", "2021", "level")) == (521.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "level")) == (360.8, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "growth")) == (41.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "rank")) == (1, "eq")


@pytest.mark.parametrize("sent,key,value", [
    ("地方财政收入完成52.6亿元，增长8.1%。", ("general_budget_revenue", "actual", "2021", "level"), (52.6, "eq")),
    ("一般公共预算收入完成360.8亿元，增长41.6%，其中税收收入250亿元。", ("general_budget_revenue", "actual", "2021", "level"), (360.8, "eq")),
])
def test_revenue_without_a_budget_part_keeps_its_reading(sent, key, value):
    assert val(facts("一、2021年工作回顾\n" + sent + "\n", report_year=2022), key) == value
