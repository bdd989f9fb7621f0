"""What this hour's rounds left, one class at a time, blind (lft54c, decision 438): a rate set by 按照 before its name in
a review with its result after it ("按照增长6.5%左右安排地区生产总值预期目标，实际增长6.8%": last year's target and the
result, each its own fact); a place before a rate written before its name in a superior's report ("成都市6.5%左右的经济
增长目标顺利实现" in 四川省's: the city's, other:); a growth target judged met or missed right after it on a page with no
review title (a 图解 page's prose under its 成绩单 cards: last year's); a card's rate alone on its line over a blank line
and a paragraph (the card ends there); a title "重点任务2022" right under a one-card targets block (the task cards under
it are the year's tasks, an indicator's card pledged too). With look-alikes that must not change. The sentences are
written for these tests, not copied from the set."""
from factkeys import key_values, pledged, read


def _doc(text: str, name: str, **meta) -> tuple[dict, set]:
    d = read(text, name, **meta)
    return key_values(d), pledged(d)


# --- a rate set by 按照 before its name, its result after it, in a review ---

_REVIEW = ("绵阳市2025年政府工作报告（摘要）\n\n一、2024年工作回顾\n\n过去一年，全市经济运行稳中有进。{s}\n\n"
           "二、2025年主要目标和重点工作\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")


def _review(sentence: str) -> dict:
    return _doc(_REVIEW.format(s=sentence), "绵阳市.txt", region="绵阳市", level="prefecture", report_year=2025)[0]


def test_review_rate_set_before_its_name_keeps_the_target_beside_the_result():
    kv = _review("按照增长6.5%左右安排地区生产总值预期目标，实际增长6.8%，总量达到4350亿元。")
    assert kv.get(("gdp", "target", "2024", "growth")) == (6.5, "about")
    assert kv.get(("gdp", "actual", "2024", "growth")) == (6.8, "eq")
    assert kv.get(("gdp", "actual", "2024", "level")) == (4350, "eq")


def test_review_price_rate_set_before_its_name_then_its_rise():
    kv = _review("按照上涨3%左右安排居民消费价格涨幅预期目标，全年实际上涨0.6%。")
    assert kv.get(("cpi", "target", "2024", "growth")) == (3, "about")
    assert kv.get(("cpi", "actual", "2024", "growth")) == (0.6, "eq")


def test_review_rate_set_before_its_name_alone_stays_the_target():
    # look-alike: no result after it (read so before)
    kv = _review("按照增长8%左右安排固定资产投资预期目标。")
    assert kv.get(("fixed_asset_investment", "target", "2024", "growth")) == (8, "about")
    assert ("fixed_asset_investment", "actual", "2024", "growth") not in kv


def test_plan_rate_set_before_its_name_stays_this_years_target():
    # look-alike: in the year's targets the same wording is the year's target, not the review's
    kv, _ = _doc("绵阳市2025年政府工作报告（摘要）\n\n一、2024年工作回顾\n\n过去一年，地区生产总值增长6.1%。\n\n"
                 "二、2025年主要目标和重点工作\n\n按照增长6%左右安排全市地区生产总值预期目标，固定资产投资增长8%。\n",
                 "绵阳市.txt", region="绵阳市", level="prefecture", report_year=2025)
    assert kv.get(("gdp", "target", "2025", "growth")) == (6, "about")
    assert kv.get(("gdp", "actual", "2024", "growth")) == (6.1, "eq")


# --- a place before a rate written before its name, in a superior's report ---

_PROVINCE = "四川省2024年政府工作报告（摘要）\n\n一、2023年工作回顾\n\n{s}\n\n二、2024年主要目标\n\n地区生产总值增长6%左右。\n"


def _province(sentence: str, region: str = "四川省", level: str = "province") -> dict:
    return _doc(_PROVINCE.format(s=sentence), region + ".txt", region=region, level=level, report_year=2024)[0]


def test_city_target_before_its_name_in_a_provinces_report_is_the_citys():
    kv = _province("各市州竞相发展，成都市6.5%左右的经济增长目标顺利实现，地区生产总值突破2.2万亿元。")
    assert ("gdp", "target", "2023", "growth") not in kv
    assert ("gdp", "actual", "2023", "level") not in kv


def test_city_bare_growth_target_before_its_name_is_the_citys():
    kv = _province("全年经济运行回升向好。绵阳市8%以上的增长目标超额完成。")
    assert ("gdp", "target", "2023", "growth") not in kv


def test_city_target_then_the_provinces_own_keeps_the_provinces():
    kv = _province("成都市6.5%左右的经济增长目标顺利实现，全省6%左右的增长目标顺利实现。")
    assert kv.get(("gdp", "target", "2023", "growth")) == (6, "about")


def test_provinces_own_target_before_its_name_stays_its_own():
    # look-alike: the region's own 全省 (read so before)
    kv = _province("全省6%左右的增长目标顺利实现，地区生产总值增长6%。")
    assert kv.get(("gdp", "target", "2023", "growth")) == (6, "about")
    assert kv.get(("gdp", "actual", "2023", "growth")) == (6, "eq")


