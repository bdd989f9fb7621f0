"""p2634: whole provincial reports of 2026, the 十五五's first year, blind (decision 116)."""
import pytest

from factkeys import facts, read, val

_HEAD = "政府工作报告\n——2026年1月16日在某某省第十四届人民代表大会第四次会议上\n省长 王某\n"


def _report(body: str):
    return facts(_HEAD + body + "\n", report_year=2026, region="某某省", level="province")


# 1. the next plan named after 为/与/同 only as what the year's results lay a foundation for, or what the year's targets
# are aligned with, in a clause with no figure: no time frame for the figures after it (they had become the plan's goals,
# the sentence leading the review's or the tasks' paragraphs after it)
@pytest.mark.parametrize("opening", [
    "全年经济运行总体平稳，为“十五五”时期高质量发展打下了良好基础。现将主要情况报告如下。",
    "各项工作取得新进展，为“十五五”发展筑牢了坚实基础。主要情况如下：",
])
def test_a_foundation_for_the_next_plan_leaves_the_review_a_review(opening):
    fs = _report("一、过去一年工作回顾\n过去一年，我们迎难而上。" + opening + "\n主要经济指标稳中有进。全省规模以上工业增加值增长7.1%，"
                 "社会消费品零售总额增长4.2%。城镇新增就业41万人。")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (7.1, "eq")
    assert val(fs, ("retail_sales", "actual", "2025", "growth")) == (4.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (41, "eq")
    assert not [k for k in fs if k[1] == "goal"]


# (a whole report's review first: a plan's 纲要 named in a text's first lines makes the text that outline)
_REVIEW = ("一、2025年工作回顾\n过去一年，面对复杂严峻的外部环境，我们坚持稳中求进工作总基调，统筹推进稳增长、调结构、"
           "促改革、惠民生、防风险各项工作，全省经济运行稳中有进、稳中向好，社会大局保持和谐稳定。我们坚持项目为王，"
           "扎实推进重大项目建设；坚持创新驱动，加快培育新质生产力；坚持改革开放，持续优化营商环境；坚持人民至上，"
           "用心用情办好民生实事。这些成绩的取得，根本在于党中央的坚强领导，在于全省人民的团结奋斗。我们也清醒看到，"
           "发展中还存在不少困难和问题，有效需求不足，部分企业经营困难，民生领域还有短板，我们将认真加以解决。\n")


@pytest.mark.parametrize("aligned", [
    "上述目标同“十五五”规划目标相协调，兼顾了需要和可能。",
    "这些目标，与“十五五”规划纲要有效衔接。",
])
def test_targets_aligned_with_the_plan_leave_the_tasks_this_years(aligned):
    fs = _report(_REVIEW + "三、2026年重点工作\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业45万人以上。\n"
                 + aligned + "重点做好以下工作：\n（一）稳住外贸外资基本盘。全年实际使用外资突破12亿美元。"
                 "空气质量优良天数比例保持在88%以上。")
    assert val(fs, ("fdi", "target", "2026", "level")) == (12, "at_least")
    assert val(fs, ("good_air_days", "target", "2026", "share")) == (88, "at_least")
    assert not [k for k in fs if k[1] == "goal"]


def test_the_plan_that_sets_its_own_figures_still_sets_goals():
    # (a look-alike: the plan named before its own figures, not after 与/为 in a clause of none)
    fs = _report("二、“十五五”时期主要目标\n“十五五”时期，全省地区生产总值年均增长5.5%左右，常住人口城镇化率达到66%。")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (66, "eq")


# 2. two stocks of two units held by one verb (稳定在/保持在) share the bound after the last
@pytest.mark.parametrize("item,q", [
    ("粮食播种面积和产量保持在860万亩、52亿斤以上", "at_least"),
    ("粮食播种面积和产量分别稳定在700万亩、300万吨左右", "about"),
])
def test_a_bound_after_two_held_stocks_of_two_units_covers_both(item, q):
    fs = _report("三、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右；" + item + "。")
    out = fs[("grain_output", "target", "2026", "level")]
    area = fs[("grain_area", "target", "2026", "level")]
    assert out.qualifier == q and area.qualifier == q


def test_a_bound_after_a_reached_figure_stays_the_last_ones():
    # (no held verb: "达到A、B以上" is not read as one bound, as before)
    fs = _report("三、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右；粮食产量达到120亿斤、播种面积1500万亩以上。")
    assert val(fs, ("grain_output", "target", "2026", "level")) == (120, "eq")


# 3. a qualitative target in the paragraph right under a title of the year's targets ("（二）2026年主要预期目标") is the
# list's item, as under a lead sentence: a figure restating it in the tasks after does not replace it (the first place)
@pytest.mark.parametrize("title,item,task,key", [
    ("（二）2026年主要预期目标", "单位地区生产总值能耗降低完成国家下达任务", "（三）重点任务\n推进节能降碳，单位地区生产总值能耗下降2.5%。",
     ("energy_intensity", "target", "2026", "growth")),
    ("1.主要预期目标", "居民人均可支配收入增长与经济增长同步", "2.重点工作\n促进群众增收，居民人均可支配收入增长6%。",
     ("disposable_income", "target", "2026", "growth")),
])
def test_a_listed_qualitative_target_under_its_title_keeps_its_place(title, item, task, key):
    fs = _report(_REVIEW + "二、“十五五”时期目标任务和2026年工作安排\n" + title + "\n全省地区生产总值增长5.5%左右；" + item
                 + "；城镇新增就业50万人以上。\n" + task)
    assert fs[key].qualifier == "qualitative" and fs[key].value is None


# 4. a sentence opened by the plan's end year in the middle of a paragraph of the plan's goals part states goals, no
# pledges, as a paragraph it opens already did; the year's tasks after, in their own part, are still pledged. Decision 540
# settled the conflict with decision 532's (g): the states reached (拥有量达到25件, 通车里程突破1.2万公里) stay goals, but a
# clause opening on an act (新增5G基站6万个, 建成国家区域医疗中心8个) is a count committed to by that year, a pledge of 2030
@pytest.mark.parametrize("goals, act", [
    ("重点抓好以下几个方面：一是建设现代化产业体系；二是增进民生福祉。到2030年，每万人口高价值发明专利拥有量达到25件，"
     "新增5G基站6万个。", ("5G基站", 6, "万个", "2030")),
    ("今后五年要奋力实现新跨越。力争到2030年，全省高速公路通车里程突破1.2万公里，建成国家区域医疗中心8个。",
     ("国家区域医疗中心", 8, "个", "2030")),
])
def test_a_later_year_opening_a_sentence_of_the_plan_part_pledges_its_acts_alone(goals, act):
    d = read(_HEAD + _REVIEW + "二、“十五五”时期主要目标任务\n" + goals + "\n三、2026年工作安排\n（一）扩大有效投资。"
             "今年新建改造城市地下管网800公里，新建5G基站1万个。\n", "p.txt", report_year=2026, region="某某省", level="province")
    got = {(p.object, p.value, p.unit) for p in d.pledges}
    assert ("城市地下管网", 800, "公里") in got
    before = {(p.object, p.value, p.unit, p.period) for p in d.pledges if p.start < d.text.index("三、2026年工作安排")}
    assert before == {act}, d.pledges
