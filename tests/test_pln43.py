"""Whole provincial and prefecture plan reports of 2017–2021, blind (pln43, decision 289): a plan report's review that
states a run of results (城镇 and 农村 incomes, or several indicators) and labels last year's plans after them in a
clause of their own past a ； or a 。 ("…增长3.6%；…增长7.9%；年度计划分别增长7%和9%。") lost the plans: only a comma
before the label was read. So did one plan for both after 均 ("；年度目标均为增长8%。"), and one name's plan after a ；
("规模以上工业增加值增长4.2%；年度计划增长8%"). A plan report's item that labels its plan with a colon
("1.地区生产总值。年度计划：增长8%左右；执行结果：增长6.4%。") lost both figures, or read the plan as a result. Each with
look-alikes that must not change."""
import pytest

from factkeys import keys_of, read


def _plan(city: str, body: str, year: int = 2020) -> str:
    return (f"关于{city}{year}年国民经济和社会发展计划执行情况与{year + 1}年国民经济和社会发展计划草案的报告\n\n"
            f"一、{year}年国民经济和社会发展计划执行情况\n\n{body}\n\n"
            f"二、{year + 1}年经济社会发展的主要目标\n\n地区生产总值增长7%左右。\n")


_PAIR = {
    "城乡": ("城镇居民人均可支配收入38210元，增长4.1%{sep}农村居民人均可支配收入14320元，增长8.2%",
             ("urban_disposable_income", "rural_disposable_income")),
    "常住": ("城镇常住居民人均可支配收入预计达到48018元，增长3.6%{sep}农村常住居民人均可支配收入预计达到17719元，增长7.9%",
             ("urban_disposable_income", "rural_disposable_income")),
    "三项": ("规模以上工业增加值增长4.2%{sep}固定资产投资增长6.1%{sep}社会消费品零售总额下降3.5%",
             ("industrial_va", "fixed_asset_investment", "retail_sales")),
}


# 1. the plans of a run of results, labelled past a ； or a 。, one each in order
@pytest.mark.parametrize("city,year", [("宜宾市", 2020), ("曲靖市", 2019), ("江西省", 2017)])
@pytest.mark.parametrize("run", sorted(_PAIR))
@pytest.mark.parametrize("stop", ["；", "。"])
@pytest.mark.parametrize("label", ["年度计划分别增长", "年初预期分别为增长", "年度目标分别为", "全年计划分别为增长"])
def test_plans_labelled_after_a_run_of_results(city, year, run, stop, label):
    body, ids = _PAIR[run]
    plans = ["8", "10", "9"][:len(ids)]
    listed = "、".join(p + "%" for p in plans[:-1]) + "和" + plans[-1] + "%"
    fs = keys_of(read(_plan(city, body.format(sep="；") + stop + label + listed + "。城镇新增就业6.1万人。", year)))
    for ind, p in zip(ids, plans):
        t = fs.get((ind, "target", str(year), "growth"))
        assert t is not None and t.value == float(p) and t.qualifier == "eq", (ind, t)
        assert fs[(ind, "actual", str(year), "growth")].value != float(p)


# 2. one plan for both after 均, past a ；, a 。 or a comma: each name's
@pytest.mark.parametrize("sep", ["；", "，"])
@pytest.mark.parametrize("stop", ["；", "。", "，"])
@pytest.mark.parametrize("label,q", [("年度目标均为增长8%", "eq"), ("年度计划均增长8%", "eq"), ("年初预期均为增长8%左右", "about")])
def test_one_plan_for_both_after_a_run(sep, stop, label, q):
    if sep == "，" and stop == "。":
        pytest.skip("a comma between the names with a stop before the plan: the same as the first")
    body = f"城镇居民人均可支配收入增长4.1%{sep}农村居民人均可支配收入增长8.2%{stop}{label}。"
    fs = keys_of(read(_plan("宜宾市", body)))
    for ind in ("urban_disposable_income", "rural_disposable_income"):
        t = fs.get((ind, "target", "2020", "growth"))
        assert t is not None and t.value == 8 and t.qualifier == q, (ind, t)


# 3. one name's plan past a ；
@pytest.mark.parametrize("name,ind,res,plan,meas,qual", [
    ("规模以上工业增加值增长4.2%", "industrial_va", 4.2, "年度计划增长8%", "growth", "eq"),
    ("地区生产总值增长2.3%", "gdp", 2.3, "年初预期增长7%", "growth", "eq"),
    ("城镇登记失业率3.29%", "registered_unemployment_rate", 3.29, "年度目标为4.5%以内", "share", "at_most"),
])
def test_one_names_plan_after_a_semicolon(name, ind, res, plan, meas, qual):
    fs = keys_of(read(_plan("玉溪市", f"{name}；{plan}。固定资产投资增长6.1%。")))
    assert fs[(ind, "actual", "2020", meas)].value == res
    t = fs.get((ind, "target", "2020", meas))
    assert t is not None and t.qualifier == qual, t