def test_city_names_itself_before_its_target_in_its_own_report():
    # look-alike: 成都市's own report naming itself (read so before)
    kv = _province("成都市6.5%左右的经济增长目标顺利实现。", region="成都市", level="prefecture")
    assert kv.get(("gdp", "target", "2023", "growth")) == (6.5, "about")


# --- a 图解 page: a verdict on last year's target under the cards, a card ending over a blank line, 重点任务2022 ---

_CARDS = ("图解丨一图读懂2022年湖北省政府工作报告\n来源：湖北发布　2022-01-20 10:05\n\n2021成绩单\n地区生产总值\n50012.9亿元\n"
          "增长12.9%\n城镇调查失业率\n4.8%\n\n{s}\n\n目标2022\n地区生产总值 增长7%左右\n{title}\n新建5G基站 2.5万个\n"
          "新增城镇就业 70万人以上\n改造城镇老旧小区 3000个\n\n编辑：陈静\n")


def _cards(sentence: str, title: str = "重点任务2022") -> tuple[dict, set]:
    return _doc(_CARDS.format(s=sentence, title=title), "湖北省.txt", region="湖北省", level="province", report_year=2022)


def test_target_judged_met_under_the_cards_is_last_years():
    kv, _ = _cards("全省10%以上的增长目标超额完成，经济总量迈上5万亿元新台阶。")
    assert kv.get(("gdp", "target", "2021", "growth")) == (10, "at_least")
    assert kv.get(("gdp", "target", "2022", "growth")) == (7, "about")


def test_target_judged_missed_under_the_cards_is_last_years():
    kv, _ = _cards("全省7%左右的经济增长目标没有实现，经济运行总体平稳。")
    assert kv.get(("gdp", "target", "2021", "growth")) == (7, "about")
    assert kv.get(("gdp", "target", "2022", "growth")) == (7, "about")


def test_card_rate_over_a_blank_line_runs_into_no_paragraph():
    # the unemployment card's name took the paragraph's first figure as a target
    kv, _ = _cards("全省10%以上的增长目标超额完成，经济总量迈上5万亿元新台阶。")
    assert kv.get(("urban_unemployment_rate", "actual", "2021", "share")) == (4.8, "eq")
    assert ("urban_unemployment_rate", "target", "2022", "share") not in kv


def test_aimed_target_with_a_verdict_word_stays_the_years():
    # look-alike: "确保…顺利实现" is an aim, the year's target, not last year's
    kv, _ = _cards("2022年，全省上下将确保6%以上的增长目标顺利实现。")
    assert ("gdp", "target", "2021", "growth") not in kv


def test_task_title_with_its_year_after_under_a_target_card_opens_the_tasks():
    # "重点任务2022" right under "地区生产总值 增长7%左右": the cards under it are tasks, the jobs card pledged too
    kv, got = _cards("经济运行稳中加固。")
    assert ("城镇就业", 70, "万人") in got
    assert ("5G基站", 2.5, "万个") in got
    assert kv.get(("urban_new_jobs", "target", "2022", "level")) == (70, "at_least")
    assert kv.get(("gdp", "target", "2022", "growth")) == (7, "about")


def test_target_cards_under_the_year_after_title_stay_no_pledges():
    # look-alike: the target card under "目标2022" is a fact, no pledge
    _, got = _cards("经济运行稳中加固。")
    assert not any(obj.startswith("地区生产总值") for obj, _, _ in got)


# --- an outlook paragraph and a review that mentions 展望 in passing (read right before: guards) ---

_NEWS = ("襄阳市2026年计划报告解读\n来源：襄阳日报　2026-01-16 07:30\n\n报告显示，2025年全市经济运行稳中有进，地区生产总值增长6.1%。"
         "回首过去一年，成绩来之不易；展望未来，全市上下信心更足。城镇新增就业6.2万人。\n\n"
         "展望2026年，外部环境依然复杂严峻。综合研判，全市地区生产总值增长6%左右，城镇新增就业6万人以上。\n")


def test_outlook_paragraph_sentences_are_the_year_aheads():
    kv, _ = _doc(_NEWS, "襄阳市.txt", region="襄阳市", level="prefecture", report_year=2026)
    assert kv.get(("gdp", "target", "2026", "growth")) == (6, "about")
    assert kv.get(("urban_new_jobs", "target", "2026", "level")) == (6, "at_least")


def test_review_mentioning_outlook_in_passing_stays_the_review():
    kv, _ = _doc(_NEWS, "襄阳市.txt", region="襄阳市", level="prefecture", report_year=2026)
    assert kv.get(("urban_new_jobs", "actual", "2025", "level")) == (6.2, "eq")
    assert kv.get(("gdp", "actual", "2025", "growth")) == (6.1, "eq")
