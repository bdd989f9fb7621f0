"""prn61c (decision 502): this session's first sets printed eight ways, and the printing cases they showed.

Hand-written printed sentences. sent (a page setting each sentence a paragraph): a yearless target whose own sentence
tells the year's outcome ("…目标为5000人，全县完成5320人。") leads no review sentence after it — the figures of the next
paragraph are the year's results, as in the joined paragraph. html (a portal's page): a credit line under a page's last
cards ("（编辑：…　审核：…）") is no card caption, so cards that name first stay read name first.
Look-alikes: the joined paragraph; a yearless target with no outcome told; cards with no credit line; cards that set
their figure first, a credit line under them.
"""
from __future__ import annotations

import pytest

from planwatch import api

_HEAD = "玉田县2025年政府工作报告\n——2025年1月8日在玉田县第十八届人民代表大会第五次会议上\n\n"


def _facts(text: str) -> dict[str, tuple[str, str, float]]:
    doc = api.read_text(text, "t.txt")
    return {f.indicator: (f.role, f.period, f.value) for f in doc.facts}


def _pledges(text: str) -> set[tuple[str, str, float, str]]:
    doc = api.read_text(text, "t.txt")
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.action, p.object, p.value, p.unit) for p in doc.pledges}


@pytest.mark.parametrize("told", [
    "城镇新增就业目标为5000人，全县完成5320人。",
    "唐山市下达、全县落实的城镇新增就业目标为5000人，全县完成5320人。",
    "城镇新增就业目标为5000人，实际完成5320人。",
    "单位地区生产总值能耗下降目标为3.2%，全县实际下降3.9%。",
])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_sentence_a_paragraph_after_a_target_told_with_its_outcome(told, sep):
    text = _HEAD + "2024年，全县地区生产总值完成436.8亿元，增长5.8%。" + sep + told + sep + "城镇居民人均可支配收入增长5.6%。\n"
    assert _facts(text)["urban_disposable_income"] == ("actual", "2024", 5.6)


def test_joined_paragraph_reads_the_same():  # (look-alike: passes on the base too)
    text = _HEAD + "2024年，全县地区生产总值完成436.8亿元，增长5.8%。城镇新增就业目标为5000人，全县完成5320人。城镇居民人均可支配收入增长5.6%。\n"
    doc = api.read_text(text, "t.txt")
    got = {(f.indicator, f.role, f.period, f.value) for f in doc.facts}
    assert {("urban_disposable_income", "actual", "2024", 5.6), ("urban_new_jobs", "actual", "2024", 5320),
            ("urban_new_jobs", "target", "2024", 5000)} <= got


def test_targets_paragraph_with_no_outcome_still_leads():  # (look-alike: the year's targets, no outcome told)
    text = (_HEAD + "2024年，全县地区生产总值完成436.8亿元，增长5.8%。\n\n2025年主要预期目标是：地区生产总值增长6%左右。\n"
            "城镇新增就业目标为5000人，全县力争6000人。\n城镇居民人均可支配收入增长6%。\n")
    assert _facts(text)["urban_disposable_income"] == ("target", "2025", 6)


_CARDS = ("黑龙江省2020年政府工作报告\n——2020年1月12日在黑龙江省第十三届人民代表大会第三次会议上\n\n"
          "2019年，全省地区生产总值增长4.2%。\n\n2020年重点任务\n新建高标准农田\n800万亩\n改造城镇老旧小区\n1500个\n")
_WANT = {("新建", "高标准农田", 800, "万亩"), ("改造", "城镇老旧小区", 1500, "个")}


@pytest.mark.parametrize("credit", ["（编辑：李晓明　审核：张伟）", "(编辑：李晓明)", "编辑：王芳　校对：李娜"])
def test_cards_naming_first_over_a_page_credit_line(credit):
    assert _WANT <= _pledges(_CARDS + "\n\n" + credit + "\n扫一扫在手机打开当前页\n")


def test_cards_naming_first_with_no_credit_line():  # (look-alike: passes on the base too)
    assert _WANT <= _pledges(_CARDS)


def test_cards_figure_first_over_a_credit_line():  # (look-alike: a page that sets each figure over its caption)
    text = _CARDS.replace("新建高标准农田\n800万亩\n改造城镇老旧小区\n1500个", "800万亩\n新建高标准农田\n1500个\n改造城镇老旧小区")
    assert _WANT <= _pledges(text + "\n（编辑：李晓明　审核：张伟）\n")
