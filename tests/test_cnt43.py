"""Whole county reports of the south and south-west, blind (cnt43, decision 292): a border county's trade named as its
dealings with abroad (外贸进出口总额, 对外贸易进出口, 外贸出口) after a port that opens the sentence was read as the port's
goods and dropped; a PDF's head line "XX县人民政府文件" (or a gazette's "XX市人民政府公报") gave the speaker "文件".
Each with look-alikes that must not change."""
import pytest

from factkeys import facts, read, val


def _plan(year: int, sent: str) -> str:
    """A county report's review line, then the year's targets and a task sentence."""
    return (f"一、{year - 1}年工作回顾\n{year - 1}年，全县地区生产总值增长5.2%。\n二、{year}年工作安排\n"
            f"今年主要预期目标是：地区生产总值增长7%左右。\n（五）扩大开放合作。{sent}\n")


# (region, level, year, the sentence, the key, the value): the trade after the port is the region's
_REGION_TRADE = [
    ("勐海县", 2023, "推进打洛口岸扩能升级，力争口岸进出口货运量突破45万吨，外贸进出口总额增长15%。",
     ("foreign_trade", "target", "2023", "growth"), (15, "eq")),
    ("凭祥市", 2024, "友谊关口岸进出口货运量力争突破600万吨，对外贸易进出口总额增长8%。",
     ("foreign_trade", "target", "2024", "growth"), (8, "eq")),
    ("东兴市", 2022, "东兴口岸出入境人员力争达到1200万人次，外贸进出口总值增长10%以上。",
     ("foreign_trade", "target", "2022", "growth"), (10, "at_least")),
    ("勐腊县", 2024, "磨憨口岸进出口货运量力争突破300万吨，外贸出口总额增长12%。",
     ("exports", "target", "2024", "growth"), (12, "eq")),
]


@pytest.mark.parametrize("region,year,sent,key,want", _REGION_TRADE)
def test_trade_called_the_regions_after_a_port_is_the_regions(region, year, sent, key, want):
    fs = facts(_plan(year, sent), region=region, level="county", report_year=year)
    assert val(fs, key) == want
    assert val(fs, ("gdp", "target", str(year), "growth")) == (7, "about")


def test_trade_called_the_regions_in_a_review_after_a_port():
    text = ("一、2022年工作回顾\n瑞丽口岸进出口货运量达到520万吨，增长12%，外贸进出口总额完成186亿元，增长9.5%。\n"
            "二、2023年工作安排\n今年主要预期目标是：地区生产总值增长7%左右。\n")
    fs = facts(text, region="瑞丽市", level="county", report_year=2023)
    assert val(fs, ("foreign_trade", "actual", "2022", "level")) == (186, "eq")
    assert val(fs, ("foreign_trade", "actual", "2022", "growth")) == (9.5, "eq")


@pytest.mark.parametrize("region,year,sent", [
    # the trade by its bare name after a port named: the port's goods, as before (decisions 265, 284)
    ("勐海县", 2023, "推进打洛口岸扩能升级，力争口岸进出口货运量突破45万吨，进出口总额增长15%。"),
    ("满洲里市", 2024, "满洲里口岸进出口货运量完成3150万吨，进出口贸易额增长12.4%。"),
    ("凭祥市", 2024, "友谊关口岸进出口货运量力争突破600万吨，进出口总值增长8%。"),
])
def test_bare_trade_after_a_port_stays_the_ports(region, year, sent):
    fs = facts(_plan(year, sent), region=region, level="county", report_year=year)
    assert ("foreign_trade", "target", str(year), "growth") not in fs


def test_money_after_a_port_stays_the_regions():
    # the region's investment after a port, with the trade called the region's between: both the region's
    fs = facts(_plan(2023, "打洛口岸进出口货运量突破45万吨，外贸进出口增长15%，实际利用外资增长5%。"),
               region="勐海县", level="county", report_year=2023)
    assert val(fs, ("foreign_trade", "target", "2023", "growth")) == (15, "eq")
    assert val(fs, ("fdi", "target", "2023", "growth")) == (5, "eq")


_BODY = "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2022年工作回顾\n2022年，全县地区生产总值增长5.2%。\n"


@pytest.mark.parametrize("head,region,year,speaker", [
    ("勐海县人民政府文件\n\n政府工作报告\n——2023年2月10日在勐海县第十七届人民代表大会第三次会议上\n"
     "勐海县人民政府县长　岩罕香\n\n", "勐海县", 2023, "岩罕香"),
    ("容县人民政府文件\n容政发〔2023〕3号\n\n政府工作报告\n——2023年1月12日在容县第十七届人民代表大会第三次会议上\n"
     "容县人民政府县长　陈立新\n\n", "容县", 2023, "陈立新"),
    ("瑞金市人民政府文件\n\n政府工作报告\n——2025年1月8日在瑞金市第十八届人民代表大会第五次会议上\n市长　钟华\n\n",
     "瑞金市", 2025, "钟华"),
    ("宜都市人民政府公报\n2025年第1期\n\n政府工作报告\n——2025年1月8日在宜都市第十届人民代表大会第五次会议上\n"
     "宜都市人民政府市长　向东升\n\n", "宜都市", 2025, "向东升"),
])
def test_a_documents_head_line_is_no_speaker(head, region, year, speaker):
    d = read(head + _BODY)
    assert (d.meta.region, d.meta.report_year, d.meta.speaker) == (region, year, speaker)


@pytest.mark.parametrize("head,speaker", [
    # no speaker's line: none, rather than the paper's kind
    ("勐海县人民政府文件\n\n政府工作报告\n——2023年2月10日在勐海县第十七届人民代表大会第三次会议上\n\n", None),
    # a name that opens with 文 is still a name
    ("政府工作报告\n——2023年2月10日在勐海县第十七届人民代表大会第三次会议上\n勐海县人民政府县长　文建华\n\n", "文建华"),
])
def test_head_line_look_alikes(head, speaker):
    assert read(head + _BODY).meta.speaker == speaker
