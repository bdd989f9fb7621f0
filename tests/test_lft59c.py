"""What decisions 459–461 left, one class at a time, blind (lft59c, decision 468): a sector's result after the level above's
target in its sentence ("工业增加值方面，全市目标为8%，我县实际增长9.2%": the county's result of that indicator, the level
above's figure no fact); a news page's lines of its zones or towns one a line ("遂宁高新区：…\\n遂宁经开区：…": each line's
figures its own place's); a department official's answer set over several paragraphs (its later paragraphs the
department's plans, no pledges, unless they cite the report); a rank card set before the next card ("第3位\\n全省排名\\n45天
\\n项目审批时限": the cards around it keep their figures). The look-alikes keep what they gave."""
import pytest


from factkeys import fact_items, pledged, read


def _doc(text: str, name: str = "t.txt"):
    return read(text, name)  # (factkeys: every fact's and pledge's quote checked against the text)


def _facts(text: str, name: str = "t.txt") -> set[tuple[str, str, str, str, float]]:
    return fact_items(_doc(text, name))


def _pledged(text: str) -> set[tuple[str, float, str]]:
    return pledged(_doc(text))


def _report(review: str, region: str = "祁东县") -> str:
    return (f"{region}人民政府工作报告\n\n一、2019年工作回顾\n2019年，全县经济平稳发展。{review}\n\n二、2020年工作安排\n"
            "2020年主要预期目标是：地区生产总值增长7.5%左右。\n")


# 1. a sector named before 方面, the level above's target, then the region's result (failed on the base: no fact at all)
@pytest.mark.parametrize("review, iid, value", [
    ("规模以上工业增加值方面，衡阳市确定的目标为增长8%，我县实际增长8.9%。", "industrial_va", 8.9),
    ("固定资产投资方面，全市目标为增长10%，全县实际完成增长11.2%。", "fixed_asset_investment", 11.2),
    ("社会消费品零售总额方面，全省目标为10%，我县实际增长10.6%，总量达到118.4亿元。", "retail_sales", 10.6),
    ("工业增加值方面，全市目标为8%左右，我县实际增长9.2%。", "industrial_va", 9.2),
])
def test_sector_result_after_the_level_aboves_target(review, iid, value):
    facts = _facts(_report(review))
    assert (iid, "actual", "2019", "growth", value) in facts
    assert not any(f[0] == iid and f[1] == "target" and f[2] == "2019" for f in facts)
    assert not any(f[0] == "gdp" and f[2] == "2019" for f in facts)


def test_sector_result_after_a_handed_down_target():
    # (a target the level above hands down, 下达, is the one the region was set, its own — decision 57, as after a label's
    # colon, and as the kept golds read “完成国家下达任务”; this test read it as the level above's until hnd61, decision 493)
    facts = _facts(_report("投资方面，省里下达的目标为增长10%，我县实际增长9.6%。"))
    assert ("fixed_asset_investment", "actual", "2019", "growth", 9.6) in facts
    assert ("fixed_asset_investment", "target", "2019", "growth", 10) in facts
    assert not any(f[0] == "gdp" and f[2] == "2019" for f in facts)


def test_sector_level_after_its_result_goes_on():
    facts = _facts(_report("社会消费品零售总额方面，全省目标为10%，我县实际增长10.6%，总量达到118.4亿元。"))
    assert ("retail_sales", "actual", "2019", "level", 118.4) in facts


# 1b. look-alikes: the region's own target restated after 方面 (target and result), no name before the level above
# (decision 456's GDP), a name in the clause after 方面
@pytest.mark.parametrize("review, expected", [
    ("一般公共预算收入方面，年初目标7%，实际增长7.6%。",
     {("general_budget_revenue", "target", "2019", "growth", 7), ("general_budget_revenue", "actual", "2019", "growth", 7.6)}),
    ("全省目标为8%，我县实际增长9.2%。", {("gdp", "actual", "2019", "growth", 9.2)}),
    ("外贸方面，进出口总额增长15.3%。", {("foreign_trade", "actual", "2019", "growth", 15.3)}),
])
def test_look_alikes_of_the_sector_after_the_level_above(review, expected):
    facts = {f for f in _facts(_report(review)) if f[2] == "2019"}
    assert facts == expected


