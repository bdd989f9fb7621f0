"""Session excerpt22: county and city excerpts as web pages print them (a news digest's sub-heads, a WeChat repost's
glyph bullets, a review put after the tasks, a plan named with 以来 after it ended)."""
from __future__ import annotations

import pytest

import planwatch


def read(text: str, **meta):
    doc = planwatch.read_text(text, "t.txt", overrides=meta or None)
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    return doc


def fkeys(doc) -> dict:
    return {(f.indicator, f.role, f.period, f.measure): (f.value, f.qualifier) for f in doc.facts}


def pkeys(doc) -> set:
    return {(p.object, p.value, p.unit) for p in doc.pledges}


DIGEST = """【两会】邳州市政府工作报告出炉！
徐州发布 2022-01-07

1月6日，邳州市第十八届人民代表大会第一次会议开幕，市长王鹏作政府工作报告。

2021年
全市地区生产总值增长9.2%；一般公共预算收入增长11.6%。

2022年
主要预期目标：地区生产总值增长7%，一般公共预算收入增长6.5%，城镇登记失业率控制在3%以内。
{lead}
——全年实施亿元以上产业项目200个，新开工10亿元以上项目30个；
——新建高标准农田10万亩；
——新增城镇就业1.5万人。

编辑：周静
"""


# a news digest's bare title of the tasks right after the year's target list: the lines after it are the year's tasks
@pytest.mark.parametrize("lead", ["重点任务：", "重点工作：", "主要任务：", "今年重点工作："])
def test_a_bare_tasks_title_after_the_target_list_opens_the_tasks(lead):
    doc = read(DIGEST.format(lead=lead))
    got = pkeys(doc)
    assert ("亿元以上产业项目", 200, "个") in got
    assert ("高标准农田", 10, "万亩") in got
    assert ("城镇就业", 1.5, "万人") in got
    fs = fkeys(doc)
    assert fs[("gdp", "target", "2022", "growth")] == (7, "eq")
    assert fs[("urban_new_jobs", "target", "2022", "level")] == (1.5, "eq")
    assert all(p.period == "2022" for p in doc.pledges)


# look-alikes: a title of the tasks' results, or a bare title after a review (no target list right above it)
@pytest.mark.parametrize("text", [
    DIGEST.format(lead="重点任务完成情况："),
    DIGEST.replace("主要预期目标：地区生产总值增长7%，一般公共预算收入增长6.5%，城镇登记失业率控制在3%以内。\n",
                   "去年全市完成棚户区改造3000户。\n").format(lead="重点任务："),
])
def test_no_tasks_opened_by_a_title_not_right_after_the_target_list(text):
    got = pkeys(read(text))
    assert ("高标准农田", 10, "万亩") not in got
    assert ("亿元以上产业项目", 200, "个") not in got


LIST_LINES = """XX县政府工作报告
二、2020年工作安排
今年全县经济社会发展的主要预期目标是：
{b}地区生产总值增长8%左右；
{b}固定资产投资增长10%；
{b}城镇、农村居民人均可支配收入分别增长8%、9%；
{b}城镇登记失业率控制在4.5%以内。
{tasks}
"""


# a target list set one item a line (bare, or behind a web page's glyph bullets): an item naming a pair of indicators
# joined by 、 is an item too, no pledge
@pytest.mark.parametrize("b", ["", "★", "☆", "▶", "■", "▲"])
def test_a_pair_joined_by_a_pause_mark_in_a_target_list_line_is_no_pledge(b):
    doc = read(LIST_LINES.format(b=b, tasks="重点抓好以下工作：\n（一）推进城市更新。改造老旧小区45个。"))
    got = pkeys(doc)
    assert not any(o.endswith("可支配收入") for o, v, u in got)
    assert ("老旧小区", 45, "个") in got
    fs = fkeys(doc)
    assert fs[("urban_disposable_income", "target", "2020", "growth")] == (8, "eq")
    assert fs[("rural_disposable_income", "target", "2020", "growth")] == (9, "eq")


