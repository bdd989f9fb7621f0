"""Whole prefecture-city reports of the north-east and north-west, 2021–2025 (lng44a, decision 304): a pledge set for
the term ("本届政府任期内新建改造农村公路3000公里") in a report to a later session of that term (the dateline's 第二次会议,
第三次会议) was dated from the report's own year (2023-2027 in 2023) while the facts of the same sentence were dated from
the year the term's first session was held for (2022-2026), as decision 304 now dates the pledges too. With look-alikes
that must not change: a first session's term, a report naming no session, the year's own pledges beside the term's."""
import pytest

from factkeys import key_values, read


def _report(region: str, year: int, session: str, body: str) -> str:
    return (f"政府工作报告\n——{year}年1月10日在{region}第十届人民代表大会第{session}次会议上\n{region}市长  李明\n\n各位代表：\n"
            f"现在，我代表市人民政府，向大会报告工作，请予审议。\n\n二、{year}年工作安排\n{body}\n\n"
            "各位代表，让我们团结一心、砥砺奋进！\n")


def _pledges(d) -> dict:
    return {(p.object, p.value, p.unit): p.period for p in d.pledges}


# (region, report year, session named, the term's first year)
_LATER = [("吉林市", 2023, "二", 2022), ("天水市", 2024, "三", 2022), ("松原市", 2025, "四", 2022),
          ("齐齐哈尔市", 2024, "二", 2023), ("石嘴山市", 2021, "五", 2017)]

# (the sentence, the pledge's key)
_TERM = [
    ("本届政府任期内，新建改造农村公路3000公里。", ("农村公路", 3000, "公里")),
    ("本届政府任期内新建改造老旧小区500个，惠及居民5万户。", ("老旧小区", 500, "个")),
    ("本届政府任期末，新建城市公园20个。", ("城市公园", 20, "个")),
    ("本届政府任期内，累计新建高标准农田50万亩。", ("高标准农田", 50, "万亩")),
]


@pytest.mark.parametrize("region,year,session,first", _LATER)
@pytest.mark.parametrize("sentence,key", _TERM)
def test_term_pledge_in_a_later_session(region, year, session, first, sentence, key):
    d = read(_report(region, year, session, sentence + f"今年，新建5G基站2000个。"), region=region, report_year=year)
    got = _pledges(d)
    assert got.get(key) == f"{first}-{first + 4}"
    assert got.get(("5G基站", 2000, "个")) == str(year)


@pytest.mark.parametrize("region,year,session,first", _LATER)
def test_term_pledge_and_fact_agree(region, year, session, first):
    d = read(_report(region, year, session, "本届政府任期内，力争全市地区生产总值突破2500亿元，新建改造农村公路3000公里。"),
             region=region, report_year=year)
    span = f"{first}-{first + 4}"
    assert key_values(d).get(("gdp", "goal", span, "level")) == (2500, "at_least")
    assert _pledges(d).get(("农村公路", 3000, "公里")) == span


# look-alikes: the term a first session opens (the report's own five years), a report naming no session
@pytest.mark.parametrize("region,year", [("吉林市", 2022), ("天水市", 2023), ("石嘴山市", 2022)])
@pytest.mark.parametrize("sentence,key", _TERM)
def test_first_session_term_unchanged(region, year, sentence, key):
    d = read(_report(region, year, "一", sentence), region=region, report_year=year)
    assert _pledges(d).get(key) == f"{year}-{year + 4}"


@pytest.mark.parametrize("region,year", [("吉林市", 2023), ("天水市", 2024)])
def test_no_session_named_unchanged(region, year):
    text = (f"{region}政府工作报告\n\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n\n二、{year}年工作安排\n"
            "本届政府任期内，新建改造农村公路3000公里。今年，新建5G基站2000个。\n")
    d = read(text, region=region, report_year=year)
    got = _pledges(d)
    assert got.get(("农村公路", 3000, "公里")) == f"{year}-{year + 4}"
    assert got.get(("5G基站", 2000, "个")) == str(year)


# A sentence opening on a later year ("到2027年，") dates its ；-items (decision 304): an item that opens on the year
# itself ("；今年新建20万亩", "；全年新建…") is the year's, as after a span ("今后五年，…；今年…") it already was.
_LATER_YEAR = [
    ("到{z}年，累计新建高标准农田100万亩；今年新建20万亩，改造老旧小区150个。",
     {("高标准农田", 100, "万亩"): "{z}", ("高标准农田", 20, "万亩"): "{y}", ("老旧小区", 150, "个"): "{y}"}),
    ("到{z}年，累计新建高标准农田100万亩；全年新建20万亩。",
     {("高标准农田", 100, "万亩"): "{z}", ("高标准农田", 20, "万亩"): "{y}"}),
    ("到{z}年，全市新建5G基站1万个；本年新建5G基站2000个。",
     {("5G基站", 1, "万个"): "{z}", ("5G基站", 2000, "个"): "{y}"}),
]


@pytest.mark.parametrize("region,year", [("包头市", 2025), ("白银市", 2023), ("佳木斯市", 2024)])
@pytest.mark.parametrize("sentence,want", _LATER_YEAR)
def test_year_item_after_a_later_year(region, year, sentence, want):
    z = year + 2
    d = read(_report(region, year, "二", sentence.format(z=z)), region=region, report_year=year)
    got = _pledges(d)
    for key, period in want.items():
        assert got.get(key) == period.format(y=year, z=z), (key, got)


# look-alikes: ；-items after a later year that do not open on the year stay the later year's
@pytest.mark.parametrize("region,year", [("包头市", 2025), ("白银市", 2023)])
def test_items_after_a_later_year_unchanged(region, year):
    z = year + 2
    d = read(_report(region, year, "二", f"到{z}年，全市新建高标准农田100万亩；改造老旧小区500个；新建5G基站1万个。"),
             region=region, report_year=year)
    got = _pledges(d)
    assert got.get(("老旧小区", 500, "个")) == str(z)
    assert got.get(("5G基站", 1, "万个")) == str(z)
