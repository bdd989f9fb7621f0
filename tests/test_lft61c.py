"""What this hour's rounds left, one class at a time, blind (lft61c, decision 499). Fixed: a count of a class's or
course's runs in 期 after digits (“举办农民实用技术培训班50期”) is a pledge, as 场/场次 of events are (pledge_units.tsv,
digits only). The look-alikes keep what they gave: a phase written in words (一期工程), an ordinal (第3期), an event
count in 场次."""
import pytest

from factkeys import pledge_items, pledged, read


def _gwr(tasks: str, region: str = "浏阳市") -> str:
    return (f"{region}政府工作报告\n——2024年1月10日在{region}第十七届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n"
            f"全市地区生产总值增长5.6%。\n\n二、2024年重点工作\n\n{tasks}\n")


# 1. runs of a class counted in 期 after digits: a pledge (failed on the base: 期 no unit, nothing pledged)
@pytest.mark.parametrize("tasks, action, obj, value", [
    ("举办农民实用技术培训班50期，新建城市书房10个。", "举办", "农民实用技术培训班", 50),
    ("今年举办新型职业农民培训班30期，培训农民1500人次。", "举办", "新型职业农民培训班", 30),
    ("围绕乡村振兴，全年举办电商直播培训班20期以上。", "举办", "电商直播培训班", 20),
])
def test_runs_of_a_class_in_qi(tasks, action, obj, value):
    items = pledge_items(read(_gwr(tasks)))
    assert any(a == action and o.endswith(obj) and v == value and u == "期" for a, o, v, u in items), items


# 2. look-alikes: a phase in words, an ordinal, an event count (passing on both)
def test_phase_in_words_no_pledge_of_qi():
    got = pledged(read(_gwr("建成污水处理厂一期工程，新建城市书房10个。")))
    assert not any(u == "期" for _, _, u in got) and ("城市书房", 10, "个") in got


def test_ordinal_qi_no_pledge():
    got = pledged(read(_gwr("办好第3期“浏阳讲堂”，新建城市书房10个。")))
    assert not any(u == "期" for _, _, u in got) and ("城市书房", 10, "个") in got


def test_events_in_changci_kept():
    got = pledged(read(_gwr("组织“送戏下乡”演出200场次，新建城市书房10个。")))
    assert any(o.endswith("“送戏下乡”演出") and v == 200 and u == "场次" for o, v, u in got), got
