"""Pledge classes left open (branch left9p): livestock sold off and crops bought (出栏, 收购, 担), task items that
restate three indicators' figures, stocks to reach, counts per place. Each with look-alikes that must not change."""
from __future__ import annotations

import pytest

from taskdoc import pledges as _pledges, task_doc


def _keys(body: str, level: str = "县") -> set[tuple[str, float, str]]:
    return {(o, v, u) for _, o, v, u in _pledges(body, level)}


# --- 1. livestock sold off, crops bought ---

@pytest.mark.parametrize("body, want", [
    ("（二）发展现代农业。全年出栏生猪80万头。", {("生猪", 80, "万头")}),
    ("抓好畜牧业发展，全年出栏肉牛15万头、肉羊40万只。", {("肉牛", 15, "万头"), ("肉羊", 40, "万只")}),
    ("稳定烟叶生产，全年收购烤烟100万担。", {("烤烟", 100, "万担")}),
    ("全年收购烟叶12万担，收购粮食30万吨。", {("烟叶", 12, "万担"), ("粮食", 30, "万吨")}),
])
def test_livestock_sold_off_and_crops_bought_pledge(body, want):
    assert _keys(body) == want


@pytest.mark.parametrize("body, want", [
    # a farm's yearly capacity is its size, the verb before it acts
    ("新建年出栏10万头生猪养殖场2个。", {("年出栏10万头生猪养殖场", 2, "个")}),
    ("新建生猪养殖场2个，年出栏10万头。", {("生猪养殖场", 2, "个")}),
    ("建设肉牛养殖基地3个，年出栏肉牛2万头。", {("肉牛养殖基地", 3, "个")}),
    ("建设肉牛养殖基地3个，全年出栏肉牛2万头。", {("肉牛养殖基地", 3, "个"), ("肉牛", 2, "万头")}),
    # prices and rates are no verbs
    ("提高粮食收购价格，落实最低收购价政策。", set()),
])
def test_capacities_and_prices_are_no_verbs(body, want):
    assert _keys(body) == want


# --- 2. a task item restating three indicators' figures: pledges, not a target list ---

_GOV = ("某某县政府工作报告\n——2024年1月10日在某某县第十届人民代表大会第三次会议上\n\n"
        "一、2023年工作回顾\n过去一年，全县地区生产总值增长5.2%。\n\n")
_PLAN = ("关于某某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
         "——2024年1月10日在某某市第十届人民代表大会第三次会议上\n\n一、2023年计划执行情况\n过去一年，全市地区生产总值增长5.2%。\n\n")
_LIST = "地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，城镇新增就业1.2万人。"


def _doc_keys(text: str) -> set[tuple[str, float, str]]:
    import planwatch
    doc = planwatch.read_text(text + "\n", "t.txt")
    for p in doc.pledges:
        assert doc.text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit) for p in doc.pledges}


@pytest.mark.parametrize("body, want", [
    ("（五）保障和改善民生。全年新增城镇就业1.2万人，农村劳动力转移就业3万人，城镇调查失业率控制在5.5%以内。",
     {("城镇就业", 1.2, "万人"), ("农村劳动力", 3, "万人"), ("城镇调查失业率", 5.5, "%")}),
    ("（五）保障和改善民生\n全年新增城镇就业1.2万人，农村劳动力转移就业3万人，城镇调查失业率控制在5.5%以内。",
     {("城镇就业", 1.2, "万人"), ("农村劳动力", 3, "万人"), ("城镇调查失业率", 5.5, "%")}),
    ("（三）持续扩大有效投资。全年完成固定资产投资1500亿元，社会消费品零售总额达到900亿元，实际使用外资5亿美元。",
     {("固定资产投资", 1500, "亿元"), ("社会消费品零售总额", 900, "亿元"), ("外资", 5, "亿美元")}),
])
def test_task_item_restating_indicators_pledges(body, want):
    assert want <= _doc_keys(_GOV + "二、2024年工作安排\n" + body)


