"""What decisions 190–209 left, blind (lft40, decision 211): one growth rate after 分别 for several names; the objects
of work a clause before names (农村危房, 城中村, 城镇老旧小区, 危桥); a bracketed verb of three alternatives
(新（改、扩、迁）建); an infographic page of a report with no review title over its cards; the places that make a cut
at a rate (各区县按5%的比例统一压减); an infographic's marked task cards and repeated captions; a new area over
several divisions."""
import pytest

from planwatch.normalize import normalize

from factkeys import facts, read, val
from taskdoc import pledges


# 1. one growth rate after 分别 for several names is each one's, as after 均 (spec: "城乡居民人均可支配收入均增长7%")
@pytest.mark.parametrize("part,said,keys", [
    ("一、2022年工作回顾", "规模以上工业增加值、固定资产投资分别增长6.1%。",
     {("industrial_va", "actual", "2022", "growth"): (6.1, "eq"), ("fixed_asset_investment", "actual", "2022", "growth"): (6.1, "eq")}),
    ("一、2022年工作回顾", "全年固定资产投资、社会消费品零售总额分别增长7.1%，地区生产总值增长4.5%。",
     {("fixed_asset_investment", "actual", "2022", "growth"): (7.1, "eq"), ("retail_sales", "actual", "2022", "growth"): (7.1, "eq")}),
    ("二、2023年主要预期目标", "进出口、实际使用外资分别增长5%以上。",
     {("foreign_trade", "target", "2023", "growth"): (5, "at_least"), ("fdi", "target", "2023", "growth"): (5, "at_least")}),
    ("二、2023年主要预期目标", "地区生产总值增长6%左右，城乡居民人均可支配收入分别增长8%左右。",
     {("urban_disposable_income", "target", "2023", "growth"): (8, "about"),
      ("rural_disposable_income", "target", "2023", "growth"): (8, "about")}),
    ("一、2022年工作回顾", "城乡居民人均可支配收入分别增长6.5%。",
     {("urban_disposable_income", "actual", "2022", "growth"): (6.5, "eq"),
      ("rural_disposable_income", "actual", "2022", "growth"): (6.5, "eq")}),
])
@pytest.mark.parametrize("region", ["株洲市", "攸县"])
def test_one_growth_after_fenbie_is_each_names(part, said, keys, region):
    fs = facts(part + "\n" + said, region=region, report_year=2023)
    assert {k: val(fs, k) for k in keys} == keys


@pytest.mark.parametrize("said", [
    # (look-alikes that must not change: one amount after 分别 (its second lost), a rank)
    "城乡居民人均可支配收入分别突破5万元。", "城乡居民人均可支配收入分别达到4.8万元。",
    "城镇调查失业率、城镇登记失业率分别控制在5.5%。",
])
def test_one_amount_or_share_after_fenbie_is_still_no_ones(said):
    assert not facts("一、2023年工作回顾\n" + said, region="株洲市", report_year=2024)


