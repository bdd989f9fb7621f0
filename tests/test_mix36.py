"""mix36: paragraphs that hold last year's result and this year's target together, blind (decision 155): a clause
before the sentence turns to 今年 with the name left out (or a bare 全年 before a later 今年) is last year's; 今年, 明年
and the year go on with the same name's amount done, gain, bound, base year or bare figure; a bound after ； in a
paragraph turned to 今年 is this year's; a township heading its line is a part; a plan report of December's label
lines (上年 after the year's own, 明年 after a full stop or ；, the pair's incomes by their residents); an amount aimed
at after the same figure's change; and the pledges of such paragraphs."""
from __future__ import annotations

import pytest
from factkeys import facts, read, val  # tests/factkeys.py

EARLY = "XX县政府工作报告\n——2024年1月9日在XX县第十八届人民代表大会第三次会议上\n一、重点工作\n"
LATE = ("关于XX市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n"
        "——2019年12月27日在XX市第七届人民代表大会第五次会议上\n一、2019年计划执行情况和2020年主要预期目标\n")
# a sentence of this year before, so that an undated clause is not read by the paragraph's first cue
TURNED = "去年地区生产总值增长5.1%；今年地区生产总值预期增长5%左右。"


@pytest.mark.parametrize("sentence, key, last, this", [
    ("规模以上工业增加值增长7.9%，今年增长8%左右。", ("industrial_va", "growth"), (7.9, "eq"), (8, "about")),
    ("社会消费品零售总额完成158.2亿元，今年力争完成170亿元以上。", ("retail_sales", "level"), (158.2, "eq"), (170, "at_least")),
    ("单位地区生产总值能耗下降4.1%，今年下降3%。", ("energy_intensity", "growth"), (-4.1, "eq"), (-3, "eq")),
    ("实际使用外资3.6亿美元，同比增长12%，今年在去年的基础上增长10%。", ("fdi", "growth"), (12, "eq"), (10, "eq")),
    ("一般公共预算收入完成18.4亿元，增长3.3%，今年增长4%。", ("general_budget_revenue", "growth"), (3.3, "eq"), (4, "eq")),
])
def test_a_clause_before_the_turn_to_this_year_is_last_years(sentence, key, last, this):
    fs = facts(EARLY + TURNED + sentence + "\n", report_year=2024)
    assert val(fs, (key[0], "actual", "2023", key[1])) == last
    assert val(fs, (key[0], "target", "2024", key[1])) == this


@pytest.mark.parametrize("sentence, key, last, this", [
    ("全年粮食总产量达到52.6万吨，实现“十连丰”；今年粮食总产量稳定在50万吨以上。", ("grain_output", "level"),
     (52.6, "eq"), (50, "at_least")),
    ("全年城镇新增就业6100人，今年城镇新增就业6000人以上。", ("urban_new_jobs", "level"), (6100, "eq"), (6000, "at_least")),
])
def test_a_bare_whole_year_before_a_later_this_year_is_last_years(sentence, key, last, this):
    fs = facts(EARLY + TURNED + sentence + "\n", report_year=2024)
    assert val(fs, (key[0], "actual", "2023", key[1])) == last
    assert val(fs, (key[0], "target", "2024", key[1])) == this


