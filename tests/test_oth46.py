"""Decision 335 (oth46): documents a corpus gathered from the web mixes with the reports — a city's 统计公报, a province's
审计工作报告, a 人大常委会工作报告, a party committee's 十五五 建议, a zone's committee's report and a township's report.
Sentences written for these tests, none copied from the blind set."""
import pytest

import planwatch


def _read(text: str, name: str = "t.txt"):
    return planwatch.read_text(text, name)


def _facts(doc):
    return sorted((f.indicator, f.role, f.measure, f.value) for f in doc.facts if not f.indicator.startswith("other:"))


_BODY = "各位代表：\n现在，我代表{who}向大会报告工作，请予审议。\n\n一、2022年主要工作\n过去一年，全市地区生产总值增长5.1%。\n"
_BYLINE = "——2023年1月12日在衡阳市第十六届人民代表大会第二次会议上\n"


# 1. the head of another body than the government, named in the byline under that body, is the speaker
@pytest.mark.parametrize("title,office,who", [
    ("衡阳市人民代表大会常务委员会工作报告", "衡阳市人大常委会主任", "市人大常委会"),  # a standing committee's chair
    ("衡阳市人民代表大会常务委员会工作报告", "市人大常委会主任", "市人大常委会"),  # the same, its office by the level alone
    ("衡阳市中级人民法院工作报告", "衡阳市中级人民法院院长", "市中级人民法院"),  # a court's president
    ("衡阳市人民检察院工作报告", "衡阳市人民检察院检察长", "市人民检察院"),  # a procurator-general
])
def test_another_bodys_head_in_the_byline_is_the_speaker(title, office, who):
    doc = _read(title + "\n" + _BYLINE + office + "　欧阳立新\n\n" + _BODY.format(who=who))
    assert doc.meta.speaker == "欧阳立新"
    assert doc.meta.doc_type == "other"


def test_an_auditors_byline_names_the_speaker():
    # an audit office's head, at the standing committee's session
    text = ("关于2021年度省级预算执行和其他财政收支的审计工作报告\n——2022年7月26日在湖南省第十三届人民代表大会常务委员会"
            "第三十二次会议上\n湖南省审计厅厅长　罗建军\n\n主任、各位副主任、秘书长、各位委员：\n"
            "2021年，全省一般公共预算收入3250.7亿元，增长8.5%。\n")
    assert _read(text).meta.speaker == "罗建军"


@pytest.mark.parametrize("office,name", [
    ("石门镇镇长", "覃海波"),  # a town's head after the town's name
    ("三江乡乡长", "杨光明"),  # a township's
])
def test_a_towns_head_after_its_name_is_the_speaker(office, name):
    text = (office[:-2] + "人民政府工作报告\n——2023年1月6日在石门县" + office[:-2] + "第十九届人民代表大会第三次会议上\n"
            + office + "　" + name + "\n\n各位代表：\n现在，我代表" + office[-2] + "人民政府向大会报告工作，请予审议。\n"
            "一、2022年工作回顾\n全" + office[-2] + "完成固定资产投资3.2亿元。\n")
    doc = _read(text)
    assert doc.meta.speaker == name
    assert doc.meta.region is None and doc.meta.parent == "石门县"


def test_a_governments_byline_keeps_its_speaker():
    # the look-alike: a government's report, its head under the government, is read as before
    doc = _read("衡阳市政府工作报告\n" + _BYLINE + "衡阳市人民政府市长　欧阳立新\n\n" + _BODY.format(who="市人民政府"))
    assert doc.meta.speaker == "欧阳立新"
    assert doc.meta.doc_type == "government_work_report"


def test_a_numbered_heading_is_no_speaker():
    # a part's heading whose words end in 政府 and two more ("（二）政府债务情况") is no office and name
    text = ("关于某县2022年预算执行情况和2023年预算草案的报告\n——2023年1月6日在石门县第十八届人民代表大会第三次会议上\n"
            "石门县财政局\n各位代表：\n受县人民政府委托，现将预算草案提请审议。\n一、2022年预算执行情况\n"
            "（一）一般公共预算执行情况\n全县一般公共预算收入完成9.6亿元。\n（二）政府债务情况\n年末政府债务余额120亿元。\n")
    assert _read(text).meta.speaker is None


