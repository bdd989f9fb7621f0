"""Domain vocabularies, read from the data files shipped in ``planwatch/data``.

Users extend the indicator taxonomy without touching code: set ``PLANWATCH_INDICATORS`` to one or
more extra TSV files (``os.pathsep``-separated) with the columns of ``data/indicators.tsv``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")


def _data(name: str) -> str:
    try:  # a package installed as files (the usual case): importlib.resources would add 7 ms to start-up
        return (_DATA / name).read_text(encoding="utf-8")
    except OSError:  # e.g. installed in a zip archive (NotADirectoryError there)
        from importlib import resources

        return resources.files("planwatch").joinpath("data", name).read_text(encoding="utf-8")


def _rows(text: str) -> list[list[str]]:
    rows = []
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if not header_seen:
            header_seen = True
            continue
        rows.append(cols)
    return rows


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    measures: tuple[str, ...]
    units: tuple[str, ...]
    kind: str  # flow | ratio | stock
    aliases: tuple[str, ...]

    @property
    def qualitative_measure(self) -> str:
        return {"flow": "growth", "ratio": "share"}.get(self.kind, "level")


def _parse_indicators(text: str) -> list[Indicator]:
    out = []
    for cols in _rows(text):
        cols += [""] * (6 - len(cols))
        iid, name, measures, units, kind, aliases = cols[:6]
        names = [a for a in aliases.split("/") if a] or [name]
        _CLAUSE_INITIAL.update(a[1:] for a in names if a.startswith("^"))
        out.append(Indicator(iid, name, tuple(m for m in measures.split(",") if m),
                             tuple(u for u in units.split(",") if u), kind or "flow", tuple(a.lstrip("^") for a in names)))
    return out


_CLAUSE_INITIAL: set[str] = set()


def clause_initial_aliases() -> frozenset[str]:
    """Aliases marked '^' in a taxonomy file: common words that name the indicator only where they
    open a clause or a list item."""
    indicators()
    return frozenset(_CLAUSE_INITIAL)


@lru_cache(maxsize=1)
def indicators() -> dict[str, Indicator]:
    items = {i.id: i for i in _parse_indicators(_data("indicators.tsv"))}
    extra = os.environ.get("PLANWATCH_INDICATORS", "")
    for path in filter(None, extra.split(os.pathsep)):
        for ind in _parse_indicators(Path(path).read_text(encoding="utf-8")):
            if ind.id in items:  # a user file may add aliases to a known indicator
                old = items[ind.id]
                ind = Indicator(old.id, old.name, old.measures, old.units, old.kind,
                                tuple(dict.fromkeys(old.aliases + ind.aliases)))
            items[ind.id] = ind
    return items


@lru_cache(maxsize=1)
def compounds() -> dict[str, tuple[str, ...]]:
    """Phrases (or ``re:`` regular expressions) that name several indicators at once."""
    return {cols[0]: tuple(cols[1].split(",")) for cols in _rows(_data("compounds.tsv")) if len(cols) >= 2}


@lru_cache(maxsize=1)
def compound_context() -> dict[str, frozenset[str]]:
    """Phrase -> the indicators one of which the name just before it in its sentence must be (the
    third column of compounds.tsv: a name cut short, such as 其中城镇 after an income)."""
    return {cols[0]: frozenset(cols[2].split(",")) for cols in _rows(_data("compounds.tsv"))
            if len(cols) >= 3 and cols[2].strip()}


@lru_cache(maxsize=1)
def units() -> list[tuple[str, str, str, float]]:
    """(alias, normalised unit, dimension, factor), longest alias first."""
    out = [(c[0], c[1], c[2], float(c[3])) for c in _rows(_data("units.tsv")) if len(c) >= 4]
    return sorted(out, key=lambda u: -len(u[0]))


@lru_cache(maxsize=1)
def unit_dims() -> dict[str, tuple[str, float]]:
    return {norm: (dim, f) for _, norm, dim, f in units()}


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[str, ...]]:
    return {c[0]: tuple(sorted((w for w in c[1].split("/") if w), key=len, reverse=True))
            for c in _rows(_data("cues.tsv")) if len(c) >= 2}


@lru_cache(maxsize=1)
def noise_patterns() -> list[str]:
    return [line.strip() for line in _data("noise.txt").splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def nicknames() -> dict[str, tuple[str, str]]:
    out = {}
    for line in _data("nicknames.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            out[cols[0]] = (cols[1], cols[2])
    return out


def table(name: str) -> list[list[str]]:
    """Rows of any other TSV data file (header and comments skipped)."""
    return _rows(_data(name))
