"""This session's blind sets as web pages and PDFs print them (prn45, decision 329): another body's report (a court's,
a procuratorate's, a CPPCC committee's) whose title a portal prints under its menus, breadcrumb, date and share lines,
read as a government work report and pledged; a ；-item of the year in a goals-and-year-work part whose ； a PDF's line
ends, not pledged; a card's bracketed name at a page's foot, the next page's running head naming the year and the
region, its sentence lost; a commentator's words going on in a sentence a page sets on a line or a paragraph of its own
("…指出，报告的目标务实。\\n\\n他预计…", "…银行认为，…。\\n中银香港指出，…"), read as the report's; a line opening on
全年 whose first figure is a count or a foreign currency's amount, in the review of a plan ended, set apart from the
paragraph opened by 一年来, its growth read as the plan's. With look-alikes that must not change."""
import pytest

import planwatch
from factkeys import key_values, pledge_items, read


# --- another body's report under a portal's menus ---

_PORTAL = ("网站首页\n机构设置\n信息公开\n政策文件\n在线办事\n互动交流\n当前位置：首页 > 政务公开 > 政府文件\n\n"
           "字号：大 中 小　　发布时间：{date} 09:40　　来源：{city}人民政府办公室　　浏览次数：2210\n分享到：微信 微博 QQ空间\n\n")


def _portal_page(city: str, year: int, title: str, body: str) -> str:
    return (_PORTAL.format(city=city, date=f"{year}-02-20") + f"{title}\n——{year}年2月20日在{city}第十五届人民代表大会"
            f"第三次会议上\n\n各位代表：\n现在，我代表本院向大会报告工作，请予审议。\n\n{body}\n\n"
            f"（编辑：王芳　审核：刘强）\n【打印本页】 【关闭窗口】\n")


_COURT_BODY = ("一、过去一年的主要工作\n\n一年来，全市法院受理各类案件12.6万件，审结11.8万件。认真贯彻市政府工作报告确定的目标任务，"
               "服务保障经济社会发展。\n\n二、今年的工作安排\n\n今年，新建改建人民法庭12个，案件结案率达到92%以上。")


@pytest.mark.parametrize("city,title", [("宁波市", "宁波市中级人民法院工作报告"), ("长沙市", "长沙市人民检察院工作报告"),
                                        ("温州市", "政协温州市委员会常务委员会工作报告")])
def test_others_report_under_portal_menus(city, title):
    # the title stands seven lines down, under the menus, breadcrumb, date and share lines: the page is another body's
    # report, typed other, and its own plans are no government's pledges
    d = read(_portal_page(city, 2023, title, _COURT_BODY), name=f"{city}.txt")
    assert d.meta.doc_type == "other"
    assert not d.pledges


def test_government_report_under_portal_menus_kept():
    # look-alike: the government's own report under the same menus stays a work report and pledges its tasks
    body = ("一、2022年工作回顾\n\n一年来，全市地区生产总值增长4.5%。\n\n二、2023年工作安排\n\n"
            "今年，新建改造城市道路40公里，新增公办幼儿园学位8000个。")
    text = (_PORTAL.format(city="宁波市", date="2023-02-20") + "政府工作报告\n——2023年2月20日在宁波市第十六届人民代表大会"
            f"第三次会议上\n宁波市人民政府市长\n\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n{body}\n")
    d = read(text, name="宁波市.txt")
    assert d.meta.doc_type == "government_work_report"
    assert d.pledges


# --- a ；-item of the year after a PDF's line end ---

def _goals_and_year(after_semicolon: str, part: str = "二、“十四五”时期奋斗目标和2021年工作安排") -> str:
    return ("政府工作报告\n——2021年1月8日在合肥市庐阳区第十八届人民代表大会第五次会议上\n\n各位代表：\n"
            "现在，我代表区人民政府，向大会报告工作，请予审议。\n\n一、2020年工作回顾\n\n"
            "2020年，全区地区生产总值增长4.1%。\n\n"
            f"{part}\n“十四五”时期，全区地区生产总值年均增长7%左右，到2025年突破1300亿元；\n"
            f"{after_semicolon}\n2021年全区经济社会发展的主要预期目标是：地区生产总值增长8%左右，城镇登记失业率"
            "控制在4%以内。\n")


