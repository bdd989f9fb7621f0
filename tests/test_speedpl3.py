"""Speed-shaped helpers of the pledge and project scanners (branch speedpl3) give what the plain code gave:
each faster version is checked against the plain one it replaced (kept here as written before), on
made-up strings over the characters that matter and on sentences shaped like the reports'."""
import re

from hypothesis import given, settings, strategies as st

from planwatch.extract import numbers, pledges
from planwatch.model import Metadata

# --- numbers.clauses: the runs between separators where no bracket opens and no comma may group digits


def _plain_clauses(text, s, e, seps):
    spans, start, depth = [], s, 0
    for m in numbers._clause_marks(seps).finditer(text, s, e):
        i = m.start()
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0 and not (ch == "," and i > 0 and numbers._THOUSANDS.match(text, i - 1)):
            if i > start:
                spans.append((start, i))
            start = i + 1
    if e > start:
        spans.append((start, e))
    return spans


_CLAUSE_CHARS = list("，,：:;；、（()）1２0建成学校") + ["1,200", "3,45"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_CHARS), max_size=14), st.integers(0, 3), st.integers(0, 3),
       st.sampled_from(["，,：:;；", "，,：:;；、", "，；;", "，,；;。", ""]))
def test_clauses_as_the_plain_split(pieces, a, b, seps):
    text = "".join(pieces)
    s, e = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    assert numbers.clauses(text, s, e, seps) == _plain_clauses(text, s, e, seps)


def test_clauses_of_real_sentences():
    for text in ["新建学校12所，改扩建幼儿园30所；完成老旧小区改造1,200个",
                 "实施“千村示范万村整治”工程，建成村庄50个：其中（含改建，扩建）20个",
                 "城镇新增就业1.2万人以上，城镇调查失业率5.5%左右，",
                 "，，新建5G基站3000个，，", "", "建成(C,D级)危房改造1500户,新增学位2万个"]:
        for seps in ("，,：:;；", "，,：:;；、"):
            assert numbers.clauses(text, 0, len(text), seps) == _plain_clauses(text, 0, len(text), seps)
    # the fast path: no bracket, no ASCII comma
    assert numbers.clauses("新建学校12所，改扩建幼儿园30所；", 0, 18, "，；") == [(0, 7), (8, 17)]


# --- pledges._period: the year patterns searched only where a digit or a numeral stands before 年


def _plain_period(sentence, meta, goal_path=""):
    dated = "年" in sentence
    m = pledges._YEAR_SPAN.search(sentence) if dated else None
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    for m in pledges._BY_YEAR.finditer(sentence) if dated else ():
        if m.group(1):
            return m.group(1)
        if m.group(3):  # (a later year opening a clause of its own with a figure: a rule of lead22)
            if meta.report_year and int(m.group(3)) > meta.report_year and pledges._FIGURE_AFTER.search(sentence, m.end()):
                return m.group(3)
            continue
        # (a deadline dates the pledge only with a figure after it: the rule _period gained after this test was written)
        if (not meta.report_year or int(m.group(2)) >= meta.report_year) and pledges._FIGURE_AFTER.search(sentence, m.end()):
            return m.group(2)
    m = pledges._YEARS_AHEAD.search(sentence) if meta.report_year and dated else None
    if m:
        # (the years counted in words or digits, whichever group of the pattern holds them: pledge22 added one)
        return f"{meta.report_year}-{meta.report_year + pledges._AHEAD_COUNT[next(g for g in m.groups() if g)] - 1}"
    starts = pledges._plan_starts(sentence) if "五" in sentence else []
    starts = [a for a in starts if not meta.report_year or a + 4 >= meta.report_year] or (
        pledges._plan_starts(goal_path) if goal_path else [])
    if starts:
        return f"{starts[-1]}-{starts[-1] + 4}"
    return str(meta.report_year) if meta.report_year else ""


