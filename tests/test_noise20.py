"""Session 20 noise20: reports as they arrive from PDFs, web pages and newspaper prints. A heading's year in
Chinese numerals dates its part; a pledge's amount in Chinese numerals with a decimal point, and a share written
out as 百分之…, are read as their digits are."""
from __future__ import annotations

import pytest

from factkeys import keys_of, pledged, read, val  # tests/factkeys.py

_BYLINE = "泰州市政府工作报告\n——2023年1月10日在泰州市第六届人民代表大会第三次会议上\n\n"
_REVIEW = "一、2022年工作回顾\n全年实现地区生产总值6401.77亿元，增长4.3%。\n"
_PLAN = ("今后五年，全市经济社会发展的主要目标是：地区生产总值年均增长6%左右。\n"
         "2023年是全面贯彻落实党的二十大精神的开局之年。全市经济社会发展主要预期目标是：地区生产总值增长6%左右。\n"
         "围绕上述目标，重点抓好以下工作：\n（一）聚力科技创新。技术合同成交额达到165亿元，新增城市停车位5000个。\n")


def _plan_doc(heading):
    return read(_BYLINE + _REVIEW + heading + "\n" + _PLAN, "t.txt")


# the year of the plan's part written in Chinese numerals (a PDF's or a paper's heading): the part is the year's
# plan, as with the year in digits; its tasks are the year's targets, not the five years' goals
@pytest.mark.parametrize("year", ["2023", "二〇二三", "二○二三", "二零二三"])
def test_a_headings_year_in_chinese_numerals_dates_its_part(year):
    d = _plan_doc(f"二、今后五年的奋斗目标和{year}年工作安排")
    fs = keys_of(d)
    assert val(fs, ("tech_contract_value", "target", "2023", "level")) == (165, "eq")
    assert ("tech_contract_value", "goal", "2023-2027", "level") not in fs
    assert val(fs, ("gdp", "goal", "2023-2027", "growth")) == (6, "about")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert ("城市停车位", 5000, "个") in pledged(d)


def test_a_five_year_heading_with_no_year_still_plans_five_years():
    # the look-alike: a heading of the five years' goals alone keeps its goals
    d = read(_BYLINE + _REVIEW + "二、今后五年的奋斗目标\n今后五年，全市经济社会发展的主要目标是：地区生产总值年均增长6%左右，"
             "技术合同成交额达到300亿元。\n", "t.txt")
    fs = keys_of(d)
    assert val(fs, ("gdp", "goal", "2023-2027", "growth")) == (6, "about")
    assert ("tech_contract_value", "target", "2023", "level") not in fs


def test_a_chinese_numeral_year_in_a_heading_keeps_offsets():
    text = _BYLINE + _REVIEW + "二、今后五年的奋斗目标和二〇二三年工作安排\n" + _PLAN
    d = read(text, "t.txt")  # (read checks every quote against the text as read)
    f = keys_of(d)[("tech_contract_value", "target", "2023", "level")]
    assert f.quote.endswith("165亿元")


_TASKS = ("政府工作报告\n——2024年1月20日在某某市第十七届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"
          "全市地区生产总值完成1234亿元，增长6.5%。\n二、2024年主要目标和重点工作\n"
          "今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n三、重点工作\n")


def _pledges(tasks):
    d = read(_TASKS + tasks + "\n", "t.txt")
    return {(p.object, p.value, p.unit, p.qualifier) for p in d.pledges}


# an amount in Chinese numerals with a decimal point, as a newspaper prints it: read whole
@pytest.mark.parametrize("tasks,want", [
    ("新建高标准农田二点五万亩。", ("高标准农田", 2.5, "万亩", "eq")),
    ("建设保障性住房一点二万套。", ("保障性住房", 1.2, "万套", "eq")),
    ("新改建农村公路一百二十点五公里。", ("农村公路", 120.5, "公里", "eq")),
])
def test_a_chinese_numeral_amount_with_a_point(tasks, want):
    got = _pledges(tasks)
    assert want in got
    assert not any(o.endswith("点") for o, *_ in got)


