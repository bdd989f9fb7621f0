"""gls34: figures that are not facts — glossaries, notes, definitions and thresholds among a report's own figures
(decision 120)."""
from factkeys import facts, read, val

_HEAD = "某某县人民政府工作报告\n——2024年1月16日在某某县第十八届人民代表大会第四次会议上\n\n"
_REVIEW = ("一、2023年工作回顾\n过去一年，全县地区生产总值完成356.2亿元，增长6.1%；一般公共预算收入完成21.4亿元，增长5.3%；"
           "规上工业增加值增长8.7%。\n")
_PLAN = ("二、2024年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；规上工业增加值增长9%；"
         "固定资产投资增长7%。\n重点抓好以下工作：\n（一）壮大实体经济。新增规上工业企业40家，新建高标准农田3万亩。\n")


def test_glossary_at_the_end_states_no_figure():
    # the definitions' thresholds after indicator names ("规模以上工业增加值：…2000万元及以上") are no facts
    text = (_HEAD + _REVIEW + _PLAN + "\n【名词解释】\n规模以上工业增加值：年主营业务收入2000万元及以上工业法人企业的增加值。\n"
            "固定资产投资：计划总投资500万元及以上的建设项目投资和房地产开发投资之和。\n"
            "全社会研发经费投入：研发投入累计不低于300万元的企业纳入统计。\n")
    fs = facts(text)
    assert ("industrial_va", "target", "2024", "level") not in fs
    assert ("fixed_asset_investment", "target", "2024", "level") not in fs
    assert not any(k[0] == "rnd_expenditure" for k in fs)
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (9, "eq")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (356.2, "eq")


def test_glossary_after_the_plan_pledges_nothing():
    # a numbered glossary under the tasks, a definition cut by the page: its "不低于" standards are no pledges
    text = (_HEAD + _REVIEW + _PLAN + "附件：有关名词解释\n1.高龄津贴：对80周岁以上老人每人每月发放不低于100元的津贴，\n"
            "百岁以上老人每人每月不低于800元。\n2.专精特新企业：研发费用占营业收入比重不低于3%的中小企业。\n")
    d = read(text)
    assert {(p.value, p.unit) for p in d.pledges} == {(40, "家"), (3, "万亩")}


def test_glossary_ends_at_the_next_part():
    # a glossary between the review and the plan ends at the plan's title: the plan after it is read as before
    text = (_HEAD + _REVIEW + "名词解释\n规上工业：年主营业务收入2000万元及以上的工业企业。\n" + _PLAN)
    d = read(text)
    assert {(p.value, p.unit) for p in d.pledges} == {(40, "家"), (3, "万亩")}
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert fs[("gdp", "target", "2024", "growth")].value == 6.5
    assert fs[("fixed_asset_investment", "target", "2024", "growth")].value == 7


def test_a_definition_outside_a_glossary_is_kept():
    # no glossary head: a term and its colon in the plan part is the report's own text ("重点项目：实施…")
    text = _HEAD + _REVIEW + _PLAN + "（二）扩大有效投资。\n重点项目：实施亿元以上项目60个。\n"
    d = read(text)
    assert (60, "个") in {(p.value, p.unit) for p in d.pledges}


def test_a_policys_threshold_selects_projects_and_firms():
    # "对<indicator>N以上的<kind>项目/企业": the projects or firms a policy selects, no figure of the region
    text = (_HEAD + _REVIEW + _PLAN + "（二）扩大开放合作。对实际使用外资1000万美元以上的新引进外资企业，给予最高100万元奖励。\n"
            "（三）扩大有效投资。对固定资产投资3亿元以上的先进制造业项目，按设备投资额的10%给予补助。\n")
    fs = facts(text)
    assert not any(k[0] == "fdi" for k in fs)
    assert ("fixed_asset_investment", "target", "2024", "level") not in fs
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (7, "eq")


