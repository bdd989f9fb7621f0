"""The shapes earlier rounds left, written afresh, blind (lft36; docs/decisions.md 157)."""
import pytest

from factkeys import facts, read, val

_NATIONAL = "关于2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n\n一、2022年计划执行情况\n"
_PROVINCE = "政府工作报告\n——2019年1月20日在某某省第十三届人民代表大会第二次会议上\n\n一、2018年工作回顾\n"
_COUNTY = "政府工作报告\n——2024年1月12日在某某县第十八届人民代表大会第四次会议上\n县长 李某\n\n一、2023年工作回顾\n"


def _national(body: str):
    return facts(_NATIONAL + body + "\n", report_year=2023, region="中华人民共和国", region_code="100000", level="national",
                 doc_type="plan_report")


def _county(body: str):
    return facts(_COUNTY + body + "\n", report_year=2024, region="某某县", level="county")


# 1. a part of the country or province standing as a clause of its own, its figures in the clauses after the comma:
# the part's, not the region's (the region's own figure after a full stop is still its)
@pytest.mark.parametrize("body, key, own", [
    ("东部地区，规模以上工业增加值增长4.1%，固定资产投资增长3.2%。全国规模以上工业增加值增长3.6%。",
     ("fixed_asset_investment", "actual", "2022", "growth"), (("industrial_va", "actual", "2022", "growth"), 3.6)),
    ("东北地区，粮食产量稳定在2900亿斤以上。全国粮食产量13731亿斤。",
     ("grain_output", "actual", "2022", "level"), (("grain_output", "actual", "2022", "level"), 13731)),
    ("老少边地区，特别是革命老区、民族地区，城乡居民人均可支配收入分别增长6.1%和7.3%。",
     ("urban_disposable_income", "actual", "2022", "growth"), None),
])
def test_a_part_as_its_own_clause_is_the_subject_after_it(body, key, own):
    fs = _national(body)
    if own is None:
        assert key not in fs
    else:
        assert key not in fs or key == own[0]
        assert val(fs, own[0]) == (own[1], "eq")


