"""What decisions 459–475 left, one class at a time, blind (lft59d, decision 478): a name-first card holding only a signed
change ("固定资产投资\\n+6.3%", "社会消费品零售总额\\n-1.8%": the named card's change, the page naming first); the region's
result after the level above's target in the same sentence ("唐山市确定的规模以上工业增加值增长目标为6%，全县实际增长6.8%",
"…目标是8%，我县完成增长9.4%"); a sector's own target then its result ("社会消费品零售总额方面，我县目标为8%，实际增长8.7%").
The look-alikes keep what they gave."""
import pytest


from factkeys import fact_items, read


def _doc(text: str, name: str = "t.txt"):
    return read(text, name)  # (factkeys: every fact's and pledge's quote checked against the text)


def _facts(text: str, name: str = "t.txt") -> set[tuple[str, str, str, str, float]]:
    return fact_items(_doc(text, name))


def _report(review: str, region: str = "迁西县") -> str:
    return (f"{region}人民政府工作报告\n\n一、2019年工作回顾\n2019年，全县经济平稳发展。{review}\n\n二、2020年工作安排\n"
            "2020年主要预期目标是：地区生产总值增长6.5%左右。\n")


def _cards(body: str) -> str:
    return f"一图读懂｜2021年长兴县政府工作报告\n2021-01-20 08:30　来源：长兴发布\n\n【2020年成绩单】\n{body}\n"


# 1. a name-first card holding only a signed change, after a card of a level and its change (failed on the base)
@pytest.mark.parametrize("body, key", [
    ("地区生产总值\n770.8亿元\n+4.1%\n固定资产投资\n+6.3%\n一般公共预算收入\n78.5亿元\n+5.6%",
     ("fixed_asset_investment", "actual", "2020", "growth", 6.3)),
    ("地区生产总值\n770.8亿元\n+4.1%\n固定资产投资\n+6.3%\n其中工业投资\n＋15.2%\n一般公共预算收入\n78.5亿元\n+5.6%",
     ("industrial_investment", "actual", "2020", "growth", 15.2)),
    ("地区生产总值\n770.8亿元\n↑4.1%\n固定资产投资\n↑6.3%\n进出口总额\n↑12.4%\n一般公共预算收入\n78.5亿元\n↑5.6%",
     ("foreign_trade", "actual", "2020", "growth", 12.4)),
    ("地区生产总值\n770.8亿元\n+4.1%\n社会消费品零售总额\n-1.8%\n一般公共预算收入\n78.5亿元\n+5.6%",
     ("retail_sales", "actual", "2020", "growth", -1.8)),
    ("地区生产总值\n770.8亿元\n+4.1%\n社会消费品零售总额\n-1.8%\n一般公共预算收入\n78.5亿元\n+5.6%",
     ("general_budget_revenue", "actual", "2020", "level", 78.5)),
])
def test_change_only_card_named_first(body, key):
    assert key in _facts(_cards(body))


# 1'. look-alikes: a change under its level, an arrow card named first alone, a figure-first page (passing on both)
@pytest.mark.parametrize("body, key, absent", [
    ("地区生产总值\n770.8亿元\n+4.1%\n一般公共预算收入\n78.5亿元\n+5.6%", ("gdp", "actual", "2020", "growth", 4.1), None),
    ("固定资产投资\n↑6.3%\n一般公共预算收入\n78.5亿元", ("fixed_asset_investment", "actual", "2020", "growth", 6.3), None),
    ("5.2%\n地区生产总值增速\n-2.1%\n规模以上工业增加值增速\n8.3%\n固定资产投资增速",
     ("industrial_va", "actual", "2020", "growth", -2.1), ("gdp", "actual", "2020", "growth", -2.1)),
])
def test_card_lookalikes(body, key, absent):
    got = _facts(_cards(body))
    assert key in got and absent not in got


# 2. the region's result after the level above's target in its sentence (failed on the base: no result)
@pytest.mark.parametrize("review, key", [
    ("唐山市确定的规模以上工业增加值增长目标为6%，全县实际增长6.8%。", ("industrial_va", "actual", "2019", "growth", 6.8)),
    ("全省确定的规模以上工业增加值增长目标为7%，我县实际增长9.6%。", ("industrial_va", "actual", "2019", "growth", 9.6)),
    ("全省下达的固定资产投资增长目标是8%，我县完成增长9.4%。", ("fixed_asset_investment", "actual", "2019", "growth", 9.4)),
    ("全省下达的固定资产投资增长目标是8%，我县实际增长9.4%。", ("fixed_asset_investment", "actual", "2019", "growth", 9.4)),
    ("固定资产投资年初目标是8%，我县完成9.4%。", ("fixed_asset_investment", "actual", "2019", "growth", 9.4)),
])
def test_result_after_the_target(review, key):
    got = _facts(_report(review))
    assert key in got
    assert not any(f[0] == key[0] and f[1] == "actual" and f[4] in (6, 7, 8) for f in got)


# 3. a sector's own target then its result (failed on the base: nothing)
@pytest.mark.parametrize("review, target, actual", [
    ("社会消费品零售总额方面，我县目标为8%，实际增长8.7%。", 8, 8.7),
    ("社会消费品零售总额方面，目标为8%，全县实际增长8.7%。", 8, 8.7),
    ("社会消费品零售总额方面，本县年度目标为增长8%，实际增长8.7%，总量达到120亿元。", 8, 8.7),
])
def test_sector_own_target_then_result(review, target, actual):
    got = _facts(_report(review))
    assert ("retail_sales", "target", "2019", "growth", target) in got
    assert ("retail_sales", "actual", "2019", "growth", actual) in got


# 3'. look-alikes (passing on both): the level above's target in the sector's sentence, the own target dated, a name in
# its clause
@pytest.mark.parametrize("review, present, absent", [
    ("社会消费品零售总额方面，全市目标为8%，我县实际增长8.7%。", ("retail_sales", "actual", "2019", "growth", 8.7),
     ("retail_sales", "target", "2019", "growth", 8)),
    ("一般公共预算收入方面，年初目标6%，全县实际增长7.3%。", ("general_budget_revenue", "actual", "2019", "growth", 7.3),
     ("general_budget_revenue", "actual", "2019", "growth", 6)),
    ("外贸方面，进出口总额增长15.3%。", ("foreign_trade", "actual", "2019", "growth", 15.3), None),
    ("地区生产总值完成312.6亿元，增长7.1%，全市增长6.8%。", ("gdp", "actual", "2019", "growth", 7.1),
     ("gdp", "actual", "2019", "growth", 6.8)),
])
def test_sector_lookalikes(review, present, absent):
    got = _facts(_report(review))
    assert present in got and absent not in got