def test_chinese_numerals_with_a_point_that_are_no_amounts_stay():
    got = _pledges("抓好重点项目一百个，坚持一点一滴抓落实，推进两点一线建设。")
    assert got == {("重点项目", 100, "个", "eq")}


# a share written out (百分之…) in the tasks: a pledge in %, as "达到81%以上" is
@pytest.mark.parametrize("tasks,want", [
    ("空气质量优良天数比率达到百分之八十一以上。", ("空气质量优良天数比率", 81, "%", "at_least")),
    ("农村生活污水治理率达到百分之四十五点五。", ("农村生活污水治理率", 45.5, "%", "eq")),
    ("国考断面水质优良比例保持百分之百。", ("国考断面水质优良比例", 100, "%", "eq")),
    ("城镇生活垃圾分类覆盖率达到百分之95。", ("城镇生活垃圾分类覆盖率", 95, "%", "eq")),
])
def test_a_share_written_out_is_pledged(tasks, want):
    assert want in _pledges(tasks)
    digits = tasks.replace("百分之八十一", "81%").replace("百分之四十五点五", "45.5%").replace("百分之百", "100%") \
        .replace("百分之95", "95%")
    assert _pledges(digits) == _pledges(tasks)


@pytest.mark.parametrize("tasks", [
    "各项任务百分之百完成，约占全市的三分之一。",
    "确保群众满意度百分之百，提高百分点意识。",
])
def test_words_with_bai_fen_zhi_that_pledge_no_share_stay(tasks):
    assert not any(u == "%" for _, _, u, _ in _pledges(tasks))


def test_a_share_written_out_in_the_review_pledges_nothing():
    text = ("政府工作报告\n——2024年1月20日在某某市第十七届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"
            "全市空气质量优良天数比率达到百分之八十五，生活垃圾分类覆盖率达到百分之九十。\n")
    assert not read(text, "t.txt").pledges


_PAGE = ("2024年江西省政府工作报告\n发布时间：2024-01-29 08:45 来源：江西日报\n\n政府工作报告\n"
         "——2024年1月24日在江西省第十四届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"
         "全省地区生产总值32200.1亿元，增长4.1%。\n二、2024年主要目标\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
         "三、重点工作\n新建高标准农田240万亩，改造城镇老旧小区1500个。\n\n")
_OTHER_ITEM = "南昌市2024年政府工作报告\n2023年，全市地区生产总值7203.5亿元，增长4.1%。今年新建5G基站5000个，改造老旧小区300个…… 2024-01-22\n"
_OWN_ITEM = "2023年江西省政府工作报告\n2022年，全省地区生产总值32074.7亿元，增长4.7%。…… 2023-01-17\n"


# a list of other pages, each a title with its summary under it: each item is a page of its own, the one naming
# another region that region's (its counts no pledges of the report's), also after an item of the report's own region
@pytest.mark.parametrize("items", [_OWN_ITEM + _OTHER_ITEM, _OTHER_ITEM + _OWN_ITEM, _OTHER_ITEM])
def test_each_item_of_a_related_list_with_summaries_is_its_own_page(items):
    d = read(_PAGE + "相关阅读\n" + items, "t.txt")
    got = pledged(d)
    assert ("高标准农田", 240, "万亩") in got and ("城镇老旧小区", 1500, "个") in got
    assert not any(o == "5G基站" or v in (5000, 300) for o, v, _ in got)
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (32200.1, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")


def test_a_quoted_page_with_headings_inside_stays_that_regions():
    # the look-alike: one other page quoted under 链接, a heading and a summary line inside it, is its region's whole
    quoted = ("链接\n南昌市2024年政府工作报告（摘要）\n2023年，全市地区生产总值7203.5亿元，增长4.1%。\n"
              "2024年重点工作\n新建5G基站5000个，改造老旧小区300个。\n")
    d = read(_PAGE + quoted, "t.txt")
    assert not any(v in (5000, 300) for _, v, _ in pledged(d))
    assert val(keys_of(d), ("gdp", "actual", "2023", "level")) == (32200.1, "eq")


def test_a_related_list_of_own_pages_keeps_the_reports_figures():
    # the look-alike: items of the report's own region only, no other page made of them
    items = _OWN_ITEM + "江西省2024年重点工作解读\n今年全省新建高标准农田240万亩。\n"
    d = read(_PAGE + "相关阅读\n" + items, "t.txt")
    assert ("高标准农田", 240, "万亩") in pledged(d)
    assert val(keys_of(d), ("gdp", "actual", "2023", "level")) == (32200.1, "eq")


_TARGETS = ("政府工作报告\n——2024年1月20日在某某市第十七届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"
            "全市地区生产总值完成1234亿元，增长6.5%。\n二、2024年主要目标\n今年全市经济社会发展的主要预期目标是：")


def _target_facts(targets):
    return keys_of(read(_TARGETS + targets + "\n", "t.txt"))


# a range written out (a paper's print: "百分之六到百分之六点五", "百分之六至六点五"): a range, as "6%—6.5%" is
@pytest.mark.parametrize("written", ["百分之六到百分之六点五", "百分之六至六点五", "百分之6—百分之6.5", "6%—6.5%"])
def test_a_range_written_out_in_percent(written):
    fs = _target_facts(f"地区生产总值增长{written}；居民消费价格涨幅百分之三左右")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, 6.5, "range")
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "about")


