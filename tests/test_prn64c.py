"""This session's first sets printed eight ways (prn64c, decision 560: hdl64, lft64, adv64b, adv64, yr64, stl64). Fixed,
as a class of printed pages: a page set one sentence a paragraph (a blank line or a line end between them) where a
sentence leaves its name out and reads it from the sentence before, as lft64's two rules read it in one paragraph —
- the year's estimate after a part of the year's figure: "前三季度，地区生产总值增长6.1%。\n\n预计全年增长6.4%" (the
  year's result, 6.4, not the part's 6.1);
- the region's own target after a neighbour's: "相邻的鄂托克旗确定的地区生产总值增长目标为7%。\n\n我旗确定为6.5%左右" (the
  banner's own target, the neighbour's figure its own other:).
The look-alikes keep what they gave: both in one paragraph, the part's figure alone, and a result after the aim."""
import pytest

from factkeys import keys_of, read

_HEAD = "杭锦旗人民政府工作报告\n——2020年1月9日在杭锦旗第十七届人民代表大会第五次会议上\n\n"
_REVIEW = "一、2019年工作回顾\n过去一年，全旗经济运行稳中向好。{sep}前三季度，地区生产总值增长5.8%。{sep}预计全年增长6.2%，一般公共预算收入完成12.6亿元。"
_AIMS = ["二、2020年主要预期目标\n相邻的鄂托克旗确定的地区生产总值增长目标为7%。{sep}我旗确定为6.5%左右。{sep}一般公共预算收入增长6%。",
         "二、2020年主要预期目标\n相邻的乌审旗确定的地区生产总值增长目标为8%。{sep}全旗力争增长7.5%。{sep}一般公共预算收入增长5%。"]


# 1. the year's estimate in the next paragraph (failed on the base: no gdp fact)
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_year_estimate_in_next_paragraph(sep):
    d = keys_of(read(_HEAD + _REVIEW.format(sep=sep), report_year=2020))
    g = d[("gdp", "actual", "2019", "growth")]
    assert (g.value, g.unit) == (6.2, "%")


# 2. the own target after a neighbour's, in the next paragraph (failed on the base: the own figure the neighbour's)
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("aims,own", [(0, (6.5, "about")), (1, (7.5, "eq"))])
def test_own_target_in_next_paragraph(sep, aims, own):
    d = keys_of(read(_HEAD + _AIMS[aims].format(sep=sep), report_year=2020))
    g = d[("gdp", "target", "2020", "growth")]
    assert (g.value, g.qualifier) == own
    assert not any(k[0] == "gdp" and k[1] == "target" and v.value in (7, 8) for k, v in d.items())


# 3. look-alikes (passing on both): one paragraph; the part's figure alone; a result after the aim is no target
@pytest.mark.parametrize("text,key,value", [
    (_REVIEW.format(sep=""), ("gdp", "actual", "2019", "growth"), 6.2),
    (_AIMS[0].format(sep=""), ("gdp", "target", "2020", "growth"), 6.5),
])
def test_one_paragraph_as_before(text, key, value):
    assert keys_of(read(_HEAD + text, report_year=2020))[key].value == value


def test_part_of_year_alone_is_no_year_result():
    d = keys_of(read(_HEAD + "一、2019年工作回顾\n前三季度，地区生产总值增长5.8%。\n\n一般公共预算收入完成12.6亿元。", report_year=2020))
    assert ("gdp", "actual", "2019", "growth") not in d


# 4. a news headline's two halves, their space dropped, on a portal's headline line under its menus, breadcrumb and date
# line (html printing; failed on the base, the 兆 pages: the headline's 5.5 read as last year's result, the body's lost
# behind it; 万亿元 and the page's first line: as before)
_PORTAL = ("网站首页\n机构设置\n信息公开\n当前位置：首页 > 政务公开 > 政府文件\n\n字号：大 中 小　　发布时间：{d} 10:13　　来源：{src}\n"
           "分享到：微信 微博 QQ空间\n\n")
_NEWS = [("2025-01-20", "苏州市人民政府办公室", "苏州去年GDP达2.67万亿元　今年目标增长5.5%左右\n\n记者徐文报道：苏州市第十七届人民代表大会"
          "第四次会议14日开幕，市长吴庆文作政府工作报告。报告指出，2024年苏州地区生产总值达2.67万亿元，增长6%。\n\n报告提出，"
          "今年苏州主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%。", 2024, 6, 5.5),
         ("2025-01-16", "杭州市人民政府办公厅", "杭州去年GDP达2.19兆　今年目标增长5.5%左右\n\n【香港商报讯】杭州市第十四届人民代表大会"
          "第五次会议16日开幕，市长姚高员作政府工作报告。报告指出，2024年杭州地区生产总值达2.19兆元人民币，增长4.7%。\n\n"
          "报告提出，今年杭州主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%。", 2024, 4.7, 5.5)]


@pytest.mark.parametrize("portal", [True, False])
@pytest.mark.parametrize("news", _NEWS)
def test_portal_headline_halves(portal, news):
    date, src, body, last, actual, target = news
    d = keys_of(read((_PORTAL.format(d=date, src=src) if portal else "") + body))
    assert d[("gdp", "actual", str(last), "growth")].value == actual
    assert d[("gdp", "target", str(last + 1), "growth")].value == target
