"""The planwatch command line (Typer).

Every listing command takes ``--format table|tsv|csv|json|jsonl``; without it a terminal gets a
table and a pipe gets TSV with a header line, never cut. Option values are checked against the
vocabularies (a wrong one exits 2 with "did you mean …"). Reading commands refuse a database file
that does not exist. Heavy modules (pandas, DuckDB, Rich) are imported inside the commands so that
``planwatch --help`` starts fast; only the invoked command is built, and its option values are
converted without pydantic (cli_startup).

Adding a command: decorate a function with ``@app.command()``, open the database with
``_read_store(db)``, check values with ``_check(...)``, print rows with ``_emit(...)``.
"""
# no `from __future__ import annotations`: Typer would compile each annotation string anew
# whenever it builds a command

import functools
import json
import os
import re
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Optional

import typer

from .cli_startup import PlainCommand, PlainGroup, only_invoked

DEFAULT_DB = "planwatch.duckdb"  # the same as store.DEFAULT_DB (not imported: it would load DuckDB)


class _App(typer.Typer):
    """A Typer app whose commands exit 0 when the reader of a pipe goes away (``planwatch docs | head``),
    and which starts quickly: it builds only the invoked command, whose plain values are converted
    without pydantic (cli_startup)."""

    def command(self, *args: Any, **kwargs: Any) -> Callable:
        kwargs.setdefault("cls", PlainCommand)
        register = super().command(*args, **kwargs)

        def deco(f: Callable) -> Callable:
            register(_pipe_safe(f))
            return f

        return deco

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        one = None if args or kwargs else only_invoked(self, sys.argv[1:])
        return typer.Typer.__call__(one or self, *args, **kwargs)


def _pipe_safe(f: Callable) -> Callable:
    @functools.wraps(f)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except BrokenPipeError:
            # the reader closed the pipe: stop quietly; point stdout at /dev/null so the final flush
            # at exit cannot fail again (Python would then exit with status 120)
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            raise typer.Exit(0)

    return run


app = _App(cls=PlainGroup, add_completion=False, no_args_is_help=True, rich_markup_mode=None,
           help="planwatch: Chinese government work reports and plan reports as verified data.")

DbOpt = typer.Option(DEFAULT_DB, "--db", help="DuckDB database file.")
FMT_HELP = "table | tsv | csv | json | jsonl (default: table on a terminal, tsv in a pipe)"


def JobsOpt():  # noqa: N802 - reads like typer.Option
    return typer.Option(0, "--jobs", "-j", metavar="N",
                        help="Worker processes (default 0: every core; 1: no workers). Output order is the input order.")


def FormatOpt(default: Optional[str] = None, help: str = FMT_HELP):  # noqa: N802 - reads like typer.Option
    return typer.Option(default, "--format", "-f", help=help)


# ---------------------------------------------------------------- shared helpers


def _fail(msg: str, code: int = 2) -> typer.Exit:
    """Print one plain line to stderr and return the Exit to raise."""
    sys.stderr.write(msg.rstrip("\n") + "\n")
    return typer.Exit(code)


def _note(lines: list[str]) -> None:
    for line in lines:
        sys.stderr.write(f"note: {line}\n")


def _check(field: str, value: Optional[str]) -> Optional[str]:
    """``value`` resolved against the ``field`` vocabulary; exits 2 with a suggestion if unknown."""
    if value is None:
        return None
    if field == "format":  # before importing choices: `facts` needs no vocabulary for it
        from .tabular import FORMATS

        return _check_in(value, FORMATS, "format")
    from . import choices

    try:
        if field == "indicator":
            return choices.resolve_indicator(value)
        if field == "province":
            return choices.resolve_province(value)
        return choices.resolve(field, value)
    except choices.UnknownValue as exc:
        raise _fail(str(exc))


def _check_in(value: str, allowed: tuple[str, ...], label: str) -> str:
    v = value.strip().lower()
    if v in allowed:
        return v
    from .choices import UnknownValue, suggest

    raise _fail(str(UnknownValue(value, label, suggest(v, {a: a for a in allowed}), list(allowed))))


def _check_many(field: str, values: Optional[list[str]]) -> Optional[list[str]]:
    from . import choices

    try:
        return choices.resolve_many(field, values)
    except choices.UnknownValue as exc:
        raise _fail(str(exc))


def _fmt(value: Optional[str]) -> str:
    from .tabular import default_format

    return _check("format", value) if value else default_format()


def _read_store(db: Path):
    """The database opened read-only; a missing file is an error, never a new empty database."""
    if not Path(db).is_file():
        raise _fail(f"no database at {db} (create one with: planwatch ingest FILES --db {db})")
    return Store(db, read_only=True)


@contextmanager
def _analysis_store(db: Path):
    """The read-only store for an analysis; its region errors end the command in one line."""
    with _read_store(db) as store:
        try:
            yield store
        except ValueError as exc:
            raise _region_error(store, exc) from None


def _region_error(store, exc: ValueError) -> typer.Exit:
    """An analysis' region error as one line; an unknown name gets suggestions (exit 2)."""
    msg = str(exc)
    if msg.startswith("unknown region"):
        from .choices import unknown_region

        value = msg.split("'", 2)[1] if "'" in msg else msg
        stored = [r[0] for r in store.con.execute(
            "SELECT DISTINCT region FROM documents WHERE region IS NOT NULL").fetchall()]
        return _fail(str(unknown_region(value, stored)))
    return _fail(msg)


