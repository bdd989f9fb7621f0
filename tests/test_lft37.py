"""What the rounds of decisions 149–162 left, blind (lft37; docs/decisions.md 164)."""
import pytest

from factkeys import facts, read, val

_HEAD = "政府工作报告\n——2019年1月15日在某某第十届人民代表大会第四次会议上\n\n一、2018年工作回顾\n"
_PLAN = "政府工作报告\n——2019年1月15日在某某第十届人民代表大会第四次会议上\n\n二、2019年工作安排\n"


def _review(body: str, region: str, level: str):
    return facts(_HEAD + body + "\n", region=region, level=level, report_year=2019)


def _pledges(body: str) -> dict:
    d = read(_PLAN + body + "\n", region="某某县", level="county", report_year=2019)
    return {(p.object, p.value, p.unit): p for p in d.pledges}


# 1. a pair's plan after 均/都: 的要求 as 的目标, 预期 after the verb of meeting it, a 分别 run before it, one name for both
@pytest.mark.parametrize("body, results, plans", [
    ("城镇居民人均可支配收入41200元、农村居民人均可支配收入23600元，分别增长6.2%和7.1%，均达到年初预期目标增长6%的要求。",
     (6.2, 7.1), (6, 6)),
    ("城乡居民人均可支配收入分别增长7.3%和8.8%，都高于年初预期增长7%的目标。", (7.3, 8.8), (7, 7)),
    ("城镇和农村居民人均可支配收入分别增长5.1%和6.4%，均超过年初确定的增长5%和6%的目标。", (5.1, 6.4), (5, 6)),
    ("城镇居民人均可支配收入35120元，增长7.9%；农村居民人均可支配收入16830元，增长8.6%，都达到了年初预期增长7.5%和8.5%的目标。",
     (7.9, 8.6), (7.5, 8.5)),
    ("城镇居民人均可支配收入32150元，增长8.7%；农村居民人均可支配收入15420元，增长8.9%，均达到年初预期目标增长8.5%的要求。",
     (8.7, 8.9), (8.5, 8.5)),
])
def test_a_pair_s_plan_after_both(body, results, plans):
    fs = _review(body, "某某市", "prefecture")
    for iid, r, p in zip(("urban_disposable_income", "rural_disposable_income"), results, plans):
        assert val(fs, (iid, "actual", "2018", "growth")) == (r, "eq")
        assert val(fs, (iid, "target", "2018", "growth")) == (p, "eq")


def test_a_gap_to_the_level_above_after_a_pair_is_no_plan():
    fs = _review("城乡居民人均可支配收入分别增长5.8%和8.6%，分别高于全省0.3和0.5个百分点。", "某某市", "prefecture")
    assert val(fs, ("rural_disposable_income", "actual", "2018", "growth")) == (8.6, "eq")
    assert ("urban_disposable_income", "target", "2018", "growth") not in fs
    assert ("rural_disposable_income", "target", "2018", "growth") not in fs


# 2. the region's own change or place after two or three levels' figures, its name left out
@pytest.mark.parametrize("body, region, level, growth, rank, scope", [
    ("全年完成地区生产总值286.5亿元，全国增长5.2%，全省增长5.6%，我市增长6.1%，居全省第3位。", "某某市", "prefecture", 6.1, 3, "全省"),
    ("全县生产总值达到128.4亿元，全国增长6.9%，全省增长7.8%，全市增长7.6%，全县增长8.3%，居全市第2位。", "宝丰县", "county", 8.3, 2, "全市"),
    ("全省生产总值达到32150亿元，全国增长5.4%，全省增长6.1%，增速居全国第4位。", "江西省", "province", 6.1, 4, "全国"),
    ("全年实现地区生产总值652.4亿元，全国、全省分别增长6.6%和6.7%，我县增长7.1%，居全市第3位。", "宝丰县", "county", 7.1, 3, "全市"),
    ("全市地区生产总值达到1210.3亿元；全国增长6.1%，全省增长7.2%，全市增长7.9%，居全省第5位。", "南平市", "prefecture", 7.9, 5, "全省"),
])
def test_the_own_change_after_the_levels_above(body, region, level, growth, rank, scope):
    fs = _review(body, region, level)
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (growth, "eq")
    assert val(fs, ("gdp", "actual", "2018", "rank")) == (rank, "eq")
    assert fs[("gdp", "actual", "2018", "rank")].scope == scope


def test_the_own_place_after_two_levels_growths():
    fs = _review("规模以上工业增加值增长9.2%，全国增长4.6%，全省增长6.9%，我区增速居全市第1位。", "某某区", "county")
    assert val(fs, ("industrial_va", "actual", "2018", "growth")) == (9.2, "eq")
    assert val(fs, ("industrial_va", "actual", "2018", "rank")) == (1, "eq")


@pytest.mark.parametrize("body", [
    "地区生产总值增长7.1%，全省增长6.7%，居全国第5位。",  # (the province's place, no own word before it)
    "全年实现地区生产总值652.4亿元，全国增长6.6%，全省增长6.7%，全市增长6.9%。",  # (the city's change in a county's report)
])
def test_the_level_above_s_own_figures_stay_theirs(body):
    fs = _review(body, "宝丰县", "county")
    assert ("gdp", "actual", "2018", "rank") not in fs
    assert fs.get(("gdp", "actual", "2018", "growth")) is None or val(fs, ("gdp", "actual", "2018", "growth")) == (7.1, "eq")


