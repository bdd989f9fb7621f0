"""Session long15: whole provincial and city reports of 2016-2019 (the 十三五 years) — a lead to the year's work
closed by a full stop, enterprises counted in 户, a five-year part's paragraphs on the one year, a stock's total after
a span's 累计, capacities inside project names, an investment after a count of projects, 压减 by a %, a poor
households' labour transfer."""
from __future__ import annotations

import pytest

from factkeys import facts, read, val  # tests/factkeys.py
from factkeys import pledged as pledges_of

HEAD = "吉林省政府工作报告\n——2018年1月28日在吉林省第十三届人民代表大会第一次会议上\n\n各位代表：\n\n"
REVIEW = "一、过去五年工作回顾\n\n过去五年，全省地区生产总值年均增长6.9%。\n\n"
GOALS_AND_WORK = "二、今后五年的主要目标和2018年的工作\n\n" \
    "今后五年，全省经济社会发展的主要目标是：地区生产总值年均增长6%左右；常住人口城镇化率达到60%以上。\n\n" \
    "今年全省经济社会发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业45万人以上；实际利用外资增长8%。\n\n"
# a long paragraph (not a heading), as a report's sub-sections are
OPEN_UP = "（七）推进全方位开放合作。深入实施长吉图战略，推进中蒙俄经济走廊吉林段建设，办好第十二届东北亚博览会。" \
    "实际利用外资增长8%，实际到位内资增长10%。培育外贸进出口实绩企业300户。推进中国（吉林）自由贸易试验区申报工作，" \
    "加快珲春海洋经济发展示范区建设，积极参与“一带一路”建设，推动企业走出去，全年对外直接投资增长10%。\n"


def pledged(text: str, year: int = 2018) -> set[tuple]:
    """(object, value, unit) of the pledges of text read as a report of ``year`` (factkeys.pledged)."""
    return pledges_of(read(text, report_year=year))


# 1. a part titled for the plan's goals and the year's work, its lead to the work a paragraph closed by a full stop
@pytest.mark.parametrize("lead", [
    "做好今年工作，重点抓好以下十个方面。",
    "实现上述目标，我们将着力抓好以下九个方面工作。",
    "围绕上述目标，重点做好以下几个方面工作。",
])
def test_a_stop_closed_lead_opens_the_years_work(lead):
    got = pledged(HEAD + REVIEW + GOALS_AND_WORK + lead + "\n\n" + OPEN_UP)
    assert ("外贸进出口实绩企业", 300, "户") in got
    assert ("实际到位内资", 10, "%") in got
    assert ("对外直接投资", 10, "%") in got


# the same paragraph with no number and title sentence before it: a paragraph of the part's own text (since decision
# 391, "（七）推进全方位开放合作。…" is a sub-section titled by its first sentence at any length, as it was at up to 120
# characters before: a numbered item of the year's work, its figures pledged with or without a lead; decision 394)
OPEN_UP_PLAIN = OPEN_UP.split("。", 1)[1]


def test_without_a_lead_the_goals_part_keeps_its_reading():
    # (no lead to the work: the paragraph stays in the goals part, its indicator figures no pledges)
    got = pledged(HEAD + REVIEW + GOALS_AND_WORK + OPEN_UP_PLAIN)
    assert ("实际到位内资", 10, "%") not in got


def test_a_numbered_task_item_is_the_years_work_without_a_lead():
    # (the paragraph under its number and title sentence: a sub-section of the year's work, long or short alike)
    for para in (OPEN_UP, "（七）推进全方位开放合作。实际利用外资增长8%，实际到位内资增长10%。培育外贸进出口实绩企业300户。\n"):
        assert ("实际到位内资", 10, "%") in pledged(HEAD + REVIEW + GOALS_AND_WORK + para)


@pytest.mark.parametrize("lead", [
    "实现上述目标，必须坚持稳中求进工作总基调。",  # (names no work listed after it)
    "做好今年工作，重点抓好以下十个方面。今年全省经济社会发展主要预期目标是：地区生产总值增长6%左右。",  # (two sentences)
])
def test_other_short_paragraphs_are_no_lead(lead):
    got = pledged(HEAD + REVIEW + GOALS_AND_WORK + lead + "\n\n" + OPEN_UP_PLAIN)
    assert ("实际到位内资", 10, "%") not in got


