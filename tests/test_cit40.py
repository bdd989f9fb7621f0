"""Prefecture-level reports of the five-year turns and the years between, blind (cit40, decision 214): a file named by
the short name a 地区 shares with its seat; a plan report's title of the year's plan figures (2021年计划目标); a city
report that never names itself going through its counties, a county-level city among them; the region's own word
beside a part of it (中心城区, 市区, 高新区) in a list before 分别; a December report's level of the year under review
after a five-year average (…年均增长5.9%，预计今年达到3600亿元); and a rank kept (保持) through a five-year review."""
import pytest

from factkeys import keys_of, pledged, read


def _lead(title: str, place: str, year: int, where: str) -> str:
    return f"{title}\n——{year}年1月15日在{place}{where}上\n"


# 1. a file named by the short name a 地区 (or 州) and its seat city share: the title or byline states the prefecture,
# and the file name counts for it (the seat had won, its parent being named in the text)
@pytest.mark.parametrize("short,full,body_word", [
    ("喀什", "喀什地区", "全地区"),
    ("阿克苏", "阿克苏地区", "全地区"),
    ("塔城", "塔城地区", "全地区"),
    ("阿勒泰", "阿勒泰地区", "全地区"),
])
@pytest.mark.parametrize("year", [2021, 2024, 2026])
def test_a_short_file_name_counts_for_the_prefecture_the_title_states(short, full, body_word, year):
    text = (_lead(f"{full}行政公署工作报告", full, year, "人大工委扩大会议") + "各位代表：\n"
            f"{year - 1}年，{body_word}实现地区生产总值1458.6亿元，增长7.2%。{body_word}规模以上工业增加值增长8%。\n"
            f"{year}年{body_word}地区生产总值增长7%左右。\n")
    d = read(text, name=f"cit_{short}.txt")
    assert (d.meta.region, d.meta.level) == (full, "prefecture")
    assert keys_of(d)[("gdp", "target", str(year), "growth")].value == 7


@pytest.mark.parametrize("short,title,region", [
    # (look-alikes that must not change: the seat's own report in a file of the shared short name)
    ("喀什", "喀什市人民政府工作报告", "喀什市"),
    ("阿克苏", "阿克苏市人民政府工作报告", "阿克苏市"),
])
def test_the_seats_own_report_keeps_the_seat(short, title, region):
    text = (_lead(title, region, 2024, "第十七届人民代表大会第三次会议") + "各位代表：\n"
            f"2023年，全市实现地区生产总值458.6亿元，增长7.2%。在{short}地区党委的坚强领导下，全市规模以上工业增加值增长8%。\n")
    assert read(text, name=f"{short}.txt").meta.region == region


# 2. a plan report's part titled for the year's plan figures: its list is the year's targets, pledged nowhere; the
# tasks after it are pledged as before
@pytest.mark.parametrize("title", ["二、2021年计划目标", "二、2021年国民经济和社会发展计划目标", "二、2021年经济社会发展计划目标",
                                   "二、2021年计划指标", "二、2021年国民经济和社会发展计划指标"])
@pytest.mark.parametrize("place", ["遵义市", "南阳市", "盐城市"])
def test_a_plan_reports_title_of_the_years_plan_figures_heads_targets(title, place):
    text = (f"关于{place}2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n一、2020年计划执行情况\n"
            "全市地区生产总值完成3720.05亿元，增长4.5%；规模以上工业增加值增长4.7%。\n"
            f"{title}\n地区生产总值增长8.5%；规模以上工业增加值增长9.5%；城镇调查失业率控制在5.5%以内；粮食产量稳定在250万吨。\n"
            "三、2021年重点任务\n全年新建5G基站3000个；改造老旧小区243个。\n")
    d = read(text)
    ks = keys_of(d)
    assert ks[("gdp", "target", "2021", "growth")].value == 8.5
    assert ks[("urban_unemployment_rate", "target", "2021", "share")].value == 5.5
    objects = {p.object for p in d.pledges}
    assert not objects & {"地区生产总值", "规模以上工业增加值", "城镇调查失业率", "粮食产量"}, objects
    assert {("5G基站", 3000, "个"), ("老旧小区", 243, "个")} <= pledged(d)


