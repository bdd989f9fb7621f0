"""The planwatch web app: server-rendered pages and a JSON API over one corpus database.

``create_app(db_path)`` serves the corpus read-only. With ``allow_upload=True`` reports can be
uploaded (form at /upload, POST /api/documents); each upload is saved under ``data_dir`` with a
generated name and ingested like ``planwatch ingest`` would.

Document text is untrusted: templates autoescape, highlights are built from escaped pieces, chart
data goes in JSON data blocks (never executed) and every page carries a Content-Security-Policy that
allows scripts only from /static.
"""
from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import math
import re
import threading
import unicodedata
import uuid
from collections import OrderedDict
from pathlib import Path
from typing import Any, Optional

import jinja2
from markupsafe import Markup, escape
import pandas as pd
from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import review
from ..analyze.hierarchy import LEVELS as HIERARCHY_LEVELS, NATIONAL_CODE, parent_of
from ..store import Store
from . import highlight
from . import review as review_web

HERE = Path(__file__).resolve().parent
MAX_UPLOAD = 20 * 1024 * 1024
UPLOAD_PATHS = ("/upload", "/api/documents")
HEADLINE = ("gdp", "general_budget_revenue", "fixed_asset_investment", "retail_sales", "industrial_va",
            "disposable_income", "foreign_trade", "urban_new_jobs", "cpi", "rnd_intensity", "grain_output",
            "urbanization_rate")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
LEVELS = HIERARCHY_LEVELS  # national > province > prefecture > county
HIT = ("\ue000", "\ue001")  # search hit markers: private-use characters, turned into <mark> after escaping


def snippet_html(text: Any) -> Markup:
    """A search snippet, escaped, with its hit markers as <mark> (unbalanced markers are dropped)."""
    out, open_ = [], False
    for part in re.split("([\ue000\ue001])", str(text or "")):
        if part == HIT[0] and not open_:
            out.append('<mark class="hit">')
            open_ = True
        elif part == HIT[1] and open_:
            out.append("</mark>")
            open_ = False
        elif part not in HIT:
            out.append(str(escape(part)))
    if open_:
        out.append("</mark>")
    return Markup("".join(out))


# ---------------------------------------------------------------- helpers


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-safe records: NaN → None, timestamps → ISO strings."""
    if df is None or df.empty:
        return []
    return json.loads(df.to_json(orient="records", force_ascii=False, date_format="iso"))


_FORMULA = re.compile(r"^[=+@\t\r]|^-(?![\d.]+$)")


def _csv_cell(v: Any) -> Any:
    if isinstance(v, str) and _FORMULA.match(v):
        return "'" + v  # keep spreadsheets from running document text as formulas
    return v


def csv_response(df: pd.DataFrame | list[dict[str, Any]], filename: str) -> Response:
    rows = df if isinstance(df, list) else _records(df)
    cols: list[str] = list(df.columns) if isinstance(df, pd.DataFrame) else []
    for r in rows:
        cols += [k for k in r if k not in cols]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: _csv_cell(v) for k, v in r.items()})
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", filename) or "table.csv"
    return Response(("\ufeff" + buf.getvalue()).encode("utf-8"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{safe}"'})


YEAR_MIN, YEAR_MAX = 1949, 2100  # reports of the People's Republic; anything else is a typo or an attack
MAX_QUERY = 256  # characters of a search query (each Han character is a term of a phrase query)


def _year(v: Any) -> int | None:
    """A stored year (int, NaN, pd.NA or None) as an int or None."""
    try:
        return int(v) if _blank(v) is not None else None
    except (TypeError, ValueError, OverflowError):
        return None


def year_param(v: str | None) -> int | None:
    """A year from a form or query string: None when blank, 400 when not a plausible year."""
    if v is None or not str(v).strip():
        return None
    s = str(v).strip()
    if not re.fullmatch(r"\d{1,4}", s) or not YEAR_MIN <= int(s) <= YEAR_MAX:
        raise HTTPException(400, f"year must be between {YEAR_MIN} and {YEAR_MAX}, not {s[:20]!r}")
    return int(s)


def analysis_error(exc: Exception) -> tuple[int, str]:
    """The HTTP status and message for an analysis that failed on its arguments."""
    msg = str(exc)
    if isinstance(exc, ImportError):
        return 503, f"not available in this installation ({exc})"
    if isinstance(exc, (ValueError, LookupError)):
        return (404 if "unknown" in msg else 400), msg
    return 500, f"{exc.__class__.__name__}: {msg}"


def _blank(v: Any) -> Any:
    try:
        return None if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v)) else v
    except TypeError:
        return v


def safe_client_name(name: str | None) -> str:
    """A display name from a client's file name: its last path part, printable, at most 120 chars."""
    name = (name or "").replace("\\", "/").split("/")[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] not in "CZ" or c == " ")
    name = name.strip(" .")[:120]
    return name or "upload"


