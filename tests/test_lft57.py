"""What this hour's rounds left, blind (lft57, decision 456): a card page's fall written with its figure first, by its
sign ("−5.2%\n单位生产总值能耗") or by its arrow ("↓3.1%\n单位地区生产总值二氧化碳排放"), is a fall; in a review, two
plan/result pairs in one sentence each joined by 、 ("…预期增长8.5%、实际增长8.1%，一般公共预算收入预期增长6%、实际增长
6.6%") are last year's target and result, the second as the first. The look-alikes keep what they gave (a rise's figure
first, a card that names first, pairs joined by commas, a lone pair, this year's targets joined by 、)."""
import pytest

import planwatch


def _facts(text: str) -> set[tuple[str, str, str, str, float]]:
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


def _card(items: str) -> str:
    return ("图解｜2021年某某市政府工作报告\n2021-02-03 09:12　来源：某某日报\n\n【2020年成绩单】\n地区生产总值\n1403.2亿元\n+4.1%\n"
            f"一般公共预算收入\n85.6亿元\n+5.3%\n\n【绿色发展】\n{items}\n\n【2021年目标任务】\n地区生产总值增长8%左右。\n")


def _review(sentence: str) -> str:
    return ("某某市人民政府工作报告\n——2018年1月在某某市第十五届人民代表大会第三次会议上\n\n一、2017年工作回顾\n"
            f"2017年，全市经济稳中有进。{sentence}\n\n二、2018年目标任务\n全市地区生产总值增长8%左右。\n")


# 1. a card's fall with its figure first, by a sign or an arrow (failed on the base: the sign's figure was the caption
# above's, or no fact; the arrow's figure was read as a rise)
@pytest.mark.parametrize("items, want", [
    ("−5.2%\n单位生产总值能耗\n↓3.1%\n单位地区生产总值二氧化碳排放\n48.6%\n森林覆盖率",
     {("energy_intensity", "actual", "2020", "growth", -5.2), ("carbon_intensity", "actual", "2020", "growth", -3.1)}),
    ("-4.6%\n单位地区生产总值能耗\n↓2.8%\n单位地区生产总值二氧化碳排放量\n12.5%\n研发经费投入增长",
     {("energy_intensity", "actual", "2020", "growth", -4.6), ("carbon_intensity", "actual", "2020", "growth", -2.8)}),
    ("↓3.5%\n单位生产总值能耗\n↓4.2%\n单位地区生产总值二氧化碳排放\n46.1%\n森林覆盖率",
     {("energy_intensity", "actual", "2020", "growth", -3.5), ("carbon_intensity", "actual", "2020", "growth", -4.2)}),
])
def test_card_fall_figure_first(items, want):
    assert want <= _facts(_card(items))


# 2. look-alikes: a rise's figure first, a share after a fall, the cards that name first above them (passed on both)
@pytest.mark.parametrize("items, want", [
    ("↑8.2%\n规模以上工业增加值\n9.6%\n固定资产投资增长\n48.6%\n森林覆盖率",
     {("industrial_va", "actual", "2020", "growth", 8.2), ("forest_coverage", "actual", "2020", "share", 48.6)}),
])
def test_card_rise_figure_first_kept(items, want):
    got = _facts(_card(items))
    assert want <= got
    assert {("gdp", "actual", "2020", "growth", 4.1), ("general_budget_revenue", "actual", "2020", "growth", 5.3)} <= got


# 3. two plan/result pairs, each joined by 、 (failed on the base: the second pair's plan was this year's target, its
# result lost)
@pytest.mark.parametrize("sentence, want", [
    ("地区生产总值预期增长8.5%、实际增长8.1%，一般公共预算收入预期增长6%、实际增长6.6%。",
     {("general_budget_revenue", "target", "2017", "growth", 6), ("general_budget_revenue", "actual", "2017", "growth", 6.6)}),
    ("地区生产总值预期增长8.5%、实际增长8.1%；规模以上工业增加值预期增长8%、实际增长7.6%。",
     {("industrial_va", "target", "2017", "growth", 8), ("industrial_va", "actual", "2017", "growth", 7.6)}),
    ("一般公共预算收入预期增长7%、实际增长7.4%，固定资产投资预期增长12%、实际增长13.1%。",
     {("fixed_asset_investment", "target", "2017", "growth", 12), ("fixed_asset_investment", "actual", "2017", "growth", 13.1)}),
])
def test_two_pairs_joined_by_dun(sentence, want):
    got = _facts(_review(sentence))
    assert want <= got
    assert not any(k[1] == "target" and k[2] == "2018" and k[0] != "gdp" for k in got)


# 4. look-alikes: pairs joined by commas, one pair alone, and this year's targets joined by 、 (passed on both)
@pytest.mark.parametrize("sentence, want", [
    ("地区生产总值预期增长8.5%，实际增长8.1%，一般公共预算收入预期增长6%，实际增长6.6%。",
     {("general_budget_revenue", "target", "2017", "growth", 6), ("general_budget_revenue", "actual", "2017", "growth", 6.6)}),
    ("一般公共预算收入预期增长6%、实际增长6.6%。",
     {("general_budget_revenue", "target", "2017", "growth", 6), ("general_budget_revenue", "actual", "2017", "growth", 6.6)}),
])
def test_pairs_kept(sentence, want):
    assert want <= _facts(_review(sentence))


def test_this_years_targets_joined_by_dun_kept():
    text = ("某某市2018年政府工作报告\n\n一、2017年工作回顾\n全市经济稳中有进。\n\n二、2018年目标任务\n主要预期目标是：地区生产总值增长8%左右、一般公共预算收入增长7%、"
            "固定资产投资增长13%。\n")
    assert {("gdp", "target", "2018", "growth", 8), ("general_budget_revenue", "target", "2018", "growth", 7),
            ("fixed_asset_investment", "target", "2018", "growth", 13)} <= _facts(text)


# 5. the level above's target, then the region's result with the indicator's name left out: the GDP's result (failed on
# the base: no fact)
@pytest.mark.parametrize("sentence, want", [
    ("全市经济稳中向好，全省目标为8%，我市实际增长8.3%，高于全省平均水平。", ("gdp", "actual", "2017", "growth", 8.3)),
    ("经济运行总体平稳。全省目标为7.5%，我县实际增长7.9%。", ("gdp", "actual", "2017", "growth", 7.9)),
    ("面对下行压力，全市目标为10%，我区实际增长10.6%。", ("gdp", "actual", "2017", "growth", 10.6)),
])
def test_result_after_level_above_target(sentence, want):
    got = _facts(_review(sentence))
    assert want in got
    assert not any(k[0] == "gdp" and k[1] == "target" and k[2] == "2017" for k in got)  # (the province's target is none)


# 6. look-alikes: the target's clause naming its own indicator keeps the figure that indicator's, or none the GDP's
# (passed on both)
@pytest.mark.parametrize("sentence, absent", [
    ("规模以上工业增加值全省目标为8%，我市实际增长9.2%。", ("gdp", "actual", "2017", "growth", 9.2)),
    ("全省目标为8%，我市规模以上工业增加值实际增长9.2%。", ("gdp", "actual", "2017", "growth", 9.2)),
])
def test_named_target_kept(sentence, absent):
    assert absent not in _facts(_review(sentence))
