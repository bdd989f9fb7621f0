"""The rules of decisions 190, 192, 193 and 199 at their edges, blind (adv39c, decision 205): an autonomous region's
cities named by a short name a district of one shares, transcribed names holding 孟和 and offices joined by 和 in a
news lead, a plan item's figure after 完成年度目标, zones named by their airport, units a government runs directly
(直属) and the firms it owns, a bare block title under a list's qualitative last item, and a work's sites counted
after its figure in a list an action heads."""
import pytest

from planwatch.normalize import normalize

from factkeys import facts, read, val
from taskdoc import pledges


# 1. an autonomous region's excerpt naming itself by 自治区 and 全区 and its cities by short name: a city whose short
# name a district of it shares (克拉玛依: 克拉玛依市 and 克拉玛依区) is the city in that list, no district named
_AUTO = ("政府工作报告\n——{y}年1月12日在自治区第十三届人民代表大会第五次会议上\n"
         "过去一年，在自治区党委坚强领导下，全区地区生产总值增长7.5%。{cities}\n今年全区地区生产总值增长6%左右。\n")


@pytest.mark.parametrize("cities,code", [
    ("乌鲁木齐、克拉玛依、吐鲁番、哈密四市经济总量占全区四成。", "650000"),
    ("克拉玛依、乌鲁木齐两市协同发展。", "650000"),
    ("乌鲁木齐、昌吉、克拉玛依一体化发展加快推进。", "650000"),
    # (look-alikes that read right before: no such short name)
    ("乌鲁木齐、吐鲁番、哈密协同发展。", "650000"),
    ("银川、石嘴山、吴忠协同发展。", "640000"),
])
@pytest.mark.parametrize("y", [2019, 2022])
def test_a_city_whose_short_name_a_district_shares_is_the_city_in_the_list(cities, code, y):
    d = read(_AUTO.format(y=y, cities=cities))
    assert (d.meta.region_code, d.meta.level) == (code, "province")


@pytest.mark.parametrize("text,code", [
    # the district's own report names it in full: it stays the district
    ("政府工作报告\n——2022年1月12日在克拉玛依区第五届人民代表大会第一次会议上\n过去一年，在市委、区委坚强领导下，"
     "全区地区生产总值增长7.5%。乌鲁木齐、克拉玛依协同发展。\n", "650203"),
    ("克拉玛依区政府工作报告\n——2022年1月12日在克拉玛依区第五届人民代表大会第一次会议上\n全区地区生产总值增长7.5%。\n",
     "650203"),
])
def test_a_district_named_in_full_stays_the_district(text, code):
    assert read(text).meta.region_code == code


# 2. a news lead's transcribed name holding 孟和 (the Mongolian Mönkh) is the speaker; an office another joins by 和
# ("旗长和副旗长") names no one; a two-character Naxi name with the surname 和 still names its holder
_LEAD = "本报讯 1月6日，{r}第十届人民代表大会第二次会议开幕。{lead}。\n全旗地区生产总值增长6%。\n"


@pytest.mark.parametrize("region,lead,name", [
    ("锡林郭勒盟", "盟长孟和巴特尔代表盟行政公署作工作报告", "孟和巴特尔"),
    ("阿巴嘎旗", "旗长孟和其其格代表旗人民政府作政府工作报告", "孟和其其格"),
    ("阿拉善盟", "盟长孟和乌力吉作政府工作报告", "孟和乌力吉"),
    ("阿拉善左旗", "旗长额尔敦孟和代表旗人民政府作政府工作报告", "额尔敦孟和"),
])
def test_a_long_name_holding_menghe_is_the_speaker(region, lead, name):
    assert read(_LEAD.format(r=region, lead=lead)).meta.speaker == name


@pytest.mark.parametrize("lead", ["旗长和副旗长代表旗人民政府作政府工作报告", "旗长和常务副旗长作政府工作报告",
                                  "盟长和副盟长代表盟行政公署作工作报告"])
def test_an_office_joined_by_he_names_no_speaker(lead):
    assert read(_LEAD.format(r="阿巴嘎旗", lead=lead)).meta.speaker is None


