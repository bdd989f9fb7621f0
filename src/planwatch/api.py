"""The Python API: read reports, run the pipeline, open a corpus.

    import planwatch
    doc = planwatch.read("examples/000_2b931b19880bcc59.txt")
    doc.meta.region, len(doc.facts)
    corpus = planwatch.open("planwatch.duckdb")
    corpus.add("examples/")       # a file or a directory
    corpus.facts()                # a pandas DataFrame
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from . import extract, metadata, structure
from .ingest import IngestError, RawText, iter_files, read_bytes, read_file
from .model import Document
from .normalize import normalize

if TYPE_CHECKING:  # pandas and DuckDB load with the first Corpus: reading a file needs neither
    import pandas as pd

DEFAULT_DB = "planwatch.duckdb"  # store.DEFAULT_DB, not imported from there (that would load DuckDB)


def doc_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def process(raw: RawText, overrides: dict[str, Any] | None = None) -> Document:
    """Run the whole pipeline on one text: normalise, metadata, structure, extraction."""
    norm = normalize(raw.text)
    meta = metadata.detect(raw.text, norm, raw.hints, raw.name, overrides)
    outline = structure.outline(norm, meta.report_year)
    doc = Document(id=doc_id(raw.text), name=raw.name, source=raw.source, format=raw.format, text=raw.text,
                   meta=meta, sections=outline.sections, hints=raw.hints)
    result = extract.extract(norm, outline, meta)
    doc.facts, doc.pledges, doc.projects = result.facts, result.pledges, result.projects
    return doc


def read_all(path: str | Path, overrides: dict[str, Any] | None = None) -> list[Document]:
    """Every document in a file (a .csv/.jsonl dump holds many)."""
    return [process(r, overrides) for r in read_file(path)]


def read(path: str | Path, overrides: dict[str, Any] | None = None) -> Document:
    """One report file, read and extracted (for a dump, its first document)."""
    return read_all(path, overrides)[0]


def read_text(text: str, name: str = "text.txt", overrides: dict[str, Any] | None = None) -> Document:
    """A report given as a string."""
    return process(RawText(name, name, "txt", text), overrides)


def iter_documents(paths: list[str | Path], overrides: dict[str, Any] | None = None
                   ) -> Iterator[tuple[Path, list[Document] | None, IngestError | None]]:
    """(file, documents, error) for each file under ``paths``; a bad file gives its error and the rest go on."""
    for f in iter_files(paths):
        try:
            yield f, read_all(f, overrides), None
        except IngestError as exc:
            yield f, None, exc
        except Exception as exc:  # a bug must not stop a batch: report it like a bad file
            yield f, None, IngestError(f, f"internal error: {exc.__class__.__name__}: {exc}")


class Corpus:
    """A stored corpus; every listing is a pandas DataFrame."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        from .store import Store

        self.path = str(path)
        self.store = Store(path, read_only=read_only)

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def add(self, path: str | Path, overrides: dict[str, Any] | None = None, replace: bool = False
            ) -> list[Document]:
        """Read a file, or every file under a directory (recursively), into the corpus.

        Returns the documents read (stored now or already before). A file given by name that cannot be
        read raises :class:`IngestError`; inside a directory, such a file gives a warning and the rest go on.
        """
        import warnings

        path = Path(path)
        if not path.is_dir():
            docs = read_all(path, overrides)
        else:
            docs = []
            for _, found, exc in iter_documents([path], overrides):
                if exc is not None:
                    warnings.warn(str(exc), stacklevel=2)
                else:
                    docs += found
        for d in docs:
            self.store.add(d, replace=replace)
        return docs

    def add_bytes(self, data: bytes, name: str, overrides: dict[str, Any] | None = None) -> list[Document]:
        docs = [process(r, overrides) for r in read_bytes(data, name)]
        for d in docs:
            self.store.add(d)
        return docs

    def documents(self) -> pd.DataFrame:
        return self.store.documents()

    def document(self, ref: str) -> Document | None:
        return self.store.load(ref)

    def facts(self, doc: str | None = None) -> pd.DataFrame:
        return self.store.table("facts", self.store.find(doc) if doc else None)

    def pledges(self, doc: str | None = None) -> pd.DataFrame:
        return self.store.table("pledges", self.store.find(doc) if doc else None)

    def projects(self, doc: str | None = None) -> pd.DataFrame:
        return self.store.table("projects", self.store.find(doc) if doc else None)

    def sections(self, doc: str | None = None) -> pd.DataFrame:
        return self.store.table("sections", self.store.find(doc) if doc else None)

    # analyses and search (planwatch.analyze, planwatch.search)

    def scorecard(self, region: str, year: int | None = None, tolerance: float = 0.5) -> pd.DataFrame:
        """Targets of a region against the actuals reported later (met / missed / exceeded…)."""
        from .analyze import scorecard

        return scorecard(self.store, region, year=year, tolerance=tolerance)

    def compare(self, indicator: str, year: int, under: str | None = None, level: str | None = None,
                province: str | None = None, role: str = "target", measure: str | None = None) -> pd.DataFrame:
        """One indicator across a region, its parents and children."""
        from .analyze import compare

        return compare(self.store, indicator, year, under=under, level=level, province=province, role=role,
                       measure=measure)

    def escalation(self, indicator: str, year: int | None = None, years=None, under: str | None = None,
                   role: str = "target", measure: str | None = None, tolerance: float = 0.5):
        """Target escalation (层层加码) by level: ``.levels`` (year × level, the panel), ``.pairs`` (each
        region against its parent), ``.excluded`` (documents left out and why)."""
        from .analyze import escalation

        return escalation(self.store, indicator, year=year, years=years, under=under, role=role, measure=measure,
                          tolerance=tolerance)

    def panel(self, indicators=None, roles=None, wide: bool = False) -> pd.DataFrame:
        """A tidy (or wide) region × year × indicator × role panel; write it with planwatch.analyze.write_panel."""
        from .analyze import panel

        return panel(self.store, indicators=indicators, roles=roles, wide=wide)

    def search(self, query: str, **filters: Any) -> list[dict[str, Any]]:
        """Full-text search (region, level, province, year, doc_type, section_role, limit, per_doc).

        ``section_role`` (review, targets, tasks…) is the filter the command line calls ``--section-role``;
        ``role`` is accepted for it too, as before.
        """
        from . import search

        if "section_role" in filters:
            filters["role"] = filters.pop("section_role")
        return search.search(self.path, query, store=self.store, **filters)

    def reindex(self) -> int:
        from . import search

        return search.reindex(self.path, store=self.store)


def open(path: str | Path = DEFAULT_DB, read_only: bool = False) -> Corpus:  # noqa: A001 - the API's name
    """Open (or create) a corpus database."""
    return Corpus(path, read_only=read_only)
