"""Full-text search over stored reports (tantivy, BM25), one index entry per section.

Chinese has no spaces, so the text is indexed one Han character per token (Latin words and
numbers whole) with positions: a query word such as 高标准农田 becomes a phrase query over its
characters and matches exactly that string, also across line breaks and the spaces PDF
extraction leaves around numbers. The index lives next to the database in ``<db>.search/``.

Query syntax: words separated by spaces must all occur; ``"..."`` keeps spaces inside a phrase;
``-word`` excludes; ``a OR b`` matches either. A query has at most 256 characters.

The index is derived from the database: when a process first opens it, its document ids are
checked against the database's current documents, missing ones are added and extra ones (left by
a killed run, a deleted database, a superseded version) are removed.
"""
from __future__ import annotations

from contextlib import contextmanager

import json
import logging
import re
import shutil
import threading
import time
from pathlib import Path
from typing import Any, Callable

import tantivy

from .model import Document

SCHEMA_VERSION = 2  # 2: doc_id is a fast field (the consistency check lists it)
MAX_QUERY_CHARS = 256
TOKENIZER = "zh_char"
_TOKEN_RE = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+(?:\.[0-9]+)?"
_HAN_OR_WORD = re.compile(_TOKEN_RE)
_FILTER_FIELDS = ("doc_id", "name", "region", "region_code", "level", "province", "doc_type", "role")
_lock = threading.Lock()  # index writers of this process, one at a time (never held while searching)
_cache_lock = threading.Lock()
log = logging.getLogger(__name__)


def index_dir(db_path: str | Path) -> Path:
    return Path(str(db_path) + ".search")


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    for f in _FILTER_FIELDS:
        sb.add_text_field(f, stored=True, tokenizer_name="raw", index_option="basic", fast=(f == "doc_id"))
    sb.add_integer_field("report_year", stored=True, indexed=True, fast=True)
    sb.add_integer_field("seq", stored=True, indexed=False)
    sb.add_integer_field("start", stored=True, indexed=False)
    sb.add_text_field("section", stored=True, tokenizer_name=TOKENIZER)
    sb.add_text_field("text", stored=True, tokenizer_name=TOKENIZER)
    return sb.build()


def _analyzer() -> tantivy.TextAnalyzer:
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(_TOKEN_RE))
            .filter(tantivy.Filter.lowercase()).build())


def open_index(db_path: str | Path, create: bool = True) -> tantivy.Index | None:
    """The search index of a database (created empty if missing and ``create``)."""
    path = index_dir(db_path)
    marker = path / "planwatch.json"
    if path.exists() and marker.exists():
        try:
            ver = json.loads(marker.read_text()).get("version")
        except (OSError, ValueError):
            ver = None
        if ver != SCHEMA_VERSION:  # an old layout: start again (reindex fills it)
            shutil.rmtree(path, ignore_errors=True)
    if not path.exists() or not marker.exists():
        if not create:
            return None
        path.mkdir(parents=True, exist_ok=True)
        index = tantivy.Index(_schema(), path=str(path), reuse=False)
        marker.write_text(json.dumps({"version": SCHEMA_VERSION, "created": time.time_ns()}))
    else:
        index = tantivy.Index.open(str(path))
    index.register_tokenizer(TOKENIZER, _analyzer())
    return index


# ------------------------------------------------------------------ indexing