# look-alike: a tasks' line right after the list (its last line ending with ；), its first clause naming places joined
# by 、 and no indicator, is pledged as before
def test_a_task_line_with_a_pause_mark_after_a_list_stays_a_pledge():
    text = """XX县政府工作报告
二、2020年工作安排
今年全县经济社会发展的主要预期目标是：
地区生产总值增长8%左右；
固定资产投资增长10%；
城区、乡镇新建改造公路200公里，新建公共停车位3000个。
"""
    got = pkeys(read(text))
    assert ("公共停车位", 3000, "个") in got


# look-alike: the tasks' items behind glyph bullets under a tasks title stay pledges
def test_glyph_bulleted_tasks_stay_pledges():
    text = """重磅！一图读懂XX区政府工作报告
XX发布 2020-01-10

【2020年怎么干】
主要预期目标是：
★地区生产总值增长8%左右；
★城镇、农村居民人均可支配收入分别增长8%、9%。

【重点工作】
▶坚持工业强区。新引进亿元以上工业项目30个，新增规模以上工业企业20家。
▶推进城市更新。改造老旧小区45个，新建城市停车位4000个。
"""
    got = pkeys(read(text, region="章贡区", level="county", report_year=2020))
    assert {("亿元以上工业项目", 30, "个"), ("规模以上工业企业", 20, "家"), ("老旧小区", 45, "个"),
            ("城市停车位", 4000, "个")} <= got
    assert not any(o.endswith("可支配收入") for o, v, u in got)


# a volume of liquor in 千升 (万千升) is a pledge's unit
def test_kilolitres_are_a_pledge_unit():
    text = "XX市政府工作报告\n二、2016年主要工作\n（一）做大做强白酒产业。确保白酒产量达到25万千升，新增白酒规模企业10家。\n"
    got = pkeys(read(text, report_year=2016))
    assert ("白酒产量", 25, "万千升") in got
    assert ("白酒规模企业", 10, "家") in got


AFTER_TASKS = """陆良县政府工作报告（摘要）
时间：2025-02-12 09:03:27  来源：陆良县人民政府

今年工作的主要预期目标
今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，粮食产量稳定在36万吨以上。
今年重点工作
一是全力扩大有效投资。全年实施500万元以上项目260个。
二是推进乡村全面振兴。新建高标准农田5.2万亩。

{head}
2024年，全县实现地区生产总值396.8亿元，增长4.9%；规模以上工业增加值增长10.2%。全年粮食产量达到35.8万吨。
"""


# a review's sub-head naming last year by its word, put after the tasks: a part of its own, the review
@pytest.mark.parametrize("head", ["回顾去年", "回眸去年", "盘点过去一年", "回顾2024"])
def test_a_review_sub_head_after_the_tasks_opens_the_review(head):
    doc = read(AFTER_TASKS.format(head=head))
    fs = fkeys(doc)
    assert fs[("grain_output", "actual", "2024", "level")] == (35.8, "eq")
    assert fs[("grain_output", "target", "2025", "level")] == (36, "at_least")
    assert fs[("gdp", "actual", "2024", "level")] == (396.8, "eq")
    got = pkeys(doc)
    assert ("粮食产量", 35.8, "万吨") not in got
    assert ("高标准农田", 5.2, "万亩") in got


# look-alike: a sentence that opens with 回顾去年 is no sub-head
def test_a_sentence_opening_with_the_words_is_no_sub_head():
    text = ("XX县政府工作报告\n一、2024年工作回顾\n回顾去年，全县地区生产总值增长4.9%。\n"
            "二、2025年工作安排\n今年主要预期目标是：地区生产总值增长5.5%左右。\n")
    doc = read(text)
    fs = fkeys(doc)
    assert fs[("gdp", "actual", "2024", "growth")] == (4.9, "eq")
    assert fs[("gdp", "target", "2025", "growth")] == (5.5, "about")


