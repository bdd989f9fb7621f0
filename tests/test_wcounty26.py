"""Helper wcounty26: whole county and county-level-city work reports of 2021–2026 (浙江, 四川, 河北, 甘肃, 广东),
scored blind; the classes found in the work set."""
from __future__ import annotations

import pytest

from factkeys import facts, read, val  # tests/factkeys.py

COUNTY = dict(region="安岳县", level="county", report_year=2022)
REVIEW = "一、2021年工作回顾\n"
PLAN = "二、2022年主要目标和重点工作\n"


# 四川's wording of rural labour moved out: 转移输出 before the workers (or after them, with 富余)
@pytest.mark.parametrize("sent,value,unit", [
    ("城镇新增就业6218人，城镇登记失业率3.2%，转移输出农村劳动力46.2万人，实现劳务收入108亿元。", 46.2, "万人"),
    ("全年转移输出农村富余劳动力52.3万人。", 52.3, "万人"),
    ("农村富余劳动力转移输出3.2万人，实现劳务收入36亿元。", 3.2, "万人"),
])
def test_rural_labour_moved_out_is_the_transfer(sent, value, unit):
    fs = facts(REVIEW + sent + "\n", **COUNTY)
    f = fs[("rural_labor_transfer", "actual", "2021", "level")]
    assert (f.value, f.unit, f.qualifier) == (value, unit, "eq")


def test_rural_labour_moved_out_as_a_task_is_a_target_and_a_pledge():
    text = REVIEW + "地区生产总值增长7.6%。\n" + PLAN + "新增城镇就业5500人，转移输出农村劳动力45万人以上。\n"
    d = read(text, **COUNTY)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("rural_labor_transfer", "target", "2022", "level")) == (45, "at_least")
    assert any(p.object == "农村劳动力" and p.value == 45 and p.unit == "万人" for p in d.pledges)


# look-alikes: a training of the workers moved out counts no workers moved; the towns' and cities' surplus labour is
# no rural count
@pytest.mark.parametrize("sent", [
    "开展转移输出农村劳动力技能培训3万人次。",
    "组织转移输出农村劳动力返岗2.3万人。",
])
def test_training_of_the_workers_moved_out_is_no_transfer(sent):
    fs = facts(REVIEW + sent + "\n", **COUNTY)
    assert not any(k[0] == "rural_labor_transfer" for k in fs)


# a named project's worth in a bracket right after its name is the project's, no pledge of the year
@pytest.mark.parametrize("sent", [
    "加快建设成资渝高速连接线、安岳至潼南快速通道（总投资42.6亿元），开工建设安岳通用机场。",
    "加快推进江山港流域综合治理工程（总投资32.6亿元）、衢丽铁路江山段（总投资18.4亿元）等重大项目建设。",
    "建成柠檬产业园区二期（计划总投资约28亿元）。",
    "开工建设张家川至庄浪二级公路（总投资12.6亿元）、关山水库（总投资9.8亿元）。",
    "加快汽摩配件产业园（投资额56亿元）建设。",
])
def test_a_projects_worth_in_its_bracket_is_no_pledge(sent):
    d = read(REVIEW + "地区生产总值增长7.6%。\n" + PLAN + sent + "\n", **COUNTY)
    assert not [p for p in d.pledges if p.unit in ("亿元", "万元")], [(p.object, p.value) for p in d.pledges]


# look-alikes: counts and the year's investment around such brackets stay pledges
@pytest.mark.parametrize("sent,obj,value,unit", [
    ("实施十大民生工程（总投资15亿元），新建学校5所。", "学校", 5, "所"),
    ("全年实施重点项目130个（总投资1200亿元），完成年度投资180亿元。", "重点项目", 130, "个"),
    ("全年实施重点项目130个（总投资1200亿元），完成年度投资180亿元。", "年度投资", 180, "亿元"),
    ("全年完成投资（不含农户）180亿元。", "投资", 180, "亿元"),
    ("全年实施重点项目130个，完成投资180亿元。", "重点项目", 180, "亿元"),
])
def test_counts_and_the_years_investment_beside_a_bracket_stay_pledges(sent, obj, value, unit):
    d = read(REVIEW + "地区生产总值增长7.6%。\n" + PLAN + sent + "\n", **COUNTY)
    assert any(obj in p.object and p.value == value and p.unit == unit for p in d.pledges), \
        [(p.object, p.value, p.unit) for p in d.pledges]


WENCHENG = dict(region="文成县", level="county", report_year=2023)


