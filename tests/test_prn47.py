"""The last session's new blind sets as web pages and PDFs print them (prn47, decision 350): the numbered items of the
year's work ("一、抓项目扩投资。") set each on a line of their own under the line that leads them ("围绕上述目标，重点抓好
以下工作："), read in no part, their counts last year's results and not pledged; a sentence's line that a PDF's page width
cut after a comma, naming a report ("…审查县国民经济和社会发展计划报告和财政预算报告，并选举产"), taken for the page's
title; another body's report whose title a page's head sets over two lines ("XX省人民代表大会常务委员会\\n工作报告") under a
portal's menus, breadcrumb, date and button lines, read as a government work report. With look-alikes that must not
change."""
import pytest

from factkeys import key_values, pledge_items, read
from planwatch.metadata import _portal_head_line


# --- the year's work items, each on a line of its own under their lead ---

_HEAD = ("湘阴县2019年政府工作报告\n——2019年1月10日在湘阴县第十七届人民代表大会第三次会议上\n……\n"
         "2019年是决胜全面建成小康社会的关键之年。全县经济社会发展的主要预期目标是：地区生产总值增长8%左右，"
         "一般公共预算收入增长6%。\n")


def _items(lead: str, sep: str) -> str:
    return (_HEAD + lead + "\n一、抓产业促转型。" + sep + "新增规模工业企业12家，新建标准厂房15万平方米。\n"
            "二、抓城乡提品质。" + sep + "实现旅游综合收入60亿元，改造老旧小区18个。\n"
            "三、抓民生补短板。" + sep + "城镇新增就业4500人以上，新建农村幼儿园8所。\n")


@pytest.mark.parametrize("sep", ["\n", "\n\n", ""])
def test_work_items_on_their_own_lines_are_tasks(sep):
    # a page that sets each sentence apart (or a report whose items' lines are short, their titles run on): the items'
    # titles stand as numbered heads under the line leading the year's work; what they hold is the year's, as in a
    # report whose items' long lines are no heads
    d = read(_items("围绕上述目标，重点抓好以下工作：", sep))
    kv = key_values(d)
    assert kv.get(("tourism_revenue", "target", "2019", "level")) == (60, "eq")
    assert kv.get(("urban_new_jobs", "target", "2019", "level")) == (4500, "at_least")
    assert not any(k[1] == "actual" for k in kv)
    items = pledge_items(d)
    assert ("新建", "标准厂房", 15, "万平方米") in items
    assert ("新建", "农村幼儿园", 8, "所") in items


def test_items_after_a_review_lead_kept():
    # look-alike: numbered items after a line that leads last year's work ("2018年，我们重点抓了以下工作：") stay last
    # year's results, not pledged: the rule asks for a lead to the year's work
    text = ("湘阴县2019年政府工作报告\n——2019年1月10日在湘阴县第十七届人民代表大会第三次会议上\n……\n"
            "2018年，我们重点抓了以下工作：\n一、抓产业促转型。\n新增规模工业企业10家，实现旅游综合收入52亿元。\n"
            "二、抓民生补短板。\n城镇新增就业4300人，新建农村幼儿园6所。\n")
    d = read(text)
    kv = key_values(d)
    assert kv.get(("tourism_revenue", "actual", "2018", "level")) == (52, "eq")
    assert not any(k[1] == "target" for k in kv)
    assert not pledge_items(d)


def test_items_after_a_targets_lead_kept():
    # look-alike: numbered items after a line that leads the year's targets ("今年主要预期目标如下：") stay the targets,
    # their figures as before
    text = (_HEAD + "今年主要预期目标如下：\n一、经济发展目标。\n规模以上工业增加值增长8%左右。\n"
            "二、社会民生目标。\n城镇新增就业4500人以上，城镇登记失业率控制在4.5%以内。\n")
    kv = key_values(read(text))
    assert kv.get(("urban_new_jobs", "target", "2019", "level")) == (4500, "at_least")
    assert kv.get(("registered_unemployment_rate", "target", "2019", "share")) == (4.5, "at_most")


