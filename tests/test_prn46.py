"""The last session's later blind sets as web pages and PDFs print them (prn46, decision 337): the plan's works led by
"围绕上述目标，…：" set as a paragraph (or a page's line) of its own under the plan's goal list, their indicator counts read
as the year's targets and not pledged; a numbered target item's line, as wide as the page's, its note in brackets
("（按可比口径）；") cut onto the next line, the list's later items and the reasons after it pledged. With look-alikes
that must not change."""
import pytest

from factkeys import key_values, pledge_items, read
from planwatch.normalize import normalize


# --- the plan's works named back in a paragraph of their own ---

_HEAD = ("政府工作报告\n——2021年1月12日在温岭市第十六届人民代表大会第五次会议上\n\n各位代表：\n"
         "现在，我代表市人民政府，向大会报告工作，请予审议。\n\n一、“十三五”时期工作回顾\n\n"
         "五年来，全市地区生产总值年均增长6.8%，2020年达到1120亿元。\n\n二、“十四五”时期主要目标和2021年工作安排\n")
_GOALS = "“十四五”时期的主要目标是：全市地区生产总值年均增长6.5%左右，到2025年突破1500亿元。"
_YEAR = "\n2021年工作安排：全市地区生产总值增长7%左右。全年新建城市道路12公里。\n"
_WORKS = "为实现上述目标，重点推进四大行动：一是产业升级行动，新增高新技术企业300家；二是城乡融合行动，改造老旧小区60个。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_plan_works_named_back_own_paragraph(gap):
    # a page that sets each sentence on a line (or a paragraph) of its own: the works after the plan's goal list are the
    # plan's, as in the list's own paragraph — the indicator's count a goal of the plan's span, and pledged
    d = read(_HEAD + _GOALS + gap + _WORKS + _YEAR)
    kv = key_values(d)
    assert kv.get(("high_tech_enterprises", "goal", "2021-2025", "level")) == (300, "eq")
    assert ("high_tech_enterprises", "target", "2021", "level") not in kv
    assert ("新增", "高新技术企业", 300, "家") in pledge_items(d)
    assert ("改造", "老旧小区", 60, "个") in pledge_items(d)


def test_plan_tasks_lead_named_back_own_paragraph():
    # the lead to the tasks ("重点做好以下工作：") after "围绕以上目标，", a paragraph of its own under a 今后五年 goal list: the
    # market entities' count is the plan's goal, and pledged
    goals = "今后五年的主要目标是：全市地区生产总值年均增长6%以上，到2025年突破1400亿元。"
    d = read(_HEAD + goals + "\n\n围绕以上目标，重点做好以下工作：新增市场主体2万户，新建公办幼儿园15所。" + _YEAR)
    assert key_values(d).get(("market_entities", "goal", "2021-2025", "level")) == (2, "eq")
    assert ("新增", "市场主体", 2, "万户") in pledge_items(d)


def test_plan_works_in_the_goals_paragraph_kept():
    # look-alike: the lead inside the goal list's paragraph, as before (decision 322)
    d = read(_HEAD + _GOALS + _WORKS + _YEAR)
    assert key_values(d).get(("high_tech_enterprises", "goal", "2021-2025", "level")) == (300, "eq")
    assert ("新增", "高新技术企业", 300, "家") in pledge_items(d)


def test_works_named_back_under_the_years_list_kept():
    # look-alike: the same lead as a paragraph of its own under the year's target list names the year's targets back:
    # the count stays the year's target (no goal of the plan)
    text = (_HEAD + _GOALS + "\n2021年主要预期目标是：全市地区生产总值增长7%左右。\n"
            "围绕上述目标，重点推进三大行动：一是产业升级行动，新增高新技术企业80家；二是城乡融合行动，改造老旧小区20个。\n")
    kv = key_values(read(text))
    assert kv.get(("high_tech_enterprises", "target", "2021", "level")) == (80, "eq")
    assert not any(k[0] == "high_tech_enterprises" and k[1] == "goal" for k in kv)