def _region_filter(store, value: Optional[str]) -> Optional[str]:
    """A region filter as stored: a code, or the full name (汝州 → 汝州市); unknown names exit 2."""
    if value is None or re.fullmatch(r"\d{6}", value.strip()):
        return value
    from .choices import unknown_region
    from .regions import gazetteer

    v = value.strip()
    stored = [r[0] for r in store.con.execute(
        "SELECT DISTINCT region FROM documents WHERE region IS NOT NULL").fetchall()]
    if v in stored:
        return v
    known = gazetteer().lookup(v)
    if known:
        return next((r.name for r in known if r.name in stored), known[0].name)
    raise _fail(str(unknown_region(v, stored)))


def _emit(rows, columns: list[str], fmt: str, title: str | None = None, **kw: Any) -> None:
    """Rows (dicts or a DataFrame) in the chosen format."""
    from . import tabular

    if hasattr(rows, "to_dict"):
        rows = rows.to_dict(orient="records")
    tabular.write(rows, columns, fmt, title=title, **kw)


def _overrides(region, year, doc_type) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if region:
        out["region"] = region
    if year:
        out["report_year"] = year
    if doc_type:
        out["doc_type"] = doc_type
    return out


# Names kept from the earlier cli.py so that commands written against it still work; new code
# should use _fmt/_emit/_read_store/_fail instead (they check values and follow the pipe default).


class Fmt(str, Enum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class _LazyConsole:
    """A Rich console created on first use (importing Rich at start-up would slow `--help`)."""

    def __init__(self, stderr: bool):
        self._stderr, self._console = stderr, None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from .tabular import make_console

            self._console = make_console(stderr=self._stderr)
        return getattr(self._console, name)


console, err = _LazyConsole(False), _LazyConsole(True)


def Store(*args: Any, **kwargs: Any):  # noqa: N802 - stands for the class, imported when called
    """The store; a database another process holds for writing is one line, not a traceback."""
    from .store import Store as _Store
    from .store import StoreBusy

    try:
        return _Store(*args, **kwargs)
    except StoreBusy as exc:
        raise _fail(f"error: {exc}", 1) from None


def _df_out(df, format, title: str, columns: list[str] | None = None, widths: dict[str, int] | None = None,
            styles: dict[str, Any] | None = None) -> None:
    """A DataFrame in a format (a Fmt or its name)."""
    _emit(df, columns or list(df.columns), getattr(format, "value", format), title=title, widths=widths,
          styles=styles)


# ---------------------------------------------------------------- reading reports


class _Reporter:
    """Per-file lines on stderr: plain, one line each, never wrapped; a progress bar only on a terminal."""

    def __init__(self, total: int):
        self.progress = None
        if sys.stderr.isatty() and total > 1:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            from .tabular import make_console

            self.progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                     console=make_console(stderr=True), transient=True)
            self.task = self.progress.add_task("ingest", total=total)
            self.progress.start()

    def line(self, text: str) -> None:
        if self.progress is not None:
            self.progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(text + "\n")
            sys.stderr.flush()

    def advance(self) -> None:
        if self.progress is not None:
            self.progress.advance(self.task)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or directories (read recursively)."),
    db: Path = DbOpt,
    region: Optional[str] = typer.Option(None, help="Override the region of every document."),
    year: Optional[int] = typer.Option(None, help="Override the report year."),
    doc_type: Optional[str] = typer.Option(None, "--doc-type", help="Override the document type."),
    replace: bool = typer.Option(False, help="Re-extract documents already stored."),
    wait: float = typer.Option(10.0, "--wait", min=0, max=3600,
                               help="Seconds to wait while another process writes the database."),
    jobs: int = JobsOpt(),
) -> None:
    """Read reports into the database (re-running is safe: stored content is not duplicated).

    One line on stderr per file that failed, was already stored, or lacks a region or year; a summary
    at the end. Exit status 1 if any file failed. While `planwatch serve` holds the database, the
    files are handed to it (its inbox) and its results reported here.
    """
    doc_type = _check("doc_type", doc_type)
    import warnings

    from .ingest import iter_files
    from .parallel import Runner, resolve_jobs, to_stored

    # as strings, a third of the memory of Path objects (50 MB at 150,000 files), made Paths one at a time
    files = [str(f) for f in iter_files(paths)]
    if not files:
        raise _fail(f"error: no readable files under {', '.join(str(p) for p in paths)}", 1)
    added = skipped = failed = warned = 0
    lost = None
    # the workers start first, forked before the progress bar and DuckDB start their threads;
    # this process is the only writer to the store
    run = Runner(min(resolve_jobs(jobs), len(files)))
    try:
        opened = _open_for_ingest(db, wait)
    except BaseException:
        run.close()
        raise
    if isinstance(opened, int):
        run.close()
        return _hand_to_server(db, opened, [Path(f) for f in files], _overrides(region, year, doc_type), replace)
    rep = _Reporter(len(files))
    try:
        with run, opened as store:
            index = _attach_hooks(store, db, batch=256)
            try:
                with store.batch(64), warnings.catch_warnings(record=True) as caught:  # 64 documents a transaction
                    warnings.simplefilter("always")
                    waiting: list = []  # files read, stored 64 documents at a time (Store.add_many)
                    counts = (added, skipped, failed, warned)
                    for f, docs, exc in run.map(to_stored, map(Path, files), _overrides(region, year, doc_type)):
                        rep.advance()
                        # bad records of a dump (a broken JSONL line, a short CSV row): one line each
                        waiting.append((f, docs, exc, [f"warning: {w.message}" for w in caught]))
                        caught.clear()
                        if sum(len(w[1] or ()) for w in waiting) >= 64:
                            counts = _ingest_group(store, rep, waiting, replace, counts)
                            waiting = []
                    counts = _ingest_group(store, rep, waiting, replace, counts)
                    added, skipped, failed, warned = counts
            finally:  # what is stored gets indexed, even when the run stops early
                if hasattr(index, "flush"):
                    index.flush()
            lost = _unmatched_corrections(store) if replace else None
    finally:
        rep.close()
    print(f"{added} stored, {skipped} already stored, {failed} failed ({len(files)} files) -> {db}"
          + (f"; {warned} without region or year" if warned else ""))
    if lost is not None and len(lost):
        _note([f"{len(lost)} review corrections no longer match the new extraction (see each document's review log):"]
              + [f"  #{r.id} {r.doc_id[:10]} {r.action} {r.kind} {r.item_key} @{r.start}-{r.end} by {r.user_name}"
                 for r in lost.itertuples()])
    if failed:
        raise typer.Exit(1)


