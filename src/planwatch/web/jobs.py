"""Extraction off the serving path: uploads and inbox files are read in a worker process.

One long-lived worker process (started with ``spawn``: no copy of the server's threads or DuckDB
handles) reads each file and extracts it; the server's request threads never do. A job that runs
longer than ``timeout`` seconds gets its worker killed (a fresh one is started for the next job) and
fails with a one-line reason. Jobs run one at a time, in order, on a background thread, which then
stores the documents through ``store_docs`` (the server's single writer).
"""
from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

DEFAULT_TIMEOUT = 60.0
KEEP_JOBS = 1000  # finished jobs remembered for their status pages


def _work(conn) -> None:  # pragma: no cover - runs in the worker process
    """Worker loop: (blob, name, source, overrides) in, ("ok", docs) or ("error", reason) out."""
    from planwatch import api
    from planwatch.ingest import IngestError, read_bytes

    conn.send(("ready", None))
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        blob, name, source, overrides = msg
        try:
            raws = read_bytes(blob, name, source=source)
            conn.send(("ok", [api.process(r, overrides or None) for r in raws]))
        except IngestError as exc:
            conn.send(("error", f"cannot read {name}: {exc.reason}"))
        except Exception as exc:  # one bad file must not end the worker
            conn.send(("error", f"cannot read {name}: {exc.__class__.__name__}: {str(exc)[:200]}"))


def _main(rfd: int, wfd: int) -> None:  # pragma: no cover - the worker process's entry point
    from multiprocessing.connection import Connection

    r, w = Connection(rfd, writable=False), Connection(wfd, readable=False)

    class Duplex:
        send, recv = w.send, r.recv

    _work(Duplex())


class Worker:
    """The extraction process; killed and replaced when a job overruns its time limit.

    A plain ``python -c`` child (not multiprocessing's spawn, which would re-import the server's main
    module) talking pickles over two pipes."""

    START_TIMEOUT = 120.0  # importing the pipeline on a loaded machine

    def __init__(self) -> None:
        self.proc: Optional[subprocess.Popen] = None
        self.send = self.recv = None

    def _start(self) -> None:
        from multiprocessing.connection import Connection

        p2c_r, p2c_w = os.pipe()
        c2p_r, c2p_w = os.pipe()
        src = str(Path(__file__).resolve().parents[2])  # the tree this server runs from
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([src] + [p for p in [os.environ.get("PYTHONPATH")] if p])}
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", f"from planwatch.web.jobs import _main; _main({p2c_r}, {c2p_w})"],
                pass_fds=(p2c_r, c2p_w), stdin=subprocess.DEVNULL, env=env)
        finally:
            os.close(p2c_r)
            os.close(c2p_w)
        self.send, self.recv = Connection(p2c_w, readable=False), Connection(c2p_r, writable=False)
        if not self.recv.poll(self.START_TIMEOUT) or self.recv.recv()[0] != "ready":
            self.stop()
            raise RuntimeError("the extraction worker did not start")

    def run(self, blob: bytes, name: str, source: str, overrides: dict[str, Any] | None,
            timeout: float) -> tuple[str, Any]:
        """("ok", [Document]) or ("error", reason); the time limit counts from handing over the file."""
        if self.proc is None or self.proc.poll() is not None:
            self.stop()
            self._start()
        try:
            self.send.send((blob, name, source, overrides))
            if self.recv.poll(timeout):
                return self.recv.recv()
        except (EOFError, OSError, AttributeError):
            self.stop()
            return "error", f"cannot read {name}: the extraction worker died"
        self.stop()  # overran: kill it, the next job gets a fresh worker
        return "error", f"{name}: extraction took longer than {timeout:g} s and was stopped"

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
            proc.wait(5)
        for c in (self.send, self.recv):
            if c is not None:
                with contextlib.suppress(OSError):
                    c.close()
        self.send = self.recv = None


@dataclass
class Job:
    id: str
    name: str
    status: str = "queued"  # queued, running, done, failed
    reason: Optional[str] = None
    docs: list[dict[str, Any]] = field(default_factory=list)  # {id, name, stored}
    created: float = field(default_factory=time.time)
    done: threading.Event = field(default_factory=threading.Event, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {"job": self.id, "name": self.name, "status": self.status, "reason": self.reason,
                "documents": [{**d, "url": f"/doc/{d['id']}"} for d in self.docs]}


class Jobs:
    """A queue of extraction jobs served by one worker process and one background thread."""

    def __init__(self, store_docs: Callable[[list[Any], bool], list[bool]], timeout: float = DEFAULT_TIMEOUT):
        self.store_docs, self.timeout = store_docs, timeout
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        self.q: queue.Queue = queue.Queue()
        self.lock = threading.Lock()
        self.worker = Worker()
        self.thread: Optional[threading.Thread] = None
        self.closing = False

    def submit(self, blob: bytes, name: str, source: str, overrides: dict[str, Any] | None = None,
               replace: bool = False, on_done: Callable[[Job], None] | None = None) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], name=name)
        with self.lock:
            self.jobs[job.id] = job
            while len(self.jobs) > KEEP_JOBS:
                self.jobs.popitem(last=False)
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._loop, daemon=True, name="planwatch-jobs")
                self.thread.start()
        self.q.put((job, blob, source, overrides, replace, on_done))
        return job

    def get(self, job_id: str) -> Optional[Job]:
        with self.lock:
            return self.jobs.get(job_id)

    def _loop(self) -> None:
        while True:
            item = self.q.get()
            if item is None:
                return
            job, blob, source, overrides, replace, on_done = item
            job.status = "running"
            try:
                if self.closing:
                    raise RuntimeError("the server stopped before this file was read")
                kind, out = self.worker.run(blob, job.name, source, overrides, self.timeout)
                if kind == "ok" and not out:
                    kind, out = "error", f"cannot read {job.name}: no text found"
                if kind == "ok":
                    stored = self.store_docs(out, replace)
                    job.docs = [{"id": d.id, "name": d.name, "stored": s, **d.meta.as_dict(), "n_facts": len(d.facts),
                                 "n_pledges": len(d.pledges), "n_projects": len(d.projects)}
                                for d, s in zip(out, stored)]
                    job.status = "done"
                else:
                    job.status, job.reason = "failed", str(out)
            except Exception as exc:  # the store refused: the job fails, the loop goes on
                job.status, job.reason = "failed", f"{job.name}: {exc.__class__.__name__}: {str(exc)[:200]}"
            finally:
                if on_done is not None:
                    try:
                        on_done(job)
                    except Exception:  # pragma: no cover - a callback must not stop the queue
                        pass
                job.done.set()

    def close(self) -> None:
        """Stop: the running job's worker is killed, queued jobs fail."""
        self.closing = True
        self.q.put(None)
        self.worker.stop()
        if self.thread is not None:
            self.thread.join(10)
