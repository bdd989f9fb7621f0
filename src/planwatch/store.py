"""The embedded DuckDB store: documents, sections, facts, pledges, projects.

A document's id is the hash of its text as read, so storing the same content twice changes
nothing; each document is written in one transaction, so an interrupted run leaves no
half-document behind.

Versions: every stored text is a row of ``document_versions``. A new text with the same source
name, region and year as a current document supersedes it (``superseded_by``); a text nearly
identical to a current document from another source is flagged (``duplicate_of``). The
``documents`` view holds only current, non-duplicate documents, so everything that reads
``documents`` (listings, analyses, search) counts each report once; the history stays queryable.
A database written before versions existed is migrated when opened.

Whether a new text is stored, an older version or a near-duplicate is looked up through indexes
(the id; ``near_key``, region code and year), so the single writer's time per document does not grow
with the corpus. DuckDB's memory is capped (:func:`memory_limit`, ``$PLANWATCH_MEMORY_LIMIT``);
bigger queries spill to ``<db>.tmp``.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from contextlib import contextmanager
import zlib
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import duckdb
import pandas as pd

from .model import Document, Evidence, Fact, Metadata, Pledge, Project, Section

DEFAULT_DB = "planwatch.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS document_versions (
    id VARCHAR PRIMARY KEY, name VARCHAR, source VARCHAR, format VARCHAR, text VARCHAR,
    region VARCHAR, region_code VARCHAR, level VARCHAR, parent VARCHAR, parent_code VARCHAR,
    province VARCHAR, doc_type VARCHAR, report_year INTEGER, meeting_date VARCHAR, speaker VARCHAR,
    title VARCHAR, evidence JSON, hints JSON, n_chars INTEGER, ingested_at TIMESTAMP,
    superseded_by VARCHAR, duplicate_of VARCHAR, sketch UINTEGER[]
);
CREATE TABLE IF NOT EXISTS sections (
    doc_id VARCHAR, id INTEGER, parent INTEGER, depth INTEGER, number VARCHAR, title VARCHAR,
    role VARCHAR, start INTEGER, "end" INTEGER, path VARCHAR
);
CREATE TABLE IF NOT EXISTS facts (
    doc_id VARCHAR, seq INTEGER, indicator VARCHAR, role VARCHAR, period VARCHAR, measure VARCHAR,
    value DOUBLE, value_high DOUBLE, unit VARCHAR, qualifier VARCHAR, scope VARCHAR, quote VARCHAR,
    start INTEGER, "end" INTEGER, section VARCHAR, confidence DOUBLE, note VARCHAR
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
              "quote", "start", "end", "section", "confidence", "note"]
_PLEDGE_COLS = ["action", "object", "object_norm", "category", "value", "value_high", "unit", "qualifier",
                "period", "quote", "start", "end", "section"]
_PROJECT_COLS = ["name", "kind", "status", "year", "part", "quote", "start", "end", "section"]
_SECTION_COLS = ["id", "parent", "depth", "number", "title", "role", "start", "end", "path"]
# columns added to the documents table after its first release: (name, type)
_VERSION_COLS = (("superseded_by", "VARCHAR"), ("duplicate_of", "VARCHAR"), ("sketch", "UINTEGER[]"))
# the writer's own columns, not shown by the documents views
_INTERNAL_COLS = ("sketch", "near_key")
CURRENT_VIEW = ("CREATE OR REPLACE VIEW documents AS SELECT * EXCLUDE ({hidden}) FROM document_versions "
                "WHERE superseded_by IS NULL AND duplicate_of IS NULL")
_DOC_COLS = ["id", "name", "source", "format", "text", "region", "region_code", "level", "parent", "parent_code",
             "province", "doc_type", "report_year", "meeting_date", "speaker", "title", "evidence", "hints",
             "n_chars", "ingested_at", "sketch", "near_key"]
# near_key: region code and year, '' when unknown, the same in SQL and in Python (near_key()). Two texts
# known to be of different regions or years are never one report, so the stored documents a new one may
# duplicate or supersede are those of a handful of keys, found through an index on this column: the
# writer's look-ups cost the same at 150,000 documents as at 1,000 (a scan grew with the corpus)
_NEAR_KEY_SQL = "coalesce(region_code, '') || '|' || coalesce(CAST(report_year AS VARCHAR), '')"


def near_key(region_code: str | None, report_year: int | None) -> str:
    """The ``near_key`` of a document of this region code and year (see _NEAR_KEY_SQL)."""
    return f"{region_code or ''}|{'' if report_year is None else int(report_year)}"


def _probe_keys(region_code: str | None, report_year: int | None) -> list[str]:
    """The near_keys of the documents one of this region and year may be a near-duplicate of: the same
    region and year, or either unknown. Only for a document whose region and year are both known."""
    return [near_key(c, y) for c in (region_code, None) for y in (report_year, None)]


SKETCH_SIZE = 128  # hashes kept per text (bottom-k of its 8-character shingles)
DUPLICATE_SIMILARITY = 0.85  # estimated Jaccard similarity from which two texts are one report
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


def review_views_sql(hidden: tuple[str, ...] = _INTERNAL_COLS) -> str:
    """The DDL of the review views (re-created on every read-write open, so they follow the code);
    ``hidden``: the writer's columns of document_versions, left out."""
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
CREATE OR REPLACE VIEW reviewed_document_versions AS
WITH m AS (SELECT doc_id, {', '.join(meta_aggs)} FROM review_effective
           WHERE kind = 'meta' AND action = 'correct' GROUP BY doc_id)
