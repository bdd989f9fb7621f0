"""The web app: every page and API route through TestClient, uploads (allowed, forbidden, too large,
hostile names), escaping of untrusted text, and real-browser checks with Playwright driving Chromium.

Set PLANWATCH_SCREENSHOTS=1 to also write docs/screenshot-*.png from the browser tests.
"""
from __future__ import annotations

import html
import io
import os
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import planwatch
from planwatch.web import highlight
from live import Server, wait_job  # tests/live.py
from planwatch.web.app import create_app, safe_client_name

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

EVIL = ("政府工作报告\n——2024年1月10日在平顶山市第十四届人民代表大会第三次会议上\n\n"
        "一、2023年工作回顾\n\n过去一年，全市生产总值增长6.6%，一般公共预算收入增长5.1%。"
        "<script>alert(1)</script>这里有<b>html</b>标签和\"引号\"及&amp;实体。<img src=x onerror=alert(2)>\n\n"
        "二、2024年工作安排\n\n今年经济社会发展的主要预期目标是：生产总值增长6%左右，固定资产投资增长8%以上。\n")


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("web") / "corpus.duckdb"
    with planwatch.open(db) as c:
        for f in sorted(EXAMPLES.glob("*.txt")):
            c.add(f)
        c.add_bytes(EVIL.encode("utf-8"), "pingdingshan_2024_markup.txt")
    return db


@pytest.fixture(scope="module")
def client(corpus_db):
    with TestClient(create_app(corpus_db)) as c:  # the lifespan closes the database at the end
        yield c


@pytest.fixture(scope="module")
def docs(client) -> list[dict]:
    return client.get("/api/documents").json()


def _doc(docs, name_part: str) -> dict:
    return next(d for d in docs if name_part in d["name"])


def _fresh_db(corpus_db: Path, tmp_path: Path) -> Path:
    """A copy of the corpus (an upload-enabled app opens its database read-write)."""
    db = tmp_path / "rw.duckdb"
    shutil.copy(corpus_db, db)
    return db


# ---------------------------------------------------------------- pages


def test_corpus_page_lists_documents_with_counts(client, docs):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert len(docs) == 6
    for d in docs:
        assert f'href="/doc/{d["id"]}"' in r.text
    assert "卫东区" in r.text and "汝州市" in r.text
    wd = _doc(docs, "002_")
    assert wd["n_facts"] > 10
    row = re.search(r'<tr>\s*<td><a href="/region/410403">卫东区</a>.*?</tr>', r.text, re.S).group(0)
    assert f'<td class="n">{wd["n_facts"]}</td>' in row
    assert 'action="/search"' in r.text and "download CSV" in r.text


def test_corpus_filters_and_csv(client, docs):
    county = client.get("/?level=county").text
    assert "卫东区" in county and "新乡市" not in county.split("<tbody>")[1]
    y = client.get("/?year=2024").text.split("<tbody>")[1]
    assert "漯河市" in y and "卫东区" not in y
    t = client.get("/?type=plan_report").text.split("<tbody>")[1]
    assert "汝州市" in t and "新乡市" not in t
    assert "410700" in client.get("/?region=410700").text.split("<tbody>")[1]
    assert "No documents match" in client.get("/?year=1999").text
    r = client.get("/?format=csv&level=county")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    lines = r.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("id,name,region") and len(lines) == 1 + sum(d["level"] == "county" for d in docs)


def test_document_page_highlights_every_item(client, docs):
    d = _doc(docs, "002_")
    full = client.get(f"/api/documents/{d['id']}").json()
    r = client.get(f"/doc/{d['id']}")
    assert r.status_code == 200
    page = r.text
    for i, f in enumerate(full["facts"]):
        assert f'id="hl-f{i}"' in page and f'id="item-f{i}"' in page
    for role in ("actual", "target"):
        assert f"hl r-{role}" in page
    # the highlighted pieces put back together are the quotes
    first = re.search(r'<mark id="hl-f0"[^>]*>(.*?)</mark>', page).group(1)
    assert html.unescape(first) == full["facts"][0]["quote"][: len(html.unescape(first))]
    # metadata with evidence, a side panel by section, CSV links
    assert "meeting_date" in page and "byline" in page and "2022年4月24日" in page
    assert "一、过去五年政府工作总结回顾" in page
    assert f"/api/documents/{d['id']}/facts?format=csv" in page
    assert '<script src="/static/doc.js"' in page


