"""Session pdf14: text as PDF and Word converters print it (pdftotext, pdfminer, PyMuPDF, Word's plain text, a scan's
OCR layer): the characters they end lines with, a scan's letters for digits, footnote marks a line break moved, lines
cut at a page's width."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py
from planwatch.normalize import normalize

REVIEW = "一、2023年工作回顾\n"
PLAN = "二、2024年工作安排\n今年主要预期目标是："


# the characters converters end a line or a page with: pdftotext's form feed before each page's first line, Word's
# manual line break (a vertical tab), Unicode's line and paragraph separators; read as line breaks, one for one, so a
# page's foot under them is dropped and a sentence cut by them is joined
@pytest.mark.parametrize("brk", ["\f", "\v", "\u2028", "\u2029", "\x85"])
def test_a_converters_line_break_character_is_a_line_break(brk):
    text = REVIEW + "全年实现地区生产总值712.6亿元，增长7.1%；固定资产投资增长10." + brk + "6%；城乡居民" + brk \
        + "人均可支配收入分别达到76512元和46830元。\n" + PLAN + "地区生产总值增长7%左右，规模以上工业增加值增长8%；\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (10.6, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "level")) == (76512, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (46830, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "about")


def test_a_form_feed_page_foot_inside_a_sentence():
    text = REVIEW + "全年实现地区生产总值712.6亿元，增长7.1%。\n" + PLAN + "地区生产\r\n\r\n\f—2—\r\n德清县政府工作报告\r\n" \
        "总值增长7%左右；一般公共预算收入增长6%。\r\n" + "三、重点工作\n新建高标准农田2.5万亩。\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (6, "eq")
    assert "—2—" not in normalize(text).text


def test_line_break_characters_keep_offsets():
    text = "地区生产总值增长\f7%左右\v一般公共预算收入增长6%"
    n = normalize(text)
    assert len(n.simple) == len(text)
    s = n.text.index("7%")
    assert n.quote(s, s + 2)[0] == "7%"


# a scan's text layer: 0 read as O (o, 〇), 1 as l (I), 亿 as 乙 after a figure; read as what they stand for inside a
# figure, one for one (quotes stay exact)
@pytest.mark.parametrize("sent,key,value", [
    ("全县地区生产总值完成3l2.6亿元，增长7.8%。", ("gdp", "actual", "2023", "level"), 312.6),
    ("一般公共预算收入16.8亿元，增长1O.5％。", ("general_budget_revenue", "actual", "2023", "growth"), 10.5),
    ("社会消费品零售总额完成l32.5乙元，增长9.1%。", ("retail_sales", "actual", "2023", "level"), 132.5),
    ("城镇新增就业6O0 O人。", ("urban_new_jobs", "actual", "2023", "level"), 6000),
    ("农村居民人均可支配收入l5880元，增长9.4%。", ("rural_disposable_income", "actual", "2023", "level"), 15880),
    ("全年实际利用外资1.O5乙美元。", ("fdi", "actual", "2023", "level"), 1.05),
])
def test_ocr_letters_for_digits_in_a_figure(sent, key, value):
    fs = facts(REVIEW + sent + "\n", report_year=2024)
    assert fs[key].value == value


def test_an_ocr_year_dates_its_paragraph():
    text = "一、过去五年工作回顾\n五年来，地区生产总值由2016年的201.5亿元增加到2O2l年的312.6亿元，年均增长7.3%。\n" \
        "2O2l年，全县规模以上工业增加值增长8.6%；固定资产投资增长11.2%。\n二、2022年工作安排\n地区生产总值增长7.5%。\n"
    fs = facts(text, report_year=2022)
    assert val(fs, ("gdp", "actual", "2021", "level")) == (312.6, "eq")
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (8.6, "eq")
    assert ("industrial_va", "actual", "2017-2021", "growth") not in fs


def test_an_ocr_goal_year_and_figure():
    fs = facts("二、今后五年目标任务\n今后五年，地区生产总值年均增长7.5%以上，到2 O26年突破45O亿元。\n", report_year=2022)
    assert val(fs, ("gdp", "goal", "2026", "level")) == (450, "at_least")


# look-alikes: letters beside digits that are words or codes, 乙 as a word, stay as written
@pytest.mark.parametrize("text", [
    "推广O2O模式，防控H1N1流感，CO2排放下降，PM2.5浓度下降，建成5G基站，I类水体比例，Win10系统。",
    "乙类传染病发病3例，甲乙丙三方签约，型号S1O0设备，ISO9001认证，lO个百分点。",
    "http://www.example.gov.cn/art/2O21/1/11/art_lO29.html",
])
def test_letters_beside_digits_that_are_no_ocr_figures_stay(text):
    assert normalize(text).simple == text


def printed(paragraphs: list[str], width: int, indent: str = "\u3000\u3000") -> str:
    """PARAGRAPHS as a PDF converter prints a page WIDTH full-width cells wide: each paragraph's first line indented,
    every line cut where the next glyph does not fit (a half-width glyph half a cell)."""
    out = []
    for p in paragraphs:
        text = (indent if not p.startswith(("一、", "二、", "三、")) else "") + p
        line, w = "", 0
        for c in text:
            cw = 1 if ord(c) < 0x1100 else 2
            if w + cw > 2 * width:
                out.append(line)
                line, w = "", 0
            line += c
            w += cw
        out.append(line)
    return "\n".join(out) + "\n"


# a footnote mark a line break put at the next line's start, before a clause's mark: dropped, the line joined
@pytest.mark.parametrize("mark", ["①", "⑤", "⑩"])
def test_a_circled_footnote_mark_opening_a_line(mark):
    text = REVIEW + "全年实现地区生产总值1766.5亿元，同比增长6.1%；进出口总额326.5亿元\n" + mark + "，增长10.8%。\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("foreign_trade", "actual", "2023", "level")) == (326.5, "eq")
    assert val(fs, ("foreign_trade", "actual", "2023", "growth")) == (10.8, "eq")


def test_a_circled_number_opening_an_item_stays():
    text = "三、2024年工作安排\n今年要办好以下民生实事：\n①新建高标准农田5万亩；\n②改造老旧小区10个。\n"
    n = normalize(text)
    assert "\n①新建高标准农田5万亩；\n②改造" in n.text


# a narrow column's first line, short by its indent, that holds a full stop goes on into the next line
def test_a_narrow_columns_first_line_with_a_full_stop_goes_on():
    text = "三、2022年工作安排\n" + printed([
        "（一）坚定不移抓工业强县。实施工业项目60个，完成工业投资85亿元；新增规上工业企业30家。",
        "（二）持续推进乡村振兴。新建高标准农田8万亩，新建农村公路120公里，改造农村危房300户。",
        "（三）加快新型城镇化建设。新建改造城区道路15条，改造老旧小区28个。"], 17)
    import planwatch
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": 2022})
    got = {(p.object, p.value, p.unit) for p in doc.pledges}
    assert ("工业项目", 60, "个") in got
    assert ("高标准农田", 8, "万亩") in got


# a paragraph's indent opens a line: the width-cut title above it ends there; a title a line's width cuts goes on
def test_an_indented_line_opens_a_paragraph():
    text = "关于2023年计划执行情况与2024年计划草案的报告\n" + printed([
        "一、2023年国民经济和社会发展计划执行情况",
        "2023年，全市上下坚持稳中求进工作总基调，市十九届人大二次会议确定的主要目标任务顺利完成。全市实现地区生产"
        "总值1068.2亿元，增长6.0%。",
        "二、2024年国民经济和社会发展的主要目标",
        "综合考虑各种因素，建议2024年全市经济社会发展主要预期目标为：地区生产总值增长6%左右；规模以上工业增加值增长7%。"],
        15)
    n = normalize(text)
    assert "一、2023年国民经济和社会发展计划执行情况\n2023年，全市" in n.text
    assert "二、2024年国民经济和社会发展的主要目标\n综合考虑" in n.text
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.0, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7, "eq")


def test_a_narrow_columns_indented_first_line_over_a_page_foot():
    text = "二、2024年主要目标和重点任务\n\u3000\u3000今年经济社会发展的主要预期\n\n—1—\n" + printed([
        "目标是：地区生产总值增长5.5%左右；一般公共预算收入增长4%；规模以上工业总产值增长6%；固定资产投资增长5%；"
        "城镇新增就业1.5万人；城镇调查失业率控制在5%以内。",
        "为实现上述目标，重点抓好以下工作：一是全力壮大实体经济。实施重点产业项目100个，完成投资300亿元以上。",
        "二是统筹推进城乡发展。新建改造农村公路30公里，完成老旧小区改造12个，新建高标准农田1.2万亩。"], 15, indent="")
    import planwatch
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": 2024})
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in doc.facts}
    assert fs[("gdp", "target", "2024", "growth")].value == 5.5
    objs = {p.object for p in doc.pledges}
    assert "重点产业项目" in objs
    assert not any("地区生产总值" in o or "一般公共预算收入" in o for o in objs)  # the target list gives no pledge


# a numbered item as wide as the page's lines, cut inside its sentence, goes on; a title or a short item does not
TARGETS = ["二、2024年国民经济和社会发展的主要目标",
           "综合考虑各种因素，建议2024年全市经济社会发展主要预期目标为：",
           "1.地区生产总值增长6%左右；", "2.规模以上工业增加值增长7%；",
           "3.城镇新增就业1万人以上，城镇登记失业率控制在3%以内；",
           "4.粮食总产量稳定在63万吨以上，粮食播种面积稳定在120万亩以上；",
           "5.PM2.5平均浓度、单位地区生产总值能耗完成潍坊市下达目标。",
           "三、2024年国民经济和社会发展的主要任务",
           "（一）扩大有效投资。全年实施市级重点项目220个，完成年度投资380亿元。新开工过10亿元项目12个，新建改造城市"
           "道路18条，改造老旧小区26个，新增公共停车位3500个。"]


@pytest.mark.parametrize("width", [24, 25])
def test_a_numbered_item_cut_by_the_page_width_goes_on(width):
    text = "一、2023年工作回顾\n全年实现地区生产总值1068.2亿元，增长6.0%。\n" + printed(TARGETS, width)
    fs = facts(text, report_year=2024)
    assert val(fs, ("registered_unemployment_rate", "target", "2024", "share")) == (3, "at_most")
    assert val(fs, ("grain_area", "target", "2024", "level")) == (120, "at_least")
    assert fs[("energy_intensity", "target", "2024", "growth")].qualifier == "qualitative"


def test_a_title_and_its_paragraph_stay_apart_on_a_page():
    paras = ["（一）坚持项目为王，发展动能持续增强",
             "全年实施省市县重点项目186个，完成投资312亿元。新招引10亿元以上产业项目14个，其中50亿元以上项目2个。新增规上"
             "工业企业86家，高新技术企业总数达到642家。全社会研发经费投入强度达到3.6%。",
             "（二）坚持城乡融合，共同富裕稳步推进",
             "常住人口城镇化率达到66.2%，提高0.8个百分点。完成老旧小区改造12个，新建改建农村公路43公里。全县所有行政村集体"
             "经济年经营性收入均超过100万元。"]
    n = normalize(printed(paras, 20, indent=""))
    assert "发展动能持续增强\n全年实施" in n.text
    assert "共同富裕稳步推进\n常住人口" in n.text


# a ratio a line break cut after a point is no clock time opening a live report's entry
def test_a_ratio_cut_after_its_point_is_no_clock_time():
    n = normalize("三次产业结构由2016年的21.5：44.\n2：34.3调整为2021年的16.8：41.6：41.6。\n")
    assert "21.5：44.2：34.3" in n.text


def test_a_clock_time_opening_an_entry_is_still_dropped():
    n = normalize("【图文直播】\n报告全文约2万字。\n09:26 报告提出，今年地区生产总值增长5%左右。\n")
    assert "09:26" not in n.text and "报告提出" in n.text


# a justified line whose glyphs a converter spaced ("P M 2 . 5"): a name written back has no space inside its numbers
def test_a_spaced_name_has_no_space_inside_its_number():
    import planwatch
    text = "三、2024年工作安排\n持 续 深 化 污 染 防 治 攻 坚 ， P M 2 . 5 平 均 浓 度 控 制 在 2 8 微 克 / 立 方 米 以 内 。\n"
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": 2024})
    assert [(p.object, p.value, p.unit) for p in doc.pledges] == [("PM2.5平均浓度", 28, "微克/立方米")]


def test_a_space_after_a_comma_inside_a_name_is_put_back():
    n = normalize("建设年产10万吨1, 4-丁二醇项目")
    s = n.text.index("1,")
    assert n.written(s, s + 7) == "1, 4-丁二醇"


# a page set in two columns printed across both (pdftotext -layout): the columns' halves of a line are kept apart (no
# figure made of two), a column's lines under them go on
def across(left: list[str], right: list[str], width: int = 24) -> str:
    """Two columns' lines printed across the page: each left line padded to WIDTH characters, a gap, the right line."""
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        out.append((a + " " * (width - len(a) + 4) + b) if b else a)
    return "\n".join(out) + "\n"


