"""Score the blind sets printed the ways web pages and PDFs print them (decisions 201 and 209), gold offsets mapped.

    python benchmarks/blind_print.py [SET ...] [--kinds trad,pdf,sent,nsplit,crlf,html,ruby,docx] [--out DIR] [--keep]

Every text of the sets (all of benchmarks/blind/ by default; a SET may be a folder's path holding texts/ and gold/) is
printed eight ways: OpenCC s2t or s2hk (only where the
length is kept), a PDF's text layer (lines cut at 28-40 characters, page marks, running heads, no blank lines; a text
that is already a PDF's layer is not wrapped again), one sentence a paragraph, numbers split by a space or a line
break, Windows line ends with full-width indents, and a portal's page saved as text (nav bar, 发布时间 line, share
buttons, related links, footer), a reading-aid page with pinyin in brackets after a few words a paragraph (decision 369: “高标准农田（gāo biāo
zhǔn nóng tián）”, “生产总值(shēngchǎn zǒngzhí)”, never inside a number), and a Word file's text as a converter gives it
(decision 369: numbered headings with a tab after the list engine's number, table rows with tabs between cells, soft line
breaks as \v inside paragraphs, the header's title and the footer's page mark repeated). Each printing is built as (character, index in the plain text) pairs, so every gold
span [s, e) maps to [pos(s), pos(e-1)+1) and its quote is re-read from the printed text. One line a kind is printed,
scored through `planwatch eval`, beside the plain texts' line: a rule that holds for a class of sentences holds for
every printing. The printings are seeded by the text's place in the run, so a run is repeatable.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "blind"
KINDS = ("trad", "pdf", "sent", "nsplit", "crlf", "html", "ruby", "docx")
Pairs = list  # [(char, index in the plain text or None)]


def _ins(s: str) -> Pairs:
    return [(c, None) for c in s]


def _breaks(P: Pairs) -> list[tuple]:
    """The text's line breaks as pairs (each mapped to its own index), one for each line but the first."""
    return [(c, i) for c, i in P if c == "\n"]


def _lines(P: Pairs) -> list[Pairs]:
    lines, cur = [], []
    for c, i in P:
        if c == "\n":
            lines.append(cur)
            cur = []
        else:
            cur.append((c, i))
    lines.append(cur)
    return lines


def trad(text: str, idx: int) -> Pairs | None:
    import opencc

    out = opencc.OpenCC("s2t" if idx % 2 else "s2hk").convert(text)
    return None if len(out) != len(text) else [(c, i) for i, c in enumerate(out)]


_HEADS = ("政府工作报告", "{region}人民政府公报", "{year}年{region}政府工作报告", "{region}人民代表大会常务委员会公报")


# (the marks a sentence's or a clause's line ends on, Chinese and English: “…growth.”, “…5 percent?” and a closing quote
# after one, “…he said.\"”; a line of a layer its width cut ends on none)
_LINE_END = "。；：！？”）).?!;:"


def _ends_clause(ln: str) -> bool:
    st = ln.rstrip()
    return st[-1] in _LINE_END or st[-1] in "\"'’" and len(st) > 1 and st[-2] in _LINE_END


def _cells(s: str) -> int:
    return sum(1 if c.isascii() else 2 for c in s)


