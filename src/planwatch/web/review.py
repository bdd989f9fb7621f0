"""Review in the browser: log in, accept / correct / reject / add items, correct metadata, undo.

Everything here writes only with ``create_app(..., allow_edit=True)`` (``planwatch serve --allow-edit``);
otherwise every write route answers 403 and pages show no edit controls. Reviewers log in with a
password (argon2 hash in the ``users`` table); the session is a random token in an HttpOnly,
SameSite=Lax cookie, held in memory on the server. Every state-changing request carries the session's
CSRF token (form field ``csrf_token`` or header ``X-CSRF-Token``); the login form uses a double-submit
token. Failed logins are limited per user name and client address.
"""
from __future__ import annotations

import hmac
import json
import secrets
import threading
import time
from collections import defaultdict, deque
from typing import Any, Callable, Optional
from urllib.parse import quote as urlquote

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from .. import review
from ..store import REVIEW_FIELDS, Store

SESSION_COOKIE = "pw_session"
LOGIN_COOKIE = "pw_login_csrf"
SESSION_SECONDS = 12 * 3600
MAX_FAILURES = 5  # failed logins per user + address …
FAILURE_WINDOW = 60.0  # … within this many seconds


class Sessions:
    """Logged-in reviewers: token -> (user, csrf token, expiry). In memory: a restart logs everyone out."""

    def __init__(self) -> None:
        self.data: dict[str, tuple[str, str, float]] = {}
        self.failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def create(self, user: str) -> tuple[str, str]:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        with self.lock:
            now = time.time()
            for k in [k for k, v in self.data.items() if v[2] < now]:
                del self.data[k]
            self.data[token] = (user, csrf, now + SESSION_SECONDS)
        return token, csrf

    def get(self, token: str | None) -> tuple[str, str] | None:
        if not token:
            return None
        with self.lock:
            v = self.data.get(token)
            if v is None or v[2] < time.time():
                self.data.pop(token, None)
                return None
            return v[0], v[1]

    def drop(self, token: str | None) -> None:
        with self.lock:
            self.data.pop(token or "", None)

    def blocked(self, user: str, addr: str) -> bool:
        with self.lock:
            q = self.failures[(user, addr)]
            while q and q[0] < time.time() - FAILURE_WINDOW:
                q.popleft()
            return len(q) >= MAX_FAILURES

    def failed(self, user: str, addr: str) -> None:
        with self.lock:
            self.failures[(user, addr)].append(time.time())

    def succeeded(self, user: str, addr: str) -> None:
        with self.lock:
            self.failures.pop((user, addr), None)


def _safe_next(nxt: str | None) -> str:
    """Only local paths: a login must not redirect to another site."""
    if not nxt or not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt:
        return "/"
    return nxt


def _is_json(request: Request) -> bool:
    return request.headers.get("content-type", "").split(";")[0].strip() == "application/json"


def _fields_from_form(form: dict[str, Any]) -> dict[str, Any]:
    return {k[2:]: v for k, v in form.items() if k.startswith("f_")}


