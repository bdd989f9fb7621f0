"""Extraction speed on the bundled reports: ms per document, MB/s, peak memory, and jieba for scale."""
from __future__ import annotations

import statistics
import time
import tracemalloc
from pathlib import Path

from .ingest import RawText, iter_files, read_file


def run_bench(paths: list[Path], min_mb: float = 2.0, with_jieba: bool = True) -> str:
    from .api import process

    raws: list[RawText] = []
    for f in iter_files(paths):
        try:
            raws += read_file(f)
        except Exception:
            continue
    if not raws:
        return "no readable reports"
    size = sum(len(r.text.encode("utf-8")) for r in raws)
    reps = max(1, int(min_mb * 1e6 / size) + 1)
    process(raws[0])  # warm the caches (regexes, gazetteer, OpenCC)
    per_doc: list[float] = []
    n_facts = n_pledges = 0
    t0 = time.perf_counter()
    for _ in range(reps):
        for r in raws:
            t = time.perf_counter()
            d = process(r)
            per_doc.append((time.perf_counter() - t) * 1000)
            n_facts += len(d.facts)
            n_pledges += len(d.pledges)
    total = time.perf_counter() - t0
    # memory in a separate pass: tracing slows Python down several times
    tracemalloc.start()
    for r in raws:
        process(r)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    mb = size * reps / 1e6
    avg_kb = size / len(raws) / 1e3
    lines = [
        f"documents: {len(raws)} x {reps} = {len(raws) * reps} ({mb:.2f} MB of UTF-8 text, {avg_kb:.1f} KB/doc on average)",
        f"full pipeline (normalise, metadata, structure, facts, pledges, projects):",
        f"  median {statistics.median(per_doc):.2f} ms/doc, p95 {sorted(per_doc)[int(len(per_doc) * 0.95) - 1]:.2f} ms/doc, "
        f"{mb / total:.2f} MB/s, {len(raws) * reps / total:.1f} docs/s",
        f"  peak memory: {peak / 1e6:.1f} MB traced per document pass, {rss:.0f} MB process RSS; {n_facts // reps} facts and {n_pledges // reps} pledges per pass",
    ]
    if with_jieba:
        try:
            import jieba
        except ImportError:
            lines.append("jieba not installed: pip install jieba to compare")
        else:
            jieba.setLogLevel(60)
            jieba.initialize()
            jt: list[float] = []
            t0 = time.perf_counter()
            for _ in range(reps):
                for r in raws:
                    t = time.perf_counter()
                    jieba.lcut(r.text)
                    jt.append((time.perf_counter() - t) * 1000)
            jtotal = time.perf_counter() - t0
            lines.append(f"jieba.lcut (segmentation only) on the same text: median {statistics.median(jt):.2f} ms/doc, "
                         f"{mb / jtotal:.2f} MB/s")
    return "\n".join(lines)
