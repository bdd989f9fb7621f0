"""Run the pipeline over many files on every core, in input order, with bounded memory.

Workers are forked processes (the pipeline is pure Python and holds the GIL); each handles one file
and sends its result back. At most ``window`` results are in flight or waiting, so memory stays
bounded by a few of the largest files, never by the batch. Results come back in input order, so
``--jobs 4`` prints exactly what ``--jobs 1`` prints. The caller is the only writer to the store.

    with Runner(jobs) as run:
        for path, result, error in run.map(to_lines, files, overrides):
            ...
"""
from __future__ import annotations

import json
import os
from collections import deque
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """``None`` or 0 means every core; a negative number leaves that many cores free."""
    if not jobs:
        return default_jobs()
    if jobs < 0:
        return max(1, default_jobs() + jobs)
    return jobs


# ---------------------------------------------------------------- what a worker does with one file


def to_documents(path: Path, overrides: dict[str, Any] | None) -> list:
    """The file's documents, extracted (what `ingest` stores)."""
    from .api import read_all

    return read_all(path, overrides)


def to_stored(path: Path, overrides: dict[str, Any] | None) -> list:
    """The file's documents with their near-duplicate sketch, which the store would otherwise compute in
    its single writer process (what `ingest` stores)."""
    from .store import text_sketch

    docs = to_documents(path, overrides)
    for d in docs:
        d._sketch = text_sketch(d.text)
    return docs


def to_lines(path: Path, overrides: dict[str, Any] | None) -> list[list[dict[str, Any]]]:
    """The interchange lines of each document of the file (what `facts` prints)."""
    return [d.lines() for d in to_documents(path, overrides)]


def to_jsonl(path: Path, overrides: dict[str, Any] | None) -> str:
    """The file's interchange lines as JSON Lines text: serialised in the worker, not the parent."""
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for doc in to_lines(path, overrides) for line in doc)


def _call(fn: Callable, path: Path, overrides: dict[str, Any] | None, capture: bool = True
          ) -> tuple[Any, tuple[str, str] | None, list[tuple[str, str, str]]]:
    """``fn(path)`` with its failure as a value: a bad file must not stop the batch. The failure travels
    as (path, reason) strings, which cross a process boundary where an exception object may not; so
    do the warnings it raised (a bad record of a dump), which the parent raises again."""
    import warnings

    from .ingest import IngestError

    with warnings.catch_warnings(record=True) if capture else _nothing() as caught:
        if capture:
            warnings.simplefilter("always")
        try:
            out = fn(path, overrides), None
        except IngestError as exc:
            out = None, (exc.path, exc.reason)
        except Exception as exc:  # a bug in one file is reported like a bad file
            out = None, (str(path), f"internal error: {exc.__class__.__name__}: {exc}")
    sent = [(str(w.message), w.category.__module__, w.category.__qualname__) for w in caught or ()]
    return out[0], out[1], sent


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc) -> None:
        return None


def _rewarn(sent: list[tuple[str, str, str]]) -> None:
    """The warnings of a worker, raised again in this process (where the caller may be recording them)."""
    import importlib
    import warnings

    for message, module, name in sent:
        try:
            category = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            category = UserWarning
        warnings.warn(message, category, stacklevel=3)


def _run(fn: Callable, path: Path, overrides: dict[str, Any] | None) -> tuple[Any, Exception | None]:
    from .ingest import IngestError

    result, error, _ = _call(fn, path, overrides, capture=False)  # warnings go to the caller as they come
    return result, (IngestError(*error) if error else None)


# ---------------------------------------------------------------- the runner


class Runner:
    """A pool of ``jobs`` worker processes (none for one job). Start it before opening the store:
    the workers are forked then, so they never inherit DuckDB's threads."""

    def __init__(self, jobs: int | None = None, window: int | None = None):
        self.jobs = resolve_jobs(jobs)
        self.window = window or 2 * self.jobs
        self._pool = None
        if self.jobs > 1:
            self._pool = self._new_pool()

    def _new_pool(self):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        # fork shares the parent's loaded modules and is the fastest start; elsewhere use the default
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        pool = ProcessPoolExecutor(self.jobs, mp_context=ctx)
        # with fork, the first submit starts every worker now, before the caller opens anything
        pool.submit(int, 0).result()
        return pool

    def __enter__(self) -> "Runner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(self, fn: Callable, paths: Iterable[Path], overrides: dict[str, Any] | None = None
            ) -> Iterator[tuple[Path, Any, Exception | None]]:
        """``(path, fn(path, overrides), None)`` or ``(path, None, error)`` for each path, in input order."""
        if self._pool is None:
            for p in paths:
                yield (p, *_run(fn, p, overrides))
            return
        from concurrent.futures.process import BrokenProcessPool

        from .ingest import IngestError

        todo = iter(paths)
        pending: deque = deque()

        def submit(p):
            try:
                return self._pool.submit(_call, fn, p, overrides)
            except BrokenProcessPool as exc:  # a worker died before its result was read: handled in order
                from concurrent.futures import Future

                failed: Future = Future()
                failed.set_exception(exc)
                return failed

        def fill() -> None:
            while len(pending) < self.window:
                p = next(todo, None)
                if p is None:
                    return
                pending.append((p, submit(p)))

        fill()
        while pending:
            p, fut = pending.popleft()
            sent: list = []
            try:
                result, error, sent = fut.result()
            except BrokenProcessPool:
                # a worker died (killed, out of memory, a crash in a C library) and took every file in
                # flight with it: retry this file alone in a fresh pool, so only the file that kills a
                # worker by itself is reported; the files queued behind it are sent again
                requeue = [q for q, _ in pending]
                pending.clear()
                self._restart()
                try:
                    result, error, sent = self._pool.submit(_call, fn, p, overrides).result()
                except BrokenProcessPool:
                    result, error = None, IngestError(p, "the worker processing this file died")
                    self._restart()
                for q in requeue:
                    pending.append((q, submit(q)))
            except Exception as exc:  # the result could not be sent back (not picklable)
                result, error = None, IngestError(p, f"internal error: {exc.__class__.__name__}: {exc}")
            _rewarn(sent)
            yield p, result, (error if error is None or isinstance(error, Exception) else IngestError(*error))
            fill()

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()
