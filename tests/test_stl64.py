"""Decision 540 (stl64): a goals part's quantified counts. A clause of a goals part opening on an act on a count that is
no taxonomy indicator, in a sentence a later year opens (到2030年，建成5G基站20万个) or before a goals-and-work part's
；全年 items, is a pledge dated by that year; a state reached (城镇化率达到62%, 规模以上工业企业达到6000家, 突破600亿元)
and an act on an indicator (累计新增城镇就业4万人) stay goals, no pledge; the plan's goal list naming an indicator stays
goals, its acts too (decision 38); a goals-alone part's ；全年 items stay no year's pledge."""
import pytest

import planwatch

_PROVINCE = ("关于贵州省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
             "——2026年1月24日在贵州省第十四届人民代表大会第五次会议上\n\n一、2025年计划执行情况\n"
             "2025年，全省地区生产总值增长5.1%。\n\n二、“十五五”时期{title}\n{goals}\n\n三、2026年计划安排\n"
             "（一）扩大有效投资。全年实施省级重点项目3000个。\n")
_COUNTY = ("蒙城县2022年政府工作报告\n——2022年1月10日在蒙城县第十八届人民代表大会第一次会议上\n\n一、过去五年工作回顾\n"
           "五年来，全县地区生产总值年均增长7.2%。\n\n二、今后五年的{title}\n{goals}\n\n三、2022年重点工作\n"
           "全年新建改造农村公路220公里。\n")


def _read(page: str, title: str, goals: str):
    text = page.format(title=title, goals=goals)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    cut = text.index("\n\n三、")
    before = {(p.object, p.value, p.unit, p.period) for p in doc.pledges if p.start < cut}
    facts = {(f.indicator, f.role, f.period, f.value) for f in doc.facts}
    return before, facts


# fail on the base: acts by a later year beside a state, in a goals-alone part (the state no pledge)
@pytest.mark.parametrize("goals, want", [
    ("到2030年，全省建成5G基站20万个，新建改造农村公路2万公里，规模以上工业企业达到6000家。",
     {("5G基站", 20, "万个", "2030"), ("农村公路", 2, "万公里", "2030")}),
    ("力争到2030年，全省累计建成国家区域医疗中心8个，高速公路通车里程突破1.2万公里。", {("国家区域医疗中心", 8, "个", "2030")}),
    ("到2030年，全省累计建成5G基站3000个；全年新开工保障性租赁住房1000套，新建城市公园10个。",
     {("5G基站", 3000, "个", "2030")}),
])
def test_acts_by_a_later_year_in_a_goals_part_are_pledges(goals, want):
    before, _ = _read(_PROVINCE, "主要目标", goals)
    assert before == want


# look-alikes (both): the plan's goal list naming an indicator, opened by its span or a later year, in a part of the
# goals alone, stays goals, its act clauses too (decision 38, tests/test_lng41b.py; decision 540 kept it)
@pytest.mark.parametrize("goals", [
    "今后五年，全县地区生产总值年均增长7%以上，到2026年突破600亿元；累计新增规模以上工业企业150家，新建改造农村公路1000公里。",
    "到2026年，全县建成省级美丽乡村中心村60个，高新技术企业达到120家。",
])
def test_a_goal_lists_acts_stay_goals(goals):
    before, facts = _read(_COUNTY, "奋斗目标", goals)
    assert not before
    assert any(f[1] == "goal" for f in facts)


# fail on the base: in a part of the goals and the year's work, the goal's act before the 全年 items
def test_a_goals_act_before_the_years_items_is_pledged_by_its_year():
    text = ("九江市2021年政府工作报告\n——2021年1月15日在九江市第十五届人民代表大会第六次会议上\n\n"
            "二、“十四五”时期主要目标和2021年工作安排\n"
            "到2025年，全市常住人口城镇化率达到65%，建成城市停车位5万个；全年新开工保障性租赁住房3000套。\n")
    doc = planwatch.read_text(text, "t.txt")
    got = {(p.object, p.value, p.unit, p.period) for p in doc.pledges}
    assert got == {("城市停车位", 5, "万个", "2025"), ("保障性租赁住房", 3000, "套", "2021")}
    assert ("urbanization_rate", "goal", "2025", 65) in {(f.indicator, f.role, f.period, f.value) for f in doc.facts}


# look-alikes (both): states reached and acts on an indicator stay goals; the review's five years pledge nothing
@pytest.mark.parametrize("goals, fact", [
    ("到2026年，全县高新技术企业达到120家，地区生产总值突破600亿元。", ("high_tech_enterprises", "goal", "2026", 120)),
    ("今后五年，全县地区生产总值年均增长7%以上，累计新增城镇就业4万人。", ("urban_new_jobs", "goal", "2022-2026", 4)),
    ("今后五年，全县地区生产总值年均增长7%以上，常住人口城镇化率达到60%。", ("urbanization_rate", "goal", "2022-2026", 60)),
])
def test_states_and_indicator_acts_stay_goals(goals, fact):
    before, facts = _read(_COUNTY, "奋斗目标", goals)
    assert not before and fact in facts


def test_goals_alone_whole_year_items_no_years_pledge():
    before, _ = _read(_PROVINCE, "主要目标", "到2030年，全省常住人口城镇化率达到66%；全年新开工保障性租赁住房1000套，"
                                            "新建城市公园10个。")
    assert not before


def test_the_reviews_five_years_pledge_nothing():
    text = _COUNTY.format(title="奋斗目标", goals="今后五年，全县地区生产总值年均增长7%以上。").replace(
        "五年来，全县地区生产总值年均增长7.2%。", "五年来，全县累计新建改造农村公路800公里，建成省级美丽乡村中心村40个。")
    doc = planwatch.read_text(text, "t.txt")
    assert {(p.object, p.value) for p in doc.pledges} == {("农村公路", 220)}
