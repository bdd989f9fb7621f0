"""This session's blind sets printed as web pages print them (prn43, decision 295): an explainer's card whose sentences a
page sets one a paragraph ("【地区生产总值】去年实际完成4606.2亿元，增长4.3%。\\n\\n今年预期目标为增长5%左右。") lost this
year's target, read only where 今年 followed the 。 in the same paragraph. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _card(region: str, year: int, body: str) -> str:
    return (f"一图读懂｜{region}{year}年政府工作报告\n\n来源：{region}日报　发布时间：{year}-01-18 09:12\n\n"
            f"{region}第六届人民代表大会第四次会议开幕，市长代表市人民政府作政府工作报告。\n\n{body}\n\n（编辑：刘晓敏）\n")


# (the break between the card's sentences: a blank line, one line break, an indent a page sets)
_BREAKS = ["\n\n", "\n", "\n\u3000\u3000", "\n\n  "]

# (name and last year's sentence, this year's sentence, the key and the value expected)
_CARDS = [
    ("【地区生产总值】去年实际完成4606.2亿元，增长4.3%。", "今年预期目标为增长5%左右。", ("gdp", "target", "growth"), (5.0, "about")),
    ("【社会消费品零售总额】去年实际实现1786.3亿元，增长6.9%。", "今年预期增长6.5%。", ("retail_sales", "target", "growth"), (6.5, "eq")),
    ("规模以上工业增加值：去年实际增长6.2%，高于全省平均水平0.9个百分点。", "今年提出增长7%以上。",
     ("industrial_va", "target", "growth"), (7.0, "at_least")),
    ("一般公共预算收入：去年完成285.7亿元，同口径增长4.1%。", "今年确定增长3.5%。", ("general_budget_revenue", "target", "growth"), (3.5, "eq")),
    ("【城镇新增就业】去年新增4.9万人。", "今年确定实现新增4.5万人以上。", ("urban_new_jobs", "target", "level"), (4.5, "at_least")),
    ("固定资产投资：去年目标是增长12%，实际增长9.2%。", "今年提出增长10%以上。", ("fixed_asset_investment", "target", "growth"), (10.0, "at_least")),
]


@pytest.mark.parametrize("brk", _BREAKS)
@pytest.mark.parametrize("region,year", [("赣州市", 2024), ("衡阳市", 2025), ("南充市", 2023)])
@pytest.mark.parametrize("last,this,key,want", _CARDS)
def test_card_this_year_in_next_paragraph(last, this, key, want, region, year, brk):
    fs = keys_of(read(_card(region, year, last + brk + this), region=region, report_year=year))
    assert val(fs, (key[0], key[1], str(year), key[2])) == want


# (praise closing last year's sentence before the turn: "，创历史新高。")
@pytest.mark.parametrize("brk", _BREAKS)
@pytest.mark.parametrize("region,year,last,this,want", [
    ("河北省", 2025, "粮食产量：去年稳定在780亿斤以上，创历史新高。", "今年提出保持在770亿斤以上。", 770.0),
    ("河南省", 2024, "【粮食产量】去年达到1324.9亿斤，再创历史新高。", "今年提出稳定在1300亿斤以上。", 1300.0),
    ("四川省", 2023, "粮食产量：去年稳定在700亿斤以上，实现“三连增”。", "今年明确保持在700亿斤以上。", 700.0),
])
def test_card_after_praise_in_next_paragraph(region, year, last, this, want, brk):
    fs = keys_of(read(_card(region, year, last + brk + this), region=region, report_year=year))
    assert val(fs, ("grain_output", "target", str(year), "level")) == (want, "at_least")


# (this year's target in words, the card's pair of incomes)
@pytest.mark.parametrize("brk", _BREAKS)
@pytest.mark.parametrize("region,year", [("南充市", 2023), ("仙居县", 2019), ("绵阳市", 2022)])
def test_card_words_in_next_paragraph(region, year, brk):
    body = "城乡居民人均可支配收入：去年分别达到41580元和18930元。" + brk + "今年预期增长与经济增长同步。"
    fs = keys_of(read(_card(region, year, body), region=region, report_year=year))
    assert fs[("urban_disposable_income", "target", str(year), "growth")].qualifier == "qualitative"
    assert fs[("rural_disposable_income", "target", str(year), "growth")].qualifier == "qualitative"


# look-alikes that must not change: a paragraph after a sentence of several names, one opening on 今年以来, one on the
# year's list of targets (each name its own), one after no 。
@pytest.mark.parametrize("brk", _BREAKS)
def test_next_paragraph_lookalikes(brk):
    region, year = "赣州市", 2024
    body = ("去年全市地区生产总值增长4.3%，社会消费品零售总额增长6.9%。" + brk + "今年预期增长5%左右。" + "\n\n"
            + "【一般公共预算收入】去年完成285.7亿元。" + brk + "今年以来增长8.1%。" + "\n\n"
            + "【城镇新增就业】去年新增4.9万人。" + brk + "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。")
    fs = keys_of(read(_card(region, year, body), region=region, report_year=year))
    assert ("retail_sales", "target", "2024", "growth") not in fs
    assert ("general_budget_revenue", "target", "2024", "growth") not in fs
    assert ("urban_new_jobs", "target", "2024", "level") not in fs
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.0, "about")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (4.3, "eq")
