"""The blind sets as web pages and PDFs print them, a third round (prn40, decision 217): notes and definitions whose
lines a PDF's width or page cut (their next one past a page's mark and running head), a notes head indented, a number
cut before its point at a page's break, Windows line ends a second conversion doubled (CR CR LF), an item's name ending
its line on its stop over a sentence set apart, a statistical table's figures with their thousands set apart, a page's
line ending on a list's semicolon, and a short paragraph a PDF's line set apart that turns to the report's year."""
import pytest

from factkeys import keys_of, pledged, read


def _wrap(par: str, width: int, indent: bool) -> list[str]:
    """A paragraph as a PDF's text layer cuts it: lines of ``width`` characters, the first indented or not."""
    body = ("\u3000\u3000" if indent else "") + par
    return [body[k:k + width] for k in range(0, len(body), width)]


def _layer(pars: list[str], width: int, indent: bool) -> str:
    return "\n".join(row for p in pars for row in _wrap(p, width, indent)) + "\n"


_HEAD = "{p}政府工作报告\n——{y}年1月{d}日在{p}第{n}届人民代表大会第{k}次会议上\n{boss}\n"
_BODY = ["各位代表：", "现在，我代表{p}人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。",
         "一、{y1}年工作回顾", "过去一年，全{lv}地区生产总值增长{g}%[1]，一般公共预算收入增长6.8%[2]，城镇新增就业4.2万人。",
         "二、{y}年工作安排", "今年全{lv}经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。",
         "我们将着力抓好以下重点工作：全年新建改造高标准农田12万亩，新建5G基站1800个，新增城镇就业3.5万人。"]
_PLACES = [("宜宾市", 2023, "六", "二", 10, "市长　张立新", "市"), ("赣州市", 2019, "五", "三", 15, "市长　李克勤", "市"),
           ("临夏州", 2024, "十六", "三", 8, "州长　马世忠", "州"), ("曲靖市", 2021, "六", "四", 12, "市长　董保同", "市")]


def _report(p, y, n, k, d, boss, lv, notes: list[str], width: int, indent: bool, g: str = "5.6") -> str:
    pars = [x.format(p=p, y=y, y1=y - 1, lv=lv, g=g) for x in _BODY] + notes
    return _HEAD.format(p=p, y=y, d=d, n=n, k=k, boss=boss) + _layer(pars, width, indent)


def _national(d) -> list:
    """Facts and pledges of the national figures the notes hold (values no part of the report states)."""
    return [f for f in d.facts if f.value in (20.37, 5.2, 4.9, 6.3, 3.0, 18.6)] + \
        [x for x in d.pledges if x.value in (20.37, 5.2, 4.9, 6.3, 3.0, 18.6)]


# 1. endnotes under a 注释 head (indented or not) at a PDF layer's end, each note's line cut by the width: the notes'
# national figures are no facts nor pledges, however the width cuts them; the report's tasks still pledge
@pytest.mark.parametrize("width", [26, 29, 31, 34, 37, 40])
@pytest.mark.parametrize("indent", [False, True])
@pytest.mark.parametrize("place", _PLACES)
def test_endnotes_cut_by_a_pdf_width_state_nothing(width, indent, place):
    notes = ["注释：", "[1] 全国国内生产总值增长5.2%，全省地区生产总值增长4.9%，我市增速居全省第3位。",
             "[2] 扣除留抵退税因素后按自然口径计算增长18.6%。全国一般公共预算收入20.37万亿元。"]
    d = read(_report(*place, notes, width, indent), region=place[0], report_year=place[1])
    assert not _national(d), [(f.quote, f.value) for f in _national(d)]
    assert {("高标准农田", 12, "万亩"), ("5G基站", 1800, "个")} <= pledged(d)
    fs = keys_of(d)
    assert fs[("gdp", "target", str(place[1]), "growth")].value == 6


