"""Reports as real files reach us (ing36, decision 151): the container settles the year the text leaves out.

A web page's dated line in its Chinese form, a Word file's or a PDF's document title, and a cover's
date under the issuing government's line date a report whose own words name no year; the report's
own words still win over the container.
"""
from __future__ import annotations

import pytest

import planwatch
from planwatch.ingest import read_file

# a report that names no year anywhere: only 去年/今年 and the year's targets
BODY = ("各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
        "一年来，全区实现地区生产总值1086.5亿元，增长8.1%；一般公共预算收入102.3亿元，增长7.6%。\n"
        "二、今年工作安排\n今年全区经济社会发展的主要预期目标是：地区生产总值增长7%以上，一般公共预算收入增长6%。\n")


def _page(info: str, title: str = "政府工作报告_浑南区人民政府") -> bytes:
    paras = "".join(f"<p>{x}</p>\n" for x in ("政府工作报告", *BODY.strip().split("\n")))
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a> <a href="/">政务公开</a></div>'
            f'<div class="article"><h1>政府工作报告</h1><div class="info">{info}</div>'
            f'<div class="content">{paras}</div></div>'
            f'<div class="footer">主办：沈阳市浑南区人民政府办公室 辽ICP备05001234号 网站标识码：2101120001</div>'
            f'</body></html>').encode("utf-8")


@pytest.mark.parametrize("info, date", [
    ("发布日期：2022年01月14日 信息来源：区政府办 点击数：1203", "2022-01-14"),
    ("<span>发布时间：</span><span>2022年1月14日</span> <span>来源：区政府办</span>", "2022-01-14"),
    ("成文日期：2022.1.14 【字体：大 中 小】", "2022-01-14"),
])
def test_a_pages_chinese_dated_line_dates_a_report_that_names_no_year(tmp_path, info, date):
    p = tmp_path / "page.html"
    p.write_bytes(_page(info))
    (rec,) = read_file(p)
    assert rec.hints.get("date") == date
    d = planwatch.read(p)
    assert (d.meta.region, d.meta.report_year) == ("浑南区", 2022)
    assert {(f.indicator, f.role, f.period) for f in d.facts} >= {("gdp", "actual", "2021"), ("gdp", "target", "2022")}


def test_a_date_with_no_label_is_no_page_date(tmp_path):
    # a related link's year ("相关链接：2021年1月8日…") is no date the page gives itself
    p = tmp_path / "page.html"
    p.write_bytes(_page("来源：区政府办 相关时间线：上一篇 2021年1月8日 全区经济工作会议召开"))
    (rec,) = read_file(p)
    assert rec.hints.get("date") != "2021-01-08"


def _docx(path, core_title: str, body: str):
    import docx

    d = docx.Document()
    d.add_paragraph("政府工作报告", style="Title")
    for line in body.strip().split("\n"):
        d.add_paragraph(line)
    d.sections[0].header.paragraphs[0].text = "邳州市第十六届人民代表大会第五次会议文件"
    d.core_properties.title = core_title
    d.save(path)
    return path


def test_a_word_files_title_property_dates_a_report_that_names_no_year(tmp_path):
    d = planwatch.read(_docx(tmp_path / "r.docx", "邳州市2016年政府工作报告", BODY.replace("区", "市")))
    assert (d.meta.region, d.meta.report_year) == ("邳州市", 2016)
    assert ("gdp", "target", "2016", "growth") in {(f.indicator, f.role, f.period, f.measure) for f in d.facts}


def test_the_reports_own_years_win_over_a_stale_title_property(tmp_path):
    # a file made from last year's: its title property still says 2015, the text reviews 2015 and sets 2016's targets
    body = BODY.replace("区", "市").replace("过去一年工作回顾", "2015年工作回顾").replace("今年工作安排", "2016年主要目标和重点工作") \
        .replace("一年来", "2015年").replace("今年全市", "2016年全市")
    d = planwatch.read(_docx(tmp_path / "r.docx", "邳州市2015年政府工作报告", body))
    assert d.meta.report_year == 2016


def _pdf(path, cover: list[str], title: str | None = None):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    if title:
        c.setTitle(title)
    c.setFont("STSong-Light", 16)
    for i, line in enumerate(cover):
        c.drawCentredString(300, 600 - 40 * i, line)
    c.showPage()
    c.setFont("STSong-Light", 11)
    lines = ["政府工作报告", "区长 李明哲"] + [x[k:k + 30] for x in BODY.strip().split("\n") for k in range(0, len(x), 30)]
    for i, line in enumerate(lines):
        c.drawString(40, 800 - 18 * i, line)
    c.drawCentredString(300, 30, "— 1 —")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("title", ["Microsoft Word - 2022年浑南区政府工作报告（定稿）.docx", "沈阳市浑南区2022年政府工作报告"])
