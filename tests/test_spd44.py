"""The patterns respelled in the 2026-12-06 speed pass (docs/benchmarks.md) match as the patterns first written, and
each opens so that re skips in C to a place one of its first characters stands (a charset or a literal prefix)."""
from __future__ import annotations

import random
import re

from helpers import example_texts as _texts, skips_in_c as _skips_in_c
from planwatch.extract import facts, pledges

# the patterns as first written (before the speed pass), each its own spelling
_HANDED_LEAD_PLAIN = re.compile(
    r"下达(?:给)?(?:我|本)[省市区县州旗盟]|[省市州盟]定(?:给)?(?:我|本)[市区县州旗盟]"
    r"|[省市州盟里](?:确定|核定|分解)(?:给)?(?:我|本)[市区县州旗盟]"
    r"|(?:给|向|对)(?:我|本)[市区县州旗盟]下达|(?:上级|[省市州盟]里)下达的(?:主要)?(?:预期)?(?:目标|指标)(?:任务)?(?:为|是|：|:)"
    r"|(?<![全我本])[省市州盟]定的?(?:主要)?(?:预期)?(?:目标|指标)(?:任务)?(?:为|是)")
_GAP_TO_CAPTION_PLAIN = re.compile(r"[ \t\u3000|丨：:]+")
_PART_YEAR_TITLE_PLAIN = re.compile(
    r"(?:上半年|前三季度|[一二三]季度|(?<!\d)1\s*[—–\-～~至]\s*(?:1[01]|[2-9])月|一至(?:十一|十|[二三四五六七八九])月"
    r"|前(?:[2-9]|1[01]|[两二三四五六七八九十]|十一)个月)"
    r"[^\n。]{0,30}?(?:经济|执行情况|完成情况|运行|指标|数据|形势)")


def _strings(alphabet: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(n)]


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.group(0)) == (b.span(), b.group(0)))


def test_the_respelled_patterns_skip_to_their_first_characters():
    for pat in (pledges._TARGET_LIST_FIRST, facts._HANDED_LEAD, facts._GAP_TO_CAPTION, facts._PART_YEAR_TITLE):
        assert _skips_in_c(pat), pat.pattern[:60]
    # (the whole target list does not: its last branch opens with ^, which is why _target_list_search splits it)
    assert not _skips_in_c(pledges._TARGET_LIST)


def test_target_list_is_its_words_and_its_look_ahead():
    assert pledges._TARGET_LIST.pattern == pledges._TARGET_LIST_WORDS + "|" + pledges._TARGET_LIST_AHEAD
    assert pledges._TARGET_LIST_AHEAD.startswith("^") and pledges._TARGET_LIST_AHEAD_RE.pattern == pledges._TARGET_LIST_AHEAD
    # (the respelling changed the first pattern: if the revised lists' branch is edited, _TARGET_LIST_FIRST must follow)
    assert pledges._TARGET_LIST_FIRST.pattern != pledges._TARGET_LIST_WORDS
    assert "(?:预期|主要)目标" not in pledges._TARGET_LIST_FIRST.pattern


def test_target_list_search_finds_what_the_whole_pattern_finds():
    words = ["预期", "主要", "目标", "任务", "指标", "是", "为", "：", "如下", "建议", "拟", "安排", "设定", "调整", "作出",
             "相应", "上述", "实现", "完成", "从今年", "今年", "的", "看", "，", "展望", "2024", "年", " ", "以下", "包括", "还"]
    samples = _strings(words, 20000, 44)
    for text in _texts():
        samples += [p for p in text.split("\n") if p]
        samples += [text[i:i + 40] for i in range(0, len(text), 37)]
    for s in samples:
        assert _same(pledges._TARGET_LIST.search(s), pledges._target_list_search(s)), s


def test_handed_lead_matches_the_pattern_first_written():
    words = ["省", "市", "州", "盟", "里", "全", "我", "本", "给", "向", "对", "上级", "下达", "定", "确定", "核定", "分解",
             "的", "主要", "预期", "目标", "指标", "任务", "为", "是", "：", "区", "县", "旗", "，"]
    samples = _strings(words, 20000, 45)
    for text in _texts():
        samples += [text[i:i + 60] for i in range(0, len(text), 29)]
    for s in samples:
        for pos in (0, 1, 3):
            assert _same(_HANDED_LEAD_PLAIN.search(s, pos), facts._HANDED_LEAD.search(s, pos)), s


def test_gap_to_caption_matches_the_pattern_first_written():
    samples = _strings([" ", "\t", "\u3000", "|", "丨", "：", ":", "字", "1", "\n"], 5000, 46)
    for s in samples:
        for pos in (0, 2):
            assert _same(_GAP_TO_CAPTION_PLAIN.search(s, pos), facts._GAP_TO_CAPTION.search(s, pos)), s
            assert _same(_GAP_TO_CAPTION_PLAIN.fullmatch(s, pos), facts._GAP_TO_CAPTION.fullmatch(s, pos)), s


def test_part_year_title_matches_the_pattern_first_written():
    words = ["上半年", "前三季度", "一", "二", "三", "季度", "1", "0", "5", "11", "—", "-", "至", " ", "月", "一至", "十一", "十",
             "前", "个月", "两", "经济", "运行", "数据", "\n", "。", "2023年", "全市"]
    samples = _strings(words, 20000, 47)
    for text in _texts():
        samples.append(text[:200])
        samples += [text[i:i + 200] for i in range(0, len(text), 97)]
    for s in samples:
        for pos in (0, 1):
            assert _same(_PART_YEAR_TITLE_PLAIN.search(s, pos, 200), facts._PART_YEAR_TITLE.search(s, pos, 200)), s
