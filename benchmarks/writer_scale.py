"""The single writer as the database grows: its time per group and its peak memory against the
number of documents stored, without extracting the documents again.

The bundled and development reports are extracted once; each synthetic document is one of them with
another region of the same level (region, region code and its name in the text), shifted years and
a third of its numbers perturbed, as in `national_bench.py`, keeping the base's extracted rows.
Documents are stored as `ingest` stores them (64 a group, the search index attached, 256 per index
commit). At each checkpoint the report gives, over the last stretch, the mean wall time of
`add_many` per group (index commits excluded) and of its near-duplicate look-up (`Store._neighbours`,
`_candidates` before it), the mean time of the index commits, the writer's CPU per document, and
the peak RSS of this process, split into anonymous memory (heap: DuckDB's buffers, Python) and
file-backed pages (mapped files, mostly the search index).

    python benchmarks/writer_scale.py [--docs 20000] [--checkpoints 2000,5000,10000,20000] [--dir /tmp/pw-scale]
"""
from __future__ import annotations

import argparse
import copy
import os
import random
import shutil
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import planwatch  # noqa: E402
from national_bench import _NUM, _YEAR, _perturb, sources  # noqa: E402
from planwatch.api import doc_id  # noqa: E402
from planwatch.regions import gazetteer  # noqa: E402
from planwatch.store import text_sketch  # noqa: E402


def synthetic(n: int, seed: int = 13, spread: bool = False):
    """``n`` varied documents (extracted rows of their base), made as they are stored. ``spread``: each
    takes a prefecture or county of its own, whatever its base's level; otherwise the national and
    province bases' variants pile up on one region (or 31) and ten years, hundreds a year where a real
    corpus has a few (the writer looks up the documents of a region and year)."""
    rng = random.Random(seed)
    bases = [planwatch.read(p) for p in sources()]
    by_level: dict[str, list] = {}
    for r in gazetteer().by_code.values():
        if r.current and r.level in ("province", "prefecture", "county"):
            by_level.setdefault(r.level, []).append(r)
    local = by_level["prefecture"] + by_level["county"]
    for i in range(n):
        base = bases[i % len(bases)]
        m = base.meta
        shift = rng.randint(-6, 3)
        d = copy.copy(base)
        d.meta = copy.copy(m)
        text = base.text
        if m.region and (spread or m.level in by_level):
            r = rng.choice(local if spread else by_level[m.level])
            text = text.replace(m.region, r.name)
            d.meta.region, d.meta.region_code = r.name, r.code
        if m.report_year:
            d.meta.report_year = m.report_year + shift
        text = _YEAR.sub(lambda mm: str(2000 + int(mm.group(1)) + shift), text)
        text = _NUM.sub(lambda mm: _perturb(mm.group(0), rng) if rng.random() < 0.3 else mm.group(0), text)
        d.text, d.id, d.name = text, doc_id(text), f"v{i:06d}_{base.name}"
        d._sketch = text_sketch(text)
        yield d


def _rss() -> tuple[int, int]:
    """(anonymous, file-backed) resident bytes of this process."""
    out = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(("RssAnon:", "RssFile:", "RssShmem:")):
                out[line.split(":")[0]] = int(line.split()[1]) * 1024
    return out.get("RssAnon", 0), out.get("RssFile", 0) + out.get("RssShmem", 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--checkpoints", default="2000,5000,10000,20000")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/pw-scale"))
    ap.add_argument("--memory-limit", help="DuckDB's memory limit (PLANWATCH_MEMORY_LIMIT; default: the store's).")
    ap.add_argument("--threads", type=int, help="DuckDB's threads (default: the store's).")
    ap.add_argument("--spread", action="store_true", help="Every document in a region of its own (see synthetic).")
    a = ap.parse_args()
    if a.memory_limit:
        os.environ["PLANWATCH_MEMORY_LIMIT"] = a.memory_limit
    from planwatch import store as store_mod
    from planwatch.cli import _attach_hooks
    from planwatch.store import Store

    shutil.rmtree(a.dir, ignore_errors=True)
    a.dir.mkdir(parents=True)
    db = a.dir / "bench.duckdb"
    marks = sorted(int(x) for x in a.checkpoints.split(",") if int(x) <= a.docs)
    peak = [0, 0, 0]  # anon, file, total since the last checkpoint
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            anon, fil = _rss()
            peak[:] = [max(peak[0], anon), max(peak[1], fil), max(peak[2], anon + fil)]
            done.wait(0.1)

    timing = {"cand": [0.0, 0]}
    # the near-duplicate look-up: _neighbours (indexed, also finds older versions), _candidates before it
    name = "_neighbours" if hasattr(store_mod.Store, "_neighbours") else "_candidates"
    orig = getattr(store_mod.Store, name)

    def timed(self, *args, **kw):
        t = time.perf_counter()
        try:
            return orig(self, *args, **kw)
        finally:
            timing["cand"][0] += time.perf_counter() - t
            timing["cand"][1] += 1

    setattr(store_mod.Store, name, timed)
    threading.Thread(target=poll, daemon=True).start()
    print(f"{'stored':>7} {'add_many ms/group':>18} {'lookup ms/group':>16} {'index ms/commit':>16} "
          f"{'peak RSS MB (anon+file)':>24} {'writer CPU ms/doc':>18}")
    t_add = n_add = t_idx = n_idx = cpu = 0.0
    stored = 0
    with Store(db, **({"threads": a.threads} if a.threads else {})) as store:
        limit = store.con.execute("SELECT current_setting('memory_limit'), current_setting('threads')").fetchone()  # noqa
        print(f"DuckDB memory_limit {limit[0]}, threads {limit[1]}")
        index = _attach_hooks(store, db, batch=256)
        flush = index.flush

        def timed_flush():
            nonlocal t_idx, n_idx
            t = time.perf_counter()
            flush()
            t_idx += time.perf_counter() - t
            n_idx += 1

        index.flush = timed_flush
        group: list = []
        with store.batch(64):
            for d in synthetic(a.docs, spread=a.spread):
                group.append(d)
                if len(group) < 64:
                    continue
                c, t, ti = time.process_time(), time.perf_counter(), t_idx
                store.add_many(group)
                t_add += time.perf_counter() - t - (t_idx - ti)  # the index commits are counted apart
                cpu += time.process_time() - c
                n_add += 1
                stored += len(group)
                group = []
                # the last checkpoint also when --docs is not a multiple of the group
                if marks and (stored >= marks[0] or stored + 64 > a.docs):
                    marks.pop(0)
                    cand, nc = timing["cand"]
                    print(f"{stored:>7} {t_add / n_add * 1000:>18.1f} {cand / max(1, nc) * 1000:>16.1f} "
                          f"{t_idx / max(1, n_idx) * 1000:>16.0f} {peak[0] / 1e6:>11.0f}+{peak[1] / 1e6:<11.0f} "
                          f"{cpu / max(1, n_add * 64) * 1000:>18.2f}", flush=True)
                    t_add = n_add = t_idx = n_idx = cpu = 0.0
                    timing["cand"] = [0.0, 0]
                    peak[:] = [0, 0, 0]
            if group:
                store.add_many(group)
        index.flush()
        n = store.count()
    done.set()
    size = sum(f.stat().st_size for f in a.dir.rglob("*") if f.is_file())
    print(f"{n} current documents; database and index {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