# a plan named with 以来 in a report after the plan ended: from its first year up to the year reviewed
def test_a_plan_since_its_start_after_it_ended_runs_to_the_year_reviewed():
    text = ("XX市政府工作报告\n一、过去五年工作回顾\n“十三五”以来，全市地区生产总值年均增长6.3%，2021年达到1105.6亿元。\n"
            "二、2022年工作安排\n今年主要预期目标是：地区生产总值增长7%。\n")
    fs = fkeys(read(text, report_year=2022))
    assert fs[("gdp", "actual", "2016-2021", "growth")] == (6.3, "eq")
    assert ("gdp", "actual", "2016-2020", "growth") not in fs
    assert fs[("gdp", "actual", "2021", "level")] == (1105.6, "eq")


# look-alikes: the plan's period itself after it ended, and 以来 within the plan, as before
@pytest.mark.parametrize("sent,year,period", [
    ("“十三五”时期，全市地区生产总值年均增长6.3%。", 2022, "2016-2020"),
    ("“十三五”以来，全市地区生产总值年均增长6.3%。", 2021, "2016-2020"),
    ("“十四五”以来，全市地区生产总值年均增长6.3%。", 2024, "2021-2023"),
])
def test_plan_spans_unchanged(sent, year, period):
    text = f"XX市政府工作报告\n一、过去一年工作回顾\n{sent}\n二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长7%。\n"
    fs = fkeys(read(text, report_year=year))
    assert fs[("gdp", "actual", period, "growth")] == (6.3, "eq")


LINKS_TOP = """乐平市人民政府门户网站
{links}
首页 > 政务公开 > 政府工作报告
乐平市政府工作报告
发布时间：2020-05-12   来源：市政府办   字号：[大 中 小]

各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、过去一年工作回顾
过去一年，全市实现地区生产总值320.5亿元，增长8.3%。
二、今年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。
"""


# a one-line list of links to other years' reports above the copy: neither the title nor the year
@pytest.mark.parametrize("links", [
    "热点推荐：2019年乐平市政府工作报告 | 2018年乐平市政府工作报告 | 2017年乐平市政府工作报告",
    "2019年乐平市政府工作报告 | 2018年乐平市政府工作报告",
    "相关链接：2019年乐平市政府工作报告｜2018年乐平市政府工作报告",
])
def test_a_links_line_above_the_copy_gives_no_title_nor_year(links):
    doc = read(LINKS_TOP.format(links=links))
    assert doc.meta.report_year == 2020
    assert doc.meta.title == "乐平市政府工作报告"
    assert doc.meta.region == "乐平市"
    fs = fkeys(doc)
    assert fs[("gdp", "actual", "2019", "level")] == (320.5, "eq")
    assert fs[("gdp", "target", "2020", "growth")] == (6, "about")


# look-alike: a title with one report and a bar in it stays the title; the related list under the copy still gives
# no date
def test_a_title_with_a_bar_stays_the_title():
    text = LINKS_TOP.format(links="").replace("乐平市政府工作报告\n发布", "乐平市人民政府 | 2020年乐平市政府工作报告\n发布")
    text += "\n相关链接：2019年乐平市政府工作报告\n发布时间：2019-03-01\n"
    doc = read(text)
    assert doc.meta.report_year == 2020
    assert "2020年乐平市政府工作报告" in (doc.meta.title or "")


# look-alike: a task line right after the list whose items a 、 joins, an indicator's name after a figure, stays pledged
def test_task_items_joined_by_a_pause_mark_after_a_list_stay_pledges():
    text = """XX县政府工作报告
二、2020年工作安排
今年全县经济社会发展的主要预期目标是：
地区生产总值增长8%左右；
固定资产投资增长10%；
新建高标准农田5万亩、新增城镇就业3000人，改造老旧小区20个。
"""
    got = pkeys(read(text))
    assert ("高标准农田", 5, "万亩") in got
    assert ("老旧小区", 20, "个") in got


NEWS_NO_YEAR = ("澧县人大常委会\n1月9日，澧县第十八届人民代表大会第五次会议开幕。县长李继胜作政府工作报告。\n"
                "报告指出，{c}。去年全县地区生产总值增长3.8%。报告提出，今年全县地区生产总值增长7.5%左右。\n")