def test_a_pdfs_document_title_dates_a_report_that_names_no_year(tmp_path, title):
    p = _pdf(tmp_path / "r.pdf", ["浑南区第三届人民代表大会第二次会议文件", "政府工作报告"], title=title)
    (rec,) = read_file(p)
    assert "Microsoft" not in rec.hints["title"] and not rec.hints["title"].endswith(".docx")
    d = planwatch.read(p)
    assert (d.meta.region, d.meta.report_year) == ("浑南区", 2022)


def test_a_converters_name_for_the_file_is_cut_from_a_pdfs_title():
    # "Microsoft Word - 附件.doc": the converter's prefix and the file's extension are no part of the title
    from planwatch.ingest import _PDF_TITLE_NOISE

    assert _PDF_TITLE_NOISE.sub("", "Microsoft Word - 附件.doc") == "附件"


@pytest.mark.parametrize("cover, year", [
    (["政府工作报告", "沈阳市浑南区人民政府", "二〇二二年一月"], 2022),
    (["政府工作报告", "沈阳市浑南区人民政府", "2021年12月"], 2022),  # delivered in December: next year's report
])
def test_a_covers_date_under_the_issuing_government_dates_the_report(tmp_path, cover, year):
    d = planwatch.read(_pdf(tmp_path / "r.pdf", cover))
    assert (d.meta.region, d.meta.report_year) == ("浑南区", year)


# ---------------------------------------------------------------- what a Word file shows, as read

