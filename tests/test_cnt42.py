"""Whole county and district reports of 2021–2024, blind (cnt42, decision 270): a township's or park's figure with its
span after its name (“姜山镇五年累计完成工业投资108亿元”) taken as the region's; a place kept through the five years in
words of 继续/始终/一直 (“经济总量始终位居全市首位”) dated the last year, where 稳居 and 保持 give the span; a report whose
year's part lost its title (“二、2024年工作安排” dropped) read its tasks as the review. Each with look-alikes that must
not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _review(place: str, body: str, year: int = 2022, month_day: str = "1月6日", head: str = "区长") -> str:
    return (f"政府工作报告\n——{year}年{month_day}在{place}第十九届人民代表大会第一次会议上\n{place}人民政府{head}　陈立\n"
            f"各位代表：\n一、过去五年工作回顾\n{body}\n二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长7%左右。\n")


# 1. a township's or park's figure with its span after its name stays the place's
@pytest.mark.parametrize("part", ["姜山镇", "东吴镇", "下应街道", "高新区", "经济开发区", "城关乡"])
@pytest.mark.parametrize("span,first", [("五年累计", 2017), ("五年来累计", 2017), ("近三年累计", 2019), ("五年", 2017)])
@pytest.mark.parametrize("place", ["鄞州区", "滑县", "民勤县"])
def test_a_places_total_over_its_years_is_its_own(part, span, first, place):
    head = "县长" if place.endswith("县") else "区长"
    body = f"五年来，城乡品质实现新提升。{part}{span}完成工业投资108亿元。"
    fs = keys_of(read(_review(place, body, head=head)))
    assert not [k for k in fs if k[0] == "industrial_investment"]
    assert [k for k in fs if k[0].startswith("other:") and k[0].endswith("工业投资")]


@pytest.mark.parametrize("part", ["姜山镇", "下应街道", "开发区"])
def test_a_places_total_after_a_list_of_places(part):
    body = f"五年来，东吴镇、{part}入选省级美丽城镇样板，{part}五年累计完成固定资产投资108亿元。"
    fs = keys_of(read(_review("鄞州区", body)))
    assert ("fixed_asset_investment", "actual", "2017-2021", "level") not in fs


@pytest.mark.parametrize("lead", ["全区", "我区", "鄞州区", "", "全区城镇", "城镇"])
def test_the_regions_own_total_over_the_years_stays(lead):
    # (look-alikes: the region's own word, its name or none before the span; its urban side, 城镇, is no township)
    if "城镇" in lead:
        fs = keys_of(read(_review("鄞州区", f"五年来，{lead}五年累计新增就业19.8万人。")))
        assert val(fs, ("urban_new_jobs", "actual", "2017-2021", "level")) == (19.8, "eq")
    else:
        fs = keys_of(read(_review("鄞州区", f"五年来，{lead}五年累计完成工业投资108亿元。")))
        assert val(fs, ("industrial_investment", "actual", "2017-2021", "level")) == (108, "eq")


def test_a_kind_of_town_stays_a_part():
    fs = keys_of(read(_review("鄞州区", "五年来，特色小城镇五年累计完成固定资产投资30亿元。")))
    assert ("fixed_asset_investment", "actual", "2017-2021", "level") not in fs


# 2. a place kept (继续/始终/一直) through the five years reviewed is the span's, as 稳居 and 保持 are
@pytest.mark.parametrize("held", ["继续位居全市第一", "始终位居全市首位", "一直位居全市第一", "继续居全市第1位",
                                  "始终居全市第1位"])
@pytest.mark.parametrize("place,year,span", [("鄞州区", 2022, "2017-2021"), ("顺德区", 2022, "2017-2021"),
                                             ("雁塔区", 2021, "2016-2020")])
def test_a_place_kept_through_the_years(held, place, year, span):
    body = f"五年来，全区地区生产总值年均增长7.3%，经济总量{held}。"
    fs = keys_of(read(_review(place, body, year)))
    assert val(fs, ("gdp", "actual", span, "rank")) == (1, "eq")
    assert ("gdp", "actual", str(year - 1), "rank") not in fs


@pytest.mark.parametrize("held", ["稳居全市第一", "一直保持全市第一", "继续保持全市第一位"])
def test_a_place_kept_in_the_words_already_read(held):
    # (look-alikes: 稳居 and 保持 were held places already)
    fs = keys_of(read(_review("鄞州区", f"五年来，全区地区生产总值年均增长7.3%，经济总量{held}。")))
    assert val(fs, ("gdp", "actual", "2017-2021", "rank")) == (1, "eq")


@pytest.mark.parametrize("body", [
    "五年来，城乡面貌显著改善。2021年，全区地区生产总值增长9.5%，经济总量继续位居全市第一。",
    "五年来，综合实力实现新跨越。预计2021年全区实现地区生产总值2660亿元，五年年均增长7.3%，经济总量继续位居全市第一。",
    "五年来，全区地区生产总值年均增长7.3%，经济总量跃居全市第一。",
])
def test_a_place_of_the_year_or_reached_stays_the_years(body):
    # (look-alikes: a year's own sentence, the end year named for the level (cit40's kept gold), a place reached)
    fs = keys_of(read(_review("鄞州区", body)))
    assert val(fs, ("gdp", "actual", "2021", "rank")) == (1, "eq")


# 3. the year's part whose title was lost after the review's part closed
def _untitled(place: str, year: int, close: str, turn: str, head: str = "县长") -> str:
    return (f"政府工作报告\n——{year}年1月10日在{place}第十八届人民代表大会第四次会议上\n{place}人民政府{head}　刘志刚\n"
            f"各位代表：\n一、{year - 1}年工作回顾\n"
            f"{year - 1}年，全县地区生产总值完成108.6亿元，增长6.8%。\n"
            f"（一）农业农村经济稳步发展。全县粮食总产量达到22.4万吨，新建高标准农田4.8万亩。\n"
            f"（二）民生福祉持续增进。城镇新增就业2150人，新建改扩建中小学、幼儿园7所。\n"
            f"{close}\n"
            f"{turn}\n"
            f"今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右；一般公共预算收入增长6%。\n"
            f"实现上述目标，重点抓好以下七个方面的工作：\n"
            f"（一）聚焦农业稳县。全年粮食播种面积稳定在38万亩以上，新建高标准农田5万亩。\n"
            f"（二）聚焦民生福祉。城镇新增就业2000人以上，新建城区公共停车位600个。\n"
            f"各位代表！让我们团结一心、砥砺奋进！\n")


@pytest.mark.parametrize("close", ["各位代表，成绩来之不易。在此，我代表县人民政府，向全县人民表示衷心的感谢！",
                                   "在肯定成绩的同时，我们也清醒认识到，发展中还存在不少困难和问题。",
                                   "同时，我们也清醒地看到，经济总量小、产业层次低。"])
@pytest.mark.parametrize("place,year", [("民勤县", 2024), ("滑县", 2021), ("桦南县", 2023)])
def test_the_years_tasks_after_a_lost_title(close, place, year):
    turn = f"{year}年是实施“十四五”规划的关键一年。"
    d = read(_untitled(place, year, close, turn))
    fs = keys_of(d)
    y = str(year)
    assert val(fs, ("grain_area", "target", y, "level")) == (38, "at_least")
    assert val(fs, ("urban_new_jobs", "target", y, "level")) == (2000, "at_least")
    assert ("grain_area", "actual", str(year - 1), "level") not in fs
    assert {("高标准农田", 5, "万亩"), ("城区公共停车位", 600, "个")} <= pledged(d)


@pytest.mark.parametrize("place,year", [("民勤县", 2024), ("滑县", 2021)])
def test_the_review_before_the_lost_title_stays(place, year):
    # (look-alikes: the review's own figures before the close stay last year's, none pledged)
    d = read(_untitled(place, year, "各位代表，成绩来之不易。", f"{year}年是实施“十四五”规划的关键一年。"))
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", str(year - 1), "level")) == (108.6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", str(year - 1), "level")) == (2150, "eq")
    assert ("高标准农田", 4.8, "万亩") not in pledged(d)
