"""Pages of Hong Kong, Macao, Taiwan and overseas Chinese papers restating a mainland report, in traditional characters,
blind (trd40, decision 216): a speaker's office after the session's venue clause (…會議在景洪市召開，州長…) or after a
paper's name (臺灣《聯合報》大陸新聞 北京市長…); a Hong Kong paper's slight changes (微升, 按年微跌); bopomofo notes after
characters (億(ㄧˋ)元); the projects before 計劃完成投資; and 今年將… right after a news page's target list."""
import pytest

from factkeys import keys_of, read, val
from taskdoc import pledges


# 1. the office that names the speaker opens its own clause after the session's venue: the venue (the prefecture's
# seat, a county-level city) is no region of the report
@pytest.mark.parametrize("session,seat,office,region", [
    ("西雙版納傣族自治州第十一屆人民代表大會第四次會議", "景洪市", "州長羅紅江", "西双版纳傣族自治州"),
    ("大理白族自治州第十五屆人民代表大會第二次會議", "大理市", "州長楊健", "大理白族自治州"),
    ("紅河哈尼族彝族自治州第十三屆人民代表大會第三次會議", "蒙自市", "代州長張三", "红河哈尼族彝族自治州"),
    ("黔东南苗族侗族自治州第十四届人民代表大会第四次会议", "凯里市", "州长李四", "黔东南苗族侗族自治州"),
])
@pytest.mark.parametrize("verb", ["召開", "開幕", "隆重開幕"])
def test_the_office_after_the_venue_clause_names_no_region(session, seat, office, region, verb):
    page = (f"【大公報訊】記者 李靜 昆明報道：{session}日前在{seat}{verb}，{office}作政府工作報告。"
            "2019年全州主要預期目標是：地區生產總值增長9%左右。")
    d = read(page)
    assert (d.meta.region, d.meta.level) == (region, "prefecture")


@pytest.mark.parametrize("page,region,level", [
    # (look-alikes that must not change: the seat's own session, a title before a comma, no venue)
    ("景洪市第十五屆人民代表大會第四次會議在景洪召開，市長張三作政府工作報告。2019年全市主要預期目標是：地區生產總值增長9%。",
     "景洪市", "county"),
    ("中共某某縣委副書記，勐海縣縣長張三作政府工作報告。2019年全縣主要預期目標是：地區生產總值增長9%。", "勐海县", "county"),
    ("西雙版納傣族自治州第十一屆人民代表大會第四次會議召開，州長羅紅江作政府工作報告。2016年全州主要預期目標是：地區生產總值增長10%。",
     "西双版纳傣族自治州", "prefecture"),
])
def test_a_speaker_without_a_venue_clause_keeps_its_region(page, region, level):
    d = read(page)
    assert (d.meta.region, d.meta.level) == (region, level)


# 2. a paper's name in 《》 on the speaker's line, the place it is printed in before it: that place names no region
@pytest.mark.parametrize("paper", ["臺灣《聯合報》大陸新聞", "香港《文匯報》內地新聞", "台灣《中國時報》兩岸要聞", "澳門《市民日報》"])
@pytest.mark.parametrize("city,office,region", [
    ("北京", "市長殷勇", "北京市"), ("重慶", "市長胡衡華", "重庆市"), ("湖北", "省長王忠林", "湖北省"),
])
def test_a_papers_place_before_the_office_is_no_region(paper, city, office, region):
    page = (f"{paper} {city}{office}作政府工作報告表示，{city}2025年經濟成長目標為5%左右，一般公共預算收入成長4%。"
            f"去年{city}地區生產總值年增5.2%。")
    d = read(page)
    assert d.meta.region == region
    assert ("gdp", "target", "2025", "growth") in keys_of(d)


# 3. a Hong Kong paper's slight changes: 微升/略升 a rise, 微跌/略跌 a fall, 按年 before them 同比
@pytest.mark.parametrize("clause,ind,value", [
    ("社會消費品零售總額1.1萬億元，按年微升0.03%", "retail_sales", 0.03),
    ("社會消費品零售總額1.1萬億元，微升0.03%", "retail_sales", 0.03),
    ("出口6502億元，按年微跌0.3%", "exports", -0.3),
    ("一般公共預算收入1944億元，略跌1.2%", "general_budget_revenue", -1.2),
    ("外貿進出口總額1.09萬億元，按年略跌0.8%", "foreign_trade", -0.8),
    ("城鎮居民人均可支配收入5.6萬元，略升2.1%", "urban_disposable_income", 2.1),
])
@pytest.mark.parametrize("place,year", [("廣州市", 2024), ("深圳市", 2023)])
def test_a_slight_change_is_a_growth_with_its_sign(clause, ind, value, place, year):
    page = (f"{place}政府工作報告\n{year}年1月10日\n{year - 1}年，全市{clause}。\n"
            "今年主要預期目標：地區生產總值增長5%。")
    assert val(keys_of(read(page)), (ind, "actual", str(year - 1), "growth")) == (value, "eq")


