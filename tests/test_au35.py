"""au35: whole reports of autonomous prefectures, 地区, 盟 and municipalities, blind (decision 140)."""
import pytest

from factkeys import facts, pledged, read, val

_HEAD = "兴安盟行政公署工作报告\n（2024年1月15日在兴安盟各族各界代表会议上）\n兴安盟盟长 奥云\n各位代表：\n"


def _report(body: str):
    return facts(_HEAD + body + "\n", report_year=2024, region="兴安盟", level="prefecture")


# 1. the transfer of rural labour written verb first with the kind of workers after it ("转移就业农村富余劳动力",
# "转移输出农牧区劳动力"): the indicator, as "转移就业农村劳动力" already was (indicators.tsv)
@pytest.mark.parametrize("clause, value, unit", [
    ("全年转移就业农村富余劳动力36.8万人次", 36.8, "万人次"),
    ("转移就业农牧区富余劳动力9.2万人", 9.2, "万人"),
    ("转移输出农村牧区劳动力12万人", 12, "万人"),
])
def test_verb_first_transfer_of_rural_labour(clause, value, unit):
    fs = _report("一、2023年工作回顾\n（三）民生保障有力。城镇新增就业1.1万人，" + clause + "。")
    f = fs[("rural_labor_transfer", "actual", "2023", "level")]
    assert (f.value, f.unit) == (value, unit)


def test_a_training_of_the_workers_moved_is_no_count_of_them():
    fs = _report("一、2023年工作回顾\n开展转移就业农村富余劳动力技能培训3.5万人次。")
    assert ("rural_labor_transfer", "actual", "2023", "level") not in fs


# 2. 经营主体 (the word that replaced 市场主体 in 2023) counted as new with 各类 between the gain and the name
# ("新登记各类经营主体1.9万户"): a gain, so the stock stated after it keeps the key, as with 各类市场主体
@pytest.mark.parametrize("gain", ["全年新登记各类经营主体2.3万户", "新发展各类经营主体1.2万户", "新增经营主体8600户"])
def test_new_business_entities_yield_to_the_stock_after_them(gain):
    fs = _report("一、2023年工作回顾\n（五）营商环境持续优化。" + gain + "，经营主体总量达到14.6万户。")
    assert val(fs, ("market_entities", "actual", "2023", "level")) == (14.6, "eq")


def test_entities_helped_are_no_count_of_the_stock():
    fs = _report("一、2023年工作回顾\n落实减税降费政策，惠及各类经营主体3.2万户。")
    assert ("market_entities", "actual", "2023", "level") not in fs


# 3. divisions listed before 分别 by their usual short forms (科右前旗, 科左中旗: region_aliases.tsv), alone or with one
# named in full: each figure is its part's, none the region's headline
@pytest.mark.parametrize("places", ["科右前旗、扎赉特旗", "扎赉特旗、科右中旗", "科右中旗和突泉县"])
def test_banners_by_short_form_listed_before_each_are_parts(places):
    fs = _report("一、2023年工作回顾\n（一）农牧业基础更加稳固。" + places + "粮食产量分别增长6.4%、5.9%。")
    assert ("grain_output", "actual", "2023", "growth") not in fs
    assert sum(1 for k in fs if k[0].startswith("other:") and k[0].endswith("粮食产量")) == 2


# 4. a status verb of moving in after a count and what it counts ("35个部门年底前迁入", as 入驻): it acts, not the verb
# of the clause before; a batch named by its order before the count is no part of the object
_TASKS = ("北京市政府工作报告\n——2018年1月24日在北京市第十五届人民代表大会第一次会议上\n市长 陈吉宁\n"
          "三、2018年主要任务\n（二）高水平规划建设城市副中心。")


@pytest.mark.parametrize("clause, verb, obj, value", [
    ("副中心全年完成投资1000亿元左右，市级机关第一批35个部门年底前迁入。", "迁入", "市级机关", 35),
    ("开工建设行政办公区二期，省级机关第二批20个单位年内迁入。", "迁入", "省级机关", 20),
    ("认定第一批30个特色小镇。", "认定", "特色小镇", 30),
])
def test_moving_in_after_a_count_and_a_batch_before_it(clause, verb, obj, value):
    d = read(_TASKS + clause + "\n", report_year=2018, region="北京市", level="province")
    assert any(p.action == verb and p.object == obj and p.value == value for p in d.pledges), \
        [(p.action, p.object, p.value) for p in d.pledges]
    assert not any(p.object.endswith(("第一批", "第二批")) for p in d.pledges)


def test_a_batch_word_ends_no_object_of_a_whole_count():
    d = read(_TASKS + "新建学校20所，首批8所年底前投入使用。\n", report_year=2018, region="北京市", level="province")
    assert ("学校", 20, "所") in pledged(d)
    assert all(p.object != "首批" for p in d.pledges)


# 5. (found by probes beyond the set) in a five-year review the rate's or the size's place in its own ；-item right after
# the figure ("年均增长7.2%，高于全区1.1个百分点；增速居全区第3位"), and the report year's change led by its year after the
# span's average ("年均增长7.2%；2018年增长5.6%"): the same name's, its name left out, as after a comma
_FIVE = "一、过去五年工作回顾\n"


@pytest.mark.parametrize("sentence, key, expected", [
    ("全盟地区生产总值年均增长7.2%，高于全区平均水平1.1个百分点；增速居全区第3位。",
     ("gdp", "actual", "2019-2023", "rank"), (3, "eq")),
    ("全盟一般公共预算收入年均增长9.1%；增幅位列全区第2位、沿边盟市第1位。",
     ("general_budget_revenue", "actual", "2019-2023", "rank"), (2, "eq")),
    ("全盟地区生产总值年均增长7.2%；2023年增长5.6%，增速居全区第3位。",
     ("gdp", "actual", "2023", "growth"), (5.6, "eq")),
    ("全盟一般公共预算收入年均增长9.1%；2023年下降3.2%。",
     ("general_budget_revenue", "actual", "2023", "growth"), (-3.2, "eq")),
])
def test_semicolon_items_of_a_five_year_figure_keep_its_name(sentence, key, expected):
    fs = _report(_FIVE + sentence)
    assert val(fs, key) == expected


def test_a_semicolon_item_with_a_name_of_its_own_keeps_it():
    fs = _report(_FIVE + "全盟地区生产总值年均增长7.2%；2023年固定资产投资增长5.6%；规模以上工业增加值增长8%，增速居全区第1位。")
    assert ("gdp", "actual", "2023", "growth") not in fs and ("gdp", "actual", "2019-2023", "rank") not in fs
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (5.6, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "rank")) == (1, "eq")
