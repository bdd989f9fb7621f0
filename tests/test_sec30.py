"""sec30: report shapes read from a web page that ran a report's parts into one paragraph (decision 100)."""
from factkeys import facts, read, val

_OPEN = ("2023年某某县政府工作报告 来源：县政府办公室 发布时间：2023-02-10 字号：大 中 小 ——2023年1月12日在县第十八届人民代表大会"
         "第三次会议上 县长 王某某 各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。")


def test_goals_part_run_into_paragraph():
    # the plan period's goals after "二、…奋斗目标" with no line break: goals, not this year's targets
    text = (_OPEN + "一、过去五年工作回顾五年来，全县地区生产总值年均增长6.1%，一般公共预算收入年均增长5.2%。我们坚持工业强县，"
            "园区承载能力明显增强；我们坚持城乡统筹，县城面貌焕然一新；我们坚持民生优先，教育医疗养老服务水平持续提升。"
            "二、今后五年奋斗目标今后五年，我们将奋力建设现代化新县城。主要目标是：地区生产总值年均增长7%，常住人口城镇化率达到62%，"
            "森林覆盖率稳定在45%以上。三、2023年工作安排今年是全面贯彻党的二十大精神的开局之年。全县主要预期目标是：地区生产总值增长6.5%左右，"
            "一般公共预算收入增长6%，城镇调查失业率控制在5.5%以内。重点抓好以下工作：一是扩大有效投资；二是壮大实体经济；三是增进民生福祉。")
    fs = facts(text)
    assert val(fs, ("urbanization_rate", "goal", "2023-2027", "share")) == (62, "eq")
    assert val(fs, ("forest_coverage", "goal", "2023-2027", "share")) == (45, "at_least")
    assert ("urbanization_rate", "target", "2023", "share") not in fs
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")


def test_plan_part_cut_by_comma():
    # "三、2021年重点工作今年是…之年，": the part's title stops at its part words, the year's work follows
    text = (_OPEN.replace("2023", "2021") + "一、“十三五”发展成就回顾“十三五”时期，全县地区生产总值年均增长7.2%，城乡居民人均可支配收入年均分别增长"
            "7.5%和8.9%。我们坚持项目兴县，一批重大项目建成投产；我们坚持生态立县，环境质量持续改善；我们坚持民生优先，"
            "群众获得感不断增强。二、“十四五”时期发展目标今后五年，全县研发经费投入强度达到2.5%，常住人口城镇化率达到58%。"
            "三、2021年重点工作今年是“十四五”开局之年，全县主要预期目标是：地区生产总值增长8%，常住人口城镇化率提高1.2个百分点。")
    d = read(text)
    tops = [s.title for s in d.sections if s.depth == 1]
    assert "2021年重点工作" in tops and "“十四五”时期发展目标" in tops
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert fs[("rnd_intensity", "goal", "2021-2025", "share")].value == 2.5
    assert fs[("urbanization_rate", "goal", "2021-2025", "share")].value == 58
    assert ("rnd_intensity", "target", "2021", "share") not in fs


def test_numbered_year_clause_is_no_part():
    # "。一、2022年，全县…" in a flattened page is a paragraph of figures: no part titled by its year
    text = (_OPEN + "过去一年，我们主要做了以下工作：一、2022年，全县地区生产总值完成168.2亿元，增长4.1%，一般公共预算收入9.6亿元，"
            "增长3.2%。二、2022年，全县城镇新增就业3200人，农村劳动力转移就业5100人。我们坚持把民生实事办实办好，"
            "教育、医疗、养老等公共服务持续改善，群众获得感幸福感安全感不断增强，社会大局保持和谐稳定，各项事业全面进步。")
    d = read(text)
    assert not any(s.title.startswith("2022年") for s in d.sections)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert fs[("gdp", "actual", "2022", "level")].value == 168.2


def test_bracketed_parts_run_into_paragraph():
    # "【今后五年目标】" and "【2024年工作安排】" inside one paragraph of a news page: the five years' goals stay goals
    text = (_OPEN.replace("2023", "2024") + "【2023年工作回顾】2023年，全县地区生产总值完成212.5亿元，增长5.6%。我们坚持产业强县，"
            "新兴产业加快集聚；我们坚持城乡融合，县城功能持续完善；我们坚持民生优先，公共服务水平不断提升，群众获得感明显增强。"
            "【今后五年目标】今后五年，我们将加快建设现代化强县。主要目标是：地区生产总值年均增长6.5%，研发经费投入强度达到2.8%，"
            "森林覆盖率达到48%。【2024年工作安排】今年全县主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。")
    fs = facts(text)
    assert val(fs, ("rnd_intensity", "goal", "2024-2028", "share")) == (2.8, "eq")
    assert val(fs, ("forest_coverage", "goal", "2024-2028", "share")) == (48, "eq")
    assert ("rnd_intensity", "target", "2024", "share") not in fs
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


def test_bracketed_goals_title_on_its_line():
    # "【今后五年发展目标】" alone on its line (no role word in it): a part of the plan period's goals, not the year's target list
    text = ("2026年某市政府工作报告\n【2025年工作回顾】\n2025年，全市地区生产总值增长5.2%。\n【今后五年发展目标】\n"
            "今后五年主要目标是：常住人口城镇化率达到70%，研发经费投入强度达到3.2%。\n"
            "【2026年主要目标】\n地区生产总值增长5%左右，城镇调查失业率控制在5.5%以内。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (70, "eq")
    assert ("urbanization_rate", "target", "2026", "share") not in fs


def test_square_bracket_titles_joined_to_their_paragraph():
    # "〔…〕" titles (on their own lines, or run into the page): parts, as "【…】" are
    text = ("某县政府工作报告\n——2025年1月9日在县第十八届人民代表大会第五次会议上\n各位代表：\n"
            "〔2024年工作回顾〕\n2024年，全县地区生产总值达到386.4亿元，增长5.9%；一般公共预算收入完成21.3亿元，增长3.1%；"
            "城镇新增就业6200人。我们坚持工业强县，园区承载能力明显增强；我们坚持城乡统筹，县城面貌焕然一新。\n"
            "〔“十五五”发展目标〕\n展望今后五年，主要目标是：常住人口城镇化率达到65%，研发经费投入强度达到2.6%，"
            "森林覆盖率稳定在30%以上，居民人均可支配收入年均增长6%。\n"
            "〔2025年工作安排〕\n全县主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%。\n")
    d = read(text, report_year=2025)
    roles = {s.title: s.role for s in d.sections if s.depth == 1}
    assert roles.get("2024年工作回顾") == "review" and "2025年工作安排" in roles
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert fs[("urbanization_rate", "goal", "2026-2030", "share")].value == 65
    assert fs[("gdp", "target", "2025", "growth")].value == 6
