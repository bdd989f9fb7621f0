"""Documents that look like the reports but are not, and reports that look like something else (oth40, decision 224):
a congress's resolution on a report (alone, or printed before the report), a news page on the session's hearing of
another body's report (人大常委会, 法院, 检察院), a statistics office's account of the economy's run citing the year's
report, and the year's target named right after its figure in a report on the year's first quarters."""
import pytest

from factkeys import keys_of, read, val
from taskdoc import meta


# 1. a resolution on a report is no report (doc_type other), though its title names one; printed before the report
# itself (the report's opening follows), the page is the report's
@pytest.mark.parametrize("title,approved", [
    ("浦东新区第七届人民代表大会第五次会议关于浦东新区人民政府工作报告的决议", "2025年1月8日浦东新区第七届人民代表大会第五次会议通过"),
    ("南充市第八届人民代表大会第四次会议关于政府工作报告的决议", "2024年2月1日南充市第八届人民代表大会第四次会议通过"),
    ("关于平遥县人民政府工作报告的决议", "2020年12月30日平遥县第十七届人民代表大会第五次会议通过"),
    ("通辽市第六届人民代表大会第二次会议关于2023年国民经济和社会发展计划的决议", "2023年1月12日通辽市第六届人民代表大会第二次会议通过"),
    ("关于2023年全县预算执行情况和2024年预算的决议", "2024年1月9日长兴县第十八届人民代表大会第四次会议通过"),
])
def test_a_resolution_on_a_report_is_no_report(title, approved):
    page = (f"{title}\n（{approved}）\n\n会议听取和审议了政府工作报告，同意报告提出的主要预期目标：地区生产总值增长6%左右，"
            "一般公共预算收入增长5%。会议决定批准这个报告。\n")
    assert meta(page).doc_type == "other"


@pytest.mark.parametrize("title,place,who", [
    ("平遥县第十七届人民代表大会第五次会议关于政府工作报告的决议", "平遥县", "县人民政府"),
    ("南充市第八届人民代表大会第四次会议关于政府工作报告的决议", "南充市", "市人民政府"),
    ("关于城关区人民政府工作报告的决议", "城关区", "区人民政府"),
])
def test_a_resolution_printed_before_the_report_leaves_the_page_the_reports(title, place, who):
    page = (f"{title}\n（2023年1月10日{place}第十届人民代表大会第三次会议通过）\n\n会议同意报告提出的2023年主要预期目标，"
            f"决定批准这个报告。\n\n政府工作报告\n——2023年1月8日在{place}第十届人民代表大会第三次会议上\n\n各位代表：\n"
            f"现在，我代表{who}向大会报告工作，请予审议。\n一、2022年工作回顾\n全年地区生产总值增长4.5%。\n"
            "二、2023年主要目标\n地区生产总值增长6%左右。\n")
    m = meta(page)
    assert (m.doc_type, m.report_year) == ("government_work_report", 2023)
    # (delivered on the byline's day, not the day the resolution printed above it was adopted)
    assert m.meeting_date == "2023-01-08"


@pytest.mark.parametrize("title", [
    # (look-alikes that must not change: the report's own title, a notice and a plan report naming no resolution)
    "南充市人民政府工作报告",
    "关于南充市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告",
])
def test_titles_naming_no_resolution_keep_their_type(title):
    page = f"{title}\n——2023年1月8日在南充市第八届人民代表大会第三次会议上\n\n各位代表：\n地区生产总值增长6%左右。\n"
    assert meta(page).doc_type != "other"


# 2. a news page on the congress hearing another body's report: "报告显示/提出" after it is that report's, not the
# government's
@pytest.mark.parametrize("body", ["省人大常委会工作报告", "省高级人民法院工作报告", "省人民检察院工作报告", "“两院”工作报告",
                                  "省人民代表大会常务委员会工作报告"])
@pytest.mark.parametrize("says", ["报告显示", "报告提出", "报告指出"])
def test_a_lead_on_another_bodys_report_is_no_work_report(body, says):
    page = (f"河北日报讯　1月26日，省十四届人大二次会议举行第二次全体会议，听取{body}。{says}，过去一年制定修改地方性法规"
            "28件，全省地区生产总值增长5.5%。\n")
    assert meta(page).doc_type == "other"


@pytest.mark.parametrize("lead", [
    # (look-alikes that must not change: the government's report heard, or named last before what it says)
    "听取和审议省长王正谱所作的政府工作报告",
    "听取省人大常委会工作报告和政府工作报告",
])
def test_a_lead_on_the_governments_report_stays_one(lead):
    page = f"河北日报讯　1月26日，省十四届人大二次会议举行第二次全体会议，{lead}。报告显示，全省地区生产总值增长5.5%。\n"
    assert meta(page).doc_type == "government_work_report"


