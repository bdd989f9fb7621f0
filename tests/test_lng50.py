"""Decision 391 (lng50): whole reports of kinds the kept sets hold few of — an autonomous prefecture's work report of
2018 and a 市辖区's plan report of 2026. Their facts, pledges and metadata were read right; what was wrong was the
outline under them and the names of their projects. Each class with the texts that must change and the look-alikes
that must not."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


def _report(region: str, year: int, body: str) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月10日在{region}第八届人民代表大会第二次会议上\n各位代表：\n"
            f"现在，我代表{region}人民政府，向大会报告工作，请予审议。\n" + body)


def _subs(doc) -> list[tuple[int, str, str]]:
    return [(s.depth, s.number, s.title) for s in doc.sections if s.depth == 2]


# 1. a sub-section's number and title sentence run on into a paragraph of more than 120 characters ("（二）产业转型步伐
#加快。烟草、…"): a sub-section, its first sentence its title, as a shorter one's is (it was body text of the sub-section
# above it, or of the part, so its pledges took their category and their part from there)
_LONG_SUB = ("（二）持续增进民生福祉。坚持在发展中保障和改善民生，围绕群众急难愁盼问题，统筹做好就业、教育、医疗、养老和住房等"
             "各项工作，全年城镇新增就业3800人，新建改扩建公办幼儿园5所，新增养老床位260张，新建村级卫生室12个，持续提升"
             "基本公共服务均等化水平，让发展成果更多更公平惠及全县各族群众。\n")


def test_long_sub_section_paragraph_over_120_characters_is_a_section():
    assert len(_LONG_SUB) > 125
    text = _report("玉屏侗族自治县", 2019, "一、2018年工作回顾\n全县地区生产总值增长9.1%。\n二、2019年重点工作\n"
                   "（一）加快产业转型升级。新增规模以上工业企业8户，新建高标准农田2万亩。\n" + _LONG_SUB)
    doc = planwatch.read_text(text, "t.txt")
    assert (2, "（二）", "持续增进民生福祉") in _subs(doc)
    cats = {p.object: p.category for p in doc.pledges}
    assert cats["养老床位"] == "民生" and cats["公办幼儿园"] == "民生"


def test_first_long_sub_section_of_a_goals_and_year_part_holds_the_years_tasks():
    # the first sub-section of "二、今后五年奋斗目标和2020年重点工作" in a paragraph of 150 characters: its growth of
    # investment is the year's pledge as well as its target (it stood in the part's own text, read as the goals' words)
    sub = ("（一）全力扩大有效投资。坚持把项目建设作为稳增长的主抓手，围绕交通水利、产业园区、城市更新和社会事业等重点领域，"
           "全年实施重点项目45个，完成投资52亿元以上，全社会固定资产投资增长9%，加快推进县中医院迁建、城区排水防涝工程和工业园区"
           "标准厂房等项目建设，力争早开工、早投产、早见效。\n")
    text = _report("和政县", 2020, "一、过去五年工作回顾\n五年来，全县地区生产总值年均增长7.2%，2019年达到58.6亿元。\n"
                   "二、今后五年奋斗目标和2020年重点工作\n今后五年，全县地区生产总值年均增长7%以上。2020年全县经济社会发展的主要预期目标是："
                   "地区生产总值增长7.5%左右，一般公共预算收入增长6%。\n" + sub + "三、加强政府自身建设\n严格落实中央八项规定精神。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert (2, "（一）", "全力扩大有效投资") in _subs(doc)
    assert any(p.object == "全社会固定资产投资" and p.value == 9 for p in doc.pledges)
    fs = facts(text)
    assert val(fs, ("fixed_asset_investment", "target", "2020", "growth")) == (9, "eq")
    assert val(fs, ("gdp", "goal", "2020-2024", "growth")) == (7, "at_least")


# 2. a short one ("（四）生态环境持续改善。完成营造林1.6万亩，森林覆盖率达到58.2%。"): its title is its first sentence, not
# the whole line with its figures
def test_short_sub_section_line_takes_its_first_sentence_as_title():
    text = _report("石屏县", 2019, "一、2018年工作回顾\n（一）经济运行稳中向好。全县地区生产总值增长8.6%。\n"
                   "（二）生态环境持续改善。完成营造林1.6万亩，森林覆盖率达到58.2%。\n二、2019年重点工作\n"
                   "（一）深化改革开放。新增市场主体2000户。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert [t for _, _, t in _subs(doc)] == ["经济运行稳中向好", "生态环境持续改善", "深化改革开放"]
    fs = facts(text)
    assert val(fs, ("forest_coverage", "actual", "2018", "share")) == (58.2, "eq")


# 3. a title sentence of 31–40 characters in three clauses, as the State Council's review writes them: a sub-section among
# its siblings (one found among siblings not found swallowed theirs)
def test_title_sentence_of_three_clauses_is_a_section():
    t8 = "坚持人与自然和谐共生，着力加强生态环境保护，绿色低碳发展取得积极成效"
    assert 31 <= len(t8) <= 40
    text = _report("临夏回族自治州", 2023, "一、过去五年工作回顾\n五年来，全州地区生产总值年均增长6.1%。\n"
                   f"（一）坚持稳中求进，着力扩大有效需求，经济实力持续增强。全州固定资产投资年均增长8%，招商引资到位资金稳步增长。\n"
                   f"（二）{t8}。完成营造林60万亩，森林覆盖率提高到14.9%，黄河干流临夏段水质稳定保持Ⅱ类。\n"
                   "二、2023年重点工作\n（一）扩大有效投资。实施重点项目200个。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert (2, "（二）", t8) in _subs(doc)


# look-alikes: a long numbered paragraph whose first sentence holds a figure, or runs past 40 characters, stays body text
@pytest.mark.parametrize("item", [
    "（一）全县地区生产总值增长7.1%。规模以上工业增加值增长8.2%，固定资产投资增长10.3%，社会消费品零售总额增长9.5%，"
    "一般公共预算收入增长6.6%，城乡居民收入稳步增长，城镇新增就业3200人，城镇登记失业率控制在4%以内，居民消费价格总体平稳。",
    "（一）全县上下坚持以习近平新时代中国特色社会主义思想为指导深入贯彻落实党中央和省委省政府各项决策部署。经济运行稳中有进，"
    "地区生产总值增长7.1%，规模以上工业增加值增长8.2%，固定资产投资增长10.3%，社会消费品零售总额增长9.5%，一般公共预算收入增长6.6%。",
])
def test_numbered_paragraph_of_figures_stays_body_text(item):
    doc = planwatch.read_text(_report("永靖县", 2022, "一、2021年工作回顾\n" + item + "\n"), "t.txt")
    assert [s.depth for s in doc.sections] == [1]


# 4. a thing and the work done on it before a joiner, then a project's name ("加快县人民医院改扩建和城南污水处理厂建设",
# "钢铁产能置换和高新区生物医药产业园"): the item before the joiner is no part of the name (the name ran over it)
def _projects(sentence: str) -> list[str]:
    text = "政府工作报告\n一、2017年工作回顾\n全县地区生产总值增长7%。\n二、2018年工作安排\n" + sentence + "\n"
    return [p.name for p in planwatch.read_text(text, "t.txt", overrides={"report_year": 2018}).projects]


@pytest.mark.parametrize("sentence,names", [
    ("加快市妇幼保健院迁建和北郊再生水厂建设。", ["北郊再生水厂"]),
    ("推进水泥熟料产能置换和绿色建材产业园建设。", ["绿色建材产业园"]),
    ("加快卷烟厂易地技改和滇中冷链物流园建设。", ["滇中冷链物流园"]),
])
def test_a_work_before_a_joiner_ends_an_item(sentence, names):
    assert _projects(sentence) == names


# look-alikes: works of one name ("排涝改造和提升工程"), a part of the thing named before with no name of its own
# ("改扩建和新院区"), a name whose joiner joins two nouns, and an institution before the joiner keep their readings
@pytest.mark.parametrize("sentence,names", [
    ("加快县人民医院改扩建和新院区建设。", ["县人民医院改扩建和新院区"]),
    ("加快科技研发和成果转化中心建设。", ["科技研发和成果转化中心"]),
    ("加快老年专科医院和康养公园建设。", ["康养公园"]),
    ("推进老旧小区改造和海绵城市建设项目。", ["海绵城市建设项目"]),
    ("加快城区排涝改造和提升工程建设。", []),
    ("加快城东农贸市场改造和临空经济示范区建设。", ["临空经济示范区"]),  # (read so already: the walk stops at 改造)
])
def test_names_joined_otherwise_keep_their_reading(sentence, names):
    assert _projects(sentence) == names
