"""prt61 (decision 494): benchmarks/blind_print.py prints what each kind's name says, for English and Chinese pages.

Hand-written pages: an English news page is no PDF layer (its sentences end on “.”), and is wrapped at spaces, set one
sentence a line and given a Word file's soft breaks between words; a Chinese news page of whole paragraphs with list
rows ending on no mark is no layer either; a list's rows, each opening on its own name and colon, stay a line each.
Look-alikes keep their printing: real layers (Chinese and English), a Chinese paragraph its width cut.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import blind_print as bp  # noqa: E402

_EN = ("Hubei targets 6 pct growth in 2026\nXinhua | 2026-01-20\n\n"
       "WUHAN, Jan. 20 (Xinhua) -- Central China's Hubei Province will aim for economic growth of around 6 percent this "
       "year, according to the work report delivered by the governor on Monday.\n\n"
       "The province's GDP reached 6.1 trillion yuan last year, up 5.7 percent. Fixed-asset investment rose 4.2 percent, "
       "while retail sales grew 6.3 percent.\n\n"
       "This year, the province plans to add 700,000 urban jobs and keep the surveyed urban unemployment rate under 5.5 "
       "percent. \"We will stabilize industry first,\" the governor said.\n\n"
       "Hubei will also build 2 million mu of high-standard farmland, the report said.\n")
_META = {"region": "湖北省", "report_year": 2026, "doc_type": "government_work_report"}

_ZH_NEWS = ("某市政府工作报告：今年地区生产总值预期增长7%左右\n2026年01月21日10:05　来源：某市融媒体中心\n\n"
            "1月20日上午，某市第八届人民代表大会第四次会议开幕，市长代表市人民政府作政府工作报告，回顾了过去一年的工作，"
            "部署了今年的重点任务。\n\n"
            "报告显示，去年全市地区生产总值增长6.1%，一般公共预算收入增长5.2%，城乡居民人均可支配收入分别增长5.0%和"
            "7.1%，各项主要指标好于预期。\n\n"
            "报告提出，今年全市地区生产总值预期增长7%左右，规模以上工业增加值增长8%，固定资产投资增长9%，新建改造"
            "城市燃气管网200公里。\n\n各开发区去年发展势头良好：\n"
            "北城开发区：规模以上工业增加值增长11.2%\n南湖新区：地区生产总值增长7.4%，固定资产投资增长12.0%\n"
            "东港物流园区：社会消费品零售总额增长8.8%\n西山工业园：规上工业营业收入增长9.6%\n")


def _out(kind: str, text: str, idx: int, meta: dict) -> str | None:
    P = bp.printed(kind, text, idx, meta)
    return None if P is None else "".join(c for c, _ in P)


def test_an_english_page_is_no_pdf_layer():
    assert not bp.already_wrapped(_EN)
    for kind in ("pdf", "sent", "docx"):
        assert _out(kind, _EN, 1, _META) is not None, kind


def test_english_pdf_wraps_at_spaces_within_the_width_and_bears_its_headline():
    for idx in (1, 2, 5):
        out = _out("pdf", _EN, idx, _META)
        lines = [ln for ln in out.split("\n") if ln.strip()]
        assert max(len(ln) for ln in lines) <= 81
        assert "　" not in out  # no full-width indent on an English page
        # (the break stands in the place of the space it was cut at: no word split, every word of the page kept)
        assert not any(ln.endswith(" ") for ln in lines) and len(lines) >= 10
        flat = " ".join(ln for ln in lines if not bp._PAGE_MARK.fullmatch(ln))
        assert "The province's GDP reached 6.1 trillion yuan last year, up 5.7 percent." in flat
        assert "build 2 million mu of high-standard farmland" in flat
        assert "政府工作报告" not in out  # an English page's running head is its own headline


def test_english_pages_set_one_sentence_a_line():
    out = _out("sent", _EN, 2, _META)
    lines = [ln for ln in out.split("\n") if ln.strip()]
    assert "The province's GDP reached 6.1 trillion yuan last year, up 5.7 percent." in lines
    assert "Fixed-asset investment rose 4.2 percent, while retail sales grew 6.3 percent." in lines
    # (no break after an abbreviation of the dateline, nor inside a figure)
    assert any(ln.startswith("WUHAN, Jan. 20 (Xinhua)") for ln in lines)
    assert not any(ln.startswith(" ") for ln in lines)


def test_english_docx_soft_breaks_fall_between_words():
    outs = [_out("docx", _EN, idx, _META) for idx in range(1, 9)]
    breaks = [(o[o.index("\v") - 1], o[o.index("\v") + 1]) for o in outs if "\v" in o]
    assert breaks
    for before, after in breaks:
        assert before == " " and after.isalpha()  # after a word's space, never inside a word or a figure


def test_a_chinese_news_page_of_whole_paragraphs_is_no_layer():
    assert not bp.already_wrapped(_ZH_NEWS)
    out = _out("pdf", _ZH_NEWS, 2, {"region": "某市", "report_year": 2026})
    assert out is not None
    # (the list's rows, each its own name and colon, stay a line each)
    assert "北城开发区：规模以上工业增加值增长11.2%\n南湖新区：" in out
    assert "东港物流园区：社会消费品零售总额增长8.8%\n西山工业园：" in out


def test_a_list_rows_are_not_run_together():
    text = ("北城开发区：地区生产总值增长8.1%，规上工业增加值增长11.2%\n"
            "南湖新区：地区生产总值增长7.4%，固定资产投资增长12.0%\n")
    rows = ["".join(c for c, _ in p) for p in bp._paragraphs([(c, i) for i, c in enumerate(text)]) if p]
    assert rows == text.strip().split("\n")


# -- look-alikes: printed as on the base

def test_a_chinese_layer_is_still_a_layer():
    layer = "\n".join(["全市上下坚持稳中求进工作总基调，完整准确全面贯彻新发展"] * 6)
    assert bp.already_wrapped(layer)
    assert bp.printed("pdf", layer, 1, {}) is None


def test_an_english_layer_cut_at_spaces_is_still_a_layer():
    layer = ("The province's GDP reached 6.1 trillion yuan last year, up 5.7\n"
             "percent from a year earlier. Fixed-asset investment rose 4.2\n"
             "percent, while retail sales of consumer goods grew 6.3 percent,\n"
             "the report said. This year the province plans to add 700,000\n"
             "urban jobs and keep the surveyed urban unemployment rate under\n"
             "5.5 percent, while grain output should stay above 27 million\n"
             "tonnes.\n")
    assert bp.already_wrapped(layer)


def test_a_chinese_paragraph_cut_by_width_is_still_run_on():
    text = "今年全市地区生产总值预期增长7%左右，规模以上工业增加值增长8%，为结构调整\n留出了空间。\n"
    paras = ["".join(c for c, _ in p) for p in bp._paragraphs([(c, i) for i, c in enumerate(text)]) if p]
    assert paras[0] == "今年全市地区生产总值预期增长7%左右，规模以上工业增加值增长8%，为结构调整留出了空间。"


def test_chinese_sentences_still_split_on_their_marks():
    out = _out("sent", "全市生产总值增长5%。新建5G基站1200个！\n", 1, {})
    assert out == "全市生产总值增长5%。\n\n新建5G基站1200个！\n"


# -- the printing cases the fixed tool showed in planwatch (src/planwatch/normalize.py `_english_wraps`)

from factkeys import key_values, read  # noqa: E402

_KS_HEAD = "Kunshan sets 5.5 pct growth goal for 2023\n2023-01-16 | english.kunshan.gov.cn\n\n"
_KS = ("Kunshan, a county-level city in Jiangsu province, aims for economic growth of around 5.5 percent this year and "
       "plans to keep the surveyed urban unemployment rate within 5 percent, according to the municipal government work "
       "report delivered on Monday. The city will create 30,000 new urban jobs and raise general public budget revenue "
       "by about 6 percent.")
_KS_WANT = {("gdp", "target", "2023", "growth"): (5.5, "about"),
            ("urban_unemployment_rate", "target", "2023", "share"): (5, "at_most"),
            ("urban_new_jobs", "target", "2023", "level"): (30000, "eq"),
            ("general_budget_revenue", "target", "2023", "growth"): (6, "about")}


def _kv(text: str) -> dict:
    kv = key_values(read(text))
    return {k: kv.get(k) for k in _KS_WANT}


def test_english_layer_wrapped_at_spaces_with_lines_of_one_length():
    # a layer wrapped at 67 characters: half its cut lines are 67 long (as long as their words let them), no converter
    # cutting by count inside words; its breaks are the spaces they stood for
    import textwrap
    lines = textwrap.wrap(_KS, 67)
    assert [len(ln) for ln in lines[:4]].count(67) >= 2
    assert _kv(_KS_HEAD + "\n".join(lines) + "\n") == _KS_WANT


@pytest.mark.parametrize("brk", ["\v", "\n"])
def test_english_break_after_a_space_inside_a_name(brk):
    # Word's soft break typed after a space, or a layer's converter keeping the space before its break: the indicator's
    # name read whole ("surveyed urban \vunemployment rate")
    text = _KS_HEAD + _KS.replace("urban unemployment", "urban " + brk + "unemployment") + "\n"
    assert _kv(text) == _KS_WANT


def test_english_headline_ending_on_a_space_over_its_date_line():
    # look-alike: a headline kept with a trailing space over its date line: two lines, the page dated by it
    text = "Kunshan city aims for steady economic growth this year \n2023-01-16 | english.kunshan.gov.cn\n\n" + _KS + "\n"
    d = read(text)
    assert d.meta.report_year == 2023
    assert key_values(d).get(("gdp", "target", "2023", "growth")) == (5.5, "about")


def test_english_page_a_paragraph_a_line():
    # look-alike: the page as its site prints it (read so before)
    assert _kv(_KS_HEAD + _KS + "\n") == _KS_WANT


def test_english_nsplit_breaks_a_long_line_a_page_width_in_never_a_short_one():
    # a line break inside a number is a PDF's width cut: into an English paragraph, never into its dateline (an English
    # line's page is twice as many characters wide)
    outs = [_out("nsplit", _EN, idx, _META) for idx in range(1, 41)]
    assert all(o.split("\n")[1] in ("Xinhua | 2026-01-20", "Xinhua | 2026-01-2 0", "Xinhua | 2026-0 1-20",
                                      "Xinhua | 2026-0 1-2 0") for o in outs)
    assert any(len(o.split("\n")) > len(_EN.split("\n")) for o in outs)  # some figure of a paragraph cut by a line


def test_docx_maps_a_span_opening_on_a_markdown_bar():
    # a Markdown row's bars are set as a Word table's tabs: a gold span opening and closing on the bar keeps its cells
    text = "主要指标\n| 指标 | 单位 | 目标 |\n| --- | --- | --- |\n| 地区生产总值增长 | % | 8 |\n"
    s = text.index("| 地区")
    gold = {"facts": [{"start": s, "end": text.index("8 |") + 3, "quote": ""}], "pledges": []}
    P = bp.printed("docx", text, 2, {})
    out = "".join(c for c, _ in P)
    g = bp.map_gold(gold, P, out, "x.txt")["facts"][0]
    assert g["quote"].startswith("地区生产总值增长") and g["quote"].endswith("8")
