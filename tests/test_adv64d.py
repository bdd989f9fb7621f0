"""Decision 552 (adv64d): an adversarial review of decisions 540 and 548. A paragraph of a part on the plan's goals that
opens on the report's year ("二、“十三五”时期主要目标" > "2016年，全市新建高标准农田25万亩，…新增城镇就业5.5万人以上"),
with no title of its own, is the year's work: dated by the year, and its indicator's count (新增城镇就业) is the year's
target and a pledge, as in the tasks part. Look-alikes: the year's target list in such a part, "…是…开局之年", a part of
the year's targets, last year's paragraph in a later report, 540's goal list and 548's 十二五/十三五 ends."""
import pytest

import planwatch

_PLAN = ("关于绵阳市2015年国民经济和社会发展计划执行情况与2016年计划草案的报告\n"
         "——2016年1月19日在绵阳市第七届人民代表大会第五次会议上\n\n一、2015年计划执行情况\n"
         "2015年，全市地区生产总值增长8.6%。\n\n二、{title}\n“十三五”时期，全市地区生产总值年均增长8%左右。\n{para}\n")


def _read(text: str):
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    pledges = {(p.object, p.value, p.unit, p.period) for p in doc.pledges}
    facts = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}
    return pledges, facts


# fail on the base: the year's paragraph after a goals part's goals, no title between: 新增城镇就业 pledged, all dated 2016
@pytest.mark.parametrize("title, para", [
    ("“十三五”时期主要目标", "2016年，全市新建高标准农田25万亩，新开工重点项目150个，新增城镇就业5.5万人以上。"),
    ("“十三五”时期主要目标", "2016年，全市新增城镇就业5.5万人以上，新建高标准农田25万亩，新开工重点项目150个。"),
    ("“十三五”时期主要目标", "今年，全市新建高标准农田25万亩，新开工重点项目150个，新增城镇就业5.5万人以上。"),
    ("“十三五”时期主要目标和2016年工作安排", "2016年，全市新建高标准农田25万亩，新开工重点项目150个，新增城镇就业5.5万人以上。"),
    ("今后五年的奋斗目标", "今年全市新建高标准农田25万亩，新开工重点项目150个，新增城镇就业5.5万人以上。"),
])
def test_the_years_paragraph_after_the_goals_is_the_years_work(title, para):
    pledges, facts = _read(_PLAN.format(title=title, para=para))
    assert {("高标准农田", 25, "万亩", "2016"), ("重点项目", 150, "个", "2016"), ("城镇就业", 5.5, "万人", "2016")} <= pledges
    assert ("urban_new_jobs", "target", "2016", "level", 5.5) in facts
    assert ("gdp", "goal", "2016-2020", "growth", 8) in facts


# look-alikes (both): the year's target list opened by 今年 in such a part (its items facts, no pledge); a year's place
# in the plan ("…是…开局之年", decision 444: not changed); a part of the year's targets; last year's paragraph
def test_the_years_target_list_in_a_goals_part_stays_facts():
    pledges, facts = _read(_PLAN.format(title="“十三五”时期主要目标",
                                        para="今年全市地区生产总值增长8%左右，城镇新增就业5万人以上，一般公共预算收入增长7%。"))
    assert not pledges
    assert {("gdp", "target", "2016", "growth", 8), ("urban_new_jobs", "target", "2016", "level", 5)} <= facts


def test_a_years_place_in_the_plan_is_unchanged():
    pledges, _ = _read(_PLAN.format(title="“十三五”时期主要目标",
                                    para="2016年是“十三五”开局之年，全市新建高标准农田20万亩。"))
    assert ("高标准农田", 20, "万亩", "2016-2020") in pledges


def test_a_part_of_the_years_targets_keeps_its_indicator_a_target():
    text = ("绵阳市2016年政府工作报告\n二、2016年主要预期目标\n2016年，全市地区生产总值增长8%左右，新增城镇就业5万人以上。\n")
    pledges, facts = _read(text)
    assert not pledges
    assert ("urban_new_jobs", "target", "2016", "level", 5) in facts


def test_last_years_paragraph_in_a_goals_part_is_no_work():
    text = "绵阳市2017年政府工作报告\n二、“十三五”时期主要目标\n2016年，全市新增城镇就业5万人，新建高标准农田20万亩。\n"
    pledges, facts = _read(text)
    assert not pledges
    assert ("urban_new_jobs", "actual", "2016", "level", 5) in facts


