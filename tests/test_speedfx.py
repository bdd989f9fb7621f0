"""A fall word found by one set test of its characters (a speed change of facts._falls) and the
abbreviation of a region's name kept once found: the same answers as before, falls and rises alike."""
import planwatch
from planwatch.extract import facts
from planwatch.regions import abbreviation


def test_every_fall_word_has_a_character_of_the_set():
    # the set test stands before the pattern: a fall word with none of its characters would be lost
    for w in facts._NEG:
        assert not facts._FALL_CHARS.isdisjoint(w), w


def test_falls_and_rises_as_the_words_say():
    assert facts._falls("同比下降")
    assert facts._falls("降幅收窄")
    assert facts._falls("单位GDP能耗降低")
    assert facts._falls("↓")
    assert not facts._falls("同比增长")
    assert not facts._falls("在近两年下降后，增长")  # the last change word decides
    assert not facts._falls("比上年提高")
    assert not facts._falls("")


def test_a_fall_read_in_a_report():
    got = {(f.indicator, f.measure, f.value) for f in planwatch.read_text(
        "一、2023年工作回顾\n全市规模以上工业增加值下降2.1%，一般公共预算收入增长5.3%。", "x.txt", {"report_year": 2024}).facts}
    assert ("industrial_va", "growth", -2.1) in got
    assert ("general_budget_revenue", "growth", 5.3) in got


def test_abbreviation_asked_again_gives_the_same():
    for name in ("锡林郭勒盟", "呼和浩特市", "巴音郭楞蒙古自治州", "长沙市", "三门峡市", "攸县"):
        assert abbreviation(name) == abbreviation(name)
    assert abbreviation("锡林郭勒盟") == "锡盟" and abbreviation("呼和浩特市") == "呼市"
    assert abbreviation("长沙市") is None
