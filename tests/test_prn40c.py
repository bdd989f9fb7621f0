"""Printed pages of the newest blind sets (prn40c, decision 234): a plan table printed one cell a line that a PDF's page
break cuts between two rows, the next page's running head and a category's line over the next row; two districts'
figures given with 分别 cut from their verb by a PDF's line; and a page setting each sentence a paragraph, the year's
targets split by a sentence that weighs the plan's yearly average (这一增速既考虑了“十五五”时期年均增长…)."""
import pytest

from factkeys import keys_of, read, val

HEAD = ("类别\n指标\n单位\n2025年\n2030年\n年均增长〔累计〕\n属性\n"
        "经济发展\n地区生产总值\n亿元\n{gdp0}\n{gdp1}\n5.5左右\n预期性\n"
        "服务业增加值比重\n%\n52.5\n55\n〔2.5〕\n预期性\n")


# 1. a one-cell-a-line plan table a page's break cuts between two rows: the mark, the blank lines, the next page's
# running head and a category's line over the next row; the table goes on (its rows past the break are read too)
@pytest.mark.parametrize("mark", ["— 3 —", "第 3 页", "- 3 -"])
@pytest.mark.parametrize("runhead", ["政府工作报告\n", "{city}2026年政府工作报告\n", ""])
@pytest.mark.parametrize("cat", ["民生福祉\n", "三、民生福祉\n"])
@pytest.mark.parametrize("city,gdp0,gdp1", [("嘉兴市", 7500, 9800), ("宜昌市", 6200, 8000)])
def test_a_one_cell_table_goes_on_past_a_page_break_and_a_category(mark, runhead, cat, city, gdp0, gdp1):
    page = (f"{city}2026年政府工作报告\n——2026年1月20日在{city}第九届人民代表大会第五次会议上\n"
            f"　　附表：{city}“十五五”时期经济社会发展主要指标\n" + HEAD.format(gdp0=gdp0, gdp1=gdp1)
            + f"\n{mark}\n\n" + runhead.format(city=city) + cat
            + "居民人均可支配收入\n元\n70500\n89000\n5左右\n预期性\n")
    fs = keys_of(read(page))
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")
    assert val(fs, ("disposable_income", "actual", "2025", "level")) == (70500, "eq")
    assert val(fs, ("disposable_income", "goal", "2030", "level")) == (89000, "eq")
    assert val(fs, ("disposable_income", "goal", "2026-2030", "growth")) == (5, "about")


# (look-alike that must not change: a paragraph of prose after the page's break, under a category-like short line)
def test_prose_past_the_break_stays_prose():
    page = ("嘉兴市2026年政府工作报告\n——2026年1月20日在嘉兴市第九届人民代表大会第五次会议上\n"
            "　　附表：嘉兴市“十五五”时期经济社会发展主要指标\n" + HEAD.format(gdp0=7500, gdp1=9800)
            + "\n— 3 —\n\n政府工作报告\n主要任务\n　　2026年，全市城镇新增就业8万人以上。\n")
    fs = keys_of(read(page))
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (8, "at_least")


# 2. a lead naming two districts' figures with 分别, a PDF's line cut before their verb: figures, no two sessions at once
@pytest.mark.parametrize("city,a,b,prov", [
    ("鄂尔多斯市", "东胜区", "康巴什区", "内蒙古自治区"),
    ("宜昌市", "西陵区", "伍家岗区", "湖北省"),
    ("绍兴市", "越城区", "柯桥区", "浙江省"),
])
@pytest.mark.parametrize("verb", ["增长6.8%和7.5%", "比上年增长6.8%和7.5%", "达到820亿元和310亿元"])
def test_two_districts_figures_across_a_line_are_no_two_sessions(city, a, b, prov, verb):
    page = (f"{city}政府工作报告（摘要）\n——2025年1月8日在{city}第五届人民代表大会第五次会议上\n"
            f"　　一、2024年工作回顾\n　　全市地区生产总值完成6330亿元，增长6.2%；{a}、{b}分别\n"
            f"{verb}。一般公共预算收入完成601亿元，增长2.1%。\n")
    d = read(page)
    assert (d.meta.region, d.meta.level, d.meta.province) == (city, "prefecture", prov)


