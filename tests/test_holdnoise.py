"""Noisy printings of reports (holdnoise): a PDF's text layer, web pages, newspaper and Hong Kong reprints.

Each class: the noisy shape read as the clean one, and look-alikes where the rule must not fire."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planwatch
from planwatch.normalize import normalize

YEAR = {"report_year": 2024}
HEAD = "各位代表：\n一、2023年工作回顾\n2023年，全县地区生产总值增长6.1%。\n二、2024年工作安排\n"


def read(text: str, **meta):
    d = planwatch.read_text(text, "t.txt", overrides=meta or YEAR)
    for x in (*d.facts, *d.pledges):
        assert text[x.start:x.end] == x.quote
    return d


def pledges(text: str, **meta) -> set[tuple]:
    return {(p.action, p.object, p.value, p.unit) for p in read(text, **meta).pledges}


def targets(text: str, **meta) -> set[tuple]:
    return {(f.indicator, f.measure, f.value, f.qualifier) for f in read(text, **meta).facts if f.role == "target"}


# ---- a target list set on the line after its lead, without item marks (a web page's or a PDF's lines)

@pytest.mark.parametrize("lst", [
    # the list on one line under its lead
    "2024年全县经济社会发展的主要预期目标是：\n地区生产总值增长6%左右；一般公共预算收入增长5%；城镇新增就业1.2万人以上；"
    "粮食产量稳定在30万吨以上。",
    # one item a line, each ending with ；
    "今年主要预期目标是：\n地区生产总值增长6%左右；\n城镇新增就业5000人以上；\n粮食产量稳定在30万吨。",
    # a plan report's lead
    "2024年全市经济社会发展的主要预期目标建议为：\n生产总值增长5.5%左右，城镇新增就业4万人以上，居民消费价格涨幅3%左右。",
])
def test_target_list_under_its_lead_is_no_pledge(lst):
    text = HEAD + lst + "\n重点抓好以下工作：\n（一）新建公办幼儿园5所，新建农村公路100公里。"
    assert pledges(text) == {("新建", "公办幼儿园", 5, "所"), ("新建", "农村公路", 100, "公里")}
    assert ("gdp", "growth") in {t[:2] for t in targets(text)}


@pytest.mark.parametrize("lst, want", [
    # a part's list of goals: its items are pledges
    ("今年民生实事主要目标如下：\n新建幼儿园5所；改造老旧小区20个。",
     {("新建", "幼儿园", 5, "所"), ("改造", "老旧小区", 20, "个")}),
    # the line after the lead names no indicator: the list is not there, the tasks after it are read
    ("今年主要预期目标是：\n全面完成省下达的各项任务。\n全年新建5G基站500个。", {("新建", "5G基站", 500, "个")}),
    # a list that ends with 。: the line after it is a task
    ("今年主要预期目标是：\n地区生产总值增长6%左右；\n城镇新增就业5000人以上。\n全年新建农村公路100公里。",
     {("新建", "农村公路", 100, "公里")}),
    # a list with marks: the line after it, with no mark, is a task (a figure restated: a target and a pledge)
    ("今年全市经济社会发展的主要预期目标是：\n——地区生产总值增长6%左右；\n——城镇新增就业5000人以上。\n"
     "全年固定资产投资完成190亿元以上，新建农村公路100公里。",
     {("完成", "固定资产投资", 190, "亿元"), ("新建", "农村公路", 100, "公里")}),
])
def test_target_list_lookalikes_keep_their_pledges(lst, want):
    assert pledges(HEAD + lst) == want


# ---- a running head seen once, beside a page number alone on its line (a PDF's page mark without dashes)

def test_running_head_beside_a_bare_page_number_goes():
    text = ("政府工作报告\n各位代表：\n一、2023年工作回顾\n2023年，全省地区生产总值增长6%。\n二、2024年主要目标任务\n"
            "今年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就\n3\n四川省政府工作报告\n"
            "业80万人以上，城镇调查失业率5.5%左右。")
    n = normalize(text)
    assert "城镇新增就业80万人以上" in n.text and "四川省政府工作报告" not in n.text
    assert ("urban_new_jobs", "level", 80, "at_least") in targets(text)
    # (a head under its page number, the page's full line above both)
    n = normalize("安吉县政府工作报告\n全县实现地区生产总值368.2亿元，增长8.3%，经济运行稳中有进\n安吉县政府工作报告\n4\n"
                  "，财政总收入65.3亿元。")
    assert n.text.endswith("经济运行稳中有进，财政总收入65.3亿元。")


@pytest.mark.parametrize("text, kept", [
    # an agenda's list, one number a line: no page marks
    ("会议议程\n审议文件：\n1\n政府工作报告\n2\n计划报告\n3\n预算报告", ["政府工作报告", "计划报告", "预算报告"]),
    # a report's title after a paragraph that ends, a page number over it: a title seen once is kept
    ("政府工作报告\n粮食产量718.8亿斤，实现“四连增”，全省经济运行总体平稳。\n3\n四川省政府工作报告\n二、2024年主要目标任务",
     ["四川省政府工作报告"]),
    # a number alone under a short line is no page's number
    ("各位代表：\n主要指标\n12\n市政府工作报告\n地区生产总值", ["市政府工作报告"]),
])
def test_bare_number_lookalikes_keep_the_line(text, kept):
    n = normalize(text)
    for k in kept:
        assert k in n.text


# ---- a running head seen once beside a page mark, after a clause the page ends with ；or ，

def test_running_head_after_a_clause_cut_by_the_page():
    text = (HEAD + "今年全县经济社会发展的主要预期目标是：生产总值增长6.5%左右；一般公共预算收入增长6%；固定资产投资增长10%；\n"
            "第5页 共20页\n安徽省政府工作报告\n社会消费品零售总额增长7.5%；\n进出口总额增长8%；城镇新增就业\n"
            "6000人以上。\n重点做好以下工作：\n（一）新建5G基站300个。")
    assert "安徽省政府工作报告" not in normalize(text).text
    assert pledges(text) == {("新建", "5G基站", 300, "个")}
    assert ("retail_sales", "growth", 7.5, "eq") in targets(text)


def test_head_after_a_full_stop_under_a_page_mark_kept_when_seen_once():
    # (a sentence that ends, a mark, then a title of its own: read as a title, kept)
    n = normalize("政府工作报告\n全年地区生产总值增长6%。\n第5页 共20页\n关于2023年预算执行情况的报告\n一、2023年预算执行情况")
    assert "关于2023年预算执行情况的报告" in n.text


# ---- a footnote mark a PDF's line break put at the start of the next line, before the figure's digits

def test_footnote_mark_at_line_start_before_a_figure():
    text = ("各位代表：\n一、“十三五”工作回顾\n“十三五”时期，全市经济实力迈上新台阶。五年累计完成固定资产投资\n[3]1.6万亿元；"
            "城镇居民人均可支配收入年均增长6.8%。")
    n = normalize(text)
    assert "固定资产投资1.6万亿元" in n.text
    d = read(text, report_year=2021)
    assert any(f.indicator == "fixed_asset_investment" and f.value == 1.6 and f.unit == "万亿元" for f in d.facts)


@pytest.mark.parametrize("text", [
    "以下数据均来自相关部门的年度统计资料汇总表格\n[1]2023年统计公报\n[2]2023年财政决算",  # a reference list's years
    "参考文献：\n[1]2023年统计公报",
    "各项数据如下所示：\n[1]12个重点项目",  # under a line that ends with a colon
])
def test_footnote_lookalikes_kept(text):
    assert "[1]" in normalize(text).text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=st.integers(1, 999), cut=st.integers(1, 9), head=st.sampled_from(
    ["四川省政府工作报告", "安吉县人民政府工作报告", "宜昌市人民政府公报", "政府工作报告"]))
def test_page_break_inside_a_target_list_any_page_and_cut(page, cut, head):
    """A page break (its number alone, then the running head) anywhere inside the target list's words."""
    lst = "地区生产总值增长6%左右；城镇新增就业80万人以上，城镇调查失业率5.5%左右。"
    lead = "今年全省经济社会发展的主要预期目标是："
    k = len(lead) + cut
    body = lead + lst
    text = ("政府工作报告\n各位代表：\n一、2023年工作回顾\n2023年，全省地区生产总值增长6%，经济运行稳中向好，发展质量稳步提升。\n"
            "二、2024年主要目标任务\n" + body[:k] + f"\n{page}\n{head}\n" + body[k:])
    n = normalize(text)
    assert lst in n.text.replace("\n", "")
    assert targets(text) >= {("gdp", "growth", 6, "about"), ("urban_new_jobs", "level", 80, "at_least"),
                             ("urban_unemployment_rate", "share", 5.5, "about")}


