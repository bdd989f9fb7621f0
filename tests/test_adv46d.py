"""Decision 346 (adv46d): an adversarial review of decisions 341, 342, 344 and 345, blind. A portal page's head line
listing the session's reports with the government's first ("…开幕 审议政府工作报告和计划、预算报告") cuts no part of
another report from the page (its facts stay the government's, not other:预算报告…); a rank after a pace against the
level above in words may name the place by its noun first ("，与全省持平，位次居全省第3位"); a card's line ending on a
figure's unit does not run into the next line opening on a year and its verb ("…5680亿元\\n2025年为1210亿元")."""
from __future__ import annotations

import pytest

from factkeys import key_values, read
from helpers import city_report
from planwatch import normalize


def _city(body: str, year: int = 2022) -> str:
    return city_report(body, year)  # (a prefecture city's government work report text)


# --- a news head listing the session's reports, the government's first ---------------------------------------------

def _portal(head: str, tail: str = "") -> str:
    return ("首页 > 新闻中心 > 政府工作报告\n" + head + "\n发布时间：2022-01-14 10:20　来源：南阳日报\n\n"
            "1月13日，南阳市第十届人民代表大会第二次会议开幕，市长王刚代表市人民政府作政府工作报告。\n"
            "报告显示，2021年全市地区生产总值增长7.2%，一般公共预算收入增长6.4%。\n" + tail)


# the head names the plan and budget reports after the government's: the page's figures are the government's, not a
# budget report's part (before the fix: other:预算报告地区生产总值…)
@pytest.mark.parametrize("head", ["南阳市十届人大二次会议开幕 审议政府工作报告和计划、预算报告",
                                  "市人代会开幕 听取政府工作报告 审查计划报告和预算报告"])
def test_head_listing_reports_cuts_no_other_part(head):
    fs = key_values(read(_portal(head)))
    assert fs[("gdp", "actual", "2021", "growth")] == (7.2, "eq")
    assert fs[("general_budget_revenue", "actual", "2021", "growth")] == (6.4, "eq")
    assert not any(k[0].startswith("other:") for k in fs)


# look-alike: a budget report's own heading line under the government's, alone on its line, still opens another
# report's part (the figures under it are the budget report's)
def test_budget_report_heading_alone_still_cut():
    text = _portal("南阳市十届人大二次会议开幕", "\n预算报告\n2021年全市一般公共预算收入完成128.6亿元，增长6.4%。\n")
    fs = key_values(read(text))
    assert fs[("gdp", "actual", "2021", "growth")] == (7.2, "eq")
    assert any(k[0].startswith("other:预算报告") for k in fs)


# --- a rank after a pace in words, the place named by its noun first ------------------------------------------------

# 位次/排位 before 居/列: the rank is the name's (before the fix: lost)
@pytest.mark.parametrize("clause", ["与全省持平，位次居全省第3位", "与全省平均水平同步，位次居全省第3位",
                                    "与全省基本一致，增速位次居全省第3位"])
def test_rank_by_its_noun_after_pace(clause):
    fs = key_values(read(_city(f"一、2021年工作回顾\n2021年，全市规模以上工业增加值增长9.4%，{clause}。")))
    assert fs[("industrial_va", "actual", "2021", "growth")] == (9.4, "eq")
    assert fs[("industrial_va", "actual", "2021", "rank")] == (3, "eq")


# look-alike: a pace with no place after it, the next name's figure its own (no rank, the income's growth read)
def test_pace_then_next_name_unchanged():
    fs = key_values(read(_city("一、2021年工作回顾\n2021年，全市规模以上工业增加值增长9.4%，与全省持平，"
                               "居民人均可支配收入增长8.1%。")))
    assert fs[("disposable_income", "actual", "2021", "growth")] == (8.1, "eq")
    assert not any(k[3] == "rank" for k in fs)


# --- a card's row ending on a unit over a row opening on a year ----------------------------------------------------

def _card_page(rows: str) -> str:
    return ("一图读懂｜2026年武侯区政府工作报告\n2026-01-16 20:10　来源：武侯区融媒体中心\n\n1月14日，成都市武侯区第八届人民代表大会"
            "第六次会议开幕，区长李强代表区人民政府作政府工作报告。\n\n【“十四五”回顾】\n" + rows + "\n")


# the total over the years keeps its own line and span (before the fix: the rows joined, 402 read as the span's total)
@pytest.mark.parametrize("second", ["2025年为402亿元", "2025年完成402亿元", "2025年，完成402亿元"])
def test_card_row_over_year_row_kept_apart(second):
    text = _card_page("五年累计完成固定资产投资1680亿元\n" + second)
    assert "1680亿元\n2025年" in normalize.normalize(text).text
    fs = key_values(read(text))
    assert fs[("fixed_asset_investment", "actual", "2021-2025", "level")] == (1680, "eq")


# look-alikes: a line cut before 比 + year goes on ("…1680亿元，比\n2020年…"), a card's name over its figure and change
# still joins, and a year row with no verb of its own ("2025年的…") is not kept apart by this rule
@pytest.mark.parametrize("rows,joined", [("五年累计完成固定资产投资1680亿元，比\n2020年增长38%", "比2020年增长38%"),
                                         ("地区生产总值\n5460亿元\n增长5.2%", "地区生产总值5460亿元增长5.2%")])
def test_other_breaks_unchanged(rows, joined):
    assert joined in normalize.normalize(_card_page(rows)).text
