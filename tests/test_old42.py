"""Whole reports of 2016–2018, blind (old42, decision 272): the 去产能 counts of the 供给侧结构性改革 years stated as the
year's tasks right after its target list. (1) A capacity cut (“压减粗钢产能200万吨”, “化解煤炭过剩产能500万吨”, “退出煤炭
产能1000万吨”) in a part titled for the targets (“二、2016年的主要目标”, “二、今后五年和2016年的主要目标”) was read as a
capacity to hold, set as the indicators are (“粮食综合生产能力稳定在…”), and lost its pledge, while the 煤矿 closed beside it
kept one. (2) A task sentence opening on 确保/力争 right after the target list in the list's own paragraph (“…增长6%。确保压减
钢铁产能30万吨，完成棚户区改造1.5万套。”) stayed the list's, and lost its pledges. Look-alikes keep their reading: a capacity
to hold in a targets part is no pledge, last year's cuts in the review are none, and a sentence after the list that names
an indicator (“确保粮食产量稳定在…”, “确保城镇登记失业率控制在…”) goes on with the list."""
import pytest

from factkeys import keys_of, pledged, read, val

_PLACES = [("江西省", "鹿心社", 2016, "省"), ("湘潭市", "胡伟林", 2017, "市"), ("鄂尔多斯市", "杜汇良", 2018, "市"),
           ("吉林省", "蒋超良", 2016, "省")]


def _doc(place: str, speaker: str, year: int, lvl: str, title: str, plan: str) -> str:
    return (f"政府工作报告\n——{year}年1月24日在{place}第十二届人民代表大会第五次会议上\n{place[:-1] if len(place) > 3 else place}"
            f"{lvl}长　{speaker}\n各位代表：\n一、{year - 1}年工作回顾\n{year - 1}年，全{lvl}生产总值增长7.5%；"
            f"全年压减炼钢产能120万吨，关闭煤矿12处，化解煤炭过剩产能260万吨。\n{title}\n{plan}\n")


_LIST = "今年的主要预期目标：生产总值增长7%左右；一般公共预算收入增长6%；城镇新增就业45万人。"


def _has(got, obj, value, unit):
    return [p for p in got if p[1] == value and p[2] == unit and (obj in p[0] or p[0] in obj)]


@pytest.mark.parametrize("place,speaker,year,lvl", _PLACES)
@pytest.mark.parametrize("title", ["二、{y}年的主要目标", "二、今后五年和{y}年的主要目标", "二、{y}年主要预期目标"])
@pytest.mark.parametrize("cuts,want", [
    ("全年压减粗钢产能200万吨，关闭煤矿35处，化解煤炭过剩产能500万吨。",
     [("粗钢产能", 200, "万吨"), ("煤矿", 35, "处"), ("煤炭过剩产能", 500, "万吨")]),
    ("全年退出煤炭产能1000万吨，压减炼铁产能412万吨。", [("煤炭产能", 1000, "万吨"), ("炼铁产能", 412, "万吨")]),
    ("压减炼钢产能820万吨、炼铁产能1000万吨，削减煤炭产能1400万吨。",
     [("炼钢产能", 820, "万吨"), ("炼铁产能", 1000, "万吨"), ("煤炭产能", 1400, "万吨")]),
    ("淘汰落后产能300万吨，压减水泥产能60万吨，新建高标准农田30万亩。",
     [("落后产能", 300, "万吨"), ("水泥产能", 60, "万吨"), ("高标准农田", 30, "万亩")]),
])
@pytest.mark.parametrize("apart", [False, True])
def test_a_capacity_cut_after_the_list_is_pledged(place, speaker, year, lvl, title, cuts, want, apart):
    d = read(_doc(place, speaker, year, lvl, title.format(y=year), _LIST + ("\n" if apart else "") + cuts))
    got = pledged(d)
    for obj, value, unit in want:
        assert _has(got, obj, value, unit), (obj, value, got)
    # (last year's cuts in the review are no pledges, and the list stays facts)
    assert not [p for p in got if p[1] in (120, 12, 260)], got
    keys = keys_of(d)
    assert val(keys, ("gdp", "target", str(year), "growth")) == (7, "about")
    assert val(keys, ("urban_new_jobs", "target", str(year), "level")) == (45, "eq")


@pytest.mark.parametrize("place,speaker,year,lvl", _PLACES)
@pytest.mark.parametrize("held", ["粮食综合生产能力稳定在400亿斤以上。", "港口吞吐能力达到3亿吨。"])
def test_a_capacity_to_hold_in_a_targets_part_stays_no_pledge(place, speaker, year, lvl, held):
    d = read(_doc(place, speaker, year, lvl, f"二、{year}年的主要目标", _LIST + "\n" + held))
    assert not [p for p in pledged(d) if p[1] in (400, 3)], pledged(d)


@pytest.mark.parametrize("place,speaker,year,lvl", _PLACES)
@pytest.mark.parametrize("tasks,want", [
    ("确保压减钢铁产能30万吨，完成棚户区改造1.5万套。", [("钢铁产能", 30, "万吨"), ("棚户区改造", 1.5, "万套")]),
    ("力争全年退出煤炭产能300万吨，关闭煤矿5处。", [("煤炭产能", 300, "万吨"), ("煤矿", 5, "处")]),
    ("确保全年实现2.1万贫困人口脱贫，25个贫困村出列。", [("贫困人口脱贫", 2.1, "万人"), ("贫困村", 25, "个")]),
    ("确保新建改造农村公路600公里，新增养老床位2000张。", [("农村公路", 600, "公里"), ("养老床位", 2000, "张")]),
])
def test_a_resolve_opening_tasks_after_the_list_in_its_paragraph(place, speaker, year, lvl, tasks, want):
    d = read(_doc(place, speaker, year, lvl, f"二、{year}年工作", _LIST + tasks))
    got = pledged(d)
    for obj, value, unit in want:
        assert _has(got, obj, value, unit), (obj, value, got)
    assert val(keys_of(d), ("gdp", "target", str(year), "growth")) == (7, "about")


@pytest.mark.parametrize("place,speaker,year,lvl", _PLACES)
@pytest.mark.parametrize("after,key,want", [
    ("确保粮食产量稳定在50亿斤以上，城镇登记失业率控制在4.5%以内。", ("grain_output", "level"), (50, "at_least")),
    ("确保城镇登记失业率控制在4.5%以内。", ("registered_unemployment_rate", "share"), (4.5, "at_most")),
])
def test_a_resolve_naming_an_indicator_goes_on_with_the_list(place, speaker, year, lvl, after, key, want):
    d = read(_doc(place, speaker, year, lvl, f"二、{year}年工作", _LIST + after))
    assert val(keys_of(d), (key[0], "target", str(year), key[1])) == want
    assert not [p for p in pledged(d) if p[1] in (50, 4.5)], pledged(d)
