"""An adversarial review of decisions 350 and 352 (adv47c, decision 358): numbered work items set on lines of their own
under a lead whose sentence tells the year gone ("一年来，我们着力抓好以下几方面工作："), read as the year's tasks; and a
narrow PDF's line (fewer than 20 characters a line) naming the budget report inside a sentence
("…《关于XX市2018年预算执行\\n情况与2019年预算草案的报告》\\n中另行报告。"), taken for a budget report's heading over the
plan's figures. With look-alikes that must not change."""
import pytest

from factkeys import key_values, pledge_items, read
from helpers import cut_text


# --- a narrow PDF's line naming the budget report inside a sentence ---

def _cut(paras: list[str], width: int) -> str:
    # a PDF text layer cut by count (a figure kept whole on its line, a closing mark kept on the line it closes)
    return cut_text(paras, width, keep_figures=True)


_PLAN = ["关于焦作市2018年国民经济和社会发展计划执行情况与2019年计划草案的报告",
         "各位代表：",
         "2018年，全市地区生产总值完成2371亿元，增长7.6%；社会消费品零售总额增长10.4%。全市财政收支的具体情况已由市财政局在"
         "《关于焦作市2018年预算执行情况与2019年预算草案的报告》中作了详细说明并提请本次大会一并审查批准。",
         "2019年全市经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，固定资产投资增长9%，城镇新增就业6.2万人。",
         "重点抓好以下工作：新开工亿元以上项目150个，改造老旧小区80个。"]


@pytest.mark.parametrize("width", [16, 17, 18])
def test_narrow_pdf_sentence_naming_budget_report_no_heading(width):
    # the lines of a narrow page are fewer than 20 characters: a line of the sentence that names the budget report, cut
    # with no stop in it, goes on from the page-wide line over it (and that from the one over it), no budget report's
    # heading; the plan's targets and tasks after it are the city's
    d = read(_cut(_PLAN, width), name="焦作市.txt")
    kv = key_values(d)
    assert kv.get(("gdp", "target", "2019", "growth")) == (7.5, "about")
    assert kv.get(("urban_new_jobs", "target", "2019", "level")) == (6.2, "eq")
    assert not any(k[0].startswith("other:") for k in kv)
    items = pledge_items(d)
    assert ("新开工", "亿元以上项目", 150, "个") in items
    assert ("改造", "老旧小区", 80, "个") in items


def test_narrow_pdf_budget_heading_after_sentence_end_kept():
    # look-alike: on the same narrow page, the budget report's own heading after the plan report's last sentence (the line
    # above ends on its stop): its figures stay the budget report's, none of the city's keys
    text = _cut(["焦作市2019年政府工作报告", "各位代表：", "2018年全市地区生产总值增长7.6%，城镇新增就业6.1万人，经济运行总体平稳。"], 16) \
        + "焦作市2018年预算执行情况与2019年预算草案的报告\n" + _cut(["2018年，全市一般公共预算收入完成186.5亿元，增长9.1%。"], 16)
    kv = key_values(read(text, name="焦作市.txt"))
    assert ("general_budget_revenue", "actual", "2018", "growth") not in kv
    assert ("general_budget_revenue", "actual", "2018", "level") not in kv


def test_narrow_pdf_budget_heading_under_short_line_kept():
    # look-alike: the budget report's heading under a short line (the office's name) after two page-wide lines: the short
    # line is no line the width cut, the heading its report's own
    text = _cut(["焦作市2019年政府工作报告", "各位代表：", "2018年全市地区生产总值增长7.6%，城镇新增就业6.1万人，经济运行总体平稳"], 16) \
        + "焦作市财政局\n焦作市2018年预算执行情况与2019年预算草案的报告\n" \
        + _cut(["2018年，全市一般公共预算收入完成186.5亿元，增长9.1%。"], 16)
    kv = key_values(read(text, name="焦作市.txt"))
    assert ("general_budget_revenue", "actual", "2018", "growth") not in kv


# --- numbered work items under a lead whose sentence tells the year gone ---

_HEAD = ("汨罗市2023年政府工作报告\n——2023年1月6日在汨罗市第十届人民代表大会第二次会议上\n市长　李卫平\n各位代表：\n"
         "2022年，全市地区生产总值完成486亿元，增长5.2%。")


def _report(review_lead: str, work_lead: str = "围绕上述目标，重点抓好以下工作：") -> str:
    return (_HEAD + review_lead + "\n一、做强园区经济。\n新增规模以上工业企业42家，实现旅游综合收入58亿元。\n"
            "二、补齐民生短板。\n新建农村幼儿园9所，城镇新增就业6800人。\n"
            "2023年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%。\n"
            + work_lead + "\n一、抓项目扩投资。\n新开工亿元以上项目45个，实现旅游综合收入65亿元。\n"
            "二、抓民生补短板。\n新建农村幼儿园12所，城镇新增就业7000人以上。\n")


@pytest.mark.parametrize("lead", ["一年来，我们着力抓好以下几方面工作：", "过去一年，我们重点做好以下工作：",
                                  "去年，全市上下扎实抓好以下工作：", "2022年，我们全力抓好以下五个方面工作："])
def test_items_under_a_lead_telling_the_year_gone_are_results(lead):
    # the lead's sentence opens on the year gone (一年来, 过去一年, 去年, the year before the report's): the items under
    # it are last year's work, their figures last year's results and not pledged; the year's items after the target
    # list are the year's tasks as before
    d = read(_report(lead), name="汨罗市.txt")
    kv = key_values(d)
    assert kv.get(("tourism_revenue", "actual", "2022", "level")) == (58, "eq")
    assert kv.get(("urban_new_jobs", "actual", "2022", "level")) == (6800, "eq")
    assert kv.get(("tourism_revenue", "target", "2023", "level")) == (65, "eq")
    items = pledge_items(d)
    assert ("新建", "农村幼儿园", 12, "所") in items
    assert ("新建", "农村幼儿园", 9, "所") not in items
    assert not any(i[2] == 42 for i in items)


@pytest.mark.parametrize("lead", ["在巩固去年成果的基础上，重点抓好以下工作：", "2023年，我们要着力抓好以下几方面工作：",
                                  "今年，全市上下要扎实抓好以下工作："])
def test_items_under_a_lead_to_the_year_kept(lead):
    # look-alike: the year gone inside the sentence ("在巩固去年成果的基础上"), the report's own year or 今年 opening it:
    # a lead of the year's work, its items the year's tasks (decision 350), as before
    text = (_HEAD + "\n2023年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n" + lead
            + "\n一、抓项目扩投资。\n新开工亿元以上项目45个，实现旅游综合收入65亿元。\n"
            "二、抓民生补短板。\n新建农村幼儿园12所，城镇新增就业7000人以上。\n")
    d = read(text, name="汨罗市.txt")
    kv = key_values(d)
    assert kv.get(("tourism_revenue", "target", "2023", "level")) == (65, "eq")
    assert ("新建", "农村幼儿园", 12, "所") in pledge_items(d)