def _open_for_ingest(db: Path, wait: float):
    """The store opened for writing, or the pid of the `planwatch serve` that holds it. Another
    writer (a second ingest) is waited for up to ``wait`` seconds, then named in one line."""
    import time

    from . import inbox
    from .store import Store as _Store
    from .store import StoreBusy

    end = time.monotonic() + wait
    while True:
        try:
            return _Store(db)
        except StoreBusy as exc:
            pid = inbox.serving_pid(db)
            if pid is not None and f"process {pid} " in str(exc):
                return pid
            if time.monotonic() >= end:
                raise _fail(f"error: {exc}", 1) from None
            time.sleep(0.25)


def _hand_to_server(db: Path, pid: int, files: list[Path], overrides: dict[str, Any], replace: bool) -> None:
    """Give the files to the running server through its inbox and report what it did with each."""
    from . import inbox

    sys.stderr.write(f"{db} is open in planwatch serve (process {pid}): handing {len(files)} files to it\n")
    batch = inbox.hand_off(db, files, overrides, replace)
    timeout = 120 + 70 * len(files)  # each file has at most 60 s in the server's worker
    res = inbox.wait_result(db, batch, timeout, pid)
    if res is None:
        raise _fail(f"error: planwatch serve (process {pid}) gave no result within {timeout} s; "
                    f"the files stay in {inbox.inbox_dir(db)}", 1)
    added = skipped = failed = warned = 0
    for entry in res.get("files") or []:
        path = (entry or {}).get("path") or "?"
        for r in (entry or {}).get("results") or [{"status": "failed", "reason": f"{path}: no result"}]:
            where = path + (f" [{r['name']}]" if r.get("name") and r["name"] != Path(path).name else "")
            if r.get("status") == "failed":
                failed += 1
                sys.stderr.write(f"error: {r.get('reason')}\n")
            elif r.get("status") == "already stored":
                skipped += 1
                sys.stderr.write(f"already stored: {where} as {r.get('id')} ({r.get('name')}, "
                                 f"{r.get('region') or 'no region'}, {r.get('report_year') or 'no year'})\n")
            else:
                added += 1
                missing = [k for k, v in (("region", r.get("region")), ("year", r.get("report_year"))) if not v]
                if missing:
                    warned += 1
                    sys.stderr.write(f"warning: {where}: no {' and no '.join(missing)} detected "
                                     f"(stored as {r.get('id')}; set it with --region/--year)\n")
    print(f"{added} stored, {skipped} already stored, {failed} failed ({len(files)} files) -> {db} "
          f"(by planwatch serve, process {pid})" + (f"; {warned} without region or year" if warned else ""))
    if failed:
        raise typer.Exit(1)


def _ingest_group(store, rep, waiting, replace, counts):
    """Store the documents of several files at once and say what happened to each, file by file."""
    stored = iter(store.add_many([d for _, docs, exc, _ in waiting if exc is None for d in docs], replace=replace))
    for f, docs, exc, lines in waiting:
        for line in lines:
            rep.line(line)
        counts = _ingest_one(store, rep, f, docs, exc, counts, [next(stored) for _ in docs or ()])
    return counts


def _ingest_one(store, rep, f, docs, exc, counts, stored):
    """Say what happened to one file's documents (``stored``: whether each was added); returns the
    updated counts."""
    added, skipped, failed, warned = counts
    if exc is not None:
        rep.line(f"error: {exc}")
        return added, skipped, failed + 1, warned
    for i, d in enumerate(docs):
        where = f"{f}" + (f" [{d.name}]" if d.name != f.name else "")
        if stored[i]:
            added += 1
        else:
            skipped += 1
            row = store.con.execute("SELECT name, region, report_year FROM documents WHERE id = ?",
                                    [d.id]).fetchone()
            name, reg, yr = row if row else (d.name, d.meta.region, d.meta.report_year)
            rep.line(f"already stored: {where} as {d.id} ({name}, {reg or 'no region'}, "
                     f"{yr or 'no year'})")
            continue
        missing = [k for k, v in (("region", d.meta.region), ("year", d.meta.report_year)) if not v]
        if missing:
            warned += 1
            # a name the text gives but that stays open (鼓楼区 of two cities, a development zone): say which
            why = d.meta.evidence.get("region") if "region" in missing else None
            rep.line(f"warning: {where}: no {' and no '.join(missing)} detected "
                     f"(stored as {d.id}; set it with --region/--year)" + (f": {why.note}" if why and why.quote else ""))
    return added, skipped, failed, warned


