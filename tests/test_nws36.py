"""County and city media pages restating a report on the day it is delivered, blind (nws36; docs/decisions.md 162)."""
import pytest

from factkeys import facts, read, val

_PAGE = ("{head}\n来源：{outlet}  2023-01-12  阅读量：2045\n\n"
         "1月11日上午，{region}第十七届人民代表大会第三次会议开幕。{office}张明作政府工作报告。\n\n"
         "报告指出，2022年，全{lv}地区生产总值完成186.4亿元，增长4.6%。\n\n"
         "报告提出，2023年全{lv}经济社会发展主要预期目标是：地区生产总值增长6.5%左右，固定资产投资增长10%。\n\n"
         "{tail}\n\n责任编辑：王丽")


def _page(tail, region="安化县", lv="县", office="县长", head=None, outlet="安化县融媒体中心"):
    return _PAGE.format(head=head or f"{region}第十七届人民代表大会第三次会议开幕", outlet=outlet, region=region,
                        lv=lv, office=office, tail=tail)


# 1. the titles listed under a page's related-links label (相关阅读, 推荐阅读, 往期回顾, 延伸阅读…, alone on its line) are
# other pages': another year's report named there is no title of this page, and its year is not the report's
@pytest.mark.parametrize("tail", [
    "相关阅读：\n安化县2022年政府工作报告：地区生产总值增长7%左右\n安化县召开县委经济工作会议",
    "相关阅读\n【全文】2022年安化县政府工作报告",
    "推荐阅读\n\n2021年安化县政府工作报告全文\n\n安化县2021年国民经济和社会发展统计公报",
    "往期回顾\n安化县2022年政府工作报告解读",
])
def test_another_years_report_under_a_links_label_is_not_the_page(tail):
    d = read(_page(tail))
    assert d.meta.report_year == 2023
    assert d.meta.title is None or "2023" in d.meta.title
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")
    assert val(fs, ("gdp", "actual", "2022", "level")) == (186.4, "eq")
    assert ("gdp", "target", "2022", "growth") not in fs


def test_the_pages_own_title_above_the_lead_still_stands():
    text = _page("相关阅读：\n安化县2022年政府工作报告全文", head="安化县2023年政府工作报告（摘要）")
    d = read(text)
    assert d.meta.report_year == 2023 and d.meta.title == "安化县2023年政府工作报告（摘要）"


def test_a_sidebar_of_links_above_the_copy_ends_at_a_sentence():
    text = "相关阅读\n2022年安化县政府工作报告\n\n" + _page("")
    d = read(text)
    assert d.meta.report_year == 2023


# the list above the copy, its label in brackets, is no part of the page's head: the page's date after it dates a
# copy that names no year ("过去一年", "今年")
@pytest.mark.parametrize("label", ["【相关阅读】", "相关阅读", "推荐阅读："])
def test_links_above_the_copy_leave_the_pages_date(label):
    text = (f"{label}\n2023年汝阳县政府工作报告\n汝阳县召开县委经济工作会议\n\n汝阳县第十届人民代表大会第三次会议开幕\n"
            "发布日期：2024-01-16 来源：汝阳融媒\n\n1月15日上午，汝阳县第十届人民代表大会第三次会议开幕。县长王帅作政府工作报告。"
            "报告指出，过去一年，全县生产总值增长6.2%。报告提出，今年全县生产总值增长7%左右。\n")
    d = read(text)
    assert d.meta.report_year == 2024 and d.meta.title is None
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")


# 2. a page's credit line names its outlet ("来源：XX县融媒体中心"), no project; a centre built in the tasks still is
@pytest.mark.parametrize("outlet", ["安化县融媒体中心", "益阳市新闻传媒中心", "安化县新时代文明实践中心"])
def test_the_outlet_in_a_credit_line_is_no_project(outlet):
    text = _page("来源：" + outlet + "\n2023年1月11日", outlet=outlet)
    assert not [p for p in read(text).projects if outlet in p.name]


def test_a_media_centre_built_in_the_tasks_is_still_a_project():
    text = _page("报告提出，今年将加快建设安化县融媒体中心，确保年底建成投用。")
    assert any("融媒体中心" in p.name for p in read(text).projects)


# 3. the session's date as a reporter learns of it ("记者从1月8日召开的…会议上获悉"), and a paper's dateline "本报1月15日讯"
# read as an agency's "X月X日电" (not where the lead says the day before)
@pytest.mark.parametrize("lead, date", [
    ("记者从1月8日召开的赣州市南康区第十七届人民代表大会第三次会议上获悉，区长李强在政府工作报告中提出，2023年全区地区生产总值增长7%左右。",
     "2023-01-08"),
    ("本报1月15日讯（记者 刘芳）今天上午，南康区第十七届人民代表大会第三次会议开幕。区长李强作政府工作报告。报告提出，2023年全区地区生产总值增长7%左右。",
     "2023-01-15"),
    ("本报1月15日讯（记者 刘芳）昨天上午，南康区第十七届人民代表大会第三次会议开幕。区长李强作政府工作报告。报告提出，2023年全区地区生产总值增长7%左右。",
     None),
])
def test_a_news_leads_session_date(lead, date):
    d = read("南康区十七届人大三次会议开幕\n\n" + lead + "\n")
    assert d.meta.report_year == 2023
    assert d.meta.meeting_date == date


# 4. a scan prompt naming the report ("扫码阅读政府工作报告全文>>") is page chrome, no title
def test_a_scan_prompt_is_no_title():
    d = read(_page("扫码阅读政府工作报告全文>>\n长按识别二维码查看政府工作报告"))
    assert d.meta.title is None
