"""Every regular expression scanned over a long span (more than 200 characters: a whole text, a part, a paragraph) in
extraction opens so that ``re`` skips in C to where it can begin (a literal prefix or a charset of its first characters,
what ``_compile_info`` gives it; or it is tried at the start only, or only where HeadScan's heads stand), or it is in
the allow-list below with why it has none and what it costs. Found by a pure run over the 70 reports
(tests/scanned_patterns.py, in its own process: every pattern ``re`` compiles is wrapped and its scans recorded), not
by a list of names: a round's new pattern that ``re`` cannot skip into (one opening with a look-behind, ``^`` under
re.M, a lazy run, a group of branches or a class among literal branches, an optional first item) is tried at every
character of every text it is searched over, and three times (spd44, spd47, facts._review_left_at) one cost as much as
a speed pass won. The stages before extraction (normalize, metadata, structure: once a document, not in
``benchmarks/instructions.py``'s count) are held to the patterns they scan so today: a new one there fails too."""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planwatch.extract import facts, pledges, projects

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from scanned_patterns import how_it_skips  # noqa: E402

# a pattern searched over each whole text in the run, as a new rule's might be: "^" under re.M and a look-behind
# open it, so re has nothing to skip to (the test of the test: it must be caught)
_PROBE = r"(?:^|(?<=[。；;]))[ \t\u3000]*明年"

# extraction's patterns that have no prefix re can skip to, by (the calling function, the pattern's first 30
# characters or more): why, and what they scan in a pure pass over the 70 reports (characters, scans)
_EXTRACT_ALLOWED = {
    ("pledges._review_run", "[^。！？!?；;]+"):
        "a run of one class, a paragraph's sentences: every place is in a match or is a mark between two, so re's "
        "tries fail only at the marks (12 k, 36)",
    ("pledges._opens_review_first", "[^。！？!?；;]+"): "the same run (1 k, 3)",
    ("pledges._paragraph_figures", "[^。！？!?]+"):
        "the same run, by full sentences (1 k, 4; scan's step since decision 516)",
    ("pledges._turned_list_end", r"\s*(?:展望)?(?:新的一年|新一年|今年"):
        "_TURN_OPENS: its match begins at the spaces before the turn, and opened by a class the year's group "
        "could not begin where it does (its .match users read the same pattern); 5 k, 18",
    ("facts.extract_facts", r"(?:^|[（(])[ \t\u3000]*((?:19|20)"):
        "_MONTH_DATED: a page's head of 300 characters only, the year's group opening where ^ stands (5 k, 16)",
    ("metadata.<listcomp>", r"(?<=[/_t])((?:19|20)\d{2})/?(0"):
        "metadata's _URL_DATE, read by address_month on a page's head of 300 characters only (5 k, 16)",
    ("metadata.<listcomp>", r"(?:(?:发布|日期|时间|更新)[^\d\n]{0,5}"):
        "metadata's _PUB_DATE_YY: a branch opens with ^ and a look-ahead; a page's head only (5 k, 16)",
    ("pledges._bare_money", r"(?<![\d.零〇一二两三四五六七八九十百千万亿])(\d+"):
        "_BARE_MONEY: tried only where a bare 亿 stands (str.find first), its two branches open with classes (2 k, 4)",
    ("facts._outline_of", "(?:第十([一二三四五六七])个五年规划"):
        "_OUTLINE_TITLE: a page's head of 300 characters, once a document of no known type (0.3 k, 1)",
}

