"""Session nwp32: news pages restating a province's report, simplified and traditional, blind; here Taiwan's 兆
(a million millions) written for 万亿 beside an amount in yuan."""
from __future__ import annotations

from factkeys import facts, val  # tests/factkeys.py


def test_taiwan_zhao_yuan_is_wan_yi_yuan():
    # a 中央社 page: 兆元 is 万亿元; the New Taiwan dollar gloss in brackets gives no second figure
    text = ("中國大陸江西省人大會議今天開幕，省長在政府工作報告中表示，2018年江西地區生產總值達到2.2兆元人民幣"
            "（約新台幣10兆元），成長8.7%；社會消費品零售總額0.77兆元，成長11%。\n")
    fs = facts(text, report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "level")) == (2.2, "eq")
    assert fs[("gdp", "actual", "2018", "level")].unit == "万亿元"
    assert val(fs, ("retail_sales", "actual", "2018", "level")) == (0.77, "eq")
    assert fs[("retail_sales", "actual", "2018", "level")].unit == "万亿元"


def test_zhao_yuan_in_a_target_and_not_zhao_wa():
    # a target in 兆元 reads as 万亿元; 兆瓦 (megawatts) is not an amount in yuan
    text = ("報告提出，今年河南固定資產投資達到1.5兆元以上。全年新增風電裝機容量3000兆瓦。\n")
    fs = facts(text, report_year=2019)
    f = fs[("fixed_asset_investment", "target", "2019", "level")]
    assert (f.value, f.unit, f.qualifier) == (1.5, "万亿元", "at_least")
    assert all(f.unit != "万亿元" or f.value != 3000 for f in fs.values())
