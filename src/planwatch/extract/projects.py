"""Named projects, parks and programmes with their status (谋划, 开工, 建成, 投产…) and year.

Vocabulary (kind suffixes, status verbs, generic heads, words that open a name's clause) is in
``data/project_vocab.tsv``.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .. import vocab
from . import numbers
from .analysis import Analysis, joint_scan, openers
from .pledges import _joiner_place
from .prefilter import WordScan, find_mark, first_chars, first_set, longest_first, marks, once, rfind_mark
from ..model import Metadata, Project
from ..regions import gazetteer
from ..normalize import Normalized
from ..structure import Outline


@once
def _vocab() -> dict[str, tuple[str, ...]]:
    return {c[0]: tuple(sorted((w for w in c[1].split("/") if w), key=len, reverse=True))
            for c in vocab.table("project_vocab.tsv") if len(c) >= 2}


@once
def _suffix_re() -> re.Pattern:
    return re.compile(longest_first(_vocab()["suffix"] + _vocab().get("phase", ())))


@once
def _scan_re() -> re.Pattern:
    """The kinds, the phases and the state's works named with no kind word: what the text is scanned for."""
    return re.compile(longest_first(_vocab()["suffix"] + _named_works() + _vocab().get("phase", ())))


def _named_works() -> tuple[str, ...]:
    """The state's works named with no kind word (``named``: 引江济淮, 平陆运河, 西部陆海新通道), found as kinds are."""
    return _vocab().get("named", ())


@once
def _split_scan() -> tuple[WordScan, re.Pattern, frozenset[str], str, tuple[int, ...]] | None:
    """The kinds' pattern without the phases, the phases' pattern and words, the one character every
    phase ends with and their lengths (longest first); None where the phases do not all end with one character
    that stands nowhere else in a phase or a kind (then the two are scanned together)."""
    kinds, phases = _vocab()["suffix"] + _named_works(), _vocab().get("phase", ())
    ends = {w[-1] for w in phases}
    if len(ends) != 1:
        return None
    (c,) = ends
    if any(c in w for w in kinds) or any(c in w[:-1] for w in phases):
        return None
    # (the kinds read by their first two characters: 中心, 大桥, 工程, 产业园 begin with some of the commonest)
    return (WordScan(kinds), re.compile(longest_first(phases)), frozenset(phases), c,
            tuple(sorted({len(w) for w in phases}, reverse=True)))


def suffix_matches(text: str) -> list[re.Match]:
    """``_scan_re().finditer(text)``, found as two scans: the kinds, and the phases where their last
    character (期) stands. The phases' first characters (一, 二, 三…) are among the commonest of a
    report: a scan of the kinds and phases together tried a match at each of them.

    Where a phase and a kind overlap (no vocabulary has such words now) the text is scanned with the
    whole pattern: two lists with no overlap are what the whole scan finds (each is found from the
    left, the longest at a place, and a match of one list never stands where the other's scan passed)."""
    split = _split_scan()
    if split is None:
        return list(_scan_re().finditer(text))
    kinds_re, phases_re, words, c, lens = split
    joint = joint_scan()  # (the kinds found in the walk that finds the coordination set's places too)
    out = joint.words_in(text) if joint is not None else kinds_re.finditer(text)
    k = text.find(c)
    if k < 0:
        return out  # (most reports name no phase)
    phases: list[re.Match] = []
    match, last = phases_re.match, 0
    while k >= 0:
        # (a phase holds c only at its end: the match at k is the longest phase ending there)
        for n in lens:
            s = k + 1 - n
            if s >= last and text[s:k + 1] in words:
                phases.append(match(text, s, k + 1))  # (that phase: no longer one ends by k + 1)
                last = k + 1
                break
        k = text.find(c, k + 1)
    # each phase put in its place among the kinds (a list with no overlap overlaps nowhere if each
    # phase overlaps neither neighbour where it is put)
    for p in phases:
        i = bisect_left(out, p.start(), key=re.Match.start)
        if i and out[i - 1].end() > p.start() or i < len(out) and p.end() > out[i].start():
            return list(_scan_re().finditer(text))
        out.insert(i, p)
    return out


@once
def _kind_only_re() -> re.Pattern:
    """The kind suffixes without the phases: what a name before a phase may not end with."""
    return re.compile(f"(?:{longest_first(_vocab()['suffix'])})$")


@once
def _work_end_re() -> re.Pattern:
    """A work word ending the words before a phase: a programme's phase ("高标准农田建设二期", "老旧小区改造二期",
    "城区绿化二期")."""
    return re.compile(f"(?:{longest_first(_vocab()['work'] + _vocab().get('phase_work', ()))})$")


@once
def _phases() -> frozenset[str]:
    return frozenset(_vocab().get("phase", ()))


# a character before a phase that makes it no name's end ("分三期实施", "第二期", "每期", "前三期")
_NOT_PHASE_NAME = frozenset("分第每本前后上下各共近同首")


@once
def _work() -> frozenset[str]:
    return frozenset(_vocab().get("work", ()) + _vocab().get("work_stop", ()))


@once
def _work_ends() -> tuple[str, ...]:
    """The work words, and the words of what a work does (``work_done``), an item may end with."""
    return tuple(_vocab().get("work", ())) + tuple(_vocab().get("work_done", ()))


def _only_work(s: str) -> bool:
    """Whether s is made only of work verbs ("", "改造", "提升改造"), a phase after them too ("改造升级二期")."""
    work = _work()
    if s[-1:] == "期" and s[-2:] in _phases():
        s = s[:-2]
    while s:
        if s[:3] in work:
            s = s[3:]
        elif s[:2] in work:
            s = s[2:]
        else:
            return False
    return True


@once
def _joined_re() -> re.Pattern:
    """A kind suffix, or a phase, and a joiner after it: the end of an item before the next ("项目和",
    "产业园二期和", "华润电力二期和"); not a phase that the next item continues ("一期和二期工程")."""
    return re.compile(f"(?:(?:{_suffix_re().pattern})|{_PHASE})(?:{'|'.join(_JOINERS)})(?!{_PHASE})")