def test_a_budget_bureaus_head_stays_the_speaker():
    # the look-alike: the bureau's head named under the bureau by the level alone is read as before
    text = ("关于石门县2022年预算执行情况和2023年预算草案的报告\n——2023年1月6日在石门县第十八届人民代表大会第三次会议上\n"
            "县财政局局长　覃海波\n\n各位代表：\n受县人民政府委托，现将预算草案提请审议。\n")
    assert _read(text).meta.speaker == "覃海波"


# 2. a statistical communiqué: the survey team signing it is no speaker, its date no meeting's
_COMMUNIQUE = ("岳阳市2022年国民经济和社会发展统计公报\n{sign}\n2023年3月28日\n\n一、综合\n"
               "初步核算，全年全市地区生产总值4902.8亿元，比上年增长4.7%。\n")


@pytest.mark.parametrize("sign", [
    "岳阳市统计局\n国家统计局岳阳调查队",  # the bureau and the team one a line
    "岳阳市统计局　国家统计局岳阳调查队",  # on one line, 统计局长 read across the two
])
def test_a_communiques_signers_and_date_are_no_speaker_nor_meeting(sign):
    doc = _read(_COMMUNIQUE.format(sign=sign))
    assert doc.meta.doc_type == "statistical_communique"
    assert doc.meta.speaker is None and doc.meta.meeting_date is None
    assert doc.meta.report_year == 2023
    assert ("gdp", "actual", "level", 4902.8) in _facts(doc)


def test_a_provincial_survey_corps_is_no_speaker():
    # a province's team is a 调查总队
    doc = _read(_COMMUNIQUE.replace("岳阳市", "湖南省").replace("全市", "全省").format(sign="湖南省统计局\n国家统计局湖南调查总队"))
    assert doc.meta.speaker is None


def test_a_plan_reports_byline_date_stays():
    # the look-alike: a report delivered at a session keeps its byline's day
    text = ("关于岳阳市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n——2023年1月8日在岳阳市第九届人民代表大会"
            "第二次会议上\n岳阳市发展和改革委员会主任　李明\n\n各位代表：\n")
    assert _read(text).meta.meeting_date == "2023-01-08"


# 3. a document that is no report dates itself in a bracket right under its first line
def test_a_proposals_adoption_date_is_its_date():
    text = ("中共岳阳市委关于制定岳阳市国民经济和社会发展第十五个五年规划的建议\n"
            "（2025年12月20日中国共产党岳阳市第八届委员会第十次全体会议通过）\n\n"
            "“十五五”时期，全市地区生产总值年均增长6%左右，到2030年突破6800亿元。\n")
    doc = _read(text)
    assert doc.meta.doc_type == "other"
    assert doc.meta.meeting_date == "2025-12-20" and doc.meta.report_year == 2026
    assert ("gdp", "goal", "growth", 6) in _facts(doc)


def test_a_speech_dated_under_its_title_names_its_speaker_below():
    text = ("在中共岳阳市委经济工作会议上的讲话\n（2022年12月23日）\n王一鸥\n\n同志们：\n"
            "今年全市地区生产总值预计增长4.5%左右。\n")
    doc = _read(text)
    assert (doc.meta.meeting_date, doc.meta.speaker) == ("2022-12-23", "王一鸥")


def test_a_date_bracket_lower_down_is_no_documents_date():
    # the look-alike: a bracketed date further down, under a heading and a paragraph, dates nothing
    text = ("中共岳阳市委关于制定岳阳市国民经济和社会发展第十五个五年规划的建议\n\n一、发展成就\n"
            "全市经济实力跃上新台阶。\n（2025年12月20日）\n")
    assert _read(text).meta.meeting_date is None


def test_a_reports_resolution_above_it_still_yields_to_the_byline():
    # the look-alike: a government's report printed after the resolution on it keeps the byline's day (decision 224)
    text = ("岳阳市第九届人民代表大会第二次会议关于政府工作报告的决议\n（2023年1月12日岳阳市第九届人民代表大会第二次会议通过）\n\n"
            "会议同意这个报告。\n\n政府工作报告\n——2023年1月8日在岳阳市第九届人民代表大会第二次会议上\n岳阳市市长　李爱武\n\n"
            "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n")
    assert _read(text).meta.meeting_date == "2023-01-08"