def test_rnd_spending_share_by_its_short_name():
    # "研发经费支出占比" with the GDP it is a share of left unsaid is the R&D intensity, not the spending
    fs = facts(_HEAD + _REVIEW + "二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6.5%左右；研发经费支出占比达到2.8%。\n")
    assert val(fs, ("rnd_intensity", "target", "2024", "share")) == (2.8, "eq")
    assert not any(k[0] == "rnd_expenditure" for k in fs)
    fs = facts(_HEAD + "一、2023年工作回顾\n全县R&D经费支出占比提高到2.35%，高新技术企业达到126家。\n")
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (2.35, "eq")


def test_a_cap_before_a_grant_is_no_object():
    # "给予最高N万元奖励": 最高/最多 caps the amount (at most); what is given is named after it
    from taskdoc import pledges, task_doc
    got = pledges("对首次入选省级“专精特新”名单的企业，一次性给予最高30万元奖励。")
    assert ("给予", "奖励", 30, "万元") in got and not any(o == "最高" for _, o, _, _ in got)
    d = task_doc("对新引进的博士研究生给予最多15万元安家补贴。")
    assert [(p.object, p.value, p.qualifier) for p in d.pledges] == [("安家补贴", 15, "at_most")]


def test_a_field_led_by_the_region_as_subject_ranks_the_figure_after():
    # "我市在全省16个地市中，…增速排名第3位": the region named before the peer group leading the sentence
    open_ = "某某市人民政府工作报告\n——2018年1月25日在某某市第十五届人民代表大会第二次会议上\n\n一、2017年工作回顾\n全市生产总值增长6.6%。"
    fs = facts(open_ + "我市在全省16个地市中，地区生产总值增速排名第3位。\n")
    assert val(fs, ("gdp", "actual", "2017", "rank")) == (3, "eq") and fs[("gdp", "actual", "2017", "rank")].scope == "全省"
    fs = facts(open_ + "我市在15个副省级城市中，人均生产总值仍居第12位。\n")
    assert val(fs, ("gdp_per_capita", "actual", "2017", "rank")) == (12, "eq")


def test_a_bracketed_definition_after_a_name_is_no_level():
    # "规模以上工业增加值（年主营业务收入2000万元及以上工业企业）增长9.6%": the statistics' threshold in the name's
    # bracket; the rate after it is the figure
    open_ = "某某县人民政府工作报告\n——2024年1月16日在某某县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n"
    fs = facts(open_ + "全县规模以上工业增加值（年主营业务收入2000万元及以上的工业法人单位）增长7.2%。\n")
    assert ("industrial_va", "actual", "2023", "level") not in fs
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.2, "eq")
    fs = facts(open_ + "全县规上工业增加值（年主营业务收入2000万元及以上工业企业口径）增长8%，固定资产投资（计划总投资500万元及以上项目）增长6.5%。\n")
    assert not any(k[3] == "level" for k in fs)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (6.5, "eq")
    # (计划 opening a bracketed definition, "计划总投资", names no plan: the rate is the year's result)
    fs = facts(open_ + "全县固定资产投资（计划总投资500万元以上）增长6.5%，规上工业增加值（年主营业务收入2000万元以上）增长9%。\n")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (6.5, "eq")
    assert not any(k[3] == "level" or k[1] == "target" for k in fs)


def test_who_gets_a_grant_is_no_object():
    # "给予<who>最高N万元奖励": the one who gets it stands between 给予 and the amount; what is given is after it
    from taskdoc import pledges
    got = pledges("对年度纳税首次超过500万元的商务楼宇，给予楼宇业主最高20万元奖励。")
    assert {(o, v) for _, o, v, _ in got} == {("奖励", 20)}
    got = pledges("对新认定的省级科技企业孵化器，给予运营机构50万元一次性补助。")
    assert {(o, v) for _, o, v, _ in got} == {("一次性补助", 50)}


