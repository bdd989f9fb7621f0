"""A mend (mnd63, decision 529): cue words spelled in code moved to cues.tsv, and the region's own word read from one
definition (facts._OWN_WORD_RX). No behaviour changes: the rows' words reach the patterns that read them (these fail on the
base, which has no such rows), the three patterns whose text changed (a character class's order, an alternation of single
characters as a class) match exactly as the base's text did, checked over every character of the Basic Multilingual Plane,
and the functions that read the patterns answer as before."""
import re

import pytest

from planwatch import vocab
from planwatch.extract import facts as F, pledges as P
from planwatch.model import Metadata

# every character of the BMP but the surrogates: a class's or an alternation's members, checked one by one
_BMP = [chr(i) for i in range(0x20, 0x10000) if not 0xD800 <= i <= 0xDFFF]


def _same(old: re.Pattern, new: re.Pattern, texts, how: str = "match") -> None:
    for t in texts:
        a, b = getattr(old, how)(t), getattr(new, how)(t)
        assert (a is None) == (b is None), t
        if a is not None:
            assert (a.span(), a.groups()) == (b.span(), b.groups()), t


# --- the rows of cues.tsv: each word reaches the pattern that reads it ---

def test_year_start_aims_each_word_is_a_year_start_aim():
    words = vocab.cues()["year_start_aims"]
    assert set(words) >= {"预期", "目标"}
    for w in words:
        assert F._YEAR_START_AIM.search("全县年初" + w + "为增长6%") is not None
        assert F._YEAR_START_AIM.search("年初的" + w + "是6%").span() == (0, 3 + len(w))
    assert F._YEAR_START_AIM.search("年初计划为增长6%") is None


def test_set_target_verbs_each_word_sets_a_closing_target():
    words = vocab.cues()["set_target_verbs"]
    assert set(words) >= {"确定", "下达", "提出", "设定", "明确"}
    for w in words:
        assert F._SET_TARGET_CLOSES.search("赣州市" + w + "的固定资产投资增长目标为9%") is not None
    # (no verb of setting before 的: no target set by a setter)
    assert F._SET_TARGET_CLOSES.search("赣州市今年的固定资产投资增长目标为9%") is None


def test_targets_lead_between_each_word_and_all_in_order():
    words = vocab.cues()["targets_lead_between"]
    assert set(words) >= {"建议", "安排", "如下"}
    for w in words:
        assert F._TARGETS_LEAD.search("主要预期目标" + w + "：") is not None
    assert F._TARGETS_LEAD.search("主要预期目标" + "".join(words) + "：") is not None
    assert F._TARGETS_LEAD.search("主要预期目标建议安排如下：") is not None
    assert F._TARGETS_LEAD.search("今年政府工作的总体要求是：") is None


def test_targets_lead_between_news_is_pledges_own_row():
    words = vocab.cues()["targets_lead_between_news"]
    assert "任务" in words
    for w in words:
        assert P._TARGETS_LEAD.search("今年的目标" + w + "是") is not None
    # (the rows differ on purpose: a plan report's "目标建议为" is no news page's lead in pledges, as on the base)
    assert P._TARGETS_LEAD.search("主要预期目标建议为") is None
    assert F._TARGETS_LEAD.search("主要预期目标建议为") is not None


def test_plan_end_resolve_each_word_opens_a_plan_end():
    words = vocab.cues()["plan_end_resolve"]
    assert set(words) >= {"力争", "争取", "确保"}
    for w in words:
        assert P._PLAN_END_OPENS.match(w + "到“十五五”末，") is not None
        assert P._PLAN_END_OPENS.match("\u3000" + w + "到“十四五”期末，") is not None
    assert P._PLAN_END_OPENS.match("到“十五五”末，").end() == 8
    assert P._PLAN_END_OPENS.match("努力到“十五五”末，") is None


# --- one definition of the region's own word ---

def test_own_word_is_one_definition():
    assert F._OWN_WORD_RX == "[全我本][省市区县州旗盟]"
    assert F._OWN_WORD_FIRST == frozenset(F._OWN_WHOLE_CHARS)
    for p in (F._OWN_WORD, F._OWN_WORD_END, F._OWN_CLAUSE_IN_BRACKET, F._AIMED_AT, F._PLACE_NEXT, F._ABOVE_OWN_PLACE,
              F._part_title_rx()[1]):
        assert F._OWN_WORD_RX in p.pattern, p.pattern
    assert F._OWN_CHANGE_NEXT.pattern.startswith("[全我本]([省市区县州旗盟])")


