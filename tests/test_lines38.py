"""A report or a news page set one sentence a paragraph (decision 187): an item's name heading its lines, a bare lead
("具体如下：") and a one-sentence lead to the tasks are read as when their sentences run on in one paragraph."""
from factkeys import read


def _keys(d):
    return {(f.indicator, f.role, f.period, f.value) for f in d.facts}


PLAN = """四川省2023年国民经济和社会发展计划执行情况与2024年计划草案的报告
一、2023年计划执行情况
（一）主要指标完成情况
{a}
年初计划增长6%左右，执行结果为增长6%，总量达到60132.9亿元。
{b}
年初计划增长7%，执行结果为增长6.1%。
"""


def test_an_items_name_alone_on_its_line_heads_the_sentence_under_it():
    for a, b in (("1.地区生产总值。", "2.规模以上工业增加值。"), ("1.地区生产总值", "2.规模以上工业增加值"),
                 ("（1）地区生产总值。", "（2）规模以上工业增加值。")):
        d = read(PLAN.format(a=a, b=b), region="四川省", level="province", report_year=2024)
        got = _keys(d)
        assert ("gdp", "target", "2023", 6) in got and ("gdp", "actual", "2023", 60132.9) in got, (a, got)
        assert ("industrial_va", "target", "2023", 7) in got and ("industrial_va", "actual", "2023", 6.1) in got, (b, got)


def test_a_name_over_another_sentence_is_no_head():
    # (the line under the name opens on no plan's or result's word: its figure is not the name's)
    text = PLAN.format(a="1.地区生产总值", b="2.规模以上工业增加值").replace(
        "年初计划增长7%，执行结果为增长6.1%。", "全省新开工亿元以上项目1500个。")
    got = _keys(read(text, region="四川省", level="province", report_year=2024))
    assert not any(k[0] == "industrial_va" for k in got)


NEWS = """2024年六安市十大民生实事项目公布
来源：六安日报  2024-02-26
日前，市政府研究确定2024年十大民生实事项目，计划总投资16.8亿元。
{lead}
一、城乡就业。
新增城镇就业3.2万人，开展补贴性职业技能培训2.5万人次。
二、学前教育。
新建公办幼儿园8所，新增学位2700个。
"""


def test_a_bare_lead_on_its_own_line_opens_the_list():
    for lead in ("具体如下：", "主要包括：", "分别是："):
        d = read(NEWS.format(lead=lead), region="六安市", level="prefecture", report_year=2024)
        values = {p.value for p in d.pledges}
        assert {2.5, 8, 2700} <= values, (lead, values)


LEAD = """靖边县第十九届人民代表大会第五次会议开幕
来源：靖边县融媒体中心    发布时间：2025-01-15 16:20

1月15日上午，靖边县第十九届人民代表大会第五次会议开幕。县长代表县人民政府作政府工作报告。

报告指出，2024年，全县地区生产总值完成512.3亿元，增长5.1%；一般公共预算收入完成36.2亿元，增长6.6%。

报告提出，2025年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。

{lead}
{first}实施重点项目85个，完成投资150亿元以上；新建高标准农田6万亩；新改建农村公路120公里。
"""


def test_a_one_sentence_lead_paragraph_carries_the_years_tasks():
    d = read(LEAD.format(lead="报告要求，今年要扎实抓好项目建设和民生改善。", first="全年"), region="靖边县", level="county",
             report_year=2025)
    values = {p.value for p in d.pledges}
    assert {85, 150, 6, 120} <= values, values


def test_a_lead_looking_back_carries_nothing():
    d = read(LEAD.format(lead="报告回顾，过去一年全县项目建设成效明显。", first="全年"), region="靖边县", level="county",
             report_year=2025)
    assert not any(p.value in (85, 6) for p in d.pledges)


def test_a_caption_over_the_next_figure_is_no_head():
    # (a 数读 page sets each figure above its caption: the name's line is followed by the next item's figure)
    text = ("数说2025｜宁乡市政府工作报告\n2024年成绩单\n812.6亿元\n地区生产总值\n52310元\n城镇居民人均可支配收入\n"
            "31260元\n农村居民人均可支配收入\n1.2万人\n城镇新增就业\n")
    got = _keys(read(text, region="宁乡市", level="county", report_year=2025))
    assert ("urban_disposable_income", "actual", "2024", 52310) in got
    assert ("rural_disposable_income", "actual", "2024", 31260) in got
