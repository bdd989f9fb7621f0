"""News and other pages restating or reviewing a report's figures (nws48, decision 364): a statistics page's result with
the year's target restated after it, the figures after it that nothing decides; a committee's review whose first parts
are paragraphs run on from their numbers ("一、…认为，…") before a titled "三、"; its opening lead closed by the formula
"现将…报告如下：" after a document's title in book marks; the draft's tasks named after the target list in its paragraph
("计划草案安排的重点工作中，…"); a video transcript's caption line of the year's will cut at its end ("今年武义还将"), and
a deputy's turn under a label line with no colon ("【同期声】县人大代表　徐丽萍"). With look-alikes that must not change."""
from planwatch import structure
from planwatch.normalize import normalize

from factkeys import key_values, pledge_items, read

# --- the year reviewed's target restated after its result: what follows goes on with the results ---

_BULLETIN = ("宁远县2020年国民经济和社会发展统计公报\n\n一、综合\n初步核算，全年地区生产总值215.6亿元，增长4.1%。"
             "年末城镇调查失业率4.9%，{}\n\n二、财政\n全年财政总收入18.7亿元，增长3.3%。\n")


def test_result_after_restated_bound_stays_a_result():
    # "…4.9%，控制在5.5%的预期目标以内" restates 2020's target after its result; the revenue in the next part, no cue of
    # its own, is 2020's result, not a target of the year the bulletin is read for
    kv = key_values(read(_BULLETIN.format("控制在5.5%的预期目标以内。")))
    assert kv[("fiscal_total_revenue", "actual", "2020", "level")] == (18.7, "eq")
    assert ("fiscal_total_revenue", "target", "2021", "level") not in kv
    # (the bound itself is still the year's target restated)
    assert kv[("urban_unemployment_rate", "target", "2020", "share")] == (5.5, "at_most")


def test_restated_target_in_brackets_leads_no_target_after_it():
    # the year's target restated by its figure in brackets ("完成年度预期目标（增长5%）") with no result read before it:
    # the investment in the next part is no target of the year the bulletin is read for
    text = ("宁远县2020年国民经济和社会发展统计公报\n\n一、财政\n全年一般公共预算收入9.8亿元，比上年增长5.6%，完成年度预期目标"
            "（增长5%）。\n\n二、投资\n全年固定资产投资比上年增长7.9%。\n")
    kv = key_values(read(text))
    assert ("fixed_asset_investment", "target", "2021", "growth") not in kv
    assert kv[("general_budget_revenue", "target", "2020", "growth")] == (5, "eq")


def test_plan_list_items_after_a_bound_stay_targets():
    # look-alike: in the year's target list the bound is this year's target, and the next item that nothing dates goes
    # on as a target
    text = ("2021年宁远县政府工作报告\n今年主要预期目标是：地区生产总值增长7%左右，城镇调查失业率控制在5.5%以内。\n"
            "一般公共预算收入增长6%。\n")
    kv = key_values(read(text))
    assert kv[("general_budget_revenue", "target", "2021", "growth")] == (6, "eq")


# --- a committee's review: parts run on from their numbers before the first titled part ---

_REVIEW = ("滁州市人民代表大会财政经济委员会关于滁州市2023年国民经济和社会发展计划执行情况与2024年计划草案的审查结果报告\n\n"
           "一、财政经济委员会认为，2023年全市经济持续回升向好。全市地区生产总值完成3600.9亿元，增长6.5%；城镇新增就业5.2万人；"
           "居民人均可支配收入34160元，增长6.2%；粮食总产量保持稳定，规模以上工业增加值较快增长。各项民生事业稳步推进，城乡面貌持续改善，群众获得感不断增强，经济社会发展的主要指标总体完成。\n"
           "二、财政经济委员会认为，计划草案提出的2024年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。"
           "这些目标与“十四五”规划相衔接，既考虑了需要，也考虑了可能，是积极稳妥的，财政经济委员会表示同意。"
           "计划草案对稳增长、促改革、调结构、惠民生、防风险作出了全面部署，体现了高质量发展的要求，符合全市实际，"
           "工作重点明确，措施切实可行，建议市人民代表大会批准。\n"
           "三、财政经济委员会建议：一要加快项目建设；二要稳定和扩大就业；三要办好民生实事，确保各项任务按期完成，"
           "切实加强对计划执行情况的跟踪分析，及时向市人大常委会报告计划执行中的重大事项。\n")


def test_run_on_numbered_parts_before_a_titled_part_are_no_tasks():
    # "一、…认为，…" and "二、…" run on into their sentences (no titles), then "三、财政经济委员会建议：" is read as a part:
    # the page starts at its head, the review's results are not the tasks of a part it started inside
    norm = normalize(_REVIEW)
    assert structure.outline(norm, 2024).leading_role == "other"
    items = pledge_items(read(_REVIEW))
    assert not any(v in (3600.9, 5.2, 34160) for _, _, v, _ in items)


def test_page_cut_inside_a_part_still_starts_in_tasks():
    # look-alike: a page cut from a report's middle, no "一、" line before its first titled part "三、…": it started inside
    # the tasks (the rule asks for the series' first number opening a paragraph above)
    body = "新建改造农村公路120公里，新增城区停车位3000个，改造城镇老旧小区45个。" * 14
    text = body + "\n三、全面加强政府自身建设\n坚持依法行政。\n"
    norm = normalize(text)
    assert structure.outline(norm, 2024).leading_role == "tasks"


