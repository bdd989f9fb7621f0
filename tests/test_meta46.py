"""Decision 336 (meta46): metadata of hard documents, blind. A report the metadata dates by a date of November or
December of the year before — a page's address (".../202212/t20221229_61234.html", ".../202212/…"), a two-digit
dateline ("发布时间：22-12-29"), the source line or signature at the page's end ("（来源：… 2022-12-29）",
"二〇二二年十二月二十九日"), the file's name, a byline's month alone ("——2022年12月在…"), a container's date field — is
read as delivered late: its 今年 is the year it reviews, its 明年 the report year, as a four-digit dateline already
made it."""
from __future__ import annotations

import pytest

import planwatch
from planwatch.ingest import RawText

# a county's December report as a page: the review says 今年, the plan 明年, no year written in the body (long enough
# that a date at its end stands past the head's first 300 characters)
_BODY = ("政府工作报告\n"
         "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
         "一、今年工作回顾\n今年，全县地区生产总值完成612.4亿元，增长4.6%；一般公共预算收入完成41.2亿元，增长3.8%。\n"
         "这一年，我们坚持稳中求进工作总基调，统筹疫情防控和经济社会发展，扎实做好“六稳”工作、全面落实“六保”任务，"
         "项目建设提速提效，乡村振兴全面推进，生态环境持续改善，民生福祉不断增进，全县经济社会发展保持了稳中有进、"
         "进中向好的良好态势，为明年发展奠定了坚实基础。\n"
         "二、明年目标任务\n明年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
         "重点抓好以下工作：新建改造农村公路150公里，改造老旧小区18个。\n")


def _gdp(doc):
    return sorted((f.role, f.period, f.value) for f in doc.facts if f.indicator == "gdp")


_LATE = [("actual", "2022", 4.6), ("actual", "2022", 612.4), ("target", "2023", 6)]
_EARLY = [("actual", "2022", 4.6), ("actual", "2022", 612.4), ("target", "2023", 6)]


def _read(text: str, name: str = "page.txt"):
    doc = planwatch.read_text(text, name)
    assert doc.meta.region == "临朐县" or doc.meta.region is None
    return doc


# a page dated only by its address's day: before the fix the year's results were read as next year's targets
# (612.4 and 4.6 as 2023 targets), the metadata's year right all along
def test_address_day_in_december():
    doc = _read("http://www.linqu.gov.cn/xwzx/202212/t20221229_61234.html\n临朐县" + _BODY)
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


# the month its address files it under, alone
def test_address_month_in_december():
    doc = _read("http://www.linqu.gov.cn/xwzx/202212/a1b2c3d4.html\n临朐县" + _BODY)
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


# a dateline with a two-digit year
def test_two_digit_dateline_in_december():
    doc = _read("临朐县" + _BODY.replace("各位代表", "发布时间：22-12-29　来源：县政府办公室\n各位代表"))
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


# the source line with its date at the page's end
def test_source_date_at_the_end():
    doc = _read("临朐县" + _BODY + "（来源：临朐县融媒体中心  2022-12-29）\n")
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


# a signature dated in Chinese numerals at the end
def test_signature_in_chinese_numerals():
    doc = _read("临朐县" + _BODY + "临朐县人民政府\n二〇二二年十二月二十九日\n")
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


# the file's name, as its site names a page
def test_file_name_date():
    doc = _read("临朐县" + _BODY, "t20221229_61234.txt")
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


# a byline giving the month alone
def test_byline_month():
    doc = _read(_BODY.replace("政府工作报告\n", "政府工作报告\n——2022年12月在临朐县第十八届人民代表大会第二次会议上\n"))
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


# a container's date field (a scraped page's 发布日期)
def test_container_date_field():
    doc = planwatch.api.process(RawText(name="page.json", source="page.json", format="json", text="临朐县" + _BODY,
                                        hints={"发布日期": "2022-12-29"}))
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


