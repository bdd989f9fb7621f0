"""The newest rules under attack, blind (adv41, decision 240): a five-year figure closing a theme paragraph of a mixed
review; a plan table printed one cell a line whose page's break drops its category column's line; prose after a
table under the table's title; a target list set one sentence a paragraph; the plan's average weighed as 规划纲要确定的
or after 这 alone; last year's targets closed by their fate (圆满完成) before 分别完成; a whole region's stock reached
after its gain."""
import pytest

from factkeys import keys_of, pledged, read


def work_report(region: str, year: int, body: str, level: str = "第六届") -> str:
    return f"{region}人民政府工作报告\n——{year}年1月12日在{region}{level}人民代表大会第六次会议上\n\n{body}"


# 1. a five-year figure closing a theme paragraph of a review of the year and the plan: the next paragraphs are the year's
SPAN_PLACES = [("钦州市", 2021, "十三五"), ("宜宾市", 2026, "十四五"), ("沭阳县", 2021, "十三五"), ("榆林市", 2016, "十二五")]
CLOSINGS = ["单位地区生产总值能耗五年累计下降16.2%，完成上级下达的“{p}”目标任务。",
            "“{p}”时期森林覆盖率累计提高2.1个百分点。",
            "五年累计新增城镇就业12.6万人。"]


def mixed_review(region, year, plan, head, closing, sep="；"):
    whole = "全" + region[-1]
    return work_report(region, year, (
        f"{head}\n\n经济运行稳定恢复。{whole}地区生产总值达到1761.5亿元，增长3.9%。\n\n"
        f"绿色发展扎实推进。{whole}空气质量优良天数比例达到96.7%{sep}{closing.format(p=plan)}\n\n"
        "民生保障持续加强。城镇登记失业率控制在3.5%以内；城镇居民人均可支配收入达到37980元，增长3.1%。\n"))


@pytest.mark.parametrize("region,year,plan", SPAN_PLACES)
@pytest.mark.parametrize("closing", CLOSINGS)
@pytest.mark.parametrize("sep", ["；", "。"])
def test_a_closing_span_frames_no_paragraph_after(region, year, plan, closing, sep):
    for head in (f"一、{year - 1}年和“{plan}”时期工作回顾", f"一、过去五年和{year - 1}年工作回顾"):
        ks = keys_of(read(mixed_review(region, year, plan, head, closing, sep)))
        past = str(year - 1)
        assert ks[("urban_disposable_income", "actual", past, "growth")].value == 3.1, sorted(ks)
        assert ks[("registered_unemployment_rate", "actual", past, "share")].value == 3.5


@pytest.mark.parametrize("region,year,plan", SPAN_PLACES)
def test_a_sentence_opening_on_the_span_still_frames(region, year, plan):
    # near-miss: "…增长3.9%；城镇新增就业2.1万人。五年来，…" opens a review of the span in the paragraph
    whole = "全" + region[-1]
    body = (f"一、{year - 1}年和“{plan}”时期工作回顾\n\n经济运行稳定恢复。{whole}地区生产总值达到1761.5亿元，增长3.9%；城镇新增"
            f"就业2.1万人。五年来，{whole}地区生产总值年均增长6.1%，城镇新增就业累计12万人。\n\n"
            "民生保障持续加强。城镇居民人均可支配收入达到37980元，增长45%。\n")
    ks = keys_of(read(work_report(region, year, body)))
    assert ("urban_disposable_income", "actual", f"{year - 5}-{year - 1}", "growth") in ks, sorted(ks)


# 2. a plan table printed one cell a line, a page's break between two rows of one category, its category column's
#    line printed once above: the rows after the break are read; and 3. the prose after the table under its title
TABLE_HEAD = ("关于{r}{p}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n——{y}年1月9日在{r}第六届人民代表大会第四次会议上\n\n"
              "　　{p}年，全市经济运行回升向好。{y}年主要指标建议安排如下。\n\n附表\n{r}{y}年国民经济和社会发展主要指标\n类别\n指标名称\n"
              "单位\n{p}年预计\n{y}年目标\n经济发展\n地区生产总值增速\n%\n6.3\n6.5左右\n规模以上工业增加值增速\n%\n8.2\n9左右\n"
              "固定资产投资增速\n%\n5.6\n8左右\n")
