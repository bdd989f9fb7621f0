"""Qualitative targets and goals, blind (qlt40, decision 227): the two intensities with 强度 written once after the
second (能耗和碳排放强度, a bare 能耗 sharing it), and a goal or target set as a marked rise in words (显著提升,
明显提高, 大幅提升…) for a share or a flow; near-misses (a review's result, a task's verb, the totals' 双控) must not
change."""
import pytest

from factkeys import facts, val

_HEAD = "政府工作报告\n——{y}年1月{d}日在{r}第十五届人民代表大会第三次会议上\n\n"


def _read(body, region="某某市", level="prefecture", year=2024):
    return facts(_HEAD.format(y=year, d=12, r=region) + body + "\n", region=region, level=level, report_year=year)


# 1. “能耗和碳排放强度…”: 强度 is written once, after the second name; the bare 能耗 shares it, as the 单位…生产总值
# before the pair already is shared (compounds.tsv). Both intensities take the item, in words or with a figure.
@pytest.mark.parametrize("pair", ["能耗和碳排放强度", "能耗、碳排放强度", "能耗与二氧化碳排放强度",
                                  "能源消耗和碳排放强度", "能耗及碳排放强度"])
@pytest.mark.parametrize("rest", ["完成省下达目标任务", "下降完成国家下达任务", "持续下降", "完成自治区下达的年度目标"])
@pytest.mark.parametrize("year,region,level", [(2026, "株洲市", "prefecture"), (2023, "仁寿县", "county"),
                                               (2022, "宁夏回族自治区", "province")])
def test_a_bare_energy_name_shares_the_carbon_intensity_tail(pair, rest, year, region, level):
    fs = _read(f"今年主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，{pair}{rest}。",
               region, level, year)
    for ind in ("energy_intensity", "carbon_intensity"):
        assert val(fs, (ind, "target", str(year), "growth")) == (None, "qualitative")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5.5, "about")


@pytest.mark.parametrize("pair", ["能耗和碳排放强度", "能耗、碳排放强度"])
def test_the_shared_tail_with_figures(pair):
    fs = _read(f"今年主要预期目标是：地区生产总值增长6%左右；{pair}分别下降3%、3.5%。")
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (-3, "eq")
    assert val(fs, ("carbon_intensity", "target", "2024", "growth")) == (-3.5, "eq")
    fs = _read(f"今年主要预期目标是：地区生产总值增长6%左右；{pair}下降3%左右。")
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (-3, "about")
    assert val(fs, ("carbon_intensity", "target", "2024", "growth")) == (-3, "about")


@pytest.mark.parametrize("item,ind", [
    # (near-misses that must not change: the totals and their intensity, both intensities named in full, 双控)
    ("能耗总量和强度完成省下达任务", "energy_intensity"),
    ("能耗强度和碳排放强度完成省下达任务", "energy_intensity"),
    ("单位地区生产总值能耗和二氧化碳排放完成国家下达目标", "energy_intensity"),
    ("能耗双控完成国家下达任务", "energy_intensity"),
])
def test_named_in_full_or_as_totals_unchanged(item, ind):
    fs = _read(f"今年主要预期目标是：地区生产总值增长6%左右；{item}。")
    assert val(fs, (ind, "target", "2024", "growth")) == (None, "qualitative")
    if "总量" in item or "双控" in item:
        assert ("carbon_intensity", "target", "2024", "growth") not in fs


# 2. a marked rise in words (显著提升, 明显提高, 大幅提升…) set as a goal or a year's target: the indicator's
# qualitative target, with the measure its numeric one takes (a share for a ratio, growth for a flow)
@pytest.mark.parametrize("word", ["显著提升", "显著提高", "明显提升", "明显提高", "大幅提升", "大幅提高"])
@pytest.mark.parametrize("lead,role,period", [
    ("“十五五”时期主要目标：到2030年，地区生产总值年均增长5%左右，", "goal", "2030"),
    ("今年主要预期目标是：地区生产总值增长6%左右；", "target", "2024"),
])
@pytest.mark.parametrize("name,ind,measure", [
    ("研发经费投入强度", "rnd_intensity", "share"),
    ("全员劳动生产率", "labor_productivity", "growth"),
])
def test_a_marked_rise_in_words_is_a_qualitative_target(word, lead, role, period, name, ind, measure):
    fs = _read(f"{lead}{name}{word}，森林覆盖率稳中有升。")
    assert val(fs, (ind, role, period, measure)) == (None, "qualitative")


