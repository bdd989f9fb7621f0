"""One indicator across a region, its parents and its children, side by side."""
from __future__ import annotations

from typing import Any

import pandas as pd

from ..regions import gazetteer
from .common import PCT_MEASURES, clean, convert, is_missing, rank_docs, resolve_region
from .hierarchy import LEVEL_RANK, NATIONAL_CODE, level_of, lineage, parent_of

COMPARE_COLUMNS = ["region", "code", "level", "parent", "relation", "value", "value_high", "qualifier", "unit",
                   "quote", "doc", "report_year", "diff_from_parent", "diff_from_sibling_median"]


def _stored_name(store, code: str | None) -> str | None:
    """A region's name as stored with its documents (the country is not in the gazetteer)."""
    if not code:
        return None
    row = store.con.execute("SELECT region FROM reviewed_documents WHERE region_code = ? AND region IS NOT NULL LIMIT 1",
                            [code]).fetchone()
    return row[0] if row else None


def _region_name(store, code: str | None, by_code: dict[str, dict[str, Any]]) -> str | None:
    if not code:
        return None
    if code in by_code and by_code[code].get("region"):
        return by_code[code]["region"]
    reg = gazetteer().get(code)
    return reg.name if reg else _stored_name(store, code)


def _period_ok(period: str, year: int, role: str) -> bool:
    if period == str(year):
        return True
    if role == "goal" and period and "-" in period:
        a, _, b = period.partition("-")
        return a.isdigit() and b.isdigit() and int(a) <= year <= int(b)
    return False


def fetch(store, indicator: str, role: str = "target") -> pd.DataFrame:
    """Every stored fact of ``indicator`` with ``role``, joined with its document's metadata (documents
    without a region code or year included: callers decide what to do with them)."""
    return store.query(
        """SELECT d.name AS doc, d.region, d.region_code, d.level, d.parent, d.parent_code, d.province,
                  d.doc_type, d.report_year, f.*
           FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id
           WHERE f.indicator = ? AND f.role = ?""", [indicator, role])


def for_year(facts: pd.DataFrame, year: int, role: str) -> pd.DataFrame:
    """The facts that state the ``year`` figure: targets set in that year's report, actuals reported
    in it or later, goals whose span covers it."""
    if facts.empty:
        return facts
    facts = facts[[_period_ok(p, year, role) for p in facts.period]]
    if role == "target":
        facts = facts[facts.report_year == year]
    elif role == "actual":
        facts = facts[facts.report_year >= year]
    return facts


def default_measure(facts: pd.DataFrame) -> str:
    """growth when stated, else level, else the first measure present."""
    present = set(facts.measure) if not facts.empty else set()
    return "growth" if "growth" in present else "level" if "level" in present else (
        sorted(present)[0] if present else "growth")


def pick(facts: pd.DataFrame, role: str, measure: str) -> pd.DataFrame:
    """One figure per region code: the earliest report after the year for actuals, else the preferred document."""
    facts = facts[facts.measure == measure] if not facts.empty else facts
    if facts.empty:
        return facts
    if role == "actual":
        facts = facts.assign(_dt=facts.doc_type.map(lambda d: 0 if d == "government_work_report" else 1))
        facts = facts.sort_values(["report_year", "_dt", "doc", "start"]).drop(columns="_dt")
    else:
        facts = rank_docs(facts)
    return facts.drop_duplicates("region_code", keep="first")


def compare(store, indicator: str, year: int, under: str | None = None, level: str | None = None,
            province: str | None = None, role: str = "target", measure: str | None = None) -> pd.DataFrame:
    """Values of ``indicator`` for ``year``: the region ``under`` with its parents up to the country and its
    children (with ``level``: all its descendants at that level); without ``under``, every region of ``level``
    (in ``province``) that has a value.
    """
    facts = fetch(store, indicator, role)
    facts = for_year(facts[facts.region_code.notna()] if not facts.empty else facts, year, role)
    if measure is None:
        measure = default_measure(facts)
    facts = pick(facts, role, measure)
    by_code: dict[str, dict[str, Any]] = {r["region_code"]: r for r in facts.to_dict("records")}

    gaz = gazetteer()
    anchor = None
    if under:
        anchor = resolve_region(store, under)[0]
    elif province:
        anchor = resolve_region(store, province)[0]
    relation: dict[str, str] = {}
    if anchor:
        for c in reversed(lineage(anchor)):
            # the country is listed above the provinces when it states the figure
            if c != NATIONAL_CODE or c in by_code:
                relation[c] = "ancestor"
        relation[anchor] = "self"
        if level:
            kids = {r.code for r in gaz.by_code.values() if r.current and level_of(r.code) == level
                    and anchor in lineage(r.code)}
            kids |= {c for c in by_code if level_of(c) == level and anchor in lineage(c)}
        else:
            kids = {r.code for r in gaz.by_code.values() if r.current and parent_of(r.code) == anchor}
            kids |= {c for c in by_code if parent_of(c) == anchor}
        for c in sorted(kids):
            relation.setdefault(c, "child")
        if level and under is None:  # a province with --level: show only that level (and the province)
            relation = {c: r for c, r in relation.items() if r != "ancestor"}
    else:
        for c in sorted(by_code):
            reg = gaz.get(c)
            lvl = by_code[c].get("level") or level_of(c) or (reg.level if reg else None)
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
        pc = parent_of(c) or (f.get("parent_code") if f else None) or (reg.parent_code if reg else None)
        rows.append({
            "region": (clean(f["region"]) if f else None) or (reg.name if reg else None) or _stored_name(store, c)
            or c, "code": c, "level": (clean(f["level"]) if f else None) or level_of(c) or (reg.level if reg else None),
            "parent": (clean(f["parent"]) if f else None) or _region_name(store, pc, by_code), "_parent_code": pc,
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
    out["_lvl"] = out["level"].map(lambda v: LEVEL_RANK.get(v, len(LEVEL_RANK)))
    out["_rel"] = out["relation"].map({"ancestor": 0, "self": 1, "child": 2, "region": 2})
    out = out.sort_values(["_rel", "_lvl", "code"], kind="stable")
    out.insert(0, "indicator", indicator)
    out.insert(1, "measure", measure)
    out.insert(2, "role", role)
    out.insert(3, "year", year)
    return out.drop(columns=["_lvl", "_rel", "_parent_code"])[
        ["indicator", "measure", "role", "year"] + COMPARE_COLUMNS].reset_index(drop=True)