def _unmatched_corrections(store):
    from .review import unmatched

    return unmatched(store)


def _attach_hooks(store, db: Path, batch: int = 1):
    """Let optional components (the search index) follow what is stored; returns the hook, whose
    ``flush()`` indexes what waits in its batch."""
    try:
        from . import search
    except ImportError:
        return None
    hook = getattr(search, "store_hook", None)
    if hook is None:
        return None
    h = hook(db)
    if hasattr(h, "batch"):
        h.batch = batch
    store.on_add.append(h)
    return h


DOC_COLUMNS = ["id", "name", "region", "region_code", "level", "report_year", "doc_type", "n_facts", "n_pledges",
               "n_projects"]


@app.command()
def docs(db: Path = DbOpt, format: Optional[str] = FormatOpt()) -> None:
    """List stored documents (the id in the first column is what `show` takes)."""
    fmt = _fmt(format)
    with _read_store(db) as store:
        df = store.documents()
    _emit(df, DOC_COLUMNS, fmt, title=f"{len(df)} documents in {db}")


SHOW_COLUMNS = ["part", "key", "value", "detail", "start", "end"]


@app.command()
def show(
    doc: str = typer.Argument(..., help="Document id, id prefix, or file name."),
    what: str = typer.Option("meta", "--what", "-w",
                             help="meta (metadata with evidence, and the outline) | facts | pledges | projects"),
    db: Path = DbOpt,
    format: Optional[str] = FormatOpt(),
) -> None:
    """A stored document: metadata with the evidence for each field and the outline, or its extractions."""
    what = _check_in(what, ("meta", "facts", "pledges", "projects"), "--what value")
    fmt = _fmt(format)
    with _read_store(db) as store:
        d = store.load(doc)
    if d is None:
        raise _fail(f"no document {doc!r} in {db} (see: planwatch docs --db {db})", 1)
    if what != "meta":
        items = {"facts": d.facts, "pledges": d.pledges, "projects": d.projects}[what]
        rows = [x.as_dict() for x in items]
        cols = list(rows[0]) if rows else {"facts": ["indicator", "role", "period", "measure", "value", "unit",
                                                     "qualifier", "quote", "start", "end"],
                                           "pledges": ["action", "object", "value", "unit", "quote", "start", "end"],
                                           "projects": ["name", "kind", "status", "quote", "start", "end"]}[what]
        _emit(rows, cols, fmt, title=f"{d.name}: {len(rows)} {what}", widths={"quote": 40, "section": 20})
        return
    rows: list[dict[str, Any]] = []
    for k, v in d.meta.as_dict().items():
        e = d.meta.evidence.get(k)
        detail = (f"{e.source}: {e.quote}" + (f" ({e.note})" if e.note else "")) if e else ""
        rows.append({"part": "meta", "key": k, "value": v, "detail": detail,
                     "start": e.start if e else None, "end": e.end if e else None})
    for s in d.sections:
        rows.append({"part": "section", "key": s.number, "value": s.title, "detail": s.role, "start": s.start,
                     "end": s.end, "_depth": s.depth, "_id": s.id, "_parent": s.parent})
    if fmt != "table":
        _emit(rows, SHOW_COLUMNS, fmt)
        return
    from rich.markup import escape
    from rich.tree import Tree

    from .tabular import make_console

    meta = [r for r in rows if r["part"] == "meta"]
    _emit(meta, ["key", "value", "detail"], fmt, title=f"{d.name} ({d.id})")
    tree = Tree("outline")
    nodes: dict[int, Any] = {}
    for s in d.sections:
        parent = nodes.get(s.parent, tree) if s.parent is not None else tree
        nodes[s.id] = parent.add(f"[bold]{s.role}[/bold] {escape(s.number + s.title)}")
    console = make_console()
    console.print(tree)
    console.print(f"{len(d.facts)} facts, {len(d.pledges)} pledges, {len(d.projects)} projects")


def _line_columns() -> list[str]:
    """Every key an interchange line may have (spec/facts.md), in the order lines give them: the fixed
    header of `facts --format csv|tsv|json`, known before the first document is read."""
    from dataclasses import fields

    from .model import META_FIELDS, Fact, Pledge, Project

    cols = ["kind", "doc", *META_FIELDS, "inferred"]
    for cls in (Fact, Pledge, Project):
        cols += [n for n in ("project_kind" if f.name == "kind" else f.name for f in fields(cls)) if n not in cols]
    return cols


def _stream_lines(docs, columns: list[str], fmt: str, out=None) -> None:
    """The interchange lines of each document (an iterable of line lists) as csv, tsv or json, written
    as they come: memory holds one document's lines, whatever the number of documents."""
    import csv

    from .tabular import _tsv_escape, cell, plain

    out = out or sys.stdout
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
    elif fmt == "tsv":
        out.write("\t".join(columns) + "\n")
    first = True
    for lines in docs:
        for r in lines:
            if fmt == "csv":
                w.writerow([cell(r.get(c), c) for c in columns])
            elif fmt == "tsv":
                out.write("\t".join(_tsv_escape(cell(r.get(c), c)) for c in columns) + "\n")
            else:  # the layout json.dumps(rows, indent=1) gives, one row at a time
                row = json.dumps({c: plain(r.get(c), c) for c in columns}, ensure_ascii=False, indent=1)
                out.write(("[\n " if first else ",\n ") + row.replace("\n", "\n "))
            first = False
    if fmt == "json":
        out.write("[]\n" if first else "\n]\n")
    out.flush()


