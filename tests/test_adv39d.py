"""The newest rules under attack, blind (adv39d, decision 207): a report set as one paragraph whose target list turns to
the year before its counts, a revised budget's own growth before a result named again, and a list of ten things to do
numbered by a digit and a space, no draft's margin."""
import pytest

from factkeys import keys_of, pledged, read

_PAGE = ("某某县第十八届人民代表大会第三次会议开幕\n发布时间：{year}-01-18　来源：某某县融媒体中心\n\n1月17日，某某县第十八届人民代表"
         "大会第三次会议开幕。县长代表县人民政府作政府工作报告。报告指出，{last}年，全县地区生产总值完成186.3亿元，增长6.2%；一般公共"
         "预算收入完成11.6亿元，增长5.5%。过去一年新建高标准农田3.2万亩，改造老旧小区9个。{turn}地区生产总值增长6.5%左右，一般公共"
         "预算收入增长5%，城乡居民人均可支配收入分别增长6%和7%。{tasks}报告还对加强政府自身建设作出部署。\n")


# 1. a report set as one paragraph (a news page's), its target list led by a turn to the year ("今年…主要预期目标是："), then
# sentences that open on an action's verb, 全年 or 同时: the year's pledges; the review's counts before stay results
@pytest.mark.parametrize("year,turn", [
    (2024, "今年全县经济社会发展的主要预期目标是："),
    (2023, "新的一年，全县经济社会发展的主要预期目标是："),
    (2021, "2021年，全县发展的主要预期目标是："),
    (2019, "展望2019年，全县经济社会发展主要预期目标为："),
])
@pytest.mark.parametrize("tasks,want", [
    ("全年新建高标准农田5万亩，改造老旧小区12个。同时，新增公办学位1800个。",
     {("高标准农田", 5, "万亩"), ("老旧小区", 12, "个"), ("公办学位", 1800, "个")}),
    ("新建改造农村公路150公里。实施重点项目80个，完成投资120亿元以上。",
     {("农村公路", 150, "公里"), ("重点项目", 80, "个")}),
])
def test_counts_after_a_turned_target_list_in_one_paragraph(year, turn, tasks, want):
    d = read(_PAGE.format(year=year, last=year - 1, turn=turn, tasks=tasks), "n.txt", region="某某县", level="county",
             report_year=year)
    got = pledged(d)
    assert want <= got, got
    assert not {p for p in got if p[1] in (3.2, 9)}  # (the review's counts)
    fs = keys_of(d)
    assert fs[("gdp", "target", str(year), "growth")].value == 6.5


@pytest.mark.parametrize("turn,tasks", [
    # a past year's list, its counts that year's results
    ("2023年，全县经济社会发展的主要预期目标是：", "全年新建高标准农田5万亩，改造老旧小区12个。"),
    # the year so far is no turn
    ("今年以来，全县经济运行的主要预期目标是：", "全年新建高标准农田5万亩，改造老旧小区12个。"),
    # the list goes on over its full stop: a sentence naming an indicator is the list's, no pledge
    ("今年全县经济社会发展的主要预期目标是：", "完成固定资产投资120亿元以上。城镇新增就业3500人。"),
])
def test_no_counts_after_a_list_that_is_no_turn(turn, tasks):
    d = read(_PAGE.format(year=2024, last=2023, turn=turn, tasks=tasks), "n.txt", region="某某县", level="county",
             report_year=2024)
    got = pledged(d)
    assert not {p for p in got if p[1] in (5, 12, 120, 3500)}, got


# 2. a budget revised in the next paragraph with its growth after the revised amount ("调整后增长2.6%"), then its result
# named again ("全年完成一般公共预算收入97.3亿元"): the revised growth is the target (decision 1), the result's the actual
_BUDGET = "关于某某市2021年预算执行情况和2022年预算草案的报告\n一、2021年预算执行情况\n{body}\n二、2022年预算草案\n"


