"""Plan reports (计划执行情况与计划草案的报告) of provinces and cities: the draft plan's target list led by a
proposal ("主要预期目标建议为：", "主要指标安排如下：") and written one item a line is facts, not pledges."""
from __future__ import annotations

import pytest

import planwatch


def plan_report(region: str, year: int, body: str) -> str:
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
            f"一、{year - 1}年计划执行情况\n{year - 1}年，全市地区生产总值增长5.2%，完成年度计划目标。\n"
            f"二、{year}年国民经济和社会发展计划草案\n{body}\n")


def pledges(text: str, year: int) -> list[tuple]:
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": year})
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return sorted((p.value, p.unit) for p in doc.pledges)


# the draft plan's targets, one a line under a lead that proposes them: facts, and the tasks after them pledge
@pytest.mark.parametrize("region,year,lead,items,task,pledge", [
    ("宜昌市", 2021, "2021年全市经济社会发展的主要预期目标建议为：",
     ["——地区生产总值增长10%以上；", "——城镇新增就业6万人；", "——地方一般公共预算收入增长20%以上。"],
     "全年新开工亿元以上项目300个。", (300, "个")),
    ("浙江省", 2018, "按照省委部署，2018年全省经济社会发展主要指标安排如下：",
     ["1．生产总值增长7%以上；", "2．一般公共预算收入增长7%；", "3．城镇新增就业80万人。"],
     "新增造林面积30万亩。", (30, "万亩")),
    ("绵阳市", 2023, "全市国民经济和社会发展计划主要指标建议安排如下：",
     ["（1）生产总值增长6.5%左右；", "（2）社会消费品零售总额增长7%；", "（3）城镇调查失业率控制在5.5%以内。"],
     "新建5G基站800个。", (800, "个")),
    ("山东省", 2025, "综合考虑各方面因素，2025年全省经济社会发展主要预期目标拟定为：",
     ["——规上工业增加值增长6%；", "——新增城镇就业110万人；", "——单位生产总值能耗降低2.5%左右。"],
     "新增规上工业企业3000家。", (3000, "家")),
    ("遵义市", 2018, "2018年全市主要预期目标安排如下：",
     ["——地区生产总值增长11.5%左右；", "——固定资产投资增长18%。"],
     "全年实施500万元以上项目2200个。", (2200, "个")),
])
def test_a_proposed_target_list_is_no_pledge(region, year, lead, items, task, pledge):
    text = plan_report(region, year, "\n".join([lead, *items, "三、重点工作", task]))
    assert pledges(text, year) == [pledge]
    fs = {(f.indicator, f.role, f.period) for f in planwatch.read_text(text, "t.txt", overrides={"report_year": year}).facts}
    assert any(r == "target" and p == str(year) for _, r, p in fs)


# lists of tasks, and a 民生实事 list of goals, keep their pledges
@pytest.mark.parametrize("lead,items,expected", [
    ("为实现上述主要目标，重点抓好以下工作：", ["——新建高标准农田5万亩；", "——改造老旧小区30个。"], [(5, "万亩"), (30, "个")]),
    ("民生实事主要目标如下：", ["——新建普惠性幼儿园10所；", "——改造老旧小区20个。"], [(10, "所"), (20, "个")]),
    ("全年重点项目建设安排如下：", ["——新开工项目120个；", "——竣工项目80个。"], [(80, "个"), (120, "个")]),
    ("围绕主要指标，重点任务安排如下：", ["——新建5G基站1000个；", "——新增停车位5000个。"], [(1000, "个"), (5000, "个")]),
])
def test_a_list_of_tasks_keeps_its_pledges(lead, items, expected):
    text = plan_report("南宁市", 2024, "\n".join([lead, *items]))
    assert pledges(text, 2024) == sorted(expected)
