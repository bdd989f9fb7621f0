"""One analysis of a document shared by the extractors (facts, pledges, projects): what each of
them would otherwise find again for itself — paragraphs, sentences, numbers — is found once, on
first use, and looked up by position (bisection) afterwards.

Like a spaCy ``Doc``: made once per document by :func:`planwatch.extract.extract`, each component
reads from it and may add what it alone needs (as a cached attribute), never re-scanning the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from ..model import Metadata
from ..normalize import Normalized
from ..structure import Outline

_PARAGRAPH = re.compile(r"[^\n]+")
# a sentence as the extractors read it: up to a full stop, a semicolon or a line end
_SENTENCE = re.compile(r"[^。！？!?；;\n]+")


class Analysis:
    """The normalised text with its outline and metadata, and what is found in it once."""

    def __init__(self, norm: Normalized, outline: Outline, meta: Metadata):
        self.norm = norm
        self.text = norm.text
        self.outline = outline
        self.meta = meta

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return [m.span() for m in _PARAGRAPH.finditer(self.text)]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return [m.span() for m in _SENTENCE.finditer(self.text)]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences that begin in [start, end)."""
        st = self._sentence_starts
        return self.sentences[bisect_left(st, start):bisect_left(st, end)]

    # --- pledges/projects ---

    @cached_property
    def project_suffixes(self) -> list[re.Match]:
        """Every kind suffix of a project name ("项目", "产业园"), in text order: no suffix holds a
        sentence or clause end, so what one scan of the text finds in a clause is what a scan of the
        clause would find."""
        from . import projects  # imported on use: projects imports this module

        return list(projects._suffix_re().finditer(self.text))

    @cached_property
    def _project_suffix_starts(self) -> list[int]:
        return [m.start() for m in self.project_suffixes]

    def project_suffixes_in(self, start: int, end: int) -> list[re.Match]:
        """The kind suffixes that begin in [start, end)."""
        return self.project_suffixes[starts_between(self._project_suffix_starts, start, end)]

    def clauses(self, start: int, end: int, seps: str) -> list[tuple[int, int]]:
        """The clauses of text[start:end] split at ``seps`` (``numbers.clauses``)."""
        from .numbers import clauses

        return clauses(self.text, start, end, seps)

    def sentences_holding(self, positions: list[int]) -> list[tuple[int, int]]:
        """The sentences that hold any of the (sorted) positions, in text order."""
        st, out = self._sentence_starts, []
        for p in positions:
            i = bisect_right(st, p) - 1
            if i >= 0 and p < self.sentences[i][1] and (not out or out[-1] != self.sentences[i]):
                out.append(self.sentences[i])
        return out


def starts_between(starts: list[int], start: int, end: int) -> slice:
    """The slice of a sorted list of positions that fall in [start, end)."""
    return slice(bisect_left(starts, start), bisect_left(starts, end))
