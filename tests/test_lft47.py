"""Decision 348 (lft47): what decisions 332–346 left, one class at a time. A card's year row under a total over the years
(its own line, no name) is the total's name's figure for that year; a name's pace by its noun (增速) set against another
name or the level above, then the aim's figure, pledges the first name; bare target rows under a card's 展望YYYY head are
the year's targets, no pledges; a PDF line cut inside a figure's bound (以\\n上, 左\\n右) or before a lead's 是： joins; a news
head listing the plan report before the government's, over a lead delivering the government's report, is the
government's; an audit office's report on the mending of its findings pledges nothing; a zone's work report delivered by
its committee head at its work conference is a government work report."""
from __future__ import annotations

import pytest

from factkeys import key_values, pledge_items, pledged, read
from helpers import city_report
from planwatch import normalize


def _city(body: str, year: int = 2021) -> str:
    return city_report(body, year)  # (a prefecture city's government work report text)


def _plan(body: str, year: int = 2020) -> str:
    # a county report's plan part, titled
    return (f"政府工作报告\n——{year}年1月9日在桃源县第十七届人民代表大会第五次会议上\n县长  李明\n\n各位代表：\n"
            f"二、{year}年工作安排\n" + body + "\n")


# --- (a) a card's year row under a total over the years ---------------------------------------------------------------

# the row of the span's last year on its own line, in several wordings, is the total's name's figure for that year
# (before: the row was lost, or joined to the total and read as the span's)
@pytest.mark.parametrize("total, row, key, value", [
    ("五年累计完成固定资产投资2.64万亿元", "2020年完成5830亿元", "fixed_asset_investment", 5830),
    ("五年累计实际使用外资86亿美元", "2020年为19.2亿美元", "fdi", 19.2),
    ("五年累计完成固定资产投资9600亿元", "2020年当年2150亿元", "fixed_asset_investment", 2150),
    ("五年累计新增市场主体18.3万户", "2020年新增4.1万户", "market_entities", 4.1),
])
def test_year_row_under_total(total, row, key, value):
    fs = key_values(read(_city(f"【“十三五”回顾】\n{total}\n{row}\n2020年常住人口城镇化率达到68.2%\n")))
    assert fs[(key, "actual", "2020", "level")] == (value, "eq")
    assert (key, "actual", "2016-2020", "level") in fs


# look-alike: a year row naming a name of its own stays that name's (not the total's), and the total keeps its span
def test_year_row_with_own_name_unchanged():
    fs = key_values(read(_city("【“十三五”回顾】\n五年累计完成固定资产投资2.64万亿元\n2020年常住人口城镇化率达到68.2%\n")))
    assert fs[("urbanization_rate", "actual", "2020", "share")] == (68.2, "eq")
    assert ("fixed_asset_investment", "actual", "2020", "level") not in fs
    assert fs[("fixed_asset_investment", "actual", "2016-2020", "level")] == (2.64, "eq")


# look-alike: a year row under a line that holds no total over the years is no part of that line's figure
def test_year_row_under_plain_line_unchanged():
    fs = key_values(read(_city("【2020年成绩单】\n全市完成固定资产投资5830亿元\n2020年为19.2亿美元\n")))
    assert ("fixed_asset_investment", "actual", "2020", "level") in fs
    assert fs[("fixed_asset_investment", "actual", "2020", "level")] == (5830, "eq")


# --- (b) a name's pace by its noun set against another, then the aim's figure -------------------------------------

# the name before 增速/增幅 is what the aim's figure is of, not the other name nor the level above (before: 固定资产投资,
# 投资, or no pledge at all)
@pytest.mark.parametrize("clause, name, value", [
    ("工业投资增速高于固定资产投资，力争增长13%", "工业投资", 13),
    ("民间投资增速不低于全县平均水平，力争增长9%", "民间投资", 9),
    ("民间投资增速高于全县平均水平，力争增长7%", "民间投资", 7),
    ("制造业投资增幅快于全部投资，力争增长16%", "制造业投资", 16),
    ("技改投资增速不低于工业投资增速，力争增长20%", "技改投资", 20),
])
def test_pace_noun_names_the_pledge(clause, name, value):
    got = pledged(read(_plan(f"（一）扩大有效投资。{clause}。")))
    assert (name, value, "%") in got, got


