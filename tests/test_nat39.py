"""The State Council's pledges of 2016–2019 (nat39, decision 203): one % change after names joined by 、 (with 分别, or
sharing the measure the last name ends on) is each name's; the rate a change is made by written before its verb
(按不低于5%的幅度压减…); 财政支出 stated with no verb an allocation; 进城落户 a work that names itself."""
import pytest

from taskdoc import pledges, task_doc


def _objs(body: str) -> dict[tuple[str, float, str], str]:
    """(object, value, unit) -> action of every pledge of the sentence in a year's plan."""
    return {(o, v, u): a for a, o, v, u in pledges(body)}


# 1. names joined by 、 with 分别 before the verb and one rate: each name's (it had given no pledge at all)
@pytest.mark.parametrize("body,want", [
    ("今年化学需氧量、氨氮排放量要分别下降2%。", [("化学需氧量排放量", 2), ("氨氮排放量", 2)]),
    ("二氧化硫、氮氧化物排放量分别下降3%，重点地区细颗粒物浓度继续下降。", [("二氧化硫排放量", 3), ("氮氧化物排放量", 3)]),
    ("全市化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别削减2.5%。",
     [("化学需氧量排放量", 2.5), ("氨氮排放量", 2.5), ("二氧化硫排放量", 2.5), ("氮氧化物排放量", 2.5)]),
    ("规模以上工业增加值、固定资产投资分别增长8%。", [("规模以上工业增加值", 8), ("固定资产投资", 8)]),
    ("城镇、农村居民人均可支配收入分别增长7%。", [("城镇居民人均可支配收入", 7), ("农村居民人均可支配收入", 7)]),
])
def test_one_rate_after_names_joined_with_each_is_every_names(body, want):
    got = _objs(body)
    for obj, value in want:
        assert (obj, value, "%") in got, (obj, got)
    assert len(got) == len(want)


# 2. no mark, the last name ending on a measure the names share: each name's (it had been one pledge of the joined
# names); not names joined by 和 alone (one thing), nor places before one measure, nor a count (a total)
@pytest.mark.parametrize("body,want", [
    ("今年二氧化硫、氮氧化物排放量要下降3%。", [("二氧化硫排放量", 3), ("氮氧化物排放量", 3)]),
    ("今年化学需氧量、氨氮排放量要下降2%，加强土壤污染防治。", [("化学需氧量排放量", 2), ("氨氮排放量", 2)]),
    ("全省二氧化硫、氮氧化物排放总量比上年下降2%以上。", [("二氧化硫排放总量", 2), ("氮氧化物排放总量", 2)]),
    # (平均 before the verb is an average, no mark of each: its 均 had been read as one, the object cut to “大工业电价平”)
    ("一般工商业电价、大工业电价平均降低10%。", [("一般工商业电价", 10), ("大工业电价", 10)]),
    ("一般工商业、大工业电价平均降低10%。", [("一般工商业电价", 10), ("大工业电价", 10)]),
])
def test_one_rate_after_names_sharing_a_measure_is_every_names(body, want):
    got = _objs(body)
    for obj, value in want:
        assert (obj, value, "%") in got, (obj, got)
    assert len(got) == len(want)
    # near misses, as before: one thing named with 和; a total count of works joined by 、
    assert _objs("中小企业宽带和专线平均资费再降10%。") == {("中小企业宽带和专线平均资费", 10, "%"): "再降"}
    assert _objs("完成以电代煤、以气代煤300万户以上。") == {("以电代煤、以气代煤", 300, "万户"): "完成"}


def test_a_rate_after_a_counted_item_keeps_its_own_quote():
    # (the 、 after a figure joins items each with its own figure: the second's quote does not take in the first's)
    doc = task_doc("一般性支出压减5%以上、“三公”经费再压减3%左右，长期沉淀资金一律收回。")
    quotes = {p.object: p.quote for p in doc.pledges}
    assert quotes.get("“三公”经费") == "“三公”经费再压减3%左右"
    assert quotes.get("一般性支出") == "一般性支出压减5%以上"
    doc = task_doc("今年化学需氧量、氨氮排放量要分别下降2%。")
    assert {p.object for p in doc.pledges} == {"化学需氧量排放量", "氨氮排放量"}


# 3. the rate a change is made by, 按 before it and 的幅度/的比例 after it, the object after the verb
@pytest.mark.parametrize("body,obj,value,qual", [
    ("各级政府要坚持过紧日子，一律按不低于5%的幅度压减一般性支出。", "一般性支出", 5, "at_least"),
    ("各部门按10%的比例压减非刚性支出，严控“三公”经费。", "非刚性支出", 10, "eq"),
    ("按照不低于3%的幅度压减“三公”经费。", "“三公”经费", 3, "at_least"),
])
def test_a_rate_written_before_its_change_verb_is_pledged(body, obj, value, qual):
    got = {(p.action, p.object, p.value, p.unit, p.qualifier) for p in task_doc(body).pledges}
    assert ("压减", obj, value, "%", qual) in got, got
    assert len(got) == 1
    # near misses, as before: no object after the verb (the one before it), a standard's figure, not a change
    assert _objs("市级部门公用经费按5%的比例统一压减。") == {("市级部门公用经费", 5, "%"): "压减"}
    assert not _objs("按照1:1的比例安排配套资金。")


# 4. the year's spending stated with no verb is an allocation (安排), as 赤字规模 and 一般公共预算支出规模 are
@pytest.mark.parametrize("body,obj,value,unit", [
    ("今年全国财政支出21万亿元，支出规模进一步加大。", "全国财政支出", 21, "万亿元"),
    ("今年全省财政支出8500亿元，增长5%。", "财政支出", 8500, "亿元"),
])
def test_the_years_spending_with_no_verb_is_an_allocation(body, obj, value, unit):
    assert _objs(body).get((obj, value, unit)) == "安排"
    # near miss: a share of the spending keeps its verb
    assert _objs("民生支出占财政支出比重保持在80%以上。") == {("民生支出占财政支出比重", 80, "%"): "保持在"}


# 5. 进城落户 names the work it counts; with no verb before it, it acts (it had given no pledge)
@pytest.mark.parametrize("body,qual", [
    ("今年再进城落户1300万人，加快农业转移人口市民化。", "eq"),
    ("今年进城落户1300万人以上，加快居住证制度全覆盖。", "at_least"),
])
def test_settling_in_towns_counts_itself(body, qual):
    got = {(p.object, p.value, p.unit, p.qualifier) for p in task_doc(body).pledges}
    assert ("进城落户", 1300, "万人", qual) in got
    # near miss: after an action verb, the object as before
    assert ("进城落户", 5, "万人") in {(o, v, u) for _, o, v, u in pledges("全年推动农业转移人口进城落户5万人。")}
