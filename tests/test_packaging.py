"""Installs are reproducible: constraints.txt pins every declared dependency within pyproject's bounds,
and CI installs with the same command the README gives users."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
INSTALL = '.venv/bin/pip install -c constraints.txt -e ".[test]"'


def _pins() -> dict[str, str]:
    out = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            out[canonicalize_name(name)] = version
    return out


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        reqs += extra
    return [Requirement(r) for r in reqs]


def test_every_dependency_is_pinned_within_its_bounds():
    pins = _pins()
    for req in _requirements():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not pinned in constraints.txt"
        assert req.specifier.contains(pins[name], prereleases=True), f"{req.name}=={pins[name]} violates {req}"


def test_html_cleaner_is_declared():
    # trafilatura/jusText import lxml.html.clean, a separate distribution since lxml 5.2
    names = {canonicalize_name(r.name) for r in _requirements()}
    assert "lxml-html-clean" in names
    import lxml_html_clean  # noqa: F401 - the pinned set must provide it


def test_pandas_and_duckdb_have_upper_bounds():
    for req in _requirements():
        if canonicalize_name(req.name) in ("pandas", "duckdb"):
            assert any(s.operator in ("<", "<=", "~=", "==") for s in req.specifier), f"{req} has no upper bound"


def test_ci_installs_like_the_readme_says():
    run = (ROOT / ".ci" / "run").read_text()
    pip_lines = [ln.strip() for ln in run.splitlines() if re.search(r"\bpip\b", ln) and not ln.lstrip().startswith("#")]
    assert pip_lines == [INSTALL], pip_lines  # one install, pinned, no pip upgrade users would not do
