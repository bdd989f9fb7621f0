"""Write every fact, pledge and project found in some reports as JSON Lines, in a stable order, to
check that a change meant to be faster leaves the output exactly as it was:

    python benchmarks/dump_extraction.py before.jsonl        # on the old code
    python benchmarks/dump_extraction.py after.jsonl         # on the new code
    cmp before.jsonl after.jsonl

The reports default to the bundled examples and, where they exist beside the project, the
development and seed texts (../shared).
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from planwatch.api import process
from planwatch.ingest import iter_files, read_file

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "examples", ROOT.parent / "shared" / "dev" / "texts", ROOT.parent / "shared" / "seeds"]


def main(out: str, paths: list[Path]) -> None:
    with open(out, "w", encoding="utf-8") as fh:
        for f in iter_files([p for p in paths if p.exists()]):
            try:
                raws = read_file(f)
            except Exception:
                continue
            for r in raws:
                d = process(r)
                for kind in ("facts", "pledges", "projects"):
                    for x in getattr(d, kind):
                        row = [f.name, kind, dataclasses.asdict(x)]
                        fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], [Path(p) for p in sys.argv[2:]] or DEFAULT)