_ZONES = ("遂宁市政府工作报告：今年地区生产总值预期增长7.5%左右\n2022年01月13日10:02　来源：遂宁新闻网\n\n"
          "报告显示，2021年全市地区生产总值达到1519.9亿元，增长8.6%。\n\n记者从会上了解到，各园区和县（市、区）去年发展势头良好：\n\n"
          "{lines}\n")


# 2. a news page's lines of its zones and towns one after another (failed on the base: the lines ran into one, every
# figure named after the first zone, the later lines' lost where a key repeated)
@pytest.mark.parametrize("lines, expected", [
    ("遂宁高新区：地区生产总值增长9.3%，规上工业增加值增长12.6%\n遂宁经开区：规模以上工业增加值增长11.4%，固定资产投资增长13.5%\n"
     "河东新区：固定资产投资增长9.8%\n射洪市：地区生产总值增长8.7%",
     {"other:遂宁高新区地区生产总值", "other:遂宁高新区规模以上工业增加值", "other:遂宁经开区规模以上工业增加值",
      "other:遂宁经开区固定资产投资", "other:河东新区固定资产投资", "other:射洪市地区生产总值"}),
    ("三江新区：地区生产总值增长6.8%\n临港经开区：规模以上工业增加值增长10.7%",
     {"other:三江新区地区生产总值", "other:临港经开区规模以上工业增加值"}),
])
def test_zone_lines_each_their_own(lines, expected):
    doc = _doc(_ZONES.format(lines=lines), "遂宁市.txt")
    assert {f.indicator for f in doc.facts if f.indicator.startswith("other:")} == expected
    assert ("gdp", "actual", "2021", "growth", 8.6) in {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}


def test_town_lines_each_their_own():
    page = _ZONES.replace("遂宁市", "会泽县").replace("遂宁", "会泽").replace("全市", "全县")
    doc = _doc(page.format(lines="待补镇：地区生产总值增长14.2%\n者海镇：地区生产总值增长12.1%"), "会泽县.txt")
    assert {(f.indicator, f.value) for f in doc.facts if f.indicator.startswith("other:")} \
        == {("other:待补镇地区生产总值", 14.2), ("other:者海镇地区生产总值", 12.1)}


# 2b. look-alike: one zone's line, then the page's prose: as before
def test_one_zone_line_then_prose():
    doc = _doc(_ZONES.format(lines="遂宁高新区：地区生产总值增长9.3%，规上工业增加值增长12.6%"), "遂宁市.txt")
    assert {f.indicator for f in doc.facts if f.indicator.startswith("other:")} \
        == {"other:遂宁高新区地区生产总值", "other:遂宁高新区规模以上工业增加值"}


_BLOG = ("图文直播：曲靖市第七届人民代表大会第三次会议开幕\n2024-01-15 09:00　来源：曲靖日报\n\n【9:05】大会开幕。市长作政府工作报告。\n\n"
         "【9:30】报告提出，2024年全市地区生产总值增长6%左右。今年将新建城市口袋公园30个。\n\n{qa}\n")


# 3. a department official's answer over several paragraphs (failed on the base: the later paragraphs' plans pledged)
@pytest.mark.parametrize("qa, dropped", [
    ("【10:10】网友提问：停车难问题有什么打算？\n市住建局局长王海涛答：停车难是群众关心的问题，我们一直在研究。\n"
     "接下来，我们计划新建公共停车场15个，新增停车泊位5000个。", {("公共停车场", 15, "个"), ("停车泊位", 5000, "个")}),
    ("【10:10】网友提问：城区内涝什么时候能解决？\n\n县住建局局长彭伟答：去年我们改造雨污管网22公里。\n\n接下来，我们计划新建排涝泵站4座。",
     {("排涝泵站", 4, "座")}),
    ("10:55 网友提问：农村饮水安全如何保障？市水务局局长张宏答：去年我们完成了农村供水保障工程620处。\n今年，我们计划再建设水源工程12处。",
     {("水源工程", 12, "处")}),
])
def test_officials_answer_over_paragraphs(qa, dropped):
    pledged = _pledged(_BLOG.format(qa=qa))
    assert ("城市口袋公园", 30, "个") in pledged
    assert not dropped & pledged


