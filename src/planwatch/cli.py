"""The planwatch command line (Typer + Rich)."""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.tree import Tree

from . import api
from .ingest import iter_files
from .store import DEFAULT_DB, Store

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="planwatch: Chinese government work reports and plan reports as verified data.")
console = Console()
err = Console(stderr=True)

DbOpt = typer.Option(DEFAULT_DB, "--db", help="DuckDB database file.")


class Fmt(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


def _overrides(region, year, doc_type, level=None) -> dict[str, Any]:
    out = {}
    if region:
        out["region"] = region
    if year:
        out["report_year"] = year
    if doc_type:
        out["doc_type"] = doc_type
    return out


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or directories (read recursively)."),
    db: Path = DbOpt,
    region: Optional[str] = typer.Option(None, help="Override the region of every document."),
    year: Optional[int] = typer.Option(None, help="Override the report year."),
    doc_type: Optional[str] = typer.Option(None, "--doc-type", help="Override the document type."),
    replace: bool = typer.Option(False, help="Re-extract documents already stored."),
) -> None:
    """Read reports into the database (re-running is safe: stored content is not duplicated)."""
    files = list(iter_files(paths))
    added = skipped = 0
    failures: list[str] = []
    with Store(db) as store:
        _attach_hooks(store, db)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=len(files) < 20 or not err.is_terminal) as prog:
            task = prog.add_task("ingest", total=len(files))
            for f, docs, exc in api.iter_documents(files, _overrides(region, year, doc_type)):
                prog.advance(task)
                if exc is not None:
                    failures.append(str(exc))
                    err.print(f"[red]error[/red] {exc}", highlight=False)
                    continue
                for d in docs:
                    if store.add(d, replace=replace):
                        added += 1
                    else:
                        skipped += 1
        lost = _unmatched_corrections(store) if replace else None
    console.print(f"{added} stored, {skipped} already stored, {len(failures)} failed ({len(files)} files) -> {db}")
    if lost is not None and len(lost):
        console.print(f"{len(lost)} review corrections no longer match the new extraction (see each document's review log):")
        for r in lost.itertuples():
            console.print(f"  #{r.id} {r.doc_id[:10]} {r.action} {r.kind} {r.item_key} @{r.start}-{r.end} by {r.user_name}",
                          highlight=False)
    for line in failures:
        console.print(f"  failed: {line}", highlight=False)
    if failures:
        raise typer.Exit(1)


def _unmatched_corrections(store: Store):
    from .review import unmatched

    return unmatched(store)


def _attach_hooks(store: Store, db: Path) -> None:
    """Let optional components (the search index) follow what is stored."""
    try:
        from . import search
    except ImportError:
        return
    hook = getattr(search, "store_hook", None)
    if hook is not None:
        store.on_add.append(hook(db))


@app.command()
def docs(db: Path = DbOpt) -> None:
    """List stored documents."""
    with Store(db, read_only=True) as store:
        df = store.documents()
    t = Table("id", "name", "region", "code", "level", "year", "type", "facts", "pledges")
    for r in df.itertuples():
        t.add_row(r.id[:10], r.name, r.region or "?", r.region_code or "", r.level or "",
                  str(r.report_year) if r.report_year == r.report_year and r.report_year is not None else "?",
                  r.doc_type or "", str(r.n_facts), str(r.n_pledges))
    console.print(t)


@app.command()
def show(doc: str = typer.Argument(..., help="Document id, id prefix, or file name."), db: Path = DbOpt) -> None:
    """Metadata with its evidence, and the outline with section roles."""
    with Store(db, read_only=True) as store:
        d = store.load(doc)
    if d is None:
        err.print(f"no document {doc!r} in {db}")
        raise typer.Exit(1)
    t = Table("field", "value", "evidence", title=f"{d.name} ({d.id})")
    for k, v in d.meta.as_dict().items():
        e = d.meta.evidence.get(k)
        t.add_row(k, "" if v is None else str(v), f"{e.source}: {e.quote}" if e else "")
    console.print(t)
    tree = Tree("outline")
    nodes: dict[int, Any] = {}
    for s in d.sections:
        parent = nodes.get(s.parent, tree) if s.parent is not None else tree
        nodes[s.id] = parent.add(f"[bold]{s.role}[/bold] {s.number}{s.title}")
    console.print(tree)
    console.print(f"{len(d.facts)} facts, {len(d.pledges)} pledges, {len(d.projects)} projects")