# 3. each sentence a paragraph: the year's targets after a sentence that weighs the plan's average (这一增速 / 这一目标)
# are the year's, and that average is the first target's indicator over the plan
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize("this,weigh", [
    ("这一增速", "既考虑了“十五五”时期年均增长5%以上的规划要求，也兼顾了稳就业、防风险的需要。"),
    ("这一目标", "充分考虑了“十五五”时期年均增长5%左右的规划目标。"),
])
@pytest.mark.parametrize("year,place", [(2026, "宁夏回族自治区"), (2026, "贵州省")])
def test_targets_after_a_plan_weighing_paragraph_are_the_years(gap, this, weigh, year, place):
    page = (f"{place}{year}年政府工作报告\n"
            f"报告提出，{year}年全区经济社会发展主要预期目标是：地区生产总值增长5.5%左右，在实际工作中努力争取更好结果。{gap}"
            f"{this}{weigh}{gap}城镇新增就业8万人以上，城镇调查失业率5.5%以内，居民消费价格涨幅2%左右。{gap}")
    fs = keys_of(read(page, report_year=year))
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5.5, "about")
    assert ("gdp", "goal", f"{year}-{year + 4}", "growth") in fs
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (8, "at_least")
    assert val(fs, ("cpi", "target", str(year), "growth")) == (2, "about")
    assert not any(k[1] == "goal" and k[0] != "gdp" for k in fs)


# (look-alike that must not change: a paragraph that sets the plan's goals, not weighs them: its items are the plan's)
def test_a_paragraph_setting_the_plans_goals_still_leads():
    page = ("宁夏回族自治区2026年政府工作报告\n"
            "“十五五”时期主要目标是：\n\n地区生产总值年均增长5%以上。\n\n城镇新增就业40万人以上。\n")
    fs = keys_of(read(page, report_year=2026))
    assert ("urban_new_jobs", "goal", "2026-2030", "level") in fs


# 4. a numbered item titled by an indicator's name alone, its sentences on the lines under it (each sentence a
# paragraph): a topic's title over tasks, whose quantities are pledged (as "5.固定资产投资。全年安排…" on one line is)
@pytest.mark.parametrize("name", ["固定资产投资", "外贸进出口", "粮食产量"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("year,prov", [(2023, "江西省"), (2024, "河南省")])
def test_a_title_of_a_name_alone_heads_tasks(name, gap, year, prov):
    page = (f"关于{prov}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月13日在{prov}第十四届人民代表大会第一次会议上\n二、{year}年主要目标任务\n"
            f"1.地区生产总值增长5%左右。{gap}2.城镇新增就业45万人以上。{gap}3.{name}。{gap}"
            f"全年安排省大中型项目3500个，新建改造农村公路3000公里。{gap}4.民生保障。{gap}新增养老床位8000张。{gap}")
    got = {(p.object, p.value, p.unit) for p in read(page).pledges}
    assert {("省大中型项目", 3500, "个"), ("农村公路", 3000, "公里"), ("养老床位", 8000, "张")} <= got


# (look-alike that must not change: an item that names its indicator and sets its target is no task)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_item_that_sets_its_target_is_no_task(gap):
    page = ("关于江西省2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
            f"——2023年1月13日在江西省第十四届人民代表大会第一次会议上\n二、2023年主要目标任务\n"
            f"1.地区生产总值增长5%左右。{gap}2.固定资产投资增长8%以上。{gap}")
    d = read(page)
    assert not d.pledges
    assert val(keys_of(d), ("fixed_asset_investment", "target", "2023", "growth")) == (8, "at_least")