def already_wrapped(text: str) -> bool:
    """A text already a PDF's layer, its lines cut inside sentences (wrapping it again is no printing). No page is wider
    than 100 half cells (50 Chinese characters, 100 English ones): a text that sets two prose paragraphs whole on a line
    each (a clause's mark in it, no table's run of spaces) was never set by a page — a news or portal page, its headline,
    dateline and list rows ending on no mark (lft59b's “宜宾高新区：规上工业增加值增长12.3%”)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    whole = sum(1 for ln in lines if _cells(ln.strip()) > 100 and "  " not in ln.strip() and _MARKS.search(ln))
    if whole >= 2:
        return False
    cut = sum(1 for ln in lines if len(ln) >= 20 and not _ends_clause(ln))
    return cut >= 4 and cut >= len(lines) * 0.25 or _narrow_layer(lines)


def _narrow_layer(lines: list[str]) -> bool:
    """A narrow layer (a booklet's or a phone's PDF, a newspaper's column: 10–19 characters a line), its lines cut inside
    sentences under the 20 characters the test above asks: of the lines of 10 to 40 characters ending on no mark, six
    or more and three in five of one length — in characters (±1: a converter cutting by count, "…分组审查市国" over
    "民经济和…") or in half cells (±2: one cutting by width, a digit half a cell, a mark hung) — and half of those hold a
    clause's mark inside (a sentence's lines, no list of titles or names one a line)."""
    cut = []
    for ln in lines:
        st = ln.strip()
        if 10 <= len(st) <= 40 and st[-1] not in "。；：！？”）)":
            cut.append((len(st), sum(1 if c.isascii() else 2 for c in st), re.search(r"[，；。,;]", st[:-1]) is not None))
    if len(cut) < 6:
        return False
    for k, lo, hi, spread in ((0, 10, 19, 1), (1, 20, 38, 2)):
        ws = [c[k] for c in cut]
        w = max(sorted(set(ws)), key=lambda x: sum(1 for y in ws if x - spread <= y <= x + spread))
        near = [c[2] for c in cut if w - spread <= c[k] <= w + spread]
        if lo <= w <= hi and len(near) >= 6 and len(near) >= 0.6 * len(cut) and sum(near) >= 0.5 * len(near):
            return True
    return False


_TITLE = re.compile(r"[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十]+")


def _paragraphs(P: Pairs) -> list[Pairs]:
    """The text's lines, a line it already cut inside a sentence ("…为结构调整\n留出了空间。") run on with the next: a page
    sets a paragraph's lines anew, it neither indents nor ends a line the text cut."""
    out: list[Pairs] = []
    last = ""  # (the text's line before: prose, a clause mark in it, that its end cut)
    for line in _lines(P):
        txt = "".join(c for c, _ in line)
        prev_txt = last.strip()
        cut = len(last.strip()) >= 20 and last.strip()[-1] not in "。；：！？”）)" and "，" in last
        last = txt
        # (not a title's line, "（一）大力提振消费、扩大有效投资，推动…", nor a line the text opens on an indent: a paragraph)
        # (nor a list's row over the next, each opening on its own name and colon, lft59c's “遂宁高新区：…增长12.6%” over
        # “遂宁经开区：…”: a page sets a list's rows a line each, as the text does)
        # (nor a card's line ending on its figure over a card's line of no mark, "到2030年，地区生产总值突破3000亿元" over
        # "一般公共预算收入年均增长3%": an infographic's lines, each a card, no sentence its width cut)
        if cut and out and txt.strip() and txt[0] not in " \u3000" and "  " not in txt and "\t" not in txt \
                and not _TITLE.match("".join(c for c, _ in out[-1]).strip()) \
                and not (_CARD_END.search(prev_txt) and not _MARKS.search(txt)) \
                and not (_ROW_LABEL.match(prev_txt) and _ROW_LABEL.match(txt.strip())):
            out[-1] = out[-1] + line  # (the line's break goes: the page sets its own)
        else:
            out.append(line)
    return out


_ROW_LABEL = re.compile(r"[^，。；：、,;:\s]{2,12}[：:]")
_CARD_END = re.compile(r"\d(?:%|[\u4e00-\u9fff]{1,3})?$")
_MARKS = re.compile(r"[，。；：、！？,;:!?]")
_NO_LINE_START = frozenset("，。；：、！？）》」』”,;:!?)%")
_NO_LINE_END = frozenset("（《「『“(")


def _running_head(P: Pairs, idx: int, meta: dict) -> str:
    """The pages' running head, as the document's own kind has it: a work report's or a gazette's for a work report; a
    gazette's for a plan report (no "政府工作报告" over a 计划报告's pages); and a page's own title for any other page (a
    news article printed from a browser bears its headline, never "政府工作报告", which read as its title made it a report)."""
    kind = meta.get("doc_type")
    if _latin("".join(c for c, _ in P[:2000])):
        kind = None  # (an English page bears its own headline, never a Chinese report's head)
    heads = _HEADS if kind == "government_work_report" else _HEADS[1::2] if kind == "plan_report" else ()
    if not heads:
        first = next((ln for ln in _lines(P) if "".join(c for c, _ in ln).strip()), [])
        return "".join(c for c, _ in first).strip()
    return heads[idx % len(heads)].format(region=meta.get("region") or "", year=meta.get("report_year") or "")