_PHASE = "[一二三四五六七八九十\\d]{1,2}期"


_PHASE_AT = re.compile(_PHASE)
_PHASE_FIRST = frozenset("一二三四五六七八九十0123456789")

_JOINERS = ("以及", "和", "及", "与")
_JOIN_LAST = frozenset(w[-1] for w in _JOINERS)
_JOIN_LAST_MARKS = marks("".join(sorted(_JOIN_LAST)))  # (a name read in place by find_mark: no str made for each character)


@once
def _aim_re() -> re.Pattern:
    """The words of a standing aimed at (``aim``: 最大, 重要, 知名, 领先) before or in a name: a designation, no project."""
    return re.compile(longest_first(_vocab().get("aim", ())) or "(?!)")


@once
def _aim_marks() -> tuple | None:
    """The first characters of ``_aim_re``'s words as ``find_mark``'s table (a window with none of them holds no match:
    one loop in C, no search), or None where they are not known."""
    first = first_chars(_aim_re().pattern)
    return marks(first) if first and all(c <= "\uffff" for c in first) else None


@once
def _facility_ends() -> tuple[str, ...]:
    """The facility words that end an institution's name (医院, 图书馆…), not those naming a field (体育, 文化)."""
    return tuple(w for w in _vocab().get("facility", ()) if w[-1] in "院馆")


@once
def _lines() -> tuple[str, ...]:
    """What the name of a line built ends with (``line``: 复线, 中线, 引水), a thing built as a kind is."""
    return _vocab().get("line", ())


@once
def _state_only() -> frozenset[str]:
    """The first two characters of the state's own programmes (``state_only``: 探月工程, 载人航天), no region's project."""
    return frozenset(w[:2] for w in _vocab().get("state_only", ()))


