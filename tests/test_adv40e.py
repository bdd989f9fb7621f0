"""The newest rules under attack, blind (adv40e, decision 232): a bare lead to the year's work ("重点抓好以下工作：",
"重点抓好六个方面工作：") after the target list on a page with no titles, which pledged nothing; an item weighing the target
just set ("这一目标既衔接了“十五五”时期…的规划预期，…；") that gave the items after its ； the plan's span; last year's plan
in a bracket ("（上年计划增长8.5%）") on a page with no titles, lost; a growth picking out the units counted ("培育营业收入增长
20%以上的企业100家"), which pledged the 20% or nothing; the pair 外贸、外资 after a task's verb (推动, 促进), no facts.
Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, year: int, body: str) -> str:
    return f"{place}政府工作报告\n——{year}年1月10日在{place}第十七届人民代表大会第二次会议上\n\n各位代表：\n\n{body}"


# 1. a bare lead to the year's work (重点/着力 抓好/做好 …工作：) right after the year's target list, on a page with no titles
_LIST = "{y}年主要预期目标是：地区生产总值增长6%左右；城镇新增就业5000人。\n\n"


@pytest.mark.parametrize("lead", ["重点抓好以下工作：", "着力做好以下工作：", "重点抓好六个方面工作：", "重点做好以下几个方面工作："])
@pytest.mark.parametrize("place,year", [("桐城市", 2018), ("温州市", 2026), ("茂名市", 2022)])
def test_a_bare_lead_to_the_years_work_opens_the_tasks(lead, place, year):
    body = _LIST.format(y=year) + lead + "新开工棚户区改造3000套；新建农村公路100公里；完成造林2万亩。\n"
    d = read(_report(place, year, body))
    got = pledged(d)
    assert {("棚户区改造", 3000, "套"), ("农村公路", 100, "公里"), ("造林", 2, "万亩")} <= got
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "about")
    assert ("城镇新增就业", 5000, "人") not in got  # (the list's item stays a fact)


@pytest.mark.parametrize("lead", ["重点抓好以下工作：", "重点抓好六个方面工作：", "着力做好以下工作："])
@pytest.mark.parametrize("place,year", [("常德市", 2023), ("乐山市", 2024)])
def test_a_bare_lead_on_its_line_after_a_digests_list(lead, place, year):
    # a digest's list one item a line after "展望<year>，…实现：", then the bare lead on its line, the tasks one a line
    page = (f"一图读懂｜{year}年{place}政府工作报告\n来源：{place[:-1]}日报　{year}-01-10\n\n回首{year - 1}\n"
            f"全市地区生产总值增长4.6%；\n一般公共预算收入增长6.1%。\n\n展望{year}，{place[:-1]}将奋力实现：\n地区生产总值增长6.5%左右；\n"
            f"城镇新增就业4.5万人；\n居民人均可支配收入增长与经济增长基本同步。\n\n{lead}\n新建5G基站2000个；\n"
            "建设高标准农田30万亩；\n新增城镇停车位8000个。\n")
    d = read(page, report_year=year)
    assert {("5G基站", 2000, "个"), ("高标准农田", 30, "万亩"), ("城镇停车位", 8000, "个")} <= pledged(d)
    assert val(keys_of(d), ("gdp", "target", str(year), "growth")) == (6.5, "about")


@pytest.mark.parametrize("lead", ["过去一年，我们重点抓好了以下工作：", "一年来，重点做好了三个方面工作："])
def test_a_review_of_the_work_done_pledges_nothing(lead):
    # (look-alike: the year gone by, its work done; no pledges, as before)
    body = "2017年，全市地区生产总值增长8.9%。\n\n" + lead + "新开工棚户区改造2800套，新建农村公路90公里。\n"
    d = read(_report("桐城市", 2018, body))
    assert not {p for p in pledged(d) if p[1] in (2800, 90)}


def test_a_bare_lead_after_the_plans_goals_is_not_the_years_work():
    # (look-alike: the same lead after the five-year plan's goal list: no tasks of the year, as before)
    body = ("今后五年主要目标是：地区生产总值年均增长6%；城镇新增就业累计25万人。\n\n"
            "重点抓好以下工作：新建5G基站3000个；改造城镇老旧小区500个。\n")
    assert not pledged(read(_report("温州市", 2021, body)))


# 2. an item of the target list that weighs the target just set, the plan named in it, closed by ；: the items after it
# are the year's targets, not the plan's goals
@pytest.mark.parametrize("weighs", [
    "这一目标既衔接了“{p}”时期年均增长5%以上的规划预期，也兼顾了就业和防风险的需要；",
    "这一增速考虑了“{p}”时期年均增长5%以上的规划要求；",
    "该目标与“{p}”规划年均增长5%以上的目标相衔接；",
])
@pytest.mark.parametrize("place,year,plan", [("温州市", 2026, "十五五"), ("洛阳市", 2021, "十四五"), ("甘肃省", 2026, "十五五")])
def test_the_items_after_a_weighing_item_are_the_years(weighs, place, year, plan):
    body = (f"{year}年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，在实际工作中努力争取更好结果。"
            + weighs.format(p=plan) + "一般公共预算收入增长5%；城镇调查失业率控制在5%以内；PM2.5平均浓度稳中有降。\n")
    fs = keys_of(read(_report(place, year, body)))
    y = str(year)
    assert val(fs, ("general_budget_revenue", "target", y, "growth")) == (5, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", y, "share")) == (5, "at_most")
    assert ("pm25", "target", y, "growth") in fs
    assert not [k for k in fs if k[1] == "goal" and k[0] != "gdp"]


def test_the_plans_goal_list_keeps_its_span():
    # (look-alike: the plan's own goals joined by ；, a figure's item before them: goals of the span, as before)
    body = ("“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%以上；一般公共预算收入年均增长5%；"
            "研发经费投入强度达到3.5%。\n")
    fs = keys_of(read(_report("温州市", 2026, body)))
    assert val(fs, ("general_budget_revenue", "goal", "2026-2030", "growth")) == (5, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2026-2030", "share")) == (3.5, "eq")


# 3. last year's plan or target restated in a bracket after a target, on a page with no titles (a 摘要, a news page)
@pytest.mark.parametrize("aside,value,qual", [
    ("（上年计划增长8.5%）", 8.5, "eq"), ("（上年目标8%左右）", 8, "about"), ("（去年预期增长8%）", 8, "eq"),
    ("（上年计划：8.5%）", 8.5, "eq"),
])
@pytest.mark.parametrize("place,year", [("桐城市", 2018), ("乐山市", 2024)])
def test_last_years_plan_in_a_bracket_on_a_page_without_titles(aside, value, qual, place, year):
    body = (f"{year - 1}年，全市地区生产总值增长8.9%。\n\n{year}年主要预期目标是：地区生产总值增长8.5%左右{aside}；"
            "规模以上工业增加值增长9%。\n")
    fs = keys_of(read(_report(place, year, body)))
    assert val(fs, ("gdp", "target", str(year - 1), "growth")) == (value, qual)
    assert val(fs, ("gdp", "target", str(year), "growth")) == (8.5, "about")
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (8.9, "eq")


@pytest.mark.parametrize("aside", ["（上年增长10.2%）", "（上年实际增长10.2%）"])
def test_last_years_result_in_a_bracket_stays_a_result(aside):
    # (look-alike: no set word in the bracket: last year's result, as before, in the year's part)
    body = f"二、2018年主要目标\n2018年主要预期目标是：地区生产总值增长8.5%左右；财政收入增长8%{aside}。\n"
    fs = keys_of(read(_report("桐城市", 2018, body)))
    assert not [k for k in fs if k[1] == "target" and k[2] == "2017"]


# 4. a growth that picks out the units counted, before 的: the count after them is pledged, not the growth
@pytest.mark.parametrize("sentence,obj,value,unit", [
    ("培育营业收入增长20%以上的企业100家。", "企业", 100, "家"),
    ("培育营收增长30%以上的高成长企业50家。", "高成长企业", 50, "家"),
    ("推动营业收入增长20%以上的规上企业达到60家。", "规上企业", 60, "家"),
    ("培育产值增长15%以上的工业企业80家。", "工业企业", 80, "家"),
])
def test_a_growth_picking_out_the_units_is_no_pledge(sentence, obj, value, unit):
    d = read(_report("昆山市", 2019, "2019年重点工作：\n" + sentence + "\n"))
    got = pledged(d)
    assert any(o.endswith(obj) and v == value and u == unit for o, v, u in got), got
    assert not [p for p in got if p[2] == "%"]


@pytest.mark.parametrize("sentence,value", [("80%以上的行政村实现生活垃圾分类。", 80), ("90%以上的规模养殖场完成粪污处理设施配套。", 90)])
def test_a_share_of_units_is_still_pledged(sentence, value):
    # (look-alike: a share of the units to do something, no growth before it: a pledge of that share, as before)
    d = read(_report("昆山市", 2019, "2019年重点工作：\n" + sentence + "\n"))
    assert any(v == value and u == "%" for _, v, u in pledged(d))


# 5. the pair of short names (外贸、外资 before 分别) after a task's verb: the year's targets stated as a task
@pytest.mark.parametrize("verb", ["推动", "促进"])
@pytest.mark.parametrize("pair,keys", [
    ("外贸、外资分别增长8%、5%", {"foreign_trade": 8, "fdi": 5}),
    ("外资、外贸分别增长5%、8%", {"foreign_trade": 8, "fdi": 5}),
    ("外贸和外资均增长6%", {"foreign_trade": 6, "fdi": 6}),
])
@pytest.mark.parametrize("place,year", [("呼和浩特市", 2021), ("常德市", 2023)])
def test_the_pair_after_a_tasks_verb_is_the_years_target(verb, pair, keys, place, year):
    body = f"{year}年主要任务：持续扩大开放，{verb}{pair}；新建5G基站3000个。\n"
    fs = keys_of(read(_report(place, year, body)))
    for ind, v in keys.items():
        assert val(fs, (ind, "target", str(year), "growth")) == (v, "eq")


@pytest.mark.parametrize("task", ["推动外贸外资稳中提质", "促进外贸外资稳量提质", "推动外资企业增资扩股"])
def test_a_steady_task_for_trade_is_no_target(task):
    # (look-alike: a task in words, no figure: no qualitative target, as before)
    body = f"2023年主要任务：持续扩大开放，{task}，新建5G基站3000个。\n"
    fs = keys_of(read(_report("常德市", 2023, body)))
    assert not [k for k in fs if k[0] in ("foreign_trade", "fdi")]
