"""adv65b (decision 564): an adversarial review of decisions 561 and 562, blind.

- The year's target in words right after the name, then the span's average in a clause of its own, in the year's list
  (“居民人均可支配收入增长与经济增长同步，年均增长5.5%左右”): the words the year's target, the average the plan's goal
  (failed on the base: the words lost, the average read alone).
- A held level of the year, then the plan's goal in a later clause with 到2030年/“十五五”末 and 达到 (“粮食产量稳定在1100亿斤
  以上，到2030年达到1150亿斤”): both, the year's target and the goal (failed on the base: the held figure lost, the goal's
  taken as the name's one level).
- A bare 总量 opening the sentence with 首次 or 规模 before its verb (“…增长5.1%。总量首次突破4万亿元。”): the name's level
  (failed on the base: lost; decision 562 read 总量突破 only).
- Other pages' titles under a label right below the page's own foot (“来源：绵阳发布\\n编辑：…\\n推荐阅读\\n绵阳2025年新增经营主体
  8.2万户。”): nothing (failed on the base: a line with 。 ended the block and its figures were the report's; decision 562
  took a post's 往期 labels only).
Look-alikes keep their reading: the goal's words after 今后五年 (goals only, decision 341), two figures (the year's and the
average), words then a level to 2030, an aim beyond a bound (one figure, covid16), a year after the comma with no 到, a
news page's label over the report's sentence with no foot above (decision 423), 总量 after a sentence naming two names.
"""
from __future__ import annotations

import pytest

from factkeys import read

_HEADS = {
    "sd26": ("政府工作报告\n——2026年1月20日在山东省第十四届人民代表大会第五次会议上\n山东省省长　周乃翔\n\n二、2026年主要目标\n"
             "今年是“十五五”开局之年。全省经济社会发展的主要预期目标是："),
    "hb21": ("政府工作报告\n——2021年1月26日在湖北省第十三届人民代表大会第五次会议上\n湖北省省长　王忠林\n\n二、2021年主要目标\n"
             "2021年是“十四五”开局之年。全省经济社会发展的主要预期目标是："),
    "jx26rev": ("政府工作报告\n——2026年1月18日在江西省第十四届人民代表大会第五次会议上\n江西省省长　叶建春\n\n一、2025年工作回顾\n"),
    "post": ("原创 宜宾发布 2026-01-12 20:10 四川\n速览！2026年宜宾市政府工作报告要点\n1月12日，宜宾市第六届人民代表大会第六次"
             "会议开幕，市长张三作政府工作报告。\n【2026年目标】\n地区生产总值增长6%左右\n"),
    "news": ("重庆市政府工作报告发布\n2026-01-24 08:10 来源：重庆日报\n1月23日，重庆市第六届人民代表大会第五次会议开幕。"
             "市长胡衡华作政府工作报告。报告提出，2026年全市地区生产总值预期增长5.5%左右。\n"),
}


def _facts(head: str, body: str) -> set:
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in read(_HEADS[head] + body + "\n", "t.txt").facts
            if not f.indicator.startswith("other:")}


WORDS_THEN_AVERAGE = [
    ("sd26", "居民人均可支配收入增长与经济增长同步，年均增长5.5%左右；城镇调查失业率5.5%左右。",
     [("disposable_income", "target", "2026", "growth", None), ("disposable_income", "goal", "2026-2030", "growth", 5.5)]),
    ("sd26", "城乡居民人均可支配收入增长与经济增长基本同步，“十五五”期间年均增长6%。",
     [("urban_disposable_income", "target", "2026", "growth", None),
      ("rural_disposable_income", "goal", "2026-2030", "growth", 6)]),
    ("hb21", "地区生产总值增长10%以上；居民人均可支配收入增长与经济增长同步，年均增长6.5%左右。",
     [("disposable_income", "target", "2021", "growth", None), ("disposable_income", "goal", "2021-2025", "growth", 6.5)]),
    ("sd26", "单位地区生产总值能耗完成国家下达任务，年均下降3%。",
     [("energy_intensity", "target", "2026", "growth", None), ("energy_intensity", "goal", "2026-2030", "growth", -3)]),
]


@pytest.mark.parametrize("head,body,want", WORDS_THEN_AVERAGE)
def test_the_years_words_then_the_spans_average(head, body, want):
    got = _facts(head, body)
    for w in want:
        assert w in got, (w, sorted(got))


def test_the_goals_words_then_the_average_after_the_years_ahead_stay_goals():
    # (decision 341's reading: a sentence opening on 今后五年 sets the plan's goals, its words no year's target)
    got = _facts("sd26", "今后五年，居民人均可支配收入增长与经济增长同步，年均增长5.5%左右。")
    assert ("disposable_income", "goal", "2026-2030", "growth", 5.5) in got
    assert not any(f[:2] == ("disposable_income", "target") for f in got)