def test_part_title_own_class_as_the_base_spelled_it():
    # the base's "[全本我][省市县区州旗盟]": the same two sets, each checked over the BMP with the other fixed to a member
    old, new = re.compile(r"[全本我][省市县区州旗盟]"), F._part_title_rx()[1]
    _same(old, new, [c + "县" for c in _BMP], "fullmatch")
    _same(old, new, ["本" + c for c in _BMP], "fullmatch")


def test_place_next_as_the_base_spelled_it():
    # the base's "((?:我|本|全)[省市区县州旗盟])?": one character of three, as a class; the rest of the text unchanged
    tail = r")?(?=(?:的)?(?:增速|增幅|总量|规模)?(?:位?居|位列|列|排名|排在|稳居|跃居)[^，,。；;\d]{0,8}?第)"
    old = re.compile(r"((?:我|本|全)[省市区县州旗盟]" + tail)
    assert F._PLACE_NEXT.pattern == "([全我本][省市区县州旗盟]" + tail
    _same(old, F._PLACE_NEXT, [c + "县居全市第3位" for c in _BMP])
    _same(old, F._PLACE_NEXT, ["我" + c + "增速居全市第3位" for c in _BMP])


def test_above_own_place_as_the_base_spelled_it():
    head = r"(?:增速|增幅|总量)?(?:位居|位列|居|列|排名|稳居|跃居)[^，,。；;\d]{0,8}?第[^，,。；;]{1,4}[，,；;](?="
    old = re.compile(head + "[我本全][省市区县州旗盟])")
    assert F._ABOVE_OWN_PLACE.pattern == head + "[全我本][省市区县州旗盟])"
    _same(old, F._ABOVE_OWN_PLACE, ["增速居全省第3位，" + c + "县增长7%" for c in _BMP], "search")
    _same(old, F._ABOVE_OWN_PLACE, ["居全市第2位；全" + c + "增长7%" for c in _BMP], "search")


# --- the readers answer as before ---

@pytest.mark.parametrize("region,own", [("莒县", True), ("莒州市", False), ("", True)])
def test_own_figure_follows_reads_the_own_words(region, own):
    # (全县 is 莒县's own word, not 莒州市's; no region known: the level above's figure yields, decision 505's reading)
    t = "市定目标为城镇新增就业4000人，全县新增4350人。"
    assert F._own_figure_follows(t, t.index("4000"), region) is own


@pytest.mark.parametrize("word", ["我县", "本县", "莒县"])
def test_own_figure_follows_each_own_word(word):
    t = "市定目标为城镇新增就业4000人，" + word + "新增4350人。"
    assert F._own_figure_follows(t, t.index("4000"), "莒县")


@pytest.mark.parametrize("title,part", [("表1　西青经开区主要经济指标", True), ("表1　全区及西青经开区主要经济指标", False),
                                        ("表1　本区经开区主要经济指标", False), ("表1　我区经开区主要经济指标", False)])
def test_part_table_title(title, part):
    assert F._part_table_title(title, 0, len(title)) is part


@pytest.mark.parametrize("clause,own", [("我市确定为7%左右", True), ("全市增长12.1%", True), ("全县确定为7%左右", False),
                                        ("全省增长10%", False)])
def test_own_clause_in_bracket(clause, own):
    m = Metadata(region="赣州市", level="prefecture", province="江西省", report_year=2021)
    s = "（全国预期目标5.5%以上，" + clause + "）"
    assert F._own_clause_in_bracket(s, 1, len(s) - 1, m) is own


def test_listed_target_leads():
    for t, listed in (("主要预期目标建议安排如下：\n地区生产总值增长6%", True), ("主要预期目标如下：地区生产总值增长6%", True),
                      ("今年政府工作的总体要求是：\n地区生产总值增长6%", False)):
        assert F._listed_target(t, len(t), 2026) is listed


def test_task_clause_after_a_targets_lead():
    assert P._task_clause("今年的目标任务是：地区生产总值增长6%，新建改造农村公路120公里") is None
    assert P._task_clause("今年，全县地区生产总值预期增长6%左右，新建改造农村公路120公里") is not None


def test_set_target_then_own_aim():
    s = "赣州市确定的固定资产投资增长目标为9%。全市力争增长10%。"
    assert F._above_target_then_own_aim(s, 0, s.index("。"), "市")
    s = "赣州市今年的固定资产投资增长目标为9%。全市力争增长10%。"
    assert not F._above_target_then_own_aim(s, 0, s.index("。"), "市")