# ---- a block tag (p, br, div) left at a line's end or start by a page's source copied as text

def test_block_tag_at_a_line_end_breaks_the_paragraph():
    text = ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n各位代表：\n一、过去一年工作回顾\n"
            "过去一年，国内生产总值增长3%。</p>\n二、对今年政府工作的建议</p>\n"
            "今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。</p>\n"
            "<p>今年赤字率拟按3%安排，拟安排地方政府专项债券3.8万亿元。<br/>\n")
    n = normalize(text)
    assert "</p>" not in n.text and "<br/>" not in n.text and "<p>" not in n.text
    assert {(p.object, p.value) for p in read(text).pledges} >= {("赤字率", 3), ("地方政府专项债券", 3.8)}


def test_block_tag_lead_then_tasks_joined_keeps_the_tasks():
    # (the target list's paragraph and the lead to the tasks joined in one: the tasks after it are read)
    text = (HEAD + "2024年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；城镇登记失业率控制在2.5%以内。</p>为实现"
            "上述目标，重点抓好以下工作：\n（一）推动制造业高质量发展。全年推动300家规上工业企业开展技术改造，新增高新技术企业200家以上。")
    assert ("新增", "高新技术企业", 200, "家") in pledges(text)


@pytest.mark.parametrize("text", [
    "地区生产总值<br>增长6%",  # inside a line: left as it is
    "文中使用<p>标签表示段落\n",  # a tag named in prose, not at a line's end
    "<pre>代码</pre>\n",  # not a block tag of the list
])
def test_block_tag_lookalikes_kept(text):
    assert "<" in normalize(text).text


