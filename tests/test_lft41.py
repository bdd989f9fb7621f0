"""What decisions 210-234 left, blind (lft41, decision 241): a year's result estimated with a modal and the verb of its
being done after the target ("…的目标，预计全年可完成增长8.6%左右"), lost; two targets' results after a bare 实际完成 (or
预计全年分别可完成增长) with no 分别 before them ("…增长6.5%左右、…增长8%的目标，实际完成6.1%和9.2%"), the first given to the
last name; a rank held (保持全国第一, 稳居) in the paragraph after a five-year opener set as its own paragraph, dated by the
year; "确保实现单位地区生产总值能耗下降目标" in a target list, lost. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _report(place: str, year: int, body: str) -> str:
    return f"{place}政府工作报告\n——{year}年1月10日在{place}第十七届人民代表大会第二次会议上\n\n各位代表：\n\n{body}"


def _review(year: int, sentence: str) -> str:
    return f"一、{year - 1}年工作回顾\n{year - 1}年，{sentence}\n\n二、{year}年工作安排\n今年主要预期目标是：城镇新增就业5000人。\n"


# 1. the year's result estimated with a modal (可, 可以, 能够) and the verb of its being done before the change
@pytest.mark.parametrize("verb", ["预计全年可完成增长", "预计可实现增长", "预计全年完成增长", "预计全年可以实现增长", "预计能够实现增长",
                                  "全年可完成增长"])
@pytest.mark.parametrize("place,year,name,iid", [("广汉市", 2018, "地区生产总值", "gdp"), ("恩施州", 2019, "规模以上工业增加值", "industrial_va"),
                                                 ("邵东市", 2021, "固定资产投资", "fixed_asset_investment")])
def test_an_estimate_with_a_modal_after_the_target_is_the_years_result(verb, place, year, name, iid):
    d = read(_report(place, year, _review(year, f"年初确定的{name}增长8.5%的目标，{verb}8.6%左右。")))
    fs = keys_of(d)
    last = str(year - 1)
    assert val(fs, (iid, "actual", last, "growth")) == (8.6, "about")
    assert val(fs, (iid, "target", last, "growth")) == (8.5, "eq")


@pytest.mark.parametrize("verb", ["预计全年可完成", "预计可实现"])
def test_an_estimated_amount_after_the_budget_is_the_years_result(verb):
    d = read(_report("某某县", 2022, _review(2022, f"一般公共预算收入年初预算15亿元，{verb}15.6亿元。")))
    fs = keys_of(d)
    assert val(fs, ("general_budget_revenue", "actual", "2021", "level")) == (15.6, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2021", "level")) == (15, "eq")


@pytest.mark.parametrize("after", ["全年可完成重点项目投资300亿元", "预计可实现利润总额52亿元", "预计全年可完成，增长8.1%"])
def test_another_figure_after_the_modal_is_no_result(after):
    # (look-alikes: the figure after the verb is another's, or a comma stands between: no result, as before)
    d = read(_report("某某县", 2022, _review(2022, f"年初确定的一般公共预算收入增长8%的目标，{after}。")))
    fs = keys_of(d)
    assert ("general_budget_revenue", "actual", "2021", "growth") not in fs
    assert val(fs, ("general_budget_revenue", "target", "2021", "growth")) == (8, "eq")


# 2. as many results as targets right after the targets named, no 分别 before them (or 分别 after 预计全年)
@pytest.mark.parametrize("results", ["实际完成6.1%和9.2%", "实际增长6.1%、9.2%", "预计全年可完成6.1%和9.2%", "预计全年分别可完成增长6.1%和9.2%",
                                     "预计完成6.1%和9.2%"])
@pytest.mark.parametrize("place,year", [("吉林省", 2019), ("江夏区", 2022), ("荆门市", 2024)])
def test_bare_results_after_two_targets_go_one_each(results, place, year):
    d = read(_report(place, year, _review(
        year, f"年初确定的地区生产总值增长6.5%左右、规模以上工业增加值增长8%的目标，{results}。")))
    fs = keys_of(d)
    last = str(year - 1)
    assert val(fs, ("gdp", "actual", last, "growth")) == (6.1, "eq")
    assert val(fs, ("industrial_va", "actual", last, "growth")) == (9.2, "eq")
    assert val(fs, ("gdp", "target", last, "growth")) == (6.5, "about")
    assert val(fs, ("industrial_va", "target", last, "growth")) == (8, "eq")


def test_three_bare_results_after_three_targets():
    d = read(_report("某某市", 2022, _review(2022, "年初确定的地区生产总值增长6%、一般公共预算收入增长5%、固定资产投资增长10%的目标，"
                                                 "实际完成6.3%、5.4%和11.2%。")))
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "growth")) == (5.4, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2021", "growth")) == (11.2, "eq")


def test_a_pairs_bare_results_after_its_targets():
    d = read(_report("某某市", 2022, _review(2022, "年初确定的城乡居民人均可支配收入分别增长7%、8%的目标，实际完成6.5%和7.9%。")))
    fs = keys_of(d)
    assert val(fs, ("urban_disposable_income", "actual", "2021", "growth")) == (6.5, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021", "growth")) == (7.9, "eq")


def test_fewer_results_than_targets_give_no_one_a_wrong_result():
    # (look-alike: two results for three targets cannot be paired; none goes to the last name, as the one result did before)
    d = read(_report("某某市", 2022, _review(2022, "年初确定的地区生产总值增长6%、一般公共预算收入增长5%、固定资产投资增长10%的目标，"
                                                 "实际完成6.3%和5.4%。")))
    fs = keys_of(d)
    assert ("fixed_asset_investment", "actual", "2021", "growth") not in fs
    assert val(fs, ("fixed_asset_investment", "target", "2021", "growth")) == (10, "eq")


def test_one_result_after_two_targets_is_unchanged():
    # (look-alike: one bare result after two targets still goes to the name right before, as before)
    d = read(_report("某某市", 2022, _review(2022, "年初确定的地区生产总值增长6.5%左右、规模以上工业增加值增长8%的目标，实际完成6.1%。")))
    fs = keys_of(d)
    assert ("gdp", "actual", "2021", "growth") not in fs
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (6.1, "eq")


# 3. a rank held, in the paragraph after a five-year opener set as its own paragraph, in a part titled with the year first
_MIXED = ("一、{y}年和“十四五”时期工作回顾\n{y}年是“十四五”规划收官之年。\n\n预计全年地区生产总值增长5.3%左右，一般公共预算收入增长4.1%。\n\n"
          "{opener}\n\n全市地区生产总值年均增长5.2%；{rank}；研发经费投入强度保持在6%左右；五年累计城镇新增就业130万人。\n\n"
          "二、{n}年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n")


@pytest.mark.parametrize("opener", ["过去五年，是首都发展历程中极不平凡的五年。", "五年来，我们坚持稳中求进工作总基调，攻坚克难、砥砺前行。",
                                    "“十四五”时期，是极不寻常、极不平凡的五年。"])
@pytest.mark.parametrize("rank,iid,place", [("全员劳动生产率保持全国第一", "labor_productivity", "北京市"),
                                            ("经济总量稳居全省第2位", "gdp", "绵阳市"),
                                            ("粮食产量稳居全国第3位", "grain_output", "某某省")])
def test_a_rank_held_after_an_opener_of_its_own_is_the_spans(opener, rank, iid, place):
    d = read(_report(place, 2026, _MIXED.format(y=2025, n=2026, opener=opener, rank=rank)))
    fs = keys_of(d)
    assert (iid, "actual", "2021-2025", "rank") in fs
    assert (iid, "actual", "2025", "rank") not in fs
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.2, "eq")


@pytest.mark.parametrize("lead", ["一年来，全市", "2025年，全市", "去年，全市"])
def test_a_rank_in_a_paragraph_on_the_year_after_the_five_years_is_the_years(lead):
    # (look-alike: a paragraph opening on the one year after the five years' keeps the year)
    body = ("一、2025年和“十四五”时期工作回顾\n过去五年，是极不平凡的五年。\n\n全市地区生产总值年均增长5.2%；全员劳动生产率保持全国第一。\n\n"
            f"{lead}地区生产总值增长5.4%，总量稳居全国第2位。\n\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n")
    fs = keys_of(read(_report("北京市", 2026, body)))
    assert ("gdp", "actual", "2025", "rank") in fs
    assert ("labor_productivity", "actual", "2021-2025", "rank") in fs


# 4. a bare 实现 before an intensity's name with its target right after, in the year's target list
@pytest.mark.parametrize("words,iid", [("确保实现单位地区生产总值能耗下降目标", "energy_intensity"), ("实现单位生产总值能耗降低目标任务", "energy_intensity"),
                                       ("确保实现单位地区生产总值二氧化碳排放下降目标", "carbon_intensity")])
@pytest.mark.parametrize("place,year", [("河北省", 2018), ("曲靖市", 2024), ("平度市", 2026)])
def test_an_intensitys_target_to_be_reached_is_a_qualitative_target(words, iid, place, year):
    body = (f"一、{year - 1}年工作回顾\n{year - 1}年，全市地区生产总值增长6.1%。\n\n二、{year}年工作安排\n"
            f"今年主要预期目标是：地区生产总值增长6%左右，{words}，城镇新增就业5000人。\n")
    fs = keys_of(read(_report(place, year, body)))
    f = fs[(iid, "target", str(year), "growth")]
    assert f.value is None and f.qualifier == "qualitative"


@pytest.mark.parametrize("words", ["实现地区生产总值1000亿元", "实现规模以上工业增加值增长8%"])
def test_a_bare_realise_before_a_figure_keeps_the_figure(words):
    # (look-alike: 实现 before a name with its figure is the figure's verb, no qualitative target)
    body = ("一、2023年工作回顾\n2023年，全市地区生产总值增长6.1%。\n\n二、2024年工作安排\n"
            f"今年主要预期目标是：{words}，城镇新增就业5000人。\n")
    fs = keys_of(read(_report("某某市", 2024, body)))
    assert all(f.qualifier != "qualitative" for f in fs.values())


# 5. a span named inside a clause of a theme paragraph, bound to that clause's figure or to the plan's target met, in a
# part titled with the year first: the theme paragraphs after it are the year's (decision 231's leftover)
_THEMES = ("一、{y}年和“十四五”时期工作回顾\n{y}年是“十四五”规划收官之年。全区地区生产总值增长5.6%，一般公共预算收入增长3.2%。\n\n"
           "　　生态环境持续改善。全区空气质量优良天数比例达到85%，{bound}。\n\n"
           "　　民生福祉不断增进。全区一般公共预算支出的76%用于民生，城镇新增就业8.2万人。\n\n"
           "二、{n}年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n")


@pytest.mark.parametrize("bound", ["单位地区生产总值能耗五年累计下降13.5%，完成国家下达的“十四五”目标任务",
                                   "单位地区生产总值能耗五年累计下降13.5%", "城镇新增就业五年累计42万人",
                                   "森林覆盖率“十四五”时期提高1.2个百分点，全面完成国家下达的“十四五”目标任务"])
@pytest.mark.parametrize("place", ["宁夏回族自治区", "某某市"])
def test_a_span_bound_to_its_clause_frames_no_paragraph_after(bound, place):
    fs = keys_of(read(_report(place, 2026, _THEMES.format(y=2025, n=2026, bound=bound))))
    assert val(fs, ("livelihood_expenditure", "actual", "2025", "share")) == (76, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (8.2, "eq")


@pytest.mark.parametrize("opener", ["过去五年，是极不平凡的五年。", "“十四五”时期，全区上下攻坚克难。", "五年来，我们砥砺前行。"])
def test_a_span_opening_its_paragraph_still_frames_the_paragraphs_after(opener):
    # (look-alike: a span opening its own paragraph, then a theme paragraph with a span bound inside: the paragraphs
    # after are the five years', as before)
    body = ("一、2025年和“十四五”时期工作回顾\n" + opener + "\n\n经济实力跃升。全区地区生产总值五年年均增长5.8%，单位地区生产总值能耗"
            "五年累计下降13.5%。\n\n民生福祉增进。城镇新增就业累计42万人，全区一般公共预算支出的76%用于民生。\n\n"
            "二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n")
    fs = keys_of(read(_report("宁夏回族自治区", 2026, body)))
    assert ("livelihood_expenditure", "actual", "2021-2025", "share") in fs
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (42, "eq")