_PERIOD_PIECES = ["年", "内", "底", "前", "2024", "2027", "２０２６", "202", "-", "—", "至", "到", "在", "于", "今后", "未来", "用",
                  "今明", "两", "三", "四", "五", "十", "十四五", "十五五", "“", "”", "时期", "新建", "学校", "，", " "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_PIECES), max_size=10), st.sampled_from([2024, 2021, None]),
       st.sampled_from(["", "二、“十五五”时期主要目标任务"]))
def test_period_as_the_plain_searches(pieces, year, goal):
    sentence, meta = "".join(pieces), Metadata(report_year=year)
    assert pledges._period(sentence, meta, goal) == _plain_period(sentence, meta, goal)


def test_period_of_real_sentences():
    meta = Metadata(report_year=2024)
    for sentence, want in [
            ("今后三年建设高标准农田50万亩", "2024-2026"),
            ("2024—2026年新建保障性住房3000套", "2024-2026"),
            ("到2027年累计建成5G基站2万个", "2027"),
            ("用两年时间完成老旧小区改造120个", "2024-2025"),
            ("两年内新增学位1万个", "2024-2025"),
            ("今明两年职业技能培训3500万人次以上", "2024-2025"),
            ("“十五五”期间，累计建成高标准农田80万亩", "2026-2030"),
            ("全年新增城镇就业1.2万人", "2024"),        # 年 after 全: no pattern searched
            ("年内建成学校5所", "2024"),                 # 年 opens the sentence
            ("新建学校5所，今年完成3所", "2024")]:
        assert pledges._period(sentence, meta) == want == _plain_period(sentence, meta)


def test_before_years_reads_the_character_before_each_year():
    assert pledges._before_years("到2027年建成") == (True, False)
    assert pledges._before_years("今后三年，全年") == (False, True)
    assert pledges._before_years("全年新增，年均增长") == (False, False)
    assert pledges._before_years("年内") == (False, False)
    assert pledges._before_years("到２０２７年") == (True, False)  # (a full-width digit is a \d too)


# --- pledges._strip: an object that is empty once its separators are stripped


def _plain_strip(obj, lead=True):
    obj = obj.strip(" 、，,")
    m = pledges._COMPARE.search(obj) if "比" in obj or "较" in obj or "与" in obj else None
    if m:
        obj = obj[:m.start()]
    m = pledges._FROM.search(obj) if "从" in obj or "由" in obj else None
    if m:
        obj = obj[:m.start()]
    m = pledges._BASE_YEAR.search(obj)  # (the base a change starts from: decision 211)
    if m and m.start() >= 2:
        obj = obj[:m.start()]
    if "的" in obj:
        obj = pledges._CURRENT.sub("", obj)
    if lead:
        if "在内" in obj and (m := pledges._WITHIN.match(obj)):
            obj = obj[m.end():]
        m = pledges._LEAD.match(obj)
        if m:
            obj = obj[m.end():]
    while True:
        new = (pledges._TRAIL.sub("", obj) if obj[-1:] in pledges._TRAIL_LAST else obj).strip(" 、")
        if new == obj:
            return obj
        obj = new


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(list(" 、，,的比从在内\n") + ["确保", "今年", "全年", "学校", "任务", "以上", "2024年",
                                                        "16%的", "比上年", "包括城中村在内的"]), max_size=8),
       st.booleans())
def test_strip_as_the_plain_one(pieces, lead):
    obj = "".join(pieces)
    assert pledges._strip(obj, lead) == _plain_strip(obj, lead)


def test_strip_of_empty_objects():
    for obj in ["", " ", "、", "，, 、", ",", "\n"]:
        for lead in (True, False):
            assert pledges._strip(obj, lead) == _plain_strip(obj, lead)
    assert pledges._strip("确保新建学校", True) == _plain_strip("确保新建学校", True)


# --- pledges._holds_review_word: the words searched only where the character they share is written


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(list("去年上过来回顾眸首截至止目前今") + list(pledges._REVIEW_WORDS)), max_size=8))
def test_review_words_as_the_plain_any(pieces):
    para = "".join(pieces)
    assert pledges._holds_review_word(para) == any(w in para for w in pledges._REVIEW_WORDS)


