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
    from planwatch.extract import facts

    built = (facts._continue, facts._continue_opens, facts._last_year_part, facts._plan_to_meet, facts._met_early,
             facts._year_row_re, normalize.figure_unit_ends, normalize.year_row_opens, normalize.year_clause_opens)

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

