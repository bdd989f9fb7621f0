"""National-scale benchmark: a synthetic corpus ingested, indexed, searched, exported and paneled.

The corpus varies the bundled reports (examples/, examples/national/) and, when present, the
development texts (../shared/dev/texts): each variant renames its region to another region of the
same level, shifts its years and perturbs a third of its numbers. Every step runs the real command
(`planwatch ingest`, `export --partition`, `panel`, `facts`) as a subprocess, timed wall-clock, with
the peak memory of its process tree (RSS, polled from /proc). The report ends with the projected time
for 150,000 reports on a 16-core machine, from the measured per-core rate and 1 -> N core speed-up.

The corpus is written file by file (nothing of it held in memory; 150,000 reports are 2.9 GB) and
the ingest's peak RSS is printed for each tenth of the run, to show that it does not grow with the
documents stored. `benchmarks/writer_bench.py` measures the single writer alone.

    python benchmarks/national_bench.py [--docs 2000] [--jobs N] [--dir /tmp/pw-national] [--keep]
    python benchmarks/national_bench.py --docs 150000 --dir /tmp/pw-150k  # 20,000 took 13 min on 2 busy
                                                                          # cores: about 40 min idle, 1.5 h busy
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import planwatch  # noqa: E402
from planwatch.parallel import default_jobs  # noqa: E402
from planwatch.regions import gazetteer  # noqa: E402

QUERIES = ["高标准农田", "乡村振兴", "营商环境", "新型城镇化", "一般公共预算收入", "固定资产投资", "老旧小区",
           "规模以上工业增加值", "研发经费投入强度", "数字经济", "招商引资", "碳达峰", "粮食产量", "专项债券",
           "新能源汽车", "养老服务", "义务教育", "营商环境 OR 放管服", '"生产总值 增长"', "乡村 -城市"]
NATIONAL_DOCS, NATIONAL_CORES = 150_000, 16
_NUM = re.compile(r"\d+\.\d+|\d{2,}")
_YEAR = re.compile(r"20(1\d|2\d)")


def sources() -> list[Path]:
    dev = ROOT.parent / "shared" / "dev" / "texts"
    out = sorted((ROOT / "examples").rglob("*.txt"))
    if dev.is_dir():
        out += sorted(p for p in dev.iterdir() if p.is_file())
    return out


def build_corpus(out: Path, n: int, seed: int = 13) -> tuple[int, int]:
    """Write ``n`` varied reports under ``out`` (1,000 per directory); returns (files, bytes)."""
    rng = random.Random(seed)
    bases = []
    for p in sources():
        d = planwatch.read(p)
        bases.append((p.stem, d.text, d.meta.region, d.meta.level))
    by_level: dict[str, list] = {}
    for r in gazetteer().by_code.values():
        if r.current and r.level in ("province", "prefecture", "county"):
            by_level.setdefault(r.level, []).append(r)
    total = 0
    for i in range(n):
        stem, text, region, level = bases[i % len(bases)]
        shift = rng.randint(-6, 3)
        if region and level in by_level:
            text = text.replace(region, rng.choice(by_level[level]).name)
        text = _YEAR.sub(lambda m: str(2000 + int(m.group(1)) + shift), text)
        text = _NUM.sub(lambda m: _perturb(m.group(0), rng) if rng.random() < 0.3 else m.group(0), text)
        d = out / f"{i // 1000:03d}"
        d.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (d / f"v{i:06d}_{stem}.txt").write_bytes(data)
        total += len(data)
    return n, total


def _perturb(s: str, rng: random.Random) -> str:
    if "." in s:
        whole, frac = s.split(".")
        return f"{max(0, int(whole) + rng.randint(-3, 3))}.{frac}"
    return str(max(1, int(s) + rng.randint(-9, 9)))


# ---------------------------------------------------------------- running and measuring a command


def _tree_rss(root: int) -> tuple[int, float, int]:
    """(total RSS in bytes of ``root`` and its descendants, root's CPU seconds, root's own RSS) from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    cpu = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    page = os.sysconf("SC_PAGE_SIZE")
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(d)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * page
        if pid == root:
            cpu = (int(fields[11]) + int(fields[12])) / tick
    total = 0
    for pid in rss:
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p == root:
            total += rss[pid]
    return total, cpu, rss.get(root, 0)


