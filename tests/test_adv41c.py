"""The newest rules under attack (adv41c, decision 247): an indicator's name that only qualifies a title the region
holds ("我县作为全国粮食生产先进县，粮食总产量达到31.5亿斤") was read as the country's figure, and the region's
subjectless figures after it went with it; a rank's field after a source's clause led by 根据/依据, 经…核定, 从…看
("根据市统计局数据，全市8个县市区中，我县…位居第2位") gave no rank; a state farm, ranch or 嘎查 set beside what it is by
作为 ("五一牧场作为国营农场，粮食产量达到1.2亿斤") gave its figures to the banner; two targets' bare results after 全年
with no 实际 or 预计 ("…的目标，全年实现8.2%和7.5%") went the first to the last name. Each with look-alikes that must
not change: the country's own figure (全国粮食总产量), a clause of no source (经过…努力，), the county's own word after
the farm's, three targets with two results."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, year: int, review: str, plan: str = "", head: str = "县长") -> str:
    return (f"政府工作报告\n——{year}年1月9日在{place}第十七届人民代表大会第三次会议上\n{place}人民政府{head}　李明\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n\n{review}\n\n二、{year}年工作安排\n\n{year}年主要预期目标是：地区生产总值增长6%左右。\n"
            f"{plan}\n各位代表！让我们团结奋斗！\n")


_COUNTIES = [("临泉县", 2024), ("翁牛特旗", 2022), ("务川仡佬族苗族自治县", 2018), ("巢湖市", 2026)]


# 1. a name qualifying a title the region holds: no figure's name, no country's figure holding the clauses after it
@pytest.mark.parametrize("lead", ["我县作为全国粮食生产先进县，", "本县作为全国粮食生产大县，", "我县获评全国粮食生产先进县，",
                                  "作为全省粮食生产核心区，", "我县被评为全国粮食生产标兵县，"])
@pytest.mark.parametrize("place,year", _COUNTIES)
def test_a_title_the_region_holds_keeps_its_figures_the_regions(lead, place, year):
    fs = keys_of(read(_report(place, year, f"{lead}粮食总产量达到31.5亿斤，增长2.1%。")))
    assert val(fs, ("grain_output", "actual", str(year - 1), "level")) == (31.5, "eq")
    assert val(fs, ("grain_output", "actual", str(year - 1), "growth")) == (2.1, "eq")


@pytest.mark.parametrize("place,year", _COUNTIES[:2])
def test_a_title_before_the_plans_target_and_pledge(place, year):
    # (look-alike: in the plan, the target and the pledge after the title, as before)
    d = read(_report(place, year, "全县粮食总产量达到31.5亿斤。", "作为全国粮食生产先进县，今年粮食总产量稳定在31亿斤以上，新建高标准农田10万亩。"))
    fs = keys_of(d)
    assert val(fs, ("grain_output", "target", str(year), "level")) == (31, "at_least")
    assert ("高标准农田", 10, "万亩") in pledged(d)


@pytest.mark.parametrize("sentence", ["全国粮食总产量增长1.3%，粮食总产量达到31.5亿斤。", "全国粮食生产再获丰收，全国粮食总产量增长1.3%。"])
@pytest.mark.parametrize("place,year", _COUNTIES[:2])
def test_the_countrys_own_figure_stays_the_countrys(sentence, place, year):
    # (look-alikes: 全国 before a name with its figure is the country's; no county figure of 1.3%)
    fs = keys_of(read(_report(place, year, sentence)))
    assert ("grain_output", "actual", str(year - 1), "growth") not in fs


# 2. a rank's field after a source's clause of any of its words
@pytest.mark.parametrize("source", ["根据市统计局数据，", "依据市统计局监测数据，", "经市统计局核定，", "从市统计局反馈的数据看，",
                                    "根据市统计局公布的数据，"])
@pytest.mark.parametrize("place,year", _COUNTIES)
def test_a_rank_after_a_source_clause_has_its_field(source, place, year):
    fs = keys_of(read(_report(place, year, f"{source}全市8个县市区中，我县地区生产总值增速位居第2位。")))
    assert val(fs, ("gdp", "actual", str(year - 1), "rank")) == (2, "eq")


@pytest.mark.parametrize("lead", ["经过全县上下共同努力，", "根据工作安排，", "据悉，"])
def test_a_rank_with_no_field_stays_none(lead):
    # (look-alikes: a clause of no source and no field before the rank, as before)
    fs = keys_of(read(_report("临泉县", 2024, f"{lead}我县地区生产总值增速位居第2位。")))
    assert ("gdp", "actual", "2023", "rank") not in fs


# 3. a farm, ranch or 嘎查 set beside what it is by 作为: its figures are its own
@pytest.mark.parametrize("place_as,name", [("五一牧场作为国营农场，", "五一牧场"), ("红光农场作为全旗最大的国有农场，", "红光农场"),
                                           ("巴嘎塔拉嘎查作为全旗示范嘎查，", "巴嘎塔拉嘎查"), ("白音敖包林场作为国有林场，", "白音敖包林场")])
@pytest.mark.parametrize("place,year", [("翁牛特旗", 2022), ("阿荣旗", 2025), ("玛纳斯县", 2024)])
def test_a_farm_set_beside_what_it_is_keeps_its_figures(place_as, name, place, year):
    fs = keys_of(read(_report(place, year, f"{place_as}粮食产量达到1.2亿斤，增长5%。全旗粮食总产量达到26.7亿斤。")))
    assert val(fs, ("grain_output", "actual", str(year - 1), "level")) == (26.7, "eq")
    assert ("grain_output", "actual", str(year - 1), "growth") not in fs
    assert any(k[0].startswith("other:" + name) for k in fs)


@pytest.mark.parametrize("sentence", ["我旗作为全国产粮大旗，粮食总产量达到26.7亿斤。", "作为国营农场集中的旗，我旗粮食总产量达到26.7亿斤。"])
def test_the_banners_own_after_zuowei_stays(sentence):
    # (look-alikes: the banner's own word, or no place, before 作为: unchanged)
    fs = keys_of(read(_report("翁牛特旗", 2022, sentence)))
    assert val(fs, ("grain_output", "actual", "2021", "level")) == (26.7, "eq")


# 4. two targets' bare results after 全年, no 实际 or 预计: one each, in order
@pytest.mark.parametrize("verb", ["全年实现", "全年完成", "全年完成增长", "全年达到"])
@pytest.mark.parametrize("place,year", [("乐山市", 2019), ("临泉县", 2024), ("吉林省", 2017)])
def test_two_targets_results_after_quannian_pair_in_order(verb, place, year):
    fs = keys_of(read(_report(place, year, f"年初确定的地区生产总值增长8%、一般公共预算收入增长7%的目标，{verb}8.2%和7.5%。")))
    y = str(year - 1)
    assert val(fs, ("gdp", "actual", y, "growth")) == (8.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", y, "growth")) == (7.5, "eq")
    assert val(fs, ("gdp", "target", y, "growth")) == (8, "eq")


@pytest.mark.parametrize("verb", ["全年实现", "全年完成"])
@pytest.mark.parametrize("place,year", [("乐山市", 2019), ("临泉县", 2024)])
def test_two_results_after_three_targets_give_no_one_a_result(verb, place, year):
    # (the last name took the first result before; two results cannot be paired with three names)
    fs = keys_of(read(_report(place, year, "年初确定的地区生产总值增长8%、规模以上工业增加值增长8.5%、一般公共预算收入增长7%的目标，"
                                           f"{verb}8.2%和7.5%。")))
    y = str(year - 1)
    assert ("gdp", "actual", y, "growth") not in fs
    assert ("general_budget_revenue", "actual", y, "growth") not in fs
    assert ("industrial_va", "actual", y, "growth") not in fs


def test_anothers_amounts_after_quannian_give_no_result():
    # (look-alike: another's amounts after 全年, as before)
    fs = keys_of(read(_report("乐山市", 2019, "年初确定的地区生产总值增长8%、一般公共预算收入增长7%的目标，全年完成重点项目投资310亿元和120亿元。")))
    assert ("gdp", "actual", "2018", "growth") not in fs
    assert ("general_budget_revenue", "actual", "2018", "growth") not in fs
