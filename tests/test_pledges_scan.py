"""What the faster pledge and project scans rely on: one scan of a paragraph (quantities) or of the
whole text (kind suffixes) finds, in each sentence and clause, what a scan of it alone finds."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings, strategies as st

import planwatch
from planwatch import metadata, structure, vocab
from planwatch.extract import numbers, pledges, projects
from planwatch.extract.analysis import Analysis
from planwatch.extract.prefilter import longest_first
from planwatch.normalize import normalize

HEAD = "某某县政府工作报告\n——2022年1月8日在某某县第九届人民代表大会第一次会议上\n\n"
PLAN = "二、2022年工作安排\n（一）推动高质量发展\n"
ENDS = "。！？!?；;\n"


def _doc(body: str):
    return planwatch.read_text(HEAD + "一、2021年工作回顾\n过去一年，我们新建高标准农田3万亩。\n\n" + PLAN + body + "\n", "t.txt")


def _analysis(text: str) -> Analysis:
    norm = normalize(text)
    meta = metadata.detect(text, norm, {}, "t.txt", None)
    return Analysis(norm, structure.outline(norm, meta.report_year), meta)


def test_quantities_next_to_sentence_ends_are_read_as_in_their_sentence():
    # a duration word, a set phrase or a glued year on the other side of a sentence end does not
    # reach across it ("为期；100天" is a count of days in its own sentence)
    doc = _doc("新建学校3所；改造道路5条。为期；100天整治。连续\n36个月。全年新增就业5000人！建成十个村级服务中心？"
               "坚持56个民族团结；新建停车位1,200个;开工项目2023131个。力争引进项目20个，其中亿元以上项目5个。")
    got = [(p.action, p.object, p.value, p.unit, p.quote) for p in doc.pledges]
    assert got == [
        ("新建", "学校", 3, "所", "新建学校3所"),
        ("改造", "道路", 5, "条", "改造道路5条"),
        ("整治", "整治", 100, "天", "100天整治"),
        ("新增", "新增就业", 5000, "人", "新增就业5000人"),
        ("建成", "村级服务中心", 10, "个", "建成十个村级服务中心"),  # (a lone 十 right after an action counts)
        ("新建", "停车位", 1200, "个", "新建停车位1,200个"),  # (a thousands separator ends no clause)
        ("引进", "项目", 20, "个", "引进项目20个"),
        ("引进", "亿元以上项目", 5, "个", "引进项目20个，其中亿元以上项目5个"),
    ]


def _sentence_quantities_agree(an: Analysis) -> None:
    for ps, pe in an.paragraphs:
        found = pledges._quantities(an.text, ps, pe)
        for ss, se in [s for s in an.sentences if ps <= s[0] < pe]:
            assert [q for q in found if ss <= q.start < se] == pledges._quantities(an.text, ss, se)


def test_paragraph_scan_equals_sentence_scans_on_hand_written_text():
    text = HEAD + PLAN + ("为期；100天。连续36个月；56个民族。14亿人\n三千万元。二〇二三年；1,200万元~1,500万元;"
                          "2023131个。第3个，向5个。一万亿元！五万亿元？5万亿元、3亿元。\n")
    _sentence_quantities_agree(_analysis(text))


_PIECES = ["1", "3", "20", "1,200", "2.5", "一", "十", "三千", "万", "亿", "个", "万元", "亿元", "人", "%",
           "天", "月", "为期", "连续", "第", "56个民族", "14亿人", "项目", "产业园", "中心", "建设", "新建",
           "（", "）", "(", ")", "、", "，", "：", "-", "至", "余", "多", "等", "的"] + list(ENDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@example(["建设", "！", "至", "一", "个"])  # (a clause's verb read across a sentence's ！ by the paragraph scan only)
def test_wider_scans_equal_sentence_and_clause_scans(pieces):
    an = _analysis("".join(pieces))
    t = an.text
    _sentence_quantities_agree(an)
    for ss, se in an.sentences:
        for cs, ce in numbers.clauses(t, ss, se, "，,：:"):
            assert [m.span() for m in an.project_suffixes_in(cs, ce)] == \
                [m.span() for m in projects._suffix_re().finditer(t, cs, ce)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text("万亿元千瓦个", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text("万亿元千瓦个一1", max_size=30))
def test_prefix_tree_pattern_matches_the_longest_word_first(words, text):
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    tree = re.compile(longest_first(words))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_no_vocabulary_word_crosses_a_sentence_or_clause_end():
    # what the wider scans rely on (a paragraph's quantities, the text's kind suffixes, a sentence's verbs)
    marks = set(ENDS + "，,：:、")
    words = list(pledges._units()) + list(pledges.verbs()) + list(projects._vocab()["suffix"])
    words += [c[0] for c in vocab.table("pledge_fixed.tsv") if c and c[0]]
    assert [w for w in words if marks & set(w)] == []


def test_projects_only_in_sentences_with_a_kind_suffix():
    doc = _doc("开工建设城南污水处理厂提标改造工程，建成智能制造产业园。推进云堡妙境二期、蒋姑山民宿等项目。"
               "实施乡村振兴战略；做好民生实事。")
    assert [(p.name, p.kind, p.status) for p in doc.projects if p.part == "plan"] == [
        ("城南污水处理厂提标改造工程", "工程", "开工建设"), ("智能制造产业园", "产业园", "建成"), ("云堡妙境二期", "项目", "推进"), ("蒋姑山民宿", "项目", "推进")]


_WALK = ["建设", "推进", "新建", "产业园", "项目", "中心", "（", "）", "(", ")", "“", "”", "的", "等", "，", "、",
         "。", "\n", "—", "《", "》", "某", "县", "高", "新", "区", "智能", "制造", "重点", "加快", "实施", "保障", "性", "型"]


def _walk_back(text: str, end: int, floor: int) -> int:
    """The plain walk from a kind suffix back to the name's start, one character a step."""
    stops, last_chars = projects._stop_set()
    lens = sorted({len(w) for w in stops})
    i = end
    while i > floor:
        ch = text[i - 1]
        nxt = text[i:i + 1]
        if ch in last_chars and nxt not in projects._NOUN_SUFFIX:
            for k in lens:
                if i - k >= floor and text[i - k:i] in stops \
                        and not (nxt == "区" and text[i + 1:i + 2] != "域" and projects._zone_word(text, i - k, i)) \
                        and not (text[i - k:i] in projects._work() and projects._only_work(text[i:end])) and not (
                        nxt not in projects._LEVEL_FIRST and text[i - k:i] in projects._level_stops()) \
                        and not projects._ROAD.match(text, i) and not (
                        k == 1 and (text[i - 2:i] in projects._name_words() or text[i - 1:i + 1] in projects._name_words())):
                    return i  # (a zone's verb before 区 names a place: "开发区"; a work before the suffix is the name's: "建设项目")
        if ch in "）)":
            j = max(text.rfind("（", floor, i), text.rfind("(", floor, i))
            if j < 0:
                break
            i = j
            continue
        if ch == "”":
            j = text.rfind("“", floor, i)
            if j < 0:
                break
            i = j
            continue
        if ch == "的" and text[i - 2:i] in projects._name_words():
            i -= 2  # ("美的智能家电产业园": 的 ends a word of the name)
            continue
        if ch in projects._BOUNDARY or ch in "“（(的等":
            break
        i -= 1
    return i


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WALK), max_size=30), st.data())
def test_walk_back_jumping_over_name_characters_ends_where_the_step_by_step_walk_does(pieces, data):
    text = "".join(pieces)
    end = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, end))
    assert projects._name_start(text, end, floor) == _walk_back(text, end, floor)


