"""The newest rules under attack, blind (adv40c, decision 225): the plan's average a year's target weighs, named as the
plan's 要求/预期/任务 rather than its 目标; the short names 外贸/外资 (compounds.tsv) in a target list, which pledged; a
digest's "展望2023，…实现：" list, which pledged; and an overseas page's year after a speaker's report made
("…市长…作政府工作报告，2024年南京地区生产总值…"), which gave no report year. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, year: int, session: str, body: str) -> str:
    return f"{place}政府工作报告\n——{year}年1月12日在{place}{session}人民代表大会第五次会议上\n{body}"


# 1. the plan's yearly average a target weighs in the sentence after it (这一目标/这一增速), named as the plan's 要求, 预期,
# 任务 or 目标任务: the same figure's goal over the plan (the average read "of something" lost it)
_WEIGHED = [
    "这一增速既考虑了“十五五”时期年均增长5%以上的规划要求，也兼顾了稳就业的需要。",
    "这一目标，充分考虑了“十五五”时期年均增长5%以上的规划要求。",
    "这一目标综合考虑了“十五五”时期年均增长5%以上的规划预期。",
    "这一目标，兼顾了“十五五”时期年均增长5%以上的规划任务。",
]


@pytest.mark.parametrize("weighs", _WEIGHED)
@pytest.mark.parametrize("place,year,session,plan,span", [
    ("宁夏回族自治区", 2026, "第十三届", "十五五", "2026-2030"),
    ("南阳市", 2026, "第八届", "十五五", "2026-2030"),
    ("湖南省", 2021, "第十三届", "十四五", "2021-2025"),
])
def test_the_plans_average_named_as_its_requirement_is_the_goal(weighs, place, year, session, plan, span):
    body = (f"二、{year}年主要预期目标\n地区生产总值增长5.5%左右，在实际工作中努力争取更好结果。"
            f"{weighs.replace('十五五', plan)}城镇新增就业8万人以上。\n")
    fs = keys_of(read(_report(place, year, session, body)))
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5.5, "about")
    assert val(fs, ("gdp", "goal", span, "growth")) == (5, "at_least")
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (8, "at_least")


@pytest.mark.parametrize("clause", [
    # (look-alikes: a figure that picks out things after 的 stays none; the plan's own goal word keeps working)
    "增长20%以上的规划项目达到30个",
    "增长20%以上的企业达到30家",
])
def test_a_figure_picking_out_things_is_no_goal(clause):
    body = f"二、2026年主要预期目标\n地区生产总值增长5.5%左右。{clause}。\n"
    fs = keys_of(read(_report("南阳市", 2026, "第八届", body)))
    assert not [k for k in fs if k[1] == "goal"]
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")


# 2. the short names facts reads alone at a clause's start (外贸, 外资; 外贸、外资 before 分别/均) are indicators for the
# pledges too: a target list's item naming them is a fact, no pledge
@pytest.mark.parametrize("item,keys", [
    ("外贸、外资分别增长5%、3%", {("foreign_trade", 5), ("fdi", 3)}),
    ("外资、外贸分别增长3%、5%", {("foreign_trade", 5), ("fdi", 3)}),
    ("外贸增长5%，外资增长3%", {("foreign_trade", 5), ("fdi", 3)}),
    ("外贸和外资均增长5%", {("foreign_trade", 5), ("fdi", 5)}),
    ("外资增长3%", {("fdi", 3)}),
])
@pytest.mark.parametrize("lead", ["展望2023，射洪将奋力实现：", "展望2023，我们将努力实现：", "展望2023年，全市力争实现："])
def test_short_names_in_a_look_ahead_list_pledge_nothing(item, keys, lead):
    body = f"{lead}\n地区生产总值增长7%左右；\n{item}；\n社零总额增长6%。\n"
    d = read(_report("射洪市", 2023, "第二届", body))
    fs = keys_of(d)
    for iid, v in keys:
        assert val(fs, (iid, "target", "2023", "growth")) == (v, "eq")
    assert not pledged(d)


@pytest.mark.parametrize("place,year", [("射洪市", 2023), ("沧州市", 2022), ("鹤山市", 2019)])
def test_a_look_ahead_list_of_targets_pledges_no_indicator(place, year):
    body = (f"展望{year}，{place[:2]}将奋力实现：\n地区生产总值增长7%左右；\n外贸增长5%；\n城镇新增就业5000人；\n"
            "规上工业增加值增长9%。\n")
    d = read(_report(place, year, "第二届", body))
    assert val(keys_of(d), ("urban_new_jobs", "target", str(year), "level")) == (5000, "eq")
    assert not pledged(d)


@pytest.mark.parametrize("lead", ["展望2023，我们将重点抓好以下工作：", "新的一年，我们将重点抓好以下工作："])
def test_a_look_ahead_list_of_tasks_still_pledges(lead):
    # (the tasks a 展望 lead opens are pledges as before; a short name's growth among them is an indicator's, no task,
    # as "地区生产总值增长7%" there is)
    body = f"{lead}\n新建5G基站300个；\n改造老旧小区20个；\n外贸增长5%。\n"
    d = read(_report("射洪市", 2023, "第二届", body))
    assert {("5G基站", 300, "个"), ("老旧小区", 20, "个")} <= pledged(d)
    assert not [p for p in d.pledges if p.object in ("外贸", "外资")]


@pytest.mark.parametrize("task", ["引进外资企业10家", "新增外资项目20个", "新建外贸综合服务平台3个"])
def test_foreign_firms_and_projects_are_still_pledged(task):
    body = f"三、2023年重点工作\n全年{task}，新建5G基站300个。\n"
    d = read(_report("射洪市", 2023, "第二届", body))
    assert len(d.pledges) == 2


# 3. an overseas or Hong Kong page: the speaker's report made, then the year's figures after the comma, no dated byline
@pytest.mark.parametrize("lead,region", [
    ("香港《大公报》内地新闻　江苏省南京市长陈之常昨日作政府工作报告，", "南京市"),
    ("【大公报讯】浙江省宁波市长汤飞帆在宁波市第十六届人民代表大会第五次会议上作政府工作报告，", "宁波市"),
    ("（中央社記者台北8日電）福建省福州市長吳賢德周二作政府工作報告，", "福州市"),
    ("（中央社記者台北8日電）福建省福州市長吳賢德周二作政府工作報告說，", "福州市"),
    ("（本报讯）四川省绵阳市长元方作政府工作报告时说，", "绵阳市"),
])
@pytest.mark.parametrize("year", [2019, 2023, 2024])
def test_the_year_after_the_speakers_report_made(lead, region, year):
    short = region[:2]
    d = read(f"{lead}{year - 1}年{short}地区生产总值增长4.4%，今年预期增长6%左右。\n")
    assert (d.meta.region, d.meta.report_year) == (region, year)
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (4.4, "eq")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "about")


@pytest.mark.parametrize("year", [2019, 2024])
def test_the_year_of_the_economy_after_the_speakers_words(year):
    d = read(f"（中央社記者台北8日電）福建省福州市長吳賢德周二作政府工作報告說，{year - 1}年福州經濟增長4.4%，今年地區生產總值預期增長6%左右。\n")
    assert d.meta.report_year == year
    assert val(keys_of(d), ("gdp", "target", str(year), "growth")) == (6, "about")


@pytest.mark.parametrize("text,year", [
    # (look-alikes: a dated byline decides; a report cited as done dates nothing)
    ("南京日报2024年1月22日讯　南京市长陈之常作政府工作报告，2023年南京地区生产总值增长4.6%，今年增长5%左右。\n", 2024),
    ("东莞市2025年1月8日讯 2024年政府工作报告提出的十件民生实事全部完成。去年东莞地区生产总值增长5%。今年东莞地区生产总值增长5%左右。\n", 2025),
])
def test_a_dated_byline_still_decides(text, year):
    assert read(text).meta.report_year == year


# 4. the R&D intensity by its shortest names (研发强度, R&D强度, 研发经费强度): the region's ratio; a kind of firm's own
# intensity before it is no region's, nor a count of those firms (高新技术企业研发投入强度 had given 高新技术企业 a growth)
@pytest.mark.parametrize("clause,value", [
    ("研发强度达到1.6%", 1.6), ("全社会研发强度达到2.1%", 2.1), ("R&D强度达到1.6%", 1.6), ("研发经费强度为2.35%", 2.35),
])
@pytest.mark.parametrize("place,year,session", [("包头市", 2024, "第十六届"), ("绵阳市", 2021, "第七届"), ("安徽省", 2019, "第十三届")])
def test_the_rnd_intensity_by_its_short_names(clause, value, place, year, session):
    body = f"一、{year - 1}年工作回顾\n规上工业增加值增长10%，{clause}。\n"
    fs = keys_of(read(_report(place, year, session, body)))
    assert val(fs, ("rnd_intensity", "actual", str(year - 1), "share")) == (value, "eq")


@pytest.mark.parametrize("clause", [
    "高新技术企业研发强度达到4%", "高新技术企业研发投入强度达到4%", "规上工业企业研发强度达到1.2%", "国家高新技术企业研发投入强度达到4.5%",
])
def test_a_kind_of_firms_intensity_is_no_regions(clause):
    body = f"一、2023年工作回顾\n地区生产总值增长6%，{clause}。\n"
    fs = keys_of(read(_report("包头市", 2024, "第十六届", body)))
    assert ("rnd_intensity", "actual", "2023", "share") not in fs
    assert not [k for k in fs if k[0] == "high_tech_enterprises"]


def test_the_count_of_firms_beside_the_regions_rnd_stays():
    body = "一、2023年工作回顾\n高新技术企业达到520家，研发经费增长20%。\n"
    fs = keys_of(read(_report("包头市", 2024, "第十六届", body)))
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (520, "eq")
    assert val(fs, ("rnd_expenditure", "actual", "2023", "growth")) == (20, "eq")
