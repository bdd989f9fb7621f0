"""Whole county-level reports, long (lng41c, decision 237): a township's figures read as the county's where the
township's own word stood before them ("陈集镇作为全县第一产粮大镇，全镇粮食总产量达到1.6亿斤", "段集乡全乡农民人均可支配
收入…"), or a banner's 苏木 and 嘎查, a state ranch (牧场); units seated in a 新疆 county or a banner but run from above
("兵团驻县单位粮食总产量…", "中央和自治区驻旗企业完成工业增加值…"); a township or park set beside what it is by 作为
before subjectless figures ("经开区作为全县工业主阵地，规上工业增加值增长12%"), or a park's own figure after 突破 before
them; a rank's field led by a source's clause or by the city above named before a count of its members ("据市统计局数据，
全市10个县区中，", "信阳市10个县区中，"); and the level above's report or meeting quoted in the county's plan ("省政府工作
报告提出，今年全省…"), whose figures were pledged. Each with look-alikes that must not change: the county's own word
(全县, 我县), its own meeting or no place before the figures keeps them the county's."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, year: int, review: str, plan: str = "") -> str:
    return (f"政府工作报告\n——{year}年1月12日在{place}第十八届人民代表大会第五次会议上\n{place}人民政府县长　王立新\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n\n{review}\n\n二、{year}年工作安排\n\n{year}年主要预期目标是：地区生产总值增长6%左右。\n"
            f"{plan}\n各位代表！让我们团结奋斗！\n")


_COUNTIES = [("固始县", 2026), ("玛纳斯县", 2025), ("准格尔旗", 2021), ("肇东市", 2024)]


# 1. a township's own word, 全镇 or 全乡, before the figure: the township's, no county figure
@pytest.mark.parametrize("sentence", [
    "陈集镇作为全县第一产粮大镇，全镇粮食总产量达到1.6亿斤。",
    "北五岔镇是全县粮食主产区，全镇粮食总产量达到1.6亿斤。",
    "乐土驿镇全镇粮食总产量达到1.6亿斤。",
    "段集乡全乡粮食总产量达到1.6亿斤。",
])
@pytest.mark.parametrize("place,year", _COUNTIES)
def test_a_townships_own_word_keeps_its_figure_off_the_county(sentence, place, year):
    d = read(_report(place, year, sentence))
    fs = keys_of(d)
    assert ("grain_output", "actual", str(year - 1), "level") not in fs


@pytest.mark.parametrize("place,year", _COUNTIES)
def test_a_townships_rural_income_and_its_growth(place, year):
    d = read(_report(place, year, "段集乡全乡农民人均可支配收入达到2.2万元，增长7.1%。"))
    fs = keys_of(d)
    assert ("rural_disposable_income", "actual", str(year - 1), "level") not in fs
    assert ("rural_disposable_income", "actual", str(year - 1), "growth") not in fs


@pytest.mark.parametrize("place,year", _COUNTIES)
def test_the_county_figure_before_a_townships_stays(place, year):
    # (the county's own total first, then the township's after 全镇: the county's stays, the township's is none)
    d = read(_report(place, year, "全县粮食总产量达到22.7亿斤，增长2.1%。陈集镇作为产粮大镇，全镇粮食总产量达到1.6亿斤。"))
    fs = keys_of(d)
    assert val(fs, ("grain_output", "actual", str(year - 1), "level")) == (22.7, "eq")
    assert val(fs, ("grain_output", "actual", str(year - 1), "growth")) == (2.1, "eq")


@pytest.mark.parametrize("sentence", ["全县粮食总产量达到22.7亿斤。", "我县粮食总产量达到22.7亿斤。", "粮食总产量达到22.7亿斤。"])
@pytest.mark.parametrize("place,year", _COUNTIES[:2])
def test_the_countys_own_word_or_none_is_the_county(sentence, place, year):
    # (look-alikes: unchanged)
    fs = keys_of(read(_report(place, year, sentence)))
    assert val(fs, ("grain_output", "actual", str(year - 1), "level")) == (22.7, "eq")


# 2. units seated in the region but run from above: the 兵团's units in a 新疆 county, central firms in a banner
@pytest.mark.parametrize("sentence,key", [
    ("兵团驻县单位粮食总产量达到12.8万吨。", "grain_output"),
    ("驻县兵团单位完成固定资产投资18亿元。", "fixed_asset_investment"),
    ("中央和自治区驻旗企业完成工业增加值420亿元。", "industrial_va"),
    ("驻县单位完成固定资产投资18亿元。", "fixed_asset_investment"),
])
@pytest.mark.parametrize("place,year", [("玛纳斯县", 2025), ("沙湾市", 2023), ("准格尔旗", 2021)])
def test_units_seated_in_the_region_are_a_part(sentence, key, place, year):
    fs = keys_of(read(_report(place, year, sentence)))
    assert (key, "actual", str(year - 1), "level") not in fs


@pytest.mark.parametrize("place,year", [("玛纳斯县", 2025), ("沙湾市", 2023)])
def test_the_whole_with_the_units_included_is_the_county(place, year):
    # (look-alike: 含 the units, the whole region's figure; unchanged)
    fs = keys_of(read(_report(place, year, "全县（含兵团驻县单位）粮食总产量达到75万吨。")))
    assert val(fs, ("grain_output", "actual", str(year - 1), "level")) == (75, "eq")


# 3. a township or park set beside what it is by 作为, then figures with no subject of their own
@pytest.mark.parametrize("subject", ["陈集镇作为产粮大镇", "北五岔镇作为全县农业重镇", "塔西河乡作为牧业乡", "经开区作为全县工业主阵地",
                                     "产业集聚区作为全县经济发展的主引擎"])
@pytest.mark.parametrize("place,year", _COUNTIES[:3])
def test_a_place_beside_what_it_is_is_the_subject_after(subject, place, year):
    d = read(_report(place, year, f"{subject}，规上工业增加值增长12%，完成固定资产投资56亿元。"))
    fs = keys_of(d)
    assert ("industrial_va", "actual", str(year - 1), "growth") not in fs
    assert ("fixed_asset_investment", "actual", str(year - 1), "level") not in fs


@pytest.mark.parametrize("subject", ["作为全国产粮大县", "我县作为全国产粮大县", "陈集镇作为产粮大镇，全县"])
@pytest.mark.parametrize("place,year", _COUNTIES[:2])
def test_the_county_beside_what_it_is_stays_the_county(subject, place, year):
    # (look-alikes: no place, the county itself, or the county's word after the township's clause; unchanged)
    fs = keys_of(read(_report(place, year, f"{subject}，粮食总产量达到22.7亿斤。")))
    assert val(fs, ("grain_output", "actual", str(year - 1), "level")) == (22.7, "eq")


@pytest.mark.parametrize("sentence,key,value", [
    ("城乡作为一个整体，居民人均可支配收入达到2.9万元。", ("disposable_income", "actual", "2025", "level"), 2.9),
    ("城镇作为吸纳就业主渠道，城镇新增就业9126人。", ("urban_new_jobs", "actual", "2025", "level"), 9126),
])
def test_no_place_beside_what_it_is_stays_the_county(sentence, key, value):
    # (look-alikes: 城乡, 城镇 before 作为 name no township; unchanged)
    assert val(keys_of(read(_report("固始县", 2026, sentence))), key) == (value, "eq")


# 4. a park's own figure after 突破 or 超过, then a subjectless figure: the park's
@pytest.mark.parametrize("verb", ["突破", "超过"])
@pytest.mark.parametrize("place,year", _COUNTIES[:3])
def test_a_parks_figure_after_a_verb_of_passing_makes_it_the_subject(verb, place, year):
    d = read(_report(place, year, "", f"经开区力争营业收入{verb}330亿元，规上工业增加值增长12%。"))
    fs = keys_of(d)
    assert ("industrial_va", "target", str(year), "growth") not in fs


@pytest.mark.parametrize("place,year", _COUNTIES[:3])
def test_the_countys_word_after_the_parks_figure_is_the_county(place, year):
    # (look-alike: 全县 before the second figure; unchanged)
    fs = keys_of(read(_report(place, year, "", "经开区营业收入突破330亿元，全县规上工业增加值增长8%。")))
    assert val(fs, ("industrial_va", "target", str(year), "growth")) == (8, "eq")


# 5. a rank's field led by a source's clause or by the region above named before a count of its members
@pytest.mark.parametrize("lead", ["据市统计局数据，全市10个县区中，", "据统计，全市10个县区中，", "信阳市10个县区中，", "信阳市八县两区中，",
                                  "昌吉州7个县市中，", "鄂尔多斯市各旗区中，"])
@pytest.mark.parametrize("place,year", _COUNTIES[:3])
def test_a_ranks_field_before_its_sentence(lead, place, year):
    own = "我旗" if place.endswith("旗") else "我县"
    fs = keys_of(read(_report(place, year, f"{lead}{own}规上工业增加值增速位居第2位。")))
    assert val(fs, ("industrial_va", "actual", str(year - 1), "rank")) == (2, "eq")


@pytest.mark.parametrize("lead", ["在信阳市八县两区中，", "在鄂尔多斯市各旗区中，", "在全市10个县区中，"])
def test_a_peer_group_after_zai_is_read_as_before(lead):
    # (look-alikes: the field after 在, read before this round too; unchanged)
    fs = keys_of(read(_report("固始县", 2026, f"{lead}我县规上工业增加值增速位居第2位。")))
    assert val(fs, ("industrial_va", "actual", "2025", "rank")) == (2, "eq")


@pytest.mark.parametrize("sentence", ["据悉，我县规上工业增加值增速位居第2位。", "规上工业增加值增速位居第2位。"])
def test_a_rank_with_no_field_stays_none(sentence):
    # (look-alikes: no field named anywhere, no rank, as before)
    fs = keys_of(read(_report("固始县", 2026, sentence)))
    assert ("industrial_va", "actual", "2025", "rank") not in fs


# 6. a banner's townships and villages (苏木, 嘎查) and a state ranch (牧场) before the figure: theirs
@pytest.mark.parametrize("sentence,key", [
    ("布尔陶亥苏木农牧民人均可支配收入达到2.1万元。", "rural_disposable_income"),
    ("阿尔山苏木粮食产量达到1.2亿斤。", "grain_output"),
    ("布尔陶亥苏木全苏木粮食产量达到1.2亿斤。", "grain_output"),
    ("敖包嘎查农牧民人均可支配收入达到2.6万元。", "rural_disposable_income"),
    ("乌拉盖牧场粮食产量达到1.2亿斤。", "grain_output"),
])
@pytest.mark.parametrize("place,year", [("准格尔旗", 2021), ("科尔沁右翼前旗", 2024), ("阿巴嘎旗", 2026)])
def test_a_banners_townships_and_villages_are_parts(sentence, key, place, year):
    fs = keys_of(read(_report(place, year, sentence)))
    assert (key, "actual", str(year - 1), "level") not in fs


@pytest.mark.parametrize("place,year", [("准格尔旗", 2021), ("阿巴嘎旗", 2026)])
def test_the_banners_own_rural_income_stays(place, year):
    # (look-alike: 全旗 before the name, the banner's own; unchanged)
    fs = keys_of(read(_report(place, year, "全旗农牧民人均可支配收入达到2.1万元，增长8%。")))
    assert val(fs, ("rural_disposable_income", "actual", str(year - 1), "level")) == (2.1, "eq")
    assert val(fs, ("rural_disposable_income", "actual", str(year - 1), "growth")) == (8, "eq")


# 7. the level above's report or meeting quoted in the county's plan: its figures are no pledge of the county's
@pytest.mark.parametrize("sentence,gone", [
    ("省政府工作报告提出，今年全省规上工业增加值增长6%左右，固定资产投资增长5%。", {6, 5}),
    ("市政府工作报告提出，全市今年新建高标准农田50万亩。", {50}),
    ("市委经济工作会议明确，今年全市新建5G基站3000个。", {3000}),
    ("省委十一届十次全会提出，全省新增规上工业企业2000家。", {2000}),
    ("信阳市政府工作报告提出，全市今年新建高标准农田50万亩。", {50}),
])
@pytest.mark.parametrize("place,year", [("固始县", 2026), ("仁怀市", 2026), ("玛纳斯县", 2025)])
def test_the_level_aboves_report_quoted_pledges_nothing(sentence, gone, place, year):
    if place == "仁怀市" and sentence.startswith("市"):
        sentence = "遵义" + sentence  # (a county-level city's 市 is itself: the city above by its name)
    if sentence.startswith("信阳市") and place != "固始县":
        sentence = sentence.replace("信阳市", "遵义市" if place == "仁怀市" else "昌吉州").replace("全市", "全州" if place == "玛纳斯县" else "全市")
    d = read(_report(place, year, "", sentence + "\n今年新建高标准农田15万亩。"))
    got = pledged(d)
    assert not {p for p in got if p[1] in gone}
    assert ("高标准农田", 15, "万亩") in got


@pytest.mark.parametrize("lead", ["县委经济工作会议提出，", "政府工作报告提出，", "全县", ""])
def test_the_countys_own_report_or_meeting_still_pledges(lead):
    # (look-alikes: the county's own meeting, its report, its own word; unchanged)
    d = read(_report("固始县", 2026, "", f"{lead}今年新建高标准农田15万亩。"))
    assert ("高标准农田", 15, "万亩") in pledged(d)
