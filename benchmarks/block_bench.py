"""Extraction against jieba.lcut in blocks: every report extracted (facts, pledges, projects over one shared
analysis, as ``extract.extract`` runs them), then every report segmented by jieba.lcut, in ``--rounds`` rounds;
CPU time of each block. ``planwatch bench`` times extraction between the other stages of each report (colder
caches); this times it as a run over many reports that are already read. ``--src`` runs another tree's
``src`` (an older commit with its own compiled build) for an A/B comparison in alternating processes.

    python benchmarks/block_bench.py [--rounds 7] [--src OTHER/src] [PATH...]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT.parent / "shared" / "dev" / "texts", ROOT.parent / "shared" / "seeds", ROOT / "examples"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    args = ap.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    import jieba

    from planwatch import metadata, structure
    from planwatch.accel import describe
    from planwatch.extract import extract
    from planwatch.ingest import iter_files, read_file
    from planwatch.normalize import normalize

    raws = []
    for f in iter_files([p for p in (args.paths or DEFAULT) if p.exists()]):
        try:
            raws += read_file(f)
        except Exception:
            continue
    docs = []
    for r in raws:
        n = normalize(r.text)
        m = metadata.detect(r.text, n, r.hints, r.name, None)
        docs.append((n, structure.outline(n, m.report_year), m))
    jieba.setLogLevel(60)
    jieba.initialize()
    extract(*docs[0])  # (first-use compilation of patterns and tables is set-up)
    jieba.lcut(raws[0].text)
    clock = time.process_time
    ext, seg = [], []
    for _ in range(max(1, args.rounds)):
        t = clock()
        for d in docs:
            extract(*d)
        ext.append(clock() - t)
        t = clock()
        for r in raws:
            jieba.lcut(r.text)
        seg.append(clock() - t)
    ratios = sorted(a / b for a, b in zip(ext, seg))
    n = len(docs)
    print(f"{args.src} [{describe()}], {n} reports, {len(ext)} rounds: extraction {min(ext) / n * 1000:.2f} ms a report, "
          f"jieba.lcut {min(seg) / n * 1000:.2f} ms; ratio of the best rounds {min(ext) / min(seg):.3f}, "
          f"median ratio of a round {ratios[len(ratios) // 2]:.3f}")


if __name__ == "__main__":
    main()
