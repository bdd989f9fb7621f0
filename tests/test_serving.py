"""Serving while reading: uploads extracted in a worker with a time limit, `planwatch ingest` while
`planwatch serve` runs (the inbox), and two writers at once (issue 10)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from live import free_port, wait_job  # tests/live.py
from planwatch.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
NATIONAL = sorted((ROOT / "examples" / "national").glob("*.txt"))
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    import planwatch

    db = tmp_path_factory.mktemp("serving") / "base.duckdb"
    with planwatch.open(db) as c:
        for f in EXAMPLES[:2]:
            c.add(f)
    return db


def _copy(db: Path, tmp: Path) -> Path:
    out = tmp / "corpus.duckdb"
    shutil.copy(db, out)
    return out


# ---------------------------------------------------------------- uploads


def test_adversarial_upload_does_not_block_other_requests(small_db, tmp_path):
    data = tmp_path / "up"
    with TestClient(create_app(_copy(small_db, tmp_path), allow_upload=True, data_dir=data)) as c:
        urls = ["/", "/api/documents", "/region/410482", "/search?q=生产总值", "/api/facts"]
        for url in urls:  # warm: first calls load the gazetteer and the index
            assert c.get(url).status_code == 200
        evil = ("亿" * 12000).encode()  # 36 KB of one numeral: once quadratic, froze the server
        big = b"\n".join(f.read_bytes() for f in EXAMPLES) * 8  # ~1 MB of real reports: a long extraction
        t0 = time.perf_counter()
        r1 = c.post("/upload", files={"file": ("evil.txt", evil, "text/plain")}, follow_redirects=False)
        r2 = c.post("/api/documents", files={"file": ("big.txt", big, "text/plain")})
        answered = time.perf_counter() - t0
        assert r1.status_code == 303 and r1.headers["location"].startswith("/upload/")
        assert r2.status_code == 202 and r2.json()["status"] in ("queued", "running")
        assert answered < 2.0  # the handlers only save and queue
        page = c.get(r1.headers["location"])  # being processed: the page refreshes itself
        assert page.status_code == 200 and "Being processed" in page.text and 'http-equiv="refresh"' in page.text
        # meanwhile every other request is served at once
        slow = []
        for url in urls * 3:
            t = time.perf_counter()
            assert c.get(url).status_code == 200
            slow += [url] if time.perf_counter() - t > 1.0 else []
        assert slow == []
        j1 = wait_job(c, r1.headers["location"].rsplit("/", 1)[1])
        j2 = wait_job(c, r2.json()["job"])
        assert j1["status"] == "done" and j2["status"] == "done", (j1, j2)
        assert c.get(j2["documents"][0]["url"]).status_code == 200


def test_upload_over_the_time_limit_is_stopped_with_its_reason(small_db, tmp_path):
    data = tmp_path / "up"
    app = create_app(_copy(small_db, tmp_path), allow_upload=True, data_dir=data, upload_timeout=0.05)
    with TestClient(app) as c:
        big = b"\n".join(f.read_bytes() for f in EXAMPLES) * 10  # about a second of extraction
        r = c.post("/api/documents?wait=90", files={"file": ("long.txt", big, "text/plain")})
        assert r.status_code == 422 and "longer than 0.05 s and was stopped" in r.json()["detail"]
        assert list(data.iterdir()) == []  # nothing stored, nothing kept
        r = c.post("/upload", files={"file": ("long.txt", big, "text/plain")}, follow_redirects=False)
        job = r.headers["location"].rsplit("/", 1)[1]
        assert wait_job(c, job)["status"] == "failed"
        page = c.get(f"/upload/{job}")
        assert page.status_code == 422 and "longer than 0.05 s" in page.text and "refresh" not in page.text
        assert c.get("/api/jobs/nope").status_code == 404


def test_worker_is_replaced_after_a_timeout(small_db, tmp_path):
    app = create_app(_copy(small_db, tmp_path), allow_upload=True, data_dir=tmp_path / "up", upload_timeout=0.05)
    with TestClient(app) as c:
        big = b"\n".join(f.read_bytes() for f in EXAMPLES) * 10
        assert c.post("/api/documents?wait=90", files={"file": ("a.txt", big, "text/plain")}).status_code == 422
        assert app.state.jobs.worker.proc is None  # killed
        app.state.jobs.timeout = 60
        r = c.post("/api/documents?wait=90", files={"file": ("n.txt", NATIONAL[0].read_bytes(), "text/plain")})
        assert r.status_code == 201 and r.json()["documents"][0]["region"] == "中华人民共和国"
        assert app.state.jobs.worker.proc.poll() is None  # a fresh worker, alive for the next file
        worker = app.state.jobs.worker.proc
    assert worker.poll() is not None  # stopped with the app


def test_page_cache_follows_the_servers_writes(small_db, tmp_path):
    app = create_app(_copy(small_db, tmp_path), allow_upload=True, data_dir=tmp_path / "up")
    with TestClient(app) as c:
        before = c.get("/api/documents").json()
        assert c.get("/api/documents").json() == before  # the same answer (from the cache)
        r = c.post("/api/documents?wait=90", files={"file": (NATIONAL[5].name, NATIONAL[5].read_bytes(), "text/plain")})
        assert r.status_code == 201
        after = c.get("/api/documents").json()  # the upload changed the data version: not the old page
        assert len(after) == len(before) + 1 and NATIONAL[5].name in c.get("/").text


# ---------------------------------------------------------------- ingest while serve runs


def _planwatch(*args, timeout=300, **kw):
    return subprocess.run([sys.executable, "-m", "planwatch", *map(str, args)], capture_output=True, text=True,
                          env=ENV, timeout=timeout, **kw)


@pytest.fixture
def served(small_db, tmp_path):
    """`planwatch serve` (read-only, as by default) on 127.0.0.1, stopped after the test."""
    db = _copy(small_db, tmp_path)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "planwatch", "serve", "--db", str(db), "--port", str(port)],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        end = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/documents", timeout=2).status_code == 200 and \
                        Path(str(db) + ".serve.json").exists():
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.monotonic() < end, proc.stderr.read() if proc.poll() else "timeout"
            time.sleep(0.2)
        yield db, base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def test_ingest_while_serve_runs_hands_files_to_the_server(served, tmp_path):
    db, base, proc = served
    info = json.loads(Path(str(db) + ".serve.json").read_text())
    assert info["pid"] == proc.pid
    assert oct(Path(str(db) + ".inbox").stat().st_mode & 0o777) == "0o700"
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    out = _planwatch("ingest", NATIONAL[0], NATIONAL[1], EXAMPLES[0], bad, "--db", db)
    assert out.returncode == 1, out.stderr  # one file failed
    assert f"planwatch serve (process {proc.pid})" in out.stderr
    assert "2 stored, 1 already stored, 1 failed (4 files)" in out.stdout
    assert f"already stored: {EXAMPLES[0]}" in out.stderr and "error: cannot read bad.pdf" in out.stderr
    assert "Traceback" not in out.stderr
    docs = httpx.get(base + "/api/documents").json()  # the running server shows them at once
    assert {d["name"] for d in docs} >= {NATIONAL[0].name, NATIONAL[1].name}
    assert httpx.get(base + "/api/search", params={"q": "政府工作报告"}).status_code == 200
    # reading commands still work next to the read-only server
    listing = _planwatch("docs", "--db", db, "--format", "tsv")
    assert listing.returncode == 0 and NATIONAL[0].name in listing.stdout
    # a file dropped into the inbox folder is ingested too
    drop = Path(str(db) + ".inbox")
    tmp = drop / ".n2.tmp"
    shutil.copy(NATIONAL[2], tmp)
    tmp.rename(drop / NATIONAL[2].name)
    end = time.monotonic() + 90
    while not (drop / f"{NATIONAL[2].name}.result.json").exists():
        assert time.monotonic() < end
        time.sleep(0.2)
    res = json.loads((drop / f"{NATIONAL[2].name}.result.json").read_text())
    assert res["files"][0]["results"][0]["status"] == "stored"
    assert NATIONAL[2].name in {d["name"] for d in httpx.get(base + "/api/documents").json()}
    proc.terminate()
    proc.wait(20)
    assert not Path(str(db) + ".serve.json").exists()  # the record goes with the server
    again = _planwatch("docs", "--db", db, "--format", "tsv")
    assert again.stdout.count("\n") == 1 + 2 + 3  # header, the two seeds, three handed over


def test_upload_server_takes_handed_files(small_db, tmp_path):
    """With --allow-upload the server holds the database for writing; ingest still goes through it."""
    db = _copy(small_db, tmp_path)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "planwatch", "serve", "--db", str(db), "--port", str(port),
                             "--allow-upload", "--data-dir", str(tmp_path / "up")], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        end = time.monotonic() + 60
        while not Path(str(db) + ".serve.json").exists():
            assert proc.poll() is None and time.monotonic() < end
            time.sleep(0.2)
        out = _planwatch("ingest", NATIONAL[3], "--db", db)
        assert out.returncode == 0 and "1 stored" in out.stdout and f"process {proc.pid}" in out.stdout
    finally:
        proc.terminate()
        proc.wait(20)


HOLD = """
import duckdb, sys, time
con = duckdb.connect(sys.argv[1])
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def test_a_second_writer_waits_then_stores(small_db, tmp_path):
    db = _copy(small_db, tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), "2"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        t0 = time.monotonic()
        out = _planwatch("ingest", NATIONAL[4], "--db", db, "--wait", "30")
        assert out.returncode == 0, out.stderr
        assert "1 stored" in out.stdout and time.monotonic() - t0 >= 1.0
    finally:
        holder.wait(30)


def test_a_busy_database_is_one_line_naming_the_process(small_db, tmp_path):
    db = _copy(small_db, tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        out = _planwatch("ingest", NATIONAL[4], "--db", db, "--wait", "0.5")
        assert out.returncode == 1
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and "busy" in lines[0] and f"process {holder.pid}" in lines[0], out.stderr
    finally:
        holder.kill()
        holder.wait(10)