# before extraction (normalize, metadata, structure): once a document, outside the count; left as they are (the
# largest first: characters scanned in a pure pass over the 70 reports, scans). Respelling one takes it off the list.
_PIPELINE_ALLOWED = {
    ('normalize._regional', '(?P<w0>按年下跌(?=约|逾|近|超过|\\d))'),  # 17 k, 22 (a traditional page's words, scanned in a traditional page alone: its 指 for 说 row opens on a look-behind, decision 473)
    ('normalize.normalize', '[\U0001f000-\U0001faff☀-☄☇-⛿✀-❵➔-➿⬅-⬇⬛⬜⭐⭕\ufe0f]+|[0-'),  # 487 k, 70
    ('normalize._table_cells', '^[ \\t]*(?:主[ \\t]*要[ \\t]*指[ \\t]'),  # 487 k, 70
    ('normalize.<listcomp>', '(?:打印此文|打印本页|关闭窗口|返回顶部|收藏本页|点击'),  # 487 k, 70
    ('normalize.<listcomp>', '^[ \\t]*(?:[-—–－─━~]\\s*\\d{1,3}\\'),  # 487 k, 70
    ('normalize.<listcomp>', '^[ \\t]*(?:◆[ \\t]*)?(?:网友评论|热门评'),  # 487 k, 70
    ('normalize.<listcomp>', '^[ \\t]*(?:◆[ \\t]*)?(?:[【\\[〖［]?'),  # 487 k, 70
    ('normalize.<listcomp>', '^[ \\t\\u3000]*[\\u4e00-\\u9fff]{2'),  # 487 k, 70
    ('normalize._inline_page_spans', '[-—–－][ \\t]?\\d{1,3}[ \\t]?[-—–－'),  # 487 k, 70
    ('normalize._margin_number_spans', '^[ \\t]*(\\d{1,4})(?:[ \\t]+|(?=\\'),  # 487 k, 70
    ('normalize._space_spans', '[ \\t\\u00a0\\u3000\\u200b\\ufeff]+'),  # 484 k, 70
    ('normalize._join_spans', '\\n+'),  # 483 k, 70
    ('normalize._space_rows', '^[ \\t\\u3000]*((?:主要指标名称|主要预期目标|指标名称|主要'),  # 477 k, 59 (its header after an indent, decision 411)
    ('normalize._head_label_spans', '^[ \\t\\u3000]*(?:\\d(?: ?\\d)?[:：][0-5] ?\\d'),  # 443 k, 53 (a live blog's line heads, decision 407: ^ under re.M; its clock time's digits split by a space, decision 424)
    ('normalize._label_rows', '^[ \\t\\u3000]*[^\\s\\d。；;，,：:|]{2'),  # 473 k, 64
    ('normalize._notes_spans', '^[ \\t\\u3000]*[*＊※]?[ \\t]*(?:注|'),  # 446 k, 30
    ('normalize.normalize', '(?<=\\d元|[万亿千百]元)\\n?人\\n?民\\n?币(?'),  # 377 k, 21
    ('metadata._year_votes', '(?:(?P<w>今|明|去|(?:刚刚)?过去的?一)年['),  # 376 k, 60
    ('normalize._record_lines', '^[ \\t\\u3000]*指标(?:名称)?[ \\t\\u30'),  # 351 k, 27
    ('metadata._content_top', '^[ \\t\\u3000]*(?:您现在的位置|你现在的位置|'),  # 252 k, 70
    ('metadata._year_votes', '(?:(?:回顾|总结|回首|回眸|回望)了?|刚刚过去的|'),  # 188 k, 30
    ('metadata._year_votes', '第(?P<n>十[一二三四五])个五年规划(?:和二〇[一二'),  # 188 k, 30
    ('metadata._year_votes', '[“\\"]?(?P<n>十[一二三四五])五[”\\"]?(?'),  # 188 k, 30
    ('metadata._region', '^[ \\t\\u3000]*(?:(?:19|20)\\d{2}'),  # 185 k, 24
    ('metadata._year_votes', '(?P<w>今|明|去|(?:刚刚)?过去的?一)年[，,]?是'),  # 176 k, 13 (明 too, decision 409)
    ('metadata._speaker', '(?P<title>(?:代理?)?(?:主席|区长|县长|'),  # 86 k, 80
    ('metadata.detect', '(?P<y>(?:19|20)\\d{2}|[〇○零一二三四五'),  # 86 k, 70
    ('metadata.detect', '(?<!\\d)(?P<y>(?:19|20)\\d{2})\\s'),  # 86 k, 70
    ('metadata._speaker', '^[ \\t]*(?P<label>(?:'),  # 86 k, 70 (its head since decision 509: a label, 报告人：, may open the line)
    ('normalize.normalize', '[\u200b\u200c\u200d\u2060\ufeff]+'),  # 76 k, 4
    ('metadata._speaker', '^[ \\t]*(?P<name>[\\u4e00-\\u9fff'),  # 74 k, 57
    ('metadata._speaker', '(?:代理?|副)?(?:省长|市长|区长|县长|州长|旗长'),  # 65 k, 45
    ('metadata._speaker', '(?:^|(?<=报告))[ \\t]*(?:[—－\\-]{1'),  # 51 k, 34
    ('metadata._menu_items', '[ \\t\\u3000\\u00a0]+'),  # 49 k, 149
    ('metadata._speaker', '(?:^|[，,。：:\\s]|主任)(?P<name>[\\u'),  # 49 k, 48
    ('metadata._speaker', '(?:^|[，,。：:\\s])(?P<name>[\\u4e0'),  # 49 k, 48
    ('normalize._foot_note_spans', '^[ \\t\\u3000]*(?:([①-⑳])|[\\[［〔]'),  # 38 k, 4
    ('metadata._year_votes', '^[ \\t]*(?P<y>(?:19|20)\\d{2})[ '),  # 29 k, 30
    ('normalize._indented_starts', '^[ \\t]{2,8}(?=\\S)'),  # 29 k, 9
    ('normalize.normalize', '^([ \\t\\u3000]*[一二三四五六七八九十]{1,3'),  # 28 k, 7
    ('metadata._month_day', '[^\\n]*\\S[^\\n]*'),  # 28 k, 26
    ('normalize._glossary_spans', '^[ \\t\\u3000]*[【\\[〖［]?(?:知识链接|小'),  # 22 k, 2
    ('normalize._glossary_spans', '^[ \\t\\u3000]*[【\\[〖［]?(?:相关链接|知'),  # 22 k, 2
    ('metadata._region', '(?<!\\d)\\d{1,2}月\\d{1,2}日(?:电|讯)'),  # 21 k, 70
    ('metadata._year_votes', '(?<!\\d)((?:19|20)\\d{2})\\s*(?:['),  # 21 k, 60
    ('metadata._year_votes', '(?<=[/_t])((?:19|20)\\d{2})/?(0'),  # 21 k, 60
    ('metadata._doc_type', '(?:工作报告|计划)》?[^，。；\\n》]{0,16}(?'),  # 20 k, 65
    ('metadata._doc_type', '国民经济和社会发展(?:计划|年度计划)|国民经济和社会发展'),  # 20 k, 65
    ('metadata._doc_type', '(?:政\\s*府|管\\s*(?:理\\s*)?委\\s*(?:员'),  # 20 k, 65
    ('metadata._setters_alike', '政府工作报告提出|政府工作报告明确|政府工作报告确定|设定为'),  # 17 k, 11
    ('metadata._setters_alike', '(?:^|(?<=[，,；;]))[ \\t\\u3000◆●■'),  # 17 k, 11
    ('structure.outline', '在肯定成绩的同时|成绩来之不易|(?:我们|同时)也?清醒地'),  # 14 k, 7
    ('metadata._year_votes', '(?:(?:发布|日期|时间|更新)[^\\d\\n]{0,5}'),  # 12 k, 30
    ('metadata._region', '(?:居|位列|排名|排在|列)\\s*([\\u4e00-\\u'),  # 11 k, 2
    ('metadata._year_votes', '(?:报|^[ \\t]*《[^》\\n]{2,12}》)[^\\'),  # 10 k, 24
    ('metadata._year_votes', '(?P<y>(?:19|20)\\d{2}|[〇○零一二三四五'),  # 9 k, 30
    ('metadata.<listcomp>', '(?:工作报告|计划)》?[^，。；\\n》]{0,16}(?'),  # 8 k, 14
    ('metadata.<listcomp>', '国民经济和社会发展(?:计划|年度计划)|国民经济和社会发展'),  # 8 k, 14
    ('metadata.<listcomp>', '(?:政\\s*府|管\\s*(?:理\\s*)?委\\s*(?:员'),  # 8 k, 14
    ('metadata._setters_unranked', '政府工作报告提出|政府工作报告明确|政府工作报告确定|设定为'),  # 6 k, 2
    ('metadata._month_day', '(?<![\\d年.])(?P<m>\\d{1,2}|(?<!['),  # 4 k, 10
    ('metadata._siblings', '(?<![\\u4e00-\\u9fff])([\\u4e00-\\'),  # 2 k, 7
    ('metadata._digest_parent', '(?P<who>[\\u4e00-\\u9fff]{0,8}?)'),  # 2 k, 2
    ('metadata._year_votes', '((?:19|20)\\d{2})\\s*年\\s*(?:全国|['),  # 0 k, 1
    ('metadata._region', '(?<=[\\u4e00-\\u9fff])[ \\t\\u3000'),  # 0 k, 1
    ('metadata._region', '^\\s*中共|(?<=[省市区县州旗盟])[省市区县州旗盟]'),  # 0 k, 1
    ('metadata.aims', '左右|预期|力争|争取|确保|目标|(?:提出|确定|明确)'),  # 0 k, 1
}


