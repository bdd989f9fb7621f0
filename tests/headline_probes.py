"""The headline rounds' shared test setup (hdl54, hdl55): a report's heading over a probed paragraph, the region's GDP
growth fact, and the probe files of tests/data/ (one wording a row: region, year, body, then the expected fact)."""
from __future__ import annotations

from pathlib import Path

import pytest

from factkeys import keys_of, read

DATA = Path(__file__).parent / "data"


def report(region: str, year: int, body: str) -> str:
    """A report's heading naming the region and the year, then the paragraph probed."""
    return f"{region}人民政府工作报告\n——{year}年1月15日在{region}人民代表大会上\n\n{body}\n"


def gdp(d, role: str, period: str):
    """(value, value_high, qualifier) of the region's GDP growth fact under ROLE and PERIOD, or None."""
    f = keys_of(d).get(("gdp", role, period, "growth"))
    return None if f is None else (f.value, f.value_high, f.qualifier)


def probes(name: str) -> list:
    """The rows of tests/data/NAME as pytest params, each with its first column as its id."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(pytest.param(*line.split("\t")[1:], id=line.split("\t")[0]))
    return rows


def _num(s: str):
    return None if s == "-" else float(s)


def check_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier) -> None:
    """A probe's body read under its heading (or as a whole page where it opens with @): the fact expected, or none."""
    body = body.replace("\\n", "\n").replace("\\t", "\t")  # (\t a table's cell break: hdl61)
    text = body[1:] + "\n" if body.startswith("@") else report(region, int(year), body)
    f = keys_of(read(text)).get((ind, role, period, measure))
    if value == "absent":
        assert f is None, (f.value, f.quote)
    else:
        assert f is not None
        assert (f.value, f.value_high, f.qualifier) == (_num(value), _num(value_high), qualifier)
