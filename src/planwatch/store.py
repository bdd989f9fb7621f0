"""The embedded DuckDB store: documents, sections, facts, pledges, projects.

A document's id is the hash of its text as read, so storing the same content twice changes
nothing; each document is written in one transaction, so an interrupted run leaves no
half-document behind.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import duckdb
import pandas as pd

from .model import Document, Evidence, Fact, Metadata, Pledge, Project, Section

DEFAULT_DB = "planwatch.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, name VARCHAR, source VARCHAR, format VARCHAR, text VARCHAR,
    region VARCHAR, region_code VARCHAR, level VARCHAR, parent VARCHAR, parent_code VARCHAR,
    province VARCHAR, doc_type VARCHAR, report_year INTEGER, meeting_date VARCHAR, speaker VARCHAR,
    title VARCHAR, evidence JSON, hints JSON, n_chars INTEGER, ingested_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS sections (
    doc_id VARCHAR, id INTEGER, parent INTEGER, depth INTEGER, number VARCHAR, title VARCHAR,
    role VARCHAR, start INTEGER, "end" INTEGER, path VARCHAR
);
CREATE TABLE IF NOT EXISTS facts (
    doc_id VARCHAR, seq INTEGER, indicator VARCHAR, role VARCHAR, period VARCHAR, measure VARCHAR,
    value DOUBLE, value_high DOUBLE, unit VARCHAR, qualifier VARCHAR, scope VARCHAR, quote VARCHAR,
    start INTEGER, "end" INTEGER, section VARCHAR, confidence DOUBLE
);
CREATE TABLE IF NOT EXISTS pledges (
    doc_id VARCHAR, seq INTEGER, action VARCHAR, object VARCHAR, object_norm VARCHAR, category VARCHAR,
    value DOUBLE, value_high DOUBLE, unit VARCHAR, qualifier VARCHAR, period VARCHAR, quote VARCHAR,
    start INTEGER, "end" INTEGER, section VARCHAR
);
CREATE TABLE IF NOT EXISTS projects (
    doc_id VARCHAR, seq INTEGER, name VARCHAR, kind VARCHAR, status VARCHAR, year VARCHAR, part VARCHAR,
    quote VARCHAR, start INTEGER, "end" INTEGER, section VARCHAR
);
"""

_FACT_COLS = ["indicator", "role", "period", "measure", "value", "value_high", "unit", "qualifier", "scope",
              "quote", "start", "end", "section", "confidence"]
_PLEDGE_COLS = ["action", "object", "object_norm", "category", "value", "value_high", "unit", "qualifier",
                "period", "quote", "start", "end", "section"]
_PROJECT_COLS = ["name", "kind", "status", "year", "part", "quote", "start", "end", "section"]
_SECTION_COLS = ["id", "parent", "depth", "number", "title", "role", "start", "end", "path"]
_DOC_LIST_COLS = ("id, name, source, format, region, region_code, level, parent, parent_code, province, "
                  "doc_type, report_year, meeting_date, speaker, title, n_chars, ingested_at")


