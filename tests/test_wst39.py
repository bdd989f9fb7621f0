"""The western and ethnic autonomous regions, blind (wst39, decision 192): a transcribed speaker's name whose dot a page
writes otherwise, a 兵团 division's byline of two offices, the 农村牧区/农牧区 names of the rural income, a part's
total word before its verb (兵地共同实现), livestock counted in 头 with the other animals in brackets, and a service
done for 农牧民 or 建档立卡户 counted in the tasks."""
import pytest

from factkeys import facts, read, val
from taskdoc import pledges

_BYLINE = "政府工作报告\n——2023年1月8日在{region}第十五届人民代表大会第二次会议上\n{speaker}\n\n各位代表：\n全州地区生产总值增长6%。\n"
_LEAD = "本报讯 1月6日，巴音郭楞蒙古自治州第十五届人民代表大会第二次会议开幕。{who}{how}作政府工作报告。\n全州地区生产总值增长6%。\n"


# 1. a transcribed name's middle dot as web pages and PDFs write it (•, ・, ∙, a full-width stop): the name, its dot the
# usual one
@pytest.mark.parametrize("speaker,name", [
    ("州长　艾尔肯•吐尼亚孜", "艾尔肯·吐尼亚孜"),
    ("州长　阿依努尔・木合塔尔", "阿依努尔·木合塔尔"),
    ("州长　阿依努尔．木合塔尔", "阿依努尔·木合塔尔"),
    ("巴音郭楞蒙古自治州人民政府州长　阿不都克尤木∙阿不都热依木", "阿不都克尤木·阿不都热依木"),
])
def test_a_transcribed_name_with_another_dot_is_the_speaker(speaker, name):
    d = read(_BYLINE.format(region="巴音郭楞蒙古自治州", speaker=speaker))
    assert d.meta.speaker == name
    assert d.meta.region_code == "652800"


@pytest.mark.parametrize("who,how", [
    ("州长阿依努尔•木合塔尔", "代表州人民政府"),
    ("州长阿依努尔．木合塔尔", ""),
    ("州长阿依努尔・木合塔尔", "在"),
])
def test_a_news_lead_names_the_speaker_with_another_dot(who, how):
    assert read(_LEAD.format(who=who, how=how)).meta.speaker == "阿依努尔·木合塔尔"


@pytest.mark.parametrize("line", ["一.回顾", "奋进新时代•建功新征程"])
def test_an_items_number_or_a_motto_under_the_byline_is_no_speaker(line):
    # (a full-width stop after one character is an item's number; a motto a dot joins is no name)
    assert read(_BYLINE.format(region="巴音郭楞蒙古自治州", speaker=line)).meta.speaker is None


# 2. a 兵团 division run as one government with its city: two offices before the name, the second bare or after a comma
@pytest.mark.parametrize("region,speaker,code", [
    ("第一师阿拉尔市", "师长、市长　李四", "659002"),
    ("第四师可克达拉市", "第四师党委副书记、师长，可克达拉市市长　王五", "659008"),
    ("第八师石河子市", "第八师党委副书记、师长、石河子市市长　张三", "659001"),
])
def test_a_divisions_byline_of_two_offices_names_the_speaker(region, speaker, code):
    d = read(_BYLINE.format(region=region, speaker=speaker))
    assert d.meta.speaker == speaker.split("　")[1]
    assert d.meta.region_code == code


_REVIEW = "某某旗政府工作报告\n一、2016年工作回顾\n{s}\n二、2017年工作安排\n地区生产总值增长7%左右。\n"


def _rural(s, region="某某旗"):
    return facts(_REVIEW.format(s=s), region=region, level="county", report_year=2017)


