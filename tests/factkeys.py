"""Facts of a text keyed as the scorer keys them, for the tests of extraction classes."""
from __future__ import annotations

import planwatch


def facts(text: str, **meta) -> dict[tuple, planwatch.Fact]:
    """The facts of TEXT (metadata overridden by META) by (indicator, role, period, measure); every quote is checked."""
    doc = planwatch.read_text(text, "t.txt", overrides=meta or None)
    for f in doc.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.measure): f for f in doc.facts}


def val(fs, key):
    """The value of the fact under KEY: (value, qualifier), or (value, value_high, qualifier) for a range."""
    assert key in fs, f"{key} not in {sorted(fs)}"
    f = fs[key]
    return (f.value, f.value_high, f.qualifier) if f.value_high is not None else (f.value, f.qualifier)


def read(text: str, name: str = "x.txt", **meta):
    """The document read from text (meta fields set where given), every fact's and pledge's quote checked."""
    d = planwatch.read_text(text, name, overrides=meta or None)
    for x in (*d.facts, *d.pledges):
        assert text[x.start:x.end] == x.quote, (x.quote, text[x.start:x.end])
    return d


def keys_of(d) -> dict:
    """A document's facts by their key."""
    return {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}


def key_values(d) -> dict:
    """A document's facts by their key: (value, qualifier)."""
    return {(f.indicator, f.role, f.period, f.measure): (f.value, f.qualifier) for f in d.facts}


def pledged(d) -> set:
    """(object, value, unit) of a document's pledges."""
    return {(p.object, p.value, p.unit) for p in d.pledges}


def pledge_items(d) -> set:
    """(action, object, value, unit) of a document's pledges."""
    return {(p.action, p.object, p.value, p.unit) for p in d.pledges}


def fact_items(d) -> set[tuple]:
    """(indicator, role, period, measure, value) of a document's facts."""
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in d.facts}


def fact_tuples(text: str) -> set[tuple]:
    """(indicator, role, period, measure, value) of the facts read from text, every quote checked."""
    return fact_items(read(text, "t.txt"))


def pledge_tuples(text: str) -> set[tuple]:
    """(object, value, unit) of the pledges read from text, every quote checked."""
    return pledged(read(text, "t.txt"))


def pledges_from(page: str, t: str) -> list:
    """The pledges read from ``t`` set into ``page`` (its ``{t}``), at or after ``t``'s place; every quote checked."""
    text = page.format(t=t)
    i = text.index(t)
    return [p for p in read(text, "t.txt").pledges if p.start >= i]