def _run(text: str, wrapper: str | None = None, **attrs):
    """A run of TEXT, inside a WRAPPER element (w:ins, w:del, w:sdt's content…) where given."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if wrapper in ("w:del", "w:moveFrom") else "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    if wrapper is None:
        return r
    w = OxmlElement(wrapper)
    for k, v in {"w:id": "1", "w:author": "办公室", **attrs}.items():
        if wrapper != "w:sdt":
            w.set(qn(k), v)
    if wrapper == "w:sdt":
        content = OxmlElement("w:sdtContent")
        content.append(r)
        w.append(content)
    else:
        w.append(r)
    return w


def _docx_with(tmp_path, pieces: list[tuple[str, str | None]]):
    import docx

    d = docx.Document()
    d.add_paragraph("政府工作报告")
    d.add_paragraph("——2023年1月10日在建德市第十七届人民代表大会第三次会议上")
    d.add_paragraph("一、2022年工作回顾")
    p = d.add_paragraph()
    for text, wrapper in pieces:
        p._p.append(_run(text, wrapper))
    d.add_paragraph("二、2023年工作安排")
    d.add_paragraph("2023年主要预期目标是：地区生产总值增长6%左右。")
    d.save(tmp_path / "r.docx")
    return tmp_path / "r.docx"


@pytest.mark.parametrize("wrapper", ["w:ins", "w:sdt"])
def test_a_tracked_insertion_or_a_content_control_is_part_of_the_text(tmp_path, wrapper):
    # a draft saved with its revisions unaccepted, a template's field: Word shows the run, python-docx's text drops it
    p = _docx_with(tmp_path, [("全年实现地区生产总值468.2亿元，增长3.6%；", None), ("一般公共预算收入40.15亿元", wrapper),
                              ("，同口径增长5.2%。", None)])
    (rec,) = read_file(p)
    assert "全年实现地区生产总值468.2亿元，增长3.6%；一般公共预算收入40.15亿元，同口径增长5.2%。" in rec.text
    d = planwatch.read(p)
    fs = {(f.indicator, f.role, f.period, f.measure): f.value for f in d.facts}
    assert fs[("general_budget_revenue", "actual", "2022", "level")] == 40.15
    for f in d.facts:
        assert rec.text[f.start:f.end] == f.quote


@pytest.mark.parametrize("wrapper", ["w:del", "w:moveFrom"])
def test_a_tracked_deletion_is_no_part_of_the_text(tmp_path, wrapper):
    p = _docx_with(tmp_path, [("一般公共预算收入", None), ("39.8", wrapper), ("40.15亿元，同口径增长5.2%。", None)])
    (rec,) = read_file(p)
    assert "一般公共预算收入40.15亿元，同口径增长5.2%。" in rec.text and "39.8" not in rec.text


def test_a_report_framed_in_a_one_cell_table_keeps_its_lines(tmp_path):
    # a red-head document's layout: the whole report inside a table's one cell, each paragraph its own line
    import docx

    d = docx.Document()
    d.add_paragraph("建德市人民政府文件")
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    lines = ["政府工作报告", "——2023年1月10日在建德市第十七届人民代表大会第三次会议上", "一、2022年工作回顾",
             "全年实现地区生产总值468.2亿元，增长3.6%。", "二、2023年工作安排", "2023年主要预期目标是：地区生产总值增长6%左右。"]
    cell.paragraphs[0].text = lines[0]
    for x in lines[1:]:
        cell.add_paragraph(x)
    d.save(tmp_path / "r.docx")
    (rec,) = read_file(tmp_path / "r.docx")
    assert "\n".join(lines) in rec.text
    d = planwatch.read(tmp_path / "r.docx")
    assert {(f.indicator, f.role, f.period, f.measure): f.section for f in d.facts}[("gdp", "target", "2023", "growth")] \
        .startswith("二、2023年工作安排")


def test_a_table_of_figures_stays_one_line_a_row(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("政府工作报告")
    t = d.add_table(rows=2, cols=3)
    for r, row in enumerate([("指标", "单位", "2023年目标"), ("地区生产总值增长", "%", "6左右")]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.save(tmp_path / "r.docx")
    (rec,) = read_file(tmp_path / "r.docx")
    assert "指标\t单位\t2023年目标\n地区生产总值增长\t%\t6左右" in rec.text


# ---------------------------------------------------------------- a later page carrying the report

OWN = ("2023年叙州区政府工作报告\n——在宜宾市叙州区第二届人民代表大会第三次会议上\n区长 王海波\n各位代表：\n一、过去一年工作回顾\n"
       "全年实现地区生产总值726.5亿元、增长5.3%。\n二、今年工作安排\n今年全区经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n")


@pytest.mark.parametrize("heading", [
    "2024年叙州区政府工作报告（全文）\n\n",                      # the page's heading, of the year it was posted
    "【2024年两会】政府工作报告（全文）\n发布时间：2024-03-05 来源：叙州区政府办\n",
    "叙州区2024年政府工作报告\n",
])
def test_a_later_pages_heading_does_not_date_the_report_below_it(heading):
    d = planwatch.read_text(heading + OWN, "t.txt")
    assert (d.meta.report_year, d.meta.title) == (2023, "2023年叙州区政府工作报告")
    assert ("gdp", "target", "2023") in {(f.indicator, f.role, f.period) for f in d.facts}


@pytest.mark.parametrize("page_title", ["2024年叙州区政府工作报告（全文）", "【2024年两会】政府工作报告（全文）"])
def test_a_later_pages_title_is_not_put_above_the_reports_own(tmp_path, page_title):
    p = tmp_path / "page.html"
    paras = "".join(f"<p>{x}</p>" for x in OWN.strip().split("\n"))
    p.write_text(f'<html><head><meta charset="utf-8"><title>{page_title}_宜宾市叙州区人民政府</title></head><body>'
                 f'<div class="info">发布时间：2024-03-05 来源：叙州区政府办</div><div class="content">{paras}</div>'
                 f'<div class="related">相关链接：2024年叙州区政府工作报告</div></body></html>', encoding="utf-8")
    (rec,) = read_file(p)
    assert rec.text.startswith("2023年叙州区政府工作报告\n")
    assert planwatch.read(p).meta.report_year == 2023


def test_a_title_wrapped_over_two_lines_stays_one():
    text = ("关于平利县2023年国民经济和社会发展计划执行情况\n与2024年计划草案的报告\n"
            "——2024年1月8日在平利县第十八届人民代表大会第四次会议上\n各位代表：\n2024年主要预期目标是：生产总值增长6%左右。\n")
    m = planwatch.read_text(text, "t.txt").meta
    assert (m.title, m.report_year, m.doc_type) == (
        "关于平利县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", 2024, "plan_report")


def test_a_page_header_in_a_content_control_names_the_county(tmp_path):
    # a template's running head, “XX县第十八届人民代表大会第五次会议文件”, kept in a content control
    import docx

    d = docx.Document()
    for line in ("政府工作报告", "县长 马国强", "各位代表：", "一、2020年工作回顾", "全年实现地区生产总值112.6亿元，增长3.9%。"):
        d.add_paragraph(line)
    d.sections[0].header.paragraphs[0]._p.append(_run("临洮县第十八届人民代表大会第五次会议文件", "w:sdt"))
    d.save(tmp_path / "r.docx")
    (rec,) = read_file(tmp_path / "r.docx")
    assert rec.text.startswith("临洮县第十八届人民代表大会第五次会议文件\n政府工作报告")
    assert planwatch.read(tmp_path / "r.docx").meta.region == "临洮县"