@pytest.mark.parametrize("clause,ind,value", [
    # (look-alikes that must not change: a slight rise already read, a fall in words the mainland writes, a slight change
    # right after the name, with no level between)
    ("社會消費品零售總額1.1萬億元，微增0.03%", "retail_sales", 0.03),
    ("出口6502億元，微降0.3%", "exports", -0.3),
    ("居民消費價格按年略升0.2%", "cpi", 0.2),
    ("进出口总额微跌1.5%", "foreign_trade", -1.5),
])
def test_the_mainlands_slight_changes_read_as_before(clause, ind, value):
    page = f"廣州市政府工作報告\n2024年1月10日\n2023年，全市{clause}。\n今年主要預期目標：地區生產總值增長5%。"
    assert val(keys_of(read(page)), (ind, "actual", "2023", "growth")) == (value, "eq")


# 4. bopomofo notes after characters, as pinyin ones: between a figure and its unit too
@pytest.mark.parametrize("note", ["(ㄧˋ)", "（ㄧˋ）"])
@pytest.mark.parametrize("ind,name,figure", [
    ("general_budget_revenue", "一般公共預算收入", 470.5),
    ("gdp", "地區生產總值", 10158.66),
    ("retail_sales", "社會消費品零售總額", 398.2),
])
def test_a_bopomofo_note_inside_a_figure_is_dropped(note, ind, name, figure):
    page = (f"泉州市政府工作報告\n2021年1月20日\n2020年，全市{name}{figure}億{note}元，增長(ㄓㄤˇ)2.5%。\n"
            "今年主要預期目標：地區生產總值增長(ㄓㄤˇ)7%左(ㄗㄨㄛˇ)右。")
    fs = keys_of(read(page))
    assert val(fs, (ind, "actual", "2020", "level")) == (figure, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "about")


# 5. the projects named before 計劃/力爭/確保完成投資 are what the investment is of
@pytest.mark.parametrize("body,obj,n,unit", [
    ("省重點項目計劃完成投資1萬億元以上。", "省重点项目投资", 1, "万亿元"),
    ("市重点项目力争完成投资800亿元。", "市重点项目投资", 800, "亿元"),
    ("全年重点建设项目确保完成投资300亿元以上。", "重点建设项目投资", 300, "亿元"),
    ("哈尔滨机场二期扩建工程计划完成投资30亿元。", "哈尔滨机场二期扩建工程投资", 30, "亿元"),
])
@pytest.mark.parametrize("level", ["市", "县"])
def test_projects_before_a_planned_investment_are_its_object(body, obj, n, unit, level):
    got = pledges(body, level=level)
    assert any(o == obj and v == n and u == unit for _, o, v, u in got), got


@pytest.mark.parametrize("body,obj,n", [
    # (look-alikes that must not change: projects counted in a clause before, a work named before 完成投资)
    ("实施重点项目150个，计划完成投资180亿元。", "重点项目投资", 180),
    ("推进合肥至周口高速公路建设，力争完成投资25亿元。", "合肥至周口高速公路投资", 25),
])
def test_projects_counted_before_keep_their_investment(body, obj, n):
    got = pledges(body)
    assert any(o == obj and v == n for _, o, v, _u in got), got


# 6. a sentence opening on the year's will right after a news page's target list, in its paragraph, opens the tasks
@pytest.mark.parametrize("turn", ["今年將", "今年要", "圍繞上述目標，今年將", "今年，全市將"])
@pytest.mark.parametrize("targets", ["地區生產總值增長5%", "地區生產總值增長5%左右；一般公共預算收入增長3%"])
def test_the_years_will_after_a_target_list_opens_the_tasks(turn, targets):
    page = (f"廣州市政府工作報告\n2024年1月10日\n今年主要預期目標：{targets}。{turn}新建5G基站5000座，"
            "改造城中村項目30個。")
    d = read(page)
    assert {("5G基站", 5000, "座"), ("城中村项目", 30, "个")} <= {(p.object, p.value, p.unit) for p in d.pledges}
    assert ("gdp", "target", "2024", "growth") in keys_of(d)


def test_a_year_so_far_after_a_target_list_pledges_nothing():
    # (a look-alike that must not change: 今年以来, a review's figures after the list)
    page = ("廣州市政府工作報告\n2024年1月10日\n今年主要預期目標：地區生產總值增長5%。今年以來，全市新建5G基站5000座。")
    assert not read(page).pledges


