"""Score extraction against gold annotations, with the same rules as shared/tools/score_facts.py."""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import vocab

_UNITS = {"%": ("pct", 1), "个百分点": ("pp", 1), "百分点": ("pp", 1)}


def _norm_value(value, unit):
    if value is None:
        return None, unit
    dims = vocab.unit_dims()
    dim, factor = _UNITS.get(unit) or dims.get(unit or "", (unit, 1))
    return float(value) * factor, dim


def _same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _key(f):
    return (f["doc"], f["indicator"], f["role"], str(f["period"]), f["measure"])


def _fact_matches(p, g):
    pv, pdim = _norm_value(p.get("value"), p.get("unit", ""))
    gv, gdim = _norm_value(g.get("value"), g.get("unit", ""))
    if g.get("value") is not None and pdim != gdim:
        return False
    ph, _ = _norm_value(p.get("value_high"), p.get("unit", ""))
    gh, _ = _norm_value(g.get("value_high"), g.get("unit", ""))
    return _same(pv, gv) and _same(ph, gh) and p.get("qualifier") == g.get("qualifier")


def _overlaps(p, g):
    try:
        return int(p["start"]) < int(g["end"]) and int(g["start"]) < int(p["end"])
    except (KeyError, TypeError, ValueError):
        return False


def _pledge_matches(p, g):
    po, go = p.get("object") or "", g.get("object") or ""
    if not po or not go or not (po in go or go in po):
        return False
    pv, pdim = _norm_value(p.get("value"), p.get("unit", ""))
    gv, gdim = _norm_value(g.get("value"), g.get("unit", ""))
    return pdim == gdim and _same(pv, gv)


