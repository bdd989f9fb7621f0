"""Review: reviewers, their corrections, and the reviewed view of the corpus.

A correction is a row of the ``corrections`` table (who, when, the target doc + kind + key + span,
the item before and after as JSON, a note, the action); the extracted rows are never changed. The
``reviewed_*`` views of :mod:`planwatch.store` apply the latest live correction of each item, leave
rejected items out, add the items reviewers added, and give every row its ``review_status``.

Actions: ``accept``, ``correct``, ``reject`` (of an extracted or added item, or of the metadata with
kind ``meta``), ``add`` (a missed item, its quote selected in the text) and ``undo`` (of any earlier
row, by id). An item is targeted by its key (:func:`item_key`) and exact span, so re-extraction keeps
every correction whose item is still found; :func:`unmatched` lists the others.
"""
from __future__ import annotations

import dataclasses
import json
import math
import re
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from . import vocab
from .store import REVIEW_FIELDS, REVIEW_KEY_FIELDS, REVIEW_META_FIELDS, Store, review_key_sql

KINDS = ("fact", "pledge", "project")
ITEM_ACTIONS = ("accept", "correct", "reject")
_TABLE = {"fact": "facts", "pledge": "pledges", "project": "projects"}
_NUMERIC = {"value", "value_high"}
USER_NAME = re.compile(r"^[\w.@-]{1,64}$")
MAX_NOTE = 2000
MAX_FIELD = 500


class ReviewError(ValueError):
    """A correction that cannot be recorded (unknown item, bad value, quote not in the text…)."""


# ---------------------------------------------------------------- users


@lru_cache(maxsize=1)
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# a hash to verify against when the user does not exist, so both cases take the same time
_DUMMY: list[str] = []


def add_user(store: Store, name: str, password: str, replace: bool = False) -> None:
    """Create a reviewer (or, with ``replace``, set a new password)."""
    if not USER_NAME.match(name or ""):
        raise ReviewError("a user name is 1-64 letters, digits, '.', '_', '@' or '-'")
    if len(password or "") < 8:
        raise ReviewError("a password has at least 8 characters")
    exists = store.con.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone() is not None
    if exists and not replace:
        raise ReviewError(f"user {name!r} exists (use --replace to set a new password)")
    h = hash_password(password)
    if exists:
        store.con.execute("UPDATE users SET password_hash = ? WHERE name = ?", [h, name])
    else:
        store.con.execute("INSERT INTO users VALUES (?, ?, ?)", [name, h, _now()])


def remove_user(store: Store, name: str) -> bool:
    n = store.con.execute("SELECT count(*) FROM users WHERE name = ?", [name]).fetchone()[0]
    store.con.execute("DELETE FROM users WHERE name = ?", [name])
    return n > 0


def users(store: Store) -> pd.DataFrame:
    return store.query("SELECT name, created_at FROM users ORDER BY name")


def check_user(store: Store, name: str, password: str) -> bool:
    row = store.con.execute("SELECT password_hash FROM users WHERE name = ?", [name]).fetchone()
    if row is None:
        if not _DUMMY:
            _DUMMY.append(hash_password("not a real password"))
        verify_password(_DUMMY[0], password or "")
        return False
    return verify_password(row[0], password or "")


# ---------------------------------------------------------------- fields


def item_key(kind: str, fields: dict[str, Any]) -> str:
    """An item's key (the same string as the SQL of :func:`planwatch.store.review_key_sql`)."""
    return "|".join("" if fields.get(c) is None else str(fields.get(c)) for c in REVIEW_KEY_FIELDS[kind])


@lru_cache(maxsize=1)
def allowed_values() -> dict[tuple[str, str], tuple[str, ...]]:
    return {(r[0], r[1]): tuple(v for v in r[2].split("/") if v) for r in vocab.table("review_fields.tsv")
            if len(r) >= 3}


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or (isinstance(v, str) and not v.strip())


