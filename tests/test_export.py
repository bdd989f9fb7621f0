"""Table export: every format, Stata's naming and string rules, empty tables."""
from __future__ import annotations

import pandas as pd
import pytest
from pandas.io.stata import StataReader

import planwatch
from planwatch.export import export_tables, stata_names
from planwatch.model import Fact
from planwatch.store import Store

TABLES = ("documents", "sections", "facts", "pledges", "projects")


def test_stata_names():
    names = stata_names(["start", "end", "doc", "in", "地区", "2020值", "a" * 40, "a" * 40, "value-high", "str10"])
    assert names[:4] == ["start_", "end_", "doc", "in_"]
    assert all(n.isascii() and len(n) <= 32 for n in names)
    assert all(not n[0].isdigit() for n in names)
    assert len({n.lower() for n in names}) == len(names)
    assert names[8] == "value_high" and names[9] == "str10_"


@pytest.fixture()
def db_with_long_quote(tmp_path, examples_dir):
    doc = planwatch.read(examples_dir / "004_c3a01e0d5631b880.txt")
    long_quote = "全市地区生产总值增长" * 300  # 3000 characters, 9000 UTF-8 bytes: over Stata's 2045
    doc.facts = [Fact("gdp", "review", "2020", "growth", 6.5, None, "%", "", None, long_quote, 0, 10,
                      "一、回顾", 0.9),
                 Fact("gdp", "target", "2021", "growth", 7.0, None, "%", "about", None, "控制\x01字符", 10, 20, "", 0.8)]
    db = tmp_path / "long.duckdb"
    with Store(db) as st:
        st.add(doc)
    return db, doc, long_quote


def test_dta_unicode_labels_and_strl(db_with_long_quote, tmp_path):
    db, doc, long_quote = db_with_long_quote
    with Store(db, read_only=True) as st:
        written = export_tables(st, tmp_path / "out", "dta")
    assert [p.name for p in written] == [f"{t}.dta" for t in TABLES]
    facts = pd.read_stata(tmp_path / "out" / "facts.dta")
    assert "start_" in facts.columns and "end_" in facts.columns and "start" not in facts.columns
    assert facts["quote"].tolist()[0] == long_quote  # strL: nothing cut
    assert facts["region"].iloc[0] == "平顶山市"
    with StataReader(tmp_path / "out" / "facts.dta") as r:
        labels = r.variable_labels()
        assert r.data_label == "指标数据"
    assert labels["region"] == "地区" and labels["quote"] == "原文引文" and labels["end_"] == "原文结束位置"
    with StataReader(tmp_path / "out" / "projects.dta") as r:
        assert r.variable_labels()["name"] == "项目名称"
    docs = pd.read_stata(tmp_path / "out" / "documents.dta")
    assert docs["speaker"].iloc[0] == ""  # Stata has no missing string
    assert docs["n_facts"].iloc[0] == 2


@pytest.mark.parametrize("fmt", ["parquet", "csv", "xlsx", "jsonl"])
def test_other_formats_keep_values(db_with_long_quote, tmp_path, fmt):
    db, doc, long_quote = db_with_long_quote
    with Store(db, read_only=True) as st:
        export_tables(st, tmp_path / fmt, fmt)
    path = tmp_path / fmt / f"facts.{fmt}"
    df = {"parquet": pd.read_parquet, "csv": pd.read_csv, "xlsx": pd.read_excel,
          "jsonl": lambda p: pd.read_json(p, lines=True)}[fmt](path)
    assert len(df) == 2
    assert df["quote"].iloc[0] == long_quote
    assert list(df["value"]) == [6.5, 7.0]
    # Excel cannot hold control characters: they are dropped, the rest is kept
    assert df["quote"].iloc[1] in ("控制\x01字符", "控制字符")


@pytest.mark.parametrize("fmt", ["parquet", "csv", "xlsx", "dta", "jsonl"])
def test_empty_store(tmp_path, fmt):
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    with Store(db, read_only=True) as st:
        written = export_tables(st, tmp_path / "out", fmt)
    assert len(written) == 5 and all(p.exists() for p in written)
    if fmt == "jsonl":
        assert all(p.read_text(encoding="utf-8") == "" for p in written)
        return
    reader = {"parquet": pd.read_parquet, "csv": pd.read_csv, "xlsx": pd.read_excel, "dta": pd.read_stata}[fmt]
    facts = reader(tmp_path / "out" / f"facts.{fmt}")
    assert len(facts) == 0
    assert {"doc", "indicator", "value", "quote"} <= set(facts.columns)
    docs = reader(tmp_path / "out" / f"documents.{fmt}")
    assert len(docs) == 0 and "region_code" in docs.columns


def test_unknown_format(tmp_path):
    db = tmp_path / "x.duckdb"
    Store(db).close()
    with Store(db, read_only=True) as st, pytest.raises(ValueError):
        export_tables(st, tmp_path / "out", "sav")
