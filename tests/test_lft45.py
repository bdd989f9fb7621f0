"""What the last rounds left (lft45, decision 318): a part of a province named by a zone word of 带/群 with no vocabulary
row ("皖江城市带") read as the province's; a plan of the year under review labelled 年初计划为/年度计划为/年初预期为 before
the names it sets ("年初计划为城镇居民增长9%、农村居民增长10%") read as results; a bank's or a securities house's
forecast on a news page, named by its institution alone, read as the report's target; an amount's conversion in brackets
("（约合人民币285亿元）") pledged; 落实 before an area told by its unit alone ("落实永久基本农田保护任务7800万亩") giving no
pledge; an indicator's count in a ；-item turning to the year in a part on the plan's goals and the year's work giving
no pledge. With look-alikes that must not change."""
import pytest

from factkeys import key_values, pledge_items, pledged, read


def _news(region: str, year: int, body: str) -> str:
    """A news page on a province's report, delivered in its year."""
    return (f"{region}政府工作报告：今年全省生产总值增长6%左右\n来源：{region[:2]}日报　{year}-01-20 08:30\n\n"
            f"1月19日，{region}人大会议开幕。省长在会上作政府工作报告。\n\n{body}\n\n（记者　王明）\n")


# --- a part of the province named by a zone word ending 带 or 群, no row of region_parts.tsv ---

@pytest.mark.parametrize("region,year,part", [("安徽省", 2019, "皖江城市带"), ("湖北省", 2021, "鄂东城镇带"),
                                              ("江西省", 2023, "赣中城镇群")])
def test_zone_part_is_not_the_province(region, year, part):
    # the part's growth, after a support verb or opening its clause, is no province's target or result
    body = (f"报告说，今年将助推{part}规模以上工业增加值增长9%以上。\n\n"
            f"报告指出，去年{part}社会消费品零售总额增长12.3%。")
    kv = key_values(read(_news(region, year, body), region=region, report_year=year))
    assert ("industrial_va", "target", str(year), "growth") not in kv
    assert ("retail_sales", "actual", str(year - 1), "growth") not in kv


@pytest.mark.parametrize("region,year", [("安徽省", 2019), ("湖北省", 2021)])
def test_zone_part_look_alike_province_kept(region, year):
    # look-alike: the province's own figure after the same support verb stays the province's target
    body = "报告说，今年将推动全省规模以上工业增加值增长8.5%。"
    kv = key_values(read(_news(region, year, body), region=region, report_year=year))
    assert kv.get(("industrial_va", "target", str(year), "growth")) == (8.5, "eq")


# --- a plan's label of the year under review before the pair of names it sets ---

def _plan_report(region: str, year: int, body: str, plan: str = "地区生产总值增长7%左右。") -> str:
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n\n"
            f"一、{year - 1}年计划执行情况\n\n{body}\n\n二、{year}年计划\n\n{plan}\n")


@pytest.mark.parametrize("label", ["年初计划为", "年度计划为", "年初预期为", "年初预期目标为"])
@pytest.mark.parametrize("region,year", [("贵州省", 2017), ("河南省", 2022)])
def test_plan_label_before_residents_pair(region, year, label):
    body = (f"城镇、农村常住居民人均可支配收入分别增长8.7%、9.5%，{label}城镇居民增长9%、农村居民增长10%。"
            f"城镇新增就业76.8万人。")
    kv = key_values(read(_plan_report(region, year, body), region=region, report_year=year))
    y = str(year - 1)
    assert kv.get(("urban_disposable_income", "target", y, "growth")) == (9, "eq")
    assert kv.get(("rural_disposable_income", "target", y, "growth")) == (10, "eq")
    assert kv.get(("urban_disposable_income", "actual", y, "growth")) == (8.7, "eq")
    assert kv.get(("rural_disposable_income", "actual", y, "growth")) == (9.5, "eq")


@pytest.mark.parametrize("region,year", [("贵州省", 2017), ("河南省", 2022)])
def test_plan_label_look_alikes(region, year):
    # look-alikes: the plan's figure right after the label is last year's target as before; a count of projects after
    # the label names no indicator; a sentence of the plan part opening on 年度计划为 is this year's plan
    body = ("全省规模以上工业增加值增长9.9%，年度计划为增长10.5%。全省固定资产投资增长21%，年度计划为120个重点项目，"
            "完成投资150亿元。")
    plan = f"{year}年，全省经济平稳发展。年度计划为地区生产总值增长7%，一般公共预算收入增长6%。"
    kv = key_values(read(_plan_report(region, year, body, plan), region=region, report_year=year))
    assert kv.get(("industrial_va", "target", str(year - 1), "growth")) == (10.5, "eq")
    assert kv.get(("gdp", "target", str(year), "growth")) == (7, "eq")
    assert kv.get(("general_budget_revenue", "target", str(year), "growth")) == (6, "eq")
    assert ("gdp", "target", str(year - 1), "growth") not in kv
    assert ("general_budget_revenue", "target", str(year - 1), "growth") not in kv


