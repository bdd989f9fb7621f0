"""p2234: whole provincial reports of 2023–2025, blind (decision 122)."""
import pytest

from factkeys import facts, read, val

_HEAD = "政府工作报告\n——{y}年1月18日在某某省第十四届人民代表大会第{n}次会议上\n省长 王某\n"
_REVIEW = "一、{p}年工作回顾\n过去一年，全省地区生产总值增长5.2%，规模以上工业增加值增长6.1%。\n"


def _report(body: str, y: int = 2024):
    text = _HEAD.format(y=y, n="一二三四"[y - 2023]) + _REVIEW.format(p=y - 1) + body + "\n"
    return facts(text, report_year=y, region="某某省", level="province")


# 1. the plan under way named right before the goals it set, its verb with no 的, colon or comma after it
# ("“十四五”规划确定全省生产总值年均增长6%左右、…等目标"): every item is the plan's goal, not only the one an average
# names (the qualitative one and a level had become the year's targets, pushing the list's own out of their keys)
@pytest.mark.parametrize("sentence,key,value", [
    ("“十四五”规划提出常住人口城镇化率达到62%、单位地区生产总值能耗降低完成国家下达任务等目标，今年要确保完成年度任务。",
     ("urbanization_rate", "goal", "2021-2025", "share"), (62, "eq")),
    ("“十四五”规划提出常住人口城镇化率达到62%、单位地区生产总值能耗降低完成国家下达任务等目标，今年要确保完成年度任务。",
     ("energy_intensity", "goal", "2021-2025", "growth"), (None, "qualitative")),
    ("“十四五”规划纲要明确研发经费投入强度达到2.2%的目标，必须加快补齐创新短板。",
     ("rnd_intensity", "goal", "2021-2025", "share"), (2.2, "eq")),
    ("“十四五”规划确定城乡居民收入增长和经济增长同步、全省生产总值年均增长6.5%左右等目标，我们要咬定目标不放松。",
     ("urban_disposable_income", "goal", "2021-2025", "growth"), (None, "qualitative")),
])
def test_the_plans_goals_named_after_its_verb(sentence, key, value):
    fs = _report("二、2024年主要目标和工作任务\n" + sentence + "今年全省主要预期目标是：常住人口城镇化率提高0.8个百分点，"
                 "研发经费投入强度提高到2%，单位地区生产总值能耗降低完成国家下达任务。")
    assert val(fs, key) == value
    # (the year's own qualitative target, in the list after the plan's sentence, keeps its key)
    assert fs[("energy_intensity", "target", "2024", "growth")].start > fs[key].start


# look-alikes: the plan weighed before a year's figure, its goals' words after 的, a comma after the verb (decided before)
@pytest.mark.parametrize("sentence,key,value", [
    ("围绕“十四五”规划确定目标任务，全省生产总值增长5.5%左右。", ("gdp", "target", "2024", "growth"), (5.5, "about")),
    ("对照“十四五”规划提出目标，常住人口城镇化率达到60%。", ("urbanization_rate", "target", "2024", "share"), (60, "eq")),
    ("“十四五”规划确定的主要指标进展符合预期，今年常住人口城镇化率达到60%。", ("urbanization_rate", "target", "2024", "share"), (60, "eq")),
    ("“十四五”规划确定，常住人口城镇化率达到62%。", ("urbanization_rate", "goal", "2021-2025", "share"), (62, "eq")),
])
def test_the_plan_weighed_or_its_goals_after_de_keep_their_reading(sentence, key, value):
    assert val(_report("二、2024年工作安排\n" + sentence), key) == value


# 2. a programme's document named with its years in the bracket of its title, carried out in the year's tasks
# (《…三年行动计划（2023—2025年）》): its years frame only a total or an average over them, not the year's figure
# the clause after it sets (that had become the programme's goal, or, for a programme ended, a result of its years)
@pytest.mark.parametrize("sentence,y,key,value", [
    ("深入实施《制造业数字化转型三年行动计划（2024—2026年）》，规模以上工业增加值增长6.5%以上。", 2024,
     ("industrial_va", "target", "2024", "growth"), (6.5, "at_least")),
    ("落实《乡村振兴战略规划（2018—2022年）》，粮食产量稳定在600亿斤以上。", 2023,
     ("grain_output", "target", "2023", "level"), (600, "at_least")),
    ("制定实施科技创新三年行动方案（2025—2027年），全社会研发经费投入增长12%以上。", 2025,
     ("rnd_expenditure", "target", "2025", "growth"), (12, "at_least")),
])
def test_a_programmes_years_leave_the_years_figure(sentence, y, key, value):
    fs = _report(f"二、{y}年工作安排\n" + sentence, y)
    assert val(fs, key) == value
    assert not [k for k in fs if k[0] == key[0] and (k[1] == "goal" or "-" in k[2])]


