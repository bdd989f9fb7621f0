"""Session muni16: reports of municipalities (直辖市), their districts, 计划单列市/副省级 cities and 国家级新区 —
ranks among peer cities, port counts in 标箱, statuses after a work, the tasks handed down by the level above."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

REVIEW = "一、2023年工作回顾\n"
TASKS = "二、2024年工作安排\n重点抓好以下工作：\n"


# 1. a rank among peer cities named with 在…中 (副省级城市, 直辖市, 省会城市, 计划单列市) is the figure's rank
@pytest.mark.parametrize("sent,iid,place,scope", [
    ("全市实现地区生产总值12170.2亿元，增长7.7%，总量在副省级城市中居第3位。", "gdp", 3, "副省级城市"),
    ("一般公共预算收入1175.4亿元，增长7.5%，增速在15个副省级城市中排名第5。", "general_budget_revenue", 5, "15个副省级城市"),
    ("社会消费品零售总额5647亿元，在4个直辖市中位列第2。", "retail_sales", 2, "4个直辖市"),
    ("研发经费投入强度达到4.2%，在中部省会城市中排第3位。", "rnd_intensity", 3, "中部省会城市"),
    ("地区生产总值增长6%，增速在四个直辖市中居第1位。", "gdp", 1, "四个直辖市"),
    ("地区生产总值增长6%，增速在渝东北11个区县中排名第2。", "gdp", 2, "渝东北11个区县"),
    ("一般公共预算收入45亿元，在山东16市中排第3位。", "general_budget_revenue", 3, "山东16市"),
    ("社会消费品零售总额增长7%，在长三角41个城市中居第5位。", "retail_sales", 5, "长三角41个城市"),
])
def test_rank_among_peer_cities(sent, iid, place, scope):
    fs = facts(REVIEW + sent + "\n", report_year=2024)
    f = fs[(iid, "actual", "2023", "rank")]
    assert (f.value, f.unit, f.qualifier) == (place, "位", "eq")
    assert f.scope == scope


# look-alikes: a peer group leading a clause of something else, a composite ranking, a group that is not ranked in
@pytest.mark.parametrize("sent,iid", [
    ("地区生产总值增长6%。在15个副省级城市中，我市有3项指标居第1位。", "gdp"),
    ("一般公共预算收入增长5%，营商环境在副省级城市中居第3位。", "general_budget_revenue"),
    ("社会消费品零售总额增长4%，在10个重点城市中开展试点。", "retail_sales"),
    ("进出口总额增长5%，在全国百强区中排名第8。", "foreign_trade"),
    ("固定资产投资增长5%，在各区中率先完成年度任务。", "fixed_asset_investment"),
])
def test_no_rank_from_peer_look_alikes(sent, iid):
    fs = facts(REVIEW + sent + "\n", report_year=2024)
    assert (iid, "actual", "2023", "rank") not in fs
    assert (iid, "actual", "2023", "growth") in fs


# 2. 标箱 (short for 标准箱) counts containers in a pledge, as 标准箱 does
@pytest.mark.parametrize("sent,obj,value,unit", [
    ("果园港集装箱吞吐量突破42万标箱，中欧班列开行300列以上。", "果园港集装箱吞吐量", 42, "万标箱"),
    ("新田港集装箱吞吐量达到25万标箱。", "新田港集装箱吞吐量", 25, "万标箱"),
    ("宁波舟山港集装箱吞吐量力争达到2800万标准箱。", "宁波舟山港集装箱吞吐量", 2800, "万标准箱"),
])
def test_container_counts_in_biaoxiang_are_pledged(sent, obj, value, unit):
    assert (obj, value, unit) in pledged(read(TASKS + sent + "\n"))


def test_last_years_port_count_is_no_pledge():
    d = read("一、2023年工作回顾\n果园港集装箱吞吐量达到38.6万标箱，增长16.3%。\n" + TASKS + "新增停车位5000个。\n")
    assert not any(p.unit.endswith("标箱") for p in d.pledges)
    assert ("停车位", 5000, "个") in pledged(d)


# 3. 完工 is a status like 竣工: "加装电梯完工1000台" pledges the lifts, the status is not the object; a verb before
# 率 names a rate to reach (完工率, 竣工率, 入住率), it does not act
def test_completed_status_is_not_the_object():
    d = read(TASKS + "既有多层住宅加装电梯完工1000台，老旧小区改造完工120个。\n")
    objs = {(p.object, p.value) for p in d.pledges}
    assert any("电梯" in o and "完工" not in o and v == 1000 for o, v in objs)
    assert ("老旧小区改造", 120) in objs


@pytest.mark.parametrize("sent,obj,value", [
    ("重点项目开工率达到90%。", "重点项目开工率", 90),
    ("保障性住房竣工率达到85%。", "保障性住房竣工率", 85),
    ("重点项目完工率达到95%。", "重点项目完工率", 95),
    ("安置房入住率达到80%。", "安置房入住率", 80),
])
def test_a_rate_named_by_a_status_is_a_share_to_reach(sent, obj, value):
    assert (obj, value, "%") in pledged(read(TASKS + sent + "\n"))


# 4. the tasks handed down by the level above, counted ("三项新的重大任务"), are the report's own items, no pledge;
# a count of projects beside them still is
def test_counted_major_tasks_are_no_pledge():
    d = read(TASKS + "（一）加快推进三项新的重大任务和强化“四大功能”。全年新增产业项目投资800亿元以上。"
             "落实5项重大任务。实施重大项目30个。\n")
    got = pledged(d)
    assert not any(u == "项" for _, _, u in got)
    assert ("重大项目", 30, "个") in got
    assert ("产业项目投资", 800, "亿元") in got


def test_rates_named_by_statuses_in_one_run():
    got = pledged(read(TASKS + "重点项目开工率达到90%，竣工率达到85%，完工率达到95%。\n"))
    assert {("重点项目开工率", 90, "%"), ("竣工率", 85, "%"), ("完工率", 95, "%")} <= got


# (全面 before a status after the count is no object: "…任务800户全面竣工" pledges the work, as 全面开工 did)
@pytest.mark.parametrize("sent,key", [
    ("棚户区改造任务800户全面竣工。", ("棚户区", 800, "户")),
    ("农村危房改造任务1200户全面完工。", ("农村危房", 1200, "户")),
])
def test_fully_done_after_the_count_is_no_object(sent, key):
    assert key in pledged(read(TASKS + sent + "\n"))


# 5. a unit's other name in brackets between the figure and its qualifier ("1000列（班）以上") leaves the qualifier
@pytest.mark.parametrize("sent,key,qual", [
    ("中欧班列开行1000列（班）以上。", ("中欧班列", 1000, "列"), "at_least"),
    ("筹建保障性租赁住房6万套（间）左右。", ("保障性租赁住房", 6, "万套"), "about"),
])
def test_qualifier_after_a_bracketed_unit(sent, key, qual):
    d = read(TASKS + sent + "\n")
    got = {(p.object, p.value, p.unit): p for p in d.pledges}
    assert key in got and got[key].qualifier == qual


def test_bracketed_note_of_what_is_counted_gives_no_qualifier():
    d = read(TASKS + "新建学校10所（含改扩建）。建设筹措保障性租赁住房6万套（间）。\n")
    got = {(p.object, p.value, p.unit): p for p in d.pledges}
    assert got[("学校", 10, "所")].qualifier == "eq"
    assert got[("保障性租赁住房", 6, "万套")].qualifier == "eq"


# 6. 民心工程 counted are the report's own list, as 民生实事 are; projects of it counted after the verb still pledge
def test_counted_minxin_works_are_own_items():
    got = pledged(read(TASKS + "办好20项民心工程。实施民心工程项目15个。\n"))
    assert not any(v == 20 for _, v, _ in got)
    assert ("民心工程项目", 15, "个") in got


# 7. foreign capital used by one kind of investor or one sector is a part's, not the region's fdi
@pytest.mark.parametrize("sent", [
    "台资企业实际利用外资增长20%。",
    "制造业实际使用外资12亿美元，增长15%。",
    "港资实际到位外资8亿美元。",
])
def test_part_of_the_foreign_capital_is_no_fdi(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2024)
    assert not any(k[0] == "fdi" for k in fs)


def test_whole_foreign_capital_after_a_part_stays_fdi():
    fs = facts(REVIEW + "台资企业实际利用外资增长20%。全市实际利用外资25亿美元，增长8%，其中制造业实际使用外资12亿美元。\n",
               report_year=2024)
    assert val(fs, ("fdi", "actual", "2023", "level")) == (25, "eq")
    assert val(fs, ("fdi", "actual", "2023", "growth")) == (8, "eq")


# 8. 共建 before a name opening with 成 (成渝, 成都) co-builds; 共 before a longer verb still counts the total
def test_co_building_before_chengyu_is_not_jiancheng():
    d = read(TASKS + "共建成渝地区双城经济圈重大项目300个，年度完成投资4000亿元。共建成都都市圈重大项目100个。"
                     "共建成5G基站1200个。\n")
    got = {(p.object, p.value, p.unit): p for p in d.pledges}
    assert got[("成渝地区双城经济圈重大项目", 300, "个")].action == "共建"
    assert got[("成都都市圈重大项目", 100, "个")].action == "共建"
    assert got[("5G基站", 1200, "个")].action == "建成"


# 9. 建成区 is the built-up area, a noun: a share of it to reach is a pledge; 建成 before 区域/区级/区块链 still acts
def test_built_up_area_is_no_verb():
    got = pledged(read(TASKS + "建成区绿化覆盖率达到42%。城市建成区绿地率达到38%。\n"))
    assert {("建成区绿化覆盖率", 42, "%"), ("城市建成区绿地率", 38, "%")} <= got


def test_jiancheng_before_quyu_still_builds():
    d = read(TASKS + "建成区域医疗中心2个。建成区级养老服务中心3个。建成区块链产业园1个。\n")
    got = {(p.object, p.value, p.unit): p.action for p in d.pledges}
    assert got[("区域医疗中心", 2, "个")] == "建成"
    assert got[("区级养老服务中心", 3, "个")] == "建成"
    assert got[("区块链产业园", 1, "个")] == "建成"
