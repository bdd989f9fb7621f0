"""lft65b (decision 572): what this hour's rounds left, one class at a time, blind.

- A bare order before a unit, no digit written (“突破千亿元”, “迈上千亿元台阶”, “超百亿元”): the spec's unit, 1000 亿元
  (read as 1 千亿元 on the base; decision 567's Left), in the facts and the pledges.
- A bare 超/逾 opening the clause of an amount after a figure's or a praise's clause (“…增长12.2%，总量再创新高，超万亿元。”,
  “…增长6.5%，超1200亿元。”): the name's level (lost on the base: only 超过/突破 went on).
- A news headline naming the report, then a growth with a floor (“2026年南昌县政府工作报告：地区生产总值增长7%以上”): the
  year's target (nothing on the base; decision 568's Left).
- A level dated by 到 after another name's clause (“…年均增长8%左右，累计新增城镇就业30万人，到2020年突破2600亿元”): the
  first name's level, its unit no figure of the name between (lost on the base; decisions 552's and 565's Left).
- A span's average after a ； with its name left out (“居民人均可支配收入增长与经济增长同步；年均增长5.5%左右”): the name's
  goal (lost on the base; decision 564's Left).
- 总量 with another adverb opening a sentence (“…增长6.1%。总量再创新高，达到356.2亿元。”, “…。总量稳居全省第2位。”): the
  name's level or place (lost on the base; decision 564's Left).
Look-alikes keep their reading: a bare growth with no floor in the headline (unread), a level in the headline, a threshold
after 超 (“超百亿元企业”), a name between that can take the amount, a ；-item with its own figure, 总量 after a sentence
with another name's figure first, 万亿元 kept as 1 万亿元."""
from __future__ import annotations

import pytest

from factkeys import read, pledges_from

_HEADS = {
    "review": ("常德市2021年政府工作报告\n——2021年1月12日在常德市第七届人民代表大会第六次会议上\n市长 王建中\n"
               "一、2020年工作回顾\n"),
    "review26": ("宁乡市2026年政府工作报告\n——2026年1月8日在宁乡市第十八届人民代表大会第五次会议上\n市长 周建国\n"
                 "一、“十四五”及2025年工作回顾\n"),
    "province": ("政府工作报告\n——2021年1月24日在四川省第十三届人民代表大会第五次会议上\n四川省省长 黄强\n"
                 "一、2020年工作回顾\n"),
    "plan21": ("信阳市2021年政府工作报告\n——2021年1月20日在信阳市第五届人民代表大会第七次会议上\n市长 刘国华\n"
               "二、2021年主要目标\n今年是“十四五”开局之年。主要预期目标是："),
    "goals23": ("荆门市2023年政府工作报告\n——2023年1月9日在荆门市第十届人民代表大会第一次会议上\n市长 张宏伟\n"
                "二、今后五年目标\n"),
    "tasks": ("绵竹市2024年政府工作报告\n——2024年1月10日在绵竹市第十九届人民代表大会第四次会议上\n市长 何立\n"
              "三、2024年重点工作\n"),
}


def _read(head: str, body: str):
    return read(_HEADS[head] + body + "\n", "t.txt")


def _facts(head: str, body: str) -> set:
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.unit) for f in _read(head, body).facts
            if not f.indicator.startswith("other:")}


def _news(title: str, year: int) -> str:
    return (title + f"\n来源：湘江日报 {year}-01-10 07:30\n1月9日，县第十八届人民代表大会第六次会议开幕。县长李明作政府工作报告。\n"
            "今年，全县将新建5G基站800个。\n")


def _news_facts(title: str, year: int) -> set:
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in read(_news(title, year), "t.txt").facts}