@pytest.mark.parametrize("head, body", [
    # the year's list, under a title of its own, of the requirements, of a field, or of a plan's indicators
    (_GOV, "二、2024年工作安排\n今年经济社会发展的主要预期目标是：" + _LIST),
    (_GOV, "二、2024年主要目标和重点任务\n（一）主要目标\n" + _LIST),
    (_GOV, "二、2024年工作安排\n（一）总体要求\n今年政府工作的总体要求是：坚持稳中求进工作总基调。" + _LIST),
    (_GOV, "二、2024年工作安排\n（一）经济发展主要指标\n" + _LIST),
    (_GOV, "二、2024年工作安排\n今年工作的总体思路是：坚持稳中求进。\n1.经济发展。" + _LIST),
    (_PLAN, "二、2024年经济社会发展计划安排\n（一）宏观调控指标安排\n1.经济增长。" + _LIST),
    (_PLAN, "二、2024年经济社会发展的主要目标和任务\n（一）经济增长\n" + _LIST),
    (_PLAN, "二、2024年国民经济和社会发展计划草案\n（一）主要预期指标\n1.经济增长。" + _LIST),
    # a run naming the economy's output is the list restated, even in a task item
    (_GOV, "二、2024年工作安排\n（一）全力稳增长。全年地区生产总值增长6%，固定资产投资完成200亿元，新增城镇就业1500人。"),
    # a run of rates alone is the list's form, even in a task item
    (_GOV, "二、2024年工作安排\n（一）推动高质量发展\n生产总值增长8%左右，固定资产投资增长10%，社会消费品零售总额增长9%。"),
])
def test_target_lists_stay_facts(head, body):
    assert _doc_keys(head + body) == set()


# --- 3. a stock to reach: after its increment, or after the stock held now ---

@pytest.mark.parametrize("body, want", [
    ("新增高新技术企业300家，高新技术企业总数达到1850家。", {("高新技术企业", 300, "家"), ("高新技术企业总数", 1850, "家")}),
    ("新增科技型中小企业500家、总数突破3000家。", {("科技型中小企业", 500, "家"), ("科技型中小企业总数", 3000, "家")}),
    ("新增市场主体1.2万户，市场主体总量达到8.6万户。", {("市场主体", 1.2, "万户"), ("市场主体总量", 8.6, "万户")}),
    ("新增市场主体8000户，总量达到6.5万户。", {("市场主体", 8000, "户"), ("市场主体总量", 6.5, "万户")}),
    ("加快培育市场主体，全县规上工业企业目前有820家，今年力争突破1000家。", {("规上工业企业", 1000, "家")}),
    ("目前全县共有家庭农场360家，今年力争达到500家。", {("家庭农场", 500, "家")}),
    ("全区现有上市企业5家，今年确保新增2家、总数达到7家。", {("上市企业", 2, "家"), ("上市企业总数", 7, "家")}),
    ("截至目前，全市高新技术企业总数达到1850家，今年新增300家。", {("高新技术企业", 300, "家")}),
    ("去年全县规上工业企业达到120家，今年新增15家。", {("规上工业企业", 15, "家")}),
])
def test_a_stock_to_reach_is_a_pledge(body, want):
    assert _keys(body) == want


@pytest.mark.parametrize("body, want", [
    # a share of a whole is no stock; a count in another unit counts something else
    ("新增高新技术企业300家，占全省总数的10%。", {("高新技术企业", 300, "家")}),
    ("全县有3个乡镇列入省级试点，今年新建卫生院2所。", {("卫生院", 2, "所")}),
    # 有 opening a word (有效, 有序) holds no stock
    ("全县有效投资30亿元，今年完成40亿元。", set()),
    # the stock of last year is a result
    ("去年新增高新技术企业300家，总数达到1850家。", set()),
])
def test_no_stock_pledged_where_none_is_to_reach(body, want):
    assert _keys(body) == want


# --- 4. a count for each place is a norm, not a total (the spec is silent: read as no pledge) ---

@pytest.mark.parametrize("body, want", [
    ("推进乡村产业发展，每县培育1个省级现代农业产业园。", set()),
    ("每个乡镇建设1所标准化中心幼儿园。", set()),
    ("全市每个县（市、区）至少打造1个省级全域旅游示范区。", set()),
    ("每家企业培育1名首席质量官。", set()),
    ("每一个村建设1个文化广场。", set()),
    ("每个县区建设1个县级物流配送中心，全市新建乡镇快递网点120个。", {("乡镇快递网点", 120, "个")}),
    ("为每个村建设1个村级光伏电站，共建设120个。", {("村级光伏电站", 120, "个")}),
])
def test_a_count_for_each_place_is_no_pledge(body, want):
    assert _keys(body, "市") == want


