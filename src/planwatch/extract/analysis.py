"""One analysis of a document shared by the extractors (facts, pledges, projects): what each of
them would otherwise find again for itself — paragraphs, sentences, numbers — is found once, on
first use, and looked up by position (bisection) afterwards.

Like a spaCy ``Doc``: made once per document by :func:`planwatch.extract.extract`, each component
reads from it and may add what it alone needs (as a cached attribute), never re-scanning the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property, lru_cache

from ..model import Metadata
from ..normalize import Normalized
from ..structure import Outline
from .prefilter import JointScan, find_mark, first_chars, marks, once, rfind_mark

_PARAGRAPH = re.compile(r"[^\n]+")
# a sentence as the extractors read it: up to a full stop, a semicolon or a line end
_SENTENCE = re.compile(r"[^。！？!?；;\n]+")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_SENTENCE_END_CHARS = frozenset(first_chars(_SENTENCE_END.pattern))  # (one character looked up, no match tried)
_SENTENCE_ENDS = marks("".join(sorted(_SENTENCE_END_CHARS)))


class Analysis:
    """The normalised text with its outline and metadata, and what is found in it once."""

    def __init__(self, norm: Normalized, outline: Outline, meta: Metadata):
        self.norm = norm
        self.text = norm.text
        self.outline = outline
        self.meta = meta

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraph_spans(self.text)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return [m.span() for m in _SENTENCE.finditer(self.text)]

    @cached_property
    def project_suffixes(self) -> list[re.Match]:
        """Every kind suffix of a project name ("项目", "产业园"), in text order: no suffix holds a
        sentence or clause end, so what one scan of the text finds in a clause is what a scan of the
        clause would find."""
        from . import projects  # imported on use: projects imports this module

        return projects.suffix_matches(self.text)

    @cached_property
    def _project_suffix_starts(self) -> list[int]:
        return [m.start() for m in self.project_suffixes]

    def project_suffixes_in(self, start: int, end: int) -> list[re.Match]:
        """The kind suffixes that begin in [start, end)."""
        return self.project_suffixes[starts_between(self._project_suffix_starts, start, end)]

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        """The sentence (of ``sentences``) that holds position pos, None at a sentence end mark: its
        ends searched for from pos, forward and backward (a few sentences are read, not the whole text split)."""
        text: str = self.text
        n = len(text)
        if not 0 <= pos < n or text[pos] in _SENTENCE_END_CHARS:
            return None
        m = find_mark(text, pos, n, _SENTENCE_ENDS)
        r = rfind_mark(text, 0, pos, _SENTENCE_ENDS)
        return r + 1, (m if m >= 0 else n)  # (r + 1 is 0 where no mark stands before pos)

    def sentences_holding(self, positions: list[int]) -> list[tuple[int, int]]:
        """The sentences that hold any of the (sorted) positions, in text order."""
        out: list[tuple[int, int]] = []
        for p in positions:
            if out and out[-1][0] <= p < out[-1][1]:
                continue  # in the sentence just found
            s = self.sentence_at(p)
            if s is not None:
                out.append(s)
        return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_PARAGRAPH.finditer(text)`` (the runs of characters between line ends, none empty),
    found by ``str.find`` of each line end: ``re`` tests a class at every character of the text, the
    find skips to the next line end in C."""
    out: list[tuple[int, int]] = []
    n, i = len(text), 0
    while i < n:
        j = text.find("\n", i)
        if j < 0:
            j = n
        if j > i:
            out.append((i, j))
        i = j + 1
    return out


def starts_between(starts: list[int], start: int, end: int) -> slice:
    """The slice of a sorted list of positions that fall in [start, end)."""
    return slice(bisect_left(starts, start), bisect_left(starts, end))


# --- pledges/projects ---


class _Any:
    """Holds every character: the openers of a pattern whose first characters are not known."""

    def __contains__(self, ch: object) -> bool:
        return True


@lru_cache(maxsize=64)
def openers(pattern: str) -> frozenset[str] | _Any:
    """The characters a match of ``pattern`` can begin with, for a look at one character before a
    call of ``match`` (which costs as much as a few dozen such looks); where they are not known, a
    set that holds every character. ``\\d`` stands for the decimal digits of the basic plane only: where
    a pattern reads it, a character beyond U+FFFF must be tried too."""
    found = None if "\\\\" in pattern else first_chars(pattern.replace("\\d", "0"))  # (\\\\d is no digit class)
    if not found:
        return _Any()
    if "\\d" in pattern:  # ("0" stood for \\d: every decimal digit, a literal 0 among them)
        found += _bmp_digits()
    return frozenset(found)


@once
def _bmp_digits() -> str:
    return "".join(c for c in map(chr, range(0x10000)) if c.isdecimal())



_JOINT: list = [None, None, None]  # the kinds' scan and the coordination set it was made of, and the joint scan


def joint_scan() -> JointScan | None:
    """The coordination set's places (facts) and the project kinds (projects) found in one walk over a
    report (``prefilter.JointScan``), or None where they cannot be (each side then scans on its own).
    Made again when either side's own scan is (their vocabularies read again)."""
    from . import facts, projects  # imported on use: both import this module

    split = projects._split_scan()
    if split is None:
        return None
    comp = facts._alias_table()[1]
    if _JOINT[0] is not split[0] or _JOINT[1] is not comp:
        _JOINT[:] = [split[0], comp, JointScan.make(split[0], comp)]
    return _JOINT[2]
