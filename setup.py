"""The optional compiled accelerator: the hot extraction modules compiled with Cython.

Each module listed in ``COMPILED`` is copied at its package path into a build directory, cythonized there
under its real dotted name and compiled (in parallel). The extension modules are NOT written next to the
.py files (they would shadow an edited source): they go to ``planwatch/_compiled/`` (``src/planwatch/_compiled/``
for an editable install, the wheel's ``planwatch/_compiled/`` otherwise) with ``manifest.json``, the sha256 of
the source each was built from. ``planwatch/accel.py`` loads one only while its source is unchanged.

The build is optional: without Cython or a C compiler one warning line is printed and the pure-Python
package is installed, which works the same, only slower.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
# the modules the extraction spends its time in (see docs/benchmarks.md for what the others would bring)
COMPILED = (
    "planwatch.extract.analysis",
    "planwatch.extract.facts",
    "planwatch.extract.numbers",
    "planwatch.extract.pledges",
    "planwatch.extract.prefilter",
    "planwatch.extract.projects",
    # what extraction calls outside extract/ (offsets back to the text as read, a section by position,
    # a region's short name) and the normalisation every document goes through
    "planwatch.normalize",
    "planwatch.regions",
    "planwatch.structure",
)
# annotations read as types (Cython's default): a `str` argument is indexed and sliced as a str, not through
# the generic protocol (pledges' own instructions 148 → 57 M). It also makes a `float` argument a C double and
# a `str`/`list` one refuse None: the six modules' annotations are kept true (a `float` is only ever given a
# number whose int-ness `numbers.clean` restores), and tests/test_compiled.py compares both modes' output
DIRECTIVES = {"language_level": 3, "annotation_typing": True}
# regions and structure keep Python's semantics whole (annotations not read as types): read as types they
# gained nothing measurable (docs/benchmarks.md). The annotations of all nine modules are checked true on
# recorded calls (tests/test_annotations.py), so either can be moved out of UNTYPED without an audit
UNTYPED = frozenset({"planwatch.regions", "planwatch.structure"})
# -O3: 38.72 -> 38.23 M instructions a report against -O2, the same output (docs/benchmarks.md; -Os was +5.6 %)
# -fno-tree-pta: gcc's points-to analysis was 84 % of facts.c's compile (3,092 of 3,662 CPU seconds, -ftime-report,
# 2026-12-07), the step that grew CI's build from 1,804 s to 3,062 s; code semantics are unchanged (an analysis pass)
CFLAGS = ["-O3", "-g0", "-fno-tree-pta"]


def _source(name: str) -> Path:
    return SRC.joinpath(*name.split(".")).with_suffix(".py")


def source_digest(py: Path) -> str:
    """The sha256 a module's extension is built from: its .py, and the .pxd beside it if any (the extension types it
    declares); planwatch/accel.py computes the same to tell a fresh extension from a stale one."""
    h = hashlib.sha256(py.read_bytes())
    pxd = py.with_suffix(".pxd")
    if pxd.is_file():
        h.update(b"\0" + pxd.read_bytes())
    return h.hexdigest()


def _warn(reason: str) -> None:
    print(f"WARNING: planwatch's compiled accelerator was not built ({reason}); "
          "the pure-Python package is installed and works the same, only slower", file=sys.stderr, flush=True)


class BuildCompiled(build_ext):
    """Cythonize and compile ``COMPILED`` into ``planwatch/_compiled/``; never fails the install."""

    def run(self) -> None:
        self._written: list[str] = []
        target = SRC / "planwatch" / "_compiled" if (self.inplace or self.editable_mode) \
            else Path(self.build_lib) / "planwatch" / "_compiled"
        try:
            from Cython.Build import cythonize
        except ImportError:
            _warn("Cython is not installed")
            return
        try:
            self._build(cythonize, target)
        except Exception as exc:  # no compiler, no Python headers, a Cython error: the pure package still works
            said = " ".join(str(exc).split())
            _warn(f"{type(exc).__name__}: {said[:150] + ' …' if len(said) > 150 else said}")

    def _build(self, cythonize, target: Path) -> None:
        work = Path(self.build_temp) / "planwatch-cython"
        shutil.rmtree(work, ignore_errors=True)
        exts, hashes = [], {}
        for name in COMPILED:
            src = _source(name)
            dst = work.joinpath(*name.split(".")).with_suffix(".py")
            dst.parent.mkdir(parents=True, exist_ok=True)
            for pkg in dst.relative_to(work).parents:  # the packages make Cython see the real dotted name
                if pkg != Path("."):
                    (work / pkg / "__init__.py").touch()
            shutil.copyfile(src, dst)
            if src.with_suffix(".pxd").is_file():  # (an augmenting .pxd: the module's records as extension types)
                shutil.copyfile(src.with_suffix(".pxd"), dst.with_suffix(".pxd"))
            hashes[name] = source_digest(src)
            exts.append(Extension(name, [str(dst)]))
        jobs = os.cpu_count() or 1
        cythonized = {}
        for group, directives in (([e for e in exts if e.name not in UNTYPED], DIRECTIVES),
                                  ([e for e in exts if e.name in UNTYPED], DIRECTIVES | {"annotation_typing": False})):
            if group:
                cythonized |= {e.name: e for e in cythonize(group, compiler_directives=directives, quiet=True,
                                                            force=True, nthreads=jobs if jobs > 1 else 0)}
        for ext in self.extensions:  # setuptools' own Extension objects (finalized), with the C sources now
            ext.sources = cythonized[ext.name].sources
            ext.extra_compile_args = CFLAGS
        self.parallel = jobs
        self._staging = work / "out"
        super(build_ext, self).run()  # distutils' run (setuptools' would copy next to the sources when inplace)
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        target.mkdir(parents=True, exist_ok=True)
        for old in target.iterdir():  # a previous build's modules, for any interpreter
            if old.suffix in (".so", ".pyd") or old.name == "manifest.json":
                old.unlink()
        for name in COMPILED:
            out = target / f"{name}{suffix}"
            shutil.copyfile(self.get_ext_fullpath(name), out)
            self._written.append(str(out))
        manifest = {"modules": hashes, "ext_suffix": suffix, "cython": __import__("Cython").__version__,
                    "cflags": CFLAGS, "directives": {k: v for k, v in DIRECTIVES.items()},
                    "untyped": sorted(UNTYPED)}
        (target / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        self._written.append(str(target / "manifest.json"))

    def get_ext_fullpath(self, ext_name: str) -> str:
        staging = getattr(self, "_staging", None)
        if staging is None:
            return super().get_ext_fullpath(ext_name)
        return str(staging / f"{ext_name}{sysconfig.get_config_var('EXT_SUFFIX')}")

    def get_outputs(self) -> list[str]:
        return list(getattr(self, "_written", []))

    def get_output_mapping(self) -> dict[str, str]:
        return {}


# placeholders: they make the distribution a platform one (the wheel is tagged for this interpreter);
# BuildCompiled replaces them with the cythonized extensions
setup(ext_modules=[Extension(name, [str(_source(name).relative_to(ROOT))]) for name in COMPILED],
      cmdclass={"build_ext": BuildCompiled})
