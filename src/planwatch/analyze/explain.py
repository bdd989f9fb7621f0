"""Why an analysis came out empty: which report is missing from the store, which years exist.

Each function returns notes (one line each, in plain words) to show next to a result, so that a
scorecard full of ``no_actual`` says "no report of 汝州市 for 2023 is stored" instead of leaving
the user to guess.
"""
from __future__ import annotations

from .common import is_missing, resolve_region


def stored_years(store, code: str | None, name: str) -> list[int]:
    """Report years of the stored documents of a region (by code, or by name when it has none)."""
    rows = store.con.execute(
        "SELECT DISTINCT report_year FROM reviewed_documents WHERE (region_code = ? OR region = ?) "
        "AND report_year IS NOT NULL ORDER BY 1", [code, name]).fetchall()
    return [int(r[0]) for r in rows]


def _years(ys: list[int]) -> str:
    return ", ".join(str(y) for y in ys) if ys else "none"


def scorecard_notes(store, region: str, year: int | None, df) -> list[str]:
    """Notes for a scorecard: reports of the target year or the following year that are not stored."""
    code, name = resolve_region(store, region)
    years = stored_years(store, code, name)
    if not years:
        return [f"no report of {name} is stored"]
    if year is not None and year not in years:
        return [f"no report of {name} for {year} is stored (stored years: {_years(years)})"]
    if df is None or len(df) == 0:
        which = f"the {year} report" if year is not None else f"the stored reports ({_years(years)})"
        return [f"{which} of {name} state no targets for their own year"]
    notes = []
    for y in sorted({int(v) for v in df["year"] if not is_missing(v)}):
        rows = df[df["year"] == y]
        if (rows["verdict"] == "no_actual").any() and y + 1 not in years:
            notes.append(f"no report of {name} for {y + 1} is stored, so the {y} targets have no actuals "
                         f"(stored years: {_years(years)})")
    return notes


def followthrough_notes(store, region: str, year: int, df) -> list[str]:
    """Notes for a follow-through: the year-Y or year-Y+1 report that is not stored."""
    code, name = resolve_region(store, region)
    years = stored_years(store, code, name)
    if year not in years:
        return [f"no report of {name} for {year} is stored (stored years: {_years(years)})"]
    if year + 1 not in years:
        return [f"no report of {name} for {year + 1} is stored, so no pledge of {year} can be followed "
                f"(stored years: {_years(years)})"]
    if df is None or len(df) == 0:
        return [f"the {year} report of {name} has no quantified pledges"]
    return []


def compare_notes(store, indicator: str, year: int, role: str, df) -> list[str]:
    """Notes for a comparison without values: the years in which the listed regions (or any region) have one."""
    if df is not None and len(df) and df["value"].notna().any():
        return []
    codes = sorted(set(df["code"])) if df is not None and len(df) else []
    col = "d.report_year" if role == "target" else "f.period"
    where = f" AND d.region_code IN ({','.join('?' * len(codes))})" if codes else ""
    rows = store.con.execute(
        f"SELECT DISTINCT {col} FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id "
        f"WHERE f.indicator = ? AND f.role = ? AND d.region_code IS NOT NULL{where} ORDER BY 1",
        [indicator, role, *codes]).fetchall()
    have = [str(r[0]) for r in rows if r[0] is not None]
    scope = f"for these {len(codes)} regions" if codes else "for any region"
    if not have:
        return [f"no {role} of {indicator} is stored {scope} in any year"]
    return [f"no {role} of {indicator} for {year} is stored {scope}; years with one: {', '.join(have)}"]
