"""What decisions 291–298 left (lft43c, decision 300): a news paragraph of its own where the region by its name sets a task
("黄岛区提出完成工业技改投资320亿元。") was no plan (pledges._PLAN_CUE); a single name's plan set at the year's start after
a 。 with no 分别/均 ("地区生产总值预计增长7.8%。年初预期目标为增长8%左右。") was lost; two towns joined by 、 leading their
sentence ("园洲镇、石湾镇加快发展，地区生产总值增长6.8%") gave their figure to the county. With look-alikes."""
import pytest

from factkeys import key_values, keys_of, pledged, read


def _news(region: str, year: int, para: str) -> str:
    return (f"{region}第十九届人民代表大会第二次会议开幕\n{year}-01-06  来源：{region}融媒体中心\n\n"
            f"1月5日上午，{region}第十九届人民代表大会第二次会议开幕。{region[-1]}长代表{region[-1]}政府作政府工作报告。\n\n"
            f"报告回顾了过去一年的工作。{year - 1}年，全{region[-1]}地区生产总值增长4.3%；城镇新增就业2.1万人。\n\n"
            f"{para}\n\n会议听取和审议了政府工作报告。\n")


# 1. the region's own setting, a paragraph of its own on a news page
@pytest.mark.parametrize("region,year", [("即墨区", 2023), ("威宁县", 2022), ("满洲里市", 2021)])
@pytest.mark.parametrize("opener", ["{r}提出", "全{s}提出", "围绕乡村振兴，{r}提出"])
def test_region_sets_a_task_in_news(region, year, opener):
    para = opener.format(r=region, s=region[-1]) + "新建高标准农田3万亩，完成工业技改投资150亿元。"
    assert {("高标准农田", 3, "万亩"), ("工业技改投资", 150, "亿元")} <= pledged(read(_news(region, year, para)))


# 1b. look-alikes: what the region set before (去年, 提出的, 确定), a 社区's request: no pledge
@pytest.mark.parametrize("para", ["去年全区提出新建高标准农田3万亩，已全部完成。", "全区提出的“六大行动”新建高标准农田3万亩，已全部建成。",
                                  "去年全区确定新建高标准农田3万亩，全部建成。", "社区提出新建高标准农田3万亩的建议。"])
def test_region_setting_of_the_past_is_no_pledge(para):
    assert ("高标准农田", 3, "万亩") not in pledged(read(_news("即墨区", 2023, para)))


def _plan_report(region: str, year: int, body: str) -> str:
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n\n"
            f"一、{year - 1}年计划执行情况\n\n{body}\n")


# 2. one name's plan set at the year's start, past a 。, with no 分别/均
@pytest.mark.parametrize("region,year", [("宁夏回族自治区", 2018), ("江西省", 2020), ("昆明市", 2024)])
@pytest.mark.parametrize("lead", ["全区地区生产总值预计增长7.8%。", "地区生产总值增长7.8%。", "地区生产总值完成3200亿元，增长7.8%。"])
@pytest.mark.parametrize("plan,qual", [("年初预期目标为增长8%左右", "about"), ("年初预期为增长8%", "eq")])
def test_one_plan_after_a_stop(region, year, lead, plan, qual):
    kv = key_values(read(_plan_report(region, year, lead + plan + "。")))
    assert kv.get(("gdp", "target", str(year - 1), "growth")) == (8, qual)
    assert kv.get(("gdp", "actual", str(year - 1), "growth")) == (7.8, "eq")


# 2b. look-alikes: a sentence of two names before, a plan of its own name: nothing given to the name before (a plan
# naming its own name after its label is that name's target, decision 318: "年初预期目标为固定资产投资增长8%左右")
@pytest.mark.parametrize("body,own", [("地区生产总值增长7.8%，固定资产投资增长5%。年初预期目标为增长8%左右。", False),
                                      ("地区生产总值增长7.8%。年初预期目标为固定资产投资增长8%左右。", True)])
def test_plan_after_a_stop_look_alikes(body, own):
    keys = keys_of(read(_plan_report("江西省", 2020, body)))
    assert ("gdp", "target", "2019", "growth") not in keys
    assert (("fixed_asset_investment", "target", "2019", "growth") in keys) == own


def _county(county: str, year: int, sentence: str) -> str:
    return (f"{county}{year}年政府工作报告\n\n一、{year - 1}年工作回顾\n\n{year - 1}年，全县地区生产总值完成212.6亿元，增长3.1%。"
            f"{sentence}\n")


# 3. two towns (or three) joined by 、 leading their sentence: the figure after the comma is theirs
@pytest.mark.parametrize("county,year", [("惠东县", 2021), ("博罗县", 2023), ("仁怀市", 2019)])
@pytest.mark.parametrize("towns", ["平海镇、稔山镇", "吉隆镇、黄埠镇、龙溪街道"])
@pytest.mark.parametrize("lead", ["加快发展", "工业提质增效", "成功创建省级卫生镇"])
def test_joined_towns_lead(county, year, towns, lead):
    d = read(_county(county, year, f"{towns}{lead}，规模以上工业增加值增长7.4%。"))
    assert ("industrial_va", "actual", str(year - 1), "growth") not in keys_of(d)


# 3b. look-alikes: words that name no town, the county's own word after the comma: the county's
@pytest.mark.parametrize("sentence", ["城镇、乡镇加快发展，规模以上工业增加值增长7.4%。", "小城镇、特色小镇加快发展，规模以上工业增加值增长7.4%。",
                                      "平海镇、稔山镇加快发展，全县规模以上工业增加值增长7.4%。"])
def test_joined_towns_look_alikes(sentence):
    assert key_values(read(_county("惠东县", 2021, sentence))).get(("industrial_va", "actual", "2020", "growth")) == (7.4, "eq")
