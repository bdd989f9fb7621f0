"""Write the stored corpus as tables: one file per table (documents, sections, facts, pledges, projects).

Formats: parquet, csv (UTF-8 with a BOM, so Excel shows Chinese), xlsx (openpyxl), jsonl and
Stata .dta (version 118, Unicode). For Stata the column names are made valid Stata names
(``start`` → ``start_``, ``end`` → ``end_``), every variable gets a Chinese label, and
strings longer than Stata's 2045-byte ``str#`` limit become ``strL`` so nothing is cut.
"""
from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd

TABLES = ("documents", "sections", "facts", "pledges", "projects")
FORMATS = ("parquet", "csv", "xlsx", "dta", "jsonl")
SUFFIX = {"parquet": ".parquet", "csv": ".csv", "xlsx": ".xlsx", "dta": ".dta", "jsonl": ".jsonl"}

# Chinese variable labels (Stata) for the columns the store produces
LABELS = {
    "id": "文档ID", "doc_id": "文档ID", "doc": "文件名", "name": "文件名", "source": "来源路径", "format": "文件格式",
    "region": "地区", "region_code": "行政区划代码", "level": "行政级别", "parent": "上级地区",
    "parent_code": "上级行政区划代码", "province": "省份", "doc_type": "文件类型", "report_year": "报告年份",
    "meeting_date": "会议日期", "speaker": "报告人", "title": "标题", "n_chars": "字符数",
    "ingested_at": "入库时间", "n_facts": "指标数据条数", "n_pledges": "工作承诺条数", "n_projects": "项目条数",
    "seq": "序号", "indicator": "指标", "role": "角色（回顾/目标等）", "period": "时期", "measure": "度量方式",
    "value": "数值", "value_high": "数值上限", "unit": "单位", "qualifier": "限定词", "scope": "范围",
    "quote": "原文引文", "start": "原文起始位置", "end": "原文结束位置", "section": "所在章节",
    "confidence": "置信度", "note": "说明", "action": "动作", "object": "对象", "object_norm": "规范化对象", "category": "类别",
    "kind": "类型", "status": "状态", "year": "年份", "part": "所属部分（回顾/计划）",
    "section_id": "章节ID", "parent_section": "上级章节ID", "depth": "层级", "number": "章节编号", "path": "章节路径",
}
# where a column means something else in one table
TABLE_COLUMN_LABELS = {("projects", "name"): "项目名称", ("projects", "kind"): "项目类型",
                       ("sections", "title"): "章节标题", ("sections", "role"): "章节角色"}
TABLE_LABELS = {"documents": "文件", "sections": "章节", "facts": "指标数据", "pledges": "工作承诺",
                "projects": "重点项目"}

# Stata reserved words (Stata manual, [U] 11.3) plus words that clash with commands in
# expressions; a column with one of these names gets a trailing underscore
STATA_RESERVED = {
    "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_N", "_pi",
    "_pred", "_rc", "_skip", "strl", "strL", "using", "with", "str", "end", "start", "e", "pi", "var",
}
STATA_STR_MAX = 2045  # bytes in a str# variable
XLSX_CELL_MAX = 32767  # characters in an Excel cell
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def tables(store) -> dict[str, pd.DataFrame]:
    """The five tables as DataFrames (documents without the text column)."""
    out = {"documents": store.documents()}
    for name in TABLES[1:]:
        df = store.table(name)
        if name == "sections":
            # the join gives the document's parent region as ``parent`` and the section's own
            # parent id as ``parent_1``; the section id is ``id``
            df = df.rename(columns={"id": "section_id", "parent_1": "parent_section"})
        out[name] = df
    out["documents"] = out["documents"].drop(columns=[c for c in ("text",) if c in out["documents"].columns])
    return out


def export_tables(store, out_dir: str | Path, fmt: str) -> list[Path]:
    """Write each table to ``out_dir/<table>.<fmt>``; returns the files written."""
    fmt = fmt.lower().lstrip(".")
    if fmt == "stata":
        fmt = "dta"
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables(store).items():
        path = out / f"{name}{SUFFIX[fmt]}"
        _WRITERS[fmt](df, path, name)
        written.append(path)
    return written