# look-alikes that must not change: the same page put up in January, dated the same ways, reviews 去年 and plans 今年
_JAN = (_BODY.replace("今年工作回顾\n今年，", "去年工作回顾\n过去一年，").replace("明年目标任务\n明年", "今年目标任务\n今年"))


def test_january_address_stays():
    doc = _read("http://www.linqu.gov.cn/xwzx/202301/t20230110_61234.html\n临朐县" + _JAN)
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _EARLY


def test_january_signature_stays():
    doc = _read("临朐县" + _JAN + "临朐县人民政府\n二〇二三年一月十日\n")
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _EARLY


# a page put up in December whose byline gives a January meeting day: the day decides (its 今年 is its year)
def test_december_address_with_january_byline_stays():
    text = ("http://www.linqu.gov.cn/xwzx/202212/t20221229_61234.html\n"
            + _JAN.replace("政府工作报告\n", "政府工作报告\n——2023年1月10日在临朐县第十八届人民代表大会第二次会议上\n"))
    doc = _read(text)
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _EARLY


# a day of December in the body (a meeting the review recalls) dates nothing: the January page stays
def test_december_day_in_body_stays():
    doc = _read("http://www.linqu.gov.cn/xwzx/202301/t20230110_61234.html\n临朐县"
                + _JAN.replace("过去一年，", "过去一年，特别是12月29日县委经济工作会议以来，"))
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _EARLY


# an undated report (its copy lost the byline's day) whose review part, titled by the year before the report year,
# opens the clause of its figures on 今年: before the fix 612.4 and 4.6 were read as 2023 targets
def _undated(review_title: str, opening: str, plan_title: str = "二、2023年目标任务", plan_opening: str = "全县") -> str:
    return ("临朐县政府工作报告\n——在临朐县第十八届人民代表大会第二次会议上\n各位代表：\n"
            f"一、{review_title}\n{opening}全县地区生产总值完成612.4亿元，增长4.6%；一般公共预算收入完成41.2亿元，增长3.8%。\n"
            f"{plan_title}\n{plan_opening}经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n")


def test_review_of_the_year_before_says_this_year():
    doc = _read(_undated("2022年工作回顾", "今年，"))
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


def test_review_titled_this_year_before_a_plan_of_the_next():
    doc = _read(_undated("今年工作回顾", "今年以来，", plan_title="二、2023年主要目标和重点工作"))
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _LATE


# look-alikes that must not change: the January report reviewing 过去一年 and planning 今年
def test_january_undated_report_stays():
    doc = _read(_undated("2022年工作回顾", "过去一年，", plan_opening="今年全县"))
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _EARLY


# a review of part of the year (a mid-year report, its plan part titled by no year) is the year's own: its 今年以来
# figure is never the year before's
def test_half_year_review_stays():
    text = ("临朐县人民政府关于上半年工作情况的报告\n——在临朐县第十八届人民代表大会常务委员会第五次会议上\n"
            "一、今年上半年工作回顾\n今年以来，全县地区生产总值完成301.2亿元，增长4.1%。\n"
            "二、下半年工作安排\n全力以赴完成2023年目标任务，全县地区生产总值增长6%左右。\n")
    doc = planwatch.read_text(text, "page.txt")
    assert "2022" not in {f.period for f in doc.facts}


# a January report whose plan part has no heading of its own, so that it stands in the review part titled by the year
# before: its clause opening on 今年 sets the year's targets ("增长6%左右"), which makes it no review of 今年
@pytest.mark.parametrize("lead", ["各位代表！今年，", "各位代表！今年是“十四五”承上启下的关键一年，"])
def test_unheaded_plan_in_the_review_part_stays(lead):
    text = ("临朐县政府工作报告\n——在临朐县第十八届人民代表大会第二次会议上\n一、2022年工作回顾\n"
            "全县地区生产总值完成612.4亿元，增长4.6%。\n"
            f"{lead}全县地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
    doc = _read(text)
    assert doc.meta.report_year == 2023
    assert _gdp(doc) == _EARLY