def test_document_by_name_and_missing(client):
    assert client.get("/doc/002_9ed11ab6f5e0d4fe.txt").status_code == 200
    r = client.get("/doc/nope-not-here")
    assert r.status_code == 404 and "nope-not-here" in r.text and "<!doctype html>" in r.text
    assert client.get("/api/documents/nope").status_code == 404


def test_untrusted_text_is_escaped(client, docs):
    d = _doc(docs, "markup")
    r = client.get(f"/doc/{d['id']}")
    page = r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;html&lt;/b&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script>alert" not in page and "<b>html" not in page and "<img src=x" not in page
    assert "&amp;amp;" in page  # the text's own "&amp;" shown literally
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    # no inline script anywhere: only external scripts from /static
    for tag in re.findall(r"<script[^>]*>", page):
        assert 'src="/static/' in tag or 'type="application/json"' in tag


def test_highlight_overlapping_spans_are_split():
    text = "生产总值增长6%左右，投资增长8%。<x>"
    items = [
        highlight.Item("f0", "fact", "target", "gdp", "", "生产总值增长6%", "s", 0, 8),
        highlight.Item("p0", "pledge", "pledge", "p", "", "增长6%左右，投资", "s", 4, 14),
        highlight.Item("f1", "fact", "actual", "fai", "", "投资增长8%", "s", 11, 17),
        highlight.Item("j0", "project", "project", "same start", "", "投资", "s", 11, 13),
        highlight.Item("bad", "fact", "goal", "out of range", "", "", "s", 30, 50),
    ]
    out = str(highlight.render(text, items))
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert "&lt;x&gt;" in out and "<x>" not in out
    for key in ("f0", "p0", "f1", "j0"):
        assert out.count(f'id="hl-{key}"') == 1
    assert 'id="hl-bad"' not in out
    # 增长6% is covered by f0 and p0: one piece, both listed, the shorter span's colour
    piece = re.search(r'<mark[^>]*data-items="([^"]*)"[^>]*>增长6%</mark>', out)
    assert piece and set(piece.group(1).split()) == {"f0", "p0"} and "multi" in piece.group(0)
    assert re.search(r'class="hl r-project multi" data-items="j0 ', out)


def test_region_page_scorecard_and_chart(client):
    r = client.get("/region/410403")
    assert r.status_code == 200
    page = r.text
    assert "卫东区" in page and "政府工作报告" in page and "平顶山市" in page
    assert 'id="series-data"' in page and 'type="application/json"' in page and "data-chart" in page
    assert "/static/echarts.min.js" in page
    assert "Scorecard" in page
    assert ("class=\"data scorecard\"" in page) or ('class="notice"' in page)
    assert "/api/regions/410403/scorecard?format=csv" in page or 'class="notice"' in page
    parent = client.get("/region/410400").text
    assert 'href="/region/410403"' in parent and "Regions under" in parent
    assert client.get("/region/999999").status_code == 404


def test_compare_page(client):
    r = client.get("/compare?indicator=gdp&year=2022&under=410400")
    assert r.status_code == 200
    page = r.text
    assert "地区生产总值" in page
    if 'class="notice"' not in page:  # the analysis module is present
        assert 'id="compare-data"' in page and "卫东区" in page and "汝州市" in page
        assert "/api/compare?format=csv" in page
    assert client.get("/compare").status_code == 200
    assert client.get("/compare?indicator=no_such_thing&year=2022").status_code == 200


def test_search_page(client):
    r = client.get("/search?q=生产总值")
    assert r.status_code == 200
    if 'class="notice"' not in r.text:
        assert '<mark class="hit">生产总值</mark>' in r.text
    assert client.get("/search").status_code == 200
    evil = client.get("/search?q=alert").text
    assert "<script>alert" not in evil


