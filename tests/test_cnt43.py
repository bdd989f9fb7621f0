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


def _review(year: int, sent: str) -> str:
    """A county report's review holding SENT between two figures of the county's own, then the year's target."""
    return (f"一、{year - 1}年工作回顾\n{year - 1}年，全县一般公共预算收入增长3%。{sent}\n"
            f"二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n")


# (region, year, a town's lead of progress or honour, then a figure with no subject: the town's, not the county's)
_TOWN_LEADS = [
    ("博罗县", 2024, "园洲镇成功入选全国千强镇，实现地区生产总值186亿元。", "园洲镇", ("gdp", "level")),
    ("安溪县", 2022, "龙门镇综合实力持续提升，一般公共预算收入突破5亿元。", "龙门镇", ("general_budget_revenue", "level")),
    ("勐海县", 2023, "勐遮镇获评省级特色小镇，规模以上工业增加值增长18%。", "勐遮镇", ("industrial_va", "growth")),
    ("宜都市", 2025, "陆城街道加快发展，全年实现地区生产总值286亿元。", "陆城街道", ("gdp", "level")),
    ("容县", 2023, "石寨镇跻身全区百强镇，城镇新增就业达到2100人。", "石寨镇", ("urban_new_jobs", "level")),
]


@pytest.mark.parametrize("region,year,sent,town,key", _TOWN_LEADS)
def test_a_towns_lead_makes_the_figure_after_it_the_towns(region, year, sent, town, key):
    fs = facts(_review(year, sent), region=region, level="county", report_year=year)
    assert (key[0], "actual", str(year - 1), key[1]) not in fs
    assert any(k[0].startswith("other:" + town) for k in fs)
    assert val(fs, ("general_budget_revenue", "actual", str(year - 1), "growth")) == (3, "eq")


@pytest.mark.parametrize("sent,key,want", [
    # a kind of place or all the towns, no town named: the county's figure, as before
    ("新型城镇化加快推进，常住人口城镇化率达到58.6%。", ("urbanization_rate", "share"), (58.6, "eq")),
    ("小城镇建设提速，城镇新增就业5600人。", ("urban_new_jobs", "level"), (5600, "eq")),
    ("中国脐橙之乡建设持续推进，农村居民人均可支配收入增长7.2%。", ("rural_disposable_income", "growth"), (7.2, "eq")),
    ("全县乡镇经济加快发展，规模以上工业增加值增长8%。", ("industrial_va", "growth"), (8, "eq")),
    # the town's honour in a sentence of its own: the county's figure after the full stop
    ("园洲镇入选全国千强镇。全县实现地区生产总值186亿元。", ("gdp", "level"), (186, "eq")),
])
def test_town_lead_look_alikes(sent, key, want):
    fs = facts(_review(2024, sent), region="博罗县", level="county", report_year=2024)
    assert val(fs, (key[0], "actual", "2023", key[1])) == want