SELECT d.* EXCLUDE ({', '.join(hidden)}) REPLACE ({', '.join(meta_cols)})
FROM document_versions d LEFT JOIN m ON m.doc_id = d.id;
CREATE OR REPLACE VIEW reviewed_documents AS
SELECT * FROM reviewed_document_versions WHERE superseded_by IS NULL AND duplicate_of IS NULL;
""")


def ensure_review_schema(con) -> None:
    """Create the review tables and (re-)create the reviewed views on a read-write connection."""
    con.execute(REVIEW_TABLES)
    con.execute(review_views_sql(_hidden_cols(con)))


def _hidden_cols(con) -> tuple[str, ...]:
    """The writer's columns that document_versions has (a database not migrated yet lacks the newer)."""
    have = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE "
                                      "table_name = 'document_versions'").fetchall()}
    return tuple(c for c in _INTERNAL_COLS if c in have) or ("sketch",)


def has_review_schema(con) -> bool:
    return con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'reviewed_document_versions'").fetchone()[0] > 0


_DOC_LIST_COLS = ("id, name, source, format, region, region_code, level, parent, parent_code, province, "
                  "doc_type, report_year, meeting_date, speaker, title, n_chars, ingested_at")


class Store:
    """One DuckDB database file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False,
                 memory_limit: str | None = None, threads: int | None = None):
        """``memory_limit``: DuckDB's (see :func:`memory_limit`); ``threads``: DuckDB's threads (default:
        every core; the single writer of an ingest uses fewer, beside its workers)."""
        self.path = str(path)
        self.read_only = read_only and Path(self.path).exists()
        if self.read_only:
            _migrate_file(self.path)
        if self.read_only:
            _migrate_review(self.path)
        self.con = _connect(self.path, self.read_only, memory_limit, threads)
        if not self.read_only:
            migrate(self.con)
            ensure_review_schema(self.con)
        elif not _has_table(self.con, "document_versions"):
            # an old database that could not be migrated (busy): read it as it is, all current
            self.con.execute("CREATE TEMP VIEW document_versions AS SELECT *, NULL::VARCHAR AS superseded_by, "
                             "NULL::VARCHAR AS duplicate_of, NULL::UINTEGER[] AS sketch, NULL::VARCHAR AS near_key "
                             "FROM documents")
        if self.read_only and not has_review_schema(self.con):
            # nobody reviewed it yet and it could not be migrated (busy): empty review tables, this connection only
            self.con.execute(REVIEW_TABLES.replace("CREATE SEQUENCE IF NOT EXISTS", "CREATE TEMP SEQUENCE IF NOT EXISTS")
                             .replace("CREATE TABLE IF NOT EXISTS", "CREATE TEMP TABLE IF NOT EXISTS"))
            self.con.execute(review_views_sql(_hidden_cols(self.con))
                             .replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TEMP VIEW"))
        # called with each newly stored document (the search index listens here); a listener with an
        # ``attach(store)`` method is given the store when appended (the index checks itself against it)
        self.on_add: list[Callable[[Document], None]] = _Listeners(self)
        self._group: dict[str, Any] | None = None  # documents waiting for their group's commit (batch())

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # ------------------------------------------------------------------ writing

    def has(self, doc_id: str) -> bool:
        """Whether this exact text is stored (as any version)."""
        return self.con.execute("SELECT 1 FROM document_versions WHERE id = ?", [doc_id]).fetchone() is not None

    def add(self, doc: Document, replace: bool = False) -> bool:
        """Store a document with everything extracted from it; False if it was already there.

        An older version (same name, region and year) is superseded; a near-duplicate of a current
        document from another source is stored flagged with ``duplicate_of``.
        """
        existed = self.has(doc.id)
        if existed and not replace:
            return False
        con = self.con
        m = doc.meta
        # a parallel ingest computes the sketch in its worker (planwatch.parallel): this process is the one writer
        sketch = getattr(doc, "_sketch", None) or text_sketch(doc.text)
        group = self._group  # the open group of a batch(), or None: one transaction for this document
        if group is not None and existed:
            self._write_rows()  # the rows to delete may still be waiting
        if group is None:
            con.execute("BEGIN TRANSACTION")
        try:
            for table in ("document_versions", "sections", "facts", "pledges", "projects") if existed else ():
                col = "id" if table == "document_versions" else "doc_id"
                con.execute(f"DELETE FROM {table} WHERE {col} = ?", [doc.id])
            older = [r[0] for r in con.execute(
                "SELECT id FROM document_versions WHERE near_key = ? AND superseded_by IS NULL "
                "AND duplicate_of IS NULL AND name = ? AND region_code IS NOT DISTINCT FROM ? "
                "AND report_year IS NOT DISTINCT FROM ?",
                [near_key(m.region_code, m.report_year), doc.name, m.region_code, m.report_year]).fetchall()]
            duplicate = None if older else self._near_duplicate(doc, sketch)
            values = self._doc_row(doc, sketch)
            con.execute(f"INSERT INTO document_versions ({', '.join(_DOC_COLS)}, duplicate_of) "
                        f"VALUES ({', '.join('?' for _ in _DOC_COLS)}, ?)", values + [duplicate])
            for old in older:
                con.execute("UPDATE document_versions SET superseded_by = ? WHERE id = ?", [doc.id, old])
            if group is None:
                for table, rows, cols, seq in _extracted_rows(doc):
                    _insert(con, table, doc.id, rows, cols, seq)
                con.execute("COMMIT")
            else:
                self._queue_rows(doc)
        except BaseException:
            if group is None:
                con.execute("ROLLBACK")
            raise
        if group is None:
            for hook in self.on_add:
                hook(doc)
        else:
            group["docs"].append(doc)
            if len(group["docs"]) >= group["size"]:
                self._commit_group()
        return True

    def add_many(self, docs: list[Document], replace: bool = False) -> list[bool]:
        """:meth:`add` for each document, in order, with what each needs to know of the database (stored?
        an older version? a near-duplicate?) asked once for the whole group: inside :meth:`batch`, the
        four statements per document of :meth:`add` were most of the single writer's time."""
        if self._group is None or not docs:
            return [self.add(d, replace=replace) for d in docs]
        ids = sorted(set(d.id for d in docs))
        # IN with one parameter per value: DuckDB looks these up in the index (a list parameter is a scan)
        stored = {r[0] for r in self.con.execute(
            f"SELECT id FROM document_versions WHERE id IN ({', '.join('?' for _ in ids)})", ids).fetchall()}
        if replace and (stored or len(ids) < len(docs)):  # re-extraction: the rare, slow way
            return [self.add(d, replace=True) for d in docs]
        sketches = [getattr(d, "_sketch", None) or text_sketch(d.text) for d in docs]
        older_db, near = self._neighbours(docs, sketches)
        out: list[bool] = []
        rows: list[dict[str, Any]] = []  # document rows of this group
        current: dict[str, int] = {}  # id -> index in rows of this group's documents still current
        superseded: list[tuple[str, str]] = []  # (new, old) for database documents now superseded
        gone: set[str] = set()
        seen: set[str] = set()
        for d, sketch in zip(docs, sketches):
            if d.id in stored or d.id in seen:
                out.append(False)
                continue
            seen.add(d.id)
            m = d.meta
            key = (d.name, m.region_code, m.report_year)
            older = [i for i in older_db.get(key, ()) if i not in gone]
            older += [i for i, k in current.items()
                      if (rows[k]["name"], rows[k]["region_code"], rows[k]["report_year"]) == key]
            duplicate = None
            if not older:
                mine = [(r["id"], r["sketch"], None, r["n_chars"], r["region_code"], r["report_year"])
                        for r in (rows[k] for k in current.values())]
                if d.id in near:
                    duplicate = _best_duplicate(d, sketch, [c for c in near[d.id] if c[0] not in gone] + mine)
                else:
                    duplicate = self._near_duplicate(d, sketch, mine, gone)
            for old in older:
                gone.add(old)
                if old in current:
                    rows[current.pop(old)]["superseded_by"] = d.id
                else:
                    superseded.append((d.id, old))
            rows.append(dict(zip(_DOC_COLS, self._doc_row(d, sketch)), superseded_by=None, duplicate_of=duplicate))
            if duplicate is None:
                current[d.id] = len(rows) - 1
            self._queue_rows(d)
            out.append(True)
        if rows:
            _insert_many(self.con, "document_versions", [(None, rows)], _DOC_COLS + ["superseded_by", "duplicate_of"],
                         seq=False, doc_id=False)
        if superseded:
            self.con.executemany("UPDATE document_versions SET superseded_by = ? WHERE id = ?", superseded)
        self._group["docs"] += [d for d, ok in zip(docs, out) if ok]
        if len(self._group["docs"]) >= self._group["size"]:
            self._commit_group()
        return out

    def _neighbours(self, docs: list[Document], sketches: list[list[int]]
                    ) -> tuple[dict[tuple, list[str]], dict[str, list[tuple]]]:
        """For a group, from one query through the near_key index: the current documents each one would
        supersede, by (name, region code, year), and the current documents each one may be a
        near-duplicate of (rows of _CANDIDATE_COLS in the order stored, by document id). Documents
        without a region or a year (whose candidates are many) are left to _near_duplicate."""
        known = [(d, s) for d, s in zip(docs, sketches)
                 if len(s) >= SKETCH_SIZE and d.meta.region_code is not None and d.meta.report_year is not None]
        probes = {d.id: _probe_keys(d.meta.region_code, d.meta.report_year) for d, _ in known}
        keys = sorted({near_key(d.meta.region_code, d.meta.report_year) for d in docs}
                      | {k for ks in probes.values() for k in ks})
        # beyond the keys, only documents that could be an older version (a name of the group) or a
        # near-duplicate of one of the group (its lengths, a first hash in common: see _PREFIX); a
        # region and year with many documents (the synthetic corpus' national reports) sends few back
        lens = [len(d.text) for d, _ in known] or [0]
        rows = self.con.execute(
            f"SELECT {_KEYED_COLS}, name, near_key FROM document_versions WHERE near_key IN "
            f"({', '.join('?' for _ in keys)}) AND superseded_by IS NULL AND duplicate_of IS NULL "
            "AND (list_contains(?, name) OR (n_chars BETWEEN ? AND ? AND "
            f"(sketch IS NULL OR list_has_any(sketch[1:{_PREFIX}], ?::UINTEGER[])))) ORDER BY rowid",
            keys + [sorted({d.name for d in docs}), int(min(lens) * 0.8), int(max(lens) * 1.25) + 1,
                    sorted({h for _, s in known for h in s[:_PREFIX]})]).fetchall()
        rows = self._texts(rows)
        order = {r[0]: i for i, r in enumerate(rows)}
        names = {d.name for d in docs}
        older: dict[tuple, list[str]] = {}
        by_key: dict[str, list[tuple]] = {}
        for r in rows:
            if r[6] in names:
                older.setdefault((r[6], r[4], r[5]), []).append(r[0])
            by_key.setdefault(r[7], []).append(r[:6])
        near: dict[str, list[tuple]] = {}
        for d_id, ks in probes.items():
            # merged back into the order stored (the later of two equally similar wins)
            near[d_id] = sorted((c for k in ks for c in by_key.get(k, ())), key=lambda c: order[c[0]])
        return older, near  # _best_duplicate applies each document's own conditions again

    def _doc_row(self, doc: Document, sketch: list[int]) -> list:
        m = doc.meta
        return [doc.id, doc.name, doc.source, doc.format, doc.text, m.region, m.region_code, m.level, m.parent,
                _parent_code(m.region_code), m.province, m.doc_type, m.report_year, m.meeting_date,
                m.speaker, m.title, json.dumps({k: asdict(v) for k, v in m.evidence.items()}, ensure_ascii=False),
                json.dumps(doc.hints, ensure_ascii=False, default=str), len(doc.text),
                datetime.now(timezone.utc).replace(tzinfo=None), sketch, near_key(m.region_code, m.report_year)]

    def _queue_rows(self, doc: Document) -> None:
        """The document's sections and extractions, waiting in the open group for one insert per table."""
        for table, rows, cols, seq in _extracted_rows(doc):
            if rows:
                self._group["rows"].setdefault(table, (cols, seq, []))[2].append((doc.id, rows))

    @contextmanager
    def batch(self, size: int = 64):
        """Inside the block, :meth:`add` stores documents ``size`` at a time: one transaction and one
        insert per table for each group, instead of about ten statements and a commit per document
        (the single writer of a parallel ingest spent most of its time there). Listeners hear of a
        document once its group is committed; an error rolls back the open group only."""
        if self._group is not None:  # already batching
            yield self
            return
        self._group = {"size": max(1, size), "docs": [], "rows": {}}
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self
            self._commit_group(reopen=False)
        except BaseException:
            if self._group is not None:
                self.con.execute("ROLLBACK")
            raise
        finally:
            self._group = None

    def _write_rows(self) -> None:
        for table, (cols, seq, docs) in self._group["rows"].items():
            _insert_many(self.con, table, docs, cols, seq)
        self._group["rows"] = {}

    def _commit_group(self, reopen: bool = True) -> None:
        self._write_rows()
        self.con.execute("COMMIT")
        docs, self._group["docs"] = self._group["docs"], []
        if reopen:
            self.con.execute("BEGIN TRANSACTION")
        else:
            self._group = None
        for doc in docs:
            for hook in self.on_add:
                hook(doc)

    def delete(self, doc_id: str) -> None:
        """Remove one stored text; the version it superseded (if any) becomes current again."""
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute("UPDATE document_versions SET superseded_by = NULL WHERE superseded_by = ?", [doc_id])
        self.con.execute("UPDATE document_versions SET duplicate_of = NULL WHERE duplicate_of = ?", [doc_id])
        for table in ("document_versions", "sections", "facts", "pledges", "projects"):
            col = "id" if table == "document_versions" else "doc_id"
            self.con.execute(f"DELETE FROM {table} WHERE {col} = ?", [doc_id])
        self.con.execute("COMMIT")

    def _near_duplicate(self, doc: Document, sketch: list[int], extra: list[tuple] = (),
                        gone: set[str] = frozenset()) -> str | None:
        """The current document (of similar length) whose text is nearly this one's, if any; ``extra``
        are candidates not in the database yet, ``gone`` ids no longer current (both from add_many)."""
        if len(sketch) < SKETCH_SIZE:  # too short to be a report: nothing to compare reliably
            return None
        n, m = len(doc.text), doc.meta
        if m.region_code is not None and m.report_year is not None:  # a look-up in the near_key index
            rows = self._neighbours([doc], [sketch])[1][doc.id]
        else:  # two reports known to be of different regions or years are never one report
            rows = self.con.execute(
                f"SELECT {_CANDIDATE_COLS} FROM document_versions WHERE superseded_by IS NULL AND duplicate_of IS NULL "
                "AND n_chars BETWEEN ? AND ? AND id <> ? AND (region_code IS NULL OR ?::VARCHAR IS NULL OR "
                "region_code = ?) AND (report_year IS NULL OR ?::INTEGER IS NULL OR report_year = ?) ORDER BY rowid",
                [int(n * 0.8), int(n * 1.25) + 1, doc.id, m.region_code, m.region_code, m.report_year,
                 m.report_year]).fetchall()
        return _best_duplicate(doc, sketch, [r for r in rows if r[0] not in gone] + list(extra))

    def _texts(self, rows: list[tuple]) -> list[tuple]:
        """Rows of _KEYED_COLS (and more) as rows of _CANDIDATE_COLS: the text of a document stored without a
        sketch (by an old release) read apart. Fetched by the index, a text column costs DuckDB a
        decompression per row, even where a CASE discards it (ten times the look-up's time)."""
        bare = [r[0] for r in rows if r[1] is None]
        texts = dict(self.con.execute(f"SELECT id, text FROM document_versions WHERE id IN "
                                      f"({', '.join('?' for _ in bare)})", bare).fetchall()) if bare else {}
        return [(r[0], r[1], texts.get(r[0]), *r[2:]) for r in rows]

    def versions(self, ref: str) -> pd.DataFrame:
        """Every stored text with the name of document ``ref`` (or its id), newest first, with its status."""
        doc_id = self.find(ref, current=False)
        name = self.con.execute("SELECT name FROM document_versions WHERE id = ?", [doc_id]).fetchone() if doc_id else None
        return self.query(
            """SELECT id, name, region, region_code, report_year, n_chars, ingested_at, superseded_by, duplicate_of,
                      superseded_by IS NULL AND duplicate_of IS NULL AS current
               FROM document_versions WHERE name = ? OR id = ? ORDER BY ingested_at DESC""",
            [name[0] if name else ref, doc_id or ref])

    # ------------------------------------------------------------------ reading

    def query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        return tidy(self.con.execute(sql, params or []).df())

    def documents(self) -> pd.DataFrame:
        return self.query(
            f"""SELECT {_DOC_LIST_COLS},
                   (SELECT count(*) FROM reviewed_facts f WHERE f.doc_id = d.id) AS n_facts,
                   (SELECT count(*) FROM reviewed_pledges p WHERE p.doc_id = d.id) AS n_pledges,
                   (SELECT count(*) FROM reviewed_projects p WHERE p.doc_id = d.id) AS n_projects
                FROM reviewed_documents d ORDER BY province, region_code, report_year, name""")

    def find(self, ref: str, current: bool = False) -> str | None:
        """A document id from an id, a file name (its current version) or an unambiguous id prefix (at
        least 4 characters). An id of an older version is found too unless ``current``."""
        table = "documents" if current else "document_versions"
        row = self.con.execute(f"SELECT id FROM {table} WHERE id = ?", [ref]).fetchone()
        if row is None:
            row = self.con.execute("SELECT id FROM documents WHERE name = ? ORDER BY ingested_at DESC LIMIT 1",
                                   [ref]).fetchone()
        if row is None and len(ref) >= 4:
            # starts_with, not LIKE: "%" or "_" in a reference must not match any document
            rows = self.con.execute(f"SELECT id FROM {table} WHERE starts_with(id, ?) LIMIT 2", [ref]).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return row[0] if row else None

    def load(self, ref: str) -> Document | None:
        """A stored document with its metadata, sections and extractions."""
        doc_id = self.find(ref)
        if doc_id is None:
            return None
        cur = self.con.execute(
            "SELECT id, name, source, format, text, region, region_code, level, parent, province, doc_type, "
            "report_year, meeting_date, speaker, title, evidence, hints FROM document_versions WHERE id = ?", [doc_id])
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
        # one document: whichever version it is
        docs = "reviewed_document_versions" if doc_id else "reviewed_documents"
        src = name if name == "sections" else f"reviewed_{name}"
        return self.query(
            f"""SELECT d.name AS doc, d.region, d.region_code, d.level, d.parent, d.province, d.doc_type,
                       d.report_year, t.* FROM {src} t JOIN {docs} d ON d.id = t.doc_id {where}
                ORDER BY d.province, d.region_code, d.report_year, d.name, t.start""",
            [doc_id] if doc_id else None)

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM documents").fetchone()[0]


