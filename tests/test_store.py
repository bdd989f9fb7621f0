"""The DuckDB store: idempotent ingestion, round trips, all-or-nothing writes."""
from __future__ import annotations

import tempfile

import pytest
from typer.testing import CliRunner

import planwatch
from planwatch import store as store_mod
from planwatch.cli import app
from planwatch.store import Store

EX = "000_2b931b19880bcc59.txt"


def test_same_file_twice_stored_once(tmp_path, examples_dir):
    doc = planwatch.read(examples_dir / EX)
    with Store(tmp_path / "a.duckdb") as st:
        assert st.add(doc) is True
        assert st.add(planwatch.read(examples_dir / EX)) is False
        assert st.count() == 1
        n_sections = len(st.table("sections"))
        assert n_sections == len(doc.sections)
        # replace re-writes without duplicating rows
        assert st.add(doc, replace=True) is True
        assert st.count() == 1 and len(st.table("sections")) == n_sections


def test_same_content_under_another_name_is_one_document(tmp_path, examples_dir):
    copy = tmp_path / "copy.txt"
    copy.write_bytes((examples_dir / EX).read_bytes())
    db = tmp_path / "b.duckdb"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(examples_dir / EX), "--db", str(db)]).exit_code == 0
    res = runner.invoke(app, ["ingest", str(copy), "--db", str(db)])
    assert res.exit_code == 0
    assert "0 stored, 1 already stored" in res.output
    with Store(db) as st:
        assert st.count() == 1


def test_batch_with_a_bad_file(tmp_path, examples_dir):
    src = tmp_path / "in"
    src.mkdir()
    for name in (EX, "003_fb1c67ca95303fe5.txt"):
        (src / name).write_bytes((examples_dir / name).read_bytes())
    (src / "broken.txt").write_bytes(bytes(range(256)) * 30)
    db = tmp_path / "c.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(src), "--db", str(db)])
    assert res.exit_code == 1
    assert "broken.txt" in res.output
    assert "2 stored" in res.output and "1 failed" in res.output
    with Store(db) as st:
        assert sorted(st.documents()["name"]) == [EX, "003_fb1c67ca95303fe5.txt"]


def test_load_round_trips(tmp_path, examples_dir):
    doc = planwatch.read(examples_dir / EX)
    with Store(tmp_path / "d.duckdb") as st:
        st.add(doc)
        back = st.load(EX)
        assert back is not None
        assert back.id == doc.id and back.text == doc.text and back.name == doc.name
        assert back.meta.as_dict() == doc.meta.as_dict()
        assert back.meta.evidence["region"].quote == doc.meta.evidence["region"].quote
        assert back.sections == doc.sections
        assert back.facts == doc.facts
        assert back.pledges == doc.pledges
        assert back.projects == doc.projects
        assert st.load(doc.id[:6]).id == doc.id  # an id prefix works too
        assert st.load("no-such-doc") is None


def test_failure_mid_write_leaves_nothing(tmp_path, examples_dir, monkeypatch):
    doc = planwatch.read(examples_dir / EX)
    real = store_mod._insert

    def failing(con, table, *args, **kw):
        if table == "facts":
            raise RuntimeError("disk full")
        return real(con, table, *args, **kw)

    db = tmp_path / "e.duckdb"
    with Store(db) as st:
        monkeypatch.setattr(store_mod, "_insert", failing)
        with pytest.raises(RuntimeError):
            st.add(doc)
        assert not st.has(doc.id)
        assert st.count() == 0
        for table in ("sections", "facts", "pledges", "projects"):
            assert st.query(f"SELECT count(*) AS n FROM {table}")["n"][0] == 0
        monkeypatch.setattr(store_mod, "_insert", real)
        assert st.add(doc) is True  # the store is usable afterwards
    with Store(db, read_only=True) as st:
        assert st.count() == 1


def test_delete(tmp_path, examples_dir):
    doc = planwatch.read(examples_dir / EX)
    with Store(tmp_path / "f.duckdb") as st:
        st.add(doc)
        st.delete(doc.id)
        assert st.count() == 0 and len(st.table("sections")) == 0


