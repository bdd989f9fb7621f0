"""This session's first sets printed eight ways (prn63b, decision 536): yr63, new63, adv63 and adv63b. One drop, the PDF
layer of 山西省 (yr63), two causes:
- the tool indented a paragraph the text already opens on its own indent ("　　一、…") by two more characters, a first line
  four characters short of the page's count, which no typeset page prints (crlf already keeps the text's indent);
- planwatch read such a layer's first lines two characters short (the indent it assumes), so neither count made the three
  in five that tell a page cut by count, and a full line ending on the target list's "；" was read as the list's end: the
  next item ("城镇新增就业45万人以上，…") a paragraph of its own, outside the list, a pledge. normalize `_indent_four_chars`
  reads the count on the flush lines where the first lines are four characters shorter.
Look-alikes keep what they gave: the layer indented by two, a list set one item a line, a web page indented by four."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factkeys import fact_items, pledged, read

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import blind_print as bp  # noqa: E402

_PARAS = [
    "一、2025年工作回顾",
    "2025年，全县地区生产总值达到412.6亿元，增长5.8%；一般公共预算收入完成18.2亿元，增长3.1%；城镇新增就业6200人；"
    "居民人均可支配收入增长6.1%。",
    "过去五年，全县地区生产总值年均增长6.2%，五年累计完成固定资产投资1250亿元，城镇化率提高到52.3%，脱贫攻坚成果持续巩固拓展。",
    "过去一年，我们坚持稳中求进，新建改造农村公路150公里，改造城镇老旧小区40个，新建高标准农田4.8万亩，新增城镇就业6200人，"
    "各项民生事业稳步推进。",
    "这些成绩的取得，是全县上下团结奋斗的结果，我们深化改革开放，优化营商环境，新增市场主体4200户，实际利用外资增长8.2%，"
    "发展活力持续增强。",
    "二、2026年主要预期目标和重点工作",
    "今年是“十五五”开局之年。全县经济社会发展的主要预期目标是：地区生产总值增长6.5%；一般公共预算收入增长4%；"
    "城镇新增就业6000人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右。",
    "今年重点抓好以下工作：新建改造农村公路120公里，改造城镇老旧小区35个，新建高标准农田5万亩，新增城镇就业6000人以上。",
]
_TITLE = "岳阳县人民政府工作报告"


def _layer(count: int, indent: str) -> str:
    """The paragraphs as a PDF's layer cut by count (``count`` characters a line, the indent counted), each opening on
    ``indent``; a closing mark or a % stays on the line it closes (避头尾)."""
    out = [_TITLE]
    for p in _PARAS:
        body = indent + p
        extra = indent.count(" ") // 2  # (two half-width spaces a character's width)
        while body:
            k, extra = count + extra, 0
            while k < len(body) and body[k] in "，。；：、）”%":
                k += 1
            out.append(body[:k])
            body = body[k:]
    return "\n".join(out) + "\n"


_TARGETS = {("gdp", "target", "2026", "growth", 6.5), ("general_budget_revenue", "target", "2026", "growth", 4),
            ("urban_new_jobs", "target", "2026", "level", 6000),
            ("urban_unemployment_rate", "target", "2026", "share", 5.5), ("cpi", "target", "2026", "growth", 2)}
_TASKS = {("农村公路", 120, "公里"), ("城镇老旧小区", 35, "个"), ("高标准农田", 5, "万亩"), ("城镇就业", 6000, "人")}


# 1. the layer indented by four, a full line ending on the list's "；" (failed on the base: the item after it a pledge)
@pytest.mark.parametrize("indent", ["　　　　", "        "])
def test_layer_indented_by_four_keeps_the_target_list(indent):
    text = _layer(30, indent)
    assert "增长4%；\n城镇新增就业6000人以上" in text  # (the page's line ends on the list's semicolon)
    d = read(text)
    assert pledged(d) == _TASKS, sorted(pledged(d))
    assert _TARGETS <= fact_items(d)


def _pdf(text: str, idx: int) -> str:
    return "".join(c for c, _ in bp.pdf([(c, k) for k, c in enumerate(text)], idx, {"region": "某县"}))


# 2. the tool (failed on the base: "　　　　一、…"): a paragraph the text indents keeps its one indent
def test_pdf_indents_a_paragraph_once():
    text = _TITLE + "\n" + "".join("　　" + p + "\n" for p in _PARAS)
    out = _pdf(text, 1)  # (an odd index: the page indents its paragraphs)
    assert "　　　　" not in out and "\n　　一、2025年工作回顾" in out


# 3. look-alikes (passing on both)
def test_pdf_indents_a_flush_paragraph():
    out = _pdf(_TITLE + "\n" + "".join(p + "\n" for p in _PARAS), 1)
    assert "\n　　一、2025年工作回顾" in out


@pytest.mark.parametrize("count", [28, 30, 32])
def test_layer_indented_by_two_unchanged(count):
    d = read(_layer(count, "　　"))
    assert pledged(d) == _TASKS and _TARGETS <= fact_items(d)


def test_list_one_item_a_line_indented_by_four():
    # (each item its own short line ending on "；": a list set so, no line a page's count cut)
    items = "\n".join("　　　　" + s for s in ("地区生产总值增长6.5%；", "一般公共预算收入增长4%；", "城镇新增就业6000人以上；",
                                              "城镇调查失业率5.5%左右；", "居民消费价格涨幅2%左右。"))
    text = _layer(30, "　　　　").replace(
        "目标是：地区生产总值增长6.5%；一般公共预算收入增长4%；\n城镇新增就业6000人以上，城镇调查失业率5.5%左右；居民\n消费价格涨幅2%左右。",
        "目标是：\n" + items)
    assert items in text
    d = read(text)
    assert pledged(d) == _TASKS and _TARGETS <= fact_items(d)


def test_web_page_indented_by_four():
    # (a portal's paragraphs, one a line, each opening on four ideographic spaces: no layer, nothing to join)
    d = read(_TITLE + "\n" + "".join("　　　　" + p + "\n" for p in _PARAS))
    assert pledged(d) == _TASKS and _TARGETS <= fact_items(d)
