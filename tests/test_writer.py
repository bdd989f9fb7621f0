"""The single writer of an ingest: Store.add_many stores what add stores, one query per group."""
from __future__ import annotations

import copy
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import planwatch
from planwatch import store as store_mod
from planwatch.store import Store

EX = Path(__file__).resolve().parent.parent / "examples"


def _tables(store):
    return [store.con.execute(f"SELECT * EXCLUDE ({drop}) FROM {t} ORDER BY ALL").fetchall()
            for t, drop in (("document_versions", "ingested_at"), ("sections", "path"), ("facts", "seq"),
                            ("pledges", "seq"), ("projects", "seq"))]


def _edited(doc, name, cut=30, region_code="keep", year="keep"):
    """The document with a few characters cut from its middle (a near-duplicate, or a new version)."""
    mid = len(doc.text) // 2
    d = planwatch.read_text(doc.text[:mid] + doc.text[mid + cut:], name)
    if region_code != "keep":
        d.meta.region_code = region_code
    if year != "keep":
        d.meta.report_year = year
    return d


def test_add_many_stores_what_add_stores(tmp_path):
    docs = [planwatch.read(p) for p in sorted(EX.glob("*.txt"))]
    a, b, c = docs[0], docs[1], docs[2]
    seq = [a, _edited(a, a.name),                      # a new version within the group
           _edited(b, "copy_of_b.txt"), b,             # a near-duplicate, then the report it copies
           a,                                          # the same text again
           _edited(c, "c_no_region.txt", region_code=None), _edited(c, "c_no_year.txt", year=None),
           *docs[3:], c,
           _edited(a, a.name, cut=60),                 # a version of a version, in a later group
           _edited(docs[3], "late_copy.txt", cut=10),  # a near-duplicate of a document of an earlier group
           _edited(b, "b_rewritten.txt", cut=len(b.text) // 3)]  # too different to be a duplicate
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "many.duckdb") as many:
        got_one = [one.add(copy.deepcopy(d)) for d in seq]
        heard = []
        many.on_add.append(lambda d: heard.append(d.id))
        got_many = []
        with many.batch(4):
            for i in range(0, len(seq), 3):  # groups of 3 across commits of 4
                got_many += many.add_many([copy.deepcopy(d) for d in seq[i:i + 3]])
        assert got_one == got_many
        assert got_many.count(False) == 2  # a and c, each seen again
        assert _tables(one) == _tables(many)
        assert sorted(heard) == sorted(d.id for d, ok in zip(seq, got_many) if ok)
        flags = many.con.execute("SELECT count(superseded_by), count(duplicate_of) FROM document_versions").fetchone()
        assert flags[0] >= 2 and flags[1] >= 2  # the sequence did exercise versions and near-duplicates


def test_add_many_replace_and_outside_a_batch(tmp_path):
    docs = [planwatch.read(p) for p in sorted(EX.glob("*.txt"))[:2]]
    with Store(tmp_path / "a.duckdb") as st:
        assert st.add_many(docs) == [True, True]  # no batch: one transaction each
        with st.batch(8):
            assert st.add_many(docs) == [False, False]
            assert st.add_many(docs, replace=True) == [True, True]
        assert st.count() == 2 and len(st.table("sections")) == sum(len(d.sections) for d in docs)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from("xab"), min_size=store_mod.SKETCH_SIZE, max_size=3 * store_mod.SKETCH_SIZE))
def test_near_duplicates_share_a_hash_in_their_first_hashes(labels):
    """What lets _candidates ask only for documents sharing one of the first _PREFIX hashes: the hashes
    in increasing order, each in both sketches (x), only in the first (a) or only in the second (b)."""
    k = store_mod.SKETCH_SIZE
    a = [h for h, lab in enumerate(labels) if lab in "xa"][:k]
    b = [h for h, lab in enumerate(labels) if lab in "xb"][:k]  # the other may be short
    if len(a) < k:
        return
    if store_mod.sketch_similarity(a, b) >= store_mod.DUPLICATE_SIMILARITY:
        assert set(a[:store_mod._PREFIX]) & set(b[:store_mod._PREFIX])



