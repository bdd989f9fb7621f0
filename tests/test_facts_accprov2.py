"""Provincial and national reports of 2016–2021 (十三五 years, 2020 without a GDP target, the first
year of the 十四五) in shapes not seen before (branch accprov2): each class with the sentences that
must change and the look-alikes that must not."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def head(prov: str, year: int) -> str:
    return (f"政府工作报告\n——{year}年1月20日在{prov}第十三届人民代表大会第二次会议上\n一、{year - 1}年工作回顾\n"
            f"过去一年，全省地区生产总值增长7.1%。\n二、{year}年工作安排\n今年全省经济社会发展的主要预期目标是：")


# 1. A qualitative target ("城乡居民收入增长与经济增长同步", "能耗降低完成国家下达任务") followed by a
# clause of figures no indicator of its own names ("减少农村贫困人口100万人以上", the 脱贫攻坚 years'
# list item): the figures are that clause's, the qualitative target stands
@pytest.mark.parametrize("prov,year,item,after,keys", [
    ("河南省", 2016, "城乡居民收入增长与经济增长同步", "减少农村贫困人口100万人以上",
     ["urban_disposable_income", "rural_disposable_income"]),
    ("甘肃省", 2019, "城乡居民人均可支配收入增长与经济增长同步", "减少农村贫困人口60万人以上",
     ["urban_disposable_income", "rural_disposable_income"]),
    ("湖南省", 2018, "单位地区生产总值能耗降低完成国家下达任务", "减少农村贫困人口75万人以上", ["energy_intensity"]),
    ("云南省", 2020, "居民收入增长和经济增长基本同步", "实现剩余44.2万贫困人口全部脱贫", ["disposable_income"]),
    ("贵州省", 2017, "居民收入增长与经济增长同步", "易地扶贫搬迁75万人", ["disposable_income"]),
])
def test_qualitative_target_before_a_clause_of_other_figures(prov, year, item, after, keys):
    fs = facts(head(prov, year) + f"地区生产总值增长8%左右，{item}，{after}，城镇登记失业率控制在4.5%以内。")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (8, "about")
    for k in keys:
        f = fs[(k, "target", str(year), "growth")]
        assert (f.value, f.qualifier) == (None, "qualitative")
        assert f.quote.startswith(item[:4]) and "贫困" not in f.quote and "搬迁" not in f.quote
    assert val(fs, ("registered_unemployment_rate", "target", str(year), "share")) == (4.5, "at_most")


def test_figures_after_the_qualitative_words_that_fit_stay_the_target():
    # the figures after the words are the target itself when the names can take them
    fs = facts(head("四川省", 2018) + "地区生产总值增长7.5%左右，城乡居民人均可支配收入增长与经济增长同步，分别增长8%和9%左右。")
    assert val(fs, ("urban_disposable_income", "target", "2018", "growth")) == (8, "about")
    assert val(fs, ("rural_disposable_income", "target", "2018", "growth")) == (9, "about")


def test_no_qualitative_without_the_words():
    # no qualitative words: the other clause's figures give the names nothing
    fs = facts(head("河南省", 2016) + "地区生产总值增长8%左右，城乡居民收入稳定，减少农村贫困人口100万人以上。")
    assert ("urban_disposable_income", "target", "2016", "growth") not in fs
    assert ("rural_disposable_income", "target", "2016", "growth") not in fs
