"""Full-text search benchmark: index >=10,000 synthetic reports, then time >=200 queries.

The reports are variations of examples/*.txt: each variant takes one example, renames its region to
another county or city of the gazetteer, shifts its years and perturbs its numbers, keeping the
section structure (read once per example). Indexing goes through planwatch.search's own document
builder, so the index is the one `planwatch search` uses.

    .venv/bin/python benchmarks/search_bench.py [--docs 10000] [--queries 300] [--dir /tmp/pw-search-bench]
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import planwatch  # noqa: E402
from planwatch import search  # noqa: E402
from planwatch.regions import gazetteer  # noqa: E402

QUERIES = ["高标准农田", "乡村振兴", "营商环境", "新型城镇化", "城镇化率", "一般公共预算收入", "固定资产投资",
           "社会消费品零售总额", "老旧小区", "规模以上工业增加值", "居民消费价格", "研发经费投入强度",
           "数字经济", "招商引资", "黄河流域生态保护", "碳达峰", "疫情防控", "粮食产量", "产业集聚区",
           "专项债券", "5G基站", "新能源汽车", "文化旅游", "就业优先", "养老服务", "污染防治攻坚",
           "nonexistent", "基本医疗保险", "义务教育", "河长制", "高新技术企业", "招商 引资", "乡村 -城市",
           "营商环境 OR 放管服", '"生产总值 增长"', "平顶山", "汝州", "新乡", "漯河", "卫东"]
ROLES = ["review", "targets", "tasks", None, None, None]


def _variants(n: int, seed: int = 7):
    rng = random.Random(seed)
    examples = sorted((ROOT / "examples").glob("*.txt"))
    base = []
    for p in examples:
        d = planwatch.read(p)
        segs = search._segments(d.text, [{"start": s.start, "role": s.role, "path": s.path} for s in d.sections])
        base.append((d, segs))
    regions = [r for r in gazetteer().by_code.values() if r.current and r.level in ("county", "prefecture")]
    num = re.compile(r"\d+\.\d+|\d{2,}")
    for i in range(n):
        d, segs = base[i % len(base)]
        reg = rng.choice(regions)
        prov = gazetteer().get(reg.province_code)
        shift = rng.randint(-6, 3)
        old_name = d.meta.region or ""

        def mutate(text: str) -> str:
            if old_name:
                text = text.replace(old_name, reg.name)
            text = re.sub(r"20(1\d|2\d)", lambda m: str(2000 + int(m.group(1)) + shift), text)
            return num.sub(lambda m: _perturb(m.group(0), rng) if rng.random() < 0.3 else m.group(0), text)

        pieces, sections, pos = [], [], 0
        for s in segs:
            t = mutate(s["text"])
            if s["role"] != "preamble":
                sections.append({"start": pos, "role": s["role"], "path": s["section"]})
            pieces.append(t)
            pos += len(t)
        year = (d.meta.report_year or 2022) + shift
        meta = {"name": f"v{i:05d}_{d.name}", "region": reg.name, "region_code": reg.code, "level": reg.level,
                "province": prov.name if prov else None, "doc_type": d.meta.doc_type, "report_year": year}
        yield f"bench{i:06d}", meta, "".join(pieces), sections


def _perturb(s: str, rng: random.Random) -> str:
    if "." in s:
        whole, frac = s.split(".")
        return f"{max(0, int(whole) + rng.randint(-3, 3))}.{frac}"
    return str(max(1, int(s) + rng.randint(-9, 9)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--dir", default="/tmp/pw-search-bench")
    ap.add_argument("--keep", action="store_true", help="Reuse an index already built in --dir.")
    args = ap.parse_args()
    db = Path(args.dir) / "bench.duckdb"  # only its name is used: the index is <db>.search/
    if not args.keep:
        shutil.rmtree(args.dir, ignore_errors=True)
    Path(args.dir).mkdir(parents=True, exist_ok=True)

    if not args.keep or search.open_index(db, create=False) is None:
        t0 = time.perf_counter()
        index = search.open_index(db)
        writer = index.writer(heap_size=1_000_000_000, num_threads=0)
        n_chars = n_sections = 0
        for doc_id, meta, text, sections in _variants(args.docs):
            for td in search._tdocs(doc_id, meta, text, sections):
                writer.add_document(td)
                n_sections += 1
            n_chars += len(text)
        t_add = time.perf_counter() - t0
        writer.commit()
        writer.wait_merging_threads()
        del writer
        build = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in search.index_dir(db).rglob("*") if f.is_file())
        print(f"index build: {args.docs} documents, {n_sections} sections, {n_chars / 1e6:.1f}M chars "
              f"in {build:.1f}s (adding {t_add:.1f}s, commit+merge {build - t_add:.1f}s); "
              f"{size / 1e6:.0f} MB on disk")

    rng = random.Random(11)
    provinces = ["河南省", "四川省", "广东省", "山东省", None, None, None]
    plan = []
    for i in range(args.queries):
        q = QUERIES[i % len(QUERIES)]
        kw = {}
        if i % 3 == 1:
            kw["year"] = rng.randint(2016, 2024)
        if i % 4 == 2:
            kw["role"] = rng.choice(ROLES)
        if i % 5 == 3:
            kw["province"] = rng.choice(provinces)
        if i % 7 == 4:
            kw["level"] = "county"
        plan.append((q, kw))
    search.search(db, "政府", limit=20)  # open the index (not timed)
    times, hits = [], 0
    for q, kw in plan:
        t = time.perf_counter()
        res = search.search(db, q, limit=20, **kw)
        times.append((time.perf_counter() - t) * 1000)
        hits += len(res)
    times.sort()
    p = lambda f: times[min(len(times) - 1, int(round(f * (len(times) - 1))))]  # noqa: E731
    print(f"queries: {len(times)} (limit 20, with snippets; {hits} hits), p50 {p(0.5):.1f} ms, "
          f"p95 {p(0.95):.1f} ms, max {times[-1]:.1f} ms, mean {statistics.mean(times):.1f} ms")
    slow = sorted(zip(times, plan), key=lambda x: -x[0])[:0]
    for t, (q, kw) in slow:
        print(f"  {t:.1f} ms  {q} {kw}")


if __name__ == "__main__":
    main()
