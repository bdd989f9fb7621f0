"""Extraction speed on the bundled reports: ms per document, MB/s, time per stage, peak memory, the
same run on several cores, and jieba.lcut on the same text in the same process for scale.

Times are wall-clock and CPU (process time); on a busy machine the CPU time is the steadier one.
"""
from __future__ import annotations

import statistics
import time
import tracemalloc
from pathlib import Path

from .ingest import RawText, iter_files, read_file

STAGES = ("normalise", "metadata", "structure", "facts", "pledges", "projects")
_RAWS: list[RawText] = []  # the texts of a run, shared with forked workers


def _staged(raw: RawText, acc: dict[str, float]) -> tuple[int, int]:
    """api.process, stage by stage, adding each stage's CPU time to ``acc``; (facts, pledges) found."""
    from . import metadata, structure
    from .extract import facts, pledges, projects
    from .normalize import normalize

    clock = time.process_time
    t0 = clock()
    norm = normalize(raw.text)
    t1 = clock()
    meta = metadata.detect(raw.text, norm, raw.hints, raw.name, None)
    t2 = clock()
    outline = structure.outline(norm, meta.report_year)
    t3 = clock()
    f = facts.extract_facts(norm, outline, meta)
    t4 = clock()
    p = pledges.extract_pledges(norm, outline, meta)
    t5 = clock()
    projects.extract_projects(norm, outline, meta)
    t6 = clock()
    for k, a, b in zip(STAGES, (t0, t1, t2, t3, t4, t5), (t1, t2, t3, t4, t5, t6)):
        acc[k] = acc.get(k, 0.0) + b - a
    return len(f), len(p)


def _process_index(i: int, overrides=None) -> int:
    from .api import process

    return len(process(_RAWS[i]).facts)


def run_bench(paths: list[Path], min_mb: float = 2.0, with_jieba: bool = True, jobs: list[int] | None = None) -> str:
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
    stages: dict[str, float] = {}
    n_facts = n_pledges = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(reps):
        for r in raws:
            t = time.perf_counter()
            nf, np_ = _staged(r, stages)
            per_doc.append((time.perf_counter() - t) * 1000)
            n_facts += nf
            n_pledges += np_
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    n = len(raws) * reps
    extraction = stages["facts"] + stages["pledges"] + stages["projects"]
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
        f"documents: {len(raws)} x {reps} = {n} ({mb:.2f} MB of UTF-8 text, {avg_kb:.1f} KB/doc on average)",
        "full pipeline (normalise, metadata, structure, facts, pledges, projects), 1 job:",
        f"  median {statistics.median(per_doc):.2f} ms/doc, p95 {sorted(per_doc)[int(len(per_doc) * 0.95) - 1]:.2f} ms/doc, "
        f"{mb / total:.2f} MB/s, {n / total:.1f} docs/s ({total:.2f} s wall, {cpu:.2f} s CPU)",
        "  CPU ms/doc per stage: " + ", ".join(f"{k} {stages[k] / n * 1000:.2f}" for k in STAGES)
        + f"; extraction (facts+pledges+projects) {extraction:.2f} s CPU",
        f"  peak memory: {peak / 1e6:.1f} MB traced per document pass, {rss:.0f} MB process RSS; "
        f"{n_facts // reps} facts and {n_pledges // reps} pledges per pass",
    ]
    par: dict[int, float] = {}
    for j in sorted(set(jobs or [])):
        if j < 2:
            continue
        from .parallel import Runner

        _RAWS[:] = raws
        try:
            with Runner(j) as run:  # workers start (and warm up) before the clock
                list(run.map(_process_index, range(min(len(raws), 2 * j))))
                t = time.perf_counter()
                for _ in range(reps):
                    for _p, _r, err in run.map(_process_index, range(len(raws))):
                        if err is not None:
                            raise RuntimeError(str(err))
                par[j] = time.perf_counter() - t
        finally:
            _RAWS.clear()
        lines.append(f"full pipeline, {j} jobs: {par[j]:.2f} s wall, {mb / par[j]:.2f} MB/s, {n / par[j]:.1f} docs/s, "
                     f"speed-up {total / par[j]:.2f} x over 1 job")
    if with_jieba:
        try:
            import jieba
        except ImportError:
            lines.append("jieba not installed: pip install jieba to compare")
        else:
            jieba.setLogLevel(60)
            jieba.initialize()
            jt: list[float] = []
            t0, c0 = time.perf_counter(), time.process_time()
            for _ in range(reps):
                for r in raws:
                    t = time.perf_counter()
                    jieba.lcut(r.text)
                    jt.append((time.perf_counter() - t) * 1000)
            jtotal, jcpu = time.perf_counter() - t0, time.process_time() - c0
            lines.append(f"jieba.lcut (segmentation only) on the same text, 1 process: median {statistics.median(jt):.2f} "
                         f"ms/doc, {mb / jtotal:.2f} MB/s ({jtotal:.2f} s wall, {jcpu:.2f} s CPU)")
            lines.append(f"ratio to jieba (CPU, 1 job): extraction {extraction / jcpu:.3f}, "
                         f"full pipeline {cpu / jcpu:.3f}; wall, full pipeline: 1 job {total / jtotal:.3f}"
                         + "".join(f", {j} jobs {t / jtotal:.3f}" for j, t in par.items()))
    return "\n".join(lines)
