"""Handing reports to a running ``planwatch serve``: DuckDB allows one writer process.

While ``planwatch serve`` runs it writes ``<db>.serve.json`` (its pid) and watches ``<db>.inbox/``
(created readable by the user only). ``planwatch ingest``, finding the database held by that
process, hands its files over: it writes a batch folder (the files and a ``request.json``) under a
temporary name and renames it into the inbox, so the server never sees half a batch. The server
reads each file in its extraction worker, stores it, and writes ``<batch>.result.json`` with one
entry per file; the CLI waits for that file and reports each file's outcome as a direct ingest would.
Files dropped straight into the inbox folder (not in a batch) are ingested too.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Optional

POLL = 0.3  # seconds between looks at the inbox


def inbox_dir(db: str | Path) -> Path:
    return Path(str(db) + ".inbox")


def serve_file(db: str | Path) -> Path:
    return Path(str(db) + ".serve.json")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def announce(db: str | Path, **info: Any) -> None:
    """Record that this process serves ``db`` and takes files in its inbox."""
    inbox_dir(db).mkdir(mode=0o700, exist_ok=True)
    tmp = serve_file(db).with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"pid": os.getpid(), **info}))
    os.chmod(tmp, 0o600)
    tmp.replace(serve_file(db))


def retire(db: str | Path) -> None:
    """Remove the record if it is this process's."""
    if serving_pid(db) == os.getpid():
        serve_file(db).unlink(missing_ok=True)


def serving_pid(db: str | Path) -> Optional[int]:
    """The pid of the live ``planwatch serve`` process that takes files for ``db``, if any."""
    try:
        pid = int(json.loads(serve_file(db).read_text())["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return pid if _alive(pid) else None


# ------------------------------------------------------------------ the client side


def hand_off(db: str | Path, files: list[Path], overrides: dict[str, Any] | None = None,
             replace: bool = False) -> str:
    """Put ``files`` into the server's inbox as one batch; returns the batch id."""
    box = inbox_dir(db)
    box.mkdir(mode=0o700, exist_ok=True)
    batch = uuid.uuid4().hex
    tmp = box / f".tmp-{batch}"
    tmp.mkdir(mode=0o700)
    entries = []
    for i, f in enumerate(files):
        stored = f"{i:05d}{Path(f).suffix.lower()}"
        shutil.copyfile(f, tmp / stored)
        entries.append({"file": stored, "path": str(f), "name": Path(f).name})
    (tmp / "request.json").write_text(json.dumps({"files": entries, "overrides": overrides or {},
                                                  "replace": replace}, ensure_ascii=False))
    tmp.rename(box / batch)
    return batch


def wait_result(db: str | Path, batch: str, timeout: float, pid: int | None = None) -> Optional[dict[str, Any]]:
    """The server's result for ``batch`` (None after ``timeout`` s or when the server went away)."""
    res = inbox_dir(db) / f"{batch}.result.json"
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if res.exists():
            try:
                out = json.loads(res.read_text())
            except ValueError:  # pragma: no cover - renamed into place, so complete
                time.sleep(POLL)
                continue
            res.unlink(missing_ok=True)
            return out
        if pid is not None and not _alive(pid):
            return None
        time.sleep(POLL)
    return None


# ------------------------------------------------------------------ the server side


class Inbox:
    """Watches ``<db>.inbox/`` on a thread; ``submit(path, name, overrides, replace, on_done)`` queues
    a file and calls ``on_done(results)`` with a list of per-document dicts, or raises."""

    def __init__(self, db: str | Path, submit: Callable[..., None]):
        self.dir = inbox_dir(db)
        self.submit = submit
        self.stop_event = threading.Event()
        self.thread: Optional[threading.Thread] = None
        self.taken: set[str] = set()

    def start(self) -> None:
        self.dir.mkdir(mode=0o700, exist_ok=True)
        self.thread = threading.Thread(target=self._loop, daemon=True, name="planwatch-inbox")
        self.thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        if self.thread is not None:
            self.thread.join(5)

    def _loop(self) -> None:
        while not self.stop_event.wait(POLL):
            try:
                self.scan()
            except OSError:  # the folder was removed or is unreadable: try again next time
                pass

    def scan(self) -> None:
        for p in sorted(self.dir.iterdir()):
            if p.name.startswith(".") or p.name.endswith(".result.json") or p.name in self.taken:
                continue
            self.taken.add(p.name)
            if p.is_dir():
                self._batch(p)
            elif p.is_file():
                self._loose(p)

    def _loose(self, p: Path) -> None:
        """A file dropped into the inbox: ingested, then removed (its outcome in ``<name>.result.json``)."""
        def done(results: list[dict[str, Any]]) -> None:
            self._write(self.dir / f"{p.name}.result.json", {"files": [{"path": p.name, "results": results}]})
            p.unlink(missing_ok=True)
            self.taken.discard(p.name)

        self.submit(p, p.name, {}, False, done)

    def _batch(self, p: Path) -> None:
        try:
            req = json.loads((p / "request.json").read_text())
            entries = req["files"]
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(p, ignore_errors=True)
            self.taken.discard(p.name)
            return
        out: list[Optional[dict[str, Any]]] = [None] * len(entries)
        left = [len(entries)]
        lock = threading.Lock()

        def finish() -> None:
            self._write(self.dir / f"{p.name}.result.json", {"files": out})
            shutil.rmtree(p, ignore_errors=True)
            self.taken.discard(p.name)

        if not entries:
            finish()
            return
        for i, e in enumerate(entries):
            def done(results: list[dict[str, Any]], i=i, e=e) -> None:
                out[i] = {"path": e.get("path"), "results": results}
                with lock:
                    left[0] -= 1
                    last = left[0] == 0
                if last:
                    finish()

            self.submit(p / e["file"], e.get("name") or e["file"], req.get("overrides") or {},
                        bool(req.get("replace")), done)

    @staticmethod
    def _write(path: Path, data: dict[str, Any]) -> None:
        tmp = path.with_name("." + path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, default=str))
        tmp.replace(path)
