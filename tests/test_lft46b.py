"""Decision 341 (lft46b): what decisions 332-340 left, blind. A five-year goal in words right after the name, this year's
figure in a clause of its own after it ("今后五年，…年均增长高于全市平均水平，今年增长7%左右") is the span's qualitative goal;
a rank after the rate's pace against the level above in words ("与全市同步，居全市第4位") ranks the name; a pace set against
another figure in words before the figure aimed at ("…增长快于全部投资，力争增长12%") pledges the name, not the words; a
named project's total with the name as subject ("…扩建工程总投资3亿元") is no pledge of the verb inside the name; a bare 去年
then a verb of bringing funds in glued to the figure (引进, 到位, 利用…) after a total over the years is last year's part;
a news head listing the government's report first, then the plan and budget reports, is a government work report."""
from __future__ import annotations

import pytest

from factkeys import key_values, pledge_items, pledged, read


def _county(body: str, year: int = 2021) -> str:
    # a county's government work report
    return (f"某某县人民政府工作报告\n——{year}年1月8日在某某县第十八届人民代表大会第一次会议上\n县长  李明\n\n各位代表：\n"
            + body + "\n")


# --- (a) a five-year goal in words, then this year's figure --------------------------------------------------------

# the goal in words after the name, this year's figure in the clause after it: both read (before the fix: the words lost)
@pytest.mark.parametrize("words", ["年均增长高于全省平均水平", "年均增速高于全国平均水平", "增长保持在合理区间"])
def test_goal_words_then_this_years_figure(words):
    fs = key_values(read(_county(f"二、今后五年的目标任务\n今后五年，全县地区生产总值{words}，今年增长7%左右。")))
    assert fs[("gdp", "goal", "2021-2025", "growth")] == (None, "qualitative")
    assert fs[("gdp", "target", "2021", "growth")] == (7, "about")


# the year by its number opens the figure's clause too (a report of 2026: the 十五五's span)
def test_goal_words_then_year_by_number():
    text = _county("二、“十五五”时期目标\n今后五年，全县地区生产总值年均增长高于全省平均水平，2026年增长6%以上。", 2026)
    fs = key_values(read(text))
    assert fs[("gdp", "goal", "2026-2030", "growth")] == (None, "qualitative")
    assert fs[("gdp", "target", "2026", "growth")] == (6, "at_least")


# look-alike: a numeric five-year goal, then this year's figure: the goal's own figure, no words read
def test_numeric_goal_then_this_year_unchanged():
    fs = key_values(read(_county("二、今后五年的目标任务\n今后五年，全县地区生产总值年均增长6.5%以上，今年增长7%左右。")))
    assert fs[("gdp", "goal", "2021-2025", "growth")] == (6.5, "at_least")
    assert fs[("gdp", "target", "2021", "growth")] == (7, "about")


# look-alike: this year's words then its figure, no years ahead opening the sentence: no goal
def test_this_years_words_then_figure_no_goal():
    fs = key_values(read(_county("三、2021年工作安排\n今年，全县地区生产总值增长高于全省平均水平，力争增长7%左右。")))
    assert ("gdp", "goal", "2021-2025", "growth") not in fs
    assert fs[("gdp", "target", "2021", "growth")] == (7, "about")


# --- (b) a rank after the pace against the level above in words ----------------------------------------------------

@pytest.mark.parametrize("pace, rank", [("与全市同步，居全市第4位", "居全市第4位"), ("与全省持平，居全省第6位", "居全省第6位"),
                                        ("与全市基本同步，增速居全市第4位", "增速居全市第4位"),
                                        ("与全市同步，总量居全市第4位", "总量居全市第4位")])
def test_rank_after_peer_pace(pace, rank):
    d = read(_county(f"一、2020年工作回顾\n2020年，全县地区生产总值增长4.2%，{pace}；一般公共预算收入增长3%。"))
    fs = key_values(d)
    assert fs[("gdp", "actual", "2020", "growth")] == (4.2, "eq")
    want = 6 if "第6位" in rank else 4
    assert fs[("gdp", "actual", "2020", "rank")] == (want, "eq")
    assert fs[("general_budget_revenue", "actual", "2020", "growth")] == (3, "eq")


# look-alike: a pace with no place after it: nothing more read, the next name's figure its own (and 居民 after the pace
# is the next name, no place)
def test_peer_pace_without_rank_unchanged():
    fs = key_values(read(_county("一、2020年工作回顾\n2020年，全县地区生产总值增长4.2%，与全市同步，社会消费品零售总额"
                                 "增长5%，居全市第3位。")))
    assert ("gdp", "actual", "2020", "rank") not in fs
    assert fs[("retail_sales", "actual", "2020", "rank")] == (3, "eq")
    fs = key_values(read(_county("一、2020年工作回顾\n2020年，全县地区生产总值增长4.2%，与全市同步，居民人均可支配收入"
                                 "增长6%，增速居全市第2位。")))
    assert ("gdp", "actual", "2020", "rank") not in fs


# --- (c) a pace set against another figure, then the figure aimed at, in the tasks ---------------------------------

