"""numbers.clauses, which looks only at brackets and separators, splits as a walk over every
character does."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from planwatch.extract.numbers import clauses, qualifier, quantities


def _walk(text: str, s: int, e: int, seps: str) -> list[tuple[int, int]]:
    spans, start, depth = [], s, 0
    for i in range(s, e):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            if i > start:
                spans.append((start, i))
            start = i + 1
    if e > start:
        spans.append((start, e))
    return spans


def test_a_separator_in_brackets_does_not_split():
    text = "生产（1,4-丁二醇），产能提高，投资增长"
    assert [text[a:b] for a, b in clauses(text, 0, len(text), "，,")] == ["生产（1,4-丁二醇）", "产能提高", "投资增长"]


@settings(max_examples=300, deadline=None)
@given(st.text("（()）,，、；;：:。字a1 ", max_size=40), st.sampled_from(["，,", "，,：:", "。；;", "，,、", ""]), st.data())
def test_clauses_split_as_a_walk_over_the_characters(text, seps, data):
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    assert clauses(text, s, e, seps) == _walk(text, s, e, seps)


@pytest.mark.parametrize("text,expected", [
    ("收入近60亿元", "about"), ("总额约310亿元", "about"), ("接近900亿元", "about"), ("将近5万人", "about"),
    ("能耗节约15%", "eq"), ("土地集约3%", "eq"), ("最近3万人", "eq"), ("站上2500亿元", "at_least"), ("跨过3000亿元", "at_least"),
])
def test_a_word_before_a_number_qualifies_it(text, expected):
    q = quantities(text)[0]
    assert qualifier(text, q, 0)[0] == expected


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 999), st.sampled_from(["千", "百"]), st.sampled_from(["亿元", "亿美元", "万元", "万人次", "人"]),
       st.booleans())
def test_a_numeral_between_number_and_unit_multiplies(n, mult, unit, more):
    text = f"达到{n}{mult}{'多' if more else ''}{unit}，"
    q = quantities(text)[0]
    assert (q.value, q.unit, q.more) == (n * (1000 if mult == "千" else 100), unit, more)
    assert text[q.start:q.end] == q.text


def _plain_quantity_re():
    """quantity_re with the units as the plain alternation, longest first (the reference)."""
    import re

    from planwatch import vocab
    from planwatch.extract import numbers

    plain = "|".join(re.escape(u[0]) for u in vocab.units())
    assert numbers.unit_re() in numbers.quantity_re().pattern and numbers.unit_re() != plain
    return re.compile(numbers.quantity_re().pattern.replace(numbers.unit_re(), plain))


_UNIT_WORDS = ["亿元", "万亿元", "万元/人", "元/人", "万人次", "人次", "万吨", "万亿", "万", "亿", "千", "百", "%", "个百分点",
               "百分点", "微克/立方米", "μg/m³", "多", "元", "亿美元", "美元", "亩", "天", "位"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_UNIT_WORDS), st.sampled_from(["12", "3.5", "1,200", "一百二十", "两", "百分之八", "十"]),
                          st.text("0123456789.,-—~至到多万亿千百元人次%的达增长 ", max_size=3)), max_size=12))
def test_units_as_a_trie_match_as_the_plain_alternation(parts):
    """The unit trie finds every quantity the plain alternation (longest unit first) would."""
    from planwatch.extract.numbers import quantity_re

    text = "".join(parts)
    plain = _plain_quantity_re()
    assert [(m.span(), m.groupdict()) for m in quantity_re().finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_UNIT_WORDS), st.sampled_from(["12", "3.5", "1,200", "一百二十", "两", "百分之八", "十",
                                                                          "-", "0.5", "进一步", "一批", "PM2.5", "٣", "５"]),
                          st.text("0123456789.,-—~至到多万亿千百元人次%的达增长 一二三十零〇两a", max_size=3)), max_size=12),
       st.data())
def test_quantities_are_tried_only_where_a_number_begins_and_found_as_the_pattern_finds_them(parts, data):
    """The scan that skips to where a number can begin (a digit of any script, a numeral, 百, a minus)
    finds what the pattern's own scan finds, in any window (its lookbehind still sees before it)."""
    from planwatch.extract.numbers import _quantity_scan, quantity_re

    text = "".join(parts)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    assert [(m.span(), m.groupdict()) for m in _quantity_scan().finditer(text, s, e)] == \
        [(m.span(), m.groupdict()) for m in quantity_re().finditer(text, s, e)]


def test_a_number_is_read_whole_from_any_first_character():
    text = "增长8.2%，投资１２００亿元，百分之八，一百二十万吨，-3.5%，进一步"
    assert [(q.value, q.unit) for q in quantities(text)] == [(8.2, "%"), (1200, "亿元"), (8, "%"), (120, "万吨"), (-3.5, "%")]


def test_quantities_reads_the_groups_in_the_order_of_the_pattern():
    """quantities reads every group of quantity_re at once (m.groups()): their order is its contract."""
    from planwatch.extract.numbers import quantity_re
    assert sorted(quantity_re().groupindex, key=quantity_re().groupindex.get) == [
        "pct_cn", "pct_num", "pct_num2", "num", "mult", "more", "ord", "more2", "unit1", "dash", "num2", "unit2", "cn", "cn_more", "unit3", "tenth"]


@pytest.mark.parametrize("text, want", [
    ("城镇调查失业率控制在百分之五点五左右", [(5.5, None, "%", "百分之五点五", False)]),
    ("地区生产总值预期增长6%-6.5%", [(6, 6.5, "%", "6%-6.5%", False)]),
    ("全市市场主体新增1.2万余家", [(1.2, None, "万家", "1.2万余家", True)]),  # (the order, 余, the rest of the unit)
    ("实际利用外资30亿多美元", [(30, None, "亿美元", "30亿多美元", True)]),
    ("进出口总额达到1千亿美元", [(1000, None, "亿美元", "1千亿美元", False)]),
    ("粮食产量稳定在一百二十万吨以上", [(120, None, "万吨", "一百二十万吨", False)]),
    ("城镇新增就业5-6个百分点", [(5, 6, "个百分点", "5-6个百分点", False)]),
    ("增速回落6%至5%", [(6, None, "%", "6%", False), (5, None, "%", "5%", False)]),  # (no range: a fall, read one by one)
    ("PM2.5平均浓度下降到30微克/立方米", [(30, None, "微克/立方米", "30微克/立方米", False)]),
    ("增长7%——2017年以来最高", [(7, None, "%", "7%", False), (2017, None, None, "2017", False)]),
])
def test_quantities_of_each_form(text, want):
    got = [(q.value, q.value_high, q.unit, q.text, q.more) for q in quantities(text)]
    assert got == want
