"""What the rounds of decisions 179-189 left, blind (lft39, decision 191): a budget revised in the next sentence or
paragraph, a report set as one paragraph that turns to the year before its counts, a task list set one sentence a
paragraph, a task list one a line whose items end in a count with its unit's note or open on a task's words, a list
numbered by a digit and a space, and a scenic sub-area's visitors in the clause after it."""
import pytest

from factkeys import keys_of, pledged, read

_BUDGET = "关于某某县2022年预算执行情况和2023年预算草案的报告\n一、2022年预算执行情况\n{body}\n二、2023年预算草案\n"


def _budget(body, level="county", region="某某县"):
    return keys_of(read(_BUDGET.format(body=body), "b.txt", region=region, level=level, report_year=2023))


# 1. a budget set, then revised in the next sentence or paragraph (named again, 调整后的预算为, or told first in words),
# then its result: the revision is the year's target (decision 1), the result the year's actual
@pytest.mark.parametrize("body,target,growth,actual", [
    # revised in the next paragraph, its name left out
    ("全县一般公共预算收入预算为16.8亿元，增长6%。\n受新冠肺炎疫情影响，经县人大常委会批准，预算调整为15.6亿元，调整后下降1.6%。\n"
     "全年实际完成15.92亿元，下降0.2%。", 15.6, -1.6, 15.92),
    # named again in the revision, one paragraph
    ("全县一般公共预算收入预算为16.8亿元，增长6%。受减税降费影响，经县人大常委会批准，一般公共预算收入预算调整为15.6亿元，"
     "调整后下降1.6%。全年实际完成15.92亿元，下降0.2%。", 15.6, -1.6, 15.92),
    # 调整后的预算为, a sentence of its own
    ("全县一般公共预算收入年初预算为18.5亿元，增长7%。调整后的预算为17.2亿元，下降0.5%。全年完成17.46亿元，增长1%。",
     17.2, -0.5, 17.46),
    # 调整后的预算为 in the budget's comma chain
    ("全县一般公共预算收入年初预算为18.5亿元，增长7%，调整后的预算为17.2亿元，下降0.5%，全年完成17.46亿元，增长1%。",
     17.2, -0.5, 17.46),
    # the revision told in words first, then the budget revised named after 调整后的, one sentence a paragraph
    ("全县一般公共预算收入年初预算为18.5亿元，增长7%。\n年中，经县人大常委会批准，对一般公共预算收支预算进行了调整。\n"
     "调整后的一般公共预算收入预算为17.2亿元，下降0.5%。\n全年一般公共预算收入完成17.46亿元，增长1%。", 17.2, -0.5, 17.46),
])
def test_a_budget_revised_in_the_next_sentence_is_the_target(body, target, growth, actual):
    fs = _budget(body)
    assert fs[("general_budget_revenue", "target", "2022", "level")].value == target
    assert fs[("general_budget_revenue", "target", "2022", "growth")].value == growth
    assert fs[("general_budget_revenue", "actual", "2022", "level")].value == actual


def test_a_budget_set_and_its_result_in_the_next_paragraph():
    # (the set figures a target, the result with its name left out in the next paragraph the year's; a budget set and
    # its result in one paragraph read so already)
    for sep in ("\n", "\n\n", ""):
        fs = _budget(f"全县一般公共预算支出年初预算为52.3亿元。{sep}执行中因上级补助增加，调整为58.6亿元。{sep}"
                     "全年实际完成57.8亿元，增长4.9%。")
        assert fs[("general_budget_expenditure", "target", "2022", "level")].value == 58.6
        assert fs[("general_budget_expenditure", "actual", "2022", "level")].value == 57.8
        assert fs[("general_budget_expenditure", "actual", "2022", "growth")].value == 4.9
    # near-miss: a result named on its own after a paragraph of another kind's revision keeps its own figures
    fs = _budget("全县一般公共预算收入完成28.6亿元，增长9.1%。\n三次产业结构调整为12.1:38.5:49.4。\n全年新增城镇就业3200人。")
    assert fs[("general_budget_revenue", "actual", "2022", "level")].value == 28.6
    assert ("general_budget_revenue", "target", "2022", "level") not in fs


