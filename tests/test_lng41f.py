"""Whole provincial reports of 2026, long (lng41f, decision 246): a new area's figures read as the province's where a
register's word stood between the area and the name ("雄安新区注册经营主体突破2.1万家，常住人口达到140万人") or where the
area opened its sentence with a figure of no indicator ("西咸新区注册企业达到5万家，规上工业增加值增长9%"); technology
contracts bought from elsewhere read as the province's turnover ("吸纳京津技术合同成交额1050亿元、增长18%"); a ski
resort's or a venue's visitors read as the province's ("崇礼滑雪场累计接待游客超过600万人次"); and a gain registered or
set up in the plan (新注册, 新设立) pledged nothing. Each with look-alikes that must not change: the province's own word,
a bare 新区, a bare 输出, the year's whole visitors."""
import pytest

from factkeys import keys_of, pledged, read, val

_PROVINCES = [("河北省", 2026, "王正谱"), ("甘肃省", 2026, "任振鹤"), ("四川省", 2025, "施小琳"), ("吉林省", 2024, "胡玉亭")]


def _report(place: str, year: int, speaker: str, review: str, plan: str = "") -> str:
    return (f"政府工作报告\n——{year}年1月21日在{place}第十四届人民代表大会第三次会议上\n{place}省长　{speaker}\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n\n{review}\n\n二、{year}年主要目标和重点工作\n\n今年主要预期目标是：地区生产总值增长5%左右。\n"
            f"{plan}\n各位代表！让我们团结奋斗！\n")


# 1. a register's word between a new area (or a park) and the name: the area's figures, and the clauses after it
@pytest.mark.parametrize("sentence,area", [
    ("雄安新区注册经营主体突破2.1万家，常住人口达到140万人。", "雄安新区"),
    ("天府新区注册经营主体突破30万户，常住人口达到140万人。", "天府新区"),
    ("两江新区登记在册市场主体达到40万户，常住人口达到140万人。", "两江新区"),
    ("高新区实有经营主体3.2万户，常住人口达到140万人。", "高新区"),
])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES)
def test_a_registers_word_after_an_area_keeps_its_figures_the_areas(sentence, area, place, year, speaker):
    fs = keys_of(read(_report(place, year, speaker, sentence)))
    assert ("market_entities", "actual", str(year - 1), "level") not in fs
    assert ("population", "actual", str(year - 1), "level") not in fs
    assert any(k[0].startswith("other:" + area) for k in fs)


@pytest.mark.parametrize("sentence,value", [
    ("全省注册经营主体突破900万户。", 900), ("我省实有经营主体达到1200万户。", 1200), ("全省登记在册经营主体突破900万户。", 900)])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES[:2])
def test_the_provinces_own_registered_entities_stay(sentence, value, place, year, speaker):
    # (look-alikes: the province's own word before the register's word, unchanged)
    fs = keys_of(read(_report(place, year, speaker, sentence)))
    assert val(fs, ("market_entities", "actual", str(year - 1), "level"))[0] == value


# 2. a new area by its name opening its sentence with a figure of no indicator: the subjectless clauses after are its own
@pytest.mark.parametrize("sentence", [
    "西咸新区注册企业达到5万家，规上工业增加值增长9%。",
    "雄安新区注册企业达到5万家，规上工业增加值增长9%。",
    "贵安新区完成投资300亿元，规上工业增加值增长9%。",
])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES)
def test_a_named_new_area_opening_its_sentence_is_the_subject_after(sentence, place, year, speaker):
    fs = keys_of(read(_report(place, year, speaker, sentence)))
    assert ("industrial_va", "actual", str(year - 1), "growth") not in fs


@pytest.mark.parametrize("sentence", ["新区注册企业达到5万家，规上工业增加值增长9%。", "全省新区建设加快推进，规上工业增加值增长9%。",
                                      "全省注册企业达到50万家，规上工业增加值增长9%。"])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES[:2])
def test_a_bare_new_area_or_the_provinces_word_keeps_the_figure(sentence, place, year, speaker):
    # (look-alikes: a bare 新区 may be the region itself, 全省 is the province: unchanged)
    fs = keys_of(read(_report(place, year, speaker, sentence)))
    assert val(fs, ("industrial_va", "actual", str(year - 1), "growth")) == (9, "eq")


def test_a_new_areas_own_report_keeps_its_figures():
    text = ("浦东新区2026年政府工作报告\n——2026年1月8日在浦东新区第七届人民代表大会第六次会议上\n\n一、2025年工作回顾\n"
            "浦东新区注册企业达到50万家，规上工业增加值增长9%。\n二、2026年工作安排\n地区生产总值增长5.5%。\n")
    fs = keys_of(read(text))
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (9, "eq")


# 3. technology contracts bought from elsewhere, or sent to a place named: no turnover of the province's
@pytest.mark.parametrize("sentence", [
    "河北吸纳京津技术合同成交额1050亿元、增长18%。",
    "全省吸纳技术合同成交额800亿元，增长18%。",
    "天津流向津冀技术合同成交额500亿元，增长18%。",
    "全省吸纳省外技术合同成交额300亿元，增长18%。",
])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES)
def test_contracts_bought_from_elsewhere_are_no_turnover(sentence, place, year, speaker):
    y = str(year - 1)
    fs = keys_of(read(_report(place, year, speaker, sentence + "技术合同成交额达到1620亿元。")))
    assert val(fs, ("tech_contract_value", "actual", y, "level")) == (1620, "eq")
    assert ("tech_contract_value", "actual", y, "growth") not in fs


