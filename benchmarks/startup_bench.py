"""Start-up cost of the command line: CPU and wall seconds of whole `planwatch` processes.

    python benchmarks/startup_bench.py [-n 5] [--db planwatch.duckdb] [--src OTHER_CHECKOUT/src]

Each command runs N times in a fresh interpreter; the best run is printed (the minimum is the
least disturbed by other work on a shared machine). CPU is the child's user + system time
(getrusage), next to `python -c pass` as the floor no command can go under. `docs --db` is timed
only when the database exists.

Two columns: with a bytecode cache (as an installed planwatch runs; the cache goes to a temporary
PYTHONPYCACHEPREFIX, filled by one run before timing) and without one (PYTHONDONTWRITEBYTECODE
set, as in the sessions that develop planwatch: the installed libraries' cached bytecode is read,
but every planwatch module is compiled again at each start). The last row is `facts FILE` on a machine
that has never run planwatch (an empty cache directory for each run): the gazetteer is built and the ~1,000
regular expressions compiled, both then written to the cache (planwatch/regions.py, planwatch/recache.py).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
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


def envs(src: Path) -> dict[str, dict[str, str]]:
    """The two environments: with a bytecode cache in a temporary directory, and with none."""
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    base["PYTHONPATH"] = str(src) + os.pathsep + os.environ.get("PYTHONPATH", "")
    cache = tempfile.mkdtemp(prefix="planwatch-pyc-")
    return {"pyc": {**base, "PYTHONPYCACHEPREFIX": cache},
            "no pyc": {**base, "PYTHONDONTWRITEBYTECODE": "1"}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=5, help="runs per command (the best is shown)")
    ap.add_argument("--db", type=Path, default=Path("planwatch.duckdb"), help="database for `docs --db`")
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="the planwatch sources to time (another checkout's src/, to compare)")
    args = ap.parse_args()
    env = envs(args.src.resolve())
    py = [sys.executable]
    cases = [("python -c pass", py + ["-c", "pass"]),
             ("planwatch --help", py + ["-m", "planwatch", "--help"]),
             ("planwatch facts --help", py + ["-m", "planwatch", "facts", "--help"]),
             (f"planwatch facts {EXAMPLE.name[:12]}…", py + ["-m", "planwatch", "facts", str(EXAMPLE)])]
    if args.db.is_file():
        cases.append(("planwatch docs --db", py + ["-m", "planwatch", "docs", "--db", str(args.db)]))
    else:
        print(f"(no database at {args.db}: `docs --db` not timed)", file=sys.stderr)
    for _, argv in cases:  # fills the bytecode cache
        run_once(argv, env["pyc"])
    print(f"best of {args.n}, seconds    {'cpu':>7} {'wall':>7}   {'cpu':>7} {'wall':>7}")
    print(f"{'':28} {'(bytecode cache)':>16}   {'(no cache)':>15}")
    for label, argv in cases:
        cells = [f"{x:7.3f}" for name in ("pyc", "no pyc") for x in best(argv, env[name], args.n)]
        print(f"{label:28} {cells[0]} {cells[1]}   {cells[2]} {cells[3]}")
    # the same on a machine that has never run planwatch: no cached gazetteer, no cached compiled patterns
    # (planwatch/recache.py), each run with an empty cache directory of its own
    label, argv = "planwatch facts, first run", cases[3][1]
    cells = []
    for name in ("pyc", "no pyc"):
        runs = []
        for _ in range(args.n):
            home = tempfile.mkdtemp(prefix="planwatch-cold-")
            runs.append(run_once(argv, {**env[name], "XDG_CACHE_HOME": home}))
            shutil.rmtree(home, ignore_errors=True)
        cells += [f"{x:7.3f}" for x in (min(c for c, _ in runs), min(w for _, w in runs))]
    print(f"{label:28} {cells[0]} {cells[1]}   {cells[2]} {cells[3]}")
    shutil.rmtree(env["pyc"]["PYTHONPYCACHEPREFIX"], ignore_errors=True)

if __name__ == "__main__":
    main()
