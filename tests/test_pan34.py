"""pan34, city and county reports of the pandemic years 2020–2023 (blind): a target given up or revised to words in
its year, a base year named as the one before the epidemic, and a plan report's byline by the head of a county's
发展和改革局 (decision 117)."""
from __future__ import annotations

import pytest
from factkeys import facts, read, val  # tests/factkeys.py

MID20 = "孝感市政府工作报告\n——2020年6月5日在孝感市第八届人民代表大会第五次会议上\n二、今年的目标任务\n"
REV21 = "淮滨县政府工作报告\n——2021年1月10日在淮滨县第十五届人民代表大会第六次会议上\n一、2020年工作回顾\n"
REV20 = ("麻城市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n——2021年3月2日在麻城市第九届人民代表大会第五次会议上\n"
         "一、2020年计划执行情况\n")


@pytest.mark.parametrize("clause", [
    "受疫情影响，年初确定的地区生产总值增长7%左右的目标已难以实现。",
    "原定的生产总值增长7.5%的预期目标无法完成，",
    "年初市人代会确定的全市生产总值增长8%、一般公共预算收入增长6%的预期目标已经难以实现，",
])
def test_target_given_up_yields_to_the_revised_one(clause):
    fs = facts(MID20 + clause + "今年主要预期目标调整为：地区生产总值努力实现正增长；城镇新增就业3万人。\n", report_year=2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (None, "qualitative")
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (3, "eq")


def test_target_given_up_with_nothing_after_leaves_none():
    fs = facts(MID20 + "受疫情冲击，年初提出的生产总值增长7.5%左右的目标已无法实现，全力以赴稳就业保民生。\n", report_year=2020)
    assert ("gdp", "target", "2020", "growth") not in fs


def test_target_kept_when_not_given_up():
    # a target the clause after it holds to, and last year's missed target told in a review, stay
    fs = facts(MID20 + "确保实现地区生产总值增长6%左右的目标不动摇，城镇新增就业3万人。\n", report_year=2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6, "about")
    fs = facts(REV20 + "全市生产总值下降4.2%，年初确定的7.5%左右的预期目标受疫情影响未能实现。\n", report_year=2021)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (7.5, "about")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (-4.2, "eq")


@pytest.mark.parametrize("item", [
    "——地区生产总值。年初预期增长7.5%，年中调整为力争正增长，实际下降4.2%。",
    "全市地区生产总值年初预期增长7%，下半年调整为争取正增长，全年实际下降4.2%。",
    "受疫情影响，年初确定的地区生产总值增长7.5%的目标年中调整为努力实现正增长，全年实际下降4.2%。",
])
def test_target_revised_to_words_leaves_no_figure_and_keeps_the_result(item):
    fs = facts(REV20 + item + "\n", report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (-4.2, "eq")
    assert ("gdp", "target", "2020", "growth") not in fs


def test_target_revised_to_a_figure_glued_still_revised():
    fs = facts(REV20 + "——地区生产总值。年初预期增长7.5%，年中调整为3%左右，实际下降4.2%。\n", report_year=2021)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (3, "about")


@pytest.mark.parametrize("comparison", ["比疫情前的2019年增长21.6%", "较疫情前2019年增长21.6%",
                                        "外贸进出口总额比疫情发生前的2019年增长21.6%"])
def test_base_year_before_the_epidemic(comparison):
    head = "江宁区政府工作报告\n——2022年1月8日在南京市江宁区第十八届人民代表大会第一次会议上\n一、2021年工作回顾\n"
    fs = facts(head + f"外贸进出口总额增长18.2%，{comparison}。\n", report_year=2022)
    assert val(fs, ("foreign_trade", "actual", "2021", "growth")) == (18.2, "eq")
    assert val(fs, ("foreign_trade", "actual", "2020-2021", "growth")) == (21.6, "eq")


@pytest.mark.parametrize("byline, name", [
    ("弥勒市发展和改革局局长  普建明", "普建明"),
    ("安宁区发展改革局局长 李明", "李明"),
    ("汉阴县发改局局长 陈峰", "陈峰"),
])
def test_plan_report_read_by_the_head_of_a_development_bureau(byline, name):
    d = read("关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n——2023年2月21日在某某市第十届人民代表大会第二次会议上\n"
             f"{byline}\n\n各位代表：\n一、2022年计划执行情况\n全市地区生产总值增长4.6%。\n")
    assert d.meta.speaker == name


def test_a_bureau_alone_is_no_speaker():
    d = read("关于2022年计划执行情况与2023年计划草案的报告\n——2023年1月5日在安宁区第二届人民代表大会第三次会议上\n"
             "安宁区发展和改革局\n各位代表：\n一、2022年计划执行情况\n全区地区生产总值增长4.6%。\n")
    assert d.meta.speaker is None


PLAN23 = ("弥勒市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
          "——2023年2月21日在弥勒市第十届人民代表大会第二次会议上\n一、2022年国民经济和社会发展计划执行情况\n全市地区生产总值增长4.6%。\n"
          "二、2023年国民经济和社会发展计划草案\n建议2023年全市经济社会发展主要预期目标为：\n")


@pytest.mark.parametrize("items", [
    "（一）地区生产总值增长7%左右；\n（二）规模以上工业增加值增长10%；\n（三）城镇新增就业4500人。\n",
    "（一）全市生产总值增长6.5%；\n（二）固定资产投资增长12%，恢复和扩大消费；\n（三）社会消费品零售总额增长9%。\n",
])
def test_target_list_numbered_as_sub_parts_gives_no_pledges(items):
    d = read(PLAN23 + items + "三、实现2023年计划的主要措施\n一是全力扩大有效投资，全年实施重点项目150个。\n")
    assert {(p.object, p.value) for p in d.pledges} == {("重点项目", 150)}
    assert ("gdp", "target", "2023", "growth") in {(f.indicator, f.role, f.period, f.measure) for f in d.facts}


def test_task_parts_after_a_lead_of_tasks_keep_their_pledges():
    d = read("某某县政府工作报告\n——2023年1月5日在某某县第十八届人民代表大会第三次会议上\n二、2023年工作安排\n"
             "今年主要预期目标是：地区生产总值增长6%左右。围绕上述目标，今年的主要目标任务是：\n"
             "（一）全力扩大有效投资。全年实施重点项目150个，新建5G基站300个。\n（二）着力恢复和扩大消费。发放消费券2000万元。\n")
    assert {(p.object, p.value) for p in d.pledges} == {("重点项目", 150), ("5G基站", 300), ("消费券", 2000)}


@pytest.mark.parametrize("opening", ["疫情防控期间，全县累计投入资金1.2亿元，", "抗疫期间，全县累计发放援企稳岗补贴3600万元，",
                                     "疫情期间，累计为企业减免房租2100万元，"])
def test_time_of_the_epidemic_control_is_the_year_reviewed(opening):
    fs = facts(REV21 + opening + "城镇新增就业6532人。\n", report_year=2021)
    assert val(fs, ("urban_new_jobs", "actual", "2020", "level")) == (6532, "eq")
    assert ("urban_new_jobs", "actual", "2016-2020", "level") not in fs


def test_three_years_of_the_epidemic_still_a_span():
    head = "东营市政府工作报告\n——2023年1月8日在东营市第九届人民代表大会第三次会议上\n一、2022年工作回顾\n"
    fs = facts(head + "三年疫情期间，全市累计新增城镇就业12.3万人。\n", report_year=2023)
    assert val(fs, ("urban_new_jobs", "actual", "2020-2022", "level")) == (12.3, "eq")