def pdf(P: Pairs, idx: int, meta: dict) -> Pairs:
    rnd = random.Random(idx)
    width = rnd.choice([28, 30, 32, 34, 36, 38, 40])
    per_page = rnd.choice([22, 26, 30])
    style = idx % 3
    head = _running_head(P, idx, meta)
    rows: list[Pairs] = []
    # (a text that carries its own pages' marks, "— 6 —" over its running head, is a PDF's pages already: a page set
    # anew breaks where they stand, never a page of its own right before one, two marks and two heads back to back)
    own_marks = any(_PAGE_MARK.fullmatch("".join(c for c, _ in ln)) for ln in _lines(P))
    for line in _paragraphs(P):
        txt = "".join(c for c, _ in line)
        if not line:
            continue  # a PDF's text layer has no blank lines between paragraphs
        if _md_row(txt):
            # (a Markdown table as a page prints it, its layer a row a line: no rule row, no bars, the cells apart by
            # spaces; a PDF's layer never holds "| --- |", nor a row cut over lines by the page's width, prn62)
            if not _MD_RULE.fullmatch(txt):
                rows.append(_md_as_layer(line))
            continue
        if "\t" in txt or "   " in txt or txt.count("  ") >= 2:
            rows.append(line)  # a table's row stays in its cells
            continue
        if _latin(txt):
            rows += _wrap_words(line, width * 2)
            continue
        # (a page indents a paragraph once: a line the text already opens on its own indent, “　　一、…”, keeps that one,
        # as crlf does; the page's two more made a first line four characters short, which no typeset page prints, prn63b)
        body = _ins("　　") + line if idx % 2 and txt[:1] not in " 　" else line
        k = 0
        while k < len(body):
            e = k + width
            # (no line opens on a closing mark: a typesetter keeps "，。；：、！？）”" on the line above, 避头尾; one mark hangs
            # past the width, but a figure's "%" and a mark after it, "63%；", go down with the figure's digits: no line
            # holds two characters past the page's width)
            if e + 1 < len(body) and body[e][0] in _NO_LINE_START and (body[e][0] == "%" or body[e + 1][0] in _NO_LINE_START):
                b = e
                while b > k + width // 2 and (body[b - 1][0].isascii() and body[b - 1][0].isalnum() or body[b - 1][0] == "."):
                    b -= 1
                if b < e and body[b][0] not in _NO_LINE_START:
                    e = b
            while e < len(body) and body[e][0] in _NO_LINE_START:
                e += 1
            # (nor does a line end on an opening mark, 避尾: "（下转第2版）", "“百大项目”" go down whole with it)
            while k + 1 < e < len(body) and body[e - 1][0] in _NO_LINE_END:
                e -= 1
            rows.append(body[k:e])
            k = e
    out: Pairs = []
    due = 0  # (the number of the page whose break is put off)
    hold = False  # (the row after a category's cell goes with it, "绿色生态" over "森林覆盖率": its cell spans that row)
    cell = lambda k: "".join(c for c, _ in rows[k]).strip() if k < len(rows) else ""
    for n, row in enumerate(rows, 1):
        if due and not _FIGURE_CELL.fullmatch(cell(n - 1)):
            if hold:
                hold = False
            else:
                out += _page_break(due, style, head)
                due = 0
        out += row if row and row[-1][0] == "\n" else row + _ins("\n")  # (an English row carries its space's break)
        if n % per_page == 0 and not own_marks:
            # (a page breaks between a table's rows, never inside one: in a table printed one cell a line, the break waits
            # for the next row's name, the lines of figures before it stay on the page; a category's cell, "经济发展", is
            # printed beside the first row it spans, on its page)
            nxt = cell(n)
            hold = _CATEGORY.fullmatch(cell(n - 1)) is not None and nxt and not _FIGURE_CELL.fullmatch(nxt) \
                and _FIGURE_CELL.fullmatch(cell(n + 1)) is not None
            if _FIGURE_CELL.fullmatch(nxt) or hold:
                due = n // per_page
            else:
                out += _page_break(n // per_page, style, head)
    return out


def _md_row(txt: str) -> bool:
    """A Markdown table's row, "| 地区生产总值增长 | % | 8 |", or its rule row, "| --- | --- |": opens on a bar, two or more."""
    st = txt.strip()
    return st[:1] in ("|", "｜") and len(re.findall(r"[|｜]", st)) >= 2


def _md_as_layer(line: Pairs) -> Pairs:
    """A Markdown row's cells as a layer gives a table's row: the bars gone, the cells apart by two spaces."""
    txt = "".join(c for c, _ in line)
    cells = [(g.start(), g.end()) for g in re.finditer(r"[^|｜]+", txt) if txt[g.start():g.end()].strip()]
    out: Pairs = []
    for a, b in cells:
        a += len(txt[a:b]) - len(txt[a:b].lstrip(" \u3000"))
        b -= len(txt[a:b]) - len(txt[a:b].rstrip(" \u3000"))
        out += (_ins("  ") if out else []) + line[a:b]
    return out


def _latin(txt: str) -> bool:
    """An English line: most of its letters Latin (a Chinese line's figures and units are few)."""
    letters = [c for c in txt if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) > 0.8 * len(letters)


def _wrap_words(line: Pairs, width: int) -> list[Pairs]:
    """An English paragraph as a layer sets it: cut at the last space within the width (56–80 characters, the page's
    half cells), never inside a word, no full-width indent; the break stands in the space's place, as a layer has it
    (“…billion\nyuan”: the row ends on the space's pair printed as the break). A word longer than the width is cut at it."""
    rows, k = [], 0
    while k < len(line):
        e = k + width
        if e < len(line):
            b = max((j for j in range(k + 1, e + 1) if line[j - 1][0] == " "), default=0)
            if b:
                rows.append(line[k:b - 1] + [("\n", line[b - 1][1])])
                k = b
                continue
        rows.append(line[k:e])
        k = e
    return rows


# (a category's cell over the rows it spans, printed once: a short name, no figure, no mark)
_CATEGORY = re.compile(r"[\u4e00-\u9fff]{2,8}")
# (a figure's or a unit's cell, "7.5左右", "—", "%", "亿元": a row's cells after its name)
_FIGURE_CELL = re.compile(r"[-—–]+|[-+]?\d[\d.,]*%?(?:左右|以上|以内)?|%|[万亿]?元|万?人|万?吨|[万亿]?斤|万?亩|个|家|公里")


def _page_break(page: int, style: int, head: str) -> Pairs:
    out = _ins("\n" + ("— {} —", "第 {} 页", "- {} -")[style].format(page) + "\n\n")
    return out + _ins(head + "\n") if style != 2 else out


# (an English sentence's end: “.”, “?” or “!”, a closing quote may follow, then a space and a capital or a figure; not
# after an abbreviation, a capital's short word or an initial, “Jan. 14”, “U.S. Treasury”, “Mr. Wang”)
_EN_STOP = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.?!][\"'’”)]?( )(?=[A-Z0-9\"“])")