@once
def _not_kinds() -> dict[str, tuple[str, ...]]:
    """Kind suffix → the words ending with it that are no such kind (``not_kind``: 基地 → 宅基地)."""
    kinds = sorted(_vocab()["suffix"], key=len, reverse=True)
    out: dict[str, list[str]] = {}
    for w in _vocab().get("not_kind", ()):
        k = next((k for k in kinds if w.endswith(k)), None)
        if k:
            out.setdefault(k, []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@once
def _status_re() -> re.Pattern:
    return re.compile(longest_first(_vocab()["status"]))


_BOUNDARY = set("，,。；;：:、！？!?\n《》【】—|")  # (|: a table's cell border, as normalised)
_COUNT = re.compile(r"^(?:(?:\d+|[一二两三四五六七八九十百千]+)(?:个|批|项|家|大|类|座|条|处|所)|若干|多个|数个)")
# a count inside what the walk took ("各县区分别建设1个区域性物流中心"): what is counted is a class, no name
# (a numeral and 个 in a name is a slogan's count: "“五个一”工程", "“三个万亩”示范基地")
_COUNT_FIRST = frozenset("0123456789一二两三四五六七八九十百千")
# a bare part of the region, the item of a list that shares the kind after 等 ("城南、城北等污水处理厂5座"): no name
_BARE_PLACE = re.compile(r"[城县市镇][东西南北中]|[东西南北中](?:区|城|部|郊)")
_MID_COUNT = re.compile(r"\d+(?:个|批|项|家|座|条|所|处)|第[一二三四五六七八九十\d]{1,3}批|一批|一些|若干|[一两二三四五六七八九十百千]个")
_MID_COUNT_MARKS = marks("个批项家座条所处一若")  # (a character every match of it holds: a name with none holds none)
_LEAD = re.compile(r"^(?:建设(?![东西南北中]?(?:路|街|大道))|其中|首家|首个|首批|首座|发展(?![东西南北中]?(?:大道|路|街)|中心)|新建|续建|实施|推进|加快|全力|积极|大力|重点|着力|全面|完成|启动|抓好|做好|谋划|打造|年内|年底前|确保|力争|争取|\d{4}年|今年|全市|全县|全区|的|了|和(?!美|谐|平)|及|与|以及|在(?!线)|将)+")
_YEAR = re.compile(r"(\d\d{3})年")  # ("(\d{4})年" first: a repeat opening a pattern gives re no class to skip to)
_SLOGAN_COUNT = re.compile(r"[一二三四五六七八九十]大[^、，,]{0,4}$")
_NOUN_SUFFIX = frozenset("性型式")
# 段 (快速路, 快速通道, 公路) ends a name only as a stretch of a road or line between two places
# ("G210国道兴山至宜昌段", "县城至高铁站快速通道"), not 阶段, 路段, 河段, 城市快速路
_ROUTE_KINDS = frozenset(("段", "快速路", "快速通道", "公路"))
# (or a named line's stretch through a place: "沪昆高铁城区段", "G210国道兴山段", "京港澳高速湖南段")
@once
def _section_re() -> re.Pattern:
    """The name of a stretch of a road or line ("G210国道兴山至宜昌段", "沪昆高铁城区段", "滇中引水昆明段")."""
    lines = "|".join(re.escape(w) for w in _lines())
    return re.compile(r"..[至到—－-][^至到—－-]{2,8}(?:段|快速路|快速通道|公路)$"
                      rf"|..(?:高铁|铁路|高速公路|高速|国道|省道|城际|地铁|轨道交通|轻轨|{lines})[^至到—－的、和与-]{{2,6}}段$")


@once
def _line_after() -> tuple[frozenset[str], tuple[str, ...]]:
    """The kinds that name a line (``line_kind``: 高速, 铁路, 高铁) and the words that go on naming it after them
    (``line_after``: 复线, 联络线 — "渝湘高速复线", "沪昆高铁联络线"), longest first."""
    v = _vocab()
    return frozenset(v.get("line_kind", ())), v.get("line_after", ())


@once
def _stop_set() -> tuple[frozenset[str], frozenset[str]]:
    # set look-ups by length (_stop_lens): testing every stop word at every character was the hot
    # spot; and only where a stop word can end (at one of their last characters)
    stops = frozenset(_vocab()["stop"])
    return stops, frozenset(w[-1] for w in stops)


@once
def _stop_lens() -> dict[str, tuple[int, ...]]:
    """Last character of a stop word → the lengths of the stop words ending with it, shortest first
    (the walk then tries only those lengths where it stands on such a character)."""
    out: dict[str, set[int]] = {}
    for w in _stop_set()[0]:
        out.setdefault(w[-1], set()).add(len(w))
    return {c: tuple(sorted(ks)) for c, ks in out.items()}


@once
def _openers() -> tuple:
    """The first characters of the lead, stop-word, size, count, generic, kind and follow patterns."""
    return tuple(openers(p.pattern) for p in (_LEAD, _stop_lead_re(), _SIZE_OR_LEVEL, _COUNT, _generic_re(),
                                              _suffix_re(), _follow_re()))


@once
def _level_stops() -> frozenset[str]:
    """Stop words that open a name's clause only before a level or a reach (``stop_at_level``: "经开区建设省科技成果转化
    示范区", "地方建设国际和区域科技创新中心"); before anything else they are a noun's ("海绵城市建设专用材料生产项目")."""
    return frozenset(_vocab().get("stop_at_level", ()))


_LEVEL_FIRST = frozenset("省市县国区全世")


@once
def _name_words() -> frozenset[str]:
    """Words of a name that end or begin with a one-character stop word (``name_word``: 华为 in "华为鲲鹏生态创新中心", 在线
    in "在线政务服务平台二期工程")."""
    return frozenset(_vocab().get("name_word", ()))

# a verb before 路, 街, 大道 names a road ("建设路改造工程", "发展大道东延工程", "建设中路拓宽工程", "发展南路"), it opens
# no name's clause
_ROAD = re.compile(r"[东西南北中]?(?:路|街|大道|大街)")
_ROAD_FIRST = frozenset("路街大东西南北中")


_NAME_STOPS = "）)”" + "".join(sorted(_BOUNDARY)) + "“（(的等"


@once
def _walk_marks() -> tuple:
    """The characters at which the walk back from a suffix does more than step over them (``prefilter.marks``)."""
    return marks("".join(sorted(set(_NAME_STOPS) | _stop_set()[1])))


@once
def _zone_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The stop words that with 区 after them name a zone (``zone_verb``: 开发区, 建成区, 规划区), and those of them that
    are status verbs too (建成, 启动)."""
    zones = frozenset(_vocab().get("zone_verb", ()))
    return zones, zones & frozenset(_vocab()["status"])


def _zone_word(text: str, s: int, e: int) -> bool:
    """Whether the stop word text[s:e] and the 区 after it name a zone ("经济开发区", "城市建成区"), not a verb and
    the district's own thing ("开工区妇幼保健院新院区"); a status verb of a zone's word is the verb before a bare
    level's institution ("建成区中医医院新院区", "建成区文化馆")."""
    w = text[s:e]
    zones, status = _zone_verbs()
    return w in zones and not (w in status and _facility_re().match(text, e + 1) is not None)


def _name_start(text: str, end: int, floor: int) -> int:
    """Walk back from a kind suffix to where the name begins (a separator, 的/等, or a verb), stepping
    only onto the characters the walk acts on: one backward find of them jumps over the rest of the name."""
    stops, last_chars = _stop_set()
    lens_at, walk, i = _stop_lens(), _walk_marks(), end
    while i > floor:
        k = rfind_mark(text, floor, i, walk)
        if k < 0:
            return floor  # nothing but name characters down to the floor
        i = k + 1  # the mark is text[i - 1]
        ch = text[i - 1]
        # (a verb right before the suffix names the work: "城区排涝改造工程")
        if ch in last_chars and (nxt := text[i:i + 1]) not in _NOUN_SUFFIX:
            for k in lens_at[ch]:
                # (a verb of a zone's word before 区 names a place: "经济开发区扩容工程", "建成区雨污分流改造工程"; a preposition
                # does not: "为区域性…"; nor another verb: "开工区妇幼保健院新院区"; nor a verb before 区域: "建成区域医疗中心")
                if i - k >= floor and text[i - k:i] in stops \
                        and not (nxt == "区" and text[i + 1:i + 2] != "域" and _zone_word(text, i - k, i)) \
                        and not (nxt in _ROAD_FIRST and _ROAD.match(text, i)) \
                        and not (nxt not in _LEVEL_FIRST and text[i - k:i] in _level_stops()) \
                        and not (k == 1 and (text[i - 2:i] in _name_words() or text[i - 1:i + 1] in _name_words())) and not (
                        text[i - k:i] in _work() and _only_work(text[i:end])):
                    return i
        if ch in "）)":
            j = max(text.rfind("（", floor, i), text.rfind("(", floor, i))
            if j < 0:
                return i
            i = j
            continue
        if ch == "”":
            j = text.rfind("“", floor, i)
            if j < 0:
                return i
            i = j
            continue
        if ch == "的" and text[i - 2:i] in _name_words():
            i -= 2  # ("美的智能家电产业园": 的 ends a word of the name)
            continue
        if ch in _BOUNDARY or ch in "“（(的等":
            return i
        i -= 1
    return i


_ENUM = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}、)")
_ENUM_FIRST = frozenset("（(0123456789一二三四五六七八九十")


@once
def _strip_openers() -> frozenset[str] | None:
    """Every character a step of ``_lead_strip`` acts on when it opens the name (None where a pattern's
    first characters are not known)."""
    lead_first, stop_first = _openers()[:2]
    if not isinstance(lead_first, frozenset) or not isinstance(stop_first, frozenset):
        return None
    return frozenset("*#- ") | _ENUM_FIRST | lead_first | stop_first