@app.command()
def facts(
    paths: list[Path] = typer.Argument(..., help="Report files or directories (no database needed)."),
    format: str = FormatOpt("jsonl", help="jsonl (the interchange format, default) | json | csv | tsv | table; all "
                                          "but table are written as each file is read (a table collects every row "
                                          "first, to size its columns)"),
    region: Optional[str] = typer.Option(None, help="Override the region of every document."),
    year: Optional[int] = typer.Option(None, help="Override the report year."),
    doc_type: Optional[str] = typer.Option(None, "--doc-type", help="Override the document type."),
    jobs: int = JobsOpt(),
) -> None:
    """Print the facts, pledges and projects of reports in the interchange format (spec/facts.md)."""
    fmt = _fmt(format)
    doc_type = _check("doc_type", doc_type)
    from .ingest import iter_files
    from .parallel import Runner, resolve_jobs, to_jsonl, to_lines

    failed = False
    rows: list[dict[str, Any]] = []
    files = iter_files(paths)
    n = resolve_jobs(jobs)
    if n > 1:  # no worker pool for a single file: starting one costs more than it saves
        files = list(files)
        n = max(1, min(n, len(files)))

    def documents(run):
        """Each document's lines, as its file is read; a failed file is reported on stderr."""
        nonlocal failed
        for f, out, exc in run.map(to_jsonl if fmt == "jsonl" else to_lines, files,
                                   _overrides(region, year, doc_type)):
            if exc is not None:
                sys.stderr.write(f"error: {exc}\n")
                failed = True
            elif fmt == "jsonl":
                yield out
            else:
                yield from out

    with Runner(n) as run:
        if fmt == "jsonl":
            for out in documents(run):
                sys.stdout.write(out)
        elif fmt == "table":
            for lines in documents(run):
                rows += lines
        else:
            _stream_lines(documents(run), _line_columns(), fmt)
    if fmt == "table":
        shown = []
        for r in rows:
            if r["kind"] == "document":
                continue
            val = r.get("value")
            if r.get("value_high") is not None:
                val = f"{val}–{r['value_high']}"
            shown.append({"doc": r["doc"], "kind": r["kind"],
                          "item": r.get("indicator") or r.get("object") or r.get("name"), "role": r.get("role"),
                          "period": r.get("period") or r.get("year"), "measure": r.get("measure"), "value": val,
                          "unit": r.get("unit"), "qualifier": r.get("qualifier") or r.get("status"),
                          "quote": r.get("quote"), "start": r.get("start"), "end": r.get("end")})
        _emit(shown, ["doc", "kind", "item", "role", "period", "measure", "value", "unit", "qualifier", "quote",
                      "start", "end"], fmt, widths={"quote": 40})
    if failed:
        raise typer.Exit(1)


@app.command()
def indicators(format: Optional[str] = FormatOpt()) -> None:
    """The indicator taxonomy: id, Chinese name, measures, units, kind and aliases."""
    fmt = _fmt(format)
    from .vocab import indicators as _indicators

    rows = [{"id": i.id, "name": i.name, "kind": i.kind, "measures": ",".join(i.measures),
             "units": ",".join(i.units), "aliases": "/".join(i.aliases)} for i in _indicators().values()]
    _emit(rows, ["id", "name", "kind", "measures", "units", "aliases"], fmt, title=f"{len(rows)} indicators")


@app.command()
def export(
    format: str = typer.Option("csv", "--format", "-f", help="parquet | csv | xlsx | dta | jsonl"),
    out: Path = typer.Option(Path("export"), "--out", help="Output directory."),
    partition: bool = typer.Option(False, "--partition",
                                   help="Parquet datasets partitioned by province and report year (hive style: "
                                        "<table>/province=…/report_year=…/), written without loading the corpus."),
    db: Path = DbOpt,
    gold: Optional[Path] = typer.Option(None, "--gold", help="Instead: write reviewed documents as gold files (shared/gold format) to this directory, for planwatch eval."),
    complete: bool = typer.Option(False, "--complete", help="With --gold: only documents whose every item and metadata were reviewed."),
) -> None:
    """Write documents, sections, facts, pledges and projects as tables (as reviewed)."""
    if gold is not None:
        from .review import export_gold

        with _read_store(db) as store:
            written = export_gold(store, gold, complete=complete)
        print(f"{len(written)} reviewed documents -> {gold} (score with: planwatch eval {gold})")
        return
    fmt = _check_in(format, ("parquet", "csv", "xlsx", "dta", "jsonl"), "export format")
    if partition and fmt != "parquet":
        raise _fail(f"--partition writes Parquet datasets; use it with --format parquet, not {fmt}")
    from .export import export_partitioned, export_tables

    with _read_store(db) as store:
        written = export_partitioned(store, out) if partition else export_tables(store, out, fmt)
    for p in written:
        print(f"wrote {p}")


@app.command("eval")
def eval_(
    gold_dir: Path = typer.Argument(..., help="Directory of gold <doc>.json files."),
    paths: Optional[list[Path]] = typer.Argument(None, help="Report files (default: the gold's texts in examples/ or ../seeds)."),
    verbose: bool = typer.Option(True, "--verbose/--quiet", "-v/-q", help="List misses and extras."),
) -> None:
    """Score extraction against gold annotations (the same numbers as score_facts.py)."""
    if not gold_dir.is_dir():
        raise _fail(f"no gold directory at {gold_dir}")
    from .evaluate import evaluate

    report = evaluate(gold_dir, paths or None)
    print(report.render(verbose=verbose))