def test_works_named_back_for_this_year_kept():
    # look-alike: the lead names this year ("围绕上述目标，今年重点推进…"): the year's tasks, the count the year's target
    text = (_HEAD + _GOALS + "\n围绕上述目标，今年重点推进三大行动：一是产业升级行动，新增高新技术企业80家；"
            "二是城乡融合行动，改造老旧小区20个。\n")
    kv = key_values(read(text))
    assert kv.get(("high_tech_enterprises", "target", "2021", "level")) == (80, "eq")
    assert not any(k[0] == "high_tech_enterprises" and k[1] == "goal" for k in kv)


def test_no_lead_after_goals_paragraph_kept():
    # look-alike: a paragraph under the plan's goals that names no targets back ("全年新增…") is the year's
    d = read(_HEAD + _GOALS + "\n全年新增高新技术企业80家，改造老旧小区20个。\n")
    kv = key_values(d)
    assert kv.get(("high_tech_enterprises", "target", "2021", "level")) == (80, "eq")
    assert not any(k[0] == "high_tech_enterprises" and k[1] == "goal" for k in kv)


# --- a numbered item's note in brackets on the next line of a PDF's full line ---

# (a converter's page of 30 characters a line, a paragraph's indent two ideographic spaces: the item "2．…增长6%" fills its
# line and its note, "（按可比口径）；", opens the next)
_PDF = """　　各位代表：
　　受市人民政府委托，现将鹰潭市2020年国民经济和社会发展
计划执行情况与2021年国民经济和社会发展计划草案提请市十届
人大五次会议审议，请予审议。
　　一、2020年国民经济和社会发展计划执行情况
　　2020年，面对新冠肺炎疫情的严重冲击和复杂多变的外部环
境，全市上下统筹推进疫情防控和经济社会发展，扎实做好“六稳”
工作，全面落实“六保”任务，全市地区生产总值完成1176.9
亿元，增长3.9%，规模以上工业增加值增长4.2%，社会消费
品零售总额下降1.8%，城镇居民人均可支配收入增长5.6%，
农村居民人均可支配收入增长7.9%。
　　二、2021年经济社会发展主要预期目标
　　建议2021年全市经济社会发展主要预期目标安排如下：
　　1．地区生产总值增长8.5%左右；
　　2．一般公共预算收入增长5.5%，全口径税收收入增长6%
（按可比口径）；
　　3．全社会固定资产投资增长9%；
　　4．城镇新增就业1.8万人，城镇调查失业率5.5%以内；
　　5．单位生产总值能耗、主要污染物排放量完成省下达目标任
务，PM2.5平均浓度下降到32微克/立方米以下。
　　这样安排主要考虑：一是经济增长8.5%左右，与全省预期目
标相衔接，体现了鹰潭在全省发展大局中的担当；二是减税降费政策
延续，财政收入增幅有所回落。
　　三、2021年经济社会发展主要任务
　　（一）扩大有效投资。全年安排市级重点项目300个，新开工
亿元以上项目120个，新建高标准农田8万亩。
"""


def test_item_note_in_brackets_joined():
    # the note goes on the item it closes: one line, as the page's width cut it
    assert "增长6%（按可比口径）；\n3." in normalize(_PDF).text


def test_item_note_cut_no_pledges_from_the_list():
    # the list's later items and the reasons after it stay the target list: no pledge of the PM2.5 limit nor of the
    # growth the reasons restate; the targets read, the tasks pledged
    d = read(_PDF, name="鹰潭市.txt")
    items = pledge_items(d)
    assert not any(p[1].startswith("PM2.5") or p[1] == "经济" for p in items)
    assert ("新建", "高标准农田", 8, "万亩") in items
    assert key_values(d).get(("pm25", "target", "2021", "level")) == (32, "at_most")


@pytest.mark.parametrize("nxt", ["（1）一般公共预算收入；", "（二）财政收入；"])
def test_numbered_bracket_after_full_item_kept(nxt):
    # look-alike: a line opening on a numbered bracket ("（1）", "（二）") after the full item is a sub-item or a heading,
    # no note: it stays apart
    assert "增长6%\n" + nxt in normalize(_PDF.replace("（按可比口径）；", nxt)).text


def test_note_after_short_item_line_kept():
    # look-alike: the note under an item line short of the page's width (a page set one item a line): no width cut it
    text = _PDF.replace("　　1．地区生产总值增长8.5%左右；\n", "　　1．地区生产总值增长8.5%\n（按可比价格计算）；\n")
    assert "增长8.5%\n（按可比价格计算）；" in normalize(text).text
