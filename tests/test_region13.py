"""Session 16 region13: metadata on hard pages — namesake districts told apart by the divisions the text names
beside them, and a stated namesake that a division only mentioned in the body must not displace."""
from __future__ import annotations

import pytest

import planwatch


def meta_of(text: str):
    return planwatch.read_text(text, "x.txt").meta


def _district(name: str, body: str) -> str:
    # a district's report whose head names only the district (its namesakes elsewhere) and whose city stays
    # anonymous ("市委、市政府")
    return (f"{name}政府工作报告\n——2020年1月7日在{name}第十六届人民代表大会第五次会议上\n\n各位代表：\n"
            "现在，我代表区人民政府向大会报告工作，请予审议。\n一、2019年工作回顾\n"
            f"2019年，在市委、市政府和区委的坚强领导下，全区一般公共预算收入增长3.1%。{body}\n"
            "二、2020年工作安排\n全区一般公共预算收入增长3%左右。\n")


# the divisions beside one namesake, named in full, tell which it is
@pytest.mark.parametrize("name, body, code, parent", [
    ("普陀区", "与长宁、静安、嘉定等区协同推进苏州河沿岸开发，与嘉定区共建沪宁发展轴。", "310107", "上海市"),
    ("普陀区", "与定海区共建海洋经济示范带，岱山县、嵊泗县渔业协作持续深化。", "330903", "舟山市"),
    ("鼓楼区", "与玄武区、秦淮区联动打造中心城区商圈。", "320106", "南京市"),
    ("鼓楼区", "与台江区、仓山区共建闽江北岸中央商务区。", "350102", "福州市"),
    ("和平区", "与南开区、河西区共建金融街。", "120101", "天津市"),
    ("和平区", "与沈河区、皇姑区共建中街—太原街商圈联动带。", "210102", "沈阳市"),
    ("新华区", "与运河区共同推进大运河文化带建设。", "130902", "沧州市"),
])
def test_a_namesake_told_apart_by_the_divisions_beside_it(name, body, code, parent):
    m = meta_of(_district(name, body))
    assert (m.region, m.region_code, m.parent, m.level) == (name, code, parent, "county")
    assert m.report_year == 2020


# look-alikes: neighbours of two namesakes as often, or only divisions no namesake has beside it, or a
# two-character neighbour (城区, a common word) tell nothing; the region stays empty, its level kept
@pytest.mark.parametrize("name, body", [
    ("鼓楼区", "学习玄武区、云龙区的经验做法。"),  # 南京's and 徐州's, once each
    ("鼓楼区", "学习借鉴成都市武侯区、锦江区的经验做法。"),  # 成都 has no 鼓楼区
    ("普陀区", "老城区有机更新加快推进。"),
])
def test_neighbours_that_tell_nothing_leave_the_namesake_open(name, body):
    m = meta_of(_district(name, body))
    assert (m.region, m.region_code, m.level) == (None, None, "county")
    assert name in (m.evidence["region"].note or "")


def test_the_city_named_still_outranks_a_neighbour_of_the_other_namesake():
    # 福州 named twice, one 南京 district once: the city's word decides, as before
    m = meta_of(_district("鼓楼区", "福州市委部署的三坊七巷保护工程完成，学习玄武区经验，福州软件园扩容。"))
    assert (m.region_code, m.parent) == ("350102", "福州市")


# a stated namesake (title and byline) is the report's: a division the body only mentions (a partner county, a
# district paired with it) is not, even where it fits the report's level word
@pytest.mark.parametrize("partner", ["红古区", "会宁县", "阿图什市"])
def test_a_stated_namesake_is_not_displaced_by_a_division_only_mentioned(partner):
    text = ("鼓楼区政府工作报告\n——2019年1月9日在鼓楼区第十七届人民代表大会第四次会议上\n\n各位代表：\n"
            "现在，我代表区人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n"
            "2018年，在市委、市政府和区委的坚强领导下，全区实现地区生产总值1208.6亿元，增长7.6%。深化东西部扶贫协作，"
            f"选派干部赴{partner}挂职，援建{partner}产业项目12个，帮助{partner}贫困人口脱贫3200人。\n"
            f"二、2019年工作安排\n全区地区生产总值增长7.5%左右。继续做好对口帮扶{partner}工作。\n")
    m = meta_of(text)
    assert (m.region, m.region_code, m.level) == (None, None, "county")
    assert "鼓楼区" in m.evidence["region"].note
    assert (m.report_year, m.doc_type) == (2019, "government_work_report")


