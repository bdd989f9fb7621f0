"""An adversarial review of decisions 335-338, blind (adv46c, decision 343): an indicator's count completed as the task
named ("完成城镇新增就业4000人的目标任务") was no pledge; a lead naming the year's targets back, set apart under the year's
target list ("围绕上述目标，重点实施三大工程：…新增高新技术企业800家"), left the indicators' counts unpledged; another body's
own plans on a government report's page ("市人大常委会今年将开展执法检查6项") were pledged; an undated December report's
review estimating the year ("今年，全县地区生产总值预计增长6%左右") was read as the next year's targets. Each with
look-alikes that must not change."""
import pytest

from factkeys import key_values, pledged, read

_HEAD = "崇义县2020年政府工作报告\n——2020年1月8日在崇义县第十届人民代表大会第三次会议上\n县长　王建国\n" \
        "一、2019年工作回顾\n过去一年，全县地区生产总值增长7%。\n二、2020年重点工作\n"

# ---- 1. an indicator's count or amount completed as the task named after it (的目标任务) ----


@pytest.mark.parametrize("task,obj,value,unit", [
    ("完成城镇新增就业3500人的目标任务。", "城镇新增就业", 3500, "人"),  # the jobs count as the task
    ("确保完成农村劳动力转移就业6000人的年度目标任务，新建公园2个。", "农村劳动力转移就业", 6000, "人"),  # 年度目标任务
    ("确保实现一般公共预算收入18亿元的目标。", "一般公共预算收入", 18, "亿元"),  # an amount, 的目标
])
def test_an_indicators_count_named_as_the_task_is_a_pledge(task, obj, value, unit):
    assert (obj, value, unit) in pledged(read(_HEAD + task + "\n"))


def test_the_count_named_as_the_task_stays_the_years_target():
    # the target fact stays (a whole-region figure restated in the tasks is both)
    kv = key_values(read(_HEAD + "完成城镇新增就业3500人的目标任务。\n"))
    assert kv[("urban_new_jobs", "target", "2020", "level")] == (3500, "eq")


@pytest.mark.parametrize("task", [
    "完成地区生产总值增长6.5%左右的目标。",  # look-alike: a rate named as the goal to reach: the list's item, no pledge
    "确保实现一般公共预算收入增长5%的目标任务。",  # look-alike: the same with 目标任务
    "地区生产总值增长目标由7.5%调整为6%左右。",  # look-alike: a target revised: no pledge
])
def test_a_rate_named_as_the_goal_stays_no_pledge(task):
    assert not {p for p in pledged(read(_HEAD + task + "\n")) if p[2] == "%"}


@pytest.mark.parametrize("line", [
    "根据规划中期评估，到2020年全县地区生产总值达到200亿元的目标有望如期实现。",  # look-alike: a goal said to be reached
    "城镇新增就业3500人的目标任务要确保完成。",  # look-alike: the goal the clause's subject, no verb opening it
])
def test_an_amount_named_as_a_goal_not_done_as_a_task_stays_no_pledge(line):
    assert not {p for p in pledged(read(_HEAD + line + "\n")) if p[0] in ("地区生产总值", "城镇新增就业")}


# ---- 2. a lead naming the year's targets back, a paragraph of its own under the year's target list ----

_PLAN = ("关于某省2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
         "——2021年1月27日在某省第十三届人民代表大会第五次会议上\n某省发展和改革委员会主任　周明\n"
         "一、2020年计划执行情况\n2020年，全省地区生产总值增长3.4%。\n二、2021年经济社会发展的主要目标\n").replace("某省", "湖南省")


@pytest.mark.parametrize("lead", [
    "{L}全省经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，城镇新增就业70万人。\n为实现上述目标，重点推进四大行动：一是"
    "企业培育行动，新增高新技术企业1200家；二是城乡提质行动，改造老旧小区900个。",  # a lead to named works
    "{L}全省经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，城镇新增就业70万人。\n围绕上述目标，重点抓好以下工作：新增"
    "高新技术企业1200家，改造老旧小区900个。",  # a lead to tasks
])
@pytest.mark.parametrize("year_words", ["2021年", "“十四五”开局之年"])  # the list named by the year or by the plan's first year
def test_works_named_back_under_the_years_list_pledge_the_indicators_counts(lead, year_words):
    d = read(_PLAN + lead.format(L=year_words) + "\n")
    assert {("高新技术企业", 1200, "家"), ("老旧小区", 900, "个")} <= pledged(d)
    assert key_values(d)[("high_tech_enterprises", "target", "2021", "level")] == (1200, "eq")