# --- an institution's forecast on a news page ---

def _city_news(region: str, year: int, body: str) -> str:
    return (f"{region}{year}年GDP增长目标定为5%左右\n来源：财经日报　{year}-01-25 19:20\n\n"
            f"1月24日，{region}人民代表大会开幕，市长在会上作政府工作报告。报告提出，{year}年地区生产总值增长5%左右，"
            f"城镇调查失业率控制在5.5%以内。\n\n{body}\n")


_CITIES = [("广州市", 2024), ("青岛市", 2020), ("宁波市", 2018)]


@pytest.mark.parametrize("speaker", ["渣打银行认为", "招商证券研报预计", "某外资投行预测"])
@pytest.mark.parametrize("region,year", _CITIES)
def test_institution_by_kind_is_commentator(region, year, speaker):
    body = f"对于今年的走势，{speaker}，{region[:2]}今年进出口有望增长3%左右。"
    kv = key_values(read(_city_news(region, year, body), region=region, report_year=year))
    assert ("foreign_trade", "target", str(year), "growth") not in kv


@pytest.mark.parametrize("brand", ["中银香港指出", "花旗表示", "野村认为"])
@pytest.mark.parametrize("region,year", _CITIES)
def test_brand_alone_after_commentary_in_paragraph(region, year, brand):
    # a brand with no word of its kind, speaking next in the commentators' paragraph
    body = (f"渣打银行认为，{region[:2]}今年外贸仍面临压力。{brand}，{region[:2]}全年规模以上工业增加值增速料在5%左右。")
    kv = key_values(read(_city_news(region, year, body), region=region, report_year=year))
    assert ("industrial_va", "target", str(year), "growth") not in kv


@pytest.mark.parametrize("region,year", _CITIES)
def test_commentary_look_alikes(region, year):
    # look-alikes: the region's own office speaking after the commentators, in a paragraph of its own and in the same
    # one, is the region's; the report speaking again is the report's
    body = (f"渣打银行认为，{region[:2]}今年外贸仍面临压力。市发展改革委有关负责人表示，今年全市固定资产投资增长6%。\n\n"
            f"{region[:2]}市统计局局长表示，今年全市社会消费品零售总额增长7%左右。\n\n"
            f"招商证券研报预计，{region[:2]}经济稳中向好。报告还提出，今年一般公共预算收入增长4%。")
    kv = key_values(read(_city_news(region, year, body), region=region, report_year=year))
    assert kv.get(("fixed_asset_investment", "target", str(year), "growth")) == (6, "eq")
    assert kv.get(("retail_sales", "target", str(year), "growth")) == (7, "about")
    assert kv.get(("general_budget_revenue", "target", str(year), "growth")) == (4, "eq")


def test_bank_in_report_text_not_commentator():
    # look-alike: a report's own sentence on banks, figures after it in the paragraph, stays the report's
    text = ("某县人民政府工作报告\n——2021年1月8日在某县第十八届人民代表大会第五次会议上\n\n一、2021年工作安排\n\n"
            "引导银行加大信贷投放，全县地区生产总值增长7%，固定资产投资增长10%。\n")
    kv = key_values(read(text, region="霍邱县", report_year=2021))
    assert kv.get(("gdp", "target", "2021", "growth")) == (7, "eq")
    assert kv.get(("fixed_asset_investment", "target", "2021", "growth")) == (10, "eq")


# --- pledges: a conversion in brackets; 落实 before an area by its unit ---

def _tasks(region: str, year: int, body: str) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月10日在{region}人民代表大会上\n\n二、{year}年重点工作\n\n"
            f"重点抓好以下工作：{body}\n")


@pytest.mark.parametrize("note", ["（约合人民币285亿元）", "（折合人民币约285亿元）", "（相当于285亿元）"])
def test_conversion_in_brackets_no_pledge(note):
    d = read(_tasks("黄埔区", 2024, f"实际使用外资力争达到40亿美元{note}，新建5G基站1000座。"),
             region="黄埔区", report_year=2024)
    assert not any(v == 285 for _, v, _ in pledged(d))
    assert ("5G基站", 1000, "座") in pledged(d)


def test_conversion_look_alike_amount_of_its_own():
    # look-alike: an amount of its own after a comma (no bracket of a conversion) is pledged as before
    d = read(_tasks("黄埔区", 2024, "引进外资项目20个，完成工业投资285亿元。"), region="黄埔区", report_year=2024)
    assert any(v == 285 and u == "亿元" for _, v, u in pledged(d))