def install(app: FastAPI, *, store: Store, lock: threading.Lock, reader: Callable[[], Store], page: Callable,
            templates, on_change: Callable[[], None], allow_edit: bool) -> Sessions:
    """Add the review routes and the session middleware to ``app``."""
    sessions = Sessions()
    app.state.sessions = sessions
    templates.env.globals.update(allow_edit=allow_edit, review_fields=REVIEW_FIELDS,
                                 review_allowed=review.allowed_values())

    @app.middleware("http")
    async def session_user(request: Request, call_next):
        request.state.user, request.state.csrf = None, None
        if allow_edit:
            s = sessions.get(request.cookies.get(SESSION_COOKIE))
            if s is not None:
                request.state.user, request.state.csrf = s
        return await call_next(request)

    def cookie_secure(request: Request) -> bool:
        return request.url.scheme == "https"

    def same_origin(request: Request) -> bool:
        """A browser's Origin header, when sent, must be this server (defence beside the token)."""
        origin = request.headers.get("origin")
        if not origin or origin == "null":
            return origin is None
        host = request.headers.get("host", "")
        return origin.split("://", 1)[-1] == host

    async def read_body(request: Request) -> dict[str, Any]:
        if _is_json(request):
            try:
                body = await request.json()
            except ValueError:
                raise HTTPException(400, "invalid JSON")
            if not isinstance(body, dict):
                raise HTTPException(400, "a JSON object is expected")
            return body
        form = await request.form()
        return {k: v for k, v in form.items() if isinstance(v, str)}

    async def writer(request: Request) -> tuple[str, dict[str, Any]]:
        """(user, body) of an allowed write: edit mode, a logged-in user, a matching CSRF token."""
        if not allow_edit:
            raise HTTPException(403, "editing is disabled on this server (start it with planwatch serve --allow-edit)")
        user, csrf = request.state.user, request.state.csrf
        if user is None:
            raise HTTPException(401, "log in to review")
        body = await read_body(request)
        sent = request.headers.get("x-csrf-token") or str(body.get("csrf_token") or "")
        if not sent or not hmac.compare_digest(sent, csrf) or not same_origin(request):
            raise HTTPException(403, "missing or wrong CSRF token")
        return user, body

    def done(request: Request, result: dict[str, Any], back: str) -> Response:
        if _is_json(request):
            return JSONResponse(result)
        return RedirectResponse(back, status_code=303)

    def doc_id_of(ref: str) -> str:
        with reader() as s:
            did = s.find(ref)
        if did is None:
            raise HTTPException(404, f"no document {ref!r}")
        return did

    def apply(did: str, user: str, body: dict[str, Any]) -> dict[str, Any]:
        """Record one reviewer action (the body of a form or of a JSON call)."""
        action = str(body.get("action") or "")
        fields = body.get("fields") if isinstance(body.get("fields"), dict) else _fields_from_form(body)
        note = body.get("note")
        with lock:
            w = Store.__new__(Store)
            w.con, w.path, w.read_only, w.on_add = store.con, store.path, False, []
            try:
                if action in review.ITEM_ACTIONS and body.get("kind") != "meta":
                    cid = review.review_item(w, did, user, action, str(body.get("kind")), str(body.get("key")),
                                             body.get("start"), body.get("end"), fields, note)
                elif action == "add":
                    cid = add_from_dom(w, did, user, body, fields, note)
                elif action in ("accept", "correct") and body.get("kind") == "meta":
                    cid = review.review_meta(w, did, user, action, fields, note)
                elif action == "undo":
                    cid = review.undo(w, body.get("id"), user, did)
                else:
                    raise review.ReviewError(f"unknown action {action!r}")
            except review.ReviewError as exc:
                raise HTTPException(422, str(exc))
            on_change()
        return {"id": cid, "action": action, "doc_id": did, "user": user}

    def add_from_dom(w: Store, did: str, user: str, body: dict[str, Any], fields, note) -> int:
        """An added item: offsets and quote as the browser saw the text (CR LF read as LF), checked and
        turned into offsets of the text as read; ``offsets=text`` in a JSON call gives them directly."""
        text = w.con.execute("SELECT text FROM document_versions WHERE id = ?", [did]).fetchone()[0]
        start, end = review._int(body.get("start")), review._int(body.get("end"))
        quote = str(body.get("quote") or "")
        if body.get("offsets") != "text":
            start, end = review.dom_to_text(text, start, end)
            seen = text[start:end].replace("\r\n", "\n").replace("\r", "\n")
            if seen != quote:
                raise review.ReviewError("the selection does not match the text at its offsets")
            quote = text[start:end]
        return review.add_item(w, did, user, str(body.get("kind") or "fact"), start, end, quote, fields, note)

    # ------------------------------------------------------------ login

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request, next: Optional[str] = None):
        if not allow_edit:
            raise HTTPException(404, "editing is disabled on this server")
        token = secrets.token_urlsafe(32)
        resp = page(request, "login.html", {"login_csrf": token, "next": _safe_next(next), "error": None})
        resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="lax", secure=cookie_secure(request),
                        max_age=3600, path="/")
        return resp

    @app.post("/login", include_in_schema=False)
    async def login(request: Request):
        if not allow_edit:
            raise HTTPException(403, "editing is disabled on this server")
        body = await read_body(request)
        name, password = str(body.get("username") or "").strip(), str(body.get("password") or "")
        nxt = _safe_next(str(body.get("next") or "/"))
        cookie = request.cookies.get(LOGIN_COOKIE) or ""
        sent = str(body.get("csrf_token") or "")
        if not cookie or not sent or not hmac.compare_digest(cookie, sent) or not same_origin(request):
            raise HTTPException(403, "missing or wrong CSRF token")
        addr = request.client.host if request.client else "?"
        if sessions.blocked(name, addr):
            raise HTTPException(429, f"too many failed logins: wait a minute")
        with reader() as s:
            ok = review.check_user(s, name, password)
        if not ok:
            sessions.failed(name, addr)
            resp = page(request, "login.html", {"login_csrf": cookie, "next": nxt,
                                                "error": "Wrong user name or password."}, 401)
            return resp
        sessions.succeeded(name, addr)
        token, _ = sessions.create(name)
        resp = RedirectResponse(nxt, status_code=303)
        resp.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", secure=cookie_secure(request),
                        max_age=SESSION_SECONDS, path="/")
        resp.delete_cookie(LOGIN_COOKIE, path="/")
        return resp

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request):
        await writer(request)
        sessions.drop(request.cookies.get(SESSION_COOKIE))
        resp = RedirectResponse("/", status_code=303)
        resp.delete_cookie(SESSION_COOKIE, path="/")
        return resp

    # ------------------------------------------------------------ writes

    @app.post("/doc/{ref}/review", include_in_schema=False)
    async def review_form(request: Request, ref: str):
        user, body = await writer(request)
        did = doc_id_of(ref)
        result = apply(did, user, body)
        back = f"/doc/{did}" if str(body.get("back") or "") != "log" else f"/doc/{did}/log"
        return done(request, result, back)

    @app.post("/api/review/{ref}/corrections", summary="Record a review action (with --allow-edit, logged in)")
    async def api_correction(request: Request, ref: str):
        """JSON body: ``{"action": "accept"|"correct"|"reject", "kind": "fact"|"pledge"|"project", "key", "start",
        "end", "fields": {...}, "note"}``; ``{"action": "add", "kind", "start", "end", "quote", "fields",
        "offsets": "text"}``; ``{"action": "accept"|"correct", "kind": "meta", "fields"}``; ``{"action": "undo",
        "id"}``. Needs the session cookie and the ``X-CSRF-Token`` header."""
        user, body = await writer(request)
        return JSONResponse(apply(doc_id_of(ref), user, body))

    # ------------------------------------------------------------ reads

    @app.get("/api/review/{ref}/suggest", summary="Fields for an item added from a selection (logged in)")
    def api_suggest(request: Request, ref: str, start: int, end: int):
        """``start``/``end`` count characters as the browser sees the text (CR LF as one)."""
        if not allow_edit:
            raise HTTPException(403, "editing is disabled on this server")
        if request.state.user is None:
            raise HTTPException(401, "log in to review")
        did = doc_id_of(ref)
        with reader() as s:
            text = s.con.execute("SELECT text FROM document_versions WHERE id = ?", [did]).fetchone()[0]
            meta = s.query("SELECT region, report_year, doc_type FROM reviewed_document_versions WHERE id = ?", [did])
            try:
                a, b = review.dom_to_text(text, start, end)
            except review.ReviewError as exc:
                raise HTTPException(422, str(exc))
            if not (0 <= a < b <= len(text)) or b - a > 2000:
                raise HTTPException(422, "select between 1 and 2000 characters")
            sec = s.con.execute('SELECT role FROM sections WHERE doc_id = ? AND start <= ? AND "end" >= ? '
                                "ORDER BY depth DESC LIMIT 1", [did, a, b]).fetchone()
            top = s.con.execute('SELECT number || title FROM sections WHERE doc_id = ? AND start <= ? '
                                'AND "end" >= ? ORDER BY depth LIMIT 1', [did, a, b]).fetchone()
        m = {k: (None if v != v else v) for k, v in meta.iloc[0].to_dict().items()} if len(meta) else {}
        if m.get("report_year") is not None:
            m["report_year"] = int(m["report_year"])
        out = review.suggest(text, a, b, m, sec[0] if sec else None, top[0] if top else None)
        out.update(start=a, end=b, quote=text[a:b])
        return JSONResponse(json.loads(json.dumps(out, ensure_ascii=False, default=str)))

    @app.get("/api/review/queue", summary="Documents ranked by expected errors (unreviewed, low confidence first)")
    def api_queue(limit: int = Query(100, ge=1, le=10000)):
        with reader() as s:
            df = review.review_queue(s).head(limit)
        return JSONResponse(json.loads(df.to_json(orient="records", force_ascii=False)))

    @app.get("/api/review/{ref}", summary="A document's review progress, log and unmatched corrections")
    def api_review(ref: str):
        did = doc_id_of(ref)
        with reader() as s:
            prog = review.progress(s, did)
            lg = review.log(s, did)
            um = review.unmatched(s, did)
        rec = lambda df: json.loads(df.to_json(orient="records", force_ascii=False, date_format="iso"))
        return JSONResponse({"progress": rec(prog)[0] if len(prog) else None, "log": rec(lg), "unmatched": rec(um)})

    @app.get("/doc/{ref}/log", response_class=HTMLResponse, include_in_schema=False)
    def log_page(request: Request, ref: str):
        did = doc_id_of(ref)
        with reader() as s:
            lg = review.log(s, did)
            um = review.unmatched(s, did)
            d = s.query("SELECT id, name, title, region, report_year FROM reviewed_document_versions WHERE id = ?", [did])
        rows = []
        for r in lg.to_dict("records"):
            before = json.loads(r["before"]) if isinstance(r["before"], str) else None
            after = json.loads(r["after"]) if isinstance(r["after"], str) else None
            changes = []
            if r["action"] == "correct" and before and after:
                changes = [(k, before.get(k), after.get(k)) for k in after if before.get(k) != after.get(k)]
            rows.append({**r, "changes": changes, "after_obj": after, "before_obj": before})
        return page(request, "review_log.html", {"doc": d.iloc[0].to_dict(), "rows": rows,
                                                 "unmatched": um.to_dict("records")})

    return sessions


def item_review_attrs(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """What the document page needs to review one reviewed-view row."""
    fields = {c: (None if (isinstance(row.get(c), float) and row.get(c) != row.get(c)) else row.get(c))
              for c in REVIEW_FIELDS[kind]}
    return {"kind": kind, "key": row["review_key"], "start": int(row["start"]), "end": int(row["end"]),
            "status": row.get("review_status") or "extracted", "review_id": row.get("review_id"),
            "note": row.get("review_note"), "fields": json.dumps(fields, ensure_ascii=False, default=str)}


def login_link(path: str) -> str:
    return "/login?next=" + urlquote(path)
