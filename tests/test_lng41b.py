"""Whole city and district reports of 2025 and 2026, blind (lng41b, decision 236): a part titled for the year's targets
(and its 工作重点) whose task items run on into paragraphs too long to be heads, after a lead to the work ("重点抓好以下八个
方面工作：", or that lead closing the paragraph of the targets' reasons), and the livelihood list after them; a share of
the budget of one level of government ("占区级一般公共预算支出的比重"); the plan's goal list opened by its span in a part
titled for the plan's goals alone; 整备 as a pledge's verb (土地整备)."""
import pytest

from factkeys import keys_of, read

PLACES = [("绵阳市", "全市", 2026), ("柳州市", "全市", 2025), ("南山区", "全区", 2026), ("江宁区", "全区", 2024),
          ("曲靖市", "全市", 2023)]

FILL = ("坚持把创新摆在发展全局的核心位置，深化科技体制改革，完善科技成果转化机制，支持企业牵头组建创新联合体，"
        "打通从基础研究到产业化的全链条，让更多科技成果在本地转化落地，推动创新链产业链资金链人才链深度融合。")


def report(region: str, whole: str, year: int, title: str, lead: str, items: list[str], tail: str = "") -> str:
    """A whole report: title, speaker, last year's review, a part with the year's targets and (after lead) its task
    items run on into long paragraphs, the government's own part, the closing call."""
    body = "\n".join(items)
    return (f"政府工作报告\n——{year}年1月15日在{region}人民代表大会第五次会议上\n{region}人民政府　李　明\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n过去一年，{whole}地区生产总值增长5.6%，城镇新增就业3.2万人。\n"
            f"{title}\n{year}年，{whole}经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长5%左右；"
            f"城镇新增就业3万人以上，城镇调查失业率5.5%左右。\n这些目标需要付出艰苦努力才能实现。{lead}\n{body}\n{tail}"
            f"三、全面加强政府自身建设\n我们将严格落实过紧日子要求，一般性支出再压减5%。\n各位代表！让我们团结奋斗！\n")


ITEMS = [
    "（一）坚持扩大内需，增强发展动力。" + FILL + "全年社会消费品零售总额达到2100亿元，外贸进出口总额增长8%以上，"
    "实际使用外资1.3亿美元，新增经营主体4万户以上。",
    "（二）坚持生态优先，建设美丽家园。" + FILL + "空气质量优良天数比率保持在88%以上，森林覆盖率稳定在56%以上，"
    "完成营造林30万亩。",
]
RESTATED = {("社会消费品零售总额", 2100, "亿元"), ("外贸进出口总额", 8, "%"), ("外资", 1.3, "亿美元"),
            ("经营主体", 4, "万户"), ("空气质量优良天数比率", 88, "%"), ("森林覆盖率", 56, "%")}

TITLES = ["二、{y}年主要目标和工作重点", "二、{y}年主要预期目标和工作重点", "二、今年主要目标和工作重点", "二、{y}年主要目标",
          "二、{y}年工作总体要求和主要预期目标"]
LEADS = ["重点抓好以下八个方面工作：", "我们将着力抓好以下几个方面工作：",
         "提出上述目标，主要考虑：一是与规划目标相衔接；二是为稳就业惠民生提供支撑。我们将重点抓好以下八个方面工作。",
         "主要考虑：一是衔接规划；二是留有余地。做好今年工作，着力抓好以下几个方面。"]


def has(d, obj: str, value, unit: str) -> bool:
    return any((obj in p.object or p.object in obj) and p.value == value and p.unit == unit for p in d.pledges)


# 1. the year's targets restated in the task items after the work lead: target facts and pledges
@pytest.mark.parametrize("region,whole,year", PLACES)
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("lead", LEADS)
def test_targets_restated_in_task_items_after_the_work_lead_are_pledged(region, whole, year, title, lead):
    d = read(report(region, whole, year, title.format(y=year), lead, ITEMS))
    for obj, value, unit in RESTATED:
        assert has(d, obj, value, unit), (obj, sorted((p.object, p.value) for p in d.pledges))
    ks = keys_of(d)
    y = str(year)
    assert ks[("retail_sales", "target", y, "level")].value == 2100
    assert ks[("foreign_trade", "target", y, "growth")].value == 8
    assert ks[("gdp", "target", y, "growth")].value == 6
    # the target list itself is no pledge
    assert not any(p.value == 6 and p.unit == "%" for p in d.pledges)
    assert not has(d, "城镇调查失业率", 5.5, "%")