# a place right after the year's own growth ranks the year's growth, even with the two years' average after it
@pytest.mark.parametrize("sent,iid", [
    ("全年实现生产总值136.8亿元，同比增长4.6%，增速列温州第3位，两年平均增长6.3%；规上工业增加值增长12.1%。", "gdp"),
    ("全年实现生产总值136.8亿元，同比增长4.6%，增速居全市第3位，两年平均增长6.3%。", "gdp"),
    ("一般公共预算收入完成8.26亿元，增长8.6%，增幅居全市第3位，两年平均增长7.1%。", "general_budget_revenue"),
])
def test_a_rank_before_the_two_years_average_is_the_years(sent, iid):
    fs = facts("一、2022年工作回顾\n" + sent + "\n二、2023年目标任务\n地区生产总值增长7%。\n", **WENCHENG)
    assert val(fs, (iid, "actual", "2022", "rank")) == (3, "eq")
    assert (iid, "actual", "2021-2022", "rank") not in fs
    assert (iid, "actual", "2021-2022", "growth") in fs


# look-alikes: a place after the average (or after a five-year average) ranks the average, over its years
@pytest.mark.parametrize("sent,period", [
    ("全年实现生产总值136.8亿元，同比增长4.6%，两年平均增长6.3%，增速居全市第3位。", "2021-2022"),
    ("五年来，地区生产总值年均增长6.5%，增速居全市第3位。", "2018-2022"),
])
def test_a_rank_after_an_average_keeps_its_span(sent, period):
    fs = facts("一、2022年工作回顾\n" + sent + "\n二、2023年目标任务\n地区生产总值增长7%。\n", **WENCHENG)
    assert val(fs, ("gdp", "actual", period, "rank")) == (3, "eq")
    assert ("gdp", "actual", "2022", "rank") not in fs


# a news page on a county's report with no year written: a whole plan's yearly average given as a result, the next plan
# named after it, dates the report to the year after the plan
NEWS_2026 = ("博罗县人大会议开幕 政府工作报告提出今年经济增长5%左右\n"
             "1月9日上午，博罗县第十六届人民代表大会第六次会议开幕。县长陈伟代表县人民政府作政府工作报告。\n"
             "报告回顾，过去一年，全县地区生产总值完成1012.6亿元，同比增长4.8%；一般公共预算收入55.3亿元，增长2.1%。"
             "“十四五”时期，全县地区生产总值年均增长5.6%，迈上千亿元台阶。\n"
             "报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长5%左右，固定资产投资增长3%。\n"
             "报告明确，“十五五”时期全县地区生产总值年均增长5%左右，到2030年达到1300亿元。\n")


def test_a_done_plans_average_with_the_next_plan_dates_a_news_page():
    d = read(NEWS_2026)
    assert d.meta.report_year == 2026
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (1012.6, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.6, "eq")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5, "about")


# look-alikes: the older plan's average beside the next one under way (“十四五”以来), or a plan's aim, dates nothing;
# a year written wins
@pytest.mark.parametrize("swap,year", [
    (("“十四五”时期，全县地区生产总值年均增长5.6%，迈上千亿元台阶。",
      "“十三五”期间，全县地区生产总值年均增长7.6%。“十四五”以来，全县经济保持较快增长。"), None),
    (("“十四五”时期，全县地区生产总值年均增长5.6%，迈上千亿元台阶。", "“十四五”时期，全县地区生产总值年均增长6%左右。"), None),
    (("报告回顾，过去一年，", "报告回顾，2022年，"), 2023),
])
def test_no_done_plan_no_year(swap, year):
    text = NEWS_2026.replace(*swap)
    if year is None:
        text = text.replace("报告明确，“十五五”时期全县地区生产总值年均增长5%左右，到2030年达到1300亿元。\n",
                            "报告明确，“十五五”时期将加快建设现代化产业体系。\n")
    if swap[1].startswith("“十三五”"):
        text = text.replace("“十五五”时期将加快建设现代化产业体系", "今后一个时期将加快建设现代化产业体系")
    assert read(text).meta.report_year == year


HEBEI = dict(region="大名县", level="county", report_year=2025)


# 承接 (taking on projects moved from elsewhere, 京津冀's word) is the pledge's verb, what is moved its object
@pytest.mark.parametrize("sent,obj,value", [
    ("承接京津产业转移项目10个以上，引进京津冀资金30亿元。", "京津产业转移项目", 10),
    ("全年承接产业转移项目20个。", "产业转移项目", 20),
])
def test_taking_on_moved_projects_is_the_action(sent, obj, value):
    d = read("一、2024年工作回顾\n地区生产总值增长5.8%。\n二、2025年工作安排\n" + sent + "\n", **HEBEI)
    assert any(p.action == "承接" and p.object == obj and p.value == value for p in d.pledges), \
        [(p.action, p.object, p.value) for p in d.pledges]