@app.command()
def bench(
    paths: Optional[list[Path]] = typer.Argument(None, help="Reports to extract (default: examples/)."),
    min_mb: float = typer.Option(2.0, help="Repeat the reports until this many MB are processed."),
    jieba: bool = typer.Option(True, "--jieba/--no-jieba", help="Also time jieba.lcut on the same text."),
    jobs: int = typer.Option(0, "--jobs", "-j", metavar="N",
                             help="Also time the run on N worker processes (default 0: every core; 1: skip)."),
) -> None:
    """Extraction speed: ms per document, MB/s, time per stage, peak memory, N cores (and jieba for scale)."""
    from .bench import run_bench
    from .parallel import resolve_jobs

    print(run_bench(paths or [Path("examples")], min_mb=min_mb, with_jieba=jieba, jobs=[resolve_jobs(jobs)]))


# ---------------------------------------------------------------- analyses and search


PLEDGE_COLUMNS = ["status", "action", "object", "pledged", "pledged_unit", "reported", "reported_unit", "ratio",
                  "pledge_quote", "report_quote", "pledge_doc", "report_doc"]


@app.command("pledges")
def pledges_(
    region: str = typer.Argument(..., help="Region name or 6-digit code."),
    year: int = typer.Option(..., "--year", "-y", help="The year of the report whose pledges are followed."),
    format: Optional[str] = FormatOpt(),
    db: Path = DbOpt,
) -> None:
    """Follow-through: each pledge of the year-Y report against what the Y+1 report says was done."""
    fmt = _fmt(format)
    from .analyze.explain import followthrough_notes
    from .analyze.followthrough import COLUMNS, followthrough

    with _analysis_store(db) as store:
        df = followthrough(store, region, year)
        notes = followthrough_notes(store, region, year, df)
    cols = PLEDGE_COLUMNS if fmt == "table" else COLUMNS
    _emit(df, cols, fmt, title=f"{region} {year} pledges, as reported in {year + 1}",
          widths={"pledge_quote": 40, "report_quote": 40},
          styles={"status": {"delivered": "green", "partial": "yellow", "not_reported": "dim"}})
    if fmt == "table":
        counts = df.status.value_counts().to_dict() if len(df) else {}
        sys.stdout.write((", ".join(f"{k}: {v}" for k, v in counts.items()) or "no pledges found") + "\n")
    _note(notes)


@app.command()
def serve(
    db: Path = DbOpt,
    host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    allow_upload: bool = typer.Option(False, "--allow-upload",
                                      help="Allow uploading reports (otherwise read-only); creates the database."),
    data_dir: Optional[Path] = typer.Option(None, "--data-dir", help="Where uploads are saved (default: uploads/ next to the database)."),
    allow_edit: bool = typer.Option(False, "--allow-edit", help="Let logged-in reviewers (planwatch users add) accept, correct and add items."),
) -> None:
    """Serve the corpus as web pages and a JSON API (/api). While it runs, `planwatch ingest --db` the same
    database hands its files to it (through the folder DB.inbox/, where files can also be dropped)."""
    if not allow_upload and not Path(db).is_file():
        raise _fail(f"no database at {db} (create one with: planwatch ingest FILES --db {db}, "
                    "or serve with --allow-upload)")
    import uvicorn

    from .web.app import create_app

    # inbox: `planwatch ingest` hands files to this process while it holds the database
    uvicorn.run(create_app(db, allow_upload=allow_upload, data_dir=data_dir, allow_edit=allow_edit, inbox=True),
                host=host, port=port, log_level="info")


_VERDICT_STYLE = {"met": "green", "exceeded": "bold green", "missed": "red", "qualitative": "cyan", "no_actual": "dim"}


@app.command()
def scorecard(
    region: str = typer.Argument(..., help="Region name (平顶山市) or 6-digit code."),
    year: Optional[int] = typer.Option(None, "--year", "-y", help="Target year (default: every year with targets)."),
    tolerance: float = typer.Option(0.5, help="Band for 'about' targets: pp for %, percent of target for levels."),
    format: Optional[str] = FormatOpt(),
    db: Path = DbOpt,
) -> None:
    """Each target of a year against the actual reported the following year: met, missed, exceeded…"""
    fmt = _fmt(format)
    from .analyze import scorecard as _scorecard
    from .analyze.explain import scorecard_notes
    from .analyze.scorecard import SCORECARD_COLUMNS

    with _analysis_store(db) as store:
        df = _scorecard(store, region, year=year, tolerance=tolerance)
        notes = scorecard_notes(store, region, year, df)
    cols = (["year", "indicator_name", "measure", "target_qualifier", "target_value", "target_high", "unit",
             "actual_value", "gap", "verdict", "actual_doc"] if fmt == "table" else SCORECARD_COLUMNS)
    _emit(df, cols, fmt, title=f"{region} targets vs actuals", styles={"verdict": _VERDICT_STYLE})
    if fmt == "table":
        counts = df.verdict.value_counts().to_dict() if len(df) else {}
        sys.stdout.write((", ".join(f"{k}: {v}" for k, v in counts.items()) or "no targets found") + "\n")
    _note(notes)


