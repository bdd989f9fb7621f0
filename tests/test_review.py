"""Review (issue 14): corrections as data, the reviewed view downstream, users and sessions, the
write routes' guards, gold export, and the whole flow in a real browser."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import planwatch
from planwatch import review
from planwatch.analyze import panel as make_panel, scorecard
from planwatch.cli import app as cli_app
from planwatch.evaluate import evaluate
from planwatch.store import Store
from live import Server, wait_job  # tests/live.py
from planwatch.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
RUZHOU = "000_2b931b19880bcc59.txt"
MISSED = "新增发放贷款 6.99 亿元"  # a statement the extractor does not turn into a fact
LOANS = {"indicator": "new_loans", "role": "actual", "period": "2021", "measure": "level", "value": 6.99,
         "unit": "亿元", "qualifier": "eq"}
PASSWORDS = {"alice": "alice-pass-1", "bob": "bob-pass-22"}


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("review") / "base.duckdb"
    with planwatch.open(db) as c:
        for f in sorted(EXAMPLES.glob("*.txt")):
            c.add(f)
        for name, pw in PASSWORDS.items():
            review.add_user(c.store, name, pw)
    return db


@pytest.fixture
def db(base_db, tmp_path) -> Path:
    p = tmp_path / "corpus.duckdb"
    shutil.copy(base_db, p)
    return p


def _doc_id(s: Store, name: str = RUZHOU) -> str:
    return s.find(name)


def _fact(s: Store, did: str, indicator: str, role: str, measure: str) -> dict:
    df = s.query("SELECT * FROM reviewed_facts WHERE doc_id = ? AND indicator = ? AND role = ? AND measure = ? "
                 "ORDER BY start", [did, indicator, role, measure])
    assert len(df), (indicator, role, measure)
    return df.iloc[0].to_dict()


def _target(s: Store, did: str, f: dict) -> tuple:
    return did, f["review_key"], int(f["start"]), int(f["end"])


# ---------------------------------------------------------------- corrections and the reviewed view


def test_corrections_are_data_and_the_reviewed_view_applies_them(db):
    with Store(db) as s:
        did = _doc_id(s)
        raw_before = s.query("SELECT * FROM facts WHERE doc_id = ? ORDER BY seq", [did])
        gdp = _fact(s, did, "gdp", "actual", "level")
        cpi = _fact(s, did, "cpi", "actual", "growth")
        ind = _fact(s, did, "industrial_va", "actual", "growth")
        d, key, a, b = _target(s, did, gdp)
        c1 = review.review_item(s, d, "alice", "correct", "fact", key, a, b, {"value": "600"}, "typo in the report")
        review.review_item(s, *_target(s, did, cpi)[:1], "alice", "reject", "fact", *_target(s, did, cpi)[1:])
        review.review_item(s, did, "bob", "accept", "fact", *_target(s, did, ind)[1:])
        text = s.con.execute("SELECT text FROM documents WHERE id = ?", [did]).fetchone()[0]
        start = text.index(MISSED)
        review.add_item(s, did, "bob", "fact", start, start + len(MISSED), MISSED, LOANS)

        # the extracted rows are untouched
        assert s.query("SELECT * FROM facts WHERE doc_id = ? ORDER BY seq", [did]).equals(raw_before)
        rv = s.query("SELECT * FROM reviewed_facts WHERE doc_id = ?", [did])
        assert len(rv) == len(raw_before)  # one rejected, one added
        st = dict(zip(rv.indicator + "/" + rv.measure + "/" + rv.role, rv.review_status))
        assert st["gdp/level/actual"] == "corrected" and st["industrial_va/growth/actual"] == "accepted"
        assert "cpi/growth/actual" not in st and st["new_loans/level/actual"] == "added"
        assert set(rv.review_status) == {"extracted", "corrected", "accepted", "added"}
        g = rv[(rv.indicator == "gdp") & (rv.measure == "level") & (rv.role == "actual")].iloc[0]
        assert g.value == 600 and g.review_note == "typo in the report" and g.quote == gdp["quote"]
        for r in rv.itertuples():  # provenance holds for added items too
            assert text[r.start:r.end] == r.quote
        # the public table API and the document loader say the same
        assert "review_status" in s.table("facts", did).columns
        doc, rows = review.load_reviewed(s, did)
        assert any(f.indicator == "new_loans" for f in doc.facts)
        assert not any(f.indicator == "cpi" and f.role == "actual" for f in doc.facts)
        assert [r["review_status"] for r in rows["fact"]].count("added") == 1

        # the log has every action with its user; undo brings the extracted value back
        lg = review.log(s, did)
        assert list(lg.action) == ["add", "accept", "reject", "correct"]
        assert set(lg.user_name) == {"alice", "bob"}
        # accepting the corrected item keeps the correction
        review.review_item(s, did, "bob", "accept", "fact", key, a, b)
        g = _fact(s, did, "gdp", "actual", "level")
        assert (g["value"], g["review_status"]) == (600, "corrected")
        review.undo(s, int(review.log(s, did).id.iloc[0]), "bob")
        review.undo(s, c1, "bob")
        assert _fact(s, did, "gdp", "actual", "level")["value"] == gdp["value"]
        lg = review.log(s, did)
        assert lg.iloc[0].action == "undo" and bool(lg[lg.id == c1].undone.iloc[0])
        assert _fact(s, did, "industrial_va", "actual", "growth")["review_status"] == "accepted"
        with pytest.raises(review.ReviewError):
            review.undo(s, c1, "bob")  # already undone


def test_unreviewed_documents_read_the_same_without_the_view(db):
    """The document page skips the reviewed views for a document nobody reviewed: same rows."""
    with Store(db, read_only=True) as s:
        for did in s.query("SELECT id FROM documents").id:
            doc, rows = review.load_reviewed(s, did)
            for kind, table in (("fact", "facts"), ("pledge", "pledges"), ("project", "projects")):
                view = s.query(f'SELECT review_key, start, "end", review_status FROM reviewed_{table} WHERE doc_id = ?', [did])
                assert sorted((r["review_key"], r["start"], r["end"], r["review_status"]) for r in rows[kind]) == \
                    sorted(tuple(x) for x in view.itertuples(index=False))
                assert len(getattr(doc, table)) == len(view)


def test_corrections_are_checked(db):
    with Store(db) as s:
        did = _doc_id(s)
        gdp = _fact(s, did, "gdp", "actual", "level")
        _, key, a, b = _target(s, did, gdp)
        bad = [({"value": "lots"}, "number"), ({"role": "promise"}, "role"), ({"indicator": "nonsense"}, "indicator"),
               ({"period": "next year"}, "period")]
        for fields, word in bad:
            with pytest.raises(review.ReviewError, match=word):
                review.review_item(s, did, "alice", "correct", "fact", key, a, b, fields)
        with pytest.raises(review.ReviewError, match="no fact"):
            review.review_item(s, did, "alice", "accept", "fact", key, a + 1, b)
        with pytest.raises(review.ReviewError, match="nothing changed"):
            review.review_item(s, did, "alice", "correct", "fact", key, a, b, {"value": gdp["value"]})
        text = s.con.execute("SELECT text FROM documents WHERE id = ?", [did]).fetchone()[0]
        start = text.index(MISSED)
        with pytest.raises(review.ReviewError, match="quote"):
            review.add_item(s, did, "bob", "fact", start + 1, start + 1 + len(MISSED), MISSED, LOANS)
        assert s.query("SELECT count(*) AS n FROM corrections").n[0] == 0


def test_metadata_correction_flows_into_the_analyses(db):
    with Store(db) as s:
        did = _doc_id(s)
        assert len(scorecard(s, "汝州市", 2022))
        review.review_meta(s, did, "alice", "correct", {"region": "410402", "report_year": "2023"}, "wrong byline")
        m = s.query("SELECT * FROM reviewed_documents WHERE id = ?", [did]).iloc[0]
        assert (m.region, m.region_code, m.parent, m.province, m.level, m.report_year) == \
            ("新华区", "410402", "平顶山市", "河南省", "county", 2023)
        assert s.query("SELECT region FROM documents WHERE id = ?", [did]).region[0] == "汝州市"  # untouched
        # the targets (for 2022) now belong to 新华区; their year no longer matches the report year
        assert scorecard(s, "410402").empty
        review.review_meta(s, did, "bob", "correct", {"report_year": "2022"})
        card = scorecard(s, "410402", 2022)
        assert len(card) and set(card.region) == {"新华区"}
        assert scorecard(s, "汝州市", 2022).empty  # no document of 汝州市 any more
        prog = review.progress(s, did).iloc[0]
        assert bool(prog.meta_reviewed)
        with pytest.raises(review.ReviewError):
            review.review_meta(s, did, "alice", "correct", {"doc_type": "poem"})


def test_reextraction_keeps_matching_corrections_and_lists_the_others(db):
    with Store(db) as s:
        did = _doc_id(s)
        gdp = _fact(s, did, "gdp", "actual", "level")
        cpi = _fact(s, did, "cpi", "actual", "growth")
        review.review_item(s, did, "alice", "correct", "fact", *_target(s, did, gdp)[1:], {"value": 600})
        review.review_item(s, did, "alice", "reject", "fact", *_target(s, did, cpi)[1:])
    # the same text, extracted again (ingest --replace)
    res = CliRunner().invoke(cli_app, ["ingest", str(EXAMPLES / RUZHOU), "--db", str(db), "--replace"])
    assert res.exit_code == 0, res.output
    with Store(db) as s:
        assert _fact(s, did, "gdp", "actual", "level")["value"] == 600
        assert s.query("SELECT count(*) AS n FROM reviewed_facts WHERE doc_id = ? AND indicator = 'cpi' "
                       "AND role = 'actual'", [did]).n[0] == 0
        assert review.unmatched(s).empty
        # a newer extractor reads the cpi statement differently: that correction no longer matches
        doc = s.load(did)
        for f in doc.facts:
            if f.indicator == "cpi" and f.role == "actual":
                f.period = "2020"
        s.add(doc, replace=True)
        um = review.unmatched(s)
        assert list(um.action) == ["reject"] and um.item_key.iloc[0] == "cpi|actual|2021|growth"
        assert _fact(s, did, "gdp", "actual", "level")["value"] == 600
        assert _fact(s, did, "cpi", "actual", "growth")["review_status"] == "extracted"


def test_export_gold_and_eval(db, tmp_path):
    with Store(db) as s:
        did = _doc_id(s)
        gdp = _fact(s, did, "gdp", "actual", "level")
        cpi = _fact(s, did, "cpi", "actual", "growth")
        review.review_item(s, did, "alice", "correct", "fact", *_target(s, did, gdp)[1:], {"value": 600})
        review.review_item(s, did, "alice", "reject", "fact", *_target(s, did, cpi)[1:])
        text = s.con.execute("SELECT text FROM documents WHERE id = ?", [did]).fetchone()[0]
        start = text.index(MISSED)
        review.add_item(s, did, "bob", "fact", start, start + len(MISSED), MISSED, LOANS)
    out = tmp_path / "gold"
    res = CliRunner().invoke(cli_app, ["export", "--gold", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    files = sorted(out.glob("*.json"))
    assert [f.name for f in files] == ["000_2b931b19880bcc59.json"]  # only reviewed documents
    g = json.loads(files[0].read_text(encoding="utf-8"))
    assert g["doc"] == RUZHOU and g["meta"]["region"] == "汝州市" and g["meta"]["report_year"] == 2022
    facts = {(f["indicator"], f["role"], f["period"], f["measure"]): f for f in g["facts"]}
    assert facts[("gdp", "actual", "2021", "level")]["value"] == 600
    assert ("cpi", "actual", "2021", "growth") not in facts
    added = facts[("new_loans", "actual", "2021", "level")]
    assert (added["start"], added["end"], added["quote"]) == (start, start + len(MISSED), MISSED)
    assert (out / "texts" / RUZHOU).read_text(encoding="utf-8") == text
    # eval finds the texts beside the gold: the extractor now misses the added fact, gets the
    # corrected value wrong and has the rejected one as an extra
    rep = evaluate(out)
    body = rep.render()
    assert "MISS  000_2b931b19880bcc59.txt ('new_loans'" in body
    assert "WRONG 000_2b931b19880bcc59.txt ('gdp', 'actual', '2021', 'level')" in body
    assert "EXTRA 000_2b931b19880bcc59.txt ('cpi', 'actual', '2021', 'growth')" in body
    tp, fp, fn = rep.per_doc[RUZHOU][:3]
    assert (fp, fn) == (2, 2) and tp == len(g["facts"]) - 2
    res = CliRunner().invoke(cli_app, ["eval", str(out), "-q"])
    assert res.exit_code == 0 and "facts_f1=" in res.output


def test_table_exports_and_panel_use_the_reviewed_view(db, tmp_path):
    with Store(db) as s:
        did = _doc_id(s)
        gdp = _fact(s, did, "gdp", "actual", "level")
        review.review_item(s, did, "alice", "correct", "fact", *_target(s, did, gdp)[1:], {"value": 600})
        panel = make_panel(s, indicators="gdp")
        row = panel[(panel.doc == RUZHOU) & (panel.measure == "level") & (panel.role == "actual")].iloc[0]
        assert row.value == 600 and row.review_status == "corrected"
    res = CliRunner().invoke(cli_app, ["export", "--format", "csv", "--out", str(tmp_path / "t"), "--db", str(db)])
    assert res.exit_code == 0, res.output
    csv = (tmp_path / "t" / "facts.csv").read_text(encoding="utf-8-sig")
    assert "corrected" in csv and ",600.0," in csv


def test_users_are_hashed_and_checked(db):
    with Store(db) as s:
        h = s.query("SELECT password_hash FROM users WHERE name = 'alice'").password_hash[0]
        assert h.startswith("$argon2id$") and PASSWORDS["alice"] not in h
        assert review.check_user(s, "alice", PASSWORDS["alice"])
        assert not review.check_user(s, "alice", "wrong-password")
        assert not review.check_user(s, "nobody", PASSWORDS["alice"])
        with pytest.raises(review.ReviewError):
            review.add_user(s, "carol", "short")
        with pytest.raises(review.ReviewError):
            review.add_user(s, "alice", "another-password")
    res = CliRunner().invoke(cli_app, ["users", "add", "carol", "--db", str(db), "--password-stdin"],
                             input="carol-password\n")
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(cli_app, ["users", "list", "--db", str(db)])
    assert "carol" in res.output and "alice" in res.output
    with Store(db, read_only=True) as s:
        assert review.check_user(s, "carol", "carol-password")


def test_browser_offsets_map_back_to_the_text_as_read():
    text = "一、回顾\r\n生产总值增长6%。\r二、目标\n增长5%"
    dom = text.replace("\r\n", "\n").replace("\r", "\n")
    for sub in ("生产总值增长6%", "增长6%。\r二、目标", "增长5%", "二"):
        want = text.index(sub)
        seen = sub.replace("\r\n", "\n").replace("\r", "\n")
        a = dom.index(seen)
        s, e = review.dom_to_text(text, a, a + len(seen))
        assert (s, e) == (want, want + len(sub)) and text[s:e] == sub
    assert review.dom_to_text("abc", 1, 2) == (1, 2)


def test_old_database_gets_review_tables_when_opened_read_only(tmp_path):
    import duckdb

    from planwatch.store import SCHEMA

    p = tmp_path / "old.duckdb"
    with duckdb.connect(str(p)) as con:
        con.execute(SCHEMA)  # a database written before review existed
    with Store(p, read_only=True) as s:
        assert s.query("SELECT count(*) AS n FROM reviewed_facts").n[0] == 0
        assert s.documents().empty


# ---------------------------------------------------------------- web: guards


def _login(c: TestClient, user: str, password: str | None = None):
    r = c.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', r.text).group(1)
    return c.post("/login", data={"username": user, "password": password or PASSWORDS[user], "csrf_token": token,
                                  "next": "/"}, follow_redirects=False)


def _csrf(c: TestClient, did: str) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', c.get(f"/doc/{did}").text).group(1)


WRITES = [("post", "/login"), ("post", "/logout"), ("post", "/doc/{ref}/review"),
          ("post", "/api/review/{ref}/corrections")]


def _write_routes(app) -> set[str]:
    """Every route of the app that changes something (all non-GET routes)."""
    return {r.path for r in app.routes if getattr(r, "methods", None) and r.methods - {"GET", "HEAD"}}


def test_read_only_server_refuses_every_write_and_shows_no_controls(db):
    app = create_app(db)
    assert {p for p in _write_routes(app) if p not in ("/upload", "/api/documents")} == {p for _, p in WRITES}
    with TestClient(app) as c:
        did = c.get("/api/documents").json()[0]["id"]
        for method, path in WRITES:
            r = c.request(method.upper(), path.format(ref=did), data={"action": "accept"})
            assert r.status_code == 403, (path, r.status_code)
        assert c.get("/login").status_code == 404
        assert c.get(f"/api/review/{did}/suggest?start=0&end=5").status_code == 403
        page = c.get(f"/doc/{did}").text
        for marker in ("review-form", "add-form", "meta-form", "csrf", "review.js", "Log in"):
            assert marker not in page
        assert "review log" in c.get(f"/doc/{did}").text and c.get(f"/doc/{did}/log").status_code == 200


def test_anonymous_and_forged_writes_are_refused(db):
    with TestClient(create_app(db, allow_edit=True)) as c:
        did = c.get("/api/documents").json()[0]["id"]
        page = c.get(f"/doc/{did}").text
        assert "review-form" not in page and "Log in to review" in page
        # anonymous: every write route but the login itself answers 401
        for method, path in WRITES[1:]:
            r = c.request(method.upper(), path.format(ref=did), data={"action": "accept"})
            assert r.status_code == 401, (path, r.status_code)
        r = c.post(f"/api/review/{did}/corrections", json={"action": "undo", "id": 1})
        assert r.status_code == 401
        assert c.get(f"/api/review/{did}/suggest?start=0&end=5").status_code == 401
        # a login form without its token is refused before the password is looked at
        r = c.post("/login", data={"username": "alice", "password": PASSWORDS["alice"]}, follow_redirects=False)
        assert r.status_code == 403
        r = _login(c, "alice")
        assert r.status_code == 303
        cookie = r.headers["set-cookie"]
        assert "pw_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
        token = _csrf(c, did)
        facts = c.get(f"/api/documents/{did}/facts").json()
        f = facts[0]
        body = {"action": "accept", "kind": "fact", "key": f["review_key"], "start": f["start"], "end": f["end"]}
        # logged in, but the form post has no CSRF token, or a wrong one, or comes from another site
        assert c.post(f"/doc/{did}/review", data=body, follow_redirects=False).status_code == 403
        assert c.post(f"/doc/{did}/review", data={**body, "csrf_token": "x" * 43},
                      follow_redirects=False).status_code == 403
        assert c.post(f"/doc/{did}/review", data={**body, "csrf_token": token}, follow_redirects=False,
                      headers={"Origin": "http://evil.example"}).status_code == 403
        assert c.post(f"/api/review/{did}/corrections", json=body).status_code == 403
        assert c.get(f"/api/review/{did}").json()["log"] == []
        # with the token: recorded
        r = c.post(f"/doc/{did}/review", data={**body, "csrf_token": token}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == f"/doc/{did}"
        r = c.post(f"/api/review/{did}/corrections", json={**body, "action": "reject", "note": "not a fact"},
                   headers={"X-CSRF-Token": token})
        assert r.status_code == 200, r.text
        log = c.get(f"/api/review/{did}").json()["log"]
        assert [x["action"] for x in log] == ["reject", "accept"] and {x["user_name"] for x in log} == {"alice"}
        # a bad correction is a 422, not a 500
        r = c.post(f"/api/review/{did}/corrections", headers={"X-CSRF-Token": token},
                   json={**body, "action": "correct", "fields": {"value": "many"}})
        assert r.status_code == 422
        # logging out ends the session
        assert c.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
        assert c.post(f"/doc/{did}/review", data={**body, "csrf_token": token}).status_code == 401


def test_logins_are_rate_limited(db):
    with TestClient(create_app(db, allow_edit=True)) as c:
        codes = [_login(c, "alice", "wrong-password").status_code for _ in range(6)]
        assert codes == [401] * 5 + [429]
        assert _login(c, "alice").status_code == 429  # even the right password, for a minute
        assert _login(c, "bob").status_code == 303  # another user is not blocked


def test_suggest_prefills_from_the_extractor(db):
    with TestClient(create_app(db, allow_edit=True)) as c:
        did = next(d["id"] for d in c.get("/api/documents").json() if d["name"] == RUZHOU)
        _login(c, "alice")
        text = c.get(f"/api/documents/{did}?text=true").json()["text"]
        sel = "生产总值增长 8% 左右"
        a = text.index(sel)
        s = c.get(f"/api/review/{did}/suggest?start={a}&end={a + len(sel)}").json()
        assert s["quote"] == sel and s["kind"] == "fact"
        assert {k: s["fact"][k] for k in ("indicator", "measure", "value", "qualifier")} == \
            {"indicator": "gdp", "measure": "growth", "value": 8, "qualifier": "about"}


# ---------------------------------------------------------------- in a real browser


def _page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    return ctx, pg


def _browser_login(pg, base: str, user: str, doc_path: str) -> None:
    pg.goto(base + doc_path)
    pg.click("#login-link")
    pg.fill("input[name=username]", user)
    pg.fill("input[name=password]", PASSWORDS[user])
    pg.click("#login-form button[type=submit]")
    pg.wait_for_selector("#who")
    assert pg.url == base + doc_path and pg.inner_text("#who") == user


def _select_words(pg, words: str) -> None:
    """Drag the mouse over ``words`` in the document text, like a reviewer would (the words may run
    over several text nodes, in and out of highlights)."""
    box = pg.evaluate("""(words) => {
        const root = document.getElementById('text');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let node, all = '';
        while ((node = walker.nextNode())) { nodes.push([node, all.length]); all += node.data; }
        const at = all.indexOf(words);
        if (at < 0) return null;
        const locate = (pos) => {  // (text node, offset) of the character at pos
            for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k][1] <= pos) return [nodes[k][0], pos - nodes[k][1]];
        };
        const charRect = (pos) => {
            const [n, o] = locate(pos), r = document.createRange();
            r.setStart(n, o); r.setEnd(n, o + 1);
            return r.getBoundingClientRect();
        };
        // bring the words to the middle of the text panel, and the panel into the window
        root.scrollIntoView({block: 'start'});
        const c = root.getBoundingClientRect();
        root.scrollTop += charRect(at).top - c.top - c.height / 2;
        const a = charRect(at), b = charRect(at + words.length - 1);
        return {x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2};
    }""", words)
    assert box, f"{words!r} is not in the text"
    pg.mouse.move(box["x1"], box["y1"])
    pg.mouse.down()
    pg.mouse.move((box["x1"] + box["x2"]) / 2, box["y2"], steps=4)
    pg.mouse.move(box["x2"], box["y2"], steps=4)
    pg.mouse.up()
    assert pg.evaluate("window.getSelection().toString()") == words


def _item(pg, indicator_label: str, detail: str):
    return pg.locator("li.item", has_text=indicator_label).filter(has_text=detail).first


def test_browser_review_flow(db, browser, tmp_path):
    with Store(db, read_only=True) as s:
        did = _doc_id(s)
    doc_path = f"/doc/{did}"
    ctx, pg = _page(browser)
    with Server(create_app(db, allow_edit=True)) as base:
        _browser_login(pg, base, "alice", doc_path)
        n_marks_before = pg.locator("#text mark.hl").count()
        n_items_before = pg.locator("li.item").count()

        # 1. select the words of a missed fact and add it
        _select_words(pg, MISSED)
        pg.click("#add-selection")
        pg.wait_for_selector("#add-panel[data-ready='1']")
        assert pg.input_value("#add-form input[name=quote]") == MISSED
        pg.select_option("#add-kind", "fact")  # the extractor read it as a pledge (新增…): it is a fact
        fs = "#add-form fieldset[data-kind=fact]"
        pg.fill(f"{fs} [data-field=indicator]", "new_loans")
        pg.select_option(f"{fs} [data-field=role]", "actual")
        pg.fill(f"{fs} [data-field=period]", "2021")
        pg.select_option(f"{fs} [data-field=measure]", "level")
        pg.fill(f"{fs} [data-field=value]", "6.99")
        pg.fill(f"{fs} [data-field=unit]", "亿元")
        pg.select_option(f"{fs} [data-field=qualifier]", "eq")
        pg.click("#add-submit")
        pg.wait_for_selector("li.item.st-added")
        added = pg.locator("li.item.st-added").first
        assert "新增贷款" in added.inner_text() and MISSED in added.inner_text()
        assert pg.locator("li.item").count() == n_items_before + 1
        key = added.get_attribute("data-key")
        assert pg.inner_text(f"#hl-{key}") in MISSED

        # 2. correct a value: the GDP growth target 8% -> 7.5%
        _item(pg, "地区生产总值", "target 2022 growth").click()
        pg.wait_for_selector("#review-panel:not([hidden])")
        assert pg.input_value("#review-form fieldset[data-kind=fact] [data-field=value]") == "8"
        pg.fill("#review-form fieldset[data-kind=fact] [data-field=value]", "7.5")
        pg.fill("#review-form input[name=note]", "the printed table says 7.5")
        pg.click("#rv-correct")
        pg.wait_for_selector("li.item.st-corrected")
        assert "≈7.5%" in pg.locator("li.item.st-corrected").first.inner_text()

        # 3. reject an extra: the qualitative energy-intensity target
        energy = _item(pg, "单位生产总值能耗", "target")
        assert pg.locator('#text mark[title="单位生产总值能耗"]').count() >= 1
        energy.click()
        pg.click("#rv-reject")
        pg.wait_for_load_state()
        assert pg.locator("li.item", has_text="单位生产总值能耗").count() == 0
        assert pg.locator("li.item").count() == n_items_before
        # the rejected item's highlight is gone
        assert pg.locator('#text mark[title="单位生产总值能耗"]').count() == 0
        assert "Reviewed 2 of" in pg.inner_text("#review-progress")
        assert pg.errors == []

        # the scorecard and the table export follow
        card = {r["indicator"] + "/" + r["measure"]: r for r in
                pg.request.get(base + "/api/regions/410482/scorecard?year=2022").json()}
        assert card["gdp/growth"]["target_value"] == 7.5 and "energy_intensity/growth" not in card
        pg.goto(base + "/region/410482?year=2022")
        gdp_row = pg.locator("table.scorecard tr", has_text="地区生产总值").filter(has_text="growth").first
        assert "7.5" in gdp_row.inner_text()
        assert pg.locator("table.scorecard tr", has_text="单位生产总值能耗").count() == 0
        csv = pg.request.get(base + f"/api/documents/{did}/facts?format=csv").text()
        assert "new_loans" in csv and "added" in csv and "energy_intensity" not in csv

        # 4. a second user accepts an item; the log shows both reviewers
        ctx2, pg2 = _page(browser)
        _browser_login(pg2, base, "bob", doc_path)
        _item(pg2, "一般公共预算收入", "actual 2021 level").click()
        pg2.click("#rv-accept")
        pg2.wait_for_selector("li.item.st-accepted")
        pg2.goto(base + doc_path + "/log")
        rows = pg2.locator("#review-log tr.log-row")
        assert rows.count() == 4
        assert [rows.nth(i).get_attribute("data-user") for i in range(4)] == ["bob", "alice", "alice", "alice"]
        assert "8 → 7.5" in pg2.inner_text("#review-log").replace("value: ", "").replace("8.0", "8")
        # 5. undo alice's rejection from the log: the item is back
        pg2.locator("#review-log tr.log-row[data-action=reject] button.undo").click()
        pg2.wait_for_selector("#review-log tr.log-row[data-action=undo]")
        pg2.goto(base + doc_path)
        assert pg2.locator("li.item", has_text="单位生产总值能耗").count() == 1
        assert pg2.errors == []
        ctx2.close()
        # anonymous visitors see the review state but no controls
        ctx3, pg3 = _page(browser)
        pg3.goto(base + doc_path)
        assert pg3.locator("#review-form").count() == 0 and pg3.locator("li.item.st-added").count() == 1
        ctx3.close()
    ctx.close()

    # re-ingest (re-extract) the same report: every correction is kept
    res = CliRunner().invoke(cli_app, ["ingest", str(EXAMPLES), "--db", str(db), "--replace"])
    assert res.exit_code == 0 and "no longer match" not in res.output, res.output
    ctx, pg = _page(browser)
    with Server(create_app(db)) as base:
        pg.goto(base + doc_path)
        assert pg.locator("li.item.st-added").count() == 1 and pg.locator("li.item.st-corrected").count() == 1
        assert pg.locator("li.item.st-accepted").count() == 1
        assert pg.locator("#review-form").count() == 0  # read-only server
    ctx.close()
    out = tmp_path / "gold"
    res = CliRunner().invoke(cli_app, ["export", "--gold", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    g = json.loads((out / "000_2b931b19880bcc59.json").read_text(encoding="utf-8"))
    facts = {(f["indicator"], f["role"], f["measure"]): f for f in g["facts"]}
    assert facts[("gdp", "target", "growth")]["value"] == 7.5
    t = facts[("new_loans", "actual", "level")]
    assert t["quote"] == MISSED and (out / "texts" / RUZHOU).read_text(encoding="utf-8")[t["start"]:t["end"]] == MISSED


CRLF_REPORT = ("平顶山市人民政府工作报告\r\n——2024年1月10日在平顶山市第十四届人民代表大会第三次会议上\r\n\r\n"
               "一、2023年工作回顾\r\n\r\n过去一年，全市生产总值增长6.6%，一般公共预算收入增长5.1%，"
               "城镇新增就业3.2万人，全市接待游客5000万人次。\r\n\r\n"
               "二、2024年工作安排\r\n\r\n今年经济社会发展的主要预期目标是：生产总值增长6%左右，固定资产投资增长8%以上。\r\n")


def test_browser_selection_offsets_with_crlf_and_highlights(db, browser):
    """The browser reads CR LF as one character and splits the text at every highlight: the offsets of a
    selection still land on the same characters of the text as read."""
    with planwatch.open(db) as c:
        doc = c.add_bytes(CRLF_REPORT.encode("utf-8"), "crlf_report.txt")[0]
    assert "\r\n" in doc.text
    words = "收入增长5.1%，城镇新增就业3.2万人，全市接待游客5000万人次"  # from inside a highlight to plain text
    ctx, pg = _page(browser)
    with Server(create_app(db, allow_edit=True)) as base:
        _browser_login(pg, base, "alice", f"/doc/{doc.id}")
        _select_words(pg, words)
        assert pg.evaluate("document.getSelection().getRangeAt(0).startContainer !== "
                           "document.getSelection().getRangeAt(0).endContainer")
        pg.click("#add-selection")
        pg.wait_for_selector("#add-panel[data-ready='1']")
        pg.select_option("#add-kind", "fact")
        fs = "#add-form fieldset[data-kind=fact]"
        pg.fill(f"{fs} [data-field=indicator]", "tourist_visits")
        pg.select_option(f"{fs} [data-field=measure]", "level")
        pg.fill(f"{fs} [data-field=value]", "5000")
        pg.fill(f"{fs} [data-field=unit]", "万人次")
        assert pg.input_value(f"{fs} [data-field=role]") == "actual"  # from the section the words are in
        assert pg.input_value(f"{fs} [data-field=period]") == "2023"
        pg.click("#add-submit")
        pg.wait_for_selector("li.item.st-added")
        assert pg.errors == []
        d = pg.request.get(base + f"/api/documents/{doc.id}?text=true").json()
    ctx.close()
    added = [f for f in d["facts"] if f["review_status"] == "added"]
    assert len(added) == 1
    f = added[0]
    assert f["quote"] == words and d["text"][f["start"]:f["end"]] == words
    assert f["start"] == CRLF_REPORT.index(words)  # counted in the text as read, CRs included


def test_metadata_form_and_review_queue(db):
    with TestClient(create_app(db, allow_edit=True)) as c:
        docs = c.get("/api/documents").json()
        did = next(d["id"] for d in docs if d["name"] == RUZHOU)
        queue = c.get("/api/review/queue").json()
        assert len(queue) == len(docs) and all(q["reviewed_share"] == 0 for q in queue)
        errs = [q["expected_errors"] for q in queue]
        assert errs == sorted(errs, reverse=True)
        before = next(q for q in queue if q["doc_id"] == did)
        _login(c, "alice")
        token = _csrf(c, did)
        page = c.get(f"/doc/{did}").text
        assert 'id="meta-form"' in page and 'name="f_region" value="汝州市"' in page
        r = c.post(f"/doc/{did}/review", follow_redirects=False,
                   data={"csrf_token": token, "kind": "meta", "action": "correct", "f_region": "汝州市",
                         "f_report_year": "2022", "f_doc_type": "government_work_report", "note": "title says so"})
        assert r.status_code == 303, r.text
        meta = c.get(f"/api/documents/{did}").json()
        assert meta["meta"]["doc_type"] == "government_work_report"
        assert meta["evidence"]["doc_type"]["source"] == "review"
        assert c.get("/api/documents?type=government_work_report").json()[0]["id"] in {d["id"] for d in docs}
        assert did in {d["id"] for d in c.get("/api/documents?type=government_work_report").json()}
        log = c.get(f"/api/review/{did}").json()["log"]
        assert [(x["action"], x["kind"], json.loads(x["after"])) for x in log] == \
            [("correct", "meta", {"doc_type": "government_work_report"})]  # only the changed field
        # accept every extracted fact: the document leaves the head of the review queue
        for f in c.get(f"/api/documents/{did}/facts").json():
            r = c.post(f"/api/review/{did}/corrections", headers={"X-CSRF-Token": token},
                       json={"action": "accept", "kind": "fact", "key": f["review_key"], "start": f["start"],
                             "end": f["end"]})
            assert r.status_code == 200, r.text
        queue = c.get("/api/review/queue").json()
        after = next(q for q in queue if q["doc_id"] == did)
        assert after["expected_errors"] < before["expected_errors"] and after["n_reviewed"] == 38
        corpus = c.get("/?order=review").text
        pos = [corpus.index(f'href="/doc/{q["doc_id"]}"') for q in queue]
        assert pos == sorted(pos)  # the corpus page lists the queue's order
        n_items = sum(len(c.get(f"/api/documents/{did}/{t}").json()) for t in ("facts", "pledges", "projects"))
        assert f"Reviewed 38 of {n_items}" in c.get(f"/doc/{did}").text