# look-alikes (both): decision 540's readings at the edges the round tried
@pytest.mark.parametrize("title, para, want", [
    # an act on a count that is no indicator by a later year: a pledge; an act on an indicator by another name: a goal
    ("“十三五”时期主要目标", "到“十三五”末，全市建成4G基站1.5万个，新增规上工业企业500家。",
     {("4G基站", 1.5, "万个", "2020"), ("规上工业企业", 500, "家", "2020")}),
    ("“十三五”时期主要目标和2016年工作安排", "到2020年，全市累计新增城镇就业30万人，建成高标准农田100万亩；全年新增规上工业企业80家。",
     {("高标准农田", 100, "万亩", "2020"), ("规上工业企业", 80, "家", "2016")}),
])
def test_decision_540_at_its_edges(title, para, want):
    pledges, facts = _read(_PLAN.format(title=title, para=para))
    assert {p for p in pledges if p[0] != "城镇就业" or p[3] != "2016"} >= want
    assert not any(p[0] == "城镇就业" and p[3] != "2016" for p in pledges)


# look-alikes (both): decision 548's plan ends in one review paragraph; 以来 and 期间 as a result's span
def test_two_plan_ends_in_one_review():
    text = ("沂水县2021年政府工作报告\n——2021年1月12日在沂水县第十九届人民代表大会第五次会议上\n\n一、“十三五”时期工作回顾\n"
            "“十三五”期间，全县地区生产总值年均增长6.8%，“十三五”末达到520亿元；一般公共预算收入由“十二五”末的24.6亿元"
            "增加到“十三五”末的35.2亿元。“十三五”以来，全县累计新增城镇就业6.3万人。\n")
    _, facts = _read(text)
    assert {("gdp", "actual", "2016-2020", "growth", 6.8), ("gdp", "actual", "2020", "level", 520),
            ("general_budget_revenue", "actual", "2020", "level", 35.2),
            ("urban_new_jobs", "actual", "2016-2020", "level", 6.3)} <= facts
    assert not any(f[0] == "gdp" and f[2] == "2015" for f in facts)


_TASKS = "湘乡市2026年政府工作报告\n——2026年1月8日在湘乡市第十八届人民代表大会第五次会议上\n\n三、2026年重点工作\n{para}\n"


# fail on the base: a second later year opening a clause of a sentence a later year dates: its figures are its year's
@pytest.mark.parametrize("para, want", [
    ("（一）建设数字湘乡。今年新建5G基站1000个，到2027年全市累计建成5G基站8000个，到2030年达到1.5万个。",
     {("5G基站", 1000, "个", "2026"), ("5G基站", 8000, "个", "2027"), ("5G基站", 1.5, "万个", "2030")}),
    ("（一）建设数字湘乡。到2027年全市累计建成5G基站8000个，到“十五五”末建成1.5万个。",
     {("5G基站", 8000, "个", "2027"), ("5G基站", 1.5, "万个", "2030")}),
    ("新建学校10所，于2028年底前全部建成，到2030年新增学位2万个。",
     {("学校", 10, "所", "2028"), ("学位", 2, "万个", "2030")}),
])
def test_each_later_clause_dates_its_figures(para, want):
    pledges, _ = _read(_TASKS.format(para=para))
    assert want <= pledges


# look-alikes (both): one later year after the year's task; a later year then the plan's end in their own sentences
@pytest.mark.parametrize("para, want", [
    ("今年新建5G基站1000个，到“十五五”末全市累计建成5G基站1.5万个。",
     {("5G基站", 1000, "个", "2026"), ("5G基站", 1.5, "万个", "2030")}),
    ("今年新建5G基站1000个，到2027年全市累计建成5G基站8000个；到“十五五”末，全市建成5G基站1.5万个。",
     {("5G基站", 1000, "个", "2026"), ("5G基站", 8000, "个", "2027"), ("5G基站", 1.5, "万个", "2030")}),
    ("到2027年，全市建成充电桩5000个；到2030年，建成充电桩2万个，新建公园20个。",
     {("充电桩", 5000, "个", "2027"), ("充电桩", 2, "万个", "2030"), ("公园", 20, "个", "2030")}),
])
def test_one_later_year_a_clause_unchanged(para, want):
    pledges, _ = _read(_TASKS.format(para=para))
    assert want <= pledges
