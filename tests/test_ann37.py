"""ann37: a report's apparatus — bracketed notes, link and knowledge boxes, footnotes under their paragraph, one-line
notes and price bases — states none of the report's figures (decision 166)."""
from factkeys import facts, read, val

_HEAD = "某某区人民政府工作报告\n——2024年1月11日在某某区第九届人民代表大会第四次会议上\n\n一、2023年工作回顾\n"
_PLAN = ("二、2024年工作安排\n今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长5%。\n"
         "重点抓好以下工作：\n")


def _pledges(text):
    return {(p.value, p.unit) for p in read(text).pledges}


def test_a_bracketed_note_between_a_figure_and_its_growth():
    # "（注：…，下同）" between the level and its rate: the rate is still the level's
    fs = facts(_HEAD + "全区实现地区生产总值860.5亿元（注：初步核算数，绝对额按现价、增速按可比价计算，下同），增长6.2%；"
               "一般公共预算收入完成41.2亿元，增长3.5%。\n" + _PLAN)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (860.5, "eq")


def test_a_bracketed_notes_year_dates_nothing_after_it():
    # the year inside "（注：为2022年统计年报数）" is the note's: the figures after it stay the year's
    fs = facts(_HEAD + "科技创新加快，研发经费投入强度达到2.4%（注：为2022年统计年报数），高新技术企业达到210家，"
               "技术合同成交额18.3亿元。\n" + _PLAN)
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (210, "eq")
    assert val(fs, ("tech_contract_value", "actual", "2023", "level")) == (18.3, "eq")
    assert not any(k[2] == "2022" for k in fs)


def test_a_bracketed_note_in_a_task_pledges_nothing():
    # a standard or a frequency in "（注：…）" / "（相关链接：…）" inside a task is no pledge; the task's own figure is
    text = (_HEAD + "全区地区生产总值增长5.9%。\n" + _PLAN + "（一）完善基础设施。新改建农村公路120公里（注：每公里补助标准不低于"
            "30万元，每年养护一次）。\n（二）夯实农业基础。新建高标准农田2万亩。（相关链接：高标准农田亩均建设投入不低于"
            "3000元。）\n（三）缓解停车难。新建公共停车泊位800个〔注：每个泊位补助不低于2000元〕。\n")
    assert _pledges(text) == {(120, "公里"), (2, "万亩"), (800, "个")}


def test_a_box_of_one_definition_under_its_label_pledges_nothing():
    # "【知识链接】" / "小贴士" alone on its line, one definition under it: its thresholds are no pledges, the task
    # under the box is the report's own
    text = (_HEAD + "全区地区生产总值增长5.9%。\n" + _PLAN + "（一）发展智慧农业。建设智慧农业示范基地6个。\n【知识链接】\n"
            "智慧农业示范基地：指集中连片面积不低于500亩、物联网设施覆盖率达到80%以上的生产基地。\n"
            "重点项目：实施亿元以上项目45个。\n（二）提升城市品质。改造老旧小区22个。\n小贴士\n"
            "完整社区：指每个社区配建不少于1个综合服务站、服务半径不超过500米的居住社区。\n")
    assert _pledges(text) == {(6, "个"), (45, "个"), (22, "个")}


def test_a_box_on_one_line_pledges_nothing():
    text = (_HEAD + "全区地区生产总值增长5.9%。\n" + _PLAN + "（一）培育市场主体。新增专精特新企业15家。\n"
            "知识链接：专精特新企业认定条件为上年度营业收入1000万元以上，研发费用占比不低于3%。\n"
            "（二）扩大消费。新建社区便民商业网点30个。\n【小贴士】一刻钟便民生活圈：步行15分钟范围内配齐不少于8类业态。\n")
    assert _pledges(text) == {(15, "家"), (30, "个")}


