"""Whole provincial reports of 2023, blind (lng42b, decision 263): the five years' tasks after the plan's goal list, in
a part titled for the five years ahead ("围绕实现上述目标，重点抓好以下工作：一是…，到2027年森林覆盖率达到43%；…五是…，
五年新增城镇就业350万人以上。"), lost their indicator figures (a later year's in a part titled 目标任务 read as the year's
part's goal; any indicator's read as the goal list's); and a part titled for the five years' 工作思路和目标, which named
no work word, pledged none of its tasks. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, year: int, title: str, tasks: str) -> str:
    return (f"政府工作报告\n——{year}年1月13日在{place}第十四届人民代表大会第一次会议上\n{place}省长　王明\n各位代表：\n"
            f"一、过去五年工作回顾\n过去五年，全省地区生产总值年均增长5.6%。\n{title}\n"
            f"今后五年经济社会发展的主要目标是：全省地区生产总值年均增长6%左右；常住人口城镇化率达到60%以上。\n{tasks}\n"
            f"三、{year}年重点工作\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
            "实现上述目标，重点做好以下工作：新建5G基站1万个。\n")


_TITLES = ["二、今后五年的目标任务", "二、今后五年的工作思路和目标", "二、未来五年的奋斗目标和主要任务"]
_LEADS = ["围绕实现上述目标，重点抓好以下工作：", "重点任务是：", "围绕上述目标，我们将重点推进以下工作："]


# 1. the indicator figures of the plan's tasks, led as tasks after the goal list, are pledges (and stay goals)
@pytest.mark.parametrize("title", _TITLES)
@pytest.mark.parametrize("lead", _LEADS)
@pytest.mark.parametrize("place,year", [("湖北省", 2023), ("山东省", 2018), ("广东省", 2028)])
def test_the_plans_tasks_pledge_their_indicator_figures(title, lead, place, year):
    end = year + 4
    tasks = (f"{lead}一是建设科技创新高地，到{end}年高新技术企业突破3万家；二是建设美丽{place[:2]}，到{end}年森林覆盖率"
             "达到43%；三是增进民生福祉，五年新增城镇就业350万人以上；四是推进乡村振兴，五年累计新建高标准农田1000万亩。")
    d = read(_report(place, year, title, tasks))
    got = pledged(d)
    assert {("高新技术企业", 3, "万家"), ("森林覆盖率", 43, "%"), ("城镇就业", 350, "万人"), ("高标准农田", 1000, "万亩")} <= got
    periods = {(p.object, p.period) for p in d.pledges}
    assert ("森林覆盖率", str(end)) in periods and ("城镇就业", f"{year}-{end}") in periods
    fs = keys_of(d)
    assert val(fs, ("forest_coverage", "goal", str(end), "share")) == (43, "eq")
    assert val(fs, ("urban_new_jobs", "goal", f"{year}-{end}", "level")) == (350, "at_least")


@pytest.mark.parametrize("place,year", [("广西壮族自治区", 2023), ("浙江省", 2022)])
def test_the_five_years_works_in_a_part_of_work_ideas_and_goals(place, year):
    # a part titled 工作思路和目标 names no work word: its tasks after the goal list are the five years' pledges
    tasks = ("重点任务是：推进工业振兴，五年新增规模以上工业企业3000家；推动乡村振兴，五年累计新建高标准农田1000万亩；"
             "建设开放合作高地，五年累计实际利用外资100亿美元。")
    d = read(_report(place, year, "二、今后五年的工作思路和目标", tasks))
    span = f"{year}-{year + 4}"
    got = {(p.object, p.value, p.unit, p.period) for p in d.pledges}
    assert {("规模以上工业企业", 3000, "家", span), ("高标准农田", 1000, "万亩", span), ("外资", 100, "亿美元", span)} <= got


# 2. look-alikes that must not change
@pytest.mark.parametrize("title", _TITLES)
def test_the_goal_list_itself_pledges_nothing(title):
    # (the plan's goal list, its lead 主要目标是：/主要目标任务是：, gives goals, no pledges, decision 38)
    for lead in ["今后五年的主要目标是：", "今后五年的主要目标任务是："]:
        tasks = lead + "到2027年高新技术企业突破3万家；森林覆盖率达到43%；城镇新增就业累计350万人以上。"
        d = read(_report("湖北省", 2023, title, tasks))
        assert not {p for p in pledged(d) if p[1] in (3, 43, 350)}


@pytest.mark.parametrize("title", ["二、今后五年的目标任务", "二、今后五年的工作思路和目标"])
def test_a_goal_paragraph_with_no_lead_keeps_its_indicators_goals(title):
    # (a paragraph of the part that no lead to the work opens: its indicator figures stay goals, no pledges, as before)
    tasks = "到2027年，全省高新技术企业突破3万家，森林覆盖率达到43%。"
    d = read(_report("湖北省", 2023, title, tasks))
    assert not {p for p in pledged(d) if p[1] in (3, 43)}
    assert val(keys_of(d), ("forest_coverage", "goal", "2027", "share")) == (43, "eq")


def test_the_years_part_after_the_plans_is_untouched():
    # (the year's tasks keep the year; its target list gives no pledges)
    tasks = "围绕实现上述目标，重点抓好以下工作：五年累计新建高标准农田1000万亩。"
    d = read(_report("甘肃省", 2023, "二、今后五年的目标任务", tasks))
    got = {(p.object, p.value, p.period) for p in d.pledges}
    assert ("5G基站", 1, "2023") in got and ("高标准农田", 1000, "2023-2027") in got
    assert not [p for p in d.pledges if p.value == 6]
