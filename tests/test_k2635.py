"""Whole county and district reports of 2026, blind (k2635; docs/decisions.md 144)."""
import pytest

from factkeys import facts, read, val

_HEAD = "政府工作报告\n——2026年1月15日在某某县第十八届人民代表大会第六次会议上\n县长 李某\n"


def _county(body: str):
    return facts(_HEAD + body, report_year=2026, region="某某县", level="county")


# 1. the whole year opening a clause after a later deadline's own figure: that clause and the ones after it are the
# report's year (the deadline dates its own clause only)
@pytest.mark.parametrize("title", ["三、2026年重点工作\n", "二、今后五年主要目标和2026年工作安排\n"])
@pytest.mark.parametrize("sentence, key, value", [
    ("（二）做强文旅产业。力争到2028年旅游综合收入突破200亿元，全年接待游客1500万人次，实现旅游收入120亿元。",
     ("tourism_revenue", "target", "2026", "level"), 120),
    ("深入实施工业倍增计划，确保到2027年规上工业总产值突破800亿元，全年新增规上工业企业30家，固定资产投资增长8%。",
     ("fixed_asset_investment", "target", "2026", "growth"), 8),
    ("力争到2029年建成省级高新区，园区营业收入达到500亿元；全年实际使用外资1.5亿美元。",
     ("fdi", "target", "2026", "level"), 1.5),
])
def test_the_whole_year_after_a_later_deadline_dates_the_clauses_after_it(title, sentence, key, value):
    # (the deadline's own figure stays its goal: "旅游综合收入突破200亿元" is 2028's)
    fs = _county(title + sentence + "\n")
    assert val(fs, key)[0] == value
    assert not any(k[1] == "goal" and f.value == value for k, f in fs.items()), sorted(fs)


def test_the_whole_year_of_the_deadline_itself_stays_its_goal():
    # "到2030年，全年…": the whole year of 2030, no turn to this year (no figure of the deadline's before it)
    fs = _county("三、2026年重点工作\n到2030年，全年粮食产量稳定在60万吨以上，森林覆盖率达到45%。\n")
    assert ("grain_output", "goal", "2030", "level") in fs and ("grain_output", "target", "2026", "level") not in fs
    assert ("forest_coverage", "goal", "2030", "share") in fs


# 2. a target list set one item a paragraph (blank lines between): its last items are still led by the lead line
_ITEMS = ["地区生产总值增长6%左右", "规模以上工业增加值增长7%", "固定资产投资增长5%", "社会消费品零售总额增长5.5%",
          "一般公共预算收入增长4%", "城乡居民人均可支配收入增长与经济增长同步", "城镇调查失业率控制在5.5%以内",
          "居民消费价格涨幅3%左右"]


@pytest.mark.parametrize("mark", ["{n}.", "（{n}）"])
def test_a_qualitative_item_far_down_a_list_set_in_paragraphs_is_a_target(mark):
    items = [mark.format(n=i + 1) + t + "；" for i, t in enumerate(_ITEMS)]
    items.append(mark.format(n=9) + "单位地区生产总值能耗降低完成州下达的目标任务，主要污染物排放总量持续减少。")
    body = ("二、“十五五”时期发展目标\n\n今后五年，地区生产总值年均增长6%左右。\n\n2026年是“十五五”开局之年，我们提出今年"
            "全县经济社会发展的主要预期目标：\n\n" + "\n\n".join(items) + "\n")
    fs = _county(body)
    assert val(fs, ("energy_intensity", "target", "2026", "growth")) == (None, "qualitative")
    assert val(fs, ("cpi", "target", "2026", "growth")) == (3, "about")


def test_an_item_set_in_paragraphs_under_no_lead_stays_unled():
    # (a paragraph of the review a blank line away, no lead: the qualitative words are no target)
    fs = _county("一、2025年工作回顾\n\n地区生产总值增长5.6%。\n\n单位地区生产总值能耗降低完成州下达的目标任务。\n")
    assert ("energy_intensity", "target", "2026", "growth") not in fs