def run(args: list[str], cwd: Path) -> dict[str, float]:
    """Run ``planwatch ARGS``: wall seconds, peak RSS of its process tree (MB), CPU seconds of the main
    process and of the whole tree (its workers included). On a busy machine the CPU times are the
    steadier measure."""
    import resource

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "planwatch", *args], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak, cpu = 0, 0.0
    trace: list[tuple[float, int, int]] = []  # (seconds, tree RSS, main process RSS)
    done = threading.Event()

    def poll() -> None:
        nonlocal peak, cpu
        while not done.is_set():
            total, c, own = _tree_rss(proc.pid)
            peak, cpu = max(peak, total), max(cpu, c)
            trace.append((time.perf_counter() - t0, total, own))
            done.wait(0.2 if len(trace) < 3000 else 1.0)  # a long run is sampled less often

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    _, err = proc.communicate()
    done.set()
    th.join()
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    tree = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"planwatch {' '.join(args)} failed ({proc.returncode}):\n{err[-2000:]}")
    return {"wall": wall, "rss_mb": peak / 1e6, "cpu": cpu, "tree_cpu": tree, "trace": trace,
            "errors": sum(x.startswith("error:") for x in err.splitlines())}


def _over_time(trace: list[tuple[float, int, int]], wall: float) -> str:
    """The peak RSS (all processes / the main one, MB) in each tenth of the run: flat if memory does not
    grow with the documents done."""
    out = []
    for i in range(10):
        part = [t for t in trace if i * wall / 10 <= t[0] < (i + 1) * wall / 10]
        if part:
            out.append(f"{max(t[1] for t in part) / 1e6:.0f}/{max(t[2] for t in part) / 1e6:.0f}")
    return " ".join(out)


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="Reports in the synthetic corpus (national: 150000).")
    ap.add_argument("--jobs", type=int, default=0, help="Worker processes (default: every core).")
    ap.add_argument("--sample", type=int, default=200, help="Reports in the 1-core vs N-core extraction run.")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/pw-national"))
    ap.add_argument("--keep", action="store_true", help="Reuse the corpus already in --dir.")
    a = ap.parse_args()
    jobs = a.jobs or default_jobs()
    corpus, db = a.dir / "corpus", a.dir / "bench.duckdb"
    if not a.keep:
        shutil.rmtree(a.dir, ignore_errors=True)
    a.dir.mkdir(parents=True, exist_ok=True)
    if not (a.keep and corpus.is_dir()):
        t = time.perf_counter()
        n, nbytes = build_corpus(corpus, a.docs)
        print(f"corpus: {n} reports, {nbytes / 1e6:.1f} MB, from {len(sources())} source texts, "
              f"built in {time.perf_counter() - t:.1f} s (not counted below)")
    files = sorted(corpus.rglob("*.txt"))
    n, nbytes = len(files), sum(f.stat().st_size for f in files)
    mb = nbytes / 1e6
    for p in (db, db.with_name(db.name + ".wal"), a.dir / "export", a.dir / "panel.parquet"):
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
    shutil.rmtree(Path(str(db) + ".search"), ignore_errors=True)

    # extraction alone (`planwatch facts`), 1 core against every core, on a sample
    sample = a.dir / "sample"
    shutil.rmtree(sample, ignore_errors=True)
    sample.mkdir()
    for f in files[: a.sample]:
        os.link(f, sample / f.name)
    smb = sum(f.stat().st_size for f in sample.iterdir()) / 1e6
    ns = len(list(sample.iterdir()))
    one = run(["facts", str(sample), "--jobs", "1"], a.dir)
    many = run(["facts", str(sample), "--jobs", str(jobs)], a.dir) if jobs > 1 else one
    speedup = one["wall"] / many["wall"]
    print(f"load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"extraction (planwatch facts, {ns} reports, {smb:.1f} MB): 1 job {one['wall']:.1f} s wall, "
          f"{one['tree_cpu']:.1f} s CPU ({ns / one['tree_cpu']:.1f} docs/s and {smb / one['tree_cpu']:.2f} MB/s per "
          f"CPU second, peak {one['rss_mb']:.0f} MB); {jobs} jobs {many['wall']:.1f} s wall, {many['tree_cpu']:.1f} s "
          f"CPU (peak {many['rss_mb']:.0f} MB); wall speed-up {speedup:.2f}x, CPU overhead of the workers "
          f"{many['tree_cpu'] / one['tree_cpu']:.2f}x")

    ing = run(["ingest", str(corpus), "--db", str(db), "--jobs", str(jobs)], a.dir)
    index = Path(str(db) + ".search")
    print(f"ingest + index ({jobs} jobs): {n} reports, {mb:.1f} MB in {ing['wall']:.1f} s: {n / ing['wall']:.1f} docs/s, "
          f"{mb / ing['wall']:.2f} MB/s; {ing['tree_cpu']:.1f} s CPU in all ({ing['tree_cpu'] / n * 1000:.1f} ms/doc), "
          f"of which the writer {ing['cpu']:.1f} s ({ing['cpu'] / n * 1000:.1f} ms/doc); peak RSS "
          f"{ing['rss_mb']:.0f} MB (all processes); {ing['errors']} errors")
    print(f"ingest peak RSS in each tenth of the run, all processes/writer (MB): {_over_time(ing['trace'], ing['wall'])}")
    print(f"database {_size(db) / 1e6:.0f} MB, search index {_size(index) / 1e6:.0f} MB")

    ex = run(["export", "--format", "parquet", "--partition", "--out", str(a.dir / "export"), "--db", str(db)], a.dir)
    print(f"export --partition (parquet by province and year): {ex['wall']:.1f} s wall, {ex['tree_cpu']:.1f} s CPU, "
          f"{_size(a.dir / 'export') / 1e6:.0f} MB, peak {ex['rss_mb']:.0f} MB")
    pn = run(["panel", "--indicator", "gdp,cpi,fixed_asset_investment", "--role", "target,actual", "--out",
              str(a.dir / "panel.parquet"), "--db", str(db)], a.dir)
    print(f"panel (3 indicators x target,actual, whole command): {pn['wall']:.1f} s wall, {pn['tree_cpu']:.1f} s CPU, peak {pn['rss_mb']:.0f} MB")

    from planwatch import search

    search.search(db, "政府", limit=20)  # opening the index is not timed
    times = []
    for i in range(5 * len(QUERIES)):
        q = QUERIES[i % len(QUERIES)]
        kw = {"year": 2020 + i % 5} if i % 3 == 1 else {}
        t = time.perf_counter()
        search.search(db, q, limit=20, **kw)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"search ({len(times)} queries, limit 20, snippets): p50 {statistics.median(times):.1f} ms, "
          f"p95 {times[int(0.95 * (len(times) - 1))]:.1f} ms")

    # projection: extraction scales with cores; the workers' overhead is the measured CPU ratio (a wall
    # speed-up is only meaningful on an idle machine); storing is one writer process
    per_core = ns / one["tree_cpu"]
    eff = min(1.0, one["tree_cpu"] / many["tree_cpu"]) if jobs > 1 else 1.0
    scale = (nbytes / n) / (smb * 1e6 / ns)  # the corpus' average size against the sample's
    extract_s = NATIONAL_DOCS * scale / (per_core * NATIONAL_CORES * eff)
    writer_s = NATIONAL_DOCS * ing["cpu"] / n
    print(f"projection, {NATIONAL_DOCS:,} reports of this corpus' average size on {NATIONAL_CORES} cores (per-core "
          f"rate {per_core:.1f} docs/s, parallel efficiency {eff:.2f}): extraction {extract_s / 60:.1f} min; the "
          f"single writer (store + index) needs {writer_s / 60:.1f} min of CPU, so ingest takes about "
          f"{max(extract_s, writer_s) / 60:.1f} min")


if __name__ == "__main__":
    main()