def _segments(text: str, sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at every section heading: (role, section path, start, text), preamble first."""
    secs = sorted((s for s in sections if s.get("start") is not None), key=lambda s: s["start"])
    cuts = [(0, "preamble", "")] + [(int(s["start"]), s.get("role") or "other",
                                     s.get("path") or s.get("title") or "") for s in secs]
    out = []
    for i, (start, role, path) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        chunk = text[start:end]
        if chunk.strip():
            out.append({"role": role, "section": path, "start": start, "text": chunk})
    return out


def _tdocs(doc_id: str, meta: dict[str, Any], text: str, sections: list[dict[str, Any]]) -> list[tantivy.Document]:
    out = []
    for i, seg in enumerate(_segments(text, sections)):
        d = tantivy.Document()
        d.add_text("doc_id", doc_id)
        for f in ("name", "region", "region_code", "level", "province", "doc_type"):
            if meta.get(f):
                d.add_text(f, str(meta[f]))
        if meta.get("report_year"):
            d.add_integer("report_year", int(meta["report_year"]))
        d.add_text("role", seg["role"])
        d.add_integer("seq", i)
        d.add_integer("start", seg["start"])
        d.add_text("section", seg["section"])
        d.add_text("text", seg["text"])
        out.append(d)
    return out


def _doc_parts(doc: Document) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    m = doc.meta
    meta = {"name": doc.name, "region": m.region, "region_code": m.region_code, "level": m.level,
            "province": m.province, "doc_type": m.doc_type, "report_year": m.report_year}
    return meta, [{"start": s.start, "role": s.role, "path": s.path, "title": s.title} for s in doc.sections]


@contextmanager
def _writing(index):
    """One index writer: committed (and merged) when the block ends, rolled back if it fails."""
    writer = index.writer(heap_size=64_000_000, num_threads=1)
    try:
        yield writer
        writer.commit()
        writer.wait_merging_threads()
    except BaseException:
        writer.rollback()
        raise
    finally:
        del writer


def index_documents(db_path: str | Path, docs: list[Document], remove: list[str] = ()) -> int:
    """Add (or replace) documents in the index and drop the ids in ``remove``; returns the number of
    sections indexed."""
    with _lock:
        index = open_index(db_path)
        n = 0
        with _writing(index) as writer:
            for doc_id in remove:
                writer.delete_documents_by_term("doc_id", doc_id)
            for doc in docs:
                writer.delete_documents_by_term("doc_id", doc.id)
                meta, secs = _doc_parts(doc)
                for td in _tdocs(doc.id, meta, doc.text, secs):
                    writer.add_document(td)
                    n += 1
        return n


def indexed_ids(index: tantivy.Index) -> set[str]:
    """The document ids present in the index."""
    index.reload()
    searcher = index.searcher()
    agg = {"ids": {"terms": {"field": "doc_id", "size": 60_000}}}
    out: set[str] = set()
    prefixes = [""]
    while prefixes:
        p = prefixes.pop()
        q = tantivy.Query.regex_query(index.schema, "doc_id", f"{p}.*") if p else tantivy.Query.all_query()
        try:
            res = searcher.aggregate(q, agg)["ids"]
        except ValueError:  # over tantivy's bucket limit
            res = None
        if (res is None or res.get("sum_other_doc_count", 0) > 0) and len(p) < 8:
            # more ids than one aggregation returns (a corpus over 60,000 documents would otherwise look
            # partly missing, and be indexed again): split by the next hex digit of the id
            prefixes += [p + c for c in "0123456789abcdef"]
            continue
        out |= {b["key"] for b in (res or {}).get("buckets", [])}
    return out


def _db_docs(store, ids: list[str] | None = None):
    """(id, name, region, region_code, level, province, doc_type, report_year, text) of current documents,
    with reviewers' metadata corrections (as of the time they are indexed)."""
    cols = "id, name, region, region_code, level, province, doc_type, report_year, text"
    if ids is None:
        return store.con.cursor().execute(f"SELECT {cols} FROM reviewed_documents")
    return store.con.cursor().execute(f"SELECT {cols} FROM reviewed_documents WHERE list_contains(?, id)", [ids])


def _sections_of(store, ids: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    sql = "SELECT doc_id, start, role, path, title FROM sections"
    rows = store.con.execute(sql + (" WHERE list_contains(?, doc_id)" if ids is not None else "")
                             + " ORDER BY doc_id, id", [ids] if ids is not None else []).fetchall()
    secs: dict[str, list[dict[str, Any]]] = {}
    for doc_id, start, role, path_, title in rows:
        secs.setdefault(doc_id, []).append({"start": start, "role": role, "path": path_, "title": title})
    return secs


def _add_rows(writer, cur, secs) -> int:
    n = 0
    while True:
        batch = cur.fetchmany(200)
        if not batch:
            return n
        for r in batch:
            meta = dict(zip(("name", "region", "region_code", "level", "province", "doc_type", "report_year"), r[1:8]))
            for td in _tdocs(r[0], meta, r[8] or "", secs.get(r[0], [])):
                writer.add_document(td)
            n += 1


def sync(db_path: str | Path, store) -> tuple[int, int]:
    """Make the index hold exactly the store's current documents: (added, removed).

    Repairs what a killed ingest, a deleted or replaced database, or a superseded version left behind.
    """
    with _lock:
        index = open_index(db_path)
        have = indexed_ids(index)
        want = {r[0] for r in store.con.execute("SELECT id FROM documents").fetchall()}
        missing, extra = sorted(want - have), sorted(have - want)
        if not missing and not extra:
            return 0, 0
        with _writing(index) as writer:
            for doc_id in extra:
                writer.delete_documents_by_term("doc_id", doc_id)
            added = _add_rows(writer, _db_docs(store, missing), _sections_of(store, missing)) if missing else 0
        if missing or extra:
            log.info("search index %s: %d added, %d removed", index_dir(db_path), added, len(extra))
        return added, len(extra)


def remove_document(db_path: str | Path, doc_id: str) -> None:
    with _lock:
        index = open_index(db_path, create=False)
        if index is None:
            return
        writer = index.writer(heap_size=15_000_000, num_threads=1)
        writer.delete_documents_by_term("doc_id", doc_id)
        writer.commit()
        writer.wait_merging_threads()
        del writer


class IndexHook:
    """A ``Store.on_add`` listener: indexes each newly stored current document and drops the versions it
    supersedes. When attached to a store it first checks the index against it (:func:`sync`).

    With ``batch`` > 1 documents wait until that many (or 16 M characters) are stored and go into one
    commit; call :meth:`flush` at the end. A commit per document costs more than extracting it."""

    MAX_CHARS = 16_000_000

    def __init__(self, db_path: str | Path, batch: int = 1):
        self.db_path = db_path
        self.store = None
        self.batch = batch
        self.pending: list[Document] = []
        self.chars = 0

    def attach(self, store) -> None:
        self.store = store
        try:
            sync(self.db_path, store)
        except Exception as exc:  # the index is derived: a failure here is repaired on the next open
            log.warning("search index not checked: %s", exc)

    def __call__(self, doc: Document) -> None:
        self.pending.append(doc)
        self.chars += len(doc.text)
        if len(self.pending) >= self.batch or self.chars >= self.MAX_CHARS:
            self.flush()

    def flush(self) -> None:
        docs, self.pending, self.chars = self.pending, [], 0
        if not docs:
            return
        remove: list[str] = []
        try:
            if self.store is not None:
                ids = [d.id for d in docs]
                remove = [r[0] for r in self.store.con.execute(
                    "SELECT id FROM document_versions WHERE list_contains(?, superseded_by)", [ids]).fetchall()]
                current = {r[0] for r in self.store.con.execute(
                    "SELECT id FROM documents WHERE list_contains(?, id)", [ids]).fetchall()}
                docs = [d for d in docs if d.id in current]  # a flagged near-duplicate: not searched twice
            index_documents(self.db_path, docs, remove)
        except Exception as exc:  # the documents are stored; the next check of the index adds them
            log.warning("search index not updated for %s: %s", ", ".join(d.name for d in docs[:3])
                        + (f" and {len(docs) - 3} more" if len(docs) > 3 else ""), exc)
            with _cache_lock:
                _INDEXES.pop(str(index_dir(self.db_path).resolve()), None)


def store_hook(db_path: str | Path) -> Callable[[Document], None]:
    """A ``Store.on_add`` listener that keeps the index in step with the store (see :class:`IndexHook`)."""
    return IndexHook(db_path)


def reindex(db_path: str | Path, store=None, heap_size: int = 512_000_000, num_threads: int = 0) -> int:
    """Rebuild the index from the store; returns the number of documents indexed."""
    from .store import Store

    own = store is None
    if own:
        store = Store(db_path, read_only=True)
    try:
        with _lock:
            path = index_dir(db_path)
            shutil.rmtree(path, ignore_errors=True)
            index = open_index(db_path)
            writer = index.writer(heap_size=heap_size, num_threads=num_threads)
            n = _add_rows(writer, _db_docs(store), _sections_of(store))
            writer.commit()
            writer.wait_merging_threads()
            del writer
        return n
    finally:
        if own:
            store.close()


# ------------------------------------------------------------------ searching

_QTOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


def _parse(query: str) -> list[tuple[str, list[list[str]]]]:
    """[(occur, alternatives)], each alternative a list of index tokens (a phrase)."""
    groups: list[tuple[str, list[list[str]]]] = []
    pending_or = False
    for m in _QTOKEN.finditer(query):
        neg, quoted, bare = m.group(1), m.group(2), m.group(3)
        if bare == "OR":
            pending_or = True
            continue
        word = quoted if quoted is not None else bare
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            neg, word = "-", bare[1:]
        toks = [t.lower() for t in _HAN_OR_WORD.findall(word or "")]
        if not toks:
            continue
        if pending_or and groups and groups[-1][0] == "must" and not neg:
            groups[-1][1].append(toks)
        else:
            groups.append(("must_not" if neg else "must", [toks]))
        pending_or = False
    return groups


def _phrase(schema, field: str, toks: list[str]) -> tantivy.Query:
    if len(toks) == 1:
        return tantivy.Query.term_query(schema, field, toks[0], index_option="freq")
    return tantivy.Query.phrase_query(schema, field, toks)


def _build_query(index: tantivy.Index, query: str, filters: dict[str, Any]) -> tuple[tantivy.Query, list[list[str]]]:
    schema = index.schema
    clauses = []
    positives: list[list[str]] = []
    for occur, alts in _parse(query):
        qs = []
        for toks in alts:
            q = _phrase(schema, "text", toks)
            # a heading that names the words counts too (boosted a little)
            qs.append(tantivy.Query.disjunction_max_query(
                [q, tantivy.Query.boost_query(_phrase(schema, "section", toks), 1.5)]))
            if occur == "must":
                positives.append(toks)
        q = qs[0] if len(qs) == 1 else tantivy.Query.boolean_query([(tantivy.Occur.Should, x) for x in qs])
        clauses.append((tantivy.Occur.Must if occur == "must" else tantivy.Occur.MustNot, q))
    if not any(o == tantivy.Occur.Must for o, _ in clauses):
        if clauses:  # only exclusions: everything else
            clauses.append((tantivy.Occur.Must, tantivy.Query.all_query()))
        else:
            raise ValueError("empty query")
    for field, value in filters.items():
        if value is None or value == "":
            continue
        if field == "report_year":
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, "report_year", int(value))))
        elif field == "region":
            alts = [tantivy.Query.term_query(schema, "region", str(value)),
                    tantivy.Query.term_query(schema, "region_code", str(value))]
            clauses.append((tantivy.Occur.Must, tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, q) for q in alts])))
        else:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, field, str(value))))
    return tantivy.Query.boolean_query(clauses), positives


