"""The section tree of a report, from its own numbering, and the role of each section."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from . import vocab
from .lazyre import lazy
from .model import Section
from .normalize import (credit_line, plain_part_title, ANNEX_LABEL, ANNOUNCE_PLAN, COMMA_TITLE, HEAD_LINE, HEADLINE_END, NEWS_HEAD, NOTES_HEAD, PADDED_PART, PLAIN_PART_TITLE, PROSE_MARK, STATED_ITEM, TURN_TO_PLAN, VALUE_LINE, YEAR_AFTER_HEAD,
                        Normalized, qualitative_item)

# (depth, pattern) — the usual hierarchy of Chinese official documents
_NUMBERING = [
    (1, re.compile(r"^第[一二三四五六七八九十]+(?:部分|章|篇)")),
    (1, re.compile(r"^[一二三四五六七八九十]{1,3}[、．.]")),
    (2, re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")),
    (3, re.compile(r"^\d{1,2}[、．.](?!\d)")),
    (3, re.compile(r"^[（(]\d{1,2}[）)]")),
    (4, re.compile(r"^[①-⑳]")),
]
# a news page's sub-head on what comes next, no year or role word in it ("【新目标】", "【新举措】", "◆新蓝图"): it ends
# the sub-head before ("【成绩单】"), the page's account of the year ahead follows
# (or on the year as the first of a plan, or on how the year's work is done: "【开局之年】", "【“十五五”开局】", "◆今年这样干")
# (a bare 【目标】 or 【任务】 after 【成绩单】 too: the digest's turn to the year ahead, decision 102)
_NEWS_AHEAD_HEAD = lazy(r"(?:新?(?:目标|任务|举措)|新(?:蓝图|部署|征程|作为|起点|一年|的一年)|(?:[“\"]?十[五六七]五[”\"]?)?开局(?:之年|起步|之年这样干)?"
                        r"|开好局|起好步|(?:今年|新年)?(?:这样|怎么|如何)干)$")
_BRACKETED = lazy(r"^[【〔]([^【】〔〕]{2,30})[】〕]$|^[◆■●▲★◇□▶►◎]\s*([^，,。；;：:%！？!?\d]*\d*[^，,。；;：:%！？!?\d]*|"
                  + COMMA_TITLE + r")$")
_MD = lazy(r"^(#{1,6})\s*(.+)$")

_BOLD = lazy(r"^\*\*(.{2,60}?)\*\*")
# an infographic's zero-padded part number ("01 ", "02｜", "03、", "PART 01 "; "01数说2023" once spaces are gone)
_PADDED = lazy(r"^" + PADDED_PART)
_PADDED_TITLE = lazy(r"^[^，,。；;：:%\d\s]{0,12}(?:(?:19|20)\d{2}年?)?[^，,。；;：:%\d\s]{0,12}$")

# a news page's sub-head that ends with the year's targets: "【今年目标】", "◆2024年目标", "数读今年目标" (pledges reads it too)
# (and its 奋斗/发展 before 目标, the year's own, "2025奋斗目标", "今年发展目标": decision 420)
YEAR_TARGETS_HEAD = r"(?:今年|年度|(?:19|20)\d\d年?)的?(?:奋斗|发展)?目标$"  # (a news sub-head's year may drop its 年: "【2025目标】")
ROLE_WORDS = [
    # (and the year's targets revised in its course: "二、全年目标调整情况", a half-year report's)
    # (a task notice's first part, "一、主要经济指标", "一、主要经济社会发展目标": the target list it hands out)
    # (and a plan's revision, an adjustment report's list of the targets revised: "二、调整的主要内容", "一、计划调整的主要
    # 内容", "二、2020年计划部分指标调整方案"; not a task on the economy's structure, "（二）加快产业结构调整")
    ("targets", lazy(r"主要预期目标|预期目标|主要目标|目标任务和|主要指标|主要经济(?:社会)?(?:发展)?(?:指标|目标)|目标(?:这样|如何|怎么)定|(?:全年|年度)(?:主要)?(?:预期)?目标(?:的)?(?:调整|修订)"
                     r"|(?:计划|指标)(?:的)?(?:调整|修订)(?:的)?(?:主要|具体)?(?:内容|方案|情况|建议|意见)|(?<![构局])(?<!结构性)调整的?(?:主要|具体)(?:内容|指标)|" + YEAR_TARGETS_HEAD)),
    # ("发展基础": the first chapter of a plan's outline, what the plan period before achieved)
    ("review", lazy(r"^(?:发展基础|发展环境|发展基础(?:和|与|及)(?:发展环境|面临形势))$|回顾|回眸|回望|盘点|成绩单|执行情况|完成情况|工作总结|过去的?[一五]年|刚刚过去的|五年来|一年来|去年工作|\d{4}年工作回顾"
                          r"|(?<!今后五年)(?:发展|主要|工作)成就|(?<![升高强实])(?:发展|主要)成效|取得的成绩|主要成绩|以来的(?:主要)?工作"
                          r"|(?:奋进|奋斗|奋发|拼搏|跨越|极不平凡|不平凡|难忘)的(?:五|一)年"
                          # (the year so far told apart from last year: "今年以来疫情防控和复工复产情况", 2020's;
                          # not a part that goes on to the time ahead: "今年以来工作进展和下半年重点工作")
                          r"|今年以来(?:(?!下半年|明年|下一步|下阶段|今后|(?:19|20)\d\d年)[^，,。；;]){0,16}(?:情况|工作)$")),
    ("requirements", lazy(r"总体要求|指导思想|总体思路|总体考虑|基本思路|总体部署")),
    # (the government's own work, however titled: "建设人民满意政府", "坚持自我革命", "锤炼过硬作风，当好人民公仆")
    ("closing", lazy(r"自身建设|政府建设|政府自身|作风建设|依法行政|人民满意的?(?:服务型)?政府|法治政府|廉洁政府|服务型政府"
                     r"|人民公仆|自我革命|(?:过硬|优良|务实|扎实|工作)作风|(?:锤炼|转变|改进|改进工作)作风|政府效能|履职(?:尽责)?能力")),
    # (the time ahead in 2020's words: "三、下一阶段工作", "下一步工作安排"; its words turned: "三、下半年工作重点";
    # or planned and proposed: "下半年工作打算", "对下半年工作的建议")
    ("tasks", lazy(r"重点工作|(?<!去年)(?<!上年)(?<!过去)工作(?:重点(?!情况|回顾|成效|进展|总结)|的?(?:打算|建议)$)|(?<!去年)(?<!上年)(?<!过去)主要工作(?!情况|回顾|成效|进展|总结)|(?:下一?阶段|下一步)的?工作(?!情况|回顾|成效|进展|总结)|主要任务|重点任务|工作安排|工作任务|今年(?!以来)|新的?一年|今后一年|展望|(?<!完成)(?<!全年)目标任务|奋斗目标|\d{4}年工作|计划（草案）|计划草案"
                   # (the measures to meet the plan: "三、确保完成调整后计划的主要措施", "四、保障措施"; not those taken, "采取的主要措施")
                   r"|(?<!采取的)(?<!采取了)(?:主要|重点|工作|具体|保障)措施")),
    # verbs that most often call for action, but not in a title that states a result ("砥砺奋进，高质量发展取得新成效")
    ("tasks?", lazy(r"奋力|加快|推动|推进|实施|深化|强化|坚持|提升|建设|发展|着力|持续|全面")),
]
# a title sentence: no figure, no comma-less run of a whole paragraph ("（一）扩大有效投资。", "（二）坚持创新驱动，加快转型。"), up to
# 40 characters: the State Council's review titles its parts in three clauses ("（八）坚持人与自然和谐发展，着力治理环境污染，生态
# 文明建设取得明显成效。", 31), and a part found among siblings not found swallowed theirs (decision 391)
_LEAD_TITLE = lazy(r"[^。\d%；;：:]{2,40}。")
_PART_NUMBER = lazy(r"第[一二三四五六七八九十]+(?:部分|章|篇)")
_PLAN_ROLES = ("tasks", "targets", "requirements")
# a title of a plan period's goals ("今后五年奋斗目标", "“十四五”时期主要目标"): not this year's plan, whose turn
# ("2022年是…。今年全县…主要预期目标是：") opens a part after it
_SENTENCE_MARK = lazy(r"[。，,；;：:！？!?]")  # (a 数读 page's caption or item holds none: "5%  一般公共预算收入增长")
# a sub-head that is only the time ahead it is about ("今后五年", "未来五年", "“十五五”时期")
_PERIOD_ONLY = lazy(r"(?:今后|未来)[三五]年|[“\"]?十[一二三四五六七]五[”\"]?(?:时期|期间)?")
_PERIOD_TITLE = lazy(r"今后[三五]年|未来[三五]年|十[一二三四五六七]五|五年|规划|远景|20\d\d年(?:前|以前)?(?:远景|基本实现)")
# (and a plan's progress at its middle: "“十四五”规划实施中期进展", "规划纲要中期评估", whose 实施 is no task's verb;
# "一、主要指标进展情况", "（二）“十四五”规划主要指标进展", an evaluation's, though they name the indicators; and the year's results foreseen in a
# half-year report, "二、全年主要指标预测", "全年目标完成预判")
_DONE = lazy(r"完成情况|执行情况|实施情况|进展情况|落实情况|(?:指标|目标|任务)的?(?:完成|实现|推进|落实)?进展|(?:指标|目标|任务|经济|运行|形势|情况)(?:完成)?(?:预测|预判)|规划(?:纲要)?(?:的)?(?:实施|执行)(?:的)?(?:中期)?(?:进展|评估)|规划(?:纲要)?(?:实施)?中期(?:评估|进展)")
# a title on the part of the year gone by, with no word of work or aim after it ("2024年上半年经济运行的主要特点",
# "一、前三季度计划执行情况"; not "二、2024年下半年工作重点", "上半年目标任务完成情况及下半年工作安排", "（一）力争一季度开门红")
_PART_DONE = lazy(r"(?:上半年|前三季度|[一二三]季度|(?<!\d)1[—–\-~～至](?:1[01]|[2-9])月|前(?:\d|1[01]|[两二三四五六七八九十])个月)"
)
_PART_AHEAD = lazy(r"工作|任务|目标|打算|建议|措施|安排|下半年|四季度|确保|力争|争取|开门红|冲刺")
# a title stating the year's targets were met ("（一）主要预期目标较好完成。", "主要经济指标好于预期"): a review's
# item, not a targets part — unless it is an aim ("确保主要目标全面完成")
_TARGETS_MET = lazy(r"(?:目标|指标)(?:任务)?[^，,。；;：:]{0,4}?(?:完成|实现|达成)|(?:目标|指标)[^，,。；;：:]{0,4}?(?:好于|优于|超出|超过)预期")
_AIM_BEFORE = lazy(r"确保|力争|努力|争取|奋力|全力|保证|推动|推进|促进|冲刺|助力|力促|坚决|如期")
# a document titled as the account of a past year's work done ("关于2023年区十件民生实事完成情况的通报", "…落实情况的报告"),
# read with the year it is issued in: its parts are that year's results, up to a paragraph the issuing year opens
_DONE_TITLE = lazy(r"((?:19|20)\d{2})年[^。，,；;\n]{0,30}?(?:完成|落实|办理|实施)情况的?(?:通报|报告)")
_YEAR_OPENS = lazy(r"[ \t\u3000]*((?:19|20)\d{2})年[，,]")
# a card's item led by its year, no comma after it ("2025年新增8.1万人", "2025年完成2160亿元" under a five-year total)
_YEAR_LED = lazy(r"(?:19|20)\d{2}年")


# a paragraph opening on a part's number of the top series, its sentence run on ("一、财政经济委员会认为，…")
_TOP_NUMBER_OPENS = lazy(r"(?m)^[ \t\u3000]*一、")


def _earlier_numbers_run_on(text: str, end: int, head: tuple[int, int, str, str]) -> bool:
    """Whether the first heading found, ``head``, numbered later in the top series ("三、"), stands under a paragraph
    opening on that series' first number ("一、…", read as no title: its sentence runs on) before ``end``: the parts
    before it are run-on paragraphs of the page's own head, which starts at the document's beginning."""
    num = head[2]
    return head[1] == 1 and len(num) == 2 and num[1] == "、" and num[0] in "二三四五六七八九" \
        and _TOP_NUMBER_OPENS.search(text, 0, end) is not None


def _year_led_item(s: str) -> bool:
    """Whether ``s`` (a line, stripped) is a card's item opening on its year, its figure at its end ("2025年完成2160亿元"):
    a stated item, as one opening on its words is, so a dated part title right under it ("2025年主要成绩", no blank line
    between, as a PDF's text layer prints it) opens a part."""
    m = _YEAR_LED.match(s)
    return m is not None and len(s) <= 24 and STATED_ITEM.fullmatch(s, m.end()) is not None
_YEAR_IS = lazy(r"[ \t\u3000]*((?:19|20)\d{2})年是")  # (a line on a year: "2025年是“十四五”收官之年。")
# a figure with its unit (a card's: "3173.6亿元", "增长4.4%")
_FIGURE_IN = lazy(r"\d(?:[\d.]*)(?:%|(?:万亿|亿|万)?元|万人|亿美元)")
# a line leading the year's work up to its colon, the first item's number run on after it ("今年重点抓好以下工作：（一）…",
# "重点做好以下几个方面：一是…", "…：1．…")
_LEAD_THEN_ITEM = re.compile(r"([ \t\u3000]*[^。\n：:]{2,38}[：:])(?=[ \t\u3000]*(?:[（(](?:[一二三四五六七八九十]{1,2}|\d{1,2})[）)]"
                             r"|[一二三四五六七八九十]{1,2}(?:、|是)|\d{1,2}[.、．](?!\d)))")
_REVIEW_TEXT = lazy(r"一年来|过去一年|过去五年|五年来|去年|刚刚过去")


@lru_cache(maxsize=1)
def _infographic_title() -> re.Pattern:
    """An infographic page's first line naming the year's report ("一图读懂2024年柳州市政府工作报告", "【图解】2024年…
    报告", cues.tsv infographic_title): group 1 its year."""
    words = sorted(vocab.cues().get("infographic_title", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[ \t\u3000]*【?(?:" + "|".join(map(re.escape, words)) + r")】?[｜|:：丨 \t]*"
                      r"((?:19|20)\d{2})年[^\n。，,；;]{0,30}?报告")  # (its cards may run on after it: no line end asked)
# a news page's byline, or its lead on who delivered the report ("来源：长沙县融媒体中心", "记者 张三", "县长周柏平代表县人民
# 政府作政府工作报告"; a report itself says "我代表市人民政府，向大会报告工作")
_NEWS_BYLINE = lazy(r"来源[:：]|记者|通讯员|本报讯|融媒体中心|责任编辑|代表[^。\n]{1,16}作(?:了)?(?:政府)?工作报告")
# the review's closing words on what went well and what is left to do ("在肯定成绩的同时，我们也清醒看到…",
# "成绩来之不易"; not the plan's look at the year ahead, "我们也要清醒看到…")
# (or its thanks: "这些成绩的取得，是…的结果。在此，我代表省人民政府，向…表示衷心感谢！")
_REVIEW_CLOSE = lazy(r"在肯定成绩的同时|成绩来之不易|(?:我们|同时)也?清醒地?(?:看到|认识到)|这些成绩的取得|(?:表示|致以)(?:衷心|诚挚|崇高)的?(?:感谢|谢意|敬意)")


@dataclass
class Outline:
    """Sections with their spans in the normalised text, for looking up where a fact is."""

    sections: list[Section]
    norm_starts: list[int]
    norm_ends: list[int]
    leading_role: str

    _bounds: list[int] | None = field(default=None, repr=False, compare=False)
    _memo: dict[int, Section | None] = field(default_factory=dict, repr=False, compare=False)

    def at(self, pos: int) -> Section | None:
        """The deepest section containing normalised position ``pos``. The answer is the same between
        two consecutive section bounds (starts and ends), so it is worked out once per such piece:
        the extractors ask for every figure and sentence."""
        bounds, memo = self._bounds, self._memo  # (each read once: an attribute read costs a look-up)
        if bounds is None:
            bounds = self._bounds = sorted(set(self.norm_starts) | set(self.norm_ends))
        k = bisect_right(bounds, pos) - 1
        if k not in memo:
            memo[k] = self._deepest(pos)
        return memo[k]

    def _deepest(self, pos: int) -> Section | None:
        best = None
        i = bisect_right(self.norm_starts, pos) - 1
        while i >= 0:
            if self.norm_starts[i] <= pos < self.norm_ends[i]:
                s = self.sections[i]
                if best is None or s.depth > best.depth:
                    best = s
                if s.depth == 1:
                    break
            i -= 1
        return best

    def role_at(self, pos: int) -> str:
        s = self.at(pos)
        return s.role if s else self.leading_role


_NEWS_HEAD_FIRST = "关回盘展聚锚数"  # (数说2023, 数读2023: a 数读 page's head)
_AHEAD_WORDS = ("展望", "聚焦", "锚定")


def _heading(line: str) -> tuple[int, str, str] | None:
    """(depth, number, title) for a heading line, else None."""
    s = line.strip()
    if not s:
        return None
    if s[:1] in _NEWS_HEAD_FIRST and (nm := NEWS_HEAD.match(s)) and (nm.end() >= len(s) or nm.group(1).startswith(_AHEAD_WORDS)):
        # a news page's sub-head alone on its line ("关键词 回顾2023", "展望2024"), or one looking ahead that
        # leads its line ("展望2024：…"; "回眸2025：…" leading a line is that line's, not a part's)
        return (1, "", nm.group(1))
    if s[:1] in "【〔" and (be := _BRACKET_END.search(s, 3, 32)) is not None and be.end() < len(s) \
            and _PART_WORDS.match(s[1:be.start()]) is not None and _BRACKETED.match(s[:be.end()]) is not None:
        # a bracketed part title a page joined to its paragraph ("〔2024年工作回顾〕2024年，全县…"); a news digest's label
        # leading its line ("【成绩单】去年全州…", "【目标】今年…") has no part words and stays the line's
        return _heading(s[:be.end()])
    if len(s) > 120:
        # a paragraph that opens with a bold lead sentence ("**扛稳粮食安全重任。**认真落实…")
        bold = _BOLD.match(s)
        if not bold or bold.group(1).startswith("各位代表"):
            # (or a sub-section's title run on into a paragraph of any length, "（二）产业转型步伐加快。烟草、…": its
            # first sentence its title, as in a shorter one; decision 391)
            return _lead_sub(s) or _inline_part(s)
        sub = _heading(bold.group(1))
        return sub if sub else (5, "", bold.group(1).rstrip("。，,"))
    m = _BRACKETED.match(s)
    if m:
        # a news page's sub-heads: "【回眸2025】", "【今年目标】", "◆2026年目标" (not "【资料图】")
        title = m.group(1) or m.group(2).strip()
        if 2 <= len(title) <= 30 and (_TITLE_YEAR.search(title) or _NEWS_AHEAD_HEAD.match(title)
                                      or "目标" in title and _PERIOD_TITLE.search(title)  # ("【今后五年目标】")
                                      or _PERIOD_ONLY.fullmatch(title)):  # ("▍今后五年" over its goals, a 图解 page's)
            return (1, "", title)
        if m.group(2) is not None and qualitative_item(title):
            return None  # "●单位地区生产总值能耗 降低完成国家下达目标任务": an infographic's item, its target in words
        if 2 <= len(title) <= 30 and (role := _role(title)):
            # a topic's sub-head that only a verb of work names ("◆ 产业发展", "▶ 建设口袋公园10个") is a topic of the
            # part it stands in, under the post's bold or dated head ("**2022年 雁塔答卷**" over "◆ 经济总量", "◆ 产业
            # 发展"): no part of its own, which had turned the rest of the review into the year's tasks
            return (6 if role == "tasks" and not ROLE_WORDS[4][1].search(title) and not _year_list_head(title) else 1, "", title)
        return None
    m = _MD.match(s)
    if m:
        title = m.group(2).strip().strip("*")
        depth = len(m.group(1))
        sub = _heading(title)
        if sub:
            return sub
        # "# 政府工作报告" is the document title, not a section
        return (depth, "", title) if depth >= 2 else None
    bold = _BOLD.match(s)
    if bold and s.startswith("**") and not s.startswith("**各位代表"):
        inner = bold.group(1)
        sub = _heading(inner)
        if sub:
            return sub
        return (5, "", inner.rstrip("。，,"))
    if s.startswith("**") and "**" not in s[2:]:
        sub = _heading(s[2:])
        if sub:
            return sub
    if s[:1] in "0Pp" and (m := _PADDED.match(s)):
        # an infographic's zero-padded part number ("01 数说2023", "02 2024年主要预期目标"): a part of the
        # page when its words are a short title (no figure, no clause); a line of figures is read as before
        title = s[m.end():].strip()
        if title and _PADDED_TITLE.match(title) and (_TITLE_YEAR.search(title) or _role(title)):
            return (1, m.group(0).strip(), title)
    for depth, pat in _NUMBERING:
        m = pat.match(s)
        if m:
            title = s[m.end():].strip().strip("*")
            # a numbered list item with a long sentence is body text, not a heading
            if depth >= 3 and len(title) > 40 and "。" in title[:-1]:
                return (depth, m.group(0), title[:40])
            if depth == 2 and "。" in title[:-1] and 2 <= (k := title.find("。")) <= 40 and _LEAD_TITLE.match(title):
                # "（一）扩大有效投资。实施重点项目52个，…": a sub-section's title run on into its paragraph, long
                # or short ("（四）生态环境持续向好。完成营造林32.6万亩。": not the whole line, figures and all, decision 391)
                return (depth, m.group(0), title[:k])
            if "。" in title[:-1] and len(title) > 60:
                if depth == 2 and (pl := _TASKS_LABEL_COLON.match(title)) is not None:
                    # "（二）重点任务：实施…。新增…。": a sub-section's label of tasks before a colon, its paragraph run
                    # on after it (not "（二）加快项目建设：…", no such label)
                    return (depth, m.group(0), title[:pl.end() - 1])
                return _inline_part(s)
            if depth == 1 and len(title) > 30:
                title = _part_title(title)
            return (depth, m.group(0), title)
    return None


_TASKS_LABEL_COLON = lazy(r"[^。：:，,；;]{0,8}?(?:重点任务|主要任务|工作任务|目标任务|重点工作|工作重点|主要措施|重点举措)[：:]")
_PART_WORD = (r"(?:工作回顾|主要成就|发展成就|工作安排|重点工作|主要任务|重点任务|工作任务|目标任务"
              r"|预期目标|主要目标|奋斗目标|发展目标|执行情况|计划草案|回顾|工作)")
# (a title of two parts joined, "“十五五”时期目标任务和2026年重点工作", is cut after its second part word)
_PART_WORDS = lazy(r"^[^。：:，,；;]{2,24}?" + _PART_WORD + r"(?:[和及与暨][^。：:，,；;]{0,16}?" + _PART_WORD + ")?")


def _lead_sub(s: str) -> tuple[int, str, str] | None:
    """(2, number, title) for a sub-section's number and title sentence run on into its paragraph ("（二）产业转型步伐加快。
    烟草、…"): the title a sentence of no figure (not "（一）全县地区生产总值增长7.1%。…", a numbered paragraph of figures)."""
    m = _NUMBERING[2][1].match(s)
    if m is None:
        return None
    title = s[m.end():].strip().strip("*")
    k = title.find("。")
    return (2, m.group(0), title[:k]) if 2 <= k <= 40 and _LEAD_TITLE.match(title) else None


def _part_title(title: str) -> str:
    """The heading of a part run on into its first sentence, with no mark between once spaces are
    gone ("2024年工作安排一年来，…"): cut after its part word, so that the sentence's words do not
    decide the part's role."""
    m = _PART_WORDS.match(title)
    return m.group(0) if m else title


_INLINE_HEAD = lazy(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,2}[、．.])\s*([^。：:，,\s]{2,30}?)(?:[。：:]|\s|([，,]))")
# (a title run on into a long first sentence, up to its comma or stop: "三、2026年主要目标和重点工作2026年是实施“十五五”规划的
# 第一年，"; only its part words are its title)
_INLINE_HEAD_LONG = lazy(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,2}[、．.])\s*([^。：:，,\s]{31,50}?)([，,。])")