# ---- a congress's document line, the running head of every other page of its PDF

@pytest.mark.parametrize("head, mark", [
    ("宜昌市第七届人民代表大会第六次会议文件", "-3-"),
    ("市十七届人大四次会议文件（1）", "— 5 —"),
    ("自治区十四届人大三次会议参阅材料之二", "第5页 共20页"),
])
def test_congress_document_head_goes(head, mark):
    text = (f"政府工作报告\n各位代表：\n一、“十三五”工作回顾\n“十三五”时期，全市经济实力迈上新台阶。五年累计完成固定资产\n{head}\n{mark}\n"
            "投资1.6万亿元；城镇居民人均可支配收入年均增长6.8%。")
    n = normalize(text)
    assert "五年累计完成固定资产投资1.6万亿元" in n.text
    assert head not in n.text


def test_congress_document_line_as_a_title_kept():
    # (the first line, and a line under a full stop: a title, kept)
    n = normalize("宜昌市第七届人民代表大会第六次会议文件\n政府工作报告\n各位代表：\n会议听取了报告。\n— 5 —\n"
                  "宜昌市第七届人民代表大会第七次会议文件\n二、今年工作")
    assert n.text.startswith("宜昌市第七届人民代表大会第六次会议文件")
    assert "宜昌市第七届人民代表大会第七次会议文件" in n.text


# ---- bad input through the command line: one clear line naming each bad file, the batch goes on

