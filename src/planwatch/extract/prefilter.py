"""Skip ahead to where a pattern can match: the same matches as ``pattern.finditer``, found faster.

:class:`Skipping`: a pattern that opens with a lookbehind (``(?<![比较])去年``) or an alternation of groups gets no
first-character prefilter from ``re``, which then tries every branch at every position. Every match
of a pattern that cannot match the empty string begins with one of its possible first characters,
so the scan may start at the first of those in the window: nothing before it can match, and the
lookbehinds still see the text before the start. Where the first two characters can be read too
(``去年|上年``), only the places where two of them stand are tried (a common first character
such as 一 or 上 is then passed over in ``re``, not tried in Python).

:class:`Anchored`: a pattern whose first characters are common (一、二产业增加值) but which must
contain some word (增加值) and is at most W characters long can only start in the W characters
before that word; only there is it tried.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, update_wrapper

from ..recache import memo


def once(fn):
    """``fn()``, a function of no argument (a vocabulary's table, a pattern built at first use), computed at
    its first call and kept; ``cache_clear()`` forgets it. What ``lru_cache(maxsize=1)`` did for these,
    cheaper at each later call: a hit of the cache built and hashed its key, looked it up and moved it in
    its list (about 200 instructions compiled, some 900 calls a report), where this reads a list."""
    kept: list = []

    def cached():
        if kept:
            return kept[0]
        value = fn()
        kept.append(value)
        return value

    update_wrapper(cached, fn)
    cached.cache_clear = kept.clear
    return cached


try:  # compiled by Cython (setup.py) this reads True; pure Python, with or without Cython installed, False
    import cython

    COMPILED = cython.compiled
except ImportError:
    COMPILED = False
try:  # (compiled: a str's characters read from its buffer, its kind and data taken once a window, not a checked
    # call a character; pure Python these names are not used, and Cython's shadow module raises AttributeError)
    from cython.cimports.cpython.unicode import PyUnicode_DATA, PyUnicode_KIND, PyUnicode_READ
except (ImportError, AttributeError):
    pass

# --- where a set of heads (words of one to three characters) begins, by one loop in C over the text ---

_HMASK = 0xFFFF  # the pair and triple bits: hashed into 65,536 (a collision only adds a place to try)


def _hash2(c: int, d: int) -> int:
    return (c * 40503 + d) & _HMASK


def _hash3(c: int, d: int, e: int) -> int:
    return ((c * 40503 + d) * 40503 + e) & _HMASK


@once
def _decimal_digits() -> str:
    """The decimal digits of the basic plane (what \\d is there)."""
    return "".join(c for c in map(chr, range(0x10000)) if c.isdecimal())


@once
def _space_chars() -> str:
    """The white space of the basic plane (what \\s is there)."""
    return "".join(c for c in map(chr, range(0x10000)) if c.isspace())


def head_table(heads, astral: bool = False) -> tuple[bytes, bytes, bytes, bytes] | None:
    """The tables ``head_places`` reads for a set of heads: a byte per character of the basic plane (1: a
    head of one character begins with it, 2: one of two, 4: one of three) and one for every character
    beyond it (1 where ``astral``: each is a head of one character), the bits of the hashed pairs that are
    heads, of those that begin a head of three, and of the hashed triples. None where a head is empty,
    longer than three characters or begins beyond the basic plane (the caller then scans with ``re``)."""
    heads = set(heads)
    if not heads or any(not 1 <= len(h) <= 3 or ord(h[0]) > 0xFFFF for h in heads):
        return None
    first = bytearray(0x10001)
    first[0x10000] = 1 if astral else 0
    pairs, pre, triples = (bytearray((_HMASK + 1) >> 3) for _ in range(3))
    for h in heads:
        c = ord(h[0])
        first[c] |= 1 << (len(h) - 1)
        if len(h) >= 2:
            k = _hash2(c, ord(h[1]))
            (pairs if len(h) == 2 else pre)[k >> 3] |= 1 << (k & 7)
        if len(h) == 3:
            k = _hash3(c, ord(h[1]), ord(h[2]))
            triples[k >> 3] |= 1 << (k & 7)
    return bytes(first), bytes(pairs), bytes(pre), bytes(triples)


def head_places(text: str, lo: int, hi: int, first: bytes, pairs: bytes, pre: bytes, triples: bytes,
                stop: cython.bint = False) -> list:
    """The places in [lo, hi) where one of the heads of ``head_table`` stands whole before ``hi`` (and a
    few more, where hashed bits collide): every place where a pattern whose matches begin with those
    heads can match in text[lo:hi]. Compiled, a few instructions a character where ``re`` spends fifty on
    the class test of a first character alone; pure Python it is slow (``re`` scans there).

    The characters are read once each, in order (Cython reads a str's characters from its buffer in such a
    loop): a place is decided when its third character is read, the last two after the loop. ``stop``: only the
    first place (a list of one, or none), read no further (a place is decided by its own three characters, so the
    places from p on are those of ``head_places(text, p, hi, ...)``)."""
    out = []
    n: cython.Py_ssize_t = min(hi, len(text))
    start: cython.Py_ssize_t = max(lo, 0)
    if start >= n:
        return out
    i: cython.Py_ssize_t = start - 2  # the place decided at each step: two before the character read
    a: cython.Py_ssize_t = 0  # the characters at i and i + 1, and their bytes of ``first`` (0 before start)
    b: cython.Py_ssize_t = 0
    fa: cython.Py_ssize_t = 0
    fb: cython.Py_ssize_t = 0
    c: cython.Py_ssize_t
    k: cython.Py_ssize_t
    ch: cython.Py_UCS4
    fp: cython.p_const_uchar = first
    pp: cython.p_const_uchar = pairs
    ep: cython.p_const_uchar = pre
    tp: cython.p_const_uchar = triples
    for ch in text[start:n]:
        c = ord(ch)
        if fa != 0:
            if fa & 1:
                out.append(i)
                if stop:
                    return out
            else:
                k = a * 40503 + b
                if fa & 2 and pp[(k & 0xFFFF) >> 3] & (1 << (k & 7)):
                    out.append(i)
                    if stop:
                        return out
                elif fa & 4 and ep[(k & 0xFFFF) >> 3] & (1 << (k & 7)):
                    k = (k * 40503 + c) & 0xFFFF
                    if tp[k >> 3] & (1 << (k & 7)):
                        out.append(i)
                        if stop:
                            return out
        a, fa = b, fb
        b, fb = c, fp[c if c <= 0xFFFF else 0x10000]
        i += 1
    # the last two places: no third character (a head of three cannot stand there), the last no second
    if fa != 0:
        if fa & 1:
            out.append(i)
        elif fa & 2:
            k = a * 40503 + b
            if pp[(k & 0xFFFF) >> 3] & (1 << (k & 7)):
                out.append(i)
    if fb & 1 and not (stop and out):
        out.append(i + 1)
    return out


def joint_first(t: tuple[bytes, bytes, bytes, bytes], u: tuple[bytes, bytes, bytes, bytes]) -> bytes:
    """The first-character bytes of two ``head_table``s in one (``t``'s in the low four bits, ``u``'s in the high)."""
    return bytes(a | (b << 4) for a, b in zip(t[0], u[0]))


def head_places_two(text: str, first: bytes, pairs: bytes, pre: bytes, triples: bytes, pairs2: bytes, pre2: bytes,
                    triples2: bytes) -> tuple[list, list]:
    """``head_places`` of two tables over the whole text in one walk (``first`` from ``joint_first``; the
    other bits of the first table, then of the second): each character read and looked up once.

    (The same walk as ``head_places``, kept apart: ``head_places`` as this walk with an empty second table was
    measured at +0.13 M instructions a report, its 150 window calls a report paying the second table's checks.)"""
    out = []
    out2 = []
    n: cython.Py_ssize_t = len(text)
    if n == 0:
        return out, out2
    i: cython.Py_ssize_t = -2
    a: cython.Py_ssize_t = 0
    b: cython.Py_ssize_t = 0
    fa: cython.Py_ssize_t = 0
    fb: cython.Py_ssize_t = 0
    f: cython.Py_ssize_t
    c: cython.Py_ssize_t
    k: cython.Py_ssize_t
    m: cython.Py_ssize_t
    ch: cython.Py_UCS4
    fp: cython.p_const_uchar = first
    pp: cython.p_const_uchar = pairs
    ep: cython.p_const_uchar = pre
    tp: cython.p_const_uchar = triples
    pp2: cython.p_const_uchar = pairs2
    ep2: cython.p_const_uchar = pre2
    tp2: cython.p_const_uchar = triples2
    for ch in text:
        c = ord(ch)
        if fa != 0:
            k = a * 40503 + b
            m = (k * 40503 + c) & 0xFFFF
            f = fa & 15
            if f != 0:
                if f & 1:
                    out.append(i)
                elif f & 2 and pp[(k & 0xFFFF) >> 3] & (1 << (k & 7)):
                    out.append(i)
                elif f & 4 and ep[(k & 0xFFFF) >> 3] & (1 << (k & 7)) and tp[m >> 3] & (1 << (m & 7)):
                    out.append(i)
            f = fa >> 4
            if f != 0:
                if f & 1:
                    out2.append(i)
                elif f & 2 and pp2[(k & 0xFFFF) >> 3] & (1 << (k & 7)):
                    out2.append(i)
                elif f & 4 and ep2[(k & 0xFFFF) >> 3] & (1 << (k & 7)) and tp2[m >> 3] & (1 << (m & 7)):
                    out2.append(i)
        a, fa = b, fb
        b, fb = c, fp[c if c <= 0xFFFF else 0x10000]
        i += 1
    # the last two places: no third character, the last no second
    if fa != 0:
        k = a * 40503 + b
        f = fa & 15
        if f & 1 or f & 2 and pp[(k & 0xFFFF) >> 3] & (1 << (k & 7)):
            out.append(i)
        f = fa >> 4
        if f & 1 or f & 2 and pp2[(k & 0xFFFF) >> 3] & (1 << (k & 7)):
            out2.append(i)
    if fb & 1:
        out.append(i + 1)
    if (fb >> 4) & 1:
        out2.append(i + 1)
    return out, out2


def class_table(first: str, follow: str | None, guarded: str = "", not_after: str = "") -> tuple[bytes, bytes, bytes]:
    """The tables ``class_places`` reads: a place's character is one of ``first`` (or any beyond the basic
    plane), the next one of ``follow`` (or beyond it; any character where ``follow`` is None), and before a
    character of ``guarded`` none of ``not_after`` (as a pattern ``(?P<first>[…])(?=[…])`` whose branch for
    ``guarded`` looks behind)."""
    f, b = bytearray(0x10001), bytearray(0x10001)
    n = bytearray(0x10001) if follow is not None else bytearray(b"\x01" * 0x10001)
    f[0x10000] = n[0x10000] = 1
    follow = follow or ""
    for ch in first:
        if ord(ch) <= 0xFFFF:
            f[ord(ch)] = 1
    for ch in guarded:
        if f[ord(ch)]:
            f[ord(ch)] = 3
    for ch in follow:
        if ord(ch) <= 0xFFFF:
            n[ord(ch)] = 1
    for ch in not_after:
        if ord(ch) <= 0xFFFF:
            b[ord(ch)] = 1
    return bytes(f), bytes(n), bytes(b)


def class_places(text: str, lo: int, hi: int, first: bytes, follow: bytes, before: bytes) -> list:
    """The places in [lo, hi) that ``class_table``'s classes allow (the character before a place is read
    even before lo, as a lookbehind sees it): every place where such a pattern can match in text[lo:hi]."""
    out = []
    n: cython.Py_ssize_t = min(hi, len(text))
    start: cython.Py_ssize_t = max(lo, 0)
    if start >= n:
        return out
    i: cython.Py_ssize_t = start - 1  # the place decided at each step: the one before the character read
    c: cython.Py_ssize_t
    p: cython.Py_ssize_t = -1  # the characters at i - 1 and i (-1: none), and a's byte of ``first`` (0 before start)
    a: cython.Py_ssize_t = ord(text[start - 1]) if start > 0 else -1
    fa: cython.Py_ssize_t = 0
    ch: cython.Py_UCS4
    fp: cython.p_const_uchar = first
    np_: cython.p_const_uchar = follow
    bp: cython.p_const_uchar = before
    for ch in text[start:n]:
        c = ord(ch)
        if fa != 0 and np_[c if c <= 0xFFFF else 0x10000] and not (fa & 2 and p >= 0 and bp[p if p <= 0xFFFF else 0x10000]):
            out.append(i)
        p = a
        a = c
        fa = fp[c if c <= 0xFFFF else 0x10000]
        i += 1
    return out


# --- the first or last mark (a character of a small set: stops, commas) in a window, by a loop in C ---

_MARKS_BACK: list = [("", "")]  # (pure Python) the last text searched backwards, and it backwards


def marks(chars: str) -> tuple[bytes, re.Pattern]:
    """What ``find_mark`` and ``rfind_mark`` read for a set of marks (characters of the basic plane): a byte per
    character of the plane and one for all beyond it (1: a mark), and the class as a pattern (pure Python)."""
    table = bytearray(0x10001)
    for ch in chars:
        if ord(ch) > 0xFFFF:
            raise ValueError(f"a mark beyond the basic plane: {ch!r}")
        table[ord(ch)] = 1
    return bytes(table), re.compile("[" + re.escape(chars) + "]")


def find_mark(text: str, lo: int, hi: int, m: tuple) -> int:
    """The first place in text[lo:hi] (lo below 0 read as 0) that holds a mark of ``m`` (``marks``), or -1:
    ``m[1].search(text, lo, hi)``'s start, without a match object and ``re``'s class test of fifty
    instructions a character (compiled)."""
    if not COMPILED:
        f = m[1].search(text, lo, hi)
        return f.start() if f is not None else -1
    n: cython.Py_ssize_t = min(hi, len(text))
    i: cython.Py_ssize_t = max(lo, 0)
    if i >= n:
        return -1
    c: cython.Py_ssize_t
    tp: cython.p_const_uchar = m[0]
    kind: cython.int = PyUnicode_KIND(text)
    data: cython.p_void = PyUnicode_DATA(text)
    # (0 <= i < len(text): read from the str's buffer in line, not through a call a character)
    while i < n:  # (by index: a loop over text[i:n] would copy the rest of the window first, read or not)
        c = PyUnicode_READ(kind, data, i)
        if c <= 0xFFFF and tp[c]:
            return i
        i += 1
    return -1


def rfind_mark(text: str, lo: int, hi: int, m: tuple) -> int:
    """The last place in text[lo:hi] (lo below 0 read as 0) that holds a mark of ``m``, or -1 (pure Python: the
    first in the text backwards, which a search skips to in C)."""
    if not COMPILED:
        held = _MARKS_BACK[0]
        if held[0] is not text:
            held = _MARKS_BACK[0] = (text, text[::-1])
        n0 = len(text)
        f = m[1].search(held[1], n0 - min(hi, n0), n0 - max(lo, 0))
        return n0 - 1 - f.start() if f is not None else -1
    low: cython.Py_ssize_t = max(lo, 0)
    i: cython.Py_ssize_t = min(hi, len(text)) - 1
    c: cython.Py_ssize_t
    tp: cython.p_const_uchar = m[0]
    kind: cython.int = PyUnicode_KIND(text)
    data: cython.p_void = PyUnicode_DATA(text)
    while i >= low:  # (0 <= low <= i < len(text))
        c = PyUnicode_READ(kind, data, i)
        if c <= 0xFFFF and tp[c]:
            return i
        i -= 1
    return -1


_NOT_SPACE = re.compile(r"\S")  # (re's \s is str.isspace: the same characters ``str.strip`` takes off)


def blank(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] (lo below 0 read as 0) holds only white space: ``not text[lo:hi].strip()`` without a
    copy of the window, which may be long (the gap back to a list's end, read for every paragraph after it), read
    up to its first character that is not a space."""
    if not COMPILED:
        return _NOT_SPACE.search(text, lo, hi) is None
    n: cython.Py_ssize_t = min(hi, len(text))
    i: cython.Py_ssize_t = max(lo, 0)
    ch: cython.Py_UCS4
    kind: cython.int = PyUnicode_KIND(text)
    data: cython.p_void = PyUnicode_DATA(text)
    while i < n:  # (0 <= lo <= i < len(text))
        ch = PyUnicode_READ(kind, data, i)
        if not ch.isspace():
            return False
        i += 1
    return True


class HeadScan:
    """``pattern.finditer(text, lo, hi)`` as a list, for a pattern every match of which begins with one of
    ``heads`` (one to three characters; by default read from the pattern). Compiled, the places where a
    head stands are found by ``head_places`` and the pattern is tried there, in order, the next try after
    the end of a match: the same matches, without ``re``'s class test at every character. Pure Python,
    or where the heads are not known, ``re`` scans."""

    def __init__(self, pattern: re.Pattern, heads=None):
        self.pattern = pattern
        if heads is None and not pattern.flags & re.IGNORECASE:
            heads = first_heads(pattern.pattern, _HEAD_LEN, ahead=True)
        self.table = head_table(heads) if heads else None

    def finditer(self, text: str, lo: int = 0, hi: int | None = None) -> list[re.Match]:
        hi = len(text) if hi is None else hi
        if COMPILED and self.table is not None:
            return self.by_heads(text, lo, hi)
        return list(self.pattern.finditer(text, lo, hi))

    def search(self, text: str, lo: int = 0, hi: int | None = None) -> re.Match | None:
        """``pattern.search(text, lo, hi)``: the first match from the heads' places."""
        hi = len(text) if hi is None else hi
        if COMPILED and self.table is not None:
            t = self.table
            match = self.pattern.match
            # (the first place, then the first after it, and so on: the places of the rest of the window are not
            # read once a match is found, most often at the first)
            places = head_places(text, lo, hi, t[0], t[1], t[2], t[3], True)
            while places:
                at = places[0]
                if (m := match(text, at, hi)) is not None:
                    return m
                places = head_places(text, at + 1, hi, t[0], t[1], t[2], t[3], True)
            return None
        return self.pattern.search(text, lo, hi)

    def by_heads(self, text: str, lo: int, hi: int) -> list[re.Match]:
        """``finditer`` by the heads' places (in both modes: a test compares it with ``re``'s)."""
        t = self.table
        assert t is not None
        out: list[re.Match] = []
        free = lo
        match = self.pattern.match
        for at in head_places(text, lo, hi, t[0], t[1], t[2], t[3]):
            if at >= free and (m := match(text, at, hi)) is not None:
                out.append(m)
                free = m.end()
        return out


try:  # the parser re itself uses; Python 3.11+ (sre_parse before)
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

_ZERO_WIDTH = {_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}


def _first(items) -> tuple[set[str], bool] | None:
    """(the characters a match of the sequence can begin with, whether it can be empty), or None
    where the pattern uses something this does not read (a class like \\d, a back reference)."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes after it
        if op is _sre.LITERAL:
            return chars | {chr(av)}, False
        if op is _sre.IN:
            for iop, iav in av:
                if iop is _sre.LITERAL:
                    chars.add(chr(iav))
                elif iop is _sre.RANGE and iav[1] - iav[0] < 256:
                    chars.update(map(chr, range(iav[0], iav[1] + 1)))
                else:
                    return None
            return chars, False
        if op is _sre.SUBPATTERN:
            sub = _first(av[-1])
        elif op is _sre.BRANCH:
            subs = [_first(alt) for alt in av[1]]
            if any(s is None for s in subs):
                return None
            sub = set().union(*(s[0] for s in subs)), any(s[1] for s in subs)
        elif op in _REPEATS:
            sub = _first(av[2])
            if sub is not None and av[0] == 0:
                sub = sub[0], True
        else:
            return None
        if sub is None:
            return None
        chars |= sub[0]
        if not sub[1]:
            return chars, False
    return chars, True


@lru_cache(maxsize=256)
def _parse(pattern: str):
    """The pattern as ``re`` reads it (read once: both questions below ask), or None."""
    try:
        return _sre.parse(pattern)
    except Exception:  # pragma: no cover - an unfamiliar parser: no prefilter
        return None


@memo
def _least_width(pattern: str) -> int | None:
    """The fewest characters a match of ``pattern`` takes, or None if it cannot be read."""
    parsed = _parse(pattern)
    return None if parsed is None else parsed.getwidth()[0]


@memo
def first_chars(pattern: str) -> str | None:
    """The characters every match of ``pattern`` starts with, or None if that is not known (or it
    can match the empty string)."""
    parsed = _parse(pattern)
    found = None if parsed is None else _first(parsed)
    if found is None or found[1] or not found[0]:
        return None
    return "".join(sorted(found[0]))


class _Every:
    """Holds every string: the first characters of a pattern that are not known."""

    def __contains__(self, _: object) -> bool:
        return True


def first_set(pattern: re.Pattern) -> frozenset[str] | _Every:
    """The characters a match of ``pattern`` can begin with, to test ``text[i:i + 1] in`` before the
    pattern is tried at i (a test of a character costs a tenth of a try); every string if they are
    not known. No match is empty, so an empty slice (past the end) is in none."""
    chars = None if pattern.flags & re.IGNORECASE else first_chars(pattern.pattern)
    return frozenset(chars) if chars else _Every()


_MAX_HEADS = 2000  # past this many, the first two characters are no cheaper test than the first one
_HEAD_LEN = 3  # the characters of a place a set of patterns is looked up by (see SkippingSet)


def _heads(items, k: int, tail: bool = False) -> set[str] | None:
    """The first ``k`` characters of every match of the sequence (a whole match if it is shorter),
    or None where the pattern uses something this does not read or there are too many. ``tail``:
    the sequence ends the match, and a lookahead that ends it is read as the text that must follow
    (the first characters at a place where the pattern matches, not of the match: "投资(?=增长)" → 投资增)."""
    partial, done = {""}, set()
    items = list(items)
    for j, (op, av) in enumerate(items):
        last = tail and j == len(items) - 1
        if op in _ZERO_WIDTH and not (last and op is _sre.ASSERT and av[0] == 1):
            continue  # consumes nothing (the prefixes may be more than the matches, never fewer)
        cache: dict[int, set[str] | None] = {}
        grown: set[str] = set()
        for p in partial:
            r = k - len(p)
            if r not in cache:
                if op is _sre.ASSERT:  # a lookahead after the match: what it reads, if that is known
                    cache[r] = _heads(av[1], r)
                    if cache[r] is None:
                        cache[r] = {""}
                else:
                    cache[r] = _item_heads(op, av, r, last)
            if cache[r] is None:
                return None
            for h in cache[r]:
                (done if len(p) + len(h) == k else grown).add(p + h)
        partial = grown
        if len(partial) + len(done) > _MAX_HEADS:
            return None
        if not partial:
            return done
    return done | partial


def _item_heads(op, av, r: int, tail: bool = False) -> set[str] | None:
    """``_heads`` of one item of a sequence, for ``r`` characters (``tail``: the item ends the match)."""
    if op is _sre.LITERAL:
        return {chr(av)}
    if op is _sre.IN:
        found = _first([(op, av)])
        return None if found is None else set(found[0])
    if op is _sre.SUBPATTERN:
        return _heads(av[-1], r, tail)
    if op is _sre.BRANCH:
        alts = [_heads(alt, r, tail) for alt in av[1]]
        return None if any(a is None for a in alts) else set().union(*alts)
    if op in _REPEATS:
        lo, hi, sub = av
        out = {""} if lo == 0 else set()
        cur = {""}  # the prefixes after n repeats that are still shorter than r
        n = 0
        # past the least number of repeats, r more fill any prefix of r characters (an empty repeat adds none)
        while cur and n < min(hi, lo + r):
            n += 1
            grown: set[str] = set()
            for p in cur:
                hs = _heads(sub, r - len(p))
                if hs is None:
                    return None
                grown |= {p + h for h in hs}
            full = {p for p in grown if len(p) >= r}
            out |= full
            cur = grown - full
            if n >= lo:
                out |= cur  # the repeats may end here
            if len(out) + len(cur) > _MAX_HEADS:
                return None
        return out
    return None


def _cut_heads(items, k: int, tail: bool = False) -> tuple[set[str], set[str]] | None:
    """The heads of a sequence where ``_heads`` cannot read all of them: each match's first ``k`` characters,
    or fewer where what follows them is not read (a class like \\d, a negated class): "由[\\d.]+…调整为" → 由,
    "在预期" → 在预期, where ``_heads`` gives up on the whole pattern and a scan falls back to every first character
    (a window of a few characters then holds a place in most cases). (open, closed): the open ones are shorter than
    ``k`` because the sequence ends there (what follows it extends them), the closed ones are ``k`` long or cut
    (nothing may extend them). None where no head of one character at least is known."""
    partial, closed = {""}, set()
    items = list(items)
    for j, (op, av) in enumerate(items):
        last = tail and j == len(items) - 1
        if op in _ZERO_WIDTH and not (last and op is _sre.ASSERT and av[0] == 1):
            continue
        grown: set[str] = set()
        for p in partial:
            r = k - len(p)
            if op is _sre.SUBPATTERN or op is _sre.BRANCH:
                subs = [_cut_heads(av[-1], r, last)] if op is _sre.SUBPATTERN else [_cut_heads(alt, r, last) for alt in av[1]]
                if any(sub is None for sub in subs):
                    if not p:
                        return None
                    closed.add(p)  # (cut before the group)
                    continue
                for o, c in subs:  # type: ignore[misc]
                    closed.update(p + h for h in c)
                    for h in o:
                        (closed if len(p) + len(h) == k else grown).add(p + h)
                continue
            hs = None
            n = r
            while n >= 1:  # (the item's first r characters, else fewer: those it reads whole are open still)
                hs = _heads([(op, av)], n, last)
                if hs is not None:
                    break
                n -= 1
            if hs is None:
                if not p:
                    return None
                closed.add(p)
                continue
            for h in hs:
                if len(p) + len(h) == k or (n < r and len(h) == n):
                    closed.add(p + h)
                else:
                    grown.add(p + h)
        partial = grown
        if len(partial) + len(closed) > _MAX_HEADS:
            return None
        if not partial:
            break
    return partial, closed  # (an open "" where the group can be empty: cut_heads refuses it at the top)


@lru_cache(maxsize=256)
def cut_heads(pattern: str, k: int) -> frozenset[str] | None:
    """``first_heads(pattern, k, ahead=True)`` where that is known, else the heads ``_cut_heads`` reads (of one to
    ``k`` characters; every match begins with one of them), or None."""
    parsed = _parse(pattern)
    found = None if parsed is None else _cut_heads(parsed, k, True)
    if found is None:
        return None
    heads = found[0] | found[1]
    return frozenset(heads) if heads and "" not in heads else None


def first_pairs(pattern: str) -> set[str] | None:
    """The first two characters of every match of ``pattern`` (one, for a match of one character),
    or None if that is not known (or it can match the empty string)."""
    return first_heads(pattern, 2)


@lru_cache(maxsize=256)
@memo
def _first_heads(pattern: str, k: int, ahead: bool) -> frozenset[str] | None:
    parsed = _parse(pattern)
    found = None if parsed is None else _heads(parsed, k, ahead)
    if not found or "" in found:
        return None
    return frozenset(found)


def first_heads(pattern: str, k: int, ahead: bool = False) -> set[str] | None:
    """The first ``k`` characters of every match of ``pattern`` (the whole match, for a shorter
    one), or None if that is not known (or it can match the empty string). ``ahead``: of the text
    at a place where it matches, a lookahead at its end read too (the text it reads is in the window
    searched: a lookahead sees no further than the end of the search)."""
    found = _first_heads(pattern, k, ahead)
    return None if found is None else set(found)


class Skipping:
    """``finditer`` and ``search`` of a compiled pattern, trying it only where a match can begin
    (the prefilter is made on first use)."""

    def __init__(self, pattern: re.Pattern, first: re.Pattern | None = None):
        """``first``: a pattern of the characters a match can begin with, where the pattern's own
        cannot be read (a class like \\d)."""
        self.pattern = pattern
        self._start: re.Pattern | None | bool = False if first is None else first  # False: not made yet
        self._table: tuple[bytes, bytes, bytes, bytes] | None | bool = False  # (compiled: head_places' tables)

    def _prefilter(self) -> re.Pattern | None:
        if self._start is False:
            heads = None
            if not self.pattern.flags & re.IGNORECASE:
                heads = first_pairs(self.pattern.pattern) or set(first_chars(self.pattern.pattern) or "")
            self._start = re.compile(longest_first(heads)) if heads else None
        return self._start  # type: ignore[return-value]

    def _heads(self) -> tuple[bytes, bytes, bytes, bytes] | None:
        """head_places' tables of the places where ``_prefilter`` finds a match can begin, or None."""
        if self._table is False:
            first = self._prefilter()
            self._table = None
            if first is not None and "\\\\" not in first.pattern:
                # (\\d stands for every decimal digit: read as 0, a head that opens with it is every digit of
                # the basic plane and any character beyond; one that holds it later is cut before it)
                heads = first_heads(first.pattern.replace("\\d", "0"), _HEAD_LEN)
                if heads and "\\d" in first.pattern:
                    cut = {h[:h.index("0")] if "0" in h else h for h in heads}
                    heads = {h for h in cut if h} | (set(_decimal_digits()) if "" in cut else set())
                    self._table = head_table(heads, astral="" in cut) if heads else None
                elif heads:
                    self._table = head_table(heads)
        return self._table  # type: ignore[return-value]

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """As ``pattern.finditer``: the pattern tried at each place it can start, from the left, the
        next try after the end of a match (a match is never empty)."""
        end = len(text) if end is None else end
        if COMPILED and self._heads() is not None:  # (the places by a loop in C: head_places)
            return self.by_heads(text, start, end)
        first = self._prefilter()
        if first is None:
            return self.pattern.finditer(text, start, end)
        c = first.search(text, start, end)
        return () if c is None else self._tries(first, text, c.start(), end)

    def _tries(self, first: re.Pattern, text: str, at: int, end: int):
        seek, match = first.search, self.pattern.match
        while True:
            m = match(text, at, end)
            if m is not None:
                yield m
                at = m.end()
            else:
                at += 1
            c = seek(text, at, end)
            if c is None:
                return
            at = c.start()

    def by_heads(self, text: str, start: int, end: int) -> list[re.Match]:
        """``finditer`` from the places ``head_places`` finds (in both modes: a test compares it with ``re``'s)."""
        t = self._heads()
        assert t is not None
        out: list[re.Match] = []
        free = 0
        match = self.pattern.match
        for at in head_places(text, start, end, t[0], t[1], t[2], t[3]):
            if at >= free and (m := match(text, at, end)) is not None:
                out.append(m)
                free = m.end()
        return out

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
        return next(iter(self.finditer(text, start, end)), None)

_GATE_SET_MAX = 24  # (a set of more characters than this tests little and costs a scan of it: no test at that offset)
# (spd54 tested a set holding every decimal digit as its other characters or str.isdecimal: 606 of 8,331 tries a pass of
# the 70 reports skipped, but the walk cost more compiled, _each_at 59.2 -> 62.4 M a pass inclusive: taken out)
_GATE_DEPTH = 8  # the offsets read at most


def _in_chars(op, av) -> str | None:
    """The characters one item of a single character matches (a literal, a class of literals, ranges, \\d or \\s), or
    None where that is not read (a negated class, another category, any character)."""
    if op is _sre.LITERAL:
        return chr(av)
    if op is not _sre.IN:
        return None
    out = []
    for iop, iav in av:
        if iop is _sre.LITERAL:
            out.append(chr(iav))
        elif iop is _sre.RANGE and iav[1] - iav[0] < 256:
            out.extend(map(chr, range(iav[0], iav[1] + 1)))
        elif iop is _sre.CATEGORY and iav is _sre.CATEGORY_DIGIT:
            out.append(_decimal_digits())
        elif iop is _sre.CATEGORY and iav is _sre.CATEGORY_SPACE:
            out.append(_space_chars())  # (once: it was made at each \s read, 90 times a command's start)
        else:
            return None
    return "".join(out)


def _lead_chars(items) -> tuple[str, bool] | None:
    """(the characters a match of the sequence can begin with, whether it can be empty), as ``_first`` with \\d and
    \\s read too; None where it is not known."""
    chars: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        one = _in_chars(op, av)
        if one is not None:
            return "".join(chars) + one, False
        if op is _sre.SUBPATTERN:
            sub = _lead_chars(av[-1])
        elif op is _sre.BRANCH:
            subs = [_lead_chars(alt) for alt in av[1]]
            if any(x is None for x in subs):
                return None
            sub = "".join(x[0] for x in subs), any(x[1] for x in subs)  # type: ignore[index]
        elif op in _REPEATS:
            sub = _lead_chars(av[2])
            if sub is not None and av[0] == 0:
                sub = sub[0], True
        else:
            return None
        if sub is None:
            return None
        chars.append(sub[0])
        if not sub[1]:
            return "".join(chars), False
    return "".join(chars), True


def _offsets(items) -> tuple[list[str | None], bool]:
    """What every match of the sequence holds at its first offsets: a list, by offset from the match's start, of the
    characters it may hold there (None: any), read up to the first item whose width is not fixed (there, the
    characters the rest can begin with, then no further), and whether the whole sequence was read at fixed offsets.
    A lookbehind, a negative lookahead or an anchor consumes nothing and is passed over (the list may allow more than
    the matches hold, never less); a lookahead is read as the characters it must see at its offset, then no further."""
    out: list[str | None] = []
    for j, (op, av) in enumerate(items):
        if len(out) >= _GATE_DEPTH:
            return out, False
        if op is _sre.ASSERT_NOT or op is _sre.AT or op is _sre.ASSERT and av[0] < 0:
            continue
        if op is _sre.ASSERT:
            lead = _lead_chars(av[1])
            if lead is not None and not lead[1]:
                out.append(lead[0])
            return out, False
        one = _in_chars(op, av)
        if one is not None:
            out.append(one)
            continue
        fixed = None
        if op is _sre.SUBPATTERN and av[1] & re.IGNORECASE:
            return out, False  # (a group of its own flags: its letters are not read)
        if op is _sre.SUBPATTERN:
            fixed = _offsets(av[-1])
        elif op is _sre.BRANCH:
            alts = [_offsets(alt) for alt in av[1]]
            if all(done for _, done in alts) and len({len(o) for o, _ in alts}) == 1:
                fixed = [None if any(o[k] is None for o, _ in alts) else "".join(o[k] for o, _ in alts)  # type: ignore[misc]
                         for k in range(len(alts[0][0]))], True
        elif op in _REPEATS and av[0] == av[1] and av[0] < _GATE_DEPTH:
            sub = _offsets(av[2])
            if sub[1]:
                fixed = sub[0] * av[0], True
        if fixed is not None and fixed[1]:
            out.extend(fixed[0])
            continue
        lead = _lead_chars(items[j:])  # (the width is not fixed: what the rest begins with, then no further)
        if lead is not None and not lead[1]:
            out.append(lead[0])
        return out, False
    return out, True


def _alt_heads(items) -> set[str] | None:
    """The heads of one alternative of a pattern (as ``SkippingSet`` reads a pattern's), or None where not known."""
    found = _heads(items, _HEAD_LEN, True)
    if found and "" not in found:
        return found
    cut = _cut_heads(items, _HEAD_LEN, True)
    if cut is None:
        return None
    heads = cut[0] | cut[1]
    return heads if heads and "" not in heads else None


def _alt_anchor(alt) -> tuple[tuple[str, ...], int] | None:
    """A word one of which every match of the alternative (a parsed sequence) holds, and the longest a match can be:
    the last run of plain characters or plain alternation of words at its top level whose words are two characters or
    longer (the furthest from its head, which the place's key has read already), or None."""
    hi = alt.getwidth()[1]
    if hi >= _sre.MAXREPEAT:
        return None
    items = list(alt)
    while len(items) == 1 and items[0][0] is _sre.SUBPATTERN and not items[0][1][1]:
        items = list(items[0][1][-1])
    found: list[list[str]] = []
    run = ""
    for op, av in items + [(None, None)]:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append([run])
            run = ""
        if op is _sre.SUBPATTERN and av[1]:
            continue  # (a group of its own flags: its letters are not read)
        words = _words([(op, av)]) if op is not None else None
        if words:
            found.append(words)
    found = [ws for ws in found if min(map(len, ws)) >= 2]
    return (tuple(sorted(set(found[-1]))), hi) if found else None


def row_gates(pattern: str, keys) -> dict[str, tuple[tuple[tuple[int, str], ...], tuple[tuple[str, ...], int] | None] | None]:
    """For each key (the first characters of a place, as ``SkippingSet`` looks a place up), a test that a match of
    ``pattern`` at such a place must pass: (offset, the characters the text may hold there), the offsets past the
    key's own, or None where the key's characters already fail it (no match of the pattern can begin there).

    Why it is the same answer (spd51c): a match is a match of one top-level alternative; every match of an alternative
    begins with one of its heads (``_heads``/``_cut_heads``, read as for the whole pattern: a lookahead at its end is
    text within the window), and the key of its place is a prefix of the place's first three characters, as that head
    is: so one of the two begins the other. The alternatives of a key are those with a head that begins it or that it
    begins (an alternative whose heads are not known counts for every key): a match at the key's place is a match of
    one of them, and holds at each offset a character of the union of their sets (``_offsets``; an offset is tested
    only where all of them say which), before the window's end. The offsets within the key are the key's characters.
    And where each of them holds a word (``_alt_anchor``: a run of plain characters or a plain alternation of words at
    its top level, consumed), a match at the place holds one of their words within the longest match of theirs, before
    the window's end: (the words, that length), the anchor, or None. The value of a key: (the offsets' tests, the
    anchor), or None."""
    parsed = _parse(pattern)
    if parsed is None:
        return {}
    items = list(parsed)
    alts = items[0][1][1] if len(items) == 1 and items[0][0] is _sre.BRANCH else [parsed]  # (each parsed, with its width)
    read = [(_alt_heads(alt), _offsets(alt)[0], _alt_anchor(alt)) for alt in alts]
    # (a head begins the key or the key begins a head: one of the key's own prefixes is a head, or the key is a prefix of
    # one; looked up in sets, not each head tried: keys × heads made this most of a command's first-use set-up)
    begun = [None if heads is None else {h[:n] for h in heads for n in range(1, len(h) + 1)} for heads, _, _ in read]
    out: dict = {}
    for key in keys:
        mine_keys = [key[:n] for n in range(1, len(key) + 1)]
        ours = [(offs, anchor) for (heads, offs, anchor), pre in zip(read, begun)
                if heads is None or key in pre or any(k in heads for k in mine_keys)]  # type: ignore[operator]
        if not ours:
            continue  # (not this pattern's key: no test)
        mine = [offs for offs, _ in ours]
        # the words one of which a match holds within the longest of theirs (each alternative's match holds one of its
        # own within its own longest), where every alternative of the key names some; else None
        anchor = None
        if all(a is not None for _, a in ours):
            anchor = tuple(sorted({w for _, a in ours for w in a[0]})), max(a[1] for _, a in ours)  # type: ignore[index]
        n = min(map(len, mine))
        tests = []
        dead = False
        for k in range(n):
            if any(o[k] is None for o in mine):
                continue
            chars = "".join(sorted(set("".join(o[k] for o in mine))))  # type: ignore[misc]
            if k < len(key):
                if key[k] not in chars:
                    dead = True
                    break
            elif len(chars) <= _GATE_SET_MAX:
                tests.append((k, chars))
        out[key] = None if dead else (tuple(tests), anchor)
    return out


class SkippingSet:
    """The matches of several patterns in one window, each list as that pattern's ``finditer``
    gives it, from one walk over the places where any of them can begin (one search per place,
    not one per pattern)."""

    def __init__(self, patterns: list[re.Pattern]):
        self.patterns = patterns
        self.heads: set[str] = set()  # (made with the index)
        self._by_head: dict[str, list[int]] | None = None
        self._table: tuple[bytes, bytes, bytes, bytes] | None = None  # (compiled: head_places' tables)
        self._gated: dict[str, tuple] = {}  # (made with the index: each key's patterns and their tests, row_gates)

    def _index(self) -> dict[str, list[int]] | None:
        """Where the patterns can begin: the first three characters of a place (fewer, at the end of a
        window), or those of them that begin a head -> the patterns that can match there, in order."""
        if self._by_head is None:
            each: list[set[str]] = []
            for p in self.patterns:
                if p.flags & re.IGNORECASE or _least_width(p.pattern) in (None, 0):
                    # (a pattern that can match nothing: after an empty match finditer tries a longer one at
                    # the same place, which one match per place cannot give)
                    return None
                # the first three characters where they are known ("服务业" passes over most "服务", "一年"
                # most "一"), else the first two, else the first
                mine = first_heads(p.pattern, _HEAD_LEN, ahead=True) or set(cut_heads(p.pattern, _HEAD_LEN) or ()) \
                    or first_pairs(p.pattern) or set(first_chars(p.pattern) or "")
                if not mine:
                    return None  # one may start anywhere: each is scanned on its own
                each.append(mine)
            heads = self.heads = set().union(*each)
            # a key (a head, or the start of one) leads to the patterns with a head that begins it: the
            # characters at a place are looked up longest first, the first key found decides
            keys = {h[:n] for h in heads for n in range(1, len(h) + 1)}
            # (a head k starts with is one of k's own prefixes: looked up, not each head tried; a set of
            # a thousand heads made this a tenth of a second of a command's start-up)
            at_head: dict[str, list[int]] = {}
            for i, mine in enumerate(each):
                for h in mine:
                    at_head.setdefault(h, []).append(i)
            self._by_head = {k: sorted({i for n in range(1, len(k) + 1) for i in at_head.get(k[:n], ())}) for k in keys}
            # (read by their first two characters where no head is one character long: a place whose
            # second character begins no head fails in two class tests, not in a try of every branch;
            # Skipping's few pairs gain nothing from it: measured, 1 K instructions a report more)
            self._any = re.compile(longest_first_by_pairs(heads))
            self._table = head_table(heads) if COMPILED else None
            self._none = ((),) * len(self.patterns)
            # each key's patterns with the test a match there must pass (row_gates: the characters at a few offsets past
            # the key), a pattern the key's own characters fail left out: a place of "20" (a year, most often) tries the
            # patterns of 20\d\d年是, 20\d\d年以来, 20\d\d年(?:底|末)?(?:前|以前) only where 年是, 年以, 年前… follow,
            # where each try was a failed match (spd51c: of the strong cues' ~7,400 tries a pass of the 70 reports, ~2,000)
            gates = [row_gates(p.pattern, [k for k, rows in self._by_head.items() if i in rows])
                     for i, p in enumerate(self.patterns)]
            # (each key's patterns in two parts: those with no test, tried as before, and those with one, (i, tests, words,
            # width); the order of the tries at a place does not matter: each pattern's scan is its own)
            self._gated = {}
            for k, rows in self._by_head.items():
                plain, tested = [], []
                for i in rows:
                    gate = gates[i].get(k, ((), None))
                    if gate is None:
                        continue  # (the key's own characters fail the pattern)
                    tests, anchor = gate
                    if anchor is not None and any(k.startswith(w) for w in anchor[0]):
                        anchor = None  # (a word the place's key begins with: found at the place, no test)
                    if tests or anchor is not None:
                        tested.append((i, tests) + (anchor if anchor is not None else ((), 0)))
                    else:
                        plain.append(i)
                self._gated[k] = (tuple(plain), tuple(tested))
        return self._by_head

    def seek_any(self):
        """A function (text, start, end) that is None where no pattern can begin in text[start:end] (a
        window with none holds no match), else the first place one can (a match of ``_any``; compiled, its
        position), or None if that is not known."""
        if self._index() is None:
            return None
        return self._any.search if self._table is None else self._seek_places

    def _seek_places(self, text: str, start: int, end: int) -> int | None:
        t = self._table
        assert t is not None
        # (the first place only, read no further: the caller asks whether a place stands in the window and where the
        # first one is, not for all of them)
        places = head_places(text, start, end, t[0], t[1], t[2], t[3], True)
        return places[0] if places else None

    def finditer_each(self, text: str, start: int, end: int) -> Sequence[Sequence[re.Match]]:
        """Each pattern's matches in text[start:end]; a pattern with none has an empty tuple (most
        windows have no match at all: no list is made for them)."""
        by_head = self._index()
        if by_head is None:
            return [list(p.finditer(text, start, end)) for p in self.patterns]
        if self._table is not None:  # (compiled: the places by one loop in C, not a search at each)
            t = self._table
            return self._each_at(text, head_places(text, start, end, t[0], t[1], t[2], t[3]), start, end)
        # (pure Python: the places by the set's pattern, one search from each place on, then the one walk that tries the
        # patterns there, _each_at, as compiled)
        seek = self._any.search
        c = seek(text, start, end)
        if c is None:
            return self._none  # most short windows: no place where any can begin
        places = []
        while c is not None:
            at = c.start()
            places.append(at)
            c = seek(text, at + 1, end)
        return self._each_at(text, places, start, end)

    def each_at(self, text: str, places: list[int]) -> Sequence[Sequence[re.Match]]:
        """``finditer_each(text, 0, len(text))`` from the places of the whole text where a head begins
        (those ``seek_any`` finds one after the other, in order), found by another scan."""
        return self._each_at(text, places, 0, len(text))

    def _each_at(self, text: str, places: list[int], start: int, end: int) -> Sequence[Sequence[re.Match]]:
        if not places:
            return self._none
        gated = self._gated
        patterns = self.patterns
        out: list[Sequence[re.Match]] = list(self._none)
        free = [start] * len(patterns)
        i: cython.Py_ssize_t
        j: cython.Py_ssize_t
        c: cython.Py_UCS4
        cs: str
        for at in places:
            w = text[at:at + _HEAD_LEN if at + _HEAD_LEN <= end else end]
            # (a place of head_places where hashed bits collide begins no head: no key, nothing tried)
            g = gated.get(w)
            if g is None:
                g = gated.get(w[:2])
                if g is None:
                    g = gated.get(w[0])
                    if g is None:
                        continue
            for i in g[0]:
                if free[i] <= at and (m := patterns[i].match(text, at, end)) is not None:
                    if out[i]:
                        out[i].append(m)  # type: ignore[union-attr]
                    else:
                        out[i] = [m]
                    free[i] = m.end()
            for i, tests, words, width in g[1]:
                if free[i] <= at:
                    # (row_gates: the characters a match holds past the key, each read from the str's buffer compiled and
                    # looked for in a short str; no try where one fails)
                    for j, cs in tests:
                        j += at
                        if j >= end:
                            break
                        c = text[j]
                        if c not in cs:
                            break
                    else:
                        if words:  # (and a word it holds, within its longest: str.find; else no try)
                            hi = min(at + width, end)
                            for word in words:
                                if text.find(word, at, hi) >= 0:
                                    break
                            else:
                                continue
                        if (m := patterns[i].match(text, at, end)) is not None:
                            if out[i]:
                                out[i].append(m)  # type: ignore[union-attr]
                            else:
                                out[i] = [m]
                            free[i] = m.end()
        return out


def _reads_ahead(items) -> bool:
    """Whether a match could depend on what follows it (a lookahead, ``$``, ``\\b``)."""
    for op, av in items:
        if op is _sre.AT or (op in (_sre.ASSERT, _sre.ASSERT_NOT) and av[0] >= 0):
            return True
        if op is _sre.SUBPATTERN and _reads_ahead(av[-1]):
            return True
        if op is _sre.BRANCH and any(_reads_ahead(alt) for alt in av[1]):
            return True
        if op in _REPEATS and _reads_ahead(av[2]):
            return True
    return False


def _words(items) -> list[str] | None:
    """The words of a pure alternation of words ("生产总值|GDP"), else None."""
    if all(op is _sre.LITERAL for op, _ in items):
        return ["".join(chr(av) for _, av in items)] if items else None
    if len(items) == 1 and items[0][0] is _sre.SUBPATTERN:
        return _words(items[0][1][-1])
    if len(items) == 1 and items[0][0] is _sre.BRANCH:
        alts = [_words(alt) for alt in items[0][1][1]]
        return None if any(a is None for a in alts) else [w for a in alts for w in a]
    return None


@memo
def anchors(pattern: str) -> tuple[list[list[str]], int] | None:
    """The alternatives of words one of which every match contains (each run of plain characters
    and each plain alternation in the pattern's top level), and the longest a match can be; None
    if there are none, the length is unbounded or the pattern looks ahead."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    lo, hi = parsed.getwidth()
    if lo == 0 or hi >= _sre.MAXREPEAT or _reads_ahead(parsed):
        return None
    items = list(parsed)
    while len(items) == 1 and items[0][0] is _sre.SUBPATTERN:
        items = list(items[0][1][-1])
    found: list[list[str]] = []
    run = ""
    for op, av in items + [(None, None)]:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append([run])
            run = ""
        words = _words([(op, av)]) if op is not None else None
        if words:
            found.append(words)
    return (found, hi) if found else None


class Anchored:
    """``finditer`` of a compiled pattern (on a whole text), tried only within reach of the
    occurrences of one of its required words: the longest (fewest places to try), if the pattern
    has no single first character (which ``re`` itself finds fast)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self._anchor: tuple[list[str], int] | None | bool = False  # False: not chosen yet

    def _choose(self) -> tuple[list[str], int] | None:
        if self.pattern.flags & re.IGNORECASE or len(first_chars(self.pattern.pattern) or "x") == 1:
            return None
        found = anchors(self.pattern.pattern)
        if found is None:
            return None
        alternatives, width = found
        return max(alternatives, key=lambda ws: min(map(len, ws))), width

    def finditer(self, text: str):
        if self._anchor is False:
            self._anchor = self._choose()
        if self._anchor is None:
            yield from self.pattern.finditer(text)
            return
        words, width = self._anchor
        regions = []  # where a match can start: up to ``width`` before the end of a word
        for w in words:
            k = text.find(w)
            while k >= 0:
                regions.append((max(0, k + len(w) - width), k))
                k = text.find(w, k + 1)
        regions.sort()
        n = len(text)
        at = 0
        for a, b in regions:
            at = max(at, a)
            while at <= b:
                # a match starting by b ends by b + width: cutting the text there changes nothing
                m = self.pattern.search(text, at, min(n, b + width))
                if m is None or m.start() > b:
                    at = b + 1  # tried up to b
                    break
                yield m
                at = m.end()


def longest_first(words) -> str:
    """A pattern matching the longest of ``words`` at the leftmost place, as the alternation of the
    words sorted longest first would, shaped as a trie ("地区生产总值|地区…" as "地区(?:生产总值|…)"):
    the alternation tries every word at every position, the trie one branch per character."""
    trie: dict = {}
    # (in sorted order: the same words make the same pattern in every process, whatever the order of a
    # set given, so its compiled code is found in recache's cache; one child per character either way)
    for w in sorted(set(words)):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        # one child per next character, so at most one can match: taking the deepest word on the
        # path (children before the end mark, greedy) is taking the longest
        alts = [(re.escape(ch) if ch.isascii() else ch) + branch(sub) for ch, sub in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie) or "(?!)"


def _class_of(chars) -> str:
    return "[" + "".join(re.escape(ch) if ch.isascii() else ch for ch in sorted(chars)) + "]"


def longest_first_by_pairs(words, third: bool = False) -> str:
    """The matches of ``longest_first(words)`` (the longest word at the leftmost place), from a pattern
    that reads a place's first two characters before it tries a branch: ``[first](?=[second])`` and
    then one branch per second character, each checking the first behind it ("内(?<=国内)生产总值").
    For a large vocabulary whose first characters are common (国, 全, 新, 人: a thousand places a
    report), a place whose second character begins no branch fails in two class tests, where the
    trie tries each of its ~70 first characters there. Words of one character: ``longest_first``.

    ``third``: the look ahead reads the third character too, ``(?=[second](?:[third]|(?<=[second of a
    word of two])))``: a place where a name's first two characters stand but no third ("经济发展",
    "社会事业", "服务水平": three places in five for the indicator names) fails in a class test, not in
    the branch of every second character (which ``re`` tries to its end: ~1,300 instructions a place)."""
    words = set(words)
    if not words or min(map(len, words)) < 2:
        return longest_first(words)
    firsts, seconds, branches = _pair_branches(words)
    ahead = _class_of(seconds)
    thirds = {w[2] for w in words if len(w) > 2}
    if third and thirds:
        # (every match: its second character and its third, or a word of two: a second that ends one)
        ends = {w[1] for w in words if len(w) == 2}
        ahead += _class_of(thirds) if not ends else f"(?:{_class_of(thirds)}|(?<={_class_of(ends)}))"
    return f"{_class_of(firsts)}(?={ahead})(?:{branches})"


def _esc(ch: str) -> str:
    return re.escape(ch) if ch.isascii() else ch


def _pair_bodies(words: set[str]) -> dict[str, tuple[int, str]]:
    """For each second character of the words (of two characters or more): how many words have it and
    what is read after it, one branch per first character (the pair looked behind at, then the rest)."""
    tails: dict[str, dict[str, list[str]]] = {}
    for w in words:
        tails.setdefault(w[1], {}).setdefault(w[0], []).append(w[2:])
    out = {}
    # (each pair names one node of the trie: what follows it is that node's own longest_first)
    for second, by_first in tails.items():
        subs = []
        for first, rest in sorted(by_first.items()):
            after = longest_first([r for r in rest if r]) if any(rest) else ""
            if after and "" in rest:
                after = f"(?:{after})?"
            subs.append(f"(?<={_esc(first)}{_esc(second)}){after}")
        out[second] = sum(map(len, by_first.values())), subs[0] if len(subs) == 1 else "(?:" + "|".join(subs) + ")"
    return out


def _pair_branches(words: set[str]) -> tuple[set[str], set[str], str]:
    """The parts of ``longest_first_by_pairs`` of words of two characters or more: their first characters,
    their second, and the branches read at the second character (each a second character, then its body)."""
    bodies = _pair_bodies(words)
    order = sorted(bodies, key=lambda c: (-bodies[c][0], c))
    return {w[0] for w in words}, set(bodies), "|".join(_esc(c) + bodies[c][1] for c in order)


class WordScan:
    """``re.compile(longest_first(words)).finditer(text)`` as a list (the same matches), from a scan of
    ``longest_first_by_pairs`` of the words of two or more characters and ``str.find`` of the words of
    one character. ``longest_first`` of a vocabulary whose first characters are common (中, 大, 工, 产)
    tries each first character's branch at every place one stands; the pairs' pattern turns most of them
    away in two class tests, but it needs every word to be two characters long.

    A one-character word's match is one of the whole scan where no longer word's match covers it: such a
    match covers only its own place, where no longer word begins (the longest would be taken), so it
    never stands in the way of a longer word's match, and the longer words' matches are those of their
    own scan."""

    def __init__(self, words):
        words = set(words)
        self.ones = tuple(sorted(w for w in words if len(w) == 1))
        longer = self.longer = {w for w in words if len(w) > 1}
        self.pattern = re.compile(longest_first_by_pairs(longer) if longer else "(?!)")
        self._one = re.compile(longest_first(self.ones)) if self.ones else None

    def finditer(self, text: str) -> list[re.Match]:
        return self.with_ones(text, list(self.pattern.finditer(text)))

    def with_ones(self, text: str, out: list[re.Match]) -> list[re.Match]:
        """The matches of the longer words (``out``, in order) with those of the one-character words."""
        if self._one is None:
            return out
        found = []
        for w in self.ones:
            k = text.find(w)
            while k >= 0:
                found.append(k)
                k = text.find(w, k + 1)
        if not found:
            return out
        found.sort()
        merged: list[re.Match] = []
        i, n, one = 0, len(out), self._one.match
        for k in found:
            while i < n and out[i].start() <= k:
                merged.append(out[i])
                i += 1
            if not merged or merged[-1].end() <= k:
                merged.append(one(text, k))  # (no longer word's match covers k)
        merged.extend(out[i:])
        return merged


class JointScan:
    """The matches of a :class:`WordScan` (``words``) and the places of a :class:`SkippingSet` (``each``) in a
    whole text, from one scan: the project kinds and the coordination set each read every character of a
    report through a class of their first characters (about 50 instructions a character); read together,
    the text is walked once. The scan consumes a place's first character and looks ahead at each side's
    branches (both are read by their pairs), so every place where either begins is found, in order. The
    last text's result is kept: facts asks for the places, projects for the words.

    ``None`` from :meth:`make` where either side is not read by pairs (a word or a head of one character)."""

    def __init__(self, words: WordScan, each: SkippingSet, pattern: re.Pattern):
        self.words, self.each, self.pattern = words, each, pattern
        self._tables = None
        self._first = b""
        if COMPILED:
            t, u = head_table({w[:_HEAD_LEN] for w in words.longer}), head_table(each.heads)
            self._tables = (t, u) if t is not None and u is not None else None
            self._first = joint_first(t, u) if self._tables is not None else b""  # (both in one walk)
        # the last text and its walk, one tuple (replaced whole: a thread never reads one text's walk for another)
        self._last: tuple[str | None, tuple[list[re.Match], list[int]]] = (None, ([], []))

    @classmethod
    def make(cls, words: WordScan, each: SkippingSet) -> JointScan | None:
        if each._index() is None or not words.longer:  # (the words' are all two characters long or more)
            return None
        if min(map(len, each.heads)) < 2:
            return None  # (the set's places are then found by a trie, not by pairs)
        f1, s1, b1 = _pair_branches(words.longer)
        f2, s2, b2 = _pair_branches(each.heads)
        # a group marks what begins at the place: a word (w), a word and a head (h, after w), a head alone (g);
        # each side's branches are tried behind a look at its own first and second characters (a place of
        # the other side fails in two class tests, not in a try of each of its second characters)
        one = f"(?<={_class_of(f1)})(?={_class_of(s1)})(?=(?:{b1}))"
        two = f"(?<={_class_of(f2)})(?={_class_of(s2)})(?=(?:{b2}))"
        # (the place's first character consumed, the rest looked ahead at: the next place is the next character)
        return cls(words, each, re.compile(
            f"{_class_of(f1 | f2)}(?={_class_of(s1 | s2)})(?:{one}(?P<w>)(?:{two}(?P<h>))?|{two}(?P<g>))"))

    def _scan(self, text: str) -> tuple[list[re.Match], list[int]]:
        last = self._last
        if last[0] is not text and COMPILED and self._tables is not None:
            # (compiled: each side's places by a loop in C, which costs less than the joint pattern's class test)
            t, u = self._tables
            at, places = head_places_two(text, self._first, t[1], t[2], t[3], u[1], u[2], u[3])
            last = self._last = (text, (self._words_at(text, at), places))
        if last[0] is not text:
            found = []
            places: list[int] = []
            free, match = 0, self.words.pattern.match
            for m in self.pattern.finditer(text):
                at, mark = m.start(), m.lastgroup[0]  # type: ignore[index]
                if mark != "g":
                    if at >= free:  # (the words' own scan goes on after the end of its last match)
                        found.append(wm := match(text, at))  # type: ignore[arg-type]
                        free = wm.end()  # type: ignore[union-attr]
                    if mark == "h":
                        places.append(at)
                else:
                    places.append(at)
            last = self._last = (text, (found, places))
        return last[1]

    def _words_at(self, text: str, places: list[int]) -> list[re.Match]:
        """The words' own scan (``words.pattern.finditer``) from the places where a word's head stands."""
        found: list[re.Match] = []
        free, match = 0, self.words.pattern.match
        for at in places:
            if at >= free and (m := match(text, at)) is not None:
                found.append(m)
                free = m.end()
        return found

    def words_in(self, text: str) -> list[re.Match]:
        """``words.finditer(text)``."""
        return self.words.with_ones(text, list(self._scan(text)[0]))

    def each_in(self, text: str) -> Sequence[Sequence[re.Match]]:
        """``each.finditer_each(text, 0, len(text))``."""
        return self.each.each_at(text, self._scan(text)[1])