def test_the_target_list_after_a_stop_lead_stays_the_list():
    text = HEAD + REVIEW + "二、今后五年的主要目标和2018年的工作\n\n做好今年工作，重点抓好以下十个方面。\n\n" \
        "今年全省经济社会发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业45万人以上；新建高标准农田100万亩。\n\n" + OPEN_UP
    got = pledged(text)
    assert not any(o == "城镇新增就业" for o, _, _ in got)
    fs = facts(text, report_year=2018)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (6, "about")


# 2. enterprises counted in 户 (云南, 吉林, 贵州 write 户 for firms)
@pytest.mark.parametrize("sent,value", [
    ("高新技术企业达到1005户。", 1005),
    ("新认定高新技术企业366户，总数达到858户。", 858),
])
def test_high_tech_enterprises_in_hu(sent, value):
    fs = facts("一、2015年工作回顾\n\n2015年，全省经济平稳。" + sent + "\n", report_year=2016)
    f = fs[("high_tech_enterprises", "actual", "2015", "level")]
    assert (f.value, f.unit) == (value, "户")


def test_high_tech_guard_words_still_hold_in_hu():
    fs = facts("一、2015年工作回顾\n\n2015年，全省经济平稳。高新技术企业培育入库企业达到300户。\n", report_year=2016)
    assert ("high_tech_enterprises", "actual", "2015", "level") not in fs


# 3. a five-year part: the paragraphs after the one year's opening ("2017年，…。一年来，我们主要做了以下工作。") are that year's
FIVE = "一、过去五年工作回顾\n\n过去五年，全省地区生产总值年均增长6.9%，五年累计城镇新增就业283万人。\n\n" \
    "2017年，全省经济社会发展稳中有进。全年实现地区生产总值15289亿元，增长5.3%。\n\n一年来，我们主要做了以下工作。\n\n" \
    "（一）全力稳定经济增长。坚持投资、消费、出口协同发力，实施“五大发展”工程，开工建设重点项目2112个，长春至白城铁路扩能改造、" \
    "沈白高铁前期工作加快推进，旅游业快速发展。\n\n"


def test_a_flows_share_after_the_one_years_opening_is_that_years():
    text = HEAD + FIVE + "（五）持续保障和改善民生。全省民生支出2792亿元，占一般公共预算支出的比重达到77%。城乡居民基本医疗保险财政" \
        "补助标准提高到每人每年450元，企业退休人员基本养老金实现“十三连调”，全面实施“十件民生实事”，兑现了向人民群众作出的承诺。\n"
    fs = facts(text, report_year=2018)
    assert val(fs, ("livelihood_expenditure", "actual", "2017", "share")) == (77, "eq")
    assert ("livelihood_expenditure", "actual", "2013-2017", "share") not in fs
    assert val(fs, ("urban_new_jobs", "actual", "2013-2017", "level")) == (283, "eq")


def test_a_flows_share_in_the_five_years_paragraph_keeps_the_span():
    text = HEAD + "一、过去五年工作回顾\n\n过去五年，全省民生支出占一般公共预算支出的比重保持在75%以上。\n\n" \
        "2017年，全省经济社会发展稳中有进。全年实现地区生产总值15289亿元，增长5.3%。\n"
    fs = facts(text, report_year=2018)
    assert ("livelihood_expenditure", "actual", "2013-2017", "share") in fs
    assert ("livelihood_expenditure", "actual", "2017", "share") not in fs


# 4. a span's 累计 of what a stock gained, then its total in a clause of its own: the total is the stock at the end
@pytest.mark.parametrize("sent,iid,value", [
    ("五年累计新增市场主体96万户，总数达到205万户。", "market_entities", 205),
    ("五年累计新增高新技术企业300家，总数达到858家。", "high_tech_enterprises", 858),
    ("五年累计新增市场主体96万户，总量达到205万户。", "market_entities", 205),
])
def test_a_stocks_total_after_a_spans_gain_is_the_end_years(sent, iid, value):
    fs = facts(HEAD + "一、过去五年工作回顾\n\n" + sent + "\n", report_year=2018)
    assert val(fs, (iid, "actual", "2017", "level")) == (value, "eq")
    assert (iid, "actual", "2013-2017", "level") not in fs or fs[(iid, "actual", "2013-2017", "level")].value != value


