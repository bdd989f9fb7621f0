"""The faster matchers fact extraction relies on give exactly the matches of the plain patterns:
the alias trie (leftmost-longest, as the longest-first alternation), Skipping (try a pattern only
where its first character is) and Anchored (try it only near a word it must contain), on random
strings built from the words themselves and noise, and on hand-written sentences."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import facts
from planwatch.extract.prefilter import (Anchored, Skipping, SkippingSet, WordScan, anchors, first_chars, first_heads,
                                          find_mark, first_pairs, longest_first, marks, rfind_mark)

ALIASES = ["地区生产总值", "生产总值", "GDP", "地区生产", "总值", "一般公共预算收入", "一般公共预算", "收入", "人均",
           "城乡居民人均可支配收入", "城镇居民人均可支配收入", "PM2.5", "PM2.5浓度", "进出口", "出口", "口"]
NOISE = ["，", "。", "增长", "8.2%", "全市", "的", "和", "、", "\n", "第一", "2023年", "去年", "上年", "同期"]


def _spans(it):
    return [(m.start(), m.end(), m.group(0), m.lastgroup) for m in it]


def _plain(words):
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


pieces = st.lists(st.sampled_from(ALIASES + NOISE) | st.text("地区生产总值收入口人均城乡，", max_size=3), max_size=30)


@settings(max_examples=300, deadline=None)
@given(pieces, st.lists(st.sampled_from(ALIASES), min_size=1, max_size=len(ALIASES), unique=True))
def test_trie_matches_the_longest_first_alternation(parts, words):
    text = "".join(parts)
    assert _spans(re.compile(longest_first(words)).finditer(text)) == _spans(_plain(words).finditer(text))


def test_trie_of_the_real_aliases():
    lit, _, table = facts._alias_table()
    words = [a for a in table if not re.fullmatch(r"c\d+", a)]
    text = "全市地区生产总值增长5.2%，一般公共预算收入完成80亿元，城乡居民人均可支配收入分别增长5%和7%，PM2.5浓度下降"
    assert _spans(lit.finditer(text)) == _spans(_plain(words).finditer(text))
    assert [m.group(0) for m in lit.finditer(text)][:2] == ["地区生产总值", "一般公共预算收入"]


CUE_PATTERNS = [
    r"(?<![比较同与])(?:去年|上年)(?!同期|基础)|回顾|已经|已达到",
    r"(?<!实现)(?<!完成)(?:主要预期目标|预期目标|主要目标)(?!任务)|目标(?:是|为|:|：)|今年(?!以来)",
    r"(?<![比较与从由同和至到、于在及是])((?:19|20)\d{2})年(?:底|末)?(?!以来|来|前)",
    r"(?:在(?P<s0>全国|全省))?(?P<verb>位居|居|排)(?P<scope>[^，。\d第]{0,10}?)第(?P<n>\d{1,3})位?",
]
CUE_NOISE = ["去年", "上年", "同期", "比", "回顾", "已经", "已达到", "主要预期目标", "任务", "目标是", "今年", "以来",
             "2023", "年", "底", "19", "前", "在全国", "居", "第", "2", "位", "，", "。", "经济", "增长"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CUE_PATTERNS), st.lists(st.sampled_from(CUE_NOISE), max_size=25), st.data())
def test_skipping_finds_what_finditer_finds(pattern, parts, data):
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pat = re.compile(pattern)
    assert _spans(Skipping(pat).finditer(text, start, end)) == _spans(pat.finditer(text, start, end))
    plain = pat.search(text, start, end)
    assert _spans([m for m in [Skipping(pat).search(text, start, end)] if m]) == _spans([plain] if plain else [])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUE_NOISE), max_size=25), st.data())
def test_a_set_of_patterns_finds_what_each_finds(parts, data):
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pats = [re.compile(p) for p in CUE_PATTERNS]
    each = SkippingSet(pats).finditer_each(text, start, end)
    assert [_spans(ms) for ms in each] == [_spans(p.finditer(text, start, end)) for p in pats]


COMPOUNDS = [
    r"(?P<c2>(?:第一、二、三产业|一(?:产|产业)、二(?:产|产业)、三(?:产|产业)|一、二、三产业?)(?:的)?增加值)",
    r"(?P<c5>(?:一般公共预算|公共财政预算|地方一般公共预算)收入(?:和|、|与|及)支出)",
    r"(?P<c8>(?:服务业|第三产业)(?:增加值)?(?:占|在)(?:全市|全省)?(?:生产总值|GDP)(?:中)?(?:的)?(?:比重|比例))",
]
COMPOUND_NOISE = ["第一、二、三产业", "一产", "一产业", "二产业", "、", "三产", "三产业", "的", "增加值", "一般公共预算", "地方", "收入", "和",
                  "支出", "服务业", "第三产业", "占", "全市", "生产总值", "GDP", "比重", "，", "增长"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(COMPOUNDS), st.data())
def test_anchored_finds_what_finditer_finds(pattern, data):
    # whole matches (the longest too) among pieces of them
    pieces = st.from_regex(pattern, fullmatch=True) | st.sampled_from(COMPOUND_NOISE)
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    pat = re.compile(pattern)
    assert _spans(Anchored(pat).finditer(text)) == _spans(pat.finditer(text))


# small patterns of the kinds the rules use: literals, classes, optional parts, alternations,
# repeats and lookarounds, over a small alphabet
_ATOMS = st.sampled_from(["a", "b", "c", "[ab]", "[bc]", r"\d", "."])
_PATTERNS = st.recursive(
    _ATOMS,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map("".join),
        st.tuples(inner, inner).map(lambda t: f"(?:{t[0]}|{t[1]})"),
        st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{0,2}", "{1,3}"])).map(lambda t: f"(?:{t[0]}){t[1]}"),
        st.tuples(st.sampled_from(["(?<!a)", "(?<=b)", "(?!c)", "(?=a)", "^"]), inner).map("".join),
    ),
    max_leaves=6,
)


@settings(max_examples=400, deadline=None)
@given(_PATTERNS, st.text("abc1", max_size=12))
def test_every_match_begins_with_one_of_the_pairs(pattern, text):
    pat = re.compile(pattern)
    heads = first_pairs(pattern)
    if heads is None:
        return  # not known: the set falls back to the first characters
    assert "" not in heads and all(1 <= len(h) <= 2 for h in heads)
    for i in range(len(text) + 1):
        for end in range(i, len(text) + 1):
            m = pat.match(text, i, end)
            if m is not None:
                assert m.group(0)[:2] in heads, (pattern, text, i, end)


@settings(max_examples=400, deadline=None)
@given(_PATTERNS, st.sampled_from(["", "(?=b)", "(?=(?:ab|c)?a)", "(?=bc)", r"(?=\d)", "(?!a)"]), st.text("abc1", max_size=12))
def test_every_place_a_match_begins_at_starts_with_one_of_the_heads(pattern, ahead, text):
    # (a lookahead at the end reads the text after the match, up to the end of the window only)
    pattern = f"(?:{pattern}){ahead}"
    pat = re.compile(pattern)
    heads = first_heads(pattern, 3, ahead=True)
    if heads is None:
        return
    assert "" not in heads and all(1 <= len(h) <= 3 for h in heads)
    for i in range(len(text) + 1):
        for end in range(i, len(text) + 1):
            if pat.match(text, i, end) is not None:
                assert any(text.startswith(h, i, end) for h in heads), (pattern, text, i, end, heads)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PATTERNS, st.sampled_from(["", "(?=b)", "(?=(?:ab|c)?a)", "(?=bcb)"])), min_size=1, max_size=3),
       st.text("abc1", max_size=14), st.data())
def test_a_set_of_patterns_looking_ahead_finds_what_each_finds(patterns, text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pats = [re.compile(f"(?:{p}){a}") for p, a in patterns]
    each = SkippingSet(pats).finditer_each(text, start, end)
    assert [_spans(ms) for ms in each] == [_spans(p.finditer(text, start, end)) for p in pats]


def test_a_set_with_a_pattern_that_can_match_nothing_finds_what_finditer_finds():
    # (after an empty match finditer tries a longer one at the same place: "(?:b?|a)(?=a)" at "aa")
    pats = [re.compile("(?:(?:(?:b)?|a))(?=(?:ab|c)?a)")]
    each = SkippingSet(pats).finditer_each("1111aa", 0, 6)
    assert [_spans(ms) for ms in each] == [_spans(pats[0].finditer("1111aa", 0, 6))]


def test_heads_read_a_lookahead_at_the_end():
    assert first_heads(r"投资(?=(?:同比)?(?:增长|增速|下降))", 3, ahead=True) == {"投资同", "投资增", "投资下"}
    assert first_heads(r"(?P<c>城镇|城市)(?=(?:达到|为)?[\d.]+元)", 3, ahead=True) == {"城镇", "城市"}  # (digits: not read)
    assert first_heads(r"投资(?=增长)", 3) == {"投资"}  # (the match's own characters)
    assert first_heads(r"a(?=b)c", 3, ahead=True) == {"ac"}  # (a lookahead inside: not read)
    assert first_heads(r"服务业(?:增加值)?占", 3) == {"服务业"}


@settings(max_examples=300, deadline=None)
@given(st.lists(_PATTERNS, min_size=1, max_size=3), st.text("abc1", max_size=14), st.data())
def test_a_set_of_any_patterns_finds_what_each_finds(patterns, text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pats = [re.compile(p) for p in patterns]
    each = SkippingSet(pats).finditer_each(text, start, end)
    assert [_spans(ms) for ms in each] == [_spans(p.finditer(text, start, end)) for p in pats]


def test_what_the_prefilters_read():
    assert first_chars(r"(?<![比较])(?:去年|上年)|回顾") == "上去回"
    assert first_chars(r"(?:在(?:全国|全省))?居第") == "在居"
    assert first_chars(r"\d+年") is None  # a class it does not spell out: no prefilter
    assert first_chars(r"(?:今年)?") is None  # may match nothing: every place is a start
    assert first_pairs(r"(?<![比较])(?:去年|上年)|回顾") == {"去年", "上年", "回顾"}
    assert first_pairs(r"(?:到|至)20\d\d年") == {"到2", "至2"}
    assert first_pairs(r"(?:在(?:全国|全省))?居第") == {"在全", "居第"}
    assert first_pairs(r"a?b*") is None  # may match nothing
    assert first_pairs(r"(?:ab)?c|x{2,5}|y+z") == {"ab", "c", "xx", "yy", "yz"}
    assert first_pairs(r"居[^，。]") is None  # a class it does not spell out
    assert anchors(r"(?:一、二产业|第一、二产业)(?:的)?增加值") == ([["一、二产业", "第一、二产业"], ["增加值"]], 10)
    assert anchors(r"(?:第一、二产业|一、二产业?)(?:的)?增加值") == ([["增加值"]], 10)
    assert anchors(r"增加值(?=占)") is None  # looks past its end: cutting the text could change it
    assert anchors(r"增加值.*") is None  # no longest match


def test_clause_and_sentence_starts_near_a_figure():
    text = "一、回顾\n全市生产总值增长5%；一般公共预算收入，增长8%。"
    pos = text.index("增长8%")
    assert facts._clause_start(text, pos, 40) == text.index("增长8%")
    assert facts._clause_start(text, text.index("收入"), 3) == text.index("收入") - 3
    assert facts._after_mark(facts._SENT_MARKS, text, 0, pos) == text.index("一般公共")
    assert facts._after_mark(facts._FULL_STOPS, text, 0, pos) == text.index("全市")
    assert facts._after_mark(facts._FULL_STOPS, text, pos - 2, pos) == pos - 2
    other = "甲乙丙丁。" + text  # another text read after the first: its own marks
    assert facts._after_mark(facts._FULL_STOPS, other, 0, len(other) - 3) == other.index("全市")


def _opens_with_a_character(pattern: re.Pattern) -> bool:
    """Whether ``re`` skips to the places a match can begin (a first character, or a set of them)."""
    from re import _compiler, _parser
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return code[0] == _compiler.INFO and code[2] & 7 != 0


def test_patterns_searched_over_a_paragraph_open_with_a_character():
    # (a branch that opens with a look back or a group makes re try the pattern at every place)
    for p in (facts._FIVE_YEARS, facts._GOAL_CTX, facts._PART_OF_YEAR_AT._start):
        assert _opens_with_a_character(p), p.pattern
    # the look back after 这 reads as before it did
    assert facts._FIVE_YEARS.search("过去五年，") and facts._FIVE_YEARS.search("回顾这五年，全市")
    assert facts._FIVE_YEARS.search("今后这五年，") is None and facts._FIVE_YEARS.search("未来这五年，") is None
    assert facts._FIVE_YEARS.search("今后这五年，过去这五年").start() == 8
    assert facts._GOAL_CTX.search("未来这五年，").group(0) == "未来这五年"
    assert facts._GOAL_CTX.search("今后三年行动计划") is None and facts._GOAL_CTX.search("今后三年，")
    assert [m.group(0) for m in facts._PART_OF_YEAR_AT.finditer("前三季度，一季度，上半年，1—11月")] == ["前三季度", "一季度", "上半年", "1—11月"]


# --- WordScan: the words of two characters or more by their pairs, those of one with str.find ---

KINDS = ["项目", "工程", "段", "标段", "线", "号线", "中心", "产业园", "产业园区", "园区", "区", "大桥", "桥"]
KIND_NOISE = ["，", "、", "建设", "1", "地铁", "3", "沈海高速", "温州", "东延", "一期", "产业", "园", "中", "心", "大"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(KINDS + KIND_NOISE), max_size=30),
       st.lists(st.sampled_from(KINDS), min_size=1, max_size=len(KINDS), unique=True))
def test_word_scan_finds_what_the_trie_finds(parts, words):
    text = "".join(parts)
    assert _spans(WordScan(words).finditer(text)) == _spans(re.compile(longest_first(words)).finditer(text))


def test_word_scan_of_project_names():
    from planwatch.extract import projects
    kinds = projects._vocab()["suffix"]
    assert any(len(w) == 1 for w in kinds)  # (段: the scan must take the words of one character too)
    scan, trie = WordScan(kinds), re.compile(longest_first(kinds))
    for text in ("加快G15沈海高速公路温州段改扩建工程，推进地铁3号线二期、5号线东延段建设。",
                 "国道228线丹东段、省道S301线建成通车，临港产业园区和中心城区污水处理厂项目开工。",
                 "实施黄河大桥、东段标段工程，建成科技馆、图书馆、体育中心，打造综合交通枢纽。",
                 "段", "段段", "号线段", "", "全市经济平稳运行。"):
        assert _spans(scan.finditer(text)) == _spans(trie.finditer(text)), text
    assert [m.group(0) for m in scan.finditer("5号线东延段和沈海高速温州段")] == ["号线", "段", "高速", "段"]
    # (the words of two characters or more: read by their first two characters)
    assert scan.pattern.pattern.startswith("[") and "(?=[" in scan.pattern.pattern
    assert WordScan(["段"]).finditer("东段西段") and WordScan(["工程"]).finditer("段") == []


def test_the_places_a_set_can_begin_are_read_by_their_pairs():
    # (a head's first character such as 一 or 十 stands at many places: the second one is looked at
    # before a branch is tried)
    pats = [re.compile(p) for p in (r"十(?:四|五)五", r"一(?:季度|年来)", r"(?<![比较])上年", r"年初(?:确定|提出)")]
    sset = SkippingSet(pats)
    seek = sset.seek_any()
    assert seek is not None and sset._any.pattern.startswith("[") and "(?=[" in sset._any.pattern
    # (the place a head begins, a match or not: 上年 after 比 too; none after the last match)
    heads = re.compile(longest_first(set().union(*(first_heads(p.pattern, 3, ahead=True) for p in pats))))
    text = "一是坚持统一领导，十分重视，一年来，上半年增长，比上年提高，年初确定的目标，“十四五”规划"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            found, plain = seek(text, start, end), heads.search(text, start, end)
            # (compiled, seek gives the place head_places finds, not a match)
            at = found if found is None or isinstance(found, int) else found.start()
            assert at == (plain and plain.start()), (start, end)
            first = min((m.start() for p in pats if (m := p.search(text, start, end))), default=None)
            assert first is None or at <= first
    assert [_spans(ms) for ms in sset.finditer_each(text, 0, len(text))] == [_spans(p.finditer(text)) for p in pats]
    skip = Skipping(re.compile(r"(?<![比较])(?:去年|上年)|回顾"))
    assert _spans(skip.finditer("比上年增长，去年上年回顾")) == [(6, 8, "去年", None), (8, 10, "上年", None), (10, 12, "回顾", None)]


@settings(max_examples=400, deadline=None)
@given(st.text("。；！？\n;!?，,：:字a1\U00020000", max_size=50), st.integers(-3, 55), st.integers(-3, 55))
def test_a_mark_is_found_where_the_class_pattern_finds_it(text, lo, hi):
    # compiled, a loop in C over the characters; pure Python, re: either way the first and last mark in text[lo:hi]
    # (lo below 0 read as 0, hi past the end as the end), as a search of the class finds them, astral characters included
    for chars in ("。！？\n", "。；！？\n;!?，,：:", "，,：:"):
        m = marks(chars)
        found = re.compile("[" + re.escape(chars) + "]").search(text, max(lo, 0), max(hi, 0))
        assert find_mark(text, lo, hi, m) == (found.start() if found else -1)
        last = [i for i in range(max(lo, 0), min(max(hi, 0), len(text))) if text[i] in chars]
        assert rfind_mark(text, lo, hi, m) == (last[-1] if last else -1)