# the livelihood list under such a part, after the task items: its items are pledges, one naming an indicator too
@pytest.mark.parametrize("region,whole,year", PLACES)
@pytest.mark.parametrize("title", TITLES[:4])
def test_livelihood_list_after_the_task_items_is_pledged(region, whole, year, title):
    items = ITEMS + ["（三）坚持统筹发展和安全，建设更高水平平安城市。整治安全隐患，改造燃气管道220公里。",
                     "今年，我们将继续办好十件民生实事：", "1.新增城镇就业岗位5万个以上。", "2.改造提升农贸市场20个。",
                     "3.新增普惠托育托位1000个。"]
    d = read(report(region, whole, year, title.format(y=year), LEADS[0], items))
    assert has(d, "城镇就业岗位", 5, "万个")
    assert has(d, "农贸市场", 20, "个")
    assert has(d, "外贸进出口总额", 8, "%")


# near-misses: with no lead to the work, the figures after the targets stay the targets' (no pledge of an indicator's)
@pytest.mark.parametrize("region,whole,year", PLACES)
@pytest.mark.parametrize("lead", ["", "主要考虑：一是衔接规划；二是留有余地。", "各项工作都要围绕目标展开。"])
def test_no_work_lead_leaves_the_targets_part_as_it_was(region, whole, year, lead):
    d = read(report(region, whole, year, f"二、{year}年主要目标", lead, ITEMS))
    assert not has(d, "外贸进出口总额", 8, "%")
    assert not has(d, "社会消费品零售总额", 2100, "亿元")
    assert has(d, "营造林", 30, "万亩")  # (a figure naming no indicator was a pledge before as well)


# 2. a share of the budget of one level of government: the livelihood share, not a growth of the budget
SHARES = [
    ("九大类民生支出175.6亿元，占区级一般公共预算支出的比重达到76.8%。", 76.8, 175.6),
    ("全县民生支出28.6亿元，占县级一般公共预算支出的比重为80.2%。", 80.2, 28.6),
    ("民生支出占区本级一般公共预算支出比重达到75%。", 75, None),
    ("全年民生支出52.3亿元，占县本级一般公共预算支出的81%。", 81, 52.3),
    ("民生支出占市级一般公共预算支出的比重保持在78%以上。", 78, None),
]


@pytest.mark.parametrize("body,share,level", SHARES)
@pytest.mark.parametrize("region,level_kind,year", [("南山区", "county", 2026), ("长丰县", "county", 2025),
                                                    ("衢州市", "prefecture", 2024)])
def test_share_of_one_levels_budget_is_the_livelihood_share(body, share, level, region, level_kind, year):
    if "市级" in body and level_kind != "prefecture" or "县" in body and level_kind == "prefecture":
        pytest.skip("the level of another government")
    text = f"{region}{year}年政府工作报告\n一、{year - 1}年工作回顾\n{body}\n"
    ks = keys_of(read(text, region=region, level=level_kind, report_year=year))
    y = str(year - 1)
    assert ks[("livelihood_expenditure", "actual", y, "share")].value == share
    assert not any(k[0] == "general_budget_expenditure" or k[0].startswith("other:") and "预算支出" in k[0] for k in ks)
    if level is not None:
        assert ks[("livelihood_expenditure", "actual", y, "level")].value == level


# near-misses: a share of the whole region's budget, and the city's spending in a district's report, as they were
def test_share_of_the_whole_budget_unchanged():
    text = "南山区2026年政府工作报告\n一、2025年工作回顾\n民生支出175.6亿元，占全区一般公共预算支出的76.8%。\n"
    ks = keys_of(read(text, region="南山区", level="county", report_year=2026))
    assert ks[("livelihood_expenditure", "actual", "2025", "share")].value == 76.8


def test_the_citys_spending_in_a_districts_report_stays_other():
    text = "南山区2026年政府工作报告\n一、2025年工作回顾\n市级民生支出86亿元，占市级一般公共预算支出的比重达到78%。\n"
    ks = keys_of(read(text, region="南山区", level="county", report_year=2026))
    assert ("livelihood_expenditure", "actual", "2025", "share") not in ks
    assert ("livelihood_expenditure", "actual", "2025", "level") not in ks