def clean_fields(kind: str, raw: dict[str, Any], base: dict[str, Any] | None = None) -> dict[str, Any]:
    """The editable fields of an item from a form or JSON body, checked; missing ones come from ``base``."""
    out: dict[str, Any] = {}
    allowed = allowed_values()
    for c in REVIEW_FIELDS[kind]:
        v = raw[c] if c in raw else (base or {}).get(c)
        if _blank(v):
            out[c] = None
            continue
        if c in _NUMERIC:
            try:
                f = float(str(v).replace(",", "").strip()) if isinstance(v, str) else float(v)
            except (TypeError, ValueError):
                raise ReviewError(f"{c} must be a number, not {v!r}")
            if not math.isfinite(f):
                raise ReviewError(f"{c} must be a finite number")
            out[c] = f
            continue
        v = str(v).strip()
        if len(v) > MAX_FIELD:
            raise ReviewError(f"{c} is too long")
        ok = allowed.get((kind, c))
        if ok and v not in ok:
            raise ReviewError(f"{c} must be one of {', '.join(ok)}, not {v!r}")
        out[c] = v
    if kind == "fact":
        ind = out.get("indicator")
        if not ind:
            raise ReviewError("a fact needs an indicator")
        if not ind.startswith("other:") and ind not in vocab.indicators():
            raise ReviewError(f"unknown indicator {ind!r} (use a taxonomy id or other:名称)")
        for c in ("role", "measure", "qualifier"):
            if not out.get(c):
                raise ReviewError(f"a fact needs a {c}")
        if out.get("period") is not None and not re.fullmatch(r"\d{4}(-\d{4})?", out["period"]):
            raise ReviewError("period is a year (2022) or a span (2021-2025)")
    elif kind == "pledge" and not out.get("object"):
        raise ReviewError("a pledge needs an object")
    elif kind == "project" and not out.get("name"):
        raise ReviewError("a project needs a name")
    return out


def _note(note: str | None) -> str | None:
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise ReviewError("the note is too long")
    return note or None


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _json(v: Any) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False, default=str)


def _record(store: Store, doc_id: str, user: str, action: str, kind: str, key: str | None, start: int | None,
            end: int | None, before: Any, after: Any, note: str | None, ref: int | None = None) -> int:
    row = store.con.execute(
        'INSERT INTO corrections (doc_id, kind, item_key, start, "end", action, before, after, note, user_name, '
        "created_at, ref) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
        [doc_id, kind, key, start, end, action, _json(before), _json(after), note, user, _now(), ref]).fetchone()
    return int(row[0])


# ---------------------------------------------------------------- items


def _record_dict(df: pd.DataFrame) -> dict[str, Any] | None:
    if df.empty:
        return None
    r = df.iloc[0].to_dict()
    return {k: (None if _blank(v) and not isinstance(v, str) else v) for k, v in r.items()}


def current_item(store: Store, doc_id: str, kind: str, key: str, start: int, end: int) -> dict[str, Any] | None:
    """The item as reviewed now (None when rejected), else as extracted or added; None if unknown."""
    view = f"reviewed_{_TABLE[kind]}"
    r = _record_dict(store.query(f'SELECT * FROM {view} WHERE doc_id = ? AND review_key = ? AND start = ? AND "end" = ?',
                                 [doc_id, key, start, end]))
    if r is not None:
        return r
    if key.startswith("added:"):
        row = store.con.execute(
            "SELECT after FROM review_live WHERE id = ? AND doc_id = ? AND kind = ? AND action = 'add'",
            [_int(key[6:]), doc_id, kind]).fetchone()
        return {**json.loads(row[0]), "start": start, "end": end, "review_status": "rejected"} if row else None
    return _record_dict(store.query(
        f'SELECT * FROM {_TABLE[kind]} WHERE doc_id = ? AND {review_key_sql(kind)} = ? AND start = ? AND "end" = ?',
        [doc_id, key, start, end]))


def _int(v: Any) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        raise ReviewError(f"not a number: {v!r}")


def review_item(store: Store, doc_id: str, user: str, action: str, kind: str, key: str, start: Any, end: Any,
                fields: dict[str, Any] | None = None, note: str | None = None) -> int:
    """Accept, correct or reject one item (extracted or added); returns the correction's id."""
    if action not in ITEM_ACTIONS:
        raise ReviewError(f"unknown action {action!r}")
    if kind not in KINDS:
        raise ReviewError(f"unknown kind {kind!r}")
    start, end = _int(start), _int(end)
    item = current_item(store, doc_id, kind, key, start, end)
    if item is None:
        raise ReviewError(f"no {kind} {key!r} at {start}-{end} in this document")
    before = {c: item.get(c) for c in REVIEW_FIELDS[kind]}
    after = None
    if action == "correct":
        after = clean_fields(kind, fields or {}, before)
        if after == before:
            raise ReviewError("nothing changed: accept the item instead")
    elif action == "accept":
        after = before
    return _record(store, doc_id, user, action, kind, key, start, end, before, after, _note(note))


