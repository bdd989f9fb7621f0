"""Web pages whose main text trafilatura cut (htm37, decision 174): an infographic page repeats its labels ("规模以上工业
增加值增长" under last year's figure and under this year's target); trafilatura drops a repeated short line, and the lines
it dropped are put back from the page's own text, which is compared line by line without spaces (trafilatura writes a
byline's "\u3000\u3000" as one space: no line matched, nothing was put back)."""
from planwatch.ingest import html_record

from factkeys import facts, val

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>图解｜2024年衡阳市政府工作报告_政务公开</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a></div>
<div class="article"><h1>图解｜2024年衡阳市政府工作报告</h1>
<p>来源：衡阳日报\u3000\u30002024-01-15 10:20</p>
<p>1月13日，衡阳市第十六届人民代表大会第四次会议开幕，市长作政府工作报告。一起来看↓↓↓</p>
<p>2023年成绩单</p>
<p>4.6%</p><p>地区生产总值增长</p>
<p>6.2%</p><p>规模以上工业增加值增长</p>
<p>3.1万人</p><p>城镇新增就业</p>
<p>2024年目标</p>
<p>6%左右</p><p>地区生产总值增长</p>
<p>7%</p><p>规模以上工业增加值增长</p>
<p>3万人</p><p>城镇新增就业</p>
<p>编辑：刘芳\u3000\u3000审核：陈亮</p>
</div>
<div class="foot">主办单位：衡阳市人民政府办公室\u3000网站标识码：4304000001</div>
</body></html>"""


def test_repeated_labels_of_an_infographic_page_are_kept():
    text = html_record(PAGE, "p.html", "p.html").text
    after = text[text.find("2024年目标"):]
    assert "7%\n规模以上工业增加值增长" in after and "3万人\n城镇新增就业" in after


def test_the_targets_under_repeated_labels_are_read():
    text = html_record(PAGE, "p.html", "p.html").text
    fs = facts(text, region="衡阳市", level="prefecture", report_year=2024)
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (3, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (6.2, "eq")


def test_the_page_chrome_around_the_article_is_not_put_back():
    page = ("<html><body><div class='nav'><a href='/'>首页</a> | <a href='/zwgk'>政务公开</a> | <a href='/hd'>互动交流</a></div>"
            "<div class='article'><h1>2024年某县政府工作报告</h1><p>来源：某县融媒体中心\u3000\u30002024-01-10</p>"
            + "".join(f"<p>今年全县第{i}项任务：新建高标准农田{i}万亩，城镇新增就业{i}000人。</p>" for i in range(1, 9))
            + "</div></body></html>")
    text = html_record(page, "q.html", "q.html").text
    assert "城镇新增就业8000人" in text and "互动交流" not in text
