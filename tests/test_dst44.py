"""Whole district reports of the north and west, blind (dst44, decision 315): a tasks section's farms and co-operatives
counted by their policy name, 新型经营主体 (新型农牧业经营主体, 新型农业生产经营主体, 适度规模经营主体), were read as the
district's market entities (market_entities): "培育家庭农场、农民合作社等新型经营主体20家" gave a 2025 target of 20 家.
They stay pledges; the region's own count of entities (新增经营主体, 经营主体总量, 市场主体) is read as before."""
import pytest

from factkeys import keys_of, read, val


def _district(city: str, district: str, year: int, tasks: str, review: str = "") -> str:
    return (f"{city}{district}人民政府工作报告\n——{year}年1月8日在{city}{district}第十八届人民代表大会第三次会议上\n"
            f"{district}人民政府区长　王建华\n各位代表：\n一、{year - 1}年工作回顾\n"
            f"　　{year - 1}年，全区地区生产总值增长5.6%，一般公共预算收入增长4.2%。{review}\n"
            f"二、{year}年工作安排\n"
            f"　　全区经济社会发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业1.2万人。\n"
            f"　　重点抓好以下工作：推进乡村振兴，{tasks}新建高标准农田3000亩。\n")


_PLACES = [("银川市", "金凤区", 2025), ("呼和浩特市", "赛罕区", 2022), ("西安市", "未央区", 2023),
           ("兰州市", "七里河区", 2024), ("乌鲁木齐市", "米东区", 2021)]

_FARMS = [
    ("培育家庭农场、农民合作社等新型经营主体20家；", 20, "新型经营主体"),
    ("培育新型农牧业经营主体30家；", 30, "新型农牧业经营主体"),
    ("培育农民专业合作社等新型农业生产经营主体25家；", 25, "新型农业生产经营主体"),
    ("发展适度规模经营主体12家；", 12, "适度规模经营主体"),
    ("新培育新型林业经营主体8家；", 8, "新型林业经营主体"),
]


@pytest.mark.parametrize("city,district,year", _PLACES)
@pytest.mark.parametrize("tasks,n,obj", _FARMS)
def test_farm_entities_are_no_count_of_market_entities(city, district, year, tasks, n, obj):
    d = read(_district(city, district, year, tasks))
    assert (d.meta.region, d.meta.level, d.meta.parent) == (district, "county", city)
    fs = keys_of(d)
    assert ("market_entities", "target", str(year), "level") not in fs
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "about")
    # the pledge is kept, with its own object
    assert any(p.value == n and p.unit == "家" and "经营主体" in (p.object or "") for p in d.pledges)


@pytest.mark.parametrize("city,district,year", _PLACES)
@pytest.mark.parametrize("tasks,n,unit", [
    ("培育新型经营主体20家，新增经营主体8000户；", 8000, "户"),  # the farms first, the region's own count after
    ("新增经营主体1.2万户；", 1.2, "万户"),
    ("新增市场主体2.5万户；", 2.5, "万户"),
    ("新增各类经营主体3000户，培育新型农业经营主体15家；", 3000, "户"),
])
def test_the_regions_own_entities_are_still_read(city, district, year, tasks, n, unit):
    fs = keys_of(read(_district(city, district, year, tasks)))
    f = fs[("market_entities", "target", str(year), "level")]
    assert (f.value, f.unit) == (n, unit)


@pytest.mark.parametrize("review,n,unit,qual", [
    ("新培育新型经营主体36家，经营主体总量突破8.5万户。", 8.5, "万户", "at_least"),
    ("新型农业生产经营主体达到320家，全区经营主体总量达到6.2万户。", 6.2, "万户", "eq"),
    ("经营主体总量达到4.8万户。", 4.8, "万户", "eq"),
])
def test_the_review_reads_the_stock_not_the_farms(review, n, unit, qual):
    fs = keys_of(read(_district("银川市", "兴庆区", 2025, "", review)))
    f = fs[("market_entities", "actual", "2024", "level")]
    assert (f.value, f.unit, f.qualifier) == (n, unit, qual)
