"""The year's tasks of provincial reports, pledges first (prv39, decision 202): a quota the state hands down named before
the province's own task, the country's figure before the province's, a result restated by 去年 and its verb, a topic
clause (…方面，) naming what the count after it counts, a rank placing a level just stated as reached, and the plan's
goal restated by "“十四五”规划确定的…目标为" in the plan's last years."""
import pytest

from factkeys import facts, pledged, read, val


def _report(province: str, year: int, body: str, speaker: str = "某某") -> str:
    """A province's report: its title, the congress line, the opening, the year's tasks, then ``body``."""
    return (f"政府工作报告\n——{year}年1月15日在{province}第十四届人民代表大会第二次会议上\n{province}省长　{speaker}\n\n"
            f"各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n\n{year}年重点工作\n{body}\n")


def _values(d) -> list[tuple]:
    return sorted((p.value, p.unit) for p in d.pledges)


# 1. a quota the level above hands down, named in a clause of its own before the province's own task in the same
# sentence, is the ground of that task: the task pledges, the quota does not (once, not twice, where they agree)
@pytest.mark.parametrize("body,quota,own", [
    ("（一）稳定粮食生产。国家下达我省粮食播种面积任务1.26亿亩，全年粮食播种面积稳定在1.26亿亩以上。",
     (1.26, "亿亩"), (1.26, "亿亩")),
    ("（三）国家下达我省高标准农田建设任务425万亩，年内新建和改造提升高标准农田425万亩。", (425, "万亩"), (425, "万亩")),
    ("一是国家下达的造林任务为600万亩，今年完成营造林650万亩。", (600, "万亩"), (650, "万亩")),
    ("2.国家下达给我省的农村危房改造任务3万户，我们将完成农村危房改造3.2万户。", (3, "万户"), (3.2, "万户")),
])
def test_a_quota_handed_down_before_the_own_task_pledges_nothing(body, quota, own):
    d = read(_report("河南省", 2023, body), report_year=2023, region="河南省", level="province")
    vals = _values(d)
    assert vals.count(own) == 1
    if quota != own:
        assert quota not in vals


# near misses: a quota the province does (完成…下达的…任务N), and a quota alone handed to it (下达我省…, the province's
# task, as "省里下达我县新建高标准农田任务3万亩" is a county's in tests/test_frontier16.py), still pledge
@pytest.mark.parametrize("body,value", [
    ("（一）确保完成国家下达的高标准农田建设任务758万亩。", (758, "万亩")),
    ("（一）国家下达我省高标准农田建设任务500万亩，全省新建学校60所。", (500, "万亩")),
    ("（一）完成国家下达的生猪出栏任务6000万头，新建高标准农田300万亩。", (6000, "万头")),
    # (another task after it in the same unit, no word of the quota's in its clause: two tasks, each pledged)
    ("（一）国家下达我省造林任务300万亩，新建高标准农田400万亩。", (300, "万亩")),
])
def test_a_quota_done_or_alone_keeps_its_pledge(body, value):
    d = read(_report("河南省", 2023, body), report_year=2023, region="河南省", level="province")
    assert value in _values(d)


# and the indicator's target is the province's own figure after the quota, with its own qualifier
def test_the_target_after_a_quota_is_the_provinces_own():
    body = "（一）稳定粮食生产。国家下达我省粮食播种面积任务1.6亿亩，全年粮食播种面积稳定在1.6亿亩以上。"
    fs = facts(_report("河南省", 2023, body), report_year=2023, region="河南省", level="province")
    assert val(fs, ("grain_area", "target", "2023", "level")) == (1.6, "at_least")


# 2. the country's figure opening a clause of a province's task sentence that turns to the province is the country's
@pytest.mark.parametrize("body,country,own", [
    ("（三）全国粮食产量要保持在1.3万亿斤以上，我省粮食播种面积稳定在1250万亩以上。", (1.3, "万亿斤"), (1250, "万亩")),
    ("（二）国家新增高标准农田4500万亩，全省新建高标准农田300万亩。", (4500, "万亩"), (300, "万亩")),
])
def test_the_countrys_figure_in_a_provinces_tasks_is_no_pledge(body, country, own):
    d = read(_report("福建省", 2023, body), report_year=2023, region="福建省", level="province")
    vals = _values(d)
    assert own in vals and country not in vals


# near misses: the province's own word (全省) opening the clause, and a sentence never turning to the province
@pytest.mark.parametrize("body,value", [
    ("（三）全省新建高标准农田300万亩，我省粮食播种面积稳定在1250万亩以上。", (300, "万亩")),
    ("（三）全国示范性老年友好型社区新增20个。", (20, "个")),
    # (a grade or a kind the province counts after 全国/国家, in a sentence naming the province: cues.tsv's above_grade)
    ("（一）国家高新技术企业新增2000家，全省研发投入强度达到2.5%。", (2000, "家")),
    ("（二）全国文明城市新增2个，全省新建口袋公园100个。", (2, "个")),
    ("（二）国家级专精特新“小巨人”企业新增50家，我省培育省级专精特新企业1000家。", (50, "家")),
])
def test_the_provinces_own_figures_keep_their_pledges(body, value):
    d = read(_report("福建省", 2023, body), report_year=2023, region="福建省", level="province")
    assert value in _values(d)


