"""The rules of decisions 210–215 at their edges, blind (adv40b, decision 221): a file named by a short name that the
prefecture, its seat and a county all hold (和田, 临夏); a told target list whose tasks, after a clause of purpose or
opening on their verb, name an indicator later (…，新增城镇就业3200人); an infographic's task card whose name holds a
digit before a letter (◆新建5G基站); the places of a province's cut (各市（州）按8%的比例压减); and 今年 in a report
delivered in December, the year under review, no plan cue."""
import pytest

from factkeys import keys_of, pledged, read


# 1. a short file name the prefecture, its seat city and a county share (和田地区, 和田市, 和田县): the one the title
# states, not a tie of the seat and the county that left the region empty
@pytest.mark.parametrize("short,full,body_word", [
    ("和田", "和田地区", "全地区"),
    ("临夏", "临夏回族自治州", "全州"),
])
@pytest.mark.parametrize("kind", ["plan", "work"])
@pytest.mark.parametrize("year", [2019, 2023, 2026])
def test_a_file_name_three_divisions_share_counts_for_the_stated_one(short, full, body_word, kind, year):
    title = (f"关于{full}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告" if kind == "plan"
             else f"{full}人民政府工作报告")
    text = (f"{title}\n——{year}年1月15日在{full}人大工委扩大会议上\n\n一、{year - 1}年计划执行情况\n"
            f"{year - 1}年，{body_word}实现地区生产总值301.6亿元，增长6.8%。\n二、{year}年计划目标\n"
            f"{year}年国民经济和社会发展的主要预期目标是：地区生产总值增长7%左右。\n")
    d = read(text, name=f"adv_{short}.txt")
    assert (d.meta.region, d.meta.level) == (full, "prefecture")
    ks = keys_of(d)
    assert ks[("gdp", "actual", str(year - 1), "level")].value == 301.6
    assert ks[("gdp", "target", str(year), "growth")].value == 7


@pytest.mark.parametrize("short,page,full", [
    ("临夏", "临夏州十五届人大五次会议开幕\n\n民族日报讯 {year}年1月10日，临夏回族自治州第十五届人民代表大会第五次会议开幕。"
             "州长作政府工作报告。报告指出，{past}年，全州地区生产总值增长6.5%。\n", "临夏回族自治州"),
    ("和田", "政府工作报告\n——{year}年1月8日在和田地区人大工委扩大会议上\n和田地区行政公署专员\n\n"
             "{past}年，全地区地区生产总值增长9.1%。\n", "和田地区"),
])
@pytest.mark.parametrize("year", [2020, 2024])
def test_a_file_name_three_divisions_share_counts_for_the_byline_too(short, page, full, year):
    d = read(page.format(year=year, past=year - 1), name=f"{short}.txt")
    assert (d.meta.region, d.meta.level, d.meta.report_year) == (full, "prefecture", year)


@pytest.mark.parametrize("short,own", [
    # (look-alikes that must not change: the seat's or the county's own report in a file of the shared short name)
    ("和田", "和田市"), ("和田", "和田县"), ("临夏", "临夏市"), ("临夏", "临夏县"),
])
def test_the_seats_or_the_countys_own_report_keeps_it(short, own):
    text = (f"{own}人民政府工作报告\n——2024年1月12日在{own}第十八届人民代表大会第三次会议上\n\n"
            f"2023年，全{own[-1]}实现地区生产总值58.6亿元，增长7.2%。\n")
    assert read(text, name=f"{short}.txt").meta.region == own


# 2. a news page's told target list, then the year's tasks in a sentence that names an indicator among its tasks
# (新增城镇就业): after a clause of purpose, or opening on its verb in a first clause that names none, it is the
# tasks, no target list going on
_NEWS = ("{place}十七届人大二次会议开幕\n\n邢台日报讯 {year}年1月8日，{place}第十七届人民代表大会第二次会议开幕。\n\n"
         "报告回顾，{past}年，{word}地区生产总值完成128.6亿元，增长4.9%。\n\n"
         "报告提出，今年{word}经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长6.5%，"
         "城乡居民收入增长与经济增长同步。{tasks}\n")


@pytest.mark.parametrize("tasks", [
    "围绕上述目标，全年统筹衔接资金1.2亿元，新建高标准农田3.5万亩，新增城镇就业3200人。",
    "为实现这些目标，新建高标准农田3.5万亩，改造城镇老旧小区12个，城镇新增就业3200人。",
    "全年新建高标准农田3.5万亩，改造城镇老旧小区12个，新增城镇就业3200人。",
    "新建高标准农田3.5万亩，改造城镇老旧小区12个，新增城镇就业3200人。",
])
@pytest.mark.parametrize("place,word", [("平乡县", "该县"), ("平乡县", "全县"), ("威县", "该县")])
@pytest.mark.parametrize("year", [2018, 2023])
def test_tasks_naming_an_indicator_after_a_told_list_are_pledged(tasks, place, word, year):
    d = read(_NEWS.format(place=place, word=word, year=year, past=year - 1, tasks=tasks))
    got = pledged(d)
    assert ("高标准农田", 3.5, "万亩") in got, got
    assert any(o.endswith("就业") and v == 3200 for o, v, _ in got), got
    assert keys_of(d)[("urban_new_jobs", "target", str(year), "level")].value == 3200


