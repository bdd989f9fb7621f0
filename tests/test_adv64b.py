"""adv64b (decision 542): an adversarial review of decisions 537 and 539 and the last review's shared readings, blind.

- A bracket opening on a level above's full name (a province's: "（江西省安排4%，宜春市安排5%）" in 宜春市's report) or on
  its word with a verb of setting ("（全市安排5%，宁远县安排6%）"): the level's figure dropped, the region's own after it its
  target (failed on the base: the province's 4% the city's target; the region's 6% lost, the target qualitative).
- Another region setting its rate in a bracket in a plan part ("一般公共预算收入增长6%（湖北省安排5%）" in 河南省's): no
  pledge of the region's name (failed on the base: a pledge "湖北省 5%").
- A province's own result after its target ("年初确定的地区生产总值增长目标为6.5%，全省实际增长1.3%"): its 2020 result (failed
  on the base: lost, as 全省 was read only as a level above's word).
- The growth target set after its reasons as a paragraph of its own, the list's items on the line under it ("…定为7%以上。
  \\n一般公共预算收入增长6%；城镇新增就业110万人以上；…"): the items targets, no pledges (failed on the base: pledged).
Look-alikes keep their reading (the region's own word or name opening a bracket beside the neighbours', a level above's
setter before 确定的 against the region's own, "十三五" a result's time and "十四五" a goal's in one paragraph, a goal cue then
this year's target word in the next sentence, a region's share of a count, a task after the lead, a city's report where
the province's result follows its target)."""
import pytest

import planwatch

_COUNTY = ("宁远县人民政府工作报告\n——2021年3月2日在宁远县第十八届人民代表大会第六次会议上\n\n一、2020年工作回顾\n"
           "2020年，全县城镇新增就业5600人。{r}\n\n二、2021年主要预期目标\n{t}\n\n三、2021年重点工作\n新建农村公路120公里。\n")
_CITY = ("宜春市人民政府工作报告\n——2024年1月10日在宜春市第五届人民代表大会第四次会议上\n\n一、2023年工作回顾\n"
         "过去一年，全市城镇新增就业4.6万人。{r}\n\n二、2024年主要预期目标\n{t}\n\n三、2024年重点工作\n新建农村公路120公里。\n")
_PROV = ("河南省政府工作报告\n——2021年1月16日在河南省第十三届人民代表大会第五次会议上\n\n一、2020年工作回顾\n"
         "2020年，全省城镇新增就业122万人。{r}\n\n二、2021年工作安排\n{t}\n\n三、重点工作\n新建农村公路1200公里。\n")


def _read(page: str, t: str = "", r: str = ""):
    text = page.format(t=t, r=r)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    s = t if t else r
    i = text.index(s)
    j = i + len(s)
    facts = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts if i <= f.start < j}
    pledges = {(p.object, p.value, p.unit) for p in doc.pledges if i <= p.start < j}
    return facts, pledges


# 1. a bracket opening on the level above's full name or on its word and a verb of setting (failed on the base)
@pytest.mark.parametrize("page, t, year, want, gone", [
    (_CITY, "一般公共预算收入增长与全省同步（江西省安排4%，宜春市安排5%）。", "2024", 5, 4),
    (_CITY, "一般公共预算收入增长与全省同步（江西省安排4%，全市安排5%）。", "2024", 5, 4),
    (_CITY, "一般公共预算收入增长与全省同步（全省安排4%，宜春市安排5%）。", "2024", 5, 4),
    (_COUNTY, "一般公共预算收入增长与全市同步（湖南省安排5%，宁远县安排6%）。", "2021", 6, 5),
    (_COUNTY, "一般公共预算收入增长与全市同步（全市安排5%，宁远县安排6%）。", "2021", 6, 5),
])
def test_level_above_opens_bracket(page, t, year, want, gone):
    facts, _ = _read(page, t)
    assert ("general_budget_revenue", "target", year, "growth", want) in facts, facts
    assert ("general_budget_revenue", "target", year, "growth", gone) not in facts


