"""What decisions 455–458 left, blind (lft59, decision 460): a part titled for the year's targets and tasks named apart
("二、2024年主要目标和主要任务", "发展目标与重点任务", "主要目标和任务") is the 目标任务 part decision 457 read: the rates
restated or asked of a division after the list are targets, no pledges; under a 目标任务 title the items set one a line
with a dash, a bullet or a number ("- 地区生产总值增长5.5%左右", "- 单位生产总值能耗下降2%") are the year's targets too, no
pledges, their count tasks ("- 新建5G基站2000个") pledges; a share card's signed change in points under its name
("58.3%\n常住人口城镇化率\n+0.6个百分点") is its pp_change; a signed card's quote opens on its sign. The look-alikes keep
what they gave: a verb opening an item, a part titled 主要目标 or 主要目标和重点工作, a count inside the 主要预期目标 list
(no pledge, decision 3), a card with no change under it, a % line under a share card."""
import pytest


from factkeys import fact_items, read


def _doc(text: str, name: str = "t.txt"):
    return read(text, name)  # (factkeys: every fact's and pledge's quote checked against the text)


def _facts(text: str) -> set[tuple[str, str, str, str, float]]:
    return fact_items(_doc(text))


def _pledged(text: str) -> set[tuple[float, str]]:
    return {(p.value, p.unit) for p in _doc(text).pledges}


def _report(title: str, paragraph: str) -> str:
    return ("某某州2024年政府工作报告\n——在某某州第十五届人民代表大会第四次会议上\n\n一、2023年工作回顾\n"
            "过去一年，全州地区生产总值增长4.2%。\n\n"
            f"二、{title}\n今年全州经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%；"
            f"城镇调查失业率控制在5.5%以内。\n{paragraph}\n")


_PARAGRAPH = ("实现上述目标，必须牢牢扭住项目建设。全州规模以上工业增加值增长7%左右，固定资产投资增长9%，全年新建改造农村公路"
              "600公里。凯里市要发挥州府带动作用，地区生产总值增长6.5%左右。")


# 1. a title naming the targets and the tasks apart (failed on the base: the rates after the list were pledged)
@pytest.mark.parametrize("title", ["2024年主要目标和主要任务", "2024年发展目标与重点任务", "2024年主要目标和任务",
                                   "2024年主要目标和工作任务"])
def test_targets_and_tasks_apart_rates_no_pledges(title):
    text = _report(title, _PARAGRAPH)
    got = _pledged(text)
    assert (600, "公里") in got and not {(7, "%"), (9, "%"), (6.5, "%")} & got
    facts = _facts(text)
    assert {("industrial_va", "target", "2024", "growth", 7), ("fixed_asset_investment", "target", "2024", "growth", 9)} <= facts


def _card_page(title: str, items: str) -> str:
    return ("一图读懂｜2024年某某市政府工作报告\n2024-01-22 09:30　来源：某某发布\n\n【2023年发展成绩】\n地区生产总值\n4606.2亿元\n"
            f"+4.5%\n\n【{title}】\n{items}\n")


# 2. items set one a line under a 目标任务 title (failed on the base: each rate, rise or fall, was pledged)
@pytest.mark.parametrize("mark", ["- ", "• ", "——", "1."])
def test_target_list_lines_no_pledges(mark):
    items = "\n".join(mark + s for s in ("地区生产总值增长5.5%左右", "规上工业增加值增长8%", "单位生产总值能耗下降2%",
                                         "新建5G基站2000个", "改造城镇老旧小区150个"))
    text = _card_page("2024年目标任务", items)
    got = _pledged(text)
    assert {(2000, "个"), (150, "个")} <= got and not {(5.5, "%"), (8, "%"), (2, "%")} & got
    assert ("energy_intensity", "target", "2024", "growth", -2) in _facts(text)


# 3. a share card's signed change in points under its name (failed on the base: not read; an arrow's or a minus's line
# was read as the next card's figure first, and that card's figures lost too)
@pytest.mark.parametrize("line, value", [("+0.6个百分点", 0.6), ("＋1.2个百分点", 1.2), ("↑0.9个百分点", 0.9), ("-0.2个百分点", -0.2)])
def test_share_card_points_under_name(line, value):
    text = ("一图读懂｜2024年某某市政府工作报告\n\n【2023年发展成绩】\n地区生产总值\n4606.2亿元\n+4.5%\n+8.1%\n规上工业增加值\n"
            f"58.3%\n常住人口城镇化率\n{line}\n一般公共预算收入\n316.8亿元\n+5.2%\n")
    facts = _facts(text)
    assert {("urbanization_rate", "actual", "2023", "share", 58.3), ("urbanization_rate", "actual", "2023", "pp_change", value),
            ("general_budget_revenue", "actual", "2023", "level", 316.8),
            ("general_budget_revenue", "actual", "2023", "growth", 5.2)} <= facts


# 4. a signed card's quote opens on its sign (failed on the base: it opened after it)
def test_signed_card_quoted_from_sign():
    text = ("一图读懂｜2024年某某市政府工作报告\n\n【2023年发展成绩】\n地区生产总值\n4606.2亿元\n+4.5%\n+8.1%\n规上工业增加值\n"
            "58.3%\n常住人口城镇化率\n")
    quotes = {f.indicator: f.quote for f in _doc(text).facts if f.measure == "growth"}
    assert quotes["industrial_va"] == "+8.1%\n规上工业增加值"


# look-alikes (passed on the base and after)
def test_verb_opening_item_stays_pledged():
    items = "- 地区生产总值增长5.5%左右\n- 力争进出口总额增长6%\n- 新建5G基站2000个"
    assert {(6, "%"), (2000, "个")} <= _pledged(_card_page("2024年目标任务", items))


def test_main_targets_title_lines_pledge_nothing():
    items = "- 地区生产总值增长5.5%左右\n- 规上工业增加值增长8%\n- 单位生产总值能耗下降2%"
    assert not _pledged(_card_page("2024年主要目标", items))


def test_targets_and_key_work_title_rates_stay_pledged():
    got = _pledged(_report("2024年主要目标和重点工作", _PARAGRAPH))
    assert {(7, "%"), (9, "%"), (600, "公里")} <= got


def test_count_inside_target_list_no_pledge():
    text = _report("2024年目标任务", "全年新建改造农村公路600公里。").replace("一般公共预算收入增长3%；", "一般公共预算收入增长3%；开工改造棚户区5000套；")
    got = _pledged(text)
    assert (600, "公里") in got and (5000, "套") not in got


def test_share_card_without_change():
    text = ("一图读懂｜2024年某某市政府工作报告\n\n【2023年发展成绩】\n地区生产总值\n4606.2亿元\n+4.5%\n+8.1%\n规上工业增加值\n"
            "58.3%\n常住人口城镇化率\n一般公共预算收入\n316.8亿元\n+5.2%\n")
    facts = _facts(text)
    assert ("urbanization_rate", "actual", "2023", "share", 58.3) in facts
    assert not any(f[0] == "urbanization_rate" and f[3] == "pp_change" for f in facts)
    assert ("general_budget_revenue", "actual", "2023", "growth", 5.2) in facts


def test_percent_line_under_share_card_not_points():
    text = ("一图读懂｜2024年某某市政府工作报告\n\n【2023年发展成绩】\n58.3%\n常住人口城镇化率\n+8.1%\n规上工业增加值增速\n")
    facts = _facts(text)
    assert not any(f[0] == "urbanization_rate" and f[3] == "pp_change" for f in facts)
