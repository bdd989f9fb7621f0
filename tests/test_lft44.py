"""What decisions 299–301 left (lft44, decision 303): a card page dating its lines by the years' numbers
("【地区生产总值】\\n2023年完成612.4亿元，增长5.6%。\\n2024年预期目标为增长6.5%左右。") lost this year's targets; a card of this
year's target alone under a page's review ("【城镇调查失业率】\\n今年控制在5.5%以内。") was read as last year's result; a
plan labelled 年初计划目标/年初计划/年初目标 after a 。 was dropped, and with 年初目标 the result before it too; a zone's
counted work after a lead of no figure closed by a comma ("报告说，今年要聚力打造产业新高地，宿州高新区新建…、完成工业
投资160亿元；…") gave the region the zone's figure. With look-alikes that must not change."""
import pytest

from factkeys import key_values, read

_PLACES = [("樊城区", 2024), ("吉安市", 2025), ("贵阳市", 2023)]


def _card_page(region: str, year: int, body: str, titled: bool = False) -> str:
    """A phone page of cards: titled by its year alone (no report named), or as the report's 图解 page."""
    head = f"图解｜{region}{year}年政府工作报告" if titled else f"一图读懂｜{region}{year}年这样干"
    return (f"{head}\n发布时间：{year}-01-12　来源：{region}融媒体中心\n\n{body}\n\n"
            f"【{year}年重点任务】\n新建改造农村公路300公里；\n改造城镇老旧小区60个。\n\n编辑：李娜\n")


@pytest.mark.parametrize("join", ["\n", "\n\n"])
@pytest.mark.parametrize("said", ["预期目标为增长6.5%左右", "预期增长6.5%左右", "力争增长6.5%左右"])
@pytest.mark.parametrize("region,year", _PLACES)
def test_card_lines_by_year_number(region, year, said, join):
    body = f"【地区生产总值】\n{year - 1}年完成612.4亿元，增长5.6%。{join}{year}年{said}。"
    kv = key_values(read(_card_page(region, year, body), region=region, report_year=year))
    assert kv.get(("gdp", "target", str(year), "growth")) == (6.5, "about")
    assert kv.get(("gdp", "actual", str(year - 1), "growth")) == (5.6, "eq")
    assert kv.get(("gdp", "actual", str(year - 1), "level")) == (612.4, "eq")


@pytest.mark.parametrize("region,year", _PLACES)
def test_card_words_by_year_number(region, year):
    body = f"【居民人均可支配收入】\n{year - 1}年达到36852元，增长5.6%。\n{year}年预期增长与经济增长同步。"
    kv = key_values(read(_card_page(region, year, body), region=region, report_year=year))
    assert kv.get(("disposable_income", "target", str(year), "growth")) == (None, "qualitative")
    assert kv.get(("disposable_income", "actual", str(year - 1), "level")) == (36852, "eq")


# look-alikes: an earlier year's figure on the card's next line; a line of two names, then a bare year's plan
@pytest.mark.parametrize("region,year", _PLACES)
def test_card_year_look_alikes(region, year):
    body = f"【地区生产总值】\n{year - 1}年完成612.4亿元，增长5.6%。\n{year - 2}年增长3.1%。"
    kv = key_values(read(_card_page(region, year, body), region=region, report_year=year))
    assert ("gdp", "target", str(year), "growth") not in kv
    assert kv.get(("gdp", "actual", str(year - 1), "growth")) == (5.6, "eq")
    body = f"【固定资产投资】\n{year - 1}年地区生产总值增长5.6%，固定资产投资增长9.2%。\n{year}年预期增长8%。"
    kv = key_values(read(_card_page(region, year, body), region=region, report_year=year))
    assert ("fixed_asset_investment", "target", str(year), "growth") not in kv


@pytest.mark.parametrize("card,key,want", [
    ("【城镇调查失业率】\n今年控制在5.5%以内。", ("urban_unemployment_rate", "share"), (5.5, "at_most")),
    ("【固定资产投资】\n今年预期增长10%以上。", ("fixed_asset_investment", "growth"), (10, "at_least")),
    ("【粮食产量】：今年稳定在28亿斤以上。", ("grain_output", "level"), (28, "at_least")),
])
@pytest.mark.parametrize("region,year", [("平度市", 2023), ("南宁市", 2021), ("滕州市", 2026)])
def test_card_this_year_alone_under_review(region, year, card, key, want):
    body = f"【地区生产总值】\n去年完成1065.8亿元，增长4.1%。\n今年预期目标为增长6%左右。\n\n{card}"
    kv = key_values(read(_card_page(region, year, body, titled=True), region=region, report_year=year))
    assert kv.get((key[0], "target", str(year), key[1])) == want
    assert (key[0], "actual", str(year - 1), key[1]) not in kv


