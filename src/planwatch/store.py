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
# ------------------------------------------------------------------ review (issue 14)
# Corrections are data: one row per reviewer action, never an edit of the extracted rows. An item is
# targeted by doc + kind + key + span, so a correction survives re-extraction when the extractor still
# finds the same thing at the same place. The reviewed_* views are what everything downstream reads.

REVIEW_FIELDS = {
    "fact": ["indicator", "role", "period", "measure", "value", "value_high", "unit", "qualifier", "scope"],
    "pledge": ["action", "object", "object_norm", "category", "value", "value_high", "unit", "qualifier", "period"],
    "project": ["name", "kind", "status", "year", "part"],
}
REVIEW_KEY_FIELDS = {"fact": ["indicator", "role", "period", "measure"], "pledge": ["action", "object"],
                     "project": ["name"]}
_REVIEW_TABLE = {"fact": "facts", "pledge": "pledges", "project": "projects"}
_REVIEW_NUMERIC = {"value", "value_high"}
REVIEW_META_FIELDS = ["region", "region_code", "level", "parent", "parent_code", "province", "doc_type",
                      "report_year", "meeting_date", "speaker", "title"]

REVIEW_TABLES = """
CREATE SEQUENCE IF NOT EXISTS corrections_seq;
CREATE TABLE IF NOT EXISTS corrections (
    id BIGINT PRIMARY KEY DEFAULT nextval('corrections_seq'), doc_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    item_key VARCHAR, start INTEGER, "end" INTEGER, action VARCHAR NOT NULL, before JSON, after JSON,
    note VARCHAR, user_name VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, ref BIGINT
);
CREATE TABLE IF NOT EXISTS users (
    name VARCHAR PRIMARY KEY, password_hash VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL
);
"""


def review_key_sql(kind: str, alias: str = "") -> str:
    """SQL for an item's review key; the same string as :func:`planwatch.review.item_key`."""
    a = f"{alias}." if alias else ""
    return " || '|' || ".join(f"coalesce(CAST({a}\"{c}\" AS VARCHAR), '')" for c in REVIEW_KEY_FIELDS[kind])


def _review_view_sql(kind: str) -> str:
    table = _REVIEW_TABLE[kind]
    cols = {"fact": _FACT_COLS, "pledge": _PLEDGE_COLS, "project": _PROJECT_COLS}[kind]
    fields = REVIEW_FIELDS[kind]

    def from_json(c: str, src: str) -> str:
        v = f"{src}.after->>'{c}'"
        return f"TRY_CAST({v} AS DOUBLE)" if c in _REVIEW_NUMERIC else v

    # extracted rows and added items, each with the key corrections target
    ext = ", ".join(["doc_id", "seq"] + [f'"{c}"' for c in cols])
    added = []
    for c in cols:
        if c in fields or c in ("quote", "section"):
            added.append(f'{from_json(c, "a")} AS "{c}"')
        elif c in ("start", "end"):
            added.append(f'a."{c}" AS "{c}"')
        elif c == "confidence":
            added.append('1.0 AS "confidence"')
        else:
            added.append(f'NULL AS "{c}"')
    ext_base = f"SELECT {ext}, {review_key_sql(kind)} AS review_key, 'extracted' AS origin FROM {table}"
    add_base = (f"SELECT a.doc_id, CAST(NULL AS INTEGER) AS seq, {', '.join(added)}, "
                f"'added:' || CAST(a.id AS VARCHAR) AS review_key, 'added' AS origin "
                f"FROM review_live a WHERE a.kind = '{kind}' AND a.action = 'add'")
    # an accept records the item as it was reviewed then, so accepting a corrected item keeps the correction
    out = []
    for c in cols:
        if c in fields:
            out.append(f"CASE WHEN e.action IN ('accept', 'correct') THEN {from_json(c, 'e')} ELSE b.\"{c}\" END "
                       f"AS \"{c}\"")
        elif c == "confidence":
            out.append("CASE WHEN e.action IN ('accept', 'correct') THEN 1.0 ELSE b.confidence END AS confidence")
        else:
            out.append(f'b."{c}"')
    changed = " OR ".join(f'b."{c}" IS DISTINCT FROM {from_json(c, "e")}' for c in fields)
    on = (f"e.doc_id = b.doc_id AND e.kind = '{kind}' AND e.item_key = b.review_key AND e.start = b.start "
          f'AND e."end" = b."end"')
    plain = ", ".join(f'b."{c}"' for c in cols)
    # three parts: extracted items nobody reviewed (plain columns, so filters reach the table scan),
    # reviewed items (the latest correction applied, rejected ones out), and added items
    return f"""CREATE OR REPLACE VIEW reviewed_{table} AS
SELECT b.doc_id, b.seq, {plain}, 'extracted' AS review_status, b.review_key,
       CAST(NULL AS BIGINT) AS review_id, CAST(NULL AS VARCHAR) AS review_note
FROM ({ext_base}) b
WHERE NOT EXISTS (SELECT 1 FROM review_effective e WHERE {on})
UNION ALL
SELECT b.doc_id, b.seq, {', '.join(out)},
       CASE WHEN b.origin = 'added' THEN 'added' WHEN e.action = 'correct' OR (e.action = 'accept' AND ({changed}))
            THEN 'corrected' WHEN e.action = 'accept' THEN 'accepted' ELSE 'extracted' END AS review_status,
       b.review_key, e.id AS review_id, e.note AS review_note
FROM ({ext_base}) b
JOIN review_effective e ON {on}
WHERE e.action <> 'reject'
UNION ALL
SELECT b.doc_id, b.seq, {', '.join(out)},
       'added' AS review_status, b.review_key, e.id AS review_id, e.note AS review_note
FROM ({add_base}) b
LEFT JOIN review_effective e ON {on}
WHERE e.action IS NULL OR e.action <> 'reject';
"""