@pytest.mark.parametrize("tasks", [
    # (look-alikes that must not change: a sentence whose first clause names an indicator goes on with the list; a
    # purpose with no action after it; a look back after the list)
    "城镇新增就业3200人以上，城镇调查失业率控制在5.5%以内。",
    "围绕上述目标，城镇新增就业3200人以上，城镇调查失业率控制在5.5%以内。",
    "报告回顾，去年新建高标准农田3.5万亩，新增城镇就业3200人。",
])
def test_a_list_going_on_or_a_look_back_pledges_nothing(tasks):
    d = read(_NEWS.format(place="平乡县", word="该县", year=2023, past=2022, tasks=tasks))
    assert not pledged(d)


# 3. an infographic's marked task card whose name holds a digit before a Latin letter (5G, 4K): a name, no figure; its
# count on the next line is the card's
@pytest.mark.parametrize("card,want", [
    ("◆新建5G基站\n800个", ("5G基站", 800, "个")),
    ("■新增5G基站\n1200个", ("5G基站", 1200, "个")),
    ("●新建5G基站\n3000座", ("5G基站", 3000, "座")),
    ("◆新建4K超高清演播室\n2个", ("4K超高清演播室", 2, "个")),
])
@pytest.mark.parametrize("place,year", [("南岸区", 2023), ("邢台市", 2024)])
def test_a_marked_card_naming_5g_is_pledged(card, want, place, year):
    page = (f"一图读懂{year}年{place}政府工作报告\n\n{year}年重点任务\n\n◆新建高标准农田\n4万亩\n\n{card}\n\n"
            f"◆改造城镇老旧小区\n52个\n")
    got = pledged(read(page))
    assert want in got and ("高标准农田", 4, "万亩") in got, got


# 4. the places of a province's or a region's cut at a rate (各市（州）, 各盟市, 各设区市, 各地州市) before 按: the cut is
# the clause before's, of its object
@pytest.mark.parametrize("places", ["各市（州）", "各市(州)", "各市州", "各盟市", "各设区市", "各地州市", "各州（市）", "各地市",
                                    "各旗县（市、区）"])
@pytest.mark.parametrize("verb", ["压减", "统一压减"])
def test_a_provinces_places_cutting_at_a_rate_are_no_object(places, verb):
    text = ("关于某某省2020年预算执行情况和2021年预算草案的报告\n——2021年1月25日在某某省第十三届人民代表大会第五次会议上\n\n"
            "二、2021年预算草案\n坚持政府过紧日子，省级一般性支出在上年压减基础上再压减10%，"
            f"{places}按8%的比例{verb}。\n")
    got = pledged(read(text))
    assert ("一般性支出", 8, "%") in got, got
    assert not any(o.startswith("各") for o, _, _ in got), got


def test_a_provinces_places_cutting_their_own_object_keep_it():
    # (a look-alike that must not change: the object written after the verb)
    text = ("关于某某省2020年预算执行情况和2021年预算草案的报告\n——2021年1月25日在某某省第十三届人民代表大会第五次会议上\n\n"
            "二、2021年预算草案\n各市（州）按5%的比例压减非刚性支出。\n")
    assert ("非刚性支出", 5, "%") in pledged(read(text))


# 5. a report delivered in December: its 今年 is the year under review, no cue of the plan (a news page's review of the
# five years, "…年均增长4.2%，今年完成485亿元", "今年新建高标准农田5万亩"); its 明年 and its dated year's tasks are
_DEC = ("济宁市十八届人大六次会议开幕\n\n大众网济宁12月29日讯 今天上午，济宁市第十八届人民代表大会第六次会议开幕。\n\n"
        "报告指出，“十四五”期间，全市地区生产总值年均增长5.8%，预计今年达到5950亿元；{review}\n\n"
        "报告提出，2026年全市经济社会发展主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%。\n")


@pytest.mark.parametrize("review", [
    "一般公共预算收入年均增长4.2%，今年完成485亿元。",
    "今年全市新建高标准农田5万亩，改造城镇老旧小区120个。",
])
def test_a_december_pages_this_year_is_no_plan(review):
    d = read(_DEC.format(review=review))
    assert d.meta.report_year == 2026
    assert not pledged(d), pledged(d)


def test_a_december_pages_estimate_stays_no_pledge():
    # (a look-alike that must not change: an estimate of the year under review was no pledge before either)
    assert not pledged(read(_DEC.format(review="一般公共预算收入年均增长4.2%，今年预计完成485亿元。")))


