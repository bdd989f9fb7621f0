"""The optional compiled accelerator's loader (the build is in setup.py).

``planwatch/_compiled/`` holds the hot modules compiled with Cython and ``manifest.json``, the sha256 of
the source each was built from (its .py and the .pxd beside it, if any). A finder placed first on ``sys.meta_path``
loads a listed module from its extension module only while that hash is that of the source now beside it, so an edited source
is always what runs (at pure-Python speed until the install command is run again). ``PLANWATCH_PURE=1``
turns the accelerator off. Extension modules use multi-phase initialisation: the module's name comes
from the spec, so ``__module__``, pickling and relative imports are those of the pure modules.
"""
from __future__ import annotations

import os
import sys

_PKG = os.path.dirname(os.path.abspath(__file__))
_DIR = os.path.join(_PKG, "_compiled")
_MANIFEST = os.path.join(_DIR, "manifest.json")


def _pure() -> bool:
    return os.environ.get("PLANWATCH_PURE", "") not in ("", "0")


def _manifest() -> tuple[dict[str, str], str]:
    """(dotted name -> sha256 of its source, extension suffix) of the compiled modules usable here."""
    try:
        with open(_MANIFEST, "rb") as fh:
            raw = fh.read()
    except OSError:
        return {}, ""
    import json

    try:
        data = json.loads(raw)
    except ValueError:
        return {}, ""
    from importlib.machinery import EXTENSION_SUFFIXES

    if not isinstance(data, dict) or data.get("ext_suffix") not in EXTENSION_SUFFIXES:
        return {}, ""  # built for another interpreter
    mods = data.get("modules")
    return (mods, data["ext_suffix"]) if isinstance(mods, dict) else ({}, "")


def source_digest(py: str) -> str:
    """The sha256 of a module's source as setup.py computes it: the .py, and the .pxd beside it if any."""
    import hashlib

    with open(py, "rb") as fh:
        h = hashlib.sha256(fh.read())
    pxd = py[:-3] + ".pxd"
    if os.path.isfile(pxd):
        with open(pxd, "rb") as fh:
            h.update(b"\0" + fh.read())
    return h.hexdigest()


class CompiledFinder:
    """A meta-path finder: the spec of a listed module's extension module when it is fresh, else None."""

    def __init__(self, modules: dict[str, str], suffix: str):
        self.modules = modules  # dotted name -> sha256 of the source it was built from (source_digest)
        self.suffix = suffix
        self._fresh: dict[str, str | None] = {}

    def so_path(self, fullname: str) -> str | None:
        """The extension module that may stand for ``fullname`` now, or None (its .py then runs)."""
        if fullname in self._fresh:
            return self._fresh[fullname]
        want = self.modules.get(fullname)
        path = None
        if want is not None:
            so = os.path.join(_DIR, fullname + self.suffix)
            py = os.path.join(_PKG, *fullname.split(".")[1:]) + ".py"
            try:
                if source_digest(py) == want and os.path.isfile(so):
                    path = so
            except OSError:
                pass
        self._fresh[fullname] = path
        return path

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.modules:
            return None
        so = self.so_path(fullname)
        if so is None:
            return None
        from importlib.machinery import ExtensionFileLoader
        from importlib.util import spec_from_file_location

        return spec_from_file_location(fullname, so, loader=ExtensionFileLoader(fullname, so))


_FINDER: CompiledFinder | None = None


def install() -> None:
    """Put the finder first on sys.meta_path when compiled modules exist and PLANWATCH_PURE is not set."""
    global _FINDER
    if _FINDER is not None or _pure():
        return
    mods, suffix = _manifest()
    if not mods:
        return
    _FINDER = CompiledFinder(mods, suffix)
    sys.meta_path.insert(0, _FINDER)


def compiled_modules() -> list[str]:
    """The modules that run compiled in this process: those imported from their extension module, and
    those not imported yet that will be (fresh and not turned off)."""
    out = []
    for name in sorted(_FINDER.modules if _FINDER is not None else ()):
        mod = sys.modules.get(name)
        if mod is not None:
            origin = getattr(getattr(mod, "__spec__", None), "origin", None) or ""
            if origin.startswith(_DIR + os.sep):
                out.append(name)
        elif _FINDER.so_path(name) is not None:
            out.append(name)
    return out


def describe() -> str:
    """'compiled (N modules)' or 'pure Python', for benchmarks and reports."""
    n = len(compiled_modules())
    return f"compiled ({n} modules)" if n else "pure Python"