def test_bad_files_one_line_each_and_the_batch_goes_on(tmp_path):
    import json

    from typer.testing import CliRunner

    from planwatch.cli import app

    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(bytes(range(256)) * 16)
    (tmp_path / "c_gbk.txt").write_bytes("政府工作报告\n2024年全县地区生产总值增长6%。\n".encode("gbk"))
    (tmp_path / "d_notext.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    # (one line of 3 MB: a number that never ends, commas, open pinyin brackets, spaces)
    (tmp_path / "e_line.txt").write_text("地区生产总值增长" + "1" * 1_000_000 + "%" + "，" * 500_000 + "增长(zhǎng" * 50_000
                                         + " \t" * 300_000, encoding="utf-8")
    (tmp_path / "f_good.txt").write_text(HEAD + "2024年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n",
                                         encoding="utf-8")
    res = CliRunner().invoke(app, ["facts", str(tmp_path), "--format", "jsonl"])
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 3, errors
    for name, why in (("a_empty.txt", "empty"), ("b_binary.txt", "binary"), ("d_notext.pdf", "no text layer")):
        assert sum(name in ln and why in ln for ln in errors) == 1, (name, errors)
    docs = {json.loads(ln)["doc"] for ln in res.stdout.splitlines() if '"document"' in ln}
    assert {"c_gbk.txt", "e_line.txt", "f_good.txt"} <= docs
    facts = [json.loads(ln) for ln in res.stdout.splitlines() if '"indicator"' in ln]
    assert any(f["doc"] == "f_good.txt" and f["indicator"] == "gdp" and f["role"] == "target" for f in facts)


# ---- a full-width thousands comma with a PDF's line break after it or after its group

@pytest.mark.parametrize("text, want", [
    ("接待游客1，\n052万人次", "1,052万人次"),
    ("新建改造城镇老旧小区5，000\n个", "5,000个"),
    ("共有1，234\n家企业，2，345\n个项目", "1,234家企业，2,345个项目"),
    ("累计1，234，\n567元", "1,234,567元"),
])
def test_wide_thousands_across_a_line_break(text, want):
    assert want in normalize(text).text


@pytest.mark.parametrize("text, kept", [
    ("分别为5，120\n新建农村公路", "5，120"),  # a list's two values, a new line of words after
    ("增长7%，\n620家企业", "7%，620"),  # a comma after a percentage
    ("排名全省第3，\n126个重点项目", "第3，126"),  # a rank, then a count
    ("全年达到2019，\n2020年", "2019，2020"),  # years
])
def test_wide_thousands_lookalikes(text, kept):
    assert kept in normalize(text).text


# ---- a newspaper's narrow column: lines of one width (a half-width digit half a cell), cut inside sentences

def _column(text: str, width: int = 13) -> str:
    out, col = [], 0.0
    for ch in text:
        if ch == "\n":
            out.append(ch)
            col = 0.0
            continue
        cw = 0.5 if ch.isascii() else 1.0
        if col + cw > width and ch not in "，。、；：？！）”,;:%":
            out.append("\n")
            col = 0.0
        out.append(ch)
        col += cw
    return "".join(out)


COLUMN_DOC = (
    "政府工作报告\n——2022年1月6日在成都市武侯区第十九届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
    "2021年，全区实现地区生产总值1356.4亿元，增长8.1%；一般公共预算收入87.3亿元，增长10.9%。\n"
    "二、2022年工作安排\n2022年全区经济社会发展主要预期目标是：地区生产总值增长7%左右；一般公共预算收入增长6%；"
    "固定资产投资增长8%；城镇新增就业2.5万人。\n重点抓好以下工作：\n（一）推进城市更新。改造老旧院落150个，新增公共停车位"
    "3000个，建设口袋公园20个。\n（二）发展优质教育。新建投用中小学、幼儿园8所，新增学位6000个。\n")


@pytest.mark.parametrize("width", [12, 13, 14, 15])
def test_narrow_column_read_as_the_clean_text(width):
    # (the report's own year, 2022, as its byline says: with 2024 forced on it, "2022年全区经济社会发展主要预期目标是："
    # is a past year's list, decision 245, a reading a column of 15 characters cuts, decision 245a)
    clean = planwatch.read_text(COLUMN_DOC, "t.txt", overrides={"report_year": 2022})
    text = _column(COLUMN_DOC, width)
    assert text.count("\n") > 20
    d = read(text, report_year=2022)
    assert {(f.indicator, f.role, f.period, f.measure, f.value) for f in d.facts} == \
        {(f.indicator, f.role, f.period, f.measure, f.value) for f in clean.facts}
    assert {(p.action, p.object, p.value) for p in d.pledges} == {(p.action, p.object, p.value) for p in clean.pledges}


@pytest.mark.parametrize("text", [
    # a digest's items, one a line, of about one width (not all cut inside a sentence)
    "2020年成就：\n实现生产总值2.62万亿元\n城乡居民收入增长4.9%\n固定资产投资增长4.1%\n规上工业增加值增长1%\n"
    "进出口总额增长7.3%\n粮食单产创历史新高\n城镇新增就业43.2万人\n减免税费650亿元以上\n全省PM2.5浓度下降10.1%\n",
    # a list of names, one a line, of one width (no clause marks: no prose cut by a column)
    "今年全县将实施以下重点项目：\n城东污水处理厂\n城西垃圾中转站\n北环路改扩建工程\n南山公园提升改造\n县人民医院新院区\n"
    "第二实验小学扩建\n城南农贸市场改造\n高铁站综合枢纽\n县城供水管网改造\n",
    # short titles and bylines over prose
    "政府工作报告\n二〇二四年一月\n市长 张三\n各位代表：\n一、工作回顾\n二、工作安排\n三、自身建设\n四、结束语\n"
    "一年来全市上下共同努力，各项工作取得新的成绩。\n",
])
def test_narrow_column_lookalikes_keep_their_lines(text):
    from planwatch.normalize import column_width

    assert column_width(text) == 0


# ---- a Hong Kong or Macau paper's reprint: the paper's place is not the report's

@pytest.mark.parametrize("head, code", [
    ("2025-01-23 09:12 來源：澳門日報\n【本報訊】廣東省省長王偉中昨日在省十四屆人大三次會議上作政府工作報告。", "440000"),
    ("【澳門日報消息】廣東省省長王偉中昨日在省十四屆人大三次會議上作政府工作報告。", "440000"),
    ("2024年1月16日 來源：澳門商報\n【本報訊】珠海市十屆人大四次會議昨日開幕，市長黃志豪作政府工作報告。", "440400"),
    ("來源：香港商報\n廣東省十四屆人大三次會議昨日開幕，省長王偉中作政府工作報告。", "440000"),
])
def test_hong_kong_macau_paper_is_not_the_place(head, code):
    text = head + "報告提出，今年全省地區生產總值增長5%左右，城鎮調查失業率5.5%左右。"
    assert planwatch.read_text(text, "t.txt").meta.region_code == code


def test_mainland_paper_still_names_its_place():
    # (a province's own paper: its outlet's vote kept)
    text = "来源：湖南日报\n【本报讯】省十四届人大三次会议昨日开幕，省长毛伟明作政府工作报告。报告提出，今年全省地区生产总值增长5%左右。"
    assert planwatch.read_text(text, "t.txt").meta.region_code == "430000"


# ---- a PDF's text layer that gives radicals' codes (Kangxi radicals, the supplement's simplified ones) for characters

def _radicals(text: str) -> str:
    import unicodedata

    rev = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2FD5, 0x2EFF, -1)}
    rev.update(zip("见贝车长门页风飞马鱼鸟麦黄齐齿", "⻅⻉⻋⻓⻔⻚⻛⻜⻢⻥⻦⻨⻩⻬⻮"))
    return "".join(rev.get(c, c) for c in text)


