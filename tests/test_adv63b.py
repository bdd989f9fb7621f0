"""An adversarial review of decisions 513, 519 and 521, blind (adv63b, decision 523).

Last year's figure said as what it was, its name left out after this year's ("，去年为增长5.1%", "，上年为下降1.1%"), is
last year's result, as "，去年增长5.1%" is; and, being the figure before's own, it dates no name after it ("…，去年为增长
5.1%，固定资产投资增长6%": the year's). In a report of December 去年 is the year before the one reviewed. The look-alikes
(a sentence 去年 frames, 去年为 with the name before it) keep what they gave."""
import pytest

from factkeys import facts

DEC = "海伦市政府工作报告\n——2019年12月27日在海伦市第十七届人民代表大会第五次会议上\n\n一、2019年工作回顾\n"
JAN = "台山市政府工作报告\n——2024年1月10日在台山市第十六届人民代表大会第四次会议上\n\n二、2024年主要预期目标\n"


# 1. failed on the base: "去年为增长/下降…" after the year's figure, its name left out, gave nothing
@pytest.mark.parametrize("head, body, key, want", [
    (DEC, "预计全年地区生产总值增长3.2%，去年为增长5.1%。", ("gdp", "actual", "2018", "growth"), 5.1),
    (DEC, "全市地区生产总值增长3.2%，上年为增长5.1%。", ("gdp", "actual", "2018", "growth"), 5.1),
    (DEC, "全市一般公共预算收入增长2.6%，去年为下降1.1%。", ("general_budget_revenue", "actual", "2018", "growth"), -1.1),
    (JAN, "地区生产总值增长6%左右，去年为增长5.1%；固定资产投资增长8%。", ("gdp", "actual", "2023", "growth"), 5.1),
])
def test_last_years_figure_said_as_was(head, body, key, want):
    fs = facts(head + body)
    assert key in fs and fs[key].value == want, sorted(fs)


# 2. failed on the base: the name before it keeps its own year ("地区生产总值去年为增长5.1%" gave the year reviewed's)
def test_last_year_is_between_name_and_change():
    fs = facts(DEC + "全市地区生产总值去年为增长5.1%，今年增长3.2%。")
    assert fs[("gdp", "actual", "2018", "growth")].value == 5.1


# 3. failed on the base: the elliptic clause dates no name after it
@pytest.mark.parametrize("body, key, want", [
    ("全市地区生产总值增长3.2%，去年为增长5.1%，固定资产投资增长6%。", ("fixed_asset_investment", "actual", "2019", "growth"), 6),
    ("全市地区生产总值增长3.2%，去年为增长5.1%；固定资产投资增长6%。", ("fixed_asset_investment", "actual", "2019", "growth"), 6),
    ("全市固定资产投资增长8%，去年为8.5%，社会消费品零售总额增长5%。", ("retail_sales", "actual", "2019", "growth"), 5),
])
def test_elliptic_last_year_dates_its_clause_only(body, key, want):
    fs = facts(DEC + body)
    assert key in fs and fs[key].value == want, sorted(fs)
    assert (key[0], "actual", "2018", key[3]) not in fs


# 4. kept (both): a sentence 去年 frames dates every name in it; this year's figure before the clause stays the year's
@pytest.mark.parametrize("body, key", [
    ("去年，全市地区生产总值增长5.1%，固定资产投资增长6%。", ("fixed_asset_investment", "actual", "2018", "growth")),
    ("去年全市地区生产总值为5.1%，固定资产投资增长6%。", ("fixed_asset_investment", "actual", "2018", "growth")),
    ("全市地区生产总值增长3.2%，去年为增长5.1%。", ("gdp", "actual", "2019", "growth")),
    ("全市固定资产投资增长8%，去年为8.5%。", ("fixed_asset_investment", "actual", "2018", "growth")),
])
def test_lookalikes_kept(body, key):
    assert key in facts(DEC + body)


# 5. the set's December text: 今年 the year reviewed, 去年 the one before, 明年 the target year
def test_set_text_december():
    from pathlib import Path
    p = Path(__file__).resolve().parent.parent / "benchmarks/blind/adv63b/texts/adv63b_02_桦南县.txt"
    fs = facts(p.read_text())
    assert fs[("gdp", "actual", "2019", "growth")].value == 5.1
    assert fs[("gdp", "actual", "2020", "growth")].value == 3.2
    assert fs[("grain_output", "actual", "2019", "level")].value == 187.3
    assert fs[("urban_new_jobs", "actual", "2020", "level")].value == 3100
    assert fs[("gdp", "target", "2021", "growth")].value == 6


TGT24 = "威县政府工作报告\n——2024年1月9日在威县第十八届人民代表大会第三次会议上\n\n二、2024年主要预期目标\n"
TASK24 = "威县政府工作报告\n——2024年1月9日在威县第十八届人民代表大会第三次会议上\n\n三、2024年重点工作\n"
DIST26 = "东丽区政府工作报告\n——2026年1月8日在东丽区第十八届人民代表大会第五次会议上\n\n"


