"""Speed-shaped patterns of the pledge scanner remove what the plain patterns removed."""
import re

from hypothesis import given, settings, strategies as st

from planwatch.extract import pledges

_PLAIN_TRAIL = re.compile(rf"(?:{pledges._TRAIL_WORDS})+$")
_WORDS = [re.sub(r"\(\?<!.\)", "", w) for w in pledges._TRAIL_WORDS.split("|")]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + list("级商学校新建个\n 、") + ["省级", "幼儿园", "高标准农田"]), max_size=8))
def test_trail_words_removed_as_the_plain_alternation_removes_them(pieces):
    obj = "".join(pieces)
    assert pledges._TRAIL.sub("", obj) == _PLAIN_TRAIL.sub("", obj)


def test_trail_of_real_objects():
    for obj, want in [("老旧小区改造任务", "老旧小区"), ("省级以上", "省级以上"), ("高标准农田建设", "高标准农田"),
                      ("学校的建设", "学校"), ("城镇新增就业10万人以上", "城镇新增就业10万人"), ("农村公路等", "农村公路")]:
        assert pledges._TRAIL.sub("", obj) == want == _PLAIN_TRAIL.sub("", obj)


def test_trail_words_are_a_trie():
    # "每人每年|每人每月|每年|每月" share one branch: each place of an object tries one branch per character
    assert "每人每年|每人每月" not in pledges._TRAIL.pattern


class _Span:
    def __init__(self, start, end):
        self.start, self.end = start, end


def _spans_in_order():
    return st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), max_size=10).map(
        lambda xs: [_Span(sum(g for g, _ in xs[:i + 1]) + sum(k for _, k in xs[:i]),
                          sum(g for g, _ in xs[:i + 1]) + sum(k for _, k in xs[:i + 1])) for i in range(len(xs))])


@settings(max_examples=300, deadline=None)
@given(_spans_in_order(), st.lists(st.integers(0, 60), min_size=1, max_size=6))
def test_clause_items_read_on_in_order_are_those_the_filter_keeps(items, cuts):
    # clauses in text order, each read from the index the clause before left: the items that lie in it
    bounds = sorted(set(cuts))
    clauses = list(zip([0] + bounds, bounds + [70]))
    k = 0
    for cs, ce in clauses:
        got, k = pledges._starting_in(items, k, len(items), cs, ce)
        assert got == [x for x in items if cs <= x.start and x.end <= ce]


def test_clause_items_of_a_sentence():
    text = "今年新建学校12所、幼儿园20所，改造老旧小区300个，其中完成加装电梯50部。"
    qs = [q for q in pledges._quantities(text, 0, len(text))]
    cls = pledges.numbers.clauses(text, 0, len(text), pledges._SEP)
    k, got = 0, []
    for cs, ce in cls:
        cq, k = pledges._starting_in(qs, k, len(qs), cs, ce)
        got.append([text[q.start:q.end] for q in cq])
    assert got == [["12所", "20所"], ["300个"], ["50部"]]


def test_clauses_after_the_last_quantity_leave_the_pledges_as_they_were():
    # the clauses after the last quantity's are not read: they add no pledge, and what they would change
    # (the list's verb, the object a bare figure continues) is read by no later clause
    from planwatch.extract.analysis import Analysis
    from planwatch.model import Metadata
    from planwatch.normalize import normalize
    from planwatch.structure import outline
    text = "二、2024年重点工作\n今年新建学校12所、幼儿园20所，改造老旧小区300个，推动城市更新，提升群众获得感。"
    norm = normalize(text)
    meta = Metadata(report_year=2024)
    ol = outline(norm, 2024)
    an = Analysis(norm, ol, meta)
    got = [(p.action, p.object, p.value, p.unit) for p in pledges.extract_pledges(norm, ol, meta, an)]
    assert got == [("新建", "学校", 12, "所"), ("新建", "幼儿园", 20, "所"), ("改造", "老旧小区", 300, "个")]


def test_gates_before_the_estimate_and_kind_patterns_hold_what_they_need():
    # a find for what every word of the pattern holds decides whether the pattern is searched at all
    assert all(any(h in w for h in pledges._ESTIMATE_HOLDS) for w in pledges._ESTIMATE.pattern.split("|"))
    assert pledges._KIND_NAMED.pattern.startswith("项目")
    for text, est in [("预计全年退税减税约2.5万亿元", True), ("据估计可带动就业2000人", True),
                      ("预测年底达到100家", True), ("预期目标是增长5%", False), ("新建学校12所", False)]:
        assert pledges._estimate_in(text, 0, len(text)) is est is bool(pledges._ESTIMATE.search(text))
    # "加快续建项目和132个新开工项目建设": 续建 names a kind of project; "86个续建项目和…" keeps it
    vs = [v.word for v in pledges._verbs_in("加快续建项目和132个新开工项目建设", 0, 19)]
    assert "续建" not in vs