def test_a_provinces_part_as_its_own_clause():
    fs = facts(_PROVINCE + "全省地区生产总值增长7.1%。苏北地区，规上工业增加值增长8.3%；沿海经济带，固定资产投资增长9%。"
               "全省固定资产投资增长6%。\n", report_year=2019, region="江苏省", level="province")
    assert ("industrial_va", "actual", "2018", "growth") not in fs
    assert val(fs, ("fixed_asset_investment", "actual", "2018", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (7.1, "eq")


# 2. a two-year average standing as a sentence of its own after a sentence that names one figure: that figure's
# average over the two years (not after a sentence of several names, whose it is would be a guess)
@pytest.mark.parametrize("body, key, value", [
    ("全县地区生产总值完成286.4亿元，增长6.2%，总量居全市第3位。两年平均增长5.4%。",
     ("gdp", "actual", "2022-2023", "growth"), 5.4),
    ("社会消费品零售总额实现92.1亿元，增长9.8%。两年平均增长4.3%。规模以上工业增加值增长7%。",
     ("retail_sales", "actual", "2022-2023", "growth"), 4.3),
    ("地区生产总值增长5.9%。两年平均增长5.6%，高于全市0.3个百分点。", ("gdp", "actual", "2022-2023", "growth"), 5.6),
])
def test_a_two_year_average_sentence_is_the_one_figures(body, key, value):
    fs = _county(body)
    assert val(fs, key) == (value, "eq")


def test_a_two_year_average_after_several_names_is_left():
    fs = _county("规模以上工业增加值增长8.1%，固定资产投资增长6.2%。两年平均增长5%。")
    assert not any(k[2] == "2022-2023" for k in fs)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (6.2, "eq")


# 3. grain first in a list of farm products sharing one 播种面积 (or one 产量 in another unit) before 分别
@pytest.mark.parametrize("body, key, value", [
    ("粮食、油菜播种面积分别稳定在45.2万亩、12.6万亩。", ("grain_area", "actual", "2023", "level"), 45.2),
    ("粮食和蔬菜种植面积分别达到38万亩、9.5万亩。", ("grain_area", "actual", "2023", "level"), 38),
    ("粮食、生猪产量分别达到32.5万吨、56万头。", ("grain_output", "actual", "2023", "level"), 32.5),
])
def test_grain_first_in_a_shared_list(body, key, value):
    fs = _county(body)
    assert val(fs, key) == (value, "eq")


# 4. a budget reviewed: its figure set (预算为, 年初预算为) with its own growth or its revised growth (调整后增长), then its
# result in the next sentence with its name left out (全年完成, 全年实际完成, 预计全年完成), past 超预算 and a revision sentence
_BUDGET = "关于某某县2022年预算执行情况和2023年预算草案的报告\n\n一、2022年预算执行情况\n"


def _budget(body: str):
    return facts(_BUDGET + body + "\n", report_year=2023, region="某某县", level="county", doc_type="budget_report")


@pytest.mark.parametrize("body, name, target, actual", [
    ("全县财政总收入预算为31亿元。全年完成32.4亿元，增长5.2%。",
     "fiscal_total_revenue", {"level": 31}, {"level": 32.4, "growth": 5.2}),
    ("全县一般公共预算支出年初预算为58.6亿元，调整后增长4.1%。全年完成60.2亿元，增长6.9%。",
     "general_budget_expenditure", {"level": 58.6, "growth": 4.1}, {"level": 60.2, "growth": 6.9}),
    ("一般公共预算收入预算为18.5亿元，增长5%。预计全年完成18.9亿元，增长7.3%。",
     "general_budget_revenue", {"level": 18.5, "growth": 5}, {"level": 18.9, "growth": 7.3}),
    ("一般公共预算收入预算为18.5亿元，增长5%，全年实际完成19.1亿元，超预算0.6亿元，增长8%。",
     "general_budget_revenue", {"level": 18.5, "growth": 5}, {"level": 19.1, "growth": 8}),
])
def test_a_budget_set_then_its_result(body, name, target, actual):
    fs = _budget(body)
    for role, want in (("target", target), ("actual", actual)):
        for measure, value in want.items():
            assert val(fs, (name, role, "2022", measure)) == (value, "eq")


def test_a_budget_draft_is_this_years_target():
    fs = _budget("全县财政总收入预算为31亿元。全年完成32.4亿元。\n二、2023年预算草案\n2023年一般公共预算收入预算为20亿元，增长4%。")
    assert val(fs, ("general_budget_revenue", "target", "2023", "level")) == (20, "eq")
    assert ("general_budget_revenue", "target", "2022", "level") not in fs


# 5. a task of the year's part that cites the plan as what it answers to (对标/锚定/落实…规划(目标|部署)，) is the year's
# (after 按照“十五五”规划， the figure may be the plan's own total: decision 121, tests/test_c2634.py)
_TASKS26 = "政府工作报告\n——2026年1月9日在某某县第十八届人民代表大会第六次会议上\n\n三、2026年重点工作\n（一）强化项目支撑。"


@pytest.mark.parametrize("sentence", [
    "对标“十五五”规划目标，新建高标准农田5万亩，改造农村公路80公里。",
    "锚定“十五五”规划目标，新建高标准农田5万亩，改造农村公路80公里。",
    "落实“十五五”规划部署，新建高标准农田5万亩，改造农村公路80公里。",
])
def test_a_task_citing_the_plan_is_the_years(sentence):
    d = read(_TASKS26 + sentence + "\n", region="某某县", level="county", report_year=2026)
    got = {(p.object, p.value, p.period) for p in d.pledges}
    assert got == {("高标准农田", 5, "2026"), ("农村公路", 80, "2026")}


def test_a_plans_own_part_keeps_the_span():
    d = read("政府工作报告\n\n二、“十五五”时期主要目标任务\n今后五年，新建高标准农田30万亩。\n", region="某某县", level="county",
             report_year=2026)
    assert {p.period for p in d.pledges} == {"2026-2030"}


# 6. a share of the region's units to do something, the share first (in tenths or in %), is a pledge of that share of the
# units counted; a fraction's units passing a bar ("三分之一的村…超过50万元") pledge no amount; a review's pledge none
_TASKS24 = "政府工作报告\n——2024年1月9日在某某区第三届人民代表大会第四次会议上\n\n二、2024年工作安排\n（二）推进乡村振兴。"


@pytest.mark.parametrize("sentence, pledge", [
    ("力争九成以上的行政村完成生活污水治理。", ("完成", "行政村", 90, "at_least")),
    ("推动六成以上中小学建成智慧校园。", ("建成", "中小学", 60, "at_least")),
    ("确保85%以上的规模养殖场实现粪污资源化利用。", ("实现", "规模养殖场", 85, "at_least")),
])
def test_a_share_of_units_first_is_pledged(sentence, pledge):
    d = read(_TASKS24 + sentence + "\n", region="某某区", level="county", report_year=2024)
    assert [(p.action, p.object, p.value, p.qualifier) for p in d.pledges] == [pledge]
    assert d.pledges[0].unit == "%"


@pytest.mark.parametrize("sentence", [
    "力争三分之一的村集体经济收入超过50万元。",
    "推动五分之一以上的社区养老服务中心营业收入达到100万元。",
])
def test_a_fractions_bar_is_no_pledge(sentence):
    d = read(_TASKS24 + sentence + "\n", region="某某区", level="county", report_year=2024)
    assert not d.pledges


def test_a_share_of_units_in_the_review_is_no_pledge():
    d = read("政府工作报告\n\n一、2023年工作回顾\n全区七成以上的行政村完成生活污水治理。\n", region="某某区", level="county",
             report_year=2024)
    assert not d.pledges


# 7. in an answer to a reporter (no plan part), a task that cites the plan as what it follows ("按照规划，") names no plan
# period: still the year's pledge (a plan's period named, 十五五, is still a goal's)
_QA = "市发展改革委主任就2023年《政府工作报告》答记者问\n\n记者问：在稳投资方面，报告提出了哪些目标？\n答："


@pytest.mark.parametrize("sentence, obj", [
    ("按照规划，今年全市安排省市重点项目800个以上。", "省市重点项目"),
    ("根据城市更新规划，今年改造老旧小区120个。", "老旧小区"),
])
def test_an_answers_task_citing_a_plan_is_pledged(sentence, obj):
    d = read(_QA + sentence + "\n", region="洛阳市", level="prefecture", report_year=2023)
    assert [p.object for p in d.pledges] == [obj]


def test_an_answers_plan_period_is_no_pledge():
    d = read(_QA + "按照“十四五”规划，到2025年全市建成5G基站3万个。\n", region="洛阳市", level="prefecture", report_year=2023)
    assert not d.pledges


# 8. a budget set, revised in a sentence of its own (its reason or approval before), then its result: the revised level and
# growth are the target (decision 1), the result after the revision the result
@pytest.mark.parametrize("body, name, target, actual", [
    ("一般公共预算收入预算为26亿元，增长6%。受疫情影响，经县人大常委会批准，预算调整为24.5亿元，调整后增长0.4%。"
     "全年实际完成25.1亿元，完成调整预算的102.4%，超预算0.6亿元，增长2.9%。",
     "general_budget_revenue", {"level": 24.5, "growth": 0.4}, {"level": 25.1, "growth": 2.9}),
    ("全县财政总收入预算为40亿元，增长5%。年中调整为37亿元，调整后下降2.9%。全年完成37.6亿元，下降1.3%。",
     "fiscal_total_revenue", {"level": 37, "growth": -2.9}, {"level": 37.6, "growth": -1.3}),
])
def test_a_budget_revised_in_its_own_sentence(body, name, target, actual):
    fs = _budget(body)
    for role, want in (("target", target), ("actual", actual)):
        for measure, value in want.items():
            assert val(fs, (name, role, "2022", measure)) == (value, "eq")
