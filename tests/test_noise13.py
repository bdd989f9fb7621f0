"""Session 16 noise13: printings of reports the nine robustness printings do not cover — a WeChat repost's emoji,
a page's foot and head left inside a line by a PDF viewer's copy, a site's pager, a table's HTML tags in a text,
a newspaper's head line between two halves of a sentence."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val  # tests/factkeys.py
from planwatch.normalize import normalize


def kept(text: str) -> bool:
    """Nothing of TEXT dropped but spaces (which the normaliser drops between Chinese characters anyway)."""
    strip = str.maketrans("", "", " \t\u3000")
    return normalize(text).text.translate(strip) == text.translate(strip)


def pledges(text: str, **meta):
    doc = planwatch.read_text(text, "t.txt", overrides=meta or None)
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit) for p in doc.pledges}


# --- a WeChat repost's pictographs before headings, items and sentences ------------------------------------------

WECHAT_PLAN = ("二、2023年经济社会发展的主要目标\n今年全省经济社会发展主要预期目标：地区生产总值增长7%左右，"
               "城镇新增就业40万人。\n{e}三、2023年国民经济和社会发展计划的主要任务\n{e}（一）着力推进乡村振兴。"
               "新建高标准农田290万亩，粮食产量稳定在430亿斤以上。\n")


@pytest.mark.parametrize("emoji", ["👉", "📌", "✅", "⭐", "🔥\ufe0f"])
def test_an_emoji_before_a_title_leaves_the_title(emoji):
    text = WECHAT_PLAN.format(e=emoji)
    ps = pledges(text, report_year=2023, region="江西省", level="province")
    assert ("粮食产量", 430, "亿斤") in ps
    assert ("高标准农田", 290, "万亩") in ps
    fs = facts(text, report_year=2023, region="江西省", level="province")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "about")


def test_an_emoji_before_a_table_row_leaves_the_row():
    text = ("二、2023年主要预期目标\n表1 2023年主要指标\n指标\t单位\t2022年完成\t2023年目标\n"
            "地区生产总值增长\t%\t4.7\t7左右\n💪城镇调查失业率\t%\t5.4\t5.5以内\n📈城镇新增就业\t万人\t45.6\t40\n")
    fs = facts(text, report_year=2023, region="江西省", level="province")
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (40, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "about")


def test_a_keycap_number_is_no_figure():
    text = "三、2024年重点工作\n1️⃣新建高标准农田2.5万亩。\n2️⃣新增公共停车位8000个。\n"
    ps = pledges(text, report_year=2024, region="衢州市", level="prefecture")
    assert ("高标准农田", 2.5, "万亩") in ps
    assert ("公共停车位", 8000, "个") in ps


@pytest.mark.parametrize("text", [
    "★新建高标准农田2.5万亩。",
    "▲图为会议现场",
    "全年实现地区生产总值2125.2亿元，增长6.8%。",
])
def test_item_marks_and_plain_text_stay(text):
    assert kept(text)


# --- a page's foot and the next page's head inside a line (a PDF viewer's copy with its line breaks read as nothing)

TITLE = "衢州市人民政府工作报告\n一、2023年工作回顾\n"


@pytest.mark.parametrize("cut,key,value", [
    ("高新技术企业总数突破650 - 1 - 衢州市人民政府工作报告 0家。", ("high_tech_enterprises", "actual", "2023", "level"), (6500, "at_least")),
    ("规模以上工— 2 —  业增加值增长9.4%。", ("industrial_va", "actual", "2023", "growth"), (9.4, "eq")),
    ("实际使用外资2. 第3页 衢州市人民政府工作报告5亿美元，增长31.5%。", ("fdi", "actual", "2023", "level"), (2.5, "eq")),
    ("一般公共预算收入172.6亿元，增 第3页 共9页 长8.9%。", ("general_budget_revenue", "actual", "2023", "growth"), (8.9, "eq")),
    ("社会消费品零售总额1036.5亿元，增长7 衢州市人民政府工作报告 — 4 — .6%。", ("retail_sales", "actual", "2023", "growth"), (7.6, "eq")),
])
def test_a_page_break_inside_a_line(cut, key, value):
    fs = facts(TITLE + "全年实现地区生产总值2125.2亿元，增长6.8%。" + cut + "\n", report_year=2024, region="衢州市",
               level="prefecture")
    assert val(fs, key) == value
    assert val(fs, ("gdp", "actual", "2023", "level")) == (2125.2, "eq")


@pytest.mark.parametrize("line", [
    "会议于2024-1-16召开，编号2-1-3。",          # a date and a code: hyphens with no spaces
    "具体安排详见第3页附表。",                   # 第3页 in prose, no title beside it
    "——2024年1月16日在衢州市第八届人民代表大会第四次会议上",
    "实施“3—5—8”工程，推进项目建设。",
    "地区生产总值增长5%—6%，力争更好。",
])
def test_look_alikes_of_an_inline_page_mark_stay(line):
    text = TITLE + line + "\n"
    assert kept(text)


def test_a_mark_at_a_lines_edge_is_read_as_before():
    text = TITLE + "全年实现地区生产总值2125.2亿元，增长6.8%，增速居全\n— 2 —\n省第2位。\n"
    fs = facts(text, report_year=2024, region="衢州市", level="prefecture")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.8, "eq")


# --- a site's pager where it cuts a long report into pages ---------------------------------------------------------

@pytest.mark.parametrize("pager", ["首页  上一页  1  2  3  4  下一页  尾页", "上一页 1 2 3 下一页", "首页 上一页 1 2 下一页 末页"])
def test_a_pager_between_two_halves_of_a_paragraph(pager):
    text = (TITLE + "（二）坚持创新驱动。新认定国家高新技术企业152家，\n\n" + pager + "\n衢州市人民政府工作报告\n\n"
            "总数达到748家。全社会研发经费投入强度达到2.55%。\n")
    fs = facts(text, report_year=2024, region="衢州市", level="prefecture")
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (748, "eq")


def test_a_pager_word_in_prose_stays():
    text = TITLE + "首页上一页的内容要更新。\n上一页 1 2 3 下一页 的链接\n"
    assert kept(text)


# --- a table's HTML tags in a text ---------------------------------------------------------------------------------

HTML_TABLE = ("二、2023年经济社会发展的主要目标\n表1 2023年全省经济社会发展主要指标\n"
              "<table border=\"1\"><tr><td>指标</td><td>单位</td><td>2022年完成</td><td>2023年目标</td></tr>\n"
              "<tr><td>地区生产总值增长</td><td>%</td><td>4.7</td><td>7左右</td></tr>\n"
              "<tr><td>一般公共预算收入增长</td><td>%</td><td>7.6</td><td>6</td></tr>\n"
              "<tr><td>城镇新增就业</td><td>万人</td><td>45.6</td><td>40</td></tr>\n"
              "<tr><td>城镇调查失业率</td><td>%</td><td>5.4</td><td>5.5以内</td></tr></table>\n")


def test_a_tables_tags_read_as_its_cells():
    fs = facts(HTML_TABLE, report_year=2023, region="江西省", level="province")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (40, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "about")
    q = fs[("urban_new_jobs", "target", "2023", "level")].quote
    assert "40" in q


def test_cell_tags_keep_offsets_and_text_without_tags():
    n = normalize(HTML_TABLE)
    assert "地区生产总值增长|%|4.7|7左右\n" in n.text
    assert "<" not in n.text
    text = "全年地区生产总值增长6.8%，<th>这一标记</th>不是表格。\n"
    assert "这一标记不是表格" in normalize(text).text
    prose = "增速<tr不是标签。x<type>y\n"
    assert kept(prose)


# --- a newspaper's head line at a page's top, between two halves of a sentence ------------------------------------

@pytest.mark.parametrize("head", [
    "（下转第4版）\n4　要闻　2023年2月11日　星期五\n（上接第3版）",
    "2023年2月11日　星期五　要闻　5",
    "（下转第4版）\n2023年2月11日 周五 要闻 4",
])
def test_a_papers_head_line_inside_a_sentence(head):
    text = ("政府工作报告\n三、2023年工作安排\n六是办好民生实事。新增城镇就业7000人以上，新\n" + head
            + "\n建城乡公办幼儿园3所，新增养老机构床位300张。\n")
    ps = pledges(text, report_year=2023, region="桐庐县", level="county")
    assert ("城乡公办幼儿园", 3, "所") in ps
    assert ("养老机构床位", 300, "张") in ps


@pytest.mark.parametrize("text", [
    "2024年1月20日　星期六　要闻　3\n衢州市人民政府工作报告\n",          # a masthead over the text: the metadata's
    "会议于2024年1月20日星期六上午召开。\n会议听取了报告。\n",              # prose
    "新增城镇就业7000人。\n2023年2月11日　星期五\n新建幼儿园3所。\n",        # between two whole sentences
])
def test_a_date_line_that_is_no_papers_head_stays(text):
    strip = str.maketrans("", "", " \t\u3000\n")  # (lines may be joined, as they were before: nothing dropped)
    assert normalize(text).text.translate(strip) == text.translate(strip)


# --- line-breaking tags inside a line of a page's source ------------------------------------------------------------

@pytest.mark.parametrize("br", ["<br/>", "<br />", "<BR>", "</p><p>", "<br/>&nbsp;&nbsp;", " <br/> "])
def test_a_break_tag_inside_a_line_breaks_it(br):
    text = ("衢州市人民政府工作报告\n二、2024年主要目标和重点工作" + br + "今年主要预期目标是：地区生产总值增长6.5%左右；"
            "城镇新增就业3.5万人以上。" + br + "（一）全力扩大有效需求。" + br + "全年实施重大项目360个以上，新建5G基站1500个。\n")
    ps = pledges(text, report_year=2024, region="衢州市", level="prefecture")
    assert ("重大项目", 360, "个") in ps and ("5G基站", 1500, "个") in ps
    fs = facts(text, report_year=2024, region="衢州市", level="prefecture")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")


@pytest.mark.parametrize("text,read", [
    ("<p>全年实现地区生产总值2125.2亿元，增长6.8%。</p>\n<p>一般公共预算收入172.6亿元。</p>\n",   # at the lines' edges
     "全年实现地区生产总值2125.2亿元，增长6.8%。\n一般公共预算收入172.6亿元。\n"),
    ("价格<b>不</b>变，a<pre>b。\n", "价格不变，a<pre>b。\n"),                                       # other tags
])
def test_break_tags_at_a_lines_edge_or_other_tags_are_read_as_before(text, read):
    assert normalize(text).text == read


def test_break_tags_keep_offsets():
    text = "二、2024年重点工作<br/>新建高标准农田2.5万亩。<br/>新增公共停车位8000个。\n"
    n = normalize(text)
    assert n.text.startswith("二、2024年重点工作\n新建高标准农田2.5万亩。\n新增")
    i = n.text.index("新增")
    assert n.quote(i, i + 4)[0] == "新增公共"


# --- other pictographs and dingbats a repost sets, and the numbers it keeps ------------------------------------------

def test_symbols_before_items_go_but_circled_numbers_stay():
    text = "二、2024年重点工作\n❤️新建高标准农田2.5万亩。\n⚡新增公共停车位8000个。\n➡️改造提升城镇老旧小区56个。\n❶新建公办幼儿园2所。\n★新增养老床位1200张。\n"
    n = normalize(text).text
    assert "❤" not in n and "⚡" not in n and "➡" not in n
    assert "❶新建" in n and "★新增" in n
    ps = pledges(text, report_year=2024, region="衢州市", level="prefecture")
    assert {("高标准农田", 2.5, "万亩"), ("公共停车位", 8000, "个"), ("城镇老旧小区", 56, "个"), ("公办幼儿园", 2, "所")} <= ps


# --- a running head beside inline page marks that is not the document's first line ---------------------------------

@pytest.mark.parametrize("mark1,mark2", [
    (" - 1 - 江西省第十四届人民代表大会第一次会议文件 ", " - 2 - 江西省第十四届人民代表大会第一次会议文件 "),
    (" 江西省第十四届人民代表大会第一次会议文件 — 1 — ", " 江西省第十四届人民代表大会第一次会议文件 — 2 — "),
])
def test_a_head_beside_every_inline_mark_goes(mark1, mark2):
    text = ("关于江西省2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n"
            "全省地区生产总值32074.7亿元，增长4.7%。高新技术企业总数突" + mark1 + "破6500家。\n"
            "三、2023年主要任务\n实施省大中型项目3000个" + mark2 + "以上，新建改建农村公路5000公里。\n")
    fs = facts(text, report_year=2023, region="江西省", level="province")
    assert val(fs, ("high_tech_enterprises", "actual", "2022", "level")) == (6500, "at_least")
    n = normalize(text).text
    assert "会议文件" not in n and "突破6500家" in n and "3000个以上" in n


def test_words_beside_two_marks_that_name_no_document_stay():
    text = ("衢州市人民政府工作报告\n一、2023年工作回顾\n全年生产总值增长 — 1 — 全市上下坚持稳中求进。"
            "项目建设 — 2 — 全市上下坚持推进。\n")
    n = normalize(text).text
    assert n.count("全市上下坚持") == 2 and "—" not in n


# --- a draft with its lines numbered in the margin -------------------------------------------------------------------

MARGIN = ["衢州市人民政府工作报告", "", "一、2023年工作回顾",
          "过去一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务",
          "，全市上下坚持稳中求进工作总基调，经济社会发展取得新的成效。全",
          "年实现地区生产总值2125.2亿元，增长6.8%，增速居全省第2位。一般",
          "公共预算收入172.6亿元，增长8.9%。规模以上工业增加值增长9.4%。",
          "固定资产投资增长7.1%，其中制造业投资增长21.3%。社会消费品零售",
          "总额1036.5亿元，增长7.6%。城镇新增就业4.2万人，城镇调查失业率",
          "控制在5%以内。单位生产总值能耗下降4.5%。"]


@pytest.mark.parametrize("fmt,start", [("{} ", 1), ("{:>2}  ", 1), ("{}\u3000", 31)])
def test_margin_numbers_go(fmt, start):
    text = "\n".join(fmt.format(start + i) + line for i, line in enumerate(MARGIN)) + "\n"
    fs = facts(text, report_year=2024, region="衢州市", level="prefecture")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (2125.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (172.6, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "level")) == (1036.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (4.2, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2023", "share")) == (5, "at_most")


def test_margin_numbers_across_a_page_mark():
    text = "\n".join([f"{i + 1} {line}" for i, line in enumerate(MARGIN[:6])] + ["— 1 —"]
                     + [f"{7 + i} {line}" for i, line in enumerate(MARGIN[6:])]) + "\n"
    fs = facts(text, report_year=2024, region="衢州市", level="prefecture")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (2125.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (7.1, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "level")) == (1036.5, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2023", "share")) == (5, "at_most")


@pytest.mark.parametrize("text", [
    # a table's rows with their serials: cells parted by spaces
    "\n".join(f"{i} 指标{i} 亿元 {100 + i} {110 + i}" for i in range(1, 11)) + "\n",
    # a short list numbered by bare numbers
    "三、2024年重点工作\n1 新建高标准农田2.5万亩\n2 新增公共停车位8000个\n3 改造提升城镇老旧小区56个\n",
    # numbers that do not count on
    "\n".join(f"{n} 项目建设有序推进" for n in (3, 8, 12, 5, 9, 1, 4, 7, 2, 6)) + "\n",
])
def test_numbers_that_are_no_margin_stay(text):
    n = normalize(text).text
    strip = str.maketrans("", "", " \t\u3000\n|")
    assert n.translate(strip) == text.translate(strip)


# --- ruby pinyin in square brackets after a traditional character -----------------------------------------------------

@pytest.mark.parametrize("open_,close", [("[", "]"), ("［", "］")])
def test_pinyin_in_square_brackets_goes(open_, close):
    py = lambda s: open_ + s + close  # noqa: E731
    text = ("衢州市人民政府工作報告\n一、2023年工作回顧\n全年實現地區生產總值2125.2億元，增" + py("zēng") + "長" + py("zhǎng")
            + "6.8%。社會消費品零售總" + py("zǒng") + "額1036.5億元。全社會研發經費投" + py("tóu") + "入強" + py("qiáng")
            + "度達到2.55%。\n二、2024年重點工作\n全年實施重" + py("zhòng") + "大項目360個以上。\n")
    fs = facts(text, report_year=2024, region="衢州市", level="prefecture")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.8, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "level")) == (1036.5, "eq")
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (2.55, "eq")
    assert ("rnd_expenditure", "actual", "2023", "growth") not in fs
    assert ("重大项目", 360, "个") in pledges(text, report_year=2024, region="衢州市", level="prefecture")


@pytest.mark.parametrize("text,kept_", [
    ("详见附件[a]和[注]。\n", ("[a]", "[注]")),            # letters with no tone mark, a note
    ("引进人才[zhang san]一名。\n", ("[zhang san]",)),     # Latin words with no tone mark
    ("引进人才［li］一名。\n", ("[li]",)),
])
def test_square_brackets_that_hold_no_pinyin_stay(text, kept_):
    n = normalize(text).text
    assert all(k in n for k in kept_)


# --- one inline page mark in an excerpt, its head (the congress's document line) beside it --------------------------

@pytest.mark.parametrize("cut", [
    "二 六盘水市第九届人民代表大会第五次会议文件 — 1 — 、2025年主要目标和重点工作",
    "二 - 1 - 六盘水市第九届人民代表大会第五次会议文件 、2025年主要目标和重点工作",
])
def test_a_single_marks_document_line_goes(cut):
    text = ("政府工作报告\n一、2024年工作回顾\n全市生产总值完成1598亿元、增长5.5%。\n" + cut + "\n"
            "今年经济社会发展的主要预期目标是：全市生产总值增长5.5%左右。\n重点抓好以下几个方面工作：\n"
            "（一）扩大有效需求。新建高标准农田6万亩，新改建农村公路300公里。\n")
    assert "会议文件" not in normalize(text).text
    ps = pledges(text, report_year=2025, region="六盘水市", level="prefecture")
    assert ("高标准农田", 6, "万亩") in ps and ("农村公路", 300, "公里") in ps


@pytest.mark.parametrize("line", [
    "会议强调 — 1 — 市人民政府，要抓好落实。",   # words after the mark that go on in prose (no space after them)
    "完成全年任务 - 2 - 关于整改的报告,请审议。",
])
def test_prose_beside_a_single_mark_stays(line):
    text = "政府工作报告\n一、回顾\n" + line + "\n"
    n = normalize(text).text
    assert ("市人民政府" in n) if "市人民政府" in line else ("关于整改的报告" in n)
