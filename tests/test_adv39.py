"""The rules of decisions 179-189 at their edges, blind (adv39, decision 190): a bare qualitative target ending a list
set one a line before the next block's title, a one-sentence lead's line carrying the task lines under it past a blank
line, a numbered item cut before a short tail or after a word its figure must follow, ranks after 分别 past a ；, a
level passed 连续N年, an amount beyond the plan's goal, a name alone over 达到 and its figure, and a project's year's
investment planned."""
import pytest

from planwatch.normalize import normalize

from factkeys import facts, read, val
from taskdoc import pledges


# 1. a list's last item a qualitative target set bare ("…增长与经济增长同步"), then the next block's title: the item
# ends there, and the list under the title reads item by item (the title and the first items had run into the target)
@pytest.mark.parametrize("last,title", [
    ("城乡居民人均可支配收入增长与经济增长同步", "2022年十件民生实事"),
    ("单位地区生产总值能耗下降完成省下达任务", "2023年重点工作"),
    ("居民人均可支配收入增长与经济增长基本同步", "今年重点任务"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_bare_qualitative_item_ends_before_the_next_title(last, title, gap):
    page = (f"一图读懂2022年某某县政府工作报告\n\n2022年主要预期目标\n地区生产总值增长6.5%左右\n{last}{gap}{title}\n"
            "为全县65岁以上老年人免费提供健康体检1.2万人次\n新建改建公办幼儿园3所\n改造城镇老旧小区8个\n新改建农村公路56公里\n")
    assert f"{last}{gap}{title}\n为全县" in normalize(page).text
    d = read(page, region="某某县", level="county", report_year=2022)
    assert {1.2, 3, 8, 56} <= {p.value for p in d.pledges}
    # (a qualitative item's words that a page cut and that go on are still joined)
    assert f"{last}的目标" in normalize(f"今年，{last}\n的目标基本实现。\n").text


# 2. a one-sentence lead to the year's work set as a paragraph of its own carries the lines under it, a blank line
# between or not, and the task lines after the first go on with it (up to one that looks back)
_NEWS = ("沁源县第十六届人民代表大会第六次会议开幕\n来源：长治日报　　2021-02-23 09:15\n\n"
         "2月22日上午，沁源县第十六届人民代表大会第六次会议开幕。县长代表县人民政府作政府工作报告。\n\n"
         "报告提出，2021年全县经济社会发展的主要预期目标是：地区生产总值增长8%左右，一般公共预算收入增长6%。\n\n")


@pytest.mark.parametrize("lead", ["报告要求，今年要坚定不移抓项目、强产业、惠民生。", "报告强调，2021年要扎实抓好项目建设和民生改善。"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_one_sentence_lead_carries_the_task_lines_under_it(lead, gap):
    body = gap.join([lead, "全年实施重点项目60个，完成投资85亿元以上。", "新建高标准农田1.5万亩，新改建农村公路120公里。",
                     "同时，新增城区停车位1200个。", "报告回顾，过去一年全县改造城镇老旧小区12个。", "新增城镇就业3000人。"])
    d = read(_NEWS + body + "\n", region="沁源县", level="county", report_year=2021)
    values = {p.value for p in d.pledges}
    assert {60, 85, 1.5, 120, 1200} <= values, values
    # (a paragraph that looks back ends the run: the lines after it are no tasks)
    assert not values & {12, 3000}, values
    # (and a lead looking back carries nothing)
    d = read(_NEWS + gap.join(["报告回顾，过去一年全县项目建设成效明显。", "全年实施重点项目60个，完成投资85亿元以上。"]) + "\n",
             region="沁源县", level="county", report_year=2021)
    assert not d.pledges


@pytest.mark.parametrize("lead", ["报告要求，今年要坚定不移抓项目、强产业、惠民生。", "报告强调，2021年要扎实抓好项目建设和民生改善。"])
@pytest.mark.parametrize("first", ["全年实施重点项目60个", "交通方面，实施重点项目60个"])
def test_the_report_telling_the_year_leads_the_sentences_after_it_in_one_run(lead, first):
    # (the page run into one paragraph, the review before the lead: the sentence after the lead opens on 全年, 同时 or a
    # topic, and the sentences after it go on with the tasks)
    review = "报告指出，2020年全县地区生产总值增长3.6%。"
    d = read(_NEWS + review + lead + first + "，完成投资85亿元以上。新建高标准农田1.5万亩。\n", region="沁源县",
             level="county", report_year=2021)
    assert {60, 85, 1.5} <= {p.value for p in d.pledges}
    # (a sentence that opens on none of those words is led by no such lead)
    d = read(_NEWS + review + lead + "新建高标准农田1.5万亩。\n", region="沁源县", level="county", report_year=2021)
    assert not d.pledges


_PLAN = ("关于某某县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n一、2019年计划执行情况\n{item}\n"
         "二、2020年主要预期目标\n地区生产总值增长7%左右。\n")


# 3. a numbered item's line of clauses and figures cut after any word, its rest a few words and a stop on the next
# line, goes on (a title holds no clause and figure, and no paragraph under a title is a few words and a stop)
@pytest.mark.parametrize("item,key,value", [
    ("7.城镇新增就业4.6万人，城镇登记失业率3.6%，低于4.2%的控制\n目标。",
     ("registered_unemployment_rate", "target", "2019", "share"), (4.2, "eq")),
    ("6.城镇调查失业率：年度目标5.5%以内，实际为5.1%，低于控制\n目标。",
     ("urban_unemployment_rate", "target", "2019", "share"), (5.5, "at_most")),
])
def test_an_items_line_cut_before_a_short_tail_goes_on(item, key, value):
    assert item.replace("\n", "") in normalize(item).text
    assert val(facts(_PLAN.format(item=item), region="某某县", level="county", report_year=2020), key) == value
    # (a title with a clause and no figure over a short sentence stays a title)
    assert "发展\n今年是" in normalize("（二）坚持稳中求进，推动经济高质量发展\n今年是关键之年。\n").text


# (and the figure set in an aside's bracket right after the level, "完成12.6亿元（年度目标增长5%），增长6.2%": the growth
# after the bracket closes is the result, the one in it last year's target; a bracket with no set word is no aside)
@pytest.mark.parametrize("aside", ["（年度目标增长5%）", "（预期增长5%）", "（年初计划：\n增长5%）"])
def test_a_target_set_in_an_aside_before_the_growth(aside):
    item = f"3.一般公共预算收入：完成12.6亿元{aside}，同比增长6.2%。"
    fs = facts(_PLAN.format(item=item), region="某某县", level="county", report_year=2020)
    assert val(fs, ("general_budget_revenue", "actual", "2019", "growth")) == (6.2, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2019", "growth")) == (5, "eq")
    fs = facts(_PLAN.format(item="3.一般公共预算收入：完成12.6亿元（增长5%），增长6.2%。"), region="某某县", level="county",
               report_year=2020)
    assert val(fs, ("general_budget_revenue", "actual", "2019", "growth")) == (5, "eq")


# 4. a numbered item cut after a word its change or figure must follow (分别, 预计, 年均), no figure on the cut line
@pytest.mark.parametrize("item,keys", [
    ("2.城乡居民收入：城镇、农村居民人均可支配收入分别\n增长5.2%和6.8%。",
     {("urban_disposable_income", "actual", "2019", "growth"): 5.2, ("rural_disposable_income", "actual", "2019", "growth"): 6.8}),
    ("（三）固定资产投资：受项目接续不足影响，预计\n增长4.6%。", {("fixed_asset_investment", "actual", "2019", "growth"): 4.6}),
])
def test_an_item_cut_after_a_word_its_figure_follows_goes_on(item, keys):
    fs = facts(_PLAN.format(item=item), region="某某县", level="county", report_year=2020)
    for key, value in keys.items():
        assert val(fs, key) == (value, "eq")
    # (a title cut after 和 or 、 stays two lines: no figure follows those words)
    assert "要求和\n主要目标" in normalize("二、2020年经济社会发展总体要求和\n主要目标\n").text


# 5. ranks after 分别 reach back past a ； to the groups they rank, each stated in a clause of its own
@pytest.mark.parametrize("sentence", [
    "城镇居民人均可支配收入41620元，增长7.5%；农村居民人均可支配收入15830元，增长10.6%，增速分别居全省第3位和第2位。",
    "城镇居民人均可支配收入增长7.5%；农村居民人均可支配收入增长10.6%，分别居全省第3位、第2位。",
])
def test_ranks_after_respectively_reach_back_past_a_semicolon(sentence):
    fs = facts(_PLAN.format(item=sentence), region="某某县", level="county", report_year=2020)
    assert val(fs, ("urban_disposable_income", "actual", "2019", "rank")) == (3, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2019", "rank")) == (2, "eq")
    # (a group ranked in a place of its own keeps it)
    own = sentence.replace("增长7.5%；", "增长7.5%，居全省第5位；")
    fs = facts(_PLAN.format(item=own), region="某某县", level="county", report_year=2020)
    assert val(fs, ("urban_disposable_income", "actual", "2019", "rank")) == (5, "eq")


# 6. a level passed in each year of a run named right before its verb (连续N年超过/突破) is held over the run
_R16 = "某某市政府工作报告\n一、“十二五”时期工作回顾\n"


@pytest.mark.parametrize("sentence,period", [
    ("“十二五”时期，全市地区生产总值年均增长10.2%，2015年达到356.8亿元；粮食产量连续五年超过50亿斤。", "2011-2015"),
    ("过去一年，全市粮食产量连续三年突破50亿斤。", "2013-2015"),
])
def test_a_level_passed_years_on_end_is_the_runs(sentence, period):
    fs = facts(_R16 + sentence + "\n", region="某某市", level="prefecture", report_year=2016)
    assert val(fs, ("grain_output", "actual", period, "level")) == (50, "at_least")
    # (after the year's own figure of the name the year's figure is the fact; a level passed once is the year's)
    fs = facts(_R16 + "过去一年，全市粮食产量达到52亿斤，连续三年突破50亿斤。\n", region="某某市", level="prefecture",
               report_year=2016)
    assert val(fs, ("grain_output", "actual", "2015", "level")) == (52, "eq")


# 7. the amount by which a result passed the plan's goal (超过规划目标N) is no goal
_R21 = "某某市政府工作报告\n一、“十三五”时期工作回顾\n"


@pytest.mark.parametrize("beyond", ["超过规划目标2.3万人", "超出“十三五”规划目标2.3万人"])
def test_an_amount_beyond_the_plans_goal_is_no_goal(beyond):
    fs = facts(_R21 + f"五年累计城镇新增就业12.3万人，{beyond}。\n", region="某某市", level="prefecture", report_year=2021)
    assert ("urban_new_jobs", "goal", "2016-2020", "level") not in fs
    assert val(fs, ("urban_new_jobs", "actual", "2016-2020", "level")) == (12.3, "eq")
    # (the goal's own figure before 的规划目标 is the goal)
    fs = facts(_R21 + "五年累计城镇新增就业12.3万人，超过10万人的规划目标。\n", region="某某市", level="prefecture",
               report_year=2021)
    assert val(fs, ("urban_new_jobs", "goal", "2016-2020", "level")) == (10, "eq")


# (a goal met years early, "提前一年完成…", is the plan's goal as "提前完成…" was)
@pytest.mark.parametrize("met", ["提前一年完成10万人的规划目标", "提前一年完成“十三五”规划确定的10万人目标", "提前两年完成规划目标10万人"])
def test_a_goal_met_years_early_is_the_plans_goal(met):
    fs = facts(_R21 + f"五年来，全市城镇新增就业12.3万人，{met}。\n", region="某某市", level="prefecture", report_year=2021)
    assert val(fs, ("urban_new_jobs", "goal", "2016-2020", "level")) == (10, "eq")


# 8. an item's name alone on its line heads the line under it that opens on 达到 and its figure
@pytest.mark.parametrize("item,key,value", [
    ("3.城镇居民人均可支配收入\n达到41620元，增长7.5%。", ("urban_disposable_income", "actual", "2019", "level"), 41620),
    ("（2）社会消费品零售总额\n达到86.2亿元，增长6.1%。", ("retail_sales", "actual", "2019", "level"), 86.2),
])
def test_a_name_alone_over_its_level_reached_heads_it(item, key, value):
    fs = facts(_PLAN.format(item=item), region="某某县", level="county", report_year=2020)
    assert val(fs, key) == (value, "eq")
    # (a 数读 page's caption over the next card's bare figure: no verb, no head)
    got = {(f.indicator, f.value) for f in read(
        "数说2023｜某某县政府工作报告\n2022年成绩单\n812.6亿元\n地区生产总值\n52310元\n城镇居民人均可支配收入\n"
        "31260元\n农村居民人均可支配收入\n", region="某某县", level="county", report_year=2023).facts}
    assert ("urban_disposable_income", 52310) in got and ("rural_disposable_income", 31260) in got


# 9. the year's investment planned for a project named before it (or as the clause's subject) is that project's
@pytest.mark.parametrize("body,obj", [
    ("开工建设某某水库，年度计划投资4亿元。", "某某水库投资"),
    ("推进某某水库建设，总投资12亿元，年度计划投资4亿元。", "某某水库投资"),
    ("某某水库年度计划投资4亿元。", "某某水库投资"),
])
def test_a_projects_years_investment_planned_is_pledged(body, obj):
    assert ("计划", obj, 4, "亿元") in pledges(body)
    # (a count of projects keeps decision 11's reading: the projects' investment, by the count's verb)
    assert ("实施", "重点项目年度计划投资", 300, "亿元") in pledges("实施重点项目120个，年度计划投资300亿元。")


# 10. a web page's byline, source or date line is no sentence: neither the headline above nor the lead or the list
# under it runs into it (a 民生实事 list under it had been joined whole and lost its pledges; a page's count of views
# had run into the lead's date, "浏览次数：12681月5日")
@pytest.mark.parametrize("byline", ["来源：宁都发布 2024-02-01", "发布时间：2024-02-01 10:20　来源：宁都县融媒体中心",
                                    "2024-02-01 10:20:33　来源：赣南日报", "信息来源：宁都县人民政府　　浏览次数：1268"])
def test_a_pages_byline_line_stays_apart(byline):
    page = (f"宁都县2024年十件民生实事\n{byline}\n新建改扩建公办幼儿园5所\n改造提升城镇老旧小区12个\n"
            "为全县适龄妇女免费开展两癌筛查5000人次\n")
    assert f"\n{byline.split()[0]}" in normalize(page).text and "\n新建改扩建" in normalize(page).text
    d = read(page, region="宁都县", level="county", report_year=2024)
    assert {5, 12, 5000} <= {p.value for p in d.pledges}
    lead = f"宁都县十八届人大三次会议开幕\n{byline}\n1月5日上午，宁都县第十八届人民代表大会第三次会议在县\n会议中心开幕。\n"
    text = normalize(lead).text
    assert "\n1月5日上午" in text and "在县会议中心" in text  # (the lead's own cut line still goes on)


# 11. a 民生实事 list's title naming its place before the year ("宁都县2024年十件民生实事") heads the year's tasks, as one
# opening on the year does
@pytest.mark.parametrize("title", ["宁都县2024年十件民生实事", "黔东南州2024年民生实事项目", "赣州市2024年十大民生实事"])
def test_a_list_titled_by_place_then_year_is_the_years_tasks(title):
    items = "\n新建改扩建公办幼儿园5所\n改造提升城镇老旧小区12个\n为全县适龄妇女免费开展两癌筛查5000人次\n"
    d = read(title + items, region="宁都县", level="county", report_year=2024)
    assert {5, 12, 5000} <= {p.value for p in d.pledges}
    # (a past year's list is no task of the year)
    d = read(title.replace("2024", "2023") + items, region="宁都县", level="county", report_year=2024)
    assert not d.pledges