@app.command()
def facts(
    paths: list[Path] = typer.Argument(..., help="Report files or directories (no database needed)."),
    format: Fmt = typer.Option(Fmt.jsonl, "--format", "-f"),
    region: Optional[str] = typer.Option(None), year: Optional[int] = typer.Option(None),
    doc_type: Optional[str] = typer.Option(None, "--doc-type"),
) -> None:
    """Print the facts of reports in the interchange format (spec/facts.md)."""
    failed = False
    rows: list[dict[str, Any]] = []
    for f, docs, exc in api.iter_documents(paths, _overrides(region, year, doc_type)):
        if exc is not None:
            err.print(f"error: {exc}", highlight=False)
            failed = True
            continue
        for d in docs:
            lines = d.lines()
            if format is Fmt.jsonl:
                for line in lines:
                    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                rows += lines
    if format is Fmt.csv:
        keys: list[str] = []
        for r in rows:
            keys += [k for k in r if k not in keys]
        w = csv.DictWriter(sys.stdout, fieldnames=keys)
        w.writeheader()
        w.writerows(rows)
    elif format is Fmt.table:
        t = Table("doc", "kind", "indicator/object", "role", "period", "measure", "value", "unit", "qualifier", "quote")
        for r in rows:
            if r["kind"] == "document":
                continue
            val = r.get("value")
            if r.get("value_high") is not None:
                val = f"{val}–{r['value_high']}"
            t.add_row(r["doc"], r["kind"], r.get("indicator") or r.get("object") or r.get("name"), r.get("role", ""),
                      str(r.get("period") or r.get("year") or ""), r.get("measure", ""), "" if val is None else str(val),
                      r.get("unit") or "", r.get("qualifier") or r.get("status") or "", (r.get("quote") or "")[:40])
        console.print(t)
    if failed:
        raise typer.Exit(1)


class ExportFmt(str, Enum):
    parquet = "parquet"
    csv = "csv"
    xlsx = "xlsx"
    dta = "dta"
    jsonl = "jsonl"


@app.command()
def export(
    format: ExportFmt = typer.Option(ExportFmt.csv, "--format", "-f"),
    out: Path = typer.Option(Path("export"), "--out", help="Output directory."),
    db: Path = DbOpt,
    gold: Optional[Path] = typer.Option(None, "--gold", help="Instead: write reviewed documents as gold files (shared/gold format) to this directory, for planwatch eval."),
    complete: bool = typer.Option(False, "--complete", help="With --gold: only documents whose every item and metadata were reviewed."),
) -> None:
    """Write documents, sections, facts, pledges and projects as tables (as reviewed)."""
    from .export import export_tables

    if gold is not None:
        from .review import export_gold

        with Store(db, read_only=True) as store:
            written = export_gold(store, gold, complete=complete)
        console.print(f"{len(written)} reviewed documents -> {gold} (score with: planwatch eval {gold})")
        return

    with Store(db, read_only=True) as store:
        written = export_tables(store, out, format.value)
    for p in written:
        console.print(f"wrote {p}")


@app.command("eval")
def eval_(
    gold_dir: Path = typer.Argument(..., help="Directory of gold <doc>.json files."),
    paths: Optional[list[Path]] = typer.Argument(None, help="Report files (default: the gold's texts in examples/ or ../seeds)."),
    verbose: bool = typer.Option(True, "--verbose/--quiet", "-v/-q", help="List misses and extras."),
) -> None:
    """Score extraction against gold annotations (the same numbers as score_facts.py)."""
    from .evaluate import evaluate

    report = evaluate(gold_dir, paths or None)
    print(report.render(verbose=verbose))


