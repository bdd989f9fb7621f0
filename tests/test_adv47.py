"""Decision 347 (adv47): an adversarial review of decisions 339, 340, 343 and 346, blind. A count done as the task named
after it with a word of resolve or manner before the verb ("全力完成…的目标任务", "超额完成…") is a pledge as "确保完成…" is;
a task item's rate named back as the goal to reach ("…，确保实现地区生产总值增长7%的目标") no longer makes the item's other
counts a restated target list; another body's plans dated by the year's number ("市人大常委会2024年将…") pledge nothing; a
deputy with a long title after a 、 tells their own plans; a university school's head (院长) is a commentator; an undated
December review's 有望/可望 estimates are results, no aims; an amount reckoned in another currency in brackets ("（以人民币
计为…）") is no level of its own; an infographic's card rows: a year's row glued to 新增/引进… under a total stays a row of
its own and is the span's year's part, and a row ending on a figure keeps its blank line before "2025年主要成绩"."""
from __future__ import annotations

import pytest

from factkeys import key_values, pledged, read
from planwatch import normalize


def _tasks(body: str) -> str:
    # a county report's tasks part (January, 2021)
    return ("政府工作报告\n——2021年1月18日在临泉县第十七届人民代表大会第五次会议上\n县长  李明\n\n二、2021年重点工作\n"
            + body + "\n")


# --- a count done as the task named after it, a word of resolve or manner before the verb (343) ----------------------

# 超额/如期/全力/高质量 before 完成: the count is a pledge and the year's target (before the fix: neither pledge nor,
# where the clause was dropped, anything)
@pytest.mark.parametrize("line, obj, value, unit", [
    ("（三）扩大就业。超额完成农村劳动力转移就业1.2万人的年度目标任务。", "农村劳动力转移就业", 1.2, "万人"),
    ("（三）扩大就业。如期完成城镇新增就业3200人的目标任务。", "城镇新增就业", 3200, "人"),
    ("（三）扩大就业。全力完成城镇新增就业3100人的目标任务。", "城镇新增就业", 3100, "人"),
])
def test_resolve_word_before_the_task_verb(line, obj, value, unit):
    assert (obj, value, unit) in pledged(read(_tasks(line)))


# look-alikes: a rate named as the goal (the list's item) and a goal said to be reached stay no pledges
@pytest.mark.parametrize("line", ["（三）扩大就业。全力完成地区生产总值增长7%左右的目标。",
                                  "（三）扩大就业。到2025年全县地区生产总值达到300亿元的目标有望如期实现。"])
def test_rate_or_goal_reached_stays_no_pledge(line):
    assert not pledged(read(_tasks(line)))


# a task item's sentence whose gdp rate is named back as the goal: its counts are tasks, not a restated list
def test_gdp_named_back_as_goal_leaves_counts_pledged():
    d = read(_tasks("（五）保障民生。高质量完成城镇新增就业3000人的目标任务，确保实现地区生产总值增长7%的目标。"))
    assert ("城镇新增就业", 3000, "人") in pledged(d)
    assert key_values(d)[("gdp", "target", "2021", "growth")] == (7, "eq")


# look-alike: the list's form in a task item, gdp's rate first as an item, stays no pledge (a restated list)
def test_list_form_in_task_item_unchanged():
    d = read(_tasks("（五）保障民生。全年地区生产总值增长7%，新增城镇就业3000人，城镇调查失业率控制在5.5%以内。"))
    assert not pledged(d)
    assert key_values(d)[("urban_new_jobs", "target", "2021", "level")] == (3000, "eq")


# --- a news page: another body dated by the year's number, a deputy's long title, a school's head (339, 343) ----------

def _news(body: str) -> str:
    return ("芜湖市十七届人大四次会议开幕\n2024-01-16 09:10　来源：芜湖日报\n\n1月15日，芜湖市第十七届人民代表大会第四次会议开幕，"
            "市长宁波代表市人民政府作政府工作报告。报告提出，今年全市地区生产总值增长6%左右，新建口袋公园40个。\n" + body + "\n")


