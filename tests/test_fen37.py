"""Session fen37: the documents a government issues after its report is adopted — the notice dividing the report's
targets and tasks among offices (重点工作任务分工/目标任务分解方案) and the 民生实事 lists and their 完成情况 reviews."""
from __future__ import annotations

from factkeys import keys_of, pledged, read  # tests/factkeys.py

NOTICE = ("某某县人民政府关于分解落实2018年县政府工作报告目标任务的通知\n\n各乡镇人民政府，县政府各部门：\n"
          "　　现将县政府工作报告确定的目标任务分解如下，请认真抓好落实。\n\n")


# 1. a notice's first part titled for the indicators it hands out ("一、主要经济指标"): its "名称：完成X" items are the
# year's targets, not last year's results
def test_a_notice_of_main_indicators_hands_out_targets():
    d = read(NOTICE + "　　一、主要经济指标\n　　1．地区生产总值：完成138亿元，增长7%。\n　　责任单位：县发改局\n"
             "　　2．规模以上工业增加值：完成42亿元，增长8.5%。\n　　责任单位：县工信局\n"
             "　　二、重点工作任务\n　　3．新建高标准农田2万亩。\n　　牵头单位：县农业农村局\n", "n.txt")
    fs = keys_of(d)
    assert (fs[("gdp", "target", "2018", "level")].value, fs[("gdp", "target", "2018", "growth")].value) == (138, 7)
    assert fs[("industrial_va", "target", "2018", "level")].value == 42
    assert not any(f.role == "actual" for f in d.facts)
    assert {(o, v) for o, v, _ in pledged(d)} == {("高标准农田", 2)}


def test_a_notice_of_main_development_targets_as_a_table_pledges_none_of_them():
    d = read(NOTICE + "一、主要经济社会发展目标\n序号 | 目标任务 | 牵头单位 | 完成时限\n"
             "1 | 地区生产总值增长7.5% | 县发改委 | 2018年12月\n2 | 固定资产投资增长12% | 县发改委 | 2018年12月\n"
             "二、重点工作任务\n序号 | 工作任务 | 牵头单位 | 完成时限\n1 | 新建农村公路120公里 | 县交通局 | 2018年11月\n", "n.txt")
    fs = keys_of(d)
    assert fs[("gdp", "target", "2018", "growth")].value == 7.5
    assert fs[("fixed_asset_investment", "target", "2018", "growth")].value == 12
    assert {(o, v) for o, v, _ in pledged(d)} == {("农村公路", 120)}


# look-alike: the indicators' part of a review, named by its year or under the review, stays results
def test_the_main_indicators_of_a_review_stay_results():
    d = read("某某县人民政府工作报告\n——2018年1月10日在某某县第十七届人民代表大会第二次会议上\n\n"
             "一、2017年工作回顾\n（一）主要经济指标。地区生产总值完成128亿元，增长7.2%。\n\n"
             "二、2018年工作安排\n全县经济社会发展的主要预期目标是：地区生产总值增长7%。\n", "r.txt")
    fs = keys_of(d)
    assert fs[("gdp", "actual", "2017", "level")].value == 128
    assert fs[("gdp", "target", "2018", "growth")].value == 7