# 1a. the same notes as a web page copies them (each note one line): as before
@pytest.mark.parametrize("place", _PLACES[:2])
def test_endnotes_one_a_line_state_nothing(place):
    notes = ["注释：", "[1] 全国国内生产总值增长5.2%，全省地区生产总值增长4.9%，我市增速居全省第3位。",
             "[2] 扣除留抵退税因素后按自然口径计算增长18.6%。全国一般公共预算收入20.37万亿元。"]
    d = read(_report(*place, notes, 400, False), region=place[0], report_year=place[1])
    assert not _national(d)


# 1b. near-miss: a notes block whose last item ends with no stop, then the report's next paragraph on a wider line
# (the year's targets, or a task): the paragraph is the report's, its targets and pledges read
@pytest.mark.parametrize("after", ["今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业3.5万人。",
                                   "全年新建改造高标准农田12万亩，新建5G基站1800个，新增城镇就业3.5万人，完成老旧小区改造85个。"])
def test_a_paragraph_after_notes_with_no_stop_is_the_reports(after):
    text = ("某某市政府工作报告\n——2023年1月10日在某某市第六届人民代表大会第二次会议上\n\n一、2022年工作回顾\n"
            "过去一年，全市地区生产总值增长5.6%。\n注：\n1.地区生产总值增速按可比价格计算\n2.一般公共预算收入为同口径增长数据\n"
            "二、2023年工作安排\n" + after + "\n")
    d = read(text, region="某某市", report_year=2023)
    fs = keys_of(d)
    if "目标" in after:
        assert fs[("gdp", "target", "2023", "growth")].value == 6
    else:
        assert ("高标准农田", 12, "万亩") in pledged(d)


# 2. a glossary at a PDF layer's end, its definitions cut by the width and by a page's mark (after a full line that ends
# on a definition's semicolon, "…稳投资、稳预期；", or inside a sentence): the definitions' figures (the national bond
# quota, the plan's goals) are no facts nor pledges
_DEFS = ["1.“六稳”“六保”：“六稳”是稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期；“六保”是保居民就业、保基本民生、保市场主体、"
         "保粮食能源安全、保产业链供应链稳定、保基层运转。",
         "2.地方政府专项债券：地方政府为有一定收益的公益性项目发行的政府债券。2019年新增专项债券额度2.15万亿元。",
         "3.“十三五”规划目标：规划纲要提出，到2020年国内生产总值和城乡居民人均收入比2010年翻一番，单位国内生产总值能耗比2015年下降15%。"]


@pytest.mark.parametrize("width,after", [(20, 2), (40, 1), (28, 1), (33, 2), (38, 3)])
@pytest.mark.parametrize("mark", ["- 1 -", "— 12 —", "第 3 页"])
@pytest.mark.parametrize("place", _PLACES[:3])
def test_a_glossary_cut_by_a_pdf_width_and_page_states_nothing(width, after, mark, place):
    rows = _layer(_DEFS, width, False).split("\n")
    gloss = "\n".join(rows[:after]) + f"\n\n{mark}\n\n" + "\n".join(rows[after:])
    text = _report(*place, [], width, False) + "附：名词解释\n" + gloss
    d = read(text, region=place[0], report_year=place[1])
    bad = [f for f in d.facts if f.value in (2.15, 100, 15)] + [x for x in d.pledges if x.value in (2.15, 15)]
    assert not bad, [(f.quote, f.value) for f in bad]
    assert ("5G基站", 1800, "个") in pledged(d)


# 3. a page's break inside a figure, before its decimal point, with the report's running head over the next page (an
# excerpt of two pages: the head seen once): the figure is read whole
@pytest.mark.parametrize("mark,head", [("第 1 页", "2023年{p}政府工作报告"), ("— 1 —", "{p}人民政府公报"),
                                       ("- 2 -", "政府工作报告")])
