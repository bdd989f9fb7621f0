"""stc32: the State Council's reports of 2020 and 2026 and the digests restating them, blind (decision 110)."""
import pytest

from factkeys import facts, pledged, read, val


# 1. a 数读 page's "figure：caption" lines: the figure opens its item, the caption (its year first too) names it
@pytest.mark.parametrize("body,key,want", [
    ("【今年目标】\n5%左右：2025年地区生产总值增长目标\n6.5万人以上：城镇新增就业目标\n3%左右：居民消费价格涨幅目标\n",
     ("gdp", "target", "2025", "growth"), (5, "about")),
    ("【今年目标】\n5%左右：2025年地区生产总值增长目标\n6.5万人以上：城镇新增就业目标\n3%左右：居民消费价格涨幅目标\n",
     ("urban_new_jobs", "target", "2025", "level"), (6.5, "at_least")),
    ("【新目标】\n6%—6.5%：今年生产总值预期增长目标\n1.2万人：城镇新增就业目标\n",
     ("gdp", "target", "2025", "growth"), (6, 6.5, "range")),
    ("【新目标】\n1.2万人：城镇新增就业目标\n62%左右：到2030年常住人口城镇化率目标\n",
     ("urbanization_rate", "goal", "2030", "share"), (62, "about")),
])
def test_figure_colon_caption_lines(body, key, want):
    fs = facts("数说2025年政府工作报告\n某某市人民政府 2025年1月10日\n\n" + body, report_year=2025, region="某某市",
               level="prefecture")
    assert val(fs, key) == want


# 2. "继续降低" is a soft target, and 能耗和二氧化碳排放 names both intensities
@pytest.mark.parametrize("item,keys", [
    ("单位地区生产总值能耗和二氧化碳排放继续降低", ("energy_intensity", "carbon_intensity")),
    ("单位生产总值能耗继续降低", ("energy_intensity",)),
])
def test_keeps_falling_is_a_soft_target(item, keys):
    fs = facts("二、2025年主要目标\n今年主要预期目标是：地区生产总值增长6%左右；" + item + "。\n", report_year=2025,
               region="某某市", level="prefecture")
    for k in keys:
        assert fs[(k, "target", "2025", "growth")].qualifier == "qualitative"


# 3. a part that calls for action after the plan's parts is a task part, in a verb no task list had (积极, 确保)
def test_call_titled_parts_after_the_plan_part_pledge():
    d = read("二、2024年主要目标和重点工作\n地区生产总值增长6%左右。\n三、积极扩大有效需求\n新建5G基站500个。\n"
             "四、确保粮食安全，促进农民增收\n新建高标准农田3万亩。\n五、加快建设现代化产业体系\n培育规上企业20家。\n",
             report_year=2024, region="某某市", level="prefecture")
    got = {(o, v) for o, v, _ in pledged(d)}
    assert ("5G基站", 500) in got and ("高标准农田", 3) in got and ("规上企业", 20) in got


# 4. money put in by a field's construction: the field's money, 投入 the action, the clause's time left out
@pytest.mark.parametrize("sentence,obj,value", [
    ("今年交通建设投入资金80亿元。", "交通建设资金", 80),
    ("全年水利建设完成投资50亿元。", "水利建设投资", 50),
    ("城乡供水建设投入资本金6亿元。", "城乡供水建设资本金", 6),
])
def test_field_construction_put_in(sentence, obj, value):
    d = read("三、2025年重点工作\n" + sentence + "\n", report_year=2025, region="某某市", level="prefecture")
    ps = [p for p in d.pledges if p.value == value]
    assert len(ps) == 1 and ps[0].object == obj


# 5. a bare "for each" (每孩, 每户) after a verb is no object: no pledge of it
@pytest.mark.parametrize("sentence", ["育儿补贴每孩每年3600元。", "为困难家庭每户补助2000元。"])
def test_bare_per_base_is_no_object(sentence):
    d = read("三、2025年重点工作\n" + sentence + "\n", report_year=2025, region="某某市", level="prefecture")
    assert not [p for p in d.pledges if p.object.startswith("每")]


# 6. an excerpt of the State Council's plan part: 国内生产总值's target, never 地区生产总值 nor 我省/全市
def test_excerpt_with_national_gdp_target_is_national():
    body = ("2026年政府工作报告（节选）\n\n三、2026年政府工作任务\n\n今年发展主要预期目标是：国内生产总值增长5%左右；"
            "城镇新增就业1200万人以上。\n\n（一）大力提振消费。新开工改造城镇老旧小区2.5万个。\n")
    assert read(body).meta.region == "中华人民共和国"
    local = body.replace("（一）大力提振消费。", "（一）大力提振消费。全省地区生产总值增长5.5%。")
    assert read(local).meta.region != "中华人民共和国"


# 7. a target set against last year's named as its target ("比去年目标的5%左右"): last year's target
@pytest.mark.parametrize("sentence,key,want", [
    ("今年城镇调查失业率目标5.5%左右，比去年目标的5%左右有所提高。", ("urban_unemployment_rate", "target", "2024", "share"), (5, "about")),
    ("今年城镇新增就业目标是900万人以上，城镇调查失业率6%左右，比上年目标的5.5%左右有所提高。",
     ("urban_unemployment_rate", "target", "2024", "share"), (5.5, "about")),
])
def test_against_last_years_target(sentence, key, want):
    fs = facts("关键词读懂政府工作报告\n\n关键词二：就业\n" + sentence + "\n", report_year=2025, region="中华人民共和国",
               level="national")
    assert val(fs, key) == want


