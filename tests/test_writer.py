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