@pytest.mark.parametrize("written,want", [
    ("百分之六，到年底百分之七", (6, "eq")),  # two figures, no range
    ("百分之六至十二个月", (6, "eq")),  # a span of months after 至, no range's high end
    ("百分之六点五到五", (6.5, "eq")),  # a high end lower than the low one is none
])
def test_words_after_a_written_out_percent_that_are_no_range(written, want):
    fs = _target_facts(f"地区生产总值增长{written}")
    assert val(fs, ("gdp", "target", "2024", "growth")) == want


_LINES = ["泰州市政府工作报告", "——2023年1月10日在泰州市第六届人民代表大会第三次会议上", "",
          "一、2022年工作回顾", "全年实现地区生产总值6401.77亿元，增长4.3%。一年来，我们主要抓了以下几个方面工作：",
          "（一）全力以赴稳住经济大盘。新开工10亿元以上产业项目136个。",
          "二、2023年工作安排", "全市经济社会发展主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。",
          "围绕上述目标，重点抓好以下工作：", "（一）聚力产业强市。技术合同成交额达到165亿元，新增城市停车位5000个。",
          "三、加强政府自身建设", "我们将坚持依法行政，自觉接受监督。"]


def _joined(sep):
    return "\n".join(_LINES[:3]) + "\n" + sep.join(_LINES[3:]) + "\n"