# 3. a zone's report quoting the division it lies in (its 全市 and 我市 are that city's)
def test_a_zone_s_report_quoting_its_city():
    text = ("醴陵经济开发区管理委员会2022年工作报告\n——2022年1月8日在醴陵经济开发区2022年工作会议上\n\n一、2021年工作回顾\n"
            "2021年，在醴陵市委、市政府的坚强领导下，开发区各项工作取得明显成效。全市地区生产总值增长8.0%，规模以上工业增加值增长9.1%。开发区规模以上工业增加值增长15.2%，完成固定资产投资48.6亿元。\n")
    d = read(text)
    assert d.meta.region is None and d.meta.parent == "醴陵市"
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert ("gdp", "actual", "2021", "growth") not in fs
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (15.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2021", "level")) == (48.6, "eq")


# 4. a holiday named alone before a comma
@pytest.mark.parametrize("body, year_level", [
    ("国庆中秋双节，全市接待游客120万人次，实现旅游收入8.6亿元。全年接待游客1500万人次。", 1500),
    ("春节，全县共接待游客15万人次，同比增长20%。", None),
])
def test_a_holiday_named_alone(body, year_level):
    fs = _review(body, "某某市", "prefecture")
    assert ("tourism_revenue", "actual", "2018", "level") not in fs
    if year_level is None:
        assert ("tourist_visits", "actual", "2018", "level") not in fs
    else:
        assert val(fs, ("tourist_visits", "actual", "2018", "level")) == (year_level, "eq")


# 5. 参加 as a pledge verb of fairs; a level verb after it still acts
def test_taking_part_in_fairs_is_pledged():
    ps = _pledges("支持企业参加广交会、东博会等展会80场次以上，组织外贸企业参加境外展会40场次。")
    assert [(p.action, p.qualifier) for k, p in ps.items() if k[1:] == (80, "场次")] == [("参加", "at_least")]
    assert [p.action for k, p in ps.items() if k[1:] == (40, "场次")] == ["参加"]


def test_a_level_verb_after_taking_part_acts():
    ps = _pledges("参加城乡居民基本养老保险人数稳定在42万人以上。")
    (p,) = [p for k, p in ps.items() if k[1:] == (42, "万人")]
    assert p.action == "稳定在" and "养老保险" in p.object


# 6. 单 as a unit of parcels and orders, not the 单 of 单位 or 单产
def test_parcels_counted_in_dan():
    ps = _pledges("快递业务量突破3000万单，外卖配送达到500万单以上。服务企业1.5万单位，粮食单产提高20公斤。")
    assert ps[next(k for k in ps if k[1:] == (3000, "万单"))].object == "快递业务量"
    assert any(k[1:] == (500, "万单") for k in ps)
    assert not any(k[2].endswith("单") and k[1] == 1.5 for k in ps)


# 7. a plan's change word inside its bracket before a completion ratio
@pytest.mark.parametrize("body, key, plan", [
    ("社会消费品零售总额增长8.1%，完成年度计划（增长10%）的81%。", ("retail_sales", "target", "2018", "growth"), 10),
    ("单位生产总值能耗下降4.1%，完成年度计划（下降3.5%）。", ("energy_intensity", "target", "2018", "growth"), -3.5),
])
def test_a_bracketed_plan_with_its_change_word(body, key, plan):
    assert val(_review(body, "某某市", "prefecture"), key) == (plan, "eq")


# 8. the speaker named only as saying it in the report
@pytest.mark.parametrize("text, speaker", [
    ("渝水新闻\n1月8日，新余市渝水区第十届人民代表大会第三次会议开幕。区长李强在政府工作报告中指出，今年全区地区生产总值增长6%左右。\n", "李强"),
    ("滑县融媒\n1月8日，滑县第十五届人民代表大会第二次会议开幕。县长王志刚在所作的政府工作报告中表示，今年全县地区生产总值增长7%。\n", "王志刚"),
])
def test_a_speaker_saying_it_in_the_report(text, speaker):
    assert read(text).meta.speaker == speaker


def test_an_office_alone_in_the_report_is_no_speaker():
    assert read("某某新闻\n县长在政府工作报告中提出，今年全县地区生产总值增长6%左右。\n").meta.speaker is None


# 9. a later sentence of a deputy's or a member's quote is theirs, not the report's; after the quote closes, the page's
@pytest.mark.parametrize("quote, theirs", [
    ("区人大代表、星甸街道九华村党总支书记刘华说：“报告提出的目标很实在。我们村将抓住机遇，力争村集体经营性收入突破200万元。”",
     (200, "万元")),
    ("县政协委员李娜表示：“报告很务实。今年我们合作社将新建冷库5座，带动农户200户。”", (5, "座")),
])
def test_a_later_sentence_of_a_deputy_s_quote(quote, theirs):
    text = ("滑县融媒\n1月8日上午，滑县第十八届人民代表大会第三次会议开幕。县长王强在政府工作报告中提出，今年新建高标准农田3万亩。\n"
            + quote + "此外，报告提出改造老旧小区20个。\n")
    got = {(p.value, p.unit) for p in read(text).pledges}
    assert (3, "万亩") in got and (20, "个") in got
    assert theirs not in got
