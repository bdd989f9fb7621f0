"""News restating a report's figures in kinds not tried before, blind (nws47, decision 349): a round-up's clause opening
on a time word alone after a clause a province opens ("广东去年地区生产总值增长3.9%，今年目标定为4.5%左右") gave the page
the province's target; a suggestion asked in a later clause of a sentence, after a figure of the deputy's own ("我们村老人
有860多人，我建议全市今年新建…30个"), pledged; an interview's turn headed by the deputy's name alone ("沈月琴：…"), the page
having introduced her as a deputy, pledged her village's plans. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val

# ---- 1. a round-up's clause opening on a time word alone goes on about the province that opens its sentence ----

_ROUND_UP = ("2024年地方GDP增速目标观察\n2024-02-05 20:10　来源：某财经网\n\n随着地方两会陆续闭幕，各地今年的"
             "主要预期目标相继公布。\n\n{x}\n\n北京提出增长5%左右，上海提出增长5%左右，天津提出增长4.5%左右。\n")


@pytest.mark.parametrize("line", [
    # the province opening the first clause, its name and a past result, then 今年目标定为 (a bare target alias)
    "福建去年地区生产总值增长4.5%，今年目标定为5.5%左右，与去年目标持平。",
    # a lead clause before the province's, then 今年的增长目标定在 (the bare growth-target alias)
    "从中部省份看，河南去年经济增长4.1%，今年的增长目标定在5%以上。",
    # 其中 before the province's name, and 今年的目标确定为
    "其中，湖北去年地区生产总值增长6%，今年的目标确定为5.5%左右。",
])
def test_a_time_clause_after_a_provinces_clause_in_a_round_up_is_that_provinces(line):
    d = read(_ROUND_UP.format(x=line))
    assert d.meta.region is None  # (a page on several regions)
    ks = keys_of(d)
    assert ("gdp", "target", "2024", "growth") not in ks
    assert any(k[0].startswith("other:") and k[1:] == ("target", "2024", "growth") for k in ks)


def test_the_provinces_own_page_with_a_time_clause_keeps_its_target():
    # look-alike: on 福建省's own report page its name opening the sentence is the region itself
    d = read("福建省2024年政府工作报告解读\n来源：福建日报 2024-01-24\n\n福建去年地区生产总值增长4.5%，今年目标定为5.5%左右。\n")
    assert d.meta.region == "福建省"
    assert val(keys_of(d), ("gdp", "target", "2024", "growth")) == (5.5, "about")


# ---- 2. a suggestion asked in a later clause, after a figure of the speaker's own ----

_INTERVIEW = ("两会访谈｜县政协委员张伟：让好政策惠及更多群众\n来源：某县融媒体中心　2022-01-12\n\n1月11日，德清县十七届人大一次"
              "会议开幕。县政协委员张伟在接受记者采访时谈到了报告。\n\n{x}\n\n报告提出，今年全县新建改造农村公路40公里，新增公共停车位2000个。\n")


@pytest.mark.parametrize("line,obj", [
    # a count of the member's own before 建议 in the sentence
    ("张伟说，我们镇有留守儿童300多名，建议全县今年新建乡村儿童之家25个。", "乡村儿童之家"),
    # 呼吁 in the second clause after a shortfall of the member's own
    ("张伟表示，目前全县托位缺口约1500个，呼吁今年新增普惠托位800个。", "普惠托位"),
])
def test_a_suggestion_in_a_later_clause_pledges_nothing(line, obj):
    ps = pledged(read(_INTERVIEW.format(x=line)))
    assert not any(p[0] == obj for p in ps)
    assert ("农村公路", 40, "公里") in ps  # (the report's own, after)


def test_a_suggestion_after_the_figure_in_its_clause_keeps_the_reports_pledge():
    # look-alike: the report's count first in its clause, the suggestions it answers named after it: no one asking for it
    ps = pledged(read(_INTERVIEW.format(x="报告提出，今年全县将新建乡村儿童之家25个回应群众建议。")))
    assert ("乡村儿童之家", 25, "个") in ps


def test_proposals_counted_as_a_thing_are_no_suggestion():
    # look-alike: 建议 counted, "办理…建议和…提案260件", is a task's object, not someone asking (the clause is kept)
    ps = pledged(read("德清县2022年政府工作报告\n\n今年全县将新建改造农村公路40公里，办理人大代表建议和政协提案260件。\n"))
    assert ("人大代表建议和政协提案", 260, "件") in ps


# ---- 3. an interview's turn headed by the deputy's name alone ----

_TURNS = ("【代表访谈】把报告里的民生清单落到村里\n来源：某市新闻网　2021-01-15　记者 周敏\n\n1月14日，海宁市十七届人大五次"
          "会议开幕。会议间隙，记者采访了{intro}。\n\n记者：您最关注报告的哪些内容？\n\n{x}\n\n报告提出，今年全市新建改造"
          "农村公路60公里，新增城市停车位4000个。\n")


@pytest.mark.parametrize("intro,line,obj", [
    # a deputy introduced with her post, her village's plan in her turn
    ("市人大代表、某村党委书记陈丽", "陈丽：我们村今年计划新建文化礼堂1个，改造村道3公里。", "文化礼堂"),
    # a member introduced, his company's plan with 打算 (no 将 after its subject)
    ("市政协委员、某纺织企业董事长吴刚", "吴刚：我们公司今年打算新建员工宿舍2栋。", "员工宿舍"),
])
def test_a_turn_of_a_deputy_named_by_name_alone_pledges_nothing(intro, line, obj):
    ps = pledged(read(_TURNS.format(intro=intro, x=line)))
    assert not any(p[0] == obj for p in ps)
    assert ("农村公路", 60, "公里") in ps


def test_a_deputys_turn_citing_the_report_keeps_its_pledges():
    # look-alike: the deputy's turn telling the report's own counts (报告提出) keeps them
    ps = pledged(read(_TURNS.format(intro="市人大代表、某村党委书记陈丽",
                                    x="陈丽：报告提出，今年全市新建农村文化礼堂20家，我很期待。")))
    assert ("农村文化礼堂", 20, "家") in ps


def test_an_officials_turn_by_name_alone_keeps_its_pledges():
    # look-alike: the name introduced with an official's post (no deputy) speaks for the government
    ps = pledged(read(_TURNS.format(intro="市政府研究室主任李强", x="李强：今年全市将新建农村文化礼堂20家。")))
    assert ("农村文化礼堂", 20, "家") in ps


def test_a_reporters_turn_is_no_deputys_even_after_a_deputy_spoke_to_the_reporter():
    # look-alike: "记者：" is a transcript's label, not a name (the deputy "对记者说" before it)
    ps = pledged(read("海宁市两会访谈\n来源：某市新闻网　2021-01-15\n\n市人大代表陈丽对记者说，报告很提气。\n\n"
                      "记者：报告提出今年新建改造农村公路60公里，您怎么看？\n\n陈丽：很实在。\n"))
    assert ("农村公路", 60, "公里") in ps


# ---- 4. a round-up's qualitative words said of a vague count of regions between the name and the words ----

_HEAD_BODY = ("\n2025-02-09 20:30　来源：某财经网\n\n随着地方两会陆续闭幕，各地今年的主要预期目标相继公布。\n\n北京提出增长5%左右，"
              "上海提出增长5%左右，天津提出增长4.5%左右。\n")


@pytest.mark.parametrize("head", [
    # a vague set of regions (多地) right before 持平 in the headline
    "2025年地方GDP增速目标观察：多地持平 少数下调",
    # a count of provinces first, then a vague 多数 before the words
    "2025年GDP增速目标盘点：9省份下调 多数与去年持平",
    # a vague count right after the headline's first half (出炉), its space dropped
    "2025年各地GDP增速目标出炉 大部分省份持平",
])
def test_qualitative_words_of_a_vague_set_of_regions_are_theirs(head):
    d = read(head + _HEAD_BODY)
    assert d.meta.region is None
    ks = keys_of(d)
    assert ("gdp", "target", "2025", "growth") not in ks
    assert any(k[0].startswith("other:") and k[1:] == ("target", "2025", "growth") for k in ks)


def test_a_citys_own_headline_keeps_its_qualitative_target():
    # look-alike: a single city's page, no vague set between the name and the words: the city's own target in words
    d = read("郑州市2025年GDP增速目标与去年持平" + _HEAD_BODY.replace("北京提出增长5%左右，上海提出增长5%左右，天津提出增长4.5%左右。",
                                                                   "报告提出，今年全市地区生产总值增长5.5%左右。"))
    assert d.meta.region == "郑州市"
    assert ("gdp", "target", "2025", "growth") in keys_of(d)