# 3. a result its clause dates by 去年 and a level's verb, in a sector's paragraph of the year's work, pledges nothing
@pytest.mark.parametrize("body,past", [
    ("（二）宁德时代等龙头企业带动下，全省锂电池产值去年突破2000亿元，居全国第一。", (2000, "亿元")),
    ("（二）全省新能源汽车产量去年达到100万辆，产业集群加快壮大。", (100, "万辆")),
    ("（二）全省数字经济规模上年超过2.5万亿元，占生产总值比重提高到45%。", (2.5, "万亿元")),
])
def test_last_years_result_by_its_verb_is_no_pledge(body, past):
    d = read(_report("福建省", 2023, body), report_year=2023, region="福建省", level="province")
    assert past not in _values(d)


# near misses: a change on last year (比上年增加) and this year's figure after last year's keep their pledges
@pytest.mark.parametrize("body,value", [
    ("（二）省级财政安排科技资金50亿元、比上年增加5亿元。", (50, "亿元")),
    ("（二）全省汽车产量去年达到140万辆，今年力争突破150万辆。", (150, "万辆")),
])
def test_this_years_figure_beside_last_years_keeps_its_pledge(body, value):
    d = read(_report("陕西省", 2024, body), report_year=2024, region="陕西省", level="province")
    assert value in _values(d)


# 4. a clause that is only a topic (…方面，) names what the count of the clause after it counts
@pytest.mark.parametrize("body,obj,value", [
    ("（四）城镇老旧小区改造方面，年内新开工改造620个。", "城镇老旧小区", (620, "个")),
    ("（五）在高标准农田建设方面，全年新建50万亩。", "高标准农田", (50, "万亩")),
    ("（六）5G基站方面，新建2万个以上。", "5G基站", (2, "万个")),
    ("（二）保障性住房方面，筹集建设1.5万套。", "保障性住房", (1.5, "万套")),
])
def test_a_topic_clause_names_what_is_counted(body, obj, value):
    d = read(_report("浙江省", 2025, body), report_year=2025, region="浙江省", level="province")
    got = [o for o, v, u in pledged(d) if (v, u) == value]
    assert got and obj in got[0] and "方面" not in got[0]


# near miss: an object written after the verb is the object, whatever the topic before
@pytest.mark.parametrize("body,obj", [
    ("（六）养老服务方面，新增养老床位5000张。", "养老床位"),
    ("（六）交通方面，新开通城乡公交线路15条。", "城乡公交线路"),
])
def test_an_object_after_the_verb_stays_under_a_topic(body, obj):
    d = read(_report("浙江省", 2025, body), report_year=2025, region="浙江省", level="province")
    assert any(o == obj for o, v, u in pledged(d))


# 5. a rank in the clause right after a level stated as reached (已达, 已突破) places that level: last year's, as it
@pytest.mark.parametrize("body,iid,rank", [
    ("（二）新培育高新技术企业1500家。全省高新技术企业已达5276家，居全国第9位。", "high_tech_enterprises", 9),
    ("（五）全省高新技术企业数量已突破3万家，居全国第6位。", "high_tech_enterprises", 6),
    ("（一）全省地区生产总值已经超过5万亿元，位居全国第6位，今年要再上新台阶。", "gdp", 6),
])
def test_a_rank_placing_a_level_reached_is_last_years(body, iid, rank):
    fs = facts(_report("河北省", 2019, body), report_year=2019, region="河北省", level="province")
    assert val(fs, (iid, "actual", "2018", "rank")) == (rank, "eq")
    assert (iid, "target", "2019", "rank") not in fs


# near miss: a rank striven for after this year's level stays the year's target
def test_a_rank_striven_for_stays_a_target():
    body = "（二）全省高新技术企业力争达到6000家，居全国第8位。"
    fs = facts(_report("河北省", 2019, body), report_year=2019, region="河北省", level="province")
    assert ("high_tech_enterprises", "actual", "2018", "rank") not in fs


# 6. "“十四五”规划确定的…目标为X" in the tasks of the plan's later years is the plan's goal over its span, no target
@pytest.mark.parametrize("year,body,iid,value", [
    (2025, "（三）“十四五”规划确定的全省常住人口城镇化率目标为75%，目前已达74.8%。", "urbanization_rate", 75),
    (2024, "（三）推进新型城镇化。“十四五”规划确定的全省常住人口城镇化率目标为63%。", "urbanization_rate", 63),
    (2023, "（四）“十四五”规划提出的森林覆盖率目标是62%。", "forest_coverage", 62),
])
def test_the_plans_goal_restated_is_a_goal(year, body, iid, value):
    fs = facts(_report("安徽省", year, body), report_year=year, region="安徽省", level="province")
    assert val(fs, (iid, "goal", "2021-2025", "share")) == (value, "eq")
    assert (iid, "target", str(year), "share") not in fs


# near miss: this year's own target word after its name stays the year's target
def test_this_years_target_word_stays_a_target():
    body = "（三）推进新型城镇化。今年全省常住人口城镇化率目标为64%。"
    fs = facts(_report("安徽省", 2024, body), report_year=2024, region="安徽省", level="province")
    assert val(fs, ("urbanization_rate", "target", "2024", "share")) == (64, "eq")
