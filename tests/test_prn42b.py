"""This session's later blind sets printed as web pages and PDFs print them (prn42b, decision 280): a portal's page printed
to a PDF's text layer (no blank lines, lines cut by the page's width) with a related-links line under its nav bar
("相关阅读：各地政府工作报告汇编　多省份政府工作报告出炉"): the links' block ran on over the page's own dateline and the
review's first lines, and the lines the width cut ("…达到或超过序时进\\n度。") were read as other pages' titles, so the
review's figures were lost and a district's name named every page after it. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _wrap(text: str, width: int) -> str:
    """Each line cut every ``width`` characters, blank lines dropped: a PDF's text layer (a closing mark kept up on the
    line before, as a typesetter keeps it: 避头)."""
    out = []
    for line in text.split("\n"):
        i = 0
        while i < len(line):
            j = i + width
            while j < len(line) and line[j] in "。，；：、！？）”%":
                j += 1
            out.append(line[i:j])
            i = j
    return "\n".join(out) + "\n"


def _portal(place: str, year: int, label: str, dateline: str, county: str) -> str:
    return (f"首页 > 政务公开 > 政府工作报告\n{label}各地政府工作报告汇编　多省份政府工作报告出炉\n"
            f"{year}年{place}政府工作报告\n{dateline}：{year}-01-30　来源：市政府办公室\n"
            f"——{year}年1月26日在{place}第八届人民代表大会第四次会议上\n{place}人民政府市长 王明\n\n"
            f"一、{year - 1}年工作回顾\n"
            f"过去一年，全市地区生产总值达到4210亿元，增长6.2%；规模以上工业增加值增长7.9%；固定资产投资增长8.4%；"
            f"一般公共预算收入完成215亿元，增长10.6%。\n"
            f"“十四五”规划确定的30项主要指标中，26项达到或超过序时进度。12件民生实事中，11件已全面完成。\n"
            f"{county}发展势头强劲，地区生产总值增长8.1%。\n\n"
            f"二、{year}年工作安排\n"
            f"今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；规模以上工业增加值增长7%；固定资产投资增长9%。\n"
            f"（一）抓项目扩投资。全年实施亿元以上重点项目800个，其中260个年内开工；今年安排的110个市级重点项目中，新开工50个。\n"
            f"（二）办好民生实事。新建改造城镇老旧小区150个，新增普惠性幼儿园学位4000个。\n")


_PAGES = [("宜昌市", 2024, "夷陵区"), ("襄阳市", 2023, "襄州区"), ("赣州市", 2025, "南康区")]


@pytest.mark.parametrize("width", [28, 31, 34, 37])
@pytest.mark.parametrize("label", ["相关阅读：", "推荐阅读：", "【相关阅读】"])
@pytest.mark.parametrize("dateline", ["发布日期", "发布时间"])
@pytest.mark.parametrize("place,year,county", _PAGES)
def test_a_portal_page_printed_to_pdf_keeps_its_review_and_targets(place, year, county, label, dateline, width):
    d = read(_wrap(_portal(place, year, label, dateline, county), width))
    fs = keys_of(d)
    y0, y = str(year - 1), str(year)
    assert val(fs, ("gdp", "actual", y0, "level")) == (4210, "eq")
    assert val(fs, ("gdp", "actual", y0, "growth")) == (6.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", y0, "growth")) == (10.6, "eq")
    # (the district's lead names its own sentence, not the targets under the next part)
    assert val(fs, ("gdp", "target", y, "growth")) == (6.5, "about")
    assert val(fs, ("fixed_asset_investment", "target", y, "growth")) == (9, "eq")
    assert not any(k[0].startswith(f"other:{county}") and k[1] == "target" for k in fs)
    got = {(o, v, u) for o, v, u in pledged(d)}
    assert ("城镇老旧小区", 150, "个") in got and ("普惠性幼儿园学位", 4000, "个") in got
    assert d.meta.region == place and d.meta.report_year == year


@pytest.mark.parametrize("place,year,county", _PAGES)
def test_the_plain_portal_page_is_unchanged(place, year, county):
    # (the page as saved, its blank lines and whole paragraphs: read right before and after)
    d = read(_portal(place, year, "相关阅读：", "发布日期", county))
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (6.2, "eq")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6.5, "about")


@pytest.mark.parametrize("other,own", [("重庆市", "成都市"), ("湘潭市", "株洲市")])
def test_other_pages_under_a_related_heading_stay_theirs(other, own):
    # a portal's report, then its related links, each a title over a line of its summary (not a line a width cut: the
    # title is short): the other page's figures are not the report's
    page = (f"2024年{own}政府工作报告\n——2024年1月10日在{own}第十六届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"
            f"2023年，全市地区生产总值增长6%。\n\n相关阅读\n{other}2024年政府工作报告\n2023年，全市地区生产总值增长4.5%。\n")
    d = read(page)
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")
    assert not any(f.value == 4.5 for f in d.facts if not f.indicator.startswith("other:"))
