"""Helper pl28: pledges in the task parts of city, county and district work reports of 2019–2025 (a blind round)."""
from __future__ import annotations

import pytest

from taskdoc import pledges  # tests/taskdoc.py


# who moves written before 新增 and the whole work after it: the people moved are what is counted, as without 新增
# ("农村劳动力转移就业1.2万人")
@pytest.mark.parametrize("sent,item", [
    ("城镇新增就业5000人，农村劳动力新增转移就业1万人。", ("新增转移就业", "农村劳动力", 1, "万人")),
    ("全县农村劳动力新增转移就业8000人以上，其中省外转移4000人。", ("新增转移就业", "农村劳动力", 8000, "人")),
    ("农村富余劳动力新增转移输出3万人。", ("新增转移输出", "农村富余劳动力", 3, "万人")),
    ("新增转移就业农村劳动力6000人。", ("新增转移就业", "农村劳动力", 6000, "人")),
])
def test_new_transfer_keeps_who_is_moved(sent, item):
    got = pledges(sent)
    assert item in got, got
    assert not any(p[1] in ("转移就业", "转移输出") for p in got), got


# look-alikes: 新增 before the people and the work, 新增 before 转移支付 (funds, no work), and 城镇新增就业 stay as they were
@pytest.mark.parametrize("sent,item", [
    ("新增农村劳动力转移就业2万人。", ("转移就业", "农村劳动力", 2, "万人")),
    ("全年新增转移农村劳动力1.5万人。", ("转移", "农村劳动力", 1.5, "万人")),
    ("新增转移支付资金5亿元。", ("新增", "转移支付资金", 5, "亿元")),
    ("城镇新增就业3000人。", ("新增", "城镇新增就业", 3000, "人")),
])
def test_other_new_and_transfer_shapes_unchanged(sent, item):
    assert item in pledges(sent)