TABLE_TAIL = ("一般公共预算收入增速\n%\n7.1\n5左右\n民生福祉\n城镇调查失业率\n%\n5.2\n5.5以内\n\n"
              "各县（市、区）情况如下\n黄州区地区生产总值增长7.2%，麻城市地区生产总值增长6.8%。\n\n"
              "　　{y}年，全市将实施亿元以上重点项目800个，新建改造农村公路1200公里，新增城镇就业4万人。\n")
TABLE_PLACES = [("黄冈市", 2024), ("鄂州市", 2023), ("汉中市", 2025)]
BREAKS = ["\n— 15 —\n\n", "\n- 3 -\n\n", "\n第 2 页\n\n", "\n— 15 —\n\n{r}国民经济和社会发展计划报告\n"]


def plan_table(r, y, brk):
    return (TABLE_HEAD + brk + TABLE_TAIL).format(r=r, y=y, p=y - 1)


@pytest.mark.parametrize("r,y", TABLE_PLACES)
@pytest.mark.parametrize("brk", BREAKS)
def test_a_table_goes_on_past_a_page_break_without_its_category_line(r, y, brk):
    ks = keys_of(read(plan_table(r, y, brk)))
    assert ks[("general_budget_revenue", "target", str(y), "growth")].value == 5
    assert ks[("general_budget_revenue", "actual", str(y - 1), "growth")].value == 7.1
    assert ks[("urban_unemployment_rate", "target", str(y), "share")].value == 5.5
    assert not any(k[0] == "gdp" and k[1] == "target" and ks[k].value in (7.2, 6.8) for k in ks)  # (the counties')


@pytest.mark.parametrize("r,y", TABLE_PLACES)
def test_blank_lines_alone_part_two_tables(r, y):
    # near-miss: no page mark, only blank lines, before a row narrower than the header: not taken for the same table
    ks = keys_of(read(plan_table(r, y, "\n\n\n")))
    assert ks[("gdp", "target", str(y), "growth")].value == 6.5
    assert ("general_budget_revenue", "target", str(y), "growth") not in ks


@pytest.mark.parametrize("r,y", TABLE_PLACES)
@pytest.mark.parametrize("brk", BREAKS[:2])
def test_prose_after_a_table_under_its_title_pledges(r, y, brk):
    got = pledged(read(plan_table(r, y, brk)))
    assert ("城镇就业", 4, "万人") in got, got
    assert ("农村公路", 1200, "公里") in got
    assert not any(o in ("地区生产总值", "一般公共预算收入", "城镇调查失业率") for o, _, _ in got)  # (the rows)


# 4. a target list set one sentence a paragraph (a PDF's layer): its lead closes on the first item, each item a
#    paragraph, a sentence weighing the target between; the items are facts, no pledges
LIST_PLACES = [("本溪市", 2017, "十三五"), ("遂宁市", 2023, "十四五"), ("临汾市", 2026, "十五五")]
ITEMS = ["一般公共预算收入增长4%。", "城镇登记失业率控制在4.2%以内。", "社会消费品零售总额增长7%。", "城乡居民人均可支配收入增长与经济增长同步。"]


def one_a_paragraph(region, year, plan, weigh=True, after=""):
    whole = "全" + region[-1]
    items = "\n".join("　　" + i for i in ITEMS)
    w = f"　　这一增速与“{plan}”规划纲要确定的年均增长6.5%的目标相衔接，也为结构调整留出了空间。\n" if weigh else ""
    body = (f"一、{year - 1}年工作回顾\n　　{year - 1}年，{whole}地区生产总值增长5.1%。\n二、{year}年工作安排\n"
            f"　　今年{whole}经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n{w}{items}\n{after}"
            "　　重点做好以下工作：\n　　全年实施亿元以上项目200个。\n　　新建改造农村公路300公里。\n")
    return work_report(region, year, body)


