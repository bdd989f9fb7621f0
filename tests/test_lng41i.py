"""Whole provincial reports of 2026, blind (lng41i, decision 253): the province's own administrative parts counted as a
whole in a clause that ends in their development ("支持18个省辖市立足比较优势错位发展", "推动104个县（市、区）高质量发展")
were pledged as a count; posts raised or secured for the year ("募集见习岗位2万个", "落实公益性岗位1.5万个") were no pledge,
募集 being no action and 落实 acting only on areas and funds. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, who: str, body: str, day: int = 24) -> str:
    return (f"政府工作报告\n——2026年1月{day}日在{place}第十四届人民代表大会第五次会议上\n{who}\n各位代表：\n"
            f"一、2025年工作回顾\n初步核算，全省地区生产总值增长5.3%。\n"
            f"二、2026年重点工作\n今年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业50万人以上。\n{body}")


_PLACES = [("河南省", "河南省省长　王凯"), ("四川省", "四川省省长　施小琳"), ("江西省", "江西省省长　叶建春")]


# 1. the province's own parts, counted as a whole, their development the clause's only work: no pledge
@pytest.mark.parametrize("clause", [
    "支持18个省辖市立足比较优势错位发展",
    "推动21个市州差异化协同发展",
    "支持11个设区市竞相发展",
    "推动104个县（市、区）高质量发展",
    "引导183个县市区特色发展",
    "支持14个地市协调发展",
])
@pytest.mark.parametrize("place,who", _PLACES)
def test_the_provinces_own_parts_developing_are_no_pledge(clause, place, who):
    d = read(_report(place, who, "（一）推动区域协调发展。" + clause + "，新建5G基站2万个。\n"))
    got = pledged(d)
    assert ("5G基站", 2, "万个") in got
    assert len(got) == 1, got
    assert val(keys_of(d), ("gdp", "target", "2026", "growth")) == (5.5, "about")


@pytest.mark.parametrize("clause,want", [
    ("支持5个县开展县域商业体系建设试点", 5),      # (the places do a counted work: kept, as before)
    ("创建3个省级乡村振兴示范县", 3),
    ("新建5个县区级物流中心", 5),                  # (a unit word opening a longer noun, no 发展 at the end)
    ("支持10个县区建设产业园区", 10),
])
def test_counted_places_doing_a_work_still_pledge(clause, want):
    got = pledged(read(_report("河南省", "河南省省长　王凯", "（一）推动区域协调发展。" + clause + "。\n")))
    assert want in {v for _, v, _ in got}, got


# 2. posts raised (募集) or secured (落实) for the year, right before their count: pledges
@pytest.mark.parametrize("clause,obj,value,unit", [
    ("募集见习岗位2万个", "见习岗位", 2, "万个"),
    ("全年募集就业岗位10万个", "就业岗位", 10, "万个"),
    ("落实公益性岗位1.5万个", "公益性岗位", 1.5, "万个"),
    ("落实生态管护员岗位5万个", "生态管护员岗位", 5, "万个"),
    ("落实乡村公益性岗位8000个", "乡村公益性岗位", 8000, "个"),
])
@pytest.mark.parametrize("place,who", _PLACES)
def test_posts_raised_or_secured_are_pledges(clause, obj, value, unit, place, who):
    got = pledged(read(_report(place, who, "（六）保障和改善民生。落实就业优先政策，" + clause + "。\n")))
    assert (obj, value, unit) in got, got


@pytest.mark.parametrize("clause", ["落实170项重大任务", "落实岗位责任制20项", "落实重点改革任务50项"])
def test_secured_tasks_are_still_no_pledge(clause):
    # (look-alike: 落实 on tasks or a post's rules, no area, funds or posts before the count: no pledge, as before)
    got = pledged(read(_report("青海省", "青海省省长　罗东川", "（七）加强政府自身建设。" + clause + "。\n")))
    assert not got, got