@dataclass
class Report:
    per_doc: dict[str, list[int]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    facts: tuple[float, float, float] = (0.0, 0.0, 0.0)
    totals: list[int] = field(default_factory=list)
    pledges: tuple[float, float, float] = (0.0, 0.0, 0.0)
    pledge_docs: int = 0
    meta_right: int = 0
    meta_total: int = 0
    # (miss|wrong|extra, (doc, indicator, role, period, measure)) for each error, and gold counts
    events: list[tuple[str, tuple]] = field(default_factory=list)
    gold_by_indicator: dict[str, int] = field(default_factory=dict)

    def classes(self) -> str:
        """Where the errors are, as score_facts.py -c: by role/measure and by indicator."""
        col = {"miss": 0, "wrong": 1, "extra": 2}
        by_class: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
        by_ind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for kind, k in self.events:
            by_class[(k[2], k[4])][col[kind]] += 1
            by_ind[k[1]][col[kind]] += 1
        out = [f"{'role/measure':24} {'miss':>5} {'wrong':>5} {'extra':>5}"]
        for (role, measure), c in sorted(by_class.items(), key=lambda kv: -sum(kv[1])):
            out.append(f"{role + '/' + measure:24} {c[0]:5} {c[1]:5} {c[2]:5}")
        out.append(f"{'indicator':28} {'gold':>5} {'miss':>5} {'wrong':>5} {'extra':>5}")
        for ind, c in sorted(by_ind.items(), key=lambda kv: -sum(kv[1])):
            out.append(f"{ind:28} {self.gold_by_indicator.get(ind, 0):5} {c[0]:5} {c[1]:5} {c[2]:5}")
        return "\n".join(out)

    def render(self, verbose: bool = True, classes: bool = True) -> str:
        out = list(self.lines) if verbose else []
        if classes:
            out.append(self.classes())
        out.append(f"{'doc':40} {'tp':>4} {'fp':>4} {'fn':>4}  f1")
        for doc, c in sorted(self.per_doc.items()):
            out.append(f"{doc:40} {c[0]:4} {c[1]:4} {c[2]:4}  {_prf(c[0], c[1], c[2])[2]:.3f}")
        p, r, f = self.facts
        T = self.totals
        out.append(f"facts: precision {p:.3f} recall {r:.3f} f1 {f:.3f}  (right key, any value: {T[3]}; "
                   f"spans on the gold quote: {T[4]}/{T[0]})")
        if self.pledge_docs:
            pp, pr, pf = self.pledges
            out.append(f"pledges ({self.pledge_docs} docs): precision {pp:.3f} recall {pr:.3f} f1 {pf:.3f}")
        out.append(f"metadata: {self.meta_right}/{self.meta_total} fields right")
        macc = self.meta_right / self.meta_total if self.meta_total else 0.0
        out.append(f"facts_f1={f:.3f} pledges_f1={self.pledges[2]:.3f} meta_acc={macc:.3f}")
        return "\n".join(out)


def score(gold: dict[str, dict], lines: list[dict]) -> Report:
    ids = set(vocab.indicators())
    facts = [x for x in lines if x.get("kind", "fact") == "fact"]
    pledges = [x for x in lines if x.get("kind") == "pledge"]
    meta = {x.get("doc"): x for x in lines if x.get("kind") == "document"}
    rep = Report()
    per_doc = defaultdict(lambda: [0, 0, 0, 0, 0])
    preds, seen = {}, set()
    for f in sorted(facts, key=lambda f: (f.get("doc", ""), f.get("start", 0))):
        if f.get("doc") not in gold or f.get("indicator") not in ids:
            continue
        k = _key(f)
        if k not in seen:
            seen.add(k)
            preds[k] = f
    for doc, g in gold.items():
        gfacts = {_key({**x, "doc": doc}): {**x, "doc": doc} for x in g.get("facts", []) if x.get("indicator") in ids}
        for x in gfacts.values():
            if not x.get("optional"):
                rep.gold_by_indicator[x["indicator"]] = rep.gold_by_indicator.get(x["indicator"], 0) + 1
        c = per_doc[doc]
        for k, gf in gfacts.items():
            p = preds.get(k)
            if p is None:
                if not gf.get("optional"):
                    c[2] += 1
                    rep.events.append(("miss", k))
                    rep.lines.append(f"  MISS  {doc} {k[1:]} {gf.get('value')} {gf.get('unit')} {gf.get('qualifier')}  «{gf.get('quote', '')}»")
                continue
            c[3] += 1
            if _fact_matches(p, gf):
                c[0] += 1
                c[4] += _overlaps(p, gf)
            elif not gf.get("optional"):
                c[1] += 1
                c[2] += 1
                rep.events.append(("wrong", k))
                rep.lines.append(f"  WRONG {doc} {k[1:]} gold={gf.get('value')},{gf.get('value_high')} {gf.get('unit')} "
                                 f"{gf.get('qualifier')} got={p.get('value')},{p.get('value_high')} {p.get('unit')} {p.get('qualifier')}")
        scored = g.get("scored")
        for k, p in preds.items():
            if scored is not None:
                allowed = scored.get(k[2])
                if allowed is None or (allowed != "*" and k[1] not in allowed):
                    continue
            if k[0] == doc and k not in gfacts:
                c[1] += 1
                rep.events.append(("extra", k))
                rep.lines.append(f"  EXTRA {doc} {k[1:]} {p.get('value')} {p.get('unit')} {p.get('qualifier')}  «{p.get('quote', '')}»")
    rep.per_doc = dict(per_doc)
    rep.totals = [sum(c[i] for c in per_doc.values()) for i in range(5)]
    rep.facts = _prf(*rep.totals[:3])
    tp = fp = fn = 0
    pdocs = [d for d, g in gold.items() if "pledges" in g]
    for doc in pdocs:
        gp = list(gold[doc]["pledges"])
        used: set[int] = set()
        for p in (p for p in pledges if p.get("doc") == doc):
            hit = next((i for i, g in enumerate(gp) if i not in used and _pledge_matches(p, g)), None)
            if hit is None:
                fp += 1
                rep.lines.append(f"  EXTRA pledge {doc} {p.get('action')} {p.get('value')}{p.get('unit')} {p.get('object')}")
            else:
                used.add(hit)
                tp += 1
        for i, g in enumerate(gp):
            if i not in used and not g.get("optional"):
                fn += 1
                rep.lines.append(f"  MISS  pledge {doc} {g.get('action')} {g.get('value')}{g.get('unit')} {g.get('object')}  «{g.get('quote', '')}»")
    rep.pledges, rep.pledge_docs = _prf(tp, fp, fn), len(pdocs)
    for doc, g in gold.items():
        gm, pm = g.get("meta") or {}, meta.get(doc, {})
        for f in ("region", "level", "report_year", "doc_type"):
            if gm.get(f) is None:
                continue
            rep.meta_total += 1
            if str(pm.get(f)) == str(gm.get(f)):
                rep.meta_right += 1
            else:
                rep.lines.append(f"  META  {doc} {f}: gold={gm.get(f)} got={pm.get(f)}")
    return rep


def evaluate(gold_dir: str | Path, paths: list[str | Path] | None = None) -> Report:
    """Extract the gold documents (from ``paths``, or found beside the gold) and score them."""
    from .api import read_all

    gold = {}
    for p in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        gold[g["doc"]] = g
    if not gold:
        raise SystemExit(f"no gold files in {gold_dir}")
    files: list[Path] = []
    if paths:
        from .ingest import iter_files

        files = [f for f in iter_files(list(paths)) if f.name in gold]
    else:
        for name in gold:
            # texts/ beside the gold is where `planwatch export --gold` puts the texts as read
            cands = [Path(gold_dir) / "texts" / name, Path(gold_dir) / "texts" / (name + ".txt")]
            cands += [d / name for d in (Path("examples"), Path(gold_dir).parent.parent / "seeds",
                                         Path(gold_dir).parent / "seeds",
                                         Path(gold_dir).parent.parent / Path(gold_dir).name / "texts")]
            hit = next((c for c in cands if c.exists()), None)
            if hit is not None:
                files.append(hit)
    by_name = {n + ".txt": n for n in gold}
    lines: list[dict] = []
    for f in files:
        for doc in read_all(f):
            doc.name = by_name.get(doc.name, doc.name) if doc.name not in gold else doc.name
            lines += doc.lines()
    return score(gold, lines)
