"""Reading every supported container into text, and refusing the unreadable with a one-line reason."""
from __future__ import annotations

import csv
import io
import json
import os

import pytest

from planwatch.ingest import IngestError, IngestWarning, iter_files, read_bytes, read_file

REPORT = ("政府工作报告\n"
          "——2024年1月10日在平顶山市第十四届人民代表大会第三次会议上\n\n"
          "平顶山市人民政府市长 张雷明\n\n"
          "各位代表：\n"
          "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n"
          "一、2023年工作回顾\n"
          "过去一年，全市地区生产总值增长5.2%，一般公共预算收入增长8.1%。\n")


def one_line_error(exc: IngestError, path) -> str:
    msg = str(exc)
    assert "\n" not in msg, msg
    assert os.path.basename(str(path)) in msg, msg
    return msg


def write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


# ---------------------------------------------------------------- text encodings

@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_text_encodings(tmp_path, enc):
    p = write(tmp_path, f"r_{enc}.txt", REPORT.encode(enc))
    (rec,) = read_file(p)
    assert rec.text == REPORT
    assert rec.format == "txt"
    assert rec.name == p.name


def test_utf16_without_bom_pure_chinese(tmp_path):
    text = "各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"
    for enc in ("utf-16-le", "utf-16-be"):
        assert not text.encode(enc).startswith((b"\xff\xfe", b"\xfe\xff"))
        (rec,) = read_file(write(tmp_path, f"x_{enc}.txt", text.encode(enc)))
        assert rec.text == text


def test_real_example_in_gbk(tmp_path, examples_dir):
    raw = (examples_dir / "000_2b931b19880bcc59.txt").read_text(encoding="utf-8")
    (rec,) = read_file(write(tmp_path, "ruzhou_gbk.txt", raw.encode("gbk")))
    assert rec.text == raw


