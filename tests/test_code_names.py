"""A module-level name bound twice is a silent bug in these rule-heavy modules: the later binding
replaces the earlier for every function that reads it at call time (two branches each adding a
`_CLAUSE_MARK` or `_LEAD_END` changed rules nobody touched)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "planwatch"


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(n for n, k in names.items() if k > 1)


def test_the_check_sees_a_second_binding():
    assert _bound_twice("_MARK = 1\ndef f():\n    return _MARK\n_MARK = 2\n") == ["_MARK"]
    assert _bound_twice("_A = 1\n_B = 2\n") == []


def test_no_module_level_name_is_bound_twice():
    found = {str(p.relative_to(SRC)): d for p in sorted(SRC.rglob("*.py")) if (d := _bound_twice(p.read_text()))}
    assert found == {}