# look-alikes: the pace by its verb (decision 341) and a plain growth keep their objects; a comparison inside a task's
# object names no other
def test_pace_look_alikes_unchanged():
    got = pledge_items(read(_plan("（一）扩大有效投资。工业投资增长快于固定资产投资，力争增长11%。固定资产投资增长10%，"
                                  "新建高于国家标准的污水处理厂2座。")))
    assert ("增长", "工业投资", 11, "%") in got
    assert ("增长", "固定资产投资", 10, "%") in got
    assert ("新建", "高于国家标准的污水处理厂", 2, "座") in got


# --- (d) bare target rows under a card's 展望YYYY head ---------------------------------------------------------------

def _card(rows: str, head: str = "【展望2021】") -> str:
    return ("一图读懂｜2021年南阳市政府工作报告\n2021-01-14 18:30　来源：南阳发布\n\n1月12日，南阳市第十届人民代表大会第二次"
            "会议开幕，市长王刚代表市人民政府作政府工作报告。\n\n【2020年成绩单】\n地区生产总值\n3925亿元\n增长2.1%\n\n"
            f"{head}\n{rows}\n\n【为民办实事】\n新建改扩建中小学28所\n改造老旧小区150个\n")


# rows of the year's targets with no colon are targets, no pledges (before: each pledged 增长/新增)
def test_bare_rows_under_ahead_card_no_pledges():
    d = read(_card("地区生产总值增长7%左右\n一般公共预算收入增长5%\n城镇新增就业6万人\n新增市场主体5万户"))
    got = pledged(d)
    assert not any(o in ("地区生产总值", "一般公共预算收入", "城镇新增就业", "市场主体") for o, _, _ in got), got
    fs = key_values(d)
    assert fs[("gdp", "target", "2021", "growth")] == (7, "about")
    assert fs[("urban_new_jobs", "target", "2021", "level")][0] == 6


# look-alikes: the tasks under the 实事 card stay pledges; a task row under the 展望 card, opening on its verb, stays one
def test_task_rows_unchanged():
    got = pledged(read(_card("地区生产总值增长7%左右\n新建5G基站3000个")))
    assert ("中小学", 28, "所") in got or any(o.endswith("中小学") and v == 28 for o, v, _ in got)
    assert ("老旧小区", 150, "个") in got
    assert ("5G基站", 3000, "个") in got


# --- (e) a PDF line cut inside a figure's bound, or before a lead's 是： --------------------------------------------

@pytest.mark.parametrize("cut, qualifier", [("增长6.5%以\n上；", "at_least"), ("增长6.5%左\n右；", "about")])
def test_bound_cut_joins(cut, qualifier):
    # a short line ending on the figure and 以 or 左 (before: the bound lost, eq)
    body = f"2020年全县主要预期目标\n是：地区生产总值{cut}固定资产投资增长\n10%；一般公共预算收入增长5%。"
    fs = key_values(read(_plan(body)))
    assert fs[("gdp", "target", "2020", "growth")] == (6.5, qualifier)


def test_lead_cut_before_copula_joins():
    # "…主要预期目标\n是：" is one sentence: no heading over the tasks that follow (before: every task lost its growth
    # pledge under a targets heading)
    text = ("政府工作报告\n——2020年1月9日在桃源县第十七届人民代表大会第五次会议上\n县长  李明\n各位代表：\n"
            "2020年全县经济社会发展的主要预期目标\n是：地区生产总值增长7%左右；固定资产投资增长10%。\n"
            "（一）扩大有效投资。工业投资增速高于固定资产投资，力争增长12%。新增城镇就业4500人。\n")
    got = pledged(read(text))
    assert ("工业投资", 12, "%") in got
    assert ("城镇就业", 4500, "人") in got


# look-alike: rows whose bounds are whole on their lines stay rows of their own (no line ending on a whole bound runs
# into the next), each item read with its own bound
def test_whole_bounds_unchanged():
    text = normalize.normalize("2020年主要预期目标\n地区生产总值增长6.5%以上\n固定资产投资增长10%左右\n").text
    assert "以上\n固定" in text
    fs = key_values(read(_plan("2020年全县主要预期目标是：地区生产总值增长6.5%以上；固定资产投资增长10%左右。")))
    assert fs[("gdp", "target", "2020", "growth")] == (6.5, "at_least")
    assert fs[("fixed_asset_investment", "target", "2020", "growth")] == (10, "about")


