"""Traditional-character pages restating mainland reports, blind (nws44, decision 307): a Hong Kong, Macao or Taiwan
page sets an analyst's words beside the report's ("渣打銀行首席經濟師表示，預計今年…增長4.6%", "他預期全年進出口增速將放緩至
3%左右"), whose figures were read as the report's targets; a deficit's rate with its change against last year's in words
after a comma ("赤字率擬按3.2%左右安排，比去年有所下調；") was read as looking back and not pledged; and last year's range
target after 低於去年的 ("定為6.5%左右，低於去年的6.5%至7%區間") was lost. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val

_GD = ("【香港商報網訊】記者黃裕明廣州報道：廣東省十三屆人大二次會議昨日在廣州開幕，省長馬興瑞作政府工作報告。"
       "報告提出，2019年全省地區生產總值增長6%-6.5%，社會消費品零售總額增長8.5%。\n\n")
_FJ = ("（中央社記者李雅雯台北13日電）中國大陸福建省第十四屆人民代表大會第一次會議今天在福州開幕，代理省長趙龍作政府工作報告"
       "指出，2022年福建地區生產總值增長4.7%；今年全省地區生產總值增長6%左右。\n\n")


# (head, an analyst's paragraph, a key it must not give)
_COMMENTS = [
    (_GD, "對於今年的目標，香港中文大學經濟學教授表示，外需存在變數；他預期全年進出口增速將放緩至3%左右。",
     ("foreign_trade", "target", "2019", "growth")),
    (_GD, "另有學者認為，今年廣東出口增速料逾10%。", ("exports", "target", "2019", "growth")),
    (_GD, "瑞銀策略師預計，今年廣東固定資產投資增長8%左右。", ("fixed_asset_investment", "target", "2019", "growth")),
    (_FJ, "分析人士指出，福建今年外貿進出口有望增長5%。", ("foreign_trade", "target", "2023", "growth")),
    (_FJ, "野村首席經濟學家接受本報訪問時說，福建今年固定資產投資料增長3%。",
     ("fixed_asset_investment", "target", "2023", "growth")),
    (_FJ, "澳門經濟學會理事長表示，福建今年社會消費品零售總額有望突破2.4兆元。",
     ("retail_sales", "target", "2023", "level")),
]


@pytest.mark.parametrize("head,para,key", _COMMENTS)
def test_an_analysts_figures_are_not_the_reports(head, para, key):
    fs = keys_of(read(head + para))
    assert key not in fs
    assert ("gdp", "target", key[2], "growth") in fs  # the report's own target kept


@pytest.mark.parametrize("head,para,key,value", [
    # the report speaks again after the analyst, in the same paragraph: its figures are the report's
    (_GD, "對於今年的目標，經濟學家認為並不容易。報告還提出，全年進出口增長3%。",
     ("foreign_trade", "target", "2019", "growth"), (3, "eq")),
    # the next paragraph is the report's again
    (_GD, "中銀香港研究員表示，目標務實。\n\n今年廣東固定資產投資增長10%。",
     ("fixed_asset_investment", "target", "2019", "growth"), (10, "eq")),
    # a title's name in a report, no one's words ("研究員稱號"), nor a meeting ("專家說明會")
    (_GD, "今年將召開專家說明會，固定資產投資增長10%。", ("fixed_asset_investment", "target", "2019", "growth"), (10, "eq")),
    (_GD.replace("2019年", "2018年") + "去年全省新增正高級研究員稱號120人，研發經費支出佔地區生產總值比重2.65%。",
     "", ("rnd_intensity", "actual", "2017", "share"), (2.65, "eq")),
    # the governor's own words are the report's
    (_GD, "省長馬興瑞表示，今年固定資產投資增長10%。", ("fixed_asset_investment", "target", "2019", "growth"), (10, "eq")),
])
def test_the_reports_figures_around_an_analyst_are_kept(head, para, key, value):
    assert val(keys_of(read(head + para)), key) == value


@pytest.mark.parametrize("para,gone,kept", [
    ("渣打銀行首席經濟師表示，預計今年廣東固定資產投資增長8%，新建5G基站料達2萬座。", ("5G基站料", 2, "万座"), None),
    ("澳門經濟學會理事長表示，今年廣東計劃引進澳資項目30個，澳門企業可把握機遇。", ("澳资项目", 30, "个"), None),
    ("有經濟學者指出，報告提出今年新建5G基站1萬座，力度空前。", None, ("5G基站", 1, "万座")),
    ("專家表示，目標務實。\n\n今年全省將新建5G基站1萬座。", None, ("5G基站", 1, "万座")),
])
def test_an_analysts_counts_are_not_pledged(para, gone, kept):
    ps = pledged(read(_GD + para))
    if gone:
        assert gone not in ps and not any(o == gone[0].rstrip("料") for o, _, _ in ps)
    if kept:
        assert kept in ps


_NAT = "新華社北京3月5日電　國務院總理李克強5日在十三屆全國人大四次會議上作政府工作報告。\n\n"


@pytest.mark.parametrize("sentence,rate", [
    ("財政方面，今年赤字率擬按3.2%左右安排，比去年有所下調，不再發行抗疫特別國債；擬安排地方政府專項債券3.65萬億元。", 3.2),
    ("今年赤字率拟按2.8%左右安排，较上年略有下调；拟安排地方政府专项债券3.65万亿元，与去年持平。", 2.8),
    ("今年赤字率擬按3%安排，比去年有所提高。擬安排地方政府專項債券3.8萬億元。", 3),
    ("今年赤字率拟按3%安排，与上年持平；拟安排地方政府专项债券3.9万亿元。", 3),
])
def test_a_deficit_rate_with_its_change_in_words_is_pledged(sentence, rate):
    ps = pledged(read(_NAT + sentence))
    assert ("赤字率", rate, "%") in ps
    assert any(o == "地方政府专项债券" for o, _, _ in ps)


@pytest.mark.parametrize("sentence", [
    "去年赤字率按3.6%以上安排，比上年有所提高。",  # last year's, no proposal
    "今年赤字率拟按2.8%左右安排，比去年有所下调的原因是经济恢复。",  # the change is a subject, not an aside
])
def test_no_deficit_pledged_where_the_sentence_looks_back(sentence):
    assert not any(o == "赤字率" for o, _, _ in pledged(read(_NAT + sentence)))


_TW = "（中央社台北5日電）中國大陸國務院總理李克強今天在十二屆全國人大五次會議上作政府工作報告，"


@pytest.mark.parametrize("clause", [
    "將今年經濟增長目標定為6.5%左右，低於去年的6.5%至7%區間。",
    "將今年經濟增長目標定為6.5%左右，略低於去年的6.5%-7%。",
    "將今年經濟增長目標定為6.5%左右，較去年的「6.5%至7%」有所下調。",
])
def test_last_years_range_target_after_a_comparison(clause):
    fs = keys_of(read(_TW + clause))
    assert val(fs, ("gdp", "target", "2017", "growth")) == (6.5, "about")
    assert val(fs, ("gdp", "target", "2016", "growth")) == (6.5, 7, "range")


@pytest.mark.parametrize("clause", [
    "將今年經濟增長目標定為6.5%左右，低於去年的6.7%實際增速。",  # one value after 低於: a result as often
    "經濟增長6.5%左右，低於去年的6.5%至7%。",  # no target word before: no reading
])
def test_no_last_years_target_from_a_single_value_or_without_a_target(clause):
    fs = keys_of(read(_TW + clause))
    assert val(fs, ("gdp", "target", "2017", "growth")) == (6.5, "about")
    assert ("gdp", "target", "2016", "growth") not in fs