# ---------------------------------------------------------------- html

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年平顶山市政府工作报告_平顶山市人民政府</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>
<nav><ul><li><a href="/">网站首页</a></li><li><a href="/a">机构概况</a></li><li><a href="/b">政策文件</a></li>
<li><a href="/c">办事服务</a></li></ul></nav>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="article">
<h1>2024年平顶山市政府工作报告</h1>
<p>——2024年1月10日在平顶山市第十四届人民代表大会第三次会议上</p>
<p>平顶山市人民政府市长 张雷明</p>
<p>各位代表：</p>
<p>现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。</p>
<p>一、2023年工作回顾</p>
<p>过去的一年，全市地区生产总值增长5.2%，一般公共预算收入增长8.1%，规模以上工业增加值增长6.3%。</p>
<p>二、2024年工作安排</p>
<p>今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业6万人以上。</p>
</div>
<footer><p>主办单位：平顶山市人民政府办公室 版权所有 ICP备案号：豫ICP备05012345号</p><p>网站地图 联系我们</p></footer>
</body></html>"""


def test_html_main_text_without_chrome(tmp_path):
    p = write(tmp_path, "page.html", PAGE.encode("utf-8"))
    (rec,) = read_file(p)
    assert rec.format == "html"
    for kept in ("——2024年1月10日在平顶山市第十四届人民代表大会第三次会议上", "全市地区生产总值增长5.2%",
                 "地区生产总值增长6%左右", "二、2024年工作安排"):
        assert kept in rec.text
    for chrome in ("机构概况", "办事服务", "互动交流", "版权所有", "ICP备案号", "网站地图", "当前位置"):
        assert chrome not in rec.text, chrome
    assert rec.hints.get("title", "").startswith("2024年平顶山市政府工作报告")


def test_html_in_gbk(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="gbk"')
    (rec,) = read_file(write(tmp_path, "page_gbk.htm", page.encode("gbk")))
    assert "全市地区生产总值增长5.2%" in rec.text


# ---------------------------------------------------------------- docx

def test_docx(tmp_path):
    import docx

    d = docx.Document()
    d.core_properties.title = "2024年平顶山市政府工作报告"
    for line in REPORT.strip().split("\n"):
        d.add_paragraph(line)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "地区生产总值"
    t.rows[0].cells[1].text = "增长6%"
    p = tmp_path / "report.docx"
    d.save(p)
    (rec,) = read_file(p)
    assert rec.format == "docx"
    assert "全市地区生产总值增长5.2%" in rec.text
    assert "——2024年1月10日在平顶山市第十四届人民代表大会第三次会议上" in rec.text
    assert "地区生产总值\t增长6%" in rec.text
    assert rec.hints["title"] == "2024年平顶山市政府工作报告"


def test_broken_docx(tmp_path):
    p = write(tmp_path, "broken.docx", b"PK\x03\x04 this is not really a zip")
    with pytest.raises(IngestError) as ei:
        read_file(p)
    assert "DOCX" in one_line_error(ei.value, p)


# ---------------------------------------------------------------- pdf

def _pdf(path, lines):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 11)
    y = 800
    for line in lines:
        c.drawString(40, y, line)
        y -= 18
    c.showPage()
    c.save()
    return path


def test_pdf_with_text_layer(tmp_path):
    lines = [x for x in REPORT.split("\n") if x]
    p = _pdf(tmp_path / "report.pdf", lines)
    (rec,) = read_file(p)
    assert rec.format == "pdf"
    assert rec.hints["pages"] == 1
    for line in lines:
        assert line in rec.text


def test_pdf_without_text_layer(tmp_path):
    p = _pdf(tmp_path / "scan.pdf", [])
    with pytest.raises(IngestError) as ei:
        read_file(p)
    assert "no text layer" in one_line_error(ei.value, p)


def test_truncated_pdf(tmp_path):
    good = _pdf(tmp_path / "full.pdf", [x for x in REPORT.split("\n") if x]).read_bytes()
    p = write(tmp_path, "truncated.pdf", good[: len(good) // 3])
    with pytest.raises(IngestError) as ei:
        read_file(p)
    one_line_error(ei.value, p)


def test_pdf_extension_without_pdf(tmp_path):
    p = write(tmp_path, "fake.pdf", REPORT.encode("utf-8"))
    with pytest.raises(IngestError) as ei:
        read_file(p)
    assert "not a PDF" in one_line_error(ei.value, p)


# ---------------------------------------------------------------- refusals

def test_empty_file(tmp_path):
    p = write(tmp_path, "empty.txt", b"")
    with pytest.raises(IngestError) as ei:
        read_file(p)
    assert "empty" in one_line_error(ei.value, p)


def test_whitespace_only_file(tmp_path):
    p = write(tmp_path, "blank.txt", "  \n\n \u3000\n".encode("utf-8"))
    with pytest.raises(IngestError) as ei:
        read_file(p)
    one_line_error(ei.value, p)


@pytest.mark.parametrize("data", [bytes(range(256)) * 40, os.urandom(8000), b"\x89PNG\r\n\x1a\n" + os.urandom(500),
                                  b"\x7fELF" + bytes(2000)])
def test_binary_garbage_with_txt_extension(tmp_path, data):
    p = write(tmp_path, "garbage.txt", data)
    with pytest.raises(IngestError) as ei:
        read_file(p)
    msg = one_line_error(ei.value, p)
    assert "binary" in msg or "encoding" in msg


def test_unknown_extension(tmp_path):
    p = write(tmp_path, "report.xyz", REPORT.encode("utf-8"))
    with pytest.raises(IngestError) as ei:
        read_file(p)
    assert "unknown file type" in one_line_error(ei.value, p)
    assert ".xyz" in str(ei.value)


def test_missing_file(tmp_path):
    p = tmp_path / "nope.txt"
    with pytest.raises(IngestError) as ei:
        read_file(p)
    one_line_error(ei.value, p)


# ---------------------------------------------------------------- dumps

BODY = ("各位代表：现在，我代表市人民政府向大会报告工作。过去一年，全市地区生产总值增长5.2%，"
        "一般公共预算收入增长8.1%。今年主要预期目标是地区生产总值增长6%左右。")


def test_csv_dump_text_column_and_hints(tmp_path):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["id", "title", "province", "city", "full_text"])
    w.writeheader()
    w.writerow({"id": "a1", "title": "2024年洛阳市政府工作报告", "province": "河南省", "city": "洛阳市",
                "full_text": BODY})
    w.writerow({"id": "a2", "title": "2023年开封市政府工作报告", "province": "河南省", "city": "开封市",
                "full_text": BODY.replace("5.2%", "4.0%")})
    w.writerow({"id": "a3", "title": "空", "province": "", "city": "", "full_text": "短"})  # too short: skipped
    p = write(tmp_path, "dump.csv", buf.getvalue().encode("utf-8"))
    recs = read_file(p)
    assert len(recs) == 2
    assert recs[0].text == BODY
    assert recs[0].hints == {"id": "a1", "title": "2024年洛阳市政府工作报告", "province": "河南省", "city": "洛阳市"}
    assert "full_text" not in recs[1].hints
    assert recs[0].name != recs[1].name

    import planwatch

    docs = planwatch.read_all(p)
    assert [d.meta.region for d in docs] == ["洛阳市", "开封市"]
    assert [d.meta.report_year for d in docs] == [2024, 2023]
    assert docs[0].meta.evidence["region"].source in ("hint", "title")


def test_csv_dump_in_gbk(tmp_path):
    data = "title,content\n2024年洛阳市政府工作报告," + BODY + "\n"
    (rec,) = read_file(write(tmp_path, "dump_gbk.csv", data.encode("gbk")))
    assert rec.text == BODY
    assert rec.hints["title"] == "2024年洛阳市政府工作报告"


def test_jsonl_dump(tmp_path):
    rows = [{"title": "2024年洛阳市政府工作报告", "city": "洛阳市", "content": BODY},
            {"title": "无正文", "city": "郑州市", "content": None},
            {"title": "2022年郑州市政府工作报告", "city": "郑州市", "content": BODY}]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n"
    recs = read_file(write(tmp_path, "dump.jsonl", data.encode("utf-8")))
    assert [r.hints["city"] for r in recs] == ["洛阳市", "郑州市"]
    assert all(r.text == BODY for r in recs)


def test_dump_without_text_column(tmp_path):
    p = write(tmp_path, "nocol.csv", ("title,province\n" + "报告,河南省\n").encode("utf-8"))
    with pytest.raises(IngestError) as ei:
        read_file(p)
    assert "full-text column" in one_line_error(ei.value, p)


def test_jsonl_with_broken_line_keeps_the_rest(tmp_path):
    good = json.dumps({"content": BODY, "id": "a"}, ensure_ascii=False)
    data = "\n".join([good, "{not json", "[1, 2]", json.dumps({"content": ""}), good.replace('"a"', '"b"')]) + "\n"
    p = write(tmp_path, "bad.jsonl", data.encode("utf-8"))
    with pytest.warns(IngestWarning) as caught:
        recs = read_file(p)
    assert [r.name for r in recs] == ["bad.jsonl#a", "bad.jsonl#b"]
    assert [(w.line, w.reason.split(" (")[0]) for w in recs.problems] == [
        (2, "not JSON"), (3, "a JSON list, not an object"), (4, "no text in column 'content'")]
    assert all("bad.jsonl:" in str(w.message) and "\n" not in str(w.message) for w in caught)


def test_jsonl_with_only_broken_lines(tmp_path):
    p = write(tmp_path, "allbad.jsonl", b"{not json\n{\"x\":\n")
    with pytest.raises(IngestError) as ei:
        read_file(p)
    assert "line 1" in one_line_error(ei.value, p)


def test_csv_short_and_long_rows_reported_with_their_line(tmp_path):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "title", "full_text"])
    w.writerow(["1", "报告一", BODY])
    w.writerow(["2", "报告二"])  # short
    w.writerow(["3", "报告三", "多行\n" + BODY])  # a quoted field across lines
    w.writerow(["4", "报告四", BODY, "extra"])  # long
    w.writerow(["5", "报告五", BODY])
    p = write(tmp_path, "rows.csv", buf.getvalue().encode("utf-8"))
    with pytest.warns(IngestWarning):
        recs = read_file(p)
    assert [r.hints["id"] for r in recs] == ["1", "3", "5"]
    assert [(w.line, w.reason.split(":")[0]) for w in recs.problems] == [(3, "short row"), (6, "long row")]


def test_deeply_nested_html_is_read(tmp_path):
    inner = "<p>全市地区生产总值增长5.2%，一般公共预算收入增长6%。今年的主要预期目标是生产总值增长6%左右。</p>"
    page = "<html><head><title>2024年政府工作报告</title><style>x{}</style></head><body>" + "<div>" * 10000 + \
        inner + "</div>" * 10000 + "<script>var a = '脚本里的字';</script></body></html>"
    (rec,) = read_file(write(tmp_path, "deep.html", page.encode("utf-8")))
    assert "全市地区生产总值增长5.2%" in rec.text and "脚本" not in rec.text


def test_unreadable_file_is_one_error_not_a_crash(tmp_path, monkeypatch):
    """An OS error while reading (permissions, I/O) is this file's IngestError; the batch goes on."""
    from pathlib import Path

    import planwatch

    ok = write(tmp_path, "a_ok.txt", REPORT.encode("utf-8"))
    bad = write(tmp_path, "b_locked.txt", REPORT.encode("utf-8"))
    real = Path.read_bytes

    def read_bytes_(self):
        if self.name == bad.name:  # root ignores file modes: raise what a non-root user would get
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes_)
    with pytest.raises(IngestError) as ei:
        read_file(bad)
    assert "Permission denied" in one_line_error(ei.value, bad)
    results = list(planwatch.api.iter_documents([tmp_path, tmp_path / "missing.txt"]))
    assert [(f.name, docs is not None) for f, docs, _ in results] == [
        ("a_ok.txt", True), ("b_locked.txt", False), ("missing.txt", False)]


