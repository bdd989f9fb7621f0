"""Session city21: whole prefecture-city work reports (2019, 2022, 2025) read blind — the classes their errors fell in.

- an ordinal of a run of items (一是…十是) before whom a service is for: the service is the object, not the ordinal;
- principles and bottom lines counted (五项基本原则, 三条底线) are the report's own list, no pledge;
- a milestone level passed (突破75万户) yields to a level stated later, not to what the stock gained (新增8.6万户);
- qualitative words said of a flow's share of a larger whole (出口占全国份额稳中有升) are no target of the flow.
"""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

TASKS = "三、2019年重点工作\n（八）着力保障和改善民生\n"


# the service counted by those it is for, in a run of items opened by 一是…十是
@pytest.mark.parametrize("item,obj,value,unit", [
    ("五是为6万名城乡困难群众提供免费体检", "免费体检", 6, "万名"),
    ("十是为10万名农村适龄妇女免费进行“两癌”筛查", "“两癌”筛查", 10, "万名"),
    ("三是为2万名新生儿免费听力筛查", "免费听力筛查", 2, "万名"),
])
def test_service_after_an_ordinal_of_a_run(item, obj, value, unit):
    text = TASKS + "3.办好十件民生实事。一是新建改造农村公路1000公里；二是新建城市公共停车场30处；" + item + "。\n"
    got = pledged(read(text, report_year=2019))
    assert (obj, value, unit) in got
    assert not any(o.endswith("是为") for o, _, _ in got)


def test_the_same_service_without_an_ordinal_is_unchanged():
    text = TASKS + "为6万名城乡困难群众提供免费体检。\n"
    assert ("免费体检", 6, "万名") in pledged(read(text, report_year=2019))


# (a look-alike: a count after 是 that is not an ordinal of a run)
def test_a_count_after_another_shi_is_still_read():
    text = TASKS + "今年的重点是新建城市公共停车场30处。\n"
    assert ("城市公共停车场", 30, "处") in pledged(read(text, report_year=2019))


@pytest.mark.parametrize("sent", [
    "为此，要坚持抓好五项基本原则：坚持项目为王、坚持制造立市、坚持创新驱动、坚持共富共享、坚持统筹发展和安全。",
    "我们要坚持底线思维，统筹发展和安全，坚决守住安全生产、生态环保、社会稳定三条底线。",
    "必须牢牢把握三个原则。",
])
def test_principles_and_bottom_lines_counted_are_no_pledge(sent):
    text = "三、2022年工作安排\n（一）聚力稳进提质\n" + sent + "新建城市道路50公里。\n"
    got = pledged(read(text, report_year=2022))
    assert got == {("城市道路", 50, "公里")}


# (look-alikes: a count of works that guard a line is pledged)
def test_works_named_with_a_line_are_still_pledged():
    text = "三、2022年工作安排\n（六）聚力生态优先\n新建防洪堤防50公里，完成海塘安澜工程50公里。\n"
    got = pledged(read(text, report_year=2022))
    assert ("防洪堤防", 50, "公里") in got


REVIEW5 = ("一、过去五年工作回顾\n——这五年，是改革开放纵深推进的五年。市场主体总数突破75万户，其中企业25.6万家。\n"
           "二、2021年工作回顾\n全年实现地区生产总值5786.2亿元，增长8.8%。新增市场主体8.6万户。")


def test_a_milestone_does_not_yield_to_what_the_stock_gained():
    fs = facts(REVIEW5 + "\n", report_year=2022, region="台州市", level="prefecture")
    assert val(fs, ("market_entities", "actual", "2021", "level")) == (75, "at_least")


def test_a_milestone_still_yields_to_the_level_stated_later():
    fs = facts(REVIEW5 + "全年新设企业3.2万家，市场主体总数达到76.8万户。\n", report_year=2022, region="台州市",
               level="prefecture")
    assert val(fs, ("market_entities", "actual", "2021", "level")) == (76.8, "eq")


def test_what_a_stock_gained_alone_is_still_read():
    fs = facts("二、2021年工作回顾\n新增市场主体8.6万户。\n", report_year=2022, region="台州市", level="prefecture")
    assert val(fs, ("market_entities", "actual", "2021", "level")) == (8.6, "eq")


TARGETS = "四、2022年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n（一）稳定外贸外资\n"


@pytest.mark.parametrize("sent", [
    "实施外贸主体培育行动，新增外贸实绩企业800家，出口占全国份额稳中有升。",
    "出口市场份额稳步提高。",
    "出口占全省比重持续提高。",
])
def test_words_on_a_share_of_a_larger_whole_are_no_target_of_the_flow(sent):
    fs = facts(TARGETS + sent + "\n", report_year=2022, region="台州市", level="prefecture")
    assert ("exports", "target", "2022", "growth") not in fs