def _lead_strip(name: str) -> str:
    first = _strip_openers()
    if first is not None and name[:1] not in first and name[:1] <= "\uffff":
        return name  # (no step acts on a name that opens with this character: one look, no pass of the loop)
    lead = _stop_lead_re()
    lead_first, stop_first = _openers()[:2]
    prev = None
    while prev != name:
        prev = name
        name = name.lstrip("*#- ")  # Markdown emphasis and list marks are not part of a name
        # (each pattern tried only where one of its first characters opens the name: most open with none)
        if name[:1] in _ENUM_FIRST:
            name = _ENUM.sub("", name)  # nor an item's number ("（一）", "2.", "三、")
        # (_LEAD, _SIZE_OR_LEVEL and _COUNT read \d: a digit beyond U+FFFF is not among their openers)
        # (anchored: the one match sub would remove)
        m = _LEAD.match(name) if name[:1] in lead_first or name[:1] > "\uffff" else None
        if m:
            e = m.end()
            if "和" in name[:e]:  # (not the first character of a place: "和县经济开发区", "和硕县产业园")
                e = next((k for k in range(e - 1, -1, -1) if name[k] == "和" and _joiner_place(name, k)), e)
            name = name[e:]
        m = lead.match(name) if name[:1] in stop_first else None
        # (not a verb naming a kind or a place: "保障性安居工程", "开发区综合服务中心")
        if m and len(name) > m.end() and name[m.end()] not in _NOUN_SUFFIX and not (name[m.end()] == "区" and _zone_word(name, 0, m.end())) \
                and not (name[m.end()] in _ROAD_FIRST and _ROAD.match(name, m.end())) \
                and not (m.end() == 1 and name[:2] in _name_words()):
            name = name[m.end():]
    return name


@once
def _stop_lead_re() -> re.Pattern:
    # the same order as the vocabulary: the first stop word that starts the name is removed
    return re.compile(longest_first(_vocab()["stop"]))


_SIZE_OR_LEVEL = re.compile(r"^(?:(?:\d+(?:\.\d+)?|[十百千])?(?:千万|百万|万|亿)元?(?:级|以上)|超亿元|[省市县区](?!域)级?|国家级?)")


@once
def _generic_re() -> re.Pattern:
    # the vocabulary's order (longest first): the first generic word the head starts with is removed
    return re.compile(longest_first(_vocab()["generic"]))


@once
def _facility_re() -> re.Pattern:
    return re.compile(longest_first(_vocab().get("facility", ())) or "(?!)")


@once
def _facility_kinds() -> frozenset[str]:
    return frozenset(_vocab().get("facility_kind", ()))


@once
def _venue_lead_re() -> re.Pattern:
    return re.compile(f"(?:{longest_first(_vocab().get('venue_lead', ()))})$" if _vocab().get("venue_lead") else "(?!)")


def _venue(text: str, cs: int, ns: int, name: str, kind: str) -> bool:
    """Whether a government's one institution (市体育中心, 县医院新院区) is named as the place something is
    done ("在市体育中心成功举办全省运动会", "依托市体育中心开展全民健身活动"), no project."""
    return kind in _facility_kinds() and name[:1] in "省市县区" and _facility_re().match(name, 1) is not None \
        and _venue_lead_re().search(text, max(cs, ns - 4), ns) is not None


def _institution(name: str) -> bool:
    """Whether ``name`` is a bare level and a facility word to its end, the one institution of that government
    ("县医院", "市中心医院", "县人民医院"): with a phase it names that institution's project ("县医院二期")."""
    return name[:1] in "省市县区" and (f := _facility_re().match(name, 1)) is not None and f.end() == len(name)


def _generic(name: str, kind: str) -> bool:
    head = name[: len(name) - len(kind)]
    _, stop_first, size_first, count_first = _openers()[:4]
    # (anchored: the one match sub would remove)
    m = _SIZE_OR_LEVEL.match(head) if head[:1] in size_first or head[:1] > "\uffff" else None
    if m:
        head = head[m.end():]
        if m.end() == 1 and kind in _facility_kinds() and _facility_re().match(head):
            return False  # "市体育中心", "县医院新院区": the one institution of the government the level names
    if not head or len(name) < len(kind) + 2:
        return True
    if ((name[:1] in count_first or name[:1] > "\uffff") and _COUNT.match(name)) or find_mark(head, 0, len(head), _MID_COUNT_MARKS) >= 0 and _MID_COUNT.search(head) or (
            head[:1] in stop_first and _stop_lead_re().fullmatch(head)) or _only_work(head):
        return True  # a count, or a verb and the kind ("改造工程", "提升改造工程")
    # a head made only of generic words ("重点产业", "省重点") is not a proper name; nor a work on a bare place
    # ("城区绿化工程", "县城亮化工程")
    # (the place read with its level: "市二中扩建工程" is the city's No. 2 school's)
    return _all_generic(head) or _bare_work(name[: len(name) - len(kind)])