# --- speedpl2: the clauses a sentence's verbs are read in, found by bisection ---

def _plain_clauses_over(cls, q0, q1, ss, se):
    return next((cs for cs, ce in cls if q0 < ce), se), next((ce for cs, ce in reversed(cls) if cs < q1), ss)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(0, 40), max_size=12), st.lists(st.booleans(), min_size=12, max_size=12),
       st.integers(0, 39), st.integers(1, 40))
def test_clauses_over_as_the_plain_scan(cuts, keep, q0, width):
    # clauses in text order that do not overlap (separators between them dropped), as numbers.clauses gives
    ss, se = 0, 40
    bounds = sorted(set(cuts) | {ss, se})
    cls = [(a, b) for (a, b), k in zip(zip(bounds, bounds[1:]), keep) if k and a < b]
    q1 = min(se, q0 + width)
    assert pledges._clauses_over(cls, q0, q1, ss, se) == _plain_clauses_over(cls, q0, q1, ss, se)


def test_clauses_over_of_real_sentences():
    for text in ["今年要坚持稳中求进，新建学校12所、幼儿园20所，改造老旧小区300个，全面完成年度任务。",
                 "实施重点项目500个，完成投资1200亿元以上。",
                 "推进城乡融合发展，全年新增城镇就业5.2万人：城镇调查失业率控制在5.5%以内；确保粮食总产稳定。",
                 "（1,4-丁二醇）项目建成投产，新增产能30万吨。"]:
        cls = pledges.numbers.clauses(text, 0, len(text), pledges._SEP)
        qs = pledges._quantities(text, 0, len(text))
        assert qs and cls
        for a in range(len(qs)):
            for b in range(a, len(qs)):
                args = (cls, qs[a].start, qs[b].end, 0, len(text))
                assert pledges._clauses_over(*args) == _plain_clauses_over(*args)
    # where no clause follows the first quantity's or none precedes the last one's: the sentence's ends
    assert pledges._clauses_over([(0, 5)], 7, 9, 0, 10) == (10, 5)
    assert pledges._clauses_over([(6, 9)], 0, 3, 0, 10) == (6, 0)
    assert pledges._clauses_over([], 0, 3, 0, 10) == (10, 0)


# --- speedpl2: a review's opening tried only where its first character can open it ---

_OPENING_SHAPES = ["过去一年，全市地区生产总值增长5.2%", "  回顾2023年，我们新建学校12所", "\u3000一年来，累计新增就业3万人",
                   "——五年来，全省累计脱贫80万人", "10年来，全县新建农村公路300公里", "𝟏𝟎年来，全县新建农村公路300公里",
                   "去年以来开工的项目要加快建设，今年新开工项目50个", "上年度结转资金2亿元", "截至目前，已建成5G基站800个",
                   "刚刚过去的一年，极不平凡", "今年新建学校12所", "一是新建学校12所", "2024年新建学校12所", "",
                   "\n去年全市新增就业2万人", "“十四五”期间新建学校30所", "回首过去五年"]


def test_review_opens_as_the_pattern_on_real_openings():
    for s in _OPENING_SHAPES:
        for k in range(3):
            got, want = pledges._review_opens(s[k:]), pledges._REVIEW_OPEN.match(s[k:])
            assert (got and got.span()) == (want and want.span()), s[k:]
    assert pledges._review_opens("过去一年，全市地区生产总值增长5.2%")
    assert pledges._review_opens("𝟏𝟎年来，全县新建农村公路300公里")  # (a digit beyond U+FFFF is tried)
    assert not pledges._review_opens("今年新建学校12所")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["过去", "一年", "五年", "来", "年来", "回顾", "去年", "上年", "——", "截至目前", "的",
                                 "要", "今年", "，", "12", "𝟏", " ", "\u3000", "\n", "新建", "学校", "刚刚"]), max_size=8))
def test_review_opens_as_the_pattern(pieces):
    s = "".join(pieces)
    got, want = pledges._review_opens(s), pledges._REVIEW_OPEN.match(s)
    assert (got and got.span()) == (want and want.span())


