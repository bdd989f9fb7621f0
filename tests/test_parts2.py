"""Parts of a region and the region's own name: an autonomous region (prefecture, county) calling itself
自治区 (自治州, 自治县), named parts of a province (长株潭, 呼包鄂榆, 黄河几字弯), 新疆生产建设兵团's own report
and its divisions, and a county quoting its prefecture's figures (全州, 全盟, 全地区)."""
from __future__ import annotations

import pytest

import planwatch


def _report(region: str, speaker: str, body: str, day: str = "1月20日") -> str:
    return (f"{region}人民政府工作报告\n——2024年{day}在{region}第十四届人民代表大会第二次会议上\n{speaker}\n"
            f"各位代表：\n一、2023年工作回顾\n{body}\n")


def _gdp(text: str) -> list[tuple[str, float]]:
    """The report's headline gdp facts (measure, value)."""
    return sorted((f.measure, f.value) for f in planwatch.read_text(text, "t.txt").facts if f.indicator == "gdp")


def _ids(text: str) -> dict[str, float]:
    return {f.indicator: f.value for f in planwatch.read_text(text, "t.txt").facts if not f.indicator.startswith("other:")}


# 1. an autonomous region's own report calls itself 自治区 (自治区本级, 自治区级: its government's budget)
@pytest.mark.parametrize("region,speaker,body,gdp", [
    ("内蒙古自治区", "内蒙古自治区主席 王莉霞", "过去一年，自治区生产总值增长7.3%，一般公共预算收入增长9.5%。", [("growth", 7.3)]),
    ("广西壮族自治区", "自治区主席 蓝天立", "2023年，自治区地区生产总值达到27202亿元，增长4.1%。", [("growth", 4.1), ("level", 27202)]),
    ("西藏自治区", "自治区主席 严金海", "全自治区生产总值完成2392亿元，增长9.5%。", [("growth", 9.5), ("level", 2392)]),
    ("宁夏回族自治区", "自治区主席 张雨浦", "预计自治区生产总值增长6.6%，自治区本级一般公共预算收入增长8%。", [("growth", 6.6)]),
    ("新疆维吾尔自治区", "自治区主席 艾尔肯·吐尼亚孜", "自治区地区生产总值增长6.8%，全疆居民人均可支配收入增长6%。", [("growth", 6.8)]),
    ("长阳土家族自治县", "县长 李四", "过去一年，自治县生产总值增长6.2%，一般公共预算收入增长5.1%。", [("growth", 6.2)]),
])
def test_autonomous_region_calls_itself_by_its_kind(region, speaker, body, gdp):
    assert _gdp(_report(region, speaker, body)) == gdp


def test_autonomous_region_own_budget_stays_apart():
    ids = _ids(_report("宁夏回族自治区", "自治区主席 张雨浦", "自治区本级一般公共预算收入增长8%，全区一般公共预算收入增长3.2%。"))
    assert ids.get("general_budget_revenue") == 3.2
    ids = _ids(_report("广西壮族自治区", "自治区主席 蓝天立", "自治区级一般公共预算支出增长5%。"))
    assert "general_budget_expenditure" not in ids


@pytest.mark.parametrize("region,speaker,body,gdp", [
    # another autonomous region by its full name
    ("广西壮族自治区", "自治区主席 蓝天立", "对口帮扶的宁夏回族自治区生产总值增长6.6%。", []),
    # a city's or a county's region above, by its kind; a county's prefecture by 自治州
    ("包头市", "市长 张三", "自治区生产总值增长7.3%，全市增长8.6%。", [("growth", 8.6)]),
    ("土默特左旗", "旗长 王五", "自治区生产总值增长7.3%，规模以上工业增加值增长7.1%。全旗生产总值增长8%。", [("growth", 8)]),
    ("兴庆区", "区长 王五", "自治区地区生产总值增长6.6%，全区地区生产总值增长7%。", [("growth", 7)]),
    ("长阳土家族自治县", "县长 李四", "自治州生产总值增长5%，全县增长6%。", [("growth", 6)]),
])
def test_autonomous_region_word_elsewhere_is_not_own(region, speaker, body, gdp):
    assert _gdp(_report(region, speaker, body)) == gdp


