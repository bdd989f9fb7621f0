"""News pages on a city's or county's report, blind (nws42, decision 276): a headline's figure the body states again
yielded to any later figure of the key with another qualifier (a deputy's "6%左右的目标", the paper's city's target); a
place named after the time that opens its clause ("今年青岛提出地区生产总值增长6%左右") gave its target to the county
reported on; a comparison word before the target it names ("高于预期的5%", "超过年度计划10%") bounded the target's
figure; an explainer's card turning to this year with who set it ("今年提出增长10%以上") lost this year's target. Each
with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read


def _page(city: str, county: str, body: str, headline: str | None = None, year: int = 2023) -> str:
    head = headline or f"{county}政府工作报告出炉"
    return (f"{head}\n{city[:-1]}日报 {year}-01-09　记者 孙晓 通讯员 于波\n\n"
            f"本报讯　1月8日上午，{county}第十九届人民代表大会第三次会议开幕，市长林科作政府工作报告。\n\n"
            f"报告显示，{year - 1}年，{county}实现地区生产总值926.8亿元，增长4.2%。\n\n{body}\n")


# 1. a headline's figure the body states again keeps its place; only the body's first statement may say more
@pytest.mark.parametrize("city,county", [("青岛市", "平度市"), ("苏州市", "昆山市"), ("长沙市", "浏阳市")])
@pytest.mark.parametrize("later", ["代表们认为，实现地区生产总值增长6%左右的目标，需要付出艰苦努力。",
                                   "记者注意到，地区生产总值增长6%以上的目标与省里相衔接。"])
def test_a_headline_figure_restated_keeps_its_qualifier(city, county, later):
    body = f"{2023}年经济社会发展的主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。\n\n{later}"
    fs = keys_of(read(_page(city, county, body, f"{county[:-1]}：今年地区生产总值预期增长6%")))
    f = fs[("gdp", "target", "2023", "growth")]
    assert (f.value, f.qualifier) == (6, "eq"), (f.value, f.qualifier, f.quote)


@pytest.mark.parametrize("body,want", [
    # (look-alikes: the body's first statement says more, it wins as before)
    ("2023年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。", (6, "about")),
    ("2023年经济社会发展的主要预期目标是：一般公共预算收入增长5%。今年地区生产总值增长6%以上。", (6, "at_least")),
])
def test_the_bodys_first_statement_still_says_more(body, want):
    fs = keys_of(read(_page("青岛市", "平度市", body, "平度：今年地区生产总值预期增长6%")))
    f = fs[("gdp", "target", "2023", "growth")]
    assert (f.value, f.qualifier) == want


# 2. a place after the time opening its clause, then its verb of setting: its figure is its own
@pytest.mark.parametrize("city,county", [("青岛市", "平度市"), ("苏州市", "昆山市"), ("长沙市", "浏阳市"), ("金华市", "义乌市")])
@pytest.mark.parametrize("name", ["{short}", "{city}"])
@pytest.mark.parametrize("time,verb", [("今年", "提出"), ("2023年", "确定"), ("今年", "明确")])
def test_a_place_after_the_time_keeps_its_target(city, county, name, time, verb):
    who = name.format(short=city[:-1], city=city)
    body = (f"去年，{city}地区生产总值增长3.9%；{time}{who}{verb}地区生产总值增长7.5%左右。\n\n"
            f"{county}主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。")
    fs = keys_of(read(_page(city, county, body)))
    f = fs[("gdp", "target", "2023", "growth")]
    assert (f.value, f.qualifier) == (6, "eq"), (f.value, f.qualifier, f.quote)


@pytest.mark.parametrize("body,want", [
    # (look-alikes: the region's own words after the time, and the report itself after it, stay the region's)
    ("今年全市提出地区生产总值增长7.5%左右。", (7.5, "about")),
    ("今年报告提出地区生产总值增长7.5%左右。", (7.5, "about")),
    ("2023年全市确定地区生产总值增长7.5%左右。", (7.5, "about")),
])
def test_the_regions_own_setting_after_the_time_unchanged(body, want):
    fs = keys_of(read(_page("青岛市", "平度市", body)))
    f = fs[("gdp", "target", "2023", "growth")]
    assert (f.value, f.qualifier) == want


# 3. a comparison word before the target it names: the target's figure as set
@pytest.mark.parametrize("word", ["高于", "超过"])
@pytest.mark.parametrize("name,ind", [("一般公共预算收入", "general_budget_revenue"), ("固定资产投资", "fixed_asset_investment"),
                                      ("社会消费品零售总额", "retail_sales"), ("规模以上工业增加值", "industrial_va")])
@pytest.mark.parametrize("value", ["5", "7.5"])
def test_a_target_compared_with_has_no_bound(word, name, ind, value):
    body = f"{name}增长9.3%，{word}预期的{value}%。今年预期增长6%。"
    fs = keys_of(read(_page("曲靖市", "宣威市", body)))
    f = fs[(ind, "target", "2022", "growth")]
    assert (f.value, f.qualifier) == (float(value), "eq"), (f.value, f.qualifier, f.quote)


@pytest.mark.parametrize("body,key,want", [
    # (look-alikes: a bound written on the figure itself, and a comparison with no target named, stay bounds)
    ("主要预期目标是：一般公共预算收入增长超过5%。", ("general_budget_revenue", "target", "2023", "growth"), (5, "at_least")),
    ("主要预期目标是：固定资产投资增长高于5%。", ("fixed_asset_investment", "target", "2023", "growth"), (5, "at_least")),
    ("主要预期目标是：城镇调查失业率控制在5.5%以内。", ("urban_unemployment_rate", "target", "2023", "share"), (5.5, "at_most")),
    ("一般公共预算收入增长6.3%，高于预期的5%左右。", ("general_budget_revenue", "target", "2022", "growth"), (5, "about")),
])
def test_bounds_on_the_figure_unchanged(body, key, want):
    fs = keys_of(read(_page("曲靖市", "宣威市", body)))
    f = fs[key]
    assert (f.value, f.qualifier) == want, f.quote


# 4. an explainer's card: last year's figure, then this year's turned to with who set it
@pytest.mark.parametrize("verb", ["提出", "确定", "提出的目标是", "确定的目标为"])
@pytest.mark.parametrize("name,ind", [("固定资产投资", "fixed_asset_investment"), ("社会消费品零售总额", "retail_sales"),
                                      ("规模以上工业增加值", "industrial_va")])
@pytest.mark.parametrize("sep", ["。", "；", "，"])
def test_a_cards_this_year_set_by_its_verb(verb, name, ind, sep):
    body = f"{name}：去年实际增长9.2%{sep}今年{verb}增长10%以上。"
    fs = keys_of(read(_page("曲靖市", "宣威市", body)))
    assert fs[(ind, "actual", "2022", "growth")].value == 9.2
    f = fs[(ind, "target", "2023", "growth")]
    assert (f.value, f.qualifier) == (10, "at_least"), f.quote


@pytest.mark.parametrize("body,key", [
    # (look-alikes: this year so far, and a part of the region this year, are no target of the card's figure)
    ("固定资产投资：去年实际增长9.2%。今年以来增长10.5%。", ("fixed_asset_investment", "target", "2023", "growth")),
    ("固定资产投资：去年实际增长9.2%。今年提出工业投资增长12%。", ("fixed_asset_investment", "target", "2023", "growth")),
])
def test_not_this_years_target_of_the_card(body, key):
    fs = keys_of(read(_page("曲靖市", "宣威市", body)))
    assert key not in fs, fs[key].quote
