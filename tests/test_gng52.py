"""Five-year plan outlines and their 说明, blind (gng52, decision 427): a five-year sum in an outline's review of the plan
gone, its plan named in a sentence before ("“十三五”时期，…。五年累计城镇新增就业…"); an outline's review chapter titled by the
plan gone's achievement ("…取得决定性成就"); a part titled for the long-range goals ("三、关于二〇三五年远景目标"); the 2035
vision's qualitative words ("达到高收入经济体水平", "达到中等发达经济体水平"). With look-alikes that must not change. The sentences
are written for these tests, not copied from the set."""
from factkeys import key_values, pledged, read

from planwatch import structure

_OUTLINE14 = "绵竹市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n（2021年3月2日绵竹市第九届人民代表大会第六次会议批准）\n\n"
_OUTLINE15 = "长兴县国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要\n\n（2026年1月12日长兴县第十八届人民代表大会第六次会议批准）\n\n"
_SHUOMING = ("关于湖南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）的说明\n\n"
             "——2021年1月30日在湖南省第十三届人民代表大会第四次会议上\n\n各位代表：\n")


def _o14(body: str):
    return read(_OUTLINE14 + body + "\n", "绵竹市.txt", region="绵竹市", level="county", report_year=2021, doc_type="other")


def _o15(body: str):
    return read(_OUTLINE15 + body + "\n", "长兴县.txt", region="长兴县", level="county", report_year=2026, doc_type="other")


def _sm(body: str):
    return read(_SHUOMING + body + "\n", "湖南省.txt", region="湖南省", level="province", report_year=2021, doc_type="other")


# --- a five-year sum in the review of the plan gone, the plan named in a sentence before ---

def test_five_year_sum_after_past_plan_named_sentence_before():
    # the plan gone opens the paragraph, a later sentence sums its five years: a result over 2016-2020, no goal
    kv = key_values(_o14("一、发展基础\n“十三五”时期，全市综合实力显著增强。2020年，地区生产总值达到386.5亿元。"
                         "五年累计城镇新增就业2.6万人。"))
    assert kv.get(("urban_new_jobs", "actual", "2016-2020", "level")) == (2.6, "eq")
    assert ("urban_new_jobs", "goal", "2021-2025", "level") not in kv


def test_five_year_sum_in_later_semicolon_item_after_past_plan():
    # in a 十五五 outline, "“十四五”以来" opening the paragraph: the sum and the ；-items after it stay the plan gone's
    kv = key_values(_o15("“十四五”以来，全县发展质效稳步提升。2025年，地区生产总值预计达到1020亿元，“十四五”时期年均增长6.5%；"
                         "五年累计完成固定资产投资2860亿元；城镇居民人均可支配收入达到86200元。"))
    assert kv.get(("fixed_asset_investment", "actual", "2021-2025", "level")) == (2860, "eq")
    assert kv.get(("urban_disposable_income", "actual", "2025", "level")) == (86200, "eq")
    assert not any(k[1] == "goal" for k in kv)


def test_five_year_sum_of_plan_ahead_kept():
    # look-alike: the plan ahead named in the sentence before the sum: its goal, as before
    kv = key_values(_o15("二、主要目标\n“十五五”时期，全县经济保持中高速增长，地区生产总值年均增长6%左右。"
                         "五年累计城镇新增就业4万人以上。"))
    assert kv.get(("urban_new_jobs", "goal", "2026-2030", "level")) == (4, "at_least")


def test_five_year_sum_after_plan_gone_then_years_ahead_kept():
    # look-alike: the plan gone named, then the years ahead (今后五年) before the sum: the years ahead's sum
    kv = key_values(_o15("二、主要目标\n“十四五”时期，全县发展基础更加坚实。今后五年，地区生产总值年均增长6%左右，"
                         "五年累计城镇新增就业4万人以上。"))
    assert kv.get(("urban_new_jobs", "goal", "2026-2030", "level")) == (4, "at_least")


# --- an outline's review chapter titled by the plan gone's achievement ---

def test_review_chapter_titled_achieved_no_pledge():
    # "第一章　…取得历史性成就": the review; its five-year count is no pledge of the plan
    d = _o14("第一章　小康社会建设取得决定性成就\n全市城乡面貌焕然一新，新建改造农村公路860公里，"
             "城镇新增就业2.6万人。\n\n第二章　主要目标\n地区生产总值年均增长7%左右。\n\n第五章　推进乡村振兴\n"
             "新建高标准农田12万亩。")
    assert ("农村公路", 860, "公里") not in pledged(d)
    assert ("高标准农田", 12, "万亩") in pledged(d)


def test_review_title_roles():
    # the achievement ending a chapter's title is the review; an aim before it in its clause keeps it an aim (tasks)
    assert structure._title_shape("决胜全面建成小康社会取得决定性成就") == "review"
    assert structure._title_shape("经济社会发展取得重大成就") == "review"
    assert structure._title_shape("全面建设社会主义现代化取得重大成就") == "tasks"  # (a call to act opens it: as before)
    assert structure._title_shape("推动高质量发展取得决定性成就") != "review"  # (opens on a call to act)


# --- a part titled for the long-range goals ---

def test_vision_part_no_pledge():
    # "三、关于二〇三五年远景目标": the goals' part; its share to reach is a goal, no pledge
    d = _sm("一、关于“十四五”时期的主要目标\n《纲要（草案）》提出地区生产总值年均增长6.5%左右。\n"
            "三、关于二〇三五年远景目标\n《纲要（草案）》提出，到2035年，全省常住人口城镇化率达到70%左右，森林覆盖率稳定在59%以上。")
    kv = key_values(d)
    assert kv.get(("urbanization_rate", "goal", "2035", "share")) == (70, "about")
    assert not any(p[0] in ("常住人口城镇化率", "城镇化率") for p in pledged(d))


def test_vision_part_title_role():
    assert structure._role("三、关于二〇三五年远景目标") == "targets"
    assert structure._role("第三章　2035年远景展望") == "targets"
    # look-alike: the outline's own name after the words is no goals' part
    assert structure._role("一、关于“十四五”规划和二〇三五年远景目标纲要的编制过程") != "targets"
    assert structure._role("关于制定“十四五”规划和二〇三五年远景目标的建议") != "targets"


# --- the 2035 vision's qualitative words ---

def test_vision_high_income_level_qualitative():
    # "人均地区生产总值达到高收入经济体水平": the 2035 goal, qualitative
    kv = key_values(_o15("展望二〇三五年，全县人均地区生产总值达到高收入经济体水平，城乡区域发展差距显著缩小。"))
    assert kv.get(("gdp_per_capita", "goal", "2035", "growth")) == (None, "qualitative")


def test_review_new_step_result_unchanged():
    # look-alike: a review's "迈上新台阶" states a result, no goal and no required fact: none read
    kv = key_values(_o14("一、发展基础\n“十三五”时期，全市人均地区生产总值迈上新台阶，2020年达到5.6万元。"))
    assert not any(k[0] == "gdp_per_capita" and k[1] == "goal" for k in kv)
