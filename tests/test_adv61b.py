"""Decision 482 (adv61b): an adversarial review of decisions 464, 471, 476 and 480. A 一图读懂 card page whose cards set
figure, change and name in other orders: a card that sets its figure first (its change maybe under it) among cards that
name first, its name with no figure of its own under it; a page whose cards each set figure, signed change, name; two
cards' figures one under the other. Sentences written for these tests (not the blind texts), with look-alikes that must
not change."""
from __future__ import annotations

from factkeys import facts, val

_HEAD = "一图读懂丨2024年某市政府工作报告\n2024-01-12 09:30　来源：某市发布\n"


# (a results part of figure-first cards above: a card page holds figures alone, decision 460's turns)
_DONE = ["【2023年成绩单】", "6.1万人", "城镇新增就业", "66.1%", "常住人口城镇化率"]


def _page(lines: list[str], sep: str = "\n") -> str:
    return _HEAD + sep.join(lines) + sep


def test_figure_first_target_between_named_targets():
    # "10%" under a whole card (its name, then its figure) and over a name with no figure under it: that name's
    fs = facts(_page(_DONE + ["【2024年主要预期目标】", "规上工业增加值增长", "8%左右", "10%", "固定资产投资增长",
                      "一般公共预算收入增长", "5%—6%"]), report_year=2024)
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (10.0, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (8.0, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5.0, 6.0, "range")


def test_figure_first_target_under_the_heading():
    # the section's first card sets its figure first, the next names first: "6.5%以上" is the GDP's, not nothing
    fs = facts(_page(_DONE + ["【2024年主要预期目标】", "6.5%以上", "地区生产总值增长", "规上工业增加值增长", "8%左右"]),
               report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "at_least")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (8.0, "about")


def test_figure_first_target_after_words_in_a_figures_place():
    fs = facts(_page(_DONE + ["【2024年主要预期目标】", "居民收入增长", "与经济增长同步", "5.5万人以上", "城镇新增就业",
                      "城镇调查失业率", "5.5%以内"]), report_year=2024)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (5.5, "at_least")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")


def test_figure_change_name_card_among_named_cards_set_double():
    # a page set double (decision 476 reads it line under line): the level and its change over the name
    text = _page(["【2023年发展成就】", "一般公共预算收入", "+9.6%", "179.3亿元", "44178元", "+6.8%", "城镇常住居民人均可支配收入",
                  "农村常住居民人均可支配收入", "22290元", "+7.5%"], "\n\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("urban_disposable_income", "actual", "2023", "level")) == (44178.0, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (6.8, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (22290.0, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (9.6, "eq")
    f = fs[("urban_disposable_income", "actual", "2023", "level")]
    assert f.quote.startswith("44178元") and f.quote.endswith("城镇常住居民人均可支配收入")


def test_cards_each_figure_change_name():
    # every card figure, change, name: on the base each name took the next card's figure (gdp 44178元)
    fs = facts(_page(["【2023年发展成就】", "5502.7亿元", "+5.2%", "地区生产总值", "44178元", "+6.8%", "城镇常住居民人均可支配收入",
                      "22290元", "+7.5%", "农村常住居民人均可支配收入"]), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (5502.7, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "level")) == (44178.0, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (6.8, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (22290.0, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.5, "eq")


def test_cards_each_figure_change_name_set_double():
    fs = facts(_page(["【2023年发展成就】", "1865.3亿元", "+6.1%", "地区生产总值", "102.4亿元", "+8.2%", "一般公共预算收入"], "\n\n"),
               report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (1865.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (102.4, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (8.2, "eq")


# look-alikes: pages that name first, read as before


def test_named_first_cards_level_and_change_unchanged():
    fs = facts(_page(["【2023年发展成就】", "地区生产总值", "5502.7亿元", "+5.2%", "一般公共预算收入", "179.3亿元", "+9.6%",
                      "进出口总额", "300亿元", "+8.1%"]), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (5502.7, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (179.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (9.6, "eq")
    assert val(fs, ("foreign_trade", "actual", "2023", "level")) == (300.0, "eq")


def test_named_first_targets_unchanged():
    fs = facts(_page(_DONE + ["【2024年主要预期目标】", "地区生产总值增长", "6.5%以上", "规上工业增加值增长", "8%左右",
                      "城镇新增就业", "5.5万人以上"]), report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "at_least")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (8.0, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (5.5, "at_least")


def test_figure_first_run_with_change_under_name_unchanged():
    # decision 460's order (figure, name, change in points) as before
    fs = facts(_page(["【2023年成绩单】", "3.35%", "研发经费投入强度", "+0.21个百分点", "较上年提高", "-4.1%", "单位生产总值能耗"]),
               report_year=2024)
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (3.35, "eq")
    assert val(fs, ("rnd_intensity", "actual", "2023", "pp_change")) == (0.21, "eq")
    assert val(fs, ("energy_intensity", "actual", "2023", "growth")) == (-4.1, "eq")