# --- a sentence's line a PDF's width cut, naming a report: no title ---

_NEWS = ("永康市第十七届人民代表大会第四次会议开幕\n2024-01-16　来源：永康新闻网\n"
         "1月15日上午，永康市第十七届人民代表大会第四次会议开幕。会议听取和审议了市人民\n"
         "政府工作报告，书面审议了市人大常委会工作报告和市人民法院工作报告、市人民检察院工\n"
         "作报告。\n报告显示，2023年全市地区生产总值达到735亿元，增长6.5%；一般公共预算收\n"
         "入58.2亿元，增长4.1%；城乡居民人均可支配收入分别增长5.3%和6.9%。\n"
         "报告提出，今年全市地区生产总值增长6.5%左右，规上工业增加值增长7.5%，城镇\n"
         "新增就业1.2万人。\n"
         "会议期间，各代表团将分组审查市国民经济和社会发展计划报告和财政预算报告，并选举产\n"
         "生市监察委员会主任。\n")


def test_width_cut_line_naming_plan_report_no_title():
    # the last paragraph's first line, cut by the page's width (40 characters) after "选举产", names the plan report:
    # no title, the page is the news of the government's report
    d = read(_NEWS, name="永康市.txt")
    assert d.meta.doc_type == "government_work_report"


def test_plan_report_title_line_kept():
    # look-alike: a plan report's own title line (no comma in it) over its byline stays the title
    text = ("关于永康市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
            "——2024年1月15日在永康市第十七届人民代表大会第四次会议上\n永康市发展和改革局局长　王建军\n\n"
            "各位代表：\n受市人民政府委托，现将永康市2023年国民经济和社会发展计划执行情况与2024年计划草案提请大会审议。\n"
            "一、2023年计划执行情况\n全市地区生产总值达到735亿元，增长6.5%。\n")
    d = read(text, name="永康市.txt")
    assert d.meta.doc_type == "plan_report"


def test_news_headline_with_comma_kept():
    # look-alike: a page's headline naming the plan report, a comma in it, over its lead (no page's width cut it): the
    # page's title, the plan report's news
    text = ("永康市2024年国民经济和社会发展计划报告出炉，这些项目与你有关\n"
            "1月15日，永康市第十七届人民代表大会第四次会议审查了市国民经济和社会发展计划报告。报告显示，2023年全市地区"
            "生产总值达到735亿元，增长6.5%。\n今年全市地区生产总值增长6.5%左右。\n")
    d = read(text, name="永康市.txt")
    assert d.meta.doc_type == "plan_report"


# --- another body's report, its title over two lines, under a portal's head ---

_PORTAL = ("首页 | 要闻动态 | 政务公开 | 政务服务 | 政民互动 | 走进湖北省\n当前位置：首页 > 政务公开 > 政府文件\n\n"
           "字号：大 中 小　　发布时间：2020-01-15 10:20　　来源：湖北省人民政府办公室　　浏览次数：3012\n"
           "【打印本页】 【关闭窗口】\n\n")
_CONGRESS = ("湖北省人民代表大会常务委员会公报　2020年第1号\n湖北省人民代表大会常务委员会\n工作报告\n"
             "——2020年1月15日在湖北省第十三届人民代表大会第三次会议上\n各位代表：\n"
             "现在，我代表湖北省人民代表大会常务委员会向大会报告工作，请予审议。\n一、2019年主要工作\n"
             "常委会围绕政府工作报告确定的目标任务加强监督，全省地区生产总值增长7.5%。\n")


def test_wrapped_others_title_under_portal_head():
    # the standing committee's title over two lines, ten lines down under the portal's head: another body's report
    d = read(_PORTAL + _CONGRESS, name="湖北省.txt")
    assert d.meta.doc_type == "other"


def test_wrapped_others_title_plain_kept():
    # look-alike: the same page without the portal's head, as before (decision 332)
    assert read(_CONGRESS, name="湖北省.txt").meta.doc_type == "other"


