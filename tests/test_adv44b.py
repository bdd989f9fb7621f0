"""The newest rules under attack (adv44b, decision 312): a report's own experts ("组织专家分析研判经济形势", "由智库专家分析
评估重大政策", "专家普遍认为，…。综合考虑…，建议…增长9%左右") silenced the paragraph's figures as a commentator's; a will
before the work verb ("今年将带动皖北地区社会消费品零售总额增长9%以上") or a verb no list held (带动, 助力) made a named
part's figure the province's target; a card's next line dated by the report year's number lost its share or level target
("【城镇调查失业率】\\n2024年为4.9%。\\n2025年控制在5.5%以内。") and its price target ("2025年涨幅2%左右"); a 上涨 line
("2024年上涨0.2%") was not dated by its year; a card of the year's target alone after a card dated by an earlier year took
that year. Each with look-alikes that must not change."""
import pytest

from factkeys import key_values, pledged, read

# --- a report's own experts are no commentator ------------------------------------------------------------------------

_CITY = "{r}人民政府工作报告\n——{y}年1月16日在{r}第九届人民代表大会第三次会议上\n\n一、{p}年工作回顾\n"


@pytest.mark.parametrize("region,year", [("湖州市", 2024), ("宜宾市", 2022), ("赣州市", 2019)])
@pytest.mark.parametrize("lead", [
    "过去一年，我们坚持每季度组织专家分析研判经济运行形势，精准落实稳经济政策。",
    "我们邀请院士专家论证产业规划，聘请高校教授预测产业链风险，及时出台稳增长措施。",
    "过去一年，我们委托省社科院专家分析经济走势，",
    "过去一年，我们组建智库专家团队分析研判形势，",
])
def test_experts_the_region_convenes_do_not_silence_its_figures(region, year, lead):
    text = _CITY.format(r=region, y=year, p=year - 1) + lead + "全市地区生产总值增长6.3%，一般公共预算收入完成350.2亿元。\n"
    kv = key_values(read(text, region=region, report_year=year))
    assert kv.get(("gdp", "actual", str(year - 1), "growth")) == (6.3, "eq")
    assert kv.get(("general_budget_revenue", "actual", str(year - 1), "level")) == (350.2, "eq")


@pytest.mark.parametrize("work", ["分析研判", "分析评估", "预测预警", "分析论证"])
def test_the_experts_work_compound_is_no_saying(work):
    text = (_CITY.format(r="湖州市", y=2024, p=2023) + "全市地区生产总值增长6.3%。\n\n二、2024年工作安排\n"
            f"我们将建立专家咨询机制，由智库专家{work}重大政策，全年新开工亿元以上项目200个，改造城镇老旧小区80个。\n")
    ps = pledged(read(text, region="湖州市", report_year=2024))
    assert ("城镇老旧小区", 80, "个") in ps


@pytest.mark.parametrize("said", ["专家普遍认为，我省经济仍处于重要战略机遇期。", "学者分析认为，经济长期向好的基本面没有改变。"])
@pytest.mark.parametrize("report", ["综合考虑各方面因素，建议2019年全省", "我们建议，2019年全省"])
def test_the_report_speaks_again_after_the_experts_sentence(said, report):
    text = ("关于贵州省2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n——2019年1月27日在贵州省第十三届人民代表大会第二次会议上\n\n"
            "二、2019年经济社会发展的主要目标\n我们组织省内外专家对2019年经济走势进行了预测分析，" + said
            + report + "经济社会发展的主要预期目标是：地区生产总值增长9%左右；固定资产投资增长10%左右。\n")
    kv = key_values(read(text, region="贵州省", report_year=2019))
    assert kv.get(("gdp", "target", "2019", "growth")) == (9, "about")
    assert kv.get(("fixed_asset_investment", "target", "2019", "growth")) == (10, "about")


_NEWS = ("湖南日报讯 1月7日，湖南省十三届人大四次会议开幕，省长作政府工作报告。报告提出，今年全省地区生产总值增长6.5%以上。\n\n")


@pytest.mark.parametrize("para,key", [
    # a commentator's saying, in its sentence and in one going on with him: still theirs (near-misses)
    ("湖南大学经济学教授分析认为，今年全省固定资产投资有望增长8%左右。", ("fixed_asset_investment", "target", "2021", "growth")),
    ("省社科院专家分析，今年全省社会消费品零售总额将增长10%。", ("retail_sales", "target", "2021", "growth")),
    ("一位经济学家表示，目标务实。他预计今年全省进出口总额增长12%。", ("foreign_trade", "target", "2021", "growth")),
    ("业内人士指出，目标稳中求进。其估计全年规模以上工业增加值增长7%。", ("industrial_va", "target", "2021", "growth")),
])
def test_a_commentators_words_stay_theirs(para, key):
    kv = key_values(read(_NEWS + para, region="湖南省", report_year=2021))
    assert key not in kv
    assert kv.get(("gdp", "target", "2021", "growth")) == (6.5, "at_least")


def test_a_commentators_later_sentence_is_the_pages():
    para = "一位经济学家表示，这一目标务实。报告同时提出，全省进出口总额增长12%。"
    kv = key_values(read(_NEWS + para, region="湖南省", report_year=2021))
    assert kv.get(("foreign_trade", "target", "2021", "growth")) == (12, "eq")


