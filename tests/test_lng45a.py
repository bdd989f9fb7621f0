"""Decision 319 (lng45a): whole prefecture reports of the south and south-west, 2016-2019. In a part on a plan's goals
and the year's work ("二、“十三五”时期主要目标任务和2016年工作"), a label naming the year's work with its year and a bare
工作 (“2016年工作：”, “2016年工作安排：”, “2016年主要工作” alone on its line) leads the year's tasks, as “2016年重点工作：”
did: the indicator figures and shares stated as tasks after it are pledges too."""
from __future__ import annotations

import planwatch
import pytest

_HEAD = ("{r}政府工作报告\n——{y}年1月{d}日在{r}第五届人民代表大会第一次会议上\n\n一、{py}年工作回顾\n{review}\n"
         "二、{plan}时期主要目标任务和{y}年工作\n{goals}\n")


def _doc(region: str, year: int, plan: str, goals: str, body: str, review: str = "全市地区生产总值增长7.5%。"):
    text = _HEAD.format(r=region, y=year, d=12, py=year - 1, review=review, plan=plan, goals=goals) + body + "\n"
    return planwatch.read_text(text, "t.txt")


def _pledges(doc) -> set[tuple]:
    return {(p.object, p.value, p.unit) for p in doc.pledges}


_GOALS_13 = "“十三五”时期全市发展的主要目标是：地区生产总值年均增长7.5%以上，到2020年突破2000亿元。"
_GOALS_14 = "“十四五”时期全区发展的主要目标是：地区生产总值年均增长6%左右，常住人口城镇化率达到62%。"


# the year's work labelled with its year and a bare 工作 (colon, or alone on its line): its indicator figures and the
# shares it sets are the year's tasks, pledged (before: read as the plan's goal list, only the other tasks pledged)
@pytest.mark.parametrize("region,year,plan,goals,label,tasks,pledge", [
    # a run-in label with its colon
    ("百色市", 2016, "“十三五”", _GOALS_13, "2016年工作：",
     "全年引进区外境内到位资金420亿元。新建乡镇卫生院周转房200套。", ("区外境内到位资金", 420, "亿元")),
    # 工作安排 after the year
    ("六盘水市", 2016, "“十三五”", _GOALS_13, "2016年工作安排：",
     "新建通组公路1800公里，城镇新增就业3.2万人。", ("城镇新增就业", 3.2, "万人")),
    # 主要工作 alone on its line over the tasks' paragraphs
    ("保山市", 2016, "“十三五”", _GOALS_13, "2016年主要工作\n",
     "加快特色农业发展，粮食总产量稳定在95万吨以上。完成营造林20万亩。", ("粮食总产量", 95, "万吨")),
    # 的 between the year and its work, a share set as a task
    ("河池市", 2016, "“十三五”", _GOALS_13, "2016年的主要工作\n",
     "农村集中供水率达到85%。新建村级活动场所120个。", ("农村集中供水率", 85, "%")),
    # 今年 for the year, a later plan
    ("江北区", 2021, "“十四五”", _GOALS_14, "今年工作安排\n",
     "全年实际使用外资1.5亿美元，新增市场主体1.2万户。", ("外资", 1.5, "亿美元")),
], ids=["year_work_colon", "year_work_arrangement", "year_main_work_line", "year_de_main_work_line", "this_year_arrangement"])
def test_a_label_naming_the_years_work_leads_its_tasks(region, year, plan, goals, label, tasks, pledge):
    got = _pledges(_doc(region, year, plan, goals, label + tasks))
    assert pledge in got, got


# look-alikes that must not change: a label naming the year's targets, or the year's target list after the label,
# stays the list (its indicator items are facts, no pledges); the plan's goals are no pledges
@pytest.mark.parametrize("body", [
    # the targets named (工作目标 is no label of the work)
    "2016年主要工作目标：地区生产总值增长8%左右，城镇新增就业3.5万人，粮食总产量稳定在90万吨以上。",
    # the year's target list right after the work's label in one paragraph
    "2016年工作：全市经济社会发展的主要预期目标是：地区生产总值增长8%左右，城镇新增就业3.5万人，粮食总产量稳定在90万吨以上。",
    # the label alone on its line, then the year's target list as its own paragraph
    "2016年主要工作\n2016年是“十三五”开局之年。全市经济社会发展的主要预期目标是：地区生产总值增长8%左右，城镇新增就业3.5万人，"
    "粮食总产量稳定在90万吨以上。",
])
def test_the_years_target_list_after_or_in_a_label_gives_no_pledges(body):
    doc = _doc("百色市", 2016, "“十三五”", _GOALS_13, body)
    assert not doc.pledges, _pledges(doc)
    facts = {(f.indicator, f.role, f.period, f.value) for f in doc.facts}
    assert ("urban_new_jobs", "target", "2016", 3.5) in facts, facts
    assert ("gdp", "goal", "2020", 2000) in facts, facts


# a label of last year's work in the review ("2015年主要工作" over its results): results, no pledges, as before
def test_last_years_work_label_in_the_review_gives_no_pledges():
    review = "2015年主要工作\n全年新建高标准农田12万亩，城镇新增就业3.1万人，粮食总产量达到92万吨。"
    doc = _doc("百色市", 2016, "“十三五”", _GOALS_13, "2016年工作：新建高标准农田15万亩。", review=review)
    assert _pledges(doc) == {("高标准农田", 15, "万亩")}, _pledges(doc)
    assert ("urban_new_jobs", "actual", "2015", 3.1) in {(f.indicator, f.role, f.period, f.value) for f in doc.facts}
