"""News and social pages restating city and provincial reports, blind (nws45, decision 321): a province's (a city's)
round-up of its divisions' targets whose headline says a figure of a counted group of them ("4市定在7.5%左右") gave the
page's region that figure; such a round-up, its divisions' reports named in its lead ("全省14个市州2023年政府工作报告已
全部亮相"), was typed as the page's own work report; a news lead restating the target list without a 目标 word ("报告
提出，今年全省地区生产总值增长6.5%左右，城镇新增就业60万人以上") pledged its indicators' figures. Each with look-alikes
that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val

# ---- 1. a counted group of the region's divisions setting the figure after the name: the group's, no region's ----

_ROUND_UP = ("\n2023-02-09 08:46　来源：红网\n\n红网2月9日讯　随着湘西州人代会2月8日闭幕，{lead}，各地今年的经济增长目标随之"
             "出炉。\n\n株洲提出地区生产总值增长7%左右，湘潭提出增长7%以上，衡阳提出增长7%左右。\n")


@pytest.mark.parametrize("head", [
    "我省14市州2023年GDP增长目标出炉 4市定在7.5%左右",  # a count in digits, a headline's halves
    "我省14市州2023年经济增长目标公布 两市设定在7.5%左右",  # a count in words, 设定在
    "我省14市州2023年GDP增长目标出炉：3个市州定为7.5%左右",  # 个 and the group's full word
])
def test_a_counted_group_of_divisions_setting_the_headlines_figure_is_theirs(head):
    d = read(head + _ROUND_UP.format(lead="全省14个市州2023年政府工作报告已全部亮相"))
    assert d.meta.region == "湖南省"  # (decision 195: the digest of its own divisions is the province's page)
    assert ("gdp", "target", "2023", "growth") not in keys_of(d)
    assert any(k[0].startswith("other:") and f.value == 7.5 for k, f in keys_of(d).items())


def test_a_city_digest_of_its_counties_headline_count_is_theirs():
    # the same on a city's page of its counties (a bare 县 as the group)
    d = read("我市10个县区2024年GDP增长目标出炉 3县定为8%左右\n2024-01-30　来源：赣州日报\n\n记者梳理发现，全市10个县（市、区）"
             "2024年政府工作报告已全部公布。瑞金提出增长8%左右，南康提出增长7.5%左右，信丰提出增长8%左右。\n")
    assert ("gdp", "target", "2024", "growth") not in keys_of(d)


@pytest.mark.parametrize("line,value", [
    ("今年全市地区生产总值增长目标定在6.5%左右。", 6.5),  # look-alike: the region's own target set with 定在, no group
    ("今年全市GDP增长目标定为6%，比上年低1个百分点。", 6),  # look-alike: 定为 after the name, no group
])
def test_the_regions_own_target_set_with_a_setter_stays(line, value):
    d = read("郑州市2024年政府工作报告\n" + line + "\n", region="郑州市", level="prefecture", report_year=2024)
    assert val(keys_of(d), ("gdp", "target", "2024", "growth"))[0] == value


# ---- 2. a round-up naming its divisions' reports in its lead: no work report of the page's own ----

@pytest.mark.parametrize("lead", [
    "全省14个市州2023年政府工作报告已全部亮相",  # a count, the year between it and the report
    "全省14个市州的政府工作报告已全部亮相",  # a 的 between
    "全市10个县（市、区）2023年政府工作报告已全部公布",  # the bracketed group, sixteen characters back
])
def test_a_round_up_of_its_divisions_reports_is_no_work_report(lead):
    d = read("我省14市州2023年GDP增长目标出炉" + _ROUND_UP.format(lead=lead))
    assert d.meta.doc_type == "other"
    assert d.meta.report_year == 2023


@pytest.mark.parametrize("lead", [
    "湖南省第十四届人民代表大会第一次会议开幕，省长毛伟明作政府工作报告",  # look-alike: the page's own report delivered
    "省长毛伟明作2023年政府工作报告，全省14个市州代表团分组审议",  # look-alike: the count after the report named
])
def test_a_page_on_its_own_report_stays_a_work_report(lead):
    d = read("湖南省十四届人大一次会议开幕\n2023-01-13　来源：红网\n\n1月12日，" + lead + "。报告提出，今年全省地区生产总值增长6.5%左右。\n")
    assert d.meta.doc_type == "government_work_report"


# ---- 3. a news lead restating the target list with the output's growth first: its figures are the list's ----

_LEAD = ("某某市十六届人大三次会议开幕\n2024-01-19　来源：郑州日报\n\n1月19日，郑州市第十六届人民代表大会第三次会议开幕。市长何雄"
         "作政府工作报告。报告提出，{s}\n")


@pytest.mark.parametrize("s,obj", [
    ("今年全市地区生产总值增长6%左右，城镇新增就业10万人以上。", "城镇新增就业"),  # an indicator's count after the growth
    ("今年全市生产总值增长6%左右，粮食产量稳定在160万吨以上。", "粮食产量"),  # 生产总值, 稳定在
    ("2024年全市经济增长6%左右，一般公共预算收入达到1200亿元。", "一般公共预算收入"),  # 经济增长, the year by number
])
def test_a_restated_list_opened_by_the_outputs_growth_pledges_nothing(s, obj):
    d = read(_LEAD.format(s=s))
    assert not any(obj in o for o, _, _ in pledged(d))
    assert ("gdp", "target", "2024", "growth") in keys_of(d)


@pytest.mark.parametrize("s,item", [
    # look-alike: a task's object beside the output's growth still pledges
    ("今年全市地区生产总值增长6%左右，新建口袋公园50个。", ("口袋公园", 50, "个")),
    # look-alike: no output's rate in the sentence (the indicator's count as a task, as before)
    ("今年全市城镇新增就业10万人以上，新建口袋公园50个。", ("城镇新增就业", 10, "万人")),
    # look-alike: an intensity per output (单位生产总值能耗) is no output's rate
    ("今年全市单位生产总值能耗下降3%，新增城镇就业10万人。", ("城镇就业", 10, "万人")),
    # look-alike: a share of the output (占地区生产总值比重) is no output's rate either
    ("今年全市研发投入占地区生产总值比重达到3%，新增高新技术企业100家。", ("高新技术企业", 100, "家")),
])
def test_a_lead_with_no_outputs_rate_or_a_tasks_object_keeps_its_pledge(s, item):
    assert item in pledged(read(_LEAD.format(s=s)))