def test_province_named_alone_in_bracket_is_no_figure_of_the_city():
    facts, _ = _read(_CITY, "一般公共预算收入增长与全省同步（江西省安排4%）。")
    assert facts == {("general_budget_revenue", "target", "2024", "growth", None)}, facts


# 1'. look-alikes: the region's own word or name opening the bracket, the neighbours' after it (both read on the base)
@pytest.mark.parametrize("page, t, year, want, gone", [
    (_COUNTY, "一般公共预算收入增长与全市同步（全县安排6%，周边县市分别安排5%、5.5%）。", "2021", 6, 5),
    (_COUNTY, "一般公共预算收入增长与全市同步（其中本县安排6%，周边县市分别安排5%、5.5%）。", "2021", 6, 5),
    (_COUNTY, "一般公共预算收入增长与全市同步（宁远县安排6%，道县、江永县分别安排5%、5.5%）。", "2021", 6, 5),
    (_COUNTY, "一般公共预算收入增长与全市同步（周边县市分别安排5%、5.5%，本县安排6%）。", "2021", 6, 5),
    (_CITY, "一般公共预算收入增长与全省同步（宜春市安排5%，萍乡市、新余市分别安排4.5%、5%）。", "2024", 5, 4.5),
    (_CITY, "一般公共预算收入增长与全省同步（省定目标4%，宜春市安排5%）。", "2024", 5, 4),
    (_CITY, "一般公共预算收入增长5%（江西省安排4%）。", "2024", 5, 4),
])
def test_own_opens_bracket_beside_neighbours(page, t, year, want, gone):
    facts, _ = _read(page, t)
    assert ("general_budget_revenue", "target", year, "growth", want) in facts, facts
    assert ("general_budget_revenue", "target", year, "growth", gone) not in facts


# 2. another region setting its rate in a plan part: no pledge of its name (failed on the base)
@pytest.mark.parametrize("t", [
    "一般公共预算收入增长与全国同步（河南省安排6%，湖北省安排5%）。",
    "一般公共预算收入增长6%（湖北省安排5%）。",
    "一般公共预算收入增长6%（湖北安排5%）。",
])
def test_region_setting_a_rate_is_no_pledge(t):
    facts, pledges = _read(_PROV, t)
    assert ("general_budget_revenue", "target", "2021", "growth", 6) in facts, facts
    assert not any(o in ("湖北省", "湖北") for o, _, _ in pledges), pledges


# 2'. a region's share of a count keeps its pledge (lft61c's "南安市承担46个")
def test_region_share_of_a_count_is_pledged():
    page = ("南安市人民政府工作报告\n——2022年1月10日在南安市第十八届人民代表大会第一次会议上\n\n一、2021年工作回顾\n"
            "全市城镇新增就业1.2万人。\n\n二、2022年工作安排\n{t}\n")
    _, pledges = _read(page, "今年，全省改造城镇老旧小区1500个，南安市承担46个。")
    assert any(v == 46 and u == "个" for _, v, u in pledges), pledges
    assert not any(v == 1500 for _, v, _ in pledges), pledges


# 3. a province's own result after its target, led by 全省 (failed on the base)
@pytest.mark.parametrize("r", [
    "年初，河南省确定的地区生产总值增长目标为6.5%，全省实际增长1.3%。",
    "年初确定的地区生产总值增长目标为6.5%，全省实际增长1.3%。",
    "年初，全省确定的生产总值增长目标为6.5%，全省实际增长1.3%。",
])
def test_province_result_after_its_target(r):
    facts, _ = _read(_PROV, r=r)
    assert ("gdp", "target", "2020", "growth", 6.5) in facts, facts
    assert ("gdp", "actual", "2020", "growth", 1.3) in facts, facts


# 3'. a city's report: the province's target and result stay the province's, the city's result its own (as on the base)
@pytest.mark.parametrize("r, want, gone", [
    ("年初，全省确定的规模以上工业增加值增长目标为7%，全省实际增长5.4%，全市实际增长8.2%。", 8.2, 5.4),
    ("年初，江西省确定的规模以上工业增加值增长目标为7%，全市实际增长8.2%。", 8.2, 7),
])
def test_city_province_result_stays_the_province(r, want, gone):
    facts, _ = _read(_CITY, r=r)
    assert ("industrial_va", "actual", "2023", "growth", want) in facts, facts
    assert not any(f[4] == gone for f in facts), facts