def test_as_many_rates_as_names_after_fenbie_stay_one_each():
    fs = facts("一、2023年工作回顾\n规模以上工业增加值、固定资产投资分别增长6.1%、9%。", region="株洲市", report_year=2024)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (6.1, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (9, "eq")


# 2. a clause naming a work of the vocabulary's objects, then a verb whose only object is the work (完成改造): the object
# is what the clause names (pledge_objects.tsv)
@pytest.mark.parametrize("body,obj,value,unit", [
    ("实施农村危房改造，完成改造8000户。", "农村危房", 8000, "户"),
    ("推进农村危房改造，完成改造500户。", "农村危房", 500, "户"),
    ("推进城中村改造，完成改造5个。", "城中村", 5, "个"),
    ("加快城中村改造，年内完成改造12个。", "城中村", 12, "个"),
    ("推进城镇老旧小区改造，完成改造1600个。", "城镇老旧小区", 1600, "个"),
    ("实施危桥改造，完成改造15座。", "危桥", 15, "座"),
])
@pytest.mark.parametrize("level", ["市", "县"])
def test_the_work_a_clause_before_names_is_the_object(body, obj, value, unit, level):
    got = {(o, v, u) for _, o, v, u in pledges(body, level)}
    assert any(obj in o and v == value and u == unit for o, v, u in got), got
    assert ("改造", value, unit) not in got


def test_a_topic_or_an_object_after_the_verb_is_kept():
    # (look-alikes that must not change: decision 208's topic, an object after the verb)
    assert ("完成改造", "农村危房改造", 1200, "户") in pledges("农村危房改造方面，完成改造1200户。") \
        or any(o.startswith("农村危房") and v == 1200 for _, o, v, _ in pledges("农村危房改造方面，完成改造1200户。"))
    assert any(o == "城中村" and v == 3 for _, o, v, _ in pledges("推进城市更新，改造城中村3个。"))


# 3. a bracketed verb of three alternatives joined by 、 (新（改、扩、迁）建): one verb, as 新（改、扩）建 is
@pytest.mark.parametrize("body,obj,value", [
    ("新（改、扩、迁）建学校30所。", "学校", 30),
    ("新（改、扩、迁）建中小学校8所，新增公办学位9000个。", "中小学校", 8),
    ("新(改、扩、迁)建乡镇卫生院6所。", "乡镇卫生院", 6),
])
def test_a_bracketed_verb_of_three_alternatives(body, obj, value):
    assert any(o == obj and v == value and u == "所" for _, o, v, u in pledges(body, "县"))


def test_a_bracketed_verb_of_two_alternatives_is_kept():
    assert any(o == "幼儿园" and v == 6 for _, o, v, _ in pledges("新（改、扩）建幼儿园6所。", "县"))


# 4. an infographic page of the year's report, its cards under its title or lead and no review title, then the year's
# plan titled: the cards are last year's results
def _infographic(title: str, year: int, lead: str = "") -> str:
    return (f"{title}\n{lead}\n地区生产总值\n3173.6亿元\n增长4.4%\n\n一般公共预算收入\n153.8亿元\n增长6.9%\n\n"
            f"{year}年主要预期目标\n地区生产总值增长5.5%左右\n城镇新增就业3.5万人以上\n")


@pytest.mark.parametrize("title,year", [
    ("一图读懂2024年柳州市政府工作报告", 2024), ("图解｜2022年石门县政府工作报告", 2022),
    ("【图解】2021年某某区政府工作报告", 2021), ("一图看懂2019年某某市政府工作报告", 2019),
])
@pytest.mark.parametrize("lead", ["", "来源：某某发布\n\n1月22日，某某会议开幕，市长作政府工作报告。一起来看报告里的“数字答卷”。\n"])
def test_infographic_cards_under_no_review_title_are_last_years(title, year, lead):
    fs = facts(_infographic(title, year, lead), report_year=year)
    last = str(year - 1)
    assert val(fs, ("gdp", "actual", last, "level")) == (3173.6, "eq")
    assert val(fs, ("gdp", "actual", last, "growth")) == (4.4, "eq")
    assert val(fs, ("general_budget_revenue", "actual", last, "level")) == (153.8, "eq")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5.5, "about")


@pytest.mark.parametrize("title", ["柳州市政府工作报告发布", "2024年柳州市政府工作报告解读"])
def test_cards_under_another_title_keep_no_year(title):
    # (look-alikes that must not change: a page not titled as an infographic of the year's report)
    fs = facts(_infographic(title, 2024), report_year=2024)
    assert not any(k[1] == "actual" for k in fs)


