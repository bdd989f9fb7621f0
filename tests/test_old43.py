"""Whole provincial reports of 2016–2018, blind (old43, decision 293): a bare count of people whose countryside is the
pastoral regions' (“全年实现20万农村牧区贫困人口稳定脱贫”, “农牧区”, “牧区”) or the mountains' or the deepest poverty's
(“山区”, “深度”) was no pledge; the workers moved named the other way round (“农牧业转移劳动力就业260万人”,
“农村转移劳动力就业50万人”) were no rural_labor_transfer figure; a 十三五 part's paragraph whose lead to the work stands
after a long preamble (“实现上述目标，必须牢固树立创新、协调、绿色、开放、共享的发展理念，重点抓好以下任务：…，到2020年
战略性新兴产业增加值占规模以上工业比重达到20%”) was read as the plan's goals and lost its share's pledge. Each with
look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read

PROVINCES = [("内蒙古自治区", "主席", 2018, "十三"), ("青海省", "省长", 2017, "十二"), ("西藏自治区", "主席", 2016, "十"),
             ("四川省", "省长", 2019, "十三")]


def _report(region: str, title: str, year: int, congress: str, body: str) -> str:
    return (f"政府工作报告\n——{year}年1月26日在{region}第{congress}届人民代表大会第一次会议上\n{region}{title}　张明\n\n"
            f"各位代表：\n\n一、{year - 1}年工作回顾\n{year - 1}年，全区经济运行总体平稳，地区生产总值增长7%。\n\n"
            f"二、{year}年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n\n"
            f"（三）坚决打好脱贫攻坚战。{body}\n\n各位代表！让我们团结奋斗！\n")


# 1. a bare count of people named by the pastoral regions, the mountains or the deepest poverty
@pytest.mark.parametrize("region,title,year,congress", PROVINCES)
@pytest.mark.parametrize("body,obj,value", [
    ("全年实现20万农村牧区贫困人口稳定脱贫，10个贫困旗县摘帽。", "农村牧区贫困人口", 20),
    ("全年实现12.5万农牧区贫困人口脱贫。", "农牧区贫困人口", 12.5),
    ("确保3万牧区贫困人口稳定脱贫。", "牧区贫困人口", 3),
    ("全年实现8万山区贫困人口脱贫。", "山区贫困人口", 8),
    ("确保2.6万深度贫困人口如期脱贫。", "深度贫困人口", 2.6),
    ("全年减少15万农村牧区建档立卡贫困人口。", "农村牧区建档立卡贫困人口", 15),
])
def test_a_bare_count_of_pastoral_or_mountain_poor_is_pledged(region, title, year, congress, body, obj, value):
    got = {(o, v, u) for o, v, u in pledged(read(_report(region, title, year, congress, body))) if u == "万人"}
    assert (obj, value, "万人") in got


@pytest.mark.parametrize("body,obj,value", [
    ("全年实现20万农村贫困人口稳定脱贫。", "农村贫困人口", 20),
    ("全年实现12万建档立卡贫困人口脱贫。", "建档立卡贫困人口", 12),
])
def test_a_bare_count_of_rural_poor_unchanged(body, obj, value):
    assert (obj, value, "万人") in pledged(read(_report("内蒙古自治区", "主席", 2018, "十三", body)))


def test_grassland_in_the_pastoral_regions_counts_no_people():
    got = pledged(read(_report("内蒙古自治区", "主席", 2018, "十三", "全年新增牧区人工草地200万亩。")))
    assert not any(u.endswith("人") for _, _, u in got)


# 2. the workers moved, 转移劳动力 after whose
@pytest.mark.parametrize("region,title,year,congress", PROVINCES)
@pytest.mark.parametrize("name,value", [("农牧业转移劳动力就业", 260), ("农村转移劳动力就业", 50), ("农业转移劳动力就业", 12.5),
                                        ("农村牧区转移劳动力", 30)])
def test_workers_moved_named_the_other_way_round(region, title, year, congress, name, value):
    text = (f"政府工作报告\n——{year}年1月26日在{region}第{congress}届人民代表大会第一次会议上\n\n二、{year}年工作安排\n"
            f"今年主要预期目标是：地区生产总值增长6.5%左右；城镇新增就业26万人以上，{name}{value}万人。\n")
    f = keys_of(read(text))[("rural_labor_transfer", "target", str(year), "level")]
    assert (f.value, f.unit) == (value, "万人")


@pytest.mark.parametrize("clause", ["开展农村转移劳动力技能培训5万人次", "全年新增农业转移人口落户30万人",
                                    "组织农村转移劳动力返岗2万人"])
def test_training_or_settling_of_workers_moved_is_no_transfer(clause):
    text = ("政府工作报告\n——2018年1月26日在内蒙古自治区第十三届人民代表大会第一次会议上\n\n二、2018年工作安排\n"
            f"今年主要预期目标是：地区生产总值增长6.5%左右。\n（七）切实保障和改善民生。{clause}。\n")
    assert not any(k[0] == "rural_labor_transfer" for k in keys_of(read(text)))


# 3. a plan part's lead to the work after a long preamble
_PLAN_HEAD = ("政府工作报告\n——2016年1月24日在{region}第十二届人民代表大会第五次会议上\n\n二、“十三五”时期经济社会发展的主要目标和任务\n"
              "“十三五”时期的主要目标是：全省生产总值年均增长8%左右。\n")


@pytest.mark.parametrize("region", ["江西省", "湖南省", "山东省"])
@pytest.mark.parametrize("lead", [
    "实现上述目标，必须牢固树立创新、协调、绿色、开放、共享的发展理念，重点抓好以下任务：",
    "为实现上述目标，我们必须坚持稳中求进，坚持创新驱动，着力抓好以下几个方面的工作：",
    "围绕实现上述目标，必须坚持发展第一要务不动摇，全面深化改革开放，重点做好以下工作：",
])
@pytest.mark.parametrize("share", [("战略性新兴产业增加值占规模以上工业比重", 20), ("高新技术产业增加值占规模以上工业比重", 35)])
def test_a_plan_tasks_lead_after_a_long_preamble(region, lead, share):
    name, value = share
    text = _PLAN_HEAD.format(region=region) + f"{lead}加快构建现代产业体系，到2020年{name}达到{value}%；加快建设综合交通枢纽。\n"
    d = read(text)
    assert (name, value, "%") in pledged(d)
    assert next(p.period for p in d.pledges if p.object == name) == "2020"


@pytest.mark.parametrize("para", [
    # the plan's goal list after a preamble: goals, no pledges
    "今后五年，我们要牢固树立创新、协调、绿色、开放、共享的发展理念，全省经济社会发展的主要目标是：到2020年战略性新兴产业"
    "增加值占规模以上工业比重达到20%，研究与试验发展经费投入强度达到2%。",
    # no lead to the work
    "加快构建现代产业体系，到2020年战略性新兴产业增加值占规模以上工业比重达到20%；加快建设综合交通枢纽。",
    # the work's word after the figure, not a lead
    "实现上述目标，必须坚持发展第一要务，到2020年战略性新兴产业增加值占规模以上工业比重达到20%，主要任务是：推进结构调整。",
])
def test_a_plan_goal_paragraph_stays_unpledged(para):
    d = read(_PLAN_HEAD.format(region="江西省") + para + "\n")
    assert not any("比重" in p.object for p in d.pledges)