# 3b. look-alikes: the answer cites the report in its first paragraph, or a later paragraph's sentence does; the next
# entry after the answer (a clock, the head's own words); the head's own answer (no official's title)
@pytest.mark.parametrize("qa, kept", [
    ("【10:30】网友提问：老旧小区改造今年怎么安排？\n市住建局局长王海涛答：按照政府工作报告的部署，今年全市将加快城镇老旧小区改造。\n"
     "全年改造城镇老旧小区120个。", ("城镇老旧小区", 120, "个")),
    ("【10:30】网友提问：停车难问题有什么打算？\n市住建局局长王海涛答：停车难是群众关心的问题。\n"
     "政府工作报告提出，今年新建公共停车场15个。", ("公共停车场", 15, "个")),
    ("【10:10】网友提问：停车难问题有什么打算？\n市住建局局长王海涛答：停车难是群众关心的问题，我们一直在研究。\n"
     "【10:20】报告提出，今年将新建公共停车场15个。", ("公共停车场", 15, "个")),
    ("【10:10】网友提问：停车难问题有什么打算？\n市长陈立答：停车难是群众关心的问题。\n今年将新建公共停车场15个。",
     ("公共停车场", 15, "个")),
])
def test_answers_kept(qa, kept):
    assert kept in _pledged(_BLOG.format(qa=qa))


_CARDS = "【一图读懂】2022年遂宁市政府工作报告\n\n2021年成绩单\n\n{cards}\n"


# 4. a rank card set before the next card (failed on the base: the rank card's caption ran into the next card's figure,
# the cards' run broke and the GDP card's level was lost)
@pytest.mark.parametrize("cards, expected", [
    ("1519.9亿元\n地区生产总值\n第3位\n全省排名\n45天\n项目审批时限\n9.1%\n规上工业增加值增速",
     {("gdp", "actual", "2021", "level", 1519.9), ("industrial_va", "actual", "2021", "growth", 9.1)}),
    ("1519.9亿元\n地区生产总值\n第3位\n全省排名\n286家\n高新技术企业",
     {("gdp", "actual", "2021", "level", 1519.9), ("high_tech_enterprises", "actual", "2021", "level", 286)}),
    ("1519.9亿元\n地区生产总值\n第3位\n全省排名\n312天\n空气质量优良天数\n286家\n高新技术企业",
     {("gdp", "actual", "2021", "level", 1519.9), ("good_air_days", "actual", "2021", "level", 312),
      ("high_tech_enterprises", "actual", "2021", "level", 286)}),
])
def test_rank_card_before_the_next(cards, expected):
    assert _facts(_CARDS.format(cards=cards), "遂宁市.txt") == expected


# 4b. look-alikes: a days card with no rank card before it; the cards named first; a rank card first on the page
@pytest.mark.parametrize("cards, expected", [
    ("1519.9亿元\n地区生产总值\n45天\n项目审批时限\n286家\n高新技术企业",
     {("gdp", "actual", "2021", "level", 1519.9), ("high_tech_enterprises", "actual", "2021", "level", 286)}),
    ("地区生产总值\n1519.9亿元\n全省排名\n第3位\n项目审批时限\n45天\n高新技术企业\n286家",
     {("gdp", "actual", "2021", "level", 1519.9), ("high_tech_enterprises", "actual", "2021", "level", 286)}),
    ("第3位\n全省排名\n45天\n项目审批时限\n286家\n高新技术企业", {("high_tech_enterprises", "actual", "2021", "level", 286)}),
])
def test_cards_kept(cards, expected):
    assert _facts(_CARDS.format(cards=cards), "遂宁市.txt") == expected