# (a figure cut at its point, a digit, the point, a space and one or two digits, "提高1. 2个百分点", "亿元 62. 5 63. 8": no
# sentence ends between a figure's digits, and no page that sets a sentence a paragraph breaks one there; "in 2023. 2024
# will…" is two sentences)
_POINT_CUT = re.compile(r"\d\. \d{1,2}(?!\d)")


def one_sentence(P: Pairs, idx: int) -> Pairs:
    """One sentence a paragraph: a break after each Chinese stop mark, and at the space after each English sentence's
    end (the space's place printed as the break: no line opens on a space)."""
    text = "".join(c for c, _ in P)
    en = {m.start(1) for m in _EN_STOP.finditer(text) if not _POINT_CUT.match(text, m.start(1) - 2)}
    out: Pairs = []
    for k, (c, i) in enumerate(P):
        if k in en:
            out += _ins("\n") + [("\n", i)] if idx % 2 else [("\n", i)]
            continue
        out.append((c, i))
        if c in "。！？" and k + 1 < len(P) and P[k + 1][0] != "\n" and P[k + 1][0] not in "”」）)":
            out += _ins("\n\n" if idx % 2 else "\n")
    return out


_NUM = re.compile(r"\d+(?:\.\d+)?")
_PAGE_MARK = re.compile(r"[ \u3000]*(?:[-—–][ ]?\d{1,3}[ ]?[-—–]|第 ?\d{1,3} ?页)[ \u3000]*")