@app.command()
def compare(
    indicator: str = typer.Option(..., "--indicator", "-i", help="Indicator id (gdp, cpi…; see `planwatch indicators`)."),
    year: int = typer.Option(..., "--year", "-y"),
    under: Optional[str] = typer.Option(None, help="Region whose parents and children to show."),
    level: Optional[str] = typer.Option(None, help="national | province | prefecture | county"),
    province: Optional[str] = typer.Option(None, help="Province name (河南省, 河南) or code."),
    role: str = typer.Option("target", "--role", help="Fact role: target | actual | goal"),
    measure: Optional[str] = typer.Option(None, help="growth | level | share | pp_change | rank (default: growth if present)"),
    format: Optional[str] = FormatOpt(),
    db: Path = DbOpt,
) -> None:
    """One indicator across a region, its parents and its children, with differences."""
    fmt = _fmt(format)
    indicator = _check("indicator", indicator)
    level, role, measure = _check("level", level), _check("role", role), _check("measure", measure)
    province = _check("province", province)
    from .analyze import compare as _compare
    from .analyze.compare import COMPARE_COLUMNS
    from .analyze.explain import compare_notes

    with _analysis_store(db) as store:
        df = _compare(store, indicator, year, under=under, level=level, province=province, role=role,
                      measure=measure)
        notes = compare_notes(store, indicator, year, role, df)
    m = df.measure.iloc[0] if len(df) else (measure or "")
    cols = (["region", "code", "level", "relation", "value", "value_high", "qualifier", "unit", "diff_from_parent",
             "diff_from_sibling_median", "quote"] if fmt == "table"
            else ["indicator", "measure", "role", "year"] + COMPARE_COLUMNS)
    _emit(df, cols, fmt, title=f"{indicator} {m} {role} {year}", widths={"quote": 30})
    _note(notes)


ESCALATION_LEVEL_COLUMNS = ["year", "level", "n", "median", "mean", "min", "max", "n_with_parent", "mean_gap",
                            "share_above", "n_scored", "n_met", "share_met"]
ESCALATION_PAIR_COLUMNS = ["level", "region", "code", "shown", "parent", "parent_shown", "gap", "above", "verdict",
                           "doc"]