@pytest.mark.parametrize("sent,iid,value", [
    ("五年累计城镇新增就业283万人。", "urban_new_jobs", 283),  # (a count over the span)
    ("五年累计新增高新技术企业300家。", "high_tech_enterprises", 300),  # (what the stock gained, no total)
])
def test_a_spans_total_alone_keeps_the_span(sent, iid, value):
    fs = facts(HEAD + "一、过去五年工作回顾\n\n" + sent + "\n", report_year=2018)
    assert val(fs, (iid, "actual", "2013-2017", "level")) == (value, "eq")


TASKS = "云南省政府工作报告\n——2016年1月25日在云南省第十二届人民代表大会第四次会议上\n\n一、2015年工作回顾\n\n" \
    "2015年，全省生产总值增长8.7%。\n\n二、2016年工作安排\n\n"


# 5. a capacity written straight before a product and a project's head is part of the project's name
@pytest.mark.parametrize("sent", [
    "推进云南石化1000万吨炼油项目建成投产。",
    "推进吉化120万吨乙烯改扩建项目，建设长春国家生物产业基地。",
    "加快建设30万辆新能源汽车生产线。",
])
def test_a_capacity_run_into_a_projects_name_is_no_pledge(sent):
    got = pledged(TASKS + sent + "\n", 2016)
    assert not any(u in ("万吨", "万辆") for _, _, u in got)


@pytest.mark.parametrize("sent,want", [
    ("今年压减煤炭产能1000万吨，关闭煤矿100处以上。", ("煤炭产能", 1000, "万吨")),
    ("全年新增电力装机300万千瓦，建成光伏项目5个。", ("电力装机", 300, "万千瓦")),
    ("力争全省汽车产量达到300万辆。", ("汽车产量", 300, "万辆")),
    ("化解钢铁过剩产能200万吨，推进企业兼并重组项目。", ("钢铁过剩产能", 200, "万吨")),
])
def test_an_output_counted_stays_a_pledge(sent, want):
    assert want in pledged(TASKS + sent + "\n", 2016)


# 6. an amount named 投资额 right after a count of projects is those projects' investment
def test_an_investment_after_a_count_of_projects_is_theirs():
    got = pledged(TASKS + "推广PPP模式，新增落地PPP项目50个、投资额500亿元。\n", 2016)
    assert ("PPP项目", 50, "个") in got
    assert ("PPP项目投资额", 500, "亿元") in got


def test_an_investment_after_other_counts_keeps_its_name():
    got = pledged(TASKS + "新建学校5所、投资额3亿元。推出PPP项目50个，总投资600亿元。\n", 2016)
    assert ("投资额", 3, "亿元") in got
    assert not any(v == 600 for _, v, _ in got)  # (what the projects are worth in all: no pledge, as before)


# 7. 压减 and 压降 by a %: a change, as 压缩 is
@pytest.mark.parametrize("sent,want", [
    ("严格执行中央八项规定精神，一般性支出压减5%以上。", ("一般性支出", 5, "%")),
    ("压降一般性支出10%，“三公”经费只减不增。", ("一般性支出", 10, "%")),
])
def test_yajian_by_a_percent_is_a_pledge(sent, want):
    assert want in pledged(TASKS + sent + "\n", 2016)


def test_yajian_of_an_amount_is_still_the_action():
    d = read(TASKS + "全年压减炼钢产能805万吨、炼铁产能560万吨。\n", report_year=2016)
    got = {(p.action, p.object, p.value) for p in d.pledges}
    assert ("压减", "炼钢产能", 805) in got and ("压减", "炼铁产能", 560) in got


# 8. the labour transfer of poor households is theirs, not the region's rural labour transfer
def test_poor_households_labour_transfer_is_no_region_figure():
    fs = facts(TASKS + "新增建档立卡贫困户劳动力转移就业50万人次。\n", report_year=2016)
    assert not any(k[0] == "rural_labor_transfer" for k in fs)


