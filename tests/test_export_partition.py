"""`planwatch export --partition`: Parquet partitioned by province and year, read back by DuckDB."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import duckdb
import pandas as pd
from typer.testing import CliRunner

from planwatch.cli import app

runner = CliRunner()
TABLES = ("documents", "sections", "facts", "pledges", "projects")


def test_partitioned_export_has_the_rows_of_the_flat_export(ingested_db, tmp_path):
    part, flat = tmp_path / "part", tmp_path / "flat"
    res = runner.invoke(app, ["export", "--format", "parquet", "--partition", "--out", str(part), "--db",
                              str(ingested_db)])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines() == [f"wrote {part / t}" for t in TABLES]
    assert runner.invoke(app, ["export", "--format", "parquet", "--out", str(flat), "--db",
                               str(ingested_db)]).exit_code == 0
    con = duckdb.connect()
    for t in TABLES:
        got = con.execute(f"SELECT * FROM read_parquet('{part / t}/**/*.parquet', hive_partitioning = true)").df()
        want = pd.read_parquet(flat / f"{t}.parquet")
        assert sorted(got.columns) == sorted(want.columns), t  # the same columns, partition keys included
        assert len(got) == len(want) > 0, t
        cols = [c for c in want.columns if c != "ingested_at"]
        assert _rows(got, cols) == _rows(want, cols), t
    # hive layout: each file holds only its own province and year
    files = sorted((part / "facts").rglob("*.parquet"))
    assert files
    for f in files:
        prov = unquote(f.parent.parent.name.split("=", 1)[1])
        year = f.parent.name.split("=", 1)[1]
        assert f.parent.parent.name.startswith("province=") and f.parent.name.startswith("report_year=")
        rows = con.execute(f"SELECT DISTINCT province, report_year FROM read_parquet('{f}', "
                           "hive_partitioning = true)").fetchall()
        want_prov = None if prov == "__HIVE_DEFAULT_PARTITION__" else prov
        want_year = None if year == "__HIVE_DEFAULT_PARTITION__" else int(year)
        assert rows == [(want_prov, want_year)]
    assert any("河南省" in unquote(str(f)) for f in files)


def test_partition_needs_parquet(ingested_db, tmp_path):
    res = runner.invoke(app, ["export", "--format", "csv", "--partition", "--out", str(tmp_path / "x"), "--db",
                              str(ingested_db)])
    assert res.exit_code == 2 and "--format parquet" in res.stderr
    assert not Path(tmp_path / "x").exists()


def _rows(df: pd.DataFrame, cols: list[str]) -> list[tuple]:
    """The rows as comparable tuples: missing values as None, years as int (hive gives BIGINT)."""
    def cell(v):
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return None
        return int(v) if isinstance(v, float) and v == int(v) else v
    return sorted((tuple(cell(v) for v in row) for row in df[cols].astype(object).itertuples(index=False)), key=repr)