@pytest.fixture(scope="module")
def scanned() -> list[dict]:
    env = dict(os.environ, PLANWATCH_PURE="1", PYTHONHASHSEED="0", PLANWATCH_CACHE="0")
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "scanned_patterns.py"), "--probe", _PROBE],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=1800)
    assert out.returncode == 0, out.stderr[-2000:]
    rows = [json.loads(line) for line in out.stdout.split("\n") if line.startswith("{")]
    assert rows[0]["documents"] >= 5
    return rows[1:]


def _unskipped(rows: list[dict], stage: str, allowed) -> list[str]:
    """The patterns of ``stage`` re tries at every character of a long span, not allowed (a key: the calling function
    and the pattern's first characters)."""
    return sorted({f"{r['site']}: {r['pattern'][:80]!r} ({r['chars']} characters, {r['calls']} scans)" for r in rows
                   if r["stage"] == stage and r["how"] is None
                   and not any(r["site"] == site and r["pattern"].startswith(head) for site, head in allowed)})


def test_extraction_scans_only_patterns_re_can_skip_into(scanned):
    new = [s for s in _unskipped(scanned, "extract", _EXTRACT_ALLOWED) if not s.startswith("scanned_patterns.")]
    assert not new, "patterns re tries at every character of a long span (respell them: tests/test_spd44.py, " \
                    "docs/benchmarks.md):\n" + "\n".join(new)


