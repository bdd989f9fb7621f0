"""Robustness: the development set read again as the real world prints it.

    PYTHONPATH=src python benchmarks/robustness.py [--gold ../shared/gold/dev] [--only NAME] [--seed N] [-v]

Each development text is rewritten the way reports reach us — in traditional script, as a PDF's
text layer (lines broken anywhere, numbers split over lines, page marks, a running header), with
spaces between characters, with full-width digits, with pinyin after characters, as a web page
with its chrome, saved on Windows (CR LF line ends, indents), one sentence a line — and scored
against the same gold. A rule that holds for a class of sentences holds for all of these; the score
of each against the clean run shows where it does not. Every fact's quote must still be the exact
characters of the text as read (``raw[start:end]``).
The test suite runs the same perturbations on a sample (tests/test_robustness.py).
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

# characters a polyphone-annotating repost follows with pinyin
_PINYIN = {"长": "zhǎng", "重": "zhòng", "行": "xíng", "为": "wéi", "调": "tiáo", "发": "fā", "降": "jiàng",
           "差": "chā", "强": "qiáng", "量": "liàng"}


def traditional(text: str, rng: random.Random) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def pdf_layer(text: str, rng: random.Random) -> str:
    """Lines cut every 24-40 characters wherever they fall (inside numbers and names too), a page
    mark and a running header every ~1,400 characters."""
    out, col, since_page, page = [], 0, 0, 1
    width = rng.randint(24, 40)
    for ch in text:
        if ch == "\n":
            out.append(ch)
            col = 0
            continue
        out.append(ch)
        col += 1
        since_page += 1
        if col >= width:
            out.append("\n")
            col, width = 0, rng.randint(24, 40)
            if since_page > 1400:
                page += 1
                out.append(f"— {page} —\n")
                since_page = 0
    return "".join(out)


def spaced(text: str, rng: random.Random) -> str:
    """A third of the lines with a space between every two characters (a PDF's spaced glyphs)."""
    lines = text.split("\n")
    return "\n".join(" ".join(line) if rng.random() < 0.33 else line for line in lines)


# (not the comma: a full-width one is the Chinese comma, which no report puts inside 39,175)
_FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%.:;()"}


def fullwidth(text: str, rng: random.Random) -> str:
    return "".join(_FW.get(c, c) for c in text)


def pinyin(text: str, rng: random.Random) -> str:
    return "".join(c + f"({_PINYIN[c]})" if c in _PINYIN and rng.random() < 0.5 else c for c in text)


def web_page(text: str, rng: random.Random) -> str:
    """The report as a government web page: navigation, a share bar and a footer around <p>s."""
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
    title = html.escape(next((p.strip() for p in text.split("\n") if p.strip()), "")[:40])
    return (f"<html><head><meta charset='utf-8'><title>{title}_政务公开</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/zwgk'>政务公开</a> <a href='/hd'>互动交流</a></div>"
            "<div class='tools'>【字体：大 中 小】 打印本页 关闭窗口</div>"
            f"<div class='article'>{paras}</div>"
            "<div class='share'>分享到：微信 微博 QQ空间</div>"
            "<div class='footer'>主办单位：人民政府办公室 备案号：京ICP备05070218号 网站标识码1100000088</div>"
            "</body></html>")


def windows(text: str, rng: random.Random) -> str:
    """Saved on Windows from a word processor: \r\n line ends, paragraphs indented by two
    ideographic or no-break spaces."""
    indent = rng.choice(["\u3000\u3000", "\xa0\xa0"])
    return "\r\n".join(indent + line if line.strip() else line for line in text.split("\n"))


def sentence_lines(text: str, rng: random.Random) -> str:
    """A page that sets each sentence in its own paragraph (some news sites): a line break after every 。."""
    return text.replace("。", "。\n")


PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "traditional": traditional, "pdf_layer": pdf_layer, "spaced": spaced, "fullwidth": fullwidth,
    "pinyin": pinyin, "web_page": web_page, "windows": windows, "sentence_lines": sentence_lines,
}


def load_gold(gold_dir: Path) -> dict[str, dict]:
    return {g["doc"]: g for g in (json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json")))}


def run(gold: dict[str, dict], texts_dir: Path, name: str | None, seed: int = 7):
    """Score the clean texts (``name`` None) or one perturbation of them; returns (report, bad
    quotes) where bad quotes lists facts whose quote is not the text as read at its offsets."""
    from planwatch.api import process
    from planwatch.evaluate import score
    from planwatch.ingest import read_bytes

    lines, bad = [], []
    for doc in sorted(gold):
        path = texts_dir / doc
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        rng = random.Random(f"{seed}:{doc}")
        if name is None:
            raw, fmt = text, "txt"
        else:
            raw = PERTURBATIONS[name](text, rng)
            fmt = "html" if name == "web_page" else "txt"
        for rec in read_bytes(raw.encode("utf-8"), doc, fmt):
            d = process(rec)
            d.name = doc
            for f in d.facts:
                if rec.text[f.start:f.end] != f.quote:
                    bad.append((doc, f.quote, f.start, f.end))
            lines += d.lines()
    return score(gold, lines), bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold" / "dev"))
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "dev" / "texts"))
    ap.add_argument("--only", choices=sorted(PERTURBATIONS))
    ap.add_argument("--seed", type=int, default=7, help="another seed cuts lines and places noise elsewhere")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the errors the perturbation adds")
    a = ap.parse_args()
    gold = load_gold(Path(a.gold))
    clean, _ = run(gold, Path(a.texts), None)
    print(f"{'reading':14} {'facts F1':>8} {'Δ':>7} {'P':>6} {'R':>6} {'meta':>8} {'pledges':>7} {'bad quotes':>10}")
    print(f"{'clean':14} {clean.facts[2]:8.3f} {'':>7} {clean.facts[0]:6.3f} {clean.facts[1]:6.3f} "
          f"{clean.meta_right:>4}/{clean.meta_total:<3} {clean.pledges[2]:7.3f} {0:>10}")
    base = set(clean.lines)
    for name in [a.only] if a.only else PERTURBATIONS:
        rep, bad = run(gold, Path(a.texts), name, a.seed)
        print(f"{name:14} {rep.facts[2]:8.3f} {rep.facts[2] - clean.facts[2]:+7.3f} {rep.facts[0]:6.3f} "
              f"{rep.facts[1]:6.3f} {rep.meta_right:>4}/{rep.meta_total:<3} {rep.pledges[2]:7.3f} {len(bad):>10}")
        if a.verbose:
            for line in rep.lines:
                if line not in base and not line.lstrip().startswith(("EXTRA pledge", "MISS  pledge")):
                    print("   ", re.sub(r"\s+", " ", line)[:220])
            for b in bad[:10]:
                print("    BAD QUOTE", b)


if __name__ == "__main__":
    main()
