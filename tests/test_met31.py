"""Session met31: metadata that is hard to settle, blind (ten reports of renamed, merged and namesake regions,
budget and plan reports, news digests with two dates). The metadata held; what the round found: an order after
数/几 counts no number, and an office or a site's footer role is no speaker."""
from __future__ import annotations

import pytest

from factkeys import facts, read


def _county(body: str) -> str:
    return ("政府工作报告\n——2021年1月8日在县第十八届人民代表大会第五次会议上\n\n各位代表：\n"
            "现在，我代表县人民政府向大会报告工作，请予审议。\n一、2020年工作回顾\n" + body + "\n")


# "数十亿元", "几百家", "数千万元": an order after 数/几 says only "some of it", no value to read
@pytest.mark.parametrize("body, key", [
    ("五年来，全县累计投入民生资金数十亿元，办成了一批民生实事。", ("livelihood_expenditure", "actual")),
    ("全年全县接待游客数十万人次，旅游业加快发展。", ("tourist_visits", "actual")),
    ("全年全县实际利用外资几十亿美元，开放水平不断提高。", ("fdi", "actual")),
])
def test_an_order_after_shu_or_ji_is_no_figure(body, key):
    fs = facts(_county(body))
    assert not [k for k in fs if k[:2] == key and fs[k].value is not None], fs


@pytest.mark.parametrize("body, key, value", [
    # (a count whose word 总数 runs into the numeral stays a number: "总数十二万户" is 12 万户)
    ("全县市场主体总数十二万户。", ("market_entities", "actual", "2020", "level"), 12),
    ("全县一般公共预算收入十亿元，增长3%。", ("general_budget_revenue", "actual", "2020", "level"), 10),
])
def test_a_numeral_not_after_shu_or_ji_is_still_read(body, key, value):
    fs = facts(_county(body))
    assert fs[key].value == value


# an office presenting a budget or plan report, on the line under the byline, or a site's footer role, is no speaker
@pytest.mark.parametrize("head, foot", [
    ("关于2020年预算执行情况和2021年预算草案的报告\n——2021年1月8日在县第十八届人民代表大会第五次会议上\n县财政局\n", ""),
    ("关于2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n——2021年1月8日在市第十五届人民代表大会第五次会议上\n"
     "市发展和改革委员会\n", ""),
    ("政府工作报告\n", "\n乌兰县人民政府  主办\n"),
    ("政府工作报告\n", "\n海晏县人民政府 承办\n"),
])
def test_an_office_or_a_footer_role_is_no_speaker(head, foot):
    text = (head + "\n各位代表：\n受县人民政府委托，现将有关情况报告如下，请予审议。\n"
            "2020年，全县一般公共预算收入完成3.2亿元，增长4.1%。" + foot)
    assert read(text).meta.speaker is None


def test_a_name_under_the_byline_is_still_the_speaker():
    text = ("政府工作报告\n——2021年1月8日在县第十八届人民代表大会第五次会议上\n县长  王立新\n\n各位代表：\n"
            "现在，我代表县人民政府向大会报告工作，请予审议。\n2020年，全县一般公共预算收入完成3.2亿元，增长4.1%。\n")
    assert read(text).meta.speaker == "王立新"


def _excerpt(body: str, word: str = "区") -> str:
    # an excerpt whose head names no region (the page's title and footer cut away): mentions in the body decide
    return (f"政府工作报告\n——2023年1月10日在{word}第十八届人民代表大会第三次会议上\n\n各位代表：\n"
            f"现在，我代表{word}人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n"
            f"过去一年，全{word}一般公共预算收入完成12.6亿元，增长3.1%。{body}全{word}城镇新增就业5600人。\n"
            f"二、2023年工作安排\n全{word}一般公共预算收入增长5%左右。\n")


# a division named as a partner ("与江北区、渝北区协同联动", "加强与泾阳县的合作") is another region, no vote for the report's
def test_a_partner_named_alone_is_not_the_report_region():
    m = read(_excerpt("加强与江北区、渝北区的协同联动，共建两江新区核心区。")).meta
    assert m.region not in ("江北区", "渝北区")
    m = read(_excerpt("中心城区与武侯区联动发展，深化与武侯区合作共建产业园。")).meta
    assert m.region != "武侯区"


def test_the_region_named_once_outranks_a_partner_named_twice():
    body = "三原县工业园区扩区调位获批。深化与泾阳县的合作，与泾阳县共建清河产业带，与泾阳县协同推进清峪河治理。"
    m = read(_excerpt(body, "县")).meta
    assert (m.region, m.region_code) == ("三原县", "610422")


def test_a_name_before_the_partner_word_still_votes():
    # (the subject before 与 is the report's: only the names after 与/同 are partners; 参与 joins none)
    m = read(_excerpt("高陵区与临潼区、阎良区协同推进泾河新城建设，积极参与高陵区工业园区建设。")).meta
    assert (m.region, m.region_code) == ("高陵区", "610117")
