"""adv64g (decision 562): an adversarial review of decisions 553, 556, 557 and 560, blind.

- The year's start opening a review sentence, an aim in the figure's clause, the next sentence another name's result
  (“年初，全市一般公共预算收入力争增长6%。全年实际完成固定资产投资增长8.6%。”): the aim is the year reviewed's target
  (failed on the base: read as its result, as a bare aim of the review is).
- A post's 往期推荐 over other posts' titles that end in 。 (“2024年攸县新建公园8个，新增停车位2000个。”): the titles read
  nothing (failed on the base: a line with 。 ended the block and its figures were the report's).
- A bare 总量 opening the sentence after one name's figure, in one paragraph or the next (“…地区生产总值增长6.3%。\\n\\n总量
  达到13531亿元。”): that name's level (failed on the base: lost).
Look-alikes keep their reading: a bare aim of the review without 年初 (its result: a report given before the year closed
estimates so), 年初 before a clause with no aim, the aim with its result after it (decision 553), a news page's
相关阅读 title with 。 (the report's sentence, decision 423), 总量 after a sentence with another name's figure before."""
from __future__ import annotations

import pytest

from factkeys import read

_HEADS = {
    "city": "赣州市2023年政府工作报告\n——2023年1月10日在赣州市第六届人民代表大会第三次会议上\n市长 陈立新\n一、2022年工作回顾\n",
    "news": ("吉林省政府工作报告解读：稳中求进\n来源：吉林日报 2024-01-22 07:30\n1月21日，吉林省第十四届人民代表大会第二次会议"
             "在长春开幕。省长胡玉亭作政府工作报告。\n\n"),
    "post": ("原创 攸县发布 2025-01-08 18:20 湖南\n划重点！2025年攸县政府工作报告来了\n1月8日上午，攸县第十八届人民代表大会第五次"
             "会议开幕，县长周海涛作政府工作报告。一起来看👇\n【2025年目标】\n👉 地区生产总值增长 **6%** 左右\n"),
}


def _read(head: str, body: str):
    return read(_HEADS[head] + body + "\n", "t.txt")


def _facts(head: str, body: str) -> set:
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in _read(head, body).facts
            if not f.indicator.startswith("other:")}


YEAR_START_AIMS = [
    ("年初，全市一般公共预算收入力争增长6%。全年实际完成固定资产投资增长8.6%。",
     ("fixed_asset_investment", "actual", "2022", "growth", 8.6)),
    ("年初，全市一般公共预算收入争取增长6%。社会消费品零售总额增长4.2%。",
     ("retail_sales", "actual", "2022", "growth", 4.2)),
    ("年初，全市一般公共预算收入力争增长6%。", None),
]


@pytest.mark.parametrize("body,other", YEAR_START_AIMS)
def test_the_years_start_aim_is_the_reviewed_years_target(body, other):
    got = _facts("city", body)
    assert ("general_budget_revenue", "target", "2022", "growth", 6) in got
    assert not any(f[:2] == ("general_budget_revenue", "actual") for f in got)
    assert other is None or other in got


def test_the_years_start_aim_with_the_name_after_it():
    # (decision 553's Left: the aim word before the name; the report year's target on the base)
    got = _facts("city", "年初，全市力争地区生产总值增长7.5%。")
    assert ("gdp", "target", "2022", "growth", 7.5) in got
    assert not any(f[2] == "2023" for f in got)


def test_the_years_start_aim_then_its_result_after_a_comma():
    # (the base read the aim as the result and lost the result after it)
    got = _facts("city", "年初，一般公共预算收入力争增长6%，实际增长6.8%。")
    assert ("general_budget_revenue", "target", "2022", "growth", 6) in got
    assert ("general_budget_revenue", "actual", "2022", "growth", 6.8) in got


KEPT_AIMS = [
    # (a bare aim of the review: its result, as the base reads it)
    ("全市一般公共预算收入力争增长6%。", ("general_budget_revenue", "actual", "2022", "growth", 6)),
    # (年初 before a clause with no aim: the figure's clause decides)
    ("年初，面对疫情冲击，全市力争稳住经济，地区生产总值增长4.8%。", ("gdp", "actual", "2022", "growth", 4.8)),
    # (the aim, then its result: decision 553)
    ("年初，地区生产总值力争增长7.5%。实际增长6.8%。", ("gdp", "actual", "2022", "growth", 6.8)),
]


@pytest.mark.parametrize("body,fact", KEPT_AIMS)
def test_look_alike_aims_keep_their_reading(body, fact):
    assert fact in _facts("city", body)


FULL_STOP_TITLES = [
    "往期推荐\n2024年攸县新建公园8个，新增停车位2000个。\n攸县2023年GDP增长6.2%，总量突破480亿元。\n",
    "▶往期回顾◀\n攸县2023年GDP增长6.2%。\n好消息！今年新增停车位2000个\n",
    "往期精选\n重磅！攸县2023年GDP增长6.2%，总量突破480亿元。\n",
]


@pytest.mark.parametrize("foot", FULL_STOP_TITLES)
def test_other_posts_titles_ending_in_a_full_stop_read_nothing(foot):
    d = _read("post", "来源：攸县发布 | 编辑：刘洋\n" + foot)
    assert {(f.indicator, f.role, f.period) for f in d.facts} == {("gdp", "target", "2025")}
    assert not d.pledges


def test_a_report_sentence_after_a_blank_line_under_the_titles_kept():
    d = _read("post", "往期推荐\n2024年攸县新建公园8个。\n\n报告提出，今年将新建学校6所。\n")
    assert {(p.object, p.value) for p in d.pledges} == {("学校", 6)}


def test_a_news_pages_related_title_with_a_full_stop_stays_the_reports():
    # (相关阅读 on a news page keeps decision 423's rule: a line with 。 is the report's sentence)
    got = _facts("news", "相关阅读\n报告提出，2024年全省地区生产总值预期增长6%左右。\n")
    assert ("gdp", "target", "2024", "growth", 6) in got


LEFT_OUT_TOTALS = [
    "报告显示，2023年全省地区生产总值增长6.3%。\n\n总量达到13531亿元。\n\n固定资产投资增长0.3%。",
    "报告显示，2023年全省地区生产总值增长6.3%。总量达到13531亿元。",
    "报告显示，2023年全省地区生产总值增长6.3%。\n\n总量突破13531亿元。",
]


@pytest.mark.parametrize("body", LEFT_OUT_TOTALS)
def test_a_bare_total_after_a_names_figure_is_its_level(body):
    got = _facts("news", body)
    assert ("gdp", "actual", "2023", "level", 13531) in got
    assert ("gdp", "actual", "2023", "growth", 6.3) in got


def test_a_bare_total_after_another_names_figure_is_nobodys():
    # (the sentence's earlier figure is another name's: whose total it is, the text does not say)
    got = _facts("news", "报告显示，2023年全省一般公共预算收入增长5%，地区生产总值增长6.3%。总量达到13531亿元。")
    assert not any(f[4] == 13531 for f in got)


def test_the_next_paragraphs_new_name_keeps_its_own():
    got = _facts("news", "报告提出，2024年全省地区生产总值预期增长6%左右。\n\n一般公共预算收入增长5%。")
    assert ("general_budget_revenue", "target", "2024", "growth", 5) in got
    assert ("gdp", "target", "2024", "growth", 6) in got
