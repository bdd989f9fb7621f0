"""Build a synthetic corpus database of N documents for the load benchmark (web_load.py).

Each document is one bundled example (examples/*.txt and examples/national/*.txt) with its region
renamed to another county or city of the gazetteer, its years shifted and some numbers perturbed;
it then goes through the whole pipeline (planwatch.read_text) and the store, like `planwatch ingest`.

    .venv/bin/python benchmarks/build_corpus.py --docs 1000 --db /tmp/pw-load-1000.duckdb
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import planwatch  # noqa: E402
from planwatch.regions import gazetteer  # noqa: E402
from planwatch.store import Store  # noqa: E402

NUM = re.compile(r"\d+\.\d+|\d{2,}")


def _perturb(s: str, rng: random.Random) -> str:
    if "." in s:
        whole, frac = s.split(".")
        return f"{max(0, int(whole) + rng.randint(-3, 3))}.{frac}"
    return str(max(1, int(s) + rng.randint(-9, 9)))


def variants(n: int, seed: int = 11):
    """(name, text) for n variants of the examples; the national reports keep their region."""
    rng = random.Random(seed)
    base = [(p, planwatch.read(p)) for p in sorted((ROOT / "examples").glob("*.txt"))]
    national = [(p, planwatch.read(p)) for p in sorted((ROOT / "examples" / "national").glob("*.txt"))]
    regions = [r for r in gazetteer().by_code.values() if r.current and r.level in ("county", "prefecture")]
    # a few hundred regions, so that region pages have several documents and parents have children
    regions = rng.sample(regions, min(len(regions), max(20, n // 4)))
    for i in range(n):
        if i < len(national):
            p, d = national[i]
            yield f"n{i:04d}_{p.name}", d.text
            continue
        p, d = base[i % len(base)]
        reg = rng.choice(regions)
        shift = rng.randint(-6, 3)
        text = d.text.replace(d.meta.region, reg.name) if d.meta.region else d.text
        text = re.sub(r"20(1\d|2\d)", lambda m: str(2000 + int(m.group(1)) + shift), text)
        text = NUM.sub(lambda m: _perturb(m.group(0), rng) if rng.random() < 0.3 else m.group(0), text)
        yield f"v{i:05d}_{p.name}", text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--db", type=Path, required=True)
    args = ap.parse_args()
    t0 = time.perf_counter()
    with Store(args.db) as store:
        for name, text in variants(args.docs):
            store.add(planwatch.read_text(text, name=name))
        n = store.count()
    print(f"{n} current documents in {args.db} ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
