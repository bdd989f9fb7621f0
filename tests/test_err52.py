"""The classes of ERRORS.md probed again in new wordings at the levels and years of reports not yet seen (err52, decision
421): a rate's target bounded by the level above's average at any level (“城镇调查失业率低于全市平均水平”, “…不高于全州
平均水平”, “…不超过全省平均水平”: qualitative, no figure), and the value added after the count of its firms led by a word
pointing back (“其增加值”), naming the year (“全年增加值”), after a rounded count (“1020余家”, “1300多家”) or with the firms
named 规模工业."""
import pytest

from factkeys import facts, val


def _targets(region: str, year: int, line: str) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月16日在{region}人民代表大会会议上\n\n"
            f"二、{year}年主要预期目标\n地区生产总值增长6%左右，{line}。\n")


def _review(region: str, year: int, line: str) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月16日在{region}人民代表大会会议上\n\n"
            f"一、{year - 1}年工作回顾\n{line}\n")


# 1. a rate kept below the level above's average, in a county's, a district's or a city's target list: a qualitative target
@pytest.mark.parametrize("region,year,line,key", [
    # (a district's survey rate under its city's average)
    ("番禺区", 2025, "城镇调查失业率低于全市平均水平", ("urban_unemployment_rate", "share")),
    # (a county's registered rate not above its prefecture's; 自治州 named 全州)
    ("泸溪县", 2019, "城镇登记失业率不高于全州平均水平", ("registered_unemployment_rate", "share")),
    # (a city's rate not over the province's)
    ("德州市", 2023, "城镇调查失业率不超过全省平均水平", ("urban_unemployment_rate", "share")),
    # (the price index's rise under the city's, the average named short)
    ("北碚区", 2017, "居民消费价格涨幅低于全市平均", ("cpi", "growth")),
])
def test_a_rate_bounded_by_the_level_aboves_average_is_a_qualitative_target(region, year, line, key):
    fs = facts(_targets(region, year, line), region=region, report_year=year)
    assert val(fs, (key[0], "target", str(year), key[1])) == (None, "qualitative")


@pytest.mark.parametrize("line,key,expected", [
    # (look-alikes that must not change: a figure stated with the bound after it keeps the figure and its qualifier)
    ("城镇调查失业率5.5%左右，低于全市平均水平", ("urban_unemployment_rate", "share"), (5.5, "about")),
    ("城镇调查失业率控制在5%以内、不高于全市平均水平", ("urban_unemployment_rate", "share"), (5, "at_most")),
    # (a bound named in words with 控制在…以下, read before)
    ("城镇调查失业率控制在全市平均水平以下", ("urban_unemployment_rate", "share"), (None, "qualitative")),
])
def test_a_figure_beside_the_bound_keeps_its_value(line, key, expected):
    fs = facts(_targets("番禺区", 2025, line), region="番禺区", report_year=2025)
    assert val(fs, (key[0], "target", "2025", key[1])) == expected


def test_a_result_below_the_average_keeps_its_figure():
    # (look-alike: last year's rate, then the comparison: the actual figure, no target)
    fs = facts(_review("德清县", 2022, "城镇调查失业率4.1%，低于全市平均水平。"), region="德清县", report_year=2022)
    assert val(fs, ("urban_unemployment_rate", "actual", "2021", "share")) == (4.1, "eq")
    assert not any(k[1] == "target" for k in fs)


# 2. the value added after the count of its firms: 其, 全年, a rounded count, 规模工业
@pytest.mark.parametrize("region,year,line,value", [
    # (其 pointing back to the firms)
    ("福建省", 2022, "全省规模以上工业企业超过2万家，其增加值增长9.9%。", 9.9),
    # (the year named between the count and the value added)
    ("乐清市", 2024, "规上工业企业达2300家，全年增加值增长8.1%，营业收入突破2000亿元。", 8.1),
    # (a count rounded with 余)
    ("德清县", 2022, "全县规模以上工业企业达到1020余家，实现增加值增长6%。", 6),
    # (a count rounded with 多, no verb)
    ("吴江区", 2019, "全区规上工业企业1300多家，增加值增长5.4%。", 5.4),
    # (the firms named 规模工业, as the alias 规模工业增加值)
    ("慈利县", 2018, "全县规模工业企业达到86家，实现增加值增长7.8%。", 7.8),
])
def test_the_value_added_after_its_firms_count(region, year, line, value):
    fs = facts(_review(region, year, line), region=region, report_year=year)
    assert val(fs, ("industrial_va", "actual", str(year - 1), "growth")) == (value, "eq")


@pytest.mark.parametrize("line,expected", [
    # (look-alikes that must not change: 其中 names a part of the firms, their value added is not the region's)
    ("全区规上工业企业1300多家，其中高新技术企业增加值增长11%。", None),
    # (another of their figures, not the value added)
    ("规上工业企业达2300家，全年营业收入增长8.1%。", None),
    # (the part named after 其中, then the region's own line: the region's figure)
    ("全区规上工业企业1300多家，其中高新技术企业增加值增长11%。规上工业增加值增长5.2%。", 5.2),
])
def test_a_part_of_the_firms_or_another_figure_is_not_the_value_added(line, expected):
    fs = facts(_review("吴中区", 2021, line), region="吴中区", report_year=2021)
    key = ("industrial_va", "actual", "2020", "growth")
    if expected is None:
        assert key not in fs
    else:
        assert val(fs, key) == (expected, "eq")
