"""The extractors make their Fact, Pledge and Project records with the fields given by position (keywords
cost a dict made and read back at each record: the type's call turns them into a dict, its __init__ back
into names). These tests hold the field order those calls are written in: a field moved or added before
the last fails here, and the calls in facts.py (two, and its figures' Value with a period hint), pledges.py
and projects.py must follow."""
from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from planwatch.extract.facts import Value
from planwatch.model import Fact, Pledge, Project

SRC = Path(__file__).resolve().parent.parent / "src" / "planwatch" / "extract"

ORDER = {
    Fact: ("indicator", "role", "period", "measure", "value", "value_high", "unit", "qualifier", "scope", "quote",
           "start", "end", "section", "confidence", "note"),
    Pledge: ("action", "object", "value", "value_high", "unit", "qualifier", "period", "quote", "start", "end",
             "object_norm", "category", "section"),
    Project: ("name", "kind", "status", "year", "part", "quote", "start", "end", "section"),
    # (facts' figures: the scope and the period hint given by position where a figure has a period hint)
    Value: ("measure", "value", "value_high", "unit", "qualifier", "start", "end", "verb", "scope", "period_hint",
            "role_hint", "year_hint"),
}


@pytest.mark.parametrize("cls", list(ORDER), ids=lambda c: c.__name__)
def test_the_records_fields_are_in_the_order_the_extractors_give_them(cls):
    # (Value is an extension type compiled, a class with slots in pure Python: its FIELDS are its __init__'s order)
    names = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else cls.FIELDS
    assert names == ORDER[cls]  # (and the next test: its __init__ takes them in that order)


@pytest.mark.parametrize("cls", list(ORDER), ids=lambda c: c.__name__)
def test_a_record_by_position_is_the_record_by_keyword(cls):
    values = [f"{n}!" if n not in ("value", "value_high", "start", "end", "confidence") else i if n in ("start", "end")
              else float(i) for i, n in enumerate(ORDER[cls])]
    assert cls(*values) == cls(**dict(zip(ORDER[cls], values)))


def _calls(module: str, name: str) -> list[ast.Call]:
    tree = ast.parse((SRC / module).read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == name]


# (pledges.py: four, the second a 数读 page's figure above its caption, _caption_pledge, the third a share of units
# first, _share_of_units, the fourth the region's share of the level above's task, _region_shares: the whole's action
# and object, the share's figure — decision 499)
@pytest.mark.parametrize("module, cls, count", [("facts.py", Fact, 2), ("pledges.py", Pledge, 4),
                                                ("projects.py", Project, 1)])
def test_each_record_made_in_the_extractors_gives_every_field_by_position(module, cls, count):
    calls = _calls(module, cls.__name__)
    assert len(calls) == count
    for c in calls:
        # (every field: one left to its default would shift nothing now, but a field added before it would)
        assert not c.keywords and len(c.args) == len(ORDER[cls]), ast.unparse(c)[:120]


def test_the_figures_with_a_period_hint_give_it_by_position():
    calls = [c for c in _calls("facts.py", "Value") if len(c.args) >= 10]
    assert len(calls) >= 3 and not any(k.arg in ORDER[Value][:10] for c in calls for k in c.keywords)