def test_review_words_keyed_by_a_character_each_holds():
    assert sorted(w for _, ws in pledges._REVIEW_KEYED for w in ws) == sorted(pledges._REVIEW_WORDS)
    assert all(c in w for c, ws in pledges._REVIEW_KEYED for w in ws)
    for para, want in [("过去一年，全县新建学校5所。", True), ("今年新建学校5所，改造老旧小区30个。", False),
                       ("截至目前已建成5G基站800个。", True), ("五年来，我们坚持…", True), ("年均增长6%。", False)]:
        assert pledges._holds_review_word(para) is want


# --- pledges._verbs_in: the first bracket found without a generator


def test_verbs_in_after_either_bracket():
    for text in ["新建学校(含改扩建)12所", "新建学校（含改扩建）12所", "危房改造（含抗震改造）800户，新建(改建)幼儿园6所",
                 "新建(改建)幼儿园6所，危房改造（含抗震改造）800户", "新建学校12所"]:
        got = [(v.word, v.start, v.end, v.kind) for v in pledges._verbs_in(text, 0, len(text))]
        assert got and all(text[s:e] == w or w.startswith(("新", "再")) for w, s, e, _ in got)
    got = [v.word for v in pledges._verbs_in("新建学校(含改扩建)12所", 0, 13)]
    assert got == ["新建"]  # (改扩建 in the note does not act)


# --- projects._lead_strip: a name that opens with no character a step acts on is returned at once

from planwatch.extract import projects  # noqa: E402


def _plain_lead_strip(name):
    lead = projects._stop_lead_re()
    lead_first, stop_first = projects._openers()[:2]
    prev = None
    while prev != name:
        prev = name
        name = name.lstrip("*#- ")
        if name[:1] in projects._ENUM_FIRST:
            name = projects._ENUM.sub("", name)
        m = projects._LEAD.match(name) if name[:1] in lead_first or name[:1] > "\uffff" else None
        if m:
            name = name[m.end():]
        m = lead.match(name) if name[:1] in stop_first else None
        if m and len(name) > m.end() and name[m.end()] not in projects._NOUN_SUFFIX and not (
                name[m.end()] == "区" and projects._zone_word(name, 0, m.end())) \
                and not (name[m.end()] in projects._ROAD_FIRST and projects._ROAD.match(name, m.end())) \
                and not (m.end() == 1 and name[:2] in projects._name_words()):
            name = name[m.end():]
    return name


_NAME_PIECES = ["*", "#", "-", " ", "（一）", "2.", "三、", "建设", "新建", "实施", "推进", "加快", "2024年", "今年", "的",
                "和", "在", "高标准建设", "谋划储备", "开发区", "东路", "性", "区域", "宁德", "时代", "汽车", "产业园",
                "工程", "项目", "𠀀", "中心", "医院", "城区"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=7))
def test_lead_strip_as_the_plain_loop(pieces):
    name = "".join(pieces)
    assert projects._lead_strip(name) == _plain_lead_strip(name)


def test_lead_strip_of_real_names():
    for name in ["宁德时代新能源产业园", "新建县人民医院扩建工程", "** 1.实施老旧小区改造工程", "（二）加快建设高铁站",
                 "2024年开工建设滨江大道改造项目", "建设东路改造工程", "开发区综合服务中心", "", "𠀀项目"]:
        assert projects._lead_strip(name) == _plain_lead_strip(name)
    assert projects._strip_openers() is not None and "宁" not in projects._strip_openers()


# --- pledges._bare_people: the words looked for in a copy of the stretch, not by finds with bounds


def _plain_bare_people(text, start, end, out):
    near = max(0, start - 2)
    if text.find("人口", near, end) < 0 and text.find("群众", near, end) < 0 and text.find("动力", near, end) < 0:
        return out
    return pledges._bare_people(text, start, end, out)  # (past the gate both read the same)


_PEOPLE_PIECES = ["人口", "群众", "劳动力", "动力", "人", "口", "农村贫困", "1000万", "3.2万", "12", "，", "实现", "脱贫",
                  "以上", "\n", "万", "转移就业"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PEOPLE_PIECES), max_size=9), st.integers(0, 4), st.integers(0, 4))