@pytest.mark.parametrize("text", ["建设建设推进区", "经济开发区扩容", "开工区妇幼保健院新院区", "建成区域医疗中心", "美的智能家电产业园"])
def test_walk_back_jumping_ends_where_the_step_by_step_walk_does_on_zone_and_name_words(text):
    # (推进 before 区 is no zone's verb; 开发 is; 美的 is a name's word ending in 的)
    for end in range(len(text) + 1):
        for floor in range(end + 1):
            assert projects._name_start(text, end, floor) == _walk_back(text, end, floor)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WALK + ["：", ",", ":"]), max_size=40))
def test_a_suffix_is_read_in_the_clause_the_sentence_split_gives(pieces):
    text = "".join(pieces)
    for m in re.finditer(r"[^。！？!?；;\n]+", text):
        ss, se = m.span()
        suffixes = list(projects._suffix_re().finditer(text, ss, se))
        want = []
        for cs, ce in numbers.clauses(text, ss, se, "，,：:"):
            inside = [x for x in suffixes if cs <= x.start() < ce]
            if inside:
                want.append((cs, ce, [x.span() for x in inside]))
        got = [(cs, ce, [x.span() for x in xs]) for cs, ce, xs in projects._suffix_clauses(text, ss, se, suffixes)]
        assert got == want


def test_numbers_beyond_the_basic_plane_are_found_as_before():
    # "𝟘" (U+1D7D8) is a decimal digit written beyond U+FFFF: such a text is scanned with \d itself
    text = "新建学校３所，改造道路٥条。𝟘新增绿地10公顷"
    got = [(q.value, q.unit, q.start) for q in pledges._quantities(text, 0, len(text))]
    assert (10, "公顷", text.index("10")) in got
    assert [m.span() for m in pledges._qty_matches(text, 0, len(text))] == \
        [m.span() for m in pledges._qty_re().finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["３", "٥", "𝟘", "〇", "两"]), max_size=40))
def test_number_starts_found_with_or_without_a_character_beyond_the_basic_plane(pieces):
    text = "".join(pieces)
    plain = [m.span() for m in pledges._qty_re().finditer(text)]
    assert [m.span() for m in pledges._qty_matches(text, 0, len(text))] == plain
    # the same text scanned on the \d path (after a clause end: a numeral that closes the text closes
    # its clause, "建设至一个", as one before "。" does)
    wide = text + "。𝟘"
    assert [m.span() for m in pledges._qty_matches(wide, 0, len(text))] == plain
    assert [(q.value, q.unit, q.start, q.end) for q in pledges._quantities(wide, 0, len(text))] == \
        [(q.value, q.unit, q.start, q.end) for q in pledges._quantities(text, 0, len(text))]


def test_a_class_with_the_astral_plane_written_as_a_complement_holds_the_same_characters():
    # [^…] of the rest of the basic plane: the same characters as [chars\U00010000-\U0010ffff]
    # (checked on every character of the basic plane and on characters beyond it)
    for chars in ("0123456789" + pledges._CN, "一二三个万亿", "\x00a\uffff", "５٥〇" + "".join(pledges._units())):
        plain = re.compile("[" + re.escape(chars) + "\U00010000-\U0010ffff]")
        written = re.compile(pledges._with_astral(chars))
        for c in list(range(0x10000)) + [0x10000, 0x1D7D8, 0x10FFFF]:
            assert bool(written.match(chr(c))) == bool(plain.match(chr(c))), hex(c)