@pytest.mark.parametrize("body,growth,actual", [
    ("全市一般公共预算收入年初预算为98.5亿元，增长5%。\n执行中，受减税降费政策影响，经市人大常委会批准，一般公共预算收入预算调整为"
     "96.2亿元，调整后增长2.6%。\n全年完成一般公共预算收入97.3亿元，增长3.8%，为调整预算的101.1%。", 2.6, 3.8),
    ("全县一般公共预算收入预算为16.8亿元，增长6%。受疫情影响，一般公共预算收入预算调减为15.6亿元，调整后下降1.6%。"
     "全年一般公共预算收入完成15.92亿元，下降0.2%。", -1.6, -0.2),
    ("全区一般公共预算收入年初预算为30亿元，增长7%。\n年中一般公共预算收入预算下调为28.5亿元，调整后比上年增长1.5%。\n"
     "全年实现一般公共预算收入29.1亿元，增长3.6%。", 1.5, 3.6),
])
def test_a_revised_budgets_own_growth_before_a_named_result(body, growth, actual):
    fs = keys_of(read(_BUDGET.format(body=body), "b.txt", region="某某市", level="prefecture", report_year=2022))
    assert fs[("general_budget_revenue", "target", "2021", "growth")].value == growth
    assert fs[("general_budget_revenue", "actual", "2021", "growth")].value == actual


def test_a_budget_set_then_another_budget_revised_stays_the_target():
    # near-miss: the paragraph after a budget set is another budget's revision; the set one stays the target, its
    # result two paragraphs on the actual
    body = ("全市一般公共预算支出年初预算为105亿元。\n全市政府性基金预算收入年初预算为120亿元，执行中调整为131.5亿元。\n"
            "全年完成一般公共预算支出112.6亿元，增长6.1%。")
    fs = keys_of(read(_BUDGET.format(body=body), "b.txt", region="某某市", level="prefecture", report_year=2022))
    assert fs[("general_budget_expenditure", "target", "2021", "level")].value == 105
    assert fs[("general_budget_expenditure", "actual", "2021", "level")].value == 112.6
    assert fs[("general_budget_expenditure", "actual", "2021", "growth")].value == 6.1


# 3. a list of ten things to do numbered by a digit and a space (eight lines or more counting on, as a draft's margin
# numbers do), each item opening on its action's verb or ending on a count: the items, not a margin's numbers
_TEN = ["新建改扩建公办幼儿园3所", "新建城区公共停车位1200个", "完成农村公路提质改造180公里", "改造城镇老旧小区26个",
        "新建农村户用卫生厕所2000户", "新增城镇就业岗位2500个以上", "为全县65周岁以上老年人免费健康体检2.6万人次",
        "新建村级综合服务平台12个", "实施农村危桥改造8座", "新增养老床位300张"]


@pytest.mark.parametrize("n,sep", [(8, " "), (10, " "), (10, "\u3000"), (9, " ")])
def test_a_numbered_list_of_eight_items_or_more_is_no_margin(n, sep):
    text = ("某某县2021年政府工作报告\n今年，我们将集中财力办好十件民生实事：\n"
            + "\n".join(f"{i + 1}{sep}{item}" for i, item in enumerate(_TEN[:n])) + "\n")
    got = pledged(read(text, "l.txt", region="某某县", level="county", report_year=2021))
    objs = {o for o, _, _ in got}
    assert {"城区公共停车位", "农村户用卫生厕所", "村级综合服务平台"} <= objs, got
    assert ("城镇就业岗位", 2500, "个") in got
    assert ("免费健康体检", 2.6, "万人次") in got, got  # (whom it is for and the item's number no part of the object)
    assert all(not o[:1].isdigit() for o, _, _ in got)


def test_a_drafts_margin_numbers_still_go():
    # near-miss: a draft's margin numbers on prose lines a page's width cut, some opening on a verb by chance, still go
    lines = ["今年全县经济社会发展的主要预期目标是：地区生产总值增长", "6.5%左右，一般公共预算收入增长5%。围绕上述目标，重点",
             "新建高标准农田3万亩，改造提升城镇老旧小区20个，新增城", "镇就业3500人。坚持项目为王，全年实施重点项目80个，完",
             "成投资120亿元以上。持续推进乡村振兴，建设美丽乡村示范", "村10个。加快补齐民生短板，新建公办幼儿园3所，新增养老",
             "床位300张。深化改革开放，新增市场主体3000户以上，实际", "利用外资增长5%。加强生态环境保护，完成造林2万亩。"]
    text = "某某县2024年政府工作报告\n" + "\n".join(f"{i + 12} {line}" for i, line in enumerate(lines)) + "\n"
    d = read(text, "m.txt", region="某某县", level="county", report_year=2024)
    fs = keys_of(d)
    assert fs[("gdp", "target", "2024", "growth")].value == 6.5
    assert all(not o[:2].isdigit() for o, _, _ in pledged(d))


