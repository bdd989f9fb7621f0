"""Where a set of heads begins, by one loop over the text (prefilter.head_places), and the scans made of it
(HeadScan, SkippingSet and JointScan when compiled): the same matches as ``re``'s own scan, on random strings
built from the words and noise (astral characters, windows that cut a word), and on the real vocabularies.
``head_places`` and ``HeadScan.by_heads`` run in both modes here, whichever the package was loaded as."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import facts
from planwatch.extract.prefilter import COMPILED, HeadScan, SkippingSet, head_places, head_table, longest_first, \
    longest_first_by_pairs


def _spans(it):
    return [(m.start(), m.end(), m.group(0), m.lastgroup) for m in it]


WORDS = ["经济", "经济增长", "地区生产总值", "生产总值", "居民", "居民收入", "城镇", "城乡居民", "一产", "出口", "物价",
         "增加值", "产业", "产业增加值", "社会消费品零售总额", "𠀀号", "税", "率"]
NOISE = ["，", "。", "增长", "经", "济", "发展", "居", "民", "城", "乡", "生产", "总", "值", "8.5%", "\n", "𠀀", "𠀁",
         "产", "业", "社会", "零售", "一", "二"]


def _places_by_re(heads: set[str], text: str, lo: int, hi: int) -> list[int]:
    """Every place in [lo, hi) where a head stands whole before hi."""
    return [i for i in range(lo, hi) if any(text.startswith(h, i) and i + len(h) <= hi for h in heads)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS + NOISE), max_size=40),
       st.lists(st.sampled_from([w for w in WORDS if not w.startswith("𠀀")]), min_size=1, max_size=10, unique=True),
       st.integers(0, 200), st.integers(0, 200))
def test_head_places_hold_every_place_a_head_stands(parts, words, a, b):
    text = "".join(parts)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    heads = {w[:3] for w in words}
    table = head_table(heads)
    assert table is not None
    found = head_places(text, lo, hi, *table)
    assert found == sorted(set(found)) and all(lo <= i < hi for i in found)
    assert set(_places_by_re(heads, text, lo, hi)) <= set(found)
    # (only the first place, and the places from any place on are the window's from there: HeadScan.search's walk)
    assert head_places(text, lo, hi, *table, True) == found[:1]
    assert all(head_places(text, p, hi, *table) == [q for q in found if q >= p] for p in found)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS + NOISE), max_size=40),
       st.lists(st.sampled_from(WORDS), min_size=1, max_size=12, unique=True),
       st.integers(0, 200), st.integers(0, 200), st.booleans())
def test_headscan_gives_the_matches_of_finditer(parts, words, a, b, pairs):
    text = "".join(parts)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    pattern = re.compile(longest_first_by_pairs(words, third=True) if pairs else longest_first(words))
    scan = HeadScan(pattern, {w[:3] for w in words})
    want = _spans(pattern.finditer(text, lo, hi))
    assert _spans(scan.finditer(text, lo, hi)) == want
    first = pattern.search(text, lo, hi)
    assert _spans([m for m in [scan.search(text, lo, hi)] if m]) == _spans([first] if first else [])
    if scan.table is not None:  # (None: a word begins beyond the basic plane; re scans)
        assert _spans(scan.by_heads(text, lo, hi)) == want
    else:
        assert any(ord(w[0]) > 0xFFFF for w in words)


def test_headscan_reads_the_heads_of_its_pattern():
    pattern = re.compile(r"(?<![比较])(?:上年|去年)(?:同期)?|全年")
    scan = HeadScan(pattern)
    assert scan.table is not None
    text = "比上年增长，去年同期，较去年，全年上年"
    assert _spans(scan.by_heads(text, 0, len(text))) == _spans(pattern.finditer(text))
    assert HeadScan(re.compile(r"\d+")).table is None or _spans(HeadScan(re.compile(r"\d+")).finditer("a12b3")) \
        == _spans(re.finditer(r"\d+", "a12b3"))
    assert HeadScan(re.compile(r"x?")).table is None  # (it can match nothing: re scans)


SETS = [r"城(?:乡|镇)(?:居民)?(?:和|、)(?:农村|乡村)", r"产业(?:增加值|投资)(?=增长)", r"一(?:产|二三产业)",
        r"(?<![比较])上年", r"中心城区(?:常住)?人口", r"(?P<c9>城市(?:建成区)?绿化覆盖率)"]
SET_NOISE = ["，", "、", "建设", "居民", "增长", "农村", "比", "上", "年", "产业", "园", "中", "城", "一", "心",
             "人口", "增加值", "8.5%", "\n", "二三", "常住", "乡村", "和", "投资", "城市", "绿化覆盖率", "建成区"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SET_NOISE), max_size=40),
       st.lists(st.sampled_from(SETS), min_size=1, max_size=len(SETS), unique=True),
       st.integers(0, 200), st.integers(0, 200))
def test_a_set_of_patterns_from_the_heads_places(parts, sets, a, b):
    text = "".join(parts)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    ss = SkippingSet([re.compile(p) for p in sets])
    ss._index()
    want = [_spans(p.finditer(text, lo, hi)) for p in ss.patterns]
    assert [_spans(ms) for ms in ss.finditer_each(text, lo, hi)] == want
    table = head_table(ss.heads)
    assert table is not None
    assert [_spans(ms) for ms in ss._each_at(text, head_places(text, lo, hi, *table), lo, hi)] == want


def test_the_alias_scan_on_report_sentences():
    lit = facts._alias_table()[0]
    assert lit.table is not None  # (every name begins in the basic plane)
    for text in ("全市地区生产总值增长6.5%，城乡居民人均可支配收入分别增长5.1%和6.8%。",
                 "社会消费品零售总额1200亿元，一般公共预算收入增长8%；经济发展、社会事业、服务水平", "", "经",
                 "规模以上工业增加值增长7%，固定资产投资增长9%左右。𠀀居民消费价格涨幅3%左右"):
        assert _spans(lit.by_heads(text, 0, len(text))) == _spans(lit.pattern.finditer(text)), text
        assert _spans(lit.finditer(text)) == _spans(lit.pattern.finditer(text)), text


def test_collided_places_find_nothing():
    """A place that only a hash collision lets through begins no head: the patterns tried there fail."""
    heads = {chr(0x4E00 + i) + chr(0x4E00 + j) for i in range(40) for j in range(40)}  # 1,600 pairs
    table = head_table(heads)
    text = "".join(chr(0x4E00 + (i * 7) % 80) for i in range(3000))
    found = head_places(text, 0, len(text), *table)
    exact = _places_by_re(heads, text, 0, len(text))
    assert set(exact) <= set(found)
    scan = HeadScan(re.compile(longest_first(heads)), heads)
    assert _spans(scan.by_heads(text, 0, len(text))) == _spans(scan.pattern.finditer(text))


def test_the_loop_in_c_runs_where_prefilter_is_compiled():
    import planwatch

    assert COMPILED == ("planwatch.extract.prefilter" in planwatch.compiled_modules())


QTY = ["12", "3.5", "1,200", "万", "亿", "个", "亩", "公里", "平方米", "一", "二", "十", "两", "百", "千", "多", "余",
       "-", "至", "，", "。", "年", "是", "建", "新建", "改造", "𝟑", "𠀀", "٣", "৩", "0", ".", ",", "（", "人"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(QTY), max_size=30), st.integers(0, 120), st.integers(0, 120))
def test_pledge_quantities_from_the_class_places(parts, a, b):
    from planwatch.extract import pledges

    text = "".join(parts)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    want = _spans(pledges._qty_scan_re().finditer(text, lo, hi))
    assert _spans(pledges._qty_by_places(text, lo, hi)) == want
    assert _spans(pledges._qty_matches(text, lo, hi)) == want



PEOPLE = ["12", "3.5", "1,200", "万", "亿", "人口", "群众", "劳动力", "居民", "农村", "贫困", "以上", "左右", "，", "。", "𝟑", "٣",
          "0", ".", ",", "实现", "脱贫", "12345", "热线", "人", "动力"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PEOPLE), max_size=30), st.integers(0, 120), st.integers(0, 120))
def test_bare_people_from_the_class_places(parts, a, b):
    """The counts of people with no unit word, tried only where a digit not after a digit, "." or "," stands:
    the matches of ``finditer`` over the same bounds (its lookbehinds read before ``lo`` too)."""
    from planwatch.extract import pledges

    text = "".join(parts)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert _spans(pledges._bare_people_by_places(text, lo, hi)) == _spans(pledges._BARE_PEOPLE.finditer(text, lo, hi))

def _skippings():
    from planwatch.extract import facts, numbers, pledges

    return [facts._PLAN_NAME, facts._YEAR_CUE, facts._N_YEARS_SKIP, facts._PART_OF_YEAR_AT, numbers._quantity_scan(),
            pledges._PLAN_CUE_FOUND, pledges._DATED]


SKIP_PARTS = ["2024年", "2020", "年", "十四五", "“十四五”", "时期", "以来", "前三季度", "上半年", "一季度", "1-", "至", "今年",
              "明年", "力争", "要", "主要", "计划", "到2025年", "比", "较", "五年", "三年来", "12", "万", "个", "𝟐", "٢٠٢٤",
              "，", "。", "\n", "一", "二", "三", "百", "千", "%", "左右", "1.5", "-3", "截至", "从"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SKIP_PARTS), max_size=30), st.integers(0, 150), st.integers(0, 150))
def test_skipping_from_the_heads_places(parts, a, b):
    text = "".join(parts)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    for sk in _skippings():
        want = _spans(sk.pattern.finditer(text, lo, hi))
        assert _spans(sk.finditer(text, lo, hi)) == want, sk.pattern.pattern[:40]
        if sk._heads() is not None:
            assert _spans(sk.by_heads(text, lo, hi)) == want, sk.pattern.pattern[:40]


def test_every_skipping_of_the_extractors_is_read_by_heads():
    """Where it is not, compiled extraction falls back to re's search (slower, still right): this says so."""
    assert all(sk._heads() is not None for sk in _skippings())