def test_wrapped_own_title_under_portal_head_kept():
    # look-alike: the government's own report, its title wrapped the same way under the same head, stays a work report
    text = _PORTAL + ("湖北省人民政府\n工作报告\n——2020年1月15日在湖北省第十三届人民代表大会第三次会议上\n各位代表：\n"
                      "现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2019年工作回顾\n全省地区生产总值增长7.5%。\n")
    assert read(text, name="湖北省.txt").meta.doc_type == "government_work_report"


@pytest.mark.parametrize("line,head", [
    ("首页 | 要闻动态 | 政务公开 | 政务服务 | 走进湖北省", True),  # a menu, its items set apart by bars
    ("当前位置：首页 > 政务公开 > 政府文件", True),  # a breadcrumb
    ("字号：大中小发布时间：2020-01-1510:20来源：湖北省人民政府办公室", True),  # a date and source line
    ("【打印本页】 【关闭窗口】", True),  # buttons only
    ("来源：本报记者，发布于今日", False),  # a clause's mark: a sentence, no head line
    ("湖北省人民代表大会常务委员会", False),  # a title's line
])
def test_portal_head_line(line, head):
    assert _portal_head_line(line) is head


def test_wrapped_own_title_under_one_item_menu():
    # the government's title over two lines under a portal's menu set one item a line over its breadcrumb (no opening
    # "现在，我代表…" to tell the report): a work report by its title
    text = ("网站首页\n机构设置\n信息公开\n政策文件\n在线办事\n互动交流\n当前位置：首页 > 政务公开 > 政府文件\n\n"
            "字号：大 中 小　　发布时间：2026-01-12 10:13　　来源：温江区人民政府办公室\n分享到：微信 微博 QQ空间\n\n"
            "成都市温江区人民政府\n工作报告\n——2026年1月12日在成都市温江区第二届人民代表大会第六次会议上\n区长　李明\n"
            "各位代表：\n一、2025年工作回顾\n2025年，全区地区生产总值增长6.1%。\n")
    assert read(text, name="温江区.txt").meta.doc_type == "government_work_report"


# --- a news headline listing the session's reports, wrapped by a page's width ---

_SESSION_NEWS = ("首页 > 政务公开 > 政府工作报告\n"
                 "开封市第十六届人民代表大会第四次会议开幕 审议政府工作报告和\n计划、预算报告\n"
                 "发布时间：2024-01-10 09:30　来源：开封日报\n"
                 "1月9日，开封市第十六届人民代表大会第四次会议开幕，市长代表市人民政府作政府工作报告。\n"
                 "报告显示，2023年全市地区生产总值增长4.8%，一般公共预算收入增长7.2%。\n"
                 "报告提出，2024年全市地区生产总值增长6%左右，城镇新增就业5万人。\n")


def test_wrapped_headline_listing_reports_no_other_report():
    # the headline's last words, "计划、预算报告", cut onto a line of their own: the same head line listing the session's
    # reports, no budget report's part; the figures are the region's
    kv = key_values(read(_SESSION_NEWS, name="开封市.txt"))
    assert kv.get(("gdp", "actual", "2023", "growth")) == (4.8, "eq")
    assert kv.get(("urban_new_jobs", "target", "2024", "level")) == (5, "eq")


def test_budget_report_part_after_work_report_kept():
    # look-alike: a page carrying the work report then the budget report under its own heading line (the line above it
    # ends a sentence): the budget report's figures stay its own, no figure of the region's key
    text = ("开封市政府工作报告\n各位代表：\n2023年全市地区生产总值增长4.8%。\n\n"
            "开封市2023年预算执行情况和2024年预算草案的报告\n一般公共预算收入增长7.2%。\n")
    kv = key_values(read(text, name="开封市.txt"))
    assert ("general_budget_revenue", "actual", "2023", "growth") not in kv


# --- an undated December report printed on a portal page dated in the report year ---