@pytest.mark.parametrize("p,fig,lo,hi", [("昆山市", "5.5", "5", ".5"), ("宜昌市", "6.5", "6", ".5"), ("江门市", "5.8", "5", ".8")])
def test_a_page_break_before_a_figures_point(mark, head, p, fig, lo, hi):
    text = (f"{p}政府工作报告\n——2023年1月8日在{p}第十七届人民代表大会第三次会议上\n\n二、2023年主要目标任务\n"
            f"今年全市经济社会发展的主要预期目标是：地区生产总值增长{lo}\n\n{mark}\n\n{head.format(p=p)}\n"
            f"{hi}%左右；一般公共预算收入增长5%；规模以上工业增加值\n增长6%；城镇调查失业率控制在5%以内。\n")
    fs = keys_of(read(text, region=p, report_year=2023))
    f = fs[("gdp", "target", "2023", "growth")]
    assert (f.value, f.qualifier) == (float(fig), "about")
    assert fs[("general_budget_revenue", "target", "2023", "growth")].value == 5


# 4. Windows line ends a second conversion doubled ("\r\r\n"): an infographic's sub-heads and the tasks under them read
# as with one line end each
@pytest.mark.parametrize("eol", ["\r\r\n", "\r\r\r\n", "\r\n"])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
@pytest.mark.parametrize("prov,y", [("江西省", 2023), ("湖南省", 2024), ("四川省", 2022)])
def test_doubled_windows_line_ends(eol, indent, prov, y):
    lines = [f"一图读懂｜{y}年{prov}政府工作报告", f"来源：{prov[:2]}日报\u3000{y}-01-13 10:25", " ",
             f"📊 {y - 1}年成绩单", "32074.7亿元", "地区生产总值", "增长4.7%", "46.6万人", "城镇新增就业", f"{y}年主要预期目标",
             "◆地区生产总值增长5%左右", "◆城镇新增就业45万人以上", "◆居民消费价格涨幅3%左右", "粮食生产", f"{y}年重点任务",
             "✅新建高标准农田300万亩", "✅新建5G基站2万个", "✅新增城市停车泊位10万个"]
    d = read(eol.join(indent + x for x in lines) + eol, region=prov, report_year=y)
    assert {("高标准农田", 300, "万亩"), ("5G基站", 2, "万个"), ("城市停车泊位", 10, "万个")} <= pledged(d)
    fs = keys_of(d)
    assert fs[("gdp", "target", str(y), "growth")].value == 5


# 5. a plan report's item name ending its line on its stop, its sentence set apart across a blank line and opening on
# the plan met or missed in words ("超额完成年度计划，…", "未完成年度目标，完成…"): the figures are the name's, as on one line
@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n\u3000\u3000\n"])
@pytest.mark.parametrize("mark", [("1.", "2."), ("（一）", "（二）")])
@pytest.mark.parametrize("p,y", [("双流区", 2021), ("温江区", 2020), ("南明区", 2023)])
def test_an_items_name_with_its_stop_over_a_sentence_in_words(gap, mark, p, y):
    text = (f"关于{p}{y - 1}年国民经济和社会发展计划执行情况及{y}年计划草案的报告\n——{y}年1月12日在{p}第十八届人民代表大会"
            f"第五次会议上\n\n一、{y - 1}年计划执行情况\n{mark[0]}固定资产投资。{gap}超额完成年度计划，增长11.2%。\n"
            f"{mark[1]}一般公共预算收入。{gap}未完成年度目标，完成88.6亿元，下降2.3%。\n")
    fs = keys_of(read(text, region=p, report_year=y))
    y1 = str(y - 1)
    assert fs[("fixed_asset_investment", "actual", y1, "growth")].value == 11.2
    assert fs[("general_budget_revenue", "actual", y1, "level")].value == 88.6
    assert fs[("general_budget_revenue", "actual", y1, "growth")].value == -2.3


# 5a. near-miss: an item's name with its stop over a sentence that names another's figure first: none of it the name's
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_name_with_its_stop_over_anothers_figure(gap):
    text = ("关于忻州市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n一、2022年计划执行情况\n"
            f"（一）固定资产投资。{gap}房地产开发投资下降5.2%，工业投资增长15%。\n")
    fs = keys_of(read(text, region="忻州市", report_year=2023))
    assert not [key for key in fs if key[0] == "fixed_asset_investment"]