# 2. named parts of a province (region_parts.tsv): city clusters, zones, plains, corridors
@pytest.mark.parametrize("region,speaker,body,own", [
    ("湖南省", "省长 毛伟明", "长株潭地区生产总值增长5.1%，全省地区生产总值增长4.6%。", 4.6),
    ("内蒙古自治区", "自治区主席 王莉霞", "呼包鄂榆地区生产总值增长6.5%，全区生产总值增长7.3%。", 7.3),
    ("内蒙古自治区", "自治区主席 王莉霞", "黄河几字弯地区生产总值增长7%，全区生产总值增长7.3%。", 7.3),
    ("河北省", "省长 王正谱", "环京地区生产总值增长6%，全省生产总值增长5.5%。", 5.5),
    ("甘肃省", "省长 任振鹤", "河西走廊地区生产总值增长6%，全省生产总值增长6.4%。", 6.4),
    ("陕西省", "省长 赵刚", "关中地区生产总值增长5%，全省生产总值增长4.3%。", 4.3),
    ("广西壮族自治区", "自治区主席 蓝天立", "北部湾地区生产总值增长5.2%，全区生产总值增长4.1%。", 4.1),
    ("湖南省", "长沙市市长 周海兵", "长株潭地区生产总值增长5.1%，全市地区生产总值增长4.8%。", 4.8),
])
def test_named_part_of_province_is_not_headline(region, speaker, body, own):
    if "长沙" in speaker:
        region = "长沙市"
    assert _gdp(_report(region, speaker, body)) == [("growth", own)]


@pytest.mark.parametrize("body,own", [
    ("长株潭城市群一体化加快推进，地区生产总值增长4.6%。", 4.6),  # a part named in another clause
    ("全省地区生产总值增长4.6%，其中长株潭地区增长5.1%。", 4.6),
])
def test_named_part_elsewhere_leaves_headline(body, own):
    assert _gdp(_report("湖南省", "省长 毛伟明", body)) == [("growth", own)]


# 3. 新疆生产建设兵团's own report: no division's code, its 兵团 figures its own; its divisions are parts
def _bingtuan(body: str) -> str:
    return ("新疆生产建设兵团政府工作报告\n——2024年1月25日在新疆生产建设兵团第七届人民代表大会第二次会议上\n"
            f"兵团司令员 李邑飞\n各位代表：\n一、2023年工作回顾\n{body}\n")


@pytest.mark.parametrize("body,gdp", [
    ("过去一年，兵团生产总值增长7.3%，一般公共预算收入增长9%。", [("growth", 7.3)]),
    ("全兵团实现生产总值3900亿元，增长7.3%。", [("growth", 7.3), ("level", 3900)]),
    ("第八师石河子市生产总值增长8%，兵团生产总值增长7.3%。", [("growth", 7.3)]),
    ("十四师昆玉市生产总值增长12%，全兵团生产总值增长7.3%。", [("growth", 7.3)]),
    ("第八师生产总值增长8%，兵团生产总值增长7.3%。", [("growth", 7.3)]),
    ("南疆师市生产总值增长9%，兵团生产总值增长7.3%。", [("growth", 7.3)]),
    ("全疆生产总值增长6.8%，兵团生产总值增长7.3%。", [("growth", 7.3)]),
])
def test_bingtuan_own_report(body, gdp):
    text = _bingtuan(body)
    meta = planwatch.read_text(text, "t.txt").meta
    assert meta.region is None and meta.region_code is None
    assert _gdp(text) == gdp


