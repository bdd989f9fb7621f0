"""What this hour's rounds left, blind (lft58, decision 457): in a part titled for the year's targets and tasks together
("二、2025年目标任务"), the paragraphs after the list restate the region's rates and ask divisions for theirs ("全州规模以上
工业增加值增长9%左右", "楚雄市要…，地区生产总值增长7%左右", "城乡…分别增长5%和7%"): target facts, no pledges, while the count
tasks beside them stay pledges; on a card page, a signed change under a card that has its change already ("+10.3%\n规上工业
增加值") is the next card's, figure first, and the share card after it ("71.2%\n常住人口城镇化率") is read figure first too.
The look-alikes keep what they gave (a verb opening the rate, the items after a lead to the tasks, a part titled 主要目标和
重点工作, a card's lone change under its level)."""
import pytest

import planwatch


def _doc(text: str):
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    return doc


def _facts(text: str) -> set[tuple[str, str, str, str, float]]:
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in _doc(text).facts}


def _pledged(text: str) -> set[tuple[float, str]]:
    return {(p.value, p.unit) for p in _doc(text).pledges}


def _report(title: str, paragraph: str) -> str:
    return ("某某州人民政府工作报告\n——在某某州第十一届人民代表大会第五次会议上\n\n一、2024年工作回顾\n"
            "过去一年，全州地区生产总值增长5.1%。\n\n"
            f"二、{title}\n今年全州经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%，"
            f"社会消费品零售总额增长6.5%。\n{paragraph}\n")


# 1. rates restated or asked of a division in a 目标任务 part's paragraph (failed on the base: each rate was pledged)
@pytest.mark.parametrize("paragraph, rates, counts", [
    ("实现上述目标，必须把稳增长摆在突出位置。全州规模以上工业增加值增长9%左右，固定资产投资增长10%，全年新建改建农村公路"
     "1000公里，开工改造棚户区8000套。", {(9, "%"), (10, "%")}, {(1000, "公里"), (8000, "套")}),
    ("大理市要发挥龙头带动作用，地区生产总值增长7%左右；祥云县要加快园区建设，规模以上工业增加值增长12%以上。新建中小学"
     "校舍12万平方米。", {(7, "%"), (12, "%")}, {(12, "万平方米")}),
    ("延边州要加快建设开放合作示范区，固定资产投资增长8%，城乡居民人均可支配收入分别增长6%、7%。全年新建改建农村公路"
     "5000公里。", {(8, "%"), (6, "%"), (7, "%")}, {(5000, "公里")}),
    ("全州城乡常住居民人均可支配收入分别增长5%和7.5%，改造城镇老旧小区45个。", {(5, "%"), (7.5, "%")}, {(45, "个")}),
])
def test_targets_part_rates_no_pledges(paragraph, rates, counts):
    text = _report("2025年目标任务", paragraph)
    got = _pledged(text)
    assert counts <= got and not rates & got


def test_targets_part_rates_are_facts():
    text = _report("2025年目标任务", "全州规模以上工业增加值增长9%左右，固定资产投资增长10%，城乡常住居民人均可支配收入分别增长"
                                     "5%和7%。楚雄市要发挥州府引领作用，地区生产总值增长7%左右。")
    facts = _facts(text)
    assert {("industrial_va", "target", "2025", "growth", 9), ("fixed_asset_investment", "target", "2025", "growth", 10),
            ("urban_disposable_income", "target", "2025", "growth", 5),
            ("rural_disposable_income", "target", "2025", "growth", 7)} <= facts
    assert ("gdp", "target", "2025", "growth", 7) not in facts  # (the division's, not the region's)


# 2. look-alikes that keep their pledges (passed on the base too)
@pytest.mark.parametrize("title, paragraph, pledged", [
    # a verb opening the rate's clause: the task it sets
    ("2025年主要目标任务", "在去年进出口总额增长8.1%的基础上，力争进出口总额增长6%；新建5G基站600个。", {(6, "%"), (600, "个")}),
    # the items after a lead to the tasks, on its own line or in the lead's sentence
    ("2025年目标任务", "围绕上述目标，重点抓好以下工作：\n一是扩大开放。外贸进出口增长10%以上，实施重点项目600个。",
     {(10, "%"), (600, "个")}),
    ("2025年目标任务", "围绕上述目标，重点抓好以下工作：一是扩大开放，外贸进出口总额增长10%以上；二是扩大投资，实施重点项目600个。",
     {(10, "%"), (600, "个")}),
    # a part titled for the targets and the year's key works, or for the year's work alone
    ("2025年主要目标和重点工作", "社会消费品零售总额增长9%，新建农村电商服务站300个。", {(9, "%"), (300, "个")}),
    ("2025年工作安排", "全州规模以上工业增加值增长9%左右，固定资产投资增长10%，全年新建改建农村公路1000公里。",
     {(9, "%"), (10, "%"), (1000, "公里")}),
])
def test_task_rates_kept(title, paragraph, pledged):
    assert pledged <= _pledged(_report(title, paragraph))


def _card(cards: str) -> str:
    return f"【图解】2023年某某省政府工作报告\n来源：某某省人民政府网\n\n2022年主要经济指标\n{cards}\n\n2023年主要目标任务\n全省地区生产总值增长6%左右。\n"


# 3. a signed change under a card that has its change, then a share card, both figure first (failed on the base: the share
# was read as the growth of the name above it, the change lost)
@pytest.mark.parametrize("cards, want", [
    ("地区生产总值\n13070.2亿元\n-1.9%\n+10.3%\n规上工业增加值\n71.2%\n常住人口城镇化率\n一般公共预算收入\n851亿元",
     {("industrial_va", "actual", "2022", "growth", 10.3), ("urbanization_rate", "actual", "2022", "share", 71.2)}),
    ("地区生产总值\n5431.6亿元\n+4.5%\n+8.2%\n规模以上工业增加值\n63.5%\n常住人口城镇化率\n一般公共预算收入\n402亿元",
     {("industrial_va", "actual", "2022", "growth", 8.2), ("urbanization_rate", "actual", "2022", "share", 63.5)}),
    ("地区生产总值\n2210.4亿元\n↑3.6%\n＋6.9%\n固定资产投资\n58.9%\n常住人口城镇化率\n一般公共预算收入\n96亿元",
     {("fixed_asset_investment", "actual", "2022", "growth", 6.9), ("urbanization_rate", "actual", "2022", "share", 58.9)}),
])
def test_second_change_figure_first(cards, want):
    facts = _facts(_card(cards))
    assert want <= facts
    assert not any(f[3] == "growth" and f[4] in (71.2, 63.5, 58.9) for f in facts)  # (the share no growth of the name above)


# 4. a card's lone change under its level stays the level's (passed on the base too)
def test_lone_change_stays_the_levels():
    facts = _facts(_card("地区生产总值\n1403.2亿元\n+4.1%\n一般公共预算收入\n85.6亿元\n+5.3%"))
    assert {("gdp", "actual", "2022", "growth", 4.1), ("general_budget_revenue", "actual", "2022", "growth", 5.3)} <= facts
