"""What decisions 302–308 left (lft44b, decision 313): a year's part after a five-year sum ("五年新增城镇就业3.2万人，
其中2016年新增6850人") was lost, and a flow's ("五年完成固定资产投资1860亿元，其中2016年完成465亿元") took the sum's place;
a news paragraph led by "报告说，今年要…" lost the pledges of its ；-items; a plan naming its pair by 城镇居民/农村居民 after
年初目标为 read only the rural target; a ；-item opening on 全年 after 今后五年 or 本届政府任期内 was read as the span's goal; a
card's count planned with 新增 on a line of the year's number was lost. With look-alikes that must not change."""
import pytest

from factkeys import key_values, pledged, read


def _review(region: str, year: int, body: str) -> str:
    """A county-level city's report to a first session: the five years reviewed, then the year's targets."""
    return (f"{region}人民政府工作报告\n——{year}年1月8日在{region}第十七届人民代表大会第一次会议上\n\n"
            f"一、过去五年工作回顾\n\n{body}\n\n二、{year}年工作安排\n\n地区生产总值增长7%左右。\n")


_SUMS = [("醴陵市", 2017), ("瓦房店市", 2018), ("义乌市", 2022)]


@pytest.mark.parametrize("lead", ["五年", "过去五年", "五年累计"])
@pytest.mark.parametrize("part", ["其中{y}年", "其中去年"])
@pytest.mark.parametrize("region,year", _SUMS)
def test_year_part_after_five_year_count(region, year, lead, part):
    body = f"{lead}新增城镇就业3.2万人，{part.format(y=year - 1)}新增6850人。"
    kv = key_values(read(_review(region, year, body), region=region, report_year=year))
    assert kv.get(("urban_new_jobs", "actual", f"{year - 5}-{year - 1}", "level")) == (3.2, "eq")
    assert kv.get(("urban_new_jobs", "actual", str(year - 1), "level")) == (6850, "eq")


@pytest.mark.parametrize("lead", ["五年", "五年累计"])
@pytest.mark.parametrize("region,year", _SUMS)
def test_year_part_after_five_year_flow(region, year, lead):
    body = f"{lead}完成固定资产投资1860亿元，其中{year - 1}年完成465亿元。"
    kv = key_values(read(_review(region, year, body), region=region, report_year=year))
    assert kv.get(("fixed_asset_investment", "actual", f"{year - 5}-{year - 1}", "level")) == (1860, "eq")
    assert kv.get(("fixed_asset_investment", "actual", str(year - 1), "level")) == (465, "eq")


# look-alikes: a part of another indicator after 其中 keeps both; one year's level with no sum keeps its year
@pytest.mark.parametrize("region,year", _SUMS)
def test_year_part_look_alikes(region, year):
    body = f"{year - 1}年，全市固定资产投资完成465亿元，其中工业投资完成210亿元。"
    kv = key_values(read(_review(region, year, body), region=region, report_year=year))
    assert kv.get(("fixed_asset_investment", "actual", str(year - 1), "level")) == (465, "eq")
    assert kv.get(("industrial_investment", "actual", str(year - 1), "level")) == (210, "eq")
    body = f"五年新增城镇就业3.2万人，常住人口城镇化率达到58%。"
    kv = key_values(read(_review(region, year, body), region=region, report_year=year))
    assert kv.get(("urban_new_jobs", "actual", f"{year - 5}-{year - 1}", "level")) == (3.2, "eq")


def _news(region: str, year: int, body: str) -> str:
    return (f"{region}政府工作报告提出：今年地区生产总值增长8%左右\n来源：{region[:2]}日报　{year}-02-21 07:50\n\n"
            f"报告指出，{year - 1}年全县地区生产总值完成382.6亿元，增长7.9%。\n\n{body}\n\n（记者　赵伟）\n")


_NEWS = [("曹县", 2019), ("肥西县", 2021), ("长垣市", 2024)]


@pytest.mark.parametrize("teller", ["报告说", "报告还说", "报告称", "报告还称"])
@pytest.mark.parametrize("region,year", _NEWS)
def test_news_plan_cue_past_semicolon(region, year, teller):
    body = (f"{teller}，今年要抓好民生实事，全县改造农村公路300公里；全县新建幼儿园10所，"
            f"新增城镇公益性岗位800个。")
    got = pledged(read(_news(region, year, body), region=region, report_year=year))
    assert ("幼儿园", 10, "所") in got
    assert ("城镇公益性岗位", 800, "个") in got
    assert ("农村公路", 300, "公里") in got


# look-alikes: a delegate's words with the same shape, and the year so far, pledge nothing after the ；
@pytest.mark.parametrize("region,year", _NEWS)
def test_news_plan_cue_look_alikes(region, year):
    body = "代表说，今年要抓好民生实事，全县改造农村公路300公里；全县新建幼儿园10所，新增城镇公益性岗位800个。"
    got = pledged(read(_news(region, year, body), region=region, report_year=year))
    assert ("幼儿园", 10, "所") not in got
    body = "报告称，今年以来全县新建幼儿园10所；改造农村公路120公里。"
    got = pledged(read(_news(region, year, body), region=region, report_year=year))
    assert ("幼儿园", 10, "所") not in got and ("农村公路", 120, "公里") not in got


def _plan(region: str, year: int, body: str) -> str:
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n\n{body}\n\n二、{year}年主要预期目标\n\n"
            f"地区生产总值增长6.5%左右。\n")