def review_views_sql() -> str:
    """The DDL of the review views (re-created on every read-write open, so they follow the code)."""
    meta_aggs, meta_cols = [], []
    for c in REVIEW_META_FIELDS:
        has = f"json_exists(after, '$.{c}')"
        meta_aggs.append(f"bool_or({has}) AS has_{c}, arg_max(after->>'{c}', id) FILTER (WHERE {has}) AS v_{c}")
        v = f"TRY_CAST(m.v_{c} AS INTEGER)" if c == "report_year" else f"m.v_{c}"
        meta_cols.append(f"CASE WHEN m.has_{c} THEN {v} ELSE d.{c} END AS {c}")
    return ("""
CREATE OR REPLACE VIEW review_live AS
SELECT c.* FROM corrections c LEFT JOIN corrections u ON u.action = 'undo' AND u.ref = c.id
WHERE c.action <> 'undo' AND u.id IS NULL;
CREATE OR REPLACE VIEW review_effective AS
SELECT * FROM review_live WHERE action IN ('accept', 'correct', 'reject')
QUALIFY row_number() OVER (PARTITION BY doc_id, kind, item_key, start, "end" ORDER BY id DESC) = 1;
""" + "".join(_review_view_sql(k) for k in REVIEW_FIELDS) + f"""
CREATE OR REPLACE VIEW reviewed_documents AS
WITH m AS (SELECT doc_id, {', '.join(meta_aggs)} FROM review_effective
           WHERE kind = 'meta' AND action = 'correct' GROUP BY doc_id)
SELECT d.* REPLACE ({', '.join(meta_cols)})
FROM documents d LEFT JOIN m ON m.doc_id = d.id;
""")


def ensure_review_schema(con) -> None:
    """Create the review tables and (re-)create the reviewed views on a read-write connection."""
    con.execute(REVIEW_TABLES)
    con.execute(review_views_sql())


def has_review_schema(con) -> bool:
    return con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'reviewed_facts'").fetchone()[0] > 0


_DOC_LIST_COLS = ("id, name, source, format, region, region_code, level, parent, parent_code, province, "
                  "doc_type, report_year, meeting_date, speaker, title, n_chars, ingested_at")


class Store:
    """One DuckDB database file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only and Path(self.path).exists()
        if self.read_only:
            _migrate_review(self.path)
        self.con = duckdb.connect(self.path, read_only=self.read_only)
        if not self.read_only:
            self.con.execute(SCHEMA)
            ensure_review_schema(self.con)
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
                   (SELECT count(*) FROM reviewed_facts f WHERE f.doc_id = d.id) AS n_facts,
                   (SELECT count(*) FROM reviewed_pledges p WHERE p.doc_id = d.id) AS n_pledges,
                   (SELECT count(*) FROM reviewed_projects p WHERE p.doc_id = d.id) AS n_projects
                FROM reviewed_documents d ORDER BY province, region_code, report_year, name""")

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
        """facts / pledges / projects / sections joined with their document's metadata, as reviewed
        (rejected items left out, each item with its ``review_status``)."""
        if name not in ("facts", "pledges", "projects", "sections"):
            raise ValueError(f"unknown table {name!r}")
        where = "WHERE t.doc_id = ?" if doc_id else ""
        src = name if name == "sections" else f"reviewed_{name}"
        return self.query(
            f"""SELECT d.name AS doc, d.region, d.region_code, d.level, d.parent, d.province, d.doc_type,
                       d.report_year, t.* FROM {src} t JOIN reviewed_documents d ON d.id = t.doc_id {where}
                ORDER BY d.province, d.region_code, d.report_year, d.name, t.start""",
            [doc_id] if doc_id else None)

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM documents").fetchone()[0]


def _migrate_review(path: str) -> None:
    """A database written before review existed gets its review tables and views once (the reviewed
    views are what reads use); a database held by another writer is left alone."""
    try:
        with duckdb.connect(path, read_only=True) as con:
            if has_review_schema(con):
                return
        with duckdb.connect(path) as con:
            con.execute(SCHEMA)
            ensure_review_schema(con)
    except duckdb.Error:
        pass


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
    marks = ", ".join("?" for _ in names)
    data = [[doc_id] + ([i] if seq else []) + [r.get(c) for c in cols] for i, r in enumerate(rows)]
    con.executemany(f"INSERT INTO {table} ({qnames}) VALUES ({marks})", data)
