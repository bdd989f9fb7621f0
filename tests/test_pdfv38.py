"""A PDF's text layer whose lines are of many widths (decision 188): a numbered item cut after a word no item ends on,
a bracket's note cut after its colon, and a news lead's line under a line that ended a sentence and cut the next are
read as the sentences they are."""
from planwatch.normalize import normalize

from factkeys import read


def test_a_numbered_item_cut_after_its_result_label_goes_on():
    text = normalize("3.社会消费品零售总额：计划增长7%，1—10月增长5.1%，预计\n全年增长5.5%。\n"
                     "4.一般公共预算收入：计划增长5%，完成28.6亿元，其中\n税收收入19.2亿元。\n").text
    assert "预计全年增长5.5%" in text and "其中税收收入19.2亿元" in text


def test_a_part_title_is_not_joined():
    # (a title ends on such a word only without a clause and a figure: "二、2024年经济社会发展总体要求和政策取向")
    text = normalize("二、2024年经济社会发展总体要求和主要目标\n今年是…的关键之年。\n（一）坚持稳中求进、以进促稳和\n先立后破\n").text
    assert "主要目标\n今年是" in text


def test_a_colon_inside_an_open_bracket_goes_on():
    text = normalize("社会消费品零售总额412.6亿元，增长6.3%（年度目标：\n增长7%）。一般公共预算收入完成31.2亿元。").text
    assert "（年度目标：增长7%）" in text
    d = read("赣州市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
             "社会消费品零售总额412.6亿元，增长6.3%（年度目标：\n增长7%）。\n", region="赣州市", level="prefecture",
             report_year=2024)
    got = {(f.indicator, f.role, f.value) for f in d.facts}
    assert ("retail_sales", "actual", 6.3) in got and ("retail_sales", "target", 7) in got


def test_a_colon_closed_line_stays_a_lead():
    text = normalize("今年主要预期目标是：\n地区生产总值增长5.5%左右。").text
    assert "是：\n地区" in text


NEWS = ("江西：2025年经济增长预期目标定为5%左右\n2025-01-15 10:02　来源：新华网\n\n"
        "新华社南昌1月15日电（记者 李兴文）江西省第十四届人民代表大会第四次会议15日在南昌开幕。江西省省长叶建春在\n"
        "作政府工作报告时说，2024年江西经济运行稳中有进，全省地区生产\n总值增长5.1%。\n")


def test_a_cut_news_line_naming_the_report_is_no_title():
    d = read(NEWS)
    assert d.meta.report_year == 2025 and d.meta.region == "江西省"
    assert not (d.meta.title or "").startswith("作政府工作报告")
