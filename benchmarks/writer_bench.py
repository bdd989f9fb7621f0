"""The single writer of `planwatch ingest` alone: CPU per document to store and index documents
already extracted (the part of an ingest that does not scale with cores).

The documents are extracted once (cached as a pickle next to the corpus); each round stores them
into a fresh database with the search index attached, as `ingest` does (64 documents a transaction,
256 an index commit), then stores them again (all already stored). CPU is this process' (DuckDB's
and tantivy's threads included); the best of ``--repeat`` rounds is reported.

    python benchmarks/writer_bench.py [--docs 1000] [--repeat 3] [--dir /tmp/pw-writer]
"""
from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from national_bench import build_corpus  # noqa: E402
from planwatch.parallel import Runner, to_stored  # noqa: E402


def extracted(d: Path, n: int) -> list:
    cache = d / f"docs-{n}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    build_corpus(d / "corpus", n)
    docs = []
    with Runner(0) as run:
        for _, out, exc in run.map(to_stored, sorted((d / "corpus").rglob("*.txt"))):
            docs += out or []
    cache.write_bytes(pickle.dumps(docs))
    return docs


def store_all(db: Path, docs: list, index_batch: int = 256) -> tuple[int, float]:
    from planwatch.cli import _attach_hooks
    from planwatch.store import Store

    added = 0
    t = time.process_time()
    with Store(db) as store:
        index = _attach_hooks(store, db, batch=index_batch)
        with store.batch(64):
            for i in range(0, len(docs), 64):  # as `ingest` does
                added += sum(store.add_many(docs[i:i + 64]) if hasattr(store, "add_many")
                             else [store.add(d) for d in docs[i:i + 64]])
        index.flush()
    return added, time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/pw-writer"))
    ap.add_argument("--index-batch", type=int, default=256, help="Documents per search-index commit.")
    a = ap.parse_args()
    a.dir.mkdir(parents=True, exist_ok=True)
    docs = extracted(a.dir, a.docs)
    first, again = [], []
    for _ in range(a.repeat):
        db = a.dir / "bench.duckdb"
        for p in (db, Path(str(db) + ".wal")):
            p.unlink(missing_ok=True)
        shutil.rmtree(Path(str(db) + ".search"), ignore_errors=True)
        n, cpu = store_all(db, docs, a.index_batch)
        first.append(cpu)
        m, cpu2 = store_all(db, docs, a.index_batch)
        again.append(cpu2)
    n_docs = len(docs)
    print(f"writer, {n_docs} documents ({n} stored, then {n_docs - m} already stored): best of {a.repeat}: "
          f"{min(first) / n_docs * 1000:.2f} ms CPU/doc storing, {min(again) / n_docs * 1000:.2f} ms/doc re-run "
          f"(rounds: {', '.join(f'{c:.1f}' for c in first)} s; {', '.join(f'{c:.1f}' for c in again)} s)")


if __name__ == "__main__":
    main()
