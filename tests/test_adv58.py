"""An adversarial review of decisions 453-456, blind (adv58, decision 458): a level above's target cited, then the region's
own result (“全省目标为5%，我县实际增长7.2%”), on a page of no part titles (a report's summary, a body above its annex)
is last year's result, and so are the sentences after it; the target's figure may carry 左右/以上 and be named a growth
target; a card page's figures written first with an ASCII minus (“-2.1%\n规模以上工业增加值”) are falls, and a signed
fall under a card's amount (“131.2亿元\n-8.7%”) is that card's change, not the first of a run of figures. The look-alikes
keep what they gave (a 左右 target with the name after 我县, a review titled, a sign-free run, a name-first card)."""
import pytest

import planwatch


def _facts(text: str) -> set[tuple[str, str, str, str, float]]:
    doc = planwatch.read_text(text, "t.txt")
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


def _summary(review: str) -> str:
    return (f"某某县2024年政府工作报告（摘要）\n\n2023年，全县经济稳中有进。{review}\n\n"
            "2024年，我们将全力做好以下工作：新建标准化厂房30万平方米，改造老旧小区12个。\n")


def _cards(block: str) -> str:
    return ("一图读懂｜2023年某某市政府工作报告\n2023-02-15 10:20　来源：某某发布\n\n【2022年主要成绩】\n地区生产总值\n"
            f"2250.3亿元\n+1.6%\n一般公共预算收入\n131.2亿元\n-8.7%\n\n【工业和绿色发展】\n{block}\n\n【2023年目标任务】\n"
            "地区生产总值增长6%左右。\n")


# 1. the level above's target, then the region's result, on a page of no titles (failed on the base: the result and
# the sentences after it read as 2024's targets, or the result lost)
@pytest.mark.parametrize("review, want", [
    ("全省目标为5%，我县实际增长7.2%。规模以上工业增加值增长9.5%。",
     {("gdp", "actual", "2023", "growth", 7.2), ("industrial_va", "actual", "2023", "growth", 9.5)}),
    ("全省目标为5%左右，我县实际增长7.2%。规模以上工业增加值增长9.5%。",
     {("gdp", "actual", "2023", "growth", 7.2), ("industrial_va", "actual", "2023", "growth", 9.5)}),
    ("全省增长目标为5%以上，我县实际增长7.2%，一般公共预算收入完成32.6亿元。",
     {("gdp", "actual", "2023", "growth", 7.2), ("general_budget_revenue", "actual", "2023", "level", 32.6)}),
    ("全省目标为增长5%，我县地区生产总值增长7.2%。规模以上工业增加值增长9.5%。",
     {("gdp", "actual", "2023", "growth", 7.2), ("industrial_va", "actual", "2023", "growth", 9.5)}),
])
def test_above_target_then_own_result_untitled(review, want):
    got = _facts(_summary(review))
    assert want <= got
    assert not {f for f in got if f[1] == "target" and f[2] == "2024"}


# 2. look-alikes (passed on both): the result set against the province's target after it, the county's own growth
@pytest.mark.parametrize("review, want", [
    ("地区生产总值增长7.2%，高于全省5%的目标。规模以上工业增加值增长9.5%。",
     {("gdp", "actual", "2023", "growth", 7.2), ("industrial_va", "actual", "2023", "growth", 9.5)}),
    ("全县地区生产总值增长7.2%，规模以上工业增加值增长9.5%。",
     {("gdp", "actual", "2023", "growth", 7.2), ("industrial_va", "actual", "2023", "growth", 9.5)}),
])
def test_own_result_untitled_kept(review, want):
    assert want <= _facts(_summary(review))


def test_above_target_in_titled_review_kept():
    text = ("某某市人民政府工作报告\n\n一、2017年工作回顾\n2017年，全市经济稳中有进。全省目标为8%，我市实际增长8.3%。\n\n"
            "二、2018年目标任务\n全市地区生产总值增长8%左右。\n")
    got = _facts(text)
    assert {("gdp", "actual", "2017", "growth", 8.3), ("gdp", "target", "2018", "growth", 8)} <= got


# 3. a card page's falls written first with an ASCII minus, after a name-first card whose change is a fall (failed on
# the base: the block gave no fact, or the share went to the caption above)
@pytest.mark.parametrize("block, want", [
    ("-2.1%\n规模以上工业增加值\n-3.4%\n单位生产总值能耗\n63.5%\n森林覆盖率",
     {("industrial_va", "actual", "2022", "growth", -2.1), ("energy_intensity", "actual", "2022", "growth", -3.4),
      ("forest_coverage", "actual", "2022", "share", 63.5)}),
    ("-3.4%\n单位生产总值能耗\n-2.1%\n规模以上工业增加值\n63.5%\n森林覆盖率",
     {("industrial_va", "actual", "2022", "growth", -2.1), ("energy_intensity", "actual", "2022", "growth", -3.4)}),
])
def test_card_falls_ascii_minus(block, want):
    got = _facts(_cards(block))
    assert want <= got
    assert ("general_budget_revenue", "actual", "2022", "growth", -8.7) in got


# 4. look-alikes (passed on both): the block's figures with no sign, the name-first cards above it
def test_card_block_unsigned_kept():
    got = _facts(_cards("2.1%\n规模以上工业增加值\n48.6%\n森林覆盖率"))
    assert {("industrial_va", "actual", "2022", "growth", 2.1), ("forest_coverage", "actual", "2022", "share", 48.6),
            ("gdp", "actual", "2022", "level", 2250.3), ("general_budget_revenue", "actual", "2022", "growth", -8.7)} <= got


def test_list_dashes_and_ranges_no_figure():
    text = ("一图读懂｜2023年某某市政府工作报告\n\n【2022年主要成绩】\n地区生产总值\n2250.3亿元\n+1.6%\n\n【过去五年】\n"
            "按照2019-2023年后续扶持规划，搬迁群众5.8万户实现稳定就业。\n")
    got = _facts(text)
    assert ("gdp", "actual", "2022", "growth", 1.6) in got
    assert not {f for f in got if f[4] in (-2023, 2019, -2022)}
