"""Clean a document's text for extraction while keeping a map back to the text as read.

Every character of the normalised text comes from exactly one character of the text as read
(characters are only kept, dropped or swapped one for one), so a span found in the
normalised copy maps back exactly: ``raw[to_raw_span(s, e)]`` is the source of ``norm[s:e]``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import vocab
from .lazyre import lazy

# full-width ASCII variants (digits, letters, ％．，etc.) and ideographic space, one for one
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[0xA0] = 0x20
# keep Chinese punctuation that the rules rely on as written
for ch in "，：；！？（）":
    _FULLWIDTH.pop(ord(ch), None)
_FULLWIDTH[ord("．")] = ord(".")
_FULLWIDTH[0x2014] = 0x2014  # keep em dash


class _Stage:
    """A piecewise map from one text to the text it was made from."""

    __slots__ = ("starts", "origins")

    def __init__(self, starts: list[int], origins: list[int]):
        self.starts = starts   # start of each kept run in the new text
        self.origins = origins  # where that run starts in the old text

    def back(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return pos
        return self.origins[i] + (pos - self.starts[i])


def compose(outer: _Stage, inner: _Stage) -> _Stage:
    """One stage for ``inner.back(outer.back(pos))``: each run of ``outer`` cut where a run of
    ``inner`` starts inside it (both begin at 0, as ``_drop`` makes them; the last run goes on)."""
    starts: list[int] = []
    origins: list[int] = []
    in_starts, in_origins = inner.starts, inner.origins
    out_starts = outer.starts
    last = len(out_starts) - 1
    for k, o in enumerate(outer.origins):
        s = out_starts[k]
        end = o + (out_starts[k + 1] - s) if k < last else None  # where the run ends in the middle text
        j = bisect_right(in_starts, o) - 1
        starts.append(s)
        origins.append(in_origins[j] + (o - in_starts[j]))
        for j in range(j + 1, len(in_starts)):
            if end is not None and in_starts[j] >= end:
                break
            starts.append(s + (in_starts[j] - o))
            origins.append(in_origins[j])
    return _Stage(starts, origins)


def _drop(text: str, spans: list[tuple[int, int]]) -> tuple[str, _Stage]:
    """Delete the given (sorted, possibly overlapping) spans."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    parts, starts, origins = [], [], []
    prev, n = 0, 0
    for s, e in merged:
        if s > prev:
            starts.append(n)
            origins.append(prev)
            parts.append(text[prev:s])
            n += s - prev
        prev = e
    if prev < len(text) or not starts:
        starts.append(n)
        origins.append(prev)
        parts.append(text[prev:])
    return "".join(parts), _Stage(starts, origins)


@dataclass
class Normalized:
    """Normalised text plus the map back to the text as read."""

    raw: str
    text: str
    _stages: list[_Stage] = field(default_factory=list, repr=False)
    simple: str = field(default="", repr=False)  # simplified(raw), kept for the metadata to read

    @cached_property
    def _map(self) -> _Stage | None:
        """The stages as one map (made on first use: one bisection per position, not one per stage)."""
        composed = None
        for st in reversed(self._stages):
            if st.starts == [0] and st.origins == [0]:
                continue  # nothing was dropped in this stage
            composed = st if composed is None else compose(composed, st)
        return composed

    def to_raw(self, pos: int) -> int:
        """Map the position of a character of ``text`` to that of its source character."""
        return pos if self._map is None else self._map.back(pos)

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            p = self.to_raw(start) if start < len(self.text) else len(self.raw)
            return p, p
        return self.to_raw(start), self.to_raw(end - 1) + 1

    def quote(self, start: int, end: int) -> tuple[str, int, int]:
        rs, re_ = self.to_raw_span(start, end)
        return self.raw[rs:re_], rs, re_

    def written(self, start: int, end: int) -> str:
        """A name at a span of ``text`` to store and search: as normalised (simplified script,
        half-width forms, no pinyin or page marks: 高標準農田 gives 高标准农田), with the spaces the
        text as read has between its characters put back ("1, 4-丁二醇")."""
        src = self.simple if len(self.simple) == len(self.raw) else self.raw
        out, prev = [], None
        for i in range(start, end):
            r = self.to_raw(i)
            if prev is not None and r > prev + 1 and not src[prev + 1:r].strip():
                out.append(src[prev + 1:r])
            out.append(self.text[i])
            prev = r
        return "".join(out)