# 6. a statistical communiqué's table whose figures set their thousands apart by a space ("2 764.33"), cells apart
# by ideographic spaces: each figure one cell, read as its row's
@pytest.mark.parametrize("sep", ["\u3000", " "])
@pytest.mark.parametrize("prov,y,grain,g", [("湖北省", 2021, "2 764.33", 1.3), ("河南省", 2022, "6 789.37", 1.0),
                                            ("安徽省", 2023, "4 150.81", 1.0)])
def test_a_tables_thousands_set_apart(sep, prov, y, grain, g):
    text = (f"{prov}{y}年国民经济和社会发展统计公报\n{prov}统计局　国家统计局{prov[:2]}调查总队\n{y + 1}年3月1日\n"
            f"{y}年，全省经济持续稳定恢复。\n一、综合\n全年全省地区生产总值比上年增长5.2%。\n"
            f"二、农业\n表1{sep}{y}年主要农产品产量及其增长速度\n产品名称{sep}产量（万吨）{sep}比上年增长（%）\n"
            f"粮食{sep}{grain}{sep}{g}\n{sep}稻谷{sep}1 883.76{sep}0.6\n油料{sep}362.47{sep}4.3\n")
    fs = keys_of(read(text, region=prov, report_year=y + 1, doc_type="statistical_communique"))
    assert fs[("grain_output", "actual", str(y), "level")].value == float(grain.replace(" ", ""))
    assert fs[("grain_output", "actual", str(y), "growth")].value == g


# 6a. near-miss: a row of as many cells as the header, two figures side by side ("12 134"): two cells, as before
def test_a_rows_two_figures_stay_two_cells():
    text = ("某某县2023年国民经济和社会发展统计公报\n\n表1 2023年主要指标\n指标 单位 2022年 2023年\n学校 所 12 134\n"
            "粮食产量 万吨 45.6 46.2\n")
    d = read(text, region="某某县", report_year=2023, doc_type="statistical_communique")
    assert not [f for f in d.facts if f.value == 12134]


def _kinsoku(par: str, width: int, indent: bool) -> list[str]:
    """A paragraph cut as a typesetter cuts it: ``width`` characters a line, a closing mark kept on the line it closes."""
    body = ("\u3000\u3000" if indent else "") + par
    rows, k = [], 0
    while k < len(body):
        e = k + width
        while e < len(body) and body[e] in "，。；：、！？）》”%":
            e += 1
        rows.append(body[k:e])
        k = e
    return rows


# 7. a target list cut by a PDF's width where a line ends on a list's semicolon (as wide as the page, or a mark wider):
# the list goes on into the next line, so its next targets are targets, and a review's list item split so has its
# result; the weighing paragraph after the list pledges nothing
_TARGETS = ("今年全{lv}经济社会发展的主要预期目标是：地区生产总值增长{g}%以上；一般公共预算收入增长5%；城镇调查失业率5%以内，"
            "城镇新增就业{j}万人；居民消费价格涨幅3%左右；居民收入增长与经济增长基本同步；单位地区生产总值能耗完成上级下达的目标任务。")


