"""The shapes earlier rounds left, written afresh, blind (lft36; docs/decisions.md 157)."""
import pytest

from factkeys import facts, val

_NATIONAL = "关于2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n\n一、2022年计划执行情况\n"
_PROVINCE = "政府工作报告\n——2019年1月20日在某某省第十三届人民代表大会第二次会议上\n\n一、2018年工作回顾\n"
_COUNTY = "政府工作报告\n——2024年1月12日在某某县第十八届人民代表大会第四次会议上\n县长 李某\n\n一、2023年工作回顾\n"


def _national(body: str):
    return facts(_NATIONAL + body + "\n", report_year=2023, region="中华人民共和国", region_code="100000", level="national",
                 doc_type="plan_report")


def _county(body: str):
    return facts(_COUNTY + body + "\n", report_year=2024, region="某某县", level="county")


# 1. a part of the country or province standing as a clause of its own, its figures in the clauses after the comma:
# the part's, not the region's (the region's own figure after a full stop is still its)
@pytest.mark.parametrize("body, key, own", [
    ("东部地区，规模以上工业增加值增长4.1%，固定资产投资增长3.2%。全国规模以上工业增加值增长3.6%。",
     ("fixed_asset_investment", "actual", "2022", "growth"), (("industrial_va", "actual", "2022", "growth"), 3.6)),
    ("东北地区，粮食产量稳定在2900亿斤以上。全国粮食产量13731亿斤。",
     ("grain_output", "actual", "2022", "level"), (("grain_output", "actual", "2022", "level"), 13731)),
    ("老少边地区，特别是革命老区、民族地区，城乡居民人均可支配收入分别增长6.1%和7.3%。",
     ("urban_disposable_income", "actual", "2022", "growth"), None),
])
def test_a_part_as_its_own_clause_is_the_subject_after_it(body, key, own):
    fs = _national(body)
    if own is None:
        assert key not in fs
    else:
        assert key not in fs or key == own[0]
        assert val(fs, own[0]) == (own[1], "eq")


def test_a_provinces_part_as_its_own_clause():
    fs = facts(_PROVINCE + "全省地区生产总值增长7.1%。苏北地区，规上工业增加值增长8.3%；沿海经济带，固定资产投资增长9%。"
               "全省固定资产投资增长6%。\n", report_year=2019, region="江苏省", level="province")
    assert ("industrial_va", "actual", "2018", "growth") not in fs
    assert val(fs, ("fixed_asset_investment", "actual", "2018", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (7.1, "eq")


# 2. a two-year average standing as a sentence of its own after a sentence that names one figure: that figure's
# average over the two years (not after a sentence of several names, whose it is would be a guess)
@pytest.mark.parametrize("body, key, value", [
    ("全县地区生产总值完成286.4亿元，增长6.2%，总量居全市第3位。两年平均增长5.4%。",
     ("gdp", "actual", "2022-2023", "growth"), 5.4),
    ("社会消费品零售总额实现92.1亿元，增长9.8%。两年平均增长4.3%。规模以上工业增加值增长7%。",
     ("retail_sales", "actual", "2022-2023", "growth"), 4.3),
])
def test_a_two_year_average_sentence_is_the_one_figures(body, key, value):
    fs = _county(body)
    assert val(fs, key) == (value, "eq")


def test_a_two_year_average_after_several_names_is_left():
    fs = _county("规模以上工业增加值增长8.1%，固定资产投资增长6.2%。两年平均增长5%。")
    assert not any(k[2] == "2022-2023" for k in fs)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (6.2, "eq")


# 3. grain first in a list of farm products sharing one 播种面积 (or one 产量 in another unit) before 分别
@pytest.mark.parametrize("body, key, value", [
    ("粮食、油菜播种面积分别稳定在45.2万亩、12.6万亩。", ("grain_area", "actual", "2023", "level"), 45.2),
    ("粮食和蔬菜种植面积分别达到38万亩、9.5万亩。", ("grain_area", "actual", "2023", "level"), 38),
    ("粮食、生猪产量分别达到32.5万吨、56万头。", ("grain_output", "actual", "2023", "level"), 32.5),
])
def test_grain_first_in_a_shared_list(body, key, value):
    fs = _county(body)
    assert val(fs, key) == (value, "eq")