def test_the_stages_before_extraction_scan_no_new_such_pattern(scanned):
    new = _unskipped(scanned, "pipeline", _PIPELINE_ALLOWED)
    assert not new, "new patterns re tries at every character of a whole text:\n" + "\n".join(new)


def test_a_new_unprefixed_whole_text_pattern_is_caught(scanned):
    caught = [s for s in _unskipped(scanned, "extract", _EXTRACT_ALLOWED) if s.startswith("scanned_patterns.main")]
    assert len(caught) == 1 and "明年" in caught[0]
    # and where it opens with its characters' class, it passes
    assert how_it_skips(r"[ \t\u3000明](?:(?<=^.)|(?<=[。；;].))(?:(?<=明)|(?<=[ \t\u3000])[ \t\u3000]*明)年", re.M) == "prefix"


def test_how_it_skips():
    assert how_it_skips("今年|去年", 0) == "prefix"
    assert how_it_skips("[省市]长", 0) == "prefix"
    assert how_it_skips(r"(\d\d{3})年", 0) == "prefix"
    assert how_it_skips(r"(\d{4})年", 0) is None  # (a repeat opening it)
    assert how_it_skips("(?:综合|充分)考虑|留有余地", 0) is None  # (a group of branches among the branches)
    assert how_it_skips("[省市]定|下达", 0) is None  # (a class among literal branches)
    assert how_it_skips("(?<!\\d)20", 0) is None
    assert how_it_skips("^目标", re.M) is None
    assert how_it_skips("^目标", 0) == "start"
    assert how_it_skips("\\s*(?:今年)?", 0) == "empty"


def test_the_respelled_patterns_skip():
    for p in (facts._REVIEW_THIS_YEAR, facts._PLAN_THIS_YEAR, facts._PUBLISHED, pledges._TARGET_REASONS,
              projects._YEAR):
        assert how_it_skips(p.pattern, p.flags) == "prefix", p.pattern[:40]


_THIS_YEAR_FIRST = r"(?:^|(?<=[。；;！!]))[ \t\u3000]*今年"


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.groups()) == (b.span(), b.groups()))


def test_the_respelled_this_year_patterns_match_as_first_written():
    plain = re.compile(_THIS_YEAR_FIRST, re.M)
    review = re.compile(_THIS_YEAR_FIRST + r"(?:以来[，,]?|[，,])(?P<c>[^。；;\n]{0,40}?\d[^。；;\n]*)", re.M)
    rnd = random.Random(49)
    words = [" ", "\t", "\u3000", "今", "年", "今年", "。", "；", "!", "\n", "以来", "，", "1", "字"]
    samples = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    for t in sorted((ROOT / "examples").glob("*.txt")):
        text = t.read_text(encoding="utf-8")
        samples += [text[i:i + 300] for i in range(0, len(text), 251)]
    for s in samples:
        for pos in (0, 1, 3):
            for old, new in ((plain, facts._PLAN_THIS_YEAR), (review, facts._REVIEW_THIS_YEAR)):
                assert _same(old.search(s, pos), new.search(s, pos)), s
                assert [m.span() for m in old.finditer(s, pos)] == [m.span() for m in new.finditer(s, pos)], s
