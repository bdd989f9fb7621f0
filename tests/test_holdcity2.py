"""Complete county and city government work reports of 2017–2025 (branch holdcity2): the review, the year's
targets, the tasks and the closing part on the government's own work, in heading styles of many provinces.
Each class with the documents that must change and the look-alikes that must not."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


def _head(region: str, year: int, day: int = 8) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月{day}日在{region}第十七届人民代表大会第三次会议上\n各位代表：\n"
            f"现在，我代表{region}人民政府，向大会报告工作，请予审议。\n")


def _pledges(text: str) -> set[tuple[str, float, str]]:
    doc = planwatch.read_text(text, "t.txt")
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit) for p in doc.pledges}


# 1. an unnumbered title of the year's plan ("2024年工作安排", "2019年主要工作") and, some paragraphs under it,
# the target list ("今年全县…主要预期目标是：…"): the list does not open a part of its own (a targets part
# that swallowed the tasks: the items' figures of an indicator were dropped as pledges); and the tasks' items
# after the list are the year's, whatever part they are in (the walk back to their lead went over the list's
# line up to the review's title: "城镇新增就业2000人" was read as last year's result)
@pytest.mark.parametrize("region,year,plan_title,turn", [
    ("休宁县", 2024, "2024年工作安排", "2024年是实施“十四五”规划的关键一年。"),
    ("嵩县", 2019, "2019年主要工作", "今年是新中国成立70周年。"),
    ("海西蒙古族藏族自治州", 2023, "2023年工作安排", "今年是全面贯彻落实党的二十大精神的开局之年。"),
    ("祁门县", 2023, None, None),  # no title over the list: the list's paragraph opens the plan's part
])
def test_target_paragraph_under_an_unnumbered_plan_title(region, year, plan_title, turn):
    plan = f"{plan_title}\n{turn}\n" if plan_title else ""
    text = (_head(region, year) + f"过去一年工作回顾\n{year - 1}年，全县地区生产总值增长6.1%。城镇新增就业2100人。\n" + plan
            + "今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n"
            "1.扩大有效投资。实施重点项目80个，完成投资60亿元以上。\n"
            "2.增进民生福祉。城镇新增就业2000人以上，新增养老床位200张。\n"
            "政府自身建设\n坚持依法行政，严格落实中央八项规定精神。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", str(year - 1), "level")) == (2100, "eq")
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (2000, "at_least")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6.5, "about")
    ps = _pledges(text)
    assert {("城镇新增就业", 2000, "人"), ("养老床位", 200, "张"), ("重点项目", 80, "个")} <= ps
    # the target list's items are facts, not pledges
    assert not any(p[1] in (6.5, 5) for p in ps)


def test_review_lines_after_a_review_title_stay_last_years():
    # look-alike: a line of the review that states last year's figures, under the review's title, after
    # a line naming last year's targets (not 今年): its figures are results
    text = (_head("嵩县", 2019) + "2018年工作回顾\n2018年主要预期目标是：生产总值增长8%。\n生产总值增长7.8%。\n"
            "城镇新增就业4800人。\n2019年主要工作\n今年全县经济社会发展主要预期目标：生产总值增长8%。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", "2018", "level")) == (4800, "eq")
    assert ("urban_new_jobs", "target", "2019", "level") not in fs
