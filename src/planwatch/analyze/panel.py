"""A tidy region × year × indicator × role panel, and writers for statistics packages."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd

from .common import base_unit, indicator_name, is_missing, rank_docs, unit_factor

PANEL_COLUMNS = ["region", "region_code", "level", "parent", "province", "report_year", "period", "indicator",
                 "indicator_name", "role", "measure", "value", "value_high", "qualifier", "unit", "value_norm",
                 "unit_norm", "quote", "doc", "doc_type", "review_status"]
_ID = ["region", "region_code", "level", "parent", "province", "period"]
_ROLE_ZH = {"target": "目标", "actual": "实际", "goal": "规划目标"}
_MEASURE_ZH = {"level": "总量", "growth": "增速", "share": "比重", "pp_change": "百分点变化", "rank": "位次"}
_ROLE_AB = {"target": "t", "actual": "a", "goal": "g"}
_MEASURE_AB = {"level": "lvl", "growth": "gr", "share": "sh", "pp_change": "pp", "rank": "rk"}
LABELS_ZH = {"region": "地区", "region_code": "行政区划代码", "level": "行政级别", "parent": "上级地区",
             "province": "省份", "report_year": "报告年份", "period": "数据所属期", "indicator": "指标代码",
             "indicator_name": "指标名称", "role": "类型（目标/实际/规划目标）", "measure": "度量",
             "value": "数值", "value_high": "区间上限", "qualifier": "限定词", "unit": "单位",
             "value_norm": "换算到基本单位的数值", "unit_norm": "基本单位", "quote": "原文", "doc": "来源文件",
             "doc_type": "文件类型", "review_status": "审核状态"}


def _split(v: str | Iterable[str] | None) -> list[str] | None:
    if v is None:
        return None
    if isinstance(v, str):
        v = v.split(",")
    out = [s.strip() for s in v if s and s.strip()]
    return out or None


def panel(store, indicators: str | Iterable[str] | None = None, roles: str | Iterable[str] | None = None,
          wide: bool = False) -> pd.DataFrame:
    """Every fact as one row (tidy), or with ``wide`` one row per region × period and a column per
    indicator_role_measure holding the normalised value (yuan, persons, jin, mu… or % / pp)."""
    inds, rls = _split(indicators), _split(roles)
    where, params = [], []
    if inds:
        where.append(f"f.indicator IN ({','.join('?' * len(inds))})")
        params += inds
    if rls:
        where.append(f"f.role IN ({','.join('?' * len(rls))})")
        params += rls
    sql = f"""SELECT d.name AS doc, d.doc_type, d.region, d.region_code, d.level, d.parent, d.province,
                     d.report_year, f.* FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id
              {'WHERE ' + ' AND '.join(where) if where else ''}
              ORDER BY d.province, d.region_code, d.report_year, f.indicator, f.role, f.measure, d.name, f.start"""
    df = store.query(sql, params)
    if df.empty:
        out = pd.DataFrame(columns=PANEL_COLUMNS)
        return _widen(out) if wide else out
    dims = [unit_factor(u if not is_missing(u) else None) for u in df["unit"]]
    df["value_norm"] = [None if is_missing(v) else float(v) * f for v, (_, f) in zip(df["value"], dims)]
    df["value_norm"] = df["value_norm"].astype("float64")
    df["unit_norm"] = [base_unit(d) if d else (None if is_missing(u) else u) for (d, _), u in zip(dims, df["unit"])]
    df["indicator_name"] = df["indicator"].map(indicator_name)
    df["report_year"] = df["report_year"].astype("Int64")
    out = df[PANEL_COLUMNS].reset_index(drop=True)
    return _widen(out) if wide else out


def _widen(df: pd.DataFrame) -> pd.DataFrame:
    if df.empty:
        return pd.DataFrame(columns=_ID)
    # one statement per region × period × indicator × role × measure: the preferred document's
    df = rank_docs(df.assign(start=0)).drop(columns="start")
    df = df.drop_duplicates(_ID[:2] + ["period", "indicator", "role", "measure"], keep="first")
    df = df.assign(column=df["indicator"] + "_" + df["role"] + "_" + df["measure"])
    wide = df.set_index(["region_code", "period", "column"])["value_norm"].unstack("column")
    wide.columns.name = None
    ids = df[_ID].drop_duplicates(["region_code", "period"]).set_index(["region_code", "period"])
    out = ids.join(wide, how="right").reset_index()
    out = out[_ID + [c for c in out.columns if c not in _ID]]
    labels = {}
    for col, ind, role, meas, unit in df[["column", "indicator", "role", "measure", "unit_norm"]].drop_duplicates(
            "column").itertuples(index=False):
        labels[col] = f"{indicator_name(ind)} {_ROLE_ZH.get(role, role)} {_MEASURE_ZH.get(meas, meas)}" + (
            f"（{unit}）" if not is_missing(unit) and unit else "")
    out.attrs["labels"] = labels
    return out.sort_values(["region_code", "period"]).reset_index(drop=True)


def stata_names(columns: list[str]) -> dict[str, str]:
    """Valid, unique Stata variable names for ``columns``: wide-panel names are abbreviated
    (gdp_per_capita_target_growth → gdp_per_capita_t_gr), then made valid by the exporter's rules."""
    from ..export import stata_names as valid_names

    short = []
    for col in columns:
        name = str(col)
        if len(name) > 32:
            parts = name.rsplit("_", 2)
            if len(parts) == 3 and parts[1] in _ROLE_AB and parts[2] in _MEASURE_AB:
                name = f"{parts[0]}_{_ROLE_AB[parts[1]]}_{_MEASURE_AB[parts[2]]}"
        short.append(name)
    return dict(zip(columns, valid_names(short)))


def _labels(df: pd.DataFrame) -> dict[str, str]:
    labels = dict(LABELS_ZH)
    labels.update(df.attrs.get("labels", {}))
    return {c: labels[c] for c in df.columns if c in labels}


def write_panel(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a panel by file suffix: .csv, .parquet, .xlsx or .dta (Stata 14+, Chinese variable labels)."""
    path = Path(path)
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        df.to_csv(path, index=False)
    elif suffix == ".parquet":
        df.to_parquet(path, index=False)
    elif suffix == ".xlsx":
        df.to_excel(path, index=False)
    elif suffix == ".dta":
        labels = _labels(df)
        names = stata_names(list(df.columns))
        out = df.copy()
        strl = []
        for c in out.columns:
            s = out[c]
            if str(s.dtype) in ("Int64", "Int32", "boolean") or s.dtype == bool:
                out[c] = s.astype("float64")
            elif s.dtype == object or str(s.dtype).startswith("string"):
                vals = s.map(lambda v: "" if is_missing(v) else str(v))
                out[c] = vals
                if vals.map(lambda v: len(v.encode("utf-8"))).max() > 2000 if len(vals) else False:
                    strl.append(names[c])
        out = out.rename(columns=names)
        vlabels = {names[c]: _truncate(lbl, 80) for c, lbl in labels.items()}
        out.to_stata(path, write_index=False, version=118, variable_labels=vlabels,
                     convert_strl=strl or None)
    else:
        raise ValueError(f"unknown panel format {suffix!r}: use .csv, .parquet, .xlsx or .dta")
    return path


def _truncate(s: str, n: int) -> str:
    # Stata limits labels to 80 bytes in version 118 (UTF-8)
    b = s.encode("utf-8")
    if len(b) <= n:
        return s
    return b[:n].decode("utf-8", errors="ignore")