def test_near_duplicates_share_a_hash_in_the_worst_case():
    """The hashes only one sketch has all come first: the first shared one is then as late as it can be."""
    k, p = store_mod.SKETCH_SIZE, store_mod._PREFIX
    for only in range(k):
        a = list(range(only)) + list(range(k, 2 * k - only))  # `only` hashes of its own, then shared ones
        b = list(range(k, 2 * k))
        if store_mod.sketch_similarity(a, b) >= store_mod.DUPLICATE_SIMILARITY:
            assert set(a[:p]) & set(b[:p]), only


def test_add_many_compares_by_text_with_documents_stored_without_a_sketch(tmp_path):
    """A database of a release before sketches: its documents are still found as near-duplicates."""
    a = planwatch.read(sorted(EX.glob("*.txt"))[0])
    results = []
    for name, many in (("one", False), ("many", True)):
        with Store(tmp_path / f"{name}.duckdb") as st:
            st.add(copy.deepcopy(a))
            st.con.execute("UPDATE document_versions SET sketch = NULL")
            copy_of_a = _edited(a, "copy_of_a.txt")
            if many:
                with st.batch(8):
                    assert st.add_many([copy_of_a]) == [True]
            else:
                assert st.add(copy_of_a)
            results.append(st.con.execute("SELECT duplicate_of FROM document_versions WHERE name = 'copy_of_a.txt'")
                           .fetchone()[0])
    assert results == [a.id, a.id]


# ---------------------------------------------------------------- the near_key index (issue 13)

def _scan_neighbours(store, docs, sketches):
    """The look-ups of add_many before the near_key index (release 36d2856), kept as the reference: the
    names of the group in every current document, and the shared first hashes joined over every
    current document of the group's lengths, regions and years."""
    from planwatch.store import _CANDIDATE_COLS, _PREFIX, SKETCH_SIZE

    older: dict[tuple, list[str]] = {}
    for r in store.con.execute("SELECT id, name, region_code, report_year FROM document_versions WHERE "
                               "superseded_by IS NULL AND duplicate_of IS NULL AND list_contains(?, name)",
                               [[d.name for d in docs]]).fetchall():
        older.setdefault(r[1:], []).append(r[0])
    known = [(d, s) for d, s in zip(docs, sketches)
             if len(s) >= SKETCH_SIZE and d.meta.region_code is not None and d.meta.report_year is not None]
    if not known:
        return older, {}
    group: dict[str, list] = {"k": [], "h": [], "lo": [], "hi": [], "code": [], "year": []}
    for k, (d, s) in enumerate(known):
        for h in s[:_PREFIX]:
            for col, v in zip(group, (k, h, int(len(d.text) * 0.8), int(len(d.text) * 1.25) + 1,
                                      d.meta.region_code, d.meta.report_year)):
                group[col].append(v)
    where = ("superseded_by IS NULL AND duplicate_of IS NULL AND n_chars BETWEEN $lo AND $hi "
             "AND (region_code IS NULL OR list_contains($codes, region_code)) "
             "AND (report_year IS NULL OR list_contains($years, report_year))")
    rows = store.con.execute(
        f"""WITH g AS (SELECT unnest($k) AS k, unnest($h::UINTEGER[]) AS h, unnest($los) AS lo,
                              unnest($his) AS hi, unnest($code) AS code, unnest($year) AS year),
            v AS (SELECT id, n_chars, region_code, report_year, unnest(sketch[1:{_PREFIX}]) AS h
                  FROM document_versions WHERE {where} AND sketch IS NOT NULL),
            pairs AS (SELECT DISTINCT g.k, v.id FROM v JOIN g ON v.h = g.h AND v.n_chars BETWEEN g.lo AND g.hi
                      AND (v.region_code IS NULL OR v.region_code = g.code)
                      AND (v.report_year IS NULL OR v.report_year = g.year))
            SELECT p.k, d.id, d.sketch, NULL, d.n_chars, d.region_code, d.report_year, d.rowid AS r
            FROM pairs p JOIN document_versions d ON d.id = p.id
            UNION ALL
            SELECT NULL, {_CANDIDATE_COLS}, rowid FROM document_versions WHERE {where} AND sketch IS NULL
            ORDER BY r""",
        {"k": group["k"], "h": group["h"], "los": group["lo"], "his": group["hi"], "code": group["code"],
         "year": group["year"], "lo": min(group["lo"]), "hi": max(group["hi"]),
         "codes": sorted(set(group["code"])), "years": sorted(set(group["year"]))}).fetchall()
    near: dict[str, list[tuple]] = {d.id: [] for d, _ in known}
    for k, *cand, _ in rows:
        for d, _ in (known if k is None else [known[k]]):
            near[d.id].append(tuple(cand))
    return older, near