def test_static_echarts_is_shipped(client):
    r = client.get("/static/echarts.min.js")
    assert r.status_code == 200 and len(r.content) > 500_000
    assert client.get("/static/doc.js").status_code == 200


# ---------------------------------------------------------------- API


def test_api_documents(client, docs):
    assert {"id", "region", "level", "report_year", "doc_type", "n_facts", "n_pledges"} <= set(docs[0])
    assert all(d["level"] == "prefecture" for d in client.get("/api/documents?level=prefecture").json())
    assert [d["region"] for d in client.get("/api/documents?region=卫东区").json()] == ["卫东区"]
    assert client.get("/api/documents?year=2024&type=plan_report").json()[0]["region"] == "漯河市"
    csv = client.get("/api/documents?format=csv")
    assert csv.headers["content-type"].startswith("text/csv") and csv.content.startswith(b"\xef\xbb\xbfid,")
    assert client.get("/api/documents?format=xml").status_code == 422


def test_api_document_and_tables(client, docs):
    d = _doc(docs, "002_")
    one = client.get(f"/api/documents/{d['id'][:8]}").json()
    assert one["id"] == d["id"] and one["meta"]["region"] == "卫东区" and "text" not in one
    assert one["evidence"]["meeting_date"]["source"] == "byline"
    assert len(one["facts"]) == d["n_facts"]
    with_text = client.get(f"/api/documents/{d['id']}?text=true").json()
    for f in with_text["facts"]:
        assert with_text["text"][f["start"]:f["end"]] == f["quote"]
    facts = client.get(f"/api/documents/{d['id']}/facts").json()
    assert len(facts) == d["n_facts"] and facts[0]["region"] == "卫东区"
    for table in ("pledges", "projects", "sections"):
        assert client.get(f"/api/documents/{d['id']}/{table}").status_code == 200
    r = client.get(f"/api/documents/{d['id']}/facts?format=csv")
    assert r.content.decode("utf-8-sig").splitlines()[0].startswith("doc,region")
    assert client.get(f"/api/documents/{d['id']}/passwords").status_code == 404


def test_api_facts_indicators_series(client):
    gdp = client.get("/api/facts?indicator=gdp").json()
    assert gdp and all(f["indicator"] == "gdp" for f in gdp)
    assert all(f["role"] == "target" for f in client.get("/api/facts?role=target&year=2022").json())
    assert client.get("/api/facts?region=410403&format=csv").status_code == 200
    inds = client.get("/api/indicators").json()
    assert any(i["indicator"] == "gdp" and i["name"] == "地区生产总值" for i in inds)
    series = client.get("/api/regions/410403/series").json()
    g = next(s for s in series if s["indicator"] == "gdp")
    assert g["years"] == [2021, 2022] and g["actual"][0] == 6.6 and g["target"][1] == 7.8
    assert client.get("/api/regions/410403/documents").json()[0]["region"] == "卫东区"


def test_api_analysis_routes(client):
    r = client.get("/api/regions/410403/scorecard")
    assert r.status_code in (200, 503)
    if r.status_code == 200:
        rows = r.json()
        assert rows and {"indicator", "verdict", "target_value", "target_quote"} <= set(rows[0])
        assert client.get("/api/regions/410403/scorecard?format=csv").headers["content-type"].startswith("text/csv")
    r = client.get("/api/compare?indicator=gdp&year=2022&under=410400")
    assert r.status_code in (200, 503)
    if r.status_code == 200:
        by = {x["code"]: x for x in r.json()}
        assert by["410403"]["value"] == 7.8
        assert "410403" in client.get("/api/compare?indicator=gdp&year=2022&under=410400&format=csv").text
    assert client.get("/api/compare?indicator=gdp").status_code == 422  # year is required
    r = client.get("/api/search?q=生产总值&limit=3")
    assert r.status_code in (200, 503)
    if r.status_code == 200:
        hits = r.json()
        assert 0 < len(hits) <= 3 and {"doc", "region", "year", "score", "snippet"} <= set(hits[0])