@app.command()
def escalation(
    indicator: str = typer.Option(..., "--indicator", "-i", help="Indicator id (gdp, cpi…; see `planwatch indicators`)."),
    year: Optional[int] = typer.Option(None, "--year", "-y"),
    years: Optional[str] = typer.Option(None, "--years", help="A span (2016-2025) or a list (2016,2018): a year × level panel."),
    under: Optional[str] = typer.Option(None, help="Only this region, with the regions above and below it."),
    role: str = typer.Option("target", "--role", help="Fact role: target | actual"),
    measure: Optional[str] = typer.Option(None, help="growth | level | share | pp_change | rank (default: growth if present)"),
    tolerance: float = typer.Option(0.5, help="Scorecard band for the met share: pp for %, percent of target for levels."),
    pairs: bool = typer.Option(False, "--pairs", help="Each region against its parent instead of the per-level table."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the table to a file: .csv, .parquet, .xlsx or .dta"),
    format: Optional[str] = FormatOpt(),
    db: Path = DbOpt,
) -> None:
    """Target escalation (层层加码): each level against the level above, and the share that met its target."""
    fmt = _fmt(format)
    indicator = _check("indicator", indicator)
    role, measure = _check_in(_check("role", role), ("target", "actual"), "role"), _check("measure", measure)
    if year is None and not years:
        raise _fail("give --year or --years")
    if out is not None and out.suffix.lower() not in (".csv", ".parquet", ".xlsx", ".dta"):
        raise _fail(f"{out}: unknown file type '{out.suffix or '(none)'}' (known: .csv, .parquet, .xlsx, .dta)")
    from .analyze import escalation as _escalation, write_panel
    from .analyze.escalation import LEVEL_COLUMNS, PAIR_COLUMNS

    with _analysis_store(db) as store:
        res = _escalation(store, indicator, year=year, years=years, under=under, role=role, measure=measure,
                          tolerance=tolerance)
    notes = [f"{d}: left out ({r})" for d, r in res.excluded.itertuples(index=False)]
    if res.pairs.empty:
        notes.append(f"no {role} values of {indicator} for {', '.join(map(str, res.years))}"
                     + (f" under {under}" if under else ""))
    table = res.pairs if pairs else res.levels
    if out is not None:
        write_panel(table, out)
        print(f"wrote {out} ({len(table)} rows × {len(table.columns)} columns)")
        _note(notes)
        return
    span = f"{res.years[0]}" if len(res.years) == 1 else f"{res.years[0]}–{res.years[-1]}"
    title = f"{indicator} {res.measure} {role} {span}" + (f" under {under}" if under else "") + (
        f" ({res.unit})" if res.unit else "")
    if fmt != "table":
        _emit(table, PAIR_COLUMNS if pairs else LEVEL_COLUMNS, fmt)
    else:
        if not pairs:
            _emit(res.levels, ESCALATION_LEVEL_COLUMNS, fmt, title=f"escalation by level: {title}")
        if pairs or len(res.years) == 1:
            _emit(res.pairs, ESCALATION_PAIR_COLUMNS, fmt, title=f"each region against its parent: {title}",
                  styles={"verdict": _VERDICT_STYLE})
    _note(notes)


@app.command()
def panel(
    out: Path = typer.Option(..., "--out", "-o", help="Output file: .csv, .parquet, .xlsx or .dta"),
    indicator: Optional[list[str]] = typer.Option(None, "--indicator", "-i", metavar="ID[,ID…]",
                                                  help="Indicator ids (repeat, or a comma list: gdp,cpi)."),
    role: Optional[list[str]] = typer.Option(None, "--role", metavar="ROLE[,ROLE…]",
                                             help="Fact roles (repeat, or a comma list: target,actual)."),
    indicators_old: Optional[list[str]] = typer.Option(None, "--indicators", hidden=True),
    roles_old: Optional[list[str]] = typer.Option(None, "--roles", hidden=True),
    wide: bool = typer.Option(False, "--wide", help="One row per region × period, a column per indicator."),
    db: Path = DbOpt,
) -> None:
    """A region × year × indicator panel for Stata, R or Excel."""
    inds = _check_many("indicator", (indicator or []) + (indicators_old or []) or None)
    roles = _check_many("role", (role or []) + (roles_old or []) or None)
    if out.suffix.lower() not in (".csv", ".parquet", ".xlsx", ".dta"):
        raise _fail(f"{out}: unknown panel file type '{out.suffix or '(none)'}' (known: .csv, .parquet, .xlsx, .dta)")
    from .analyze import panel as _panel, write_panel

    with _read_store(db) as store:
        df = _panel(store, indicators=inds, roles=roles, wide=wide)
    try:
        write_panel(df, out)
    except ValueError as exc:
        raise _fail(str(exc), 1)
    print(f"wrote {out} ({len(df)} rows × {len(df.columns)} columns)")


SEARCH_COLUMNS = ["score", "doc", "doc_id", "region", "region_code", "level", "province", "year", "doc_type",
                  "section_role", "section", "start", "sections", "snippet"]


@app.command()
def search(
    query: str = typer.Argument(..., help='Words (all must occur), "a phrase", -excluded, a OR b.'),
    year: Optional[int] = typer.Option(None, "--year", "-y", help="Report year."),
    level: Optional[str] = typer.Option(None, help="national | province | prefecture | county"),
    province: Optional[str] = typer.Option(None, help="Province name (河南省, 河南) or code."),
    region: Optional[str] = typer.Option(None, help="Region name or code."),
    doc_type: Optional[str] = typer.Option(None, "--doc-type", help="government_work_report | plan_report | …"),
    section_role: Optional[str] = typer.Option(None, "--section-role",
                                               help="Section role: review | targets | tasks | requirements | closing…"),
    limit: int = typer.Option(20),
    per_doc: bool = typer.Option(False, "--per-doc", help="Best section of each document only."),
    format: Optional[str] = FormatOpt(),
    db: Path = DbOpt,
) -> None:
    """Full-text search of the stored reports (BM25), with highlighted snippets."""
    fmt = _fmt(format)
    level, doc_type = _check("level", level), _check("doc_type", doc_type)
    section_role, province = _check("section_role", section_role), _check("province", province)
    store = _read_store(db)
    from . import search as _search

    try:
        region = _region_filter(store, region)
        if _search.index_dir(db).exists():  # the index answers alone: no need to hold the database open
            store.close()
            store = None
        hits = _search.search(db, query, region=region, level=level, province=province, year=year,
                              doc_type=doc_type, role=section_role, limit=limit, per_doc=per_doc, store=store)
    except ValueError as exc:
        raise _fail(str(exc))
    finally:
        if store is not None:
            store.close()
    rows = [{**h, "section_role": h.get("role")} for h in hits]
    if fmt == "table":
        from rich.markup import escape
        from rich.table import Table

        from .tabular import make_console

        t = Table("score", "doc", "region", "year", "section_role", "snippet", title=f"{query} ({len(hits)} hits)")
        for h in rows:
            snip = escape(h["snippet"]).replace("【", "[bold yellow]").replace("】", "[/]")
            t.add_row(f"{h['score']:.2f}", h["doc"] or "", h["region"] or "", str(h["year"] or ""),
                      h["section_role"] or "", snip)
        make_console().print(t)
    else:
        _emit(rows, SEARCH_COLUMNS, fmt)


@app.command()
def reindex(db: Path = DbOpt) -> None:
    """Rebuild the full-text search index from the database."""
    import time

    if not Path(db).is_file():
        raise _fail(f"no database at {db} (create one with: planwatch ingest FILES --db {db})")
    from . import search as _search

    t0 = time.perf_counter()
    n = _search.reindex(db)
    print(f"indexed {n} documents ({_search.count(db)} sections) in {time.perf_counter() - t0:.1f}s "
          f"-> {_search.index_dir(db)}")


if __name__ == "__main__":  # pragma: no cover
    app()


# ---------------------------------------------------------------- reviewers

users_app = _App(cls=PlainGroup, no_args_is_help=True, help="Reviewers who may edit with planwatch serve --allow-edit.")
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
    from .store import Store

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        with Store(db) as store:
            add_user(store, name, password, replace=replace)
    except ReviewError as exc:
        raise _fail(f"error: {exc}", 1)
    print(f"user {name} {'updated' if replace else 'added'} -> {db}")


@users_app.command("list")
def users_list(db: Path = DbOpt) -> None:
    """List reviewers."""
    from .review import users

    with _read_store(db) as store:
        df = users(store)
    for r in df.itertuples():
        print(f"{r.name}\t{r.created_at:%Y-%m-%d %H:%M}")


@users_app.command("remove")
def users_remove(name: str = typer.Argument(...), db: Path = DbOpt) -> None:
    """Remove a reviewer (their corrections stay, with their name)."""
    from .review import remove_user
    from .store import Store

    if not Path(db).is_file():
        raise _fail(f"no database at {db}")
    with Store(db) as store:
        ok = remove_user(store, name)
    if not ok:
        raise _fail(f"no user {name!r}", 1)
    print(f"user {name} removed")
