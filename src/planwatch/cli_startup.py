"""What keeps the command line quick to start (issue 13), kept apart from the commands themselves.

Typer 0.29 coerces every option value through a pydantic ``TypeAdapter``: importing pydantic and
building the adapters costs more CPU than a short command itself. ``PlainCommand`` converts the
plain values our commands take (str, int, float, bool, Path, lists of them) directly and hands
anything else, and every value it would reject, to Typer's own conversion, so results and error
messages are Typer's. ``only_invoked`` builds just the command named on the command line instead of all
of them. Both rely on Typer internals and step aside when those are missing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

import typer
from typer.core import TyperCommand, TyperGroup

try:  # Typer's private coercion layer (0.29); without it Typer simply does its own conversion
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:  # pragma: no cover - another Typer version
    RuntimeParam = TypeDescriptor = None

_INT = re.compile(r"-?[0-9]{1,18}")
_FLOAT = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,15})?")


def _in_range(x: Any, info: Any) -> bool:
    return (info.min is None or x >= info.min) and (info.max is None or x <= info.max)


def _int(value: Any, info: Any) -> Any:
    if type(value) is int or (type(value) is str and _INT.fullmatch(value)):
        x = int(value)
        if _in_range(x, info):
            return x
    return _TYPER


def _float(value: Any, info: Any) -> Any:
    if type(value) in (int, float) or (type(value) is str and _FLOAT.fullmatch(value)):
        x = float(value)
        if _in_range(x, info):
            return x
    return _TYPER


def _str(value: Any, info: Any) -> Any:
    return value if type(value) is str else _TYPER


def _bool(value: Any, info: Any) -> Any:
    return value if type(value) is bool else _TYPER


_TYPER = object()  # "not a plain value: let Typer convert it"
_LEAF: dict[Any, Callable[[Any, Any], Any]] = {int: _int, float: _float, str: _str, bool: _bool}


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class _PlainParam(RuntimeParam):
        """A parameter's conversion without pydantic; what it cannot take goes to Typer's own."""

        descriptor: Any = None
        leaf: Any = None
        many: bool = False

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if self.many:
                out = [self._one(v, param, ctx) for v in value] if isinstance(value, (list, tuple)) else _TYPER
            else:
                out = self._one(value, param, ctx)
            if out is _TYPER or (self.many and _TYPER in out):
                return build_runtime_param(self.descriptor)._coerce_value(value, param, ctx)
            return out

        def _one(self, value: Any, param: Any, ctx: Any) -> Any:
            info = self.parameter_info
            if self.leaf is Path:
                if type(value) is str and value:
                    value = Path(value)
                elif not isinstance(value, Path):
                    return _TYPER
                # the existence, file and directory checks and their messages are Typer's
                return coerce_cli_path(value, info, path_type=Path, param=param, ctx=ctx)
            return self.leaf(value, info)


def _plain(descriptor: Any) -> Optional[Any]:
    """A pydantic-free conversion for a plain parameter, or None to leave it to Typer."""
    if RuntimeParam is None or descriptor.file_annotation is not None:
        return None
    info, ann = descriptor.parameter_info, descriptor.annotation
    if info.parser is not None or getattr(info, "click_type", None) is not None:
        return None
    many = getattr(ann, "__origin__", None) is list
    if many:
        args = getattr(ann, "__args__", ())
        if len(args) != 1:
            return None
        ann = args[0]
    path_checks = info.path_type is not None or info.allow_dash  # unusual path options: Typer's way
    if ann is Path and not path_checks:
        leaf: Any = Path
    elif ann in _LEAF and not info.clamp:
        leaf = _LEAF[ann]
    else:
        return None
    return _PlainParam(parameter_info=info, annotation=descriptor.annotation, descriptor=descriptor, leaf=leaf,
                       many=many)


def _use_plain(params: list[Any]) -> None:
    """Give each plain parameter its pydantic-free conversion before Typer builds its own."""
    if RuntimeParam is None:
        return
    for p in params:
        if getattr(p, "_runtime_param", False) is None and isinstance(getattr(p, "type_descriptor", None),
                                                                      TypeDescriptor):
            p._runtime_param = _plain(p.type_descriptor)


class PlainCommand(TyperCommand):
    """A Typer command whose plain parameters are converted without importing pydantic."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _use_plain(self.get_params(ctx))
        return super().parse_args(ctx, args)


class PlainGroup(TyperGroup):
    """A Typer group whose own options (--help) are converted without importing pydantic."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _use_plain(self.get_params(ctx))
        return super().parse_args(ctx, args)


def _name(info: Any) -> str:
    """A registered command's name on the command line (Typer's rule: the function name, _ → -)."""
    return info.name or info.callback.__name__.lower().replace("_", "-")


def only_invoked(app: typer.Typer, argv: list[str]) -> Optional[typer.Typer]:
    """A copy of ``app`` holding only the command ``argv`` names (building all of them costs more
    than most commands take); None when ``argv`` names no single command (help, a group, a typo)."""
    if not argv or argv[0].startswith("-"):
        return None
    hits = [c for c in app.registered_commands if _name(c) == argv[0]]
    if len(hits) != 1:
        return None
    import copy

    one = copy.copy(app)
    # a group callback that does nothing keeps the app a group (one command would become the app
    # itself and take "facts" as its first argument); the group has no options of its own
    one.registered_commands, one.registered_groups = hits, []
    one.registered_callback = typer.models.TyperInfo(callback=_nothing)
    return one


def _nothing() -> None:
    """The callback of a group of one command (only_invoked): there is nothing to do before it."""