def test_the_years_list_items_stay_no_pledges():
    # look-alike: a count in the year's list itself, then the lead set apart: the list's item is no pledge
    d = read(_PLAN + "2021年全省经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，新增高新技术企业1200家。\n"
             "围绕上述目标，重点抓好以下工作：一是扩大投资，新开工亿元以上项目600个。\n")
    assert ("亿元以上项目", 600, "个") in pledged(d)
    assert not any(p[0] == "高新技术企业" for p in pledged(d))


def test_a_lead_without_a_colon_stays_as_before():
    # look-alike: "围绕上述目标，全年新增…" (no lead to works or tasks): the list's own figure, as before
    d = read(_PLAN + "2021年全省经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，城镇新增就业70万人。\n"
             "围绕上述目标，全年新增高新技术企业1200家。\n")
    assert not any(p[0] == "高新技术企业" for p in pledged(d))


# ---- 3. another body's own plans on a page of the government's report ----

_NEWS = ("德州市人代会开幕\n发布时间：2024-01-10　来源：德州日报\n1月10日，德州市第十八届人民代表大会第四次会议开幕。"
         "市长刘强作政府工作报告。报告提出，今年全市将改造城镇老旧小区120个。\n")


@pytest.mark.parametrize("line", [
    "会议还书面审查了市人大常委会工作报告，市人大常委会今年将开展执法检查5项、专题询问3次。",  # the committee's plans
    "市政协今年将组织专题视察10次。",  # the 政协's
    "县人民检察院全年要办理公益诉讼案件90件。",  # a procuratorate's
])
def test_another_bodys_plans_are_no_pledges(line):
    got = pledged(read(_NEWS + line + "\n"))
    assert got == {("城镇老旧小区", 120, "个")}, got


@pytest.mark.parametrize("line,kept", [
    ("今年将配合市人大常委会开展执法检查5项。", ("执法检查", 5, "项")),  # look-alike: the government helps the body: its task
    ("会议还听取了市人大常委会工作报告。今年，全市将新建5G基站1500个。", ("5G基站", 1500, "个")),  # the body in another sentence
    ("市人大常委会将开展执法检查5项；全市将新建5G基站1500个。", ("5G基站", 1500, "个")),  # the government's clause after a ；
])
def test_the_governments_own_tasks_beside_a_body_stay(line, kept):
    assert kept in pledged(read(_NEWS + line + "\n"))


# ---- 4. an undated December report whose review estimates the year with 预计…左右 ----

_DEC = ("岱山县人民政府工作报告\n——在岱山县第十七届人民代表大会第六次会议上\n县长　林海\n一、2025年工作回顾\n{r}\n"
        "二、2026年工作安排\n明年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n")


def test_a_review_estimating_the_year_dates_the_report_late():
    kv = key_values(read(_DEC.format(r="今年，全县地区生产总值预计增长6%左右，一般公共预算收入预计增长4%左右。")))
    assert kv[("gdp", "actual", "2025", "growth")] == (6, "about")
    assert kv[("general_budget_revenue", "actual", "2025", "growth")] == (4, "about")
    assert kv[("gdp", "target", "2026", "growth")] == (6.5, "about")


@pytest.mark.parametrize("review", [
    "今年，全县地区生产总值增长6%左右。",  # look-alike: no estimate word: 左右 may be an aim, not read as late (as before)
    "今年，全县地区生产总值预计增长6%左右，力争一般公共预算收入增长4%。",  # look-alike: 力争 makes it an aim
])
def test_a_review_clause_with_an_aim_dates_nothing(review):
    kv = key_values(read(_DEC.format(r=review)))
    assert ("gdp", "actual", "2025", "growth") not in kv


def test_a_january_reports_plan_estimate_stays_the_years():
    # look-alike: a dated January report, its plan part opening on 今年: the year's, as before
    kv = key_values(read("岱山县2026年政府工作报告\n——2026年1月9日在岱山县第十七届人民代表大会第六次会议上\n县长　林海\n"
                         "一、2025年工作回顾\n过去一年，全县地区生产总值增长6.2%。\n二、2026年工作安排\n"
                         "今年，全县地区生产总值增长6%左右。\n"))
    assert kv[("gdp", "actual", "2025", "growth")] == (6.2, "eq")
    assert kv[("gdp", "target", "2026", "growth")] == (6, "about")