_YEAR_SHAPES = ["2021年，全县地区生产总值增长6.5%", " 2023年全县新建学校12所", "\u30002022年以来累计新增就业3万人",
                "——2021—2023年，累计建成高标准农田10万亩", "2024年底前建成5G基站800个", "𝟐𝟎𝟐𝟏年新建学校12所",
                "二〇二一年新建学校12所", "今年新建学校12所", "", "\n2020年全区地区生产总值增长3.7%"]


def test_past_lead_tried_only_where_a_year_can_open():
    from planwatch.model import Metadata
    meta = Metadata(report_year=2024)
    for s in _YEAR_SHAPES + _OPENING_SHAPES:
        for k in range(3):
            got, want = pledges._opens(pledges._PAST_LEAD, pledges._past_lead_first(), s[k:]), pledges._PAST_LEAD.match(s[k:])
            assert (got and got.span()) == (want and want.span()), s[k:]
    assert pledges._past_lead("2021年，全县地区生产总值增长6.5%", meta)
    assert pledges._past_lead(" 2023年全县新建学校12所", meta)
    assert not pledges._past_lead("2024年底前建成5G基站800个", meta)  # (the report's year, and 年底)
    assert not pledges._past_lead("今年新建学校12所", meta)


def test_opens_of_a_pattern_with_no_spaces_ahead_tries_its_own_first_characters():
    import re
    pat = re.compile(r"(?:其中)?今年")
    for s in ["今年新建学校12所", "其中今年新建学校12所", " 今年新建", "明年新建", ""]:
        assert bool(pledges._opens(pat, pledges._first_after_spaces(pat), s)) == bool(pat.match(s))


def test_a_duration_before_a_count_is_no_pledge():
    # "为期/历时/用时/连续" right before a count: a span of time (its last character looked at first)
    assert pledges._DURATION_LAST == frozenset(w[-1] for w in pledges._DURATION)
    text = "开展为期3个月的专项整治行动，连续5年举办，新建学校12所"
    got = [text[q.start:q.end] for q in pledges._unit_quantities(text, 0, len(text))]
    assert got == ["12所"]
    text = "全年开展期3次专项行动，续建项目30个"  # (期/续 alone open no such word)
    got = [text[q.start:q.end] for q in pledges._unit_quantities(text, 0, len(text))]
    assert got == ["3次", "30个"]


def test_set_phrases_looked_at_by_their_pairs_first():
    # the pairs a set phrase holds: a count in none of them is in no set phrase (no search made)
    pairs = pledges._fixed_pairs()
    if pairs is not None:
        for w in pledges._fixed_words():
            assert all(w[i:i + 2] in pairs for i in range(len(w) - 1))
    text = "全省56个民族共同团结奋斗，新建学校56个、幼儿园14所"
    got = [text[q.start:q.end] for q in pledges._unit_quantities(text, 0, len(text))]
    assert got == ["56个", "14所"]


def test_a_clause_of_one_value_and_no_verb_holds_no_list():
    # the premise of calling _list_hits only where a clause has a verb or several values
    for text in ["城乡居民人均可支配收入8%", "其中产业项目260个", "高标准农田12万亩"]:
        qs = pledges._quantities(text, 0, len(text))
        assert len(qs) == 1 and pledges._list_hits(text, 0, len(text), qs, []) == []
    text = "新建改造供水、排水、燃气管网120公里、80公里、60公里"
    qs = pledges._quantities(text, 0, len(text))
    vs = [v for v in pledges._verbs_in(text, 0, len(text)) if v.kind != "end"]
    assert [h.obj for h in pledges._list_hits(text, 0, len(text), qs, vs)] == ["供水管网", "排水管网", "燃气管网"]


def test_the_quote_keeps_the_verb_that_opens_it():
    from planwatch.extract.analysis import Analysis
    from planwatch.model import Metadata
    from planwatch.normalize import normalize
    from planwatch.structure import outline
    text = "二、2024年重点工作\n完成老旧小区改造40个，新建学校12所。"
    norm, meta = normalize(text), Metadata(report_year=2024)
    ol = outline(norm, 2024)
    got = [(p.action, p.object, p.quote) for p in pledges.extract_pledges(norm, ol, meta, Analysis(norm, ol, meta))]
    assert got == [("完成", "老旧小区改造", "完成老旧小区改造40个"), ("新建", "学校", "新建学校12所")]
