"""The development reports read again as the real world prints them (benchmarks/robustness.py):
traditional script, spaced glyphs, full-width digits, pinyin after characters, a web page, a PDF's
text layer. The facts must be the same as from the clean text, each quoted from the text as read."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import robustness  # noqa: E402

DEV = ROOT.parent / "shared" / "dev" / "texts"
SAMPLE = sorted(DEV.glob("*.txt"))[::4] if DEV.is_dir() else []


def _facts(raw: str, fmt: str, name: str) -> set[tuple]:
    from planwatch.api import process
    from planwatch.ingest import read_bytes

    out = set()
    for rec in read_bytes(raw.encode("utf-8"), name, fmt):
        doc = process(rec)
        for f in doc.facts:
            assert rec.text[f.start:f.end] == f.quote
            out.add((f.indicator, f.role, f.period, f.measure, f.value, f.value_high, f.qualifier))
        for p in doc.pledges:  # objects are compared as stored: simplified, without pinyin
            assert rec.text[p.start:p.end] == p.quote
            out.add(("pledge", p.object, p.value, p.unit))
    return out


@pytest.fixture(scope="module")
def clean():
    if not SAMPLE:
        pytest.skip("the development set (../shared) is not beside the project")
    return {p.name: _facts(p.read_text(encoding="utf-8"), "txt", p.name) for p in SAMPLE}


@pytest.mark.parametrize("name", ["traditional", "spaced", "fullwidth", "pinyin", "web_page", "windows"])
def test_same_facts_however_the_report_is_printed(clean, name):
    for p in SAMPLE:
        raw = robustness.PERTURBATIONS[name](p.read_text(encoding="utf-8"), random.Random(f"7:{p.name}"))
        got = _facts(raw, "html" if name == "web_page" else "txt", p.name)
        assert got == clean[p.name], (p.name, sorted(clean[p.name] ^ got)[:6])


def test_a_pdf_text_layer_loses_little(clean):
    # lines cut anywhere (inside numbers, names, years in titles) and page marks: most facts survive
    same = total = 0
    for p in SAMPLE:
        raw = robustness.pdf_layer(p.read_text(encoding="utf-8"), random.Random(f"7:{p.name}"))
        got = _facts(raw, "txt", p.name)
        same += len(got & clean[p.name])
        total += len(clean[p.name])
    assert same / total >= 0.95, (same, total)
