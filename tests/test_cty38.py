"""cty38: whole county reports of 2016–2018, blind (decision 182): a flow's share in a paragraph of one year inside the
review of an ended plan is that year's; a review's item numbered as the parts are is no part; the relocations and the
new round of 退耕还林 of the 脱贫攻坚 years are named whole."""
from __future__ import annotations

import pytest
from factkeys import facts, read  # tests/factkeys.py


def head(year: int) -> str:
    return f"XX县政府工作报告\n——{year}年1月15日在XX县第十七届人民代表大会第五次会议上\n\n"


@pytest.mark.parametrize("year, plan, body, period", [
    # the year's paragraph under the plan's review: its share is the year's, as its level is
    (2016, "十二五", "2015年，全县地区生产总值增长8.6%。财政用于民生的支出21.4亿元，占一般公共预算支出的77.9%。", "2015"),
    (2021, "十三五", "一年来，我们着力抓了以下工作：一是稳增长。三是惠民生。民生支出46.2亿元，占一般公共预算支出的比重达到81.6%。", "2020"),
    # a paragraph on the five years, or with no year of its own, keeps the plan's span
    (2021, "十三五", "五年来，民生支出占一般公共预算支出的比重保持在80%以上。", "2016-2020"),
    (2016, "十二五", "民生支出累计达到96亿元，占一般公共预算支出的76.5%。", "2011-2015"),
])
def test_a_flows_share_in_the_plans_review_takes_the_years_cue(year, plan, body, period):
    text = head(year) + f"一、“{plan}”发展回顾\n    过去五年，我们圆满完成了“{plan}”规划确定的主要目标任务。\n    {body}\n"
    fs = facts(text, report_year=year)
    shares = [k for k in fs if k[0] == "livelihood_expenditure" and k[3] == "share"]
    assert shares == [("livelihood_expenditure", "actual", period, "share")], sorted(fs)


FILLER = "坚持把脱贫攻坚作为头等大事和第一民生工程，层层压实责任，精准施策发力，各项工作取得明显成效，群众获得感不断增强。"


def review(items: list[str]) -> str:
    return (head(2018) + "一、2017年政府工作回顾\n    2017年，全县地区生产总值增长7.6%。\n"
            + "".join(f"    {item}\n" for item in items)
            + "    我们也清醒地认识到，发展中还存在不少困难和问题。\n\n"
            "二、2018年工作安排\n    全县经济社会发展的主要预期目标是：地区生产总值增长7.5%。\n    重点抓好以下工作：\n"
            "    （一）打好脱贫攻坚战。完成农村危房改造2000户。\n")


@pytest.mark.parametrize("items", [
    # items run on into their long paragraphs: only the government's own item reads as a part by its words
    ["一、脱贫攻坚全力推进。" + FILLER + "全年实现1.6万贫困人口脱贫。",
     "二、项目建设扎实有力。" + FILLER + "全年完成投资38亿元。",
     "七、政府建设持续加强。" + FILLER + "办理人大代表建议和政协委员提案152件，办结率100%。"],
    # items titled on lines of their own, numbered from 一、 again under the review's title
    ["一、脱贫攻坚全力推进", "全年实现1.6万贫困人口脱贫，新建扶贫车间8个。",
     "二、项目建设扎实有力", "全年实施重点项目86个，完成投资38亿元。",
     "三、作风建设不断加强", "全年精简各类会议120个，压减文件15%。"],
])
def test_a_review_item_numbered_as_a_part_is_the_reviews(items):
    d = read(review(items), report_year=2018)
    assert {(p.object, p.value) for p in d.pledges} == {("农村危房改造", 2000)}
    # the year's targets and the review's figure keep their roles
    fs = {(f.indicator, f.role, f.period) for f in d.facts}
    assert {("gdp", "actual", "2017"), ("gdp", "target", "2018")} <= fs


def test_a_review_of_one_item_leaves_the_plans_part():
    # "一、…" then "二、2018年工作安排": the plan's part follows on the item's number, and stays a part
    d = read(review(["一、脱贫攻坚全力推进", "全年实现1.6万贫困人口脱贫。"]), report_year=2018)
    assert {(p.object, p.value) for p in d.pledges} == {("农村危房改造", 2000)}
    assert ("gdp", "target", "2018") in {(f.indicator, f.role, f.period) for f in d.facts}


def test_the_governments_own_part_after_the_plan_still_pledges():
    text = (head(2018) + "一、2017年政府工作回顾\n    2017年，全县地区生产总值增长7.6%。\n\n"
            "二、2018年工作安排\n    重点抓好以下工作：\n    （一）打好脱贫攻坚战。完成农村危房改造2000户。\n\n"
            "三、加强政府自身建设。严格执行中央八项规定精神，一般性支出压减5%以上。\n")
    d = read(text, report_year=2018)
    assert ("一般性支出", 5) in {(p.object, p.value) for p in d.pledges}


@pytest.mark.parametrize("sentence, expected", [
    ("二是完成高山生态扶贫搬迁2600户9800人。", ("完成", "高山生态扶贫搬迁", 2600, "户")),
    ("实施扶贫生态移民搬迁1.2万人，建成安置点8个。", ("实施", "扶贫生态移民搬迁", 1.2, "万人")),
    ("完成地质灾害避险搬迁800户。", ("完成", "地质灾害避险搬迁", 800, "户")),
    ("实施新一轮退耕还林6万亩。", ("实施", "新一轮退耕还林", 6, "万亩")),
    ("完成新一轮退耕还林还草4.5万亩。", ("完成", "新一轮退耕还林还草", 4.5, "万亩")),
    ("年内搬迁入住1800户7200人。", ("搬迁入住", "搬迁入住", 1800, "户")),
    ("完成易地扶贫搬迁入住960户。", ("完成", "易地扶贫搬迁入住", 960, "户")),
    ("确保贫困发生率降到3%以下。", ("降到", "贫困发生率", 3, "%")),
])
def test_the_relocations_and_the_new_round_are_named_whole(sentence, expected):
    text = head(2017) + "二、2017年工作安排\n    重点抓好以下工作：\n    （一）打好脱贫攻坚战。" + sentence + "\n"
    d = read(text, report_year=2017)
    assert expected in {(p.action, p.object, p.value, p.unit) for p in d.pledges}, \
        [(p.action, p.object, p.value, p.unit) for p in d.pledges]


def test_a_part_of_the_year_numbered_out_of_turn_stays_a_part():
    # the copy lost "二、": "三、2018年主要预期目标。今年…" names its year, a part whatever its number
    text = (head(2018) + "一、2017年政府工作回顾\n    2017年，全县地区生产总值增长7.6%。\n"
            "三、2018年主要预期目标。今年全县经济社会发展的主要预期目标是：地区生产总值增长7.5%，城镇新增就业3000人。\n"
            "四、2018年重点工作。完成农村危房改造2000户。\n")
    fs = facts(text, report_year=2018)
    assert ("gdp", "target", "2018", "growth") in fs and ("urban_new_jobs", "target", "2018", "level") in fs