def test_late_review_on_page_dated_in_report_year():
    # a report with no day of delivery whose review of the year before opens on 今年 (a December delivery), posted on a
    # portal page dated the next January: its 今年 is still the year reviewed
    text = ("当前位置：首页 > 政务公开 > 政府文件\n发布时间：2026-01-20 10:15　　来源：岱山县人民政府办公室\n\n"
            "岱山县人民政府工作报告\n——在岱山县第十七届人民代表大会第六次会议上\n县长　陈海\n各位代表：\n"
            "一、2025年工作回顾\n今年，全县一般公共预算收入完成14.2亿元，增长4.6%。今年以来，全县接待游客620万人次。\n"
            "二、2026年工作安排\n明年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    kv = key_values(read(text, name="岱山县.txt"))
    assert kv.get(("general_budget_revenue", "actual", "2025", "level")) == (14.2, "eq")
    assert ("general_budget_revenue", "target", "2026", "level") not in kv


def test_january_review_on_page_dated_in_report_year_kept():
    # look-alike: a January report whose review speaks of 2025 by its year and whose plan part opens on 今年: 今年 is the
    # report year, as before
    text = ("当前位置：首页 > 政务公开 > 政府文件\n发布时间：2026-01-20 10:15　　来源：岱山县人民政府办公室\n\n"
            "岱山县人民政府工作报告\n——在岱山县第十七届人民代表大会第六次会议上\n县长　陈海\n各位代表：\n"
            "一、2025年工作回顾\n2025年，全县一般公共预算收入完成14.2亿元，增长4.6%。\n"
            "二、2026年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    kv = key_values(read(text, name="岱山县.txt"))
    assert kv.get(("general_budget_revenue", "actual", "2025", "level")) == (14.2, "eq")
    assert kv.get(("gdp", "target", "2026", "growth")) == (6, "about")


# --- a headline a page's width cut inside its words, printed with paragraphs' indents ---

def _printed_headline(cut_at: str) -> str:
    # a portal's page printed to a PDF: 30 characters a line, each paragraph's first line indented by two full-width spaces
    lines = ["　　首页 > 政务公开 > 政府工作报告",
             "　　开封市第十六届人民代表大会第四次会议开幕 审议政府工作" + cut_at,
             "　　1月9日，开封市第十六届人民代表大会第四次会议开幕，市长",
             "李强代表市人民政府作政府工作报告。",
             "　　报告显示，2023年全市地区生产总值增长4.8%，一般公共预",
             "算收入增长7.2%，城镇居民人均可支配收入增长5.6%，农村居民",
             "人均可支配收入增长7.8%。",
             "　　报告提出，2024年全市地区生产总值增长6%左右，城镇新增",
             "就业5万人，新建5G基站2000个，新增城市绿地100万平方米。"]
    return "\n".join(lines) + "\n"


def test_headline_cut_inside_report_word():
    # "…审议政府工作报" over "告和计划、预算报告": the second line is the headline's tail, neither the page's title (a budget
    # report) nor a budget report's heading over the figures
    d = read(_printed_headline("报\n告和计划、预算报告"), name="开封市.txt")
    assert d.meta.doc_type == "government_work_report"
    kv = key_values(d)
    assert kv.get(("gdp", "actual", "2023", "growth")) == (4.8, "eq")
    assert kv.get(("urban_new_jobs", "target", "2024", "level")) == (5, "eq")


def test_budget_report_heading_under_short_line_kept():
    # look-alike: a budget report's own heading under a short line (the issuing office's name), after the work report on
    # one page: its figures stay the budget report's
    text = ("开封市政府工作报告\n各位代表：\n2023年全市地区生产总值增长4.8%。\n谢谢大家！\n开封市财政局\n"
            "开封市2023年预算执行情况和2024年预算草案的报告\n一般公共预算收入增长7.2%。\n")
    kv = key_values(read(text, name="开封市.txt"))
    assert ("general_budget_revenue", "actual", "2023", "growth") not in kv
