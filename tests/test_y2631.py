"""y2631: city, county and district reports of 2026, the 十五五's first year (decision 105)."""
import pytest

from factkeys import facts, read, val

_HEAD = "政府工作报告\n——2026年1月10日在某某市第十届人民代表大会第五次会议上\n市长 王某\n"


def _plan(part: str, body: str):
    return facts(_HEAD + part + "\n" + body + "\n", report_year=2026, region="某某市", level="prefecture")


# 1. a part on the plan and the year: the plan's years named by a sentence with no figure and no year, then
# "主要目标是：" opening the next: every item of that list is the plan's goal, not this year's target
@pytest.mark.parametrize("part,body", [
    ("二、“十五五”时期奋斗目标和2026年重点工作",
     "“十五五”时期，我们将奋力建设区域性中心城市。主要目标是：一般公共预算收入年均增长4%；常住人口城镇化率达到68%；"
     "居民人均可支配收入增长与经济增长基本同步。\n今年主要预期目标是：地区生产总值增长5.5%左右，居民人均可支配收入增长6%。"),
    ("三、“十五五”发展目标和今年工作",
     "今后五年，全县上下要奋力开创高质量发展新局面。奋斗目标是：常住人口城镇化率达到68%，森林覆盖率稳定在60%以上，"
     "居民人均可支配收入增长与经济增长同步。\n今年主要预期目标是：地区生产总值增长5.5%左右，居民人均可支配收入增长6%。"),
])
def test_plan_sentence_leads_the_goal_list_in_a_mixed_part(part, body):
    fs = _plan(part, body)
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (68, "eq")
    assert fs[("disposable_income", "goal", "2026-2030", "growth")].qualifier == "qualitative"
    assert ("urbanization_rate", "target", "2026", "share") not in fs
    assert val(fs, ("disposable_income", "target", "2026", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")


# look-alikes: the sentence before names this year (a figure or a year in it), or the list's lead does: this year's
@pytest.mark.parametrize("body", [
    "今年是“十五五”开局之年，做好今年工作意义重大。主要目标是：常住人口城镇化率达到61%，居民人均可支配收入增长与经济增长同步。",
    "“十五五”时期的奋斗目标已经明确。今年主要目标是：常住人口城镇化率达到61%，居民人均可支配收入增长与经济增长同步。",
])
def test_this_years_sentence_before_the_list_keeps_targets(body):
    fs = _plan("二、“十五五”时期奋斗目标和2026年重点工作", body)
    assert val(fs, ("urbanization_rate", "target", "2026", "share")) == (61, "eq")
    assert ("urbanization_rate", "goal", "2026-2030", "share") not in fs


# 2. a bullet's goal items set apart by commas (no colon leads them): 到2030年 inside an item with a figure of its
# own dates that item only; the items after it, averages or levels, keep the plan's span
@pytest.mark.parametrize("body,dated,kept", [
    ("——综合实力迈上新台阶。地区生产总值年均增长5.5%左右，到2030年突破2600亿元，一般公共预算收入年均增长4%以上，"
     "人均地区生产总值达到12万元。",
     ("gdp", "goal", "2030", "level"),
     [("general_budget_revenue", "goal", "2026-2030", "growth"), ("gdp_per_capita", "goal", "2026-2030", "level")]),
    ("主要目标是：规上工业增加值年均增长8%，到2030年研发经费投入强度达到3%，常住人口城镇化率达到65%，城乡居民人均可支配收入年均增长6%。",
     ("rnd_intensity", "goal", "2030", "share"),
     [("urbanization_rate", "goal", "2026-2030", "share"), ("urban_disposable_income", "goal", "2026-2030", "growth")]),
])
def test_year_inside_a_comma_item_dates_that_item_only(body, dated, kept):
    fs = _plan("二、“十五五”时期主要目标", body)
    assert dated in fs
    for k in kept:
        assert k in fs, k
        assert (k[0], k[1], "2030", k[3]) not in fs


# look-alikes: a bare "到2030年，" clause leads the items after it; opening the sentence it dates them all
@pytest.mark.parametrize("body", [
    "——综合实力迈上新台阶。地区生产总值年均增长5.5%左右，到2030年，人均地区生产总值达到12万元，常住人口城镇化率达到65%。",
    "——综合实力迈上新台阶。到2030年，人均地区生产总值达到12万元，常住人口城镇化率达到65%。",
])
def test_a_bare_year_clause_dates_the_items_after_it(body):
    fs = _plan("二、“十五五”时期主要目标", body)
    assert val(fs, ("gdp_per_capita", "goal", "2030", "level")) == (12, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (65, "eq")


# 3. the grain's output cut short to 总产 right after its area (its name left out): grain output, in 斤 anywhere,
# in 吨 only right after the grain's own area
@pytest.mark.parametrize("part,body,key,want", [
    ("三、2026年重点工作", "粮食播种面积稳定在95万亩以上，总产稳定在42万吨以上。",
     ("grain_output", "target", "2026", "level"), (42, "at_least")),
    ("一、2025年工作回顾", "全年粮食播种面积210.3万亩，总产达到17.6亿斤，实现连续增产。",
     ("grain_output", "actual", "2025", "level"), (17.6, "eq")),
])
def test_grain_output_cut_short_to_zongchan(part, body, key, want):
    fs = _plan(part, body)
    assert val(fs, key) == want


# look-alikes: another crop's area between, and an output value (总产值), name no grain output
@pytest.mark.parametrize("body", ["粮食播种面积稳定在80万亩，茶叶种植面积12万亩，总产1.5万吨。",
                                  "全县规上工业总产值突破500亿元，总产值增长8%。"])
def test_zongchan_look_alikes(body):
    fs = _plan("三、2026年重点工作", body)
    assert not any(k[0] == "grain_output" for k in fs)


# 4. a web page that ran a 2026 report's parts into one paragraph: a title of two parts joined (…目标任务和2026年重点工作)
# keeps both, and one run on into a first sentence longer than 30 characters ("2026年是实施“十五五”规划的第一年，") is still
# the part's title (its part words only)
_FLAT_OPEN = ("某某市人民政府工作报告\n——2026年1月12日在某某市第七届人民代表大会第五次会议上\n市长 王某\n"
              "各位代表：现在，我代表市人民政府向大会报告工作，请予审议。")
_FLAT_REVIEW = ("一、“十四五”发展成就和2025年工作回顾五年来，全市地区生产总值年均增长6.1%，一般公共预算收入年均增长5.3%。我们坚持"
                "工业强市，产业结构持续优化；我们坚持城乡统筹，城市面貌焕然一新；我们坚持民生优先，群众获得感不断增强。"
                "在肯定成绩的同时，我们也清醒看到，发展中还存在不少困难和问题：经济回升向好的基础还不稳固，有效需求不足，"
                "产业结构还不够优，创新能力有待提升；财政收支矛盾较为突出，民生领域还有不少短板。对此，我们将认真加以解决。")


@pytest.mark.parametrize("plan,part", [
    ("二、“十五五”时期目标任务和2026年重点工作展望“十五五”，全市发展的主要目标是：地区生产总值年均增长6%左右。",
     "“十五五”时期目标任务和2026年重点工作"),
    ("二、2026年主要目标和重点工作2026年是实施“十五五”规划的第一年，也是全面开启新征程的关键之年。",
     "2026年主要目标和重点工作"),
])
def test_run_on_part_titles_of_2026(plan, part):
    text = (_FLAT_OPEN + _FLAT_REVIEW + plan + "今年主要预期目标是：地区生产总值增长6%，城镇新增就业2万人。重点抓好以下工作："
            "一是扩大有效投资，实施重点项目300个；二是壮大实体经济，新增规上工业企业100家。")
    d = read(text, report_year=2026, region="某某市", level="prefecture")
    tops = [s.title for s in d.sections if s.depth == 1]
    assert part in tops
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert fs[("urban_new_jobs", "target", "2026", "level")].value == 2
    assert not any(k[0] == "urban_new_jobs" and k[1] == "goal" for k in fs)


# look-alike: a numbered paragraph of figures run on after a stop is no part ("二、2025年，全市…增长5.5%，…")
def test_numbered_paragraph_of_figures_is_no_part():
    text = (_FLAT_OPEN + _FLAT_REVIEW + "二、2025年全市地区生产总值达到1860亿元比上年增长百分之五点五左右的好成绩，"
            "一般公共预算收入完成125亿元。")
    d = read(text, report_year=2026, region="某某市", level="prefecture")
    assert not any(s.depth == 1 and s.title.startswith("2025年全市") for s in d.sections)


# 5. a plan table's figures in 〔〕 are five-year totals or changes (the tables' note: 〔〕内为五年累计数): the five
# years to the column's year; the cells are figures, so the table goes on past them (spaces or bars)
@pytest.mark.parametrize("sep", [" ", "  ", "|"])
def test_bracketed_five_year_cells_in_a_plan_table(sep):
    rows = [["指标", "2025年", "2030年", "属性"], ["城镇新增就业（万人）", "〔9.6〕", "〔10〕", "预期性"],
            ["单位地区生产总值能耗降低（%）", "〔13〕", "〔12.5〕", "约束性"], ["森林覆盖率（%）", "38.4", "39", "约束性"]]
    table = "\n".join(sep.join(r) for r in rows)
    fs = _plan("二、“十五五”时期主要目标", "专栏 “十五五”时期经济社会发展主要指标\n" + table)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (9.6, "eq")
    assert val(fs, ("urban_new_jobs", "goal", "2026-2030", "level")) == (10, "eq")
    assert val(fs, ("energy_intensity", "goal", "2026-2030", "growth")) == (-12.5, "eq")
    assert val(fs, ("forest_coverage", "goal", "2030", "share")) == (39, "eq")
    assert ("urban_new_jobs", "goal", "2030", "level") not in fs


# look-alike: a plain cell under a year is that year's figure
def test_plain_cell_in_a_plan_table_is_its_years():
    table = "指标|2025年|2030年\n城镇新增就业（万人）|2.1|2.3\n森林覆盖率（%）|38.4|39"
    fs = _plan("二、“十五五”时期主要目标", table)
    assert val(fs, ("urban_new_jobs", "goal", "2030", "level")) == (2.3, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (2.1, "eq")
