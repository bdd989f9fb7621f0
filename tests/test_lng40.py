"""Whole reports, long (lng40, decision 226): a report whose part titles were lost, its items' kept, turns from the
review to the plan at the review's close; the base of the year's work named with last year's figure
(在去年…的基础上) is no pledge; a share of units before the state they are to reach in quotes is one; 一张蓝图 is a
slogan; a stock's gain yields to its total named in a later sentence."""
import pytest

from factkeys import facts, read
from taskdoc import pledges


def _untitled(place: str, level: str, year: int, turn: str, item: tuple[str, str]) -> str:
    """A whole report of ``place`` for ``year`` whose part titles are gone, its items numbered by ``item`` (the first of
    each part run on into a long paragraph, as most are, the second short)."""
    a, b = item
    return (f"{place}{year}年政府工作报告\n——{year}年1月10日在{place}第十八届人民代表大会第四次会议上\n\n各位代表：\n"
            f"现在，我代表{level}人民政府，向大会报告工作，请予审议。\n\n"
            f"过去的一年，面对复杂多变的外部环境，全{level}经济社会发展取得新的成效。全年实现地区生产总值1156.3亿元、增长6.8%；"
            f"规模以上工业增加值增长9.2%；城镇新增就业1.35万人。\n\n"
            f"{a}坚持工业立{level}，产业发展动能更足。我们牢固树立“项目为王”理念，聚焦新能源汽车、智能家电、生物医药、新材料等"
            f"主导产业，大抓招商、招大商，新增规模以上工业企业58家，新建5G基站620个。新能源汽车零部件产业集群加速成形，智能家电"
            f"产业向高端化、智能化迈进。\n\n"
            f"{b}坚持民生为本，人民生活持续改善。新增养老床位420张，改造老旧小区18个。\n\n"
            f"各位代表，过去一年的成绩来之不易，这是全{level}人民团结拼搏的结果。在此，我表示衷心感谢！\n\n"
            f"我们也清醒认识到，发展中还存在一些困难和问题。对此，我们将认真加以解决。\n\n"
            f"{turn}今年全{level}经济社会发展的主要预期目标是：地区生产总值增长7%左右；规模以上工业增加值增长10%；"
            f"城镇新增就业1.2万人以上。\n\n"
            f"{a}聚焦产业强{level}，加快构建现代化产业体系。坚持制造业立{level}不动摇，做大做强新能源汽车零部件、智能家电、"
            f"生物医药、新材料四大主导产业，新增规模以上工业企业60家，新建5G基站500个。加快推进经开区、产业新城等平台扩区提质，"
            f"完善园区配套设施，提升产业承载能力。\n\n"
            f"{b}聚焦民生福祉，扎实推进共同富裕。新增养老床位300张，改造老旧小区15个。\n\n"
            f"各位代表，新征程催人奋进。让我们凝心聚力、实干争先！\n")


_TURNS = ["{y}年是“十四五”规划实施的关键一年。", "今年是全面贯彻党的二十大精神的重要一年。", "{y}年是中华人民共和国成立75周年。"]


# 1. a whole report whose part titles are lost: the review's close turns to the plan, so last year's results stay
# results and the plan's items are tasks (the items' heads alone read the review as the plan, or the plan as the review)
@pytest.mark.parametrize("turn", _TURNS)
@pytest.mark.parametrize("item", [("（一）", "（二）"), ("1．", "2．")])
@pytest.mark.parametrize("place,level,year", [("某某县", "县", 2024), ("某某市", "市", 2021), ("某某区", "区", 2026)])
def test_a_report_without_part_titles_turns_to_the_plan_at_the_reviews_close(turn, item, place, level, year):
    text = _untitled(place, level, year, turn.format(y=year), item)
    fs = facts(text, region=place, level="county" if level != "市" else "prefecture", report_year=year)
    last = str(year - 1)
    assert fs[("gdp", "actual", last, "growth")].value == 6.8
    assert fs[("gdp", "target", str(year), "growth")].value == 7
    assert fs[("industrial_va", "actual", last, "growth")].value == 9.2
    assert fs[("industrial_va", "target", str(year), "growth")].value == 10
    assert fs[("urban_new_jobs", "actual", last, "level")].value == 1.35
    assert fs[("urban_new_jobs", "target", str(year), "level")].value == 1.2
    got = {(p.object, p.value) for p in read(text, region=place, report_year=year).pledges}
    assert {("5G基站", 500), ("养老床位", 300), ("老旧小区", 15)} <= got, got
    assert not {("5G基站", 620), ("养老床位", 420), ("老旧小区", 18)} & got, got