@pytest.mark.parametrize("item,unit", [("全年新增城镇就业1.5万人，新建改造城市道路12条。", "万人"),
                                       ("今年新增城镇就业9000人，新增公办幼儿园学位3000个。", "人")])
def test_year_item_after_pdf_line_end_pledged(item, unit):
    # the ； ends the PDF's line, the item of the year opens the next: its count is pledged as on one line
    d = read(_goals_and_year(item), region="庐阳区", report_year=2021)
    assert any(p.object == "城镇就业" and p.unit == unit for p in d.pledges), pledge_items(d)


def test_year_item_after_line_end_rate_not_pledged():
    # look-alike: the year's rate in such an item is no pledge
    d = read(_goals_and_year("全年城镇调查失业率控制在5.5%以内。"), region="庐阳区", report_year=2021)
    assert not any("失业" in (p.object or "") for p in d.pledges), pledge_items(d)


def test_year_item_after_line_end_goals_part_alone_not_pledged():
    # look-alike: in a part on the plan's goals alone, the item after the line end is no year's task
    d = read(_goals_and_year("全年新增城镇就业1.5万人，新建改造城市道路12条。", part="二、“十四五”时期奋斗目标"),
             region="庐阳区", report_year=2021)
    assert not any(p.object == "城镇就业" for p in d.pledges), pledge_items(d)


# --- a card's name at a page's foot, the next page's head naming the year and the region ---

def _cards(head: str) -> str:
    return ("2023年鄂托克旗政府工作报告\n一图读懂\n【地区生产总值】\n2022年增长5.1%。\n2023年预期增长6%左右。\n"
            "【居民消费价格】\n2023年涨幅3%左右。\n【城镇调查失业率】\n\n- 1 -\n\n" + head + "\n"
            "2023年控制在5.5%以内。\n【规模以上工业增加值】\n2023年增长7%左右。\n")