@lru_cache(maxsize=1)
def _noise_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in vocab.noise_patterns()), re.M)


@lru_cache(maxsize=1)
def _noise_res() -> tuple[re.Pattern, ...]:
    """The noise patterns one by one: each that begins with a literal or a class is searched for by
    the engine's fast skip, where their alternation is tried at every character (twice as slow)."""
    return tuple(re.compile(p, re.M) for p in vocab.noise_patterns())


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return None
    return opencc.OpenCC("t2s")


_TRAD_HINT = lazy("[報屆會議顧總億預們國經濟發這會對學與業產區縣務實將為歲標設計劃項場開長]")

# spaces that PDF/web extraction puts inside numbers, between numbers and units, between
# Chinese characters; a space between two Latin letters or digits-and-letters is kept
_SPACE = lazy(r"[ \t\u00a0\u3000\u200b\ufeff]+")
_HEADING = lazy(
    r"^\s*(?:#{1,6}|\*\*|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[章节部分篇]|——|—|附件|附表)"
)
_MARKED_TITLE = lazy(r"\s*[◆■●▲★◇□▶►◎]\s*[^，,。；;：:%！？!?]{2,20}$")
_NO_JOIN_END = set("。！？；：:”」』!?;】")


def _convert_traditional(text: str) -> str:
    # these characters never occur in simplified text, so a few are enough to tell
    if len(_TRAD_HINT.findall(text[:20000])) < 3:
        return text
    cc = _t2s()
    if cc is None:
        return text
    out = []
    for line in text.splitlines(keepends=True):
        conv = cc.convert(line)
        if len(conv) != len(line):  # phrase conversion changed the length: go char by char
            conv = "".join(c2 if len(c2 := cc.convert(c)) == 1 else c for c in line)
        out.append(conv)
    return "".join(out)


def _lone(text: str, i: int) -> bool:
    """The ASCII letter or digit at ``i`` stands alone: no letter or digit touches it."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(text) and text[j].isascii() and text[j].isalnum():
            return False
    return True


def _space_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    n = len(text)
    for m in _SPACE.finditer(text):
        s, e = m.span()
        a = text[s - 1] if s > 0 else "\n"
        b = text[e] if e < n else "\n"
        # keep spaces between Latin words ("R&D expenditure", "PM 2.5" is rare enough), but not
        # between the lone letters of spaced glyphs ("G D P", "P M 2 . 5")
        if ((a.isascii() and a.isalpha() and b.isascii() and b.isalnum()) or (a.isdigit() and b.isascii() and b.isalpha())) \
                and not (_lone(text, s - 1) and _lone(text, e)):
            continue
        spans.append((s, e))
    return spans


_NUMBER_GOES_ON = lazy(r"[\d.%％]|(?:万亿|亿|万|千)?(?:元|美元|吨|斤|人|户|家|个|亩|公里|平方米|千瓦)|个百分点")


@lru_cache(maxsize=1)
def _name_halves() -> dict[str, tuple[str, ...]]:
    """The indicator names and aliases cut at each place: first half -> the second halves."""
    out: dict[str, set[str]] = {}
    for ind in vocab.indicators().values():
        for a in (ind.name, *ind.aliases):
            a = a.lstrip("^")
            if len(a) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in a):
                for j in range(1, len(a)):
                    out.setdefault(a[:j], set()).add(a[j:])
    return {k: tuple(v) for k, v in out.items()}


def _breaks_a_name(before: str, after: str) -> bool:
    """Whether a line break between ``before`` and ``after`` cuts an indicator's name ("地区生产\n总值")."""
    halves = _name_halves()
    for j in range(1, min(len(before), 12) + 1):
        for rest in halves.get(before[-j:], ()):
            if after.startswith(rest):
                return True
    return False


_MAGNITUDE_END = lazy(r"\d(?:万亿|亿|万|千|百)$")  # "2.62万\n亿元": the number's unit goes on too
_RANGE_GOES_ON = lazy(r"[-—–－~～]\s*\d")
_CLAUSE_MARK = lazy(r"[，,、；;]")


