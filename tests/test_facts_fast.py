"""Faster forms of fact extraction's steps against the plain ones they replace, on random
inputs built from the words they look for and noise."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import facts


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["：", ":", "如下", "以下", "。", "*", " ", "\t", "\u3000", "\n", "目标", "如", "下", "以", "，"]),
                max_size=8))
def test_a_lead_line_end_is_read_as_the_pattern_reads_it(parts):
    line = "今年主要预期目标" + "".join(parts)
    assert facts._ends_lead(line) == (facts._LEAD_END.search(line) is not None)


def test_a_lead_line_ends_with_a_colon_or_as_follows():
    assert facts._ends_lead("主要预期目标是：** ")
    assert facts._ends_lead("具体安排如下。")
    assert not facts._ends_lead("主要预期目标是：地区生产总值增长6%")


_PLACE_WORDS = ["开发区", "县域", "街道", "新城", "经济", "全年", "累计", "实现", "完成", "的预期", "年度", "年初", "预期", "目标",
                "从", "由", "三年来", "两年间", "五年以来", "十年累计", "同比", "较", "与", "2019", "比2020年", "到2030年底的",
                "重点", "贫困", "脱贫", "山区", "地区", "城市", "区域", "县区", "市县", "县", "乡村", "中西部", "东中部", "的", "全市",
                "本级", "市本级", "企业", "单位", "项目", "主体", "实绩", "业绩", "增加值", "到", "2030", "2025", "年", "底", "前",
                "以前", "比", "20", "，", "目标", "计", "共", "五年", " ", "\n", "区"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS), max_size=10))
def test_tests_before_a_pattern_never_skip_a_match(parts):
    """Each cheap test that skips a pattern's search only skips where the pattern finds nothing."""
    text = "".join(parts)
    if facts._NAMED_PART.search(text[-12:]):
        assert facts._ends_named_part(text)
    if facts._NOUN_AFTER.match(text):
        assert text[:1] in facts._NOUN_AFTER_FIRST
    if facts._TITLE_LINE.fullmatch(text):
        assert 4 <= len(text.strip()) <= 30
    if facts._OWN_LEVEL.search(text):
        assert "本级" in text
    if facts._TARGET_CTX.search(text):
        assert "标" in text
    if facts._summed().search(text):
        assert "计" in text or "共" in text
    if facts._FIVE_YEARS.search(text):
        assert "五" in text
    if facts._part_of_region().search(text):
        assert text[-1:] in facts._PART_OF_REGION_LAST
    if facts._FROM.search(text):
        assert "从" in text or "由" in text
    if facts._PER_UNIT.search(text):
        assert "每" in text or "各" in text
    if facts._TIME_LEAD.fullmatch(text):
        assert len(text) <= 7
    if facts._TO_YEAR.search(text) or facts._BASE_YEAR.search(text):
        assert "年" in text
    if facts._BASE_YEAR.search(text):
        assert "比" in text or "较" in text or "与" in text
    for a in range(len(text) + 1):
        assert facts._after_target(text, a) == (facts._AFTER_TARGET.match(text, a) is not None)
    for a in range(0, len(text) + 1, 3):
        assert [m.span() for m in facts._by_years(text, a, len(text))] == \
            [m.span() for m in facts._BY_YEAR.finditer(text, a, len(text))]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["2025年", "1998年", "底", "全年", "今年", "去年", "上年", "其中", "全", "省会", "首府", "城市",
                                 "襄阳", "宜昌", "市", "地区", "实现", "完成", "的", "、", "和", "，", "：", "\n", "全市", "年", "1", "2"]),
                max_size=8))
def test_the_place_ending_a_lead_is_the_one_the_plain_patterns_leave(parts):
    """The tests on a piece's first and last character before each pattern, and the window searched, change nothing."""
    lead = "".join(parts)
    last = facts._PLACE_LEAD_END.sub("", facts._PLACE_LEAD_START.sub("", re.split(r"[、和及与，,；;：:]", lead)[-1]))
    assert facts._lead_place(lead) == (last, facts._CAPITAL_BEFORE.sub("", last))
    whole, tail = facts._NAMED_DIVISION.search("西宁市" + lead), facts._NAMED_DIVISION.search(("西宁市" + lead)[-16:])
    assert (whole and whole.group(1)) == (tail and tail.group(1))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["二", "〇", "零", "○", "一", "九", "年", "零售", "二〇二四", "一九九八", "2024", "，", "五"]), max_size=10))
def test_years_in_chinese_numerals_are_written_in_digits_as_the_pattern_finds_them(parts):
    from planwatch.normalize import _CN_YEAR, _CN_YEAR_DIGITS, digit_years

    text = "".join(parts)
    assert digit_years(text) == _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_YEAR_DIGITS), text)


def after_last(to_last: re.Pattern, text: str, lo: int, pos: int) -> int:
    """The plain form of facts._after_mark: a match from lo to just after the last mark before pos."""
    lo = max(0, lo)
    m = to_last.match(text, lo, pos)
    return m.end() if m else lo


