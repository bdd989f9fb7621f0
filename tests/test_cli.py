"""The command line, end to end on the examples."""
from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from planwatch.cli import app

runner = CliRunner(env={"COLUMNS": "250"})
META = ("region", "region_code", "level", "parent", "province", "doc_type", "report_year", "meeting_date", "speaker")


def test_ingest_and_docs(ingested_db, gold_meta):
    res = runner.invoke(app, ["docs", "--db", str(ingested_db)])
    assert res.exit_code == 0, res.output
    for name, meta in gold_meta.items():
        assert name in res.output
        assert meta["region"] in res.output and meta["region_code"] in res.output


def test_ingest_again_adds_nothing(ingested_db, examples_dir):
    res = runner.invoke(app, ["ingest", str(examples_dir), "--db", str(ingested_db)])
    assert res.exit_code == 0
    assert "0 stored, 5 already stored, 0 failed" in res.output


def test_show(ingested_db):
    res = runner.invoke(app, ["show", "000_2b931b19880bcc59.txt", "--db", str(ingested_db)])
    assert res.exit_code == 0, res.output
    for s in ("汝州市", "410482", "平顶山市", "plan_report", "2022-04-26", "樊顺昌", "byline", "outline"):
        assert s in res.output, s


def test_show_unknown(ingested_db):
    res = runner.invoke(app, ["show", "nope.txt", "--db", str(ingested_db)])
    assert res.exit_code == 1


def test_facts_jsonl(examples_dir, gold_meta):
    res = runner.invoke(app, ["facts", str(examples_dir), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    seen: dict[str, list[dict]] = {}
    for line in lines:
        seen.setdefault(line["doc"], []).append(line)
    assert set(seen) == set(gold_meta)
    for name, rows in seen.items():
        first = rows[0]
        assert first["kind"] == "document"
        assert {k: first[k] for k in META} == {k: gold_meta[name][k] for k in META}
        assert all(r["kind"] in ("fact", "pledge", "project") for r in rows[1:])
        text = (examples_dir / name).read_text(encoding="utf-8")
        for r in rows[1:]:
            assert text[r["start"]:r["end"]] == r["quote"]


def test_facts_csv(examples_dir):
    res = runner.invoke(app, ["facts", str(examples_dir / "003_fb1c67ca95303fe5.txt"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows[0]["kind"] == "document" and rows[0]["region"] == "新乡市" and rows[0]["report_year"] == "2025"
    assert len(rows) >= 1
    assert {"kind", "doc", "region", "quote"} <= set(rows[0])


def test_facts_bad_file_exits_1(tmp_path):
    bad = tmp_path / "bad.xyz"
    bad.write_text("whatever", encoding="utf-8")
    res = runner.invoke(app, ["facts", str(bad)])
    assert res.exit_code == 1
    assert "bad.xyz" in res.output


READERS = {
    "parquet": pd.read_parquet,
    "csv": pd.read_csv,
    "xlsx": pd.read_excel,
    "dta": pd.read_stata,
    "jsonl": lambda p: pd.read_json(p, lines=True),
}


@pytest.mark.parametrize("fmt", list(READERS))
def test_export(ingested_db, tmp_path, fmt, gold_meta):
    out = tmp_path / fmt
    res = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(ingested_db)])
    assert res.exit_code == 0, res.output
    for table in ("documents", "sections", "facts", "pledges", "projects"):
        assert (out / f"{table}.{fmt}").exists(), table
    docs = READERS[fmt](out / f"documents.{fmt}")
    assert len(docs) == 5
    assert "text" not in docs.columns
    got = {r["name"]: r for r in docs.to_dict("records")}
    for name, meta in gold_meta.items():
        assert got[name]["region"] == meta["region"]
        assert str(got[name]["region_code"]) == meta["region_code"]
        assert int(got[name]["report_year"]) == meta["report_year"]
    sections = READERS[fmt](out / f"sections.{fmt}")
    assert len(sections) > 0 and "section_id" in sections.columns
    end = "end_" if fmt == "dta" else "end"
    assert (sections[end] > sections["start_" if fmt == "dta" else "start"]).all()