# ---------------------------------------------------------------- directories

def test_directory_read_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "top.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a" / "mid.txt").write_bytes(REPORT.encode("gbk"))
    (tmp_path / "a" / "b" / "deep.txt").write_bytes(REPORT.encode("utf-16"))
    (tmp_path / ".hidden" / "skip.txt").write_text(REPORT, encoding="utf-8")
    files = list(iter_files([tmp_path]))
    names = sorted(f.name for f in files)
    assert names == ["deep.txt", "mid.txt", "top.txt"]
    for f in files:
        assert read_file(f)[0].text == REPORT


def test_read_bytes_unknown_type():
    with pytest.raises(IngestError):
        read_bytes(REPORT.encode("utf-8"), "upload.bin")


def test_html_keeps_a_heading_repeated_after_the_table_of_contents(tmp_path):
    # a tool bar before the article made trafilatura drop the body's section headings, which
    # repeat the table of contents: the review and the plan could no longer be told apart
    body = "".join(f"<p>{p}</p>" for p in [
        "一、2024年工作回顾", "二、2025年目标任务", "2025年某县政府工作报告", "各位代表：", "一、2024年工作回顾",
        "过去的一年，全县地区生产总值增长7%，固定资产投资增长30.6%，地方一般公共预算收入增长4%。" * 3,
        "二、2025年目标任务", "今年主要预期目标是：地区生产总值增长6%左右。" * 3])
    page = ("<html><head><meta charset='utf-8'><title>2025年某县政府工作报告</title></head><body>"
            "<div class='tools'>【字体：大 中 小】 打印本页 关闭窗口</div>"
            f"<div class='article'>{body}</div><div class='footer'>版权所有 网站地图</div></body></html>")
    (rec,) = read_file(write(tmp_path, "toc.html", page.encode("utf-8")))
    assert rec.text.count("一、2024年工作回顾") == 2 and rec.text.count("二、2025年目标任务") == 2
    assert "版权所有" not in rec.text