def test_radicals_read_as_their_characters():
    text = _radicals(COLUMN_DOC)
    assert "⽣" in text and "⻓" in text and "⼀" in text
    n = normalize(text)
    assert "地区生产总值增长7%左右" in n.text and "一般公共预算收入" in n.text
    clean = planwatch.read_text(COLUMN_DOC, "t.txt")
    d = planwatch.read_text(text, "t.txt")
    assert {(f.indicator, f.role, f.period, f.measure, f.value) for f in d.facts} == \
        {(f.indicator, f.role, f.period, f.measure, f.value) for f in clean.facts}
    assert {(p.object, p.value) for p in d.pledges} == {(p.object, p.value) for p in clean.pledges}
    for f in d.facts:
        assert text[f.start:f.end] == f.quote


@given(st.text(alphabet=st.sampled_from("⽣⻓⼀⼊⽬⻋⻔⻚⼤⼈⽂地区产总值增%6.5亿元，。\n "), max_size=200))
@settings(max_examples=60, deadline=None)
def test_radicals_fold_one_for_one(text):
    n = normalize(text)
    for i in range(len(n.text)):
        r = n.to_raw(i)
        # (a paragraph's indent after a sentence's end, on a line, is read as the line break it stands for: "。  5")
        # (a half-width point closing a Chinese sentence is read as its full stop: "亿元.", trad26)
        assert n.simple[r] == n.text[i] or (n.text[i] == "\n" and n.simple[r] in " \u3000\u00a0"
                                            and n.simple[r - 1:r] in ("。", "！", "？", "!", "?", ".")) \
            or (n.simple[r] == "." and n.text[i] == "。")
    assert len(n.simple) == len(text)


