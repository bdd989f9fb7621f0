"""Target escalation (层层加码): how each level's figure compares with the level above, and who meets it.

For an indicator and year, every region's figure (one per region, chosen as ``compare`` chooses it) is
set against its own parent's figure: each province against the country, each city against its
province, each county against its city. Figures are compared on the number (a range on its midpoint),
with the qualifier kept for display. Per level: how many regions, median, mean, min, max, the mean gap
to the parent and the share above it, and the share of regions whose actual (reported the next year)
met their own target, by the scorecard's verdicts. Works on stored data only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

import pandas as pd

from ..vocab import _data, _rows
from .common import PCT_MEASURES, clean, convert, is_missing, resolve_region
from .compare import _region_name, default_measure, fetch, for_year, pick
from .hierarchy import LEVEL_RANK, LEVELS, NATIONAL_CODE, level_of, lineage, parent_of, valid_code, within
from .scorecard import scorecards

LEVEL_COLUMNS = ["indicator", "measure", "role", "year", "level", "n", "median", "mean", "min", "max", "q1", "q3",
                 "n_with_parent", "mean_gap", "median_gap", "share_above", "n_scored", "n_met", "n_missed",
                 "share_met", "unit"]
PAIR_COLUMNS = ["indicator", "measure", "role", "year", "level", "region", "code", "parent", "parent_code",
                "value", "value_high", "qualifier", "shown", "number", "unit", "parent_shown", "parent_number",
                "gap", "above", "verdict", "quote", "doc", "parent_quote", "parent_doc"]
EXCLUDED_COLUMNS = ["doc", "reason"]
LABELS_ZH = {"indicator": "指标代码", "measure": "度量", "role": "类型（目标/实际）", "year": "年份",
             "level": "行政级别", "n": "有数值的地区数", "median": "中位数", "mean": "均值", "min": "最小值",
             "max": "最大值", "q1": "下四分位数", "q3": "上四分位数", "n_with_parent": "上级有数值的地区数",
             "mean_gap": "与上级之差的均值", "median_gap": "与上级之差的中位数", "share_above": "高于上级的比例",
             "n_scored": "可判定完成情况的目标数", "n_met": "完成（含超额）目标数", "n_missed": "未完成目标数",
             "share_met": "目标完成比例", "unit": "单位",
             # the per-parent table
             "region": "地区", "code": "行政区划代码", "parent": "上级地区", "parent_code": "上级行政区划代码",
             "value": "数值", "value_high": "区间上限", "qualifier": "限定词", "shown": "原文数值（含限定词）",
             "number": "比较用数值（区间取中点）", "parent_shown": "上级数值（含限定词）",
             "parent_number": "上级比较用数值", "gap": "与上级之差", "above": "是否高于上级",
             "verdict": "目标完成情况", "quote": "原文", "doc": "来源文件", "parent_quote": "上级原文",
             "parent_doc": "上级来源文件"}
YEAR_MIN, YEAR_MAX = 1949, 2100  # years a report can be about
_MET = frozenset({"met", "exceeded"})
_EPS = 1e-9


@dataclass
class Escalation:
    """The result: ``levels`` (year × level statistics, the panel), ``pairs`` (each region against its
    parent) and ``excluded`` (documents left out, with the reason)."""

    indicator: str
    measure: str
    role: str
    years: list[int]
    unit: str | None
    under: str | None
    levels: pd.DataFrame
    pairs: pd.DataFrame
    excluded: pd.DataFrame
    national: dict[int, float] = field(default_factory=dict)  # the country's figure by year

    @property
    def panel(self) -> pd.DataFrame:
        return self.levels

    def __repr__(self) -> str:
        span = str(self.years[0]) if len(self.years) == 1 else f"{self.years[0]}-{self.years[-1]}"
        return (f"<Escalation {self.indicator} {self.measure} {self.role} {span}"
                f"{' under ' + self.under if self.under else ''}: {len(self.pairs)} figures, "
                f"{self.levels.level.nunique()} levels, {len(self.excluded)} documents left out>")

    def strips(self, year: int) -> list[dict[str, Any]]:
        """Chart data for one year: per level (top down) its values, regions and box statistics."""
        out = []
        lv = self.levels[self.levels.year == year].set_index("level")
        for level in LEVELS:
            sub = self.pairs[(self.pairs.year == year) & (self.pairs.level == level)]
            if sub.empty:
                continue
            r = lv.loc[level]
            out.append({"level": level, "values": [float(v) for v in sub.number],
                        "regions": [str(v) for v in sub.region],
                        "box": [float(r[k]) for k in ("min", "q1", "median", "q3", "max")]})
        return out


@lru_cache(maxsize=1)
def _displays() -> dict[str, str]:
    return {cols[0]: cols[1] for cols in _rows(_data("qualifiers.tsv")) if len(cols) >= 2}


def shown(value: Any, high: Any, qualifier: str | None, unit: str | None) -> str:
    """A figure written back with its qualifier: 5%左右, 5.5%以上, 6–6.5%."""
    if is_missing(value) and qualifier != "qualitative":
        return ""
    fmt = _displays().get(qualifier or "eq", "{v}{u}")
    num = lambda v: "" if is_missing(v) else f"{float(v):g}"  # noqa: E731
    return fmt.format(v=num(value), h=num(high if not is_missing(high) else value), u=unit or "")


def parse_years(year: int | None = None, years: str | Iterable[int] | None = None) -> list[int]:
    """``2024``; ``"2016-2025"``; ``"2016,2018"``; or a list of years (each within 1949–2100)."""
    out: list[int] = []

    def one(v: Any) -> int:
        v = str(v).strip()
        if not v.isdigit():
            raise ValueError(f"bad year {v!r}")
        if not YEAR_MIN <= int(v) <= YEAR_MAX:  # also keeps a mistyped span (1-99999999) from running for ever
            raise ValueError(f"year {v} is outside {YEAR_MIN}–{YEAR_MAX}")
        return int(v)

    parts = (years.split(",") if isinstance(years, str) else list(years)) if years is not None else []
    for part in (str(x).strip() for x in parts):
        if not part:
            continue
        a, sep, b = part.partition("-")
        if sep:
            first, last = one(a), one(b)
            if first > last:
                raise ValueError(f"bad year span {part!r}: write it as 2016-2025")
            out += range(first, last + 1)
        else:
            out.append(one(part))
    if year is not None:
        out.append(one(year))
    if not out:
        raise ValueError("give a year or a span of years")
    return sorted(set(out))


def _number(row: dict[str, Any], unit: str | None, measure: str) -> float | None:
    """The figure compared across regions: the value (a range's midpoint) in ``unit``."""
    v, h = clean(row["value"]), clean(row["value_high"])
    if v is None:
        return None
    n = (float(v) + float(h)) / 2 if row["qualifier"] == "range" and h is not None else float(v)
    if measure in PCT_MEASURES:
        return n
    return convert(n, clean(row["unit"]), unit)


def _common_unit(frames: list[pd.DataFrame]) -> str | None:
    """The unit most figures are stated in (others are converted to it)."""
    units = [u for f in frames for u in f["unit"] if not is_missing(u)]
    return str(pd.Series(units).mode().iloc[0]) if units else None


def escalation(store, indicator: str, year: int | None = None, years: str | Iterable[int] | None = None,
               under: str | None = None, role: str = "target", measure: str | None = None,
               tolerance: float = 0.5) -> Escalation:
    """Escalation of ``indicator`` in ``year`` (or each of ``years``), over all regions or those
    ``under`` a region (with the regions above it, so a province is still set against the country)."""
    yrs = parse_years(year, years)
    anchor = resolve_region(store, under)[0] if under else None
    scope = set(lineage(anchor)) if anchor else set()

    def in_scope(code: str) -> bool:
        return anchor is None or code in scope or within(code, anchor)

    raw = fetch(store, indicator, role)
    excluded: list[dict[str, str]] = []
    if not raw.empty:
        no_code = ~raw.region_code.map(valid_code)
        no_year = raw.report_year.isna()
        for doc, code in raw[no_code][["doc", "region_code"]].drop_duplicates("doc").itertuples(index=False):
            excluded.append({"doc": doc, "reason": "no region code" if is_missing(code) else f"bad region code {code}"})
        for doc in raw[~no_code & no_year].doc.drop_duplicates():
            excluded.append({"doc": doc, "reason": "no report year"})
        raw = raw[~no_code & ~no_year]
        raw = raw[raw.region_code.map(in_scope)]
    chosen = {y: for_year(raw, y, role) for y in yrs}
    if measure is None:
        measure = default_measure(pd.concat([d for d in chosen.values() if not d.empty] or [raw.iloc[0:0]]))
    picks = {y: pick(d, role, measure) for y, d in chosen.items()}
    unit = "%" if measure in PCT_MEASURES else _common_unit(list(picks.values()))

    verdicts = _verdicts(store, indicator, measure, yrs, role, picks, raw, in_scope, tolerance)

    pair_rows: list[dict[str, Any]] = []
    national: dict[int, float] = {}
    for y in yrs:
        figs: dict[str, dict[str, Any]] = {}
        for r in picks[y].to_dict("records"):
            n = _number(r, unit, measure)
            if n is None:
                if not is_missing(r["value"]):  # a level in a unit that cannot be converted
                    excluded.append({"doc": r["doc"], "reason": f"unit {r['unit']} not comparable with {unit}"})
                continue
            figs[r["region_code"]] = {**r, "_n": n}
        if NATIONAL_CODE in figs:
            national[y] = figs[NATIONAL_CODE]["_n"]
        for code, r in figs.items():
            pc = parent_of(code)
            p = figs.get(pc)
            gap = None if p is None else round(r["_n"] - p["_n"], 6)
            pair_rows.append({
                "indicator": indicator, "measure": measure, "role": role, "year": y, "level": level_of(code),
                "region": r["region"] or code, "code": code,
                "parent": (p["region"] if p else None) or _parent_name(store, pc, r), "parent_code": pc,
                "value": clean(r["value"]), "value_high": clean(r["value_high"]), "qualifier": r["qualifier"],
                "shown": shown(r["value"], r["value_high"], r["qualifier"], clean(r["unit"])),
                "number": round(r["_n"], 6), "unit": unit,
                "parent_shown": shown(p["value"], p["value_high"], p["qualifier"], clean(p["unit"])) if p else None,
                "parent_number": round(p["_n"], 6) if p else None, "gap": gap,
                "above": None if gap is None else bool(gap > _EPS),
                "verdict": verdicts.get((y, code)),
                "quote": r["quote"], "doc": r["doc"],
                "parent_quote": p["quote"] if p else None, "parent_doc": p["doc"] if p else None})
    pairs = pd.DataFrame(pair_rows, columns=PAIR_COLUMNS)
    if not pairs.empty:
        pairs = pairs.assign(_l=pairs.level.map(LEVEL_RANK), _p=pairs.parent_code.fillna(""))
        pairs = pairs.sort_values(["year", "_l", "_p", "code"], kind="stable").drop(columns=["_l", "_p"])
        pairs = pairs.reset_index(drop=True)
    pairs["above"] = pairs["above"].astype("boolean")  # Stata gets 1/0/missing
    pairs.attrs["labels"] = {c: LABELS_ZH[c] for c in PAIR_COLUMNS if c in LABELS_ZH}
    levels = _level_table(pairs, verdicts, indicator, measure, role, yrs, unit)
    exc = pd.DataFrame(excluded, columns=EXCLUDED_COLUMNS).drop_duplicates().reset_index(drop=True)
    return Escalation(indicator, measure, role, yrs, unit, anchor, levels, pairs, exc, national)


def _parent_name(store, code: str | None, row: dict[str, Any]) -> str | None:
    if not code:
        return None
    if not is_missing(row.get("parent")) and row.get("parent_code") == code:
        return row["parent"]
    return _region_name(store, code, {})


def _verdicts(store, indicator, measure, yrs, role, picks, raw, in_scope, tolerance) -> dict[tuple[int, str], str]:
    """(year, code) → the scorecard verdict of the region's own target for that year."""
    if role == "target":
        targets = picks
    else:
        t = fetch(store, indicator, "target")
        if not t.empty:
            t = t[t.region_code.map(valid_code) & t.report_year.notna()]
            t = t[t.region_code.map(in_scope)]
        targets = {y: pick(for_year(t, y, "target"), "target", measure) for y in yrs}
    wanted = {(y, c) for y in yrs if not targets[y].empty for c in targets[y].region_code}
    if not wanted:
        return {}
    cards = scorecards(store, sorted({c for _, c in wanted}), tolerance=tolerance, indicator=indicator)
    cards = cards[cards.measure == measure]
    return {(int(y), c): v for y, c, v in zip(cards.year, cards.region_code, cards.verdict) if (int(y), c) in wanted}


def _level_table(pairs: pd.DataFrame, verdicts: dict[tuple[int, str], str], indicator: str, measure: str,
                 role: str, yrs: list[int], unit: str | None) -> pd.DataFrame:
    by_level_verdicts: dict[tuple[int, str], list[str]] = {}
    for (y, code), v in verdicts.items():
        by_level_verdicts.setdefault((y, level_of(code)), []).append(v)
    present = set(pairs.level) if not pairs.empty else set()
    present |= {lvl for (_, lvl) in by_level_verdicts}
    groups = {k: g for k, g in pairs.groupby(["year", "level"])} if not pairs.empty else {}
    rows = []
    for y in yrs:
        for level in [lv for lv in LEVELS if lv in present]:  # every level each year: a balanced panel
            sub = groups.get((y, level))
            nums = sub.number.astype(float) if sub is not None else pd.Series(dtype=float)
            gaps = sub.gap.dropna().astype(float) if sub is not None else pd.Series(dtype=float)
            vs = by_level_verdicts.get((y, level), [])
            scored = [v for v in vs if v in _MET or v == "missed"]
            n_met = sum(v in _MET for v in scored)
            rows.append({
                "indicator": indicator, "measure": measure, "role": role, "year": y, "level": level,
                "n": len(nums), "median": _r(nums.median()), "mean": _r(nums.mean()), "min": _r(nums.min()),
                "max": _r(nums.max()), "q1": _r(nums.quantile(0.25)), "q3": _r(nums.quantile(0.75)),
                "n_with_parent": len(gaps), "mean_gap": _r(gaps.mean()), "median_gap": _r(gaps.median()),
                "share_above": _r((gaps > _EPS).mean()) if len(gaps) else None,
                "n_scored": len(scored), "n_met": n_met, "n_missed": len(scored) - n_met,
                "share_met": _r(n_met / len(scored)) if scored else None, "unit": unit})
    out = pd.DataFrame(rows, columns=LEVEL_COLUMNS)
    for c in ("median", "mean", "min", "max", "q1", "q3", "mean_gap", "median_gap", "share_above", "share_met"):
        out[c] = out[c].astype("float64")
    out.attrs["labels"] = {c: LABELS_ZH[c] for c in LEVEL_COLUMNS}
    return out


def _r(v: Any) -> float | None:
    return None if is_missing(v) else round(float(v), 6)