# --- the opening lead closed by "现将…如下：" after a document's title ---

def _review_with(lead: str, tasks: str) -> str:
    return ("滁州市人民代表大会财政经济委员会关于滁州市2023年国民经济和社会发展计划执行情况与2024年计划草案的审查结果报告\n\n"
            + lead + "\n财政经济委员会认为，全市经济持续回升向好。全市地区生产总值完成3600.9亿元，增长6.5%；城镇新增就业5.2万人。\n"
            + tasks)


def test_report_follows_formula_after_a_titled_paper_leads_no_tasks():
    # "对…提交的《关于…2024年计划草案的报告》进行了审查。现将审查结果报告如下：": the title's 2024年 and 计划 and the
    # formula's 将 name no time ahead; the results under it are not pledged
    text = _review_with("财政经济委员会对市人民政府提交的《关于滁州市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告》"
                        "进行了审查。现将审查结果报告如下：", "")
    items = pledge_items(read(text))
    assert not any(v in (3600.9, 5.2) for _, _, v, _ in items)


def test_lead_looking_ahead_still_opens_the_tasks():
    # look-alike: a lead that looks ahead in its own words ("今年将重点抓好以下工作：") still opens the tasks under it
    text = ("2024年滁州市政府工作报告解读\n\n报告提出，今年将重点抓好以下工作：\n新建改造城市道路30条，新增公办学位8000个。\n")
    items = pledge_items(read(text))
    assert ("新建改造", "城市道路", 30, "条") in items


# --- the draft's tasks named after the target list in its paragraph ---

def test_draft_laid_tasks_after_the_target_list_are_pledged():
    # "…是可行的。计划草案安排的重点工作中，新开工…，新建…" in the paragraph of the restated targets: the draft's tasks
    text = ("滁州市人民代表大会财政经济委员会关于2024年计划草案的审查结果报告\n\n"
            "财政经济委员会认为，计划草案提出的2024年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。"
            "这些目标是可行的。计划草案安排的重点工作中，新开工重大项目120个，新建充电桩2000个，财政经济委员会表示赞同。\n")
    items = pledge_items(read(text))
    assert ("新开工", "重大项目", 120, "个") in items and ("新建", "充电桩", 2000, "个") in items
    # (the target list itself stays no pledge)
    assert not any(v == 6 and u == "%" for _, _, v, u in items)


def test_draft_targets_named_after_the_list_are_no_tasks():
    # look-alike: a sentence naming the draft's targets, not its tasks ("计划草案提出的主要目标…"), opens no tasks
    text = ("滁州市人民代表大会财政经济委员会关于2024年计划草案的审查结果报告\n\n"
            "财政经济委员会认为，2024年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。"
            "计划草案提出的主要目标中，城镇新增就业5万人以上，是积极稳妥的。\n")
    items = pledge_items(read(text))
    assert not any(v == 5 and u == "万人" for _, _, v, u in items)


# --- a transcript's caption line of the year's will, and a deputy's label line ---

_VIDEO = ("视频｜县十八届人大三次会议开幕\n2024-01-10 19:30　来源：遂昌县融媒体中心\n\n【主持人】\n观众朋友们晚上好\n"
          "今天上午\n遂昌县第十八届人民代表大会第三次会议开幕\n县长张华作政府工作报告\n")


def test_caption_line_of_the_years_will_leads_the_lines_under_it():
    # "今年遂昌还将" cut at the line's end, no mark, over bare task lines: the tasks restated
    d = read(_VIDEO + "【记者】\n今年遂昌还将\n新建城市书房8家\n改造提升农村公路60公里\n")
    items = pledge_items(d)
    assert ("新建", "城市书房", 8, "家") in items and ("改造提升", "农村公路", 60, "公里") in items


def test_caption_line_of_a_past_year_leads_nothing():
    # look-alike: the same caption of a past year ("2022年遂昌还将") is no lead of this year's tasks
    d = read(_VIDEO + "【记者】\n2022年遂昌还将\n新建城市书房8家\n", report_year=2024)
    assert ("新建", "城市书房", 8, "家") not in pledge_items(d)


def test_deputy_label_line_own_plan_is_not_pledged():
    # "【同期声】县人大代表　李芳" alone on its line over her words: the report she cites ("报告里说…") is pledged, her
    # village's own plan, right after the cited figure with no mark (the caption's line end joined), is not
    d = read(_VIDEO + "【同期声】县人大代表　李芳\n报告里说今年要新建共富工坊20家\n我们村也准备\n自己新修3公里的游步道\n")
    items = pledge_items(d)
    assert ("新建", "共富工坊", 20, "家") in items
    assert not any(v == 3 for _, _, v, _ in items)


def test_reporter_label_line_is_no_deputys_turn():
    # look-alike: a reporter's label line (【记者】) over the report's tasks is no deputy's turn: pledged
    d = read(_VIDEO + "【记者】\n报告提出\n今年要新建共富工坊20家\n")
    assert ("新建", "共富工坊", 20, "家") in pledge_items(d)
