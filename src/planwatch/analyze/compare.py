"""One indicator across a region, its parents and its children, side by side."""
from __future__ import annotations

from typing import Any

import pandas as pd

from ..regions import gazetteer
from .common import PCT_MEASURES, ancestors, clean, convert, is_missing, parent_code, rank_docs, resolve_region

COMPARE_COLUMNS = ["region", "code", "level", "parent", "relation", "value", "value_high", "qualifier", "unit",
                   "quote", "doc", "report_year", "diff_from_parent", "diff_from_sibling_median"]
_LEVEL_ORDER = {"province": 0, "prefecture": 1, "county": 2}


def _period_ok(period: str, year: int, role: str) -> bool:
    if period == str(year):
        return True
    if role == "goal" and period and "-" in period:
        a, _, b = period.partition("-")
        return a.isdigit() and b.isdigit() and int(a) <= year <= int(b)
    return False


def compare(store, indicator: str, year: int, under: str | None = None, level: str | None = None,
            province: str | None = None, role: str = "target", measure: str | None = None) -> pd.DataFrame:
    """Values of ``indicator`` for ``year``: the region ``under`` with its parents up to the province and its
    children (with ``level``: all its descendants at that level); without ``under``, every region of ``level``
    (in ``province``) that has a value.
    """
    facts = store.query(
        """SELECT d.name AS doc, d.region, d.region_code, d.level, d.parent, d.parent_code, d.province,
                  d.doc_type, d.report_year, f.*
           FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id
           WHERE f.indicator = ? AND f.role = ? AND d.region_code IS NOT NULL""", [indicator, role])
    if not facts.empty:
        facts = facts[[_period_ok(p, year, role) for p in facts.period]]
        if role == "target":
            facts = facts[facts.report_year == year]
        elif role == "actual":
            facts = facts[facts.report_year >= year]
    if measure is None:
        present = set(facts.measure) if not facts.empty else set()
        measure = "growth" if "growth" in present else "level" if "level" in present else (
            sorted(present)[0] if present else "growth")
    facts = facts[facts.measure == measure] if not facts.empty else facts
    if not facts.empty:
        if role == "actual":  # the earliest report after the year
            facts = facts.assign(_dt=facts.doc_type.map(lambda d: 0 if d == "government_work_report" else 1))
            facts = facts.sort_values(["report_year", "_dt", "doc", "start"]).drop(columns="_dt")
        else:
            facts = rank_docs(facts)
        facts = facts.drop_duplicates("region_code", keep="first")
    by_code: dict[str, dict[str, Any]] = {r["region_code"]: r for r in facts.to_dict("records")}

    gaz = gazetteer()
    anchor = None
    if under:
        anchor = resolve_region(store, under)[0]
    elif province:
        anchor = resolve_region(store, province)[0]
    relation: dict[str, str] = {}
    if anchor:
        for c in reversed(ancestors(anchor)):
            relation[c] = "ancestor"
        relation[anchor] = "self"
        if level:
            kids = {r.code for r in gaz.by_code.values() if r.current and r.level == level and anchor in
                    ([r.parent_code] + ancestors(r.code))}
            kids |= {c for c in by_code if gaz.get(c) is not None and gaz.get(c).level == level
                     and anchor in ancestors(c)}
        else:
            kids = {r.code for r in gaz.children(anchor)}
            kids |= {c for c, r in by_code.items() if r.get("parent_code") == anchor or parent_code(c) == anchor}
        for c in sorted(kids):
            relation.setdefault(c, "child")
        if level and under is None:  # a province with --level: show only that level (and the province)
            relation = {c: r for c, r in relation.items() if r != "ancestor"}
    else:
        for c in sorted(by_code):
            reg = gaz.get(c)
            lvl = by_code[c].get("level") or (reg.level if reg else None)
            if level and lvl != level:
                continue
            relation[c] = "region"
    rows = []
    for c, rel in relation.items():
        f = by_code.get(c)
        reg = gaz.get(c)
        if f is None and rel in ("child", "region"):
            # children without a value are listed only when they are direct children (to show gaps)
            if level or rel == "region":
                continue
        pc = (f.get("parent_code") if f else None) or (reg.parent_code if reg else None)
        prow = gaz.get(pc)
        rows.append({
            "region": (f["region"] if f else None) or (reg.name if reg else c), "code": c,
            "level": (f["level"] if f else None) or (reg.level if reg else None),
            "parent": (f["parent"] if f else None) or (prow.name if prow else None), "_parent_code": pc,
            "relation": rel,
            "value": clean(f["value"]) if f else None, "value_high": clean(f["value_high"]) if f else None,
            "qualifier": f["qualifier"] if f else None, "unit": clean(f["unit"]) if f else None,
            "quote": f["quote"] if f else None, "doc": f["doc"] if f else None,
            "report_year": int(f["report_year"]) if f and not is_missing(f["report_year"]) else None,
        })
    out = pd.DataFrame(rows)
    if out.empty:
        return pd.DataFrame(columns=COMPARE_COLUMNS)
    vals = {r["code"]: r for r in rows}

    def diff(a: dict[str, Any], b: dict[str, Any] | None) -> float | None:
        if b is None or is_missing(a["value"]) or is_missing(b["value"]):
            return None
        if measure in PCT_MEASURES:
            return round(a["value"] - b["value"], 6)
        bv = convert(b["value"], b["unit"], a["unit"])
        return None if bv is None else round(a["value"] - bv, 6)

    def parent_row(r: dict[str, Any]) -> dict[str, Any] | None:
        pr = vals.get(r["_parent_code"])
        if pr is None and r["_parent_code"] in by_code:  # the parent is not listed but has a value
            f = by_code[r["_parent_code"]]
            pr = {"value": clean(f["value"]), "unit": clean(f["unit"])}
        return pr

    out["diff_from_parent"] = [diff(r, parent_row(r)) for r in rows]
    meds = []
    for r in rows:
        sib = [s for s in rows if s["_parent_code"] == r["_parent_code"] and s["relation"] in ("child", "region")
               and not is_missing(s["value"])]
        if r["relation"] not in ("child", "region") or is_missing(r["value"]) or len(sib) < 2:
            meds.append(None)
            continue
        conv = [s["value"] if measure in PCT_MEASURES else convert(s["value"], s["unit"], r["unit"]) for s in sib]
        conv = [v for v in conv if v is not None]
        meds.append(round(r["value"] - float(pd.Series(conv).median()), 6) if conv else None)
    out["diff_from_sibling_median"] = meds
    out["report_year"] = out["report_year"].astype("Int64")
    out["_lvl"] = out["level"].map(lambda v: _LEVEL_ORDER.get(v, 3))
    out["_rel"] = out["relation"].map({"ancestor": 0, "self": 1, "child": 2, "region": 2})
    out = out.sort_values(["_rel", "_lvl", "code"], kind="stable")
    out.insert(0, "indicator", indicator)
    out.insert(1, "measure", measure)
    out.insert(2, "role", role)
    out.insert(3, "year", year)
    return out.drop(columns=["_lvl", "_rel", "_parent_code"])[
        ["indicator", "measure", "role", "year"] + COMPARE_COLUMNS].reset_index(drop=True)
