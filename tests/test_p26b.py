"""Provincial reports of 2026 (the 十五五's first year) from the west, the northeast and the autonomous regions, blind
(p26b, decision 213): a news page's 报告强调 laying out the year's work; the year's other targets after a sentence that
weighs the plan (decision 212's rule, kept as a check); the plan's average a target weighs, its name left out; the
year's will after a target list; numbered indicator items opening a part of the year's targets and tasks; an income
pair with its rural people first; a threshold that picks out 旗县, 盟市 or 地州市; two parts' figures after 分别 in a
report's first sentence, no sessions named at once."""
import pytest

from factkeys import keys_of, pledged, read, val

HEAD = "政府工作报告\n——2026年1月{d}日在{p}第十四届人民代表大会第四次会议上\n"
NEWS = ("{p}人民政府网　2026-01-27　来源：{p}日报\n\n1月{d}日，{p}第十四届人民代表大会第四次会议开幕，{who}作政府工作报告。\n"
        "报告提出，今年全{w}地区生产总值增长5%左右。\n")
PLACES = [("广西壮族自治区", "区", "自治区主席韦韬"), ("甘肃省", "省", "省长任振鹤"), ("吉林省", "省", "省长胡玉亭")]


# 1. 报告强调 on a news page opens the report's plan as 报告提出 does: its tasks are pledges, past a clause of principle
# and past a ；
@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("lead", ["报告强调，全力抓好“两个大局”的交汇点，", "报告强调，全力抓好交汇点建设，", "报告还强调，"])
@pytest.mark.parametrize("sep", ["，", "；"])
def test_the_report_stressing_the_work_lays_out_its_tasks(p, w, who, lead, sep):
    page = NEWS.format(p=p, d=23, who=who, w=w) + f"{lead}全年新开工亿元以上项目1500个{sep}新增经营主体40万户{sep}改造城镇老旧小区800个。\n"
    got = pledged(read(page))
    assert {("亿元以上项目", 1500, "个"), ("经营主体", 40, "万户"), ("城镇老旧小区", 800, "个")} <= got, got


@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("body", [
    # (look-alikes that must not change: what it stresses looks back, at last year, at the five years, at a plan gone)
    "报告强调，过去一年全{w}新开工亿元以上项目1500个，新增经营主体40万户。",
    "报告强调，五年来，全{w}累计建成高标准农田1200万亩，改造老旧小区5000个。",
    "报告强调，2025年全{w}新开工亿元以上项目1400个，新增经营主体38万户。",
    "报告强调，“十四五”时期全{w}新建5G基站8万个，新增经营主体150万户。",
    "报告强调，要坚持稳中求进工作总基调。一年来，全{w}新建5G基站2万个，新增经营主体38万户。",
])
def test_the_report_stressing_a_past_result_pledges_nothing(p, w, who, body):
    page = NEWS.format(p=p, d=23, who=who, w=w) + body.format(w=w) + "\n"
    assert not read(page).pledges


# 2. a sentence that weighs the year's target against the plan's average sets no time frame for the sentences after it:
# the year's other targets there stay this year's (they had become the plan's goals)
WEIGHING = [
    "这一目标，充分考虑了“十五五”时期年均增长{g}%左右的规划目标，体现了稳中求进要求。",
    "这一目标，考虑了“十五五”时期年均增长{g}%左右的要求。",
    "这一目标与“十五五”时期年均增长{g}%左右的规划目标相衔接。",
    "这一目标，既考虑了实现“十五五”规划年均增长{g}%以上的需要，也兼顾了稳就业的要求。",
]


@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("weigh", WEIGHING)
@pytest.mark.parametrize("opening", ["建议全{w}地区生产总值增长{t}%左右，在实际工作中努力争取更好结果。",
                                     "今年全{w}地区生产总值预期增长{t}%左右。"])
def test_the_year_targets_after_a_weighed_plan_stay_the_year_s(p, w, who, weigh, opening):
    page = HEAD.format(d=24, p=p) + opening.format(w=w, t=5.5) + weigh.format(g=5) + \
        "城镇新增就业24万人以上，城镇调查失业率5.5%以内，居民消费价格涨幅2%左右。\n"
    fs = keys_of(read(page))
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (24, "at_least")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "at_most")
    assert val(fs, ("cpi", "target", "2026", "growth")) == (2, "about")
    assert not any(k[1] == "goal" and k[0] != "gdp" for k in fs), sorted(fs)