@pytest.mark.parametrize("label", ["年初目标为", "年初计划目标为"])
@pytest.mark.parametrize("region,year", [("江西省", 2019), ("宁夏回族自治区", 2018), ("河北省", 2024)])
def test_plan_pair_by_residents(region, year, label):
    body = (f"城镇居民人均可支配收入33819元，增长8.1%；农村居民人均可支配收入14460元，增长9.2%。"
            f"{label}城镇居民增长8.5%，农村居民增长9%。")
    kv = key_values(read(_plan(region, year, body), region=region, report_year=year))
    assert kv.get(("urban_disposable_income", "target", str(year - 1), "growth")) == (8.5, "eq")
    assert kv.get(("rural_disposable_income", "target", str(year - 1), "growth")) == (9, "eq")
    assert kv.get(("urban_disposable_income", "actual", str(year - 1), "growth")) == (8.1, "eq")


def _term(region: str, year: int, body: str) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月10日在{region}第十九届人民代表大会第一次会议上\n\n"
            f"二、今后五年的目标任务和{year}年重点工作\n\n{body}\n")


_TERMS = [("彭州市", 2022), ("齐齐哈尔市", 2021), ("宜都市", 2017)]


@pytest.mark.parametrize("span", ["今后五年", "本届政府任期内", "未来五年"])
@pytest.mark.parametrize("region,year", _TERMS)
def test_whole_year_item_after_span(region, year, span):
    body = f"{span}，累计新增城镇就业4万人；全年新增城镇就业8000人以上，城镇调查失业率控制在5.5%以内。"
    kv = key_values(read(_term(region, year, body), region=region, report_year=year))
    assert kv.get(("urban_new_jobs", "target", str(year), "level")) == (8000, "at_least")
    assert kv.get(("urban_unemployment_rate", "target", str(year), "share")) == (5.5, "at_most")
    assert kv.get(("urban_new_jobs", "goal", f"{year}-{year + 4}", "level")) == (4, "eq")


# look-alikes: the span's each year after a comma, and a ；-item that does not open on the year, stay the span's
@pytest.mark.parametrize("region,year", _TERMS)
def test_whole_year_item_look_alikes(region, year):
    body = "今后五年，全市常住人口城镇化率达到62%，全年粮食产量稳定在100万吨以上。"
    kv = key_values(read(_term(region, year, body), region=region, report_year=year))
    assert ("grain_output", "target", str(year), "level") not in kv
    body = "今后五年，全市常住人口城镇化率达到62%；城镇调查失业率控制在5.5%以内。"
    kv = key_values(read(_term(region, year, body), region=region, report_year=year))
    assert ("urban_unemployment_rate", "target", str(year), "share") not in kv


def _cards(region: str, year: int, body: str) -> str:
    return (f"一图读懂｜{year}年{region}政府工作报告\n来源：{region}发布　{year}-01-18 17:42\n\n{body}\n\n"
            f"编辑：王丽\n")


@pytest.mark.parametrize("join", ["\n", "\n\n"])
@pytest.mark.parametrize("said", ["预期新增2.5万人以上", "目标新增2.5万人以上", "力争新增2.5万人以上"])
@pytest.mark.parametrize("region,year", [("绥化市", 2024), ("湛江市", 2025), ("天水市", 2021)])
def test_card_count_planned_by_gain(region, year, said, join):
    body = f"【城镇新增就业】{join}{year - 1}年新增2.6万人。{join}{year}年{said}。"
    kv = key_values(read(_cards(region, year, body), region=region, report_year=year))
    assert kv.get(("urban_new_jobs", "target", str(year), "level")) == (2.5, "at_least")
    assert kv.get(("urban_new_jobs", "actual", str(year - 1), "level")) == (2.6, "eq")


def _hk(region: str, year: int, body: str) -> str:
    return (f"{region[:2]}今年GDP增長目標定為6%\n香港經濟日報　{year}-02-16 18:05\n\n{region}人民代表大會今日開幕，"
            f"市長作政府工作報告。報告指出，{year - 1}年{region[:2]}地區生產總值增長3.3%。\n\n{body}\n")


@pytest.mark.parametrize("said", ["分析師表示，隨著外需企穩，目標有望超額完成", "經濟學家認為，消費回暖是主因",
                                  "有研究員預計，增速將逐季回升"])
@pytest.mark.parametrize("region,year", [("深圳市", 2023), ("珠海市", 2019), ("中山市", 2025)])
def test_analyst_figure_before_title(region, year, said):
    body = f"全年出口增長料達6.5%，{said}。"
    kv = key_values(read(_hk(region, year, body), region=region, report_year=year))
    assert not any(k[0] == "exports" for k in kv)
    assert kv.get(("gdp", "actual", str(year - 1), "growth")) == (3.3, "eq")


# look-alikes: the report named in the sentence before the title, or the title in the next sentence: the report's
@pytest.mark.parametrize("region,year", [("深圳市", 2023), ("珠海市", 2019), ("中山市", 2025)])
def test_analyst_after_report_look_alikes(region, year):
    for body in ("報告提出，今年出口增長5%，分析師表示，目標有望超額完成。", "今年出口增長5%。分析師表示，目標有望超額完成。"):
        kv = key_values(read(_hk(region, year, body), region=region, report_year=year))
        assert kv.get(("exports", "target", str(year), "growth")) == (5, "eq")