@pytest.mark.parametrize("width", [24, 26, 28, 30, 33, 36, 39])
@pytest.mark.parametrize("indent", [False, True])
@pytest.mark.parametrize("p,y,lv,g,j", [("北京市", 2021, "市", 6, 26), ("合肥市", 2022, "市", 7, 15), ("济源市", 2023, "市", 6.5, 1.2)])
def test_a_target_list_cut_after_its_semicolons(width, indent, p, y, lv, g, j):
    pars = ["各位代表：", f"现在，我代表{p}人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
            f"一、{y - 1}年工作回顾", f"过去一年，全{lv}地区生产总值增长4.6%，一般公共预算收入完成583.9亿元，城镇新增就业2.1万人。",
            f"二、{y}年工作安排", _TARGETS.format(lv=lv, g=g, j=j),
            f"地区生产总值增长{g}%以上，是综合考虑经济恢复态势和发展需要提出的，在实际工作中将努力争取更好结果。",
            "实现上述目标，重点做好以下工作：全年新建5G基站1万个，新增各类养老床位5000张，完成老旧小区综合整治300个。"]
    text = f"{p}政府工作报告\n——{y}年1月12日在{p}第十六届人民代表大会第三次会议上\n" + \
        "\n".join(r for x in pars for r in _kinsoku(x, width, indent)) + "\n"
    d = read(text, region=p, report_year=y)
    fs = keys_of(d)
    ys = str(y)
    assert fs[("gdp", "target", ys, "growth")].value == g
    assert fs[("general_budget_revenue", "target", ys, "growth")].value == 5
    assert fs[("urban_new_jobs", "target", ys, "level")].value == j
    assert fs[("cpi", "target", ys, "growth")].value == 3
    assert not [x for x in d.pledges if x.value in (g, 5, j) and x.unit in ("%", "万人")], \
        [(x.quote, x.value) for x in d.pledges]
    assert {("5G基站", 1, "万个"), ("老旧小区综合整治", 300, "个")} <= pledged(d)


# 7a. near-miss: a list one target a line, each ending on its semicolon (a web page's, no page width): a line each, as
# before; a line that opens the next item after a semicolon ("——…；" over "——…") stays an item
@pytest.mark.parametrize("mark", ["", "——", "1."])
def test_targets_one_a_line_after_semicolons_stay_apart(mark):
    items = ["地区生产总值增长6%以上；", "一般公共预算收入增长5%；", "城镇新增就业26万人；", "居民消费价格涨幅3%左右。"]
    lines = [f"{mark}{x}" if mark != "1." else f"{k}.{x}" for k, x in enumerate(items, 1)]
    text = ("某某市政府工作报告\n——2021年1月12日在某某市第十六届人民代表大会第三次会议上\n\n二、2021年工作安排\n"
            "今年全市经济社会发展的主要预期目标是：\n" + "\n".join(lines) + "\n实现上述目标，重点做好以下工作：全年新建5G基站1万个。\n")
    d = read(text, region="某某市", report_year=2021)
    fs = keys_of(d)
    assert fs[("gdp", "target", "2021", "growth")].value == 6
    assert fs[("urban_new_jobs", "target", "2021", "level")].value == 26
    assert ("5G基站", 1, "万个") in pledged(d)


# 8. a news page whose paragraph a PDF's line cut right after a full stop, so that the turn to the report's year opens
# a short paragraph of its own ("新的一年，全县…增长7%左右，…。新建标准化厂房5万平方米。"): its action sentences pledge as in
# the long paragraph
@pytest.mark.parametrize("turn", ["新的一年，", "今年，", "{y}年，"])
@pytest.mark.parametrize("p,y,lv,boss", [("通榆县", 2022, "县", "县长刘国峰"), ("婺源县", 2019, "县", "县长汪发林"),
                                         ("灵武市", 2024, "市", "市长马学军")])
def test_a_short_paragraph_turned_to_the_year_pledges(turn, p, y, lv, boss):
    t = turn.format(y=y)
    text = (f"{p}第十八届人民代表大会第一次会议隆重开幕\n{y}-01-07 09:12　来源：{p[:2]}日报\n"
            f"1月6日上午，{p}第十八届人民代表大会第一次会议开幕，{boss}作政府工作报告。报告指出，过去一年，全{lv}地区生产总值增长"
            f"7.1%，全年新建改造农村公路230公里，新增风电装机容量50万千瓦。\n"
            f"{t}全{lv}地区生产总值增长7%左右，城镇新增就业1800人以上。新建标准化厂房5万平方米。新建改造农村公路150公里。"
            "完成造林6万亩，改造农村危房300户。\n报告还对加强政府自身建设作出了部署。\n")
    d = read(text, region=p, report_year=y)
    assert {("标准化厂房", 5, "万平方米"), ("农村公路", 150, "公里"), ("造林", 6, "万亩"), ("农村危房", 300, "户")} <= pledged(d)
    assert ("农村公路", 230, "公里") not in pledged(d)