class StoreBusy(RuntimeError):
    """The database file is locked by another process (DuckDB allows one writer)."""


class _Listeners(list):
    """``Store.on_add``: appending a listener with ``attach`` hands it the store."""

    def __init__(self, store: "Store"):
        super().__init__()
        self._store = store

    def append(self, fn) -> None:
        super().append(fn)
        attach = getattr(fn, "attach", None)
        if attach is not None:
            attach(self._store)


MEMORY_LIMIT_ENV = "PLANWATCH_MEMORY_LIMIT"
MEMORY_LIMIT_CAP = 1 << 30


def memory_limit(value: str | None = None) -> str | None:
    """DuckDB's memory limit for a store: ``value``, else ``$PLANWATCH_MEMORY_LIMIT`` (DuckDB's syntax:
    ``512MB``, ``4GB``), else a quarter of the machine's memory up to 1 GiB. ``none`` leaves DuckDB's
    own default (80 % of the memory). Without a limit, DuckDB keeps what it reads and writes cached
    up to that 80 %, and the single writer of a long ingest grew with the database (3.4 GB at
    150,000 reports); beyond the limit DuckDB evicts its cache and spills big queries to disk."""
    value = value or os.environ.get(MEMORY_LIMIT_ENV) or ""
    if value.strip().lower() in ("none", "default"):
        return None
    if value.strip():
        return value.strip()
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        ram = 4 * MEMORY_LIMIT_CAP
    return f"{max(64 << 20, min(MEMORY_LIMIT_CAP, ram // 4)) >> 20}MiB"