def test_rural_labour_transfer_stays():
    fs = facts(TASKS + "全年农村劳动力转移就业80万人。\n", report_year=2016)
    assert val(fs, ("rural_labor_transfer", "target", "2016", "level")) == (80, "eq")


# 9. 去库存 acts on the housing before it, as 去化 and 消化 do
@pytest.mark.parametrize("sent,want", [
    ("商品住房去库存200万平方米。", ("商品住房", 200, "万平方米")),
    ("去库存商品房150万平方米。", ("商品房", 150, "万平方米")),
])
def test_qukucun_is_a_pledge_verb(sent, want):
    assert want in pledged(TASKS + sent + "\n", 2016)


def test_qukucun_named_without_a_figure_pledges_nothing_of_its_own():
    got = pledged(TASKS + "推进商品房去库存，全年商品房销售面积增长8%以上。\n", 2016)
    assert got == {("商品房销售面积", 8, "%")}


# 10. a goal's total the plan's five years add up to, in a list a year leads: the plan's span
PLAN_GOALS = "遵义市人民政府工作报告\n——2016年2月22日在遵义市第五届人民代表大会第五次会议上\n\n二、“十三五”时期主要目标\n\n" \
    "“十三五”时期，全市经济社会发展的主要目标是："


@pytest.mark.parametrize("items", [
    "到2020年，地区生产总值达到4000亿元，年均增长11%左右；固定资产投资五年累计达到1.3万亿元；森林覆盖率达到60%。",
    "到2020年，地区生产总值达到4000亿元；五年累计完成固定资产投资1.3万亿元；森林覆盖率达到60%。",
])
def test_a_five_year_total_under_a_year_led_list_takes_the_span(items):
    fs = facts(PLAN_GOALS + items + "\n\n三、2016年工作安排\n\n新建学校5所。\n", report_year=2016)
    assert val(fs, ("fixed_asset_investment", "goal", "2016-2020", "level")) == (1.3, "eq")
    assert val(fs, ("gdp", "goal", "2020", "level")) == (4000, "eq")
    assert val(fs, ("forest_coverage", "goal", "2020", "share")) == (60, "eq")


def test_a_total_by_the_year_without_the_five_years_keeps_the_year():
    fs = facts(PLAN_GOALS + "到2020年，地区生产总值达到4000亿元；累计城镇新增就业40万人。\n\n三、2016年工作安排\n\n新建学校5所。\n",
               report_year=2016)
    assert val(fs, ("urban_new_jobs", "goal", "2020", "level")) == (40, "eq")


# 11. a paragraph opening on the one year with an estimate's word ("2015年，预计…") in the review of an ended plan:
# the sentences after its first are that year's, as without the word
ENDED = "曲靖市人民政府工作报告\n——2016年2月18日在曲靖市第五届人民代表大会第六次会议上\n\n一、“十二五”时期工作回顾\n\n" \
    "“十二五”期间，全市地区生产总值年均增长10.5%。\n\n"


@pytest.mark.parametrize("opening", ["2015年，预计全市生产总值完成1630亿元，增长9%左右。",
                                     "2015年，初步核算，全市生产总值完成1630亿元，增长9%左右。",
                                     "2015年，全市生产总值完成1630亿元，增长9%左右。"])
def test_the_years_paragraph_with_an_estimate_stays_the_years(opening):
    text = ENDED + opening + "一般公共预算收入完成120亿元，同口径增长8.5%。规模以上工业增加值增长7%。\n"
    fs = facts(text, report_year=2016)
    assert val(fs, ("general_budget_revenue", "actual", "2015", "growth")) == (8.5, "eq")
    assert val(fs, ("industrial_va", "actual", "2015", "growth")) == (7, "eq")
    assert ("industrial_va", "actual", "2011-2015", "growth") not in fs


