"""Noise: the reports printed again as they reach us (tests/noise.py), and what each printing changes.

    PYTHONPATH=src python benchmarks/noise_bench.py [--only KIND ...] [--seed N] [-v] [--jobs 2] [PATHS...]

For each kind of noise (traditional script, pinyin, split numbers, PDF wrapping, page marks, full-width
forms, invisible characters, HTML entities, footnote marks, a newspaper's trailer, all mixed), every
report (by default the bundled examples and, beside the project, the development and seed texts) is
read clean and noisy; the facts (indicator, role, period, measure, value, qualifier), pledges and
metadata must be the same, and every quote the noisy text's own characters at its offsets. Prints per
kind the facts and pledges lost and added, the documents whose metadata changed and the bad quotes;
-v lists them.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
import noise  # noqa: E402

DEFAULT = [ROOT / "examples", ROOT.parent / "shared" / "dev" / "texts", ROOT.parent / "shared" / "seeds"]


def texts(paths: list[Path]) -> dict[str, str]:
    out: dict[str, str] = {}
    seen = set()
    for p in paths:
        for f in sorted(p.rglob("*.txt")) if p.is_dir() else [p]:
            t = f.read_text(encoding="utf-8")
            if t not in seen:  # (the examples are seeds too)
                seen.add(t)
                out[f.name] = t
    return out


def _one(args):
    name, text, kinds, seed = args
    clean = noise.keys(text, name)
    rows = []
    for k in kinds:
        noisy = noise.KINDS[k](text, random.Random(f"{seed}:{k}:{name}"))
        got = noise.keys(noisy, name)
        rows.append((k, name, clean, got))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--only", nargs="*", choices=sorted(noise.KINDS))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    kinds = a.only or list(noise.KINDS)
    docs = texts([Path(p) for p in a.paths] or [p for p in DEFAULT if p.exists()])
    work = [(n, t, kinds, a.seed) for n, t in docs.items()]
    if a.jobs > 1:
        from multiprocessing import Pool

        with Pool(a.jobs) as pool:
            results = [r for rows in pool.imap(_one, work) for r in rows]
    else:
        results = [r for w in work for r in _one(w)]
    total = {"facts": 0, "pledges": 0}
    for _, _, clean, _ in results[::len(kinds)]:
        for f in total:
            total[f] += len(clean[f])
    print(f"{len(docs)} documents, {total['facts']} facts, {total['pledges']} pledges clean")
    print(f"{'noise':14} {'facts lost':>10} {'added':>6} {'pledges lost':>12} {'added':>6} {'meta docs':>9} {'bad quotes':>10}")
    for k in kinds:
        rows = [r for r in results if r[0] == k]
        fl = sum(len(c["facts"] - g["facts"]) for _, _, c, g in rows)
        fa = sum(len(g["facts"] - c["facts"]) for _, _, c, g in rows)
        pl = sum(len(c["pledges"] - g["pledges"]) for _, _, c, g in rows)
        pa = sum(len(g["pledges"] - c["pledges"]) for _, _, c, g in rows)
        md = sum(c["meta"] != g["meta"] for _, _, c, g in rows)
        bq = sum(len(g["bad_quotes"]) for _, _, c, g in rows)
        print(f"{k:14} {fl:10} {fa:6} {pl:12} {pa:6} {md:9} {bq:10}")
        if a.verbose:
            for _, name, c, g in rows:
                for x in sorted(c["facts"] - g["facts"], key=str):
                    print(f"    {name} fact -", x)
                for x in sorted(g["facts"] - c["facts"], key=str):
                    print(f"    {name} fact +", x)
                for x in sorted(c["pledges"] - g["pledges"], key=str):
                    print(f"    {name} pledge -", x)
                for x in sorted(g["pledges"] - c["pledges"], key=str):
                    print(f"    {name} pledge +", x)
                if c["meta"] != g["meta"]:
                    print(f"    {name} meta", sorted(c["meta"] - g["meta"]), "->", sorted(g["meta"] - c["meta"]))
                for x in sorted(g["bad_quotes"], key=str)[:5]:
                    print(f"    {name} BAD QUOTE", x)


if __name__ == "__main__":
    main()