# --- a bare order before a unit: 1000 亿元 -------------------------------------------------------------------------------
ORDERS = [
    ("review", "全年地区生产总值突破千亿元，增长7.2%。", ("gdp", "actual", "2020", "level", 1000, "亿元")),
    ("review", "社会消费品零售总额迈上千亿元台阶，增长3.1%。", ("retail_sales", "actual", "2020", "level", 1000, "亿元")),
    ("review26", "2025年，全市规模以上工业增加值增长8.1%，地区生产总值跨越千亿元大关。",
     ("gdp", "actual", "2025", "level", 1000, "亿元")),
]


@pytest.mark.parametrize("head,body,fact", ORDERS)
def test_a_bare_order_is_the_specs_unit(head, body, fact):
    assert fact in _facts(head, body)


def test_a_bare_order_in_a_pledge_is_the_specs_unit():
    ps = pledges_from(_HEADS["tasks"] + "{t}\n", "力争全市工业营业收入突破千亿元，新建5G基站300个。")
    assert any(p.value == 1000 and p.unit == "亿元" for p in ps)


def test_ten_thousand_yi_keeps_its_unit():
    # (万亿元 is a unit of the spec's: “突破万亿元” stays 1 万亿元, as on the base)
    assert ("gdp", "actual", "2020", "level", 1, "万亿元") in _facts("province", "全省地区生产总值突破万亿元，增长3.6%。")


# --- a bare 超 before an amount closing its clause --------------------------------------------------------------------
BARE_OVER = [
    ("review", "全县社会消费品零售总额增长9.1%，总量再创新高，超千亿元。", ("retail_sales", "actual", "2020", "level", 1000, "亿元")),
    ("review", "全市地区生产总值增长6.5%，超1200亿元。", ("gdp", "actual", "2020", "level", 1200, "亿元")),
    ("province", "全省一般公共预算收入增长5.2%，总量创历史新高，逾五百亿元。",
     ("general_budget_revenue", "actual", "2020", "level", 500, "亿元")),
]


@pytest.mark.parametrize("head,body,fact", BARE_OVER)
def test_a_bare_over_goes_on_with_the_names_level(head, body, fact):
    assert fact in _facts(head, body)


def test_a_threshold_after_over_is_no_level():
    # (“超百亿元企业”: how many firms pass a threshold, no level of the region's)
    got = _facts("review", "全市地区生产总值增长6.5%，超百亿元企业达到12家。")
    assert not any(f[0] == "gdp" and f[3] == "level" for f in got)


# --- a report's headline, then a growth with a floor ------------------------------------------------------------------
HEADLINES = [
    ("2026年南昌县政府工作报告：地区生产总值增长7%以上", 2026, ("gdp", "target", "2026", "growth", 7, "at_least")),
    ("2024年宁乡市政府工作报告：GDP增长6.5%以上", 2024, ("gdp", "target", "2024", "growth", 6.5, "at_least")),
    ("浏阳市政府工作报告解读：规模以上工业增加值增长8%以上", 2025,
     ("industrial_va", "target", "2025", "growth", 8, "at_least")),
]


@pytest.mark.parametrize("title,year,fact", HEADLINES)
def test_a_headlines_floor_is_the_years_target(title, year, fact):
    assert fact in _news_facts(title, year)


LOOK_ALIKE_HEADLINES = [
    # (a bare growth, no floor: it may be last year's result; unread, as on the base)
    "2026年南昌县政府工作报告：地区生产总值增长7.1%",
    # (a level passed: last year's result as likely; unread, as on the base)
    "2026年南昌县政府工作报告：地区生产总值突破1000亿元",
]


@pytest.mark.parametrize("title", LOOK_ALIKE_HEADLINES)
def test_look_alike_headlines_give_no_target(title):
    assert not any(f[1] == "target" and f[0] == "gdp" for f in _news_facts(title, 2026))