TWO_COLUMNS = ("一、2023年工作回顾\n\u3000\u3000一是产业创新加速推进。新增高新技术企业125家，总数达到1048家。\n"
               + across(["\u3000\u3000二是城乡面貌持续改善。建成区绿化覆盖", "率达到43.6%。新建改造农村公路38公",
                         "里，完成老旧小区改造16个。城镇新增就", "业1.76万人，城镇调查失业率4.5%。"],
                        ["\u3000\u3000三是生态环境稳步向好。PM2.5平均", "浓度26.8微克/立方米，空气质量优良天",
                         "数比例82.5%。2023年，全县地区生", "产总值完成312.6亿元，增长7.8%；农", "村居民人均可支配收入15880元，增长",
                         "9.4%。"])
               + "\u3000\u3000四是民生保障扎实有力。居民消费价格上涨0.5%。\n")


def test_a_two_column_page_makes_no_figure_of_two_columns():
    fs = facts(TWO_COLUMNS, report_year=2024)
    assert ("pm25", "actual", "2023", "growth") not in fs
    assert ("disposable_income", "actual", "2023", "level") not in fs
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (15880, "eq")
    assert ("gdp", "actual", "2023", "level") not in fs  # (a column's sentence the lines cut across: lost, not made up)
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (9.4, "eq")
    assert val(fs, ("cpi", "actual", "2023", "growth")) == (0.5, "eq")