def split_numbers(P: Pairs, idx: int) -> Pairs:
    text = "".join(c for c, _ in P)
    wrapped = already_wrapped(text)
    rnd = random.Random(idx * 7 + 1)
    cuts: dict[int, str] = {}
    for m in _NUM.finditer(text):
        s = m.group()
        if m.start() and text[m.start() - 1] == "\n" or text[m.end():m.end() + 1] == "\n":
            continue  # a number a line already cuts is cut once, not twice
        if _PAGE_MARK.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, k if (k := text.find("\n", m.end())) >= 0 else len(text)):
            continue  # a page's number in its mark ("— 15 —") is set apart at the foot, no figure a line's kerning splits
        if len(s) < 2 or (len(s) == 4 and s.startswith("20")) or rnd.random() > 0.45:
            continue
        if "." in s and rnd.random() < 0.6:
            cuts[m.start() + s.index(".") + 1] = " "  # "12. 5%"
        else:
            p = m.start() + rnd.randrange(1, len(s))
            cuts[p] = " " if "." in (text[p - 1], text[p]) else ("\n" if rnd.random() < 0.35 else " ")
            ls = text.rfind("\n", 0, p) + 1
            if cuts[p] == "\n" and (wrapped or p - ls < 20 or p - ls < 40 and _latin(text[ls:p])):
                # (a line break inside a number is a PDF's width cut: it falls a page's width into a paragraph's line,
                # not a few characters into a list's short line, nor in a text whose lines are already cut; an English
                # line's page is twice as many characters wide, "Source: Xinhua | 2017-01-1\n9" no width's cut)
                cuts[p] = " "
    out: Pairs = []
    for k, pr in enumerate(P):
        if k in cuts:
            out += _ins(cuts[k])
        out.append(pr)
    return out


def crlf(P: Pairs, idx: int) -> Pairs:
    out: Pairs = []
    start = True
    for c, i in P:
        if c == "\n":
            out += _ins("\r") + [(c, i)]
            start = True
            continue
        if start and c not in " 　":
            out += _ins("　　")
        start = False
        out.append((c, i))
    return out


_NAVS = ("首页 | 要闻动态 | 政务公开 | 政务服务 | 政民互动 | 走进{region}",
         "网站首页\n机构设置\n信息公开\n政策文件\n在线办事\n互动交流")
_SHARE = ("分享到：微信 微博 QQ空间", "【打印本页】 【关闭窗口】", "扫一扫在手机打开当前页")


def portal(P: Pairs, idx: int, meta: dict) -> Pairs:
    region = meta.get("region") or "本市"
    year = meta.get("report_year") or 2020
    date = meta.get("meeting_date") or f"{year}-01-20"
    out = _ins(_NAVS[idx % 2].format(region=region) + "\n当前位置：首页 > 政务公开 > 政府文件\n\n")
    out += _ins(f"字号：大 中 小　　发布时间：{date} 10:{10 + idx % 50:02d}　　来源：{region}人民政府办公室"
                f"　　浏览次数：{1234 + idx * 97}\n{_SHARE[idx % 3]}\n\n")
    for ln in _lines(P):
        out += ln + _ins("\n")
    out += _ins(f"\n（编辑：李晓明　审核：张伟）\n{_SHARE[(idx + 1) % 3]}\n\n相关链接\n"
                f"{region}召开全市重点项目建设推进会\n{region}举行{year - 1}年度总结表彰大会\n"
                f"上一篇：关于印发{region}优化营商环境若干措施的通知\n下一篇：{region}人民政府关于公布第二批历史文化街区的通知\n\n"
                f"主办：{region}人民政府办公室　承办：{region}大数据中心\n网站标识码：{3400000000 + idx}　ICP备{10000 + idx}号\n")
    return out


