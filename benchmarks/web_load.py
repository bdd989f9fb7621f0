"""Web load benchmark: start `planwatch serve`'s app on loopback, request each page N times, print p50/p95.

    .venv/bin/python benchmarks/web_load.py                 # ingests examples/ into a temporary database
    .venv/bin/python benchmarks/web_load.py --db corpus.duckdb -n 200 --concurrency 4

Requests are bounded (N per page, after a short warm-up) and go only to 127.0.0.1. Goal: p95 < 200 ms.
"""
from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from planwatch.web.app import create_app  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_db(path: Path) -> None:
    import planwatch

    with planwatch.open(path) as c:
        for f in sorted((ROOT / "examples").glob("*.txt")):
            c.add(f)


def pages(client: httpx.Client) -> dict[str, str]:
    docs = client.get("/api/documents").json()
    if not docs:
        raise SystemExit("the database has no documents")
    big = max(docs, key=lambda d: (d["n_facts"] or 0) + (d["n_pledges"] or 0) + (d["n_projects"] or 0))
    region = big["region_code"] or docs[0]["region_code"]
    year = big["report_year"] or 2022
    parent = big.get("parent_code") or ""
    return {
        "corpus /": "/",
        "corpus filtered": "/?level=county",
        "document": f"/doc/{big['id']}",
        "region": f"/region/{region}",
        "compare": f"/compare?indicator=gdp&year={year}" + (f"&under={parent}" if parent else ""),
        "search": "/search?q=生产总值",
        "api documents": "/api/documents",
        "api document": f"/api/documents/{big['id']}",
        "api scorecard": f"/api/regions/{region}/scorecard",
        "api facts csv": "/api/facts?format=csv",
    }


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="corpus database (default: examples/ ingested into a temp file)")
    ap.add_argument("-n", type=int, default=200, help="requests per page (default 200)")
    ap.add_argument("--concurrency", type=int, default=1, help="parallel clients (default 1)")
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--no-cache", action="store_true", help="turn off the app's memo of analysis results")
    args = ap.parse_args()

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory()
        db = Path(tmp.name) / "bench.duckdb"
        build_db(db)

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, cache_size=0 if args.no_cache else 256), host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    base = f"http://127.0.0.1:{port}"
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    print(f"server {base}  db {db}  {args.n} requests/page  concurrency {args.concurrency}"
          f"  analysis cache {'off' if args.no_cache else 'on'}")
    print(f"{'page':<18} {'status':>6} {'KB':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    worst = 0.0
    with httpx.Client(base_url=base, timeout=30, limits=limits) as client:
        for name, url in pages(client).items():
            for _ in range(args.warmup):
                client.get(url)
            times: list[float] = []
            statuses: set[int] = set()
            size = 0

            def one(_):
                t0 = time.perf_counter()
                r = client.get(url)
                dt = (time.perf_counter() - t0) * 1000
                return dt, r.status_code, len(r.content)

            with ThreadPoolExecutor(args.concurrency) as pool:
                for dt, st, n in pool.map(one, range(args.n)):
                    times.append(dt)
                    statuses.add(st)
                    size = n
            p95 = pct(times, 95)
            worst = max(worst, p95)
            print(f"{name:<18} {','.join(map(str, sorted(statuses))):>6} {size / 1024:7.1f} "
                  f"{statistics.median(times):8.1f} {p95:8.1f} {max(times):8.1f}")
    print(f"worst p95 {worst:.1f} ms (goal < 200 ms): {'OK' if worst < 200 else 'SLOW'}")
    server.should_exit = True
    thread.join(10)
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
