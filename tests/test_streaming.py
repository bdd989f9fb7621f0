"""`planwatch facts` streams csv, tsv and json: memory holds one document's lines, not the batch."""
from __future__ import annotations

import io
import json
import sys
import tracemalloc

import pytest

import planwatch
from planwatch import cli, parallel


class _Sink(io.TextIOBase):
    """stdout that keeps nothing but the JSON it was given (to check it parses), when asked to."""

    def __init__(self, keep: bool = False):
        self.n, self.parts = 0, [] if keep else None

    def write(self, s: str) -> int:
        self.n += len(s)
        if self.parts is not None:
            self.parts.append(s)
        return len(s)


def _run_facts(monkeypatch, examples_dir, fmt: str, n_docs: int, keep: bool = False):
    """Peak traced memory of `facts --format fmt` over n_docs synthetic documents (fresh lines each)."""
    base = planwatch.read(examples_dir / "000_2b931b19880bcc59.txt").lines()

    def fake_map(self, fn, paths, overrides=None):
        for i in range(n_docs):
            yield f"d{i}.txt", [[dict(r, doc=f"d{i}.txt") for r in base]], None

    monkeypatch.setattr(parallel.Runner, "map", fake_map)
    sink = _Sink(keep)
    monkeypatch.setattr(sys, "stdout", sink)
    tracemalloc.start()
    try:
        cli.facts(paths=[examples_dir], format=fmt, region=None, year=None, doc_type=None, jobs=1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, sink, len(base)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_facts_memory_does_not_grow_with_the_documents(monkeypatch, examples_dir, fmt):
    small, _, _ = _run_facts(monkeypatch, examples_dir, fmt, 10)
    large, sink, _ = _run_facts(monkeypatch, examples_dir, fmt, 40)
    assert sink.n > 0
    # collecting the rows would hold 4 times as many; one document's lines are the whole difference allowed
    assert large < small * 1.25 + 100_000, (small, large)


def test_streamed_json_is_one_array(monkeypatch, examples_dir):
    _, sink, n_lines = _run_facts(monkeypatch, examples_dir, "json", 3, keep=True)
    rows = json.loads("".join(sink.parts))
    assert len(rows) == 3 * n_lines and rows[-1]["doc"] == "d2.txt"
    assert len({tuple(r) for r in rows}) == 1  # every row has the same keys (the fixed header)


def test_streamed_json_without_rows(tmp_path):
    out = io.StringIO()
    cli._stream_lines(iter(()), ["kind", "doc"], "json", out=out)
    assert json.loads(out.getvalue()) == []