@pytest.mark.parametrize("lead,name", [("市长和良辉作政府工作报告", "和良辉"), ("盟长孟克巴雅尔作政府工作报告", "孟克巴雅尔"),
                                       ("旗长孟和作政府工作报告", "孟和")])
def test_names_that_read_right_before_still_do(lead, name):
    assert read(_LEAD.format(r="阿巴嘎旗", lead=lead)).meta.speaker == name


# 3. a plan report's item saying its plan met (or not) before its figure: "3.固定资产投资。完成年度目标，增长8.1%"
_PLAN = ("{r}2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n——2023年1月9日在{r}第十五届人民代表大会第三次会议上\n"
         "一、2022年计划执行情况\n{item}\n二、2023年主要预期目标\n地区生产总值增长6%左右。\n")


@pytest.mark.parametrize("item", [
    "3.固定资产投资。完成年度目标，增长8.1%。",
    "3.固定资产投资。超额完成年度计划，同比增长8.1%。",
    "（三）固定资产投资。未完成年度目标，预计增长8.1%。",
    "3.固定资产投资。全面完成全年目标任务，增长8.1%。",
    "3.固定资产投资。完成年度目标，\n增长8.1%。",
])
@pytest.mark.parametrize("region", ["曲靖市", "黔东南州"])
def test_a_plan_items_figure_after_its_plan_met(item, region):
    fs = facts(_PLAN.format(r=region, item=item), level="prefecture", report_year=2023)
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "growth")) == (8.1, "eq")


def test_a_plan_item_set_in_words_then_its_result_is_unchanged():
    fs = facts(_PLAN.format(r="曲靖市", item="3.固定资产投资。年度计划完成省下达目标任务，预计增长8.1%。"),
               level="prefecture", report_year=2023)
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "growth")) == (8.1, "eq")


# 4. a zone named by its airport (郑州航空港, 双流航空港, 空港) is a part, as 航空港区 was
_DISTRICT = ("{r}政府工作报告\n——2022年1月6日在{r}第十九届人民代表大会第一次会议上\n一、2021年工作回顾\n"
             "全区地区生产总值增长8.6%。{s}\n二、2022年目标\n全区地区生产总值增长7%。\n")


@pytest.mark.parametrize("r,s,key", [
    ("成都市双流区", "双流航空港固定资产投资增长9%。", ("fixed_asset_investment", "actual", "2021", "growth")),
    ("郑州市二七区", "郑州航空港实现一般公共预算收入增长12%。", ("general_budget_revenue", "actual", "2021", "growth")),
    ("西安市未央区", "西安空港固定资产投资增长15%。", ("fixed_asset_investment", "actual", "2021", "growth")),
    ("成都市双流区", "航空港实现规模以上工业增加值增长10%。", ("industrial_va", "actual", "2021", "growth")),
])
def test_a_zone_named_by_its_airport_is_a_part(r, s, key):
    fs = facts(_DISTRICT.format(r=r, s=s), level="county", report_year=2022)
    assert key not in fs
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (8.6, "eq")


@pytest.mark.parametrize("s", ["全区港口货物吞吐量增长9%，固定资产投资增长9%。", "全区对香港出口增长9%，固定资产投资增长9%。"])
def test_a_port_named_otherwise_leaves_the_regions_figure(s):
    fs = facts(_DISTRICT.format(r="青岛市黄岛区", s=s), level="county", report_year=2022)
    assert val(fs, ("fixed_asset_investment", "actual", "2021", "growth")) == (9, "eq")


# 5. the units a government runs directly written with 属 (州直属单位, 市直属部门) and the firms it owns (市属国有企业,
# 州属企业, 国有企业) are parts, as 州直单位 was
_PREF = ("{r}政府工作报告\n——2022年1月8日在{r}第十五届人民代表大会第一次会议上\n一、2021年工作回顾\n"
         "全州地区生产总值增长7%。{s}\n二、2022年目标\n地区生产总值增长7%。\n")