# a part's title run on into its first sentence in a page of one paragraph, no mark between ("二、2019年经济社会发展的主要
# 目标2019年全市经济社会发展的主要预期目标是：", "四、加强政府自身建设新征程上，…"): the title ends after a word that ends
# titles, the first such end that a sentence's opening follows (a year, "今年", "过去", "（一）", "市委…"), else the last
# before the first mark of a sentence
_TITLE_END_WORD = lazy(r"回顾|情况|目标|任务|工作|安排|重点|草案|措施|举措|建议|预判|预测|问题|形势|建设|成就|成效|实事|调整|要求|打算|部署|政府")
_OPENS_SENTENCE = lazy(r"\s|(?:19|20)\d{2}|今年|去年|过去|一年来|五年来|根据|综合|对照|[省市县区州旗]委|自治区党委|地委|面对|我们|坚持|新征程"
                       r"|新时代|[（(]一[）)]|一是|第一|[●■◆▶]|全[省市县区州旗盟]|下半年|上半年|今后|[“\"]十|《|当前|按照|[省市县区州]政府|[省市县区州]人大")
_SENTENCE_MARKS = lazy(r"[。：:，,；;！？!?（(]")


def _run_on_title(s: str) -> str:
    """``s`` (a numbered part's opening run into its sentence, "三、2019年工作安排今年政府工作的主要预期目标是：…") cut after its
    title and closed with a stop ("三、2019年工作安排。"), for _inline_part; as it was if no word ends a title there."""
    m = _INLINE_NUMBER.match(s)
    if m is None:
        return s
    b = m.end()
    mark = _SENTENCE_MARKS.search(s, b, b + 40)
    stop = mark.start() if mark is not None else min(len(s), b + 40)
    if mark is not None and mark.group() in "（(" and _OPENS_SENTENCE.match(s, mark.start()) is None:
        stop = min(len(s), b + 40)  # (an aside in the title, "…预期目标（建议）"; not "（一）" opening its items)
        if (mark := _SENTENCE_MARKS.search(s, mark.start() + 1, b + 40)) is not None:
            stop = mark.start()
    end = None
    for w in _TITLE_END_WORD.finditer(s, b + 2, stop):
        e = w.end()
        if e < len(s) and s[e] in "和及与暨的、之":
            continue
        end = e
        if _OPENS_SENTENCE.match(s, e) is not None:
            break
    return s if end is None else s[:end] + "。"


