"""Region, year, type, date and speaker: the gold of the examples and hand-written adversarial heads."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# --- classes of unseen reports: hand-written heads in the shapes the dev set showed

NATIONAL_BYLINE = ("政府工作报告\n\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n国务院总理　\n李　强\n\n"
                   "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n"
                   "一、2023年工作回顾\n过去一年，我国国内生产总值增长5.2%。香港、澳门保持繁荣稳定，澳门特别行政区经济回升。\n")


def test_state_council_report_with_byline():
    m = meta_of(NATIONAL_BYLINE)
    assert (m.region, m.region_code, m.level, m.parent, m.province) == ("中华人民共和国", "100000", "national", None, None)
    assert (m.doc_type, m.report_year, m.meeting_date, m.speaker) == ("government_work_report", 2024, "2024-03-05", "李强")


def test_state_council_report_without_title_or_byline():
    m = meta_of("各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n\n"
                "一、2015年工作回顾\n过去一年，我国发展面临多重困难。全国各族人民攻坚克难。\n"
                "二、2016年重点工作\n国内生产总值增长6.5%—7%。\n")
    assert (m.region, m.level, m.province) == ("中华人民共和国", "national", None)
    assert (m.doc_type, m.report_year, m.speaker, m.meeting_date) == ("government_work_report", 2016, None, None)
    assert m.evidence["region"].quote == "我代表国务院"
    assert "region" not in m.inferred  # stated by the opening, not guessed from mentions


def test_state_council_report_in_the_news():
    m = meta_of("3月5日，十四届全国人大二次会议在人民大会堂开幕，国务院总理李强作政府工作报告。"
                "报告提出，2024年发展主要预期目标是：国内生产总值增长5%左右。")
    assert (m.region, m.level, m.report_year, m.meeting_date, m.speaker) == (
        "中华人民共和国", "national", 2024, "2024-03-05", "李强")


def test_local_report_mentioning_the_country_is_not_national():
    m = meta_of("政府工作报告\n——2023年1月6日在鼓楼区第十八届人民代表大会第二次会议上\n区长 陈某\n"
                "各位代表：现在，我代表区人民政府向大会报告工作。\n一、2022年工作回顾\n在国务院的关心支持下，"
                "我区获评全国文明城市，全国第一，国务院总理来我区考察。全区地区生产总值增长5%。在福州市委的领导下。\n")
    assert (m.region, m.region_code, m.level) == ("鼓楼区", "350102", "county")


def test_parent_named_first_in_byline_and_title():
    m = meta_of("政府工作报告\n——2022年1月5日在绵阳市游仙区第六届人民代表大会第三次会议上\n\n"
                "游仙区人民政府区长 王五\n\n各位代表：现在，我代表区人民政府向大会报告工作。绵阳市委、四川省委高度重视。\n")
    assert (m.region, m.region_code, m.parent, m.province) == ("游仙区", "510704", "绵阳市", "四川省")
    m = meta_of("(福建省)2021年三明市人民政府工作报告(全文)\n三明市人民政府市长余红胜GG6\n各位代表:GG6\n"
                "现在,我代表市人民政府向大会报告政府工作。福建省委、福建省政府的领导下,福建全省。\n")
    assert (m.region, m.level, m.report_year, m.speaker) == ("三明市", "prefecture", 2021, "余红胜")


def test_anonymous_byline_with_short_name_only():
    m = meta_of("政 府 工 作 报 告\n(2023年1月6日在县第十八届人民代表大会第二次会议上)\n县长 崔华明\n各位代表：\n"
                "现在，我代表县人民政府向大会报告工作。\n一、2022年工作回顾\n2022年是黎平发展史上极不平凡的一年。"
                "在省委省政府、州委州政府和县委的坚强领导下，全县上下深入学习贯彻习近平总书记视察贵州重要讲话精神，"
                "黎平经济稳中向好。\n", name="report.txt")
    assert (m.region, m.region_code, m.level, m.parent) == ("黎平县", "522631", "county", "黔东南苗族侗族自治州")
    assert (m.report_year, m.meeting_date, m.speaker) == (2023, "2023-01-06", "崔华明")


def test_month_day_dateline_year_from_reviewed_year():
    doc = planwatch.read_text("其他\n▲2月3日，三亚市崖州区第二届人民代表大会第七次会议隆重开幕。▲崖州区人民政府区长冯强代表区政府"
                              "向大会作政府工作报告。冯强在回顾2020年和“十三五”工作时说，全区上下直面挑战。", "news.txt")
    m = doc.meta
    assert (m.region, m.parent, m.doc_type) == ("崖州区", "三亚市", "government_work_report")
    assert (m.report_year, m.meeting_date, m.speaker) == (2021, "2021-02-03", "冯强")
    line = doc.document_line()
    assert line["inferred"]["report_year"] == "reviewed year 2020 + 1"
    assert "year not stated" in line["inferred"]["meeting_date"]
    ev = m.evidence["meeting_date"]
    assert doc.text[ev.start:ev.end] == "2月3日"


def test_december_dateline_is_next_years_report():
    m = meta_of("12月28日，辽阳县第十六届人民代表大会第三次会议开幕，县长罗奎亮作政府工作报告。"
                "报告说，2019年全县经济稳中向好，预计全年地区生产总值增长6%。")
    assert (m.region, m.report_year, m.meeting_date, m.speaker) == ("辽阳县", 2020, "2019-12-28", "罗奎亮")


def test_year_from_the_plan_period_and_from_the_target_list():
    m = meta_of("各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去一年工作回顾\n过去一年，全县地区生产总值增长5%。\n"
                "二、今年工作安排\n今年是“十四五”规划开局之年。全县地区生产总值增长6%。")
    assert m.report_year == 2021 and "five-year plan" in m.inferred["report_year"]
    # a multi-year goal (到2025年…目标) and an achieved target (2018年…目标圆满实现) do not name the year
    m = meta_of("报告指出，2018年全省各项目标圆满实现。到2025年主要目标是全面建成。"
                "2019年，河北经济社会发展的主要预期目标是：全省生产总值增长6.5%左右。")
    assert m.report_year == 2019


def test_plan_report_without_title():
    m = meta_of("根据全省发展改革工作会议和市委十一届九次全体会议精神，我委起草了2020年全市国民经济和社会发展计划草案，"
                "已经市十五届人民代表大会第六次会议审议通过。\n一、2019年国民经济和社会发展计划执行情况\n"
                "2019年，全市经济社会发展总体平稳，南昌发展势头良好，江西全省。\n", name="plan.txt")
    assert (m.doc_type, m.report_year) == ("plan_report", 2020)


def test_traditional_head_with_pinyin_residue():
    text = ("點(diǎn)擊查閱更多2020年地方政府工作報(bào)告\n政府工作報(bào)告\n"
            "——2020年1月16日在天水市第七屆人民代表大會(huì)第五次會(huì)議上\n天水市人民政府市長(zhǎng) 王軍\n"
            "各位代表:\n現(xiàn)在,我代表市人民政府向大會(huì)報(bào)告工作。\n")
    m = meta_of(text)
    assert (m.region, m.doc_type, m.report_year, m.meeting_date, m.speaker) == (
        "天水市", "government_work_report", 2020, "2020-01-16", "王军")
    for field in ("title", "meeting_date", "speaker"):
        ev = m.evidence[field]
        assert text[ev.start:ev.end] == ev.quote  # offsets into the traditional text as read


def test_party_conference_news_is_other_with_two_character_county():
    m = meta_of("1月21日，南县召开县委经济工作会议，总结2021年经济工作，研究部署2022年经济工作。刚刚过去的一年，"
                "南县在认清形势中坚定必胜信心，跻身湖南县域经济先进县。南县财政管理获益阳市表扬。")
    assert (m.region, m.region_code, m.level, m.doc_type) == ("南县", "430921", "county", "other")
    assert (m.report_year, m.meeting_date) == (2022, "2022-01-21")


def test_region_never_named_keeps_null_but_level():
    m = meta_of("我受县政府的委托，现将全县2022年国民经济和社会发展计划执行情况及2023年计划草案报告如下。\n"
                "2022年，全县上下在黑龙江省委、省政府的领导下，全县地区生产总值增长5%，黑龙江全省第一。", name="plan.txt")
    assert m.region is None and m.level == "county" and m.doc_type == "plan_report"
    assert m.report_year == 2023 and "level" in m.inferred


def test_country_lookups_for_commands(tmp_path):
    from planwatch.analyze.common import resolve_region
    from planwatch.regions import gazetteer
    from planwatch.store import Store

    g = gazetteer()
    for alias in ("全国", "中国", "国务院", "中华人民共和国"):
        assert [r.code for r in g.lookup(alias)] == ["100000"]
    assert {r.name for r in g.children("100000")} >= {"河南省", "广西壮族自治区", "上海市"}
    assert g.get("410000").parent_code is None  # as the spec's parent of a province
    with Store(tmp_path / "n.duckdb") as s:
        s.add(planwatch.read_text(NATIONAL_BYLINE, "n2024.txt"))
        assert resolve_region(s, "全国") == ("100000", "中华人民共和国")
        assert resolve_region(s, "国务院") == ("100000", "中华人民共和国")


# --- the dev set of the shared data (unseen-report classes); skipped when /work/shared is absent

from pathlib import Path  # noqa: E402
import json  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev" / "texts"
DEV_GOLD = ROOT.parent / "shared" / "gold" / "dev"
SCORED = ("region", "level", "report_year", "doc_type")  # the fields score_facts.py checks


def _dev_accuracy() -> tuple[float, float]:
    """Accuracy of the scored fields with the file names as given, and with a neutral name (the dev
    names carry the region and year; the rules must hold without them)."""
    from planwatch import metadata
    from planwatch.ingest import read_file
    from planwatch.normalize import normalize

    right, total = [0, 0], 0
    for g in sorted(DEV_GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        raw = read_file(DEV / gold["doc"])[0]
        norm = normalize(raw.text)
        metas = [metadata.detect(raw.text, norm, raw.hints, raw.name), metadata.detect(raw.text, norm, {}, "report.txt")]
        for f in SCORED:
            if gold["meta"].get(f) is None:
                continue
            total += 1
            for i, m in enumerate(metas):
                right[i] += str(getattr(m, f)) == str(gold["meta"][f])
    return right[0] / total, right[1] / total


@pytest.mark.skipif(not DEV_GOLD.is_dir(), reason="no shared dev set beside the repo")
def test_dev_set_metadata_accuracy():
    base = json.loads((ROOT / "tests" / "data" / "dev_baseline.json").read_text(encoding="utf-8"))
    with_name, without_name = _dev_accuracy()
    assert with_name >= base["meta_acc"] - 1e-9
    assert without_name >= base["meta_acc_no_filename"] - 1e-9


def test_date_after_the_meeting_and_region_before_another_word():
    m = meta_of("政府工作报告\n——在北京市海淀区第十七届人民代表大会第四次会议上\n（2024年1月10日）\n海淀区代区长 张三\n"
                "各位代表：现在，我代表区人民政府向大会报告工作。北京市委、市政府领导下，全区。")
    assert (m.region, m.parent, m.province, m.meeting_date, m.speaker) == ("海淀区", "北京市", "北京市", "2024-01-10", "张三")
    m = meta_of("政府工作报告\n——2022年1月10日在济源示范区第一届人民代表大会第一次会议上\n各位代表：全区经济增长。河南省委。")
    assert (m.region, m.region_code, m.level) == ("济源市", "419001", "county")


def test_year_from_the_five_year_plan_and_a_mentioned_target_year():
    m = meta_of("代州长齐建新\n各位代表：\n现在，我代表州人民政府，向大会报告政府工作，并向大会提交《迪庆藏族自治州国民经济和社会"
                "发展第十三个五年规划纲要（草案）》，请一并审议。\n一、“十二五”时期工作回顾\n过去的五年，是我州发展史上极不平凡的五年。")
    assert m.report_year == 2016 and "十三五" in m.inferred["report_year"]
    m = meta_of("1月20日上午，四川省第十四届人民代表大会第四次会议开幕。在谈到2025年工作安排建议时，施小琳说，"
                "今年发展主要预期目标是：地区生产总值增长5.5%以上。到2027年基本建成。")
    assert (m.region, m.report_year, m.meeting_date) == ("四川省", 2025, "2025-01-20")


def test_excerpt_without_head_of_the_state_council_report():
    m = meta_of("过去一年，我国发展面临多重困难和严峻挑战。全国各族人民攻坚克难，我国经济运行总体平稳，国内生产总值增长6.9%。"
                "我国经济实力再上新台阶。香港、澳门保持繁荣稳定，香港特别行政区、澳门特别行政区发展良好。\n")
    assert (m.region, m.level) == ("中华人民共和国", "national")
    assert "region" in m.inferred  # inferred from the way it speaks, not stated


def test_local_report_mentioning_the_national_congress_in_passing():
    m = meta_of("自治区主席 布小林\n各位代表:\n现在,我代表自治区人民政府向大会报告工作。\n一、2019年工作回顾\n"
                "2019年是新中国成立70周年。习近平总书记3月5日参加十三届全国人大二次会议内蒙古代表团审议，"
                "对内蒙古工作作出重要指示。内蒙古自治区经济稳中向好，全区各族人民团结奋斗，全区经济增长。")
    assert (m.region, m.level, m.report_year, m.meeting_date) == ("内蒙古自治区", "province", 2020, None)


def test_news_lead_type_named_first_and_other_meetings():
    # a congress news lead: the work report is named before the plan it also mentions
    m = meta_of("1月9日上午，洛阳市第十六届人民代表大会第四次会议开幕，会议听取了市长某某作的政府工作报告，"
                "审查了洛阳市2023年国民经济和社会发展计划执行情况与2024年计划草案。")
    assert (m.doc_type, m.region, m.report_year) == ("government_work_report", "洛阳市", 2024)
    # a party meeting that passes on the work report's spirit is not the report
    m = meta_of("1月21日，南县召开县委经济工作会议暨传达学习政府工作报告精神会议，总结2021年经济工作。"
                "刚刚过去的一年，南县在认清形势中坚定信心，湖南县域经济先进县。南县财政管理获益阳市表扬。")
    assert (m.doc_type, m.region, m.report_year) == ("other", "南县", 2022)


def test_chrome_link_is_not_the_title():
    m = meta_of("点击查阅更多2023年地方政府工作报告\n政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
                "一、2019年工作回顾\n全市经济稳中向好，天水市发展。\n二、2020年工作安排\n全市生产总值增长6%。")
    assert (m.title, m.report_year) == ("政府工作报告", 2020)


def test_a_date_opening_a_later_paragraph_is_not_the_dateline():
    m = meta_of("政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2019年工作回顾\n过去一年，全县经济稳中向好。\n"
                "6月1日，县城新区正式启用，全县上下团结奋斗。\n")
    assert m.report_year == 2020 and m.meeting_date is None


def test_anonymous_city_byline_with_short_name():
    m = meta_of("政府工作报告\n——2019年1月6日在市十六届人大二次会议上\n市长 左俊\n各位代表：\n现在，我代表市人民政府向大会报告政府工作。\n"
                "一、2018年工作回顾\n2018年是马鞍山发展不平凡的一年。在省委、省政府和市委的坚强领导下，全市人民团结奋斗，"
                "马鞍山经济稳中有进，GDP总量保持全省第3位。安徽全省。\n")
    assert (m.region, m.level, m.province, m.report_year, m.speaker) == ("马鞍山市", "prefecture", "安徽省", 2019, "左俊")
    assert "region" in m.inferred


def _upper_shorts_regex():
    """The regex the set scan of province and prefecture short names replaced (a trie alternation
    of the names with a lookahead), kept here as the reference it must agree with."""
    import re

    from planwatch.metadata import _phrases_holding_names, _upper_shorts

    # (a name inside a common phrase, meta_cues name_inside, is none: "隆重庆祝" holds no 重庆)
    inside = _phrases_holding_names()

    def guarded(w):  # (the guard looks from the name's start)
        return "".join(f"(?!(?<={re.escape(ph[:k])}){re.escape(ph[k:])})" if k else f"(?!{re.escape(ph)})"
                       for ph, k in inside.get(w, ())) + re.escape(w)

    by = {}
    for ws in _upper_shorts().values():
        for w in ws:
            by.setdefault(w[0], []).append(w[1:])
    parts = ["(?:" + "|".join(guarded(c + r) for r in sorted(set(rest), key=len, reverse=True)) + ")"
             for c, rest in sorted(by.items())]
    return re.compile("(?:" + "|".join(parts) + ")(?![省市区县州旗盟])")


def test_short_name_scan_agrees_with_the_regex(examples_dir):
    from collections import Counter

    from hypothesis import given, settings, strategies as st

    from planwatch.metadata import _upper_short_mentions, _upper_short_spans, _upper_shorts

    rx = _upper_shorts_regex()
    names = sorted(w for ws in _upper_shorts().values() for w in ws)
    texts = [p.read_text(encoding="utf-8")[:4500] for p in sorted(examples_dir.rglob("*.txt"))]
    for t in texts:
        assert _upper_short_spans(t) == [m.span() for m in rx.finditer(t)]
        assert list(_upper_short_mentions(t).items()) == list(Counter(rx.findall(t)).items())

    pieces = st.one_of(st.sampled_from(names), st.sampled_from(list("省市区县州旗盟江南北山东西河湖日报，。 \n")),
                       st.sampled_from([n[:-1] for n in names if len(n) > 2]))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=12))
    def agrees(parts):
        s = "".join(parts)
        assert _upper_short_spans(s) == [m.span() for m in rx.finditer(s)]

    agrees()


def test_autonomous_regions_by_the_short_form_reports_use():
    from planwatch.regions import gazetteer, short_name

    g = gazetteer()
    assert [r.code for r in g.lookup("楚雄州")] == ["532300"]
    assert [r.code for r in g.lookup("黔东南州")] == ["522600"]  # 苗族侗族: two groups
    assert [r.code for r in g.lookup("长阳县")] == ["420528"]
    assert short_name("海西蒙古族藏族自治州") == "海西" and short_name("博尔塔拉蒙古自治州") == "博尔塔拉"
    doc = planwatch.read_text("楚雄州2025年政府工作报告\n一、2024年工作回顾\n全州地区生产总值增长4.8%。\n", "t.txt")
    assert (doc.meta.region_code, doc.meta.level) == ("532300", "prefecture")


def test_a_news_page_quoting_the_premier_is_the_state_councils_report_not_its_dateline_city():
    text = ("人民网北京3月5日电 国务院总理在政府工作报告中指出，今年发展主要预期目标是：国内生产总值增长5%左右；"
            "城镇调查失业率5.5%左右。")
    doc = planwatch.read_text(text, "t.txt")
    assert (doc.meta.region_code, doc.meta.level) == ("100000", "national")


def test_a_past_year_opening_the_regions_figures_before_this_years_plan_gives_the_year():
    text = "（上接第一版）\n2022年，我市地区生产总值增长4.5%。今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%以上。"
    doc = planwatch.read_text(text, "t.txt")
    assert doc.meta.report_year == 2023
    assert {(f.indicator, f.role, f.period) for f in doc.facts} >= {("gdp", "actual", "2022"), ("gdp", "target", "2023")}


def test_a_year_written_in_chinese_numerals_is_the_report_year():
    text = "二〇二四年政府工作报告\n一、二〇二三年工作回顾\n全区实现地区生产总值568.3亿元，同比增长6.1%。\n二、二〇二四年工作安排\n全区地区生产总值增长6%左右。\n"
    doc = planwatch.read_text(text, "t.txt")
    assert doc.meta.report_year == 2024
    assert {(f.role, f.period) for f in doc.facts} == {("actual", "2023"), ("target", "2024")}


# --- county and district news write-ups: a month-day dateline, the year only in the figures

def test_a_reported_past_year_after_the_news_verb_gives_the_year_and_the_dateline():
    text = ("2月3日，寧鄉市第二屆人民代表大會第四次會議開幕。市長作政府工作報告。\n"
            "報告指出，2023年，全市地區生產總值增長(zhǎng)5.2%。今年，全市地區生產總值預期增長(zhǎng)6%。\n")
    doc = planwatch.read_text(text, "t.txt")
    m = doc.meta
    assert (m.region, m.report_year, m.meeting_date) == ("宁乡市", 2024, "2024-02-03")
    assert {(f.role, f.period, f.value) for f in doc.facts} == {("actual", "2023", 5.2), ("target", "2024", 6)}
    # the region's name before the year opens its figures as well as 全区 after it
    m = meta_of("2月1日，宝安区第七届人民代表大会第四次会议开幕，区长作政府工作报告。\n"
                "深圳市宝安区2023年地区生产总值增长5.6%。今年全区地区生产总值增长6%。")
    assert (m.region_code, m.report_year, m.meeting_date) == ("440306", 2024, "2024-02-01")


def test_the_next_years_targets_after_the_years_results_give_the_year():
    m = meta_of("1月12日，朝阳区第十七届人民代表大会第六次会议开幕。区长孙晓作政府工作报告。\n"
                "2020年，全区地区生产总值增长3.2%。2021年全区地区生产总值增长7%左右。长春市委。")
    assert (m.region_code, m.report_year, m.meeting_date) == ("220104", 2021, "2021-01-12")
    assert "targets for 2021" in m.inferred["report_year"]
    # results year after year (a five-year review) name no target year
    m = meta_of("1月12日，朝阳区第十七届人民代表大会第六次会议开幕。\n"
                "2019年，全区地区生产总值增长6.1%。2020年，全区地区生产总值增长3.2%。长春市委。")
    assert m.report_year is None and m.meeting_date is None


def test_a_pages_publication_date_is_not_the_day_of_delivery():
    m = meta_of("发布日期：2021年01月18日  来源：安化县人民政府\n安化县第十八届人民代表大会第六次会议开幕\n"
                "1月16日，安化县第十八届人民代表大会第六次会议开幕，县长作政府工作报告。\n"
                "2020年，全县地区生产总值增长4.5%。今年全县地区生产总值增长7%左右。")
    assert (m.region_code, m.report_year, m.meeting_date) == ("430923", 2021, "2021-01-16")


def test_two_character_county_after_its_parent_in_the_header_and_title():
    m = meta_of("保定市蠡县人民政府\n蠡县2018年政府工作报告\n各位代表：现在，我代表县人民政府向大会报告工作。\n"
                "2017年，全县生产总值增长6.8%。2018年全县生产总值增长7%。")
    assert (m.region, m.region_code, m.parent, m.report_year) == ("蠡县", "130635", "保定市", 2018)
    # 南县 inside a word of a title is no place
    m = meta_of("湖南县域经济发展报告\n各位代表：全省县域地区生产总值增长5%。")
    assert m.region_code != "430921"


def test_a_document_without_a_year_keeps_its_facts_with_a_note():
    doc = planwatch.read_text("2月3日，桐庐县第十七届人民代表大会第五次会议开幕。县长作政府工作报告。\n"
                              "过去一年，全县地区生产总值增长5%。今年，全县地区生产总值预期增长6.5%。\n"
                              "全县粮食产量在2020年达到12万吨。", "t.txt")
    assert doc.meta.region == "桐庐县" and doc.meta.report_year is None and doc.meta.meeting_date is None
    assert len(doc.facts) == 3
    for f in doc.facts:
        assert f.note and "report year not found" in f.note and f.confidence < 0.9
        assert doc.text[f.start:f.end] == f.quote


def test_a_region_override_replaces_the_level_guessed_from_a_level_word():
    text = "1月10日，县第十八届人民代表大会第四次会议开幕。全县地区生产总值增长6.2%。全县上下。"
    assert meta_of(text).level == "county" and "level" in meta_of(text).inferred
    m = meta_of(text, overrides={"region": "阜阳市"})
    assert (m.region, m.level) == ("阜阳市", "prefecture") and "level" not in m.inferred


def test_the_year_from_the_party_congress_it_follows_or_holds():
    head = "政府工作报告\n——在泰和县第十八届人民代表大会第二次会议上\n各位代表：现在，我代表县人民政府向大会报告工作。\n"
    m = meta_of(head + "过去一年，全县地区生产总值增长5%。今年是全面贯彻落实党的二十大精神的开局之年。全县地区生产总值增长7%左右。")
    assert (m.region_code, m.report_year) == ("360826", 2023) and "20th congress met in 2022" in m.inferred["report_year"]
    m = meta_of(head + "今年是全面贯彻党的十九大精神的开局之年。全县地区生产总值增长8%。")
    assert m.report_year == 2018
    m = meta_of(head + "今年是党的二十大召开之年。全县地区生产总值增长7%。")
    assert m.report_year == 2022


@pytest.mark.parametrize("byline,code", [("阳泉市城区", "140302"), ("阳泉市矿区", "140303"), ("攀枝花市东区", "510402")])
def test_two_character_districts_after_their_city(byline, code):
    m = meta_of(f"政府工作报告\n——2023年1月10日在{byline}第十六届人民代表大会第二次会议上\n"
                "各位代表：现在，我代表区人民政府向大会报告工作。\n2022年，全区地区生产总值增长5%。")
    assert (m.region_code, m.level) == (code, "county")
    # the city's own report: "全市城区面积" names no district
    m = meta_of("政府工作报告\n——2023年1月10日在阳泉市第十六届人民代表大会第二次会议上\n"
                "各位代表：现在，我代表市人民政府向大会报告工作。\n全市城区面积扩大，全市地区生产总值增长5%。")
    assert m.region_code == "140300"


def test_a_letter_spaced_pdf_byline_gives_the_date():
    m = meta_of("政 府 工 作 报 告\n— — 2 0 2 3 年 1 月 9 日 在 安 吉 县 第 十 七 届 人 民 代 表 大 会 第 三 次 会 议 上\n"
                "各位代表：现在，我代表县人民政府向大会报告工作。2022年，全县地区生产总值增长4.5%。")
    assert (m.region_code, m.report_year, m.meeting_date) == ("330523", 2023, "2023-01-09")


def test_this_years_targets_before_last_years_results_in_a_news_lead():
    m = meta_of("新华社长沙1月15日电 湖南省十四届人大二次会议15日开幕，省长毛伟明作政府工作报告。\n"
                "报告提出，今年全省地区生产总值增长6%左右。2023年，全省地区生产总值增长4.6%。")
    assert (m.region_code, m.report_year, m.meeting_date, m.speaker) == ("430000", 2024, "2024-01-15", "毛伟明")


def test_a_government_information_page_names_its_publisher():
    m = meta_of("索引号：000014348/2023-00005\n信息来源：仁怀市人民政府\n发布日期：2023-02-03\n政府工作报告\n"
                "各位代表：现在，我代表市人民政府向大会报告工作。过去一年，全市地区生产总值增长4%。今年全市地区生产总值增长8%左右。")
    assert (m.region_code, m.report_year, m.meeting_date) == ("520382", 2023, None)


LEAD_PIECES = ["2023年", " " * 40, "获悉，", "了解到", "宁海县", "生产总值", "2022 年", "12023年", "，", "。", "！", "\n", " ", "全县", "我市", "地区生产总值", "生产总值", "报告指出，",
               "据介绍，", "深圳市宝安区", "县", "增长5%", "今年", "到", "a", "报告提出，", "报告明确：", "实现", "完成", "提出", "广东地区生产总值"]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(LEAD_PIECES), max_size=40))
def test_year_leads_found_at_sentence_starts_are_those_of_a_full_scan(parts):
    from planwatch.metadata import _YEAR_LEAD, _year_leads, _year_starts

    body = "".join(parts)
    assert [m.span() for m in _year_leads(body, _year_starts(body))] == [m.span() for m in _YEAR_LEAD.finditer(body)]


@pytest.mark.parametrize("lead,year", [
    ("报告提出，2022年全县地区生产总值增长7%以上，固定资产投资增长8%。", 2022),
    ("报告明确，2019年全县生产总值增长6.5%左右。去年，全县生产总值增长6%。", 2019),
    # the targets first, then last year's results, as a news lead puts them
    ("报告提出，2023年全县地区生产总值增长6%左右。2022年，全县地区生产总值增长3%。", 2023),
    ("报告回顾，2020年平江县实现地区生产总值300亿元，增长3.5%。今年全县生产总值增长7%左右。", 2021),
    ("2017年，平江县完成地区生产总值220亿元，增长8%。报告要求，2018年全县地区生产总值增长8.5%。", 2018),
    # last year's result and this year's target in one sentence
    ("记者获悉，2022年平江县地区生产总值增长5.5%，今年全县地区生产总值预期增长8%。", 2023),
])
def test_a_news_lead_quoting_the_reports_year_of_targets_or_results(lead, year):
    m = meta_of("平江：锚定目标加油干\n\n1月8日，平江县第十八届人民代表大会第三次会议开幕。\n" + lead)
    assert (m.region_code, m.report_year) == ("430626", year)


@pytest.mark.parametrize("lead", [
    "报告提出，2030年全县地区生产总值年均增长6%以上。今年全县生产总值增长7%。",  # a goal's year
    "2021年，全县完成地区生产总值200亿元，增长8%，高于预期目标。",  # a result set against its target
    "报告提出，2035年全县基本实现现代化，地区生产总值达到800亿元以上。",
])
def test_a_news_lead_with_a_goal_year_or_a_reviewed_target_is_not_the_report_year(lead):
    m = meta_of("1月8日，平江县第十八届人民代表大会第三次会议开幕。\n" + lead)
    assert m.report_year not in (2030, 2021, 2035)


@pytest.mark.parametrize("lead,doc_type", [
    ("1月6日，攸县第十八届人民代表大会第二次会议开幕。县长代表县人民政府作工作报告。", "government_work_report"),
    ("1月6日，攸县第十八届人民代表大会第二次会议开幕。报告显示，去年全县地区生产总值增长5%。", "government_work_report"),
    ("攸县十八届人大二次会议隆重开幕\n报告指出，今年全县地区生产总值增长6%左右。", "government_work_report"),
    # a standing committee's session hears other offices' reports; a party meeting is no report
    ("1月6日，攸县第十八届人大常务委员会第九次会议召开。报告显示，全县审计查出问题资金2亿元。", "other"),
    ("1月6日，攸县召开县委经济工作会议。报告指出，今年全县地区生产总值增长6%左右。", "other"),
    ("1月6日，攸县举行重点项目集中开工仪式。报告显示，全县完成投资30亿元。", "other"),
])
def test_a_news_lead_on_a_congress_session_quoting_an_unnamed_report(lead, doc_type):
    assert meta_of("攸县新闻\n" + lead).doc_type == doc_type


@pytest.mark.parametrize("text,code", [
    ("各地“目标单”出炉\n本报讯 近日，我省各市州人代会陆续闭幕。长沙市提出增长6.5%；株洲市提出增长6%；湘潭市提出增长6.5%。", "430000"),
    ("我市10个区县（市）人代会全部结束\n宁乡市提出，地区生产总值增长7%；浏阳市增长7.5%；长沙县增长6.5%。", "430100"),
    ("我区14个设区市“成绩单”亮眼：南宁市增长4%，柳州市增长3.5%，桂林市增长4.2%。", "450000"),
    ("2023年湖南14市州GDP排名\n湖南14个市州经济数据全部出炉。长沙市增长4.8%；岳阳市增长6.6%；常德市增长5.1%。", "430000"),
    ("江苏13个设区市目标单：南京市增长5%；苏州市增长5%；无锡市增长5%。", "320000"),
])
def test_a_digest_of_several_divisions_reports_is_their_regions_paper(text, code):
    assert meta_of(text).region_code == code


@pytest.mark.parametrize("text", [
    # a county's own report comparing itself with its neighbours: no 我市 of their city
    "1月6日，攸县第十八届人民代表大会第二次会议开幕。我县增速高于茶陵县、炎陵县、醴陵市。全县地区生产总值增长6%。",
    # three cities named without the paper's own voice
    "兰州市、天水市、白银市的政府工作报告相继发布。兰州市地区生产总值增长6%。",
])
def test_several_divisions_named_without_their_regions_voice_make_no_digest(text):
    assert meta_of(text).region_code not in ("430200", "620000")


def test_a_digest_of_provinces_is_no_one_regions():
    m = meta_of("31个省份GDP目标出炉\n各地政府工作报告相继发布。广东省提出增长5%左右；江苏省提出增长5%以上；山东省提出增长5%以上。")
    assert (m.region, m.level) == (None, None) and "provinces" in m.evidence["region"].note
    # a city's own report naming its province's other cities is the city's
    m = meta_of("政府工作报告\n——2024年1月8日在株洲市第十五届人民代表大会第四次会议上\n"
                "我市在全省14个市州中率先突破，与长沙市、湘潭市、衡阳市协同发展。")
    assert m.region_code == "430200"


@pytest.mark.parametrize("headline,year", [("平江：2022年地区生产总值预期增长7%", 2022), ("2019年平江县GDP预期增长8%左右", 2019),
                                           ("平江：2023年经济增长好于预期", None), ("平江县2020年地区生产总值增长4%，高于预期增长目标", None)])
def test_a_news_headline_with_the_years_expected_growth(headline, year):
    m = meta_of(headline + "\n\n1月8日，平江县第十八届人民代表大会第三次会议开幕。今年全县生产总值增长7%左右。")
    assert m.report_year == year


@pytest.mark.parametrize("headline,body,year", [
    ("平江：2018年地区生产总值增长8%", "报告提出，今年平江地区生产总值增长8%，固定资产投资增长10%。", 2018),
    ("2023年平江县地区生产总值增长5.2%", "报告显示，去年全县地区生产总值增长5.2%。今年全县生产总值增长6%左右。", 2024),
    ("平江县2021年一般公共预算收入突破20亿元", "去年，全县一般公共预算收入突破20亿元。", 2022),
    # a figure the body does not date by 今年 or 去年 dates nothing
    ("平江：2018年地区生产总值增长8%", "报告提出，全县地区生产总值增长8%。", None),
])
def test_a_headlines_year_dates_the_bodys_今年_or_去年(headline, body, year):
    m = meta_of(headline + "\n\n1月8日，平江县第十八届人民代表大会第三次会议开幕。" + body)
    assert m.report_year == year


@pytest.mark.parametrize("lead,year", [
    ("省长今天作政府工作报告，提出2025年广东地区生产总值增长5%左右的目标。", 2025),
    ("報告指出，2023年廣東地區生產總值13.57萬億元，增長4.8%。今年廣東地區生產總值增長5%左右。", 2024),
    ("省长作政府工作报告，提出2030年全省地区生产总值年均增长6%以上。", None),  # a goal's year
])
def test_a_province_named_short_or_the_year_after_提出_in_a_news_lead(lead, year):
    assert meta_of("廣東省人大會議開幕\n" + lead).report_year == year


def test_a_news_lead_after_获悉_with_the_region_after_the_year():
    m = meta_of("中国日报网1月12日电 近日，从宁海县第十七届人民代表大会第四次会议上获悉，2023年，宁海县地区生产总值增长6.5%。"
                "今年全县地区生产总值预期增长6.5%。宁波市。")
    assert (m.region_code, m.report_year, m.meeting_date) == ("330226", 2024, "2024-01-12")


def test_the_national_congress_session_dates_the_state_councils_report():
    m = meta_of("2024年全国两会\n3月5日，十四届全国人大二次会议在北京人民大会堂开幕。国务院总理李强作政府工作报告。\n"
                "今年发展主要预期目标是：国内生产总值增长5%左右。")
    assert (m.region_code, m.report_year, m.meeting_date) == ("100000", 2024, "2024-03-05")
    assert "14th National People's Congress" in m.inferred["report_year"]
    # a session named in passing in a review ("第十二届全国人民代表大会第一次会议以来的五年") dates nothing
    m = meta_of("各位代表：\n现在，我代表国务院，向大会报告过去五年政府工作。\n一、过去五年工作回顾\n"
                "第十二届全国人民代表大会第一次会议以来的五年，我国国内生产总值年均增长7.1%。")
    assert m.region_code == "100000" and m.report_year != 2013


@pytest.mark.parametrize("short,code", [("科左中旗", "150521"), ("达茂旗", "150223"), ("土右旗", "150221"), ("东乌旗", "152525")])
def test_banners_by_the_short_forms_news_use(short, code):
    m = meta_of(f"1月5日，{short}第十八届人民代表大会第三次会议开幕，旗长作政府工作报告。\n"
                "2023年，全旗地区生产总值增长6.8%。今年全旗地区生产总值增长7%左右。")
    assert (m.region_code, m.level, m.report_year, m.meeting_date) == (code, "county", 2024, "2024-01-05")


COUNTY_BODY = ("各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，全县地区生产总值增长5.8%。\n"
               "二、2024年工作安排\n全县地区生产总值增长7%左右。\n")


@pytest.mark.parametrize("title", ["赣州·于都 | 2024年政府工作报告全文", "于都：2024年政府工作报告", "赣州市 | 于都县2024年政府工作报告",
                                   "赣州市于都县2024年政府工作报告"])
def test_a_county_in_a_title_after_its_city_or_by_its_short_name(title):
    m = meta_of(title + "\n" + COUNTY_BODY + "赣州市委、赣州市政府。赣州市。")
    assert (m.region, m.region_code, m.parent, m.report_year) == ("于都县", "360731", "赣州市", 2024)


def test_a_county_report_naming_its_city_more_than_itself():
    m = meta_of("赣州市人民政府 > 政务公开 > 县市区信息 > 于都县\n政府工作报告\n" + COUNTY_BODY + "赣州市委、赣州市政府。赣州市。赣州市。")
    assert (m.region, m.level) == ("于都县", "county")
    assert "全县 is the report's level" in m.inferred["region"]
    # two counties of the city named as often: which one is not known, the level is
    m = meta_of("政府工作报告\n" + COUNTY_BODY + "学习于都县、兴国县经验。赣州市委、赣州市政府。赣州市。赣州市。赣州市。赣州市。")
    assert m.region is None and m.level == "county"


@pytest.mark.parametrize("sentence,year", [("今年是实施“十四五”规划承上启下的关键之年。", 2023), ("今年是“十三五”规划实施的中期之年。", 2018),
                                           ("今年是改革开放40周年。", 2018), ("今年是新中国成立七十五周年。", 2024)])
def test_the_year_from_what_this_year_is(sentence, year):
    m = meta_of("政府工作报告\n——在泰和县第十八届人民代表大会第二次会议上\n各位代表：现在，我代表县人民政府向大会报告工作。\n"
                + sentence + "全县地区生产总值增长7%。")
    assert m.report_year == year


# --- excerpts without their head: only what the body says

def test_an_excerpt_speaking_for_a_county_is_no_province_it_names_once():
    m = meta_of("各位代表：\n现在，我代表县人民政府向大会作工作报告，请予审议。\n一、2015年工作回顾\n2015年，在县委的坚强领导下，"
                "全年实现生产总值67.9亿元，增长12.4%。引进了香港嘉鸿手套加工等项目33个。")
    assert m.region is None and m.level == "county"


def test_an_excerpt_of_a_county_level_city_by_its_short_name():
    m = meta_of("各位代表：\n现在，我代表市人民政府向大会报告工作。\n诸暨“与杭同城”纳入《浙江省推进长三角区域一体化发展行动方案》。"
                "杭州都市高速诸暨段建成通车，诸暨至北京始发高铁开通。全市地区生产总值增长6.6%，全市人民团结奋斗。")
    assert (m.region, m.region_code) == ("诸暨市", "330681")


def test_a_county_short_name_that_is_a_common_word_is_no_place():
    m = meta_of("各位代表：\n现在，我代表县人民政府向大会报告工作。\n加强资源节约，推进资源循环利用，广西壮族自治区桂林市。"
                "全县地区生产总值增长5%，全县上下。")
    assert m.region_code != "450329"  # 资源县


@pytest.mark.parametrize("sentence,year", [("截至2016年末，全县地方生产总值完成96.4亿元。", 2017),
                                           ("“十三五”圆满收官，“十四五”开局良好。", 2022),
                                           ("实现了“十四五”良好开局。", 2022)])
def test_the_year_an_excerpt_reviews(sentence, year):
    m = meta_of("各位代表：\n现在，我代表县人民政府向大会报告工作。\n" + sentence + "全县经济稳中向好。")
    assert m.report_year == year
    # the same words as a task name no reviewed year
    m = meta_of("各位代表：\n今年要确保“十四五”开好局、起好步，为实现“十四五”良好开局打下基础。到2025年底前全面完成。")
    assert m.report_year is None


def test_an_excerpt_of_the_state_councils_report():
    m = meta_of("我国发展仍然处于重要战略机遇期。要推动高质量发展，支持雄安新区建设，我国经济长期向好的基本面没有变。")
    assert m.region_code == "100000"


def test_a_year_cut_by_a_pdf_line_break_in_the_head():
    m = meta_of("各位代表：\n我受县政府的委托，现将全县2022年国民经济和社会发展计划执行情况及2\n"
                "023年计划（草案）报告如下，请予审议。\n一、2022年计划执行情况\n全县地区生产总值增长4.3%。\n")
    assert m.report_year == 2023 and m.doc_type == "plan_report"


def test_a_news_line_quoting_the_report_is_not_its_title():
    # a news lead cut into lines by a PDF: the line holding 政府工作报告 is a sentence quoting it
    m = meta_of("1月21日，某某省第十三届人民代表大会第四次会议开幕，省长向大会作政府工作报告。\n"
                "记者注意到，政府工作报告提出，2020年全省地区生产总值增长\n3.7%，2021年全省生产总值增长目标为7.5%以上。\n")
    assert m.report_year == 2021


def test_the_speakers_opening_cut_by_a_pdf_line_is_not_a_title():
    # the cut line names a plan report but is the speaker's sentence: the year is the plan's (2024),
    # not the reviewed year the cut line shows
    text = ("各位代表：\n我受县人民政府的委托，现将全县2023年国民经济和社会发展计划执\n"
            "行情况及2024年计划（草案）报告如下，请予审议。\n2023年，全县地区生产总值增长5.1%。\n")
    m = meta_of(text)
    assert m.title is None
    assert (m.doc_type, m.report_year) == ("plan_report", 2024)


@pytest.mark.parametrize("head, code", [
    ("2023年滑县政府工作报告\n", "410526"),             # after the year
    ("泾县\n2025年政府工作报告\n", "341823"),           # alone on the line above the title
    ("安阳滑县政府工作报告（2023年）\n", "410526"),      # right before its government
    ("安阳滑县2023年政府工作报告\n", "410526"),          # right before the year, after its city's short name
])
def test_a_two_character_county_named_only_in_the_title(head, code):
    m = meta_of(head + "\n" + body("全县", "县人民政府"))
    assert (m.region_code, m.level) == (code, "county")


def test_a_two_character_district_in_a_title_takes_its_city_from_the_text():
    text = "郊区2023年政府工作报告\n\n" + body("全区", "区人民政府")
    assert meta_of(text + "在佳木斯市委、市政府的坚强领导下，全区上下团结奋进。").region_code == "230811"
    # 郊区 is in 佳木斯, 铜陵 and 阳泉: without its city the region is not guessed
    assert meta_of(text).region is None


@pytest.mark.parametrize("title, parent, province", [
    ("四川天府新区2023年工作报告", "四川省", "四川省"),
    ("苏州工业园区2022年工作报告", "苏州市", "江苏省"),
    ("汝州市蟒川镇2024年政府工作报告", "汝州市", "河南省"),
    ("新疆生产建设兵团2021年工作报告", "新疆维吾尔自治区", "新疆维吾尔自治区"),
])
def test_a_zone_or_town_report_has_no_region_but_the_division_around_it(title, parent, province):
    m = meta_of(title + "\n\n2022年，全区地区生产总值增长8%，成都市、苏州市、汝州市、河南省重点项目加快推进。今年要稳中求进。\n")
    assert (m.region, m.region_code, m.level) == (None, None, None)
    assert (m.parent, m.province) == (parent, province)
    assert "not an administrative division" in m.inferred["region"]
    assert m.report_year == int(title[title.index("年") - 4:title.index("年")])


@pytest.mark.parametrize("title, code", [
    ("上海市浦东新区2023年政府工作报告", "310115"),  # a 新区 that is a division
    ("天津滨海新区2023年政府工作报告", "120116"),
    ("济源示范区2024年政府工作报告", "419001"),      # the zone's name for 济源市's government
])
def test_a_new_area_that_is_a_division_keeps_its_region(title, code):
    assert meta_of(title + "\n\n" + body("全区", "区人民政府")).region_code == code


def test_a_statistical_communique_is_of_the_year_after_the_one_it_describes():
    m = meta_of("2022年武陟县国民经济和社会发展统计公报\n\n初步核算，全年全县地区生产总值增长4.6%。\n")
    assert (m.region, m.doc_type, m.report_year) == ("武陟县", "statistical_communique", 2023)
    assert "2022" in m.inferred["report_year"]


def test_a_byline_with_the_year_and_month_only():
    m = meta_of("政府工作报告\n——2022年12月在宁波市海曙区第六届人民代表大会第二次会议上\n\n" + body("全区", "区人民政府"))
    assert (m.region_code, m.report_year, m.meeting_date) == ("330203", 2023, None)


@pytest.mark.parametrize("head", ["武陟县政府工作报告\n（2021年1月6日）\n", "武陟县政府工作报告\n县长 李强\n——2021年1月6日\n"])
def test_a_date_in_brackets_under_the_title_is_the_delivery_date(head):
    m = meta_of(head + "\n" + body("全县", "县人民政府"))
    assert (m.meeting_date, m.report_year) == ("2021-01-06", 2021)


def test_a_page_date_under_a_source_line_is_not_the_delivery_date():
    m = meta_of("武陟县2021年政府工作报告\n来源：武陟县人民政府\n2021年1月20日\n\n" + body("全县", "县人民政府"))
    assert (m.meeting_date, m.report_year) == (None, 2021)


@pytest.mark.parametrize("page, dateline, date, year", [
    ("2022年01月20日 星期四\n\n本报讯 ", "1月19日，", "2022-01-19", 2022),   # the page's date, then the dateline
    ("发布时间：2023-12-29\n", "12月28日，", "2023-12-28", 2024),            # not joined into one number
])
def test_a_news_page_date_then_a_dateline(page, dateline, date, year):
    m = meta_of(page + dateline + "武陟县第十六届人民代表大会第三次会议开幕，县长代表县人民政府作政府工作报告。\n")
    assert (m.region, m.meeting_date, m.report_year) == ("武陟县", date, year)


def test_a_news_lead_with_the_reviewed_year_after_a_comma():
    m = meta_of("焦作讯（记者 张华）1月10日，武陟县十六届人大一次会议开幕，县长作政府工作报告。"
                "报告回顾了过去一年的工作，2021年，全县生产总值增长6%。今年全县生产总值预期增长6.5%。\n")
    assert (m.report_year, m.meeting_date) == (2022, "2022-01-10")


def test_a_dumps_region_columns_tell_namesakes_apart(tmp_path):
    f = tmp_path / "dump.csv"
    f.write_text("province,city,county,year,content\n河北省,沧州市,新华区,2021,\"各位代表：过去一年，全区经济稳中向好，地区生产总值增长6%。\"\n"
                 "河南省,平顶山市,新华区,2021,\"各位代表：过去一年，全区经济稳中向好，地区生产总值增长5%。\"\n", encoding="utf-8")
    assert [d.meta.region_code for d in planwatch.read_all(f)] == ["130902", "410402"]


@pytest.mark.parametrize("head, code", [
    ("准旗2023年政府工作报告\n", "150622"),                          # a banner's two-character short form
    ("关于涉县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n", "130426"),  # after 关于
])
def test_more_places_a_county_name_starts_in_a_title(head, code):
    assert meta_of(head + "\n" + body("全县", "县人民政府")).region_code == code


def test_a_month_under_the_title_and_a_date_in_the_pages_url():
    m = meta_of("武陟县人民政府工作报告\n二〇二三年一月\n\n" + body("全县", "县人民政府"))
    assert (m.report_year, m.meeting_date) == (2023, None)
    m = meta_of("http://www.wuzhi.gov.cn/news/t20240117_4567.html\n1月16日，武陟县第十六届人民代表大会第三次会议开幕，"
                "县长代表县人民政府作政府工作报告。\n")
    assert (m.report_year, m.meeting_date) == (2024, "2024-01-16")


def test_a_zones_parent_is_the_city_not_the_zone_of_the_same_short_name():
    m = meta_of("兰州新区2023年工作报告\n\n2022年，新区生产总值增长10%。今年新区将稳中求进。\n")
    assert (m.region, m.parent, m.province) == (None, "兰州市", "甘肃省")


@pytest.mark.parametrize("name", ["鼓楼区", "朝阳区", "普陀区"])
def test_a_district_whose_city_nothing_names_is_not_guessed(name):
    m = meta_of(f"{name}2024年政府工作报告\n\n" + body("全区", "区人民政府"))
    assert (m.region, m.region_code, m.level) == (None, None, "county")
    assert "divisions of this name" in m.inferred["region"]
    # one mention of its city settles it
    m = meta_of(f"{name}2024年政府工作报告\n\n" + body("全区", "区人民政府") + "舟山市、开封市、长春市重点项目加快推进。")
    assert m.region == name and m.parent in ("舟山市", "开封市", "长春市")


def test_a_line_of_issuers_above_the_title():
    m = meta_of("中共涉县县委 涉县人民政府\n2023年政府工作报告\n\n" + body("全县", "县人民政府"))
    assert m.region_code == "130426"


def test_a_news_byline_naming_the_city_before_the_county_session():
    # the view joins "平顶山讯 叶县…": the session's segment ends with the county, the city comes first
    m = meta_of("平顶山讯 叶县十七届人大四次会议1月16日开幕，县长作政府工作报告。报告提出，今年全县生产总值增长6%。\n"
                "2024-01-17\n")
    assert (m.region, m.parent, m.meeting_date, m.report_year) == ("叶县", "平顶山市", "2024-01-16", 2024)


def test_a_report_on_a_five_year_plan_outline_names_its_region_in_its_title():
    m = meta_of("关于沛县国民经济和社会发展第十五个五年规划纲要（草案）的报告\n\n各位代表：\n受县人民政府委托，现将规划纲要草案提请审议。\n")
    assert (m.region, m.report_year) == ("沛县", 2026)


@pytest.mark.parametrize("head", ["2023年1月 政府工作报告\n涉县人民政府\n", "涉县人民政府 2023-01-20\n政府工作报告\n"])
def test_the_issuer_on_the_line_below_or_beside_a_date_above_the_title(head):
    assert meta_of(head + "\n" + body("全县", "县人民政府")).region_code == "130426"


def test_an_anonymous_session_in_a_city_paper():
    m = meta_of("市十六届人大二次会议开幕\n1月8日，市十六届人大二次会议开幕。市长代表市人民政府作政府工作报告。\n平顶山日报 2024年1月9日\n")
    assert (m.region, m.meeting_date, m.speaker) == ("平顶山市", "2024-01-08", None)


def test_an_anonymous_county_byline_and_one_clause_naming_the_county():
    m = meta_of("政府工作报告\n——2024年1月16日在县第十七届人民代表大会第四次会议上\n\n" + body("全县", "县人民政府")
                + "在邯郸市委、市政府的坚强领导下，涉县全县上下团结奋进。")
    assert (m.region, m.meeting_date) == ("涉县", "2024-01-16")


def test_a_division_named_after_a_zone_word_in_a_title_is_the_region():
    m = meta_of("新疆生产建设兵团第八师石河子市2024年政府工作报告\n\n各位代表：\n现在，我代表师市向大会报告工作。\n")
    assert (m.region_code, m.level, m.parent) == ("659001", "county", "新疆维吾尔自治区")


def test_an_audit_report_names_the_year_it_reviews_not_its_own():
    m = meta_of("关于2023年度县级预算执行和其他财政收支的审计工作报告\n\n各位代表：\n受县人民政府委托，现将审计情况报告如下。\n")
    assert m.report_year != 2023


def test_windows_line_ends_read_as_line_ends():
    # a news page saved with CR LF: the year comes from the review after "过去一年" as with LF
    lf = ("政府工作报告解读\n\n经济运行稳中向好\n\n时 间\n/\n分 享\n\n"
          "过去一年，全市上下攻坚克难，较好完成了全年各项目标任务。\n\n2023\n\n勠力奋进\n\n"
          "地区生产总值完成 806.2亿元，增长 5.6%。\n")
    assert meta_of(lf, "b.txt").report_year == 2024
    assert meta_of(lf.replace("\n", "\r\n"), "b.txt").report_year == 2024


def test_a_dumps_url_column_dates_the_report(tmp_path):
    f = tmp_path / "dump.jsonl"
    f.write_text('{"url": "http://www.example.gov.cn/news/t20230118_999.html", "county": "兰考县", "text": '
                 '"各位代表：现在，我代表县人民政府向大会报告工作。过去一年，全县经济稳中向好，地区生产总值增长6%。"}\n', encoding="utf-8")
    m = planwatch.read(f).meta
    assert (m.region_code, m.report_year) == ("410225", 2023)
    assert m.evidence["report_year"].source == "hint"


def test_the_party_committee_of_a_two_character_county_names_it():
    m = meta_of("各位代表：\n过去一年，在中共涉县县委的坚强领导下，全县上下团结奋进，地区生产总值增长5%。今年全县要稳中求进。"
                "中共涉县县委、县政府高度重视。邯郸市。\n")
    assert m.region_code == "130426"


@pytest.mark.parametrize("head", ["阿拉善盟行政公署工作报告\n", "", "和田地区2023年行署工作报告\n"])
def test_a_leagues_or_prefectures_report_by_its_administrative_office(head):
    m = meta_of(head + "各位代表：\n现在，我代表盟行政公署向大会报告工作，请予审议。\n2022年，全盟地区生产总值增长7%。今年全盟要稳中求进。\n")
    assert m.doc_type == "government_work_report"


@pytest.mark.parametrize("head, title, year", [
    ("关于涉县2024年国民经济和社会发展计划执行情况\n与2025年计划草案的报告\n", "关于涉县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", 2025),
    ("2025年涉县\n政府工作报告\n", "2025年涉县政府工作报告", 2025),
])
def test_a_title_wrapped_over_two_lines(head, title, year):
    m = meta_of(head + "\n各位代表：\n受县人民政府委托，现将报告提请审议。\n")
    assert (m.title, m.report_year, m.region_code) == (title, year, "130426")


@pytest.mark.parametrize("text", [
    "涉 县\n2023年政府工作报告\n\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n",                  # letter-spaced
    "\u3000\u30002023年1月 政府工作报告\r\n\u3000\u3000涉县人民政府\r\n\r\n\u3000\u3000各位代表：\r\n",  # CR LF, indented
])
def test_the_issuer_line_read_through_a_printings_noise(text):
    assert meta_of(text).region_code == "130426"


def test_a_session_cut_by_a_pdf_line_and_a_spaced_year_in_numerals():
    m = meta_of("本报讯（记者 李明）1月15日，涉县第十八届人民代表大会第三次\n会议隆重开幕。县长代表县人民政府向大会作政府工作报告。"
                "报告指出，2023年，全县地区生产总值增长6.1%。今年，全县将坚持稳中求进。\n")
    assert (m.region_code, m.meeting_date, m.report_year) == ("130426", "2024-01-15", 2024)
    m = meta_of("二 〇 二 四 年 政 府 工 作 报 告\n——在涉县第十八届人民代表大会第三次会议上\n\n各位代表：\n")
    assert m.report_year == 2024


@pytest.mark.parametrize("title, code", [
    ("日喀则市2024年政府工作报告", "540200"),  # a prefecture-level city since 2014, a county-level one of 日喀则地区 before
    ("铜仁市2021年政府工作报告", "520600"),
    ("博州2024年政府工作报告", "652700"),      # an autonomous prefecture by its own short form
])
def test_cities_raised_to_prefectures_and_short_forms_of_autonomous_prefectures(title, code):
    m = meta_of(title + "\n\n各位代表：\n现在，我代表政府向大会报告工作。" + title[:3] + "经济稳中向好。\n")
    assert (m.region_code, m.level) == (code, "prefecture")


def test_a_year_after_a_comma_in_a_target_sentence_is_no_reviewed_year():
    m = meta_of("记者从县两会获悉，今年县政府工作报告提出，2024年全县生产总值增长6%左右。涉县。\n")
    assert m.report_year != 2025


@pytest.mark.parametrize("stamp", ["时间：2023-01-11 16:20", "发布时间：2023-01-11 16:20:05", "2023.01.11  09:05  来源：县融媒体中心"])
def test_a_page_date_with_a_time_of_day_dates_the_report_and_its_dateline(stamp):
    # the time joined to the date (or to the dateline on the next line) must not hide either
    m = meta_of("我县召开十八届人大二次会议\n" + stamp + "\n1月10日上午，灵璧县第十八届人民代表大会第二次会议开幕。"
                "县长代表县人民政府作政府工作报告。报告提出，今年全县地区生产总值增长7%左右。\n")
    assert (m.region_code, m.report_year, m.meeting_date) == ("341323", 2023, "2023-01-10")


def test_a_news_lead_that_reviewed_a_year_gives_the_next():
    m = meta_of("1月10日上午，灵璧县第十八届人民代表大会第二次会议开幕。县长代表县人民政府作政府工作报告。"
                "报告回顾了2022年工作。一年来，全县地区生产总值增长4.1%。\n")
    assert (m.report_year, m.meeting_date) == (2023, "2023-01-10")


@pytest.mark.parametrize("paper", ["徐州日报 2020年02月19日 第A02版", "2020年2月19日 星期三", "《新华日报》（2020年02月19日 第 5 版）"])
def test_a_newspapers_page_date_above_a_headline_naming_the_session_is_not_the_meeting_day(paper):
    m = meta_of(paper + "\n邳州市十七届人大五次会议开幕\n本报讯（记者 张伟）2月18日，邳州市第十七届人民代表大会第五次会议开幕。"
                "市长代表市人民政府作政府工作报告。\n")
    assert (m.region_code, m.report_year, m.meeting_date) == ("320382", 2020, "2020-02-18")


def test_a_portals_name_under_the_government_is_no_speaker():
    m = meta_of("固始县人民政府门户网站\n当前位置：首页 > 政务公开\n政府工作报告\n——2019年2月15日在县第十六届人民代表大会第四次会议上\n"
                "县长 王建国\n\n" + body("全县", "县人民政府"))
    assert (m.region_code, m.speaker, m.meeting_date) == ("411525", "王建国", "2019-02-15")


@pytest.mark.parametrize("date", ["二〇二四年一月十日", "2024年1月10日"])
def test_a_dateline_before_the_second_naming_of_the_session(date):
    # a web page's own title line names the session first; the dateline stands before the lead's
    m = meta_of("桐梓县第十八届人民代表大会第三次会议开幕_政务公开\n\n【字体：大 中 小】 打印本页 关闭窗口\n"
                f"桐梓县第十八届人民代表大会第三次会议开幕\n{date}，桐梓县第十八届人民代表大会第三次会议在县会议中心开幕。"
                "县长代表县人民政府向大会作政府工作报告。报告提出，今年全县地区生产总值增长6%左右。\n")
    assert (m.region_code, m.report_year, m.meeting_date) == ("520322", 2024, "2024-01-10")


@pytest.mark.parametrize("name, around, code", [
    ("江北区", "重庆主城都市区", "500105"), ("渝北区", "重庆临空经济示范区", "500112"),
    ("江北区", "宁波前湾新区", "330205"), ("江北区", "观音桥商圈", None),  # two current namesakes, nothing tells them apart
])
def test_districts_the_division_snapshot_lacks_are_current(name, around, code):
    m = meta_of(f"{name}2024年政府工作报告\n——2024年1月10日在{name}第十九届人民代表大会第四次会议上\n各位代表：\n"
                f"现在，我代表区人民政府向大会报告工作。2023年，全区地区生产总值增长6%，{around}建设加快推进。\n")
    assert (m.region_code, m.level) == (code, "county")
    if code:
        assert "historical" not in m.evidence["region_code"].quote


@pytest.mark.parametrize("title, dt", [
    ("武陟县人民政府办公室关于印发《2023年县政府工作报告重点任务分工方案》的通知", "other"),
    ("关于2024年政府工作报告确定目标任务分解落实的通知", "other"),
    ("武陟县2023年政府工作报告（摘要）", "government_work_report"),
    ("关于印发武陟县2023年国民经济和社会发展计划的通知", "plan_report"),  # the plan itself, issued
])
def test_a_notice_dividing_a_reports_tasks_is_not_the_report(title, dt):
    m = meta_of(title + "\n各乡镇人民政府，县直各单位：\n现印发给你们，请认真贯彻执行。全县地区生产总值增长6%左右。\n")
    assert m.doc_type == dt


@pytest.mark.parametrize("name, word, code", [
    ("沙县", "全区", "350405"), ("沙县", "全县", "350427"),   # 沙县 became 沙县区 in 2021
    ("梅县", "全区", "441403"), ("赣县", "全县", "360721"),
])
def test_a_county_turned_district_by_the_name_both_share(name, word, code):
    m = meta_of(f"{name}：政府工作报告全文\n各位代表：\n过去一年，{word}地区生产总值增长5%。\n今年{word}地区生产总值增长6%左右。\n")
    assert m.region_code == code


def test_letter_spaced_pinyin_and_a_letter_spaced_time_in_a_head():
    # a repost with pinyin after characters, then printed with a space between every two of them
    m = meta_of("长沙县2023年政府工作报告\n— — 2 0 2 3 年 1 月 6 日 在 长 ( z h ǎ n g ) 沙 县 第 十 八 届 人 民 代 表 大 会 "
                "第 三 次 会 议 上\n各位代表：\n过去一年，全县地区生产总值增长5.8%。\n")
    assert (m.region_code, m.meeting_date) == ("430121", "2023-01-06")
    m = meta_of("时 间 ： ２ ０ ２ ３ - ０ １ - １ １   １ ６ ： ２ ０\n１月１０日上午，灵璧县第十八届人民代表大会第二次会议开幕。"
                "县长代表县人民政府作政府工作报告。报告提出，今年全县地区生产总值增长7%左右。\n")
    assert (m.region_code, m.report_year, m.meeting_date) == ("341323", 2023, "2023-01-10")


def test_a_month_day_dateline_with_a_space_before_its_comma():
    m = meta_of("１ 月 ２ １ 日 , 南 县 召 开 县 委 经 济 工 作 会 议 , 总 结 ２ ０ ２ １ 年 经 济 工 作 , 研 究 部 署 ２ ０ ２ ２ 年 经 济 工 作 。\n"
                "刚刚过去的一年，全县地区生产总值增长7.5%。\n")
    assert (m.report_year, m.meeting_date) == (2022, "2022-01-21")


_PAGE = ("<html><head><meta charset='utf-8'><title>{title}</title>{meta}</head><body>"
         "<div class='nav'><a href='/'>首页</a> <a href='/zwgk'>政务公开</a></div><div class='article'><h1>2019年政府工作报告</h1>"
         "<p>——2019年2月15日在县第十六届人民代表大会第四次会议上</p><p>各位代表：</p>"
         "<p>现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。</p>"
         "<p>过去的一年，全县完成地区生产总值295.6亿元，增长8.1%；一般公共预算收入16.2亿元，增长10.3%。</p>"
         "<p>今年政府工作的主要预期目标是：地区生产总值增长8%左右，一般公共预算收入增长8%。</p></div>"
         "<div class='footer'>主办：{host}办公室 备案号：豫ICP备05012345号</div></body></html>")


@pytest.mark.parametrize("title, meta, host", [
    ("2019年政府工作报告", "<meta name='SiteName' content='固始县人民政府'>", "县人民政府"),
    ("2019年政府工作报告_固始县人民政府", "", "县人民政府"),
    ("2019年政府工作报告", "", "固始县人民政府"),
])
def test_a_county_sites_page_names_the_county_only_in_its_head_or_footer(title, meta, host):
    from planwatch.api import process
    from planwatch.ingest import read_bytes

    rec = read_bytes(_PAGE.format(title=title, meta=meta, host=host).encode("utf-8"), "page.html", "html")[0]
    m = process(rec).meta
    assert (m.region_code, m.report_year, m.meeting_date) == ("411525", 2019, "2019-02-15")


def test_a_news_dateline_pushed_below_the_third_line_by_a_pdfs_cuts():
    m = meta_of("湖南“十三五”GDP定速8.5% 冀率先中部实现收\n入倍增\n- 发布时间:2016-01-25 21:42\n:00 来源:中国新闻网 责任编辑:罗伯\n特\n"
                "中新社长沙1月25日电 (记者 鲁毅)湖南省省长25日在湖南省十二\n届人大五次会议上作政府工作报告时表示,湖南“十三\n"
                "五”时期地区生产总值年均增长8.5%左右。\n")
    assert (m.region_code, m.report_year, m.meeting_date) == ("430000", 2016, "2016-01-25")


@pytest.mark.parametrize("stamp", ["2023年01月11日 16:20", "2023年01月11日"])
def test_a_page_date_under_a_headline_naming_the_session_is_not_the_meeting_day(stamp):
    m = meta_of("我县召开十八届人大二次会议\n" + stamp + "\n1月10日上午，灵璧县第十八届人民代表大会第二次会议开幕。"
                "县长代表县人民政府作政府工作报告。报告提出，今年全县地区生产总值增长7%左右。\n")
    assert (m.report_year, m.meeting_date) == (2023, "2023-01-10")
    # a byline's date after its session: in brackets, after 于, or after 上
    m = meta_of("政府工作报告\n——在祁东县第十八届人民代表大会第二次会议上\n（2023年1月6日）\n各位代表：\n")
    assert m.meeting_date == "2023-01-06"
    m = meta_of("祁东县第十八届人民代表大会第二次会议于2023年2月20日至22日召开。县长作政府工作报告。\n")
    assert m.meeting_date == "2023-02-20"


@pytest.mark.parametrize("news", [
    # a plan reviewed, named after 回顾
    "1月20日，宜宾市第五届人民代表大会第五次会议开幕。报告回顾，“十三五”时期，全市地区生产总值年均增长7.9%。",
    # the next year's figures with a floor after the year reviewed
    "1月20日，宜宾市第五届人民代表大会第五次会议开幕。2020年，全市地区生产总值增长4.5%。"
    "2021年，全市地区生产总值增长8%以上，一般公共预算收入增长6%。",
])
def test_a_news_page_of_a_2021_report_that_states_no_year_of_its_own(news):
    m = meta_of(news + "\n")
    assert (m.region_code, m.report_year, m.meeting_date) == ("511500", 2021, "2021-01-20")


def test_a_plan_under_way_is_not_reviewed():
    m = meta_of("报告回顾“十四五”以来的工作，全市地区生产总值年均增长6%。今年全市地区生产总值增长6%左右。\n")
    assert m.report_year != 2026


@pytest.mark.parametrize("zone, parent", [("郑州经开区", "郑州市"), ("成都高新区", "成都市"), ("兰州新区", "兰州市"), ("两江新区", "重庆市")])
def test_a_zones_government_work_report_has_no_region_but_its_division(zone, parent):
    # a development zone is no division's government, and a zone the code lists carry hangs on its division
    m = meta_of(f"{zone}2023年政府工作报告\n各位代表：\n过去一年，全区地区生产总值增长5%。今年全区地区生产总值增长6%左右。\n")
    assert (m.region, m.region_code, m.parent) == (None, None, parent)
    assert "not an administrative division" in m.evidence["region"].note


def test_a_divisions_government_named_by_a_zone_word_keeps_its_region():
    m = meta_of("济源示范区2023年政府工作报告\n各位代表：\n过去一年，全市地区生产总值增长5%。\n")
    assert m.region_code == "419001"


@pytest.mark.parametrize("lead, speaker", [
    ("赵凯县长代表县人民政府向大会作政府工作报告。", "赵凯"),      # the name before the office, then on whose behalf
    ("会上，县长李强同志作了政府工作报告。", "李强"),               # 同志 is no part of the name
    ("县委副书记、县长赵凯代表县人民政府作政府工作报告。", "赵凯"),
])
def test_a_news_leads_speaker(lead, speaker):
    m = meta_of("1月10日，灵璧县第十八届人民代表大会第二次会议开幕。" + lead + "报告提出，今年全县地区生产总值增长7%左右。\n")
    assert m.speaker == speaker


@pytest.mark.parametrize("around, code", [("榕城", "350102"), ("金陵", "320106"), ("彭城", "320302"), ("汴梁", "410204"),
                                          ("福建", "350102"), ("观音桥", None)])
def test_a_namesake_in_the_title_told_apart_by_its_citys_nickname(around, code):
    m = meta_of(f"鼓楼区2023年政府工作报告\n各位代表：\n过去一年，全区地区生产总值增长5%，{around}建设加快。今年全区地区生产总值增长6%左右。\n")
    assert (m.region_code, m.level) == (code, "county")


@pytest.mark.parametrize("head, province, cities", [
    ("江苏省鼓楼区2023年政府工作报告", "江苏省", "南京市、徐州市"),
    ("河北省新华区人民政府工作报告\n——2023年1月在新华区第十五届人民代表大会第三次会议上", "河北省", "石家庄市、沧州市"),
    ("2022年政府工作报告\n——2022年1月6日在江苏省鼓楼区第十七届人民代表大会第六次会议上", "江苏省", "南京市、徐州市"),
])
def test_a_namesake_named_with_only_its_province_is_not_the_province(head, province, cities):
    # two divisions of the name in the province: the report is one of them, not the province itself
    m = meta_of(head + "\n\n" + body("全区", "区人民政府"))
    assert (m.region, m.region_code, m.level, m.province) == (None, None, "county", province)
    assert f"in {province} ({cities})" in m.inferred["region"]


@pytest.mark.parametrize("head, want", [
    ("河南省鼓楼区2023年政府工作报告", ("鼓楼区", "开封市")),  # one 鼓楼区 in 河南
    ("辽宁省和平区2023年政府工作报告", ("和平区", "沈阳市")),  # one 和平区 in 辽宁
    ("江苏省鼓楼区2023年政府工作报告", ("鼓楼区", "徐州市")),  # its city named in the body
])
def test_a_namesake_the_province_or_the_body_settles_is_found(head, want):
    extra = "徐州市委、市政府高度重视。徐州都市圈建设加快推进。" if "江苏" in head else ""
    m = meta_of(head + "\n\n" + body("全区", "区人民政府") + extra)
    assert (m.region, m.parent) == want and "region" not in m.inferred


@pytest.mark.parametrize("head, year, date", [
    ("政府工作报告\n——2024年元月10日在宁武县第十七届人民代表大会第三次会议上", 2024, "2024-01-10"),
    ("宁武县政府工作报告\n（二〇二二年元月十八日）", 2022, "2022-01-18"),
    ("——2021年元月在宁武县第十六届人民代表大会第五次会议上", 2021, None),
    ("元月9日，宁武县第十七届人民代表大会第二次会议开幕。县长代表县人民政府作政府工作报告。\n发布时间：2023-01-10", 2023, "2023-01-09"),
])
def test_yuanyue_is_january(head, year, date):
    m = meta_of(head + "\n\n" + body("全县", "县人民政府"))
    assert (m.region, m.report_year, m.meeting_date) == ("宁武县", year, date)


@pytest.mark.parametrize("tail", ["全县发放补贴2023元月均到账。", "人均补助30元月底前发放。", "每吨120元月度结算。"])
def test_yuan_after_a_number_is_money_not_a_month(tail):
    m = meta_of("宁武县政府工作报告\n\n" + body("全县", "县人民政府") + tail)
    assert (m.report_year, m.meeting_date) == (None, None)


def test_what_was_not_found_says_so():
    # an excerpt with neither its region nor its year: both fields carry why, and facts still come out
    doc = planwatch.read_text("政府工作报告（摘要）\n报告回顾了过去一年的工作。过去一年，全县地区生产总值增长5.3%。"
                              "报告提出，今年全县地区生产总值增长6%左右。\n", "t.txt")
    m = doc.meta
    assert (m.region, m.report_year, m.level) == (None, None, "county")
    assert m.inferred["region"].startswith("not found") and m.inferred["report_year"].startswith("not found")
    assert doc.facts and all(f.confidence < 1 and "not found" in f.note for f in doc.facts)
    # a stated year leaves no such note
    m = meta_of("宁武县政府工作报告\n——2024年1月10日在宁武县第十七届人民代表大会第三次会议上\n\n" + body("全县", "县人民政府"))
    assert m.report_year == 2024 and "report_year" not in m.inferred and "region" not in m.inferred


@pytest.mark.parametrize("head, year", [
    ("平利县人民政府公报 2024年第1期\n政府工作报告", 2024),
    ("平利县人民政府公报\n2023年第2期（总第86期）\n政府工作报告", 2023),
    ("安康市政报 2022 年 第 3 号\n平利县政府工作报告", 2022),
    ("政府工作报告\n据《求是》2024年第1期刊文。", None),  # a citation is no issue of the report's own
])
def test_a_gazettes_issue_dates_a_report_that_states_no_year(head, year):
    lead = "\n在平利县第十八届人民代表大会第三次会议上\n报告回顾了过去一年的工作。过去一年，全县地区生产总值增长5.3%。"
    m = meta_of(head + lead + "报告提出，今年全县地区生产总值增长6%左右。\n")
    assert (m.region, m.report_year) == ("平利县", year)
    if year:
        assert "gazette issue" in m.inferred["report_year"]
    # a dated byline outweighs the issue ("2023年第24期" printing January's report late in the year)
    m = meta_of("平利县人民政府公报 2023年第24期\n政府工作报告\n——2023年1月8日在平利县第十八届人民代表大会第二次会议上\n"
                + body("全县", "县人民政府"))
    assert m.report_year == 2023


@pytest.mark.parametrize("title, year, doc_type", [
    ("平利县人民政府2023年工作报告暨2024年工作安排", 2024, "government_work_report"),
    ("宁乡市人民政府 2021 年工作报告", 2021, "government_work_report"),
    ("平利县政府2022年度工作报告", 2022, "government_work_report"),
    ("平利县发展和改革局2023年工作报告", 2023, "other"),  # an office's report is not the government's
    ("平利县人民政府关于2023年政府工作报告重点任务分工的通知", 2023, "other"),
])
def test_a_year_inside_the_governments_report_title(title, year, doc_type):
    m = meta_of(title + "\n报告回顾了过去一年的工作。过去一年，全县地区生产总值增长5.3%。报告提出，今年全县地区生产总值增长6%左右。\n")
    assert (m.region, m.report_year, m.doc_type) == ("平利县" if "平利" in title else "宁乡市", year, doc_type)


@pytest.mark.parametrize("name, extra, parent", [
    ("西湖区", "洪城大地生机勃勃，", "南昌市"), ("西湖区", "杭城西湖畔，", "杭州市"), ("江北区", "甬城北岸，", "宁波市"),
    ("鼓楼区", "蓉城之外，", None),  # 成都's nickname: no 鼓楼区 there
    ("江北区", "洪城大地，", None),  # 南昌's: no 江北区 there
])
def test_a_city_nickname_tells_namesake_districts_apart(name, extra, parent):
    m = meta_of(f"{name}政府工作报告\n——2024年1月在{name}第十八届人民代表大会第四次会议上\n各位代表：\n现在，我代表区人民政府"
                f"向大会报告工作。过去一年，{extra}全区地区生产总值增长5.6%。今年全区地区生产总值增长6%左右。\n")
    assert (m.region, m.parent) == ((name, parent) if parent else (None, None))


@pytest.mark.parametrize("head, region", [
    ("安康市平利县：召开县十八届人大二次会议\n发布时间：2023-01-09\n1月8日，县十八届人大二次会议召开。", "平利县"),
    ("岳西县隆重召开县十七届人大三次会议\n2023-01-09", "岳西县"),
    ("【两会】召开县十八届人大二次会议\n平利县融媒体中心 2023-01-09", "平利县"),
    ("开县第十六届人民代表大会第五次会议开幕\n2016-01-09", "开县"),  # the county itself (开州区 since 2016)
    ("县领导出席县十八届人大二次会议\n2023-01-09 来源：平利县融媒体中心", "平利县"),  # 县领导 names no county
])
def test_a_headlines_verb_before_an_anonymous_session_names_no_county(head, region):
    m = meta_of(head + "\n县长某某作政府工作报告。报告回顾了过去一年的工作。过去一年，全县地区生产总值增长5.3%。"
                "报告提出，今年全县地区生产总值增长6%左右。\n")
    assert m.region == region


_LONG = "".join(f"（{i}）持续推进重点工作。坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，扎实推动高质量发展，统筹发展和安全。\n"
                for i in range(1, 30))  # past the head: a date at the end is no byline


@pytest.mark.parametrize("top, end, year", [
    ("", "平利县人民政府\n二〇二三年一月\n", 2023),  # a signature
    ("", "（来源：平利县人民政府办公室  2023年1月12日）\n", 2023),  # a copied page's date below the text
    ("", "责任编辑：某某\n2023-01-12 08:30\n", 2023),
    ("", "平利县人民政府\n2022年12月28日\n", 2023),  # a December session: next year's report
    ("平利县2023年两会专题\n", "", 2023),  # the page's column on the year's sessions
    ("【2024年全国两会】\n", "", 2024),
    ("", "以上数据截至2023年。\n", None),  # no date
    ("", "让我们为2035年基本实现现代化而努力奋斗！\n", None),
    ("", "认真贯彻2022年全国两会精神。\n", None),  # far from the top
])
def test_a_date_at_the_end_or_the_years_sessions_date_a_report_without_year(top, end, year):
    m = meta_of(top + "平利县政府工作报告\n在平利县第十八届人民代表大会第二次会议上\n报告回顾了过去一年的工作。过去一年，全县地区"
                "生产总值增长5.3%。报告提出，今年全县地区生产总值增长6%左右。\n" + _LONG + end)
    assert m.report_year == year
    assert ("not found" in m.inferred["report_year"]) == (year is None)


@pytest.mark.parametrize("given, code", [
    ("南京市鼓楼区", "320106"), ("徐州鼓楼区", "320302"), ("320106", "320106"), ("福州市鼓楼区", "350102"),
    ("鼓楼区", None),  # the user's name is as open as the text's
])
def test_a_region_set_by_the_user_may_name_its_city_or_code(given, code):
    # what the warning on an open namesake asks for: --region with the city, or the code
    m = meta_of("江苏省鼓楼区2023年政府工作报告\n\n" + body("全区", "区人民政府"), overrides={"region": given})
    assert (m.region, m.region_code) == ("鼓楼区", code)
    assert m.evidence["region"].source == "override"


@pytest.mark.parametrize("line, year, date", [
    ("——2023.1.8在平利县第十八届人民代表大会第二次会议上", 2023, "2023-01-08"),
    ("——2023-01-08在平利县第十八届人民代表大会第二次会议上", 2023, "2023-01-08"),
    ("2022/12/28于平利县第十八届人民代表大会第二次会议", 2023, "2022-12-28"),  # a December session
    ("发布时间：2023-01-12 在线阅读\n在平利县第十八届人民代表大会第二次会议上", 2023, None),  # the page's date
])
def test_a_bylines_date_in_figures(line, year, date):
    m = meta_of("政府工作报告\n" + line + "\n\n" + body("全县", "县人民政府"))
    assert (m.region, m.report_year, m.meeting_date) == ("平利县", year, date)


@pytest.mark.parametrize("title, region, parent", [
    ("市中区政府工作报告", None, None),  # four 市中区, none named: not 台中市's 中区 inside the name
    ("乐山市市中区政府工作报告", "市中区", "乐山市"),
    ("白云鄂博矿区政府工作报告", "白云鄂博矿区", "包头市"),  # not a 矿区 of its own
    ("中山区政府工作报告", "中山区", "大连市"),  # 台北's namesake holds no people's congress
    ("和平区2024年政府工作报告", None, None),  # 天津's or 沈阳's (台中's aside)
])
def test_a_short_district_inside_a_longer_name_and_taiwans_namesakes(title, region, parent):
    m = meta_of(title + "\n\n" + body("全区", "区人民政府"))
    assert (m.region, m.parent) == (region, parent)
    if region is None:
        assert "台" not in m.inferred["region"]


@pytest.mark.parametrize("head, parent", [
    ("城关镇政府工作报告\n——2023年1月在城关镇第十八届人民代表大会第三次会议上", None),  # not 城关区's
    ("城厢镇2023年政府工作报告", None),  # nor a town inside 城厢区
    ("宝山乡2022年政府工作报告", None),
    ("鼓楼街道2023年工作报告", None),
    ("平利县城关镇2023年政府工作报告", "平利县"),  # the county named before the town
])
def test_a_town_named_like_a_district_is_a_town(head, parent):
    m = meta_of(head + "\n各位代表：\n现在，我代表镇人民政府向大会报告工作。过去一年，全镇财政收入增长4%。今年全镇财政收入增长6%左右。\n")
    assert (m.region, m.level, m.parent) == (None, None, parent)
    assert "not an administrative division" in m.inferred["region"]


@pytest.mark.parametrize("lead, region", [
    ("1月22日，自治区十四届人大二次会议在南宁开幕。自治区主席某某作政府工作报告。", "广西壮族自治区"),  # its capital
    ("省十四届人大二次会议在长沙隆重开幕", "湖南省"),
    ("1月8日，市十五届人大三次会议在洛阳开幕。", "洛阳市"),  # a city's congress meets in itself
    ("1月8日，州十五届人大三次会议在凯里开幕。", "黔东南苗族侗族自治州"),  # a prefecture's in a city of its own
    ("1月8日，县十八届人大二次会议在县城开幕。", None),
    ("1月8日，市十八届人大三次会议在市会议中心开幕。", None),
])
def test_an_anonymous_congress_is_placed_by_the_city_it_meets_in(lead, region):
    m = meta_of(lead + "\n报告回顾了过去一年的工作。过去一年，地区生产总值增长5.3%。报告提出，今年地区生产总值增长5.5%左右。\n")
    assert m.region == region


@pytest.mark.parametrize("url, year", [
    ("http://www.pingli.gov.cn/n1/2023/0112/c123-456.html", 2023),
    ("http://www.pingli.gov.cn/xxgk/202301/t20230112_1.html", 2023),
    ("http://www.pingli.gov.cn/content/2023-01/12/content_1.htm", 2023),
    ("http://www.pingli.gov.cn/Content-2456789.html", None),
    ("http://www.pingli.gov.cn/zfxxgk/2023zfgzbg/index.html", None),  # a year in a folder's name is no date
])
def test_a_copys_link_dates_it_above_or_below_the_text(url, year):
    text = ("平利县政府工作报告\n在平利县第十八届人民代表大会第二次会议上\n报告回顾了过去一年的工作。过去一年，全县地区生产总值"
            "增长5.3%。报告提出，今年全县地区生产总值增长6%左右。\n" + _LONG)
    assert meta_of("网址：" + url + "\n" + text).report_year == year
    assert meta_of(text + "本文链接：" + url + "\n").report_year == year


_NEWS_BODY = "报告指出，过去一年，全省地区生产总值稳步增长。报告提出，今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n"


@pytest.mark.parametrize("lead, year", [
    ("1月22日，河北省第十四届人民代表大会第二次会议在石家庄开幕。省长作政府工作报告。", 2024),
    ("新华日报讯 1月12日，江苏省十四届人大一次会议在南京开幕。", 2023),
    ("1月28日，湖南省第十三届人民代表大会第二次会议在长沙开幕。", 2019),
    ("河南日报讯 1月25日，省十四届人大二次会议在郑州开幕。省长王凯代表省人民政府作政府工作报告。", 2024),
    # municipalities and autonomous regions that count their terms otherwise (congress_terms.tsv)
    ("1月21日上午，北京市第十六届人民代表大会第二次会议开幕。", 2024),
    ("1月22日，重庆市第六届人民代表大会第二次会议在重庆人民大礼堂开幕。", 2024),
    ("1月21日，西藏自治区第十二届人民代表大会第二次会议在拉萨开幕。", 2024),
    ("1月24日，宁夏回族自治区第十三届人民代表大会第二次会议在银川开幕。", 2024),
])
def test_a_provinces_own_congress_session_dates_a_month_day_news_lead(lead, year):
    m = meta_of(lead + "\n" + _NEWS_BODY)
    assert m.report_year == year
    assert "people's congress" in m.inferred["report_year"]


def test_the_sessions_term_bounds_the_years_the_text_gives():
    # session 5 of a term may meet in its fourth year (an extra session came between): the year the
    # text reviews decides inside the term; one outside it does not
    lead = "1月25日，湖南省十二届人大五次会议在长沙开幕。报告指出，"
    assert meta_of(lead + "2015年，全省地区生产总值增长8.6%。今年全省地区生产总值增长8.5%左右。\n").report_year == 2016
    # a first session is in the term's first year, whatever the body says
    assert meta_of("1月12日，广东省第十四届人民代表大会第一次会议开幕。报告指出，2021年，全省地区生产总值增长8%。"
                   "今年全省地区生产总值增长5%以上。\n").report_year == 2023


@pytest.mark.parametrize("text", [
    # a standing committee's meeting is counted otherwise
    "1月10日，河北省第十四届人民代表大会常务委员会第七次会议在石家庄举行。会议听取了全省计划执行情况的报告。全省地区生产总值增长5.5%。\n",
    # a province whose count is not listed
    "1月25日，海南省第七届人民代表大会第二次会议在海口开幕。省长作政府工作报告。\n" + _NEWS_BODY,
    # a session named in passing: the one whose term the government reviews
    "1月12日，省委召开座谈会。会议指出，自河北省十三届人大一次会议以来，全省地区生产总值年均增长6.3%。河北省、河北省。全省上下。"
    "今年全省地区生产总值增长6%左右。\n",
    # a county's news naming the province's session in passing
    "1月10日，平利县第十八届人民代表大会第三次会议开幕。报告指出，过去一年，全县认真贯彻省十四届人大二次会议精神，"
    "全县地区生产总值稳步增长。今年全县地区生产总值增长6.5%左右。\n",
])
def test_a_session_that_is_not_the_provinces_own_dates_nothing(text):
    assert meta_of(text).report_year is None


@pytest.mark.parametrize("sentence, year", [
    ("报告指出，去年（2023年），全县地区生产总值增长6.2%。", 2024),
    ("报告提出，今年（2024年），全县地区生产总值增长6.5%左右。", 2024),
    ("报告总结了过去一年的工作，并对2024年工作作出安排部署。", 2024),
    ("会议全面总结过去一年工作，安排部署2024年重点任务。", 2024),
    # the year named as …之年: this year with targets, the year reviewed with results
    ("报告指出，2023年是全面贯彻党的二十大精神的开局之年，全县地区生产总值增长6.2%。", 2024),
    ("报告指出，2023年是极不平凡的一年，全县上下团结奋斗。", 2024),
    ("报告提出，2024年是实现“十四五”规划目标任务的关键一年，全县地区生产总值增长6.5%左右。", 2024),
    # not a year planned for: what was planned and done
    ("报告指出，年初县政府部署2023年十项民生实事，已全部完成。", None),
])
def test_the_year_a_news_lead_says_outright_or_plans_for(sentence, year):
    assert meta_of("1月10日，平利县第十八届人民代表大会第三次会议开幕。" + sentence + "\n").report_year == year


_COUNTY_LEAD = "报告指出，2023年，全县地区生产总值增长5.1%。今年全县地区生产总值增长6%左右。\n"


@pytest.mark.parametrize("head, region", [
    ("来源：南县融媒体中心\n1月21日，县十八届人大三次会议隆重开幕。", "南县"),
    ("滑县融媒体中心讯 1月10日，县十七届人大三次会议召开。", "滑县"),
    ("来源：歙县融媒体中心 编辑：张三\n1月9日，县十八届人大四次会议开幕。", "歙县"),
    ("安康市融媒体中心 宁陕县融媒体中心联合报道\n1月9日，县十八届人大三次会议开幕。", "宁陕县"),
    ("来源：中共洋县县委宣传部\n1月9日，县十八届人大三次会议开幕。", "洋县"),
    ("来源：安康市委宣传部\n1月9日，县十八届人大三次会议开幕。", None),
    # a city's outlet over an anonymous county session: the county is not known
    ("安康市融媒体中心讯 1月10日，县十八届人大三次会议开幕。", None),
    # a national paper's name is no place (光明区, 新华区), a county's own session decides
    ("光明日报讯 1月9日，宁陕县第十八届人民代表大会第三次会议开幕。", "宁陕县"),
])
def test_the_outlet_that_published_a_county_news_page_names_its_county(head, region):
    assert meta_of(head + _COUNTY_LEAD).region == region


def test_a_papers_city_names_a_standing_committees_anonymous_session():
    m = meta_of("洛阳日报讯 1月5日，市十六届人大常委会第十次会议召开。会议听取了市政府关于2024年国民经济和社会发展计划草案的说明。"
                "全市地区生产总值增长6%左右。\n")
    assert (m.region, m.report_year) == ("洛阳市", 2024)


@pytest.mark.parametrize("text, region", [
    # a county's outlet reposting the city's session held in the city
    ("来源：平利县融媒体中心\n1月15日，市五届人大三次会议在安康开幕。报告指出，2023年，全市地区生产总值增长4.8%。今年全市地区生产总值增长6%左右。\n",
     "安康市"),
    ("新华日报讯 1月12日，省十四届人大一次会议在南京开幕。报告指出，过去五年，全省地区生产总值年均增长5.8%。今年全省地区生产总值增长5%以上。\n",
     "江苏省"),
    # a media centre named in a report's text is no source
    ("一、2023年工作回顾\n过去一年，全市地区生产总值增长4.8%，推进县级融媒体中心建设，建成平利县融媒体中心。\n二、2024年工作安排\n"
     "全市地区生产总值增长6%左右。\n", None),
])
def test_an_outlet_does_not_outweigh_the_session_or_the_reports_own_level(text, region):
    assert meta_of(text).region == region


@pytest.mark.parametrize("lead", [
    "1月10日，平利县第十八届人民代表大会第三次会议和岚皋县第十八届人民代表大会第三次会议分别开幕。",
    "安康日报讯 1月10日，平利县、岚皋县人代会相继开幕。",
])
def test_a_lead_on_two_sibling_counties_sessions_leaves_the_region_empty_and_keeps_the_facts(lead):
    d = planwatch.read_text(lead + "报告指出，2023年，全县地区生产总值增长6.2%。今年全县地区生产总值增长6.5%左右。\n", "t.txt")
    m = d.meta
    assert (m.region, m.parent, m.province, m.level) == (None, "安康市", "陕西省", "county")
    assert "平利县 and 岚皋县" in m.inferred["region"]
    assert d.facts and all("region not found" in f.note for f in d.facts)


@pytest.mark.parametrize("text, region", [
    # one session, its neighbours named in passing
    ("1月10日，岚皋县第十八届人民代表大会第三次会议开幕。与平利县、镇坪县一样，岚皋县把产业发展放在首位。", "岚皋县"),
    # a county's session and its city's (another level), or a standing committee's
    ("1月15日，安康市第五届人民代表大会第三次会议开幕。此前，平利县第十八届人民代表大会第三次会议已于1月10日闭幕。", "安康市"),
    ("1月10日，平利县第十八届人民代表大会第三次会议开幕，县十八届人大常委会主任出席。", "平利县"),
])
def test_a_lead_naming_other_divisions_in_passing_keeps_its_own(text, region):
    assert meta_of(text + "报告指出，2023年，全县地区生产总值增长6.2%。今年全县地区生产总值增长6.5%左右。\n").region == region


@pytest.mark.parametrize("text, region", [
    # a county-level city's excerpt naming its prefecture as its superior, itself last or anonymous
    ("2023年，在梅州市委、市政府和兴宁市委的坚强领导下，全市地区生产总值增长4.2%，梅州市考核中全市位居第一。兴宁市全市上下。"
     "今年全市地区生产总值增长5%左右。梅州市。\n", "兴宁市"),
    ("2023年，在梅州市委、市政府和市委的坚强领导下，全市地区生产总值增长4.2%，梅州市考核中全市位居第一。兴宁市全市上下。"
     "今年全市地区生产总值增长5%左右。梅州市。\n", "兴宁市"),
    # the city's own: its committee alone, or last after the province's
    ("2023年，在梅州市委、市政府的坚强领导下，全市地区生产总值增长4.2%，兴宁市增长5.1%。梅州市全市上下。"
     "今年全市地区生产总值增长5%左右。梅州市。\n", "梅州市"),
    ("2023年，在广东省委、省政府和梅州市委的坚强领导下，全市地区生产总值增长4.2%，兴宁市增长5.1%。全市上下。"
     "今年全市地区生产总值增长5%左右。梅州市。\n", "梅州市"),
])
def test_an_excerpt_led_by_its_superiors_committee_is_the_region_inside_it(text, region):
    m = meta_of(text)
    assert (m.region, m.report_year) == (region, 2024)


@pytest.mark.parametrize("source, region", [
    ("来源：开县人民政府网 2015-01-09", "开县"),  # a renamed county (开州区 since 2016) under its old name
    ("来源：萧县人民政府", "萧县"),
    ("来源：安康市人民政府网", None),  # a city's portal over an anonymous county session
])
def test_a_government_site_as_the_source_of_a_county_news_page(source, region):
    m = meta_of(source + "\n1月8日，县十七届人大五次会议开幕。报告指出，过去一年，全县地区生产总值增长6.2%。今年全县地区生产总值增长6.5%左右。\n")
    assert m.region == region


@pytest.mark.parametrize("lead, region", [
    ("本报平利1月10日电（记者 王某）县十八届人大三次会议今天开幕。", "平利县"),
    ("本报诸暨1月10日讯（记者 王某）市十七届人大三次会议今天开幕。", "诸暨市"),
    ("保定日报讯 蠡县1月10日电 县十七届人大四次会议今天开幕。", "蠡县"),
    # the dateline's end joined to an anonymous session by the erased space; the city it meets in decides
    ("新华社郑州1月8日电 市十六届人大三次会议在洛阳开幕。", "洛阳市"),
    # a news agency's dateline in the capital: the province's own session decides
    ("新华社郑州1月25日电 河南省十四届人大二次会议25日开幕。", "河南省"),
    ("中新网安康1月10日电 平利县第十八届人民代表大会第三次会议10日开幕。", "平利县"),
])
def test_the_place_a_news_dateline_was_filed_from(lead, region):
    level = {"县": "全县", "市": "全市", "省": "全省"}[region[-1]]
    m = meta_of(lead + f"报告指出，2023年，{level}地区生产总值增长6.2%。今年{level}地区生产总值增长6.5%左右。\n")
    assert (m.region, m.report_year) == (region, 2024)


@pytest.mark.parametrize("paper, region", [
    ("瑞安日报讯（记者 陈某 通讯员 林某）", "瑞安市"),  # a county-level city's own paper
    ("昆山日报讯", "昆山市"),
    ("光明日报讯", None),  # national papers named like a division (光明区, 新民市)
    ("新民晚报讯", None),
])
def test_a_papers_name_over_an_anonymous_city_session(paper, region):
    m = meta_of(paper + " 1月9日，市十七届人大四次会议隆重开幕。报告指出，2023年，全市地区生产总值增长7.2%。今年全市地区生产总值增长7%左右。\n")
    assert m.region == region


@pytest.mark.parametrize("column, year", [
    ("【聚焦2024两会】平利县十八届人大三次会议开幕", 2024),
    ("2024年平利县两会专题", 2024),
    ("#2024平利两会# 县十八届人大三次会议开幕", 2024),
    ("2024·平利两会", 2024),
    ("平利两会", None),
])
def test_a_column_on_the_years_sessions_dates_a_month_day_lead(column, year):
    m = meta_of(column + "\n1月10日，平利县第十八届人民代表大会第三次会议开幕。报告指出，过去一年，全县地区生产总值增长6.2%。"
                "今年全县地区生产总值增长6.5%左右。\n")
    assert m.report_year == year


def test_a_year_before_两会_in_a_sentence_is_no_column():
    m = meta_of("1月10日，平利县第十八届人民代表大会第三次会议开幕。报告指出，过去一年，全县地区生产总值增长6.2%。"
                "2020两会期间代表提出的建议已全部办结。\n")
    assert m.report_year is None


@pytest.mark.parametrize("text, region", [
    ("2023年，全市地区生产总值增长4.2%，增速居梅州市第一，梅州市考核中全市位居前列。兴宁市全市上下。今年全市地区生产总值增长5%左右。梅州市。\n",
     "兴宁市"),
    # the frame of the ranking is the province: the city named is the report's
    ("2023年，全市地区生产总值增长4.2%，增速居广东省第五。梅州市、梅州市全市上下。今年全市地区生产总值增长5%左右。\n", "梅州市"),
])
def test_the_frame_of_a_ranking_is_a_superior(text, region):
    assert meta_of(text).region == region


@pytest.mark.parametrize("sentence, year", [
    # a clause between the year and the region's own figures
    ("报告指出，2023年，平利茶产业综合产值突破40亿元，全县地区生产总值增长6.2%。今年全县地区生产总值增长6.5%左右。", 2024),
    ("报告指出，2023年，面对复杂严峻的外部环境和艰巨繁重的改革发展任务，全县上下团结奋斗，地区生产总值增长6.2%。"
     "今年全县地区生产总值增长6.5%左右。", 2024),
    # a goal's year, its target word inside the lead, is no year under review
    ("2025年，力争全县地区生产总值突破200亿元。今年全县地区生产总值增长6.5%左右。", None),
    ("到2025年，全县地区生产总值突破200亿元。今年全县地区生产总值增长6.5%左右。", None),
])
def test_a_reviewed_year_opening_a_sentence_with_a_clause_before_the_regions_figures(sentence, year):
    assert meta_of("1月10日，平利县第十八届人民代表大会第三次会议开幕。" + sentence + "\n").report_year == year


def test_a_paper_named_by_a_short_name_shared_by_namesakes_is_the_one_the_text_fits():
    # review7b: 邵阳日报 / 长沙晚报 / 南昌日报 with 全市 are the cities' papers, not 邵阳县's, 长沙县's…
    city = "本报讯 1月12日，市十五届人大三次会议开幕。市长作政府工作报告。今年全市地区生产总值增长6%左右。\n来源：{}\n"
    for paper, region in (("邵阳日报", "邵阳市"), ("长沙晚报", "长沙市"), ("南昌日报", "南昌市"), ("抚顺日报", "抚顺市")):
        doc = planwatch.read_text(city.format(paper), "news.txt")
        assert doc.meta.region == region, paper
        assert doc.facts  # the city's own target is kept
    # a province's paper (全省): 吉林日报 is 吉林省's, not 吉林市's
    doc = planwatch.read_text("本报讯 1月12日，省十四届人大二次会议开幕。今年全省地区生产总值增长5.5%左右。\n来源：吉林日报\n", "n.txt")
    assert doc.meta.region == "吉林省"
    # the county named in full still decides; a county's own words (全县) fit the county
    doc = planwatch.read_text("来源：长沙晚报\n长沙县两会｜县长作政府工作报告\n1月6日，长沙县第十八届人民代表大会第四次会议开幕。"
                              "今年全县地区生产总值增长6%。\n", "n.txt")
    assert doc.meta.region == "长沙县"
    doc = planwatch.read_text("邵阳日报讯 1月12日，县十八届人大三次会议开幕。今年全县地区生产总值增长6%左右。\n", "n.txt")
    assert doc.meta.region == "邵阳县"


def test_a_dateline_place_shared_by_namesakes_is_the_one_the_text_fits():
    # review7b: "本报邵阳1月10日电 市十五届人大…全市…" is 邵阳市's page, not the namesake 邵阳县's
    doc = planwatch.read_text("本报邵阳1月10日电 市十五届人大三次会议今天开幕。今年全市地区生产总值增长6%左右。\n", "n.txt")
    assert doc.meta.region == "邵阳市" and doc.facts
    doc = planwatch.read_text("本报长沙1月10日电 县十八届人大四次会议今天开幕。今年全县地区生产总值增长6%左右。\n", "n.txt")
    assert doc.meta.region == "长沙县"
    doc = planwatch.read_text("本报长沙1月15日电 湖南省十四届人大二次会议今天开幕。今年全省地区生产总值增长6%左右。\n", "n.txt")
    assert doc.meta.region == "湖南省"


def test_two_sessions_then_one_head_by_short_name_giving_the_report():
    # review7b: "郑州市长作政府工作报告" (short name + 市长) tells whose page it is, as "平利县县长" does
    doc = planwatch.read_text("本报讯 1月8日，郑州市、开封市两会相继开幕。郑州市长作政府工作报告，提出今年全市地区生产总值增长6%。\n", "n.txt")
    assert doc.meta.region == "郑州市"
    doc = planwatch.read_text("本报讯 1月8日，郑州市、开封市两会相继开幕。两市市长分别作政府工作报告，提出今年地区生产总值增长6%。\n", "n.txt")
    assert doc.meta.region is None


def test_an_autonomous_prefectures_paper_with_its_level_word():
    # review7b: 恩施日报 with 州…全州 is 恩施州's page, not 恩施市's; with 全市 恩施市's
    doc = planwatch.read_text("本报讯 1月12日，州十五届人大三次会议开幕。今年全州地区生产总值增长6%。\n来源：恩施日报\n", "n.txt")
    assert doc.meta.region == "恩施土家族苗族自治州" and doc.facts
    doc = planwatch.read_text("本报讯 1月12日，市十九届人大三次会议开幕。今年全市地区生产总值增长6%。\n来源：恩施日报\n", "n.txt")
    assert doc.meta.region == "恩施市"


def test_a_sentence_opening_with_building_a_media_centre_names_no_outlet():
    # review7b: "建成县融媒体中心。" at a line's start was read as the outlet of 成县 (甘肃)
    doc = planwatch.read_text("建成县融媒体中心。来源：本站\n今年全县地区生产总值增长6%。\n", "n.txt")
    assert doc.meta.region != "成县"
    # an outlet on its own line, or as a source, still names its county
    assert planwatch.read_text("抚顺县融媒体中心\n今年全县地区生产总值增长6%。\n", "n.txt").meta.region == "抚顺县"
    assert planwatch.read_text("今年全县地区生产总值增长6%。\n来源：南县融媒体中心\n", "n.txt").meta.region == "南县"


@pytest.mark.parametrize("title,year", [
    ("关于2023年计划执行情况和2024年计划草案的报告", 2024),
    ("关于全市2022年计划执行情况与2023年计划草案的报告", 2023),
    ("关于2021年计划执行情况及2022年计划安排的报告", 2022),
    ("2023年计划执行情况和2024年计划安排（附表）", 2024),
    ("2024年国民经济和社会发展主要指标计划表", 2024),
])
def test_a_plan_report_titled_without_its_long_name(title, year):
    # the words "国民经济和社会发展" left out of the title, or an appendix table printed alone
    m = meta_of(title + "\n一、执行情况\n全省生产总值增长5.2%，比计划低0.3个百分点。\n", name="p.txt")
    assert (m.doc_type, m.report_year) == ("plan_report", year)


@pytest.mark.parametrize("title", ["2023年工作总结和2024年工作计划", "关于2023年预算执行情况与2024年预算草案的报告",
                                   "关于2023年政府投资计划执行情况的报告"])
def test_other_plans_and_budgets_are_no_plan_report(title):
    m = meta_of(title + "\n一、2023年工作总结\n全年完成投资12亿元。\n", name="p.txt")
    assert m.doc_type != "plan_report"


# --- news leads that restate the government work report without naming it
@pytest.mark.parametrize("text", [
    "记者从日前召开的东平县十九届人大三次会议上获悉，今年全县地区生产总值预期增长6%以上，一般公共预算收入增长5%。\n"
    "过去一年，全县地区生产总值增长5.8%。",
    "1月8日，会议听取和审议了县长王强所作的工作报告。\n2023年，全县地区生产总值完成210亿元，增长6.1%。"
    "2024年主要预期目标：地区生产总值增长6.5%。",
    "2月20日上午，市十六届人大四次会议隆重开幕。市长张伟代表市政府作报告。\n报告回顾了2023年全市经济社会发展情况。"
    "2024年全市地区生产总值预期增长6%左右。",
    "本报讯 1月12日，区九届人大三次会议开幕。大会听取了区长赵某同志所作的工作报告。今年全区地区生产总值预期增长6%。",
])
def test_a_news_lead_restating_the_report_unnamed_is_the_report(text):
    assert planwatch.read_text(text, "x.txt").meta.doc_type == "government_work_report"


@pytest.mark.parametrize("text", [
    # the political consultative conference's session, whose members sit in on the congress
    "1月6日，县政协十届三次会议开幕。县委书记王明出席会议并讲话。委员们列席县十八届人大三次会议，听取县长所作的工作报告。"
    "会议共收到提案120件。",
    "记者从县统计局获悉，今年前三季度全县地区生产总值增长5.2%。",
    "记者从县人大常委会第十二次会议上获悉，会议审议了县人民政府关于2023年审计工作的报告。",
    "1月5日，县委召开经济工作会议。县长王强作了讲话，并对县人民政府的工作报告起草提出要求。",
    "今天上午，县长李明主持召开县政府常务会议，研究部署近期重点工作。会议听取了各乡镇工作汇报。",
])
def test_news_that_merely_mentions_a_report_stays_other(text):
    assert planwatch.read_text(text, "x.txt").meta.doc_type == "other"


# --- the production and construction corps reports as a government; it is no division
@pytest.mark.parametrize("text", [
    "新疆生产建设兵团工作报告\n——2024年1月在兵团第八届人民代表大会第二次会议上\n各位代表：现在，我代表兵团向大会报告工作，请予审议。"
    "2023年，兵团生产总值增长6.5%。2024年主要预期目标：兵团生产总值增长6%左右。",
    "各位代表：现在，我代表新疆生产建设兵团向大会报告工作，请予审议。一、2023年工作回顾\n过去一年，兵团生产总值增长6.5%。",
    "各位代表：现在，我代表师市向大会报告工作，请予审议。一、2023年工作回顾\n过去一年，师市生产总值增长6.5%。",
])
def test_the_corps_own_work_report(text):
    meta = planwatch.read_text(text, "x.txt").meta
    assert meta.doc_type == "government_work_report"
    assert meta.report_year == 2024


def test_a_corps_party_committee_meeting_is_no_report():
    text = "1月5日，兵团党委召开常委会会议，传达学习中央经济工作会议精神，研究部署兵团2024年工作。"
    assert planwatch.read_text(text, "x.txt").meta.doc_type == "other"


# --- a page date with a two-digit year
@pytest.mark.parametrize("head, year", [
    ("来源：县政府办 发布时间：19/01/10\n", 2019),
    ("发布时间：19-01-10 09:30\n", 2019),
    ("日期: 21.02.03\n", 2021),
    ("19-01-10\n", 2019),
    ("发布时间：18-12-28\n", 2019),  # December: the next year's targets
    ("发布时间：20-1-9 9:30\n", 2020),
    ("22/1/18\n", 2022),
])
def test_a_two_digit_page_year(head, year):
    text = head + "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。过去一年，全县地区生产总值增长6.5%。" \
        "今年主要预期目标：地区生产总值增长7%。"
    assert planwatch.read_text(text, "x.txt").meta.report_year == year


@pytest.mark.parametrize("head", ["编号 19-01-10\n", "全县19-01-10工作推进\n", "12.3.15\n", "19-13-10\n"])
def test_two_digit_dates_inside_a_line_are_no_page_date(head):
    text = head + "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。过去一年，全县地区生产总值增长6.5%。" \
        "今年主要预期目标：地区生产总值增长7%。"
    assert planwatch.read_text(text, "x.txt").meta.report_year is None


# --- a December dateline without a year: the year of the targets its text names
@pytest.mark.parametrize("text, year, date", [
    ("12月28日，县十八届人大六次会议开幕。县长李某作政府工作报告。\n2024年，全县将以高质量发展为主线，"
     "地区生产总值增长6%左右，城镇新增就业5000人。", 2024, "2023-12-28"),
    ("12月30日，县十八届人大六次会议胜利闭幕。会议审议通过了政府工作报告。会议确定，2024年全县地区生产总值增长6%左右。",
     2024, "2023-12-30"),
    ("12月27日上午，市十五届人大五次会议开幕。市长张某作政府工作报告。\n2019年，全市地区生产总值增长7%左右；"
     "到2020年，全市地区生产总值突破600亿元。", 2019, "2018-12-27"),
    ("12月28日，县十八届人大六次会议开幕。县长李某作政府工作报告。\n2024年，全县地区生产总值力争增长6.5%，"
     "固定资产投资增长8%以上。", 2024, "2023-12-28"),
])
def test_a_december_dateline_and_the_coming_years_targets(text, year, date):
    meta = planwatch.read_text(text, "x.txt").meta
    assert (meta.report_year, meta.meeting_date) == (year, date)


@pytest.mark.parametrize("text", [
    # a review's idiom is no target
    "12月28日，县十八届人大六次会议开幕。县长李某作政府工作报告。\n2023年，全县上下攻坚克难，力争上游，地区生产总值增长5.5%。",
    # a goal's year
    "12月28日，县十八届人大六次会议开幕。县长李某作政府工作报告。\n报告提出，到2025年，全县地区生产总值突破300亿元左右。",
])
def test_a_december_dateline_without_the_years_targets_gives_no_year(text):
    assert planwatch.read_text(text, "x.txt").meta.report_year is None


@pytest.mark.parametrize("text, zone", [
    ("各位代表：现在，我代表新疆生产建设兵团向大会报告工作，请予审议。一、2023年工作回顾\n过去一年，兵团生产总值增长6.5%。",
     "新疆生产建设兵团"),
    ("各位代表：\n  现在，我代表新疆生产建设兵团，向大会报告工作，请予审议。过去一年，新疆生产建设兵团生产总值增长5.9%。",
     "新疆生产建设兵团"),
])
def test_the_corps_named_only_in_its_opening_is_no_division(text, zone):
    meta = planwatch.read_text(text, "x.txt").meta
    assert (meta.region, meta.region_code, meta.zone) == (None, None, zone)
    ev = meta.evidence["region"]
    assert text[ev.start:ev.end] == ev.quote == zone


@pytest.mark.parametrize("text, region", [
    ("各位代表：现在，我代表平利县人民政府向大会报告工作，请予审议。过去一年，全县生产总值增长6.5%。", "平利县"),
    ("各位代表：现在，我代表浦东新区人民政府向大会报告工作，请予审议。过去一年，全区生产总值增长6.5%。", "浦东新区"),
])
def test_a_divisions_opening_keeps_its_region(text, region):
    assert planwatch.read_text(text, "x.txt").meta.region == region


@pytest.mark.parametrize("text", [
    "1月10日，南召县第十八届人民代表大会第三次会议开幕。县长李明向大会报告工作。今年全县地区生产总值预期增长7%左右。",
    "1月10日，县十八届人大三次会议开幕。李明县长代表县政府向大会作报告。今年全县地区生产总值预期增长7%左右。",
    "1月10日，县十八届人大三次会议开幕。会议审议了县长李明所作的报告。今年全县地区生产总值预期增长7%左右。",
])
def test_the_heads_bare_report_on_a_congress_session_is_the_report(text):
    assert planwatch.read_text(text, "x.txt").meta.doc_type == "government_work_report"


@pytest.mark.parametrize("text", [
    "1月10日，县人大常委会召开第十五次会议，听取县长李明作的关于全县安全生产工作情况的报告。",
    "1月10日，县十八届人大三次会议开幕。县人民法院院长李某作法院工作报告。",
    "1月6日，县委召开经济工作会议。县长李明作报告，部署2024年工作。",
    "1月10日，县人大常委会第十五次会议召开，副县长李明代表县政府作关于2023年审计工作的报告。",
])
def test_other_reports_and_meetings_are_no_work_report(text):
    assert planwatch.read_text(text, "x.txt").meta.doc_type == "other"