def test_openapi_and_api_page(client):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/documents", "/api/documents/{ref}", "/api/compare", "/api/search",
                 "/api/regions/{code}/scorecard", "/api/facts"):
        assert path in spec["paths"]
    assert "/" not in spec["paths"] and "/doc/{ref}" not in spec["paths"]
    page = client.get("/api").text
    assert "/api/regions/{code}/scorecard" in page and "/api/openapi.json" in page
    # no CDN: the interactive docs that load scripts from the internet are off
    assert client.get("/docs").status_code == 404


def test_csv_cells_cannot_become_formulas():
    from planwatch.web.app import _csv_cell

    assert _csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _csv_cell("@SUM") == "'@SUM"
    assert _csv_cell("-3.5") == "-3.5" and _csv_cell(-3.5) == -3.5 and _csv_cell("-x") == "'-x"


# ---------------------------------------------------------------- uploads


def test_upload_forbidden_by_default(client):
    assert client.get("/upload").status_code == 403
    files = {"file": ("a.txt", EVIL.encode(), "text/plain")}
    assert client.post("/upload", files=files).status_code == 403
    r = client.post("/api/documents", files=files)
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
    assert 'href="/upload"' not in client.get("/").text


def test_upload_allowed(corpus_db, tmp_path):
    data = tmp_path / "data"
    app = create_app(_fresh_db(corpus_db, tmp_path), allow_upload=True, data_dir=data)
    c = TestClient(app)
    assert c.get("/upload").status_code == 200 and 'href="/upload"' in c.get("/").text
    text = EVIL.replace("6.6%", "7.1%")
    r = c.post("/upload", files={"file": ("新报告.txt", text.encode("gb18030"), "text/plain")}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/upload/")  # the job's page
    job = r.headers["location"].rsplit("/", 1)[1]
    assert wait_job(c, job)["status"] == "done"
    r = c.get(f"/upload/{job}", follow_redirects=False)  # once stored, the job's page leads to the document
    assert r.status_code == 303 and r.headers["location"].startswith("/doc/")
    page = c.get(r.headers["location"])
    assert page.status_code == 200 and "7.1%" in page.text and "新报告.txt" in page.text
    saved = list(data.iterdir())
    assert len(saved) == 1 and re.fullmatch(r"[0-9a-f]{32}\.txt", saved[0].name)
    # the JSON API; cached analysis is refreshed after an upload
    before = {x["indicator"]: x for x in c.get("/api/regions/410482/series").json()}
    assert 2023 not in before["gdp"]["years"]
    r = c.post("/api/documents?wait=60", files={"file": ("x.txt", text.replace("7.1%", "7.2%").encode(), "text/plain")},
               data={"region": "汝州市", "year": "2023"})
    assert r.status_code == 201
    d = r.json()["documents"][0]
    assert d["region"] == "汝州市" and d["report_year"] == 2023 and d["n_facts"] > 0
    after = {x["indicator"]: x for x in c.get("/api/regions/410482/series").json()}
    assert after["gdp"]["target"][after["gdp"]["years"].index(2023)] == 6
    assert c.get(d["url"]).status_code == 200 and len(list(data.iterdir())) == 2
    # the client's file name is shown as text
    r = c.post("/api/documents?wait=60", files={"file": ("<img src=x onerror=alert(3)>.txt", text.replace("7.1%", "7.3%").encode(), "text/plain")})
    page = c.get(r.json()["documents"][0]["url"]).text
    assert "&lt;img src=x onerror=alert(3)&gt;.txt" in page
    assert "<img src=x" not in page and "<img src=x" not in c.get("/").text
    assert len(list(data.iterdir())) == 3
    # bad files
    assert c.post("/api/documents", files={"file": ("x.exe", b"MZ\x90\x00", "application/octet-stream")}).status_code == 415
    assert c.post("/api/documents", files={"file": ("noext", b"abc", "text/plain")}).status_code == 415
    r = c.post("/api/documents?wait=60", files={"file": ("x.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "text/plain")})
    assert r.status_code == 422 and len(list(data.iterdir())) == 3  # a failed file is not kept
    r = c.post("/upload", files={"file": ("x.pdf", b"not a pdf at all", "application/pdf")}, follow_redirects=False)
    job = r.headers["location"].rsplit("/", 1)[1]
    assert wait_job(c, job)["status"] == "failed"
    r = c.get(f"/upload/{job}")  # the job's page gives the one-line reason
    assert r.status_code == 422 and "cannot read x.pdf" in r.text


def test_upload_too_large(corpus_db, tmp_path):
    data = tmp_path / "data"
    c = TestClient(create_app(_fresh_db(corpus_db, tmp_path), allow_upload=True, data_dir=data, max_upload=4000))
    big = ("生产总值增长6%。" * 1000).encode()
    for url in ("/upload", "/api/documents"):
        r = c.post(url, files={"file": ("big.txt", big, "text/plain")})
        assert r.status_code == 413, url
    assert list(data.iterdir()) == []
    # a body sent without a length (chunked) is cut off too
    body = b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n" + big + b"\r\n--B--\r\n"
    r = c.post("/api/documents", content=iter([body[i:i + 1000] for i in range(0, len(body), 1000)]),
               headers={"content-type": "multipart/form-data; boundary=B"})
    assert r.status_code == 413 and list(data.iterdir()) == []
    # the default limit is 20 MB
    c20 = TestClient(create_app(tmp_path / "other.duckdb", allow_upload=True, data_dir=tmp_path / "d2"))
    r = c20.post("/api/documents", files={"file": ("big.txt", io.BytesIO(b"a" * (20 * 1024 * 1024 + 10)), "text/plain")})
    assert r.status_code == 413


@pytest.mark.parametrize("name", ["../../escape.txt", "..\\..\\escape.txt", "/etc/escape.txt", "a/../../escape.txt",
                                  "..", "escape.txt\x00.exe.txt"])
def test_upload_path_traversal_names(corpus_db, tmp_path, name):
    data = tmp_path / "a" / "b" / "data"
    c = TestClient(create_app(_fresh_db(corpus_db, tmp_path), allow_upload=True, data_dir=data))
    r = c.post("/api/documents?wait=60", files={"file": (name, EVIL.encode(), "text/plain")})
    assert r.status_code in (201, 415)
    everything = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not [p for p in everything if "escape" in p.name]
    assert all(p.parent == data for p in everything if p.suffix == ".txt")
    if r.status_code == 201:
        assert "/" not in r.json()["documents"][0]["name"] and "\\" not in r.json()["documents"][0]["name"]


def test_safe_client_name():
    assert safe_client_name("../../x.txt") == "x.txt"
    assert safe_client_name("C:\\Users\\me\\报告.pdf") == "报告.pdf"
    assert safe_client_name("..") == "upload" and safe_client_name(None) == "upload"
    assert safe_client_name("a\x00b\nc.txt") == "abc.txt"


def test_cli_serve_is_registered():
    from typer.testing import CliRunner

    from planwatch.cli import app

    out = CliRunner().invoke(app, ["serve", "--help"])
    assert out.exit_code == 0 and "--allow-upload" in out.output and "--data-dir" in out.output


# ---------------------------------------------------------------- real browser


@pytest.fixture(scope="module")
def server(corpus_db):
    with Server(create_app(corpus_db)) as base:
        yield base


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    # nothing may be fetched from outside the server
    pg.route(re.compile(r"^(?!http://127\.0\.0\.1:).*"), lambda route: (pg.errors.append("external: " + route.request.url),
                                                                     route.abort()))
    yield pg
    ctx.close()


def _in_viewport(pg, selector: str) -> bool:
    box = pg.locator(selector).first.bounding_box()
    vp = pg.viewport_size
    return bool(box) and box["width"] > 0 and box["y"] >= 0 and box["y"] + box["height"] <= vp["height"] \
        and box["x"] >= 0 and box["x"] + box["width"] <= vp["width"]


def _shot(pg, name: str, full: bool = True) -> None:
    if os.environ.get("PLANWATCH_SCREENSHOTS"):
        pg.screenshot(path=str(ROOT / "docs" / f"screenshot-{name}.png"), full_page=full)


def test_browser_corpus(server, page, docs):
    page.goto(server + "/")
    assert page.locator("table.data tbody tr").count() == len(docs)
    page.select_option("select[name=level]", "county")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"level=county"))
    assert page.locator("table.data tbody tr").count() == sum(d["level"] == "county" for d in docs)
    page.goto(server + "/")
    _shot(page, "corpus")
    page.fill("header input[name=q]", "生产总值")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    assert page.errors == []


def test_browser_document_click_scrolls(server, page, docs):
    d = _doc(docs, "002_")
    page.goto(f"{server}/doc/{d['id']}")
    marks = page.locator("mark.hl")
    assert marks.count() >= d["n_facts"]
    assert page.locator("#hl-f0").is_visible()
    last = d["n_facts"] - 1
    assert not _in_viewport(page, f"#hl-f{last}")  # far down the text at first
    page.locator(f"#item-f{last}").scroll_into_view_if_needed()
    page.click(f"#item-f{last}")
    page.wait_for_timeout(100)
    assert _in_viewport(page, f"#hl-f{last}")
    assert "flash" in page.get_attribute(f"#hl-f{last}", "class")
    assert "active" in page.get_attribute(f"#item-f{last}", "class")
    # and back: clicking a highlight brings its list item into view
    page.click("#item-f0")
    page.wait_for_timeout(50)
    page.click("#hl-f0")
    page.wait_for_timeout(100)
    assert "active" in page.get_attribute("#item-f0", "class") and _in_viewport(page, "#item-f0")
    page.click(f"#item-f{last // 2}")
    _shot(page, "document", full=False)
    assert page.errors == []


def test_browser_untrusted_text_does_not_run(server, page, docs):
    dialogs = []
    page.on("dialog", lambda dlg: (dialogs.append(dlg.message), dlg.dismiss()))
    d = _doc(docs, "markup")
    page.goto(f"{server}/doc/{d['id']}")
    page.wait_for_timeout(300)
    text = page.inner_text("#text")
    assert "<script>alert(1)</script>" in text and "<b>html</b>" in text and "<img src=x onerror=alert(2)>" in text
    assert dialogs == []
    assert page.locator("#text script, #text b, #text img").count() == 0
    assert page.locator("#text mark.hl").count() >= 2


def test_browser_region_chart_renders(server, page):
    page.goto(server + "/region/410403")
    page.wait_for_selector("[data-chart] canvas")
    charts = page.locator("[data-chart]")
    assert charts.count() >= 2
    box = page.locator("[data-chart] canvas").first.bounding_box()
    assert box["width"] > 200 and box["height"] > 150
    _shot(page, "region")
    assert page.errors == []


def test_browser_compare_chart(server, page):
    page.goto(server + "/compare?indicator=gdp&year=2022&under=410400")
    if page.locator("#compare-chart").count() == 0:
        pytest.skip("the analysis module is not available")
    page.wait_for_selector("#compare-chart canvas")
    box = page.locator("#compare-chart canvas").bounding_box()
    assert box["width"] > 300 and box["height"] > 200
    _shot(page, "compare")
    assert page.errors == []


def test_browser_upload(corpus_db, tmp_path, browser):
    db = _fresh_db(corpus_db, tmp_path)
    data = tmp_path / "data"
    src = tmp_path / "上传的报告.txt"
    src.write_text(EVIL.replace("6.6%", "9.9%"), encoding="utf-8")
    with Server(create_app(db, allow_upload=True, data_dir=data)) as base:
        pg = browser.new_page()
        try:
            pg.goto(base + "/upload")
            pg.set_input_files("input[type=file]", str(src))
            pg.click("form.upload button")
            pg.wait_for_url(re.compile(r"/doc/[0-9a-f]+$"))
            assert "9.9%" in pg.inner_text("#text")
            assert pg.locator("mark.hl").count() >= 2
            assert "上传的报告.txt" in pg.inner_text(".doc-head")
        finally:
            pg.close()
    assert len(list(data.iterdir())) == 1
