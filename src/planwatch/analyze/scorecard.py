"""Did a region meet its targets? Each target of year Y against the actual reported afterwards."""
from __future__ import annotations

from typing import Any

import pandas as pd

from .common import (LOWER_IS_BETTER, PCT_MEASURES, clean, comparable, convert, indicator_name, is_missing,
                     rank_docs, resolve_region)

SCORECARD_COLUMNS = ["region", "region_code", "year", "indicator", "indicator_name", "measure", "target_value",
                     "target_high", "target_qualifier", "unit", "actual_value", "verdict", "gap", "tolerance",
                     "target_quote", "target_doc", "actual_quote", "actual_doc"]

_EPS = 1e-9


def verdict(indicator: str, measure: str, qualifier: str, target: float | None, high: float | None,
            actual: float | None, tolerance: float = 0.5) -> tuple[str, float | None]:
    """(verdict, gap) for one target and its actual, both in the same unit.

    ``gap`` is actual − target (percentage points for %-measures, else the target's unit). For a
    range it is the distance outside the range (0 inside). The tolerance is in percentage points for
    growth/share/pp_change and in percent of the target for levels; ranks must match exactly.
    A negative target with at_least/at_most (“下降3%以上” = −3, at_least) bounds the size of the fall.
    """
    if qualifier == "qualitative" or is_missing(target):
        return ("qualitative" if not is_missing(actual) or qualifier == "qualitative" else "no_actual"), None
    if is_missing(actual):
        return "no_actual", None
    lower_better = indicator in LOWER_IS_BETTER or measure == "rank"
    if measure in PCT_MEASURES:
        tol = tolerance
    elif measure == "rank":
        tol = 0.0
    else:
        tol = abs(target) * tolerance / 100.0
    gap = actual - target

    def direction(g: float) -> str:
        """Outcome of a deviation beyond tolerance: better is exceeded, worse is missed."""
        better = g < 0 if lower_better else g > 0
        return "exceeded" if better else "missed"

    if qualifier in ("about", "eq"):
        return ("met" if abs(gap) <= tol + _EPS else direction(gap)), gap
    if qualifier == "range":
        lo, hi = target, high if not is_missing(high) else target
        lo, hi = min(lo, hi), max(lo, hi)
        if lo - _EPS <= actual <= hi + _EPS:
            return "met", 0.0
        g = actual - hi if actual > hi else actual - lo
        return direction(g), g
    if qualifier in ("at_least", "at_most"):
        # “下降3%以上”: a negative floor bounds the fall from below (actual ≤ −3)
        wants_high = (qualifier == "at_least") != (target < 0 and measure in PCT_MEASURES)
        ok = actual >= target - _EPS if wants_high else actual <= target + _EPS
        if not ok:
            return "missed", gap
        beyond = gap if wants_high else -gap
        if beyond > tol + _EPS and (qualifier == "at_least" or lower_better or target < 0):
            return "exceeded", gap
        return "met", gap
    return ("met" if abs(gap) <= tol + _EPS else direction(gap)), gap


def _pick_actual(cands: list[dict[str, Any]], unit: str | None, measure: str) -> dict[str, Any] | None:
    for r in cands:
        if measure in PCT_MEASURES or comparable(r["unit"], unit) or unit is None:
            return r
    return None


def scorecard(store, region: str, year: int | None = None, tolerance: float = 0.5,
              indicator: str | None = None) -> pd.DataFrame:
    """Targets of ``region`` for ``year`` (all years if None) against the actuals reported later
    (only ``indicator``'s when given)."""
    code, name = resolve_region(store, region)
    return _score(_facts(store, [code], indicator), year, tolerance, {code: name})