@pytest.mark.parametrize("body", [
    # (near-misses: a review's results in the same words, a task's verb, a principle)
    "过去五年，全市研发经费投入强度显著提升，全员劳动生产率明显提高，城镇化率大幅提升。",
    "过去一年，全市地区生产总值增长5.2%，研发经费投入强度显著提高。今年，我们将坚持稳中求进工作总基调。",
])
def test_a_review_in_the_same_words_gives_no_target(body):
    fs = _read(body)
    assert not [k for k in fs if k[1] in ("target", "goal")]
    assert not [k for k, f in fs.items() if f.qualifier == "qualitative" and k[1] == "actual"
                and k[0] in ("rnd_intensity", "labor_productivity", "urbanization_rate")]


# 3. a steady fall or rise in words (稳中有降, 稳步增加), as 稳中有升 and 持续增加 already were: a fall of a stock
# (PM2.5's level) is its change, so growth; a count's rise stays its level
@pytest.mark.parametrize("lead,role,period", [
    ("今年主要预期目标是：地区生产总值增长6%左右；", "target", "2025"),
    ("“十五五”时期主要目标：到2030年，地区生产总值年均增长5%左右，", "goal", "2030"),
])
@pytest.mark.parametrize("item,ind,measure", [
    ("PM2.5平均浓度稳中有降", "pm25", "growth"),
    ("细颗粒物年均浓度稳中有降", "pm25", "growth"),
    ("单位地区生产总值能耗稳中有降", "energy_intensity", "growth"),
    ("高新技术企业数量稳步增加", "high_tech_enterprises", "level"),
])
def test_a_steady_fall_or_rise_in_words(lead, role, period, item, ind, measure):
    fs = _read(f"{lead}{item}；居民消费价格涨幅2%左右。", region="某某县", level="county", year=2025)
    assert val(fs, (ind, role, period, measure)) == (None, "qualitative")
    assert (ind, role, period, "level" if measure == "growth" else "growth") not in fs


def test_a_steady_fall_in_a_review_gives_no_target():
    fs = _read("过去一年，全市PM2.5平均浓度稳中有降，高新技术企业数量稳步增加，地区生产总值增长5.1%。")
    assert not [k for k in fs if k[1] in ("target", "goal")]


# 4. trade and foreign capital named as one item (外贸外资, 外贸、外资, 外贸和外资) held to any of the list's steadiness
# words: 稳量提质, 保稳提质, 稳规模优结构, 回稳向好, 稳中有增 join 稳中提质 and 促稳提质 (compounds.tsv)
@pytest.mark.parametrize("pair", ["外贸外资", "外贸、外资", "外贸和外资"])
@pytest.mark.parametrize("words", ["稳量提质", "保稳提质", "稳规模优结构", "稳规模、优结构", "回稳向好", "稳中有增"])
def test_trade_and_foreign_capital_held_steady_in_words(pair, words):
    fs = _read(f"今年主要预期目标是：地区生产总值增长6%左右；{pair}{words}；城镇调查失业率5.5%左右。", year=2023)
    for ind in ("foreign_trade", "fdi"):
        assert val(fs, (ind, "target", "2023", "growth")) == (None, "qualitative")
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "about")


@pytest.mark.parametrize("body", [
    # (near-misses: a task's verb before the pair, a review's result)
    "今年要推动外贸外资稳量提质，扩大高水平开放。",
    "过去一年，外贸外资稳中有增，地区生产总值增长5%。",
])
def test_trade_and_foreign_capital_in_a_task_or_review_unchanged(body):
    fs = _read(body, year=2023)
    assert not [k for k in fs if k[0] in ("foreign_trade", "fdi")]