# a news page with a dateline of month and day only: the anniversary the year is dates the report
@pytest.mark.parametrize("c,year", [
    ("今年是抗战胜利80周年", 2025),
    ("今年是中国人民抗日战争暨世界反法西斯战争胜利80周年", 2025),
    ("今年是“十四五”规划收官之年，也是抗战胜利八十周年", 2025),
    ("今年是红军长征胜利80周年", 2016),
])
def test_an_anniversary_dates_a_news_page(c, year):
    doc = read(NEWS_NO_YEAR.format(c=c))
    assert doc.meta.report_year == year
    fs = fkeys(doc)
    assert fs[("gdp", "target", str(year), "growth")] == (7.5, "about")
    assert fs[("gdp", "actual", str(year - 1), "growth")] == (3.8, "eq")


# look-alike: the anniversary marked in a review of a report dated otherwise does not move its year
def test_an_anniversary_in_the_review_leaves_the_year():
    text = ("XX县政府工作报告\n发布时间：2026-01-15\n一、2025年工作回顾\n隆重纪念抗战胜利80周年。全县地区生产总值增长5.9%。\n"
            "二、2026年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n")
    doc = read(text)
    assert doc.meta.report_year == 2026
    assert fkeys(doc)[("gdp", "target", "2026", "growth")] == (6, "about")


# (classes found in the holdout after its blind score was taken)
APPENDIX = """西峰区政府工作报告（节选）
发布时间：2025年01月09日

（二）今年的主要预期目标
今年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%，一般公共预算收入增长5%。
（三）重点工作任务
1.全力以赴扩投资。实施500万元以上项目150个。
2.用心用情惠民生。新增城镇就业4500人。

{head}
2024年，全区实现地区生产总值487.3亿元，增长6.8%；社会消费品零售总额达到118.6亿元，增长5.4%；一般公共预算收入完成23.7亿元，增长7.6%。
"""


# an appendix of last year's results after the tasks, labelled 附：: the review, no targets nor pledges
@pytest.mark.parametrize("head", ["附：2024年主要指标完成情况", "附件：2024年主要经济指标完成情况", "附录：2024年工作回顾"])
def test_an_appended_review_after_the_tasks_is_the_review(head):
    doc = read(APPENDIX.format(head=head))
    fs = fkeys(doc)
    assert fs[("retail_sales", "actual", "2024", "level")] == (118.6, "eq")
    assert fs[("general_budget_revenue", "actual", "2024", "level")] == (23.7, "eq")
    assert ("retail_sales", "target", "2025", "level") not in fs
    assert fs[("general_budget_revenue", "target", "2025", "growth")] == (5, "eq")
    got = pkeys(doc)
    assert ("社会消费品零售总额", 118.6, "亿元") not in got
    assert ("500万元以上项目", 150, "个") in got


# look-alike: a line opening with 附 that is a sentence is no title
def test_a_sentence_after_an_appendix_label_is_no_title():
    text = APPENDIX.format(head="附：今年将新建高标准农田1.5万亩，新建果园5000亩。")
    got = pkeys(read(text))
    assert ("高标准农田", 1.5, "万亩") in got


# 研发投入占比 after 全社会 is the intensity, 农村劳动力输转 the transfer of rural labour
def test_rnd_share_and_labour_transfer_names():
    text = ("XX区政府工作报告\n一、2022年工作回顾\n全社会研发投入增长12%。农村劳动力输转6.1万人。\n二、2023年工作安排\n"
            "今年主要预期目标是：地区生产总值增长5.5%左右，全社会研发投入占比达到3.7%。\n重点工作：农村劳动力输转5.2万人。\n")
    fs = fkeys(read(text))
    assert fs[("rnd_intensity", "target", "2023", "share")] == (3.7, "eq")
    assert fs[("rnd_expenditure", "actual", "2022", "growth")] == (12, "eq")
    assert fs[("rural_labor_transfer", "actual", "2022", "level")] == (6.1, "eq")
    assert fs[("rural_labor_transfer", "target", "2023", "level")] == (5.2, "eq")
