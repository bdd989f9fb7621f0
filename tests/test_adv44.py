"""The newest rules under attack (adv44, decision 302): a plan report's 年初 plan after a 。 labelled otherwise than 预期
("…增长11.1%。年初计划目标为增长6%。", "年初目标为…", "年初计划为…") was dropped, and so was a count's plan after a result
with no verb ("城镇新增就业7.6万人。年初预期目标为7万人。" kept the plan and lost the result); an explainer card writing its
years by number ("2024年完成152.3亿元，增长2.6%。\\n\\n2025年预期增长3%。") lost this year's figure set in its own
paragraph; a news page naming an autonomous prefecture or county by its short name with its kind ("恩施州提出全年接待游客
8000万人次" in 恩施土家族苗族自治州's page) gave the figure to another region. With look-alikes that must not change."""
import pytest

from factkeys import key_values, read


def _plan(region: str, year: int, body: str) -> str:
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n\n"
            f"——{year}年1月20日在{region}第十三届人民代表大会第二次会议上\n\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n\n{body}\n")


_PLANS = [("甘肃省", 2019), ("宁夏回族自治区", 2018), ("江西省", 2022)]
_LABELS = ["年初计划目标为", "年初计划为", "年初目标为", "年初计划目标", "年初预期目标为"]


@pytest.mark.parametrize("label", _LABELS)
@pytest.mark.parametrize("region,year", _PLANS)
def test_plan_after_stop_any_label(region, year, label):
    body = f"全省一般公共预算收入完成417.5亿元，增长11.1%。{label}增长6%。"
    kv = key_values(read(_plan(region, year, body), region=region, report_year=year))
    last = str(year - 1)
    assert kv.get(("general_budget_revenue", "target", last, "growth")) == (6, "eq")
    assert kv.get(("general_budget_revenue", "actual", last, "growth")) == (11.1, "eq")
    assert kv.get(("general_budget_revenue", "actual", last, "level")) == (417.5, "eq")


@pytest.mark.parametrize("region,year", _PLANS)
@pytest.mark.parametrize("sentence,key,actual,target", [
    ("社会消费品零售总额预计完成3425亿元，增长7.4%。年初计划目标为增长8%左右。", ("retail_sales", "growth"), (7.4, "eq"), (8, "about")),
    ("居民消费价格上涨1.6%。年初计划目标为3%。", ("cpi", "growth"), (1.6, "eq"), (3, "eq")),
    ("单位生产总值能耗下降3.2%。年初目标为下降3%。", ("energy_intensity", "growth"), (-3.2, "eq"), (-3, "eq")),
    ("粮食产量370万吨。年初计划目标为360万吨。", ("grain_output", "level"), (370, "eq"), (360, "eq")),
    # (a count with no verb before its result: the plan after the 。 is no result of it)
    ("城镇新增就业7.6万人。年初预期目标为7万人。", ("urban_new_jobs", "level"), (7.6, "eq"), (7, "eq")),
    ("城镇新增就业7.6万人。年初计划为7万人。", ("urban_new_jobs", "level"), (7.6, "eq"), (7, "eq")),
])
def test_plan_after_stop_kinds(region, year, sentence, key, actual, target):
    kv = key_values(read(_plan(region, year, "全省" + sentence), region=region, report_year=year))
    last = str(year - 1)
    assert kv.get((key[0], "actual", last, key[1])) == actual
    assert kv.get((key[0], "target", last, key[1])) == target


# look-alikes: 年度/全年 after a 。 (which may open the next year's targets), a sentence of two names before a plan with no
# 分别, a plan of a task with no figure of the name
@pytest.mark.parametrize("region,year", _PLANS)
@pytest.mark.parametrize("sentence", [
    "全省地区生产总值预计增长7.8%。年度计划目标为增长8%。",
    "全省地区生产总值预计增长7.8%。全年目标为增长8%。",
    "全省地区生产总值增长7.8%，固定资产投资增长5%。年初计划目标为增长8%。",
])
def test_plan_after_stop_look_alikes(region, year, sentence):
    kv = key_values(read(_plan(region, year, sentence), region=region, report_year=year))
    assert ("gdp", "target", str(year - 1), "growth") not in kv
    assert kv.get(("gdp", "actual", str(year - 1), "growth")) == (7.8, "eq")


