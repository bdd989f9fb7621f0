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