@pytest.mark.parametrize("title", [
    # (look-alikes that must not change: a past year's plan figures read as the review; a part of the year's work)
    "二、2021年重点工作", "二、2021年工作安排"])
def test_a_years_work_part_still_pledges(title):
    text = (f"关于遵义市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n一、2020年计划执行情况\n"
            f"全市地区生产总值增长4.5%。\n{title}\n全年新建5G基站3000个；改造老旧小区243个。\n")
    assert {("5G基站", 3000, "个"), ("老旧小区", 243, "个")} <= pledged(read(text))


# 3. a city report that never names itself ("在市第十五届人民代表大会…", 全市) going through its counties, a county-level
# city listed among them: the report is their city's, not the county-level city's
@pytest.mark.parametrize("members,city", [
    ("澄江市、通海县、华宁县", "玉溪市"),
    ("宣威市、会泽县、富源县", "曲靖市"),
    ("武冈市、新邵县、隆回县", "邵阳市"),
    ("瑞金市、信丰县、于都县", "赣州市"),
])
@pytest.mark.parametrize("year", [2021, 2023])
def test_a_county_level_city_listed_among_its_siblings_is_a_member(members, city, year):
    text = (f"政府工作报告\n——{year}年1月6日在市第十五届人民代表大会第五次会议上\n各位代表：\n"
            f"过去一年，全市地区生产总值增长6.8%，{members}地区生产总值分别增长5.2%、4.1%、3.9%。\n"
            f"{year}年全市主要预期目标：地区生产总值增长7.5%左右；城镇调查失业率控制在5.5%以内。\n")
    d = read(text)
    assert (d.meta.region, d.meta.level) == (city, "prefecture")
    assert keys_of(d)[("gdp", "target", str(year), "growth")].value == 7.5


@pytest.mark.parametrize("body", [
    # (look-alikes that must not change: the county-level city as a partner, or called by its short name as its own
    # report calls itself)
    "澄江市与通海县、华宁县共建产业园区。",
    "澄江化石地保护成效显著，澄江市与通海县、华宁县共建产业园区。加快建设美丽澄江。",
])
def test_a_county_level_citys_own_report_keeps_it(body):
    text = ("政府工作报告\n——2021年1月6日在市第二届人民代表大会第五次会议上\n各位代表：\n"
            f"“十三五”时期，全市地区生产总值年均增长7.8%，2020年达到160亿元。{body}\n2021年全市主要预期目标：地区生产总值增长8%左右。\n")
    assert read(text).meta.region == "澄江市"


# 4. the region's own word beside a part of it in a list before 分别: the region's figure is the one in its place
@pytest.mark.parametrize("sentence,key,value", [
    ("全市和中心城区空气质量优良天数比率分别达到90.1%、88.6%。", ("good_air_days", "actual", "2022", "share"), 90.1),
    ("中心城区和全市空气质量优良率分别为88.2%、90.6%。", ("good_air_days", "actual", "2022", "share"), 90.6),
    ("全市、市区PM2.5平均浓度分别为38、41微克/立方米。", ("pm25", "actual", "2022", "level"), 38),
    ("全市和中心城区PM2.5平均浓度分别下降5.2%、6.1%。", ("pm25", "actual", "2022", "growth"), -5.2),
    ("全市和高新区规上工业增加值分别增长8.3%、12.1%。", ("industrial_va", "actual", "2022", "growth"), 8.3),
    ("全市及市本级一般公共预算收入分别完成200.5亿元、80.2亿元。", ("general_budget_revenue", "actual", "2022", "level"), 200.5),
])
@pytest.mark.parametrize("place,word", [("株洲市", "市"), ("衡阳市", "市")])
def test_the_regions_figure_beside_a_part_of_it(sentence, key, value, place, word):
    text = (f"2023年{place}政府工作报告\n——2023年1月6日在{place}第十六届人民代表大会第二次会议上\n"
            f"一、2022年工作回顾\n全年地区生产总值增长4.8%。{sentence}\n")
    assert keys_of(read(text))[key].value == value


