"""An adversarial review of decisions 544, 545 and 549, blind (adv64e, decision 555): 抚州市's plan report 2025 as a PDF
layer with a space-split table, 湘潭市's 2023 report (its mayor also the 高新区's secretary, the zone's own figures named),
龙岩市's 2026 report as a news page whose lead is wrapped. Fixed here: (a) a prefecture's head having the mayor speak for a
高新区's committee beside the government ("我代表市人民政府、湘潭高新区管委会"): decision 545's `_head_second_name` made the
zone the city's second name and its figures ("高新区地区生产总值…") the city's; a zone whose area is a division's is a
county-level one's, so the head is read for county-level divisions only; (b) a news lead wrapped so that a break ends a
line inside or after the speaker's name ("市长王强代\\n表…", "…作政\\n府工作报告"): the byline pattern read the line's
tail as a name ("王强代", "作政", "工作报"); (c) a byline whose second office is a party body's secretary ("市长、湘潭高新区
党工委书记　陈志刚"): no speaker. The look-alikes keep what they gave."""
import pytest

from factkeys import key_values, read


def _city(head_office: str, opening: str, review: str) -> str:
    return ("政府工作报告\n——2023年1月10日在湘潭市第十六届人民代表大会第三次会议上\n"
            f"{head_office}　陈志刚\n\n各位代表：\n现在，{opening}，向大会报告工作，请予审议。\n一、2022年工作回顾\n{review}\n"
            "二、2023年主要目标任务\n今年全市主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%。"
            "高新区地区生产总值增长10%以上。\n")


_ZONE_REVIEW = "过去一年，全市一般公共预算收入完成155.8亿元，增长6.1%。高新区地区生产总值完成486.3亿元，增长8.5%；高新区规模以上工业增加值增长9.6%，高新技术企业达到412家。"


# (a) a prefecture's zone its head has the mayor speak for is a part (failed on the base: the zone's figures the city's)
@pytest.mark.parametrize("office, opening", [
    ("湘潭市人民政府市长、湘潭高新区党工委书记", "我代表市人民政府、湘潭高新区管委会"),
    ("湘潭市人民政府市长", "我代表湘潭高新区管委会、市人民政府"),
    ("湘潭市人民政府市长", "我代表市人民政府和湘潭经开区管委会"),
])
def test_prefecture_zone_in_head_stays_a_part(office, opening):
    text = _city(office, opening, _ZONE_REVIEW.replace("高新区", "经开区") if "经开区" in opening else _ZONE_REVIEW)
    kv = key_values(read(text))
    assert ("gdp", "actual", "2022", "level") not in kv and ("gdp", "actual", "2022", "growth") not in kv, kv
    assert ("industrial_va", "actual", "2022", "growth") not in kv
    assert ("high_tech_enterprises", "actual", "2022", "level") not in kv
    assert kv[("gdp", "target", "2023", "growth")] == (6.5, "about")  # (the city's, not the zone's 10%)
    assert kv[("general_budget_revenue", "actual", "2022", "level")] == (155.8, "eq")


# look-alike (the same on the base): a county-level division run as one with its zone calls itself by the zone's word
def test_county_zone_in_head_still_the_division():
    text = ("政府工作报告\n——2021年1月12日在济源市第十二届人民代表大会第五次会议上\n市长　陈明\n\n各位代表：\n"
            "现在，我代表市人民政府、济源示范区管委会，向大会报告工作。\n2020年，示范区地区生产总值完成703.2亿元，增长3.1%。\n")
    kv = key_values(read(text))
    assert kv[("gdp", "actual", "2020", "level")] == (703.2, "eq")


_NEWS = ("龙岩市第六届人民代表大会第六次会议开幕\n来源：龙岩新闻网　发布时间：2026-01-06 18:20\n\n{lead}\n\n"
         "报告指出，2025年，全市地区生产总值完成3765.2亿元，增长5.8%。\n\n"
         "报告提出，2026年全市经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n")
_LEAD = "1月6日上午，龙岩市第六届人民代表大会第六次会议在市会议中心开幕。市委副书记、市长{name}代表市人民政府作政府工作报告。"


def _wrapped(name: str, width: int) -> str:
    lead = _LEAD.format(name=name)
    return _NEWS.format(lead="\n".join(lead[k:k + width] for k in range(0, len(lead), width)))


# (b) a lead wrapped so that a line ends inside or right after words read as a byline's name (failed on the base:
# 王强代, 作政, 工作报, 王志强代)
@pytest.mark.parametrize("name, width", [("王强", 8), ("王强", 11), ("王强", 13), ("王志强", 9), ("欧阳明", 7)])
def test_wrapped_lead_speaker(name, width):
    d = read(_wrapped(name, width))
    assert d.meta.speaker == name
    assert d.meta.region == "龙岩市" and d.meta.report_year == 2026


# look-alikes (the same on the base): the lead whole, wrapped inside the name, and a byline whose name closes its line
@pytest.mark.parametrize("name, width", [("王强", 200), ("王强", 21), ("王志强", 14)])
def test_wrapped_lead_lookalikes(name, width):
    assert read(_wrapped(name, width)).meta.speaker == name


def test_byline_name_closing_its_line():
    text = _city("湘潭市人民政府市长", "我代表市人民政府", "过去一年，全市地区生产总值增长4.6%。").replace("陈志刚\n\n", "陈志刚\n")
    assert "陈志刚\n各位代表" in text  # (the name closes its line, a Chinese character opens the next)
    assert read(text).meta.speaker == "陈志刚"


# (c) a byline whose second office is a party body's secretary (failed on the base: no speaker)
@pytest.mark.parametrize("office", ["湘潭市人民政府市长、湘潭高新区党工委书记", "市长、高新区党工委书记", "湘潭市人民政府市长、市委副书记"])
def test_byline_party_second_office(office):
    d = read(_city(office, "我代表市人民政府", "过去一年，全市地区生产总值增长4.6%。"))
    assert d.meta.speaker == "陈志刚"


# look-alikes (the same on the base): a party secretary alone is no government's speaker; the office with no name
@pytest.mark.parametrize("office, speaker", [("市委书记", None), ("中共湘潭市委书记", None),
                                             ("湘潭高新区党工委书记、管委会主任", "陈志刚")])
def test_byline_party_lookalikes(office, speaker):
    assert read(_city(office, "我代表市人民政府", "过去一年，全市地区生产总值增长4.6%。")).meta.speaker == speaker


def test_byline_office_without_name():
    text = _city("湘潭市人民政府市长、湘潭高新区党工委书记", "我代表市人民政府", "过去一年，全市地区生产总值增长4.6%。")
    text = text.replace("党工委书记　陈志刚", "党工委书记")
    assert read(text).meta.speaker is None
