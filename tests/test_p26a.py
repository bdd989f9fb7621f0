"""Provincial reports of 2026, the 十五五's first year, blind (p26a, decision 212): a reason given for the year's first
target that names the plan's average does not make the items after it the plan's goals; a stock's qualitative fall
named before the task's words (细颗粒物浓度下降完成国家考核任务) is its change, and 考核任务 is a task's word; names
gathered as the indicators a target is weighed with (与就业、物价等指标相匹配) set no target; and a target list's clause
opening on a name cut short (…、产量稳定在1300亿斤以上) pledges nothing."""
import pytest

from factkeys import keys_of, pledged, read


def _page(body: str, place: str, year: int) -> str:
    return (f"政府工作报告\n——{year}年1月2{year % 7}日在{place}第十四届人民代表大会第五次会议上\n\n" + body + "\n")


PLACES = [("河南省", 2026), ("江苏省", 2026), ("湖北省", 2021)]


# 1. a reason for the year's growth target, right after it, that names the plan's average ("这一目标，考虑了“十五五”
# 时期年均增长5%左右的规划目标", "…，为实现“十五五”时期年均增长5%左右的目标奠定基础"): the sentences after it in the
# paragraph are still the year's targets (they had become the plan's goals where no part's title decided)
@pytest.mark.parametrize("reason", [
    "地区生产总值增长5%左右，在实际工作中努力争取更好结果。这一目标，考虑了“{plan}”时期年均增长5%左右的规划目标。",
    "地区生产总值增长5%左右，为实现“{plan}”时期年均增长5%左右的目标奠定基础。",
    "地区生产总值增长5%左右。提出这一目标，统筹考虑了“{plan}”规划年均增长5%左右的目标要求。",
])
@pytest.mark.parametrize("lead", ["报告提出，今年全省经济社会发展的预期目标是：", "今年全省经济社会发展的主要预期目标是："])
@pytest.mark.parametrize("place,year", PLACES)
def test_a_plan_weighed_in_the_first_targets_reason_sets_no_period_after_it(reason, lead, place, year):
    plan = "十五五" if year == 2026 else "十四五"
    body = lead + reason.format(plan=plan) + "城镇新增就业60万人以上，城镇调查失业率5.5%左右。"
    fs = keys_of(read(_page(body, place, year), region=place, level="province", report_year=year))
    assert fs[("gdp", "target", str(year), "growth")].value == 5
    assert fs[("urban_new_jobs", "target", str(year), "level")].value == 60
    assert fs[("urban_unemployment_rate", "target", str(year), "share")].value == 5.5
    assert not any(k[1] == "goal" and k[0] != "gdp" for k in fs)


@pytest.mark.parametrize("body,role", [
    # (look-alikes that must not change: a plan named as the list's lead, or as the source the year's figures follow)
    ("“十五五”时期，全省地区生产总值年均增长5%左右。城镇新增就业累计300万人以上。", "goal"),
    ("今后五年的主要目标是：地区生产总值年均增长5%左右。城镇新增就业累计300万人以上。", "goal"),
])
def test_a_plan_that_leads_its_paragraph_still_dates_the_items_after_it(body, role):
    fs = keys_of(read(_page(body, "河南省", 2026), region="河南省", level="province", report_year=2026))
    assert ("urban_new_jobs", role, "2026-2030", "level") in fs


# 2. a stock's fall named before the words of the task ("细颗粒物浓度下降完成国家考核任务"): its change, as "持续下降" is
# (the measure had been level, and 国家考核任务 no word of a task at all)
@pytest.mark.parametrize("item", [
    "细颗粒物浓度下降完成国家考核任务",
    "细颗粒物年均浓度下降完成国家下达任务",
    "PM2.5平均浓度降低完成国家下达的目标任务",
    "细颗粒物平均浓度下降完成省考核任务",
])
@pytest.mark.parametrize("place,year", PLACES)
def test_a_stocks_fall_before_the_tasks_words_is_its_change(item, place, year):
    body = f"三、{year}年主要预期目标\n地区生产总值增长5%左右；{item}；城镇新增就业60万人。"
    fs = keys_of(read(_page(body, place, year), region=place, level="province", report_year=year))
    f = fs[("pm25", "target", str(year), "growth")]
    assert (f.value, f.qualifier) == (None, "qualitative")
    assert ("pm25", "target", str(year), "level") not in fs


@pytest.mark.parametrize("item,measure", [
    # (look-alikes that must not change: no fall named, or the fall denied)
    ("细颗粒物年均浓度和单位生产总值能耗完成国家下达目标", "level"),
    ("粮食产量不下降完成国家下达任务", "level"),
])
def test_a_stock_with_no_fall_keeps_its_level(item, measure):
    body = f"三、2026年主要预期目标\n地区生产总值增长5%左右；{item}。"
    fs = keys_of(read(_page(body, "山西省", 2026), region="山西省", level="province", report_year=2026))
    ind = "grain_output" if item.startswith("粮食") else "pm25"
    assert fs[(ind, "target", "2026", measure)].qualifier == "qualitative"