def test_two_figures_and_a_level_to_2030_keep_their_reading():
    got = _facts("sd26", "地区生产总值增长5%左右，年均增长5%以上；居民人均可支配收入增长与经济增长基本同步，到2030年达到4.5万元。")
    assert {("gdp", "target", "2026", "growth", 5), ("gdp", "goal", "2026-2030", "growth", 5),
            ("disposable_income", "target", "2026", "growth", None),
            ("disposable_income", "goal", "2030", "level", 4.5)} <= got


HELD_THEN_GOAL = [
    ("sd26", "粮食产量稳定在1100亿斤以上，到2030年达到1150亿斤；一般公共预算收入增长3%。",
     ("grain_output", "target", "2026", "level", 1100), ("grain_output", "goal", "2030", "level", 1150)),
    ("sd26", "粮食产量保持在1100亿斤以上，“十五五”末达到1150亿斤。",
     ("grain_output", "target", "2026", "level", 1100), ("grain_output", "goal", "2030", "level", 1150)),
    ("hb21", "粮食产量稳定在540亿斤，到2025年达到550亿斤。",
     ("grain_output", "target", "2021", "level", 540), ("grain_output", "goal", "2025", "level", 550)),
]


@pytest.mark.parametrize("head,body,year_fact,goal_fact", HELD_THEN_GOAL)
def test_a_held_level_then_the_plans_goal_gives_both(head, body, year_fact, goal_fact):
    got = _facts(head, body)
    assert year_fact in got and goal_fact in got, sorted(got)


def test_an_aim_beyond_a_bound_stays_one_figure():
    # (covid16: "稳定在…以上，力争达到…" keeps the bound, no goal)
    got = _facts("sd26", "粮食产量稳定在1100亿斤以上，力争达到1150亿斤。")
    assert ("grain_output", "target", "2026", "level", 1100) in got
    assert not any(f[1] == "goal" for f in got)


def test_a_year_after_the_comma_keeps_both():
    got = _facts("sd26", "粮食产量稳定在1100亿斤以上，2030年达到1150亿斤。")
    assert {("grain_output", "target", "2026", "level", 1100), ("grain_output", "goal", "2030", "level", 1150)} <= got


LEFT_OUT_TOTALS = [
    ("全省社会消费品零售总额增长5.1%。总量首次突破4万亿元。", ("retail_sales", "actual", "2025", "level", 4)),
    ("全省进出口总额增长7.8%。总量规模达到3.5万亿元。", ("foreign_trade", "actual", "2025", "level", 3.5)),
    ("全省地区生产总值增长5.4%。\n\n总量首次迈上3.8万亿元台阶。", ("gdp", "actual", "2025", "level", 3.8)),
]


@pytest.mark.parametrize("body,want", LEFT_OUT_TOTALS)
def test_a_bare_total_with_its_adverb_is_the_names_level(body, want):
    assert want in _facts("jx26rev", body)


def test_a_total_after_two_names_gives_no_level():
    got = _facts("jx26rev", "全省一般公共预算收入增长2.3%，地区生产总值增长5.4%。总量首次突破3.8万亿元。")
    assert not any(f[3] == "level" for f in got)


FOOT_LINKS = [
    ("post", "\n来源：宜宾发布\n编辑：王芳 审核：刘强\n推荐阅读\n宜宾2025年新增经营主体6.3万户。\n2025年宜宾接待游客8200万人次，"
     "旅游收入突破900亿元！\n"),
    ("post", "\n来源：宜宾发布\n\n▼精彩推荐▼\n宜宾去年城镇新增就业4.1万人。\n"),
    ("news", "\n（来源：重庆日报）\n责任编辑：李雪\n相关阅读\n重庆2025年进出口总额增长8.2%。\n"),
]


@pytest.mark.parametrize("head,body", FOOT_LINKS)
def test_titles_under_a_label_below_the_pages_foot_read_nothing(head, body):
    got = _facts(head, body)
    assert not any(f[1] == "actual" or f[0] in ("market_entities", "tourist_visits", "tourism_revenue") for f in got), got


def test_a_label_with_no_foot_above_keeps_the_reports_sentence():
    # (decision 423's rule: no foot above the label, a line with 。 is the report's sentence)
    got = _facts("news", "推荐阅读\n报告提出，全市城镇新增就业60万人以上。\n")
    assert ("urban_new_jobs", "target", "2026", "level", 60) in got