@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("body,key", [
    # (look-alikes that must not change: the plan's own goals going on past a full stop, led by the plan or by the
    # plan a goal list follows, and a year that opens the sentence before)
    ("“十五五”时期，全{w}地区生产总值年均增长5%左右。城镇新增就业累计120万人以上，城镇调查失业率控制在5.5%以内。",
     ("urban_new_jobs", "goal", "2026-2030", "level")),
    ("今后五年，全{w}经济社会发展的主要目标是：地区生产总值年均增长5%左右。城镇新增就业累计120万人以上。",
     ("urban_new_jobs", "goal", "2026-2030", "level")),
    ("根据“十五五”规划纲要，全{w}主要目标是：地区生产总值年均增长5%左右。常住人口城镇化率达到70%。",
     ("urbanization_rate", "goal", "2026-2030", "share")),
    ("按照“十五五”规划建议，到2030年全{w}地区生产总值突破2万亿元。常住人口城镇化率达到70%。",
     ("urbanization_rate", "goal", "2026-2030", "share")),
])
def test_the_plan_s_goals_past_a_full_stop_stay_goals(p, w, who, body, key):
    fs = keys_of(read(HEAD.format(d=24, p=p) + body.format(w=w) + "\n"))
    assert key in fs, sorted(fs)


# 3. the plan's yearly average the year's target weighs, its name left out, is the same figure's goal over the plan:
# in the target's own sentence, or in the next one that names the target 这一目标/这一增速
@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("body,goal", [
    ("地区生产总值增长5.5%左右的预期目标，考虑了实现“十五五”时期年均增长5%以上的规划目标的需要。", (5, "at_least")),
    ("全{w}地区生产总值增长5.5%左右，在实际工作中努力争取更好结果。这一目标，充分考虑了“十五五”时期年均增长5%左右的规划目标。",
     (5, "about")),
    ("今年主要预期目标是：地区生产总值增长5.5%左右。这一目标，既考虑了“十五五”时期年均增长5%左右的规划目标，也兼顾了稳就业需要。",
     (5, "about")),
    ("全{w}地区生产总值预期增长5.5%左右，这一增速与“十五五”规划年均增长5%以上的目标相衔接。", (5, "at_least")),
])
def test_the_plan_s_average_a_target_weighs_is_the_figure_s_goal(p, w, who, body, goal):
    fs = keys_of(read(HEAD.format(d=24, p=p) + "二、2026年工作安排\n" + body.format(w=w) + "\n"))
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == goal


@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("body,absent", [
    # (look-alikes that must not change: the target named by no one figure before 这一目标; another indicator named
    # in the weighing clause keeps its own figure; the plan's own figure set apart from the target)
    ("今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业24万人。这一目标，考虑了“十五五”时期年均增长5.2%左右的规划目标。",
     ("gdp", "goal", "2026-2030", "growth")),
    ("地区生产总值增长5%左右，考虑了“十五五”时期全员劳动生产率年均增长6%的规划目标。", ("gdp", "goal", "2026-2030", "growth")),
])
def test_an_average_not_the_target_s_own_is_not_its_goal(p, w, who, body, absent):
    fs = keys_of(read(HEAD.format(d=24, p=p) + "二、2026年工作安排\n" + body.format(w=w) + "\n"))
    assert absent not in fs, sorted(fs)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")


# 4. a paragraph that holds the year's target list, then a sentence opened by the year's will (今年要, 今年将, 今年，全省将):
# that sentence turns to the tasks, its figures pledged (it had been read as the list going on)
@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("lead", ["2026年，全{w}经济社会发展的主要预期目标是：", "今年全{w}经济社会发展的主要预期目标是："])
@pytest.mark.parametrize("will", ["今年要", "今年将", "今年，全{w}将", "今年我们要", "今年还将"])
def test_the_year_s_will_after_the_target_list_turns_to_the_tasks(p, w, who, lead, will):
    page = HEAD.format(d=21, p=p) + "\n" + lead.format(w=w) + "地区生产总值增长5%左右，一般公共预算收入增长3%。" + \
        will.format(w=w) + "新建5G基站1万个，改造老旧小区800个。\n"
    d = read(page)
    assert {("5G基站", 1, "万个"), ("老旧小区", 800, "个")} <= pledged(d), pledged(d)
    assert val(keys_of(d), ("gdp", "target", "2026", "growth")) == (5, "about")