# --- (c) a news head listing the plan report first, over a lead delivering the government's -----------------------

def _news(head: str, lead: str) -> str:
    return (head + "\n2018-01-26 08:45　来源：某某日报\n\n1月25日上午，某某市第十五届人民代表大会第二次会议开幕。" + lead
            + "报告指出，2017年全市地区生产总值增长8.1%。\n")


@pytest.mark.parametrize("head", ["某某市人代会开幕 审议计划报告、预算报告和政府工作报告",
                                  "大会审查计划和预算报告及政府工作报告"])
def test_plan_first_head_over_government_lead(head):
    # (before: plan_report, the first named)
    d = read(_news(head, "市长王刚代表市人民政府作政府工作报告。"), "某某市.txt")
    assert d.meta.doc_type == "government_work_report"


# look-alikes: the same head over a lead naming no government report delivered, or over the plan report's delivery,
# stays the plan report's
@pytest.mark.parametrize("lead", ["市长王刚作报告。", "市发改委主任李强作计划报告。"])
def test_plan_first_head_unchanged(lead):
    d = read(_news("某某市人代会开幕 审议计划报告、预算报告和政府工作报告", lead), "某某市.txt")
    assert d.meta.doc_type == "plan_report"


# --- (g) an audit office's report on the mending of its findings --------------------------------------------------

_AUDIT = ("关于2019年度县级预算执行和其他财政收支审计查出问题整改情况的报告\n——2020年12月24日在某某县第十六届人民代表大会"
          "常务委员会第三十次会议上\n县审计局局长　王明\n\n主任、各位副主任、各位委员：\n"
          "2019年，全县一般公共预算收入完成21.5亿元，增长6.1%。\n"
          "下一步，县审计局将持续跟踪督促，力争明年6月底前问题整改率达到95%以上，新建审计整改台账30本。\n")


def test_audit_mending_report_pledges_nothing():
    # (before: 达到 95% 整改率 pledged; its year: delivered in December, the next year's by the spec's rule)
    d = read(_AUDIT, "某某县.txt")
    assert d.meta.doc_type == "other"
    assert not d.pledges
    assert key_values(d)[("general_budget_revenue", "actual", "2019", "level")] == (21.5, "eq")


# look-alike: a budget report's title stays a budget report with its tasks pledged
def test_budget_report_unchanged():
    text = ("关于某某县2020年预算执行情况和2021年预算草案的报告\n——2021年1月9日在某某县第十六届人民代表大会第五次会议上\n"
            "县财政局局长　王明\n\n各位代表：\n2021年，拟安排民生支出18亿元，新建农村公路60公里。\n")
    d = read(text, "某某县.txt")
    assert d.meta.doc_type == "budget_report"


# --- (h) a zone's work report -----------------------------------------------------------------------------------

@pytest.mark.parametrize("title, lead", [
    ("一图读懂｜贵安新区2024年工作报告", "2月6日，贵安新区召开2024年工作会议，党工委副书记、管委会主任张伟作工作报告。"),
    ("某某新区召开2024年工作会议", "2月6日，某某新区召开2024年工作会议。新区管委会主任张伟作工作报告。"),
])
def test_zone_work_report_typed(title, lead):
    # (before: other, the 工作会议 read as another event)
    text = title + "\n2024-02-07 19:05　来源：新区发布\n\n" + lead + "\n报告指出，2023年新区地区生产总值增长8.2%。\n"
    assert read(text, "x.txt").meta.doc_type == "government_work_report"


# look-alike: a city's economic work conference stays other, whoever speaks at it
def test_economic_work_conference_unchanged():
    text = ("某某市召开2024年经济工作会议\n2023-12-20 19:05　来源：某某日报\n\n12月19日，某某市召开经济工作会议。"
            "市委书记李强讲话，高新区管委会主任张伟作工作报告。\n")
    assert read(text, "某某市.txt").meta.doc_type == "other"
