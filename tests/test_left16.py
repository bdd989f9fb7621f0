"""Session 16 left16: classes the lead saw on blind material — a target restated with its name left out (a
reporter's question, "去年这一指标为…"), pledge verbs 发射/办理 and a bare 预算 label, counts split by level in one
pledge, a news page's "报告提出，…" tasks."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

HEAD = "政府工作报告\n——2025年1月10日在某市第十七届人民代表大会第五次会议上\n一、2024年工作回顾\n全市地区生产总值增长5.5%。\n二、2025年工作安排\n"
NEWS = "某市政府工作报告出炉\n来源：某某日报 2025-01-14 记者 王璐\n1月13日，某市第十七届人民代表大会第五次会议开幕，市长作政府工作报告。\n"


# 1. a reporter's question restating the year's target with the indicator's name left out, against last year's
@pytest.mark.parametrize("q,this,last", [
    ("四川日报记者：我们注意到，今年的目标定在7%左右，比去年的8%左右有所下调，主要考虑是什么？", 7, 8),
    ("记者：今年的预期目标确定为增长6%左右，比去年的6.5%左右略有下调，请问有哪些考虑？", 6, 6.5),
    ("记者：今年经济增长目标定为5%，较去年的5.5%下调0.5个百分点，是出于什么考虑？", 5, 5.5),
    ("记者：今年的增速目标定在6%左右，比去年的6.5%左右有所下调。", 6, 6.5),
])
def test_a_bare_target_set_against_last_years_in_a_question(q, this, last):
    fs = facts(NEWS + q + "\n", report_year=2025)
    assert val(fs, ("gdp", "target", "2025", "growth"))[0] == this
    assert val(fs, ("gdp", "target", "2024", "growth"))[0] == last


def test_a_bare_target_set_by_the_report():
    fs = facts(NEWS + "记者：报告把今年的目标定在6%左右，请问是怎么考虑的？\n", report_year=2025)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "about")


def test_a_sectors_growth_target_is_not_the_economys():
    # look-alike: a sector named right before 今年的增速目标
    fs = facts(NEWS + "记者：工业今年的增速目标定在8%，请问如何实现？\n", report_year=2025)
    assert ("gdp", "target", "2025", "growth") not in fs


def test_a_bare_target_after_another_name_stays_that_names():
    # look-alike: the name stands before 今年的目标 in its clause
    fs = facts(NEWS + "记者：就业方面，城镇调查失业率今年的目标定在5.5%左右。\n", report_year=2025)
    assert val(fs, ("urban_unemployment_rate", "target", "2025", "share")) == (5.5, "about")
    assert ("gdp", "target", "2025", "growth") not in fs


def test_a_result_against_last_years_result_is_no_target():
    # look-alike: a result compared with last year's, no target set before it
    fs = facts(HEAD.replace("全市地区生产总值增长5.5%。", "全市地区生产总值增长6%，比去年的5%提高1个百分点。"), report_year=2025)
    assert ("gdp", "target", "2023", "growth") not in fs and ("gdp", "target", "2024", "growth") not in fs


# 2. "去年这一指标/这一数字为…": last year's result of the name before, its name left out
@pytest.mark.parametrize("sent,key,value", [
    ("报告提出全社会研发经费投入强度力争达到7.2%。去年这一指标为7.1%左右，继续保持全省第一。",
     ("rnd_intensity", "actual", "2024", "share"), (7.1, "about")),
    ("坚持稳中求进。社会消费品零售总额力争增长5.5%，去年这一数字为5510亿元，增长4.3%。",
     ("retail_sales", "actual", "2024", "level"), (5510, "eq")),
    ("坚持稳中求进。社会消费品零售总额力争增长5.5%，去年这一数字为5510亿元，增长4.3%。",
     ("retail_sales", "actual", "2024", "growth"), (4.3, "eq")),
    ("单位地区生产总值能耗下降2.5%左右。去年这一指标下降3.2%，今年的目标充分考虑了用能需求。",
     ("energy_intensity", "actual", "2024", "growth"), (-3.2, "eq")),
    ("全社会研发经费投入强度力争达到2.6%，这一指标去年为2.4%。", ("rnd_intensity", "actual", "2024", "share"), (2.4, "eq")),
    ("城镇调查失业率控制在5.5%以内，上年该指标为5.2%。", ("urban_unemployment_rate", "actual", "2024", "share"), (5.2, "eq")),
])
def test_last_years_figure_of_the_name_before(sent, key, value):
    fs = facts(HEAD + sent + "\n", report_year=2025)
    assert val(fs, key) == value


def test_last_years_figure_leaves_this_years_target():
    fs = facts(HEAD + "单位地区生产总值能耗下降2.5%左右。去年这一指标下降3.2%。\n", report_year=2025)
    assert val(fs, ("energy_intensity", "target", "2025", "growth")) == (-2.5, "about")


def test_last_years_target_of_the_name_restated_first_in_its_clause():
    fs = facts(HEAD + "今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业12万人以上。其中，城镇新增就业目标与去年持平，"
                      "去年这一目标为12万人以上，实际完成13.6万人。\n", report_year=2025)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (12, "at_least")
    assert val(fs, ("urban_new_jobs", "actual", "2024", "level")) == (13.6, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (12, "at_least")


def test_this_years_figure_against_last_year_is_not_last_years():
    # look-alike: "这一指标比去年增长…" compares this year's with last year's; no result of last year
    fs = facts(HEAD + "力争接待游客突破1.8亿人次，这一指标比去年增长11%左右。\n", report_year=2025)
    assert ("tourist_visits", "actual", "2024", "growth") not in fs


# 5. pledge verbs 发射 (卫星…颗), 办理 (…件), 开行; a bare 预算 labelling the year's allocation
@pytest.mark.parametrize("sent,pledge", [
    ("推动航天港建设，全年发射卫星40颗以上。", ("卫星", 40, "颗")),
    ("深化“一件事一次办”改革，全年办理政务服务事项120万件以上。", ("政务服务事项", 120, "万件")),
    ("办好民生实事，办理群众“急难愁盼”诉求5万件。", ("群众“急难愁盼”诉求", 5, "万件")),
    ("开行中欧班列（某某号）150列以上。", ("中欧班列（某某号）", 150, "列")),
    ("保障和改善民生。教育支出预算185亿元，卫生健康支出预算92亿元。", ("教育支出", 185, "亿元")),
    ("保障和改善民生。教育支出预算185亿元，卫生健康支出预算92亿元。", ("卫生健康支出", 92, "亿元")),
    ("城乡居民医保财政补助预算3.8亿元。", ("城乡居民医保财政补助", 3.8, "亿元")),
    # (a service done for people counted before it, as "为全市5万名老年人提供免费健康体检": tests/test_pledges.py)
    ("为全市5000名环卫工人办理意外伤害保险。", ("意外伤害保险", 5000, "名")),
])
def test_task_verbs_and_budget_label(sent, pledge):
    assert pledge in pledged(read(HEAD + sent + "\n"))


def test_things_named_by_the_verbs_are_no_launch():
    # look-alikes: 发射台, 发射设备 are things built or renewed, not launches
    got = read(HEAD + "新建广播电视发射台5座，改造应急广播发射设备20套。\n").pledges
    assert {(p.action, p.value) for p in got} == {("新建", 5), ("改造", 20)}


def test_a_level_with_nothing_named_stays():
    # look-alike: no head after the counts nor by the same verb before: the level stays (no guess)
    got = pledged(read(HEAD + "推进产业链建设，市级培育5条。\n"))
    assert not any(o in ("产业链建设", "产业链") for o, _, _ in got)


def test_a_budget_named_by_when_it_was_set_is_no_pledge():
    # look-alike: "年初预算24亿元" in a review is last year's target, not the year's allocation
    text = HEAD.replace("全市地区生产总值增长5.5%。", "全年一般公共预算收入完成25.3亿元，年初预算24亿元。")
    d = read(text)
    assert not any(p.value == 24 for p in d.pledges)
    assert val(facts(text, report_year=2025), ("general_budget_revenue", "target", "2024", "level")) == (24, "eq")


def test_a_review_launch_is_no_pledge():
    # look-alike: last year's launches, in the review
    text = HEAD.replace("全市地区生产总值增长5.5%。", "全市地区生产总值增长5.5%。全年完成海上发射任务6次，将32颗卫星送入预定轨道。")
    assert not any(p.value in (6, 32) for p in read(text).pledges)


# 8. counts split by level or place in one pledge, what they count named once after the last count
@pytest.mark.parametrize("sent,obj,values", [
    ("推动产业转型升级，市级培育5条、乡镇培育12条特色产业链。", "特色产业链", (5, 12)),
    ("加快建设先进制造业集群，市级培育5条、县（市）区培育8条重点产业链，新增企业30家。", "重点产业链", (5, 8)),
    ("发展现代农业，市级培育3个、镇级培育10个农业产业化联合体。", "农业产业化联合体", (3, 10)),
    ("省级培育2个、市级培育5个、县级培育10个农业产业化联合体。", "农业产业化联合体", (2, 5, 10)),
    # (named by the same verb in the clause before)
    ("培育特色产业链，市级培育5条、乡镇培育12条。", "特色产业链", (5, 12)),
])
def test_counts_split_by_level(sent, obj, values):
    d = read(HEAD + sent + "\n")
    for v in values:
        assert any(p.value == v and obj in p.object for p in d.pledges), (v, [(p.object, p.value) for p in d.pledges])
    assert not any(p.object in ("市级", "乡镇") for p in d.pledges)


def test_a_levels_head_before_stays():
    # look-alike: the head named before the first count ("培育省级龙头企业2家、市级10家")
    got = pledged(read(HEAD + "培育省级龙头企业2家、市级10家。\n"))
    assert ("省级龙头企业", 2, "家") in got and ("市级龙头企业", 10, "家") in got


# a news page's "报告提出，…": what the year's report proposes is its plan, past its ；too
def test_news_report_proposes_tasks():
    text = NEWS + ("在民生方面，报告提出，新改扩建中小学校和幼儿园50所，新增学位5万个；开行定制公交线路100条；"
                   "全年办理住房公积金提取业务80万件以上。\n")
    got = {(v, u) for _, v, u in pledged(read(text))}
    assert {(50, "所"), (5, "万个"), (100, "条"), (80, "万件")} <= got


def test_news_report_shows_results_no_pledge():
    # look-alike: what the report shows of last year is a result
    text = NEWS + "报告显示，去年全市新建中小学校30所，新增学位3万个。\n报告提出，去年全市新增城镇就业13万人。\n"
    assert not read(text).pledges


# 7. a report delivered in May 2020: "今年以来" figures are of the year's first months, no fact of the year nor of last year's
MAY = ("政府工作报告\n——2020年5月12日在某县第十八届人民代表大会第五次会议上\n一、2019年工作回顾\n全县地区生产总值增长7.5%。\n"
       "二、{head}\n{body}\n三、2020年工作安排\n今年主要预期目标是：地区生产总值增长3%左右。\n")


@pytest.mark.parametrize("head,body", [
    ("疫情防控情况", "今年以来，全县一般公共预算收入完成2.3亿元，下降45.1%。"),
    ("疫情防控和复工复产情况", "今年以来，面对突如其来的疫情，全县上下众志成城。一般公共预算收入完成2.3亿元，下降45.1%。"),
    ("今年以来工作情况", "今年以来，面对突如其来的疫情，全县上下众志成城。一般公共预算收入完成2.3亿元，下降45.1%。"),
])
def test_the_year_so_far_in_a_may_report_is_no_fact(head, body):
    fs = facts(MAY.format(head=head, body=body))
    assert not any(k[0] == "general_budget_revenue" for k in fs), sorted(fs)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (3, "about")


def test_a_year_named_in_the_so_far_paragraph_keeps_its_year():
    # look-alike: a sentence of the paragraph naming its own year ("2019年，…") is that year's
    fs = facts(MAY.format(head="疫情防控情况", body="今年以来，面对突如其来的疫情，全县上下众志成城。2019年全县一般公共预算收入完成9.3亿元。"))
    assert val(fs, ("general_budget_revenue", "actual", "2019", "level")) == (9.3, "eq")


def test_the_year_so_far_under_the_reviewed_years_heading_is_that_years():
    # look-alike: a plan drafted in the year it reviews, printed in the next ("一、2022年…执行情况 今年以来,…"): that year's results
    text = ("洛阳市2023年国民经济和社会发展计划\n2023年2月1日\n一、2022年国民经济和社会发展计划执行情况\n"
            "今年以来,面对超出预期的风险挑战,全市上下攻坚克难。全市地区生产总值5675.2亿元、同比增长3%。\n"
            "二、2023年经济社会发展主要目标\n地区生产总值增长7%左右。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (5675.2, "eq")


# 6. a PDF table's name cell wrapped onto the line under the row's figures
PLAN = ("关于某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n——2026年1月15日在某市第六届人民代表大会第六次会议上\n"
        "一、2025年计划执行情况\n全市经济运行总体平稳。\n附表：主要指标\n"
        "指标名称              单位      2025年预计     2026年计划\n{rows}\n")


def test_a_whole_name_wrapped_onto_another_indicator():
    # "第三产业增加值" is a name of its own; with the wrapped "占比" it names the share
    fs = facts(PLAN.format(rows="第三产业增加值        %         45.2           46\n占比\n"
                                "地区生产总值          亿元      5350           5670"), report_year=2026)
    assert val(fs, ("tertiary_share", "actual", "2025", "share")) == (45.2, "eq")
    assert val(fs, ("tertiary_share", "target", "2026", "share")) == (46, "eq")
    assert not any(k[0] == "tertiary_industry_va" for k in fs)
    assert val(fs, ("gdp", "target", "2026", "level")) == (5670, "eq")


@pytest.mark.parametrize("rows,key,value", [
    # look-alikes: a wrap that only says what the figure is of (增速) or ends the name the cell began
    ("地区生产总值          %         5.6            6左右\n增速", ("gdp", "target", "2026", "growth"), (6, "about")),
    ("一般公共预算          亿元      420            450\n支出", ("general_budget_expenditure", "target", "2026", "level"), (450, "eq")),
    ("一般公共预算收        亿元      312            323\n入", ("general_budget_revenue", "target", "2026", "level"), (323, "eq")),
    # a category line after a whole row is no part of its name
    ("地区生产总值          亿元      5350           5670\n社会民生\n城镇新增就业          万人      5.2            5",
     ("gdp", "target", "2026", "level"), (5670, "eq")),
])
def test_wrapped_names_that_stay(rows, key, value):
    assert val(facts(PLAN.format(rows=rows), report_year=2026), key) == value


# a rank held for years, stated outside the review (an answer in a press conference, a task's reason): last year's place
@pytest.mark.parametrize("sent,key", [
    ("绵阳作为中国科技城，研发投入强度长期居全省首位。今年将新认定高新技术企业150家以上。", ("rnd_intensity", "actual", "2024", "rank")),
    ("我县粮食产量连续多年稳居全市第一，今年粮食产量稳定在13亿斤以上。", ("grain_output", "actual", "2024", "rank")),
])
def test_a_rank_held_for_years_is_no_target(sent, key):
    fs = facts(HEAD + sent + "\n", report_year=2025)
    assert val(fs, key) == (1, "eq")
    assert (key[0], "target", "2025", "rank") not in fs


@pytest.mark.parametrize("sent,iid", [
    # look-alikes: a rank to keep is a target
    ("确保粮食产量继续稳居全市第一。", "grain_output"),
    ("力争地区生产总值增速连续三年保持全省第1位。", "gdp"),
])
def test_a_rank_to_keep_stays_a_target(sent, iid):
    assert val(facts(HEAD + sent + "\n", report_year=2025), (iid, "target", "2025", "rank")) == (1, "eq")


# 4. a five-year total inside a sentence dated 到2030年: the total is the span's, the levels after it the year's
GOALS = ("政府工作报告\n——2026年1月10日在某市第十七届人民代表大会第六次会议上\n一、2025年工作回顾\n全市地区生产总值增长5.5%。\n"
         "二、“十五五”主要目标\n{body}\n")


def test_a_plan_total_before_the_levels_of_a_year():
    fs = facts(GOALS.format(body="到2030年，“十五五”期间累计完成固定资产投资1.5万亿元，地区生产总值突破5500亿元，一般公共预算收入达到340亿元。"),
               report_year=2026)
    assert val(fs, ("fixed_asset_investment", "goal", "2026-2030", "level")) == (1.5, "eq")
    assert val(fs, ("gdp", "goal", "2030", "level")) == (5500, "at_least")
    assert val(fs, ("general_budget_revenue", "goal", "2030", "level")) == (340, "eq")
    assert ("gdp", "goal", "2026-2030", "level") not in fs


@pytest.mark.parametrize("body,key", [
    # look-alikes: the plan's span with no year heading the sentence, or the year of a later plan's goal
    ("“十五五”时期，全市地区生产总值年均增长6%，一般公共预算收入年均增长5%。", ("general_budget_revenue", "goal", "2026-2030", "growth")),
    ("到2035年基本实现社会主义现代化，“十五五”时期地区生产总值年均增长6%，一般公共预算收入年均增长5%。",
     ("general_budget_revenue", "goal", "2026-2030", "growth")),
    ("到2030年，五年累计新增城镇就业25万人，常住人口城镇化率达到68%左右。", ("urban_new_jobs", "goal", "2026-2030", "level")),
    ("到2030年，五年累计新增城镇就业25万人，常住人口城镇化率达到68%左右。", ("urbanization_rate", "goal", "2030", "share")),
])
def test_plan_spans_that_stay(body, key):
    assert key in facts(GOALS.format(body=body), report_year=2026)
