"""Decision 322 (prv45): whole provincial government work reports of 2016–2018. A single place whose name opens with a
Chinese numeral and a counting word and is no division (五台山, 九眼桥: cues.tsv numeral_names) is no count after a verb,
as the divisions so named already were (三台县, 七台河市); a count of machines or works written in numerals stays."""
from __future__ import annotations

import pytest

from taskdoc import pledges


# a named place after a verb: the numeral and the counting word (台, 眼, 间) open the name, nothing is counted
@pytest.mark.parametrize("body,unit", [
    ("推动五台山、云冈石窟、平遥古城景区提档升级，全年接待游客增长15%。", "台"),  # a mountain after 推动
    ("建设三台山森林公园，完成造林绿化2万亩。", "台"),  # a mountain park after 建设
    ("改造提升九眼桥片区，新建城市公园5个。", "眼"),  # a bridge's quarter after 改造提升
    ("学习推广九间棚经验，新建村级服务站50个。", "间"),  # a village's way of working after 推广
])
def test_a_place_named_with_a_numeral_is_no_count(body, unit):
    got = pledges(body)
    assert not any(u == unit for _, _, _, u in got), got
    assert len(got) == 1, got  # (the clause's real count after it stays)


# look-alikes that must not change: machines or works counted in numerals after a verb, and a division so named
@pytest.mark.parametrize("body,want", [
    # (a count of fire engines in numerals: 五台 is no name's start here)
    ("新购置五台消防车，新建消防站2个。", {("新购置", "消防车", 5, "台"), ("新建", "消防站", 2, "个")}),
    # (座山塘: a count of ponds, the name list holds no 九座山)
    ("整治九座山塘水库，新建农村公路50公里。", {("整治", "山塘水库", 9, "座"), ("新建", "农村公路", 50, "公里")}),
    # (a division opening with a numeral, read from the gazetteer before this decision too)
    ("改造五台县人民医院，新建乡镇卫生院3所。", {("新建", "乡镇卫生院", 3, "所")}),
    # (the names are read only where written whole: 五台 before 机组 counts)
    ("新增五台风电机组，新建升压站1座。", None),
])
def test_counts_in_numerals_stay(body, want):
    got = pledges(body)
    if want is None:
        assert any(v == 5 and u == "台" for _, _, v, u in got), got
    else:
        assert got == want, got