# --- a level dated by 到 after another name's clause ------------------------------------------------------------------
DATED = [
    ("review26", "“十四五”时期，全市地区生产总值年均增长6.8%，累计新增城镇就业6.2万人，到2025年突破1500亿元。",
     ("gdp", "actual", "2025", "level", 1500, "亿元")),
    ("goals23", "今后五年，全市地区生产总值年均增长6.5%左右，累计新增城镇就业15万人，到2027年达到3000亿元。",
     ("gdp", "goal", "2027", "level", 3000, "亿元")),
    ("goals23", "今后五年，全市一般公共预算收入年均增长6%，城镇新增就业年均2万人以上，至2027年末力争突破200亿元。",
     ("general_budget_revenue", "goal", "2027", "level", 200, "亿元")),
]


@pytest.mark.parametrize("head,body,fact", DATED)
def test_a_dated_level_after_another_name_is_the_first_names(head, body, fact):
    got = _facts(head, body)
    assert fact in got
    assert not any(f[0] == "urban_new_jobs" and f[5] == "亿元" for f in got)


def test_a_name_between_that_can_take_the_amount_keeps_it():
    # (固定资产投资 takes 亿元: the level dated after its clause is its own, as on the base)
    got = _facts("goals23", "今后五年，全市一般公共预算收入年均增长6%，固定资产投资年均增长8%，到2027年突破3000亿元。")
    assert not any(f[0] == "general_budget_revenue" and f[3] == "level" for f in got)


# --- a span's average after a ；, its name left out -------------------------------------------------------------------
AVERAGES = [
    ("地区生产总值增长7%左右；居民人均可支配收入增长与经济增长同步；年均增长6.5%左右；城镇新增就业4万人。",
     ("disposable_income", "goal", "2021-2025", "growth", 6.5, "%")),
    ("一般公共预算收入增长5%；居民人均可支配收入增长快于经济增长；年均增长7%以上。",
     ("disposable_income", "goal", "2021-2025", "growth", 7, "%")),
]


@pytest.mark.parametrize("body,fact", AVERAGES)
def test_an_average_after_a_semicolon_is_the_names_goal(body, fact):
    got = _facts("plan21", body)
    assert fact in got
    assert ("disposable_income", "target", "2021", "growth", None, None) in got


def test_an_item_with_its_own_figure_does_not_reach_the_next():
    # (the ；-item holds the name's figure: the bare average after it is not carried, as on the base)
    got = _facts("plan21", "一般公共预算收入增长5%；年均增长6%；城镇新增就业4万人。")
    assert ("general_budget_revenue", "target", "2021", "growth", 5, "%") in got
    assert not any(f[0] == "general_budget_revenue" and f[1] == "goal" for f in got)


# --- 总量 with another adverb opening a sentence ------------------------------------------------------------------------
TOTALS = [
    ("review", "全县地区生产总值增长6.1%。总量再创新高，达到356.2亿元。", ("gdp", "actual", "2020", "level", 356.2, "亿元")),
    ("province", "全省地区生产总值增长3.8%。总量稳居全国第6位。", ("gdp", "actual", "2020", "rank", 6, "位")),
    ("review", "全市地区生产总值增长3.6%。总量继续稳居全省第2位。", ("gdp", "actual", "2020", "rank", 2, "位")),
    ("review26", "2025年，全市地区生产总值增长5.8%。\n\n总量继续位居全省县域第1位。", ("gdp", "actual", "2025", "rank", 1, "位")),
    ("review", "社会消费品零售总额增长4.2%。总量创历史新高，突破800亿元。",
     ("retail_sales", "actual", "2020", "level", 800, "亿元")),
]


@pytest.mark.parametrize("head,body,fact", TOTALS)
def test_a_total_with_an_adverb_opening_a_sentence(head, body, fact):
    assert fact in _facts(head, body)


def test_a_total_after_another_names_figure_first_is_not_carried():
    # (the sentence before held another name's figure first: whose 总量 it is the text does not say)
    got = _facts("review", "全市一般公共预算收入增长5%，地区生产总值增长6.3%。总量稳居全省第2位。")
    assert not any(f[3] == "rank" for f in got)