@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("after", [
    # (look-alikes that must not change: the list going on in a sentence that names its indicator, the year's will
    # to reach a target, the year named for what it is)
    "城镇新增就业48万人，城镇调查失业率5.5%左右。",
    "今年要实现的目标是，城镇新增就业48万人。",
    "今年将是“十五五”开局之年。",
])
def test_the_target_list_going_on_pledges_nothing(p, w, who, after):
    page = HEAD.format(d=21, p=p) + "\n" + f"今年全{w}经济社会发展的主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长3%。" + after + "\n"
    assert not read(page).pledges


# 5. numbered items that open a part titled for the year's targets and tasks as one, each opening on an indicator's name:
# the year's target list, no pledges (they had been pledged as tasks); the items from the first that opens otherwise on
# are the tasks
@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("title", ["二、2026年主要目标任务", "二、今年主要目标和任务", "三、2026年经济社会发展主要目标任务"])
@pytest.mark.parametrize("marks", [("1.", "2.", "3.", "4."), ("（一）", "（二）", "（三）", "（四）"), ("1、", "2、", "3、", "4、")])
def test_indicator_items_opening_a_targets_and_tasks_part_are_the_list(p, w, who, title, marks):
    a, b, c, d_ = marks
    page = HEAD.format(d=20, p=p) + f"{title}\n{a}地区生产总值增长6%左右。\n{b}城镇新增就业47万人以上，城镇调查失业率5.5%左右。\n" \
        f"{c}居民收入增长与经济增长同步，粮食产量稳定在2300万吨以上。\n{d_}新建高标准农田500万亩，改造农村公路3000公里。\n"
    d = read(page)
    got = pledged(d)
    assert got == {("高标准农田", 500, "万亩"), ("农村公路", 3000, "公里")}, got
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "about")
    assert val(fs, ("grain_output", "target", "2026", "level")) == (2300, "at_least")


@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("title,items,kept", [
    # (look-alikes that must not change: a task item first, then an indicator's; a title of tasks alone; the plan's part)
    ("二、2026年主要目标任务", ["扩大有效投资。全年实施重点项目500个。", "固定资产投资增长8%，新建5G基站2万个。"],
     {("重点项目", 500, "个"), ("5G基站", 2, "万个")}),
    ("二、2026年重点任务", ["固定资产投资增长8%，新建5G基站2万个。", "粮食产量稳定在2300万吨以上，新建高标准农田500万亩。"],
     {("5G基站", 2, "万个"), ("高标准农田", 500, "万亩"), ("粮食产量", 2300, "万吨")}),
    # (a task item an indicator's name heads, its figures after it)
    ("二、2026年主要目标任务", ["固定资产投资。全年实施重点项目500个，完成投资2600亿元。", "城镇新增就业。新增城镇就业47万人。"],
     {("重点项目", 500, "个"), ("城镇就业", 47, "万人")}),
])
def test_task_items_in_such_a_part_stay_pledged(p, w, who, title, items, kept):
    page = HEAD.format(d=20, p=p) + title + "\n" + "".join(f"{i + 1}.{t}\n" for i, t in enumerate(items))
    assert kept <= pledged(read(page)), pledged(read(page))


REVIEW = HEAD + "一、2025年工作回顾\n"


# 6. an income pair with its rural people first (农民/农牧民 before 城镇居民): each value its own (农牧民's had been lost)
@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("pair", ["农牧民和城镇居民收入", "农民和城镇居民人均可支配收入", "农牧民与城镇居民人均可支配收入",
                                  "农民、城镇居民人均可支配收入", "农牧民和城镇常住居民人均可支配收入"])
@pytest.mark.parametrize("part,role,period", [(REVIEW, "actual", "2025"),
                                               (HEAD + "二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%以上；",
                                                "target", "2026")])
def test_a_pair_with_its_rural_people_first_gives_both(p, w, who, pair, part, role, period):
    fs = keys_of(read(part.format(d=22, p=p) + f"{pair}分别增长7.5%和5.5%。\n"))
    assert val(fs, ("rural_disposable_income", role, period, "growth"))[0] == 7.5
    assert val(fs, ("urban_disposable_income", role, period, "growth"))[0] == 5.5