@pytest.mark.parametrize("region,year,plan", LIST_PLACES)
@pytest.mark.parametrize("weigh", [True, False])
def test_a_list_one_sentence_a_paragraph_pledges_none_of_its_items(region, year, plan, weigh):
    d = read(one_a_paragraph(region, year, plan, weigh))
    got = pledged(d)
    assert got == {("亿元以上项目", 200, "个"), ("农村公路", 300, "公里")}, got
    ks = keys_of(d)
    assert ks[("registered_unemployment_rate", "target", str(year), "share")].value == 4.2


@pytest.mark.parametrize("region,year,plan", LIST_PLACES)
@pytest.mark.parametrize("task,want", [("新增城镇就业2.5万人。", ("城镇就业", 2.5, "万人")),
                                       ("固定资产投资完成190亿元以上，新开工项目200个。", ("项目", 200, "个"))])
def test_a_task_after_the_list_is_still_pledged(region, year, plan, task, want):
    # near-miss: a sentence opening on a task's verb, or holding a clause of one, right after the list's items
    got = pledged(read(one_a_paragraph(region, year, plan, after="　　" + task + "\n")))
    assert want in got, got


# 5. the plan's average weighed as set by the plan's outline (规划纲要确定的), or after 这 alone: gdp's goal
@pytest.mark.parametrize("region,year,plan", LIST_PLACES)
def test_the_outline_s_average_weighed_is_gdp_s_goal(region, year, plan):
    ks = keys_of(read(one_a_paragraph(region, year, plan)))
    span = {"十三五": "2016-2020", "十四五": "2021-2025", "十五五": "2026-2030"}[plan]
    assert ks[("gdp", "goal", span, "growth")].value == 6.5, sorted(ks)


WEIGHS = ["这既衔接了“十五五”时期年均增长5%以上的规划要求，也兼顾了稳就业的需要；",
          "这一增速与“十五五”规划纲要提出的年均增长5%以上的目标相衔接；",
          "这主要是综合考虑了“十五五”时期年均增长5%以上的规划目标；"]


@pytest.mark.parametrize("region", ["湖北省", "甘肃省", "绍兴市"])
@pytest.mark.parametrize("weigh", WEIGHS)
def test_the_target_named_back_weighs_the_plan_s_average(region, weigh):
    whole = "全" + region[-1]
    body = (f"一、2025年工作回顾\n2025年，{whole}地区生产总值增长5.2%。\n\n二、2026年工作安排\n今年{whole}经济社会发展的主要预期目标是："
            f"地区生产总值增长5%左右，在实际工作中争取更好结果。{weigh}一般公共预算收入增长3%；城镇调查失业率5.5%左右。\n")
    ks = keys_of(read(work_report(region, 2026, body, "第十四届")))
    assert ks[("gdp", "goal", "2026-2030", "growth")].value == 5, sorted(ks)
    assert ks[("general_budget_revenue", "target", "2026", "growth")].value == 3
    assert ks[("urban_unemployment_rate", "target", "2026", "share")].value == 5.5


@pytest.mark.parametrize("region", ["湖北省", "绍兴市"])
def test_this_without_the_plan_s_average_names_no_goal(region):
    # near-miss: "这既是…" weighing nothing of the plan
    whole = "全" + region[-1]
    body = (f"二、2026年工作安排\n今年{whole}经济社会发展的主要预期目标是：地区生产总值增长5%左右。这既是稳就业的需要，也是"
            "防风险的需要；一般公共预算收入增长3%。\n")
    ks = keys_of(read(work_report(region, 2026, body, "第十四届")))
    assert not any(k[1] == "goal" for k in ks)
    assert ks[("general_budget_revenue", "target", "2026", "growth")].value == 3


# 6. last year's targets closed by their fate, then 分别完成/分别达到: each name its target and its result
FATES = ["的目标圆满完成，分别达到", "的预期目标全面完成，分别完成", "的目标顺利实现，分别完成", "的目标任务超额完成，分别实现"]