@pytest.mark.parametrize("body,level", [
    ("2023年，全县一般公共预算收入预期增长6%，预算安排18.51亿元。", 18.51),
    ("2023年全县一般公共预算收入预计增长5%，预算安排9.8亿元。", 9.8),
])
def test_a_budgets_amount_after_its_growth(body, level):
    fs = keys_of(read("关于某某县2022年预算执行情况和2023年预算草案的报告\n二、2023年预算草案\n" + body + "\n", "b.txt",
                      region="某某县", level="county", report_year=2023))
    assert fs[("general_budget_revenue", "target", "2023", "level")].value == level


_NEWS = ("某某县第十八届人民代表大会第一次会议开幕\n{year}-01-07　来源：某某日报\n1月6日，某某县第十八届人民代表大会第一次会议开幕，"
         "县长作政府工作报告。报告指出，{last}年，全县地区生产总值增长7.1%，一般公共预算收入增长8.6%。全年新建改造农村公路230公里，"
         "新增规模以上工业企业12家。{turn}全县地区生产总值增长7%左右，一般公共预算收入增长6%。{tasks}报告还对政府自身建设作出部署。\n")


# 2. a report set as one paragraph, turned to the year by 新的一年/今年/“2019年是…”: the action sentences right after the
# target sentence are the year's pledges; the review's before the turn stay results
@pytest.mark.parametrize("year,turn,tasks,want", [
    (2022, "新的一年，", "新建标准化厂房5万平方米。新建改造农村公路150公里。完成造林6万亩，改造农村危房300户。",
     {("标准化厂房", 5, "万平方米"), ("农村公路", 150, "公里"), ("造林", 6, "万亩"), ("农村危房", 300, "户")}),
    (2019, "2019年是新中国成立70周年。今年", "实施重点项目80个，完成投资120亿元。新增民宿200家以上。",
     {("重点项目", 80, "个"), ("民宿", 200, "家")}),
    (2024, "2024年，", "新增规模以上工业企业15家。同时，新建农村幼儿园6所。", {("规模以上工业企业", 15, "家"), ("农村幼儿园", 6, "所")}),
    (2024, "展望2024年，", "新建高标准农田2.5万亩。改造农村公路60公里。", {("高标准农田", 2.5, "万亩"), ("农村公路", 60, "公里")}),
])
def test_counts_after_a_turn_in_one_paragraph(year, turn, tasks, want):
    d = read(_NEWS.format(year=year, last=year - 1, turn=turn, tasks=tasks), "n.txt", region="某某县", level="county",
             report_year=year)
    got = pledged(d)
    assert want <= got, got
    # (the review's counts before the turn are no pledges)
    assert not {p for p in got if p[0] == "农村公路" and p[1] == 230} and not {p for p in got if p[1] == 12}
    # near-miss: a past year's sentence or the year so far are no turn
    for past in (f"{year - 1}年，全县", "今年以来，"):
        d = read(_NEWS.format(year=year, last=year - 1, turn=past, tasks=tasks), "n.txt", region="某某县", level="county",
                 report_year=year)
        assert not pledged(d)


# 3. a task list set one sentence a paragraph after its lead's colon: each item paragraph goes on with the list
@pytest.mark.parametrize("items,want", [
    (["全年实施重点项目200个以上，完成投资1000亿元。", "新建改造城镇老旧小区3万户。", "新增公办学位1.2万个。"],
     {("城镇老旧小区", 3, "万户"), ("公办学位", 1.2, "万个")}),
    (["实施重点项目150个。", "完成2023年度审计整改问题45个。", "新建幼儿园5所，新增养老床位800张。"],
     {("幼儿园", 5, "所"), ("养老床位", 800, "张")}),
])
def test_a_task_list_one_sentence_a_paragraph(items, want):
    text = ("某某市十六届人大三次会议开幕\n2024-02-08　来源：某某日报\n\n2月7日，某某市第十六届人民代表大会第三次会议开幕。\n\n"
            "报告提出，今年将重点抓好以下工作：\n\n" + "\n\n".join(items) + "\n\n过去一年，全市新建5G基站800个。\n")
    got = pledged(read(text, "n.txt", region="某某市", level="prefecture", report_year=2024))
    assert want <= got, got
    assert not {p for p in got if p[0] == "5G基站"}  # (a paragraph looking back ends the list)