@pytest.mark.parametrize("body,own", [
    ("兵团实现生产总值3900亿元，增长7.3%。全区实现地区生产总值19125亿元，增长6.8%。", 6.8),
    ("全疆地区生产总值增长6.8%，兵团地区生产总值增长7.3%。", 6.8),
])
def test_bingtuan_in_xinjiang_report_is_a_part(body, own):
    gdp = _gdp(_report("新疆维吾尔自治区", "自治区主席 艾尔肯·吐尼亚孜", body))
    assert ("growth", own) in gdp and ("growth", 7.3) not in gdp


# 4. a county quoting its prefecture (全州, 全盟, 全地区, its verb between)
@pytest.mark.parametrize("region,speaker,body,gdp", [
    ("沙雅县", "县长 李四", "全地区生产总值增长6.1%，全县生产总值增长7%。", [("growth", 7)]),
    ("库车市", "市长 王五", "全地区生产总值增长6.1%，全市地区生产总值增长9%。", [("growth", 9)]),
    ("泸定县", "县长 李四", "2023年，全州实现地区生产总值520亿元，增长6%。全县实现地区生产总值55亿元，增长7.1%。",
     [("growth", 7.1), ("level", 55)]),
    ("宾川县", "县长 李四", "全州全年实现地区生产总值1800亿元，增长5%；全县地区生产总值增长6.2%。", [("growth", 6.2)]),
    ("邯郸市", "市长 张三", "全省生产总值增长5.5%，全市生产总值增长6.5%。", [("growth", 6.5)]),
    # look-alikes: the county's own verb, a 地区's own report
    ("宾川县", "县长 李四", "全县完成地区生产总值230亿元，增长6.2%。", [("growth", 6.2), ("level", 230)]),
    ("宾川县", "县长 李四", "地区生产总值增长6.2%，高于全州1.2个百分点。", [("growth", 6.2)]),
])
def test_county_quoting_its_prefecture(region, speaker, body, gdp):
    assert _gdp(_report(region, speaker, body, "1月8日")) == gdp


def test_prefecture_own_report_says_quan_diqu():
    text = ("阿克苏地区行政公署工作报告\n——2024年1月10日在阿克苏地区第三届人民代表大会第三次会议上\n专员 王五\n"
            "各位代表：\n一、2023年工作回顾\n全地区生产总值增长6.1%，一般公共预算收入增长8%。\n")
    assert _gdp(text) == [("growth", 6.1)]


@pytest.mark.parametrize("region,speaker,body,own", [
    ("湖南省", "省长 毛伟明", "长株潭实现地区生产总值2.1万亿元，全省地区生产总值增长4.6%。", 4.6),  # its verb between
    ("陕西省", "省长 赵刚", "2023年，关中平原地区生产总值增长4.6%，全省生产总值增长4.3%。", 4.3),
    ("新疆维吾尔自治区", "自治区主席 艾尔肯·吐尼亚孜", "乌昌石地区生产总值增长6%，全区地区生产总值增长6.8%。", 6.8),
])
def test_named_part_with_time_or_verb(region, speaker, body, own):
    assert _gdp(_report(region, speaker, body)) == [("growth", own)]


@pytest.mark.parametrize("part", ["京津冀", "东北"])
def test_national_report_part_then_own_name(part):
    text = ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n"
            f"一、2023年工作回顾\n{part}地区生产总值增长5.1%，国内生产总值增长5.2%。\n")
    assert _gdp(text) == [("growth", 5.2)]


@pytest.mark.parametrize("region,speaker,body,gdp", [
    ("河南省", "省长 王凯", "全省生产总值增长5%。", [("growth", 5)]),  # a name opening with the region's own word
    ("宾川县", "县长 李四", "全县生产总值增长6.2%。", [("growth", 6.2)]),
    ("兴庆区", "区长 王五", "全区生产总值增长7%。", [("growth", 7)]),
    ("包头市", "市长 张三", "全区生产总值增长7.3%，全市生产总值增长8.6%。", [("growth", 8.6)]),  # its autonomous region's
])
def test_name_opening_with_a_region_word(region, speaker, body, gdp):
    assert _gdp(_report(region, speaker, body)) == gdp
