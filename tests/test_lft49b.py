"""What this session's rounds left, blind (lft49b, decision 386): a result set against the market's expectation on a
news page ("好于市场普遍6.5%的预期", "超出机构预测的6.8%"), and an English sentence naming a year's target between the
name and its figure ("In 2023, the city set a GDP growth target of 6 percent"). With look-alikes that must not change."""
from factkeys import key_values, read

_NEWS = "江城日报　2019-01-22 08:10\n\n去年全市经济运行稳中有进\n\n本报讯 记者从市统计局获悉，"
_EN = "江城市2024年政府工作报告要点（中英对照）\n\n"


# --- the market's expectation a result is set against ---

def test_market_expectation_after_the_figure_is_no_target():
    # "好于市场普遍6.5%的预期": the market's figure, the expectation named after it; no target of the city's
    kv = key_values(read(_NEWS + "2018年全市地区生产总值增长6.9%，好于市场普遍6.5%的预期。\n", report_year=2019))
    assert kv[("gdp", "actual", "2018", "growth")] == (6.9, "eq")
    assert ("gdp", "target", "2018", "growth") not in kv


def test_institutions_forecast_before_the_figure_is_no_target():
    # "超出机构预测的6.8%", "高于市场预期的6.5%": the holder and its forecast before the figure
    kv = key_values(read(_NEWS + "2018年全市规模以上工业增加值增长7.2%，超出机构预测的6.8%。\n", report_year=2019))
    assert kv[("industrial_va", "actual", "2018", "growth")] == (7.2, "eq")
    assert ("industrial_va", "target", "2018", "growth") not in kv
    kv = key_values(read(_NEWS + "2018年全市地区生产总值增长6.9%，高于市场预期的6.5%。\n", report_year=2019))
    assert kv[("gdp", "actual", "2018", "growth")] == (6.9, "eq")
    assert ("gdp", "target", "2018", "growth") not in kv


def test_the_region_s_own_expectation_stays_its_target():
    # look-alikes: "高于年初预期的6.5%", "好于预期的6.5%" (the year's own target restated, spec: last year's target)
    for tail in ("高于年初预期的6.5%", "好于预期的6.5%"):
        kv = key_values(read(_NEWS + f"2018年全市地区生产总值增长6.9%，{tail}。\n", report_year=2019))
        assert kv[("gdp", "target", "2018", "growth")] == (6.5, "eq"), tail


def test_an_expectation_with_no_holder_stays_the_target():
    # look-alike: "年初预期增长8.5%" after a result (预期 with no holder of the market's before it): the year's own
    # target, as before
    kv = key_values(read(_NEWS + "2018年全市社会消费品零售总额增长9.1%，年初预期增长8.5%。\n", report_year=2019))
    assert kv[("retail_sales", "target", "2018", "growth")] == (8.5, "eq")


# --- an English sentence naming a year's target ---

def test_english_past_target_named_with_its_year():
    # "In 2023, the city set a GDP growth target of 6 percent" in a 2024 page: 2023's target, no result of 2023
    kv = key_values(read(_EN + "In 2023, the city set a GDP growth target of 6 percent at the start of the year.\n",
                         report_year=2024))
    assert kv[("gdp", "target", "2023", "growth")] == (6, "eq")
    assert ("gdp", "actual", "2023", "growth") not in kv


def test_english_past_target_beside_the_result():
    # the target and the year's result in the next sentence: both read, each its role
    kv = key_values(read(_EN + "In 2022, the city set a target of 5.5 percent for GDP growth. Last year, the city's GDP "
                               "grew 4.8 percent.\n\nIn 2022, the GDP growth target was 5.5 percent.\n", report_year=2023))
    assert kv[("gdp", "target", "2022", "growth")] == (5.5, "eq")
    assert kv[("gdp", "actual", "2022", "growth")] == (4.8, "eq")


def test_english_this_year_s_target_stays_this_year_s():
    # look-alikes: "For 2024, … target of around 6 percent", "This year, … target of around 6 percent", and with no
    # year in the sentence: the report year's target, as before
    for body in ("For 2024, the city set a GDP growth target of around 6 percent.",
                 "This year, the city set a GDP growth target of around 6 percent.",
                 "For 2024, the city aims for GDP growth of around 6 percent."):
        kv = key_values(read(_EN + body + "\n", report_year=2024))
        assert kv[("gdp", "target", "2024", "growth")] == (6, "about"), body
        assert ("gdp", "target", "2023", "growth") not in kv, body