@pytest.mark.parametrize("place,year,speaker", _PROVINCES)
def test_a_plans_absorbed_contracts_set_no_target(place, year, speaker):
    fs = keys_of(read(_report(place, year, speaker, "全省技术合同成交额1620亿元。", "吸纳京津技术合同成交额增长10%以上。技术合同成交额增长12%。")))
    assert val(fs, ("tech_contract_value", "target", str(year), "growth")) == (12, "eq")


@pytest.mark.parametrize("sentence,value", [("全省输出技术合同成交额1200亿元，增长15%。", 1200), ("全省技术合同成交额1620亿元，增长12%。", 1620),
                                            ("技术合同成交额达到900亿元，其中流向省外技术合同成交额300亿元。", 900)])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES[:2])
def test_the_provinces_own_turnover_stays(sentence, value, place, year, speaker):
    # (look-alikes: a bare 输出 is the province's own turnover; the total before a part keeps its value)
    fs = keys_of(read(_report(place, year, speaker, sentence)))
    assert val(fs, ("tech_contract_value", "actual", str(year - 1), "level")) == (value, "eq")


# 4. a ski resort's, a resort's or a scenic spot's visitors: the venue's, not the province's
@pytest.mark.parametrize("sentence", [
    "崇礼滑雪场累计接待游客超过600万人次。",
    "长白山滑雪场接待游客200万人次。",
    "北大湖滑雪度假区接待游客150万人次，增长20%。",
    "莫高窟景点接待游客300万人次。",
])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES)
def test_a_venues_visitors_are_its_own(sentence, place, year, speaker):
    fs = keys_of(read(_report(place, year, speaker, sentence)))
    assert not any(k[0] == "tourist_visits" for k in fs)


@pytest.mark.parametrize("place,year,speaker", _PROVINCES)
def test_the_provinces_visitors_after_a_venues_are_its_own(place, year, speaker):
    # (the venue's figure first no longer takes the province's key)
    fs = keys_of(read(_report(place, year, speaker, "长白山滑雪场接待游客200万人次。全省接待游客9.8亿人次，增长8.5%。")))
    assert val(fs, ("tourist_visits", "actual", str(year - 1), "level")) == (9.8, "eq")


@pytest.mark.parametrize("sentence", ["全年接待游客9.8亿人次、增长8.5%。", "全省接待游客9.8亿人次，增长8.5%，实现旅游收入1.1万亿元。"])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES[:2])
def test_the_provinces_visitors_stay(sentence, place, year, speaker):
    # (look-alikes: the year's whole visitors, unchanged)
    fs = keys_of(read(_report(place, year, speaker, sentence)))
    assert val(fs, ("tourist_visits", "actual", str(year - 1), "level")) == (9.8, "eq")
    assert val(fs, ("tourist_visits", "actual", str(year - 1), "growth")) == (8.5, "eq")


# 5. a gain registered or set up in the plan is a pledge, across a PDF layer's line break too
@pytest.mark.parametrize("body,expected", [
    ("加快科技园建设，新注册高新技术企业300家。", ("高新技术企业", 300, "家")),
    ("加快雄安新区中关村科技园建设，新注\n册高新技术企业300家。", ("高新技术企业", 300, "家")),
    ("优化营商环境，新注册经营主体30万户。", ("经营主体", 30, "万户")),
    ("扩大开放，新设立外资企业120家。", ("外资企业", 120, "家")),
    ("扩大开放，新设立产业引导基金2支。", ("产业引导基金", 2, "支")),
])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES)
def test_a_gain_registered_or_set_up_is_pledged(body, expected, place, year, speaker):
    assert expected in pledged(read(_report(place, year, speaker, "全省地区生产总值增长5.4%。", body)))


@pytest.mark.parametrize("body,expected", [("新登记市场主体8万户。", ("市场主体", 8, "万户")), ("新设外资企业50家。", ("外资企业", 50, "家"))])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES[:2])
def test_the_gains_pledged_before_stay(body, expected, place, year, speaker):
    # (look-alikes: 新登记 and 新设 were pledges already)
    assert expected in pledged(read(_report(place, year, speaker, "全省地区生产总值增长5.4%。", body)))


# 6. a zone opening its sentence with a lead of its progress, then a name and its figure right after: the zone's
@pytest.mark.parametrize("sentence,key", [
    ("兰州新区建设提速，地区生产总值增长12%。", ("gdp", "growth")),
    ("雄安新区建设全面提速，常住人口达到140万人。", ("population", "level")),
    ("高新区加快发展，规上工业增加值增长15%。", ("industrial_va", "growth")),
    ("长春新区持续壮大，固定资产投资增长18%。", ("fixed_asset_investment", "growth")),
])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES)
def test_a_zones_progress_lead_makes_the_next_figure_its_own(sentence, key, place, year, speaker):
    fs = keys_of(read(_report(place, year, speaker, sentence)))
    assert (key[0], "actual", str(year - 1), key[1]) not in fs


@pytest.mark.parametrize("sentence", ["高新区加快发展，全省规上工业增加值增长7%。", "推动高新区加快发展，规上工业增加值增长7%。",
                                      "坚持把园区作为主战场，规上工业增加值增长7%。", "园区建设加快推进，规上工业增加值增长7%。",
                                      "开发区加快发展，规上工业增加值增长7%。"])
@pytest.mark.parametrize("place,year,speaker", _PROVINCES[:2])
def test_the_regions_word_or_a_task_before_the_zone_keeps_the_figure(sentence, place, year, speaker):
    # (look-alikes: 全省 after the zone's lead, a verb before the zone, or the parks at large with no verb of work done
    # after: the province's, unchanged)
    fs = keys_of(read(_report(place, year, speaker, sentence)))
    assert val(fs, ("industrial_va", "actual", str(year - 1), "growth")) == (7, "eq")
