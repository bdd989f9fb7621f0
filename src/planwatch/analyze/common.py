"""Shared helpers for the analyses: region resolution, unit conversion, choosing among duplicate facts.

Analyses read the reviewed views (``reviewed_facts``, ``reviewed_pledges``, ``reviewed_documents``; see
planwatch.review), never the extracted tables: reviewers' corrections apply, rejected items are out.
"""
from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from ..regions import gazetteer
from ..vocab import indicators, unit_dims

# indicators where a lower value is the better outcome
LOWER_IS_BETTER = frozenset({"cpi", "urban_unemployment_rate", "registered_unemployment_rate", "energy_intensity",
                             "carbon_intensity", "pm25", "pm10"})
# measures expressed in % or percentage points: differences are percentage points
PCT_MEASURES = frozenset({"growth", "share", "pp_change"})
# which document speaks first when two state the same figure
DOC_TYPE_RANK = {"government_work_report": 0, "plan_report": 1, "statistical_communique": 2, "budget_report": 3,
                 "other": 4}


def indicator_name(ind: str) -> str:
    if ind and ind.startswith("other:"):
        return ind[6:]
    i = indicators().get(ind)
    return i.name if i else ind


def is_missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT


def unit_factor(unit: str | None) -> tuple[str | None, float]:
    """(dimension, factor to the dimension's base) for a normalised unit; (None, 1) if unknown."""
    if not unit:
        return None, 1.0
    d = unit_dims().get(unit)
    if d is None:
        return None, 1.0
    return d


def base_unit(dim: str | None) -> str | None:
    return {"yuan": "元", "usd": "美元", "person": "人", "visit": "人次", "household": "户", "firm": "家",
            "item": "个", "jin": "斤", "mu": "亩", "pct": "%", "pp": "个百分点", "ug_m3": "微克/立方米",
            "day": "天", "rank": "位", "yuan_per_person": "元/人"}.get(dim or "", None)


def convert(value: float | None, from_unit: str | None, to_unit: str | None) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``; None when the units are not comparable."""
    if is_missing(value):
        return None
    if from_unit == to_unit:
        return float(value)
    d1, f1 = unit_factor(from_unit)
    d2, f2 = unit_factor(to_unit)
    if d1 is None or d1 != d2:
        return None
    return float(value) * f1 / f2


def comparable(u1: str | None, u2: str | None) -> bool:
    if u1 == u2:
        return True
    d1, _ = unit_factor(u1)
    d2, _ = unit_factor(u2)
    return d1 is not None and d1 == d2


def resolve_region(store, region: str) -> tuple[str | None, str]:
    """(region_code, name) for a region given by code or name; prefers regions present in the store."""
    region = region.strip()
    gaz = gazetteer()
    if re.fullmatch(r"\d{6}", region):
        r = gaz.get(region)
        name = r.name if r else region
        row = store.con.execute("SELECT region FROM reviewed_documents WHERE region_code = ? LIMIT 1", [region]).fetchone()
        return region, (row[0] if row and row[0] else name)
    rows = store.con.execute(
        "SELECT DISTINCT region_code, region FROM reviewed_documents WHERE region = ? AND region_code IS NOT NULL",
        [region]).fetchall()
    if not rows:
        from ..regions import short_name

        rows = [(c, n) for c, n in store.con.execute(
            "SELECT DISTINCT region_code, region FROM reviewed_documents WHERE region IS NOT NULL AND region_code IS NOT NULL"
        ).fetchall() if short_name(n) == region or n == region]
    if len(rows) == 1:
        return rows[0][0], rows[0][1]
    if len(rows) > 1:
        raise ValueError(f"region {region!r} is ambiguous: " + ", ".join(f"{n} ({c})" for c, n in rows)
                         + "; give its code")
    cands = gaz.lookup(region)
    if not cands:
        raise ValueError(f"unknown region {region!r}")
    current = [c for c in cands if c.current] or cands
    if len(current) > 1:
        raise ValueError(f"region {region!r} is ambiguous: " + ", ".join(f"{c.name} ({c.code})" for c in current)
                         + "; give its code")
    return current[0].code, current[0].name


def parent_code(code: str | None) -> str | None:
    r = gazetteer().get(code)
    return r.parent_code if r else None


def ancestors(code: str) -> list[str]:
    """Parent, grandparent… up to the province (nearest first)."""
    out = []
    p = parent_code(code)
    while p and p not in out:
        out.append(p)
        p = parent_code(p)
    return out


def rank_docs(df: pd.DataFrame) -> pd.DataFrame:
    """Sort facts so the preferred statement of a figure comes first (government work report, then earliest)."""
    if df.empty:
        return df
    df = df.assign(_dt=df["doc_type"].map(lambda t: DOC_TYPE_RANK.get(t, 5)))
    return df.sort_values(["_dt", "report_year", "doc", "start"], kind="stable").drop(columns="_dt")


def clean(v: Any) -> Any:
    return None if is_missing(v) else v
