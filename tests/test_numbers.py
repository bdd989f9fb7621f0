"""numbers.clauses, which looks only at brackets and separators, splits as a walk over every
character does."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract.numbers import clauses


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