def _join_spans(text: str) -> list[tuple[int, int]]:
    """Line breaks inside a sentence (PDF columns, newspaper pages): drop them."""
    spans = []
    cut_end = -1
    for m in re.finditer(r"\n+", text):
        s, e = m.span()
        if s == 0 or e >= len(text):
            continue
        prev = text[s - 1]
        # a number broken over lines ("74.4\n万亿元", "3158\n6元") is joined whatever the line
        if (prev.isdigit() or prev == "." or prev in "万亿千百" and _MAGNITUDE_END.search(text, max(0, s - 12), s)) \
                and _NUMBER_GOES_ON.match(text, e):
            spans.append((s, e))
            continue
        if text[e:e + 1] in "）)」』”’。，、；：！？,;!?":
            # a line cannot open with a closing mark or a comma, whatever ends the line before:
            # "（PM\n2.5\n）", "实现“十二连增”\n，居民消费价格…"
            spans.append((s, e))
            continue
        line_start = text.rfind("\n", 0, s) + 1
        prev_line = text[line_start:s]
        if _MARKED_TITLE.match(text, line_start, s):
            continue  # a news page's sub-head ("◆回眸2025"), though it ends with a digit
        if prev in _NO_JOIN_END or prev == "*" or prev == "#":
            # a closing quote ends a line mid-sentence when a page cut falls after a quoted term
            # ("…为指导，实化量化“十四五”\n时期…"): the line goes on if it is long, holds a clause mark
            # and the quote does not close a sentence
            if not (prev in "”」』" and text[s - 2:s - 1] not in _NO_JOIN_END and len(prev_line.strip()) >= 16
                    and _CLAUSE_MARK.search(prev_line)):
                continue
        if (prev.isdigit() or prev == "%") and _RANGE_GOES_ON.match(text, e):
            spans.append((s, e))  # "增长7%\n—7.5%": a range, not a dash opening a line
            continue
        if prev == "%" and text[e:e + 1].isdigit():
            continue  # no number goes on after its %: one item a line ("增长9.1%\n160个重点项目…")
        if _HEADING.match(prev_line) and len(prev_line) < 60 and "。" not in prev_line:
            continue  # a heading; a bullet that holds a full sentence ("——…。…（PM") goes on
        nxt = text[e : e + 12]
        if _HEADING.match(nxt) or nxt.startswith(("——", "#", "*", "-", "|")):
            continue
        first = nxt[:1]
        if not (first.isalnum() or first in "%“‘(（、，,."):
            continue
        # a short line that ends without punctuation is a title or a byline, unless a number is
        # being broken (“9%\n以上”, “42.\n5”), it holds a comma ("外贸出口106.6亿元，增\n长"), it
        # goes on from a full line cut by the page width ("…任务。全\n年预计实现生产总\n值", short only
        # once the pinyin after each character is dropped), or the break cuts an indicator's name
        # (a narrow column: "全县地区生产\n总值增长6.5%"; a list of short bullets does none of these)
        if (len(prev_line.strip()) < 16 and not (prev.isdigit() or prev in "%." or first.isdigit() or first == "%")
                and not _CLAUSE_MARK.search(prev_line) and cut_end != line_start
                and not _breaks_a_name(prev_line, nxt)):
            continue
        spans.append((s, e))
        if len(prev_line.strip()) >= 16:
            cut_end = e
    return spans


_DIGITS = lazy(r"\d+")


def _is_mark(line: str) -> bool:
    """A line that is only a page mark or other noise ("— 3 —", "第3页 共20页")."""
    s = line.strip()
    return bool(s) and _noise_re().fullmatch(s) is not None


