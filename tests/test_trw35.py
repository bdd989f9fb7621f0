"""trw35: whole reports in traditional characters, blind (decision 146)."""
import pytest

from factkeys import facts, keys_of, pledged, read, val

_HEAD = "某某市2024年政府工作報告\n一、2023年工作回顧\n2023年，"
_PLAN = "某某縣2024年政府工作報告\n二、2024年工作安排\n今年重點抓好以下工作：\n"


def _review(body: str):
    return facts(_HEAD + body + "\n", report_year=2024)


# 1. a Hong Kong or Taiwan page's corner quotes (「」 and 『』) are the mainland's “”: a pledge's object holds them, as the
# same object on a mainland page does (normalize._CORNER_QUOTES), and 「十四五」 is still the plan
@pytest.mark.parametrize("clause, obj, value", [
    ("新建「口袋公園」45個", "“口袋公园”", 45),
    ("建成『鄉村振興』示範點12個", "“乡村振兴”示范点", 12),
    ("打造「一刻鐘便民生活圈」20個", "“一刻钟便民生活圈”", 20),
])
def test_corner_quotes_in_a_pledge_object_read_as_quotation_marks(clause, obj, value):
    d = read(_PLAN + "（一）提升城市品質。" + clause + "。\n", report_year=2024)
    got = pledged(d)
    assert any(o == obj and v == value for o, v, u in got), got
    assert not any("「" in o or "『" in o for o, v, u in got), got


def test_a_plan_in_corner_quotes_still_dates_its_goal():
    text = ("某某市2021年政府工作報告\n二、「十四五」時期主要目標\n「十四五」時期，地區生產總值年均增長6.5%左右。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (6.5, "about")


# 2. a kind of goods or trade before 经营主体/市场主体 names its dealers, no count of the region's entities
@pytest.mark.parametrize("clause", [
    "新增進口商品經營主體200家",
    "全市電商經營主體達到1.6萬戶",
    "食品經營主體總數達到3.2萬家",
    "新增网络市场主体5000户",
])
def test_the_dealers_of_a_kind_of_goods_are_no_market_entities(clause):
    fs = _review(clause + "。")
    assert not any(k[0] == "market_entities" for k in fs), sorted(fs)


def test_the_regions_entities_are_still_counted():
    fs = _review("全市新登記各類經營主體1.9萬戶，經營主體總量達到16.8萬戶。")
    assert val(fs, ("market_entities", "actual", "2023", "level")) == (16.8, "eq")


# 3. a fall named right after its figure, with or without 的 (a Hong Kong page's 錄得…跌幅): a fall
@pytest.mark.parametrize("clause, indicator, value", [
    ("一般公共預算收入錄得2.1%跌幅", "general_budget_revenue", -2.1),
    ("進出口總額出現3.4%的跌幅", "foreign_trade", -3.4),
    ("固定资产投资录得5.6%降幅", "fixed_asset_investment", -5.6),
])
def test_a_fall_named_after_its_figure(clause, indicator, value):
    fs = _review("全市" + clause + "。")
    assert val(fs, (indicator, "actual", "2023", "growth")) == (value, "eq")


def test_a_rise_named_after_its_figure_stays_a_rise():
    fs = _review("全市一般公共預算收入錄得2.1%的增幅。")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (2.1, "eq")


# 4. 约为/约达 before a figure is about, as 约 alone was
@pytest.mark.parametrize("clause, indicator, value, unit", [
    ("地區生產總值約為1,234億元人民幣", "gdp", 1234, "亿元"),
    ("社会消费品零售总额约达560亿元", "retail_sales", 560, "亿元"),
    ("城鎮新增就業約為2.3萬人", "urban_new_jobs", 2.3, "万人"),
])
def test_about_written_with_wei_or_da(clause, indicator, value, unit):
    fs = _review("全市" + clause + "。")
    f = fs[(indicator, "actual", "2023", "level")]
    assert (f.value, f.unit, f.qualifier) == (value, unit, "about")


def test_a_saving_is_not_about():
    fs = _review("全市一般公共預算收入28.5億元，節約為主的支出壓減5%。")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (28.5, "eq")


# 5. a Taiwan page's rate of change glued to its figure (年增率, 年成長率): growth, not a ratio of an unnamed whole
@pytest.mark.parametrize("clause, indicator, value", [
    ("一般公共預算收入年增率3.2%", "general_budget_revenue", 3.2),
    ("出口年成長率12%", "exports", 12),
    ("社會消費品零售總額成長率8.5%", "retail_sales", 8.5),
])
def test_a_taiwan_rate_of_change_is_growth(clause, indicator, value):
    fs = _review("全市" + clause + "。")
    assert val(fs, (indicator, "actual", "2023", "growth")) == (value, "eq")


def test_a_ratio_named_by_rate_stays_a_share():
    fs = _review("全市常住人口城鎮化率63.5%，城鎮登記失業率2.9%。")
    assert val(fs, ("urbanization_rate", "actual", "2023", "share")) == (63.5, "eq")
    assert val(fs, ("registered_unemployment_rate", "actual", "2023", "share")) == (2.9, "eq")


# 6. 分别 between 按年 and its change word: each figure is the year's change of its name, as after 同比分别
def test_year_on_year_each_after_hong_kong_an_nian():
    fs = _review("全市城鄉居民人均可支配收入分別為52,345元和26,789元，按年分別增長5.1%和7.2%。")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.1, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.2, "eq")


def test_year_on_year_each_rise_after_hong_kong_an_nian():
    fs = _review("全市接待遊客1,520萬人次，旅遊總收入168億元，按年分別上升35%和42%。")
    assert val(fs, ("tourist_visits", "actual", "2023", "growth")) == (35, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2023", "growth")) == (42, "eq")


def test_an_average_reckoned_by_is_not_year_on_year():
    # "按年均增长7%测算": a mainland page's average it reckons by, never read as 同比
    d = read("某某市2021年政府工作报告\n二、“十四五”时期主要目标\n按年均增长7%测算，到2025年地区生产总值将突破3000亿元。\n",
             report_year=2021)
    fs = keys_of(d)
    assert not any(k[0] == "gdp" and k[1] == "actual" for k in fs), sorted(fs)


# 7. a news headline's region before the office ("晋江市长作政府工作报告"): the mayor of 晋江市, no person named 晋江
_BODY = ("\n【本报讯】{c}第十八届人民代表大会第五次会议日前开幕。\n政府工作报告\n——2021年1月6日在{c}第十八届人民代表大会第五次会议上\n"
         "{c}人民政府市长　王明元\n一、2020年工作回顾\n全市地区生产总值增长4.1%。\n")


@pytest.mark.parametrize("headline, city", [
    ("晋江市长作政府工作报告　十四五锁定“三个率先”", "晋江市"),
    ("瀋陽市長作政府工作報告　今年經濟增長目標6%", "沈阳市"),
    ("泉州代市长作政府工作报告", "泉州市"),
])
def test_a_region_before_the_office_is_no_speaker(headline, city):
    d = read(headline + _BODY.format(c=city))
    assert d.meta.speaker == "王明元"


def test_a_name_before_the_office_is_still_the_speaker():
    d = read("应勇市长作政府工作报告\n" + "今天上午，上海市第十五届人民代表大会第二次会议开幕。\n全市生产总值增长6.6%。\n")
    assert d.meta.speaker == "应勇"
