"""Shared fixtures: the real example reports and their gold metadata."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# the shared gold beside the repo when present, else the copy kept with the tests
GOLD = next((p for p in (ROOT.parent / "shared" / "gold" / "seeds", ROOT / "tests" / "data" / "gold") if p.exists()),
            ROOT / "tests" / "data" / "gold")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    assert EXAMPLES.is_dir(), f"missing {EXAMPLES}"
    return EXAMPLES


@pytest.fixture(scope="session")
def gold_meta() -> dict[str, dict]:
    """doc file name -> gold "meta" (skips when the shared gold is not available)."""
    if not GOLD.is_dir():
        pytest.skip(f"no gold at {GOLD}")
    out = {}
    for f in sorted(GOLD.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        out[Path(g["doc"]).name] = g["meta"]
    return out


@pytest.fixture(scope="session")
def ingested_db(tmp_path_factory, examples_dir) -> Path:
    """A database with the five examples, built once through the CLI."""
    from typer.testing import CliRunner

    from planwatch.cli import app

    db = tmp_path_factory.mktemp("db") / "corpus.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(examples_dir), "--db", str(db)])
    assert res.exit_code == 0, res.output
    return db


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through Playwright (skipped where Debian's chromium is not installed)."""
    from live import CHROME_ARGS, CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        yield b
        b.close()


@pytest.fixture
def extra_cues(monkeypatch):
    """Add words to rows of cues.tsv for one test (``add(row=(words…))``), the patterns built from those rows at first
    use built again (and again after the test): a word added to a row must reach its rule."""
    from planwatch import normalize, vocab
    from planwatch.extract import facts, pledges

    built = (facts._continue, facts._continue_opens, facts._last_year_part, facts._plan_to_meet, facts._met_early,
             facts._year_row_re, normalize.figure_unit_ends, normalize.year_row_opens, normalize.year_clause_opens,
             facts._vague_counts, facts._group_setters, pledges._deputy_says, pledges._deputy_turn,
             pledges._deputy_before_name, facts._own_after_re, facts._named_bracket_re, facts._own_whole_sets,
             pledges._later_clause_opens, pledges._year_para_opens, pledges._act_open, pledges._teller_lead)

    def clear() -> None:
        for fn in built:
            fn.cache_clear()

    real = vocab.cues()
    clear()

    def add(**rows: tuple[str, ...]) -> None:
        cues = {k: v + rows.get(k, ()) for k, v in real.items()}
        monkeypatch.setattr(vocab, "cues", lambda: cues)
        clear()

    yield add
    monkeypatch.undo()
    clear()


@pytest.fixture
def extra_meta_cues(monkeypatch):
    """Add words to rows of meta_cues.tsv for one test (``add(row=(words…))``), the patterns built from the rows built
    again (and again after the test): a word added to a row must reach its rule (tests/test_cod48.py, test_cod49.py)."""
    from planwatch import metadata

    built = (metadata._convene, metadata._held_clause, metadata._targets_released, metadata._passing_after,
             metadata._day_only_re, metadata._outline_later, metadata._report_says, metadata._own_voice,
             metadata._dev_zone, metadata._credit_line, metadata._portal_label, metadata._news_speaker,
             metadata._news_speaker_long, metadata._news_speaker3, metadata._published, metadata._span_words,
             metadata._held_in, metadata._held_after, metadata._news_speaker2, metadata._zone_head_reports,
             metadata._opens_later, metadata._opening_verb, metadata._opens_bare, metadata._plan_name_end,
             metadata._work_report_alone, metadata._speaker_re, metadata._patterns, metadata._relative_day_res)

    def clear() -> None:
        for fn in built:
            fn.cache_clear()

    real = metadata._cues()
    clear()

    def add(**rows: tuple[str, ...]) -> None:
        cues = {k: v + rows.get(k, ()) for k, v in real.items()}
        monkeypatch.setattr(metadata, "_cues", lambda: cues)
        clear()

    yield add
    monkeypatch.undo()
    clear()