# 3. the pastoral regions' names of the rural income (农村牧区, 农牧区), the survey's 纯收入 of before 2017 among them
@pytest.mark.parametrize("s,level,growth", [
    ("全旗农村牧区居民人均纯收入10776元，增长8%。", 10776, 8),
    ("全旗农村牧区常住居民人均纯收入10776元，增长8%。", 10776, 8),
    ("全旗农牧区常住居民人均可支配收入15000元，增长9%。", 15000, 9),
    ("全旗农牧区居民人均可支配收入15000元，增长9%。", 15000, 9),
    ("全旗农牧民家庭人均纯收入6500元，增长11%。", 6500, 11),
])
def test_the_pastoral_names_of_the_rural_income(s, level, growth):
    fs = _rural(s)
    assert val(fs, ("rural_disposable_income", "actual", "2016", "level")) == (level, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2016", "growth")) == (growth, "eq")
    # (the whole name quoted, not its 牧区… tail)
    assert fs[("rural_disposable_income", "actual", "2016", "level")].quote.startswith("农")


def test_the_pastoral_pair_with_the_older_rural_name():
    fs = _rural("城镇常住居民人均可支配收入、农村牧区常住居民人均纯收入分别达到30594元和10776元。")
    assert val(fs, ("urban_disposable_income", "actual", "2016", "level")) == (30594, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2016", "level")) == (10776, "eq")


def test_a_pastoral_part_stays_a_part():
    # (牧区 before a name it does not open is a part of the region; the rural figure of all of it stays the fact)
    fs = _rural("全旗农村常住居民人均可支配收入15000元，其中牧区常住居民人均可支配收入18000元。")
    assert val(fs, ("rural_disposable_income", "actual", "2016", "level")) == (15000, "eq")


_YILI = "伊犁哈萨克自治州政府工作报告\n一、2020年工作回顾\n{s}\n二、2021年工作安排\n地区生产总值增长7%左右。\n"


def _yili(s):
    return facts(_YILI.format(s=s), region="伊犁哈萨克自治州", level="prefecture", report_year=2021)


# 4. a part and a total's word before its verb (共同, 共, 共计, as 合计 and 累计 were): the part's figure, no headline
@pytest.mark.parametrize("s", [
    "兵地共同实现生产总值1300亿元，增长3.5%。",
    "兵地共实现地区生产总值1300亿元，增长3.5%。",
    "两个园区共实现地区生产总值1300亿元，增长3.5%。",
])
def test_a_parts_total_before_its_verb_is_no_headline(s):
    fs = _yili(s)
    assert ("gdp", "actual", "2020", "level") not in fs
    assert ("gdp", "actual", "2020", "growth") not in fs


@pytest.mark.parametrize("s", ["全州共实现地区生产总值1136亿元，增长3.2%。", "全州共同实现地区生产总值1136亿元，增长3.2%。"])
def test_the_regions_own_total_stays_the_headline(s):
    fs = _yili(s)
    assert val(fs, ("gdp", "actual", "2020", "level")) == (1136, "eq")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.2, "eq")


# 5. livestock counted in 头 with the other animals in brackets (horses, camels, pigs): one unit, its bound after it
@pytest.mark.parametrize("body,unit,value", [
    ("牲畜存栏稳定在1700万头（只、匹）以上。", "万头（只、匹）", 1700),
    ("牲畜存栏稳定在1700万头(只、匹)以上。", "万头(只、匹)", 1700),
    ("牲畜饲养量稳定在200万头（只、峰）以上。", "万头（只、峰）", 200),
    ("出栏各类牲畜800万头（只、匹）以上。", "万头（只、匹）", 800),
    ("牲畜存栏保持在600万头（只、口）以上。", "万头（只、口）", 600),
])
def test_livestock_with_its_animals_in_brackets_is_one_unit(body, unit, value):
    got = {(v, u) for _a, _o, v, u in pledges(body, "县")}
    assert got == {(value, unit)}


def test_livestock_with_its_bound_after_the_brackets():
    from taskdoc import task_doc
    (p,) = task_doc("牲畜存栏稳定在1700万头（只、匹）以上。", "县").pledges
    assert p.qualifier == "at_least" and p.object == "牲畜存栏"


def test_livestock_in_one_kind_unchanged():
    assert {(v, u) for _a, _o, v, u in pledges("牲畜存栏稳定在1200万头（只）以上，出栏肉羊120万只。", "县")} == {
        (1200, "万头（只）"), (120, "万只")}


# 6. a service done for 农牧民, 牧民 or a poverty work's households, counted: the service is what is counted
@pytest.mark.parametrize("body,obj", [
    ("为全旗60岁以上农牧民免费体检1.2万人。", "免费体检"),
    ("为全县农牧民免费体检5万人次。", "免费体检"),
    ("为全县建档立卡户免费体检8000人。", "免费体检"),
    ("为边境一线边民免费体检2万人次。", "免费体检"),
    ("免费为农牧民体检5万人次。", "体检"),
])
def test_a_service_for_herders_or_households_is_counted(body, obj):
    (p,) = [p for p in pledges(body, "旗")]
    assert p[1] == obj


def test_a_service_for_others_unchanged():
    assert {p[1] for p in pledges("为60岁以上老年人免费体检3万人。", "县")} == {"免费体检"}


# 7. an autonomous region's report naming itself only by 自治区 and 全区, and its cities or leagues by name: the
# autonomous region they are of (the first city named had been taken, or none)
@pytest.mark.parametrize("text,code", [
    ("政府工作报告\n——2018年1月26日在自治区第十二届人民代表大会第一次会议上\n自治区主席　咸辉\n各位代表：\n"
     "过去五年，银川、石嘴山、吴忠、固原、中卫五市协调发展，全区生产总值增长7.8%。\n", "640000"),
    ("政府工作报告（摘要）\n过去一年，在自治区党委坚强领导下，全区生产总值增长4.2%。呼包鄂乌一体化加快推进，"
     "呼和浩特市、包头市、鄂尔多斯市经济总量占全区一半以上。\n", "150000"),
    ("政府工作报告（摘要）\n过去一年，在自治区党委坚强领导下，全区生产总值增长4.2%。呼和浩特、包头、鄂尔多斯协同发展。\n", "150000"),
    ("政府工作报告\n——2023年1月10日在自治区第十二届人民代表大会第一次会议上\n各位代表：\n"
     "过去一年，拉萨、日喀则、昌都、林芝七地市协调发展，全区生产总值增长1.1%。\n", "540000"),
])
def test_an_autonomous_regions_report_named_by_its_divisions(text, code):
    d = read(text)
    assert d.meta.region_code == code and d.meta.level == "province"


@pytest.mark.parametrize("text", [
    # (a district's, its committees leading it)
    "2023年政府工作报告（摘要）\n过去一年，在自治区党委、市委和区委的坚强领导下，全区地区生产总值增长6%。银川、吴忠两市协同发展。\n",
    # (a city's, its own word 全市)
    "2023年政府工作报告（摘要）\n过去一年，在自治区党委坚强领导下，全市地区生产总值增长6%，全市经济总量占全区三分之一。包头、鄂尔多斯协同发展。\n",
    # (one division named)
    "2023年政府工作报告（摘要）\n过去一年，在自治区党委坚强领导下，全区地区生产总值增长6%，银川都市圈加快建设。\n",
])
def test_a_city_or_districts_excerpt_is_no_autonomous_regions(text):
    assert read(text).meta.level != "province"


_CITY = "{r}政府工作报告\n一、2016年工作回顾\n{s}全{w}地区生产总值增长5.9%。\n二、2017年工作安排\n地区生产总值增长7%左右。\n"


# 8. a banner (旗) named in full before a headline name in its city's or league's report is a part, as a 县 is
@pytest.mark.parametrize("region,level,word,s", [
    ("鄂尔多斯市", "prefecture", "市", "达拉特旗地区生产总值增长8.1%，增速居全市第一。"),
    ("鄂尔多斯市", "prefecture", "市", "杭锦旗实现地区生产总值120亿元，增长8.1%。"),
    ("通辽市", "prefecture", "市", "扎鲁特旗地区生产总值增长8.1%。"),
    ("锡林郭勒盟", "prefecture", "盟", "东乌珠穆沁旗地区生产总值增长8.1%。"),
])
def test_a_banner_named_before_the_name_is_a_part(region, level, word, s):
    fs = facts(_CITY.format(r=region, w=word, s=s), region=region, level=level, report_year=2017)
    assert val(fs, ("gdp", "actual", "2016", "growth")) == (5.9, "eq")
    assert ("gdp", "actual", "2016", "level") not in fs and ("gdp", "actual", "2016", "rank") not in fs


@pytest.mark.parametrize("s", ["鄂托克前旗实现地区生产总值136.8亿元，增长6.5%。", "前旗地区生产总值136.8亿元，增长6.5%。"])
def test_the_banners_own_name_stays_its_own(s):
    text = "鄂托克前旗政府工作报告\n一、2016年工作回顾\n" + s + "\n二、2017年工作安排\n地区生产总值增长7%左右。\n"
    fs = facts(text, region="鄂托克前旗", level="county", report_year=2017)
    assert val(fs, ("gdp", "actual", "2016", "level")) == (136.8, "eq")


_AIDED = "疏勒县政府工作报告\n一、2016年工作回顾\n{s}\n二、2017年工作安排\n地区生产总值增长7%左右。\n"


# 9. the projects of aid received (援疆, 援藏, 东西部协作, 帮扶) completing an investment: theirs, no headline
@pytest.mark.parametrize("s", [
    "对口援疆省市投入资金8.6亿元，援疆项目完成固定资产投资7.9亿元。",
    "援藏项目完成固定资产投资5.2亿元。",
    "东西部协作项目完成固定资产投资3亿元。",
    "帮扶项目完成固定资产投资3亿元。",
])
def test_aid_projects_investment_is_no_headline(s):
    fs = facts(_AIDED.format(s=s), region="疏勒县", level="county", report_year=2017)
    assert ("fixed_asset_investment", "actual", "2016", "level") not in fs


def test_the_regions_investment_beside_aid_stays():
    fs = facts(_AIDED.format(s="全年完成固定资产投资25亿元，增长12%，其中援疆项目完成投资7.9亿元。"),
               region="疏勒县", level="county", report_year=2017)
    assert val(fs, ("fixed_asset_investment", "actual", "2016", "level")) == (25, "eq")


_SESSION_LEAD = "本报讯 1月6日，{r}第十届人民代表大会第二次会议开幕。{lead}作政府工作报告。\n全盟地区生产总值增长6%。\n"


# 10. a transcribed name of five or six characters written without its dots, in a news lead: the speaker
@pytest.mark.parametrize("region,lead,name", [
    ("锡林郭勒盟", "盟长孟克巴雅尔", "孟克巴雅尔"),
    ("阿拉善盟", "盟长乌日图那斯图", "乌日图那斯图"),
    ("鄂托克前旗", "旗长额尔敦巴特尔代表旗人民政府", "额尔敦巴特尔"),
])
def test_a_long_name_without_dots_in_a_news_lead(region, lead, name):
    assert read(_SESSION_LEAD.format(r=region, lead=lead)).meta.speaker == name


@pytest.mark.parametrize("lead", ["盟长受盟行政公署委托", "盟长代表盟行政公署向大会", "盟长在开幕会上", "盟长向大会"])
def test_an_office_without_a_name_names_no_long_speaker(lead):
    assert read(_SESSION_LEAD.format(r="阿拉善盟", lead=lead)).meta.speaker is None


# 11. the units a government runs directly (市直单位, 州直部门, 地直机关, 县直单位), with or without their verb: a part
@pytest.mark.parametrize("region,level,s,key", [
    ("伊犁哈萨克自治州", "prefecture", "州直部门一般公共预算支出增长4%。", ("general_budget_expenditure", "actual", "2016", "growth")),
    ("和田地区", "prefecture", "地直单位固定资产投资增长5%。", ("fixed_asset_investment", "actual", "2016", "growth")),
    ("疏勒县", "county", "县直单位完成固定资产投资8亿元。", ("fixed_asset_investment", "actual", "2016", "level")),
    ("兴安盟", "prefecture", "盟直单位一般公共预算收入增长3%。", ("general_budget_revenue", "actual", "2016", "growth")),
])
def test_directly_run_units_are_a_part(region, level, s, key):
    text = f"{region}政府工作报告\n一、2016年工作回顾\n{s}\n二、2017年工作安排\n地区生产总值增长7%左右。\n"
    assert key not in facts(text, region=region, level=level, report_year=2017)