def test_a_related_list_of_titles_is_still_no_box():
    # a news page's related links (titles, no stop) under the label: the page's copy after them is read as before
    text = (_HEAD + "全区地区生产总值增长5.9%，城镇新增就业6200人。\n" + _PLAN + "（一）扩大有效投资。实施重点项目80个。\n"
            "（二）办好民生实事。新建养老服务站14个。\n\n【相关链接】\n2023年某某区政府工作报告：新建养老服务站10个\n"
            "某某区2024年预算报告\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (6200, "eq")
    assert _pledges(text) == {(80, "个"), (14, "个")}


def test_a_footnote_under_the_paragraph_that_set_its_mark():
    # "…600个③。\n③ 含室内分布站点150个。": the note's count is part of the task's, no pledge of its own
    text = (_HEAD + "全区地区生产总值增长5.9%①。\n① 地区生产总值为初步核算数。\n" + _PLAN
            + "（一）建设新型基础设施。新建5G基站600个②，新增公共充电桩1200个。\n② 含室内分布站点150个。\n"
            "（二）办好民生实事。新建城市口袋公园12个[3]。\n[3] 其中利用边角地新建口袋公园5个。\n"
            "（三）夯实农业基础。新建高标准农田1.5万亩※。\n※其中新建高效节水灌溉面积0.6万亩。\n")
    assert _pledges(text) == {(600, "个"), (1200, "个"), (12, "个"), (1.5, "万亩")}


def test_a_list_under_a_paragraph_with_no_mark_is_kept():
    # circled items under a line whose words set no mark are the list's own items
    text = (_HEAD + "全区地区生产总值增长5.9%。\n" + _PLAN + "今年重点办好以下民生实事：\n①新建公办幼儿园8所。\n"
            "②改造老旧小区30个。\n")
    assert _pledges(text) == {(8, "所"), (30, "个")}


def test_a_one_line_note_states_no_figure():
    # "注：…", "*注：…", "注1：…" on one line, ended by a stop: a basis or a restatement, no fact
    fs = facts(_HEAD + "全区地区生产总值增长5.9%*，一般公共预算收入完成41.2亿元。\n"
               "*注：按2020年不变价格计算，人均生产总值为9.2万元。\n注1：固定资产投资按新口径计算增长4.4%。\n"
               "说明：社会消费品零售总额为快报数，全年完成236亿元。\n" + _PLAN)
    assert not any(k[0] in ("gdp_per_capita", "retail_sales") for k in fs)
    assert ("fixed_asset_investment", "actual", "2023", "growth") not in fs
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (41.2, "eq")


def test_a_one_line_note_under_a_table():
    # the row above a note is no sentence a page cut: the note goes; the table's rows are read as before
    text = (_HEAD + "全区地区生产总值增长5.9%。\n" + _PLAN + "附表：2024年主要指标\n指标\t单位\t2023年完成\t2024年目标\n"
            "一般公共预算收入增速\t%\t3.5\t5\n注：城镇新增就业含返乡创业带动就业1300人，高新技术企业净增38家。\n")
    fs = facts(text)
    assert not any(k[0] in ("urban_new_jobs", "high_tech_enterprises") for k in fs)
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")
    assert _pledges(text) == set()


def test_a_cut_sentence_is_no_note():
    # a word a page cut before "注：" ("…密切关\n注：市场变化…") keeps its sentence
    fs = facts(_HEAD + "面对复杂形势，我们坚持稳中求进，统筹发展和安全，密切关\n注：市场变化，全区地区生产总值增长5.9%。\n" + _PLAN)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.9, "eq")


def test_a_price_basis_dates_nothing_after_it():
    # "（按2020年价格计算）", "（2020年不变价）": the prices' year, not the figures'
    fs = facts(_HEAD + "全区地区生产总值达到312亿元（按2020年不变价计算），增长5.1%；规模以上工业增加值增长7.3%；"
               "人均生产总值9.6万元（2020年价），固定资产投资增长3.9%。\n" + _PLAN)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.3, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (3.9, "eq")
    assert not any(k[2] == "2020" for k in fs)


def test_a_pages_bold_is_no_star_note():
    # "**…**" (Markdown's bold) opening a line under a line that closes one is the report's paragraph, no note
    fs = facts(_HEAD + "**科技创新加快发展**。高新技术企业达到60家。\n**民生实事高效落实**。城镇新增就业6200人，"
               "农村劳动力转移就业4100人。\n" + _PLAN)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (6200, "eq")
    assert val(fs, ("rural_labor_transfer", "actual", "2023", "level")) == (4100, "eq")


def test_a_superiors_quota_in_brackets_is_no_figure_of_the_target():
    # "（省下达我县任务为84.5万亩）", "（市下达我区目标任务为2.1万亩）" after a figure: the quota, an aside; the target and the
    # pledge are the sentence's own figures
    text = (_HEAD + "全区地区生产总值增长5.9%。\n" + _PLAN + "（一）稳定粮食生产。全年粮食播种面积稳定在86万亩以上（省下达我县任务"
            "为84.5万亩），粮食总产稳定在32万吨以上。\n（二）推进国土绿化。完成营造林2.5万亩（市下达我区目标任务为2.1万亩）。\n")
    fs = facts(text)
    assert val(fs, ("grain_area", "target", "2024", "level")) == (86, "at_least")
    assert _pledges(text) == {(86, "万亩"), (32, "万吨"), (2.5, "万亩")}