def test_docx_table_stands_where_it_is_with_its_cells_by_tabs_merged_in_each(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("2025年主要预期目标如下：")
    t = d.add_table(rows=2, cols=3)
    for j, c in enumerate(("指标", "2025年目标", "备注")):
        t.rows[0].cells[j].text = c
    t.rows[1].cells[0].text = "城镇新增就业（万人）"
    t.rows[1].cells[1].merge(t.rows[1].cells[2]).text = "3.2"
    d.add_paragraph("二、重点任务")
    p = tmp_path / "plan.docx"
    d.save(p)
    (rec,) = read_file(p)
    assert rec.text.split("\n") == ["2025年主要预期目标如下：", "指标\t2025年目标\t备注", "城镇新增就业（万人）\t3.2\t3.2", "二、重点任务"]


# ---------------------------------------------------------------- metadata from the container

_TALK = ("——2023年1月10日在区第十八届人民代表大会第三次会议上\n各位代表：\n现在，我代表区人民政府，向大会报告工作。\n"
         "一、2022年工作回顾\n过去一年，全区地区生产总值增长5.6%，一般公共预算收入增长4.1%。\n"
         "二、2023年工作安排\n2023年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")


def _page(title: str, site: str | None, host: str) -> str:
    """A government portal's page: nav, breadcrumbs, share buttons, links to the parents' sites, footer."""
    meta = f'<meta name="SiteName" content="{site}">' if site else ""
    paras = "".join(f"<p>{x}</p>" for x in _TALK.split("\n") if x)
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>{meta}</head><body>'
            '<div class="nav"><a>首页</a><a>政务公开</a><a>互动交流</a><a>办事服务</a></div>'
            '<div>当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>'
            f'<h1>政府工作报告</h1><div>发布时间：2023-01-12 浏览次数：321</div><div class="content">{paras}</div>'
            '<div>分享到：<a>微信</a><a>微博</a> 【打印本页】【关闭窗口】</div>'
            '<div>相关链接：<a>省人民政府</a> <a>市人民政府</a></div>'
            f'<div>主办：{host} 网站标识码：1234567890 ICP备12345678号</div></body></html>')