@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("body,want", [
    # (look-alikes that must not change: the town first, each named apart, one value for both)
    ("城镇居民和农牧民收入分别增长5.5%、7.5%。", {"urban_disposable_income": 5.5, "rural_disposable_income": 7.5}),
    ("农民收入增长7.5%，城镇居民收入增长5.5%。", {"urban_disposable_income": 5.5, "rural_disposable_income": 7.5}),
    ("农村和城镇居民人均可支配收入分别增长7.5%、5.5%。", {"urban_disposable_income": 5.5, "rural_disposable_income": 7.5}),
])
def test_other_pairs_keep_their_values(p, w, who, body, want):
    fs = keys_of(read(REVIEW.format(d=22, p=p) + body + "\n"))
    assert {k[0]: f.value for k, f in fs.items() if k[3] == "growth"} == want


# 7. a threshold that picks out the autonomous regions' own units (旗县, 盟市, 地州市), or the places left unnamed and
# counted after 的: no level of the region's (it had been the region's GDP or revenue)
@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("body", [
    "全{w}119个旗县（市、区）中，地区生产总值超百亿元的达到60个。",
    "地区生产总值超百亿元的旗县达到60个。",
    "地区生产总值超千亿元的盟市达到5个。",
    "一般公共预算收入超10亿元的旗县达到35个。",
    "地区生产总值超千亿元的地州市达到8个。",
    "全{w}地区生产总值超过500亿元的已有12个。",
])
def test_a_threshold_of_the_region_s_parts_is_no_level(p, w, who, body):
    fs = keys_of(read(REVIEW.format(d=22, p=p) + "2025年，全{w}地区生产总值增长5.6%。".format(w=w) + body.format(w=w) + "\n"))
    assert not any(k[3] == "level" for k in fs), sorted(fs)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.6, "eq")


@pytest.mark.parametrize("p,w,who", PLACES)
@pytest.mark.parametrize("body,key,v", [
    # (look-alikes that must not change: the region's own level, the region named the first past it)
    ("全{w}地区生产总值达到2.6万亿元，一般公共预算收入达到3280亿元。", ("gdp", "actual", "2025", "level"), 2.6),
    ("全{w}地区生产总值突破千亿元，成为西部第一个。", ("gdp", "actual", "2025", "level"), 1000),  # (亿元: decision 572)
])
def test_the_region_s_own_level_stays(p, w, who, body, key, v):
    fs = keys_of(read(REVIEW.format(d=22, p=p) + "2025年，" + body.format(w=w) + "\n"))
    assert val(fs, key)[0] == v


# 8. a report whose first sentence gives two parts' figures after 分别 (“喀什地区、和田地区分别增长7.2%和8.1%”) is the
# byline's region's: no lead naming two sessions at once (the region had been left empty)
@pytest.mark.parametrize("p,parts", [("新疆维吾尔自治区", "乌鲁木齐市地区生产总值增长6.5%，喀什地区、和田地区分别增长7.2%和8.1%"),
                                     ("内蒙古自治区", "鄂尔多斯市、包头市分别实现地区生产总值6300亿元和4600亿元"),
                                     ("四川省", "成都市、绵阳市分别增长6.1%、6.5%"),
                                     ("甘肃省", "兰州市和天水市分别达到3600亿元、900亿元")])
def test_two_parts_figures_after_fenbie_leave_the_byline_s_region(p, parts):
    d = read(HEAD.format(d=20, p=p) + f"一、2025年工作回顾\n{parts}。全省地区生产总值增长6%。\n")
    assert d.meta.region == p and d.meta.level == "province"


@pytest.mark.parametrize("lead", [
    # (look-alikes that must not change: two counties' sessions at once, named by their meetings)
    "平利县、岚皋县分别召开人民代表大会。两县地区生产总值分别增长6%和6.5%。",
    "平利县和岚皋县人代会相继开幕。两县地区生产总值分别增长6%和6.5%。",
])
def test_two_sessions_at_once_still_leave_the_region_empty(lead):
    assert read("安康两会\n\n" + lead + "\n").meta.region is None