# (the words a reading-aid page glosses, with their readings: a report's common words; syllables as the page prints them)
_RUBY_WORDS = {
    "高标准农田": "gāo biāo zhǔn nóng tián", "生产总值": "shēng chǎn zǒng zhí", "固定资产投资": "gù dìng zī chǎn tóu zī",
    "一般公共预算收入": "yī bān gōng gòng yù suàn shōu rù", "可支配收入": "kě zhī pèi shōu rù", "乡村振兴": "xiāng cūn zhèn xīng",
    "高质量发展": "gāo zhì liàng fā zhǎn", "新质生产力": "xīn zhì shēng chǎn lì", "营商环境": "yíng shāng huán jìng",
    "基础设施": "jī chǔ shè shī", "城镇": "chéng zhèn", "就业": "jiù yè", "消费": "xiāo fèi", "投资": "tóu zī",
    "项目": "xiàng mù", "工业": "gōng yè", "农业": "nóng yè", "增长": "zēng zhǎng", "发展": "fā zhǎn", "建设": "jiàn shè",
    "改革": "gǎi gé", "创新": "chuàng xīn", "生态": "shēng tài", "教育": "jiào yù", "医疗": "yī liáo", "养老": "yǎng lǎo",
    "民生": "mín shēng", "经济": "jīng jì", "人民": "rén mín", "政府": "zhèng fǔ", "产业": "chǎn yè", "企业": "qǐ yè",
    "服务": "fú wù", "保障": "bǎo zhàng", "文化": "wén huà", "旅游": "lǚ yóu", "交通": "jiāo tōng", "安全": "ān quán",
    "住房": "zhù fáng", "科技": "kē jì", "农村": "nóng cūn", "居民": "jū mín", "社会": "shè huì", "治理": "zhì lǐ",
    "制造业": "zhì zào yè", "数字经济": "shù zì jīng jì", "招商引资": "zhāo shāng yǐn zī", "污染防治": "wū rǎn fáng zhì",
}
_RUBY_FIND = re.compile("|".join(sorted(_RUBY_WORDS, key=len, reverse=True)))


def ruby(P: Pairs, idx: int) -> Pairs:
    """A reading-aid page: a few words a paragraph followed by their pinyin in brackets, full-width with the syllables
    spaced (“农田（nóng tián）”) or half-width with a word's syllables run together (“生产总值(shēngchǎn zǒngzhí)”), or spaced
    in half-width brackets; never inside a number (a word's gloss comes after its last character)."""
    rnd = random.Random(idx * 11 + 3)
    style = idx % 3
    out: Pairs = []
    brk = _breaks(P)
    for n, line in enumerate(_lines(P)):
        if n:
            out.append(brk[n - 1])
        txt = "".join(c for c, _ in line)
        hits = list(_RUBY_FIND.finditer(txt))
        rnd.shuffle(hits)
        ends = {m.end(): m.group() for m in hits[:rnd.choice([1, 2, 3, 4])]}
        for k, pr in enumerate(line):
            out.append(pr)
            if k + 1 in ends:
                py = _RUBY_WORDS[ends[k + 1]]
                if style == 0:
                    out += _ins("（" + py + "）")
                elif style == 1:
                    syl = py.split()
                    w = ends[k + 1]
                    # (the syllables of each two characters run together, as a word's: "shēngchǎn zǒngzhí")
                    words = ["".join(syl[j:j + 2]) for j in range(0, len(syl), 2)] if len(w) % 2 == 0 else ["".join(syl)]
                    out += _ins("(" + " ".join(words) + ")")
                else:
                    out += _ins("(" + py + ")")
    return out


_DOCX_NUMBER = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))[ \u3000]*")
# (a table's cells apart by runs of spaces, or by bars where a row has two or more: one bar is a title's, "一图读懂｜…")
_CELL_GAP = re.compile(r"[ \u3000]{2,}|[ \u3000]*[|｜][ \u3000]*")
# (a Markdown table's rule row, "| --- | :---: |": Word's table has no such row, a converter prints none)
_MD_RULE = re.compile(r"[ \u3000]*[|｜]?(?:[ \u3000]*:?-{3,}:?[ \u3000]*[|｜])+(?:[ \u3000]*:?-{3,}:?)?[ \u3000]*")
_SEP = " \u3000\t|｜"


def _lone_gap(txt: str, a: int, b: int) -> bool:
    """A gap of spaces inside one cell, “指   标”: a lone Chinese character each side of it (no column holds one)."""
    def cjk(k: int) -> bool:
        return 0 <= k < len(txt) and "\u4e00" <= txt[k] <= "\u9fff"
    return txt[a] != "|" and txt[b - 1] != "|" and cjk(a - 1) and cjk(b) and (a < 2 or txt[a - 2] in _SEP) \
        and (b + 1 >= len(txt) or txt[b + 1] in _SEP)


def _docx_row(txt: str) -> bool:
    """A line the docx printing sets as a table's row (tabs, or cells apart by spaces or bars), no sentence's mark in it."""
    # (or a cell's second line under its column, set far in, "        〔累计〕" under “年均增长”: one row's cells)
    return ("\t" in txt.strip() or bool(re.search(r"[ \u3000]{2,}", txt.strip())) or len(re.findall(r"[|｜]", txt)) >= 2
            or txt[:8] == " " * 8 and 0 < len(txt.strip()) <= 12) and len(txt) <= 80 and not re.search(r"[。；]", txt)