@pytest.mark.parametrize("sentence,indicator", [
    # (look-alikes that must not change: parts only, each its own figure, none the region's)
    ("中心城区、高新区地区生产总值分别增长7.2%、9.4%。", "gdp"),
    ("市区、经开区一般公共预算收入分别增长6.2%、8.5%。", "general_budget_revenue"),
])
def test_parts_alone_give_no_figure_of_the_region(sentence, indicator):
    text = ("2023年株洲市政府工作报告\n——2023年1月6日在株洲市第十六届人民代表大会第二次会议上\n"
            f"一、2022年工作回顾\n全年规模以上工业增加值增长6.8%。{sentence}\n")
    assert not [k for k in keys_of(read(text)) if k[0] == indicator]


# 5. a report delivered in December: a five-year average, then the year under review opening the next clause with the
# level, its name left out ("…年均增长5.9%，预计今年达到3600亿元"): that year's level (as after 去年, decision 155's kin)
@pytest.mark.parametrize("clause,key,value", [
    ("全市地区生产总值年均增长5.9%，预计今年达到3600亿元。", ("gdp", "actual", "2025", "level"), 3600),
    ("全市地区生产总值年均增长5.9%，今年达到3600亿元。", ("gdp", "actual", "2025", "level"), 3600),
    ("一般公共预算收入年均增长4%，今年完成260亿元。", ("general_budget_revenue", "actual", "2025", "level"), 260),
    ("一般公共预算收入年均增长5.5%，预计今年突破700亿元。", ("general_budget_revenue", "actual", "2025", "level"), 700),
])
@pytest.mark.parametrize("place", ["荆州市", "潍坊市"])
def test_a_december_reports_level_of_the_year_after_a_five_year_average(clause, key, value, place):
    text = (f"关于{place}2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
            f"——2025年12月30日在{place}第六届人民代表大会第六次会议上\n一、今年计划执行情况\n“十四五”期间，{clause}\n"
            "二、明年主要预期目标\n明年全市地区生产总值增长6%左右。\n")
    ks = keys_of(read(text))
    assert ks[key].value == value
    assert ks[("gdp", "target", "2026", "growth")].value == 6


def test_a_january_reports_this_year_after_a_plans_average_stays_the_target():
    # (a look-alike that must not change: in a report of January, 今年 is the year of the plan)
    text = ("2026年荆州市政府工作报告\n——2026年1月10日在荆州市第六届人民代表大会第六次会议上\n二、“十五五”目标和2026年工作\n"
            "“十五五”时期，全市地区生产总值年均增长6%，今年达到3800亿元。\n")
    ks = keys_of(read(text))
    assert ks[("gdp", "target", "2026", "level")].value == 3800
    assert ("gdp", "actual", "2025", "level") not in ks


# 6. a rank kept (保持) through a five-year review is the span's, as one held (稳居) is (decisions 30, 37); the year's
# growth rank stated later keeps the year's key
@pytest.mark.parametrize("sentence,indicator,place", [
    ("“十三五”期间，全市地区生产总值年均增长7.1%，总量保持全省第5位。", "gdp", 5),
    ("五年来，一般公共预算收入年均增长6.8%，总量保持在全省第3位。", "general_budget_revenue", 3),
    ("“十三五”时期，全市粮食产量年均增长2.1%，总量保持全省第1位。", "grain_output", 1),
])
@pytest.mark.parametrize("place_name", ["德阳市", "宝鸡市"])
def test_a_rank_kept_through_a_five_year_review_is_the_spans(sentence, indicator, place, place_name):
    text = (f"2021年{place_name}人民政府工作报告\n——2021年1月8日在{place_name}第九届人民代表大会第六次会议上\n"
            f"一、“十三五”时期工作回顾\n{sentence}\n2020年，全市地区生产总值增长4%，增速居全省第一。\n")
    ks = keys_of(read(text))
    assert ks[(indicator, "actual", "2016-2020", "rank")].value == place
    assert (indicator, "actual", "2020", "rank") not in ks or indicator == "gdp"


def test_a_rank_kept_in_one_year_stays_the_years():
    # (a look-alike that must not change: a place kept in one year's review)
    text = ("2021年德阳市人民政府工作报告\n——2021年1月8日在德阳市第九届人民代表大会第六次会议上\n一、2020年工作回顾\n"
            "2020年，全市地区生产总值增长4%，增速保持全省第一。\n")
    assert keys_of(read(text))[("gdp", "actual", "2020", "rank")].value == 1