# look-alikes: a total or an average over the programme's years, and a span's own bracket, keep the years
@pytest.mark.parametrize("sentence,key,value", [
    ("实施《科技强省建设三年行动计划（2024—2026年）》，研发经费投入强度年均提高0.15个百分点。",
     ("rnd_intensity", "goal", "2024-2026", "pp_change"), (0.15, "eq")),
    ("实施《科技强省建设三年行动计划（2024—2026年）》，三年累计新增城镇就业120万人。",
     ("urban_new_jobs", "goal", "2024-2026", "level"), (120, "eq")),
])
def test_a_total_or_an_average_keeps_the_programmes_years(sentence, key, value):
    assert val(_report("二、2024年工作安排\n" + sentence), key) == value


@pytest.mark.parametrize("sentence,period", [
    ("深入实施《新型基础设施建设三年行动方案（2024—2026年）》，全年新建5G基站1.5万个。", "2024"),
    ("实施《农村公路提质增效行动（2024—2026年）》，新改建农村公路3000公里。", "2024"),
    ("启动新三年行动（2024—2026年），三年累计新改建农村公路9000公里。", "2024-2026"),
])
def test_a_programmes_years_date_a_pledge_only_over_them(sentence, period):
    text = _HEAD.format(y=2024, n="二") + _REVIEW.format(p=2023) + "二、2024年工作安排\n（一）扩大有效投资\n" + sentence + "\n"
    ps = read(text, report_year=2024).pledges
    assert len(ps) == 1 and ps[0].period == period


# 3. a qualitative item joined to the next item by 、 ("城乡居民收入增长和经济增长同步、地区生产总值增长5.5%左右"): what the
# income is in step with ends its item; it had been read as a name of a list sharing the next item's figure
@pytest.mark.parametrize("lead,sentence,key,value,gone", [
    ("二、2024年工作安排\n今年主要预期目标是：", "城乡居民收入增长和经济增长同步、地区生产总值增长5.5%左右。",
     ("gdp", "target", "2024", "growth"), (5.5, "about"), ("rural_disposable_income", "target", "2024", "growth")),
    ("二、2024年工作安排\n今年主要预期目标是：", "居民收入增长与经济增长基本同步、固定资产投资增长6%。",
     ("fixed_asset_investment", "target", "2024", "growth"), (6, "eq"), ("disposable_income", "target", "2024", "growth")),
    ("二、2024年工作安排\n", "“十四五”规划确定城乡居民收入增长和经济增长同步、全省生产总值年均增长6.5%左右等目标。",
     ("gdp", "goal", "2021-2025", "growth"), (6.5, "about"), ("urban_disposable_income", "goal", "2021-2025", "growth")),
])
def test_a_qualitative_item_before_a_comma_of_a_list_keeps_no_figure(lead, sentence, key, value, gone):
    fs = _report(lead + sentence)
    assert val(fs, key) == value
    assert val(fs, gone) == (None, "qualitative")


# look-alike: names listed with a name outside the taxonomy between them still share the figure after them
def test_a_list_with_an_unknown_name_between_still_shares():
    fs = _report("二、2024年工作安排\n今年主要预期目标是：规模以上工业增加值、农林牧渔业总产值、固定资产投资分别增长7%、4%、6%。")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (6, "eq")


# 4. under a title of the five years and the year ("二、今后五年奋斗目标和2023年工作安排"), a paragraph on the five years
# and nothing else ("今后五年政府工作的总体要求是：…。") leads the bare target word opening the next ("主要目标是：…"):
# an item with no average there is the plan's goal, not the year's target (it had pushed the year's own out of its key)
_NEW_TERM = "二、今后五年奋斗目标和2023年工作安排\n"