# (a character before "一、" that makes it a word's, "统一、", "第一、", "唯一、": no part; a stop before it is _MID_PART's)
_NO_PART_BEFORE = "。！？!?第统唯之万专同单划归逐"


def _mid_announces(line: str) -> list[tuple[int, str]]:
    """(offset, words) of each sentence inside ``line`` that announces the year's work before a colon ("今年重点抓好以下工作："),
    found from its "以下" or "个方面" (few in a report), not by a scan of every sentence."""
    found: list[tuple[int, str]] = []
    for word in ("以下", "个方面"):
        j = line.find(word)
        while j >= 0:
            c = next((c for c in (line.find("：", j, j + 20), line.find(":", j, j + 20)) if c >= 0), -1)
            st = max(line.rfind("。", max(0, j - 40), j), line.rfind("；", max(0, j - 40), j)) + 1
            if c > 0 and st > 0 and "。" not in line[j:c] and ANNOUNCE_PLAN.fullmatch(line, st, c + 1) \
                    and all(k != st for k, _ in found):
                found.append((st, line[st:c].strip()))
            j = line.find(word, j + 2)
    return found


_NUMERALS = "一二三四五六七八九十"
_NUMERAL = {n: i + 1 for i, n in enumerate(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"])}


def _sequence_title(line: str, b: int) -> str:
    """The title of a numbered part run on into its first sentence whose words name no part ("产业与创新去年规模以上…"): up to a
    mark of a sentence, a figure (not a year's) or a sentence's opening, at most 30 characters."""
    end = min(len(line), b + 30)
    for pat in (_SENTENCE_MARKS, _TITLE_FIGURE):
        if (m := pat.search(line, b, end)) is not None:
            end = m.start()
    if (t := _run_on_title(line[b - 2:end])) is not line[b - 2:end] and t.endswith("。"):
        end = b - 2 + len(t) - 1
    for i in range(b + 2, end):  # (30 characters at most, once a part)
        if _OPENS_SENTENCE.match(line, i) is not None and not line[i].isdigit():
            end = i
            break
    return line[b:end].strip()


_TITLE_FIGURE = lazy(r"\d(?![\d.]{0,3}年)")


_INLINE_NUMBER = lazy(r"(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,2}[、．.])\s*")
_MID_PART = lazy(r"[。！？!?]\s*(?=第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,2}、|[【〔][^【】〔〕。，,]{2,30}[】〕])")
# a sentence turning to the year's plan inside a page of one paragraph ("…。2019年是新中国成立70周年，…"), its year's digits
_MID_TURN = lazy(r"[。！？!?]\s*(?:((?:19|20)\d{2})年是|今年是|新的一年[，,])")


_BRACKET_END = lazy(r"[】〕]")


def _inline_part(s: str) -> tuple[int, str, str] | None:
    """A part heading run on into its first paragraph ("一、2025年工作回顾 2025年是…。"): the heading,
    if its words say which part it is; other numbered paragraphs are body text."""
    s = _run_on_title(s[:64])
    m = _INLINE_HEAD.match(s) or _INLINE_HEAD_LONG.match(s)
    if m is None:
        return None
    title = m.group(2)
    if m.group(3):
        # the heading run on into a first sentence cut by a comma ("三、2021年工作安排今年是…开局之年，"): only its
        # part words are its title ("一、2020年，全县…" is a paragraph of figures)
        pw = _PART_WORDS.match(title)
        if pw is None:
            return None
        title = pw.group(0)
    if _TITLE_YEAR.search(title) is None and _role(title) in (None, "tasks") \
            and not re.search(r"工作安排|重点工作|主要任务|今年", title) and not _run_on_tasks(title) \
            and not ("目标" in title and _PERIOD_TITLE.search(title)):  # ("二、“十四五”时期奋斗目标": the period's goals)
        return None  # "一、加快推进…" is a list item in a paragraph as often as a part
    return (1, m.group(1), title)


def _run_on_tasks(title: str) -> bool:
    """A short title that names the work ahead in a tasks part's own words ("下半年工作重点", "2026年重点任务"), not by a verb
    of work alone ("加快推进…", an item of a list as often as a part)."""
    return len(title) <= 16 and ("工作重点" in title or "重点任务" in title or "下一步工作" in title)


# "【展望2026】" too, and a year right before what it heads ("【2025目标】", "【2025任务】")
# (and a year opening a post's sub-head before a comma: "2023，我们这样走过")
_TITLE_YEAR = lazy(r"((?:19|20)\d{2})(?:年|$|(?=(?:主要|重点)?(?:目标|任务|工作|计划|安排|回顾|成绩))|(?<=^\d{4})(?=[，,]))")
# an aside in brackets after a list item ("增长5%（2025年增长4.2%）"): last year's figure for comparison
_ASIDE = lazy(r"[（(][^（）()]*[）)]")


# a title on the year's targets alone, no work named ("●2024年目标", "【2022年发展目标】", "2024年经济社会发展目标")
# (and the year's 奋斗目标 as a post titles it, its year set apart by a bar, a dot or a gap read as a cell's bar:
# "🎯 2022年  奋斗目标", "【2020年·奋斗目标】", "**2023年 奋斗目标**"; a plan period's 奋斗目标 names no year so)
# (and a plan report's title of the year's plan figures: "二、2021年计划目标", "2021年国民经济和社会发展计划主要指标")
# (its 年 dropped on a card's sub-head: "2025奋斗目标", "2023目标"; decision 420; the year after: "目标2026", "目标任务2021"
# over the year's target cards, decisions 428 and 430)
_YEAR_AFTER_TITLE = lazy(YEAR_AFTER_HEAD)  # ("重点工作2021", "目标2026": decision 428's sub-heads)
_TARGET_TASKS_YEAR_AFTER = lazy(r"(?:主要)?目标任务[ \t\u3000]?(?:19|20)\d{2}年?")
_YEAR_TARGETS_ONLY = lazy(r"^(?:(?:主要|奋斗|预期|发展|主要预期)?目标(?:任务)?|奋斗)[ \t\u3000]?(?:19|20)\d{2}年?$|(?<!\d)(?:19|20)\d{2}年?[|·・]?(?:的)?(?:全[省市县区州盟旗])?(?:国民经济和社会|经济和社会|经济社会)?(?:发展)?"
                          r"(?:计划(?:的)?(?:主要)?(?:目标|指标)|(?:主要|奋斗)?目标)[】\]」）)]?[：:]?\s*$")


@lru_cache(maxsize=None)
def _year_list_re() -> re.Pattern:
    """The name of the year's list of works for the people (cues.tsv ``year_list_heads``: 民生实事, 为民办实事…), not
    followed by words saying it is done ("民生实事全面完成", "民生实事办结率100%")."""
    words = sorted(vocab.cues().get("year_list_heads", ("民生实事",)), key=lambda w: (-len(w), w))
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?![^，,。；;：:]{0,6}(?:" + _year_list_done() + r"))")


@lru_cache(maxsize=None)
def _year_list_done() -> str:
    """The words saying a list of works is done (cues.tsv ``year_list_done``: 完成, 办结, 落地, 答卷…), as alternatives."""
    words = sorted(vocab.cues().get("year_list_done", ("完成", "办结", "兑现", "落实", "成效", "成绩")),
                   key=lambda w: (-len(w), w))
    return "|".join(map(re.escape, words))


@lru_cache(maxsize=None)
def _done_phrase_re() -> re.Pattern:
    return re.compile(_year_list_done())


def _year_list_head(title: str) -> bool:
    # (every word of the list ends on 实事: titles without it are not searched)
    return "实事" in title and _year_list_re().search(title) is not None


def _role(title: str, year: int | None = None, top: bool = False) -> str | None:
    # the aside does not say which part the item is in; its words outside do
    title = _ASIDE.sub("", title) or title
    if _PART_DONE.search(title) and not _PART_AHEAD.search(title):
        return "review"  # "一、2024年上半年经济运行的主要特点": how the year went so far, though it names the report year
    # "2015年国民经济和社会发展总体态势" in a 2016 report is a review, whatever its words
    ym = _TITLE_YEAR.search(title)
    if year is not None and ym and not re.search(r"(?:到|至|比)(?:19|20)\d{2}年", title):
        ty = int(ym.group(1))
        # "2025年主要工作", "关于2025年的工作" in a 2026 report look back; "2025年工作回顾和2026年工作安排"
        # names the report year too, and its words decide
        later = any(int(t) >= year for t in _TITLE_YEAR.findall(title))
        if ty < year and not later and not re.search(r"(?:19|20)\d{2}年.{0,20}(?:目标|计划|安排|任务)", title[ym.start():]) \
                or ty < year and re.search(r"执行|回顾|完成|总结|态势|情况|成就", title):
            return "review"
        # ("目标任务2021" over a card page's target cards: its 任务 no tasks' word, decision 430)
        if ty == year and (not ROLE_WORDS[1][1].search(title) or _TARGET_TASKS_YEAR_AFTER.fullmatch(title)):
            return "targets" if ROLE_WORDS[0][1].search(title) or _YEAR_TARGETS_ONLY.search(title) else "tasks"
    if _DONE.search(title) or (tm := _TARGETS_MET.search(title)) and not _AIM_BEFORE.search(title, 0, tm.start()):
        return "review"  # "主要指标完成情况": how last year's targets went
    if _year_list_head(title) and not ROLE_WORDS[1][1].search(title):
        return "tasks"  # ("【民生实事】", "民生实事，件件暖心": the year's list of works, decision 376)
    if "远" in title and _goal_part_re().search(title) is not None:
        return "targets"  # ("三、关于二〇三五年远景目标": a plan's long-range goals, decision 427)
    for role, pat in ROLE_WORDS:
        if pat.search(title):
            if role == "tasks?":
                # a part's own title that states a result is the review's; a sub-section's words
                # ("（一）高质量发展取得新突破" among the plan's goals) do not turn its part around
                return (top and _result_or_aim(title)) or "tasks"
            return role
    return (top and _result_or_aim(title)) or None


def aim_title(title: str, year: int | None = None) -> bool:
    """Whether a short title or an entry's label names the year's targets or tasks in their own words ("主要预期目标",
    "年度目标", "工作安排", "重点工作", "民生实事"; not "经济发展", which only a verb of work makes a task, nor
    "执行情况", "概况"): a yearbook's entry under it restates the report's aims (decision 382)."""
    role = _role(title, year)
    return role == "targets" or role == "tasks" and (ROLE_WORDS[4][1].search(title) is not None or _year_list_head(title))


# a verb of aim in the clause of a title's result phrase makes it an aim ("推动高质量发展取得新成效",
# "奋力实现…新突破", "努力让…迈出新步伐"); one in a clause before does not ("砥砺奋进推动发展，…取得新成效")
_AIM_CLAUSE = lazy(r"(?:推动|推进|促进|确保|力争|奋力|努力|争取|力促|助力)[^，,：:]*$")


# an app post's lead line, its bold lost in the copy: two short phrases and a comma, alone under a blank line
# ("过去一年，成绩单亮眼", "今年目标，稳中求进", "民生实事，件件暖心"; decision 376)
_SENTENCE_ENDS = "。！？!?）)↓"  # (the marks a line ending a sentence or a paragraph ends on: "…看得见！）", "…速览↓↓")
_COMMA_HEAD = lazy(r"[ \t\u3000]*(" + COMMA_TITLE + r")[ \t\u3000]*\n?")


def _comma_head(line: str, year: int | None) -> tuple[int, str, str] | None:
    """(depth, number, title) for a lead line that only a blank line sets apart ("民生实事，件件暖心"): a sub-head where
    the phrase before its comma names a part's role (the rest is the post's flourish), titled by that phrase."""
    m = _COMMA_HEAD.fullmatch(line)
    if m is None or len(m.group(1)) > 16:
        return None
    first = re.split(r"[，,]", m.group(1), maxsplit=1)[0]
    if _TITLE_YEAR.match(first) and len(first) <= 5:
        return None  # ("2023，我们这样走过": a year alone before the comma is the post's own caption, decision 102's)
    if _year_list_head(first) and _done_phrase_re().search(m.group(1), len(first)) is not None:
        # ("民生实事，件件落地", "民生实事，交出答卷" under a review's lead: last year's works told as done, no part of the
        # year's tasks; the line stays in the part above it, decision 382)
        return None
    return (1, "", first) if _role(first, year) in ("review", "targets", "tasks") else None


def _result_or_aim(title: str) -> str | None:
    """"review" for a part's own title that states a result ("砥砺奋进，高质量发展取得新成效"),
    "tasks" for one that sets it as an aim ("确保经济运行稳中向好"), else None."""
    if _title_shape(title) != "review":
        return None
    t = re.split(r"[。；;！!]", title.strip(), maxsplit=1)[0].rstrip("。，,！!")
    return "tasks" if _AIM_CLAUSE.search(t) else "review"


# a title that opens with a call to act ("加快建设…", "全力稳住…") sets work; one that ends by stating
# how things went ("改革开放持续深化", "民生保障有力有效") reports it
_CALL_TITLE = lazy(r"^(?:扛稳|做强|做优|做大|做实|稳住|守住|抓实|抓牢|织密|兜牢|办好|建好|用好|打好|跑出|答好|写好|走好|当好|争当|争做"
                   r"|勇当|赋能|激活|提振|拓展|拓宽|融入|畅通|深入|加快|推动|推进|实施|深化|强化|坚持|提升|建设|着力|全面|扎实|全力|大力|聚力|聚焦|持续|坚定|统筹|抓好|做好"
                   r"|打造|构建|培育|扩大|促进|优化|增进|保障|守牢|防范|筑牢|提高|激发|落实|巩固|奋力|突出|加强|完善|发展|厚植"
                   r"|释放|更大力度|更加|更好|进一步|以|用|把|在|围绕|锚定|紧扣|牢牢|切实|纵深|积极|坚决|稳步|不断|千方百计|全方位|确保"
                   # (a 民生实事 list's items: "七、稳定和扩大就业", "六、开展惠民健康服务")
                   r"|开展|稳定和|稳定并)")
_RESULT_TITLE = lazy(r"(?:稳中有进|稳中向好|稳中有升|稳中提质|回升向好|有力有效|成效(?:显著|明显|突出)|取得(?:新的?)?(?:突破|成效|进展|成果|成绩)"
                     r"|迈上新台阶|再上新台阶|实现新突破"
                     r"|(?:迈出|展现|呈现|实现|取得|发生|焕发|彰显)了?(?:新的?|坚实|重大|显著|明显|可喜)(?:步伐|气象|跨越|进展|变化|活力|成果|成绩)"
                     r"|(?:显著|明显|不断|稳步|大幅|全面|有效|持续|日益|更加|逐步|加快|扎实|积极|有序|深入"
                     r"|进一步|较快|快速|平稳|整体|总体|全力|大力)[\u4e00-\u9fff]{2}"
                     # or, in a title that does not open with a verb, a result verb last ("工业经济提质增效")
                     r"|加快|提升|提高|增强|显现|凸显|彰显|巩固|夯实|改善|优化|激发|迸发|释放|扩大|壮大|增效|升级|突破|进步"
                     r"|跃升|攀升|提速|向好|见效|落地|完善|健全|一新|有进|有升|有效|有力|明显|显著|突出)[。，,！!]?$")


def _title_shape(title: str) -> str | None:
    """"tasks" for a title that calls for action, "review" for one that states a result, else None."""
    t = re.split(r"[。；;！!]", title.strip(), maxsplit=1)[0]  # a heading run on into its paragraph
    if _CALL_TITLE.match(t):
        return "tasks"
    if _RESULT_TITLE.search(t) or t.rstrip("。，,！!").endswith(_achieved_title_ends()):
        return "review"
    return None


@lru_cache(maxsize=None)
def _goal_part_re() -> re.Pattern:
    """The words of a title on a plan's long-range goals (cues.tsv ``goal_part_title``: 远景目标, 远景展望), not the
    outline's or the proposal's name they open ("…远景目标纲要（草案）的说明", "…远景目标的建议")."""
    words = sorted(vocab.cues().get("goal_part_title", ()), key=lambda w: (-len(w), w))
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?![”\"]?(?:纲要|的?建议))") if words else re.compile(r"(?!)")


@lru_cache(maxsize=None)
def _achieved_title_ends() -> tuple[str, ...]:
    """The words a plan's outline ends its review chapter's title on (cues.tsv ``review_title_achieved``: 取得决定性成就,
    取得历史性成就…): "决胜全面建成小康社会取得决定性成就" states the plan gone's result (decision 427)."""
    return tuple(vocab.cues().get("review_title_achieved", ()))


def _line_starts(text: str, end: int) -> list[int]:
    """The positions just before each line that starts before ``end`` (-1 for the first)."""
    out, k = [-1], text.find("\n", 0, end)
    while k >= 0:
        out.append(k)
        k = text.find("\n", k + 1, end)
    return out


def _second_part_plans(head: tuple[int, int, str, str], year: int | None, lead: str = "") -> bool:
    """Whether the first heading is the second part ("二、2026年工作安排") and sets work: the text
    before it is the first part, which in a report is the review. A later part ("三、2021年工作安排",
    after a part on the five-year plan) does so when the text before it closes a review ("在肯定成绩的同时…")."""
    _, depth, number, title = head
    return depth == 1 and (number.startswith(("二", "第二"))
                           or number[:1] in "三四" and ("清" in lead or "成绩" in lead or "谢" in lead or "敬意" in lead) and _REVIEW_CLOSE.search(lead) is not None) \
        and _role(title, year) in ("tasks", "targets", "requirements") and _title_shape(title) != "review"


def _ends_on_result(title: str) -> bool:
    """Whether a title's last clause, after one that calls for action, states a result ("聚焦民生福祉，社会事业全面进步")."""
    *lead, last = re.split(r"[，,]", re.split(r"[。；;！!]", title.strip(), maxsplit=1)[0])
    return bool(lead) and not _CALL_TITLE.match(last) and not last.startswith(("让", "使", "努力")) and _RESULT_TITLE.search(last) is not None


def _orphan_roles(heads: list[tuple[int, int, str, str]], year: int | None) -> tuple[dict[int, str], bool]:
    """The parts of the sub-sections of a page that starts inside a part it does not name (no
    heading above them): a title that states a result ("经济发展稳中有进") is the review's, one that
    calls for action ("加快建设…") the plan's; a title that says neither is in the part of the
    nearest one that does before it, else after it, else the plan's. Also whether any title said."""
    shapes: dict[int, str | None] = {}
    least = 99
    for i, (_, depth, _, title) in enumerate(heads):
        if depth == 1:
            break
        if depth <= least:  # no heading above it
            least = depth
            shapes[i] = None if _role(title, year) in ("targets", "review", "closing") else _title_shape(title)
    order = list(shapes)
    # a page cut across two parts whose items it numbers each from one ("（三）…稳步发展。…（四）…\n（一）坚持项目为王…"):
    # the run before the restart is the review's where a title of it ends on a result ("聚焦乡村振兴，农业农村稳步发展")
    restart = next((k for k in range(1, len(order)) if heads[order[k]][2].strip("（）()、.．") in ("一", "1")
                    and heads[order[k - 1]][2].strip("（）()、.．") not in ("一", "1")), 0)
    if restart and any(_ends_on_result(heads[i][3]) for i in order[:restart]):
        shapes.update((i, "review") for i in order[:restart])
    out: dict[int, str] = {}
    for k, i in enumerate(order):
        if shapes[i]:
            out[i] = shapes[i]
            continue
        before = next((shapes[j] for j in reversed(order[:k]) if shapes[j]), None)
        after = next((shapes[j] for j in order[k + 1:] if shapes[j]), None)
        out[i] = before or after or "tasks"
    return out, any(shapes.values())


# a line that leads a list of the year's tasks, right before the list's first item ("今年，江油将办好十件民生实事：")
# (not a list of targets: "今年，全市将努力实现以下目标：")
_LEADS_AHEAD = re.compile(r"(?:今年|明年|年内)(?:(?!目标|指标|预期)[^\n。；;]){0,30}(?:将|要)(?:(?!目标|指标|预期)[^\n。；;]){0,30}[：:]\s*$")
# (nor a sentence of the review that says 年内 or 今年 after it: "一年来，全市年内将原定任务全部完成，具体如下：")
_REVIEW_BEFORE = re.compile(r"一年来|过去|去年|上年|以来|(?:19|20)\d\d年")
# a line that leads a list (its last mark a colon): the items after it are that list's, not the run's before
_LIST_LEAD = re.compile(r"[：:]\s*$")
# a line that leads the year's work ("重点做好以下工作：", "围绕上述目标，着力抓好以下几个方面工作："), not a list
# of targets ("主要预期目标如下：", "实现以下目标任务：") nor of principles ("必须把握好以下几个方面：")
# (or the year's campaigns it is grouped in: "实现上述目标，重点开展以下15个攻势：", "实施以下八大攻坚行动：")
_WORK_LEAD = re.compile(r"(?:抓好|做好|抓实|做实|推进|落实|办好)(?:以下|如下|下列)(?:(?!目标|指标)[^。\n：:]){0,12}(?:工作|方面|任务)[^。\n：:]{0,4}[：:]\s*$"
                        r"|(?:开展|实施|打好|打赢)(?:以下|如下|下列)(?:(?!目标|指标)[^。\n：:]){0,12}(?:行动|攻势|硬仗|攻坚战)[：:]\s*$"
                        r"|(?:抓好|做好|抓实)(?:(?!目标|指标)[^。\n：:]){0,10}(?:工作|方面|任务)[：:]\s*$")
_AHEAD_YEAR_WORDS = re.compile(r"今年|明年")
# a sub-section titled for a group of the targets ("（一）经济发展目标。地区生产总值增长7%左右", "2．主要经济指标")
# stays the target list after such a lead
_TARGETS_GROUP_TITLE = re.compile(r"(?:目标|指标)$")


_LEAD_ABOVE_REACH = 2000  # (the characters looked back over for a lead with its explanation between)


def _work_lead_above(text: str, lo: int, p: int, year: int | None = None) -> bool:
    """Whether the last line in [lo, p) that ends with a colon leads the year's work, the lines after it paragraphs of
    its explanation, none a lead ("重点开展以下15个攻势：\n今年开展15个攻势，是…。\n（一）…"); lines read from p back.
    Not a lead whose sentence opens on the year gone (`_lead_looks_back`: "一年来，我们着力抓好以下几方面工作：")."""
    lo = max(lo, p - _LEAD_ABOVE_REACH)
    e = p
    while e > lo:
        k = text.rfind("\n", lo, e - 1)
        line = text[k + 1:e].rstrip()
        if line.endswith(("：", ":")):
            m = _WORK_LEAD.search(line)
            return m is not None and not _lead_looks_back(line, m.start(), year)
        if k < 0:
            return False
        e = k + 1
    return False


def _lead_looks_back(line: str, at: int, year: int | None) -> bool:
    """Whether the sentence of ``line`` holding a lead's words (at ``at``) opens on the year gone: a word of cues.tsv
    work_lead_past ("一年来，我们着力抓好以下几方面工作：", "过去一年，我们重点做好以下工作：") or a year before ``year``
    ("2025年，我们全力抓好以下工作：" in a report of 2026): the items under it are last year's work, its results (not
    "在巩固去年成果的基础上，重点抓好以下工作：", the year gone inside the sentence)."""
    s = max(line.rfind(c, 0, at) for c in "。！？；;!?") + 1
    head = line[s:at].lstrip(" \t\u3000")
    if head.startswith(tuple(vocab.cues().get("work_lead_past", ()))):
        return True
    m = _YEAR_OPENS.match(head)
    return m is not None and year is not None and int(m.group(1)) < year


def _leads_ahead(text: str, p: int) -> bool:
    """Whether the line right before ``p`` (an item's start) leads a list of the year's tasks."""
    m = _LEADS_AHEAD.search(text, max(0, p - 60), p)
    if m is None:
        return False
    lo = max(0, m.start() - 30)  # (the sentence before it on its line: "报告回顾了2019年工作。今年，江油将…：")
    return not _REVIEW_BEFORE.search(text, max(text.rfind("\n", lo, m.start()), text.rfind("。", lo, m.start())) + 1, m.start())


def _in_table(lines: list[str], i: int) -> bool:
    """Whether line i stands between two rows of a table (cells split by '|'), past other short
    lines of no cells (the table's other categories)."""
    def row(step: int) -> bool:
        j = i + step
        while 0 <= j < len(lines) and "|" not in lines[j] and len(lines[j].strip()) <= 14:
            j += step
        return 0 <= j < len(lines) and "|" in lines[j]
    return len(lines[i].strip()) <= 14 and row(-1) and row(1)


def _under_parts(heads: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"第一部分 2018年工作回顾" over "一、项目建设实现新突破…": where a report numbers its parts 第X部分,
    the numbered headings after the first part are within the parts, one level down (they were parts
    beside them, and a review's item with no words of a part's role was no part's)."""
    first = next((i for i, h in enumerate(heads) if h[1] == 1 and _PART_NUMBER.match(h[2])), None)
    if first is None:
        return heads
    # (a list within a part starts at 一、 and the report has parts beside it: "第一部分 2018年工作回顾" then
    # "二、2019年工作安排" numbers its parts two ways, the second part beside the first)
    inner = next((h for h in heads[first:] if h[1] == 1 and h[2] and not _PART_NUMBER.match(h[2])), None)
    if inner is None or not inner[2].startswith("一") \
            or sum(1 for h in heads[first:] if h[1] == 1 and _PART_NUMBER.match(h[2])) < 2:
        return heads
    return heads[:first + 1] + [(p, d + 1, num, t) if num and not _PART_NUMBER.match(num) else (p, d, num, t)
                                for p, d, num, t in heads[first + 1:]]


_ORDER = "一二三四五六七八九"


def _restarted_in_plan(heads: list[tuple[int, int, str, str]], year: int | None) -> list[tuple[int, int, str, str]]:
    """"二、2024年工作安排" then "一、壮大产业…", "二、提升城市…": items of the plan's part numbered from 一、 again, right
    after its title (no line announcing them between), are within that part, one level down; the run ends at the
    first number that does not follow on (the parts' own numbering again: "三、加强政府自身建设" after "五、").
    So too the review's items ("一、2017年工作回顾" then "一、脱贫攻坚全力推进", "二、项目建设扎实有力"), up to a part
    of the year's plan, which follows on as often ("二、2018年工作安排")."""
    out = list(heads)
    top = None
    i = 0
    while i < len(out):
        p, depth, number, title = out[i]
        if depth == 1 and number == "一、" and top is not None and top[2][1:2] == "、" \
                and ((review := (top_role := _role(top[3], year, top=True)) == "review")
                     or top[2][:1] in "二三四五" and top_role in _PLAN_ROLES):
            k = 0
            while i < len(out):
                p, depth, number, title = out[i]
                if depth == 1:
                    if k >= len(_ORDER) or number != _ORDER[k] + "、" \
                            or review and k and _role(title, year, top=True) in _PLAN_ROLES:
                        break
                    k += 1
                out[i] = (p, depth + 1, number, title)
                i += 1
            top = None
            continue
        if depth == 1:
            top = out[i]
        i += 1
    return out


def _review_items_as_parts(heads: list[tuple[int, int, str, str]], text: str, year: int | None) -> list[tuple[int, int, str, str]]:
    """A review's item numbered as the parts are and run on into its paragraph ("一、2017年工作回顾", then "一、脱贫攻坚全力
    推进。…" … "七、政府建设持续加强。自觉接受…", and "二、2018年工作安排"): its number does not follow the review's and a part
    of the year's plan comes after it, so it is the review's item, not a part (its words had made it the government's own
    part, read as tasks, and its results pledges)."""
    out, prev = [], None
    for i, h in enumerate(heads):
        p, depth, num, title = h
        if depth == 1 and prev is not None and num[-1:] == "、" == prev[2][-1:] \
                and _NUMERAL.get(num[:-1], 0) != _NUMERAL.get(prev[2][:-1], -1) + 1 \
                and (text.find("\n", p) % (len(text) + 1)) - p > len(num) + len(title) + 4 \
                and _TITLE_YEAR.search(title) is None and "今年" not in title \
                and _role(prev[3], year, top=True) == "review" \
                and any(g[1] == 1 and _role(g[3], year, top=True) in _PLAN_ROLES for g in heads[i + 1:]):
            continue
        if depth == 1:
            prev = h
        out.append(h)
    return out


_STRONG_CLOSING = lazy(r"自身建设|政府自身|作风建设")


def _weak_closing(heads: list[tuple[int, int, str, str]], year: int | None) -> set[int]:
    """The parts read as closing by words that a part of the plan's tasks may use too ("提升政府效能",
    "法治政府", "履职能力") and followed by a part of the plan or by another closing part: tasks, not the
    closing part."""
    tops = [(i, t) for i, (_, d, _, t) in enumerate(heads) if d == 1]
    out: set[int] = set()
    later_plan = False
    for i, t in reversed(tops):
        role = _role(t, year, top=True)
        if role == "closing" and later_plan and not _STRONG_CLOSING.search(t):
            out.add(i)
        if role in ("tasks", "targets", "requirements", "closing") or role is None and _title_shape(t) == "tasks":
            later_plan = True
    return out


_AHEAD_WORDS_TITLE = lazy(r"今年|明年|新的?一年|今后|未来|十[一二三四五六七]五|规划|远景")


def _looks_ahead(title: str, year: int | None) -> bool:
    """Whether a title names the report year or a later one, or words that look ahead ("今年", "今后五年")."""
    if _AHEAD_WORDS_TITLE.search(title):
        return True
    return any(year is None or int(t) >= year for t in _TITLE_YEAR.findall(title))


_LOOKS_BACK = lazy(r"以来|去年|上年|过去|[一五]年来")
# a review part's own title, not an item of it: "一、2023年工作回顾", "一、过去五年工作回顾"
_OWN_REVIEW_TITLE = lazy(r"回顾|(?:19|20)\d{2}年|过去|五年|十[一二三四五六七]五")
# a five-year plan a title names, and its plan word ("“十三五”规划"): one that ended before the report year looks back
_PLAN_PERIOD = lazy(r"十([一二三四五六七])五[”\"’]?(?:规划(?:纲要)?)?")
_PERIOD_ORDINAL = {c: i for i, c in enumerate("一二三四五六七", 11)}


def _plan_ahead(title: str, year: int) -> bool:
    """Whether a title looks ahead to the year's plan or a plan period not ended before the report year (in a 2021
    report "“十三五”规划主要目标任务" is the review's, "“十四五”时期主要目标" the plan's)."""
    rest = _PLAN_PERIOD.sub(lambda m: m.group(0) if 2010 + 5 * (_PERIOD_ORDINAL[m.group(1)] - 11) >= year else "", title)
    return _looks_ahead(rest, year)


def _plan_titles_in_review(heads: list[tuple[int, int, str, str]], plain: list[tuple[int, int, str, str]],
                           year: int, text: str = "") -> list[tuple[int, int, str, str]]:
    """The headings with the unnumbered titles of the year's plan ("2019年工作部署", "今年工作安排") that stand
    inside a numbered review part ("一、2018年工作回顾" and no "二、" before the plan): each opens the plan's
    part, and the items numbered after it ("1.…", "（一）…") are the plan's, not the review's. So too where the
    report numbers no part at all, its review and its plan titled alone ("2022年工作回顾", "2023年工作安排") and
    the plan's tasks numbered 一、二、… under its title: those are the plan's items, not parts of their own."""
    added, subs = [], []
    for t in plain:
        title = t[3]
        if _role(title, year) not in _PLAN_ROLES or not _plan_ahead(title, year) or _LOOKS_BACK.search(title):
            continue  # (nor a review's "今年以来重点工作", nor "“十三五”规划主要目标任务" in a 2021 report)
        # (the part it stands in: the last numbered part before it that says which part it is)
        part = next((_role(h[3], year, top=True) for h in reversed(heads)
                     if h[0] < t[0] and h[1] == 1 and _role(h[3], year, top=True)), None)
        if part == "review" or part is None and (_items_under_plain(heads, plain, t, year, text)
                                                 or _targets_before_second(heads, t, year)):
            added.append(t)
        elif part == "tasks" and _role(title, year) == "targets" and (_TITLE_YEAR.search(title) or title[:2] in ("今年", "明年")):
            # a dated title of the year's targets alone on its line inside the plan's numbered part ("二、2024年工作安排"
            # then "2024年主要预期目标" over its items one a line, a Word file's text): a sub-part of the targets, up to
            # the part's next numbered item, or its items read as tasks and pledged (decision 474)
            subs.append((t[0], 2, "", title))
    heads = sorted(heads + subs) if subs else heads
    if not added:
        return heads
    # (then the review's own unnumbered title before the first numbered part, "2018年工作回顾\n一、项目建设成果丰硕…",
    # is a part too; not where that part titles itself, "2023年工作回顾和2024年工作安排\n一、2023年工作回顾": a title
    # over the whole report)
    first, first_title = next(((h[0], h[3]) for h in heads if h[1] == 1), (None, ""))
    review = [t for t in plain if first is not None and t[0] < first and _role(t[3], year) == "review"][-1:] \
        if not (_OWN_REVIEW_TITLE.search(first_title) and _role(first_title, year, top=True) == "review") else []
    added = review + added
    # (the items numbered anew after such a title, "2024年工作安排\n一、扩大有效投资…" under a review numbered
    # 一、二、 as well: within its part, one level down, up to the government's own part: "五、加强政府自身建设")
    bounds = [t[0] for t in added] + [max(h[0] for h in heads) + 1]
    for a, b in zip(bounds, bounds[1:]):
        after = next((h for h in heads if h[0] > a), None)
        if after is not None and after[0] < b and after[1] == 1 and (after[2].startswith("一") or _FIRST_ITEM.search(text, a, after[0])):
            b = next((h[0] for h in heads if a < h[0] < b and h[1] == 1 and _role(h[3], year, top=True) == "closing"), b)
            heads = [(p, d + 1, num, t) if a < p < b else (p, d, num, t) for p, d, num, t in heads]
    return sorted(heads + added)


def _year_turns_in_goals(heads: list[tuple[int, int, str, str]], turns: list[int], year: int,
                         text: str) -> list[tuple[int, int, str, str]]:
    """The headings with a part opened by a line on the report year ("2021年是“十四五”开局之年。…") inside a numbered
    part on the plan period's goals ("二、“十四五”时期主要目标任务"), or inside the review's part after its close, whose
    year's part lost its title: the year's targets and tasks after the line are its plan, not the period's goals nor
    the review (the items numbered after it one level down)."""
    tops = [h for h in heads if h[1] == 1 and h[2]]
    added = []
    for t in turns:
        part = next((h for h in reversed(tops) if h[0] < t), None)
        if part is None or str(year) in part[3]:
            continue
        if not (_PERIOD_TITLE.search(part[3]) and _role(part[3], year, top=True) in _PLAN_ROLES) \
                and not (_role(part[3], year, top=True) == "review" and _REVIEW_CLOSE.search(text, part[0], t)):
            # (and a part titled for the review, "一、2023年工作回顾", that closes ("成绩来之不易…", "在肯定成绩的同时…")
            # before the line: the year's part after it lost its title, "二、2024年工作安排" dropped from a copy)
            continue
        st = text[t:text.find("\n", t) if text.find("\n", t) >= 0 else len(text)].strip()
        added.append((t, 1, "", st[:min(30, *(k for k in (st.find(c) for c in "。，,；;：:") if k > 0), len(st))]))
        break  # (the first such line opens the year's part)
    if not added:
        return heads
    a = added[0][0]
    b = next((h[0] for h in heads if h[0] > a and h[1] == 1 and h[2]), len(text) + 1)
    return sorted([(p, d + 1, num, ti) if a < p < b else (p, d, num, ti) for p, d, num, ti in heads] + added)


# (the first item of a numbered run, at a line's start: "一、聚力县域经济高质量发展。…" run on into a long paragraph is
# no heading of its own, yet it opens the run that the plan's title holds)
_FIRST_ITEM = lazy(r"(?m)^[ \t\u3000]*一、")


def _items_under_plain(heads: list[tuple[int, int, str, str]], plain: list[tuple[int, int, str, str]],
                       t: tuple[int, int, str, str], year: int, text: str) -> bool:
    """Whether the unnumbered plan title ``t`` holds the numbered items after it: no numbered part stands before it,
    the numbers after it start at 一、, and the first numbered title names no part of its own ("一、2023年工作回顾",
    "二、2024年工作安排" after a page's summary title are the report's parts)."""
    if any(h[1] == 1 and h[2] and h[0] < t[0] for h in heads):
        return False
    after = next((h for h in heads if h[0] > t[0] and h[1] == 1 and h[2]), None)
    return after is not None and (after[2].startswith("一") or _FIRST_ITEM.search(text, t[0], after[0]) is not None) \
        and _TITLE_YEAR.search(after[3]) is None and _role(after[3], year, top=True) not in ("review", "closing", "targets")


def _targets_before_second(heads: list[tuple[int, int, str, str]], t: tuple[int, int, str, str], year: int | None) -> bool:
    """Whether the unnumbered title ``t`` names the year's targets ("2026年主要目标", "目标2026") before a lone second
    part of the plan ("二、2026年重点工作", no "一、" before it): the first part, the review, ends at the title, and
    the targets under it are the plan's, not the review's, though the review part is the one its number implies."""
    if year is None or _role(t[3], year) != "targets" or not _plan_ahead(t[3], year):
        return False
    if any(h[1] == 1 and h[2] and h[0] < t[0] for h in heads):
        return False
    after = next((h for h in heads if h[0] > t[0] and h[1] == 1 and h[2]), None)
    return after is not None and _second_part_plans(after, year)


_BARE_LEADS = ("重点", "着力", "突出", "全力", "切实", "扎实")


def _after_targets(text: str, at: int, lead: str) -> bool:
    """Whether a line announcing work at ``at`` announces the year's: one that names no year nor targets before its bid
    ("重点抓好以下几个方面：") does only right after the targets ("…主要预期目标是：…。"), not after a review's opening
    ("过去一年，…我们坚持稳中求进。重点抓好以下几个方面：")."""
    return not lead.startswith(_BARE_LEADS) or "目标" in text[max(0, at - 400):at]


def _annex_title(line: str, prev: str, year: int | None) -> str | None:
    """The title of an annex of the year's targets or of last year's results, on the line after its label alone
    ("附件1" then "2020年主要预期目标") or after the label and its colon on one line ("附件2：2020年主要预期目标"); no
    sentence (no stop or comma in it)."""
    st = line.strip()
    if ANNEX_LABEL.fullmatch(prev) is not None:
        title = st
    elif (m := ANNEX_LABEL.match(st)) is not None and m.group().rstrip()[-1:] in "：:":
        title = st[m.end():]
    else:
        return None
    if not 4 <= len(title) <= 40 or _SENTENCE_MARK.search(title):
        return None
    return title if _role(title, year, top=True) in ("targets", "review") else None


def _no_digit(line: str) -> bool:
    """Whether ``line`` holds no digit (a caption's words, not its figure)."""
    return not any(c.isdigit() for c in line)


def _card_line_over(lines: list[str], i: int, prev_st: str) -> bool:
    """Whether line ``i`` stands right under a figure-first card's last line: short, no clause mark, its figure and name
    joined ("-5.2%单位生产总值能耗") or its name alone under its figure alone ("3%左右" over "居民消费价格涨幅")."""
    if not 0 < len(prev_st) <= 20 or _SENTENCE_MARK.search(prev_st):
        return False
    if _no_digit(prev_st):
        return i >= 2 and VALUE_LINE.fullmatch(lines[i - 2].strip()) is not None
    m = VALUE_LINE.match(prev_st)
    return m is not None and m.end() < len(prev_st) and _no_digit(prev_st[m.end():])


def _end_page_lists(text: str, sections: list[Section], starts: list[int], ends: list[int]) -> None:
    """End a page's list of one-line items (no part above them) at its last item's line: a news page goes on after
    its 民生实事 list to other things, last year's figures too ("…\n3.改造老旧小区12个。\n2023年，全区地区生产总值…"),
    which the last item would otherwise hold till the page's end, read as the year's tasks. A list whose items have
    lines of their own under them, or that stands in a part, or whose last item is a title over lines, is kept as it was."""
    run = 0  # (how many items of one line each, siblings with no part above, lead to section j)
    for j in range(len(sections)):
        if sections[j].parent is not None or run and sections[j - 1].depth != sections[j].depth:
            run = 0
        if sections[j].parent is not None:
            continue
        nxt = j + 1 < len(sections) and sections[j + 1].parent is None and sections[j + 1].depth == sections[j].depth
        if nxt and text.count("\n", starts[j], starts[j + 1]) == 1 and text[starts[j + 1] - 1] == "\n":
            run += 1
            continue
        e = text.find("\n", starts[j], ends[j])
        # (the last item whole on its line, closing on its stop: not a title over lines of its own, "四、下一步工作打算")
        if run and not nxt and 0 <= e and text[starts[j]:e].rstrip().endswith(("。", "；", ";")) and text[e + 1:ends[j]].strip():
            ends[j] = e + 1
        run = 0


def outline(norm: Normalized, year: int | None = None) -> Outline:
    """The section tree; ``year`` (the report year, if known) lets dated headings decide roles."""
    text = norm.text  # (a heading's year in Chinese numerals, "二〇二三年工作安排", in digits: normalize reads it so)
    heads: list[tuple[int, int, str, str]] = []  # norm pos, depth, number, title
    plain: list[tuple[int, int, str, str]] = []  # unnumbered part titles
    turns: list[tuple[int, int, str, str]] = []  # unnumbered titles over a turn to this year's plan
    announces: list[tuple[int, int, str, str]] = []  # lines announcing the year's work
    mid_announced: set[tuple[int, int, str, str]] = set()  # ...those inside a run-on line
    pos = 0
    lines = text.splitlines(keepends=True)
    bars = "|" in text  # (most texts hold no table)
    after_paragraph = True
    prev_st = ""
    notes = False  # inside a block of notes: its items ("①按可比价格计算。", "1.数据为快报数") are no parts
    lead_turn = None  # a paragraph turning to the year's plan before any title (an excerpt that runs the two together)
    year_turns: list[int] = []  # lines opening on the report year ("2021年是“十四五”开局之年。")
    blank_before = False
    numbered_before = False  # whether the last line of text was a numbered heading
    annexed: set[int] = set()  # where annexes' titles stand (parts after the report's body, not of it)
    # (the title within the head, naming no year but the past one: not "关于2022年…完成情况及2023年…安排的报告")
    done = year is not None and "情况" in text[:200] and (dm := _DONE_TITLE.search(text, 0, 200)) is not None \
        and int(dm.group(1)) < year and all(int(y) < year for y in re.findall(r"(?:19|20)\d{2}(?=年)", text[:text.find("\n", dm.end()) % (len(text) + 1)]))
    for i, line in enumerate(lines):
        h = _heading(line)
        # (or right under a line that ends a sentence, no blank line between: a page printed with its blank lines
        # dropped, a PDF's layer or a Word file's, "…增长3.2%。\n民生实事，件件暖心\n今年新建…" — a page's width cuts no
        # line that short at a paragraph's start, decision 387)
        # (and its body right under it, or blank lines under it where two or more are above it: a Word file's text
        # sets a blank line between paragraphs and one more above a part's head, "…！）\n\n\n民生实事，件件暖心\n\n今年…",
        # and a page's mark and head dropped under it leave more, "民生实事，件件暖心\n\n\n\n\n新增…")
        if h is None and (blank_before or prev_st[-1:] in _SENTENCE_ENDS) and i + 1 < len(lines) and len(line) <= 24 \
                and "，" in line and (lines[i + 1].strip() or i >= 2 and not lines[i - 1].strip() and not lines[i - 2].strip()
                                     and any(ln.strip() for ln in lines[i + 2:i + 7])):
            h = _comma_head(line, year)
        if done and h is None and after_paragraph and pos > dm.end() and (ym := _YEAR_OPENS.match(line)) is not None \
                and int(ym.group(1)) >= year:
            # "2024年，区政府将继续…计划新增公办学位5000个" after the account: the issuing year's plan, a part of its own
            h = (1, "", line.strip()[:ym.end() - len(line) + len(line.lstrip()) - 1])
        if NOTES_HEAD.match(line):
            notes = True
        elif notes and line.strip():
            if h and h[0] >= 3:
                h = None
            else:
                notes = False
        if h and bars and _in_table(lines, i) and not any(ch.isdigit() for ch in line) \
                and not any(pat.search(h[2]) for role, pat in ROLE_WORDS if role != "tasks?"):
            h = None  # a category row of a table ("一、经济发展" between its rows), not a part
        if h is None and (prev_st[:1] == "附" or line.lstrip()[:1] == "附") and len(line) <= 48 \
                and (at := _annex_title(line, prev_st, year)):
            # an annex's title under its label ("附件1" then "2020年全县经济社会发展主要预期目标", "附表" then
            # "…2024年主要指标计划表", "附件2：2023年主要指标完成情况"): a part of its own after the report's last, its
            # items the target list or last year's results, not the tasks of the part above it (an annex of the year's
            # 民生实事 or projects, whose items are that part's tasks, stays in it)
            heads.append((pos + len(line) - len(line.lstrip()), 1, "", at))
            annexed.add(heads[-1][0])
        elif h:
            lead = len(line) - len(line.lstrip())
            heads.append((pos + lead, h[0], h[1], h[2]))
        elif len(line) <= 34 and (st := line.strip()) and len(st) <= 26 and plain_part_title(st) \
                and (after_paragraph or (blank_before or not _SENTENCE_MARK.search(prev_st)) and st[-1:].isdigit()
                     and _YEAR_AFTER_TITLE.fullmatch(st)
                     or (st[:1] in "12今明" or st[-1:].isdigit() and _YEAR_AFTER_TITLE.fullmatch(st))
                     and (STATED_ITEM.fullmatch(prev_st) is not None or numbered_before
                                                                 or _year_led_item(prev_st)
                                                                 or (blank_before or _no_digit(prev_st)) and len(prev_st) <= 20
                                                                 and not _SENTENCE_MARK.search(prev_st)
                                                                 or _card_line_over(lines, i, prev_st))):
            # a part's title with no number ("“十五五”时期经济社会发展的主要目标") after a full paragraph: a
            # part where the report numbers none (not an infographic's caption: "5000人\n2024年主要目标"); after a
            # caption of words, the name under its figure, with no blank line between, as a PDF's text layer or a page
            # copied without its blank lines prints it ("2180人\n城镇新增就业\n2022年主要预期目标"), a part too
            # (a card's sub-head with its year after the words, "重点工作2021", opens a part after a blank line under the
            # cards above it too, decision 430); or under a card's or a slogan's line with no clause mark and no blank
            # line, a PDF's layer printing none ("奋斗2021 出彩巩义\n重点工作2021"; decision 442)
            # (its year after the words too, right under a target card's item: "地区生产总值 增长7%左右" over
            # "重点任务2022" and the task cards, decision 438)
            # (or under a figure-first card's last line, its figure and name joined or its name under its figure alone,
            # "−5.2%\n单位生产总值能耗\n2017年主要预期目标", a PDF's layer printing no blank line: decision 462)
            plain.append((pos + len(line) - len(line.lstrip()), 1, "", st))
        elif after_paragraph and len(line) <= 40 and ("以下" in line or "个方面" in line or "任务是" in line) \
                and ANNOUNCE_PLAN.fullmatch(line.rstrip("\r\n")) and _after_targets(text, pos, line.strip()):
            # a line announcing the year's work ("今年重点抓好以下工作："): the plan's part, also inside a numbered
            # review that numbers no plan part after it
            announces.append((pos + len(line) - len(line.lstrip()), 1, "", line.strip().rstrip("：:")))
        elif after_paragraph and len(line) <= 300 and ("以下" in line or "个方面" in line or "任务是" in line) \
                and (lm := _LEAD_THEN_ITEM.match(line)) is not None and ANNOUNCE_PLAN.fullmatch(lm.group(1)) \
                and _after_targets(text, pos, lm.group(1).strip()) \
                and not ((ym := _YEAR_OPENS.match(lm.group(1).strip())) is not None and year is not None and int(ym.group(1)) < year):
            # (its first item's number and title run on after its colon, a page setting each sentence a line: "今年重点抓好
            # 以下工作：（一）全力以赴稳增长。" over "确保全年固定资产投资增长10%左右，…" and "（二）扎实推进乡村振兴。": the plan's part
            # as the lead alone on its line opens it, decision 377)
            announces.append((pos + len(line) - len(line.lstrip()), 1, "", lm.group(1).strip().rstrip("：:")))
        elif after_paragraph and len(line) <= 34 and (st := line.strip()) and 6 <= len(st) <= 30 and i + 1 < len(lines) \
                and not PROSE_MARK.search(st) and TURN_TO_PLAN.match(lines[i + 1]):
            # a slogan over the plan's part ("凝心聚力 奋勇争先 全力推动高质量发展" before "2024年是…"): a part too,
            # once the report titles others without numbers (the review's part swallowed the plan's)
            turns.append((pos + len(line) - len(line.lstrip()), 1, "", st))
        elif after_paragraph and plain and TURN_TO_PLAN.match(line) and not (turns and turns[-1][0] + len(turns[-1][3]) + 2 >= pos) \
                and not (plain[-1][0] > (turns[-1][0] if turns else -1) and _role(plain[-1][3], year) in _PLAN_ROLES
                         and not _PERIOD_TITLE.search(plain[-1][3])):
            # a paragraph turning to the year's plan with no title over it ("2024年是…关键之年。全县…主要预期目标是："):
            # a part of its own after an unnumbered one, its opening words its title ("2023年是…" in a review stays the review's);
            # not under a title of the plan's part already ("2024年工作安排\n2024年是…。\n今年全县…主要预期目标是："), whose part it is
            st = line.strip()
            turns.append((pos + len(line) - len(line.lstrip()), 1, "", st[:min(30, *(k for k in (st.find(c) for c in "。，,；;") if k > 0), len(st))]))
        elif after_paragraph and (t := line.rstrip()).endswith(("：", ":")) and (k := t.rfind("。")) > 0 and len(t) - k <= 40 \
                and ("以下" in t[k:] or "个方面" in t[k:] or "任务是" in t[k:]) and ANNOUNCE_PLAN.fullmatch(t, k + 1) \
                and _after_targets(text, pos + k + 1, t[k + 1:].strip()):
            # the line's last sentence announcing the year's work, after the target list ("…控制在5.5%以内。做好今年工作，
            # 重点抓好以下几个方面："): the plan's part opens there
            announces.append((pos + k + 1, 1, "", t[k + 1:].strip().rstrip("：:")))
        if year is not None and after_paragraph and "年是" in line[:12] and (ym := _YEAR_IS.match(line)) is not None \
                and int(ym.group(1)) == year:
            year_turns.append(pos + len(line) - len(line.lstrip()))
        if lead_turn is None and pos and after_paragraph and not heads and not plain and TURN_TO_PLAN.match(line):
            st = line.strip()
            lead_turn = (pos + len(line) - len(line.lstrip()), 1, "", st[:min(30, *(k for k in (st.find(c) for c in "。，,；;：:") if k > 0), len(st))])
        if len(line) > 300 and not heads and (k := line.find("一、", 1, 600)) > 0 and line[k - 1] not in _NO_PART_BEFORE:
            # the first part's title run on after the head with no stop between, as a page of one paragraph runs its byline or
            # its greeting into it ("…会议上县长  陈明远一、2018年工作回顾2018年，…", "各位代表：一、…"), if its words say which
            ih = _inline_part(line[k:k + 64])
            if ih is not None and ih[0] == 1:
                heads.append((pos + k, 1, ih[1], ih[2]))
        if len(line) > 300 and ("。一、" in line or "。二、" in line or "。第" in line or "。【" in line or "。〔" in line) \
                or "。二、" in line or "。三、" in line or "。四、" in line:
            # a web page that ran its parts into one paragraph ("…提出意见。一、“十三五”时期及2020年工作回顾2020年是…",
            # "…。【2023年工作安排】今年是…"): a numbered or bracketed part title after a sentence's end opens a part
            # there, if its words say which
            # (and one whose words name no part, "。二、产业与创新去年…", "。三、坚持消费提质，激发市场活力2023年，…", where it
            # goes on the numbers of the parts before it in the line: a part as its own line would be, its role its words')
            # (a shorter line's part titled by its words only, "…全力破解。二、2022年工作安排今年…", the copy's break before the
            # title lost and the one after its paragraph kept: its numbered items are a list's, "。二、…。三、…")
            long_line = len(line) > 300
            seq = _NUMERAL.get(heads[-1][2][:-1], 0) if heads and heads[-1][0] >= pos else 0
            for m in _MID_PART.finditer(line, 1):
                k = m.end()
                ih = _heading(line[k:_BRACKET_END.search(line, k).end()]) if line[k] in "【〔" else _inline_part(line[k:k + 64])
                if ih is None and long_line and line[k] in _NUMERALS and (nm := _INLINE_NUMBER.match(line, k)) is not None \
                        and _NUMERAL.get(nm.group().strip()[:-1]) == seq + 1 and line[nm.end():nm.end() + 1] not in _NUMERALS:
                    # (not numerals listed in a sentence: "。三、四季度重点推进…", "。三、四、五星级酒店新增2家", decision 179)
                    ih = (1, nm.group().strip(), _sequence_title(line, nm.end()))
                if ih is not None and ih[0] == 1:
                    heads.append((pos + k, 1, ih[1], ih[2]))
                    seq = _NUMERAL.get(ih[1][:-1], 0)
        if len(line) > 300 and heads and year is not None and ("年是" in line or "新的一年" in line) \
                and _role(heads[-1][3], year, top=True) == "review":
            # the review's paragraph turning to the year's plan with no title inside a page of one paragraph ("…这些成绩的取得，
            # 是…的结果。2019年是新中国成立70周年，…。全市地区生产总值增长10%左右，…"): the plan's part opens at the turn, as
            # a paragraph a turn opens does after an unnumbered part (not at a year before the report's: "2018年是…" reviews)
            for m in _MID_TURN.finditer(line, 1):
                if (m.group(1) is None or int(m.group(1)) == year) and pos + m.start() + 1 > heads[-1][0]:
                    k = m.start() + 1 + len(line[m.start() + 1:]) - len(line[m.start() + 1:].lstrip())
                    st = line[k:k + 60]
                    heads.append((pos + k, 1, "", st[:min(30, *(j for j in (st.find(c) for c in "。，,；;：:") if j > 0), len(st))]))
                    break
        if len(line) > 300 and ("以下" in line or "个方面" in line):
            # a sentence announcing the year's work inside a page of one paragraph ("…控制在5.5%以内。今年重点抓好以下工作：
            # （一）…"): the plan's part opens there, as the last sentence of a line opens it (on a page of no other
            # part the text before it is no part: the targets before the bid, "…城镇新增就业力争达到70万人。做好今年工作，要突出抓好
            # 以下几点：", are no review's, cue words decide)
            for k, bid in _mid_announces(line):
                if _after_targets(text, pos + k, bid) and not ((ym := _YEAR_OPENS.match(bid)) is not None and year is not None
                                                               and int(ym.group(1)) < year):
                    announces.append((pos + k, 1, "", bid))
                    mid_announced.add(announces[-1])
        pos += len(line)
        # (a dated title after a blank line under a short caption, "…\n空气质量优良天数比率\n\n2021年主要预期目标": a 数读
        # page's part, though the caption ends with no stop)
        blank_before = not line.strip()
        if line.strip():
            prev_st = line.strip()
            # (a numbered heading right above: "二、2024年工作安排\n2024年主要预期目标", a sub-title under it, decision 474)
            numbered_before = bool(h and h[1])
            # (the report's title, or its byline's date, closes the head as a paragraph does: "XX县政府工作报告\n
            # 2023年工作回顾", "——2024年1月8日在…会议上\n2023年工作回顾")
            last = line.rstrip()[-1]
            # (a note in brackets closing on its sentence's end, "（以上数据为全区口径。）", ends a paragraph too)
            after_paragraph = last in "。！？；：:!?;" or last in "）)" and line.rstrip()[-2:-1] in "。！？!?" or len(line) <= 80 and not PROSE_MARK.search(line) and (
                last in "告报要案幕开行）)" and HEADLINE_END.search(line.rstrip()) is not None
                or HEAD_LINE.fullmatch(line.rstrip("\r\n")) is not None) \
                or len(line) <= 60 and ("：" in line or ":" in line) and credit_line().match(line) is not None
    if plain and not any(h[1] == 1 and h[2] for h in heads):
        # (a news page's unnumbered sub-heads, "回眸2022" or "【回眸2022】", number no parts either: a plain
        # title under them, "2023年主要预期目标", is a part beside them)
        turned = {t for t in turns if t[0] > plain[0][0]}
        heads = sorted(heads + plain + list(turned))
    else:
        turned = set()
        if plain and year is not None:
            heads = _plan_titles_in_review(heads, plain, year, text)
    if announces and any(h[1] == 1 and h[2] for h in heads):
        # (a report that numbers its parts: only a line naming the year opens the plan's part inside one, not
        # "实现上述工作目标，…重点做好以下七个方面的工作：" under "三、2022年工作安排")
        # (nor one that ends with a full stop, "今年要重点做好八个方面工作。" under "三、2016年重点工作": a sentence of the part)
        announces = [a for a in announces if (a[3].startswith(("今年", "今后一年")) or a[3][:2] in ("19", "20"))
                     and not a[3].endswith("。")]
    announced = set(announces)
    if announces:
        heads = sorted(heads + announces)
    if heads and any(h[2][:1] == "第" for h in heads):
        heads = _under_parts(heads)
    if heads and sum(1 for h in heads if h[1] == 1 and h[2][:2] == "一、") > 1:
        heads = _restarted_in_plan(heads, year)
    if len(heads) > 2:
        heads = _review_items_as_parts(heads, text, year)
    if year_turns and heads:
        heads = _year_turns_in_goals(heads, year_turns, year, text)
    closed = False
    # (its items' heads, and a line announcing the work after the targets, "实现上述目标，重点做好以下七个方面工作：", are no part titles)
    items_only = bool(heads) and not plain and not turns and all(h[1] > 1 or h in announces for h in heads)
    if (not heads or items_only) and ("清" in text or "成绩" in text or "谢" in text or "敬意" in text) \
            and (rc := _REVIEW_CLOSE.search(text)) is not None:
        # a page of no titles that closes a review ("在肯定成绩的同时，我们也清醒看到…") and then turns to the year's
        # plan in a paragraph of its own ("2024年是…关键一年。今年全省…主要预期目标是："): the review, then the plan
        # (not a close after the turn already made: "2024年是…。\n同时，我们也清醒看到…" is the plan's look ahead)
        # (and a whole report whose part titles were lost, its items' kept, "（一）坚持工业立县，…" in the review and
        # "（一）聚焦产业强县，…" in the plan: the turn opens the plan's part over the items after it; there the review's
        # own year, "2025年是“十四五”收官之年。" before the close, is no turn)
        def _turn(k: int) -> bool:
            return TURN_TO_PLAN.match(text, k) is not None and not (
                items_only and year is not None and (ym := _YEAR_IS.match(text, k)) is not None and int(ym.group(1)) < year)
        at = text.find("\n", rc.end()) if not any(_turn(k + 1) for k in _line_starts(text, rc.start())) else -1
        while 0 <= at < rc.end() + 3000:
            if _turn(at + 1):
                st = text[at + 1:text.find("\n", at + 1) if text.find("\n", at + 1) >= 0 else len(text)].strip()
                heads = sorted(heads + [(at + 1 + len(text[at + 1:]) - len(text[at + 1:].lstrip()), 1, "",
                                         st[:min(30, *(k for k in (st.find(c) for c in "。，,；;：:") if k > 0), len(st))])])
                closed = True
                break
            at = text.find("\n", at + 1)
    if lead_turn is not None and not closed and not turns and heads and heads[0][0] > lead_turn[0] \
            and _role(lead_turn[3], year, top=True) in _PLAN_ROLES and _REVIEW_TEXT.search(text, max(0, lead_turn[0] - 3000), lead_turn[0]):
        # a page that runs last year's review into this year's plan with no title between ("过去一年，…增长6.1%。\n
        # 今年是…收官之年。…全县地区生产总值增长6%左右"), titled parts after: the review, then the plan's targets up to
        # them, as a review's close would turn (a page of no titles at all is left to cue words, its tasks' pledges kept)
        heads = [lead_turn] + heads
        closed = True
    n = len(text)
    leading_end = heads[0][0] if heads else n
    # text before the first heading: a page that starts inside a part. With no heading at all
    # (a news article) there is no part to continue, and cue words decide fact by fact.
    # (topics that only a marked task line names, "●建设未来社区150个", are depth 6 and no part of their own: a page whose
    # only heads they are has no parts, and its story before them is in none, as with no heading at all)
    topics_only = bool(heads) and all(h[1] >= 6 for h in heads)
    if done and heads and not topics_only:
        leading_role = "review"
    elif heads and heads[0][0] in annexed:
        # the first title that of an annex ("附件" then "2019年…主要预期目标"): the report above it numbers no part, its
        # review and its year's work run on in its body, and cue words decide there as on a page of no title at all
        # (not a page starting inside the review, which would drop the tasks before the annex)
        leading_role = "other"
    elif not heads or topics_only or heads[0] in announced and (heads[0] in mid_announced or not _REVIEW_TEXT.search(text[:min(leading_end, 3000)])):
        # (a report numbering no part, the year's work announced by a line: its opening, the review, the goals and
        # the targets before that line are no part, cue words decide)
        leading_role = "other"
    elif closed or _REVIEW_TEXT.search(text[:min(leading_end, 3000)]) or _second_part_plans(heads[0], year, text[:min(leading_end, 3000)]) \
            or heads[0][1] > 1 and (top := next((h for h in heads if h[1] == 1), None)) is not None \
            and _second_part_plans(top, year, text[:min(top[0], 3000)]) \
            or not heads[0][2] and _targets_before_second(heads, heads[0], year):
        # a page that starts inside the first part, with the plan as the second: the review (its items before the
        # second part too, whatever their titles: "（八）坚持以人民为中心，民生福祉持续增进。" before "二、2023年工作总体要求…";
        # and up to a title of the year's targets before that second part, "2026年主要目标" then "二、2026年重点工作")
        leading_role = "review"
    elif heads[0][1] == 1 and heads[0][2][:1] == "一" or heads[0][2].startswith("第一") \
            or _earlier_numbers_run_on(text, leading_end, heads[0]):
        # the text opens the report before its first part (一、…): the speaker's opening, no part
        # (or its first parts' numbers open paragraphs run on into their sentences, no title of their own, before the
        # first part read as titled: "一、财政经济委员会认为，2021年全市…。\n二、…。\n三、财政经济委员会建议：…" in a
        # committee's review; the page starts at its head, not inside a part, decision 364)
        leading_role = "other"
    elif year is not None and _role(heads[0][3], year, top=True) in _PLAN_ROLES and str(year) in heads[0][3] \
            and (im := _infographic_title().match(text, 0, max(0, text.find("\n")) if "\n" in text else len(text))) is not None \
            and int(im.group(1)) == year and _FIGURE_IN.search(text, im.end(), leading_end) is not None:
        # an infographic page of the year's report ("一图读懂2024年柳州市政府工作报告"), its figure cards right under the
        # title or its lead, then its first title the year's plan ("2024年主要预期目标"): the cards are the report's
        # review, last year's results (no review title of their own, decision 211)
        leading_role = "review"
    elif _NEWS_BYLINE.search(text[:min(leading_end, 600)]):
        # a news page on the report, its byline or its lead on the meeting before its first sub-head ("来源：…融媒体中心",
        # "县长周柏平代表县人民政府作政府工作报告") then "【数说2024】": the story before it is in no part of the report,
        # cue words decide (not the tasks a page cut from a report's middle starts in)
        leading_role = "other"
    else:
        leading_role = "tasks" if leading_end > 400 else "other"
    orphan_roles: dict[int, str] = {}
    if heads and leading_role != "review" and not topics_only:
        orphan_roles, definite = _orphan_roles(heads, year)
        if definite and heads[0][1] > 1:
            # the sub-headings say which part the page is in: the text before them is in it too
            leading_role = orphan_roles[0]
        elif leading_role != "other":
            orphan_roles = {}
    sections: list[Section] = []
    starts: list[int] = []
    stack: list[Section] = []
    ahead_run = 0  # the depth of a run of items that a lead looking ahead opened
    # a part titled for the government's work in words a task part may use too ("五、深化“放管服”改革，
    # 提升政府效能", "建设法治政府") is the closing part only with no part of the plan or closing part after it
    weak_closing = _weak_closing(heads, year)
    work_parts: set[int] = set()  # targets parts whose items a lead announcing the work opened
    top_role = None  # the role of the last part
    lead_run = False  # whether the last part was one of the year's work items a line leading the work opened
    for i, (p, depth, number, title) in enumerate(heads):
        while stack and stack[-1].depth >= depth:
            stack.pop()
        parent = stack[-1] if stack else None
        # (a sub-heading run on into its paragraph, "2．居民消费价格。预期目标为3%左右，实际上涨0.3%。":
        # its words before the stop are its title, the rest the paragraph's)
        own = _role(title.split("。", 1)[0] if depth > 1 and "。" in title.rstrip("。") else title, year, top=depth == 1)
        if depth == 1:
            role = own or "other"
            if done and not (role in _PLAN_ROLES and (ROLE_WORDS[0][1].search(t0 := title.split("。", 1)[0]) or ROLE_WORDS[4][1].search(t0)
                                                      or (ty := _TITLE_YEAR.search(t0)) is not None and int(ty.group(1)) >= year)):
                # an item of the account ("八、城市公园建设。建成口袋公园25个", "二、就业帮扶。…完成年度目标任务的110%"), whatever
                # its words, unless its title (up to its stop) names the work ahead or the issuing year ("三、下一步工作打算")
                role = "review"
            if own is None and top_role in ("tasks", "targets", "requirements") and _title_shape(title) == "tasks":
                # a part that calls for action after the plan's parts ("四、积极扩大有效投资", "五、确保实现脱贫攻坚
                # 目标，促进农业丰收" after "三、加大宏观政策实施力度"): the plan's next task part, in words no
                # task part's list has
                role = "tasks"
            if i in weak_closing:
                role = "tasks"
            led = role == "other" and own is None and bool(number) and (
                lead_run or _work_lead_above(text, heads[i - 1][0] if i else 0, p, year))
            if led:
                # the numbered items of the year's work set each on a line of their own under the line that leads them
                # ("围绕上述目标，重点抓好以下工作：\n一、抓项目扩投资。\n全年安排…"; a page setting one sentence a paragraph):
                # the year's tasks, up to a part whose title says another role (run on into their paragraph, they
                # are no heads and the lead opens the part, as it does a report numbering no part)
                role = "tasks"
            # (the run goes on over an item whose own words say tasks, "四、抓城乡建设。")
            lead_run = bool(number) and (led or lead_run and own == "tasks")
            if role == "other" and announced and (p, depth, number, title) in announced:
                # "围绕上述目标，重点做好以下工作：" (a line announcing the work, naming no year): the year's tasks
                role = "tasks"
            if role == "targets" and (p, depth, number, title) in turned:
                # a paragraph that turns to the year's plan ("今年全县…主要预期目标是：…") opens the whole plan
                # part, its targets and the tasks after them
                role = "tasks"
        elif parent is None:
            # a page that starts inside a part (a newspaper's second page): its sub-sections
            # continue the part the page opened in
            if own in ("targets", "review", "closing"):
                role = own
            elif leading_role == "review" and (ahead_run == depth and not _LIST_LEAD.search(text, max(0, p - 4), p)
                                               or _leads_ahead(text, p)):
                # a news page's items after a lead that looks ahead ("今年，江油将办好十件民生实事：\n1.新建…"),
                # though the page opened on the review: the year's tasks, up to the list's end (a list that
                # another lead opens after it is that lead's: "报告指出，过去一年…做了以下工作：\n1.…")
                role, ahead_run = "tasks", depth
            else:
                role, ahead_run = orphan_roles.get(i, leading_role), 0
        else:
            role = parent.role
            if own in ("targets",) and not (parent.role == "review" and not _looks_ahead(title, year)
                                           and not _looks_ahead(parent.title, year)) \
                    or (own == "review" and parent.role != "review"):
                # (a review's "（一）主要指标。全市地区生产总值完成…" states how last year's targets went: a
                # targets title under the review looks ahead only by its year or its words, or its part's)
                role = own
            elif role == "targets" and own not in ("closing", "requirements") \
                    and (parent.id in work_parts or _WORK_LEAD.search(text, max(0, p - 60), p)
                         or _work_lead_above(text, starts[parent.id], p)) \
                    and not _TARGETS_GROUP_TITLE.search(title.split("。", 1)[0]) \
                    and (not _PERIOD_TITLE.search(parent.title) or _AHEAD_YEAR_WORDS.search(parent.title)
                         or year is not None and f"{year}年" in parent.title):
                # "二、2019年工作总体要求和主要目标 … 重点做好以下工作：（一）…": the items after a lead announcing
                # the work are the year's tasks, not the target list (not in a part of a plan period's goals
                # alone, "二、今后五年的主要目标任务", whose tasks are the period's)
                role = "tasks"
                work_parts.add(parent.id)
        if depth == 1:
            top_role = role
        path = (parent.path + " > " if parent else "") + (number + title)[:60]
        sec = Section(id=len(sections), parent=parent.id if parent else None, depth=depth, number=number,
                      title=title, role=role, start=0, end=0, path=path)
        sections.append(sec)
        starts.append(p)
        stack.append(sec)
    # a section ends where the next heading of the same or a higher level starts (one pass, a stack
    # of open sections: a nested scan is quadratic on a text of many headings)
    ends = [n] * len(sections)
    open_: list[int] = []
    for j, sec in enumerate(sections):
        while open_ and sections[open_[-1]].depth >= sec.depth:
            ends[open_.pop()] = starts[j]
        open_.append(j)
    _end_page_lists(text, sections, starts, ends)
    for i, sec in enumerate(sections):
        sec.start, sec.end = norm.to_raw_span(starts[i], max(ends[i], starts[i] + 1))
    return Outline(sections, starts, ends, leading_role)