# 7. a news lead citing the report by its year and saying what it tells: the report's year, with no dated byline
@pytest.mark.parametrize("lead", [
    "【香港商報網訊】廣州市{y}年政府工作報告顯示，",
    "【香港商報網訊】《{y}年廣州市政府工作報告》提出，",
    "【香港商報網訊】據{y}年廣州市政府工作報告，",
    "記者從{y}年廣州市政府工作報告中獲悉，",
    "广州市{y}年政府工作报告指出，",
])
@pytest.mark.parametrize("y", [2019, 2024])
def test_a_report_cited_by_its_year_dates_the_page(lead, y):
    page = lead.format(y=y) + "去年廣州社會消費品零售總額1.1萬億元，增長6.5%。今年廣州經濟增長預期目標為5%。"
    d = read(page)
    assert d.meta.report_year == y
    assert ("gdp", "target", str(y), "growth") in keys_of(d)


@pytest.mark.parametrize("page,year", [
    # (look-alikes that must not change: last year's report cited as done in a later report's review)
    ("广州市政府工作报告\n2024年1月10日\n一、2023年工作回顾\n2023年政府工作报告提出的十件民生实事全部完成，全市地区生产总值增长4.6%。\n"
     "二、2024年工作安排\n今年主要预期目标：地区生产总值增长5%。", 2024),
    ("广州市政府工作报告\n2024年1月10日\n一、2023年工作回顾\n2023年政府工作报告确定的目标任务全面完成。\n"
     "二、2024年工作安排\n今年主要预期目标：地区生产总值增长5%。", 2024),
])
def test_a_report_cited_as_done_does_not_date_the_page(page, year):
    assert read(page).meta.report_year == year


# 8. a bare 目标 with its figure right after it (a Taiwan or Hong Kong paper's "成長目標5%左右") states the year's target:
# the page's year, and 去年 the year before
@pytest.mark.parametrize("said", ["GDP成長目標5%左右", "GDP增长目标5%左右", "經濟增長目標定為5.5%左右", "经济增长目标5%"])
@pytest.mark.parametrize("y,city,office", [(2024, "上海", "市長龔正"), (2019, "深圳", "市長陳如桂")])
def test_a_bare_target_with_its_figure_dates_the_page(said, y, city, office):
    page = f"（中央社記者 台北報導）{city}{office}在政府工作報告中說，{y}年{city}{said}，去年{city}GDP成長6%。"
    d = read(page)
    assert d.meta.report_year == y
    assert ("gdp", "actual", str(y - 1), "growth") in keys_of(d)


@pytest.mark.parametrize("page", [
    # (look-alikes that must not change: last year's target said as missed or met)
    "上海市长龚正作报告。2023年增长目标5.5%未能实现，全市生产总值增长5%。",
    "上海市长龚正作报告。2023年增长目标5.5%已经完成，全市生产总值增长5%。",
])
def test_a_target_said_as_missed_or_met_does_not_date_the_page(page):
    assert read(page).meta.report_year is None


# 9. a Hong Kong paper's short name for retail sales, 社會零售總額
@pytest.mark.parametrize("clause,key,value", [
    ("社會零售總額增長5%", ("retail_sales", "target", "2025", "growth"), (5, "eq")),
    ("社会零售总额增长4.5%左右", ("retail_sales", "target", "2025", "growth"), (4.5, "about")),
])
def test_social_retail_total_is_retail_sales(clause, key, value):
    page = f"廣東省政府工作報告\n2025年1月15日\n今年主要預期目標：地區生產總值增長5%左右，{clause}。"
    assert val(keys_of(read(page)), key) == value


# 10. a news paragraph that restates the targets, then the review, then the year's will said outright: the tasks
@pytest.mark.parametrize("turn", ["此外，今年北京將", "今年北京將", "今年，北京將", "同時，今年將", "另外，今年全市要"])
def test_the_years_will_after_the_review_in_a_news_paragraph_opens_the_tasks(turn):
    page = ("【文匯報訊】（記者 殷翔 北京報道）北京市十六屆人大三次會議12日上午開幕。北京市市長殷勇作政府工作報告。報告提出，"
            "2025年北京經濟社會發展主要預期目標為：地區生產總值增長5%左右；一般公共預算收入增長4%。報告回顧，2024年北京"
            f"地區生產總值約4.98萬億元，增長5.2%左右。{turn}新建改造城市道路200公里，新增籌集保障性住房5萬套（間）。")
    d = read(page)
    assert {("城市道路", 200, "公里"), ("保障性住房", 5, "万套")} <= {(p.object, p.value, p.unit) for p in d.pledges}
    assert val(keys_of(d), ("gdp", "actual", "2024", "growth")) == (5.2, "about")


