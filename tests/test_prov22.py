"""Session prov22: whole 2026 reports of 北京, 新疆, 青海 — a five-year sum among the plan's aims, a kind of market
entity, a stock's qualitative fall, 推介 as a pledge verb."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

PROV = dict(region="新疆维吾尔自治区", report_year=2026, level="province", doc_type="government_work_report")

PLAN_AND_YEAR = (
    "一、2025年工作回顾\n全区地区生产总值增长6.1%。\n"
    "二、“十五五”时期主要目标任务和2026年工作安排\n"
    "“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长6%左右；城镇调查失业率控制在5.5%以内。\n"
    "{aims}\n"
    "今年是“十五五”开局之年。全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业45万人以上。\n"
)


# a 五年累计 total among the plan's aims, after its goal list, in a part on the plan and the year: a goal
@pytest.mark.parametrize("aims", [
    "实现上述目标，我们将着力抓好以下重点：一是在维护社会稳定上持续用力。四是在增进民生福祉上持续用力，"
    "城镇新增就业五年累计200万人以上，人均预期寿命达到78.5岁。",
    "围绕上述目标，重点抓好以下几个方面：一是持续增进民生福祉，城镇新增就业五年累计200万人以上。",
])
def test_five_years_summed_among_the_plans_aims_is_a_goal(aims):
    fs = facts(PLAN_AND_YEAR.format(aims=aims), **PROV)
    assert val(fs, ("urban_new_jobs", "goal", "2026-2030", "level")) == (200, "at_least")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (45, "at_least")


@pytest.mark.parametrize("aims", [
    # the years gone summed in the same part: not the plan's
    "过去五年累计城镇新增就业200万人，为实现上述目标打下了坚实基础。",
    "五年来，我们坚持就业优先，城镇新增就业五年累计200万人。",
])
def test_five_years_gone_summed_in_the_plan_part_is_no_goal(aims):
    fs = facts(PLAN_AND_YEAR.format(aims=aims), **PROV)
    assert ("urban_new_jobs", "goal", "2026-2030", "level") not in fs
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (45, "at_least")


# the sum's words before the name, two sums in a row
def test_five_years_summed_before_the_names_among_the_plans_aims_are_goals():
    aims = "围绕上述目标，重点做好以下工作：五年累计新增城镇就业200万人，五年累计完成固定资产投资5万亿元以上。"
    fs = facts(PLAN_AND_YEAR.format(aims=aims), **PROV)
    assert val(fs, ("urban_new_jobs", "goal", "2026-2030", "level")) == (200, "eq")
    assert val(fs, ("fixed_asset_investment", "goal", "2026-2030", "level")) == (5, "at_least")
    assert not any(k[1] == "actual" and k[2] == "2021-2025" for k in fs)


def test_five_years_gone_summed_before_the_names_stay_the_span():
    aims = "过去五年，五年累计新增城镇就业200万人，五年累计完成固定资产投资5万亿元以上。"
    fs = facts(PLAN_AND_YEAR.format(aims=aims), **PROV)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (200, "eq")
    assert ("fixed_asset_investment", "goal", "2026-2030", "level") not in fs


def test_five_years_summed_in_a_review_stays_the_span_reviewed():
    fs = facts("一、2025年和“十四五”时期工作回顾\n五年来，城镇新增就业五年累计240万人，农村劳动力转移就业累计1500万人次。\n", **PROV)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (240, "eq")
    assert not any(k[1] == "goal" for k in fs)


TASKS = "三、2026年重点工作\n"


# a kind of market entity named before 经营主体/市场主体 is not the region's count of them
@pytest.mark.parametrize("sent", [
    "加快综合保税区建设，新增外贸经营主体600家。",
    "培育进出口市场主体300家，跨境电商经营主体达到500家。",
])
def test_a_kind_of_market_entity_is_not_market_entities(sent):
    fs = facts(TASKS + sent + "\n", **PROV)
    assert not any(k[0] == "market_entities" for k in fs)


@pytest.mark.parametrize("sent,value,unit", [
    ("全年新增经营主体6万户。", 6, "万户"),
    ("经营主体总量达到260万户。", 260, "万户"),
])
def test_the_regions_market_entities_stay(sent, value, unit):
    fs = facts(TASKS + sent + "\n", **PROV)
    f = fs[("market_entities", "target", "2026", "level")]
    assert (f.value, f.unit) == (value, unit)


BJ = dict(region="北京市", report_year=2026, level="province", doc_type="government_work_report")


# a stock's qualitative target told as a fall is its change; the numeric level set in the tasks keeps its own key
@pytest.mark.parametrize("qual", ["PM2.5等主要大气污染物年均浓度持续下降", "细颗粒物（PM2.5）浓度继续下降",
                                  "PM2.5平均浓度进一步降低"])
def test_a_stocks_qualitative_fall_is_growth(qual):
    text = ("二、2026年主要预期目标和重点任务\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右；"
            + qual + "。\n（七）持续打好污染防治攻坚战。深入打好蓝天保卫战，PM2.5年均浓度控制在27微克/立方米左右。\n")
    fs = facts(text, **BJ)
    assert val(fs, ("pm25", "target", "2026", "growth")) == (None, "qualitative")
    assert val(fs, ("pm25", "target", "2026", "level")) == (27, "about")


@pytest.mark.parametrize("sent,iid", [
    ("PM2.5浓度保持稳定", "pm25"),
    ("粮食产量保持稳定", "grain_output"),
    ("粮食产量稳中有增", "grain_output"),
])
def test_a_stocks_qualitative_hold_stays_level(sent, iid):
    fs = facts("二、2026年主要预期目标\n今年主要预期目标是：地区生产总值增长5%左右；" + sent + "。\n", **BJ)
    assert val(fs, (iid, "target", "2026", "level")) == (None, "qualitative")
    assert (iid, "target", "2026", "growth") not in fs


# 推介 offers projects to investors: a pledge verb acting on the projects after it
@pytest.mark.parametrize("sent,obj,value", [
    ("促进民营经济发展壮大，推介重点项目50个。", "重点项目", 50),
    ("全年向社会资本推介项目150个。", "项目", 150),
])
def test_projects_offered_are_pledged(sent, obj, value):
    d = read(TASKS + sent + "\n", **BJ)
    assert any(o.endswith(obj) and v == value for o, v, u in pledged(d))


@pytest.mark.parametrize("sent,obj,value", [
    ("开展招商推介活动30次。", "招商推介活动", 30),
    ("举办投资推介会20场。", "投资推介会", 20),
])
def test_a_work_named_with_tuijie_keeps_its_name(sent, obj, value):
    d = read(TASKS + sent + "\n", **BJ)
    assert (obj, value) in {(o, v) for o, v, u in pledged(d)}


# the place a count lies in, between the verb and the count ("…遗产区内"), is where; what is counted follows the count
def test_a_place_inside_before_the_count_is_no_object():
    d = read(TASKS + "深入推进中轴线保护传承，完成中轴线遗产区内30处文物腾退修缮。\n", **BJ)
    assert ("文物腾退修缮", 30, "处") in pledged(d)


@pytest.mark.parametrize("sent,obj", [
    ("改造园区内道路20公里。", "园区内道路"),
    ("新建工业园区内标准厂房10万平方米。", "工业园区内标准厂房"),
    ("完成老城区内危旧房屋改造300户。", "老城区内危旧房屋改造"),
])
def test_a_place_inside_a_name_stays_in_it(sent, obj):
    d = read(TASKS + sent + "\n", **BJ)
    assert obj in {o for o, v, u in pledged(d)}


CLOSING = ("一、2025年工作回顾\n（十）政府自身建设全面加强。办理人大代表建议1050件、政协提案920件，一般性支出压减5%。\n"
           "二、2026年重点任务\n（一）扩大有效投资。新建高标准农田8万亩。\n"
           "三、全面加强政府自身建设\n过去一年，我们办理人大代表建议820件、政协提案690件。坚持过紧日子，一般性支出再压减5%，"
           "政务服务事项全程网办率达到98%。\n")


# the government's own part after the year's tasks commits as the tasks do; its past sentences and the review's item
# on it pledge nothing
def test_the_closing_part_after_the_tasks_pledges():
    got = pledged(read(CLOSING, **BJ))
    assert ("一般性支出", 5, "%") in got
    assert any(o.endswith("全程网办率") and v == 98 for o, v, u in got)
    assert not any(v in (1050, 920, 820, 690) for o, v, u in got)


def test_a_closing_part_before_the_tasks_pledges_nothing():
    text = ("一、2025年工作回顾\n全市地区生产总值增长5%。\n二、全面加强政府自身建设\n坚持过紧日子，一般性支出压减5%，"
            "办理人大代表建议820件。\n三、2026年重点任务\n新建高标准农田8万亩。\n")
    assert pledged(read(text, **BJ)) == {("高标准农田", 8, "万亩")}


# a rate's base between a bound and its count ("达到每千人5批次"): the level is of what is named before the bound
def test_a_rates_base_is_no_object():
    d = read(TASKS + "加强食品药品安全监管，食品抽检量达到每千人5批次。\n", **BJ)
    assert ("食品抽检量", 5, "批次") in pledged(d)


@pytest.mark.parametrize("sent,obj,value", [
    ("每千人口执业（助理）医师数达到3.3人。", "每千人口执业（助理）医师数", 3.3),
    ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", "每千人口拥有3岁以下婴幼儿托位数", 4.5),
])
def test_a_per_capita_name_keeps_its_base(sent, obj, value):
    d = read(TASKS + sent + "\n", **BJ)
    assert (obj, value) in {(o, v) for o, v, u in pledged(d)}


# drafts of local laws the government submits in the year are counted as 办理…件 is; 审议通过 says what was passed
def test_drafts_submitted_are_pledged():
    d = read(TASKS + "坚持依法行政，提请市人大常委会审议地方性法规草案12件，制定修订政府规章10件。\n", **BJ)
    assert ("地方性法规草案", 12, "件") in pledged(d)


@pytest.mark.parametrize("sent", ["审议通过的12项改革方案全部落地。", "推动审议通过改革方案8项。"])
def test_what_was_passed_is_not_submitted(sent):
    d = read(TASKS + sent + "\n", **BJ)
    assert not any(p.action == "审议" for p in d.pledges)


# (seen on the holdout after its score: 销售 in consumption aid, teams counted in 支)
@pytest.mark.parametrize("sent,item", [
    ("实施消费帮扶，销售青海特色农畜产品50亿元。", ("青海特色农畜产品", 50, "亿元")),
    ("组建专业应急救援队伍20支。", ("专业应急救援队伍", 20, "支")),
    ("新引进高层次人才80人以上、创新团队15支以上。", ("创新团队", 15, "支")),
])
def test_sales_and_teams_are_pledged(sent, item):
    assert item in pledged(read(TASKS + sent + "\n", **BJ))


@pytest.mark.parametrize("sent,item", [
    ("推动企业实现销售收入100亿元。", ("销售收入", 100, "亿元")),
    ("实现网上销售额80亿元。", ("网上销售额", 80, "亿元")),
    ("农产品销售量增长10%。", ("农产品销售量", 10, "%")),
])
def test_amounts_of_sales_stay_their_objects(sent, item):
    assert item in pledged(read(TASKS + sent + "\n", **BJ))


# 破 before a figure is 突破 written short: at least (seen on the holdout after its score)
@pytest.mark.parametrize("sent,key,value", [
    ("五年来，农牧区劳动力转移就业累计破500万人次。", ("rural_labor_transfer", "actual", "2021-2025", "level"), 500),
    ("2025年，全年接待游客破3000万人次。", ("tourist_visits", "actual", "2025", "level"), 3000),
])
def test_po_is_at_least(sent, key, value):
    fs = facts("一、2025年和“十四五”时期工作回顾\n" + sent + "\n", **PROV)
    assert val(fs, key) == (value, "at_least")


def test_a_broken_record_is_no_bound():
    d = read(TASKS + "打破30项纪录，攻破12个技术难题，新建学校5所。\n", **BJ)
    assert {p.qualifier for p in d.pledges} <= {"eq"}