def test_bare_people_as_with_bounded_finds(pieces, a, b):
    text = "".join(pieces)
    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    got = pledges._bare_people(text, start, end, [])
    assert [(q.value, q.unit, q.start, q.end) for q in got] == \
           [(q.value, q.unit, q.start, q.end) for q in _plain_bare_people(text, start, end, [])]


def test_bare_people_of_real_sentences():
    for text, want in [("今年实现3.2万贫困人口脱贫", [(3.2, "万人")]), ("促进1300万农业转移人口落户", [(1300, "万人")]),
                       ("农村贫困人口1000万以上，", [(1000, "万人")]), ("新建学校12所", [])]:
        got = pledges._bare_people(text, 0, len(text), [])
        assert [(q.value, q.unit) for q in got] == want


# --- pledges._sentence_pledges: the finds of 后, 预/估计, 、, 分别 and 在 in a clause made only where the
# sentence holds the character (the pledges of sentences with and without each are what they were)


def test_sentence_checks_with_and_without_their_characters():
    from taskdoc import pledges as task_pledges
    cases = {
        "新建学校12所，改扩建幼儿园30所。": {("新建", "学校", 12, "所"), ("改扩建", "幼儿园", 30, "所")},
        "新建学校12所、幼儿园8所，项目建成后可新增学位5000个。": {("新建", "学校", 12, "所"), ("新建", "幼儿园", 8, "所")},
        "预计全年退税减税约2.5万亿元。": set(),
        "在全县18个乡镇推广高效节水灌溉5万亩。": {("推广", "高效节水灌溉", 5, "万亩")},
        "新建学校5所，预计新增学位3000个。": {("新建", "学校", 5, "所")},
    }
    for sentence, want in cases.items():
        assert task_pledges(sentence) == want, sentence


# --- pledges._post_object: the finds of 、, 等 and 在 skipped where the sentence holds none; the
# characters after the figure read by a slice


def _plain_post_object(text, pos, end, stops, quants):
    """_post_object as written before (every find made, startswith read)."""
    p = pos
    if text.startswith("的", p):
        p += 1
    if text.startswith(("（", "("), p):
        return "", p, False
    stop = end
    i = text.find("、", p, stop)
    if i >= 0:
        stop = i
    i = text.find("等", p, stop)
    if i >= 0:
        stop = i
    i = text.find("在", p + 1, stop)
    if i >= 0:
        stop = i
    if text[p:p + 1] in pledges._JOIN_FIRST and pledges._JOIN_OPEN.match(text, p):
        return "", p, False
    for v in stops:
        if v.start == p and (v.kind == "end" or v.kind == "action" and v.word in pledges._project_verbs()):
            return "", p, False
        if p < v.start < stop and pledges._JOINED_BEFORE.search(text, p, v.start) and v.kind in pledges._CHAINED:
            stop = pledges._JOINED_BEFORE.search(text, p, v.start).start()
            break
        if p < v.start < stop and (v.kind in pledges._END_KINDS or v.word in pledges._project_verbs()) \
                and not (v.kind == "stop" and pledges._NOMINAL.match(text, v.end)):
            stop = v.start
            break
    into_q = False
    for q in quants:
        if q.start == p and text.startswith(("以上", "以下"), q.end):
            continue
        if p <= q.start < stop:
            j = pledges._JOINED_BEFORE.search(text, p, q.start)
            stop, into_q = (j.start(), False) if j else (q.start, True)
            break
    return text[p:stop], stop, into_q


_POST_PIECES = ["的", "（", "(", "其中", "、", "等", "在", "学校", "幼儿园", "和", "以及", "新三板", "挂牌", "建", "3所",
                "，", "项目"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_POST_PIECES), max_size=8), st.integers(0, 3))
def test_post_object_with_the_sentence_marks_as_with_every_find(pieces, at):
    text = "新建5所" + "".join(pieces)
    pos, end = min(4 + at, len(text)), len(text)
    holds = ("、" in text, "等" in text, "在" in text)
    vs = pledges._verbs_in(text, 0, end)
    qs = pledges._quantities(text, 0, end)
    want = _plain_post_object(text, pos, end, vs, qs)
    assert pledges._post_object(text, pos, end, vs, qs, holds) == want == pledges._post_object(text, pos, end, vs, qs)


