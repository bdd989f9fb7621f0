"""Rows out to a terminal or a pipe: a Rich table, or TSV, CSV, JSON, JSON Lines that are never cut.

On a terminal the default is a table; anywhere else it is TSV with a header line (also when there
are no rows), so ``planwatch docs | cut -f1`` gives whole ids. Integral years and offsets print as
integers, missing values as empty cells (``null`` in JSON).
"""
from __future__ import annotations

import csv
import json
import math
import sys
from typing import Any, Iterable, TextIO

FORMATS = ("table", "tsv", "csv", "json", "jsonl")


def default_format(stream: TextIO | None = None) -> str:
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return "table" if isatty is not None and isatty() else "tsv"


def _is_int_column(name: str) -> bool:
    return name in ("year", "start", "end", "seq", "depth", "sections") or name.endswith(("_year", "_start", "_end")) \
        or name.startswith("n_")


def plain(v: Any, column: str = "") -> Any:
    """A JSON-ready Python value: numpy scalars unwrapped, NaN/NA as None, whole years and offsets as int."""
    if v is None:
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        try:
            v = v.item()
        except (ValueError, TypeError):
            pass
    if isinstance(v, float):
        if math.isnan(v):
            return None
        if v.is_integer() and _is_int_column(column):
            return int(v)
        return v
    if type(v).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(v, (str, int, bool, list, dict)):
        return v
    return str(v)


def cell(v: Any, column: str = "") -> str:
    """The text of one value: integral floats without '.0', no scientific notation for ordinary numbers."""
    v = plain(v, column)
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def _tsv_escape(s: str) -> str:
    # linear TSV: a tab or line break inside a value would shift columns or rows
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def write(rows: Iterable[dict[str, Any]], columns: list[str], fmt: str, out: TextIO | None = None,
          title: str | None = None, widths: dict[str, int] | None = None, styles: dict[str, dict[str, str]] | None
          = None, console=None) -> None:
    """Write ``rows`` (dicts) with ``columns`` in ``fmt`` (table, tsv, csv, json, jsonl)."""
    out = out or sys.stdout
    rows = list(rows)
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({c: plain(r.get(c), c) for c in columns}, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(json.dumps([{c: plain(r.get(c), c) for c in columns} for r in rows], ensure_ascii=False,
                             indent=1) + "\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([cell(r.get(c), c) for c in columns])
    elif fmt == "tsv":
        out.write("\t".join(columns) + "\n")
        for r in rows:
            out.write("\t".join(_tsv_escape(cell(r.get(c), c)) for c in columns) + "\n")
    elif fmt == "table":
        _table(rows, columns, title, widths, styles, console)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    out.flush()


def make_console(stderr: bool = False):
    """A Rich console; off a terminal it is wide enough never to wrap or cut a table."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    tty = hasattr(stream, "isatty") and stream.isatty()
    return Console(stderr=stderr, width=None if tty else 100_000, highlight=False)


def _table(rows, columns, title, widths, styles, console) -> None:
    from rich.markup import escape
    from rich.table import Table

    console = console or make_console()
    t = Table(title=title)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        cells = []
        for c in columns:
            s = cell(r.get(c), c)
            # shorten long text only where a person reads it; a pipe gets every character
            if widths and c in widths and len(s) > widths[c] and console.is_terminal:
                s = s[: widths[c]] + "…"
            s = escape(s)
            if styles and c in styles and s in styles[c]:
                s = f"[{styles[c][s]}]{s}[/]"
            cells.append(s)
        t.add_row(*cells)
    console.print(t)
