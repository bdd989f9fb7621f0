"""Pledges: quantified commitments in a report's plan part (an action, a quantity, what it is of).

The same scanner reads quantified statements in a review part (``scan(..., part="review")``),
which is what the follow-through analysis compares the pledges with.

Vocabularies (edit without touching code): ``data/pledge_verbs.tsv`` (actions),
``data/pledge_units.tsv`` (count units), ``data/pledge_objects.tsv`` (normalised objects),
``data/pledge_categories.tsv`` (categories from section titles).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocab
from ..model import Metadata, Pledge
from ..normalize import Normalized
from ..structure import Outline
from . import numbers

PLAN_ROLES = ("tasks", "requirements", "targets")

# ---------------------------------------------------------------------------- vocabularies


@lru_cache(maxsize=1)
def verbs() -> dict[str, str]:
    return {c[0]: (c[1] if len(c) > 1 else "action") for c in vocab.table("pledge_verbs.tsv") if c and c[0]}


@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern:
    return re.compile("|".join(re.escape(v) for v in sorted(verbs(), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _units() -> list[str]:
    out = {alias for alias, *_ in vocab.units()}
    for c in vocab.table("pledge_units.tsv"):
        if c and c[0]:
            out.add(c[0])
            if not c[0].startswith(("万", "亿")):
                out.update(("万" + c[0], "亿" + c[0]))
    return sorted(out, key=len, reverse=True)


_CN = "零〇一二两三四五六七八九十百千万亿"
_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def _qty_re() -> re.Pattern:
    u = "|".join(re.escape(x) for x in _units())
    return re.compile(
        rf"(?P<num>(?<![\d.,])(?:{_AR}))(?:(?P<dash>[-—–~～至到])(?P<num2>{_AR}))?(?P<more>余|多)?(?P<unit>{u})"
        rf"|(?P<cn>[{_CN}]+)(?P<cnunit>{u})"
    )


@lru_cache(maxsize=1)
def objects() -> list[tuple[str, str, str]]:
    """(alias, object_norm, category), longest alias first."""
    out = []
    for c in vocab.table("pledge_objects.tsv"):
        if len(c) < 3:
            continue
        for a in c[2].split("/"):
            if a:
                out.append((a, c[0], c[1]))
    return sorted(out, key=lambda x: -len(x[0]))


@lru_cache(maxsize=1)
def categories() -> list[tuple[str, tuple[str, ...]]]:
    return [(c[0], tuple(w for w in c[1].split("/") if w)) for c in vocab.table("pledge_categories.tsv") if len(c) >= 2]


def object_norm(obj: str) -> tuple[str | None, str | None]:
    for alias, norm, cat in objects():
        if alias in obj:
            return norm, cat
    return None, None


def category_of(path: str) -> str:
    parts = [p for p in path.split(" > ") if p][::-1]
    for part in parts:
        for cat, words in categories():
            if any(w in part for w in words):
                return cat
    return "其他"


# words before an object that are not part of it
_LEAD = re.compile(r"^(?:确保|力争|争取|努力|全年|今年|明年|全市|全县|全区|全省|实现|全面|全力|持续|加快|累计|共|再|年内|年底前|其中|此外|同时|新|并|及|和|与|以及|到\d{4}年(?:底|末)?|\d{4}年(?:底|末)?|的)+")
_TRAIL = re.compile(r"(?:等|的|基础上|始终|稳定|分别|均|总体|建设任务|改造任务|任务|建设|工作|目标|以上|以内|左右|的建设)+$")
# a quantity describing the thing after it (capacity, investment), not the count pledged
_MEASURE = re.compile(r"(?:投资|总投资|年产|年产能|日产|年出栏|年屠宰|年处理|日处理|年加工|占地|占地面积|建筑面积|总面积|装机|装机容量|规模|容量|库容|总长|长|全长|面积)$")
_PROJECT_HEAD = re.compile(r"(?:项目|工程|基地|产业园|园区|生产线|综合体|中心)$")
_BARE_MEASURE = re.compile(r"面积|总量|规模|长度|数量|人数|里程|总长|长")
_NOT_PLEDGE_UNITS = {"位", "微克/立方米", "个百分点", "百分点"}
_SEP = "，,：:;；"
_REVIEW_CUE = re.compile(r"去年|上年|一年来|过去一年|过去五年|五年来|同比|比上年|较上年")
_TARGET_PARA = re.compile(r"预期目标|主要目标|主要指标|目标是")
_PCT_VERBS = {"达到", "达", "稳定在", "保持在", "控制在", "提高到", "提高至", "提升到", "提升至", "降至", "降低到", "下降到"}


@dataclass
class _Q:
    value: float
    value_high: float | None
    unit: str
    start: int
    end: int
    more: bool = False


def _quantities(text: str, start: int, end: int) -> list[_Q]:
    out = []
    for m in _qty_re().finditer(text, start, end):
        s = m.start()
        prev = text[s - 1] if s > 0 else ""
        nxt = text[m.end():m.end() + 1]
        if m.group("num") and re.fullmatch(r"(?:19|20)\d{5,}", m.group("num")):
            continue  # a year glued to a count by a bad conversion ("2023131个")
        if prev in ("第", "前", "向") or (prev.isascii() and prev.isalpha()) or (nxt.isascii() and nxt.isalpha()):
            continue
        if m.group("num"):
            v = numbers.parse_number(m.group("num"))
            v2 = numbers.parse_number(m.group("num2")) if m.group("num2") else None
            if v is None:
                continue
            unit = m.group("unit")
            if v2 is not None and v2 <= v:
                v2 = None
            out.append(_Q(numbers._clean(v), numbers._clean(v2) if v2 is not None else None, unit, s, m.end(),
                          bool(m.group("more"))))
        else:
            cn, unit = m.group("cn"), m.group("cnunit")
            if cn in ("万", "亿", "千", "百", "十") or cn.startswith(("万", "亿", "零", "〇")):
                continue
            # a Chinese numeral counts only right after an action verb ("新建一所", "升格一所")
            if not _verb_before(text, s):
                continue
            if len(cn) > 1 and cn[-1] in "万亿" and not unit.startswith(("万", "亿")):
                v = numbers.parse_number(cn[:-1])
                unit = cn[-1] + unit
            else:
                v = numbers.parse_number(cn)
            if v is None:
                continue
            out.append(_Q(numbers._clean(v), None, unit, s, m.end()))
    return out


@lru_cache(maxsize=1)
def _verbs_longest_first() -> tuple[str, ...]:
    return tuple(sorted(verbs(), key=len, reverse=True))


def _verb_before(text: str, pos: int) -> str | None:
    found, lens = _verb_set()
    for k in lens:
        if pos >= k and text[pos - k:pos] in found:
            return text[pos - k:pos]
    return None


@lru_cache(maxsize=1)
def _verb_set() -> tuple[frozenset[str], tuple[int, ...]]:
    vs = _verbs_longest_first()
    return frozenset(vs), tuple(sorted({len(v) for v in vs}, reverse=True))


def _in_quotes(text: str, s0: int, pos: int) -> bool:
    seg = text[s0:pos]
    return seg.count("“") > seg.count("”")


@dataclass
class _Verb:
    word: str
    start: int
    end: int


def _verbs_in(text: str, s: int, e: int) -> list[_Verb]:
    # a one-character verb ("达") only counts right before its number ("率达75%", not "碳达峰")
    return [_Verb(m.group(0), m.start(), m.end()) for m in _verb_re().finditer(text, s, e)
            if len(m.group(0)) > 1 or text[m.end():m.end() + 1].isdigit()]


def _strip(obj: str, lead: bool = True) -> str:
    obj = obj.strip(" 、，,")
    if lead:
        obj = _LEAD.sub("", obj)
    prev = None
    while prev != obj:
        prev = obj
        obj = _TRAIL.sub("", obj).strip(" 、")
    return obj


def _post_object(text: str, pos: int, end: int, stops: list[_Verb], quants: list[_Q]) -> tuple[str, int, bool]:
    """The noun phrase written right after a quantity: (object, end, runs into another quantity)."""
    p = pos
    if text.startswith("的", p):
        p += 1
    stop = end
    for ch in "、（(“":
        i = text.find(ch, p, stop)
        if ch in "（(“" and i == p:
            continue
        if i >= 0 and ch == "、":
            stop = i
    i = text.find("等", p, stop)
    if i >= 0:
        stop = i
    for v in stops:
        if p < v.start < stop and verbs().get(v.word) in ("stop", "level"):
            stop = v.start
            break
    into_q = False
    for q in quants:
        if p <= q.start < stop:
            stop = q.start
            into_q = True
            break
    return text[p:stop], stop, into_q


def _period(sentence: str, meta: Metadata) -> str:
    m = re.search(r"(\d{4})\s*[-—–至到]\s*(\d{4})年", sentence)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = re.search(r"(?:到|至|在|于)(\d{4})年", sentence)
    if m:
        return m.group(1)
    if meta.report_year and re.search(r"今后五年|未来五年|五年内", sentence):
        return f"{meta.report_year}-{meta.report_year + 4}"
    return str(meta.report_year) if meta.report_year else ""


def _sentences(text: str, s: int, e: int):
    for m in re.finditer(r"[^。！？!?；;\n]+", text[s:e]):
        yield s + m.start(), s + m.end()


def scan(norm: Normalized, outline: Outline, meta: Metadata, part: str = "plan") -> list[Pledge]:
    """Quantified statements (action, object, quantity) in the plan part, or in the review part."""
    text = norm.text
    out: list[Pledge] = []
    seen: set[tuple] = set()
    # paragraphs, so that a target list ("主要预期目标是：…") can be skipped as a whole
    for pm in re.finditer(r"[^\n]+", text):
        ps, pe = pm.span()
        role = outline.role_at(ps)
        para = text[ps:pe]
        if part == "plan":
            if role == "targets" and _TARGET_PARA.search(para):
                continue
            if role not in PLAN_ROLES and not (role == "other" and not _REVIEW_CUE.search(para)):
                continue
        elif role != "review":
            continue
        for ss, se in _sentences(text, ps, pe):
            sentence = text[ss:se]
            if part == "plan" and role == "other" and _REVIEW_CUE.search(sentence):
                continue
            quants = [q for q in _quantities(text, ss, se) if not _in_quotes(text, ss, q.start)]
            if not quants:
                continue
            sec = outline.at(ss)
            path = sec.path if sec else ""
            period = _period(sentence, meta) if part == "plan" else (
                str(meta.report_year - 1) if meta.report_year else "")
            out += _sentence_pledges(norm, ss, se, quants, period, path, seen)
    return out


def _pieces(text: str, cs: int, ce: int, quants: list[_Q]) -> list[tuple[int, int]]:
    """A clause split at 、 after a piece that holds a quantity (list items "A 3个、B 5个")."""
    out, start = [], cs
    for i in range(cs, ce):
        if text[i] == "、" and any(start <= q.start and q.end <= i for q in quants):
            out.append((start, i))
            start = i + 1
    out.append((start, ce))
    return out


def _choose_object(text: str, ps: int, lo: int, q: _Q, qend: int, post: str, post_end: int,
                   vs: list[_Verb]) -> tuple[str, int, int, _Verb | None] | None:
    """(object, start, end, action verb) for quantity q of the piece starting at ps."""
    before = [v for v in vs if lo <= v.start and v.end <= q.start]
    verb = before[-1] if before else None
    pre_start = verb.end if verb else lo
    pre = text[pre_start:q.start]
    pre_c, post_c = _strip(pre), _strip(post, lead=False)
    alias = _alias_ending(text, lo, q.start)
    if alias and len(alias) > len(pre_c):
        return alias, q.start - len(alias), q.start, verb
    if verb is not None and (not pre_c or _BARE_MEASURE.fullmatch(pre_c)) and (
            verbs().get(verb.word) == "level" or not post_c or _BARE_MEASURE.fullmatch(pre_c)):
        # the object before the verb: "粮食种植面积稳定在650万亩", "完成造林8.7万亩",
        # "完成水土流失治理面积70平方公里", "引进省外资金达到90亿元"
        earlier = [v for v in before if v.end <= verb.start]
        if verbs().get(verb.word) == "level" or _BARE_MEASURE.fullmatch(pre_c):
            lead = [v for v in earlier if v.start == lo + len(text[lo:v.start]) - len(_LEAD.sub("", text[lo:v.start]))]
            bs = lead[-1].end if lead else lo
            cand = text[bs:q.start if pre_c else verb.start]
            if len(_strip(cand)) > 20 and earlier:
                bs = earlier[-1].end
                cand = text[bs:q.start if pre_c else verb.start]
            act = lead[-1] if lead else verb
        else:
            bs = earlier[-1].end if earlier else lo
            cand = text[bs:verb.start]
            act = verb
        cand_c = _strip(cand)
        if cand_c:
            return cand_c, bs, bs + len(cand), act
        if earlier and earlier[-1].end == verb.start:
            return verb.word, verb.start, verb.end, earlier[-1]
    if q.unit == "%":
        return (pre_c, pre_start, q.start, verb) if pre_c else None
    if post_c and (not pre_c or pre.rstrip().endswith("等") or _MEASURE.search(pre_c)
                   or "每" in pre_c or pre_c.endswith("有")
                   or (_PROJECT_HEAD.search(post_c) and not pre_c.endswith(("项目", "工程")))
                   or (_known(post_c) and not _known(pre_c))):
        return post_c, qend, post_end, verb
    if pre_c:
        return pre_c, pre_start, q.start, verb
    return None


def _sentence_pledges(norm: Normalized, ss: int, se: int, quants: list[_Q], period: str, path: str,
                      seen: set) -> list[Pledge]:
    text = norm.text
    out = []
    last_verb: _Verb | None = None  # the action of the list being read ("发展A 20万亩、B 11万亩")
    for cs, ce in numbers.clauses(text, ss, se, _SEP):
        for ps, pe in _pieces(text, cs, ce, quants):
            pq = [q for q in quants if ps <= q.start and q.end <= pe]
            if not pq:
                if _verbs_in(text, ps, pe):
                    last_verb = None
                continue
            if "分别" in text[ps:pe]:
                last_verb = None
                continue  # "分别低于35、70微克/立方米": indicator facts, not pledges
            vs = _verbs_in(text, ps, pe)
            made = None
            modifiers: set[int] = set()
            for qi, q in enumerate(pq):
                if q.unit in _NOT_PLEDGE_UNITS:
                    continue
                qual, qend = numbers.qualifier(text, numbers.Quantity(q.value, q.value_high, q.unit, q.start, q.end, ""), ps)
                if q.more and qual == "eq":
                    qual = "at_least"
                post, post_end, into_q = _post_object(text, qend, pe, vs, pq[qi + 1:])
                if into_q and post.strip():
                    modifiers.add(qi)
                    continue  # "招引10亿元以上项目5个以上": the first amount describes the object counted
                lo = max([ps] + [x.end for i, x in enumerate(pq[:qi]) if i not in modifiers])
                got = _choose_object(text, ps, lo, q, qend, post, post_end, vs)
                if got is None:
                    continue
                obj, obj_s, obj_e, action_v = got
                if not obj or len(obj) > 30:
                    continue
                if action_v is None:
                    after = [v for v in vs if v.start >= qend]
                    if after and after[0].start - post_end <= 2:
                        action_v = after[0]
                    elif last_verb is not None:
                        action_v = last_verb
                    else:
                        continue
                if q.unit == "%" and action_v.word not in _PCT_VERBS:
                    continue
                made = action_v
                key = (obj, q.value, q.unit)
                if key in seen:
                    continue
                seen.add(key)
                qs = max(ss, min(action_v.start, obj_s, q.start))
                lead_v = [v for v in vs if v.end == qs]
                if lead_v:  # "完成老旧小区改造40个": the quote keeps the verb that opens it
                    qs = lead_v[0].start
                qe = max(qend, obj_e)
                quote, rs, re_ = norm.quote(qs, qe)
                obj = _object_as_written(norm, obj, obj_s, obj_e)
                onorm, ocat = object_norm(obj)
                out.append(Pledge(action=action_v.word, object=obj, value=q.value, value_high=q.value_high,
                                  unit=q.unit, qualifier=qual, period=period, quote=quote, start=rs, end=re_,
                                  object_norm=onorm, category=ocat or category_of(path), section=path))
            last_verb = made
    return out


def _known(obj: str) -> bool:
    return any(alias in obj for alias, _, _ in objects())


def _object_as_written(norm: Normalized, obj: str, s: int, e: int) -> str:
    """The object as the text as read writes it (spaces kept only after ASCII punctuation: "1, 4-丁二醇")."""
    i = norm.text.find(obj, s, e)
    if i < 0:
        return obj
    raw = norm.quote(i, i + len(obj))[0]
    return re.sub(r"(?<![,;:.])\s+", "", raw)


def _alias_ending(text: str, lo: int, pos: int) -> str | None:
    """A vocabulary object written right before the quantity and spanning a verb ("城镇新增就业")."""
    aliases, lens = _verb_aliases()
    for k in lens:
        if pos - k >= max(lo, pos - 12) and text[pos - k:pos] in aliases:
            return text[pos - k:pos]
    return None


@lru_cache(maxsize=1)
def _verb_aliases() -> tuple[frozenset[str], tuple[int, ...]]:
    """Vocabulary objects that contain a verb, with their lengths, longest first."""
    found = frozenset(a for a, _, _ in objects() if _verb_re().search(a))
    return found, tuple(sorted({len(a) for a in found}, reverse=True))


def extract_pledges(norm: Normalized, outline: Outline, meta: Metadata) -> list[Pledge]:
    return scan(norm, outline, meta, part="plan")
