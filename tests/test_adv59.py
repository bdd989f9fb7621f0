"""An adversarial review of decisions 450, 451, 457 and 458, blind (adv59, decision 459): a 目标任务 part whose paragraphs
after the list are really the tasks (numbered task items with no lead word, or a lead in words the lead list lacks, "着力
抓好四个方面：") restates a target as a task, a pledge too, and a division's rate there, far from the targets, is pledged
as a task is; a 数读 card page's figure first over a caption naming the urban and rural pair ("6%\n城乡居民收入增长") gives
both facts; a share card's change in points set as a card of its own under it, signed, its caption only the change's words
("3.35%\n研发经费投入强度\n+0.21个百分点\n较上年提高"), is the share's pp_change. The look-alikes keep what they gave
(decision 457's restated rates and divisions' rates, the list's own lead naming 方面, a sub-part of the targets, a card
page's figure-first change in points with its own name, a signed points line over a card that names first)."""
import pytest


from factkeys import fact_items, read


def _doc(text: str, name: str = "t.txt"):
    return read(text, name)  # (factkeys: every fact's and pledge's quote checked against the text)


def _facts(text: str) -> set[tuple[str, str, str, str, float]]:
    return fact_items(_doc(text))


def _pledged(text: str) -> set[tuple[float, str]]:
    return {(p.value, p.unit) for p in _doc(text).pledges}


def _report(after_list: str) -> str:
    return ("某某区2021年政府工作报告\n——在某某区第二届人民代表大会第六次会议上\n\n一、2020年工作回顾\n"
            "过去一年，全区地区生产总值增长4.6%。\n\n二、2021年目标任务\n今年全区经济社会发展的主要预期目标是：地区生产总值增长"
            "8%左右，规模以上工业增加值增长9%，固定资产投资增长10%，社会消费品零售总额增长9%。\n"
            f"{after_list}\n")


_RESTATED = "为实现上述目标，全区新建5G基站600个，开工改造老旧小区45个。宋家镇要做强特色产业，农村居民人均可支配收入增长10%。\n"


# 1. the tasks inside a 目标任务 part (failed on the base: the restated rate and the division's were dropped as targets)
@pytest.mark.parametrize("after_list, rate", [
    # numbered task items right after the paragraph restating the targets, no lead at all
    (_RESTATED + "（一）做强工业主导。规模以上工业增加值增长9%，新培育规上工业企业40家。\n（二）扩大有效投资。实施重点项目150个。",
     (9, "%")),
    # a lead in words the lead list lacks, the items numbered as sub-parts
    (_RESTATED + "围绕上述目标，着力抓好四个方面：\n（一）推进城乡融合。白沙湾街道要加快老城更新，社会消费品零售总额增长12%；"
     "新建改建农村公路120公里。\n（二）办好民生实事。新建幼儿园6所。", (12, "%")),
    # the same lead with its items in one paragraph ("一是…；二是…")
    (_RESTATED + "围绕上述目标，着力抓好四个方面：一是做强工业，规模以上工业增加值增长9%，新培育规上工业企业40家；二是扩大投资，"
     "实施重点项目150个。", (9, "%")),
    ("围绕上述目标，突出抓好三个方面：一是做强工业，规模以上工业增加值增长9%，新培育规上工业企业40家；二是扩大投资，实施重点"
     "项目150个。", (9, "%")),
])
def test_targets_tasks_part_items_pledged(after_list, rate):
    text = _report(after_list)
    pledged = _pledged(text)
    assert rate in pledged
    assert (40, "家") in pledged or (120, "公里") in pledged
    if after_list.startswith(_RESTATED):  # (the paragraph before the tasks: as decision 457 read it)
        assert (600, "个") in pledged and (10, "%") not in pledged
    assert ("industrial_va", "target", "2021", "growth", 9) in _facts(text)


# 2. look-alikes: the paragraphs restating the targets before any lead (decision 457) stay unpledged
@pytest.mark.parametrize("after_list", [
    _RESTATED,
    _RESTATED + "（一）主要预期目标。全区规模以上工业增加值增长9%，新培育规上工业企业40家。",
    "综合考虑各方面因素，全区将新建5G基站600个。宋家镇要做强特色产业，农村居民人均可支配收入增长10%。",
])
def test_targets_paragraphs_unchanged(after_list):
    pledged = _pledged(_report(after_list))
    assert (600, "个") in pledged or (40, "家") in pledged
    assert (10, "%") not in pledged and (9, "%") not in pledged


def test_tasks_part_division_rate_pledged():
    """A division asked for a rate in a part of the tasks alone: pledged, on the base as after."""
    text = ("某某区2021年政府工作报告\n\n一、2020年工作回顾\n过去一年，全区地区生产总值增长4.6%。\n\n二、2021年重点工作\n"
            "（一）推进城乡融合。白沙湾街道要加快老城更新，社会消费品零售总额增长12%；新建改建农村公路120公里。\n")
    assert {(12, "%"), (120, "公里")} <= _pledged(text)


_CARDS = "一图读懂｜2024年某某市政府工作报告\n2024-01-19 08:45　来源：某某发布\n\n【2023年成绩单】\n地区生产总值\n2055.6亿元\n+6.1%\n\n"


# 3. a figure-first card naming the urban and rural pair (failed on the base: no fact for either)
@pytest.mark.parametrize("caption", ["城乡居民收入增长", "城乡居民人均可支配收入增长"])
def test_pair_caption_figure_first(caption):
    text = _CARDS + f"【2024年主要目标】\n6.5%左右\n地区生产总值增长\n6%\n{caption}\n5%\n一般公共预算收入增长\n"
    facts = _facts(text)
    assert {("urban_disposable_income", "target", "2024", "growth", 6), ("rural_disposable_income", "target", "2024", "growth", 6),
            ("gdp", "target", "2024", "growth", 6.5), ("general_budget_revenue", "target", "2024", "growth", 5)} <= facts