# --- a province's work for a named part, with a will before the verb ------------------------------------------------

_PROV = "{p}{y}年政府工作报告\n今年全省生产总值增长7%左右，固定资产投资增长9%左右。"


@pytest.mark.parametrize("prov,part,year", [("安徽省", "皖北地区", 2020), ("江苏省", "苏北地区", 2019), ("青海省", "柴达木地区", 2022)])
@pytest.mark.parametrize("verb", ["今年将带动", "助力", "我们要推动", "还将支持", "带动"])
def test_a_named_parts_figure_after_a_willed_work_verb(prov, part, year, verb):
    text = _PROV.format(p=prov, y=year) + f"{verb}{part}社会消费品零售总额增长9%以上。\n"
    kv = key_values(read(text, region=prov, report_year=year))
    assert ("retail_sales", "target", str(year), "growth") not in kv
    assert kv.get(("gdp", "target", str(year), "growth")) == (7, "about")


@pytest.mark.parametrize("verb", ["今年将带动全省", "今年要推动", "带动"])
def test_the_provinces_own_figure_after_the_verb_is_kept(verb):
    text = _PROV.format(p="安徽省", y=2020) + f"{verb}社会消费品零售总额增长9%以上。\n"
    kv = key_values(read(text, region="安徽省", report_year=2020))
    assert kv.get(("retail_sales", "target", "2020", "growth")) == (9, "at_least")


# --- a card's lines dated by the years' numbers ---------------------------------------------------------------------

def _cards(region: str, year: int, body: str) -> str:
    return (f"一图读懂｜{year}年{region}政府工作报告\n{region}发布 {year}-01-15 09:30\n\n【地区生产总值】\n{year - 1}年增长4.3%。\n"
            f"{year}年目标：增长5.5%左右。\n\n{body}\n\n【今年重点干这些事】\n新建改造城市道路30条，改造城镇老旧小区120个。\n")


_CARD_PLACES = [("南宁市", 2025), ("洛阳市", 2024), ("绵阳市", 2023)]


@pytest.mark.parametrize("region,year", _CARD_PLACES)
@pytest.mark.parametrize("name,last,this,key,want", [
    ("城镇调查失业率", "为4.9%", "控制在5.5%以内", ("urban_unemployment_rate", "share"), (5.5, "at_most")),
    ("城镇调查失业率", "为4.9%", "目标：控制在5.5%以内", ("urban_unemployment_rate", "share"), (5.5, "at_most")),
    ("常住人口城镇化率", "达到61.2%", "达到62%", ("urbanization_rate", "share"), (62, "eq")),
    ("居民消费价格", "上涨0.2%", "涨幅2%左右", ("cpi", "growth"), (2, "about")),
    ("居民消费价格", "上涨0.2%", "预期涨幅2%左右", ("cpi", "growth"), (2, "about")),
    ("居民消费价格", "上涨0.2%", "上涨2%左右", ("cpi", "growth"), (2, "about")),
])
def test_a_cards_next_line_by_the_report_years_number(region, year, name, last, this, key, want):
    body = f"【{name}】\n{year - 1}年{last}。\n{year}年{this}。"
    kv = key_values(read(_cards(region, year, body), region=region, report_year=year))
    assert kv.get((key[0], "target", str(year), key[1])) == want
    assert (key[0], "actual", str(year - 1), key[1]) in kv


@pytest.mark.parametrize("region,year", _CARD_PLACES)
def test_a_price_card_of_last_year_is_last_years(region, year):
    body = f"【居民消费价格】\n{year - 1}年上涨0.2%。"
    kv = key_values(read(_cards(region, year, body), region=region, report_year=year))
    assert kv.get(("cpi", "actual", str(year - 1), "growth")) == (0.2, "eq")
    assert ("cpi", "target", str(year), "growth") not in kv


@pytest.mark.parametrize("region,year", _CARD_PLACES)
@pytest.mark.parametrize("line", ["涨幅2%左右", "上涨2%左右"])
def test_a_card_of_the_years_target_alone_after_an_earlier_years_card(region, year, line):
    body = f"【进出口总额】\n{year - 1}年增长12.3%。\n{year - 2}年增长8.1%。\n\n【居民消费价格】\n{year}年{line}。"
    kv = key_values(read(_cards(region, year, body), region=region, report_year=year))
    assert kv.get(("cpi", "target", str(year), "growth")) == (2, "about")
    assert ("cpi", "actual", str(year - 2), "growth") not in kv


@pytest.mark.parametrize("region,year", _CARD_PLACES)
@pytest.mark.parametrize("name,last,earlier,key", [
    ("常住人口城镇化率", "达到61.2%", "达到60.3%", ("urbanization_rate", "share")),
    ("居民消费价格", "上涨0.2%", "上涨0.5%", ("cpi", "growth")),
])
def test_an_earlier_years_line_sets_no_target(region, year, name, last, earlier, key):
    body = f"【{name}】\n{year - 1}年{last}。\n{year - 2}年{earlier}。"
    kv = key_values(read(_cards(region, year, body), region=region, report_year=year))
    assert (key[0], "target", str(year), key[1]) not in kv
    assert (key[0], "actual", str(year - 1), key[1]) in kv