# the plain forms: from the start of a search to just after the last mark of a kind before its end
TO_LAST_CLAUSE_MARK = re.compile(r"(?s:.*)[。；！？\n;!?，,：:]")
TO_LAST_SENT_MARK = re.compile(r"(?s:.*)[。；！？\n;!?]")
TO_LAST_FULL_STOP = re.compile(r"(?s:.*)[。！？\n]")  # a sentence with its ；-clauses
TO_LAST_SEMI = re.compile(r"(?s:.*)[。！？\n；;]")


@settings(max_examples=300, deadline=None)
@given(st.text("。；！？\n;!?，,：:字a1", max_size=60), st.data())
def test_sentence_bounds_found_backwards_are_those_matched_back(text, data):
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(-5, len(text)))
    for mark, pattern in ((facts._SENT_MARKS, TO_LAST_SENT_MARK), (facts._FULL_STOPS, TO_LAST_FULL_STOP),
                          (facts._SEMI_STOP_MARKS, TO_LAST_SEMI), (facts._CLAUSE_MARKS, TO_LAST_CLAUSE_MARK)):
        assert facts._after_mark(mark, text, lo, pos) == after_last(pattern, text, lo, pos)
    assert facts._clause_start(text, pos, 7) == after_last(TO_LAST_CLAUSE_MARK, text, pos - 7, pos)


# each first-look test as the code writes it, beside the pattern it stands before: strings that
# match the pattern are drawn from the pattern itself, so that a word added to the pattern and
# not to its test makes this fail
_SEARCHED = [
    (facts._BASE_YEAR, lambda s: "比" in s or "较" in s or "与" in s),
    (facts._BY_YEAR, lambda s: "20" in s or "末" in s),
    (facts._TARGET_CTX, lambda s: "标" in s),
    (facts._summed(), lambda s: "计" in s or "共" in s),
    (facts._OWN_LEVEL, lambda s: "本级" in s),
    (facts._FIVE_YEARS, lambda s: "五" in s),
    (facts._FROM, lambda s: "从" in s or "由" in s),
    (facts._TO_YEAR, lambda s: "年" in s),
    (facts._part_of_region(), lambda s: s[-1:] in facts._PART_OF_REGION_LAST),
    (facts._NAMED_PART, facts._ends_named_part),
    (facts._N_YEARS_AVERAGE, lambda s: "年平均" in s),
]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_no_first_look_test_skips_a_string_its_pattern_finds(data):
    for pattern, looks in _SEARCHED:
        s = data.draw(st.from_regex(pattern))
        if pattern.search(s) and (pattern is not facts._NAMED_PART or pattern.search(s[-12:])):
            assert looks(s), (pattern.pattern, s)
    s = data.draw(st.from_regex(facts._NOUN_AFTER, fullmatch=True))
    assert s[:1] in facts._NOUN_AFTER_FIRST
    s = data.draw(st.from_regex(facts._AFTER_TARGET))
    assert all(facts._after_target(s, a) == (facts._AFTER_TARGET.match(s, a) is not None) for a in range(len(s) + 1))
    s = data.draw(st.from_regex(facts._TITLE_LINE, fullmatch=True))
    assert 4 <= len(s.strip()) <= 30
    s = data.draw(st.from_regex(facts._LEAD_END))
    assert facts._ends_lead(s) == (facts._LEAD_END.search(s) is not None)


_PART_WORDS = ["前", "三", "季度", "末", "上", "半年", "1", "11", "—", "-", "至", "到", "月", "份", "以来", "一至十一月",
               "截至", "底", "12", "个月", " ", "2", "。", "年", "一", "二", "两", "四", "十", "下", "半", "季", "～", "\n", "\u3000", "5"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PART_WORDS), max_size=10), st.integers(0, 3))
def test_part_of_a_year_found_where_the_plain_pattern_finds_it(parts, lo):
    import re

    text = "".join(parts)
    plain = re.compile(facts._PART_OF_YEAR.pattern.replace("1(?<!\\d\\d)", "(?<!\\d)1"))
    lo = min(lo, len(text))
    assert [m.span() for m in facts._PART_OF_YEAR_AT.finditer(text, lo, len(text))] == \
        [m.span() for m in plain.finditer(text, lo, len(text))]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_pattern_is_tried_only_where_its_first_characters_stand(data):
    """The first characters read from each pattern hold the first character of every string it matches."""
    from planwatch.extract.prefilter import first_set

    for pattern in (facts._NAMES_TARGET_RX, facts._THRESHOLD_OF, facts._FALL_AFTER, facts._OF_SOMETHING):
        s = data.draw(st.from_regex(pattern))
        m = pattern.search(s)
        assert s[m.start():m.start() + 1] in first_set(pattern)
    # (_NAMES_TARGET wraps the regex: its task named 任务 alone opens with 的 too, decision 94, or with 任 where its 的 is
    # left out, "完成市下达的42亿元任务", decision 401)
    assert facts._NAMES_TARGET_FIRST == first_set(facts._NAMES_TARGET_RX) | {"任"} and "的" in facts._NAMES_TARGET_FIRST
    assert "的" in facts._OF_SOMETHING_FIRST
    assert "x" in first_set(__import__("re").compile(r"\d+|年"))  # not known: every character is tried
