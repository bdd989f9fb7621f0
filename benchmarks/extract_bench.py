"""Extraction benchmark: python benchmarks/extract_bench.py [PATH...] (same as `planwatch bench`)."""
import sys
from pathlib import Path

from planwatch.bench import run_bench

if __name__ == "__main__":
    paths = [Path(p) for p in sys.argv[1:]] or [Path(__file__).resolve().parent.parent / "examples"]
    print(run_bench(paths, min_mb=2.0, with_jieba=True))