def test_a_january_pages_this_year_still_pledges():
    # (a look-alike that must not change: in a page of January, 今年 is the year of the plan)
    text = ("沁县十八届人大三次会议开幕\n\n长治日报讯 2024年1月9日，沁县第十八届人民代表大会第三次会议开幕。\n\n"
            "报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。全年新建高标准农田5万亩，"
            "改造城镇老旧小区120个。\n")
    assert ("高标准农田", 5, "万亩") in pledged(read(text))


# 6. the tasks after a told list of the year may name the year and who does them again ("…左右。今年全县新建…")
@pytest.mark.parametrize("opener", ["今年全县新建", "今年，该县将新建", "今年我县要新建", "今年新建"])
@pytest.mark.parametrize("place,paper,year", [("沁县", "长治日报讯", 2024), ("平乡县", "邢台日报讯", 2019)])
def test_tasks_naming_the_year_again_after_a_told_list(opener, place, paper, year):
    text = (f"{place}十八届人大三次会议开幕\n\n{paper} {year}年1月9日，{place}第十八届人民代表大会第三次会议开幕。\n\n"
            "报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%。"
            f"{opener}高标准农田5万亩，改造城镇老旧小区120个。\n")
    assert {("高标准农田", 5, "万亩"), ("城镇老旧小区", 120, "个")} <= pledged(read(text))


def test_the_year_again_with_an_indicator_goes_on_with_the_list():
    # (a look-alike that must not change: the sentence naming an indicator first is the list going on)
    text = ("沁县十八届人大三次会议开幕\n\n长治日报讯 2024年1月9日，沁县第十八届人民代表大会第三次会议开幕。\n\n"
            "报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。今年全县固定资产投资增长8%，"
            "城镇新增就业3000人。\n")
    assert not pledged(read(text))


# 7. the year's 为民办实事 or 民生工程 set bare on its line under a targets line, as 民生实事 is (cues.tsv livelihood_titles):
# its rows are the year's tasks, one naming an indicator too
_PLAN_ROWS = ("关于{place}{past}年国民经济和社会发展计划执行情况及{year}年计划草案的报告\n"
              "——{year}年1月8日在{place}第十九届人民代表大会第六次会议上\n\n二、{year}年主要目标\n"
              "地区生产总值增长6.5%左右；城镇调查失业率5.5%以内\n{title}\n新增城镇就业1.1万人，新建城市社区嵌入式服务设施15个，"
              "改造老旧小区20个。\n")


@pytest.mark.parametrize("title", ["为民办实事", "民生工程", "十大民生工程", "十件为民办实事"])
@pytest.mark.parametrize("place,year", [("金堂县", 2026), ("番禺区", 2019), ("肥西县", 2021)])
def test_a_bare_livelihood_title_under_a_targets_line_opens_the_tasks(title, place, year):
    d = read(_PLAN_ROWS.format(place=place, past=year - 1, year=year, title=title))
    assert ("城镇就业", 1.1, "万人") in pledged(d), pledged(d)
    assert keys_of(d)[("urban_new_jobs", "target", str(year), "level")].value == 1.1


def test_a_livelihood_title_that_goes_on_is_no_label():
    # (a look-alike that must not change: the title's words going on, "民生工程建设")
    d = read(_PLAN_ROWS.format(place="金堂县", past=2025, year=2026, title="民生工程建设"))
    assert ("城镇就业", 1.1, "万人") not in pledged(d)


# 8. the region's own word (or 我们) and 将/要 between a clause of purpose and the task's verb (decision 210's leftover:
# "围绕这一目标，…将新建…"): the tasks, as with no doer named
@pytest.mark.parametrize("doer", ["该县将", "全县将", "我县要", "我们将"])
@pytest.mark.parametrize("purpose", ["围绕上述目标，", "为实现这些目标，"])
@pytest.mark.parametrize("year", [2019, 2023])
def test_a_doer_after_a_clause_of_purpose(doer, purpose, year):
    text = (f"平乡县十七届人大二次会议开幕\n\n邢台日报讯 {year}年1月8日，平乡县第十七届人民代表大会第二次会议开幕。\n\n"
            "报告提出，今年该县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长6.5%。"
            f"{purpose}{doer}新建高标准农田3.5万亩，改造城镇老旧小区12个。\n")
    assert {("高标准农田", 3.5, "万亩"), ("城镇老旧小区", 12, "个")} <= pledged(read(text))


def test_a_doer_after_a_past_years_list_pledges_nothing():
    # (a look-alike that must not change: the list of a past year)
    text = ("平乡县十七届人大二次会议开幕\n\n邢台日报讯 2023年1月8日，平乡县第十七届人民代表大会第二次会议开幕。\n\n"
            "报告提出，2022年该县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长6.5%。"
            "围绕上述目标，该县将新建高标准农田3.5万亩，改造城镇老旧小区12个。\n")
    assert not pledged(read(text))
