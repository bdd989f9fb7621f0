"""Session subprov26: whole reports of sub-provincial cities and provincial capitals (宁波, 成都, 西安, 青岛 and
excerpts of 大连, 厦门, 济南, 武汉, 杭州, 沈阳 written for it): a ratio named alone after a count of the same
indicator, a pair of balances named inside one object, the year's work grouped in campaigns (攻势, 攻坚行动)."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

REVIEW = "成都市政府工作报告\n——2024年1月24日在成都市第十八届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"


# the ratio of a count just named, its name left out ("优良天数达到300天，比例达到82.2%"): that indicator's share
@pytest.mark.parametrize("sent,days,share", [
    ("全市空气质量优良天数达到300天，比例达到82.2%。", 300, 82.2),
    ("全年空气质量优良天数302天、比例82.7%。", 302, 82.7),
    ("全年空气质量优良天数302天，比率为82.7%。", 302, 82.7),
    ("空气质量优良天数达到255天，比例提高到69.9%，细颗粒物年均浓度71微克/立方米。", 255, 69.9),
])
def test_a_ratio_after_its_count_is_the_share(sent, days, share):
    fs = facts(REVIEW + sent + "\n", report_year=2024)
    assert val(fs, ("good_air_days", "actual", "2023", "level")) == (days, "eq")
    assert val(fs, ("good_air_days", "actual", "2023", "share")) == (share, "eq")


# look-alikes: an indicator with no share of its own gets no figure from a bare ratio after it; a named ratio
# and a change in points stay as they were
@pytest.mark.parametrize("sent,iid,measure", [
    ("全市粮食产量达到190万吨，比例达到30%。", "grain_output", "level"),
    ("全市城镇新增就业26.5万人，比例达到82.2%。", "urban_new_jobs", "level"),
    ("全市高新技术企业达到1770家，比例达到20%。", "high_tech_enterprises", "level"),
])
def test_a_bare_ratio_after_an_indicator_without_share_gives_nothing(sent, iid, measure):
    fs = facts(REVIEW + sent + "\n", report_year=2024)
    assert (iid, "actual", "2023", measure) in fs
    assert {k for k in fs if k[0] == iid} == {(iid, "actual", "2023", measure)}


def test_a_named_ratio_and_points_unchanged():
    fs = facts(REVIEW + "空气质量优良天数比例达到93.4%，比上年提高2.1个百分点。\n", report_year=2024)
    assert val(fs, ("good_air_days", "actual", "2023", "share")) == (93.4, "eq")
    assert val(fs, ("good_air_days", "actual", "2023", "pp_change")) == (2.1, "eq")


PLAN = "成都市政府工作报告\n——2024年1月24日在成都市第十八届人民代表大会第三次会议上\n\n二、2024年工作安排\n"


# "本外币存贷款余额分别达到5.4万亿元和5.3万亿元": the deposits' pledge, then the loans'
def test_deposits_and_loans_named_in_one_object_are_two_pledges():
    d = read(PLAN + "加快发展现代服务业，本外币存贷款余额分别达到5.4万亿元和5.3万亿元，新增上市企业10家。\n")
    got = pledged(d)
    assert ("本外币存款余额", 5.4, "万亿元") in got
    assert ("本外币贷款余额", 5.3, "万亿元") in got
    assert ("上市企业", 10, "家") in got


def test_paired_objects_unchanged():
    got = pledged(read(PLAN + "城乡低保标准分别提高到每人每月900元和800元。\n"))
    assert got == {("城市低保标准", 900, "元"), ("农村低保标准", 800, "元")}


CAMPAIGNS = ("沈阳市政府工作报告\n——2019年1月15日在沈阳市第十六届人民代表大会第三次会议上\n\n"
             "二、2019年工作总体要求和主要目标\n今年全市经济社会发展的主要预期目标是：\n"
             "——地区生产总值增长6.5%左右；\n——一般公共预算收入增长5%；\n——城镇新增就业12万人以上。\n"
             "实现上述目标，重点开展以下{lead}：\n"
             "（一）开展营商环境攻坚行动，打造一流营商环境\n企业开办时间压缩至2个工作日以内。新增市场主体10万户。\n"
             "（二）开展产业振兴攻坚行动\n实施重点工业项目200个，新增规模以上工业企业150户。\n")


# the year's work grouped in campaigns after the target list: the items are tasks (their figures pledges), and the
# count of the report's own campaigns is no pledge
@pytest.mark.parametrize("lead", ["8个攻坚行动", "15个攻势", "六场硬仗"])
def test_campaigns_lead_the_tasks(lead):
    d = read(CAMPAIGNS.format(lead=lead))
    got = pledged(d)
    assert ("市场主体", 10, "万户") in got
    assert ("重点工业项目", 200, "个") in got
    assert not any(o in ("攻坚行动", "攻势", "硬仗") for o, _, _ in got)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6.5, "about")


def test_work_lead_unchanged_and_a_counted_action_in_a_task_stays():
    d = read(CAMPAIGNS.format(lead="8个方面工作").replace("重点开展以下", "重点做好以下")
             .replace("企业开办时间", "组织开展应急演练20次，企业开办时间"))
    got = pledged(d)
    assert ("市场主体", 10, "万户") in got
    assert ("应急演练", 20, "次") in got
    assert not any(o == "方面" for o, _, _ in got)


XIAN = ("西安市政府工作报告\n——2017年1月11日在西安市第十六届人民代表大会第一次会议上\n\n三、2017年工作安排\n"
        "全市经济社会发展的主要预期目标是：生产总值增长8%以上。\n")


# the plan's average the year's target is aligned with, written without 的目标 after it: the plan's goal
@pytest.mark.parametrize("sent,value,qual", [
    ("确定生产总值增长8%以上的目标，与“十三五”规划确定的年均增长8.5%左右相衔接。", 8.5, "about"),
    ("确定生产总值增长8%以上的目标，也与“十三五”规划年均增长8.5%左右相衔接。", 8.5, "about"),
    ("生产总值增长8%以上、力争达到8.5%的目标，与“十三五”规划确定的年均增长8.5%左右相衔接，经过努力是可以实现的。", 8.5, "about"),
    ("确定生产总值增长8%以上的目标，与“十三五”规划年均增长8.5%的目标相衔接。", 8.5, "eq"),
])
def test_plan_average_aligned_with_is_the_plans_goal(sent, value, qual):
    fs = facts(XIAN + sent + "\n")
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (value, qual)
    assert val(fs, ("gdp", "target", "2017", "growth")) == (8, "at_least")


def test_plan_average_naming_the_target_back_is_its_goal():
    # (decision 213: "这一目标" names the year's GDP target back, so the plan's average it is aligned with is GDP's goal)
    fs = facts(XIAN + "这一目标与“十三五”规划确定的年均增长8.5%左右相衔接。\n")
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (8.5, "about")


@pytest.mark.parametrize("sent", ["各项目标与“十三五”规划确定的年均增长8.5%左右相衔接。",
                                  "这与“十三五”规划确定的年均增长8.5%左右相衔接。"])
def test_plan_average_with_no_name_in_its_sentence_gives_nothing(sent):
    fs = facts(XIAN + sent + "\n")
    assert ("gdp", "goal", "2016-2020", "growth") not in fs


NANJING = "南京市政府工作报告\n——2022年1月10日在南京市第十七届人民代表大会第一次会议上\n\n一、2021年工作回顾\n"


# a place among peer cities reached after the move is stated ("在全国城市中的位次前移1位，居第10位"): the figure's
# rank, the peer group its scope
@pytest.mark.parametrize("sent,rank,scope", [
    ("全市地区生产总值达到16355.3亿元，增长7.5%，经济总量在全国城市中的位次前移1位，居第10位。", 10, "全国城市"),
    ("全市地区生产总值达到16355.3亿元，增长7.5%，在副省级城市中的排名上升1位，升至第4位。", 4, "副省级城市"),
    ("全市地区生产总值达到16355.3亿元，增长7.5%，在全国城市中的位次前移1位，居第10位。", 10, "全国城市"),
])
def test_a_place_after_its_move_among_peers_is_the_rank(sent, rank, scope):
    fs = facts(NANJING + sent + "\n")
    assert val(fs, ("gdp", "actual", "2021", "rank")) == (rank, "eq")
    assert fs[("gdp", "actual", "2021", "rank")].scope == scope
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (7.5, "eq")


# look-alikes: the move alone, or a place with no field named, gives no rank
@pytest.mark.parametrize("sent", [
    "全市地区生产总值达到16355.3亿元，在全国城市中的位次前移1位。",
    "全市地区生产总值达到16355.3亿元，增长7.5%，居第10位。",
    "全市地区生产总值达到16355.3亿元，增长7.5%，在副省级城市中的位次保持不变。",
])
def test_a_move_alone_is_no_rank(sent):
    fs = facts(NANJING + sent + "\n")
    assert ("gdp", "actual", "2021", "rank") not in fs
    assert val(fs, ("gdp", "actual", "2021", "level")) == (16355.3, "eq")


# a growth in times over the five years its clause names, in a one-year review: the five years' change, as
# "五年增长58.2%" is
@pytest.mark.parametrize("sent,value", [
    ("高新技术企业达到7800家，五年增长4倍。", 400),
    ("高新技术企业达到7800家，五年增长了2.5倍。", 250),
])
def test_times_over_five_years_is_the_spans_growth(sent, value):
    fs = facts(NANJING + sent + "\n")
    assert val(fs, ("high_tech_enterprises", "actual", "2017-2021", "growth")) == (value, "eq")
    assert ("high_tech_enterprises", "actual", "2021", "growth") not in fs


def test_times_of_the_year_stay_the_years():
    fs = facts(NANJING + "高新技术企业达到7800家，增长1.2倍。\n")
    assert val(fs, ("high_tech_enterprises", "actual", "2021", "growth")) == (120, "eq")


XIAMEN = "厦门市人民政府工作报告\n——2024年1月8日在厦门市第十六届人民代表大会第四次会议上\n\n三、2024年重点工作\n"


# an item's number before a pledge with no verb first ("9.城乡居民基础养老金每人每月提高20元") is no part of its object
def test_an_items_number_is_no_part_of_the_object():
    got = pledged(read(XIAMEN + "今年将重点办好以下十件民生实事：\n8.新开通公交线路20条；\n"
                                "9.城乡居民基础养老金每人每月提高20元；\n10.建设长者食堂50个。\n"))
    assert ("城乡居民基础养老金", 20, "元") in got
    assert ("公交线路", 20, "条") in got and ("长者食堂", 50, "个") in got


def test_a_decimal_opening_an_object_stays():
    got = pledged(read(XIAMEN + "新建5.5G基站1000个，建成5G基站2000个。\n"))
    assert ("5.5G基站", 1000, "个") in got and ("5G基站", 2000, "个") in got


HARBIN = "哈尔滨市政府工作报告\n——2024年1月15日在哈尔滨市第十六届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"


# a peer group leading the clause of the name, after a comma ("，在15个副省级城市中，GDP总量位列第15"): the rank's field
@pytest.mark.parametrize("sent,rank", [
    ("全市地区生产总值6051.6亿元，增长5%，在15个副省级城市中，GDP总量位列第15。", 15),
    ("在15个副省级城市中，我市地区生产总值增速排名第3位。", 3),
])
def test_a_peer_group_leading_the_clause_is_the_field(sent, rank):
    fs = facts(HARBIN + sent + "\n")
    assert val(fs, ("gdp", "actual", "2023", "rank")) == (rank, "eq")
    assert "副省级城市" in fs[("gdp", "actual", "2023", "rank")].scope


def test_a_place_with_no_field_stays_unread():
    fs = facts(HARBIN + "全市地区生产总值6051.6亿元，增长5%，GDP总量位列第15。\n")
    assert ("gdp", "actual", "2023", "rank") not in fs


# a lead to the year's work with its explanation between it and the first task's heading: the headings after it are
# tasks still, the whole-region figures restated there both target facts and pledges
def test_work_lead_with_its_explanation_before_the_first_heading():
    text = CAMPAIGNS.format(lead="8个攻坚行动").replace(
        "（一）", "开展8个攻坚行动，是市委作出的重大决策，每一个攻坚行动都要明确目标、压实责任、挂图作战。\n"
                 "我们要以攻坚突破的姿态推动高质量发展。\n（一）", 1).replace("新增市场主体10万户。", "新增市场主体10万户。实际使用外资达到30亿美元。")
    d = read(text)
    got = pledged(d)
    assert ("市场主体", 10, "万户") in got
    assert any(o.endswith("外资") and v == 30 for o, v, _ in got)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("fdi", "target", "2019", "level")) == (30, "eq")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6.5, "about")


def test_a_target_lead_after_a_work_lead_keeps_its_list():
    text = ("沈阳市政府工作报告\n——2019年1月15日在沈阳市第十六届人民代表大会第三次会议上\n\n"
            "二、2019年工作总体要求和主要目标\n做好今年工作，要重点抓好以下工作：\n今年全市经济社会发展的主要预期目标是：\n"
            "（一）经济发展目标。地区生产总值增长6.5%左右，实际使用外资达到30亿美元。\n")
    d = read(text)
    assert not any(v == 30 for _, v, _ in pledged(d))


JINAN = "济南市人民政府工作报告\n——2022年1月8日在济南市第十八届人民代表大会第一次会议上\n\n一、2021年工作回顾\n"


# a place moved to from a place among a peer group of cities named after 由 ("由全国城市第24位上升至第18位"): the rank,
# the peer group its field (the start no fact)
@pytest.mark.parametrize("sent,rank,scope", [
    ("全市地区生产总值达到11432.2亿元，经济总量由全国城市第24位上升至第18位。", 18, "全国城市"),
    ("全市地区生产总值达到11432.2亿元，经济总量由副省级城市第8位上升至第6位。", 6, "副省级城市"),
    ("全市地区生产总值达到11432.2亿元，经济总量由全国第24位上升至第18位。", 18, "全国"),
])
def test_a_place_moved_from_among_peer_cities(sent, rank, scope):
    fs = facts(JINAN + sent + "\n")
    assert val(fs, ("gdp", "actual", "2021", "rank")) == (rank, "eq")
    assert fs[("gdp", "actual", "2021", "rank")].scope == scope


def test_five_year_review_rank_moved_is_the_end_years():
    fs = facts(JINAN.replace("一、2021年工作回顾", "一、过去五年工作回顾") + "五年来，全市地区生产总值2021年达到11432.2亿元，"
               "年均增长6.3%，经济总量由全国城市第24位上升至第18位。\n")
    assert val(fs, ("gdp", "actual", "2021", "rank")) == (18, "eq")
    assert val(fs, ("gdp", "actual", "2017-2021", "growth")) == (6.3, "eq")
