"""More blind sets as web pages and PDFs print them (prn39b, decision 209): a page that sets each sentence a paragraph
with a blank line between, an item's name alone over its sentence ("（一）地区生产总值。\n\n年初计划增长8%，…"), and a
news page's sentences set apart after the one that turned to the report's year ("新的一年，…增长7%左右。\n新建…")."""
import pytest

from factkeys import keys_of, pledged, read

_PLAN = ("关于{p}{y1}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n"
         "——{y}年1月{d}日在{p}第{n}届人民代表大会第{k}次会议上\n\n一、{y1}年计划执行情况\n{y1}年，主要指标完成情况如下：\n")


# 1. an item's name alone on its line, then a blank line (or two, or one of spaces), then its sentence: the sentence's
# figures are the name's, as with no blank line
@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n", "\n\u3000\u3000\n", "\r\n\r\n"])
@pytest.mark.parametrize("mark,stop", [("（一）", "。"), ("1.", "。"), ("（一）", ""), ("1.", "")])
@pytest.mark.parametrize("y,p,n,k,d", [(2022, "宜宾市", "六", "二", 10), (2019, "赣州市", "五", "三", 15),
                                      (2024, "临夏州", "十六", "三", 8)])
def test_an_item_name_over_its_sentence_across_a_blank_line(gap, mark, stop, y, p, n, k, d):
    m2 = "（二）" if mark.startswith("（") else "2."
    body = (f"{mark}地区生产总值{stop}{gap}年初计划增长8%，预计完成3148.1亿元，增长8.8%。\n"
            f"{m2}一般公共预算收入{stop}{gap}预计完成225.6亿元，同比增长10.2%。\n")
    text = _PLAN.format(p=p, y=y, y1=y - 1, n=n, k=k, d=d) + body
    fs = keys_of(read(text, region=p, report_year=y))
    y1 = str(y - 1)
    assert fs[("gdp", "target", y1, "growth")].value == 8
    assert fs[("gdp", "actual", y1, "growth")].value == 8.8
    assert fs[("gdp", "actual", y1, "level")].value == 3148.1
    assert fs[("general_budget_revenue", "actual", y1, "level")].value == 225.6
    assert fs[("general_budget_revenue", "actual", y1, "growth")].value == 10.2


# 1a. a plan revised in its year, each item's name over its revision across a blank line: the revised target
@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n"])
@pytest.mark.parametrize("p,y", [("临汾市", 2020), ("安顺市", 2020), ("商丘市", 2022)])
def test_an_item_name_over_its_revision_across_a_blank_line(gap, p, y):
    text = (f"关于{p}{y}年国民经济和社会发展计划部分指标调整方案的报告\n——{y}年8月27日在{p}人民代表大会常务委员会会议上\n\n"
            f"二、调整的主要内容\n（一）地区生产总值。{gap}由增长6.5%左右调整为增长3%左右。\n"
            f"（二）社会消费品零售总额。{gap}由增长8%调整为下降2%左右。\n")
    fs = keys_of(read(text, region=p, report_year=y))
    assert (fs[("gdp", "target", str(y), "growth")].value, fs[("gdp", "target", str(y), "growth")].qualifier) == (3, "about")
    assert fs[("retail_sales", "target", str(y), "growth")].value == -2


# 1b. near-misses: a 数读 caption over its own figure across a blank line stays the caption's; an item's name over a
# sentence that names another's figure first gives the name none of it
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_captions_and_another_items_figures_stay_as_they_were(gap):
    text = ("关于忻州市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n一、2022年计划执行情况\n"
            f"城镇居民人均可支配收入{gap}38210元{gap}农村居民人均可支配收入{gap}16120元\n"
            f"（一）固定资产投资。{gap}房地产开发投资下降5.2%，工业投资增长15%。\n")
    fs = keys_of(read(text, region="忻州市", report_year=2023))
    assert fs[("urban_disposable_income", "actual", "2022", "level")].value == 38210
    assert fs[("rural_disposable_income", "actual", "2022", "level")].value == 16120
    assert not [key for key in fs if key[0] == "fixed_asset_investment"]


_NEWS = ("{p}第{n}届人民代表大会第{k}次会议开幕\n{y}-01-{d:02d} 09:12　来源：{src}\n{sep}"
         "1月{d1}日上午，{p}第{n}届人民代表大会第{k}次会议开幕，{boss}作政府工作报告。{sep}"
         "报告回顾了过去五年的工作。{sep}{y1}年，全{lv}地区生产总值增长6.1%，新建5G基站800个。{sep}")


# 2. a news page that sets each sentence a paragraph (with a blank line between or none): the sentences after the one
# that turned to the report's year, each opening on an action's verb, are the year's pledges, as in one paragraph
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("turn", ["新的一年，", "今年，", "{y}年，", "展望{y}年，"])
@pytest.mark.parametrize("y,p,n,k,lv,src,boss", [(2022, "通榆县", "十八", "一", "县", "白城日报", "县长"),
                                               (2019, "婺源县", "十七", "四", "县", "上饶日报", "县长"),
                                               (2024, "黄冈市", "七", "三", "市", "黄冈日报", "市长")])
def test_news_sentences_set_apart_after_the_turn_to_the_year(sep, turn, y, p, n, k, lv, src, boss):
    head = _NEWS.format(p=p, n=n, k=k, y=y, y1=y - 1, d=7, d1=6, src=src, boss=boss, sep=sep, lv=lv)
    text = (head + turn.format(y=y) + f"全{lv}地区生产总值增长7%左右，一般公共预算收入增长6%。{sep}"
            f"新建标准化厂房5万平方米。{sep}新建改造农村公路150公里。{sep}完成造林6万亩，改造农村危房300户。{sep}"
            "报告还对加强政府自身建设作出了部署。\n")
    d = read(text, region=p, report_year=y)
    assert {("标准化厂房", 5, "万平方米"), ("农村公路", 150, "公里"), ("造林", 6, "万亩"), ("农村危房", 300, "户")} <= pledged(d)
    assert ("5G基站", 800, "个") not in pledged(d)  # (the year before's, before the turn)
    fs = keys_of(d)
    assert fs[("gdp", "target", str(y), "growth")].value == 7


# 2b. near-misses: a turn to a past year, or a sentence looking back between the turn and the line, pledges nothing
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("lead", ["{y1}年，全县地区生产总值增长5.1%。", "今年，全县地区生产总值增长7%左右。{sep}过去一年，全县新建乡村道路120公里。"])
def test_news_sentences_set_apart_after_a_past_year_or_a_look_back(sep, lead):
    y = 2023
    head = _NEWS.format(p="抚远市", n="二", k="五", y=y, y1=y - 1, d=8, d1=7, src="抚远市融媒体中心", boss="市长", sep=sep,
                        lv="市")
    text = head + lead.format(y1=y - 1, sep=sep) + f"{sep}新建高标准农田8万亩。{sep}改造农村公路60公里。\n"
    d = read(text, region="抚远市", report_year=y)
    assert not {("高标准农田", 8, "万亩"), ("农村公路", 60, "公里")} & pledged(d)