# a page copied without its paragraph breaks (one line, a space or two where each break was): its parts read as the
# lines they were, the plan's tasks its targets and pledges
@pytest.mark.parametrize("sep", [" ", "\u3000", "\u3000\u3000", "  "])
def test_a_report_copied_without_its_paragraph_breaks(sep):
    d = read(_joined(sep), "t.txt")
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (6401.77, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert val(fs, ("tech_contract_value", "target", "2023", "level")) == (165, "eq")
    got = pledged(d)
    assert ("城市停车位", 5000, "个") in got
    assert not any(v == 136 for _, v, _ in got)  # last year's count stays no pledge


def test_the_same_report_with_its_breaks_reads_the_same():
    a, b = read(_joined("\n"), "t.txt"), read(_joined(" "), "t.txt")
    assert {k: (f.value, f.qualifier) for k, f in keys_of(a).items()} == {k: (f.value, f.qualifier) for k, f in keys_of(b).items()}
    assert pledged(a) == pledged(b)


@pytest.mark.parametrize("sent", [
    "全年粮食播种面积稳定。 2.5万亩高标准农田建成。",  # a figure after the space
    "经济运行稳中向好。 一、二季度地区生产总值分别增长4.5%和5.1%。",  # numerals in a row
    "全市生产总值增长4.3%， （一）季度增长3.2%。",  # after a comma, no sentence's end
])
def test_spaces_before_numbers_that_open_no_part_stay(sent):
    from planwatch.normalize import normalize
    text = "一、2022年工作回顾\n" + sent + "\n"
    assert normalize(text).text.count("\n") == 2


# a year in Chinese numerals inside the tasks (a paper's print, "到二〇二五年…"): the pledge's year, as the year in digits
# is, and never a part of its object
@pytest.mark.parametrize("year", ["2025", "二〇二五", "二○二五", "二零二五"])
def test_a_pledges_year_in_chinese_numerals(year):
    d = read(_TASKS + f"新建学校10所，到{year}年累计建成5G基站1万个。\n", "t.txt")
    got = {(p.object, p.value, p.unit, p.period) for p in d.pledges}
    assert ("学校", 10, "所", "2024") in got
    assert ("5G基站", 1, "万个", "2025") in got


def test_a_chinese_numeral_year_is_kept_as_written_in_the_quote():
    text = _TASKS + "到二〇二五年，常住人口城镇化率达到65%，新建5G基站1万个。\n"
    d = read(text, "t.txt")  # (read checks every quote against the text as read)
    f = keys_of(d)[("urbanization_rate", "goal", "2025", "share")]
    assert f.value == 65 and "2025" not in f.quote


def test_numerals_before_nian_that_are_no_year_stay():
    # the look-alikes: counts of years, "十四五", not years
    d = read(_TASKS + "实施三年行动，“十四五”期间新建学校10所，二十年来首次。\n", "t.txt")
    assert {(p.object, p.value) for p in d.pledges} == {("学校", 10)}


# a numbered target list whose items a page or a narrow column cut between the change word and its figure: each item
# keeps its figure (no item ends on 增长), the list stays the year's targets and pledges nothing
@pytest.mark.parametrize("cut", ["\n", "\n\n"])
def test_a_numbered_target_cut_before_its_figure(cut):
    text = (_TARGETS + f"\n1.地区生产总值增长{cut}6%左右；\n2.一般公共预算收入增长5%；\n3.规上工业增加值增长{cut}8%；\n"
            f"4.城镇调查失业率控制在{cut}5.5%以内；\n5.居民消费价格涨幅3%左右。\n三、重点工作\n新建学校10所。\n")
    d = read(text, "t.txt")
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "about")
    assert pledged(d) == {("学校", 10, "所")}


@pytest.mark.parametrize("lines", [
    "三、推动居民收入稳定增长\n2024年，全市将……",  # a title that ends on 增长, a year under it
    "（二）促进消费持续增长\n1.落实促进消费政策。",  # a title over a numbered item
    "1.地区生产总值增长\n2.一般公共预算收入增长",  # items with no figure
])
def test_titles_ending_on_a_change_word_stay_apart(lines):
    from planwatch.normalize import normalize
    assert normalize(lines + "\n").text.count("\n") == lines.count("\n") + 1


def _column(text, width):
    """text set in a newspaper's narrow column: lines of ``width`` half cells (a Han character two), a closing mark
    hanging past the width."""
    out, line, cells = [], "", 0
    for ch in text:
        if ch == "\n":
            out.append(line)
            line, cells = "", 0
            continue
        w = 1 if ch.isascii() else 2
        if cells + w > width and ch not in "，。、；：”）%":
            out.append(line)
            line, cells = "", 0
        line += ch
        cells += w
    return "\n".join(out + [line])


_PAPER = ("政府工作报告\n——2024年1月20日在某某市第十七届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"
          "过去一年，全市地区生产总值完成1234亿元，增长6.5%，经济运行总体平稳，发展质量稳步提升，民生保障有力有效。\n"
          "二、2024年经济社会发展主要目标和总体要求\n今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。"
          "综合考虑各方面因素，今年全市经济社会发展的主要预期目标是：\n地区生产总值增长5%左右；一般公共预算收入增长3%左右；"
          "城镇新增就业1万人以上。\n三、重点工作\n新建学校10所，改造老旧小区30个。\n")