# 8. a 数读 page whose captions restate their figure: a lone figure after a blank line opens the next item
def test_restating_captions_keep_items_apart():
    d = read("数读2020年政府工作报告\n\n02 2020年主要目标\n\n900万人以上\n城镇新增就业目标\n\n6%左右\n城镇调查失业率\n\n"
             "04 民生温度\n\n200万人\n高职院校扩招200万人\n\n3.9万个\n新开工改造城镇老旧小区3.9万个\n\n30元\n"
             "城乡居民医保人均财政补助标准增加30元\n", report_year=2020, region="中华人民共和国", level="national")
    assert pledged(d) == {("高职院校", 200, "万人"), ("城镇老旧小区", 3.9, "万个"), ("城乡居民医保人均财政补助标准", 30, "元")}


# 9. the year's cohort stated by a level verb is a circumstance, no pledge; graduates taken in still are
def test_cohort_size_is_no_pledge():
    d = read("三、2025年重点工作\n今年高校毕业生超过1100万人。引进高校毕业生2000人。\n", report_year=2025, region="某某市",
             level="prefecture")
    assert pledged(d) == {("高校毕业生", 2000, "人")}


# 10. in a part titled for the plan and the year, a paragraph on the year pledges for the year; one on the plan for
# the plan's span
def test_year_paragraph_in_a_plan_and_year_part():
    d = read("二、“十五五”时期主要目标任务和2026年工作总体部署\n“十五五”时期，全省新建5G基站5万个。\n"
             "今年发展主要预期目标是：地区生产总值增长5%左右。\n实现今年目标，要加大政策力度。拟安排地方政府专项债券1200亿元，"
             "中央预算内投资拟争取150亿元。\n", report_year=2026, region="某某省", level="province")
    per = {p.object: p.period for p in d.pledges}
    assert per.get("地方政府专项债券") == "2026"
    assert per.get("5G基站") == "2026-2030"


# 11. a part titled for the next stage's work ("三、下一阶段工作", "下一步工作安排") is the tasks part
@pytest.mark.parametrize("title", ["三、下一阶段工作", "三、下一步工作安排", "三、做好下一阶段的工作"])
def test_next_stage_part_is_tasks(title):
    d = read("一、2019年工作回顾\n去年新建高标准农田8000万亩。\n二、今年发展主要目标\n城镇新增就业900万人以上。\n" + title
             + "\n（一）扩大有效投资。新开工改造城镇老旧小区3.9万个。新建5G基站60万个。\n", report_year=2020,
             region="中华人民共和国", level="national")
    assert pledged(d) == {("城镇老旧小区", 3.9, "万个"), ("5G基站", 60, "万个")}


# 12. "这一增速目标比去年的5%左右…": last year's growth target, its name left out, as "这一目标比去年的…" is
def test_this_rate_target_against_last_years():
    fs = facts("政府工作报告释放哪些信号\n报告提出，今年国内生产总值增长4.5%至5%。这一增速目标比去年的5%左右略有下调。\n",
               report_year=2026, region="中华人民共和国", level="national")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5, "about")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (4.5, 5, "range")


# 13. a news lead that names the Premier with the day between ("国务院总理李克强今天在政府工作报告中表示") is the State
# Council's report, not the dateline's city
@pytest.mark.parametrize("lead", ["国务院总理李克强今天在政府工作报告中表示，", "国务院总理李强5日作政府工作报告时指出，"])
def test_premier_named_with_the_day_is_national(lead):
    d = read("两会快讯\n人民网北京5月22日电 " + lead + "今年城镇新增就业900万人以上，城镇调查失业率6%左右。\n")
    assert d.meta.region == "中华人民共和国"


# 14. a digest's sub-head of the year's main targets ("【2020年主要目标】") over "figure  name" lines: targets, no pledges
def test_main_targets_sub_head_gives_no_pledges():
    d = read("一图读懂2020年政府工作报告\n来源：中国政府网 2020-05-22\n【2019年成绩单】\n6.1%  国内生产总值增长\n"
             "1352万人  城镇新增就业\n【2020年主要目标】\n900万人以上  城镇新增就业\n6%左右  城镇调查失业率\n【政策】\n"
             "1万亿元  抗疫特别国债\n3.9万个  新开工改造城镇老旧小区\n")
    assert pledged(d) == {("抗疫特别国债", 1, "万亿元"), ("城镇老旧小区", 3.9, "万个")}
    fs = {(f.indicator, f.role, f.period): f.value for f in d.facts}
    assert fs[("urban_new_jobs", "target", "2020")] == 900


# 15. a 数读 page's figure above its caption: a range is a figure alone on its line too ("4.5%—5%"), and a caption
# that opens with a proposal's allocation ("拟发行超长期特别国债") pledges it
def test_range_figure_line_and_allocation_caption():
    d = read("数读2026年政府工作报告\n2026-03-05 来源：新华网 国务院总理李强作政府工作报告\n\n01 今年目标\n\n4.5%—5%\n"
             "2026年国内生产总值预期增长目标\n\n1200万人以上\n城镇新增就业\n\n02 重点任务\n\n1.3万亿元\n拟发行超长期特别国债\n\n"
             "7500亿元\n安排中央预算内投资\n\n2.5万个\n新开工改造城镇老旧小区\n")
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    g = fs[("gdp", "target", "2026", "growth")]
    assert (g.value, g.value_high, g.qualifier) == (4.5, 5, "range")
    assert ("gdp", "actual", "2021-2025", "level") not in fs
    assert pledged(d) == {("超长期特别国债", 1.3, "万亿元"), ("中央预算内投资", 7500, "亿元"), ("城镇老旧小区", 2.5, "万个")}