def _variants(docs, n, seed):
    """``n`` documents made from ``docs``: near-duplicates (a few characters cut), new versions (the same
    name), rewrites (a third cut), with the region or the year kept, changed or unknown."""
    import random

    from planwatch.api import doc_id

    rng = random.Random(seed)
    out = []
    for i in range(n):
        base = docs[rng.randrange(len(docs))]
        d = copy.deepcopy(base)
        mid, cut = rng.randrange(len(base.text)), rng.choice([0, 3, 10, 40, 150, len(base.text) // 3])
        d.text = base.text[:mid] + base.text[mid + cut:] + ("。" * rng.randint(0, 2) if cut == 0 else "")
        d.id = doc_id(d.text)
        d.name = rng.choice([base.name, base.name, f"copy{i % 7}.txt", f"other{i}.txt"])
        d.meta.region_code = rng.choice([base.meta.region_code] * 3 + [None, "110000"])
        d.meta.report_year = rng.choice([base.meta.report_year] * 3 + [None, 2001])
        out.append(d)
    return out


def test_near_key_look_up_finds_what_the_scan_found(tmp_path):
    """The indexed look-up of add_many stores exactly what the scan of every current document stored."""
    docs = [planwatch.read(p) for p in sorted(EX.glob("*.txt"))]
    for seed in (1, 2, 3):
        seq = docs + _variants(docs, 70, seed)
        tables = []
        for name in ("scan", "index"):
            with Store(tmp_path / f"{name}{seed}.duckdb") as st:
                if name == "scan":
                    st._neighbours = lambda ds, sks, st=st: _scan_neighbours(st, ds, sks)
                with st.batch(16):
                    for i in range(0, len(seq), 7):
                        st.add_many([copy.deepcopy(d) for d in seq[i:i + 7]])
                tables.append(_tables(st))
                flags = st.con.execute("SELECT count(superseded_by), count(duplicate_of) FROM document_versions").fetchone()
        assert tables[0] == tables[1]
        assert flags[0] >= 3 and flags[1] >= 10, flags  # versions and near-duplicates were exercised


def _old_database(path, docs):
    """A database as release 36d2856 wrote it: document_versions without near_key (nor its index)."""
    import duckdb

    new = path.with_name("new.duckdb")
    with Store(new) as st:
        for d in docs:
            st.add(copy.deepcopy(d))
    with duckdb.connect(str(path)) as con:
        con.execute(store_mod.SCHEMA)
        con.execute(f"ATTACH '{new}' AS new (READ_ONLY)")
        con.execute("INSERT INTO document_versions SELECT * EXCLUDE (near_key) FROM new.document_versions")
        for t in ("sections", "facts", "pledges", "projects"):
            con.execute(f"INSERT INTO {t} SELECT * FROM new.{t}")
        con.execute("CREATE VIEW documents AS SELECT * EXCLUDE (sketch) FROM document_versions "
                    "WHERE superseded_by IS NULL AND duplicate_of IS NULL")
        assert "near_key" not in {r[0] for r in con.execute("DESCRIBE document_versions").fetchall()}


def test_old_database_gets_its_near_keys(tmp_path):
    a, b, c = [planwatch.read(p) for p in sorted(EX.glob("*.txt"))[:3]]
    c_unknown = _edited(c, "c_unknown.txt", cut=len(c.text) // 3, region_code=None, year=None)
    old = tmp_path / "old.duckdb"
    _old_database(old, [a, b, c_unknown])
    with Store(old, read_only=True) as st:  # read as it is: nothing of the writer's columns needed
        assert st.count() == 3 and len(st.table("facts")) > 0
    with Store(old) as st:
        keys = dict(st.con.execute("SELECT id, near_key FROM document_versions").fetchall())
        # filled by SQL, as the writer computes it
        assert keys == {d.id: store_mod.near_key(d.meta.region_code, d.meta.report_year) for d in (a, b, c_unknown)}
        assert keys[c_unknown.id] == "|"
        assert "near_key" not in st.documents().columns and "near_key" not in st.query("SELECT * FROM documents").columns
        assert st.con.execute("SELECT count(*) FROM duckdb_indexes() WHERE index_name = "
                              "'document_versions_near_key'").fetchone()[0] == 1
        copy_of_a, a2 = _edited(a, "copy_of_a.txt"), _edited(a, a.name, cut=60)
        with st.batch(8):
            assert st.add_many([copy_of_a, a2]) == [True, True]
        got = dict(st.con.execute("SELECT id, coalesce(duplicate_of, superseded_by) FROM document_versions").fetchall())
        assert got[copy_of_a.id] == a.id  # a near-duplicate of a document stored before near_key
        assert got[a.id] == a2.id  # and a new version supersedes it
    with Store(old) as st:  # opened again: nothing left to migrate
        assert dict(st.con.execute("SELECT id, near_key FROM document_versions").fetchall())[a.id] == keys[a.id]


def test_near_keys_follow_deletion_and_re_extraction(tmp_path):
    a = planwatch.read(sorted(EX.glob("*.txt"))[0])
    with Store(tmp_path / "a.duckdb") as st:
        st.add(copy.deepcopy(a))
        st.delete(a.id)  # its key goes with it: a copy is a document of its own now
        with st.batch(8):
            assert st.add_many([_edited(a, "copy1.txt")]) == [True]
        assert st.con.execute("SELECT count(duplicate_of) FROM document_versions").fetchone()[0] == 0
        # re-extracted with another region: the key follows, and copies are compared under the new one
        moved = copy.deepcopy(a)
        moved.meta.region_code = "110000"
        st.add(moved)
        st.add(copy.deepcopy(moved), replace=True)
        assert st.con.execute("SELECT near_key FROM document_versions WHERE id = ?", [a.id]).fetchone()[0] == \
            f"110000|{a.meta.report_year}"
        copy2 = _edited(a, "copy2.txt", cut=20, region_code="110000")
        assert st.add(copy2)
        assert st.con.execute("SELECT duplicate_of FROM document_versions WHERE id = ?", [copy2.id]).fetchone()[0] == a.id


def test_writer_keeps_no_python_objects_per_document_stored(tmp_path):
    """The single writer (add_many in a batch, with the search index) holds on to nothing per document
    once it is committed and indexed: its Python heap after 4N documents is what it was after N.
    A kept document (its text, its rows) is kilobytes and fails this; a kept id alone (~100 bytes)
    would be under the margin. DuckDB's and tantivy's own memory is not traced (see docs/benchmarks.md)."""
    import gc
    import tracemalloc

    from planwatch import search
    from planwatch.api import doc_id

    base = planwatch.read(sorted(EX.glob("*.txt"))[0])
    made = [0]

    def group(n=64):
        out = []
        for _ in range(n):
            made[0] += 1
            d = copy.copy(base)
            d.meta = copy.copy(base.meta)
            d.text = f"{base.text}\n{made[0]}"
            d.id, d.name = doc_id(d.text), f"v{made[0]}.txt"
            d.meta.report_year = 1900 + made[0] % 120
            out.append(d)
        return out

    db = tmp_path / "w.duckdb"
    with Store(db) as st:
        hook = search.IndexHook(db, batch=64)
        st.on_add.append(hook)

        def store(groups: int) -> int:
            with st.batch(64):
                for _ in range(groups):
                    st.add_many(group())
            hook.flush()
            gc.collect()
            return tracemalloc.get_traced_memory()[0]

        store(1)  # warm-up: caches, compiled patterns, the gazetteer
        tracemalloc.start()
        try:
            after_n = store(1)
            after_4n = store(3)
        finally:
            tracemalloc.stop()
        assert st.con.execute("SELECT count(*) FROM document_versions").fetchone()[0] == 5 * 64
    assert after_4n - after_n < 3 * 64 * 1024, (after_n, after_4n)
