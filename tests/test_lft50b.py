"""What this hour's rounds left (lft50b, decision 398): a label alone on its line over its figure's lines (a PDF layer's
or a phone card's "城镇新增就业：\n3\n万人以上"); a card "◆数说“十四五”" over 年均/累计 lines on a page of a year inside
the plan; a page printed one sentence a paragraph, evenly spaced, whose told year ("报告提出，2019年…") goes on to the
task paragraphs under it; a statistics news page whose last paragraph quotes the report. With look-alikes that must not
change. The sentences are this file's own, not the set's."""
import planwatch
from factkeys import key_values, pledged, read

# --- (a) a label alone over its figure ---

_LABELS = ("枫溪县2021年政府工作报告\n\n2020年主要指标\n{label}\n{fig}\n{unit}\n一般公共预算收入：\n21.7\n亿元，增长4.2%\n\n"
           "2021年主要预期目标\n地区生产总值增长7%左右\n")


def test_label_alone_over_its_figure_and_unit():
    # "农村居民人均可支配收入：\n1.86\n万元，增长8.1%": the label's figure and its growth (no fact before: the colon line
    # was left apart from its figure, and the figure's growth ran into the next label)
    kv = key_values(read(_LABELS.format(label="农村居民人均可支配收入：", fig="1.86", unit="万元，增长8.1%"), report_year=2021))
    assert kv[("rural_disposable_income", "actual", "2020", "level")] == (1.86, "eq")
    assert kv[("rural_disposable_income", "actual", "2020", "growth")] == (8.1, "eq")
    assert kv[("general_budget_revenue", "actual", "2020", "level")] == (21.7, "eq")
    assert kv[("general_budget_revenue", "actual", "2020", "growth")] == (4.2, "eq")


def test_label_alone_over_a_target_with_its_bound():
    # "城镇新增就业：\n0.8\n万人以上" in the targets' card: the target and its bound
    text = ("枫溪县2021年政府工作报告\n\n2021年主要预期目标\n地区生产总值增长7%左右\n城镇新增就业：\n0.8\n万人以上\n"
            "城镇调查失业率：5.5%以内\n")
    kv = key_values(read(text, report_year=2021))
    assert kv[("urban_new_jobs", "target", "2021", "level")] == (0.8, "at_least")
    assert kv[("urban_unemployment_rate", "target", "2021", "share")] == (5.5, "at_most")


def test_label_alone_over_a_change_line():
    # "规模以上工业增加值：\n增长6.6%": the change's word opens the line under the label
    kv = key_values(read(_LABELS.format(label="规模以上工业增加值：", fig="增长6.6%", unit="（快报数）"), report_year=2021))
    assert kv[("industrial_va", "actual", "2020", "growth")] == (6.6, "eq")


def test_a_label_naming_no_indicator_is_left_apart():
    # look-alike: a colon line that names no indicator ("联系电话：") over a number is no figure's label: not joined
    from planwatch.normalize import normalize
    text = "枫溪县2021年政府工作报告\n\n联系电话：\n0571-88886666\n\n2021年，全县地区生产总值增长7%左右。\n"
    assert "联系电话：\n0571" in normalize(text).text


def test_a_sentence_ending_on_a_colon_over_a_numbered_item_is_not_a_label():
    # look-alike: a lead ending on its colon over a numbered item ("主要预期目标是：\n1.地区生产总值…") is no label:
    # the item keeps its own line and is read as before
    text = "枫溪县2021年政府工作报告\n\n今年经济社会发展的主要预期目标是：\n1.地区生产总值增长7%左右；\n2.一般公共预算收入增长5%。\n"
    kv = key_values(read(text, report_year=2021))
    assert kv[("gdp", "target", "2021", "growth")] == (7, "about")
    assert kv[("general_budget_revenue", "target", "2021", "growth")] == (5, "eq")


# --- (b) "◆数说“十四五”" over 年均/累计 lines in a year inside the plan ---

_CARD = ("一图读懂丨2023年枫城市政府工作报告\n来源：枫城发布　2023-01-10\n\n{head}\n全市生产总值年均增长6.2%\n"
         "累计城镇新增就业9.8万人\n\n◆2022年成绩单\n全市生产总值增长4.1%\n")


def test_bare_plan_card_in_a_year_inside_the_plan_is_its_years_so_far():
    # "◆数说“十四五”", "【盘点“十四五”】" in 2023's page: the plan's years gone by, 2021-2022 (no fact before)
    for head in ("◆数说“十四五”", "【盘点“十四五”】", "▍数读“十四五”："):
        kv = key_values(read(_CARD.format(head=head), report_year=2023))
        assert kv[("gdp", "actual", "2021-2022", "growth")] == (6.2, "eq"), head
        assert kv[("urban_new_jobs", "actual", "2021-2022", "level")] == (9.8, "eq"), head
        assert kv[("gdp", "actual", "2022", "growth")] == (4.1, "eq"), head


def test_plan_card_looking_ahead_stays_the_plans_goal():
    # look-alike: "◆展望“十四五”" looks ahead: its average is the plan's goal (2021-2025) as before, no span so far
    kv = key_values(read(_CARD.format(head="◆展望“十四五”"), report_year=2023))
    assert kv[("gdp", "goal", "2021-2025", "growth")] == (6.2, "eq")
    assert ("gdp", "actual", "2021-2022", "growth") not in kv


