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
    console.print(f"{added} stored, {skipped} already stored, {len(failures)} failed ({len(files)} files) -> {db}")
    for line in failures:
        console.print(f"  failed: {line}", highlight=False)
    if failures:
        raise typer.Exit(1)


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
) -> None:
    """Write documents, sections, facts, pledges and projects as tables."""
    from .export import export_tables

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


if __name__ == "__main__":  # pragma: no cover
    app()
