"""News pages restating reports' figures, blind (nws41, decision 242): a round-up of many regions' targets whose
headline or copy says a figure of a vague count of them ("多地定在5%以上", "超半数省份定在5%左右", "多数市州…") or of one
named right before it ("GDP目标出炉：湖北6.5%最高", a table's "广东　5%左右"), or whose regions set their figures with
定为/定在 or by their report named ("广东省政府工作报告提出"), or a table of names and rates, had been read as a region's
page or its figures as a region's; the year of "…的经济增长目标已全部公布" / "…目标一览"; a deputy or a member citing
the report ("王建国认为，报告提出今年新建改造城市道路100条") pledged nothing; a 速览 card's rows under 【展望2024】
("●固定资产投资：增长8%") pledged; a deputy heading a county ("中牟县县长刘新告诉记者，去年全县…") gave the city's
figures. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val

# ---- 1. a round-up of many regions' targets: a figure said of a vague count of them, or of one named before it ----

_BODY = ("\n中新网北京2月2日电 随着{last}十二届人大二次会议闭幕，31个省份{y}年的经济增长目标已全部公布。\n"
         "广东提出地区生产总值增长5%以上，江苏提出增长5%以上，山东提出增长5%以上，浙江提出增长5.5%左右。\n")


def _taxonomy(d) -> dict:
    return {k: f for k, f in keys_of(d).items() if not k[0].startswith("other:")}


@pytest.mark.parametrize("head", [
    "31省份{y}年GDP增长目标全部出炉 多地定在5%以上",
    "多地下调{y}年GDP增长目标 超半数省份定在5%左右",
    "各省份{y}年地区生产总值增长目标：多数在5%以上",
    "{y}年GDP增长目标：17个省份定在5%以上",
    "{y}年各地GDP增长目标出炉：多数省份设定在5%以上",
    "中部六省{y}年GDP目标出炉：湖北6.5%最高",
])
@pytest.mark.parametrize("y,last", [(2024, "西藏自治区"), (2019, "新疆维吾尔自治区")])
def test_a_round_ups_headline_figure_is_no_regions(head, y, last):
    d = read(head.format(y=y) + _BODY.format(y=y, last=last))
    assert d.meta.region is None and d.meta.report_year == y
    assert _taxonomy(d) == {}


@pytest.mark.parametrize("line", [
    "从目标看，多数省份将地区生产总值增速设定在5%以上。",
    "从目标看，17个省份地区生产总值增长目标在5%以上。",
    "其中，多地地区生产总值增长目标为5%左右。",
    "中西部省份地区生产总值增长目标普遍在6%左右。",
])
def test_a_vague_count_of_provinces_in_the_copy_is_theirs(line):
    d = read("31省份2024年GDP增长目标出炉" + _BODY.format(y=2024, last="西藏自治区") + line + "\n")
    assert _taxonomy(d) == {}


@pytest.mark.parametrize("words", ["多数市州", "多地", "全省多地", "部分地市", "大多数县市"])
def test_a_vague_count_of_a_provinces_divisions_is_no_figure_of_the_province(words):
    d = read(f"河南省2024年政府工作报告\n2023年，{words}地区生产总值增速超过6%。\n", region="河南省", level="province", report_year=2024)
    assert ("gdp", "actual", "2023", "growth") not in keys_of(d)


def test_the_provinces_own_figure_beside_a_vague_count_stays():
    # look-alike: the province's own figure first, then its parts'
    d = read("河南省2024年政府工作报告\n2023年，全省地区生产总值增长5.6%，多数市州地区生产总值增速超过6%。\n",
             region="河南省", level="province", report_year=2024)
    assert val(keys_of(d), ("gdp", "actual", "2023", "growth")) == (5.6, "eq")


@pytest.mark.parametrize("page", [
    # the regions' figures set with 定为 after their names
    "中部六省2023年GDP目标出炉\n\n据统计，湖北将2023年地区生产总值增长目标定为6.5%左右，湖南定为6.5%左右，江西定为7%左右，"
    "安徽定为6.5%左右，河南定为6%左右。\n",
    # each region's report named before 提出
    "2025年多省份GDP目标出炉\n\n广东省政府工作报告提出，2025年地区生产总值增长5%左右。江苏省政府工作报告提出，地区生产总值增长5%以上。"
    "山东省政府工作报告提出，地区生产总值增长5%以上。浙江省政府工作报告提出，地区生产总值增长5.5%左右。\n",
    # a table of names and rates, its gap an ideographic space or a plain one
    "各地2025年GDP增长目标一览\n2025-02-10 来源：经济日报\n\n省份　2025年目标\n广东　5%左右\n江苏　5%以上\n山东　5%以上\n浙江　5.5%左右\n",
    "各地2025年GDP增长目标一览\n\n省份 2025年目标\n广东 5%左右\n江苏 5%以上\n山东 5%以上\n浙江 5.5%左右\n",
    # items headed by each province's short name
    "经济大省2025年目标出炉\n\n广东：地区生产总值增长5%左右，城镇新增就业110万人以上。\n江苏：地区生产总值增长5%以上，城镇新增就业120万人以上。\n"
    "山东：地区生产总值增长5%以上，城镇新增就业110万人以上。\n浙江：地区生产总值增长5.5%左右，城镇新增就业100万人以上。\n",
])
def test_a_round_up_in_other_shapes_is_no_regions_page(page):
    d = read(page)
    assert d.meta.region is None
    assert _taxonomy(d) == {}


@pytest.mark.parametrize("page,region", [
    # look-alikes: one province's page naming others in passing, or its report's own words
    ("湖南：2024年GDP增长目标定在6%左右\n1月22日，湖南省十四届人大二次会议开幕。报告提出，今年全省地区生产总值增长6%左右。\n", "湖南省"),
    ("广东省政府工作报告提出，2025年全省地区生产总值增长5%左右\n1月15日，广东省十四届人大三次会议开幕。报告提出，今年全省地区生产总值"
     "增长5%左右，城镇新增就业110万人以上。\n", "广东省"),
])
def test_one_regions_page_stays_its_own(page, region):
    d = read(page)
    assert d.meta.region == region
    fs = keys_of(d)
    assert ("gdp", "target", str(d.meta.report_year), "growth") in fs


def test_a_province_heading_a_line_on_its_neighbours_page_is_the_neighbours():
    d = read("四川省2023年政府工作报告\n报告提出，今年全省地区生产总值增长6%左右。\n重庆：城镇新增就业60万人以上。\n",
             region="四川省", level="province", report_year=2023)
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert ("urban_new_jobs", "target", "2023", "level") not in fs


_SET = "广东提出地区生产总值增长5%以上，江苏提出增长5%以上，山东提出增长5%以上，浙江提出增长5.5%左右。\n"


@pytest.mark.parametrize("page,year", [
    # the year only where the copy says the targets are out, or in a headline listing them
    ("31省份GDP目标出炉：17地定在5%以上" + _BODY.format(y=2024, last="西藏自治区"), 2024),
    ("各省份GDP增长目标一览\n\n随着西藏自治区十二届人大二次会议闭幕，31个省份2023年的经济增长目标已全部公布。" + _SET, 2023),
    ("2021年各省GDP目标一览\n\n" + _SET, 2021),
])
def test_the_year_of_a_round_up_whose_targets_are_out(page, year):
    assert read(page).meta.report_year == year


def test_a_round_up_of_the_years_results_is_no_target_year():
    # look-alike: a headline on how the targets went is a review, not the year's targets
    d = read("2023年各省GDP目标完成情况一览\n\n" + _SET)
    assert d.meta.report_year != 2023


# ---- 2. a deputy or a member citing the report: the report's pledges ----

_LEAD = ("本报讯（记者 李娜）2022年1月8日上午，{city}第十六届人民代表大会第一次会议开幕。市长代表市人民政府作政府工作报告。"
         "报告提出，今年全市地区生产总值增长7%。\n\n")


@pytest.mark.parametrize("city", ["郑州市", "洛阳市"])
@pytest.mark.parametrize("para", [
    "市政协委员、郑州大学教授王建国认为，报告提出今年新建改造城市道路100条、新增停车泊位5万个，都是群众最关心的事。",
    "市政协委员王建国说：“报告提出今年新建改造城市道路100条、新增停车泊位5万个，都是群众最关心的事。”",
    "市人大代表李梅表示，政府工作报告明确，今年新建改造城市道路100条、新增停车泊位5万个。",
])
def test_a_deputy_citing_the_reports_tasks_restates_its_pledges(city, para):
    got = pledged(read(_LEAD.format(city=city) + para + "\n"))
    assert {("城市道路", 100, "条"), ("停车泊位", 5, "万个")} <= got


@pytest.mark.parametrize("para", [
    # look-alikes: the deputy's own or their place's, after the report named as a thing or in another sentence
    "市人大代表、中牟县县长刘新说，报告提出的目标让人振奋，今年中牟县将新建高标准农田5万亩。",
    "市人大代表刘新说，报告提出要加快乡村振兴，我们县今年将新建高标准农田5万亩。",
    "市人大代表刘新表示，今年中牟县将新建高标准农田5万亩。",
    "市人大代表刘华说：“报告提出要振兴乡村。我们村今年将新建高标准农田5万亩。”",
    "市人大代表刘华说：“我们村今年将新建高标准农田5万亩。”",
])
def test_a_deputys_own_words_still_pledge_nothing(para):
    got = pledged(read(_LEAD.format(city="郑州市") + para + "\n"))
    assert not any(o == "高标准农田" for o, _, _ in got)


# ---- 3. a 速览 card's rows under a sub-head looking ahead to the year: the target list ----

_CARD = ("两会速览｜一分钟看懂2024年柳州市政府工作报告\n柳州晚报　2024-01-12\n\n【回眸2023】\n●地区生产总值：3105.6亿元，增长4.2%\n\n"
         "{head}\n●地区生产总值：增长5.5%左右\n●固定资产投资：增长8%\n●城镇新增就业：4万人以上\n●居民消费价格：涨幅3%左右\n\n"
         "【民生实事】\n●新建改造城市道路30条\n●新增公办学位1.5万个\n")


@pytest.mark.parametrize("head", ["【展望2024】", "展望2024", "◆展望2024年"])
def test_a_cards_indicator_rows_under_the_year_looked_ahead_to_pledge_nothing(head):
    d = read(_CARD.format(head=head))
    assert pledged(d) == {("城市道路", 30, "条"), ("公办学位", 1.5, "万个")}
    fs = keys_of(d)
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (4, "at_least")


def test_a_task_under_the_label_of_an_indicator_still_pledges():
    # look-alike: the label an indicator's name, a task's verb after it; a task's own label
    page = _CARD.format(head="【展望2024】").replace("●固定资产投资：增长8%", "●固定资产投资：全年安排重点项目500个") \
        .replace("●城镇新增就业：4万人以上", "●新建高标准农田：10万亩")
    got = {(o, v, u) for o, v, u in pledged(read(page))}
    assert ("高标准农田", 10, "万亩") in got
    assert any(v == 500 and u == "个" for _, v, u in got)


# ---- 4. a county's word for itself on a city's page: the county's figure ----

@pytest.mark.parametrize("para", [
    "市人大代表、中牟县县长刘新告诉记者，去年全县地区生产总值增长5.1%，一般公共预算收入增长8%。",
    "市人大代表刘新说，去年我县地区生产总值增长5.1%，一般公共预算收入增长8%。",
])
def test_a_countys_word_on_a_citys_page_is_the_countys(para):
    d = read("2022年郑州市政府工作报告新闻\n" + para + "\n", region="郑州市", level="prefecture", report_year=2022)
    fs = keys_of(d)
    assert ("gdp", "actual", "2021", "growth") not in fs
    assert ("general_budget_revenue", "actual", "2021", "growth") not in fs


def test_a_banners_word_on_a_provinces_page_is_the_banners():
    d = read("内蒙古2024年政府工作报告新闻\n自治区人大代表、准格尔旗旗长刘新说，去年全旗地区生产总值增长5.1%。\n",
             region="内蒙古自治区", level="province", report_year=2024)
    assert ("gdp", "actual", "2023", "growth") not in keys_of(d)


@pytest.mark.parametrize("text,region,level,value", [
    # look-alikes: a county's own page, a city's own word
    ("2022年中牟县政府工作报告新闻\n去年全县地区生产总值增长5.1%。\n", "中牟县", "county", 5.1),
    ("2022年郑州市政府工作报告新闻\n去年全市地区生产总值增长4.7%。\n", "郑州市", "prefecture", 4.7),
    ("2022年登封市政府工作报告新闻\n去年全市地区生产总值增长4.7%。\n", "登封市", "county", 4.7),
])
def test_the_regions_own_word_stays(text, region, level, value):
    d = read(text, region=region, level=level, report_year=2022)
    assert val(keys_of(d), ("gdp", "actual", "2021", "growth")) == (value, "eq")