@once
def _item_works() -> dict[str, tuple[str, ...]]:
    """The works a name may end with (work, phase_work; not what a work does: "…污水处理一体化项目"), by their last
    character, longest first."""
    v, out = _vocab(), {}
    for w in sorted(set(v.get("work", ()) + v.get("phase_work", ())), key=lambda w: (-len(w), w)):
        out.setdefault(w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


def _bare_work(head: str) -> bool:
    """Whether ``head`` is a work done on a bare place or a slogan, no name ("城区绿化", "廊道绿化提升", "荒山造林",
    "“三区一村”改造"; not "炉沟河治理", "人民公园改造提升")."""
    ends, stripped = _item_works(), False
    while (ws := ends.get(head[-1:])) is not None:  # (most heads end with no work's last character)
        w = next((w for w in ws if head.endswith(w) and len(head) > len(w)), None)
        if w is None:
            break
        head, stripped = head[:-len(w)], True
    return stripped and (len(head) <= 2 or (head[:1] == "“" and head[-1:] == "”") or _all_generic(head))


def _all_generic(head: str) -> bool:
    """Whether ``head`` is made only of generic words, sectors and kinds ("重点产业", "交通", "水利")."""
    pos, gen, kinds = 0, _generic_re(), _suffix_re()
    gen_first, kind_first = _openers()[4:6]
    while pos < len(head):
        ch = head[pos]
        m = (gen.match(head, pos) if ch in gen_first else None) or (
            kinds.match(head, pos) if ch in kind_first else None)  # (a kind too: "大项目好项目")
        if not m and pos and (head[pos:pos + 2] in _work() or head[pos:pos + 3] in _work()):
            # a work after generic words ("生态修复", "产业升级", "民生改善"): a programme's class, no name
            pos += 2 if head[pos:pos + 2] in _work() else 3
            continue
        if not m and pos and ch in _JOIN_FIRST:  # a joiner between two generic words ("基础设施和民生保障")
            m = _BARE_JOIN.match(head, pos)
            if m and m.end() == len(head):
                break
        if not m or m.end() == pos:  # (an empty vocabulary matches nothing)
            break
        pos = m.end()
    return pos == len(head)


_BARE_JOIN = re.compile(r"以及|和(?!美|谐|平)|与(?!会)|及(?!时)")
_JOIN_FIRST = frozenset("以和与及")
_CLASS_KINDS = frozenset(("项目", "工程", "园区", "中心", "基地"))


def _item_work_before(name: str, j: int) -> bool:
    """Whether ``name[:j]`` ends with a work (``joined_work``: 改扩建, 置换, 技改…) done on a thing named before it
    ("县人民医院改扩建", "钢铁产能置换"), the end of an item before a joiner at ``j``."""
    w = next((w for w in _vocab().get("joined_work", ()) if name.endswith(w, 0, j)), None)
    return w is not None and j - len(w) >= 2 and not _only_work(name[:j - len(w)])


def _ends_in_class(name: str, kind: str) -> bool:
    """Whether a name of a kind in ``_CLASS_KINDS`` has a class as its last conjunct ("产业链招商和重大项目",
    "惠民政策和民生项目", "试点城市和园区"): the whole names no project."""
    if _JOIN_LAST.isdisjoint(name):
        return False
    last = None
    for last in _BARE_JOIN.finditer(name):
        pass
    return last is not None and _generic(name[last.end():], kind)


@once
def _programme_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _vocab().get("programme", ())) or "(?!)")


def _programme(name: str, kind: str) -> bool:
    """Whether a 工程 is a programme of services to people ("实施就业优先工程", "全民技能提升工程",
    "健康扶贫工程"), not a thing built: none of these is a project, in a list of 民生实事 or not."""
    if kind != "工程":
        return False
    head = name[:len(name) - len(kind)].strip("“”")
    # (or a slogan of counts: "“百千万工程”", "“千万工程”", "“双百工程”")
    return _programme_re().search(name, 0, len(name) - len(kind)) is not None or bool(head) and all(c in _SLOGAN_COUNTS for c in head)


_SLOGAN_COUNTS = frozenset("一二三四五六七八九十百千万亿双两")


def _campaign(text: str, ns: int, ne: int) -> bool:
    """Whether a 工程 is what a verb of carrying out a campaign (project_vocab.tsv campaign_lead: 开展) stands right
    before ("持续开展“石榴籽”工程", "深入开展“文化润疆”工程"): a programme the region carries out, no thing built; not
    where building follows the name ("开展XX工程建设")."""
    return any(text.endswith(w, 0, ns) for w in _vocab().get("campaign_lead", ())) and not text.startswith("建设", ne)


_TITLE_END = frozenset("。：:；;，,\n|")


def _programme_title(text: str, ns: int, ne: int, path: str) -> bool:
    """Whether a 工程 stands as the title of an item of the year's 民生实事 that goes on with what it
    counts ("2.教育提质工程。新建学校6所", "一是实施健康守护工程，新建…12个"): the name of one of the
    report's own programmes, not a project (the item holds only its mark and a verb before it; an item
    that goes on with a status, "三是加快县医院迁建工程，年内完工", names a project)."""
    if ne < len(text) and text[ne] not in _TITLE_END:
        return False
    ls = text.rfind("\n", 0, ns) + 1
    if not ("实事" in path or "实事" in text[ls:ns]):
        return False  # (tested first: most 工程 stand in no 民生实事 part, and the item's start is not looked for)
    item = max(ls, *(text.rfind(c, ls, ns) + 1 for c in "。；;：:|"))
    if ns - item > 8 or any(c in _BOUNDARY for c in text[item:ns] if c != "、"):
        return False
    ends = [i for i in (text.find(c, ne + 1) for c in "；;\n") if i >= 0]
    return _MID_COUNT.search(text, ne, min(ends, default=len(text))) is not None or any(
        c.isdigit() for c in text[ne:min(ends, default=len(text))])


def _followed_ok(text: str, pos: int, end: int) -> bool:
    if pos >= end:
        return True
    ch = text[pos]
    if ch == "”":
        # (a quoted name goes on after its quote: "“千万工程”经验", "“千万工程”示范村" name no project)
        return _followed_ok(text, pos + 1, end)
    if ch in _BOUNDARY or ch in "（(“）)":
        return True
    if ch == "2" and (y := _YEAR_AFTER.match(text, pos)):
        # "推动比亚迪电池产业园项目2025年建成投产", "平陆运河2026年底建成通航": the year it is done in, then what is done
        return y.end() < end and (_followed_ok(text, y.end(), end) or _followed_ok(text, y.end() + 1, end))
    if ch not in _openers()[6]:
        return False
    m = _follow_re().match(text, pos)
    # ("…等项目推进机制", "项目建设模式": the kind names what a mechanism is for, no project)
    return m is not None and not (text[m.end():m.end() + 1] in _MECHANISM_FIRST and _MECHANISM.match(text, m.end())) and not (
        m.group(0) == "建设" and _CLASS_AFTER_WORK.match(text, m.end()))


_NAMED_JOIN = frozenset("、和及与")
_NAMED_OPEN = frozenset("和及与为等（(“”）)")  # (follow words and marks that say nothing done to the work)


