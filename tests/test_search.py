"""Full-text search: filters, phrases across line breaks, persistence, no duplicates on re-ingest."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planwatch
from planwatch import search
from planwatch.cli import app
from planwatch.store import Store

from test_analyze import FAMILY, JIAXIAN_2022, PDS_2022

# 城镇化率 broken by a line break and spaces around numbers, as PDF extraction leaves them
BROKEN = """新乡市2022年政府工作报告
——2022年1月12日在新乡市第十四届人民代表大会第一次会议上
一、2021年工作回顾
常住人口城镇
化率提高 1.2 个百分点，高标准 农田建设扎实推进。
二、2022年重点工作
发展数字经济，优化营商环境。
"""


def _add_all(db: Path, texts: dict[str, str]) -> None:
    with Store(db) as s:
        s.on_add.append(search.store_hook(db))
        for name, text in texts.items():
            s.add(planwatch.read_text(text, name))


@pytest.fixture()
def db(tmp_path) -> Path:
    db = tmp_path / "s.duckdb"
    _add_all(db, {**FAMILY, "xinxiang2022.txt": BROKEN})
    return db


def docs_of(hits):
    return [h["doc"] for h in hits]


def test_index_next_to_db_and_hits(db):
    assert search.index_dir(db) == Path(str(db) + ".search") and search.index_dir(db).is_dir()
    hits = search.search(db, "高标准农田")
    assert {"pds2022.txt", "pds2023.txt", "xinxiang2022.txt"} <= set(docs_of(hits))
    h = hits[0]
    for k in ("doc", "region", "year", "role", "score", "snippet", "section", "doc_id"):
        assert k in h
    assert all("【" in x["snippet"] for x in hits)
    assert [x["score"] for x in hits] == sorted((x["score"] for x in hits), reverse=True)
    assert "【高标准农田】" in next(x for x in hits if x["doc"] == "pds2022.txt")["snippet"]


def test_phrase_is_exact(db):
    # 乡村振兴 as a phrase; its characters scattered elsewhere do not match
    assert set(docs_of(search.search(db, "乡村振兴"))) == {"pds2022.txt", "pds2023.txt"}
    assert search.search(db, "振兴乡村") == []
    assert search.search(db, "农田高标准") == []
    # a phrase across a line break and the spaces around numbers
    hits = search.search(db, "城镇化率")
    assert docs_of(hits) == ["xinxiang2022.txt"] and "【城镇 化率】" in hits[0]["snippet"]
    assert docs_of(search.search(db, '"提高 1.2 个百分点"')) == ["xinxiang2022.txt"]
    assert docs_of(search.search(db, "提高1.2个百分点")) == ["xinxiang2022.txt"]


def test_boolean_syntax(db):
    both = search.search(db, "高标准农田 乡村振兴")
    assert set(docs_of(both)) == {"pds2022.txt", "pds2023.txt"}
    # exclusion works per section: pds2023's tasks section (持续推进高标准农田建设) drops out, its review stays
    excl = search.search(db, "高标准农田 -持续推进")
    assert [h["role"] for h in excl if h["doc"] == "pds2023.txt"] == ["review"]
    assert set(docs_of(search.search(db, "汝瓷 OR 老旧小区"))) == {"ruzhou2022.txt", "jiaxian2022.txt"}
    with pytest.raises(ValueError):
        search.search(db, "   ")


def test_filters(db):
    assert set(docs_of(search.search(db, "高标准农田", year=2023))) == {"pds2023.txt"}
    assert {h["role"] for h in search.search(db, "高标准农田", role="tasks")} == {"tasks"}
    review = search.search(db, "高标准农田", role="review")
    assert set(docs_of(review)) == {"pds2023.txt", "xinxiang2022.txt"}
    assert set(docs_of(search.search(db, "生产总值", level="county"))) == {"ruzhou2022.txt", "jiaxian2022.txt"}
    assert set(docs_of(search.search(db, "生产总值", region="郏县"))) == {"jiaxian2022.txt"}
    assert set(docs_of(search.search(db, "生产总值", region="410482"))) == {"ruzhou2022.txt"}
    assert search.search(db, "生产总值", province="河南省")
    assert search.search(db, "生产总值", province="四川省") == []
    assert search.search(db, "生产总值", doc_type="plan_report") == []
    assert len(search.search(db, "生产总值", limit=2)) == 2


def test_per_doc(db):
    hits = search.search(db, "高标准农田", per_doc=True)
    assert len(docs_of(hits)) == len(set(docs_of(hits)))
    assert next(h for h in hits if h["doc"] == "pds2023.txt")["sections"] == 2


def test_persistence_and_no_duplicates(db):
    before = search.search(db, "老旧小区")
    n = search.count(db)
    # re-storing the same document (replace) and re-ingesting must not duplicate entries
    with Store(db) as s:
        s.on_add.append(search.store_hook(db))
        assert s.add(planwatch.read_text(JIAXIAN_2022, "jiaxian2022.txt"), replace=True)
        assert not s.add(planwatch.read_text(JIAXIAN_2022, "jiaxian2022.txt"))
    search.index_documents(db, [planwatch.read_text(PDS_2022, "pds2022.txt")])
    assert search.count(db) == n
    search._INDEXES.clear()  # a fresh process: reopen from disk
    after = search.search(db, "老旧小区")
    assert docs_of(after) == docs_of(before) == ["jiaxian2022.txt"]


def test_reindex_rebuilds_and_builds_on_demand(db):
    n = search.count(db)
    import shutil

    shutil.rmtree(search.index_dir(db))
    assert search.reindex(db) == len(FAMILY) + 1
    assert search.count(db) == n
    shutil.rmtree(search.index_dir(db))
    assert docs_of(search.search(db, "汝瓷")) == ["ruzhou2022.txt"]  # built from the store on first use


def test_corpus_and_cli(tmp_path):
    db = tmp_path / "cli.duckdb"
    src = tmp_path / "reports"
    src.mkdir()
    for name, text in FAMILY.items():
        (src / name).write_text(text, encoding="utf-8")
    run = CliRunner().invoke
    res = run(app, ["ingest", str(src), "--db", str(db)])
    assert res.exit_code == 0, res.output
    res = run(app, ["search", "高标准农田", "--year", "2022", "--format", "jsonl", "--db", str(db)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.output.splitlines()]
    assert [r["doc"] for r in rows] == ["pds2022.txt"]
    res = run(app, ["ingest", str(src), "--db", str(db), "--replace"])
    assert res.exit_code == 0
    res = run(app, ["search", "高标准农田", "--section-role", "tasks", "--db", str(db)])
    assert res.exit_code == 0 and "pds2022.txt" in res.output
    res = run(app, ["reindex", "--db", str(db)])
    assert res.exit_code == 0 and "indexed 4 documents" in res.output
    with planwatch.open(db) as c:
        hits = c.search("老旧小区", level="county")
        assert [h["doc"] for h in hits] == ["jiaxian2022.txt"]
        assert c.reindex() == 4