@pytest.mark.parametrize("title, site, host, want", [
    ("政府工作报告", "福州市鼓楼区人民政府", "区政府办公室", ("350102", "福州市")),  # the site's name tag only
    ("政府工作报告_徐州市鼓楼区人民政府", None, "区政府办公室", ("320302", "徐州市")),  # the title's suffix only
    ("政府工作报告", None, "开封市鼓楼区人民政府办公室", ("410204", "开封市")),  # the footer's 主办 only
    ("政府工作报告-南京市鼓楼区人民政府", None, "南京市鼓楼区人民政府办公室", ("320106", "南京市")),
])
def test_a_pages_site_names_the_namesake_an_anonymous_byline_leaves_open(tmp_path, title, site, host, want):
    import planwatch

    p = write(tmp_path, "page.html", _page(title, site, host).encode("utf-8"))
    m = planwatch.read(p).meta
    assert (m.region_code, m.parent, m.report_year) == (*want, 2023)


def test_a_page_without_any_name_leaves_the_region_open(tmp_path):
    import planwatch

    m = planwatch.read(write(tmp_path, "page.html", _page("政府工作报告", None, "区政府办公室").encode("utf-8"))).meta
    # (全区 and 在区第十八届… may be a district's or an autonomous region's: the level stays open too)
    assert (m.region, m.report_year) == (None, 2023) and m.inferred["region"].startswith("not found")