def test_batch_stores_what_single_adds_store(tmp_path):
    """store.batch(): the same rows as one transaction per document; a failing group rolls back alone."""
    from pathlib import Path

    ex = Path(__file__).resolve().parent.parent / "examples"
    docs = [planwatch.read(p) for p in sorted(ex.glob("*.txt"))]
    text = docs[0].text + "\n附：勘误。\n"
    newer = planwatch.read_text(text, docs[0].name)  # the same report corrected: supersedes docs[0]

    def tables(store):
        return [store.con.execute(f"SELECT * EXCLUDE ({drop}) FROM {t} ORDER BY ALL").fetchall()
                for t, drop in (("document_versions", "ingested_at"), ("sections", "path"), ("facts", "seq"),
                                ("pledges", "seq"), ("projects", "seq"))]

    heard = []
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "many.duckdb") as many:
        got_one = [one.add(d) for d in docs + [newer, docs[1]]]
        many.on_add.append(lambda d: heard.append(d.name))
        with many.batch(2):
            got_many = [many.add(d) for d in docs + [newer, docs[1]]]
        assert got_one == got_many == [True] * len(docs) + [True, False]
        assert tables(one) == tables(many)
        assert heard == [d.name for d in docs] + [newer.name]  # each stored document, once committed
        assert many.con.execute("SELECT superseded_by FROM document_versions WHERE id = ?",
                                [docs[0].id]).fetchone()[0] == newer.id
        n = many.count()
        with pytest.raises(RuntimeError):
            with many.batch(10):
                many.add(planwatch.read_text(text + "再版。\n", "x.txt"))
                raise RuntimeError("interrupted")
        assert many.count() == n  # the open group is rolled back, nothing half-stored


def test_memory_limit_from_the_environment_and_its_default(tmp_path, monkeypatch):
    def limit(**kw):
        with Store(tmp_path / "m.duckdb", **kw) as st:
            return st.con.execute("SELECT current_setting('memory_limit'), current_setting('threads')").fetchone()

    monkeypatch.delenv(store_mod.MEMORY_LIMIT_ENV, raising=False)
    default = store_mod.memory_limit()
    assert default.endswith("MiB") and 64 <= int(default[:-3]) <= 1024  # a quarter of RAM, at most 1 GiB
    assert limit()[0] == ("1.0 GiB" if default == "1024MiB" else default.replace("MiB", ".0 MiB"))
    monkeypatch.setenv(store_mod.MEMORY_LIMIT_ENV, "300MB")
    assert limit()[0] == "286.1 MiB"  # DuckDB counts in MiB
    assert limit(memory_limit="200MB", threads=1) == ("190.7 MiB", 1)  # the option wins over the environment
    monkeypatch.setenv(store_mod.MEMORY_LIMIT_ENV, "none")  # DuckDB's own default, 80 % of the memory
    assert store_mod.memory_limit() is None
    monkeypatch.setenv(store_mod.MEMORY_LIMIT_ENV, "lots")
    with pytest.raises(ValueError, match="PLANWATCH_MEMORY_LIMIT"):
        limit()


def test_a_query_over_the_memory_limit_spills_to_disk(tmp_path, monkeypatch):
    import duckdb

    monkeypatch.setenv("PLANWATCH_MEMORY_LIMIT", "64MB")
    db, sql = tmp_path / "big.duckdb", "SELECT count(*) FROM t a JOIN t b USING (s)"
    with Store(db) as st:  # a join of 600,000 strings of 64 characters: more than 64 MB of hash table
        st.con.execute("CREATE TABLE t AS SELECT md5(i::VARCHAR) || md5((i * 7)::VARCHAR) AS s FROM range(600000) r(i)")
        assert st.con.execute(sql).fetchone()[0] == 600000
    with Store(db) as st:  # the same query with nowhere to spill does run out of memory
        st.con.execute("SET temp_directory = ''")
        with pytest.raises(duckdb.OutOfMemoryException):
            st.con.execute(sql)
    with Store(db, read_only=True) as st:  # a read-only store spills too
        assert st.con.execute(sql).fetchone()[0] == 600000
    # in a folder it may not write to (a read-only mount): to the system's temporary folder
    monkeypatch.setattr(store_mod.os, "access", lambda path, mode: False)
    with Store(db, read_only=True) as st:
        tmp = st.con.execute("SELECT current_setting('temp_directory')").fetchone()[0]
        assert tmp.startswith(tempfile.gettempdir()) and not tmp.startswith(str(tmp_path))
        assert st.con.execute(sql).fetchone()[0] == 600000