def _connect(path: str, read_only: bool, limit: str | None = None, threads: int | None = None):
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        m = re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", str(exc))
        who = f"process {m.group(2)} ({m.group(1)})" if m else "another process"
        if m or "lock" in str(exc).lower():
            raise StoreBusy(f"database {path} is busy: {who} has it open for writing; "
                            "stop it (or wait for it to finish) and try again") from None
        raise
    # SET, not connect(config=...): a second connection to the same file in this process shares the
    # first's database, and a different config there would be refused
    limit = memory_limit(limit)
    try:
        if limit:
            con.execute(f"SET memory_limit = '{_sql_str(limit)}'")
    except duckdb.Error as exc:
        con.close()
        raise ValueError(f"memory limit {limit!r} (${MEMORY_LIMIT_ENV}): {exc}") from None
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    if read_only and not os.access(Path(path).resolve().parent, os.W_OK):
        # spilling goes to <db>.tmp next to the database, which a read-only folder refuses; one folder per
        # process, as DuckDB names its temporary files alike in every process
        tmp = os.path.join(tempfile.gettempdir(), f"planwatch-{os.getpid()}.tmp")
        con.execute(f"SET temp_directory = '{_sql_str(tmp)}'")
    return con


def _sql_str(s: str) -> str:
    return s.replace("'", "''")