@app.command()
def bench(
    paths: Optional[list[Path]] = typer.Argument(None, help="Reports to extract (default: examples/)."),
    min_mb: float = typer.Option(2.0, help="Repeat the reports until this many MB are processed."),
    jieba: bool = typer.Option(True, "--jieba/--no-jieba", help="Also time jieba.lcut on the same text."),
) -> None:
    """Extraction speed: median ms per document, MB/s, peak memory (and jieba segmentation for scale)."""
    from .bench import run_bench

    console.print(run_bench(paths or [Path("examples")], min_mb=min_mb, with_jieba=jieba), highlight=False)


def _txt(v: Any) -> str:
    return "" if v is None or (isinstance(v, float) and v != v) else str(v)


@app.command("pledges")
def pledges_(
    region: str = typer.Argument(..., help="Region name or 6-digit code."),
    year: int = typer.Option(..., "--year", "-y", help="The year of the report whose pledges are followed."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
    db: Path = DbOpt,
) -> None:
    """Follow-through: each pledge of the year-Y report against what the Y+1 report says was done."""
    from .analyze.followthrough import followthrough

    with Store(db, read_only=True) as store:
        try:
            df = followthrough(store, region, year)
        except ValueError as exc:
            err.print(str(exc), highlight=False)
            raise typer.Exit(1)
    if format is Fmt.csv:
        df.to_csv(sys.stdout, index=False)
        return
    if format is Fmt.jsonl:
        for rec in df.to_dict(orient="records"):
            rec = {k: (None if isinstance(v, float) and v != v else v) for k, v in rec.items()}
            sys.stdout.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        return
    colors = {"delivered": "green", "partial": "yellow", "not_reported": "dim"}
    t = Table("status", "action", "object", "pledged", "reported", "pledge", "report",
              title=f"{region} {year} pledges, as reported in {year + 1}")
    for r in df.itertuples():
        fmt = lambda v, u: "" if v is None or v != v else f"{v:g}{u or ''}"  # noqa: E731
        t.add_row(f"[{colors.get(r.status, 'white')}]{r.status}[/]", _txt(r.action), _txt(r.object),
                  fmt(r.pledged, r.pledged_unit), fmt(r.reported, r.reported_unit),
                  _txt(r.pledge_quote)[:40], _txt(r.report_quote)[:40])
    console.print(t)
    counts = df.status.value_counts().to_dict() if len(df) else {}
    console.print(", ".join(f"{k}: {v}" for k, v in counts.items()) or "no pledges found")



@app.command()
def serve(
    db: Path = DbOpt,
    host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    allow_upload: bool = typer.Option(False, "--allow-upload", help="Allow uploading reports (otherwise read-only)."),
    data_dir: Optional[Path] = typer.Option(None, "--data-dir", help="Where uploads are saved (default: uploads/ next to the database)."),
    allow_edit: bool = typer.Option(False, "--allow-edit", help="Let logged-in reviewers (planwatch users add) accept, correct and add items."),
) -> None:
    """Serve the corpus as web pages and a JSON API (/api)."""
    import uvicorn

    from .web.app import create_app

    uvicorn.run(create_app(db, allow_upload=allow_upload, data_dir=data_dir, allow_edit=allow_edit),
                host=host, port=port, log_level="info")


# ---------------------------------------------------------------- analyses and search


def _df_out(df, format: "Fmt", title: str, columns: list[str] | None = None, widths: dict[str, int] | None = None,
            styles: dict[str, Any] | None = None) -> None:
    """A DataFrame as JSON Lines, CSV or a Rich table."""
    import math

    if format is Fmt.jsonl:
        for rec in df.to_dict(orient="records"):
            rec = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in rec.items()}
            sys.stdout.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        return
    if format is Fmt.csv:
        df.to_csv(sys.stdout, index=False)
        return
    cols = columns or list(df.columns)
    t = Table(*cols, title=title)
    for rec in df[cols].to_dict(orient="records"):
        cells = []
        for c in cols:
            v = rec[c]
            if v is None or (isinstance(v, float) and math.isnan(v)) or v is getattr(__import__("pandas"), "NA"):
                s = ""
            elif isinstance(v, float):
                s = f"{v:g}"
            else:
                s = str(v)
            if widths and c in widths and len(s) > widths[c]:
                s = s[: widths[c]] + "…"
            if styles and c in styles and s in styles[c]:
                s = f"[{styles[c][s]}]{s}[/]"
            cells.append(s)
        t.add_row(*cells)
    console.print(t)


