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