@pytest.mark.parametrize("turn", ["今年以來，北京", "去年北京"])
def test_a_review_after_the_review_in_a_news_paragraph_pledges_nothing(turn):
    # (look-alikes that must not change: the year so far, last year)
    page = ("【文匯報訊】北京市十六屆人大三次會議12日上午開幕。北京市市長殷勇作政府工作報告。報告提出，2025年北京經濟社會發展"
            "主要預期目標為：地區生產總值增長5%左右。報告回顧，2024年北京地區生產總值約4.98萬億元，增長5.2%左右。"
            f"{turn}新建改造城市道路200公里。")
    assert not read(page).pledges


# 11. the office's level character is its region's too: "浙江省杭州市長" is 杭州市's mayor
@pytest.mark.parametrize("lead,region", [
    ("（中央社記者 台北報導）浙江省杭州市長姚高員作政府工作報告，", "杭州市"),
    ("浙江省杭州市长姚高员在市十四届人大四次会议上作政府工作报告，", "杭州市"),
    ("（中央社記者 台北報導）廣東省深圳市長覃偉中作政府工作報告，", "深圳市"),
    ("四川省成都市長王鳳朝作政府工作報告，", "成都市"),
])
def test_a_province_before_a_mayor_names_the_mayors_city(lead, region):
    city = region[:2]
    d = read(lead + f"今年{city}GDP成長目標5.5%左右，去年{city}GDP成長4.7%。")
    assert (d.meta.region, d.meta.level) == (region, "prefecture")


@pytest.mark.parametrize("lead,region,level", [
    # (look-alikes that must not change: the level said twice, a province's governor, no province before the city)
    ("浙江省杭州市市长姚高员作政府工作报告，", "杭州市", "prefecture"),
    ("云南省长王予波作政府工作报告，", "云南省", "province"),
    ("杭州市长姚高员作政府工作报告，", "杭州市", "prefecture"),
    ("江蘇省南京市代市長陳之常作政府工作報告，", "南京市", "prefecture"),
])
def test_an_office_said_in_full_keeps_its_region(lead, region, level):
    d = read(lead + "今年GDP增长目标5.5%左右。")
    assert (d.meta.region, d.meta.level) == (region, level)


# 12. Hong Kong, Macao and Taiwan, only mentioned (a reprinting paper's name, the Greater Bay Area), are no page's region:
# they deliver no such report
@pytest.mark.parametrize("byline", ["【香港商報網訊】", "澳門日報訊 ", "【香港文匯報訊】"])
def test_a_sar_only_mentioned_is_no_region(byline):
    page = (f"{byline}廣東省政府工作報告提出，今年全省地區生產總值增長5%左右，粵港澳大灣區建設加快推進，"
            "香港、澳門更好融入國家發展大局。")
    assert read(page).meta.region == "广东省"


def test_a_statistics_release_on_a_hong_kong_page_names_no_sar():
    page = "香港商報 2023年1月17日\n國家統計局：去年GDP增長3%\n國家統計局17日公布，2022年國內生產總值1210207億元，比上年增長3.0%。"
    assert read(page).meta.region != "香港特别行政区"


# 13. the region's own short name after the plan's period, 中山 and 佛山 ending as a mountain's name would: the region
@pytest.mark.parametrize("city,short", [("中山市", "中山"), ("佛山市", "佛山"), ("鞍山市", "鞍山")])
@pytest.mark.parametrize("time", ["「十四五」時期", "“十四五”期间", "十三五时期"])
def test_the_regions_own_name_after_the_plans_period_is_no_mountain(city, short, time):
    span = "2016-2020" if "三" in time else "2021-2025"
    page = f"{city}政府工作报告\n{int(span[-4:]) + 1}年1月18日\n{time}{short}地區生產總值年均增長4.5%。"
    assert val(keys_of(read(page)), ("gdp", "actual", span, "growth")) == (4.5, "eq")


def test_a_mountain_after_the_plans_period_is_still_a_part():
    # (a look-alike that must not change: a scenic mountain of the region, named after the period)
    page = "佛山市政府工作报告\n2026年1月18日\n“十四五”时期西樵山接待游客500万人次。全市地区生产总值年均增长4.5%。"
    fs = keys_of(read(page))
    assert ("tourist_visits", "actual", "2025", "level") not in fs and ("tourist_visits", "actual", "2021-2025", "level") not in fs