# look-alikes that keep their region: a title without namesakes beside a partner mentioned more; a text that states
# nothing, whose body mentions decide; a namesake whose city the body names
@pytest.mark.parametrize("head, code", [
    ("朝阳区政府工作报告\n——2019年1月9日在朝阳区第十七届人民代表大会第四次会议上\n", None),  # 北京's or 长春's: open
    # (兰州's or 拉萨's: 红古区 lies beside 兰州's, which tells)
    ("城关区政府工作报告\n——2019年1月9日在城关区第十七届人民代表大会第四次会议上\n", "620102"),
    ("西固区政府工作报告\n——2019年1月9日在西固区第十七届人民代表大会第四次会议上\n", "620104"),
    ("", "620111"),  # nothing stated: the district the body names most, as before
])
def test_a_partner_mentioned_in_the_body_beside_other_heads(head, code):
    body = ("各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n2018年，全区实现地区生产总值"
            "208.6亿元，增长7.6%。与红古区共建产业园，援建红古区项目12个，红古区协作持续深化。\n二、2019年工作安排\n"
            "全区地区生产总值增长7.5%左右。\n")
    m = meta_of(head + body)
    assert m.region_code == code


def test_a_namesake_whose_city_the_body_names_beside_a_partner():
    m = meta_of("鼓楼区政府工作报告\n——2019年1月9日在鼓楼区第十七届人民代表大会第四次会议上\n各位代表：\n"
                "2018年，在徐州市委、市政府和区委的坚强领导下，全区援建红古区项目12个，红古区协作持续深化，"
                "与红古区共建产业园。全区地区生产总值增长7.6%。\n二、2019年工作安排\n全区地区生产总值增长7.5%左右。\n")
    assert (m.region_code, m.parent) == ("320302", "徐州市")


# a portal's page: menus and lists of links fill the top, the copy starts under the breadcrumb past the head's
# 1500 characters
_MENUS = ("政务公开：政府信息公开指南　政府信息公开制度　法定主动公开内容　政府信息公开年报　依申请公开　政府文件\n"
          "政务服务：个人办事　法人办事　部门服务　主题服务　便民服务　办事指南　表格下载　在线预约\n"
          "数据发布：统计数据　统计公报　统计年鉴　经济运行　数据解读　开放数据目录\n"
          "互动交流：市长信箱　12345热线　在线访谈　网上调查　征集意见　咨询投诉　留言选登\n")
_LINKS = ("热点专题：\n· 安康市2019年政府工作报告全文\n· 汉滨区第十八届人民代表大会第四次会议隆重开幕\n"
          "· 旬阳县第十八届人民代表大会第四次会议开幕\n· 岚皋县召开县十八届人大四次会议\n")
_COPY = ("政府工作报告\n——2019年1月10日在石泉县第十八届人民代表大会第四次会议上\n石泉县人民政府县长　陈晓勇\n\n各位代表：\n"
         "现在，我代表县人民政府向大会报告工作。2018年，在安康市委、市政府和县委的坚强领导下，全县生产总值增长9.1%。\n"
         "今年全县生产总值增长9%左右。\n")


def _portal(menus: int, crumb: str = "当前位置：首页　>　县区动态　>　县区要闻\n") -> str:
    return "安康市人民政府门户网站\n" + _MENUS * menus + _LINKS + crumb + "【字体：大　中　小】　打印本页　关闭窗口\n" + _COPY


@pytest.mark.parametrize("menus", [1, 8])  # the copy inside the head's 1500 characters, and past them
def test_a_portals_copy_under_its_menus_is_read_from_its_breadcrumb(menus):
    text = _portal(menus)
    assert (text.index("政府工作报告\n——") > 1500) == (menus == 8)
    m = meta_of(text)
    assert (m.region, m.region_code, m.doc_type) == ("石泉县", "610922", "government_work_report")
    assert (m.report_year, m.meeting_date, m.speaker, m.title) == (2019, "2019-01-10", "陈晓勇", "政府工作报告")


