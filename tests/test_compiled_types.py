"""Compiled with Cython's annotation_typing, ``xs: list[_Q]`` makes ``xs[i]`` one ``_Q`` whatever ``i`` is: indexed
with a slice *object* (``xs[starts_between(...)]``), the result is a list and every compiled read raised "Cannot
convert list to _Q" (decision 516's split, found by CI's compiled suite; the pure suite cannot see it). Likewise a
parameter annotated ``int`` is a C integer: bound again to a match object (``turn = _RX.search(...)``, the same split)
it raised "Expected int, got re.Match". These checks read the typed modules' source, so they guard the pure runs too."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


def _compiled_modules() -> tuple[list[str], set[str]]:
    """setup.py's COMPILED and UNTYPED, read without running setup.py."""
    found: dict[str, object] = {}
    for node in ast.parse((ROOT / "setup.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id in ("COMPILED", "UNTYPED"):
            value = node.value.args[0] if isinstance(node.value, ast.Call) else node.value
            found[node.targets[0].id] = ast.literal_eval(value)
    return list(found["COMPILED"]), set(found["UNTYPED"])


def _is_item_typed_list(ann: ast.expr | None) -> bool:
    return isinstance(ann, ast.Subscript) and isinstance(ann.value, ast.Name) and ann.value.id == "list"


def _slice_makers(trees: list[ast.Module]) -> set[str]:
    """Functions annotated ``-> slice``, and the builtin."""
    names = {"slice"}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and isinstance(node.returns, ast.Name) and node.returns.id == "slice":
                names.add(node.name)
    return names


def _makes_slice(expr: ast.expr, makers: set[str], slice_names: set[str]) -> bool:
    if isinstance(expr, ast.Call):
        f = expr.func
        return (isinstance(f, ast.Name) and f.id in makers) or (isinstance(f, ast.Attribute) and f.attr in makers)
    return isinstance(expr, ast.Name) and expr.id in slice_names


def slice_object_indexing(source: str, makers: set[str] | None = None) -> list[str]:
    """``name[slice object]`` where ``name`` is annotated ``list[...]`` in the same function: 'function:line'."""
    tree = ast.parse(source)
    makers = _slice_makers([tree]) | (makers or set())
    out = []
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        args = fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs
        typed = {a.arg for a in args if _is_item_typed_list(a.annotation)}
        typed |= {n.target.id for n in ast.walk(fn) if isinstance(n, ast.AnnAssign)
                  and isinstance(n.target, ast.Name) and _is_item_typed_list(n.annotation)}
        slice_names = {t.id for n in ast.walk(fn) if isinstance(n, ast.Assign) and _makes_slice(n.value, makers, set())
                       for t in n.targets if isinstance(t, ast.Name)}
        for n in ast.walk(fn):
            if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in typed \
                    and _makes_slice(n.slice, makers, slice_names):
                out.append(f"{fn.name}:{n.lineno}")
    return out


_SCALARS = {"int", "str", "float", "bool"}
# calls whose result is never a scalar of those kinds
_NOT_SCALAR_CALLS = {"search", "match", "fullmatch", "finditer", "findall", "split"}


def _scalar_ann(ann: ast.expr | None) -> bool:
    return isinstance(ann, ast.Name) and ann.id in _SCALARS


def _not_scalar(value: ast.expr) -> bool:
    if isinstance(value, (ast.List, ast.Tuple, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)):
        return True
    if isinstance(value, ast.Constant) and value.value is None:
        return True
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in _NOT_SCALAR_CALLS


def scalar_rebound(source: str) -> list[str]:
    """A name annotated int/str/float/bool (a parameter, or a local with an annotation) bound again in the same function
    to a match object, a container or None: 'function:line'."""
    out = []
    for fn in ast.walk(ast.parse(source)):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        args = fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs
        typed = {a.arg for a in args if _scalar_ann(a.annotation)}
        typed |= {n.target.id for n in ast.walk(fn) if isinstance(n, ast.AnnAssign)
                  and isinstance(n.target, ast.Name) and _scalar_ann(n.annotation)}
        for n in ast.walk(fn):
            if isinstance(n, ast.Assign):
                targets, value = [t for t in n.targets if isinstance(t, ast.Name)], n.value
            elif isinstance(n, ast.NamedExpr):
                targets, value = [n.target], n.value
            else:
                continue
            if any(t.id in typed for t in targets) and _not_scalar(value):
                out.append(f"{fn.name}:{n.lineno}")
    return out


def test_the_check_sees_a_scalar_bound_again_to_a_match():
    bad = ("def f(text: str, turn: int) -> int:\n    turn = _RX.search(text)\n    return turn.start()\n"
           "def g(text: str):\n    n: int = 0\n    if (n := _RX.match(text)):\n        return n\n")
    assert scalar_rebound(bad) == ["f:2", "g:6"]
    good = ("def f(text: str, turn: int) -> int:\n    tm = _RX.search(text)\n    turn = tm.start() if tm else turn\n"
            "    return turn\n")
    assert scalar_rebound(good) == []


def test_typed_modules_never_bind_a_scalar_annotated_name_to_another_kind():
    compiled, untyped = _compiled_modules()
    paths = [SRC.joinpath(*name.split(".")).with_suffix(".py") for name in compiled if name not in untyped]
    found = {str(p.relative_to(SRC)): hits for p in paths if (hits := scalar_rebound(p.read_text(encoding="utf-8")))}
    assert found == {}


def test_the_check_sees_a_list_indexed_by_a_slice_object():
    bad = ("def starts_between(starts: list[int], a: int, b: int) -> slice:\n    return slice(a, b)\n"
           "def f(qs: list[_Q], starts: list[int]):\n    return qs[starts_between(starts, 1, 2)]\n"
           "def g(qs: list[_Q]):\n    sl = slice(0, 2)\n    return qs[sl]\n")
    assert slice_object_indexing(bad) == ["f:4", "g:7"]
    good = ("def f(qs: list, starts: list[int]):\n    return qs[starts_between(starts, 1, 2)]\n"
            "def g(qs: list[_Q], i: int):\n    return qs[i], qs[1:i], qs[i:]\n")
    assert slice_object_indexing(good, {"starts_between"}) == []


def test_typed_modules_never_index_an_item_typed_list_with_a_slice_object():
    compiled, untyped = _compiled_modules()
    paths = [SRC.joinpath(*name.split(".")).with_suffix(".py") for name in compiled if name not in untyped]
    assert paths and all(p.is_file() for p in paths)
    sources = {p: p.read_text(encoding="utf-8") for p in paths}
    makers = _slice_makers([ast.parse(s) for s in sources.values()])
    assert "starts_between" in makers
    found = {str(p.relative_to(SRC)): hits for p, s in sources.items() if (hits := slice_object_indexing(s, makers))}
    assert found == {}
