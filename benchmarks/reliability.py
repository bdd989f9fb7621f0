"""Reliability: time on adversarial inputs and a sweep of malformed parameters over every web route.

    PYTHONPATH=src python benchmarks/reliability.py [--kb 18] [--db DB] [--quick]

Prints, for each adversarial input (a run of 亿, Chinese numerals, a long clause without
punctuation, runs of \\u3000 / tabs, one huge line…) and for a normal report, the milliseconds per KB
of every pipeline stage at N KB and 2N KB and the ratio (about 2 is linear, 4 quadratic). Then it
sweeps every GET route (and the upload routes) with malformed values and counts responses ≥ 500.
The test suite imports the same functions (tests/test_reliability.py) at small sizes.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_2b931b19880bcc59.txt"
HEAD = "2024年某市政府工作报告\n——2024年1月10日在某市第十届人民代表大会第三次会议上\n一、2023年工作回顾\n"


def _fill(unit: str, kb: float) -> str:
    n = int(kb * 1024)
    reps = n // max(1, len(unit.encode("utf-8"))) + 1
    return (unit * reps)[: max(1, n // len(unit.encode("utf-8")) * len(unit))]


def _trim(text: str, kb: float) -> str:
    """``text`` repeated and cut to about ``kb`` KB of UTF-8."""
    text = text * (int(kb * 1024) // len(text.encode("utf-8")) + 1)
    return text[: int(len(text) * kb * 1024 / len(text.encode("utf-8")))]


def adversarial(kb: float) -> dict[str, str]:
    """Inputs of about ``kb`` KB (UTF-8) that have made some pass quadratic, and a normal report."""
    report = EXAMPLE.read_text(encoding="utf-8")
    return {
        "normal report": _trim(report, kb),
        "亿亿亿… run": HEAD + _fill("亿", kb),
        "numeral run": HEAD + _fill("一二三四五六七八九十百千万亿", kb),
        "long clause, no punctuation": HEAD + _fill("加快建设高标准农田推进产业园区新建项目", kb),
        "clause with numbers, no stop": HEAD + _fill("生产总值增长6%加快建设高标准农田2万亩", kb),
        "\\u3000 run": HEAD + "增长" + _fill("\u3000", kb) + "5%",
        "tab run": HEAD + "增长" + _fill("\t", kb) + "5%",
        "one huge line": HEAD + _trim(report.replace("\n", ""), kb),
        "digit run": HEAD + _fill("1", kb),
        "bracket run": HEAD + _fill("（", kb),
        "short lines": HEAD + _fill("增长\n", kb),
        "years, no stop": HEAD + _fill("2023年增长，", kb),
    }


def stage_times(text: str) -> dict[str, float]:
    """Seconds spent in each pipeline stage on ``text``."""
    from planwatch import metadata, structure
    from planwatch.extract import facts, numbers, pledges, projects
    from planwatch.normalize import normalize

    out: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t = time.perf_counter()
        r = fn()
        out[name] = time.perf_counter() - t
        return r

    norm = timed("normalize", lambda: normalize(text))
    meta = timed("metadata", lambda: metadata.detect(text, norm, {}, "x.txt", None))
    outline = timed("structure", lambda: structure.outline(norm))
    timed("numbers", lambda: numbers.quantities(norm.text))
    timed("facts", lambda: facts.extract_facts(norm, outline, meta))
    timed("pledges", lambda: pledges.extract_pledges(norm, outline, meta))
    timed("projects", lambda: projects.extract_projects(norm, outline, meta))
    return out


def best_of(fn: Callable[[], dict[str, float]], runs: int = 3) -> dict[str, float]:
    """Per-key minimum over ``runs`` calls (the least disturbed timing)."""
    best: dict[str, float] = {}
    for _ in range(runs):
        for k, v in fn().items():
            best[k] = min(best.get(k, v), v)
    return best


# ---------------------------------------------------------------- the parameter sweep

BAD = ["", " ", "-1", "0", "99999999999", "1e400", "nan", "abc", "%", "_", "%%", "'; DROP TABLE documents; --",
       "../../etc/passwd", "<script>alert(1)</script>", "\u0000", "\ufffd", "x" * 8192, "亿" * 3000]
VALID = {"q": "生产总值", "indicator": "gdp", "year": "2022", "format": "json"}


def malformed_requests(app, doc_id: str, region: str, bad: list[str] = BAD) -> Iterator[str]:
    """GET URLs for every route: each path parameter and each query parameter given each bad value
    (the other parameters valid)."""
    from fastapi.routing import APIRoute
    from starlette.routing import Mount

    for route in app.routes:
        if isinstance(route, Mount) or "GET" not in getattr(route, "methods", set()):
            continue
        path = route.path
        params = [p.name for p in route.dependant.query_params] if isinstance(route, APIRoute) else []
        pnames = [p.name for p in route.dependant.path_params] if isinstance(route, APIRoute) else []
        good_path = {"ref": doc_id, "code": region, "table": "facts"}

        def url(path_vals: dict[str, str], query: dict[str, str]) -> str:
            u = path
            for k in pnames:
                u = u.replace("{" + k + "}", quote(path_vals.get(k, good_path.get(k, "x")), safe=""))
            qs = "&".join(f"{k}={quote(v, safe='')}" for k, v in query.items())
            return u + ("?" + qs if qs else "")

        base = {k: VALID[k] for k in params if k in VALID and k != "format"}
        yield url({}, base)
        for k in pnames:
            for v in bad:
                if v:  # an empty path segment is another route
                    yield url({k: v}, base)
        for k in params:
            for v in bad:
                yield url({}, {**base, k: v})


def sweep(client, urls: list[str]) -> list[tuple[int, str]]:
    """(status, url) of every response ≥ 500."""
    out = []
    for u in urls:
        r = client.get(u)
        if r.status_code >= 500:
            out.append((r.status_code, u))
    return out


def upload_sweep(client, data_dir: Path) -> list[tuple[int, str]]:
    """Malformed uploads: bad years, huge regions, odd names, empty and binary files. Returns responses
    ≥ 500 and leftover files (a failed upload must leave nothing behind)."""
    body = EXAMPLE.read_bytes()
    cases = [({"year": "99999999999"}, "r.txt", body), ({"year": "-1"}, "r.txt", body),
             ({"year": "abc"}, "r.txt", body), ({"region": "x" * 10000}, "r.txt", body),
             ({}, "r.exe", body), ({}, "r.txt", b""), ({}, "r.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)),
             ({}, "../../r.txt", b"short"), ({}, "r.pdf", b"%PDF-1.4 broken"), ({}, "r.html", b"<p>" * 10)]
    bad = []
    files = lambda: set(data_dir.iterdir()) if data_dir.exists() else set()  # noqa: E731
    for route in ("/api/documents?wait=60", "/upload"):  # the API waits for the extraction worker's verdict
        for form, name, blob in cases:
            before = files()
            r = client.post(route, data=form, files={"file": (name, blob, "application/octet-stream")})
            what = f"POST {route} {name} {str(form)[:60]}"
            if r.status_code >= 500:
                bad.append((r.status_code, what))
            elif r.status_code >= 400 and files() - before:
                bad.append((r.status_code, f"{what}: refused but its file was left behind"))
    return bad


def null_metadata_store(db: Path) -> list[str]:
    """A store with the example reports and copies missing region, year, type, code and level.
    Returns the stored ids."""
    import planwatch
    from planwatch.model import Metadata

    ids = []
    with planwatch.open(db) as c:
        examples = sorted((ROOT / "examples").glob("*.txt"))[:4]
        ids.append(c.add(examples[0])[0].id)
        for i, f in enumerate(examples[1:]):
            d = planwatch.read(f)
            d.id, d.name = d.id[:-4] + f"n{i:03d}", f"nometa{i}.txt"
            if i == 0:
                d.meta = Metadata()
            elif i == 1:
                d.meta.report_year = d.meta.region = None
            else:
                d.meta.region_code = d.meta.doc_type = d.meta.level = d.meta.province = None
            c.store.add(d)
            ids.append(d.id)
    return ids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=float, default=18.0, help="size of the smaller input (the larger is twice)")
    ap.add_argument("--quick", action="store_true", help="a few bad values only")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))

    print(f"## time on adversarial inputs: ms per KB at {args.kb:g} KB and {2 * args.kb:g} KB (ratio of times)")
    small, large = adversarial(args.kb), adversarial(2 * args.kb)
    stage_times(small["normal report"])  # warm caches (vocabularies, gazetteer)
    stages = None
    for name in small:
        a, b = best_of(lambda: stage_times(small[name]), 2), best_of(lambda: stage_times(large[name]), 2)
        if stages is None:
            stages = list(a)
            print(f"{'input':32s} {'total ms/KB':>16s} {'ratio':>6s}  " + " ".join(f"{s:>10s}" for s in stages))
        kb_a, kb_b = len(small[name].encode()) / 1024, len(large[name].encode()) / 1024
        ta, tb = sum(a.values()), sum(b.values())
        worst = max(stages, key=lambda s: b[s] / max(a[s], 1e-4) if b[s] > 0.02 else 0)
        print(f"{name:32s} {1000 * ta / kb_a:7.2f} {1000 * tb / kb_b:8.2f} {tb / ta:6.2f}  "
              + " ".join(f"{b[s] / max(a[s], 1e-6):10.2f}" for s in stages)
              + (f"   slowest-growing: {worst}" if tb / ta > 2.6 else ""))

    print("\n## malformed parameters on every route")
    from fastapi.testclient import TestClient

    from planwatch.web.app import create_app

    bad = BAD[:8] + BAD[-2:] if args.quick else BAD
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "nulls.duckdb"
        ids = null_metadata_store(db)
        with TestClient(create_app(db, allow_upload=True, data_dir=Path(tmp) / "up"),
                        raise_server_exceptions=False) as client:
            urls = []
            for ref in (ids[0], ids[1]):
                urls += list(malformed_requests(client.app, ref, "410482", bad))
            t = time.perf_counter()
            fails = sweep(client, urls)
            fails += upload_sweep(client, Path(tmp) / "up")
            dt = time.perf_counter() - t
    print(f"{len(urls)} GET requests + 20 uploads in {dt:.1f}s: {len(fails)} responses >= 500 (or files left)")
    for status, u in fails[:20]:
        print(f"  {status} {u[:160]}")
    return 1 if fails else 0


if __name__ == "__main__":
    raise SystemExit(main())