# look-alikes: a report's own "所在位置：" line (no way from the home page) and a breadcrumb under the speech's opening
# leave the head where it was; a letter-spaced title or one of three spaced parts is no menu
@pytest.mark.parametrize("line", ["所在位置：石泉县城关镇\n", "当前位置：首页 > 政务公开\n"])
def test_a_line_like_a_breadcrumb_inside_the_copy_keeps_the_head(line):
    text = ("政府工作报告\n——2019年1月10日在石泉县第十八届人民代表大会第四次会议上\n\n各位代表：\n现在，我代表县人民政府向大会报告工作。"
            + "2018年，全县生产总值增长9.1%，石泉古城、后柳水乡景区提档升级。" * 12 + "\n" + line
            + "今年全县生产总值增长9%左右。\n")
    assert text.index(line) > 100
    m = meta_of(text)
    assert (m.region_code, m.report_year, m.meeting_date, m.title) == ("610922", 2019, "2019-01-10", "政府工作报告")


@pytest.mark.parametrize("title", ["政　府　工　作　报　告", "石泉县人民政府　2019年　政府工作报告"])
def test_a_spaced_title_is_no_menu(title):
    m = meta_of(title + "\n——2019年1月10日在石泉县第十八届人民代表大会第四次会议上\n各位代表：\n今年全县生产总值增长9%左右。\n")
    assert (m.title or "").replace("　", "").endswith("政府工作报告")
    assert (m.doc_type, m.region_code) == ("government_work_report", "610922")


# a news page whose only year is the month its address files it under
_SESSION_NEWS = ("1月9日上午，修水县第十七届人民代表大会第四次会议开幕。县长代表县人民政府向大会作政府工作报告。报告回顾了过去一年的工作，"
                 "全县地区生产总值增长8.6%。报告提出，今年全县地区生产总值增长8%左右。\n")


@pytest.mark.parametrize("url, year", [
    ("http://www.xiushui.gov.cn/xwzx/xsyw/202001/a1b2c3d4e5f6.shtml", 2020),
    ("https://www.xiushui.gov.cn/xwzx/2019-12/abc123.html", 2020),  # filed in December: the next year's report
    ("http://www.xiushui.gov.cn/art/201901_5/index.html", None),  # no folder of a month alone
])
def test_the_month_a_pages_address_files_it_under_dates_it(url, year):
    m = meta_of("我县隆重召开第十七届人民代表大会第四次会议\n链接地址：" + url + "\n\n" + _SESSION_NEWS)
    assert m.region_code == "360424"
    assert m.report_year == year
    assert m.meeting_date == (f"{year}-01-09" if year else None)


def test_a_full_date_in_the_address_or_a_page_date_still_comes_first():
    m = meta_of("我县隆重召开第十七届人民代表大会第四次会议\n发布时间：2020-01-10\n链接地址：http://www.xiushui.gov.cn/xwzx/201912/a1.shtml\n\n"
                + _SESSION_NEWS)
    assert m.report_year == 2020


# a dateline on the session's close: the date is kept as the last the report can have been delivered on, and said so
def test_a_closing_dateline_is_kept_with_a_note():
    m = meta_of("县十八届人大三次会议胜利闭幕\n（来源：岳西县融媒体中心 2020年1月13日）\n1月12日上午，县十八届人大三次会议胜利闭幕。"
                "大会批准了县长所作的政府工作报告。过去一年，岳西县地区生产总值增长8.2%。会议同意今年全县地区生产总值增长8%左右。\n")
    assert (m.region_code, m.report_year, m.meeting_date) == ("340828", 2020, "2020-01-12")
    assert "closing" in m.evidence["meeting_date"].note
    m = meta_of("1月10日上午，县十八届人大三次会议开幕，会期3天，12日闭幕。县长作政府工作报告。过去一年，岳西县地区生产总值增长8.2%。"
                "今年全县地区生产总值增长8%左右。\n来源：岳西县融媒体中心 2020-01-11\n")
    assert m.meeting_date == "2020-01-10" and "closing" not in (m.evidence["meeting_date"].note or "")


@pytest.mark.parametrize("menus", [2, 8])
def test_a_portals_copy_under_its_menus_without_a_breadcrumb(menus):
    # the head holds HEAD characters besides the menus' lines; the sessions its list of links names are other pages'
    text = _portal(menus, crumb="")
    m = meta_of(text)
    assert (m.region, m.region_code, m.doc_type) == ("石泉县", "610922", "government_work_report")
    assert (m.report_year, m.meeting_date, m.title) == (2019, "2019-01-10", "政府工作报告")