# look-alikes: a table whose rows one gap parts (a name and a figure) stays a table; prose with one wide space stays
def test_a_two_cell_table_is_no_two_column_page():
    text = ("二、2024年主要预期目标\n指标名称          2024年目标\n地区生产总值增长          6%左右\n"
            "一般公共预算收入增长          5%\n城镇新增就业          1.2万人\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")


def test_one_wide_space_in_prose_is_no_column():
    text = "一、2023年工作回顾\n全年实现地区生产总值712.6亿元，    增长7.1%；一般公共预算收入68.3亿元，增长9.2%。\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (7.1, "eq")


# a superscript footnote mark a converter printed as a plain digit, glued to a figure's unit or %, before a qualifier,
# 和 or a clause's mark (a line break on either side of it)
@pytest.mark.parametrize("sent,key,want", [
    ("城乡居民人均可支配收入分别达到76512元1和46830元。", ("rural_disposable_income", "actual", "2023", "level"), (46830, "eq")),
    ("城乡居民人均可支配收入分别达到76512元4\n和46830元。", ("rural_disposable_income", "actual", "2023", "level"), (46830, "eq")),
    ("全年实现地区生产总值712.6亿元，增长7.1%2；固定资产投资增长10.6%。", ("gdp", "actual", "2023", "growth"), (7.1, "eq")),
])
def test_a_plain_digit_footnote_mark_after_a_figure(sent, key, want):
    fs = facts(REVIEW + sent + "\n", report_year=2024)
    assert val(fs, key) == want