def test_seek_any_is_none_only_where_no_pattern_begins():
    from planwatch.extract import facts

    cues = facts._role_cues()
    assert {"strong", "weak"} <= set(cues)
    for strength, (_, pats) in cues.items():
        seek = pats.seek_any()
        assert seek is not None, strength
        for text in ("全年地区生产总值增长6%", "比上年增长", "，，，", "预计完成", "目标为8%左右", "2025年实际完成"):
            for lo in range(len(text)):
                for hi in range(lo, len(text) + 1):
                    found = any(any(True for _ in p.finditer(text, lo, hi)) for p in pats.patterns)
                    if found:
                        assert seek(text, lo, hi) is not None, (text, lo, hi)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS + NOISE), max_size=40),
       st.lists(st.sampled_from([w for w in WORDS if not w.startswith("𠀀")]), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from([w for w in WORDS + ["经", "城镇居民", "总值", "社会"] if not w.startswith("𠀀")]),
                min_size=1, max_size=8, unique=True))
def test_two_tables_in_one_walk(parts, words, others):
    """head_places_two gives each table what head_places gives it over the whole text (JointScan's walk)."""
    from planwatch.extract.prefilter import head_places_two, joint_first

    text = "".join(parts)
    t, u = head_table({w[:3] for w in words}), head_table({w[:3] for w in others})
    got = head_places_two(text, joint_first(t, u), t[1], t[2], t[3], u[1], u[2], u[3])
    assert got == (head_places(text, 0, len(text), *t), head_places(text, 0, len(text), *u))