# 3. a statistics office's account of the economy's run, citing the year's work report after its figures: no report;
# an account of a whole year is given when it is out (its report year the next), one of the year's first part in it
@pytest.mark.parametrize("title,year", [
    ("市统计局负责人就2024年全市经济运行情况答记者问", 2025),
    ("国家统计局局长就2023年国民经济运行情况答记者问", 2024),
    ("2021年全县经济运行情况", 2022),
    ("2025年一季度广东经济运行简况", 2025),
    ("2024年上半年全市经济运行情况", 2024),
])
def test_an_account_of_the_economys_run_is_no_report(title, year):
    page = (f"{title}\n发布时间：{year}-04-23\n\n问：经济运行情况如何？\n答：地区生产总值增长5.1%。今年，市政府工作报告提出"
            "地区生产总值增长5.5%左右的预期目标，我们对实现这一目标充满信心。\n")
    m = meta(page)
    assert (m.doc_type, m.report_year) == ("other", year)


# 4. a report on the year's first quarters under no part's title: a figure named the year's target right after it
# ("…增长7%的年度目标", "…的目标") is that target, its qualifier none, whatever follows it
@pytest.mark.parametrize("sentence", [
    "年初县人大确定了地区生产总值增长7%的年度目标。",
    "年初县人大确定的全年地区生产总值增长7%的目标，预计全年可完成增长6.5%左右。",
    "年初确定的地区生产总值增长7%的目标，预计全年增长6.5%左右。",
    "对照年初确定的地区生产总值增长7%的目标，全年任务依然艰巨。",
])
@pytest.mark.parametrize("title,year", [
    ("关于2024年前三季度全县经济运行情况的报告", 2024),
    ("关于2021年上半年全县经济运行情况的报告", 2021),
])
def test_a_target_named_after_its_figure_in_a_part_of_the_year(sentence, title, year):
    page = f"{title}\n\n前三季度，全县地区生产总值完成550亿元，增长6.2%。\n{sentence}\n"
    fs = keys_of(read(page, region="德清县", level="county", report_year=year))
    assert val(fs, ("gdp", "target", str(year), "growth")) == (7, "eq")


@pytest.mark.parametrize("sentence", [
    # (look-alikes that must not change: the part's own figure, a pace reached named after it)
    "前三季度，地区生产总值增长7%。",
    "前三季度，地区生产总值增长7%，高于全省平均水平。",
])
def test_the_parts_own_figures_stay_none(sentence):
    page = f"关于2024年前三季度全县经济运行情况的报告\n\n{sentence}\n"
    fs = keys_of(read(page, region="德清县", level="county", report_year=2024))
    assert not [k for k in fs if k[0] == "gdp"]


# 5. in a report on part of the year whose title names the year, the year's target the half is measured against
# ("距离全年增长5%的目标") is that year's: the title's own year names no year back
@pytest.mark.parametrize("sentence,iid,value", [
    ("上半年，全县一般公共预算收入增长4%，距离全年增长5%的目标仍有差距。", "general_budget_revenue", 5),
    ("上半年，全县规模以上工业增加值增长6%，离全年增长8%的目标还有差距。", "industrial_va", 8),
    ("上半年，全县固定资产投资增长9%，距离全年增长12%的目标尚有一定差距。", "fixed_asset_investment", 12),
])
@pytest.mark.parametrize("title,year", [
    ("关于2024年上半年全县经济运行情况的报告", 2024),
    ("关于2019年前三季度全市经济运行情况的报告", 2019),
])
def test_the_years_target_a_part_is_measured_against(sentence, iid, value, title, year):
    page = f"{title}\n\n{sentence}\n"
    fs = keys_of(read(page, region="德清县", level="county", report_year=year))
    assert val(fs, (iid, "target", str(year), "growth")) == (value, "eq")
    assert (iid, "target", str(year - 1), "growth") not in fs