@pytest.mark.parametrize("region,year", [("衡阳市", 2022), ("赣县区", 2019), ("鄂尔多斯市", 2025)])
@pytest.mark.parametrize("lead", ["年初确定的", ""])
@pytest.mark.parametrize("fate", FATES)
def test_targets_closed_by_their_fate_then_each_result(region, year, lead, fate):
    body = f"一、{year - 1}年工作回顾\n{lead}地区生产总值增长8%、一般公共预算收入增长6%{fate}8.6%和9.1%。\n"
    ks = keys_of(read(work_report(region, year, body)))
    past = str(year - 1)
    assert ks[("gdp", "target", past, "growth")].value == 8
    assert ks[("gdp", "actual", past, "growth")].value == 8.6
    assert ks[("general_budget_revenue", "target", past, "growth")].value == 6
    assert ks[("general_budget_revenue", "actual", past, "growth")].value == 9.1


@pytest.mark.parametrize("region,year", [("衡阳市", 2022), ("赣县区", 2019)])
def test_results_then_their_fate_stay_results(region, year):
    # near-miss: figures not named as targets, the fate after them ("…，超额完成目标任务")
    body = f"一、{year - 1}年工作回顾\n地区生产总值、固定资产投资分别增长4.1%和6.2%，分别达到1210.5亿元和856亿元，超额完成目标任务。\n"
    ks = keys_of(read(work_report(region, year, body)))
    past = str(year - 1)
    assert ks[("gdp", "actual", past, "growth")].value == 4.1
    assert ks[("gdp", "actual", past, "level")].value == 1210.5
    assert not any(k[1] == "target" for k in ks)


# 7. a whole region's stock reached, a sentence or two after its gain: the total is the level
@pytest.mark.parametrize("region,year", [("南通市", 2020), ("江西省", 2024), ("昆山市", 2022)])
@pytest.mark.parametrize("ind,gain,total,want", [
    ("high_tech_enterprises", "全年新增高新技术企业426家。", "{w}高新技术企业达到1510家。", 1510),
    ("high_tech_enterprises", "新增国家高新技术企业426家。", "{w}国家高新技术企业突破1510家。", 1510),
    ("market_entities", "全年新增市场主体2.1万户。", "{w}市场主体增至15.6万户。", 15.6)])
def test_a_whole_region_s_stock_reached_restates_its_gain(region, year, ind, gain, total, want):
    whole = "全" + region[-1]
    body = f"一、{year - 1}年工作回顾\n{gain}{whole}地区生产总值增长6.2%。{total.format(w=whole)}\n"
    ks = keys_of(read(work_report(region, year, body)))
    assert ks[(ind, "actual", str(year - 1), "level")].value == want


@pytest.mark.parametrize("region,year", [("南通市", 2020), ("江西省", 2024)])
@pytest.mark.parametrize("part", ["其中国家高新技术企业达到1200家。", "其中{w}国家级高新技术企业达到1200家。"])
def test_a_part_reached_does_not_restate_the_gain(region, year, part):
    # near-miss: a part of the stock (其中…) reached after the gain
    whole = "全" + region[-1]
    body = f"一、{year - 1}年工作回顾\n全年新增高新技术企业426家。{whole}地区生产总值增长6.2%。{part.format(w=whole)}\n"
    ks = keys_of(read(work_report(region, year, body)))
    assert ks[("high_tech_enterprises", "actual", str(year - 1), "level")].value == 426


def test_a_closing_span_in_a_paragraph_the_span_frames_keeps_the_span():
    # a paragraph under a five-year opener whose last clause is a five-year total ("…五年累计超过4.3万亿元。"): its
    # figures are the span's, and the next theme paragraph stays the span's (lng40b's 浙江; decisions 240 and 241 met)
    body = ("一、2025年和“十四五”时期工作回顾\n\n过去五年，是极不平凡的五年。五年来，我们奋力推进高质量发展。\n\n"
            "——综合实力跃上新台阶。全省生产总值从2020年的6.46万亿元增加到9.48万亿元，年均增长5.7%；一般公共预算收入五年累计"
            "超过4.3万亿元。\n\n——城乡发展呈现新面貌。常住人口城镇化率提高3.3个百分点，城乡居民收入倍差缩小到1.69。\n")
    ks = keys_of(read(work_report("浙江省", 2026, body)))
    assert ("urbanization_rate", "actual", "2021-2025", "pp_change") in ks, sorted(ks)
