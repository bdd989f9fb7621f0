"""What decisions 283–290 left, blind (lft43b, decision 297): a plan report's item whose plan sentence opens on the
name itself (“地区生产总值年度计划：增长8%左右。执行结果：增长7.9%。”) lost its result; an explainer's card whose last year
follows the year so far past a ； (“社会消费品零售总额：今年以来增长6.1%；上年增长5.6%。”) lost last year's figure; a task
closed by a bare 任务 (“完成减少农村贫困人口4500人、退出贫困村12个任务。”) was read as a count of the report's own tasks; a
news page's last bare task line before the prose under it (“新建中小学、幼儿园50所\\n\\n报告说，…”) was joined to the prose
and pledged its words as the object. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledge_items, pledged, read


# 1. a plan report's item: the plan sentence opening on the name, its result in the next sentence
def _plan(city: str, year: int, rows: str) -> str:
    return (f"关于{city}{year}年国民经济和社会发展计划执行情况与{year + 1}年计划草案的报告\n"
            f"——{year + 1}年1月9日在{city}第十五届人民代表大会第五次会议上\n\n"
            f"一、{year}年计划执行情况\n全市主要指标完成情况如下：\n{rows}\n\n"
            f"二、{year + 1}年计划草案\n地区生产总值增长6%左右。\n")


PLAN_CITIES = [("常德市", 2019), ("宜宾市", 2021), ("九江市", 2017), ("安徽省", 2018)]


@pytest.mark.parametrize("city,year", PLAN_CITIES)
@pytest.mark.parametrize("row,iid,plan,result", [
    ("地区生产总值年度计划：增长8%左右。执行结果：增长7.9%。", "gdp", 8, 7.9),
    ("规模以上工业增加值年度计划：增长8.5%。执行结果：增长8.6%。", "industrial_va", 8.5, 8.6),
    ("固定资产投资年度目标：增长10%。实际完成：增长9.1%。", "fixed_asset_investment", 10, 9.1),
    ("一般公共预算收入年度预期：增长5%。执行结果：下降3.2%。", "general_budget_revenue", 5, -3.2),
    ("社会消费品零售总额年度计划增长9%。预计增长8.4%。", "retail_sales", 9, 8.4),
    ("居民消费价格涨幅年度计划：3%左右。执行结果：上涨2.7%。", "cpi", 3, 2.7),
])
def test_a_name_led_plan_sentence_keeps_its_result(city, year, row, iid, plan, result):
    fs = keys_of(read(_plan(city, year, row)))
    y = str(year)
    assert fs[(iid, "target", y, "growth")].value == plan
    assert fs[(iid, "actual", y, "growth")].value == result


@pytest.mark.parametrize("row,iid", [
    ("社会消费品零售总额年度计划：增长9%。预计全市餐饮收入增长10%。", "retail_sales"),  # (another thing's estimate)
    ("工业投资年度计划：增长15%。", "industrial_investment"),  # (no result stated)
])
def test_a_plan_sentence_with_no_result_of_its_own_keeps_only_its_plan(row, iid):
    fs = keys_of(read(_plan("常德市", 2019, row)))
    assert fs[(iid, "target", "2019", "growth")].value in (9, 15)
    assert (iid, "actual", "2019", "growth") not in fs


# 2. an explainer's card: the year so far, then last year's figure past a ；
def _card(city: str, year: int, card: str) -> str:
    return (f"一图读懂丨{city}{year}年政府工作报告\n\n来源：{city[:-1]}日报　发布时间：{year}-01-12 09:10\n\n【关键数据】\n\n"
            f"地区生产总值：去年增长5.2%。今年提出增长6%左右。\n\n{card}\n\n（本文综合自{city[:-1]}日报）\n")


CARD_CITIES = [("柳州市", 2024), ("绵阳市", 2023), ("衢州市", 2022), ("遵义市", 2026)]


@pytest.mark.parametrize("city,year", CARD_CITIES)
@pytest.mark.parametrize("card,iid,measure,value", [
    ("社会消费品零售总额：今年以来增长6.1%；上年增长5.6%。", "retail_sales", "growth", 5.6),
    ("外贸进出口总额：今年以来增长12.4%；去年增长8.7%。", "foreign_trade", "growth", 8.7),
    ("规模以上工业增加值：年初以来增长9.8%；去年增长14.1%。", "industrial_va", "growth", 14.1),
    ("一般公共预算收入：今年以来增长12%；上年完成150.2亿元。", "general_budget_revenue", "level", 150.2),
    ("城镇居民人均可支配收入：今年以来增长7%；上年实际增长9.2%。", "urban_disposable_income", "growth", 9.2),
])
def test_a_cards_last_year_after_the_year_so_far_past_a_semicolon(city, year, card, iid, measure, value):
    fs = keys_of(read(_card(city, year, card)))
    assert fs[(iid, "actual", str(year - 1), measure)].value == value
    assert (iid, "target", str(year), "growth") not in fs


@pytest.mark.parametrize("card,iid", [
    ("固定资产投资：今年以来增长10.5%；上年同期增长8%。", "fixed_asset_investment"),  # (a comparison's base)
    ("进出口总额：今年以来增长20.3%；比上年同期提高5个百分点。", "foreign_trade"),
])
def test_a_cards_year_so_far_with_last_years_same_period_gives_nothing(card, iid):
    fs = keys_of(read(_card("衢州市", 2022, card)))
    assert not any(k[0] == iid for k in fs)


# 3. a task closed by a bare 任务: the count is of what its verb acts on
def _report(county: str, year: int, tasks: str) -> str:
    return (f"{county}{year}年政府工作报告\n——{year}年1月10日在{county}第十七届人民代表大会第三次会议上\n\n"
            f"一、{year - 1}年工作回顾\n过去一年，全县地区生产总值增长8.1%。\n\n二、{year}年工作安排\n"
            f"今年全县经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n今年将重点抓好八项任务。\n"
            f"（一）决战脱贫攻坚。{tasks}\n")


COUNTIES = [("平江县", 2018), ("黔西县", 2019), ("临泉县", 2017), ("武功县", 2020)]


@pytest.mark.parametrize("county,year", COUNTIES)
@pytest.mark.parametrize("tasks,want", [
    ("完成减少农村贫困人口4500人、退出贫困村12个任务。", {("农村贫困人口", 4500, "人"), ("贫困村", 12, "个")}),
    ("坚决完成退出贫困村30个任务。", {("贫困村", 30, "个")}),
    ("完成农村危房改造800户任务。", {("农村危房改造", 800, "户")}),
    ("完成易地扶贫搬迁1200人任务：", {("易地扶贫搬迁", 1200, "人")}),
])
def test_a_task_closed_by_a_bare_task_word_is_pledged(county, year, tasks, want):
    got = pledged(read(_report(county, year, tasks)))
    assert want <= got


def test_a_task_word_before_a_comma_stays_pledged():
    # (the task word before a comma was never read as the report's own count: unchanged)
    got = pledged(read(_report("黔西县", 2019, "完成减少农村贫困人口1.2万人、出列贫困村23个任务，确保全县脱贫摘帽。")))
    assert {("农村贫困人口", 1.2, "万人"), ("贫困村", 23, "个")} <= got


@pytest.mark.parametrize("tasks", ["全年要完成12项重点任务。", "全面完成省下达的10项任务。", "着力抓好三大任务：",
                                   "坚决打好八项任务。"])
def test_a_count_of_the_reports_own_tasks_stays_no_pledge(tasks):
    got = pledged(read(_report("平江县", 2018, tasks)))
    assert not any(u in ("项", "大", "个") and o.endswith("任务") or o == "" for o, _, u in got), got
    assert not any(v in (12, 10, 3, 8) for _, v, _ in got)


# 4. a news page's bare task lines set apart by blank lines, then the prose under them
def _news(city: str, year: int, lines: list[str], after: str) -> str:
    body = "\n\n".join(lines)
    return (f"{city}{year}年政府工作报告发布 今年这样干\n\n来源：{city[:-1]}晚报　{year}-01-20 07:30\n\n"
            f"1月18日，{city}第十六届人民代表大会第六次会议开幕。\n\n{year}年重点任务\n\n{body}\n\n{after}\n")


NEWS_CITIES = [("南昌市", 2021), ("贵阳市", 2023), ("洛阳市", 2019), ("芜湖市", 2025)]


@pytest.mark.parametrize("city,year", NEWS_CITIES)
@pytest.mark.parametrize("last,after,want", [
    ("新建中小学、幼儿园50所", "报告说，要全力以赴，奋力描绘发展新画卷。", ("新建", "中小学、幼儿园", 50, "所")),
    ("新建公园、游园30座", "报告指出，要坚持稳中求进工作总基调。", ("新建", "公园、游园", 30, "座")),
    ("新建村卫生室、文化室40个", "市人大代表李明说，这些任务件件连着民生。", ("新建", "村卫生室、文化室", 40, "个")),
])
def test_the_last_bare_task_line_keeps_its_object(city, year, last, after, want):
    d = read(_news(city, year, ["新开工重大项目300个", "新建改造城市道路100公里", last], after))
    got = pledge_items(d)
    assert want in got
    assert not any(o.startswith(("报告", "市人大")) for _, o, _, _ in got), got


@pytest.mark.parametrize("last,after,want", [
    ("新增停车泊位2万个", "报告强调，要坚持稳中求进工作总基调。", ("新增", "停车泊位", 2, "万个")),
    ("新建改造供水、燃气管网120公里", "报告说，要全力以赴。", ("新建改造", "供水、燃气管网", 120, "公里")),
])
def test_a_last_task_line_read_right_before_stays(last, after, want):
    assert want in pledge_items(read(_news("贵阳市", 2023, ["新开工重大项目300个", last], after)))


def test_a_task_line_wrapped_inside_its_sentence_still_joins():
    # (a paragraph's line cut inside its sentence, no blank line: joined as before)
    text = ("贵阳市2023年政府工作报告\n\n二、2023年工作安排\n（一）抓项目。全年新开工重大项目300个，新建改造城市道路\n"
            "100公里，新增停车泊位2万个。\n")
    got = pledged(read(text))
    assert ("城市道路", 100, "公里") in got


# 5. the same item's result in the next paragraph, a page setting each sentence a paragraph
@pytest.mark.parametrize("city,year", PLAN_CITIES)
@pytest.mark.parametrize("row,iid,plan,result", [
    ("地区生产总值年度计划：增长8%左右。\n执行结果：增长7.9%。", "gdp", 8, 7.9),
    ("1.固定资产投资。\n年度计划：增长10%。\n执行结果：增长9.1%。", "fixed_asset_investment", 10, 9.1),
    ("一般公共预算收入年度预期：增长5%。\n\n实际完成：下降3.2%。", "general_budget_revenue", 5, -3.2),
])
def test_a_plan_sentences_result_in_the_next_paragraph(city, year, row, iid, plan, result):
    fs = keys_of(read(_plan(city, year, row)))
    assert fs[(iid, "target", str(year), "growth")].value == plan
    assert fs[(iid, "actual", str(year), "growth")].value == result


@pytest.mark.parametrize("row", ["社会消费品零售总额年度计划：增长9%。\n预计全市餐饮收入增长10%。",
                                 "社会消费品零售总额年度计划：增长9%。预计2020年全市消费将稳步恢复。"])
def test_a_plan_sentence_before_another_things_estimate_keeps_only_its_plan(row):
    fs = keys_of(read(_plan("常德市", 2019, row)))
    assert fs[("retail_sales", "target", "2019", "growth")].value == 9
    assert ("retail_sales", "actual", "2019", "growth") not in fs