class Names:
    """Indicator and region names (from the vocabulary and the gazetteer)."""

    def __init__(self) -> None:
        try:
            from ..vocab import indicators

            self.indicators = {k: v.name for k, v in indicators().items()}
        except Exception:  # pragma: no cover - vocabulary missing
            self.indicators = {}

    def indicator(self, iid: str) -> str:
        return self.indicators.get(iid) or (iid[6:] if iid.startswith("other:") else iid)

    def region(self, code: str | None) -> str | None:
        if not code:
            return None
        try:
            from ..regions import gazetteer

            r = gazetteer().get(code)
            return r.name if r else None
        except Exception:  # pragma: no cover
            return None


class Memo:
    """A small thread-safe LRU for analysis results, keyed by function and arguments (not the store)."""

    def __init__(self, size: int):
        self.size = size
        self.data: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()

    def clear(self) -> None:
        with self.lock:
            self.data.clear()

    def cached(self, fn):
        @functools.wraps(fn)
        def wrapper(s, *args):
            if self.size <= 0:
                return fn(s, *args)
            key = (fn.__name__, *args)
            with self.lock:
                if key in self.data:
                    self.data.move_to_end(key)
                    return self.data[key]
            value = fn(s, *args)
            with self.lock:
                self.data[key] = value
                while len(self.data) > self.size:
                    self.data.popitem(last=False)
            return value

        return wrapper


# ---------------------------------------------------------------- size limit