def export_partitioned(store, out_dir: str | Path) -> list[Path]:
    """Parquet datasets partitioned hive-style by province and report year: ``out_dir/<table>/
    province=<name>/report_year=<year>/data_0.parquet`` (names percent-encoded, a missing value is
    ``__HIVE_DEFAULT_PARTITION__``). DuckDB writes them straight from the database, so a corpus larger
    than memory exports; DuckDB, Polars, pyarrow and Spark read them back with the partition columns.
    The columns are those of :func:`export_tables`; returns the table directories written."""
    from .store import _DOC_LIST_COLS

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    con = store.con
    queries = {"documents": f"""SELECT {_DOC_LIST_COLS},
                   (SELECT count(*) FROM reviewed_facts f WHERE f.doc_id = d.id) AS n_facts,
                   (SELECT count(*) FROM reviewed_pledges p WHERE p.doc_id = d.id) AS n_pledges,
                   (SELECT count(*) FROM reviewed_projects p WHERE p.doc_id = d.id) AS n_projects
                FROM reviewed_documents d"""}
    rename = {("sections", "id"): "section_id", ("sections", "parent"): "parent_section"}
    for name in TABLES[1:]:
        src = name if name == "sections" else f"reviewed_{name}"  # what Store.table reads: items as reviewed
        cols = [r[0] for r in con.execute(f"DESCRIBE {src}").fetchall()]
        picked = ", ".join(f't."{c}"' + (f' AS "{rename[name, c]}"' if (name, c) in rename else "") for c in cols)
        queries[name] = (f"SELECT d.name AS doc, d.region, d.region_code, d.level, d.parent, d.province, d.doc_type, "
                         f"d.report_year, {picked} FROM {src} t JOIN reviewed_documents d ON d.id = t.doc_id")
    written = []
    for name, sql in queries.items():
        target = out / name
        # ordered so each partition's rows keep the order of the flat export
        con.execute(f"COPY ({sql} ORDER BY province, region_code, report_year, "
                    f"{'name' if name == 'documents' else 'doc, start'}) TO '{_sql_str(target)}' "
                    "(FORMAT PARQUET, PARTITION_BY (province, report_year), OVERWRITE_OR_IGNORE)")
        written.append(target)
    return written


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


# ---------------------------------------------------------------- writers

def _parquet(df: pd.DataFrame, path: Path, name: str) -> None:
    df.to_parquet(path, index=False)


def _csv(df: pd.DataFrame, path: Path, name: str) -> None:
    df.to_csv(path, index=False, encoding="utf-8-sig")


def _jsonl(df: pd.DataFrame, path: Path, name: str) -> None:
    if df.empty:
        path.write_text("", encoding="utf-8")
        return
    df.to_json(path, orient="records", lines=True, force_ascii=False, date_format="iso")


def _xlsx(df: pd.DataFrame, path: Path, name: str) -> None:
    df = df.copy()
    for col in df.columns:
        if _is_text(df[col]):
            df[col] = df[col].map(
                lambda v: _XLSX_ILLEGAL.sub("", v)[:XLSX_CELL_MAX] if isinstance(v, str) else v)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df.to_excel(path, index=False, sheet_name=name[:31], engine="openpyxl")


def _dta(df: pd.DataFrame, path: Path, name: str) -> None:
    df = df.copy()
    names = stata_names(list(df.columns))
    labels = {new: TABLE_COLUMN_LABELS.get((name, old), LABELS.get(old, str(old)))[:80]
              for old, new in zip(df.columns, names)}
    df.columns = names
    strl = []
    for col in df.columns:
        s = df[col]
        if _is_text(s):
            # Stata has no missing string: None becomes ""
            s = s.astype(object).where(s.notna(), "").map(str)
            df[col] = s
            if len(s) and s.map(lambda v: len(v.encode("utf-8"))).max() > STATA_STR_MAX:
                strl.append(col)
        elif pd.api.types.is_datetime64_any_dtype(s):
            df[col] = s.dt.tz_localize(None) if getattr(s.dt, "tz", None) is not None else s
            df[col] = df[col].astype("datetime64[ns]")
        elif pd.api.types.is_bool_dtype(s):
            df[col] = s.astype("float64") if s.isna().any() else s.astype("int8")
        elif pd.api.types.is_integer_dtype(s):
            # nullable integers (Int32) with missing values become doubles (Stata missing ".")
            if s.isna().any():
                df[col] = s.astype("float64")
            elif s.dtype.itemsize > 4 and (len(s) == 0 or s.abs().max() < 2**31 - 1):
                df[col] = s.astype("int32")
            else:
                df[col] = s.to_numpy(dtype=s.dtype.numpy_dtype if hasattr(s.dtype, "numpy_dtype") else s.dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas warns about conversions it documents
        df.to_stata(path, write_index=False, version=118, variable_labels=labels,
                    data_label=TABLE_LABELS.get(name, name)[:80], convert_strl=strl or None)


def _is_text(s: pd.Series) -> bool:
    return pd.api.types.is_string_dtype(s) or s.dtype == object


def stata_names(columns: list[str]) -> list[str]:
    """Valid, unique Stata variable names: ASCII letters/digits/_, ≤32 characters, not a
    reserved word, not starting with a digit."""
    out: list[str] = []
    seen: set[str] = set()
    for c in columns:
        n = re.sub(r"[^A-Za-z0-9_]", "_", str(c)).strip("_") or "var"
        if n[0].isdigit():
            n = "v" + n
        if n in STATA_RESERVED or n.lower() in STATA_RESERVED or re.fullmatch(r"str\d+", n):
            n = n + "_"
        n = n[:32]
        base, k = n, 1
        while n.lower() in seen:
            suffix = f"_{k}"
            n = base[: 32 - len(suffix)] + suffix
            k += 1
        seen.add(n.lower())
        out.append(n)
    return out


_WRITERS = {"parquet": _parquet, "csv": _csv, "jsonl": _jsonl, "xlsx": _xlsx, "dta": _dta}