# 4. a task list one item a line, no marks, its items' clauses joined by commas: a line ending in a count and its unit's
# note (5万头（只）), or opening on a task's words (持续深化…), ends its item
@pytest.mark.parametrize("lines,want", [
    (["发展高原特色产业，新增牛羊养殖规模3万头（只）", "持续深化农村改革，新培育农民专业合作社20家"],
     {("牛羊养殖规模", 3, "万头（只）"), ("农民专业合作社", 20, "家")}),
    (["发展特色产业，种植中藏药材2万亩，新增牛羊养殖规模5万头（只）", "扎实推进基础设施建设，新建改造农村公路120公里",
      "全力办好民生实事，新建幼儿园3所"], {("牛羊养殖规模", 5, "万头（只）"), ("农村公路", 120, "公里")}),
    (["新建日光温室500座，扩大肉牛养殖规模2万头（只）", "大力发展劳务经济，输转城乡富余劳动力3万人"],
     {("肉牛养殖规模", 2, "万头（只）"), ("城乡富余劳动力", 3, "万人")}),
])
def test_a_task_list_one_a_line_with_commas(lines, want):
    text = ("某某县2022年政府工作报告解读\n发布时间：2022-02-20　来源：某某县融媒体中心\n\n2月18日，县十八届人大一次会议开幕。\n\n"
            "今年重点抓好以下工作：\n" + "\n".join(lines) + "\n")
    got = pledged(read(text, "n.txt", region="某某县", level="county", report_year=2022))
    assert want <= got, got
    assert all(not o.startswith(("持续", "扎实", "大力")) for o, _, _ in got), got


# 5. a list numbered by a digit and a space, no stop, its lines of one length: each item its own
@pytest.mark.parametrize("items", [
    ["1 新建改扩建公办幼儿园4所", "2 新建城区公共停车位1200个", "3 改造提升城镇老旧小区36个", "4 新建改造农村公路95公里"],
    ["1 新增公办学位2400个", "2 新建村级卫生室12个", "3 实施农村危桥改造8座"],
])
def test_a_list_numbered_by_a_digit_and_a_space(items):
    text = "某某区2024年政府工作报告\n今年，区政府将集中财力办好以下民生实事：\n" + "\n".join(items) + "\n"
    got = pledged(read(text, "l.txt", region="某某区", level="county", report_year=2024))
    assert len(got) == len(items), got
    assert all(not o[:1].isdigit() for o, _, _ in got)


def test_a_number_in_a_wrapped_line_still_goes_on():
    # near-miss: a page cut inside an amount ("…新增公办学位\n1080个") and an item number out of turn are no items
    text = ("某某区2024年政府工作报告\n今年，区政府将集中财力办好以下民生实事：\n1 新建改扩建公办幼儿园3所，新增公办学位\n1080个\n"
            "2 新建城区公共停车位1500个\n")
    got = pledged(read(text, "l.txt", region="某某区", level="county", report_year=2024))
    assert ("公办学位", 1080, "个") in got and ("城区公共停车位", 1500, "个") in got, got


# 6. a scenic sub-area opening its sentence, a lead of no figure, then the visitors or revenue after the comma: the
# sub-area's, not the region's; the region's own figure after it is kept
@pytest.mark.parametrize("review,visits,growth", [
    ("陶阳里历史街区持续“出圈”，全年接待游客增长两成以上。全市接待游客7800万人次，增长18%。", 7800, 18),
    ("凤凰古城旅游人气火爆，全年接待游客1800万人次，实现旅游综合收入200亿元。全县接待游客2300万人次，增长20%。", 2300, 20),
    ("屯溪老街历史文化街区持续“出圈”，全年接待游客增长三成以上。徽州古城景区旅游收入增长40%。全市接待游客8560万人次，"
     "增长15.2%。", 8560, 15.2),
    # a park's: 园博园 by its head alone, a 森林公园, a 主题乐园
    ("园博园开园迎客，全年接待游客320万人次。全市接待游客5600万人次，增长21%。", 5600, 21),
    ("国家森林公园提质扩容，接待游客增长25%，实现旅游收入增长28%。全市接待游客5600万人次，增长21%。", 5600, 21),
])
def test_a_scenic_sub_areas_visitors_are_its_own(review, visits, growth):
    text = f"某某市政府工作报告\n一、2023年工作回顾\n文旅产业加快发展。{review}\n二、2024年工作安排\n" \
           "加快古城、历史文化街区提质升级，全年接待游客9000万人次以上。\n"
    fs = keys_of(read(text, "s.txt", region="某某市", level="prefecture", report_year=2024))
    assert fs[("tourist_visits", "actual", "2023", "level")].value == visits
    assert fs[("tourist_visits", "actual", "2023", "growth")].value == growth
    assert ("tourism_revenue", "actual", "2023", "growth") not in fs
    # near-miss: the block as a task's object, the region's target after it
    assert fs[("tourist_visits", "target", "2024", "level")].value == 9000


