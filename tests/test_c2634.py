"""c2634: whole prefecture-city reports of 2026, the 十五五's first year, blind (decision 121)."""
import pytest

from factkeys import facts, read, val, pledged

_HEAD = "政府工作报告\n——2026年1月12日在某某市第九届人民代表大会第六次会议上\n市长 王某\n"


def _report(body: str):
    return facts(_HEAD + body + "\n", report_year=2026, region="某某市", level="prefecture")


# 1. milestones passed, listed after the five years' level ("连跨…两个台阶", "先后迈上…和…台阶"), and the same
# figure's average growth after them: the list is the figure's clause going on (the average had been lost)
@pytest.mark.parametrize("milestones", [
    "连跨200亿元、300亿元两个台阶",
    "先后迈上200亿元和300亿元台阶",
    "先后跨越200亿、300亿元两个台阶",
    "连跨两个百亿元台阶",
])
def test_milestones_listed_before_the_average_keep_the_average(milestones):
    fs = _report("一、“十四五”时期工作回顾\n五年来，全市地区生产总值由2020年的186亿元增加到2025年的318亿元，" + milestones
                 + "，年均增长7.3%；一般公共预算收入年均增长4.6%。")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (7.3, "eq")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (318, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (4.6, "eq")


def test_a_milestone_list_opens_no_subject_of_its_own():
    # (the list's figures are milestones, not a level stated: the level stated before them stays the fact)
    fs = _report("一、“十四五”时期工作回顾\n五年来，全市地区生产总值达到1530亿元，先后跨越1200亿元、1400亿元两个台阶，"
                 "年均增长6.2%。")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (1530, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (6.2, "eq")


# 2. a part titled for the five years ahead and the year's work ("今后五年和今年重点工作", "“十五五”时期和2026年工作"):
# an indicator's figure for the plan's end year is a goal (a fact), no task of the year, as under a title naming goals
# and tasks (the plan's GDP and urbanization had been pledged)
@pytest.mark.parametrize("title", ["三、今后五年和今年重点工作", "二、“十五五”时期和2026年工作安排", "二、未来五年与2026年工作"])
def test_the_plans_goals_in_a_part_of_the_five_years_and_the_year_are_no_pledges(title):
    text = (_HEAD + title + "\n“十五五”时期，全市将加快建设区域中心城市，到2030年地区生产总值突破1500亿元，"
            "常住人口城镇化率达到65%，新建改造城市道路200公里。\n今年，全市固定资产投资增长6%，新增规上工业企业80家。\n")
    d = read(text, report_year=2026, region="某某市", level="prefecture")
    objs = {p.object for p in d.pledges}
    assert not any("生产总值" in o or "城镇化率" in o for o in objs), objs
    assert ("规上工业企业", 80, "家") in pledged(d)
    assert any(o == "城市道路" for o in objs)  # (a work of the five years is still pledged)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "goal", "2030", "level")) == (1500, "at_least")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (65, "eq")


def test_a_part_of_the_years_tasks_alone_keeps_a_later_figure_a_task():
    # (under a title of the year's tasks alone a figure for a later year is a task of its own, decision 10)
    text = (_HEAD + "三、2026年重点工作\n（一）加快乡村振兴。力争到2028年，全市农村居民人均可支配收入达到2.6万元。"
            "今年新建高标准农田12万亩。\n")
    d = read(text, report_year=2026, region="某某市", level="prefecture")
    assert ("高标准农田", 12, "万亩") in pledged(d)
    assert any("农村居民人均可支配收入" in p.object for p in d.pledges)


# 3. the plan's goal list set as ——bullets right under a title of the plan's goals, with no lead of its own
# ("二、“十五五”时期主要目标" > "——…每万人口高价值发明专利拥有量达到12件"): its items are goals, no pledges, as under a
# lead (decision 38); a title that names the plan's tasks too keeps the bullets' works pledged
@pytest.mark.parametrize("title", ["二、“十五五”时期主要目标", "二、今后五年的奋斗目标", "（二）“十五五”时期发展目标"])
def test_the_plans_bulleted_goals_give_no_pledges(title):
    text = (_HEAD + title + "\n——创新能力显著增强。研发经费投入强度达到2.8%，每万人口高价值发明专利拥有量达到15件。\n"
            "——民生福祉持续增进。每千人口拥有3岁以下婴幼儿托位数达到4.5个，人均预期寿命达到80岁。\n"
            "三、2026年重点工作\n（一）推进科技创新。新增高新技术企业120家，新建省级以上研发平台15个。\n")
    d = read(text, report_year=2026, region="某某市", level="prefecture")
    assert {p.object for p in d.pledges} == {"高新技术企业", "省级以上研发平台"}
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("rnd_intensity", "goal", "2026-2030", "share")) == (2.8, "eq")


def test_bullets_under_the_plans_goals_and_tasks_keep_their_works():
    text = (_HEAD + "二、“十五五”时期主要目标任务和重大举措\n——基础设施更加完善。新建改造城市道路300公里，新增停车位5万个。\n"
            "三、2026年重点工作\n（一）新建改造城市道路60公里。\n")
    d = read(text, report_year=2026, region="某某市", level="prefecture")
    assert ("城市道路", 300, "公里") in pledged(d) and ("停车位", 5, "万个") in pledged(d)


# 4. a task sentence that names the plan (what it answers to, or whose projects it runs) and the whole year
# (全年, as 今年): its pledges are the year's, not the plan's five years
@pytest.mark.parametrize("sentence, obj, value", [
    ("对标“十五五”规划目标，全年新增规上工业企业90家。", "规上工业企业", 90),
    ("紧扣“十五五”规划部署，全年新建改造城市道路45公里。", "城市道路", 45),
    ("（三）全年实施“十五五”重大项目260个。", "重大项目", 260),
    ("2.全年建设“十五五”规划明确的保障性住房3000套。", "保障性住房", 3000),
])
def test_the_whole_year_dates_a_task_that_names_the_plan(sentence, obj, value):
    text = _HEAD + "三、2026年重点工作\n" + sentence + "\n"
    d = read(text, report_year=2026, region="某某市", level="prefecture")
    got = [p for p in d.pledges if obj in p.object and p.value == value]
    assert got and got[0].period == "2026", [(p.object, p.value, p.period) for p in d.pledges]


def test_the_plans_own_span_still_dates_its_total():
    text = (_HEAD + "三、2026年重点工作\n“十五五”期间，全市计划建成高速公路260公里，全年新改建农村公路450公里。\n"
            "按照“十五五”规划，新建高标准农田90万亩。\n")
    d = read(text, report_year=2026, region="某某市", level="prefecture")
    per = {(p.object, p.value): p.period for p in d.pledges}
    assert per[("高速公路", 260)] == "2026-2030" and per[("农村公路", 450)] == "2026"
    assert per[("高标准农田", 90)] == "2026-2030"


@pytest.mark.parametrize("sentence", [
    "（一）力争到2028年整车产量突破80万辆，全年新增规上工业企业130家。",
    "到2030年，全市充电桩达到5万个，全年新增规上工业企业130家。",
])
def test_the_whole_year_after_a_later_deadline_is_the_years(sentence):
    d = read(_HEAD + "三、2026年重点工作\n" + sentence + "\n", report_year=2026, region="某某市", level="prefecture")
    per = {p.object: p.period for p in d.pledges}
    assert per.get("规上工业企业") == "2026", per
