"""sub35: whole reports of provincial capitals and sub-provincial cities, 2016–2026, blind (decision 142)."""
import pytest

from factkeys import facts, read, val

_HEAD = "政府工作报告\n——2018年1月10日在某某市第十五届人民代表大会第三次会议上\n市长 王某\n"


def _report(body: str, year: int = 2018):
    return facts(_HEAD.replace("2018", str(year)) + body + "\n", report_year=year, region="某某市", level="prefecture")


_LONG_ITEMS = "".join(f"（{n}）扎实推进第{n}方面工作，发展基础不断夯实。坚持问题导向和目标导向，强化统筹协调和要素保障，持续深化重点领域"
                      "和关键环节改革，完善工作推进机制，压实各方责任，各项工作取得积极进展，群众获得感、幸福感、"
                      "安全感不断增强，为全市经济社会持续健康发展提供了有力支撑。坚持以人民为中心的发展思想，把群众所思所盼作为工作的出发点和"
                      "落脚点，扎实办好各项民生实事，统筹抓好安全生产、生态环境保护和社会治理各项工作，守住了不发生系统性风险的底线，"
                      "营造了安全稳定的社会环境。\n" for n in "一二三四五六")


# 1. "这一年，" (也 "这一年里，") opening the year's work after a paragraph on the plan's years gone by ("回顾“十二五”以来…")
# names the year reviewed, as 一年来 does: the items under it are that year's, not the span's (an item over 1,500
# characters after the part's heading, its title too far to end the span's frame, had been dated to the span)
@pytest.mark.parametrize("lead", ["这一年，我们主要抓了以下几个方面的工作：", "在这一年里，我们重点做了以下工作："])
def test_this_year_opening_the_work_done_dates_the_items_after_a_span_aside(lead):
    fs = _report("一、2016年工作回顾\n全年实现地区生产总值4300亿元，增长8.5%。\n"
                 "回顾“十二五”以来的发展历程，全市经济总量由2010年的2120亿元增加到2016年的4300亿元，"
                 "在全国省会城市中的位次由第17位上升至第14位，综合实力迈上新台阶。\n"
                 + lead + "\n" + _LONG_ITEMS
                 + "（七）保障改善民生。民生支出占一般公共预算支出的比重达到78.5%。常住人口城镇化率达到60.2%，提高1.1个百分点。",
                 year=2017)
    assert val(fs, ("livelihood_expenditure", "actual", "2016", "share")) == (78.5, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2016", "pp_change")) == (1.1, "eq")
    assert not any(k[2] != "2016" and k[0] in ("livelihood_expenditure", "urbanization_rate") for k in fs)


def test_this_year_with_a_will_in_the_plan_part_names_no_result():
    # ("这一年，我们要…": the year ahead's work, its figures still targets)
    fs = _report("二、2018年工作安排\n2018年是贯彻党的十九大精神的开局之年。这一年，我们要着力稳增长，"
                 "地区生产总值增长7%左右，城镇新增就业8万人。")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (7, "about")
    assert ("gdp", "actual", "2017", "growth") not in fs


# 2. the peer group where several figures rank, named in the clause before a bare place ("主要经济指标在全国27个省会城市
# 中的位次总体稳定，地区生产总值居第21位"): the place is in that ranking (it had been dropped, no field named)
@pytest.mark.parametrize("clause, scope", [
    ("主要经济指标在全省16个市州中的位次总体前移，地区生产总值居第3位", "全省16个市州"),
    ("全市主要指标在15个副省级城市中的排名稳中有进，地区生产总值居第9位", "15个副省级城市"),
])
def test_a_peer_group_named_in_the_clause_before_a_bare_place(clause, scope):
    fs = _report("一、2017年工作回顾\n去年，全市地区生产总值增长7.1%，" + clause + "。")
    f = fs[("gdp", "actual", "2017", "rank")]
    assert (f.value, f.scope) == (int(clause[-2]), scope)


# 3. a bare place after a five-year average that follows the level reached in a named year ("由2017年的…增加到2022年的
# …亿元，年均增长5.6%，居全国城市第13位") ranks that level: that year's, not the span's (a rate named keeps the span's)
def test_a_bare_place_after_the_average_ranks_the_level_reached_that_year():
    fs = _report("一、过去五年工作回顾\n五年来，全市地区生产总值由2012年的3200亿元增加到2017年的5100亿元，年均增长9.8%，居全省第2位。",
                 year=2018)
    assert val(fs, ("gdp", "actual", "2017", "rank")) == (2, "eq")
    assert ("gdp", "actual", "2013-2017", "rank") not in fs
    fs = _report("一、过去五年工作回顾\n五年来，全市地区生产总值由2012年的3200亿元增加到2017年的5100亿元，年均增长9.8%，增速居全省第2位。",
                 year=2018)
    assert val(fs, ("gdp", "actual", "2013-2017", "rank")) == (2, "eq")


# 4. a run of three or more restated targets with an amount among them, in a numbered task item whose title runs on
# into its paragraph on one long line ("（三）着力深化改革开放，激发发展活力。…进出口总额增长5%，实际利用外资增长5%，实际利用
# 省外到位资金1600亿元。"): the item is read as a task item, as a short title line is, so the run is tasks, pledges too
# (the line, too long for a section, had left the run a target list and dropped its pledges)
_FILL = ("深化“放管服”改革，持续优化营商环境，推动政务服务事项全程网办。深化国资国企改革，完善现代企业制度，"
         "激发各类市场主体活力，支持民营企业发展壮大，构建亲清政商关系，营造公平竞争的市场环境。")


@pytest.mark.parametrize("item, obj, value", [
    ("（二）着力扩大对外开放，提升开放型经济水平。" + _FILL + "外贸进出口总额增长8%，实际使用外资增长6%，引进省外到位资金500亿元。",
     "省外到位资金", 500),
    ("（四）全力扩大有效需求，增强发展动力。" + _FILL + "社会消费品零售总额增长7%，全社会固定资产投资完成320亿元，实际利用外资增长5%。",
     "固定资产投资", 320),
])
def test_a_run_of_targets_in_a_task_item_on_one_long_line_is_pledged(item, obj, value):
    d = read(_HEAD + "一、2018年工作安排\n今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n围绕上述目标，重点抓好以下工作：\n"
             + item + "\n", report_year=2018, region="某某市", level="prefecture")
    assert any(obj in p.object and p.value == value for p in d.pledges), [(p.object, p.value) for p in d.pledges]


def test_a_run_of_targets_under_a_targets_item_on_one_long_line_stays_a_list():
    # (an item titled for the targets, "（一）主要预期目标。", and a run naming the economy's output are the list's form)
    d = read(_HEAD + "一、2018年工作安排\n（一）主要预期目标。" + _FILL
             + "地区生产总值增长7%左右，全社会固定资产投资完成320亿元，实际利用外资增长5%。\n",
             report_year=2018, region="某某市", level="prefecture")
    assert not any("固定资产投资" in p.object for p in d.pledges)


_REVIEW = "一、2025年工作回顾\n"


def _y26(body: str):
    return facts("政府工作报告\n——2026年1月15日在某某市第十六届人民代表大会第五次会议上\n市长 王某\n" + _REVIEW + body + "\n",
                 report_year=2026, region="某某市", level="prefecture")


# 5. zones listed by name before 分别 ("西海岸新区、高新区分别完成地区生产总值5200亿元、800亿元", "天府新区、高新区地区
# 生产总值分别增长8.2%、7.6%"): each a part of the region with its own figure, as a list of divisions is (the first
# figure had filled the city's own GDP, the zones' list read as no subject)
@pytest.mark.parametrize("body, first", [
    ("西海岸新区、高新区分别完成地区生产总值5200亿元、800亿元。", "西海岸新区"),
    ("高新区、经开区、自贸片区分别实现地区生产总值1200亿元、800亿元、300亿元。", "高新区"),
    ("天府新区、高新区地区生产总值分别增长8.2%、7.6%。", "天府新区"),
])
def test_zones_listed_before_each_are_parts(body, first):
    fs = _y26(body + "全市地区生产总值增长6%。")
    assert not any(k[0] == "gdp" and k[3] == "level" for k in fs)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (6, "eq")
    assert any(k[0] == f"other:{first}地区生产总值" for k in fs)


# 6. a total, then its parts each with an amount, one of them outside the taxonomy, and one change each after 分别
# ("进出口总额8200亿元，其中出口5100亿元、进口3100亿元，分别增长6.6%、9.2%、2.3%"): the first change is the total's, the
# second the part's (the exports had taken the total's change, the total's lost)
@pytest.mark.parametrize("body", [
    "全市实现进出口总额8200亿元，其中出口5100亿元、进口3100亿元，分别增长6.6%、9.2%、2.3%。",
    "外贸进出口总额完成8200亿元，出口5100亿元、进口3100亿元，分别增长6.6%、9.2%和2.3%。",
])
def test_a_part_outside_the_taxonomy_after_the_listed_takes_the_last_change(body):
    fs = _y26(body)
    assert val(fs, ("foreign_trade", "actual", "2025", "growth")) == (6.6, "eq")
    assert val(fs, ("exports", "actual", "2025", "growth")) == (9.2, "eq")
    assert val(fs, ("exports", "actual", "2025", "level")) == (5100, "eq")