# 8a. near-miss: a short paragraph turned to a past year, or looking back, pledges nothing
@pytest.mark.parametrize("turn", ["2021年，", "过去一年，"])
def test_a_short_paragraph_turned_to_a_past_year_pledges_nothing(turn):
    text = ("通榆县第十八届人民代表大会第一次会议隆重开幕\n2022-01-07 09:12　来源：白城日报\n"
            "1月6日上午，通榆县第十八届人民代表大会第一次会议开幕，县长刘国峰作政府工作报告。\n"
            f"{turn}全县地区生产总值增长7.1%。新建标准化厂房3万平方米。新建改造农村公路230公里。\n报告还对加强政府自身建设作出了部署。\n")
    d = read(text, region="通榆县", report_year=2022)
    assert not d.pledges, [x.quote for x in d.pledges]


# 9. notes and definitions across a page's break: a note or a definition ending on its stop, then the page's mark and
# the next page's running head, then the next one (“[1]…。\n\n- 1 -\n\n[2]全国居民人均可支配收入增长6.3%。”, “——“六稳”：…。\n
# — 1 —\n2021年宁夏回族自治区政府工作报告\n——专项债券：…2021年全国拟安排3.65万亿元。”): the next one is the block's too
@pytest.mark.parametrize("mark", ["- 1 -", "— 2 —", "第 3 页"])
@pytest.mark.parametrize("head", ["", "{y}年{p}政府工作报告", "{p}人民政府公报"])
@pytest.mark.parametrize("place", _PLACES[:3])
def test_notes_and_definitions_across_a_page_break(mark, head, place):
    p, y = place[0], place[1]
    brk = f"\n\n{mark}\n\n" + (head.format(p=p, y=y) + "\n" if head else "")
    base = _report(*place, [], 400, False)
    notes = base + "注释：\n[1] 全省地区生产总值增长4.9%，我市增速居全省第3位。" + brk + "[2] 全国居民人均可支配收入增长6.3%。\n"
    d = read(notes, region=p, report_year=y)
    assert not [x for x in (*d.facts, *d.pledges) if x.value == 6.3], [x.quote for x in d.pledges]
    gloss = base + "名词解释：\n——“六稳”：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。" + brk + \
        f"——专项债券：地方政府专项债券，{y}年全国拟安排3.65万亿元。\n——“四大提升行动”：科技支撑、人才支撑、开放带动、金融服务四项提升行动。\n"
    d = read(gloss, region=p, report_year=y)
    assert not [x for x in (*d.facts, *d.pledges) if x.value == 3.65], [x.quote for x in d.pledges]
    assert ("5G基站", 1800, "个") in pledged(d)


# 10. a target list set one sentence a paragraph with blank lines between, an item's comment set apart after it
# ("——地区生产总值增长6%左右。\n\n比上年预计数低0.1个百分点，与高质量发展的要求相衔接。\n\n——一般公共预算收入增长2%。"): the
# comment is the item's, no lead, and the items after it stay the year's targets
@pytest.mark.parametrize("comment", ["比上年预计数低0.1个百分点，与高质量发展的要求相衔接。", "较上年目标提高0.5个百分点。",
                                     "略高于全国平均水平，与“十四五”规划确定的年均目标相衔接。", "与全省经济社会发展要求相适应。"])
