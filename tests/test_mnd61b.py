"""The cue words this session wrote inside facts.py's patterns, moved to cues.tsv rows (mnd61b, decision 504, a mend):
486's 从 beside 由 (target_from_marks: _TARGET_FROM_LAST, _FROM_LAST_TO, _role_period's look-back) and 调低/调高 among the
verbs closing a 由 with 为 (revised_to_verbs, rate_narrowed_verbs: _TO, _ADJUSTED_TO), 491's 本年 before a plan's word
(plan_this_year_heads, plan_this_year_cues: _THIS_YEAR_GOES_ON, _THIS_YEAR_HEADS, _this_year_between), and the verbs
of setting a level above's target of lft61, lft61b and lft61c (set_verb_of_words, sets_of_end_verbs, name_sets_verbs:
_SET_VERB_OF, _SETS_OF_END, _NAME_SETS) and pln61's plan estimated whole (plan_estimated_spans: _PLAN_ESTIMATED_AFTER),
each a pattern of its own this session. What the sets,
dev, seeds and the 70-report dump read is unchanged; these tests hold each row's words to the pattern that reads them."""
import pytest

from factkeys import fact_items, read
from planwatch import vocab
from planwatch.extract import facts

_CUES = vocab.cues()


def _words(key: str) -> tuple[str, ...]:
    words = _CUES[key]
    assert words, key
    return words


# target_from_marks: each mark opens the start a target is revised from, last year's target
@pytest.mark.parametrize("mark", _words("target_from_marks"))
def test_from_marks_read(mark):
    assert facts._TARGET_FROM_LAST.search(f"增长目标{mark}去年的")
    assert facts._FROM_LAST_TO.search(f"增长目标{mark}上年的10%调低至")
    assert facts._TARGET_FROM_MARK.search(f"增长目标{mark}上年的10%")


def test_from_marks_look_alike():
    # (a target revised within its year, no last year named: no start of last year's)
    assert facts._TARGET_FROM_LAST.search("增长目标由年初的") is None
    assert facts._FROM_LAST_TO.search("增长目标由年初的10%调低至") is None


# the rows whose words stand in one alternation before 为: none may be a prefix of another, which is what makes the
# row's order (longest first) match what the pattern's own order did
@pytest.mark.parametrize("keys", [("revised_to_verbs",), ("revised_to_verbs", "rate_narrowed_verbs", "rate_moved_verbs")])
def test_alternation_has_no_prefix(keys):
    words = [w for k in keys for w in _words(k)]
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]


@pytest.mark.parametrize("verb", _words("revised_to_verbs"))
def test_revised_to_verbs_read(verb):
    assert facts._TO.match(f"{verb}为")
    assert facts._ADJUSTED_TO.search(f"由6.2%{verb}为")


@pytest.mark.parametrize("verb", _words("rate_narrowed_verbs") + _words("rate_moved_verbs"))
def test_rate_moves_close_a_from(verb):
    assert facts._ADJUSTED_TO.search(f"由6.2%{verb}为")


def test_revised_to_needs_wei():
    assert facts._ADJUSTED_TO.search("由6.2%调低") is None
    assert facts._TO.match("调低5.5%") is None


@pytest.mark.parametrize("head", _words("plan_this_year_heads"))
@pytest.mark.parametrize("cue", _words("plan_this_year_cues"))
def test_plan_this_year_read(head, cue):
    assert head in facts._THIS_YEAR_HEADS
    for said in (f"{head}{cue}增长6%", f"{head}度{cue}增长6%"):
        assert facts._THIS_YEAR_GOES_ON.match(said), said
    text = f"社会消费品零售总额上年预计完成186亿元，{head}{cue}增长6%"
    assert facts._this_year_between(text, text.index("元") + 1, text.index("6%"))


def test_plan_this_year_look_alikes():
    # (本年 with no plan's word after it is no turn to this year's figure; nor a clause with no year word at all)
    assert facts._THIS_YEAR_GOES_ON.match("本年增长6%") is None
    text = "社会消费品零售总额上年预计完成186亿元，增长6%"
    assert not facts._this_year_between(text, text.index("元") + 1, text.index("6%"))


def _report(mark: str) -> str:
    return ("某市人民政府工作报告\n\n一、2019年工作回顾\n2019年，全市经济平稳发展。\n\n二、2020年工作安排\n"
            f"今年经济社会发展的主要预期目标是：地区生产总值增长目标{mark}去年的7%调低至6%左右。\n")


# 486's shape end to end, by each mark: the end this year's target, the start last year's
@pytest.mark.parametrize("mark", _words("target_from_marks"))
def test_target_from_last_year(mark):
    got = fact_items(read(_report(mark), "t.txt"))
    assert ("gdp", "target", "2020", "growth", 6) in got
    assert ("gdp", "target", "2019", "growth", 7) in got


# the verbs of setting a level above's target, each row its own pattern's
@pytest.mark.parametrize("verb", _words("sets_of_end_verbs"))
def test_sets_of_end_verbs_read(verb):
    assert facts._SETS_OF_END.search(f"唐山市{verb}的")
    assert facts._SETS_OF_END.search(f"唐山市{verb}的单位") is None  # (the lead ends on 的)


@pytest.mark.parametrize("verb", _words("name_sets_verbs"))
def test_name_sets_verbs_read(verb):
    for said in (f"{verb}的", f"年初{verb}的"):
        assert facts._NAME_SETS.match(said), said


def test_name_sets_not_handed_down():
    # (下达 hands the region its own target: no level above's setting, decision 102)
    assert facts._NAME_SETS.match("下达的") is None and facts._NAME_SETS.match("年初下达的") is None


@pytest.mark.parametrize("verb", _words("set_verb_of_words"))
def test_set_verb_of_words_read(verb):
    assert facts._SET_VERB_OF.search(f"全省年初{verb}的地区生产总值增长目标为")


@pytest.mark.parametrize("span", _words("plan_estimated_spans"))
def test_plan_estimated_spans_read(span):
    assert facts._PLAN_ESTIMATED_AFTER.match(f"，全市地区生产总值预计{span}增长6.3%")
    assert facts._PLAN_ESTIMATED_AFTER.match(f"，全市地区生产总值预计增长{span}") is None