@once
def _named_lead_re() -> re.Pattern:
    return re.compile(f"(?:{longest_first(_vocab().get('named_lead', ()))})$" if _vocab().get("named_lead") else "(?!)")


def _named_project(text: str, cs: int, ns: int, ne: int, ce: int, named: frozenset[str]) -> bool:
    """Whether a work of the state named with no kind word at [ns, ne) in clause [cs, ce) is named as a project: a
    follow word after it or after the list of such works it ends ("平陆运河年底建成通航", "平陆运河、西部陆海新通道加快建设"),
    else a named_lead verb right before it or the list it stands in ("加快推进引江济淮、滇中引水等重大水利工程建设", "加快建设
    西部陆海新通道，"); not a work only joined, used or drawn on ("主动对接西部陆海新通道，", "用好平陆运河、西部陆海新通道等
    战略机遇", "推动西部陆海新通道和中欧班列协同发展")."""
    e = ne
    while e < ce and text[e] in _NAMED_JOIN and (w := next((w for w in named if text.startswith(w, e + 1)), None)):
        e += 1 + len(w)
    if e < ce and text[e] not in _BOUNDARY and text[e] not in _NAMED_OPEN:
        return _named_built(text, e, ce)
    if e < ce and text[e] in _NAMED_JOIN and _NAMED_LIST_BUILT.search(text, e, ce) is None:
        return False  # (a list going on with other things, none built: "推进西部陆海新通道、长江经济带协同发展")
    b = ns
    while b - 1 > cs and text[b - 1] in _NAMED_JOIN and (w := next((w for w in named if text.endswith(w, cs, b - 1)), None)):
        b -= 1 + len(w)
    return _named_lead_re().search(text, max(cs, b - 6), b) is not None


@once
def _named_after_re() -> tuple[re.Pattern, frozenset[str]]:
    v = _vocab()
    return re.compile(longest_first(v.get("named_status", ()) + v.get("named_when", ()))), frozenset(v.get("named_when", ()))


def _named_built(text: str, pos: int, end: int) -> bool:
    """Whether what follows a work of the state named with no kind word says it is built (named_status, after any
    named_when words and a year: "平陆运河2026年底建成通航", "引江补汉全面开工"; not "西部陆海新通道累计开行班列")."""
    pat, when = _named_after_re()
    while pos < end:
        if text[pos] == "2" and (y := _YEAR_AFTER.match(text, pos)):
            pos = y.end()
            continue
        m = pat.match(text, pos, end)
        if m is None:
            return False
        if m.group(0) not in when:
            return _NAMED_BODY.match(text, m.end()) is None
        pos = m.end()
    return False


_NAMED_LIST_BUILT = re.compile(r"工程|项目|建设|开工|建成|通水|通航")
# (a body or a rule named after a work, "平陆运河建设有限公司", "平陆运河建设管理办法", "引江济淮建设集团": no project)
_NAMED_BODY = re.compile(r"(?:管理|运营|投资|开发|运行)?(?:机制|模式|举措|政策|办法|制度|体系|清单|有限公司|公司|集团|指挥部|管理局|领导小组)")
_YEAR_AFTER = re.compile(r"20\d{2}(?=年)")
_MECHANISM = re.compile(r"机制|模式|举措|政策|办法|制度|体系|清单|有限公司|公司|集团")
_MECHANISM_FIRST = first_set(_MECHANISM)  # (its words' first characters: a place opening with none is no mechanism)
# (nor "工程建设项目审批制度改革", "工程建设领域": the kind and its work name a class of projects)
_CLASS_AFTER_WORK = re.compile(r"项目|领域")


@once
def _follow_re() -> re.Pattern:
    return re.compile(longest_first(_vocab()["follow"]))


def _status(text: str, cs: int, ce: int, ns: int, ne: int, se: int = -1) -> str | None:
    """The status verb said of the name: right after it in its clause, else the last before it; a name
    that heads its sentence before a colon ("1.县城集中供热项目：总投资3.2亿元，年内建成投用") takes the
    first of the sentence after it (none said before it in its clause: "推进城北物流园建设：…，年内投用")."""
    pat = _status_re()
    after = pat.search(text, ne, ce)  # (the first that finditer would give)
    if after:
        return after.group(0)
    if text[ce:ce + 1] in ("：", ":") and se > ce and pat.search(text, cs, ns) is None:
        after = pat.search(text, ce, se)
        if after:
            return after.group(0)
    last = None
    for last in pat.finditer(text, cs, ns):  # (the last one read: no list kept)
        pass
    return last.group(0) if last else None


_CLAUSE_SEPS = "，,：:"
_CLAUSE_SEP_MARKS = marks(_CLAUSE_SEPS)


def _suffix_clauses(text: str, ss: int, se: int, suffixes: list[re.Match]) -> list[tuple[int, int, list[re.Match]]]:
    """The clauses of sentence [ss, se) (``numbers.clauses`` at ，：) that hold a kind suffix, each with
    its suffixes (a clause without one names no project).

    In a sentence with no bracket (where a separator does not end a clause) a suffix's clause is
    found from the separators on either side of it, not by splitting the whole sentence."""
    out: list[tuple[int, int, list[re.Match]]] = []
    seg = text[ss:se]  # (each bracket looked for on its own: a pattern that tests a set of characters at each place costs more)
    if "（" in seg or "(" in seg or "）" in seg or ")" in seg:
        k = 0
        for cs, ce in numbers.clauses(text, ss, se, _CLAUSE_SEPS):
            while k < len(suffixes) and suffixes[k].start() < cs:
                k += 1
            j = k
            while j < len(suffixes) and suffixes[j].start() < ce:
                j += 1
            if j > k:
                out.append((cs, ce, suffixes[k:j]))
        return out
    for m in suffixes:
        p = m.start()
        if out and p < out[-1][1]:
            out[-1][2].append(m)  # in the clause of the suffix before it
            continue
        b = rfind_mark(text, ss, p, _CLAUSE_SEP_MARKS)  # the separator before p
        a = find_mark(text, p, se, _CLAUSE_SEP_MARKS)
        out.append((b + 1 if b >= 0 else ss, a if a >= 0 else se, [m]))
    return out


