"""The command line's quick start (cli_startup): values converted without pydantic come out exactly
as Typer's own conversion makes them, errors included, and only the invoked command is built."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param

from planwatch.cli import app
from planwatch.cli_startup import _plain, only_invoked

SAMPLES = ["0", "12", "-3", "007", "+5", " 5", "5 ", "1e3", "1.5", "-0.25", ".5", "5.", "abc", "", "3600", "3601",
           "-1", "１２", "1_000", "٣", "99999999999999999999999", "nan", "inf", "examples", "no/such/file",
           "报告.txt", 0, 7, 10.0, 2.5, True, None, Path("export")]


def _params():
    """(command, parameter) for every parameter of every command (and of the users group)."""
    def walk(group):
        for cmd in group.commands.values():
            if hasattr(cmd, "commands"):
                yield from walk(cmd)
            else:
                for p in cmd.get_params(Context(cmd)):
                    if hasattr(p, "type_descriptor"):
                        yield cmd, p
    return list(walk(typer.main.get_command(app)))


def _outcome(runtime, value, param, ctx):
    try:
        out = runtime.coerce(value, param=param, ctx=ctx)
        return "ok", type(out).__name__, repr(out)  # repr: types inside lists count, and nan equals nan
    except BadParameter as exc:
        return "error", exc.format_message()
    except Exception as exc:  # noqa: BLE001 - the same failure either way is what counts
        return "raised", type(exc).__name__


def test_plain_conversion_equals_typers_own():
    checked = 0
    for cmd, p in _params():
        fast = _plain(p.type_descriptor)
        if fast is None:
            continue
        ctx = Context(cmd)
        multi = p.multiple or p.nargs == -1
        for v in SAMPLES:
            values = [(v,), (v, "12")] if multi and v is not None else [v]
            for value in values:
                want = _outcome(build_runtime_param(p.type_descriptor), value, p, ctx)
                assert _outcome(fast, value, p, ctx) == want, (cmd.name, p.name, value)
                checked += 1
    assert checked > 500


def test_only_the_named_command_is_built():
    one = only_invoked(app, ["facts", "x.txt"])
    assert [c.callback.__name__ for c in one.registered_commands] == ["facts"] and not one.registered_groups
    assert len(app.registered_commands) > 10  # the app itself is left whole
    group = typer.main.get_command(one)
    assert list(group.commands) == ["facts"]
    for argv in ([], ["--help"], ["users", "list"], ["fact"], ["-x", "facts"]):
        assert only_invoked(app, argv) is None, argv


@pytest.mark.parametrize("argv", [["eval", "--help"], ["pledges", "--help"], ["facts", "--help"]])
def test_a_command_alone_shows_the_same_help(argv, capsys):
    def run(a):
        with pytest.raises(SystemExit):
            typer.main.get_command(a)(argv, prog_name="planwatch")
        return capsys.readouterr().out

    assert run(only_invoked(app, argv)) == run(app)