def test_a_name_said_again_after_this_year_dates_the_sentences_figures_before_it():
    fs = facts(EARLY + TURNED + "接待游客612万人次，增长9%，旅游总收入52亿元，今年接待游客增长10%以上。\n", report_year=2024)
    assert val(fs, ("tourist_visits", "actual", "2023", "level")) == (612, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2023", "level")) == (52, "eq")
    assert val(fs, ("tourist_visits", "target", "2024", "growth")) == (10, "at_least")


def test_another_name_after_this_year_dates_nothing_back():
    # (a task of another thing after the turn: the figure before it is this year's, as the paragraph has it)
    fs = facts(EARLY + TURNED + "规模以上工业增加值增长8%，今年新增规上工业企业20家。\n", report_year=2024)
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (8, "eq")


def test_a_figure_set_before_the_turn_stays_this_years():
    fs = facts(EARLY + TURNED + "一般公共预算收入目标定在增长5%，今年力争增长6%。\n", report_year=2024)
    assert ("general_budget_revenue", "actual", "2023", "growth") not in fs


def test_a_clause_that_names_its_own_work_after_this_year_dates_nothing_back():
    # ("今年完成投资…": the turn names what is counted, no figure of the same name: the clause before keeps the paragraph's)
    fs = facts(EARLY + "今年要加快项目建设。固定资产投资增长6%，今年完成投资100亿元以上。\n", report_year=2024)
    assert ("fixed_asset_investment", "actual", "2023", "growth") not in fs


@pytest.mark.parametrize("sentence, key, last, this", [
    ("去年城镇新增就业5200人，今年新增5000人以上。", ("urban_new_jobs", "level"), (5200, "eq"), (5000, "at_least")),
    ("去年固定资产投资完成210亿元，今年完成230亿元。", ("fixed_asset_investment", "level"), (210, "eq"), (230, "eq")),
    ("去年税收占一般公共预算收入比重为76.5%，今年保持在75%以上。", ("tax_revenue_share", "share"), (76.5, "eq"), (75, "at_least")),
    ("去年农村居民人均可支配收入增长7.1%，今年在去年的基础上增长7%。", ("rural_disposable_income", "growth"), (7.1, "eq"), (7, "eq")),
    ("去年社会消费品零售总额下降3.1%；今年要恢复性增长9%以上。", ("retail_sales", "growth"), (-3.1, "eq"), (9, "at_least")),
])
def test_this_year_goes_on_with_the_same_names_figure(sentence, key, last, this):
    fs = facts(EARLY + sentence + "\n", report_year=2024)
    assert val(fs, (key[0], "actual", "2023", key[1])) == last
    assert val(fs, (key[0], "target", "2024", key[1])) == this


@pytest.mark.parametrize("sentence, key, last, this", [
    ("2023年，一般公共预算收入完成22.4亿元，增长4.6%；2024年增长4%左右。", ("general_budget_revenue", "growth"),
     (4.6, "eq"), (4, "about")),
    ("2023年，城镇居民人均可支配收入增长5.2%，2024年增长5.5%以上。", ("urban_disposable_income", "growth"), (5.2, "eq"), (5.5, "at_least")),
])
def test_the_report_years_figure_by_its_year_alone(sentence, key, last, this):
    fs = facts(EARLY + sentence + "\n", report_year=2024)
    assert val(fs, (key[0], "actual", "2023", key[1])) == last
    assert val(fs, (key[0], "target", "2024", key[1])) == this


def test_this_year_then_a_month_is_no_figure():
    fs = facts(EARLY + "去年城镇新增就业5200人，今年3月启动春风行动。\n", report_year=2024)
    assert not any(k[0] == "urban_new_jobs" and k[1] == "target" for k in fs)


@pytest.mark.parametrize("sentence, key, value", [
    ("去年城镇新增就业8300人，今年目标8000人以上；城镇调查失业率控制在5.5%以内。", "urban_unemployment_rate", (5.5, "at_most")),
    ("去年森林覆盖率达到45.2%，今年力争达到45.5%；空气质量优良天数比例保持在90%以上。", "good_air_days", (90, "at_least")),
])
def test_a_bound_after_the_turn_to_this_year_is_this_years(sentence, key, value):
    fs = facts(EARLY + sentence + "\n", report_year=2024)
    assert val(fs, (key, "target", "2024", "share")) == value
    assert (key, "actual", "2023", "share") not in fs


def test_a_result_after_the_turn_in_a_digest_stays_last_years():
    # (decision 93: a result, not a bound, after this year's clause of another name)
    fs = facts(EARLY + "去年外贸进出口总额326.5亿元，增长9.8%，今年预期增长5%左右；居民人均可支配收入增长5.9%。\n",
               report_year=2024)
    assert val(fs, ("disposable_income", "actual", "2023", "growth")) == (5.9, "eq")


@pytest.mark.parametrize("line, iid", [
    ("城关镇：去年完成固定资产投资21亿元，今年完成25亿元。", "fixed_asset_investment"),
    ("东风街道：去年实现社会消费品零售总额12.6亿元，今年增长8%。", "retail_sales"),
    ("石桥乡：去年粮食总产量1.8万吨，今年稳定在1.8万吨以上。", "grain_output"),
])
def test_a_township_heading_its_line_is_a_part(line, iid):
    fs = facts("XX区人民政府工作报告\n——2022年1月6日在XX区第十八届人民代表大会第一次会议上\n二、各镇（街道）工作\n" + line + "\n",
               region="青白江区", region_code="510113", level="county", report_year=2022)
    assert not any(k[0] == iid for k in fs)
    assert any(k[0].startswith("other:") for k in fs)


def test_a_whole_regions_line_heading_is_no_township():
    fs = facts("XX区人民政府工作报告\n——2022年1月6日在XX区第十八届人民代表大会第一次会议上\n二、工作\n"
               "城乡：去年城镇新增就业6200人，今年新增6000人。\n",
               region="青白江区", region_code="510113", level="county", report_year=2022)
    assert val(fs, ("urban_new_jobs", "actual", "2021", "level")) == (6200, "eq")


@pytest.mark.parametrize("line, key, last, before", [
    ("一般公共预算收入：本年预计完成86.2亿元，增长5.1%；上年为82亿元。明年增长5%。", "general_budget_revenue", 86.2, 82),
    ("社会消费品零售总额：本年预计完成920亿元，增长6.6%；上年为863亿元。明年预期增长6%左右。", "retail_sales", 920, 863),
])
def test_a_december_label_line_last_year_and_next(line, key, last, before):
    fs = facts(LATE + line + "\n", report_year=2020)
    assert val(fs, (key, "actual", "2019", "level")) == (last, "eq")
    assert val(fs, (key, "actual", "2018", "level")) == (before, "eq")
    assert (key, "target", "2020", "growth") in fs


@pytest.mark.parametrize("line, key, value", [
    ("城镇新增就业：本年预计4.2万人，明年4万人以上；城镇调查失业率控制在5.5%以内。", ("urban_unemployment_rate", "share"), (5.5, "at_most")),
    ("实际利用外资：本年预计完成2.6亿美元；明年完成2.8亿美元。", ("fdi", "level"), (2.8, "eq")),
])
def test_a_december_label_lines_next_year(line, key, value):
    fs = facts(LATE + line + "\n", report_year=2020)
    assert val(fs, (key[0], "target", "2020", key[1])) == value


def test_the_pairs_incomes_under_the_wholes_label():
    fs = facts(LATE + "居民人均可支配收入：本年城镇居民预计达到36200元、农村居民预计达到16800元，分别增长7.9%、8.8%；"
               "明年分别增长7%和8%。\n", report_year=2020)
    assert val(fs, ("urban_disposable_income", "actual", "2019", "level")) == (36200, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2019", "level")) == (16800, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2019", "growth")) == (8.8, "eq")
    assert val(fs, ("urban_disposable_income", "target", "2020", "growth")) == (7, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2020", "growth")) == (8, "eq")
    assert not any(k[0] == "disposable_income" for k in fs)


@pytest.mark.parametrize("sentence, key, value", [
    ("今年社会消费品零售总额增长8%，力争完成260亿元。", "retail_sales", (260, "eq")),
    ("今年一般公共预算收入增长5%，确保达到18亿元。", "general_budget_revenue", (18, "eq")),
])
def test_an_amount_aimed_at_after_the_same_figures_change(sentence, key, value):
    fs = facts(EARLY + sentence + "\n", report_year=2024)
    assert val(fs, (key, "target", "2024", "level")) == value


def test_an_aim_that_names_its_own_work_is_no_level_of_the_figure():
    fs = facts(EARLY + "今年地区生产总值增长6%，力争完成投资100亿元。\n", report_year=2024)
    assert ("gdp", "target", "2024", "level") not in fs


def test_the_pledges_of_a_sector_paragraph():
    d = read(EARLY + "去年新建高标准农田3万亩，今年再建设高标准农田4万亩。一般公共预算收入完成30.2亿元，增长6%，今年增长5%。"
             "社会消费品零售总额由上年的201亿元增加到去年的215亿元；今年新建改造农贸市场5个。"
             "研发经费投入强度去年为2.2%，今年提高到2.4%。\n", report_year=2024)
    got = {(p.object, p.value, p.unit) for p in d.pledges}
    assert ("高标准农田", 4, "万亩") in got
    assert ("农贸市场", 5, "个") in got
    assert not any(v in (3, 30.2, 6, 201, 215) for _, v, _ in got)
    assert all("去年" not in o for o, _, _ in got)


@pytest.mark.parametrize("sentence, key, last, this", [
    ("2024年完成固定资产投资52亿元，增长8%；2025年力争完成60亿元。", ("fixed_asset_investment", "level"), (52, "eq"), (60, "eq")),
    ("2024年实现社会消费品零售总额88.6亿元；2025年确保完成95亿元以上。", ("retail_sales", "level"), (88.6, "eq"), (95, "at_least")),
])
def test_the_years_amount_done_after_last_years(sentence, key, last, this):
    fs = facts(EARLY.replace("2024年1月9日", "2025年1月9日") + sentence + "\n", report_year=2025)
    assert val(fs, (key[0], "actual", "2024", key[1])) == last
    assert val(fs, (key[0], "target", "2025", key[1])) == this


@pytest.mark.parametrize("sentence", [
    "城镇居民人均可支配收入41250元、农村居民人均可支配收入22180元，分别增长4.6%、6.2%；今年分别增长5%和6.5%。",
    "城镇常住居民人均可支配收入41250元，农村常住居民人均可支配收入22180元，分别增长4.6%和6.2%，今年分别增长5%、6.5%。",
])
def test_two_runs_after_respectively_last_year_then_this(sentence):
    fs = facts(EARLY + TURNED + sentence + "\n", report_year=2024)
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (4.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("urban_disposable_income", "target", "2024", "growth")) == (5, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (22180, "eq")