def test_a_news_lead_on_its_own_session_is_no_list_of_links():
    # look-alike: the page's own lead names its session at the top; a list of other sessions at its foot
    m = meta_of("1月10日，石泉县第十八届人民代表大会第四次会议开幕。县长代表县人民政府作政府工作报告。报告提出，今年全县生产总值增长9%左右。\n"
                "来源：石泉县融媒体中心 2019-01-11\n相关阅读：\n· 汉滨区第十八届人民代表大会第四次会议隆重开幕\n"
                "· 旬阳县第十八届人民代表大会第四次会议开幕\n")
    assert (m.region_code, m.report_year, m.meeting_date) == ("610922", 2019, "2019-01-10")


# the short forms of autonomous counties with long place names, as titles and news name them
@pytest.mark.parametrize("name, code", [("前郭县", "220721"), ("喀左县", "211324"), ("和丰县", "654226"), ("杜蒙县", "230624")])
def test_an_autonomous_countys_short_form_in_a_title(name, code):
    m = meta_of(f"{name}2019年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。2018年，全县地区生产总值增长5.2%。"
                "今年全县地区生产总值增长6%左右。\n")
    assert (m.region_code, m.level, m.report_year) == (code, "county", 2019)


def test_a_word_holding_a_two_character_short_form_names_no_county():
    # (塔县 and 察县 are left out: "巡察县直部门" is no 察布查尔's)
    m = meta_of("石泉县2019年政府工作报告\n各位代表：\n2018年，全县开展巡察县直部门12个。今年全县地区生产总值增长9%左右。\n")
    assert m.region_code == "610922"


# a five-year plan's outline (its title naming the year of its long-range goals too) is adopted in the plan's first year
@pytest.mark.parametrize("title, year", [
    ("泰兴市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", 2021),
    ("关于泰兴市国民经济和社会发展第十四个五年规划和2035年远景目标纲要（草案）的报告", 2021),
    ("泰兴市国民经济和社会发展第十三个五年规划纲要", 2016),
    ("泰兴市“十四五”规划纲要实施中期评估报告", None),  # an account of it years on: not its year
])
def test_a_five_year_plans_outline_is_of_its_first_year(title, year):
    m = meta_of(title + "\n第一章　发展基础\n“十三五”时期，在泰州市委、市政府和泰兴市委的坚强领导下，全市地区生产总值年均增长6.8%。"
                "到2025年，全市地区生产总值年均增长6%左右。展望二〇三五年，基本实现社会主义现代化。\n")
    assert m.region_code == "321283"
    assert m.doc_type != "government_work_report"
    assert m.report_year == year


def test_a_dated_byline_still_dates_an_outlines_report():
    m = meta_of("关于泰兴市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）的报告\n"
                "——2021年1月12日在泰兴市第十七届人民代表大会第五次会议上\n各位代表：\n到2025年，全市地区生产总值年均增长6%左右。\n")
    assert (m.report_year, m.meeting_date) == (2021, "2021-01-12")


def test_a_heading_on_carrying_out_the_outline_is_no_outlines_title():
    m = meta_of("深入实施“十四五”规划纲要\n泰兴市2023年，全市地区生产总值增长5.8%。报告提出，今年全市地区生产总值增长6%左右。\n"
                "来源：泰兴市融媒体中心 2024-01-10\n")
    assert m.report_year == 2024


def test_a_pages_title_and_date_above_its_breadcrumb_stay_in_the_head():
    # look-alike: no menus above the breadcrumb, only the page's own title and date lines
    m = meta_of("平利县人民政府\n平利县2019年政府工作报告（全文）——县十八届人大四次会议审议通过\n发布时间：2019-01-15　来源：县政府办公室"
                "　浏览次数：1362　信息索引号：11610926MB2900001X/2019-00015\n当前位置：首页 > 政务公开 > 政府工作报告\n\n各位代表：\n"
                "现在，我代表县人民政府向大会报告工作。过去一年，全县生产总值增长8.1%。今年全县生产总值增长8%左右。\n")
    assert m.title.startswith("平利县2019年政府工作报告")
    assert (m.region_code, m.report_year) == ("610926", 2019)
