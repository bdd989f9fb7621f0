"""Whole reports of kinds the kept sets had few of (lng48, decision 365): a 甘南 county's 2016 report writes its
countryside 农牧村 (“农牧村居民人均可支配收入”, as 甘南's and 天祝's reports do), which no alias, pair or table row knew:
the rural income became the whole population's (disposable_income) or was lost. The word now stands beside 农村牧区/
农牧区 wherever those are read: indicators.tsv (the rural income's names), compounds.tsv (the pairs and the short name
after the whole), cues.tsv (table_rural_part, people_kinds, countryside_halves). Each with look-alikes that must not
change."""
import pytest

from factkeys import facts, key_values, pledged, read, val


def _report(review: str, targets: str, tasks: str = "新建农牧村卫生室6个。", region: str = "碌曲县",
            year: int = 2017) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月11日在{region}第十七届人民代表大会第二次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n{year - 1}年，全县地区生产总值完成15.2亿元，增长7.1%。{review}\n\n"
            f"二、{year}年主要目标\n今年经济社会发展的主要预期目标是：地区生产总值增长7%。{targets}\n\n"
            f"三、重点工作\n（一）推进精准脱贫。{tasks}\n\n各位代表，让我们团结一心、奋力拼搏！\n")


# 1. 农牧村 income named alone: the rural income (not the whole population's)
@pytest.mark.parametrize("name", ["农牧村居民人均可支配收入", "农牧村常住居民人均可支配收入", "农牧村居民收入"])
def test_pastoral_village_income_alone_is_rural(name):
    # a review's level and growth, and the year's target, under each spelling
    kv = key_values(read(_report(f"{name}8230元，增长9.7%。", f"{name}增长10%。")))
    if name != "农牧村居民收入":
        assert kv.get(("rural_disposable_income", "actual", "2016", "level")) == (8230, "eq")
    assert kv.get(("rural_disposable_income", "actual", "2016", "growth")) == (9.7, "eq")
    assert kv.get(("rural_disposable_income", "target", "2017", "growth")) == (10, "eq")
    assert not any(k[0] == "disposable_income" for k in kv)


# 2. 农牧村 in a pair with the towns, either order, and the short name after the whole
@pytest.mark.parametrize("sentence,urban,rural", [
    ("城镇居民和农牧村居民人均可支配收入分别增长7.6%和9.4%。", 7.6, 9.4),
    ("城镇和农牧村居民人均可支配收入分别增长7.2%、9.1%。", 7.2, 9.1),
    ("农牧村和城镇居民人均可支配收入分别增长9.3%、7.4%。", 7.4, 9.3),
    ("居民人均可支配收入增长8.2%，其中城镇增长7.5%、农牧村增长9.6%。", 7.5, 9.6),
])
def test_pastoral_village_in_a_pair_is_rural(sentence, urban, rural):
    kv = key_values(read(_report(sentence, "")))
    assert kv.get(("urban_disposable_income", "actual", "2016", "growth")) == (urban, "eq")
    assert kv.get(("rural_disposable_income", "actual", "2016", "growth")) == (rural, "eq")


def test_pastoral_village_table_sub_row_is_rural():
    # a plan table's sub-row naming only the people (其中：城镇居民 / 农牧村居民) under the income's row
    table = ("指标名称\t单位\t2016年完成\t2017年目标\n居民人均可支配收入\t元\t14200\t—\n其中：城镇居民\t元\t23900\t增长8%\n"
             "农牧村居民\t元\t7150\t增长10%\n")
    fs = facts("碌曲县2016年国民经济和社会发展计划执行情况与2017年计划草案的报告\n二、2017年主要目标\n" + table,
               region="碌曲县", report_year=2017)
    assert val(fs, ("rural_disposable_income", "actual", "2016", "level")) == (7150, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2017", "growth")) == (10, "eq")


# 3. the pledges' side: 农牧村 as a half of a paired list, and whose poor a bare count counts
def test_pastoral_village_half_of_a_paired_list():
    # "城市、农牧村低保标准分别提高…": each half's own standard, as with 农村牧区
    got = pledged(read(_report("", "", "城市、农牧村低保标准分别提高5%和8%。")))
    assert ("城市低保标准", 5, "%") in got and ("农牧村低保标准", 8, "%") in got


def test_pastoral_village_poor_counted_bare():
    # "实现1.2万农牧村贫困人口脱贫": a bare count of the countryside's poor, as 农村牧区贫困人口 is
    got = pledged(read(_report("", "", "全年实现1.2万农牧村贫困人口稳定脱贫。")))
    assert ("农牧村贫困人口", 1.2, "万人") in got


# look-alikes that must not change
@pytest.mark.parametrize("sentence", [
    "农牧村公路通畅率达到92%。",          # a road's share in the countryside: no income
    "农牧业增加值增长5.8%。",              # 农牧 before 业: the farming's value added, no income
    "农牧村人均住房面积达到32平方米。",    # a housing figure per head: no income
])
def test_pastoral_village_other_figures_no_income(sentence):
    kv = key_values(read(_report(sentence, "")))
    assert not any(k[0] in ("rural_disposable_income", "disposable_income") for k in kv)


def test_pastoral_village_clinic_still_a_pledge():
    # the task's 农牧村卫生室 stays a pledge of its own, no income read from it
    d = read(_report("", "", "新建农牧村卫生室6个，改造农牧村危旧房1500户。"))
    assert ("农牧村卫生室", 6, "个") in pledged(d)
    assert ("农牧村危旧房", 1500, "户") in pledged(d)


def test_whole_population_income_stays_whole():
    # the whole population's income (居民人均可支配收入, no people named) stays disposable_income
    kv = key_values(read(_report("全县居民人均可支配收入12800元，增长8.9%。", "")))
    assert kv.get(("disposable_income", "actual", "2016", "level")) == (12800, "eq")
    assert not any(k[0] == "rural_disposable_income" for k in kv)


# 4. the workers moved out of the 农牧村 (and a verb-first 输转 of the countryside's surplus workers)
@pytest.mark.parametrize("review,value,unit", [
    ("全年输转农牧村富余劳动力1.3万人次。", 1.3, "万人次"),
    ("全年输转农村富余劳动力1.1万人次。", 1.1, "万人次"),
])
def test_workers_moved_out_counted(review, value, unit):
    d = read(_report(review, ""))
    f = {(x.indicator, x.role, x.period): x for x in d.facts}.get(("rural_labor_transfer", "actual", "2016"))
    assert f is not None and (f.value, f.unit) == (value, unit)


def test_workers_moved_out_of_the_pastoral_villages_as_a_task():
    # the year's task: the target and the pledge, as for 农牧区
    d = read(_report("", "", "全年转移农牧村劳动力1.5万人。"))
    assert key_values(d).get(("rural_labor_transfer", "target", "2017", "level")) == (1.5, "eq")
    assert ("农牧村劳动力", 1.5, "万人") in pledged(d)


def test_workers_trained_are_no_transfer():
    # look-alike: the pastoral villages' workers trained (培训) are no workers moved out
    d = read(_report("全年培训农牧村劳动力3200人。", ""))
    assert not any(k[0] == "rural_labor_transfer" for k in key_values(d))
