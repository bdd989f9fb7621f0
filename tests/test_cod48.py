"""cod48: word lists moved out of metadata's and pledges' patterns into meta_cues.tsv and cues.tsv, each pattern built
once from its row at first use.

A word added to a moved row reaches the rule (a user extends the vocabulary without touching code), and the rule's
look-alikes answer as before; the patterns built from the rows are kept once, as lru_cache would give them."""
from __future__ import annotations

import ast
import functools
import inspect
import re
from pathlib import Path

from planwatch import metadata
from planwatch.extract import pledges

_BUILT = (metadata._convene, metadata._held_clause, metadata._targets_released, metadata._passing_after,
          metadata._day_only_re, metadata._outline_later, metadata._report_says, metadata._own_voice, metadata._dev_zone,
          metadata._credit_line, metadata._portal_label, metadata._news_speaker, metadata._news_speaker_long,
          metadata._news_speaker3, metadata._published, metadata._span_words)
# (the fixture extra_meta_cues, which clears these and the patterns cod49 moved: tests/conftest.py)


def test_portal_label_words_come_from_meta_cues(extra_meta_cues):
    # a portal's field label and its colon makes its line the page's furniture, no title
    assert metadata._portal_head_line("发布时间：2024-01-20")
    assert metadata._portal_head_line("信息来源：县政府办")
    # look-alike: a label not in the row, and a row's word without its colon
    assert not metadata._portal_head_line("供稿单位：市发展改革委")
    assert not metadata._portal_head_line("来源于基层的声音")
    extra_meta_cues(portal_label=("供稿单位",))
    assert metadata._portal_head_line("供稿单位：市发展改革委")
    assert not metadata._portal_head_line("来源于基层的声音")  # (still the colon's)


def test_credit_line_roles_come_from_meta_cues(extra_meta_cues):
    # a credit line under a copy ends a list of related links: its role, with a word before it or a reviewer's mark
    assert metadata._credit_line().match("责任编辑：王五") is not None
    assert metadata._credit_line().match("（二审：李四）") is not None  # (the reviewers' marks stay in code)
    assert metadata._credit_line().match("供稿：王五") is None
    extra_meta_cues(credit_role=("供稿",))
    assert metadata._credit_line().match("供稿：王五") is not None
    assert metadata._credit_line().match("责任供稿：王五") is not None  # (the row's words before the role reach it too)
    assert metadata._credit_line().match("二审：李四") is not None


def test_released_verbs_after_a_bare_target_come_from_meta_cues(extra_meta_cues):
    # the words after a bare 目标 saying the year's targets are out ("目标全部出炉"), an adverb before the verb or not
    assert metadata._targets_released().match("目标全部出炉", 2) is not None
    assert metadata._targets_released().match("目标公布", 2) is not None
    assert metadata._targets_released().match("目标发布", 2) is None
    assert metadata._targets_released().match("目标全部完成", 2) is None  # look-alike: the target met, no release
    extra_meta_cues(released_verbs=("发布",), released_adverbs=("正式",))
    assert metadata._targets_released().match("目标发布", 2) is not None
    assert metadata._targets_released().match("目标正式发布", 2) is not None
    assert metadata._targets_released().match("目标全部完成", 2) is None


def test_news_speaker_titles_come_from_meta_cues(extra_meta_cues):
    # an office before the name in a news lead, and the name before the office; a 地区's 专员 and the Premier in code
    sp, sp3 = metadata._news_speaker, metadata._news_speaker3
    assert sp().search("市长刘洁作政府工作报告").group("name") == "刘洁"
    assert sp().search("行署专员王小明作政府工作报告").group("title") == "行署专员"
    assert sp().search("社长刘洁作政府工作报告") is None
    assert sp3().search("，刘洁社长作政府工作报告") is None
    extra_meta_cues(news_speaker_titles=("社长",))
    assert sp().search("社长刘洁作政府工作报告").group("title") == "社长"
    assert sp3().search("，刘洁社长作政府工作报告").group("name") == "刘洁"
    # the long name's pattern is built from the same one
    assert metadata._news_speaker_long().search("社长孟克巴雅尔作政府工作报告").group("name") == "孟克巴雅尔"
    assert sp().search("总理李强作政府工作报告").group("title") == "总理"


def test_outline_later_and_dev_zone_rows(extra_meta_cues):
    # a title about an outline's course, not the outline; a zone's unit word, no division's
    assert metadata._outline_later().search("纲要实施中期评估报告") is not None
    assert metadata._outline_later().search("纲要修编说明") is None
    assert metadata._dev_zone().search("临港产业园") is None
    extra_meta_cues(outline_later=("修编",), dev_zone=("产业园",))
    assert metadata._outline_later().search("纲要修编说明") is not None
    assert metadata._dev_zone().search("临港产业园") is not None


def _asked(s: str, figure: str) -> bool:
    return pledges._suggested_in_clause(s, 0, s.index(figure))


def test_suggestion_words_come_from_cues_and_keep_their_compounds(extra_cues):
    # a suggestion asked in the figure's clause is no pledge of the report's (pledges._suggests_asked)
    assert _asked("我建议今年新建口袋公园30个", "30")
    assert not _asked("我倡议今年新建口袋公园30个", "30")
    # look-alikes: a compound opening with the word (希望小学 is a school), proposals handled as a thing
    assert not _asked("新建希望小学3所", "3")
    assert not _asked("办理代表建议和政协提案450件", "450")
    assert not _asked("代表建议办结率达到100%", "100")
    extra_cues(suggest_words=("倡议",))
    pledges._suggests.cache_clear()
    pledges._suggests_asked.cache_clear()
    try:
        assert _asked("我倡议今年新建口袋公园30个", "30")
        assert not _asked("新建希望小学3所", "3")
        assert pledges._suggests().search("倡议") is not None and pledges._suggests().search("希望工程") is None
        extra_cues(suggest_not=("希望村",), suggest_handled=("转办",))
        pledges._suggests.cache_clear()
        pledges._suggests_asked.cache_clear()
        assert pledges._suggests().search("建设希望村") is None
        assert not _asked("我倡议转办今年新建口袋公园30个", "30")
    finally:
        pledges._suggests.cache_clear()
        pledges._suggests_asked.cache_clear()


def test_metadata_patterns_kept_once_take_no_argument_and_are_what_lru_cache_gave():
    tree = ast.parse(Path(inspect.getsourcefile(metadata)).read_text(encoding="utf-8"))
    kept = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)
            and any(ast.unparse(d) == "once" for d in n.decorator_list)]
    assert set(f.__name__ for f in _BUILT) <= set(kept)
    for name in kept:
        fn = getattr(metadata, name)
        assert not inspect.signature(fn).parameters, name
        got = fn()
        assert fn() is got, name
        ref = functools.lru_cache(maxsize=1)(fn.__wrapped__)()
        if isinstance(ref, re.Pattern):
            assert (ref.pattern, ref.flags) == (got.pattern, got.flags), name
        else:  # a word list or table read once (_plan_verbs, _new_areas): the same value
            assert ref == got, name
