"""The optional compiled accelerator (setup.py builds it, planwatch/accel.py loads it): compiled and pure
modules give byte-identical output; an edited source (its sha256 no longer the manifest's) runs as
Python; PLANWATCH_PURE=1 runs everything as Python; with PLANWATCH_REQUIRE_COMPILED=1 (CI, where a C
compiler is present) the listed modules must be compiled, so a broken build cannot hide.

The tests that need a build skip without one; those on a made-up _compiled/ directory run everywhere."""
from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import planwatch
from planwatch import accel

ROOT = Path(__file__).resolve().parent.parent
PKG = Path(planwatch.__file__).resolve().parent
COMPILED_DIR = PKG / "_compiled"


def _listed() -> tuple[str, ...]:
    """setup.py's COMPILED (read, not imported: importing setup.py runs the build)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "COMPILED" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("setup.py has no COMPILED")


LISTED = _listed()


def _built() -> list[str]:
    """The listed modules whose extension module is built for this interpreter and current."""
    return [] if accel._FINDER is None else [m for m in LISTED if accel._FINDER.so_path(m)]


needs_build = pytest.mark.skipif(
    len(_built()) != len(LISTED),
    reason="the compiled accelerator is not built (no C compiler or Cython at install time) or PLANWATCH_PURE is set")


def _run(code: str, *, pure: bool = False, path: Path | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PLANWATCH_PURE", "PYTHONPATH")}
    env["PYTHONPATH"] = str(path if path is not None else PKG.parent)
    if pure:
        env["PLANWATCH_PURE"] = "1"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


STATE = """
import importlib, json, sys, planwatch
mods = {m: importlib.import_module(m).__file__ for m in %r}
print(json.dumps({"compiled": planwatch.compiled_modules(), "files": mods}))
"""

# texts that take the odd paths: no report at all, numbers without units, full-width and half-width mixed,
# a table, a very long clause, a plan report's targets, a county's review with a list of projects
ADVERSARIAL = [
    "",
    "。。。\n\n\u3000\u3000（一）\n",
    "2024年政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，"
    "一般公共预算收入增长5％，城镇新增就业11万人以上，居民消费价格涨幅3%左右。",
    "关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "| 指标 | 2023年 | 2024年目标 |\n| 地区生产总值增速 | 5.2% | 6%左右 |\n"
    "2023年全市实现地区生产总值3,456.7亿元，同比增长5.2%；规模以上工业增加值增长6.1%。",
    "过去一年，" + "新建高标准农田2.5万亩、改造老旧小区120个、新增停车位3000个，" * 40 + "全面完成年度任务。",
    "某县2025年政府工作报告\n一、2024年工作回顾\n全县地区生产总值完成186.3亿元、增长6.8%，"
    "固定资产投资增长12%，实施重点项目86个，完成投资215亿元；建成年产10万吨新材料项目、县人民医院新院区。\n"
    "二、2025年目标任务\n主要预期目标是：地区生产总值增长7%左右，十四五规划目标任务全面完成。",
]

OUTPUT = """
import dataclasses, json, sys
from pathlib import Path
import planwatch
from planwatch.api import process
from planwatch.ingest import iter_files, read_file
texts = %r
out = []
for f in iter_files([Path(%r)]):
    for r in read_file(f):
        d = process(r)
        out.append([f.name, dataclasses.asdict(d.meta), [[k, [dataclasses.asdict(x) for x in getattr(d, k)]]
                    for k in ("facts", "pledges", "projects")]])
for i, t in enumerate(texts):
    d = planwatch.read_text(t, "adversarial%%d.txt" %% i)
    out.append([i, [[k, [dataclasses.asdict(x) for x in getattr(d, k)]] for k in ("facts", "pledges", "projects")]])
print(planwatch.compiled_modules())
print(json.dumps(out, ensure_ascii=False, default=str, sort_keys=True))
"""


@needs_build
def test_compiled_and_pure_give_the_same_output():
    code = OUTPUT % (ADVERSARIAL, str(ROOT / "examples"))
    compiled = _run(code)
    pure = _run(code, pure=True)
    first_c, _, rest_c = compiled.partition("\n")
    first_p, _, rest_p = pure.partition("\n")
    assert first_c == repr(sorted(LISTED)) and first_p == "[]"
    assert len(rest_c) > 10000 and '"facts"' in rest_c
    assert rest_c == rest_p


@needs_build
def test_names_pickling_and_relative_imports_are_those_of_the_pure_modules():
    out = _run("""
