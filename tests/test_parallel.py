"""Parallel runs: --jobs N gives exactly what --jobs 1 gives, in input order; bad files and dead workers
are reported while the rest goes on; memory stays bounded; commands start without pandas or DuckDB."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planwatch.cli import app
from planwatch.parallel import Runner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
runner = CliRunner()


def _batch(tmp_path: Path) -> Path:
    """The examples (national ones included) with a bad file and an empty file among them."""
    src = tmp_path / "batch"
    shutil.copytree(EXAMPLES, src)
    (src / "002a_bad.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
    (src / "national" / "n2020_empty.txt").write_bytes(b"")
    return src


def _docs_in(jsonl: str) -> list[str]:
    return [json.loads(x)["doc"] for x in jsonl.splitlines() if '"kind": "document"' in x]


def test_facts_jobs_output_is_identical_and_in_input_order(tmp_path):
    src = _batch(tmp_path)
    one = runner.invoke(app, ["facts", str(src), "--jobs", "1"])
    two = runner.invoke(app, ["facts", str(src), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1  # the bad files fail the run…
    assert one.stdout == two.stdout  # …byte for byte the same output
    expected = [p.name for p in sorted(src.rglob("*")) if p.is_file() and p.stat().st_size > 100]
    assert _docs_in(two.stdout) == expected  # every good file, in the order the files were listed
    for res in (one, two):
        errors = [x for x in res.stderr.splitlines() if x.startswith("error: ")]
        assert len(errors) == 2 and "002a_bad.pdf" in errors[0] and "n2020_empty.txt: empty file" in errors[1]
    three = runner.invoke(app, ["facts", str(src), "--jobs", "3", "--format", "csv"])
    assert three.stdout == runner.invoke(app, ["facts", str(src), "--jobs", "1", "--format", "csv"]).stdout


def test_ingest_jobs_stores_the_same_corpus(tmp_path):
    import duckdb

    src = _batch(tmp_path)
    tables = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"j{jobs}.duckdb"
        res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--jobs", jobs])
        assert res.exit_code == 1
        assert res.stdout.startswith(f"{len(list(EXAMPLES.rglob('*.txt')))} stored, 0 already stored, 2 failed")
        assert sum(x.startswith("error: ") for x in res.stderr.splitlines()) == 2
        con = duckdb.connect(str(db), read_only=True)
        tables[jobs] = [con.execute(f"SELECT * EXCLUDE ({drop}) FROM {t} ORDER BY ALL").fetchall()
                        for t, drop in (("documents", "ingested_at"), ("facts", "seq"), ("pledges", "seq"),
                                        ("projects", "seq"), ("sections", "path"))]
        con.close()
    assert tables["1"] == tables["2"]
    assert len(tables["2"][1]) > 100  # facts were stored, not just documents


# ---------------------------------------------------------------- the runner itself


def _slow_first(path: Path, overrides) -> str:
    # the early files take longest, so a runner that returned results as they finish would reorder them
    time.sleep(0.2 / (int(path.name) + 1))
    if path.name == "3":
        raise ValueError("a bug")
    return path.name


def _die_on_2(path: Path, overrides) -> str:
    if path.name == "2":
        os._exit(3)  # a worker killed mid-file (out of memory, a crash in a C library)
    return path.name


def test_runner_keeps_input_order_and_reports_errors():
    paths = [Path(str(i)) for i in range(8)]
    with Runner(2) as run:
        got = list(run.map(_slow_first, paths))
    assert [p for p, _, _ in got] == paths
    assert [r for _, r, _ in got] == ["0", "1", "2", None, "4", "5", "6", "7"]
    err = got[3][2]
    assert err is not None and "internal error: ValueError: a bug" in str(err)


def test_runner_survives_a_dead_worker():
    paths = [Path(str(i)) for i in range(6)]
    with Runner(2) as run:
        got = list(run.map(_die_on_2, paths))
    assert [r for _, r, _ in got] == ["0", "1", None, "3", "4", "5"]
    assert "died" in str(got[2][2])


def test_runner_streams_with_a_bounded_window():
    consumed = 0

    def source():
        nonlocal consumed
        for i in range(40):
            consumed += 1
            yield Path(str(i))

    with Runner(2, window=4) as run:
        for k, (p, r, e) in enumerate(run.map(_name, source()), start=1):
            assert consumed - k <= 4  # never more than the window read ahead of what was handed out
            assert r == p.name


def _name(path: Path, overrides) -> str:
    return path.name


# ---------------------------------------------------------------- start-up


def _modules_after(args: list[str]) -> tuple[set[str], subprocess.CompletedProcess]:
    code = ("import runpy, sys\nsys.argv = ['planwatch'] + sys.argv[1:]\ntry:\n"
            "    runpy.run_module('planwatch', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write('MODULES ' + ' '.join(sorted(sys.modules)) + '\\n')\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    res = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    line = next(x for x in res.stderr.splitlines() if x.startswith("MODULES "))
    return set(line.split()[1:]), res


@pytest.mark.parametrize("args", [["--help"], ["facts", "examples/000_2b931b19880bcc59.txt"]])
def test_commands_start_without_pandas_or_duckdb(args):
    mods, res = _modules_after(args)
    assert res.stdout  # the command ran and printed
    assert not {"pandas", "duckdb", "pyarrow", "numpy", "tantivy", "fastapi"} & mods
    if args[0] == "facts":
        assert json.loads(res.stdout.splitlines()[0])["region"] == "汝州市"


def test_item_dicts_are_what_asdict_gives():
    from dataclasses import asdict

    import planwatch

    d = planwatch.read(EXAMPLES / "000_2b931b19880bcc59.txt")
    items = d.facts + d.pledges + d.projects
    assert len(d.facts) > 10 and d.pledges and d.projects
    for x in items:
        assert x.as_dict() == asdict(x) and list(x.as_dict()) == list(asdict(x))


def test_simple_chinese_numerals_read_as_cn2an_reads_them():
    import itertools

    cn2an = pytest.importorskip("cn2an")
    from planwatch.extract.numbers import _NOT_A_NUMBER, cn_simple, parse_number

    digits = "零〇一二三四五六七八九两"
    forms = set(digits) | {a + b for a, b in itertools.product(digits, repeat=2)}
    forms |= {a + b + c for a, b, c in itertools.product("一二〇九", repeat=3)}
    forms |= {a + "十" + b for a in ("", *"一二五九") for b in ("", *"一三九")}
    forms |= {"".join(p) for n in (1, 2, 3) for p in itertools.product("十百千万亿", repeat=n)}
    handled = 0
    for s in sorted(forms):
        fast = cn_simple(s)
        if fast is None:
            continue
        handled += 1
        try:
            want = float(cn2an.cn2an(s, "smart"))
        except Exception:
            want = None
        assert (None if fast is _NOT_A_NUMBER else float(fast)) == want, s
        assert parse_number(s) == want, s
    assert handled > 250


def test_parallel_ingest_indexes_in_batches_and_only_current_versions(tmp_path):
    from planwatch import search

    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    (src / "b").mkdir()
    report = (EXAMPLES / "000_2b931b19880bcc59.txt").read_text(encoding="utf-8")
    # the same report twice under one name: b/ is a corrected version that supersedes a/
    (src / "a" / "r.txt").write_text(report + "\n附：旧版校对记录甲乙丙。\n", encoding="utf-8")
    (src / "b" / "r.txt").write_text(report + "\n附：新版勘误说明丁戊己。\n", encoding="utf-8")
    shutil.copy(EXAMPLES / "003_fb1c67ca95303fe5.txt", src / "other.txt")
    db = tmp_path / "x.duckdb"
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--jobs", "2"])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("3 stored")
    assert search.search(db, "勘误说明") and not search.search(db, "校对记录")  # superseded: not searched
    docs = {h["doc"] for h in search.search(db, "经济", limit=50, per_doc=True)}
    assert docs == {"r.txt", "other.txt"}


def test_index_lists_every_id_of_a_corpus_over_one_aggregation(tmp_path):
    """A national corpus holds more documents than one tantivy aggregation returns (60,000): the index
    must still list them all, or every ingest would index the rest again."""
    import hashlib

    from planwatch import search

    db = tmp_path / "x.duckdb"
    index = search.open_index(db)
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    ids = {hashlib.sha256(str(i).encode()).hexdigest()[:16] for i in range(61_000)}
    meta = {"name": "a", "region": None, "region_code": None, "level": None, "province": None, "doc_type": None,
            "report_year": 2020}
    for doc_id in ids:
        for td in search._tdocs(doc_id, meta, "文本", []):
            writer.add_document(td)
    writer.commit()
    writer.wait_merging_threads()
    del writer
    assert search.indexed_ids(index) == ids