class BodyLimit:
    """ASGI middleware: uploads larger than ``limit`` bytes get 413 before they are parsed or stored."""

    def __init__(self, app, limit: int, paths: tuple[str, ...]):
        self.app, self.limit, self.paths = app, limit, paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "POST" or scope.get("path") not in self.paths:
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        try:
            declared = int(headers.get(b"content-length", b"0") or 0)
        except ValueError:
            declared = 0
        if declared > self.limit:
            return await self._reject(send)
        seen = 0
        state = {"started": False, "over": False}

        class TooLarge(Exception):
            pass

        async def limited_receive():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    state["over"] = True
                    raise TooLarge()
            return msg

        async def guarded_send(msg):
            # the framework may turn the interrupted body into its own 400: answer 413 instead
            if state["over"]:
                if msg["type"] == "http.response.start" and not state["started"]:
                    state["started"] = True
                    await self._reject(send)
                return
            if msg["type"] == "http.response.start":
                state["started"] = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except TooLarge:
            if not state["started"]:
                state["started"] = True
                await self._reject(send)

    async def _reject(self, send):
        body = json.dumps({"detail": f"upload too large (limit {self.limit // (1024 * 1024)} MB)"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


# ---------------------------------------------------------------- the app


def create_app(db_path: str | Path, allow_upload: bool = False, data_dir: str | Path | None = None,
               max_upload: int = MAX_UPLOAD, cache_size: int = 256, allow_edit: bool = False) -> FastAPI:
    """The app over ``db_path``. Analysis results (scorecards, comparisons, chart series) are memoised
    (``cache_size`` entries, 0 to turn off) and forgotten on every upload: while the app holds the
    database open no other process can write to it. With ``allow_edit=True`` logged-in reviewers
    correct the extraction (see :mod:`planwatch.web.review`)."""
    db_path = Path(db_path)
    store = Store(db_path, read_only=not (allow_upload or allow_edit))
    lock = threading.Lock()
    if allow_upload:
        data = Path(data_dir) if data_dir else db_path.resolve().parent / "uploads"
        data.mkdir(parents=True, exist_ok=True)
        data = data.resolve()
    else:
        data = None
    names = Names()
    memo = Memo(cache_size)
    try:  # the search index follows the database: checked now, then updated with each upload
        from .. import search as _search

        if allow_upload:
            store.on_add.append(_search.store_hook(db_path))
        else:
            _search.check(db_path, store)
    except Exception as exc:  # search is optional; its pages report their own errors
        import logging

        logging.getLogger(__name__).warning("search index not checked: %s", exc)

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        yield
        store.close()

    app = FastAPI(title="planwatch", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  openapi_url="/api/openapi.json",
                  description="Targets, actuals, pledges and projects extracted from Chinese government work "
                              "reports. Every list route also answers `?format=csv`.")
    app.state.store, app.state.db_path, app.state.allow_upload, app.state.data_dir = store, db_path, allow_upload, data
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True)
    templates = Jinja2Templates(env=env)
    templates.env.globals.update(allow_upload=allow_upload, indicator_name=names.indicator, blank=_blank)
    templates.env.filters["snippet"] = snippet_html
    templates.env.filters["num"] = lambda v: "" if _blank(v) is None else (f"{v:g}" if isinstance(v, float) else str(v))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        resp = await call_next(request)
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        return resp

    def reader() -> Store:
        """A per-request view of the store on its own DuckDB cursor (connections are not thread-safe)."""
        s = Store.__new__(Store)
        with lock:
            s.con = store.con.cursor()
        s.path, s.read_only, s.on_add = store.path, store.read_only, []
        return s

    def page(request: Request, name: str, ctx: dict[str, Any], status: int = 200) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def documents_df(s: Store, region=None, level=None, year=None, doc_type=None, code=None) -> pd.DataFrame:
        """Documents with counts, filtered in SQL (one grouped join per table, not a subquery per row)."""
        where, params = [], []
        if region:
            where.append("(d.region = ? OR d.region_code = ?)")
            params += [region, region]
        for col, v in (("d.region_code", code), ("d.level", level), ("d.report_year", year), ("d.doc_type", doc_type)):
            if v:
                where.append(f"{col} = ?")
                params.append(v)
        counts = "".join(
            f" LEFT JOIN (SELECT doc_id, count(*) AS n FROM {t} GROUP BY doc_id) {a} ON {a}.doc_id = d.id"
            for t, a in (("reviewed_facts", "cf"), ("reviewed_pledges", "cp"), ("reviewed_projects", "cj")))
        return s.query(
            f"""SELECT d.id, d.name, d.region, d.region_code, d.level, d.parent, d.parent_code, d.province, d.doc_type,
                       d.report_year, d.meeting_date, d.title, d.n_chars, coalesce(cf.n, 0) AS n_facts,
                       coalesce(cp.n, 0) AS n_pledges, coalesce(cj.n, 0) AS n_projects
                FROM reviewed_documents d{counts} {'WHERE ' + ' AND '.join(where) if where else ''}
                ORDER BY d.province, d.region_code, d.report_year, d.name""", params)

    DOC_COLS = ["id", "name", "region", "region_code", "level", "parent", "province", "doc_type", "report_year",
                "meeting_date", "title", "n_chars", "n_facts", "n_pledges", "n_projects"]

    def load_doc(s: Store, ref: str):
        """The document as reviewed, with its reviewed-view rows per kind."""
        r = review.load_reviewed(s, ref)
        if r is None:
            raise HTTPException(404, f"no document {ref!r}")
        return r

    # ------------------------------------------------------------ analysis (lazy, optional)

    def region_known(s: Store, code: str) -> bool:
        """A region stored (by code or name) or in the gazetteer."""
        if s.con.execute("SELECT 1 FROM reviewed_documents WHERE region_code = ? OR region = ? LIMIT 1",
                         [code, code]).fetchone():
            return True
        from ..regions import gazetteer

        gaz = gazetteer()
        return gaz.get(code) is not None or bool(gaz.lookup(code))

    def need_region(s: Store, code: str) -> None:
        if len(code) > 64 or not region_known(s, code):
            raise HTTPException(404, f"no region {code[:64]!r}")

    @memo.cached
    def run_scorecard(s: Store, code: str, year: int | None):
        """(scorecard, None) or (None, (status, message))."""
        try:
            from ..analyze import scorecard

            return scorecard(s, code, year=year), None
        except Exception as exc:
            return None, analysis_error(exc)

    @memo.cached
    def run_compare(s: Store, indicator, year, under, level, province, role):
        """(rows, None) or (None, (status, message))."""
        try:
            from ..analyze import compare

            return compare(s, indicator, year, under=under or None, level=level or None,
                           province=province or None, role=role), None
        except Exception as exc:
            return None, analysis_error(exc)

    def run_search(q, region, level, province, year, doc_type, role, limit, html=False):
        """(hits, None) or (None, (status, message)). No app-wide lock: searches run side by side."""
        if not q.strip():
            return None, (400, "empty search query")
        if len(q) > MAX_QUERY:
            return None, (400, f"search query too long ({len(q)} characters; at most {MAX_QUERY})")
        r = reader()
        try:
            from ..search import search

            return search(str(db_path), q, region=region or None, level=level or None,
                          province=province or None, year=year, doc_type=doc_type or None, role=role or None,
                          limit=limit, store=r, **({"mark": HIT} if html else {})), None
        except Exception as exc:
            return None, analysis_error(exc)
        finally:
            r.con.close()

    @memo.cached
    def series(s: Store, code: str) -> list[dict[str, Any]]:
        """Per headline indicator: target and actual by year, from the region's own reports."""
        df = s.query(
            """SELECT f.indicator, f.role, f.period, f.measure, f.value, f.unit, f.qualifier, f.quote, d.report_year,
                      d.id AS doc_id
               FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id
               WHERE d.region_code = ? AND f.value IS NOT NULL AND f.role IN ('actual','target','goal')
               ORDER BY d.report_year, f.start""", [code])
        out = []
        if df.empty:
            return out
        df = df[df.period.astype(str).str.fullmatch(r"\d{4}")]
        df = df.assign(year=df.period.astype(int), kind=df.role.where(df.role == "actual", "target"))
        present = [i for i in HEADLINE if i in set(df.indicator)]
        for iid in present:
            sub = df[df.indicator == iid]
            measure = sub.measure.value_counts().index[0]
            sub = sub[sub.measure == measure]
            unit = sub.unit.dropna().mode()
            unit = unit.iloc[0] if len(unit) else ""
            sub = sub[(sub.unit == unit) | sub.unit.isna()] if unit else sub
            years = sorted(set(sub.year))
            if not years:
                continue
            vals: dict[str, dict[int, float]] = {"target": {}, "actual": {}}
            quotes: dict[str, dict[int, str]] = {"target": {}, "actual": {}}
            for r in sub.itertuples():  # later reports win (revised actuals)
                vals[r.kind][r.year] = float(r.value)
                quotes[r.kind][r.year] = r.quote
            out.append({"indicator": iid, "name": names.indicator(iid), "measure": measure, "unit": unit or "",
                        "years": years,
                        "target": [vals["target"].get(y) for y in years],
                        "actual": [vals["actual"].get(y) for y in years],
                        "target_quote": [quotes["target"].get(y) for y in years],
                        "actual_quote": [quotes["actual"].get(y) for y in years]})
        return out

    # ------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def corpus_page(request: Request, region: Optional[str] = None, level: Optional[str] = None,
                    year: Optional[str] = None, type: Optional[str] = None, format: Optional[str] = None,
                    order: Optional[str] = None):
        with reader() as s:
            all_docs = s.query("SELECT region, region_code, level, report_year, doc_type FROM reviewed_documents")
            df = documents_df(s, region, level, year_param(year), type)
            prog = review.progress(s)
        df = df.merge(prog[["doc_id", "reviewed_share", "expected_errors", "mean_confidence"]], how="left",
                      left_on="id", right_on="doc_id")
        if order == "review":  # the review queue: most expected errors (unreviewed, low confidence) first
            df = df.sort_values(["expected_errors", "reviewed_share"], ascending=[False, True], kind="stable")
        if format == "csv":
            return csv_response(df[DOC_COLS + ["reviewed_share"]], "documents.csv")
        opts = {
            "region": sorted({(r.region, r.region_code) for r in all_docs.itertuples() if r.region}, key=lambda x: x[1] or ""),
            "level": [lv for lv in LEVELS if lv in set(all_docs.level.dropna())],
            "year": sorted({int(y) for y in all_docs.report_year.dropna()}),
            "type": sorted(set(all_docs.doc_type.dropna())),
        }
        sel = {"region": region or "", "level": level or "", "year": year or "", "type": type or ""}
        csv_q = "&".join(f"{k}={v}" for k, v in sel.items() if v)
        sel["order"] = order or ""
        return page(request, "corpus.html", {"docs": _records(df[DOC_COLS + ["reviewed_share", "mean_confidence"]]),
                                             "opts": opts, "sel": sel,
                                             "total": len(all_docs), "csv_q": csv_q})

    @app.get("/doc/{ref}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, ref: str):
        with reader() as s:
            d, rows = load_doc(s, ref)
            progress = review.progress(s, d.id).iloc[0].to_dict()
            n_unmatched = len(review.unmatched(s, d.id))
        items = highlight.items_of(d, names.indicators)
        prefix = {"f": "fact", "p": "pledge", "j": "project"}
        for it in items:  # items_of numbers each kind's list in order: f3 is rows["fact"][3]
            it.extra["review"] = review_web.item_review_attrs(it.kind, rows[prefix[it.key[0]]][int(it.key[1:])])
        meta = []
        for k, v in d.meta.as_dict().items():
            e = d.meta.evidence.get(k)
            meta.append({"field": k, "value": v, "source": e.source if e else "", "quote": e.quote if e else ""})
        counts = {r: sum(1 for i in items if i.role == r) for r in highlight.ROLES}
        return page(request, "document.html", {"d": d, "body": highlight.render(d.text, items),
                                               "groups": highlight.by_section(items), "meta": meta, "counts": counts,
                                               "n_items": len(items), "progress": progress,
                                               "n_unmatched": n_unmatched,
                                               "indicator_ids": sorted(names.indicators)})

    @app.get("/region/{code}", response_class=HTMLResponse, include_in_schema=False)
    def region_page(request: Request, code: str, year: Optional[str] = None):
        with reader() as s:
            docs = documents_df(s, code=code)
            children = s.query(
                """SELECT region_code, any_value(region) AS region, any_value(level) AS level,
                          count(*) AS n_docs, min(report_year) AS first_year, max(report_year) AS last_year
                   FROM reviewed_documents WHERE parent_code = ? OR region_code LIKE ? GROUP BY region_code
                   ORDER BY region_code""", [code, f"{code[:2]}%" if code != NATIONAL_CODE else "%"])
            # by code (GB/T 2260): the country is the parent of every province
            children = children[[parent_of(c) == code for c in children.region_code]]
            name = (docs.region.iloc[0] if len(docs) else None) or names.region(code)
            up = parent_of(code) or (_blank(docs.parent_code.iloc[0]) if len(docs) else None)
            up_name = names.region(up) or (s.con.execute(
                "SELECT any_value(region) FROM reviewed_documents WHERE region_code = ?", [up]).fetchone()[0] if up else None)
            if name is None and not len(children):
                raise HTTPException(404, f"no region {code!r}")
            card, err = run_scorecard(s, code, year_param(year))
            card_msg = f"The scorecard could not be computed: {err[1]}" if err else None
            charts = series(s, code)
        card_rows = _records(card) if card is not None else []
        return page(request, "region.html", {
            "code": code, "name": name or code, "docs": _records(docs[DOC_COLS]), "children": _records(children),
            "card": card_rows, "card_msg": card_msg, "charts": charts, "year": year or "",
            "parent": up_name, "parent_code": up})

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(request: Request, indicator: str = "gdp", year: Optional[str] = None,
                     under: Optional[str] = None, level: Optional[str] = None, province: Optional[str] = None,
                     role: str = "target"):
        with reader() as s:
            inds = s.query("SELECT indicator, count(*) AS n FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id GROUP BY 1 ORDER BY 2 DESC, 1")
            years = s.query("SELECT DISTINCT report_year FROM reviewed_documents WHERE report_year IS NOT NULL ORDER BY 1")
            y = year_param(year)
            if y is None and len(years):
                y = int(years.report_year.iloc[-1])
            rows, msg = (None, None)
            if y is not None:
                rows, err = run_compare(s, indicator, y, under, level, province, role)
                msg = f"The comparison could not be computed: {err[1]}" if err else None
        rec = _records(rows) if rows is not None else []
        chart = {"indicator": indicator, "name": names.indicator(indicator), "role": role,
                 "regions": [r.get("region") or r.get("code") for r in rec],
                 "values": [r.get("value") for r in rec], "under": under or "",
                 "codes": [r.get("code") for r in rec], "unit": next((r.get("unit") for r in rec if r.get("unit")), "")}
        q = {"indicator": indicator, "year": y or "", "under": under or "", "level": level or "",
             "province": province or "", "role": role}
        return page(request, "compare.html", {
            "rows": rec, "msg": msg, "chart": chart, "q": q,
            "indicators": [(i, names.indicator(i), n) for i, n in zip(inds.indicator, inds.n)],
            "years": [int(v) for v in years.report_year],
            "csv_q": "&".join(f"{k}={v}" for k, v in q.items() if v)})

    @memo.cached
    def run_escalation(s: Store, indicator, year, years, under, role, measure):
        try:
            from ..analyze import escalation
        except ImportError as exc:
            return None, f"Escalation is not available in this installation ({exc})."
        try:
            return escalation(s, indicator, year=year, years=years or None, under=under or None, role=role,
                              measure=measure or None), None
        except ValueError as exc:  # a bad year span or an unknown region: said as it is
            return None, str(exc)
        except Exception as exc:
            return None, f"The escalation could not be computed: {exc.__class__.__name__}: {exc}"

    @app.get("/escalation", response_class=HTMLResponse, include_in_schema=False)
    def escalation_page(request: Request, indicator: str = "gdp", year: Optional[str] = None,
                        years: Optional[str] = None, under: Optional[str] = None, role: str = "target",
                        measure: Optional[str] = None):
        role = role if role in ("target", "actual") else "target"
        with reader() as s:
            inds = s.query("SELECT indicator, count(*) AS n FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id "
                           "GROUP BY 1 ORDER BY 2 DESC, 1")
            known = s.query("SELECT DISTINCT report_year FROM reviewed_documents WHERE report_year IS NOT NULL ORDER BY 1")
            y = _year(year) if year else None
            if y is None and not years and len(known):
                y = int(known.report_year.iloc[-1])
            res, msg = (None, None)
            if y is not None or years:
                res, msg = run_escalation(s, indicator, y, (years or "").strip(), (under or "").strip(), role,
                                          (measure or "").strip())
        q = {"indicator": indicator, "year": y or "", "years": years or "", "under": under or "", "role": role,
             "measure": measure or ""}
        ctx: dict[str, Any] = {"q": q, "msg": msg, "res": None,
                               "indicators": [(i, names.indicator(i), n) for i, n in zip(inds.indicator, inds.n)],
                               "years_known": [int(v) for v in known.report_year],
                               "csv_q": "&".join(f"{k}={v}" for k, v in q.items() if v)}
        if res is not None:
            multi = len(res.years) > 1
            levels = _records(res.levels)
            medians = {(r["year"], r["level"]): r["median"] for r in levels}
            ctx.update(res=res, multi=multi, levels=levels, pairs=_records(res.pairs),
                       excluded=_records(res.excluded), chart={
                           "name": names.indicator(indicator), "unit": res.unit or "", "role": role,
                           "years": res.years, "national": {str(k): v for k, v in res.national.items()},
                           "strips": [] if multi else res.strips(res.years[0]),
                           # over several years: each level's median by year, top down (a list keeps the order)
                           "medians": [{"level": lvl, "values": [medians.get((y, lvl)) for y in res.years]}
                                       for lvl in dict.fromkeys(res.levels.level)] if multi else []})
        return page(request, "escalation.html", ctx)

    @app.get("/api/escalation", summary="Target escalation by level")
    def api_escalation(indicator: str, year: Optional[int] = None,
                       years: Optional[str] = Query(None, description="A span (2016-2025) or a list (2016,2018)"),
                       under: Optional[str] = Query(None, description="Region name or code"),
                       role: str = Query("target", pattern="^(target|actual)$"), measure: Optional[str] = None,
                       table: str = Query("levels", pattern="^(levels|pairs|excluded)$"),
                       format: str = Query("json", pattern="^(json|csv)$")):
        """Per level (year × level): count, median, mean, min, max, mean gap to the parent's figure, share
        above it and share of targets met; ``table=pairs`` gives each region against its parent
        (see planwatch.analyze.escalation)."""
        if year is None and not years:
            raise HTTPException(422, "give year or years")
        with reader() as s:
            res, msg = run_escalation(s, indicator, year, years or "", under or "", role, measure or "")
        if res is None:
            code = 404 if msg.startswith("unknown region") else 503 if msg.startswith("The escalation") else 422
            raise HTTPException(code, msg)
        df = {"levels": res.levels, "pairs": res.pairs, "excluded": res.excluded}[table]
        return csv_response(df, f"escalation_{indicator}_{table}.csv") if format == "csv" else _records(df)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", region: Optional[str] = None, year: Optional[str] = None,
                    role: Optional[str] = None):
        results, msg, status = ([], None, 200)
        if q.strip():
            results, err = run_search(q, region, None, None, year_param(year), None, role, 50, html=True)
            if err:
                status, msg = err[0], f"Search failed: {err[1]}"
        return page(request, "search.html", {"q": q[:MAX_QUERY], "search_q": q[:MAX_QUERY], "results": results or [],
                                             "msg": msg, "region": region or "", "year": year or "",
                                             "role": role or ""}, status)

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_form(request: Request):
        if not allow_upload:
            return page(request, "error.html", {"status": 403, "message": "Uploads are disabled on this server "
                                                "(start it with planwatch serve --allow-upload)."}, 403)
        return page(request, "upload.html", {"limit_mb": max_upload // (1024 * 1024), "error": None})

    def ingest_upload(file: UploadFile, region: str | None, year: int | None) -> list[Any]:
        from .. import api
        from ..ingest import SUFFIXES, IngestError, read_bytes

        client = safe_client_name(file.filename)
        suffix = Path(client).suffix.lower()
        if suffix not in SUFFIXES:
            raise HTTPException(415, f"unsupported file type {suffix or '(none)'!r}; "
                                     f"known: {', '.join(sorted(SUFFIXES))}")
        blob = file.file.read(max_upload + 1)
        if len(blob) > max_upload:
            raise HTTPException(413, "upload too large")
        if not blob:
            raise HTTPException(400, "empty file")
        target = data / f"{uuid.uuid4().hex}{suffix}"  # a generated name: nothing from the client in the path
        if target.resolve().parent != data:  # pragma: no cover - cannot happen with a uuid name
            raise HTTPException(400, "bad upload path")
        target.write_bytes(blob)
        overrides: dict[str, Any] = {}
        if region:
            overrides["region"] = region
        if year:
            overrides["report_year"] = year
        try:
            raws = read_bytes(blob, client, source=str(target))
            docs = [api.process(r, overrides or None) for r in raws]
        except IngestError as exc:
            target.unlink(missing_ok=True)
            raise HTTPException(422, f"cannot read {client}: {exc.reason}")
        except BaseException:
            target.unlink(missing_ok=True)  # nothing stored: keep no orphan file either
            raise
        with lock:  # one writer; the store's listener indexes each stored document
            for d in docs:
                store.add(d)
            memo.clear()
        return docs

    @app.post("/upload", include_in_schema=False)
    def upload_post(request: Request, file: UploadFile = File(...), region: str = Form(""), year: str = Form("")):
        if not allow_upload:
            return page(request, "error.html", {"status": 403, "message": "Uploads are disabled on this server."}, 403)
        try:
            docs = ingest_upload(file, region.strip()[:64] or None, year_param(year))
        except HTTPException as exc:
            return page(request, "upload.html", {"limit_mb": max_upload // (1024 * 1024), "error": exc.detail},
                        exc.status_code)
        return RedirectResponse(f"/doc/{docs[0].id}", status_code=303)

    # ------------------------------------------------------------ JSON API

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request):
        spec = app.openapi()
        routes = []
        for path, ops in spec.get("paths", {}).items():
            for method, op in ops.items():
                routes.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "doc": op.get("description", ""),
                               "params": [(p["name"], p.get("in", ""), p.get("required", False))
                                          for p in op.get("parameters", [])]})
        return page(request, "api.html", {"routes": routes})

    @app.get("/api/documents", summary="List documents")
    def api_documents(region: Optional[str] = Query(None, description="Region name or code"),
                      level: Optional[str] = None, year: Optional[int] = Query(None, ge=YEAR_MIN, le=YEAR_MAX),
                      type: Optional[str] = Query(None, description="Document type"),
                      format: str = Query("json", pattern="^(json|csv)$")):
        """Stored documents with metadata and counts of facts, pledges and projects."""
        with reader() as s:
            df = documents_df(s, region, level, year, type)[DOC_COLS]
        return csv_response(df, "documents.csv") if format == "csv" else _records(df)

    @app.post("/api/documents", status_code=201, summary="Upload a report (only with --allow-upload)")
    def api_upload(file: UploadFile = File(...), region: Optional[str] = Form(None, max_length=64),
                   year: Optional[int] = Form(None, ge=YEAR_MIN, le=YEAR_MAX)):
        """Save the file under the data directory with a generated name and ingest it. 403 when uploads are off,
        413 beyond the size limit, 415 for unknown types, 422 when the file cannot be read."""
        if not allow_upload:
            raise HTTPException(403, "uploads are disabled on this server (read-only API)")
        docs = ingest_upload(file, region, year)
        return {"documents": [{"id": d.id, "name": d.name, "url": f"/doc/{d.id}", **d.meta.as_dict(),
                               "n_facts": len(d.facts), "n_pledges": len(d.pledges), "n_projects": len(d.projects)}
                              for d in docs]}

    @app.get("/api/documents/{ref}", summary="One document")
    def api_document(ref: str, text: bool = Query(False, description="Include the full text")):
        """Metadata with evidence, sections, facts, pledges and projects (offsets index the text as read)."""
        with reader() as s:
            d, rows = load_doc(s, ref)
        from dataclasses import asdict

        def with_status(items, kind):  # each item says whether a reviewer accepted, corrected or added it
            return [{**x.as_dict(), "review_status": r.get("review_status")} for x, r in zip(items, rows[kind])]

        out = {"id": d.id, "name": d.name, "format": d.format, "meta": d.meta.as_dict(),
               "evidence": {k: asdict(v) for k, v in d.meta.evidence.items()},
               "sections": [asdict(x) for x in d.sections], "facts": with_status(d.facts, "fact"),
               "pledges": with_status(d.pledges, "pledge"), "projects": with_status(d.projects, "project"),
               "n_chars": len(d.text)}
        if text:
            out["text"] = d.text
        return JSONResponse(json.loads(json.dumps(out, default=str)))

    @app.get("/api/documents/{ref}/{table}", summary="A document's facts, pledges, projects or sections")
    def api_document_table(ref: str, table: str, format: str = Query("json", pattern="^(json|csv)$")):
        if table not in ("facts", "pledges", "projects", "sections"):
            raise HTTPException(404, f"no table {table!r}")
        with reader() as s:
            doc_id = s.find(ref)
            if doc_id is None:
                raise HTTPException(404, f"no document {ref!r}")
            df = s.table(table, doc_id)
        return csv_response(df, f"{doc_id}_{table}.csv") if format == "csv" else _records(df)

    @app.get("/api/facts", summary="Facts across the corpus")
    def api_facts(indicator: Optional[str] = None, role: Optional[str] = None, region: Optional[str] = None,
                  year: Optional[int] = Query(None, ge=YEAR_MIN, le=YEAR_MAX, description="Report year"),
                  limit: int = Query(1000, ge=1, le=100000),
                  format: str = Query("json", pattern="^(json|csv)$")):
        where, params = [], []
        for col, v in (("f.indicator", indicator), ("f.role", role)):
            if v:
                where.append(f"{col} = ?")
                params.append(v)
        if region:
            where.append("(d.region = ? OR d.region_code = ?)")
            params += [region, region]
        if year:
            where.append("d.report_year = ?")
            params.append(year)
        with reader() as s:
            df = s.query(
                f"""SELECT d.id AS doc_id, d.name AS doc, d.region, d.region_code, d.level, d.report_year,
                           f.indicator, f.role, f.period, f.measure, f.value, f.value_high, f.unit, f.qualifier,
                           f.scope, f.quote, f.start, f."end", f.section, f.review_status
                    FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id
                    {'WHERE ' + ' AND '.join(where) if where else ''}
                    ORDER BY d.region_code, d.report_year, f.start LIMIT {int(limit)}""", params)
        return csv_response(df, "facts.csv") if format == "csv" else _records(df)

    @app.get("/api/regions/{code}/scorecard", summary="A region's scorecard")
    def api_scorecard(code: str, year: Optional[int] = Query(None, ge=YEAR_MIN, le=YEAR_MAX),
                      format: str = Query("json", pattern="^(json|csv)$")):
        """Targets against actuals with verdicts (see planwatch.analyze.scorecard). 404 for an unknown region."""
        with reader() as s:
            need_region(s, code)
            card, err = run_scorecard(s, code, year)
        if card is None:
            raise HTTPException(*err)
        return csv_response(card, f"scorecard_{code}.csv") if format == "csv" else _records(card)

    @app.get("/api/regions/{code}/series", summary="Headline indicators' targets and actuals by year")
    def api_series(code: str):
        with reader() as s:
            need_region(s, code)
            return series(s, code)

    @app.get("/api/regions/{code}/documents", summary="A region's documents")
    def api_region_documents(code: str, format: str = Query("json", pattern="^(json|csv)$")):
        with reader() as s:
            need_region(s, code)
            df = documents_df(s, code=code)[DOC_COLS]
        return csv_response(df, f"documents_{code}.csv") if format == "csv" else _records(df)

    @app.get("/api/compare", summary="One indicator across regions")
    def api_compare(indicator: str = Query(..., max_length=200), year: int = Query(..., ge=YEAR_MIN, le=YEAR_MAX),
                    under: Optional[str] = Query(None, description="Parent region code"),
                    level: Optional[str] = None, province: Optional[str] = None, role: str = "target",
                    format: str = Query("json", pattern="^(json|csv)$")):
        """Values with their quotes and differences from the parent and the siblings' median
        (see planwatch.analyze.compare)."""
        with reader() as s:
            rows, err = run_compare(s, indicator, year, under, level, province, role)
        if rows is None:
            raise HTTPException(*err)
        return csv_response(rows, f"compare_{indicator}_{year}.csv") if format == "csv" else _records(rows)

    @app.get("/api/search", summary="Full-text search")
    def api_search(q: str, region: Optional[str] = None, level: Optional[str] = None, province: Optional[str] = None,
                   year: Optional[int] = Query(None, ge=YEAR_MIN, le=YEAR_MAX), doc_type: Optional[str] = None, role: Optional[str] = None,
                   limit: int = Query(20, ge=1, le=200), format: str = Query("json", pattern="^(json|csv)$")):
        """400 for an empty query or one longer than 256 characters."""
        results, err = run_search(q, region, level, province, year, doc_type, role, limit)
        if results is None:
            raise HTTPException(*err)
        return csv_response(list(results), "search.csv") if format == "csv" else results

    @app.get("/api/indicators", summary="Indicators with their names and how many facts mention them")
    def api_indicators(format: str = Query("json", pattern="^(json|csv)$")):
        with reader() as s:
            df = s.query("SELECT indicator, count(*) AS n_facts FROM reviewed_facts f JOIN reviewed_documents d ON d.id = f.doc_id GROUP BY 1 ORDER BY 2 DESC, 1")
        df.insert(1, "name", [names.indicator(i) for i in df.indicator])
        return csv_response(df, "indicators.csv") if format == "csv" else _records(df)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api") or request.method != "GET":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return page(request, "error.html", {"status": exc.status_code, "message": exc.detail}, exc.status_code)

    review_web.install(app, store=store, lock=lock, reader=reader, page=page, templates=templates,
                       on_change=memo.clear, allow_edit=allow_edit)
    if allow_upload:
        app.add_middleware(BodyLimit, limit=max_upload, paths=UPLOAD_PATHS)
    return app

