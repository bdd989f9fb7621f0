"""Review of the rules for autonomous regions, prefectures and 兵团 reports (branch holdminority): where they must
not fire on the reports and news of ordinary provinces, cities and counties."""
from __future__ import annotations

import pytest

import planwatch

_BODY = "\n各位代表：\n一、2023年工作回顾\n{lw}地区生产总值增长6.5%。\n二、2024年工作安排\n今年{lw}地区生产总值增长6%左右。\n"


def region(text: str):
    return planwatch.read_text(text, "t.txt").meta.region_code


# a higher congress's session named first in a lead, the news's own one after it: the dateline's city is the news's
@pytest.mark.parametrize("lead, lw, code", [
    ("南宁日报南宁1月8日讯 在自治区十四届人大二次会议召开前夕，市十五届人大四次会议8日开幕。", "全市", "450100"),
    ("本报长沙1月8日讯 在省十四届人大二次会议召开前夕，市十六届人大四次会议8日开幕。", "全市", "430100"),
    ("银川日报银川1月8日讯 在自治区十三届人大二次会议召开前夕，兴庆区六届人大四次会议8日开幕。", "全区", "640104"),
    ("本报库尔勒1月5日讯 在州十五届人大五次会议召开之际，市十七届人大三次会议5日开幕。", "全市", "652801"),
    ("本报伊宁1月5日讯 在州十五届人大五次会议召开之际，伊宁县十七届人大三次会议5日开幕。", "全县", "654021"),
])
def test_a_higher_session_mentioned_before_the_own_one(lead, lw, code):
    assert region("政府工作报告\n" + lead + _BODY.format(lw=lw)) == code


@pytest.mark.parametrize("lead, lw, code", [
    ("广西日报南宁1月23日讯 自治区十四届人大二次会议23日开幕。", "全区", "450000"),
    ("西藏日报拉萨1月10日讯 自治区十二届人大二次会议开幕。", "全区", "540000"),
    ("本报杭州1月23日讯 省十四届人大二次会议开幕。", "全省", "330000"),
    ("恩施日报恩施1月8日讯 州八届人大四次会议开幕。", "全州", "422800"),
    ("甘孜日报康定1月8日讯 州十二届人大四次会议开幕。", "全州", "513300"),
    ("兴安日报乌兰浩特1月8日讯 盟十届人大三次会议开幕。", "全盟", "152200"),
    # the seat's own session stays the seat's
    ("本报乌兰浩特1月8日讯 市十届人大三次会议开幕。", "全市", "152201"),
    ("恩施日报恩施1月6日讯 市九届人大四次会议开幕。", "全市", "422801"),
    ("拉萨日报拉萨1月5日讯 市十二届人大四次会议开幕。", "全市", "540100"),
])
def test_the_anonymous_session_of_the_lead_is_the_news(lead, lw, code):
    assert region("政府工作报告\n" + lead + _BODY.format(lw=lw)) == code


# a short name before 政府 in a title names a region only where one current region holds it, or one of its holders
# alone is of the kind the report's own level word says (decision 149: 长沙 with 全市 is 长沙市, not 长沙县); a site's
# name after a county's title leaves the county the region
@pytest.mark.parametrize("title, lw, code", [
    ("通州政府工作报告", "全区", None), ("鼓楼政府工作报告", "全区", None), ("和平政府工作报告", "全区", None),
    ("新华政府工作报告", "全区", None), ("长沙政府工作报告", "全市", "430100"), ("长沙政府工作报告", "全县", "430121"),
    # (a level word is no short name: 全州 is 全州县's short name too)
    ("全州政府工作报告", "全州", None), ("全州人民政府工作报告", "全州", None),
    ("2024年东胜区政府工作报告_鄂尔多斯政府网", "全区", "150602"),
    ("2024年喀喇沁旗政府工作报告 - 赤峰政府网", "全旗", "150428"),
    ("苏州政府网：2024年吴中区政府工作报告", "全区", "320506"),
    ("2024年锡盟政府工作报告（全文）", "全盟", "152500"),
])
def test_short_names_before_the_government_in_titles(title, lw, code):
    assert region(title + _BODY.format(lw=lw)) == code


def facts(text: str, region_name: str = "拉萨市"):
    d = planwatch.read_text(text, "t.txt", overrides={"report_year": 2024, "region": region_name})
    return {(f.indicator, f.role, f.period, f.measure): (f.value, f.qualifier) for f in d.facts}


def test_a_target_list_under_a_targets_and_tasks_title_stays_facts():
    d = planwatch.read_text("一、2023年工作回顾\n全市地区生产总值增长6%。\n二、2024年工作总体要求和目标任务\n今年经济社会发展的"
                            "主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人，新增农村劳动力转移就业2万人，粮食产量稳定在"
                            "300万吨以上。\n三、2024年重点工作\n（一）推进新型工业化。实施工业项目200个。\n", "t.txt",
                            overrides={"report_year": 2024, "region": "遵义市"})
    fs = {(f.indicator, f.role, f.period, f.measure): (f.value, f.qualifier) for f in d.facts}
    assert fs[("urban_new_jobs", "target", "2024", "level")] == (5, "eq")
    assert fs[("rural_labor_transfer", "target", "2024", "level")] == (2, "eq")
    assert fs[("grain_output", "target", "2024", "level")] == (300, "at_least")
    assert [p.object for p in d.pledges] == ["工业项目"]


def test_several_groups_incomes_beside_the_headline_ones():
    fs = facts("一、2023年工作回顾\n全体居民人均可支配收入32150元、增长6.8%，其中城镇居民人均可支配收入45280元、增长5.9%，农村居民"
               "人均可支配收入18730元、增长8.1%；牧民人均可支配收入22000元，边民人均可支配收入增长12%。\n二、2024年工作安排\n"
               "今年主要预期目标是：地区生产总值增长6%左右。\n")
    assert fs[("disposable_income", "actual", "2023", "level")] == (32150, "eq")
    assert fs[("disposable_income", "actual", "2023", "growth")] == (6.8, "eq")
    assert fs[("rural_disposable_income", "actual", "2023", "level")] == (18730, "eq")
    assert len([k for k in fs if k[0].endswith("disposable_income")]) == 6


def test_double_digit_growth_beside_a_figure_keeps_the_figure():
    fs = facts("一、2023年工作回顾\n固定资产投资增长12.5%，连续三年保持两位数增长。\n二、2024年工作安排\n今年主要预期目标是："
               "固定资产投资增长10%以上，保持两位数增长。\n")
    assert fs[("fixed_asset_investment", "actual", "2023", "growth")] == (12.5, "eq")
    assert fs[("fixed_asset_investment", "target", "2024", "growth")] == (10, "at_least")