# 3. names gathered as the indicators a target is weighed with ("与就业、物价等指标相匹配"): the reason, no target
@pytest.mark.parametrize("reason", [
    "这一目标与就业、物价等指标相匹配",
    "与就业、物价等主要指标相衔接",
    "兼顾了就业、居民收入、物价等各项指标相协调",
])
def test_names_gathered_as_indicators_set_no_target(reason):
    body = f"三、2026年主要预期目标\n地区生产总值增长5%左右，{reason}。城镇新增就业60万人以上。"
    fs = keys_of(read(_page(body, "福建省", 2026), region="福建省", level="province", report_year=2026))
    assert ("gdp", "target", "2026", "growth") in fs
    assert not {k for k in fs if k[0] in ("cpi", "disposable_income")}


def test_a_price_target_of_its_own_is_still_read():
    body = "三、2026年主要预期目标\n地区生产总值增长5%左右，城镇新增就业60万人以上，物价总水平保持基本稳定。"
    fs = keys_of(read(_page(body, "福建省", 2026), region="福建省", level="province", report_year=2026))
    assert fs[("cpi", "target", "2026", "growth")].qualifier == "qualitative"


# 4. a target list's clause opening on a name cut short that compounds.tsv reads as the indicator before it names
# ("粮食播种面积稳定在1.6亿亩以上、产量稳定在1300亿斤以上"): the list's item, no pledge
@pytest.mark.parametrize("item,area,output", [
    ("粮食播种面积稳定在1.6亿亩以上、产量稳定在1300亿斤以上", (1.6, "亿亩"), (1300, "亿斤")),
    ("粮食播种面积稳定在1.1亿亩以上、总产量保持在700亿斤以上", (1.1, "亿亩"), (700, "亿斤")),
    ("粮食种植面积稳定在8000万亩、产量稳定在600亿斤以上", (8000, "万亩"), (600, "亿斤")),
])
@pytest.mark.parametrize("place,year", PLACES)
def test_a_target_lists_cut_short_name_pledges_nothing(item, area, output, place, year):
    body = f"三、{year}年主要预期目标\n地区生产总值增长5%左右；{item}；城镇新增就业60万人。"
    d = read(_page(body, place, year), region=place, level="province", report_year=year)
    fs = keys_of(d)
    assert (fs[("grain_area", "target", str(year), "level")].value, fs[("grain_area", "target", str(year), "level")].unit) == area
    assert (fs[("grain_output", "target", str(year), "level")].value, fs[("grain_output", "target", str(year), "level")].unit) == output
    assert not d.pledges


def test_the_same_clause_in_the_tasks_still_pledges():
    body = "四、2026年重点工作\n稳定粮食播种面积1.6亿亩以上、产量1300亿斤以上，新建高标准农田300万亩。"
    d = read(_page(body, "河南省", 2026), region="河南省", level="province", report_year=2026)
    assert {("粮食播种面积", 1.6, "亿亩"), ("高标准农田", 300, "万亩")} <= pledged(d)


# 5. a plan's tally of the indicators met, closed by a comma, then figures, in a sentence that names no goal missed
# ("“十四五”规划确定的25项主要指标中，23项达到或超过预期，常住人口城镇化率达到62.5%，…"): results of the plan's last year
# (they had been the plan's goals; a tally closed by its own ； already read so, decision 183)
@pytest.mark.parametrize("tally", ["23项达到或超过预期", "26项完成或超额完成", "21项达到规划目标"])
@pytest.mark.parametrize("year,plan", [(2026, "十四五"), (2021, "十三五")])
def test_a_tally_of_indicators_met_closed_by_a_comma_reviews_results(tally, year, plan):
    body = (f"一、{year - 1}年和“{plan}”时期工作回顾\n“{plan}”规划确定的25项主要指标中，{tally}，常住人口城镇化率达到62.5%，"
            "森林覆盖率提高到41.5%，均完成规划目标。")
    fs = keys_of(read(_page(body, "安徽省", year), region="安徽省", level="province", report_year=year))
    assert fs[("urbanization_rate", "actual", str(year - 1), "share")].value == 62.5
    assert fs[("forest_coverage", "actual", str(year - 1), "share")].value == 41.5
    assert not any(k[1] == "goal" for k in fs)


@pytest.mark.parametrize("missed", ["未达到规划目标", "未能完成规划目标"])
def test_a_tally_that_names_the_goals_missed_keeps_them_goals(missed):
    # (a look-alike that must not change: the figures after the tally are the goals missed)
    body = ("一、2025年和“十四五”时期工作回顾\n“十四五”规划确定的30项主要指标中，27项达到预期，地区生产总值年均增长6%、"
            f"研发经费投入强度2.6%等3项指标{missed}。")
    fs = keys_of(read(_page(body, "安徽省", 2026), region="安徽省", level="province", report_year=2026))
    assert fs[("gdp", "goal", "2021-2025", "growth")].value == 6
    assert fs[("rnd_intensity", "goal", "2021-2025", "share")].value == 2.6