def test_post_object_of_real_figures():
    for text, pos, want in [("新建学校3所（其中小学2所）", 6, ("", 6, False)),
                            ("推动3家企业在新三板挂牌", 4, ("企业", 6, False)),
                            ("新建5所学校、8所幼儿园", 4, ("学校", 6, False)),
                            ("培育5家的龙头企业等", 4, ("龙头企业", 9, False))]:
        holds = ("、" in text, "等" in text, "在" in text)
        assert pledges._post_object(text, pos, len(text), [], [], holds) == want
        assert pledges._post_object(text, pos, len(text), [], []) == want


def test_target_list_lead_and_breakdown_lines():
    from taskdoc import pledges as task_pledges
    # "其中，…" after a sentence that pledged: the breakdown counted by the actions before
    got = task_pledges("全年实施重点项目500个。其中，产业项目260个、基础设施项目150个。")
    assert ("实施", "重点项目", 500, "个") in got and ("实施", "产业项目", 260, "个") in got


# --- projects._programme_title: the 民生实事 test made first (it is the cheapest and fails most often)


def _plain_programme_title(text, ns, ne, path):
    if ne < len(text) and text[ne] not in projects._TITLE_END:
        return False
    ls = text.rfind("\n", 0, ns) + 1
    item = max(ls, *(text.rfind(c, ls, ns) + 1 for c in "。；;：:|"))
    if ns - item > 8 or any(c in projects._BOUNDARY for c in text[item:ns] if c != "、") or not (
            "实事" in path or "实事" in text[ls:ns]):
        return False
    ends = [i for i in (text.find(c, ne + 1) for c in "；;\n") if i >= 0]
    return projects._MID_COUNT.search(text, ne, min(ends, default=len(text))) is not None or any(
        c.isdigit() for c in text[ne:min(ends, default=len(text))])


_TITLE_PIECES = ["2.", "一是", "实施", "办好民生实事", "实事", "，", "。", "；", "\n", "：", "教育提质", "新建学校6所",
                 "年内完工", "健康守护", "、"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=5), st.lists(st.sampled_from(_TITLE_PIECES), max_size=5),
       st.sampled_from(["", "三、2024年十件民生实事", "二、2024年工作安排"]))
def test_programme_title_as_the_plain_test(before, after, path):
    head = "".join(before)
    text = head + "教育提质工程" + "".join(after)
    ns, ne = len(head), len(head) + 6
    assert projects._programme_title(text, ns, ne, path) == _plain_programme_title(text, ns, ne, path)


def test_programme_title_of_real_items():
    path = "三、2024年十件民生实事"
    for text, want in [("2.教育提质工程。新建学校6所，", True), ("一是实施健康守护工程，新建卫生院12个。", True),
                       ("三是加快县医院迁建工程，年内完工。", False)]:
        ns = text.index("工程") - 4 if "健康" in text or "教育" in text else text.index("县医院")
        ne = text.index("工程") + 2
        assert projects._programme_title(text, ns, ne, path) == _plain_programme_title(text, ns, ne, path) == want
        assert projects._programme_title(text, ns, ne, "二、2024年工作安排") is False


# --- pledges._verbs_in with the sentence's brackets and quotes: the same verbs as with every find made

_VERB_PIECES = ["新建", "改扩建", "学校", "(", "（", ")", "）", "含", "“", "”", "千村示范", "实施", "工程", "12所", "、",
                "危房改造", "800户", "，", "开展", "培训班30期"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_VERB_PIECES), max_size=10))
def test_verbs_in_with_the_sentence_marks(pieces):
    text = "".join(pieces)
    holds = ("(" in text, "（" in text, "“" in text)
    def seen(vs):
        return [(v.word, v.start, v.end, v.kind) for v in vs]
    assert seen(pledges._verbs_in(text, 0, len(text), holds)) == seen(pledges._verbs_in(text, 0, len(text)))