@pytest.mark.parametrize("sent,iid", [
    ("出口稳中有升。", "exports"),
    ("外贸进出口稳中提质，出口市场份额稳步提高。", "foreign_trade"),
])
def test_words_on_the_flow_itself_stay_a_qualitative_target(sent, iid):
    fs = facts(TARGETS + sent + "\n", report_year=2022, region="台州市", level="prefecture")
    f = fs[(iid, "target", "2022", "growth")]
    assert f.value is None and f.qualifier == "qualitative"


# a place right after a year's own figure, after a span's held level in the same sentence: that year's place
FIVE = "一、过去五年工作回顾\n{}\n二、今后五年目标\n今后五年，全市人均生产总值年均增长6%以上。\n"


def test_a_rank_after_a_dated_level_takes_its_year():
    fs = facts(FIVE.format("过去五年，粮食总产量连续五年稳定在240亿斤以上，2021年达到253.8亿斤，居全省第2位。"), report_year=2022)
    assert val(fs, ("grain_output", "actual", "2021", "rank")) == (2, "eq")
    assert ("grain_output", "actual", "2017-2021", "rank") not in fs
    assert val(fs, ("grain_output", "actual", "2021", "level")) == (253.8, "eq")


@pytest.mark.parametrize("sent,iid", [
    ("过去五年，粮食总产量连续五年稳定在240亿斤以上，居全省第2位。", "grain_output"),
    ("五年来，地区生产总值年均增长6.5%，增速居全省第3位。", "gdp"),
    ("五年累计完成固定资产投资1280亿元，总量居全省第2位。", "fixed_asset_investment"),
])
def test_a_rank_right_after_a_spans_figure_keeps_the_span(sent, iid):
    fs = facts(FIVE.format(sent), report_year=2022)
    assert (iid, "actual", "2017-2021", "rank") in fs


@pytest.mark.parametrize("sent,obj,value", [
    ("全年送戏下乡4000场。", "送戏下乡", 4000),
    ("送文化下乡500场，放映农村公益电影2万场。", "送文化下乡", 500),
])
def test_shows_taken_to_the_villages_are_pledged(sent, obj, value):
    text = "三、2022年重点工作\n（八）繁荣文化事业\n" + sent + "\n"
    assert (obj, value, "场") in pledged(read(text, report_year=2022))


def test_shows_taken_to_the_villages_last_year_are_no_pledge():
    text = "一、2021年工作回顾\n文化事业繁荣发展，全年送戏下乡1620场。\n二、2022年重点工作\n新建城市书房20个。\n"
    got = pledged(read(text, report_year=2022))
    assert not any(v == 1620 for _, v, _ in got)


@pytest.mark.parametrize("sent,obj,value,qual", [
    ("深化小微金改，小微企业贷款余额增长15%，普惠小微贷款增量300亿元。", "普惠小微贷款", 300, "eq"),
])
def test_what_a_loan_balance_grows_by_is_pledged(sent, obj, value, qual):
    text = "四、2022年工作安排\n（四）聚力改革攻坚\n" + sent + "\n"
    d = read(text, report_year=2022)
    assert (obj, value, "亿元") in pledged(d)
    assert next(p for p in d.pledges if p.value == value).qualifier == qual


@pytest.mark.parametrize("sent", [
    "推动存量和增量项目建设，新增贷款500亿元。",
    "坚持盘活存量与做优增量并举，新增贷款500亿元。",
])
def test_zengliang_as_a_word_of_kinds_pledges_nothing_of_its_own(sent):
    text = "四、2022年工作安排\n（四）聚力改革攻坚\n" + sent + "\n"
    assert pledged(read(text, report_year=2022)) == {("贷款", 500, "亿元")}


# (found on the holdout after its blind score was taken; fixed as a class of names, reported apart)
@pytest.mark.parametrize("sent,value", [
    ("全年实际到位省外产业招商资金610亿元，增长12.3%，总量居全省第2位。", 610),
    ("省外产业招商引资实际到位资金完成520亿元，增长8%。", 520),
])
def test_funds_drawn_by_investment_promotion_from_outside_the_province(sent, value):
    fs = facts("一、2024年工作回顾\n" + sent + "\n二、2025年重点工作\n新建城市书房20个。\n", report_year=2025)
    assert val(fs, ("domestic_investment_inflow", "actual", "2024", "level")) == (value, "eq")


def test_projects_signed_by_investment_promotion_are_no_inflow():
    fs = facts("一、2024年工作回顾\n全年新签约招商引资项目286个，协议投资额1860亿元。\n二、2025年重点工作\n新建城市书房20个。\n",
               report_year=2025)
    assert not any(k[0] == "domestic_investment_inflow" for k in fs)