# 3''. the setter before 确定的: the level above by its full name sets no figure of the region; its own name does
@pytest.mark.parametrize("page, r, year, target", [
    (_COUNTY, "年初，永州市确定的地区生产总值增长目标为7.5%，全县实际增长4.2%。", "2020", None),
    (_COUNTY, "年初，湖南省确定的地区生产总值增长目标为7.5%，全县实际增长4.2%。", "2020", None),
    (_COUNTY, "年初，宁远县确定的地区生产总值增长目标为8%，全县实际增长4.2%。", "2020", 8),
    (_CITY, "年初，宜春市确定的地区生产总值增长目标为7%，全市实际增长4.2%。", "2023", 7),
])
def test_setter_named(page, r, year, target):
    facts, _ = _read(page, r=r)
    assert ("gdp", "actual", year, "growth", 4.2) in facts, facts
    targets = {f[4] for f in facts if f[1] == "target"}
    assert targets == ({target} if target is not None else set()), facts


# 4. the plan's name as a result's time and as a goal's in one paragraph (read on the base)
def test_plan_names_result_then_goal():
    facts, _ = _read(_COUNTY, r="“十三五”期间，全县地区生产总值年均增长7.6%。“十四五”期间，全县地区生产总值年均增长7%以上。")
    assert ("gdp", "actual", "2016-2020", "growth", 7.6) in facts, facts
    assert ("gdp", "goal", "2021-2025", "growth", 7) in facts, facts


# 5. a goal cue, then this year's target word in the next sentence on its own line: still this year's targets
@pytest.mark.parametrize("t", [
    "今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长7%以上。\n今年的主要预期目标是：\n地区生产总值增长8%左右；\n固定资产投资增长10%。",
    "今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长7%以上。\n预期目标为：地区生产总值增长8%左右，固定资产投资增长10%。",
])
def test_goal_cue_then_year_targets(t):
    facts, pledges = _read(_COUNTY, t)
    assert ("gdp", "goal", "2021-2025", "growth", 7) in facts, facts
    assert ("gdp", "target", "2021", "growth", 8) in facts, facts
    assert ("fixed_asset_investment", "target", "2021", "growth", 10) in facts, facts
    assert not pledges, pledges


# 6. the growth target set after its reasons, a paragraph of its own, the list's items on the line under it (failed on the base)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_growth_set_lead_then_items_below(sep):
    t = ("综合考虑国内外形势和我省发展条件，建议全省生产总值增长目标定为7%以上。" + sep
         + "一般公共预算收入增长6%；城镇新增就业110万人以上；居民消费价格涨幅3%左右。")
    facts, pledges = _read(_PROV, t)
    assert ("gdp", "target", "2021", "growth", 7) in facts, facts
    assert ("urban_new_jobs", "target", "2021", "level", 110) in facts, facts
    assert ("general_budget_revenue", "target", "2021", "growth", 6) in facts, facts
    assert not pledges, pledges


# 6'. the figure wrapped to the next line (read on the base) and a task under the lead (pledged, as on the base)
def test_growth_set_wrapped_and_task_below():
    facts, pledges = _read(_PROV, "综合考虑各方面因素，建议全省生产总值增长目标\n定为7%以上。一般公共预算收入增长6%；城镇新增就业110\n万人以上。")
    assert ("gdp", "target", "2021", "growth", 7) in facts, facts
    assert ("urban_new_jobs", "target", "2021", "level", 110) in facts, facts
    assert not pledges, pledges
    _, pledges = _read(_PROV, "综合考虑国内外形势和我省发展条件，建议全省生产总值增长目标定为7%以上。\n新增城镇就业110万人，改造老旧小区2000个。")
    assert ("老旧小区", 2000, "个") in pledges, pledges