@pytest.mark.parametrize("item", [("（一）", "（二）"), ("1．", "2．")])
def test_a_review_year_line_before_the_close_is_no_turn(item):
    # (the review's own year, "2025年是…收官之年。", before the close: the review goes on to the close)
    text = _untitled("某某县", "县", 2026, "2026年是“十五五”开局之年。", item).replace(
        "过去的一年，", "2025年是“十四五”规划收官之年。过去的一年，")
    fs = facts(text, region="某某县", level="county", report_year=2026)
    assert fs[("gdp", "actual", "2025", "growth")].value == 6.8
    assert fs[("gdp", "target", "2026", "growth")].value == 7
    got = {(p.object, p.value) for p in read(text, region="某某县", report_year=2026).pledges}
    assert ("5G基站", 500) in got and ("5G基站", 620) not in got, got


def test_a_titled_report_is_read_as_before():
    # (look-alike that must not change: the same report with its part titles)
    text = _untitled("某某县", "县", 2024, "2024年是“十四五”规划实施的关键一年。", ("（一）", "（二）")).replace(
        "过去的一年，", "一、2023年工作回顾\n过去的一年，").replace("2024年是“十四五”", "二、2024年工作安排\n2024年是“十四五”")
    fs = facts(text, region="某某县", level="county", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.8
    assert fs[("gdp", "target", "2024", "growth")].value == 7


# 2. the base the year's work builds on, last year's (or a plan's over) with its figure: no pledge
@pytest.mark.parametrize("body,kept,dropped", [
    ("在去年新增规模以上工业企业160家的基础上，新增规模以上工业企业150家以上。", ("规模以上工业企业", 150), ("规模以上工业企业", 160)),
    ("在上年新建5G基站1900个基础上，再新建5G基站1200个。", ("5G基站", 1200), ("5G基站", 1900)),
    ("在“十四五”期间累计建成高标准农田50万亩的基础上，新建高标准农田8万亩。", ("高标准农田", 8), ("高标准农田", 50)),
    ("在去年进出口总额增长8.1%的基础上，力争进出口总额增长10%。", ("进出口总额", 10), ("在去年进出口总额", 8.1)),
])
@pytest.mark.parametrize("level", ["县", "市"])
def test_a_past_base_clause_holds_no_pledge(body, kept, dropped, level):
    got = {(o, v) for _, o, v, _ in pledges(body, level=level)}
    assert kept in got and dropped not in got, got


@pytest.mark.parametrize("body,kept", [
    # (look-alikes that must not change: a base with no figure, or after another's; a past year's base, left before)
    ("在去年的基础上再新建5G基站1200个。", ("5G基站", 1200)),
    ("在2023年建成口袋公园40个的基础上，新建口袋公园30个。", ("口袋公园", 30)),
    ("在此基础上，新增养老床位300张。", ("养老床位", 300)),
])
def test_a_base_without_a_past_figure_keeps_the_pledge(body, kept):
    assert kept in {(o, v) for _, o, v, _ in pledges(body)}


# 3. a share of the units first, then the state they are to reach in quotes: a pledge of that share
@pytest.mark.parametrize("body,obj,n", [
    ("推动90%以上政务服务事项“一网通办”。", "政务服务事项", 90),
    ("实现85%以上的涉企事项“掌上办”。", "涉企事项", 85),
    ("确保95%以上的高频事项“跨省通办”，新建5G基站500个。", "高频事项", 95),
])
@pytest.mark.parametrize("level", ["县", "市"])
def test_a_share_of_units_before_a_quoted_state_is_pledged(body, obj, n, level):
    got = {(o, v, u) for _, o, v, u in pledges(body, level=level)}
    assert (obj, n, "%") in got, got


def test_each_share_of_units_of_a_sentence_is_pledged():
    got = {(o, v) for _, o, v, _ in pledges("推动90%以上政务服务事项“一网通办”，推动80%以上规上工业企业实现数字化转型。")}
    assert {("政务服务事项", 90), ("规上工业企业", 80)} <= got, got


@pytest.mark.parametrize("body,kept", [
    # (look-alikes that must not change: a rate named before its figure, a share with a verb after its units)
    ("政务服务事项“一网通办”实现率达到99%。", 99),
    ("推动80%以上的行政村完成污水治理。", 80),
])
def test_shares_written_otherwise_are_pledged_as_before(body, kept):
    assert any(v == kept for _, _, v, _ in pledges(body))


# 4. 一张蓝图 (the plan carried through) is a slogan, no blueprint counted
@pytest.mark.parametrize("body", ["推动一张蓝图干到底，新建5G基站500个。", "推动一张蓝图绘到底，新建5G基站500个。"])
def test_one_blueprint_is_no_pledge(body):
    got = pledges(body)
    assert not any(v == 1 and u == "张" for _, _, v, u in got), got
    assert any(o == "5G基站" and v == 500 for _, o, v, _ in got), got


# 5. a stock's gain in the year's review yields to its total named in a later sentence
@pytest.mark.parametrize("gain,total,iid,want", [
    ("新增高新技术企业85家", "全县高新技术企业总数达到420家", "high_tech_enterprises", 420),
    ("新增经营主体1.2万户", "全县经营主体总量突破9万户", "market_entities", 9),
    ("新认定高新技术企业60家", "高新技术企业总数达到350家", "high_tech_enterprises", 350),
])
def test_a_gain_yields_to_the_total_named_later(gain, total, iid, want):
    text = ("某某县2026年政府工作报告\n——2026年1月8日在某某县第十八届人民代表大会第五次会议上\n各位代表：\n"
            f"一、2025年工作回顾\n2025年，全县{gain}。科技创新能力持续提升。\n营商环境持续优化。{total}。\n"
            "二、2026年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n")
    fs = facts(text, region="某某县", level="county", report_year=2026)
    assert fs[(iid, "actual", "2025", "level")].value == want


def test_a_parks_total_later_leaves_the_gain():
    # (look-alike that must not change: the total of a part of the region)
    text = ("某某市2026年政府工作报告\n——2026年1月9日在某某市第八届人民代表大会第五次会议上\n各位代表：\n"
            "一、2025年工作回顾\n2025年，全市新增高新技术企业85家。科技创新能力持续提升。\n"
            "营商环境持续优化。市高新区高新技术企业总数达到120家。\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n")
    fs = facts(text, region="某某市", level="prefecture", report_year=2026)
    assert fs[("high_tech_enterprises", "actual", "2025", "level")].value == 85


def _goals_then_year(place: str, year: int, plan: str, goals_title: str) -> str:
    """A report numbering its parts whose year's part lost its title: the plan period's goals, then the year's line."""
    return (f"{place}政府工作报告\n——{year}年1月15日在{place}第五届人民代表大会第六次会议上\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n过去一年，全市地区生产总值增长5.8%，新建5G基站2800个。\n"
            f"二、{goals_title}\n今后五年，全市地区生产总值年均增长6%左右，常住人口城镇化率达到60%。\n"
            f"{year}年是“{plan}”开局之年。今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n"
            "围绕上述目标，重点抓好以下工作：\n"
            "（一）坚持项目为王，着力扩大有效投资。全年实施市级重点项目400个，新建5G基站2000个。\n"
            "（二）坚持绿色发展，筑牢生态屏障。完成营造林30万亩，森林覆盖率提高到46.8%。\n"
            "三、加强政府自身建设\n一般性支出压减10%以上。\n")


# 6. a line on the report year inside the plan period's goals part (the year's part title lost): the year's plan opens
# there, so its tasks are the year's pledges and targets, not the period's goals
@pytest.mark.parametrize("year,plan,goals_title", [
    (2021, "十四五", "“十四五”时期主要目标任务"),
    (2026, "十五五", "“十五五”时期经济社会发展的主要目标"),
    (2021, "十四五", "今后五年的奋斗目标"),
])
@pytest.mark.parametrize("place", ["某某市", "某某州"])
def test_the_years_line_in_a_goals_part_opens_the_years_plan(year, plan, goals_title, place):
    text = _goals_then_year(place, year, plan, goals_title)
    d = read(text, region=place, level="prefecture", report_year=year)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert fs[("forest_coverage", "target", str(year), "share")].value == 46.8
    assert ("forest_coverage", "goal", f"{year}-{year + 4}", "share") not in fs
    assert fs[("urbanization_rate", "goal", f"{year}-{year + 4}", "share")].value == 60
    got = {(p.object, p.value) for p in d.pledges}
    assert {("市级重点项目", 400), ("5G基站", 2000), ("营造林", 30)} <= got, got


def test_a_titled_years_part_after_the_goals_is_read_as_before():
    # (look-alike that must not change: the year's part keeps its title)
    text = _goals_then_year("某某市", 2021, "十四五", "“十四五”时期主要目标任务").replace(
        "2021年是", "三、2021年主要目标和重点工作\n2021年是").replace("三、加强政府", "四、加强政府")
    d = read(text, region="某某市", level="prefecture", report_year=2021)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert fs[("forest_coverage", "target", "2021", "share")].value == 46.8
    assert ("5G基站", 2000) in {(p.object, p.value) for p in d.pledges}