def docx(P: Pairs, idx: int, meta: dict) -> Pairs:
    """A Word file's text as a converter gives it: a numbered heading's number (the list engine's) followed by a tab; a
    table's row one line, its cells split by tabs; a soft line break (Shift+Enter, \\v) inside a few long paragraphs, after
    a clause's mark or between two characters, never inside a number; the header's title and the footer's page mark
    (“— 3 —”) repeated every few paragraphs; a blank line between paragraphs in some converters' output."""
    rnd = random.Random(idx * 13 + 5)
    head = _running_head(P, idx, meta)
    every = rnd.choice([6, 8, 10])
    blank = idx % 2 == 0
    out: Pairs = []
    paras = _lines(P)
    brk = _breaks(P)
    page = 1
    count = 0
    for n, line in enumerate(paras):
        txt = "".join(c for c, _ in line)
        if _MD_RULE.fullmatch(txt) and txt.strip():
            continue
        if n:
            out.append(brk[n - 1])
        if not txt.strip():
            # (a blank paragraph's spaces stay as they were: nothing of the text is lost)
            out += line
            continue
        # (a table's rows run on: a converter that keeps a row's cells on one line, Word's own text export, sets no blank
        # paragraph between two rows, and a page's header or footer is never printed between a table's rows)
        in_table = _docx_row(txt) and n + 1 < len(paras) and (_docx_row("".join(c for c, _ in paras[n + 1]))
                                                              or bool(_MD_RULE.fullmatch("".join(c for c, _ in paras[n + 1]))))
        m = _DOCX_NUMBER.match(txt)
        if m and m.end() < len(txt) and "\t" not in txt:
            lead = len(txt) - len(txt.lstrip(" \u3000"))
            num_end = len(txt[:m.end()].rstrip(" \u3000"))
            # (the number as the list engine writes it, a tab after it; the indent and spaces before the title go)
            line = line[lead:num_end] + _ins("\t") + line[m.end():]
        elif (re.search(r"[ \u3000]{2,}", txt.strip()) or len(re.findall(r"[|｜]", txt)) >= 2) and len(txt) <= 80 \
                and not re.search(r"[。；]", txt):
            st = txt.strip()
            off = len(txt) - len(txt.lstrip())
            row: Pairs = []
            for g in _CELL_GAP.finditer(txt, off, off + len(st)):
                if _lone_gap(txt, g.start(), g.end()):
                    continue
                if g.start() == off:
                    off = g.end()
                    continue
                row += line[off:g.start()] + _ins("\t")
                off = g.end()
            row += line[off:len(txt.rstrip())]
            line = row
        elif len(txt) >= 60 and rnd.random() < 0.5:
            # (a soft break after a clause's mark, or between two Chinese characters, a third of the way in or more)
            # (an English paragraph's: after a comma's or a semicolon's space, or after any space between two words;
            # the space stays before the break, as Word keeps it)
            en = _latin(txt)
            ks = [k + (1 if en else 0) for k in range(len(txt) // 3, len(txt) - 10)
                  if (txt[k] in ",;" and txt[k + 1] == " " if en else txt[k] in "，；、")]
            ks2 = [k for k in range(len(txt) // 3, len(txt) - 10)
                   if (txt[k] == " " and txt[k + 1].isalpha() and txt[k - 1].isalpha() if en
                       else "\u4e00" <= txt[k] <= "\u9fff" and "\u4e00" <= txt[k + 1] <= "\u9fff")]
            if ks and (rnd.random() < 0.6 or not ks2):
                b = rnd.choice(ks) + 1
            elif ks2:
                b = rnd.choice(ks2) + 1
            else:
                b = 0
            if b:
                line = line[:b] + _ins("\v") + line[b:]
        out += line
        if in_table:
            continue
        if blank:
            out += _ins("\n")
        count += 1
        if count % every == 0 and n + 1 < len(paras):
            out += _ins("\n" + ("— {} —", "- {} -")[idx % 2].format(page) + "\n" + head + ("\n" if blank else ""))
            page += 1
    return out


def printed(kind: str, text: str, idx: int, meta: dict) -> Pairs | None:
    """The text printed one way, as (char, plain index) pairs; None where the kind does not apply to it."""
    P = [(c, i) for i, c in enumerate(text)]
    if kind == "trad":
        return trad(text, idx)
    if kind in ("pdf", "sent"):
        # (a text already a PDF's layer is not wrapped again, nor set one sentence a paragraph: no page sets apart the
        # sentences of a layer its width cut, "…分别达到58620元和\n39460元，…。" left a short line mid-sentence)
        return None if already_wrapped(text) else pdf(P, idx, meta) if kind == "pdf" else one_sentence(P, idx)
    if kind == "ruby":
        return ruby(P, idx)
    if kind == "docx":
        # (a PDF's layer, its lines cut by the page's width, is no Word file's text: a converter gives a paragraph whole)
        return None if already_wrapped(text) else docx(P, idx, meta)
    return {"sent": one_sentence, "nsplit": split_numbers, "crlf": crlf}[kind](P, idx) if kind != "html" \
        else portal(P, idx, meta)


def map_gold(gold: dict, P: Pairs, out: str, name: str) -> dict:
    pos: dict[int, int] = {}
    for k, (_, i) in enumerate(P):
        if i is not None and i not in pos:
            pos[i] = k
    g = json.loads(json.dumps(gold))
    g["doc"] = name
    for key in ("facts", "pledges"):
        for f in g.get(key) or []:
            # (a span's first or last character a printing drops — a Markdown row's bar, "| 森林覆盖率 | % | 62 |", set as a
            # Word table's tab-separated cells — maps to the nearest character kept inside the span)
            s = next(pos[i] for i in range(f["start"], f["end"]) if i in pos)
            e = next(pos[i] for i in range(f["end"] - 1, f["start"] - 1, -1) if i in pos)
            f["start"], f["end"] = s, e + 1
            f["quote"] = out[f["start"]:f["end"]]
    return g


def texts_of(s: Path) -> list[tuple[Path, dict]]:
    out = []
    for gp in sorted((s / "gold").glob("*.json")):
        tp = s / "texts" / (gp.stem + ".txt")
        if tp.is_file():  # nat39's texts are the development set's: not printed here
            out.append((tp, json.loads(gp.read_text(encoding="utf-8"))))
    return out


def _eval(gold: Path, texts: Path) -> str:
    r = subprocess.run([sys.executable, "-m", "planwatch", "eval", str(gold), str(texts)],
                       capture_output=True, text=True)
    return (r.stdout.strip().splitlines() or ["(no output) " + r.stderr.strip()[-200:]])[-1]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--out", help="write the printed texts and gold here (kept); a temporary folder otherwise")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    a = ap.parse_args(argv)
    sets = [HERE / n for n in a.sets] if a.sets else sorted(p for p in HERE.iterdir() if (p / "texts").is_dir())
    docs = [d for s in sets for d in texts_of(s)]
    root = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="blind_print_"))
    try:
        plain = root / "plain"
        (plain / "texts").mkdir(parents=True, exist_ok=True)
        (plain / "gold").mkdir(parents=True, exist_ok=True)
        for tp, gold in docs:
            shutil.copyfile(tp, plain / "texts" / tp.name)
            (plain / "gold" / (tp.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        print(f"{'plain':7} {len(docs):4} texts  {_eval(plain / 'gold', plain / 'texts')}", flush=True)
        for kind in a.kinds.split(","):
            td, gd = root / kind / "texts", root / kind / "gold"
            td.mkdir(parents=True, exist_ok=True)
            gd.mkdir(parents=True, exist_ok=True)
            n = 0
            for idx, (tp, gold) in enumerate(docs, 1):
                text = tp.read_bytes().decode("utf-8")  # read_text would fold CR LF, which gold offsets count
                P = printed(kind, text, idx, gold.get("meta") or {})
                if P is None:
                    continue
                out = "".join(c for c, _ in P)
                name = f"{kind}_{tp.name}"
                (td / name).write_bytes(out.encode("utf-8"))
                g = map_gold(gold, P, out, name)
                (gd / (Path(name).stem + ".json")).write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
                n += 1
            print(f"{kind:7} {n:4} texts  {_eval(gd, td)}", flush=True)
    finally:
        if not (a.out or a.keep):
            shutil.rmtree(root, ignore_errors=True)
        elif a.keep:
            print(f"kept in {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