# a part's title cut by a narrow column, its short tail ending it: the paragraph under it stays its own (the year's
# targets are read under the title of the year's plan)
@pytest.mark.parametrize("width", [26, 28, 30])
def test_a_title_cut_by_a_narrow_column_ends_at_its_short_tail(width):
    d = read(_column(_PAPER, width), "t.txt")
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (1234, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (3, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (1, "at_least")
    assert pledged(d) == {("学校", 10, "所"), ("老旧小区", 30, "个")}


@pytest.mark.parametrize("text,lines", [
    # a numbered item cut by the page's width goes on into its tail
    ("今年主要预期目标是：\n1.城镇新增就业1万人以上，城镇登记失业率控制在\n3%以内；\n2.居民消费价格涨幅3%左右。", 3),
    # an item holding a full stop is prose: it goes on
    ("过去一年，全市经济运行总体平稳，发展质量稳步提升。\n（一）坚定不移抓工业强县。实施\n工业项目60个，总投资达到\n120亿元。", 2),
])
def test_items_that_go_on_past_a_short_line_stay_joined(text, lines):
    from planwatch.normalize import normalize
    assert normalize(text + "\n").text.count("\n") == lines


_PAPER2 = ("政府工作报告\n——2024年2月27日在某某县第十八届人民代表大会第四次会议上\n\n一、2023年政府工作回顾\n"
           "全年实现地区生产总值952.6亿元，增长7.8%，增速居全市第1位，经济运行总体平稳，发展质量稳步提升。\n"
           "二、2024年工作目标和主要任务\n2024年是中华人民共和国成立75周年，是实施“十四五”规划的关键之年。"
           "今年经济社会发展的主要预期目标是：\n1.地区生产总值增长7.5%以上；\n2.一般公共预算收入增长6%；\n"
           "3.固定资产投资增长8%。\n围绕上述目标，重点抓好以下工作：\n")
# (a paragraph as a column sets it, lines of 26 half cells)
_PAPER2_TASKS = ("（一）坚持产业强县。全县实施\n亿元以上技改项目80个，新增\n规上企业120家。今年将继续培\n"
                 "育国家级专精特新“小巨人”\n企业5家、省级专精特新中小\n企业30家。\n")


# a title whose tail a column cut is one character, the next line opening with a year: the title ends at its tail;
# a quoted name a column's width cut after its closing quote goes on into its line
def test_a_title_with_a_one_character_tail_and_a_quoted_name_in_a_column():
    text = _column(_PAPER2, 26) + "\n" + _PAPER2_TASKS
    assert "主要任\n务\n2024年是" in text  # (the layout the test is about)
    d = read(text, "t.txt")
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7.5, "at_least")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    got = pledged(d)
    assert ("国家级专精特新“小巨人”企业", 5, "家") in got and ("省级专精特新中小企业", 30, "家") in got


def test_a_short_line_ending_on_a_quote_stays_apart():
    # the look-alike: a quoted title alone on its line (short, no column's width) is no line cut by the width
    from planwatch.normalize import normalize
    text = ("过去一年，全县经济运行总体平稳，发展质量稳步提升，民生保障有力有效。\n"
            "——“八八战略”\n全面实施，各项工作取得新进展。\n")
    assert normalize(text).text.count("\n") == 3


# a column's line that ends on 目标 after a full stop is no part's title when the line under it is as wide in half cells
# (its digits one each, its last mark hanging): "全市经济社会发展主要预期目标\n是：地区生产总值增长6.5%左右；"
def test_a_column_line_ending_on_a_title_word_goes_on_into_a_line_with_digits():
    paper = _PAPER.replace("今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。综合考虑各方面因素，今年全市经济社会发展"
                           "的主要预期目标是：\n", "今年是“十四五”规划收官之年。\n全市经济社会发展主要预期目标是：")
    paper = paper.replace("民生保障有力有效。", "民生保障有力有效。面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，全市上下坚持稳中求进"
                          "工作总基调，完整、准确、全面贯彻新发展理念，主动融入和服务新发展格局，全力以赴拼经济、抓发展、保民生、"
                          "促稳定，高质量发展迈出坚实步伐。").replace("经济社会发展主要目标和总体要求", "主要目标和重点工作")
    text = _column(paper, 28)
    assert "主要预期目标\n是：" in text  # (the layout the test is about)
    d = read(text, "t.txt")
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (3, "about")
    assert pledged(d) == {("学校", 10, "所"), ("老旧小区", 30, "个")}


def test_a_title_over_a_line_of_another_width_stays_a_title():
    from planwatch.normalize import normalize
    text = ("过去一年，全市经济运行总体平稳，发展质量稳步提升。\n2024年主要目标\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n")
    assert normalize(text).text.count("\n") == 3
