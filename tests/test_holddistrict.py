"""Reports of municipal districts, county-level cities and development zones (branch holddistrict):
each class with the documents that must change and the look-alikes that must not."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


def _head(region: str, year: int, who: str = "区") -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月8日在{region}第十八届人民代表大会第三次会议上\n各位代表：\n"
            f"现在，我代表{who}人民政府向大会报告工作，请予审议。\n")


from taskdoc import text_pledges as _pledges  # noqa: E402


def _has(ps, obj: str, value: float) -> bool:
    return any(obj in o and v == value for o, v, _ in ps)


# 1. a part titled for the targets ("二、2019年工作总体要求和主要目标", "二、今后五年目标任务和2022年工作") whose
# sub-sections, after a lead announcing the work ("重点做好以下工作："), are the year's tasks: their figures of an
# indicator are both target facts and pledges (they were read as the target list: no pledge; or, under a title
# naming a plan period too, as the period's goals)
@pytest.mark.parametrize("region,year,part,lead", [
    ("天津市滨海新区", 2019, "二、2019年工作总体要求和主要目标", "重点做好以下工作："),
    ("昆山市", 2022, "二、今后五年目标任务和2022年工作", "重点抓好以下工作："),
    ("广州市海珠区", 2024, "二、2024年主要目标", "围绕上述目标，着力抓好以下几个方面工作："),
])
def test_tasks_after_a_work_lead_in_a_targets_part(region, year, part, lead):
    whole = "全市" if region.endswith("市") else "全区"
    text = (_head(region, year) + f"一、{year - 1}年工作回顾\n{whole}城镇新增就业12.8万人，新增国家高新技术企业680家。\n"
            + part + "\n" + ("今后五年，地区生产总值年均增长6%左右。\n" if "五年" in part else "")
            + "今年主要预期目标是：地区生产总值增长5%左右，城镇调查失业率控制在5.5%以内。\n" + lead + "\n"
            "（一）增强经济发展动能。全年安排重点建设项目420个；新增国家高新技术企业700家。\n"
            "（二）加强民生保障。新增养老床位1500张；城镇新增就业10万人。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (10, "eq")
    assert val(fs, ("urban_new_jobs", "actual", str(year - 1), "level")) == (12.8, "eq")
    assert ("urban_new_jobs", "goal", f"{year}-{year + 4}", "level") not in fs
    ps = _pledges(text)
    assert _has(ps, "国家高新技术企业", 700) and _has(ps, "城镇新增就业", 10) and _has(ps, "养老床位", 1500)
    assert not _has(ps, "地区生产总值", 5)  # the target list's item is no pledge


def test_a_plan_periods_goals_part_keeps_its_tasks_the_periods():
    # look-alike: a part of the plan period's goals alone, its tasks after the same lead, then the year's part
    text = (_head("义乌市", 2022, "市") + "一、过去五年工作回顾\n五年累计城镇新增就业25万人。\n二、今后五年的主要目标任务\n"
            "今后五年，全市地区生产总值年均增长6.5%左右。为实现上述目标，重点抓好以下工作：\n"
            "（一）建设世界小商品之都。到2026年，全市高新技术企业达到1000家。\n（二）推进共同富裕。新增养老床位5000张。\n"
            "三、2022年工作安排\n今年主要预期目标：地区生产总值增长7%。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "goal", "2022-2026", "growth")) == (6.5, "about")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7, "eq")
    assert ("high_tech_enterprises", "target", "2022", "level") not in fs


def test_a_review_list_lead_stays_the_review():
    # look-alike: the review's own lead ("一年来，我们重点做了以下工作：") opens no tasks
    text = (_head("徐州市鼓楼区", 2020) + "一、2019年工作回顾\n一年来，我们重点做了以下工作：\n"
            "（一）项目建设。新签约亿元以上项目32个。\n（二）民生保障。城镇新增就业9860人。\n"
            "二、2020年工作安排\n今年主要预期目标：地区生产总值增长6.5%左右。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", "2019", "level")) == (9860, "eq")
    assert not _has(_pledges(text), "亿元以上项目", 32)


# 2. a news article's paragraph that opens on the report's year by its number ("报告强调，2023年要重点抓好以下
# 工作：…；…", "会议明确，2024年，全区将…；…"): every clause after the first is the year's too, as after
# "今年" (they were read as results: only the first clause, which says 要/将, pledged)
def _news(region: str, year: int, body: str) -> str:
    return (f"{region}第十八届人民代表大会第二次会议隆重开幕\n{year}-01-05 18:32　来源：融媒体中心\n1月5日上午，{region}"
            f"第十八届人民代表大会第二次会议开幕。区长代表区人民政府向大会作政府工作报告。\n"
            f"报告指出，{year - 1}年全区实现地区生产总值1638.2亿元，增长4.1%。\n" + body)


@pytest.mark.parametrize("region,year,body,expected", [
    ("福州市鼓楼区", 2023, "报告强调，2023年要重点抓好以下工作：加快项目建设，实施省市区重点项目89个，年度计划投资105亿元；新招引"
     "亿元以上项目40个；推进城市更新，完成老旧小区改造38个，改造提升背街小巷26条；城镇新增就业1万人以上。\n",
     [("亿元以上项目", 40), ("老旧小区改造", 38), ("背街小巷", 26), ("城镇新增就业", 1)]),
    ("广州市海珠区", 2024, "会议明确，2024年，全区将实施重点项目120个；新开工保障性住房2000套；新增停车泊位3000个。\n",
     [("重点项目", 120), ("保障性住房", 2000), ("停车泊位", 3000)]),
    ("重庆市渝北区", 2025, "据介绍，2025年渝北区计划推进市区重点项目240个；新增中小学学位8000个；新建口袋公园15个。\n",
     [("重点项目", 240), ("中小学学位", 8000), ("口袋公园", 15)]),
])
def test_news_clauses_after_an_opening_on_the_years_number(region, year, body, expected):
    ps = _pledges(_news(region, year, body))
    for obj, value in expected:
        assert _has(ps, obj, value), (obj, value, ps)


@pytest.mark.parametrize("region,year,body,unwanted", [
    # a past year's results, by its number
    ("福州市鼓楼区", 2023, "报告指出，2022年全区新签约亿元以上项目52个；完成老旧小区改造45个；新建口袋公园18个。\n",
     [("亿元以上项目", 52), ("老旧小区改造", 45), ("口袋公园", 18)]),
    # the year so far, in the report delivered the year after
    ("北京市海淀区", 2025, "据介绍，2024年1—11月，全区新增市场主体1.1万户；完成投资120亿元；新建筹集保障性租赁住房5000套。\n",
     [("市场主体", 1.1), ("投资", 120), ("保障性租赁住房", 5000)]),
    # the year's target list
    ("西安市雁塔区", 2026, "报告提出，2026年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%。\n",
     [("地区生产总值", 5.5), ("一般公共预算收入", 3)]),
])
def test_news_clauses_of_a_past_year_or_the_target_list_pledge_nothing(region, year, body, unwanted):
    ps = _pledges(_news(region, year, body))
    for obj, value in unwanted:
        assert not _has(ps, obj, value), (obj, value, ps)


# 3. a zone's report whose zone is named by a short name its namesakes share ("西安高新区": 西安市, and 西安区 in
# 辽源 and 牡丹江): the division it lies in is the one the text names in full ("在西安市委、市政府的坚强领导下");
# the region stays empty (a zone is no division)
def _zone(body_city: str) -> str:
    return ("西安高新区管委会2021年工作报告\n——2021年2月8日在西安高新区2021年工作会议上\n同志们：\n一、2020年工作回顾\n"
            f"2020年，在{body_city}的坚强领导下，全区实现地区生产总值2336.9亿元，增长8.9%。\n"
            "二、2021年主要目标和重点工作\n地区生产总值增长10%以上。\n")


def test_a_zone_lies_in_the_namesake_the_text_names_in_full():
    m = planwatch.read_text(_zone("省委、省政府和西安市委、市政府"), "t.txt").meta
    assert (m.region, m.region_code, m.parent, m.province) == (None, None, "西安市", "陕西省")


@pytest.mark.parametrize("body_city", ["党工委", "西安市委和西安区委"])
def test_a_zone_whose_namesakes_the_text_does_not_tell_apart_has_no_parent(body_city):
    # look-alikes: no namesake named in full, or two of them
    m = planwatch.read_text(_zone(body_city), "t.txt").meta
    assert (m.region, m.parent) == (None, None)


# 4. a district's parks named as cities ("张江科学城", "中关村科学城", "东湖科技城", "中新天津生态城"): their figures
# are the park's, not the district's (the park's, stated first, took the district's key); in the zone's own
# report its kind word is the zone itself
_DISTRICT = ("浦东新区人民政府工作报告\n——2023年1月6日在上海市浦东新区第七届人民代表大会第三次会议上\n各位代表：\n"
             "一、2022年工作回顾\n")


@pytest.mark.parametrize("park", ["张江科学城", "中关村科学城", "光谷科技城", "中新天津生态城", "西部科学城九龙坡片区"])
def test_a_parks_figure_named_as_a_city_is_not_the_districts(park):
    fs = facts(_DISTRICT + f"{park}规上工业增加值增长15%，全区规上工业增加值增长3.1%。\n")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (3.1, "eq")


def test_a_science_city_zones_own_report_keeps_its_figures():
    text = ("西部（重庆）科学城重庆高新区管委会2023年工作报告\n同志们：\n一、2022年工作回顾\n2022年，科学城实现地区生产总值"
            "1110亿元，增长5.5%；科学城规上工业增加值增长9%。\n二、2023年工作安排\n主要预期目标：地区生产总值增长8%。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (1110, "eq")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (9, "eq")


def test_a_district_building_a_science_city_keeps_its_own_figures():
    # look-alike: the park named in a clause before, the district's own figure after 全区 / with no lead
    fs = facts(_DISTRICT + "积极融入西部科学城建设，全区规上工业增加值增长6.2%。科学城建设加快推进，固定资产投资增长8%。\n")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (6.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "growth")) == (8, "eq")


# 5. 实到外资 (Shanghai's and Jiangsu's districts) is the foreign investment actually used; 实到内资 is not
def test_shi_dao_wai_zi_is_fdi():
    fs = facts(_DISTRICT + "全年实到外资107亿美元，增长8.5%；实到内资85亿元。\n")
    assert val(fs, ("fdi", "actual", "2022", "level")) == (107, "eq")
    assert val(fs, ("fdi", "actual", "2022", "growth")) == (8.5, "eq")


# 6. a zone's report: its facts are kept, with a lower confidence and the reason (the zone's, no division's)
def test_a_zones_facts_say_whose_they_are():
    doc = planwatch.read_text(_zone("西安市委、市政府"), "t.txt")
    f = next(f for f in doc.facts if f.indicator == "gdp" and f.role == "actual" and f.measure == "level")
    assert f.value == 2336.9 and f.confidence < 0.9 and "西安高新区" in f.note and "zone" in f.note
    # look-alike: a district's report has no such note
    d = planwatch.read_text(_DISTRICT + "全区实现地区生产总值16013.4亿元。\n", "t.txt")
    assert all(not f.note for f in d.facts)


# 7. a web page's breadcrumbs ("首页 > 政务公开 > 政府工作报告", "当前位置：首页 » …") are no title, though their last
# link names the report: the page's own title line is
_BODY = "\n——2023年1月6日在上海市浦东新区第七届人民代表大会第三次会议上\n各位代表：\n一、2022年工作回顾\n全区地区生产总值增长1.2%。\n"


@pytest.mark.parametrize("crumbs,title", [
    ("首页 > 政务公开 > 规划计划 > 政府工作报告\n上海市浦东新区人民政府门户网站\n发布时间：2023-01-12", "2023年浦东新区人民政府工作报告"),
    ("您当前的位置：首页 > 政务公开 > 政府工作报告", "2023年浦东新区政府工作报告"),
    ("上海市浦东新区人民政府　政务公开　>　政府工作报告", "2023年浦东新区政府工作报告"),
    ("当前位置：首页 » 信息公开 » 政府工作报告", "浦东新区人民政府工作报告"),
    ("首页›政务公开›计划总结›政府工作报告", "2023年政府工作报告（全文）"),
])
def test_breadcrumbs_are_no_title(crumbs, title):
    m = planwatch.read_text(crumbs + "\n" + title + _BODY, "t.txt").meta
    assert (m.title, m.region, m.report_year, m.doc_type) == (title, "浦东新区", 2023, "government_work_report")


def test_a_page_whose_only_report_name_is_in_its_breadcrumbs_keeps_its_type():
    m = planwatch.read_text("首页 > 政务公开 > 政府工作报告" + _BODY, "t.txt").meta
    assert (m.title, m.region, m.report_year, m.doc_type) == (None, "浦东新区", 2023, "government_work_report")


# 8. all the region's own streets, towns or villages counted after 全区/全县 ("推动全区29个街道、7个镇全部建成…",
# "实现全市10个镇（街道）…全覆盖"): where a task is done, not a count pledged
_PLAN = ("海淀区人民政府工作报告\n——2024年1月5日在北京市海淀区第十七届人民代表大会第四次会议上\n各位代表：\n一、2023年工作回顾\n"
         "全区地区生产总值增长5.7%。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n重点抓好以下工作：\n（一）重点工作。")


@pytest.mark.parametrize("sentence,unwanted", [
    ("推动全区29个街道、7个镇全部建成社区养老服务驿站。", [("街道", 29), ("镇", 7)]),
    ("实现全市10个镇（街道）污水处理设施全覆盖。", [("镇", 10)]),
    ("全县18个乡镇全部建成综合文化站。", [("乡镇", 18)]),
])
def test_all_the_regions_own_towns_are_no_pledge(sentence, unwanted):
    ps = _pledges(_PLAN + sentence + "\n")
    for obj, value in unwanted:
        assert not _has(ps, obj, value), ps


@pytest.mark.parametrize("sentence,wanted", [
    # look-alikes: streets or villages built or counted as the task's object, and a count after the units
    ("新建街道综合文化站5个。", [("街道综合文化站", 5)]),
    ("全区新增社区养老服务站20个，全县新建村级卫生室15个。", [("社区养老服务站", 20), ("村级卫生室", 15)]),
    ("全区建成3个示范街道。", [("示范街道", 3)]),
    ("全区5个街道完成老旧小区改造20个。", [("老旧小区改造", 20)]),
])
def test_streets_and_villages_built_are_pledges(sentence, wanted):
    ps = _pledges(_PLAN + sentence + "\n")
    for obj, value in wanted:
        assert _has(ps, obj, value), ps


def test_some_of_the_regions_towns_reaching_a_grade_are_a_pledge():
    # look-alike: a number of the region's towns to reach a grade, not all of them
    ps = _pledges(_PLAN + "全县8个乡镇创建省级卫生乡镇，10个村创建省级美丽乡村。\n")
    assert _has(ps, "乡镇", 8) and _has(ps, "村", 10)


# 9. a zone named with the piece of it in the district ("两江新区（渝北部分）", "空港经济区（两路街道）") is a part;
# the district less a part, its verb after ("全区（不含托管区）实现"), is no headline; the district with a part
# included ("全区（含两江新区渝北部分）实现", "全县（含经开区）") is
_YUBEI = ("渝北区人民政府工作报告\n——2024年1月5日在重庆市渝北区第十九届人民代表大会第四次会议上\n各位代表：\n"
          "一、2023年工作回顾\n")


@pytest.mark.parametrize("sentence,key,value", [
    ("两江新区（渝北部分）实现地区生产总值1200亿元，全区实现地区生产总值2450亿元。", ("gdp", "actual", "2023", "level"), 2450),
    ("空港经济区（两路街道）规上工业增加值增长12%，全区规上工业增加值增长8.2%。", ("industrial_va", "actual", "2023", "growth"), 8.2),
    ("全区（不含托管区）实现地区生产总值2100亿元。", ("gdp", "actual", "2023", "level"), None),
    ("全区（含两江新区渝北部分）实现地区生产总值2450亿元，增长6.1%。", ("gdp", "actual", "2023", "level"), 2450),
    ("全区（含经开区）地区生产总值增长6.2%。", ("gdp", "actual", "2023", "growth"), 6.2),
])
def test_a_zone_with_its_piece_in_brackets_is_a_part(sentence, key, value):
    fs = facts(_YUBEI + sentence + "\n二、2024年工作安排\n今年主要预期目标：地区生产总值增长5%左右。\n")
    if value is None:
        assert key not in fs
    else:
        assert val(fs, key) == (value, "eq")


# 10. a district and the zone its government runs, reporting together ("黄埔区人民政府 广州开发区管委会工作报告",
# "苏州高新区（虎丘区）…"), at the district's people's congress: the district's report (a zone holds no congress);
# a zone named by a word for a directly run area ("四川天府新区成都直管区管委会") is a zone, not its province
_ZB = "\n各位代表：\n一、2022年工作回顾\n2022年，全区实现地区生产总值1200亿元，增长5%。\n二、2023年工作安排\n主要预期目标：地区生产总值增长7%左右。\n"


@pytest.mark.parametrize("title,byline,expected", [
    ("黄埔区人民政府 广州开发区管委会工作报告", "广州市黄埔区第二届", ("黄埔区", "440112")),
    ("苏州高新区（虎丘区）2023年政府工作报告", "苏州市虎丘区第十七届", ("虎丘区", "320505")),
])
def test_a_district_and_its_zone_reporting_at_the_districts_congress(title, byline, expected):
    m = planwatch.read_text(f"{title}\n——2023年1月8日在{byline}人民代表大会第三次会议上" + _ZB, "t.txt").meta
    assert (m.region, m.region_code, m.zone) == (*expected, None)


@pytest.mark.parametrize("text,zone", [
    # look-alikes: a zone's report at its work meeting, and a town's at its own congress
    ("广州开发区管委会2023年工作报告\n——2023年2月10日在广州开发区2023年工作会议上" + _ZB, "广州开发区"),
    ("张官营镇人民政府工作报告\n——2023年1月8日在鲁山县张官营镇第十八届人民代表大会第三次会议上" + _ZB, "张官营镇"),
    ("四川天府新区成都直管区管委会工作报告\n2023年2月" + _ZB, "四川天府新区成都直管区"),
])
def test_a_zone_or_town_stays_no_division(text, zone):
    m = planwatch.read_text(text, "t.txt").meta
    assert (m.region, m.region_code) == (None, None) and m.zone and m.zone.endswith(zone)


# 11. a namesake district told apart by its city's nickname (椰城 is 海口, 鹏城 深圳: nicknames.tsv)
@pytest.mark.parametrize("body,code", [("作为椰城主城区，", "460106"), ("作为鹏城北部中心，", "440309"), ("", None)])
def test_a_namesake_district_by_its_citys_nickname(body, code):
    text = ("龙华区人民政府工作报告\n——2023年1月10日在龙华区第十八届人民代表大会第三次会议上\n各位代表：\n一、2022年工作回顾\n"
            f"2022年，{body}全区实现地区生产总值521.3亿元，增长6.8%。\n")
    assert planwatch.read_text(text, "t.txt").meta.region_code == code


# 12. a zone's report calls the zone by its kind word, its short form too ("经开区实现…" in 长沙经济技术开发区's);
# a park inside the zone ("综合保税区", "南部园区") is a part of it
def _zr(title: str, body: str) -> str:
    return f"{title}\n同志们：\n一、2023年工作回顾\n2023年，{body}\n二、2024年工作安排\n主要预期目标：地区生产总值增长6%左右。\n"


@pytest.mark.parametrize("title,body,key,value", [
    ("长沙经济技术开发区管理委员会2024年工作报告", "经开区实现地区生产总值1150亿元。", ("gdp", "actual", "2023", "level"), 1150),
    ("苏州工业园区管委会2024年工作报告", "园区实现地区生产总值3686.2亿元，增长5.8%。", ("gdp", "actual", "2023", "level"), 3686.2),
    ("苏州工业园区管委会2024年工作报告", "综合保税区进出口总额增长20%，全区进出口总额6200亿元。", ("foreign_trade", "actual", "2023", "growth"), None),
    ("成都高新区管委会2024年工作报告", "南部园区实现地区生产总值1800亿元，全区实现地区生产总值3000亿元。", ("gdp", "actual", "2023", "level"), 3000),
])
def test_a_zone_by_its_kind_word_and_a_park_inside_it(title, body, key, value):
    fs = facts(_zr(title, body))
    if value is None:
        assert key not in fs
    else:
        assert val(fs, key) == (value, "eq")


# self-review of 1: a lead naming principles ("必须把握好以下几个方面：") or the targets ("主要预期目标如下：",
# "实现以下目标任务：") opens no tasks in a targets part
@pytest.mark.parametrize("part,lead,items", [
    ("二、2024年经济社会发展的总体要求和主要目标", "做好今年工作，必须把握好以下几个方面：",
     "（一）坚持稳中求进，确保地区生产总值增长5%以上。\n（二）坚持以人民为中心，城镇新增就业4万人以上。\n"),
    ("二、2024年主要目标", "主要预期目标如下：", "（一）地区生产总值增长5%以上。\n（二）城镇新增就业4万人以上。\n"),
    ("二、2024年主要目标", "今年要努力实现以下目标任务：", "（一）地区生产总值增长5%以上。\n（二）城镇新增就业4万人以上。\n"),
])
def test_a_lead_naming_principles_or_targets_opens_no_tasks(part, lead, items):
    text = (_head("广州市海珠区", 2024) + "一、2023年工作回顾\n全区地区生产总值增长4.8%。\n" + part + "\n" + lead + "\n" + items
            + "三、2024年重点工作\n（一）扩大有效投资。推进重点项目160个。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "at_least")
    ps = _pledges(text)
    assert not _has(ps, "地区生产总值", 5) and _has(ps, "重点项目", 160)


# self-review of 4 and 12: a zone named as a city ("中新天津生态城管委会") is a zone, not its province (天津市), and
# calls itself by its kind word; so does one whose name stands before its kind word ("科技城新区实现…")
@pytest.mark.parametrize("title,said", [
    ("中新天津生态城管委会2023年工作报告", "生态城"),
    ("绵阳科技城新区管委会2023年工作报告", "科技城新区"),
])
def test_a_zone_named_as_a_city_is_a_zone_and_keeps_its_figures(title, said):
    text = (f"{title}\n同志们：\n一、2022年工作回顾\n2022年，{said}实现地区生产总值320亿元，增长6%。\n二、2023年工作安排\n"
            "主要预期目标：地区生产总值增长7%左右。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert (doc.meta.region, doc.meta.region_code) == (None, None) and doc.meta.zone
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (320, "eq")


def test_a_december_reports_news_reads_its_past_year_by_number_as_results():
    # self-review of 2: a report delivered in December is for the next year; its past year's clauses pledge nothing
    text = ("福州市鼓楼区第十八届人民代表大会第三次会议开幕\n2023-12-28 18:32　来源：融媒体中心\n12月28日上午，福州市鼓楼区第十八届"
            "人民代表大会第三次会议开幕。区长代表区人民政府向大会作政府工作报告。\n报告指出，2023年全区新签约亿元以上项目52个；"
            "完成老旧小区改造45个。\n报告提出，2024年全区将新建口袋公园20个；改造背街小巷30条。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert doc.meta.report_year == 2024
    ps = _pledges(text)
    assert _has(ps, "口袋公园", 20) and _has(ps, "背街小巷", 30)
    assert not _has(ps, "亿元以上项目", 52) and not _has(ps, "老旧小区改造", 45)


# 13. a stock's gain, then its total with a qualifier ("新增高新技术企业1120家，总数突破5800家"): the total is the level,
# as with 达到 (found by the holdout); a flow's does not change (新增贷款 is the year's loans, not a stock)
@pytest.mark.parametrize("verb,qual", [("达到", "eq"), ("突破", "at_least"), ("超过", "at_least")])
def test_a_stocks_total_after_its_gain(verb, qual):
    text = (_zr("东湖新技术开发区管委会2024年工作报告", f"全年新增高新技术企业1120家，总数{verb}5800家。新增贷款85亿元，"
                "贷款总量突破1500亿元。"))
    fs = facts(text)
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (5800, qual)
    assert val(fs, ("new_loans", "actual", "2023", "level")) == (85, "eq")


def test_a_stocks_gain_with_its_part_keeps_the_gain():
    fs = facts(_zr("东湖新技术开发区管委会2024年工作报告", "全年新增高新技术企业1120家，其中国家级高新技术企业800家。"))
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (1120, "eq")


# review23: a work lead in a targets part followed by sub-sections titled for groups of the targets ("（一）经济发展
#目标。", "（二）民生目标。", "2．主要经济指标。") keeps them the target list: their figures are no pledges
@pytest.mark.parametrize("region,year,lead,items", [
    ("惠州市惠城区", 2019, "全力推进以下几个方面任务：",
     "（一）经济发展目标。地区生产总值增长7%左右；固定资产投资增长10%。\n（二）民生目标。城镇新增就业1万人；居民人均可支配收入增长7.5%。\n"),
    ("南阳市宛城区", 2021, "做好今年工作，要重点抓好以下几个方面工作：",
     "1．主要经济指标。地区生产总值增长7%左右；固定资产投资增长10%。\n2．社会发展指标。城镇新增就业1万人；居民人均可支配收入增长7.5%。\n"),
])
def test_targets_groups_after_a_work_lead_stay_the_target_list(region, year, lead, items):
    text = (_head(region, year) + f"一、{year - 1}年工作回顾\n全区城镇新增就业1.2万人。\n二、{year}年工作总体要求和主要目标\n"
            + lead + "\n" + items + f"三、{year}年重点工作\n（一）产业发展。新增规上工业企业30家。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "target", str(year), "growth")) == (7, "about")
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (1, "eq")
    ps = _pledges(text)
    assert not _has(ps, "地区生产总值", 7) and not _has(ps, "城镇新增就业", 1) and not _has(ps, "固定资产投资", 10)
    assert _has(ps, "规上工业企业", 30)


def test_tasks_after_a_work_lead_keep_a_title_naming_a_goal_inside():
    # look-alike: a task item whose title names a goal before its work ("（一）围绕发展目标，做强实体经济") is a task
    text = (_head("成都市武侯区", 2022) + "一、2021年工作回顾\n全区城镇新增就业2.1万人。\n二、2022年目标任务\n"
            "今年主要预期目标：地区生产总值增长7%左右。\n围绕上述目标，重点抓好以下六个方面工作：\n"
            "（一）围绕发展目标，做强实体经济。新增规上工业企业20家。\n（二）增进民生福祉。新增学位5000个。\n")
    ps = _pledges(text)
    assert _has(ps, "规上工业企业", 20) and _has(ps, "学位", 5000) and not _has(ps, "地区生产总值", 7)


# review23: after a stock's gain, another stock counted under a total word ("共有省级以上研发机构210家", "累计培育科技型
# 中小企业600家") is not the gained stock's total: the gain stays; its own total (总数已突破, 累计认定) is its level
@pytest.mark.parametrize("after,expected", [
    ("，共有省级以上研发机构210家", (35, "eq")),
    ("，累计培育科技型中小企业600家", (35, "eq")),
    ("，累计认定1200家", (1200, "eq")),
    ("，总数已突破1200家", (1200, "at_least")),
    ("、共有1200家", (1200, "eq")),
])
def test_a_stocks_gain_then_another_stocks_total(after, expected):
    fs = facts(_head("溧阳市", 2024, "市") + "一、2023年工作回顾\n全年新增国家高新技术企业35家" + after
               + "。\n二、2024年工作安排\n地区生产总值增长6%左右。\n")
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == expected


# review23: in a zone's report a park inside it ("南部园区实现…") is a part whose figure the note does not call the
# zone's; a zone named 直管区 calls itself so ("直管区实现地区生产总值…" in 天府新区成都直管区's), while a city's
# report keeps another's 直管区 a part
def test_a_zones_park_is_noted_as_a_part():
    doc = planwatch.read_text(_zr("成都高新区2024年工作报告", "南部园区实现地区生产总值2000亿元。全区实现地区生产总值3000亿元。"),
                              "t.txt")
    part = next(f for f in doc.facts if f.indicator.startswith("other:南部园区"))
    own = next(f for f in doc.facts if f.indicator == "gdp" and f.role == "actual")
    assert "part" in part.note and "the zone's figure" not in part.note and "the zone's figure" in own.note


def test_a_zone_calls_itself_by_zhiguanqu():
    fs = facts(_zr("四川天府新区成都直管区2024年工作报告", "直管区实现地区生产总值1200亿元，增长6%。天府科学城规上工业增加值增长15%。"))
    assert val(fs, ("gdp", "actual", "2023", "level")) == (1200, "eq")
    assert ("industrial_va", "actual", "2023", "growth") not in fs
    city = facts(_head("成都市", 2024, "市") + "一、2023年工作回顾\n全市实现地区生产总值22074.7亿元。天府新区直管区实现地区生产总值"
                 "1200亿元。\n二、2024年工作安排\n地区生产总值增长6%左右。\n")
    assert val(city, ("gdp", "actual", "2023", "level")) == (22074.7, "eq")