def test_a_definition_in_brackets_in_a_task_pledges_nothing():
    # the bracket defining a name is an aside: its threshold pledges nothing, the name stays the object
    from taskdoc import pledges
    got = pledges("实施规模以上服务业企业（年营业收入1000万元及以上的服务业法人单位）培育行动，新增规上服务业企业30家。")
    assert {(o, v, u) for _, o, v, u in got} == {("规上服务业企业", 30, "家")}
    got = pledges("科技型中小企业（指依托一定数量的科技人员从事科学技术研究开发活动的企业，下同）达到800家。")
    assert {(o, v) for _, o, v, _ in got} == {("科技型中小企业", 800)}


def test_tiers_of_a_threshold_pledge_nothing():
    # "对<name>突破N、M、K的<whom>": tiers that pick out who is rewarded, no level to reach
    from taskdoc import pledges
    assert pledges("对年纳税额首次超过500万元、1000万元、5000万元的民营企业，分别给予10万元、20万元、50万元奖励。") == set()
    got = pledges("对营业收入首次突破1亿元、10亿元的企业给予奖励，全年新增规上企业40家。")
    assert {(o, v) for _, o, v, _ in got} == {("规上企业", 40)}
    # (a list of levels to reach is still pledged: "新建改造…管网120公里、80公里、60公里")
    got = pledges("新建改造供水、排水、燃气管网120公里、80公里、60公里。")
    assert {v for _, _, v, _ in got} == {120, 80, 60}


def test_glossary_block_by_its_lines():
    # the head, its definitions (numbered, "X：", "X是指", a blank line between) and a definition cut by the page; the
    # part after it kept
    from planwatch.normalize import normalize
    raw = ("……为全面完成全年目标任务而努力奋斗！\n\n附件2\n名词解释\n“四上”企业是指规模以上工业企业等的统称。\n\n"
           "高龄津贴：对80周岁以上老人每人每月发放不低于100元，\n百岁老人不低于600元。\n"
           "（3）规上工业：年主营业务收入2000万元及以上的工业企业。\n三、2024年工作安排\n今年全县地区生产总值增长6%。\n")
    text = normalize(raw).text
    assert "是指" not in text and "600元" not in text and "2000万元" not in text and "名词解释" not in text
    assert "三、2024年工作安排\n今年全县地区生产总值增长6%。" in text


def test_a_ratio_or_rate_that_picks_out_whom_is_no_figure():
    # "对研发投入强度超过3%的企业", "森林覆盖率达到70%以上的乡镇": what the ratio selects, the region's own after it
    fs = facts(_HEAD + "一、2023年工作回顾\n对研发投入强度超过3%的企业给予奖励，全县研发经费投入强度达到2.6%。"
               "森林覆盖率达到70%以上的乡镇有12个，全县森林覆盖率达到63.5%。\n")
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (2.6, "eq")
    assert val(fs, ("forest_coverage", "actual", "2023", "share")) == (63.5, "eq")
    fs = facts(_HEAD + _REVIEW + "二、2024年工作安排\n对年度进出口额增长20%以上的外贸企业给予奖励。"
               "对规上工业增加值增速超过15%的园区给予表彰。\n")
    assert not any(k[1] == "target" for k in fs)
    # (a statistics' threshold in a bracket after the figure: "（…统计起点为年主营业务收入2000万元）")
    fs = facts(_HEAD + "一、2023年工作回顾\n全县规上工业增加值增长9.1%（规模以上工业企业统计起点为年主营业务收入2000万元）。\n")
    assert set(fs) == {("industrial_va", "actual", "2023", "growth")}


def test_an_awards_year_dates_nothing_after_it():
    # "获评2023年度全国综合实力百强县…，地区生产总值增长6.1%" in the review of 2024: the year names the award
    open_ = "某某县人民政府工作报告\n——2025年1月16日在某某县第十八届人民代表大会第五次会议上\n\n一、2024年工作回顾\n"
    fs = facts(open_ + "获评2023年度全国综合实力百强县第45位，全县地区生产总值增长6.1%。"
               "入选2024年全省县域经济高质量发展先进县，一般公共预算收入完成21.4亿元。\n")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (6.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "level")) == (21.4, "eq")
    assert not any(k[2] == "2023" for k in fs)