# 4. an audit report: typed other by its title, its aims no pledges, its findings on an indicator no facts
_AUDIT = ("关于2022年度市级预算执行和其他财政收支的审计工作报告\n——2023年8月29日在岳阳市第九届人民代表大会常务委员会第十次会议上\n"
          "岳阳市审计局局长　刘洋\n\n主任、各位副主任、各位委员：\n受市人民政府委托，现将审计情况报告如下。\n"
          "2022年，全市一般公共预算收入196.2亿元，增长6.1%。\n{finding}\n")


def test_an_audit_reports_aims_are_no_pledges():
    doc = _read(_AUDIT.format(finding="下一步，市审计局将督促整改，力争问题整改率达到95%以上，新建审计信息平台2个。"))
    assert doc.meta.doc_type == "other"
    assert doc.pledges == []
    assert ("general_budget_revenue", "actual", "level", 196.2) in _facts(doc)


@pytest.mark.parametrize("finding", [
    "抽审的12个项目中，固定资产投资虚报4.5亿元。",  # an amount found overstated
    "四是固定资产投资少计3.2亿元。",  # understated
    "审计发现，城镇新增就业多报1200人。",  # a count overstated
    "三是城镇新增就业重复统计2300人。",  # counted twice
])
def test_an_audit_finding_on_an_indicator_is_no_fact(finding):
    doc = _read(_AUDIT.format(finding=finding))
    assert _facts(doc) == [("general_budget_revenue", "actual", "growth", 6.1),
                           ("general_budget_revenue", "actual", "level", 196.2)]


def test_an_indicators_own_verb_still_gives_its_fact():
    # the look-alike: an indicator's figure with its own verb in the same report is a fact
    doc = _read(_AUDIT.format(finding="全市固定资产投资完成1450.2亿元，增长6.3%。"))
    assert ("fixed_asset_investment", "actual", "level", 1450.2) in _facts(doc)


def test_a_budget_report_stays_a_budget_report():
    # the look-alike: a title naming 预算执行 with no audit is the budget report
    text = ("关于岳阳市2022年预算执行情况和2023年预算草案的报告\n——2023年1月8日在岳阳市第九届人民代表大会第二次会议上\n"
            "岳阳市财政局局长　刘洋\n\n各位代表：\n")
    assert _read(text).meta.doc_type == "budget_report"


# 5. a zone's own report calls the zone by its short name, its rank left out: its own figure
_ZONE = ("{title}2023年工作报告\n——2023年2月10日在{short}2023年工作会议上\n{short}党工委副书记、管委会主任　陈立\n\n同志们：\n"
         "一、2022年工作回顾\n2022年，{said}实现地区生产总值615.3亿元，增长7.2%；一般公共预算收入完成35.6亿元。\n")


@pytest.mark.parametrize("title,short,said", [
    ("株洲国家高新技术产业开发区管理委员会", "株洲高新区", "株洲高新区"),  # 国家 left out of the short name
    ("株洲国家高新技术产业开发区管理委员会", "株洲高新区", "株洲国家高新区"),  # kept: as before
    ("浏阳国家级经济技术开发区管理委员会", "浏阳经开区", "浏阳经开区"),  # 国家级 left out
])
def test_a_zone_calling_itself_by_its_short_name_is_its_own_figure(title, short, said):
    doc = _read(_ZONE.format(title=title, short=short, said=said))
    assert doc.meta.region is None
    assert ("gdp", "actual", "level", 615.3) in _facts(doc)


def test_another_zone_named_in_a_zones_report_is_no_own_figure():
    # the look-alike: another zone's name in the report (a neighbour, not the zone itself) gives no figure of its own
    doc = _read(_ZONE.format(title="株洲国家高新技术产业开发区管理委员会", short="株洲高新区", said="醴陵经开区"))
    assert ("gdp", "actual", "level", 615.3) not in _facts(doc)