# the body's plans dated by the year's number pledge nothing (before the fix: 执法检查 and 视察 pledged)
@pytest.mark.parametrize("line", ["市人大常委会2024年将开展执法检查7项。", "市政协2024年计划组织专题视察9次。"])
def test_body_dated_by_year_number_no_pledge(line):
    got = pledged(read(_news(line)))
    assert ("口袋公园", 40, "个") in got
    assert not any(p[1] in (7, 9) for p in got)


# look-alike: the government's own clause dated by the year's number after the body's sentence stays its pledge
def test_government_year_number_clause_kept():
    got = pledged(read(_news("市人大常委会今年将开展执法检查7项。报告提出，2024年全市将改造老旧小区120个。")))
    assert ("老旧小区", 120, "个") in got
    assert not any(p[1] == 7 for p in got)


# a deputy whose title after the 、 runs past 20 characters tells their firm's plans: no pledge
def test_deputy_long_title_no_pledge():
    line = "市人大代表、安徽某某智能装备制造股份有限公司党委书记兼总经理刘海涛介绍，公司今年计划新建4条智能化生产线。"
    got = pledged(read(_news(line)))
    assert not any(p[1] == 4 for p in got)


# look-alike: a deputy with a short title citing the report keeps the report's pledge
def test_deputy_citing_report_kept():
    line = "市人大代表、社区书记陈芳表示，报告提出今年新建城市书房15个，群众很期待。"
    assert ("城市书房", 15, "个") in pledged(read(_news(line)))


# a university school's head (院长) commenting: his estimate is no target of the report's
def test_school_head_is_commentator():
    line = "安徽师范大学经济管理学院院长周立认为，全市社会消费品零售总额今年有望增长9%左右。"
    fs = key_values(read(_news(line)))
    assert ("retail_sales", "target", "2024", "growth") not in fs
    assert fs[("gdp", "target", "2024", "growth")] == (6, "about")


# look-alike: the report's own figure in the page's next paragraph after the commentator's stays the target
def test_report_after_commentator_kept():
    line = "安徽师范大学经济管理学院院长周立认为，目标务实可行。\n报告提出，今年全市社会消费品零售总额增长7%。"
    assert key_values(read(_news(line)))[("retail_sales", "target", "2024", "growth")] == (7, "eq")


# --- an undated December report's review estimating the year by 有望/可望 (343) ---------------------------------------

def _december(review: str) -> str:
    return ("醴陵市人民政府门户网站\n首页 > 政务公开 > 政府工作报告\n醴陵市人民政府工作报告\n来源：市政府办公室　浏览次数：862\n"
            "——在醴陵市第十七届人民代表大会第六次会议上\n市长　陈涛\n\n一、2023年工作回顾\n" + review
            + "\n\n二、2024年主要目标\n明年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业9000人。\n")


# 有望/可望 estimate the year reviewed: results of 2023, the plan's targets 2024 (before the fix: the review read as
# targets of 2024, the plan's lost under their keys)
@pytest.mark.parametrize("word", ["有望", "可望"])
def test_review_estimate_by_youwang(word):
    fs = key_values(read(_december(f"今年，全市地区生产总值{word}增长7%左右，一般公共预算收入预计增长6%左右。")))
    assert fs[("gdp", "actual", "2023", "growth")] == (7, "about")
    assert fs[("gdp", "target", "2024", "growth")] == (6.5, "about")


# look-alike: a review clause of 力争 (an aim) still reads nothing late (343's reading: the report not dated by it)
def test_review_aim_still_no_late_reading():
    fs = key_values(read(_december("今年，全市地区生产总值力争增长7%左右。")))
    assert ("gdp", "actual", "2023", "growth") not in fs


# --- an amount reckoned in another currency in its brackets (339) -----------------------------------------------------

def _review(line: str) -> str:
    return ("关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n——2023年1月16日在安徽省第十四届人民代表大会第一次会议上\n"
            "安徽省发展和改革委员会\n\n一、2022年计划执行情况\n" + line + "\n")