def test_a_five_years_paragraph_in_the_ended_plan_keeps_the_span():
    text = ENDED + "五年来，预计全市规模以上工业增加值年均增长9%，一般公共预算收入年均增长12%。\n"
    fs = facts(text, report_year=2016)
    assert val(fs, ("industrial_va", "actual", "2011-2015", "growth")) == (9, "eq")
    assert ("industrial_va", "actual", "2015", "growth") not in fs


# 12. a pollutant's concentration "improves" (改善) by a %: a fall (山东's wording), in a result, a target and a pledge
WEIFANG = "潍坊市政府工作报告\n——2018年1月21日在潍坊市第十七届人民代表大会第二次会议上\n\n一、2017年工作回顾\n\n"


def test_a_concentrations_improvement_is_a_fall():
    text = WEIFANG + "2017年，PM2.5年均浓度为56微克/立方米，同比改善5.1%。\n\n二、2018年工作安排\n\n" \
        "今年主要预期目标是：生产总值增长7%左右。\n\n重点做好以下几个方面工作：\n（三）打好污染防治攻坚战。PM2.5平均浓度改善8%，优良天数比例达到60%以上。\n"
    fs = facts(text, report_year=2018)
    assert val(fs, ("pm25", "actual", "2017", "growth")) == (-5.1, "eq")
    assert val(fs, ("pm25", "actual", "2017", "level")) == (56, "eq")
    assert val(fs, ("pm25", "target", "2018", "growth")) == (-8, "eq")
    assert ("PM2.5平均浓度", 8, "%") in pledged(text)


def test_a_fall_said_plainly_and_other_improvements_stay():
    text = WEIFANG + "2017年，全市空气质量持续改善，细颗粒物平均浓度下降5.1%，城乡居民人均可支配收入增长8.3%。\n"
    fs = facts(text, report_year=2018)
    assert val(fs, ("pm25", "actual", "2017", "growth")) == (-5.1, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2017", "growth")) == (8.3, "eq")


def test_gaishan_of_a_count_is_still_a_pledge():
    got = pledged(TASKS + "改善贫困地区薄弱学校办学条件100所。\n", 2016)
    assert ("贫困地区薄弱学校办学条件", 100, "所") in got


# 13. a short bracket of kinds after a count ("6个贫困县（市、区）摘帽"): its 、 ends nothing, the status after it acts
@pytest.mark.parametrize("sent,want", [
    ("确保于都、宁都等6个贫困县（市、区）摘帽，退出贫困村200个以上。", ("贫困县（市、区）", 6, "个")),
    ("确保盘州市、水城县2个县（市、特区）摘帽。", ("县（市、特区）", 2, "个")),
])
def test_a_bracket_of_kinds_stays_in_the_object(sent, want):
    d = read(TASKS + sent + "\n", report_year=2016)
    got = {(p.object, p.value, p.unit): p.action for p in d.pledges}
    assert got.get(want) == "摘帽"


def test_a_list_after_a_closed_bracket_still_splits():
    got = pledged(TASKS + "改造老旧小区100个（含城中村、棚户区），新建学校5所、幼儿园8所。\n", 2016)
    assert ("老旧小区", 100, "个") in got
    assert ("学校", 5, "所") in got and ("幼儿园", 8, "所") in got


# 14. 关闭 acts on what it closes, as 关停 does
def test_guanbi_is_the_action():
    d = read(TASKS + "化解煤炭过剩产能450万吨，关闭煤矿18处。\n", report_year=2016)
    got = {(p.action, p.object, p.value) for p in d.pledges}
    assert ("关闭", "煤矿", 18) in got and ("化解", "煤炭过剩产能", 450) in got



# 15. 一般性支出 and 三公经费 are fiscal objects (the closing part, "加强政府自身建设", still pledges nothing:
# tests/test_review16.py)
def test_spending_cuts_in_the_tasks_are_fiscal_pledges():
    d = read(TASKS + "严控“三公”经费，一般性支出压缩5%以上，“三公”经费再压减3%。\n", report_year=2016)
    got = {(p.object, p.value, p.unit): (p.object_norm, p.category) for p in d.pledges}
    assert got.get(("一般性支出", 5, "%")) == ("一般性支出", "财政")
    assert got.get(("“三公”经费", 3, "%")) == ("三公经费", "财政")