import pickle, sys
import planwatch
from planwatch.extract import facts, pledges, analysis
from planwatch.model import Metadata
m = facts.find_mentions("全市地区生产总值增长5%。", Metadata(region="株洲市", level="prefecture"))[0]
assert type(m).__module__ == "planwatch.extract.facts", type(m).__module__
assert pickle.loads(pickle.dumps(m)) == m
assert facts.__name__ == "planwatch.extract.facts" and facts.__package__ == "planwatch.extract"
assert facts.__spec__.origin.endswith(".so") and pledges.__spec__.origin.endswith(".so")
assert pledges.Analysis is analysis.Analysis  # pledges' `from .analysis import Analysis`, resolved in the package
print(type(m).__qualname__, facts.find_mentions.__module__)
""")
    assert out.split() == ["Mention", "planwatch.extract.facts"]


@needs_build
def test_an_edited_source_runs_as_python(tmp_path):
    shutil.copytree(PKG, tmp_path / "planwatch", ignore=shutil.ignore_patterns("__pycache__"))
    with open(tmp_path / "planwatch" / "extract" / "facts.py", "a", encoding="utf-8") as fh:
        fh.write("\n# an edit not yet rebuilt\n")
    state = json.loads(_run(STATE % (LISTED,), path=tmp_path))
    assert state["files"]["planwatch.extract.facts"].endswith("facts.py")
    assert state["compiled"] == sorted(m for m in LISTED if m != "planwatch.extract.facts")
    for m in state["compiled"]:
        assert state["files"][m].startswith(str(tmp_path / "planwatch" / "_compiled")), m


def test_pure_forced_by_the_environment():
    state = json.loads(_run(STATE % (LISTED,), pure=True))
    assert state["compiled"] == []
    assert all(f.endswith(".py") for f in state["files"].values()), state


def _fake_tree(tmp_path: Path, *, stale: bool, suffix: str | None = None) -> Path:
    """A copy of the package with a made-up _compiled/: each listed module's 'extension module' is junk,
    so loading one fails loudly, and the manifest holds its source's hash (or a stale one)."""
    pkg = tmp_path / "planwatch"
    shutil.copytree(PKG, pkg, ignore=shutil.ignore_patterns("__pycache__", "_compiled"))
    suffix = suffix or sysconfig.get_config_var("EXT_SUFFIX")
    (pkg / "_compiled").mkdir()
    hashes = {}
    for m in LISTED:
        src = pkg.joinpath(*m.split(".")[1:]).with_suffix(".py")
        # (the source's digest as setup.py and accel compute it: the .py and the .pxd beside it, if any)
        hashes[m] = hashlib.sha256(src.read_bytes() + b"old").hexdigest() if stale else accel.source_digest(str(src))
        (pkg / "_compiled" / f"{m}{suffix}").write_bytes(b"not an ELF file")
    (pkg / "_compiled" / "manifest.json").write_text(json.dumps({"modules": hashes, "ext_suffix": suffix}))
    return tmp_path


def test_a_stale_manifest_hash_loads_the_source(tmp_path):
    state = json.loads(_run(STATE % (LISTED,), path=_fake_tree(tmp_path, stale=True)))
    assert state["compiled"] == [] and all(f.endswith(".py") for f in state["files"].values())


def test_a_current_hash_loads_the_extension_module(tmp_path):
    # the junk 'extension module' is what the import reaches: the finder hands it the listed module
    root = _fake_tree(tmp_path, stale=False)
    env = {k: v for k, v in os.environ.items() if k != "PLANWATCH_PURE"}
    env["PYTHONPATH"] = str(root)
    proc = subprocess.run([sys.executable, "-c", "import planwatch.extract"], capture_output=True, text=True, env=env)
    assert proc.returncode != 0 and f"_compiled{os.sep}planwatch." in proc.stderr, proc.stderr
    # with PLANWATCH_PURE=1 the same tree imports its sources
    state = json.loads(_run(STATE % (LISTED,), path=root, pure=True))
    assert state["compiled"] == [] and all(f.endswith(".py") for f in state["files"].values())


def test_modules_built_for_another_interpreter_are_not_loaded(tmp_path):
    root = _fake_tree(tmp_path, stale=False, suffix=".cpython-39-x86_64-linux-gnu.so")
    state = json.loads(_run(STATE % (LISTED,), path=root))
    assert state["compiled"] == [] and all(f.endswith(".py") for f in state["files"].values())


def test_modules_outside_the_list_are_left_to_python():
    finder = accel.CompiledFinder({"planwatch.extract.facts": "0" * 64}, sysconfig.get_config_var("EXT_SUFFIX"))
    assert finder.find_spec("planwatch.metadata") is None
    assert finder.find_spec("json") is None
    assert finder.find_spec("planwatch.extract.facts") is None  # hash differs


@pytest.mark.skipif(not os.environ.get("PLANWATCH_REQUIRE_COMPILED"),
                    reason="PLANWATCH_REQUIRE_COMPILED is not set (CI sets it: its machine has a C compiler)")
def test_ci_runs_the_compiled_modules():
    assert not os.environ.get("PLANWATCH_PURE"), "PLANWATCH_REQUIRE_COMPILED with PLANWATCH_PURE set"
    assert (COMPILED_DIR / "manifest.json").is_file(), f"the install built no compiled modules in {COMPILED_DIR}"
    assert _built() == list(LISTED), (_built(), LISTED)
    state = json.loads(_run(STATE % (LISTED,)))
    assert state["compiled"] == sorted(LISTED)
