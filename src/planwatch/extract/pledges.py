"""Pledges: quantified commitments in a report's plan part (an action, a quantity, what it is of).

The same scanner reads quantified statements in a review part (``scan(..., part="review")``),
which is what the follow-through analysis compares the pledges with.

What is a pledge (``spec/facts.md``, "Pledges"): a quantity with an action in a plan part; not the
year's target list (indicator facts), not last year's results, estimates (预计), start or current values
(从X提高到Y, 现行16%的税率), thresholds (30万千瓦以下机组), durations, set phrases or ranks. One verb with
several objects and values gives one pledge each; a fiscal allocation with no verb before it takes 安排;
the verb carries the direction (再降10%) and the value stays positive.

Vocabularies (edit without touching code): ``data/pledge_verbs.tsv`` (actions and their kinds),
``data/pledge_units.tsv`` (count units), ``data/pledge_objects.tsv`` (normalised objects; category 财政
marks fiscal allocations), ``data/pledge_heads.tsv`` (head nouns a list of objects shares),
``data/pledge_fixed.tsv`` (set phrases whose number is not pledged), ``data/pledge_own_items.tsv``
(what counts of the report's own items are of), ``data/pledge_part_lists.tsv`` (a part's list of goals, not
the year's targets), ``data/pledge_categories.tsv`` (categories from section titles).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from itertools import chain as _chain
from operator import attrgetter

from .. import vocab
from .analysis import Analysis, openers, starts_between
from .prefilter import (COMPILED, HeadScan, Skipping, blank, class_places, class_table, find_mark, first_set, longest_first, marks,
                        once, rfind_mark)
from ..model import Metadata, Pledge, Section
from ..normalize import FIGURE_HEAD, Normalized, figure_lines, qualitative_item
from ..regions import abbreviation, gazetteer, short_name
from ..structure import YEAR_TARGETS_HEAD, Outline
from . import numbers
from .facts import (plan_works_span, _head_place, _OVER_YEARS, _PROGRAMME_BEFORE, _TURN_TO_THIS_YEAR, _above_names, _above_sets_sentence,
                    _guards, _targets_named_back, _term_first_year, _qualitative_re as _facts_qualitative_re,
                    commentary_at, hearsay_re, paragraph_lines_start)

PLAN_ROLES = ("tasks", "requirements", "targets")

# ---------------------------------------------------------------------------- vocabularies


@once
def verbs() -> dict[str, str]:
    return {c[0]: (c[1] if len(c) > 1 else "action") for c in vocab.table("pledge_verbs.tsv") if c and c[0]}


def _marked(*marks: str) -> list[str]:
    """The verbs of pledge_verbs.tsv whose third column holds one of ``marks`` (several split by '/')."""
    return [c[0] for c in vocab.table("pledge_verbs.tsv") if len(c) > 2 and any(k in marks for k in c[2].split("/"))]


@once
def _base_places() -> tuple[str, ...]:
    """Nouns that make a building verb right before them part of the object (cues.tsv base_places: 建设基地)."""
    return tuple(vocab.cues().get("base_places", ()))


@once
def _carrying_verbs() -> frozenset[str]:
    """Verbs that only carry out the work of an action right after them (a mark 'carries': 实施新建学校5所: 新建)."""
    return frozenset(_marked("carries"))


@once
def _nominal_verbs() -> frozenset[str]:
    """Verbs that, after another verb, name what is given (a third column 'nominal': 发放稳岗补贴2亿元)."""
    words = _marked("nominal")
    return frozenset(words + ["再" + w for w in words])  # (a verb keeps the 再 written before it)


@once
def _opening_scopes() -> frozenset[str]:
    """Scope words that say whom a work reaches only where they open their clause (a third column 'opens': "新增学位1500个，
    满足2000名随迁子女入学需求"); after a count and its object they are no verb ("新增的5000个学位满足入学需求": 新增 acts)."""
    return frozenset(_marked("opens"))


@once
def _task_verbs() -> frozenset[str]:
    """Verbs that carry out a task named by its work (a third column 'task': 完成农村危房改造4万户)."""
    words = _marked("task")
    return frozenset(words + ["再" + w for w in words])  # ("再完成棚户区住房改造600万套")


@once
def _keeping_verbs() -> frozenset[str]:
    """Verbs that consolidate what was won (a third column 'keeps': 巩固拓展5个县脱贫摘帽成果): a count before the
    成果 they keep says whose results they are, no pledge."""
    return frozenset(_marked("keeps"))


# the rest of a clause after a count, ending with the results it is of ("5个县脱贫摘帽成果")
_RESULTS_AFTER = re.compile(r"[^，,；;。：:、！？\n\d]{1,20}?成果(?=[，,；;。：:！？\n]|$)")


@once
def _bound_words() -> frozenset[str]:
    """Bounds a count's qualifier is written with (a third column 'bounds': 不少于, 不低于, 超过, 不超过)."""
    return frozenset(_marked("bounds"))


@once
def _causing_verbs() -> frozenset[str]:
    """Verbs that bring about the level their object reaches (a third column 'causes', and 'outcome': "推动…营业收入
    突破100亿元", "实现…突破": the bound acts)."""
    return frozenset(_marked("causes", "outcome"))


@once
def _caused_words() -> frozenset[str]:
    """Verbs that, right after a verb bringing them about, name what it brings about (a third column 'caused':
    以旧换新带动销售30亿元: 带动 销售)."""
    return frozenset(_marked("caused"))


@once
def _gains_verbs() -> frozenset[str]:
    """Verbs after a count of households or people whose object is what those come to have (a third column 'gains')."""
    return frozenset(_marked("gains"))


@once
def _gains_words() -> tuple[str, ...]:
    """``_gains_verbs`` as a tuple, for a look at one place (a generator over the verbs only where one stands there)."""
    return tuple(sorted(_gains_verbs()))


def _share_named_by_action(text: str, lv: "_Verb", end: int) -> int:
    """Where the share's name starts when action LV opens a share's name that ends at END (…占比, …比例, …比重, …率),
    else -1: from the verb itself ("新增绿电占比", "使用清洁能源比例"), or after a verb that only carries out, brings about
    or causes ("完成", "实现", "推动": "推动新增绿电占比" names 新增绿电占比)."""
    name = text[lv.end:end].strip()
    if not name or not (name[-1] in _SHARE_LAST or name.endswith("占比")) or _CLAUSE_PUNCT.search(name):
        return -1
    outer = _task_verbs() | _outcome_verbs() | _causing_verbs()
    if lv.word in outer:
        return lv.end
    head = next((len(w) for w in sorted(outer, key=lambda w: (-len(w), w))
                 if len(w) >= 2 and lv.word.startswith(w) and len(lv.word) - len(w) >= 2 and lv.word[len(w):] in verbs()), 0)
    return lv.start + head


@once
def _task_kind_ends() -> tuple[str, ...]:
    """cues.tsv task_kind_ends: the words closing a task's kind after its count ("的搬迁入住任务", "的年度目标任务"), as
    one tuple for ``str.startswith`` (built once, not once a call)."""
    return tuple(vocab.cues().get("task_kind_ends", ()))


@once
def _progress_before() -> frozenset[str]:
    """The one-character words right before a verb that say what is done so far (cues.tsv ``progress_before``: 已, 仅…)."""
    return frozenset(w for w in vocab.cues().get("progress_before", ("已",)) if len(w) == 1)


@once
def _progress_not() -> frozenset[str]:
    """The two-character words ending on a progress word that join tasks instead (cues.tsv ``progress_not``: 不仅, 不只;
    "今年不仅新建幼儿园5所，还…", decision 382)."""
    return frozenset(w for w in vocab.cues().get("progress_not", ()) if len(w) == 2)


@once
def _stage_objects() -> frozenset[str]:
    """The stages of a work under way (cues.tsv ``stage_objects``: 主体, 主体工程…): no thing a task counts."""
    return frozenset(vocab.cues().get("stage_objects", ()))


@once
def _outcome_verbs() -> frozenset[str]:
    """Verbs that only say a status after the count comes about (a third column 'outcome': 实现45万人脱贫)."""
    return frozenset(_marked("outcome"))


@once
def _every_counted() -> frozenset[str]:
    """Words that say every one counted comes to the status after them (cues.tsv ``every_counted``: 全部)."""
    return frozenset(vocab.cues().get("every_counted", ()))


def _status_after(text: str, at: int, vs: list[_Verb]) -> bool:
    """Whether a status verb opens at ``at`` or right after a word of every one counted (全部) there: "9800人全部脱贫"."""
    if _status_at(vs, at) is not None:
        return True
    return any(text.startswith(w, at) and _status_at(vs, at + len(w)) is not None for w in _every_counted())


def _status_at(vs: list[_Verb], at: int) -> _Verb | None:
    """The status verb (kind stop) that opens at ``at``, if any."""
    for v in vs:
        if v.start == at and v.kind == "stop":
            return v
    return None


@once
def _carrying_heads() -> tuple[str, ...]:
    """The carrying verbs, longest first (to split a joined verb such as 完成征迁)."""
    return tuple(sorted((w for w in _carrying_verbs() if w in verbs()), key=len, reverse=True))


def _carried_work(word: str) -> int:
    """Length of the carrying verb a joined verb opens with where the rest is an action (完成征迁: 2), else 0."""
    kinds, vre = verbs(), _verb_re()
    for w in _carrying_heads():
        if len(word) > len(w) and word.startswith(w):
            i = len(w)  # (the rest one action or actions joined: 完成征收拆迁)
            while i < len(word) and (m := vre.match(word, i)) is not None and kinds[m.group(0)] == "action":
                i = m.end()
            return len(w) if i == len(word) else 0
    return 0


@once
def _thing_works() -> frozenset[str]:
    """Works named whole written right after the thing they are done to, both being what is counted (a third column
    'thing': 汽车以旧换新6000辆: 汽车以旧换新; not 以旧换新补贴, which names funds, nor 以旧换新活动)."""
    return frozenset(_marked("thing"))


@once
def _transitive_wholes() -> frozenset[str]:
    """Works named whole that act on a noun written right after them (a third column 'transitive': 扩招研究生500人,
    扩招普通高中学生2000人), where other wholes name it (退耕还林补助资金)."""
    return frozenset(_marked("transitive"))


@once
def _project_verbs() -> frozenset[str]:
    """Verbs that act only on projects (a third column 'projects': 新上项目50个, 新上亿元以上项目30个); before
    anything else they open a word (新上市企业, 新上规工业企业, 新上云企业)."""
    return frozenset(_marked("projects"))


@once
def _goods_verbs() -> frozenset[str]:
    """Verbs of energy supplied or sent out (a third column 'goods': 保供, 外送, 输送, 外调, 发运): they act only on what
    is supplied right after them (cues.tsv supplied_goods: 保供电煤7亿吨); before anything else they name a noun
    (培育保供企业100家, 煤炭发运量, 建设天然气输送管网300公里)."""
    return frozenset(_marked("goods"))


@once
def _via_verbs() -> frozenset[str]:
    """Verbs of passing through a place (a third column 'via': 过境): the place may follow them, what passes is then
    named before them ("中欧班列过境满洲里口岸2000列")."""
    return frozenset(_marked("via"))


@once
def _passed_places() -> tuple[str, ...]:
    """The last words of a place passed through (cues.tsv passed_places: 口岸, 站, 港)."""
    return tuple(vocab.cues().get("passed_places", ()))


def _passer_before(text: str, lo: int, v: "_Verb", vs: list) -> tuple[str, int, int] | None:
    """What passes, named right before the verb ``v`` of passing (from ``lo`` or the verb before it), a noun of no
    figure, or None."""
    a = max([lo] + [x.end for x in vs if lo <= x.start and x.end <= v.start])
    pre = _strip(text[a:v.start])
    if not pre or len(pre) > 12 or not _has_cjk(pre) or _DIGIT.search(pre):
        return None
    k = text.find(pre, a, v.start)
    return pre, k, k + len(pre)


@once
def _supplied_goods() -> tuple[str, ...]:
    return tuple(vocab.cues().get("supplied_goods", ()))


@once
def _capital_verbs() -> frozenset[str]:
    """Verbs of capital arrived (a third column 'capital': 实到, 实际到位 written short): they act only on the capital
    right after them (cues.tsv arrived_capital: 实到外资12亿美元, 实到市外资金30亿元); before anything else they count who
    or what came (应到代表320人，实到代表308人), no commitment."""
    return frozenset(_marked("capital"))


@once
def _arrived_capital() -> tuple[str, ...]:
    return tuple(vocab.cues().get("arrived_capital", ()))


@once
def _each_verbs() -> frozenset[str]:
    """Verbs that act only right after a word of each (a third column 'each': "每村补助…", "每个镇奖补…"), elsewhere
    naming a grant ("奖补资金", "补助标准")."""
    return frozenset(_marked("each"))


@once
def _grant_funds_ahead() -> re.Pattern:
    """The funds a grant verb names right after it, up to their amount ("补助建设资金20万元", "奖补集体经济发展资金30万元":
    the funds' last word from cues.tsv grant_funds_end, one clause): a verb inside the name does not act (rec64)."""
    # (a cap between the funds and their amount: "补助产业发展资金最高50万元"; decision 573)
    return re.compile(r"[^，,；;。：:、\n\d]{0,16}?(?:" + longest_first(vocab.cues().get("grant_funds_end", ())) + r")(?=(?:"
                      + longest_first(_grant_caps()) + r")?\d)")


@once
def _grant_funds_after() -> re.Pattern:
    """The funds a grant names right after its amount, closing the clause ("每村补助40万元产业发展资金。"; adv65)."""
    return re.compile(r"[\u4e00-\u9fff]{0,16}?(?:" + longest_first(vocab.cues().get("grant_funds_end", ()))
                      + r")(?=[，,；;。：:、\n]|$)")


@once
def _grant_amount_then_funds() -> re.Pattern:
    """A grant verb's amount in 元 and the funds named after it, closing the clause ("补助40万元产业发展资金"): the verb
    acts, a verb inside the funds' name does not (adv65)."""
    return re.compile(r"\d[\d.]*(?:万|亿|千)?元" + _grant_funds_after().pattern)


@once
def _grant_funds_ends() -> tuple[str, ...]:
    """The last words of a grant's funds (cues.tsv grant_funds_end: 资金, 经费, 补贴…)."""
    return tuple(vocab.cues().get("grant_funds_end", ()))


@once
def _grant_funds_nouns() -> dict[str, str]:
    """The noun rows of pledge_verbs.tsv naming a grant's funds whole, by the grant verb they open with ("补助资金" →
    补助; not "补助标准", no funds' word at its end): after a word of each the verb acts (_verbs_in)."""
    ends = _grant_funds_ends()
    return {w: g for w, k in verbs().items() if k == "noun" and w.endswith(ends)
            for g in _each_verbs() if len(w) > len(g) and w.startswith(g)}


@once
def _each_grant_gaps() -> tuple[str, ...]:
    """What may stand between a word of each and its grant verb (cues.tsv each_grant_gap: 最高, 每年, 每月, longest first):
    "每户最高补助危房改造资金3万元", "每个社区每年补助运行经费5万元" (decision 573)."""
    return vocab.cues().get("each_grant_gap", ())


@once
def _grant_caps() -> tuple[str, ...]:
    """A cap between a grant's funds and their amount (cues.tsv grant_cap_words: "补助产业发展资金最高50万元"; 573)."""
    return vocab.cues().get("grant_cap_words", ())


@once
def _grant_give_verbs() -> frozenset[str]:
    """Verbs that hand out the funds named right after them (cues.tsv grant_give_verbs: 发放, 增发, 给予…): after a word
    of each, the funds then their amount in 元, a grant at a rate for each, a pledge of the funds (decision 573)."""
    return frozenset(vocab.cues().get("grant_give_verbs", ()))


def _funds_then_amount(text: str, ve: int, qs: int) -> bool:
    """Whether text[ve:qs] (a grant verb's end to its amount) ends on the funds' last word (cues.tsv grant_funds_end), a
    cap word after them allowed ("补助产业发展资金最高50万元")."""
    for c in _grant_caps():
        if text.endswith(c, ve, qs):
            qs -= len(c)
            break
    return text.endswith(_grant_funds_ends(), ve, qs)


def _after_each(text: str, at: int) -> bool:
    """Whether a word of each ends right before ``at`` ("每村", "每户", "每个镇", "每个行政村", "每县", "每乡镇"), a cap
    or a period of each between allowed ("每户最高补助…", "每个社区每年补助…": cues.tsv each_grant_gap; 573)."""
    if text.endswith(_each_grant_gaps(), max(0, at - 4), at):
        for g in _each_grant_gaps():
            if text.endswith(g, max(0, at - 4), at):
                at -= len(g)
                break
    k = text.rfind("每", max(0, at - 12), at)  # (a longer body after its counter: "每所乡镇卫生院", 570)
    return k >= 0 and (text[k:at] in _each_words() or _each_place_word(text[k:at]))


_FUNDS_RUN = re.compile(r"[\u4e00-\u9fff]{2,16}$")


def _funds_before_each_span(text: str, ms: int) -> tuple[str, int, int] | None:
    """The funds named right before the word of each that the grant verb at ``ms`` follows ("产业发展资金" in
    "…，产业发展资金每村补助40万元"), its clause's lead words and a verb opening it left out; or None."""
    k = text.rfind("每", max(0, ms - 8), ms)
    if k <= 0:
        return None
    m = _FUNDS_RUN.search(text, max(0, k - 16), k)
    if m is None:
        return None
    kinds = verbs()
    funds = _strip(m.group(0))
    # (a verb opening the run acts on no funds here: "安排产业发展资金每村…" is read as the grant's funds)
    for n in (3, 2):
        if len(funds) > n + 2 and kinds.get(funds[:n]) in ("action", "fiscal"):
            funds = funds[n:]
            break
    if len(funds) < 2 or not funds.endswith(_grant_funds_ends()):
        return None
    return funds, k - len(funds), k


def _funds_before_each(text: str, ms: int, ve: int) -> bool:
    """Whether the grant verb at ``ms`` (ending at ``ve``) stands right after a word of each, its amount right after
    it, and the funds it grants named right before that word ("产业发展资金每村补助40万元", "危房改造资金每户补助2万元":
    the funds, then the rate for each; cues.tsv grant_funds_end), the grant at its rate is a pledge of the funds, as
    "每村补助产业发展资金40万元" is (decision 551); adv65."""
    if not text[ve:ve + 1].isdigit():
        return False
    k = text.rfind("每", max(0, ms - 8), ms)
    return k > 0 and _after_each(text, ms) and text.endswith(_grant_funds_ends(), max(0, k - 4), k)


def _each_place_word(w: str) -> bool:
    """Whether ``w`` is 每 or 每个 and a unit of places (cues.tsv each_unit): "每个镇", "每县", "每乡镇", "每社区" — a
    place's unit after 每 as standard_per's 每村 is, whether or not that list names it."""
    # (or 每 and another counter of places or bodies, "每所学校", "每家企业": adv65)
    rest = w[2:] if w[1:2] in _EACH_COUNTERS else w[1:]
    if not w.startswith("每"):
        return False
    if rest in vocab.cues().get("each_unit", ()):
        return True
    # (or, after the counter, the place's or body's name with its words before it, its head a unit or a body of cues.tsv
    # each_body_ends: "每所乡镇卫生院", "每所农村学校", "每个社区养老服务中心", "每家养老机构"; adv65c)
    return w[1:2] in _EACH_COUNTERS and 2 <= len(rest) <= 10 and _EACH_BODY_RUN.fullmatch(rest) is not None \
        and rest.endswith(_each_body_ends())


_EACH_BODY_RUN = re.compile(r"[\u4e00-\u9fff]+")


@once
def _each_body_ends() -> tuple[str, ...]:
    """The heads a counted place's or body's name ends on after 每 and its counter (cues.tsv each_unit, each_body_ends)."""
    c = vocab.cues()
    return tuple(sorted({*c.get("each_unit", ()), *c.get("each_body_ends", ())}, key=len, reverse=True))


@once
def _area_verbs() -> frozenset[str]:
    """Verbs that act only on an area named in their clause (a third column 'areas': 落实草原禁牧面积1.8亿亩, 落实禁牧和
    草畜平衡面积1.2亿亩; land for a use right before its figure: 保障重点工业项目用地3200亩), or on funds right before
    their amount (落实扶贫小额信贷1.2亿元), or on posts right before their count (落实公益性岗位1.5万个), where elsewhere they name no commitment of their own (落实170项重大任务,
    落实…108条; 保障和改善民生)."""
    return frozenset(_marked("areas"))


def _opens_clause(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its clause: a clause mark right before it, or only a clause's lead words
    (``_LEAD``: 全面, 进一步, 继续…) between."""
    k = at - 1
    while k >= 0 and at - k <= 8 and text[k] not in _CLAUSE_END:
        k -= 1
    if k >= 0 and text[k] not in _CLAUSE_END:
        return False
    return k + 1 == at or _LEAD.fullmatch(text[k + 1:at]) is not None  # (its ^ anchors at a slice's start only)


def _object_at(text: str, at: int) -> bool:
    """Whether an object's name of pledge_objects.tsv starts at ``at`` ("保障性租赁住房"): a noun, not a verb there."""
    index, lens = _object_index()
    return any(text[at:at + k] in index for k in lens.get(text[at:at + 1], ()))


def _idle_area_verb(vs, before: int) -> bool:
    """Whether an area-only verb that acts on nothing here (kept as an "end") opens the figure's clause before it: the
    clause is its own, what the verb of the clause before did does not go on to it ("落实公益性岗位2万个，落实重点任务120项",
    "新建学校2所，落实重点改革任务60项")."""
    areas = _area_verbs()
    return any(v.kind == "end" and v.end <= before and v.word in areas for v in vs)


# (or an area told by its unit alone, right after the name: "落实永久基本农田保护任务7800万亩", "落实耕地保有量
# 1200万亩"; not a count of tasks, "落实30项重点改革任务")
_AREA_AHEAD = re.compile(r"[^，,；;。：:\n\d]{0,20}?(?:面积|用地(?=\d))|[^，,；;。：:\n\d]{2,20}?(?=\d[\d.]*(?:万|亿)?(?:亩|公顷|平方公里))|[^，,；;。：:\n\d]{0,16}?(?:资金|信贷|贷款|补贴|补助|奖补|岗位)(?=\d)")
# (a 项目 or 工程 in the verb's clause; or firms of a size class right after it: "新上限额以上商贸企业20家", "新上规模以上
# 工业企业25家", where 新上 is "newly reach" the class; not 新上规工业企业, whose 新上规 is one word)
_PROJECTS_AHEAD = re.compile(r"限额以上|规模以上|规上|限上|[^，,；;。：:\n]{0,24}?(?:项目|工程)")


@once
def _verb_re() -> re.Pattern:
    return re.compile(longest_first(verbs()))


@once
def _verb_scan() -> HeadScan:
    """``_verb_re``'s finditer and search from the places the verbs' first three characters stand."""
    return HeadScan(_verb_re(), {w[:3] for w in verbs()})


@once
def _after_done_re() -> re.Pattern:
    """A verb before 后: what follows is dated by a task done ("项目建成后可带动就业2000人"); not 后续, 后备 or 后劲
    after a work ("完成易地扶贫搬迁后续扶持1200户", "培育后备上市企业10家": the follow-up, the reserve)."""
    return re.compile(f"(?:{_verb_re().pattern})后(?![续备劲])")


# verbs that may carry a percentage: a share to reach, a change, a rate allocated ("赤字率拟按3%安排")
_PCT_KINDS = ("level", "change", "fiscal")
# last characters of a share's name (…率, …比例, …比重)
_SHARE_LAST = frozenset("率例重")
# the resolve that opens a clause right before a share's name with no verb of its own ("确保适龄儿童入学率100%"):
# cues.tsv share_resolve, after a clause mark, a line's start or its indent
_RESOLVE_CLAUSE = frozenset("，,；;：:。！\n\u3000 \t")


def _resolve_before(text: str, at: int) -> _Verb | None:
    """The resolve word (cues.tsv share_resolve) before ``at`` where it opens its clause, with only the year's or the
    whole region's words (share_resolve_pass: 全年, 全州…) between, as a verb of a level to reach; else None."""
    cues = vocab.cues()
    passed = True
    while passed:
        passed = False
        for p in cues.get("share_resolve_pass", ()):
            if text.endswith(p, 0, at):
                at -= len(p)
                passed = True
                break
    for w in cues.get("share_resolve", ()):
        if text.endswith(w, 0, at) and (at == len(w) or text[at - len(w) - 1] in _RESOLVE_CLAUSE):
            return _Verb(w, at - len(w), at, "level")
    return None


# verbs that end an object written after the quantity ("2.8万亿元中央财政资金纳入直达机制")
_END_KINDS = ("stop", "level", "fiscal", "end")


@once
def heads() -> tuple[str, ...]:
    """Head nouns a list of objects may share ("供水、排水、燃气管网"), longest first."""
    return tuple(sorted((c[0] for c in vocab.table("pledge_heads.tsv") if c and c[0]), key=len, reverse=True))


@once
def _units() -> list[str]:
    out = {alias for alias, *_ in vocab.units()}
    for c in vocab.table("pledge_units.tsv"):
        if c and c[0]:
            out.add(c[0])
            if not c[0].startswith(("万", "亿")):
                out.update(("万" + c[0], "亿" + c[0], "万亿" + c[0]))
    return sorted(out, key=lambda w: (-len(w), w))  # (one order in every process: a set given)


_CN = "零〇一二两三四五六七八九十百千万亿"


@once
def _digits_only_units() -> frozenset[str]:
    """Units counted only after a figure in digits (pledge_units.tsv's third column: 路 of video channels)."""
    return frozenset(p + c[0] for c in vocab.table("pledge_units.tsv") if len(c) > 2 and c[2] == "digits only"
                     for p in ("", "万", "亿"))  # (its orders too: "快递业务量突破1500万单", not "100万单位")


# what follows a route's number, not a count of channels ("18路公交", "3路车", "26路线路", "1路口")
_ROUTE_AFTER = frozenset("公车线口段灯")
# words a digits-only unit's character begins, by unit: a route's number ("18路公交"), 支持/支出 after a figure
# (单 of parcels and orders, "快递业务量突破1500万单": not 单位, 单元, 单体, 单品, 单项, 单产, 单日…)
_WORD_AFTER = {"路": _ROUTE_AFTER, "支": frozenset("持出付撑援柱部"), "单": frozenset("位元体品项列独个一产日车兵店机片价据身次")}
# what may follow a count of days and keep it one ("300天以上", "5天左右", "3天内")
_DAYS_BOUND = frozenset("以左内之")
# the rest of a run of one of each, named as a way of working ("一个项目、一名领导、一套班子、一抓到底的工作机制")
_ONE_EACH = re.compile(r"[^，,。；;、\d]{1,6}(?:、一[^，,。；;、\d]{1,6}){1,5}的?(?:工作)?(?:机制|模式|制度|办法|要求|原则|方式|责任制)")
_DURATION = frozenset(("为期", "历时", "用时", "连续"))  # the two characters before a count of time
# the length a programme is named by, after a count of them ("3个3年行动", "5个三年行动计划", "2个五年攻坚")
_SPAN_NAMED = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十两])年(?:行动|攻坚|计划|专项)")
_SPAN_NUMERALS = frozenset("一二三四五六七八九十两")
_DURATION_LAST = frozenset(w[-1] for w in _DURATION)  # (a count after none of these follows no such word)
# the words before a count of days a reserve lasts ("储备防护物资满足30天满负荷运转需求", "成品粮油可供全市居民15天
# 以上消费"): how long a stock holds, no count pledged
_SUPPLY_DAYS = re.compile(r"(?:满足|可供|够用)[^，,。；;：:\d]{0,8}$")
_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@once
def _qty_re() -> re.Pattern:
    u = longest_first(_units())
    return re.compile(
        rf"(?P<num>(?<![\d.,])(?:{_AR}))(?:(?P<dash>[-—–~～至到])(?P<num2>{_AR}))?(?:(?P<mag>万(?=余|多)|亿(?=余|多)|[千百]))?(?P<more>余|多)?(?P<unit>{u})"
        rf"|(?P<cn>[{_CN}]{{1,24}}(?:点[零〇一二三四五六七八九]{{1,12}})?)(?P<cnmore>余|多)?(?P<cnunit>{u})"
        rf"|百分之(?P<pct>[{_CN}]{{1,24}}(?:点[零〇一二三四五六七八九]{{1,12}})?|{_AR})(?![{_CN}\d.点])"
    )


@once
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


@once
def categories() -> list[tuple[str, tuple[str, ...]]]:
    return [(c[0], tuple(w for w in c[1].split("/") if w)) for c in vocab.table("pledge_categories.tsv") if len(c) >= 2]


@once
def _indicator_names() -> dict[str, str]:
    """Names of the taxonomy's indicators (``indicators.tsv``) → indicator id; with the names whose indicator
    depends on the report's level (``level_aliases.tsv``: a bare 财政收入, read as a local report's), so that "到2018年，
    全市财政收入突破200亿元" in a goals part is the goal's figure as "地区生产总值突破3000亿元" is."""
    names = {a: ind.id for ind in vocab.indicators().values() for a in ind.aliases}
    for row in vocab.table("level_aliases.tsv"):
        if len(row) >= 3 and row[1] == "*":
            names.setdefault(row[0], row[2])
    return names


@once
def _indicator_re() -> HeadScan:
    """The taxonomy's names, found as ``re`` would find them (finditer, search), from the places their first
    three characters stand (compiled: a loop in C, where ``re`` tries a name's branch at every character)."""
    names = _indicator_names()
    return HeadScan(re.compile(longest_first(names)), {a[:3] for a in names})


def _output_rate_in(text: str, ss: int, quants: list[_Q]) -> bool:
    """Whether one of the sentence's rates is the output's (gdp's) named in its own clause before it ("今年全省地区生产总值
    增长6.5%左右"): the figure a restated target list opens with (decision 321)."""
    for q in quants:
        if q.unit != "%":
            continue
        cs = max(ss, rfind_mark(text, ss, q.start, _CLAUSE_MARK_SET) + 1)
        names = list(_indicator_re().finditer(text, cs, q.start))
        # (its rate of growth right after the name: not a share of it, "研发投入占地区生产总值比重4.1%")
        if names and _indicator_names()[names[-1].group(0)] == "gdp" and text[names[-1].start() - 1:names[-1].start()] != "占" \
                and _OUTPUT_RATE_GAP.fullmatch(text, names[-1].end(), q.start) is not None:
            return True
    return False


_RATE_FIGURE = re.compile(r"[\d.]+\s*[%％]")


def _output_rate_before(text: str, fs: int, ss: int) -> bool:
    """Whether the output's (gdp's) rate, named in its own clause, stands in text[fs:ss] (``_output_rate_in``'s reading
    of the ；-pieces before the one at ``ss``)."""
    for m in _indicator_re().finditer(text, fs, ss):
        if _indicator_names()[m.group(0)] != "gdp" or text[m.start() - 1:m.start()] == "占":
            continue
        f = _RATE_FIGURE.search(text, m.end(), ss)
        if f is not None and _OUTPUT_RATE_GAP.fullmatch(text, m.end(), f.start()) is not None:
            return True
    return False


# what stands between the output's name and its rate in a target list's first item ("地区生产总值增长6.5%左右", "经济增长
# 6%", "地区生产总值预期增长5.5%", "GDP增速目标定为6%")
_OUTPUT_RATE_GAP = re.compile(r"(?:预期|预计)?(?:增长|增速|增幅)?(?:目标)?(?:定为|定在|设定为|为|在|保持在)?")


def _indicator_ids(text: str, s: int, e: int) -> set[str]:
    return {_indicator_names()[m.group(0)] for m in _indicator_re().finditer(text, s, e)}


def _ids_but_goals_named(text: str, ss: int, se: int, quants: list[_Q]) -> set[str]:
    """The indicators named in the sentence [ss, se), but for those in the clause of a rate named as the goal to reach
    ("…，确保完成地区生产总值增长8.5%左右的目标": the list's item named back, ``_GOAL_AFTER``, no item of a list restated in
    the task item; decision 347)."""
    goals = [(max(ss, rfind_mark(text, ss, q.start, _CLAUSE_MARK_SET) + 1), q.end) for q in quants
             if q.unit in _RATE_UNITS and _GOAL_AFTER.match(text, q.end) is not None]
    return {_indicator_names()[m.group(0)] for m in _indicator_re().finditer(text, ss, se)
            if not any(a <= m.start() < b for a, b in goals)}


@once
def _capacity_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, vocab.cues().get("capacity", ()))) or "(?!)")


@once
def _capacity_cut_re() -> re.Pattern:
    """A capacity's cut before its name (cues.tsv ``capacity_cuts``: 压减, 化解, 退出, 淘汰, 过剩…)."""
    words = sorted(vocab.cues().get("capacity_cuts", ()), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _capacity_held(text: str, cs: int, end: int, c0: int) -> bool:
    """Whether the clause [cs, end) names a capacity to hold or reach ("粮食综合生产能力保持在…", "发电装机达到…"), not
    one it cuts ("全年压减粗钢产能200万吨", "化解煤炭过剩产能500万吨": the 去产能 task of the year, a pledge), the cut's
    verb perhaps before a 、 from c0 on ("压减炼钢产能820万吨、炼铁产能1000万吨")."""
    m = _capacity_re().search(text, cs, end)
    return m is not None and _capacity_cut_re().search(text, min(c0, cs), m.end()) is None


def _names_indicator(text: str, ss: int, q: _Q) -> bool:
    """Whether the clause leading to quantity q names a taxonomy indicator ("城镇新增就业5000万人"),
    or a capacity to hold, set as the indicators are ("粮食综合生产能力保持在1.3万亿斤以上"; not one cut, "压减粗钢产能200
    万吨"), or opens on a name cut short that compounds.tsv reads as one after the name before it ("粮食播种面积稳定在
    1.6亿亩以上、产量稳定在1300亿斤以上")."""
    cs = max([ss] + [i + 1 for i in range(ss, q.start) if text[i] in _SEP + "、"])
    c0 = max([ss] + [i + 1 for i in range(ss, q.start) if text[i] in _SEP])
    if _unguarded_name(text, cs, q.start) or _capacity_held(text, cs, q.start, c0) \
            or cs > ss and any(p.match(text, cs) is not None and (not ctx or ctx & _indicator_ids(text, ss, cs))
                               for p, ctx in _clause_names()):
        return True
    # (a short name that facts reads alone at its clause's start, no name before it needed: "外贸增长5%", "外资增长3%",
    # "外贸、外资分别增长5%、3%" in a list of the year's targets, as "进出口总额增长5%" is; the clause read past its 、)
    return _short_name_at(text, c0) or cs != c0 and _short_name_at(text, cs)


def _unguarded_name(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] holds a taxonomy indicator's name with no word right before it that makes it another thing
    (mention_guards.tsv, as facts reads it): "培育家庭农场、农民合作社等新型经营主体80家" names no count of the region's
    entities (新型 before 经营主体), "新增经营主体3000户" does."""
    guards = _guards()
    for m in _indicator_re().finditer(text, s, e):
        g = guards.get(m.group(0))
        if not (g and text.endswith(g, max(0, m.start() - 8), m.start())):
            return True
    return False


def _short_name_at(text: str, at: int) -> bool:
    """Whether a short name of compounds.tsv that needs no name before it opens text at ``at`` ("外贸增长5%",
    "外贸、外资分别增长5%、3%", "投资增长8%")."""
    return any(not ctx and p.match(text, at) is not None for p, ctx in _clause_names())


@once
def _clause_names() -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """compounds.tsv's names cut short that open a clause ("re:^(?:总产量?|产量)(?=…亿斤)") and name a taxonomy indicator,
    each with the indicators one of which its sentence must name before it (none: any)."""
    context = vocab.compound_context()
    return tuple((re.compile(p[4:]), frozenset(c.rstrip("!") for c in context.get(p, ())))
                 for p, ids in vocab.compounds().items() if p.startswith("re:^") and any(i != "-" for i in ids))


# a clause with a year and a verb alone before its figure ("，到2030年达到1400亿元", "，2030年达到7500亿元左右"): the
# name of the clause before goes on
_YEAR_VERB_ONLY = re.compile(r"\s*(?:力争|确保|争取)?(?:到|至|在|于)?20\d{2}年(?:底|末)?(?:力争|确保|争取)?"
                             r"(?:达到|达|突破|超过|增加到|提高到|提升到|增长到|为)?\s*")


def _bare_indicator(text: str, cs: int, qs: int) -> bool:
    """Whether text[cs:qs] is a taxonomy indicator's name alone (after spaces), right before a figure."""
    m = _indicator_re().search(text, cs, qs)
    return m is not None and m.end() == qs and not text[cs:m.start()].strip()


def _indicator_goes_on(text: str, ss: int, q: _Q) -> bool:
    """Whether the clause leading to q is a year and a verb alone ("，到2030年达到") after a clause that names a
    taxonomy indicator with a figure of its own ("力争在2028年全市生产总值突破1200亿元"): that indicator's figure."""
    cs = rfind_mark(text, ss, q.start, _CLAUSE_MARK_SET) + 1
    if cs > ss and text.find("年", cs, q.start) >= 0 and _YEAR_VERB_ONLY.fullmatch(text, cs, q.start):
        ps = max(ss, rfind_mark(text, ss, cs - 1, _CLAUSE_MARK_SET) + 1)
        return _indicator_re().search(text, ps, cs - 1) is not None
    # (or an aim's word and a verb alone after a 、 or a comma, "地区生产总值增长7.5%左右、力争突破760亿元", "粮食产量稳定在
    # 20万吨以上、力争达到21万吨": the same indicator's amount aimed at, a list item's second figure, decision 330; the aim's
    # word may be left out, "增长6.5%左右、突破340亿元", "、超过2.48万亿元", decision 333: a verb of reaching alone glued to
    # the figure names nothing else; "、新建…" and "、突破关键技术20项" are as before)
    cs = rfind_mark(text, ss, q.start, _AIM_CLAUSE_MARKS) + 1
    if cs > ss and text[cs - 1] in "，,：:" and _whole_figure_re().fullmatch(text, cs, q.start) is not None \
            and _DIGIT.search(text, (ns := max(ss, rfind_mark(text, ss, cs - 1, _AIM_CLAUSE_MARKS) + 1)), cs - 1) is None \
            and _unguarded_name(text, ns, cs - 1):
        # (or the whole region and a verb alone, "，全县新增", "：全市增长", after a clause that names an indicator with no
        # figure of its own: "城镇新增就业完成市下达任务，全县新增5500人以上", "城镇新增就业：全县新增5500人以上" — the
        # item's figure, no task; adv63b; else the aim's reading below)
        return True
    if cs <= ss or text[cs - 1] not in "、，," or _aim_verb_only_re().fullmatch(text, cs, q.start) is None:
        return False
    ps = max(ss, rfind_mark(text, ss, cs - 1, _AIM_CLAUSE_MARKS) + 1)
    return _DIGIT.search(text, ps, cs - 1) is not None and _unguarded_name(text, ps, cs - 1)


_AIM_CLAUSE_MARKS = marks("，,；;：:、")


@once
def _whole_figure_re() -> re.Pattern:
    """The whole region's word and a verb alone before a figure, or the verb alone ("全县新增", "全市力争增长", "新增":
    the verbs cues.tsv then_actual_whole_figure, as facts reads the whole's figure after a task handed down)."""
    verbs = "(?:" + longest_first(vocab.cues()["then_actual_whole_figure"]) + ")"
    return re.compile(r"[ \t\u3000]*(?:全[省市县区州旗盟](?:力争|确保|争取)?" + verbs + "?|(?:力争|确保|争取)?" + verbs + ")")


@once
def _aim_verb_only_re() -> re.Pattern:
    """An aim's word (cues.tsv aim_subject) or none, a time before it or not, and a verb of reaching alone before a
    figure."""
    aims = "|".join(map(re.escape, sorted(vocab.cues().get("aim_subject", ()), key=lambda w: (-len(w), w))))
    return re.compile(r"\s*(?:今年|全年|年内)?(?:" + aims + r")?(?:达到|达|突破|超过|增加到|提高到|提升到|增长到|稳定在|保持在)\s*")


def _later_years_figure(text: str, ss: int, q: _Q, meta: Metadata) -> bool:
    """Whether the year word nearest before q in its sentence names a year after the report's (后年; 明年 in a report
    delivered in its own year, not in one of December, whose 明年 is its year) and the sentence names a taxonomy
    indicator before q."""
    k = max(text.rfind("今年", ss, q.start), text.rfind("明年", ss, q.start), text.rfind("后年", ss, q.start))
    if k < 0 or text.startswith("今年", k) or text.startswith("后年", k) and text[k - 1:k] in "今此以之前然最随":
        return False  # (not "今后年均", "此后年度")
    if text.startswith("明年", k) and not (meta.meeting_date and meta.meeting_date[:4] == str(meta.report_year)):
        return False
    return _indicator_re().search(text, ss, q.start) is not None


def _fiscal_rate(text: str, ss: int, q: _Q) -> bool:
    """Whether the clause leading to the rate q names a fiscal allocation ("赤字率拟按2.8%安排"): the spec makes it a
    pledge wherever it stands in the plan part, a part titled for the year's targets and policies too."""
    cs = rfind_mark(text, ss, q.start, _CLAUSE_MARK_SET) + 1
    return object_norm(text[max(cs, ss):q.start])[1] == "财政"


_NOT_TASK_TITLE = re.compile("|".join(map(re.escape, vocab.cues()["not_task_titles"])))  # (cues.tsv not_task_titles)


def _task_item(sec: Section | None) -> bool:
    """Whether sec is a numbered item of the tasks, titled for a task ("（五）保障和改善民生。"), whose indicators' figures
    are the targets restated as tasks, pledges too ("全年新增城镇就业1.2万人，农村劳动力转移就业3万人，城镇调查失业率控制在
    5.5%以内"); not an item of the year's goals or requirements ("（一）总体要求", "（一）主要预期目标"). (The caller
    asks for a figure other than a rate too: a run of rates alone, "生产总值增长8%左右，固定资产投资增长10%，…", is the
    list's form wherever it stands; and so is a run that names the economy's output, which the list opens with:
    "（一）全力稳增长。全年地区生产总值增长6%，固定资产投资增长8%，新增城镇就业1500人，…".)"""
    if sec is None or sec.depth < 2:
        return False
    opens = vocab.cues().get("task_title_open", ())
    title = _TITLE_MARK.sub("", sec.title).lstrip("*")
    if sec.depth >= 3 and not title.startswith(opens) and (parts := sec.path.split(" > ")) and len(parts) >= 3:
        # a task notice's numbered item under a task's sub-section ("（二）壮大先进制造业 > 5．高新技术企业总数突破2000家，
        # 技术合同成交额达到100亿元，…"): the item restates the task's targets, as the sub-section's own paragraph does
        title = _TITLE_MARK.sub("", parts[-2]).lstrip("*")
    cut = title.find("。")
    return title.startswith(opens) and _NOT_TASK_TITLE.search(title, 0, cut if cut >= 0 else len(title)) is None


_ITEM_MARK_AT = re.compile(r"[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[）)]")


def _task_item_line(text: str, ss: int, sec: Section | None) -> bool:
    """Whether the sentence stands in a numbered task item whose title runs on into its paragraph on one line
    ("（三）着力深化改革开放，激发发展活力。…进出口总额增长5%，实际利用外资增长5%，实际利用省外到位资金1600亿元。"), a line
    too long to be read as a section: its title read as _task_item reads a section's (its run of targets is tasks)."""
    if sec is not None and sec.depth >= 2:
        return False
    ls = text.rfind("\n", 0, ss) + 1
    if (m := _ITEM_MARK_AT.match(text, ls)) is None:
        return False
    cut = find_mark(text, m.end(), ss, _TITLE_END)
    if cut < 0:
        return False
    title = text[m.end():cut]
    return title.startswith(vocab.cues().get("task_title_open", ())) and _NOT_TASK_TITLE.search(title) is None


_TITLE_END = marks("。")


_PER_OUTPUT = ("万元", "单位")  # (what an intensity's name opens with before the output it is measured per)
# the region's own word and its verb of setting before a clause's task ("全市确定实现新增高新技术企业500家"; _target_list)
# (its verbs and the verb of the task after them: cues.tsv own_sets_verbs, own_sets_then)
_OWN_SETS = re.compile(r"[全本我][省市县区州旗盟](?:" + "|".join(map(re.escape, vocab.cues()["own_sets_verbs"])) + ")(?:"
                       + "|".join(map(re.escape, vocab.cues()["own_sets_then"])) + ")?")
_OWN_SETS_FIRST = frozenset("全本我")  # (what every match of it opens with)


def _every_figure_clause(text: str, s: int, e: int, ok, seps: str = "") -> bool:
    """Whether text[s:e] has a clause (split at ``seps``, else its marks and 、) holding a figure, and ``ok(cs, ce)``
    holds for each."""
    n = 0
    for cs, ce in numbers.clauses(text, s, e, seps or _SEP + "、"):
        if _A_FIGURE_DIGIT.search(text, cs, ce) is None:
            continue
        if not ok(cs, ce):
            return False
        n += 1
    return n > 0


_ITEM_YEAR_FIRST = frozenset("今全年12")  # (the first characters _item_year_open can match: 今年, 全年, 年内, 19xx, 20xx)


@once
def _item_year_open() -> re.Pattern:
    """The year's word that may open a target list's item before its name ("今年地区生产总值预期增长5.5%左右", "2026年全市
    一般公共预算收入增长4%"): cues.tsv year_tasks_open or the year's number, a comma and the region's whole after it."""
    return re.compile(r"(?:" + longest_first(vocab.cues()["year_tasks_open"]) + r"|(?:19|20)\d\d年)[，,]?(?:全[省市县区州旗盟])?")


def _target_item(text: str, cs: int, ce: int) -> bool:
    """Whether the clause [cs, ce) opens on an indicator's name (a mark or 全市 before it), not on a verb of new things:
    an item of a target list ("地区生产总值增长6.5%左右"; not "新建高标准农田25万亩")."""
    h = _TARGET_ROW_OPENS.match(text, cs, ce).end()
    # (the year's word before the name, "今年地区生产总值增长目标确定为5.5%左右；…" under a part of the year's targets and
    # works: the list's item still, decision 528; a verb of new things after it stays a task's, "今年新增城镇就业5万人")
    if text[h:h + 1] in _ITEM_YEAR_FIRST and (y := _item_year_open().match(text, h, ce)) is not None:
        h = y.end()
    m = _indicator_re().search(text, h, min(ce, h + 24))
    return not (m is None or m.start() != h or text[h] == "新" and (v := _verb_re().match(text, h, m.start())) is not None
                and verbs()[v.group(0)] == "action")


def _indicators_only(text: str, ps: int, pe: int) -> bool:
    """Whether every clause of the paragraph [ps, pe) that holds a figure is a target list's item (``_target_item``):
    the items of a target list, one or more. (A sentence's end splits too: "…一般公共预算收入增长4%。今年将新建中小学12所。"
    ends on a task's sentence, no item, adv62e.)"""
    # (the comparison is tried only on a clause opening on 比, 较 or white space: its pattern opens \s*(?:比|较), and
    # str.isspace is sre's \s for a str pattern; a clause is never empty; spd64)
    return _every_figure_clause(text, ps, pe, lambda cs, ce: _target_item(text, cs, ce)
                                or (text[cs] in "比较" or text[cs].isspace())
                                and _last_target_compared().fullmatch(text, cs, ce) is not None, _SEP + "、。！？!?")


@once
def _last_target_compared() -> re.Pattern:
    """A clause comparing the item before it with last year's target (cues.tsv last_target_compared): "比去年目标提高1个
    百分点" after "今年地区生产总值增长目标确定为5.5%左右" — the item's gloss, no task (lft63c)."""
    return re.compile(r"\s*(?:比|较)(?:" + longest_first(vocab.cues()["last_target_compared"])
                      + r")(?:提高|降低|上调|下调|高|低|增加|减少)[\d.]+个百分点\s*")


def _target_items(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """The pieces of the paragraph [ps, pe) that hold a figure and are a target list's items (``_target_item``): its
    clauses split at 、 as ``_indicators_only`` reads them, but for a clause opening on an action's verb, all a task's
    ("新增城镇就业、农村劳动力转移就业各1万人"); a piece opening on its figure is the item's before it ("…分别增长6%、5%")."""
    out: list[tuple[int, int]] = []
    for cs, ce in numbers.clauses(text, ps, pe, _SEP + "。！？!?"):
        if _A_FIGURE_DIGIT.search(text, cs, ce) is None or _verb_led(text, cs, ce):
            continue  # (a clause opening on an action's verb is a task's, all of it)
        last = False
        for s, e in numbers.clauses(text, cs, ce, "、"):
            if _A_FIGURE_DIGIT.search(text, s, e) is not None:
                last = last if text[s:s + 1].isdigit() else _target_item(text, s, e)
                if last:
                    out.append((s, e))
    return out


@once
def _year_word_open() -> re.Pattern:
    """The year's word and its comma that may stand before a task's verb ("全年新建5G基站800个"): cues.tsv
    year_tasks_open (今年, 全年, 年内)."""
    return re.compile("(?:" + longest_first(vocab.cues()["year_tasks_open"]) + ")?[，,]?")


def _verb_led_clause(text: str, ps: int, pe: int) -> bool:
    """Whether a clause or sentence of the paragraph [ps, pe) opens on an action's verb ("新增城镇就业、农村劳动力转移就业各1万
    人", "…增长7%左右。全年新建5G基站800个。"): under a part of the targets and tasks together, a task's, whatever indicator
    the verb's words name."""
    return any(_verb_led(text, cs, ce) for cs, ce in numbers.clauses(text, ps, pe, _SEP + "、。！？!?"))


def _verb_led(text: str, cs: int, ce: int) -> bool:
    """Whether the clause [cs, ce) opens on an action's verb, a mark or the year's word before it."""
    h = _TARGET_ROW_OPENS.match(text, cs, ce).end()
    # "全年新建5G基站800个": the year's word before the verb (and a helper after it, "今年将新建中小学12所", adv62e)
    yh = _year_tasks_open_re().match(text, h, ce)
    h = yh.end() if yh is not None else _year_word_open().match(text, h, ce).end()
    # (a whole verb acting on the noun after it too, "转移输出农村劳动力45万人以上": a task's, as wcounty26 reads it)
    return (v := _verb_re().match(text, h, ce)) is not None and verbs()[v.group(0)] in ("action", "whole")


@once
def _year_tasks_open_re() -> re.Pattern:
    """The year's words opening a paragraph of its tasks (cues.tsv year_tasks_open: 今年, 全年…), a helper after them
    (year_tasks_helper: 要, 将, 计划…)."""
    key = lambda w: (-len(w), w)
    years = "|".join(map(re.escape, sorted(vocab.cues().get("year_tasks_open", ("今年",)), key=key)))
    helpers = "|".join(map(re.escape, sorted(vocab.cues().get("year_tasks_helper", ("要",)), key=key)))
    return re.compile(r"[ \t\u3000]*(?:" + years + r")[，,]?(?:全[省市县区州旗盟])?(?:" + helpers + r")?")


def _year_tasks_only(text: str, ps: int, pe: int) -> bool:
    """Whether the paragraph [ps, pe) opens on the year ("今年", "全年要") and each clause of it with a figure on an
    action's verb, no indicator's name in the verb's place or right after it: the year's tasks, set under the target
    list's sub-head with no title of their own ("（二）2021年主要预期目标" over the list, then "今年新增高标准农田380万亩，
    改造城镇老旧小区2000个。"); not "今年新增城镇就业5万人" (an indicator's target), nor a list's lead."""
    m = _year_tasks_open_re().match(text, ps, pe)

    def task(cs: int, ce: int) -> bool:
        h = cs
        while h < ce and text[h] in " \t\u3000":
            h += 1
        v = _verb_re().match(text, h, ce)
        # (a verb of change with its object before the figure cuts or adds a thing, "退减落后钢铁产能60万吨",
        # "压退煤炭产能60万吨", "缩减燃煤锅炉蒸发量200蒸吨/小时"; not "增长8%", a rate with no object)
        if v is None or verbs()[v.group(0)] not in ("action", "stop") and (
                verbs()[v.group(0)] != "change" or _A_FIGURE_DIGIT.match(text, v.end(), ce) is not None):
            return False
        im = _indicator_re().search(text, h, ce)
        return im is None or im.start() > v.end()
    return m is not None and _every_figure_clause(text, m.end(), pe, task)


def _full_sentence(text: str, ss: int, se: int) -> tuple[int, int]:
    """The full sentence (to 。！？ or a line's end, 400 characters each way at most) that holds the sentence text[ss:se]."""
    lo, hi = max(0, ss - 400), min(len(text), se + 400)
    a = max(rfind_mark(text, lo, ss, _END_MARK_SET), text.rfind("\n", lo, ss))
    b = find_mark(text, se, hi, _END_MARK_SET)
    end = b if b >= 0 else hi
    n = text.find("\n", se, end)
    return (a + 1 if a >= 0 else lo), (n if n >= 0 else end)


def _item_ids(text: str, ss: int, se: int) -> set[str]:
    """The indicators of the target list's items in text[ss:se]: the clauses that open on an indicator's name
    (``_target_item``) and hold a figure or set the target in words (extract.facts' qualitative words: "一般公共预算收入
    保持稳定", "居民消费价格保持基本稳定"), a list's items as much as its figures are (decision 492)."""
    ids: set[str] = set()
    for cs, ce in numbers.clauses(text, ss, se, _SEP + "、"):
        if _target_item(text, cs, ce) and (_A_FIGURE_DIGIT.search(text, cs, ce) is not None
                                           or _facts_qualitative_re().search(text, cs, ce) is not None):
            h = _TARGET_ROW_OPENS.match(text, cs, ce).end()
            ids.add(_indicator_names()[_indicator_re().search(text, h, ce).group(0)])
    return ids


def _target_list(an: Analysis, ss: int, se: int, quants: list[_Q]) -> bool:
    """A sentence that states three or more indicators' figures is a target list, even with no
    "预期目标" cue ("生产总值增长8%，固定资产投资增长10%，社会消费品零售总额增长9%"); so is one whose every figure is an
    item's and whose items with the targets set in words make three ("一般公共预算收入保持稳定，城镇新增就业6500人，粮食产量
    稳定在14亿斤以上，居民消费价格保持基本稳定": a 2020 list with its figures withheld; decision 492)."""
    if len(quants) < 3:
        if not quants or not _indicators_only(an.text, ss, se):
            return False
        # (or a ；-piece of a full sentence whose every clause is an item: "今年全市地区生产总值增长目标确定为5.5%左右；一般
        # 公共预算收入增长5%；城镇新增就业3.2万人。" on a news page, the list in one sentence split at ；, lft63c)
        # (opening on the year's word, no clause on an act: "（六）…。实际利用外资1.2亿美元；进出口总额增长10%；新增市场主体
        # 2.5万户。" in the tasks restates targets as tasks, pledges too, dst44)
        fs, fe = _full_sentence(an.text, ss, se)
        while fs < fe and an.text[fs] in " \t\u3000":
            fs += 1
        return len(_item_ids(an.text, ss, se)) >= 3 or (fs, fe) != (ss, se) and _item_year_open().match(an.text, fs, fe) is not None \
            and not _verb_led_clause(an.text, fs, fe) and _indicators_only(an.text, fs, fe) and len(_item_ids(an.text, fs, fe)) >= 3
    text, ids, k, n, held = an.text, set(), 0, len(quants), []
    # each indicator with its own figure; "A、B、C分别增长8%、10%、9%" restated in the tasks stays a task
    for cs, ce in numbers.clauses(text, ss, se, _SEP + "、"):
        while k < n and quants[k].start < cs:  # (the quantities are in text order)
            k += 1
        if k < n and quants[k].start < ce:
            held.append((cs, ce))
    if len(held) < 3:
        return False  # (a clause names one indicator at most)
    for cs, ce in held:
        m = _indicator_re().search(text, cs, ce)
        # (a clause opening on a verb of new things is a task, not a list's item: "新增国家高新技术企业60家" in a task
        # item "（一）强化科技创新。全社会研发投入强度达到3%，新增国家高新技术企业60家、…，技术合同成交额突破50亿元";
        # not 实现 or 完成, which a target list opens its items with: "实现地区生产总值增长6%，完成固定资产投资200亿元")
        # (so after the region's own word setting it, "全市确定实现新增高新技术企业500家", "本区明确新增…": the region's
        # word and its verb of setting said before the task, not a list's item)
        if m and text[cs] in _OWN_SETS_FIRST and (o := _OWN_SETS.match(text, cs, m.start())) is not None:
            cs = o.end()
        if m and text[cs] == "新" and (v := _verb_re().match(text, cs, m.start())) is not None \
                and verbs()[v.group(0)] == "action":
            continue
        if m and text.endswith(_PER_OUTPUT, cs, m.start()):
            # ("万元生产总值用水量下降到11立方米/万元", "万元工业增加值用水量控制在15立方米/万元以内": the indicator is
            # the output an intensity is measured per, no figure of its own; an intensity named whole matches from
            # 万元/单位 itself, 单位生产总值能耗)
            continue
        if m:
            ids.add(_indicator_names()[m.group(0)])
            if len(ids) >= 3:
                return True
    return False


def _in_targets_paragraphs(text: str, sec: Section, ss: int, se: int) -> bool:
    """Whether the sentence text[ss:se] stands in a part titled for the year's targets and tasks together ("二、2025年目标任务",
    cues.tsv targets_tasks_titles) before any lead to its tasks ("重点抓好以下工作：", cues.tsv targets_tasks_leads): the
    paragraphs there restate the targets (not a part titled "主要目标和重点工作", nor the items after the lead, nor a numbered
    task item: "（一）做强工业主导。规模以上工业增加值增长9%，…" restates a target as a task, a pledge too)."""
    top = sec.path.split(" > ")[0]
    if not any(w in top for w in vocab.cues().get("targets_tasks_titles", ())) or _task_item(sec):
        return False
    at = text.rfind(top, 0, ss)
    # (the lead looked for up to the sentence's end: "重点抓好以下工作：一是扩大开放，外贸进出口增长10%以上" in one sentence)
    return at >= 0 and not any(text.find(w, at + len(top), se) >= 0 for w in vocab.cues().get("targets_tasks_leads", ())) \
        and not _colon_tasks_lead(text, at + len(top), se)


def _colon_tasks_lead(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence of text[lo:hi] ending on a colon leads to the tasks in words the lead list lacks ("围绕上述目标，
    着力抓好四个方面：", ``_tasks_lead``); not the list's own lead ("主要预期目标是：")."""
    colon = find_mark(text, lo, hi, _COLON_SET)
    while colon >= 0:
        fs = max(rfind_mark(text, lo, colon, _STOP_SEMI_SET), text.rfind("\n", lo, colon)) + 1
        if _tasks_lead(text[max(fs, lo):colon + 1]):
            return True
        colon = find_mark(text, colon + 1, hi, _COLON_SET)
    return False


# a list item's mark before a rate's clause ("- 地区生产总值增长6%左右", "• …", "1.…"): set one a line under a 目标任务 title
# the items are the year's targets as the prose is (decision 460)
_RATE_ITEM_MARK = re.compile(r"[ \t\u3000]*(?:——|－|-|•|·|●|◆|■|▪|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)])?[ \t\u3000]*")


def _rate_named_bare(text: str, ss: int, q: _Q) -> bool:
    """Whether q is a rate whose clause opens on an indicator's name (after a list item's mark, then 全省/全州 and 城乡,
    bare_rate_openers: the region's whole, both its halves), no verb before it, and moves by it (bare_rate_moves:
    "地区生产总值增长7%左右", "城乡居民人均可支配收入分别增长6%、7%", "- 单位生产总值能耗下降2.5%"); not "力争进出口总额
    增长6%" (a verb opens it: the task it sets)."""
    if q.unit != "%":
        return False
    c0 = max([ss] + [i + 1 for i in range(ss, q.start) if text[i] in _SEP])
    c0 = _RATE_ITEM_MARK.match(text, c0, q.start).end()
    for w in vocab.cues().get("bare_rate_openers", ()):  # (in the file's order: 全州 before 城乡, "全州城乡…")
        if text.startswith(w, c0, q.start):
            c0 += len(w)
    im = _indicator_re().search(text, c0, q.start)
    return im is not None and im.start() == c0 and _verb_re().match(text, c0, q.start) is None \
        and any(w in text[im.end():q.start] for w in vocab.cues().get("bare_rate_moves", ()))


@once
def _year_whole_rx() -> re.Pattern[str]:
    key = lambda w: (-len(w), w)
    leads = "|".join(map(re.escape, sorted(vocab.cues().get("year_targets_leads", ()), key=key))) or "(?!)"
    # (the lead's reasons, one clause with no figure, before the year: "报告提出，综合考虑疫情影响，今年…"; decision 492)
    why = "|".join(map(re.escape, sorted(vocab.cues().get("year_targets_reasons", ()), key=key))) or "(?!)"
    return re.compile(rf"(?P<lead>(?:{leads})[，,]?(?:(?:{why})[^，,。；;！？!?\n\d%]{{1,24}}[，,])?)?(?:今年|明年|(?:19|20)\d\d年)[，,]?"
                      r"(?P<whole>全[省市县区州盟旗])?")


def _year_targets_stated(an: Analysis, ss: int, se: int, quants: list[_Q], in_tasks: bool) -> bool:
    """A sentence stating the region's year's figures for two indicators or more, none a task ("报告提出，今年全市地区生产
    总值增长6%，城镇新增就业1.2万人", "建议明年全区地区生产总值增长5.5%左右，城镇新增就业2.1万人"): the year and the
    region's whole open it (after a teller's or a proposer's lead, cues.tsv year_targets_leads), and every figure's clause
    opens on an indicator's name, no verb before it (decision 403): the year's targets, no pledges, as a list of three is
    (``_target_list``); an item set in words counts among the two ("…一般公共预算收入保持稳定，城镇新增就业6500人"). In a
    tasks part only a sentence with such a lead is (the targets proposed there: "建议明年…"); one with none restates the
    targets as tasks, pledges (spec)."""
    text = an.text
    m = _year_whole_rx().match(text, ss, se)
    # (the region's whole may go unsaid after a teller's lead, "报告提出，今年城镇新增就业6500人，…": each clause must
    # still open on an indicator's name, so a part's, "今年麒麟区…", is not read so; decision 492)
    if m is None or m.group("lead") is None and (in_tasks or m.group("whole") is None):
        return False
    ids, k, n = set(), 0, len(quants)
    for cs, ce in numbers.clauses(text, ss, se, _SEP + "、"):
        while k < n and quants[k].start < cs:  # (the quantities are in text order)
            k += 1
        h: int = m.end() if cs < m.end() else cs
        if not (k < n and quants[k].start < ce):
            # (a clause with no figure: the lead's, or an item set in words, "一般公共预算收入保持稳定"; decision 492)
            ids |= _item_ids(text, h, ce) if h < ce else set()
            continue
        im = _indicator_re().search(text, h, ce)
        # (the clause's first figure after its indicator's name, which opens the clause: "城镇新增就业4200人以上"; not
        # one a verb opens, "新增城镇就业1.2万人" in a task (a name of the taxonomy that opens on its verb too), nor one
        # naming no indicator, "新建城市书房15个")
        if im is None or im.start() > quants[k].start or text[h:im.start()].strip(" \t\u3000") \
                or _verb_re().match(text, h, ce) is not None:
            return False
        ids.add(_indicator_names()[im.group(0)])
    return len(ids) >= 2


@once
def _object_index() -> tuple[dict[str, tuple[int, str, str]], dict[str, tuple[int, ...]]]:
    """alias → (its place in ``objects()``, object_norm, category); first character → the lengths of
    the aliases that start with it."""
    index: dict[str, tuple[int, str, str]] = {}
    for i, (alias, norm, cat) in enumerate(objects()):
        index.setdefault(alias, (i, norm, cat))  # an alias listed twice: its first entry counts
    lens: dict[str, set[int]] = {}
    for alias in index:
        lens.setdefault(alias[0], set()).add(len(alias))
    return index, {c: tuple(sorted(ks)) for c, ks in lens.items()}


@lru_cache(maxsize=4096)  # (an object is looked up again: for its norm, its category, whether it is known)
def _first_object(obj: str) -> tuple[int, str, str] | None:
    """The entry of the first alias in ``objects()`` that obj contains: the aliases starting at each
    character of obj looked up, rather than every alias searched for in obj."""
    index, lens = _object_index()
    best, n = None, len(obj)
    for i, ch in enumerate(obj):
        for k in lens.get(ch, ()):
            if i + k > n:
                break
            found = index.get(obj[i:i + k])
            if found is not None and (best is None or found < best):
                best = found
    return best


def object_norm(obj: str) -> tuple[str | None, str | None]:
    found = _first_object(obj)
    return (found[1], found[2]) if found else (None, None)


@lru_cache(maxsize=256)
def category_of(path: str) -> str:
    """The category of the deepest section whose title names one; in a title naming several, the one
    named first ("激发市场主体活力，着力优化营商环境": 改革开放). Words of the category "-" name none and
    hide the words inside them ("继续创新和完善宏观调控": 创新 there is a verb)."""
    parts = [p for p in path.split(" > ") if p][::-1]
    masks = [w for cat, words in categories() if cat == "-" for w in words]
    for part in parts:
        for w in masks:
            if w in part:
                part = part.replace(w, "　" * len(w))
        best = None
        for cat, words in categories():
            if cat == "-":
                continue
            for w in words:
                i = part.find(w)
                if i >= 0 and (best is None or (i, -len(w)) < best[0]):
                    best = ((i, -len(w)), cat)  # (at one place the longer word: 住房保障, not 住房)
        if best is not None:
            return best[1]
    return "其他"


# words before an object that are not part of it
# (a news page's lead saying who tells, run into the clause: "报告称今年一般公共预算支出规模超过30万亿元", "报告亦提出…")
# (an item's number too, "1.固定资产投资完成150亿元以上", "2、高标准农田新建2万亩", as a bracketed one)
# (and before an object that opens with a figure, "5、65岁以上老年人免费健康体检8.2万人次", "6、3岁以下婴幼儿托位新增500个":
# 、 is no decimal point; not a list of locants, "1、2号线", decision 179)
# ("让3万户群众用上天然气", "使2万名农村群众喝上放心水": a causative alone before the count is no object; what those
# counted come to have is, _gains_verbs)
# (a notice's office in brackets opening the item: "4.【区教育局】新建改扩建中小学3所", "【牵头单位：区发改局】", read from
# after its colon)
_LEAD = re.compile(r"^(?:对$|[让使]$|报告(?:还|亦|也|并)?(?:称|提出|提到|指出|表示|明确)|【?[^【】：:]{0,16}?(?:局|委|办|厅|部|院|政府|中心|公司|管委会|单位)[^【】：:]{0,16}】|[（(](?:含|不含|包括)|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[.．](?!\d)|、(?!\d{1,2}(?:[号#期座批线]|、)))|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[一二三四五六七八九十]{1,2}是|[◆●■□◇○△▲•·★☆※\-—*#\s（(①-⑳]|确保|力争|争取|努力|全年|今明两年|(?:今后|未来|用)[两三四五]年(?:内|时间)?|[两三四五]年(?:内|时间)|今年|明年|后年|全市|全县|全区|全省|全旗|全盟|全州(?!县)|(?:我|本)[省市区县州旗盟](?![级属])(?:承担|分担|负责)?|该[省市区县州旗盟](?![级属域段位间块])|我们|全镇|全乡|实现|全面|全力|持续|加快|累计|合计|共计|总计|共(?!享|建|同|有|富|治|青)|再(?!生|就业|制造|融资|贷款|担保)|年内|年底前|其中[：:]?|此外|同时|剩余|最后(?![一1]公里)|计划(?!生育|单列)|加大|做好|抓好|新(?=增|建(?!项目)|开工(?!项目)|引进|培育|认定)|并(?!网|购|联)|及(?!时)|和(?!美|谐)|与(?!会)|以及|将|把|拟按|拟|落实好|落实|继续|进一步|要(?!素|件)|各地可|可(?!再生|持续|视化|用财力)|一律|统一|大规模|大力|积极|到\d{4}年(?:底|末)?(?:前|以前)?|\d{4}年(?:底|末)?(?:前|以前)?|(?:到|至)?“?十[一二三四五六七八九]五”?(?:期间|时期末|时期|期末|末)|的|每人每年|每人每月|同比|按?同口径|按?可比口径|按?可比价格?(?:计算)?|以上|以内|以下|左右)+")
# (its first characters, the class's \s read apart: a space opens it too; a digit beyond U+FFFF is tried too)
_LEAD_FIRST = openers(_LEAD.pattern.replace("\\s", ""))
# (the same, less its one branch that needs a 】 ("【市发改委】"): tried where the object holds none, most, where that
# branch's lazy run and its nine words were tried at every repeat for nothing; the same match, for the branch cannot match)
_LEAD_BRACKET = "|【?[^【】：:]{0,16}?(?:局|委|办|厅|部|院|政府|中心|公司|管委会|单位)[^【】：:]{0,16}】"
_LEAD_NO_BRACKET = re.compile(_LEAD.pattern.replace(_LEAD_BRACKET, "", 1))
# (最高/最多 a cap before a reward's or a grant's amount, "给予最高50万元奖励": no part of what is given)
# (last year's time between a name and its figure, "研发经费投入强度去年为2.1%，今年提高到2.3%", and last year named as
# the base, "今年在去年的基础上增长6%": no part of what is pledged, decision 155)
_TRAIL_WORDS = "：|:|在去年的基础上|在去年基础上|在上年的基础上|在上年基础上|恢复性|去年为|上年为|去年|上年|全面完工|全部完工|全面竣工|全部竣工|全面开工|全部开工|在此基础上|在这一基础上|在这个基础上|每人每年|每人每月|每户每年|每户|户均|每亩|亩均|每年|每月|今年|加快|尽快|按期|力争|确保|争取|全面完成|顺利完成|如期完成|按期完成|基本|如期|按期|累计|共计|合计|总计|共|各|全部|全面|等|的|基础上|始终|稳定|分别|均|都|总体|建设任务|改造任务|任务|建设|工作|目标|(?<!级)以上|以内|左右|的建设|增幅|增速|同口径|可比口径|按同口径|按可比口径|同比|拟按|拟|按照|依照|参照|按|约|近|逾|(?<!商)超|要|继续|进一步|平均|年均|年内|提前|至少|不少于|不低于|最高|最多|可|均为|安排|先|还|也|又|大规模|大力|积极|稳步|有序"
# ("省级以上": a range after a level is the level's, "新增国家级2家、省级以上10家")
# (the entries that are not plain words; "(?<!商)超": 商超 is supermarkets, "新增商超5家")
# (when, between a count's object and the status verb after it: "5个重点项目年底前建成投用", "2所幼儿园9月份投入使用",
# "3所新建学校秋季投入使用", a 民生实事 list's item whose count comes first; the month's digits are no word)
# (预算 labelling a spending's or a fund's amount before its verb, "“三公”经费预算安排0.82亿元", "教育支出预算安排30亿元":
# no part of what is allocated; not 国有资本经营预算, 政府性基金预算, whole budgets named so)
_TRAIL_LOOKBEHIND = ("(?<!级)以上", "(?<!商)超", r"(?<![\d.])\d{1,2}月(?:份|底|末|中旬|上旬|下旬)?前?",
                     r"(?<=[费出])预算", r"(?<=资金)预算")
_TRAIL_WORDS += "|年底前|年底|年末|年中|上半年|下半年|秋季|春季|秋季学期|春季学期|汛期前|春节前"
# (the year itself, between what is counted and its verb: "洋浦港集装箱吞吐量全年突破300万标箱", "中欧班列全年开行5000列")
_TRAIL_WORDS += "|全年"
# (a batch named by its order before its count is when, not what: "市级机关第一批35个部门年底前迁入")
_TRAIL_WORDS += "|首批|第一批|第二批|第三批|第四批|第五批|新一批"
# (how the sum is set, between an allocation's name and its verb: "市本级预备费按规定安排10亿元", "预备费按照规定安排1.5亿元")
_TRAIL_WORDS += "|按规定|按照规定|依规|依法|足额"
# (how the help is given, each household or village in turn, between who is helped and the verb: "对1.2万户脱贫户逐户开展
# “回头看”", "对1826户监测户逐户落实帮扶措施")
_TRAIL_WORDS += "|逐户|逐村|逐人|逐一"
# (how well, between a named set's noun and the work after it: "支持五个新城高水平建设", "推动三个片区高质量建设")
_TRAIL_WORDS += "|高水平|高质量"
_TRAIL_WORDS += "|" + "|".join(_TRAIL_LOOKBEHIND[-2:])
# (the plain words as a trie: tried at each place of an object, one branch per character rather than each
# word in turn; "(?:…)+$" holds at a place when what follows splits into the words, whatever their order)
_TRAIL = re.compile(rf"(?:{longest_first(w for w in _TRAIL_WORDS.split('|') if w not in _TRAIL_LOOKBEHIND)}"
                    rf"|{'|'.join(_TRAIL_LOOKBEHIND)})+$")
_TRAIL_LAST = frozenset(w[-1] for w in _TRAIL_WORDS.split("|")) | {"\n", "月", "份", "底", "末", "旬", "前"}  # ($ also matches before a last \n)
# "支出规模比去年扩大2万亿元": the comparison is not part of the object
_COMPARE = re.compile(r"(?:比|较|同比|与)(?:上年|去年|上一年|前一年|\d{4}年)")
# a quantity describing the thing after it (capacity, investment), not the count pledged
_SIZE_WORDS = "投资|年产|年产能|日产|年出栏|年屠宰|年处理|日处理|年加工|占地|占地面积|建筑面积|总面积|装机|装机容量|库容|总长|全长"
_MEASURE = re.compile(rf"(?:{_SIZE_WORDS}|总投资|规模|容量|长|面积)$")
# what a figure before 的 describes of the thing named after it: its worth, capacity or size
# a bracket opening a note of what a count takes in ("(含改扩建)", "（包括新建）", "(不含…)"); a verb in it does not act, and
# the note is no part of the object ("老旧小区(含城中村)" counts 老旧小区)
_NOTE_OPEN = ("(含", "（含", "(包括", "（包括", "(不含", "（不含", "(其中", "（其中")


def _in_note(text: str, s: int, pos: int) -> bool:
    """Whether pos is inside a note bracket (one of _NOTE_OPEN, opened at or after s and not closed before pos)."""
    j = max(text.rfind("(", s, pos), text.rfind("（", s, pos))
    return j >= 0 and text.startswith(_NOTE_OPEN, j) and text.find(")", j, pos) < 0 and text.find("）", j, pos) < 0 \
        and not _joiner_place(text, j + 1)  # (not a place opening the bracket: "（含山县新建…）")


def _breakdown_note(text: str, s: int, pos: int) -> bool:
    """Whether the bracket open at pos (after s) is a note of 其中 after a figure ("3.5万亩（其中…"): a total's parts."""
    j = max(text.rfind("(", s, pos), text.rfind("（", s, pos))
    return text.startswith("其中", j + 1) and j > s and _FIGURE_END_BEFORE.search(text, max(s, j - 6), j) is not None
_FIGURE_END_BEFORE = re.compile(r"\d[^\d，,。；;、（(]{0,4}$")
_JOIN_MARKS = frozenset("和及与、不")  # (a word after them opens another item, "边缘户和脱贫监测户", or is negated inside a noun, "不稳定户")
_STATUS_TASK = ("任务", "目标任务")  # (a status's task: "完成2000人脱贫任务")
@once
def _each_words() -> tuple[str, ...]:
    """The words of one of each thing counted (cues.tsv standard_per with 每: 每村, 每户, 每所…)."""
    return tuple(w for w in vocab.cues()["standard_per"] if w.startswith("每"))


@once
def _each_total_re() -> re.Pattern:
    """A total's lead right before a count, after a clause's mark or a bracket (cues.tsv each_total_leads)."""
    return re.compile("[，,（(](?:" + longest_first(vocab.cues()["each_total_leads"]) + ")$")


def _each_total_count(text: str, ss: int, q_start: int) -> bool:
    """Whether the count at q_start totals those each given an amount in the clause before ("每村安排…50万元，共60个
    村", "…50万元（合计60个村）"): whom the amount is for, not a task (adv64; decision 538 read "为60个贫困村每村…")."""
    if (m := _each_total_re().search(text, ss, q_start)) is None:
        return False
    j = max(text.rfind(c, ss, m.start()) for c in "，,；;。")
    return any(w in text[max(j + 1, ss):m.start()] for w in _each_words())


# a rate's base right after a level verb ("提高到每户2万元", "提高到户均2万元"): the level's figure, no noun it names
_PER_WORDS = ("每人", "每户", "每亩", "户均", "人均", "亩均")
_PER_FIGURE_END = re.compile("(?:" + "|".join(_PER_WORDS) + r")(?:每年|每月)?\d+(?:\.\d+)?[万千百]?元(?:以上|左右)?(?=[，,。；;\n]|$)")
# subjects counted before 分别 ("两地分别达到3亿元、5亿元", "三个园区产值分别…"): each value is one subject's, not counts of one name
_COUNTED_SUBJECTS = re.compile(r"\s*(?:[一二三四五六七八九十两\d]|各)")
# a rate's name alone before its share, in a clause after a level verb's ("地表水国控断面水质达标率100%")
# the name of a rate or concentration and its verb, right before the figure it keeps or reaches (after a count of places)
_RATE_OF_COUNTED = re.compile(r"[^，,。；;：:、\n]{0,30}?(?:率|比例|比重|浓度)[^，,。；;：:、\n\d]{1,5}")
_BARE_RATE = re.compile(r"\s*[^\d\s，,、；;。：:（）()“”]{1,16}(?:率|比例|比重)")
# (words after a work named whole that open no noun it acts on: "农村劳动力转移就业各1万人")
_NOT_NOUN_AFTER_WHOLE = frozenset("各均都")
# a short bracket of other words for what is counted, closed right before its count ("扶贫车间（帮扶车间）20个")
_GLOSS_CLOSE = re.compile(r"[^()（）\d，,。；;、]{0,8}[)）]\d")


def _in_gloss(text: str, s: int, pos: int) -> bool:
    """Whether pos is inside a short bracket (opened at or after s) of words alone closed right before a figure."""
    j = max(text.rfind("(", s, pos), text.rfind("（", s, pos))
    return j >= 0 and pos - j <= 8 and text.find(")", j, pos) < 0 and text.find("）", j, pos) < 0 \
        and _GLOSS_CLOSE.match(text, pos) is not None


_NOTE_END = re.compile(r"[(（](?:含|包括|不含|其中)[^()（）]*[)）]$")
# what a count's projects are worth in all (not a year's investment: 年度计划投资, 完成投资)
# a size word before a threshold right after a count ("2000个投资500万元以上技术改造项目")
_SIZE_LEADS = frozenset(("投资", "总投资", "计划总投资", "单体投资", "投资额", "总投资额", "投资总额"))
_SIZE_OF_COUNTED = ("总投资", "总投资额", "投资总额", "计划总投资", "概算总投资")
# a capacity written before a figure ("年产20万吨"), read as part of a project's name when a project head follows in
# its clause ("…等项目建设", "年产10万吨饲料项目"), not where the capacity itself is formed ("形成年产50万辆生产能力")
_CAPACITY = re.compile(r"(?:年产|年产能|日产|年出栏|年屠宰|年处理|日处理|年加工|年处置|年吞吐)$")
_CAPACITY_LAST = frozenset("产能栏宰理工置吐")
_THIS_YEARS_FIRST = frozenset("全今当明本")  # (全年, 今年, 当年, 明年, 本年: a year's own output, not a capacity)
_CAPACITY_BEFORE = frozenset("年日")  # (the first character of every _CAPACITY word)
# a figure inside an item of a list of projects closed by 等 ("晨鸣纸业51万吨化学浆等50个重点项目"): more of the name after
# the figure, then the next item or the 等 that counts the projects
_LISTED_NAME = re.compile(r"(?!以上|左右|以内|以下|多|余|上下)[^\W\d_]{1,12}?(?:、[^，,。；;：:]{0,60}?)?(?=等)")
_THIS_YEAR_WORDS = frozenset(("全年", "今年", "年内", "当年"))  # (opening a verbless investment of the year)
_LIST_JOINS = frozenset("和及与、")  # (after a count: the next item, not more of a name)
_PROJECTS_CLOSE = re.compile(r"等(?:\d+|[一二三四五六七八九十两]+)?(?:个|项|大|批)?[^，,。；;：:\d]{0,10}?(?:项目|工程)")
_CAPACITY_NAMED = re.compile(r"项目|工程|基地|产业园|生产线|工厂|车间")
# an output's unit run straight into a product and a project's head ("1000万吨炼油项目", "120万吨乙烯改扩建项目",
# "30万辆新能源汽车生产线"): the figure is the project's capacity, part of its name
_OUTPUT_UNITS = frozenset(("吨", "万吨", "千吨", "亿吨", "千瓦", "万千瓦", "兆瓦", "辆", "万辆", "台", "万台"))
_OUTPUT_NAMED = re.compile(r"[^\W\d_]{1,10}?(?:项目|工程|生产线|基地)")  # (a base too: "加快推进200万千瓦风光电基地建设")
# a power plant's capacity in its name, after its owner or place and before its kind ("国能盐池200万千瓦光伏治沙项目、
# 盐池县100万千瓦风电项目"): the name goes on to 项目/电站/工程 with no count of its own after it
_POWER_UNITS = frozenset(("千瓦", "万千瓦", "兆瓦", "吉瓦", "万千伏安", "千伏安"))
_POWER_NAMED = re.compile(r"[^\W\d_]{0,12}?(?:项目|电站|工程)(?=[、，,。；;等）)\s]|$)")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")
_DESCRIBED = re.compile(rf"(?:{_SIZE_WORDS}|投资额|投资总额)(?:约|近|超过|超|达到|达|不低于|不少于)?$")
# a bracket opened on a project's worth right after its name ("江山港流域综合治理工程（总投资32.6亿元）"): what the
# project named before it is worth, no count of a work
_BRACKET_WORTH = re.compile(r"[（(](?:计划|概算)?总?投资(?:额|总额)?(?:约|近|超过|超|达到|达)?$")
_PROJECT_HEAD = re.compile(r"(?:项目|工程|基地|产业园|园区|生产线|综合体|中心)$")
# a bracket opened on a size right after a thing's name ("…高速公路（全长86公里、总投资120亿元）", "…新院区（床位1000张）",
# "第三小学（48个班、学位2160个）"): what the thing named is like, no count of a work
_SIZE_NOTE = re.compile(r"(?:全长|总长度?|总里程|(?:计划|概算)?总投资|设计规模|建设规模|总?建筑面积|占地(?:面积)?|设计床位|床位"
                        r"|学位|装机容量|总装机|库容|设计能力|处理能力|日处理能力)|\d+个班")
_NOMINAL = re.compile(r"投资|(?:补助|奖补|补贴|专项)?(?:资金|基金)|资本金|中心|平台|项目|工程|房(?!屋|间)|安置房|安置住房|住房")  # ("救助补助资金": funds)
# the units of those a work is done for (households, people): "征收安置1200户" counts no more of the things before it
_PEOPLE_UNITS = ("户", "人", "人次", "名")
# (the unit of a count right after an object; not its bound after it: "300万人以上" is of 人, not 人以)
_COUNT_AFTER = re.compile(r"\s*\d+(?:\.\d+)?\s*[万亿]?([^\d\s，,、；;。](?:(?!以上|以下|以内|左右)[^\d\s，,、；;。])?)")
# the works a base is named by ("发展林果种植基地2家": 种植基地, not "建设基地3个")
_BASE_WORKS = frozenset(("种植", "养殖", "加工", "生产", "育苗", "育种", "繁育", "研发", "培训", "实训"))
# (whole objects: looked up, not matched)
_LEVEL_WORD = re.compile(r"(?:国家|省|市|县|区|州|乡)级(?:以上|以下)?")  # (省级以上研发机构: the range is the level's)
# words between a count and the size of all the things counted ("城市道路8条共15公里", "农村公路5条共计35公里")
_TOTAL_LEADS = frozenset(("共", "共计", "合计", "总计", "总长", "全长", "总长度", "总里程"))
_BARE_SIZE = frozenset(("规模", "总规模"))  # (a bare size of the thing named before it: _area_of_work_before)
_BARE_MEASURE = frozenset(("面积", "总量", "规模", "长度", "数量", "人数", "里程", "总长", "长", "总长度", "总里程", "全长",
                           "总面积", "建筑面积", "总建筑面积", "占地面积"))  # ("新建口袋公园10个，总面积5万平方米")
# comparison words whose figure, with 的 after it, picks out the things named next ("低于3500元的贫困户")
# (a growth that picks out the units counted after 的: "培育营业收入增长20%以上的企业100家"; not "增长6%的目标")
_GROWTH_PICKS = ("增长", "增速", "增幅")
_THRESHOLD_WORDS = ("低于", "高于", "超过", "不足", "少于", "不到", "不超过", "不低于", "多于", "大于", "小于")
# a threshold's words before the first of tiers listed with 、 and closed by 的 and whom they pick out
_TIER_WORDS = _THRESHOLD_WORDS + ("突破", "达到", "超")
# (not a standard or an aim the levels are: "分别达到95%、98%的目标")
_TIER_NOT_OF = ("标准", "目标", "水平", "要求")
_TIER_RUN = re.compile(r"(?:、[\d.]+[^、，,。；;：:\d的]{0,4})+的(?!" + "|".join(_TIER_NOT_OF) + r")[^，,。；;、\n]")
# the capacity of all the things counted before it ("新建村级光伏扶贫电站80座，总装机容量2.4万千瓦"), as 总面积 is their size
_CAPACITY_OF_ALL = frozenset(("总装机容量", "装机容量", "总装机", "装机规模", "总容量", "总库容"))
# (a change in points is a comparison more often than a pledge: "比去年预算低0.4个百分点", "高于全市平均水平2个
# 百分点"; a concentration to reach or keep under in the tasks is one: "PM2.5平均浓度控制在25微克/立方米以下")
_NOT_PLEDGE_UNITS = {"位", "个百分点", "百分点"}
# a share's change in points opening the sentence, a clause of its level after it ("城镇化率提高1.2个百分点，达到58%")
_PP_BEFORE = re.compile(r"\s*([^，,。；;：:\d]{2,24}?(?:率|比重|比例))(?:提高|提升|增加|上升|增长)[\d.]+个?百分点(?:以上|左右)?[，,、]\s*")
_SEP = "，,：:;；|"  # (| : a table's cell ends, "7|实施…1200亿元以上|市发改委")
_REVIEW_CUE = re.compile(r"去年|上年|一年来|过去一年|过去五年|五年来|同比|比上年|较上年|以来|前三季度|上半年|一季度"
                         r"|\d{1,2}\s*[-—–至～~]\s*\d{1,2}月")  # (the year so far: "今年1—11月")
# a proposal's change against last year's, after it ("拟安排地方政府专项债券4.4万亿元，比去年增加0.2万亿元", "赤字率拟按4%
# 左右安排，比去年提高0.2个百分点"): the sentence still proposes, it does not look back
# (its amount named again before the change: "，财政赤字规模比去年增加1万亿元"; the base last year's budget as set,
# "，比上年年初预算增加1800亿元", "比去年预算增加")
# (or in words only, its figure left out, "赤字率拟按3.2%左右安排，比去年有所下调", "，与上年持平")
_PROPOSAL_CHANGE = re.compile(r"[，,](?:[^，,。；;：:\d%]{2,8}?)?(?:(?:比|较)(?:去年|上年)(?:年初)?(?:预算数?)?"
                              r"(?:(?:增加|提高|扩大|减少|下降|降低|多|少)[\d.]+(?:万亿元|亿元|万元|个百分点)"
                              r"|(?:有所|略有|稍有|小幅)(?:下调|上调|调低|调高|提高|降低|增加|减少|扩大|下降)(?=[，,。；;]|$))"
                              r"|(?:与|和|同)(?:去年|上年)(?:年初预算|预算)?持平(?=[，,。；;]|$))")


def _proposes(words: str) -> bool:
    """Whether words propose the year's allocation: 拟, or the year's fiscal allocation led by a word of this year, as
    a news page restates it without 拟 ("今年赤字率提高到3%", cues.tsv fiscal_plan_words and fiscal_this_year)."""
    if "拟" in words:
        return True
    cues = vocab.cues()
    return any(w in words for w in cues.get("fiscal_this_year", ())) and any(w in words for w in cues.get("fiscal_plan_words", ()))


def _looks_back(sentence: str) -> bool:
    """Whether a sentence outside a plan part holds a review cue (``_REVIEW_CUE``), not counting the change against
    last year's after a proposal (拟, or this year's fiscal allocation: _proposes) before it."""
    if _REVIEW_CUE.search(sentence) is None:
        return False
    if not _proposes(sentence):
        return True
    keep, k = [], 0
    for m in _PROPOSAL_CHANGE.finditer(sentence):
        if _proposes(sentence[k:m.start()]) or keep and _proposes(keep[-1]):
            keep.append(sentence[k:m.start()])
            k = m.end()
    return _REVIEW_CUE.search("，".join(keep) + sentence[k:] if keep else sentence) is not None


_TARGET_PARA = re.compile(r"预期目标|主要目标|主要指标|目标是")
# a paragraph right after the year's target list that weighs the targets set ("今年的目标任务综合考虑了…。地区生产总值增长
# 9%左右，既…又留有一定余地"): their explanation, its figures the list's, no pledges
# (each branch opens with its written character, "(?:综合|充分|统筹)考虑|…" first: re skips only where every branch
# opens with one, and the group gave it none; it is searched over a whole plan part)
_TARGET_REASONS = re.compile(r"综合考虑|充分考虑|统筹考虑|留有(?:一定|适当)?(?:的)?余地")
# (or reaches past them: "在实际工作中，我们将努力争取更好结果，地区生产总值力争增长7%")
_BETTER_RESULT = re.compile(r"更好(?:的)?(?:结果|成绩|水平)")
# a list of the year's expected targets (or its explanation) anywhere in the plan part: facts, not pledges
# (each alternative spelled from its first character, "上述" not after 实现/完成/围绕/落实 looked behind
# from after it: the engine then skips to where one may start, not trying four lookbehinds at each place)
# (nor 确保/保障/保证/达成 before 上述: "为保障上述目标实现，拟安排…", "为确保上述目标顺利实现，重点抓好以下工作：")
# (the verbs, cues.tsv's targets_turn, read in a fixed order: tests/test_recache.py)
_NOT_TURN = "".join(f"(?<!{re.escape(w)}上述)" for w in sorted(vocab.cues()["targets_turn"], key=lambda w: (-len(w), w)))
# (a plan report's lead proposes them: "主要预期目标建议为：", "主要指标安排如下：", "主要指标建议安排如下：",
# "预期目标拟定为：", a district's "主要指标计划安排为：", "主要指标建议计划安排如下：" — not "民生实事主要目标如下：",
# whose items are pledges)
_PROPOSED = "(?:建议|拟|初步)?(?:计划(?=安排|设定|确定|拟定|为))?(?:安排|设定|确定|拟定|考虑)?"
_TARGET_LIST_REVISED = r"(?:作出|作|进行|予以)(?:如下|适当|相应)?调整[：:]"  # (below: its two spellings one string)
# the year's growth target set after its reasons, the paragraph's other items after it ("综合考虑…，建议全省地区生产总值
# 增长目标定为7.5%到8%。地方一般公共预算收入增长6%；城镇新增就业70万人以上，…", "经济增长的预期目标定为6%左右"):
# the region's GDP named before 目标 (生产总值, 经济, GDP), so a sector's ("工业增长目标定为10%") leads no list (cues.tsv growth_target_set)
_GROWTH_SET = longest_first(vocab.cues()["growth_target_set"])
# (after its reasons only, 考虑 in the clause before it: "今年全市地区生产总值增长目标确定为5.5%左右；…。全年将新建…" on a news
# page is a one-sentence list whose tasks after it stay pledges, lft63c)
# (or the region's whole word alone before the growth target, cues.tsv growth_target_wholes: "综合考虑各方面因素，建议今年
# 全省的增长目标定为8%左右。", the economy's target as 经济增长 is; a sector's names itself, "全市工业增长目标", lft64)
_GROWTH_TARGET_SET = r"|考虑[^。；;：:]{0,40}?[，,][^。；;，,]{0,16}?(?:" + "|".join(
    rf"{w}的?增长的?(?:预期)?目标(?:建议)?(?:{_GROWTH_SET})"
    for w in ("生产总值", "经济", "GDP", "(?:" + longest_first(vocab.cues()["growth_target_wholes"]) + ")")) + ")"
# every branch but the last opens with one character written out: searched by _target_list_search, they are tried only
# where one of those characters stands (re skips to it in C; the whole pattern, whose last branch opens with ^, is tried
# at every character: docs/benchmarks.md, 2026-12-06)
_TARGET_LIST_WORDS = (rf"预期目标(?:任务)?{_PROPOSED}(?:是|为|如下|：|:|设定)|预期目标(?:任务)?还?包括[：:]|主要目标(?:任务)?(?:是|为|：|:|设定)"
                      rf"|主要目标(?:任务)?(?:建议|拟|初步)?(?:安排|设定|确定|拟定)(?:是|为|如下)"
                      rf"|上述{_NOT_TURN}(?:预期|主要)?目标|主要指标{_PROPOSED}(?:是|为|如下|：|:)"
                      # (the list revised in the year, 2020's: "主要预期目标调整为：", "对年初拟定的主要预期目标作出调整：",
                      # "主要预期目标调整如下：", "对今年主要预期目标进行调整：")
                      rf"|(?:预期|主要)目标(?:任务)?(?:相应)?(?:调整(?:为|如下|后为)|{_TARGET_LIST_REVISED})"
                      # (a news page's lead to them: "从今年的目标看，报告提出：…", "今年的目标是：")
                      rf"|从今年的?(?:主要)?目标(?:来)?看[，,]|今年的?(?:主要)?目标(?:是|为)"
                      # (a plan report's own lead, opening its paragraph or sentence: "计划安排：一般公共预算收入增长4%；城镇
                      # 新增就业6.5万人以上；…", "建议安排：", "指标安排如下：" — role_cues.tsv's target row of hdl64; the
                      # character before 计/建/指 looked behind from after it, so each branch still opens with its own)
                      + "".join(rf"|{w[0]}(?<![^\n。]{w[0]}){w[1:]}安排(?:如下|为)?[：:]" for w in ("计划", "建议", "指标"))
                      + _GROWTH_TARGET_SET)
# (a digest's lead looking ahead to a bare year, the figures to reach after it: "展望2023，射洪将奋力实现：", "展望2024年，
# 全市力争实现以下目标：", as role_cues.tsv reads 展望 and the year for facts; not "展望2024，我们将重点抓好以下工作：", a list
# of tasks)
_TARGET_LIST_AHEAD = r"^\s*展望20\d\d年?[，,][^，,：:。；;\n]{0,16}?实现(?:以下|如下)?(?:主要)?(?:目标)?[：:]"
_TARGET_LIST = re.compile(_TARGET_LIST_WORDS + "|" + _TARGET_LIST_AHEAD)
# the same but the last branch, each branch opening with its character (预期|主要 spelled out: a group opening a branch
# leaves re no first character to skip to); _target_list_search tries the last branch at 0 itself
_TARGET_LIST_FIRST = re.compile(_TARGET_LIST_WORDS.replace(
    rf"|(?:预期|主要)目标(?:任务)?(?:相应)?(?:调整(?:为|如下|后为)|{_TARGET_LIST_REVISED})",
    "".join(rf"|{w}目标(?:任务)?(?:相应)?(?:调整(?:为|如下|后为)|{_TARGET_LIST_REVISED})" for w in ("预期", "主要"))))
_TARGET_LIST_AHEAD_RE = re.compile(_TARGET_LIST_AHEAD)


def _growth_set_lead(lead: str) -> bool:
    """Whether LEAD (``_target_list_search``'s match) is the year's growth target set after its reasons
    (``_GROWTH_TARGET_SET``: "综合考虑…，建议全省生产总值增长目标定为7%以上。"): the list's opener even as a paragraph of one
    indicator, its other items on the lines under it (a PDF's layer breaking after its full stop; adv64b)."""
    return lead.startswith("考虑")


def _target_list_search(para: str) -> re.Match | None:
    """``_TARGET_LIST.search(para)``, the same match (tests/test_spd44.py): a match of the other branches at 0 comes
    first, then the last branch's (anchored at 0), then the other branches' later."""
    m = _TARGET_LIST_FIRST.search(para)
    if m is not None and m.start() == 0:
        return m
    a = _TARGET_LIST_AHEAD_RE.match(para)
    return a if a is not None else m


# the same, certain whatever the part's role: expected targets, or their explanation (not the turn to the
# tasks that reach them: "为实现上述目标，重点抓好以下工作：一是…")
# (a spoken part's title in a press conference's reading of the report: "关于2025年主要预期目标。报告提出，…")
_TARGET_LIST_SURE = re.compile(rf"预期目标(?:任务)?(?:是|为|：|:|设定|的设定|还?包括[：:])|上述{_NOT_TURN}(?:预期|主要)?目标"
                               r"|关于(?:(?:19|20)\d\d年|今年)?的?(?:全[省市县区州])?(?:经济社会发展)?的?(?:主要)?预期目标[。：:]")
# a list item written on its own line
_BULLET = re.compile(r"^\s*(?:——|－|-|•|·|●|◆|★|☆|■|□|▲|△|▶|►|▸|◇|○|◎|✔|√|➤|\d{1,2}[.、．]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]是)")
# an item numbered as a sub-part is ("（一）地区生产总值增长7%左右；"): in a target list only where its first clause names
# an indicator (a lead's "主要目标任务：" over "（一）全力扩大有效投资。…" opens task parts, docs/decisions.md 117)
_CN_ITEM = re.compile(r"\s*[（(][一二三四五六七八九十]{1,3}[）)]")
# a paragraph giving a target's reasons ("主要考虑是：", "主要考虑：", "这一目标的主要依据是："), or the list's, led by
# the arrangement named back (cues.tsv reasons_leads: "这样安排主要考虑：", "这样安排，主要考虑了以下因素：", "作出这样的安排，
# 主要基于以下考虑：", "这样安排的主要考虑是：")
@once
def _reasons_open() -> re.Pattern:
    """The opening of a paragraph giving the reasons of the targets just listed (cues.tsv reasons_leads before
    主要考虑/主要依据), compiled when first asked, as the module's other vocabulary patterns are."""
    leads = "|".join(re.escape(w) for w in vocab.cues()["reasons_leads"])
    return re.compile(rf"[ \t\u3000]*(?:(?:{leads})[，,]?)?主要(?:是)?(?:基于(?:以下|如下)?(?:几点|几个方面|几方面)?)?"
                      r"(?:考虑|依据)(?:是|为|了)?(?:(?:以下|如下)(?:几点|几个|几方面)?(?:因素|方面)?)?[：:，,]")


# a sentence that opens on a review ("过去五年，…", "一年来…") inside a plan part
# (not where the past only describes what the clause's plan is about: "去年以来开工的项目要加快建设，…")
_REVIEW_OPEN = re.compile(r"^\s*(?:——)?(?:回顾|回眸|回首|截至目前|截止目前|截[至止](?:去年|上年)(?:底|末)?|(?:刚刚)?过去的?一年|过去的?五年|过去\d+年|一年来|五年来|\d+年来|去年|上年"
                          r"|过去的?[两三四六七八九十]年|[两三四六七八九十]年来|近[两三五几]年来?|近(?:[四六七八九十]|\d+)年来|近年来"
                          r"|“?十[一二三四五六七八九]五”?(?:时期|期间)?以来)"
                          r"(?![^，,；;。！？]{0,20}?的[^，,；;。！？]{0,12}?(?:要|将|必须|务必|力争|确保|抓紧|尽快|今年|年内))")


def _first_after_spaces(pat: re.Pattern):
    """The characters a match of pat can begin with after the spaces it opens with (``^\\s*`` or ``\\s*``),
    if any (every character where they are not known)."""
    for lead in (r"^\s*", r"\s*"):
        if pat.pattern.startswith(lead):
            return openers(pat.pattern[len(lead):])
    return openers(pat.pattern)


def _opens(pat: re.Pattern, first, s: str) -> re.Match | None:
    """``pat.match(s)`` for a pattern that opens with spaces, tried only where the first character of s
    is a space or can open it (``first``: ``_first_after_spaces(pat)``, made once: a pattern's hash reads
    its whole code); most sentences: one look at a character instead of a try of the pattern. A
    character beyond U+FFFF is tried too (a \\d there is no digit of the basic plane)."""
    c = s[:1]
    if c not in first and not c.isspace() and c <= "\uffff":
        return None
    return pat.match(s)


@once
def _review_first():
    return _first_after_spaces(_REVIEW_OPEN)


def _review_opens(s: str) -> re.Match | None:
    """``_REVIEW_OPEN.match(s)``: whether s opens on a review."""
    return _opens(_REVIEW_OPEN, _review_first(), s)


# an estimate, not a commitment ("预计全年退税减税约2.5万亿元")
_ESTIMATE = re.compile(r"预计|预测|估计")
_ESTIMATE_HOLDS = ("预", "估计")  # (every word of _ESTIMATE holds one of these: tests/test_pledges_speed.py)


def _estimate_in(text: str, s: int, e: int) -> bool:
    """``_ESTIMATE.search(text, s, e)``, searched only where a clause holds 预 or 估计 (two finds cost
    less than the pattern's search of a clause without)."""
    return (text.find("预", s, e) >= 0 or text.find("估计", s, e) >= 0) and _ESTIMATE.search(text, s, e) is not None
# "今年高校毕业生超过1000万人，要加强…": a circumstance the next clause answers
_PREMISE_NEXT = re.compile(r"^\s*(?:要|需要|必须|务必)")
# (not the targets named back, a task's lead: "围绕上述目标，今年将新建…", "为实现以上目标")
_TARGET_WORD = re.compile(r"预期|(?<!上述)(?<!以上)(?<!这些)目标")
# a clause of purpose that names the targets back before a lead to the tasks ("围绕上述目标，", "为确保目标实现，",
# "为完成全年目标任务，"): its 目标 names no target list (one after it still does: "为确保目标实现，今年主要预期目标是：")
# (or the targets named back as what is to be reached, opening the sentence: "实现上述目标，", "要实现这些目标，"; or the turn
# to what follows from them: "为此，")
_PURPOSE_SRC = (r"(?:(?:为了?|围绕|按照|对照|紧扣|紧盯)[^，,；;：:。？]{0,12}?目标[^，,；;：:。？]{0,4}"
                r"|要?实现(?:上述|以上|这些|这一)(?:预期|主要)?目标(?:任务)?|为此)[，,]\s*")
_PURPOSE = re.compile(r"\s*(?:【[^】\n]{1,8}】\s*)?" + _PURPOSE_SRC)  # (after a digest's label: "【任务】为确保目标实现，")


def _target_word(s: str) -> bool:
    """``_TARGET_WORD.search(s)`` after a clause of purpose that opens s (``_PURPOSE``), searched only where 目标 or
    预期 is written."""
    if "目标" not in s and "预期" not in s:
        return False
    m = _PURPOSE.match(s) if "目标" in s else None
    return _TARGET_WORD.search(s, m.end() if m else 0) is not None


@once
def _goals_met_close() -> re.Pattern:
    """A sentence's last clause naming the targets back as what is to be met, no figure in it ("，全力完成各项目标任务。",
    "，确保实现全年目标。"; cues.tsv goal_met_verbs)."""
    verbs = "|".join(map(re.escape, vocab.cues().get("goal_met_verbs", ()))) or "(?!)"
    return re.compile(rf"[，,][^，,；;：:。！？\d%]{{0,6}}?(?:{verbs})[^，,；;：:。！？\d%]{{0,14}}?目标(?:任务)?[。！；;]?\s*$")


def _states_target(text: str, ss: int, se: int, sentence: str) -> bool:
    """Whether a news page's sentence states targets (``_target_word``); a last clause that only names the targets back
    as what its tasks are to meet, in a sentence that names no indicator ("报告提出，今年将新建农村公路80公里，…，全力完成
    各项目标任务。"), states none: the tasks before it are read (decision 389)."""
    if not _target_word(sentence):
        return False
    m = _goals_met_close().search(sentence)
    if m is None or _target_word(sentence[:m.start()]):
        return True
    # (asked as ifs: a chain of ors ending on a C truth value is what Cython 3.3.1 miscompiled, 36f9cf50)
    return len(_indicator_ids(text, ss, se)) > 0


# a quantity named as the goal to reach ("增长6%左右的目标", "5%的目标任务", "以上的预期目标")
# (each item of a 、-run of them closed by it, "确保实现固定资产投资增长3%左右、社会消费品零售总额增长5%左右的目标"; and the
# plan's goals named so, "研发经费投入强度达到1.5%的规划目标", restated facts too)
_GOAL_AFTER = re.compile(r"(?:左右|以上|以下|以内)?(?:、[^、，,。；;：:！？!?\n]{1,40}?\d[^、，,。；;：:！？!?\n]{0,8}?)*?"
                         r"(?:左右|以上|以下|以内)?的?(?:预期|年度|奋斗|规划)?目标")
_RATE_UNITS = frozenset(("%", "个百分点"))  # (a rate named as the goal to reach: the target list's item)
_GOAL_SET_BEFORE = re.compile(r"目标值?(?:由[^，,。；;：:]{0,14}?)?(?:调整|下调|上调|调减|调增|调低|调高)(?:为|至|到)(?:增长|下降)?$"
                              r"|目标值?由(?:增长|下降)?$")
_TOTAL = frozenset(("总数", "总量", "总计", "合计", "累计", "总和", "数量"))  # (whole objects: looked up)
_STOCK_NAMES = frozenset(("总数", "总量", "数量"))  # (those that name a stock after what it counts: "高新技术企业总数")
_GOES_ON = ("；", ";", "，", ",")
_LIST_LEAD_END = frozenset(("：", ":", "是"))  # (what a target list's lead line ends with: one character each)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _has_cjk(s: str) -> bool:
    """``_CJK.search(s)``, answered by its first character where that is one (most objects)."""
    return "\u4e00" <= s[:1] <= "\u9fff" or _CJK.search(s) is not None


# the word a news page sets between 报告 and its telling verb ("报告还提出", "报告同时提出": cues.tsv report_adverbs)
_REPORT_ADVERB = "(?:" + "|".join(map(re.escape, sorted(vocab.cues()["report_adverbs"], key=lambda w: (-len(w), w)))) + ")?"
# a result compared with a past period ("同比增长20.1%"): never a pledge
_RESULT = re.compile(r"同比|较上年同期|比上年同期")
# (not the report telling last year's results: "报告提出，去年全区地区生产总值完成586.3亿元，…；一般公共预算收入完成…", a news
# page's review after its results' sub-head; role_cues.tsv's target cue 报告提出 leaves it out the same way; adv64)
_TOLD_NOT_PAST = r"(?![，,：:]?(?:去年|上年|前年|过去一年|过去的一年))"
# (nor a year written before the report's right after the telling verb: "报告提出，2021年全县…完成…" on a page of 2022's report,
# the year reviewed told by its number, as 去年; known only with the metadata, so read by _told_past_year; decision 553)
_TOLD_PAST_YEAR = re.compile(r"[，,：:]?\s*((?:19|20)\d{2})年(?![—–\-~～至到])")


def _told_past_year(text: str, at: int, meta: Metadata) -> bool:
    """Whether the words told from ``at`` (right after 报告提出) open on a year before the report's."""
    return bool(meta.report_year) and (ty := _TOLD_PAST_YEAR.match(text, at)) is not None and int(ty.group(1)) < meta.report_year


# words that look ahead; outside any plan part (a news article) a sentence needs one to hold a pledge
# (on a news page, what the year's report proposes is its plan: "在民生方面，报告提出，新改扩建中小学校50所")
# (not the plan a result is measured against: "城镇新增就业35.2万人，完成年度计划的117%")
# (a news paragraph where the region itself sets a task is one: "黄岛区提出完成工业技改投资320亿元"; what it set
# before is not: "全县提出的“四化”建设取得成效", "去年全区提出", nor a 社区's request)
_PLAN_CUE = re.compile(r"今年|明年|年内|力争|确保|争取|(?<!完成年度)(?<!完成全年)计划|拟|安排|将|(?<![主重需只必纪提])要|到\d{4}年|\d{4}年(?:要|将|力争|计划)"
                       r"|报告" + _REPORT_ADVERB + r"(?:提出|明确|部署|强调)" + _TOLD_NOT_PAST +
                       r"|(?<![去上]年)(?<![社都])[区县市省州旗盟]提出(?![的了])")
# whether _PLAN_CUE is found, asked where a cue can begin: its last alternative is left out, since
# its 将/力争/计划 are cues on their own and its 要 follows 年 (no lookbehind word), and without it
# every alternative starts with a known character
_PLAN_CUE_FOUND = Skipping(re.compile(r"今年|明年|年内|力争|确保|争取|(?<!完成年度)(?<!完成全年)计划|拟|安排|将|(?<![主重需只必纪提])要|到\d{4}年"
                                      r"|报告" + _REPORT_ADVERB + r"(?:提出|明确|部署|强调)" + _TOLD_NOT_PAST +
                                      r"|(?<![去上]年)(?<![社都])[区县市省州旗盟]提出(?![的了])"))
# list joiners between the items of an object list and between the values of a value list
_JOIN = re.compile(r"、|以及|和|及|与")
_JOINED_BEFORE = re.compile(r"(?:以及|和|及|与)$")
# (each value may repeat its rate: "每人每月600元和每人每年4800元")
_VALUE_GAP = re.compile(r"(?:左右|以上|以内|以下|多)?(?:、|和|及|与)(?:每人每月|每人每年|每人|每年|每月|人均)?")
# a name that joins two ("城乡低保标准分别提高到…和…"): the halves it stands for, in order
_PAIRED = {"城乡居民": ("城镇居民", "农村居民"), "城乡": ("城市", "农村")}
# (a pair named inside an object: "本外币存贷款余额" is the deposits' and the loans' balance)
_PAIRED_INSIDE = {"存贷款": ("存款", "贷款")}
_HALVES = ("城镇居民", "城市居民", "农村居民", "城市", "城镇", "农村", "乡村")  # (each a place a paired name stands for)


@once
def _people_words() -> tuple[str, ...]:
    """What a group of people is named by (cues.tsv's beneficiaries: 居民, 人口, 贫困户…), as the end of a list's item."""
    return tuple(vocab.cues().get("beneficiaries", ()))


# (the pastoral regions' countryside, a half as 农村 is: cues.tsv countryside_halves)
_COUNTRYSIDE = tuple(sorted(vocab.cues().get("countryside_halves", ()), key=lambda w: (-len(w), w)))
_FROM_WORD = re.compile("[从由]")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")


def _fields(r) -> tuple:
    """A record's fields in order (its equality and repr, as a dataclass's)."""
    return tuple(getattr(r, k) for k in r.FIELDS)


class _Q:
    """A figure of a pledge: value (value_high of a range), unit, span, and whether 余/多 follows it. Compiled, an
    extension type (pledges.pxd) whose fields a typed local reads in C; pure Python, a class with slots."""
    __slots__ = ("value", "value_high", "unit", "start", "end", "more")
    FIELDS = ("value", "value_high", "unit", "start", "end", "more")

    def __init__(self, value, value_high, unit, start, end, more=False):
        self.value = value
        self.value_high = value_high
        self.unit = unit
        self.start = start
        self.end = end
        self.more = more

    def __repr__(self) -> str:
        return f"_Q({self.value!r}, {self.value_high!r}, {self.unit!r}, {self.start!r}, {self.end!r}, {self.more!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, _Q) and _fields(self) == _fields(other)

    __hash__ = None


_DASHES = frozenset("-—–~～至到")
_LOW_END = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)([万亿])(\D{0,3}?)[-—–~～至到]$")
_MAGNITUDE = {"万": 1e4, "亿": 1e8}
_GLUED_YEAR = re.compile(r"(?:19|20)\d{5,}")


def _with_astral(chars: str) -> str:
    """The class of ``chars`` (of the basic plane) and every character beyond U+FFFF, written as the
    complement of the rest of the basic plane (``[^…]``): ``re`` tests it as one bitmap, where
    ``[…\\U00010000-\\U0010ffff]`` tests the bitmap and then the range (most characters are in neither)."""
    out, at = [], 0
    for c in sorted({ord(ch) for ch in chars if ch < "\U00010000"}) + [0x10000]:
        if c > at:  # (the gap before c, none of chars)
            out.append(re.escape(chr(at)) + ("-" + re.escape(chr(c - 1)) if c - 1 > at else ""))
        at = c + 1
    return "[^" + "".join(out) + "]"


@once
def _qty_scan_re() -> re.Pattern:
    """``_qty_re`` written to open with a character class, so that ``re`` skips in C to where a number
    starts (the plain pattern opens with a lookbehind and an alternation: it is tried at every
    character). The class is a superset (\\d spelled out as the basic plane's decimal digits, one set
    look-up per character, and every character beyond U+FFFF); lookbehinds then tell a digit from a
    numeral. Its first character is the group ``first``: ``num`` and ``cn`` hold the rest; the
    units' first characters are looked ahead at before the units are tried one by one."""
    digits = "".join(chr(c) for c in range(0x10000) if chr(c).isdecimal())
    u = longest_first(_units())
    u1_chars = "".join(sorted({w[0] for w in _units()}))
    u1 = re.escape(u1_chars)
    # _AR after its first digit; spelled so that re takes no repeat context where it need not (spd50c): the
    # optional parts as (?:X|) (the same tries in the same order as (?:X)?, which re runs as a repeat, a
    # context allocated and the groups' marks saved at each try), and (?:,\d{3})+ as ,\d{3}(?:,\d{3})*, so
    # that \d{0,2} is followed by the comma it needs (re looks at it before trying the rest: most figures have none)
    rest = r"\d{0,2},\d{3}(?:,\d{3})*(?:\.\d+|)|\d*(?:\.\d+|)"
    # what may follow the first character of a match (a digit, a separator, a range mark, 万/亿, 余/多, a
    # numeral or a unit): looked at before the lookbehinds, it turns most numerals in words ("一是") away
    after = digits + _CN + ",.-—–~～至到万亿余多点分" + "".join(w[0] for w in _units())
    # (spd50c) what must follow the digits of a figure (num is a run of digits, "." and ","; after it a range
    # mark, 万/亿/千/百, 余/多 or a unit's first character, none of which is a digit, "." or ","): looked ahead at
    # past the whole run (possessive), so that a year ("2025年", "20" the commonest place tried in vain) fails
    # there, not after num's every length has been tried against the four optional parts and the units
    ends = re.escape("-—–~～至到万亿千百余多" + u1_chars)
    cn_ends = re.escape("点余多" + u1_chars)
    cn_free = re.escape("".join(c for c in _CN if c not in "点余多" + u1_chars))
    return re.compile(
        "(?P<first>" + _with_astral(digits + _CN) + ")(?=" + _with_astral(after) + ")"
        rf"(?:(?<=\d)(?<![\d.,].)(?=[\d.,]*+[{ends}])(?P<num>{rest})(?:(?P<dash>[-—–~～至到])(?P<num2>{_AR})|)"
        # ("城镇新增就业6千人以上", "改造4百余个": hundreds or thousands written as a word after the digits)
        rf"(?:(?P<mag>万(?=余|多)|亿(?=余|多)|[千百])|)(?:(?P<more>余|多)|)(?=[{u1}])(?P<unit>{u})"
        # (spd50c) a numeral's run: what follows its numerals is 点, 余/多 or a unit's first character (some of them
        # numerals: 万亿千百); a run of the other numerals is read past (possessive) to the one character that must
        # be such, so "十四五" fails at 规 at once; and the optional parts as (?:X|), no repeat context
        rf"|(?<=[{_CN}])(?=[{cn_free}]*+[{cn_ends}])(?P<cn>[{_CN}]{{0,23}}(?:点[零〇一二三四五六七八九]{{1,12}}|))(?:(?P<cnmore>余|多)|)(?=[{u1}])(?P<cnunit>{u})"
        # a share written out ("达到百分之八十一以上", "百分之95"): a figure in %
        rf"|(?<=百)分之(?P<pct>[{_CN}]{{1,24}}(?:点[零〇一二三四五六七八九]{{1,12}})?|{_AR})(?![{_CN}\d.点]))"
    )


@once
def _qty_tables() -> tuple[bytes, bytes, bytes]:
    """``_qty_scan_re``'s first character, what it looks ahead at and, before a digit, what it looks behind
    at, as the tables of ``class_places``."""
    digits = "".join(chr(c) for c in range(0x10000) if chr(c).isdecimal())
    after = digits + _CN + ",.-—–~～至到万亿余多点分" + "".join(w[0] for w in _units())
    return class_table(digits + _CN, after, "".join(d for d in digits if d not in _CN), digits + ".,")


def _qty_matches(text: str, start: int, end: int):
    """The matches of ``_qty_re().finditer(text, start, end)`` (same spans), found by ``_qty_scan_re``
    (compiled: tried only at the places ``class_places`` finds, a loop in C in place of ``re``'s class test)."""
    return _qty_by_places(text, start, end) if COMPILED else _qty_scan_re().finditer(text, start, end)


def _qty_by_places(text: str, start: int, end: int) -> list[re.Match]:
    """``_qty_scan_re().finditer(text, start, end)`` from the places ``class_places`` finds."""
    t = _qty_tables()
    return _matches_at(_qty_scan_re(), text, class_places(text, start, end, t[0], t[1], t[2]), start, end)


def _matches_at(pattern: re.Pattern, text: str, places: list, start: int, end: int) -> list[re.Match]:
    """``pattern.finditer(text, start, end)`` from ``places``, every place in [start, end) where a match can begin
    (a pattern that matches no empty string), in order: each tried unless the match before covers it."""
    match = pattern.match
    out = []
    free = start
    for at in places:
        if at >= free and (m := match(text, at, end)) is not None:
            out.append(m)
            free = m.end()
    return out


# people counted with no unit word: "实现3.2万贫困人口脱贫", "1300万农业转移人口落户", "农村贫困人口1000万以上",
# "解决25万农村居民饮水安全问题",
# "实现30万以上农村贫困人口脱贫" (the qualifier between the figure and the people), "确保1.99万剩余贫困人口全部脱贫"
# (whose people: cues.tsv people_kinds, longest first)
_PEOPLE_KIND = "(?:" + "|".join(map(re.escape, sorted(vocab.cues().get("people_kinds", ()), key=lambda w: (-len(w), w)))) + ")*"
_PEOPLE = _PEOPLE_KIND + "(?:人口|群众|劳动力)"
# (written to open with its first digit, each lookbehind then reaching over it: a pattern that opens
# with a lookbehind is tried at every character, one that opens with \d is skipped in C to a digit)
# (居民 only after 万 or 亿: "12345居民服务热线" counts no one)
# (after its first digit, a lookahead to the one character that must follow the figure's run of digits and "."
# (both alternatives' figure, \d*(?:\.\d+)?, is such a run and what follows it is none: 万/亿, 以上/左右, a
# people kind's first character or 人口/群众/劳动力/居民's): a year or a count with a unit fails there at once,
# not after each length of the run against the optional parts; (?:X|) for (?:X)?, the same match, as a branch
# that keeps no repeat context)
_BARE_PEOPLE_NEXT = "".join(sorted(set("万亿以左人群劳").union(
    w[0] for w in vocab.cues().get("people_kinds", ()))))
_BARE_PEOPLE = re.compile(rf"(\d)(?<![\d.,].)(?=[\d.]*+[{_BARE_PEOPLE_NEXT}])"
                          rf"(?:(\d*(?:\.\d+|))(?:(万|亿)(?=(?:以上|左右|){_PEOPLE_KIND}居民)"
                          rf"|(?:(万|亿)|)(?=(?:以上|左右|){_PEOPLE}))"
                          r"|(?<=(?:人口|群众|动力|居民).)(\d*(?:\.\d+|))(万|亿)(?=以上|左右|[，,。；;]))")


def _bare_people(text: str, start: int, end: int, out: list[_Q]) -> list[_Q]:
    """out with the counts of people written with no unit word (``_BARE_PEOPLE``), in text order."""
    found = []
    # (each alternative reads 人口, 群众, (劳)动力 or 居民 next to the figure: a stretch with none is not scanned)
    # (the stretch copied once and searched with ``in``: a find with bounds costs more to call than the copy)
    seg = text[max(0, start - 2):end]
    if "人口" not in seg and "群众" not in seg and "动力" not in seg and "居民" not in seg:
        return out
    for m in (_bare_people_by_places(text, start, end) if COMPILED else _BARE_PEOPLE.finditer(text, start, end)):
        s, e = m.span()
        if any(q.start <= s < q.end for q in out):
            continue
        first, num, mag, mag_b, num2, mag2 = m.groups()
        num, mag = (first + num, mag or mag_b) if num is not None else (first + num2, mag2)
        v = numbers.parse_number(num)
        if v is not None:
            found.append(_Q(numbers.clean(v), None, (mag or "") + "人", s, e, False))
    return sorted(out + found, key=attrgetter("start")) if found else out


@once
def _bare_people_table() -> tuple[bytes, bytes, bytes]:
    """``_BARE_PEOPLE``'s first character, a digit not after a digit, "." or "," (what its lookbehind reads),
    as the tables of ``class_places`` (any character may follow)."""
    digits = "".join(chr(c) for c in range(0x10000) if chr(c).isdecimal())
    return class_table(digits, None, digits, digits + ".,")


def _bare_people_by_places(text: str, start: int, end: int) -> list[re.Match]:
    """``_BARE_PEOPLE.finditer(text, start, end)``, tried only at the places ``class_places`` finds (a loop in C
    in place of ``re``'s class test of each character)."""
    t = _bare_people_table()
    return _matches_at(_BARE_PEOPLE, text, class_places(text, start, end, t[0], t[1], t[2]), start, end)


# visits counted with no unit word after a name that ends with their counter and a bound ("冰雪旅游人次突破1.2亿",
# "接待游客人次达到8000万以上"): counted in 万人次/亿人次, the counter the name writes
_BARE_VISITS = re.compile(r"人次(?:突破|超过|达到|达|超|逾|增加到|增长到|提高到|提升到)(\d+(?:\.\d+)?)(万|亿)"
                          r"(?=以上|左右|[，,。；;、\n]|$)")


def _bare_visits(text: str, start: int, end: int, out: list[_Q]) -> list[_Q]:
    """out with the counts of visits written with no unit word (``_BARE_VISITS``), in text order."""
    if text.find("人次", start, end) < 0:
        return out
    found = []
    for m in _BARE_VISITS.finditer(text, start, end):
        s, e = m.span(1)[0], m.end(2)
        if any(q.start < e and s < q.end for q in out):
            continue
        v = numbers.parse_number(m.group(1))
        if v is not None:
            found.append(_Q(numbers.clean(v), None, m.group(2) + "人次", s, e, False))
    return sorted(out + found, key=attrgetter("start")) if found else out


# an amount written with a bare order, closing its clause ("完成固定资产投资1.2万亿，", "争取专项债券300亿以上", "突破五千亿。")
# (written to open with the figure's first character, the lookbehind reaching over it: a pattern that opens with a
# look-behind is tried at every character of the paragraph, one that opens with a class is skipped in C to a digit or
# a numeral; the first character's kind then picks the branch, as the old group's branches did: no numeral is a digit)
_BARE_MONEY = re.compile(rf"([\d{_CN}](?<![\d.{_CN}].)(?:(?<=\d)\d*(?:\.\d+|)|(?<=[{_CN}])[{_CN}]{{0,11}}?))"
                         r"(万亿|亿)(?=以上|左右|[，,。；;、\n]|$)")
_BARE_ORDER_NEXT = frozenset("以左，,。；;、\n")  # (what _BARE_MONEY's lookahead opens with)


def _bare_money(text: str, start: int, end: int, out: list[_Q]) -> list[_Q]:
    """out with the amounts written with a bare 亿/万亿, their 元 left out, where what the clause counts before them
    is money (cues.tsv bare_order_money), in 亿元/万亿元 as the facts read them (decision 96)."""
    i = text.find("亿", start, end)
    while i >= 0 and i + 1 < end and text[i + 1] not in _BARE_ORDER_NEXT:
        i = text.find("亿", i + 1, end)  # (most 亿 are 亿元's: the pattern is tried only where one stands bare)
    if i < 0:
        return out
    found, words = [], vocab.cues().get("bare_order_money", ())
    for m in _BARE_MONEY.finditer(text, start, end):
        s, e = m.start(1), m.end(2)
        if any(q.start < e and s < q.end for q in out):
            continue
        cs = max(start, rfind_mark(text, start, s, _CN_CLAUSE_SET) + 1)
        if not any(text.find(w, cs, s) >= 0 for w in words):
            continue
        v = numbers.parse_number(m.group(1))
        if v is not None and v > 0:
            found.append(_Q(numbers.clean(v), None, m.group(2) + "元", s, e, False))
    return sorted(out + found, key=attrgetter("start")) if found else out


def _quantities(text: str, start: int, end: int) -> list[_Q]:
    """The quantities in text[start:end] that may be pledged."""
    qs = _bare_money(text, start, end, _bare_visits(
        text, start, end, _bare_people(text, start, end, _shared_unit(text, start, _unit_quantities(text, start, end)))))
    if qs and (text.find("（", start, end) >= 0 or text.find("(", start, end) >= 0):
        # "实际使用外资40亿美元（约合人民币285亿元）": the amount converted in its brackets is the one before, told again
        qs = [q for q in qs if _converted().search(text, max(start, q.start - 12), q.start) is None]
    if (i := find_mark(text, start, end, _ORDER_COUNT_MARKS)) >= 0:
        # "新增城镇就业岗位近万个", "培育规上企业逾千家": a count of one order after a bound, no digit written,
        # closing its clause (not "吸引近万人参加"); compiled, the pattern is tried only where a bound's mark has an
        # order word one or two characters after it (超过万, 近万; in pure Python find_mark's loop costs more than it saves)
        extra = [_Q(*_order_count(m.group("o"), m.group("u")), m.start("q"), m.end("q"))
                 for m in (_order_counts(text, i, end) if COMPILED else _ORDER_COUNT.finditer(text, i, end))
                 if not any(q.start < m.end() and m.start() < q.end for q in qs)]
        if extra:
            qs = sorted(qs + extra, key=lambda q: q.start)
    if text.find("成以上", start, end) >= 0 or text.find("成的", start, end) >= 0:
        # "七成以上的规模养殖场完成…": a share in tenths of the units to do something (_SHARE_OF_UNITS)
        extra = [_Q(numbers._CN_DIGITS[m.group("tenth")] * 10, None, "%", m.start(), m.end("q") if m.group("q") else m.start() + 2)
                 for m in _SHARE_OF_UNITS.finditer(text, start, end) if m.group("tenth")]
        if extra:
            qs = sorted(qs + extra, key=lambda q: q.start)
    if text.find("亿元", start, end) < 0:
        return qs
    # "全年完成固定资产投资超千亿元", "力争营业收入突破百亿元": one unit of the named order, no digit written (as the
    # facts read it; not a threshold, "培育超百亿元企业5家")
    extra = [_Q(*_ORDER_VALUE[m.group("o")], m.start("q"), m.end("q")) for m in _ORDER_PLEDGE.finditer(text, start, end)
             if not any(q.start < m.end() and m.start() < q.end for q in qs)]
    return sorted(qs + extra, key=lambda q: q.start) if extra else qs


@once
def _converted() -> re.Pattern:
    """A bracket opening on a conversion's word (cues.tsv converted_as: 约合, 折合…) and its currency, right before a figure."""
    return re.compile(r"[（(](?:" + "|".join(map(re.escape, vocab.cues().get("converted_as", ()))) + r")"
                      r"(?:人民币|美元|港元|港币|欧元|日元)?约?$")


_ORDER_PLEDGE = re.compile(r"(?:突破|超过|超|逾|达到|迈上|跨上|站上)(?P<q>(?P<o>万亿|千亿|百亿)元)"
                           r"(?=(?:以上|大关|台阶|规模)?(?:[，,。；;、\n]|$))")
_ORDER_COUNT = re.compile(r"(?:近|逾|超过|超|突破|接近)(?P<q>(?P<o>[万千百])(?P<u>人次|人|户|家|个|所|套|辆|名))"
                          r"(?=(?:以上|左右)?(?:[，,。；;、\n]|$))")
_ORDER_COUNT_MARKS = marks("近逾超突接")
_ORDER_WORDS = ("万", "千", "百")


def _order_counts(text: str, i: int, end: int) -> list:
    """``_ORDER_COUNT``'s matches in text[i:end] (i: its first bound's mark), as finditer finds them, the pattern tried
    only where an order word stands one or two characters after a mark."""
    out = []
    while i >= 0:
        if text.startswith(_ORDER_WORDS, i + 1) or text.startswith(_ORDER_WORDS, i + 2):
            m = _ORDER_COUNT.match(text, i, end)
            if m is not None:
                out.append(m)
                i = m.end() - 1
        i = find_mark(text, i + 1, end, _ORDER_COUNT_MARKS)
    return out


def _order_count(order: str, unit: str) -> tuple[float, None, str]:
    """The value and unit of a count of one order: 近万个 is 1 万个 where the unit has a 万 form, else 10000 个."""
    if order == "万":
        return (1, None, "万" + unit) if "万" + unit in _units() else (10000, None, unit)
    return numbers.ORDERS[order], None, unit


# ("突破千亿元" is 1000 亿元, the spec's unit, as the facts read it: lft65b)
_ORDER_VALUE = {"万亿": (1, None, "万亿元"), "千亿": (1000, None, "亿元"), "百亿": (100, None, "亿元")}
_ORDER_UNITS = ("万亿元", "千亿元", "百亿元")


# bare figures joined by 、 right before a figure with its unit ("供水、排水、燃气管网120、80、60公里")
# (not a figure after a letter, 第 or 前: "PM2.5、PM10", "第1、2批"; not rates and concentrations: "PM2.5、PM10平均浓度
# 分别低于35、70微克/立方米" is a list of limits, indicator facts, as tests/test_pledges8.py has it)
_BARE_RUN = re.compile(r"(?:(?<![\d.A-Za-z第前])\d+(?:\.\d+)?、){1,5}$")
_BARE_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_NOT_SHARED_UNITS = frozenset(("%", "个百分点", "百分点"))


def _shared_unit(text: str, start: int, qs: list[_Q]) -> list[_Q]:
    """The quantities, with the bare figures of a run joined by 、 before a figure with its unit, each in that unit."""
    if not qs or "、" not in text[max(start, qs[0].start - 36):qs[-1].start]:
        return qs
    out: list[_Q] = []
    for q in qs:
        if text[q.start - 1:q.start] == "、" and q.value_high is None and q.start - 1 > start \
                and "/" not in q.unit and q.unit not in _NOT_SHARED_UNITS \
                and (m := _BARE_RUN.search(text, max(start, q.start - 36), q.start)) is not None \
                and (not out or out[-1].end <= m.start()):
            out.extend(_Q(numbers.clean(float(f.group(0))), None, q.unit, f.start(), f.end())
                       for f in _BARE_FIGURE.finditer(text, m.start(), m.end()))
        out.append(q)
    return out


# a count in 个 of a bare number that names a programme ("推进5个100工程", "实施“三个一百”行动"): the programme's name, a
# slogan, no count pledged (not a count of things sized by a unit, "建设2个100兆瓦光伏项目")
_COUNT_OF_NUMBER_NAMED = re.compile(r"[“\"]?(?:\d+|[一二三四五六七八九十两百千万]+)[”\"]?(?:工程|行动|计划|专项|战略)")


def _unit_quantities(text: str, start: int, end: int) -> list[_Q]:
    """The quantities written with a unit in text[start:end] that may be pledged."""
    out, fixed_pairs = [], _fixed_pairs()
    for m in _qty_matches(text, start, end):
        s, e = m.span()
        if text[e - 1:e] == "个" and _COUNT_OF_NUMBER_NAMED.match(text, e) is not None:
            continue
        first, num, _, num2, mag, more, unit, cn, cnmore, cnunit, pct = m.groups()
        prev = text[s - 1] if s > 0 else ""
        nxt = text[e:e + 1]
        if pct is not None:
            if (v := numbers.parse_number("一" + pct if pct[0] in "百千" else pct)) is not None and prev not in ("第", "前"):
                out.append(_Q(numbers.clean(v), None, "%", s, e))
            continue
        if unit is not None:
            num = first + num
            if len(num) > 6 and _GLUED_YEAR.fullmatch(num):
                continue  # a year glued to a count by a bad conversion ("2023131个")
        if unit == "个" and nxt == "月" and _BARE_FIGURE.fullmatch(num) and _bound_reached(text, start, s):
            # "商品房去化周期缩短至15个月以内", "保持在12个月左右": a length of time a level verb reaches, a level
            out.append(_Q(numbers.clean(float(num)), None, "个月", s, e + 1))
            continue
        if (unit == "个" and (nxt == "月" or nxt == "小" and text[e + 1:e + 2] == "时")) \
                or (prev in _DURATION_LAST and text[max(start, s - 2):s] in _DURATION):
            continue  # a duration ("连续36个月", "24个小时", "为期100天"), not a count ("1500个小区", "50个小型水库")
        if (unit or cnunit) == "天" and _SUPPLY_DAYS.search(text, max(start, s - 10), s) is not None:
            continue  # days a reserve lasts ("满足30天需求"), not a count
        if unit == "个" and (nxt.isdigit() or nxt in _SPAN_NUMERALS) and _SPAN_NAMED.match(text, e):
            continue  # programmes named by their length ("实施产业振兴3个3年行动", "5个三年攻坚"), a name, no count
        if (fixed_pairs is None or text[s:s + 2] in fixed_pairs or text[s - 1:s + 1] in fixed_pairs) \
                and _in_fixed(text, start, end, s):  # (the pairs looked at here first: most counts are in none)
            continue  # a set phrase ("56个民族", "14亿人")
        if prev in ("第", "前", "向") or (prev.isascii() and prev.isalpha()) or (nxt.isascii() and nxt.isalpha()):
            continue
        if (unit or cnunit) in _digits_only_units() and (
                unit is None or nxt in _WORD_AFTER.get(unit[-1], ()) or (nxt == "、" and text[e + 1:e + 2].isdigit())
                or nxt.isdigit() or nxt in _CN):
            continue  # "一路", "18路公交", "18路、26路": no count of channels; "50支持": no teams; "1对1帮扶": a pairing
        if unit is not None:
            if num2 is None and mag is None and len(num) < 16 and num.isascii() and num.isdigit() and prev not in _DASHES:
                out.append(_Q(int(num), None, unit, s, e, bool(more)))  # (what parse_number and clean give)
                continue
            v = numbers.parse_number(num)
            v2 = numbers.parse_number(num2) if num2 else None
            if v is None:
                continue
            if mag and v >= 10000:
                continue  # "70002万余名": figures run together (one written with 万 has at most 4 digits)
            if mag == "千" or mag == "百":
                v, mag = v * (1000 if mag == "千" else 100), None  # "6千人" is 6000 人
            unit = (mag or "") + unit  # "2万余亩": 2 万亩, more
            if v2 is None and prev in _DASHES and unit[0] in _MAGNITUDE:
                low = _LOW_END.search(text, max(start, s - 14), s)
                if low and unit.endswith(low.group(3)):
                    # "1.2万—1.5万个", "5000万—1亿元", "8000万元至1.2亿元": a range, each end written with
                    # its magnitude (the low end put in the unit's)
                    s, v2 = low.start(), v
                    v = numbers.clean(numbers.parse_number(low.group(1)) * _MAGNITUDE[low.group(2)] / _MAGNITUDE[unit[0]])
                    if out and out[-1].end > s:
                        out.pop()
            if v2 is not None and v2 <= v:
                v2 = None
            out.append(_Q(numbers.clean(v), numbers.clean(v2) if v2 is not None else None, unit, s, e, bool(more)))
        else:
            cn, unit = first + cn, cnunit
            # (a lone 十 right after an action verb counts too: "创建十个省级示范村", not "十大工程"; so does one
            # closing a verb's clause after its object: "新建学校十所，")
            if (cn in ("万", "亿", "千", "百", "十") and not (cnmore and cn in "十百千")
                    and not (cn == "十" and (_verb_before(text, s) or _cn_after_object(text, start, s, e)))
                    and not (cn in ("百", "千") and prev == "近" and _cn_after_object(text, start, s, e))) \
                    or cn.startswith(("万", "亿", "零", "〇")):
                continue  # (a lone 十, 百 or 千 counts only with 余 or 多 after it: "十余所", not "十大工程")
            # a Chinese numeral counts right after an action verb ("新建一所", "升格一所") or, ending a
            # clause, after the object of a verb before it ("新建幼儿园两所，"): not in a name or slogan
            if not _verb_before(text, s) and not _cn_after_object(text, start, s, e) and not _cn_before_status(text, e, end) \
                    and not _cn_for_whom(text, start, s, unit) and not _cn_in_run(text, start, s, out):
                continue
            if _numeral_place_at(text, s):
                continue  # "改造三台县人民医院", "推动七台河市…": a place whose name opens with a numeral, no count
            if unit in ("项", "场") and text.startswith(_named_set_ends(), e):
                # "推进“四在农家·美丽乡村”基础设施建设六项行动计划", "落实稳增长十项措施": a named set of actions or
                # measures written in words, not a count of things done (a verb's noun before it is no action);
                # and a list's campaigns counted after its last name ("蓝天、碧水、净土、固废治理和乡村环境整治五场
                # 战役": the 整治 that ends a name is no verb of the count)
                continue
            if cn == "一" and unit in ("次", "轮") and "\u4e00" <= text[e:e + 1] <= "\u9fff":
                # "为…老年人提供一次免费健康体检", "上下半年各组织开展一次重点项目观摩活动": once, how often a work is
                # done, not a count of it (the count of those it is for stays: 4万名)
                continue
            if unit == "天" and "\u4e00" <= text[e:e + 1] <= "\u9fff" and text[e] not in _DAYS_BOUND:
                # "完成九天洞景区创建…": days written in words run into a name (九天洞), or how long a work lasts
                # ("开展三天集中培训"), never a count pledged
                continue
            if cn == "一" and _ONE_EACH.match(text, e, end) is not None:
                # "实行一个项目、一名领导、一套班子、一抓到底的工作机制": a way of working named by one of each, no count
                continue
            if cn in ("百", "千"):
                cn = "一" + cn  # ("百余家": parse_number reads 一百)
            if len(cn) > 1 and cn[-1] in "万亿" and not unit.startswith(("万", "亿")):
                v = numbers.parse_number(cn[:-1])
                unit = cn[-1] + unit
            else:
                v = numbers.parse_number(cn)
            if v is None:
                continue
            if prev in _DASHES and (low := _CN_LOW_END.search(text, max(start, s - 9), s - 1)) is not None \
                    and (lv := numbers.parse_number(low.group(0))) is not None and lv < v:
                # "招引亿元以上项目二十至三十个": a range in numerals, its low end's unit left out (as "5至8所")
                out.append(_Q(numbers.clean(lv), numbers.clean(v), unit, low.start(), e))
                continue
            out.append(_Q(numbers.clean(v), None, unit, s, e, bool(cnmore)))
    if out and text.find("头", start, end) >= 0:  # (a cheap test: most spans count no livestock)
        for q in out:
            if q.unit.endswith("头") and (m := _livestock_note().match(text, q.end, end)) is not None:
                # "牲畜存栏1700万头（只、匹）以上": the other animals counted are part of the unit, its bound after them
                q.unit, q.end = q.unit + m.group(), m.end()
    return out


_CN_LOW_END = re.compile(rf"(?<![{_CN}])[{_CN}]{{1,8}}$")


def _cn_in_run(text: str, start: int, s: int, out: list[_Q]) -> bool:
    """Whether a Chinese numeral at s goes on a run of counts in numerals, right after the one before and 、/和
    ("新建改造供水、排水管网一百二十公里、八十公里"), or opens one after 分别 ("分别为一百二十公里、…")."""
    if s > start and text[s - 1] in "、和及与" and out and out[-1].end == s - 1 and not _A_FIGURE_DIGIT.match(text, out[-1].start):
        return True
    return text.endswith(_RUN_OPENS, start, s)


_RUN_OPENS = ("分别为", "分别是", "分别")


@once
def _livestock_note() -> re.Pattern:
    """The other animals of a livestock count in brackets after 头, two or more joined by 、 (cues.tsv livestock_note)."""
    kinds = "|".join(map(re.escape, sorted(vocab.cues()["livestock_note"], key=lambda w: (-len(w), w))))
    return re.compile(rf"[（(](?:{kinds})(?:、(?:{kinds})){{1,3}}[）)]")


# a part that explains the year's targets ("（二）关于主要预期目标的几点说明", "关于计划指标的说明")
_EXPLAINS_TARGETS = re.compile(r"关于[^>]{0,24}(?:目标|指标)[^>]{0,8}说明")
_PLACE_SUFFIXES = ("县", "市", "区", "旗", "州", "盟")


@once
def _numeral_places() -> dict[str, tuple[str, ...]]:
    """The names of divisions that open with a Chinese numeral (三台县, 七台河市, 九台区; a short name with its
    level's word: 五峰县), and of the single places named so that are no division (cues.tsv numeral_names: 五台山,
    九眼桥), by their first two characters."""
    from .. import regions
    gz = regions.gazetteer()
    names = {n for n in gz.by_name if n[:1] and n[0] in _CN and len(n) > 2}
    names |= {n + x for n in gz.by_short if n[:1] and n[0] in _CN and len(n) >= 2 for x in _PLACE_SUFFIXES}
    names |= {n for n in vocab.cues().get("numeral_names", ()) if len(n) > 2}
    out: dict[str, list[str]] = {}
    for n in names:
        out.setdefault(n[:2], []).append(n)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _numeral_place_at(text: str, s: int) -> bool:
    """Whether a division's name opening with a numeral starts at ``s`` (a count's numeral is its first character)."""
    return any(text.startswith(n, s) for n in _numeral_places().get(text[s:s + 2], ()))


@once
def _fixed_words() -> tuple[str, ...]:
    return tuple(c[0] for c in vocab.table("pledge_fixed.tsv") if c and c[0])


@once
def _fixed_re() -> re.Pattern | None:
    words = _fixed_words()
    return re.compile(longest_first(words)) if words else None


def _fixed_iter(text: str, start: int, end: int):
    """The spans of the set phrases (pledge_fixed.tsv) in text[start:end], found one at a time."""
    pat = _fixed_re()
    return (m.span() for m in pat.finditer(text, start, end)) if pat else iter(())


@once
def _fixed_reach() -> int:
    return _reach(_fixed_words())


def _reach(words) -> int:
    """The length of the longest of words if no two can overlap (none holds another after its first
    character, none ends with the beginning of another), else 0."""
    for a in words:
        for b in words:
            if b in a[1:] or any(b.startswith(a[k:]) for k in range(1, len(a))):
                return 0
    return max(map(len, words), default=0)


@lru_cache(maxsize=1)
def _pairs_of(words: tuple[str, ...]) -> frozenset[str] | None:
    """The two-character stretches of words (None if one of them is a single character)."""
    if any(len(w) < 2 for w in words):
        return None
    return frozenset(w[i:i + 2] for w in words for i in range(len(w) - 1))


@once
def _fixed_pairs() -> frozenset[str] | None:
    """The two-character stretches one of which a set phrase holding a position holds there (the
    stretch from it or the one up to it), where ``_in_fixed`` reads them; None where it does not."""
    return _pairs_of(_fixed_words()) if _fixed_reach() else None


def _in_fixed(text: str, start: int, end: int, s: int) -> bool:
    """Whether a set phrase that ``_fixed_iter(text, start, end)`` gives holds position s. Phrases
    that cannot overlap are each found wherever written: only the stretch of one phrase's length
    around s is searched, not the text from start (else it is read from start up to s)."""
    reach = _fixed_reach()
    if not reach:
        held = None
        for span in _fixed_iter(text, start, end):
            if span[0] > s:
                break
            held = span
        return held is not None and s < held[1]
    # (a phrase holding s holds the two characters from s or the two up to it: most counts are in none)
    pairs = _pairs_of(_fixed_words())
    if pairs is not None and text[s:s + 2] not in pairs and text[s - 1:s + 1] not in pairs:
        return False
    pat, at, stop = _fixed_re(), max(start, s - reach + 1), min(end, s + reach)
    while True:  # (a phrase begun by s ends by s + reach: the stretch holds it whole)
        m = pat.search(text, at, stop)
        if m is None or m.start() > s:
            return False
        if m.end() > s:
            return True
        at = m.end()


_ITEM_OPENS = re.compile(r"[ \t\u3000]*")
_NAMED_BACK = re.compile(r"[ \t\u3000]*(?:这一|该|此|上述|这个)(?:预期)?(?:目标|增速)")


def _sentence_item(text: str, ps: int, pe: int) -> bool:
    """Whether the paragraph [ps, pe), one sentence, is an item of a target list set one sentence a paragraph: it opens
    on an indicator's name with no figure before it (not on a task's verb, "新增城镇就业…": the name must stand first), or
    on the target named back (这一增速, 该目标)."""
    if _NAMED_BACK.match(text, ps, pe) is not None:
        return True
    h = _ITEM_OPENS.match(text, ps, pe).end()
    if (a := _arranged_item_re().match(text, h, pe)) is not None:
        # (or on a target its rate sets first, after a word that adds it to the list: "同时，按照增长7%左右安排固定资产投资
        # 预期目标，…，按照每人每年2000元安排城乡居民医保财政补助。", the list's last sentence set apart; decision 433)
        h = a.end()
    c = find_mark(text, h, pe, _ITEM_CLAUSE_MARKS)
    m = _indicator_re().search(text, h, c if c >= 0 else pe)
    if m is not None and h < m.start() <= h + 10 and _part_item_re().fullmatch(text, h, m.start()) is not None:
        # (or on a zone's name right before the indicator's, cues.tsv table_part_words: "高新区地区生产总值增长10%以上。" a
        # paragraph of its own under the list, a part's target as in the list's paragraph; prn65)
        h = m.start()
    # (a name opening on a verb of new things is a task's, as in _target_list: "新增城镇就业2.5万人。" after the list;
    # and so is a sentence with a clause of such a task, "固定资产投资完成190亿元以上，新开工项目200个"; a task's clause
    # with no figure pledges nothing and closes a list as well, "…能耗下降3.2%，完成国家下达的主要污染物减排任务。")
    return m is not None and m.start() == h and not any(
        (v := _verb_re().match(text, cs)) is not None and _task_clause_verb(v.group(0)) and _has_digit(text, cs, ce)
        for cs, ce in numbers.clauses(text, h, pe, _SEP))


@once
def _part_item_re() -> re.Pattern:
    """A zone's name opening a target list's item before its indicator's name: a few characters, then a zone's word
    (cues.tsv table_part_words: 高新区, 经开区, 开发区…)."""
    return re.compile(r"[\u4e00-\u9fff]{0,6}(?:" + longest_first(vocab.cues()["table_part_words"]) + ")")


def _has_digit(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] holds a digit (a figure's, Arabic or full-width)."""
    return any(ch.isdigit() for ch in text[s:e])


@once
def _arranged_item_re() -> re.Pattern:
    """A list's word that adds a sentence to it (cues.tsv list_sentence_adds: 同时, 此外) or none, then 按照 (or 按), a rate
    and a verb setting a target (cues.tsv arranged_verbs, arranged_rises, arranged_falls; facts._arranged_before_re), the
    indicator's name to follow ("同时，按照增长7%左右安排"…"固定资产投资预期目标")."""
    cues = vocab.cues()
    adds = longest_first(cues.get("list_sentence_adds", ())) or "(?!)"
    return re.compile(r"(?:(?:" + adds + r")[，,]?)?(?:按照|按)(?:" + longest_first(cues["arranged_rises"] + cues["arranged_falls"])
                      + r")[\d.]+[%％](?:左右|以上|以内)?(?:的(?:增速|增幅|增长))?(?:" + longest_first(cues["arranged_verbs"]) + r")")


def _task_clause_verb(word: str) -> bool:
    """A verb that opens a task's clause: one of new things (新增, 新建), of works begun or done (新开工, 建成), or that
    carries out a task (实施, 完成); not 实现 or 达标, which a target's clause opens with too."""
    kind = verbs()[word]
    return kind == "action" or kind == "stop" and word not in ("实现", "达标") or word in _task_verbs()


@once
def _list_leads() -> dict[str, tuple[str, ...]]:
    return {c[0]: tuple(c[1].split("/")) for c in vocab.table("pledge_part_lists.tsv") if len(c) > 1}


_NEWS_TARGETS_HEAD = re.compile(YEAR_TARGETS_HEAD)  # (a news page's sub-head: "今年目标", "数读2024年目标")
# (and "【2020年主要目标】" over an infographic's "figure  name" lines: "900万人以上  城镇新增就业"; a report's own title
# "今年主要目标" over prose keeps its task-like items' pledges)
# a row of a target list as an infographic sets it: a mark, the indicator's name (its unit in brackets), then a colon
# or a bar before its target ("●城镇新增就业：24万人以上", "地区生产总值｜增长5%左右")
_ROW_MARKS = frozenset("：:｜|")
_TARGET_ROW_OPENS = re.compile(r"[ \t\u3000]*(?:——|[-•·●◆★☆■□▲△▶►▸◇○◎✔√➤✅📌][ \t\u3000]*)?(?:全[省市县区州旗盟])?")
_TARGET_ROW_LABEL_END = re.compile(r"[ \t\u3000]*(?:[（(][^）)\n]{1,6}[）)])?[ \t\u3000]*[：:｜|]")


# a line titling the year's targets alone ("今年目标", "2022年主要预期目标", "【2025年经济社会发展主要预期目标】")
# a part titled for the year's targets and tasks together ("二、2021年目标任务", "（二）今年主要目标任务"): the paragraph
# right under it of indicators' figures alone is the year's target list, as under "主要预期目标" alone on its line
# (the targets and the key works named apart, cues.tsv target_tasks_titles: "三、2021年主要预期目标和重点工作", adv62e)
_TARGET_TASKS_PART = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])?[ \t\u3000]*"
                                r"(?:(?:19|20)\d\d年|今年|年度|全年)的?(?:主要)?(?:"
                                + longest_first(vocab.cues()["target_tasks_titles"]) + ")")
_TARGETS_TITLE_LINE = re.compile(r"[【〔\[]?(?:(?:19|20)\d\d年?|今年|年度|全年)?的?(?:全[省市县区州旗盟])?(?:经济社会发展|国民经济和社会发展)?的?"
                                 r"(?:主要)?(?:预期)?目标[】〕\]]?[：:]?")


def _target_row(text: str, ps: int, pe: int, figure_next: bool = False) -> bool:
    """Whether the paragraph [ps, pe) is a row whose label is an indicator's name (``_TARGET_ROW_OPENS``, the name, then
    ``_TARGET_ROW_LABEL_END``); with ``figure_next``, its figure right after the label (``_ROW_FIGURE``)."""
    h = _TARGET_ROW_OPENS.match(text, ps, pe).end()
    m = _indicator_re().search(text, h, min(pe, h + 24))
    return m is not None and m.start() == h and (le := _TARGET_ROW_LABEL_END.match(text, m.end(), pe)) is not None \
        and (not figure_next or _ROW_FIGURE.match(text, le.end(), pe) is not None)


def _bare_target_row(text: str, ps: int, pe: int) -> bool:
    """Whether the paragraph [ps, pe) is a bare row of one indicator's figure, no colon after its name: the name opening
    it (after a bullet), its figure right after the name (``_ROW_FIGURE``), the line one item (no clause mark inside):
    "地区生产总值增长7.5%左右", "城镇新增就业10万人" under a card's head looking ahead to the year ("【展望2021】"),
    decision 348 (a task under it opens on its verb: "新建公办幼儿园12所" is read)."""
    h = _TARGET_ROW_OPENS.match(text, ps, pe).end()
    m = _indicator_re().search(text, h, min(pe, h + 24))
    if m is None or m.start() != h or _ROW_FIGURE.match(text, m.end(), pe) is None:
        return False
    e = pe
    while e > ps and text[e - 1] in "。；; \t\u3000\n":
        e -= 1
    return find_mark(text, h, e, _BARE_ROW_MARKS) < 0


_BARE_ROW_MARKS = marks("，,；;。：:、")
# a row's figure right after its label, a change's word before it or not ("增长8%", "4万人以上", "涨幅3%左右")
_ROW_FIGURE = re.compile(r"[ \t\u3000]*(?:同比)?(?:增长|增速|涨幅|上涨|下降|降低|提高|控制在|稳定在|保持在|达到)?[ \t\u3000]*\d")
# a news sub-head over a card of a year, no work named ("【展望2024】", "展望2025", "◆展望2026年"; cues.tsv card_heads:
# "【速览2026】", "【数读2026】", "【聚焦2025】" — a card in the tasks part, its year the one ahead)
@once
def _ahead_year_head() -> re.Pattern:
    """A card's sub-head: a word of cues.tsv card_heads and a year, in brackets or after a mark or neither."""
    words = sorted(vocab.cues().get("card_heads", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[【〔\[◆●■▌]?\s*(?:" + "|".join(map(re.escape, words)) + r")\s*(?:19|20)\d\d年?\s*[】〕\]]?")


_MAIN_TARGETS_HEAD = re.compile(r"(?:今年|年度|(?:19|20)\d\d年?)的?(?:主要|发展)(?:预期)?目标$")
# (the words a clause's subject ends with, before its verb; 确定, 明确 as 提出: "今年确定增长6%" on an explainer's card)
_SUBJECT_ENDS = ("将", "提出", "确定", "明确", "表示", "力争", "争取")
_PROPOSING = re.compile(r"建议|拟|初步|安排|确定|考虑|如下")


def _target_lead(para: str) -> bool:
    """Whether PARA leads the year's target list ("主要预期目标建议为："), not a part's list of goals
    ("民生实事主要目标安排如下：", "重点项目主要指标安排如下：", "农业农村发展主要指标安排如下：": its items pledges)."""
    m = _target_list_search(para)
    if m is None:
        return False
    before = para[:m.start()].removesuffix("主要").removesuffix("的").rstrip()
    leads = _list_leads()
    if before.endswith(leads.get("part", ())):
        return False
    # (a lead proposing them: the region's or the year's own, named right before)
    return not _PROPOSING.search(m.group(0)) or not before or before.endswith(leads.get("whole", ()))


def _counted_before_task(text: str, word: str, q, vs) -> bool:
    """Whether a count closed by a bare task word ("任务。") counts what the verb before it acts on ("完成减少农村贫困人口
    4500人、退出贫困村12个任务。": 贫困村, the task the count of the villages), not the report's own tasks ("今年将重点抓好
    八项任务。", "完成12项重点任务", the count right after its verb): an object stands between the verb and the count."""
    if word[-1:] not in "。：:":
        return False
    if q.unit not in _OWN_ITEM_COUNTERS:
        return True  # ("完成农村危房改造800户任务。": households, persons, kilometres count things, no item of the report)
    v = max((v for v in vs if v.end <= q.start), key=lambda v: v.end, default=None)
    between = text[v.end:q.start] if v is not None else ""
    return len(between) >= 2 and "的" not in between and _OBJECT_CHARS.fullmatch(between) is not None


_OWN_ITEM_COUNTERS = frozenset(("项", "个", "件", "大", "条", "类", "批", "场", ""))  # (what the report's own items are counted in)
_OBJECT_CHARS = re.compile(r"[\u4e00-\u9fff]+")  # (an object's words: no mark, figure or space between verb and count)


_SECOND_COUNT = re.compile(r"共?(?:\d+|[一二三四五六七八九十百]+)(?:大类|项|件|个|类|批|条)")


def _past_second_count(text: str, at: int) -> int:
    """Where the words after a count begin past a second count of the same list ("办好10件30项民生实事", "10件共30项",
    "实施8大类26项民心工程": the list counted twice, its items and their parts), else ``at``."""
    m = _SECOND_COUNT.match(text, at)
    return m.end() if m is not None else at


@once
def _report_words_re() -> re.Pattern:
    """The words of a count of the report's own text (cues.tsv report_word_counts: 一词出现了, 提及…)."""
    return re.compile(longest_first(vocab.cues().get("report_word_counts", ())))


def _report_words_counted(text: str, lo: int, at: int) -> bool:
    """Whether the clause before a count in 次 counts the report's words ("“民生”一词出现了46次", "提及“民营经济”12
    次"): a reporter's tally of the text, no work pledged."""
    return _report_words_re().search(text, lo, at) is not None


@once
def _per_time_re() -> re.Pattern:
    return re.compile(longest_first(vocab.cues().get("per_time_words", ())) or "(?!)")


def _how_often(text: str, lo: int, q: "_Q") -> bool:
    """Whether a count in 次 says how often a thing is done, not how much: once ("为65岁以上老年人免费体检一次", "每周召开
    一次调度会"), or a count after a period each (cues.tsv per_time_words: "每年体检两次") — no work counted (decision 492)."""
    return q.value == 1 or _per_time_re().search(text, lo, q.start) is not None


@once
def _own_items_re() -> re.Pattern | None:
    words = [c[0] for c in vocab.table("pledge_own_items.tsv") if c and c[0]]
    return re.compile(longest_first(words)) if words else None


_TALLY_BEFORE = frozenset("，,有")  # (the character right before a tally's count: the comma after 中, or 有)
_TALLY_LEAD = re.compile(r"中[，,]有?$")


@once
def _tally_states() -> re.Pattern:
    """The words of a state reached after a tally's count (cues.tsv tally_states: 达到或超过, 序时进度, 已, 提前…)."""
    return re.compile(longest_first(vocab.cues().get("tally_states", ())))


def _tally_of_set(text: str, q: "_Q", end: int) -> bool:
    """Whether the count ``q`` opens a clause right after a set named with 中 ("规划确定的28项主要指标中，24项…", "…中，有10项…")
    and a word of the state its members reached follows it in the clause: a tally of how many are done, no work pledged
    ("其中30个年内开工", a part of the year's projects to start, is no tally)."""
    if _TALLY_LEAD.search(text, max(0, q.start - 3), q.start) is None:
        return False
    return _tally_states().search(text, q.end, min(end, q.end + 12)) is not None


@once
def _developed_units() -> tuple[str, ...]:
    """The region's administrative parts counted as a whole (``cues.tsv`` developed_units)."""
    return vocab.cues().get("developed_units", ())


def _ends_in_development(text: str, at: int) -> bool:
    """Whether the clause from ``at`` ends in 发展, its only work: the counted places develop, nothing is counted done."""
    m = _SENTENCE_PART_END.search(text, at)  # (not 、, written inside "县（市、区）")
    end = m.start() if m else len(text)
    return text.endswith("发展", at, end)


_SENTENCE_PART_END = re.compile(r"[，,；;。：:\n]")


@once
def _threshold_units() -> frozenset[str]:
    """Units of amounts and sizes: "10亿元以上项目", "30万千瓦以下煤电机组" name a class, not a count; so do
    capacities ("淘汰5000吨/年以下玻璃生产线": pledge_units.tsv's "capacity a day/a year" rows)."""
    sizes = {"length", "area", "weight", "volume", "power", "energy", "money"}
    out = {c[0] for c in vocab.table("pledge_units.tsv") if len(c) > 1 and (c[1] in sizes or c[1].startswith("capacity "))}
    out |= {p + u for u in set(out) for p in ("万", "亿")}
    return frozenset(out)


_REACHED_LAST = frozenset("至到在")


def _bound_reached(text: str, start: int, s: int) -> bool:
    """Whether a level verb that names the bound reached ends right before ``s`` ("缩短至", "保持在", "控制在")."""
    if text[s - 1:s] not in _REACHED_LAST:
        return False
    kinds = verbs()
    return any(s - k >= start and kinds.get(text[s - k:s]) == "level" for k in (3, 2))


def _is_threshold(text: str, q: _Q, qend: int) -> bool:
    if qend == q.end and text.startswith(("及以上", "及以下"), q.end):
        qend += 3  # ("淘汰10蒸吨及以下燃煤锅炉800台": 及以上/及以下 is no qualifier of the figure, but a threshold)
    unit_ok = q.unit in _threshold_units() or q.unit.endswith("元") or (
        q.unit == "人" and text.startswith(_SIZED_BY_PEOPLE, qend)  # ("消除56人以上大班额": classes by their size)
        # ("实现25户以上自然村通双车道", "30户以上村民组通硬化路", "25户以上自然湾通水泥路", "100人以上自然屯通客车":
        # settlements by their size, cues.tsv sized_settlements)
        or q.unit in ("户", "人") and text.startswith(_sized_settlements(), qend))
    # (a size of households or people paired with a second threshold closed by 的: "用工100人以上、年产值5000万元以上的
    # 企业20家")
    paired = text[qend:qend + 1] in _PAIR_JOINS and _second_threshold().match(text, qend + 1) is not None
    return (unit_ok or paired and q.unit in _SIZE_COUNTS) and text[q.end:qend] in ("以上", "以下", "及以上", "及以下") and (bool(
        _CJK.match(text[qend:qend + 1])) and not text.startswith(("和", "或"), qend)
        and verbs().get(text[qend:qend + 2]) not in ("end", "fiscal")  # (not "整合资金20亿元以上投入扶贫开发": what it is for)
        or paired)


# a second threshold of money joined to the first by 和/且 and closed by 的 ("集体经济年收入20万元以上和经营性收入10万元以上的
# 村300个"): both pick out the units counted after them, neither is a count; so after 、 ("年收入30万元以上、经营性收入
# 15万元以上的村500个") and with the second's name left out ("经营性收入30万元以上、50万元以上的村分别为20个、8个")
_PAIR_JOINS = frozenset("和且、")
# (of a size too, the units of _threshold_units and households or people: "年营业收入2000万元以上、带动农户500户以上的
# 农业龙头企业10家", "年产值5000万元以上、用工100人以上的企业")
_SIZE_COUNTS = ("户", "人", "万户", "万人")


@once
def _second_threshold() -> re.Pattern:
    """A second threshold after a pair's joiner, closed by 的 (money, a size, households or people); not 的 of a target
    the two figures make ("培训农民工5000人以上、带动就业2000人以上的目标任务")."""
    units = sorted(_threshold_units() | {"元", "万元", "亿元", *_SIZE_COUNTS}, key=lambda w: (-len(w), w))
    return re.compile(r"[\u4e00-\u9fff]{0,10}?\d+(?:\.\d+)?(?:" + "|".join(map(re.escape, units)) + ")(?:以上|以下)的(?!目标|任务)")


_CN_QUALIFIERS = ("以上", "左右", "以内")
_NAMES_COUNTED_BY = frozenset(("个", "家", "所", "座", "处", "条", "项"))
_SIZED_BY_PEOPLE = ("大班额", "超大班额", "班额", "班级")


@once
def _sized_settlements() -> tuple[str, ...]:
    """Settlements a count of households or people before them sizes (cues.tsv sized_settlements), also after 的."""
    words = vocab.cues().get("sized_settlements", ())
    return tuple(sorted({*words, *("的" + w for w in words)}, key=lambda w: (-len(w), w)))


_CLAUSE_END = frozenset("，,；;。、\n")


def _cn_after_object(text: str, start: int, s: int, e: int) -> bool:
    """Whether a Chinese numeral at text[s:e] closes a verb's clause after its object ("改造卫生院十五个，",
    "新增规上企业二十家以上。")."""
    if text.startswith(_CN_QUALIFIERS, e):
        e += 2
    if e < len(text) and text[e] not in _CLAUSE_END or not _CJK.match(text[s - 1:s]) or text[s - 1] in _CN:
        return False
    # (every sentence end too: a paragraph's scan must read the clause a sentence's scan reads)
    cs = max(start, rfind_mark(text, start, s, _CN_CLAUSE_SET) + 1)  # (one backward walk, not eleven finds)
    kinds = verbs()
    return any(len(m.group(0)) > 1 and kinds[m.group(0)] != "noun" for m in _verb_scan().finditer(text, cs, s))


def _cn_for_whom(text: str, start: int, s: int, unit: str) -> bool:
    """Whether a Chinese numeral at s counts the people or households a task is done for, opening its clause after
    为/给/帮/对 ("为全市二十万名农村学生提供营养改善计划补助", "为两万户困难家庭…"), as digits there do (``_for_whom``)."""
    if not unit.endswith(_WHOM_UNITS):
        return False
    cs = max(start, rfind_mark(text, start, s, _CN_CLAUSE_SET) + 1)
    return _FOR.fullmatch(text, cs, s) is not None and find_mark(text, cs, s, _FOR_MARKS) >= 0


_WHOM_UNITS = ("名", "人", "户", "人次")  # (the units whom a task is done for is counted in)
_FOR_MARKS = marks("为给帮对")


def _cn_before_status(text: str, e: int, end: int) -> bool:
    """Whether a Chinese numeral ending at e counts the things a status closing its clause is said of
    ("确保三个贫困县脱贫摘帽、120个贫困村退出": 三个 counts the counties that 脱贫摘帽; not "三个代表")."""
    lim = min(end, e + 16)
    m = _CLAUSE_END_RE.search(text, e, lim)
    j = m.start() if m else lim
    if m is None and lim < end or text.find("的", e, j) >= 0:
        return False  # ("…“一带一路”八项行动的落实落地": a named set of actions, not a count of things)
    return _stop_end_re().search(text, e + 1, j) is not None


# the end of a target list's line's first clause (a pair of names joined by 、 stays in it)
_ITEM_CLAUSE_MARKS = marks("，,；;。\n")
_CN_CLAUSE_SET = marks("，,；;。：:！？!?")  # (_cn_after_object's clause marks)
_A_FIGURE_DIGIT = re.compile(r"[0-9０-９]")
_CLAUSE_END_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_END))) + "]")


@once
def _stop_end_re() -> re.Pattern:
    """A status verb (kind stop) ending where the search ends."""
    return re.compile("(?:" + longest_first(w for w, k in verbs().items() if k == "stop") + ")$")


def _verb_before(text: str, pos: int) -> str | None:
    found, lens = _verb_set()
    for k in lens:
        if pos >= k and text[pos - k:pos] in found:
            return text[pos - k:pos]
    return None


@once
def _verb_set() -> tuple[frozenset[str], tuple[int, ...]]:
    vs = frozenset(verbs())
    return vs, tuple(sorted({len(v) for v in vs}, reverse=True))


# the report's words quoted on a news page, after the verb that tells them ("报告提出，“实施省大中型项目3000个以上，完成年度
# 投资1.5万亿元以上”"): no name in quotes, its figures are the report's
# (the report telling, not a person: a deputy's or an official's words quoted pledge nothing for the region)
_QUOTE_TOLD = re.compile(r"报告(?:中|还|亦|也|并)?(?:提出|明确|指出|强调|部署|要求|写道|写到|称)[，,：:]?$")


def _in_quotes(text: str, s0: int, pos: int) -> bool:
    seg = text[s0:pos]
    if seg.count("“") <= seg.count("”"):
        return False
    q = s0 + seg.rfind("“")
    if _QUOTE_TOLD.search(text, max(0, q - 6), q) is None:
        # (a deputy's quote that cites the report: "王建国说：“报告提出今年新建改造城市道路100条…”": the report's words)
        return not (text.startswith("报告", q + 1) or text.startswith("政府工作报告", q + 1)) or not _report_told(text, q + 1, pos)
    # (a passage, not a term: a clause mark inside the quote)
    close = text.find("”", pos, pos + 200)
    return find_mark(text, q + 1, close if close >= 0 else pos, _QUOTE_CLAUSE) < 0


_QUOTE_CLAUSE = marks("，,；;")


class _Verb:
    """A pledge verb: the word, its span, and its kind (verbs()[word], looked up once). An extension type compiled."""
    __slots__ = ("word", "start", "end", "kind")
    FIELDS = ("word", "start", "end", "kind")

    def __init__(self, word, start, end, kind):
        self.word = word
        self.start = start
        self.end = end
        self.kind = kind

    def __repr__(self) -> str:
        return f"_Verb({self.word!r}, {self.start!r}, {self.end!r}, {self.kind!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, _Verb) and _fields(self) == _fields(other)

    __hash__ = None


@once
def _verbs_hold_no_separator() -> bool:
    return not any(c in w for w in verbs() for c in _SEP + "、")


# quoted names right before a figure ("“电代煤”“气代煤”180万户", "“三清三拆”1000个村")
_QUOTED_THEN_FIGURE = re.compile(r"(?:“[^”\n]{1,12}”[、和及与]?){1,4}\d")
# verbs that are the thing handed out after another verb ("发放购房补贴2000万元": 发放 acts; "汽车以旧换新补贴
# 3万辆": 补贴 does)
_NOUN_AFTER_VERB = frozenset({"补贴"})


@once
def _years_rate_nouns() -> tuple[str, ...]:
    """The rates over years pledge_verbs.tsv names as nouns (年均增长, 两年平均增长…: a multi-year goal, not a pledge)."""
    return tuple(sorted((w for w, k in verbs().items() if k == "noun" and ("年均" in w or "年平均" in w)), key=lambda w: (-len(w), w)))


_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]")


def _verbs_in(text: str, s: int, e: int, holds: tuple[bool, bool, bool] = (True, True, True)) -> list[_Verb]:
    """The verbs of text[s:e]; ``holds``: whether a stretch around it holds a (, a （ and a “ (where it holds
    none, the find is not made)."""
    # a one-character verb ("达") only counts right before its number ("率达75%", not "碳达峰")
    # a "noun" entry ("增加值", "年均增长") hides the verb inside it
    kinds, out, project_verbs, area_verbs, goods_verbs = verbs(), [], _project_verbs(), _area_verbs(), _goods_verbs()
    each_verbs = _each_verbs()
    b_open = text.find("(", s, e) if holds[0] else -1  # (a note's verb is looked for only after a bracket)
    b2 = text.find("（", s, e) if holds[1] else -1
    if b2 >= 0 and not 0 <= b_open < b2:
        b_open = b2  # (the first of the two brackets; no generator made)
    q_open = text.find("“", s, e) if holds[2] else -1  # (a verb inside a quoted name does not act: "实施“千村示范万村整治”工程村庄50个")
    ways_end = -1  # (the end of the quoted names of a work's ways skipped below: their own verbs do not act)
    for m in _verb_scan().finditer(text, s, e):
        w, ve, ms = m.group(0), m.end(), m.start()
        # (read once a verb, not once a test: where it starts (a method call, compiled too), its kind, the characters
        # before and after it (a slice of UCS-2 text allocates), whether the verb found before it is an action (out
        # changes only where a test below continues); read again where the verb is moved: 共建设, 能力提升到, 创新发展)
        kw = kinds[w]
        if kw == "noun" and (g := _grant_funds_nouns().get(w)) is not None and _after_each(text, ms):
            # ("为56个贫困县每县补助资金2000万元": after a word of each the grant verb acts on the funds that a noun row names
            # whole elsewhere, "衔接推进乡村振兴补助资金12亿元")
            w, ve = g, ms + len(g)
            kw = kinds[w]
        if w in each_verbs and not _after_each(text, ms):
            continue  # ("奖补资金", "补助标准": a grant named, no action; "每村补助…" acts)
        if w in each_verbs and out and out[-1].end <= ms and _funds_before_each(text, ms, ve) \
                and (fb := _funds_before_each_span(text, ms)) is not None:
            # ("集体经济发展资金每村奖补30万元": a verb inside the funds' name before the word of each does not act, the
            # grant verb after it does; adv65)
            while out and out[-1].start >= fb[1]:
                out.pop()
        if out and out[-1].word in each_verbs and out[-1].kind == "action" \
                and (fa := _grant_funds_ahead().match(text, out[-1].end)) is not None and ms < fa.end():
            continue  # ("每个村补助建设资金20万元", "每村奖补集体经济发展资金30万元": a verb inside the funds' name the
            # grant verb names before their amount does not act, the grant verb does; rec64)
        if out and out[-1].word in each_verbs and out[-1].kind == "action" and text[out[-1].end:out[-1].end + 1].isdigit() \
                and (fa := _grant_amount_then_funds().match(text, out[-1].end)) is not None and ms < fa.end():
            continue  # ("每村补助40万元产业发展资金": nor one inside the funds named after the amount; adv65)
        before, after = text[ms - 1:ms], text[ve:ve + 1]
        after_action = bool(out) and out[-1].kind == "action"
        if ms < ways_end:
            continue  # ("完成城乡散煤治理“电代煤”“气代煤”180万户": the quoted names after the work's skipped verb)
        if ms > s and text[ms - 1] not in _SCOPE_OPENS_AFTER and w in _opening_scopes():
            continue  # ("新增的5000个学位满足入学需求": inside its clause 满足 names no one reached, the verb before acts)
        if 0 <= q_open < ms and after_action \
                and (q := text.rfind("“", out[-1].end, ms)) >= 0 and text.find("”", q, ms) < 0 \
                and _QUOTED_THEN_FIGURE.match(text, q) and not _CLAUSE_BREAK.search(text, out[-1].end, ms):
            continue  # ("完成国土绿化“春季造林”“秋冬植树”300万亩": a verb inside quoted names right before the figure names
            # a way of the work, the action before them acts)
        if 0 <= q_open < ms and after_action and text[out[-1].end:out[-1].end + 1] == "“" \
                and text.find("”", out[-1].end, ms) < 0:
            continue  # (in the quote opened right after the action, still open)
        if after_action and text[ve + 1:ve + 2].isdigit() and _NOUN_START.match(text, ve) \
                and text[ve] not in _NOT_ONE_NOUN and not _CLAUSE_BREAK.search(text, out[-1].end, ms):
            continue  # "实施乡村振兴示范创建村30个", "开展培训班30期": a verb before one character and its figure names it
        if after_action and after == "“" and (ms > out[-1].end + 1 or kw == "whole") \
                and (qf := _QUOTED_THEN_FIGURE.match(text, ve)) and not _CLAUSE_BREAK.search(text, out[-1].end, ms):
            ways_end = qf.end() - 1
            continue  # "完成城乡散煤治理“电代煤”“气代煤”180万户": a work named before the quoted names of its ways and its figure; the verb before acts
        if after_action and after in _site_first() and (site := _site_at(text, ve)) \
                and text[ve + len(site):ve + len(site) + 1].isdigit() and not _CLAUSE_BREAK.search(text, out[-1].end, ms):
            continue  # "实施农网改造升级行政村80个": a work before the sites it is done in and their figure names them
        if after_action and after.isdigit() and _count_of_sites(text, ve) \
                and (not _CLAUSE_BREAK.search(text, out[-1].end, ms) or _listed_under(text, out[-1].end, ms)):
            # "完成农村生活污水处理设施提标改造200个村": so too with the sites counted after the figure, closing the clause;
            # a verb glued before it is the work's too ("完成农村人居环境整治提升85个行政村": 整治提升), and so in a
            # list the action heads ("完成农村改厕1.2万户、农村生活污水治理50个行政村")
            if out[-1].end == ms and len(out) > 1 and out[-2].kind == "action" \
                    and (not _CLAUSE_BREAK.search(text, out[-2].end, out[-1].start) or _listed_under(text, out[-2].end, out[-1].start)):
                out.pop()
            continue
        if kw != "noun" and ms > s and _HAN_BEFORE.match(text, ms - 1) \
                and text.startswith(_years_rate_nouns(), ve):
            continue  # ("全社会研发经费投入年均增长12%": a verb glued between a name and a rate over years ends that name, decision 361)
        if before == "未" and ms > s:
            continue  # ("对52个未摘帽贫困县实施挂牌督战", "未脱贫人口": a status not yet reached names the noun, it does not act)
        if before == "所" and after == "的" and ms > s:
            continue  # ("14亿人口所形成的超大规模内需市场", "所需要的资金": 所…的 makes the verb a noun's attribute, no action)
        if w[0] == "共" and (sh := _verb_re().match(text, ms + 1)) is not None and sh.end() > ve \
                and not text.startswith(vocab.cues().get("shared_verb_names", ()), ve):
            # "共建设120个", "共建成5G基站1200个": 共 counts the total, the verb is the longer one after it (共建 acts only
            # where none is: "共建新型研发机构3家", nor before a name opening with the longer verb's end: "共建成渝…")
            ms, w, ve = sh.start(), sh.group(0), sh.end()
            kw, before, after = kinds[w], text[ms - 1:ms], text[ve:ve + 1]
        elif after in ("到", "至") and kw == "noun" and (sh := _verb_re().match(text, ve - 2)) is not None \
                and sh.end() > ve and kinds[sh.group(0)] == "level":
            # "日核酸检测能力提升到2万份以上": a noun ending in a verb (能力提升) before 到 or 至 is its name and the level
            # verb (提升到), not the work named "能力提升工程"
            ms, w, ve = sh.start(), sh.group(0), sh.end()
            kw, before, after = kinds[w], text[ms - 1:ms], text[ve:ve + 1]
        if w[0] == "新" and before in _NEW_WORD_ENDS and kinds.get(w[1:]) and ms > s:
            # "创新发展科技型企业50家", "重新认定高新技术企业": the 新 ends the word before, the verb is the rest
            ms, w = ms + 1, w[1:]
            kw, before = kinds[w], "新"  # (the 新 it moved past)
        if before in _CAPACITY_BEFORE and after_action and ms > s \
                and _CAPACITY.search(text, ms - 1, ve) and not _CLAUSE_BREAK.search(text, out[-1].end, ms):
            continue  # ("新建年出栏10万头生猪养殖场2个": a yearly capacity after an action names what it builds)
        if after_action and kw == "scope" and text.startswith(vocab.cues()["reach_nouns"], ve) \
                and not _CLAUSE_BREAK.search(text, out[-1].end, ms) \
                and not any(c.isdigit() for c in text[out[-1].end:ms]):
            # ("新增农村供水受益人口8万人": the reach named as a noun is what the action before it counts; not after the
            # work's own figure, "改造老旧小区56个惠及群众1.2万人", whose reach it stays)
            continue
        if after_action and ms == out[-1].end and text.startswith("面积", ve):
            continue  # ("新增孵化面积10万平方米", "新增种植面积2万亩": a work right before 面积 names the area; the verb before acts)
        if 0 <= b_open < ms and _in_note(text, s, ms) and not (
                after.isdigit() and kw != "whole" and _breakdown_note(text, s, ms)):
            continue  # ("新建学校(含改扩建)12所", "危房改造(含抗震改造)800户": a verb in a note of what is counted does not act;
            # one right before its own figure in a note of 其中 acts on a part of the total, as without the bracket:
            # "建设高标准农田3.5万亩（其中新建2万亩、改造提升1.5万亩）"; not a work named whole, which names the part:
            # "完成造林绿化2万亩（其中人工造林1万亩）")
        if 0 <= b_open < ms and _in_gloss(text, s, ms):
            continue  # ("新建扶贫车间（帮扶车间）20个": nor one in another name for it, right before its count)
        if w == "建成" and text.startswith("区", ve) and not text.startswith(_NOT_BUILT_UP, ve):
            # (建成区 is the built-up area, a noun: "建成区绿化覆盖率达到42%"; not "建成区域医疗中心2个", "建成区级…")
            continue
        if w in area_verbs and (not (_AREA_AHEAD.match(text, ve) or w in each_verbs and _grant_funds_ahead().match(text, ve)
                                     or w in each_verbs and _funds_before_each(text, ms, ve)
                                     or w in each_verbs and _grant_amount_then_funds().match(text, ve))
                                or any(kinds.get(text[ve:ve + k]) in ("action", "fiscal") for k in (2, 3, 4))
                                and not (w in each_verbs and _grant_funds_ahead().match(text, ve))):
            if kw == "action" and after not in _CLAUSE_END and _opens_clause(text, ms) \
                    and not _object_at(text, ms):
                # ("落实公益性岗位2万个，落实重点任务120项": acting on no area here, it still opens its clause, which the
                # verb of the clause before does not reach; not one inside a noun, "提高6000万农村人口供水保障水平", nor
                # the first word of an object's name, "新建公租房5000套，保障性租赁住房2万套", where the verb goes on)
                out.append(_Verb(w, ms, ve, "end"))
            continue  # (a verb right after it acts on the funds: "统筹用好衔接资金1.5亿元", "统筹下达…巩固资金2000万元")
        if out and w in _caused_words() and out[-1].word in _causing_verbs() and (
                out[-1].end == ms or after.isdigit()
                and not _CLAUSE_BREAK.search(text, out[-1].end, ms)):
            continue  # ("带动销售20亿元以上", "拉动汽车销售15亿元": the sales brought about are counted, the verb before acts)
        if w in goods_verbs and not text.startswith(_supplied_goods(), ve):
            continue  # ("培育保供企业100家", "建设天然气输送管网300公里": before no good supplied it names a noun)
        if w in _capital_verbs() and not text.startswith(_arrived_capital(), ve):
            continue  # ("应到代表320人，实到代表308人": before no capital it counts who came, no task)
        if w in project_verbs and not _PROJECTS_AHEAD.match(text, ve) and not (
                w in _SUPPORT_VERBS and _work_then_figure().match(text, ve)):
            if kw == "action" and len(w) > 1:  # ("使用1000亿元失业保险基金支持稳岗": it only ends the object)
                out.append(_Verb(w, ms, ve, "end"))
            continue  # ("新上市企业5家": no projects after it, it opens a word)
        # (a verb before 后 dates what follows: "建成后亩均增产100斤")
        # (a verb before 性 or 型 names a kind: "补贴性职业技能培训", "改善型住房")
        # (a verb naming what is done, right before a noun, names that noun: "退耕还林补助资金", "巩固退耕还林
        # 成果", "易地扶贫搬迁安置点"; not before its figure or a verb: "减税降费50亿元", "减税降费超过…")
        if (len(w) > 1 or after.isdigit()) and kw != "noun" \
                and (after not in _NOT_AFTER_VERB or text[ve:ve + 2] in _RESERVE_AFTER) \
                and not (w in _NOUN_AFTER_VERB and out and out[-1].kind in ("action", "fiscal")) \
                and not (kw == "whole" and _NOUN_START.match(text, ve) and not _whole_before_action(text, ve, kinds)
                         and (w not in _transitive_wholes() or after in _NOT_NOUN_AFTER_WHOLE
                              # (nor before an action, which it names the object of: "农村劳动力转移就业新增2.5万人")
                              or _action_at(text, ve, kinds))) \
                and not (text[ve:ve + 2] == "项目" and _KIND_NAMED.match(text, ve)  # (it opens with 项目)
                         and before not in _COUNTERS) \
                and not (kw == "level" and after_action and _NOUN_START.match(text, ve)
                         and not _CLAUSE_BREAK.search(text, out[-1].end, ms)
                         and not text.startswith(_ORDER_UNITS, ve)  # ("突破百亿元": a figure, no noun)
                         and not (text.startswith(_PER_WORDS, ve) and _PER_FIGURE_END.match(text, ve))):
            # ("…补助标准提高到每户2万元": a rate ending its clause, no noun)
            # (a level before a noun, after an action in its clause, is part of what the action is done to:
            # "实施新一轮找矿突破战略行动项目5个", "建设达到国家标准的养老机构10家")
            if out and kw in _CHAINED and out[-1].kind in _CHAINED and (
                    ((ms == out[-1].end + 1 or ms == out[-1].end + 2 and text[ms - 1] == "新")
                     and (text[out[-1].end] == "、" or (
                        text[out[-1].end] in "（(" and after in ("）", ")"))))
                    or (ms == out[-1].end and out[-1].kind in _CHAINED
                        and (not _NOMINAL.match(text, ve) or out[-1].kind == kw == "stop")
                        and (kw == "action" or (kw == "stop" and _NOUN_START.match(text, ve))))
                    or (ms == out[-1].end + 1 and text[out[-1].end] in "和及与" and kw in ("action", "change")
                        and out[-1].kind == "action" and _NOUN_START.match(text, ve) and not _NOMINAL.match(text, ve))):
                # "新建、改扩建学校12所", "淘汰、停建、缓建煤电产能", "新建（改建）幼儿园6所", "新签约、新投产项目"
                # (its 新 kept), "清淤整治山塘45座", "新开工改造城镇老旧小区", "新建和提升高标准农田", "引进落地亿元
                # 以上项目": coordinated verbs act as one (a status joins only before a noun: "棚户区改造开工3000套";
                # not one naming its object: "实施改造项目"; a status after the work is said of it: "棚户区改造开工3000套";
                # two statuses glued join before what they name too, "竣工投用安置房2000套", "建成投运保障房": 投用 names no
                # 安置房 as 改造 names 项目)
                ve += after in ("）", ")")
                if ms == out[-1].end and kw == "action" and out[-1].kind == "action" \
                        and out[-1].word in _carrying_verbs() and _NOUN_START.match(text, ve) \
                        and kinds.get((nx := _verb_re().match(text, ve)) and nx.group(0)) != "action":
                    # (not before another action: "完成征收拆迁520户" carries out both works, 征收拆迁)
                    out[-1] = _Verb(w, ms, ve, kw)  # ("实施新建学校5所": the task's verb only carries out the work)
                    continue
                # ("新建和提升": builds; a status then a work with no noun after them, "建成开放", ends the object counted
                # before it as the status does: "4个城市公园年底前建成开放"; not "新开工改造城镇老旧小区")
                out[-1] = _Verb(text[out[-1].start:ve], out[-1].start, ve,
                                out[-1].kind if kw == "change" or out[-1].kind == "stop"
                                and not _NOUN_START.match(text, ve) else kw)
            elif before == "新" and kw in _CHAINED and ms > s \
                    and text[ms - 2:ms - 1] not in _NEW_WORD_ENDS:
                # "今年新落地项目30个", "新实施农业产业化项目20个": the verb as written keeps its 新
                out.append(_Verb("新" + w, ms - 1, ve, kw))
            elif before == "再" and kw in _AGAIN_KINDS and ms > s:
                # "再减少农村贫困人口80万人", "今年再新建300个": the verb as written keeps its 再 (as 再降 does)
                out.append(_Verb("再" + w, ms - 1, ve, kw))
            else:
                out.append(_Verb(w, ms, ve, kw))
    return out


# an object that only names the base a share is of ("恢复到2019年水平的90%", "同期的85%", "疫情前水平的95%")
_BASE_ONLY = re.compile(r"(?:(?:19|20)\d\d年|疫情前|上年|去年)?(?:同期)?(?:的)?(?:水平|同期)")
# the words a clause opens with before the name of what reaches a share ("力争全年旅游接待人次")
_BASE_LEAD = re.compile(r"^(?:力争|确保|争取|推动|全年|今年|年内)+")
_SUPPORT_VERBS = frozenset(("支持",))


@once
def _work_then_figure() -> re.Pattern:
    """A work (``cues.tsv`` supported_works, with what it is done to) right before its figure: "全年支持汽车以旧换新20万辆
    以上": a verb of support before it acts on that work, as on projects (not "使用1000亿元失业保险基金支持稳岗")."""
    works = vocab.cues().get("supported_works", ())
    return re.compile(rf"[^，,；;。：:\n\d、“”]{{0,12}}?(?:{'|'.join(map(re.escape, works))})\d")


_AGAIN_KINDS = frozenset(("action", "change", "stop"))
_CLAUSE_BREAK = re.compile("[，,；;：:。、]")
_SCOPE_OPENS_AFTER = frozenset("，,；;：:。\n")  # (the marks after which an 'opens' scope word opens its clause)
# characters that end a word with 新 (创新, 更新, 重新, 全新, 以旧换新…): a 新 after them does not open the verb after it
_NEW_WORD_ENDS = frozenset("创更重革全最崭翻刷焕出清维鲜迎立纳求尝图换")


_CHAINED = ("action", "stop")
_FIGURE_FIRST_KINDS = ("action", "stop", "fiscal")  # (a 数读 caption's verb: an allocation too, "拟发行超长期特别国债")


@once
def _site_first() -> frozenset[str]:
    """The first characters of the work sites (a look at one character before a try of each)."""
    return frozenset(w[0] for w in vocab.cues().get("work_sites", ()))


def _site_at(text: str, i: int) -> str | None:
    """A site a work is done in (cues.tsv work_sites: 行政村, 自然村, 台区) written at i."""
    return next((w for w in vocab.cues().get("work_sites", ()) if text.startswith(w, i)), None)


@once
def _count_of_sites_re() -> re.Pattern:
    """A count of the sites a work is done in, the clause's last words ("200个村；", "85个行政村。"; cues.tsv
    counted_sites)."""
    sites = sorted(vocab.cues().get("counted_sites", ()), key=lambda w: (-len(w), w))
    return re.compile(r"\d+(?:\.\d+)?[万]?个(?:" + "|".join(map(re.escape, sites)) + r")(?=[，,；;。]|$)")


def _listed_under(text: str, a: int, w: int) -> bool:
    """Whether the words from an action's end ``a`` to a work's verb at ``w`` are a list's items joined by 、 (no other
    clause mark), the work's own name (two characters or more) after the last 、: the action heads the list."""
    k = text.rfind("、", a, w)
    return k >= 0 and w - k > 2 and not any(c in "，,；;：:。" for c in text[a:w])


def _count_of_sites(text: str, i: int) -> bool:
    """Whether a count of work sites closing its clause stands at i (a literal 个 looked for first)."""
    k = text.find("个", i, i + 12)
    return k > 0 and _count_of_sites_re().match(text, i) is not None


def _thing_before(text: str, lo: int, w: _Verb, earlier: list[_Verb]) -> int:
    """Start of the thing a work named whole is done to, written right before it in its piece (after the verb before
    it, or the piece's lead words), or -1 where none stands there."""
    bs = max([v.end for v in earlier if v.end <= w.start] + [lo])
    thing = _strip(text[bs:w.start])
    if not thing or len(thing) > 12 or _DIGIT.search(thing) or not text.endswith(thing, bs, w.start):
        return -1
    return w.start - len(thing)


def _action_at(text: str, ve: int, kinds: dict) -> bool:
    """Whether an action verb starts at ``ve`` ("新增2.5万人")."""
    m = _verb_re().match(text, ve)
    return m is not None and kinds[m.group(0)] == "action"


def _whole_before_action(text: str, ve: int, kinds: dict) -> bool:
    """Whether a work named whole acts before the verb after it: not before an action, which it names the object
    of ("易地扶贫搬迁安置1200户4500人"), as "搬迁安置1200户" does; it does before a level ("减税降费超过…")."""
    m = _verb_re().match(text, ve)
    # (nor before a noun that holds a verb, which it names: "新建易地扶贫搬迁安置点12个")
    return m is not None and kinds[m.group(0)] not in ("action", "noun")
# (words opening with 区 after 建成 that keep it a verb: "建成区域医疗中心2个", "建成区块链产业园")
_NOT_BUILT_UP = ("区域", "区级", "区块", "区县", "区属")
# (and before 率 it names a rate: "竣工率达到85%", "入住率"; before 类 a category of a list: "城市建设类项目88个，年度计划
# 投资142亿元", "生态保护类项目20个")
_NOT_AFTER_VERB = frozenset("后性型率类")
# (a reserve, a follow-up: "培育后备上市企业10家" is no time after; 类脑, 类似 are no category: "建设类脑智能研究院1个")
_RESERVE_AFTER = frozenset(("后续", "后备", "后劲", "类脑", "类似"))
# characters after a verb that name no noun with it ("谋划的367个重大项目", "建成后…")
_NOT_ONE_NOUN = frozenset("后性型的了等之各每")
# a verb before 项目 joined to another noun names a kind of project, it does not act on the next one
# ("加快续建项目和132个新开工项目建设": 续建 is no action on 新开工项目)
_KIND_NAMED = re.compile(r"项目[和与及、]")
# (after its figure, the kind is the figure's own object: "86个续建项目和…" keeps 续建 on 续建项目)
_COUNTERS = frozenset("个项")
# a character opening a noun after a verb (a CJK character that is no figure's lead: 约, 近, 超, 逾…)
_NOUN_START = re.compile(r"(?![约近超逾共累合达计全以和及与])[\u4e00-\u9fff]")


# "起征点从月销售额10万元(提高到15万元)", "财政补助由每人每年380元(提高到420元)": the start value
# and what it is of are not the object
_SOURCE = re.compile(r"从([^，,。；;从\d]{2,20}?)中$")  # (searched up to the verb: "从X中拿出…")
_FROM = re.compile(r"[从由](?=[^，,]*\d)[^，,]*$")
# "现行16%的税率(降至13%)": the current value inside the object
_CURRENT = re.compile(r"(?:现行|现有|目前)?\d+(?:\.\d+)?%?的")


_WITHIN = re.compile(r"(?:包括)?[^，,；;。（(]{0,20}?在内(?!蒙)的?")


# the base a change starts from, after the object ("在上年压减基础上", "在2023年基础上")
_BASE_YEAR = re.compile(r"在(?:上年|去年|上一年|往年|(?:19|20)\d\d年)")


def _strip(obj: str, lead: bool = True) -> str:
    obj = obj.strip(" 、，,")
    if not obj:
        return obj  # (nothing left: no pattern below matches an empty string; half the calls, "" after a figure)
    # (each pattern searched only where a character it needs is written)
    m = _COMPARE.search(obj) if "比" in obj or "较" in obj or "与" in obj else None
    if m:
        obj = obj[:m.start()]
    m = _FROM.search(obj) if "从" in obj or "由" in obj else None
    if m:
        obj = obj[:m.start()]
    m = _BASE_YEAR.search(obj) if "在" in obj else None
    if m and m.start() >= 2:
        obj = obj[:m.start()]  # ("一般性支出在上年压减基础上再压减10%": the base the cut starts from is no part of the object)
    if "的" in obj:  # (every current value ends with 的)
        obj = _CURRENT.sub("", obj)
    if lead:
        if "在内" in obj and (m := _WITHIN.match(obj)):
            obj = obj[m.end():]  # ("改造包括城中村在内的老旧小区56个": what the count takes in is no part of its object)
        # (anchored: the one match sub would remove; tried only where the object opens with a character it can open with)
        m = (_LEAD if "】" in obj else _LEAD_NO_BRACKET).match(obj) \
            if obj[:1] in _LEAD_FIRST or obj[:1].isspace() or obj[:1] > "\uffff" else None
        if m:
            e = m.end()
            if "含" in obj[:e] or "和" in obj[:e]:
                e = _place_in_lead(obj, e)
            obj = obj[e:]
    while True:  # (until nothing more is removed)
        # (_TRAIL tried only where its last character ends obj: else no word of it does)
        new = (_TRAIL.sub("", obj) if obj[-1:] in _TRAIL_LAST else obj).strip(" 、")
        if new == obj or _cuts_noun(obj, len(obj) - len(new)):
            return obj  # ("拆除违法建设30万平方米": 违法建设 is what is pulled down, its 建设 no trailing word)
        obj = new


@once
def _uncut_nouns() -> tuple[str, ...]:
    """Nouns ending in a trailing word that is part of them (a third column 'uncut': 违法建设, not 违法)."""
    return tuple(_marked("uncut"))


def _cuts_noun(obj: str, cut: int) -> bool:
    """Whether removing the last ``cut`` characters of obj cuts into an 'uncut' noun ending it."""
    return any(len(w) > cut and obj.endswith(w) for w in _uncut_nouns())


_JOINER_PLACE_FIRST = "含和"  # (characters of the lead that also open a place's name)


def _joiner_place(s: str, k: int) -> bool:
    """Whether a place's name opens at s[k] with a character the lead reads as a joiner or a note ("含山县",
    "和硕县", "和县")."""
    from ..regions import gazetteer
    g = gazetteer()
    return s[k:k + 2] in g.by_short or s[k:k + 2] in g.by_name


def _place_in_lead(obj: str, e: int) -> int:
    """Where the lead of obj (ending at e) ends, once a place it swallowed the first character of is given
    back ("（含山县50公里）": 含山县, not 山县; "和硕县": not 硕县)."""
    for k in range(e - 1, -1, -1):
        if obj[k] in _JOINER_PLACE_FIRST and _joiner_place(obj, k):
            return k
    return e


def _households_persons(text: str, q: _Q, nxt: _Q) -> bool:
    """Whether q (households) runs straight into nxt (their persons): "1200户4500人", "3.2万户、11.5万人"."""
    return (q.end == nxt.start or (nxt.start == q.end + 1 and text[q.end] == "、")) \
        and q.unit.endswith("户") and nxt.unit.endswith(("人", "名"))  # ("580户1620名")


_JOIN_FIRST = frozenset("以和及与")
_JOIN_OPEN = re.compile(r"以及|和(?!美|谐|平)|及(?!时)|与(?!会)")  # a joiner, not a word opening with one


_HOLDS_ALL = (True, True, True)
_VERBS_JOINED = frozenset("和及与、并或")  # ("引导和组织2000名农民工": the two act together, neither names the object)
_PEOPLE_COUNTED = frozenset("名人次")
_ALREADY_JOINED = frozenset("和及与或、")
_TO_NOT_WHERE = frozenset("位期账达")  # (到位, 到期, 到账, 到达: a word, not where they go)
_TO_IN_WORD = frozenset("达直得受做感遇收看提和及与或")  # (达到, 直到, 得到…: 到 ends a word; 和到户道路: it opens an item)


@once
def _joined_scope_re() -> re.Pattern:
    """A joiner and where the next item is (a place of pledge_places.tsv, a level, a county-or-district written
    县(区)), right before the next item's count: "抓好全县11条重点产业链和乡镇5条特色产业链"."""
    places = "|".join(map(re.escape, sorted(_places(), key=lambda w: (-len(w), w))))
    return re.compile(rf"(?:以及|和|及|与)(?:{places}|[省市县区乡镇]级|[市县区镇乡]\s*[（(][市县区镇乡][）)])$")


def _joined_scope(text: str, p: int, q: _Q) -> re.Match | None:
    """The joiner and place before a count that has a noun after it (not "覆盖行政村100个和乡镇5个": the place is
    what is counted there)."""
    c = text[q.end:q.end + 1]
    if not c or c in _CLAUSE_END or c in "等的（(":
        return None
    return _joined_scope_re().search(text, p, q.start)


_KINDS_BRACKET = 8  # (how far a bracket of kinds, "（市、区）", "（市、特区）", "(县、市、区)", reaches on either side of its 、)


_BLANK_LINE = re.compile(r"\n[ \t\r\u3000]*\n")  # (a paragraph's end: no line a PDF wraps is followed by a blank one)


def _post_object(text: str, pos: int, end: int, stops: list[_Verb], quants: list[_Q],
                 holds: tuple[bool, bool, bool] = _HOLDS_ALL) -> tuple[str, int, bool]:
    """The noun phrase written right after a quantity: (object, end, runs into another quantity).
    ``holds``: whether the sentence around [pos, end) holds a 、, a 等 and a 在 (where it holds none, the
    find is not made: a find with bounds costs about five ``in`` tests of a sentence)."""
    p = pos
    c = text[p:p + 1]  # (a slice compared, not startswith: it costs less to call)
    if c == "的":
        p += 1
        c = text[p:p + 1]
    if c == "（" or c == "(":
        return "", p, False  # "新建学校3所（其中小学2所）": a note on the count, not an object
    if c == "）" or c == ")":
        return "", p, False  # "…5G base stations（新建5G基站2万个）and renovate…": the bracket ends what the count is of
    stop = end
    if (i := text.find("\n", p, stop)) >= 0 and (b := _BLANK_LINE.search(text, i, stop)) is not None:
        stop = b.start()  # ("新建中小学、幼儿园50所\n\n报告说，…": a card's line ends at its blank line, a paragraph's end)
    has_list, has_etc, has_at = holds
    i = text.find("、", p, stop) if has_list else -1  # (an opening bracket or quote does not end the phrase)
    while i >= 0 and (b := max(text.rfind("（", p, i), text.rfind("(", p, i))) >= 0 and i - b <= _KINDS_BRACKET \
            and text.find("）", b, i) < 0 and text.find(")", b, i) < 0:
        # "6个贫困县（市、区）摘帽": a 、 inside a short bracket of kinds goes on past it, up to the next one outside
        close = min((c for c in (text.find("）", i, i + _KINDS_BRACKET), text.find(")", i, i + _KINDS_BRACKET)) if c >= 0),
                    default=-1)
        if close < 0 or close >= stop:
            break
        i = text.find("、", close, stop)
    if i >= 0:
        stop = i
    i = text.find("等", p, stop) if has_etc else -1
    if i >= 0:
        stop = i
    if has_at:
        i = text.find("在", p + 1, stop)  # "推动3家企业在新三板挂牌": where, not the object ("10个在建项目")
        if i >= 0:
            stop = i
        # "选派骨干教师50名到乡村学校支教", "引进200名高校毕业生到基层工作": where they go, not the object (not 到位, 到期)
        i = text.find("到", p, stop)
        # (right after the figure only after people counted: "300公里到村道路", "10个到村物流服务站" are what is built)
        if i >= 0 and text[i + 1:i + 2] not in _TO_NOT_WHERE and (
                text[i - 1] not in _TO_IN_WORD if i > p else text[p - 1:p] in _PEOPLE_COUNTED):
            stop = i
    if c in _JOIN_FIRST and _JOIN_OPEN.match(text, p):
        return "", p, False  # "新建学校5所和幼儿园8所": the joiner opens the next item
    for v in stops:
        if v.start == p and (v.kind in ("end", "fiscal") or v.kind == "action" and v.word in _project_verbs()):
            # "筹措资金5亿元用于老旧小区改造": what the amount is for, not what it is of (so is the projects an
            # amount supports: "安排资金10亿元支持乡村振兴示范项目", and where it is put: "筹集资金10亿元投入棚户区改造")
            return "", p, False
        if p < v.start < stop and _JOINED_BEFORE.search(text, p, v.start) and v.kind in _CHAINED:
            # "新建5所学校和改造12所幼儿园": a joiner before the next action ends the object
            stop = _JOINED_BEFORE.search(text, p, v.start).start()
            break
        if p < v.start < stop and (v.kind in _END_KINDS or v.word in _project_verbs()) \
                and not (v.kind == "stop" and _NOMINAL.match(text, v.end)):
            # ("实施1418个已开工项目": a status before 项目 says which are counted, it ends nothing)
            stop = v.start
            break
    into_q = False
    for q in quants:
        if (q.start == p or text[p:q.start] in _SIZE_LEADS) and text.startswith(("以上", "以下", "及以上", "及以下"), q.end):
            continue  # "储备500个5000万元以上重大项目", "推进2000个投资500万元以上技术改造项目": a class the counted object belongs to
        if p <= q.start < stop:
            j = _JOINED_BEFORE.search(text, p, q.start) or _joined_scope(text, p, q)
            # "抓好123个省市重点项目和56个亿元以上项目": the next count is the next item's, not a modifier
            stop, into_q = (j.start(), False) if j else (q.start, True)
            break
    return text[p:stop], stop, into_q


_WORKS_JOINED = frozenset("和及与")
_PLAN_ORDINAL = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_YEAR_SPAN = re.compile(r"(\d{4})\s*[-—–至到]\s*(\d{4})年")
# ("到2027年", "于2025年", and "2025年底前": the year a task is to be done by)
# (and a later year opening a clause of its own: "2024年改造老旧小区30个，2025年再改造40个")
_BY_YEAR = re.compile(r"(?:到|至|在|于)(\d{4})年|(?<![比较与从由同和至到、于在及是—–\-~～\d])(20\d{2})年(?:底|末)?(?:前|以前)"
                      r"|(?:^|(?<=[，,；;]))(20\d{2})年(?![底末前以起来度内中初])")
_FIGURE_AFTER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.年])")  # (a figure, not a year: what a deadline dates)
# "用三年时间", "两年内", "今明两年"; in digits too ("用3年时间", "3年内", "未来5年"; not a year's end: "2025年内")
# (in digits, "N年内" only where it opens a clause or follows a resolve: "离校2年内未就业高校毕业生", "注册3年内的
#企业" say which are meant)
# (a clause opened by a count of years in words, then the work: "实施城市更新三年行动，三年改造老旧小区300个"; not
# 五年来, 三年级, 三年行动, 两年一次, 两年多…)
_YEARS_AHEAD = re.compile(r"(?:今后|未来|用|今明)([两三四五2-5])年|([两三四五])年内"
                          r"|(?:^|(?<=[，,；;：:])|(?<=力争)|(?<=争取)|(?<=确保)|(?<=计划))\s*([2-5])年内"
                          r"|(?:^|(?<=[，,；;：:]))([两三四五])年(?![\d内间来前后度底末级期的中以行一多半])")
_AHEAD_COUNT = {"两": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")
# a plan named as what holds a count of works, or as the document carried out, not as a time ("统筹推进“十四五”规划102项
# 重大工程，全年完成投资5000亿元", "落实“十四五”规划，新建高标准农田50万亩": the year's; as facts' _CARRIED_OUT)
_PLAN_OWNS = re.compile(r"十[一二三四五六七八九]五[”\"’]?规划(?:纲要)?(?:确定的|提出的|中的|的)?(?=\d)"
                        r"|(?:贯彻|落实|实施|执行)[^，,。；;：:\d]{0,6}十[一二三四五六七八九]五[”\"’]?规划(?:纲要)?(?:目标|目标任务|部署)?[，,]"
                        # (a plan opening the sentence as what its tasks answer to: "对标“十五五”规划目标，实施重点项目200个")
                        # (not 按照/根据, after which the figure may be the plan's own total: decision 121)
                        r"|^(?:对标|对照|围绕|锚定|紧扣|衔接)[^，,。；;：:\d]{0,4}十[一二三四五六七八九]五[”\"’]?规划(?:纲要)?(?:目标|目标任务|部署)?[，,]")

# a plan named, in a clause with no figure, as what the year's work completes ("实施易地扶贫搬迁1200户，全面完成“十三五”易地
# 扶贫搬迁任务", "…，确保“十三五”脱贫攻坚目标如期实现", "全面完成“十三五”规划目标任务，新建…" in a report of 2019 or 2020: the
# year's figures)
# (or as what the year's work opens, the plan's first year: "围绕“十四五”开局，全年安排重点项目260个；其中实施…" in a
# report of 2021; cues.tsv plan_served_words)
@once
def _plan_served() -> tuple[re.Pattern, tuple[str, ...]]:
    words = tuple(vocab.cues().get("plan_served_words", ()))
    return re.compile(r"(?:^|[，,；;])(?=[^，,。；;\d]*(?:" + "|".join(map(re.escape, words)) + r"))[^，,。；;\d]*?"
                      r"十[一二三四五六七八九]五[^，,。；;\d]*(?=[，,。；;]|$)"), words


@once
def _plan_total_words() -> tuple[str, ...]:
    """The words that make a count the plan's total, not the year's part of its work ("累计完成“十三五”易地扶贫搬迁5.6万
    人"): cues.tsv total_span_words (累计, 合计…) and plan_total_words (全部, 期间, 时期, 任务)."""
    c = vocab.cues()
    return tuple(c.get("total_span_words", ())) + tuple(c.get("plan_total_words", ()))


@once
def _plan_named_work_re() -> re.Pattern:
    """A plan's name right before a work it names and that work's count, a short head between allowed (cues.tsv
    plan_named_works: "“十三五”生态移民1.1万人", "“十三五”易地扶贫搬迁安置点8个"): the plan names the programme, the
    count is the year's."""
    words = "|".join(map(re.escape, vocab.cues().get("plan_named_works", ()))) or "(?!)"
    return re.compile(r"十[一二三四五六七八九]五[”\"’](?=(?:" + words + r")[\u4e00-\u9fff]{0,5}\d)")


def _plan_named_work(sentence: str) -> str:
    """``sentence`` with the plans that only name the work counted after them blanked, in a sentence with no word of a
    total over the plan's years (_plan_total_words)."""
    if any(w in sentence for w in _plan_total_words()):
        return sentence
    return _plan_named_work_re().sub("", sentence)


def _span_ahead(sentence: str, year: int | None = None) -> bool:
    """Whether a span of years counted from now leads the sentence's work ("用两年时间新建改造城市燃气管网300公里",
    "今后三年…"): it looks ahead as 年内 does (``_YEARS_AHEAD``'s first group: 今后/未来/用/今明 and the count; decision 508);
    not where the work is told done ("用三年时间，我们新建了学校12所", "…已建成…"), nor where a year before the report's
    ``year`` is named before the span ("2020年至2022年，全县用三年时间改造…" in 2023: the years told are gone; adv62d)."""
    if "年" not in sentence or (m := _YEARS_AHEAD.search(sentence)) is None or m.group(1) is None \
            or "了" in sentence or "已" in sentence:
        return False
    return not (year and any(int(y) < year for y in _YEAR_IN.findall(sentence, 0, m.start())))


def _plan_ahead_works(sentence: str, meta: Metadata) -> bool:
    """Whether a sentence naming a plan's period (``_names_goal_period``) names one not over by the report's year, or the
    years ahead (``_span_ahead``): its counts are the plan's works, pledges of its span, as under a goals part's title
    ("“十五五”期间，该县将…累计新增规模以上工业企业60家", "到“十五五”末建成…50个，今年建成10个"; its indicators' figures are
    still dropped as goals). A past plan named ("“十三五”期间…", "较“十四五”末翻一番" in 2026), the plan cited as a document
    ("按照“十四五”规划，到2025年全市建成5G基站3万个": its goal restated, lft36) or 远景/2035 keeps it a goal's."""
    if not meta.report_year or "规划" in sentence:
        return False
    if any(a <= meta.report_year + 1 and meta.report_year <= a + 4 for a in _plan_starts(sentence)):
        return True
    return "2035" not in sentence and _span_ahead(sentence, meta.report_year)


def _plan_starts(s: str) -> list[int]:
    """The first years of the five-year plans named in s (the n-th began in 1966 + 5 (n - 3))."""
    return [1966 + 5 * (10 + _PLAN_ORDINAL[p] - 3) for p in _FIVE_YEAR_PLAN.findall(s)]


def _before_years(sentence: str) -> tuple[bool, bool]:
    """(whether a decimal digit, whether one of 两三四五 stands right before a 年 of sentence): what
    _YEAR_SPAN and _BY_YEAR (a digit), and _YEARS_AHEAD (a numeral) need; the 年 found by a memchr each,
    where the patterns would be tried at each character of the sentence."""
    digit = numeral = False
    i = sentence.find("年", 1)
    while i > 0:
        c = sentence[i - 1]
        if c.isdecimal():  # (what \d matches)
            digit = True
            if c in _AHEAD_DIGITS and not sentence[i - 2:i - 1].isdecimal():
                numeral = True  # ("用3年时间", "3年内": a count of years in digits, not a year's last digit)
        elif c in _AHEAD_NUMERALS:
            numeral = True
        i = sentence.find("年", i + 1)
    return digit, numeral


_TERM_AHEAD = re.compile(r"(?:本届|新一届)政府任期(?:内|末|的?五年)")
_AHEAD_NUMERALS = frozenset("两三四五")  # (the numerals of _YEARS_AHEAD, each right before its 年)
_AHEAD_DIGITS = frozenset("2345")  # (its digits)


def _programme_span(sentence: str, m: re.Match) -> bool:
    """Whether the years ``m`` found are a programme's in the bracket after its name, and the sentence counts no total
    or average over them ("深入实施《…三年行动方案（2023—2025年）》，全年新建5G基站2万个": the year's; not "启动新三年行动
    （2024—2026年），三年累计…")."""
    o = m.start() - 1
    return sentence[o:o + 1] in ("（", "(") and _PROGRAMME_BEFORE.search(sentence, max(0, o - 4), o) is not None \
        and _OVER_YEARS.search(sentence, m.end()) is None


def _period(sentence: str, meta: Metadata, goal_path: str = "", doc_text: str = "") -> str:
    """The year a pledge is for; in a goals part titled for a plan ("“十四五”时期主要目标任务"), its span (DOC_TEXT, the
    document's, dates a term named from the session its dateline names)."""
    # (both year patterns end with a digit and 年, _YEARS_AHEAD with a numeral and 年: a sentence
    # with neither is not searched)
    dated, ahead = _before_years(sentence) if "年" in sentence else (False, False)
    m = _YEAR_SPAN.search(sentence) if dated else None
    own = m is not None and _programme_span(sentence, m)
    if m and not own and not ((b := _BY_YEAR.search(sentence, m.end())) is not None and b.group(1)):
        return f"{m.group(1)}-{m.group(2)}"
    # (a programme's own years in the bracket after its name, still running in the report's year: "实施稀土产业倍增三年
    # 行动（2024—2026年），新引进…" in a 2025 report, launched the year before, is for 2024-2026, not three years from the
    # report's; adv62b)
    own_years = f"{m.group(1)}-{m.group(2)}" if own and meta.report_year and int(m.group(2)) >= meta.report_year else None
    # (a plan named in passing with its years, then the year the figure is for: "根据《…三年行动计划（2024—2026年）》，
    # 到2026年人工智能企业达到2000家" is 2026's)
    for m in _BY_YEAR.finditer(sentence) if dated else ():
        if m.group(1):
            return m.group(1)
        if m.group(3):
            if meta.report_year and int(m.group(3)) > meta.report_year and _FIGURE_AFTER.search(sentence, m.end()):
                return m.group(3)
            continue  # (the report's own year, or a past one, opening a clause: no deadline)
        if (not meta.report_year or int(m.group(2)) >= meta.report_year) and _FIGURE_AFTER.search(sentence, m.end()):
            return m.group(2)
        # ("改造2000年以前建成的老旧小区": a past year before 前 says which are meant, no deadline; a deadline with
        # no figure after it dates none: "今年完成农村户厕改造5000户，2025年底前基本实现全覆盖", "…，确保2030年前实现碳达峰")
    m = _YEARS_AHEAD.search(sentence) if meta.report_year and ahead else None
    if m:
        return f"{meta.report_year}-{meta.report_year + _AHEAD_COUNT[m.group(1) or m.group(2) or m.group(3) or m.group(4)] - 1}"
    if meta.report_year and ahead and (n := _programme_launched(sentence)):
        # "实施城市更新三年行动，改造老旧小区86个" in a 2024 report: a programme of years launched, its work for its
        # years from the report's (2024-2026; not the plan's span, nor the year's alone: decision 483's Left, lft61b)
        return own_years or f"{meta.report_year}-{meta.report_year + n - 1}"
    if meta.report_year and "任期" in sentence and _TERM_AHEAD.search(sentence):
        # "本届政府任期内新建农村公路1万公里": the five years of the term the report opens; in a report to a later
        # session of it (the dateline's 第二次会议), from the year its first session was held for, as the facts read it
        first = _term_first_year(doc_text, meta.report_year) if doc_text else None
        first = first if first is not None and first <= meta.report_year else meta.report_year
        return f"{first}-{first + 4}"
    # "“十五五”期间，累计建成高标准农田80万亩": the plan named in the sentence (not one already
    # over: "巩固“十四五”成果，今年…"), else the plan in the part's title
    if "五" in sentence:
        plain = _PLAN_OWNS.sub("", sentence) if "规划" in sentence else sentence
        plain = _plan_named_work(plain) if "”" in plain or '"' in plain or "’" in plain else plain
        served, words = _plan_served()
        if any(w in plain for w in words):
            plain = served.sub("", plain)
        starts = _plan_starts(plain)
    else:
        starts = []
    starts = [a for a in starts if not meta.report_year or a + 4 >= meta.report_year] or (
        _plan_starts(goal_path) if goal_path else [])
    if starts:
        if "五" in sentence and (pe := _PLAN_END.search(sentence)) is not None and _plan_starts(pe.group(0)) == starts[-1:]:
            return str(starts[-1] + 4)  # ("到“十五五”末建成未来乡村60个": the plan's last year, as adv42's golds date it, lft61b)
        return f"{starts[-1]}-{starts[-1] + 4}"
    return str(meta.report_year) if meta.report_year else ""


# a plan's end named as the deadline ("到“十五五”末", "至“十五五”期末", "“十五五”末")
_PLAN_END = re.compile(r"十[一二三四五六七八九]五[”\"’]?(?:时期|期)?末(?!期间)")


@once
def _programme_launched_re() -> re.Pattern:
    """A programme of a count of years the report launches (cues.tsv programme_launch_verbs, then the programme's name:
    "实施城市更新三年行动", "启动技能安吉三年行动"); not one carried on ("深入实施…三年行动": its years began before)."""
    verbs = longest_first(vocab.cues()["programme_launch_verbs"])
    return re.compile(r"(?<!深入)(?<!继续)(?<!持续)(?<!接续)(?:" + verbs + r")[^，,。；;：:\d]{0,16}?([两三四五])年(?:"
                      + longest_first(vocab.cues()["years_programme_words"]) + ")")


def _programme_launched(sentence: str) -> int:
    """The count of years of a programme the sentence launches right before its first figure (the figure in the
    programme's clause or the next), no word of the report's year (今年, 全年, 年内) between ("实施…三年行动，全年新建5G
    基站2万个" is the year's): 0 where none. (Not a figure clauses on: "启动农村人居环境整治提升五年行动，持续开展…，抓好
    …，新建农村公路300公里以上" is the year's work under a programme named, seeds 000 and 004.)"""
    m = _programme_launched_re().search(sentence)
    if m is None or (f := _FIGURE_AFTER.search(sentence, m.end())) is None \
            or _THIS_YEAR_WORD.search(sentence, m.end(), f.start()) is not None \
            or sum(sentence.count(c, m.end(), f.start()) for c in "，,；;") > 1:
        return 0
    return _AHEAD_COUNT[m.group(1)]


# a clause opening on a later year of its own ("，到2030年达到1.5万个", "，到“十五五”末建成1.5万个")
# (its resolve word before: cues.tsv plan_end_resolve, as _PLAN_END_OPENS; built at first use)
@once
def _later_clause_opens() -> re.Pattern:
    return re.compile(r"[ \t\u3000]*(?:" + "|".join(map(re.escape, vocab.cues()["plan_end_resolve"]))
                      + r")?(?:到|至)(?:20\d{2}年|[“\"‘]?十[一二三四五六七八九]五[”\"’]?(?:时期|期)?末)")


def _redate_later_clauses(text: str, ss: int, se: int, got: list, period: str, meta: Metadata) -> None:
    """Date the pledges of ``got`` dated by the sentence's later year (``period``, the first it names) that stand after
    a clause opening on another later year by that clause's year ("今年新建5G基站1000个，到2027年全市累计建成5G基站
    8000个，到2030年达到1.5万个": 8000 for 2027, 1.5万 for 2030; the sentence's first year dated them all; adv64d)."""
    cuts = []
    for cs, _ce in numbers.clauses(text, ss, se, _SEP):
        if _later_clause_opens().match(text, cs) is not None and (y := _period(text[cs:se], meta, doc_text=text)).isdigit() \
                and int(y) > meta.report_year:
            cuts.append((cs, y))
    for p in got:
        if p.period == period:
            for cs, y in cuts:  # (in order: the last clause opened before the figure dates it)
                if cs < p.end:
                    p.period = y


def _dated_later(an: Analysis, ss: int, se: int, quants: list[_Q], period: str, meta: Metadata) -> int | None:
    """Where a sentence dated by a later clause with a figure of its own starts that clause: the figures before it
    are the report year's ("新建高标准农田300万亩，到2025年累计建成5000万亩": 300万亩 for the year, 5000万亩 for 2025;
    not "新建学校10所，于2025年底前全部建成", whose dated clause pledges nothing of its own)."""
    text: str = an.text
    for cs, ce in numbers.clauses(text, ss, se, _SEP):
        if cs <= quants[0].start:
            continue  # (a clause before the first figure, or holding it, dates every figure after it)
        if _period(text[cs:ce], meta, doc_text=text) == period:
            return cs if any(cs <= q.start < ce for q in quants) else None
    return None


# the report's own year named by a word ("今年", "全年", "年内"; not "三年内", a count of years)
# (nor "几年内", "数年内", "近年内", years not counted; nor "今年起", the first year of a span running to the later one:
# "从今年起实施三年行动，新建…120个，到2026年实现全覆盖", decision 382)
_THIS_YEAR_WORD = re.compile(r"今年(?![起开])|本年|全年|(?<![一二两三四五六七八九十\d几数多近])年内")


def _this_year_then_deadline(text: str, ss: int, quants: list[_Q], period: str, this: str) -> int:
    """Where a later year (``period``, the sentence's) is named only after its figures, the words before the first
    figure naming the report's year (``this``: 今年/全年/年内, or the year in digits): the later year's place, else -1
    ("确保2018年实现3个贫困村退出、1200人脱贫，到2019年全县脱贫摘帽" in a 2018 report)."""
    first = quants[0].start
    later = text.find(period + "年", quants[-1].end)
    if later < 0 or text.find(period + "年", ss, quants[-1].end) >= 0:
        return -1
    lead = text[ss:first]
    if _THIS_YEAR_WORD.search(lead) is None and (this + "年") not in lead and _FROM_THIS_YEAR.search(lead) is None:
        return -1
    return later


# a later year opening an item of a 、 list in a task sentence ("今年新建幼儿园3所、2026年再建5所", "…60公里、明年再改造40
# 公里"): not a span's start or a deadline ("、2026年以来", "、2026年底前…"); cues.tsv list_later_years holds the words
# for the year after the report's (decision 389)
@once
def _list_later_year_rx() -> re.Pattern:
    words = "|".join(map(re.escape, vocab.cues().get("list_later_years", ()))) or "(?!)"
    return re.compile(r"、\s*(?:((?:19|20)\d\d)年|(" + words + r"))(?![底末前以起开至到])")


def _list_later_year(text: str, a: int, b: int, this: int) -> tuple[int, str] | None:
    """The place and the year of the first later year opening an item of a 、 list in text[a:b] (after the list's first
    figure, before its last), a year after the report's ``this``; None where none."""
    for m in _list_later_year_rx().finditer(text, a, b):
        y = int(m.group(1)) if m.group(1) else this + 1
        if y > this:
            return m.start(), str(y)
    return None


# the report's year as the first of the years up to a later one ("从今年起", "今年开始"): the figures after it are the
# span's ("从今年起实施三年行动，新建村级养老服务站120个，到2026年实现全覆盖": 2024-2026 in a 2024 report, decision 382)
_FROM_THIS_YEAR = re.compile(r"今年(?:起|开始)")


def _earlier_period(text: str, ss: int, later: int, meta: Metadata) -> str:
    """The period of the figures before a later dated clause: what the part before it names ("今后五年新建学校50所，
    到2030年学位达到10万个": 2026-2030 in a 2026 report), else the report's year."""
    return _period(text[ss:later], meta, doc_text=text)


# a part titled for the five years ahead, and a year named in a part's title (its tasks then the year's)
_FIVE_AHEAD_PART = re.compile(r"(?:今后|未来)五年")


# a paragraph opening on the report's year, its whole region or a comma after it ("2016年，全市…", "今年全县…"; not
# "今年是“十五五”开局之年", "今年主要预期目标是")
# (the year's words: cues.tsv year_para_opens; built at first use)
@once
def _year_para_opens() -> re.Pattern:
    return re.compile(r"[ \t\u3000]*(?:" + "|".join(map(re.escape, vocab.cues()["year_para_opens"]))
                      + r"|((?:19|20)\d\d)年)(?:[，,]|[全我本][省市区县州旗盟])")


def _opens_on_year(text: str, ps: int, sec, meta: Metadata) -> bool:
    """Whether a paragraph of a part on the plan's goals opens on the report's year ("二、“十三五”时期主要目标" > "2016年，
    全市新建高标准农田25万亩，…新增城镇就业5.5万人以上"): with no title of its own, the year's work after the goals,
    dated by the year, its indicator's count a task too, as in the tasks part (adv64d)."""
    m = _year_para_opens().match(text, ps)
    return m is not None and sec is not None and meta.report_year is not None \
        and (m.group(1) is None or int(m.group(1)) == meta.report_year) \
        and _GOAL_PERIOD.search(sec.path.split(" > ")[0]) is not None


def _paragraph_this_year(text: str, ps: int, se: int, meta: Metadata) -> bool:
    """Whether the paragraph up to a sentence's end names the report's year (今年, or its year in digits) and no plan
    period (十五五, 五年)."""
    return ("今年" in text[ps:se] or f"{meta.report_year}年" in text[ps:se]) and text.find("五年", ps, se) < 0 \
        and text.find("十五五", ps, se) < 0 and text.find("十四五", ps, se) < 0


_YEAR_IN_PATH = re.compile(r"(?:19|20)\d\d年|今年|明年|本年|年度|新的一年")
# ("二、2023年主要目标任务", "2024年目标和任务": the year's targets and its tasks under one title)
_TASK_TITLE = re.compile(r"重点工作|工作重点|主要任务|重点任务|工作安排|工作任务|目标(?:和|与|及)?任务|举措")
_GOAL_PERIOD = re.compile(r"十[一二三四五六七八九]五|五年|规划|远景|2035")
# a part's title on how far a plan has got ("关于“十三五”规划纲要实施中期情况", "“十四五”规划中期评估", "规划实施进展")
# a plan cited as what a task follows, no period named ("按照规划，今年全市安排省市重点项目800个以上")
_PLAN_CITED = re.compile(r"(?:按照|根据|依据|对照|对标)[^，,。；;\d“”]{0,8}?规划(?:要求|安排|部署)?[，,]")


# the plan named as what the report's year is, "2026年是“十五五”开局之年", "今年是“十四五”规划实施的第一年": the year's
# place in the plan, no span the list's lead sets (decision 444)
_PLAN_YEAR_PLACE = re.compile(r"(?:19|20)\d\d年是|今年是")


def _lead_names_goal_period(para: str) -> bool:
    """Whether the lead of the list in PARA, the sentence before its first colon, names a plan's span
    ("今后五年主要目标是：…", "“十五五”时期的主要目标是：…"): not a sentence before it, nor the plan the year opens
    ("2026年是“十五五”开局之年。全区…主要预期目标是：…", "…开局之年，全区…": the year's list)."""
    c = max(0, para.find("："))
    a = para.rfind("。", 0, c) + 1
    if (y := _PLAN_YEAR_PLACE.match(para, a)) is not None:
        a = max(a, para.find("，", y.end(), c) + 1)  # (the year's place, then its list's lead after the comma)
    return _GOAL_PERIOD.search(para, a, c) is not None

@once
def _plan_fit_re() -> re.Pattern:
    """The plan named as what the year's targets fit ("与“十五五”规划目标相衔接", "同规划纲要相一致"): cues.tsv plan_fit_verbs."""
    verbs = "|".join(map(re.escape, vocab.cues().get("plan_fit_verbs", ("相衔接", "衔接"))))
    return re.compile(r"[与同和][^，,。；;\d]{0,8}?规划(?:纲要)?(?:确定的|提出的)?(?:主要)?(?:目标任务|目标|要求)?(?:" + verbs + ")")


@once
def _plan_size_re() -> re.Pattern:
    """规划 as a zone's or project's planned size or land ("规划面积约35平方公里", "规划用地3000亩"): cues.tsv plan_size_words."""
    words = "|".join(map(re.escape, vocab.cues().get("plan_size_words", ("面积",))))
    return re.compile(r"规划(?=" + words + ")")


@once
def _plan_build_re() -> re.Pattern:
    """规划 as the verb of the year's works ("今年，我们将规划建设高标准农田20万亩"): cues.tsv plan_build_verbs; read only in a
    sentence naming the year (_year_open_re), since a bare "规划建设…" is often the five-year plan's works (nws62)."""
    verbs = "|".join(map(re.escape, vocab.cues().get("plan_build_verbs", ("建设",))))
    return re.compile(r"规划(?=" + verbs + ")")


@once
def _year_open_re() -> re.Pattern:
    """The year's own words (cues.tsv year_tasks_open: 今年/全年/年内)."""
    return re.compile("|".join(map(re.escape, vocab.cues().get("year_tasks_open", ("今年",)))))


def _names_goal_period(sentence: str) -> bool:
    """``_GOAL_PERIOD.search(sentence)``, where a plan cited as what a task follows ("按照规划，") or as what the year's
    targets fit ("…，与“十五五”规划目标相衔接，经过努力是可以实现的。", hdl61) names no period, nor a project's planned size
    ("…科技城规划面积约35平方公里，今年计划完成投资50亿元", nws62), nor the year's "今年，…规划建设…" (lft62d)."""
    sentence = _plan_size_re().sub("", sentence)
    if "规划" in sentence and _year_open_re().search(sentence) is not None:
        sentence = _plan_build_re().sub("", sentence)  # (the year's "规划建设…": a verb, no plan, lft62d)
    m = _GOAL_PERIOD.search(sentence)
    if m is not None and "规划" in sentence and (fit := _plan_fit_re().sub("", sentence)) != sentence:
        sentence, m = fit, _GOAL_PERIOD.search(fit)  # (the targets' fit cut out: a span named elsewhere still counts)
    if m is None or m.group(0) != "规划" or "照" not in sentence and "据" not in sentence and "对标" not in sentence:
        return m is not None
    return _GOAL_PERIOD.search(_PLAN_CITED.sub("", sentence)) is not None


def _plan_end_deadline(sentence: str) -> bool:
    """Whether the only plan the sentence names is its end as a deadline, and it names no taxonomy indicator ("到“十五五”末，
    建成高标准农田12万亩，今年新建2万亩" on a news page): a task dated by the plan's last year as "到2030年，建成…" is, not
    the plan period's goals (adv62b; "“十五五”期间…", "到“十五五”末，城镇化率达到62%" stay the goals')."""
    return "末" in sentence and _PLAN_END.search(sentence) is not None \
        and _GOAL_PERIOD.search(_PLAN_END.sub("", sentence)) is None and _indicator_re().search(sentence) is None


_PLAN_PROGRESS = re.compile(r"规划(?:纲要)?(?:的)?(?:实施|执行)(?:的)?(?:中期)?(?:情况|进展|评估)|规划(?:纲要)?(?:实施)?中期评估")
# a paragraph opening on a later year its figures are reached by ("到2030年，", "力争到2030年，")
# (a ；-item opening on the year; a PDF's line may end on the ；, "…突破1500亿元；\n全年新增城镇就业1.2万人", decision 329)
_YEAR_ITEM_TURN = re.compile(r"[；;][ \t\u3000\r\n]*(?:全年|今年|年内)(?![底末以来前后度])")
_LATER_YEAR_OPENS = re.compile(r"[ \t\u3000]*(?:力争|争取|确保)?到(20\d{2})年(?:底|末)?[，,]")
_OWN_TARGETS = re.compile(r"主要预期目标|预期目标|主要目标|主要指标")
# a part titled for the year's goals and its tasks ("二、2019年主要预期目标和重点工作", "三、目标任务和重点工作")
# ("二、2027年主要目标任务": goals and tasks named as one, no word between)
# (or the plan's years named for its goals before the year's work: "三、今后五年和今年重点工作", "二、“十五五”时期和2026年工作")
_GOALS_AND_TASKS = re.compile(r"(?:目标|指标)(?:任务)?(?:和|与|及|、)|目标任务"
                              r"|(?:(?:今后|未来)五年|十[一二三四五六七八九]五[”\"]?(?:时期|期间)?)(?:的)?(?:和|与|及|、)")
_GOALS_TITLE = re.compile(r"(?:主要|发展|奋斗|预期|总体|远景)(?:目标|指标)")  # (a sub-section of goals naming no year: "（二）经济社会发展目标", the plan's)
_YEAR_20 = re.compile(r"(20\d{2})年")
_THIS_YEAR = re.compile(r"今年|明年")
# (a span's start written with its 年 too, "2024年至2026年，": the span's end dates it, as "2024—2026年" does; adv63)
_PAST_LEAD = re.compile(r"\s*(?:——)?(?:20\d{2}年?\s*[-—–至到]\s*)?(20\d{2})年(?!底|末|前|起|以来)")
_SPAN_START = re.compile(r"20\d{2}\s*[-—–至到]\s*$")  # "2021—" before "2025年"
_FROM_YEAR = frozenset("由从比较")  # (before a year: the start or the base of a change, no date of the sentence)
_DATED = Skipping(re.compile(r"(?<!\d)(20\d{2})年"))  # (tried only at "20": the lookbehind hides it from re)
_FULL_SENTENCE = re.compile(r"[^。！？!?]+")
# a full sentence that may open with a year (_PAST_LEAD at the paragraph's start or after an end mark),
# searched for only where a year is written (a search led by "20" skips ahead; this one cannot)
_YEAR_LEAD = re.compile(r"(?:^|[。！？!?])\s*(?:——)?(?:20\d{2}\s*[-—–至到]\s*)?20\d{2}年")  # (a span's start too)
_YEAR_ANY = re.compile(r"20\d{2}年")
_END_MARKS = "。！？!?"


def _year_leads(para: str) -> bool:
    """``bool(_YEAR_LEAD.search(para))``, read from each year written (found by a search led by "20"):
    whether one stands after an end mark or the paragraph's start, with only spaces and a "——"
    between (the pattern itself, led by an optional mark, is tried at every character)."""
    for m in _YEAR_ANY.finditer(para):
        k = m.start()
        span = _SPAN_START.search(para, max(0, k - 8), k)
        if span:
            k = span.start()
        for j in ((k, k - 2) if para.startswith("——", k - 2) and k >= 2 else (k,)):
            i = j
            while i > 0 and para[i - 1].isspace():  # (\s is str.isspace)
                i -= 1
            if i == 0 or para[i - 1] in _END_MARKS:
                return True
    return False


def _section_role(outline: Outline, sec: Section | None, meta: Metadata) -> str:
    """The role of section sec for pledges: "list" for a sub-section titled as the year's target list ("二、2024年
    主要目标和重点任务 > （一）主要目标", "（一）主要预期目标"), whose items are indicator facts, not pledges, as
    those of a list led by "主要预期目标是：" are (not "（三）民生实事主要目标": a part's goals; nor "（一）主要目标任务")."""
    role = _plan_role(outline, sec, meta)
    if role != "review" and sec is not None and sec.depth > 1 and "标" in sec.title and (m := _OWN_TARGETS.search(sec.title)) \
            and not _TASK_TITLE.search(sec.title) and _target_lead(sec.title.rstrip("：: ") + "：") \
            and (_GOALS_PARENT.search(_parent_title(sec))
                 or sec.depth == 2 and _whole_list_title(sec.title[:m.start()])):
        # (right under a part of the year's goals, or titled for the whole right under a part of the report: not a
        # sector's goals among the tasks, "三、2024年重点任务 > （一）农业农村发展主要目标", "（一）推进乡村全面振兴 >
        # 1.主要目标")
        return "list"
    if role == "tasks" and sec is not None and sec.number and sec.parent is not None and _opens_on_indicator(sec.title) \
            and _year_targets_items(outline, sec):
        return "list"
    return role


def _opens_on_indicator(title: str) -> bool:
    """Whether a numbered item's title (its number gone) opens on an indicator's name and its target ("地区生产总值增长6%
    左右。", "居民收入增长与经济增长同步。"): its first clause holds the figure, or no clause does (not a task item that an
    indicator's name heads, "固定资产投资。全年实施重点项目500个，完成投资2600亿元。")."""
    m = _indicator_re().search(title, 0, min(len(title), 24))
    if m is None or m.start() != 0:
        return False
    c = _ITEM_FIRST_CLAUSE.search(title)
    first = title[:c.start()] if c else title
    if first.strip() == m.group(0) and not title[len(first):].strip(" 。.；;，,：:"):
        # (the name alone, its sentences on the lines under it, a page setting each sentence a paragraph:
        # "5.固定资产投资。" over "全年安排省大中型项目3500个，…": a topic's title, no target)
        return False
    return _A_DIGIT_RE.search(first) is not None or _A_DIGIT_RE.search(title) is None or qualitative_item(first)


_ITEM_FIRST_CLAUSE = re.compile(r"[，,。；;：:]")
_A_DIGIT_RE = re.compile(r"\d")


def _year_targets_items(outline: Outline, sec: Section) -> bool:
    """Whether the numbered item sec is one of the items that open a part titled for the year's targets and tasks as
    one ("二、2026年主要目标任务" then "1.地区生产总值增长6%左右。" "2.…"), it and every item before it opening on an
    indicator's name: the year's target list, its items indicator facts, no pledges (the items after the first that
    opens otherwise, "5.新建高标准农田500万亩", are the tasks; a part of the plan's years, "“十五五”时期主要目标任务", is not
    the year's)."""
    parent = next((s for s in outline.sections if s.id == sec.parent), None)
    if parent is None or not _YEAR_GOALS_TASKS.search(parent.title) or _GOAL_PERIOD.search(parent.title):
        return False
    return all(_opens_on_indicator(s.title) for s in outline.sections
               if s.parent == parent.id and s.depth == sec.depth and s.start <= sec.start)


# a part titled for the year's targets and its tasks as one ("2026年主要目标任务", "今年目标任务", "主要目标和任务")
_YEAR_GOALS_TASKS = re.compile(r"目标(?:和|与|及)?任务")


_GOALS_PARENT = re.compile(r"目标|指标")
# the lead to the year's work, its colon last ("重点抓好以下工作：", "围绕上述目标，着力做好六个方面工作：")
_WORK_LEAD = re.compile(r"[^。；;！？!?\n：:]{0,24}(?:工作|任务|举措)[：:]")


def _past_label_year(label: str, meta: Metadata) -> bool:
    """Whether a tasks label names a year before the report's ("2020年重点工作：" in a 2021 report: last year's)."""
    m = _LABEL_YEAR.search(label)
    return m is not None and meta.report_year is not None and int(m.group(1)) < meta.report_year


_LABEL_YEAR = re.compile(r"((?:19|20)\d\d)年")


# a paragraph opening on the label of the year's tasks ("重点任务：", "主要任务：", "今年重点工作：", "2025年重点工作任务：")
# (or a lead to them: "今年要重点做好以下工作：", "2017年将重点抓好以下五个方面的工作：")
# (or the label alone on its line over the tasks' rows, as an infographic sets it: "重点任务\n✅新建高标准农田：100万亩")
@once
def _tasks_label_re() -> re.Pattern:
    """The tasks' label opening a paragraph or alone on its line: 重点任务/重点工作, the year's 民生实事 and its kin
    (cues.tsv livelihood_titles: 为民办实事, 民生工程), "今年要抓好以下工作："."""
    kin = "|".join(map(re.escape, sorted(vocab.cues().get("livelihood_titles", ("民生实事",)), key=lambda w: (-len(w), w))))
    return re.compile(r"[ \t\u3000]*(?:(?:19|20)\d\d年|今年|全年|明年)?(?:的)?(?:重点|主要)(?:工作)?任务(?:是)?(?:[：:]|[ \t\u3000]*\n(?=\S))"
                      r"|[ \t\u3000]*(?:(?:19|20)\d\d年|今年|全年|明年)?重点工作(?:[：:]|[ \t\u3000]*\n(?=\S))"
                      # (the year's work named with its year, 主要/安排 or none: "2016年工作：", "2016年工作安排：", "2016年主要工作"
                      # alone on its line; the year is needed, a bare "主要工作" names no year's work)
                      # (and 工作重点 after it, the words of 重点工作 turned: "2021年工作重点：", decision 326)
                      r"|[ \t\u3000]*(?:(?:19|20)\d\d年|今年|全年|明年)(?:的)?(?:主要)?工作(?:安排|重点)?(?:[：:]|[ \t\u3000]*\n(?=\S))"
                      # (the year's 民生实事 alone on its line, or with its count: "民生实事\n新增城镇就业1.1万人，…", "十件民生
                      # 实事：", under a targets line: its rows are tasks, one naming an indicator too)
                      r"|[ \t\u3000]*(?:(?:19|20)\d\d年|今年|全年|明年)?(?:[十\d]{1,2}件|[十\d]{1,2}项|十大)?(?:重点)?(?:" + kin
                      + r")(?:项目)?(?:[：:]|[ \t\u3000]*\n(?=\S))"
                      # (or with no year where 重点/着力 says the work is the year's: "重点抓好以下工作：", "重点抓好六个方面
                      # 工作：", right after the year's target list on a page with no titles)
                      r"|[ \t\u3000]*(?:(?:(?:19|20)\d\d年|今年|全年|明年)[，,]?(?:要|将|我们要|我们将)?(?:重点|着力)?"
                      r"(?:抓好|做好|推进)(?:以下|如下|下列)|(?:要|将|我们要|我们将)?(?:重点|着力)(?:抓好|做好|推进)(?:以下|如下|下列)?)"
                      r"(?:[几\d一二三四五六七八九十]{1,2}个?方面的?)?(?:重点)?工作[：:]")


_COLON_END = re.compile(r"[：:]")
_LABEL_DATED = re.compile(r"(?:19|20)\d\d年|今年|全年|明年")


def _plan_tasks_lead(text: str, sec: Section, ps: int, pe: int) -> bool:
    """Whether the paragraph [ps, pe), in a part titled for a plan period's goals and no year ("二、今后五年的目标任务",
    "二、今后五年的工作思路和目标"), opens on a lead to the plan's work before its first figure ("围绕实现上述目标，重点抓好
    以下工作：", "重点任务是："): its items are the plan's tasks, not its goal list ("今后五年…主要目标是：")."""
    top = sec.path.split(" > ")[0]
    if not _GOAL_PERIOD.search(top) or _YEAR_IN_PATH.search(sec.path):
        return False
    fq = _FIRST_FIGURE.search(text, ps, pe)
    end = fq.start() if fq else pe
    # (the lead opens the paragraph, or the full sentence its first figure is in, after words of the plan's course:
    # "…加快转化为开放优势。今后五年，我们将重点推进“六大行动”：科技赋能行动，五年新增高新技术企业1500家；…")
    fs = _full_start(text, ps, end)
    for at in ((ps, fs) if fs > ps else (ps,)):
        m = _PLAN_WORK_LEAD.match(text, at, end)
        if m is not None and _GOALS_LEAD.search(m.group(0)) is None:
            return True
    return False


# a paragraph's lead to the work, its colon first ("围绕上述目标，重点抓好以下工作：", "重点任务是：", "主要举措有：");
# the lead's own clause after a preamble of clauses of any length ("实现上述目标，必须牢固树立创新、协调、绿色、开放、共享的
# 发展理念，重点抓好以下任务：", a 2016 report's 十三五 part): the clause holds the work's word, the preamble no figure
# (or to the fields or the named works it will carry out, its last clause naming no goal: "围绕上述目标，重点抓好五个
# 方面：", "今后五年，我们将重点实施“五大工程”：", "…推进“六大行动”：", not "主要目标包括以下几个方面：")
_PLAN_WORK_LEAD = re.compile(r"[ \t\u3000]*(?:(?:[^。；;！？!?\n：:]*?[，,])?[^。；;！？!?\n：:，,]{0,24}(?:工作|任务|举措)(?:是|为|有)?"
                             r"|(?:[^。；;！？!?\n：:]{0,16}[，,])?[^。；;！？!?\n：:，,目指]{0,20}(?:方面|行动|工程)[”」』]?)[：:]")


def _after_years_work_lead(text: str, outline: Outline, sec: Section | None, ps: int, pe: int, meta: Metadata) -> bool:
    """Whether the paragraph [ps, pe) of a part titled for a plan period's goals and the report year's work, right
    in it ("二、“十四五”时期主要目标和2021年工作安排"), or of a part titled for the report year's targets alone ("三、2026年
    主要目标", its task items run on into paragraphs too long to be heads), or of a sub-section of either, comes after
    the lead to the year's work: the last lead before its first figure, in the part, ends with 工作：/任务：/举措： (not
    "今后五年…主要目标是：", the plan's); a livelihood list's lead after it ("今年将继续办好十件民生实事：") is passed over.
    (the title tested first; the lead looked for at most 3000 characters back)"""
    if sec is None:
        return False
    top = sec
    while top.depth > 1 and top.parent is not None:
        top = outline.sections[top.parent]
    if top.depth != 1:
        return False
    if not _year_work_top(top.title, meta):
        # (a part titled for the year's targets alone: not its sub-sections titled for groups of the targets,
        # "（一）经济发展目标。", "1．主要经济指标。", which stay the target list)
        if not _year_targets_top(top.title, meta) or sec is not top and _TARGETS_GROUP.search(sec.title) \
                or _TARGETS_GROUP_ITEM.match(text, ps):
            return False
        targets_only = True
    else:
        targets_only = False
    fq = _FIRST_FIGURE.search(text, ps, pe)
    end = fq.start() if fq else pe
    lo = max(top.start, end - 3000)
    hi = end
    while (colon := rfind_mark(text, lo, hi, _COLON_SET)) >= 0:
        ls = max(lo, text.rfind("\n", lo, colon) + 1)
        m = _WORK_LEAD.search(text, ls, colon + 1)
        if m is not None and m.end() == colon + 1:
            # (under the year's targets alone, not a lead naming the targets, "今年要努力实现以下目标任务：")
            return not (targets_only and text.find("目标", m.start(), colon) >= 0)
        if not _livelihood_lead(text, ls, colon):
            break
        hi = colon
    # a lead closed by a full stop, set as a paragraph of its own ("做好今年工作，重点抓好以下十个方面。"), with no
    # target list led after it
    lead = _stop_work_lead(text, lo, end)
    if lead < 0:
        return False
    return colon < lead or not _target_lead(text[text.rfind("\n", lead, colon) + 1:colon + 1])


# a sub-section's title naming a group of the year's targets ("（一）经济发展目标。", "2．社会发展指标。")
_TARGETS_GROUP = re.compile(r"(?:目标|指标)[。.．]?$")
# (or an item opening on such a head, run into its figures: "（一）经济发展目标。地区生产总值增长7%左右；…")
_TARGETS_GROUP_ITEM = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}[、.．])"
                                 r"[^。；;，,\n]{0,10}(?:目标|指标)[。：:]")


def _year_targets_top(top: str, meta: Metadata) -> bool:
    """Whether a part's title names the report year (or 今年) and no plan period ("三、2026年主要目标"): under a targets
    title, the year's targets then its work."""
    return bool(meta.report_year) and (f"{meta.report_year}年" in top or _THIS_YEAR.search(top) is not None) \
        and _GOAL_PERIOD.search(top) is None


def _livelihood_lead(text: str, ls: int, colon: int) -> bool:
    """Whether the line [ls, colon] leading a list names the year's livelihood list (cues.tsv livelihood_titles:
    民生实事, 为民办实事…), whose items are tasks, a lead neither to the work nor to the targets."""
    return any(text.find(w, ls, colon) >= 0 for w in vocab.cues().get("livelihood_titles", ("民生实事",)))


def _stop_work_lead(text: str, lo: int, end: int) -> int:
    """Where the last paragraph in [lo, end) that leads the tasks in one short sentence closed by a full stop
    ("做好今年工作，重点抓好以下十一个方面。", "实现上述目标，我们将着力抓好以下九个方面工作。") begins, or that sentence
    closing a paragraph of the targets' reasons ("提出上述目标，主要考虑：…。实现上述目标，需要付出艰苦努力。我们将重点抓好
    以下九个方面工作。"): where the sentence begins; -1: none. (paragraphs looked at from the last back, each found by rfind)"""
    e = text.rfind("\n", lo, end)
    while e > lo:
        s = max(lo, text.rfind("\n", lo, e) + 1)
        line = text[s:e].rstrip()
        if line.endswith("。"):
            k = line.rfind("。", 0, len(line) - 1) + 1  # (the last sentence)
            last = line[k:].strip()
            if len(last) <= _TASK_LEAD_LEN and _tasks_lead(last):
                return s + k
        e = s - 1
    return -1


_FIRST_FIGURE = re.compile(r"\d")
_COLON_SET = marks("：:")
_LIST_STOP_SET = marks("。！？")
_BODY_ENDS_SET = marks("；;")  # (the body's clause run ends at a semicolon: the government's own may follow)
_STOP_SEMI_SET = marks("。；")  # (a full stop or a full-width semicolon: the list's sentences before a lead)


def _parent_title(sec: Section) -> str:
    """The title of the section sec stands in, as its path writes it ("" where the path names none)."""
    parts = sec.path.rsplit(" > ", 2)
    return parts[-2] if len(parts) > 1 else ""
_TITLE_MARK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．]?)\s*")


def _whole_list_title(before: str) -> bool:
    """Whether the words of a sub-section's title before its 主要目标 name the whole (none, the year, the region's
    economy: "（一）2024年主要预期目标", "（二）经济社会发展主要目标"), not a sector ("（一）农业农村发展主要目标")."""
    before = _TITLE_MARK.sub("", before).removesuffix("的").strip()
    return not before or before.endswith(_list_leads().get("whole", ()))


def _year_item_turn(text: str, ss: int, se: int, sec, meta: Metadata) -> int:
    """Where a ；-item opening on the year (``_YEAR_ITEM_TURN``) starts in text[ss:se] or right before it, a sentence of the plan's goals
    (its part's title names the plan's period) in a part on the year's work too (``_year_work_top``); -1 where none."""
    b = ss
    while b > 0 and text[b - 1] in " \t\u3000\r\n":
        b -= 1  # (the ； may close the sentence before, a line's end after it)
    if sec is None or (t := _YEAR_ITEM_TURN.search(text, max(0, b - 1), se)) is None:
        return -1
    top = sec.path.split(" > ")[0]
    return t.start() if _GOAL_PERIOD.search(top) is not None and _year_work_top(top, meta) else -1


def _year_work_top(top: str, meta: Metadata) -> bool:
    """Whether a part's title sets a plan's goals and this year's work ("二、“十五五”时期奋斗目标和2026年工作安排")."""
    # (the year named in words too: "二、今后五年目标和明年工作安排" in a December report, "…和今年工作安排")
    return bool(meta.report_year) and bool(_GOAL_PERIOD.search(top)) \
        and ((k := top.find(f"{meta.report_year}年")) >= 0 or (w := _THIS_YEAR.search(top)) is not None and (k := w.start()) >= 0) \
        and bool(_TASK_TITLE.search(top, k) or top.endswith(("年工作", "年的工作")))


# a news page's sentence that turns from the report's target list to what it says will be done, in the list's paragraph
# ("报告提出，今年…主要预期目标是：…左右。报告还提出，今年将新建高标准农田300万亩，…"): the report named again, then the
# year's will
_NEWS_TASKS_TURN = re.compile(r"[ \t\u3000]*(?:报告(?:又|还|亦|同时|并|也)?(?:提出|指出|称|表示|要求|明确|部署|强调)[，,：:]?"
                              r"[^。；;，,]{0,8}?"
                              # (or the year's will said outright after the review the page restates next: "…报告回顾，
                              # 2024年…增长5.2%。此外，今年北京将新建改造城市道路200公里", not 今年以来)
                              # (or the targets named before it: "围绕上述目标，今年要…")
                              r"|(?:此外|同时|另外|围绕[^，,。；;\d]{0,12})?[，,]?(?:今年(?!以来)|明年)[，,]?[^。；;，,\d]{0,6}?)"
                              r"(?:将|(?<![主重需必只纲首紧])要|计划|力争)")  # (not 主要: "报告提出，今年发展
# 主要预期目标是：" leads the list itself)


def _news_tasks_turn(text: str, ps: int, pe: int) -> int:
    """Where a sentence after the first in the paragraph [ps, pe) names the report again and says what it will do, or
    opens on the year's will (_NEWS_TASKS_TURN); -1 where none does."""
    stop = find_mark(text, ps, pe, _LIST_STOP_SET)
    if stop >= 0 and (text.find("报告", stop + 1, pe) >= 0 or text.find("今年", stop + 1, pe) >= 0
                      or text.find("草案", stop + 1, pe) >= 0):
        while stop >= 0:
            if _NEWS_TASKS_TURN.match(text, stop + 1, pe) is not None or _laid_tasks_re().match(text, stop + 1, pe) is not None:
                return stop + 1
            stop = find_mark(text, stop + 1, pe, _LIST_STOP_SET)
    return -1


@once
def _laid_tasks_re() -> re.Pattern:
    """A sentence opening on the paper that lays out the year's tasks and the tasks it lays out (cues.tsv tasks_laid_by:
    "计划草案安排的重点工作中，", "报告部署的重点任务有：", and with no 的, a yearbook's or a digest's "报告部署重点工作：",
    decision 376): what follows in it are those tasks (not its targets,
    "计划草案提出的主要目标是：", nor what it set out to do, "报告提出的重点工作完成情况")."""
    who = "|".join(map(re.escape, sorted(vocab.cues().get("tasks_laid_by", ("报告",)), key=lambda w: (-len(w), w))))
    return re.compile(r"[ \t\u3000]*(?:" + who + r")(?:还|又|并|同时|也)?(?:安排|部署|提出|明确|确定)的?(?:年度|今年)?"
                      r"(?:重点工作|主要任务|重点任务|工作任务|主要工作)(?:中|有|包括|主要有|是)?[，,：:]")


@once
def _fiscal_turn_re() -> re.Pattern:
    """A sentence opening on the year's fiscal allocation (cues.tsv ``fiscal_turn``: "今年赤字率拟按3%左右安排",
    "拟安排地方政府专项债券3.9万亿元"), a time or a joining word before it."""
    words = sorted(vocab.cues().get("fiscal_turn", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[ \t\u3000]*(?:今年|全年|同时|此外|另外|其中)?[，,]?(?:" + "|".join(map(re.escape, words)) + ")")


def _fiscal_turn(text: str, ps: int, pe: int) -> int:
    """Where a sentence after the first in the paragraph [ps, pe) opens on the year's fiscal allocation, which the spec
    pledges wherever the plan states it ("…主要预期目标是：…。今年赤字率拟按2.8%左右安排，拟安排地方政府专项债券
    3.65万亿元。" on a news page); -1 where none does."""
    stop = find_mark(text, ps, pe, _LIST_STOP_SET)
    while stop >= 0:
        if _fiscal_turn_re().match(text, stop + 1, pe) is not None:
            return stop + 1
        stop = find_mark(text, stop + 1, pe, _LIST_STOP_SET)
    return -1


def _principle_turn(text: str, ps: int, pe: int) -> int:
    """Where a sentence after the first in the target list's paragraph [ps, pe) opens on a principle leading an action
    (``_principle_lead_re``: "…居民消费价格涨幅2%左右。按照“项目跟着规划走”的原则，安排市级预算内基本建设投资5亿元。"):
    the year's allocation the spec pledges wherever the plan states it, though no lead turns the list to the year
    (decision 432; a lead with no comma or no verb after it, "按照“应保尽保”的原则做好…", opens nothing); -1 where none."""
    stop = find_mark(text, ps, pe, _LIST_STOP_SET)
    while stop >= 0:
        ne = find_mark(text, stop + 1, pe, _END_MARK_SET)
        at = _principle_clause(text, stop + 1, pe if ne < 0 else ne) if text[stop] in _END_MARKS else -1
        if at >= 0:
            return at
        stop = find_mark(text, stop + 1, pe, _LIST_STOP_SET)
    return -1


_COMMA_MARK_SET = marks("，,")


def _principle_clause(text: str, s: int, e: int) -> int:
    """Where in the full sentence [s, e) a principle's lead opens an action: at its start, or at a later clause's where
    the sentence opens on a basis's word ("按照每人每年640元的标准安排…补助，按照“项目跟着规划走”的原则安排…投资5亿元":
    a sentence of allocations, each by its basis; the standard's clause, no principle, stays out, lft63b); -1 where
    none does. A clause after the list's own comma is never one (the sentence must open on the basis's word)."""
    if not text.startswith(_principle_lead_words(), s):
        return -1
    at = s
    while at >= 0:
        m = _principle_lead_re().match(text, at, e)
        if m is not None and _opens_action(text, m.end(), e):
            return at
        c = find_mark(text, at, e, _COMMA_MARK_SET)
        at = c + 1 if c >= 0 else -1
    return -1


def _tasks_after_list(text: str, ps: int, pe: int, meta: Metadata | None = None) -> int:
    """Where the tasks begin in the paragraph [ps, pe) that states the year's target list, then, in its last full
    sentence, leads to the tasks with a colon and lists them after it ("…以内。围绕上述目标，重点做好以下工作：一是…"):
    right after that colon; or, on a news page, at the sentence after the list that names the report again and says what
    it will do ("…左右。报告还提出，今年将新建…"); or, in a report set as one paragraph, at the sentence after a list
    that turns to the year (``_turned_list_end``); -1 where no such lead follows the list."""
    turn = _news_tasks_turn(text, ps, pe)
    if turn >= 0:
        return turn
    if meta is not None:
        turn = _turned_list_end(text, ps, pe, meta)
        if turn >= 0:
            return turn
    if "拟" in text[ps:pe] or "赤字" in text[ps:pe]:
        turn = _fiscal_turn(text, ps, pe)
        if turn >= 0:
            return turn
    if any(w in text[ps:pe] for w in _principle_end_words()):
        turn = _principle_turn(text, ps, pe)
        if turn >= 0:
            return turn
    colon = rfind_mark(text, ps, pe, _COLON_SET)
    if colon < 0:
        return -1
    fs = rfind_mark(text, ps, colon, _STOP_SEMI_SET) + 1
    if fs <= 0 or fs <= ps:
        return -1  # (the list's own lead, or one sentence: no list before the lead)
    lead = text[fs:colon + 1]
    return colon + 1 if _tasks_lead(lead) or _named_works_lead(lead) else -1


def _named_works_lead(lead: str) -> bool:
    """Whether a sentence ending with a colon after the target list in its paragraph leads to the named works or
    actions carried out for it ("…左右。围绕上述目标，重点实施六大工程：一是…", "…着力推进“五大行动”："), as
    ``_PLAN_WORK_LEAD`` reads them opening a paragraph (not "主要目标是：", nor a lead to targets or a review)."""
    return ("工程" in lead or "行动" in lead) and _PLAN_WORK_LEAD.fullmatch(lead) is not None \
        and _GOALS_LEAD.search(lead) is None and not _target_lead(lead) and not _REVIEW_CUE.search(lead)


# the year's list opening its paragraph by the year alone ("2026年全省经济社会发展的主要预期目标是：…"), as 今年 opens one
_YEAR_LIST_OPENS = re.compile(r"[ \t\u3000]*(?P<y>(?:19|20)\d{2})年(?=[^，,。；;：:]{0,20}?目标)")


def _turned_list_end(text: str, ps: int, pe: int, meta: Metadata) -> int:
    """Where, in a paragraph that holds a whole report's plan (a news page or a report set as one paragraph), the
    sentence after a target list opens, the list's sentence turning to the report's year ("…。今年全市经济社会发展的主要
    预期目标是：…增长7.5%。全年新建高标准农田5万亩…"): the first full sentence after it that names no indicator, where it
    opens on an action's verb, 全年, 同时 or a topic (a list going on over its sentences, "…增长7%。城镇新增就业…", "。确保
    粮食产量稳定在…", stays the list's); -1 where there is none. The turn is ``_TURN_OPENS``'s (not 今年以来, nor a past
    year; or the report's year opening the paragraph's list, ``_YEAR_LIST_OPENS``)."""
    # (after who tells it too, on a news page: "报告提出，2022年全县经济社会发展的主要预期目标是：…。全年将新建…", as after 今年)
    at = tm.end() if text[ps:ps + 1] in _TELLS_FIRST and (tm := _TELLS_TURN.match(text, ps, pe)) is not None else ps
    ym = _YEAR_LIST_OPENS.match(text, at, pe) if text[at:at + 6].lstrip(" \t\u3000")[:2] in ("19", "20") else None
    for m in _chain((ym,) if ym is not None else (), _TURN_OPENS.finditer(text, ps, pe)):
        st = m.start()
        if st > ps and text[st - 1] not in _END_MARKS and not _told_turn(text, ps, st):
            continue  # (a turn opens its full sentence, or follows only who tells it: "报告提出，今年…")
        if m.group("y") is not None and (meta.report_year is None or int(m.group("y")) < meta.report_year):
            continue
        if m.group("y") is not None and at > ps and any(int(d.group(1)) > int(m.group("y")) for d in _DAY_DATED.finditer(text, 0, ps)):
            continue  # (the page dated after the year told: "…讯 2023年1月8日，…\n\n报告提出，2022年…", a past year's list)
        se = find_mark(text, st, pe, _END_MARK_SET)
        colon = find_mark(text, st, se if se >= 0 else pe, _COLON_SET)
        if se < 0 or colon < 0 or not _target_lead(text[st:colon + 1]):
            continue
        ns = se + 1
        for _ in range(6):  # (the list may go on over a few full sentences, each naming its indicator)
            if ns >= pe:
                break
            ne = find_mark(text, ns, pe, _END_MARK_SET)
            ne = pe if ne < 0 else ne
            if _goes_on_with_list(text, ns, ne):
                ns = ne + 1
                continue
            if _opens_action(text, ns, ne) or text.startswith("今年", ns) and _YEAR_WILL_OPENS.match(text, ns) \
                    or (e := _ENSURE_OPENS.match(text, ns, ne)) is not None and _opens_action(text, e.end(), ne) \
                    or (e := _principle_lead_re().match(text, ns, ne)) is not None and _opens_action(text, e.end(), ne) \
                    or (m.group("y") is not None or text.startswith("今年", st)) \
                    and (t := _THIS_YEAR_DOER.match(text, ns, ne)) is not None and _verb_re().match(text, t.end()):
                return ns  # (the tasks may name the list's year again: "…左右。今年全县新建高标准农田5万亩")
            break
    return -1


# a resolve before a task's verb, opening the sentence after the year's list ("…增长6%。确保压减钢铁产能30万吨，完成棚户区
# 改造1.5万套。"): the tasks, as the verb alone opens them (one naming an indicator, "确保粮食产量稳定在…", went on with the list)
# (争取 is a verb of its own already)
_ENSURE_OPENS = re.compile(r"[ \t\u3000]*(?:确保|力争)(?:全年|今年)?[，,]?")
# the year and who does the tasks, opening a sentence after the year's list ("今年全县", "今年，该县", "今年我市")
_THIS_YEAR_DOER = re.compile(r"\s*(?:今年|(?:19|20)\d{2}年)[，,]?(?:全[省市县区旗州盟]|该[县区旗市州盟]|我[省市县区旗州盟])?(?:要|将)?")


@once
def _principle_lead_re() -> re.Pattern:
    """A principle or a basis leading a sentence before its verb (cues.tsv ``principle_leads`` … ``principle_ends`` and
    a comma: "按照“保基本、兜底线”的原则，"): after the year's list, the verb after it opens the tasks as it does alone
    (decision 428)."""
    leads = sorted(vocab.cues().get("principle_leads", ()), key=lambda w: (-len(w), w))
    ends = sorted(vocab.cues().get("principle_ends", ()), key=lambda w: (-len(w), w))
    if not leads or not ends:
        return re.compile(r"(?!)")
    # (its comma may be left out where the action's verb follows at once: "按照“项目跟着规划走”的原则安排…5亿元", lft63b;
    # "按照“应保尽保”的原则做好…" still opens nothing, 做好 no pledge verb)
    return re.compile(r"[ \t\u3000]*(?:" + "|".join(map(re.escape, leads)) + r")[^，,。；;：:\d]{1,30}?(?:"
                      + "|".join(map(re.escape, ends)) + r")(?:[，,]|(?=" + _verb_re().pattern + "))")


@once
def _principle_lead_words() -> tuple[str, ...]:
    """cues.tsv ``principle_leads``: the words a sentence of allocations by their basis opens on (`_principle_clause`)."""
    return tuple(vocab.cues().get("principle_leads", ()))


@once
def _principle_end_words() -> tuple[str, ...]:
    """cues.tsv ``principle_ends``: a paragraph holding none of them holds no principle lead (`_principle_turn`)."""
    return tuple(vocab.cues().get("principle_ends", ()))


def _goes_on_with_list(text: str, ns: int, ne: int) -> bool:
    """Whether the full sentence [ns, ne) after a target list goes on with it: it names an indicator, and neither a
    clause of purpose naming the targets back nor a task's verb in a first clause naming no indicator opens it (those
    close the list, whatever indicator its tasks then name: "围绕上述目标，全年…新增城镇就业3200人。")."""
    if "能" in text[ns:ne] or "容" in text[ns:ne]:
        # (or a capacity to hold, set as the indicators are: "全市煤炭产能稳定在1.2亿吨左右，电力装机容量达到900万千瓦。"
        # between the list and "全年退出煤炭过剩产能300万吨…"; not a cut, "全年压减粗钢产能200万吨", the year's task)
        ce = find_mark(text, ns, ne, _CN_CLAUSE_SET)
        if _capacity_held(text, ns, ne if ce < 0 else ce, ns) and not _task_clause_first(text, ns, ne):
            return True
    return bool(_indicator_ids(text, ns, ne)) and _PURPOSE.match(text, ns, ne) is None \
        and not _task_clause_first(text, ns, ne)


def _task_clause_first(text: str, ns: int, ne: int) -> bool:
    """Whether the full sentence [ns, ne) after a target list opens on an action's verb (after 全年 or not) in a first
    clause that names no indicator ("全年统筹衔接资金1.2亿元，新建…，新增城镇就业3200人。"): tasks, whatever indicator a
    later task names; a sentence whose first clause names one ("全年固定资产投资完成190亿元以上", "确保粮食产量…") goes on
    with the list."""
    fs = ns + 2 if text.startswith("全年", ns) else ns
    if not _verb_re().match(text, fs):
        return False
    ce = find_mark(text, fs, ne, _CN_CLAUSE_SET)
    return not _indicator_ids(text, ns, ne if ce < 0 else ce)


def _opens_action(text: str, fs: int, fe: int = -1) -> bool:
    """Whether the full sentence at fs opens on an action's verb, 全年, 同时 or a topic, or does so after a clause of
    purpose naming the targets back ("围绕这些目标，全年新建…", "为实现上述目标，新建…"; not a lead to a colon's list,
    "围绕上述目标，着力做好六个方面工作：", which the colon's rule reads)."""
    if fe < 0:
        fe = find_mark(text, fs, len(text), _END_MARK_SET)
        fe = len(text) if fe < 0 else fe
    if (p := _PURPOSE.match(text, fs, fe)) is not None and find_mark(text, fs, fe, _COLON_SET) < 0:
        fs = p.end()
        if (d := _OWN_DOER.match(text, fs, fe)) is not None:
            fs = d.end()  # (the region's own word or 我们 and 将 before the verb: "围绕上述目标，该县将新建…")
        elif _BARE_WILL.match(text, fs, fe) is not None:
            return True  # (要 or 将 alone after the purpose: "围绕实现上述目标，要扎实推进扩大有效投资，全年实施…": the tasks)
    return bool(_verb_re().match(text, fs) or text.startswith(_GOES_ON_OPENERS, fs) or _TOPIC_OPENS.match(text, fs))


# who does the tasks after a clause of purpose, by the region's own word ("全县将", "该县将", "我市要", "我们将"; not a
# proper name, left)
_OWN_DOER = re.compile(r"\s*(?:全[省市县区旗州盟]|该[县区旗市州盟]|我[省市县区旗州盟]|我们)(?:将|要)")
# (or the will alone, whoever does it left unsaid: "为实现上述目标，要…", "围绕上述目标，必须…"; not 要求, 要素, 将近)
_BARE_WILL = re.compile(r"\s*(?:还|也)?(?:要(?![求素点])|将(?!近)|必须)")


# a paragraph opening on the targets just listed, named back ("上述目标与“十五五”规划目标相衔接，…", "这些目标，…")
_TARGETS_BACK = re.compile(r"[ \t\u3000]*(?:上述|以上|这些|这一)(?:预期|主要)?目标")


def _weighed_then_tasks(text: str, ps: int, pe: int) -> int:
    """Where the tasks begin in the paragraph [ps, pe) right after the year's target list whose first full sentence
    weighs the targets or opens on them named back ("这些目标，统筹考虑了需要和可能，与“十五五”规划目标相衔接。围绕实现上述目标，要扎实推进扩大有效
    投资，全年实施亿元以上项目1500个以上。"): at the first later full sentence (of six at most) that opens on a task as the
    sentence after a list does (``_opens_action``: a verb, 全年, a topic, or a clause of purpose naming the targets back
    before one), or on the will of whoever does them ("我们将…", "要…", "今年要…"); a sentence that goes on about the
    list's indicators is passed (as in ``_turned_list_end``); -1 where none opens a task (the paragraph only explains)."""
    fe = find_mark(text, ps, pe, _END_MARK_SET)
    if fe < 0 or not (_TARGET_REASONS.search(text, ps, fe) or _TARGETS_BACK.match(text, ps, fe)):
        return -1
    ns = fe + 1
    for _ in range(6):
        if ns >= pe:
            break
        ne = find_mark(text, ns, pe, _END_MARK_SET)
        ne = pe if ne < 0 else ne
        if _goes_on_with_list(text, ns, ne):
            ns = ne + 1
            continue  # ("…相衔接。地区生产总值增长5%左右，既…又…": the weighing goes on over the list's figures)
        if find_mark(text, ns, ne, _COLON_SET) < 0 and (
                _opens_action(text, ns, ne) or (_OWN_DOER.match(text, ns, ne) or _BARE_WILL.match(text, ns, ne)) is not None
                or text.startswith("今年", ns) and _YEAR_WILL_OPENS.match(text, ns) is not None):
            return ns
        ns = ne + 1
    return -1


# who tells the turn on a news page, opening its full sentence ("报告提出，今年全市…主要预期目标是：", "报告明确今年…")
_TELLS_TURN = re.compile(r"\s*(?:据|报告(?:还|亦|也|并)?|会议|大会)(?:提出|提到|指出|明确|强调|表示|部署)[，,：:]?\s*")
_TELLS_FIRST = frozenset(" \t\u3000据报会大")  # (the characters _TELLS_TURN opens with)
# a day's date ("2023年1月8日", "2022-01-08"): its year, the page's
_DAY_DATED = re.compile(r"((?:19|20)\d{2})\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}")


def _told_turn(text: str, ps: int, st: int) -> bool:
    """Whether the turn at st follows, in its full sentence, only who tells it (``_TELLS_TURN``)."""
    k = rfind_mark(text, ps, st, _END_MARK_SET)
    return (m := _TELLS_TURN.match(text, k + 1 if k >= 0 else ps, st)) is not None and m.end() == st


# the year's will opening a sentence after the list ("…增长3%。今年要新建5G基站1万个，改造老旧小区800个"): the tasks
_YEAR_WILL_OPENS = re.compile(r"今年[，,]?(?:我们|全[省区市县]|[^，,。；;：:！？\d%\s]{0,4}?)(?:还|也)?(?:要|将)(?![^，,。；;]{0,6}?(?:目标|预期))")


def _tasks_lead(lead: str) -> bool:
    """Whether a sentence ending with a colon leads to the tasks listed after it ("围绕上述目标，重点做好以下工作：",
    "做好今年工作，我们要在以下几个方面下功夫："), not to targets or their explanation ("主要考虑是：")."""
    return _names_work(lead) and ("以下" in lead or "如下" in lead or "方面" in lead) \
        and not _target_lead(lead) and not _REVIEW_CUE.search(lead)


def _tasks_lead_colon(para: str) -> int:
    """Where the colon of a lead to the tasks opening para stands (its first sentence ending with it: "报告明确，今年将重点
    做好以下工作：全年地区生产总值增长7%左右，在实际工作中努力争取更好结果；新增…"), or -1."""
    c = para.find("：", 0, _TASKS_LEAD_OPEN)
    return c if c > 0 and "。" not in para[:c] and _tasks_lead(para[:c + 1]) else -1


def _opens_on_tasks_lead(para: str) -> bool:
    """Whether para opens on a lead to the tasks (``_tasks_lead_colon``): the tasks, not the target list's reach."""
    return _tasks_lead_colon(para) > 0


_TASKS_LEAD_OPEN = 48  # (the lead's length at most: a colon further on is an item's)


def _opens_on_year_tasks(para: str, meta: Metadata) -> bool:
    """Whether para opens on a lead to this year's tasks with the tasks after its colon in the same paragraph ("报告明确，
    今年将重点做好以下工作：全年地区生产总值增长7%左右，…；新增…"): a lead alone on its line, or one naming no year or another
    year ("做好2023年工作，我们重点抓了以下几个方面：", "重点抓好以下工作：" after a plan's list), is read as before."""
    c = _tasks_lead_colon(para)
    return c > 0 and bool(para[c + 1:].strip()) and _year_tasks_lead(para[:c], meta)


def _names_work(s: str) -> bool:
    """Whether a lead names the work or its sides (a task noun, or 方面)."""
    return any(w in s for w in _TASK_NOUNS) or "方面" in s


def _year_tasks_lead(para: str, meta: Metadata) -> bool:
    """Whether para, a lead looking ahead that ends with a colon, leads this year's work ("做好今年工作，重点抓好以下
    五个方面：", "2026年重点做好以下工作："): it names the year and the work."""
    return _names_work(para) and ("今年" in para or "本年" in para or (
        meta.report_year is not None and f"{meta.report_year}年" in para))


def _closing_after_plan(outline: Outline, sec: Section) -> bool:
    """Whether sec lies in a top part on the government's own work that comes after a part of the year's tasks or
    targets (not a review's item on it, "（十）政府自身建设全面加强", whose top part is the review)."""
    top = next((s for s in outline.sections if s.depth == 1 and s.start <= sec.start < s.end), None)
    return top is not None and top.role == "closing" and any(
        s.depth == 1 and s.role in ("tasks", "targets") and s.end <= top.start for s in outline.sections)


def _tasks_titled_after(outline: Outline, sec: Section | None) -> bool:
    """Whether an unnumbered part titled for the targets and the tasks ("目标任务2021", "2021年目标任务" over a card page's
    target cards) has the tasks' own unnumbered part right after it ("重点工作2021"): its cards are the target list, not
    pledges (decision 430)."""
    if sec is None or sec.number:
        return False
    nxt = next((s for s in outline.sections if s.start >= sec.end and s.depth <= sec.depth), None)
    return nxt is not None and nxt.depth == sec.depth and not nxt.number and nxt.role == "tasks" \
        and "目标" not in nxt.title and _TASK_TITLE.search(nxt.title) is not None


def _plan_role(outline: Outline, sec: Section | None, meta: Metadata) -> str:
    """The role of section sec (``outline.at(pos)``), reading a part titled for the report's year
    ("三、对2018年政府工作的建议", "二、对今年政府工作的建议") as tasks, and one titled only for past
    years as review."""
    role = sec.role if sec else outline.leading_role  # outline.role_at(pos)
    if role == "review":
        return role
    if role == "closing" and sec is not None and _closing_after_plan(outline, sec):
        # "四、全面加强政府自身建设" after the year's tasks: the government's own work ahead ("提请审议地方性法规草案12件",
        # "一般性支出再压减5%") is committed as the tasks are; its sentences on the past are read as review still
        return "tasks"
    top = sec.path.split(" > ")[0] if sec else ""
    years = [int(y) for y in _YEAR_20.findall(top)]
    if meta.report_year and years and max(years) < meta.report_year:
        return "review"  # "一、“十三五”发展成就和2020年主要工作" in the 2021 report
    if role == "other" and (_THIS_YEAR.search(top) or (meta.report_year and years and min(years) >= meta.report_year)):
        return "tasks"
    path = sec.path if sec else ""
    if role == "targets" and _TASK_TITLE.search(path) and not _GOAL_PERIOD.search(path) \
            and not (sec is not None and sec.depth > 1 and _OWN_TARGETS.search(below := path[len(top):])
                     and not _TASK_TITLE.search(below)) and not _tasks_titled_after(outline, sec):
        # "二、2022年目标任务和重点工作": the year's tasks under a targets title; not a sub-section titled for
        # the targets under the year's work ("第二部分 2019年工作安排 > 一、主要预期目标", "二、2024年工作安排 >
        # （一）主要预期目标"), whose indicators' figures are the target list, nor its numbered items ("（一）主要预期
        # 目标 > 1.地区生产总值增长6%左右；")
        return "tasks"
    if role in ("targets", "tasks") and sec is not None and sec.depth > 1 and _year_work_top(top, meta) \
            and not _GOAL_PERIOD.search(sec.path, len(top)) \
            and not (_GOALS_TITLE.search(sec.path, len(top)) and f"{meta.report_year}年" not in sec.path[len(top):]) \
            and not (_OWN_TARGETS.search(sec.path, len(top)) and not _TASK_TITLE.search(sec.path, len(top))):
        # "二、“十四五”时期主要目标和2021年工作安排 > （二）扩大有效投资": a sub-section of a part that sets
        # the plan's goals and this year's work, naming no plan of its own, is this year's tasks
        # (its work named alone, last: "二、今后五年目标任务和2022年工作")
        # (not the year's target list below it, its items numbered: "…和2021年工作安排 > （二）2021年主要预期目标 >
        # 1.经济增长。地区生产总值增长7%左右。", whose figures are indicator facts, as in a part of the year's work alone)
        return "tasks"
    if role in ("tasks", "other") and sec is not None and "目标" in top and _GOAL_PERIOD.search(top):
        # "二、“十四五”时期发展目标": a plan period's goals, though the outline took it for tasks; or for no role, its
        # title naming no work word ("二、今后五年的工作思路和目标")
        return "targets"
    if role in ("tasks", "other") and _PLAN_PROGRESS.search(top) and not _TASK_TITLE.search(top) \
            and not (meta.report_year and f"{meta.report_year}年" in top):
        return "review"  # "四、关于“十三五”规划纲要实施中期情况": the plan's progress and the goals it has left, no year's work
    if role == "tasks" and "展望" in top and _GOAL_PERIOD.search(top) and not _TASK_TITLE.search(top) \
            and not (meta.report_year and f"{meta.report_year}年" in top):
        return "targets"  # "【“十四五”展望】" in a digest: the plan's goals looked ahead to, no year's work
    return role


@once
def _past_lead_first():
    return _first_after_spaces(_PAST_LEAD)


def _past_lead(sentence: str, meta: Metadata) -> bool:
    """Whether a sentence opens with a past year ("2021年，…", "2021年全县…")."""
    m = _opens(_PAST_LEAD, _past_lead_first(), sentence)
    return bool(m and meta.report_year and int(m.group(1)) < meta.report_year)


# a clause of the report's year in a sentence dated by a span ("今后五年…，其中今年新建1200套")
# ("对标“十五五”规划目标，全年新增规上工业企业100家": 全年 turns to the report's year as 今年 does)
_THIS_YEAR_CLAUSE = re.compile(r"[，,；;]\s*(?:其中)?(?:今年|本年|年内|全年)")
# (a sentence that opens on the year, its item's number before it: "（三）全年实施“十五五”重大项目300个")
_THIS_YEAR_OPENS = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}是)?\s*(?:今年|本年|全年)")
# "2025年已建成高标准农田10万亩，今年再新建5万亩": a clause of the report's year after a past one
_TURN = re.compile(r"[，,；;]\s*(?:今年|本年|(20\d{2})年(?!以来))")
_AHEAD_BEFORE = re.compile(r"到20\d\d年|今后|未来|力争|十[五六]五")
# ("五年来新增停车位8万个，今年新增停车位2万个": the years gone by, before this year's clause)
_PAST_PART = re.compile(r"(?<!\d)(20\d{2})年|去年|上年|过去|回顾|截至|截止|(?<![今未])[五三两十]年来")


@once
def _ahead_turn() -> re.Pattern:
    """A clause turning to the years ahead (cues.tsv years_ahead_turn: 今后五年, 未来五年…; or 到 a year: "到2025年")."""
    words = longest_first((*vocab.cues().get("years_ahead_turn", ()), *vocab.cues().get("years_within_turn", ())))
    return re.compile(r"[，,；;]\s*(?:力争|争取|确保)?(?:(?P<w>" + words + r")|到(?P<y>20\d{2})年)")


# the count of years a word of cues.tsv years_within_turn opens on (五年内 → 5)
_YEARS_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _within_gone_by(word: str | None, past: list, y: int) -> bool:
    """Whether the years counted within (cues.tsv years_within_turn: "三年内") count from the last year told before them
    and end before the report's year ``y`` ("2018年启动…三年行动，三年内建成农村公厕1260座" in a 2021 report: 2018-2020,
    gone by; decision 367), not the years ahead ("2020年全市已建成…，三年内新建…" in a 2021 report)."""
    if not word or word not in vocab.cues().get("years_within_turn", ()):
        return False
    years = [p.group(1) for p in past if p.group(1)]
    n = _YEARS_COUNT.get(word[0])
    return bool(years) and n is not None and int(years[-1]) + n - 1 < y


def _turn(sentence: str, meta: Metadata) -> tuple[int, int]:
    """(where the clause about the past begins, where the clause of the report's year after it begins)
    in a sentence; (0, 0): none."""
    if not meta.report_year:
        return 0, 0
    got = _turn_to_year(sentence, meta)
    for m in _ahead_turn().finditer(sentence, 0, got[1] - 1 if got[1] else len(sentence)):
        # (or to the years ahead, after a year gone by: "2020年全区已建成5G基站1600个，今后五年新建5G基站3000个",
        # the plan's works restating a result before the goal; decision 361)
        if m.group("y") and int(m.group("y")) < meta.report_year:
            continue
        past = [p for p in _PAST_PART.finditer(sentence, 0, m.start()) if not p.group(1) or int(p.group(1)) < meta.report_year]
        if _within_gone_by(m.group("w"), past, meta.report_year):
            continue  # (the years counted from a year gone by, ended before the report's: a result, decision 367)
        if past:
            return max(sentence.rfind(c, 0, past[-1].start()) for c in "，,；;：:") + 1, m.start() + 1
        break
    return got


@once
def _years_ahead_words() -> re.Pattern:
    """The years ahead named by their words (cues.tsv years_ahead_turn: 今后五年, 未来五年…), anywhere."""
    return re.compile(longest_first(vocab.cues().get("years_ahead_turn", ())))


@once
def _years_programme() -> re.Pattern:
    """A programme of a count of years (cues.tsv years_programme_words after 两年/三年/五年…: "三年行动", "五年攻坚")."""
    return re.compile(r"(?<![过近来])[两二三四五六七八九十]年(?:" + longest_first(vocab.cues()["years_programme_words"]) + ")")


@once
def _bound_before_turn() -> re.Pattern:
    """An aim's bound (cues.tsv whole_aim_bounds: 左右, 以上) closing the clause before the turn ("培训农民工10万人次以上，
    今年完成2万人次"): a figure set, no result."""
    return re.compile(r"(?:" + longest_first(vocab.cues()["whole_aim_bounds"]) + r")$")


@once
def _task_set_words() -> tuple[str, ...]:
    """The words closing a task set at its figure (cues.tsv task_set_words: 任务为, 任务是): no work's name."""
    return tuple(vocab.cues()["task_set_words"])


def _years_ahead_before(sentence: str, at: int, meta: Metadata) -> bool:
    """Whether the sentence before ``at`` names the years ahead (今后五年, a programme of years, "启动…三年行动", or a plan
    not over: "“十五五”期间" in a 2026 report), or its clause before ends on an aim's bound (以上, 左右): "“十五五”期间新建
    改造农村公路1万公里，今年完成2000公里", "培训农民工10万人次以上，今年完成2万人次" set the work, then the year's part
    of it, no result of last year before this year's figure; the years counted as a period reads them too (_YEARS_AHEAD:
    "用三年时间改造老旧小区120个，今年完成45个", adv61c)."""
    return _years_ahead_words().search(sentence, 0, at) is not None or _YEARS_AHEAD.search(sentence, 0, at) is not None \
        or _years_programme().search(sentence, 0, at) is not None or _bound_before_turn().search(sentence, 0, at) is not None \
        or any(not _plan_over(p, meta) and not p.group(0).endswith("以来") for p in _PLAN_TIME.finditer(sentence, 0, at))


# the end of a span whose start's 年 is before it ("2024年至2026年": 至2026年)
_SPAN_TO = re.compile(r"\s*[-—–至到]\s*(20\d{2})年")


def _span_goes_on(sentence: str, at: int, meta: Metadata) -> bool:
    """Whether the year ending at ``at`` opens a span that ends in the report's year or later ("2024年至2026年，…累计改造城镇
    老旧小区600个，今年改造220个" in 2026): the span's plan, not the years gone by (adv63)."""
    return (m := _SPAN_TO.match(sentence, at)) is not None and int(m.group(1)) >= (meta.report_year or 0)


def _turn_to_year(sentence: str, meta: Metadata) -> tuple[int, int]:
    """_turn's clause of the report's year (今年, 本年, its number) after the past's, or what 再 adds to."""
    for m in _TURN.finditer(sentence):
        if m.group(1) and int(m.group(1)) != meta.report_year:
            continue
        past = [p for p in _PAST_PART.finditer(sentence, 0, m.start())
                if not p.group(1) or int(p.group(1)) < meta.report_year and not _span_goes_on(sentence, p.end(), meta)]
        # (a plan over, or one "以来": "“十四五”以来累计建成…，今年再建设3万亩" in its last year)
        past += [p for p in _PLAN_TIME.finditer(sentence, 0, m.start()) if _plan_over(p, meta) or p.group(0).endswith("以来")]
        past.sort(key=lambda p: p.start())
        if past:
            a = past[-1].start()
            return max(sentence.rfind(c, 0, a) for c in "，,；;：:") + 1, m.start() + 1
        if _TURN_TO_THIS_YEAR.match(sentence, m.start()) and not _PLAN_CUE_FOUND.search(sentence, 0, m.start()) \
                and not _years_ahead_before(sentence, m.start(), meta):
            # "固定资产投资完成1288亿元，今年力争完成1350亿元以上": the same name's figure set for this year, its name
            # left out, against the one before it: the clauses before the turn are last year's (decision 155)
            return 0, m.start() + 1
        if "再" in sentence[m.end():m.end() + 4] and (a := sentence.rfind("累计", 0, m.start())) >= 0 \
                and not _AHEAD_BEFORE.search(sentence, 0, a):  # (not a goal: "今后五年累计新建…，今年再新建…")
            # "全市累计建成5G基站1.2万个，今年再新建3000个": what 再 adds to is done already
            return max(sentence.rfind(c, 0, a) for c in "，,；;：:") + 1, m.start() + 1
        if "再" in sentence[m.end():m.end() + 4] and not _AHEAD_BEFORE.search(sentence, 0, m.start()) \
                and _DIGIT.search(sentence, a := max(sentence.rfind(c, 0, m.start()) for c in "，,；;：:") + 1, m.start()):
            # "全县规上工业企业达到120家，今年再新增15家": the stock 再 adds to is held now, no goal
            # (a goal before it stays: "到2027年规上工业企业达到150家，今年再新增15家")
            return a, m.start() + 1
    return 0, 0


@once
def _past_base_re() -> re.Pattern[str]:
    """A base clause of a past time holding a figure ("在去年新增规上工业企业160家的基础上", "在“十四五”期间累计建成高标准
    农田50万亩的基础上"; or after it, "继2018年12.3万人全部脱贫之后", decision 452): what the year's work builds on.
    cues.tsv past_base_opens (在, 继) and past_base_closes (基础上, 之后)."""
    c = vocab.cues()
    opens = "|".join(map(re.escape, c.get("past_base_opens", ("在",))))
    closes = "|".join(map(re.escape, c.get("past_base_closes", ("基础上",))))
    return re.compile(rf"(?:{opens})(?:(?:去年|上年|上一年)|((?:19|20)\d\d)年|“?十[一二三四五六七八九]五”?(?:时期|期间)?)"
                      rf"[^，,。；;：:“”]{{0,40}}?\d[^，,。；;：:]{{0,12}}?的?(?:{closes})")


@once
def _past_base_closes() -> tuple[str, ...]:
    return tuple(vocab.cues().get("past_base_closes", ("基础上",)))


def _past_base(m: re.Match, meta: Metadata) -> bool:
    """Whether the base clause ``m`` (_past_base_re) is of a time before the report year (a plan's years named as the time
    are those gone by, over or not: "在“十四五”期间累计建成…的基础上" in 2024 counts 2021–2023's)."""
    return not m.group(1) or bool(meta.report_year) and int(m.group(1)) < meta.report_year


# a bracket right after a figure giving an earlier year's ("（2023年为42亿元）", "（上年为25亿元）", "（去年建成520个）")
_PAST_ASIDE = re.compile(r"(?<=[\d\u4e00-\u9fff%])[（(](?:((?:19|20)\d\d)年|去年|上年|前年)"
                         r"[\u4e00-\u9fff]{0,4}?[\d.]+[^（()）\d，,。；;]{0,6}[）)]")


def _past_aside(m: re.Match, meta: Metadata) -> bool:
    return m.group(1) is None or bool(meta.report_year) and int(m.group(1)) < meta.report_year


# a figure dated by last year's words right before it ("去年的598.6亿元", "上年为36200元")
# (or its verb of a level reached between: "全省锂电池产值去年突破2000亿元，居全国第一" in a sector's paragraph of the
# year's work restates a result)
# (not a change on it: "比上年增加1.2万亿元")
# a clause last year's words date, before its figure, on a page restating a report ("市民代表王先生说，他所在的社区去年
# 新增停车位300个", "据介绍，去年全市新增停车位3000个"): a result, no pledge; not 去年 as a change's base or start (比/较/
# 与/同/在/从/由/于/和 before it), 去年以来, 上年度, nor a clause that names this year too (cues.tsv last_year_clause_not_after,
# last_year_clause_not_before, this_year_words)
@once
def _last_year_clause() -> re.Pattern[str]:
    c = vocab.cues()
    before = "".join(f"(?<!{re.escape(w)})" for w in c["last_year_clause_not_after"])
    return re.compile(before + r"(?:去年|上年)(?!" + longest_first(c["last_year_clause_not_before"]) + r")(?![^，,；;。]*?(?:"
                      + longest_first(c["this_year_words"]) + "))")


def _last_years_figure(text: str, ss: int, se: int, at: int) -> bool:
    """Whether last year's words date the clause of the figure at ``at`` (in the sentence text[ss:se]) before the figure,
    the whole clause naming no year ahead ("去年开工的25个项目今年要全部竣工": this year's work)."""
    co = max(ss, *(text.rfind(m, ss, at) + 1 for m in "，,；;：:"))
    ce = min([k for k in (text.find(m, at, se) for m in "，,；;。") if k >= 0] or [se])
    m = _last_year_clause().search(text, co, ce)
    return m is not None and m.start() < at


_LAST_YEAR_FIGURE = re.compile(r"(?<![比较与同])(?:去年|上年)(?:的|为|底|末)?(?:已经?)?(?:突破|达到|达|超过|迈上|跨上|站上|增长|增加|完成|实现)?\d")
# a five-year plan as a time ("“十四五”时期", "“十四五”以来"), not as a name ("巩固“十四五”成果")
_PLAN_TIME = re.compile(r"十([一二三四五六七八九])五”?(?:时期|期间|以来)")


def _plan_over(m: re.Match, meta: Metadata) -> bool:
    return bool(meta.report_year) and 1966 + 5 * (10 + _PLAN_ORDINAL[m.group(1)] - 3) + 4 < meta.report_year


def _past_plan_lead(sentence: str, meta: Metadata) -> bool:
    """Whether a sentence opens on a five-year plan already over ("“十四五”时期，全县累计新建…"); not where a verb that
    keeps what was won stands before it, the plan naming whose results are kept ("巩固“十二五”以来生态移民成果，…")."""
    m = _PLAN_TIME.search(sentence, 0, 12)
    return bool(m and _plan_over(m, meta) and not _PUNCT.search(sentence, 0, m.start())
                and not sentence[:m.start()].rstrip("“\"‘ \t\u3000").endswith(tuple(_keeping_verbs())))


# the words _REVIEW_OPEN needs (each found by str's own search, faster than a pattern's alternation)
_REVIEW_WORDS = ("去年", "上年", "过去", "年来", "回顾", "回眸", "回首", "截至目前", "截止目前", "以来", "近两年", "近三年",
                 "近五年", "近几年")


def _keyed(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """words grouped by a character each holds (the one most of them share): a group is searched only
    where its character is written (one character is found by a memchr; a word of two by a loop over
    the text)."""
    shared = Counter(c for w in words for c in set(w))
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(max(w, key=lambda c: (shared[c], -w.index(c))), []).append(w)
    return tuple((c, tuple(ws)) for c, ws in groups.items())


_REVIEW_KEYED = _keyed(_REVIEW_WORDS)


def _holds_review_word(para: str) -> bool:
    """``any(w in para for w in _REVIEW_WORDS)``, each group of words searched only where the character
    they share is written."""
    for c, ws in _REVIEW_KEYED:
        if c in para and any(map(para.__contains__, ws)):  # (map: no frame a word)
            return True
    return False
_PART = re.compile(r"[^。！？!?；;]+")  # a sentence as the scan reads it (the paragraph holds no line end)
# a line that opens a new item ("（二）", "二、", "2.", "——", "二是"): a review on the line before ends
# a box's title that names the year's targets or the plan's main indicators (not one of projects or tasks)
@once
def _indicator_box() -> re.Pattern:
    """A box's or a table's title over the main indicators (cues.tsv box_captions: "专栏1  2025年…主要预期目标",
    "表1　2023年全省经济社会发展主要预期目标", "附表：…主要指标"): its lines restate the target or goal list."""
    words = sorted(vocab.cues().get("box_captions", ()), key=lambda w: (-len(w), w))
    return re.compile(r"\s*(?P<cap>" + "|".join(map(re.escape, words)) + r")\s*[\d一二三四五六七八九十]{0,3}[ \t\u3000：:]*"
                      r"[^\n。；;：:]{0,40}?(?:主要预期目标|主要指标|主要目标)[^\n。；;]{0,8}$")
# a part's heading, which ends a box set right above it
_PROSE_MARKS = re.compile(r"[。，,；;]")  # (a line of prose, no table's row: a sentence's or a clause's mark)
# (or a plan's chapter, "第六章　全面推进乡村振兴" right under a box's last row, a PDF's page mark between them or none, the
# blank line that parted them gone: decision 510)
_PART_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:章|节|部分|篇))")
_BARE_NUMBER = re.compile(r"\s*\d{1,2}[ \t\u3000]*(?=[\u4e00-\u9fff])")
_NEW_ITEM = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|——|[一二三四五六七八九十]是)")


_END_MARK_SET = marks(_END_MARKS)
_CLAUSE_MARK_SET = marks("，,；;：:")
_DATING_CLAUSE = re.compile(r"\s*(?:截[至止])?20\d{2}年(?:底|末)?")  # ("截至2023年底，…": a clause that only dates)


# the lead of a list of goals ("主要目标是：", "奋斗目标为：", "发展目标是："): a plan's, where a span is named before it
_GOALS_LEAD = re.compile(r"(?:主要|奋斗|发展)目标(?:任务)?(?:是|为)?[：:]")


def _plan_goals_named_back(text: str, sec: Section, ps: int, pe: int, prev_para: str, meta: Metadata) -> bool:
    """Whether the paragraph [ps, pe), in a part titled for a plan period's goals (and the year's work too: "二、今后五年
    主要目标和2022年工作安排"), opens on a lead that names the targets back and turns to named works or tasks with a colon
    ("围绕上述目标，重点实施三大工程：", "为实现以上目标，重点抓好以下工作："), right under the plan's goal list as a paragraph of
    its own (``_plan_goals_list``: "今后五年的主要目标是：…"): the plan's works, as the same lead inside the list's paragraph
    gives them (not under the year's target list, "2022年主要预期目标是：…", nor a lead to goals, "上述目标的主要目标是：").
    The lead as facts reads it (``facts._targets_named_back``, cues.tsv targets_turn)."""
    return bool(prev_para) and _GOAL_PERIOD.search(sec.path.split(" > ")[0]) is not None \
        and _works_lead_named_back(text, ps, pe) and _plan_goals_list(prev_para, meta)


def _works_lead_named_back(text: str, ps: int, pe: int) -> bool:
    """Whether the paragraph [ps, pe) opens on a lead that names the targets back (``facts._targets_named_back``) and turns
    to named works or tasks with a colon before any figure ("围绕上述目标，重点实施三大工程：")."""
    if _targets_named_back().match(text, ps, pe) is None:
        return False
    colon = find_mark(text, ps, pe, _COLON_SET)
    if colon < 0 or _FIRST_FIGURE.search(text, ps, colon) is not None:
        return False
    lead = text[ps:colon + 1]
    return _tasks_lead(lead) or _named_works_lead(lead)


@once
def _goal_task_opens() -> re.Pattern:
    """A clause opening on the verb that does a task (cues.tsv goal_task_verbs: 完成, 实现), a time word and words of
    resolve (cues.tsv goal_task_resolve: 确保, 力争, 全力…) before it."""
    verbs = "|".join(map(re.escape, sorted(vocab.cues()["goal_task_verbs"], key=lambda w: (-len(w), w))))
    # (the words of resolve or manner before it: cues.tsv goal_task_resolve, "全力完成…", "超额完成…", decision 347)
    resolve = "|".join(map(re.escape, sorted(vocab.cues().get("goal_task_resolve", ()), key=lambda w: (-len(w), w))))
    return re.compile(r"[ \t\u3000]*(?:今年|全年|年内|明年)?(?:要|将)?(?:" + resolve + r")*(?:" + verbs + r")(?![了过])")


def _goal_done_as_task(text: str, ss: int, qs: int) -> bool:
    """Whether the clause of the figure at qs (from the last clause mark after ss) opens on the verb doing it as a task
    ("完成城镇新增就业4000人的目标任务", "确保实现一般公共预算收入18亿元的目标"; decision 343)."""
    cs = max(ss, rfind_mark(text, ss, qs, _CLAUSE_MARK_SET) + 1)
    return _goal_task_opens().match(text, cs, qs) is not None


def _year_targets_named_back(text: str, ps: int, pe: int, prev_para: str, meta: Metadata) -> bool:
    """Whether the paragraph [ps, pe) opens on a lead that names the targets back and turns to named works or tasks with a
    colon before any figure ("围绕上述目标，重点实施三大工程：", "为实现上述目标，重点抓好以下工作："), right under the year's
    target list as a paragraph of its own (PREV_PARA opens a target list, ``_target_list_search``, and holds a figure; not
    the plan's goal list, ``_plan_goals_list``, which ``_plan_goals_named_back`` reads): the year's tasks, as the same lead
    inside the list's paragraph gives them (``_tasks_after_list``)."""
    if not prev_para or not _works_lead_named_back(text, ps, pe):
        return False
    return _year_list_para(prev_para, meta)


def _year_list_para(para: str, meta: Metadata) -> bool:
    """Whether PARA opens the year's target list (``_target_list_search``) and holds a figure after its lead, not the
    plan's goal list (``_plan_goals_list``)."""
    m = _target_list_search(para)
    return m is not None and _FIRST_FIGURE.search(para, m.end()) is not None and not _plan_goals_list(para, meta)


def _untitled_year_work(text: str, ps: int, pe: int, prev_para: str, meta: Metadata) -> bool:
    """Whether the paragraph [ps, pe), on a page with no titles (a report's 摘要, a page restating it), right under the
    year's target list as a paragraph of its own (PREV_PARA, ``_year_list_para``), opens on a lead that names the targets
    back and turns to the work that reaches them (``_work_after_list_opens``: "为实现上述目标，重点抓好以下工作：新建…",
    "实现上述目标，要坚持稳中求进…。深入推进…，新建改造农村公路3000公里"): the year's tasks, with a colon after the lead
    or a full stop, as under a part's title (``_year_targets_named_back``); its sentences that look back are still
    dropped as results."""
    return bool(prev_para) and _work_after_list_opens().match(text, ps, pe) is not None and _year_list_para(prev_para, meta)


# a paragraph's first figure that is no year ("新建改造城市道路30公里": 30; not "2023年")
_FIGURE_NOT_YEAR = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.年])")
_YEAR_IN = re.compile(r"((?:19|20)\d{2})年")


def _opens_looking_back(para: str, meta: Metadata) -> bool:
    """Whether a paragraph in a run of the year's works, each a paragraph (decision 362), looks back and ends the run: a
    review word (_REVIEW_WORDS, _REVIEW_CUE) or a year gone by before its first figure ("去年，全区新建…", "2023年，全市
    新建改造农村公路186公里"); not a work whose figure last year's is compared with after it ("新建改造城市道路30公里，
    其中主干道12公里；去年为26公里": the year's work, decision 367)."""
    fm = _FIGURE_NOT_YEAR.search(para)
    head = para[:fm.start()] if fm is not None else para
    return _holds_review_word(head) or _REVIEW_CUE.search(head) is not None \
        or any(int(ym.group(1)) < meta.report_year for ym in _YEAR_IN.finditer(head) if meta.report_year)


def _lead_after_year_para(text: str, ps: int, para: str, prev_para: str, meta: Metadata) -> bool:
    """Whether PARA, on a page with no titles, is a lead to the tasks alone ("重点抓好以下工作：", nothing after its
    colon) right under a paragraph that opens on the report's year (or 今年/全年) and holds a figure ("2021年是“十四五”
    开局之年。全年完成固定资产投资160亿元以上…"): the year's works follow, each a paragraph (decision 375); not under
    the plan's goals ("今后五年，全区…": no year of the report opens it) nor under another year's paragraph."""
    p = para.strip()
    if not meta.report_year or not p.endswith(("：", ":")) or "。" in p or not _tasks_lead(p):
        return False
    q = prev_para.lstrip(" \t\u3000")
    if q.startswith((f"{meta.report_year}年", "今年", "全年")):
        return _FIGURE_NOT_YEAR.search(q) is not None \
            and not _plan_goals_list(q, meta) and not (q.startswith("全年") and _whole_year_gone(text, ps, meta))
    return _year_sentence_above(text, ps, q, meta)


def _year_sentence_above(text: str, ps: int, q: str, meta: Metadata) -> bool:
    """Whether the paragraph Q above the lead at ``ps`` is the year's paragraph's figures set apart from its opening
    sentence, on a page that sets each sentence a paragraph ("2022年是党的二十大召开之年。" then "全市地区生产总值增长7.5%
    左右，…。" then "重点抓好以下工作："): Q one sentence holding a figure and no year, no review's word, no plan's goal,
    right under a one-sentence paragraph opening on the report's year (or 今年) that holds no figure (decision 387; not
    under a past year's, "2021年是…之年。", nor a figure's sentence under a year's sentence with figures of its own)."""
    q = q.rstrip()
    if not q.endswith("。") or q.count("。") != 1 or _FIGURE_NOT_YEAR.search(q) is None or _YEAR_IN.search(q) is not None \
            or _holds_review_word(q) or _REVIEW_CUE.search(q) or _plan_goals_list(q, meta):
        return False
    k = text.rfind(q, 0, ps)
    if k <= 0:
        return False
    above = [ln.strip(" \t\u3000") for ln in text[max(0, k - 300):k].split("\n") if ln.strip()]
    if not above:
        return False
    a = above[-1]
    return a.startswith((f"{meta.report_year}年", "今年")) and a.endswith("。") and a.count("。") == 1 \
        and _FIGURE_NOT_YEAR.search(a) is None


# a paragraph opening on the year it tells of ("2021年，全市…", "去年，…", "今年是…"): the year a 全年 under it is
_PARA_YEAR_OPENS = re.compile(r"[ \t\u3000]*(?:((?:19|20)\d{2})年|(去年|上年|过去一年|一年来)|今年|本年)")


def _whole_year_gone(text: str, ps: int, meta: Metadata) -> bool:
    """Whether the 全年 opening the paragraph above ``ps`` is a year gone by: the nearest paragraph above it that opens on
    a year opens on one before the report's ("2021年，全市地区生产总值增长9.2%…" then "全年新建5G基站1860个…" in 2022: the
    year reviewed, and a lead under it, "我们重点抓好以下工作：", leads last year's works, decision 384); not the report's
    year or 今年 ("2022年是…之年。…" then "全年新开工…"), nor where no paragraph above names one."""
    lines = text[max(0, ps - 1200):ps].split("\n")
    seen = 0
    for line in reversed(lines):
        if not line.strip():
            continue
        seen += 1
        if seen == 1:
            continue  # (the 全年 paragraph itself)
        if seen > 4:
            return False
        m = _PARA_YEAR_OPENS.match(line)
        if m is not None:
            return m.group(2) is not None or m.group(1) is not None and int(m.group(1)) < (meta.report_year or 0)
    return False


def _plain_title(text: str, title: str, ps: int) -> bool:
    """Whether the title TITLE, on its line above ``ps``, is written plain: nothing but spaces or an opening quote before
    it on its line ("“十四五”时期主要成就"), no mark of a news page's sub-head ("【成绩单】", "◆回眸")."""
    k = text.rfind(title, 0, ps) if title else -1
    if k < 0:
        return False
    return not text[text.rfind("\n", 0, k) + 1:k].strip(" \t\u3000“")


@once
def _year_turn_opens() -> tuple[str, ...]:
    """The words that open a paragraph on the report's year (cues.tsv results_head_turn_opens: 今年/新的一年)."""
    return tuple(vocab.cues().get("results_head_turn_opens", ("今年",)))


def _turns_to_year(para: str, prev_para: str, title: str, meta: Metadata) -> bool:
    """Whether PARA, under a news page's sub-head of results ("【数说2020】" over its cards), opens on the report's year
    ("今年，全县…主要预期目标是：…。全年将新建…", "2021年，…") after a paragraph of the sub-head's own that names neither:
    the page's turn to the year ahead (lft62d). Not right under the sub-head, nor after a paragraph that already looks
    ahead ("【成绩单】" then "报告提出，今年…" then "今年，桐乡将…" stays the sub-head's: tests/test_news24.py)."""
    if not meta.report_year or not prev_para or title in prev_para:
        return False
    year = f"{meta.report_year}年"
    head = para.lstrip(" \t\u3000")
    # (a teller's lead maybe before the year: "报告提出，今年全区新建改造老旧小区45个" after the cards, adv64)
    body = head[m.end():] if (m := _teller_lead().match(head)) else head
    if not (body.startswith(year) or any(body.startswith(w) and body[len(w):len(w) + 1] not in "以来" for w in _year_turn_opens())
            or _opens_on_plan_ahead(head, meta)):
        return False
    return year not in prev_para and not any(w in prev_para for w in _year_turn_opens())


# a teller's lead before a paragraph's opening clause ("报告提出，“十五五”时期，…"): cues.tsv plan_ahead_tellers, its
# adverb and its verb teller_adverbs, teller_verbs; built at first use
@once
def _teller_lead() -> re.Pattern:
    c = vocab.cues()
    return re.compile("(?:" + longest_first(c["plan_ahead_tellers"]) + r")(?:" + "|".join(map(re.escape, c["teller_adverbs"]))
                      + ")?(?:" + "|".join(map(re.escape, c["teller_verbs"])) + r")[，,：:]?")


def _opens_on_plan_ahead(head: str, meta: Metadata) -> bool:
    """Whether the paragraph HEAD opens (a teller's lead maybe before) on the span of a plan that starts in the report's year
    or later ("“十五五”时期，…" in 2026, "今后五年，…"): the page's turn from the sub-head's results to the years ahead, as
    "今年，…" is (lft63c; a plan looked back on, "“十四五”时期，全市…年均增长" in 2026, starts before the year)."""
    m = _teller_lead().match(head)
    clause = re.split(r"[，,：:。]", head[m.end() if m else 0:], maxsplit=1)[0]
    span = _period(clause, meta) if 2 <= len(clause) <= 12 else ""
    return "-" in span and span[:4].isdigit() and int(span[:4]) >= (meta.report_year or 0)


def _this_year_list_para(para: str, meta: Metadata) -> bool:
    """Whether PARA opens the year's target list (``_year_list_para``) whose lead names the report's year or 今年
    ("2026年经济社会发展的主要预期目标是：…", "今年…主要预期目标是："; not last year's restated, "2025年主要预期目标是：…")."""
    m = _target_list_search(para)
    if m is None or not meta.report_year:
        return False
    lead = para[para.rfind("。", 0, m.start()) + 1:m.end()]
    return ("今年" in lead or f"{meta.report_year}年" in lead) and _year_list_para(para, meta)


@once
def _status_kept() -> frozenset[str]:
    """The statuses of projects that, glued to a bare 项目, name the projects counted (cues.tsv project_status_named)."""
    return frozenset(vocab.cues().get("project_status_named", ()))


def _plan_goal_sentence(text: str, ps: int, pe: int, meta: Metadata) -> bool:
    """Whether the paragraph [ps, pe) is one sentence of the plan's goal: its opening clause names the plan's span or a
    later year (``_span_opening``: "“十五五”时期，", "按照“十四五”规划，", "到2025年，") and it names a taxonomy indicator
    ("“十五五”时期，全区地区生产总值年均增长5%以上。"), on a page set one sentence a paragraph between the year's list and
    the lead that names the targets back (decision 362; not a sentence of the works, no indicator named)."""
    tail = text[ps:pe].rstrip()
    if tail.count("。") > 1 or _work_after_list_opens().match(text, ps, pe) is not None:
        return False
    fs = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip(" \t\u3000"))
    return bool(_span_opening(text, fs, pe, meta)) and _indicator_re().search(text, ps, pe) is not None


def _list_growth_sentence(text: str, ps: int, pe: int) -> bool:
    """Whether the paragraph [ps, pe) is one sentence whose every clause is a growth figure (cues.tsv growth_verb within
    four characters before a digit), opening on no action: the year's list's last sentence set a paragraph of its own
    ("菁蓉镇片区经济总量力争增长8%，电子信息产业功能区营业收入增长12%。"; not "新建改造城市道路18条。", a work)."""
    tail = text[ps:pe].strip()
    if not tail or tail.count("。") > 1 or _work_after_list_opens().match(text, ps, pe) is not None:
        return False
    fs = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip(" \t\u3000"))
    clauses = [c for c in re.split(r"[，,；;。]", tail) if c]
    return not _opens_action(text, fs) and all(_growth_figure_re().search(c) is not None for c in clauses)


@once
def _growth_figure_re() -> re.Pattern:
    verbs = "|".join(map(re.escape, sorted(vocab.cues()["growth_verb"], key=lambda w: (-len(w), w))))
    return re.compile(rf"(?:{verbs})[^，,。；;\d]{{0,4}}\d")


@once
def _work_after_list_opens() -> re.Pattern:
    """The opening of a paragraph that names the targets just listed back and turns to the work that reaches them: one or
    two verbs of cues.tsv targets_turn before them ("围绕上述目标，", "围绕实现上述目标，", "确保完成这些目标任务，"), the
    reaching after them too ("为确保上述目标顺利实现，"), or a bare word of purpose (cues.tsv targets_purpose: "为此，")."""
    cues = vocab.cues()
    turns = "|".join(map(re.escape, sorted(cues["targets_turn"], key=lambda w: (-len(w), w))))
    purpose = "|".join(map(re.escape, sorted(cues["targets_purpose"], key=lambda w: (-len(w), w))))
    return re.compile(rf"[ \t\u3000]*(?:(?:为了?|要)?(?:{turns}){{1,2}}(?:上述|以上|这些|这一|前述)(?:预期|主要|奋斗|发展)?目标"
                      rf"(?:任务)?(?:顺利|如期)?(?:的)?(?:实现|完成|落实)?|(?:{purpose}))[，,]")


def _plan_goals_list(para: str, meta: Metadata) -> bool:
    """Whether PARA opens a list of a plan's goals, the span named in its lead ("今后五年，全县经济社会发展的主要目标是：",
    "“十四五”时期的奋斗目标为：", "到2030年的发展目标是："): its items are goals, as the year's target list's are targets,
    no pledges (not a part's own list, "民生实事主要目标是：", nor the year's, "今年主要目标是：")."""
    m = _GOALS_LEAD.search(para)
    if m is None:
        return False
    lead = para[para.rfind("。", 0, m.start()) + 1:m.start()]
    span = _period(lead, meta) if lead else ""
    return "-" in span or span.isdigit() and bool(meta.report_year) and int(span) > meta.report_year


def _later_acts_from(text: str, ps: int, pe: int, para: str, meta: Metadata) -> int:
    """Where, in a paragraph that opens the plan's goal list ("今后五年，…主要目标是：…。"), a later full sentence a later
    year opens and naming no taxonomy indicator starts ("到2030年，全省建成5G基站15万个，新建改造农村公路1万公里。"): counts
    committed to by that year, pledges as in a paragraph of their own (decision 540; the list's sentences, and one of
    the later year naming an indicator, "到2030年，森林覆盖率稳定在66%以上", stay goals); -1: none. Only such sentences
    to the paragraph's end (a goal sentence after them would be read too: none seen)."""
    if not meta.report_year or not _plan_goals_list(para, meta):
        return -1
    for m in _FULL_SENTENCE.finditer(para):
        if m.start() == 0 or (bm := _LATER_YEAR_OPENS.match(para, m.start())) is None \
                or int(bm.group(1)) <= meta.report_year:
            continue
        if all(_indicator_re().search(text, ps + n.start(), ps + n.end()) is None
               for n in _FULL_SENTENCE.finditer(para, m.start())):
            return ps + m.start()
    return -1


def _goal_list_sentence(text: str, sec: Section, ps: int, ss: int, se: int, meta: Metadata) -> bool:
    """Whether the sentence at ss (or the full sentence its ；-item is of, up to se) opens on the plan's span or later
    year ("今后五年，", "“十五五”时期，", "到2030年，") and names a taxonomy indicator, in a part titled for a plan period's
    goals alone ("第二部分 “十五五”时期奋斗目标"): the plan's goal list with no lead of its own ("今后五年，全区地区生产总值
    年均增长5.5%左右，…；五年新增中小学学位5万个"), whose items are goals, no pledges (decision 38); not a part of its
    tasks too ("…主要目标和重点任务"), nor a sentence of the works it will do, no indicator named ("今后五年，我们将重点
    实施“十大工程”：新建学校20所，…")."""
    top = sec.path.split(" > ")[0]
    if not _GOAL_PERIOD.search(top) or _TASK_TITLE.search(top) or _YEAR_IN_PATH.search(sec.path):
        return False
    fs = _full_start(text, ps, ss)
    k = find_mark(text, fs, min(len(text), fs + 24), _OPENING_END_SET)
    if k < 0:
        return False
    span = _period(text[fs:k], meta)
    return ("-" in span or span.isdigit() and bool(meta.report_year) and int(span) > meta.report_year) \
        and _indicator_re().search(text, fs, se) is not None


def _span_opening(text: str, fs: int, ss: int, meta: Metadata) -> str:
    """The span of years (or the later year) the opening clause of the full sentence at fs names, where a ；-item at ss
    goes on from it ("今后五年，", "“十四五”期间，", "到2025年，"), else "": the clause up to its first ，, dated as a
    sentence is."""
    k = find_mark(text, fs, ss, _OPENING_END_SET)
    if k < 0:
        return ""
    span = _period(text[fs:k], meta, doc_text=text)
    # (or a later year: "到2025年，新建高标准农田10万亩；改造老旧小区200个")
    return span if "-" in span or span.isdigit() and meta.report_year and int(span) > meta.report_year else ""


_OPENING_END_SET = marks("，,：:；;")


def _full_start(text: str, ps: int, ss: int) -> int:
    """Where the full sentence (to 。！？) that holds the sentence at ss begins, in the paragraph at ps."""
    k = rfind_mark(text, ps, ss, _END_MARK_SET)
    return k + 1 if k >= 0 else ps


# a full sentence that opens on the report's year reaches past its ；("今年我们将实施重点项目200个；同时新建学校6所")
# (after a news article's lead saying who tells: "据介绍，今年江油将…：…；…", "报告还提出，今年要…")
_OPENS_THIS_YEAR = re.compile(f"(?:{_PURPOSE_SRC})?"  # (after a clause of purpose: "围绕上述目标，报告明确今年…")
                              # (after a news paragraph's topic: "在民生方面，报告提出今年新增…；筹建…")
                              r"(?:在?[^，,；;：:。]{1,8}方面[，,]\s*)?"
                              # ("报告亦提出", "报告提到，今年…": a Hong Kong or Macao page's words)
                              # ("报告说，今年要…；全县完成…": the report as the teller, 说/称 after it alone, not a
                              # person's words, "代表说，今年要…")
                              r"(?:(?:报告(?:还|亦|也|并)?(?:说|称)|(?:据|报告(?:还|亦|也|并)?|会议|记者从[^，,；;：:]{2,16}|[^，,；;：:]{0,6}?)(?:介绍|了解|获悉|提出|提到|指出|明确|强调|表示|部署))"
                              r"(?:(?:到|说)?[，,：:]\s*|了))?[^，,；;]{0,8}?(?:今年|明年|(?<!预计)全年(?=将|要|还将)|(?P<y>(?:19|20)\d{2})年)"
                              r"(?!以来|前|上半年|第?[一二三四]季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月?\s*[-—–~～至到])")
# (or the whole year's will, "全年将实施重点项目200个，…；新增市场主体1.5万户；…", a paragraph a page set apart after the
# list; not a forecast, "预计全年将完成…")
# (not the year so far, in a news article or a late-year account: "今年以来，全县新建…；改造…",
# "据介绍，今年前三季度…", "今年1—11月…": results; "今年6月底前建成…" still looks ahead)
# (or the report's year by its number, not a past one: "报告强调，2023年要重点抓好以下工作：…；…")


# a full sentence that opens on what the report proposes, on a news page (after the paragraph's topic: "在民生方面，
# 报告提出，新改扩建中小学校50所；开行定制公交线路100条"): the report's plan, reaching past its ；as one opened by the year
# ("报告要求，全年新增城镇就业6万人；建设…": the report's words that set the work, as _REPORT_TELLS reads them)
# ("报告强调，全力抓好…，全年新开工亿元以上项目1500个": 强调 on a news page lays out the year's work as 提出 does; a
# sentence of it that looks back is still a result)
_OPENS_PROPOSED = re.compile(r"(?:在?[^，,；;：:。]{1,8}方面[，,]\s*)?报告(?:还|亦|也|并)?(?:提出|明确|部署|要求|强调)[，,：:]" + _TOLD_NOT_PAST)


# the report told as the teller of a news paragraph's first sentence ("报告明确，今年要…", "关于2021年工作，报告提出，…")
_REPORT_TELLS = re.compile(r"(?:关于[^，,。；;]{2,16}[，,]\s*)?报告(?:还|亦|也|并|同时)?(?:提出|明确|部署|要求|强调)")


def _told_plan_goes_on(text: str, ps: int, ss: int, meta: Metadata) -> bool:
    """Whether the sentence at ss goes on, in its news paragraph (at ps), from a first full sentence in which the report
    tells what the year will do ("报告明确，今年要严格落实“四个不摘”要求，…。完成易地扶贫搬迁后续扶持任务，新建扶贫车间
    20个"): the paragraph restates the report's plan (the caller still drops a sentence that looks back or states targets)."""
    if ss <= ps or text[ps:ps + 1] not in "报关" or _REPORT_TELLS.match(text, ps) is None:
        return False
    fe = text.find("。", ps, ss)
    return fe >= 0 and _opens_this_year(text, ps, fe, meta)


# a full sentence opening on a plan's end as its deadline ("到“十五五”末，", "力争到“十五五”期末，")
_PLAN_END_OPENS = re.compile(r"[ \t\u3000]*(?:" + "|".join(map(re.escape, vocab.cues()["plan_end_resolve"])) + r")?(?:到|至)?[“\"‘]?十[一二三四五六七八九]五[”\"’]?(?:时期|期)?末[，,]")


def _opens_this_year(text: str, start: int, end: int, meta: Metadata) -> bool:
    """Whether the full sentence at start opens on the report's year (``_OPENS_THIS_YEAR``), or on what the report
    proposes (``_OPENS_PROPOSED``)."""
    if text[start:start + 1] in "在报" and (op := _OPENS_PROPOSED.match(text, start, end)) is not None:
        return not _told_past_year(text, op.end(), meta)  # (not "报告提出，2021年…" in 2022's: the review told)
    if meta.report_year and (pe := _PLAN_END_OPENS.match(text, start)) is not None:
        # (a plan's end not yet past, "到“十五五”末，建成…；新建5G基站300个" in a 2026 report, as "到2030年，" is, its first
        # item too, which ends before the clause: adv62b)
        return any(a + 4 >= meta.report_year for a in _plan_starts(pe.group(0)))
    m = _OPENS_THIS_YEAR.match(text, start, end)
    return m is not None and (m.group("y") is None or meta.report_year is not None and int(m.group("y")) >= meta.report_year
                              # (not the meeting's date of a byline the sentence runs on from: _NAMES_EVENT)
                              and not (text[m.start("y") + 4:m.start("y") + 5] == "年" and _NAMES_EVENT.match(text, m.start("y") + 5)))


# a document's title in book marks ("《关于…计划草案的报告》", "《政府工作报告》")
# (or a paper's title with no marks, "关于…计划草案的审查结果报告", "关于…的决议")
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》|关于[^。；;！？!?：:\n《》]{2,80}?的(?:审查结果|审查|审议意见)?(?:报告|决议|决定)")


@once
def _report_follows_re() -> re.Pattern:
    """A paper's formula announcing its own account below, closing its lead ("现将审查结果报告如下：", cues.tsv
    report_follows: 现将/兹将…): 将 marks the object there, it names no time ahead."""
    words = sorted(vocab.cues().get("report_follows", ()), key=lambda w: (-len(w), w))
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")[^。；;！？!?：:\n]{0,30}?如下[：:]\s*$") if words \
        else re.compile(r"(?!)")


def _leads_ahead(para: str, meta: Metadata) -> bool:
    """Whether para, ending with a colon, opens a list of tasks ("报告提出，今年将办好30件民生实事："):
    it looks ahead, and not at targets nor back. (A paper's formula announcing its account below, "…进行了审查。现将审查
    结果报告如下：", is read without it: its own words look ahead or not, decision 364.)"""
    if "如下" in para and (f := _report_follows_re().search(para)) is not None:
        para = para[:f.start()]
        if not para.strip():
            return False
    if "《" in para or "关于" in para:
        # (nor with the documents it names: "对…提交的《关于2021年…计划执行情况与2022年计划草案的报告》进行了审查。",
        # or the paper's own title run into it, "…关于…与2022年计划草案的审查结果报告财政经济委员会对…": the title's year
        # and 计划 name a paper, not the time the lead speaks of)
        para = _BOOK_TITLE.sub("", para)
    return _looks_ahead(para, meta) and not _REVIEW_CUE.search(para) and not _target_word(para) \
        and not ("展望" in para and _target_lead(para))  # ("展望2023，射洪将奋力实现：": the year's figures, _TARGET_LIST)


@once
def _ahead_lead_re() -> re.Pattern:
    verbs = "|".join(map(re.escape, vocab.cues().get("ahead_lead_verbs", ("抓好", "做好"))))
    return re.compile(r"[ \t\u3000]*(?:我们|全[市区县州盟旗])?(?:今年|全年|年内)?(?:还|要|将)?(?:重点|着力|主要|集中)?(?:"
                      + verbs + r")(?:以下|如下)(?:[几\d一二三四五六七八九十]{1,2}个?方面的?)?(?:重点)?(?:工作|任务|实事)[：:]")


def _ahead_lead(text: str, fs: int, colon: int, meta: Metadata) -> bool:
    """Whether the lead text[fs:colon + 1] says, in its last clause, the works below are to be done, no year needed
    ("重点做好以下工作：", "全年重点抓好以下工作：", "围绕上述目标，重点抓好以下七个方面工作："), and goes on from a full sentence
    that looks ahead, naming no plan's span (the year's targets, "…力争好于全市平均水平；…。", a will, "…，要在全省发展中挑大梁。"): the lead
    continues the year's part. After a review's results ("…，主要指标好于预期。" then "我们重点抓好以下工作：") it is the
    review's account of what was done, as "我们重点抓了以下工作：" is (cues.tsv ahead_lead_verbs; hdl59)."""
    k = max(text.rfind("，", fs, colon), text.rfind(",", fs, colon))
    if _ahead_lead_re().fullmatch(text, max(fs, k + 1), colon + 1) is None:
        return False
    j = fs
    while j > 0 and text[j - 1] in " \t\u3000\n":
        j -= 1
    if j == 0 or text[j - 1] not in _END_MARKS:
        return False
    lo = max(0, j - 300)
    before = text[max(lo, rfind_mark(text, lo, j - 1, _END_MARK_SET) + 1):j]
    # (nor after the plan's own goals, "今后五年全区…主要预期目标是：…。" then "重点抓好以下工作：": the plan's, decision 444)
    return _looks_ahead(before, meta) and not _REVIEW_CUE.search(before) and not _holds_review_word(before) \
        and not _names_goal_period(before)


_NAMES_EVENT = re.compile(r"[^，。；,;]{0,10}?(?:报告|两会|会议|大会)"  # "2017年江苏政府工作报告": a report's year
                          # (a meeting's date, its congress named after the place: "2019年1月8日在宁乡市第十七届人民代表大会
                          # 第四次会议上", a byline with no dash that the opening's sentence runs on from)
                          r"|\d{1,2}月\d{1,2}日(?:在|于)[^，。；,;]{0,30}?(?:会议|大会)"
                          # (or a dateline's, the congress after its comma: "2025年1月8日，遵义市汇川区第五届人民代表大会第五次
                          # 会议召开", a news page's opening that a PDF's layer sets apart from its headline; decision 510)
                          r"|\d{1,2}月\d{1,2}日[，,][^，。；,;]{0,30}?(?:会议|大会)")


def _colon_leads_ahead(text: str, fs: int, ss: int, meta: Metadata) -> bool:
    """Whether the full sentence at fs opens, before ss, on a lead looking ahead that ends with a colon
    ("为实现上述目标，我们将重点抓好以下工作：一是…；二是…": the items after it on the same line)."""
    colon = text.rfind("：", fs, ss)
    return colon >= 0 and (_leads_ahead(text[fs:colon + 1], meta) or _ahead_lead(text, fs, colon, meta))


_TASK_LEAD_LEN = 60
# a lead to a list that says nothing but that the list follows ("具体如下：", "主要包括：", "分别是：")
_BARE_LIST_LEAD = re.compile(r"\s*(?:具体|主要|详细|分别)?(?:内容)?(?:如下|包括|是|为|有)[：:]")
# the report as the one who lays out the tasks, with no year named ("围绕目标，报告部署了十个方面的重点任务。"): the
# report's tasks are its year's (not a span's: "报告明确了今后五年的主要任务")
# (a transcript's speaker before it, "市政府研究室负责人：报告围绕目标部署了…": the one who restates the report's tasks)
_REPORT_DEPLOYS = re.compile(f"(?:[^，,；;：:。\\n“”\\d]{{1,16}}[：:])?(?:{_PURPOSE_SRC})?(?:在?[^，,；;：:。]{{1,8}}方面[，,]\\s*)?"
                             r"报告(?:还|亦|也|并|同时)?(?:围绕[^，,；;：:。]{0,10}?目标[^，,；;：:。]{0,2}?)?(?:部署|安排|明确|提出)了?")
_SPAN_WORDS = re.compile(r"今后|未来|[两三四五]年|十[一二三四五六七]五")


def _deploys_year_tasks(text: str, fs: int, fe: int, lead: str) -> bool:
    """Whether the full sentence lead (text[fs:fe + 1]) is the report laying out its tasks, naming no span, no review
    nor target ("报告部署了十个方面的重点任务。")."""
    # (the target it is laid out around, "报告围绕目标部署了…", names none: only the words after the verb may)
    return (m := _REPORT_DEPLOYS.match(text, fs, fe)) is not None and not _SPAN_WORDS.search(lead) \
        and not _REVIEW_CUE.search(lead) and not _target_word(text[m.end():fe + 1])


def _task_lead_end(text: str, ps: int, pe: int, meta: Metadata) -> int:
    """Where the first full sentence of the paragraph [ps, pe) that leads a news article's account of the year's
    tasks ends ("报告明确，2024年株洲将重点抓好八个方面工作。在产业发展上，新增…"; "记者从区两会获悉，今年江北区将着力抓好
    六个方面重点工作。其中，改造…"), -1 where none does: it opens on the report's year, names the work or tasks, and
    looks ahead, not at targets nor back; the sentences after it restate the tasks (a review cue or a past year
    still ends them; a figure counted, "据统计，全市累计建成…", is a result). Read once a paragraph."""
    fs = ps
    while (fe := text.find("。", fs, pe)) >= 0:
        # (a lead is short: not a report's title and opening run together, "政府工作报告——2025年1月23日在…报告工作，…")
        # (the 民生实事 a report promises are its tasks too: "今年，市政府将集中财力办好这十件实事。")
        # (or the report telling what the year will do, no task named, the sentence after it opening on 全年, 同时 or a
        # topic: "报告要求，今年要坚定不移抓项目、强产业、惠民生。全年实施重点项目60个…", a page run into one paragraph)
        if fe - fs < _TASK_LEAD_LEN and (any(w in (lead := text[fs:fe + 1]) for w in _TASK_NOUNS) or text[fs:fs + 1] in "报关"
                                         and _REPORT_TELLS.match(text, fs) is not None
                                         and (text.startswith(_GOES_ON_OPENERS, fe + 1) or _TOPIC_OPENS.match(text, fe + 1))) \
                and (_opens_this_year(text, fs, fe, meta) and _leads_ahead(lead, meta)
                     or _deploys_year_tasks(text, fs, fe, lead)):
            return fe + 1
        fs = fe + 1
    return -1


def _last_sentence_leads(text: str, ps: int, tail: str, meta: Metadata) -> bool:
    """Whether the last full sentence of a paragraph (at ps, its text tail) is a lead to the year's tasks."""
    fs = tail.rfind("。", 0, len(tail) - 1) + 1
    return fs > 0 and _task_lead_end(text, ps + fs, ps + len(tail), meta) == ps + len(tail)


# an interview's or a briefing's question, its asker's mark ("记者：", "问：", "【记者】", "人民网记者：")
_ASKER = re.compile(r"\s*(?:【?(?:记者|问|主持人|提问)】?|[^：:，,。\n]{1,8}记者)[：:]")
_TASK_NOUNS = ("工作", "任务", "举措", "实事", "措施", "安排")
# a bare title of the year's tasks ending with its colon ("重点任务：", "主要工作：", "今年重点工作安排：")
# (or the bare lead to them, 重点/着力 saying the work is the year's: "重点抓好六个方面工作：", "着力做好以下工作：")
_BARE_TASKS_LEAD = re.compile(r"\s*(?:(?:今年|全年|年度)?的?(?:重点|主要)(?:工作|任务)(?:安排|举措)?"
                              r"|(?:要|将)?(?:重点|着力)(?:抓好|做好)(?:以下|如下)?(?:[几\d一二三四五六七八九十]{1,2}个?方面的?)?(?:重点)?工作)[：:]")


def _task_question(text: str, s: int, e: int, meta: Metadata) -> bool:
    """Whether the question text[s:e] (after its asker's mark) asks for the year's tasks ("为实现这些目标，今年将
    重点抓好哪些工作？", "2020年，沿河县将重点推进哪些工作？"): it opens on the report's year, names the work, and
    looks ahead, not at targets nor back ("过去一年取得了哪些成绩？", "今年的预期目标是多少？")."""
    q = text[s:e]
    return any(w in q for w in _TASK_NOUNS) and _opens_this_year(text, s, e, meta) and _leads_ahead(q, meta)


# the words of an answer turning to the report's year or after ("…。今年将新建…", "下一步，…"): no answer of the year gone by
@once
def _answer_ahead_rx() -> re.Pattern[str]:
    """The words of an answer turning to the report's year or after (cues.tsv answer_ahead: 今年, 下一步, 接下来, 将…)."""
    return re.compile("|".join(map(re.escape, sorted(vocab.cues().get("answer_ahead", ()), key=len, reverse=True))) or "(?!)")


def _asks_back(q: str, meta: Metadata) -> bool:
    """Whether an interview's question (after its asker's mark) asks of the year gone by only: dated by years before the
    report's (``_past_year``) or by a review's words (``_REVIEW_CUE``: 去年, 过去一年…), none looking ahead
    (``_answer_ahead_rx``): "2018年计划执行得怎么样？", "去年全市经济运行情况如何？"; not "去年成绩不错，今年重点抓哪些工作？"."""
    return (_past_year(q, meta) or _REVIEW_CUE.search(q) is not None) and _answer_ahead_rx().search(q) is None \
        and not any(int(m.group(1)) >= meta.report_year for m in _DATED.finditer(q) if meta.report_year)


def _answer_ahead(para: str, meta: Metadata) -> bool:
    """Whether an answer's paragraph turns to the report's year or after (``_answer_ahead_rx``, or a year not past)."""
    return _answer_ahead_rx().search(para) is not None \
        or any(int(m.group(1)) >= meta.report_year for m in _DATED.finditer(para) if meta.report_year)


# (the year's whole, or a word adding to what was said: "…今年，阿坝州将完成营造林15万亩。同时，实施州级重点项目180个")
_GOES_ON_OPENERS = ("全年", "同时，", "同时,", "此外，", "此外,", "另外，", "另外,")
# a topic opening the sentence ("交通方面，", "在民生方面，"): the account of the paragraph goes on, on another field
_TOPIC_OPENS = re.compile(r"在?[^，,；;：:。！？\d\s]{1,8}方面[，,]")


def _whole_year_goes_on(text: str, ps: int, fs: int, meta: Metadata) -> bool:
    """Whether the full sentence at fs opens on 全年 after sentences of its paragraph that look ahead, none looking
    back ("刘宁表示，青海将坚持生态保护优先。全年完成营造林300万亩，新建改建农村公路5000公里"): the speaker's year goes on;
    so does one opening on a topic ("报告部署，今年将…。交通方面，新开通城乡公交线路15条"). Not one whose 全年 a result's
    word follows (cues.tsv whole_year_results: "全县力争增长7.5%。\n\n全年实际增长6.8%。", the year's aim then its outcome, on
    a page setting each sentence a paragraph; prn65)."""
    return fs > ps and (text.startswith(_GOES_ON_OPENERS, fs) or _TOPIC_OPENS.match(text, fs) is not None) \
        and not (text.startswith("全年", fs) and text.startswith(_whole_year_results(), fs + 2)) \
        and _looks_ahead(lead := text[ps:fs], meta) \
        and not (_REVIEW_CUE.search(lead) or _holds_review_word(lead) or _past_year(lead, meta))


@once
def _whole_year_results() -> tuple[str, ...]:
    """The words after 全年 that tell the year's outcome, not its work going on (cues.tsv whole_year_results)."""
    return tuple(vocab.cues()["whole_year_results"])


def _lead_line_carries(text: str, ps_before: int, ps: int, prev_para: str, meta: Metadata) -> bool:
    """Whether the paragraph at ps goes on from a one-sentence paragraph right before it (at ps_before, its text
    prev_para) that looks ahead to the year's work ("报告要求，今年要扎实抓好项目建设。" then "全年实施重点项目85个…"), as a
    sentence of the same paragraph would (``_whole_year_goes_on``); a page that sets each sentence apart may set a blank
    line between them too, or as many as it sets before the lead (a page spaced by two blank lines)."""
    if ps_before < 0 or not prev_para.endswith("。") or prev_para.count("。") != 1:
        return False
    gap = text.count("\n", ps_before, ps)
    if gap > 2:
        k = ps_before
        while k > 0 and text[k - 1] in " \t\u3000\n":
            k -= 1
        if gap > text.count("\n", k, ps_before) + text.count("\n", ps_before, ps_before + len(prev_para)):
            return False
    return _whole_year_goes_on(text, ps_before, ps, meta)


@once
def _ahead_work_re() -> re.Pattern:
    words = sorted(vocab.cues().get("ahead_work_heads", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[【◆●■▌▍]?\s*(?:今年|新的一年|(?P<y>(?:19|20)\d\d)年)[^\d\s，,。；;：:！？!?、（）()“”\"%]{0,6}?(?:"
                      + "|".join(map(re.escape, words)) + r")[】]?[：:]?")


def _ahead_work_head(tail: str, meta: Metadata) -> bool:
    """Whether a paragraph is a news page's plain sub-head of the year's work (cues.tsv ahead_work_heads after 今年 or
    the report year: "今年重点干这些", "今年要办的事", "2024年民生实事"): the bare lines under it restate the tasks."""
    if len(tail) > 16 or (m := _ahead_work_re().fullmatch(tail)) is None:
        return False
    return m.group("y") is None or meta.report_year is not None and int(m.group("y")) == meta.report_year


@once
def _will_caption_re() -> re.Pattern:
    words = sorted(vocab.cues().get("caption_will_ends", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[ \t\u3000]*(?:今年|(?P<y>(?:19|20)\d\d)年)[，,]?[^\d\s，,。；;：:！？!?、（）()“”\"%]{0,8}?(?:"
                      + "|".join(map(re.escape, words)) + r")[ \t\u3000]*")


def _will_caption(tail: str, meta: Metadata) -> bool:
    """Whether a paragraph is a transcript's caption line of the year's will, cut at its end with no mark (cues.tsv
    caption_will_ends after 今年 or the report year and a name: "今年武义还将", "今年我们要"): the bare lines under it
    restate the tasks (not a line that goes on, "今年将新建学校5所", nor one closed by a mark)."""
    if (m := _will_caption_re().fullmatch(tail)) is None:
        return False
    return m.group("y") is None or meta.report_year is not None and int(m.group("y")) == meta.report_year


@once
def _report_caption_re() -> re.Pattern:
    """A transcript's caption line of the report telling its plan, cut with no mark: (政府工作)报告, an adverb of cues.tsv
    ``report_adverbs`` or none, 提出 ("报告同时提出", "报告还提出"), decision 374."""
    return re.compile(r"[ \t\u3000]*(?:政府工作)?报告" + _REPORT_ADVERB + r"提出[ \t\u3000]*")


def _report_caption(tail: str) -> bool:
    """Whether ``tail`` is a transcript's caption line of the report telling its plan (``_report_caption_re``).
    (A function, not ``… is not None`` in ``scan``'s chain of ``or``s: Cython 3.3.1 compiled that last operand's C truth
    value cast to an object pointer, 0x1, and the build segfaulted on the first caption it met.)"""
    return _report_caption_re().fullmatch(tail) is not None


@once
def _other_year_caption_re() -> re.Pattern:
    words = sorted(vocab.cues().get("caption_will_ends", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[^\d\s，,。；;：:！？!?]{0,6}?(?P<y>(?:19|20)\d\d)年[，,]?[^\d\s，,。；;：:！？!?、（）()“”\"%]{0,8}?(?:"
                      + "|".join(map(re.escape, words)) + r")[ \t\u3000]*")


def _other_year_caption(tail: str, meta: Metadata) -> bool:
    """Whether a paragraph is a caption line of another year's will cut at its end (cues.tsv caption_will_ends after a
    year not the report's, a few words before it or none: "2023年江山还将", "据了解2023年江山还将" on a 2024 page): the bare
    lines under it are that year's, not the tasks a caption of the report's year leads (decision 371)."""
    m = _other_year_caption_re().fullmatch(tail)
    return m is not None and meta.report_year is not None and int(m.group("y")) != meta.report_year


# a full sentence that turns to the report's year, at its start: "新的一年，", "展望2024年，", "今年全县…" (not the year so far, "今年以来",
# "今年前三季度", nor a date, "今年1月"), "2019年是…", "2024年，" (not "2025年1月23日在…会议上", a report's dateline)
_TURN_OPENS = re.compile(r"\s*(?:展望)?(?:新的一年|新一年|今年(?!以来|前|上半年|第?[一二三四]季度|\d|[一二三四五六七八九十]{1,2}月)|"
                         r"(?P<y>(?:19|20)\d{2})年(?:是|[，,]))")


# a news paragraph's topic before the turn ("民生方面，今年全市改造…。新建农村公路300公里。", as _OPENS_THIS_YEAR reads
# it; lft63b): matched only at a sentence's start, so _TURN_OPENS's finditer keeps a prefix re can skip to
_TOPIC_LEAD = re.compile(r"\s*在?[^，,；;：:。\n]{1,8}方面[，,]")


# the year the report tells, right after who tells it, its sentence going on with no comma into the region's figures
# ("报告提出，2019年全市地区生产总值增长8%左右。": the year's own, as "2019年，…", decision 398; not the year's will, "报告强调，
# 2021年要扎实抓好…", a lead test_adv39 keeps from the verb's sentence run on after it)
_TOLD_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年(?=全[省市县区州盟旗])")


def _turned_ahead(text: str, ps: int, fs: int, meta: Metadata, told: bool = True) -> bool:
    """Whether the full sentence at fs, opening on an action's verb (or 全年, 同时, a topic), comes after a full sentence of
    its paragraph that turns to the report's year ("新的一年，全县地区生产总值增长7%左右…。新建标准化厂房5万平方米。",
    "。今年全县…增长8.5%左右。新建改造农村公路100公里。"; a page that sets a whole report as one paragraph), the sentences
    from the turn on looking ahead and none back: the turn's year goes on (the review before the turn stays a review).
    told: the turn may follow who tells it ("报告提出，今年…", ``_told_turn``), in a paragraph's own sentences (not in a
    run of sentences set apart, where such a line is a news lead that stays alone, decision 190)."""
    if fs <= ps or not (_opens_action(text, fs) or _led_action(text, fs)):
        return False
    # (a clause of purpose naming the targets back, "围绕这些目标，全年新建…", opening a sentence between the turn and the
    # figure's: the tasks of the list the report told, however the page set its sentences apart)
    purposed = _PURPOSE.match(text, fs) is not None
    k, n = fs - 1, 0
    while k > ps and n < 8:  # (the nearest turn, eight full sentences back at most)
        j = rfind_mark(text, ps, k, _END_MARK_SET)
        st = j + 1 if j >= 0 else ps
        if told and (d := _OWN_DOER.match(text, st, k)) is not None and (
                _ba_will(text, ps, st, d.end(), k, meta) if _will_as_ba(text, d.end(), k)
                else _opens_action(text, d.end(), k) or text.startswith(_will_opens(), d.end(), k)):
            # (nearer than any year's turn, the region's own will before an action's verb: "2018年，全县新建…。" then
            # "全县将新建高标准农田2万亩。" then "改造农村危房800户。": the sentences after the will are its tasks, the past
            # year before it no longer theirs; not 将 as 把, "全县将1.2万户纳入…", no verb after it, after a review; decision
            # 402 — that 将 is the will's where its sentence goes on with tasks and nothing before it looks back,
            # ``_ba_will``; decision 429)
            lead = text[st:fs]
            return not (_REVIEW_CUE.search(lead) or _holds_review_word(lead) or _past_year(lead, meta))
        # (or the report's year and the whole region opening a line, "2019年全市经济社会发展的主要预期目标是：…": a live
        # blog's entry of the head's words, its clock time and label dropped, turns to the year as "2019年，" does; decision 439)
        if (t := _TURN_OPENS.match(text, st, k)) is not None \
                or (tl := _TOPIC_LEAD.match(text, st, k)) is not None and (t := _TURN_OPENS.match(text, tl.end(), k)) is not None \
                or _line_opens(text, st) and (t := _TOLD_YEAR.match(text, st + 1 if text.startswith("\n", st) else st, k)) is not None \
                or (told or purposed) and (
                "报告" in text[st:k] or "会议" in text[st:k]) and (w := _TELLS_TURN.match(text, st, k)) is not None \
                and ((t := _TURN_OPENS.match(text, w.end(), k)) is not None or (t := _TOLD_YEAR.match(text, w.end(), k)) is not None):
            lead = text[st:fs]
            return (t.group("y") is None or meta.report_year is not None and int(t.group("y")) >= meta.report_year) \
                and not (_REVIEW_CUE.search(lead) or _holds_review_word(lead) or _past_year(lead, meta))
        if (c := text.find("：", st, k)) >= 0 and _ahead_lead(text, st, c, meta):
            # (or a lead to the works said as to be done, "全年重点做好以下工作：开工建设…；改造…。" then "新建5G基站1500个，…。":
            # the sentences after it go on with its list, as after the year's turn; hdl59)
            return not (_REVIEW_CUE.search(text, st, fs) or _holds_review_word(text[st:fs]) or _past_year(text[st:fs], meta))
        purposed = purposed or _PURPOSE.match(text, st, k) is not None
        k, n = st - 1, n + 1
    return False


@once
def _official_answer_re() -> tuple[re.Pattern, re.Pattern]:
    """The answer after the question's mark (searched), and the answer opening a paragraph (matched at its start: a page
    set one sentence a paragraph, "…有什么打算？" over "市住建局局长王海涛答：…", decision 451)."""
    titles = sorted(vocab.cues().get("answer_official_titles", ()), key=lambda w: (-len(w), w))
    answer = r"[^\n？?]{0,24}?(?:" + "|".join(map(re.escape, titles)) + r")(?P<name>[\u4e00-\u9fff]{2,4}?)答[：:]"
    return re.compile(r"[？?]" + answer), re.compile(r"[ \t\u3000]*" + answer)


def _official_answer(para: str, meta: Metadata, prev_para: str = "") -> int:
    """Where the answer of a department's official (cues.tsv answer_official_titles, after the question's mark: "…？县住建局
    局长彭伟答：", or opening the paragraph after the question's) begins in a paragraph, -1 where none does (nor where the
    official is the report's speaker)."""
    after, opening = _official_answer_re()
    m = after.search(para)
    if m is None and prev_para.rstrip().endswith(("？", "?")):
        m = opening.match(para)
    return m.end() if m is not None and m.group("name") != meta.speaker else -1


# a paragraph opening on a speaker's short name and a colon ("杨青玖：…", a live blog's next entry), or on a clock
_SPEAKER_OPENS = re.compile(r"[ \t\u3000]*(?:[\u4e00-\u9fff]{2,4}[：:]|\d{1,2}[:：]\d{2})")


def _answer_goes_on(para: str) -> bool:
    """Whether a paragraph after an official's answer goes on with it: no question, no new answer, not opening on a
    question's or a blog entry's words (cues.tsv answer_end_opens), a speaker's name and colon, or a clock."""
    first = para.lstrip(" \t\u3000")
    return bool(first) and "？" not in para and "?" not in para and "答" not in para \
        and not first.startswith(vocab.cues().get("answer_end_opens", ())) and _SPEAKER_OPENS.match(first) is None


def _cites_report(text: str, s: int, e: int) -> bool:
    """Whether the answer's words from s to e cite the report (cues.tsv answer_cites_report)."""
    return any(text.find(w, s, e) >= 0 for w in vocab.cues().get("answer_cites_report", ()))


def _sentence_end(text: str, k: int, pe: int) -> int:
    """The end of the sentence holding ``k`` (its full stop, else the paragraph's end ``pe``)."""
    e = find_mark(text, k, pe, _FULL_STOP_SET)
    return e if e >= 0 else pe


def _line_opens(text: str, st: int) -> bool:
    """Whether the sentence from st (its line break with it or none) opens its line."""
    return st == 0 or text[st] == "\n" or text[st - 1] == "\n"


def _ba_will(text: str, ps: int, st: int, ws: int, k: int, meta: Metadata) -> bool:
    """Whether a 将 read as 把 in the sentence text[st:k] (its object from ``ws``) is the region's will: the sentence goes
    on with a clause opening on an action's verb ("全区将…八成以上投向民生领域，新建改扩建寄宿制学校6所" on a head's line
    after the year's targets, as decision 422 reads it in the sentence) and its line's text before it (from ``ps`` at
    the earliest) holds no review word nor past year; not "全区将改善民生作为头等大事，年初确定的民生实事全部完成。" after a
    review, nor "全县将1.2万户纳入…" (decisions 402, 415, 429)."""
    c = find_mark(text, ws, k, _CLAUSE_MARK_SET)
    while c >= 0 and not _opens_action(text, c + 1, k):
        c = find_mark(text, c + 1, k, _CLAUSE_MARK_SET)
    if c < 0:
        return False
    lead = text[max(ps, text.rfind("\n", 0, st) + 1):st]
    return not (_REVIEW_CUE.search(lead) or _holds_review_word(lead) or _past_year(lead, meta))


def _led_action(text: str, fs: int) -> bool:
    """Whether the full sentence at fs opens on a clause of a task's lead, a verb or adverb that opens a task's title
    (cues.tsv task_title_open: 深化, 深入实施, 持续…) and no figure, before a clause that opens on an action's verb
    ("深化“千万工程”，建成和美乡村15个。", "持续优化营商环境，新增市场主体1200户。"): a bare task on a page that sets its
    sentences apart, as one opening on the action's verb is (decision 410)."""
    if _task_lead_re().match(text, fs) is None:
        return False
    ce = find_mark(text, fs, min(len(text), fs + 24), _CLAUSE_MARK_SET)
    return ce > fs and text[ce] in "，," and _DIGIT_RX.search(text, fs, ce) is None \
        and find_mark(text, fs, ce, _END_MARK_SET) < 0 and _opens_action(text, ce + 1)


_DIGIT_RX = re.compile(r"[\d０-９]")


@once
def _task_lead_re() -> re.Pattern[str]:
    return re.compile(longest_first(vocab.cues().get("task_title_open", ())) or "(?!)")


def _will_as_ba(text: str, at: int, end: int) -> bool:
    """Whether the 将 before at is 把, its clause setting the object it opens as something (cues.tsv ba_set_verbs:
    "全区将改善民生作为头等大事", "全县将新建农贸市场列入民生实事"): a sentence of what the region held first, of the
    review as well as of the plan, no will before tasks (decision 410)."""
    if not text.endswith("将", 0, at):
        return False
    ce = find_mark(text, at, end, _CLAUSE_MARK_SET)
    # (the verb right after 将 is the will's own, no object between: "全县将纳入…", "全市将用于…"; decision 415)
    return (b := _ba_set_re().search(text, at, end if ce < 0 else ce)) is not None and b.start() > at


@once
def _ba_set_re() -> re.Pattern[str]:
    return re.compile(longest_first(vocab.cues().get("ba_set_verbs", ())) or "(?!)")


@once
def _will_opens() -> tuple[str, ...]:
    """The words the region's will opens its work on, an adverb or a verb of the year's work ("全县将深入实施…。": cues.tsv
    will_opens, decision 412): the will's sentence turns to the year as one opening on a pledge's verb does."""
    return vocab.cues().get("will_opens", ())


def _set_apart_start(text: str, ps: int) -> int:
    """Where the run of one-sentence paragraphs right before the paragraph at ps begins (a page that sets each sentence
    a paragraph, with blank lines between them or none: "新的一年，全县…增长7%左右。\n新建标准化厂房5万平方米。"),
    eight of them at most; ps where the paragraph before holds more than one full sentence or none."""
    start, n = ps, 0
    while n < 8:
        k = start - 1
        while k > 0 and text[k - 1] in " \t\u3000\n":
            k -= 1  # (back over the line end and any blank lines to the end of the paragraph before)
        if k <= 0 or text[k - 1] not in "。！？":
            return start
        ls = text.rfind("\n", 0, k) + 1
        if rfind_mark(text, ls, k - 1, _END_MARK_SET) >= 0:
            return start  # (a paragraph of two full sentences or more is a paragraph, no sentence set apart)
        start, n = ls, n + 1
    return start


def _evenly_apart(text: str, start: int, ps: int) -> bool:
    """Whether the one-sentence paragraphs from start to the one at ps are all set apart by the same blank lines (a page
    printed one sentence a paragraph: "报告提出，2019年…。\n\n一般公共预算收入…。\n\n全年新建…。"), so that a told turn
    among them is the page's own paragraph, not a news lead set apart wider than the page (decision 398; decision 190).
    The gaps are read from the last line that tells the turn ("报告提出，…"), the gap right above it with them: those
    higher up, between the page's earlier paragraphs, lead nothing (a paragraph of two sentences set one a line there,
    "…作政府工作报告。\n市人大常委会副主任主持会议。", is the page's own way; decision 405)."""
    gaps = set()
    i = start
    ls, above = start, start
    while 0 <= ls < ps:
        nl = text.find("\n", ls, ps)
        if _TELLS_TURN.match(text, ls) is not None:
            i = above
        if text[ls:nl if nl >= 0 else ps].strip():
            above = ls  # (the last line of text so far: the one above the next told line)
        ls = nl + 1 if nl >= 0 else -1
    while i < ps:
        nl = text.find("\n", i, ps)
        if nl < 0:
            break
        j = nl
        while j < ps and text[j] in " \t\u3000\n":
            j += 1
        gaps.add(text.count("\n", nl, j))
        if len(gaps) > 1:
            return False
        i = j
    return len(gaps) == 1 and (min(gaps) >= 2 or min(gaps) == 1 and not _has_blank_line(text))


# a blank line between two lines of text (a page that sets some paragraph apart by one)
_BLANK_BETWEEN = re.compile(r"\S[ \t\u3000]*\n[ \t\u3000]*\n(?=[ \t\u3000\n]*\S)")
_BLANK_HELD: list = [None, False]  # (the text last read, whether it holds a blank line between lines of text)


def _has_blank_line(text: str) -> bool:
    """Whether a blank line stands between two lines of text anywhere in the text. A page of no blank line at all (each
    paragraph one line: a PDF layer's lines joined, a page saved one paragraph a line) sets no paragraph apart, so its
    one-sentence paragraphs one line apart are evenly apart as those one blank line apart are on a page that sets all
    its paragraphs so (decision 417); a page with a blank line anywhere (a lead, a closing or a byline set apart) reads
    its one-line gaps as before (decision 393)."""
    if _BLANK_HELD[0] is not text:
        _BLANK_HELD[0], _BLANK_HELD[1] = text, _BLANK_BETWEEN.search(text) is not None
    return _BLANK_HELD[1]


def _lines_look_back(text: str, a: int, b: int, meta: Metadata) -> bool:
    """Whether a line between a paragraph's told first line and the line at b (the lines from a to b) looks back: a review's
    cue or word, or a past year ("报告回顾，过去一年全县改造城镇老旧小区12个。"): the told year ends there, as a paragraph
    that looks back ends a lead's run of task lines (tests/test_adv39.py)."""
    lines = text[a:b]
    return _REVIEW_CUE.search(lines) is not None or _holds_review_word(lines) or _past_year(lines, meta)


def _looks_ahead(sentence: str, meta: Metadata, review: bool = False) -> bool:
    """Whether a sentence speaks of the plan: a plan cue ("今年", "将", "力争"), or a year not past (not
    the year of a report or a meeting). In a report delivered the year before its own (December's), 今年 is the year
    under review ("“十四五”期间，…年均增长4.2%，今年完成485亿元"): no plan cue. ``review``: the sentence goes on a
    review's run, where a 将 read as 把 turns nowhere ahead (``_ba_cue``, decision 415); outside one, that 将 is the
    will's as before ("全区将新增财力的七成以上用于民生，新建…" on a head's line after the year's targets; decision 422)."""
    if "今年" in sentence and meta.meeting_date and meta.report_year and meta.meeting_date[:4] < str(meta.report_year):
        if any(m.group(0) != "今年" and not (review and _ba_cue(sentence, m)) and not _told_past(sentence, m, meta)
               for m in _PLAN_CUE_FOUND.finditer(sentence)):
            return True
    elif (c := _PLAN_CUE_FOUND.search(sentence)) is not None and any(
            not (review and _ba_cue(sentence, m)) and not _told_past(sentence, m, meta) for m in _PLAN_CUE_FOUND.finditer(sentence)):
        return True
    return any(
        (not meta.report_year or int(m.group(1)) >= meta.report_year) and not _NAMES_EVENT.match(sentence, m.end())
        for m in _DATED.finditer(sentence))


def _told_past(sentence: str, m: re.Match, meta: Metadata) -> bool:
    """Whether the plan cue ``m`` is the report telling (报告提出) a year before its own ("报告提出，2021年…"): no look ahead."""
    return m.group(0)[:2] == "报告" and _told_past_year(sentence, m.end(), meta)


def _ba_cue(sentence: str, m: re.Match) -> bool:
    """Whether the plan cue ``m`` is a 将 read as 把 (``_will_as_ba``: "全市将持续增长的新增财力七成以上用于民生，新建…"):
    what the region did with something, of the review as well as of the plan, no look ahead (decision 415)."""
    return m.group(0) == "将" and _will_as_ba(sentence, m.end(), len(sentence))


# a part that turns to the years ahead ("回眸过去，…；展望未来，…全年新建学校10所") ends a review's run
_TURNS_AHEAD = re.compile(r"\s*(?:展望|面向未来|新的一年|新一年)")


def _review_run(para: str, ps: int, past: list[tuple[int, int]], meta: Metadata, run: bool = False,
                tasks: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """``past`` (the full sentences of paragraph para, at ps, led by a past year) with the sentences that go
    on about the past after a review's opening ("过去一年，我们新建厂房12万平方米；新增企业15家。"): those
    after it, up to the first that looks ahead (``_looks_ahead``); run: the paragraph opens inside such a
    review. Also whether the review runs to the paragraph's end.
    tasks: the paragraph is in a part of the year's tasks. There a review that goes on past its full sentence
    turns to the year in words ("去年，…。完成危桥改造12座。年内再改造…"); where nothing in the paragraph turns
    ahead, the review was a sentence of context before the item's tasks, and the full sentences after the one
    it opened are tasks ("（三）推进乡村振兴。去年全县粮食产量达到52万吨，新建高标准农田3万亩。新建高标准农田2万亩，
    改造农村公路150公里。")."""
    out = list(past)
    went_on = -1  # (where in out the parts of the full sentences after an opening one begin, -1: none yet)
    # (the full sentence being read opens on a review; one opened in this paragraph; a part looked ahead after one)
    opened = own = turned = False
    for m in _PART.finditer(para):
        a, s = m.start() + ps, m.group(0)
        opens = any(x <= a < y for x, y in past) or _review_opens(s)  # (the scan reads it as a review)
        if m.start() == 0 or para[m.start() - 1] in _END_MARKS:
            opened = opens
        own = own or opens
        if opens or run:
            # (or a sentence the past opened that turned to the year or the years ahead inside it, its past part cut
            # there: "2020年全区已建成5G基站1600个，今后五年新建5G基站3000个。" — the review ended in it, and on a page
            # setting each sentence a paragraph it runs on over none of the lines after: decision 377)
            ahead = _looks_ahead(s, meta, review=True) or _TURNS_AHEAD.match(s) \
                or any(x <= a < y < m.end() + ps for x, y in past)
            turned = turned or bool(ahead)
            run = not ahead
            if run and not opens:
                if tasks and own and not opened and went_on < 0:
                    went_on = len(out)
                out.append((a, m.end() + ps))
    if tasks and not turned and went_on >= 0:
        del out[went_on:]
        run = False
    return out, run


def _run_turns_ahead(text: str, paras: list[tuple[int, int]], k: int, meta: Metadata) -> bool:
    """Whether one of the one-sentence paragraphs from the k-th on, each a blank line below the one before, up to the
    next item or a paragraph of several sentences, looks ahead (a page setting each sentence a paragraph: "去年，…。"
    over "完成危桥改造12座。" over "年内再改造8座。": the run of lines is the paragraph the text set whole)."""
    for i in range(k, len(paras)):
        ps, pe = paras[i]
        para = text[ps:pe]
        if i > k and (not blank(text, paras[i - 1][1], ps) or _NEW_ITEM.match(para)) \
                or len(_FULL_SENTENCE.findall(para)) != 1:
            return False
        if _looks_ahead(para, meta, review=True) or _TURNS_AHEAD.match(para):
            return True
    return False


def _opens_review_first(para: str, ps: int, past: list[tuple[int, int]]) -> bool:
    """Whether the paragraph's first part (_PART) is read as a review (in ``past``, or a review's opening: "去年，…",
    "2023年，…"), not only a later part ("…新建改造城市道路30公里；去年为26公里")."""
    m = _PART.search(para)
    return m is not None and (any(x <= m.start() + ps < y for x, y in past) or _review_opens(m.group(0)))


# a year that says which things are meant, not when: "改造2000年以前建成的老旧小区200个", "2000年底前建成的"
_VINTAGE = re.compile(r"(?:底|末)?(?:以前|之前|前)")


def _dated_clause(text: str, ss: int, pos: int) -> bool:
    """Whether the clause of the sentence at ss that holds pos names a year before pos (not a vintage)."""
    k = rfind_mark(text, ss, pos, _CLAUSE_MARK_SET)
    lo = k + 1 if k >= 0 else ss
    return text.find("年", lo, pos) >= 0 and any(_VINTAGE.match(text, m.end()) is None for m in _YEAR_20.finditer(text, lo, pos))


def _past_year(sentence: str, meta: Metadata) -> bool:
    """Whether a sentence is dated only by years before the report's year (not by a change's start or base year:
    "货物贸易进出口总额由2025年的2800亿元增加到3000亿元以上", "比2025年增长6%", prov21)."""
    years = [int(m.group(1)) for m in _DATED.finditer(sentence) if sentence[m.start() - 1:m.start()] not in _FROM_YEAR]
    return bool(meta.report_year and years and max(years) < meta.report_year)


def scan(norm: Normalized, outline: Outline, meta: Metadata, part: str = "plan", an: Analysis | None = None) -> list[Pledge]:
    """Quantified statements (action, object, quantity) in the plan part, or in the review part."""
    text: str = norm.text  # (a local typed str: compiled, its slices and finds are str's own, not the generic protocol's)
    out: list[Pledge] = []
    seen: set[tuple] = set()
    listing = False  # inside a target list written one item a line ("主要预期目标是：" then "——…")
    plain = False  # ...and its items on the lines after the lead set without marks
    # paragraphs, so that a target list ("主要预期目标是：…") can be skipped as a whole
    an = an or Analysis(norm, outline, meta)
    roles: dict[int, str] = {}  # by section (its id): a section's paragraphs share its role
    goes_on = False  # the target list skipped ends its line with ；or ，: a PDF line cut, the list goes on
    carry = None  # (end, section) of a one-sentence paragraph whose review goes on to the next line
    ahead, last_end, titled = False, "", False  # a list that a lead looking ahead opened ("今年将办好…：")
    # goes on; the last character of the paragraph before; whether that paragraph is an item's title
    carried = None  # (end, unit → action) of the last sentence that pledged
    news_run = False  # a news article's paragraphs after one that is a lead to the year's tasks (_task_lead)
    news_tasks = None  # (its id) a news page's sub-head of the year's targets under which a lead to the tasks came
    label_tasks = None  # (its id) a targets section in which a paragraph the tasks' label opens came
    plan_lead_top = None  # the title of a part on a plan's goals in which a lone lead to the plan's tasks came
    year_items = False  # the items of a list that a lead to this year's work opened (_year_tasks_lead)
    list_end = -1  # the end of the last paragraph read as the year's target list
    # (on a page with no titles set one sentence a paragraph, decision 362: the year's list paragraph, kept past a
    # paragraph of the plan's goal right under it, _plan_goal_sentence; and whether the paragraphs after a lead that named
    # the targets back, each its own, go on with the year's works, _untitled_year_work)
    list_para, goal_between, works_run = "", False, False
    left_review = None  # (its id) a review's title, unnumbered, under which the year's target list came, untitled
    table_sec = None  # (its id) a targets section (a table's title, or a numbered part's) whose table's rows came
    # (a 数读 page's lines that are only a figure, each above its caption; found once a document, facts reads them too)
    figures = an.figure_lines if an.text is text else figure_lines(text)
    box_end = -1  # the end of the last line of a box of the main indicators (专栏), read as one block
    box_table = False  # (whether that box is a table, 表: its rows hold no prose)
    # (looked for in each paragraph only where the text holds one: a one-character find, not a scan of each paragraph)
    boxes = any(w in text for w in vocab.cues().get("box_captions", ()))
    # (another body's own plans, _other_body_acts: a match in a sentence's window is one in the whole text, so one search
    # a document decides for most of them that no sentence needs the search)
    # (that search only where a body's word with the words of what it will do right after it is written: every match
    # holds one, _body_acts_written, and most texts hold none, where the search itself tries its lookbehind and lazy run
    # at every character of the text)
    body_acts = _body_acts_written(text) and _other_body_acts().search(text) is not None
    para, pps = "", -1  # (the paragraph before, and where it starts: a one-sentence lead set as a paragraph of its own)
    # (a prefecture's or a county's own names, and the regions above it with the words their sentences open by, for
    # _above_sets_sentence: the same for every figure of the document, made once)
    above_own: tuple[str, ...] = (meta.region, short_name(meta.region)) \
        if meta.level in ("prefecture", "county") and meta.region else ()
    above_names = _above_names(meta.parent, meta.province, meta.region)
    above_words: tuple[str, ...] = _ABOVE_SETS_WORDS + tuple(short for short, _ in above_names)
    rows = False  # inside a run of an infographic's target rows (_target_row)
    year_lead, item_end = False, -1  # the lead of the year's list ("主要预期目标是：") over items one a line, and the end
    # of its last item read so far (a bullet's, "——地区生产总值增长6%以上；", or a bare line's)
    back_answers = False  # the paragraphs after an interview's question that asks of the year gone by only (_asks_back)
    so_far_end = -1  # (the end of a block of the year so far's lines under its lone sub-head)
    answer = 0  # (an official's answer read in the paragraphs so far: 1 open, 2 open and citing the report, 0 none)
    # (bound for _sentence_a_result's call on every path: in the plan part each paragraph sets them before its sentences
    # are read, and only there are they read)
    in_list, after_lead, lead_end = False, False, None
    for k, (ps, pe) in enumerate(an.paragraphs):
        prev_para, para, pps, ps_before = para, text[ps:pe], ps, pps
        if "答" in para and (aw := _official_answer(para, meta, prev_para)) >= 0:
            answer = 2 if _cites_report(text, ps + aw, pe) else 1
        elif answer and not _answer_goes_on(para):
            answer = 0
        if box_end >= 0:
            # the box's lines follow its title with no blank line between, up to a part's heading (a table's, its rows:
            # up to a line of prose, "附表2　2025年主要指标计划" … "城镇调查失业率|%|5以内" then "2025年，全市将安排…")
            if text.count("\n", box_end, ps) == 1 and blank(text, box_end, ps) and _PART_HEAD.match(para) is None \
                    and not (box_table and _PROSE_MARKS.search(para)):
                box_end = pe
                continue
            box_end = -1
        # (a box's title holds 主要 in each of its closing words: a paragraph without it is not matched; decision 466)
        if part == "plan" and boxes and "主要" in para and (bm := _indicator_box().match(para)) is not None:
            box_table = bm.group("cap").endswith("表")
            # "专栏1  2025年国民经济和社会发展主要预期目标" then "城镇新增就业：1200万人以上", "专栏2 “十四五”时期经济社会发展
            # 主要指标" then "——创新驱动：…每万人口高价值发明专利拥有量达到12件", a table's "表1　2023年…主要预期目标" then
            # "地区生产总值增长　　6.5%左右" (decision 342): the box restates the target or goal list,
            # its items indicator facts, no pledges (a box of projects or tasks, "专栏3 重大工程", is read)
            box_end = pe
            continue
        if ps < so_far_end:
            continue
        if (first := para.strip()) and len(first) <= 8 and first[-1:] in _SO_FAR_LAST and _SO_FAR.fullmatch(first):
            # "今年以来" (or "上半年", "1-11月") alone on its line over bare lines, up to a blank line: the year so far's
            # results, no pledges, whatever part holds them (a dated targets title kept apart above it, decision 441,
            # leaves them in the plan)
            so_far_end = text.find("\n\n", pe)
            so_far_end = len(text) if so_far_end < 0 else so_far_end
            continue
        # (the question mark first: the asker's pattern is tried on a question only; decision 466)
        if part == "plan" and para.rstrip().endswith(("？", "?")) and (mq := _ASKER.match(para)) is not None:
            # an interview's question: the answers after it, up to the next question, look back where it asks of the
            # year gone by only ("问：2018年计划执行得怎么样？", "记者：去年全县经济运行情况如何？"; decision 414)
            back_answers = _asks_back(para[mq.end():], meta)
        elif back_answers and part == "plan" and not _answer_ahead(para, meta):
            # (an answer to it: last year's results, no pledges, its year left to the question — "答：年初计划实施重点
            # 项目120个，实际实施126个"; not an answer turning to the year, "…。今年将新建…")
            continue
        reasons_at = para.find("主要考虑")  # (a target's reasons opening in the paragraph: below)
        reasons_at = ps + reasons_at if reasons_at >= 0 else pe
        cut = -1  # (where the tasks after a lead begin in a paragraph that states the target list first)
        if part == "plan":
            # an item of a list that a lead looking ahead opened: the line after the lead, after an
            # item that ends with ；or ，or after an item's title ("一、教育惠民工程。"), or one that
            # opens with an item's mark ("二、", "2.", "——")
            # (or numbered by a digit and a space, no mark, before an action's verb: "1 新建改扩建公办幼儿园4所", its
            # space dropped as read)
            item = ahead and (bool(_NEW_ITEM.match(para)) or (nm := _BARE_NUMBER.match(para)) is not None
                              and _verb_re().match(para, nm.end()) is not None)
            # (or a list set one sentence a paragraph: the item before one full sentence, this one too and opening on an
            # action's verb, "…以下工作：" then "全年实施重点项目200个以上，…。" then "新建改造城镇老旧小区3万户。")
            in_list = ahead and (last_end in "：:；;，," or item or titled or last_end == "。" and prev_para.count("。") == 1
                                 and para.count("。") <= 1 and _verb_re().match(para.lstrip()) is not None)
            titled = item and len(para.strip()) <= 16
            tail = para.rstrip()
            last_end = tail[-1:]
            # (a bare title of the tasks right after the year's target list, "主要预期目标：…。" then "重点任务：": a news
            # digest's sub-head, the lines after it are this year's tasks)
            # (a bare lead, "具体如下：", under the paragraph it closes, set a paragraph of its own: "近日，市政府…公布2025年十件
            # 民生实事项目。" then "具体如下：")
            # (or a paragraph whose lead to its items, a colon inside it, looks ahead, its list going on past its last ；
            # onto the next line: "今年，全市重点抓好以下工作：新建高标准农田3万亩；新改建农村公路200公里；" then "新建城区停车位
            # 3000个；…", a page's line that ended on the list's mark, not wide enough to be joined to it)
            ahead = in_list or last_end in "；;" and (c := para.rfind("：")) >= 0 and _leads_ahead(para[:c + 1], meta) \
                or (last_end in "：:" and (_leads_ahead(para, meta) or (
                len(tail) <= 8 and _BARE_LIST_LEAD.fullmatch(tail) is not None and _leads_ahead(prev_para + tail, meta)) or (
                list_end >= 0 and len(tail) <= 16 and _BARE_TASKS_LEAD.fullmatch(tail) is not None
                and blank(text, list_end, ps))))
            year_items = (year_items and in_list) or (ahead and not in_list and _year_tasks_lead(para, meta))
            if listing and (_BULLET.match(para) or _CN_ITEM.match(para) and _indicator_re().search(
                    text, ps, c if (c := find_mark(text, ps, pe, _ITEM_CLAUSE_MARKS)) >= 0 else pe) is not None):
                plain = False
                item_end = pe if year_lead else -1
                continue
            if listing and _reasons_open().match(para):
                # "1.地区生产总值增长6%左右。" then "主要考虑是：…新增产值超过150亿元。" then "2.…": an item's reasons on
                # their own line explain the target, no pledges, and the list goes on after them
                continue
            # the list set on the line after its lead without marks, as a web page or a PDF's text layer sets it
            # ("主要预期目标是：" then "地区生产总值增长6%左右；…。", or one item a line, each ending with ；): the lines
            # that name an indicator, up to the one that ends the list
            # (not a numbered part's item: "（一）推动制造业高质量发展。…新增高新技术企业200家" is a task)
            # (an item opens with its indicator, in its first clause: the tasks' paragraph after a list whose last
            # line ends with ；, "新建改造农村公路200公里，新增城镇就业岗位3000个…", are pledges)
            # (the first clause read up to its comma where names joined by 、 open it, "城镇、农村居民人均可支配收入分别增长
            # 8%、9%": no figure before the name; not items of tasks a 、 joins, "新建高标准农田5万亩、新增城镇就业3000人")
            if plain and not _NEW_ITEM.match(para) \
                    and ((im := _indicator_re().search(text, ps, (c if (c := find_mark(text, ps, pe, _ITEM_CLAUSE_MARKS)) >= 0 else pe)))
                         and (im.start() == ps or _A_FIGURE_DIGIT.search(text, ps, im.start()) is None)
                         or _short_name_at(text, ps)):
                # (an item set bare on its line, no mark after it, as a news page sets a list: the next line goes on
                # with it, "主要预期目标为：" then "地区生产总值增长6%左右" then "研发经费投入强度达到4%")
                # (a news page's items that end the list, then turn to the report's tasks in the same paragraph,
                # "…以上。报告又提出，今年将新建…": the tasks after the turn are read)
                if (cut := _news_tasks_turn(text, ps, pe)) < 0:
                    plain = listing = tail.endswith(_GOES_ON) or tail[-1:].isalnum() or tail.endswith(("%", "％"))
                    # (the list's end, as a list in its lead's paragraph sets it: the paragraph right after it that
                    # weighs the targets, "地区生产总值增长6%以上，是综合考虑…，在实际工作中将努力争取更好结果。", is theirs)
                    list_end = pe
                    item_end = pe if year_lead else -1
                    continue
                plain = listing = False
            if goes_on:
                goes_on = tail.endswith(_GOES_ON)
                continue
            # (not a list that ended, then a lead to the tasks, "…主要预期目标是：…以内。做好今年工作，我们要在以下几个方面
            # 下功夫：" then "一是…")
            listing = last_end in _LIST_LEAD_END and _target_lead(para) \
                and not ((last_stop := para.rfind("。")) >= 0 and _tasks_lead(para[last_stop + 1:]))  # (tail's last character)
            # (the lead the paragraph's last words: not a list that ended, then a lead to the tasks, in one paragraph
            # "…控制在2.5%以内。</p>为实现上述目标，重点抓好以下工作：")
            # (the year's target list, "预期目标": a five-year plan's "主要目标是：" over goals and tasks unmarked is not
            # taken as one)
            plain = listing and ("预期目标" in (lm := _target_list_search(para)).group(0) or "展望" in lm.group(0)) \
                and "。" not in para[lm.end():]
            # (a lead of the year's list, "预期目标", over items one a line: where its last item ends, below)
            # (not the plan's, its years named in the lead's sentence: "今后五年…主要预期目标是：")
            year_lead = listing and "预期目标" in lm.group(0) \
                and _GOAL_PERIOD.search(para, para.rfind("。", 0, lm.start()) + 1, lm.start()) is None
        sec = outline.at(ps)
        role = roles.get(id(sec)) or roles.setdefault(id(sec), _section_role(outline, sec, meta))
        if role == "review" and part == "plan" and sec is not None and sec.depth == 1 and not sec.number \
                and (left_review == id(sec) or _plain_title(text, sec.title, ps) and _this_year_list_para(para, meta)
                     or _turns_to_year(para, prev_para, sec.title, meta)):
            # a page whose only title is a review's card ("“十四五”时期主要成就" over its rows) and then, untitled, the
            # year's target list ("2026年…主要预期目标是：…"), its goal, its lead and its works, each a paragraph: from the
            # list on, the page is read as one with no titles (decision 362; not a news page's review sub-head marked as
            # one, "【成绩单】", "◆回眸", under which the report's year told stays the review's: tests/test_news24.py)
            left_review, sec, role = id(sec), None, "other"
        if role == "list" and part == "plan" and "年" in para[:8] and _year_tasks_only(text, ps, pe):
            # (a paragraph of the year's tasks under the target list's sub-head, no title of its own: read as tasks)
            role = "tasks"
        if role == "targets" and sec is not None:
            if "|" in para:
                table_sec = id(sec)  # (a table's rows under its title, "黄冈市2024年国民经济和社会发展主要指标")
            elif table_sec == id(sec):
                # prose after the table its title heads ("各县（市、区）情况如下…", "2024年，全市将实施亿元以上重点项目1000个，
                # …新增城镇就业5万人。"): the title heads the table alone, the prose is read as a page's with no title;
                # so under a numbered part's title over the table ("二、2024年国民经济和社会发展主要指标", decision 245);
                # a paragraph the tasks' label opens ("全年重点推进以下工作：实施…") holds the year's tasks, as after a list
                role = "tasks" if part == "plan" and _tasks_label_re().match(text, ps) is not None else "other"
        (skip, role, plan_tasks, plan_lead_top, label_tasks, news_tasks, list_end, goal_between,
         works_run) = _paragraph_role(text, outline, meta, part, role, sec, ps, pe, para, prev_para, list_end, list_para,
                                      goal_between, works_run, plan_lead_top, label_tasks, news_tasks, year_items, in_list,
                                      item_end)
        if skip:
            continue
        # (the run of the year's works after a lead ends at a paragraph not read as them, or one under a title; a goal
        # paragraph between the list and the lead counts only right before the lead)
        works_run, goal_between = works_run and role == "tasks" and sec is None, False
        goal_until = -1  # (where a paragraph's goals end, its ；-items of the year's work after: below)
        goal_acts = -1  # (a paragraph of the plan's goals: only its clauses opening on an act, up to here, are read)
        goal_acts_from = -1  # (a plan's goal list with a sentence after it a later year opens: its acts, from here on)
        if part == "plan":
            if role not in PLAN_ROLES and role != "other":
                continue
            if role == "targets" and sec is not None and meta.report_year and _GOAL_PERIOD.search(sec.path.split(" > ")[0]) \
                    and (bm := _LATER_YEAR_OPENS.match(text, ps, pe)) is not None and int(bm.group(1)) > meta.report_year:
                # "二、“十五五”时期主要目标和重点任务" … "到2030年，铁基新材料产业产值力争突破600亿元，规模以上工业企业达到
                # 450家": a paragraph the plan's end year opens, in the part on the plan's goals, states goals, no pledges
                # (as the plan's goal list gives none); but in a part on the year's work too ("…奋斗目标和2026年工作
                # 安排"), a ；-item opening on the year after the goal is that work ("到2030年，…城镇化率达到65%；全年
                # 新开工保障性租赁住房1000套，新建城市公园10个")
                if (turn := _YEAR_ITEM_TURN.search(text, bm.end(), pe)) is None \
                        or not _year_work_top(sec.path.split(" > ")[0], meta):
                    # (but a clause opening on an act, "到2030年，全区建成5G基站2万个", commits to a count by that year: a
                    # pledge, as kept golds read "到“十五五”末建成未来乡村60个"; the states reached stay goals; lft63c;
                    # in a part of the goals alone, the ；-items on 全年 after it are the plan's each year, no year's
                    # pledge, tests/test_adv44c.py)
                    goal_acts = turn.start() if turn is not None else pe
                else:
                    goal_until = turn.start()
            if role == "targets" and sec is not None and text[ps:ps + 4].lstrip(" \t\u3000").startswith("——") \
                    and _GOAL_PERIOD.search(top := sec.path.split(" > ")[0]) and not _YEAR_IN_PATH.search(sec.path) \
                    and not _TASK_TITLE.search(top):
                # "二、“十五五”时期主要目标" > "——科技创新实现新突破。…每万人口高价值发明专利拥有量达到12件": the plan's goal
                # list set as bullets with no lead of its own, its items goals, no pledges (as under a lead, decision 38;
                # not a part of its tasks too, "二、“十三五”时期主要目标任务和重大举措" > "——…高铁营业里程达到3万公里")
                continue
            if role == "targets" and sec is not None and sec.depth == 1 and not sec.number \
                    and (_NEWS_TARGETS_HEAD.search(sec.title) or text[ps:ps + 1].isdigit() and _MAIN_TARGETS_HEAD.search(sec.title)
                         and FIGURE_HEAD.match(text, ps)) \
                    and _indicator_re().search(text, ps, (c.start() if (c := _CLAUSE_END_RE.search(text, ps, pe)) else pe)):
                # a news page's sub-head of the year's targets ("【数读今年目标】", "◆今年目标") over its items, one a
                # line ("88万人以上——城镇新增就业88万人以上", "·7%左右：地区生产总值增长7%左右。"): the target list's
                # items, no pledges (a line under it that names no indicator is still read; a report's own title,
                # "今年主要目标", keeps its task-like items' pledges: tests/test_review20.py)
                continue
            # (and under a news sub-head looking ahead to the year, "【展望2024】" over "●固定资产投资：增长8%", the figure
            # right after the label: a 速览 card of the year's targets; "●固定资产投资：全年安排项目500个" is a task's)
            card = role == "tasks" and sec is not None and not sec.number and _DIGIT.search(sec.title) is not None \
                and _ahead_year_head().fullmatch(sec.title.strip()) is not None
            rows = (role in ("targets", "other") or card) and (bool(_ROW_MARKS.intersection(para[:40]))
                                                               and _target_row(text, ps, pe, figure_next=card)
                                                               or card and _bare_target_row(text, ps, pe)) \
                and (role == "targets" or card or rows or _TARGETS_TITLE_LINE.fullmatch(prev_para.strip()))
            if role in ("tasks", "targets") and "目标" in prev_para and len(prev_para) <= 40 \
                    and (_TARGETS_TITLE_LINE.fullmatch(prev_para.strip())
                         or _TARGET_TASKS_PART.fullmatch(prev_para.strip()) and not _verb_led_clause(text, ps, pe)) \
                    and _indicators_only(text, ps, pe):
                # a PDF's sub-head "主要预期目标" alone on its line, no colon, over "地区生产总值增长7%左右，城镇新增就业5万人
                # 以上。": each clause an indicator's figure, the year's target list, no pledges (a task among them keeps
                # its own: "今年主要目标" over "…增长6.5%左右，新建幼儿园3所。"; decision 284)
                list_end = pe
                continue
            if list_end >= 0 and role in ("tasks", "targets") and last_end not in "。；;" and len(tail) <= 30 \
                    and prev_para.rstrip()[-1:] not in "。；;：:" and blank(text, list_end, ps) \
                    and _indicators_only(text, ps, pe):
                # the list under "主要预期目标" alone on its line set one bare item a line, no mark at its end ("地区生产
                # 总值增长6%左右" then "一般公共预算收入增长5%" then "固定资产投资增长8%"): each line after the first is the
                # list's too, no pledge (a task line after it opens on its verb, "新建幼儿园3所", and is read; stl65b)
                list_end = pe
                continue
            if rows:
                # "2022年主要预期目标" over "城镇新增就业：24万人以上", "粮食产量｜稳定在800亿斤以上": an infographic's row of
                # the year's target list, the indicator's name its label, an indicator fact, no pledge (a row a task
                # labels, "新建高标准农田：270万亩", is read; on a page of no titles, only the rows right under a line
                # that titles the year's targets, "今年目标", "主要预期目标")
                continue
            # a news article: the paragraphs after a lead to the year's tasks, set as a paragraph of its own
            # ("报告提出，2024年要重点抓好以下几方面工作。" then "在产业发展上，新增…"), restate them, up to one that
            # looks back ("报告回顾，过去一年…")
            # (an interview's question opens such a run where it asks for the year's tasks, "记者：今年将重点抓好哪些
            # 工作？", and ends one where it asks for anything else: the answers after it restate the tasks)
            asks = role == "other" and tail.endswith(("？", "?")) and (mq := _ASKER.match(para)) is not None
            after_lead = news_run and role == "other" and not asks and not (_holds_review_word(para) or _REVIEW_CUE.search(para))
            if after_lead and (ps >= 2 and text[ps - 1] == "\n" and _label_turn(text, ps) is not None
                               or len(tail) <= 16 and "年" in tail and _other_year_caption(tail, meta)):
                # (a deputy's or a member's turn under their label line ends the run: their words are their own, the
                # report's that they cite read as told, "【同期声】市政协委员　毛丽芳" over "我们企业今年还将\n新建共享菜园3个";
                # and so does a caption of another year's will, "据了解\n2023年江山还将" over what that year built, decision 371)
                after_lead = False
            lead_end = None  # (where the paragraph's lead to the tasks ends, -1: none; read where first needed)
            # (the lead may close a paragraph of a news lead: "本报讯…票决产生2025年十件民生实事项目。今年，市政府将集中财力
            # 办好这十件实事，计划总投资23.6亿元。" then "一、教育惠民工程。…")
            # (a numbered item read as a part of tasks on its own, "七、城乡供水工程。新建改造…", goes on with the run)
            news_run = _task_question(text, ps + mq.end(), pe, meta) if asks else after_lead or (
                news_run and role == "tasks" and not (_holds_review_word(para) or _REVIEW_CUE.search(para))) or (
                # (a one-sentence lead's line carried into the line under it, "报告要求，今年要…。" then "全年实施…": the
                # lines after go on restating the tasks, "新建高标准农田1.5万亩…。", "同时，改造…", as after a lead)
                role == "other" and _lead_line_carries(text, ps_before, ps, prev_para, meta)) or (
                # (a plain sub-head of the year's work, "今年重点干这些" over "●新建5G基站3万个": the lines under it)
                role == "other" and len(tail) <= 16 and "年" in tail and _ahead_work_head(tail, meta)) or (
                # (a transcript's caption line of the year's will cut at its end, no mark, "今年武义还将" over "改造提升农村
                # 公路80公里": the lines under it, decision 364)
                role == "other" and len(tail) <= 16 and "年" in tail and _will_caption(tail, meta)) or (
                # (a transcript's caption line of the report telling its plan, no mark, "报告同时提出" over "新增城镇就业
                # 1.2万人": the lines under it, as under 今年…还将, decision 374)
                role == "other" and len(tail) <= 12 and "报告" in tail and _report_caption(tail)) or (
                role == "other" and tail.endswith("。")
                and (len(tail) <= _TASK_LEAD_LEN and tail.count("。") == 1 or _last_sentence_leads(text, ps, tail, meta))
                and (lead_end := _task_lead_end(text, ps, pe, meta)) >= 0)
            # (every target pattern names 目标 or 指标: a paragraph with neither is not searched)
            if list_end >= 0 and blank(text, list_end, ps) and "更好" in para and _BETTER_RESULT.search(para) \
                    and not _NEW_ITEM.match(para) and not _opens_on_tasks_lead(para) and _indicator_ids(text, ps, pe):
                # the paragraph right after the target list that reaches past it for its indicators: the list's own
                # figures (not a task item after it, "（一）扩大投资。新建高标准农田30万亩，争取更好成绩。")
                list_end = pe
                continue
            if list_end >= 0 and prev_para.rstrip().endswith("。") and tail.endswith("。") and tail.count("。") == 1 \
                    and blank(text, list_end, ps) and _sentence_item(text, ps, pe):
                # a PDF's layer or a page set one sentence a paragraph: the list's lead closes on its first item ("主要预期
                # 目标是：地区生产总值增长5%左右。") and each item after it is a paragraph of its own ("一般公共预算收入增长4%。",
                # "城乡居民人均可支配收入增长与经济增长同步。"), or weighs the target just named back ("这一增速与“十三五”
                # 规划…相衔接，…。"): the list's own sentences, no pledges (a task after it opens on its verb, "新增…")
                list_end = pe
                continue
            if "标" in para and ("目标" in para or "指标" in para) and (  # (标 found by a memchr)
                    (role == "targets" and _TARGET_PARA.search(para)) or _TARGET_LIST_SURE.search(para)
                    # (or, right after the list, opens on its targets named back: "这些目标，与“十五五”规划相衔接，既考虑了
                    # 需要，也考虑了可能。地区生产总值增长5.5%左右，高于全国平均水平，是…的需要。", the list's own figures)
                    or (list_end >= 0 and blank(text, list_end, ps) and (_TARGET_REASONS.search(para) or _TARGETS_BACK.match(para)))
                    or (part == "plan" and _plan_goals_list(para, meta)) or (
                    (lm := _target_list_search(para)) and (role == "requirements" or len(_indicator_ids(text, ps, pe)) >= 2
                                                           or _growth_set_lead(lm.group(0))))):
                cut = _tasks_after_list(text, ps, pe, meta)
                if cut < 0 and list_end >= 0 and blank(text, list_end, ps):
                    cut = _weighed_then_tasks(text, ps, pe)  # (the list weighed, then its tasks in the same paragraph)
                if cut < 0:
                    goes_on = tail.endswith(_GOES_ON)
                    list_end, list_para = pe, para
                    if part != "plan" or (acts_from := _later_acts_from(text, ps, pe, para, meta)) < 0:
                        continue  # the year's target list, or its explanation (a task may name "主要目标" too)
                    goal_acts_from = acts_from
                # "…控制在5.5%以内。围绕上述目标，重点做好以下工作：一是新增…；二是…": the tasks after the lead are read
        elif role != "review":
            continue
        if part == "plan" and role in ("tasks", "targets") and figures and ps >= 2 and text[ps - 1] == "\n" \
                and (fs := text.rfind("\n", 0, ps - 1) + 1) in figures and not _FIRST_NUM.search(text, ps, pe):
            # a 数读 page's item, its figure on the line above the caption ("150个\n实施重点项目"; a caption with figures
            # of its own is read as any line); under the year's targets only the year's fiscal allocation, which the spec
            # pledges wherever the plan states it ("2.8%左右\n赤字率", "3.65万亿元\n拟安排地方政府专项债券")
            got = _figure_first(norm, text, fs, ps, pe, meta, sec.path if sec else "", seen, fiscal_only=role == "targets")
            if got is not None:
                out.append(got)
            if role == "tasks" or got is not None:
                continue
        para_qs, past, carry = _paragraph_figures(an, text, meta, part, role, sec, k, ps, pe, para, prev_para, cut,
                                                  answer, carry)
        if goal_acts >= 0:
            para_qs = _acts_only(text, [q for q in para_qs if q.start < goal_acts], ps)
        if goal_acts_from >= 0:
            para_qs = _acts_only(text, [q for q in para_qs if q.start >= goal_acts_from], goal_acts_from)
        if not para_qs:
            continue
        starts = [q.start for q in para_qs]
        # (a sentence the plan's end year opens inside such a paragraph states goals too: "…四是增进民生福祉。到2030年，
        # …每万人口高价值发明专利拥有量达到30件"; so inside the plan's tasks a lead to its fields opened, "重点抓好以下几个
        # 方面：一是…。到2030年，…", as a paragraph it opens ends their items)
        later_opens = part == "plan" and (role == "targets" or plan_tasks) and sec is not None and meta.report_year \
            and _GOAL_PERIOD.search(sec.path.split(" > ")[0]) is not None
        for ss, se in an.sentences_holding(starts):
            if (read := _sentence_quants(text, meta, part, role, ps, ss, se, para_qs, starts, goal_until, later_opens,
                                         past)) is None:
                continue
            quants, sentence, ss, turn = read
            a_result, lead_end = _sentence_a_result(text, meta, part, role, ps, pe, ss, se, sentence, quants, prev_para,
                                                    ps_before, in_list, after_lead, lead_end)
            if a_result:
                continue
            if (dated := _sentence_period(an, text, outline, meta, part, role, plan_tasks, ps, ss, se, sentence, quants,
                                          cut, goal_until, reasons_at, turn)) is None:
                continue
            quants, period, path, turn = dated
            if quants:
                yr, yr_year, year_until, lead = _sentence_years(an, text, meta, ss, se, sentence, quants, period,
                                                                carried)
                if (quants := _report_quants(an, text, meta, part, role, ps, ss, se, sentence, quants, body_acts,
                                             above_own, above_words, above_names)) is None:
                    continue
                got = _sentence_pledges(an, ss, se, quants, period, path, seen, plan=part == "plan",
                                        past=ss + turn - 1 if turn else -1,
                                        year_from=(yr, yr_year) if yr is not None else None,
                                        lead=lead, year_until=year_until)
                if len(got) > 1 and meta.report_year and period.isdigit() and int(period) > meta.report_year:
                    _redate_later_clauses(text, ss, se, got, period, meta)
                if len(got) > 1 and meta.region:
                    got = _region_shares(norm, text, ss, se, got, meta)
                # (a breakdown inside the sentence, after its total, counts as one opening it where an item of it was
                # pledged: "新建改扩建中小学校28所，其中城区学校9所；乡镇学校19所" goes on past its ；, decision 362; not
                # a 其中 item that tells what is done, "其中农村幼儿园已开工12所", which pledges nothing)
                carried = (se, {p.unit: p.action for p in got},
                           lead is not None or (k := text.find("其中", ss, se)) >= 0 and any(p.end > k for p in got)) if got else None
                out += got
    return out


def _paragraph_role(text: str, outline: Outline, meta: Metadata, part: str, role: str, sec, ps: int, pe: int, para: str,
                    prev_para: str, list_end: int, list_para: str, goal_between, works_run, plan_lead_top: str | None,
                    label_tasks: int | None, news_tasks: int | None, year_items, in_list, item_end: int) -> tuple:
    """scan's steps on a paragraph's role where its section's is not the last word: the year's work after a lead, the
    plan's tasks after its goals, a tasks' label, a page with no titles after the year's list, a news page's sub-head.
    Returns whether the paragraph is passed over (each ``return True, …`` was the loop's ``continue``), then role,
    plan_tasks, plan_lead_top, label_tasks, news_tasks, list_end, goal_between and works_run as they stand after (the
    paragraph's role, and the state later paragraphs read)."""
    plan_tasks = False  # (a paragraph of the plan's tasks in its goals part, _plan_tasks_lead)
    if role == "targets" and part == "plan" and _after_years_work_lead(text, outline, sec, ps, pe, meta):
        role = "tasks"  # "二、“十四五”时期主要目标和2021年工作安排 … 重点抓好以下工作：新增市场主体2.5万户": the year's work
    elif role == "targets" and part == "plan" and sec is not None and "：" in para and _plan_tasks_lead(text, sec, ps, pe):
        # "二、今后五年的目标任务" … "围绕上述目标，重点抓好以下工作：一是…，到2027年森林覆盖率达到43%；…": the plan's
        # tasks after its goal list, its indicator figures pledged as the year's tasks' are (dated as the part's items)
        role, plan_tasks = "tasks", True
        if para.rstrip().endswith(("：", ":")):
            plan_lead_top = sec.path.split(" > ")[0]  # (the lead alone: its items follow as paragraphs)
    elif role == "targets" and part == "plan" and sec is not None and "：" in para \
            and _plan_goals_named_back(text, sec, ps, pe, prev_para, meta):
        # "二、今后五年主要目标和2022年工作安排" … "今后五年的主要目标是：…。" then, a paragraph of its own (the report's, or
        # a page's that sets each sentence apart), "围绕上述目标，重点实施三大工程：…新增高新技术企业1500家；…": the
        # plan's works after its goal list, as in the list's own paragraph (_tasks_after_list), its indicators' too
        role, plan_tasks = "tasks", True
    elif role == "targets" and part == "plan" and sec is not None and "：" in para \
            and _year_targets_named_back(text, ps, pe, prev_para, meta):
        # "二、2021年经济社会发展的主要目标" … "2021年…主要预期目标是：…。" then, a paragraph of its own, "围绕上述目标，重点
        # 实施三大工程：…二是创新主体工程，新增高新技术企业800家。": the year's works after its target list, as in the
        # list's own paragraph (_tasks_after_list), its indicators' counts too (decision 343)
        role = "tasks"
    elif role == "targets" and part == "plan" and sec is not None and plan_lead_top is not None \
            and sec.path.split(" > ")[0] == plan_lead_top:
        # "今后五年，我们将重点实施“三大工程”：" alone, then "——产业强区工程。五年新增高新技术企业500家…" or
        # "（一）建设产业强区。…": the items after a lone lead to the plan's tasks, up to the part's end, are its tasks
        # (up to a paragraph a later year opens, "到2035年，全区地区生产总值突破3000亿元…", or a goal list's lead: goals)
        if (bm := _LATER_YEAR_OPENS.match(text, ps, pe)) is not None and meta.report_year \
                and int(bm.group(1)) > meta.report_year or _GOALS_LEAD.search(para) is not None:
            plan_lead_top = None
        else:
            role, plan_tasks = "tasks", True
    elif part == "plan" and role == "targets" and sec is not None and label_tasks == id(sec):
        role = "tasks"  # (an infographic's rows under the tasks' label alone on its line, "重点任务\n✅新建高标准农田：
        # 100万亩\n✅粮食产量：稳定在220亿斤以上": the tasks' rows up to the next title, an indicator's row too)
    elif part == "plan" and role == "targets" and (tl := _tasks_label_re().match(text, ps)) is not None \
            and not _past_label_year(tl.group(0), meta):
        role = "tasks"  # "2025年主要预期目标" … "重点任务：新增国家高新技术企业300家以上；…": a paragraph the tasks' label
        # opens, under the targets' title, holds the year's tasks
        if sec is not None and not _COLON_END.search(text, ps, min(pe, ps + 16)):
            label_tasks = id(sec)
    elif part == "plan" and role == "other" and sec is None and list_end >= 0 and blank(text, list_end, ps) \
            and (tl := _tasks_label_re().match(text, ps)) is not None and not _past_label_year(tl.group(0), meta) \
            and (_LABEL_DATED.search(tl.group(0)) or "抓好" not in tl.group(0) and "做好" not in tl.group(0)
                 or not _lead_names_goal_period(prev_para)):
        # (a bare "重点抓好以下工作：" only after the year's list, not after "今后五年主要目标是：…", the plan's)
        role = "tasks"  # a page with no titles: "2021年的主要预期目标是：…。" then "重点工作：新引进总部企业10家，…": the
        # paragraph right after the year's target list that the tasks' label opens holds the year's tasks
    elif part == "plan" and role == "other" and sec is None and list_end >= 0 and blank(text, list_end, ps) \
            and _year_list_para(list_para, meta) and _plan_goal_sentence(text, ps, pe, meta):
        # a page with no titles set one sentence a paragraph (decision 362): "…主要预期目标是：…。" then "“十五五”时期，
        # 全区地区生产总值年均增长5%以上。" — the plan's goal, a paragraph of its own between the list and the lead that
        # names the targets back; a goal, no pledge: the lead after it is read as right under the list
        list_end, goal_between = pe, True
        return True, role, plan_tasks, plan_lead_top, label_tasks, news_tasks, list_end, goal_between, works_run
    elif part == "plan" and role == "other" and sec is None and list_end >= 0 and blank(text, list_end, ps) \
            and _year_list_para(list_para, meta) and _list_growth_sentence(text, ps, pe):
        # a page set one sentence a paragraph (decision 451): the list's last sentence, its parts' growth ("菁蓉镇片区
        # 经济总量力争增长8%，电子信息产业功能区营业收入增长12%。"), a line of its own: the list goes on, no pledge, and
        # the lead after it ("重点抓好以下工作：…") is read as right under the list, as in the list's own paragraph
        list_end = pe
        return True, role, plan_tasks, plan_lead_top, label_tasks, news_tasks, list_end, goal_between, works_run
    elif part == "plan" and role == "other" and sec is None and (
            list_end >= 0 and blank(text, list_end, ps)
            and (_untitled_year_work(text, ps, pe, list_para if goal_between else prev_para, meta)
                 # (or a lead to the tasks opening it in words that name no target back: "报告明确，今年将重点做好以下
                 # 工作：全年地区生产总值增长7%左右，…；新增…", a news page's; decision 568: naming this year, the tasks after its
                 # colon in the same paragraph)
                 or not goal_between and _opens_on_year_tasks(para, meta) and bool(prev_para) and _year_list_para(prev_para, meta))
            # (or under the year's list set one item a line, its last item the paragraph above)
            or item_end >= 0 and blank(text, item_end, ps) and _work_after_list_opens().match(text, ps, pe) is not None):
        role = "tasks"  # a page with no titles: "…主要预期目标是：…。" then "为实现上述目标，重点抓好以下工作：建成高标准
        # 农田200万亩；…": the paragraph right after the list that names its targets back holds the year's tasks
        # (and the paragraphs after it, each its own, up to one that looks back: "实现上述目标，要坚持稳中求进。" then
        # "聚焦先进制造，新引进亿元以上产业项目60个。" then "完善城乡功能，新建改造城市道路35公里。": decision 362)
        works_run = True
    elif part == "plan" and role == "other" and sec is None and list_end < 0 and _lead_after_year_para(text, ps, para, prev_para, meta):
        role = "tasks"  # a page with no titles and no target list: "2021年是…开局之年。全年完成…" then "重点抓好以下工作："
        # alone, then the works one a paragraph ("一是…。新开工…", "二是…。新建改造…"): as after the list (decision 375)
        works_run = True
    elif part == "plan" and role == "other" and sec is None and works_run and not _opens_looking_back(para, meta):
        role = "tasks"
    elif part == "plan" and role == "targets" and sec is not None and sec.depth == 1 and not sec.number \
            and (news_tasks == id(sec) or _NEWS_TARGETS_HEAD.search(sec.title) and _task_lead_end(text, ps, pe, meta) >= 0):
        # "【今年目标】" … "围绕目标，报告部署了九个方面的重点任务。其中，…": under a news page's sub-head of the
        # year's targets, the paragraphs from a lead to the year's tasks on restate the tasks ("报告要求，…确保粮食总产
        # 稳定在90亿斤以上": an indicator's figure stated as a task is a pledge too)
        role, news_tasks = "tasks", id(sec)
    elif part == "plan" and role == "targets" and year_items and in_list and sec is not None \
            and _year_work_top(sec.path.split(" > ")[0], meta):
        # "二、“十五五”时期奋斗目标和2026年工作安排" … "做好今年工作，重点抓好以下五个方面：" then "一是…": the
        # items the lead opens are this year's tasks, as the part's sub-sections under it are
        role = "tasks"
    return False, role, plan_tasks, plan_lead_top, label_tasks, news_tasks, list_end, goal_between, works_run


def _opens_on_item(text: str, ps: int, pe: int) -> bool:
    """Whether the paragraph [ps, pe) opens on a target list's item (``_target_item``), its first clause holding the
    figure (not a lead, "主要预期目标是：…", "实现上述目标，必须…。全州…增长7%左右": a list closed, or the tasks after it)."""
    # (the first clause only, not all the paragraph's clauses built to read the first: numbers.first_clause; spd65)
    if (c := numbers.first_clause(text, ps, pe, _SEP + "。！？!?")) is None:
        return False
    return _A_FIGURE_DIGIT.search(text, c[0], c[1]) is not None and _target_item(text, c[0], c[1])


def _under_target_tasks_run(text: str, paragraphs, k: int) -> bool:
    """Whether paragraph k opens on a target list's item and so does each paragraph between it and the part's title
    for the year's targets and tasks right above them ("三、2026年主要目标和重点工作" over "今年全县地区生产总值增长6%左右；…。"
    then "今年农村居民人均可支配收入增长7%，新增省级未来乡村10个。"): the list goes on a line at a time, its tasks among
    its items, as in the paragraph right under the title (decision 443; a paragraph opening on a task's verb ends the
    run, the targets restated in the tasks after it are pledges too; decision 531)."""
    ps, pe = paragraphs[k]
    if not _opens_on_item(text, ps, pe):
        return False
    for j in range(k - 1, max(-1, k - 8), -1):
        ps, pe = paragraphs[j]
        line = text[ps:pe].strip()
        if len(line) <= 40 and "目标" in line and _TARGET_TASKS_PART.fullmatch(line):
            return j < k - 1
        if not _opens_on_item(text, ps, pe):
            return False
    return False


def _paragraph_figures(an: Analysis, text: str, meta: Metadata, part: str, role: str, sec, k: int, ps: int, pe: int,
                      para: str, prev_para: str, cut: int, answer: int, carry: tuple | None
                      ) -> tuple[list[_Q], list, tuple | None]:
    """scan's step on a paragraph's figures: those it holds (after a lead's cut, not an official's answer's unless the
    report is cited, not a list's items among tasks), the spans of its review (past), and the review carried to the
    next line (carry)."""
    # the paragraph's quantities (none crosses a line or a sentence end), then only the
    # sentences that hold one are read
    para_qs = _quantities(text, ps, pe)
    if cut > ps:
        para_qs = [q for q in para_qs if q.start >= cut]
    if para_qs and "答" in para and (aw := _official_answer(para, meta, prev_para)) >= 0:
        # a department's official answering a question on the page ("网友提问：…？市住建局局长王海涛答：接下来，我们计划
        # 新建换热站12座。"): the department's plans, no pledges of the report, unless the answer cites the report
        # before the figure ("按照政府工作报告的部署，今年将新建…"); decision 439; or after it in its sentence ("今年
        # 我们将新建公共停车场6个，这是政府工作报告明确的任务"; decision 448)
        para_qs = [q for q in para_qs if q.start < ps + aw or _cites_report(text, ps + aw, _sentence_end(text, q.start, pe))]
    elif para_qs and answer == 1 and "答" not in para:
        # the answer's later paragraphs ("市住建局局长王海涛答：停车难是…。" over "接下来，我们计划新建公共停车场15个"): the
        # department's plans still, unless the figure's sentence cites the report (decision 468)
        para_qs = [q for q in para_qs if _cites_report(text, ps, _sentence_end(text, q.start, pe))]
    # (the part's title or the run above tested before the paragraph's clauses are read for a verb: both side-effect
    # free, and the title's test or the run's first paragraph decides at most places where the clauses' reading would
    # go on through the paragraph; spd64)
    if para_qs and role in ("tasks", "targets") \
            and (len(prev_para) <= 40 and "目标" in prev_para and _TARGET_TASKS_PART.fullmatch(prev_para.strip())
                 or _under_target_tasks_run(text, an.paragraphs, k)) \
            and _verb_led_clause(text, ps, pe) and (items := _target_items(text, ps, pe)):
        # "二、2023年目标任务" over "地区生产总值增长6.5%左右；…；新建改建农村公路1000公里；…": a paragraph mixing the
        # year's target list with tasks (a verb-led clause keeps it no list) — the list's items are facts, no
        # pledges, the tasks' clauses are (decision 443; spec: the items of the list are not pledges). A paragraph
        # with no task's verb is left to the readings after (lft43c's “…城乡居民人均可支配收入分别增长8%和9%。”)
        para_qs = [q for q in para_qs if not any(a <= q.start < b for a, b in items)]
    # "2021年，全县地区生产总值…；固定资产投资完成…。": a full sentence dated by a past year is a
    # review, and so are the sentences that go on about the past after it or another review opening
    past = []
    if part == "plan":
        # (blank lines between: a page that sets each sentence in a paragraph of its own; a
        # paragraph of several sentences after it is no such page's line: "过去一年，…。" opening a
        # sub-section, then its tasks)
        # (in a part of the year's tasks, only where a line of the run turns ahead: as in one paragraph, a review
        # that nothing after it turns from was a sentence of context before the item's tasks, _review_run)
        run = carry is not None and carry[1] == id(sec) and blank(text, carry[0], ps) \
            and not _NEW_ITEM.match(para) and len(_FULL_SENTENCE.findall(para)) == 1 \
            and (role != "tasks" or _run_turns_ahead(text, an.paragraphs, k, meta))
        # (a paragraph without quantities is read only where a review may open: "过去五年，…成就。")
        if para_qs or run or _review_opens(para) or _past_lead(para, meta):
            if _year_leads(para):
                # (up to a turn to the report's year: "2023年建成…；2024年计划新建2.5万亩")
                past = [(m.start() + ps, m.start() + ps + (_turn(m.group(0), meta)[1] or len(m.group(0))))
                        for m in _FULL_SENTENCE.finditer(para) if _past_lead(m.group(0), meta)]
            came_in = run
            if past or run or _holds_review_word(para):
                past, run = _review_run(para, ps, past, meta, run, role == "tasks")
            # (a review opened only in a later part of a sentence of the year's work, last year's figure compared,
            # "完善城市功能，新建改造城市道路30公里，其中主干道12公里；去年为26公里。", does not go on over the next
            # paragraph: decision 367)
            run = run and (came_in or _opens_review_first(para, ps, past))
        # one sentence a line (a web page's paragraphs): a review goes on over the lines after it
        carry = (pe, id(sec)) if run and len(_FULL_SENTENCE.findall(para)) == 1 else None
    return para_qs, past, carry


# what may stand between a clause's start and its act in a goal's sentence: the region's whole, a modal, 累计
# (its modal and its resolve word: cues.tsv act_open_modals, plan_end_resolve; built at first use)
@once
def _act_open() -> re.Pattern:
    c = vocab.cues()
    return re.compile(r"[ \t\u3000]*(?:[全我本][省市区县州旗盟])?(?:" + "|".join(map(re.escape, c["act_open_modals"])) + ")?(?:"
                      + "|".join(map(re.escape, c["plan_end_resolve"])) + ")?(?:五年)?(?:累计)?")


def _acts_only(text: str, qs: list, lo: int) -> list:
    """The figures of ``qs`` whose clause (from ``lo`` on) opens on an act (a verb of the action, whole or stop kind:
    "到2030年，全区建成5G基站2万个，新建高标准农田60万亩"): under the plan's goals, a count committed to by the plan's end
    is a pledge (kept golds: "到“十五五”末建成未来乡村60个", "…累计建成1.2亿亩"); a state reached ("规模以上工业企业
    达到450家", "产值力争突破600亿元") stays the goal's (tests/test_long16.py). lft63c. Nor an act on a taxonomy
    indicator ("累计新增城镇就业4万人", "五年累计完成固定资产投资1.5万亿元"): the goal's fact, as the kept golds read a
    goals part's 城镇新增就业 (decision 540)."""
    out = []
    for q in qs:
        cs = max(lo, rfind_mark(text, lo, q.start, _CLAUSE_MARK_SET) + 1)
        h = _act_open().match(text, cs, q.start).end()
        v = _verb_re().match(text, h, q.start)
        if v is not None and verbs()[v.group(0)] in ("action", "whole", "stop") \
                and _indicator_re().search(text, cs, q.start) is None:
            out.append(q)
    return out


def _sentence_quants(text: str, meta: Metadata, part: str, role: str, ps: int, ss: int, se: int, para_qs: list,
                     starts: list[int], goal_until: int, later_opens, past: list
                     ) -> tuple[list[_Q], str, int, int] | None:
    """scan's first steps on a sentence that holds figures: the figures it reads (past a goal's part, an aside or a base
    of the year before, a clause about the past), the sentence as read (those blanked), where it starts and where its
    turn to the report's year is (0: none); None: nothing to read (each ``return None`` was the loop's ``continue``)."""
    quants = para_qs[starts_between(starts, ss, se)]
    if goal_until >= 0:
        # (the goal's clauses before the year's items keep their acts, "到2025年，…城镇化率达到65%，建成城市停车位5万个；
        # 全年…": a count committed to by the goal's year, as in a part of the goals alone; see _acts_only. decision 540)
        quants = _acts_only(text, [q for q in quants if q.start <= goal_until], ss) \
            + [q for q in quants if q.start > goal_until]
        if not quants:
            return None
    if later_opens and ss > ps and (bm := _LATER_YEAR_OPENS.match(text, ss, se)) is not None \
            and int(bm.group(1)) > meta.report_year:
        quants = _acts_only(text, quants, ss)  # (its clauses opening on an act are pledges: see _acts_only)
        if not quants:
            return None
    sentence = text[ss:se]
    if part == "plan" and ("（" in sentence or "(" in sentence) and "年" in sentence \
            and (asides := [m.span() for m in _PAST_ASIDE.finditer(sentence) if _past_aside(m, meta)]):
        # ("争取专项债券资金50亿元（2023年为42亿元）": the year before's figure beside the year's, no pledge)
        quants = [q for q in quants if not any(a <= q.start - ss < b for a, b in asides)]
        if not quants:
            return None
        for a, b in reversed(asides):  # (nor does it make the sentence a review's)
            sentence = sentence[:a] + "\u3000" * (b - a) + sentence[b:]
    if part == "plan" and any(w in sentence for w in _past_base_closes()) \
            and (bases := [m.span() for m in _past_base_re().finditer(sentence) if _past_base(m, meta)]):
        # ("在去年新增规模以上工业企业160家的基础上，新增…150家以上", "在上年新建5G基站1900个基础上，再新建…": the
        # base the year's work builds on, a result, no pledge; nor does it make the sentence a review's)
        quants = [q for q in quants if not any(a <= q.start - ss < b for a, b in bases)]
        if not quants:
            return None
        for a, b in reversed(bases):
            sentence = sentence[:a] + "\u3000" * (b - a) + sentence[b:]
    was, turn = _turn(sentence, meta) if part == "plan" and "年" in sentence else (0, 0)
    if turn:
        # the clause about the past is not read, the report year's after it is (its verb may
        # take an object said before)
        quants = [q for q in quants if not ss + was <= q.start < ss + turn]
        sentence = sentence[turn:]  # (what the sentence is about: the report year's clause)
    elif (past and any(a <= ss < b for a, b in past)) or (part == "plan" and "五" in sentence
                                                          and _past_plan_lead(sentence, meta)):
        return None
    elif part == "plan" and ("去年" in sentence or "上年" in sentence) and _LAST_YEAR_FIGURE.search(sentence) \
            and not _PLAN_CUE_FOUND.search(sentence):
        # "社会消费品零售总额由上年的612亿元降至去年的598.6亿元，下降2.2%" in a sector's paragraph of the year's
        # work: a figure last year's words date, nothing looking ahead, is a result (decision 155)
        return None
    elif ("去年" in sentence or "上年" in sentence) and not (
            quants := [q for q in quants if not _last_years_figure(text, ss, se, q.start)]):
        return None  # (every figure in a clause last year's words date: "王先生说，去年社区新增停车位300个", decision 481)
    elif part == "plan" and role == "tasks" and "20" in sentence and _past_year(sentence, meta) \
            and not _looks_ahead(sentence, meta):
        # "洛阳文旅产业持续火爆，2025年接待游客1.6亿人次。", "全市规上工业企业2025年达到2800家。": in a sentence
        # of a task item dated only by a past year, the year not opening it, looking nowhere ahead, the
        # figures of the past year's clause are its results (not those of another clause: "巩固2025年
        # 创建成果，新建口袋公园8个")
        # (a sentence opened by a clause that dates it, "截至2023年底，全县累计建成5G基站1200个", is all results)
        k = text.find("，", ss, se)
        if k >= 0 and _DATING_CLAUSE.fullmatch(text, ss, k):
            return None
        quants = [q for q in quants if not _dated_clause(text, ss, q.start)]
        if not quants:
            return None
    if part == "plan" and role == "other" and _target_word(sentence) \
            and (tc := _task_clause(sentence)) is not None and not _target_word(sentence[tc.start():]) \
            and not _indicator_ids(text, ss + tc.start(), se):
        # a news page's sentence that states a target, then turns to a task in a clause of its own ("全县地区生产总值
        # 预期增长6.5%，今年我们将新建高标准农田3万亩"): the task's clause is read, the target's is not (not one that
        # names an indicator: "…，将新增城镇就业1.2万人" restates a target)
        ss += tc.start() + 1
        quants = [q for q in quants if q.start >= ss]
        sentence = text[ss:se]
        if not quants:
            return None
    return quants, sentence, ss, turn


def _sentence_a_result(text: str, meta: Metadata, part: str, role: str, ps: int, pe: int, ss: int, se: int,
                       sentence: str, quants: list[_Q], prev_para: str, ps_before: int, in_list, after_lead,
                       lead_end: int | None
                       ) -> tuple[bool, int | None]:
    """scan's step on a sentence read: whether it is a result, or looks nowhere ahead outside a plan part (its
    ``return True`` was the loop's ``continue``), and where the paragraph's lead to the tasks ends (found where first
    needed, then kept for the paragraph's next sentences: the lead_end passed in, or found here)."""
    # (_RESULT searched only where its 同比 or 上年同期 is written)
    if part == "plan" and (_review_opens(sentence) or (("同比" in sentence or (
            "上年同期" in sentence and _RESULT.search(sentence))) and (
            role == "other" or not _PLAN_CUE_FOUND.search(sentence))) or (
            role == "other" and (_looks_back(sentence) or not (
                # (a 将 read as 把 looks ahead unless the paragraph before it looks back: decisions 415, 422; the
                # paragraph searched only where a 将 stands, the one word the flag changes anything for)
                in_list or _looks_ahead(sentence, meta, "将" in sentence and _REVIEW_CUE.search(text, ps, ss) is not None)
                or _opens_this_year(text, _full_start(text, ps, ss), ss, meta)
                # (the lead may open the sentence itself, before its first figure: "重点做好以下工作：实施…")
                or _colon_leads_ahead(text, _full_start(text, ps, ss), max(ss, quants[0].start), meta)
                or _whole_year_goes_on(text, ps, _full_start(text, ps, ss), meta)
                # (its lead a one-sentence paragraph of its own just before: "报告要求，今年要突出抓好项目建设。" then
                # "全年实施重点项目120个，…")
                or _full_start(text, ps, ss) == ps and _lead_line_carries(text, ps_before, ps, prev_para, meta)
                or _span_ahead(sentence, meta.report_year)
                or "统计" not in sentence and _told_plan_goes_on(text, ps, ss, meta)
                # (a paragraph that turned to the year before: "…。新的一年，…增长7%左右。新建标准化厂房5万平方米。")
                or _turned_ahead(text, ps, _full_start(text, ps, ss), meta)
                # (or, on a page that sets each sentence apart, a sentence the paragraphs before it turned to the
                # year: "新的一年，…增长7%左右。" then "新建标准化厂房5万平方米。" then "新建改造农村公路150公里。")
                or ps_before >= 0 and prev_para.endswith(("。", "！", "？")) and _full_start(text, ps, ss) == ps
                and (chain := _set_apart_start(text, ps)) < ps
                and _turned_ahead(text, chain, ps, meta, told=_evenly_apart(text, chain, ps))
                # (or, on a page that sets its paragraphs apart by blank lines and a paragraph's sentences one a
                # line, a sentence the lines of its own paragraph told the turn in: "报告提出，2019年…增长7.5%左右…。"
                # over "全年新建改造农村公路300公里…。", no blank line between, decision 393)
                or ps_before >= 0 and prev_para.endswith(("。", "！", "？"))
                and (own := paragraph_lines_start(text, ps)) < ps and (
                    "统计" not in sentence and _told_plan_goes_on(text, own, ss, meta)
                    and not _lines_look_back(text, text.find("\n", own) + 1, ps, meta)
                    or _turned_ahead(text, own, _full_start(text, ps, ss), meta))
                or ("统计" not in sentence and part == "plan" and (after_lead or (
                    lead_end if lead_end is not None else (lead_end := _task_lead_end(text, ps, pe, meta))) - 1 in range(ps, ss))))
                                 or _states_target(text, ss, se, sentence) or _past_year(sentence, meta)
                                 or _names_goal_period(sentence) and not _plan_end_deadline(sentence)
                                 and not _plan_ahead_works(sentence, meta)))):
        # a result; outside any plan part (a news article), a sentence that does not look ahead,
        # states targets or a plan period's goals ("“十五五”时期…到2030年城镇化率达到62%"), or is
        # about a past year ("2020年全区地区生产总值增长3.7%")
        return True, lead_end
    return False, lead_end


def _sentence_period(an: Analysis, text: str, outline: Outline, meta: Metadata, part: str, role: str, plan_tasks,
                      ps: int, ss: int, se: int, sentence: str, quants: list[_Q], cut: int, goal_until: int,
                      reasons_at: int, turn: int) -> tuple[list[_Q], str, str, int] | None:
    """scan's next steps on a sentence: the figures left (those quoted, a grade, none pledgeable), its section's path,
    its period, and the figures a target list, a goal or a reason holds taken out; with ``turn`` (set again where a
    later year's clause in a part on goals and tasks turns to the year). None: none left (each ``return None`` was the
    loop's ``continue``)."""
    if "“" in sentence:
        quants = [q for q in quants if not _in_quotes(text, ss, q.start)]
    if "级" in sentence:
        # "10万吨级油库", "5000吨级泊位", "百万千瓦级": a size written as a grade, no count pledged
        quants = [q for q in quants if text[q.end:q.end + 1] != "级"]
        if not quants:
            return None
    if all(q.unit in _NOT_PLEDGE_UNITS for q in quants):
        return None  # none can be pledged ("下降0.5个百分点"), none at all
    sec = outline.at(ss)
    path = sec.path if sec else ""
    goal_path = path if role == "targets" or plan_tasks else ""
    year_para = role == "targets" and _opens_on_year(text, ps, sec, meta)
    if goal_path and meta.report_year and (_YEAR_IN_PATH.search(path) and _paragraph_this_year(text, ps, se, meta)
                                           or year_para):
        # "二、“十五五”时期主要目标任务和2026年工作总体部署" > "实现今年目标，…今年赤字率拟按4%左右安排，…拟发行超长期
        # 特别国债1.3万亿元": in a part titled for the plan and the year, a paragraph on the year is the year's
        goal_path = ""
    period = _period(sentence, meta, goal_path, text) if part == "plan" else (
        str(meta.report_year - 1) if meta.report_year else "")
    if part == "plan" and meta.report_year and period == str(meta.report_year) \
            and (fs := _full_start(text, ps, ss)) < ss and (span := _span_opening(text, fs, ss, meta)) \
            and not _THIS_YEAR_CLAUSE.search(text, ss, se) and not _THIS_YEAR_OPENS.match(text, ss):
        # "今后五年，全县新增城镇就业5万人；新建高标准农田10万亩；…": a span opening the full sentence dates each
        # of its ；-items, as it dates the first (not an item that turns to the year: "；今年新建2万亩"; nor one
        # opening on it after a later year, "到2027年，累计新建高标准农田100万亩；全年新建20万亩")
        period = span
    elif part == "plan" and meta.report_year and period == str(meta.report_year) and "五年" in path \
            and _FIVE_AHEAD_PART.search(path) and not _YEAR_IN_PATH.search(path) \
            and "今年" not in sentence and not _THIS_YEAR_CLAUSE.search(text, ss, se):
        # "二、今后五年的奋斗目标和主要任务 > …新建改造城市道路50公里": a part (and its sub-part) titled for the
        # five years ahead and for no year: its tasks are the five years' (not "…和2022年工作安排")
        period = f"{meta.report_year}-{meta.report_year + 4}"
    elif part == "plan" and role == "tasks" and meta.report_year and period == str(meta.report_year) \
            and (span := plan_works_span(text, quants[0].start, path, meta.report_year)) is not None:
        # "今后五年，全区…主要目标是：…" then "围绕上述目标，重点抓好以下工作：" on its line, on a page with no titles:
        # the works under the lead are the plan's, up to the year told again (decision 357)
        period = span
    if part == "plan" and meta.report_year and ("明年" in sentence or "后年" in sentence) \
            and (role != "tasks" or _GOALS_AND_TASKS.search(path.split(" > ", 1)[0])):
        # ("力争全县地区生产总值今年增长7%，明年增长8%，后年突破300亿元" in a report delivered in its year): an
        # indicator's figure for a year after the report's is a goal (a fact), no task of the year, in a part
        # titled for goals (and tasks), as one dated by its year is (decision 10)
        quants = [q for q in quants if not _later_years_figure(text, ss, q, meta)]
        if not quants:
            return None
    if part == "plan" and role == "targets" and sec is not None and _goal_list_sentence(text, sec, ps, ss, se, meta):
        return None
    if part == "plan" and _target_list(an, ss, se, quants) and not (
            role == "tasks" and any(q.unit != "%" for q in quants) and (_task_item(sec) or _task_item_line(text, ss, sec))
            and "gdp" not in _ids_but_goals_named(text, ss, se, quants)):
        return None
    if part == "plan" and role == "tasks" and not plan_tasks and sec is not None \
            and _in_targets_paragraphs(text, sec, ss, se):
        # "二、2025年目标任务" … after the list, "全州规模以上工业增加值增长9%左右，…，开工改造棚户区8000套。楚雄市要…，
        # 地区生产总值增长7%左右": the region's rates restated and a division's asked of it are targets (facts,
        # the division's other:), no tasks; the count tasks beside them stay pledges (decision 457)
        quants = [q for q in quants if not _rate_named_bare(text, ss, q)]
        if not quants:
            return None
    if part == "plan" and _year_targets_stated(an, ss, se, quants, role == "tasks"):
        # "报告提出，2017年全县规模以上工业增加值增长9%、城镇新增就业4200人以上。": two indicators' figures for
        # the year, no task's verb: the year's targets (decision 403); in the tasks part with no lead telling or
        # proposing them, restated, they stay pledges
        return None
    if part == "plan" and ("说明" in path and _EXPLAINS_TARGETS.search(path)
                           or role != "tasks" and reasons_at < se and not (quants := [q for q in quants if q.start < reasons_at])):
        # "关于主要预期目标的几点说明" ("固定资产投资增长10%左右，主要考虑：全省重点项目年度投资1200亿元，新开工
        # 项目500个以上…"): the reasons for a target, the figures it leans on, no commitment of their own (outside the
        # tasks part: there a paragraph opening on its reasons is still tasks, tests/test_plan20.py)
        return None
    if part == "plan" and role == "targets":
        # a share, or an indicator's figure, in a targets part is a goal (a fact); only a task
        # makes it a pledge
        # (a fiscal rate is a pledge there too: "赤字率拟按2.8%安排"; and so is a fiscal amount the year allocates,
        # an indicator's name though it is: "财政政策要加力提效，全省一般公共预算支出安排1.18万亿元", prov21)
        # (but in a part on the plan's goals and the year's work, a ；-item of the goals' paragraph turning to the
        # year is that work, an indicator's count there too: "“十四五”时期，…年均增长7%左右；全年新增城镇就业1.2万人，
        # 新建改造城市道路15条" — the count is both the year's target and a task, as in the tasks part; decision 318)
        year_work = goal_until if goal_until >= 0 else ps if year_para else _year_item_turn(text, ss, se, sec, meta)
        # (and after the lead to the tasks or the named works that follows the goal list in its paragraph,
        # "…年均增长6%以上。围绕上述目标，重点实施三大工程：…二是产业提升工程，新增高新技术企业1500家；…", an
        # indicator's count is stated as a task too, as in the tasks part: decision 326)
        if cut > ps and (year_work < 0 or cut < year_work):
            year_work = cut - 1
        quants = [q for q in quants if (q.unit != "%" and _fiscal_rate(text, ss, q)) or (
            (q.unit != "%" or _fiscal_rate(text, ss, q)) and not _names_indicator(text, ss, q)
            and not _indicator_goes_on(text, ss, q)) or 0 <= year_work < q.start and q.unit != "%"]
    elif part == "plan" and role == "other":
        # outside any plan part (a news lead: "报告提出，今年全省地区生产总值增长5%左右"), an
        # indicator's rate is the target list's item restated, not a task; and an indicator's
        # figure for a later year is a goal ("到2030年，全市生产总值突破2.4万亿元"), a fact
        later = meta.report_year is not None and period.isdigit() and int(period) > meta.report_year
        # (and where the sentence states the output's growth, which a target list opens with, every indicator's
        # figure in it is the list's item: "报告提出，今年全省地区生产总值增长6.5%左右，城镇新增就业60万人以上",
        # decision 321; "报告提出，今年城镇新增就业60万人以上，新建…" with no output's rate is unchanged)
        listed = later or _output_rate_in(text, ss, quants)
        # (and the output's rate in an earlier ；-piece of the same full sentence: "报告提出，2025年全市地区生产总值增长6%
        # 左右；社会消费品零售总额增长6%；城镇新增就业3万人以上。", the list split at ；; adv65c)
        if not listed and ss > 0 and text[ss - 1] in "；;" and (fs := _full_sentence(text, ss, se)[0]) < ss:
            listed = _output_rate_before(text, fs, ss)
        quants = [q for q in quants if not ((q.unit == "%" or listed) and (_names_indicator(text, ss, q)
                                                                          or _indicator_goes_on(text, ss, q)))]
    elif part == "plan" and role == "tasks" and not plan_tasks and meta.report_year is not None and period.isdigit() \
            and int(period) > meta.report_year and _GOALS_AND_TASKS.search(path.split(" > ", 1)[0]):
        # in a part titled for the goals as well as the tasks ("二、2019年主要预期目标和重点工作 > 到2020年，
        # 农村居民人均可支配收入达到1.1万元"): an indicator's figure for a later year is a goal (a fact), not a
        # task (under "二、2017年工作安排" it is a task of its own, a pledge for its year)
        # (nor in the plan's tasks after its goal list, led as tasks, _plan_tasks_lead: "二、今后五年的目标任务" …
        # "重点抓好以下工作：…，到2027年森林覆盖率达到43%", within the plan's years)
        # (not one after a clause the report's year opens once the later year's has been named: "力争到2028年规上
        # 工业产值突破500亿元，全年新增规上工业企业20家，完成工业投资75亿元", the year's task)
        tm = _THIS_YEAR_CLAUSE.search(text, ss, se)  # (not bound to ``turn``, an int: compiled, Cython types it)
        turn = tm.start() if tm is not None and text.find(period + "年", ss, tm.start()) >= 0 else se
        quants = [q for q in quants if q.start > turn or not _names_indicator(text, ss, q) and not _indicator_goes_on(text, ss, q)]
    if part == "plan" and "目标" in sentence:
        # "完成地区生产总值增长6%左右的目标": an indicator's target rate named as the goal to reach is
        # the target list's item restated (a fact), not a task
        # ("地区生产总值增长目标由7.5%调整为3%左右": an indicator's target set or revised, named before its figure, the
        # same fact; its start a figure no more)
        # (an indicator's count or amount so named is the task it is without the words, "完成城镇新增就业4000人的
        # 目标任务" as "完成城镇新增就业4000人": a target fact and a pledge, as the spec has a whole-region figure
        # restated in the tasks, decision 343)
        # (only where the clause opens on the verb doing it; a goal said to be reached, "到2025年全县地区生产总值达到
        # 700亿元的目标有望如期实现", stays the goal restated)
        quants = [q for q in quants if not ((_GOAL_AFTER.match(text, q.end) and (q.unit in _RATE_UNITS
                                                                                  or not _goal_done_as_task(text, ss, q.start))
                                             or _GOAL_SET_BEFORE.search(text, max(ss, q.start - 24), q.start))
                                            and _names_indicator(text, ss, q))]
    return quants, period, path, turn


def _sentence_years(an: Analysis, text: str, meta: Metadata, ss: int, se: int, sentence: str, quants: list[_Q],
                     period: str, carried: tuple | None
                     ) -> tuple[int | None, str, tuple[int, str] | None, dict[str, str] | None]:
    """scan's step on a sentence's figures: where its clause of the report's year starts and that year (yr, yr_year),
    where a later dated clause starts and the period of the figures before it (year_until), and the actions a
    breakdown opening it is counted by (lead: the last pledging sentence's, carried)."""
    # "今后五年建设高标准农田50万亩，今年完成12万亩": the clause of the report's year in a
    # sentence dated by a span is the year's
    yr = None
    year_until, this = None, str(meta.report_year) if meta.report_year else ""
    if "-" in period and meta.report_year:
        m = _THIS_YEAR_CLAUSE.search(text, ss, se)
        yr = ss if _THIS_YEAR_OPENS.match(text, ss) else m.start() if m else None
    elif period.isdigit() and meta.report_year and int(period) > meta.report_year \
            and ("今年" in sentence or "本年" in sentence or "年内" in sentence or "全年" in sentence) \
            and (m := _THIS_YEAR_CLAUSE.search(text, ss, se)) \
            and (text.find(period + "年", ss, m.start()) >= 0 or _PLAN_END.search(text, ss, m.start()) is not None):
        yr = m.start()  # "到2020年…达到1.5万元，今年达到1.2万元": the clause after the goal is the year's
        # (the goal's year named as the plan's end too: "到“十五五”末建成…50个，今年建成10个", lft61b)
    # "全年实施重点项目500个。其中，产业项目260个、…": a breakdown opening the next sentence
    # is counted by the actions of the sentence before, unit by unit
    # "新建高标准农田300万亩，到2025年累计建成5000万亩": the figures before a later dated clause
    # are the report year's
    if period != this and this and quants[0].start > ss and ("，" in sentence or "," in sentence):
        later = _dated_later(an, ss, se, quants, period, meta)
        if later is not None:
            year_until = (later, _earlier_period(text, ss, later, meta))
            # ("今后五年新建学校50所，今年建成10所，到2030年…": the clause of the report's year before it
            # is the year's, within the span of the part before it)
            m = _THIS_YEAR_CLAUSE.search(text, ss, later) if "-" in year_until[1] else None
            yr = m.start() if m else None
        elif period.isdigit() and (by := _this_year_then_deadline(text, ss, quants, period, this)) >= 0:
            # "确保今年实现3个贫困村退出、1200名贫困人口脱贫，到2019年全县脱贫摘帽": the figures the report's
            # year dates before them are its year's, the later year a deadline after them with no figure of
            # its own (not "新建学校10所，于2025年底前全部建成": no year before the figures, the deadline theirs)
            year_until = (by, f"{this}-{period}" if _FROM_THIS_YEAR.search(text, ss, quants[0].start) else this)
    yr_year = str(meta.report_year) if meta.report_year else ""
    if yr is None and this and len(quants) > 1 and text.find("、", quants[0].end, quants[-1].start) >= 0 \
            and (ly := _list_later_year(text, quants[0].end, quants[-1].start, int(this))) is not None:
        # "今年新建幼儿园3所、2026年再建5所" (a 2025 report): a later year opening an item of a 、 list dates
        # that item and those after it, the items before keeping theirs (decision 389)
        yr, yr_year = ly
    # (and so are the breakdown's next items past a ；, with no verb of their own: "其中，产业项目96个、年度计划投资
    # 268亿元；基础设施项目62个、年度计划投资155亿元；…")
    lead = carried[1] if carried and (text[ss:ss + 2] == "其中" or carried[2]
                                      and text[max(0, ss - 3):ss].rstrip()[-1:] in ("；", ";")) \
        and not text[carried[0]:ss].strip("。；; \n") else None
    return yr, yr_year, year_until, lead


def _report_quants(an: Analysis, text: str, meta: Metadata, part: str, role: str, ps: int, ss: int, se: int,
                   sentence: str, quants: list[_Q], body_acts, above_own: tuple[str, ...],
                   above_words: tuple[str, ...], above_names) -> list[_Q] | None:
    """scan's last step on a sentence's figures before its pledges: those of the report, not of another page, a
    commentator, another place, a deputy or a member, another body or a level above; None: none (each ``return None``
    was the loop's ``continue``)."""
    if an.other_pages and an.other_page_at(quants[0].start) is not None:
        # another page quoted under the copy ("相关阅读\n重庆：…\n重庆将实施市级重大项目1200个"): its region's
        # counts, none of the report's
        return None
    if commentary_at(text, quants[0].start):
        return None  # a commentator's words beside the report on a news page ("分析师预计…新建5G基站料达2万座")
    if meta.region_code and _line_place_head(text, quants[0].start, meta):
        # a line another place heads with a colon on a page of the region's ("鼓楼区：今年…新建改造老旧小区
        # 50个" on 福州市's news page, "泗阳：…"): that place's counts, none the page's (decision 373)
        return None
    if meta.region_code and meta.several and _division_opens(text, ss, quants[0].start, meta):
        # a region's digest of its divisions' targets (metadata: the page speaking for it), a line or sentence
        # one of them opens by its full or short name ("潢川去年城镇新增就业6200人，今年计划新增6000人"):
        # that division's counts, none the page's (decision 375)
        return None
    if meta.region_code and _has_place_figure(text, ss, se, quants):
        quants = [q for q in quants if not _place_figure(text, ss, q.start, meta)]
        if not quants:
            return None
    if part == "plan" and role == "other" and (
            _suggested_before(text, fs := _full_start(text, ps, ss), quants[0].start)
            or hearsay_re().search(text, fs, quants[0].start) is not None
            or meta.region_code and _part_speaks(text, fs, quants[0].start, meta)):
        # (a news page: a deputy's or a member's suggestion, "市政协委员李娟建议，今年新建口袋公园50个", is none
        # of the report's; nor a place's own count)
        return None
    if part == "plan" and role == "other" and (quants := [q for q in quants if not _suggested_in_clause(text, ss, q.start)]) == []:
        # (and a suggestion opening a later clause of the sentence, after a figure of its own: "我们村60岁以上老人
        # 有860多人，我建议全市今年新建村级养老服务站30个" is the deputy's asking, none of the report's)
        return None
    if part == "plan" and (text.find("代表", ps, quants[0].start) >= 0 or text.find("委员", ps, quants[0].start) >= 0
                           or _NAME_TURN.match(text, ps, quants[0].start) is not None
                           or _FIRST_PERSON.match(text, ps, quants[0].start) is not None
                           or ps >= 2 and text[ps - 1] == "\n" and (_label_turn(text, ps) is not None
                                                                    or _pronoun_says().match(text, ps) is not None)) \
            and ((dm := _deputy_says().search(text, _full_start(text, ps, ss), quants[0].start)) is not None
                 and not _quote_closed_after(text, dm.end(), quants[0].start)
                 # (a transcript's label line right above naming the deputy, no colon: "【同期声】县人大代表　徐丽萍"
                 # over their words, decision 364)
                 or ps >= 2 and text[ps - 1] == "\n" and (dm := _label_turn(text, ps)) is not None
                 # (a transcript's or an interview's turn: the deputy named at the paragraph's head, a colon
                 # after, their words to its end, "【同期声】市人大代表、…陈建华：我们企业今年计划…。…")
                 or (dm := _deputy_turn().match(text, ps, quants[0].start)) is not None
                 # (or named by their name alone at the turn's head, the page having introduced them as a
                 # deputy or a member before: "…采访了市人大代表、某村党委书记沈月琴。…沈月琴：我们村今年计划…")
                 or (dm := _named_deputy_turn(text, ps, quants[0].start)) is not None
                 # (or headed by the name and the bare title after it, "钱国良代表：我建议…", "王芳委员：…")
                 or (dm := _titled_name_turn(text, ps, quants[0].start)) is not None
                 # (or going on from such a turn on the lines above, a page setting one sentence a paragraph:
                 # "沈月琴：我提了一份…建议。" over "我们村自己也计划今年新建1个老年食堂。", the deputy's first person)
                 or (dm := _turn_goes_on(text, ps, quants[0].start)) is not None
                 # (or a later sentence of the reporter's telling their words, opening on a pronoun and a verb of
                 # telling after the deputy told in the paragraph: "…李春华表示，报告提出…。她说，今年村里将…")
                 or (dm := _pronoun_turn(text, ps, ss, quants[0].start)) is not None) \
            and (quants := [q for q in quants if _report_told(text, max(dm.end(), ss), q.start)
                            # (or a sentence going on from the one the report told, "…增长7%。还要新建…")
                            or _told_goes_on(text, dm.end(), q.start)]) == []:
        # (a deputy's or a member's own words, in any part of a news page: "南昌市人大代表刘伟在分组审议时
        # 表示，南昌今年将力争地区生产总值增长6%" is none of the report's; the words after their closed quote
        # are the page's again; the report they cite is the report's, "市政协委员王建国认为，报告提出今年新建
        # 改造城市道路100条", _report_told, each figure told or not: "报告提出，今年新建…40条，我们企业今年计划新建
        # 2条…" keeps the first)
        return None
    if part == "plan" and body_acts and (bm := _other_body_acts().search(text, _full_start(text, ps, ss), quants[0].start)) is not None \
            and (quants := [q for q in quants if q.start < bm.start() or find_mark(text, bm.end(), q.start, _BODY_ENDS_SET) >= 0]) == []:
        # (another body's own plans, its name the subject of the clause: "会议还书面审查了市人大常委会工作报告，市人大
        # 常委会今年将开展执法检查6项、专题询问2次" is none of the government's, decision 343)
        return None
    if part == "plan" and (o := text.rfind("“", max(ps, ss - 300), ss)) >= 0 and text.find("”", o, quants[0].start) < 0 \
            and _deputy_says().search(text, max(ps, o - 40), o) is not None \
            and not _report_told(text, max(o, ss), quants[0].start):
        # (and a later sentence of their quote: "…刘华说：“报告提出…。我们村将…力争村集体经营性收入突破200万元。”")
        return None
    if part == "plan" and (o := _quote_from_above(text, ps, quants[0].start)) >= 0 \
            and not _report_told(text, ps, quants[0].start):
        # (and so where that sentence is a paragraph of its own, the quote opened in the paragraph above)
        return None
    if part == "plan" and (o := _deputy_quote_open(text, ps, ss, quants[0].start)) >= 0 \
            and not _report_told(text, max(o, ss), quants[0].start):
        # (and their quote standing as a sentence of its own after the deputy told in the paragraph, far from
        # the title and the verb: "…李春华表示，报告提出…，都是老百姓最关心的事。“我们村去年…，今年有信心突破
        # 30万元。”")
        return None
    if "的" in sentence and (quants := [q for q in quants if not _ABOVE_SET_BEFORE.search(text, max(ss, q.start - 18), q.start)]) == []:
        # ("这一目标高于全市确定的6.5%", "低于省下达的3%": the level above's figure, named to compare, no pledge)
        return None
    if part == "plan" and "下达" in sentence and len(quants) > 1 and (quants := [
            q for q in quants if not ((rs := [r for r in quants if r.start > q.start and r.unit == q.unit])
                                      and _quota_named(text, ss, q, rs))]) == []:
        # ("国家下达我省粮食播种面积任务1.26亿亩，全年…稳定在1.26亿亩以上": the quota handed down, named as
        # the ground of the region's own task said after it in the sentence, is the level above's figure, no
        # pledge; a quota alone is the region's task, "省里下达我县新建高标准农田任务3万亩")
        return None
    # (each figure's test reads the 60 characters before it for 提出/确定/明确 or a region above's short name, and
    # holds for none where none stands in them: one find of each word over all the figures' windows decides most
    # sentences, no test a figure made; the region's names and those above it found once a document)
    if part == "plan" and above_own and _finds_any(text, max(0, quants[0].start - 60), quants[-1].start, above_words) \
            and (quants := [q for q in quants if not _above_sets_sentence(text, q.start, meta, above_own, above_names)]) == []:
        # ("州委提出，全州今年要新增规上工业企业200家", "杭州要在…实施…项目300个": the counts of a sentence a level
        # above opens by setting its own, up to the region's own word, are that level's, decision 102)
        return None
    if part == "plan" and meta.level in ("province", "prefecture", "county") and find_mark(text, se - len(sentence), se, _ABOVE_NAMES_FIRST) >= 0 \
            and meta.region and (_names_own(sentence, meta.region) or _own_share_next(text, se, meta.region)):
        # "自治区确定全区地区生产总值增长5.5%左右，我盟…", "全省新建高标准农田300万亩，我县…": the figure of a
        # clause the level above opens, set against the region's own, is that level's, no pledge of the region's
        # (a province's: the country's, "全国粮食产量要保持在1.3万亿斤以上，我省粮食播种面积稳定在…")
        # (kept where the region's share follows it, which takes its action and object: _region_shares)
        quants = [q for q in quants if not _above_speaks(text, ss, q.start, meta) or _share_follows(text, q.start, se, meta)]
        if not quants:
            return None
    return quants


# (the words _above_sets_sentence finds before a figure, where a level above sets its own: with the short names of the
# regions above, every figure it holds for has one of them in the 60 characters before it)
_ABOVE_SETS_WORDS = ("提出", "确定", "明确")


def _finds_any(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands whole in text[lo:hi]."""
    for w in words:
        if text.find(w, lo, hi) >= 0:
            return True
    return False


# a clause opening on a place and what it will do ("江油今年将新建高标准农田3万亩", "郑州市提出今年…城镇新增就业12万人")
_PLACE_SPEAKS = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:今年|明年|全年)?(?:还将|将|要|计划|提出|明确|力争|争取)")
# a clause that turns to what will be done ("，今年我们将…", "，同时将…", "，还将…")
_TASK_CLAUSE = re.compile(r"[，,；;](?:同时|此外|另外)?[，,]?(?:今年|全年|年内)?(?:我们|全[省市县区州旗盟])?(?:还|也|并)?将(?=[\u4e00-\u9fff])")
_CLAUSE_SEP = re.compile(r"[，,；;]")
# the targets named as a list's lead ("今年的目标是…", "主要目标为…"; ``_TARGET_LIST_SURE``'s words besides)
_TARGETS_LEAD = re.compile("目标" + "".join("(?:" + re.escape(w) + ")?" for w in vocab.cues()["targets_lead_between_news"])
                           + "(?:是|为|：|:)")  # (cues.tsv targets_lead_between_news; facts' own row differs, as its leads do)


def _task_clause(sentence: str) -> re.Match | None:
    """The clause a news page's sentence of targets turns to a task in: one saying 将 (``_TASK_CLAUSE``), or one opening on
    a verb of action (pledge_verbs.tsv: "今年，全县地区生产总值预期增长6%左右，新建改造农村公路120公里"); not after a lead
    to the target list ("主要预期目标是：…", "今年的目标是…", ``_TARGET_LIST_SURE``), whose items are its facts."""
    if "将" in sentence and (tc := _TASK_CLAUSE.search(sentence)) is not None:
        return tc
    for m in _CLAUSE_SEP.finditer(sentence):
        v = _verb_re().match(sentence, m.end())
        if v is not None and verbs()[v.group(0)] == "action":
            lead = sentence[:m.start()]
            return None if _TARGETS_LEAD.search(lead) or _TARGET_LIST_SURE.search(lead) else m
    return None


def _suggest_words() -> str:
    """Someone asking for it, no commitment of the report (cues.tsv suggest_words: 建议, 希望…), as a pattern; not a
    compound that opens with such a word (suggest_not: 希望小学, 希望工程)."""
    c = vocab.cues()
    alt = "|".join(map(re.escape, sorted(c["suggest_words"], key=lambda w: (-len(w), w))))
    return "(?!" + "|".join(map(re.escape, sorted(c["suggest_not"], key=lambda w: (-len(w), w)))) + ")(?:" + alt + ")"


@once
def _suggests() -> re.Pattern:
    return re.compile(_suggest_words())


@once
def _taken_up_rx() -> re.Pattern:
    """The report taking a proposal up (cues.tsv hearsay_taken: 采纳了, 吸纳了, 没有采纳…)."""
    return re.compile("|".join(map(re.escape, sorted(vocab.cues().get("hearsay_taken", ()), key=len, reverse=True))) or "(?!)")


def _suggested_before(text: str, fs: int, q: int) -> bool:
    """Whether someone's suggestion (``_suggests``) stands in the sentence from ``fs`` before the figure at ``q``, the
    report not taking it up between ("有代表建议增加普惠托育服务供给，计划草案采纳了这一建议，新增普惠性托位600个": the
    figure after 采纳了 is the report's own, the proposal it names again after the word, "这一建议", taken with it, as
    one the clause takes before it, "计划草案采纳了代表建议，新增…"; decision 422).""" 
    if (m := _suggests().search(text, fs, q)) is None:
        return False
    # (or taken before it in its clause, the proposal the object: "计划草案采纳了代表建议，新增…")
    cs = rfind_mark(text, fs, m.start(), _CN_CLAUSE_SET)
    return _taken_up_rx().search(text, cs + 1 if cs >= 0 else fs, q) is None


@once
def _suggests_asked() -> re.Pattern:
    """A suggestion asked in a clause (not the proposals counted or handled as a thing: "办理代表建议和政协提案450件",
    "建议件": the list's marks here, cues.tsv suggest_handled's words)."""
    handled = "|".join(map(re.escape, sorted(vocab.cues()["suggest_handled"], key=lambda w: (-len(w), w))))
    return re.compile(_suggest_words() + r"(?![和与及、件]|" + handled + ")")


def _suggested_in_clause(text: str, ss: int, q: int) -> bool:
    """Whether a suggestion is asked in the clause of the figure at ``q`` before it (from the sentence at ``ss``):
    "…，我建议全市今年新建…30个"."""
    cs = rfind_mark(text, ss, q, _CN_CLAUSE_SET)
    return _suggests_asked().search(text, cs + 1 if cs >= 0 else ss, q) is not None


_CLAUSE_OPENS = marks("，,。；;：:！？!?\n")


# (what the body's word is followed by: a time word, then 将/要/拟/计划 before a word)
# (the year by its number too: "市人大常委会2022年将开展执法检查5项", decision 347)
_BODY_ACTS_AFTER = r"(?:今年|明年|全年|年内|(?:19|20)\d\d年(?:内|度)?)?(?:还|也|并)?(?:将|要|拟|计划)(?=[\u4e00-\u9fff])"
_BODY_ACTS_TAIL = re.compile(_BODY_ACTS_AFTER)


@once
def _other_body_acts() -> re.Pattern:
    """Another body (cues.tsv other_body_acts: 人大常委会, 政协, 法院, 检察院…), a place's name or nothing before it, opening
    a clause as the subject of what it will do (a time word, then 将/要/拟/计划)."""
    bodies = "|".join(map(re.escape, sorted(vocab.cues()["other_body_acts"], key=lambda w: (-len(w), w))))
    return re.compile(r"(?:^|(?<=[，,。；;：:！？!?\n]))[\u4e00-\u9fff]{0,8}?(?:" + bodies + ")" + _BODY_ACTS_AFTER)


@once
def _body_words() -> tuple[str, ...]:
    """The body words of ``_other_body_acts`` that end with no other one (人大常委会 ends with 常委会, 人民法院 with 法院: where
    the longer is written, so is the shorter, ending at the same place, the same words after it)."""
    words = set(vocab.cues()["other_body_acts"])
    return tuple(sorted(w for w in words if not any(v != w and w.endswith(v) for v in words)))


def _body_acts_written(text: str) -> bool:
    """Whether ``text`` holds a body's word of ``_other_body_acts`` right before the words of what it will do
    (``_BODY_ACTS_TAIL``): every match of ``_other_body_acts`` holds one, so a text without is searched no further (a
    find of each word skips through the text in C, then the tail is tried at the few places it is written; the
    pattern's own search tries its lookbehind and lazy run of 8 at every character, about 3.7 M instructions a report)."""
    tail = _BODY_ACTS_TAIL.match
    for w in _body_words():
        n = len(w)
        i = text.find(w)
        while i >= 0:
            if tail(text, i + n) is not None:
                return True
            i = text.find(w, i + 1)
    return False


# a deputy or a member telling their own view (not the report, nor 代表 as a verb: "市长代表市人民政府作报告时表示")
# (or with a colon after their name, a transcript's or an interview's turn: "市人大代表、某企业董事长陈建华：我们企业…")
# (the verbs by cues.tsv deputy_says: 表示, 说, 介绍, 透露…, decision 339)
@once
def _deputy_says() -> re.Pattern:
    """A deputy or a member (人大代表, 政协委员…) and, within 20 characters (40 after a 、 opening their title: "市人大代表、
    湖北某某新材料科技股份有限公司党委书记兼董事长陈志明表示", decision 347), a verb of telling (cues.tsv deputy_says) or a
    colon after their name."""
    verbs = "|".join(map(re.escape, sorted(vocab.cues()["deputy_says"], key=lambda w: (-len(w), w))))
    # (their titles, cues.tsv deputy_titles, or the deputies together, deputy_plurals: 代表们, 委员们)
    who = "|".join(map(re.escape, sorted(vocab.cues()["deputy_titles"] + vocab.cues()["deputy_plurals"], key=lambda w: (-len(w), w))))
    # (or the bare title after their name with the verb right after it, cues.tsv deputy_bare_titles: "陈静代表告诉记者")
    bare = "|".join(map(re.escape, vocab.cues().get("deputy_bare_titles", ()))) or "(?!)"
    body = "".join(map(re.escape, vocab.cues().get("deputy_bare_not_after", ()))) or "\n"
    return re.compile(r"(?:" + who + r")(?:、[^，,。；;\n]{0,40}?|[^，,。；;\n]{0,20}?)(?:" + verbs
                      + r"|(?<=[\u4e00-\u9fff])[：:])|(?<=[\u4e00-\u9fff])(?<![" + body + "])(?:" + bare + ")(?:" + verbs + ")")
# a sentence of the reporter's that tells a deputy's words by a pronoun and a verb of telling ("她说，", "他还表示，"; cues.tsv
# deputy_pronouns, deputy_says), not 他们/她们 (the people spoken of)
@once
def _pronoun_says() -> re.Pattern:
    who = "|".join(map(re.escape, vocab.cues().get("deputy_pronouns", ("他", "她"))))
    verbs = "|".join(map(re.escape, sorted(vocab.cues()["deputy_says"], key=lambda w: (-len(w), w))))
    return re.compile(r"[ \t\u3000]*(?:" + who + r")(?:还|也|又|同时|进一步)?(?:" + verbs + r")")


def _pronoun_turn(text: str, ps: int, ss: int, b: int) -> re.Match | None:
    """The pronoun and verb opening the sentence at ``ss`` (before ``b``) in the paragraph at ``ps``, where a deputy or a
    member told before it (`_deputy_says`): the reporter going on with their words ("县人大代表李春华表示，…。她说，今年村里
    将新建…"), none of the report's unless they cite it; else None."""
    if ss > ps and text[ss - 1] in "。！？!?":
        a = ps
    elif ss == ps and (pa := _para_above(text, ps)) is not None and text[pa[1] - 1] in "。！？!?":
        a = pa[0]  # (a page setting one sentence a paragraph: the pronoun opens its own, the deputy told in the one above,
        # "…陈军表示，报告提出的目标很鼓舞人心。" over "他说，村里今年计划新建…"; decision 433)
    else:
        return None
    m = _pronoun_says().match(text, ss, b)
    if m is None:
        return None
    told = -1
    for d in _deputy_says().finditer(text, a, ss):
        told = d.end()
    if told < 0 or _head_tells(text, told, ss):
        return None  # (no deputy told before it, or a head told after the deputy: the pronoun is the head's, decision 425)
    return m


@once
def _head_named() -> re.Pattern:
    """A head of government's title (cues.tsv head_titles; not a deputy head's, 副县长) and the name the page gives right
    after it ("县长王浩代表县人民政府作…", "市长李明在会上说"): the name, two or three characters."""
    return re.compile(r"(?<!副)(?<!常务)(?:" + longest_first(vocab.cues()["head_titles"]) + r")([\u4e00-\u9fff]{2,3}?)"
                      r"(?=代表|作|在|说|表示|指出|强调|介绍|回应|同志|[，,、。：:])")


@once
def _tells_after() -> re.Pattern:
    """A verb of telling (cues.tsv deputy_says) closing its clause within 20 characters, no sentence's end between
    ("王浩在回应代表关切时说，")."""
    verbs = "|".join(map(re.escape, sorted(vocab.cues()["deputy_says"], key=lambda w: (-len(w), w))))
    return re.compile(r"[^。！？!?；;\n]{0,20}?(?:" + verbs + r")[，,：:]")


def _head_tells(text: str, a: int, ss: int) -> bool:
    """Whether a head of government tells between ``a`` (the end of the last deputy's telling) and the sentence at ``ss``:
    the head's title, or the name the page gave the head after it, then a verb of telling closing its clause ("…，很接地气。
    会上，王浩在回应代表关切时说，今年将新增…。他说，全县还将新建…"): a pronoun after it tells the head's words, the
    report's, not the deputy's (decision 425)."""
    for n in {h.group(1) for h in _head_named().finditer(text, 0, ss)}:
        k = text.find(n, a, ss)
        while k >= 0:
            if _tells_after().match(text, k + len(n)) is not None:
                return True
            k = text.find(n, k + 1, ss)
    for w in vocab.cues()["head_titles"]:
        k = text.find(w, a, ss)
        while k >= 0:
            if text[k - 1:k] != "副" and _tells_after().match(text, k + len(w)) is not None:
                return True
            k = text.find(w, k + 1, ss)
    return False


def _deputy_quote_open(text: str, ps: int, ss: int, b: int) -> int:
    """The start of a quote holding ``b`` unclosed that stands as a sentence of its own (right after a sentence's end) in
    the paragraph at ``ps``, after a deputy or a member told in it (`_deputy_says`): their own words, however far from
    their title and verb ("李春华表示，报告提出…，都是老百姓最关心的事。“我们村去年…，今年有信心突破30万元。”"); else -1."""
    o = text.rfind("“", max(ps, ss - 300), b)
    if o == ps and (pa := _para_above(text, ps)) is not None and text[pa[1] - 1] in "。！？!?":
        # (the quote opening a paragraph of its own under the paragraph telling the deputy, a page setting one sentence a
        # paragraph: "…李春华表示，报告提出…最关心的事。" over "“我们村去年…，今年有信心突破30万元。”", decision 424)
        return o if text.find("”", o, b) < 0 and _deputy_says().search(text, *pa) is not None else -1
    if o <= ps or text[o - 1] not in "。！？!?" or text.find("”", o, b) >= 0:
        return -1
    return o if _deputy_says().search(text, ps, o) is not None else -1


def _para_above(text: str, ps: int) -> tuple[int, int] | None:
    """The start and end of the paragraph right above the one at ``ps`` (over blank lines), or None."""
    if ps < 2 or text[ps - 1] != "\n":
        return None
    le = ps - 1
    while le > 0 and text[le - 1] == "\n":
        le -= 1
    if le == 0:
        return None
    return text.rfind("\n", 0, le) + 1, le


def _quote_from_above(text: str, ps: int, b: int) -> int:
    """The start of a deputy's quote opened in the paragraph right above the one at ``ps`` and left open there, that this
    paragraph closes after ``b`` with no quote of its own opened before it (a page setting one sentence a paragraph:
    "王建军说：“去年我们镇…8家。" over "今年镇里将新建标准化茶园3000亩，力争…增长15%。”", decision 424), else -1. A
    paragraph closing no quote, or opening its own, is the page's again."""
    pa = _para_above(text, ps)
    pe = text.find("\n", b)
    pe = len(text) if pe < 0 else pe
    if pa is None or text.find("“", ps, b) >= 0 or (c := text.find("”", b, pe)) < 0 or text.find("“", b, c) >= 0:
        return -1
    o = text.rfind("“", *pa)
    if o < 0 or text.find("”", o, pa[1]) >= 0:
        return -1
    return o if _deputy_says().search(text, max(pa[0], o - 40), o) is not None else -1


# a paragraph opening on a deputy's or a member's turn (a TV page's 【同期声】 head or none, their title and name, a colon):
# the whole paragraph is their words (not a colon opening a quote, "…张伟说：“…。”今年全县还将…": their words close with it,
# the page's own after; their titles: cues.tsv deputy_titles)
@once
def _deputy_turn() -> re.Pattern:
    titles = "|".join(map(re.escape, sorted(vocab.cues()["deputy_titles"], key=lambda w: (-len(w), w))))
    return re.compile(r"[ \t\u3000]*(?:【[^】\n]{1,8}】|\[[^\]\n]{1,8}\])?[ \t\u3000]*[^，,。；;：:！？!?\n“”]{0,16}?"
                      r"(?:" + titles + r")[^，,。；;：:！？!?\n“”]{0,20}?[：:](?![ \t\u3000]*[“\"])")

# a turn headed by a name alone (two to four characters) and a colon, not opening a quote ("沈月琴：我们村…")
_NAME_TURN = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,4})[：:](?![ \t\u3000]*[“\"])")


def _named_deputy_turn(text: str, ps: int, b: int) -> re.Match | None:
    """The head of a paragraph at ``ps`` (before ``b``) that is a turn of a deputy or a member named by their name alone,
    the page having introduced that name earlier with the title (人大代表/政协委员/党代表, up to 20 characters before it
    in its clause: "记者采访了市人大代表、乌镇镇某村党委书记沈月琴", "县政协委员、企业家王强")."""
    m = _NAME_TURN.match(text, ps, b)
    if m is None:
        return None
    name = m.group(1)
    if name.startswith(vocab.cues().get("speaker_label", ())) or name.endswith(vocab.cues().get("speaker_label", ())):
        return None  # (a transcript's label, "记者：", "主持人：", "某台记者：": no one's name)
    i = text.find(name, 0, ps)
    while i >= 0:
        if _deputy_before_name().search(text, max(0, i - 24), i) is not None:
            return m
        i = text.find(name, i + len(name), ps)
    return None


# a paragraph opening in its speaker's first person ("我们村…", "我建议…", "我们企业…"): no report's voice after a deputy's turn
_FIRST_PERSON = re.compile(r"[ \t\u3000]*我")

# a turn headed by a name (two to four characters) and the bare title after it, a colon ("钱国良代表：", "王芳委员："), not
# opening a quote; not an address to the deputies (cues.tsv deputy_address: "各位代表：", "全体委员：")
_TITLED_NAME_TURN = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,4}?)(?:代表|委员)[：:](?![ \t\u3000]*[“\"])")


# a transcript's label line of a deputy's or a member's turn, alone on its line with no colon, the words on the lines under
# it ("【同期声】县人大代表　徐丽萍", "[同期声] 市政协委员、某公司董事长 李明")
_DEPUTY_LABEL = re.compile(r"[ \t\u3000]*(?:【[^】\n]{1,8}】|\[[^\]\n]{1,8}\])[ \t\u3000]*[^，,。；;：:！？!?\n“”]{0,16}?"
                           r"(?:人大代表|政协委员|党代表)[^，,。；;：:！？!?\n“”]{0,20}")


def _label_turn(text: str, ps: int) -> re.Match | None:
    """The transcript's label line right above the paragraph at ``ps`` (no blank line between) naming a deputy or a member
    with no colon ("【同期声】县人大代表　徐丽萍"): the paragraph is their turn. (Or one blank line between, a Word file's blank
    paragraph set between every two, "【同期声】市政协委员　毛丽芳\n\n我们企业今年还将": a label line holds no words of its own,
    they are the paragraph's under it, decision 377; two blank lines or more end it.)"""
    if ps < 2 or text[ps - 1] != "\n":
        return None
    le = ps - 1
    if text[ps - 2] == "\n":
        if ps < 3 or text[ps - 3] == "\n":
            return None
        le = ps - 2
    ls = text.rfind("\n", 0, le) + 1
    m = _DEPUTY_LABEL.fullmatch(text, ls, le)
    if m is not None and text.startswith(vocab.cues().get("reporter_opens", ()), ps + len(text[ps:ps + 8]) - len(
            text[ps:ps + 8].lstrip(" \t\u3000"))):
        return None  # (the paragraph opens on the reporter's words, "记者了解到，…": the page's voice, the label's turn cut)
    return m


def _titled_name_turn(text: str, ps: int, b: int) -> re.Match | None:
    """The head of a paragraph at ``ps`` (before ``b``) that is a deputy's or a member's turn named by their name and the
    bare title after it ("钱国良代表：我建议…"), not the report's or a speaker's address ("各位代表：")."""
    m = _TITLED_NAME_TURN.match(text, ps, b)
    if m is None or m.group(1).startswith(vocab.cues().get("deputy_address", ())):
        return None
    return m


def _region_voice(text: str, ps: int, b: int) -> bool:
    """Whether the paragraph at ``ps`` (before ``b``) opens on a region's own first person ("我县将…", "我市今年…", cues.tsv
    region_self): the page's or the government's voice, no deputy's."""
    m = _FIRST_PERSON.match(text, ps, b)
    return m is not None and text.startswith(vocab.cues().get("region_self", ()), m.end() - 1)


def _turn_goes_on(text: str, ps: int, b: int) -> re.Match | None:
    """The first person opening the paragraph at ``ps`` (before ``b``) where the lines right above it (blank lines between or none)
    are a deputy's or a member's turn (`_deputy_turn`, `_named_deputy_turn`) and its own sentences in the first person: a
    page setting each sentence of the turn on a line of its own ("沈月琴：我提了一份…建议。\n我们村…\n我们村自己也计划今年新建
    1个老年食堂。") or a paragraph of its own, blank lines between (decision 417); the deputy's words go on. A line in the
    page's own voice between ends the turn."""
    m = _FIRST_PERSON.match(text, ps, b)
    if m is None or _region_voice(text, ps, b):
        return None  # (a region's "我县将…" is the page's own voice, no deputy's)
    at = ps
    for _ in range(6):
        if at < 2 or text[at - 1] != "\n":
            return None  # (no line right above)
        le = at - 1
        while le > 0 and text[le - 1] == "\n":
            le -= 1  # (over blank lines: a page setting the turn's sentences one a paragraph, decision 417)
        if le == 0:
            return None
        ls = text.rfind("\n", 0, le) + 1
        if _deputy_turn().match(text, ls, le) is not None or _named_deputy_turn(text, ls, le) is not None \
                or _titled_name_turn(text, ls, le) is not None:
            return m
        if _FIRST_PERSON.match(text, ls, le) is None or _region_voice(text, ls, le):
            return None
        at = ls
    return None


# the title of a deputy or a member before their name in its clause (no mark between but 、; cues.tsv deputy_titles)
@once
def _deputy_before_name() -> re.Pattern:
    titles = "|".join(map(re.escape, sorted(vocab.cues()["deputy_titles"], key=lambda w: (-len(w), w))))
    return re.compile(r"(?:" + titles + r")[^，,。；;：:！？!?\n“”]{0,20}$")


def _quote_closed_after(text: str, a: int, b: int) -> bool:
    """Whether the deputy's words quoted right after their verb at ``a`` close before ``b`` ("王建国说：“…。”今年…": the
    page's own words after); a term's quotes inside their words ("报告提出打造“品牌之都”，我们企业…") close nothing."""
    c = text.find("”", a, b)
    if c < 0:
        return False
    o = text.find("“", a, c)
    return o < 0 or o <= a + 2


@once
def _report_tells() -> re.Pattern:
    """The report telling its own words, opening a clause (cues.tsv report_tells: 提出, 明确…): "，报告提出今年…",
    "：“政府工作报告明确，…"; not the words it set named as a thing, "报告提出的目标". A later sentence of a turn opening
    on them counts too ("刘桂英：听了很提气。…。报告提出，今年要新建…": finditer's ^ holds at the string's start only)."""
    verbs = sorted(vocab.cues().get("report_tells", ()), key=lambda w: (-len(w), w))
    return re.compile(r"(?:^|(?<=[，,：:“\s。！？!?；;]))(?:(?:今年|市|省|县|区|州)?(?:的)?政府工作)?报告(?:中|里|还|亦|也|并)?(?:"
                      + "|".join(map(re.escape, verbs)) + r")(?!的)[，,：:]?")


def _report_told(text: str, a: int, b: int) -> bool:
    """Whether the report tells the words before ``b`` in a deputy's voice (a clause from ``a`` opening on
    _report_tells, no sentence's end and no one else's subject after it): a deputy citing the report's pledges
    ("王建国认为，报告提出今年新建改造城市道路100条、新增停车泊位5万个") restates the report's."""
    if text.find("报告", a, b) < 0:
        return False
    m = None
    for m in _report_tells().finditer(text, a, b):
        pass
    return m is not None and find_mark(text, m.end(), b, _SENTENCE_MARKS_DEP) < 0 \
        and _OTHER_SUBJECT_DEP.search(text, m.end(), b) is None


_SENTENCE_MARKS_DEP = marks("。！？!?；;\n")


def _told_goes_on(text: str, a: int, b: int) -> bool:
    """Whether the sentence of the figure at ``b`` (in a deputy's turn from ``a``) goes on from one the report told: it
    opens on words carrying the sentence before's subject on (cues.tsv told_goes_on: 还要, 同时要, 此外…; "报告提出，今年
    全县…增长7%。还要新建高标准农田3.2万亩，…"), names no subject of the deputy's own after them, and the sentence before
    is the report's (`_report_told`, or going on so itself, three back at most). Not a sentence of the deputy's own
    ("我们村还要新建…"), nor one after their own words ("我们村去年…。还要…")."""
    goes_on = vocab.cues().get("told_goes_on", ())
    u = rfind_mark(text, a, b, _SENTENCE_MARKS_DEP) + 1
    if u <= 0:
        return False
    for _ in range(3):
        k = u
        while k < b and text[k] in " \t\u3000":
            k += 1
        if u - 1 <= a or text[u - 1] == "\n" or not text.startswith(goes_on, k) \
                or _OTHER_SUBJECT_DEP.search(text, k, b) is not None:
            return False
        p = rfind_mark(text, a, u - 1, _SENTENCE_MARKS_DEP) + 1
        p = max(p, a)
        if _report_told(text, p, u - 1):
            return True
        u, b = p, u - 1
    return False
# (a subject of the deputy's own after the report's words: "报告提出要加快乡村振兴，我们县今年将新建…", "，中牟县将…")
# (or the deputy's own first person right after a told figure's unit with no mark, a caption's line end that the lines'
# join took away: "报告里说今年要新建农村文化礼堂30个我们村就在名单里…", decision 364)
_OTHER_SUBJECT_DEP = re.compile(r"[，,](?:我们|我[省市县区镇乡村]|[\u4e00-\u9fff]{1,6}?[县镇乡村]今年将|[\u4e00-\u9fff]{1,6}?[县镇乡村]将)"
                                r"|\d[^\d\s，,。；;：:！？!?、]{1,4}?(?:我们|我[省市县区镇乡村])")


@lru_cache(maxsize=64)
def _child_names(code: str) -> frozenset[str]:
    """The names of the divisions right below a region, full and short (江油市, 江油)."""
    kids = gazetteer().children(code)
    return frozenset([r.name for r in kids] + [n for r in kids if len(n := short_name(r.name)) >= 2])


# the levels above a prefecture or a county opening a clause ("全省…", "省里确定…", "自治区确定全区…", "全国…"); 全区,
# 全市, 全州 and 全盟 only where the region's own name does not end in the kind (a 旗 of 内蒙古: 全区 is the autonomous
# region; a county of a city: 全市 is the city)
# (an item's mark may open the clause: "（三）全国粮食产量要保持在…，我省…")
_ITEM_MARK = r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|\d{1,2}[.、．](?!\d))?\s*"
_ABOVE_SPEAKS = re.compile(_ITEM_MARK + r"(?:今年|全年|同时)?[，,]?(全国|国家|全省|省里|省委|省政府|自治区(?!级)|全地区|全区|区里|全市|市里|全州|州里|全盟|盟里)"
                           r"(?![级属直内外])")
_ABOVE_NAMES_FIRST = marks("全国省自区市州盟")  # (a sentence read by find_mark: no str made for each character)
# a figure the level above set or handed down, named after it ("高于全市确定的6.5%", "省下达的目标3%")
# (compared with: not "完成省下达的任务1.2万亩", a task handed down that the region does)
_ABOVE_SET_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|超过|超出|好于|比)[^，,。；;\d]{0,3}"
                               r"(?:全国|国家|全省|省里|省委|省政府|省|自治区|全区|区里|全市|市里|市|全州|州|全盟|盟)"
                               r"(?:确定|下达|设定|提出|制定)的(?:目标|目标任务)?(?:为|是)?$")
# (words of a quota's clause that name no task: the hand-down's own, "下达我省的…任务为")
_QUOTA_WORDS = frozenset(("我省", "我市", "我区", "我县", "给我", "省的", "市的", "区的", "县的", "的任", "任务", "务为", "务是",
                          "指标", "标为", "目标"))


@once
def _quota_re() -> re.Pattern:
    """A clause opened by the level above handing the region a quota, up to the figure (cues.tsv's quota_setter):
    "国家下达我省粮食播种面积任务", "国家下达的高标准农田建设任务为", "省里下达给我市的…指标是"."""
    words = sorted(vocab.cues().get("quota_setter", ()), key=lambda w: (-len(w), w))
    return re.compile(_ITEM_MARK + r"(?:今年|全年|同时)?[，,]?(?:" + "|".join(map(re.escape, words)) + r")下达(?:给)?(?:[我本][省市区县州旗盟])?的?"
                      r"[^，,。；;：:\d%]{0,24}?(?:任务|指标|目标|计划)(?:数|量)?(?:为|是)?")


def _quota_named(text: str, ss: int, q, later: list) -> bool:
    """Whether the figure ``q`` (in the sentence at ``ss``) is a quota the level above hands down, its clause opened
    by the hand-down (``_quota_re``; not "完成国家下达的…任务425万亩"), that a figure of ``later`` (in its unit, after
    it) restates as the region's own task: the same value, or a clause sharing a word of the quota's ("国家下达的造林
    任务为600万亩，今年完成营造林650万亩"; not "…造林任务300万亩，新建高标准农田400万亩", two tasks)."""
    pos = q.start
    cs = max(ss, rfind_mark(text, ss, pos, _CLAUSE_OPENS) + 1)
    if _quota_re().fullmatch(text, cs, pos) is None:
        return False
    words = {text[i:i + 2] for i in range(text.find("下达", cs, pos) + 2, pos - 1)} - _QUOTA_WORDS
    for r in later:
        rs = max(ss, rfind_mark(text, ss, r.start, _CLAUSE_OPENS) + 1)
        if r.value == q.value or any(text.find(w, rs, r.start) >= 0 for w in words):
            return True
    return False


_ABOVE_PROVINCE = frozenset(("全国", "国家"))  # (the only level above a province)
_ABOVE_KIND = {"全地区": "地区", "全区": "区", "区里": "区", "全市": "市", "市里": "市", "全州": "州", "州里": "州", "全盟": "盟", "盟里": "盟"}


def _names_own(s: str, own: str) -> bool:
    """Whether ``s`` names the region as the report speaks of itself (我县, 本旗, 全盟, its short name)."""
    kind = own[-1]
    return "我" + kind in s or "本" + kind in s or "全" + kind in s or short_name(own) in s


def _above_speaks(text: str, ss: int, pos: int, meta: Metadata) -> bool:
    """Whether the clause of the figure at ``pos`` (in the sentence at ``ss``) opens on a level above the region (and
    does not turn to the region before the figure: "省里下达我县…任务3万亩")."""
    cs = max(ss, rfind_mark(text, ss, pos, _CLAUSE_OPENS) + 1)
    m = _ABOVE_SPEAKS.match(text, cs, pos)
    if m is None or _names_own(text[m.end():pos], meta.region or "县"):
        return False
    word, own = m.group(1), meta.region or ""
    if meta.level == "province":
        # (全省, 全区, 全市 are a province's, an autonomous region's, a city's own; 国家高新技术企业, 全国文明城市 are kinds
        # of things the province counts, cues.tsv's above_grade)
        return word in _ABOVE_PROVINCE and not text.startswith(vocab.cues().get("above_grade", ()), m.end())
    if (kind := _ABOVE_KIND.get(word)) is not None:
        # (its own kind is the region's own: 全市 in a city's report, 全州 in 全州县's; 全州 and 全盟 in a county's only)
        return bool(own) and not own.endswith(kind) and not own.startswith(word) and (
            kind in ("区", "市") or meta.level == "county")
    return True


# the region's share of the level above's task opening the next sentence ("全市计划实施重大项目500个。我县承担重大项目60个")
_OWN_SHARE = re.compile(r"(?:其中[，,]?)?[我本]([省市区县州旗盟])(?:今年|全年)?(?:要|将|需要|需)?(?:承担|分担|承接)")


def _own_share_next(text: str, se: int, own: str) -> bool:
    """Whether the sentence after the one ending at ``se`` opens on the region's share of a task (``_OWN_SHARE``): the
    sentence before is the level above's whole, which turns to the region only there."""
    i = se
    while text[i:i + 1] in ("。", "\n", " ", "\u3000"):
        i += 1
    return text[i:i + 1] in ("我", "本", "其") and (m := _OWN_SHARE.match(text, i)) is not None and own.endswith(m.group(1))


# a line's head: a place's name and a colon ("鼓楼区：", "泗阳：")
_LINE_PLACE_HEAD = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,10})[：:]")


def _line_place_head(text: str, pos: int, meta: Metadata) -> bool:
    """Whether the line holding ``pos`` opens on another place's name and a colon, as facts._head_place reads a digest's
    line: a division of the region by its full or short name, another region (not the region's own name, nor a word
    for it: 本县, 全市)."""
    ls = text.rfind("\n", 0, pos) + 1
    m = _LINE_PLACE_HEAD.match(text, ls, pos)
    if m is None or (name := m.group(1))[:1] in "全本我" or name == meta.region or _own_short(name, meta):
        return False
    return _head_place(name, meta.region or "", meta.region_code, meta.level, text) is not None


def _division_opens(text: str, ss: int, pos: int, meta: Metadata) -> bool:
    """Whether the sentence at ``ss``, or the line holding ``pos``, opens on one of the divisions a region's digest
    names (meta.several, kept with the region by metadata: "光山去年…", "固始县今年…"), by its full name or its short name
    of two characters or more (not a word that only begins with one: "商城" in "电商城乡" opens nothing)."""
    ls = text.rfind("\n", 0, pos) + 1
    for at in {ss, ls}:
        head = text[at:at + 8].lstrip(" \t\u3000")
        if any(head.startswith(n) or len(sn := short_name(n)) >= 2 and head.startswith(sn) for n in meta.several):
            return True
    return False


# a clause opening on a region's share of a task ("其中浏阳承担80公里", "南安市承担46个", "其中我区承担6所"): the name,
# then a share verb (cues.tsv share_verbs)
@once
def _share_head() -> re.Pattern[str]:
    verbs = "|".join(_share_verbs())
    return re.compile(r"\s*(?:其中[，,]?)?([\u4e00-\u9fff]{2,10}?)(?:今年|全年)?(?:要|将|需要|需)?(?:" + verbs + ")")


@once
def _share_verbs() -> tuple[str, ...]:
    """The share verbs ``_share_head`` ends on (cues.tsv share_verbs): a clause holds one of them where it matches."""
    return tuple(vocab.cues().get("share_verbs", ("承担",)))


def _share_clause(text: str, cs: int, end: int, meta: Metadata) -> bool:
    """Whether the clause at ``cs`` opens on the region's own share, named by its word (我县, 本市) or its name, full or
    short (浏阳, 南安市)."""
    m = _share_head().match(text, cs, end)
    if m is None:
        return False
    name, own = m.group(1), meta.region or ""
    return name in (own, "我" + own[-1:], "本" + own[-1:], short_name(own)) or _own_short(name, meta)


_SHARE_CLAUSE_MARK = re.compile(r"[，,；;]")


def _share_follows(text: str, pos: int, se: int, meta: Metadata) -> bool:
    """Whether the clause after the figure at ``pos`` opens on the region's share (the figure is the whole it is cut from)."""
    m = _SHARE_CLAUSE_MARK.search(text, pos, se)
    return m is not None and _share_clause(text, m.end(), se, meta)


def _norm_end(norm: Normalized, ss: int, se: int, raw_end: int) -> int:
    """Where in ``norm.text`` (inside the sentence ``ss``–``se``) the source's span ending at ``raw_end`` ends, -1 where
    it ends past the sentence: a pledge's quote is the source's, which a printing holds unlike the normalised text (a
    PDF's line break or a split number inside it, pinyin in brackets, traditional characters: 瀏陽承擔)."""
    if norm.to_raw_span(ss, se)[1] < raw_end:
        return -1
    lo, hi = ss + 1, se
    while lo < hi:  # (the first end whose source span reaches raw_end: the map back only grows)
        mid = (lo + hi) // 2
        if norm.to_raw_span(ss, mid)[1] < raw_end:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _region_shares(norm: Normalized, text: str, ss: int, se: int, got: list[Pledge], meta: Metadata) -> list[Pledge]:
    """The pledges of a sentence where the region's share follows the level above's whole ("长沙今年新建改造农村公路
    500公里，其中浏阳承担80公里"; kept gold: "全市今年新建幼儿园50所，其中我区承担6所" pledges 幼儿园 6 only): the share
    takes the whole's action and object (its own object is the region's name, or the whole's carried), and the whole,
    the level above's task, is no pledge of the region's (decision 499); the share of a part or another body, of the
    region's own whole, is none (decision 500)."""
    # (a sentence holding no share verb holds no share: ``_share_head``, which both changes below need, matches inside
    # the sentence only (from a clause's start to a pledge's end, both in it) and ends on one of those verbs, literal
    # words; every pledge is then kept as it is, in its order, where each was mapped back to the text first; spd65)
    if not any(text.find(w, ss, se) >= 0 for w in _share_verbs()):
        return list(got)
    out: list[Pledge] = []
    ends: list[int] = []  # (where each pledge kept ends in ``text``, normalised: its start and end are the source's)
    for p in got:
        if p.start < norm.to_raw(ss) or (e := _norm_end(norm, ss, se, p.end)) < 0:
            out.append(p)
            ends.append(se)
            continue
        cs = max(text.rfind(c, ss, e) for c in "，,；;") + 1
        unit = (p.unit or "").lstrip("万亿")  # (the whole may count in 万 what the share counts bare: 3万个, 4000个)
        i = next((i for i in range(len(out) - 1, -1, -1) if ends[i] <= cs and (out[i].unit or "").lstrip("万亿") == unit), -1)
        if i >= 0 and cs > ss and _share_clause(text, cs, e, meta):
            whole = out.pop(i)
            ends.pop(i)
            p = Pledge(whole.action, whole.object, p.value, p.value_high, p.unit, p.qualifier, p.period, p.quote,
                       p.start, p.end, whole.object_norm, whole.category, p.section)
        elif i >= 0 and cs > ss and _share_head().match(text, cs, e) is not None:
            # "全市改造城镇老旧小区60个，其中宣威城区承担42个", "…，其中各乡镇承担18个": a part's or another body's share
            # of the whole pledged before it, no pledge of its own (the region's is the whole)
            continue
        out.append(p)
        ends.append(e)
    return out


def _own_short(name: str, meta: Metadata) -> bool:
    """Whether ``name`` is the region's own name written short ("阿坝州" for 阿坝藏族羌族自治州, "锡盟", "甘孜")."""
    own = meta.region or ""
    stem = short_name(own)
    return bool(own) and stem != own and (name == stem or name == abbreviation(own)
                                          or name[:-1] == stem and name[-1] == own[-1]
                                          or gazetteer().aliases.get(name) == meta.region_code)


# a modal or a time before a place named with its figure ("力争郑州生产总值增长6%以上", "今年洛阳地区生产总值…")
_PLACE_FIGURE_LEAD = re.compile(r"(?:力争|确保|争取|推动|支持|预计|今年|全年|同时)*")


def _has_place_figure(text: str, ss: int, se: int, quants: list) -> bool:
    """Whether a taxonomy indicator's name stands in the sentence before its last quantity (most pledges' sentences: none)."""
    return _indicator_re().search(text, ss, quants[-1].start) is not None


def _place_figure(text: str, ss: int, pos: int, meta: Metadata) -> bool:
    """Whether the clause of the figure at ``pos`` (in the sentence at ``ss``) opens, past a modal or a time, on a division
    of the region (full or short name) or another region by its full name right before a taxonomy indicator's name
    ("支持郑州国家中心城市建设，力争郑州生产总值增长6%以上" in 河南省's report): that place's figure (a fact of the
    place's), no pledge of the region's."""
    cs = max(ss, rfind_mark(text, ss, pos, _CLAUSE_OPENS) + 1)
    m = _indicator_re().search(text, cs, pos)
    if m is None:
        return False
    lead = text[_PLACE_FIGURE_LEAD.match(text, cs, m.start()).end():m.start()]
    if lead.endswith("的"):
        lead = lead[:-1]
    if len(lead) < 2 or lead == meta.region or _own_short(lead, meta):
        return False
    if _place_named(lead, meta) or 4 <= len(lead) <= 5 and any(len(lead) - k == 2 and lead[:k] in _child_names(meta.region_code)
                                                            for k in (2, 3)):
        # ("支持贵阳贵安地区生产总值增长8%以上": a division by its short name glued to a zone's beside it, 贵安新区)
        return True
    # "推动大柳塔镇、锦界镇、店塔镇等工业强镇地区生产总值均超过200亿元": places listed (and what kind they are, after
    # 等), each a place of its own
    if (pl := _PLACE_LIST.fullmatch(lead)) is None:
        return False
    names = _PLACE_LIST_SEP.split(pl.group(1))
    if len(names) > 1 and (cnt := _LIST_COUNTED.search(names[-1])) is not None:
        names[-1] = names[-1][:cnt.start()]  # ("济南、青岛两市地区生产总值分别增长…": the places counted after the list)
    return len(names) > 1 and all(len(n) >= 2 and n != meta.region and not _own_short(n, meta) and _place_named(n, meta)
                                  for n in names)


# places listed before an indicator's name, what kind they are after 等 ("大柳塔镇、锦界镇、店塔镇等工业强镇")
_PLACE_LIST = re.compile(r"([^，,。；;：:\s]{2,60}?)(?:等[^、，,。；;\d]{0,8})?")
_PLACE_LIST_SEP = re.compile(r"[、和及与]")
# the count of the places listed and their kind, after the last ("郑州、洛阳两市", "长沙、株洲、湘潭三市", "城关、东城两区")
_LIST_COUNTED = re.compile(r"[两二三四五六七八九十]{1,2}个?(?:市州|县市区|县区|市|县|区|州|盟|旗|镇|乡)$")
# a township's own name (陈埭镇, 廿三里街道, 高家堡乡), not a word for towns in general (城镇, 乡镇, 各镇)
_TOWNSHIP = re.compile(r"(?![各全每本该])[\u4e00-\u9fff]{2,5}(?:镇|乡|街道)")
_TOWN_WORDS = frozenset(("城镇", "乡镇", "村镇", "集镇", "小城镇", "特色小镇", "重点镇", "中心镇", "建制镇", "主要城镇", "重点城镇"))


def _place_named(name: str, meta: Metadata) -> bool:
    """Whether ``name`` is a division of the region, another region by its full name, or a township by its own name."""
    return name in _child_names(meta.region_code) or (len(name) >= 3 or name[-1] == "县") and name in gazetteer().by_name \
        or name not in _TOWN_WORDS and _TOWNSHIP.fullmatch(name) is not None


def _part_speaks(text: str, fs: int, pos: int, meta: Metadata) -> bool:
    """Whether the clause before ``pos`` (in the sentence at ``fs``) opens on a division of the region, or another
    region by its full name, saying what it will do (a news page on a city's report quoting a county: "江油今年将新建
    高标准农田3万亩"; "郑州市提出今年…"): that place's own count, no pledge of the region's."""
    cs = rfind_mark(text, fs, pos, _CLAUSE_OPENS) + 1 or fs
    m = _PLACE_SPEAKS.match(text, max(cs, fs), pos)
    if m is None or (name := m.group(1)) == meta.region or _own_short(name, meta):
        return False
    # (a full name of two characters only of a county, 攸县: 城区, 矿区 are words too)
    return name in _child_names(meta.region_code) or (len(name) >= 3 or name[-1] == "县") and name in gazetteer().by_name


def _figure_first(norm: Normalized, text: str, fs: int, ps: int, pe: int, meta: Metadata, path: str,
                  seen: set[tuple], fiscal_only: bool = False) -> Pledge | None:
    """The pledge of a 数读 page's item whose figure, alone on the line at ``fs``, stands above its caption text[ps:pe]
    that opens with the action ("150个\n实施重点项目", "8.2万亩\n新建高标准农田"); not a share, nor a caption that
    looks back ("2000个\n去年新增停车位"). ``fiscal_only``: only a fiscal allocation's, by its verb ("拟安排地方政府
    专项债券") or, a caption that is only its name, with 安排 (the spec's: "2.8%左右\n赤字率")."""
    qs = _quantities(text, fs, ps - 1)
    if len(qs) != 1 or qs[0].unit in _NOT_PLEDGE_UNITS or qs[0].unit == "%" and not fiscal_only:
        return None
    q = qs[0]
    cs = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip(" \t\u3000"))
    ce = ps + len(text[ps:pe].rstrip(" \t\u3000。；;"))
    if text.startswith("拟", cs):
        cs += 1  # (a proposal's word before the verb: "1.3万亿元\n拟发行超长期特别国债")
    vs = _verbs_in(text, cs, ce)
    if fiscal_only and not (vs and vs[0].start == cs and vs[0].kind == "fiscal"):
        name = _strip(text[cs:ce])
        if not name or name != text[cs:ce] or object_norm(name)[1] != "财政" or _FIRST_NUM.search(text, cs, ce):
            return None
        # (a fiscal allocation's item named with no verb, "2.8%左右\n赤字率": 安排, the spec's action)
        return _caption_pledge(norm, text, q, fs, ce, "安排", name, name, meta, path, seen)
    if not vs or vs[0].start != cs or vs[0].kind not in _FIGURE_FIRST_KINDS or _REVIEW_CUE.search(text, cs, ce) \
            or _FIRST_NUM.search(text, cs, ce) or q.unit == "%" and vs[0].kind != "fiscal":
        return None
    obj = _strip(text[vs[0].end:ce])
    k = text.find(obj, vs[0].end, ce) if obj else -1
    if k < 0 or not _has_cjk(obj):
        return None
    return _caption_pledge(norm, text, q, fs, ce, vs[0].word, obj, _object_as_written(norm, obj, k, k + len(obj)), meta,
                           path, seen)


def _open_bracket(text: str, s: int, i: int) -> bool:
    """Whether a bracket opened in text[s:i] is still open at i."""
    o = max(text.rfind("(", s, i), text.rfind("（", s, i))
    return o >= 0 and max(text.rfind(")", o, i), text.rfind("）", o, i)) < 0


def _pieces(text: str, cs: int, ce: int, quants: list[_Q]) -> list[tuple[int, int]]:
    """A clause split at 、 after a piece that holds a quantity (list items "A 3个、B 5个")."""
    out, start = [], cs
    i = text.find("、", cs, ce)
    bracketed = i >= 0 and (text.find("(", cs, ce) >= 0 or text.find("（", cs, ce) >= 0)
    while i >= 0:
        if bracketed and _open_bracket(text, start, i):
            i = text.find("、", i + 1, ce)  # ("完成危房改造(C、D级)1500户": a 、 inside a bracket ends no item)
            continue
        if any(start <= q.start and q.end <= i for q in quants) and not (text[i - 1] == "户" and any(
                q.end == i and nq.start == i + 1 and _households_persons(text, q, nq) for q, nq in zip(quants, quants[1:]))
                ) and not _whom_goes_on(text, start, i, ce, quants) \
                and not (text[i - 2:i] in ("以上", "以下") and _second_threshold().match(text, i + 1) is not None):
            # (not between two thresholds of money closed by 的: "年收入30万元以上、经营性收入15万元以上的村500个")
            out.append((start, i))  # (not between households and their persons: "3.2万户、11.5万人")
            start = i + 1
        i = text.find("、", i + 1, ce)
    out.append((start, ce))
    return out


_FOR_BEFORE = re.compile(r"(?:为|给|帮助|对)(?:全[市县区省]|全体|辖区|城乡|农村|城镇)?\s*$")


def _whom_goes_on(text: str, start: int, i: int, ce: int, quants: list[_Q]) -> bool:
    """Whether the 、 at i stands inside those a task is done for, written before it: "为1.8万名经济困难的高龄、
    失能老年人发放护理补贴" (the count follows 为 and no verb stands between it and the 、, nor a count between
    the 、 and the task's verb; not "为1000名老人体检、500名儿童接种", nor "为1000名老人、500名儿童体检")."""
    q = next((x for x in reversed(quants) if start <= x.start and x.end <= i), None)
    if q is None or not _FOR_BEFORE.search(text, max(start, q.start - 8), q.start) or _verb_scan().search(text, q.end, i):
        return False
    v = _verb_scan().search(text, i + 1, ce)
    return v is not None and not any(i < x.start < v.start() for x in quants)


_DONE_BEFORE = re.compile(r"已|去年|上年|此前|前期")
_STATUS_NAMED = re.compile(r"项目")  # (after a status: which projects are meant; not 新开工工程建设, a work)
_JOINED_AT = re.compile(r"(?:以及|和|及|与)(?=[\d一二两三四五六七八九十])")  # a joiner before the next count


def _joined_works(text: str, before: list[_Verb], qs: int) -> list[_Verb]:
    """The verbs of ``before`` that act, where works named with their verbs are joined before the count at qs
    ("推动汽车报废更新和置换更新3000辆", "完成设备购置与更新改造投资20亿元", "推进供水管网建设和改造60公里"): a verb right
    before 和/与/及 with what it works on between it and an action verb before it is part of a work, as are the verbs
    and words after it ("…报废更新和新能源替代1200辆"); the action verb before them acts on the joined works. Not two
    verbs joined ("新建和改造提升农村公路"), nor a work joined to a verb with its own object ("新建高标准农田和改造提升…":
    no verb before 和)."""
    for i in range(1, len(before)):
        v, a = before[i], before[i - 1]
        if text[v.end:v.end + 1] in _WORKS_JOINED and v.kind == "action" and a.kind == "action" \
                and (before[i + 1].kind == "action" if i + 1 < len(before) else _strip(text[v.end + 1:qs])) \
                and a.end < v.start and _strip(text[a.end:v.start]) \
                and not _PUNCT.search(text, a.end, qs) and not _DIGIT.search(text, a.end, qs):
            return before[:i]
    return before


def _area_of_work_before(text: str, ss: int, lo: int, qs: int, vs: list[_Verb], word: str = "面积"
                         ) -> tuple[str, int, int] | None:
    """A bare 面积 in a clause of verbs alone ("新增面积15万亩", "实施面积达到350万亩") after a clause of the sentence
    that names a work after its verb ("发展稻虾共作、稻渔综合种养，", "推广保护性耕作，"): the area is that work's (its
    last item), not the verb's ("增面积", covid16); None where the clause names anything else or none stands before.
    (So is a bare 规模, ``word``, of the thing set up in the clause before: "设立省科技创新基金，规模达到500亿元", prov21.)"""
    if text[lo - 1:lo] not in ("，", ","):
        return None
    rest, at = [], lo
    for v in vs:
        if lo <= v.start and v.end <= qs and v.start >= at:
            rest.append(text[at:v.start])
            at = v.end
    rest.append(text[at:qs])
    if _strip("".join(rest)) != word:
        return None
    pcs = max(ss, rfind_mark(text, ss, lo - 1, _CLAUSE_MARK_SET) + 1)
    # (the clause opens with its verb: "发展", "推广"; none, or a figure in it, and it names no work alone)
    # (a size's thing may be set up by a verb that counts nothing itself: "组建…基金，总规模达到50亿元")
    opening = ("action", "change") if word == "面积" else ("action", "change", "stop")
    vb = next((pcs + n for n in (2, 3) if verbs().get(text[pcs:pcs + n]) in opening), -1)
    if vb < 0 or _DIGIT.search(text, vb, lo - 1):
        return None
    b = max([vb] + [text.rfind(c, vb, lo - 1) + 1 for c in "、和及与"])
    item = _strip(text[b:lo - 1])
    # (a verb inside the item makes it no work's name, for an area; a size is a thing's, whose name may hold one:
    # "组建省级数据产业投资基金，总规模达到50亿元")
    # ("实施祖厉河流域水土流失综合治理，治理面积50平方公里": the work's own verb closes its name and opens the area's)
    own = word == "面积" and any(lo <= v.start and v.end <= qs and item.endswith(v.word) for v in vs)
    if not 2 <= len(item) <= (16 if own else 12) or (word == "面积" and any(b <= v.start < lo - 1 for v in vs)):
        return None
    k = text.find(item, b, lo)
    return item + word, k, k + len(item)


def _site_words() -> tuple[str, ...]:
    """cues.tsv ``site_before_count``: the ends of a named site or phase a count of what stands in it follows."""
    return tuple(vocab.cues().get("site_before_count", ()))


def _counted_at_site(post: str) -> bool:
    """Whether the words after a site's count name a thing counted there: a noun phrase, no figure, not ending on a
    verb nor on one of cues.tsv ``site_count_not_after`` (a task, a work, projects)."""
    if _DIGIT.search(post) or _CLAUSE_PUNCT.search(post):
        return False
    if post.endswith(tuple(vocab.cues().get("site_count_not_after", ()))):
        return False
    return not any(m.end() == len(post) for m in _verb_re().finditer(post))


# (a rate's base: "每千人", "每万人口", "每百户")
_PER_HEAD = re.compile(r"每[十百千万]{1,2}(?:人口?|户|名)")
# (the end of a place a count lies in, written between the verb and the count: "遗产区内", "全市范围内", "辖区内")
_WHERE_INSIDE = ("区内", "境内", "域内", "范围内")


def _next_q(cq: list[_Q], pos: int) -> _Q | None:
    """The first quantity of the clause's cq starting at or after pos."""
    return next((x for x in cq if x.start >= pos), None)


def _shared_post(text: str, nq: _Q, ce: int, cq: list[_Q], cvs: list, holds):
    """The object after the last of a chain of works each counted right after its verb ("新建10所、改扩建20所、提升30所
    公办幼儿园"), nq the count after the first; its post, post end and whether it runs into a figure."""
    while True:
        got = _post_object(text, nq.end, ce, cvs, [x for x in cq if x.start > nq.start], holds)
        if got[0] or text[nq.end:nq.end + 1] != "、" or (n2 := _next_q(cq, nq.end)) is None or n2.unit != nq.unit \
                or not any(v.start == nq.end + 1 and v.end == n2.start and v.kind == "action" for v in cvs):
            return got
        nq = n2


# the joins between the words of a target set in words ("高于全国、力争高于全省平均水平", "保持在合理区间")
_PACE_JOINS = re.compile(r"[、，,\s]|保持在?|力争|争取|努力|确保|基本")
_PACE_CLAUSE_MARKS = marks("，,；;：:。！？\n")


def _only_qualitative(obj: str) -> bool:
    """Whether an object is nothing but the words of a target set in words (extract.facts' qualitative words: "高于全省平均
    水平", "保持在合理区间", "与经济增长同步"), decision 340; or a pace set against another figure named in words ("快于全社会
    固定资产投资", "快于全部投资": cues.tsv pace_compare_words, decision 341)."""
    rest = _facts_qualitative_re().sub("", obj)
    return rest != obj and not _PACE_JOINS.sub("", rest) or _compared_pace_re().fullmatch(obj) is not None


@once
def _compared_pace_re() -> re.Pattern:
    # (the comparison's words, then a name in words only: no figure, no mark; at most 14 characters)
    return re.compile(r"(?:增速|增幅)?(?:" + longest_first(vocab.cues()["pace_compare_words"]) + r")[\u4e00-\u9fff]{2,14}")


_PACE_JOINS_END = re.compile(r"(?:保持在?|基本|力争|争取|努力|确保)+$")


def _name_before_pace(text: str, ss: int, at: int, end: int) -> tuple[str, int, int] | None:
    """(name, start, end) of what the change verb before the words of a target set in words (the object at ``at``–``end``)
    is said of, its clause's words before the verb (the year's and the region's words stripped): "今年，地区生产总值增长
    高于全省平均水平" → 地区生产总值; the words read whole ("一般公共预算收入增长与经济增长同步": the pace's own 增长 inside
    them is no verb of the name)."""
    cs = max(ss, rfind_mark(text, ss, at, _PACE_CLAUSE_MARKS) + 1)
    at = min([at] + [m.start() for m in _facts_qualitative_re().finditer(text, cs, end) if m.start() <= at < m.end()])
    if (j := _PACE_JOINS_END.search(text, cs, at)) is not None:
        at = j.start()
    vs = next((at - n for n in (4, 3, 2) if at - n >= cs and verbs().get(text[at - n:at]) == "change"), -1)
    if vs < 0 and at > cs and verbs().get(text[at:at + 2]) == "change":
        vs = at  # ("地区生产总值增长高于全市平均水平": the words read whole open on the name's own verb, 增长高于全市, decision 341)
    if vs < 0 and at - 2 >= cs and text[at - 2:at] in _pace_nouns():
        vs = at - 2  # ("民间投资增速不低于全县平均水平": the name's pace by its noun, no verb, decision 348)
    elif vs < 0 and at > cs and text[at:at + 2] in _pace_nouns():
        vs = at
    if vs < 0:
        return None
    name = _strip(text[cs:vs])
    if not name or _DIGIT.search(name):
        return None
    s0 = text.rfind(name, cs, vs)
    return (name, s0, s0 + len(name)) if s0 >= 0 else None


@once
def _pace_nouns() -> frozenset[str]:
    return frozenset(vocab.cues().get("pace_nouns", ()))


@once
def _paced_clause_re() -> re.Pattern:
    # (a name, its pace — by its noun or its change verb — then a comparison word and the other name or the level above
    # in words only, the whole clause: "工业投资增速高于固定资产投资", "民间投资增速不低于全县平均水平")
    return re.compile(r"(?P<name>[\u4e00-\u9fff“”]{2,16}?)(?:" + longest_first(vocab.cues().get("pace_nouns", ())) + r"|增长)(?:"
                      + longest_first(vocab.cues()["pace_compare_words"]) + r")[\u4e00-\u9fff]{2,14}")


def _paced_name(text: str, cs: int, ce: int) -> tuple[str, int, int] | None:
    """(name, start, end) of the name whose pace the clause cs–ce sets against another figure in words only ("工业投资增速
    高于固定资产投资", "民间投资增速不低于全县平均水平": 工业投资, 民间投资), decision 348; else None."""
    m = _paced_clause_re().fullmatch(text, cs, ce)
    if m is None:
        return None
    name = _strip(m.group("name"))
    if not name or len(name) < 2 or _DIGIT.search(name):
        return None
    s0 = text.rfind(name, cs, m.end("name"))
    return (name, s0, s0 + len(name)) if s0 >= 0 else None


def _name_before_compared(text: str, ss: int, obj_s: int, obj_e: int) -> tuple[str, int, int] | None:
    """(name, start, end) of the name whose pace is set against another's in the clause the object stands in ("工业投资
    增速高于固定资产投资，力争增长12%": the object 固定资产投资 is the name compared with; 工业投资 is what the aim's figure
    is of), decision 348; None where the object's clause is no such words."""
    cs = max(ss, rfind_mark(text, ss, obj_s, _PACE_CLAUSE_MARKS) + 1)
    ce = obj_e
    while ce < obj_e + 16 and "\u4e00" <= text[ce:ce + 1] <= "\u9fff":
        ce += 1
    if text[ce:ce + 1] not in ("，", ","):
        return None
    return _paced_name(text, cs, ce)


# an object ending on a year right after a figure's end and a 、 (the figure's unit, %, 左右/以上/以内, 个百分点)
_ITEM_YEAR_OBJECT = re.compile(r"[\d%％元右上内下点人户个吨亩]、(?:19|20)\d{2}年(?:底|末)?$")


# (what _object_before_verb returns where it decides nothing: _choose_object goes on; told by identity, a tuple so that
# the annotation holds, and no object it returns is "go on")
_GO_ON: tuple = ("go on", -1, -1, None)


def _object_before_verb(text: str, lo: int, q: _Q, verb: _Verb, before: list[_Verb], pre_c: str, post_c: str,
                        prev: tuple[str, int, int] | None) -> tuple[str, int, int, _Verb | None] | None:
    """_choose_object's step where nothing or a bare measure stands between the verb and the count and the verb bounds
    or nothing follows the count: the object named before the verb (a work named whole, a lead's, a share's name, a
    place, a task, a status said of a work); _GO_ON where none is found there."""
    # the object before the verb: "粮食种植面积稳定在650万亩", "完成造林8.7万亩",
    # "完成水土流失治理面积70平方公里", "引进省外资金达到90亿元"
    earlier = [v for v in before if v.end <= verb.start]
    kind = verb.kind
    if kind == "level" and earlier and earlier[-1].kind == "whole" and not _strip(text[earlier[-1].end:verb.start]):
        # "减税降费超过50亿元", "为企业减负超过5亿元", "减税降费力争达到…": the work named whole is
        # what the bound counts, and what is done
        w = earlier[-1]
        if w.word in _thing_works() and (t := _thing_before(text, lo, w, earlier)) >= 0:
            return text[t:w.end], t, w.end, w  # ("家电以旧换新不少于20万台": the thing and its work)
        return w.word, w.start, w.end, w
    if kind in ("level", "change") or pre_c in _BARE_MEASURE:
        # only a verb that opens the clause bounds the subject ("引进省外资金达到90亿元"); one inside
        # it is part of a name ("民航发展基金…降低20%")
        lead = [v for v in earlier if v.start == lo + len(text[lo:v.start]) - len(_LEAD.sub("", text[lo:v.start]))
                # ("县级财政安排乡村振兴资金不低于2亿元", "市级安排科技创新资金不少于5亿元": who funds it before the
                # allocation's verb opens the clause as well, the verb allocates what the bound counts)
                or v.kind == "fiscal" and _FUNDER.fullmatch(_LEAD.sub("", text[lo:v.start])) is not None
                # ("各县（市、区）新增规上工业企业不少于20家": a level's divisions where it is done before the verb,
                # as a funder is; the bound counts what the verb after them acts on; not 城镇 before 新增就业, a name)
                or v.start - lo <= 12 and ((pw := _strip(text[lo:v.start]))[:1] in _LEVEL_PLACE_FIRST
                                           and _LEVEL_PLACE.fullmatch(pw) is not None
                                           # ("唐江镇新增规上工业企业不少于10家", "瑞金市新增…不少于20家": a part by its name
                                           # right before the verb; not "经开区要实现…增长10%", the part's aim, its
                                           # name kept in the object, tests/test_county21.py)
                                           or pw[-1:] in _NAMED_PART_LAST and text.endswith(pw, lo, v.start)
                                           and _NAMED_PART.fullmatch(pw) is not None)]
        if not lead and earlier and _FOR.match(text, lo) and (lw := _work_after_whom(text, lo, earlier)) is not None:
            # "为全市60岁以上老年人接种肺炎疫苗不少于2万剂次", "为…老年人提供免费健康体检不少于2.5万人次": whom the
            # work is for opens the clause, the first verb after them opens what the bound counts ("…免费体检不少于
            # 5万人次": the service itself, where nothing follows its verb)
            lv, w = lw
            if not _strip(text[lv.end:verb.start]):
                return text[w:lv.end], w, lv.end, lv
            lead = [lv]
        bs = lead[-1].end if lead else lo
        for v in earlier:
            if v.start >= bs and text[v.end:v.end + 1] == "、":
                # "实现乡镇电商服务站全覆盖、村级服务点覆盖率达到80%": an item ended by its own verb before the
                # 、 says something else; what reaches the level opens after it
                bs = v.end + 1
        cand = text[bs:q.start if pre_c else verb.start]
        if len(_strip(cand)) > 20 and earlier:
            bs = earlier[-1].end
            cand = text[bs:q.start if pre_c else verb.start]
        # (a change keeps its direction; a verb that brings about the bound after it leaves the bound acting)
        act = lead[-1] if lead and kind != "change" and not (kind == "level" and lead[-1].word in _causing_verbs()) else verb
        if kind == "level" and q.unit == "%" and lead and lead[-1].kind == "action" and not pre_c \
                and (s0 := _share_named_by_action(text, lead[-1], verb.start)) >= 0:
            # "新建住宅装配式建筑占比达到30%", "外送绿电占比达到40%": an action opening a share's name says what
            # the share is of, the bound acts on the whole name (a share no action reaches, decision 243)
            e0 = verb.start - (len(text[s0:verb.start]) - len(text[s0:verb.start].rstrip()))
            return text[s0:e0], s0, e0, verb
    else:
        bs = earlier[-1].end if earlier else lo
        cand = text[bs:verb.start]
        act = verb
    cand_c = _strip(cand)
    if prev is not None and not post_c and cand_c and _is_place(cand_c):
        # "市本级新建停车位3000个、各县区新建2000个": a place alone before the verb says where, the things counted
        # are those counted before (a level alone names its head with the one before: "…省级5家", later)
        return prev[0], prev[1], prev[2], act
    if kind == "action" and cand_c[:1] == "对" and len(cand_c) > 2 and cand_c[1] not in _DUI_WORD:
        # "对全县学校实施改造20所", "对困难群众实施救助5万人次": 对 says what the work is done to, the
        # object is after it (not 对口支援, 对外贸易, 对台交流)
        cand_c = _strip(cand_c[1:])
    if cand_c in _WORK_HEADS and earlier and bs == earlier[-1].end and len(earlier) == 1 \
            and (named := _work_named(text, lo, earlier[-1], bs + len(cand) - len(cand.lstrip()), cand_c)) is not None:
        # "城中村改造项目开工6个": the status acts on the work named with its verb
        return named[0], named[1], named[1] + len(named[0]), act
    if kind == "action" and not pre_c and cand_c and (w := _work_for(text, bs, verb.start, cand_c)) is not None:
        # "为全县65周岁以上老年人免费体检4.5万人次", "免费体检4.5万人次": whom the service is for opens the
        # clause, the service (how it is done and its verb) is what is counted
        return text[w:verb.end], w, verb.end, act
    if kind == "whole" and cand_c and earlier and earlier[-1].end == bs and earlier[-1].kind == "action" \
            and earlier[-1].word in vocab.cues().get("helping_verbs", ()) and not _DIGIT.search(cand_c) \
            and cand_c.endswith(vocab.cues().get("beneficiaries", ())):
        # "帮助返乡农民工转移就业8000人": those helped stand between the help and the work, the work is counted
        return verb.word, verb.start, verb.end, earlier[-1]
    if kind == "whole" and _PLAN_NAME_ALONE.fullmatch(cand_c) and (k := text.find(cand_c, bs, verb.start)) >= 0 \
            and not _strip(text[k + len(cand_c):verb.start]):
        # "实施“十三五”易地扶贫搬迁3000人": the plan names the work, both are what is counted; an action right
        # before the plan's name acts
        act = earlier[-1] if earlier and earlier[-1].end == bs and earlier[-1].kind == "action" else verb
        return text[k:verb.end], k, verb.end, act
    if kind == "whole" and (not cand_c or cand_c[0] in "为给帮替"):
        # "全年减税降费50亿元以上", "为市场主体减负3亿元": the verb names what is done (an action
        # right before it acts: "完成易地扶贫搬迁340万人")
        act = earlier[-1] if earlier and earlier[-1].end == verb.start and earlier[-1].kind == "action" else verb
        return verb.word, verb.start, verb.end, act
    if kind == "whole" and not pre_c and verb.word in _thing_works() and (t := _thing_before(text, lo, verb, earlier)) >= 0:
        # "全年汽车以旧换新6000辆", "支持汽车以旧换新20万辆": the work and the thing it is done to are counted; an
        # action right before the thing acts
        act = earlier[-1] if earlier and earlier[-1].kind == "action" and not _strip(text[earlier[-1].end:t]) else verb
        return text[t:verb.end], t, verb.end, act
    if cand_c:
        k = text.find(cand_c, bs, bs + len(cand))  # the quote starts at the object, not at "今年"
        if k >= 0 and k + len(cand_c) == verb.start and (kind == "action" or kind == "whole" and verb.word in _object_index()[0]) and not pre_c and earlier \
                and earlier[-1].word in _task_verbs() and earlier[-1].end == bs:
            # "完成农村危房改造4万户", "实施农房抗震改造600户": a verb that carries out a task acts,
            # the task (what it is done to and the work) is the object; so too before a work named
            # whole that is itself what is counted ("完成新一轮百万亩造林1.2万亩": 新一轮百万亩造林, not
            # 新一轮百万亩 done by 造林; not "实施城中村搬迁改造2000户", the households of 城中村 moved)
            return text[k:verb.end], k, verb.end, earlier[-1]
        if k >= 0 and k + len(cand_c) == verb.start and kind == "action" and not pre_c and len(earlier) >= 2 \
                and text[bs:bs + 1] in _WORKS_JOINED and earlier[-2].word in _task_verbs() \
                and earlier[-1].kind == "action" and not _PUNCT.search(text, earlier[-2].end, verb.start):
            # "完成农村危房改造和抗震改造1800户": two works joined, the task verb carries out both
            t = earlier[-2]
            return text[t.end:verb.end], t.end, verb.end, t
        return (cand_c, k, k + len(cand_c), act) if k >= 0 else (cand_c, bs, bs + len(cand), act)
    if not cand_c and earlier and earlier[-1].end < verb.start and kind == "action" \
            and verb.word.removeprefix("再") in _task_verbs():
        # "农村危房改造要再完成190万户": a task named before a modal (要, 将, 力争…) and the verb that
        # carries it out, as "农村危房改造完成190万户" names it right before that verb
        bs = earlier[-2].end if len(earlier) >= 2 else lo
        work = _strip(text[bs:earlier[-1].end])
        if len(work) > len(earlier[-1].word) and (k := text.find(work, bs, earlier[-1].end)) >= 0:
            return work, k, k + len(work), verb
    if earlier and earlier[-1].end == verb.start:
        if kind == "stop":
            # "棚户区改造开工3000套": a status said of the work named before it
            bs = earlier[-2].end if len(earlier) >= 2 else lo
            work = _strip(text[bs:verb.start])
            if not _strip(text[bs:earlier[-1].start]) and earlier[-1].kind == "stop":
                # "…新谋划PPP项目10个，签约落地6个": two statuses joined, said of what was counted before (not 签
                # left of 签约 when 约 is read as a qualifier)
                if prev is not None:
                    return prev[0], prev[1], prev[2], verb
            elif work != earlier[-1].word and not _verb_re().fullmatch(work):
                k = text.find(work, bs, verb.start)
                return work, k, k + len(work), verb
        if kind == "level":
            # "…体检不少于5万人次": a bound names nothing; the work right before it is what it bounds
            w = earlier[-1]
            return w.word, w.start, w.end, w
        return verb.word, verb.start, verb.end, earlier[-1]
    return _GO_ON


def _choose_object(text: str, ps: int, lo: int, q: _Q, qend: int, post: str, post_end: int,
                   vs: list[_Verb], prev: tuple[str, int, int] | None = None
                   ) -> tuple[str, int, int, _Verb | None] | None:
    """(object, start, end, action verb) for quantity q of the piece starting at ps.

    ``prev`` is the last object of the sentence: a piece that names none ("规模近9.8万亿元",
    "比上年增加1800亿元", "增长18%") continues it."""
    before = [v for v in vs if lo <= v.start and v.end <= q.start]
    if len(before) >= 2:
        before = _joined_works(text, before, q.start)
    if len(before) >= 2:
        # "推动新上项目开工建设100个", "确保新开工项目投资完成200亿元": a status before 项目 with another verb
        # after it in its clause says which projects are meant, the later verb acts on them
        # (not before a bound right before the count, which only bounds it: "其中新开工项目不少于40个", "建成项目不少于30
        # 个" are 新开工 and 建成 of 项目, at least)
        before = [v for v, w in zip(before, before[1:]) if not (
            v.kind == "stop" and _STATUS_NAMED.match(text, v.end) and not _CLAUSE_BREAK.search(text, v.end, w.start)
            and not (w is before[-1] and w.word in _bound_words() and not text[w.end:q.start].strip()))
                  ] + before[-1:]
    if len(before) >= 2 and before[-1].word in _bound_words() and before[-2].kind == "action" \
            and not text[before[-1].end:q.start].strip() and (before[-2].end == before[-1].start or q.unit != "%"
                                                               and not _RATE_NAMED.search(text, before[-2].end, before[-1].start)
                                                               and not _strip(text[lo:before[-2].start])):
        # "新增不少于3万个公办学位", "培育不低于10家龙头企业": a bound written between an action and its count
        # bounds the count only; the action acts on the noun after the count, or on the one before the bound
        # ("争取上级资金不低于25亿元", "带动贫困群众就业不少于1000人", the action opening its clause; not a verb inside a
        # name, "招商引资到位资金超过80亿元", nor a rate's level, which the bound sets: "新增工业用地亩均投资强度不低于350万元",
        # "用于产业发展的比例不低于60%")
        before.pop()
    if before and lo > ps and before[0].start - lo <= 1:
        # "86个续建项目和132个新开工项目": a verb right after the count before names that count's object;
        # it does not act on the count after the joiner
        j = _JOINED_AT.search(text, before[0].end, q.start + 1)
        if j:
            before = [v for v in before if v.start >= j.end()]
    pre_from = lo
    if before and text[before[-1].end:q.start] == "的" and (
            any(v.start >= q.end for v in vs) or _DONE_BEFORE.search(text, max(lo, before[-1].start - 3), before[-1].start)):
        # "去年开工的32个项目今年要全部竣工": a verb before 的 says which are counted; the action is the
        # verb right before it ("推动谋划的367个重大项目落地") or comes after (with none after, a verb of
        # what is still to be done acts: "确保新增的5000个学位满足入学需求", not "已签约的80个项目基础上")
        mod = before.pop()
        if not before or before[-1].end != mod.start:
            before = []
        pre_from = q.start
    pending = -1
    # "完成铁路建设投资8000亿元", "开工建设棚户区改造安置房1200套", "发放稳岗补贴2亿元": a verb before a
    # head noun (or before such a verb, or one that names what is given) is part of the object, the verb
    # before it acts; so does a verb right after another that opens a clause ending in 的 ("安排出列贫困村
    # 的帮扶资金3000万元": which funds, not what is done; "新建投用的农贸市场": no object, both act)
    while len(before) >= 2 and (_NOMINAL.match(text, before[-1].end) or before[-1].end == pending
                                or before[-1].word in _BASE_WORKS
                                and text.startswith(_base_places(), before[-1].end)
                                # ("创建省级衔接乡村振兴集中推进区1个": a verb with 区 right before the count names a zone)
                                or text.startswith("区", before[-1].end) and before[-1].end + 1 == q.start
                                or before[-1].word in _nominal_verbs()
                                and text[before[-2].end:before[-1].start] not in _VERBS_JOINED
                                or before[-2].end == before[-1].start and "的" in text[before[-1].end + 1:q.start]):
        pending = before.pop().start
    verb = before[-1] if before else None
    if verb is not None and len(before) == 1 and verb.kind == "level" and _FOR.fullmatch(text, lo, q.start):
        # "为不少于30万名孕产妇免费开展产前筛查": a bound on the count of whom a service is for bounds no object of
        # its own; the service after them is counted (prov21)
        verb = None
    pre_start = max(verb.end if verb else lo, pre_from)
    pre = text[pre_start:q.start]
    if verb is None and (text.find("为", lo, q.start) >= 0 or "对" in pre) or "给" in pre or "帮" in pre:  # (each _FOR needs one)
        got = _for_whom(text, pre, q, qend, post_end, vs)
        if got is not None:
            return got
    pre_c, post_c = _strip(pre), _strip(post, lead=False)
    if verb is not None and verb.kind == "whole" and not post_c:
        # "新增减税降费及退税缓费40亿元以上", "新增减税降费及缓税缓费25亿元": a relief named whole joined to another
        # before one amount, both are what is counted (as works joined before one count, decision 38); an action right
        # before the first acts
        if pre[:1] in _WORK_JOINS and pre_c and len(pre_c) <= 8 and not _DIGIT.search(pre_c) \
                and not _CLAUSE_PUNCT.search(pre):
            first, end = verb, q.start - (len(pre) - len(pre.rstrip()))
        elif not pre_c and len(before) >= 2 and before[-2].kind == "whole" and text[before[-2].end:verb.start] in _WORK_JOINS:
            first, end = before[-2], verb.end
        else:
            first = None
        if first is not None:
            k = before.index(first)
            act = before[k - 1] if k and before[k - 1].end == first.start and before[k - 1].kind == "action" else first
            return text[first.start:end], first.start, end, act
    if verb is not None and verb.word == "给予" and pre_c and post_c in vocab.cues().get("grant_nouns", ()) \
            and (k := text.find(post_c, qend, post_end)) >= 0:
        # "给予运营方最高30万元奖励": who gets it between the verb and the amount, what is given after it
        return post_c, k, k + len(post_c), verb
    if verb is not None and verb.kind == "level" and _PER_HEAD.fullmatch(pre_c):
        # "食品抽检量达到每千人5批次": the rate's base between the bound and the count; the level is of what is named
        # before the verb
        pre_c = ""
    if post_c and pre_c.endswith(_WHERE_INSIDE) and len(pre_c) > 2:
        # "完成中轴线遗产区内30处文物腾退修缮", "在全市范围内50个…": the place the count lies in, what is counted after it
        pre_c = ""
    if post_c and len(pre_c) > 2 and pre_c.endswith(_site_words()) and _counted_at_site(post_c):
        # "建成厦门科学城一期5万平方米孵化载体", "新建工业园区二期10万平方米标准厂房": a named site (or its phase) the
        # things counted stand in, written before the count; what is counted is the noun after it (decision 370)
        # (not a work or a task after the count, "完成科学城一期5万平方米建设任务", nor projects: the site is the object)
        pre_c = ""
    if post_c and pre_c in _BARE_MEASURE and text.startswith("的", qend):
        # "设立规模20亿元的产业引导基金", "新建面积1.2万平方米的综合服务中心": a size the figure gives of what is named
        # after 的, which is what the pledge is of (the size word alone names nothing)
        pre_c = ""
    if post_c and not pre_c and verb is not None and verb.kind in ("action", "whole") and verb.word not in _outcome_verbs() \
            and verbs().get(post_c) == "stop":
        # "完成易地扶贫搬迁1.8万人入住", "完成农村危房改造500户入住": a status alone after the count of a work right
        # before it says what comes of the work, it is not what is counted (not "实现45万人脱贫", an outcome)
        # (a status named as the task itself, "完成2000人脱贫任务", is what the count counts: those it comes to)
        # ("确保完成8500人脱贫": a task verb glued to a count of people, no work between, carries out the status itself,
        # as 完成…脱贫任务 does, decision 102)
        k = text.find(post_c, qend, post_end)
        if not (k >= 0 and text.startswith(_STATUS_TASK, k + len(post_c))) \
                and not (verb.end == q.start and verb.word in _task_verbs() and k == qend):
            post_c = ""
    if post_c and not pre_c and verb is not None and _task_kind_after(text, lo, q, qend, post_c, post_end, verb, before):
        # "完成易地扶贫搬迁3.2万人的搬迁安置任务", "完成高标准农田建设6万亩的年度目标任务": the count closes a work named
        # right before it; the words after 的 and before the task word say which task (its kind or its time), not what
        # is counted (not "全年完成6万亩的造林任务", a task verb alone before the count: the work is after it)
        post_c = ""
    if verb is not None and not pre_c and not post_c and not _strip(text[lo:verb.start]) and (t := _carried_work(verb.word)):
        # "完成征迁1200户", "完成拆迁1200户": a verb that carries out a work, joined to the work right before its count:
        # the work is what is counted (as 完成农村危房改造4万户), not an object named earlier in the sentence
        # (not with what it is done to before it: "对全县学校实施改造20所")
        # (the joined verb stays the action, as in 完成培训3万人次: 完成培训, 培训)
        k = verb.start + t
        return text[k:verb.end], k, verb.end, verb
    if verb is None and post_c and pre_c in _project_verbs():
        # "支持100家企业实施技术改造": a verb that acts only on projects, before a count of something else, names
        # no object; what is counted is after the count
        pre_c = ""
    # ("高标准农田建设任务300万亩全部完成": the work's share, its task, right before the count, as a head is)
    task = not pre_c and pre == "任务"
    if verb is not None and len(before) == 1 and verb.kind == "action" and (pre_c in _WORK_HEADS or task) \
            and text.startswith(pre_c or pre, verb.end) \
            and verb.word not in _task_verbs() \
            and (head := _strip(text[lo:verb.start])) and text.endswith(head, lo, verb.start) \
            and not _DIGIT.search(head) and not _CLAUSE_PUNCT.search(head) and not _verb_re().search(head):
        # "城中村改造项目8个年内全面开工", "农村危房改造工程300户": the work's verb inside a name, what it works on
        # before it; a status after the count acts, else the work's verb
        k = verb.start - len(head)
        after = next((v for v in vs if v.kind == "stop" and qend <= v.start <= post_end + 6), None)
        e = verb.start if task else verb.end + len(pre_c)  # (a task's object is what it works on: "棚户区改造任务800户", 棚户区)
        return text[k:e], k, e, verb if task else after or verb  # (a task's work acts, tests/test_left14p.py)
    if pre[:1] in "(（" and pre[-1:] in ")）" and _BRACKETED.fullmatch(pre):
        pre_c = ""  # "完成危房改造(C、D级)1500户": a note between the work and its figure names no object
    if verb is not None and not pre_c and text[verb.start - 1:verb.start] == "中" and (m := _SOURCE.search(text, lo, verb.start)):
        return m.group(1), m.start(1), m.end(1), verb  # "从土地出让收益中提取5亿元": the funds' source
    alias = _alias_ending(text, lo, q.start)
    if alias and verb is not None and (verb.start < q.start - len(alias) < verb.end < q.start or (
            q.start - len(alias) == verb.start and verb.kind == "stop" and _STATUS_NAMED.match(text, verb.end))):
        # "新签约项目200个": an alias opening inside the verb and running past it (签约项目) is not the object;
        # nor one a status opens before 项目 ("签约项目100个", "重新签约项目10个": 签约 acts on 项目)
        # (one the verb ends with is its work: "完成培训3万人次"; one an action opens names it: "新增就业5000人")
        alias = None
    if alias and len(alias) > len(pre_c):
        a0 = q.start - len(alias)
        if alias in verbs() and a0 > lo and not any(v.start < a0 < v.end for v in vs):  # (not "完成培训")
            # an alias that is a verb alone ends a longer name ("开展创业培训3000人次": 创业培训, not 培训)
            bs = max([v.end for v in vs if lo <= v.start and v.end <= a0] + [lo])
            if _PUNCT.search(text, bs, a0):  # (after a list of what it is of: "芦笋、山药等特色种植3万亩": 特色种植)
                bs = max(text.rfind(c, bs, a0) for c in "、，,；;：:等") + 1
            ext = _strip(text[bs:a0])
            k = text.rfind(ext, bs, a0) if ext else -1
            if k >= 0 and k + len(ext) == a0:
                alias, a0 = text[k:q.start], k
        if verb is not None and verb.start >= a0:  # (a verb inside the alias: one that carries it out acts)
            prior = [v for v in vs if lo <= v.start and v.end <= a0]  # ("完成城镇老旧小区改造150个")
            if prior and prior[-1].word in _task_verbs() and not _CLAUSE_PUNCT.search(text, prior[-1].end, a0):
                verb = prior[-1]  # (a list of what it is of between them: "新发展芦笋、山药等特色种植3万亩")
        if verb is not None and verb.end < a0 and a0 - verb.end <= _ALIAS_KIND_MAX \
                and _ALIAS_KIND.fullmatch(text, verb.end, a0) is not None \
                and _NAMED_PART.fullmatch(text, verb.end, a0) is None \
                and not any(verb.end <= v.start < a0 for v in vs):
            # "新开工城镇老旧小区改造1000个", "推进城市老旧小区改造600个": the words between the acting verb and a work of
            # the vocabulary say which works are counted, and are part of the object (城镇老旧小区改造, not 老旧小区改造,
            # which no reading of 城镇老旧小区 contains); not the whole region or a time (全市, 各县, 今年, 年内), nor a
            # part by its name, where the works are ("实施敖勒召其镇老旧小区改造12个", decision 179)
            a0 = verb.end
            alias = text[a0:q.start]
        return alias, a0, q.start, verb
    if verb is not None and (not pre_c or pre_c in _BARE_MEASURE) and (
            verb.kind == "level" or not post_c or pre_c in _BARE_MEASURE):
        if (got := _object_before_verb(text, lo, q, verb, before, pre_c, post_c, prev)) is not _GO_ON:
            return got
    if prev is not None and verb is not None and not pre_c and not post_c and verb.kind == "action" \
            and not _strip(text[lo:verb.start]) and q.unit.endswith(_PEOPLE_UNITS) \
            and (pm := _COUNT_AFTER.match(text, prev[2])) is not None and not pm.group(1).endswith(_PEOPLE_UNITS):
        # "实施城中村改造项目3个，征收安置1200户", "改造棚户区2000套，搬迁1500户": households or people counted after a
        # verb alone are those the work is done for, not more of the things counted before; the verb names the work
        return verb.word, verb.start, verb.end, verb
    if prev is not None and not post_c and verb is not None and verb.kind == "action" and verb.start >= prev[2] \
            and pre_c in vocab.cues().get("worked_sites", ()) and _strip(text[verb.end:q.start]) == pre_c \
            and q.unit in _NAMES_COUNTED_BY:
        # "建设美丽乡村示范村100个、整治村1000个", "改造农村公路200公里，整治村500个": a bare village right after a verb of
        # its own clause is what that verb works on, counted (not where a part of the things before lies, as in
        # "新建公厕100座，其中村30座", whose clause has no verb)
        k = text.find(pre_c, verb.end, q.start)
        return text[verb.start:k + len(pre_c)], verb.start, k + len(pre_c), verb
    if prev is not None and not post_c and (not pre_c or pre_c in _BARE_MEASURE or pre_c in _CAPACITY_OF_ALL
                                            or _is_place(pre_c)):
        # ("新建城市公园5个，其中中心城区3个": a place alone says where part of the object before is)
        return prev[0], prev[1], prev[2], verb
    if q.unit == "%":
        # ("安排民生支出120亿元，占一般公共预算支出的80%以上": the share the amount before is of a
        # whole, with no verb of its own, says what that amount is, not a share to reach)
        return (pre_c, pre_start, q.start, verb) if pre_c and not (pre_c[0] == "占" and verb is None) else None
    if post_c and (not pre_c or pre.rstrip().endswith(("等", "、", "和", "及", "与")) or _MEASURE.search(pre_c)
                   or _joined_scope(text, lo, q)  # ("和乡镇5条特色产业链": where the next item is, not what)
                   # ("推动东湖、西湖2个片区开发建设": the names listed, counted by a classifier; not "完成通村、
                   # 通组道路300公里硬化", a length of the listed roads)
                   or ("、" in pre_c and q.unit in _NAMES_COUNTED_BY and text[qend:qend + 1] != "的")
                   or (q.unit.endswith("人") and text[q.end - 1:q.end] != "人")  # ("2.3万农村贫困人口": no unit word)
                   # ("完成经开区和舞阳化工园区、漯西化工园区3座污水处理厂提升改造": the task after the count
                   # is what is counted, the places before it say where)
                   or (post_c.endswith(_WORK_ENDS) and _known(post_c))
                   or "每" in pre_c or pre_c.endswith("有") or _is_place(pre_c)
                   or "级" in pre_c and _LEVEL_WORD.fullmatch(pre_c)  # ("抓好市级12条重点产业链": the level says which, not what)
                   or (_PROJECT_HEAD.search(post_c) and not pre_c.endswith(("项目", "工程")))
                   or (_known(post_c) and not _known(pre_c))):
        return post_c, qend, post_end, verb
    if pre_c and not (verb is None and _FOR.fullmatch(pre)):
        # (not the preposition alone: "为1.5万名适龄儿童…" with no verb of a service after them names nothing counted)
        return pre_c, pre_start, q.start, verb
    return None


@once
def _places() -> frozenset[str]:
    """Places written alone before a count (``data/pledge_places.tsv``): where, not what is counted."""
    return frozenset(c[0] for c in vocab.table("pledge_places.tsv") if c and c[0] and c[0] != "place")


# the divisions of a region by their level, written alone before a count, with the other names of that level in brackets
# ("其中县(区)5条", "各县（市、区）", "乡镇（街道）", "县区"): where the counted things are, as 城区 and 乡镇 are
_LEVEL_PLACE = re.compile(r"(?:全|各)?(?:[省市州县区乡镇村]|县区|县市区|乡镇|镇村|街道|社区)"
                          r"(?:[（(](?:[省市州县区旗乡镇村]|街道|社区)(?:、(?:[省市州县区旗乡镇村]|街道|社区))*[)）])?")
_LEVEL_PLACE_FIRST = first_set(_LEVEL_PLACE)  # (most words open with none: one look, no try)
# a part of the region by its name before a task's verb ("唐江镇", "瑞金市", "高新区"; not 城镇, a name's part, nor a
# kind of city or of block: "海绵城市建设面积达到…", "生鲜超市", "老旧小区", "景区")
_NAMED_PART = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)|[\u4e00-\u9fff]{2,3}(?<![城超都夜小社园景校街])(?:市|县|区|旗)")
_NAMED_PART_LAST = frozenset("镇乡道市县区旗")
# (nothing but a bound between a verb and its count: the object left out, "嘉定镇新增不少于3家")
_BOUND_ONLY = re.compile(r"(?:不少于|不低于|至少|超过|达到)?")
_NAMED_PART_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道|市|县|区|旗)$")


def _division_named(obj: str, verb: str) -> bool:
    """Whether ``obj``, written before its verb, is a division's full name (the gazetteer's: 湖北省, 萍乡市), or its short
    name before a verb of setting (cues.tsv own_set_as: "湖北安排5%"; short names alone are also words, 白银, 朝阳)."""
    g = gazetteer()
    return obj in g.by_name or obj in g.by_short and verb in vocab.cues()["own_set_as"]


def _is_place(word: str) -> bool:
    """Whether WORD, written alone before a count, is a place (``_places``) or a level's divisions
    (``_LEVEL_PLACE``)."""
    if word.endswith("地区") and word[:-2] in _places():
        word = word[:-2]  # (a place with 地区 after it is that place: "其中农村地区200个")
    return word in _places() or (len(word) <= 10 and word[:1] in _LEVEL_PLACE_FIRST and _LEVEL_PLACE.fullmatch(word) is not None)


# the second characters of words that begin with 对 (对口, 对外, 对台, 对象, 对接…): no preposition
_DUI_WORD = frozenset("口外台俄象接标照话称应比策冲抗手")
# an item's number before its words ("4.", "（2）", "②"), or its spoken ordinal in a list of the year's works ("二是为60万名
# 适龄妇女免费开展“两癌”筛查", "四是为全省65周岁以上老年人免费体检800万人次": prov21; "五是为6万名城乡困难群众提供免费体检": city21)
# (or a list's dash or bullet before it: "——为2000名残疾人免费适配辅助器具；", a 民生实事 list's usual shape; or its number
# in words, "四、为全市1.5万名适龄女性免费接种HPV疫苗", "（四）为…": a 民生实事 list numbered as a part's items)
_ITEM_NO_WORDS = r"\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）]|[①-⑳]|十?[一二三四五六七八九十](?:是|、)|[（(]十?[一二三四五六七八九十][)）]" \
                 r"|—{1,2}|[●•■◆▲]|\d{1,2}(?=[ \t\u3000]*(?:免费)?(?:为|给|帮助|帮|对)))\s*"
# (and a bare number, a list's numbered by a digit and a space: "7 为全县65周岁以上老年人免费健康体检2.6万人次")
_ITEM_NO = re.compile(_ITEM_NO_WORDS)
# which works of the vocabulary are counted, written between the acting verb and the work ("新开工城镇老旧小区改造1000个":
# 城镇); not the whole region or a time (全市, 各县, 今年), a joiner, 的 or a list (``_choose_object``)
_ALIAS_KIND_MAX = 6
# a five-year plan's name alone, quoted or not ("“十三五”"): no object by itself, it names the work after it
_PLAN_NAME_ALONE = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?")
_ALIAS_KIND = re.compile(r"(?![全各再共])(?!今年|年内|明年|全年|累计|力争|确保|争取)(?:(?![的等和及与或])[\u4e00-\u9fff]){2,6}")
# "为3000户困难老年人家庭(实施适老化改造)", "对全市120个老旧小区(实施改造)": a count of those a task is done for
# (a bound on the count of whom may stand between: "为不少于30万名孕产妇免费开展产前筛查", prov21)
_FOR = re.compile(r"(?:" + _ITEM_NO_WORDS + r")?\s*(?:并|要|将)?(?:免费)?(?:为|给|帮助|帮|对)(?:全[市县区省]|全体|辖区内?|城乡|农村|城镇)?\s*"
                  r"(?:不少于|不低于|超过|至少|近|约)?\s*")
# a households' count right before their persons' ("对5600户2.3万名…"): the persons' count, after it, and the households'
_HOUSEHOLDS_END = re.compile(r"\d+(?:\.\d+)?万?户、?$")
_PERSONS_RUN = re.compile(r"、?\d+(?:\.\d+)?万?[人名](?![次口])")
_WORK_HEADS = frozenset(("项目", "工程"))  # (the heads a work's verb names a thing with: 改造项目, 建设工程)


def _task_kind_after(text: str, lo: int, q: _Q, qend: int, post_c: str, post_end: int, verb: _Verb,
                     before: list[_Verb]) -> bool:
    """Whether the words POST_C after the count (written "的…任务") name the kind or the time of the task that a work
    named right before the count is ("完成易地扶贫搬迁3.2万人的搬迁安置任务", "完成棚户区改造2000套的开工任务"), so
    that the work, not they, is what the count counts: the verb right before the count is a work named whole
    (易地扶贫搬迁) or a work's verb closing a name (高标准农田建设), no task verb alone ("全年完成6万亩的造林任务": the
    work is after the count), nor one whose object follows it ("新建1200套的安置房任务")."""
    if verb.end != q.start or not text.startswith("的", qend) or verb.word in _task_verbs() \
            or verb.word in _outcome_verbs() or verb.kind not in ("whole", "action"):
        return False
    k = text.find(post_c, qend + 1, post_end)
    if k < 0 or _CLAUSE_PUNCT.search(text, qend, k) or _DIGIT.search(text, qend, k):
        return False
    if not text.startswith(_task_kind_ends(), k + len(post_c)):
        return False
    if verb.kind == "whole":
        return True
    # a work's verb: a name of what it works on right before it, after the verb that opens the clause or the clause's start
    bs = max([v.end for v in before if v.end <= verb.start] + [lo])
    head = _strip(text[bs:verb.start])
    return bool(head) and not _DIGIT.search(head) and not _CLAUSE_PUNCT.search(head) and not _PUNCT.search(head)


def _work_named(text: str, lo: int, wv: _Verb, hs: int, head: str) -> tuple[str, int] | None:
    """The name of a work written with its verb wv and the head at hs right after it ("城中村" + 改造 + 项目), where
    what it works on stands alone before the verb in [lo, wv.start); None otherwise."""
    if hs != wv.end or wv.kind != "action" or not text.startswith(head, hs):
        return None
    what = _strip(text[lo:wv.start])
    if not what or not text.endswith(what, lo, wv.start) or _DIGIT.search(what) or _CLAUSE_PUNCT.search(what) \
            or _verb_re().search(what):
        return None
    return what + wv.word + head, wv.start - len(what)


def _work_after_whom(text: str, lo: int, earlier: list[_Verb]) -> tuple[_Verb, int] | None:
    """The first action verb of ``earlier`` after whom a work is for (the clause opening at lo with 为/给/帮), with where
    the work it ends opens (``_work_for``); None where there is none."""
    for v in earlier:
        if v.kind == "action" and (cand := _strip(text[lo:v.start])):
            w = _work_for(text, lo, v.start, cand)
            if w is not None:
                return v, w
    return None


def _work_for(text: str, bs: int, vs: int, cand: str) -> int | None:
    """Where the service a verb at vs ends opens, after those it is done for ("为全县65周岁以上老年人免费" +
    体检: 免费; "为农村妇女免费两癌" + 筛查: 免费两癌; "为老年人" + 体检: the verb alone), or the way it is done
    written alone before it ("免费" + 体检); None for any other words before the verb."""
    cues = vocab.cues()
    if cand in cues.get("work_manner", ()):
        return vs - len(cand) if text.endswith(cand, bs, vs) else None
    if (m := _ITEM_NO.match(cand)) is not None:
        cand = cand[m.end():]  # ("4.为辖区65岁以上老年人…": an item's number before whom it is for)
    if cand[2:3] in ("为", "给") and cand[:2] in cues.get("work_manner", ()):
        cand = cand[2:]  # ("免费为农牧民体检5万人次": how it is done said before whom it is for)
    if not cand or cand[0] not in "为给帮":
        return None
    whom = max((cand.rfind(w) + len(w) for w in cues.get("beneficiaries", ()) if w in cand), default=-1)
    if whom < 0:
        return None
    rest = cand[whom:]
    if _DIGIT.search(rest) or _CLAUSE_PUNCT.search(rest) or _verb_re().search(rest):
        return None
    return vs - len(rest) if text.endswith(rest, bs, vs) else None


def _for_whom(text: str, pre: str, q: _Q, qend: int, post_end: int, vs: list[_Verb]
              ) -> tuple[str, int, int, _Verb] | None:
    """(object, start, end, verb) for a count of those a task is done for, written before the task: the
    task's object ("为3000户困难老年人家庭实施适老化改造": 适老化改造, 实施), else whom it is for; with 对,
    what the task is done to ("对6所义务教育学校进行校舍改造": 义务教育学校, 进行)."""
    if not _FOR.fullmatch(pre):
        # "对5600户2.3万名边缘户实行动态监测帮扶": the persons of the households counted before them, for the same
        # people (as "解决2.1万户7.6万人饮水安全问题" counts one object)
        if not ((m := _HOUSEHOLDS_END.search(pre)) is not None and _FOR.fullmatch(pre, 0, m.start())
                and q.unit.endswith(("人", "名"))):
            return None
    elif q.unit.endswith("户") and (m := _PERSONS_RUN.match(text, qend)) is not None:
        qend = m.end()  # (the households' count: whom it is for is after their persons)
    v = next((v for v in vs if qend < v.start < post_end + 12), None)
    if v is None:
        return None
    who = _strip(text[qend:v.start], lead=False)
    e = v.end
    while e < len(text) and text[e] not in _CLAUSE_END and text[e] not in "等|…":
        e += 1  # (a table's cell ends the task's words: "为1.5万名老年人免费体检|县卫健局|"; so does a list cut short
        # with ……: "六是为全县1.5万名城乡居民免费健康体检……", tsk64)
    what = _strip(text[v.end:e], lead=False)
    if "对" in pre and who and len(who) <= 20:  # ("对6所义务教育学校进行校舍改造": what the work is done to)
        kinds = verbs()
        # (not a verb inside a noun, "脱贫监测户", "脱贫不稳定户", nor one opening another item, "边缘户和脱贫监测户")
        nouns = [(j, j + n) for j in range(len(who)) for n in range(3, 7) if kinds.get(who[j:j + n]) == "noun"]
        cut = next((i for i in range(2, len(who) - 1) if kinds.get(who[i:i + 2]) in _CHAINED and who[i + 2:i + 3] != "的"
                    and who[i - 1] not in _JOIN_MARKS and not any(a <= i < b for a, b in nouns)), -1)
        if cut > 0:
            who = who[:cut]  # ("对1.2万名监测对象落实帮扶措施": a verb not acting here still ends whom)
        k = text.find(who, qend, v.start)
        return who, k, k + len(who), v
    if what and len(what) <= 20 and not _DIGIT.search(what):
        k = text.find(what, v.end, e)
        return what, k, k + len(what), v
    if who and len(who) <= 20 and (w := _service_after_whom(text, qend, v.start, who)) is not None:
        # "为1.2万名农村适龄妇女免费“两癌”筛查", "为3000名新生儿免费听力筛查": the service after those it is for (how
        # it is done, what it checks, and its verb) is what the count of those people counts
        return text[w:v.end], w, v.end, v
    if who and len(who) <= 20:
        manner = next((w for w in vocab.cues().get("work_manner", ()) if who.endswith(w)), None)
        if manner and len(who) > len(manner) and text.endswith(manner, qend, v.start):
            # "为全区2000名环卫工人免费体检": how the service is done is said of it, not of whom it is for
            return manner + v.word, v.start - len(manner), v.end, v
        k = text.find(who, qend, v.start)
        return who, k, k + len(who), v
    return None


def _service_after_whom(text: str, ws: int, vs: int, who: str) -> int | None:
    """Where the service whose verb is at vs opens, after those it is done for written from ws ("农村适龄妇女" +
    "免费“两癌”" + 筛查: the words after the last of those a service is done for); None where none follows them (the
    whole is whom: "困难老年人家庭" + 实施…) or the words after them are no part of a service's name (a figure, a
    clause mark or a verb in them)."""
    whom = max((who.rfind(w) + len(w) for w in vocab.cues().get("beneficiaries", ()) if w in who), default=-1)
    if whom <= 0 or whom >= len(who):
        return None
    rest = who[whom:]
    if _DIGIT.search(rest) or _PUNCT.search(rest) or _verb_re().search(rest) or not text.endswith(rest, ws, vs):
        return None
    return vs - len(rest)


def _split_items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of the items of an object list ("供水、排水、燃气管网"), split at 、/和/及/与 outside brackets."""
    out, start, depth, i = [], s, 0, s
    while i < e:
        ch = text[i]
        if ch in "（(“":
            depth += 1
        elif ch in "）)”":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = _JOIN.match(text, i, e)
            if m:
                out.append((start, i))
                start = i = m.end()
                continue
        i += 1
    out.append((start, e))
    return out


_PARKS = ("开发区", "高新区", "经开区", "园区", "新区", "片区", "景区", "工业园", "产业园")  # (not 小区, 社区: things counted)


# the last item of a list of thresholds of money and what it counts ("50万元以上的村"); an item's end in money
_COUNTED_AFTER_THRESHOLD = re.compile(r"[^\d]{0,10}?\d+(?:\.\d+)?[万亿]?元(?:以上|以下)(的[\u4e00-\u9fff]{1,8})")
_MONEY_END = re.compile(r"\d[万亿]?元$")


def _items(text: str, s: int, e: int) -> list[tuple[str, int, int]] | None:
    """The stripped items of an object list in text[s:e], each completed with the head noun the last
    one ends with ("供水、排水、燃气管网" → 供水管网, 排水管网, 燃气管网); None when it is not a list."""
    items = []
    for a, b in _split_items(text, s, e):
        it = _strip(text[a:b])
        if not it:
            return None
        k = text.find(it, a, b)
        items.append((it, k, k + len(it)))
    if len(items) < 2:
        return None
    last = items[-1][0]
    if last.startswith(_COUNTRYSIDE) and all(it in _HALVES for it, _, _ in items[:-1]):
        # "城市、农村牧区低保标准": 城市低保标准 (农村牧区 the half 农村 is: "城镇、农牧区居民医保" 城镇居民医保)
        rest = last[next(len(w) for w in _COUNTRYSIDE if last.startswith(w)):]
        if rest:
            return [(it + (rest[2:] if it.endswith("居民") and rest.startswith("居民") else rest), a, b)
                    for it, a, b in items[:-1]] + [items[-1]]
    # "城市和农村低保标准": 城市低保标准 ("城镇和农村居民医保": 城镇居民医保, the half as long as the item)
    if all(it in _HALVES and last[:len(it)] in _HALVES and len(last) > len(it) for it, _, _ in items[:-1]):
        return [(it + last[len(it):], a, b) for it, a, b in items[:-1]] + [items[-1]]
    per = last.find("人均")
    if per > 0 and all(it.endswith(_people_words()) and "人均" not in it for it, _, _ in items[:-1]):
        # "农村居民和贫困人口人均可支配收入": groups of people share the per-person measure the last names (decision 535)
        return [(it + last[per:], a, b) for it, a, b in items[:-1]] + [items[-1]]
    if "级" in last[1:4] and last[-1:] != "级" and (lv := _LEVEL_WORD.match(last)) and all(_LEVEL_WORD.fullmatch(it) for it, _, _ in items[:-1]):
        # "国家级、省级农业产业化龙头企业": the levels share what the last one names
        return [(it + last[lv.end():], a, b) for it, a, b in items[:-1]] + [items[-1]]
    if (th := _COUNTED_AFTER_THRESHOLD.fullmatch(last)) is not None \
            and all(text.startswith(("以上", "以下"), b) and _MONEY_END.search(it) for it, a, b in items[:-1]):
        # "经营性收入30万元以上、50万元以上的村分别为20个、8个": thresholds of money, what each counts named once, after
        # the last one's 的: each threshold's own (decision 284)
        return [(text[a:b + 2] + th.group(1), a, b + 2) for it, a, b in items[:-1]] + [items[-1]]
    if all(_is_place(it) or len(it) <= 5 and it.endswith(_PARKS) for it, _, _ in items[:-1]) \
            and (k := next((k for k in range(2, min(6, len(last) - 1)) if _is_place(last[:k]) or last[:k].endswith(_PARKS)), 0)):
        # "城区、乡镇生活污水处理率", "经开区、高新区技工贸总收入": places (or parks) share the measure the last one names
        return [(it + last[k:], a, b) for it, a, b in items[:-1]] + [items[-1]]
    head = next((h for h in heads() if last.endswith(h) and len(last) > len(h)), None)
    if head is None:
        return items
    out = []
    for it, a, b in items[:-1]:
        # an item that is a whole noun already ("充电桩、充电站") keeps its name
        # (a long item is rarely a bare modifier)
        whole = any(it.endswith(h) for h in heads()) or len(it) > 6 or it in _object_index()[0]
        out.append((it if whole else it + head, a, b))
    return out + [items[-1]]


_INLINE_ITEM = re.compile(r"\d{1,2}[.．、](?!\d)\s*")


class _Hit:
    """One pledge found: its object (with the span it is read from), action, quantity and quote span. An extension
    type compiled."""
    __slots__ = ("obj", "obj_s", "obj_e", "verb", "q", "qual", "qs", "qe")
    FIELDS = ("obj", "obj_s", "obj_e", "verb", "q", "qual", "qs", "qe")

    def __init__(self, obj, obj_s, obj_e, verb, q, qual, qs, qe):
        self.obj = obj
        self.obj_s = obj_s
        self.obj_e = obj_e
        self.verb = verb
        self.q = q
        self.qual = qual
        self.qs = qs
        self.qe = qe

    def __repr__(self) -> str:
        return f"_Hit({', '.join(repr(x) for x in _fields(self))})"

    def __eq__(self, other) -> bool:
        return isinstance(other, _Hit) and _fields(self) == _fields(other)

    __hash__ = None


_ABOUT_BEFORE = ("约", "近")  # the last characters of 约, 近, 大约, 接近
# words that end with 约 or 近 and say nothing of a figure after them ("完成PPP项目签约15个": 15, not about 15)
_NOT_ABOUT = frozenset(("签约", "节约", "合约", "预约", "特约", "履约", "契约", "条约", "公约", "制约", "违约", "解约",
                        "续约", "集约", "附近", "最近", "邻近", "临近", "就近"))


def _qualifier(text: str, q: _Q, before_from: int) -> tuple[str, int]:
    """The qualifier of q and where its phrase ends; "约/近" before a number is "about" ("约2.5万亿元")."""
    # (numbers.qualifier reads a Quantity's start, end, value_high and more: q itself serves, unless
    # its "余/多" is set, which is read below, after the words around the figure)
    qq = numbers.Quantity(q.value, q.value_high, q.unit, q.start, q.end, "") if q.more else q
    qual, qend = numbers.qualifier(text, qq, before_from)
    if qual == "eq" and q.more:
        qual = "at_least"  # "300余个"
    elif qual == "eq" and (text.find("约", max(before_from, q.start - 2), q.start) >= 0
                           or text.find("近", max(before_from, q.start - 2), q.start) >= 0) \
            and (seg := text[max(before_from, q.start - 2):q.start].rstrip("\n"))[-1:] in _ABOUT_BEFORE \
            and seg[-2:] not in _NOT_ABOUT:
        # (seg's last character must be 约 or 近 (_ABOUT_BEFORE): where neither stands in its window, no slice, strip
        # or slice of it is made; most figures have neither)
        qual = "about"
    elif qual == "eq" and text.find("至少", max(before_from, q.start - 6), q.start) >= 0:  # (no slice made)
        qual = "at_least"  # "至少建成1个"
    elif qual == "eq" and text.startswith(_CAP_BEFORE, max(before_from, q.start - 2), q.start):
        qual = "at_most"  # "给予最高50万元奖励": a cap
    return qual, qend


_CAP_BEFORE = ("最高", "最多")


# a bound right after a figure, then the noun it classes ("50亿元以上项目"), not a clause's end ("1200亿元以上，")
_CLASS_AFTER = re.compile(r"及?以[上下][\u4e00-\u9fff]")


# a figure's bound and the mark after it, before the next item of a list ("3家以上、")
_AFTER_FIGURE = re.compile(r"(?:以上|以下|以内|左右)?[、，,；;]?")


def _whole_run_start(text: str, before: list[_Verb]) -> int:
    """The index of the first of the works named whole (verbs of kind whole) that end ``before``, joined by 、/和/及/与
    and right after a verb of another kind ("完成造林绿化、森林抚育"), else -1."""
    i = len(before) - 1
    while i >= 1 and before[i - 1].kind == "whole" and text[before[i - 1].end:before[i].start] in _WORK_JOINS:
        i -= 1
    if i < 1 or before[i - 1].kind == "whole" or before[i - 1].end != before[i].start:
        return -1
    return i


_WORK_JOINS = frozenset(("、", "和", "及", "与"))
# a government level or its treasury, funding an allocation ("县级财政", "市本级", "省级财政", "各级财政")
_FUNDER = re.compile(r"(?:(?:[省市县区州旗盟]|自治区|乡镇)本?级|本级|各级)(?:财政|政府)?|(?:[省市县区州旗盟]|自治区)?财政")


def _works_lead(text: str, before: list[_Verb]) -> _Verb | None:
    """The verb acting on works joined right before the last verb of ``before`` ("开展“两癌”筛查、新生儿疾病筛查",
    "实施小型水库除险加固和山塘整治"): the last acting verb before them that ends no item (no join right after it),
    with a join and no figure between it and the last verb; None where there is none."""
    last = before[-1]
    for x in reversed(before[:-1]):
        if x.word == last.word or text[x.end:x.end + 1] in _WORK_JOINS:
            continue  # (a work ending an earlier item)
        if x.kind in _EACH_ACTS and any(j in text[x.end:last.start] for j in _WORK_JOINS) \
                and not _DIGIT.search(text, x.end, last.start):
            return x
        return None
    return None


def _each_mark(text: str, v: _Verb) -> bool:
    """Whether 均 or 都 right before the verb ``v`` says each name before it takes the value ("A、B等增幅均超过10%");
    not the 均 of 平均 ("…电价平均降低10%": an average, no mark of each)."""
    return text[v.start - 1:v.start] in ("均", "都") and text[v.start - 2:v.start] != "平均"


_RATE_STEP = re.compile(r"的(?:幅度|比例|比率)(?:统一|同比|逐年|全面|再)?")


def _rate_step(text: str, q: _Q, qend: int, pe: int, vs: list[_Verb]) -> tuple[_Verb, tuple[str, int, int]] | None:
    """The change verb and its object after a % that 按/按照 opens as the rate it is made by ("按不低于5%的幅度压减
    一般性支出": 压减, 一般性支出); None where no 按 leads it, no change verb follows 的幅度/的比例, or nothing stands
    after the verb ("公用经费按5%的比例统一压减": the object before, read as before)."""
    m = _RATE_STEP.match(text, qend)
    if m is None or not text.endswith(("按", "按照", "按不低于", "按照不低于", "按不少于", "按照不少于"),
                                      max(0, q.start - 5), q.start):
        return None
    v = next((x for x in vs if x.start == m.end() and x.kind == "change"), None)
    if v is None or not (o := _strip(text[v.end:pe])) or _DIGIT.search(o):
        return None
    k = text.find(o, v.end, pe)
    return v, (o, k, k + len(o))


@once
def _per_standard_re() -> re.Pattern:
    """按 and the head or unit a standard is set for, right before its figure ("按每人每月", "按人均", "按照每亩不低于",
    "按不低于每户"): cues.tsv standard_per, a period 每年/每月 after it allowed."""
    words = sorted(vocab.cues().get("standard_per", ()), key=lambda w: (-len(w), w))
    return re.compile(r"按(?:照)?(?:不低于|不少于|不超过)?(?:" + "|".join(map(re.escape, words))
                      + r")(?:每(?:年|月|天|季度))?(?:不低于|不少于|不超过|最高|最低)?$")


# between a standard's figure and its verb: 的标准 and whom the work is for ("…200元标准为城乡低保对象增发…"), an age
# that picks them out allowed ("…100元标准为80岁以上老人发放…", "为全县60周岁以上老年人"; not a count of them, "为3000名…",
# which pledges on its own)
_STANDARD_GAP = re.compile(r"的?(?:标准)?(?:[为向对给](?:[^，,。；;：:、\d]|\d{1,3}(?=周?岁)){1,14})?")
_STANDARD_VERB_KINDS = frozenset(("action", "fiscal", "change"))


def _standard_step(text: str, q: _Q, qend: int, lo: int, pe: int, vs: list[_Verb]) -> tuple[_Verb, str, int, int, int] | None:
    """(verb, object, its start, its end, the quote's start at 按) of a standard set per head or unit before its verb
    ("区财政按每人每月100元标准发放高龄老人津贴": 发放, 高龄老人津贴; "按人均30元安排社区运行经费": 安排, 社区运行经费):
    the object is what the verb is followed by, not the words before the figure; None where no 按 and per-word lead the
    figure, no action verb follows it across 的标准 and whom it is for, or nothing (or another figure) stands after the
    verb."""
    # (every match opens on 按: a find of it first)
    m = _per_standard_re().search(text, max(lo, q.start - 16), q.start) if text.find("按", max(lo, q.start - 16), q.start) >= 0 else None
    if m is None:
        return None
    for v in vs:
        if v.start >= qend and v.kind in _STANDARD_VERB_KINDS and _STANDARD_GAP.fullmatch(text, qend, v.start) is not None:
            o = _strip(text[v.end:pe])
            if not o or _DIGIT.search(o):
                return None
            k = text.find(o, v.end, pe)
            return v, o, k, k + len(o), m.start()
    return None


@once
def _rate_doers_re() -> re.Pattern:
    """The places or units that do a cut at a rate, as the clause's subject before 按 (cues.tsv rate_doers)."""
    words = sorted(vocab.cues().get("rate_doers", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[ \t\u3000]*(?:" + "|".join(map(re.escape, words)) + r")(?:要|均|都|一律|也|还)?(?:统一)?按(?:照)?(?:不低于|不少于)?$")


_SENTENCE_END_SET = marks("。！？\n")
# a level word opening an object (市级一般性支出): the level's own, not the places' below it
_OWN_LEVEL = re.compile(r"^(?:[省市州盟县区旗]本?级|本级)")


def _rate_by_doers(text: str, q: _Q, qend: int, pe: int, vs: list[_Verb], lo: int, last: _Hit):
    """(object, start, end, verb) of a rate of cut written after the places that make it and before a change verb
    with nothing after it ("市级一般性支出在上年压减基础上再压减10%，各区县按5%的比例统一压减": the object of the
    clause before, 一般性支出, whose verb ends as this one's does), else None."""
    m = _RATE_STEP.match(text, qend)
    if m is None or "按" not in text[max(lo, q.start - 6):q.start] or _rate_doers_re().fullmatch(text, lo, q.start) is None:
        return None
    v = next((x for x in vs if x.start == m.end() and x.kind == "change"), None)
    if v is None or _strip(text[v.end:pe]) or last.qe > lo or find_mark(text, last.qe, lo, _SENTENCE_END_SET) >= 0 or last.verb is None \
            or not (last.verb.word[-2:] == v.word[-2:]) or not last.obj:
        return None
    o = _OWN_LEVEL.sub("", last.obj)
    k = text.find(o, last.obj_s, last.obj_e) if o else -1
    return (o, k, k + len(o), v) if k >= 0 else None


def _rate_for_each(text: str, cs: int, v: _Verb, q: _Q) -> bool:
    """Whether the one % right after the change verb ``v`` is each name's of a list before it, joined by 、 with 分别 or
    no mark before the verb ("二氧化硫、氮氧化物排放量要（分别）下降3%": a rate is no total, each name changes by it);
    not names joined by 和/及/与 alone, which may name one thing ("中小企业宽带和专线平均资费再降10%")."""
    if q.unit != "%" or v.kind != "change":
        return False
    each = text.endswith("分别", cs, v.start)
    i = v.start - 2 if each or text.endswith("平均", cs, v.start) else v.start
    k = text.rfind("、", cs, i)
    if k <= cs or _DIGIT.search(text, cs, i) or text.endswith(("均", "都", "各"), cs, i):
        return False  # (a figure before: the 、 joins counted items, "一般性支出压减5%以上、“三公”经费再压减3%")
    # (no mark: only where the last name ends on a measure the names share, "…、氨氮排放量", not places before one
    # measure, "中原农谷、经开区、高新区对外贸易增长10%")
    return each or any(len(h) < len(last) and last.endswith(h) for last in (_strip(text[k + 1:i]),) for h in heads())


def _list_hits(text: str, cs: int, ce: int, pq: list[_Q], vs: list[_Verb]) -> list[_Hit]:
    """Pledges of a list in one clause: several objects with as many values ("新建改造供水、排水、燃气管网
    120公里、80公里、60公里", "A和B人均财政补助标准分别再增加30元和5元"), or several objects with one
    value for each ("A、B等增幅均超过10%")."""
    if len(pq) == 1:  # one value, not right after "均/都" and a verb, nor after "各": no list (the usual clause)
        s0 = pq[0].start
        if text[s0 - 1:s0] != "各":  # ("新建改造燃气、供水、排水管网各1000公里": one value for each item)
            for v in vs:  # (a loop, not a generator: most clauses hold one value)
                if v.end == s0 and (_each_mark(text, v) or _rate_for_each(text, cs, v, pq[0])):
                    break
            else:
                return []
    hits: list[_Hit] = []
    runs, cur = [], [pq[0]] if pq else []
    for a, b in zip(pq, pq[1:]):
        if _VALUE_GAP.fullmatch(text[a.end:b.start]) and not _CLASS_AFTER.match(text, b.end):
            # (not an amount that opens the next item as the class of what it counts: "新招引亿元以上项目500个、
            # 10亿元以上项目60个、50亿元以上项目6个")
            cur.append(b)
        else:
            runs.append(cur)
            cur = [b]
    if cur:
        runs.append(cur)
    for run in runs:
        r0 = run[0]
        before = [v for v in vs if cs <= v.start and v.end <= r0.start]
        if not before:
            continue
        v = before[-1]
        fb, tail = -1, ""  # (read below for a run of one after 均/都 too)
        if len(run) >= 2:
            fb = text.rfind("分别", cs, r0.start)
            if fb >= v.end:      # "新建A、B分别为10个、20个"
                s, e = v.end, fb
            elif fb >= 0:        # "A和B分别再增加30元和5元"
                earlier = [x for x in before if x.end <= fb]
                s, e = (earlier[-1].end if earlier else cs), fb
                if earlier and _strip(text[cs:earlier[0].start]) and not _JOIN.search(text, cs, earlier[-1].start):
                    s = cs  # "城镇新增就业、失业人员再就业…分别达到…": a verb inside the first item is part of it
            else:                # "新建改造A、B、C 120公里、80公里、60公里"
                s, e = v.end, r0.start
        elif v.end == r0.start and ((m := 1 if _each_mark(text, v) else 0) or _rate_for_each(text, cs, v, r0)):
            # (one % change after names joined by 、, 分别 or no mark before its verb: "二氧化硫、氮氧化物排放量
            # (分别)下降3%", each the rate, as after 均)
            if not m and text.endswith(("分别", "平均"), cs, v.start):
                m = 2
            earlier = [x for x in before if x.end <= v.start - m]
            s, e = (earlier[-1].end if earlier else cs), v.start - m
            if not m and e - s > 1 and "、" not in text[s:e]:
                continue
        elif len(run) == 1 and text[r0.start - 1:r0.start] == "各" and v.kind == "whole" \
                and (v.end == r0.start - 1 or text[v.end:v.end + 1] in _WORK_JOINS) and (j := _whole_run_start(text, before)) > 0:
            # "完成造林绿化、森林抚育各1万亩": works named whole listed right after a verb, each done by it, each the value
            v = before[j - 1]
            s, e = v.end, r0.start - 1
        elif len(run) == 1 and text[r0.start - 1:r0.start] == "各" and v.end == r0.start - 1 and v.kind == "action" \
                and (x := _works_lead(text, before)) is not None:
            # "开展宫颈癌和乳腺癌筛查各60万人": works joined right before 各, the last one's work ending each, the
            # verb before them acting on each, each the value
            s, e, tail, v = x.end, r0.start - 1, v.word, x
        elif len(run) == 1 and text[r0.start - 1:r0.start] == "各" and v.end < r0.start - 1:
            s, e = v.end, r0.start - 1  # "新建改造燃气、供水、排水管网各1000公里": the verb's list, each the value
            for q in pq:
                if s <= q.start and q.end <= e:
                    s = _AFTER_FIGURE.match(text, q.end, e).end()  # "新增龙头企业3家以上、家庭农场和合作社各50家":
                    # the list after the last figure before 各
        else:
            continue
        items = _items(text, s, e)
        if tail and items:  # (an item ending on a work of its own keeps it: "孕前优生健康检查和新生儿听力筛查")
            ends = {x.end for x in before}
            items = [(it if b in ends or it.endswith(tail) else it + tail, a, b) for it, a, b in items]
        own: list[_Verb | None] = []
        cv = (v if fb >= v.end else next((x for x in reversed(before) if x.end == s), None)) if fb >= 0 and items is None else None
        if cv is not None and cv.kind in _EACH_ACTS and "、" in cv.word and len(ws := cv.word.split("、")) == len(run) \
                and (o := _strip(text[s:e])):
            # "新建、改扩建学校分别为5所、3所", "新建、改造农村公路分别达到100公里、50公里": one verb for each value,
            # the object shared (a status too: "新开工、续建、竣工重大项目分别为60个、85个、40个")
            k = text.find(o, s, e)
            items, k0 = [(o, k, k + len(o))] * len(run), cv.start
            for w in ws:
                own.append(_Verb(w, k0, k0 + len(w), cv.kind))
                k0 += len(w) + 1
        if items is None and len(run) == 1 and text[r0.start - 1:r0.start] == "各" and v.kind in _EACH_ACTS \
                and len(ws := v.word.replace("和", "、").split("、")) >= 2 and all(verbs().get(w) in _EACH_ACTS for w in ws) \
                and (o := _strip(text[s:e])):
            # "新建和改扩建幼儿园各3所", "新建、改造农村公路各100公里": each verb joined acts on the one object, each the value
            k = text.find(o, s, e)
            items, k0 = [(o, k, k + len(o))] * len(ws), v.start
            for w in ws:
                own.append(_Verb(w, k0, k0 + len(w), verbs()[w]))
                k0 += len(w) + 1
        if s > cs and e == fb < v.start and (items is None or len(items) != len(run)):
            # a verb inside the items ("在建、续建、新开工项目分别达到…"), none a count itself
            whole = _items(text, cs, e)
            if whole and not any(_DIGIT.search(it) for it, _, _ in whole):
                s, items = cs, whole
        mid = _strip(text[v.end:r0.start]) if e < v.start and v.kind == "action" else ""
        if mid and items and len(items) == len(run):
            # "城区、镇区分别新建公园3个、2个": the places are listed, what each makes is the object
            k = text.find(mid, v.end, r0.start)
            items = [(mid, k, k + len(mid))] * len(run)
        if items is None and len(run) == 2 and fb >= 0:
            # one name for both values: "城乡低保标准分别提高到…和…" is the city's and the village's
            obj = _strip(text[s:e])
            pair = next((k for k in _PAIRED if obj.startswith(k)), None)
            if pair:
                a = text.find(obj, s, e)
                items = [(half + obj[len(pair):], a, a + len(obj)) for half in _PAIRED[pair]]
            elif (pair := next((k for k in _PAIRED_INSIDE if k in obj), None)) is not None:
                # "本外币存贷款余额分别达到5.4万亿元和5.3万亿元": the deposits', then the loans'
                a = text.find(obj, s, e)
                items = [(obj.replace(pair, half, 1), a, a + len(obj)) for half in _PAIRED_INSIDE[pair]]
        if items is None and len(run) >= 2 and (fb >= v.end or s == cs and v.kind in ("level", "change")
                                                 and fb + 2 == v.start and not _COUNTED_SUBJECTS.match(text, s)) \
                and all(q.unit != "%" for q in run) \
                and (obj := _strip(text[s:e])) and "、" not in obj and not _JOIN.search(obj) \
                and (fb >= v.end or not _is_place(obj)):
            # (and "牛羊饲养量分别达到8万头和120万只": one name before 分别 and its level verb, a count of it each)
            # "新建改扩建公办幼儿园100所、中小学150所，新增学位分别为3万个和10万个": one object after the verb,
            # a count of it for each of the things named before
            a = text.find(obj, s, e)
            items = [(obj, a, a + len(obj))] * len(run)
        if items is None or (len(run) >= 2 and len(items) != len(run)):
            continue
        if any(q.unit in _NOT_PLEDGE_UNITS or (q.unit == "%" and v.kind not in _PCT_KINDS) for q in run):
            continue
        if not own and len(run) >= 2 and s == cs and v.kind == "level":
            # "新改建农村公路、新建桥梁分别达到100公里、20座": each item opens with its action, the level bounds it
            for n, (obj, a, b) in enumerate(items):
                iv = next((x for x in before if x.start <= a < x.end < b and x.kind == "action"), None)
                if iv is not None and (o := _strip(text[iv.end:b])):
                    k = text.find(o, iv.end, b)
                    items[n] = (o, k, k + len(o))
                own.append(iv)
        quals, prev_end = [], v.start
        for q in run:
            quals.append(_qualifier(text, q, prev_end))
            prev_end = quals[-1][1]
        if fb >= 0 and len(run) >= 2 and quals[0][0] != "eq" and _qualifier(text, r0, v.end)[0] == "eq":
            # "分别突破1000亿元、600亿元": the bound the verb after 分别 sets holds for every value of its list
            quals = [(quals[0][0], e_) if qual == "eq" else (qual, e_) for qual, e_ in quals]
        qs, qe = min(s, v.start, *(x.start for x in own if x is not None)), prev_end
        for n, (obj, a, b) in enumerate(items):
            q, (qual, _) = (run[n], quals[n]) if len(run) >= 2 else (run[0], quals[0])
            hits.append(_Hit(obj, a, b, (own[n] if own and own[n] is not None else v), q, qual, qs, qe))
    return hits


def _colon_joined(text: str, cls: list[tuple[int, int]], quants: list[_Q]) -> list[tuple[int, int]]:
    """The clauses with one that is a figure alone after a colon joined to the clause before it, where that one holds no
    figure ("新建农村公路：80公里", "新增普惠托位：1000个（其中…）": a list written as a table, what is counted and its
    figure), in text order; not after a field's name ("建设规模：35公里": ``cues.tsv`` field_labels). A table's cell end
    (|) joins the same way: a row's task in one cell, its figure opening the next ("1|新增公办学位|2.5万个|市教育局", a
    民生实事 table's 项目 and 年度目标 columns)."""
    out = [cls[0]]
    for cs, ce in cls[1:]:
        ps, pe = out[-1]
        if text[cs - 1:cs] in ("：", ":", "|") and pe == cs - 1 and (q := next((q for q in quants if q.start >= cs), None)) \
                and q.start < ce and not text[cs:q.start].strip() and not any(ps <= x.start < pe for x in quants) \
                and not text[ps:pe].rstrip().endswith(vocab.cues().get("field_labels", ())):
            out[-1] = (ps, ce)
        else:
            out.append((cs, ce))
    return out


_EACH_OPEN = re.compile(r"\s*分别")
_EACH_ACTS = frozenset(("action", "stop"))  # (what is done or comes about: not a bound, a change or an allocation)


def _each_is_redundant(text: str, ps: int, fb: int, q: _Q, cq: list[_Q]) -> bool:
    """Whether the 分别 at fb, opening the piece at ps, only stresses a list of objects each with its own count after an
    action verb ("，分别关闭退出煤矿12处、钢铁企业3家", "分别新建学校3所、幼儿园5所"): the piece reads as without it (not
    a bound or a change for values listed, "分别低于35、70微克/立方米", nor a verb right before the count, nor a run of
    values with no object of their own, "分别完成投资35亿元、62亿元", each of a count before)."""
    if _strip(text[ps:fb]):
        return False
    nxt = next((b for b in cq if b.start >= q.end), None)
    if nxt is not None and len(_strip(text[q.end:nxt.start]).strip("、和及与")) < 2:
        return False
    qs = q.start
    k = fb + 2
    while k < qs and (m := _verb_re().match(text, k)) is not None and verbs().get(m.group(0)) in _EACH_ACTS:
        k = m.end()
    if k == fb + 2:
        # (a verb that is not in the vocabulary before one that is: "关闭退出")
        m = _verb_re().search(text, k, qs)
        if m is None or m.start() - k > 2 or verbs().get(m.group(0)) not in _EACH_ACTS:
            return False
        k = m.end()
    return k < qs and bool(_strip(text[k:qs])) and not _DIGIT.search(text, k, qs) and not _PUNCT.search(text, k, qs)


_BREAKDOWN_OPEN = re.compile(r"\s*其中")
_EACH_IS = ("分别为", "分别是")
_PART_JOINS = "、和及与"


def _parts_named_after_each(text: str, ps: int, fb: int, cq: list[_Q], vs: list[_Verb]) -> list[_Hit]:
    """"新建改造农村电网线路分别为110千伏线路18公里、35千伏线路42公里": an action on a whole, then after 分别为 its
    parts, each named right before its own count and joined by 、: one pledge each, the part its object (not
    "分别为35公里、28公里", values with no names, the list's before 分别; nor a bound or a change)."""
    if not text.startswith(_EACH_IS, fb):
        return []
    v = next((x for x in reversed(vs) if x.end <= fb and x.start >= ps), None)
    if v is None or v.kind != "action":
        return []
    out, k = [], fb + 3
    for q in cq:
        if q.start < k:
            continue
        gap = text[k:q.start]
        if out:
            if gap[:1] not in _PART_JOINS:
                break
            gap = gap[1:]
        name = _strip(gap, lead=False)
        if not name or _PUNCT.search(gap) or not _has_cjk(name) or q.unit == "%":
            break
        a = text.find(name, k, q.start)
        qual, qe = _qualifier(text, q, k)
        out.append(_Hit(name, a, a + len(name), v, q, qual, v.start, qe))
        k = qe
    return out


def _each_of_counted(text: str, cs: int, cq: list[_Q], vs: list[_Verb], hits: list[_Hit], pcs: int) -> list[_Hit]:
    """A clause opening with 分别 and one verb, one object and a run of values, one for each thing the clause before
    counted ("实施省重点项目8个、市重点项目26个，分别完成投资35亿元、62亿元"; "新建小学2所、初中1所，分别新增学位
    1800个、1200个"): one pledge each; an investment is the projects' counted (decision 11), another object is
    named as written."""
    m = _EACH_OPEN.match(text, cs)
    if m is None:
        return []
    v = next((x for x in vs if x.start == m.end()), None)
    if v is None or v.kind not in ("action", "level") or any(x.start > v.end and x.end <= cq[0].start for x in vs):
        return []
    if any(not _VALUE_GAP.fullmatch(text, a.end, b.start) for a, b in zip(cq, cq[1:])):
        return []  # (one run of values, nothing between them)
    obj = _strip(text[v.end:cq[0].start], lead=False)
    counted = hits[next((i for i, h in enumerate(hits) if h.q.start >= pcs), len(hits)):]  # (the clause before's)
    if not obj or obj != text[v.end:cq[0].start] or _DIGIT.search(obj) or "、" in obj or _JOIN.search(obj) \
            or len(counted) != len(cq) or any(h.q.unit[-1:] in _AMOUNT_LAST for h in counted) \
            or any(q.unit == "%" for q in cq):
        return []
    spent = obj in _SPENT and all(h.obj.endswith(_PROJECT_ENDS) for h in counted)
    out, prev_end = [], v.start
    for h, q in zip(counted, cq):
        qual, prev_end = _qualifier(text, q, prev_end)
        name = h.obj.rpartition("的")[2] + obj if spent else obj
        out.append(_Hit(name, v.end, v.end + len(obj), v, q, qual, v.start, prev_end))
    return out


_NAMED_COUNT = re.compile(r"[一二三四五六七八九十两]+[大项个类件]")


@once
def _each_lead_re() -> re.Pattern:
    """分别 opening a clause after the year's and the resolve's words only (cues.tsv ``each_lead_words``: 全年, 年内,
    确保, 力争…): "，确保年内分别完成投资8亿元和5亿元"."""
    words = sorted(vocab.cues().get("each_lead_words", ()), key=lambda w: (-len(w), w))
    return re.compile(r"\s*(?:" + ("|".join(map(re.escape, words)) or "(?!)") + ")*分别")


def _subject_will(lead: str, own: tuple[str, ...]) -> bool:
    """Whether ``lead``, what is left before a clause's verb once its lead words are stripped, is only the region (its name
    or short name in ``own``) and its will's words (cues.tsv subject_will_words: 将, 还将, 也将, 要…): "今年故城县将新建…",
    "今年该县还将新建…" — the verb is the clause's own, acting on the list it names (decision 508)."""
    for name in own:
        if name and lead.startswith(name):
            lead = lead[len(name):]
            break
    else:
        lead = lead[2:] if _SELF_REGION.match(lead) else lead  # (该县, 我市, 全县: not stripped when a 还将 follows)
    return not lead or lead in vocab.cues()["subject_will_words"]


# (the region by its own word, a report's 我/本, a news page's 该, or its whole's 全: cues.tsv region_self_words)
_SELF_REGION = re.compile(r"(?:" + longest_first((*vocab.cues()["region_self_words"], "全")) + r")[省市区县州旗盟]")


def _each_of_named(text: str, cs: int, cq: list[_Q], vs: list[_Verb], hits: list[_Hit], pcs: int,
                   own: tuple[str, ...] = ()) -> list[_Hit]:
    """A clause opening with 分别 (after the year's words) and a run of values, one for each thing the clause before
    named with no count pledged (not a past year's, "去年…"; "实施省重点项目8个，分别完成投资…" is no pair): with an object after its verb, each value is that object's ("推进A项目、B项目，确保年内分别
    完成投资8亿元和5亿元"); with none, each is the named thing's, the verb before them acting on it ("新建改造供水管网、
    污水管网和乡村道路，全年分别达到120公里、65公里和80公里"). Counts in the clause before are _each_of_counted's."""
    m = _each_lead_re().match(text, cs)
    if m is None or text[cs - 1:cs] != "，" or any(q.unit == "%" for q in cq) or _PAST_PART.search(text, pcs, cs) \
            or (hits and hits[-1].q.start >= pcs) \
            or any(not _VALUE_GAP.fullmatch(text, a.end, b.start) for a, b in zip(cq, cq[1:])):
        return []
    k = m.end() + (text[m.end():m.end() + 1] in ("为", "是"))  # (分别为/分别是: a list's values, no verb)
    v = next((x for x in vs if x.start == k), None)
    if v is not None and any(x.start > v.end and x.end <= cq[0].start for x in vs):
        return []  # (one verb between 分别 and the run)
    mid = text[v.end if v is not None else k:cq[0].start]
    if mid:  # an object after the verb: each value is its own ("分别完成投资…")
        if v is None or v.kind != "action" or mid != _strip(mid, lead=False) or _DIGIT.search(mid) or _JOIN.search(mid):
            return []
        named = [(mid, v.end, v.end + len(mid))] * len(cq)
        verb = v
    else:  # bare values after a level verb or none: the named things' (the clause before, one action and its list)
        if v is not None and v.kind != "level" or _DIGIT.search(text, pcs, cs):
            return []
        verb = next((x for x in _verbs_in(text, pcs, cs - 1) if x.kind == "action"), None)
        if verb is None or (lead := _strip(text[pcs:verb.start])) and not _subject_will(lead, own):
            return []
        named = _items(text, verb.end, cs - 1) or []
        if len(named) != len(cq) or any(_DIGIT.search(it) or _NAMED_COUNT.search(it) for it, _, _ in named):
            return []  # (not works counted in words, "…和乡村道路提升三大工程": the values are no item's)
    out, prev_end = [], v.start if v is not None else k
    for (obj, a, b), q in zip(named, cq):
        qual, prev_end = _qualifier(text, q, prev_end)
        out.append(_Hit(obj, a, b, verb, q, qual, verb.start, prev_end))
    return out


def _starting_in(items: list, k: int, n: int, cs: int, ce: int) -> tuple[list, int]:
    """``[x for x in items if cs <= x.start and x.end <= ce]`` for items in text order, read from
    index k (none before it starts at cs or later); also the index of the first that starts at cs or
    later, where the next clause's are read from."""
    while k < n and items[k].start < cs:
        k += 1
    j = k
    while j < n and items[j].start < ce:
        j += 1
    if j == k:
        return [], k  # (most clauses: no comprehension made)
    if j == k + 1:
        return ([items[k]] if items[k].end <= ce else []), k
    return [x for x in items[k:j] if x.end <= ce], k


_NO_STARTS: frozenset[int] = frozenset()  # (the quantities a clause's list counted, where it counted none)


def _clauses_over(cls: list[tuple[int, int]], q0: int, q1: int, ss: int, se: int) -> tuple[int, int]:
    """Where the clauses of sentence [ss, se) from the first that ends after q0 to the last that starts
    before q1 begin and end: ``next(cs for cs, ce in cls if q0 < ce)`` (se if none) and ``next(ce for cs,
    ce in reversed(cls) if cs < q1)`` (ss if none), found by bisection (the clauses are in text order and
    do not overlap: their ends are in order too)."""
    i = bisect_right(cls, (q0, se))  # (the clauses that start at q0 or before)
    s = cls[i - 1][0] if i and cls[i - 1][1] > q0 else cls[i][0] if i < len(cls) else se
    i = bisect_left(cls, (q1,))  # (the clauses that start before q1)
    return s, (cls[i - 1][1] if i else ss)


_SPENT_OPENS = ("投资", "投入")
_ITEM_OPEN = frozenset("。；;：:\n")
# (or after an item's own mark, the sentence opening on it: "1.投资5.2亿元，新建县第二人民医院", "（二）投入3000万元，…",
# "一是投资…", "第三，投资…")
_SPENT_MARK = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[是、]"
                         r"|第[一二三四五六七八九十]{1,3}[，,、]?)\s*")
_WORK_END = marks("，,。；;、\n")


def _spent_for_next(text: str, ss: int, se: int, quants: list[_Q], hits: list[_Hit], verbs: list[_Verb]) -> None:
    """"投资1.2亿元，实施农村供水保障工程25处": an amount invested opening its item alone, with no object, pays for the work
    of the clause after its comma (as with none between, "投资12亿元实施城区供水管网改造"): a pledge of that object too (the
    work's own count's object; with none, "投资12亿元，实施城区供水管网改造。", the words after the work's verb).
    The item opens after an end mark, after its own mark ("1.投资…", "（二）投入…") or after a clause that only names the
    task, no figure in it ("实施教育提升工程，投资2.6亿元，新建改扩建学校6所"; not after a count's clause, whose work the
    amount may be of: "新建污水处理厂1座，投资8000万元，…")."""
    done = {id(h.q) for h in hits}
    for q in quants:
        if id(q) in done or q.unit[-1:] != "元" or not text.endswith(_SPENT_OPENS, q.start - 2, q.start):
            continue
        if not (q.start - 2 == ss or text[q.start - 3:q.start - 2] in _ITEM_OPEN
                or _SPENT_MARK.fullmatch(text, ss, q.start - 2) is not None
                or text[q.start - 3:q.start - 2] in ("，", ",") and _DIGIT.search(text, ss, q.start - 3) is None):
            continue
        qual, qend = _qualifier(text, q, ss)
        if text[qend:qend + 1] not in ("，", ","):
            continue
        spent = _Verb(text[q.start - 2:q.start], q.start - 2, q.start, "action")
        nxt = next((h for h in hits if h.verb is not None and h.verb.start == qend + 1 and h.obj_s >= h.verb.end), None)
        if nxt is not None:
            hits.append(_Hit(nxt.obj, nxt.obj_s, nxt.obj_e, spent, q, qual, q.start - 2, nxt.obj_e))
            continue
        e = find_mark(text, qend + 1, se, _WORK_END)
        e = se if e < 0 else e
        # (the sentence's verbs reach the clause of its last quantity only: the work's own clause read when past it)
        v = next((v for v in (verbs if verbs and verbs[-1].start > qend else _verbs_in(text, qend + 1, e))
                  if v.start == qend + 1 and v.kind == "action"), None)
        if v is None:
            continue
        if 2 <= e - v.end <= 20 and _DIGIT.search(text, v.end, e) is None:
            hits.append(_Hit(text[v.end:e], v.end, e, spent, q, qual, q.start - 2, e))


def _sentence_pledges(an: Analysis, ss: int, se: int, quants: list[_Q], period: str, path: str,
                      seen: set, plan: bool = True, past: int = -1,
                      year_from: tuple[int, str] | None = None, lead: dict[str, str] | None = None,
                      year_until: tuple[int, str] | None = None) -> list[Pledge]:
    """The pledges of sentence [ss, se); a clause about the past that ends at ``past`` leaves no object
    for the clauses after it to continue; those from ``year_from[0]`` on are for the year ``year_from[1]``,
    those before ``year_until[0]`` for the year ``year_until[1]``;
    ``lead``: the actions (by unit) a breakdown opening the sentence ("其中，…") is counted by."""
    norm = an.norm
    text: str = an.text
    hits: list[_Hit] = []
    last_verb: _Verb | None = None  # the action of the list being read ("发展A 20万亩、B 11万亩")
    # (compiled, the records' fields are read in C through locals of their types)
    q: _Q
    h: _Hit
    action_v: _Verb
    prev: tuple[str, int, int] | None = None  # the sentence's last object, which a bare "增长18%" continues
    cls = numbers.clauses(text, ss, se, _SEP)
    if len(cls) > 1 and (text.find("：", ss, se) >= 0 or text.find(":", ss, se) >= 0 or text.find("|", ss, se) >= 0):
        cls = _colon_joined(text, cls, quants)
    to_first, own_first = _openers()
    # the sentence's verbs, found once, from the clause of its first quantity to that of its last (the
    # verbs of the clauses before or after cannot change a pledge): no verb of the vocabulary holds a
    # clause separator (，：) and coordinated verbs join only at 、 or a bracket, so these clauses hold
    # the verbs a scan of the whole sentence finds in them
    vs_s, vs_e = ss, se
    if _verbs_hold_no_separator():
        vs_s, vs_e = _clauses_over(cls, quants[0].start, quants[-1].end, ss, se)
    # (the characters the clause and figure checks below find in a part of the sentence, looked for once
    # in the whole: where the sentence holds none, no part of it does, and the finds are not made)
    sentence = text[ss:se]
    svs = _verbs_in(text, vs_s, vs_e, ("(" in sentence, "（" in sentence, "“" in sentence)) if vs_s < vs_e else []
    own_items = _own_items_re()
    has_after, has_list = "后" in sentence, "、" in sentence
    has_estimate = "预" in sentence or "估计" in sentence
    has_each, has_at = "分别" in sentence, "在" in sentence or "到" in sentence
    has_every = "每" in sentence
    has_per = "各" in sentence
    holds = (has_list, "等" in sentence, has_at)  # (what _post_object finds after a figure)
    qk = vk = 0  # (quantities and verbs are in text order: each clause's are read on from the last clause's)
    nq, nv = len(quants), len(svs)
    for ci, (cs, ce) in enumerate(cls):
        if qk == nq:
            break  # (every quantity read: the clauses after the last one's hold no pledge)
        held = None
        if last_verb is not None and last_verb.kind in ("level", "change") and not (
                last_verb.kind == "level" and _BREAKDOWN_OPEN.match(text, cs)):
            # "达到/不少于" reaches the items of its own clause only; so does a change ("实际使用外资增长5%，
            # 新设外资企业800家": 增长 does not count the firms); a part of what reaches a level, after 其中, reaches
            # its own ("进出口总额力争达到7000亿元，其中出口6000亿元")
            held, last_verb = last_verb, None
        cq, qk = _starting_in(quants, qk, nq, cs, ce)
        if cq and text.find("等", cs, ce) >= 0:
            # "抓好鲁清石化60万吨丙烷脱氢、晨鸣纸业51万吨化学浆等50个重点项目": a figure in a name of a list of
            # projects is the name's (the clause reads as the list without it); so is the one figure of such a list
            # written inside a later item's name ("推进邯郸东站综合枢纽、中船重工718所产业园、美的集团邯郸产业园等项目"),
            # not a count opening its item ("推进东城污水处理厂、5所中小学等项目建设")
            cq = [q for q in cq if not ((len(cq) > 1 or (ik := text.rfind("、", cs, q.start)) >= 0 and q.start - ik > 2
                                             and text[q.end:q.end + 1] not in _LIST_JOINS)
                                        and (ln := _LISTED_NAME.match(text, q.end, ce)) is not None
                                        and _PROJECTS_CLOSE.match(text, ln.end(), ce))]
        all_vs, vk = _starting_in(svs, vk, nv, cs, ce)
        if held is not None and held.kind == "level" and cq and not all_vs and (
                _bare_indicator(text, cs, cq[0].start)
                # (or a rate's name alone and its share: "…优良天数比例保持在95%以上，地表水国控断面水质达标率100%")
                # (a run of rates: not after another kind of level, "高标准农田面积达到30万亩，农田水利设施完好率90%")
                or len(cq) == 1 and cq[0].unit == "%" and hits and hits[-1].verb is held and hits[-1].q.unit == "%"
                and _BARE_RATE.fullmatch(text, cs, cq[0].start) is not None):
            # "粮食播种面积稳定在10万亩，粮食总产量4.8万吨以上": an indicator's name and its figure alone, the level
            # verb of the clause before reaches it too (not a part after 其中, nor a name with other words)
            last_verb = held
        if ce <= past:
            prev = last_verb = None
        lim = cq[0].start if cq else ce
        if has_after and text.find("后", cs, lim) >= 0 and _after_done_re().search(text, cs, lim):
            last_verb = None
            continue  # "建成后亩均增产100斤", "项目投产后可带动就业2000人": what follows a task done, not a task
        if not cq:
            if all_vs:
                last_verb = None
            if ci + 1 < len(cls) and qk < nq and quants[qk].start < cls[ci + 1][1] \
                    and (text.startswith("其中", cls[ci + 1][0]) or text[cls[ci + 1][0]:cls[ci + 1][0] + 1].isspace()) \
                    and _BREAKDOWN_OPEN.match(text, cls[ci + 1][0]) \
                    and (acts := [v for v in _verbs_in(text, cs, ce) if v.kind == "action"]):
                # "改造提升农村公路，其中县道35公里、乡道60公里": a work with no figure, its parts counted after 其中
                # (the clause lies before the verbs found for the sentence's figures)
                last_verb = acts[-1]
            continue
        cvs = [v for v in all_vs if v.kind != "end"] if all_vs else all_vs  # (most clauses: no verb, no list made)
        if plan and ((has_estimate and _estimate_in(text, cs, ce)) or (
                cvs and all(v.kind == "level" for v in cvs)
                and ci + 1 < len(cls) and _PREMISE_NEXT.match(text[cls[ci + 1][0]:cls[ci + 1][1]]))):
            last_verb = None
            continue  # an estimate, or a circumstance the next clause answers ("…超过1000万人，要…")
        # (one value and no verb: no list, _list_hits not called)
        listed = _list_hits(text, cs, ce, cq, cvs) if cvs or len(cq) > 1 else []
        if not cvs and len(cq) == 1 and last_verb is not None and last_verb.kind == "action" \
                and text[cq[0].start - 1:cq[0].start] == "各":
            # "新增龙头企业3家，家庭农场和合作社各50家": the action before goes on to a clause of items each counted
            # (read as if it opened the clause)
            listed = _list_hits(text, cs, ce, cq, [_Verb(last_verb.word, cs, cs, last_verb.kind)])
            if any(_is_place(h.obj) for h in listed):
                listed = []  # "新建学校5所，城区和镇区各3所": where the things are, not what they are
        if not listed and has_each and ci and len(cq) >= 2 and hits and cvs:
            listed = _each_of_counted(text, cs, cq, cvs, hits, cls[ci - 1][0])
        if not listed and has_each and ci and len(cq) >= 2:
            # (the things named in the clause before; the region's names, its subject there)
            own = (an.meta.region, short_name(an.meta.region)) if an.meta is not None and an.meta.region else ()
            listed = _each_of_named(text, cs, cq, all_vs, hits, cls[ci - 1][0], own)
        hits += listed
        done = {h.q.start for h in listed} if listed else _NO_STARTS
        if listed:
            last_verb = listed[-1].verb
            prev = (listed[-1].obj, listed[-1].obj_s, listed[-1].obj_e)
        pieces = _pieces(text, cs, ce, cq) if has_list else [(cs, ce)]  # (no 、: the clause is one piece)
        tier_end = -1  # (where the last tier of a threshold's list ended: the next one after its 、 is one too)
        for ps, pe in pieces:
            # (a clause of one piece: its quantities and verbs are the clause's, cq and all_vs)
            whole = len(pieces) == 1
            pq = cq if whole else [q for q in cq if ps <= q.start and q.end <= pe]
            if not pq or (done and all(q.start in done for q in pq)):
                if not pq and any(ps <= v.start and v.end <= pe for v in all_vs):
                    last_verb = None
                continue
            if has_each and (fb := text.find("分别", ps, pe)) >= 0 and not _each_is_redundant(text, ps, fb, pq[0], cq) \
                    and not (whole and len(pq) == 1 and fb < pq[0].start and _strip(text[ps:fb]).startswith(tuple(_PAIRED))):
                # (one value for a name that joins two, "城乡低保标准分别提高到每人每月650元": the same for both, the
                # piece read as without 分别)
                last_verb = None
                if parts := _parts_named_after_each(text, ps, fb, cq, all_vs):
                    # "新建改造农村电网线路分别为110千伏线路18公里、35千伏线路42公里": each part named with its count
                    hits += parts
                    done = done | {h.q.start for h in parts}
                continue  # "分别低于35、70微克/立方米" not read as a list: indicator facts, not pledges
            pvs = all_vs if whole else [v for v in all_vs if ps <= v.start and v.end <= pe]
            vs = cvs if whole else [v for v in pvs if v.kind != "end"]
            if last_verb is not None and last_verb.word not in _nominal_verbs() and text[ps - 1:ps] == "、":
                # "发放稳岗补贴1.5亿元、购房补贴3000万元": the list's verb gives the next item too
                vs = [v for v in vs if v.word not in _nominal_verbs()]
            made = None
            modifiers: set[int] = set()
            for qi, q in enumerate(pq):
                if q.unit in _NOT_PLEDGE_UNITS or q.start in done:
                    continue
                if text[q.start - 1:q.start] in _TALLY_BEFORE and _tally_of_set(text, q, pe):
                    continue  # "28项主要指标中，24项达到或超过序时进度": a tally of a set's members, no work pledged
                if text[q.end:q.end + 1] == "口" and q.unit[-1:] == "人":
                    continue  # "把县城建成30万人口的区域中心城市": a population's size, what a place holds, no count done
                if qi and text[q.start - 1] == "、" and pq[qi - 1].end == q.start - 1 \
                        and _households_persons(text, pq[qi - 1], q) and not (hits and hits[-1].q is pq[qi - 1]):
                    continue  # ("惠及群众1.2万户、4.5万人": the persons of households not pledged are not either)
                qual, qend = _qualifier(text, q, ps)
                after_q: str = text[qend:qend + 1]  # (the character after the quantity's phrase: one slice, read by six tests)
                # (hits[-1] read twice, not a walrus read for its field: Cython 3.3 miscompiles that for an extension type)
                if qi and hits and hits[-1].q is pq[qi - 1] and hits[-1].obj_s >= qend \
                        and _households_persons(text, pq[qi - 1], q) and _FOR.fullmatch(text, ps, pq[qi - 1].start):
                    # "对5600户2.3万名边缘户实行动态监测帮扶": the persons of the households counted before them, whom the
                    # same work is for
                    hh = hits[-1]
                    hits.append(_Hit(hh.obj, hh.obj_s, hh.obj_e, hh.verb, q, qual, q.start, hh.qe))
                    continue
                lo = max([ps] + [x.end for i, x in enumerate(pq[:qi]) if i not in modifiers]) if qi else ps
                if after_q in to_first and _FROM_TO.match(text, qend) and _FROM_WORD.search(text, lo, q.start):
                    modifiers.add(qi)
                    continue  # "从75%提高到100%": only the end value is pledged
                de = after_q == "的"  # (text.startswith("的", qend), read once: a slice costs less to call)
                if de and q.unit == "%" and text[q.start:q.start + 1].isdigit() and (sp := _share_of_places(text, qend + 1, ce, vs)) is not None:
                    # "在70%左右的地市开展分级诊疗试点", "90%以上的乡镇建成综合文化站": the share of the places a work
                    # is done in; the work after the verb is what the share is of (not the places, not skipped as
                    # where a task is done: a share of them is how far it reaches)
                    obj, obj_s, obj_e, action_v = sp
                    made, prev = action_v, (obj, obj_s, obj_e)
                    hits.append(_Hit(obj, obj_s, obj_e, action_v, q, qual,
                                     q.start - 1 if text[q.start - 1:q.start] == "在" else q.start, obj_e))
                    continue
                if after_q == "、" and (text.endswith(_TIER_WORDS, max(lo, q.start - 4), q.start) or tier_end == q.start - 1) \
                        and _TIER_RUN.match(text, qend):
                    modifiers.add(qi)
                    tier_end = qend
                    continue  # "对营业收入首次突破10亿元、50亿元、100亿元的企业": tiers that pick out whom, no level reached
                if de and tier_end == q.start - 1 and text[qend + 1:qend + 2] not in _CLAUSE_END \
                        and not text.startswith(_TIER_NOT_OF, qend + 1):
                    modifiers.add(qi)
                    vs = [v for v in vs if v.end != q.start]
                    continue  # (the last tier, before 的 and whom it picks out)
                if de and q.unit == "%" and hits and (rd := _rate_by_doers(text, q, qend, pe, vs, lo, hits[-1])) is not None:
                    # "市级一般性支出再压减10%，各区县按5%的比例统一压减": places before 按 do the cut the clause
                    # before made, of its object (their own level's, no level word); not the places as the object
                    hits.append(_Hit(*rd, q, qual, lo + len(text[lo:q.start]) - len(text[lo:q.start].lstrip()), rd[3].end))
                    made = rd[3]
                    continue
                if (std := _standard_step(text, q, qend, lo, pe, vs)) is not None:
                    # "县财政按每亩100元给予种粮补贴", "按人均60元安排公共文化服务经费": a standard per head or unit
                    # written before its verb, the object after the verb (as a rate's, below), not the words before
                    sv, so, sa, sb, sq = std
                    hits.append(_Hit(so, sa, sb, sv, q, qual, sq, sb))
                    made = sv
                    continue
                if de and q.unit == "%" and (rs := _rate_step(text, q, qend, pe, vs)) is not None:
                    # "一律按不低于5%的幅度压减一般性支出", "按10%的比例压减非刚性支出": the rate a change is made by,
                    # written before its verb, the object after the verb
                    rv, (ro, ra, rb) = rs
                    hits.append(_Hit(ro, ra, rb, rv, q, qual, max(lo, text.rfind("按", lo, q.start)), rb))
                    made = rv
                    continue
                # (not a standard set so, "按每人每月不低于450元的标准发放低保金": the figure of the standard, a pledge)
                if de and (text.endswith(_THRESHOLD_WORDS, lo, q.start) or q.unit == "%" and text.endswith(_GROWTH_PICKS, lo, q.start)
                           and not text.startswith(_TIER_NOT_OF, qend + 1)) and text[qend + 1:qend + 2] not in _CLAUSE_END \
                        and not text.startswith("标准", qend + 1):
                    modifiers.add(qi)
                    vs = [v for v in vs if v.end != q.start]  # (nor acts on a count after it: "培育营业收入超过1亿元的企业10家")
                    continue  # "将人均年纯收入低于3500元的贫困户全部纳入低保": a bound that picks out whom, no level reached
                at = qend + de
                if q.unit == "次" and (_report_words_counted(text, lo, q.start) or _how_often(text, lo, q)):
                    continue  # "“高质量发展”一词出现了21次": a count of the report's own words, no work; "体检一次": how often
                oa = at if de else _past_second_count(text, at)  # ("办好10件30项民生实事": the list's 件 and its 项)
                if own_items and not de and text[oa:oa + 1] in own_first and (oi := own_items.match(text, oa)) \
                        and not _counted_before_task(text, oi.group(), q, vs):
                    # (not through 的: "完成减少农村贫困人口4.5万人、退出贫困村133个的任务", "完成压减钢铁产能110万吨的任务":
                    # the task is the count of what its verb acts on, stated before; a count of the report's items has no 的)
                    continue  # "办好10件民生实事": a count of the report's own list
                if text.startswith(_developed_units(), at) and _ends_in_development(text, at):
                    continue  # "支持18个省辖市立足比较优势错位发展": the region's own parts, their development no count
                if q.value == 1 and text.endswith("至少", lo, q.start) and _PER_HOUSEHOLD.search(text, cs, q.start):
                    # "有劳动力的搬迁家庭至少1人就业", "每户至少1人": a norm for each household, not a total
                    continue
                if (qend > q.end or after_q == "及") and _is_threshold(text, q, qend):  # (a threshold word follows the figure)
                    modifiers.add(qi)
                    continue  # "淘汰30万千瓦以下煤电机组": a class of things, not a count
                if after_q == "级" and q.unit in _threshold_units():
                    modifiers.add(qi)
                    continue  # "建设30万吨级航道工程", "5万吨级泊位2个": a grade of the thing, not a count
                if de and qi + 1 < len(pq) and any(
                        qend < v.start and 0 <= pq[qi + 1].start - v.end <= 1
                        and v.kind in ("level", "change") for v in vs):
                    modifiers.add(qi)
                    continue  # "现行16%的税率降至13%": the current value, not the one pledged
                # (each of the four words holds 资: where none stands in the three characters, the slice, its strip and
                # the tuple's test are not made; find reads its bounds as the slice does)
                if text.find("资", q.start - 3, q.start) >= 0 \
                        and text[q.start - 3:q.start].strip().endswith(("投资", "投资约", "投资近", "资超过")) \
                        and _named_work_total(text, cs, q.start):
                    modifiers.add(qi)
                    continue  # "临港污水处理厂扩建工程总投资2.6亿元": a named project's worth, its name the subject (decision 341)
                if de and _DESCRIBED.search(text, max(lo, q.start - 8), q.start):
                    modifiers.add(qi)
                    continue  # "加快总投资120亿元的石化产业园项目建设": what a project is worth, not a pledge
                if text.find("投资", max(lo, q.start - 12), q.start) >= 0 and _BRACKET_WORTH.search(text, max(lo, q.start - 12), q.start):
                    modifiers.add(qi)
                    continue  # "加快推进江山港流域综合治理工程（总投资32.6亿元）": a named project's worth in its note
                if (j := max(text.rfind("（", cs, q.start), text.rfind("(", cs, q.start))) > cs \
                        and _SIZE_NOTE.match(text, j + 1) and _NAME_CHAR.match(text, j - 1) \
                        and text.find("）", j, q.start) < 0 and text.find(")", j, q.start) < 0 \
                        and not _FIGURE_END_BEFORE.search(text, max(cs, j - 6), j):
                    modifiers.add(qi)
                    continue  # "推进合肥至周口高速公路（全长86公里、总投资120亿元）建设": the size of the thing named, in its note
                if text[q.start - 1:q.start] in _CAPACITY_LAST and _CAPACITY.search(text, max(lo, q.start - 4), q.start) \
                        and _CAPACITY_NAMED.search(text, qend, ce):
                    modifiers.add(qi)
                    continue  # "推进年产20万吨乙二醇、年产5万吨锂电池材料等项目建设": a capacity in a project's name
                if qend == q.end and q.unit in _OUTPUT_UNITS and _OUTPUT_NAMED.match(text, qend):
                    modifiers.add(qi)
                    continue  # "推进云南石化1000万吨炼油项目建成投产": a capacity run into a project's name, no 年产 before it
                if q.unit in _POWER_UNITS and _POWER_NAMED.match(text, qend, ce) is not None \
                        and _NAME_CHAR.match(text, q.start - 1) is not None and q.start - 1 >= lo \
                        and not any(v.end == q.start for v in vs):
                    modifiers.add(qi)
                    continue  # "开工建设国能盐池200万千瓦光伏治沙项目": a plant's capacity between its owner and its kind, its name
                if q.unit[-1:] == "户" and qi + 1 < len(pq) and _households_persons(text, q, pq[qi + 1]) \
                        and _status_after(text, pq[qi + 1].end, pvs):
                    # "…，确保剩余3200户9800人全部脱贫": the persons, whose status is pledged, are the count (decision 450);
                    # their households no pledge of their own, nor of the task in the clause before (decision 461)
                    continue
                if (chosen := _object_chosen(text, ss, ps, pe, cs, ce, ci, cls, cq, cvs, lo, q, qi, qend, after_q, pq,
                                             pvs, vs, holds, prev, modifiers, has_at, has_every)) is None:
                    continue
                got, post_end = chosen
                refined, cs, done = _object_refined(text, ss, ps, pe, cs, ce, ci, cls, lo, q, qend, after_q, post_end,
                                                    vs, hits, last_verb, prev, has_every, got, done)
                if refined is None:
                    continue
                obj, obj_s, obj_e, action_v, far_s = refined
                made, prev = _hit_made(text, ss, ps, pe, cs, ci, cls, cq, quants, lo, q, qend, qual, post_end, vs, pvs,
                                       all_vs, hits, last_verb, made, prev, lead, has_every, has_per, obj, obj_s, obj_e,
                                       action_v, far_s)
            last_verb = made
    if "投资" in sentence or "投入" in sentence:
        _spent_for_next(text, ss, se, quants, hits, svs)
    return _pledges_of_hits(an, text, ss, se, sentence, hits, own_items, period, path, seen, year_from, year_until)


def _object_chosen(text: str, ss: int, ps: int, pe: int, cs: int, ce: int, ci: int, cls: list[tuple[int, int]],
                   cq: list[_Q], cvs: list[_Verb], lo: int, q: _Q, qi: int, qend: int, after_q: str, pq: list[_Q],
                   pvs: list[_Verb], vs: list[_Verb], holds: tuple[bool, bool, bool],
                   prev: tuple[str, int, int] | None, modifiers: set[int], has_at: bool, has_every: bool
                   ) -> tuple[tuple[str, int, int, _Verb | None], int] | None:
    """_sentence_pledges' steps on a figure past its modifiers: the words after it (post), what it continues (ctx),
    where a task is done or all the units are, then the object and action chosen (_choose_object, or from the clause
    before: a base for each, a level alone, a topic, the thing counted before). Returns them with ``post_end``; None:
    no pledge (each ``return None`` was the loop's ``continue``; ``modifiers`` added to in place)."""
    post, post_end, into_q = _post_object(text, qend, pe, pvs, pq[qi + 1:], holds)
    if q.unit[-1:] == "人" and post in _every_counted() and (sv := _status_at(pvs, post_end)) is not None:
        # "确保剩余485户1896人全部脱贫", "实现1500人全部脱贫": a bare count of people, every one of them, then
        # the status; the status is what is counted, as in "实现1896人脱贫" (decision 450)
        post, post_end, into_q = _post_object(text, sv.start, pe, pvs, pq[qi + 1:], holds)
    if not post and (into_q or after_q == "、") and qi + 1 < len(pq) \
            and _households_persons(text, q, pq[qi + 1]):
        # "解决2.1万户7.6万人饮水安全问题", "完成3.2万户、11.5万人易地扶贫搬迁任务": households and their
        # persons count one object
        post, post_end, _ = _post_object(text, pq[qi + 1].end, pe, pvs, pq[qi + 2:], holds)
    elif not post and after_q == "、" and (nxq := _next_q(cq, qend)) is not None \
            and nxq.unit == q.unit and any(v.end == q.start and v.kind == "action" for v in vs) \
            and any(v.start == qend + 1 and v.end == nxq.start and v.kind == "action" for v in cvs):
        # "新建10所、改扩建20所公办幼儿园": two works, each with its count right after its verb, share
        # the object written after the last count
        post, post_end, _ = _shared_post(text, nxq, ce, cq, cvs, holds)
    elif into_q and post in _TOTAL_LEADS:
        post = ""  # "新建改造城市道路8条共15公里": the count, then the size of all of them
    elif into_q and post.strip() and any(v.start == qend and v.kind == "action" for v in vs) and any(
            lo <= v.start and v.end < q.start and _strip(text[v.end:q.start]) for v in vs):
        # "新建公办幼儿园3所 新增学位900个" (a table's cells, their spaces gone): an action opens the next
        # task, the count closes its own object written before it (not "实施5个新建项目": none before)
        post = ""
    elif into_q and post.strip():
        modifiers.add(qi)
        return None  # "招引10亿元以上项目5个以上": the first amount describes the object counted
    ctx = prev
    if ctx is None:
        vb = [v for v in vs if lo <= v.start and v.end <= q.start]
        ctx = _echo(text, ss, vb[-1]) if vb else None
    if has_at and text.find("在", lo, q.start) >= 0 and _WHERE.fullmatch(text, lo, q.start):  # (it needs 在)
        return None  # "在全县18个乡镇推广…": where a task is done, not a count of it
    if q.unit == "个" and text.startswith(_OWN_UNIT_WORDS, qend) and (
            aw := _ALL_OWN_UNITS.search(text, max(0, q.start - 40), qend + 40)) is not None and aw.start() <= q.start < aw.end() \
            and _EVERY_ONE.match(text, aw.end()):
        return None  # "推动全区29个街道、7个镇全部建成…": all the region's own streets and towns, not a count
        # (not some of them: "全县8个乡镇创建省级卫生乡镇")
    got = _choose_object(text, ps, lo, q, qend, post, post_end, vs, ctx)
    if (got is None or ctx is not None and got[1] == ctx[1] < cs) and has_every and ci and ps == cs \
            and (pl := _per_base_re(True).match(text, cs, q.start)) is not None:
        # "发放一次性生活补贴，每人每月200元", "提高残疾人两项补贴标准，每人每月提高到100元": a clause of nothing
        # but the base for each, its verb or bound, and its figure; the allowance is what the verb of the
        # clause before gives or sets (this clause's verb, where it has one, the action); so too after a clause
        # with a figure of its own, whose object the rate does not go on ("新建通村公路120公里，发放高龄津贴，
        # 每人每月100元", "…，提高残疾人两项补贴标准，每人每月提高到100元", decision 551)
        own = next((v for v in vs if v.start == pl.end() and _BOUND_ONLY.fullmatch(text, v.end, q.start)), None)
        if (own is not None or _BOUND_ONLY.fullmatch(text, pl.end(), q.start) is not None) \
                and (given := _given_before(text, cls[ci - 1])) is not None:
            got = (*given[:3], own) if own is not None else given
    if got is None and ci and ps == cs and (lv := _level_alone(text, cs, q.start, vs)) is not None \
            and (rate := _rate_set_before(text, cls[ci - 1])) is not None:
        # "下调城镇职工基本养老保险单位缴费比例，各地可降至16%": a clause of nothing but who may, the level
        # verb and its figure; the rate it sets is the one the clause before lowers or raises
        got = (*rate, lv)
    if got is not None and got[0] in _WORK_ENDS and lo > ss and (tc := _topic_counted(text, ss, lo, q, ctx)) is not None:
        # "农村危房改造方面，完成改造1200户": a bare work after the verb names no object; the topic does
        got = (*tc, got[3])
    if got is None and ctx is None:
        ctx = _counted_before(text, ss, lo, q)
        if ctx is None and text[ss - 1:ss] in ("；", ";"):
            # "2023年建成高标准农田3万亩；2024年计划新建2.5万亩": the part before the ；of the
            # same full sentence names what is counted
            fs = rfind_mark(text, 0, ss - 1, _FULL_STOP_SET) + 1  # (not a find of each mark back to the text's start)
            ctx = _counted_before(text, fs, lo, q)
        got = ctx and _choose_object(text, ps, lo, q, qend, post, post_end, vs, ctx)
    if got is None:
        return None
    return got, post_end


def _object_refined(text: str, ss: int, ps: int, pe: int, cs: int, ce: int, ci: int, cls: list[tuple[int, int]],
                    lo: int, q: _Q, qend: int, after_q: str, post_end: int, vs: list[_Verb], hits: list[_Hit],
                    last_verb: _Verb | None, prev: tuple[str, int, int] | None, has_every: bool,
                    got: tuple[str, int, int, _Verb | None], done) -> tuple:
    """_sentence_pledges' steps on the object and action chosen for a figure (``got``): the object named right (a
    name the pace or the comparison is of, a passer, an area's work, a level's head, a field's spending, a stock),
    the figures that count no task left out, the action found where none was written. Returns ((obj, obj_s, obj_e,
    action_v, far_s) or None where the figure gives no pledge (each ``return None, cs, done`` was the loop's
    ``continue``), and ``cs`` and ``done`` as they stand after (a step sets them, as the loop's body did)."""
    obj, obj_s, obj_e, action_v = got
    # (a match ends on 年, 年底 or 年末 at obj_e, or before a line break there: a find of 年 in the last three first)
    if text.find("年", max(obj_s, obj_e - 3), obj_e) >= 0 and _ITEM_YEAR_OBJECT.search(text, obj_s, obj_e) is not None:
        return None, cs, done  # ("一般公共预算收入增长5%、2025年达到24亿元": the item's name left out after a figure's 、 and
        # its year; the words before are another item's figure, no object — decision 472's 、 in a pledge)
    if action_v is not None and action_v.kind == "change" and obj_s > ss and _only_qualitative(obj) \
            and (named := _name_before_pace(text, ss, obj_s, obj_e)) is not None:
        # "今年，地区生产总值增长高于全省平均水平，力争增长6.5%左右": the words of a target set in words are
        # no object; the name whose change they pace is (decision 340)
        obj, obj_s, obj_e = named
    elif action_v is not None and action_v.kind == "change" and obj_s >= ss and action_v.start >= obj_e \
            and (named := _name_before_compared(text, ss, obj_s, obj_e)) is not None:
        # "工业投资增速高于固定资产投资，力争增长12%": the name compared with is no object; the name whose pace
        # is set against it is (decision 348)
        obj, obj_s, obj_e = named
    if action_v is not None and action_v.end <= obj_s and obj.endswith(_passed_places()) \
            and action_v.word in _via_verbs() and (pre := _passer_before(text, lo, action_v, vs)) is not None:
        # "力争中欧班列过境满洲里口岸2000列": the port after 过境 is where they pass, what passes is named
        # before the verb (decision 284)
        obj, obj_s, obj_e = pre
    if obj in _BARE_SIZE and lo > ss and (area := _area_of_work_before(text, ss, lo, q.start, vs, obj)):
        obj, obj_s, obj_e = area
    elif obj.endswith("面积") and len(obj) <= 4:
        if lo > ss and (area := _area_of_work_before(text, ss, lo, q.start, vs)):
            obj, obj_s, obj_e = area
        elif action_v is not None and action_v.start < obj_s < action_v.end:
            # (not the verb's tail with it: "新增面积3万亩" is no 增面积)
            obj, obj_s = obj[action_v.end - obj_s:], action_v.end
    if action_v is not None and action_v.end <= obj_s and obj[-1:] in _TO_LAST and len(obj) > 1 \
            and (tv := verbs().get(action_v.word + obj[-1])) in ("level", "change") \
            and _TO_GAP.fullmatch(text, obj_s + len(obj), q.start):
        # "提升农村自来水普及率至92%", "提高城乡低保标准至每人每月850元": the verb and its 至 round
        # the object; the level reached is pledged, by the verb with its 至 (as "提升至")
        obj = obj[:-1]
        obj_e = min(obj_e, obj_s + len(obj))
        action_v = _Verb(action_v.word + text[obj_s + len(obj)], action_v.start, action_v.end, tv)
    if (action_v is None or action_v.end <= q.start) and obj_s >= qend and obj_s + len(obj) <= obj_e \
            and (cv := next((v for v in vs if v.start == obj_s), None)) is not None \
            and (cv.word in _carrying_verbs() or cv.kind == "action" and action_v is None and q.unit[-1:] == "元") \
            and cv.end < obj_s + len(obj):
        # "投资12亿元实施城区供水管网改造": what the amount pays for is the work the verb carries out
        # (or what an amount with no verb before it builds: "投资1.2亿元新建城区污水处理厂"; not a name
        # a verb opens after a count, "268个续建项目", "用好1800亿元引导基金")
        obj, obj_s = obj[cv.end - obj_s:], cv.end
        if obj_s + len(obj) < obj_e and _CLAUSE_END_OR_NONE.match(text, obj_e) and any(
                v.kind == "action" and v.start == obj_s + len(obj) and v.end == obj_e for v in vs):
            obj = text[obj_s:obj_e]  # (the work ends it: "…实施城市排水防涝设施建设")
    if obj[-1:] in _CAPACITY_LAST and _CAPACITY.fullmatch(obj) or (
            hits and action_v is not None and text[action_v.start - 1:action_v.start] in _CAPACITY_BEFORE
            and text[action_v.start - 2:action_v.start - 1] not in _THIS_YEARS_FIRST
            and _CAPACITY.search(text, action_v.start - 1, action_v.end)):
        # "新建生猪养殖场2个，年出栏10万头", "建设肉牛养殖基地3个，年出栏肉牛2万头": what the things counted
        # can make a year, a size (not "全年出栏肉牛2万头")
        return None, cs, done
    if prev is not None and action_v is not None and obj == action_v.word \
            and (st := next((w for w in vocab.cues().get("stock_status", ()) if prev[0].endswith(w)), None)) \
            and len(prev[0]) > len(st):
        obj = prev[0][:-len(st)] + obj  # "生猪存栏稳定在50万头，出栏80万头": the herd's animals sold off
    elif action_v is not None and obj == action_v.word and text[ps - 1:ps] == "、" \
            and (herd := _herd_before(text, ss, ps - 1)):
        obj = herd + obj  # "全县肉牛存栏5万头、出栏3万头": the herd's animals, named before the 、, sold off
    if action_v is not None and action_v.word in _keeping_verbs() and _RESULTS_AFTER.match(text, qend):
        return None, cs, done  # "巩固拓展5个县脱贫摘帽成果": whose results are kept, no quantity pledged
    if obj[-1:] in "）)" and (nm := _NOTE_END.search(obj)) and nm.start() > 0:
        obj, obj_e = obj[:nm.start()], obj_e - (len(obj) - nm.start())  # ("老旧小区(含城中村)56个")
    if action_v is not None and action_v.end <= q.start and action_v.word in _outcome_verbs():
        # "实现12万农村贫困人口脱贫", "实现50个重点项目开工建设": the status after the object acts
        # ("实现45万人脱贫": the status is the whole object after the count; so with 全部 between, decision 450)
        action_v = next((v for v in vs if v.kind in _CHAINED and (
            v.start == post_end or v.end == post_end and (
                v.start == qend or text[qend:v.start] in _every_counted()))), action_v)
    if action_v is None and obj_s >= qend and obj_e - obj_s == len(obj) and not q.unit.endswith("元") \
            and (wv := next((v for v in vs if qend <= v.start < obj_e and v.end <= obj_e), None)) is not None \
            and wv.start > obj_s and wv.end == obj_e and wv.kind in _CHAINED:
        # "30个老旧小区完成改造", "12个乡镇卫生院提质改造": the count first, no verb before it, the work ending
        # the clause after what it counts acts; it is no part of the object (an amount's work stays its
        # object: "投资12亿元实施城区供水管网改造", decision of tests/test_left10p.py)
        obj, obj_e, action_v = _strip(text[obj_s:wv.start], lead=False), wv.start, wv
    if obj_e > obj_s >= qend and text.startswith(_gains_words(), obj_e) \
            and (gv := next((v for v in vs if v.start == obj_e and v.word in _gains_verbs()), None)) is not None \
            and (gm := _CLAUSE_OR_ITEM_END.search(text, gv.end, pe)) is not None \
            and (gain := _strip(text[gv.end:gm.start()], lead=False)) and not _DIGIT.search(gain):
        # "1.2万户农村群众用上清洁取暖": who is counted, then what they come to have, the object
        obj, action_v = gain, gv
        obj_s = text.find(gain, gv.end, gm.start())
        obj_e = obj_s + len(gain)
    far_s = -1
    if action_v is not None and obj_s == action_v.start and action_v.kind == "whole" and obj == action_v.word:
        # "高职院校要…，今年扩招100万人": a work named whole that is itself an alias of an object
        # counts the object named earlier in the sentence
        far = _named_before(text, ss, obj_s, obj)
        if far is not None and not _in_whole(text, ss, far[1], far[2]):  # (the quote stays the action's: "大规模扩招100万人")
            obj, obj_s, obj_e = far
            far_s = action_v.start
    if action_v is not None and action_v.start == obj_e and action_v.end == q.start and last_verb is not None \
            and last_verb.word in _task_verbs() and text[ps - 1:ps] == "、" and action_v.kind == "action":
        # "完成城中村改造3000户、城市危旧房改造1500套": the list's verb carries out each task
        obj, obj_e, action_v = text[obj_s:action_v.end], action_v.end, last_verb
    elif action_v is not None and action_v.end == obj_e == q.start and action_v.start > obj_s \
            and last_verb is not None and last_verb.word in _task_verbs() and text[ps - 1:ps] == "、" \
            and action_v.kind == "action":
        action_v = last_verb  # ("完成投资50亿元、老旧小区改造30个": the object holds its work already)
    if obj[-1:] in "级上下" and prev is not None and _LEVEL_WORD.fullmatch(obj) and (
            lv := _LEVEL_WORD.match(prev[0])) and lv.end() < len(prev[0]):
        obj += prev[0][lv.end():]  # "培育省级龙头企业2家、市级10家": the level's head is the one before
    elif obj[-1:] == "级" and text[pe:pe + 1] == "、" and _LEVEL_WORD.fullmatch(obj) and (
            nx := [*_LEVEL_WORD.finditer(text, pe, _CLAUSE_END_OR_NONE.search(text, pe, ce).start())]) and (
            head := _strip(text[nx[-1].end():_CLAUSE_OR_ITEM_END.search(text, nx[-1].end(), ce).start()], lead=False)) \
            and not _DIGIT.search(head):
        obj += head  # "新增1个国家级、3个省级农业产业化龙头企业": the level's head is the last one's
    elif text[pe:pe + 1] == "、" and ("级" in obj and _LEVEL_WORD.fullmatch(obj) or _is_place(obj)) \
            and (head := _split_level_head(text, pe + 1, ce, q.unit)) \
            and not (obj_s == qend and _site_counted_first(text, head, pe + 1, ce)):
        # "市级培育5条、县（市）区培育8条重点产业链": counts split by level or place, what they count named
        # once after the last count (a place is where, the level whose: "市级特色产业链")
        obj = obj + head if _LEVEL_WORD.fullmatch(obj) else head
    elif action_v is not None and ("级" in obj and _LEVEL_WORD.fullmatch(obj) or _is_place(obj)) \
            and (head := _split_level_named_before(text, ss, obj_s, action_v.word)):
        # "培育特色产业链，市级培育5条、乡镇培育12条": what the counts split by level count, named by the
        # same verb in the clause before (each count's own level is not told apart here: the thing alone)
        obj = head
    if len(obj) > 30 and (k := obj.rfind("的")) > 0 and obj.endswith(("以上", "以下"), 0, k) \
            and 1 <= len(obj) - k - 1 <= 12 and (k2 := text.find(obj[k + 1:], obj_s, obj_e)) >= 0:
        # "新增农村集体经济年收入30万元以上且经营性收入15万元以上的行政村1000个": thresholds too long for a
        # name, closed by 的; the words after it name what is counted
        obj, obj_s = obj[k + 1:], k2
    if len(obj) > 30 and (k := obj.rfind("等")) > 0 and "、" in obj[:k] and 2 <= len(obj) - k - 1 <= 20 \
            and (k2 := text.find(obj[k + 1:], obj_s, obj_e)) >= 0:
        # "对建档立卡贫困户、低保户、…和贫困残疾人家庭等四类重点对象危房改造1300户": a list too long for a name,
        # closed by 等; the words after it name what is counted
        obj, obj_s = obj[k + 1:], k2
    # (the words of _TARGET_WORD; brackets removed only from an object that has one)
    # (and a task set at its figure, cues.tsv task_set_words: "今年新增城镇就业任务为1.2万人" is the year's
    # target, as "…目标为1.2万人" is; adv61c)
    if not obj or len(obj) > 30 or "预期" in obj or "目标" in obj or obj.endswith(_task_set_words()) or not (
            _has_cjk(_BRACKETED.sub("", obj) if "(" in obj or "（" in obj else obj)
            or _ACRONYM.fullmatch(obj)):
        return None, cs, done  # "就业预期目标比去年多100万人": a target, not a pledge
    if obj in _SPENT_DONE and action_v is not None and action_v.end == obj_s and action_v.kind == "action" \
            and (fs := _field_of_spending(text, ss, action_v)) >= 0:
        # "综合交通建设完成投资2000亿元以上", "水利建设完成投资500亿元": the field whose construction ends
        # right before 完成投资 is what the investment is of; 完成 acts (not 建设, with 完成投资 its object)
        # (so 投入 in "铁路建设投入资本金1000亿元": 铁路建设资本金)
        done = obj[:2]
        obj, obj_s = text[fs:action_v.end] + obj[2:], fs
        action_v = _Verb(done, action_v.end, action_v.end + 2, verbs().get(done))
    elif text[q.start - 2:q.start] == "投资" and (named := _work_spending(text, ss, q.start)) is not None:
        # "平陆运河完成年度投资160亿元", "…等铁路项目完成投资120亿元": a project or work named as the
        # clause's subject is what the investment is of; 完成 acts (not a verb inside the name, 扩建工程)
        obj, obj_s, done = named
        # (or plans it, "，年度计划投资4亿元": the year's investment planned, its verb 计划)
        word = "完成" if text.startswith("完成", done) else "计划"
        done = done if word == "完成" else text.find("计划", done)
        action_v = _Verb(word, done, done + 2, verbs().get(word) or verbs().get("完成"))
    if obj in _TOTAL:
        # "新增高新技术企业10家，总数达到100家": the stock to reach is pledged too, of what the increment counts
        if not (hits and hits[-1].q.unit.lstrip("万亿") == q.unit.lstrip("万亿") and action_v is not None
                and action_v.kind == "level"
                and hits[-1].verb.kind != "level"):
            return None, cs, done
        obj = hits[-1].obj + obj if obj in _STOCK_NAMES else hits[-1].obj
    elif obj in _SPENT and hits and (h := _projects_counted_before(text, hits, obj_s)) is not None:
        # "实施重点项目150个，完成投资180亿元": the investment is the projects' counted (named without
        # what qualifies them: "实施总投资86亿元的重点项目35个" → 重点项目投资)
        obj = h.obj.rpartition("的")[2] + obj
    if q.unit == "%" and action_v is not None and _BASE_ONLY.fullmatch(obj) is not None:
        # "旅游接待人次恢复到2019年水平的90%": the words after the verb name the base the share is of; what
        # is pledged is named before the verb, in its clause (none there: no pledge)
        cs = max(ss, rfind_mark(text, ss, action_v.start, _CLAUSE_MARK_SET) + 1)
        name = _BASE_LEAD.sub("", text[cs:action_v.start])
        if not (2 <= len(name) <= 16 and _has_cjk(name)) or _DIGIT.search(name):
            return None, cs, done
        obj, obj_s = name, action_v.start - len(name)
    if q.unit == "微克/立方米" and ("浓度" not in obj or after_q == "的"):
        # "稳定达到国家二级标准（35微克/立方米）": a standard named; "执行PM2.5浓度超过75微克/立方米的
        # 应急预案": a condition described; no concentration pledged
        return None, cs, done
    if obj[-1:] in _SO_FAR_LAST and _SO_FAR.fullmatch(obj):
        return None, cs, done  # "去年增长9.8%，今年一季度增长6%": the year so far, a result, not a task
    if action_v is not None and action_v.kind == "level" and action_v.start >= obj_e \
            and obj in vocab.cues().get("cohort", ()):
        return None, cs, done  # "今年高校毕业生达874万人": the year's cohort, a circumstance the tasks answer
    if has_every and obj_e <= q.start and (pb := _per_base_re().search(obj)) is not None:
        # "发放育儿补贴每孩每年3600元", "继续发放育儿补贴，每孩每年3600元", "提高营养膳食补助标准，每生每天
        # 提高到7元": the base for each (and its span) says whom the rate is for; what is given or set is
        # named before it, in its clause or, the base opening the clause, after the clause before's verb
        if pb.start() >= 2:
            obj_e -= len(obj) - pb.start()
            obj = obj[:pb.start()]
        elif ci and ps == cs and pb.start() == 0 and (given := _given_before(text, cls[ci - 1])) is not None:
            obj, obj_s, obj_e = given[0], given[1], given[2]
            if action_v is None or action_v.start < cs:
                action_v = given[3]
    if obj[:1] == "每" and (action_v is None or len(obj) <= 3):
        # "新建光伏电站30座，每村年增收5万元以上": a norm for each, not a task; after a verb too where the
        # words name only what it is for each ("育儿补贴每孩每年3600元": 补贴 the end of the allowance's name)
        return None, cs, done
    if q.unit.endswith("元") and _budget_sources(text, ss, q.start):
        return None, cs, done  # (a budget's sources added to its revenue, or their sum: what it has to spend, no allocation)
    if action_v is None and obj_e == q.start and q.unit.endswith("元") and (b := _BUDGET_LABEL.search(obj)) is not None:
        # "教育支出预算185亿元，卫生健康支出预算92亿元": a bare 预算 labels the year's allocation, no verb
        # before it: 安排 (not a budget named by when it was set: "年初预算24亿元")
        action_v = _Verb("安排", obj_s + b.start(), obj_e, verbs().get("安排", "fiscal"))
        obj, obj_e = obj[:b.start()], obj_s + b.start()
    if action_v is None and q.unit == "%" and obj_e == q.start and obj[-1:] in _SHARE_LAST \
            and text.startswith(obj, obj_e - len(obj)) and (rv := _resolve_before(text, obj_e - len(obj))) is not None:
        # "确保适龄儿童入学率100%", "力争高中阶段毛入学率92%": a share named right after the resolve that
        # opens its clause, its figure with no verb between: a share to reach, the resolve its action
        # (before a verb's clause goes on to it: "完成营造林40万亩，确保…达标率100%")
        action_v = rv
    return (obj, obj_s, obj_e, action_v, far_s), cs, done


def _hit_made(text: str, ss: int, ps: int, pe: int, cs: int, ci: int, cls: list[tuple[int, int]], cq: list[_Q],
              quants: list[_Q], lo: int, q: _Q, qend: int, qual: str, post_end: int, vs: list[_Verb], pvs: list[_Verb],
              all_vs: list[_Verb], hits: list[_Hit], last_verb: _Verb | None, made: _Verb | None,
              prev: tuple[str, int, int] | None, lead: dict[str, str] | None, has_every: bool, has_per: bool, obj: str,
              obj_s: int, obj_e: int, action_v: _Verb | None, far_s: int
              ) -> tuple[_Verb | None, tuple[str, int, int] | None]:
    """_sentence_pledges' last steps on a figure: its action where none was written, the share to reach, what is done
    already, a norm for each, a size of what was counted; the hit added to ``hits`` (in place). Returns ``made`` and
    ``prev`` as they stand after (each ``return made, prev`` before the last was the loop's ``continue``)."""
    if action_v is None:
        after = [v for v in vs if v.start >= qend]
        if _each_total_count(text, ss, q.start):
            return made, prev  # "每村安排发展资金50万元，共60个村": the villages each given it (adv64)
        if last_verb is not None and last_verb.word == "出栏" \
                and obj.endswith(tuple(vocab.cues().get("stock_status", ()))):
            return made, prev  # "牛存栏15万头、出栏8万头，羊存栏120万只": a herd's stock is not what is sold off
        if object_norm(obj)[1] == "财政" and any(w in obj for w in vocab.cues().get("debt_due", ())):
            return made, prev  # (a debt falling due, stated with no verb: what the year owes, no allocation)
        if object_norm(obj)[1] == "财政" and (last_verb is None or text[ps - 1:ps] != "、"):
            # an allocation stated with no verb before it ("赤字规模4.06万亿元"): 安排
            action_v = after[0] if after and after[0].start - post_end <= 2 else _Verb(
                "安排", obj_s, obj_s, verbs().get("安排"))
        elif after and after[0].start - post_end <= 2:
            if q.unit == "个" and (rq := _next_q(cq, qend)) is not None \
                    and _RATE_OF_COUNTED.fullmatch(text, qend, rq.start) is not None:
                # "9个中心城市空气质量优良天数比例保持在95%以上", "23个城市空气质量达标天数比例…": the count
                # names the places a rate is measured over; the figure after the verb is what is pledged
                return made, prev
            action_v = after[0]
        elif obj.endswith(_SIZE_OF_COUNTED) and hits:
            # "安排重点项目300个，总投资2800亿元": the size of what was counted, no task of its own
            # (the count's action goes on to the next: "…，年度计划投资520亿元")
            made = made or last_verb
            return made, prev
        elif (made or last_verb) is not None and not (pvs and _idle_area_verb(pvs, q.start)):
            action_v = made or last_verb  # (made: "新建学校3所（其中小学2所）")
        elif obj_e == q.start and q.unit.endswith("元") and obj.endswith("投资") and len(obj) >= 4 \
                and not obj.endswith(_SIZE_OF_COUNTED) and _has_cjk(obj[:-2]) \
                and (text[obj_s:obj_s + 2] in _THIS_YEAR_WORDS or text[obj_s - 2:obj_s] in _THIS_YEAR_WORDS):
            # "全年重点项目投资850亿元", "今年交通基础设施投资80亿元": an investment of the year stated with no
            # verb before it in the tasks, as the spec's "实际使用外资15亿美元": 完成 (not "全县有效投资30亿元",
            # a stock held, nor one named without the year)
            action_v = _Verb("完成", obj_s, obj_s, verbs().get("完成", "action"))
        elif lead and q.unit in lead:
            action_v = _Verb(lead[q.unit], obj_s, obj_s, verbs().get(lead[q.unit], "action"))
        elif obj_e == q.start and (w := _verb_closing(obj)):
            # "今明两年职业技能培训3500万人次以上": an object of the vocabulary that ends with
            # its action, and no other verb: the action is the one it ends with
            action_v = _Verb(w, obj_e - len(w), obj_e, verbs()[w])
        elif text[pe:pe + 1] == "、" and (tail := [v for v in all_vs if v.start >= cq[-1].end
                                                    and v.kind in _CHAINED]):
            # "确保剩余的3个贫困村、580户贫困人口全部脱贫": a list whose verb ends the clause
            action_v = tail[0]
        elif ci and ps == cs and len(obj) >= 2 and q.unit != "%" \
                and (v := _verb_of_clause_before(text, cls[ci - 1], obj, quants)):
            # "稳定粮食生产，粮食产量1200万吨以上": the verb of the clause before, on the same thing, acts
            action_v = v
        else:
            return made, prev
    if obj_s >= qend and obj_s <= action_v.start < obj_e - 1 and text[action_v.start - 1:action_v.start] in _GAP_SPACES \
            and not text[obj_s:action_v.start].strip(" \t\u3000丨") \
            and FIGURE_HEAD.match(text, text.rfind("\n", 0, q.start) + 1):
        # "150个  实施重点项目": a 数读 page's line, the figure before its caption, the caption's verb acts
        # on the words after it
        obj_s = action_v.end
        obj = text[obj_s:obj_e]
    if action_v.end == q.start and obj_e <= action_v.start and q.unit.endswith("元") and action_v.word in _each_verbs() \
            and _funds_before_each(text, action_v.start, action_v.end) \
            and (fb := _funds_before_each_span(text, action_v.start)) is not None:
        # "产业发展资金每村补助40万元": the funds named before the word of each are what is granted at the rate (adv65)
        obj, obj_s, obj_e = fb
    share_to_reach = False
    if q.unit == "%" and action_v.kind not in _PCT_KINDS and obj[-1:] in _SHARE_LAST:
        # a share an outcome verb brings about is one to reach ("实现建制村通公交率100%"; a verb
        # inside the share's name does not act: "实现农村生活垃圾收运处置体系覆盖率100%")
        if action_v.word not in _outcome_verbs():
            ov = next((v for v in reversed(vs) if v.end <= min(obj_s, action_v.start)
                       and v.word in _outcome_verbs()), None)
            if ov is None or _CLAUSE_BREAK.search(text, ov.end, q.start):
                return made, prev
            whole_c = _strip(text[ov.end:q.start])
            k = text.find(whole_c, ov.end, q.start) if whole_c else -1
            if k < 0 or not whole_c.endswith(obj):
                return made, prev
            obj, obj_s, obj_e, action_v = whole_c, k, k + len(whole_c), ov
        share_to_reach = action_v.end <= obj_s
    if (q.unit == "%" and action_v.kind not in _PCT_KINDS and not share_to_reach) or action_v.kind == "scope":
        return made, prev
    if text[action_v.start - 1:action_v.start] in _progress_before() \
            and text[action_v.start - 2:action_v.start] not in _progress_not() and not any(
            lo <= v.start and v.end < action_v.start for v in vs):
        prev = (obj, obj_s, obj_e)  # (what a bare figure after it counts: "今年再新建300个")
        return made, prev  # "目前已建成5G基站800个": what is done already, not a task (and "仅完成3个", decision 376)
    if obj_s >= q.end and (obj.endswith(_each_words()) or text.startswith(_each_words(), obj_e) or _ends_on_each(obj)):
        # "为60个贫困村每村安排发展资金50万元": those counted are each given the amount after them (the pledge); their
        # count is no task of its own (lft63d)
        return made, prev
    if obj_e <= action_v.start and (obj.endswith(_each_words()) or _ends_on_each(obj)) and action_v.word in _nominal_verbs():
        # "对30个村每村补助10万元": those each given come before the grant, which names what the amount is (tsk64)
        obj, obj_s, obj_e = action_v.word, action_v.start, action_v.end
    if obj in _stage_objects():
        # "1所主体完工", "仅完成主体工程2个" in an account of progress: how far a work has got, no task
        # (decision 376)
        return made, prev
    if obj_s >= q.end and (k := obj.find("已")) > 0 and obj[k - 1] not in _ALREADY_JOINED \
            and text.find("的", obj_s + k, pe) < 0:
        # "全年选聘的200名护边员已全部到岗": those counted after the figure are there already (not
        # "实施1418个已开工项目": a status before 项目 says which are counted; nor a status that says
        # which, joined or before 的: "盘活300亩批而未供和已供未建土地", "改造30个建成已超过20年的老旧小区")
        return made, prev
    if action_v.kind == "level" and hits and action_v.start >= obj_e and obj.endswith(_SIZE_OF_COUNTED):
        # "实施重大项目120个，总投资突破800亿元": the size of what was counted, bounded (the
        # count's action goes on to the next, as after a bare 总投资)
        made = made or last_verb
        return made, prev
    if has_every and (e_at := text.rfind("每", ps, q.start)) >= 0 and _norm_of_counted(text, e_at, q.start, quants) \
            and not _named_grant(text, action_v, q):
        # "新建乡镇卫生院3所，每所床位不少于30张", "新建农村幸福院20所，每所投入5万元": a norm for each of the
        # things just counted, what each of them is built to, not a total
        return made, prev
    if has_every and action_v.kind in _CHAINED and (e_at := text.find("每", ps, q.start)) >= 0 \
            and _each_unit_at(text, e_at + 1) and not (q.unit.endswith("元") and _PLACES_BEFORE_EACH.search(text, ps, e_at)) \
            and not _named_grant(text, action_v, q):
        # "每县培育1个省级现代农业产业园", "每个乡镇建设1所中心幼儿园": a norm for each, not a total (not a
        # level each reaches: "每个村集体经济收入达到10万元以上")
        return made, prev
    if has_per and action_v.kind in _CHAINED and text[action_v.start - 1:action_v.start] == "各" and (any(
            _each_unit_at(text, c.end()) for c in _PLACES_COUNTED.finditer(text, ps, action_v.start - 1))
            or ((k := text.find("各", ps, action_v.start - 1)) >= 0 and _each_unit_at(text, k + 1))):
        # ("各市州各建设1个区域物流中心": the places named with 各 too, each a norm)
        # "全县13个乡镇（街道）各新建1处综合文化站": each of the places counted, a norm as after 每 (not places
        # named, not counted: "城区和镇区各新建公园3个" stays, tests/test_pledges8.py, nor "各县区新建停车位2000个",
        # the counties' share, tests/test_left15p.py; not "…各…达到": a level each reaches)
        return made, prev
    if obj == "项目" and action_v.end == obj_s and action_v.word in _status_kept() \
            and text.find("其中", ss, obj_s) >= 0:
        # "…计划投资300亿元，其中续建项目120个、计划投资180亿元，新开工项目…": in a breakdown of projects by
        # their status, the status glued to the bare 项目 names the part counted (续建项目), and the investment
        # after it is that part's (续建项目投资; decision 362), as pln47's gold writes them; a count with no
        # breakdown keeps the kept convention, 新开工 | 项目 ("全年新开工项目120个")
        obj = action_v.word + obj
    made = action_v
    prev = (obj, obj_s, obj_e)
    qs = max(ss, min(action_v.start, obj_s if far_s < 0 else far_s, q.start))
    for v in vs:  # (the first verb that ends where the quote starts; no list made)
        if v.end == qs:  # "完成老旧小区改造40个": the quote keeps the verb that opens it
            qs = v.start
            break
    qe = max(qend, obj_e if far_s < 0 else qend, action_v.end if action_v.start >= qend else 0)
    if qual == "eq" and action_v.end <= q.start and text.endswith(_grant_caps(), max(0, action_v.start - 2), action_v.start) \
            and _named_grant(text, action_v, q):
        qual = "at_most"  # ("每户最高补助危房改造资金3万元": the cap before the grant verb bounds its rate; decision 573)
    hits.append(_Hit(obj, obj_s, obj_e, action_v, q, qual, qs, qe))
    return made, prev


def _pledges_of_hits(an: Analysis, text: str, ss: int, se: int, sentence: str, hits: list[_Hit], own_items,
                     period: str, path: str, seen: set, year_from: tuple[int, str] | None,
                     year_until: tuple[int, str] | None) -> list[Pledge]:
    """_sentence_pledges' last step: the pledges of a sentence's hits (those no object, a cell, a restatement or a part
    left out; the object as written; each pledge's period), then a share of units' own."""
    norm = an.norm
    h: _Hit
    out = []
    last_hit = None  # (the hit of the last pledge made)
    for h in sorted(hits, key=_BY_QUANTITY):
        if h.obj.endswith(_SUBJECT_ENDS):
            continue  # "邵东将力争增长7%", "江苏提出增长5%以上": a place and its verb before the figure, no object counted
        if "|" in h.obj:
            cell = h.obj.rstrip("| \t\u3000")
            if "|" in cell or not cell:
                continue  # "地区生产总值|单位：%|2022年计划：增长6.5%": a record's cells, a label for the object, no task
            # (a row's task in its cell, the figure opening the next: "1|新增公办学位|2.5万个|市教育局", ``_colon_joined``)
            h.obj_e -= len(h.obj) - len(cell)
            h.obj = cell
        if h.obj[:1].isdigit() and _RATE_OPENS.match(h.obj):
            continue  # "…增长\n8%\n农村居民人均可支配收入增长\n10%": a 数读 list run together, the item before's rate is no object
        if h.obj in _BACK_REFERENCES:
            continue  # "接待游客突破1.8亿人次，这一指标比去年增长11%左右": the name before, left out (a fact's, tests/test_left17.py)
        if own_items and h.q.unit in _OWN_ITEM_COUNTERS and own_items.fullmatch(h.obj):
            continue  # "民生实事从去年的8件增加到10件": the report's own list counted after its name, no work (decision 479)
        if h.obj[-1:] in ("（", "("):
            # "2025年州级重点建设项目（200个）": a count bracketed after a title line (no clause mark in it) is its list's
            # size, no act; in a clause ("新建学校（5所）") the bracket is no part of the object
            ls, le = text.rfind("\n", 0, h.obj_s) + 1, text.find("\n", h.qe)
            line = text[ls:le if le >= 0 else len(text)]
            if not any(c in line for c in "，,。；;"):
                continue
            h = _Hit(h.obj[:-1], h.obj_s, h.obj_e - 1, h.verb, h.q, h.qual, h.qs, h.qe)
        key = (h.obj, h.q.value, h.q.unit)
        # (the same object and figure again is the pledge restated; but not in the sentence it was found in by another
        # verb: "签约项目200个、开工项目200个、投产项目150个" pledges each)
        # (nor in another sentence by another stage of projects: "新开工亿元以上项目50个。全年签约亿元以上项目50个")
        stages = _stages()
        if key in seen and ((*key, ss) not in seen or (*key, ss, h.verb.word) in seen) \
                and not (h.verb.word in stages and (*key, ss) not in seen and (*key, "stage", h.verb.word) not in seen):
            continue
        if key not in seen and _restated_part(h.obj, h.q.value, h.q.unit, ss, h.verb.word, seen):
            continue
        seen.add(key)
        seen.add((*key, ss))
        seen.add((*key, ss, h.verb.word))
        seen.add((*key, "stage", h.verb.word))
        # (its parts noted only once a later pledge of the same figure asks for them: _restated_part, _PARTS_PENDING)
        seen.add((_FIGURE_NOTED, h.q.value, h.q.unit))
        seen.add((_PARTS_PENDING, h.obj, h.q.value, h.q.unit, ss, h.verb.word))
        if ("）" in h.obj or ")" in h.obj) and 0 < (cb := _unopened_close(h.obj)) < len(h.obj):
            # "完成旧区改造（小梁薄板）房屋改造12万平方米": an object read from inside a bracket keeps no half of it, the
            # note is left out as in an indicator's name (decision 46): 房屋
            h = _Hit(h.obj[cb:], h.obj_s + cb, h.obj_e, h.verb, h.q, h.qual,
                     h.obj_s + cb if h.qs == h.obj_s else h.qs, h.qe)
        if h.obj[:1].isdigit() and h.obj_s > 0 and text[h.obj_s - 1] in "）)。；;" and (im := _INLINE_ITEM.match(h.obj)) is not None:
            # "…完成年度投资1万亿元以上。（省发展改革委牵头）2．社会消费品零售总额增长8%左右": a notice's next item run on
            # into the line, its number no part of the object (its quote neither)
            k = im.end()
            h = _Hit(h.obj[k:], h.obj_s + k, h.obj_e, h.verb, h.q, h.qual, h.obj_s + k if h.qs == h.obj_s else h.qs, h.qe)
        quote, rs, re_ = norm.quote(h.qs, h.qe)
        obj = _object_as_written(norm, h.obj, h.obj_s, h.obj_e)
        if last_hit is not None and h.obj[-1:] in _NAMED_PART_LAST and h.obj_e <= h.verb.start and out[-1].action == h.verb.word \
                and last_hit.obj_s >= last_hit.verb.end and _NAMED_PART.fullmatch(h.obj) is not None \
                and _BOUND_ONLY.fullmatch(text, h.verb.end, h.q.start) is not None \
                and _NAMED_PART_BEFORE.search(text[max(0, last_hit.verb.start - 8):last_hit.verb.start]) is not None:
            # "大塘埠镇新增规上工业企业不少于5家，嘉定镇新增不少于3家": a second part's share after a first part's, what it
            # counts left out after the same verb, counts the first's object, not the part (decision 179)
            obj = out[-1].object
        if ("争" in obj or "要" in obj or "确保" in obj or "努力" in obj or "实现" in obj or "完成" in obj) \
                and (aim := _AIM_INSIDE.search(obj, 2)) is not None and aim.end() < len(obj):
            # "县产业集聚区力争规上工业营业收入突破300亿元", "经开区要实现规上工业增加值增长10%": the aim between a part
            # and what it counts is no part of the object; so is the year said with its verb of reaching ("前海合作区今年实现
            # 增加值增长10%以上", "经开区全年完成规上工业产值…")
            obj = obj[:aim.start()] + obj[aim.end():]
        if "分之" in obj[:8] and _SHARE_LEAD.match(obj):
            continue  # ("三分之一的村集体经济收入超过50万元": the bar each of a share of the units is to pass, no amount pledged)
        if obj in vocab.cues()["copula_objects"]:
            continue  # ("市下达我区的…增长目标为6%，我区确定为增长7%": the copula of a figure set, no thing counted; hnd61)
        if h.q.unit == "%" and obj == h.obj and h.obj_e <= h.verb.start and _division_named(obj, h.verb.word):
            continue  # ("一般公共预算收入增长6%（湖北省安排5%）", "（湖北安排5%）": a region setting its rate, the subject
            # before the verb, nothing counted; a count keeps its region's share, "…1500个，南安市承担46个", lft61c; adv64b)
        if obj in vocab.cues()["duration_objects"]:
            continue  # ("…能耗今年下降2.5%，五年累计下降13%": a span of years before the name's change, no thing counted;
            # the spec's "durations (三年行动)" are no pledges; lft63c)
        onorm, ocat = object_norm(obj)
        last_hit = h
        # (action, object, value, value_high, unit, qualifier, period, quote, start, end, object_norm,
        # category, section: Pledge's fields by position; keywords cost a dict made and read back at each
        # record, more than the record; tests/test_records.py holds the order)
        out.append(Pledge(h.verb.word, obj, h.q.value, h.q.value_high, h.q.unit, h.qual,
                          period if year_until and h.q.start >= year_until[0] else (
                              year_from[1] if year_from and h.q.start >= year_from[0] else (
                                  year_until[1] if year_until else period)), quote, rs, re_,
                          onorm, ocat or _source_category(text, h) or category_of(path), path))
    if ("成以上" in sentence or "%以上的" in sentence or "成的" in sentence or "%以上" in sentence and "“" in sentence) \
            and (sm := _SHARE_OF_UNITS.search(text, ss, se)):
        held = frozenset(h.q.start for h in hits if h.q.unit == "%")
        out += _share_of_units(an, sm, se, period, path, seen, held)
        while (sm := _SHARE_OF_UNITS.search(text, sm.end(), se)) is not None:
            out += _share_of_units(an, sm, se, period, path, seen, held)  # (each share of the sentence: "推动90%以上…，推动80%以上…")
    return out


def _caption_pledge(norm: Normalized, text: str, q: _Q, fs: int, ce: int, action: str, obj: str, written: str,
                    meta: Metadata, path: str, seen: set[tuple]) -> Pledge | None:
    """The pledge of a 数读 item whose figure, on the line at ``fs``, stands above its caption ending at ``ce``: the
    action and object found in the caption (``written``: the object as the source writes it); None where one of the
    same object and figure was made before."""
    key = (obj, q.value, q.unit)
    if key in seen:
        return None
    seen.add(key)
    seen.add((_FIGURE_NOTED, q.value, q.unit))
    qual, _ = _qualifier(text, q, fs)
    quote, rs, re_ = norm.quote(q.start, ce)
    onorm, ocat = object_norm(written)
    return Pledge(action, written, q.value, q.value_high, q.unit, qual, _period(text[fs:ce], meta), quote, rs, re_,
                  onorm, ocat or category_of(path), path)


# a share of the region's units to do something, the share first ("七成以上的规模养殖场完成粪污处理设施配套", "八成以上村
# （社区）建成标准化综合服务站", "80%以上的行政村实现…"): a pledge of that share, of the units counted
# (or the state they are to reach, in quotes after them, a verb before the share: "推动90%以上政务服务事项“一网通办”",
# "实现85%以上的事项“掌上办”")
# (not a bound on a growth that picks out the units counted: "营业收入增长20%以上的规上企业达到60家")
_SHARE_OF_UNITS = re.compile(r"(?:(?P<lead>推动|实现|确保|力争)(?=[\d一二三四五六七八九]))?(?<![\d.])(?<!增长)(?<!增速)(?<!增幅)(?<!下降)(?:(?P<pct>\d{1,2}(?:\.\d+)?)%|(?<![一二三四五六七八九十])(?P<tenth>[一二三四五六七八九])成)(?P<q>以上|左右)?的?"
                             r"(?P<obj>[^，,。；;：:\d%“”、的]{2,12}?)(?:(?P<verb>完成|建成|实现|达到|开展|配备|通过|创建|达标)|(?=“[^”]{2,8}”))")


_SHARE_LEAD = re.compile(r"[一二三四五六七八九十]{1,2}分之[一二三四五六七八九十]{1,2}(?:以上|左右)?的")


def _share_of_units(an: Analysis, m: re.Match, se: int, period: str, path: str, seen: set,
                    held: frozenset[int] = frozenset()) -> list[Pledge]:
    """The pledge of a share of units to do something (``_SHARE_OF_UNITS``), its quote to its clause's end; none
    where the share is a figure the sentence pledged already (``held``, where they start: the work done in a share
    of places, ``_share_of_places``)."""
    if (m.start("pct") if m.group("pct") else m.start("tenth")) in held:
        return []
    value = float(m.group("pct")) if m.group("pct") else numbers._CN_DIGITS[m.group("tenth")] * 10
    if value == int(value):
        value = int(value)
    obj = m.group("obj")
    if obj[:1] in "全各" or (obj, value, "%") in seen:
        return []  # (a region's whole named, "全县…", is no units counted)
    seen.add((obj, value, "%"))
    seen.add((_FIGURE_NOTED, value, "%"))
    e = m.end()
    while e < se and an.text[e] not in "，,。；;":
        e += 1
    # (the verb before the share opens the quote only where none follows the units)
    quote, rs, re_ = an.norm.quote(m.start() if m.group("verb") is None else m.start("pct") if m.group("pct") else m.start("tenth"), e)
    qual = {"以上": "at_least", "左右": "about"}.get(m.group("q") or "", "eq")
    onorm, ocat = object_norm(obj)
    return [Pledge(m.group("verb") or m.group("lead") or "实现", obj, value, None, "%", qual, period, quote, rs, re_, onorm,
                   ocat or category_of(path), path)]


_BY_QUANTITY = attrgetter("q.start")


def _unopened_close(obj: str) -> int:
    """The end of the last closing bracket of ``obj`` opened before it starts (a note cut in half), or -1."""
    depth, cut = 0, -1
    for i, c in enumerate(obj):
        if c in "（(":
            depth += 1
        elif c in "）)":
            if depth:
                depth -= 1
            else:
                cut = i + 1
    return cut


@once
def _stages() -> frozenset[str]:
    """The stages of projects, each a pledge of its own for the same count ("签约…50个", "新开工…50个", "竣工…50个",
    "引进…30个"; cues.tsv project_stages)."""
    return frozenset(vocab.cues().get("project_stages", ()))


@once
def _restated_period_re() -> re.Pattern:
    """The year's words an object is compared without (cues.tsv ``restated_period_words``: 年度计划, 年度, 全年)."""
    words = sorted(vocab.cues().get("restated_period_words", ()), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


_RESTATED_MIN = 4  # (the shortest object a restatement's longer or shorter word is compared by, ``_restated_part``)


@once
def _head_rests() -> frozenset[str]:
    """What may follow a head for the longer word to restate it (cues.tsv ``restated_head_rests``: 建设, 工程…)."""
    return frozenset(vocab.cues().get("restated_head_rests", ()))


def _restating_parts(obj: str):
    """An object's tails (four characters or more) and its heads whose rest is a work's word (``_head_rests``):
    "区重点项目" restates "重点项目", "高标准农田建设" "高标准农田"; "城镇就业困难人员再就业" is not "城镇就业", nor
    "农村公路安全生命防护工程" "农村公路" (the rest names another thing counted)."""
    for n in range(_RESTATED_MIN, len(obj) + 1):
        yield obj[-n:]
        if n == len(obj) or obj[n:] in _head_rests():
            yield obj[:n]


@lru_cache(maxsize=256)
def _object_parts(obj: str) -> tuple[str, tuple[str, ...]]:
    """An object without the year's words (``_restated_period_re``) and its restating parts (``_restating_parts``):
    asked once by ``_restated_part`` and once by ``_note_parts`` for each pledge."""
    bare = _restated_period_re().sub("", obj)
    return bare, tuple(_restating_parts(bare))


# (a figure noted in ``seen`` by its value and unit alone, whatever its object: one key a pledge, a 数读 caption's or a
# share's, its first item this object, which no other key of ``seen`` holds. ``_restated_part`` finds a restatement only
# where a key of ``seen`` holds the same value and unit (a part noted, ``_note_parts``, or a whole object, the 3-tuple
# keys): where the figure was noted for no object, no key can match, and the answer is no before any part is made or any
# key built; a report's figures seldom repeat, so most pledges are answered so)
_FIGURE_NOTED = object()
# (a pledge whose parts are yet to be noted, ``_note_parts``: its object, value, unit, sentence and verb, under a first
# item no other key holds. A pledge's parts are read only by ``_restated_part`` for a later pledge of the same value and
# unit, so they are noted then, all those of that figure at once: the keys that check reads are the same as had every
# pledge noted its parts when made, set adds being the same in any order; the other figures' parts, most, are never made)
_PARTS_PENDING = object()


def _note_parts(obj: str, value: int | float, unit: str, ss: int, verb: str, seen: set) -> None:
    """Note a pledge's object by its heads and tails (of four characters or more), for ``_restated_part``."""
    for part in _object_parts(obj)[1]:  # (the whole too: "区重点项目投资" then "重点项目年度计划投资")
        seen.add(("part", part, value, unit))
        seen.add(("part", part, value, unit, ss))
        if verb in _stages():
            seen.add(("part", part, value, unit, verb))


def _restated_part(obj: str, value: int | float, unit: str, ss: int, verb: str, seen: set) -> bool:
    """Whether a pledge is one of an earlier sentence restated with its object's head or tail more or less ("全年安排区
    重点项目210个，计划完成投资330亿元" then, in the 重大项目安排 part, "全年计划安排重点项目210个，…年度计划投资330亿元"):
    the same figure of a word that holds the other at its end, or at its start with a work's word after it
    (``_restating_parts``). Another stage of projects stays apart, as for
    the same object (``_stages``). The shorter word has four characters or more: a bare head (企业, 项目, 幼儿园) is
    said of many things ("入驻企业30家以上" is not restated in "新培育国家级高新技术企业30家以上")."""
    if (_FIGURE_NOTED, value, unit) not in seen:
        return False  # (the figure noted for no object: no key below is in seen, _FIGURE_NOTED)
    # (the parts of the earlier pledges of this figure, noted now: _PARTS_PENDING)
    for k in [k for k in seen if k[0] is _PARTS_PENDING and k[2] == value and k[3] == unit]:
        _note_parts(k[1], k[2], k[3], k[4], k[5], seen)
        seen.discard(k)

    def same(k: tuple, stage: tuple) -> bool:
        return k in seen and (*k, ss) not in seen and not (verb in _stages() and (*stage, verb) not in seen)
    obj, parts = _object_parts(obj)
    if same(("part", obj, value, unit), ("part", obj, value, unit)):
        return True
    return any(same((part, value, unit), (part, value, unit, "stage")) for part in parts)


# an aim word inside an object, after the part it is said of ("经开区力争", "高新区要实现")
# (the year it is for said before, "今年", "全年", "2022年", with the aim or the verb of reaching after it: "高新区今年要实现",
# "前海合作区今年实现"; a year alone stays, "经开区2022年…" with no verb is no aim)
# (two such words together, "今年全年实现", "2024年全年力争…": both, decision 339)
_AIM_INSIDE = re.compile(r"(?:(?:今年|全年|年内|(?:19|20)\d\d年){1,2}(?:还|也)?(?:将|要)?)?"
                         r"(?:(?:力争|争取|确保|努力)(?:要)?(?:实现|完成|达到)?|要(?:实现|完成|达到))"
                         r"|(?:今年|全年|年内|(?:19|20)\d\d年){1,2}(?:还|也)?(?:将)?(?:实现|完成|达到)")
_RATE_OPENS = re.compile(r"\d[\d.]*[ \t]*(?:%|个百分点)")  # (an object opening with a rate: "5G基站" opens with none)
# words standing for a name said before ("这一指标比去年增长11%"): no object of their own
_BACK_REFERENCES = frozenset(a + b for a in ("这一", "该", "此", "这个") for b in ("指标", "数字", "数值", "数据"))
_GAP_SPACES = frozenset(" \t\u3000丨")  # (what ends the gap between a 数读 line's figure and its caption)
# the households a norm of "至少1人" is for
def _named_grant(text: str, action_v: _Verb, q: _Q) -> bool:
    """Whether a sum of money follows, in the verb's clause, the funds the verb grants ("每户补助危房改造资金2.5万元",
    "每村补助建设资金100万元"): the grant at its rate for each is a pledge, as "每村安排…资金50万元" is (decision 551);
    a bare norm names no funds ("每户补助2万元", "每所投入5万元") and stays none (cues.tsv grant_funds_end)."""
    if q.unit.endswith("元") and action_v.end == q.start and action_v.word in _each_verbs() \
            and (_funds_before_each(text, action_v.start, action_v.end) or _grant_funds_after().match(text, q.end)):
        # (the funds named before the word of each, "产业发展资金每村补助40万元", or after the amount, "每村补助40万元
        # 产业发展资金"; adv65)
        return True
    if not q.unit.endswith("元") or action_v.end >= q.start or _CLAUSE_BREAK.search(text, action_v.end, q.start) \
            or not (action_v.word in _each_verbs() or action_v.word in _grant_give_verbs()):
        # (a grant verb, 补助/奖补, or one handing funds out, 发放/增发/给予 (cues.tsv grant_give_verbs): "每户发放产业扶持
        # 资金5000元" is a grant with its funds named, a pledge (decision 573, settling rec64's norm of test_pledges9);
        # not another verb: "每所投入建设资金5万元")
        return False
    return _funds_then_amount(text, action_v.end, q.start)


_PER_HOUSEHOLD = re.compile(r"家庭|每户|户均|一户")
# a verb's 至/到 written after its object ("提升农村自来水普及率至92%"), and what may stand between it and the
# level (its rate: "提高城乡低保标准至每人每月850元")
_TO_LAST = ("至", "到")
_TO_GAP = re.compile(r"(?:每人每月|每人每年|每人|每年|每月|人均)?")
_EACH_COUNTERS = frozenset("个所家")
# what is spent, named bare after a count of projects ("实施重点项目150个，完成投资180亿元"), and what may stand
# between that count and it (their size: "…186个，总投资1650亿元，年度计划投资520亿元"): the projects' investment
_SPENT = frozenset(("投资", "年度投资", "计划投资", "年度计划投资", "投资额"))
_SPENT_GAP = re.compile(r"[，,；;、]?(?:(?:计划|概算)?总投资(?:约|超过)?[\d.]+(?:万|亿)?元(?:以上|左右)?[，,])?"
                        r"(?:全年|年度|年内|计划|力争|确保|完成|累计)*")
_PROJECT_ENDS = ("项目", "工程")


def _projects_counted_before(text: str, hits: list, obj_s: int):
    """The hit right before obj_s that counts projects ("省市重点项目120个"), not one counted in a breakdown ("其中…")."""
    h = hits[-1]
    if h.q.unit[-1:] in _AMOUNT_LAST or not h.obj.endswith(_PROJECT_ENDS) \
            or _SPENT_GAP.fullmatch(text, h.qe, obj_s) is None:
        return None
    # (not after a breakdown: "…100个，其中新开工项目50个，完成投资300亿元" may be the whole's or the part's; unless the
    # whole's investment was stated before the breakdown: "…100个，完成投资300亿元，其中新开工项目50个，完成投资120亿元")
    if "其中" not in text[max(0, h.qs - 3):h.qs]:
        return h
    fs = rfind_mark(text, h.qs - _STATED_REACH, h.qs, _FULL_STOP_SET) + 1  # (-1 + 1: the reach's start, below)
    return h if _SPENT_STATED.search(text, max(fs, h.qs - _STATED_REACH), h.qs) else None


_FULL_STOP_SET = marks("。！？\n")
# an investment named as done right after the construction of a field ("水利建设完成投资500亿元")
# (or as put in: "铁路建设投入资本金1000亿元")
_SPENT_DONE = frozenset(("完成投资", "完成投资额", "投入资本金", "投入资金"))
_FIELD_CLAUSE = marks("，,；;：:。！？\n")


def _field_of_spending(text: str, ss: int, v: _Verb) -> int:
    """The start of the field named in its clause up to the construction verb v ("综合交通建设" in "…，综合交通建设完成投资"),
    or -1 where the clause holds more than a short name (a figure, another verb before it)."""
    cs = rfind_mark(text, ss, v.start, _FIELD_CLAUSE) + 1
    cs = max(cs, ss)
    name = text[cs:v.start]
    if not 2 <= len(name) <= 12 or _DIGIT.search(name) or not _has_cjk(name):
        return -1
    if any(w.kind == "action" for w in _verbs_in(text, cs, v.start)):
        return -1  # ("开工建设滇中引水工程，…" is another clause; "推进交通建设完成投资" has its own verb before)
    lead = _BASE_LEAD.match(name)  # (the clause's time or aim before the field: "今年铁路建设投入资本金")
    return cs + lead.end() if lead is not None and v.start - cs - lead.end() >= 2 else cs


# (or the year's investment planned for the project named before: "开工建设某某水库，年度计划投资4亿元"; or 完成 led by
# what the subject means to do: "省重点项目计划完成投资1万亿元以上", "重点项目力争完成投资", the name before the lead)
_DONE_SPENT = re.compile(r"(?:(?P<lead>计划|力争|确保)?完成(?:全年|年度)?|(?:年度|全年|当年)(?=计划))(?:计划)?投资$")


@once
@once
def _named_leads() -> frozenset[str]:
    """The verbs that name a project (project_vocab.tsv: named_lead)."""
    return frozenset(w for c in vocab.table("project_vocab.tsv") if len(c) >= 2 and c[0] == "named_lead" for w in c[1].split("/") if w)


def _work_ends() -> tuple[str, ...]:
    """What the name of a project or work ends with (project_vocab.tsv: suffix, line, named)."""
    kinds = {c[0]: c[1] for c in vocab.table("project_vocab.tsv") if len(c) >= 2}
    return tuple(w for k in ("suffix", "line", "named") for w in kinds.get(k, "").split("/") if w)


def _work_spending(text: str, ss: int, q_start: int) -> tuple[str, int, int] | None:
    """(object, its start, 完成's start) where a project or work named alone before 完成(年度)投资 opens the clause of
    the figure at q_start ("哈尔滨机场二期扩建工程完成投资30亿元" → 哈尔滨机场二期扩建工程投资; after 等 the kind named
    last: "包银高铁、集大原高铁等铁路项目" → 铁路项目投资), or None."""
    m = _DONE_SPENT.search(text, max(ss, q_start - 10), q_start)
    if m is None:
        return None
    cs = c0 = max(ss, rfind_mark(text, ss, m.start(), _FIELD_CLAUSE) + 1)
    if (k := text.rfind("等", cs, m.start())) >= 0:
        cs = k + 1
    elif (lm := _LEAD.match(text[cs:m.start()])) is not None:
        cs += lm.end()  # (not the words that lead the clause: "全年", "确保", "今年")
    if (tj := _TOTAL_JOINED.match(text, cs, m.start())) is not None and text[tj.end():m.start()] in _YEAR_SPENT_LEADS:
        # "开工建设望丛祠片区城市更新项目，总投资26亿元、年内完成投资5亿元以上": the total and the year's joined by 、 in
        # one clause, the project named in the clause before, as with a comma between them
        return _work_named_before(text, ss, c0 - 1, m.end("lead") if m.group("lead") else m.start()) if c0 > ss else None
    if text[cs:m.start()] in _YEAR_SPENT_LEADS:
        # "推进合肥至周口高速公路建设，年内完成投资25亿元", "实施城乡供水一体化工程，总投资3.6亿元，年度完成投资1.5亿元":
        # the year's investment of the project named in a clause of its own right before (its total between)
        return _work_named_before(text, ss, c0 - 1, m.end("lead") if m.group("lead") else m.start()) if c0 > ss else None
    v = next((v for v in _verbs_in(text, cs, m.start()) if v.start == cs), None)
    if v is not None and v.kind == "action":
        cs = v.end  # ("推动沿江高铁完成投资": the verb before the name acts on the clause, not in the name)
    name = text[cs:m.start()]
    if not 2 <= len(name) <= 30 or _DIGIT.search(name) or not name.endswith(_work_ends()):
        return None  # (no name: "实施重点项目150个，完成投资180亿元"; a count in it: "82个项目完成投资")
    return name + "投资", cs, m.end("lead") if m.group("lead") else m.start()


_TOTAL_JOINED = re.compile(r"(?:计划)?总投资(?:约|近|超过?)?\s*\d+(?:\.\d+)?\s*[万亿]*元(?:以上|左右)?、")
_YEAR_SPENT_LEADS = frozenset(("", "年内", "年度", "全年", "今年", "当年", "力争", "确保", "力争年内", "确保年内"))


def _work_named_before(text: str, ss: int, pe: int, done: int) -> tuple[str, int, int] | None:
    """(object, its start, 完成's start) where the clause ending at pe (after ss), or the one before it when that one
    states the total (总投资…), is a verb and a project's name only, its 建设 after it; else None."""
    pcs = max(ss, rfind_mark(text, ss, pe, _FIELD_CLAUSE) + 1)
    while pcs > ss + 1 and text[pcs - 1] == "\n" and _has_cjk(text[pcs - 2]) and _has_cjk(text[pcs:pcs + 1]):
        pcs = max(ss, rfind_mark(text, ss, pcs - 1, _FIELD_CLAUSE) + 1)  # (a line a PDF's page width wrapped)
    if (k := text.find("总投资", pcs, pe)) > pcs + 1:
        # "灰汤温泉旅游度假区提质工程总投资12亿元，年内完成投资4亿元", "城东污水处理厂扩建工程总投资6亿元，…": the project
        # named as the subject of its total (a verb opening the clause acts on it; not the region's projects, "全市重点
        # 项目总投资900亿元")
        k -= 2 if k - 2 >= pcs and text.startswith("计划", k - 2) else 0
        a = pcs
        if (v := next(iter(_verbs_in(text, pcs, k)), None)) is not None and v.start == pcs and v.kind == "action":
            a = v.end
        name = text[a:k]
        if 2 <= len(name) <= 30 and not _DIGIT.search(name) and name.endswith(_work_ends()) and name[0] != "全" \
                and not _COUNT_IN_WORDS.search(name) and not _CLAUSE_PUNCT.search(name):
            return name + "投资", a, done
    if text.startswith(("总投资", "计划总投资"), pcs) and pcs > ss:
        pe = pcs - 1
        pcs = max(ss, rfind_mark(text, ss, pe, _FIELD_CLAUSE) + 1)
    vs = _verbs_in(text, pcs, pe)
    # (a project's status verb names it too: "开工建设常德至临澧快速通道（…），年内完成投资8亿元", project_vocab.tsv's
    # named_lead)
    if not vs or vs[0].kind != "action" and text[vs[0].start:vs[0].end] not in _named_leads() \
            or _strip(text[pcs:vs[0].start]):
        return None
    a = vs[0].end
    for v in vs[1:]:  # ("加快推进…": verbs chained before the name)
        if v.start != a:
            break
        a = v.end
    b = pe - 2 if text.startswith("建设", pe - 2) else pe
    if text[b - 1:b] in "）)" and (k := max(text.rfind("（", a, b), text.rfind("(", a, b))) > a:
        b = k  # ("合肥至周口高速公路（全长86公里）建设": the name before its note)
    name = text[a:b]
    if not 2 <= len(name) <= 30 or _DIGIT.search(name) or _COUNT_IN_WORDS.search(name) or not name.endswith(_work_ends()):
        return None  # (a count of projects, in words too: "一百个重点项目", decision 11's)
    return name + "投资", a, done


_TOTAL_AFTER_NAME = re.compile(r"(?:计划|概算)?总投资(?:约|近|超过)?\s*$")


def _named_work_total(text: str, cs: int, at: int) -> bool:
    """Whether the figure at ``at`` is a project's total (总投资) with the project's name as the clause's subject
    ("城南污水处理厂扩建工程总投资6亿元", "区中医医院门诊楼改扩建项目总投资2.2亿元"): no verb opens the clause (a verb
    inside the name, 扩建, is part of the name, not a task); the name ends as a work's does (project_vocab.tsv)."""
    m = _TOTAL_AFTER_NAME.search(text, max(cs, at - 12), at)
    if m is None:
        return False
    k = m.start()
    a = max(cs, rfind_mark(text, cs, k, _FIELD_CLAUSE) + 1)
    name = text[a:k]
    if not 4 <= len(name) <= 30 or name[0] == "全" or _DIGIT.search(name) or _COUNT_IN_WORDS.search(name) \
            or _CLAUSE_PUNCT.search(name) or not name.endswith(_work_ends()):
        return False
    v = next(iter(_verbs_in(text, a, k)), None)
    return v is None or v.start > a


_RATE_NAMED = re.compile(r"均|比例|比重|率|强度|标准|水平")
_COUNT_IN_WORDS = re.compile(r"[一二三四五六七八九十百千两]+[个项批]")


_STATED_REACH = 300  # (how far back in its sentence the whole's investment is looked for)
_SPENT_STATED = re.compile(r"(?<![总额])投资(?:额|完成)?(?:约|近|超过|达到|达)?\d")  # (the year's, not a total's "总投资")
_AMOUNT_LAST = frozenset("元%")  # (the last character of an amount's or a share's unit, not a count's)


def _verb_of_clause_before(text: str, clause: tuple[int, int], obj: str, quants: list[_Q]) -> _Verb | None:
    """The verb of a clause with no figure right before a figure with none, where that clause's work is on what the
    figure counts ("稳定粮食生产，粮食产量1200万吨以上", "稳定生猪生产，生猪出栏量300万头以上": the figure's object opens
    with the words after the verb)."""
    pcs, pce = clause
    if any(pcs <= q.start < pce for q in quants):
        return None
    keeps = vocab.cues().get("keeps_next", ())
    v = next((v for v in _verbs_in(text, pcs, pce) if v.word in keeps), None)
    return v if v is not None and text.find(obj[:2], v.end, pce) >= 0 else None


# places counted right before 每 ("为20个重点帮扶村每村补助…50万元"): those each given the amount after it, which is
# pledged (decision 538's reading), not a norm with no count of places (“每县培育1个…”)
_PLACES_BEFORE_EACH = re.compile(r"[\d一二三四五六七八九十两]+个[^\d，,；;。：:、]{1,14}$")


def _ends_on_each(obj: str) -> bool:
    """Whether an object ends on 每个 or 每 and the unit each is given for ("示范镇每个镇", "行政村每个行政村", "贫困县每县",
    "乡镇每乡镇"): whom the amount after it is for, as 每村 is."""
    k = obj.rfind("每")
    return k > 0 and _each_place_word(obj[k:])


def _norm_of_counted(text: str, e_at: int, q_start: int, before: list[_Q]) -> bool:
    """Whether 每 at e_at and a counter after it ("每所", "每个", "每家"), in the clause of the figure at q_start, name each
    of the things a count before it counted in that counter ("卫生院3所，每所"); not where a unit of places follows the
    counter ("每个乡镇")."""
    c = text[e_at + 1:e_at + 2]
    return c in _EACH_COUNTERS and not _each_unit_at(text, e_at + 1) and _CLAUSE_MARK.search(text, e_at, q_start) is None \
        and any(b.end <= e_at and b.unit[-1:] == c for b in before)


_CLAUSE_MARK = re.compile(r"[，,；;。：:]")
_PLACES_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+(?=个)")  # (a count of places, its 个 and unit checked after it)


def _each_unit_at(text: str, i: int) -> bool:
    """Whether a unit of places or bodies a norm is written for stands at i, after 每 or 每个 (``cues.tsv`` each_unit)."""
    if text[i:i + 1] == "一":
        i += 1
    c = text[i:i + 1]
    if c in _EACH_COUNTERS:
        i += 1  # ("每个乡镇", "每一个村", "每所学校", "每家企业")
    if text.startswith(vocab.cues().get("each_unit", ()), i):
        return True
    # "每个脱贫县", "每个涉农县（市、区）", "每个地州": a kind of place, its kind written before its place noun (after
    # 个 only, and no time: "每个月")
    return c == "个" and text[i:i + 1] not in _NOT_PLACE_KIND and _EACH_PLACE_KIND.match(text, i) is not None


_EACH_PLACE_KIND = re.compile(r"[\u4e00-\u9fff]{1,4}?[县旗州村乡镇]")
_NOT_PLACE_KIND = frozenset("月季周年星人")


@lru_cache(maxsize=64)
def _alias_re(word: str) -> re.Pattern | None:
    """The other aliases of the object that word is an alias of (扩招: 高职院校, 职业院校, 高校…)."""
    found = _object_index()[0].get(word)
    if found is None:
        return None
    others = [a for a, norm, _ in objects() if norm == found[1] and a != word]
    # (not the people of the place: "高校毕业生", "高职院校学生")
    return re.compile(f"(?:{longest_first(others)})(?!毕业|学生|教师|师生)") if others else None


def _in_whole(text: str, ss: int, s: int, e: int) -> bool:
    """Whether text[s:e] ends a work named whole, which has its own figure ("人工造林8000亩，森林抚育2万亩": 造林 in
    人工造林 is not what 森林抚育 counts)."""
    found, lens = _verb_set()
    kinds = verbs()
    return any(e - k >= ss and e - k <= s and text[e - k:e] in found and kinds[text[e - k:e]] == "whole" for k in lens)


def _named_before(text: str, ss: int, pos: int, word: str) -> tuple[str, int, int] | None:
    """The last alias of word's object written in the sentence before pos, widened to the name it ends
    ("高职院校", "县职业中专" is not an alias: None)."""
    pat = _alias_re(word)
    if pat is None:
        return None
    last = None
    for last in pat.finditer(text, ss, pos):
        pass
    if last is None:
        return None
    return last.group(0), last.start(), last.end()  # (a hit's place: its quantity's)


def _source_category(text: str, h: _Hit) -> str | None:
    """财政 for the source of funds that are taken out ("从失业保险基金结余中拿出1000亿元", "从土地出让收益
    中提取2亿元"): what is pledged is an allocation, whatever the section is about."""
    if text[h.obj_s - 1:h.obj_s] in ("从", "由") and text.startswith("中", h.obj_e) and h.q.unit.endswith("元"):
        return "财政"
    return None


@once
def _openers() -> tuple:
    """The first characters of _FROM_TO and of the report's own items."""
    own = _own_items_re()
    return openers(_FROM_TO.pattern), openers(own.pattern) if own else frozenset()


@lru_cache(maxsize=2)
def _per_base_re(opening: bool = False) -> re.Pattern:
    """A base for each and its span ending an object ("育儿补贴每孩", "每生每天"), or opening a clause: whom a rate
    is for (cues.tsv)."""
    c = vocab.cues()
    base = "|".join(map(re.escape, sorted(c["per_base"], key=lambda w: (-len(w), w))))
    span = "|".join(map(re.escape, sorted(c["per_span"], key=lambda w: (-len(w), w))))
    return re.compile(f"\\s*(?:{base})(?:{span})?" if opening else f"(?:{base})(?:{span})?$")


def _given_before(text: str, clause: tuple[int, int]) -> tuple[str, int, int, _Verb] | None:
    """What the last verb of a clause with no figure acts on, and the verb ("继续发放育儿补贴"): the allowance a
    rate for each in the next clause is of."""
    cs, ce = clause
    vs = [v for v in _verbs_in(text, cs, ce) if v.kind in ("action", "change", "level", "fiscal")]
    if not vs:
        return None
    v = vs[-1]
    obj = _strip(text[v.end:ce])
    if not (2 <= len(obj) <= 20 and _has_cjk(obj)) or _PUNCT.search(obj) or _DIGIT.search(obj):
        return None  # (a count after the verb: the rate is a norm for each thing counted, "新建安置房500套，每户…")
    k = text.find(obj, v.end, ce)
    return obj, k, k + len(obj), v


@once
def _level_alone_re() -> re.Pattern:
    """The words alone before a level verb in a clause of its own (cues.tsv level_alone_leads), any run of them."""
    w = "|".join(map(re.escape, sorted(vocab.cues().get("level_alone_leads", ()), key=lambda x: (-len(x), x))))
    return re.compile(f"\\s*(?:{w})*" if w else "\\s*")


@once
def _sets_rate_re() -> re.Pattern:
    """A clause opening on a verb that lowers or raises a rate (cues.tsv sets_rate), the rate after it."""
    w = "|".join(map(re.escape, sorted(vocab.cues().get("sets_rate", ()), key=lambda x: (-len(x), x))))
    return re.compile(f"\\s*(?:{w})(?=[\u4e00-\u9fff])")


def _level_alone(text: str, cs: int, qs: int, vs: list[_Verb]) -> _Verb | None:
    """The level verb of a clause [cs, qs) of nothing but the words that may stand before it, the verb and a bound
    ("各地可降至16%"), or None."""
    v = next((v for v in vs if v.kind == "level" and cs <= v.start and v.end <= qs), None)
    if v is None or not _BOUND_ONLY.fullmatch(text, v.end, qs) or not _level_alone_re().fullmatch(text, cs, v.start):
        return None
    return v


def _rate_set_before(text: str, clause: tuple[int, int]) -> tuple[str, int, int] | None:
    """The rate a clause with no figure lowers or raises ("下调城镇职工基本养老保险单位缴费比例"), where it is all the
    clause says after its verb; None otherwise."""
    cs, ce = clause
    m = _sets_rate_re().match(text, cs, ce)
    if m is None:
        return None
    obj = _strip(text[m.end():ce], lead=False)
    if not (2 <= len(obj) <= 20 and _has_cjk(obj)) or _PUNCT.search(obj) or _DIGIT.search(obj):
        return None
    k = text.find(obj, m.end(), ce)
    return obj, k, k + len(obj)


@once
def _share_places() -> frozenset[str]:
    """The places a share of which a work is done in (cues.tsv share_places), beside ``_is_place``'s."""
    return frozenset(vocab.cues().get("share_places", ()))


def _share_of_places(text: str, i: int, ce: int, vs: list[_Verb]) -> tuple[str, int, int, _Verb] | None:
    """After "N%的" at i: the places, the verb of a work right after them and the work up to the clause's end
    ("地市开展分级诊疗试点" → 分级诊疗试点, 开展), or None."""
    v = next((v for v in vs if i < v.start <= i + 8 and v.kind in _CHAINED), None)
    if v is None:
        return None
    place = text[i:v.start]
    if not (place in _share_places() or _is_place(place)):
        return None
    m = _CLAUSE_END_OR_NONE.search(text, v.end, ce)
    e = m.start() if m else ce
    obj = _strip(text[v.end:e], lead=False)
    if not (2 <= len(obj) <= 20 and _has_cjk(obj)) or _DIGIT.search(obj) or _PUNCT.search(obj):
        return None
    k = text.find(obj, v.end, e)
    return obj, k, k + len(obj), v


def _echo(text: str, ss: int, v: _Verb) -> tuple[str, int, int] | None:
    """The object of the same verb said earlier in the sentence ("发行超长期特别国债，…，今年先发行1万亿元")."""
    word = v.word[1:] if v.word[0] == "再" else v.word  # (said again: "提高养老金标准，每人每月再提高20元")
    i = text.rfind(word, ss, v.start)
    counted = -1
    if i > ss and text[i + len(word):i + len(word) + 1].isdigit():
        # the verb said with a count of its own ("继续实施老旧小区改造，去年已改造86个，今年计划改造92个"): the
        # object stands before that
        counted, i = i, text.rfind(word, ss, i)
    if i < 0 and counted < 0:
        return None
    if i < 0:
        obj = ""  # ("去年完成农村危房改造1500户，今年再改造1800户": the work named with last year's count, what it was
        i = counted  # done to before it)
    else:
        s = i + len(word)
        m = _PUNCT.search(text, s, v.start)
        e = m.start() if m else v.start
        obj = _strip(text[s:e])
    if not obj or obj in _PACE or obj.endswith(_PROGRAMME_ENDS):
        # "加大农村危房改造力度，今年改造1200户", "做好公租房分配工作，全年分配800套": the verb said first
        # ends its object's phrase; what it is done to stands before it (so does a programme named after
        # the work: "实施城镇老旧小区改造三年行动，今年改造120个")
        b = max((p.end() for p in _PUNCT.finditer(text, ss, i)), default=ss)
        ends = [x.end for x in _verbs_in(text, b, i)]
        if i == counted and not ends:
            return None  # ("去年改造86个，今年计划改造92个": no work named, nothing before the count but when)
        b = max([b] + ends)
        s, e = b, i
        obj = _strip(text[s:e])
    if obj and (c := _COUNT_CLOSES.search(obj)) is not None and c.start() >= 2 and not _DIGIT.search(obj, 0, c.start()) \
            and (w := _verb_re().match(text, i)) is not None and w.end() == i + len(word):
        # "去年完成易地扶贫搬迁860户，今年再完成320户": the verb said first with last year's count right after its
        # object; the object is what stands before that count
        obj = _strip(obj[:c.start()])
    if not obj or len(obj) > 20 or _DIGIT.search(obj):
        return None
    k = text.find(obj, s, e)
    return obj, k, k + len(obj)


# a count closing an object's words: a figure and its unit, nothing after (…860户, …2000套, …1.2万人)
_COUNT_CLOSES = re.compile(r"\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{1,3}$")


# what the work on an object is said to have ("加大改造力度", "加快建设步伐"), not an object
# a span of the year so far, all an object says ("今年一季度增长6%", "今年以来增长12%", "1-2月增长8%"): a result
_SO_FAR = re.compile(r"(?:今年|本年|年初)?(?:[一二三四1-4]季度|上半年|前三季度|前[两二三四五六七八九十]个?月|\d{1,2}\s*[-—–至～~]\s*\d{1,2}月|以来)")
_SO_FAR_LAST = frozenset("度年月来")
_CLAUSE_OR_ITEM_END = re.compile(r"[、，,；;。：:]|$")
_CLAUSE_END_OR_NONE = re.compile(r"[，,；;。：:]|$")


def _split_level_named_before(text: str, ss: int, obj_s: int, verb: str) -> str | None:
    """The thing the clause right before ``obj_s`` names after the same verb and no figure ("培育特色产业链，" before
    "市级培育5条"), or None."""
    k = obj_s - 1
    if k <= ss or text[k] not in "，,":
        return None
    b = rfind_mark(text, ss, k, _CLAUSE_MARK_SET)
    prev = text[b + 1 if b >= 0 else ss:k].strip()
    if not prev.startswith(verb) or _DIGIT.search(prev):
        return None
    head = prev[len(verb):]
    return head if 2 <= len(head) <= 16 and _has_cjk(head) and _CLAUSE_OR_ITEM_END.search(head).start() == len(head) else None


@once
def _site_counted_re() -> re.Pattern:
    """A counted site (cues.tsv counted_sites: 村, 乡镇, 社区…) that opens words, after at most four characters of its
    kind (贫困村, 深度贫困村, 示范社区), then a status or nothing."""
    sites = "|".join(map(re.escape, sorted(vocab.cues().get("counted_sites", ()), key=lambda w: (-len(w), w))))
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{sites})")


def _site_counted_first(text: str, head: str, lo: int, ce: int) -> bool:
    """Whether the words after a list's last count (``head``, found from ``lo``) are a site counted and then its status
    or nothing ("25个贫困村整体脱贫", "16个行政村实现整体脱贫", "32个村退出"): the counts before it with a place right
    after them ("3个乡镇、…") count that place, no split of the last one's thing (decision 575; "20个村卫生室", a thing
    at the site, keeps the split)."""
    if not ("村" in head or "镇" in head or "社区" in head) or _DIGIT.search(head):
        return False
    m = _site_counted_re().match(head)
    if m is None:
        return False
    if m.end() == len(head):
        return True
    at = text.find(head, lo, ce)
    if at < 0:
        return False
    e = at + m.end()
    return any(v.start <= e + 2 and v.kind != "noun" for v in _verbs_in(text, e, at + len(head), (False, False, False)))


def _split_level_head(text: str, lo: int, ce: int, unit: str) -> str | None:
    """The words after the last count of ``unit`` in the clause from ``lo`` (the items after a 、), where they close
    the clause and hold no figure: what every count of a list split by level or place counts ("乡镇培育12条特色产业链")."""
    end = _CLAUSE_END_OR_NONE.search(text, lo, ce).start()
    k = text.rfind(unit, lo, end)
    if k <= lo or not text[k - 1].isdigit():
        return None
    head = _strip(text[k + len(unit):end], lead=False)
    return head if head and not _DIGIT.search(head) and _has_cjk(head) and len(head) <= 20 else None


_PROGRAMME_ENDS = ("行动", "行动计划")  # (a programme's name: "三年行动", "3年行动计划", "提升行动")
@once
def _named_set_ends() -> tuple[str, ...]:
    """What a count in words and 项 or 场 names as a set, not things done (cues.tsv named_set_ends: "六项行动计划",
    "十项措施", "五场战役", "三场攻坚战")."""
    return tuple(vocab.cues().get("named_set_ends", ()))
_PACE = frozenset(("力度", "步伐", "进度", "速度", "进程", "节奏", "工作"))


def _herd_before(text: str, ss: int, e: int) -> str:
    """The animals a stock figure just before position e names ("全县肉牛存栏5万头" → 肉牛), or ""."""
    cs = max([ss] + [p.end() for p in _PUNCT.finditer(text, max(ss, e - 30), e)])
    seg = text[cs:e]
    st = next((w for w in vocab.cues().get("stock_status", ()) if w in seg), None)
    if st is None or not _DIGIT.match(seg, seg.find(st) + len(st)):
        return ""
    return _strip(seg[:seg.find(st)], lead=True)


def _topic_counted(text: str, ss: int, lo: int, q: _Q, ctx) -> tuple[str, int, int] | None:
    """What the clauses before lo count, for a bare work after the verb: with no object carried from an earlier task of
    the sentence, the sentence's (``_counted_before``); after one, only the topic clause right before ("棚户区改造方面，
    完成改造24万套，城市黑臭水体治理方面，完成整治20条": the second task's topic, not the first task's object)."""
    if ctx is None:
        return _counted_before(text, ss, lo, q)
    cs = rfind_mark(text, ss, lo - 1, _CLAUSE_MARK_SET) + 1
    return _counted_before(text, cs, lo, q) if cs > ss and _TOPIC_OPENS.fullmatch(text, cs, lo) else None


def _counted_before(text: str, ss: int, lo: int, q: _Q) -> tuple[str, int, int] | None:
    """The object an earlier clause of the sentence counts in q's unit, for a quantity with none
    ("2025年已建成高标准农田10万亩，今年再新建5万亩")."""
    if q.unit == "%" and lo - ss <= 40 and text.find("百分点", ss, lo) >= 0 and (m := _PP_BEFORE.fullmatch(text, ss, lo)):
        # "常住人口城镇化率提高1.2个百分点，达到58%": the share the change in points was of
        obj = _strip(m.group(1))
        k = text.find(obj, ss, m.end(1)) if obj else -1
        return (obj, k, k + len(obj)) if k >= 0 else None
    for v in reversed(_verbs_in(text, ss, lo)):
        # (the first number in the unit: "已建成5G基站800个" counts in 个 at 800, not at the 5 of 5G)
        # (in the unit with or without 万/亿: "累计建成5G基站1.2万个，今年再新建3000个")
        m = next((n for n in _FIRST_NUM.finditer(text, v.end, lo) if text.startswith(q.unit, n.end())
                  or text[n.end():n.end() + 1] in _MAGNITUDE and text.startswith(bare, n.end() + 1)), None) \
            if (bare := q.unit.lstrip("万亿")) else None
        if m and not _PUNCT.search(text, v.end, m.start()):
            obj = _strip(text[v.end:m.start()])
            if not obj and v.kind == "level":
                # "全市高新技术企业总数达到1850家，今年新增300家": the stock reached, named before its verb
                cs = max([ss] + [p.end() for p in _PUNCT.finditer(text, ss, v.start)])
                t0 = _STOCK_WHEN.match(text, cs, v.start)
                held = _strip(text[t0.end() if t0 else cs:v.start], lead=True)
                for w in _STOCK_NAMES:
                    held = held.removesuffix(w)
                held = held.removesuffix("已")  # ("…企业已达12家，今年再新增5家": the 已 of 已达)
                k = text.find(held, cs, v.start) if held else -1
                if k >= 0 and _has_cjk(held) and len(held) <= 20:
                    return held, k, k + len(held)
            if not obj:  # "已建成的15个村级养老服务站全部投入运营": the object after the count
                k, p = m.end() + len(q.unit), _PUNCT.search(text, m.end(), lo)
                e = p.start() if p else lo
                after = _verbs_in(text, k, e)
                adv = _ADVERB.search(text, k, after[0].start if after else e)
                obj = _strip(text[k:adv.start() if adv else after[0].start if after else e], lead=False)
                k = text.find(obj, k) if obj else -1
                return (obj, k, k + len(obj)) if k >= 0 and _has_cjk(obj) and len(obj) <= 20 else None
            k = text.find(obj, v.end, m.start()) if obj else -1
            return (obj, k, k + len(obj)) if k >= 0 and _has_cjk(obj) and len(obj) <= 20 else None
    if text.find("有", ss, lo) >= 0 and (m := _HAS_COUNT.search(text, ss, lo)) is not None \
            and (text.startswith(q.unit, m.end(3)) or (text[m.end(3):m.end(3) + 1] in _MAGNITUDE
                                                      and text.startswith(q.unit.lstrip("万亿"), m.end(3) + 1))):
        # "全县规上工业企业目前有820家，今年力争突破1000家", "现有上市企业5家，今年新增2家": the stock held now
        # counts what the figure after it does (named after 有, else before it)
        obj = _strip(m.group(2)) or _strip(m.group(1))
        k = text.find(obj, m.start(), m.start(3)) if obj else -1
        return (obj, k, k + len(obj)) if k >= 0 and _has_cjk(obj) and len(obj) <= 20 else None
    # "推进棚户区改造，今年开工580万套": the clause right before names what is counted, when that is
    # a pledge object of the vocabulary (any other object there is the task's aim, not a count)
    e = lo
    while e > ss and _PUNCT.match(text, e - 1):
        e -= 1
    cs = max((m.end() for m in _PUNCT.finditer(text, ss, e)), default=ss)
    if e >= lo:
        return None
    if q.unit == "%" and (paced := _paced_name(text, cs, e)) is not None:
        # "民间投资增速不低于全县平均水平，力争增长9%": the name whose pace the clause before sets against another
        # figure in words is what the rate aimed at is of (decision 348)
        return paced
    if text.find("方面", cs, e) >= 0 and (tm := _TOPIC_CLAUSE.fullmatch(text, cs, e)) is not None \
            and not _COUNT_IN.search(obj := _strip(tm.group(1))) and _has_cjk(obj):
        # "城镇老旧小区改造方面，年内新开工改造620个", "5G基站方面，新建2万个以上": the topic the clause right before
        # names is what the count after it counts (its work kept: what the verb after it does is that work)
        k = text.find(obj, tm.start(1), tm.end(1))
        return obj, k, k + len(obj)
    # after the first verb ("推进棚户区改造"), before it when it ends the clause ("加快高标准农田建设")
    v = next(iter(_verbs_in(text, cs, e)), None)
    a, b = (cs, e) if v is None else (v.end, e) if v.end < e else (cs, v.start)
    obj = _strip(text[a:b])
    if obj and not _DIGIT.search(obj):
        # the object, if it opens with a name of the vocabulary; else the first such name in it
        # ("启动新的三年棚改攻坚计划，今年开工580万套": 棚改); none there, the clause names an aim
        index, lens = _object_index()
        i, n = next(((i, max(ns)) for i in range(len(obj)) if (ns := [n for n in lens.get(obj[i], ()) if obj[i:i + n] in index])),
                    (0, 0))
        # (a name opening the object keeps the work after it, "老旧小区改造"; the aim after a trains' name is no part of
        # what is counted: "提升中欧班列“集疏运”链接能力…，全年开行120列" counts 中欧班列)
        obj = obj[i:i + n] if i or n and index[obj[:n]][1] in vocab.cues().get("object_name_alone", ()) else obj
        k = text.find(obj, a, b) if n else -1
        if k >= 0:
            return obj, k, k + len(obj)
    return None


# a clause that is only a topic ("（三）城镇老旧小区改造方面", "在高标准农田建设方面"): what it names, before 方面
_TOPIC_CLAUSE = re.compile(_ITEM_MARK + r"在?([^，,；;：:。！？\s]{2,14}?)方面")
_COUNT_IN = re.compile(r"\d+(?:\.\d+)?[万亿千百]?[个项家所条座处套户人元亩米吨台张]")  # (a figure in it: no topic, "5G" is none)
_ADVERB = re.compile(r"全部|均|都|要|将|已|正式|陆续|按期|如期")
_WORK_ENDS = ("改造", "建设", "整治", "治理", "提升", "提质", "修复")  # the work a task names, ending it
_WHERE = re.compile(r"\s*(?:并|要|将)?在(?:全[市县区省]|各)?\s*")
# all the region's own streets, towns or villages, counted after 全区/全县 ("全区29个街道、7个镇", "全县18个乡镇（街道）")
_OWN_UNIT_WORDS = ("街道", "镇", "乡", "社区", "村", "行政村", "县", "市", "区", "设区市", "旗")
_EVERY_ONE = re.compile(r"全部|均|都|[^，,。；;\n]{0,20}?全覆盖")  # (every one of them: "…全部建成", "…污水处理设施全覆盖")
# (a province's or a city's own: "全省158个县（市、区）实现…全覆盖", "全省11个设区市均建成…"; not a kind of them: 县级, 县域)
_ALL_OWN_UNITS = re.compile(r"全[区县市旗镇乡省州盟](?:共|所辖|辖)?(?:\d+个(?:街道|乡镇|镇|乡|社区|行政村|村|设区市|县|市|区|旗)(?![级域城直场])"
                            r"(?:[（(][^）)\n]{0,8}[）)])?[、和及与]?)+")
_ACRONYM = re.compile(r"[A-Z]{2,5}")  # "GDP突破500亿元"
_CLAUSE_PUNCT = re.compile(r"[，,；;：:]")
_FIRST_NUM = re.compile(r"\d+(?:\.\d+)?")
# when a stock stood ("去年全县规上工业企业达到120家", "目前全市…"), before what it is of
_STOCK_WHEN = re.compile(r"(?:截[至止])?(?:去年|上年|目前|当前|现在|(?:19|20)\d\d年)(?:底|末)?")
# a stock held now: what it is of, before 有 or after it, then its count
_HAS_COUNT = re.compile(r"([^，,；;：:。\d]{0,24}?)(?:目前|当前|现在)?(?:共有|现有|拥有|已有|有)(?![效序关力机色线限条])([^，,；;：:。\d]{0,20}?)(\d+(?:\.\d+)?)")
_PUNCT = re.compile(r"[，,、；;：:]")
_DIGIT = re.compile(r"\d")
_FROM_TO = re.compile(r"(?:提高|提升|增加|增长|扩大|降低|下降|减少|压减|缩短|降)?(?:到|至)")


def _known(obj: str) -> bool:
    return _first_object(obj) is not None


def _object_as_written(norm: Normalized, obj: str, s: int, e: int) -> str:
    """The object as the text as read writes it (spaces kept only after ASCII punctuation: "1, 4-丁二醇"),
    in simplified characters and half-width forms (so "高標準農田" is found as 高标准农田)."""
    i = norm.text.find(obj, s, e)
    if i < 0:
        return obj
    return numbers.squeeze_spaces(norm.written(i, i + len(obj)))


# a bare 预算 closing an object right before its amount, what it labels named before it ("卫生健康支出预算92亿元"); not
# a budget named by when or how it was set (年初预算, 调整预算: a review's), nor a name holding 预算 (一般公共预算)
def _budget_sources(text: str, ss: int, qs: int) -> bool:
    """Whether the amount at ``qs`` is a source a budget draft adds to its own revenue or their sum (cues.tsv
    budget_sources, budget_sum): "加上上级补助收入21.5亿元、调入资金2亿元，收入总计36.7亿元"."""
    cues = vocab.cues()
    sums = cues.get("budget_sum", ())
    before = text[max(ss, qs - 6):qs]
    if before.endswith(sums) or before[-1:] in "为是" and before[:-1].endswith(sums):
        return True
    cs = max(ss, rfind_mark(text, ss, qs, _CLAUSE_MARK_SET) + 1)
    if text.startswith("其中", cs) and cs > ss:
        # ("可用财力为42.3亿元，其中上级转移支付21.5亿元": a part of the sum)
        ps = max(ss, rfind_mark(text, ss, cs - 1, _CLAUSE_MARK_SET) + 1)
        return any(w in text[ps:cs] for w in sums)
    return text.startswith(cues.get("budget_sources", ()), cs)


_BUDGET_LABEL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!年初)(?<!年度)(?<!全年)(?<!调整)(?<!公共)(?<!基金)(?<!本级)预算(?:建议数|建议|数|资金)?(?:为|安排)?$")


def _verb_closing(obj: str) -> str | None:
    """The action verb that ends obj where obj ends with a vocabulary object holding it ("职业技能培训": 培训,
    "老旧小区改造": 改造)."""
    if not any(map(obj.endswith, _verb_aliases()[0])):
        return None
    kinds = verbs()
    return next((obj[-k:] for k in (3, 2) if len(obj) > k and kinds.get(obj[-k:]) == "action"), None)


def _alias_ending(text: str, lo: int, pos: int) -> str | None:
    """A vocabulary object written right before the quantity and spanning a verb ("城镇新增就业")."""
    aliases, lens = _verb_aliases()
    if text[pos - 1:pos] not in _verb_alias_ends():
        return None  # no such object ends with the character before the quantity (most places)
    floor = max(lo, pos - 12)
    for k in lens:
        if pos - k >= floor and text[pos - k:pos] in aliases:
            return text[pos - k:pos]
    return None


@once
def _verb_alias_ends() -> frozenset[str]:
    """The last characters of ``_verb_aliases``."""
    return frozenset(a[-1] for a in _verb_aliases()[0])


@once
def _verb_aliases() -> tuple[frozenset[str], tuple[int, ...]]:
    """Vocabulary objects that contain a verb, with their lengths, longest first."""
    # (not an alias that is itself a verb naming what is done, "扩招": the object before it comes first)
    kinds = verbs()
    found = frozenset(a for a, _, _ in objects() if _verb_re().search(a) and kinds.get(a) != "whole")
    return found, tuple(sorted({len(a) for a in found}, reverse=True))


def extract_pledges(norm: Normalized, outline: Outline, meta: Metadata, an: Analysis | None = None) -> list[Pledge]:
    if meta.region is None and meta.several:
        # a page on several regions alike (metadata.several_regions: a round-up of their targets, "徐州提出全年新开工亿元
        # 以上产业项目300个，宿迁提出…"): its counts are each another region's, none a pledge of the page's (decision 367)
        return []
    return _units_normalised(scan(norm, outline, meta, part="plan", an=an))


@once
def _pledge_unit_norms() -> dict[str, str]:
    """Units a pledge states in another place's word for the same amount (units.tsv's "pledges too" rows: 兆元 of a
    Taiwan or Hong Kong page is the mainland's 万亿元), each to its norm: a pledge's key compares the unit."""
    return {c[0]: c[1] for c in vocab.table("units.tsv") if len(c) > 4 and c[4] == "pledges too"}


def _units_normalised(found: list) -> list:
    norms = _pledge_unit_norms()
    for p in found:
        if p.unit in norms:
            p.unit = norms[p.unit]
    return found