def test_radical_lookalikes_kept():
    # (CJK components with no character of their own stay as written: 氵, 扌 are no radicals' codes here)
    assert normalize("部首氵和扌").text == "部首氵和扌"


def test_compatibility_ideographs_read_as_their_characters():
    n = normalize("\uf963京市\uf90a额增长5%")
    assert n.text == "北京市金额增长5%"


# ---- a PDF viewer's page footer ("Page 3 of 20") alone on its line

@pytest.mark.parametrize("mark", ["Page 3 of 20", "page 3", "Page 12/40"])
def test_english_page_footer_goes(mark):
    text = (HEAD + f"今年主要预期目标是：地区生产总值增长6.5%左右；一般公共预算收入增长5%；城镇新增\n{mark}\n就业1.2万人。")
    assert ("urban_new_jobs", "level", 1.2, "eq") in targets(text)


def test_english_page_footer_lookalikes_kept():
    n = normalize("see the Page 3 of the guide\nHomepage 12\n")
    assert "Page 3 of the guide" in n.text and "Homepage 12" in n.text


# ---- a block of notes (注：and its items) states none of the report's figures

NOTES_BODY = (HEAD + "今年主要预期目标是：地区生产总值增长6.5%左右。\n全年新建车位3000个。\n")


@pytest.mark.parametrize("notes", [
    "注：\n1.地区生产总值增速按可比价格计算；\n2.2023年数据为快报数，一般公共预算收入增长7.1%为同口径增速；\n"
    "3.城镇新增就业1.2万人为人社部门统计口径。",
    "注：①一般公共预算收入增长7.1%为同口径增速。②城镇新增就业1.2万人为人社部门统计口径。",
    "说明：\n（1）一般公共预算收入增长7.1%为同口径增速。\n（2）城镇新增就业1.2万人为人社部门统计口径。",
])
def test_notes_block_states_no_facts(notes):
    d = read(NOTES_BODY + notes)
    assert {f.indicator for f in d.facts} == {"gdp"}
    assert {p.object for p in d.pledges} == {"车位"}


def test_notes_block_ends_at_the_first_line_that_is_no_item():
    text = NOTES_BODY + "注：①一般公共预算收入增长7.1%为同口径增速。\n三、2024年重点工作\n新增城镇就业1.5万人。"
    d = read(text)
    assert ("新增", "城镇就业", 1.5, "万人") in {(p.action, p.object, p.value, p.unit) for p in d.pledges}