def _loose(toks: list[str]) -> re.Pattern:
    """A regex for a token sequence in the raw text: any whitespace allowed between tokens."""
    return re.compile(r"\s*".join(re.escape(t) for t in toks), re.IGNORECASE)


def snippet(text: str, phrases: list[list[str]], width: int = 120, mark: tuple[str, str] = ("【", "】")) -> str:
    """A window of ``text`` around the first match, every match inside it marked."""
    pats = [_loose(p) for p in phrases]
    spans = sorted({(m.start(), m.end()) for p in pats for m in p.finditer(text)})
    flat = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    if not spans:
        return flat(text[:width]) + ("…" if len(text) > width else "")
    first = spans[0][0]
    lo = max(0, first - width // 3)
    hi = min(len(text), lo + width)
    out, pos = [], lo
    for s, e in spans:
        if s < pos or e > hi:
            continue
        out.append(flat_keep(text[pos:s]))
        out.append(mark[0] + flat_keep(text[s:e]) + mark[1])
        pos = e
    out.append(flat_keep(text[pos:hi]))
    return ("…" if lo > 0 else "") + "".join(out).strip() + ("…" if hi < len(text) else "")


def flat_keep(s: str) -> str:
    return re.sub(r"\s+", " ", s)


_INDEXES: dict[str, tuple[float, tantivy.Index]] = {}


def _cached_index(db_path: str | Path, store=None) -> tantivy.Index | None:
    """The process's handle on the index; the first time (or after a rebuild) it is checked against the
    database (with ``store`` or a read-only connection; skipped if the database is busy)."""
    path = index_dir(db_path)
    marker = path / "planwatch.json"
    if not marker.exists():
        return None
    key = str(path.resolve())
    try:
        stamp = marker.read_text()  # rewritten with a new stamp whenever the index is rebuilt
    except OSError:
        return None
    with _cache_lock:  # only the cache look-up is serialised, never a search
        hit = _INDEXES.get(key)
        fresh = hit is None or hit[0] != stamp
    if fresh:
        check(db_path, store)
        idx = open_index(db_path, create=False)
        if idx is None:
            return None
        with _cache_lock:
            _INDEXES[key] = (marker.read_text() if marker.exists() else stamp, idx)
        return idx
    idx = hit[1]
    idx.reload()
    return idx


def check(db_path: str | Path, store=None) -> None:
    """:func:`sync` the index with the database, if it can be read now (a busy database is skipped)."""
    from .store import Store, StoreBusy

    if not Path(db_path).exists():
        return
    try:
        if store is not None:
            sync(db_path, store)
            return
        with Store(db_path, read_only=True) as s:
            sync(db_path, s)
    except (StoreBusy, OSError) as exc:
        log.info("search index not checked against %s: %s", db_path, exc)


def search(db_path: str | Path, query: str, region: str | None = None, level: str | None = None,
           province: str | None = None, year: int | None = None, doc_type: str | None = None,
           role: str | None = None, limit: int = 20, per_doc: bool = False,
           mark: tuple[str, str] = ("【", "】"), store=None) -> list[dict[str, Any]]:
    """Sections matching ``query`` ranked by BM25: doc, doc_id, region, year, role, section, score, snippet.

    ``per_doc`` keeps only the best section of each document (with the number of matching sections).
    The index is built from the store on first use if it does not exist yet.
    """
    if not query.strip():
        raise ValueError("empty query")
    if len(query) > MAX_QUERY_CHARS:
        raise ValueError(f"search query too long ({len(query)} characters; at most {MAX_QUERY_CHARS})")
    if not Path(db_path).exists():
        # an index without its database holds ghosts of deleted documents
        shutil.rmtree(index_dir(db_path), ignore_errors=True)
        return []
    index = _cached_index(db_path, store)
    if index is None:
        reindex(db_path, store=store)
        index = _cached_index(db_path, store)
    filters = {"region": region, "level": level, "province": province, "report_year": year, "doc_type": doc_type,
               "role": role}
    q, phrases = _build_query(index, query, filters)
    searcher = index.searcher()
    fetch = limit * 5 if per_doc else limit
    res = searcher.search(q, limit=fetch, count=False)
    out: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    for score, addr in res.hits:
        d = searcher.doc(addr)
        doc_id = d.get_first("doc_id")
        if per_doc and doc_id in seen:
            seen[doc_id]["sections"] += 1
            continue
        text = d.get_first("text") or ""
        hit = {
            "doc": d.get_first("name"), "doc_id": doc_id, "region": d.get_first("region"),
            "region_code": d.get_first("region_code"), "level": d.get_first("level"),
            "province": d.get_first("province"), "year": d.get_first("report_year"),
            "doc_type": d.get_first("doc_type"), "role": d.get_first("role"),
            "section": d.get_first("section"), "start": d.get_first("start"), "score": round(float(score), 4),
            "snippet": snippet(text, phrases, mark=mark), "sections": 1,
        }
        seen[doc_id] = hit
        out.append(hit)
        if len(out) >= limit:
            if not per_doc:
                break
    return out[:limit]


def count(db_path: str | Path) -> int:
    """Indexed sections."""
    index = _cached_index(db_path)
    return 0 if index is None else index.searcher().num_docs