class Store:
    """One DuckDB database file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only and Path(self.path).exists()
        self.con = duckdb.connect(self.path, read_only=self.read_only)
        if not self.read_only:
            self.con.execute(SCHEMA)
        # called with each newly stored document (the search index listens here)
        self.on_add: list[Callable[[Document], None]] = []

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # ------------------------------------------------------------------ writing

    def has(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def add(self, doc: Document, replace: bool = False) -> bool:
        """Store a document with everything extracted from it; False if it was already there."""
        if self.has(doc.id):
            if not replace:
                return False
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("documents", "sections", "facts", "pledges", "projects"):
                col = "id" if table == "documents" else "doc_id"
                con.execute(f"DELETE FROM {table} WHERE {col} = ?", [doc.id])
            m = doc.meta
            con.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [doc.id, doc.name, doc.source, doc.format, doc.text, m.region, m.region_code, m.level, m.parent,
                 _parent_code(m.region_code), m.province, m.doc_type, m.report_year, m.meeting_date,
                 m.speaker, m.title, json.dumps({k: asdict(v) for k, v in m.evidence.items()}, ensure_ascii=False),
                 json.dumps(doc.hints, ensure_ascii=False, default=str), len(doc.text),
                 datetime.now(timezone.utc).replace(tzinfo=None)],
            )
            _insert(con, "sections", doc.id, [asdict(s) for s in doc.sections], _SECTION_COLS, seq=False)
            _insert(con, "facts", doc.id, [f.as_dict() for f in doc.facts], _FACT_COLS)
            _insert(con, "pledges", doc.id, [p.as_dict() for p in doc.pledges], _PLEDGE_COLS)
            _insert(con, "projects", doc.id, [p.as_dict() for p in doc.projects], _PROJECT_COLS)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        for hook in self.on_add:
            hook(doc)
        return True

    def delete(self, doc_id: str) -> None:
        self.con.execute("BEGIN TRANSACTION")
        for table in ("documents", "sections", "facts", "pledges", "projects"):
            col = "id" if table == "documents" else "doc_id"
            self.con.execute(f"DELETE FROM {table} WHERE {col} = ?", [doc_id])
        self.con.execute("COMMIT")

    # ------------------------------------------------------------------ reading

    def query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        return self.con.execute(sql, params or []).df()

    def documents(self) -> pd.DataFrame:
        return self.query(
            f"""SELECT {_DOC_LIST_COLS},
                   (SELECT count(*) FROM facts f WHERE f.doc_id = d.id) AS n_facts,
                   (SELECT count(*) FROM pledges p WHERE p.doc_id = d.id) AS n_pledges,
                   (SELECT count(*) FROM projects p WHERE p.doc_id = d.id) AS n_projects
                FROM documents d ORDER BY province, region_code, report_year, name""")

    def find(self, ref: str) -> str | None:
        """A document id from an id, an id prefix or a file name."""
        row = self.con.execute(
            "SELECT id FROM documents WHERE id = ? OR name = ? OR id LIKE ? ORDER BY (id = ?) DESC LIMIT 1",
            [ref, ref, ref + "%", ref]).fetchone()
        return row[0] if row else None

    def load(self, ref: str) -> Document | None:
        """A stored document with its metadata, sections and extractions."""
        doc_id = self.find(ref)
        if doc_id is None:
            return None
        cur = self.con.execute(
            "SELECT id, name, source, format, text, region, region_code, level, parent, province, doc_type, "
            "report_year, meeting_date, speaker, title, evidence, hints FROM documents WHERE id = ?", [doc_id])
        r = cur.fetchone()
        ev = {k: Evidence(**v) for k, v in json.loads(r[15] or "{}").items()}
        meta = Metadata(region=r[5], region_code=r[6], level=r[7], parent=r[8], province=r[9], doc_type=r[10],
                        report_year=r[11], meeting_date=r[12], speaker=r[13], title=r[14], evidence=ev)
        doc = Document(id=r[0], name=r[1], source=r[2], format=r[3], text=r[4], meta=meta,
                       hints=json.loads(r[16] or "{}"))
        doc.sections = [Section(**row) for row in self._rows("sections", doc_id, _SECTION_COLS, order="id")]
        doc.facts = [Fact(**row) for row in self._rows("facts", doc_id, _FACT_COLS)]
        doc.pledges = [Pledge(**row) for row in self._rows("pledges", doc_id, _PLEDGE_COLS)]
        doc.projects = [Project(**row) for row in self._rows("projects", doc_id, _PROJECT_COLS)]
        return doc

    def _rows(self, table: str, doc_id: str, cols: list[str], order: str = "seq") -> list[dict[str, Any]]:
        qcols = ", ".join(f'"{c}"' for c in cols)
        cur = self.con.execute(f"SELECT {qcols} FROM {table} WHERE doc_id = ? ORDER BY {order}", [doc_id])
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def table(self, name: str, doc_id: str | None = None) -> pd.DataFrame:
        """facts / pledges / projects / sections joined with their document's metadata."""
        if name not in ("facts", "pledges", "projects", "sections"):
            raise ValueError(f"unknown table {name!r}")
        where = "WHERE t.doc_id = ?" if doc_id else ""
        return self.query(
            f"""SELECT d.name AS doc, d.region, d.region_code, d.level, d.parent, d.province, d.doc_type,
                       d.report_year, t.* FROM {name} t JOIN documents d ON d.id = t.doc_id {where}
                ORDER BY d.province, d.region_code, d.report_year, d.name, t.start""",
            [doc_id] if doc_id else None)

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM documents").fetchone()[0]


def _parent_code(code: str | None) -> str | None:
    if not code:
        return None
    from .regions import gazetteer

    r = gazetteer().get(code)
    return r.parent_code if r else None


def _insert(con, table: str, doc_id: str, rows: list[dict[str, Any]], cols: list[str], seq: bool = True) -> None:
    if not rows:
        return
    names = ["doc_id"] + (["seq"] if seq else []) + cols
    qnames = ", ".join(f'"{c}"' for c in names)
    columns = [[doc_id] * len(rows)] + ([list(range(len(rows)))] if seq else []) + [[r.get(c) for r in rows]
                                                                                    for c in cols]
    # one columnar insert through Arrow: executemany costs DuckDB a statement per row (two thirds of
    # the time to store a document); rows Arrow cannot type go the slow way
    try:
        import pyarrow as pa

        batch = pa.table(dict(zip(names, columns)))
    except Exception:
        batch = None
    if batch is None:
        marks = ", ".join("?" for _ in names)
        con.executemany(f"INSERT INTO {table} ({qnames}) VALUES ({marks})", [list(r) for r in zip(*columns)])
        return
    con.register("_planwatch_rows", batch)
    try:
        con.execute(f"INSERT INTO {table} ({qnames}) SELECT * FROM _planwatch_rows")
    finally:
        con.unregister("_planwatch_rows")
