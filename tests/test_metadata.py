"""Region, year, type, date and speaker: the gold of the examples and hand-written adversarial heads."""
from __future__ import annotations

import pytest

import planwatch

GOLD_FIELDS = ("region", "region_code", "level", "parent", "province", "doc_type", "report_year",
               "meeting_date", "speaker")

EXAMPLE_NAMES = ["000_2b931b19880bcc59.txt", "001_9d124d9e200a66e8.txt", "002_9ed11ab6f5e0d4fe.txt",
                 "003_fb1c67ca95303fe5.txt", "004_c3a01e0d5631b880.txt"]


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
@pytest.mark.parametrize("field", GOLD_FIELDS)
def test_examples_match_gold(examples_dir, gold_meta, name, field):
    doc = planwatch.read(examples_dir / name)
    assert getattr(doc.meta, field) == gold_meta[name][field]


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_examples_have_evidence(examples_dir, name):
    doc = planwatch.read(examples_dir / name)
    for field in ("region", "doc_type", "report_year"):
        ev = doc.meta.evidence[field]
        assert ev.value == getattr(doc.meta, field)
        assert ev.source in ("title", "byline", "body", "filename", "hint", "derived")
        if ev.start is not None:
            assert doc.text[ev.start:ev.end]  # offsets point into the text as read


def body(level_word: str, gov: str) -> str:
    return (f"各位代表：\n现在，我代表{gov}，向大会报告工作，请予审议，并请政协委员和其他列席人员提出意见。\n"
            f"一、过去一年工作回顾\n过去一年，{level_word}地区生产总值增长4.5%，一般公共预算收入增长6.1%。\n"
            f"二、今年工作安排\n{level_word}地区生产总值增长6%左右。\n")


def meta_of(text: str, name: str = "report.txt", **kw):
    return planwatch.read_text(text, name, **kw).meta


def test_guangxi_county():
    m = meta_of("政府工作报告\n——2023年1月10日在阳朔县第十七届人民代表大会第三次会议上\n\n"
                "阳朔县人民政府县长 李明\n\n" + body("全县", "县人民政府") + "在桂林市委和自治区党委的坚强领导下。")
    assert (m.region, m.region_code, m.level) == ("阳朔县", "450321", "county")
    assert (m.parent, m.province) == ("桂林市", "广西壮族自治区")
    assert (m.doc_type, m.report_year, m.meeting_date, m.speaker) == (
        "government_work_report", 2023, "2023-01-10", "李明")
    assert m.evidence["region"].source == "byline"


def test_province_report():
    m = meta_of("政府工作报告\n——2024年1月25日在河南省第十四届人民代表大会第二次会议上\n\n"
                "河南省省长 王凯\n\n" + body("全省", "省人民政府") + "郑州、洛阳、南阳等城市发展良好，郑州市、洛阳市。")
    assert (m.region, m.region_code, m.level, m.parent, m.province) == ("河南省", "410000", "province", None, "河南省")
    assert m.report_year == 2024 and m.meeting_date == "2024-01-25"
    assert m.speaker == "王凯"


def test_acting_mayor_byline_without_government():
    m = meta_of("政府工作报告\n——2024年1月8日在郑州市第十六届人民代表大会第三次会议上\n\n郑州市代市长 何雄\n\n"
                + body("全市", "市人民政府"))
    assert m.speaker == "何雄" and m.region == "郑州市"


def test_report_delivered_in_december_is_next_years():
    m = meta_of("政府工作报告\n——2020年12月28日在汝州市第十五届人民代表大会第六次会议上\n\n"
                "汝州市人民政府市长 张三\n\n" + body("全市", "市人民政府"))
    assert m.meeting_date == "2020-12-28"
    assert m.report_year == 2021
    assert (m.region, m.region_code, m.parent) == ("汝州市", "410482", "平顶山市")


def test_traditional_chinese_byline():
    text = ("政府工作報告\n——2023年1月12日在平頂山市第十四屆人民代表大會第二次會議上\n\n平頂山市人民政府市長 張雷明\n\n"
            "各位代表：\n現在，我代表市人民政府，向大會報告工作，請予審議，並請市政協委員和其他列席人員提出意見。\n"
            "一、2022年工作回顧\n過去一年，全市地區生產總值增長4.5%，經濟發展穩中向好，對外開放水準不斷提高，"
            "這是全市人民團結奮鬥的結果。\n二、2023年工作安排\n全市地區生產總值增長6.5%左右。")
    m = meta_of(text)
    assert (m.region, m.region_code, m.level) == ("平顶山市", "410400", "prefecture")
    assert (m.doc_type, m.report_year, m.meeting_date) == ("government_work_report", 2023, "2023-01-12")
    assert m.speaker == "张雷明"
    ev = m.evidence["meeting_date"]
    assert text[ev.start:ev.end] == "2023年1月12日"  # offsets into the traditional text as read


def test_historical_region_name():
    m = meta_of("政府工作报告\n——2018年1月8日在莱芜市第十八届人民代表大会第三次会议上\n\n莱芜市人民政府市长 王大海\n\n"
                + body("全市", "市人民政府") + "在山东省委、省政府的坚强领导下。")
    assert (m.region, m.region_code, m.level, m.province) == ("莱芜市", "371200", "prefecture", "山东省")
    assert m.report_year == 2018
    assert "historical" in m.evidence["region_code"].quote


def test_namesake_district_resolved_by_context():
    head = ("政府工作报告\n——2023年1月6日在鼓楼区第十八届人民代表大会第二次会议上\n\n鼓楼区人民政府区长 陈某\n\n")
    m = meta_of(head + body("全区", "区人民政府") + "在南京市委、市政府的坚强领导下，南京都市圈建设提速。")
    assert (m.region, m.region_code, m.parent, m.province) == ("鼓楼区", "320106", "南京市", "江苏省")
    m2 = meta_of(head + body("全区", "区人民政府") + "在福州市委、市政府的坚强领导下，福州都市圈建设提速。")
    assert (m2.region, m2.region_code, m2.parent) == ("鼓楼区", "350102", "福州市")


def test_filename_only():
    m = meta_of(body("全省", "省人民政府"), name="2026_河南省_政府工作报告.txt")
    assert (m.region, m.region_code, m.level, m.parent, m.province) == ("河南省", "410000", "province", None, "河南省")
    assert m.report_year == 2026
    assert m.doc_type == "government_work_report"
    assert m.meeting_date is None and m.speaker is None
    assert m.evidence["region"].source == "filename"
    assert m.evidence["report_year"].source == "filename"


def test_plan_report_title():
    m = meta_of("关于洛阳市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n"
                "——2024年1月9日在洛阳市第十六届人民代表大会第四次会议上\n\n洛阳市发展和改革委员会主任 赵某某\n\n"
                + body("全市", "市人民政府"))
    assert m.doc_type == "plan_report"
    assert (m.region, m.report_year, m.meeting_date) == ("洛阳市", 2024, "2024-01-09")


def test_overrides_win():
    m = meta_of(body("全市", "市人民政府"), overrides={"region": "开封市", "report_year": "2022"})
    assert (m.region, m.region_code, m.report_year) == ("开封市", "410200", 2022)
    assert m.evidence["region"].source == "override"


def test_no_region_at_all():
    m = meta_of("各位代表：现在我代表政府向大会报告工作，过去一年经济发展稳中向好，地区生产总值增长5%。")
    assert m.region is None and m.region_code is None
    # no title, but the opening "我代表政府向大会报告工作" only a government work report has
    assert m.doc_type == "government_work_report" and m.evidence["doc_type"].quote == "代表政府向大会报告工作"
