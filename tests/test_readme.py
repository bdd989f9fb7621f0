"""The README's examples run as written, in order, in a fresh copy of the repository.

Shell blocks run in bash (``set -euo pipefail``) with ``planwatch`` being this checkout's CLI;
``pycon`` blocks run as doctests (their printed values are checked); ``json`` fact examples must be
lines the extractor really produces. A block may be marked by an HTML comment on the line before it:

- ``<!-- readme-test: skip (why) -->``: not run (e.g. the test-suite command itself);
- ``<!-- readme-test: network (…) -->``: run verbatim only with ``PLANWATCH_TEST_NETWORK=1``; otherwise the
  steps that build ``.venv`` from PyPI are left out and ``.venv/bin/X`` is this environment's ``X``;
- ``<!-- readme-test: shared (…) -->``: needs ``../shared`` beside the repository (skipped without it);
- ``<!-- readme-test: national (…) -->``: needs metadata that resolves 全国 (skipped until it does).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHARED = ROOT.parent / "shared"
NETWORK = os.environ.get("PLANWATCH_TEST_NETWORK") == "1"


@dataclass
class Block:
    lang: str
    code: str
    line: int
    mark: str  # "" or the word after "readme-test:"


def blocks(text: str) -> list[Block]:
    out = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^```(\w*)\s*$", lines[i])
        if m and m.group(1):
            j = i + 1
            while not lines[j].startswith("```"):
                j += 1
            prev = lines[i - 1] if i else ""
            mk = re.match(r"<!--\s*readme-test:\s*(\w+)", prev)
            out.append(Block(m.group(1), "\n".join(lines[i + 1:j]) + "\n", i + 1, mk.group(1) if mk else ""))
            i = j
        i += 1
    return out


def test_readme_blocks_are_found():
    found = blocks(README.read_text(encoding="utf-8"))
    langs = [b.lang for b in found]
    assert "pycon" in langs and "json" in langs and langs.count("bash") >= 4
    assert all(b.lang in ("bash", "pycon", "json") for b in found), langs


def _national_known() -> bool:
    from planwatch.regions import gazetteer

    return bool(gazetteer().lookup("全国"))


def _offline(code: str) -> str:
    """A network block without the steps that install from PyPI, using this environment instead."""
    steps = [s.strip() for s in code.strip().split("&&")]
    kept = [s for s in steps if not s.startswith("python3 -m venv") and "pip install" not in s]
    return " && ".join(kept).replace(".venv/bin/planwatch", "planwatch").replace(".venv/bin/python", '"$PY"') + "\n"


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    """What a fresh clone holds (the files git knows of, committed or not), with ../shared beside it if present."""
    base = tmp_path_factory.mktemp("readme")
    dest = base / "planwatch"
    try:
        # -z: names as they are (without it git quotes non-ASCII names such as n2016_全国.txt)
        names = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.split("\0")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("git is needed to know which files a clone holds")
    for n in filter(None, names):
        src = ROOT / n
        if src.is_file():
            (dest / n).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / n)
    if SHARED.is_dir():
        (base / "shared").symlink_to(SHARED)
    return dest


def _env(clone: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(PYTHONPATH=str(clone / "src"), PY=sys.executable, COLUMNS="120", PYTHONIOENCODING="utf-8")
    return env


def _run_bash(code: str, clone: Path, where: str) -> None:
    script = 'set -euo pipefail\nplanwatch() { "$PY" -m planwatch "$@"; }\n' + code
    res = subprocess.run(["bash", "-c", script], cwd=clone, env=_env(clone), capture_output=True, text=True,
                         timeout=900)
    assert res.returncode == 0, f"{where} failed ({res.returncode}):\n{code}\nstdout:\n{res.stdout[-3000:]}\n" \
                                f"stderr:\n{res.stderr[-3000:]}"
    assert "Traceback" not in res.stderr, res.stderr


def _run_pycon(code: str, clone: Path, where: str) -> None:
    runner = (
        "import doctest, sys\n"
        "src = sys.stdin.read()\n"
        "test = doctest.DocTestParser().get_doctest(src, {}, 'README', 'README.md', 0)\n"
        "r = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)\n"
        "r.run(test)\n"
        "sys.exit(1 if r.failures or not r.tries else 0)\n")
    res = subprocess.run([sys.executable, "-c", runner], input=code, cwd=clone, env=_env(clone),
                         capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, f"{where} failed:\n{res.stdout[-4000:]}\n{res.stderr[-2000:]}"


def _check_json(code: str, clone: Path, where: str) -> None:
    """A fact example is a line planwatch really prints for that report, offsets included."""
    import planwatch

    obj = json.loads(code)
    if obj.get("kind") != "fact":
        return
    path = next((p for p in (clone / "examples").rglob(obj["doc"])), None)
    assert path is not None, f"{where}: no example file {obj['doc']}"
    text = path.read_text(encoding="utf-8")
    assert text[obj["start"]:obj["end"]] == obj["quote"], f"{where}: start/end do not give the quote"
    lines = planwatch.read(path).lines()
    assert obj in lines, f"{where}: no such line among the {len(lines)} planwatch prints for {obj['doc']}"


def test_readme_runs_as_written(clone):
    ran, skipped = 0, []
    for b in blocks((clone / "README.md").read_text(encoding="utf-8")):
        where = f"README.md line {b.line} ({b.lang})"
        if b.mark == "skip":
            skipped.append(where)
            continue
        if b.mark == "shared" and not SHARED.is_dir():
            skipped.append(where + ": no ../shared")
            continue
        if b.mark == "national" and not _national_known():
            skipped.append(where + ": 全国 is not resolvable yet")
            continue
        code = b.code
        if b.mark == "network" and not NETWORK:
            code = _offline(code)
        if b.lang == "bash":
            _run_bash(code, clone, where)
        elif b.lang == "pycon":
            _run_pycon(code, clone, where)
        elif b.lang == "json":
            _check_json(code, clone, where)
        ran += 1
    assert ran >= 5, (ran, skipped)
    # what the examples promise actually happened in the clone
    assert (clone / "planwatch.duckdb").is_file() and (clone / "panel.dta").is_file()
    assert (clone / "export" / "facts.parquet").is_file()
    assert len(list((clone / "examples").rglob("*.txt"))) == len(list((ROOT / "examples").rglob("*.txt")))


def test_offline_form_of_the_setup_line():
    line = 'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/planwatch ingest examples && ' \
           '.venv/bin/planwatch docs'
    assert _offline(line) == "planwatch ingest examples && planwatch docs\n"


def test_readme_command_table_matches_the_cli():
    """Every command and option the README's table names exists (checked in each command's --help)."""
    from typer.testing import CliRunner

    from planwatch.cli import app

    text = README.read_text(encoding="utf-8")
    rows = re.findall(r"^\| `planwatch (\w+)([^`]*)` \|", text, flags=re.M)
    assert len(rows) >= 14
    runner = CliRunner(env={"COLUMNS": "200"})
    for cmd, rest in rows:
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0, f"planwatch {cmd}: {res.output}"
        for opt in re.findall(r"--[a-z][a-z-]*", rest):
            assert re.search(rf"{opt}\b", res.output), f"planwatch {cmd} has no {opt}"
    listed = {c for c, _ in rows}
    res = runner.invoke(app, ["--help"])
    commands = set(re.findall(r"^  (\w+)\s{2,}", res.output, flags=re.M))
    assert commands - {"reindex"} <= listed, commands - listed


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the shared gold)")
def test_bundled_gold_is_the_shared_seed_gold():
    # the README evaluates against tests/data/gold; it must be the shared specification's gold/seeds
    ours = {p.name: p.read_bytes() for p in (ROOT / "tests" / "data" / "gold").glob("*.json")}
    theirs = {p.name: p.read_bytes() for p in (SHARED / "gold" / "seeds").glob("*.json")}
    assert ours == theirs


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the State Council's texts)")
def test_national_examples_are_the_shared_texts():
    ours = {p.name: p.read_bytes() for p in (ROOT / "examples" / "national").glob("*.txt")}
    theirs = {p.name: p.read_bytes() for p in (SHARED / "dev" / "texts").glob("n*.txt")}
    assert ours == theirs and len(ours) >= 9


def test_readme_and_ci_install_the_same_pinned_set():
    """The README's setup and .ci/run install with the same constraints file, so CI tests what users get."""
    readme = README.read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    form = 'pip install -c constraints.txt -e ".[test]"'
    assert form in readme and form in ci
    pins = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    for pkg in ("pandas==", "duckdb==", "lxml_html_clean==", "trafilatura=="):
        assert pkg in pins, pkg
