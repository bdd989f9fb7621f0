"""The newest rules under attack (adv43b, decision 296): a plan report's plan labelled 计划目标 ("；年度计划目标增长7.5%",
"。年度计划目标分别为增长7%和8.5%") past a ； or a 。 was lost, decision 289 reading 计划, 预期(目标) and 目标 only; a zone's
own counted work closed by a ； or a 、 ("经开区新建标准厂房8万平方米；完成工业投资25亿元", "高新区新引进项目30个、完成固定
资产投资50亿元") gave the region its figures, decision 287 reading the zone's clause closed by a comma only. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read


def _plan(region: str, body: str, year: int = 2020) -> str:
    return (f"关于{region}{year}年国民经济和社会发展计划执行情况与{year + 1}年计划草案的报告\n\n"
            f"一、{year}年国民经济和社会发展计划执行情况\n\n{body}\n\n"
            f"二、{year + 1}年经济社会发展的主要目标\n\n地区生产总值增长7%左右。\n")


def _county(county: str, year: int, review: str, tasks: str = "新建幼儿园4所。") -> str:
    return (f"{county}{year}年政府工作报告\n——{year}年1月8日在{county}第十五届人民代表大会第一次会议上\n"
            f"一、{year - 1}年工作回顾\n{review}\n二、{year}年主要目标和重点工作\n地区生产总值增长7%左右。\n{tasks}\n")


# 1. one name's plan labelled 计划目标 past a ； (or a comma)
@pytest.mark.parametrize("region,year", [("宁夏回族自治区", 2020), ("宜宾市", 2019), ("甘肃省", 2018)])
@pytest.mark.parametrize("name,ind", [("地区生产总值预计增长6.5%", "gdp"), ("规模以上工业增加值增长4.2%", "industrial_va"),
                                      ("固定资产投资增长5.1%", "fixed_asset_investment")])
@pytest.mark.parametrize("label", ["；年度计划目标增长7.5%", "；全年计划目标为增长7.5%", "；年初计划目标为增长7.5%左右"])
def test_one_plan_labelled_plan_target_past_a_semicolon(region, year, name, ind, label):
    fs = keys_of(read(_plan(region, name + label + "。城镇新增就业6.1万人。", year)))
    t = fs.get((ind, "target", str(year), "growth"))
    assert t is not None and t.value == 7.5, (ind, t)
    assert fs[(ind, "actual", str(year), "growth")].value != 7.5


# 2. the plans of a pair labelled 计划目标 分别 / 均 past a ； or a 。
@pytest.mark.parametrize("sep", ["；", "，"])
@pytest.mark.parametrize("stop", ["；", "。"])
@pytest.mark.parametrize("label,plans", [("年度计划目标分别为增长7%和8.5%", (7, 8.5)), ("全年计划目标分别增长6.5%和8%", (6.5, 8)),
                                         ("年度计划目标均为增长8%", (8, 8))])
def test_a_pairs_plans_labelled_plan_target(sep, stop, label, plans):
    body = f"城镇居民人均可支配收入预计达到38000元，增长5.2%{sep}农村居民人均可支配收入预计达到13800元，增长7.9%{stop}{label}。"
    fs = keys_of(read(_plan("宁夏回族自治区", body)))
    for ind, p in zip(("urban_disposable_income", "rural_disposable_income"), plans):
        t = fs.get((ind, "target", "2020", "growth"))
        assert t is not None and t.value == p, (ind, t)


# 2b. look-alikes: no figure after the label, or a share of the plan done: no target
@pytest.mark.parametrize("tail", ["；年度计划目标任务完成率90%。", "；完成年度计划目标的92%。", "；年度计划目标顺利完成。"])
def test_plan_target_words_with_no_plan_figure(tail):
    fs = keys_of(read(_plan("宁夏回族自治区", "规模以上工业增加值增长4.2%" + tail)))
    assert ("industrial_va", "target", "2020", "growth") not in fs
    assert fs[("industrial_va", "actual", "2020", "growth")].value == 4.2


_ZONE_WORK = [
    ("经开区新建标准厂房8万平方米；完成工业投资25亿元，增长11%。", "industrial_investment", "level"),
    ("高新区新引进项目30个；完成固定资产投资50亿元。", "fixed_asset_investment", "level"),
    ("湄潭经济开发区新建标准厂房10万平方米；完成工业投资32亿元。", "industrial_investment", "level"),
    ("产业集聚区新落户企业15家；实现规上工业增加值增长12%。", "industrial_va", "growth"),
    ("高新区新引进项目30个、完成固定资产投资50亿元。", "fixed_asset_investment", "level"),
    ("经开区新建标准厂房8万平方米、完成工业投资25亿元，增长11%。", "industrial_investment", "level"),
    ("高新区新引进项目30个、新增规上企业12家、完成固定资产投资50亿元。", "fixed_asset_investment", "level"),
]


# 3. a zone's own counted work closed by a ； or a 、: the figures after it are the zone's, in the review and in the tasks
@pytest.mark.parametrize("county,year", [("嵩县", 2022), ("凤冈县", 2019), ("武功县", 2017)])
@pytest.mark.parametrize("sentence,ind,meas", _ZONE_WORK)
def test_a_zones_work_closed_by_a_semicolon(county, year, sentence, ind, meas):
    fs = keys_of(read(_county(county, year, f"{year - 1}年，全县地区生产总值增长6.5%。" + sentence)))
    assert (ind, "actual", str(year - 1), meas) not in fs
    fs = keys_of(read(_county(county, year, f"{year - 1}年，全县地区生产总值增长6.5%。", sentence)))
    assert (ind, "target", str(year), meas) not in fs


# 3b. look-alikes: the region's own word after the ； or 、, a task's verb before the zone, the parks at large, the region's
# own word first, a zone's clause after another clause: the region's
@pytest.mark.parametrize("sentence", [
    "经开区新建标准厂房8万平方米；全县完成工业投资25亿元。",
    "推动经开区新建标准厂房8万平方米；完成工业投资25亿元。",
    "园区新增规上企业12家；完成工业投资25亿元。",
    "全县新建标准厂房8万平方米；完成工业投资25亿元。",
    "地区生产总值增长6%；经开区新建标准厂房8万平方米；完成工业投资25亿元。",
    "经开区新建标准厂房8万平方米、全县完成工业投资25亿元。",
    "推动经开区新建标准厂房8万平方米、完成工业投资25亿元。",
    "园区新增规上企业12家、完成工业投资25亿元。",
    "地区生产总值增长6%，经开区新建标准厂房8万平方米、完成工业投资25亿元。",
])
def test_the_regions_figure_beside_a_zones_semicolon_is_kept(sentence):
    fs = keys_of(read(_county("嵩县", 2022, "2021年，全县固定资产投资增长5%。" + sentence)))
    assert fs[("industrial_investment", "actual", "2021", "level")].value == 25
