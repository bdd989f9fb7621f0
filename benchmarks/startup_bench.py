"""Start-up cost of the command line: CPU and wall seconds of whole `planwatch` processes.

    python benchmarks/startup_bench.py [-n 5] [--db planwatch.duckdb]

Each command runs N times in a fresh interpreter; the best run is printed (the minimum is the
least disturbed by other work on a shared machine). CPU is the child's user + system time
(getrusage), next to `python -c pass` as the floor no command can go under. `docs --db` is timed
only when the database exists.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_2b931b19880bcc59.txt"


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(cpu, wall) seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def best(argv: list[str], env: dict[str, str], n: int) -> tuple[float, float]:
    runs = [run_once(argv, env) for _ in range(n)]
    return min(c for c, _ in runs), min(w for _, w in runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=5, help="runs per command (the best is shown)")
    ap.add_argument("--db", type=Path, default=Path("planwatch.duckdb"), help="database for `docs --db`")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    py = [sys.executable]
    cases = [("python -c pass", py + ["-c", "pass"]),
             ("planwatch --help", py + ["-m", "planwatch", "--help"]),
             ("planwatch facts --help", py + ["-m", "planwatch", "facts", "--help"]),
             (f"planwatch facts {EXAMPLE.name}", py + ["-m", "planwatch", "facts", str(EXAMPLE)])]
    if args.db.is_file():
        cases.append(("planwatch docs --db", py + ["-m", "planwatch", "docs", "--db", str(args.db)]))
    else:
        print(f"(no database at {args.db}: `docs --db` not timed)", file=sys.stderr)
    print(f"{'command':36} {'cpu s':>7} {'wall s':>7}   best of {args.n}")
    for label, argv in cases:
        cpu, wall = best(argv, env, args.n)
        print(f"{label:36} {cpu:7.3f} {wall:7.3f}")


if __name__ == "__main__":
    main()
