"""Decision 323 (oth45): documents published beside the reports at the 两会 that are no government's report — a court's,
a procuratorate's, a political consultative conference's standing committee's, a chief executive's policy address —
and a budget report's draft figures. Sentences written for these tests, none copied from the blind set."""
import pytest

import planwatch


def _read(text: str, name: str = "t.txt"):
    return planwatch.read_text(text, name)


_BYLINE = "——2022年1月18日在{place}第十五届人民代表大会第二次会议上\n"

# a body of another body's report that names the government's report in passing (the word that typed it before)
_OTHER_BODY = ("各位代表：\n现在，我代表{who}向大会报告工作，请予审议。\n\n一、2021年主要工作\n"
               "过去一年，全市地区生产总值增长7.1%。全年共办理各类案件23560件，同比上升6.8%。\n\n二、2022年工作安排\n"
               "2022年，我们将紧扣市政府工作报告确定的目标任务，新建改建工作站15个，力争办结率达到95%以上。\n")


# 1. a title naming another body's 工作报告 types the page other, though its body names the government's report
@pytest.mark.parametrize("title,who", [
    ("宜昌市人民检察院工作报告", "市人民检察院"),  # a procuratorate's
    ("宜昌市中级人民法院工作报告", "市中级人民法院"),  # a court's
    ("政协宜昌市委员会常务委员会工作报告", "政协宜昌市委员会常务委员会"),  # a political consultative conference's
    ("宜昌市人民代表大会常务委员会工作报告（摘要）", "市人大常委会"),  # a standing committee's, a note after its title
    ("宜昌市政协工作报告", "市政协常委会"),  # the conference's by its short name
])
def test_another_bodys_report_is_other_whatever_its_body_names(title, who):
    doc = _read(title + "\n" + _BYLINE.format(place="宜昌市") + "某某\n\n" + _OTHER_BODY.format(who=who))
    assert doc.meta.doc_type == "other"
    assert doc.meta.region == "宜昌市"


# ... and the look-alikes: a government's own report, a street office's and a zone committee's keep their type
@pytest.mark.parametrize("title,who", [
    ("宜昌市人民政府工作报告", "市人民政府"),
    ("西陵街道办事处2021年工作报告", "街道办事处"),
    ("宜昌高新区管委会2021年工作报告", "管委会"),
])
def test_a_governments_report_keeps_its_type(title, who):
    doc = _read(title + "\n" + _BYLINE.format(place="宜昌市") + "某某\n\n" + _OTHER_BODY.format(who=who))
    assert doc.meta.doc_type == "government_work_report"


# 2. another body's own plans are no government's pledges; the region's figures it restates stay facts
@pytest.mark.parametrize("title", ["宜昌市中级人民法院工作报告", "宜昌市政协工作报告"])
def test_another_bodys_plans_are_no_pledges(title):
    doc = _read(title + "\n" + _BYLINE.format(place="宜昌市") + "某某\n\n" + _OTHER_BODY.format(who="本院"))
    assert doc.pledges == []
    assert [(f.indicator, f.role, f.value) for f in doc.facts] == [("gdp", "actual", 7.1)]


def test_a_governments_report_with_the_same_tasks_still_pledges():
    # the look-alike: the same tasks in the government's own report are its pledges
    doc = _read("宜昌市人民政府工作报告\n" + _BYLINE.format(place="宜昌市") + "某某\n\n"
                + _OTHER_BODY.format(who="市人民政府"))
    assert any(p.value == 15 and "工作站" in p.object for p in doc.pledges)


# 3. a chief executive's policy address: the region from its head, no mainland indicator facts, no pledges
_ADDRESS = ("行政長官2024年施政報告\n香港特別行政區行政長官　某某\n2024年10月16日\n\n主席：\n"
            "今年首三季，本地生產總值按年上升3%，預計全年增長2.5%至3.5%。失業率維持在3%的低水平。\n"
            "政府會在未來五年興建約18萬個公營房屋單位，並提供每名初生嬰兒2萬元獎勵。國家政府工作報告提出經濟增長5%左右的目標。\n")


def test_a_policy_address_is_its_regions_and_yields_no_facts_or_pledges():
    doc = _read(_ADDRESS)
    assert (doc.meta.region, doc.meta.doc_type, doc.meta.report_year) == ("香港特别行政区", "other", 2024)
    assert doc.facts == [] and doc.pledges == []


def test_a_hong_kong_paper_restating_a_provinces_report_keeps_its_facts():
    # the look-alike: a Hong Kong paper's page on a mainland province's report is that province's, its figures facts
    text = ("【香港商報網訊】廣東省十四屆人大二次會議1月23日在廣州開幕。省長王偉中作政府工作報告。\n"
            "報告顯示，2023年廣東地區生產總值增長4.8%。報告提出，今年廣東地區生產總值預期增長5%左右。\n")
    doc = _read(text)
    assert doc.meta.region == "广东省"
    assert ("gdp", "target", 5) in [(f.indicator, f.role, f.value) for f in doc.facts]


# 4. a budget draft's bare 安排 after the revenue's growth is the revenue's level for the year
_BUDGET = ("关于某县2022年预算执行情况和2023年预算草案的报告\n——2023年1月10日在临澧县第十八届人民代表大会第二次会议上\n"
           "县财政局局长　某某\n\n各位代表：\n受县人民政府委托，现将预算草案提请审议。\n\n一、2022年预算执行情况\n"
           "全县一般公共预算收入完成9.6亿元，增长4.1%。\n\n二、2023年预算草案\n{draft}\n")


def _targets(doc, ind):
    return sorted((f.measure, f.value) for f in doc.facts if f.indicator == ind and f.role == "target")


def test_a_bare_arrangement_after_the_revenues_growth_is_its_level():
    doc = _read(_BUDGET.format(draft="2023年全县一般公共预算收入预期增长5%，安排10.1亿元；一般公共预算支出预算安排28.4亿元。"))
    assert _targets(doc, "general_budget_revenue") == [("growth", 5.0), ("level", 10.1)]


def test_funds_arranged_for_a_use_are_no_level():
    # the look-alike: 安排 before an amount that goes on to its use names other funds
    doc = _read(_BUDGET.format(draft="2023年全县一般公共预算收入预期增长5%，安排1.2亿元用于乡村振兴。"))
    assert _targets(doc, "general_budget_revenue") == [("growth", 5.0)]