@pytest.mark.parametrize("lead", [
    "今后五年政府工作的总体要求是：全面贯彻党的二十大精神，推动经济社会高质量发展。",
    "今后五年，我们将加快建设现代化经济体系，奋力谱写中国式现代化新篇章。",
])
def test_a_five_year_paragraph_leads_the_next_ones_goals(lead):
    fs = _report(_NEW_TERM + lead + "\n主要目标是：地区生产总值年均增长6%左右；研发经费投入强度达到2.5%以上；常住人口城镇化率达到65%。\n"
                 "2023年全省主要预期目标是：地区生产总值增长6.5%左右，常住人口城镇化率提高1个百分点。\n"
                 "（一）推动创新发展。研发经费投入强度提高到2.1%。", y=2023)
    assert val(fs, ("rnd_intensity", "goal", "2023-2027", "share")) == (2.5, "at_least")
    assert val(fs, ("urbanization_rate", "goal", "2023-2027", "share")) == (65, "eq")
    assert val(fs, ("rnd_intensity", "target", "2023", "share")) == (2.1, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")


# look-alikes: the year named before the target word, or a paragraph on the year before it: the year's targets
@pytest.mark.parametrize("lead,target", [
    ("今后五年，我们将加快建设现代化经济体系。", "今年主要目标是："),
    ("2023年是全面贯彻党的二十大精神的开局之年。", "主要目标是："),
])
def test_the_years_own_target_word_keeps_its_list(lead, target):
    fs = _report(_NEW_TERM + lead + "\n" + target + "研发经费投入强度达到2.1%，常住人口城镇化率达到63%。", y=2023)
    assert val(fs, ("rnd_intensity", "target", "2023", "share")) == (2.1, "eq")
    assert val(fs, ("urbanization_rate", "target", "2023", "share")) == (63, "eq")


# 5. a plan named as what holds a count of works ("“十四五”规划102项重大工程"), or as the document carried out
# ("落实“十四五”规划，"), dates no pledge of its sentence: the year's (they had taken the plan's span)
@pytest.mark.parametrize("sentence,period", [
    ("统筹推进“十四五”规划102项重大工程，全年完成投资5000亿元。", "2024"),
    ("加快实施“十四五”规划确定的35项重大工程，年内开工12项。", "2024"),
    ("深入落实“十四五”规划纲要，新建高标准农田50万亩。", "2024"),
    # look-alikes: the plan's years themselves, and a total over them
    ("“十四五”期间，累计建成高标准农田80万亩。", "2021-2025"),
    ("实施“十四五”规划，三年累计新建农村公路1.5万公里。", "2024-2026"),
])
def test_a_plan_holding_works_dates_no_pledge(sentence, period):
    text = _HEAD.format(y=2024, n="二") + _REVIEW.format(p=2023) + "二、2024年工作安排\n（一）扩大有效投资\n" + sentence + "\n"
    ps = read(text, report_year=2024).pledges
    assert ps and all(p.period == period for p in ps), [(p.object, p.period) for p in ps]


# 6. the share of spending a report says goes to people's livelihood, in tenths ("一般公共预算支出的七成以上用于民生"):
# the livelihood share, as in digits ("财政支出70%以上用于民生") and after 占…比重 (decision 119)
@pytest.mark.parametrize("sentence,value", [
    ("全区一般公共预算支出的七成以上用于民生，城镇新增就业45万人。", (70, "at_least")),
    ("全省财政支出的八成左右用于保障和改善民生。", (80, "about")),
    ("全省一般公共预算支出的七成用于民生。", (70, "eq")),
])
def test_tenths_of_spending_used_for_livelihood(sentence, value):
    fs = _report(sentence, y=2025)
    assert val(fs, ("livelihood_expenditure", "actual", "2024", "share")) == value


# look-alikes: tenths that are no share of spending stay unread
@pytest.mark.parametrize("sentence", ["全省一般公共预算支出增长六成。", "村集体经济收入的八成用于村内公益事业。"])
def test_other_tenths_name_no_livelihood_share(sentence):
    assert not [k for k in _report(sentence, y=2025) if k[0] == "livelihood_expenditure"]