@pytest.mark.parametrize("head", ["鄂托克旗2023年政府工作报告", "政府工作报告", "鄂托克旗人民政府公报"])
def test_card_name_at_page_foot_running_head(head):
    # the running head, printed once, names the document: it goes with the page's mark, the card keeps its sentence
    kv = key_values(read(_cards(head), region="鄂托克旗", report_year=2023))
    assert kv.get(("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")
    assert kv.get(("industrial_va", "target", "2023", "growth")) == (7, "about")


def test_card_page_title_kept():
    # look-alike: the document's own title, the first line, is no running head to drop, whatever the heads below repeat
    d = read(_cards("2023年鄂托克旗政府工作报告"), region="鄂托克旗", report_year=2023)
    assert d.meta.title == "2023年鄂托克旗政府工作报告"
    assert key_values(d).get(("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")


# --- a commentator's words going on in a sentence set on its own line or paragraph ---

def _news(body: str) -> str:
    return ("湖北省政府工作报告：今年全省生产总值增长6%左右\n来源：湖北日报　2024-01-24 08:30\n\n"
            "1月23日，湖北省十四届人大二次会议开幕。省长在会上作政府工作报告。\n\n"
            "报告提出，今年全省居民消费价格涨幅3%左右，城镇新增就业70万人以上。\n\n" + body + "\n\n（记者　王明）\n")


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_commentator_pronoun_on_its_own_line(sep):
    # "他预计…" set apart from the commentator's sentence by the page is still his forecast, no target
    body = f"长江证券首席经济学家李明表示，报告的目标务实。{sep}他预计今年全省固定资产投资增长5%左右。"
    kv = key_values(read(_news(body), region="湖北省", report_year=2024))
    assert ("fixed_asset_investment", "target", "2024", "growth") not in kv


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_other_speaker_on_its_own_line(sep):
    # another institution's forecast on the next line after a bank's words is theirs too
    body = (f"对于今年的经济走势，汇丰银行认为，湖北今年进出口有望增长4%左右。{sep}"
            f"恒生香港指出，湖北全年规模以上工业增加值增速料在6%左右。")
    kv = key_values(read(_news(body), region="湖北省", report_year=2024))
    assert ("industrial_va", "target", "2024", "growth") not in kv


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_line_after_commentator_without_speaker_kept(sep):
    # look-alike: a line that opens on no speaker after the commentator's is the report's again
    body = f"长江证券首席经济学家李明表示，报告的目标务实。{sep}今年全省固定资产投资增长5%左右。"
    kv = key_values(read(_news(body), region="湖北省", report_year=2024))
    assert kv.get(("fixed_asset_investment", "target", "2024", "growth")) == (5, "about")


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_region_office_after_commentator_kept(sep):
    # look-alike: the region's own office speaking on the next line is no commentator
    body = (f"长江证券首席经济学家李明表示，报告的目标务实。{sep}"
            f"省发展改革委有关负责人表示，今年全省固定资产投资增长5%左右。")
    kv = key_values(read(_news(body), region="湖北省", report_year=2024))
    assert kv.get(("fixed_asset_investment", "target", "2024", "growth")) == (5, "about")


def test_width_cut_line_after_commentator_kept():
    # look-alike: a line the commentator's does not end on a full stop (a page's width cut it) opens no new speaker's run
    body = "长江证券首席经济学家李明表示，报告的目标务实，\n他预计外贸承压。\n\n今年全省固定资产投资增长5%左右。"
    kv = key_values(read(_news(body), region="湖北省", report_year=2024))
    assert kv.get(("fixed_asset_investment", "target", "2024", "growth")) == (5, "about")


# --- a line opening on 全年 with a count or a foreign currency's amount, in the review of a plan ended ---

def _review(lines: str) -> str:
    return ("政府工作报告\n——2016年1月10日在成都市武侯区第十七届人民代表大会第五次会议上\n\n各位代表：\n"
            "现在，我代表区人民政府，向大会报告工作，请予审议。\n\n一、“十二五”时期工作回顾\n“十二五”时期是极不平凡的五年。\n\n"
            "五年来，开放合作不断深化。\n\n五年累计实际利用外资12.8亿美元。\n\n2015年是“十二五”收官之年。\n\n"
            f"一年来，我们着力扩开放，深化改革。\n\n{lines}\n\n二、2016年工作安排\n\n地区生产总值增长7%左右。\n")


@pytest.mark.parametrize("line,key", [
    ("全年实际利用外资2.8亿美元，增长7.4%。", ("fdi", "actual", "2015", "growth")),
    ("全年新签约项目64个，实际利用外资2.8亿美元，增长7.4%。", ("fdi", "actual", "2015", "growth")),
    ("全年引进内资项目52个，社会消费品零售总额412亿元，增长9.1%。", ("retail_sales", "actual", "2015", "growth"))])
def test_year_line_with_count_is_the_years(line, key):
    # the line opening on 全年 set apart from "一年来" by the page: its growth is the year's, not the plan's
    kv = key_values(read(_review(line), region="武侯区", report_year=2016))
    assert key in kv and ("fdi", "actual", "2011-2015", "growth") not in kv, sorted(kv)


def test_five_years_sum_line_kept():
    # look-alike: a line on the five years summed keeps the span
    kv = key_values(read(_review("五年累计实际利用外资12.8亿美元，年均增长7.4%。"), region="武侯区", report_year=2016))
    assert kv.get(("fdi", "actual", "2011-2015", "growth")) == (7.4, "eq")
