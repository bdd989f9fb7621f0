"""Session 16 county14: whole county reports at real length (review runs, five-year totals, the year's tasks)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

FIVE = "一、“十三五”时期和2020年工作回顾\n“十三五”时期是极不平凡的五年。\n"
YEAR = "一、2020年工作回顾\n"


# a 累计 right before the name sums the figure its verb reaches, over the five years
@pytest.mark.parametrize("sent,iid,value", [
    ("民生事业全面进步。五年累计民生支出达到285亿元，占一般公共预算支出的比重保持在80%左右。", "livelihood_expenditure", 285),
    ("五年累计财政民生支出达到285亿元。", "livelihood_expenditure", 285),
    ("五年累计完成固定资产投资达到1560亿元。", "fixed_asset_investment", 1560),
])
def test_a_total_named_by_leijì_before_the_name_is_the_spans(sent, iid, value):
    fs = facts(FIVE + sent + "\n2020年，全年民生支出完成62.5亿元。\n", report_year=2021)
    assert val(fs, (iid, "actual", "2016-2020", "level"))[0] == value


def test_the_years_own_level_after_the_total_stays_the_years():
    fs = facts(FIVE + "五年累计民生支出达到285亿元。\n2020年，全年民生支出完成62.5亿元。\n", report_year=2021)
    assert val(fs, ("livelihood_expenditure", "actual", "2020", "level")) == (62.5, "eq")


# look-alikes: a level reached after a 累计 of another figure is the end year's
@pytest.mark.parametrize("sent,iid,value", [
    ("五年累计引进项目300个，民生支出达到85亿元。", "livelihood_expenditure", 85),
    ("常住人口城镇化率达到60.3%。", "urbanization_rate", 60.3),
])
def test_a_level_reached_without_its_own_leiji_is_the_end_years(sent, iid, value):
    fs = facts(FIVE + sent + "\n", report_year=2021)
    key = (iid, "actual", "2020", "share" if iid == "urbanization_rate" else "level")
    assert val(fs, key)[0] == value


# 五年提高/五年下降 said right before the change: the change over the five years
@pytest.mark.parametrize("sent,iid,value", [
    ("城乡面貌显著改善。常住人口城镇化率达到60.3%，五年提高9.6个百分点。", "urbanization_rate", 9.6),
    ("森林覆盖率达到65.5%，五年提升3.1个百分点。", "forest_coverage", 3.1),
    ("森林覆盖率达到65.5%，近五年提高3.1个百分点。", "forest_coverage", 3.1),
])
def test_five_years_before_the_verb_dates_the_change_over_the_span(sent, iid, value):
    fs = facts("一、“十三五”时期和2020年工作回顾\n" + sent + "\n", report_year=2021)
    assert val(fs, (iid, "actual", "2016-2020", "pp_change"))[0] == value
    assert (iid, "actual", "2020", "pp_change") not in fs


def test_the_five_years_ahead_are_no_review_span():
    fs = facts("二、“十四五”时期主要目标\n到2025年，常住人口城镇化率达到66%，今后五年提高5.7个百分点。\n", report_year=2021)
    assert not any(k[0] == "urbanization_rate" and k[1] == "actual" for k in fs)


def test_last_years_change_stays_the_years():
    fs = facts(YEAR + "常住人口城镇化率达到56.1%，比上年提高1.1个百分点。\n", report_year=2021)
    assert val(fs, ("urbanization_rate", "actual", "2020", "pp_change"))[0] == 1.1


# 进出口 followed by what a port or a register counts is no trade value
@pytest.mark.parametrize("sent", [
    "全年陆港进出口集装箱吞吐量达到15.6万标箱，增长38%。",
    "有进出口实绩企业达到86家，增长12%。",
])
def test_a_ports_count_after_jinchukou_is_no_trade(sent):
    fs = facts(YEAR + sent + "全区外贸进出口总额完成98.6亿元，增长18.5%。\n", report_year=2021)
    assert val(fs, ("foreign_trade", "actual", "2020", "growth"))[0] == 18.5
    assert val(fs, ("foreign_trade", "actual", "2020", "level"))[0] == 98.6


def test_the_trade_total_alone_stays():
    fs = facts(YEAR + "进出口总额完成98.6亿元，增长18.5%。\n", report_year=2021)
    assert val(fs, ("foreign_trade", "actual", "2020", "growth"))[0] == 18.5


# 新增 between the rural labour and its transfer: the count of the transfer
@pytest.mark.parametrize("text,role,period,value", [
    (YEAR + "城镇新增就业7860人，农村劳动力新增转移就业5200人，城镇登记失业率控制在3.2%以内。\n", "actual", "2020", 5200),
    ("二、2021年工作安排\n城镇新增就业6000人以上，农村劳动力新增转移就业5000人。\n", "target", "2021", 5000),
])
def test_rural_labour_newly_transferred_is_the_transfer_count(text, role, period, value):
    fs = facts(text, report_year=2021)
    assert val(fs, ("rural_labor_transfer", role, period, "level"))[0] == value


def test_a_training_of_the_transferred_labour_is_no_count():
    fs = facts(YEAR + "开展农村劳动力新增转移就业技能培训3000人次。\n", report_year=2021)
    assert not any(k[0] == "rural_labor_transfer" for k in fs)


# the points a share moved, after a flow's share stated with the flow
def test_the_points_after_a_flows_share_are_the_ratios():
    fs = facts("一、2016年工作回顾\n服务业增加值增长9.6%，占生产总值比重达到44.5%，提高1.7个百分点。\n", report_year=2017)
    assert val(fs, ("tertiary_share", "actual", "2016", "share"))[0] == 44.5
    assert val(fs, ("tertiary_share", "actual", "2016", "pp_change"))[0] == 1.7
    assert val(fs, ("tertiary_industry_va", "actual", "2016", "growth"))[0] == 9.6


@pytest.mark.parametrize("sent", [
    "服务业增加值增长9.6%，占生产总值比重达到44.5%，拉动经济增长1.7个百分点。",
    "服务业增加值增长9.6%，占生产总值比重达到44.5%，增速高于全省1.2个百分点。",
    "服务业增加值增长9.6%，高于全省0.5个百分点，占生产总值比重达到44.5%。",
])
def test_points_of_a_pull_or_a_gap_are_no_move_of_the_share(sent):
    fs = facts("一、2016年工作回顾\n" + sent + "\n", report_year=2017)
    assert val(fs, ("tertiary_share", "actual", "2016", "share"))[0] == 44.5
    assert ("tertiary_share", "actual", "2016", "pp_change") not in fs


# --- pledges ---
from taskdoc import read, report  # noqa: E402


def _pkeys(task: str, year: int = 2017) -> set[tuple[str, str, float, str]]:
    body = (f"一、{year - 1}年工作回顾\n过去一年，全市地区生产总值增长8.1%。\n"
            f"二、{year}年工作安排\n重点抓好以下工作：\n（一）坚定不移抓项目扩投资。" + task + "\n各位代表，让我们团结奋斗！\n")
    return {(p.action, p.object, p.value, p.unit) for p in read(report("市", year, body)).pledges}


# the verbs of county tasks: 制定 standards, 放映 films, 再精简 approvals, 融资, 抓好 projects
@pytest.mark.parametrize("task,want", [
    ("加快建设全国蔬菜质量标准中心，制定蔬菜生产标准20项。", ("制定", "蔬菜生产标准", 20, "项")),
    ("深化“放管服”改革，行政审批事项再精简20%。", ("再精简", "行政审批事项", 20, "%")),
    ("为农村群众免费放映电影1.2万场。", ("放映", "电影", 1.2, "万场")),
    ("推动区属国有企业转型发展，全年融资100亿元。", ("融资", "融资", 100, "亿元")),
    ("突出抓好50个重点项目，实行挂图作战。", ("抓好", "重点项目", 50, "个")),
])
def test_county_task_verbs_pledge(task, want):
    assert want in _pkeys(task)


def test_the_review_of_such_work_pledges_nothing():
    body = ("一、2016年工作回顾\n制定蔬菜生产标准12项，放映电影1.1万场，全年融资86亿元。\n"
            "二、2017年工作安排\n重点抓好以下工作：\n（一）抓项目。新建高标准农田3万亩。\n")
    got = {(p.object, p.value) for p in read(report("市", 2017, body)).pledges}
    assert got == {("高标准农田", 3)}


# a figure inside a name of a list of projects closed by 等 is the name's: the count of the projects is pledged
@pytest.mark.parametrize("task,want", [
    ("突出抓好鲁清石化60万吨丙烷脱氢、晨鸣纸业51万吨化学浆等50个重点项目，实行挂图作战。", {("抓好", "重点项目", 50, "个")}),
    ("加快推进鲁清石化60万吨丙烷脱氢、晨鸣纸业51万吨化学浆等项目建设。", set()),
])
def test_a_figure_in_a_listed_projects_name_is_no_pledge(task, want):
    assert _pkeys(task) == want


@pytest.mark.parametrize("task,want", [
    ("新建改造道路10条以上、桥梁5座以上等基础设施项目。", {("道路", 10, "条"), ("桥梁", 5, "座")}),
    ("新建5G基站300个、充电桩1000个等新基建项目。", {("5G基站", 300, "个"), ("充电桩", 1000, "个")}),
    ("新建污水管网50公里、雨水管网30公里等5个项目。", {("污水管网", 50, "公里"), ("雨水管网", 30, "公里"), ("项目", 5, "个")}),
])
def test_counts_listed_before_deng_stay_pledges(task, want):
    assert {(o, v, u) for _, o, v, u in _pkeys(task)} == want
