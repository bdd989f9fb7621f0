"""Whole county and district reports of 2026, long (cnt41, decision 259): a kind of services before the third sector's
share by 服务业 ("现代服务业增加值占比稳定在85%以上", "生产性服务业增加值占比达到45%") read as the region's tertiary share; a
goal's end of the plan period after 到 ("到“十五五”末突破4800亿元") pledged with the time phrase as its object; and a
target list whose lead and items share one line, its last item a later year's goal ("今年主要预期目标是：…；到2030年，地区
生产总值突破3600亿元。"), whose later year dated the tasks after it as goals. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _report(place: str, review: str, plan: str = "", year: int = 2026) -> str:
    return (f"政府工作报告\n——{year}年1月9日在{place}第十八届人民代表大会第六次会议上\n{place}人民政府区长　王立新\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n\n全区地区生产总值完成1780.5亿元，增长5.6%。{review}\n\n二、{year}年工作安排\n\n"
            f"{plan}\n各位代表！让我们团结奋斗！\n")


_PLACES = ["金水区", "昆山市", "昭觉县", "双流区"]
_SHARE = ("tertiary_share", "actual", "2025", "share")


# 1. a kind of services before the share's short name: that kind's share, not the third sector's
@pytest.mark.parametrize("kind", ["现代", "生产性", "生活性", "金融", "高技术", "科技", "数字"])
@pytest.mark.parametrize("name", ["服务业增加值占比", "服务业占比", "服务业比重", "服务业增加值比重", "服务业增加值所占比重"])
@pytest.mark.parametrize("place", _PLACES[:2])
def test_a_kind_of_services_share_is_not_the_third_sectors(kind, name, place):
    fs = keys_of(read(_report(place, f"{kind}{name}达到62.5%。")))
    assert _SHARE not in fs


@pytest.mark.parametrize("place", _PLACES)
def test_a_kind_of_services_share_over_the_five_years(place):
    fs = keys_of(read(_report(place, "五年来，现代服务业增加值占比稳定在85%以上，数字经济核心产业增加值占比达到12%。")))
    assert ("tertiary_share", "actual", "2021-2025", "share") not in fs


@pytest.mark.parametrize("lead", ["", "全区", "我区"])
@pytest.mark.parametrize("name", ["服务业增加值占比", "服务业占比", "服务业比重", "服务业增加值占地区生产总值比重"])
def test_the_sectors_own_share_stays(lead, name):
    # (look-alikes: the third sector's share by its plain name, the region's word or none before it)
    fs = keys_of(read(_report("金水区", f"{lead}{name}达到62.5%。")))
    assert val(fs, _SHARE) == (62.5, "eq")


def test_the_sectors_share_after_a_kinds_is_read():
    # (a kind's share first, then the sector's own: the sector's is the fact)
    fs = keys_of(read(_report("金水区", "生产性服务业增加值占比达到45%，服务业增加值占地区生产总值比重达到70%。")))
    assert val(fs, _SHARE) == (70, "eq")


# 2. the plan period's end after 到, then a verb and the goal's figure: no pledge whose object is the time
@pytest.mark.parametrize("end", ["到“十五五”末", "到“十五五”期末", "至“十五五”末", "到十五五末", "到“十五五”时期末"])
@pytest.mark.parametrize("lead", ["“十五五”期间，全区地区生产总值年均增长5.5%以上，", "今后五年，规上工业产值年均增长7%，"])
@pytest.mark.parametrize("place", _PLACES[:3])
def test_a_plan_ends_goal_is_no_pledge_of_its_time(end, lead, place):
    d = read(_report(place, "", f"{lead}{end}突破4800亿元。\n全年完成固定资产投资800亿元以上。"))
    objs = {(p.object, p.value) for p in d.pledges}
    assert not any("十五五" in (o or "") for o, _ in objs), objs
    assert ("固定资产投资", 800) in objs


@pytest.mark.parametrize("place", _PLACES[:3])
def test_a_plan_ends_goal_is_still_the_fact(place):
    fs = keys_of(read(_report(place, "", f"“十五五”期间，全{place[-1]}地区生产总值年均增长5.5%以上，到“十五五”末突破2300亿元。")))
    assert val(fs, ("gdp", "goal", "2030", "level")) == (2300, "at_least")


@pytest.mark.parametrize("lead", ["“十五五”期间，", "今年"])
def test_a_count_after_the_plan_period_is_still_pledged(lead):
    # (look-alikes: a count with its object after the plan's time keeps its pledge)
    d = read(_report("昭觉县", "", f"{lead}新建高标准农田2万亩。"))
    assert ("高标准农田", 2) in {(p.object, p.value) for p in d.pledges}


# 3. a target list on one line whose last item is a later year's goal: the tasks after it stay the year's
@pytest.mark.parametrize("goal", ["到2030年，地区生产总值突破2300亿元", "到“十五五”末，地区生产总值突破2300亿元",
                                  "到2030年研发经费投入强度达到3%"])
@pytest.mark.parametrize("lead", ["今年主要预期目标是：", "今年全区经济社会发展的主要预期目标是：", "今年经济社会发展主要目标是："])
@pytest.mark.parametrize("task", ["（一）做强制造业。全区规上工业增加值增长7%，完成固定资产投资900亿元。",
                                  "全区规上工业增加值增长7%，完成固定资产投资900亿元。"])
def test_a_later_goal_ending_the_list_dates_no_task(goal, lead, task):
    fs = keys_of(read(_report("金水区", "", f"{lead}地区生产总值增长6%左右；一般公共预算收入增长4%；{goal}。\n{task}")))
    assert val(fs, ("industrial_va", "target", "2026", "growth")) == (7, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2026", "level")) == (900, "eq")
    assert ("industrial_va", "goal", "2030", "growth") not in fs
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "about")


@pytest.mark.parametrize("place", _PLACES)
def test_the_lists_later_goal_is_still_the_goal(place):
    fs = keys_of(read(_report(place, "", "今年主要预期目标是：地区生产总值增长6%左右；到2030年，地区生产总值突破2300亿元。\n"
                                         f"全{place[-1]}规上工业增加值增长7%。")))
    assert val(fs, ("gdp", "goal", "2030", "level")) == (2300, "at_least")


@pytest.mark.parametrize("lead", ["今年主要预期目标是：", "2026年主要预期目标是："])
def test_a_list_with_no_later_goal_leads_as_before(lead):
    # (look-alikes: a list of the year's targets alone, the tasks after it the year's)
    fs = keys_of(read(_report("金水区", "", f"{lead}地区生产总值增长6%左右；一般公共预算收入增长4%。\n全区规上工业增加值增长7%。")))
    assert val(fs, ("industrial_va", "target", "2026", "growth")) == (7, "eq")


def test_a_goals_paragraph_of_its_own_still_dates_its_own_figures():
    # (look-alike: a paragraph opening on the later year keeps its figures the goal's)
    fs = keys_of(read(_report("金水区", "", "今年主要预期目标是：地区生产总值增长6%左右。\n到2030年，全区规上工业增加值突破900亿元。")))
    assert ("industrial_va", "goal", "2030", "level") in fs