# "（以人民币计为…）", "（按人民币计算为…）", "（折合人民币为…）": the amount before is the level (before the fix: the
# bracket's, by its 为)
@pytest.mark.parametrize("note", ["（以人民币计为5263.8亿元）", "（按人民币计算为5263.8亿元）", "（折合人民币为5263.8亿元）"])
def test_reckoned_in_another_currency(note):
    fs = key_values(read(_review(f"全省进出口总额782.6亿美元{note}，增长9.1%。")))
    assert fs[("foreign_trade", "actual", "2022", "level")] == (782.6, "eq")
    assert fs[("foreign_trade", "actual", "2022", "growth")] == (9.1, "eq")


# look-alike: a conversion by 约合 with no 为 (read so before), and a plain level by 为 with no bracket
@pytest.mark.parametrize("line", ["全省进出口总额782.6亿美元（约合人民币5263.8亿元），增长9.1%。",
                                  "全省进出口总额为782.6亿美元，增长9.1%。"])
def test_conversion_lookalikes(line):
    assert key_values(read(_review(line)))[("foreign_trade", "actual", "2022", "level")] == (782.6, "eq")


# --- an infographic's card rows (346) ----------------------------------------------------------------------------------

# a year glued to 新增/引进 under a total's row stays a row of its own (before the fix: joined, "…38.6万人2025年新增…")
@pytest.mark.parametrize("row", ["2025年新增7.4万人", "2025年引进7.4万人"])
def test_year_row_verbs_keep_break(row):
    text = "五年累计新增城镇就业36.2万人\n" + row + "\n"
    assert normalize.normalize(text).text.startswith("五年累计新增城镇就业36.2万人\n")


# a blank line between a year's row and the next block's title "2025年主要成绩" is kept (before the fix: joined)
def test_blank_line_before_results_title_kept():
    text = "“十四五”成就\n五年累计完成固定资产投资9860亿元\n2025年完成2040亿元\n\n2025年主要成绩\n地区生产总值\n8620亿元\n增长5.1%\n"
    assert "\n2025年主要成绩\n" in normalize.normalize(text).text


# look-alikes: a PDF cut after 比 and a card's name over its figure and change still join
@pytest.mark.parametrize("text, joined", [("全年完成投资1680亿元，比\n2020年增长38%。\n", "比2020年增长38%"),
                                          ("地区生产总值\n5460亿元\n增长5.2%\n", "地区生产总值5460亿元增长5.2%")])
def test_joins_kept(text, joined):
    assert joined in normalize.normalize(text).text


def _card(rows: str) -> str:
    return ("一图读懂｜2026年漳州市政府工作报告\n来源：漳州市人民政府网　发布时间：2026-01-20 15:30\n\n“十四五”发展成就\n" + rows
            + "\n\n2025年主要成绩\n地区生产总值\n6120亿元\n增长5.3%\n\n2026年主要预期目标\n地区生产总值增长5.5%左右\n")


# the year's row under the total is the span's year's part; the results under their dated title are 2025's (before
# the fix: the year's row lost, the results' growth read over 2021-2025)
def test_year_row_under_total_read():
    fs = key_values(read(_card("五年累计新增城镇就业36.2万人\n2025年新增7.4万人\n五年累计完成固定资产投资9860亿元\n2025年完成2040亿元")))
    assert fs[("urban_new_jobs", "actual", "2021-2025", "level")] == (36.2, "eq")
    assert fs[("urban_new_jobs", "actual", "2025", "level")] == (7.4, "eq")
    assert fs[("fixed_asset_investment", "actual", "2025", "level")] == (2040, "eq")
    assert fs[("gdp", "actual", "2025", "growth")] == (5.3, "eq")


# look-alike: a total then the year's figure after a comma (read so before) is unchanged
def test_year_after_comma_unchanged():
    fs = key_values(read(_card("五年累计新增城镇就业36.2万人，2025年新增7.4万人")))
    assert fs[("urban_new_jobs", "actual", "2025", "level")] == (7.4, "eq")