def add_item(store: Store, doc_id: str, user: str, kind: str, start: Any, end: Any, quote: str,
             fields: dict[str, Any], note: str | None = None) -> int:
    """Add a missed item whose quote is ``text[start:end]`` of the text as read (checked here)."""
    if kind not in KINDS:
        raise ReviewError(f"unknown kind {kind!r}")
    start, end = _int(start), _int(end)
    row = store.con.execute("SELECT text FROM document_versions WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        raise ReviewError(f"no document {doc_id!r}")
    text = row[0]
    if not (0 <= start < end <= len(text)) or text[start:end] != quote:
        raise ReviewError("the quote is not the text at start:end")
    after = clean_fields(kind, fields)
    sec = store.con.execute(
        'SELECT path FROM sections WHERE doc_id = ? AND start <= ? AND "end" >= ? ORDER BY depth DESC LIMIT 1',
        [doc_id, start, end]).fetchone()
    after.update(quote=quote, section=sec[0] if sec else "")
    return _record(store, doc_id, user, "add", kind, item_key(kind, after), start, end, None, after, _note(note))


def _resolve_region(value: str) -> dict[str, Any]:
    from .regions import gazetteer

    gaz = gazetteer()
    value = value.strip()
    r = gaz.get(value) if re.fullmatch(r"\d{6}", value) else None
    if r is None:
        cands = gaz.lookup(value)
        cands = [c for c in cands if c.current] or cands
        if len(cands) != 1:
            raise ReviewError(f"region {value!r} is {'ambiguous' if cands else 'unknown'}: give its 6-digit code")
        r = cands[0]
    parent = gaz.get(r.parent_code)
    prov = gaz.get(r.province_code)
    return {"region": r.name, "region_code": r.code, "level": r.level, "parent": parent.name if parent else None,
            "parent_code": r.parent_code, "province": prov.name if prov else None}


def review_meta(store: Store, doc_id: str, user: str, action: str, fields: dict[str, Any] | None = None,
                note: str | None = None) -> int:
    """Accept the document's metadata, or correct some of its fields (a region also sets its code,
    level, parent and province from the gazetteer)."""
    row = store.query(f"SELECT {', '.join(REVIEW_META_FIELDS)} FROM reviewed_document_versions WHERE id = ?", [doc_id])
    if row.empty:
        raise ReviewError(f"no document {doc_id!r}")
    before = _record_dict(row)
    if action == "accept":
        return _record(store, doc_id, user, "accept", "meta", "meta", None, None, before, before, _note(note))
    if action != "correct":
        raise ReviewError(f"unknown action {action!r} for metadata")
    allowed = allowed_values()
    after: dict[str, Any] = {}
    for c, v in (fields or {}).items():
        if c not in REVIEW_META_FIELDS or c in ("region_code", "parent", "parent_code", "province"):
            continue
        v = None if _blank(v) else str(v).strip()
        if v == (None if before.get(c) is None else str(before.get(c))):
            continue
        if c == "region":
            if v is None:
                raise ReviewError("region cannot be empty")
            after.update(_resolve_region(v))
        elif c == "report_year":
            if v is not None and not re.fullmatch(r"(19|20)\d{2}", v):
                raise ReviewError("report_year is a year")
            after[c] = None if v is None else int(v)
        else:
            if v is not None and (len(v) > MAX_FIELD or ((("meta", c) in allowed) and v not in allowed[("meta", c)])):
                raise ReviewError(f"bad value for {c}: {v!r}")
            after[c] = v
    if not after:
        raise ReviewError("nothing changed")
    key = "meta:" + ",".join(sorted(after))
    return _record(store, doc_id, user, "correct", "meta", key, None, None,
                   {k: before.get(k) for k in after}, after, _note(note))


def undo(store: Store, correction_id: Any, user: str, doc_id: str | None = None) -> int:
    """Undo a live correction (its row stays in the log, with the undo beside it)."""
    cid = _int(correction_id)
    row = store.con.execute("SELECT doc_id, kind, item_key, start, \"end\", action FROM review_live WHERE id = ?",
                            [cid]).fetchone()
    if row is None or (doc_id is not None and row[0] != doc_id):
        raise ReviewError(f"no live correction {cid}")
    return _record(store, row[0], user, "undo", row[1], row[2], row[3], row[4], None, None, None, ref=cid)


# ---------------------------------------------------------------- reading


def log(store: Store, doc_id: str) -> pd.DataFrame:
    """A document's review log, newest first, with whether each row was undone."""
    return store.query(
        """SELECT c.id, c.created_at, c.user_name, c.action, c.kind, c.item_key, c.start, c."end", c.before, c.after,
                  c.note, c.ref, (u.id IS NOT NULL) AS undone, u.user_name AS undone_by
           FROM corrections c LEFT JOIN corrections u ON u.action = 'undo' AND u.ref = c.id
           WHERE c.doc_id = ? ORDER BY c.id DESC""", [doc_id])


def progress(store: Store, doc_id: str | None = None) -> pd.DataFrame:
    """Per document: extracted items, how many a reviewer decided on (accepted, corrected, rejected),
    added items, whether the metadata was reviewed, mean confidence of the facts, and the share reviewed."""
    # the document filter goes into every part, so one document's progress reads only its rows
    flt = "WHERE doc_id = ?" if doc_id else ""
    parts = []
    for kind, table in _TABLE.items():
        parts.append(f"SELECT doc_id, '{kind}' AS kind, {review_key_sql(kind)} AS k, start, \"end\" FROM {table} {flt}")
    sql = f"""WITH items AS ({' UNION ALL '.join(parts)}),
                 eff AS (SELECT * FROM review_effective {flt}),
                 decided AS (SELECT i.doc_id, count(*) AS n, count(e.id) AS n_reviewed,
                                    count(*) FILTER (WHERE e.action = 'reject') AS n_rejected
                             FROM items i LEFT JOIN eff e ON e.doc_id = i.doc_id AND e.kind = i.kind
                                  AND e.item_key = i.k AND e.start = i.start AND e."end" = i."end"
                             GROUP BY i.doc_id),
                 added AS (SELECT doc_id, count(*) AS n FROM review_live WHERE action = 'add' GROUP BY doc_id),
                 meta AS (SELECT DISTINCT doc_id FROM eff WHERE kind = 'meta'),
                 conf AS (SELECT doc_id, avg(confidence) AS c FROM facts {flt} GROUP BY doc_id)
            SELECT d.id AS doc_id, coalesce(x.n, 0) AS n_items, coalesce(x.n_reviewed, 0) AS n_reviewed,
                   coalesce(x.n_rejected, 0) AS n_rejected, coalesce(a.n, 0) AS n_added,
                   (m.doc_id IS NOT NULL) AS meta_reviewed, conf.c AS mean_confidence
            FROM {'document_versions' if doc_id else 'documents'} d LEFT JOIN decided x ON x.doc_id = d.id LEFT JOIN added a ON a.doc_id = d.id
                 LEFT JOIN meta m ON m.doc_id = d.id LEFT JOIN conf ON conf.doc_id = d.id
            {flt.replace('doc_id', 'd.id')}"""
    df = store.query(sql, [doc_id] * 6 if doc_id else None)
    # the metadata counts as one more thing to review
    df["reviewed_share"] = (df.n_reviewed + df.meta_reviewed.astype(int)) / (df.n_items + 1)
    # expected errors: unreviewed items weighted by how unsure the extractor was
    unsure = 1 - df.mean_confidence.fillna(0.5)
    df["expected_errors"] = (df.n_items - df.n_reviewed) * unsure + (~df.meta_reviewed) * 0.5
    return df


def review_queue(store: Store) -> pd.DataFrame:
    """Documents ranked by expected errors (unreviewed, low-confidence first)."""
    return progress(store).sort_values(["expected_errors", "reviewed_share"], ascending=[False, True],
                                       kind="stable")


def unmatched(store: Store, doc_id: str | None = None) -> pd.DataFrame:
    """Live corrections whose item is no longer found (after a re-extraction), for a second look."""
    base = []
    for kind, table in _TABLE.items():
        base.append(f"SELECT doc_id, '{kind}' AS kind, {review_key_sql(kind)} AS k, start, \"end\" FROM {table}")
        base.append(f"SELECT doc_id, '{kind}', 'added:' || CAST(id AS VARCHAR), start, \"end\" FROM review_live "
                    f"WHERE kind = '{kind}' AND action = 'add'")
    where = "AND e.doc_id = ?" if doc_id else ""
    if doc_id and not has_corrections(store, doc_id):
        doc_id, where = "", "AND false"  # the same (empty) columns, without the work
    return store.query(
        f"""SELECT e.id, e.doc_id, e.kind, e.item_key, e.start, e."end", e.action, e.before, e.after, e.note,
                   e.user_name, e.created_at
            FROM review_effective e
            WHERE e.kind <> 'meta' {where} AND NOT EXISTS (
                SELECT 1 FROM ({' UNION ALL '.join(base)}) b
                WHERE b.doc_id = e.doc_id AND b.kind = e.kind AND b.k = e.item_key AND b.start = e.start
                      AND b."end" = e."end")
            ORDER BY e.doc_id, e.start""", [doc_id] if doc_id else None)


def has_corrections(store: Store, doc_id: str) -> bool:
    return store.con.execute("SELECT 1 FROM corrections WHERE doc_id = ? LIMIT 1", [doc_id]).fetchone() is not None


# ---------------------------------------------------------------- offsets and suggestions


def dom_to_text(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets counted in a browser's DOM text (where HTML parsing turned CR LF and lone CR into LF)
    as offsets into the text as read."""
    if "\r" not in text:
        return start, end
    pos = []  # DOM offset -> text offset
    i, n = 0, len(text)
    while i < n:
        pos.append(i)
        i += 2 if text.startswith("\r\n", i) else 1
    pos.append(n)
    if not (0 <= start <= end < len(pos)):
        raise ReviewError("selection outside the text")
    return pos[start], pos[end]


def suggest(text: str, start: int, end: int, meta: dict[str, Any], section_role: str | None = None,
            heading: str | None = None) -> dict[str, Any]:
    """Fields for an item added from the selection ``text[start:end]``: the extractor run on the
    selection under the heading of its top-level section (whose words decide roles and years), with
    the document's region, year and type."""
    from .api import read_text

    sel = text[start:end]
    overrides = {k: meta[k] for k in ("region", "report_year", "doc_type") if meta.get(k) is not None}
    doc = None
    for prefix in ([heading + "\n\n"] if heading else []) + [""]:
        doc = read_text(prefix + sel, "selection.txt", overrides or None)
        if doc.facts or doc.pledges or doc.projects:
            break
    default_role = {"review": "actual", "targets": "target"}.get(section_role or "")
    out: dict[str, Any] = {"kind": "fact", "fact": None, "pledge": None, "project": None}
    default_role = {"review": "actual", "targets": "target"}.get(section_role or "")
    if doc.facts:
        f = doc.facts[0]
        out["fact"] = {c: getattr(f, c) for c in REVIEW_FIELDS["fact"]}
    else:
        year = meta.get("report_year")
        role = default_role or "target"
        period = str(year - 1 if role == "actual" and year else year) if year else None
        out["fact"] = {"indicator": None, "role": role, "period": period, "measure": "level", "value": None,
                       "value_high": None, "unit": None, "qualifier": "eq", "scope": None}
    if doc.pledges:
        p = doc.pledges[0]
        out["pledge"] = {c: getattr(p, c) for c in REVIEW_FIELDS["pledge"]}
        if not doc.facts:
            out["kind"] = "pledge"
    if doc.projects:
        j = doc.projects[0]
        out["project"] = {c: getattr(j, c) for c in REVIEW_FIELDS["project"]}
        if not doc.facts and not doc.pledges:
            out["kind"] = "project"
    return out


# ---------------------------------------------------------------- gold export


def reviewed_doc_ids(store: Store, complete: bool = False) -> list[str]:
    """Documents with any live correction (with ``complete``: every extracted item decided)."""
    df = progress(store)
    has = set(store.query("SELECT DISTINCT doc_id FROM review_live").doc_id)
    if complete:
        df = df[(df.n_reviewed == df.n_items) & df.meta_reviewed]
    return [d for d in df.doc_id if d in has]


def _jsonable(v: Any) -> Any:
    if _blank(v) and not isinstance(v, str):
        return None
    if hasattr(v, "item"):
        return v.item()
    return v


def export_gold(store: Store, out_dir: str | Path, doc_ids: list[str] | None = None, complete: bool = False,
                texts: bool = True) -> list[Path]:
    """Write reviewed documents as gold files (the format of shared/gold, spec/facts.md): reviewed
    metadata, facts and pledges. With ``texts`` the text as read goes to ``texts/<doc>`` beside them,
    so ``planwatch eval DIR`` finds it."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ids = doc_ids if doc_ids is not None else reviewed_doc_ids(store, complete)
    written = []
    fact_cols = REVIEW_FIELDS["fact"] + ["quote", "start", "end"]
    pledge_cols = ["action", "object", "value", "value_high", "unit", "qualifier", "period", "quote", "start", "end"]
    for did in ids:
        d = store.query(f"SELECT name, text, {', '.join(REVIEW_META_FIELDS)} FROM reviewed_document_versions WHERE id = ?",
                        [did])
        if d.empty:
            continue
        r = d.iloc[0]
        meta = {k: _jsonable(r[k]) for k in ("region", "region_code", "level", "parent", "province", "doc_type",
                                             "report_year", "meeting_date", "speaker")}
        facts = store.query('SELECT * FROM reviewed_facts WHERE doc_id = ? ORDER BY start, "end", indicator', [did])
        pledges = store.query('SELECT * FROM reviewed_pledges WHERE doc_id = ? ORDER BY start, "end"', [did])
        gold = {"doc": r["name"], "meta": meta,
                "facts": [{c: _jsonable(f[c]) for c in fact_cols} for f in facts.to_dict("records")],
                "pledges": [{c: _jsonable(p[c]) for c in pledge_cols} for p in pledges.to_dict("records")],
                "reviewed": {"statuses": facts.review_status.value_counts().to_dict() if len(facts) else {}}}
        name = Path(r["name"]).name
        path = out / f"{Path(name).stem}.json"
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
        if texts:
            (out / "texts").mkdir(exist_ok=True)
            # the text as read (a .txt whatever the original format), so the offsets stay valid;
            # newline="" keeps CR LF as they were
            tname = name if name.lower().endswith(".txt") else name + ".txt"
            with open(out / "texts" / tname, "w", encoding="utf-8", newline="") as fh:
                fh.write(r["text"])
    return written


# ---------------------------------------------------------------- a reviewed document


def load_reviewed(store: Store, ref: str):
    """``(document, rows)``: a stored document with its reviewed metadata and items (rejected ones
    left out, added ones in), and per kind the reviewed-view rows in the order of the document's lists
    (each with ``review_status`` and ``review_key``). None when there is no such document."""
    from .model import Evidence, Fact, Pledge, Project

    doc = store.load(ref)
    if doc is None:
        return None
    m = store.query(f"SELECT {', '.join(REVIEW_META_FIELDS)} FROM reviewed_document_versions WHERE id = ?", [doc.id])
    if len(m):
        r = _record_dict(m)
        for k, v in r.items():
            if k == "parent_code":
                continue
            v = None if _blank(v) and not isinstance(v, str) else v
            if k == "report_year" and v is not None:
                v = int(v)
            if v != getattr(doc.meta, k):
                setattr(doc.meta, k, v)
                doc.meta.evidence[k] = Evidence(v, "review", "corrected by a reviewer")
    rows: dict[str, list[dict[str, Any]]] = {}
    if not has_corrections(store, doc.id):  # nothing reviewed: the reviewed view is the extraction
        for kind, table in _TABLE.items():
            rows[kind] = [{**x.as_dict(), "review_status": "extracted", "review_key": item_key(kind, x.as_dict()),
                           "review_id": None, "review_note": None} for x in getattr(doc, table)]
        return doc, rows
    cls = {"fact": Fact, "pledge": Pledge, "project": Project}
    for kind, table in _TABLE.items():
        df = store.query(f'SELECT * FROM reviewed_{table} WHERE doc_id = ? ORDER BY start, "end", seq', [doc.id])
        recs = [{k: (None if _blank(v) and not isinstance(v, str) else v) for k, v in r.items()}
                for r in df.to_dict("records")]
        names = [f.name for f in dataclasses.fields(cls[kind])]
        items = []
        for r in recs:
            vals = {k: r.get(k) for k in names}
            for k in ("start", "end"):
                vals[k] = int(vals[k])
            if vals.get("section") is None:
                vals["section"] = ""
            items.append(cls[kind](**vals))
        setattr(doc, table, items)
        rows[kind] = recs
    return doc, rows
