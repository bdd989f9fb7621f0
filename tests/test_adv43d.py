"""The newest rules under attack (adv43d, decision 299): an explainer card whose indicator's name stands in brackets
("【地区生产总值】去年完成4401.1亿元，增长1.9%。") lost last year's figures (the year after the name was read as dating the
figure only after a colon), and a card's bracketed name set alone on its line over the card's sentences, as a phone page
sets it ("【地区生产总值】\\n\\n去年完成4401.1亿元，增长1.9%。\\n\\n今年预期目标为增长6.5%左右。"), lost every figure under it.
With look-alikes that must not change."""
import pytest

from factkeys import key_values, read


def _card(region: str, year: int, body: str) -> str:
    return (f"一图读懂丨{year}年{region}政府工作报告\n\n来源：{region}融媒体中心　{year}-01-20 08:30\n\n"
            f"{region}人民代表大会会议开幕，报告里有哪些关键数据？一起来看。\n\n{body}\n\n（责任编辑：王珊）\n")


_PLACES = [("遵义市", 2023), ("襄阳市", 2021), ("天水市", 2025)]

# (the card's name, its last year's sentence, the facts of last year expected: measure -> value)
_CARDS = [
    ("地区生产总值", "去年完成4401.1亿元，增长1.9%。", ("gdp", {"level": 4401.1, "growth": 1.9})),
    ("一般公共预算收入", "去年实现182.6亿元，同比增长2.1%。", ("general_budget_revenue", {"level": 182.6, "growth": 2.1})),
    ("社会消费品零售总额", "上年完成1180亿元，下降1.2%。", ("retail_sales", {"level": 1180.0, "growth": -1.2})),
    ("规模以上工业增加值", "去年增长5.6%。", ("industrial_va", {"growth": 5.6})),
]

# (how the name's bracket meets the sentence: the same line, a colon after it, its own line, its own paragraph)
_JOINS = ["", "：", "\n", "\n\n"]


@pytest.mark.parametrize("join", _JOINS)
@pytest.mark.parametrize("region,year", _PLACES)
@pytest.mark.parametrize("name,last,want", _CARDS)
def test_bracketed_card_last_year(name, last, want, region, year, join):
    kv = key_values(read(_card(region, year, f"【{name}】{join}{last}"), region=region, report_year=year))
    ind, vals = want
    for measure, v in vals.items():
        assert kv.get((ind, "actual", str(year - 1), measure), (None,))[0] == v


@pytest.mark.parametrize("join", ["\n", "\n\n"])
@pytest.mark.parametrize("region,year", _PLACES)
def test_card_head_alone_then_this_year(region, year, join):
    body = f"【地区生产总值】{join}去年完成4401.1亿元，增长1.9%。\n\n今年预期目标为增长6.5%左右。"
    kv = key_values(read(_card(region, year, body), region=region, report_year=year))
    assert kv.get(("gdp", "target", str(year), "growth")) == (6.5, "about")
    assert kv.get(("gdp", "actual", str(year - 1), "growth")) == (1.9, "eq")


# look-alikes: a head naming no indicator over a sentence of its own names; the year so far under a card's head; a
# sentence of several names followed by a bare this-year paragraph
@pytest.mark.parametrize("region,year", _PLACES)
def test_look_alikes_unchanged(region, year):
    kv = key_values(read(_card(region, year, "【关键数据】\n\n去年全市地区生产总值增长4.3%。"), region=region, report_year=year))
    assert kv.get(("gdp", "actual", str(year - 1), "growth")) == (4.3, "eq")
    kv = key_values(read(_card(region, year, "【社会消费品零售总额】\n\n今年以来，全市消费市场加快回暖，春节假期增长8.6%。"),
                         region=region, report_year=year))
    assert ("retail_sales", "target", str(year), "growth") not in kv
    kv = key_values(read(_card(region, year, "【规上工业增加值和固定资产投资】\n\n去年全市规上工业增加值增长2.5%，固定资产投资"
                                             "增长3.1%。\n\n今年预期增长7%左右。"), region=region, report_year=year))
    assert ("industrial_va", "target", str(year), "growth") not in kv
    assert ("fixed_asset_investment", "target", str(year), "growth") not in kv
    assert kv.get(("industrial_va", "actual", str(year - 1), "growth")) == (2.5, "eq")


# a count's last year written with its own verb, 新增, after a card's label or past the year so far's ；
@pytest.mark.parametrize("region,year", _PLACES)
@pytest.mark.parametrize("body,want", [
    ("城镇新增就业：去年新增4.9万人。", 4.9),
    ("【城镇新增就业】去年新增5.3万人。", 5.3),
    ("【城镇新增就业】今年以来新增0.6万人；上年新增6.2万人。", 6.2),
    ("城镇新增就业：今年以来新增0.8万人；去年新增5.1万人。", 5.1),
])
def test_count_last_year_new(body, want, region, year):
    kv = key_values(read(_card(region, year, body), region=region, report_year=year))
    assert kv.get(("urban_new_jobs", "actual", str(year - 1), "level")) == (want, "eq")


# look-alikes: the year so far's base (上年同期), an amount's increase (no level)
@pytest.mark.parametrize("region,year", _PLACES)
def test_new_look_alikes(region, year):
    kv = key_values(read(_card(region, year, "城镇新增就业：今年以来新增0.6万人；上年同期新增0.5万人。"), region=region,
                         report_year=year))
    assert ("urban_new_jobs", "actual", str(year - 1), "level") not in kv
    kv = key_values(read(_card(region, year, "地区生产总值：去年新增320亿元。"), region=region, report_year=year))
    assert ("gdp", "actual", str(year - 1), "level") not in kv
