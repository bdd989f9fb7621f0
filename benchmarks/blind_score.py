"""Score planwatch on the blind sets of benchmarks/blind/ (texts and gold written before planwatch read them, one set a
class of report: docs/accuracy.md, docs/decisions.md 190–209), one line a set, through `planwatch eval`.

    python benchmarks/blind_score.py [SET ...]

nat39 holds pledge gold for the State Council's reports of 2016–2019 only; its texts are the development set's
(../shared/dev/texts, not copied here), read from there when that folder is present.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "blind"
DEV_TEXTS = HERE.parent.parent.parent / "shared" / "dev" / "texts"


def main(names: list[str]) -> int:
    sets = [HERE / n for n in names] if names else sorted(p for p in HERE.iterdir() if (p / "gold").is_dir())
    for s in sets:
        texts = s / "texts"
        if not texts.is_dir():
            if not DEV_TEXTS.is_dir():
                print(f"{s.name}: skipped (its texts are the development set's, {DEV_TEXTS} is not here)")
                continue
            texts = [DEV_TEXTS / (g.stem + ".txt") for g in sorted((s / "gold").glob("*.json"))]
        paths = [str(texts)] if isinstance(texts, Path) else [str(t) for t in texts]
        out = subprocess.run([sys.executable, "-m", "planwatch", "eval", str(s / "gold"), *paths],
                             capture_output=True, text=True)
        last = (out.stdout.strip().splitlines() or ["(no output) " + out.stderr.strip()[-200:]])[-1]
        print(f"{s.name:8} {last}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
