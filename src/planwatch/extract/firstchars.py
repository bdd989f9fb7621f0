"""Skip ahead to where a pattern can start: the same matches as ``pattern.finditer``, found faster.

A pattern that opens with a lookbehind (``(?<![比较])去年``) or an alternation of groups gets no
first-character prefilter from ``re``, which then tries every branch at every position. Every match
of a pattern that cannot match the empty string begins with one of its possible first characters,
so the scan may start at the first of those in the window: nothing before it can match, and the
lookbehinds still see the text before the start.
"""
from __future__ import annotations

import re

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


def first_chars(pattern: str) -> str | None:
    """The characters every match of ``pattern`` starts with, or None if that is not known (or it
    can match the empty string)."""
    try:
        found = _first(_sre.parse(pattern))
    except Exception:  # pragma: no cover - an unfamiliar parser: no prefilter
        return None
    if found is None or found[1] or not found[0]:
        return None
    return "".join(sorted(found[0]))


class Skipping:
    """``finditer`` and ``search`` of a compiled pattern, starting at the first character a match
    can begin with (the prefilter is made on first use)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self._start: re.Pattern | None | bool = False  # False: not made yet

    def _skip(self, text: str, start: int, end: int) -> int | None:
        """Where to start scanning text[start:end], or None if no match can start in it."""
        if self._start is False:
            chars = first_chars(self.pattern.pattern) if not self.pattern.flags & re.IGNORECASE else None
            self._start = re.compile("[" + "".join(map(re.escape, chars)) + "]") if chars else None
        if self._start is None:
            return start
        m = self._start.search(text, start, end)
        return m.start() if m else None

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """As ``pattern.finditer``: the pattern tried at each place it can start, from the left, the
        next try after the end of a match (a match is never empty)."""
        end = len(text) if end is None else end
        at = self._skip(text, start, end)
        if at is None:
            return
        if self._start is None:
            yield from self.pattern.finditer(text, at, end)
            return
        seek, match = self._start.search, self.pattern.match
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

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
        return next(self.finditer(text, start, end), None)