# 3. the plan's goal list opened by its span in a part titled for the plan's goals alone: goals, no pledges
GOALS_TITLES = ["二、“十五五”时期奋斗目标", "二、“十五五”时期主要目标", "二、今后五年的奋斗目标", "第二部分　“十五五”时期发展目标"]
GOAL_LISTS = [
    ("今后五年，全区地区生产总值年均增长5.5%左右，研发投入强度保持在3%以上；五年新增中小学学位5万个。", ("中小学学位", 5, "万个")),
    ("“十五五”时期，全区地区生产总值年均增长6%左右，新建改造老旧小区500个。", ("老旧小区", 500, "个")),
    ("未来五年，常住人口城镇化率达到62%左右，累计新增城镇就业25万人，新建保障性住房2万套。", ("保障性住房", 2, "万套")),
]


def five_years(region: str, title: str, body: str) -> str:
    return (f"政府工作报告\n——2026年1月8日在{region}人民代表大会第六次会议上\n{region}人民政府　王　强\n各位代表：\n"
            f"一、2025年工作回顾\n过去一年，地区生产总值增长5.1%。\n{title}\n“十五五”时期是发展的关键五年。{body}\n"
            f"三、2026年重点工作\n全年新建5G基站300个。\n")


@pytest.mark.parametrize("region", ["蓬江区", "绵阳市", "宝安区"])
@pytest.mark.parametrize("title", GOALS_TITLES)
@pytest.mark.parametrize("body,item", GOAL_LISTS)
def test_goal_list_opened_by_its_span_gives_no_pledges(region, title, body, item):
    d = read(five_years(region, title, body))
    assert not has(d, *item), sorted((p.object, p.value) for p in d.pledges)
    assert has(d, "5G基站", 300, "个")  # (the year's tasks after it)


# near-misses: works the plan will do, no indicator named, and a part of the plan's tasks too, keep their pledges
@pytest.mark.parametrize("title,body", [
    ("二、“十五五”时期奋斗目标", "今后五年，我们将重点实施“十大工程”：新建学校20所，新增学位3万个。"),
    ("二、“十五五”时期奋斗目标", "我们将新建学校20所，新增学位3万个。"),
    ("二、“十五五”时期主要目标和重点任务", "今后五年，全区地区生产总值年均增长5.5%左右；新建学校20所。"),
    ("二、“十五五”时期奋斗目标和2026年工作安排", "今后五年，全区地区生产总值年均增长5.5%左右；新建学校20所。"),
])
def test_works_of_the_plan_keep_their_pledges(title, body):
    d = read(five_years("蓬江区", title, body))
    assert has(d, "学校", 20, "所")


# 4. 整备 (土地整备, the land made ready for use): a pledge's verb
@pytest.mark.parametrize("region", ["南山区", "龙岗区", "宝安区"])
@pytest.mark.parametrize("body,want", [
    ("整备产业用地100公顷，建设“工业上楼”厂房150万平方米。", ("产业用地", 100, "公顷")),
    ("全年整备土地3.5平方公里。", ("土地", 3.5, "平方公里")),
])
def test_zhengbei_is_a_pledge_verb(region, body, want):
    text = f"{region}2026年政府工作报告\n一、2025年工作回顾\n全年完成土地整备85公顷。\n二、2026年重点工作\n{body}\n"
    d = read(text, region=region, level="county", report_year=2026)
    assert has(d, *want), sorted((p.action, p.object, p.value) for p in d.pledges)
    assert not has(d, "土地整备", 85, "公顷")  # (last year's, in the review)


# near-miss: a verb before 整备 keeps the count as it did ("新增整备产业空间", its object read either way)
@pytest.mark.parametrize("region", ["南山区", "龙岗区"])
def test_a_verb_before_zhengbei_keeps_its_count(region):
    text = f"{region}2026年政府工作报告\n二、2026年重点工作\n新增整备产业空间50万平方米。\n"
    d = read(text, region=region, level="county", report_year=2026)
    assert has(d, "产业空间", 50, "万平方米")