@pytest.mark.parametrize("gap", ["\n\n", "\n \n"])
@pytest.mark.parametrize("prov,y", [("江苏省", 2020), ("宁夏回族自治区", 2022), ("江西省", 2024)])
def test_an_items_comment_set_apart_in_a_target_list(comment, gap, prov, y):
    items = ["——地区生产总值增长6%左右。", comment, "——一般公共预算收入增长2%。", "——城镇新增就业120万人以上，城镇调查失业率5%以内。",
             "——居民消费价格涨幅3.5%左右。"]
    text = (f"关于{prov}{y - 1}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n\n二、{y}年国民经济和社会发展的主要预期目标\n"
            f"综合考虑各方面因素，建议{y}年全省经济社会发展主要预期目标为：{gap}" + gap.join(items) + "\n")
    fs = keys_of(read(text, region=prov, report_year=y))
    ys = str(y)
    assert fs[("gdp", "target", ys, "growth")].value == 6
    assert fs[("general_budget_revenue", "target", ys, "growth")].value == 2
    assert fs[("urban_new_jobs", "target", ys, "level")].value == 120
    assert fs[("urban_unemployment_rate", "target", ys, "share")].value == 5
    assert fs[("cpi", "target", ys, "growth")].value == 3.5
    assert not [k for k in fs if k[1] != "target"], sorted(fs)


# 10a. near-miss: a lead set apart between a review's bullets and the year's (“综合考虑各方面因素，今年的主要预期目标如下。”)
# still leads the bullets after it
def test_a_lead_set_apart_between_bullet_lists_still_leads():
    text = ("关于某某省2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n一、2023年计划执行情况\n"
            "——地区生产总值增长5.8%。\n\n——一般公共预算收入增长6.1%。\n\n综合考虑各方面因素，2024年全省经济社会发展的主要预期目标如下。\n\n"
            "——地区生产总值增长5.5%左右。\n\n——一般公共预算收入增长5%。\n")
    fs = keys_of(read(text, region="某某省", report_year=2024))
    assert fs[("gdp", "target", "2024", "growth")].value == 5.5
    assert fs[("gdp", "actual", "2023", "growth")].value == 5.8


# 11. a PDF's line cut before 的 ("…由2010年的826.3亿元增加到2015年\n的1516.2亿元"), or after a quoted term that opens
# the line's second sentence ("…1200户以上。培育国家级专精特新“小巨人”\n企业100家左右。"): the sentence goes on
@pytest.mark.parametrize("p,a,b,y0,y1,g", [("南充市", 826.3, 1516.2, 2010, 2015, 11.2), ("遂宁市", 494.2, 915.8, 2010, 2015, 12.4)])
def test_a_line_cut_before_de_goes_on(p, a, b, y0, y1, g):
    text = (f"{p}政府工作报告\n——{y1 + 1}年1月10日在{p}第七届人民代表大会第六次会议上\n\n一、“十二五”发展回顾\n"
            f"过去五年，是{p[:2]}发展极不平凡的五年。\n全市地区生产总值由{y0}年的{a}亿元增加到{y1}年\n的{b}亿元，年均增长{g}%。\n"
            f"全社会固定资产投资五年累计完成4380亿元，年均增长17.6%。\n")
    fs = keys_of(read(text, region=p, report_year=y1 + 1))
    assert fs[("gdp", "actual", str(y1), "level")].value == b
    assert fs[("gdp", "actual", f"{y0 + 1}-{y1}", "growth")].value == g


@pytest.mark.parametrize("prov,y", [("四川省", 2024), ("湖北省", 2023)])
def test_a_line_cut_after_a_quoted_term_goes_on(prov, y):
    text = (f"{prov}政府工作报告\n——{y}年1月21日在{prov}第十四届人民代表大会第二次会议上\n\n二、{y}年重点工作\n"
            "1.加快构建现代化产业体系。实施重点技术改造项目1000个，\n新增规上工业企业1200户以上。培育国家级专精特新“小巨人”\n"
            "企业100家左右。全省高新技术企业数量去年已达1.48万家。\n")
    d = read(text, region=prov, report_year=y)
    assert any(x.value == 100 and "小巨人" in x.object for x in d.pledges), [(x.object, x.value) for x in d.pledges]