def test_a_cut_inside_an_amount_still_goes_on():
    # near-miss: a page's cut before an item's count, the next line's number one past ("…幼儿园\n2所"), holds no count of
    # its own after the number: no item
    text = ("某某县2021年政府工作报告\n今年，我们将集中财力办好十件民生实事：\n1 新建改扩建公办幼儿园\n2所\n"
            "2 新建城区公共停车位1200个\n")
    got = pledged(read(text, "l.txt", region="某某县", level="county", report_year=2021))
    assert ("公办幼儿园", 2, "所") in got and ("城区公共停车位", 1200, "个") in got, got


# 4. notes set after the review, the report going on right after them with no mark, to the text's end: a line that turns
# to the year's plan ("今年…主要预期目标是：", "2024年是…", "新的一年，") is the report's, not a note's second sentence
_NOTES = ("某某市2024年政府工作报告\n一、2023年工作回顾\n2023年，全市地区生产总值增长6.2%[1]，一般公共预算收入增长7.1%[2]。\n注释：\n"
          "[1] 地区生产总值增速按可比价格计算。全省地区生产总值增长5.8%。\n[2] 同口径增长剔除留抵退税因素。全市一般公共预算收入自然口径"
          "增长9.6%。\n")


@pytest.mark.parametrize("body", [
    "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n",
    "2024年是实现“十四五”规划目标任务的关键一年。全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n",
    "新的一年，全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n",
])
def test_the_report_going_on_after_its_notes(body):
    fs = keys_of(read(_NOTES + body, "t.txt", region="某某市", level="prefecture", report_year=2024))
    assert fs[("gdp", "target", "2024", "growth")].value == 6
    assert fs[("general_budget_revenue", "target", "2024", "growth")].value == 5
    assert fs[("general_budget_revenue", "actual", "2023", "growth")].value == 7.1


@pytest.mark.parametrize("tail", [
    # a note's second sentence on a line of its own, the notes going on after it: still the note's
    "全国国内生产总值增长5.2%。\n[3] 规模以上工业企业指年主营业务收入2000万元及以上的工业企业。\n",
    # a dated sentence that states a figure, the text's end after it: the note's
    "2024年新增专项债券额度3.9万亿元。\n",
])
def test_a_notes_second_sentence_stays_the_notes(tail):
    fs = keys_of(read(_NOTES.replace("全市一般公共预算收入自然口径增长9.6%。\n", "全市一般公共预算收入自然口径增长9.6%。\n" + tail),
                      "t.txt", region="某某市", level="prefecture", report_year=2024))
    assert ("gdp", "target", "2024", "growth") not in fs
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.2


@pytest.mark.parametrize("title", ["2021年十件民生实事", "2021年民生实事项目", "2021年为民办实事项目"])
@pytest.mark.parametrize("n", [3, 5, 7, 10])
def test_a_numbered_list_under_a_title_of_no_stop(title, n):
    # (ten items were read apart before, as a margin's lines, decision 172: the near-miss that must not change)
    # the first item ("1 新建…") opens its own line under a title that ends with no stop: the title is not joined to it,
    # nor each item to the next
    text = "某某县2021年政府工作报告\n" + title + "\n" + "\n".join(f"{i + 1} {item}" for i, item in enumerate(_TEN[:n])) + "\n"
    got = pledged(read(text, "l.txt", region="某某县", level="county", report_year=2021))
    assert len(got) == n, got
    assert all(not o[:1].isdigit() and "民生" not in o and "实事" not in o for o, _, _ in got), got


@pytest.mark.parametrize("going_on", ["力争规模以上工业增加值增长8%。", "城镇新增就业3500人以上。", "确保粮食产量稳定在50万吨以上。"])
def test_counts_after_a_turned_list_that_goes_on_over_its_stop(going_on):
    # the list going on over a full stop with an indicator's sentence, then a task's: the task's counts are pledged, the
    # indicator's sentence stays the list's
    text = _PAGE.format(year=2024, last=2023, turn="今年全县经济社会发展的主要预期目标是：",
                        tasks=going_on + "新建高标准农田2万亩。")
    got = pledged(read(text, "n.txt", region="某某县", level="county", report_year=2024))
    assert ("高标准农田", 2, "万亩") in got, got
    assert not {p for p in got if p[1] in (8, 3500, 50)}, got