@pytest.mark.parametrize("obj,unit", [("永久基本农田保护任务", "万亩"), ("耕地保有量", "万亩"),
                                      ("造林任务", "公顷")])
def test_area_verb_before_area_unit(obj, unit):
    d = read(_tasks("宣汉县", 2020, f"落实{obj}120{unit}，新建高标准农田5万亩。"), region="宣汉县", report_year=2020)
    assert any(v == 120 and u == unit for _, v, u in pledged(d))


def test_area_verb_look_alikes():
    # look-alikes: a count of tasks after 落实 is no pledge; funds after it are, as before
    d = read(_tasks("宣汉县", 2020, "落实30项重点改革任务，落实就业补助资金4000万元。"), region="宣汉县", report_year=2020)
    got = pledged(d)
    assert not any(v == 30 for _, v, _ in got)
    assert any(v == 4000 and u == "万元" for _, v, u in got)


# --- an indicator's count in a ；-item turning to the year, in a part on the plan's goals and the year's work ---

def _goals_part(region: str, year: int, plan: str, title: str, para: str) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月12日在{region}人民代表大会上\n\n一、工作回顾\n\n"
            f"{year - 1}年，全区地区生产总值增长4.2%。\n\n二、{title}\n\n{para}\n\n"
            f"{year}年主要预期目标是：地区生产总值增长8%左右，固定资产投资增长10%。\n")


@pytest.mark.parametrize("region,year,plan", [("蜀山区", 2021, "“十四五”"), ("邗江区", 2026, "“十五五”")])
def test_year_item_indicator_pledged(region, year, plan):
    title = f"{plan}时期奋斗目标和{year}年工作安排"
    para = f"{plan}时期，全区地区生产总值年均增长6%左右；全年新增城镇就业1.2万人，新建改造城市道路15条。"
    d = read(_goals_part(region, year, plan, title, para), region=region, report_year=year)
    assert ("城镇就业", 1.2, "万人") in pledged(d) or any(o.endswith("城镇就业") and v == 1.2 for o, v, _ in pledged(d))
    assert key_values(d).get(("urban_new_jobs", "target", str(year), "level")) == (1.2, "eq")


@pytest.mark.parametrize("region,year,plan", [("蜀山区", 2021, "“十四五”"), ("邗江区", 2026, "“十五五”")])
def test_year_item_look_alikes(region, year, plan):
    # look-alikes: in a part on the goals alone, and after a comma (the span's each year), the count stays no pledge;
    # a share after the turn stays a target only
    para = f"{plan}时期，全区地区生产总值年均增长6%左右；全年新增城镇就业1.2万人。"
    d = read(_goals_part(region, year, plan, f"{plan}时期奋斗目标", para), region=region, report_year=year)
    assert not any(v == 1.2 for _, v, _ in pledged(d))
    para = f"{plan}时期，全区地区生产总值年均增长6%左右，全年新增城镇就业1.2万人。"
    d = read(_goals_part(region, year, plan, f"{plan}时期奋斗目标和{year}年工作安排", para), region=region, report_year=year)
    assert not any(v == 1.2 for _, v, _ in pledged(d))
    para = f"{plan}时期，全区地区生产总值年均增长6%左右；全年城镇调查失业率控制在5.5%以内。"
    d = read(_goals_part(region, year, plan, f"{plan}时期奋斗目标和{year}年工作安排", para), region=region, report_year=year)
    assert not any(v == 5.5 for _, v, _ in pledged(d))


# --- 增发 as a pledge's verb ---

@pytest.mark.parametrize("body,item", [
    ("为城乡低保对象每人每月增发生活补贴20元，新建幼儿园3所。", ("增发", "生活补贴", 20, "元")),
    ("争取增发国债资金3亿元，新建幼儿园3所。", ("增发", "国债资金", 3, "亿元")),
    ("拟增发地方政府一般债券50亿元，新建幼儿园3所。", ("拟增发", "地方政府一般债券", 50, "亿元")),
])
def test_added_issue_verb(body, item):
    d = read(_tasks("攸县", 2017, body), region="攸县", report_year=2017)
    assert item in pledge_items(d)


def test_added_issue_look_alike():
    # look-alike: 新增 before 发放 keeps its own verb (the longest verb at the place), no 增发 read inside it
    d = read(_tasks("攸县", 2017, "新增发放创业担保贷款2亿元，新建幼儿园3所。"), region="攸县", report_year=2017)
    assert not any(a == "增发" for a, *_ in pledge_items(d))
    assert any(v == 2 and u == "亿元" for _, v, u in pledged(d))
