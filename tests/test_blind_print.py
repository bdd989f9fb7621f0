"""benchmarks/blind_print.py: every printing keeps each gold span on the same characters of the plain text."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import blind_print as bp  # noqa: E402

_ALPHABET = "全市生产总值增长左右新建高标准农田万亩个。，；：\n\r 　0123456789.%一二三（）"


def _spans(text: str) -> list[tuple[int, int]]:
    """Spans as gold has them: never opening or closing on a line end (a page's printing may rewrite those)."""
    return [(s, e) for s in range(0, len(text), 3) for e in (s + 1, s + 4)
            if e <= len(text) and text[s] not in "\r\n" and text[e - 1] not in "\r\n"]


@pytest.mark.parametrize("kind", bp.KINDS)
@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, min_size=1, max_size=120), idx=st.integers(1, 40))
def test_mapped_span_covers_the_same_plain_characters(kind, text, idx):
    P = bp.printed(kind, text, idx, {"region": "某市", "report_year": 2024})
    if P is None:
        return
    out = "".join(c for c, _ in P)
    # nothing lost, nothing reordered (a PDF's layer and a portal's page set their own line ends; a Word file's converter
    # writes a list number's indent and a table's cell gaps itself, so docx may drop those spaces, nothing else)
    skip = "\n \u3000" if kind == "docx" else "\n"
    assert [i for _, i in P if i is not None and text[i] not in skip] == [i for i, c in enumerate(text) if c not in skip]
    # (a gold quote never opens or closes on a space: docx's dropped spaces are inside a span or outside it)
    spans = [(s, e) for s, e in _spans(text) if text[s] not in skip and text[e - 1] not in skip]
    gold = {"facts": [{"start": s, "end": e, "quote": text[s:e]} for s, e in spans], "pledges": []}
    for f, g in zip(gold["facts"], bp.map_gold(gold, P, out, "x.txt")["facts"]):
        assert out[g["start"]:g["end"]] == g["quote"]
        kept = [i for _, i in P[g["start"]:g["end"]] if i is not None]
        assert [i for i in kept if text[i] not in skip] == [i for i in range(f["start"], f["end"]) if text[i] not in skip]


def test_printings_differ_from_the_plain_text():
    text = "2024年全市生产总值增长5.5%左右。新建高标准农田12.5万亩。\n二、今年工作安排\n新建5G基站1200个。" * 3
    meta = {"region": "某市", "report_year": 2024}
    for kind in bp.KINDS:
        P = bp.printed(kind, text, 3, meta)
        assert P is not None and "".join(c for c, _ in P) != text, kind


def test_a_text_already_a_pdf_layer_is_not_wrapped_again():
    layer = "\n".join(["全市上下坚持稳中求进工作总基调，完整准确全面贯彻新发展"] * 6)
    assert bp.printed("pdf", layer, 1, {}) is None
