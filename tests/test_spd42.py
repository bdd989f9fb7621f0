"""The two patterns made cheaper in the 2026-12-05 evening speed pass match as before (docs/benchmarks.md)."""
from __future__ import annotations

import re
from pathlib import Path

from planwatch import vocab
from planwatch.extract import facts, pledges

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))[:6]]


def test_lead_no_bracket_is_lead_less_its_bracket_branch():
    # (if _LEAD's bracketed-office branch is edited, _LEAD_BRACKET must follow it, or the cheaper pattern is _LEAD whole)
    assert pledges._LEAD_BRACKET in pledges._LEAD.pattern
    assert pledges._LEAD.pattern.replace(pledges._LEAD_BRACKET, "", 1) == pledges._LEAD_NO_BRACKET.pattern
    assert pledges._LEAD_NO_BRACKET.pattern != pledges._LEAD.pattern


def test_lead_no_bracket_matches_as_lead_without_a_bracket():
    samples = ["全年新建学校5所", "确保完成改造3000户", "市发改委牵头新建", "【市发改委】新建5所", "（含改扩建）学校"]
    for text in _texts():
        samples += [text[i:i + 12] for i in range(0, min(len(text), 6000), 7)]
    for s in samples:
        m = pledges._LEAD.match(s)
        n = (pledges._LEAD if "】" in s else pledges._LEAD_NO_BRACKET).match(s)
        assert (m and m.span()) == (n and n.span()), s


def test_qualitative_trie_matches_the_flat_alternation():
    words = sorted(vocab.cues().get("qualitative", ()), key=len, reverse=True)
    trie = facts._qualitative_re()
    # (the words open the pattern in a group, the average's words after them: decision 444)
    flat = re.compile("(?:" + "|".join(re.escape(w) for w in words) + trie.pattern[len("(?:" + facts.longest_first(words)):])
    for text in _texts():
        for i in range(0, len(text), 5):
            a, b = flat.search(text, i, i + 24), trie.search(text, i, i + 24)
            assert (a and a.span()) == (b and b.span())
            a, b = flat.match(text, i), trie.match(text, i)
            assert (a and a.span()) == (b and b.span())