# 3. a stock kept stable, in words closing its clause right after its name
@pytest.mark.parametrize("item, key", [
    ("——粮食总产量稳定；\n", ("grain_output", "target", "2026", "level")),
    ("——粮食播种面积稳定，居民消费价格涨幅3%左右。\n", ("grain_area", "target", "2026", "level")),
])
def test_a_stock_stable_in_the_target_list_is_a_qualitative_target(item, key):
    fs = _county("三、2026年工作安排\n今年主要预期目标是：\n——地区生产总值增长6%左右；\n" + item)
    assert val(fs, key) == (None, "qualitative")


@pytest.mark.parametrize("body", [
    "一、2025年工作回顾\n全年地区生产总值增长5.1%，粮食产量稳定，生猪出栏增长3%。\n",  # a result: no fact
    "三、2026年工作安排\n今年主要预期目标是：\n——粮食产量稳定在50万吨以上；\n",  # its figure decides
])
def test_stable_after_a_stock_gives_no_qualitative_fact_where_a_figure_or_the_review_decides(body):
    fs = _county(body)
    assert not any(f.qualifier == "qualitative" and f.indicator == "grain_output" for f in fs.values()), fs


# 4. the same turn for the pledges of a part titled for the five years and the year: the indicator's figure after the
# whole year's clause is the year's task, a pledge (the later year's own figure stays a goal, no pledge of the year)
@pytest.mark.parametrize("sentence, obj, value", [
    ("（一）壮大实体经济。确保到2028年规上工业营业收入突破600亿元，全年新增规上工业企业25家，完成工业投资60亿元。", "工业投资", 60),
    ("（三）扩大开放。力争到2030年外贸进出口总额突破100亿元，全年实际使用外资8000万美元。", "外资", 8000),
])
def test_the_years_task_after_a_later_deadline_is_pledged_in_a_part_of_the_five_years_and_the_year(sentence, obj, value):
    d = read(_HEAD + "二、今后五年目标任务和2026年工作安排\n" + sentence + "\n", report_year=2026, region="某某县", level="county")
    got = [p for p in d.pledges if obj in p.object and p.value == value]
    assert got and got[0].period == "2026", [(p.object, p.value, p.period) for p in d.pledges]


# 5. (found by probes beyond the set) the region's own target after the level above's, its name left out and a modal
# before its aim: the region's, the level above's dropped
@pytest.mark.parametrize("sentence, value", [
    ("全市提出地区生产总值增长5%左右的目标，我区将力争增长5.5%左右。", 5.5),
    ("全省一般公共预算收入预期增长4%，我区要确保增长5%以上，固定资产投资增长6%。", 5),
])
def test_the_own_target_after_the_level_aboves_with_a_modal_is_the_regions(sentence, value):
    text = "政府工作报告\n——2026年1月10日在湛江市麻章区第三届人民代表大会第六次会议上\n区长 王某\n三、2026年工作安排\n" + sentence + "\n"
    fs = facts(text, report_year=2026)
    got = [f for k, f in fs.items() if k[1:] == ("target", "2026", "growth") and k[0] in ("gdp", "general_budget_revenue")]
    assert [f.value for f in got] == [value], sorted(fs)


# 6. (found by probes beyond the set) a clause that grasps or keeps its eyes on the plan's goals, no figure in it, in the
# year's part: no time frame for the year's figures after it (as 对标, 锚定, 围绕 already were)
@pytest.mark.parametrize("lead", ["我们将牢牢把握“十五五”时期目标任务，", "紧盯“十五五”规划目标，", "瞄准“十五五”发展目标，"])
def test_a_plan_grasped_in_the_years_part_sets_no_goal(lead):
    fs = _county("三、2026年工作安排\n" + lead + "全县地区生产总值增长6%左右，固定资产投资增长7%。\n")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "about")
    assert ("fixed_asset_investment", "target", "2026", "growth") in fs and not any(k[1] == "goal" for k in fs), sorted(fs)


def test_a_plan_grasped_keeps_a_yearly_average_the_plans():
    fs = _county("三、2026年工作安排\n准确把握“十五五”时期目标任务，全县地区生产总值年均增长6%左右。\n")
    assert ("gdp", "goal", "2026-2030", "growth") in fs