@pytest.mark.parametrize("sent,key,want", [
    ("地区生产总值增长8%3以上，固定资产投资增长10%。", ("gdp", "target", "2024", "growth"), (8, "at_least")),
    ("地区生产总值增长7.5%\n8以上，一般公共预算收入增长5%。", ("gdp", "target", "2024", "growth"), (7.5, "at_least")),
])
def test_a_plain_digit_footnote_mark_before_a_qualifier(sent, key, want):
    fs = facts(PLAN + sent + "\n", report_year=2024)
    assert val(fs, key) == want


# look-alikes: a list of values glued together, a count after an amount, a norm per household stay as written
@pytest.mark.parametrize("text", ["分别增长7%7.2%7%。", "每人每年补助200元1次。", "每户1人，共3户1人次。", "三次产业结构为10.5：40.1：49.4，",
                                  "建设年产10万吨1,4-丁二醇项目", "完成投资5亿元1、2号线", "投资5亿元1和2号机组"])
def test_digits_after_a_unit_that_are_no_footnote_stay(text):
    assert normalize(text).text == text


# a page's foot as Word templates and converters print it: a box's rules or tildes around the number, a bare number under
# a blank line (inside a cut sentence)
@pytest.mark.parametrize("foot", ["─ 3 ─", "━3━", "～3～", "~ 3 ~", "\n3", "3"])
def test_a_page_foot_inside_a_sentence(foot):
    text = PLAN + "地区生产总值增长5.5%左右；一般公共预算收入增长4%；固定资产投资增长5%；社会消\n\n" + foot + "\n费品零售总额增长6%；" \
        "城镇新增就业1.5万人。\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("retail_sales", "target", "2024", "growth")) == (6, "eq")
    assert "3" not in normalize(text).text.replace("2024", "")


