"""What the last rounds left on facts, one class at a time, blind (lft63, decision 524).

Inside a bracket the level above opens, the region's own word then a verb of setting its figure ("（省定目标5%，全市安排6%）",
a 地区's "（自治区定目标5%，地区安排6%）") gives the region's target, as "，全市增长6%" there did. A sentence of the year's
estimated change alone ("。预计全年增长5.2%左右。") is the change of the one name of the sentence before, as is a sentence of
ranks alone ("。增速分别居全省第2位和第4位。"). A place alone on the line under a change ("+8.1%\\n全省第2位",
"地区生产总值增长8.1%\\n全省第2位") is that change's rank. The look-alikes keep what they gave."""
import pytest

from factkeys import facts

CITY24 = "德阳市政府工作报告\n——2024年1月15日在德阳市第九届人民代表大会第四次会议上\n\n"
AKSU19 = "阿克苏地区2019年政府工作报告\n——2019年1月9日在地区人大工委扩大会议上\n地区行署专员　买买提·艾力\n\n"
CTY23 = "沂水县人民政府工作报告\n——2023年1月8日在沂水县第十九届人民代表大会第三次会议上\n\n"
CTY22D = "沂水县人民政府工作报告\n——2022年12月28日在沂水县第十九届人民代表大会第三次会议上\n\n"
NEWS24 = ("德阳市政府工作报告速览\n来源：德阳发布　2024-01-16 08:30\n\n1月15日，德阳市第九届人民代表大会第四次会议开幕，"
          "市长赵志远作政府工作报告。\n\n【2023成绩单】\n")
T24, T19, T23 = "二、2024年主要预期目标\n", "二、2019年主要预期目标\n", "二、2023年主要预期目标\n"
R23, R22 = "一、2023年工作回顾\n", "一、2022年工作回顾\n"


def _got(text: str, key: tuple):
    f = facts(text).get(key)
    return None if f is None else (f.value, f.unit, f.qualifier, f.scope)


# 1. failed on the base: the region's own word and a verb of setting inside the bracket the level above opens
@pytest.mark.parametrize("text, key, want", [
    (CITY24 + T24 + "一般公共预算收入与全省同步（省定目标5.5%，全市安排6.5%）。", ("general_budget_revenue", "target", "2024", "growth"), 6.5),
    (AKSU19 + T19 + "一般公共预算收入与全疆同步（自治区定目标5%，地区安排6%）。", ("general_budget_revenue", "target", "2019", "growth"), 6),
    (AKSU19 + T19 + "地区生产总值增长与全区同步（自治区确定的目标为6%，全地区安排增长7%）。", ("gdp", "target", "2019", "growth"), 7),
    (CTY23 + T23 + "一般公共预算收入增长与全省同步（省定目标5%，全县确定为6%）。", ("general_budget_revenue", "target", "2023", "growth"), 6),
])
def test_own_setting_in_above_bracket(text, key, want):
    assert _got(text, key) == (want, "%", "eq", None)


# 2. kept: a level above's own setting in the bracket (全市 above a county), the level above alone, a growth word,
# 我市 and 确定为/设定为 (read on the base already)
@pytest.mark.parametrize("text, key, want", [
    (CTY23 + T23 + "一般公共预算收入与全省同步（省定目标5%，全市安排6%）。", ("general_budget_revenue", "target", "2023", "growth"), (None, None, "qualitative", None)),
    (CITY24 + T24 + "一般公共预算收入与全省同步（省定目标5.5%）。", ("general_budget_revenue", "target", "2024", "growth"), (None, None, "qualitative", None)),
    (CITY24 + T24 + "一般公共预算收入与全省同步（省定目标5.5%，全市增长6.5%）。", ("general_budget_revenue", "target", "2024", "growth"), (6.5, "%", "eq", None)),
    (CITY24 + T24 + "地区生产总值增长高于全省平均水平（全省预期目标5.5%以上，我市确定为7%左右）。", ("gdp", "target", "2024", "growth"), (7, "%", "about", None)),
    (CITY24 + T24 + "固定资产投资增长与全省同步（全省目标6%，我市设定为6.5%）。", ("fixed_asset_investment", "target", "2024", "growth"), (6.5, "%", "eq", None)),
])
def test_above_bracket_look_alikes(text, key, want):
    assert _got(text, key) == want


# 3. failed on the base: the year's estimated change a sentence of its own, after one name's sentence (December or not)
@pytest.mark.parametrize("text, key, want", [
    (CTY22D + R22 + "全县地区生产总值预计完成465亿元，总量居全市第3位。预计全年增长5.2%左右。", ("gdp", "actual", "2022", "growth"), (5.2, "about")),
    (CTY22D + R22 + "城镇居民人均可支配收入预计达到40260元。预计全年增长5%左右。", ("urban_disposable_income", "actual", "2022", "growth"), (5, "about")),
    (CTY23 + R22 + "全县一般公共预算收入完成32.6亿元。全年预计增长7.1%。", ("general_budget_revenue", "actual", "2022", "growth"), (7.1, "eq")),
])
def test_year_change_sentence(text, key, want):
    got = _got(text, key)
    assert got is not None and (got[0], got[2]) == want