@pytest.mark.parametrize("body, want", [
    ("每年新建学校5所。", {("学校", 5, "所")}),  # a count a year
    ("每个村集体经济收入达到10万元以上。", {("每个村集体经济收入", 10, "万元")}),  # a level each reaches
    ("每万人口拥有全科医生达到3.5名。", {("每万人口拥有全科医生", 3.5, "名")}),  # a ratio
])
def test_counts_a_year_and_levels_each_reaches_stay(body, want):
    assert _keys(body, "市") == want


# --- 5. the verb of the clause before, on the same thing, acts for a figure with none ---

@pytest.mark.parametrize("body, want", [
    ("稳定粮食生产，粮食产量1200万吨以上。", {("粮食产量", 1200, "万吨")}),
    ("稳定生猪生产，生猪出栏量300万头以上。", {("生猪出栏量", 300, "万头")}),
])
def test_the_verb_of_the_clause_before_acts(body, want):
    assert _keys(body) == want


@pytest.mark.parametrize("body, want", [
    ("加快发展现代农业，粮食产量1200万吨以上。", set()),  # the clause before works on something else
    ("加快发展乡村旅游，乡村旅游收入10亿元。", set()),  # it develops: the figure is what that brings, no level kept
    ("保持经济平稳增长，经济增速6%左右。", set()),  # a rate: the target list's, restated
    ("推进粮食生产，粮食产量稳定在1200万吨以上。", {("粮食产量", 1200, "万吨")}),
])
def test_a_clause_before_on_another_thing_does_not_act(body, want):
    assert _keys(body) == want


@pytest.mark.parametrize("body, want", [
    ("生猪存栏稳定在50万头，出栏80万头。", {("生猪存栏", 50, "万头"), ("生猪出栏", 80, "万头")}),
    ("生猪存栏稳定在50万头，新建养殖场5个。", {("生猪存栏", 50, "万头"), ("养殖场", 5, "个")}),
])
def test_sold_off_after_the_herd_counts_its_animals(body, want):
    assert _keys(body) == want


# --- 6. a count of years in digits: a span ahead for the pledge's period; a programme's length names it ---

def _periods(body: str) -> dict[tuple[str, float], str]:
    return {(p.object, p.value): p.period for p in task_doc(body, "县").pledges}


@pytest.mark.parametrize("body, want", [
    ("用3年时间改造老旧小区120个。", {("老旧小区", 120): "2024-2026"}),
    ("3年内建成乡镇污水处理厂12座。", {("乡镇污水处理厂", 12): "2024-2026"}),
    ("力争3年内新增规上企业50家。", {("规上企业", 50): "2024-2026"}),
    ("未来5年新建学校20所，今年建成4所。", {("学校", 20): "2024-2028", ("学校", 4): "2024"}),
])
def test_years_ahead_in_digits_span_the_period(body, want):
    assert _periods(body) == want


@pytest.mark.parametrize("body, want", [
    ("2024年内建成乡镇污水处理厂12座。", {("乡镇污水处理厂", 12): "2024"}),  # a year's end, not a count of years
    ("实施5年行动计划，建设高标准农田20万亩。", {("高标准农田", 20): "2024"}),  # a programme's length
    ("深入推进营商环境优化提升3年行动，新增市场主体1万户。", {("市场主体", 1): "2024"}),
    ("改造建成15年以上的老旧小区30个。", {("建成15年以上的老旧小区", 30): "2024"}),
    # which are meant, not a span ahead
    ("帮扶离校2年内未就业高校毕业生1000人。", {("离校2年内未就业高校毕业生", 1000): "2024"}),
])
def test_years_that_are_no_span_ahead(body, want):
    assert _periods(body) == want


_JOBS = "全年城镇新增就业3200人，农村劳动力转移就业2.5万人，城镇登记失业率控制在4%以内。"


@pytest.mark.parametrize("title, n", [
    ("（二）聚力产业转型。", 3), ("（一）以科技创新引领产业发展\n", 3), ("（二）在扩大内需上持续用力\n", 3),
    ("（一）全力以赴拼经济。", 3),
    # a list's item titled by its field: the year's targets
    ("（一）经济增长\n", 0), ("（二）民生福祉。", 0), ("（二）就业和收入\n", 0), ("（二）发展目标\n", 0),
])
def test_task_titles_and_field_titles(title, n):
    assert len(_doc_keys(_GOV + "二、2024年工作安排\n" + title + _JOBS)) == n