def test_plan_card_after_the_plan_ended_is_its_five_years():
    # look-alike: the same card on 2026's page, the plan ended: its five years as before
    text = _CARD.replace("2023年", "2026年").replace("2023-01-10", "2026-01-10").replace("2022年成绩单", "2025年成绩单")
    kv = key_values(read(text.format(head="◆数说“十四五”"), report_year=2026))
    assert kv[("gdp", "actual", "2021-2025", "growth")] == (6.2, "eq")


def test_plan_card_with_more_words_is_not_a_bare_card():
    # look-alike: "◆数说“十四五”规划目标" names the plan's goals, not a card looking back: no span of the years so far
    kv = key_values(read(_CARD.format(head="◆数说“十四五”规划目标"), report_year=2023))
    assert ("gdp", "actual", "2021-2022", "growth") not in kv


# --- (c) a page printed one sentence a paragraph, evenly spaced ---

def _page(gap_after_lead: str) -> str:
    return ("枫山县第十七届人民代表大会第三次会议开幕\n\n1月15日，枫山县第十七届人民代表大会第三次会议开幕。\n\n"
            "县长代表县人民政府作政府工作报告。\n\n报告回顾，2018年全县地区生产总值增长7.9%。\n\n"
            "报告提出，2019年全县地区生产总值增长7.5%左右。" + gap_after_lead +
            "一般公共预算收入增长6%，城镇新增就业3000人。\n\n全年新建乡村公路95公里，改造农村危房620户。\n\n新增城区停车泊位1600个。\n")


def test_told_year_goes_on_over_evenly_spaced_one_sentence_paragraphs():
    # "报告提出，2019年…。", a paragraph of targets, then the task paragraphs, every paragraph set apart by one blank
    # line: the told year goes on
    # (the pledges had been lost: the lead read alone, decision 190, and "2019年全县…" with no comma no turn)
    got = pledged(read(_page("\n\n"), region="枫山县", report_year=2019))
    assert {("乡村公路", 95, "公里"), ("农村危房", 620, "户"), ("城区停车泊位", 1600, "个")} <= got


def test_a_lead_set_wider_apart_than_the_page_stays_alone():
    # look-alike: the told lead set apart by more blank lines below it than the page's: a lone lead, no pledge (190)
    got = pledged(read(_page("\n\n\n\n"), region="枫山县", report_year=2019))
    assert not got


def test_a_told_past_year_carries_nothing():
    # look-alike: "报告回顾，2018年…" alone above the tasks, evenly spaced: a past year, no turn to the year's work
    text = ("枫山县第十七届人民代表大会第三次会议开幕\n\n1月15日，枫山县第十七届人民代表大会第三次会议开幕。\n\n"
            "县长代表县人民政府作政府工作报告。\n\n报告回顾，2018年全县地区生产总值增长7.9%。\n\n"
            "全年新建乡村公路95公里。\n")
    assert not pledged(read(text, region="枫山县", report_year=2019))


# --- (d) a statistics news page quoting the report at its end ---

_STATS = ("枫省日报　2024-01-22\n\n去年全省经济增长5.3%\n\n本报讯（记者 李云）{lead}初步核算，2023年全省地区生产总值"
          "28610.5亿元，比上年增长5.3%。\n\n全年社会消费品零售总额增长6.1%。\n\n省政府工作报告提出，2024年全省地区生产总值"
          "增长5.5%左右。\n")


def test_statistics_news_page_is_other_whatever_its_last_paragraph_quotes():
    # "记者从省统计局获悉，…" leads the page; the report quoted only at its end: the page's kind, other (was the report's)
    for lead in ("记者从省统计局获悉，", "据国家统计局枫省调查总队消息，"):
        d = read(_STATS.format(lead=lead), region="枫省")
        assert d.meta.doc_type == "other", lead


def test_news_page_on_the_congress_stays_the_reports():
    # look-alike: a lead on the congress session that names the statistics bureau later: the report's page as before
    text = ("枫省日报　2024-01-22\n\n省十四届人大二次会议开幕\n\n本报讯（记者 李云）1月21日，省十四届人大二次会议开幕，省长"
            "代表省人民政府作政府工作报告。\n\n据省统计局数据，2023年全省地区生产总值增长5.3%。\n\n报告提出，2024年全省地区"
            "生产总值增长5.5%左右。\n")
    assert read(text, region="枫省").meta.doc_type == "government_work_report"


def test_lead_quoting_the_report_itself_stays_the_reports():
    # look-alike: the lead itself quotes the report with the bureau's figures ("记者从省统计局获悉…政府工作报告…"): as before
    text = ("枫省日报　2024-01-22\n\n本报讯 记者从省统计局获悉，省政府工作报告提出的2024年全省地区生产总值增长5.5%左右的"
            "目标有坚实基础。\n\n2023年全省地区生产总值增长5.3%。\n")
    assert read(text, region="枫省").meta.doc_type == "government_work_report"