def test_a_note_of_one_line_states_no_facts():
    # a note in prose on one line, no items, is a block of notes of one line (decision 166; it was read before)
    d = read(NOTES_BODY + "注：本报告中2023年数据均为快报数，一般公共预算收入增长7.1%。")
    assert {f.indicator for f in d.facts} == {"gdp"}


@pytest.mark.parametrize("text", [
    # 注 inside a sentence
    NOTES_BODY + "值得关注的是：一般公共预算收入增长7.1%。",
])
def test_notes_lookalikes_read(text):
    assert "general_budget_revenue" in {f.indicator for f in read(text).facts}


def test_notes_head_cut_from_its_word_is_no_block():
    # (a page cut "关注：" before its last character, under a full line that a word ends)
    text = NOTES_BODY + "我们要高度重视这一问题，认真研究一般公共预算收入的变化，密切关\n注：\n1.一般公共预算收入增长7.1%。"
    assert "注：" in normalize(text).text  # (not dropped as a block of notes: how the line joins is the join's)


def test_five_year_goals_list_unmarked_keeps_its_pledges():
    # (the rule is the year's target list's, "预期目标": a five-year plan's "主要目标是：" is read as before)
    text = ("各位代表：\n一、2025年工作回顾\n2025年，全县地区生产总值增长6.1%。\n二、“十五五”时期主要目标\n"
            "今后五年经济社会发展的主要目标是：\n地区生产总值年均增长5%左右；建成高标准农田10万亩。")
    assert ("建成", "高标准农田", 10, "万亩") in pledges(text, report_year=2026)


# ---- a head and its page's number on one line

@pytest.mark.parametrize("mark", ["安吉县人民政府工作报告  — 3 —", "— 3 —  安吉县人民政府工作报告", "政府工作报告 第3页",
                                  "安吉县人民政府公报 2024年第2期 — 3 —", "3 安吉县人民政府工作报告", "安吉县人民政府工作报告 3"])
def test_head_with_its_page_number_on_one_line_goes(mark):
    text = ("政府工作报告\n各位代表：\n一、2023年工作回顾\n2023年，全县地区生产总值增长6.1%，经济运行稳中向好。\n二、2024年工作安排\n"
            f"今年主要预期目标是：地区生产总值增长6.5%左右；一般公共预算收入增长5%；城镇新增\n{mark}\n就业1.2万人。")
    assert ("urban_new_jobs", "level", 1.2, "eq") in targets(text)
    assert "城镇新增就业1.2万人" in normalize(text).text


@pytest.mark.parametrize("text, kept", [
    # a table's rows, a name and one figure, the same names in two tables
    ("2023年主要指标：\n地区生产总值 6\n一般公共预算收入 5\n2024年主要指标：\n地区生产总值 7\n一般公共预算收入 6\n",
     ["地区生产总值7"]),
    # a numbered list of documents
    ("各位代表：\n会议审议了以下文件，我们要认真\n1 政府工作报告\n2 计划报告\n3 预算报告\n", ["政府工作报告", "计划报告"]),
])
def test_head_with_number_lookalikes_kept(text, kept):
    n = normalize(text)
    for k in kept:
        assert k in n.text


# ---- the small form variants of a Big5 or Hong Kong page (﹐﹑﹒﹔﹕﹪)

def test_small_form_variants_read_as_the_marks():
    text = ("政府工作報告\n各位代表﹕\n一﹑2023年工作回顧\n2023年﹐全縣地區生產總值增長6﹒1﹪﹔一般公共預算收入增長5﹪。\n"
            "二﹑2024年工作安排\n今年主要預期目標是﹕地區生產總值增長6﹒5﹪左右﹔城鎮新增就業1﹒2萬人。")
    assert targets(text) == {("gdp", "growth", 6.5, "about"), ("urban_new_jobs", "level", 1.2, "eq")}
    assert "增长6.5%左右；" in normalize(text).text


# ---- review26: look-alikes the rules above must not take