@pytest.mark.parametrize("caption, ids", [("城镇居民人均可支配收入增长", {"urban_disposable_income"}),
                                          ("居民人均可支配收入增长", {"disposable_income"})])
def test_one_name_caption_unchanged(caption, ids):
    text = _CARDS + f"【2024年主要目标】\n6.5%左右\n地区生产总值增长\n6%\n{caption}\n5%\n一般公共预算收入增长\n"
    got = {f[0] for f in _facts(text) if f[1] == "target" and f[4] == 6}
    assert got == ids


# 4. a share's change in points as a card of its own under it (failed on the base: the block lost, or the points)
@pytest.mark.parametrize("change", ["+0.21个百分点", "0.21个百分点", "＋0.21个百分点"])
def test_share_points_card_under_share(change):
    text = _CARDS + f"【创新和绿色】\n3.35%\n研发经费投入强度\n{change}\n较上年提高\n-4.1%\n单位生产总值能耗\n"
    facts = _facts(text)
    assert {("rnd_intensity", "actual", "2023", "share", 3.35), ("rnd_intensity", "actual", "2023", "pp_change", 0.21),
            ("energy_intensity", "actual", "2023", "growth", -4.1)} <= facts


def test_growth_card_under_level_unchanged():
    """A change-only caption under an amount's card ("5.9%\n比上年增长") stays its growth, the card after it its own."""
    text = ("一图读懂｜2024年某某市政府工作报告\n\n【2023年成绩单】\n3512.6亿元\n地区生产总值\n5.9%\n比上年增长\n"
            "1.3万人\n城镇新增就业\n")
    facts = _facts(text)
    assert {("gdp", "actual", "2023", "level", 3512.6), ("gdp", "actual", "2023", "growth", 5.9),
            ("urban_new_jobs", "actual", "2023", "level", 1.3)} <= facts


def test_signed_points_cards_unchanged():
    """A signed points line that is the next card's figure, its name after it, and one over a card that names first."""
    text = (_CARDS + "数字经济核心产业增加值\n312.4亿元\n+9.8%\n+0.6个百分点\n一般公共预算收入\n128.4亿元\n+5.3%\n\n【民生】\n"
            "城镇常住居民人均可支配收入\n94560元\n+4.6%\n+0.4个百分点\n常住人口城镇化率\n2.3万人\n城镇新增就业\n")
    facts = _facts(text)
    assert {("general_budget_revenue", "actual", "2023", "level", 128.4), ("general_budget_revenue", "actual", "2023", "growth", 5.3),
            ("urbanization_rate", "actual", "2023", "pp_change", 0.4), ("urban_new_jobs", "actual", "2023", "level", 2.3)} <= facts
    assert not any(f[0] == "general_budget_revenue" and f[3] == "pp_change" for f in facts)


@pytest.mark.parametrize("end", ["", "\n"])
def test_share_points_card_alone(end):
    """The share and its signed points the block's only figures, the page's last line with or without its break."""
    text = "一图读懂｜2024年某某市政府工作报告\n\n【2023年成绩单】\n3.35%\n研发经费投入强度\n+0.21个百分点\n较上年提高" + end
    assert {("rnd_intensity", "actual", "2023", "share", 3.35), ("rnd_intensity", "actual", "2023", "pp_change", 0.21)} <= _facts(text)


def test_signed_points_over_named_card_unchanged():
    """A share's signed points under its name, over the next card that names first ("+0.6个百分点\n空气质量优良天数\n358天",
    adv57's 晋江市): no change of that name's, its level kept."""
    text = (_CARDS + "一般公共预算收入\n156.2亿元\n+8.4%\n+10.3%\n规上工业增加值\n71.2%\n常住人口城镇化率\n+0.6个百分点\n"
            "空气质量优良天数\n358天\n")
    facts = _facts(text)
    assert ("good_air_days", "actual", "2023", "level", 358) in facts
    assert not any(f[0] == "good_air_days" and f[3] == "pp_change" for f in facts)


_REVIEW = ("某某省2016年计划执行情况与2017年计划草案的报告\n——2017年1月13日在某某省第十二届人民代表大会第五次会议上\n\n"
           "一、2016年计划执行情况\n2016年，全省地区生产总值28519.2亿元，增长8.4%，")


# 5. last year's target set at the year's start written as a range, or the result said to lie in it (failed on the base)
@pytest.mark.parametrize("clause", ["年初确定的8.5%—9%的预期目标基本实现。", "年初确定的8.5－9%预期目标基本实现。",
                                    "处于年初确定的8.5－9%预期目标区间的下沿。", "处于年初确定的8.5%—9%的预期目标区间。"])
def test_last_years_range_target(clause):
    doc = _doc(_REVIEW + clause + "\n")
    got = {(f.indicator, f.role, f.period, f.measure, f.value, f.value_high) for f in doc.facts}
    assert {("gdp", "target", "2016", "growth", 8.5, 9), ("gdp", "actual", "2016", "growth", 8.4, None)} <= got


@pytest.mark.parametrize("clause, target", [("年初确定的8.5%的预期目标基本实现。", 8.5), ("处于8.5%—9%的预期目标区间下沿。", 8.5),
                                            ("低于年初确定的8.5－9%的预期目标。", 8.5)])
def test_last_years_target_unchanged(clause, target):
    facts = _facts(_REVIEW + clause + "\n")
    assert ("gdp", "target", "2016", "growth", target) in facts and ("gdp", "actual", "2016", "growth", 8.4) in facts
