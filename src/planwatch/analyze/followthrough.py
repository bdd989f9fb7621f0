"""Follow-through: what became of each pledge of a region's year-Y report, by its year-Y+1 report.

Each pledge of the year-Y report(s) is matched with the quantified statements of the review part
of the year-Y+1 report(s) (read with the same action/object/quantity scanner the pledges come
from): same normalised object, or one object containing the other, and a comparable unit.
Status: ``delivered`` (reported ≥ pledged; ≤ for an at_most pledge), ``partial`` (short of it),
``not_reported`` (no statement about it).
"""
from __future__ import annotations

import re

import pandas as pd

from ..extract import pledges as _pledges
from ..model import Pledge
from ..normalize import normalize
from ..structure import outline as _outline
from ..vocab import unit_dims
from .common import is_missing, resolve_region

COLUMNS = ["region", "region_code", "year", "status", "action", "object", "object_norm", "category",
           "pledged", "pledged_unit", "qualifier", "reported", "reported_unit", "ratio", "report_action",
           "pledge_doc", "pledge_quote", "pledge_start", "pledge_end",
           "report_doc", "report_quote", "report_start", "report_end"]


def unit_base(unit: str | None) -> tuple[str | None, float]:
    """(dimension, factor): units.tsv first, then a 万/亿 prefix on any unit ("万平方米" = 1e4 平方米)."""
    if not unit:
        return None, 1.0
    d = unit_dims().get(unit)
    if d is not None:
        return d
    for p, f in (("万", 1e4), ("亿", 1e8), ("千", 1e3)):
        if unit.startswith(p) and len(unit) > 1:
            inner = unit_dims().get(unit[1:])
            if inner is not None:
                return inner[0], inner[1] * f
            return unit[1:], f
    return unit, 1.0


def _value(v: float | None, unit: str | None) -> tuple[str | None, float | None]:
    if is_missing(v):
        return None, None
    dim, f = unit_base(unit)
    return dim, float(v) * f


def _objects_match(p_obj: str, p_norm, r_obj: str, r_norm) -> int:
    """0: no match; 2: same normalised object; 1: one object contains the other."""
    if not is_missing(p_norm) and not is_missing(r_norm) and p_norm == r_norm:
        # a shared generic object_norm (重大项目, 固定资产投资) needs the words to agree too
        return 2 if (p_obj in r_obj or r_obj in p_obj or _core(p_obj) == _core(r_obj)) else 1
    if p_obj and r_obj and (p_obj in r_obj or r_obj in p_obj):
        return 1
    return 0


def _core(obj: str) -> str:
    return re.sub(r"改造|建设|工程|任务|新建|新增", "", obj)


def _review_statements(store, doc_id: str) -> list[Pledge]:
    doc = store.load(doc_id)
    if doc is None:
        return []
    norm = normalize(doc.text)
    return _pledges.scan(norm, _outline(norm), doc.meta, part="review")


def followthrough(store, region: str, year: int) -> pd.DataFrame:
    """One row per pledge of ``region``'s year-``year`` report, with what the next year's report says."""
    code, name = resolve_region(store, region)
    docs = store.query(
        "SELECT id, name, report_year, doc_type FROM reviewed_documents WHERE (region_code = ? OR region = ?) "
        "AND report_year IN (?, ?) ORDER BY doc_type, name", [code, name, year, year + 1])
    plan_docs = docs[docs.report_year == year]
    next_docs = docs[docs.report_year == year + 1]
    reported: list[tuple[str, Pledge]] = []
    for r in next_docs.itertuples():
        reported += [(r.name, s) for s in _review_statements(store, r.id)]
    rows = []
    for d in plan_docs.itertuples():
        pl = store.query('SELECT * FROM reviewed_pledges WHERE doc_id = ? ORDER BY start, seq', [d.id])
        for p in pl.itertuples():
            pdim, pval = _value(p.value, p.unit)
            best = None
            for rdoc, s in reported:
                m = _objects_match(p.object, p.object_norm, s.object, s.object_norm)
                if not m:
                    continue
                rdim, rval = _value(s.value, s.unit)
                if rdim != pdim or rval is None:
                    continue
                # prefer the better object match, then the statement nearest the pledged amount
                score = (m, -abs((rval - pval) / pval) if pval else 0)
                if best is None or score > best[0]:
                    best = (score, rdoc, s, rval)
            row = {"region": name, "region_code": code, "year": year, "action": p.action, "object": p.object,
                   "object_norm": p.object_norm, "category": p.category, "pledged": p.value,
                   "pledged_unit": p.unit, "qualifier": p.qualifier, "pledge_doc": d.name,
                   "pledge_quote": p.quote, "pledge_start": p.start, "pledge_end": p.end}
            if best is None or pval is None:
                row.update(status="not_reported", reported=None, reported_unit=None, ratio=None, report_action=None,
                           report_doc=None, report_quote=None, report_start=None, report_end=None)
            else:
                _, rdoc, s, rval = best
                if p.qualifier == "at_most":
                    ok = rval <= (pval if is_missing(p.value_high) else _value(p.value_high, p.unit)[1])
                else:
                    ok = rval >= pval
                row.update(status="delivered" if ok else "partial", reported=s.value, reported_unit=s.unit,
                           ratio=round(rval / pval, 4) if pval else None, report_action=s.action, report_doc=rdoc,
                           report_quote=s.quote, report_start=s.start, report_end=s.end)
            rows.append(row)
    df = pd.DataFrame(rows, columns=COLUMNS)
    for c in ("pledge_start", "pledge_end", "report_start", "report_end"):
        df[c] = df[c].astype("Int64")
    return df