def _counted_after_note(text: str, pos: int, end: int) -> bool:
    """Whether the bracket opening at ``pos`` closes before a count ("（含改扩建）50处", "(包括新建)12座")."""
    c = max(text.find("）", pos, end), text.find(")", pos, end))
    return c > 0 and text[c + 1:c + 2] in _COUNT_FIRST and _COUNT.match(text[c + 1:c + 7]) is not None


def _place_builds(name: str) -> bool:
    """The name is a place, 建设 and what that place is to become ("上海建设科技创新中心", "深圳建设中国特色社会主义
    先行示范区"): a designation, no project (not "海绵城市建设专用材料生产项目", "城区建设改造工程")."""
    k = name.find("建设")
    place = name[:k]
    if not 2 <= len(place) <= 5 or k + 2 >= len(name):
        return False
    short = gazetteer().by_short
    return place in short or (place[-1] in "省市" and place[:-1] in short)


def extract_projects(norm: Normalized, outline: Outline, meta: Metadata, an: Analysis | None = None) -> list[Project]:
    text: str = norm.text
    an = an or Analysis(norm, outline, meta)
    out: list[Project] = []
    seen: set[str] = set()
    national = meta.level == "national"
    named = frozenset(_named_works())
    line_first = frozenset(w[0] for w in _lines())
    # every project is named by a kind suffix ("等项目" too): only the sentences that hold one are read
    for ss, se in an.sentences_holding(an._project_suffix_starts):
        sentence = text[ss:se]
        sec = outline.at(ss)
        role = sec.role if sec else outline.leading_role  # outline.role_at(ss)
        part = "review" if role == "review" else "plan"
        ym = _YEAR.search(sentence) if "年" in sentence else None
        if ym:
            year = ym.group(1)
        elif meta.report_year:
            year = str(meta.report_year - 1 if part == "review" else meta.report_year)
        else:
            year = None
        path = sec.path if sec else ""
        for cs, ce, in_clause in _suffix_clauses(text, ss, se, an.project_suffixes_in(ss, se)):
            found: list[tuple[int, int, str]] = []
            for m in in_clause:
                if m.group(0) in named:
                    # "加快推进引江济淮二期", "全力服务平陆运河建设": a work of the state named with no kind word, its
                    # line and phase after it ("南水北调东线二期"); not the place something is done ("依托西部陆海新通道")
                    ne = m.end()
                    w = next((w for w in _lines() if text.startswith(w, ne)), None) if text[ne:ne + 1] in line_first else None
                    ne += len(w) if w else 0
                    if text[ne:ne + 1] in _PHASE_FIRST and (pm := _PHASE_AT.match(text, ne)):
                        ne = pm.end()
                    if _named_project(text, cs, m.start(), ne, ce, named) and \
                            _venue_lead_re().search(text, max(cs, m.start() - 4), m.start()) is None:
                        found.append((m.start(), ne, "工程"))
                    continue
                followed = _followed_ok(text, m.end(), ce)
                ext = 0  # a line's words after its kind ("渝湘高速复线"): the name goes on
                if not followed and m.group(0) in (la := _line_after())[0]:
                    w = next((w for w in la[1] if text.startswith(w, m.end())), None)
                    if w and _followed_ok(text, m.end() + len(w), ce):
                        followed, ext = True, len(w)
                if followed and text[m.end():m.end() + 1] in "（(" and _counted_after_note(text, m.end(), ce):
                    followed = False  # ("建成集中供水工程（包括新建和改扩建）50处": a kind, a note and its count is a class)
                if not followed and not (text[m.end():m.end() + 1] in _COUNT_FIRST and _COUNT.match(text[m.end():m.end() + 6])):
                    continue  # (a count after the kind is read only after 等: "石门至慈利高速、安慈高速等高速公路8条")
                if (nk := _not_kinds().get(m.group(0))) and any(text.startswith(w, m.end() - len(w)) for w in nk):
                    continue  # ("农村闲置宅基地", "是一项系统工程": a word ending with a kind that is no such kind)
                ns = _name_start(text, m.start(), cs)
                if text[max(0, ns - 1):ns] in "：:" and text[max(0, ns - 3):ns - 1] in _vocab().get("credit", ()):
                    continue  # a page's credit line ("来源：射洪市融媒体中心"): the outlet, no project
                raw_name = text[ns:m.end()]
                name = _lead_strip(raw_name)
                # "推进重点项目和民生工程建设": the walk crossed an item ending in a kind before a joiner
                # (looked for only where a joiner's last character is written)
                joined = find_mark(text, m.end() - len(name), m.end(), _JOIN_LAST_MARKS) >= 0  # (name ends at m.end())
                # (not before the works that belong to the thing before the joiner, "湘河水利枢纽及配套灌区工程":
                # project_vocab.tsv joined_own; one project, the longest name)
                cut = 0 if not joined else max(
                    (j.end() for j in _joined_re().finditer(name, 0, len(name) - len(m.group(0)))
                     if not name.startswith(_vocab().get("joined_own", ()), j.end())), default=0)
                if not cut and joined:
                    # "老年专科医院和康养公园": an institution before the joiner is an item of its own
                    cut = max((j.end() for j in _BARE_JOIN.finditer(name, 0, len(name) - len(m.group(0)))
                               if name.endswith(_facility_ends(), 0, j.start())), default=0)
                if not cut and joined:
                    # "县人民医院改扩建和城南污水处理厂", "钢铁产能置换和高新区生物医药产业园": a thing and the work done on it
                    # before the joiner is an item of its own (not the works of one name, "排涝改造和提升工程", nor a part of the
                    # thing named before with no name of its own, "县人民医院改扩建和新院区")
                    cut = max((j.end() for j in _BARE_JOIN.finditer(name, 0, len(name) - len(m.group(0)))
                               if _item_work_before(name, j.start())
                               and not _all_generic(rest := name[j.end():len(name) - len(m.group(0))]) and not _only_work(rest)),
                              default=0)
                if cut:
                    name = _lead_strip(name[cut:])
                ns += len(raw_name) - len(name)
                if m.group(0) in _ROUTE_KINDS and not _section_re().search(name):
                    continue
                if text[ns - 1:ns] == "等" and ns - 1 >= cs and len(name) <= 10:
                    # "云堡妙境二期、蒋姑山民宿等民宿项目": the items before 等 are the projects; not
                    # before a slogan's count ("创新驱动、产业升级等十大工程", "肿瘤、微创介入等五大中心"):
                    # those name the report's own programmes or fields
                    if _SLOGAN_COUNT.search(name):
                        continue
                    # (the items before "等国家重大工程" in a region's report that name a thing built, a kind or a
                    # line, are the state's projects built there, the region's too: "白鹤滩水电站、成昆铁路复线等
                    # 国家重大工程"; not the state's programmes: "新型城镇化、乡村建设行动等国家重大工程",
                    # "为探月工程、载人航天等国家重大工程提供…")
                    states = name.startswith("国家") and not national
                    items_s = cs
                    seg = text[items_s:ns - 1]
                    # ("县城供水一体化、城乡污水处理等8个专项债项目": before a count of a class, an item that
                    # ends with its work names what the projects do, not a project)
                    counted = _COUNT.match(name) is not None
                    pos = items_s
                    for k, item in enumerate(seg.split("、")):
                        s0 = pos
                        pos += len(item) + 1
                        if k == 0:  # ("支持民间资本参与重大产业、…等项目": the first item begins after the verb)
                            b = _name_start(text, s0 + len(item), s0)
                            if s0 < b <= s0 + len(item) - 2 and text[b - 1] not in _NAME_STOPS:
                                item, s0 = text[b:s0 + len(item)], b
                        it = _lead_strip(item)
                        s0 += len(item) - len(it)
                        # (not a sector: "交通、水利、能源等重大工程"; nor a count of a class: "沿黄等5条高速公路")
                        if 2 <= len(it) <= 25 and not ((it[:1] in _openers()[3] or it[:1] > "\uffff") and _COUNT.match(it)) \
                                and not _all_generic(it) \
                                and (national or it[:2] not in _state_only()) \
                                and not (find_mark(it, 0, len(it), _MID_COUNT_MARKS) >= 0 and _MID_COUNT.search(it)) and not (counted and it.endswith(_work_ends())) \
                                and not _bare_work(it) and not (len(it) == 2 and _BARE_PLACE.fullmatch(it)) \
                                and not (states and not (it.endswith(_lines()) or _kind_only_re().search(it))):
                            found.append((s0, s0 + len(it), m.group(0)))
                    continue
                if not followed:
                    continue  # ("新建乡镇污水处理厂12座": a kind before its count is a class, no name)
                kind = m.group(0)
                if kind in _phases():
                    # "宁德时代四期": a project named by its phase, with no kind word (not a kind's phase,
                    # "XX产业园二期", which the kind names with its phase: the kind's match above takes it in)
                    # nor a programme's work named with its phase ("高标准农田建设二期", "老旧小区改造二期")
                    if text[m.start() - 1:m.start()] in _NOT_PHASE_NAME or _kind_only_re().search(name, 0, len(name) - len(kind)) \
                            or _work_end_re().search(name, 0, len(name) - len(kind)):
                        continue
                    kind = "项目"
                # (the kind tested here: most names are not of the kinds the last two read)
                if not national and name[:2] in _state_only():
                    continue  # ("参与探月工程": the state's programme in a region's report)
                if "建设" in name and _place_builds(name):
                    continue  # ("上海建设科技创新中心", "支持合肥建设综合性国家科学中心": a place and the designation it builds)
                if ((am := _aim_marks()) is None or find_mark(text, max(cs, ns - 12), m.start(), am) >= 0) \
                        and _aim_re().search(text, max(cs, ns - 12), m.start()):
                    continue  # ("建设全国最大的氨基酸生产基地", "打造知名温泉康养基地": the standing aimed at, no name)
                ne = m.end() + ext
                if text[ne:ne + 1] in _PHASE_FIRST and (pm := _PHASE_AT.match(text, ne)) and _followed_ok(text, pm.end(), ce):
                    ne = pm.end()  # "县医院新院区二期", "XX产业园一期": the kind's phase is part of the name
                if len(name) > 30 or _generic(name, kind) and not (ne > m.end() and _institution(name) or kind != m.group(0) and _institution(name[:-len(m.group(0))])) or kind == "工程" and (
                        _programme(name, kind) or _programme_title(text, ns, m.end(), path) or _campaign(text, ns, m.end())) \
                        or kind in _CLASS_KINDS and _ends_in_class(name, kind) or _venue(text, cs, ns, name, kind):
                    continue
                found.append((ns, ne, kind))
            # the longest name wins where names overlap ("汽车装备制造产业园配套工程" over "…产业园")
            if len(found) > 1:  # (most clauses name one)
                found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
            kept: list[tuple[int, int, str]] = []
            for f in found:
                if kept and f[0] < kept[-1][1]:
                    continue
                kept.append(f)
            clause_quote = None  # (the clause's quote, made once for the names it holds)
            for ns, ne, kind in kept:
                name = text[ns:ne]
                key = name + part
                if key in seen:
                    continue
                seen.add(key)
                status = _status(text, cs, ce, ns, ne, se)
                if clause_quote is None:
                    clause_quote = norm.quote(cs, ce)
                quote, rs, re_ = clause_quote
                raw_name = numbers.squeeze_spaces(norm.written(ns, ne))
                # (name, kind, status, year, part, quote, start, end, section: Project's fields by position,
                # keywords cost a dict made and read back at each record; tests/test_records.py holds the order)
                out.append(Project(raw_name, kind, status, year, part, quote, rs, re_, path))
    return out