# look-alikes that must not change
@pytest.mark.parametrize("body,absent", [
    # (a plan's count of projects after a ；: no figure of the name before)
    ("固定资产投资增长6.1%；年度计划新开工项目120个。", ("fixed_asset_investment", "target", "2020", "growth")),
    # (another name's plan after the ；, its own name between: that name's, not the one before)
    ("规模以上工业增加值增长4.2%；年度计划固定资产投资增长10%，实际增长6.1%。", ("industrial_va", "target", "2020", "growth")),
    # (this year's figure after a 。 stays this year's, no plan of last year)
    ("城镇居民人均可支配收入增长4.1%，农村居民人均可支配收入增长8.2%。今年分别增长7%和9%。",
     ("urban_disposable_income", "target", "2020", "growth")),
])
def test_look_alikes_unchanged(body, absent):
    fs = keys_of(read(_plan("宜宾市", body)))
    assert absent not in fs, fs.get(absent)


def test_the_comma_form_still_read():
    body = "城镇居民人均可支配收入38210元，增长4.1%；农村居民人均可支配收入14320元，增长8.2%，年度计划分别为增长8%和9%。"
    fs = keys_of(read(_plan("曲靖市", body)))
    assert fs[("urban_disposable_income", "target", "2020", "growth")].value == 8
    assert fs[("rural_disposable_income", "target", "2020", "growth")].value == 9


# 4. an item's plan labelled by a colon after the name's stop: the plan (and its result after a ；) read
@pytest.mark.parametrize("name,ind,plan,res,q", [
    ("地区生产总值", "gdp", "增长8%左右", "增长6.4%", "about"),
    ("规模以上工业增加值", "industrial_va", "增长8%", "增长5.2%", "eq"),
    ("固定资产投资", "fixed_asset_investment", "增长10%", "增长4.1%", "eq"),
])
@pytest.mark.parametrize("head", ["1.{n}。", "（一）{n}。", "——{n}。"])
@pytest.mark.parametrize("label,result", [("年度计划：", "；执行结果："), ("年初计划：", "；预计完成："), ("计划：", "；完成：")])
def test_an_items_plan_labelled_by_a_colon(name, ind, plan, res, q, head, label, result):
    fs = keys_of(read(_plan("南昌市", head.format(n=name) + label + plan + result + res + "。", 2018)))
    t = fs.get((ind, "target", "2018", "growth"))
    assert t is not None and t.value == float(plan[2:].split("%")[0]) and t.qualifier == q, t
    assert fs[(ind, "actual", "2018", "growth")].value == float(res[2:-1])


@pytest.mark.parametrize("body", ["1.地区生产总值。年度计划：增长8%左右。", "地区生产总值年度计划：增长8%左右。执行结果：增长6.4%。"])
def test_a_plan_labelled_by_a_colon_alone_is_no_result(body):
    fs = keys_of(read(_plan("南昌市", body, 2018)))
    assert ("gdp", "actual", "2018", "growth") not in fs or fs[("gdp", "actual", "2018", "growth")].value != 8
    assert fs[("gdp", "target", "2018", "growth")].value == 8


def test_an_items_result_labelled_by_a_colon():
    # (the colon after a result's label: its figure the result, no plan)
    fs = keys_of(read(_plan("南昌市", "1.地区生产总值。执行结果：增长6.4%。", 2018)))
    assert fs[("gdp", "actual", "2018", "growth")].value == 6.4
    assert ("gdp", "target", "2018", "growth") not in fs


@pytest.mark.parametrize("body", ["1.固定资产投资。年度计划：新开工项目50个，完成投资30亿元。",
                                  "1.固定资产投资。计划：实施重点项目120个。"])
def test_a_plan_of_another_thing_after_the_colon_unchanged(body):
    # (look-alike: the plan's figure is another thing's count, no figure of the name)
    fs = keys_of(read(_plan("南昌市", body, 2018)))
    assert not [k for k in fs if k[0] == "fixed_asset_investment"], [k for k in fs if k[0] == "fixed_asset_investment"]


# 5. an item's plan a sentence of its own, its result the next sentence
@pytest.mark.parametrize("head", ["1.地区生产总值。", "（一）地区生产总值。"])
@pytest.mark.parametrize("plan", ["年度计划增长8%左右。", "年度计划：增长8%左右。", "年初预期增长8%左右。"])
@pytest.mark.parametrize("res", ["执行结果增长6.4%。", "预计增长6.4%。", "实际增长6.4%。", "执行结果：增长6.4%。"])
def test_an_items_result_in_the_sentence_after_its_plan(head, plan, res):
    fs = keys_of(read(_plan("南昌市", head + plan + res, 2018)))
    assert fs[("gdp", "target", "2018", "growth")].value == 8
    a = fs.get(("gdp", "actual", "2018", "growth"))
    assert a is not None and a.value == 6.4, a


@pytest.mark.parametrize("res", ["预计全年餐饮收入增长10%。", "实际新增农民工返乡创业1200人。"])
def test_another_things_figure_after_an_items_plan_unchanged(res):
    # (look-alike: the next sentence's figure is another thing's)
    fs = keys_of(read(_plan("南昌市", "1.地区生产总值。年度计划增长8%左右。" + res, 2018)))
    assert ("gdp", "actual", "2018", "growth") not in fs, fs.get(("gdp", "actual", "2018", "growth"))
    assert fs[("gdp", "target", "2018", "growth")].value == 8