def _card(region: str, year: int, body: str) -> str:
    return (f"一图读懂｜{year}年{region}政府工作报告\n\n来源：{region}发布　{year}-02-13 19:20\n\n"
            f"2月12日，{region}人民代表大会会议开幕，市长代表市人民政府作政府工作报告。一图带你读懂。\n\n{body}\n\n（责任编辑：陈晓）\n")


_CARD_PLACES = [("湛江市", 2025), ("南宁市", 2024), ("洛阳市", 2021)]


@pytest.mark.parametrize("join", ["\n\n", "\n"])
@pytest.mark.parametrize("region,year", _CARD_PLACES)
def test_card_years_by_number(region, year, join):
    body = (f"【地区生产总值】\n\n去年完成4002.1亿元，增长4.1%。\n\n今年预期目标为增长5%左右。\n\n"
            f"【一般公共预算收入】\n\n{year - 1}年完成152.3亿元，增长2.6%。{join}{year}年预期增长3%。\n\n"
            f"【社会消费品零售总额】\n\n去年增长3.2%。{join}{year}年力争增长5%。")
    kv = key_values(read(_card(region, year, body), region=region, report_year=year))
    assert kv.get(("general_budget_revenue", "target", str(year), "growth")) == (3, "eq")
    assert kv.get(("general_budget_revenue", "actual", str(year - 1), "growth")) == (2.6, "eq")
    assert kv.get(("retail_sales", "target", str(year), "growth")) == (5, "eq")
    assert kv.get(("retail_sales", "actual", str(year - 1), "growth")) == (3.2, "eq")
    assert kv.get(("gdp", "target", str(year), "growth")) == (5, "about")


# look-alikes: a year by number opening a paragraph with no figure of the name, or a year gone by
@pytest.mark.parametrize("region,year", _CARD_PLACES)
def test_card_years_look_alikes(region, year):
    body = (f"【地区生产总值】\n\n{year - 1}年完成5469亿元，增长4.1%。\n\n{year}年，全市将全力以赴拼经济。\n\n"
            f"【一般公共预算收入】\n\n{year - 1}年增长2.6%。\n\n{year - 2}年增长1.5%。")
    kv = key_values(read(_card(region, year, body), region=region, report_year=year))
    assert ("gdp", "target", str(year), "growth") not in kv
    assert kv.get(("gdp", "actual", str(year - 1), "growth")) == (4.1, "eq")
    assert ("general_budget_revenue", "target", str(year), "growth") not in kv
    assert kv.get(("general_budget_revenue", "actual", str(year - 1), "growth")) == (2.6, "eq")


def _news(full: str, short: str, year: int, kind: str) -> str:
    return (f"{short}人大会议开幕 {kind}长作政府工作报告\n\n{year}-01-18 10:05　来源：{short}融媒体中心\n\n"
            f"1月17日，{full}第七届人民代表大会第六次会议开幕。{kind}长代表{kind}人民政府作政府工作报告。\n\n"
            f"报告提出，{year}年全{kind}地区生产总值增长8%左右。\n\n")


# (the page's region in full, its short name with its kind, the year, the kind's word)
_OWN_SHORT = [("恩施土家族苗族自治州", "恩施州", 2021, "州"), ("凉山彝族自治州", "凉山州", 2023, "州"),
              ("长阳土家族自治县", "长阳县", 2020, "县"), ("湘西土家族苗族自治州", "湘西州", 2019, "州")]


@pytest.mark.parametrize("full,short,year,kind", _OWN_SHORT)
@pytest.mark.parametrize("lead", ["", "围绕旅游强{k}，"])
def test_own_short_name_sets(full, short, year, kind, lead):
    text = _news(full, short, year, kind) + f"{lead.format(k=kind)}{short}提出全年接待游客8000万人次，新增A级景区5家。\n"
    d = read(text, region=full, report_year=year)
    kv = key_values(d)
    assert kv.get(("tourist_visits", "target", str(year), "level")) == (8000, "eq")
    assert not any(f.indicator.startswith("other:") for f in d.facts)


# look-alike: another region's name before 提出 (the parent's, a neighbour's) stays that region's
@pytest.mark.parametrize("full,short,year,kind", _OWN_SHORT)
def test_other_region_sets_unchanged(full, short, year, kind):
    text = _news(full, short, year, kind) + "宜昌市提出全年接待游客8000万人次。\n"
    kv = key_values(read(text, region=full, report_year=year))
    assert ("tourist_visits", "target", str(year), "level") not in kv