# 4. kept: a sentence before naming two (whose change is unsaid), a change that names its own indicator
def test_year_change_sentence_look_alikes():
    fs = facts(CTY22D + R22 + "一般公共预算收入完成32.6亿元，城镇居民人均可支配收入预计达到40260元。预计全年增长5%左右。")
    assert ("urban_disposable_income", "actual", "2022", "growth") not in fs
    assert ("general_budget_revenue", "actual", "2022", "growth") not in fs
    fs = facts(CTY22D + R22 + "全县地区生产总值预计完成465亿元。预计全年固定资产投资增长5.2%左右。")
    assert ("gdp", "actual", "2022", "growth") not in fs
    assert fs[("fixed_asset_investment", "actual", "2022", "growth")].value == 5.2


# 5. failed on the base: ranks a sentence of their own, after the sentence of their names
@pytest.mark.parametrize("body, want", [
    ("规模以上工业增加值和工业投资分别增长8%和10%。增速分别居全省第2位和第4位。", {"industrial_va": 2, "industrial_investment": 4}),
    ("规模以上工业增加值和工业投资分别增长8%和10%。增速均居全省第3位。", {"industrial_va": 3, "industrial_investment": 3}),
    ("地区生产总值增长8.1%。增速居全省第2位。", {"gdp": 2}),
])
def test_rank_sentence(body, want):
    fs = facts(CITY24 + R23 + body)
    got = {k[0]: (f.value, f.scope) for k, f in fs.items() if k[3] == "rank"}
    assert got == {k: (v, "全省") for k, v in want.items()}


# 6. kept: 前列 with the named one after 其中; a sentence before naming two, each its own figure: no rank guessed
@pytest.mark.parametrize("body, want", [
    ("规模以上工业增加值和工业投资分别增长8%和10%。增速均居全省前列，其中规模以上工业增加值增速居全省第2位。", {"industrial_va": 2}),
    ("地区生产总值增长8.1%，固定资产投资增长6%。增速居全省第2位。", {}),
])
def test_rank_sentence_look_alikes(body, want):
    fs = facts(CITY24 + R23 + body)
    assert {k[0]: f.value for k, f in fs.items() if k[3] == "rank"} == want


# 7. failed on the base: a place alone on the line under a change (signed, a page set double, or after the name's line)
@pytest.mark.parametrize("body, want", [
    ("地区生产总值\n3015.2亿元\n+8.1%\n全省第2位\n社会消费品零售总额\n1196.4亿元\n+9.6%\n居全省第3位\n",
     {"gdp": 2, "retail_sales": 3}),
    ("地区生产总值增长8.1%\n全省第2位\n社会消费品零售总额增长9.6%\n增速居全省第3位\n", {"gdp": 2, "retail_sales": 3}),
    ("地区生产总值\n\n3015.2亿元\n\n+8.1%\n\n增速居全省第2位\n\n社会消费品零售总额\n\n1196.4亿元\n\n+9.6%\n\n全省第3位\n\n"
     "城镇居民人均可支配收入\n\n45860元\n\n+5.6%\n\n全省第5位\n\n一般公共预算收入\n\n180.2亿元\n\n+7.1%\n",
     {"gdp": 2, "retail_sales": 3, "urban_disposable_income": 5}),
])
def test_rank_line_under_change(body, want):
    fs = facts(NEWS24 + body)
    assert {k[0]: (f.value, f.scope) for k, f in fs.items() if k[3] == "rank"} == {k: (v, "全省") for k, v in want.items()}
    assert fs[("gdp", "actual", "2023", "growth")].value == 8.1


# 8. kept: a signed change over the next card's name (no rank: the next card's level stays its own), a card line under line
@pytest.mark.parametrize("body, want", [
    ("地区生产总值\n3015.2亿元\n+8.1%\n社会消费品零售总额\n1196.4亿元\n+9.6%\n", {}),
    ("地区生产总值\n3015.2亿元\n增长8.1%\n全省第2位\n社会消费品零售总额\n1196.4亿元\n增长9.6%\n", {"gdp": 2}),
])
def test_rank_line_look_alikes(body, want):
    fs = facts(NEWS24 + body)
    assert {k[0]: f.value for k, f in fs.items() if k[3] == "rank"} == want
    assert fs[("retail_sales", "actual", "2023", "level")].value == 1196.4
    assert fs[("gdp", "actual", "2023", "growth")].value == 8.1
