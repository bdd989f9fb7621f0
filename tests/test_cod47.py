"""cod47: vocabulary moved out of code into cues.tsv (patterns built at first use), and copied code folded into helpers.

Each rule moved must read its words from the data file: a word added to the row reaches the rule (a user extends the
vocabulary without touching code), and the rule's look-alikes stay as they were."""
from __future__ import annotations


from planwatch import normalize
from planwatch.extract import facts
from planwatch import metadata


def _goes_on(clause: str) -> bool:
    return facts._may_continue(clause[:1]) and facts._continue().match(clause[:13]) is not None


def test_last_year_part_verbs_come_from_the_data_file(extra_cues):
    # a bare 去年 glued to a verb of doing and its figure goes on with the total's figure (decision 333)
    assert _goes_on("去年完成215亿元")
    assert _goes_on("当年实现318亿元")
    # look-alike: a contracted sum is no part of the realised total, 当年 before 引进 (去年's verb only) neither
    assert not _goes_on("去年签约58亿元")
    assert not _goes_on("当年引进268亿元")
    # the words are cues.tsv's: 签约 added to last_year_done_verbs reaches 去年 and 当年 alike
    extra_cues(last_year_done_verbs=("签约",))
    assert _goes_on("去年签约58亿元") and _goes_on("当年签约58亿元")
    assert facts._last_year_part().match("当年签约58亿元") is not None


def test_last_year_part_clause_reads_the_same_row(extra_cues):
    # 当年 bare before a verb of doing opens last year's part (decision 339); before another word it is the year just named
    assert facts._last_year_part().match("当年新增3400人") is not None
    assert facts._last_year_part().match("当年实际增长6%") is None
    extra_cues(last_year_done_verbs=("实际增长",))
    assert facts._last_year_part().match("当年实际增长6%") is not None


def test_peer_pace_and_part_verbs_rows_read_at_first_use(extra_cues):
    # the pace against the level above in words, then its place (decision 341); a pace with no place after ends the run
    assert _goes_on("与全市同步，居全市第2位")
    assert not _goes_on("与全市同步")
    assert not _goes_on("与全市齐头，居全市第2位")
    extra_cues(peer_pace=("齐头",), last_year_part_verbs=("募集",))
    assert _goes_on("与全市齐头，居全市第2位")
    assert _goes_on("去年募集26亿元") and not _goes_on("当年募集26亿元")  # (part verbs follow 去年 only)


def test_plan_to_meet_verbs_and_early_words_from_the_data_file(extra_cues):
    # a plan's goals to be met (decision 320): the verb right before the plan's name, 了 or not
    m = facts._plan_to_meet().match("完成“十四五”规划")
    assert m is not None and m.group(1) is None and m.group(2) == "四"
    assert facts._plan_to_meet().match("完成了“十四五”规划").group(1) == "了"
    # look-alikes: another verb, and a name that is no five-year plan
    assert facts._plan_to_meet().match("落实“十四五”规划") is None
    assert facts._plan_to_meet().match("完成年度计划") is None
    assert facts._met_early().search("提前") is not None and facts._met_early().search("全面") is None
    extra_cues(plan_meet_verbs=("落实",), plan_met_early=("业已",))
    assert facts._plan_to_meet().match("落实“十四五”规划") is not None
    assert facts._met_early().search("业已") is not None


def test_card_rows_units_from_the_data_file(extra_cues):
    # a line ending on a figure's unit over a line opening on a year and its verb: two rows of a card (decision 346)
    assert normalize.figure_unit_ends().search("五年合计完成固定资产投资5680亿元") is not None
    assert normalize.figure_unit_ends().search("新增城镇就业3.2万人 ") is not None
    assert normalize.figure_unit_ends().search("提高1.5个百分点") is not None
    # look-alikes: a unit not in the row, a line ending on words
    assert normalize.figure_unit_ends().search("新建住宅120栋") is None
    assert normalize.figure_unit_ends().search("完成固定资产投资") is None
    extra_cues(line_end_units=("栋",))
    assert normalize.figure_unit_ends().search("新建住宅120栋") is not None


def test_card_rows_stay_apart_and_prose_still_joins():
    # the whole rule through normalize: the card's two rows are not joined into one sentence, a line cut inside prose is
    card = "五年合计完成固定资产投资5680亿元\n2025年为1210亿元\n"
    assert "亿元2025年" not in normalize.normalize(card).text
    prose = "全县地区生产\n总值增长6.5%，比上年提高1个百分点。\n"
    assert "地区生产总值增长6.5%" in normalize.normalize(prose).text


def test_lead_pieces_the_list_a_lead_ends_with():
    # the places listed in the lead's last clause, the year or 全年 that opens it dropped
    assert facts._lead_pieces("2024年，洋县、城固县和勉县") == ["洋县", "城固县", "勉县"]
    assert facts._lead_pieces("全年洋县、城固县") == ["洋县", "城固县"]
    # look-alikes: one place only, or more than eight, is no list
    assert facts._lead_pieces("2024年，洋县") is None
    assert facts._lead_pieces("、".join("甲乙丙丁戊己庚辛壬")) is None


def test_leaders_named_in_order_and_the_first_leader():
    text = "过去一年，在南京市委、市政府的坚强领导下，在鼓楼区委的领导下，全区上下…"
    led = [[r.name for r in names] for names in metadata._leaders_named(text)]
    assert led == [["南京市"], ["鼓楼区"]]
    assert metadata._first_leader(text).name == "南京市"
    # the level word again before 委 ("在鲁山县县委…")
    assert [r.name for r in next(metadata._leaders_named("在鲁山县县委的坚强领导下，"))] == ["鲁山县"]
    # look-alike: no committee named before 领导下, no leader
    assert metadata._first_leader("在上级党组织的坚强领导下，全镇…") is None
