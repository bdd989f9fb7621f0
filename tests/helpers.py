"""Helpers the tests of several rounds share that are not a document's facts or pledges (those are tests/factkeys.py's):
the example reports' texts, whether a pattern lets re skip to its first characters, a narrow PDF layer cut by count, and
the prefecture city's report some rounds wrap a sentence in. Each was copied into two or three test files before (cod49); the tests keep their local names for them."""
from __future__ import annotations

import re
from pathlib import Path

try:  # (Python 3.11 and later; sre_compile before)
    from re import _compiler as _sre_compile, _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent


def example_texts() -> list[str]:
    """The texts of the example reports (examples/*.txt), in their files' order."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]


def skips_in_c(pattern: re.Pattern) -> bool:
    """Whether re searches ``pattern`` by skipping to its first characters (what _compile_info gives it: a literal
    prefix or a charset of first characters), the speed a vocabulary's pattern must keep (tests/test_spd44.py)."""
    p = _sre_parse.parse(pattern.pattern, pattern.flags)
    return bool(_sre_compile._get_literal_prefix(p, pattern.flags)[0]) or \
        _sre_compile._get_charset_prefix(p, pattern.flags) is not None


def cut_lines(paras: list[str], width: int, keep_figures: bool = False) -> list[str]:
    """A PDF text layer cut by count: ``width`` characters a line, a closing mark kept on the line it closes (避头尾),
    and with ``keep_figures`` a figure kept whole on its line (the cut moved back before its digits, as a typesetter
    does), each paragraph's lines in turn."""
    out = []
    for p in paras:
        i = 0
        while i < len(p):
            j = min(i + width, len(p))
            while j < len(p) and p[j] in "，。；：、）》%":
                j += 1
            k = j
            while keep_figures and i + 5 < k < len(p) and (p[k].isdigit() or p[k] == ".") \
                    and (p[k - 1].isdigit() or p[k - 1] == "."):
                k -= 1
            out.append(p[i:k])
            i = k
    return out


def cut_text(paras: list[str], width: int, keep_figures: bool = False) -> str:
    """``cut_lines`` as the layer's text, a line break after each line."""
    return "\n".join(cut_lines(paras, width, keep_figures)) + "\n"


def city_report(body: str, year: int) -> str:
    """A prefecture city's government work report text (南阳市, January of ``year``) holding ``body``."""
    return (f"政府工作报告\n——{year}年1月12日在南阳市第十届人民代表大会第二次会议上\n市长  王刚\n\n各位代表：\n" + body + "\n")