def _running_header_spans(text: str) -> list[tuple[int, int]]:
    """A page's running header or footer ("安吉县人民政府工作报告", "政府工作报告（第3页）"): a short
    line, the same on two pages or more (page numbers aside), one copy of which stands next to a page
    mark or between a line that does not end a sentence and one that goes on. All its copies go but
    one opening the document (the title); a line that only repeats (a heading) is kept."""
    lines = text.split("\n")
    keys = [_DIGITS.sub("#", ln.strip()) if 4 <= len(ln) <= 60 else "" for ln in lines]
    counts: dict[str, int] = {}
    for k in keys:
        if k:
            counts[k] = counts.get(k, 0) + 1
    repeated = {k for k, c in counts.items() if c >= 2 and k[-1] not in _NO_JOIN_END and k[-1] not in "，,、"
                and "。" not in k and not _HEADING.match(k)}
    if not repeated:
        return []
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    found: dict[str, list[int]] = {}
    proven = set()
    for i, k in enumerate(keys):
        if k not in repeated or _is_mark(lines[i]):
            continue
        mark = False
        j = i - 1  # the lines around it, blank lines and page marks aside
        while j >= 0 and (not lines[j].strip() or _is_mark(lines[j])):
            mark = mark or bool(lines[j].strip())
            j -= 1
        before = lines[j].rstrip() if j >= 0 else ""
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or _is_mark(lines[j])):
            mark = mark or bool(lines[j].strip())
            j += 1
        after = lines[j].lstrip() if j < len(lines) else ""
        if not before:
            continue  # the first line of a document is its title, whatever pages repeat it
        found.setdefault(k, []).append(i)
        if mark or after and before[-1] not in _NO_JOIN_END and (after[0].isalnum() or after[0] in "%，、"):
            proven.add(k)
    return sorted((starts[i], starts[i] + len(lines[i])) for k in proven for i in found[k])


_LONE_NUMBER = lazy(r"\n[ \t]*\d{1,3}[ \t]*(?=\n)")
_HAN_CHAR = lazy(r"[\u4e00-\u9fff]")


def _page_number_spans(text: str) -> list[tuple[int, int]]:
    """A page number alone on its line where a page break cut a sentence between two Chinese
    characters ("一般公共预算收\n12\n入增长8%"); read into the sentence it would be a figure."""
    spans = []
    for m in _LONE_NUMBER.finditer(text):
        s, e = m.start(), m.end()
        nxt = e + 1
        while nxt < len(text) and text[nxt] in " \t\n":
            nxt += 1
        if s > 0 and _HAN_CHAR.match(text, s - 1) and nxt < len(text) and _HAN_CHAR.match(text, nxt):
            spans.append((s + 1, e))
    return spans


_HAS_FULLWIDTH = lazy("[" + "".join(re.escape(chr(c)) for c in _FULLWIDTH if _FULLWIDTH[c] != c) + "]")


def _fold(text: str) -> str:
    # one replace per distinct character present (mostly the ideographic space of indented
    # paragraphs): str.translate with a table looks up every character, five times slower
    for c in set(_HAS_FULLWIDTH.findall(text)):
        text = text.replace(c, chr(_FULLWIDTH[ord(c)]))
    return text


_CN_YEAR = lazy("(?:二[〇零○]|一九)[〇零○一二三四五六七八九]{2}(?=年)")
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def digit_years(text: str) -> str:
    """The text with years written in Chinese numerals ("二〇二四年", "到二〇三〇年") in digits, one
    for one: the same length, so every offset (and the quotes, taken from the text as read) stays."""
    if "〇" not in text and "○" not in text and "零" not in text and "一九" not in text:
        return text
    return _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_YEAR_DIGITS), text)


def simplified(raw: str) -> str:
    """The text as read with full-width forms folded and traditional characters converted:
    same length, same offsets (for reading titles and bylines, where spaces matter)."""
    return _convert_traditional(_fold(raw))


def normalize(raw: str) -> Normalized:
    """Normalise ``raw`` (the text as read) for extraction."""
    text = simple = simplified(raw)
    stages: list[_Stage] = []
    if "\r" in text:
        # \r\n to \n as a drop of the \r (the offsets stay mapped), a lone \r to \n one for one
        text, st = _drop(text, [(m.start(), m.end()) for m in re.finditer(r"\r(?=\n)", text)])
        stages.append(st)
        text = text.replace("\r", "\n")
    # web chrome and page marks, and the running headers of the pages
    spans = [m.span() for p in _noise_res() for m in p.finditer(text)] + _running_header_spans(text) \
        + _page_number_spans(text)
    if spans:
        text, st = _drop(text, spans)
        stages.append(st)
    text, st = _drop(text, _space_spans(text))
    stages.append(st)
    text, st = _drop(text, _join_spans(text))
    stages.append(st)
    return Normalized(raw=raw, text=text, _stages=stages, simple=simple)