@pytest.mark.parametrize("region,year", [("平度市", 2023), ("南宁市", 2021)])
def test_card_year_so_far_unchanged(region, year):
    body = "【地区生产总值】\n去年完成1065.8亿元，增长4.1%。\n今年预期目标为增长6%左右。\n\n【社会消费品零售总额】\n今年以来增长6.1%。"
    kv = key_values(read(_card_page(region, year, body, titled=True), region=region, report_year=year))
    assert ("retail_sales", "target", str(year), "growth") not in kv


def _plan_report(region: str, year: int, body: str) -> str:
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
            f"——{year}年1月25日在{region}第十三届人民代表大会第二次会议上\n\n一、{year - 1}年计划执行情况\n{body}\n")


_PLAN_REGIONS = [("甘肃省", 2019), ("红河州", 2020), ("江西省", 2024)]


@pytest.mark.parametrize("label", ["年初计划目标为增长6%", "年初计划为增长6%", "年初目标为增长6%", "年初计划增长6%"])
@pytest.mark.parametrize("region,year", _PLAN_REGIONS)
def test_plan_label_after_stop(region, year, label):
    kv = key_values(read(_plan_report(region, year, f"规模以上工业增加值增长4.6%。{label}。"), region=region, report_year=year))
    assert kv.get(("industrial_va", "target", str(year - 1), "growth")) == (6, "eq")
    assert kv.get(("industrial_va", "actual", str(year - 1), "growth")) == (4.6, "eq")


@pytest.mark.parametrize("region,year", _PLAN_REGIONS)
def test_plan_count_after_stop(region, year):
    kv = key_values(read(_plan_report(region, year, "城镇新增就业39.8万人。年初目标为30万人。"), region=region, report_year=year))
    assert kv.get(("urban_new_jobs", "actual", str(year - 1), "level")) == (39.8, "eq")
    assert kv.get(("urban_new_jobs", "target", str(year - 1), "level")) == (30, "eq")


# look-alikes: a sentence of two names before the plan (decision 289), the year's plan 年度计划 after a 。 (decision 300)
@pytest.mark.parametrize("region,year", _PLAN_REGIONS)
def test_plan_label_look_alikes(region, year):
    kv = key_values(read(_plan_report(region, year, "社会消费品零售总额增长10.8%，固定资产投资增长12.1%。年初计划目标为增长15%。"),
                         region=region, report_year=year))
    assert ("fixed_asset_investment", "target", str(year - 1), "growth") not in kv
    kv = key_values(read(_plan_report(region, year, "一般公共预算收入完成172.6亿元，增长5%。年度计划为增长6%。"),
                         region=region, report_year=year))
    assert ("general_budget_revenue", "target", str(year - 1), "growth") not in kv


def _news(city: str, year: int, body: str) -> str:
    return (f"{city}政府工作报告出炉\n来源：{city[:2]}日报　{year}-01-10 08:20\n\n1月9日，{city}第七届人民代表大会第六次会议开幕。"
            f"\n\n{body}\n\n（记者　何平）\n")


_ZONES = [("宿州市", "宿州高新区", 2024, "全市"), ("滁州市", "滁州经开区", 2022, "全市"), ("江宁区", "江宁开发区", 2017, "全区")]


@pytest.mark.parametrize("lead", ["报告说，今年要聚力打造产业新高地，", "会议提出，今年要全力攻坚产业项目，", "报告说，新的一年，将加快建设开放平台，"])
@pytest.mark.parametrize("city,zone,year,own", _ZONES)
def test_zone_work_after_comma_lead(city, zone, year, own, lead):
    body = f"{lead}{zone}新建标准化厂房80万平方米、完成工业投资160亿元；{own}完成工业投资增长12%。"
    d = read(_news(city, year, body), region=city, report_year=year)
    kv = key_values(d)
    assert ("industrial_investment", "target", str(year), "level") not in kv
    assert kv.get(("industrial_investment", "target", str(year), "growth")) == (12, "eq")


# look-alikes: the region's own word leading the counted work keeps its figure
@pytest.mark.parametrize("city,zone,year,own", _ZONES)
def test_zone_comma_lead_look_alikes(city, zone, year, own):
    body = f"报告说，今年要推动开放发展，{own}新建标准化厂房80万平方米、完成工业投资320亿元。"
    kv = key_values(read(_news(city, year, body), region=city, report_year=year))
    assert kv.get(("industrial_investment", "target", str(year), "level")) == (320, "eq")