_VERDICT_STYLE = {"met": "green", "exceeded": "bold green", "missed": "red", "qualitative": "cyan", "no_actual": "dim"}


@app.command()
def scorecard(
    region: str = typer.Argument(..., help="Region name (平顶山市) or 6-digit code."),
    year: Optional[int] = typer.Option(None, help="Target year (default: every year with targets)."),
    tolerance: float = typer.Option(0.5, help="Band for 'about' targets: pp for %, percent of target for levels."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
    db: Path = DbOpt,
) -> None:
    """Each target of a year against the actual reported the following year: met, missed, exceeded…"""
    from .analyze import scorecard as _scorecard

    with Store(db, read_only=True) as store:
        try:
            df = _scorecard(store, region, year=year, tolerance=tolerance)
        except ValueError as exc:
            err.print(str(exc))
            raise typer.Exit(1)
    _df_out(df, format, f"{region} targets vs actuals",
            ["year", "indicator_name", "measure", "target_qualifier", "target_value", "target_high", "unit",
             "actual_value", "gap", "verdict", "actual_doc"],
            styles={"verdict": _VERDICT_STYLE})
    if format is Fmt.table:
        counts = df.verdict.value_counts().to_dict() if len(df) else {}
        console.print(", ".join(f"{k}: {v}" for k, v in counts.items()) or "no targets found")


@app.command()
def compare(
    indicator: str = typer.Option(..., "--indicator", "-i", help="Indicator id (gdp, cpi…)."),
    year: int = typer.Option(..., "--year", "-y"),
    under: Optional[str] = typer.Option(None, help="Region whose parents and children to show."),
    level: Optional[str] = typer.Option(None, help="province | prefecture | county"),
    province: Optional[str] = typer.Option(None),
    role: str = typer.Option("target", help="target | actual | goal"),
    measure: Optional[str] = typer.Option(None, help="growth | level | share… (default: growth if present)"),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
    db: Path = DbOpt,
) -> None:
    """One indicator across a region, its parents and its children, with differences."""
    from .analyze import compare as _compare

    with Store(db, read_only=True) as store:
        try:
            df = _compare(store, indicator, year, under=under, level=level, province=province, role=role,
                          measure=measure)
        except ValueError as exc:
            err.print(str(exc))
            raise typer.Exit(1)
    m = df.measure.iloc[0] if len(df) else (measure or "")
    _df_out(df, format, f"{indicator} {m} {role} {year}",
            ["region", "code", "level", "relation", "value", "value_high", "qualifier", "unit", "diff_from_parent",
             "diff_from_sibling_median", "quote"], widths={"quote": 30})


@app.command()
def panel(
    out: Path = typer.Option(..., "--out", "-o", help="Output file: .csv, .parquet, .xlsx or .dta"),
    indicators: Optional[str] = typer.Option(None, help="Comma-separated indicator ids."),
    roles: Optional[str] = typer.Option(None, help="Comma-separated roles: target,actual,goal"),
    wide: bool = typer.Option(False, "--wide", help="One row per region × period, a column per indicator."),
    db: Path = DbOpt,
) -> None:
    """A region × year × indicator panel for Stata, R or Excel."""
    from .analyze import panel as _panel, write_panel

    with Store(db, read_only=True) as store:
        df = _panel(store, indicators=indicators, roles=roles, wide=wide)
    try:
        write_panel(df, out)
    except ValueError as exc:
        err.print(str(exc))
        raise typer.Exit(1)
    console.print(f"wrote {out} ({len(df)} rows × {len(df.columns)} columns)")


@app.command()
def search(
    query: str = typer.Argument(..., help='Words (all must occur), "a phrase", -excluded, a OR b.'),
    year: Optional[int] = typer.Option(None, help="Report year."),
    level: Optional[str] = typer.Option(None),
    province: Optional[str] = typer.Option(None),
    region: Optional[str] = typer.Option(None, help="Region name or code."),
    doc_type: Optional[str] = typer.Option(None, "--doc-type"),
    role: Optional[str] = typer.Option(None, help="Section role: review | targets | tasks | requirements…"),
    limit: int = typer.Option(20),
    per_doc: bool = typer.Option(False, "--per-doc", help="Best section of each document only."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
    db: Path = DbOpt,
) -> None:
    """Full-text search of the stored reports (BM25), with highlighted snippets."""
    import pandas as pd

    from . import search as _search

    store = None
    if not _search.index_dir(db).exists() and db.exists():
        store = Store(db, read_only=True)
    try:
        hits = _search.search(db, query, region=region, level=level, province=province, year=year,
                              doc_type=doc_type, role=role, limit=limit, per_doc=per_doc, store=store)
    except ValueError as exc:
        err.print(str(exc))
        raise typer.Exit(1)
    finally:
        if store is not None:
            store.close()
    if format is Fmt.table:
        t = Table("score", "doc", "region", "year", "role", "snippet", title=f"{query} ({len(hits)} hits)")
        for h in hits:
            snip = h["snippet"].replace("[", "\\[").replace("【", "[bold yellow]").replace("】", "[/]")
            t.add_row(f"{h['score']:.2f}", h["doc"] or "", h["region"] or "", str(h["year"] or ""), h["role"] or "",
                      snip)
        console.print(t)
    else:
        _df_out(pd.DataFrame(hits), format, query)


@app.command()
def reindex(db: Path = DbOpt) -> None:
    """Rebuild the full-text search index from the database."""
    import time

    from . import search as _search

    t0 = time.perf_counter()
    n = _search.reindex(db)
    console.print(f"indexed {n} documents ({_search.count(db)} sections) in {time.perf_counter() - t0:.1f}s "
                  f"-> {_search.index_dir(db)}")


if __name__ == "__main__":  # pragma: no cover
    app()


# ---------------------------------------------------------------- reviewers

users_app = typer.Typer(no_args_is_help=True, help="Reviewers who may edit with planwatch serve --allow-edit.")
app.add_typer(users_app, name="users")


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="User name (letters, digits, . _ @ -)."),
    db: Path = DbOpt,
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from the first line of stdin."),
    replace: bool = typer.Option(False, "--replace", help="Set a new password for an existing user."),
) -> None:
    """Add a reviewer; the password is stored only as an argon2 hash."""
    from .review import ReviewError, add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        with Store(db) as store:
            add_user(store, name, password, replace=replace)
    except ReviewError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(1)
    console.print(f"user {name} {'updated' if replace else 'added'} -> {db}")


@users_app.command("list")
def users_list(db: Path = DbOpt) -> None:
    """List reviewers."""
    from .review import users

    with Store(db, read_only=True) as store:
        df = users(store)
    for r in df.itertuples():
        console.print(f"{r.name}\t{r.created_at:%Y-%m-%d %H:%M}", highlight=False)


@users_app.command("remove")
def users_remove(name: str = typer.Argument(...), db: Path = DbOpt) -> None:
    """Remove a reviewer (their corrections stay, with their name)."""
    from .review import remove_user

    with Store(db) as store:
        ok = remove_user(store, name)
    if not ok:
        err.print(f"no user {name!r}")
        raise typer.Exit(1)
    console.print(f"user {name} removed")