# 5. the places that make a cut at a rate, written before 按 with nothing after the verb: the cut is the clause
# before's, of its object (its level word left out), not of the places
@pytest.mark.parametrize("body,obj,value", [
    ("市级一般性支出在上年压减基础上再压减10%，各区县按5%的比例统一压减。", "一般性支出", 5),
    ("一般性支出压减10%，各县（市、区）按5%的比例统一压减。", "一般性支出", 5),
    ("市本级公用经费压减8%，各区县也按5%的比例压减。", "公用经费", 5),
    ("省级一般性支出再压减5%，各市县要按不低于3%的比例压减。", "一般性支出", 3),
])
def test_places_cutting_at_a_rate_are_no_object(body, obj, value):
    got = pledges(body)
    assert any(o.endswith(obj) and not o.startswith(("各", "区县", "县")) and v == value and u == "%" for _, o, v, u in got), got
    assert not any(o.startswith("各") or o in ("区县", "县（市、区）") for _, o, _, _ in got), got


@pytest.mark.parametrize("body,want", [
    # (look-alikes that must not change: the object before 按, the object after the verb)
    ("公用经费按5%的比例统一压减。", ("公用经费", 5)),
    ("各区县按5%的比例统一压减一般性支出。", ("一般性支出", 5)),
    ("各县（市、区）要按5%的比例压减非刚性支出。", ("非刚性支出", 5)),
])
def test_a_cut_at_a_rate_with_its_own_object_is_kept(body, want):
    assert want in {(o, v) for _, o, v, _ in pledges(body)}


# 6. an infographic's marked task card, its count on the line under its name ("◆新建高标准农田\n40万亩")
@pytest.mark.parametrize("mark", ["◆", "■", "●"])
def test_marked_task_cards_are_pledged(mark):
    page = (f"【图解】2024年邢台市政府工作报告\n\n2024年重点工作\n\n{mark}新建高标准农田\n40万亩\n\n{mark}改造城镇老旧小区\n330个\n\n"
            f"{mark}新增养老床位\n2000张\n\n来源：某某日报\n")
    got = {(p.object, p.value, p.unit) for p in read(page).pledges}
    assert {("高标准农田", 40, "万亩"), ("城镇老旧小区", 330, "个"), ("养老床位", 2000, "张")} <= got


def test_a_marked_title_over_a_sentence_stays_apart():
    # (look-alike that must not change: a marked sub-head over prose that opens with a figure of its own)
    assert "◆新建项目\n2023年" in normalize("◆新建项目\n2023年，全县新开工项目120个。\n").text


# 7. a marked caption under both the results and the targets of an infographic is no running head, and a change under a
# marked name may say 分别
def test_a_marked_caption_repeated_is_no_running_head():
    page = ("【图解】2024年邢台市政府工作报告\n\n2023成绩单\n\n◆地区生产总值\n2580.3亿元\n增长6.3%\n\n◆城镇新增就业\n5.9万人\n\n"
            "◆城乡居民人均可支配收入\n分别增长5.8%、7.6%\n\n2024年主要目标\n\n◆地区生产总值增长\n6%左右\n\n◆城镇新增就业\n5.6万人以上\n")
    fs = facts(page, report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (5.9, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (5.6, "at_least")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.8, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.6, "eq")


# 8. a new area's report over parts of several divisions that it lists: the division that holds them all is its parent
@pytest.mark.parametrize("title,parts,parent,province", [
    ("湖南湘江新区2022年工作报告", "岳麓区、望城区、宁乡市", "长沙市", "湖南省"),
    ("西咸新区2021年政府工作报告", "西安市、咸阳市", "陕西省", "陕西省"),
    ("贵安新区2020年工作报告", "贵阳市、安顺市", "贵州省", "贵州省"),
])
def test_a_new_area_over_several_divisions_has_their_parent(title, parts, parent, province):
    page = (f"{title}\n——{title[-10:-6]}年2月9日在新区工作会议上\n\n一、过去一年工作回顾\n过去一年，新区地区生产总值增长8.9%。"
            f"{parts}大力支持新区建设。\n二、今年工作安排\n新区地区生产总值增长8%左右。\n")
    d = read(page)
    assert (d.meta.region, d.meta.parent, d.meta.province) == (None, parent, province)