@pytest.mark.parametrize("notes", [
    # notes numbered ①②, then the report's own list "1.…"
    "注：①地区生产总值增速按可比价格计算。②城镇调查失业率为年均值。\n",
    # notes 1. 2. one a line, then the report's list opening its own count at 1
    "注：\n1.地区生产总值增速按可比价格计算。\n2.一般公共预算收入为同口径。\n",
    # bracketed notes on the head's line, then a bracketed item of the report's
    "注：（1）按可比价格计算。（2）为预计数。\n",
])
def test_notes_block_stops_at_a_list_that_opens_its_own_count(notes):
    first = "（1）" if "（2）" in notes else "1."
    text = (NOTES_BODY + notes + f"{first}扩大有效投资。今年实施省市重点项目120个，完成投资500亿元以上。\n")
    assert ("实施", "省市重点项目", 120, "个") in pledges(text)
    assert "按可比价格计算" not in normalize(text).text


def test_notes_block_items_numbered_on_from_the_head_line_go():
    text = NOTES_BODY + "注：①地区生产总值增速按可比价格计算。\n②一般公共预算收入增长7.1%为同口径增速。\n"
    assert "general_budget_revenue" not in {f.indicator for f in read(text).facts}


@pytest.mark.parametrize("text, kept", [
    # a year beside the report's name is no page number: the title a web page repeats
    ("2024 政府工作报告\n来源：市政府办公室\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作。\n2024 政府工作报告\n"
     "今年全市地区生产总值增长6%左右。\n", ["2024政府工作报告\n今年"]),
    # a numbered list of documents with blank lines between its items
    ("大会议程如下：\n\n1 听取和审议政府工作报告\n\n2 审查计划执行情况的报告\n\n3 审查预算执行情况的报告\n会议期间，代表们认为，"
     "今年的目标积极稳妥。\n", ["听取和审议政府工作报告", "审查计划执行情况的报告"]),
])
def test_head_with_number_lookalikes_year_and_spaced_list_kept(text, kept):
    n = normalize(text)
    for k in kept:
        assert k in n.text


def test_tasks_after_an_unmarked_target_list_ending_with_a_semicolon_are_pledges():
    text = (HEAD + "今年经济社会发展主要预期目标是：\n地区生产总值增长6%左右；城镇新增就业5000人以上；\n"
            "新建改造农村公路200公里，新增城镇就业岗位3000个，改造提升农贸市场5个。")
    got = pledges(text)
    assert ("新建改造", "农村公路", 200, "公里") in {(a, o, v, u) for a, o, v, u in got} or \
        any(o and "农村公路" in o for _, o, _, _ in got)
    assert any(o and "农贸市场" in o for _, o, _, _ in got)
    assert not any(o and "地区生产总值" in o for _, o, _, _ in got)


def test_block_tags_in_capitals_break_the_line():
    text = "今年主要预期目标是：地区生产总值增长6%左右。<BR>\n城镇新增就业5000人以上。</P>\n<DIV>一般公共预算收入增长5%。"
    n = normalize(text).text
    assert "<" not in n and "6%左右。\n城镇" in n


def test_wide_thousands_long_run_stays_linear():
    import time

    times = []
    for k in (20000, 40000):
        s = "全年接待游客1" + "，000" * k + "人次。"
        t = time.process_time()
        normalize(s)
        times.append(time.process_time() - t)
    assert times[1] < 1.0  # (quadratic, 40000 groups took seconds)
    assert "1,234,567元" in normalize("实现收入1，234，567元。").text


def test_bracketed_item_numbers_over_figures_are_no_footnote_marks():
    # (a list's items "[1]", "[2]" one a line under a line a word ends: the first item's mark is no footnote's)
    text = "今年将重点实施以下十大民生实事项目，确保按期完成任务\n[1]100所中小学校改造提升\n[2]5000套保障性租赁住房\n"
    assert "[1]100所" in normalize(text).text
    # (a footnote mark over one figure still goes)
    assert "投资1.6万亿元" in normalize("过去五年，全省累计完成全社会固定资产投资\n[3]1.6万亿元，年均增长8%。").text
