"""Extraction speed on the bundled reports: ms per document, MB/s, time per stage, peak memory, the
same run on several cores, and jieba.lcut on the same text in the same process for scale.

Times are wall-clock and CPU (process time); on a busy machine the CPU time is the steadier one.
"""
from __future__ import annotations

import re
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
    from .extract.analysis import Analysis
    from .normalize import normalize

    clock = time.process_time
    t0 = clock()
    norm = normalize(raw.text)
    t1 = clock()
    meta = metadata.detect(raw.text, norm, raw.hints, raw.name, None)
    t2 = clock()
    outline = structure.outline(norm, meta.report_year)
    t3 = clock()
    an = Analysis(norm, outline, meta)  # (one for the three, as extract.extract makes it)
    f = facts.extract_facts(norm, outline, meta, an)
    t4 = clock()
    p = pledges.extract_pledges(norm, outline, meta, an)
    t5 = clock()
    projects.extract_projects(norm, outline, meta, an)
    t6 = clock()
    for k, a, b in zip(STAGES, (t0, t1, t2, t3, t4, t5), (t1, t2, t3, t4, t5, t6)):
        acc[k] = acc.get(k, 0.0) + b - a
    return len(f), len(p)


def _process_index(i: int, overrides=None) -> int:
    from .api import process

    return len(process(_RAWS[i]).facts)


_NAIVE: re.Pattern | None = None


def naive_facts(text: str) -> list[tuple[str, str, str, str]]:
    """The reference a one-hour script would be: every indicator alias followed, within a few
    characters, by a number with its unit, called a target when its sentence says 目标/今年/预期.
    One compiled regular expression over the text; no sections, lists, periods or qualifiers."""
    global _NAIVE
    if _NAIVE is None:
        from . import vocab

        names = sorted({a.lstrip("^") for i in vocab.indicators().values() for a in (i.name, *i.aliases) if a},
                       key=len, reverse=True)
        _NAIVE = re.compile("(" + "|".join(map(re.escape, names)) + r")[^，。；;\n\d]{0,12}?"
                            r"(\d+(?:\.\d+)?)(%|亿元|万元|元|万人|人|万吨|吨|万亩|亩|个|项)?")
    out = []
    for m in _NAIVE.finditer(text):
        s = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        role = "target" if re.search("目标|今年|预期", text[s:m.start()]) else "actual"
        out.append((m.group(1), role, m.group(2), m.group(3) or ""))
    return out


def _best(times: list[float]) -> float:
    return min(times) if times else float("nan")


def run_bench(paths: list[Path], min_mb: float = 2.0, with_jieba: bool = True, jobs: list[int] | None = None,
              rounds: int = 3) -> str:
    """Time the pipeline, jieba.lcut and the naive regex script on the same texts, interleaved in
    ``rounds`` rounds; ratios are of each one's best round (CPU), which a busy machine disturbs least."""
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
    naive_facts(raws[0].text)
    jieba = None
    if with_jieba:
        try:
            import jieba
        except ImportError:
            jieba = None
        else:
            jieba.setLogLevel(60)
            jieba.initialize()
    clock = time.process_time
    per_doc: list[float] = []
    rounds_stages: list[dict[str, float]] = []
    cpu_runs, wall_runs, jieba_runs, naive_runs = [], [], [], []
    n_facts = n_pledges = 0
    for rnd in range(max(1, rounds)):
        stages: dict[str, float] = {}
        t0, c0 = time.perf_counter(), clock()
        for _ in range(reps):
            for r in raws:
                t = time.perf_counter()
                nf, np_ = _staged(r, stages)
                per_doc.append((time.perf_counter() - t) * 1000)
                if rnd == 0:
                    n_facts += nf
                    n_pledges += np_
        wall_runs.append(time.perf_counter() - t0)
        cpu_runs.append(clock() - c0)
        rounds_stages.append(stages)
        c0 = clock()
        for _ in range(reps):
            for r in raws:
                naive_facts(r.text)
        naive_runs.append(clock() - c0)
        if jieba is not None:
            c0 = clock()
            for _ in range(reps):
                for r in raws:
                    jieba.lcut(r.text)
            jieba_runs.append(clock() - c0)
    n = len(raws) * reps
    stages = {k: min(st[k] for st in rounds_stages) for k in STAGES}
    extraction = min(st["facts"] + st["pledges"] + st["projects"] for st in rounds_stages)
    cpu, total = _best(cpu_runs), _best(wall_runs)
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
    naive = _best(naive_runs)
    from .accel import describe

    lines = [
        f"documents: {len(raws)} x {reps} = {n} ({mb:.2f} MB of UTF-8 text, {avg_kb:.1f} KB/doc on average); "
        f"best of {len(cpu_runs)} interleaved rounds",
        f"extraction modules: {describe()} (PLANWATCH_PURE=1 runs pure Python; see planwatch.compiled_modules())",
        "full pipeline (normalise, metadata, structure, facts, pledges, projects), 1 job:",
        f"  median {statistics.median(per_doc):.2f} ms/doc, p95 {sorted(per_doc)[int(len(per_doc) * 0.95) - 1]:.2f} ms/doc, "
        f"{mb / total:.2f} MB/s, {n / total:.1f} docs/s ({total:.2f} s wall, {cpu:.2f} s CPU)",
        "  CPU ms/doc per stage: " + ", ".join(f"{k} {stages[k] / n * 1000:.2f}" for k in STAGES)
        + f"; extraction (facts+pledges+projects) {extraction / n * 1000:.2f} ms/doc, {mb / extraction:.2f} MB/s",
        f"  peak memory: {peak / 1e6:.1f} MB traced per document pass, {rss:.0f} MB process RSS; "
        f"{n_facts // reps} facts and {n_pledges // reps} pledges per pass",
        f"naive regex script (one pattern: alias, number, unit; bench.naive_facts) on the same text: "
        f"{naive / n * 1000:.2f} ms/doc CPU; extraction is {extraction / naive:.2f} x its time",
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
    if with_jieba and jieba is None:
        lines.append("jieba not installed: pip install jieba to compare")
    elif jieba is not None:
        jcpu = _best(jieba_runs)
        lines.append(f"jieba.lcut (segmentation only) on the same text, 1 process: {jcpu / n * 1000:.2f} ms/doc CPU, "
                     f"{mb / jcpu:.2f} MB/s")
        lines.append(f"ratio to jieba (CPU, best rounds, 1 job): extraction {extraction / jcpu:.3f}, "
                     f"full pipeline {cpu / jcpu:.3f}, naive regex script {naive / jcpu:.3f}")
    return "\n".join(lines)