@pytest.mark.parametrize("s,key", [
    ("州直属单位一般公共预算支出增长4%。", ("general_budget_expenditure", "actual", "2021", "growth")),
    ("州直属部门一般公共预算支出增长4%。", ("general_budget_expenditure", "actual", "2021", "growth")),
    ("州属企业规模以上工业增加值增长9%。", ("industrial_va", "actual", "2021", "growth")),
    ("州属国有企业完成固定资产投资120亿元。", ("fixed_asset_investment", "actual", "2021", "level")),
    ("全州国有企业实现工业增加值增长5%。", ("industrial_va", "actual", "2021", "growth")),
    ("非国有企业固定资产投资增长7%。", ("fixed_asset_investment", "actual", "2021", "growth")),
])
@pytest.mark.parametrize("region", ["恩施土家族苗族自治州", "伊犁哈萨克自治州"])
def test_direct_units_and_owned_firms_are_parts(s, key, region):
    assert key not in facts(_PREF.format(r=region, s=s), region=region, level="prefecture", report_year=2022)


@pytest.mark.parametrize("s,key,v", [
    ("规模以上工业企业实现工业增加值增长9%。", ("industrial_va", "actual", "2021", "growth"), 9),
    ("州直单位一般公共预算支出增长4%，全州一般公共预算支出增长6%。", ("general_budget_expenditure", "actual", "2021", "growth"), 6),
])
def test_the_regions_own_firms_and_totals_stay_its_own(s, key, v):
    fs = facts(_PREF.format(r="恩施土家族苗族自治州", s=s), region="恩施土家族苗族自治州", level="prefecture", report_year=2022)
    assert val(fs, key) == (v, "eq")


# 6. a list's last item a qualitative target set bare, then a block's title set bare with no year ("重点工作",
# "主要任务"): the list ends there, and the items under the title are pledged
@pytest.mark.parametrize("title", ["重点工作", "主要任务", "重点任务", "民生实事"])
@pytest.mark.parametrize("last", ["单位地区生产总值能耗下降完成省下达任务", "城乡居民人均可支配收入增长与经济增长同步"])
def test_a_bare_title_ends_a_qualitative_last_item(title, last):
    page = (f"某某市政府工作报告\n——2022年1月10日在某某市第九届人民代表大会第一次会议上\n二、2022年主要目标\n"
            f"地区生产总值增长7%左右\n{last}\n{title}\n新建公办幼儿园10所\n改造老旧小区50个\n")
    assert f"{last}\n{title}\n新建" in normalize(page).text
    d = read(page, region="某某市", level="prefecture", report_year=2022)
    assert {("公办幼儿园", 10, "所"), ("老旧小区", 50, "个")} <= {(p.object, p.value, p.unit) for p in d.pledges}


@pytest.mark.parametrize("cut,rest", [("单位地区生产总值能耗下降完成省下达", "任务"), ("单位地区生产总值能耗下降完成省下达", "目标任务")])
def test_a_qualitative_items_cut_tail_still_joins(cut, rest):
    # (a tail that is no block's title goes on: "…完成省下达\n任务")
    assert f"{cut}{rest}" in normalize(f"二、2022年主要目标\n地区生产总值增长7%左右\n{cut}\n{rest}\n").text


# 7. a work's figure with the sites counted after it, in a list an action heads (decision 199 read one clause):
# the action acts, the work is the object, counted in 个
@pytest.mark.parametrize("body,obj,n", [
    ("完成农村改厕1.2万户、农村生活污水治理50个行政村。", "农村生活污水治理", 50),
    ("完成高标准农田5万亩、农村人居环境整治提升30个村。", "农村人居环境整治提升", 30),
    ("完成农村改厕3000户、农村生活污水处理设施提标改造20个自然村。", "农村生活污水处理设施提标改造", 20),
])
def test_sites_counted_after_a_works_figure_in_a_list(body, obj, n):
    got = pledges(body, level="县")
    assert any(o == obj and v == n and u == "个" for _, o, v, u in got), got