def scorecards(store, codes: list[str], year: int | None = None, tolerance: float = 0.5,
               indicator: str | None = None) -> pd.DataFrame:
    """The scorecards of many regions (given by code) at once, one after the other."""
    codes = list(dict.fromkeys(codes))
    parts = [_score(_facts(store, codes[i:i + 500], indicator), year, tolerance, {})
             for i in range(0, len(codes), 500)]
    parts = [p for p in parts if not p.empty]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=SCORECARD_COLUMNS)


def _facts(store, codes: list[str], indicator: str | None) -> pd.DataFrame:
    """Targets and actuals stated by the regions ``codes`` (only ``indicator``'s when given)."""
    marks = ",".join("?" * len(codes))
    return store.query(
        f"""SELECT d.name AS doc, d.region, d.region_code, d.doc_type, d.report_year, f.*
           FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id
           WHERE d.region_code IN ({marks}) AND f.role IN ('target', 'actual')
           {'AND f.indicator = ?' if indicator else ''}""", [*codes, indicator] if indicator else list(codes))


def _score(facts: pd.DataFrame, year: int | None, tolerance: float, names: dict[str, str]) -> pd.DataFrame:
    """Each region's targets (of ``year``, or all) against the actuals reported later."""
    if facts.empty:
        return pd.DataFrame(columns=SCORECARD_COLUMNS)
    facts["report_year"] = facts["report_year"].astype("Int64")
    targets = facts[(facts.role == "target") & facts.report_year.notna()
                    & (facts.period == facts.report_year.astype(str))]
    if year is not None:
        targets = targets[targets.report_year == year]
    targets = rank_docs(targets).drop_duplicates(["region_code", "report_year", "indicator", "measure"], keep="first")
    actuals = facts[(facts.role == "actual") & facts.report_year.notna()]
    actuals = actuals.assign(_dt=actuals.doc_type.map(lambda d: 0 if d == "government_work_report" else 1))
    actuals = actuals.sort_values(["report_year", "_dt", "doc", "start"], kind="stable")
    # the actuals of each region, indicator, measure and period, in order of preference
    stated: dict[tuple, list[dict[str, Any]]] = {}
    for a in actuals.to_dict("records"):
        stated.setdefault((a["region_code"], a["indicator"], a["measure"], a["period"]), []).append(a)
    rows: list[dict[str, Any]] = []
    for t in targets.to_dict("records"):
        y, code = int(t["report_year"]), t["region_code"]
        # reported afterwards, or in a statistical communiqué of the same year
        cands = [a for a in stated.get((code, t["indicator"], t["measure"], str(y)), [])
                 if a["report_year"] > y or (a["report_year"] == y and a["doc_type"] == "statistical_communique")]
        a = _pick_actual(cands, clean(t["unit"]), t["measure"])
        unit = clean(t["unit"])
        actual_value = None
        if a is not None:
            if t["measure"] in PCT_MEASURES or unit is None:
                actual_value = clean(a["value"])
                unit = unit or clean(a["unit"])
            else:
                actual_value = convert(a["value"], clean(a["unit"]), unit)
        v, gap = verdict(t["indicator"], t["measure"], t["qualifier"], clean(t["value"]), clean(t["value_high"]),
                         actual_value, tolerance)
        rows.append({
            "region": clean(t["region"]) or names.get(code), "region_code": code, "year": y,
            "indicator": t["indicator"], "indicator_name": indicator_name(t["indicator"]), "measure": t["measure"],
            "target_value": clean(t["value"]), "target_high": clean(t["value_high"]),
            "target_qualifier": t["qualifier"], "unit": unit, "actual_value": actual_value, "verdict": v,
            "gap": None if gap is None else round(gap, 6), "tolerance": tolerance,
            "target_quote": t["quote"], "target_doc": t["doc"],
            "actual_quote": a["quote"] if a is not None else None, "actual_doc": a["doc"] if a is not None else None,
        })
    out = pd.DataFrame(rows, columns=SCORECARD_COLUMNS)
    return out.sort_values(["region_code", "year", "indicator", "measure"], kind="stable").reset_index(drop=True)