def _has_table(con, name: str) -> bool:
    return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ? "
                       "AND table_schema = 'main'", [name]).fetchone()[0] > 0


def migrate(con) -> None:
    """Bring a read-write database to the current schema (older layouts are upgraded in place)."""
    old = con.execute("SELECT table_type FROM information_schema.tables WHERE table_name = 'documents' "
                      "AND table_schema = 'main'").fetchone()
    if old and old[0] == "BASE TABLE" and not _has_table(con, "document_versions"):
        con.execute("ALTER TABLE documents RENAME TO document_versions")
    con.execute(SCHEMA)
    con.execute("ALTER TABLE facts ADD COLUMN IF NOT EXISTS note VARCHAR")  # databases from before notes
    for col, typ in _VERSION_COLS:
        con.execute(f"ALTER TABLE document_versions ADD COLUMN IF NOT EXISTS {col} {typ}")
    if "near_key" not in _hidden_cols(con):  # documents stored before near_key: keyed once, in one transaction
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("ALTER TABLE document_versions ADD COLUMN near_key VARCHAR")
            con.execute(f"UPDATE document_versions SET near_key = {_NEAR_KEY_SQL}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    # after the commit (DuckDB indexes no table with updates outstanding); an interrupted open builds it next time
    con.execute("CREATE INDEX IF NOT EXISTS document_versions_near_key ON document_versions (near_key)")
    con.execute(CURRENT_VIEW.format(hidden=", ".join(_INTERNAL_COLS)))


def _migrate_file(path: str) -> None:
    """Upgrade an old database before opening it read-only (skipped if another process holds it)."""
    try:
        con = duckdb.connect(path, read_only=True)
    except duckdb.Error:
        return
    try:
        needed = not _has_table(con, "document_versions")
    finally:
        con.close()
    if needed:
        try:
            con = duckdb.connect(path)
        except duckdb.Error:
            return
        try:
            migrate(con)
        finally:
            con.close()


_NOT_TEXT = re.compile(r"[\s\W_]+")


def text_sketch(text: str, k: int = SKETCH_SIZE) -> list[int]:
    """The ``k`` smallest hashes of the text's 8-character shingles (spacing and punctuation ignored)."""
    t = _NOT_TEXT.sub("", text)
    hashes = {zlib.crc32(t[i:i + 8].encode("utf-8")) for i in range(max(1, len(t) - 7))}
    return sorted(hashes)[:k]


def sketch_similarity(a: list[int], b: list[int], k: int = SKETCH_SIZE) -> float:
    """Estimated Jaccard similarity of two texts from their sketches (bottom-k estimator)."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    union = sorted(sa | sb)[:k]
    return sum(1 for h in union if h in sa and h in sb) / len(union)


# Two sketches at least DUPLICATE_SIMILARITY alike share a hash among the first _PREFIX of each: of the
# SKETCH_SIZE smallest hashes of both, fewer than _PREFIX are in only one (so a query may ask for that)
_PREFIX = SKETCH_SIZE - int(DUPLICATE_SIMILARITY * SKETCH_SIZE) + 1
_CANDIDATE_COLS = "id, sketch, CASE WHEN sketch IS NULL THEN text END, n_chars, region_code, report_year"
_KEYED_COLS = "id, sketch, n_chars, region_code, report_year"  # _CANDIDATE_COLS but the text (Store._texts)


def _best_duplicate(doc: Document, sketch: list[int], candidates: list[tuple]) -> str | None:
    """The most similar of ``candidates`` (rows of _CANDIDATE_COLS, in the order stored; the later wins a
    tie) that ``doc`` is a near-duplicate of: of similar length, not known to be of another region or year."""
    n, m = len(doc.text), doc.meta
    lo, hi = int(n * 0.8), int(n * 1.25) + 1
    mine = set(sketch[:_PREFIX])
    best, best_sim = None, DUPLICATE_SIMILARITY
    for other_id, other, text, n_chars, code, year in candidates:
        if other_id == doc.id or not lo <= n_chars <= hi:
            continue
        if code is not None and m.region_code is not None and code != m.region_code:
            continue
        if year is not None and m.report_year is not None and year != m.report_year:
            continue
        other = list(other) if other is not None else text_sketch(text or "")
        if mine.isdisjoint(other[:_PREFIX]):
            continue
        sim = sketch_similarity(sketch, other)
        if sim >= best_sim:
            best, best_sim = other_id, sim
    return best


def tidy(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns as plain objects with None for a missing value.

    pandas 3 reads a NULL VARCHAR as NaN in a ``str`` column; NaN is truthy and not a string, so
    ``if region:`` or sorting names broke on one document without a region. Integer columns stay
    nullable (``Int32``), which the analyses and the exporters handle.
    """
    for col in df.columns:
        s = df[col]
        if s.dtype == object or pd.api.types.is_string_dtype(s.dtype):
            if s.dtype != object or s.isna().any():
                df[col] = s.astype(object).where(s.notna(), None)
    return df


def _migrate_review(path: str) -> None:
    """A database written before review existed gets its review tables and views once (the reviewed
    views are what reads use); a database held by another writer is left alone."""
    try:
        with duckdb.connect(path, read_only=True) as con:
            if has_review_schema(con):
                return
        with duckdb.connect(path) as con:
            migrate(con)
            ensure_review_schema(con)
    except duckdb.Error:
        pass


def _parent_code(code: str | None) -> str | None:
    if not code:
        return None
    from .regions import gazetteer

    r = gazetteer().get(code)
    return r.parent_code if r else None


def _extracted_rows(doc: Document) -> list[tuple[str, list[dict[str, Any]], list[str], bool]]:
    """(table, rows, columns, numbered) for the sections, facts, pledges and projects of a document."""
    return [("sections", [s.as_dict() for s in doc.sections], _SECTION_COLS, False),
            ("facts", [f.as_dict() for f in doc.facts], _FACT_COLS, True),
            ("pledges", [p.as_dict() for p in doc.pledges], _PLEDGE_COLS, True),
            ("projects", [p.as_dict() for p in doc.projects], _PROJECT_COLS, True)]


def _insert(con, table: str, doc_id: str, rows: list[dict[str, Any]], cols: list[str], seq: bool = True) -> None:
    _insert_many(con, table, [(doc_id, rows)], cols, seq)


def _insert_many(con, table: str, docs: list[tuple[str, list[dict[str, Any]]]], cols: list[str],
                 seq: bool = True, doc_id: bool = True) -> None:
    """The rows of one or more documents, ``[(doc_id, rows)]``, in one insert (``doc_id=False``: the
    rows have no doc_id column)."""
    docs = [(d, rows) for d, rows in docs if rows]
    if not docs:
        return
    names = (["doc_id"] if doc_id else []) + (["seq"] if seq else []) + cols
    qnames = ", ".join(f'"{c}"' for c in names)
    columns = [[d for d, rows in docs for _ in rows]] if doc_id else []
    if seq:
        columns.append([i for _, rows in docs for i in range(len(rows))])
    columns += [[r.get(c) for _, rows in docs for r in rows] for c in cols]
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
    _planwatch_rows = batch  # noqa: F841 - DuckDB reads the local variable by its name (a replacement scan)
    con.execute(f"INSERT INTO {table} ({qnames}) SELECT * FROM _planwatch_rows")