@pytest.mark.parametrize("body,obj,n", [
    ("完成农村改厕1.2万户、建设200个村级站点。", "村级站点", 200),   # (the site's word goes on: no count of sites)
    ("完成农村改厕1.2万户、改造50个村。", "村", 50),                 # (the verb right after 、: its own item)
])
def test_items_not_of_that_shape_are_unchanged(body, obj, n):
    got = pledges(body, level="县")
    assert any(o == obj and v == n for _, o, v, u in got), got


# 8. a 兵团 division's byline with its offices in the other order or set apart by a space (the text as read may drop
# it): "铁门关市市长、第二师师长　王五", "师长　市长　王五", "第二师师长　王五"
_CORPS = ("{r}政府工作报告\n——2022年1月18日在{r}第三届人民代表大会第二次会议上\n{byline}\n\n各位代表：\n全师生产总值增长9%。\n")


@pytest.mark.parametrize("r,byline", [
    ("第二师铁门关市", "铁门关市市长、第二师师长　王五"),
    ("第二师铁门关市", "师长　市长　王五"),
    ("第八师石河子市", "师长 市长 王五"),
    ("第一师阿拉尔市", "第一师师长　王五"),
])
def test_a_divisions_byline_in_other_shapes_names_the_speaker(r, byline):
    assert read(_CORPS.format(r=r, byline=byline)).meta.speaker == "王五"


@pytest.mark.parametrize("byline,name", [("市长　王小五", "王小五"), ("市委副书记、市长　王五", "王五"), ("县长王五", "王五")])
def test_ordinary_bylines_are_unchanged(byline, name):
    assert read(_CORPS.format(r="第二师铁门关市", byline=byline)).meta.speaker == name


# 9. words of time or address after the office are no name ("盟长今天上午作…", "盟长同志作…"), and a name before
# a short 在会上 is read as before a longer place ("市长王鹏在会上作政府工作报告")
@pytest.mark.parametrize("lead", ["盟长今天上午作政府工作报告", "盟长同志作政府工作报告", "旗长今天上午代表旗人民政府作政府工作报告"])
def test_words_of_time_or_address_name_no_speaker(lead):
    assert read(_LEAD.format(r="阿巴嘎旗", lead=lead)).meta.speaker is None


@pytest.mark.parametrize("lead,name", [("市长王鹏在会上作政府工作报告", "王鹏"), ("旗长孟和巴特尔在会上作政府工作报告", "孟和巴特尔"),
                                       ("市长向东作政府工作报告", "向东"), ("市长王鹏在大会上作政府工作报告", "王鹏")])
def test_a_name_before_zai_hui_shang(lead, name):
    assert read(_LEAD.format(r="阿巴嘎旗", lead=lead)).meta.speaker == name


# 10. a page that sets its paragraphs apart by two blank lines (or more): a one-sentence lead to the year's work carries
# the task lines under it as across one blank line (decision 190 read at most one); a lead set apart by more blank
# lines after it than before it stays alone
def _news_page(sep_before: str, sep_after: str, sep: str) -> str:
    paras = ["德阳市第九届人民代表大会第一次会议开幕", "1月13日，德阳市第九届人民代表大会第一次会议开幕。市长何礼代表市人民政府作政府工作报告。",
             "报告提出，今年全市地区生产总值增长7%左右。"]
    tasks = ["全年新建5G基站2000个。", "新开工重点项目100个。", "改造老旧小区85个。"]
    return (sep.join(paras) + sep_before + "报告要求，今年要全力以赴拼经济、搞建设。" + sep_after + sep.join(tasks) + "\n")


@pytest.mark.parametrize("sep", ["\n\n\n", "\n\n\n\n"])
def test_a_lead_carries_task_lines_on_a_page_spaced_wider(sep):
    d = read(_news_page(sep, sep, sep), region="德阳市", level="prefecture", report_year=2022)
    assert {("5G基站", 2000, "个"), ("重点项目", 100, "个"), ("老旧小区", 85, "个")} <= {(p.object, p.value, p.unit) for p in d.pledges}


def test_a_lead_set_wider_apart_than_the_page_stays_alone():
    d = read(_news_page("\n", "\n\n\n\n", "\n"), region="德阳市", level="prefecture", report_year=2022)
    assert not d.pledges
