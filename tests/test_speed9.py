"""Tests before patterns tried at each comma of a figure's words (a speed change of facts._tail_end and
facts._this_year_between): a character or a find decides where the patterns cannot match, with the same
answers as the patterns tried everywhere."""
import planwatch
from planwatch.extract import facts

SENTENCES = (
    "规模以上工业增加值去年增长9.8%，今年要在此基础上增长6%以上，固定资产投资增长8%。",
    "去年地区生产总值5006.7亿元；今年，预期增长6%左右。全县生产总值增长10.1%。今年预期增长9.5%",
    "地区生产总值计划目标6%，执行5.2%；一般公共预算收入目标增长5%， 而实际增长6.3%，但全年实际下降1%。",
    "社会消费品零售总额增长7%，明年力争增长8%；城镇居民人均可支配收入增长6.5%,实际完成6.8%",
    "居民消费价格涨幅控制在3%左右，今年，还将增长5%，\n执行为4.9%，\u3000实际达到5.1%。",
)


def _marks(text):
    return [i for i, c in enumerate(text) if c in "，,；;。\n"]


def test_this_year_at_answers_as_the_patterns():
    for text in SENTENCES:
        for i in _marks(text):
            got = facts._this_year_at(text, i + 1)
            want = facts._THIS_YEAR_GOES_ON.match(text, i + 1) or facts._THIS_YEAR_PLAIN.match(text, i + 1)
            assert (got and got.span()) == (want and want.span()), (text, i)


def test_then_actual_at_answers_as_the_pattern():
    hits = 0
    for text in SENTENCES:
        for i in _marks(text):
            want = facts._then_actual().match(text, i) is not None
            assert facts._then_actual_at(text, i) == want, (text, i)
            hits += want
    assert hits >= 5  # 执行5.2%, 而实际增长, 但全年实际下降, 实际完成6.8%, 执行为, 实际达到 after a space


def test_then_actual_first_holds_every_word():
    cues = planwatch.vocab.cues()
    for w in (*cues.get("then_actual", ()), *cues.get("then_actual_figure", ())):
        assert w[0] in facts._then_actual_first(), w


def _between_tried_everywhere(text, start, vstart):
    ty = facts._THIS_YEAR_GOES_ON.search(text, start, vstart + 2)
    if ty is None:
        ty = facts._THIS_YEAR_PLAIN.search(text, start, vstart)
    return ty is not None and ty.end() <= vstart and text[ty.start() - 1] in "，,；;。"


def test_this_year_between_answers_as_the_searches():
    for text in SENTENCES:
        for vstart in (i for i, c in enumerate(text) if c.isdigit()):
            for start in range(0, vstart, 3):
                assert facts._this_year_between(text, start, vstart) == _between_tried_everywhere(text, start, vstart), \
                    (text, start, vstart)


def _facts(text, year=2024):
    return {(f.indicator, f.role, f.period, f.measure, f.value)
            for f in planwatch.read_text(text, "x.txt", {"report_year": year}).facts}


def test_last_year_and_this_year_of_one_name_in_a_report():
    got = _facts("二、2024年工作安排\n规模以上工业增加值去年增长9.8%，今年增长6%以上。")
    assert ("industrial_va", "actual", "2023", "growth", 9.8) in got
    assert ("industrial_va", "target", "2024", "growth", 6.0) in got


def test_a_plan_figure_then_its_result_in_a_report():
    got = _facts("一、2023年国民经济和社会发展计划执行情况\n地区生产总值计划目标6%，执行5.2%。")
    assert ("gdp", "actual", "2023", "growth", 5.2) in got


def test_own_word_and_last_year_open_with_their_sets():
    # the set tests stand before the patterns: a match opening otherwise would be lost
    for w in ("全省", "我市", "本县", "全盟", "本级"):
        assert w[0] in facts._OWN_WORD_FIRST and facts._OWN_WORD.match(w)
    for w in ("去年增长", "上年", "2023年同比增长", "1998年"):
        assert w[0] in facts._LAST_YEAR_FIRST and facts._LAST_YEAR_BETWEEN.fullmatch(w)


def test_own_name_after_a_part_in_a_report():
    got = {(f.indicator, f.value) for f in planwatch.read_text(
        "一、2023年工作回顾\n武汉都市圈地区生产总值增长6%，全省生产总值增长5.7%。", "x.txt",
        {"report_year": 2024, "region": "湖北省"}).facts}
    assert ("gdp", 5.7) in got