# 12. a page's break between two full sentences of a budget report set one sentence a line, with the report's running
# head over the next page, seen once (“…年初预算为52.3亿元。\n\n第 1 页\n\n2021年蒙城县政府工作报告\n执行中因…调整为58.6亿元。”):
# the head is dropped and the revision and its result are read across what the break left, as with no break
@pytest.mark.parametrize("mark", ["第 1 页", "— 1 —", "- 2 -"])
@pytest.mark.parametrize("head", ["{y}年{p}政府工作报告", "{p}人民政府公报", ""])
@pytest.mark.parametrize("p,y", [("蒙城县", 2021), ("临泉县", 2022), ("宁国市", 2020)])
def test_a_page_break_between_a_budgets_sentences(mark, head, p, y):
    brk = f"\n\n{mark}\n\n" + (head.format(p=p, y=y) + "\n" if head else "")
    text = (f"关于{p}{y - 1}年预算执行情况和{y}年预算草案的报告\n——{y}年1月10日在{p}第十七届人民代表大会第五次会议上\n\n"
            f"一、{y - 1}年预算执行情况\n（一）一般公共预算\n全年实际完成一般公共预算收入15.92亿元，下降0.2%。\n"
            f"一般公共预算支出年初预算为52.3亿元。{brk}执行中因上级补助和政府债券资金增加，调整为58.6亿元。\n"
            "全年实际完成57.8亿元，增长4.9%。其中民生支出46.2亿元，占一般公共预算支出的79.9%。\n")
    fs = keys_of(read(text, region=p, report_year=y))
    y1 = str(y - 1)
    assert fs[("general_budget_expenditure", "target", y1, "level")].value == 58.6
    assert fs[("general_budget_expenditure", "actual", y1, "level")].value == 57.8
    assert fs[("general_budget_expenditure", "actual", y1, "growth")].value == 4.9


# 12a. near-miss: a second document's title after a page's break (its byline under it) stays a title, and a web page's
# paragraphs one blank line apart stay apart as before
def test_a_second_documents_title_after_a_page_break_stays():
    text = ("关于蒙城县2020年预算执行情况和2021年预算草案的报告\n\n一、2020年预算执行情况\n全年实际完成一般公共预算收入15.92亿元。\n\n"
            "第 9 页\n\n蒙城县2021年政府工作报告\n——2021年1月10日在蒙城县第十七届人民代表大会第五次会议上\n各位代表：\n")
    d = read(text)
    assert "蒙城县2021年政府工作报告" in d.text
    from planwatch.normalize import normalize
    assert "蒙城县2021年政府工作报告" in normalize(text).text


# 13. the sentence that explains a target's figure, set apart on the next line after the item (“——地区生产总值增长7%
# 左右。\n\n比上年预计数高0.2个百分点，与“十四五”规划确定的年均增长6.5%左右的目标相衔接。”): the plan's average it names is the
# item's goal, as on one line
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("lead", ["比上年预计数高0.2个百分点，", "较上年目标持平，", ""])
@pytest.mark.parametrize("prov,y,avg", [("宁夏回族自治区", 2022, 6.5), ("贵州省", 2023, 7), ("甘肃省", 2022, 6)])
def test_an_explanation_set_apart_names_the_plans_average(gap, lead, prov, y, avg):
    expl = f"{lead}与“十四五”规划确定的年均增长{avg}%左右的目标相衔接。"
    text = (f"关于{prov}{y - 1}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n\n二、{y}年国民经济和社会发展的主要预期目标\n"
            f"{y}年主要预期目标建议如下：\n——地区生产总值增长7%左右。{gap}{expl}\n——固定资产投资增长7%以上。\n")
    fs = keys_of(read(text, region=prov, report_year=y))
    assert fs[("gdp", "goal", "2021-2025", "growth")].value == avg
    assert fs[("gdp", "target", str(y), "growth")].value == 7
    assert fs[("fixed_asset_investment", "target", str(y), "growth")].value == 7
