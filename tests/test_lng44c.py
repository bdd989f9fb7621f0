"""Whole reports of autonomous prefectures and of western districts, blind (lng44c, decision 309).

Two classes the set found: the funds drawn in from outside a 自治州 or a 盟, named by its own short word ("实际到位州外资金
320.5亿元", "引进盟外资金210亿元", "实际到位州外境内资金186.5亿元") were not domestic_investment_inflow as 省外/市外/县外/
区外/疆外 are; and a share named right after the resolve that opens its clause, its figure with no verb between
("确保县级以上集中式饮用水水源地水质达标率100%", "力争高中阶段毛入学率92%") was no pledge, though the same share with 达到
is. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val

_HEADS = {
    "甘孜藏族自治州": ("2024年1月9日", "甘孜藏族自治州第十二届人民代表大会第三次会议", "州长", "全州"),
    "延边朝鲜族自治州": ("2022年1月10日", "延边朝鲜族自治州第十六届人民代表大会第一次会议", "州长", "全州"),
    "湘西土家族苗族自治州": ("2019年1月15日", "湘西土家族苗族自治州第十四届人民代表大会第三次会议", "州长", "全州"),
    "昌吉回族自治州": ("2021年1月11日", "昌吉回族自治州第十五届人民代表大会第五次会议", "州长", "全州"),
    "锡林郭勒盟": ("2023年1月5日", "锡林郭勒盟第二届人民代表大会第三次会议", "盟长", "全盟"),
    "楚雄彝族自治州": ("2020年1月7日", "楚雄彝族自治州第十一届人民代表大会第五次会议", "州长", "全州"),
    "天山区": ("2023年1月6日", "乌鲁木齐市天山区第十八届人民代表大会第二次会议", "区长", "全区"),
}


def _report(region: str, review: str, targets: str, task: str) -> str:
    date, meeting, title, whole = _HEADS[region]
    year = int(date[:4])
    return (f"政府工作报告\n——{date}在{meeting}上\n{region}人民政府{title}\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n过去一年，{whole}地区生产总值增长5.6%。{review}\n"
            f"二、{year}年主要目标和重点工作\n今年{whole}经济社会发展的主要预期目标是：{targets}。\n"
            f"（一）扎实推进重点工作。{task}\n")


# (region, the review's sentence, the task, role, measure, value, qualifier)
_OUTSIDE_FUNDS = [
    ("甘孜藏族自治州", "实际到位州外资金320.5亿元、增长14.6%。", "", "actual", "level", 320.5, "eq"),
    ("甘孜藏族自治州", "实际到位州外资金320.5亿元、增长14.6%。", "", "actual", "growth", 14.6, "eq"),
    ("延边朝鲜族自治州", "全年引进州外资金185.2亿元，增长9.1%。", "", "actual", "level", 185.2, "eq"),
    ("湘西土家族苗族自治州", "实际到位州外境内资金186.5亿元，增长18.2%。", "", "actual", "level", 186.5, "eq"),
    ("锡林郭勒盟", "实际到位盟外资金210.3亿元。", "", "actual", "level", 210.3, "eq"),
    ("昌吉回族自治州", "全年实际利用外资2亿美元、州外资金300亿元。", "", "actual", "level", 300, "eq"),
    ("昌吉回族自治州", "", "全年引进州外到位资金300亿元以上。", "target", "level", 300, "at_least"),
    ("楚雄彝族自治州", "", "实际利用州外资金增长12%。", "target", "growth", 12, "eq"),
]


@pytest.mark.parametrize("region,review,task,role,measure,value,qual", _OUTSIDE_FUNDS)
def test_funds_from_outside_a_prefecture_or_league_are_domestic_inflow(region, review, task, role, measure, value, qual):
    d = read(_report(region, review, "地区生产总值增长6%左右", task))
    assert d.meta.region == region
    year = d.meta.report_year
    period = str(year - 1 if role == "actual" else year)
    assert val(keys_of(d), ("domestic_investment_inflow", role, period, measure)) == (value, qual)


# look-alikes: 州外 before anything but funds, no inflow
_NOT_FUNDS = [
    ("甘孜藏族自治州", "接待州外游客1200万人次。"),
    ("延边朝鲜族自治州", "州外务工人员达到5.6万人。"),
    ("昌吉回族自治州", "州外项目投资完成86亿元。"),
]


@pytest.mark.parametrize("region,review", _NOT_FUNDS)
def test_other_things_from_outside_are_no_inflow(region, review):
    d = read(_report(region, review + "实际到位州外资金150亿元。", "地区生产总值增长6%左右", ""))
    year = str(d.meta.report_year - 1)
    # the funds' own figure, after the look-alike, is the inflow; the look-alike is not
    assert val(keys_of(d), ("domestic_investment_inflow", "actual", year, "level")) == (150, "eq")
    assert not [f for f in d.facts if f.indicator == "domestic_investment_inflow" and f.quote in review]


# (region, the task, the share pledged, value, qualifier)
_RESOLVED_SHARES = [
    ("甘孜藏族自治州", "完成营造林40万亩，确保县级以上集中式饮用水水源地水质达标率100%。",
     "县级以上集中式饮用水水源地水质达标率", 100, "eq"),
    ("湘西土家族苗族自治州", "全面落实河长制，确保主要河流出境断面水质达标率100%。", "主要河流出境断面水质达标率", 100, "eq"),
    ("延边朝鲜族自治州", "推进普通高中多样化发展，力争高中阶段毛入学率92%。", "高中阶段毛入学率", 92, "eq"),
    ("昌吉回族自治州", "确保适龄儿童入学率100%，新建幼儿园8所。", "适龄儿童入学率", 100, "eq"),
    ("楚雄彝族自治州", "实施农村供水保障工程，力争全州农村自来水普及率90%以上。", "农村自来水普及率", 90, "at_least"),
    ("天山区", "稳定就业，确保全年城镇登记失业率4%以内。", "城镇登记失业率", 4, "at_most"),
    ("锡林郭勒盟", "加强草原保护，力争草原综合植被盖度稳定，确保林木良种使用率80%以上。", "林木良种使用率", 80, "at_least"),
]


@pytest.mark.parametrize("region,task,obj,value,qual", _RESOLVED_SHARES)
def test_a_share_right_after_the_resolve_is_a_pledge(region, task, obj, value, qual):
    d = read(_report(region, "", "地区生产总值增长6%左右", task))
    mine = [p for p in d.pledges if p.object == obj and p.value == value and p.unit == "%"]
    assert len(mine) == 1, sorted(pledged(d))
    assert mine[0].qualifier == qual and mine[0].period == str(d.meta.report_year)
    assert mine[0].quote in task


# look-alikes that must stay no pledge: the target list's item, the review's, a later year's share, a share inside
# another's clause; and the same share with its own verb, a pledge as before
_NOT_RESOLVED = [
    ("甘孜藏族自治州", "", "地区生产总值增长6%左右，确保城镇调查失业率5.5%以内", "", "城镇调查失业率"),
    ("延边朝鲜族自治州", "我们确保了适龄儿童入学率100%。", "地区生产总值增长6%左右", "", "适龄儿童入学率"),
    ("昌吉回族自治州", "", "地区生产总值增长6%左右", "力争到2025年高中阶段毛入学率95%。", "高中阶段毛入学率"),
    ("楚雄彝族自治州", "", "地区生产总值增长6%左右", "推动实现确保率100%的目标管理。", "确保率"),
]


@pytest.mark.parametrize("region,review,targets,task,obj", _NOT_RESOLVED)
def test_no_pledge_for_shares_outside_the_years_tasks(region, review, targets, task, obj):
    d = read(_report(region, review, targets, task))
    assert not [p for p in d.pledges if obj in p.object], sorted(pledged(d))


def test_a_share_with_its_own_verb_is_pledged_as_before():
    d = read(_report("甘孜藏族自治州", "", "地区生产总值增长6%左右",
                     "确保县级以上集中式饮用水水源地水质达标率达到100%，力争高中阶段毛入学率提高到92%。"))
    assert ("县级以上集中式饮用水水源地水质达标率", 100, "%") in pledged(d)
    assert ("高中阶段毛入学率", 92, "%") in pledged(d)