@pytest.mark.parametrize("sentence, obj, value", [
    ("制造业投资增长快于全部投资，力争增长12%以上", "制造业投资", 12),
    ("工业投资增长略快于全社会投资，力争增长10%", "工业投资", 10),
    ("社会消费品零售总额增长不低于全省平均，力争增长7%", "社会消费品零售总额", 7),
])
def test_compared_pace_pledges_the_name(sentence, obj, value):
    d = read(_county(f"三、2021年重点工作\n扩大有效需求。{sentence}。"))
    assert (obj, value, "%") in pledged(d), pledged(d)
    assert not any(p.object.startswith(("快于", "高于", "不低于", "增速")) for p in d.pledges), pledged(d)


# the name's own 增长 opens the words read whole ("增长高于全市…"): the name before it is the object (decision 340's rule
# missed it, its 全省 form alone known)
def test_words_opening_on_the_names_growth():
    d = read(_county("三、2021年重点工作\n今年，全县地区生产总值增长高于全市平均水平，力争增长7.5%左右。"))
    assert pledge_items(d) >= {("增长", "地区生产总值", 7.5, "%")}, pledge_items(d)


# look-alikes: a plain growth task, and a thing built to a standard above another (no pace, no change verb)
def test_plain_growth_task_and_standard_unchanged():
    d = read(_county("三、2021年重点工作\n固定资产投资增长8%。新建高于国家标准的污水处理厂2座。"))
    assert ("固定资产投资", 8, "%") in pledged(d)
    assert ("高于国家标准的污水处理厂", 2, "座") in pledged(d), pledged(d)


# --- (d) a named project's total, its name the subject -------------------------------------------------------------

@pytest.mark.parametrize("name", ["县城第二水厂扩建工程", "县人民医院住院楼改扩建项目", "城北片区棚户区改造工程"])
def test_named_work_total_is_no_pledge(name):
    d = read(_county(f"三、2021年重点工作\n{name}总投资3.6亿元，年内开工建设。新建农村公路120公里。"))
    assert not any(p.value == 3.6 for p in d.pledges), pledge_items(d)
    assert ("农村公路", 120, "公里") in pledged(d)


# look-alike: the year's investment after the total keeps the project as its object (decision 338)
def test_year_investment_after_named_total_unchanged():
    d = read(_county("三、2021年重点工作\n县城第二水厂扩建工程总投资3.6亿元，年内完成投资1.2亿元。"))
    assert ("完成", "县城第二水厂扩建工程投资", 1.2, "亿元") in pledge_items(d), pledge_items(d)


# look-alike: a count of projects and their total, and a verb opening the clause, as before
def test_project_counts_and_verb_first_unchanged():
    d = read(_county("三、2021年重点工作\n实施重点项目80个，总投资260亿元、年内完成投资90亿元。"))
    assert {("重点项目", 80, "个"), ("投资", 90, "亿元")} <= pledged(d), pledged(d)


# --- (e) a total over the years, then last year's part with a verb of bringing funds in ----------------------------

@pytest.mark.parametrize("total, part, indicator, value, unit", [
    ("五年累计引进省外资金860亿元", "去年引进205亿元", "domestic_investment_inflow", 205, "亿元"),
    ("五年累计实际到位省外资金1.2万亿元", "去年到位2860亿元", "domestic_investment_inflow", 2860, "亿元"),
    ("五年累计实际使用外资9.3亿美元", "去年利用2.1亿美元", "fdi", 2.1, "亿美元"),
])
def test_last_years_part_with_inflow_verb(total, part, indicator, value, unit):
    fs = key_values(read(_county(f"一、“十三五”时期工作回顾\n过去五年，{total}，{part}。")))
    assert fs[(indicator, "actual", "2020", "level")] == (value, "eq")
    assert fs[(indicator, "actual", "2016-2020", "level")][1] == "eq"


# look-alikes: a contracted sum (签约) and a verb before another thing's amount end the name's figures, as before
@pytest.mark.parametrize("part", ["去年签约58亿元", "去年引进重点项目投资58亿元"])
def test_last_years_other_verbs_unchanged(part):
    fs = key_values(read(_county(f"一、“十三五”时期工作回顾\n过去五年，五年累计引进省外资金860亿元，{part}。")))
    assert ("domestic_investment_inflow", "actual", "2020", "level") not in fs


# --- (f) a news head listing the session's reports, the government's first -----------------------------------------

def _news(head: str) -> str:
    return ("某某市六届人大三次会议开幕\n" + head + "\n2020-01-09 09:10  来源：某某日报\n\n本报讯 1月8日上午，某某市第六届人民代表"
            "大会第三次会议开幕。市长王刚作报告。报告指出，2019年全市地区生产总值增长7.1%。今年将新建5G基站1500个。\n")


@pytest.mark.parametrize("head", ["大会审议政府工作报告、计划报告和预算报告", "代表们审议政府工作报告及计划、预算报告"])
def test_news_head_listing_government_report_first(head):
    assert read(_news(head), "某某市.txt").meta.doc_type == "government_work_report"


# look-alikes: a head naming the plan and budget reports only, or the plan report first, stays a plan report
@pytest.mark.parametrize("head", ["计划报告、预算报告提请市人代会审查", "大会审议计划报告、预算报告和政府工作报告"])
def test_news_head_plan_first_unchanged(head):
    assert read(_news(head), "某某市.txt").meta.doc_type == "plan_report"
