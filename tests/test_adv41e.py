"""The newest rules under attack (adv41e, decision 256): a new area's count of the firms it newly registered
("湘江新区新登记市场主体6万户，地区生产总值增长7%", "…新注册企业2万家，常住人口达到120万人") and a zone's lead of progress in
words other than 加快/提速 ("湘江新区发展势头强劲，地区生产总值增长7%", "经开区跑出加速度，…") gave the zone's figures to the
province, before its own; a news card under a sub-head other than 展望 ("【速览2026】", "【数读2026】") pledged its
indicator rows ("●城镇新增就业：1.2万人"); a round-up reading "各地政府工作报告" was typed a work report. Each with
look-alikes that must not change: the province's own 全省 figures, a task's verb before the zone, the parks at large, an
event for a lead, a card's task rows, a page citing its own region's report."""
import pytest

from factkeys import keys_of, pledged, read, val

_PROVINCES = [("湖南省", "湖南", 2024, "湘江新区"), ("四川省", "四川", 2025, "天府新区"), ("陕西省", "陕西", 2023, "西咸新区"),
              ("贵州省", "贵州", 2022, "贵安新区")]


def _province(place: str, year: int, review: str, tasks: str = "全年实施省重点项目600个。") -> str:
    return (f"{place}政府工作报告\n——{year}年1月20日在{place}第十四届人民代表大会第二次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n\n{review}\n\n二、{year}年主要目标\n\n今年全省经济社会发展的主要预期目标是：地区生产总值增长"
            f"5.5%左右；一般公共预算收入增长5%。\n\n三、{year}年重点工作\n\n{tasks}\n")


# 1. a new area's count of the firms it newly registered: its figures after it are its own
@pytest.mark.parametrize("reg", ["新登记市场主体6万户", "新登记经营主体6万户", "新注册企业2万家", "新设立外资企业80家"])
@pytest.mark.parametrize("place,short,year,zone", _PROVINCES)
def test_a_new_areas_newly_registered_firms_keep_its_figures(place, short, year, zone, reg):
    review = f"{zone}{reg}，地区生产总值增长9.6%，常住人口达到130万人。全省地区生产总值增长4.8%，常住人口达到4000万人。"
    fs = keys_of(read(_province(place, year, review)))
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (4.8, "eq")
    assert val(fs, ("population", "actual", str(year - 1), "level")) == (4000, "eq")
    assert ("market_entities", "actual", str(year - 1), "level") not in fs


@pytest.mark.parametrize("place,short,year,zone", _PROVINCES[:2])
def test_the_provinces_own_new_registrations_stay_its_own(place, short, year, zone):
    # (look-alike: the province's own 新登记, named by 全省, is the province's)
    review = "全省新登记经营主体80万户，地区生产总值增长4.8%。"
    fs = keys_of(read(_province(place, year, review)))
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (4.8, "eq")


def test_a_new_areas_own_report_keeps_its_new_registrations():
    # (look-alike: the new area's own report, its name opening the sentence)
    text = ("上海市浦东新区2023年政府工作报告\n——2023年1月6日在上海市浦东新区第七届人民代表大会第三次会议上\n\n"
            "一、2022年工作回顾\n\n浦东新区新登记经营主体5万户，地区生产总值增长1.2%。\n\n二、2023年主要目标\n\n"
            "地区生产总值增长6%左右。\n")
    fs = keys_of(read(text))
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (1.2, "eq")


# 2. a zone's lead of progress in other words, then a name and its figure
@pytest.mark.parametrize("lead", ["发展势头强劲", "跑出加速度", "能级不断提升", "量质齐升", "成效显著", "发展迅猛"])
@pytest.mark.parametrize("place,short,year,zone", _PROVINCES)
def test_a_zones_progress_lead_keeps_its_figure(place, short, year, zone, lead):
    review = f"{zone}{lead}，地区生产总值增长9.6%。全省地区生产总值增长4.8%。"
    fs = keys_of(read(_province(place, year, review)))
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (4.8, "eq")


@pytest.mark.parametrize("review", [
    "推动{zone}发展势头强劲，地区生产总值增长9.6%。",     # a task's verb before the zone: the province's
    "园区发展势头强劲，地区生产总值增长9.6%。",            # the parks at large
    "{zone}发展势头强劲，全省地区生产总值增长9.6%。",      # the province's word after the comma
    "{zone}获批国家级新区，地区生产总值增长9.6%。",        # an event, no progress
])
@pytest.mark.parametrize("place,short,year,zone", _PROVINCES[:2])
def test_look_alikes_of_the_progress_lead_stay_the_provinces(place, short, year, zone, review):
    fs = keys_of(read(_province(place, year, review.format(zone=zone))))
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (9.6, "eq")


# 3. a news card under a sub-head other than 展望: its indicator rows are the year's targets, no pledges
def _card(head: str, city: str = "寿光市", year: int = 2026) -> str:
    return (f"{city}政府工作报告速览\n{city[:2]}日报　{year}年1月12日\n1月11日，{city}第十九届人民代表大会第五次会议开幕，市长"
            f"王强作政府工作报告。报告显示，{year - 1}年全市地区生产总值增长6.1%。\n【{head}】\n●地区生产总值：增长6%左右\n"
            f"●城镇新增就业：1.2万人\n●新建改造农村公路：200公里\n●新增蔬菜大棚：3000个\n"
            f"报告提出，全年新增规上工业企业80家。\n")


@pytest.mark.parametrize("word", ["速览", "数读", "聚焦", "锚定", "数说"])
@pytest.mark.parametrize("city,year", [("寿光市", 2026), ("诸城市", 2025), ("临海市", 2024)])
def test_a_cards_indicator_row_is_no_pledge(word, city, year):
    d = read(_card(f"{word}{year}", city, year))
    fs = keys_of(d)
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (1.2, "eq")
    ps = pledged(d)
    assert not any(p[1] == 1.2 for p in ps)
    # (look-alike: the card's task rows and the prose's task stay pledged)
    assert ("农村公路", 200, "公里") in ps and ("蔬菜大棚", 3000, "个") in ps and ("规上工业企业", 80, "家") in ps


# 4. a round-up reading the regions' reports is no one region's report
_ROUNDUP = ("2025年地方两会：各省份经济增长目标一览\n来源：中国新闻网　2025-02-08 09:30\n截至目前，31个省份2025年地方两会已全部召开。"
            "{said}，多数省份将地区生产总值增速设定在5%左右。\n经济大省方面，广东：地区生产总值增长5%左右；江苏：地区生产总值增长5%"
            "以上；山东：地区生产总值增长5%以上。\n")


@pytest.mark.parametrize("said", ["从各地政府工作报告看", "梳理31个省份政府工作报告发现", "从多地《政府工作报告》看",
                                  "记者梳理各省份政府工作报告发现"])
def test_a_round_up_reading_the_regions_reports_is_no_work_report(said):
    d = read(_ROUNDUP.format(said=said))
    assert d.meta.doc_type == "other" and d.meta.region is None


def test_a_page_citing_a_report_is_still_one():
    # (look-alike: a page that reads one report, named on its own, is that report's page)
    text = ("解读政府工作报告\n来源：寿光日报　2026-01-12\n1月11日，寿光市第十九届人民代表大会第五次会议开幕。从政府工作报告看，"
            "今年全市地区生产总值预期增长6%左右。\n")
    d = read(text)
    assert d.meta.doc_type == "government_work_report"
