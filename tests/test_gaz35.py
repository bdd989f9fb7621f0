"""Session gaz35: regions renamed, merged, split or moved, blind (撤县设市/撤县设区/撤市设区, a merged prefecture's
districts, 代管 moved to another city, reports of the year of change). The set's metadata held; what probes of the
class found: a division changed after the code lists' last revision (April 2019) has its old and its new name both
valid in the year of change, so a text naming it by its short name took the new one."""
import pytest

import planwatch
from factkeys import facts, val
from planwatch.regions import gazetteer


def news(short: str, date: str, kind: str) -> str:
    """A news page naming the place by its short name only, its kind said by 全X and X长."""
    y, m, d = date.split("-")
    return (f"{short}{y}年政府工作报告解读：稳中求进开新局\n{date} 10:00　来源：{short}发布\n"
            f"{int(m)}月{int(d)}日，{short}召开人代会，{kind}长代表{kind}政府作政府工作报告。报告显示，过去一年，"
            f"全{kind}实现地区生产总值215.4亿元，增长5.8%。报告提出，今年全{kind}地区生产总值增长6%左右。\n")


def meta(text: str):
    return planwatch.read_text(text, "x.txt").meta


# the short name of a county that became a city or a district in 2019–2021: the text's own level word tells
# the division before the change from the one after (平果, 澄江 and 子长 are dated by no row of division_years.tsv)
@pytest.mark.parametrize("short, date, kind, region, code", [
    ("平果", "2020-01-12", "县", "平果县", "451023"),
    ("平果", "2020-01-12", "市", "平果市", "451082"),
    ("澄江", "2020-01-15", "县", "澄江县", "530422"),
    ("南和", "2020-01-07", "县", "南和县", "130527"),
    ("监利", "2020-01-08", "县", "监利县", "421023"),
    ("龙南", "2021-01-09", "市", "龙南市", "360783"),
    ("偃师", "2021-01-10", "市", "偃师市", "410381"),
])
def test_level_word_tells_the_division_before_or_after_its_change(short, date, kind, region, code):
    m = meta(news(short, date, kind))
    assert (m.region, m.region_code) == (region, code)


# with no level word, the year decides: the changes of mid-2020 and 2021 are dated in division_years.tsv
@pytest.mark.parametrize("short, date, region, code, parent", [
    ("海门", "2020-01-08", "海门市", "320684", "南通市"),
    ("海门", "2021-01-08", "海门区", "320614", "南通市"),
    ("繁昌", "2020-01-09", "繁昌县", "340222", "芜湖市"),
    ("偃师", "2021-01-11", "偃师市", "410381", "洛阳市"),
    ("偃师", "2022-01-11", "偃师区", "410307", "洛阳市"),
])
def test_year_tells_the_division_where_no_level_word_does(short, date, region, code, parent):
    m = meta(news(short, date, "市").replace("全市", "").replace("市长代表市政府", "代表政府"))
    assert (m.region, m.region_code, m.parent) == (region, code, parent)


def test_divisions_dated_after_the_last_revision():
    g = gazetteer()
    by = {(r.code, r.name): r for lst in g.by_name.values() for r in lst}
    # 梅列区 held its code until the merger of May 2021; 沙县区 and 临平区 date from 2022's reports
    assert by["350402", "梅列区"].valid_in(2021)
    assert not by["350405", "沙县区"].valid_in(2021) and by["350405", "沙县区"].valid_in(2022)
    assert not by["330113", "临平区"].valid_in(2021) and by["330104", "江干区"].valid_in(2021)
    assert not by["340210", "湾沚区"].valid_in(2020) and by["340221", "芜湖县"].valid_in(2020)


def test_a_district_named_by_the_city_around_it_still_its_own():
    # a district report that names its prefecture's 全市 more than its own 全区 is still the district's
    text = news("海门", "2022-01-10", "区") + "海门区在全市率先完成任务，全市考核争先进位，全市第一。\n"
    m = meta(text)
    assert (m.region, m.region_code) == ("海门区", "320614")


def report(region: str, byline: str, year: int, body: str) -> str:
    return (f"{region}{year}年政府工作报告\n——{year}年1月10日在{byline}人民代表大会第一次会议上\n\n各位代表：\n"
            f"现在，我代表人民政府向大会报告工作。\n一、{year - 1}年工作回顾\n{body}\n二、{year}年工作安排\n地区生产总值增长6%左右。\n")


# the region named as it was before a change of its kind or name ("原XX县") is the region itself: its figures are
# the headline ones, not a part's; by the short name both share, or by division_successors.tsv where the name changed
@pytest.mark.parametrize("region, byline, year, body, value", [
    ("普兰店区", "大连市普兰店区第十七届", 2016, "2015年，原普兰店市实现地区生产总值586.3亿元，下降3.6%。", 586.3),
    ("邵东市", "邵东市第十七届", 2020, "原邵东县全年实现地区生产总值492.7亿元，增长8.3%。", 492.7),
    ("湾沚区", "芜湖市湾沚区第一届", 2021, "原芜湖县全年完成地区生产总值452.3亿元，增长4.1%。", 452.3),
    ("鄠邑区", "西安市鄠邑区第一届", 2017, "原户县全年实现地区生产总值201.5亿元，增长7.6%。", 201.5),
    ("叙州区", "宜宾市叙州区第一届", 2019, "2018年，原宜宾县实现地区生产总值420.3亿元，增长9.1%。", 420.3),
])
def test_the_region_under_its_former_name_is_itself(region, byline, year, body, value):
    fs = facts(report(region, byline, year, body))
    assert val(fs, ("gdp", "actual", str(year - 1), "level")) == (value, "eq")
    assert not [k for k in fs if k[0].startswith("other:")]


# a division merged into the region, or the prefecture the region was in, is still a part
@pytest.mark.parametrize("region, byline, year, body, own", [
    ("三元区", "三明市三元区第一届", 2022, "全区实现地区生产总值1020.6亿元，增长6.5%，其中原梅列区实现地区生产总值520.3亿元，增长6.8%。", 1020.6),
    ("莱芜区", "济南市莱芜区第十八届", 2020, "全区实现地区生产总值420.6亿元，增长5.1%；原莱芜市实现地区生产总值1005.6亿元，增长3.1%。", 420.6),
    ("湾沚区", "芜湖市湾沚区第一届", 2021, "全区实现地区生产总值452.3亿元，增长4.1%；繁昌县实现地区生产总值320.5亿元，增长3.8%。", 452.3),
])
def test_a_merged_or_upper_former_division_stays_a_part(region, byline, year, body, own):
    fs = facts(report(region, byline, year, body))
    assert [k for k in fs if k[0].startswith("other:") and k[3] == "level"]
    assert val(fs, ("gdp", "actual", str(year - 1), "level")) == (own, "eq")
