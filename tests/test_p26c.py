"""Provincial reports of 2026 from the provinces the rounds p26a and p26b left out, blind (p26c, decision 220): a
work of the pledge vocabulary that holds its own verb (老旧小区改造, 技能培训) with words before it that say which works
are counted, after the acting verb ("新开工城镇老旧小区改造1000个"): those words stay in the object; and an aside after a
target of the year's list that restates last year's target ("地区生产总值增长5.5%左右（上年目标：5.5%左右）") is last
year's target, not its result."""
import pytest

from factkeys import facts, val
from taskdoc import pledges


def _objects(body: str, level: str = "省") -> dict[tuple[float, str], tuple[str, str]]:
    return {(v, u): (a, o) for a, o, v, u in pledges(body, level=level)}


# 1. an acting verb, then the works' kind, then a work of the vocabulary that ends with its verb: the kind is part of
# the object (it had been cut to the vocabulary's word, "老旧小区改造", which no reading of 城镇老旧小区 contains)
@pytest.mark.parametrize("body,action,obj,n,unit", [
    ("全年新开工城镇老旧小区改造1000个。", "新开工", "城镇老旧小区改造", 1000, "个"),
    ("实施城镇老旧小区改造1200个以上，加装电梯2000部。", "实施", "城镇老旧小区改造", 1200, "个"),
    ("推进城镇老旧小区改造800个，惠及居民9万户。", "推进", "城镇老旧小区改造", 800, "个"),
    ("完成城镇老旧小区改造150个。", "完成", "城镇老旧小区改造", 150, "个"),
    ("新开工城市老旧小区改造600个。", "新开工", "城市老旧小区改造", 600, "个"),
    ("今年完成中心城区老旧小区改造60个。", "完成", "中心城区老旧小区改造", 60, "个"),
])
@pytest.mark.parametrize("level", ["省", "市"])
def test_the_works_kind_before_a_vocabulary_work_stays_in_the_object(body, action, obj, n, unit, level):
    got = _objects(body, level)
    assert got.get((n, unit)) == (action, obj), got


@pytest.mark.parametrize("body,action,obj,n,unit", [
    # (look-alikes that must not change: the whole region or a time between the verb and the work, the kind after the
    # verb with the work's own verb first, a work with no kind before it, a work's verb alone, a part by its name: where
    # the works are, decision 179)
    ("完成全市老旧小区改造150个。", "完成", "老旧小区改造", 150, "个"),
    ("完成今年老旧小区改造50个。", "完成", "老旧小区改造", 50, "个"),
    ("新开工改造城镇老旧小区300个。", "新开工改造", "城镇老旧小区", 300, "个"),
    ("完成老旧小区改造85个，城镇新增就业9000人。", "完成", "老旧小区改造", 85, "个"),
    ("开展创业培训3000人次。", "开展", "创业培训", 3000, "人次"),
    ("实施敖勒召其镇老旧小区改造12个。", "实施", "老旧小区改造", 12, "个"),
    ("完成朝阳区老旧小区改造40个。", "完成", "老旧小区改造", 40, "个"),
    ("实现城镇新增就业5万人。", "新增", "城镇新增就业", 5, "万人"),
])
def test_what_is_not_a_kind_of_the_works_is_left_out_as_before(body, action, obj, n, unit):
    got = _objects(body)
    assert got.get((n, unit)) == (action, obj), got


# 2. an aside in brackets after one of the year's targets, its year (上年, 去年, a year) then a set word (目标, 预期,
# 计划) before the figure: last year's target (it had been read as last year's result, filling the result's key)
def _targets_page(province: str, year: int, line: str) -> str:
    return (f"{province}{year}年政府工作报告\n——{year}年1月20日在{province}第十四届人民代表大会第四次会议上\n"
            f"一、{year - 1}年工作回顾\n过去一年，全省城镇新增就业50万人。\n二、{year}年主要预期目标\n"
            f"今年主要预期目标：{line}\n")


@pytest.mark.parametrize("aside", ["（上年目标：{v}左右）", "（上年预期目标{v}左右）", "（去年预期目标：{v}左右）",
                                   "（上年计划{v}左右）", "（{py}年目标：{v}左右）"])
@pytest.mark.parametrize("province,year,v", [("宁夏回族自治区", 2026, "5.5%"), ("湖南省", 2024, "5%"), ("青海省", 2021, "6%")])
def test_an_aside_restating_last_years_target_is_that_target(aside, province, year, v):
    note = aside.format(v=v, py=year - 1)
    fs = facts(_targets_page(province, year, f"地区生产总值增长{v}左右{note}，一般公共预算收入增长3%。"))
    x = float(v[:-1])
    assert val(fs, ("gdp", "target", str(year), "growth")) == (x, "about")
    assert val(fs, ("gdp", "target", str(year - 1), "growth")) == (x, "about")
    assert ("gdp", "actual", str(year - 1), "growth") not in fs, sorted(fs)


@pytest.mark.parametrize("aside", ["（上年增长{r}）", "（上年实际增长{r}）", "（{py}年增长{r}）", "（去年为{r}）"])
@pytest.mark.parametrize("province,year", [("宁夏回族自治区", 2026), ("湖南省", 2024)])
def test_an_aside_giving_last_years_result_stays_a_result(aside, province, year):
    # (look-alikes that must not change: last year's figure with no set word is its result)
    note = aside.format(r="5.6%", py=year - 1)
    fs = facts(_targets_page(province, year, f"地区生产总值增长5.5%左右{note}，一般公共预算收入增长3%。"))
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (5.6, "eq")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5.5, "about")


# 3. last year's target then its result in the aside, the result by a label (完成, 预计完成) after a comma: the result is
# last year's (the label was read only where the past target opened its clause after a mark, not after the bracket)
@pytest.mark.parametrize("aside", ["（{py}年目标{t}左右，完成{r}）", "（去年目标{t}左右，完成{r}）", "（上年目标{t}左右，预计完成{r}）",
                                   "（上年预期目标：{t}左右，完成{r}）"])
@pytest.mark.parametrize("province,year,t,r", [("宁夏回族自治区", 2026, "5.5%", "5.6%"), ("湖南省", 2024, "6%", "4.6%")])
def test_an_asides_result_after_last_years_target_is_last_years_result(aside, province, year, t, r):
    note = aside.format(py=year - 1, t=t, r=r)
    fs = facts(_targets_page(province, year, f"地区生产总值增长{t}左右{note}，一般公共预算收入增长3%。"))
    assert val(fs, ("gdp", "target", str(year), "growth")) == (float(t[:-1]), "about")
    assert val(fs, ("gdp", "target", str(year - 1), "growth")) == (float(t[:-1]), "about")
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (float(r[:-1]), "eq")