def test_a_docx_title_property_names_the_region_its_text_leaves_out(tmp_path):
    import docx

    import planwatch

    d = docx.Document()
    d.core_properties.title = "2024年通渭县政府工作报告"
    for line in ("政府工作报告\n——2024年1月在县第十八届人民代表大会第四次会议上\n" + _TALK.split("\n", 1)[1]).split("\n"):
        d.add_paragraph(line)
    d.save(tmp_path / "report.docx")
    m = planwatch.read(tmp_path / "report.docx").meta
    assert (m.region, m.parent, m.report_year) == ("通渭县", "定西市", 2024)


def test_a_pdf_whose_running_header_alone_names_the_county(tmp_path):
    import planwatch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(tmp_path / "r.pdf"))
    lines = ["政府工作报告", "——2024年1月8日在县第十八届人民代表大会第三次会议上", "县长 张某"] + \
        _TALK.replace("区", "县").split("\n")[1:]
    for page in (lines[:5], lines[5:]):
        c.setFont("STSong-Light", 11)
        c.drawString(40, 815, "正定县第十八届人民代表大会第三次会议文件（1）")
        for i, line in enumerate(page):
            c.drawString(40, 780 - 18 * i, line)
        c.drawString(280, 30, "— 1 —")
        c.showPage()
    c.save()
    m = planwatch.read(tmp_path / "r.pdf").meta
    assert (m.region, m.level, m.report_year, m.meeting_date) == ("正定县", "county", 2024, "2024-01-08")


@pytest.mark.parametrize("crumb, region", [
    ("首页 &gt; 县区动态 &gt; 平利县", "平利县"),
    ("首页 &gt; 县区频道 &gt; 岚皋县 &gt; 政务动态", "岚皋县"),
    ("首页 &gt; 走进安康 &gt; 县区概况", None),  # names no county: the report's own level word leaves it open
])
def test_a_city_portals_breadcrumb_names_the_county(tmp_path, crumb, region):
    import planwatch

    news = ("<p>1月8日，县十八届人大二次会议开幕。县长某某代表县人民政府作政府工作报告。</p><p>报告回顾了过去一年的工作。"
            "过去一年，全县地区生产总值增长5.3%。报告提出，今年全县地区生产总值增长6%左右。</p>")
    page = ('<html><head><meta charset="utf-8"><title>县十八届人大二次会议开幕_县区动态_安康市人民政府</title></head><body>'
            f'<div class="nav"><a>首页</a><a>政务公开</a></div><div class="crumb">当前位置：{crumb}</div>'
            f'<h1>县十八届人大二次会议开幕</h1><div>发布时间：2023-01-09</div><div class="content">{news}</div>'
            '<div>主办：安康市人民政府办公室</div></body></html>')
    doc = planwatch.read(write(tmp_path, "page.html", page.encode("utf-8")))
    assert (doc.meta.region, doc.meta.report_year) == (region, 2023)
    assert "当前位置" not in doc.text  # chrome, not the article


@pytest.mark.parametrize("header, footer, first_page, region", [
    ("平利县第十八届人民代表大会第二次会议文件", None, False, "平利县"),  # the session's file mark
    (None, "平利县人民政府办公室印发", False, "平利县"),
    ("平利县人民政府", None, True, "平利县"),  # a first page's own header
    ("内部资料 注意保存", None, False, None),
])
def test_a_docx_page_header_or_footer_is_read(tmp_path, header, footer, first_page, region):
    import docx

    import planwatch

    d = docx.Document()
    sec = d.sections[0]
    sec.different_first_page_header_footer = first_page
    if header:
        (sec.first_page_header if first_page else sec.header).paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for line in ("政府工作报告", "——2023年1月8日在县第十八届人民代表大会第二次会议上", "现在，我代表县人民政府向大会报告工作。",
                 "过去一年，全县地区生产总值增长5.3%。", "今年全县地区生产总值增长6%左右。"):
        d.add_paragraph(line)
    d.save(tmp_path / "r.docx")
    doc = planwatch.read(tmp_path / "r.docx")
    assert (doc.meta.region, doc.meta.report_year) == (region, 2023)
    assert doc.text.count(header or footer) == 1 and doc.facts
    assert all(doc.text[f.start:f.end] == f.quote for f in doc.facts)