# look-alikes: a work named whole keeps its own verb; 承接 before another verb leaves it
@pytest.mark.parametrize("sent,action,obj", [
    ("帮助农村劳动力转移就业5000人。", "帮助", "转移就业"),
    ("承接省市下放行政审批事项56项。", "下放", "行政审批事项"),
])
def test_other_verbs_beside_taking_on_stay(sent, action, obj):
    d = read("一、2024年工作回顾\n地区生产总值增长5.8%。\n二、2025年工作安排\n" + sent + "\n", **HEBEI)
    assert any(p.action == action and p.object == obj for p in d.pledges), [(p.action, p.object) for p in d.pledges]


JIANGSHAN = dict(region="江山市", level="county", report_year=2023)
JS_PLAN = "一、2022年工作回顾\n地区生产总值增长4.1%。\n二、2023年目标任务\n"


# works named whole (造林绿化, 森林抚育) listed right after a verb, 各 before the figure: each is a work of that verb,
# each the figure
@pytest.mark.parametrize("sent,works,value", [
    ("完成造林绿化、森林抚育各1万亩。", ("造林绿化", "森林抚育"), 1),
    ("完成植树造林和森林抚育各2万亩，新建高标准农田2万亩。", ("植树造林", "森林抚育"), 2),
])
def test_works_named_whole_each_counted(sent, works, value):
    d = read(JS_PLAN + sent + "\n", **JIANGSHAN)
    got = {(p.action, p.object, p.value, p.unit) for p in d.pledges}
    for w in works:
        assert ("完成", w, value, "万亩") in got, got


# look-alikes: nouns listed after a verb, a work with its own figure, places each doing a work stay as they were
@pytest.mark.parametrize("sent,want", [
    ("新建公办幼儿园、小学各2所。", {("新建", "公办幼儿园", 2, "所"), ("新建", "小学", 2, "所")}),
    ("新增城镇就业、农村劳动力转移就业各1万人。", {("新增", "城镇就业", 1, "万人"), ("新增", "农村劳动力转移就业", 1, "万人")}),
    ("完成造林绿化1万亩、森林抚育2万亩。", {("完成", "造林绿化", 1, "万亩"), ("森林抚育", "森林抚育", 2, "万亩")}),
    ("全县12个乡镇各完成造林绿化1000亩。", set()),
])
def test_other_lists_with_each_stay(sent, want):
    d = read(JS_PLAN + sent + "\n", **JIANGSHAN)
    assert {(p.action, p.object, p.value, p.unit) for p in d.pledges} == want


KAIHUA = dict(region="开化县", level="county", report_year=2023)


# a ranking field with its members' count glued to their kind (浙江's 山区26县, no 个) is read as the field
@pytest.mark.parametrize("sent,iid,place", [
    ("规上工业增加值增长12.1%，增速列山区26县第3位。", "industrial_va", 3),
    ("地区生产总值增长4.6%，增速居山区26县第2位。", "gdp", 2),
    ("一般公共预算收入增长8.6%，增幅位列全省山区26县第一。", "general_budget_revenue", 1),
    ("在山区26县发展实绩考核中连续两年获评优秀，规上工业增加值增速列山区26县第3位。", "industrial_va", 3),
])
def test_a_count_glued_to_the_kind_is_a_field(sent, iid, place):
    fs = facts("一、2022年工作回顾\n" + sent + "\n二、2023年目标任务\n地区生产总值增长7%。\n", **KAIHUA)
    f = fs[(iid, "actual", "2022", "rank")]
    assert f.value == place and "26县" in f.scope


# look-alikes: a grade (第一档), a year before the place, a field with 个 stay as they were
@pytest.mark.parametrize("sent,want", [
    ("地区生产总值增长4.6%，在山区26县高质量发展实绩考核中位列第一档。", None),
    ("地区生产总值增长4.6%，居2023年第2位。", None),
    ("地区生产总值增长4.6%，增速居全省90个县（市、区）第12位。", 12),
])
def test_other_places_stay(sent, want):
    fs = facts("一、2022年工作回顾\n" + sent + "\n二、2023年目标任务\n地区生产总值增长7%。\n", **KAIHUA)
    got = fs.get(("gdp", "actual", "2022", "rank"))
    assert (got.value if got else None) == want