# 6. the finance committee's review of the plan or the budget (审查结果报告, 审查报告) is the committee's, no plan or
# budget report, though its title names them; its figures are kept as before
@pytest.mark.parametrize("title", [
    "关于绍兴市2023年国民经济和社会发展计划执行情况与2024年计划草案的审查结果报告",
    "关于2023年全省预算执行情况和2024年全省预算草案的审查结果报告",
    "关于2019年国民经济和社会发展计划执行情况与2020年计划草案的审查报告",
    "关于2024年市级预算执行情况和2025年市级预算草案的审查结果报告（书面）",
])
def test_a_finance_committees_review_is_no_plan_or_budget_report(title):
    page = (f"{title}\n——2024年1月25日在某某市第十四届人民代表大会第二次会议上\n某某市人民代表大会财政经济委员会\n\n"
            "财政经济委员会认为，2024年计划草案提出的地区生产总值增长6%左右的目标是积极稳妥的。\n")
    m = meta(page)
    assert m.doc_type == "other"
    fs = keys_of(read(page, region="绍兴市", level="prefecture", report_year=2024))
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


@pytest.mark.parametrize("title,kind", [
    # (look-alikes that must not change: the plan and budget reports themselves)
    ("关于绍兴市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", "plan_report"),
    ("关于2023年全省预算执行情况和2024年全省预算草案的报告", "budget_report"),
])
def test_the_plan_and_budget_reports_keep_their_type(title, kind):
    page = f"{title}\n——2024年1月25日在某某市第十四届人民代表大会第二次会议上\n\n各位代表：\n地区生产总值增长6%左右。\n"
    assert meta(page).doc_type == kind


# 7. a plan or budget report printed after the session's resolution on it: the report's title over its byline below
# the resolution makes the page the report's, delivered on the byline's day; the resolution alone stays other
@pytest.mark.parametrize("resolution,report,kind", [
    ("通辽市第六届人民代表大会第二次会议关于2023年国民经济和社会发展计划的决议",
     "关于通辽市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "plan_report"),
    ("关于2022年全县预算执行情况和2023年预算的决议", "关于某某县2022年预算执行情况和2023年预算草案的报告", "budget_report"),
    ("某某区第五届人民代表大会第三次会议关于政府工作报告的决议", "某某区人民政府工作报告", "government_work_report"),
])
@pytest.mark.parametrize("alone", [False, True])
def test_a_report_printed_after_its_resolution(resolution, report, kind, alone):
    page = (f"{resolution}\n（2023年1月12日某某市第六届人民代表大会第二次会议通过）\n\n会议审查了{report}，决定批准这个报告。\n")
    if not alone:
        page += (f"\n{report}\n——2023年1月8日在某某市第六届人民代表大会第二次会议上\n\n一、2022年执行情况\n"
                 "全市地区生产总值增长4.7%。\n")
    m = meta(page)
    assert (m.doc_type, m.meeting_date) == (("other", "2023-01-12") if alone else (kind, "2023-01-08"))


# 8. the year's target named after its figure, then the name's estimate in a clause opening on 预计 (its name left out):
# the target and the estimate (a result) each keep their own value; set at the year's start (年初), the target is of
# the year under way, which a December speech reviews (its report year the next)
@pytest.mark.parametrize("sentence", [
    "年初确定的地区生产总值增长7%的目标，预计全年增长6.5%左右。",
    "对照年初确定的地区生产总值增长7%的目标，预计全年增长6.5%左右。",
    "年初县人大确定了地区生产总值增长7%的年度目标，预计全年增长6.5%左右。",
])
@pytest.mark.parametrize("head,year,of", [
    ("关于2024年前三季度全县经济运行情况的报告\n\n前三季度，全县地区生产总值完成550亿元，增长6.2%。\n", 2024, 2024),
    ("关于2022年前三季度全县经济运行情况的报告\n\n", 2022, 2022),
    ("在中共德清县委经济工作会议上的讲话\n（2023年12月26日）\n\n同志们：\n", 2024, 2023),
])
def test_a_target_then_its_estimate_with_the_name_left_out(sentence, head, year, of):
    fs = keys_of(read(head + sentence + "\n", region="德清县", level="county", report_year=year))
    assert val(fs, ("gdp", "target", str(of), "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", str(of), "growth")) == (6.5, "about")
    assert ("gdp", "target", str(of + 1), "growth") not in fs or of == year


@pytest.mark.parametrize("sentence", [
    # (look-alikes that must not change: this year's target named in a December speech without 年初 stays its year's;
    # a clause after the name that opens on another word than 预计 is no estimate)
    "今年确定的一般公共预算收入增长5%的目标，预计可以完成。",
])
def test_this_years_target_in_a_december_speech(sentence):
    head = "在中共德清县委经济工作会议上的讲话\n（2023年12月26日）\n\n同志们：\n"
    fs = keys_of(read(head + sentence + "\n", region="德清县", level="county", report_year=2024))
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (5, "eq")
