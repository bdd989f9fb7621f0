"""The mention path's region tables built once (issue 13, speed): the divisions below a region come
from an index by parent, not from a scan of every region at each call."""
from __future__ import annotations

import copy

from planwatch.regions import NATIONAL_CODE, Gazetteer, gazetteer


def _scan(g: Gazetteer, code: str | None) -> list:
    """What ``children`` gave when it read every region at each call."""
    if code == NATIONAL_CODE:
        return [r for r in g.by_code.values() if r.level == "province" and r.current]
    return [r for r in g.by_code.values() if r.parent_code == code and r.current]


def test_children_are_those_of_a_scan_for_every_region_in_order():
    g = gazetteer()
    codes = list(g.by_code) + [NATIONAL_CODE, "999999", None]
    for code in codes:
        assert g.children(code) == _scan(g, code), code
    assert {r.name for r in g.children("420000")} >= {"武汉市", "襄阳市", "宜昌市", "神农架林区"}
    assert all(r.current for r in g.children("130500"))  # (a renamed district's old name is not a child)


def test_children_are_read_from_an_index_and_handed_out_as_copies():
    g = copy.copy(gazetteer())
    g.__dict__.pop("_kids", None)
    first = g.children("430200")  # 株洲市's districts, counties and 醴陵市
    assert "醴陵市" in {r.name for r in first}

    class NoScan(dict):
        def values(self):
            raise AssertionError("children() scanned every region")

    g.by_code = NoScan(g.by_code)
    assert g.children("430200") == first
    assert {r.name for r in g.children("430000")} >= {"长沙市", "株洲市"}
    first.clear()  # (a caller's list is its own)
    assert g.children("430200")
