"""Check option values against the vocabularies and suggest the nearest known value.

The accepted values live in data files: ``choices.tsv`` (roles, levels, measures, section roles,
document types), ``indicators.tsv`` (indicator ids, Chinese names, aliases) and the GB/T 2260
divisions (regions, provinces). Each ``resolve_*`` returns the canonical value or raises
:class:`UnknownValue`, whose message is one line: "gpd: unknown indicator; did you mean gdp?".
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from .vocab import indicators, table

LABELS = {"role": "fact role", "level": "level", "measure": "measure", "section_role": "section role",
          "doc_type": "document type", "indicator": "indicator", "province": "province", "region": "region"}


class UnknownValue(ValueError):
    """A value not in a vocabulary; ``str(err)`` is the one-line message with suggestions."""

    def __init__(self, value: str, field: str, suggestions: list[str], known: list[str] | None = None):
        self.value, self.field, self.suggestions = value, field, suggestions
        msg = f"{value}: unknown {LABELS.get(field, field)}"
        if suggestions:
            msg += "; did you mean " + " or ".join(suggestions) + "?"
        if known and len(known) <= 12:
            msg += " (known: " + ", ".join(known) + ")"
        super().__init__(msg)


@dataclass(frozen=True)
class Choice:
    field: str
    value: str
    aliases: tuple[str, ...]
    description: str


@lru_cache(maxsize=1)
def choices() -> dict[str, list[Choice]]:
    """field -> its values, from data/choices.tsv."""
    out: dict[str, list[Choice]] = {}
    for cols in table("choices.tsv"):
        cols += [""] * (4 - len(cols))
        field, value, aliases, desc = cols[:4]
        out.setdefault(field, []).append(Choice(field, value, tuple(a for a in aliases.split("/") if a), desc))
    return out


def values(field: str) -> list[str]:
    return [c.value for c in choices()[field]]


def suggest(value: str, spellings: dict[str, str], n: int = 2, prefer: set[str] | frozenset = frozenset()
             ) -> list[str]:
    """Canonical values whose spellings are nearest to ``value`` (difflib), best first, without repeats.

    Only near-ties of the best match are offered: "countie" suggests county, not also national.
    Spellings of ``prefer``red values (regions in the store) win ties.
    """
    low = value.lower()
    scored = sorted(((difflib.SequenceMatcher(None, low, s).ratio() + (0.04 if spellings[s] in prefer else 0), s)
                     for s in spellings), reverse=True)
    near = [s for r, s in scored if r >= 0.5 and r >= scored[0][0] - 0.05] if scored else []
    if not near:  # a typed prefix (prov → province) or a longer word containing a known one
        near = [s for s in spellings if len(low) >= 2 and (s.startswith(low) or low.startswith(s))]
    return list(dict.fromkeys(spellings[s] for s in near))[:n]


def resolve(field: str, value: str) -> str:
    """The canonical value of ``value`` for ``field`` (role, level, measure, section_role, doc_type)."""
    spellings: dict[str, str] = {}
    for c in choices()[field]:
        for s in (c.value,) + c.aliases:
            spellings.setdefault(s.lower(), c.value)
    hit = spellings.get(value.strip().lower())
    if hit is not None:
        return hit
    raise UnknownValue(value, field, suggest(value.strip(), spellings), values(field))


def resolve_many(field: str, raw: str | list[str] | None) -> list[str] | None:
    """Comma lists and repeated options (``--role target,actual --role goal``) resolved and de-duplicated."""
    items = _split(raw)
    if not items:
        return None
    resolver = resolve_indicator if field == "indicator" else (lambda v: resolve(field, v))
    return list(dict.fromkeys(resolver(v) for v in items))


def _split(raw: str | list[str] | None) -> list[str]:
    if raw is None:
        return []
    parts = [raw] if isinstance(raw, str) else list(raw)
    return [s.strip() for p in parts for s in re.split(r"[,，]", p) if s.strip()]


def resolve_indicator(value: str) -> str:
    """An indicator id from its id, Chinese name or an alias (国内生产总值, GDP → gdp)."""
    inds = indicators()
    v = value.strip()
    if v in inds or v.startswith("other:"):
        return v
    spellings: dict[str, str] = {}
    for i in inds.values():
        for s in (i.id, i.name) + i.aliases:
            spellings.setdefault(s.lower(), i.id)
    hit = spellings.get(v.lower())
    if hit is not None:
        return hit
    raise UnknownValue(value, "indicator", suggest(v, spellings, n=3))


def resolve_province(value: str) -> str:
    """A province's full name (河南省) from its name, short name (河南) or code (410000)."""
    from .regions import gazetteer, short_name

    gaz = gazetteer()
    v = value.strip()
    if re.fullmatch(r"\d{6}", v):
        r = gaz.get(v[:2] + "0000")
        if r is not None:
            return r.name
    provs = [r for lst in (gaz.by_name.get(v, []), gaz.by_short.get(v, [])) for r in lst if r.level == "province"]
    if provs:
        return provs[0].name
    names: dict[str, str] = {}
    for r in gaz.by_code.values():
        if r.level == "province" and r.current:
            names[r.name] = r.name
            names.setdefault(short_name(r.name), r.name)
    raise UnknownValue(value, "province", suggest(v, names))


def unknown_region(value: str, stored: list[str] | None = None) -> UnknownValue:
    """The error for a region name nothing resolves, suggesting stored and GB/T 2260 names."""
    from .regions import gazetteer, short_name

    names = {n: n for n in (stored or [])}  # the stored names first: they win ties
    for r in gazetteer().by_code.values():
        if r.current:
            names.setdefault(r.name, r.name)
    for n in list(names):
        names.setdefault(short_name(n), n)  # 汝洲 is nearer 汝州 than 汝州市
    return UnknownValue(value, "region", suggest(value.strip(), names, n=3, prefer=set(stored or [])))