@pytest.mark.parametrize("extra, year", [
    ('<div>上一篇：<a>2022年平利县政府工作报告</a> 下一篇：<a>2024年平利县政府工作报告</a></div>', None),  # its neighbours' years
    ('<div>相关阅读：<a>2021年平利县政府工作报告解读</a></div>', None),
    ('<div>发布时间：2023-01-12 09:30</div>', 2023),
    ('<link rel="canonical" href="http://www.pingli.gov.cn/zwgk/202301/t20230112_123.html">', 2023),
])
def test_a_page_date_is_one_the_page_states_not_a_guess(tmp_path, extra, year):
    import planwatch

    news = ("<p>在平利县第十八届人民代表大会第二次会议上</p><p>报告回顾了过去一年的工作。过去一年，全县地区生产总值增长5.3%。"
            "报告提出，今年全县地区生产总值增长6%左右。</p>")
    page = ('<html><head><meta charset="utf-8"><title>政府工作报告_平利县人民政府</title></head><body>'
            f'<h1>政府工作报告</h1><div class="content">{news}</div>{extra}<div>主办：平利县人民政府办公室</div></body></html>')
    m = planwatch.read(write(tmp_path, "page.html", page.encode("utf-8"))).meta
    assert (m.region, m.report_year) == ("平利县", year)


def test_a_scraped_dumps_columns_date_and_place_its_rows(tmp_path):
    import planwatch

    body = ("在县第十八届人民代表大会第二次会议上\n报告回顾了过去一年的工作。过去一年，全县地区生产总值增长5.3%。"
            "报告提出，今年全县地区生产总值增长6%左右。")
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["标题", "正文", "发布时间", "来源", "链接"])
    w.writerow(["政府工作报告", body, "2023-01-12 09:30", "平利县人民政府", ""])
    w.writerow(["政府工作报告", body, "", "岚皋县融媒体中心", "http://www.langao.gov.cn/zwgk/202101/t20210118_1.html"])
    w.writerow(["政府工作报告", body, "", "新华社", ""])  # names no place, no date
    docs = planwatch.read_all(write(tmp_path, "dump.csv", buf.getvalue().encode("utf-8")))
    assert [(d.meta.region, d.meta.report_year) for d in docs] == [("平利县", 2023), ("岚皋县", 2021), (None, None)]


@pytest.mark.parametrize("title, footer, region", [
    ("政府工作报告_中国·平利", "联系我们", "平利县"),  # a county portal's name for itself
    ("政府工作报告|中国平利网", "", "平利县"),
    ("政府工作报告", "主办：中共平利县委 平利县人民政府", "平利县"),  # the party office named first
    ("政府工作报告", "主办单位：中共平利县委办公室 平利县人民政府办公室", "平利县"),
    ("政府工作报告", "版权所有：平利县人民政府办公室 技术支持：某某科技", "平利县"),
    ("政府工作报告", "Copyright © 平利县人民政府 All Rights Reserved", "平利县"),
    ("政府工作报告_中国政府网", "主办：中共安康市委网信办", None),  # names no county
])
def test_a_county_portals_name_in_its_title_or_footer(tmp_path, title, footer, region):
    import planwatch

    news = ("<p>在县第十八届人民代表大会第二次会议上</p><p>报告回顾了过去一年的工作。过去一年，全县地区生产总值增长5.3%。"
            "报告提出，今年全县地区生产总值增长6%左右。</p>")
    page = (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><h1>政府工作报告</h1>'
            f'<div>发布时间：2023-01-12</div><div class="content">{news}</div><div class="footer">{footer}</div></body></html>')
    m = planwatch.read(write(tmp_path, "page.html", page.encode("utf-8"))).meta
    assert (m.region, m.report_year) == (region, 2023)
