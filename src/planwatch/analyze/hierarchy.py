"""The administrative hierarchy by region code (GB/T 2260), with the country at the top.

The country is ``100000``; the province of ``XXYYZZ`` is ``XX0000`` and its prefecture ``XXYY00``.
Counties without a prefecture (districts of municipalities, 省直辖县级行政区划 such as 济源市) hang
on their province, as in the gazetteer.
"""
from __future__ import annotations

import re

from ..regions import NATIONAL_CODE, gazetteer
LEVELS = ("national", "province", "prefecture", "county")  # top down
LEVEL_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}
_CODE = re.compile(r"\d{6}")


def valid_code(code) -> bool:
    return isinstance(code, str) and bool(_CODE.fullmatch(code)) and code[:2] != "00"


def level_of(code: str | None) -> str | None:
    """national | province | prefecture | county, read from the code; None for a malformed code."""
    if not valid_code(code):
        return None
    from ..regions import level_of_code

    return level_of_code(code)


def parent_of(code: str | None) -> str | None:
    """The code of the region one level up (the country for a province, None for the country)."""
    lvl = level_of(code)
    if lvl in (None, "national"):
        return None
    if lvl == "province":
        return NATIONAL_CODE
    prov = code[:2] + "0000"
    if lvl == "prefecture":
        return prov
    reg = gazetteer().get(code)
    if reg is not None and reg.parent_code:
        return reg.parent_code
    pref = code[:4] + "00"
    return pref if code[2:4] != "90" and gazetteer().get(pref) is not None else prov


def lineage(code: str | None) -> list[str]:
    """Parent, grandparent… up to the country (nearest first)."""
    out: list[str] = []
    p = parent_of(code)
    while p and p not in out:
        out.append(p)
        p = parent_of(p)
    return out


def within(code: str, anchor: str) -> bool:
    """True when ``code`` is ``anchor`` or lies below it."""
    return code == anchor or anchor in lineage(code)