@pytest.mark.parametrize("text", ["指标\n\n序号\n\n1\n2\n3\n", "5.2\n\n3\n6.0\n", "增长率\n\n3\n\n7.5\n"])
def test_lone_numbers_that_are_no_page_foot_stay(text):
    assert normalize(text).text.replace("\n", "") == text.replace("\n", "")


# a page's footnotes printed at its foot, above its page mark, inside a sentence the page break cut
@pytest.mark.parametrize("notes", ["①按可比价格计算。", "注：①按可比价格计算，下同。", "¹按可比价格计算。", "[1]按可比价格计算。",
                                   "①按可比价格计算。\n②一般公共预算收入按同口径计算。"])
def test_a_pages_footnotes_inside_a_cut_sentence(notes):
    text = REVIEW + "全年实现地区生产总值712.6亿元，增长7.1%①；一般公共预算收入68.3亿元，增长9.2%；规模以上工业增加\n" + notes \
        + "\n—1—\n值增长8.4%；固定资产投资增长10.6%。\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (8.4, "eq")
    assert "可比价格" not in normalize(text).text


# look-alikes: a list's item above a page mark, a note under a full sentence (no cut), a line of prose opening with 注
@pytest.mark.parametrize("text", [
    "今年要办好以下实事：新建高标准农田5万亩，改造\n①新建高标准农田5万亩。\n—1—\n",
    "全年实现地区生产总值712.6亿元，增长7.1%。\n注重发挥投资关键作用。\n—1—\n",
])
def test_lines_above_a_page_mark_that_are_no_footnotes_stay(text):
    n = normalize(text)
    assert "新建高标准农田5万亩。" in n.text or "注重发挥投资关键作用。" in n.text


def test_a_space_between_two_numbers_inside_a_name_is_put_back():
    n = normalize("新建2.5 1, 4-丁二醇项目")
    s = n.text.index("2.5")
    assert n.written(s, s + 10) == "2.5 1, 4-丁二醇"


def test_a_space_aligned_table_of_names_and_words_is_no_two_column_page():
    text = ("二、2024年主要预期目标\n指标名称                          2024年目标\n地区生产总值增长                  6%左右\n"
            "城乡居民人均可支配收入增长        与经济增长同步\n单位地区生产总值能耗下降          完成省下达任务\n"
            "城镇新增就业                      1.2万人\n")
    fs = facts(text, report_year=2024)
    assert fs[("urban_disposable_income", "target", "2024", "growth")].qualifier == "qualitative"
    assert fs[("energy_intensity", "target", "2024", "growth")].qualifier == "qualitative"
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (1.2, "eq")
