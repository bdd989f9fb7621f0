"""Session exc33: report excerpts as pages cut them (a review run into the year's plan with no title between, an
untitled middle page that still calls the year's work the government's own, a region it aids or works with named in
passing)."""
from __future__ import annotations

import pytest

from factkeys import facts, read, val

# a page that runs last year's review into this year's plan, no title between, numbered tasks after
RUN_ON = """{title}
　　{review}，全县实现地区生产总值284.3亿元，增长5.3%；一般公共预算收入完成15.2亿元，增长4.1%；城镇新增就业5600人。
　　{turn}。全县地区生产总值增长5.5%左右，一般公共预算收入增长4%，城镇新增就业5000人以上。
　　围绕上述目标，重点抓好以下工作：
　　一、全力扩大有效投资。全年实施重点项目80个。
"""


@pytest.mark.parametrize("review,turn", [
    ("过去一年，我们坚持稳中求进", "今年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年"),
    ("一年来，面对多重困难挑战", "新的一年，我们将以更大力度推动高质量发展"),
    ("刚刚过去的一年", "2025年是全面完成“十四五”目标任务的决胜之年"),
])
def test_review_run_into_plan(review, turn):
    fs = facts(RUN_ON.format(title="长兴县2025年政府工作报告（节选）", review=review, turn=turn))
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.3, "eq")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2025", "growth")) == (4, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2024", "level")) == (5600, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (5000, "at_least")
    assert not any(k[1] == "goal" for k in fs)


def test_review_year_turn_stays_review():
    # "2024年是极不平凡的一年" opens the review of a 2025 report: no plan part there
    text = RUN_ON.format(title="长兴县2025年政府工作报告（节选）", review="过去一年，我们坚持稳中求进",
                         turn="2024年是极不平凡的一年，我们顶住压力")
    text = text.replace("全县地区生产总值增长5.5%左右，一般公共预算收入增长4%，城镇新增就业5000人以上", "全县规模以上工业增加值增长7.2%")
    fs = facts(text)
    assert val(fs, ("industrial_va", "actual", "2024", "growth")) == (7.2, "eq")
    assert ("industrial_va", "target", "2025", "growth") not in fs


PAGE = "和社会事业全面进步。\n　　二、今年工作安排\n　　{lead}，要坚持稳中求进工作总基调。全县地区生产总值增长6%左右。\n"


@pytest.mark.parametrize("lead", ["做好今年政府工作", "2023年政府工作的总体要求是：做好各项工作"])
def test_untitled_page_own_work_is_report(lead):
    assert read(PAGE.format(lead=lead)).meta.doc_type == "government_work_report"


def test_untitled_page_bare_work_is_not_said():
    # a plan report says 做好今年工作 too: no kind stated
    assert read(PAGE.format(lead="做好今年工作")).meta.doc_type != "government_work_report"


CUT_PAGE = "　　（上接第一版）{said}\n　　过去一年，全县实现地区生产总值326.8亿元，增长5.9%；一般公共预算收入完成16.3亿元，增长6.2%。\n"


@pytest.mark.parametrize("said,partner", [
    ("对口帮扶贵州省从江县取得实效，选派干部12名。", "从江县"),
    ("援建新疆巴楚县学校3所、卫生院2所。", "巴楚县"),
    ("深化与广州市南沙区的产业合作，共建产业园1个。", "南沙区"),
    ("全面融入都市圈，加强与湖南省浏阳市的对接。", "浏阳市"),
])
def test_partner_named_in_passing_is_not_the_region(said, partner):
    # a page cut from a report's middle names another region it aids or works with: not its own
    assert read(CUT_PAGE.format(said=said)).meta.region != partner


def test_own_region_named_beside_aided_one():
    d = read(CUT_PAGE.format(said="宜章县被评为全省县域经济高质量发展先进县，对口帮扶贵州省从江县取得实效。"))
    assert d.meta.region == "宜章县"


SPLIT_PAGE = """2024年某县政府工作报告（二）
　　（三）{t3}。粮食总产量达到21.6万吨，农村居民人均可支配收入增长7.2%。
　　（四）{t4}。城镇新增就业5600人。
　　（一）坚持项目为王，扩大有效投资。全年固定资产投资增长8%以上。
　　（二）坚持富民增收。农村居民人均可支配收入增长8%，城镇新增就业5000人以上。
"""


@pytest.mark.parametrize("t3,t4", [
    ("聚焦乡村振兴，农业农村稳步发展", "聚焦民生福祉，社会事业全面进步"),
    ("坚持农业强县，乡村振兴取得新成效", "坚持民生优先"),
])
def test_restart_after_review_items(t3, t4):
    # a page cut across the review's last items and the plan's first, each numbered from one
    fs = facts(SPLIT_PAGE.format(t3=t3, t4=t4))
    assert val(fs, ("grain_output", "actual", "2023", "level")) == (21.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (5600, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (5000, "at_least")


def test_restart_after_task_items_stays_plan():
    # tasks then the closing part's items, each numbered from one: no result title, no review
    fs = facts(SPLIT_PAGE.format(t3="坚持富民增收，让群众生活更加殷实", t4="加快城乡融合，推动县城提质扩容"))
    assert ("grain_output", "actual", "2023", "level") not in fs
    assert ("urban_new_jobs", "target", "2024", "level") in fs


def test_turn_to_target_list_keeps_the_tasks_pledges():
    # the turn's part holds the target list and the tasks after it: those stay pledges, not target-list items
    d = read("　　一年来，全县地区生产总值增长5.2%。\n　　今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n"
             "　　今年，我们将新建改造农村公路300公里，新增城镇就业4500人，改造老旧小区12个。\n", report_year=2024)
    assert {p.object for p in d.pledges} >= {"农村公路", "老旧小区"}
    assert any(p.value == 4500 for p in d.pledges)
    assert val({(f.indicator, f.role, f.period, f.measure): f for f in d.facts}, ("gdp", "target", "2024", "growth")) == (5.5, "about")
