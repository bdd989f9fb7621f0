"""Session 16 blind13: classes found on whole reports of kinds the development set lacks (an autonomous
prefecture, a county-level city, a banner): a target named by the distance to it, several levels handing a
qualitative target down, a prefecture's seat city as a part of it, 新批 as a pledge's verb."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2019年工作回顾\n"
TARGETS = "二、2020年主要目标\n今年经济社会发展的主要预期目标是："
TASKS = "三、2020年重点工作\n（一）深化改革扩大开放。"


def pledges(text: str, **meta):
    import planwatch
    doc = planwatch.read_text(text, "t.txt", overrides=meta or None)
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.action, p.object, p.value, p.unit) for p in doc.pledges}


# last year's target named by how far the result stayed from it (离/距/距离 + the time it was set): its target
@pytest.mark.parametrize("sent", [
    "固定资产投资同比下降12.6%，离年初“增长10%”的预期目标差距明显。",
    "固定资产投资同比下降12.6%，离年初增长10%的预期目标差距明显。",
    "固定资产投资下降幅度较大，离年初“增长10%”的预期目标差距明显，主要是部分项目手续办理滞后。",
    "固定资产投资下降幅度较大，离年初确定的增长10%的预期目标差距明显。",
    "固定资产投资下降幅度较大，距年度增长10%的目标差距较大。",
])
def test_a_target_named_by_the_distance_to_it_is_last_years(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert val(fs, ("fixed_asset_investment", "target", "2019", "growth")) == (10, "eq")
    assert ("fixed_asset_investment", "target", "2020", "growth") not in fs
    if "12.6" in sent:
        assert val(fs, ("fixed_asset_investment", "actual", "2019", "growth")) == (-12.6, "eq")


@pytest.mark.parametrize("sent", [
    "地区生产总值增长5.2%，离全省平均水平还差0.8个百分点。",  # a gap to an average, no target
    "城镇化率达到55%，距全省平均水平62%仍有差距。",  # an average, not a target
    "城镇化率达到55%，离开发区规划目标还有差距。",  # no figure of the target
])
def test_a_distance_to_no_target_sets_none(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert not any(k[1] == "target" for k in fs)
    assert any(k[1] == "actual" and k[2] == "2019" for k in fs)


# a qualitative target handed down by several levels, joined by 、 or 和, before the name
@pytest.mark.parametrize("sent,iid", [
    ("地区生产总值增长6%左右，完成自治区和市下达的节能减排任务。", "energy_intensity"),
    ("地区生产总值增长6%左右；完成省、苏州市下达的节能减排和环境质量目标任务。", "energy_intensity"),
    ("地区生产总值增长6%左右，完成国家和省下达的单位生产总值能耗下降目标。", "energy_intensity"),
    ("地区生产总值增长6%左右，完成省下达的节能减排目标任务。", "energy_intensity"),  # one level: as before
])
def test_a_target_handed_down_by_several_levels_is_qualitative(sent, iid):
    fs = facts(TARGETS + sent + "\n三、重点工作\n", report_year=2020)
    f = fs[(iid, "target", "2020", "growth")]
    assert f.value is None and f.qualifier == "qualitative"
    assert f.quote.startswith("完成")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6, "about")


def test_a_result_above_the_target_handed_down_keeps_its_figure():
    # a figure of its own after the name: the setters' words before it are no qualitative target
    fs = facts(REVIEW + "完成省、市下达的节能目标，单位地区生产总值能耗下降3.5%。\n", report_year=2020)
    assert val(fs, ("energy_intensity", "actual", "2019", "growth")) == (-3.5, "eq")


# an autonomous prefecture's seat city (州城) is a part of it: its figures are not the prefecture's
@pytest.mark.parametrize("sent", [
    "州城空气质量优良天数比例达到93.2%。",
    "恩施州城空气质量优良天数比例达到93.2%。",
])
def test_the_prefectures_seat_city_is_a_part(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert ("good_air_days", "actual", "2019", "share") not in fs


@pytest.mark.parametrize("sent,key,value", [
    ("全州空气质量优良天数比例达到93.2%。", ("good_air_days", "actual", "2019", "share"), 93.2),
    ("全州城镇新增就业2.1万人。", ("urban_new_jobs", "actual", "2019", "level"), 2.1),
    ("全州城乡居民人均可支配收入分别增长8.5%和9.1%。", ("rural_disposable_income", "actual", "2019", "growth"), 9.1),
    ("贵州城镇化率达到53%。", ("urbanization_rate", "actual", "2019", "share"), 53),
])
def test_the_whole_prefecture_stays_its_own(sent, key, value):
    fs = facts(REVIEW + sent + "\n", report_year=2020)
    assert val(fs, key)[0] == value


# 新批 (newly approved) counts what the year approves: a pledge's verb
def test_newly_approved_projects_are_a_pledge():
    ps = pledges(TASKS + "新批台资项目200个，力争实际使用外资10亿美元。\n全年新批外资企业30家。\n", report_year=2020)
    assert ("新批", "台资项目", 200, "个") in ps
    assert ("新批", "外资企业", 30, "家") in ps


def test_newly_approved_in_the_review_is_no_pledge():
    ps = pledges(REVIEW + "去年新批台资项目210个。\n", report_year=2020)
    assert not ps