# 7. a goal list set one sentence a paragraph, its items of a few clauses (over 40 characters): each item is walked over
# to the lead's colon, as a short item is (the items after the first had become the year's targets)
@pytest.mark.parametrize("lead,items,span", [
    ("报告提出，今后五年经济社会发展的主要目标是：",
     ["经济保持合理增长，地区生产总值年均增长5.5%左右，人均地区生产总值力争突破10万元。",
      "科技创新能力显著提升，全社会研发经费投入强度达到3%以上，高新技术企业数量实现倍增。",
      "民生福祉持续增进，居民收入增长和经济增长同步，城镇调查失业率控制在5.5%以内。"], "2026-2030"),
    ("报告明确，“十五五”时期全市发展的主要目标是：",
     ["综合实力迈上新台阶，地区生产总值年均增长6.5%左右，一般公共预算收入力争突破300亿元。",
      "创新驱动能力明显增强，全社会研发经费投入强度达到2.5%，战略性新兴产业占比明显提高。",
      "生态环境质量持续改善，森林覆盖率稳定在65%以上，单位地区生产总值能耗完成省下达的目标任务。"], "2026-2030"),
])
def test_a_goal_list_one_long_sentence_a_paragraph(lead, items, span):
    year = int(span[:4])
    text = (f"某某市召开人代会\n{year}-01-22　来源：某某日报\n\n1月21日，某某市第七届人民代表大会第五次会议开幕。\n\n{lead}\n\n"
            + "\n\n".join(items) + f"\n\n{year}年主要预期目标是：地区生产总值增长6%左右。\n")
    fs = keys_of(read(text, "g.txt", region="某某市", level="prefecture", report_year=year))
    assert ("rnd_intensity", "goal", span, "share") in fs, sorted(fs)
    assert ("rnd_intensity", "target", str(year), "share") not in fs
    assert fs[("gdp", "target", str(year), "growth")].value == 6  # (the year's own list after them stays the year's)
    third = "urban_unemployment_rate" if "失业率" in items[2] else "forest_coverage"
    assert (third, "goal", span, "share") in fs, sorted(fs)


# 8. a goal list's lead that a full stop ends ("“十五五”时期，我们将努力实现以下目标。"), its items one a paragraph
@pytest.mark.parametrize("lead", ["报告提出，“十五五”时期，我们将努力实现以下目标。", "报告提出了今后五年的主要奋斗目标。",
                                  "“十五五”时期，全县将努力实现下列发展目标。"])
def test_a_goal_lists_lead_ending_in_a_stop(lead):
    items = ["经济保持合理增长，地区生产总值年均增长5.5%左右，人均地区生产总值力争突破10万元。",
             "科技创新能力显著提升，全社会研发经费投入强度达到3%以上，高新技术企业数量实现倍增。",
             "民生福祉持续增进，居民收入增长和经济增长同步，城镇调查失业率控制在5.5%以内。"]
    text = ("某某县召开人代会\n2026-01-22　来源：某某日报\n\n1月21日，某某县第十八届人民代表大会第五次会议开幕。\n\n" + lead
            + "\n\n" + "\n\n".join(items) + "\n\n2026年主要预期目标是：地区生产总值增长6%左右。\n")
    fs = keys_of(read(text, "g.txt", region="某某县", level="county", report_year=2026))
    assert ("rnd_intensity", "goal", "2026-2030", "share") in fs and ("urban_unemployment_rate", "goal", "2026-2030", "share") in fs, sorted(fs)
    assert ("rnd_intensity", "target", "2026", "share") not in fs
    assert fs[("gdp", "target", "2026", "growth")].value == 6
    # near-miss: a review's line that says the goals were met leads no goal list ("…圆满完成了…主要目标。")
    done = text.replace(lead, "过去五年，我们圆满完成了“十四五”规划确定的主要目标。").replace("年均增长5.5%左右", "年均增长5.8%")
    assert ("rnd_intensity", "goal", "2026-2030", "share") not in keys_of(read(done, "g.txt", region="某某县", level="county",
                                                                               report_year=2026))