def _pledged(text: str) -> list:
    from factkeys import read
    return [(p.action, p.object, p.value) for p in read(text).pledges]


# 6. failed on the base: a targets item whose figure the whole's bare verb gives after the name's clause was pledged
@pytest.mark.parametrize("body", [
    "地区生产总值增长6%左右；城镇新增就业完成市下达任务，全县新增5500人以上；固定资产投资增长10%。",
    "地区生产总值增长6%左右；城镇新增就业：全县新增5500人以上；固定资产投资增长10%。",
    "地区生产总值增长6%左右；城镇新增就业确保完成省下达任务，新增5500人以上。",
])
def test_targets_item_whole_figure_no_pledge(body):
    text = TGT24 + body
    assert _pledged(text) == []
    if "全县" in body:  # (the figure stays the item's target; "确保完成省下达任务" alone is a qualitative one first)
        assert facts(text)[("urban_new_jobs", "target", "2024", "level")].value == 5500


# 7. kept (both): a task's object before the whole's verb, in the targets part and in the tasks part, stays pledged
@pytest.mark.parametrize("head, body, want", [
    (TGT24, "地区生产总值增长6%左右；新建农村公路：全县新建80公里。", ("新建", "农村公路", 80)),
    (TASK24, "城镇新增就业：全县新增5500人以上；新建农村公路80公里。", ("新建", "农村公路", 80)),
])
def test_task_before_whole_verb_kept(head, body, want):
    assert want in _pledged(head + body)


# 8. failed on the base: a five-year sum in a sentence naming the plan's end, after a clause of this year's, and the
# five-year sum of one ；-item dating the next item's figure
@pytest.mark.parametrize("body, key, want", [
    ("报告提出，到2030年，全区单位地区生产总值能耗五年累计下降13%，今年下降2.5%；二氧化碳排放强度五年累计下降18%，今年下降3.5%。",
     ("carbon_intensity", "goal", "2026-2030", "growth"), -18),
    ("报告提出，到2030年，全区单位地区生产总值能耗五年累计下降13%，今年下降2.5%；二氧化碳排放强度五年累计下降18%，今年下降3.5%。",
     ("carbon_intensity", "target", "2026", "growth"), -3.5),
    ("二、2026年主要预期目标\n单位地区生产总值能耗下降2.5%，五年累计下降13%；二氧化碳排放强度下降3.5%，五年累计下降18%。",
     ("carbon_intensity", "target", "2026", "growth"), -3.5),
    ("二、2026年主要预期目标\n单位地区生产总值能耗下降2.5%，五年累计下降13%；二氧化碳排放强度下降3.5%，五年累计下降18%。",
     ("carbon_intensity", "goal", "2026-2030", "growth"), -18),
    ("二、2026年主要预期目标\n单位地区生产总值能耗下降2.5%，五年累计下降13%；城镇新增就业5000人。",
     ("urban_new_jobs", "target", "2026", "level"), 5000),
])
def test_five_year_sum_beside_the_year(body, key, want):
    fs = facts(DIST26 + body)
    assert key in fs and fs[key].value == want, sorted(fs)


# 9. kept (both): the first item's own sum; a 累计 after the plan's period named; sums in a sentence naming the plan's end
@pytest.mark.parametrize("body, key, want", [
    ("二、2026年主要预期目标\n单位地区生产总值能耗下降2.5%，五年累计下降13%；城镇新增就业5000人。",
     ("energy_intensity", "goal", "2026-2030", "growth"), -13),
    ("二、2026年主要预期目标\n单位地区生产总值能耗下降2.5%，“十五五”期间累计下降13%；二氧化碳排放强度下降3.5%。",
     ("carbon_intensity", "target", "2026", "growth"), -3.5),
    ("报告提出，到2030年，全区单位地区生产总值能耗五年累计下降13%；二氧化碳排放强度五年累计下降18%。",
     ("carbon_intensity", "goal", "2026-2030", "growth"), -18),
])
def test_five_year_sum_lookalikes(body, key, want):
    fs = facts(DIST26 + body)
    assert key in fs and fs[key].value == want, sorted(fs)


# 10. kept (both): a five-year sum opening a ；-item frames the items after it (lng43c's review)
def test_five_year_sum_opening_item_frames_review():
    text = ("长阳土家族自治县政府工作报告\n——2021年1月12日在长阳土家族自治县第十届人民代表大会第五次会议上\n\n一、“十三五”工作回顾\n"
            "五年来，全县地区生产总值年均增长5.2%；五年累计完成固定资产投资680亿元，年均增长8.5%；一般公共预算收入年均增长2.3%。")
    assert facts(text)[("general_budget_revenue", "actual", "2016-2020", "growth")].value == 2.3
