"""Helpers that read each attribute once into a local (compiled, an attribute read is a generic look-up):
``numbers.qualifier``, ``facts._measure_for``, ``Outline.at`` and ``Analysis.sentence_at`` give what the
versions that read them at each use gave (kept here as the reference), on every figure, position and
indicator of the bundled reports."""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

import pytest

from planwatch import metadata, structure, vocab
from planwatch.extract import facts as F
from planwatch.extract import numbers as N
from planwatch.extract.analysis import Analysis
from planwatch.normalize import normalize

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _docs():
    """(normalised text, outline, metadata) of three bundled reports, as the extractors are given them."""
    out = []
    for p in sorted(EXAMPLES.glob("*.txt"))[:3]:
        raw = p.read_text(encoding="utf-8")
        norm = normalize(raw)
        meta = metadata.detect(raw, norm, {}, p.name, None)
        out.append((norm, structure.outline(norm, meta.report_year), meta))
    return out


@pytest.fixture(scope="module")
def docs():
    return _docs()


def _qualifier_before(text, q, before_from):
    """numbers.qualifier as it read q.end and q.start at each use."""
    if q.value_high is not None:
        return "range", q.end
    if q.more:
        return "at_least", q.end
    after = text[q.end:q.end + 3]
    if after.startswith(N._after_words()):
        for w in N._qual_words()["about"]:
            if after.startswith(w):
                return "about", q.end + len(w)
        for w in N._AFTER_LEAST:
            if after.startswith(w) and not (w == "多" and after[1:2] in "个项家"):
                return "at_least", q.end + len(w)
        for w in N._AFTER_MOST:
            if after.startswith(w):
                return "at_most", q.end + len(w)
    before = text[max(before_from, q.start - 6):q.start]
    if before.endswith(N._BEFORE_ABOUT) and not before.endswith(N._NOT_ABOUT):
        return "about", q.end
    if not before.endswith(N._BEFORE_WORDS) and not N._BEFORE_INSIDE.search(before):
        return "eq", q.end
    for w, qual in N._BEFORE:
        if before.endswith(w) or (len(w) >= 2 and w in before):
            return qual, q.end
    return "eq", q.end


def test_qualifier_is_the_one_that_read_each_attribute_at_each_use(docs):
    extra = "目标不低于5%，力争超过6%左右，约1.2万人，近900亿元，达到30万吨以上，最多3个，1300多亿美元，增长6%-6.5%。"
    texts = [norm.text for norm, _, _ in docs] + [extra]
    n = 0
    for text in texts:
        for q in N.quantities(text):
            for before_from in (0, max(0, q.start - 3), q.start):
                assert N.qualifier(text, q, before_from) == _qualifier_before(text, q, before_from), text[q.start - 8:q.end + 4]
                n += 1
    assert n > 300


def _measure_for_before(iid, v):
    ind = vocab.indicators()[iid]
    if v.measure == "rank":
        return "rank"
    if v.measure == "pp_change":
        return "pp_change" if ind.kind == "ratio" or "pp_change" in ind.measures else None
    if v.verb == "持平" and ind.kind == "ratio":
        return "pp_change"
    if v.measure in ("growth", "share", "pct"):
        if ind.kind == "ratio" or iid == "good_air_days" or (v.measure == "share" and "share" in ind.measures):
            if v.measure == "growth" and F._GROWTH_WORD.search(v.verb or "") is None and not F._falls(v.verb or ""):
                return "share"
            return "share" if v.measure != "growth" else None
        if "growth" in ind.measures and v.measure != "share":
            if "share" in ind.measures and v.measure != "growth":
                return "share"  # (a flow measured by its share too: only a change word makes a % its growth)
            return "growth"
        return None
    if v.measure == "level":
        if "level" not in ind.measures:
            return None
        if f"{v.unit}/人" in ind.units or F._per_person_said(v.unit, ind.units):  # (decision 197: "42560元/人")
            return "level"
        if F._unit_dims().get(v.unit or "", v.unit) not in F._allowed_dims(iid):
            return None
        return "level"
    return None


def test_measure_for_is_the_one_that_read_each_attribute_at_each_use():
    units = {u for ind in vocab.indicators().values() for u in ind.units} | {"%", "万元", "元", "亿元", "个", None}
    verbs = ("", "增长", "下降", "持平", "提高到", "控制在", "达到")
    n = 0
    for iid in vocab.indicators():
        for measure in ("rank", "pp_change", "growth", "share", "pct", "level", "", "ratio"):
            for verb in verbs:
                for unit in units if measure == "level" else ("%",):
                    v = F.Value(measure, 5.0, None, unit, "eq", 0, 2, verb)
                    assert F._measure_for(iid, v) == _measure_for_before(iid, v), (iid, measure, verb, unit)
                    n += 1
    assert n > 1000


def test_outline_at_is_the_deepest_section_at_every_position(docs):
    for norm, outline, _ in docs:
        assert outline.sections
        n = len(norm.text)
        for pos in list(range(0, n, 7)) + [0, n - 1, n, n + 5]:
            assert outline.at(pos) is outline._deepest(pos)


def test_sentence_at_is_the_sentence_of_the_split(docs):
    for d in docs[:2]:
        an = Analysis(*d)
        spans = an.sentences
        starts = [s for s, _ in spans]
        for pos in range(-1, len(an.text) + 1, 5):
            i = bisect_right(starts, pos) - 1
            want = spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else None
            assert an.sentence_at(pos) == want, pos
