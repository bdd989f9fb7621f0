"""Indicator facts: every target, result and multi-year goal, grounded to its source span.

The rules run on the normalised text (spaces inside numbers removed, broken lines joined) and
map every span back to the text as read. In outline:

1. find indicator mentions (aliases from ``data/indicators.tsv``, leftmost-longest), dropping
   comparators (与经济增长同步), denominators (占一般公共预算支出的) and parts of the region;
2. group mentions listed together (规上工业增加值、固定资产投资、社会消费品零售总额);
3. read the values that follow, up to the next mention or the end of the clause chain
   (达到534.57亿元，增长8.2%、居全省第2位) and give them to the group's members
   (one each after 分别, the same to all otherwise);
4. decide role and period from the section, cue words and years in the sentence.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
import re
from functools import lru_cache
from operator import itemgetter

from .. import vocab
from .analysis import Analysis, joint_scan, openers, other_pages
from .prefilter import (HeadScan, Skipping, SkippingSet, find_mark, first_set, longest_first, longest_first_by_pairs, marks,
                        once, rfind_mark)
from ..metadata import address_month, dated_late, en_region_names, namesake_name, portal_headline_start, several_regions
from ..model import Fact, Metadata
from ..normalize import (EXPLAINER_HEAD_PATTERN, FIGURE_HEAD, NEWS_HEAD, RESULTS_HEAD, TOPIC_HEAD, VALUE_LINE, Normalized, digit_years,
                         SIGNED_POINTS_LINE, figure_heads, figure_lines, figure_unit_ends, qualitative_line, rate_card_at,
                         year_clause_opens, year_row_open)
from ..regions import abbreviation, gazetteer, level_of_code, short_name
from ..structure import Outline, aim_title
from . import numbers
from .numbers import Quantity, parse_number, quantities, qualifier

_SENT_END = "。；！？\n;!?"
# a figure set for the year revised in it ("，年中调整为6.5%", "，执行中调整为下降3%", "，后调减为3%", "，8月份下调至5%")
_REVISION_WHEN = r"(?:执行中|年中|年内|下半年|随后|后|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?)"  # (when a target was revised)
# (分别: several names' targets; 预算 named again: "，预算调整为102.3亿元" in a budget's comma chain)
# (or the budget as revised named: "，调整后的预算为17.2亿元", a sentence of its own too)
# (and named the other ways a budget report names it: "，预算调整后为增长7%", "，变更预算为增长10%", "，变更后的预算为…")
_REVISION = _REVISION_WHEN + r"?(?:(?:预算)?(?:分别)?(?:调整|下调|上调|调减|调增|调低|调高)(?:为|至|到)|调整后的?预算(?:数)?(?:为|是)" \
    r"|预算调整后的?(?:为|是)|变更(?:后的?)?预算(?:数)?(?:为|是))"
# (the revised budget or plan named, not the verb of revising: the figure before it is no figure first set, unless its own
# words set it; decision 333. Kept in code: it picks the named forms out of what _REVISED_NEXT's _REVISION matched, whose
# spellings are its grammar; a word added here alone would reach nothing)
_REVISED_NAMED = re.compile(r"调整后|变更|调整预算")
# the grounds of a revision glued before its verb ("，执行中因上级补助增加等因素调整为57.9亿元", "，因新增债券资金调增至…"):
# the revision goes on from the figure first set, as with no grounds named
# (the approval may stand between the grounds and the verb: "，年中受减税降费政策影响，经县人大常委会批准调减为14.8亿元")
_REVISION_APPROVED = r"(?:" + _REVISION_WHEN + r"?经[^，,。；;]{1,24}?(?:批准|审议|同意|研究)[，,]?)"
_REVISION_WHY = (r"(?:执行中|年中|年内)?(?:因为?|由于)[^，,。；;！？!?\n\d%]{2,16}?(?:等(?:因素|原因))?[，,]?"
                 r"(?=" + _REVISION_APPROVED + "?" + _REVISION + ")")
# (its grounds as an effect, a time before them: "，年中受减税降费政策影响，", "，受疫情冲击")
_REVISION_GROUNDS = r"(?:" + _REVISION_WHEN + r"?(?:因受?|受)[^，,。；;\d]{1,14}(?:影响|冲击|拖累)[，,]?|" + _REVISION_WHY + ")?"
# ("增长7.2%，年初确定的增长7%的目标圆满完成", "，年初确定的增长5.5%左右的目标基本实现": the target set,
# its subject left out, the result's own)
# (its year named before the year's start, "，去年初确定的6%左右的预期目标基本完成", "，上年年初提出的…"; and 的 left out
# before the target's words, "，年初确定的6%左右预期目标顺利实现")
# (the region's congress that set it named before the verb, "，年初省人代会确定的…", "，年初省十四届人大一次会议确定的…";
# the figure in quotation marks, "，年初确定的“6%左右”预期目标顺利实现")
# (the body that set it named bare or with its level, its term and its session: "，人代会确定的增长8.5%的目标没有实现",
# "，去年人代会确定的…", "，年初人大会议确定的…", "，市第七届人民代表大会第二次会议确定的…"; the bodies are cues.tsv
# target_setting_bodies; last year named bare before it, "，去年确定的…", as 去年初 was; decision 396)
# (the result placed in it before, "，处于年初确定的8.5%—9%预期目标区间的下沿", cues.tsv target_set_placed; the figure a
# range, "年初确定的8.5－9%的预期目标"; decision 459)
@once
def _set_target_next() -> re.Pattern:
    bodies = longest_first(vocab.cues()["target_setting_bodies"])
    placed = longest_first(vocab.cues().get("target_set_placed", ())) or "(?!)"
    return re.compile(r"(?:" + placed + r")?(?:(?:去年|上年)年?初|年初|年度|全年|去年|上年)?"
                      r"(?:[省市区县州盟旗]?(?:第?[一二三四五六七八九十]{1,3}届)?(?:" + bodies + r")"
                      r"(?:第?[一二三四五六七八九十]{1,2}次(?:全体)?会议)?)?"
                      r"(?:确定|提出|设定|制定|定下|下达)的(?:增长|下降)?"
                      r"(?=[“\"「『]?(?:[\d.]+%?[—－~～-]{1,2}[\d.]+%|[\d.]+%)(?:左右|以上|以内)?[”\"」』]?的?(?:年度|预期|增长|发展)*目标)")


@once
def _set_target_first() -> frozenset:
    """The characters ``_set_target_next`` may start with (its times, levels and verbs, and the bodies' first)."""
    return frozenset("去上年全确提设制定下省市区县州盟旗第") | {w[0] for w in vocab.cues()["target_setting_bodies"]} \
        | {w[0] for w in vocab.cues().get("target_set_placed", ())}


_SENTENCE_BREAK = re.compile("[。！？!?\n]")  # (a sentence's end: not a clause's ；)
# (an infographic's arrow may open the change: "32亿元，▼下降2.1%")
# the region's own figure after the level above's, its name left out: "，我县增长6.1%", "，我市力争年均增长6.5%"
# ("“十五五”时期，全省地区生产总值年均增长5.5%左右，我县年均增长6.5%以上": a goal's cue and its span may stand between)
_OWN_GROWS = r"(?:力争|争取|确保|努力)?(?:实现)?(?:同比|年均)?(?:增长|下降|上涨|为|达到)"
# last year's target of the same name before its figure, its name left out ("，去年这一目标是6.5%"; "，去年年初预期目标为
# 增长4%", "，去年年初计划增长4%" after this year's target of the name, decision 505)
# (or the target set against it, its name left out: "。这一目标比去年的7.5%左右下调了1个百分点")
_LAST_YEARS_TARGET = r"(?:(?:去年|上年)(?:这一|该|年初|(?:我们|我[省市区县州旗]|全[省市区县州旗])?的|(?:我们|我[省市区县州旗])?(?:年初)?(?:所)?(?:定|确定|设定|提出|制定)的)?(?:预期|增长)?目标(?:也|同样)?(?:是|为)|(?:这一|该)(?:预期|增长|增速)?目标(?:比|较)(?:去年|上年)(?:设定|确定|提出)?的|(?:去年|上年)年初(?:预期|计划)(?=增长))(?:增长)?"
# ("去年我们定的目标是9%", "去年这一目标也是3%左右": a press conference's wording of the same)
# last year's figure of the same name before it, the name left out ("。去年这一指标为7.1%", "，去年这一数字为5510亿元，
# 增长4.3%", "去年该指标下降3.2%"): the result of last year (not "这一指标比去年增长11%", this year's figure against last year's)
# ("去年这一指标的实际完成情况为增长7.1%": its result so named)
_LAST_YEARS_SAME_WORDS = r"(?:(?:去年|上年)(?:这一|该|此)(?:指标|数字|数值|数据)|(?:这一|该|此)(?:指标|数字|数值|数据)(?:去年|上年))" \
    r"(?:的?(?:实际)?(?:完成情况|完成值|完成数|执行情况))?(?:是|为|达到|达)?"
_LAST_YEARS_SAME = _LAST_YEARS_SAME_WORDS + r"(?=[\d.]|(?:增长|下降|上涨|提高|降低)[\d.])"
# last year's target as a review names it after 比/较 (decisions 467, 474): its time, then 计划/预期/目标, a word of
# control between or its own name (“计划控制目标”, “年度调控目标”), and 值 or 任务 after (“目标值”, “目标任务”)
# (cues.tsv than_target_times, than_target_names, than_target_controls, than_target_ends, in the file's order)
# (who handed it down may stand first, a level or a place, hand_down_words, maybe the region named: “，比省下达的目标5%高
# 0.6个百分点”, “，比泉州市下达我市的目标5%高…”: the target the region was set, its own, decision 57; hnd61)
_THAN_TARGET = "(?:[\u4e00-\u9fff]{{1,8}}?(?:{})(?:给?[我本][省市区县州旗盟])?的?)?(?:{})?(?:{})(?:{})?(?:目标)?(?:{})?".format(
    *("|".join(map(re.escape, vocab.cues()[k])) for k in ("hand_down_words", "than_target_times", "than_target_names",
                                                         "than_target_controls", "than_target_ends")))


@once
def _continue() -> re.Pattern:
    """The clause after a figure's that goes on with the same figure (its change, its place, the target it is set against…),
    read from a slice of 13 characters at the clause's start; built at first use, with the words of cues.tsv
    (last_year_done_verbs, last_year_part_verbs, peer_pace) and the units of units.tsv longer than four characters."""
    cues = vocab.cues()

    def alts(*rows: str) -> str:
        return "|".join(map(re.escape, sorted({w for row in rows for w in cues[row]}, key=lambda w: (-len(w), w))))
    # the units longer than the four characters a plan's figure may close with ("，年度计划为39微克/立方米": a concentration's
    # plan after its result, as "，年度计划为5.5%以内" is), from units.tsv
    long_units = "|".join(re.escape(u) for u in sorted({row[0] for row in vocab.units() if len(row[0]) > 4},
                                                      key=lambda w: (-len(w), w)))
    return re.compile(
        # ("增长3.1%，虽低于年初确定的7%左右的预期目标": a concession before the result's comparison with its target)
        # ("城镇化率达到62.1%，年内提高1.1个百分点", "，全年提高0.8个百分点": the share's change in the year goes on)
        # ("增长4.3%，比一季度回升12.2个百分点，增速居全省第2位": the year's rate against a part of the year goes on to its rank)
        # ("地区生产总值一季度实现“开门红”，上半年增长10%以上，全年增长8%左右": the parts' figures go on to the year's)
        # ("经济增长预期目标确定为6.5%左右，综合考虑了去年增长3.9%…", "，与去年实际增长5%保持一致", "，全省实际增长4.3%": last
        # year's growth of the same name beside this year's target, its name left out)
        # ("全省…增长6.5%左右，我县确定为7%": the report's own figure set after the level above's, _own_set_after_upper)
        # ("全市地区生产总值增长5.2%，我县增长6.1%": the report's own result after the level above's)
        # ("生产总值达到32.6亿元，“十二五”期间年均增长11.2%": the plan period's average, its name left out; and a pair's:
        # "…农村居民人均可支配收入11051元，“十二五”期间年均分别增长10.1%和12.5%")
        # ("经济增长的预期目标，我们考虑定在5.5%左右", "经济增长预期目标，建议定为5.5%左右": the target named, then set)
        # ("市下达我区…目标为5.5%，我区自我加压，确定为增长6.5%": the own word in a clause of its own before the setting)
        # ("今年固定资产投资增长12%，力争完成96亿元": the same figure's amount aimed at after its change, decision 155)
        r"^(?:力争|确保|争取)(?:完成|达到)(?=[\d.])|"
        r"^(?:(?:结合(?:我[省市区县州旗盟])?实际[，,])?(?:(?:我|本)[省市区县州旗盟](?:[^，,。；;\d%]{0,14}?(?:确定|定|安排|设定)[为在](?:增长|下降)?"
        r"|[^，,。；;\d%]{0,8}[，,](?:确定|定|设定)为(?:增长|下降)?|" + _OWN_GROWS + r")"
        r"|我们(?:[^，,。；;\d%]{0,14}?(?:确定|定|安排|设定)[为在])|(?:建议|拟)?(?:确定|定|设定)[为在](?:增长|下降)?"
        # ("市里下达我县的…增长目标为10%，全县力争增长10.5%": the region's whole aiming at its own figure, decision 461)
        r"|全[省市区县州旗盟](?:力争|争取|确保|努力)(?:实现)?(?:增长|下降))(?=[\d.]))|"
        # ("今年…预期增长6%，去年这一目标是6.5%，实际增长5.1%": last year's target of the same name, its name left out)
        # ("五年累计完成固定资产投资860亿元，去年完成215亿元", "…，去年实现8.1亿美元", "…，去年接待7.9亿人次": last year's
        # part of a total over the years, a verb of doing glued to its figure, cues.tsv last_year_done_verbs, decision 333;
        # not "去年完成重点项目投资…")
        # (and the span's last year by 当年 bare, "五年累计完成固定资产投资1420亿元，当年完成318亿元", decision 339)
        # ("五年累计引进省外资金1126亿元，去年引进268亿元", "…，去年到位7260亿元": the total's own verb of bringing in, glued
        # to the figure, cues.tsv last_year_part_verbs, decision 341)
        r"^(?:(?:(?:综合)?考虑(?:了|到)?|与|在)?(?:去年|上年)(?:实际)?(?=(?:增长|上涨|下降|"
        + alts("last_year_done_verbs", "last_year_part_verbs")
        + r")[\d.]|增速为?[\d.])|当年(?=(?:" + alts("last_year_done_verbs") + r")[\d.])|(?:去年|上年)(?:是|为)(?=[\d.])|全[省市区县]实际(?=增长[\d.])"
        r"|" + _LAST_YEARS_TARGET + r"(?=[\d.])|" + _LAST_YEARS_SAME + r")|"
        # ("到2020年…年均增长9%左右的目标，前三年年均增长8.9%", "，前三年实际年均增长6.2%": the plan's years gone by,
        # its average so far; a mid-term evaluation names them: "规划目标为年均增长6%左右，2021—2022年年均增长5.1%")
        # ("，比调整预算的30.8亿元多1.8亿元", "，比预算的17.5亿元增加0.8亿元": the revised or bare budget compared with by its figure,
        # read on as 比年初 already was; role_cues.tsv makes it the year's target, lft61b; the level or the congress that set
        # it named before, "比县级调整预算的12.7亿元", "比县人大批准的调整预算13.9亿元": cues.tsv budget_set_by, adv62b; the
        # longest leads, "比县人大常委会批准的调整预算31.9亿元", run past the 13 characters read: the lead up to the slice's
        # end is enough, as a milestones list's opening is, lft62c)
        r"^[↑↓▲▼]?[ \t\u3000]?(?:虽然?(?=低于|略低于|未|没有|与)|尽管(?=低于|略低于|未|没有|与))?(?:(?:近|过去)?五年|十年|(?:19|20)\d\d年?[—–\-~～至](?:19|20)?\d\d年(?:[两二三四五]年)?(?=(?:分别)?(?:年均|平均)|累计)|前[两二三四]年(?:实际|实现)?(?=(?:年均|平均)(?:增长|下降))|(?:(?:与|和|同)(?:19|20)\d\d年(?:相比)?[，,]?)?(?:近|过去)?[两二三四]年(?:来)?(?:[，,]?(?:分别)?(?:平均|年均)|累计)|[“\"]?十[一二三四五]五[”\"]?(?:时期|期间|以来|前[两二三四]年)?(?=[，,]?(?:分别)?(?:年均|平均)(?:分别)?(?:增长|下降))|同比|比上年|较上年|比去年|较去年|比前年|较前年|[比较](?:前[一二三两]季度|[一二三]季度|上半年)(?=[^，,。；;\d]{0,4}[\d.])|(?:前[一二三两]季度|[一二三]季度|上半年)(?=(?:增长|下降|增速|实现增长)[\d.])|(?:这一|该|此)(?:指标|数字|数值)(?:同比|比上年|较上年|比去年|较去年)|比(?:疫情(?:发生)?前的?)?(?:19|20)\d\d年|比“十|比年初|较年初|增长|增速|增幅|涨幅|降幅|跌幅|负增长|总产量|(?:年末|年底)(?=[达为])|年内(?=达到|突破|稳定在|控制在|提高[\d.]|提升[\d.]|上升[\d.]|下降[\d.]|降低[\d.])|(?:全年|当年)(?=(?:提高|提升|上升|下降|降低)[\d.]+个百分点)|成长|下降|微降|略降|微跌|略跌|微增|略增|微升|略升|回落|下滑|下跌|萎缩|减收|增收|超收|短收|超(?:年初|调整)?预算(?=[\d.])|[比较](?:[县区市州旗盟]?(?:" + alts("budget_set_by") + r"))?(?:调整后?的?)?预算(?:数)?的?(?=[\d.])|[比较][县区市州旗盟]?(?:" + alts("budget_set_by") + r")(?:调整后?的?|调)?(?:预算?数?的?)?$|调整后(?=(?:比上年|较上年|比去年|较去年|同比)?(?:增长|下降)[\d.])|减少|降低|提高|提升|上涨|增产|减产|达到|达|"
        # "，实现利税12亿元": an output, a turnover, a profit or a tax named between the verb and the figure is another
        # thing's figure, not the indicator's level)
        r"(?:完成|实现)(?![\u4e00-\u9fff]{0,8}?(?:产值|营业收入|主营业务收入|利润|利税|税收|交易额|成交额|销售额|销售收入)(?:总额|总量)?[\d.])|突破|超过|"
        # ("增长7.2%，规模以上工业企业实现利润总额21.6亿元": 规模以上 opens another subject, not the figure's scale)
        # ("，位次由全省第15位上升至第9位", "，由全市第5位上升至第3位": the figure's rank moved; "，由上年的全省第5位前移至第3位":
        # its start dated)
        # ("空气质量优良天数达到300天，比例达到82.2%": the ratio of the count just named, its name left out)
        r"(?:比例|比率|占比)(?:达到|达|为|提高到|提升到|上升到)?(?=[\d.]+%)|"
        r"占|与[^，,。；;\d%]{1,12}之比|相当于[^，,。；;\d%]{0,10}(?:生产总值|GDP)的|相当于(?=(?:19|20)\d\d年(?:底|末)?的[\d.]+倍|[^，,。；;\d%]{1,10}的\d)|居|位居|位列|排名|位次|由(?=(?:(?:上年|去年|(?:19|20)\d\d年)的)?(?:全[国省市区县州盟])?第[\d一二三四五六七八九十]{1,3}[位名])|排|列(?=全[国省市区县州盟]|第)|(?:(?:收入|经济)(?:总量|规模)|总产)(?=(?:连续(?:\d{1,2}|[两二三四五六七八九十]{1,2})年|多年)?(?:位?居|位列|排名|在|稳居))|总量|总额|年均|分别|累计|共计|合计|共|为|是|保持|稳定|控制|(?:处于|处在)(?=[\d.])|增加|总数|规模(?!以上)|首次|连续|由负转正|由降转[增升]|止跌回升|企稳回升|"
        # "年均增长5.9%，由2.5万亿元提高到3.3万亿元": the same figure's levels, from one to the other;
        # "增长5.5%，跨上9万亿元台阶": the level it reached
        # ("，跨越千亿元台阶，年均增长6.8%": a milestone passed, its order in words, the figure's sentence going on)
        r"[由从]\d|(?:迈上|跨上|站上|跃上|登上)\d|[增降](?=[\d.])|(?:成功)?(?:迈上|跨上|站上|跃上|登上|跨越|跨入|迈入)(?:[\d.]+(?:万亿|亿|万)|万亿|千亿|百亿)(?:元|级)?(?:台阶|大关)|"
        # ("跃升至4380亿元，连跨3000亿元、4000亿元两个台阶，年均增长6.6%", "，先后跨越1万亿、2万亿元台阶": milestones listed,
        # the figure's sentence going on; the list's opening is enough in the 13 characters looked at)
        r"(?:(?:先后|接连|相继)?(?:迈上|跨上|站上|跃上|登上|跨越|跨入|迈入)|连跨)(?:[\d.]+(?:万亿|亿|万)?|万亿|千亿|百亿)(?:元|级)?[、和]|连跨[两二三四]个|"
        # "增长8%，年度计划为6%", "，而年度计划是增长6%", "，与6%的年度计划相比", "完成25.3亿元，年初预算24亿元": the plan the figure is set against
        # (its figure closing the clause with its unit: not "，年度计划为120个重点项目，完成投资150亿元", a count of things)
        # (and a plan report's item, its name alone before a comma: "地区生产总值，年初预期增长6.5%，实际增长6.1%")
        # (and last year's plan with its year named, past a 。 on the same line in the new year's report: "…预期增长5%。去年年初
        # 预期目标为增长6%，全区实际增长3.2%。", "。去年年初目标为增长6%": the year under review's target, lft62)
        # ("，年初预期分别为8.5%和9.5%", "，年初目标分别为10%和8%": one plan each, the first before a 和; "，年度目标均为增长6%":
        # one for a pair)
        # ("增长5.2%，上年计划为8%" in a plan report's review, its year named as last year's; "超过年度计划2.2个百分点，即年度
        # 计划为8%": the plan's own figure restated after the gap; a budget's amount after its growth, "一般公共预算收入预期增长6%，
        # 预算安排18.51亿元")
        # (and its bare 安排 before an amount in 元 that closes the clause, "一般公共预算收入预期增长7%，安排62.7亿元；", decision 323;
        # not "，安排3亿元用于…", funds for a use)
        r"安排(?=[\d.]+(?:万亿|亿|万)?元(?:[，,。；;\n]|$))|"
        r"(?:而|但|即)?(?:对照|对比)?(?:(?:(?:上年|去年)年初|上年|去年|年度|全年|年初|原定|原|年|调整后?的?(?:年度|全年)?|变动|变更(?:后的?)?)?(?:计划(?:目标|数)?|预期目标|预期|预算(?:数|调整后的?)?)|(?:调整后的?|上年|去年)?(?:年度|全年|年初|原定|原)目标)"
        r"值?(?:分别|均|都)?(?:是|为|安排)?(?:增长|下降|上涨|涨幅|新增|控制在)?"
        r"(?=[\d.]+(?![个项家座所条批])(?:" + long_units + r")?[^\d.，,。；;、\n]{0,4}(?:[，,。；;、\n]|和(?=[\d.]+[^\d.，,。；;、\n]{0,4}(?:[，,。；;\n（(]|$))|$))"
        r"|(?:与|同|较|比)(?=[\d.]+%(?:左右)?的)|"

        # ("，比计划目标（8%）低0.8个百分点", "，比年度计划8%高1.2个百分点": the plan the result is set against, its figure after it)
        # ("，比年度计划（增长7%）高2.6个百分点": its change word in the bracket)
        # ("，比预期的9%高0.1个百分点", "，比年度目标8%高2.2个百分点", "，比计划的9%低…": so with 的 or 目标 alone, decision 467)
        # (and 较, with the target's other names: "，较计划控制目标4.2%低1个百分点", "，比目标值95%高…", decision 474)
        r"[比较]" + _THAN_TARGET + r"的?(?=[（(]?(?:增长|下降)?[\d.])|"
        # ("，比年度计划高0.5个百分点，总量达到760亿元": the gap to the plan, the level after it)
        r"比(?:年度|全年|原定)?(?:计划|预期)(?:目标)?[高低快慢]出?(?=[\d.])|"
        # ("，超计划0.4个百分点，增速居全市第1位", "，比年度目标高0.1个百分点，居全市第7位": the gap to the year's plan or
        # target in a short form, the figure's place after it)
        r"(?:超|比)(?:年度|全年|年初|原定)?(?:计划|目标|预算)(?:目标)?[高低快慢]?出?(?=[\d.]+个百分点)|"
        # ("，超年度计划3.2亿元，增长10.1%", "，比年度计划增收3.2亿元，…", "，多于年度计划…": the result measured against the year's
        # plan by the amount beyond it, in the short forms 超/多于/比…增收 as 超出 and 超过 already are; its growth after it)
        r"超(?=(?:年度|全年|年初|原定)?(?:计划|目标|预算))|多于(?=(?:年度|全年|年初|原定)?(?:计划|目标|预算))|"
        # (and with no amount, the clause closed: "，比年度计划短收，下降25.9%", "，比年度计划增收，增长8%", decision 330)
        r"比(?:年度|全年|年初|原定)?(?:计划|目标|预算)(?:多|超|增|少|短)(?:收?(?=[\d.])|收(?=[，,]))|"
        # ("，比黄冈市平均水平高1.2个百分点，增速列全市第3": the gap to the level above named; "，与经济增长基本同步，居全市
        # 第5位": the rate's pace in words, then its place)
        r"比[\u4e00-\u9fff]{1,6}?[省市州盟](?:平均水平|平均)?[高低快慢]出?(?=[\d.])|"
        r"与经济增长(?:基本|保持)?同步(?=[，,](?:增速|增幅|位|居|排|列))|"
        # ("增长3.9%，与全市同步，居全市第2位", "增长12.6%，与全省持平，居全省第3位", "，与全市同步，总量居全市第3位": the rate's
        # pace against the level above's in words (cues.tsv peer_pace), then its place, decision 341; not a pace with no place after;
        # the place may be named by its noun first, "，与全省平均水平持平，位次居全省第3位", decision 346)
        r"(?:与|同)(?:全国|全省|全市|全区|全州|全盟|全疆)(?:平均水平|平均)?(?:"
        + alts("peer_pace")
        + r")(?=[，,](?:增速|增幅|总量|规模|经济总量)?(?:位次|排位)?(?:继续|稳|仍)?(?:位居|位列|居(?![民住])|排名|排(?=全|第|在)|列(?=全|第)))|"
        # ("，与年初确定的增长8%左右的目标相比有差距", "，与年初提出的6%以上的目标有一定差距": the target set, its time named)
        # ("，与年初预期的6.5%、7%相比分别低…": the targets after a pair's results)
        # (the target quoted: "，与年初确定的“增长3%”目标差距较大", as "，离年初确定的“增长3%”目标" and "未完成…“增长3%”目标")
        r"(?:与|同)(?:年初|年度|全年|原定)(?:(?:确定|设定|提出|制定|下达)的)?(?:(?:预期|计划)(?:目标)?的?|目标的)?[“「『\"]?(?:增长|下降)?(?=[\d.]+%)|"
        # (a plan's goal the result falls short of or comes near to, in a plan report's look at its plan: "，与规划确定的1.5%的
        # 目标差距较大", "，接近规划确定的58%的目标", "，接近“十四五”规划63%的目标"; not "，接近3000亿元", a level of its own)
        # (no figure asked for: the 13 characters read end before an average's, "与“十四五”规划确定的年均增长6.5%")
        r"(?:与|同)(?:[“\"]?十[一二三四五六七]五[”\"]?)?规划(?:纲要)?(?:确定|设定|提出|明确)的|"
        # (the plan's goal of the same figure opening its own clause, met after it: "，“十三五”规划确定的年均增长7.5%的目标
        # 基本实现"; its figure past the 13 characters read)
        r"[“\"]十[一二三四五六七]五[”\"]规划(?:纲要)?(?:确定|设定|提出|明确)的(?=年均|增长|下降|[\d.])|"
        r"接近(?=(?:[“\"]?十[一二三四五六七]五[”\"]?)?规划)|"
        # "年初预算9.3亿元，执行中调整为9亿元，实际完成9.2亿元", "预期目标增长8%，年中调整为6.5%，实际增长6.8%": the
        # budget or target revised in the year
        + _REVISION + r"(?=(?:增长|下降)?[\d.])|"
        r"(?:[“\"]?十[一二三四五六七]五[”\"]?)?规划(?:确定的)?(?:预期)?目标(?:是|为|(?=[\d.]))|"
        # (the plan's goal in brackets after the result, met or not, with a verb of meeting it before (cues.tsv goal_met_before:
        # "，已达到“十三五”规划目标（48%）", "，已经实现规划目标（…）") or none ("，“十三五”规划目标（57%）提前实现"): the
        # goal of the same name, decision 416; the bracket past the 13 characters read after a verb, so the plan alone asked)
        r"(?:" + alts("goal_met_before") + r")(?=[“\"]?(?:十[一二三四五六七]五[”\"]?)?规划)|"
        r"[“\"]?十[一二三四五六七]五[”\"]?规划(?:纲要)?(?:确定的)?(?:预期)?目标[（(](?=(?:年均)?(?:增长|下降)?[\d.]|$)|"
        r"(?:全市|全省|全国|全区|全县|全州|全盟)(?:第|排名|排|位居|居)|比(?:全国|全省|全市|全区|全州|全盟)(?=[^，,。；;\d]{0,8}[高低快慢])|同口径|按同口径|(?:按|以)?自然口径|(?:按|以)(?:美元|人民币)(?:计算?|计价)|按可比|可比|按省口径|实际增长|名义增长|按不变价|按现价|剔除|扣除|若剔除|如剔除|若扣除|如扣除|"
        # ("，都高于年初计划增长8%的目标": 都 as 均 before the verb that measures a pair's results against their plan)
        r"都(?=高于|低于|好于|快于|超过|超出|优于|略高于|略低于|未能?|没有|达到|完成|实现|超额)|"
        # ("分别达35680元和15920元，各增长7.9%和8.3%": 各 before the verb of a pair's second run, as 分别 and 均 are)
        r"均|各(?=增长|下降|提高|降低|上涨|达到|达|为|增加|减少)|较|与上年|与去年|基本持平|持平|好于|高于|高出|超出|低于|快于|略高于|略低于|稍低于|稍高于|(?:未能?|没有|没能|尚未|超额|圆满|全面|顺利|提前(?:[一两二三]年)?|总体|基本)(?:完成|达到|实现)|逆势(?=增长|上扬|上升)|稳居|跃居|高居|居于|跃升|攀升|上升|升至|升到|降至|降到|降低到|前移|进位|继续|数量|投资规模|\d|"
        # "年均增长5.5%左右，到2030年突破5000亿元": the same figure's level at the plan's end (and "到2025年
        # 力争突破4000亿元", "力争到2025年突破4000亿元"); "增长5%左右，今后五年年均增长5%以上": its average
        # over the plan's years ("，确保“十三五”期间年均增长8%": its stretch over the plan's years too)
        r"(?:力争|确保|争取|努力)?(?:到|至)?20\d\d年(?:底|末)?(?:(?<=[到至]20\d\d年)前|(?<=[到至]20\d\d年[底末])前)?(?:力争|确保|争取|努力)?(?:总量|规模)?(?:分别)?(?:达到|达|突破|超过|迈上|跨上|增长|增加|提高|提升|下降|降低|控制在|保持在|稳定在)"
        r"|(?:力争|确保|争取)(?:达到|达|突破|超过)[\d.]"  # "增长6%，力争达到25亿元": the same figure's level
        # "企稳向好，全年完成45.2亿元": the year's figure after a trend in words (not "全年完成重点项目投资300亿元")
        r"|全年(?:完成|实现|达到)(?=[\d.])"
        # "五年累计完成固定资产投资1.06万亿元，其中2021年完成2400亿元": the part of the total a year named gives
        # (or last year named: "累计新增城镇就业3.2万人，其中去年新增7200人"; "，其中，2021年新增5.8万人")
        # ("今后五年，地区生产总值年均增长6%左右，其中今年增长6.5%左右": this year's part of the plan's average)
        # ("五年累计完成固定资产投资2350亿元，其中当年完成512亿元": the span's last year's part, decision 333)
        r"|其中[，,]?(?=(?:(?:19|20)\d\d年|去年|上年|今年|当年)(?!以来|来|前|后|同期)[^，,。；;\d]{0,6}[\d.])"
        # "增速逐季回升，由一季度下降4.1%转为全年增长2.3%", "由一季度下降6.8%、上半年下降1.2%，到全年增长3.1%": the
        # year's figure reached from a part of it (a recovery in the epidemic's first year); the start is no fact
        r"|[由从](?:前[一二三两]季度|[一二三]季度|上半年)的?(?:增长|下降|-|−)?(?=[\d.])|(?:转为|到|回升至|回升到|升至)的?全年的?(?:增长|下降)?(?=[\d.])"
        # "增长6.3%，在全市12个县市区中排名第3": the same figure's rank, its field named first
        # (its ranking's word after the field alone too: "，在全国的位次从第25位上升到第20位", "，在全省排位由第9位升至第6位")
        r"|在(?:全国|全省|全市|全区|全州|全盟|全疆|全地区)(?:各县区|县区|县域|同类|(?:\d{1,3}个?)?[^，,。；;第\d]{0,10}?中)?(?:排名|排|位居|位列|居|列|(?<=中)的?(?:排位|位次)|(?<![中列居名位])的(?:排位|位次|排名)|(?<=[国省市区州盟疆])(?:排位|位次))"
        # (or in a peer group: "，在4个直辖市中位列第2", "，在中部省会城市中排第3位"; its place moved first: "，在副省级城市中的
        # 排名上升1位，升至第4位")
        # (the group's kinds may be bracketed: "在郑州六县（市）中排名第2", "在全市县（市、区）排名第3")
        r"|在[^，,。；;第\d在]{0,8}?(?:\d{1,3}个?|[一二三四五六七八九十两]{1,3}个)?[^，,。；;第\d在]{0,10}?(?:[市省区县州旗盟]|省会|省份)"
        r"(?:[（(][市区县、]{1,5}[）)])?中(?:排名|排|位居|位列|居|列|的?(?:排名|排位|位次))"
        # (or a group of districts with no 中: "总量在中心城区排名第3", "增速在主城都市区位列第2")
        r"|在[^，,。；;第\d在]{0,8}?(?:城区|都市区|区县|县区|县市区|县[（(][市区、]{1,3}[）)])(?:排名|位居|位列)"
        # ("增长5.6%，“十四五”年均增长5.9%": the plan's years named with no 时期 before the average)
        r"|[“\"‘]?十[二三四五六]五[”\"’]?(?:年均|平均)(?:增长|下降|增速|增幅)"
        # (a bilingual page's English clause of the same figure: "GDP reached 4.71 trillion yuan, up 5.8 percent", ", an increase
        # of 7.7 percent", ", reaching 400.62 billion yuan")
        # (a Taiwan page's change on the year, as 同比 is: "超過126萬億元人民幣，年增5.2%", "，年減9.8%")
        r"|年[增减](?=[\d.])"
        # (the clause is read from a slice of 13 characters: "an increase" is matched without its "of")
        r"|[ ]?(?:(?:up|down|rose|grew|fell|dropped|declined|increased|decreased|reaching)[ ](?=[\d.])|an increase[ ]|a decrease[ ])"
        r"|(?:今后|未来)五年[^，,。；;\d%]{0,6}?(?:年均|平均|累计)|(?:力争|确保|争取|努力)?(?:到|至)?[“\"‘]?十[三四五六]五[”\"’]?(?:时期|期间|时期末|期末|末|以来)[，,]?(?:力争|确保|争取|努力)?(?:年均|平均|累计|达到|达|突破|超过|提高到|降至|控制在|保持在|提高|提升|增长|增加|下降|降低|减少))")
_RANK = re.compile(
    # "在全市13个县（市、区）中排名第3": the field and its members before the verb
    r"(?:(?:在?(?P<scope0>全国|全省|全市|全区|全县|全州|全盟|全疆|全地区)(?:各县区|县区|县域|同类|(?:\d{1,3}个?)?[^，,。；;第\d]{0,10}?中)?"
    # (or a peer group named with 在…中: "总量在副省级城市中居第3位", "在15个副省级城市中排名第5", "在4个直辖市中位列第2",
    # "在渝东北11个区县中排名第2", "在山东16市中排第3位")
    # (the group's kinds may be bracketed: "在郑州六县（市）中排名第2")
    r"|在(?P<peer>[^，,。；;第\d在]{0,8}?(?:\d{1,3}个?|[一二三四五六七八九十两]{1,3}个)?[^，,。；;第\d在]{0,10}?(?:[市省区县州旗盟]|省会|省份)"
    r"(?:[（(][市区县、]{1,5}[）)])?(?=中)"
    # (or a group of districts with no 中: "总量在中心城区排名第3", "增速在主城都市区位列第2", "在郑州县（市）排名第2")
    r"|[^，,。；;第\d在]{0,8}?(?:城区|都市区|区县|县区|县市区|县[（(][市区、]{1,3}[）)])(?=排名|位居|位列))中?)?"
    r"(?P<verb>位居|位列|排名|跃居|稳居|居于|(?:跃升|上升|提升|攀升|前移|进位)(?:到|至)|升至|居|排位|排在|排|列)"
    # (a further place after a comma is a number of its own, not a year's first digits: "居全国第一位，2015年…")
    # "列全省县（市、区）第3位": a bracket in the field ranked in; an ordinal before a noun is no rank
    # of a figure ("全省第二经济强市", "全国第二大经济体", "第一方阵"), unless 高/快 ("增速全省第二高")
    # (a count glued to the members' kind, no 个: "增速列山区26县第3位", 浙江's 山区26县; the kinds 地市, 地州市 and 地区
    # of 西藏's and 新疆's reports too: "增速居全区7地市第2位", "居全疆14地州市第3位")
    # (an official list's members joined by 、: "居绍兴各区、县（市）第二位")
    r"(?P<scope>(?:[^，,。；、\d第（(]|\d{1,3}(?:个|(?=[县市区旗州盟]|地[州市区]))|[（(][^）)，。]{0,8}[）)]|(?<=各[区县市])、(?=[县区市])){0,10}?)"
    # (or the field alone before the place: "经济总量保持全省第二", "继续保持全省县域第一"; a city's districts
    # as its members, "总量继续保持全市各区县第一", "保持全市各区第一")
    r"|(?P<scope2>(?:全国|全省|全市|全区|全县|全州|全盟|全疆|全地区)(?:各?(?:县域|县区|旗县|县市区|区县|区|县))?"
    r")"
    # (or the members of a city named by its short name after 保持: "总量继续保持潍坊各县市区首位")
    # (its members as an official list writes them, "保持宜春市各县（市、区）第一位")
    r"|保持(?P<scope3>[\u4e00-\u9fff]{2,3}?各?(?:县市区|县区|区县|旗县区|旗县|县[（(](?:市、?区|区|市)[）)])))"
    r"(?:第(?P<ns>(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:(?:位|名)?[、,，和]第?(?:\d{1,3}(?!\d)|[一二三四五六七八九十]{1,3}))*)(?:位|名|(?=高|快)|(?![\u4e00-\u9fff]))"
    r"|(?P<first>首位))")
# a year, a few words naming the region's change of kind or founding, then 以来 ("2015年撤地设市以来", "2015年林芝市挂牌成立
# 以来"): the start of the years counted, as "2015年以来", never the figure's own year (cues.tsv since_events)
_SINCE_EVENT = r"[^，,。；;！？\n\d]{0,6}?(?:" + "|".join(map(re.escape, sorted(vocab.cues().get("since_events", ()), key=lambda w: (-len(w), w)))) + r")(?=以来)"
_YEAR = re.compile(r"(?<![比较与])((?:19|20)\d{2})年(?!以来|来|底前|前|" + _SINCE_EVENT + ")")
# (a plan's end is a base too: "较“十三五”末提高3.5个百分点" is over the five years since 2020)
# (and a plan's start, the year before its first: "较“十四五”初提高5.2个百分点" is over 2021-2025 too)
# ("比疫情前的2019年增长21.6%": the base year named as the year before the epidemic, docs/decisions.md 117)
_BASE_YEAR = re.compile(r"(?:比|较|同比|相比|与)(?:(?:疫情前的?|疫情发生前的?)?((?:19|20)\d{2})年|[“\"]?十([一二三四五六])五[”\"]?(?:时期)?末"
                        r"|[“\"]?十([一二三四五六])五[”\"]?(?:时期|期)?(?:初|之初|开局之年前))")


# a name's start value dated by its year right after the name ("城镇化率由2020年的52.3%…", "已从2020年底的…"):
# a change of the name after it in its sentence is over the years since
_NAME_FROM_YEAR = re.compile(r"[^，,。；;！？\n\d]{0,4}?(?:由|从)((?:19|20)\d{2})年(?:底|末)?的")


# an industrial structure's start dated by its year ("三次产业结构由2010年的12.9∶54.2∶32.9调整为…")
_STRUCTURE_PARTS = frozenset(("tertiary_share",))  # (the shares a structure's change dates, not other ratios after it)
_STRUCTURE_FROM_YEAR = re.compile(r"结构(?:比例)?(?:由|从)((?:19|20)\d{2})年(?:底|末)?的")


# a multiple of a named year's figure right before an average ("是2020年的1.5倍，年均增长14.5%"): its base
_TIMES_OF_YEAR = re.compile(r"(?:是|为|相当于)((?:19|20)\d{2})年(?:底|末)?的[\d.]+倍[，,][^，,。；;\d]{0,6}$")


def _base_year(m: re.Match) -> int:
    return int(m.group(1)) if m.group(1) else _PLAN_START[m.group(2)] + 4 if m.group(2) else _PLAN_START[m.group(3)] - 1


def _own_base_year(text: str, lo: int, hi: int) -> int | None:
    """The base year of a comparison in the clause ending at ``hi`` ("，比2010年增长70%"), right before the change's verb
    (no figure between), or None."""
    b = _last(_BASE_YEAR.finditer(text, max(lo, _after_mark(_CLAUSE_MARKS, text, lo, hi)), hi))
    if b is None or _DIGIT_NOT_YEAR.search(text, b.end(), hi):
        return None
    return _base_year(b)


# "“十四五”时期提高5.2个百分点": a change over a plan's years, its verb right after the plan's name
_PLAN_CHANGE = re.compile(r"十([二三四五六])五[”\"’]?(?:时期|期间|以来)[，,]?(?:累计|共计|共)?"
                          r"(?:提高|提升|增长|增加|下降|降低|减少|上升|上涨)了?$")
# "规模以上工业增加值“十二五”期间年均增长10.4%": a yearly average over a plan's years, the plan named right before it
# (a pair's later value too: "…“十二五”期间年均分别增长10.1%和12.5%")
_PLAN_AVERAGE_BEFORE = re.compile(r"十([一二三四五六])五[”\"’]?(?:时期|期间)[，,]?(?:年均|平均)(?:分别)?(?:增长|下降)"
                                  r"(?:[\d.]+%[、和])*$")
# "自2012年以来增长60%": a change over the years from the one named (its first year)
# (not a comparison's: "增长10.4%，为2019年以来最高增幅", "创2016年以来新高" date nothing, as "五年来首次" does not)
_SINCE_NOT_RECORD = r"(?!的?(?:同期)?(?:最[高低好快大多少优佳]|新高|新低|首次|首度|第一次))"
_SINCE_YEAR = re.compile(r"((?:19|20)\d{2})年(?:" + _SINCE_EVENT + r")?(?:以来|来)" + _SINCE_NOT_RECORD)
# "到2030年", and "2020年前" (by then)
# and a plan's end, its last year ("到“十四五”末", "到“十三五”期末", "至“十五五”规划期末"; not a base, "较“十三五”末")
# (and a year looked ahead to by a word of cues.tsv year_ahead_words, "展望2030年，A；B", "面向2030年，A；B": it leads the
# list as 到2030年 does, decision 345)
_YEAR_AHEAD_WORDS = "|".join(map(re.escape, sorted(vocab.cues().get("year_ahead_words", ()), key=lambda w: (-len(w), w))))
_BY_YEAR = re.compile(r"(?:到|至|于|在" + ("|" + _YEAR_AHEAD_WORDS if _YEAR_AHEAD_WORDS else "") + r")((?:20)\d{2})年(?:底|末)?|(?<![比较与从由同和至到、于在及是—–\-~～\d])(20\d{2})年(?:底|末)?(?:前|以前)"
                      r"|(?:到|至)第?[“\"‘]?十([三四五六])(?:五|个五年)[”\"’]?(?:规划)?(?:时期|期)?末")


def _by_years(text: str, start: int, end: int):
    """``_BY_YEAR.finditer`` in text[start:end]; a window without a 20 or a 末 has none (the pattern has
    no first character to skip ahead to, so it is tried at each place)."""
    return _BY_YEAR.finditer(text, start, end) if text.find("20", start, end) >= 0 or text.find("末", start, end) >= 0 else ()


_PLAN_END_NAMED = re.compile(r"十([三四五六])(?:五|个五年)")


def _clause_year(text: str, cue_at: int, full_start: int, pos: int) -> int | None:
    """The year last named (到/在…年) in the clause that leads into the name at ``pos``, past a cue at ``cue_at``."""
    oc = _after_mark(_CLAUSE_MARKS, text, max(cue_at, full_start), pos)
    by = _last(_by_years(text, oc, pos)) if text.find("20", oc, pos) >= 0 else None
    return None if by is None else _by_year(by)


def _by_year(m: re.Match) -> int:
    """The year a ``_BY_YEAR`` match names: its digits, or the last year of the plan named."""
    return int(m.group(1) or m.group(2)) if m.group(3) is None else _PLAN_START[m.group(3)] + 4
_PLAN_SPAN = [(re.compile(r"十五(?:五|个五年)"), (2026, 2030)), (re.compile(r"十四(?:五|个五年)"), (2021, 2025)),
              (re.compile(r"十三(?:五|个五年)"), (2016, 2020)), (re.compile(r"十二(?:五|个五年)"), (2011, 2015))]
# (the look back after 这, as "(?<!今后)(?<!未来)这五年" reads it: every branch then opens with a character, which a
# search skips to in C; a branch that opens with a look back is tried at every place)
_FIVE_YEARS = re.compile(r"回顾(?:过去的?|这)?五年|过去五年|五年来(?!首次|首度|第一次|最[高低好快大多少优]|新高|新低)|这(?<!今后这)(?<!未来这)五年|五年间|五年累计|五年共|十三五时期|十三五期间|十四五时期以来|十四五以来|十三五以来|过去的五年")
# ("今后三年" names a span, not "实施今后三年行动计划", a programme named by its years)
_NAMED_PROGRAMME = r"(?![^，,。；;：:\n]{0,8}?(?:行动|计划|规划|方案|攻坚))"
# a plan named as the source of the figures after it (role_cues.tsv's goal row: "按照“十四五”规划，", "“十四五”规划纲要确定，",
# "“十四五”规划确定" right before the goals it set,
# "“十四五”规划的约束性指标："), as the cue it ends
_PLAN_SOURCE = re.compile(r"规划(?:纲要)?(?:[，,]|(?:确定|提出|明确|设定)(?:的?(?:主要|约束性|预期性)?(?:指标|目标)?(?:是|为|：|:|，|,))?"
                          r"|的(?:约束性|预期性|主要)(?:指标|目标)(?:是|为|：|:))$")
# "今后一个时期", not "今年和今后一个时期" (this year named with the time ahead; the cue opens with a character, its
# lookbehinds after the first)
_TIME_AHEAD = r"今(?<!年和今)(?<!年及今)(?<!年与今)(?<!年以及今)后一个时期"
_GOAL_CTX = re.compile(r"今后这?(?:五年|[三四]年" + _NAMED_PROGRAMME + r")|未来这?(?:五年|[三四]年" + _NAMED_PROGRAMME + r")|" + _TIME_AHEAD + r"|十[三四五六](?:五|个五年)[”\"]?(?:规划)?(?:时期|期间|末)|规划期末|远景目标|到20\d{2}年")
# a heading of the goals of a plan that opens this year ("“十四五”主要目标", "“十三五”发展目标" in a 2021,
# a 2016 report; in its last year "冲刺“十三五”主要目标" is that year's work)
_PLAN_GOALS_HEAD = re.compile(r"十([三四五六])(?:五|个五年)[”\"]?(?:规划)?(?:发展)?的?(?:主要|发展|奋斗|总体)目标(?!任务)")
_TARGET_CTX = re.compile(r"主要预期目标|预期目标|主要目标是|主要目标为|目标是|主要指标")
# (an infographic's arrows too: "12.8亿元 ↓3.1%")
# (news and Taiwan pages' words of a fall too: "进出口萎缩3.2%", "出口衰退9.8%", "負成長1.5%", "下挫2.1%")
# (减收: a revenue's fall, "一般公共预算收入减收10.5%")
_NEG = ("降幅", "跌幅", "微降", "略降", "微跌", "略跌", "下降", "下滑", "回落", "减少", "降低", "负增长", "下跌", "收窄", "减产", "减收", "萎缩", "衰退", "负成长",
        "下挫", "↓", "▼")
# (成长: a Taiwanese paper's 增长, which t2s conversion keeps: "國內生產毛額（GDP）成長5%"; 微升/略升, a Hong Kong
# paper's slight rise, 微跌/略跌 its slight fall: "社會消費品零售總額微升0.03%", "出口微跌0.3%")
_GROWTH_WORDS = ("降幅", "跌幅", "微降", "略降", "微跌", "略跌", "微增", "略增", "微升", "略升", "增长", "增速", "增幅", "成长", "涨幅", "上涨", "下降", "下滑", "回落", "减少", "降低", "负增长", "提高", "提升",
                 "萎缩", "衰退", "下挫", "减收", "增收",
                 "增加", "回升", "下跌", "速度", "增产", "减产", "↑", "↓", "▲", "▼")
# (减收/增收 too: "一般公共预算收入减收6.3亿元" is what the revenue lost, no level of it; and what was done beyond or
# short of a plan, "比年初计划多完成5.6亿元", "少完成4亿元": the gap, no level; not
# "超额完成1.2万人的年度任务", the target beaten)
_CHANGE_BEFORE_AMOUNT = re.compile(r"(?:(?:增加|减少|增长|下降|提高|降低|增收|减收|超收|短收|多|少|增|减|(?:多|少)(?:完成|实现))了?"
                                   r"|增量(?:达到|为)?)(?:近|约|超过|逾|超|达)?$")
_LEVEL_VERBS = ("达到", "达", "完成", "为", "实现", "总量", "规模", "累计达到", "总额")
_COMPARATOR_BEFORE = ("与", "同", "跟", "快于", "高于", "低于", "超过", "超出")
_COMPARED_END = re.compile(r"(?:的)?(?:增长|增速|增幅)?(?:水平)?(?:[，,。；;、\n（(]|$)")  # (an aside: "（预期性）")
_COMPARATOR_OR_AND = _COMPARATOR_BEFORE + ("和", "及")
_OWN_LEVEL = re.compile(r"[市县区州省旗]本级|本级")
_GOV_LEVEL = re.compile(r"(?:自治区|乡镇|[省市县区州盟旗乡镇])级$")  # (乡镇级: the towns' own part of a county's budget)
_LEVEL_FUNDS_TAIL = re.compile(r"(?<=级)财政(?:安排|投入|下达|筹措|统筹)?了?(?:各类|各项)?$")
_WHOLE_SCOPE_BRACKET = re.compile(r"[（(]全口径[）)]")
_FISCAL_IDS = frozenset(("general_budget_revenue", "general_budget_expenditure", "fiscal_total_revenue", "livelihood_expenditure"))
# a place inside the region just before a name, or before its verb ("开发区实现地区生产总值")
# ("28家重点企业实现工业增加值", "重点项目完成固定资产投资", "六大高耗能行业…": a group of firms, projects
# or sectors; but 规上工业企业 are the indicator's own; "第八师", "四师", "南疆师市", "团场", "149团": 兵团's divisions and
# farms; "兵地": the 兵团's and the region's together)
# (a district's parks named as cities: "张江科学城", "中关村科学城", "西部科学城", "东湖科技城", "中新天津生态城", "中新
# 广州知识城", "天府国际生物城": cues.tsv zone_city_kinds)
# (the seat named by where it is, "州府所在地", "县城驻地", is a part as 县城 is)
_PART_OF_REGION_PATTERN = (r"(?P<part>开发区|集聚区|示范区|直管区|高新区|经开区|片区|园区|产业园|新区|县域|中心城区|主城区|老城区|街道|新城|县城|(?<!全)州城|所在地|驻地|商圈|商业街|步行街|街区"
                             r"|(?:<CITY_KINDS>)城"
                             # (the region's central town named as a city: "中心城市空气质量优良天数比例达到92.1%" in a
                             # city's report, its urban core's air, not the whole city's: cues.tsv inner_town_words)
                             r"|<INNER_TOWNS>"
                             # (a venue: "崇礼滑雪场累计接待游客…", cues.tsv venue_kinds)
                             r"|<VENUE_KINDS>"
                             # (a zone named by its airport: "郑州航空港实现地区生产总值…", "双流航空港固定资产投资…")
                             r"|航空港|空港"
                             # (and the projects of aid received: "援疆项目完成固定资产投资7.9亿元", "援藏项目", "帮扶项目")
                             # (the firms a government owns: "市属国有企业完成固定资产投资…", "州属企业…", "国有企业…")
                             r"|(?:[省市县区州旗盟]属|直属)(?:国有(?:控股)?)?企业|国有(?:控股)?企业|国企"
                             r"|(?:重点|龙头|骨干|百强|十强|亿元以上|\d+家)(?:工业)?企业|(?:重点|重大|亿元以上|招商|产业|援疆|援藏|援青|援建|帮扶|协作|衔接)项目"
                             # (an enterprise named: "陕西汉中钢铁集团全年完成工业增加值28.6亿元")
                             r"|(?<=[\u4e00-\u9fff]{2})(?:集团|股份|有限公司|公司)"
                             r"|(?:重点|主导|支柱|优势|高耗能|高技术|[两三四五六七八九十]大)(?:工业)?行业"
                             # (units seated in the region but run from above, a 新疆 county's 兵团 units or a banner's
                             # central firms: "兵团驻县单位粮食总产量…", "驻县兵团单位…", "中央和自治区驻旗企业完成工业增加值…")
                             r"|驻[省市县区旗州盟]?(?:兵团)?(?:单位|企业)"
                             r"|副中心|都市圈|经济圈|城市群|城镇群|经济带|城市带|城镇带|兵团|兵地|第?[一二三四五六七八九十]{1,3}师|师市|团场|[镇乡村][里上]|[区县镇乡园]"
                             # (a banner's townships and villages, "布尔陶亥苏木农牧民人均可支配收入…", "敖包嘎查…":
                             # cues.tsv banner_units)
                             r"|<BANNER_UNITS>"
                             # (a banner as a county: "达拉特旗地区生产总值…" in 鄂尔多斯's report; not a flag, 红旗, 国旗, 党旗)
                             r"|(?<![红国党彩战军团队会])旗"
                             # (a division's regiments and farms: "149团", "一四九团", "石河子总场"; a province's state farms
                             # inside a city or county, "全市农场实现生产总值…" in 儋州's, "林场", "乌拉盖牧场": cues.tsv state_farms)
                             r"|(?<![集社])(?:\d{1,3}|[一二三四五六七八九十〇]{1,3})团|<STATE_FARMS>"
                             # "皖北六市", "蒙东五盟市", "东部盟市", "三大平台", "16个县市", "12个旗县", "所有县市": a group of the region's divisions or zones
                             # (a province's too: "昆明、玉溪等8个州（市）", "南京等8个城市", "13个地级市")
                             r"|(?:(?:[两三四五六七八九十]|\d{1,2})个?|所有|全部)(?:地市|盟市|市州|州市|地州市?|州|设区市|地级市|城市|市|县市区|县市|市县|旗县(?:市区?)?|县区|区县|大平台)|盟市"
                             # (or counted vaguely, "多数市州", "超半数县区", "部分地市"; the provinces of a round-up of
                             # their targets, "多数省份", "17个省份", "多地", "31省份2024年GDP…": theirs, no one region's)
                             r"|(?:<VAGUE_COUNT>)(?:地市|盟市|市州|州市|设区市|地级市|城市|县市区|县市|市县|旗县|县区|区县)"
                             r"|(?:<VAGUE_COUNT>|(?:[两三四五六七八九十]|\d{1,2})个?|所有|全部)(?:省份|省区市|省市区)"
                             r"|(?:<VAGUE_COUNT>|(?<!\d)\d{1,2})[地省](?![区方级市])"
                             # ("全州8个县市中有6个地区生产总值增速超过6%", "全市9个县区中，7个…": how many of the members, decision 102)
                             r"|(?:^|(?<=[中有]))(?:\d{1,2}|[两三四五六七八九十]{1,3})个)"
                             # (the part may say which piece of it lies in the region: "两江新区（渝北部分）", "高新区（托管区）")
                             # (a task's modal before its verb: "经济开发区力争完成固定资产投资60亿元", "高新区确保实现…增长15%",
                             # "经开区要实现规上工业增加值增长12%", "高兴镇要完成固定资产投资5亿元以上": the part's own aim)
                             # (a year's word after the part: "柳州高新区去年规模以上工业增加值增长12.5%", as after 全年)
                             # (a total's word between the part and its verb: "兵地共同实现生产总值…", "两区共完成…"; 共 only before the verb)
                             # (the span of a total or average after the part: "姜山镇五年累计完成工业投资108亿元",
                             # "经开区近三年累计引进项目…": the part's own years, as 全年 is its own year)
                             # (the register's word after the part: "雄安新区注册经营主体突破2.1万家", "高新区实有市场主体…";
                             # and the year's new ones it registered: "湘江新区新登记市场主体6万户", "新注册企业", "新设立外资企业")
                             r"(?:[（(][^（）()\n]{1,10}[）)])?(?:经济)?(?:的)?(?:注册|登记在册|实有|新(?:注册|登记|设立))?(?:全年|去年|今年|上年|明年|(?<=[份地省])(?:19|20)\d\d年)?(?:近?[两三四五六七八九十]年(?:来|间)?)?(?:累计|合计|共计|(?:共同|共)(?=实现|完成))?(?:(?:还?要|将)(?=力争|确保|争取|实现|完成))?(?:力争|确保|争取)?(?:实现|完成)?(?:的)?"
                             # (the name its object: "多数省份将地区生产总值增速设定在5%以上")
                             r"(?:将|把)?$")


@once
def _part_of_region() -> re.Pattern:
    """_PART_OF_REGION_PATTERN with the kinds of a zone named as a city (cues.tsv zone_city_kinds: 科学城, 知识城…) and of a
    venue (venue_kinds: 滑雪场, 景区…), a banner's units (banner_units: 苏木, 嘎查), a state farm (state_farms: 农场, 牧场…)
    and the central town named as a city (inner_town_words: 中心城市)."""
    def alts(row: str) -> str:
        return "|".join(map(re.escape, sorted(vocab.cues().get(row, ()), key=lambda w: (-len(w), w))))
    return re.compile(_PART_OF_REGION_PATTERN.replace("<CITY_KINDS>", alts("zone_city_kinds")).replace("<VAGUE_COUNT>", alts("vague_count"))
                      .replace("<VENUE_KINDS>", alts("venue_kinds")).replace("<BANNER_UNITS>", alts("banner_units"))
                      .replace("<STATE_FARMS>", alts("state_farms")).replace("<INNER_TOWNS>", alts("inner_town_words")))
# (the last character of a match, before the end or a line end: most leads end otherwise)
_PART_OF_REGION_LAST = "区园域道城县旗镇乡济的年计现成心圈群带团业目街里上市台场师争保取地司份州个港位木查省将把册有记立点馆来间）)\n"
_NAMED_PART = re.compile(r"((?:重点|贫困|脱贫|欠发达|革命老|民族|边境|牧区|山区|对口支援|对口帮扶|对口援助|对口协作|受援|结对帮扶)"
                         r"(?:地区|城市|区域|县区|市县|县市|旗市|县|乡村|村)"
                         # "31个大城市城镇调查失业率", "70个大中城市": a set of the country's big cities
                         r"|(?:\d{1,3}个|[两三四五六七八九十百]{1,3}个)?大中?城市"
                         # "未达标地级及以上城市细颗粒物（PM2.5）平均浓度下降10.2%": the cities short of the air standard,
                         # a part (not "地级及以上城市", all of them: the country's own figure)
                         r"|(?:PM2\.5|细颗粒物)?未达标(?:的)?(?:地级及以上|地级以上|设区)?城市"
                         # ("对口支援的类乌齐县，…，当地农牧民人均可支配收入增长11%", "受援地农民…": the place aided, named before)
                         r"|当地|受援地|帮扶地"
                         r"|中西部(?:地区|省份)?|东中部(?:地区|省份)?|东北地区|[东西中]部(?:地区|省份)?|省会(?:城市)?|首府(?:城市)?|(?:(?![年全各省市县区我本])[\u4e00-\u9fff]){1,3}(?:山区?|湖区?|流域))的?(?:全年)?$")
# (the last character of each of its places, with or without a 的 after: most leads end otherwise)
_NAMED_PART_LAST = "区市域县村部山湖会府地份"
# (aid received: "在广州市东西部协作帮扶下，", "在…的倾力帮扶下，"; the region's own word before it makes it the region's aid)
_AID_RECEIVED = re.compile(r"[^，,。；;\d]{0,6}?下[，,]")
_OWN_AIDS = re.compile(r"[我本][省市区县州旗盟]")


def _aid_before(text: str, s: int) -> bool:
    """Whether a word of aid to another place stands in the sentence before ``s`` (cues.tsv aid_place): 当地 there is
    the place aided, while a news page's bare 当地 is its own region ("据了解，当地地区生产总值增长6%")."""
    ss = _after_mark(_SENT_MARKS, text, max(0, s - 80), s)
    for w in vocab.cues().get("aid_place", ()):
        i = text.find(w, ss, s)
        while i >= 0:
            # (aid received, "在荔湾区结对帮扶下，当地农村居民…" in the aided county's own report: 当地 is the region;
            # not the region's own aid, "在我县结对帮扶下，当地群众…", where 当地 is the place aided)
            if _AID_RECEIVED.match(text, i + len(w)) is None or _OWN_AIDS.search(text, ss, i) is not None:
                return True
            i = text.find(w, i + 1, s)
    return False


def _round_up_subject(text: str, ms: int, a: int, b: int, several: tuple[str, ...] = ()) -> str | None:
    """Whose a figure at ``b`` is on a page on several regions' targets, its name at ``ms``–``a``: a vague count of
    the regions said between (_vague_setters), or a province by its short name right before the figure
    (_province_sets) or opening the name's clause ("据统计，湖北将2023年地区生产总值增长目标定为6.5%左右"); or one of the
    regions the page names alike (``several``, cities too: "武汉去年地区生产总值增长5.7%，今年目标定为6%左右", decision
    353) opening it."""
    if (vs := _vague_setters().search(text, a, b)) is not None:
        return vs.group(1)
    if (pm := _province_sets().search(text, max(a, b - 12), b)) is not None:
        return pm.group(1)
    cs = _after_mark(_CLAUSE_MARKS, text, ms - 30, ms)
    if (lm := _PROVINCE_LEADS.match(text, cs, ms)) is not None \
            and (lm.group(1) in _province_short_names() or lm.group(1) in _several_short_names(several)):
        return lm.group(1)
    if "、" in text[cs:ms] or "和" in text[cs:ms] or "与" in text[cs:ms]:
        # several provinces by their short names opening the name's clause together, joined by 、/和/与, a count of them
        # or 等 after or not ("湖北、海南两省将地区生产总值增长目标定在10%以上", "广东和江苏均把…"): theirs, no one region's
        if (gm := _province_group_leads().match(text, cs, ms)) is not None:
            return gm.group(1)
    if text[cs:ms].strip(" \t\u3000").removesuffix("预期") in vocab.cues().get("round_up_time_leads", ()) \
            and (who := _province_opened_before(text, cs, several)) is not None:
        # a clause opening on a time word alone after a clause a province opens in its sentence ("广东去年地区生产总值增长3.9%，
        # 今年目标定为4.5%左右", "从经济大省看，江苏去年增长5.3%，今年的增长目标定为5%左右"): it goes on about that province
        return who
    # a province heading its items with a colon after a lead clause ("经济大省方面，广东：地区生产总值增长4.5%以上，社会消费品
    # 零售总额增长4%"): the last one headed before the name in its sentence (a line it heads is _head_place's)
    ss = _after_mark(_SENT_MARKS, text, max(0, ms - 80), ms)
    if text.find("：", ss, ms) >= 0 or text.find(":", ss, ms) >= 0:
        head = _last(_province_heads().finditer(text, ss, ms))
        if head is not None:
            return head.group(1)
    return None


def _province_opened_before(text: str, cs: int, several: tuple[str, ...] = ()) -> str | None:
    """The province (by its short name) that opens the nearest clause before ``cs`` in its sentence, after a lead word of
    the round-up's or none ("广东去年…", "其中湖北…"), or one of the regions the page names alike (``several``: "武汉去年…",
    decision 353), or None."""
    ss = _after_mark(_SENT_MARKS, text, max(0, cs - 120), cs)
    c = cs - 1
    while c > ss:
        c = _after_mark(_CLAUSE_MARKS, text, ss, c - 1)
        if (pm := _province_opens(several).match(text, c, cs)) is not None:
            return pm.group(1)
        c -= 1
    return None


@lru_cache(maxsize=16)
def _several_short_names(several: tuple[str, ...]) -> frozenset[str]:
    """The short names of the regions a page names alike (meta.several: 武汉市 -> 武汉), of two characters or more."""
    return frozenset(n for r in several if len(n := short_name(r)) >= 2)


@lru_cache(maxsize=16)
def _several_and_peers(several: tuple[str, ...]) -> tuple[str, ...]:
    """The regions a page names alike (meta.several) and, where they are all of one level under one region, every other
    current division of that level under it (of cities under several provinces, every current city): a round-up's peer
    told without its year ("苏州去年增长6%，…；无锡去年…；南京的增长目标为5%左右", "镇江地区生产总值预期增长5.5%") is one
    of them too (decision 357)."""
    if not several:
        return several
    g = gazetteer()
    found = [rs[0] for name in several if len(rs := [r for r in g.by_name.get(name, ()) if r.current]) == 1]
    if len(found) != len(several) or len({r.level for r in found}) != 1:
        return several
    level = found[0].level
    if len({r.parent_code for r in found}) == 1:
        peers = [r.name for r in g.children(found[0].parent_code) if r.level == level and r.name not in several]
    elif level == "prefecture":
        # (cities of several provinces, "武汉…；长沙…；合肥…": any other city of that level, as a round-up of provinces
        # knows every province's short name; not counties, whose short names too often are words)
        peers = [r.name for r in g.by_code.values() if r.current and r.level == level and r.name not in several]
    else:
        return several
    return (*several, *peers)


@lru_cache(maxsize=16)
def _province_opens(several: tuple[str, ...] = ()) -> re.Pattern:
    """A province by its short name, or one of the regions the page names alike (``several``), opening a clause, a
    round-up's lead word (cues.tsv round_up_group_leads) before it or none, no other name joined to it after (those are
    _province_group_leads')."""
    names = "|".join(sorted(_province_short_names() | _several_short_names(several), key=lambda w: (-len(w), w)))
    leads = "|".join(map(re.escape, sorted(vocab.cues().get("round_up_group_leads", ()), key=lambda w: (-len(w), w))))
    return re.compile(r"[ \t\u3000]*(?:" + leads + r")?(" + names + r")(?:省|市|自治区)?(?![、和与及])")


@once
def _round_up_sayers() -> re.Pattern:
    """A vague set of regions opening a clause and saying what they set (cues.tsv several_regions_reports, or a
    vague_count or round_up_vague of 省份/地; then round_up_says: "多地提出", "多省份明确", "各地普遍提出", "不少省份要求",
    "多数省份把…定在")."""
    cues = vocab.cues()
    sets = sorted(cues.get("several_regions_reports", ()), key=lambda w: (-len(w), w))
    vague = sorted(set(cues.get("vague_count", ())) | set(cues.get("round_up_vague", ())), key=lambda w: (-len(w), w))
    says = sorted(cues.get("round_up_says", ()), key=lambda w: (-len(w), w))
    # (a set opening its sentence too, "。不少城市提出…": finditer's ^ holds at the string's start only)
    return re.compile(r"(?:^|(?<=[，,：:；;\s。！？!?]))((?:" + "|".join(map(re.escape, sets)) + r")|(?:"
                      + "|".join(map(re.escape, vague)) + r")个?(?:省份|省区市|城市|地))"
                      r"(?:还|也|均|普遍|都|纷纷){0,2}(?:" + "|".join(map(re.escape, says)) + r")")


def _round_up_sayer(text: str, ms: int) -> str | None:
    """Whose a figure named at ``ms`` is on a page on several regions' targets when a vague set of them says it earlier
    in the sentence ("在消费方面，多地提出社会消费品零售总额增长5%以上", "多省份提出稳外贸稳外资，推动进出口总额实现正增长"):
    theirs, no one region's (a province named after the set, "多地提出…；广东提出…", is read by the callers before)."""
    ss = _after_mark(_SENT_MARKS, text, max(0, ms - 60), ms)
    found = None
    for found in _round_up_sayers().finditer(text, ss, ms):
        pass
    return found.group(1) if found is not None else None


@once
def _province_heads() -> re.Pattern:
    """A province by its short name heading a clause with a colon ("，广东：", "其中，山东："), no word right before it."""
    names = sorted(_province_short_names(), key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\u4e00-\u9fff])(" + "|".join(names) + r")[：:]")


_PROVINCE_LEADS = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:将|把)?(?:(?:19|20)\d\d年)?(?:的)?$")


@once
def _province_group_leads() -> re.Pattern:
    """Several provinces by their short names joined by 、/和/与/及 opening a clause (after a lead word of the round-up's,
    cues.tsv round_up_group_leads: 如, 其中…), a count of them or 等 after (“两省”, “3个省份”, “等地”) or not, then
    均… and what they do to the figure (round_up_says: 将, 把, 提出…), up to the figure's name: "湖北、海南两省将",
    "广东和江苏均把", "江西、贵州、西藏三省区提出"."""
    cues = vocab.cues()
    names = "|".join(sorted(_province_short_names(), key=lambda w: (-len(w), w)))
    leads = "|".join(map(re.escape, sorted(cues.get("round_up_group_leads", ()), key=lambda w: (-len(w), w))))
    says = "|".join(map(re.escape, sorted(cues.get("round_up_says", ()), key=lambda w: (-len(w), w))))
    return re.compile(r"\s*(?:" + leads + r")?((?:" + names + r")(?:[、和与及](?:" + names + r"))+)"
                      r"(?:等)?(?:(?:[两二三四五六七八九十]|\d{1,2})个?)?(?:省份|省区市|省区|省市|省|区|地)?"
                      r"(?:均|都|也|还|同时)?(?:" + says + r")?(?:(?:19|20)\d\d年)?(?:的)?$")


@once
def _province_sets() -> re.Pattern:
    """A province by its short name right before a figure set for it ("湖北6.5%", "湖南定为6.5%左右", a table's
    "广东5%左右" read with its gap dropped)."""
    names = sorted(_province_short_names(), key=lambda w: (-len(w), w))
    return re.compile("(" + "|".join(names) + r")(?:将|把)?(?:目标)?(?:定为|定在|设定在|设定为|为|是)?[ \t\u3000]*$")


def _vague_count_before(text: str, a: int, b: int) -> str | None:
    """The last vague count of regions (cues.tsv vague_count, round_up_vague, several_regions_reports, or a number of
    省份/城市) opening a clause, or after a space, between a name at ``a`` and its qualitative words at ``b`` in one
    sentence, on a page on several regions' targets ("GDP增速目标盘点：9省份下调 多数与去年持平"): the words are theirs."""
    if b - a > 24 or find_mark(text, a, b, _SENT_MARKS) >= 0:
        return None
    return g.group(1) if (g := _last(_vague_counts().finditer(text, a, b))) is not None else None


def _after_released() -> str:
    """Right after a headline's first half telling the targets are out (cues.tsv headline_released: "…目标出炉", "…公布"),
    one look-behind a word, so that a word of any length may be added."""
    return "|".join("(?<=" + re.escape(w) + ")" for w in sorted(vocab.cues()["headline_released"], key=lambda w: (-len(w), w)))


@once
def _vague_counts() -> re.Pattern:
    """A vague count of regions, or a number of them, opening a clause or after a space (_vague_count_before)."""
    cues = vocab.cues()
    vague = sorted(set(cues.get("vague_count", ())) | set(cues.get("round_up_vague", ()))
                   | set(cues.get("several_regions_reports", ())), key=lambda w: (-len(w), w))
    # (or after a headline's first half, the space between dropped by normalize: "…目标出炉大部分省份持平", as _vague_setters;
    # its last words, cues.tsv headline_released)
    return re.compile(r"(?:(?<=[\s，,：:；;])|" + _after_released() + r"|^)((?:" + "|".join(map(re.escape, vague)) + r")(?:个?(?:省份|省区市|城市|地))?"
                      r"|(?:\d{1,2}|[两二三四五六七八九十]{1,3})个?(?:省份|省区市|城市|地))")


@once
def _vague_setters() -> re.Pattern:
    """A vague count of regions opening a clause as its subject, the figure set by it after (cues.tsv vague_count:
    "多地定在", "超半数省份定在", "，多数在", "17个省份设定在"), read on a page on several regions' targets only."""
    vague = sorted(vocab.cues().get("vague_count", ()), key=lambda w: (-len(w), w))
    # (a headline's halves, the space between dropped by normalize: "…GDP增长目标超半数省份定在5%左右", "…出炉多地定在…")
    # (or right after the name's 增速/增幅, the count its subject: "固定资产投资增速多在5%至10%之间", "增幅多数在2%左右")
    # (its headline's words without 亮相, as decision 321's rule was written: cues.tsv headline_released holds 亮相 too, for
    # _vague_counts and _group_setters; reading the row here would be a change of output, not of hygiene, so not done)
    return re.compile(r"(?:(?<=[\s，,：:；;])|(?<=目标)|(?<=增速|增幅)|(?<=出炉|公布|揭晓|一览))((?:" + "|".join(map(re.escape, vague)) + r"|\d{1,2}个?)(?:省份|省区市|省|地)?|多数)"
                      r"(?:将|把)?(?:目标|增速|增长)?(?:均|普遍|都)?(?:定在|设定在|设在|定为|设定为|为|在|是)")


# (a character each of _group_setters' closing verbs holds, 定在|设定在|设在|定为|设定为|为|在|是: a match needs one)
_SETTER_VERB_MARKS = marks("在为是")


@once
def _group_setters() -> re.Pattern:
    """A group of the region's divisions, counted or counted vaguely, opening a clause (or a headline's half) after an
    indicator's name and setting the figure right after it (cues.tsv division_groups, group_setters: "GDP增长目标出炉
    4市定在7.5%左右", "增长目标：多数市州定为7%左右", "其中两市设定在8%"): the group's figure, no one region's, on any page
    (decision 321)."""
    cues = vocab.cues()
    vague = sorted(cues.get("vague_count", ()), key=lambda w: (-len(w), w))
    groups = sorted(cues.get("division_groups", ()), key=lambda w: (-len(w), w))
    sets = sorted(cues.get("group_setters", ()), key=lambda w: (-len(w), w))
    return re.compile(r"(?:(?<=[\s，,：:；;])|(?<=目标)|" + _after_released() + r")((?:" + "|".join(map(re.escape, vague))
                      + r"|(?<!\d)\d{1,2}个?|[两三四五六七八九十]{1,2}个?)(?:" + "|".join(map(re.escape, groups)) + r"))"
                      r"(?:将|把)?(?:目标|增速|增长目标)?(?:均|普遍|都)?(?:" + "|".join(map(re.escape, sets)) + r")(?:增长)?$")


# a county's or a banner's word for itself, its figure's subject ("去年全县", "我县今年", "县里"): read on a city's or a
# province's page, where it is a county's
_COUNTY_SELF = re.compile(r"(?<![各每])(全县|我县|本县|该县|县里|全旗|我旗|本旗|该旗)(?:去年|今年|全年|上年)?$")
# (the voice it is said in: a county's head or a deputy or a member, earlier in the sentence)
_COUNTY_VOICE = re.compile(r"[县旗](?:长|委书记|委副书记)|代表|委员")


# "每个县培育高新技术企业1家", "每个乡镇建设1个": a figure for each unit, not the region's (各县（市、区）…均增长: each)
_PER_UNIT = re.compile(r"(?:每一?个?|各)(?:设区市|市州|县|乡|镇|村|市|区|州|盟|旗|街道|社区|园区)(?![场域民])")  # (not 各市场, 各区域)


@once
def _per_kind() -> re.Pattern:
    """每个/每家, a few letters, a kind of place or body (``cues.tsv`` each_kind): a figure for each of them."""
    # (not a time: "每个月", "每个季度"; nor the region's own 全…)
    return re.compile(r"每一?[个家](?![月季年周])[^\W\d_全，,。；;]{0,6}?(?:"
                      + "|".join(map(re.escape, vocab.cues()["each_kind"])) + ")")
# "西宁市空气质量…", "兰州市、天水市地区生产总值": a division named before the figure (checked
# against the gazetteer: another region than the report's own)
# (a match is at most 16 characters long, a line end after it included: only a lead's last 16 are searched)
# (or setting a target: "今年温州市确定的地区生产总值增长目标为6%左右" in a county's news; not one the region is to
# fulfil, "完成苏州市确定的节能减排目标", nor 下达的, handed down to it: its own)
# (a target the region is to fulfil, named after the division that set it: "完成苏州市确定的…目标", its own)
_FULFILS = re.compile(r"完成|落实|实现|达到|执行")
_NAMED_DIVISION = re.compile(r"([\u4e00-\u9fff]{2,7}(?:市|州|盟|地区))(?:的)?(?:全年)?(?:实现|完成|(确定|提出|设定|制定))?(?:的)?$")


# the last characters of the kinds of place before 地区 in _NAMED_PART (贫困, 对口支援, 民族, 边境, 革命老…)
_NAMED_KIND_LAST = frozenset("点困贫达老族境区援扶助作")


def _ends_named_part(lead: str) -> bool:
    """Whether ``_NAMED_PART`` can match at the end of lead (one test before the pattern's search)."""
    # ("丹霞山全年接待游客…": the year's word after the place)
    body = lead[:-2] if lead.endswith("全年") else lead
    last = body[-2:-1] if body.endswith("的") else body[-1:]
    return last != "" and last in _NAMED_PART_LAST or lead.endswith("\n")  # (an empty lead: none)


# "这座城市经济总量…": the report's own city, not 城市经济 (the urban economy) that 城市 guards
_THIS_CITY = ("这座城市", "这个城市", "我们城市", "整座城市", "全城市")
# words that may stand between a guard word and the name it guards: the whole region's, a total's ("冰雪季累计接待游客",
# "春节假期全市共接待游客": the season's, as "冰雪季接待游客" is)
_GUARD_GAPS = ("累计", "共", "全市", "全县", "全区", "全州", "全省", "全盟", "全旗", "全地区")


def _past_gaps(text: str, s: int) -> str:
    """The text before ``s`` with the gap words right before it passed over (at most three)."""
    lead = text[max(0, s - 16):s]
    for _ in range(3):
        gap = next((g for g in _GUARD_GAPS if lead.endswith(g)), None)
        if gap is None:
            break
        lead = lead[:-len(gap)]
    return lead
_AND = re.compile(r"[、和及与]")
_LEAD_PIECES = re.compile(r"[、和及与，,；;：:]")  # (a place is the last piece of a lead)
_EXCLUDING = re.compile(r"[（(](?:不含|不包括|未含|除)[^（）()]{1,12}[）)](?:实现|完成)?$")  # (its verb may follow: "全区（不含托管区）实现")


# the region handing a part of it its task: 向, the part's name (not the region's own word: "向我县下达"), maybe a kind in
# brackets, then 下达 ("年初区政府向沿江街道下达一般公共预算收入任务2.5亿元": the street's quota, cues.tsv hand_down_parts)
@once
def _handed_to_part() -> re.Pattern:
    """向 + a part of the region (cues.tsv hand_down_parts) + 下达, in a name's lead; group 1 the part."""
    kinds = longest_first(vocab.cues().get("hand_down_parts", ()))
    return re.compile(r"向((?![我本全])[^，,。；;！？!?\n\d向]{0,12}?(?:" + kinds + r"))(?:[（(][^）)]{1,8}[）)])?(?:分解|分别)?下达")


# the region handing its task to all its parts at once (cues.tsv hand_down_all_parts), not each (分别): "年初市政府向各区镇分解
# 下达一般公共预算收入任务430亿元" — 各区 there is whom the region's own total goes to, no part a figure is per (_PER_UNIT)
@once
def _handed_to_all() -> re.Pattern:
    """向 + all the region's parts (各, 所辖…) + 下达, not 分别: the region's own total handed on (decision 505)."""
    every = longest_first(vocab.cues().get("hand_down_all_parts", ()))
    return re.compile(r"向(?:" + every + r")(?:(?!分别)[^，,。；;！？!?\n向]){0,12}?(?:分解)?下达")


_CORPS_EXCLUDED = re.compile(r"兵团|团场|师市")
_PER_HOUSEHOLD = ("人均", "户均", "村均", "镇均", "乡均", "县均", "亩均", "地均", "每户", "每村")
_SHARE_OF = ("占", "占全部")  # (a share's denominator after it)
# the last characters of the words a name's six characters before are tested for ending with (a test before those)
_BEFORE_NAME_LAST = frozenset(w[-1] for w in _COMPARATOR_OR_AND + _PER_HOUSEHOLD + _SHARE_OF)
# (and 市辖区, ending in 辖区: a city's districts together, "市辖区实现地区生产总值1800亿元", decision 167)
_INNER_PART = ("中心城区", "主城区", "老城区", "市辖区")  # end in 城区 (a region's own name in some cities) but are a part
# (not 全镇, 全乡: no report of a county or above is a township's own, so its 全镇 is the township named before it,
# "陈集镇作为全县第一产粮大镇，全镇粮食总产量达到1.6亿斤", a part as 该镇 is)
# (the region's towns taken together, its urban side, are no township: "城镇五年累计新增就业3.3万人", "全县城镇全年新增
# 就业…"; a kind of town is, "特色小城镇完成投资…")
_URBAN_SIDE = re.compile(r"(?:^|[全我本][区县市旗州盟省])城镇$")
_OWN_PART = ("全区", "全县", "我区", "本区", "我县", "本县", "辖区", "全城区", "全市", "全省", "地区",
             "城乡", "社区", "全州", "全旗", "山区", "景区", "库区", "省区", "老区", "矿区",
             # (a province's air measured over its cities' urban areas: "设区市城区PM2.5平均浓度43微克/立方米")
             # (or over its main towns, in a region of few cities: "主要城镇空气质量优良天数比例达到99.4%")
             "设区市城区", "主要城镇")


# ("预期目标由增长6%下调为增长2%": a growth's start and end written with their verb; a price's with its own,
# "由上涨2%回落到上涨0.5%"; the start dated by the year before or a part of the year, "由上年下降5%转为增长6.5%",
# "由一季度的下降3.2%转为增长4.1%")
# (the plan named as the start, "增速由年初计划15%调减为10%", "由年度预期的8%调整为6%": the start of a revision, no fact
# of its own; the end is the year's revised target, role_cues.tsv; decision 453)
_FROM_START = (r"(?:(?:19|20)\d{2}年(?:底|末)?(?:的)?|(?:年初|年度|全年|原定)?(?:计划|预期)的?|年初(?:确定)?的?|原定的?|(?:上年|去年|[一二三]季度|上半年|前三季度)的?"
               r"|[“\"]?十[一二三四五六]五[”\"]?(?:时期|期间)?末?的?)?"  # ("由“十三五”末的210亿元增加到298亿元")
               r"(?:人均|每人|每年|年均)?(?:增长|下降|上涨|下跌|上升)?(?:不到|不足|近|约|超过)?")
_FROM = re.compile(rf"(?:从|由){_FROM_START}$")
# ("增长目标由去年的10%调低至8%左右": a target set against last year's, not one revised in its year)
_REPORT_SET_TARGET = re.compile(r"((?:19|20)\d{2})年[^，,。；;\n\d]{0,8}(?:政府工作报告|工作报告|计划报告)中?(?:确定|提出|设定|明确|制定)的"
                                r"[^，,。；;\n\d]{0,10}?目标(?:值)?(?:定为|定在|确定为|是|为)?(?:增长|下降)?$")
# (its marks 由/从: cues.tsv target_from_marks, read by _FROM_LAST_TO and _role_period's look-back too)
_TARGET_FROM_MARKS = "|".join(map(re.escape, vocab.cues()["target_from_marks"]))
_TARGET_FROM_MARK = re.compile(_TARGET_FROM_MARKS)
_TARGET_FROM_LAST = re.compile(r"目标值?(?:" + _TARGET_FROM_MARKS + r")(?:去年|上年)的?$")
# a figure revised right before the one it is now ("增长由8%调整为", "增速由7%下调至"), and a past year named before it
# (the plan named as the start or as what is revised, "由年初计划的10%调整为", "投资计划调整为增长": role_cues.tsv makes it the
# year reviewed's target; in the year's own part it stays the year's, as the bare revision does; decision 453)
_REVISED_FROM_TO = re.compile(r"(?:[由从](?:(?:年初|年度|全年|原定)?(?:计划|预期)的?)?[\d.]+\s*[%％]?(?:左右|以上|以内)?|计划)"
                              r"(?:调整|下调|上调|调减|调增|调低|调高)(?:为|至|到)(?:增长|下降)?$")
_REVISION_PAST = re.compile(r"去年|上年|前年|过去")
_ORIGINAL_BRACKET = re.compile(r"[（(]年初(?:预期|确定|设定|提出)?的?(?:预期)?(?:目标|计划)?(?:为|是)?$")
_REVISED_TO_NEXT = re.compile(r"\s*(?:左右|以上|以内)?(?:调低|调高|下调|上调|调整|调减|调增)(?:为|至|到)(?:增长|下降)?[\d.]")
_FROM_LAST_TO = re.compile(r"目标值?(?:" + _TARGET_FROM_MARKS + r")(?:去年|上年)的?[\d.]+\s*[%％](?:左右|以上|以内)?(?:调低|调高|下调|上调|调整|调减|调增)(?:为|至|到)(?:增长|下降)?$")
# ("增长目标由6.5%调整为3%左右": a target revised, the one it is now the fact; its verbs before 为: cues.tsv revised_to_verbs)
_REVISED_TO_VERBS = "|".join(map(re.escape, vocab.cues()["revised_to_verbs"]))
# (a statistical revision of a past year's figure too: "2015年地区生产总值由1850亿元核减为1610亿元", the figure corrected)
_TO = re.compile(r"[^，,。；;]{0,12}?(?:(?:增加|提高|提升|增长|跃升|扩大|上升|下降|减少|降低|降|升|突破|达|攀升|跨越|跃|核减|核增)?(?:到|至|向)"
                 r"|(?:" + _REVISED_TO_VERBS + r")为)")  # ("由下降2.1%转为增长3.5%")


def _fields(r) -> tuple:
    """A record's fields in order (its equality and repr, as a dataclass's)."""
    return tuple(getattr(r, k) for k in r.FIELDS)


def _copied(r, **changes):
    """A copy of a record with some fields changed (``dataclasses.replace``)."""
    c = type(r)(*_fields(r))
    for k, x in changes.items():
        setattr(c, k, x)
    return c


# Mention and Value are made for every name and figure and read in every rule. Compiled, they are extension types
# (facts.pxd) whose fields a local or an argument of their type reads in C; pure Python, classes with slots.
class Mention:
    """An indicator's name in the text: its span, the alias read, the indicator ids it stands for; ``partial``: the
    part of the region it is about, if any; ``topic``: the part is a place as the subject of its clause (not a kind
    of place: 重点地区, 脱贫县); ``each``: "我县与相邻的洋县、勉县地区生产总值分别增长…", the region's own place in a list
    of places before 分别, and their count."""
    __slots__ = ("start", "end", "alias", "ids", "partial", "topic", "each")
    FIELDS = ("start", "end", "alias", "ids", "partial", "topic", "each")

    def __init__(self, start, end, alias, ids, partial=None, topic=False, each=None):
        self.start = start
        self.end = end
        self.alias = alias
        self.ids = ids
        self.partial = partial
        self.topic = topic
        self.each = each

    def __repr__(self) -> str:
        return f"Mention({', '.join(f'{k}={getattr(self, k)!r}' for k in self.FIELDS)})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Mention) and _fields(self) == _fields(other)

    __hash__ = None


class Value:
    """A figure read for a name: measure, value (value_high of a range), unit, qualifier, span, the verb before it;
    ``period_hint`` "span" for 年均/累计; ``role_hint`` "target"/"actual": a figure set and its result stated after
    (_set_results); ``year_hint``: "2024年、2025年分别增长5.1%、5.4%", the year listed for this value."""
    __slots__ = ("measure", "value", "value_high", "unit", "qualifier", "start", "end", "verb", "scope", "period_hint",
                 "role_hint", "year_hint")
    FIELDS = ("measure", "value", "value_high", "unit", "qualifier", "start", "end", "verb", "scope", "period_hint",
              "role_hint", "year_hint")

    def __init__(self, measure, value, value_high, unit, qualifier, start, end, verb="", scope=None, period_hint=None,
                 role_hint=None, year_hint=None):
        self.measure = measure
        self.value = value
        self.value_high = value_high
        self.unit = unit
        self.qualifier = qualifier
        self.start = start
        self.end = end
        self.verb = verb
        self.scope = scope
        self.period_hint = period_hint
        self.role_hint = role_hint
        self.year_hint = year_hint

    def __repr__(self) -> str:
        return f"Value({', '.join(f'{k}={getattr(self, k)!r}' for k in self.FIELDS)})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Value) and _fields(self) == _fields(other)

    __hash__ = None


@once
def _alias_table() -> tuple[HeadScan, SkippingSet, dict[str, tuple[str, ...]]]:
    """The literal aliases as one pattern (longest first), the coordination patterns as a set
    (group ``cN`` is compound pattern N), and what each names. Two scans keep the literal one
    fast; where they overlap, the coordination wins."""
    table: dict[str, tuple[str, ...]] = {}
    patterns: list[str] = []
    groups: set[str] = set()
    for ind in vocab.indicators().values():
        for a in ind.aliases:
            table.setdefault(a, (ind.id,))
    for row in vocab.table("level_aliases.tsv"):
        table.setdefault(row[0], ("level:" + row[0],))
    for phrase, ids in vocab.compounds().items():
        if phrase.startswith("re:"):
            table[f"c{len(patterns)}"] = ids
            groups.add(f"c{len(patterns)}")
            patterns.append(f"(?P<c{len(patterns)}>{phrase[3:].lstrip('^')})")
        else:
            table[phrase] = ids
    # (read by its first two characters and the third: most places where a name's first character stands,
    # 国 or 全, are passed over in two class tests, most where its first two do, 经济 or 社会, in a third,
    # not in a try at each first or second character's branch)
    words = [a for a in table if a not in groups]
    # (compiled, the places where a name's first three characters stand are found by a loop in C and the
    # pattern tried there: HeadScan)
    lit = HeadScan(re.compile(longest_first_by_pairs(words, third=True)), {w[:3] for w in words})
    # a joined alternation would lose matches that overlap another pattern's and each pattern's
    # literal prefix; a scan of its own for each reads the text 27 times: one walk over the places
    # where any can begin gives each pattern's own matches
    comp = SkippingSet([re.compile(p) for p in patterns])
    return lit, comp, table


@once
def _clause_open_leads() -> tuple[str, ...]:
    """The words a bare name ('^' alias) may follow and still open its clause (cues.tsv clause_open_leads): the whole
    region's word of any level (全市, 全州, 全盟, 全地区…: "全州经济保持合理增长", "全盟投资增长10%"; decision 366 added
    全州/全盟/全旗/全地区), a goods trade's, a list's, an aim's or a target's lead."""
    return tuple(vocab.cues()["clause_open_leads"])


def _opens_clause(text: str, s: int, own: tuple[str, ...] = ()) -> bool:
    """Whether a name at ``s`` opens a clause or a list item (what a '^' alias must do). own: the region's own names,
    which may stand before it as the clause's subject ("赣州去年出口增长21.3%", "浙江出口增长7.9%")."""
    # (after a %: bullet lines joined by the normaliser, "年均增长6.3%人均突破1万美元")
    # ("全年物价上涨0.3%", "今年出口增长5%": the year's word opening the clause, then the name)
    # ("【记者观察】5%左右的目标…": a news page's bracketed label before the clause)
    # ("年初目标为城镇居民增长8%，农村居民增长9%": a plan's label before the pair it names, each by its residents)
    return s == 0 or text[s - 1] in "，,、；;：:（(和及与\n。 %】" \
        or text[max(0, s - 6):s].endswith(_clause_open_leads()) \
        or s >= 2 and text[s - 1] == "年" and text[s - 2] in "全今去上明" and _opens_clause(text, s - 2, own) \
        or s >= 2 and text[s - 2:s] in _CLAUSE_VERBS and _opens_clause(text, s - 2, own) \
        or any(n and text.startswith(n, s - len(n)) and _opens_clause(text, s - len(n)) for n in own)


@once
def _compared_whole() -> re.Pattern:
    """A word comparing a pace (cues.tsv pace_compare_words: 高于, 快于, 不低于…) then the whole region's word (全市, 全县…)
    or none, at a text's end: the name after it is the figure compared with ("高于全市投资增速")."""
    return re.compile(r"(?:" + longest_first(vocab.cues()["pace_compare_words"]) + r")(?:全[省市县区州盟旗])?$")


def _compared_whole_before(text: str, s: int) -> bool:
    """Whether a word comparing a pace with the whole's stands right before the name at ``s`` (_compared_whole)."""
    return _compared_whole().search(text, max(0, s - 6), s) is not None


# (a result's verb, or its word, opening its clause before a name: "，实际播种面积361.2万亩" after the plan's
# "年度计划粮食播种面积358万亩", the name cut short)
_CLAUSE_VERBS = frozenset(("实现", "完成", "实际", "预计"))


def _name_matches(text: str) -> list[re.Match]:
    lit, comp, _ = _alias_table()
    initial = _initial_groups()
    found: list[re.Match] = []
    joint = joint_scan()  # (the places found in the walk that finds the project kinds too)
    for ms in (joint.each_in(text) if joint is not None else comp.finditer_each(text, 0, len(text))):
        # a '^' coordination that does not open a clause is no name: it must not hide the
        # literal names it overlaps ("全年投资增长")
        # (nor one after a word comparing a pace with the whole's, "工业投资增速高于全市投资增速，力争增长15%": the figure
        # compared with, no name of its own, decision 353)
        # (a plain loop, not `found += (genexpr)`: most places' lists are empty, 5,086 of 5,250 over the 70
        # reports, and compiled a generator is made and freed for each)
        for m in ms:
            if m.lastgroup not in initial or _opens_clause(text, m.start()) and not _compared_whole_before(text, m.start()):
                found.append(m)
    if not found:
        return lit.finditer(text)
    # overlapping coordinations: the earliest, then the longest
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    spans = [(m.start(), m.end()) for m in kept]
    out = list(kept)
    j = 0
    for m in lit.finditer(text):
        while j < len(spans) and spans[j][1] <= m.start():
            j += 1
        if j < len(spans) and spans[j][0] < m.end():
            continue  # inside (or across) a coordination
        out.append(m)
    out.sort(key=lambda m: m.start())
    return out


class _JoinedName:
    """A name written with a note in brackets inside it ("接待海内外（含一日游）游客"): the span of the whole, the name
    read without the note (what a match of the names gives)."""
    __slots__ = ("_s", "_e", "_name")
    lastgroup = None

    def __init__(self, s: int, e: int, name: str):
        self._s, self._e, self._name = s, e, name

    def span(self) -> tuple[int, int]:
        return self._s, self._e

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, k: int = 0) -> str:
        return self._name


_NOTE_LEN = 10  # (the longest note in brackets read inside a name)
_NAME_SIDE = 10  # (the characters of a name read on each side of its note)


def _bracket_joined(text: str, matches) -> list:
    """The names found, with those written around a short note in full-width brackets ("接待海内外（含一日游）游客
    2350万人次", "规模以上（含限额以上）工业增加值"): a name read with the note left out that crosses where it stood
    replaces the names inside its span (not a note after a whole name, "接待国内外游客（含一日游）", nor one with a
    figure in it)."""
    b = text.find("（")
    if b < 0:
        return matches
    lit = _alias_table()[0]
    joined: list[_JoinedName] = []
    while b >= 0:
        c = text.find("）", b + 1, b + _NOTE_LEN + 2)
        if c > b + 1 and _A_DIGIT.search(text, b + 1, c) is None and text.find("（", b + 1, c) < 0:
            lo = max(0, b - _NAME_SIDE)
            words = text[lo:b] + text[c + 1:c + 1 + _NAME_SIDE]
            cut = b - lo
            for m in lit.finditer(words):
                if m.start() < cut < m.end():
                    joined.append(_JoinedName(lo + m.start(), c + 1 + m.end() - cut, m.group(0)))
                    break
        b = text.find("（", max(b + 1, c))
    if not joined:
        return matches
    kept = [m for m in matches if not any(j.start() < m.end() and m.start() < j.end() for j in joined)]
    return sorted(kept + joined, key=lambda m: m.start())


@once
def _level_aliases() -> dict[tuple[str, str], str]:
    return {(r[0], r[1]): r[2] for r in vocab.table("level_aliases.tsv") if len(r) >= 3}


def _ids(m: re.Match, table: dict[str, tuple[str, ...]], level: str | None) -> tuple[str, ...]:
    ids = table[m.lastgroup] if m.lastgroup else table[m.group(0)]
    if ids[0].startswith("level:"):
        la = _level_aliases()
        alias = ids[0][6:]
        return (la.get((alias, level or ""), la.get((alias, "*"))),)
    return ids


def _older_statistic(alias: str) -> bool:
    return any(w in alias for w in vocab.cues().get("older_statistic", ()))


@once
def _broader_names() -> frozenset[str]:
    return frozenset(vocab.cues().get("broader_statistic", ()))


def _superseded(alias: str) -> bool:
    """Whether a fact read from the alias yields to one from the indicator's own name for the same key: an older
    statistic (农民人均纯收入) or a broader one (全部工业增加值 for 规模以上工业增加值)."""
    return alias in _broader_names() or _older_statistic(alias)


@once
def _guards() -> dict[str, tuple[str, ...]]:
    return {a: tuple(w for w in row[1].split("/") if w) for row in vocab.table("mention_guards.tsv") if len(row) >= 2
            for a in row[0].split("/") if a}


@once
def _clause_initial() -> frozenset[str]:
    return vocab.clause_initial_aliases()


@once
def _initial_groups() -> frozenset[str]:
    """The coordination patterns marked '^' (``re:^…``): they name an indicator only where they
    open a clause, as '^' aliases do (group ``cN`` as numbered in ``_alias_table``)."""
    found = [p for p in vocab.compounds() if p.startswith("re:")]
    return frozenset(f"c{i}" for i, p in enumerate(found) if p.startswith("re:^"))


@once
def _cut_short() -> dict[str, frozenset[str]]:
    """The coordination patterns that name a part of the name before them (compounds.tsv's third
    column, group ``cN`` as in ``_alias_table``) -> the indicators that name must be (an id marked
    '!' must be named in the clause right before: see ``_next_to``)."""
    context = vocab.compound_context()
    found = [p for p in vocab.compounds() if p.startswith("re:")]
    return {f"c{i}": context[p] for i, p in enumerate(found) if p in context}


_LIST_MARK = re.compile(r"[。；！？\n;!?，,：:、]")


def _next_to(text: str, end: int, s: int) -> bool:
    """Whether the name ending at ``end`` is in the clause right before ``s`` ("粮食播种面积稳定在85万亩、
    总产量35万吨"), no other clause between ("…85万亩，茶叶种植面积12万亩、产量1.5万吨": the tea's)."""
    k = _LIST_MARK.search(text, end, s)
    while k is not None:
        n = _LIST_MARK.search(text, k.end(), s)
        if n is None:
            return True
        if not _SAME_SUBJECT.match(text, k.end()):
            return False  # a clause naming something else between
        k = n  # ("…80万亩，增长1%，总产量…": a change of the name before, no other subject)
    return True


# a clause that goes on about the subject before: its change, with no name of its own
_SAME_SUBJECT = re.compile(r"(?:比上年|同比|较上年|比去年)?(?:增长|下降|增加|减少|提高|降低|持平)")


@once
def _after_guards() -> dict[str, tuple[str, ...]]:
    """Alias -> the words that, right after it, make it another thing; for every alias (key '*'
    for those with no row of their own) a capacity (cues.tsv: 能力, 产能, 装机) and an audit's finding (audit_findings:
    虚报, 少计, 未及时缴库: "固定资产投资虚报3.5亿元" is the amount found wrong, decision 335)."""
    star = vocab.cues().get("capacity", ()) + vocab.cues().get("audit_findings", ())
    rows = {a: tuple(w for w in row[2].split("/") if w) + star for row in vocab.table("mention_guards.tsv")
            if len(row) >= 3 and row[2].strip() for a in row[0].split("/") if a}
    return rows | {"*": star}


@once
def _earlier_guards() -> dict[str, tuple[str, ...]]:
    """Alias -> the words that, earlier in its sentence (at most 30 characters back), make it another
    thing: the fourth column of mention_guards.tsv ("国考断面水质全部达标，优良率100%": the water's)."""
    return {a: tuple(w for w in row[3].split("/") if w) for row in vocab.table("mention_guards.tsv")
            if len(row) >= 4 and row[3].strip() for a in row[0].split("/") if a}


def _own_level_words(level: str | None, own: str | None) -> frozenset[str]:
    """The words a report of the country or of a province calls itself by (cues.tsv own_level_words_*: 全省, 省政府 in a
    province's; 自治区 in an autonomous region's; 全国, 国务院 in the State Council's): no earlier guard of another's figure
    in its own report ("全省…年初提出的7%左右的增长目标", "今年全省的增长目标定为6%左右"; decision 434)."""
    if level == "national":
        key = "own_level_words_national"
    elif level == "province" and own:
        key = "own_level_words_autonomous" if own.endswith("自治区") else "own_level_words_province" if own.endswith("省") else ""
    else:
        return frozenset()
    return frozenset(vocab.cues().get(key, ()))


@once
def _unit_dims() -> dict[str, str]:
    return {k: v[0] for k, v in vocab.unit_dims().items()}


@lru_cache(maxsize=None)  # (asked for each figure of each indicator)
def _allowed_dims(iid: str) -> frozenset[str]:
    ind = vocab.indicators()[iid]
    dims = _unit_dims()
    return frozenset(dims.get(u, u) for u in ind.units)


_SEMI_STOPS = "。！？\n；;"  # a sentence with its ；-clauses, or one clause of it
_A_FIGURE = re.compile(r"\d\s*(?:%|％|个百分点|[万亿]?元)")
_FIGURE_BEFORE = re.compile(r"\d\s*(?:%|％|个百分点|[万亿]?元)[^；;]*?[，,]")
# the marks that end a sentence (with or without its ；-clauses) or a clause, for find_mark/rfind_mark (a loop in C
# compiled, where re tests each character at fifty instructions)
_SENT_MARKS = marks("。；！？\n;!?")
_FULL_STOPS = marks("。！？\n")
_SEMI_STOP_MARKS = marks(_SEMI_STOPS)
_CLAUSE_MARKS = marks("。；！？\n;!?，,：:")
_TAIL_MARKS = marks(_SENT_END + "，,")
_SENTENCE_END_MARKS = marks("。！？\n!?")
_COLONS = marks("：:")
_SEMIS = marks("；;")
_ITEM_STOPS = marks("。！？\n；;")  # (_item_start's)
_STOP_SEMI_LINE = marks("。；！？\n")
_ITEM_CLAUSE_STOPS = marks("。！？\n；;，,")


def _after_mark(mark: tuple, text: str, lo: int, pos: int) -> int:
    """Just after the last mark (a character of the set ``mark``, from ``prefilter.marks``) in text[lo:pos], or
    lo (at least 0) if there is none: the start of a clause, sentence or paragraph, or lo if it starts earlier."""
    lo = max(0, lo)
    i = rfind_mark(text, lo, pos, mark)
    return i + 1 if i >= 0 else lo


# the end of a clause that names the goal its figure is ("…年均增长6%的“十五五”目标", "…的目标要求"), and the
# verb that aims at it opening the clause ("锚定", "紧扣", "为实现")
_GOAL_NAMED_END = re.compile(r"的[^，,。；;：:\d%]{0,12}?目标(?:要求|任务)?$")
_AIMED_AT = re.compile(r"[ \u3000]*(?:今年|全年|[全我本][省市区县州旗盟])?[ \u3000]*(?:要|将)?(?:为了?(?:实现|完成|确保实现|确保完成)|(?:确保|力争|努力|争取)(?:实现|完成)|锚定|紧扣|紧盯|围绕|对标|对接|瞄准|着眼于?|聚焦|对照|朝着|向着|奔着)")


def _goal_named_after(text: str, lo: int, at: int, pos: int) -> bool:
    """Whether the clause around ``at`` (a cue) aims at a goal its own figure names and ends, before ``pos``,
    with a comma after it ("锚定地区生产总值年均增长6%的“十五五”目标，"): the plan named there is that goal's."""
    k = find_mark(text, at, pos, _CLAUSE_MARKS)
    if k < 0 or text[k] not in "，,":
        return False
    cs = _after_mark(_CLAUSE_MARKS, text, lo, at)
    return _AIMED_AT.match(text, cs, k) is not None and _GOAL_NAMED_END.search(text, max(cs, k - 20), k) is not None \
        and _DIGIT_NOT_YEAR.search(text, cs, k) is not None


# a plan named with its setting, right before the name its goal is of ("“十四五”规划确定的全省", "十五五规划提出的"), not one
# met ("完成“十四五”规划确定的…"); and the bare target word between that name and its figure
_PLAN_SET_NAME = re.compile(r"(?<![成现])[“\"]?十[一二三四五六七]五[”\"]?规划(?:纲要)?(?:确定|提出|明确|设定)的"
                            r"(?:全[省市县区州盟旗]|[我本][省市县区州盟旗])?$")
_SET_TARGET_WORD = re.compile(r"目标值?(?:是|为)\s*")
# the bare 规划目标为 right before the name, in its clause ("——经济总量。规划目标为地区生产总值年均增长8%左右" in a mid-term
# review): the plan's goal, as "地区生产总值规划目标为年均增长8%左右" (not one met, "实现规划目标", nor one compared with,
# "低于规划目标", which no 是/为 follows)
# (the plan's five years summed before the name: "规划目标为五年累计城镇新增就业20万人", its own total)
# (not the year's own: "今年规划目标为地区生产总值增长6%左右", "2024年规划目标为…", "年度规划目标为…" are the year's target, as
# 今年目标为 is, decision 359; "今后五年规划目标为" stays the plan's)
_PLAN_GOAL_BEFORE_NAME = re.compile(r"(?<![成现到于过出比较])(?<![今本明全]年)(?<!\d年)(?<!年度)规划(?:预期)?目标值?(?:是|为)[：:]?\s*"
                                    r"(?:全[省市县区州盟旗]|[我本][省市县区州盟旗])?(?:五年)?(?:累计)?$")
# a rank's clause placing the level stated right before it ("已达5276家，居全国第9位", "已突破3万家，位居全国第6")
_RANK_PLACES = re.compile(r"(?:并|且)?(?:稳居|居|位居|位列|排名|排在|排|列)")


def _local_cues(text: str, pos: int, mend: int, v: "Value", y: int) -> list:
    """The local cues between a name (at ``pos``, ending at ``mend``) and its value ``v``: those of the value's own
    clause, but a rank's clause that places the level of the clause right before it shares that level's ("高新技术企业
    已达5276家，居全国第9位" in the tasks is last year's result and its place, no target; not "力争…增长6%，居全省
    第一"); and a bare 目标为 after a name that a named plan's setting opens ("“十四五”规划确定的全省常住人口城镇化率
    目标为75%") is that plan's goal, its cue placed at the plan's name (the bare 规划目标为 already is one)."""
    local = _cues(text, mend, v.start, y, "local")
    if not local:
        if text.startswith("目标", mend) and _SET_TARGET_WORD.fullmatch(text, mend, v.start) is not None \
                and (pm := _PLAN_SET_NAME.search(text, max(0, pos - 30), pos)) is not None \
                and find_mark(text, pm.end(), pos, _CLAUSE_MARKS) < 0:
            return [(pm.start(), "plan_goal", None)]
        if text.find("规划", max(0, pos - 16), pos) >= 0 \
                and (pg := _PLAN_GOAL_BEFORE_NAME.search(text, max(0, pos - 16), pos)) is not None \
                and find_mark(text, pg.end(), pos, _CLAUSE_MARKS) < 0 and find_mark(text, mend, v.start, _CLAUSE_MARKS) < 0:
            # (the name's own clause only: the years gone by after it, "…，2021—2023年年均增长5.9%", are the result)
            return [(pg.start(), "plan_goal", None)]
        return local
    cs = _own_clause(text, mend, v.start)
    own = _cues(text, cs, v.start, y, "local")
    if not own and cs > mend and any(c[1] == "past_target" for c in local) \
            and _then_actual().match(text, cs - 1, v.start + 1) is not None:
        # "…增长7%，去年年初预期目标为8%，全县增长4.6%" in the targets: the whole's bare result after last year's target
        # is that year's result, as "，全县实际增长4.6%" is (decision 505's Left, lft62c)
        return [(cs, "actual", None)]
    if not own and v.measure == "rank" and cs > mend and _RANK_PLACES.match(text, cs) is not None \
            and rfind_mark(text, mend, cs - 1, _CLAUSE_MARKS) < 0 and all(c[1] == "actual" for c in local):
        return local
    return own


# an English sentence's year: "In 2023,", "For 2024,", "this year", "last year" (or the year as the target's own word,
# "The 2019 GDP growth target of 6.5 percent", decision 388)
_EN_YEAR_LEAD = re.compile(r"(?<![A-Za-z])(?:(?:In|in|For|for|[Tt]he) ((?:19|20)\d\d)(?!\d)|([Tt]his|[Ll]ast) year(?![A-Za-z]))")
# the year a target is for, named after its figure in its sentence ("… target of 7 percent for this year.", "… for 2020"):
# it names the target's year whatever year the words before the name hold ("Building on last year's momentum, …"; 388)
_EN_YEAR_AFTER = re.compile(r"[\d.,]*[ ]*(?:percent|per cent|%)?[^.!?\n]*?(?<![A-Za-z])for (?:((?:19|20)\d\d)(?!\d)|([Tt]his|[Nn]ext) year(?![A-Za-z]))")


@once
def _en_target_rx() -> re.Pattern[str] | None:
    words = vocab.cues().get("en_target_words", ())
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, words)) + r")(?: [a-z]+){0,3}[ ]*$") if words else None


@once
def _en_set_after_rx() -> re.Pattern[str]:
    """A target's figure, then the words that say when it was set (cues.tsv en_set_when: "set early last year", "set at
    the start of 2016"): the year it was set in is the year it was for (decision 416)."""
    when = "|".join(map(re.escape, sorted(vocab.cues().get("en_set_when", ()), key=lambda w: (-len(w), w)))) or "(?!)"
    return re.compile(r"[\d.,]*(?:\s+to\s+[\d.,]+)?\s*(?:percent|per cent|%)\s+(?:set|announced|fixed|adopted)\s+"
                      r"(?:(?:" + when + r")\s+)?(?:((This|this|Last|last) year)(?![A-Za-z])|(?:in\s+)?((?:19|20)\d\d)(?!\d))")


@once
def _en_target_compared_rx() -> re.Pattern[str]:
    """The clause after an English result's comma that sets it against its target, the target's figure right after
    (cues.tsv en_target_compare: "…grew 9 percent in 2016, in line with the target of 8.5 to 9 percent"): the name goes
    on to the target's figure (decision 416)."""
    words = "|".join(map(re.escape, sorted(vocab.cues().get("en_target_compare", ()), key=lambda w: (-len(w), w)))) or "(?!)"
    return re.compile(r",\s*(?:" + words + r")\s+(?:the|its|their|a)\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:target|goal)s?\s+(?:of|at)\s+"
                      r"(?:around\s+|about\s+)?(?=[\d.])")


def _en_target_year(text: str, pos: int, mend: int, vstart: int, y: int) -> int:
    """The year of a target an English sentence names between the name (at ``pos``, ending at ``mend``) and its figure
    at ``vstart`` ("In 2023, the city set a GDP growth target of 6 percent": 2023; "This year, … target of around 6
    percent": ``y``), -1 where no such target is named or the sentence names no year (cues.tsv en_target_words)."""
    rx = _en_target_rx()
    if rx is None or rx.search(text, mend, vstart) is None:
        return -1
    if (a := _EN_YEAR_AFTER.match(text, vstart)) is not None:
        return int(a.group(1)) if a.group(1) else y if a.group(2) in ("This", "this") else y + 1
    if (a := _en_set_after_rx().match(text, vstart)) is not None:
        # ("… the target of 7 to 7.5 percent set early last year.": the year it was set for, named after it; decision 416)
        return int(a.group(3)) if a.group(3) else y if a.group(2) in ("This", "this") else y - 1
    if (c := _en_target_compared_rx().search(text, mend, vstart + 1)) is not None and c.end() == vstart \
            and (ry := _en_year_closing_rx().search(text, max(mend, c.start() - 16), c.start())) is not None:
        # ("…grew 9 percent in 2016, above the target of 8.5 percent": the target the result is set against is of the
        # result's year, named right before the comma; decision 416)
        return int(ry.group(1))
    m = _last(_EN_YEAR_LEAD.finditer(text, _sentence_start(text, pos), pos))
    if m is None:
        return -1
    if m.group(1):
        return int(m.group(1))
    return y if m.group(2) in ("This", "this") else y - 1


def _own_clause(text: str, lo: int, pos: int) -> int:
    """Where the clause of a figure at ``pos`` opens (after ``lo``): after its last clause mark, but
    before the colon of a plan set in brackets after a result ("增长6.2%（年度目标：7%左右）": the colon names
    the plan's figure; not "地区生产总值（年度目标：增长6%左右）" in a list of targets, no result before it)."""
    cs = _after_mark(_CLAUSE_MARKS, text, lo, pos)
    if (b := text.rfind("|", cs, pos)) >= 0:
        # a flattened row's cells ("年初预算|25|实际完成|26.4"): the figure's cell and its label's before it
        if not text[b + 1:pos].strip():
            b = text.rfind("|", cs, b)
        cs = max(cs, b + 1)
    if text[cs - 1:cs] in ("：", ":") and text[cs - 3:cs - 1] in ("目标", "计划") and cs - 1 > lo \
            and _DIGIT_NOT_YEAR.search(text, lo, cs - 3):
        cs = _after_mark(_CLAUSE_MARKS, text, lo, cs - 1)
    return cs


def _clause_start(text: str, pos: int, reach: int) -> int:
    """The start of the clause before ``pos``, or ``pos - reach`` if it starts earlier."""
    return _after_mark(_CLAUSE_MARKS, text, pos - reach, pos)


# after a figure of a region above, the report's own one with the name left out (its word checked by the caller)
_SETS_TARGET = ("提出", "确定", "要求", "明确", "安排", "预期")
_SET_OF = tuple(w + "的" for w in _SETS_TARGET)
_NATIONAL_OWN = ("国内", "全国", "我国")
_NAMED_SET_AFTER = re.compile(r"[^。；;！？\n，,]{0,24}?[\d.]+%?[^。；;！？\n，,]{0,6}[，,]([\u4e00-\u9fff]{2,6}?)"
                              r"(?=(?:确定|定|安排|设定)为[\d.]|(?:力争|争取|确保|努力)?(?:实现)?(?:同比|年均)?(?:增长|下降)[\d.])")
_ABOVE_VERBS = ("实现", "完成")
_ABOVE_POSSESSOR = frozenset("全我本")  # a region's word before 的 ("全市的", "我省的")
# a time between a region's word and a name ("全国今年经济增长…", "全省2024年地区生产总值…", "全国去年…")
# the region above named as a topic before its figures ("全国层面，", "从全国看，", "国家层面，", "全省范围内，")
_ABOVE_TOPIC = re.compile(r"(全国|国家|全省)(?:层面上?|范围内?|范围来看|来看|看|而言)[，,]$")
# (its 的 after it too, where the callers look for one: "云南今年的地区生产总值增长目标为8.5%左右" on 贵州省's page)
# when a setter set its target, between it and the verb ("全省年初确定的地区生产总值增长目标", decision 455)
@once
def _set_when_at_end() -> re.Pattern:
    """A time its setter set a target at, ending the text (cues.tsv target_set_when: 年初, 年前), a year's word before it;
    or the year's word alone ("全省去年确定的居民人均可支配收入增长目标为8%左右", lft61)."""
    words = longest_first(vocab.cues()["target_set_when"])
    return re.compile(r"(?:(?:今年|去年|上年|(?:19|20)\d{2}年)(?:" + words + ")?|(?:" + words + "))$")
_TIME_AT_END = re.compile(r"(?:今年|去年|明年|全年|上年|(?:19|20)\d{2}年)的?$")
# (a character each word of a region above that find_mentions tests for holds: 全国 国内 全省 我区 自治州 …)
_ABOVE_WORD_CHARS = frozenset("全我本国治")
_ABOVE_VERB_AT = re.compile(r"(?:全年)?(?:累计)?(?:实现|完成)$")
_OWN_WORD_END = re.compile(r"[全我本][省市区县州旗盟](?:实现|完成)?$")
# ("全省地区生产总值年均增长7.5%，全市年均增长8%，我县年均增长8.5%左右": past a second level above's clause)
_OWN_AFTER = re.compile(r"[^。；;！？\n，,]{0,24}?[\d.]+%?[^。；;！？\n，,]{0,6}"
                        # (a setter may open such a clause: "，省里确定全省增长5.5%左右")
                        # ("瑞金市地区生产总值增长10.2%，龙南县增长9.8%，全市增长8.9%": past another part's clause)
                        # ("国家提出经济增长5%左右，省里提出5.5%左右，我县确定为6.5%左右": a setter alone, its word left out)
                        r"(?:[，,](?:(?:省里|省委|省政府|自治区|市里|市委|市政府)(?:工作报告)?(?:确定|提出|要求|明确)(?:(?:全|我|本)[省市区州盟])?"
                        r"|(?:省里|省委|省政府|自治区|市里|市委|市政府)?(?:工作报告)?(?:确定|提出|要求|明确)?(?:(?:全|我|本)[省市区州盟]|(?![全我本])[\u4e00-\u9fff]{1,5}[县区市旗](?=增长|下降)))"
                        r"[^。；;！？\n，,\d%]{0,8}[\d.]+%?[^。；;！？\n，,]{0,6}"
                        # ("全市生产总值增长8.7%，增速居全省第2位；我县增速居全市第3位": past the level above's own place)
                        r"|[，,](?:增速|增幅|总量)?(?:位居|位列|居|排名|列|稳居|跃居)[^。；;！？\n，,\d]{0,8}?第[^。；;！？\n，,]{1,4}){0,2}"
                        # (a prefecture named 地区 speaks of itself as 全地区, 我地区: "全疆…增长6.8%，全地区增长7.2%")
                        r"(?:[，,](?:其中)?|[；;](?=[我本]))((?:全|我|本)(?:地区|[省市区县州旗盟]))"
                        # ("，我市力争年均增长6.5%以上": a goal's cue and its span between; "，我县提出增长6.5%左右": its own
                        # target said after the one above, multi17)
                        # ("，其中我县增长7.1%", "，全县上涨1.2%", "，我市预期目标为6%左右": decision 102)
                        # ("，我区将力争增长5.5%左右", "，我县要确保增长7%": a modal before the aim)
                        # ("，我县确定增长6%左右", "，我县目标为增长6%左右": its own target set, its change word after the setting)
                        # ("，全县实际增长6.8%", "，我县完成增长9.4%": its result after the target above, lft59d)
                        r"(?=(?:还将|将|要)?(?:力争|争取|确保|努力|提出|预期|计划|确定|安排)?(?:目标(?:为|是)?)?(?:实际)?(?:完成|实现)?(?:同比|年均)?(?:增长|下降|上涨|增速|达到|达|为|是|实现|完成|突破)?[\d.]"
                        # ("，我市按7%左右安排", "，我市按照高于全省1个百分点安排，即增长7%左右": its own target arranged, the
                        # figure before 安排 or restated after it; decision 366)
                        r"|按照?(?:增长)?[\d.]+[%％](?:左右|以上)?安排|按照?[^，,。；;\d%]{0,10}?(?:[\d.]+个百分点)?(?:左右|以上)?安排[，,](?:即|具体为)(?:增长|下降)?[\d.]"
                        # ("全省地区生产总值增长8.7%，我市增速居全省第5位": its own place among the region above's)
                        r"|(?:增速|增幅|总量|经济总量)?(?:位居|位列|居|排名|排|列)(?:全[国省市区州盟]|第)"
                        # ("全省…增长6.5%左右，我县确定为7%": its own target set after the one above)
                        r"|[^，,。；;\d%]{0,14}?(?:确定|定|安排|设定)为(?:增长|下降)?[\d.]"
                        # ("全市的目标是…增长7%，我县要高于全市1个百分点以上，达到8%以上": its own pace set against the one
                        # above, then its figure in the next clause; decision 380)
                        r"|(?:还将|将|要)?(?:力争|争取|确保|努力)?(?:高于|快于|高出)全[国省市区州盟](?:平均水平)?(?:[\d.]+个百分点)?"
                        r"(?:以上|左右)?[，,](?:即|也就是)?(?:力争|确保)?(?:达到|增长|实现)?[\d.])")


def _own_after_above(out: list, text: str, e: int, own: str, alias: str, m: re.Match, table: dict[str, tuple[str, ...]],
                     level: str | None) -> bool:
    """Whether the region's own figure stands right after a region above's name ending at ``e`` (_own_after): its mention,
    the name ``alias`` matched by ``m``, is added to ``out``; where it does not, the name is the region above's."""
    if own and (om := _own_after(text, e, own)) is not None:
        out.append(Mention(om.start(1), om.end(1), alias, _ids(m, table, level)))
        return True
    return False


def _own_after(text: str, e: int, own: str) -> re.Match | None:
    """The region's own figure right after a region above's name ending at ``e``: "全市地区生产总值增长6%，全区增长6.5%"
    (its name left out), "全省生产总值增长6.5%左右，金寨确定为7%" (its target set, named by itself)."""
    if (om := _OWN_AFTER.match(text, e)) and om.group(1)[-1] == own[-1] \
            and (not om.group(1).endswith("地区") or own.endswith("地区")):  # (全地区 on a district's page: no own word)
        return om
    if (om := _NAMED_SET_AFTER.match(text, e)) and om.group(1) in (own, short_name(own)):
        return om
    if (om := _OWN_BOUND_AFTER.match(text, e)) and om.group(1)[-1] == own[-1]:
        return om  # (its bound in words: its mention at its word, the words after it read as the name's own)
    return None


# after a figure of a region above, the report's own word and its bound by that region's average, no figure ("全市今年地区
# 生产总值增长目标定为8%左右，全县力争高于全市平均水平" in a county's report: the county's qualitative target, decision 444)
_OWN_BOUND_AFTER = re.compile(r"[^。；;！？\n，,]{0,24}?[\d.]+%?[^。；;！？\n，,\d]{0,6}[，,]((?:全|我|本)[县区市旗])"
                              r"(?=(?:要|将)?(?:力争|争取|确保|努力)?(?:增速|增长|增幅)?(?:高于|快于|高出|好于|不低于|与)全[省市州盟])")


@once
def _setters() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Who sets the country's, a province's and a city's targets (cues.tsv: 国家, 中央…; 省委, 省里…; 市委,
    州委…), read before a verb of setting one."""
    c = vocab.cues()
    return c.get("national_setter", ()), c.get("province_setter", ()), c.get("city_setter", ())


@once
def _speaker_label() -> re.Pattern:
    """A transcript's speaker label opening a line, up to its colon (cues.tsv speaker_label: "主持人乙：", "【解说】：",
    "同期声（市人大代表 刘明）：")."""
    words = longest_first(vocab.cues().get("speaker_label", ()))
    return re.compile(rf"[ \t\u3000]*[【\[]?(?:{words})[甲乙丙丁A-Z1-3]?[】\]]?(?:[（(][^（）()\n]{{1,30}}[）)])?[ \t]*[：:]")


def _set_above(lead: str, meta: Metadata) -> bool:
    """Whether ``lead``, the words before a verb of setting a target, ends with who sets a region above the
    report's (a lower report quoting the figure its superior set)."""
    national, province, city = _setters()
    if lead.endswith(national):
        return True
    if meta.level in ("prefecture", "county") and lead.endswith(province):
        return True
    if lead.endswith(vocab.cues().get("region_word_setter", ())) and _region_word_above(meta):
        return True  # ("全区确定的地区生产总值增长目标为6%左右，全盟…" in a league's report: its autonomous region's)
    if meta.level == "county" and lead.endswith(city):
        own = meta.region or ""
        if own[-1:] != "市":
            return True  # a county's, district's or banner's: its city's or prefecture's committee
        # (a county-level city's own 市委: only its city's name before says the one above, "株洲市委提出")
        return bool(meta.parent) and meta.parent in lead and own not in lead
    return False


def _country_named_before(text: str, s: int) -> bool:
    """Whether the country, or who sets its targets, is named in the sentence before ``s`` (within 40 characters)."""
    lo = max(0, s - 40)
    ss = rfind_mark(text, lo, s, _SENT_MARKS)
    lead = text[(ss + 1 if ss >= 0 else lo):s]
    return any(w in lead for w in _setters()[0]) or any(w in lead for w in _NATIONAL_OWN)


def _set_above_before(text: str, s: int, before: str, meta: Metadata) -> bool:
    """Whether who sets a region above's targets and a verb of setting one stand before the name at ``s`` (``before``:
    the six characters before it): "国家提出经济增长…", "综合考虑国家提出的经济增长…"; a time, or a comma and a time,
    may stand between the verb and the name ("国家确定今年经济增长预期目标为5%左右", "国务院政府工作报告提出，今年经济增长…",
    "中央经济工作会议明确，今年…")."""
    if before.endswith(_SETS_TARGET) and _set_above(_set_when_at_end().sub("", text[max(0, s - 16):s - 2]), meta) \
            or before.endswith(_SET_OF) and _set_above(_set_when_at_end().sub("", text[max(0, s - 17):s - 3]), meta):
        return True
    p = s
    if before[-1:] == "年" and (tm := _TIME_AT_END.search(text, max(0, s - 5), s)) is not None:
        p = tm.start()
    if text[p - 1:p] in ("，", ",", "：", ":"):
        p -= 1
    return p < s and text[max(0, p - 2):p] in _SETS_TARGET and _set_above(text[max(0, p - 14):p - 2], meta)


# a sentence opened by a level above setting figures of its own: its plan, its congress, its setters, or two levels
# together ("州“十四五”规划提出，", "市第十三次党代会提出，", "省、市确定的2025年…目标分别为", "全省确定的今年目标为：")
# (not 要求, nor 根据/按照 before: "按照省、州要求，今年…目标是：" frames the region's own)
# (or its report and meetings: "省政府工作报告提出，今年全省…", "市委经济工作会议明确，": cues.tsv above_meetings, a plenum
# with its session before it, "十一届十次全会")
# and a region above by its own name opening the sentence or the clause, as the subject of its plan or aim ("杭州要在“十四五”
# 期间实现…", "甘肃省“十四五”规划提出，", "临夏州将…"; its committee and government named together, "宜春市委、市政府确定
# 今年全市…", "金华市委市政府提出")
def _region_words() -> str:
    """cues.tsv region_word_setter as an alternation (全区, 我区: _above_word reads whom they name)."""
    return "|".join(map(re.escape, vocab.cues().get("region_word_setter", ()))) or "(?!)"


@once
def _above_sets() -> tuple[re.Pattern, re.Pattern]:
    """The lead a level above opens a sentence by setting its figures with, and what follows a region above's own name
    setting them (its plan, congress, report or meeting, then the verb)."""
    words = sorted(vocab.cues().get("above_meetings", ()), key=lambda w: (-len(w), w))
    aims = "|".join(map(re.escape, sorted(vocab.cues().get("above_aim_words", ()), key=lambda w: (-len(w), w))))
    session = r"(?:[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次)?"
    own = (r"(?:第[一二三四五六七八九十]{1,3}次党代会|党代会|[“\"]?十[一二三四五六]五[”\"]?(?:发展)?规划(?:纲要|建议)?|"
           + "|".join((session if w.endswith("全会") else "") + re.escape(w) for w in words) + ")?")
    # (a news page's adverb between the setter and its verb, "省政府工作报告同时提出": cues.tsv report_adverbs, as pledges'
    # _PLAN_CUE reads them since decision 368; and the page's lead before the setter, "记者注意到，日前发布的省政府工作报告
    # …": cues.tsv report_lead_clauses and report_published_leads, decision 374)
    adverb = "(?:" + "|".join(map(re.escape, sorted(vocab.cues().get("report_adverbs", ()), key=lambda w: (-len(w), w)))) + ")?"
    # (or the level above's aim named as such, "全市的目标是地区生产总值增长7%，我县…": cues.tsv above_aim_words, decision 380)
    return (re.compile(_above_lead() + r"(?P<w>国家|全?省|全?市|全?州|全?盟|自治区|省[、和]?[市州盟]|" + _region_words() + r")(?:委[、和]?(?:[省市州盟]政府)?|政府|里)?"
                       + own + r"(?:" + adverb + r"(?:提出|明确|确定)的?" + (f"|(?:{aims})" if aims else "") + ")"),
            # (and the year's start before the verb, "长沙市年初确定的…目标为10%", as after a level's word: decision 499)
            re.compile(r"(?:委[、和]?(?:[省市州盟]政府)?|政府)?" + own + adverb + r"(?:年初)?(?:要|将|力争|提出|明确|确定|计划)"))


def _above_lead() -> str:
    """The pattern of a news page's lead before a level above that sets its figures, all of it optional: a clause of the
    reporter's alone (cues.tsv report_lead_clauses, "记者注意到，"), then the report's publication (report_published_leads,
    "日前发布的"), decision 374."""
    cues = vocab.cues()
    clauses = "|".join(map(re.escape, sorted(cues.get("report_lead_clauses", ()), key=lambda w: (-len(w), w))))
    published = "|".join(map(re.escape, sorted(cues.get("report_published_leads", ()), key=lambda w: (-len(w), w))))
    return (r"[ \t\u3000]*" + (r"(?:(?:" + clauses + r")[，,])?" if clauses else "")
            + (r"(?:" + published + r")?" if published else ""))


@once
def _above_lead_re() -> re.Pattern:
    """``_above_lead`` compiled: the lead before a region above's own name opening its sentence."""
    return re.compile(_above_lead())


_ZONE_ABOVE = re.compile(r"[全我本]([市县州旗盟区])$")
_TOWN_ENDS = ("镇", "乡", "街道", "苏木")


def _above_zone(above: str, zone: str, parent: str | None) -> bool:
    """Whether ``above`` ends in the whole of a division above a zone's or a town's report: 全/我 with any division's
    level word, as the zone is none ("全县地区生产总值增长8.1%" in 攸县经济开发区's, "全市…" in 长沙经开区's under 长沙县,
    "全区…" in 南湖街道's); a zone calls itself 全区 unless a district is its parent (the 兵团's divisions are left out:
    a 师市 is one government with its city)."""
    mm = _ZONE_ABOVE.search(above)
    if mm is None or zone.endswith(("师", "兵团")):
        return False
    return mm.group(1) != "区" or zone.endswith(_TOWN_ENDS) or (parent or "")[-1:] == "区"


def _region_word_above(meta: Metadata) -> bool:
    """Whether 全区 (cues.tsv region_word_setter) names a region above the report's: a prefecture's in one of the five
    autonomous regions (阿拉善盟's, 喀什地区's, 南宁市's 全区 is the autonomous region), or a county's whose own word is
    not 区 (a 旗's, a county's; a district's 全区 is itself) — as the figure right after 全区 is read (hdl59)."""
    own = meta.region or ""
    return meta.level == "prefecture" and (meta.province or "").endswith("自治区") \
        or meta.level == "county" and bool(own) and own[-1] != "区"


def _above_word(w: str, meta: Metadata) -> bool:
    """Whether ``w`` (国家, 省, 州, 省、市, 全区…; 全 maybe before) names a region above the report's."""
    if w in vocab.cues().get("region_word_setter", ()):
        return _region_word_above(meta)
    w = w.lstrip("全")
    if w == "国家":
        return meta.level != "national"
    if meta.level == "county":
        # (a county-level city's 市 is itself)
        # (a prefecture named 地区 is above each of its counties, cues.tsv above_level_prefectures, lft62c)
        return w[0] in "省自州盟" or w == "市" and (meta.region or "")[-1:] != "市" \
            or w in vocab.cues().get("above_level_prefectures", ())
    return meta.level == "prefecture" and w[:1] in ("省", "自")  # (自治区, or its first character as callers pass it)


# a result set against a level above's figure in the figure's own clause ("，快于全国年均增长4.5%的预期", "，高于全省
# 预期的6%"); the comparing words in cues.tsv ``above_compare_words``
@once
def _expected_above_rx() -> re.Pattern[str]:
    words = "|".join(map(re.escape, vocab.cues().get("above_compare_words", ()))) or "(?!)"
    return re.compile(rf"(?:{words})(全[国省市区州盟])?")


def _expected_above(text: str, at: int, meta: Metadata) -> bool:
    """Whether the clause of the figure at ``at`` compares the region's result with a level above's (全国, 全省 in a
    city's report, 全市 in a district's): the figure is that level's, not the region's."""
    cs = _after_mark(_CLAUSE_MARKS, text, max(0, at - 24), at)
    if text.find("全", cs, at) >= 0 and (m := _expected_above_rx().search(text, cs, at)) is not None and m.group(1) \
            and _above_word(m.group(1) if m.group(1) != "全国" else "国家", meta):
        return True
    # ("，高于曲靖市确定的9%目标", "，高于省里确定的8%目标" in a county's report: the level above by its name or its word,
    # then its verb of setting; decision 461)
    # (not a target handed down to the region, "，超过国家下达的3.5%的目标": the region's own, which it was set;
    # cues.tsv hand_down_words)
    return (m := _expected_above_rx().search(text, cs, at)) is not None \
        and not any(text.find(w, m.end(), at) >= 0 for w in vocab.cues()["hand_down_words"]) and (
        _named_above(text, m.end(), at, meta.region or "")
        or any(text.find(w, m.end(), at) >= 0 and _above_word("国家" if "国" in w or w in ("中央", "上级") else w[:1], meta)
               for w in vocab.cues().get("above_target_words", ()) if w[:1] != "全"))


# a result set against an expectation that is no government's (the market's, the analysts'): "，好于市场普遍7.5%的预期",
# "，高于市场预期的5%", "，超出机构预测的6.2%" — the holders in cues.tsv ``expectation_holders``, the expectation's words in
# ``expectation_words``
@once
def _expected_by_others_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    holders = vocab.cues().get("expectation_holders", ())
    words = vocab.cues().get("expectation_words", ())
    if not holders or not words:
        return None
    h = "|".join(map(re.escape, holders))
    w = "|".join(map(re.escape, words))
    c = "|".join(map(re.escape, vocab.cues().get("expectation_comparisons", ())))
    # the comparison, the holder, then (up to the figure) its expectation or a few words of no figure
    # (and the holder's expectation opening the figure's clause: "外界预期今年增长目标为5%", cues.tsv expectation_adverbs,
    # expectation_leads)
    a = "|".join(map(re.escape, vocab.cues().get("expectation_adverbs", ())))
    lead = "|".join(map(re.escape, vocab.cues().get("expectation_leads", ())))
    return (re.compile(rf"(?:{c})(?:{h})(?P<gap>[^，,。；;！？!?\n\d%]{{0,6}})$"),
            re.compile(rf"(?:左右|以上)?的?(?:{w})"),
            re.compile(rf"[ \t\u3000]*(?:{lead or '$^'})?(?:{h})(?:{a or '$^'})?(?:{w})"))


def _expected_by_others(text: str, at: int, end: int) -> bool:
    """Whether the figure at ``at``..``end`` is an expectation that is no government's, a result set against it in the
    figure's own clause ("，好于市场普遍7.5%的预期", "，高于市场预期的5%"): no target of the region's."""
    rx = _expected_by_others_rx()
    if rx is None:
        return False
    hx, wx, ox = rx
    cs = _after_mark(_CLAUSE_MARKS, text, max(0, at - 24), at)
    m = hx.search(text, cs, at)
    if m is None:
        # (a clause the holder's expectation opens, "外界预期今年增长目标为5%": the figure in it is theirs, decision 400)
        # (a clause's start: a mark before it, or the text's; not where the 24 characters looked at cut a longer one)
        return (cs == 0 or _CLAUSE_MARKS[1].match(text, cs - 1) is not None) and ox.match(text, cs, at) is not None
    # (the expectation named before the figure, "市场预期的5%", or after it, "市场普遍7.5%的预期")
    gap = m.group("gap")
    if (w := wx.search(gap)) is not None:
        # (a second expectation joined after the holder's, "好于市场预期和年初6%的预期目标": the figure is the second's,
        # the region's own unless a holder opens it, "高于市场预期和机构预测的7%"; decision 388)
        j = -1  # (the end of the last join after the expectation word, each join looked for once)
        for x in vocab.cues().get("expectation_joins", ()):
            k = gap.rfind(x, w.end())
            if k >= 0 and k + len(x) > j:
                j = k + len(x)
        return j < 0 or gap.startswith(vocab.cues().get("expectation_holders", ()), j)
    return wx.match(text, end) is not None


@lru_cache(maxsize=64)
def _above_names(parent: str | None, province: str | None, region: str | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The regions above by name (the parent, the province): each its short name and the names it goes by, longest first;
    then its one-character abbreviation (regions.abbreviation: 锡林郭勒盟 → 锡盟, 呼和浩特市 → 呼市), a name of its own
    ("锡盟确定的…增长目标为7%，全市实际增长8.4%" in 锡林浩特市's report: the league's, lft61b), not where it is the
    region's own too."""
    out = []
    for above in dict.fromkeys((parent, province)):
        if above and len(above) >= 3 and above != region and (short := short_name(above)) != above:
            out.append((short, (above, short + above[-1], short)))
            if (ab := abbreviation(above)) is not None and ab != (abbreviation(region) if region else None):
                out.append((ab, (ab,)))
    return tuple(out)


def _above_sets_sentence(text: str, s: int, meta: Metadata, own_names: tuple[str, ...],
                         above_names: tuple[tuple[str, tuple[str, ...]], ...] | None = None) -> bool:
    """Whether the name at ``s`` is in a sentence a level above opens by setting figures of its own, or in a sentence or
    clause a region above opens by its own name, with no word or name of the region's own between (decision 102);
    ``above_names``: the regions above by name (``_above_names``; found once a document by find_mentions)."""
    if above_names is None:
        above_names = _above_names(meta.parent, meta.province, meta.region)
    lo = max(0, s - 60)
    ss = -1
    if text.find("提出", lo, s) >= 0 or text.find("确定", lo, s) >= 0 or text.find("明确", lo, s) >= 0 \
            or text.find("目标", lo, s) >= 0:
        ss = _sentence_start(text, s)
        if (am := _above_sets()[0].match(text, ss)) is not None and am.end() <= s and _above_word(am.group("w"), meta) \
                and not _own_between(text, am.end(), s, meta, own_names):
            return True
    for short, names in above_names:
        if text.find(short, lo, s) < 0:
            continue
        for at in {_sentence_start(text, s) if ss < 0 else ss, _clause_start(text, s, 40)}:
            for name in names:
                at = _above_lead_re().match(text, at).end()  # (a page's lead before the name: "日前发布的江苏省…")
                if text.startswith(name, at) and _above_sets()[1].match(text, at + len(name)) is not None:
                    # (a county-level city under a city: 全市 after its city's name is the city's, "宁波市确定今年全市
                    # 地区生产总值增长5.5%左右" in 慈溪's report; 我市/本市 stay its own)
                    return not _own_between(text, at, s, meta, own_names, names[0][-1] != (meta.region or "")[-1:])
    return False


# (its verbs: cues.tsv sets_of_end_verbs)
_SETS_OF_END = re.compile(r"(?:" + "|".join(map(re.escape, vocab.cues()["sets_of_end_verbs"])) + ")的$")


def _above_sets_quota(lead: str, above_names: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """Whether ``lead`` ends on a region above by its name (``_above_names``) and a verb of setting with 的 ("唐山市确定的",
    "玉田县确定、唐山市制定的"), right before a quota's name (单位…能耗)."""
    m = _SETS_OF_END.search(lead)
    return m is not None and lead.endswith(tuple(n for _, names in above_names for n in names), 0, m.start())


def _own_between(text: str, a: int, b: int, meta: Metadata, own_names: tuple[str, ...], whole: bool = True) -> bool:
    """Whether the region's own word (我县, 全县, 本区…; 全县 not when ``whole`` is false) or name stands in text[a:b]."""
    region = meta.region or ""
    kind = "地区" if region.endswith("地区") else region[-1:]
    seg = text[a:b]
    if kind == "地区" and text.startswith(kind, b) and seg[-1:] in ("全我本" if whole else "我本"):
        # (a prefecture named 地区 calls itself 全地区, its 地区 read as the name's: "全区提出…8%左右，全地区生产总值增长
        # 10%以上" in 喀什地区's report; its 全区 is the autonomous region's, not its own; hdl59)
        return True
    return bool(kind) and any(c + kind in seg for c in ("全我本" if whole else "我本")) or any(n and n in seg for n in own_names)


# a goal's year named by its words, ending its cue ("到2025年", "至2030年", "2030年前")
_GOAL_YEAR_CUE = re.compile(r"(?:(?:到|至)20\d\d年|20\d\d年(?:底|末)?(?:前|以前))$")
_EN_NATIONAL_LEAD = re.compile(r"(?<![A-Za-z])(?:China|the country|the nation|[Nn]ational|[Nn]ationwide)(?:['’]s)?,?[ ]+(?:[a-z]+[ ]+){0,2}$")


@once
def _en_china_part_re() -> re.Pattern[str]:
    """China as the part of the country a division lies in, not the country ("Guizhou province in Southwest China aims
    for…", cues.tsv en_china_parts; decision 455): the word before it."""
    words = "|".join(map(re.escape, vocab.cues().get("en_china_parts", ()))) or "(?!)"
    return re.compile(rf"(?<![A-Za-z])(?:{words})[ -]$")


def _en_national_lead(text: str, s: int) -> bool:
    """_EN_NATIONAL_LEAD within 32 characters before ``s``, unless its China is a part of the country (``_en_china_part_re``)."""
    m = _EN_NATIONAL_LEAD.search(text, max(0, s - 32), s)
    if m is None:
        return False
    return not (text.startswith("China", m.start()) and _en_china_part_re().search(text, max(0, m.start() - 16), m.start()))


def _en_regions() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """The English (pinyin) names of the divisions (metadata.en_region_names: provinces, prefecture-level and, since
    decision 440, county-level ones) as a pattern, and each name's codes (吉林 and 苏州/宿州 share theirs: several)."""
    return en_region_names()


# an English sentence's or clause's last mark before a name: a full stop, a line end, a comma or semicolon that is no
# number's thousands comma or point ("194,400", "4.8")
_EN_CLAUSE_MARK = re.compile(r"\n|[.;:](?!\d)|,(?!\d{3})")
# (or a full stop after a word or a year and right before a capital: the text as read joins a page's paragraphs and drops
# the space, "…rose 5.1 percent.Wuxi,a neighboring city,reported…", "…in 2021.Changzhou,…", decision 431; not "U.S." nor
# "GDP.", a capital before the stop)
_EN_SENTENCE_MARK = re.compile(r"\n|\.(?!\d)(?=\s|$)|(?<=[a-z\d])\.(?=[A-Z])")


def _en_other_region(text: str, s: int, code: str) -> bool:
    """Whether the English name at ``s`` is another division's, named in English in its clause ("…, and the city of
    Guangzhou reported general public budget revenue of…", "Chongqing's foreign trade fell…") or, none there, opening
    its sentence ("Shenzhen saw its GDP grow…", "Kunming, the capital, saw its GDP…"), on a page of the division
    ``code`` (decision 426); a name that is the page's own (or one it shares) is no other's."""
    lo = max(0, s - 120)
    lead = text[lo:s]
    pat, codes = _en_regions()
    if pat.search(lead) is None:
        return False
    marks = [m.end() for m in _EN_CLAUSE_MARK.finditer(lead)]
    clause = lead[marks[-1]:] if marks else lead
    named = [m.group(1) for m in pat.finditer(clause)]
    beside = named
    if not named:
        stops = [m.end() for m in _EN_SENTENCE_MARK.finditer(lead)]
        if not stops and lo > 0:
            return False  # (the sentence opens before the window: not read)
        opening = lead[stops[-1]:] if stops else lead
        # ("In Suzhou, an eastern city of Jiangsu, GDP grew…": the place as the sentence's scene, decision 475)
        om = re.match(r"\s*(?:[Ii]n )?(?:the city of |The city of )?", opening)
        first = pat.match(opening, om.end()) if om else None
        # (a wire's dateline, "Changsha, Jan 18 -- The province's economy…": the place it was written in, decision 430)
        named = [first.group(1)] if first is not None and not _en_dateline().match(opening, first.end()) else []
        beside = [m.group(1) for m in pat.finditer(opening)]
    near = {c for n in beside for c in codes[n]}
    return bool(named) and all(code not in codes[n] or _en_namesake_elsewhere(codes[n], code, near) for n in named)


def _en_namesake_elsewhere(cands: frozenset[str], code: str, near: set[str]) -> bool:
    """Whether a name the page's own division (``code``) shares with others (``cands``: 苏州/宿州 Suzhou) is another's
    here: a province or city above named beside it is another's, not the page's ("Suzhou in Jiangsu province reported…"
    on 宿州's page); with none named, or the page's own above, it stays the page's (decision 475)."""
    g = gazetteer()
    own = g.get(code)
    if own is None or len(cands) < 2 or near & {own.province_code, own.parent_code}:
        return False
    for c in cands:
        r = g.get(c)
        if c != code and r is not None and near & {r.province_code, r.parent_code}:
            return True
    return False


_INDUSTRY_NAME_ENDS = ("工业增加值", "工业企业增加值", "工业投资", "工业固定资产投资", "工业性投资", "工业性固定资产投资")
_LEFT_OUT_INDUSTRY = re.compile(r"(?<![并绝决而除莫是])非[\u4e00-\u9fff]{1,3}$")  # (not 并非 "is not", 除非 "unless")
# trade with one partner, 对 and its name (and 贸易) before the trade's name ("对蒙进出口", "对哈萨克斯坦进出口总额",
# "对俄贸易进出口总额"): a part of the region's trade, whichever partner (not 对外, the whole; not 面对/针对/相对)
_PARTNER_TRADE = re.compile(r"(?<![面针相绝应])对(?![外内])[\u4e00-\u9fff]{1,5}$")


def find_mentions(text: str, meta: Metadata, others: tuple[tuple[int, int, str], ...] = ()) -> list[Mention]:
    """The indicator names of the text, each with the part of the region (or other region) it is of, if any; ``others``:
    the other pages quoted under the copy (``Analysis.other_pages``), whose names are their regions'."""
    table = _alias_table()[2]
    # (a name several divisions bear, the region left empty: still the page's own name, "城关区地区生产总值增长5.9%")
    own = meta.region or namesake_name(meta)
    guards, clause_initial, after_guards, cut_short = _guards(), _clause_initial(), _after_guards(), _cut_short()
    earlier_guards = _earlier_guards()
    share_verbs, share_of_gdp = _en_share_of_gdp()
    bare_growth, growth_in_name, _ = _en_growth_in_name()
    own_level = _own_level_words(meta.level, own)
    hearsay = hearsay_re()
    titles, title_firsts = _place_titles()
    own_names = (own, short_name(own)) if own else ()
    # (a division's report under its zone's second name, "济源示范区2023年政府工作报告", calls itself by the zone's kind)
    zone = meta.zone or (_second_name(meta.title, own) if own and meta.title else None) \
        or next(iter(_zone_names().get(meta.region_code or "", ())), None)
    above_names = _above_names(meta.parent, meta.province, meta.region) if meta.level in ("prefecture", "county") else ()
    whole_named: dict[str, bool] = {}  # (whether the whole region's budget figure is named: a scan of the text, once a name)
    out: list[Mention] = []
    above_end = -1  # the end of the last name of a region above (its figure skipped)
    line_lo = line_hi = 0  # the line of the last name read (its start, its end) and its heading read to 14 characters
    line_hm: re.Match | None = None
    # (commentary_at is False wherever the text holds no commentator's words: asked once a document, at the first name
    # that reaches the test, not once a name; most texts have none. -1: not asked yet)
    commented: int = -1
    for m in _bracket_joined(text, _name_matches(text)):
        s, e = m.span()
        alias = m.group(0)
        if out and s - out[-1].end == 1 and (ab := _ABBREV.match(text, out[-1].end)) and ab.end() >= e:
            # "地区生产总值（GDP）增长5%": the abbreviation in brackets is part of the name before it
            out[-1].end = ab.end()
            continue
        if share_verbs and alias.endswith(share_verbs) and share_of_gdp.match(text, e) is None:
            continue  # (an English share of a whole other than GDP: "R&D spending accounted for 60 percent of the total")
        if alias in bare_growth and growth_in_name.match(text, e) is not None:
            continue  # (a bare growth whose figure is another name's: "targets growth of 8 percent in fiscal revenue")
        before = text[max(0, s - 6):s]
        # "我县作为全国粮食生产先进县，粮食总产量…": the name qualifies a title the region holds, it names no figure (nor
        # the region above's, whose 全国 would hold the clauses after it)
        if text[e:e + 1] in title_firsts and titles.match(text, e):
            continue
        # "非酒工业增加值增长12.1%", "非煤工业增加值": an industry named by what it leaves out, a part of the region's
        if "非" in before and alias.endswith(_INDUSTRY_NAME_ENDS) and _LEFT_OUT_INDUSTRY.search(before):
            continue
        if "对" in before and "出口" in alias and _PARTNER_TRADE.search(before):
            continue
        # (the five tests below are read only where before ends with a last character of their words, or 占 stands
        # two before its end: most names have neither)
        if before[-1:] in _BEFORE_NAME_LAST or before[-3:-2] == "占" or before[-4:-3] == "占":
            after = text[e:e + 4]
            # "与经济增长同步": a comparator, not a statement about the indicator
            # ("劳动报酬提高与劳动生产率提高同步": the comparator named with its own change word; "与经济增长保持同步",
            # "基本保持同步": the same with its verb; "和经济增长“两个同步”": the two steps' name, quoted or not;
            # "与经济增长协调增长", "…与经济增长协调。": coordinated, decision 470)
            if before.endswith(_COMPARATOR_OR_AND) and re.match(r"(?:增长|提高|提升)?(?:基本)?(?:保持|实现)?(?:基本|协调)?[“\"]?(?:两个)?同步|基本协调|相协调|协调(?:增长|[，,。；;\n]|$)", text[e:e + 10]):
                continue
            if before.endswith(_COMPARATOR_BEFORE[:3]) and after.startswith(("同步", "相适应", "相协调", "相匹配")):
                continue
            # "收入增长高于经济增长；": the growth compared with, ending the clause, is stated by no figure
            if before.endswith(_COMPARATOR_BEFORE[3:]) and _COMPARED_END.match(text, e):
                continue
            # "户均存款余额20万元", "村均集体经济收入": per household or village, not the region's total
            if before.endswith(_PER_HOUSEHOLD):
                continue
            # "占一般公共预算支出的70.3%", "占全省的": the denominator of a share
            # ("占我市生产总值比重", "占全州": the whole by any word for a region)
            # ("占区级一般公共预算支出的比重", "占县本级": the whole by the level of government whose budget it is)
            if before.endswith(_SHARE_OF) or before[-3:-2] == "占" and _SHARE_DENOM_PLACE.match(before, len(before) - 2) \
                    or _SHARE_DENOM_LEVEL.search(before, len(before) - 4):
                continue
        # national or provincial figures quoted in a lower-level report, and the city's, prefecture's or
        # league's in a county's (a county-level city's 全市 is its own, a district's 全区; a county's or
        # banner's 全区 is its autonomous region)
        # ("全省提出地区生产总值增长5.5%左右": the region above, its verb of setting a target between)
        # ("全省要求各地一般公共预算收入增长5%以上": setting it for every region below)
        # (every word of a region above tested below holds one of _ABOVE_WORD_CHARS, and what is added to before
        # opens with 全: a name with none of them before it is passed)
        # ("国家提出经济增长5%左右的预期目标", "中央经济工作会议提出…": the country's target restated below it)
        # ("省委经济工作会议提出经济增长6%左右的目标" in a city's report, "市委提出…" in a county's: the region above's)
        # ("综合考虑国家提出的经济增长5%左右的目标": the same, its 的 between; but "国家确定的单位地区生产总值能耗
        # 降低目标" is the quota the country sets the region: its own)
        if meta.level != "national" and alias[:2] != "单位" and _set_above_before(text, s, before, meta):
            # ("省里确定全省生产总值增长6.5%左右，我县确定为7%": the region's own figure set right after the one above)
            if not _own_after_above(out, text, e, own, alias, m, table, meta.level):
                above_end = e
            continue
        # ("州“十四五”规划提出，地区生产总值年均增长7%左右", "市第十三次党代会提出，杭州要在…实现地区生产总值…",
        # "省、市确定的2025年经济增长预期目标分别为5%左右和5.5%左右": the level above's, decision 102)
        # (not a quota the level above sets the region, "国家确定的单位地区生产总值能耗降低目标": its own, as above)
        if meta.level in ("prefecture", "county") and alias[:2] != "单位" and _above_sets_sentence(text, s, meta, own_names, above_names):
            if not _own_after_above(out, text, e, own, alias, m, table, meta.level):
                above_end = e
            continue
        # ("全国今年经济增长预期目标为5%左右", "全省2024年地区生产总值…": the region above, a time between)
        ab = text[max(0, tm.start() - 6):tm.start()] if before[-1:] in "年的" and (
            tm := _TIME_AT_END.search(text, max(0, s - 12), s)) else before
        if before[-1:] in "，," and (text.find("全", max(0, s - 10), s) >= 0 or text.find("国家", max(0, s - 10), s) >= 0) \
                and (tp := _ABOVE_TOPIC.search(text, max(0, s - 10), s)) is not None:
            # ("全国层面，国内生产总值增长5%左右，城镇新增就业…", "从全国看，", "国家层面，", "全省范围内，": the region
            # above named as the topic of the clauses after it)
            ab = "全国" if tp.group(1) == "国家" else tp.group(1)
        if alias[:1] == "全" or not _ABOVE_WORD_CHARS.isdisjoint(ab):
            above = ab[:-2] if ab.endswith(_SETS_TARGET) else \
                ab[:-4] if ab.endswith("各地") and ab[:-2].endswith(_SETS_TARGET) else ab
            # ("全州实现地区生产总值520亿元": its verb between; "全地区生产总值" on a county's page: 地区 is the
            # region above's word, not the name's; "全省生产总值" on a city's: a name that opens with the word)
            # ("全市的地区生产总值增长目标是6%左右，全旗…", "全市的经济增长目标": the region above's by 的, decision 380)
            if above[-1:] == "的" and above[-3:-2] in _ABOVE_POSSESSOR:
                above = above[:-1]
            if above.endswith(_ABOVE_VERBS):
                above = _ABOVE_VERB_AT.sub("", above)
            elif above.endswith("全") and alias.startswith("地区"):
                above += "地区"
            elif alias[:1] == "全" and alias[1:2] in "省市区县":
                above += alias[:2]
            # (in the five autonomous regions, a city's 全区 is its region, a county's 全地区 its prefecture, 全疆 Xinjiang;
            # 自治区 is a city's or county's region, 自治州 a county's prefecture, by any name before: 宁夏回族自治区 too)
            # (a zone's report quoting the division it lies in, "全县地区生产总值增长8.1%" in 攸县经济开发区's: the county's)
            # (国家 as the setter of a quota, "国家要求单位地区生产总值能耗降低3%", sets the region's own: decision 56's
            # 国家 is the country's figure only for a name that is not a quota's)
            if (above.endswith(("全国", "国内", "全国的", "我国")) or above.endswith("国家") and alias[:2] != "单位") \
                    and meta.level != "national" \
                    or above.endswith(("全省", "我省", "本省", "全疆")) and (meta.level not in (None, "province") or meta.zone) \
                    or meta.level == "prefecture" and (meta.province or "").endswith("自治区") and above.endswith(("全区", "我区", "本区")) \
                    or meta.level in ("prefecture", "county") and above.endswith("自治区") \
                    or meta.zone and _above_zone(above, meta.zone, meta.parent) \
                    or meta.level == "county" and (meta.parent or "").endswith("地区") and above.endswith("全地区") \
                    or meta.level == "county" and own and (above.endswith(("全州", "全盟", "我州", "我盟", "自治州"))
                                                           or above.endswith(("全市", "我市", "本市")) and own[-1] != "市"
                                                           or above.endswith(("全区", "我区", "本区")) and own[-1] != "区"):
                if not _own_after_above(out, text, e, own, alias, m, table, meta.level):
                    above_end = e
                continue
        # ("全国人大审议通过，2025年国内生产总值增长5%左右" in a county's report: 国内生产总值 is the country's own word for
        # its product where the country is named before it in its sentence; a lower report's own figure has its region's
        # word or name before it, "全县国内生产总值完成…", or no country named, "完成国内生产总值85亿元")
        if alias == "国内生产总值" and meta.level not in (None, "national") and _OWN_WORD_END.search(before) is None \
                and not (own and before.endswith((own, short_name(own)))) and _country_named_before(text, s):
            if not _own_after_above(out, text, e, own, alias, m, table, meta.level):
                above_end = e
            continue
        # a letter or digit glued on means another name ("PM2.5" inside "PM2.5PM10" is fine)
        if alias.isascii() and s > 0 and text[s - 1].isascii() and text[s - 1].isalpha():
            continue
        # (on a bilingual page, the country's figure in English in a lower region's report: "China's GDP grew 5.2
        # percent", "the national CPI", "Nationwide, fixed-asset investment rose 3 percent", as 全国 before a name)
        if meta.level != "national" and text[s - 1:s] == " " and ("a" <= alias[:1].lower() <= "z") \
                and (_en_national_lead(text, s)
                     or _en_national_sentence(text, s, meta.region_code)):
            above_end = e
            continue
        # (on an English page, another division named in English in the name's clause or opening its sentence: "Shenzhen
        # saw its GDP grow 6 percent" on Guangdong's page, "Sichuan Province's GDP" on Chengdu's, decision 426)
        if meta.region_code and ("A" <= alias[:1] <= "Z" or "a" <= alias[:1] <= "z") \
                and _en_other_region(text, s, meta.region_code):
            continue
        guard = guards.get(alias)
        # (a guard word ending the region's own name, 南山区 or 浦东新区 before 经济总量, guards nothing)
        if guard and before.endswith(guard) and not (own and before.endswith(own)) \
                and not (meta.level == "county" and before.endswith("县域")) and not before.endswith(_THIS_CITY):
            continue
        if guard and before.endswith(_GUARD_GAPS) and (lead := _past_gaps(text, s)).endswith(guard) \
                and not (own and lead.endswith(own)) and not (meta.level == "county" and lead.endswith("县域")) \
                and not lead.endswith(_THIS_CITY):
            continue
        # (a '^' coordination that opens no clause is already dropped by _name_matches)
        if alias in clause_initial and not _opens_clause(text, s, own_names):
            continue
        after_guard = after_guards.get(alias) or after_guards["*"]
        if after_guard and text.startswith(after_guard, e):
            continue
        if (earlier := earlier_guards.get(alias)) is not None:
            lead60 = text[max(0, s - 60):s]
            lead60 = lead60[max(lead60.rfind("。"), lead60.rfind("；"), lead60.rfind("\n")) + 1:]
            lead30 = lead60[-30:]
            # (a word ending in a comma opens the sentence with its own time, "国庆黄金周期间，", read back to the
            # sentence's start (60 characters at most); a 全年 after it turns back to the year's: "春节期间，…，全年接待游客…")
            if any(w in lead30 if w[-1] != "，" else w in lead60 and "全年" not in lead60[lead60.rfind(w):] for w in earlier
                   if w not in own_level):
                continue
        # a figure a question or a page hears from others ("有网友说今年财政总收入要突破100亿元，是这样吗？"): none of the
        # report's, the answer gives the report's (cues.tsv hearsay)
        if commented < 0:
            commented = 1 if _commentary_spans(text)[1] else 0
        if hearsay.search(text, max(0, s - 30), s) is not None or commented and commentary_at(text, s):
            continue
        # "有进出口实绩的企业", "进出口企业": the name qualifies another noun
        if text[e:e + 1] in _NOUN_AFTER_FIRST and _NOUN_AFTER.match(text, e):
            continue
        # "居民人均可支配收入增长5.5%，其中城镇增长4.5%": a name cut short names a part of the one
        # before it in its sentence, and nothing elsewhere ("零售总额…，其中城镇增长4%")
        # (another area between, "粮食播种面积80万亩，蔬菜播种面积20万亩，总产量达到50万吨", "…，其中蔬菜20万亩，
        # 总产量…": the output is of that; one area a crop of a shared name, "粮食、棉花种植面积分别为…万亩、…万亩", is none)
        if m.lastgroup in cut_short and not (
                out and not cut_short[m.lastgroup].isdisjoint(out[-1].ids)
                and find_mark(text, out[-1].end, s, _SENTENCE_END_MARKS) < 0
                and text.find("面积", out[-1].end, s) < 0 and text.count("亩", out[-1].end, s) <= len(out[-1].ids)):
            if not (out and f"{out[-1].ids[0]}!" in cut_short[m.lastgroup] and _next_to(text, out[-1].end, s)):
                continue
        partial = None
        cs = _clause_start(text, s, 40)
        lead = text[cs:s]
        if lead and own and text.find("分别", e, e + 12) >= 0 and _AND.search(lead) and (each := _own_among_places(lead, own)) is not None \
                and not any(os_ <= s < oe for os_, oe, _ in others):  # (not on another page: its 我市 is its own)
            # "我县与相邻的洋县、勉县地区生产总值分别增长6.1%、5.9%和6.3%", "郑州、开封、洛阳四市…分别…" in 洛阳市's: the
            # region's own figure is the one in its place of the list (the others' are theirs)
            out.append(Mention(s, e, alias, _ids(m, table, meta.level), None, False, each))
            continue
        if lead and (text.find("分别", e, e + 12) >= 0 or lead.endswith(_EACH_VERB_ENDS)) and _AND.search(lead) \
                and (places := _places_listed(lead, own)) is not None \
                and not any(os_ <= s < oe for os_, oe, _ in others):
            # "顺庆区、南部县、阆中市地区生产总值分别增长7.1%、6.5%、6.0%", "阆中市、南部县分别实现地区生产总值320亿元、
            # 410亿元": a list of the region's parts (or other regions) before 分别, one value each, each a part's own
            ids = _ids(m, table, meta.level)
            out += [Mention(s, e, alias, ids, place, True, (k, len(places))) for k, place in enumerate(places)]
            if own and (om := _own_after(text, e, own)) is not None:
                # ("瑞金市、龙南县地区生产总值分别增长10.2%和9.8%，全市增长8.9%": the region's own figure right after its
                # parts', its name left out, as after one place's)
                out.append(Mention(om.start(1), om.end(1), alias, ids))
            continue
        pm = _part_of_region().search(lead) if lead and lead[-1] in _PART_OF_REGION_LAST else None  # (most leads are empty)
        if pm and lead:
            tail = lead[:pm.end("part")]
            # ("师市生产总值" in a 兵团 division's report is its own: "南疆师市" in the 兵团's is a part)
            if (not tail.endswith(_OWN_PART) or tail.endswith(_INNER_PART)) and tail not in ("师市", "全师市") \
                    and not _URBAN_SIDE.search(tail) \
                    and not (own and tail.endswith((own, own[:-1]))) and len(tail) >= 2 \
                    and not _own_division(tail, own or meta.zone or "") \
                    and not (meta.level == "county" and tail.endswith("县域")) \
                    and not _self_by_kind(own or meta.zone or "", tail, pm.group("part")) \
                    and not (own and _own_with_zone(tail + (bm.group(0) if (bm := _BRACKET_NOTE.match(lead, pm.end("part"))) else ""), own)) \
                    and not tail.endswith(_zone_names().get(meta.region_code or "", ())) \
                    and not (zone and _zone_by_kind(zone, tail, pm.group("part"))) \
                    and not _all_divisions_air(tail, pm.group("part"), text, e, m, table, meta.level) \
                    and not (meta.level in ("province", "national") and pm.group("part") in _inner_towns()):  # a county's 县域 is itself
                # (a province's 中心城市 are its cities, the air's own measure: "中心城市空气质量优良天数比例达到98.6%" in
                # 贵州's report; a city's the central town, a part: decision 418)
                name = _AND.split(tail)[-1]
                # (eight characters, and the words of a zone's kind past them: "库尔勒经济技术开发区", not "勒经济技术开发区")
                name = name[-8 - (len(km.group(0)) if (km := _ZONE_KIND_WORDS.search(name)) else 0):]
                # ("…，其中巴宜区地区生产总值完成40.2亿元": the word leading to the part is not its name, as after "其中，")
                name = name[len(lw.group(0)):] if (lw := _part_name_lead().match(name)) else name
                if len(name) >= 2:
                    partial = name
        topic = partial is not None  # a place as the subject (its later subjectless clauses are about it too)
        if others and partial is None:
            # "相关阅读\n重庆：…\n…全市地区生产总值…" under 成都's copy: the other page's region's, whatever its words
            for os_, oe, oname in others:
                if os_ <= s < oe:
                    partial, topic = oname, True
                    break
        # "市本级全口径财政收入": the city government's own budget, not the region's
        if partial is None and "本级" in lead[-10:] and (bm := _OWN_LEVEL.search(lead[-10:])):
            partial = bm.group(0)
        # "省级一般公共预算支出增长5%": the provincial government's own budget (its 本级), not the region's
        # (but a county's or district's own level is the region itself: "区级一般公共预算收入793亿元" in a
        # district's report, "县级一般公共预算收入" in a county's, beside the 财政总收入 its higher levels share; not
        # beside its towns' level, "县级…8.3亿元，乡镇级…3.8亿元": then it is the county government's own part; nor
        # where the report states the whole region's figure of the budget apart, as a budget report of “全区和区级”
        # does: “全区一般公共预算收入…”, then “区级一般公共预算支出年初预算为…” is the district government's own)
        # (so too with its 财政 and the verb that sets the money aside between: "省级财政安排各类民生资金620亿元")
        lv = lead[:fm.start()] if "财政" in lead[-8:] and (fm := _LEVEL_FUNDS_TAIL.search(lead)) is not None else lead
        if partial is None and lv.endswith("级") and (bm := _GOV_LEVEL.search(lv, max(0, len(lv) - 4))) \
                and not (meta.level == "county" and own and bm.group(0)[0] == own[-1]
                         and not any(map(text[max(0, s - 40):e + 40].__contains__, vocab.cues().get("town_levels", ())))
                         and not _whole_named(text, f"全{own[-1]}{alias[:4]}", whole_named)) \
                and _FISCAL_IDS.intersection(_ids(m, table, meta.level)):
            partial = bm.group(0)
        # "重点地区细颗粒物浓度", "脱贫地区农民收入": a kind of place within the region
        if partial is None and _ends_named_part(lead) and (bm := _NAMED_PART.search(lead[-12:])) \
                and not (own and (own.startswith(bm.group(1)) or len(sn := short_name(own)) >= 2 and bm.group(1).endswith(sn))) \
                and not (bm.group(1) == "当地" and not _aid_before(text, s)) \
                and not (meta.level == "prefecture" and bm.group(1).startswith(("省会", "首府"))
                         and (meta.region_code or "").endswith("0100")):
            # ("佛山" in 佛山市's own report, "“十四五”时期中山" in 中山市's, the time before its name; a capital's own
            # report calls itself 省会, 首府: the capitals' codes end in 0100)
            partial = bm.group(1)
            # "罗浮山接待游客1580万人次，旅游总收入98.6亿元": a mountain or lake by its name that received visitors is a
            # scenic area, the subject of its sentence's later clauses as …景区 is (decision 107)
            topic = partial[-1] in "山湖" and "tourist_visits" in _ids(m, table, meta.level)
        if partial is None and alias[:2] == "地区" and lead and lead[-1] in _NAMED_KIND_LAST \
                and (bm := _NAMED_PART.search(lead[-12:] + "地区")) is not None and bm.group(1).endswith("地区") \
                and not (lead[-2:] == "山区" and any(lead[-k:] in gazetteer().by_name for k in (3, 4, 5))):
            # "贫困地区生产总值", "对口支援地区生产总值": the kind of place's 地区 read into the name (地区生产总值)
            # (not a district's name ending in 山区 before its own 地区生产总值: "南山区地区生产总值", "宝山区…")
            partial = bm.group(1)
        if partial is None and ("每" in lead or "各" in lead) and (
                (bm := _PER_UNIT.search(lead)) or "每" in lead and (bm := _per_kind().search(lead))) \
                and not ((am := _handed_to_all().search(lead)) is not None and am.start() < bm.start() < am.end()):
            partial = bm.group(0)
        if partial is None and lead.endswith(("）", ")", "实现", "完成")) and (bm := _EXCLUDING.search(lead)) \
                and not _CORPS_EXCLUDED.search(bm.group(0)):
            # "全县（不含开发区）": the region less a part of it (but "全州（不含兵团）": a region of 新疆 counts the 兵团's
            # divisions and farms within it apart, its own figures are those without them)
            partial = bm.group(0)
        if partial is None and "下达" in lead and (bm := _handed_to_part().search(lead)) is not None \
                and not (own and own.startswith(bm.group(1))) and _handed_to_all().search(lead) is None:
            # "年初区政府向沿江街道下达一般公共预算收入任务2.5亿元": the region hands a part of it its quota, the part's
            # figure and its clauses' after (not "省向我县下达…", the region's own target, decision 493)
            partial = topic = bm.group(1)[-8:]
        if partial is None and lead and meta.level in ("prefecture", "province") and lead[-1] in "县旗里年" \
                and (bm := _COUNTY_SELF.search(lead)) is not None \
                and _COUNTY_VOICE.search(text, _after_mark(_SENT_MARKS, text, cs - 120, cs), cs) is not None:
            # a county's word for itself in a county head's or a deputy's words on a city's or a province's page ("市人大
            # 代表、中牟县县长刘新告诉记者，去年全县地区生产总值增长5.1%"): a county's figure, no figure of the region (a
            # county-level city's 全市 is its own; a page that says 全县 in its own voice is left to the metadata)
            partial = topic = bm.group(1)
        if partial is None and lead[-1:] == "的" and (rm := _RATE_BEFORE_NAME_END.search(lead)) is not None and rm.start() >= 2:
            # "成都市6.5%左右的经济增长目标顺利实现", "武汉市8%以上的增长目标" in a province's report: the place before a
            # rate written before its name is the figure's subject, as before the name (decision 438; the region's own
            # "全省7%左右的…", a time, "去年6.5%以上的…", name no place)
            partial = topic = _place_named(lead[:rm.start()], own or meta.zone or "", meta.region_code,
                                           (meta.parent, meta.province, *_several_and_peers(meta.several))) \
                or _child_full_named(lead[:rm.start()], meta.region_code)
        if partial is None and lead and not (alias[:2] == "单位" and above_names and _above_sets_quota(lead, above_names)):
            # (not a level above by its name setting the region's quota, "唐山市确定的单位地区生产总值能耗下降目标为3%" in
            # 玉田县's report: read as "市里确定的…" is, the region's quota, or the level above's where the region's own
            # figure follows, "，全县力争下降3.5%" (_own_after_above); no part named 唐山市, lft61b)
            # (a zone's report, 新疆生产建设兵团's or 雄安新区's, names divisions that are not it: 石河子市)
            # (on a page on several regions, each of them by its short name too: "武汉去年地区生产总值增长5.7%", decision 353)
            partial = topic = _place_named(lead, own or meta.zone or "", meta.region_code, (meta.parent, meta.province, *_several_and_peers(meta.several)))
        if partial is None:
            partial = topic = _place_speaking(text, cs, lead, own, meta.region_code)
        if partial is None:
            # (the line's start found and its heading read once a line: a line's names share them)
            if not line_lo <= s < line_hi:
                line_lo = text.rfind("\n", 0, s) + 1
                line_hi = text.find("\n", s) % (len(text) + 1)  # (the text's end, if no line end follows)
                line_hm = _line_head(text, line_lo, line_lo + 14)
            hm = line_hm if s >= line_lo + 14 else _line_head(text, line_lo, s)
        if partial is None and hm and hm.end() <= s:
            # a digest of several regions' reports, each paragraph headed by its region ("攸县：2023年地区生产总值
            # 增长6.5%", "【茶陵县】…")
            partial = topic = _head_place(hm.group(1) or hm.group(2), own, meta.region_code, meta.level, text)
            if partial is None and meta.several and (hn := hm.group(1) or hm.group(2)) in _several_short_names(_several_and_peers(meta.several)):
                # (on a page on several regions, a line one of them heads by its short name, "徐州：去年全市地区生产总值增长
                # 4.6%…", "淮安：…": that region's, as a province's is; decision 367)
                partial = topic = hn
        if partial is None and (k := lead.rfind("全区")) >= 0 and own and own[-1] != "区" and _NO_SUBJECT.fullmatch(lead, 0, k) \
                and (k + 2 == len(lead) or _NO_SUBJECT.fullmatch(lead, k + 2)) \
                and not any((p or "").endswith("区") for p in (meta.parent, meta.province)):
            # "苏州工业园区实现地区生产总值3500亿元，全区规模以上工业增加值增长9%" in a city's report: 全区 (no
            # word of the city's, nor of a region above it) is the park that is the sentence's subject
            partial = topic = _zone_subject(text, cs, out)
        if partial is None and own and own[-1] != "区" and (k := text.rfind("全区", max(0, cs - 40), cs)) > 0 \
                and text[k - 1] in "，," and (not lead or _NO_SUBJECT.fullmatch(lead)) \
                and find_mark(text, k, cs, _SENT_MARKS) < 0 and (not out or out[-1].start < k) \
                and not any((p or "").endswith("区") for p in (meta.parent, meta.province)):
            # "省级高新区提质扩容，全区实现工业总产值800亿元，规上工业增加值增长12%": a subjectless clause after
            # the park's 全区 (a figure of no indicator's between) is the park's too
            partial = topic = _zone_subject(text, k, out)
        if partial is None and lead and lead[-1] == "、" and _FIGURE_ITEM_END.search(lead, max(0, len(lead) - 9)):
            # a run of figures joined by 、 ("高新区地区生产总值增长12%、一般公共预算收入增长15%", "全市地区生产总值增长7%、一般
            # 公共预算收入增长5%"): the name after 、 opens an item with no subject of its own, the run's first is its
            cs, lead = s, ""
        if partial is None and "、" in lead and (k := lead.rfind("、")) > 0 and lead[k + 1:k + 2] in "完实累全新净" \
                and _NO_SUBJECT.fullmatch(lead, k + 1) and _DIGIT.search(lead, 0, k) \
                and (zn := _zone_work_semi(text, cs + k + 1, own, _CLAUSE_MARKS)) is not None:
            # "高新区新引进项目30个、完成固定资产投资50亿元": the zone's own count closed by a 、, its figure after it
            partial = topic = zn
        if partial is None and (not lead or lead[:1] in "全累实完其新净" and _NO_SUBJECT.fullmatch(lead)):  # (most leads are empty: no call)
            if above_end > (out[-1].end if out else -1) and _after_mark(_SENT_MARKS, text, cs - 200, cs) < above_end \
                    and not _OWN_WORD.search(text, above_end, cs) and not (text[s] in _OWN_WORD_FIRST and _OWN_WORD.match(text, s)):
                continue  # "全省地区生产总值增长5.8%，规上工业增加值增长6%": the region above's still
            # ("武汉都市圈地区生产总值增长6%，全省生产总值增长5.7%": a name that opens with the region's
            # own word, 全省生产总值, is the region's; in the State Council's, "京津冀地区生产总值增长5.1%，国内
            # 生产总值增长5.2%": 国内, 全国 the country's)
            partial = topic = _subject_part(text, cs, out, zone, own) if not (text[s] in _OWN_WORD_FIRST and _OWN_WORD.match(text, s)) \
                and not (meta.level == "national" and text.startswith(_NATIONAL_OWN, s)) else None
            if partial is not None and out and out[-1].partial == partial and _AIR_IDS.issuperset(out[-1].ids) and _AIR_IDS.isdisjoint(ids := _ids(m, table, meta.level)) \
                    and ids:
                # "中心城区空气质量优良天数比例达到88.5%，PM2.5平均浓度下降到36微克/立方米，森林覆盖率提高到50.2%": the
                # place the air is measured in is no subject of the figures of another kind after it
                partial = topic = None
            elif partial is not None and partial.endswith("口岸") and (ids := _ids(m, table, meta.level)) \
                    and (_port_ids().isdisjoint(ids) or alias.startswith(_port_region_trade())):
                # "河口口岸进出口总额增长12%，实际利用外资5000万美元，实际利用省外产业到位资金增长8%": a border port is the
                # subject of the goods it passes (cues.tsv port_subject_ids: its trade), not of the region's investment
                # or money after it; nor of the trade a name calls the region's dealings with abroad ("…，外贸进出口总额
                # 增长15%": cues.tsv port_region_trade, decision 292)
                partial = topic = None
        if partial is None and own and text[cs - 1:cs] in ("，", ",") and (place := _supported_place(text, cs, s, out, own, meta.region_code)) is not None:
            # "支持成都建设…示范区，到2025年地区生产总值突破2.5万亿元", "支持瑞金建设区域中心城市，力争地区生产总值突破500亿元":
            # the place the region's work is for, opening the sentence, is the subject of its later clauses
            partial = topic = place
        if partial is None and lead[-1:] == "、" and alias[:2] in _CLAUSE_VERBS and (zm := _ZONE_SUBJECT.match(text, cs)) is not None \
                and zm.group(2) and zm.end() <= s and not (meta.zone and meta.zone.endswith(zm.group(2))) \
                and not _OWN_WORD.search(zm.group(1)):
            # "大峡谷景区累计接待游客150万人次、实现旅游总收入8.2亿元": the revenue joined to the scenic area's visitors
            # by 、 is the area's too, as after a comma (_subject_part)
            partial = topic = zm.group(1)[-8:]
        if partial is not None and own and partial[-1] in "县市区旗州" and _predecessor(partial, own, meta.region_code):
            # "原芜湖县全年实现地区生产总值…" in 湾沚区's report, "原海门市…" in 海门区's: the region under its name before
            # a change of name or kind is the region itself, no part of it
            partial = topic = None
        if topic and own and (om := _own_after(text, e, own)) is not None:
            # ("临夏州地区生产总值增长6%，我县增长7.1%", "全州8个县市中有6个地区生产总值增速超过6%，我县增长7.1%": the
            # region's own figure right after a place's, its name left out, decision 102)
            out += [Mention(s, e, alias, (ids := _ids(m, table, meta.level)), partial, True), Mention(om.start(1), om.end(1), alias, ids)]
            continue
        ids = _ids(m, table, meta.level)
        if ids == ("disposable_income",) and text[e:e + 1] in "：:" and (pair := _PAIR_UNDER_LABEL.match(text, e + 1)) is not None:
            # "居民人均可支配收入：本年城镇居民预计达到33980元、农村居民预计达到15660元，分别增长8.1%、9.1%" (a plan report's
            # label line): the pair's two figures under the whole's name, each named by its residents (decision 155)
            ids = ("urban_disposable_income", "rural_disposable_income")
        out.append(Mention(s, e, alias, ids, partial, bool(topic)))
    return out


_PAIR_RESIDENTS = re.compile(r"农村(?:常住)?居民")
# the urban residents' figure, then the rural ones', right under a label naming all residents' income
_PAIR_UNDER_LABEL = re.compile(r"[^，,。；;\n\d]{0,6}城镇(?:常住)?居民[^。；;\n]{0,24}?[，,、][^，,。；;\n\d]{0,4}农村(?:常住)?居民")


_AIR_IDS = frozenset(("good_air_days", "pm25", "pm10"))


@once
def _port_ids() -> frozenset[str]:
    """The indicators a border port named as a sentence's subject has of its own (cues.tsv port_subject_ids)."""
    return frozenset(vocab.cues().get("port_subject_ids", ()))
@once
def _port_region_trade() -> tuple[str, ...]:
    """The first words of a trade's name that make it the region's trade abroad, not a port's goods (cues.tsv port_region_trade)."""
    return tuple(sorted(vocab.cues().get("port_region_trade", ()), key=lambda w: (-len(w), w)))


# "全省14个市州", "七地市": all of a province's divisions counted, as its air quality is measured (decision 127)
_ALL_DIVISIONS = re.compile(r"(?:全省|全区|全市|全州|全盟|全自治区)?(?:\d{1,2}|[两三四五六七八九十]{1,3})个?"
                            r"(?:地市|盟市|市州|州市|地州市?|设区市|地级市|地级城市)")


_EACH_CUT = re.compile(r"[，,。；;\n]")


def _all_divisions_air(tail: str, part: str, text: str, e: int, m: re.Match, table, level) -> bool:
    """Whether TAIL, a count of the region's divisions, is the whole region measured for an air figure ("全省14个市州空气
    质量优良天数比例达到91%"): not after a list of some of them (等), nor each of them (均)."""
    if _ALL_DIVISIONS.fullmatch(tail) is None or not _AIR_IDS.issuperset(_ids(m, table, level)):
        return False
    after = _EACH_CUT.split(text[e:e + 12], 1)[0]
    return "均" not in after.replace("平均", "")
_ZONE_SHORT = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"))


def _zone_by_kind(zone: str, tail: str, part: str) -> bool:
    """Whether ``part`` ending ``tail`` is a zone's report calling the zone by its kind word ("科学城实现…" in 西部科学城's
    report, "经开区实现…" in 长沙经济技术开发区's), not naming a park within it ("综合保税区", "南部园区")."""
    if len(part) < 2:
        # (a town by its own name in full, "佛堂镇实现…" in 佛堂镇's or 义乌市佛堂镇's report; not 镇 alone)
        return any(zone.endswith(tail[-k:]) and not (k < len(tail) and "\u4e00" <= tail[-k - 1] <= "\u9fff"
                                                      and tail[-k - 1] not in "年全我本")
                   for k in range(min(len(tail), len(zone)), len(part) + 1, -1))
    # (the zone's name may stand before its kind word: "科技城新区实现…" in 绵阳科技城新区's report)
    forms = (zone, *(zone.replace(long, short) for long, short in _ZONE_SHORT if long in zone))
    # (and its rank left out of its short name: "武进高新区实现…" in 武进国家高新技术产业开发区's report; cues.tsv zone_ranks)
    forms += tuple(f.replace(w, "", 1) for f in forms for w in _zone_ranks() if w in f[1:])
    for k in range(min(len(tail), 8), len(part) - 1, -1):
        said = tail[-k:]
        prev = tail[-k - 1:-k]
        if any(said in f for f in forms) and not (prev and "\u4e00" <= prev <= "\u9fff" and prev not in "年全我本"):
            return True
    return False


@once
def _zone_ranks() -> tuple[str, ...]:
    """The ranks a zone's full name carries after its place's name and its short name leaves out (cues.tsv zone_ranks:
    国家级, 国家, 省级), longest first."""
    return tuple(sorted(vocab.cues().get("zone_ranks", ()), key=lambda w: (-len(w), w)))


_SECOND_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:示范区|新区|开发区|高新区|经开区)")
_ZONE_IN_TITLE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:示范区|新区|开发区|高新区|经开区)")
_ZONE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:示范区|新区|开发区|高新区|经开区)(?=\s*(?:(?:19|20)\d\d\s*年度?)?\s*(?:政府)?工作报告)")


def _second_name(title: str, own: str) -> str | None:
    """The zone's name a division's title gives it right after its short name ("济源示范区", "济源产城融合示范区" for
    济源市, "南沙新区" for 南沙区), its government's second name; or the zone a division's report is titled by, the
    byline making it the division's ("青岛西海岸新区2021年政府工作报告" delivered at 黄岛区's congress), or beside the
    division's name ("苏州高新区（虎丘区）…", "…黄埔区人民政府 广州开发区管委会…")."""
    short = short_name(own)
    i = title.find(short)
    m = _SECOND_NAME.match(title, i + len(short)) if i >= 0 and len(short) >= 2 else None
    if m is None:
        m, i = _ZONE_TITLE.match(title), 0
    if m is None and len(short) >= 2 and short in title:
        # (or the zone a title names beside the division, the two one government: "苏州高新区（虎丘区）2023年政府工作报告",
        # "虎丘区（苏州高新区）…", "广州市黄埔区人民政府 广州开发区管委会2023年工作报告")
        m = next((z for z in _ZONE_IN_TITLE.finditer(title) if short not in z.group(0)), None)
        i = m.start() if m else i
    return title[i:m.end()] if m else None


@once
def _corps_division_of() -> dict[str, str]:
    """corps_divisions.tsv read backwards: a 兵团 city → the division run as one government with it (师市合一)."""
    return {row[1]: row[0] for row in vocab.table("corps_divisions.tsv") if len(row) >= 2}


def _own_division(tail: str, own: str) -> bool:
    """Whether ``tail`` ends in the 兵团 division the report's city is one government with, in full or without 第
    ("第四师实现生产总值…", "四师…" in 可克达拉市's report: its own, as 师市 is), or the division reporting alone
    (第十一师's); another division ("第八师", "第十四师" there) stays a part."""
    div = _corps_division_of().get(own) or (own if own.endswith("师") else "")
    if not div or not tail.endswith(div[1:]):
        return False
    before = tail[:-len(div) + 1]  # (no numeral before 四师: 第十四师 is another)
    return not before or before[-1] not in "一二三四五六七八九十"


def _self_by_kind(own: str, tail: str, part: str) -> bool:
    """Whether ``part`` ending ``tail`` is the region calling itself by the kind of division its own name ends
    in: "新区生产总值增长8.7%" in 浦东新区's or 滨海新区's own report, 林区 in 神农架林区's, 特区 in 六枝特区's
    (not "临港新区", a zone named before it); an autonomous region, prefecture, county or banner calls itself
    自治区, 自治州, 自治县, 自治旗 ("自治区生产总值增长6.5%", "预计自治县生产总值…"; not "宁夏回族自治区" in another's);
    a news page calls it 该 and its kind ("该县生产总值年均增长7.8%" in 西乡县's; not 该市 there, the city above)."""
    for kind in (own[-3:] if own[-3:-1] == "自治" else own[-2:], part):  # (林区 before the 区 the zone words matched)
        if len(own) > len(kind) and own.endswith(kind) and tail.endswith(kind):
            prev = tail[-len(kind) - 1:-len(kind)]
            if not prev or not "\u4e00" <= prev <= "\u9fff" or prev in "年全我本计该":
                return True
    return False


_BRACKET_NOTE = re.compile(r"[（(][^（）()\n]{1,10}[）)]")
_ZONE_KIND_WORDS = re.compile(r"(?:高新技术产业|经济技术|技术产业|高新技术|经济)(?=开发区$)")


def _own_with_zone(tail: str, own: str) -> bool:
    """Whether ``tail`` names the region itself with the zone its government runs as one, joined by 、/和 or with
    one of the two in brackets: "黄埔区、广州开发区实现地区生产总值…" in 黄埔区's report, "苏州高新区（虎丘区）…" or
    "虎丘区（苏州高新区）…" in 虎丘区's (not "增城区、广州开发区", two places, nor a zone named alone)."""
    short = short_name(own)
    names = (own, short) if len(short) >= 2 else (own,)
    if tail.endswith(("）", ")")) and (k := max(tail.rfind("（"), tail.rfind("("))) > 0:
        inner, outer = tail[k + 1:-1], tail[:k]
    else:
        pieces = _AND.split(tail)
        if len(pieces) != 2:
            return False
        outer, inner = pieces
    return any(_ZONE_PIECE.search(z) is not None and (o in names or o.endswith(own)) for z, o in ((inner, outer), (outer, inner)))


_HEAD_BULLETS = "■◆●◇□▲▶►★☆•▪"


def _line_head(text: str, ls: int, s: int) -> re.Match | None:
    """The heading of the line at ``ls`` as _LINE_HEAD_PLACE reads it, where one may stand before ``s``: the line opens
    with 【, or a bullet and a 】 within 14 characters, or a colon stands within 12 (a digest's "攸县：", "【茶陵县】")."""
    if text[ls] == "【" or text.find("：", ls, min(s, ls + 12)) > ls \
            or text[ls] in _HEAD_BULLETS and text.find("】", ls, min(s, ls + 14)) > ls \
            or text.find(":", ls, min(s, ls + 12)) > ls:
        return _LINE_HEAD_PLACE.match(text, ls)
    return None

# (after a bullet, "■全市：", "◆攸县：", "■【全市】", or the year, "2023年全县：")
# (or a list item's dash or number: "——经开区：", "1.高兴镇：", "（一）瑞金市：": a report's list of its parts)
_LINE_HEAD_PLACE = re.compile(rf"[ \t]*(?:[{_HEAD_BULLETS}][ \t]*|——?|\d{{1,2}}[.．、]|[（(](?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[）)])?(?:(?:19|20)\d\d年)?(?:【([\u4e00-\u9fff]{{2,9}}?)】|([\u4e00-\u9fff]{{1,9}}?[市县区旗州盟省]|[\u4e00-\u9fff]{{2,4}}?)[：:])")
# a park heading a digest's paragraph ("高新区：", "【经开区】"): its figures are the park's
_HEAD_ZONE = re.compile(r"[\u4e00-\u9fff]{0,7}(?:开发区|高新区|经开区|新区|园区|片区|示范区|集聚区|保税区|试验区|合作区)")
# a township or street heading its line in a county's or district's summary of its towns ("大同街道：去年…，今年…",
# "弥牟镇："; decision 155): a part of the region, as a park is (not 城乡, nor 全镇/各乡)
_HEAD_TOWN = re.compile(r"(?![全各我本])[\u4e00-\u9fff]{1,6}(?<!城)(?:镇|乡|街道|苏木)")
def _head_place(name: str, own: str, code: str | None, level: str | None = None, text: str = "") -> str | None:
    """The region heading a paragraph of a digest, if it is another than the report's own: a division
    by its full name (茶陵县, 醴陵市, 湖南省) or one right below by its short name (攸县, 醴陵), or a park (高新区),
    or a region above or below by its word (全国, 全省, 全市 or 全州 on a county's page, 全县 on a city's)."""
    if own and (name == own or short_name(name) == short_name(own)):
        return None
    if name in gazetteer().by_name or code and short_name(name) in _child_short_names(code) or _HEAD_ZONE.fullmatch(name) and not own.endswith(name):
        return name
    if name in _province_short_names():
        return name  # (a round-up's items, "广东：地区生产总值增长5%左右", a province by its short name: that province's)
    if level == "county" and _HEAD_TOWN.fullmatch(name):
        return name
    if name[:1] == "全" and _WHOLE_HEAD.fullmatch(name) and own and code:
        return None if _whole_is_own(name[1:], own, code, level, text) else name
    if code and code[2:] != "0000" and (name in _child_short_names(code[:2] + "0000")
                                         or code[4:] != "00" and name in _child_short_names(code[:4] + "00")):
        return name  # another city of the province ("长沙：" on 株洲's page) or another county of the city
    return None


_WHOLE_HEAD = re.compile(r"全(?:国|地区|[省市区县州旗盟疆])")


def _whole_is_own(word: str, own: str, code: str, level: str | None, text: str) -> bool:
    """Whether 全<word> heading a digest's paragraph is the page's own region: its level word (全县 on a
    county's page, 全州 on a prefecture's, 全区 on a district's or an autonomous region's). A county-level
    city's 全市 is its own, unless another paragraph is headed by its own name or word ("醴陵市：…", "我市：…"
    after "全市：…")."""
    if word == "国":
        return code == "100000"
    if word == "疆":
        return code[:2] == "65" and level == "province"
    if word == "地区":
        return own.endswith("地区")
    if own[-1] != word:
        return False
    if word == "市" and level == "county":
        return not _own_name_heads(text, own)
    return True


@lru_cache(maxsize=8)
def _own_name_heads(text: str, own: str) -> bool:
    """Whether a paragraph of the text is headed by the region's own name or word ("醴陵市：", "【醴陵】",
    "我市："); asked once per page (a str keeps its hash)."""
    names = f"{re.escape(own)}|{re.escape(short_name(own))}|我市|本市"
    return re.search(rf"(?m)^[ \t]*(?:[{_HEAD_BULLETS}][ \t]*)?(?:【(?:{names})】|(?:{names})[：:])", text) is not None


# a clause with no subject of its own ("，完成固定资产投资56.2亿元", "，固定资产投资增长18.6%")
def _whole_named(text: str, words: str, seen: dict[str, bool]) -> bool:
    """Whether ``words`` stand in the text, looked for once a document (a whole-text scan at each own-level name cost)."""
    found = seen.get(words)
    if found is None:
        found = seen[words] = words in text
    return found


# (an increment's verb too: "高新区规上工业增加值增长15.2%，新增高新技术企业32家" is the park's, decision 167)
_NO_SUBJECT = re.compile(r"(?:全年|累计|实现|完成|其中|新增|净增)*")
_FIGURE_ITEM_END = re.compile(r"\d[^、，,\d]{0,5}、$")  # (a figure, its unit and qualifier, then 、: an item of a run ended)
# the region's own name, or a word for it, in a clause between ("…，全县规上工业增加值增长8%")
_OWN_WORD = re.compile(r"(?<![占比于较与])[全我本][省市区县州旗盟]|本级")  # (not the whole it is compared with: 占全县, 高于全县)
_OWN_WORD_FIRST = frozenset("全我本")  # (what every match of it opens with: a test before a try at a name)
# a sentence that opens with a park as its subject and its verb ("县高新技术产业开发区完成工业总产值350亿元，…")
# (or with a figure of its own in that clause: "临港新片区规上工业总产值增长25%，固定资产投资增长12%"; its verb with no
# figure in its clause, a task done, leaves the figures after it the region's: "经济开发区完成管理体制改革，外贸进出口总额…",
# as decision 143 reads the park opening the clause after a lead)
# (not a word made of the park's: "园区化率达到75%，规上工业增加值增长8%", "开发区外…": the region's rate or another place)
# (or a scenic area received its visitors, or several listed: "西江千户苗寨景区接待游客680万人次，实现旅游综合收入58亿元",
# "凤凰古城、十八洞等景区接待游客…": the areas' revenue too; not a count of areas, "A级景区达到25家，接待游客…")
# (or a border port by its name, whose trade is the goods it passes, not the region's: "二连浩特口岸过货量达到1500万吨，
# 进出口总额…"; not a kind of port, "铁路口岸过货量…，外贸进出口总额…")
# (or a new area by its name, two characters at least before 新区: "西咸新区注册企业达到5万家，规上工业增加值增长9%", "雄安新区
# 常住人口达到140万人，…"; not the region's own name, 浦东新区 in its own report: _subject_part)
_ZONE_SUBJECT = re.compile(r"(?:(?:19|20)\d\d年|全年|去年|其中)?[，,]?([^，,。；;！？!?\n\d、]{0,12}?(?:开发区|高新区|经开区|园区|产业园|工业园|示范区|集聚区|片区|保税区|试验区|合作区|(?<=[^，,。；;！？!?\n\d、全我本]{2})新区)"
                           r"|(?![^，,。；;！？!?\n\d、]{0,4}?(?:铁路|公路|航空|陆路|水运|边境|一类|二类)口岸)[^，,。；;！？!?\n\d、全]{2,12}?口岸"
                           r"|[^，,。；;！？!?\n\d]{0,20}?(景区|旅游区|度假区))"
                           r"(?!化|外|率(?!先))(?:全年)?(?:累计)?(?(2)共?接待|(?:(?:实现|完成)(?=[^，,。；;！？!?\n]{0,20}?(?:\d|[千百万]亿))|[^，,。；;！？!?\n\d]{2,16}?(?:增长|下降|达到|达|为|突破|超过|完成|实现)\d"
                           # (or the firms it registered, counted right after their name: "湘江新区新注册企业2万家，…")
                           r"|(?:注册|登记在册|实有|新(?:注册|登记|设立))[^，,。；;！？!?\n\d]{1,12}?\d))")


# a township or a 街道 by its name opening its sentence (after its year's clause, or joined to others by 、), then a figure of
# its own in that clause ("双浦镇完成农村土地流转1.2万亩，…", "莲花镇、雨敞坪镇新建高标准农田1.5万亩，…", "三墩镇全年新增…"):
# the subject of the subjectless clauses after it (cues.tsv town_kinds; not a word of town_not_names, 城镇, 城乡, 返乡,
# as _town_lead, nor 乡村, nor the town's own levels and offices, 镇级, 镇长, 镇党委, nor its area, 镇区, 镇域)
@once
def _town_subject() -> re.Pattern:
    """A township (or 街道, 商圈: cues.tsv town_kinds) opening its sentence as the subject of a clause with a figure of its
    own (``_subject_part``)."""
    kinds = "|".join(map(re.escape, sorted(vocab.cues().get("town_kinds", ()), key=lambda w: (-len(w), w))))
    # (a name may hold 和, 中和镇; one of one character before a word of town_not_names of two is a name, 柳城镇, 朱集镇,
    # where a longer one is no town, 新增城镇就业, 农民工返乡创业: _town_not_names's rule as a pattern)
    name = r"[^，,。；;！？!?\n\d、把将对以在向为与及的]"
    firsts = "".join(sorted(_town_not_heads()))
    # (a task's verb before the name makes the town its object, the region the subject: "推进道口古镇申报国家4A级景区，全年
    # 接待游客达到300万人次", as _zone_lead's verbs)
    town = (r"(?![全各我本该每小])(?!" + _TASK_BEFORE + r"|提升|争创|创建|申报|完善|培育|发展)(?:" + name + r"["
            + firsts + r"](?=镇|乡)|" + name + r"{2,6}?(?<![" + firsts + r"]))(?:" + kinds
            + r")(?!村|镇|级|长|区|域|化|党|政府|人民|办事处|干部)")
    return re.compile(_YEAR_OPENS + r"(" + town + r"(?:[、和及]" + town + r")*)"
                      # (a year in that clause is no figure: "双桥镇2017年获评国家卫生镇，城镇居民人均可支配收入…")
                      r"(?:全年|去年|今年|累计)?[^，,。；;！？!?\n\d]{0,16}?\d(?!\d{3}年)")


# a township or a zone opening its sentence, set beside what it is by 作为 ("陈集镇作为全县第一产粮大镇，粮食总产量达到
# 1.6亿斤", "经开区作为全县工业主阵地，规上工业增加值增长12%"): the subject of the subjectless clauses after it
# (the kinds are data, cues.tsv place_as_kinds: a banner's 苏木 and 嘎查, a state farm or ranch, "五一牧场作为国营农场，
# 粮食产量达到1.2亿斤", as a township)
@once
def _place_as() -> re.Pattern:
    """_PLACE_AS: a township's, zone's or farm's name opening its sentence, 作为 and its apposition (cues.tsv place_as_kinds)."""
    kinds = sorted(vocab.cues().get("place_as_kinds", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[ \t\u3000]*((?![全各我本该])[^，,。；;！？!?\n\d、把将对以在向为和与及的]{0,8}?"
                      r"(?<![城家故])(?:" + "|".join(map(re.escape, kinds)) + r"))作为[^，,。；;！？!?\n\d]{2,24}[，,]")


# a zone opening its sentence, a lead of no figure, and the year's work done after it with no name of its own
# (the zone by its name, no verb or preposition before it, "坚持把园区作为主战场，", "推动园区…"; its lead a phrase of its
# progress: 加快开发, 建设提速, 持续壮大…)
# (after the year's clause opening the sentence, "2022年，高新区加快发展，…"; the work done with no 全年 too, "，实现规上工业增加值增长12%")
# (or a name and its change or level right after, no word of the region's: "兰州新区建设提速，地区生产总值增长12%", "雄安新区
# 建设全面提速，常住人口达到140万人"; a task's verb before the zone still leaves the figures the region's)
# (the lead's word of progress from cues.tsv zone_progress: 加快, 提速, 势头强劲, 跑出加速度, 量质齐升…, after up to four
# characters of what progresses: "能级不断提升", "发展势头强劲"; an event, "获批国家级新区", is no progress)
# (a sentence opened by a year or last year before the place named: "2025年，…", "去年，…")
_YEAR_OPENS = r"[ \t\u3000]*(?:(?:(?:19|20)\d\d年|去年|上年|一年来|过去一年)[，,])?"
# (a task's verb before a place makes the place its object and the region the subject: "推动园区…", "加快园区建设…",
# "推进道口古镇申报…"; each rule adds the verbs its own places take)
_TASK_BEFORE = "推动|推进|加快|坚持|支持|围绕|依托|聚焦|抓好|做强|强化|打造|建设|实施|深化"
# (a character of a place's name: no mark, digit, preposition or 的)
_NAME_CHAR = r"[^，,。；;！？!?\n\d、把将对以在向为和与及的]"
# (after a place's lead of progress: its comma, then the year's work done or a name and its figure, "…势头强劲，地区生产总值
# 增长4.4%": _zone_lead and _district_lead)
_PROGRESS_THEN = (r"[^，,。；;！？!?\n\d]{0,8}(?P<c>[，,])"
                  r"(?:(?:全年|当年|累计)?(?:完成|实现)|(?![全我本])(?=[^，,。；;！？!?\n\d]{2,16}?(?:增长|下降|达到|突破|超过)\d))")


@once
def _zone_lead() -> re.Pattern:
    """A zone by its name opening its sentence, a lead of its progress, then the year's work done or a
    name and its figure right after the comma."""
    words = sorted(vocab.cues().get("zone_progress", ()), key=lambda w: (-len(w), w))
    return re.compile(_YEAR_OPENS + r"((?!" + _TASK_BEFORE + r")"
                      + _NAME_CHAR + r"{0,12}?(?:开发区|高新区|经开区|园区|产业园|工业园|示范区|集聚区|片区|新区|保税区|试验区|合作区))"
                      r"(?:建设|开发|发展|" + _NAME_CHAR + r"{1,4}?)?(?:" + "|".join(map(re.escape, words))
                      + r")" + _PROGRESS_THEN)
_BARE_ZONE_KIND = re.compile(r"(?:开发区|园区|产业园|工业园|示范区|集聚区|片区|保税区|试验区|合作区)")


@once
def _zone_work() -> re.Pattern:
    """A zone by its name opening its sentence, a verb of its own work (cues.tsv zone_work_verbs) right after the name and
    the count of what it did ("湄潭经济开发区新建标准厂房10万平方米，完成工业投资32亿元"): the subject of the clauses
    after it; not a task's verb before the zone ("推动经济开发区新建…", "加快园区建设…"), as ``_zone_lead``."""
    verbs = sorted(vocab.cues().get("zone_work_verbs", ()), key=lambda w: (-len(w), w))
    return re.compile(_YEAR_OPENS + r"((?!" + _TASK_BEFORE + r"|引导|鼓励|全力|力争|确保)"
                      + _NAME_CHAR + r"{0,12}?(?:开发区|高新区|经开区|园区|产业园|工业园|示范区|集聚区|保税区|试验区|合作区))"
                      r"(?:全年|今年|年内)?(?:" + "|".join(map(re.escape, verbs)) + r")[^，,。；;！？!?\n\d]{1,12}?\d[^，,。；;！？!?\n、]{0,16}?[，,；;、]")


def _past_lead_colon(text: str, ss: int, cs: int) -> int:
    """Just after a lead's colon that opens the sentence at ss, no figure before it ("今年要重点抓好以下工作：宁乡经开区新建
    标准厂房30万平方米、完成工业投资150亿元"): the clause after it opens the sentence's matter, as at a full stop; else ss.
    With no colon, the same after the lead's last comma before the sentence's first figure ("报告说，今年要聚力打造产业新
    高地，宿州高新区新建标准化厂房80万平方米、完成工业投资160亿元": clauses of no figure lead to the matter)."""
    k = text.find("：", ss, cs)
    if k >= 0:
        return k + 1 if _DIGIT.search(text, ss, k) is None else ss
    if (d := _DIGIT.search(text, ss, cs)) is None:
        return ss
    c = max(text.rfind("，", ss, d.start()), text.rfind(",", ss, d.start()))
    return c + 1 if c >= 0 else ss


def _zone_work_semi(text: str, cs: int, own: str | None, stops: tuple = _SENT_MARKS) -> str | None:
    """The zone whose own counted work (``_zone_work``) fills the first clause of the sentence, closed by the ； (or 、)
    right before ``cs`` ("经开区新建标准厂房8万平方米；完成工业投资25亿元，增长11%", "高新区新引进项目30个、完成固定资产投资
    50亿元"): the mark goes on with the clause's subject, as a comma does, in the sentence the full stop opens; the
    region's own word after it keeps the figure (read by the caller). ``stops``: the marks the zone's clause holds none of."""
    ss = _after_mark(_FULL_STOPS, text, cs - 80, cs - 1)
    if text.find("区", ss, cs) < 0 and text.find("园", ss, cs) < 0:
        return None
    ss = _past_lead_colon(text, ss, cs)
    if _after_mark(stops, text, ss, cs - 1) != ss:
        return None  # (the zone's clause is the sentence's first, no ； (or comma) before it)
    zw = _zone_work_at(text, ss, cs, own)
    return None if zw is None else zw.group(1)[-8:]


def _zone_work_at(text: str, at: int, cs: int, own: str | None) -> re.Match | None:
    """``_zone_work`` matched at ``at`` and closed before ``cs``, if it names a zone: not the region's own word or name,
    nor the parks at large ("园区新增规上企业12家，…" may be the region's, as for ``_zone_lead``)."""
    zw = _zone_work().match(text, at)
    if zw is None or zw.end() > cs or _OWN_WORD.search(zw.group(1)) or (own and own.endswith(zw.group(1)[-8:])) \
            or _BARE_ZONE_KIND.fullmatch(zw.group(1).strip(" \t\u3000")):
        return None
    return zw


@once
def _district_lead() -> re.Pattern:
    """A district or county by its bare name opening its sentence, a lead of its progress (cues.tsv zone_progress, as
    ``_zone_lead``), then the year's work done or a name and its figure right after the comma ("闵行区发展势头强劲，地区
    生产总值增长4.4%"): the caller wants the name a division of the gazetteer and not the report's own."""
    words = sorted(vocab.cues().get("zone_progress", ()), key=lambda w: (-len(w), w))
    return re.compile(_YEAR_OPENS + r"([\u4e00-\u9fff]{1,6}?[区县])"
                      r"(?:建设|开发|发展|经济)?(?:" + "|".join(map(re.escape, words))
                      + r")" + _PROGRESS_THEN)


@once
def _town_lead() -> re.Pattern:
    """A town or a street by its name opening its sentence, a lead of its progress or an honour (cues.tsv zone_progress,
    town_honours), then the year's work done or a name and its figure right after the comma ("园洲镇成功入选全国千强镇，
    实现地区生产总值186亿元", "园洲镇综合实力持续提升，一般公共预算收入突破5亿元"): as ``_district_lead`` for a town, which
    no gazetteer lists; the caller drops the words that name no town (cues.tsv town_not_names)."""
    cues = vocab.cues()
    words = sorted({*cues.get("zone_progress", ()), *cues.get("town_honours", ())}, key=lambda w: (-len(w), w))
    # (two towns or more joined by 、 lead together: "园洲镇、石湾镇加快发展，地区生产总值增长6.8%" is theirs, no county's)
    town = r"(?![全各本该我])[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?![村镇])"
    return re.compile(_YEAR_OPENS + r"(" + town + r"(?:、" + town + r"){0,3})"
                      r"(?:" + _NAME_CHAR + r"{1,4}?)?(?:" + "|".join(map(re.escape, words))
                      + r")" + _PROGRESS_THEN)


@once
def _town_not_names() -> tuple[str, ...]:
    """Words ending in 镇, 乡 or 街道 that name a kind of place or all of them, no town (cues.tsv town_not_names): one
    vocabulary for ``_town_lead`` (this) and ``_town_subject`` (``_town_not_heads``)."""
    return tuple(sorted(vocab.cues().get("town_not_names", ()), key=lambda w: (-len(w), w)))


@once
def _town_not_heads() -> frozenset[str]:
    """The first characters of the two-character words of town_not_names (城 of 城镇, 返 of 返乡)."""
    return frozenset(w[0] for w in vocab.cues().get("town_not_names", ()) if len(w) == 2 and w[1] in "镇乡")


def _names_no_town(name: str) -> bool:
    """Whether a town's word names none: one of town_not_names, or a name ending in one after two characters or more
    ("新型城镇", "中国脐橙之乡"); one character before a word of two is a town's name (柳城镇, 朱集镇, 清水乡)."""
    name = name.strip(" \t\u3000")
    return any(name.endswith(w) and not (len(w) == 2 and len(name) == 3) for w in _town_not_names())


def _town_opens(text: str, ss: int, end: int) -> bool:
    """The literal gate of the town rules: a town's kind (镇, 乡, 街道, 商圈) in the sentence's first characters."""
    return text.find("镇", ss, end) >= 0 or text.find("乡", ss, end) >= 0 or text.find("街", ss, end) >= 0 \
        or text.find("商圈", ss, end) >= 0


@once
def _scenic_lead() -> re.Pattern:
    """A scenic sub-area opening its sentence by its name (cues.tsv sub_area_heads: a historic block, an old town, a scenic
    area), a lead of no figure, and the visitors or revenue right after the comma with no name of their own, as
    ``_zone_lead`` reads a zone ("屯溪老街历史文化街区持续“出圈”，全年接待游客增长三成以上", "凤凰古城旅游人气火爆，全年
    接待游客1800万人次"; not a task's object, "加快…历史文化街区提质升级，全年接待游客…", nor "以景区为龙头，全年…")."""
    heads = sorted(vocab.cues().get("sub_area_heads", ()), key=lambda w: (-len(w), w))
    alt = "|".join(map(re.escape, heads))
    # (a head of three characters or more names the place alone: "园博园开园迎客，全年接待游客…")
    whole = "|".join(map(re.escape, (w for w in heads if len(w) >= 3)))
    return re.compile(_YEAR_OPENS + r"((?!" + _TASK_BEFORE + r"|提升|全年|今年|去年)(?:" + _NAME_CHAR + r"{1,12}?(?:" + alt
                      + r")|(?:" + whole + r")))[^，,。；;！？!?\n\d]{0,12}(?P<c>[，,])(?:全年|当年|累计)?(?:共?接待|实现)")


@once
def _scenic_lasts() -> frozenset[str]:
    """The last characters of the scenic sub-areas' heads (cues.tsv sub_area_heads): a sentence holding none opens on none."""
    return frozenset(w[-1] for w in vocab.cues().get("sub_area_heads", ()))


_ZONE_TOPIC = re.compile(r"(?:(?:19|20)\d\d年|全年|去年|其中)?[，,]?([^，,。；;！？!?\n\d、]{0,12}?(?:开发区|高新区|经开区|园区|产业园|工业园|示范区|集聚区|片区|新区|保税区|试验区|合作区)"
                         r"|(?<![^，,：:\n年。；;])(?![全我本市城辖山景库老矿省])[\u4e00-\u9fff]{1,5}(区))(?![区化外]|率(?!先))[^，,。；;！？!?\n\d]{2,24}[，,]$")


def _zone_subject(text: str, cs: int, out: list[Mention]) -> str | None:
    """The park that is the subject of the sentence a clause at ``cs`` is in ("苏州工业园区实现地区生产总值3500亿元，"
    "高新区完成规上工业总产值520亿元，"), if any: what 全区 after it is, in a report whose own word is not 全区."""
    ss = _after_mark(_SENT_MARKS, text, cs - 200, cs)
    if ss >= cs:
        return None
    # "苏州工业园区加快创新发展，全区规上工业增加值增长9%", "…，高新区聚力打造创新高地，全区…": a park or a district
    # (by its name) opening the sentence or the clause right before, with no figure, is what 全区 is
    before = _after_mark(_CLAUSE_MARKS, text, ss, cs - 1)
    if out and out[-1].start >= ss:
        prev = out[-1]
        if prev.topic and prev.partial and _HEAD_ZONE.fullmatch(prev.partial):
            return prev.partial
        starts: tuple[int, ...] = (before,) if before > prev.end else ()
    else:
        if text.find("区", ss, cs) < 0 and text.find("园", ss, cs) < 0:
            return None
        zm = _ZONE_SUBJECT.match(text, ss)
        if zm is not None and zm.end() <= cs:
            return zm.group(1)[-8:]
        starts = (ss, before)
    for at in starts:
        if text.find("区", at, cs) >= 0 and (zm := _ZONE_TOPIC.match(text, at, cs)) is not None \
                and (zm.group(2) is None or zm.group(1) in gazetteer().by_name):
            return zm.group(1)[-8:]
    return None


# a clause that is only a part of the region or country, or several joined ("西部地区，", "特别是民族地区、边疆地区，"),
# and the kinds of place such a clause names besides _subregion's (革命老区, 脱贫地区, 皖江城市带)
_PLACE_CLAUSE = re.compile(r"[ \u3000]*(?:分区域看|从区域看)?(?:在|其中|特别是|尤其是)?([^\d%，,。；;：:\n（）()“”]{2,24})")
_PLACE_CLAUSE_LAST = frozenset("区部北南带群圈")
_PLACE_KIND = re.compile(r"(?:革命老|民族|边境|边疆|脱贫|贫困|欠发达|少数民族|牧)(?:地区|区)|(?:东北|西北|西南|东南|中西部|东中部)地区|[\u4e00-\u9fff]{2,4}(?:城市带|经济带|城市群|都市圈|经济圈|经济区)")


def _subject_part(text: str, cs: int, out: list[Mention], zone: str | None = None, own: str | None = None) -> str | None:
    """The part of the region (or other region) a subjectless clause is about: the subject of an
    earlier clause of its sentence ("经开区规上工业增加值增长11.2%，固定资产投资增长18.6%"; "昆山市实现地区生产总值
    5140亿元，一般公共预算收入425亿元"; "工业园区…，完成固定资产投资48.6亿元"), unless the region's own word
    stands between ("…，全县规上工业增加值增长8%")."""
    ss = _after_mark(_SENT_MARKS, text, cs - 200, cs)
    if ss >= cs:
        if text[cs - 1:cs] in "；;" and (zw := _zone_work_semi(text, cs, own)) is not None:
            return zw  # ("经开区新建标准厂房8万平方米；完成工业投资25亿元": the zone's count closed by a ；, as by a comma)
        return None  # the sentence's first clause: its lead was read already
    if out and out[-1].start >= ss:
        prev = out[-1]
        if not prev.topic or _OWN_WORD.search(text, prev.end, cs):
            return None
        return prev.partial
    if text[cs - 1:cs] in ("，", ",") and text[cs - 2:cs - 1] in _PLACE_CLAUSE_LAST \
            and (pm := _PLACE_CLAUSE.fullmatch(text, _after_mark(_CLAUSE_MARKS, text, ss, cs - 1), cs - 1)) is not None \
            and all(_subregion().fullmatch(x) or _PLACE_KIND.fullmatch(x) for x in _AND.split(pm.group(1))):
        # "西部地区，固定资产投资增长0.1%", "革命老区、民族地区、边疆地区，城乡居民人均可支配收入…", "皖江城市带，规上工业…":
        # a part of the region (or country) standing as a clause of its own is the subject of the clauses after it
        return pm.group(1)[-8:]
    if text[cs:cs + 2] in ("全年", "当年", "累计", "接待", "共接", "实现") and any(text.find(c, ss, cs) >= 0 for c in _scenic_lasts()) \
            and (sl := _scenic_lead().match(text, ss)) is not None and sl.start("c") == cs - 1 \
            and not _OWN_WORD.search(sl.group(1)) and not (zone and zone.endswith(sl.group(1)[-4:])):
        return sl.group(1)[-8:]  # ("屯溪老街历史文化街区持续“出圈”，全年接待游客增长三成以上": the block's visitors)
    if text.find("作为", ss, min(cs, ss + 12)) >= 0 and (pa := _place_as().match(text, ss)) is not None and pa.end() <= cs \
            and not _OWN_WORD.search(text, pa.end(), cs):
        return pa.group(1)[-8:]
    if own and text[cs - 1:cs] in "，," and (dl := _district_lead().match(text, ss)) is not None and dl.start("c") == cs - 1 \
            and (name := dl.group(1)) in gazetteer().by_name and not (own.endswith(name) or name.endswith(own)) \
            and not _OWN_WORD.search(name):
        # "闵行区发展势头强劲，地区生产总值增长4.4%" in 上海市's report: another division's lead and figure, not the region's
        # (the district's own report, "闵行区发展势头强劲，…" in 闵行区's, keeps it)
        return name
    town = _town_opens(text, ss, min(cs, ss + 16))
    if town and text[cs - 1:cs] in "，," and (tl := _town_lead().match(text, ss)) is not None and tl.start("c") == cs - 1 \
            and not any(_names_no_town(t) for t in tl.group(1).split("、")):
        # "园洲镇成功入选全国千强镇，实现地区生产总值186亿元" in 博罗县's report: the town's lead and its figure, not the
        # county's (decision 292)
        return tl.group(1)[-8:]
    if own and town and (tm := _town_subject().match(text, ss)) is not None and tm.end() <= cs \
            and not _OWN_WORD.search(text, tm.end(), cs):
        # "双浦镇完成农村土地流转1.2万亩，粮食播种面积稳定在1.5万亩" in a district's report: a township (or 街道, or a business
        # district, 商圈) opening its sentence with a figure of its own is the subject of the subjectless clauses after it, as a
        # park is
        return tm.group(1)[-8:]
    if text.find("区", ss, min(cs, ss + 24)) < 0 and text.find("园", ss, min(cs, ss + 24)) < 0 \
            and text.find("口岸", ss, min(cs, ss + 24)) < 0:
        return None  # (most sentences: no park named at their start)
    zm = _ZONE_SUBJECT.match(text, ss)
    if zm is None and (before := _after_mark(_CLAUSE_MARKS, text, ss, cs - 1)) > ss and _DIGIT.search(text, ss, before) is None \
            and _DIGIT.search(text, before, cs) is not None:
        # "文化旅游融合发展，会宁红军会师旧址景区全年接待游客486万人次，实现旅游综合收入23.6亿元": the subject opens the
        # clause after a lead with no figure, and states a figure of its own there (not "…加快推进，工业园区完成“放管服”
        # 改革试点，外贸进出口总额增长15%": a park's task done, the region's figure after it)
        zm = _ZONE_SUBJECT.match(text, before)
    if zm is None and (zl := _zone_lead().match(text, ss)) is not None and zl.start("c") == cs - 1 \
            and not _OWN_WORD.search(zl.group(1)) \
            and (zl.end() > cs or not _BARE_ZONE_KIND.fullmatch(zl.group(1).strip(" \t\u3000"))):
        # (a name and its figure right after the comma, no 完成/实现: only after a zone named or of one kind, 高新区, 新区;
        # the parks at large, "园区建设加快推进，规上工业增加值增长12%", may be the region's growth)
        # "杭州湾新区慈溪片区加快开发，全年完成固定资产投资86亿元": a zone opening the sentence with a lead of no figure,
        # the year's work done right after it with no name of its own
        return zl.group(1)[-8:]
    if zm is None and text[cs - 1:cs] in "，," and (zw := _zone_work_at(text, _past_lead_colon(text, ss, cs), cs, own)) is not None \
            and not _OWN_WORD.search(text, zw.end(), cs):
        # "湄潭经济开发区新建标准厂房10万平方米，完成工业投资32亿元": the zone's work counted right after its name, then
        # its figures with no name of their own ("…，全县完成工业投资…" keeps the region's)
        return zw.group(1)[-8:]
    if zm is None or zm.end() > cs or _OWN_WORD.search(text, zm.end(), cs):
        return None
    if zm.group(2) and (zone and zone.endswith(zm.group(2)) or _OWN_WORD.search(zm.group(1))):
        # (a scenic area's own report, 黄山风景区's: its 景区 is itself; "全县旅游景区接待游客…，实现旅游综合收入…":
        # the region's word leads, the revenue may be all of it)
        return None
    if own and zm.group(1).endswith("新区") and (own.endswith(zm.group(1)[-8:]) or zm.group(1)[-8:].endswith(own)):
        return None  # (浦东新区's own report: "浦东新区注册企业…，规上工业增加值…" is its own)
    return zm.group(1)[-8:]


@once
def _successors() -> dict[str, frozenset[str]]:
    """The codes of the divisions an old name's whole area went to under another name (data/division_successors.tsv)."""
    out: dict[str, set[str]] = {}
    for row in vocab.table("division_successors.tsv"):
        if len(row) >= 3:
            out.setdefault(row[1], set()).add(row[2])
    return {k: frozenset(v) for k, v in out.items()}


def _predecessor(part: str, own: str, code: str | None) -> bool:
    """Whether PART, a place a figure's lead names, is the report's region before a change of its name or kind (原海门市
    of 海门区, 原芜湖县 of 湾沚区): a former division of the province at the region's level with the region's short
    name, or one listed as the region's in division_successors.tsv (not a merged or split one: 原梅列区 of 三元区)."""
    name = part[1:] if part[:1] == "原" else part
    if not code or name == own:
        return False
    if name in _successors():
        return code in _successors()[name]
    return any(not r.current and r.code[:2] == code[:2] and level_of_code(r.code) == level_of_code(code)
               and short_name(r.name) == short_name(own) for r in gazetteer().by_name.get(name, ()))


# a rate and its bound ending a lead before the name it is written before ("武汉市8%以上的", "成都市6.5%左右的")
_RATE_BEFORE_NAME_END = re.compile(r"\d+(?:\.\d+)?[%％](?:左右|以上|以内)?的$")


def _place_named(lead: str, own: str, code: str | None, above: tuple[str | None, ...] = ()) -> str | None:
    """The place a lead ends with, if it is a part of the report's region or another region: a
    division by its name (西宁市, "兰州市、天水市"; checked against the gazetteer), a division right
    below by its short name (武汉, "襄阳、宜昌"), a region above by its short name (绍兴, "全杭州" in
    a county's report), or a part named by its place in the region (苏北), or the part a prefecture
    governs directly ("伊犁州直", "州直": its counties without the prefectures it holds); a time after the
    place is passed ("六安市今年地区生产总值…" in a county's news)."""
    if lead[-1] in "年的" and (tm := _TIME_AT_END.search(lead)):
        lead = lead[:tm.start()].rstrip("，, ")
        if not lead:
            return None
    if lead[-1] in "直市区）)位门关业现成" and (dm := _DIRECT_PART.search(lead)):
        last = _lead_place(lead)[0]  # ("伊犁州直属县市": the piece the lead ends with)
        return last if len(last) >= 2 else dm.group(0)
    if own and lead[-1] in "市州盟区的年现成" and (bm := _NAMED_DIVISION.search(lead[-16:])) \
            and not (bm.group(2) and _FULFILS.search(lead, max(0, len(lead) - 24))):
        # (the longest name the lead ends with: not split at 和, which 呼和浩特市, 和田地区 hold)
        name, names = bm.group(1), gazetteer().by_name
        for k in range(min(len(name), 8), 2, -1):
            if name[-k:] in names:
                # (大理州 in 大理白族自治州's report is its own; 大理市, 吉林市 in 吉林省's are parts)
                same = short_name(name[-k:]) == short_name(own) and name[-k:][-1] == own[-1]
                return None if same else name[-k:]
    if "和" in lead[-5:] and (named := _place_with_he(lead, own, code, above)) is not None:
        return named
    last, bare = _lead_place(lead)
    # (a child with the region's own short name, 长沙县 of 长沙市, 吉林市 of 吉林省: "长沙" is the region;
    # "省会杭州" in 浙江省's report is a child too)
    if code and bare in _child_short_names(code) and not (own and last in (short_name(own), abbreviation(own))):
        return last
    if code and bare[:2] in _SUPPORT_VERBS and bare[2:] in _child_short_names(code) \
            and not (own and last[2:] in (short_name(own), abbreviation(own))):
        # "支持遵义地区生产总值增长8%以上", "推动赣州建设…": the region's work for a part named by its short name
        return last[2:]
    if code and 4 <= len(glued := bare[2:] if bare[:2] in _SUPPORT_VERBS else bare) <= 5 \
            and any(len(glued) - k == 2 and glued[:k] in _child_short_names(code) for k in (2, 3)) \
            and not (own and glued.startswith(tuple(w for w in (short_name(own), abbreviation(own)) if w))):
        # "支持贵阳贵安地区生产总值增长8%以上": a part by its short name glued to a zone's beside it (贵阳 and 贵安新区)
        return glued
    if _subregion().fullmatch(last) and not (own and own.startswith(last[:2])):
        return last
    if (last[:2] in _SUPPORT_VERBS or last[:1] in "将要还也我" and _SUPPORT_LEAD.match(last)) \
            and _subregion().fullmatch(part := _SUPPORT_LEAD.sub("", last)) and not (own and own.startswith(part[:2])):
        # "推动柴达木地区规模以上工业增加值增长10%", "支持长株潭地区生产总值增长7%": the region's work for a named part
        # of it (region_parts.tsv, 苏北, 粤东西北), the part's figure, as a division's short name after the verb is
        return part
    # ("全绍兴", "省会长沙", "绍兴全市": the place without the words around it)
    whole = last[1:] if last.startswith("全") else _WHOLE_AFTER.sub("", bare) if "全" in bare else bare
    if whole != bare and whole[:2] in _reference_verbs():
        # ("对照苏州全市地区生产总值增长5%左右的目标" in 昆山市's: the city above's whole, a verb referring to it before)
        whole, last = whole[2:], last[2:] if last[:2] == whole[:2] else last
    if whole[-1:] == "省" and len(whole) >= 3:
        whole = whole[:-1]  # (the province above by its full name: "安徽省今年地区生产总值…" in a county's news)
    if len(whole) >= 2 and whole in _above_or_beside(own, code, above) \
            and not (own and (whole in (short_name(own), abbreviation(own)) or gazetteer().aliases.get(whole) == code)):
        # ("省会长沙", "首府南宁": a city of the province, the report's own parent or not)
        return last
    if code and code[4:] != "00" and len(last) >= 2 and last in _child_short_names(code[:4] + "00") \
            and _neighbour_lead().match(_LEAD_PIECES.split(lead)[-1]) is not None and not (own and _own_spoken(last, own)):
        # ("邻县茶陵今年…" on 攸县's page: a county beside by its short name, told a neighbour; not any short name alone,
        # 和平, 新城 being words too)
        return last
    return None


def _child_full_named(lead: str, code: str | None) -> str | None:
    """The full name of a division right below the region that a lead ends with ("临桂区", "阳朔县" in 桂林市's report,
    before "7%左右的增长目标顺利实现"): `_place_named` knows a county's or a district's by its short name only (a full
    name in 区 or 县 is no pattern: 开发区, 新区, 城区), so the region's own children are looked up (decision 448)."""
    if not code or not lead:
        return None
    names = _child_full_names(code)
    return next((lead[-k:] for k in range(min(len(lead), 8), 2, -1) if lead[-k:] in names), None)


@lru_cache(maxsize=256)  # (a region's children, asked per report; @once keeps tables, not a memo filled as asked)
def _child_full_names(code: str) -> frozenset[str]:
    """The full names of the divisions right below the region of ``code``."""
    return frozenset(r.name for r in gazetteer().children(code))


@once
def _zone_names() -> dict[str, tuple[str, ...]]:
    """The names of the zone each division runs as one government (data/zone_divisions.tsv), by its code, longest first."""
    out: dict[str, list[str]] = {}
    for row in vocab.table("zone_divisions.tsv"):
        if len(row) >= 2:
            out.setdefault(row[1], []).append(row[0])
    return {k: tuple(sorted(v, key=lambda w: (-len(w), w))) for k, v in out.items()}


@once
def _reference_verbs() -> frozenset[str]:
    """The two-character verbs a lead refers to a region above's whole by (cues.tsv reference_verbs: 对照, 按照…)."""
    return frozenset(w for w in vocab.cues().get("reference_verbs", ()) if len(w) == 2)


# a count of the places listed closing their list ("郑州、开封、洛阳、平顶山四市"), and the words that say a place is a neighbour
_PLACES_COUNT_END = re.compile(r"(?:等)?(?:[两二三四五六七八九十]|\d{1,2})个?(?:县市区|县区|县市|市县|市州|市|县|区|旗)$")
_NEIGHBOUR_LEAD = re.compile(r"^(?:与|同)?(?:相邻的|周边的|邻近的|毗邻的|相邻|周边|邻近|毗邻|邻县|邻市)*")


def _lead_pieces(lead: str) -> list[str] | None:
    """The items of a list of 2–8 places that the lead's last clause holds, joined by 、/和…, the words that open the
    first dropped (a year, 全…, 今年, 其中…); None for a clause of one item or of more than eight."""
    pieces = _AND.split(_LEAD_PIECES_CLAUSE.split(lead)[-1])
    if not 2 <= len(pieces) <= 8:
        return None
    pieces[0] = _PLACE_LEAD_START.sub("", pieces[0]) if pieces[0][:1] in "12全今去上其" else pieces[0]
    return pieces


def _own_among_places(lead: str, own: str) -> tuple[int, int] | None:
    """The place of the region's own name or word (我县, 本市, 洛阳市, 洛阳) in a list of places the lead ends with, and the
    list's length, where every other item is a region by its name (洋县, 开封): None otherwise."""
    pieces = _lead_pieces(lead)
    if pieces is None:
        return None
    last = pieces[-1][:-1] if pieces[-1].endswith("的") else pieces[-1]
    pieces[-1] = _PLACES_COUNT_END.sub("", last)
    words = {"我" + own[-1], "本" + own[-1], "全" + own[-1], own, short_name(own)}
    mine = [k for k, p in enumerate(pieces) if _NEIGHBOUR_LEAD.sub("", p) in words]
    if len(mine) != 1:
        return None
    g = gazetteer()
    for k, p in enumerate(pieces):
        name = _NEIGHBOUR_LEAD.sub("", p)
        # (a level above by its word, "全省和我市…分别增长4.1%和4.5%", is another item too; so is a part of the region by
        # its kind or a zone's name, "全市和中心城区…分别达到90.1%、88.6%", "全市、高新区…")
        if k != mine[0] and not (len(name) >= 2 and (name in g.by_name or name in g.by_short or name in g.aliases)
                                 or name in _ABOVE_ITEMS or _own_part_item(name)):
            return None
    return mine[0], len(pieces)


@once
def _own_part_words() -> frozenset[str]:
    return frozenset(vocab.cues().get("own_part_items", ()))


def _own_part_item(name: str) -> bool:
    """A part of the region by its kind (中心城区, 市区: cues.tsv own_part_items) or a zone by its name (高新区)."""
    return name in _own_part_words() or _ZONE_PIECE.search(name) is not None


_LEAD_PIECES_CLAUSE = re.compile(r"[，,；;：:]")
_EACH_VERB_ENDS = ("分别", "分别实现", "分别完成", "分别达到")


def _places_listed(lead: str, own: str) -> list[str] | None:
    """The places of a list the lead ends with (before 分别), where each is a region by its full name or a division's
    short name and none the region's own (that case is _own_among_places'): None otherwise."""
    for end in _EACH_VERB_ENDS[::-1]:
        if lead.endswith(end):
            lead = lead[:-len(end)]
            break
    pieces = _lead_pieces(lead)
    if pieces is None:
        return None
    g = gazetteer()
    words = {"我" + own[-1:], "本" + own[-1:], "全" + own[-1:], own, short_name(own)} if own else set()
    for p in pieces:
        # (a division by its usual short form counts as by its name: "科右前旗、扎赉特旗…分别", region_aliases.tsv)
        if len(p) < 2 or p in words or p in _ABOVE_ITEMS or not (p in g.by_name or p in g.by_short or p in g.aliases
                                                                 or _ZONE_PIECE.search(p) or p in _own_part_words()):
            return None
    return pieces


# a zone by its name, an item of such a list as a division is ("西海岸新区、高新区分别完成地区生产总值5200亿元、800亿元",
# "天府新区、高新区地区生产总值分别增长8.2%、7.6%"): a part of the region, each figure its own
_ZONE_PIECE = re.compile(r"(?<![全各])(?:开发区|集聚区|示范区|高新区|经开区|片区|新区|保税区|试验区|合作区|产业园|工业园)$")

_ABOVE_ITEMS = frozenset(("全国", "全省", "全市", "全区", "全州", "全盟", "全地区"))


def _place_with_he(lead: str, own: str, code: str | None, above: tuple[str | None, ...]) -> str | None:
    """The place a lead ends with whose short name holds 和, which the lead's pieces are split at ("和田地区生产总值" in
    墨玉县's report: 和田, its prefecture; "和静" in 巴音郭楞's: its county; 呼和浩特), if not the region's own."""
    k = lead.rfind("和")
    for c in (lead[k:], lead[max(0, k - 1):], lead[max(0, k - 2):]):
        if len(c) >= 2 and (c in _above_or_beside(own, code, above) or code and c in _child_short_names(code)) \
                and not (own and (c in (short_name(own), abbreviation(own)) or gazetteer().aliases.get(c) == code)):
            return c
    return None


@lru_cache(maxsize=64)  # (one a report: asked for each lead that names no division)
def _above_or_beside(own: str, code: str | None, above: tuple[str | None, ...]) -> frozenset[str]:
    """The short names a lead's place is matched against in _place_named: those of the regions above the report's
    (another than its own), and those of the divisions of its province (a city's neighbours)."""
    names = {short_name(a) for a in above if a and a != own}
    if code and code[2:] != "0000":
        names |= _child_short_names(code[:2] + "0000")
    # (and the provinces, by their short names: a page's own province's peers, "重庆今年地区生产总值…" on 四川's)
    return frozenset(names) | _province_short_names()


@once
def _province_short_names() -> frozenset[str]:
    """The short names of the provinces (重庆, 陕西, 内蒙古, 广西)."""
    return frozenset(n for r in gazetteer().by_code.values() if r.level == "province" and r.current
                     and len(n := short_name(r.name)) >= 2)


# the part a prefecture governs directly ("伊犁州直", "州直属县市", "州直属县（市）"; a 地区's "地直", not a 基地's), or
# the units a government runs directly ("市直单位", "州直部门", "地直机关", "县直单位": no whole region's figure)
_DIRECT_PART = re.compile(r"(?:(?:[州盟市]|(?<![基园场产])地)直(?:属(?:各?县市|县区|县[（(]市[）)]))?(?:属?(?:单位|部门|机关|企业))?"
                          r"|(?:[县旗]|(?<![园社小校景])区)直(?:属)?(?:单位|部门|机关|企业))(?:实现|完成)?$")


# the verbs of the region's work for a part, before the part's short name ("支持遵义", "推动赣州")
# (cues.tsv support_verbs: 支持, 推动, 带动, 助力…)
_SUPPORT_VERBS = frozenset(vocab.cues()["support_verbs"])
# (the verbs before a named part, two at most, a will before them: "力争推动苏北地区…", "今年将带动皖北地区…")
_SUPPORT_LEAD = re.compile("^(?:我们)?(?:还|也)?(?:将|要)?(?:%s){1,2}" % "|".join(sorted(_SUPPORT_VERBS, key=lambda w: (-len(w), w))))


# a sentence opened by the region's work for a place by its name ("支持赣州建设省域副中心城市，", "推动瑞金加快发展，")
_SUPPORTED_PLACE = re.compile(r"[ \t\u3000]*(?:支持|推动|鼓励|帮助|指导)([\u4e00-\u9fff]{2,8}?)"
                              r"(?=建设|打造|创建|争创|加快|做大|做强|建成|加速|率先|高质量|[，,])")
_SUPPORT_FIRST = frozenset("支推鼓帮指对在我结援")


@once
def _tasked_place() -> re.Pattern:
    """A sentence opened by a place by its name and the work asked of it, in a clause of its own ("武汉市要加快复工复产，",
    "沈阳、大连两市要发挥“双核”作用，"; cues.tsv place_task_marks), or its role before it (place_task_roles): the first
    place named (the caller wants it a division and not the region)."""
    marks = longest_first(vocab.cues().get("place_task_marks", ("要",)))
    roles = longest_first(vocab.cues().get("place_task_roles", ("作为",)))
    name = r"[\u4e00-\u9fff]{2,8}?"
    # (or its role set in a clause of its own before the work: "祥云县作为全州工业重镇，要力争…", decision 443)
    return re.compile(rf"[ \t\u3000]*({name}[市州盟县区旗]?)(?:、{name})*(?:[两三四五]|等)?[市州盟县区旗]?"
                      rf"(?:(?:{marks})(?=[^，,。；;：:\d%]{{2,20}}[，,])|(?:{roles})[^，,。；;：:\d%]{{2,20}}[，,](?={marks}))")


@once
def _task_mark_firsts() -> str:
    """The first characters of cues.tsv place_task_marks: `_tasked_place` matches nowhere none of them stands."""
    return "".join(sorted({w[0] for w in vocab.cues().get("place_task_marks", ("要",))}))


@once
def _aided_place() -> re.Pattern:
    """A sentence opened by the place the region aids, in a clause of its own ("对口协作的黔西南州，", "在我市援建的阿图什市，";
    cues.tsv aid_place)."""
    words = "|".join(map(re.escape, vocab.cues().get("aid_place", ("对口支援",))))
    return re.compile(rf"[ \t\u3000]*在?(?:我[省市县区旗州盟])?(?:{words})的([\u4e00-\u9fff]{{2,12}})(?=[，,])")


def _supported_place(text: str, cs: int, s: int, out: list[Mention], own: str, code: str | None) -> str | None:
    """The place by its name (a division right below the region, or any by its full name) that the sentence of a name at
    ``s`` opens with the region's work for, the place it aids or the one it asks work of, where the name's clause is a
    later one and no own word stands between."""
    ss = _after_mark(_SENT_MARKS, text, max(0, cs - 80), cs)
    if ss >= cs or (out and out[-1].start >= ss):
        return None
    pm, aided = None, False
    if text[ss] in _SUPPORT_FIRST or text[ss] in " \t\u3000":
        pm = _SUPPORTED_PLACE.match(text, ss, cs)
        aided = pm is None and (pm := _aided_place().match(text, ss, cs)) is not None
    if pm is None:
        # "武汉市要加快复工复产，地区生产总值增长8%左右" in 湖北省's report: the division the work is asked of (decision 434)
        # (the mark may open the name's own clause after a role's: "祥云县作为全州工业重镇，要力争…", read a little past cs)
        seg = text[ss:cs + 4]
        if any(c in seg for c in _task_mark_firsts()):  # (no mark of the work asked, no match: the common case)
            pm = _tasked_place().match(text, ss, cs + 4)
            pm = pm if pm is not None and pm.end() <= cs else None
    if pm is None or _OWN_WORD.search(text, pm.end(), s):
        return None
    name, names = pm.group(1), gazetteer().by_name
    if aided:
        # (the aided place written after its province's short name: "新疆阿图什市")
        return next((name[k:] for k in range(len(name) - 1) if name[k:] in names and name[k:] not in (own, short_name(own))), None)
    if name in (own, short_name(own)) or code and any(r.code == code for r in names.get(name, ())) \
            or not (name in names or code and name in _child_short_names(code)):
        # (the region itself by another of its names: "大理州要…" in 大理白族自治州's report, decision 443)
        return None
    return name


def _lead_place(lead: str) -> tuple[str, str]:
    """The last piece of a lead less the time before it and the verb after it ("2025年襄阳实现" → 襄阳),
    and that less 省会 or 首府 before it."""
    last = _LEAD_PIECES.split(lead)[-1]
    if last[:1] in _neighbour_first() and (nw := _neighbour_lead().match(last)) is not None and nw.end() < len(last) - 1:
        last = last[nw.end():]  # ("邻省云南", "邻近的三门峡": the neighbour's word before the place, cues.tsv neighbour_words)
    # (each pattern tried only where its first or last character is: most places have neither)
    if last[:1] in "12全今去上其":
        last = _PLACE_LEAD_START.sub("", last)
    if last[-1:] in "的年现成\n":
        last = _PLACE_LEAD_END.sub("", last)
    return last, _CAPITAL_BEFORE.sub("", last) if last[:1] in "省首" else last


@once
def _neighbour_words() -> tuple[str, ...]:
    """The words that say the place after them is the region's neighbour (cues.tsv neighbour_words: 邻省, 邻近的…)."""
    return tuple(vocab.cues().get("neighbour_words", ()))


@once
def _neighbour_lead() -> re.Pattern:
    return re.compile("(?:%s)+" % longest_first(_neighbour_words()))


@once
def _neighbour_first() -> frozenset[str]:
    """The first characters of `_neighbour_words` (a quick test before `_neighbour_lead`)."""
    return frozenset(w[0] for w in _neighbour_words())


# a deputy from a place speaking ("来自新宁县的代表表示，", "来自邵东市的全国人大代表说：")
_DEPUTY_FROM = re.compile(r"来自([\u4e00-\u9fff]{2,8}?)的[^，,。；;：:]{0,6}?代表(?:团)?[^，,。；;：:]{0,6}?(?:表示|说|介绍|认为|谈到|提到)[，,：:]")
_SPEAKS = re.compile(r"(?:政府工作报告|报告)?(?:提出|明确|表示|要求|确定)[，,：:]?$")
_TIME_LEAD = re.compile(r"(?:(?:19|20)\d\d年|今年|明年|全年)?(?:全[省市县区州旗盟])?")
# (or a goal's time: a plan's period, "“十四五”时期", "十五五期间", "今后五年", or the year it is to be reached by, "到2025年全省":
# "湖南提出，到2025年全省地区生产总值迈上6万亿元台阶", "广东提出，“十四五”时期地区生产总值年均增长5%左右")
_GOAL_TIME_LEAD = re.compile(r"(?:[“\"]?十[一二三四五六七]五[”\"]?(?:时期|期间|期末)?|(?:今后|未来)五年|[到至](?:19|20)\d\d年(?:底|末)?)"
                             r"[，,]?(?:全[省市县区州旗盟])?")
_OPENS_NAME = set("，,。；;：:、 \n\t（(“\"")
_GOAL_TIME_FIRST = frozenset("“\"十今未到至")  # (what a match of _GOAL_TIME_LEAD opens with)
_SPEAK_VERBS = {"提出", "明确", "表示", "要求", "确定"}  # (the verbs _SPEAKS ends with)
_SET_TO_REACH = {"实现", "完成", "达到"}  # (a target set to be reached: "提出实现…", "要求完成…")


def _lead_word_opens(who: str, at: int) -> bool:
    """Whether a round-up's lead word (cues.tsv round_up_group_leads: 如, 其中…) ends at ``at`` in ``who``, opening its
    clause itself: "如广东提出，…", "其中江苏提出，…" (the name after it opens the clause as after a mark)."""
    for w in _round_up_group_words():
        b = at - len(w)
        if b >= 0 and who.startswith(w, b) and (b == 0 or who[b - 1] in _OPENS_NAME):
            return True
    return False


@once
def _round_up_group_words() -> tuple[str, ...]:
    """cues.tsv round_up_group_leads, longest first."""
    return tuple(sorted(vocab.cues().get("round_up_group_leads", ()), key=lambda w: (-len(w), w)))


def _own_spoken(name: str, own: str) -> bool:
    """Whether ``name`` is the report's own region as a page writes it: whole, short, or an autonomous prefecture's or
    county's short name with its kind ("恩施州" for 恩施土家族苗族自治州, "长阳县" for 长阳土家族自治县)."""
    return name == own or name == (sn := short_name(own)) or sn != own and name[-1:] == own[-1] and name[:-1] == sn


def _place_speaking(text: str, cs: int, lead: str, own: str, code: str | None) -> str | None:
    """Another region whose report a digest quotes ("兰州市提出，今年地区生产总值增长6%左右"; "天水提出
    地区生产总值增长6.5%"): the region speaking, in the lead or the clause before it when the lead is only a time."""
    if text.find("代表", max(0, cs - 60), cs) >= 0 and (dm := _last(_DEPUTY_FROM.finditer(text, _sentence_start(text, cs), cs))) is not None:
        # "来自新宁县的代表表示，新宁将依托崀山景区，今年接待游客突破1000万人次": a deputy speaks for the place he comes
        # from, in the rest of his sentence (the report's own word, "全市", still the report's: see the caller)
        name, names = dm.group(1), gazetteer().by_name
        if (name in names and (len(name) >= 3 or name[-1] == "县") or code and name in _child_short_names(code)) \
                and not (own and _own_spoken(name, own)) and not _OWN_WORD.search(text, dm.end(), cs) \
                and not (lead and _OWN_WORD.search(lead)):
            return name
    if not lead or len(lead) <= 7 and _TIME_LEAD.fullmatch(lead) \
            or len(lead) <= 11 and lead[:1] in _GOAL_TIME_FIRST and _GOAL_TIME_LEAD.fullmatch(lead):
        # (a time alone is at most "2025年全省", a goal's "到2025年全省" or "“十四五”时期"; no lead, none)
        lead = text[max(0, cs - 16):cs]
    if lead[-1:] in "年的" and (tm := _TIME_AT_END.search(lead)):
        lead = lead[:tm.start()]  # ("六安市确定今年地区生产总值增长6%": the time after the verb)
    if lead[-2:] in _SET_TO_REACH and lead[-4:-2] in _SPEAK_VERBS:
        lead = lead[:-2]  # ("2023年青岛市确定实现城镇新增就业35万人": the verb of reaching after the verb of setting)
    if lead.rstrip("，,：:")[-2:] not in _SPEAK_VERBS:  # (most leads end with no verb of speaking)
        return None
    sm = _SPEAKS.search(lead)
    if sm is None or sm.start() < 2:
        return None
    who, names = lead[:sm.start()], gazetteer().by_name
    if who[-1:] == "年" and (tm := _TIME_AT_END.search(who)):
        who = who[:tm.start()]  # ("湖州市今年提出地区生产总值增长5.5%以上": the time between the name and the verb)
    if who[:1] in "12今去上全其" and (tm := _PLACE_LEAD_START.match(who)) is not None and tm.end() < len(who):
        # ("今年青岛提出地区生产总值增长6%左右": the time before the name opens its clause as a mark would)
        who = who[tm.end():]
    peers = None
    for k in range(min(len(who), 8), 1, -1):
        name = who[-k:]
        # (the name opens its clause: not the end of a person's name, "县长王兰山表示"; after 的 too, the clause's words
        # about it before: "此前召开两会的湖州市提出")
        # (a two-character name only of a county, 攸县, 南县: 城区, 矿区 are words too; by a short name, a division right
        # below, one beside or a province: "重庆提出…" on 四川's page)
        if k < len(who) and who[-k - 1] not in _OPENS_NAME and who[-k - 1] != "的" and not _lead_word_opens(who, len(who) - k) \
                and not who[:len(who) - k].endswith(_neighbour_words()):  # ("邻市郑州提出": a neighbour's word before it)
            continue
        if (name in names and (len(name) >= 3 or name[-1] == "县") or code and name in _child_short_names(code)
                or name in (peers := peers or _above_or_beside(own, code, ()))) \
                and not (own and _own_spoken(name, own)):
            return name
    return None


# a province's parts named by their place in it (苏北, 粤东西北, 浙西南, 南疆四地州; several together:
# 粤东粤西粤北, 苏中苏北; by the coast or a border: 沿海地区, 沿边), or the country's; and those named
# otherwise (长株潭, 呼包鄂榆, 关中, 北部湾, 京津冀: region_parts.tsv), alone or before 地区/区域/片区
_SUBREGION = (r"(?:[苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘陇青宁蒙黑吉辽冀晋渝][东西南北中]{1,3}[、和与及]?){1,4}(?:地区|片区|部|部地区)?"
              r"|[南北东]疆(?:四地州)?|[东西中]部(?:地区)?|东北|西北|西南|东南|沿(?:海|边|江)(?:地区|县市区?|市县|城市)?")


@once
def _subregion() -> re.Pattern:
    named = longest_first(row[0] for row in vocab.table("region_parts.tsv") if row and row[0])
    return re.compile(rf"{_SUBREGION}|(?:{named})(?:地区|区域|片区)?")

_CAPITAL_BEFORE = re.compile(r"^(?:省会|首府)(?:城市)?")
_WHOLE_AFTER = re.compile(r"全(?:市|省|区|州|县|盟)$")
_PLACE_LEAD_END = re.compile(r"(?:的)?(?:全年)?(?:实现|完成)?(?:的)?$")
# ("全年苏州地区生产总值", "2025年襄阳…": the time said before the place)
_PLACE_LEAD_START = re.compile(r"^(?:(?:19|20)\d\d年(?:底|末)?|全年|今年|去年|上年|其中)+")


@lru_cache(maxsize=64)
def _child_short_names(code: str) -> frozenset[str]:
    """The short names (武汉, 襄阳) of the divisions right below a region, and the abbreviations of
    long ones (锡盟, 呼市, 巴州)."""
    gz = gazetteer()
    kids = gz.children(code)
    codes = {r.code for r in kids}
    return frozenset([n for r in kids if len(n := short_name(r.name)) >= 2]
                     + [a for r in kids if (a := abbreviation(r.name)) is not None]
                     + [a for a, c in gz.aliases.items() if c in codes])  # (版纳, 科左中旗: region_aliases.tsv)


_ABBREV = re.compile(r"[（(][A-Za-z][A-Za-z0-9.&]{1,5}[)）]")
_SEP = re.compile(r"、以及|以及|、|和|及|与")
_SEP_MARKS = marks("、和及与")  # (a character of each of _SEP's words: a gap with none holds no separator)
_ITEM_SUFFIX = re.compile(r"(?:的)?(?:增速|增幅|增长|总量|规模|总额|数量|下降|降低)?")
_GAP_ITEM = re.compile(r"[^\d%，,。；;：:！？!?\n（）()“”]{2,14}")
_LIST_JOIN_FIRST = frozenset("、和及与以")
# the short names after a group's last name, up to its 分别 ("出口、进口分别"), and before its first ("进口、出口分别")
_TRAIL_ITEMS = re.compile(r"(?:(?:、以及|以及|、|和|及|与)[^\d%，,。；;：:！？!?\n（）()“”、和及与]{2,6}?)+(?=分别)")
# (a name outside the taxonomy may be long: "规上工业总产值、规上工业增加值分别…", "数字经济核心产业增加值、…")
_LEAD_ITEMS = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?:全年|其中|同时)?((?:[^\d%，,。；;：:！？!?\n（）()“”、和及与]{2,12}(?:、|和|及|与))+)$")
_GROUP_EACH = re.compile(r"(?:的)?(?:增速|增幅|总额|总值|额)?分别")



def _group(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions listed together. "规上工业增加值和固定资产投资" is one list, "A增长5%、B增长6%" two
    (a value between); in "第一产业增加值增速、农林牧渔业总产值增速、居民人均可支配收入增速…排第一"
    the item outside the taxonomy keeps its place (id "-") so that 分别 values stay in step."""
    groups: list[list[Mention]] = []
    for m in mentions:
        # (a gap of more than 40 characters is none of the joiners and no list _listed_between reads: not copied, nor
        # hashed for the set look-up; the gaps between mentions add up to most of the text)
        if groups and m.start - groups[-1][-1].end <= 40:
            last = groups[-1][-1]  # (not a walrus read for its field: Cython 3.3 miscompiles that for an extension type)
            gap = text[last.end:m.start]
            if gap in ("", "、", "和", "及", "与", "以及", "、以及") or (
                    (gap in _VERB_GAPS or "级" in gap and gap in _level_gaps()) and _each_follows(text, m.end)):
                groups[-1].append(m)
                continue
            held = _listed_between(gap, last.end)
            if held is not None:
                groups[-1] += held + [m]
                continue
        groups.append([m])
    for g in groups:
        # "全年出口、进口分别增长8%、3%", "进口、出口分别下降2%、增长5%": a short name outside the
        # taxonomy listed before or after the group's names and 分别 keeps its place too
        e = g[-1].end
        if text[e:e + 1] in _LIST_JOIN_FIRST and (t := _TRAIL_ITEMS.match(text, e)) is not None:
            seps = list(_SEP.finditer(text, e, t.end()))
            g += [Mention(a.end(), b, text[a.end():b], ("-",))
                  for a, b in zip(seps, [x.start() for x in seps[1:]] + [t.end()])]
        s = g[0].start
        if text[s - 1:s] in _LIST_JOIN_FIRST and _GROUP_EACH.match(text, e) is not None \
                and (h := _LEAD_ITEMS.search(text, max(0, s - 24), s)) is not None:
            pos, lead = h.start(1), []
            for sm in _SEP.finditer(text, pos, s):
                lead.append(Mention(pos, sm.start(), text[pos:sm.start()], ("-",)))
                pos = sm.end()
            g[:0] = lead
    return groups


# a listed name whose own result verb stands before it ("全年接待游客、实现旅游收入分别增长35.3%和38.2%",
# "一般公共预算收入、完成税收收入分别…"): still the list's next item, where 分别 follows in its clause (not "保持
# 经济增长与实现居民收入增长同步": the income's aim, in step with the economy)
_VERB_GAPS = frozenset(j + v for j in ("、", "和", "及", "与") for v in ("实现", "完成"))


@once
def _level_gaps() -> frozenset[str]:
    """A separator and a government level before a listed name ("、区级", cues.tsv list_level_words): a list's gap."""
    return frozenset(j + w for j in ("、", "和", "及", "与") for w in vocab.cues()["list_level_words"])


def _each_follows(text: str, i: int) -> bool:
    """Whether 分别 stands in the clause from i (at most 40 characters on)."""
    k = text.find("分别", i, i + 40)
    return k >= 0 and text.find("，", i, k) < 0 and text.find("。", i, k) < 0


def _listed_between(gap: str, offset: int) -> list[Mention] | None:
    """The items between two listed names (as place holders), or None if the gap is not a list."""
    if len(gap) > 40 or find_mark(gap, 0, len(gap), _SEP_MARKS) < 0 or not _SEP.search(gap):
        return None
    held: list[Mention] = []
    pos = 0
    parts = []
    for sm in _SEP.finditer(gap):
        parts.append((pos, sm.start()))
        pos = sm.end()
    if pos != len(gap):
        return None  # the gap must end with a separator
    for i, (a, b) in enumerate(parts):
        piece = gap[a:b]
        if i == 0:
            if _ITEM_SUFFIX.fullmatch(piece) is None:
                return None  # what follows the first name is not a list separator
            continue
        if not _GAP_ITEM.fullmatch(piece) or _qualitative_re().search(piece):
            # ("城乡居民收入增长和经济增长同步、地区生产总值增长6%左右": what the first item is in step with ends
            # it, no name of the list's)
            return None
        held.append(Mention(offset + a, offset + b, piece, ("-",)))
    return held


# "去年地区生产总值5006.7亿元；今年，预期增长6%左右" (a 数说 page): this year's target for the same
# figure, its name left out after a comma or semicolon
# ("去年地区生产总值增长5.2%，今年将力争增长6%左右"; "…，今年预计增长6%")
# (an explainer's card names who set it only by the verb: "去年实际增长9.2%。今年提出增长10%以上", "今年确定增长6%")
# (and a level held: "粮食产量：去年达到240万吨。今年提出稳定在240万吨以上", as _THIS_YEAR_PLAIN reads it)
# (a plan report's 本年 and the words it stands before: cues.tsv plan_this_year_heads, plan_this_year_cues; decision 491)
_PLAN_THIS_YEAR_HEADS = vocab.cues()["plan_this_year_heads"]
_THIS_YEAR_GOES_ON = re.compile(r"(?:今年|(?:" + "|".join(map(re.escape, _PLAN_THIS_YEAR_HEADS)) + r")度?(?=(?:"
                                + "|".join(map(re.escape, vocab.cues()["plan_this_year_cues"])) + r"))|明年|(?<![今此以之前然最随])后年)[，,]?(?:的)?(?:还?将|要)?(?:在此基础上|在这个基础上|在这一基础上|在去年的?基础上)?[，,]?"
                                r"(?:目标|预期|预计|计划|预算|力争|确保|争取|提出|确定|明确){1,2}(?:的(?:预期)?目标)?(?:定为|定在)?[是为：:]?(?:分别[是为]?)?"
                                r"(?=增长|下降|上涨|涨幅|提高|降低|控制|达到|突破|稳定在|保持在|\d|(?:实现|完成)(?:增长|新增|\d)|新增\d)")
# (a plan report's 本年 before its plan, set after 上年's figure: "社会消费品零售总额上年预计完成186亿元，本年计划增长6%",
# "…，本年度计划增长5%": the report's year, as 今年 is; decision 491)
# ("…增长9.8%，今年要在此基础上增长6%以上", "…，今年增长6%以上": the same figure's target, the cue word
# left out; not in a report of December, whose 今年 is the year it reviews)
# (last year named as the base, "今年在去年的基础上增长6%", and a gain or an amount done glued to its figure, "今年新增3.8万人以上":
# a sector's paragraph setting this year's figure against last year's, decision 155)
_THIS_YEAR_PLAIN = re.compile(r"今年[，,]?(?:还?将|要)?(?:在此基础上|在这个基础上|在这一基础上|在去年的?基础上)?[，,]?(?:分别)?(?:恢复性)?"
                              r"(?=增长|下降|提高|降低|控制在|达到|突破|稳定在|保持在|(?:新增|完成)(?![^\d.]))")  # (the digit may lie past a search's end)
# ("今年增长7%，明年增长8%，后年突破300亿元": the same figure's next years, in clauses of their own, the cue word left out;
# in a report of December too, whose 明年 is the year its targets are for)
# (and an amount done, a gain or a bare figure, "；明年完成13亿美元", "，明年6.5万人以上", as a plan report of December sets
# the next year's beside the year's, decision 155; not a month, "明年3月")
_NEXT_YEAR_PLAIN = re.compile(r"(?:明年|(?<![今此以之前然最随])后年)(?:还?将|要)?(?:力争|确保|争取)?(?:分别)?(?=增长|下降|提高|降低|控制在|达到|突破|稳定在"
                              r"|(?:新增|完成)?(?:\d+(?:\.\d+)?(?![\d.]|[月日号季])|$))")  # ($: the digit past a search's end)
# (后年 after these is no year: "今后年均增长", "此后年", "以后年度")
_NOT_HOUNIAN = frozenset("今此以之前然最随")
_THIS_YEAR_HEADS = ("今年", *_PLAN_THIS_YEAR_HEADS, "明年", "后年")  # (what every match of the patterns above opens with)


# ("（二）固定资产投资。2023年计划增长10%，预计增长8.2%。2024年安排增长8%", "…预计完成6.5%；2024年计划增长6%左右": a
# record of one figure going on to a year's plan, its name left out)
_YEAR_SET_GOES_ON = re.compile(r"(?:19|20)\d{2}年度?的?(?:目标|预期|计划|力争|确保|争取|安排|预算){1,2}(?:目标)?(?:为|是|：|:)?"
                               r"(?=增长|下降|上涨|涨幅|提高|降低|控制|达到|突破|\d|完成[\d.]|新增[\d.])")
# (a count's plan by its gain: "【城镇新增就业】\n\n2023年新增2.6万人。\n\n2024年预期新增2.5万人以上")


# ("2025年，社会消费品零售总额完成392.6亿元，增长3.8%；2026年增长5%左右": a sector's paragraph going on to the next year's
# figure of the same name by its year alone, decision 155)
# (a level held and a count's gain too: a card's "2024年达到88.6%。\n2025年保持在88%以上", "2025年新增5000人以上", decision 333)
# (and a rate raised to, "\n2026年提升至4.3%", "2026年提高至…", decision 339)
_YEAR_PLAIN_GOES_ON = re.compile(r"(?:19|20)\d{2}年(?:力争|确保|争取|要)?(?=增长|下降|上涨|涨幅|提高[到至]?|提升[到至]|达到|突破|稳定在|控制在|保持在|新增[\d.])")
# (and the last year's amount done, its name left out, after the span's total in the clause or the sentence before:
# "五年累计完成固定资产投资3.2万亿元，年均增长4.5%；2025年完成7100亿元", "…累计完成2.1万亿元，是…的1.3倍。2025年完成4520
# 亿元": the year's own figure, as "，2025年完成…" is; a figure only, not "2025年完成固定资产投资…", a name of its own)
# (its verbs: cues.tsv year_done_verbs)
_YEAR_DONE_GOES_ON = re.compile(r"(?:19|20)\d{2}年(?:全年)?(?:" + "|".join(map(re.escape, vocab.cues()["year_done_verbs"]))
                                + r")(?=[\d.])")


def _this_year_at(text: str, i: int) -> re.Match | None:
    """A clause at ``i`` turning to this year's figure of the same name (_THIS_YEAR_GOES_ON, _THIS_YEAR_PLAIN), or to
    a year's plan of it (_YEAR_SET_GOES_ON, _YEAR_PLAIN_GOES_ON)."""
    if text.startswith(("20", "19"), i):
        return _YEAR_SET_GOES_ON.match(text, i) or _YEAR_PLAIN_GOES_ON.match(text, i) or _YEAR_DONE_GOES_ON.match(text, i)
    if not text.startswith(_THIS_YEAR_HEADS, i):
        return None  # (both patterns open with 今年 or 明年: most clauses do not, and a test costs less than two tries)
    return _THIS_YEAR_GOES_ON.match(text, i) or (None if _late(text) else _THIS_YEAR_PLAIN.match(text, i)) \
        or _NEXT_YEAR_PLAIN.match(text, i)


_SET_CHANGE_ONLY = re.compile(r"(?:增长|下降|上涨|提高|降低|完成|新增)?")
# (and a rate or a share held or reached: "\n2025年控制在5.5%以内", "\n2025年涨幅2%左右", for a figure kept beside the
# first; not for the level kept first, "自2012年迈上2万亿元台阶，2015年达到2.9万亿元")
_SET_HELD_ONLY = re.compile(r"(?:增长|下降|上涨|涨幅|提高[到至]?|提升[到至]|降低[到至]?|完成|达到|突破|(?:稳定|保持|控制)在)?")


def _year_set_at(text: str, start: int, vstart: int, between: tuple = (_SET_CHANGE_ONLY,)) -> int | None:
    """The year of a clause opening right before the value at ``vstart`` with that year's plan of the same figure
    ("。2024年安排增长7%", "；2024年计划增长6%左右"), its words only a change's between it and the value (or the words
    of another of the patterns ``between``: _SET_HELD_ONLY's bound, level or price, "。\n2025年控制在5.5%以内")."""
    c = rfind_mark(text, start, vstart, _TAIL_MARKS)
    # (the year may open the next paragraph, a card's each sentence its own: "2023年新增6.1万人。\n\n2024年预期新增5万人以上")
    k = _after_break(text, c + 1) if c >= 0 and text[c] == "。" else c + 1
    if c < 0 or not text.startswith(("19", "20"), k):
        return None
    m = _YEAR_SET_GOES_ON.match(text, k) or _YEAR_PLAIN_GOES_ON.match(text, k)
    if m is None:
        return None
    for p in between:
        if p.fullmatch(text, m.end(), vstart) is not None:
            return int(text[k:k + 4])
    return None


def _later_year_set(text: str, mend: int, best: Value, v: Value) -> bool:
    """Whether ``v`` stands in a clause of its own year's plan after ``best`` (_year_set_at), a year after the one dated
    between the name ending at ``mend`` and ``best`` if any ("2024年完成2812.6亿元，增长4.9%。\n2025年预期目标为增长5.5%左右";
    not "…增长5.6%。2022年增长3.1%", an earlier year's figure)."""
    # (a bound's, a level's or a price's year too, for a figure kept beside the first only)
    ys = _year_set_at(text, best.end, v.start, (_SET_CHANGE_ONLY, _SET_HELD_ONLY))
    if ys is None:
        return False
    dated = _last(_YEAR_DIGITS.finditer(text, mend, best.start))
    return dated is None or ys > int(dated.group(1))


_AVERAGE_VERBS = ("年均增长", "年均下降", "年均递增")  # (not "两年平均增长6%左右的目标": its own two years)
# a clause opening with the plan's first years, bare ("，前三年年均增长8.9%", "，前三年实际年均增长6.2%"), right
# before its average
_FIRST_YEARS_AVERAGE = re.compile(r"前([两二三四])年(?:实际|实现)?(?:年均|平均)(?:增长|下降)?$")


def _first_years_before(text: str, start: int, vstart: int) -> str | None:
    """The numeral of "前三年" opening the clause of the value at ``vstart`` (the plan's name not before it:
    "“十四五”前三年" is read with the plan)."""
    if text.find("前", max(start, vstart - 11), vstart) < 0:
        return None
    c = rfind_mark(text, start, vstart, _CLAUSE_MARKS)
    m = _FIRST_YEARS_AVERAGE.search(text, max(start, vstart - 11), vstart)
    if m is None or m.start() != c + 1:
        return None
    return m.group(1)


def _this_year_between(text: str, start: int, vstart: int) -> bool:
    """Whether a clause turning to this year's target of the same figure stands before the value at ``vstart``."""
    for head in _THIS_YEAR_HEADS:
        if text.find(head, start, vstart) >= 0:
            break
    else:
        return False  # (a match, which must end by vstart, opens with one of them: finds cost less than the searches)
    # (a list's 、 too: "城镇化率到2030年达到65%、今年达到60.5%", a goal and this year's target of one name)
    # (each pattern's first match that opens a clause: "今年预计增长8%，明年增长9%" turns at 明年, not at the 今年
    # right after the name)
    for pat, lim in ((_THIS_YEAR_GOES_ON, vstart + 2), (None if _late(text) else _THIS_YEAR_PLAIN, vstart),
                     (_NEXT_YEAR_PLAIN, vstart)):
        k = start
        while pat is not None and (ty := pat.search(text, k, lim)) is not None:
            # (GOES_ON's look-ahead reads the value's first digit)
            if ty.end() <= vstart and (text[ty.start() - 1] in "，,；;。、" or _after_stop_break(text, ty.start())):
                return True
            k = ty.end()
    return False


def _this_year_labelled(text: str, pos: int, mend: int, vstart: int) -> bool:
    """Whether 今年 opens a card's line right after its label (_label_close) and turns to the value at ``vstart``: a card
    of this year's target alone, with no last year's before it ("【城镇调查失业率】今年控制在5.5%以内", "地区生产总值：今年
    预期增长5%"), under a page's review as anywhere."""
    if text[mend:mend + 1] not in _LABEL_CLOSE_FIRST or not (lab := _label_close(text, pos, mend)) \
            or not text.startswith("今年", mend + lab):
        return False
    ty = _THIS_YEAR_GOES_ON.match(text, mend + lab) or _THIS_YEAR_PLAIN.match(text, mend + lab)
    return ty is not None and ty.end() <= vstart and find_mark(text, ty.end(), vstart, _CLAUSE_MARKS) < 0


def _year_labelled(text: str, pos: int, mend: int, vstart: int) -> int | None:
    """The year whose number opens a card's line right after its label (_label_close) with that year's plan of the value
    at ``vstart``, only a change's words between ("【居民消费价格】\n2025年涨幅2%左右", "【城镇调查失业率】\n2025年目标：
    控制在5.5%以内"): a card of one year's target alone, whatever the cards before it dated (as 今年 is read by
    _this_year_labelled)."""
    if text[mend:mend + 1] not in _LABEL_CLOSE_FIRST or not (lab := _label_close(text, pos, mend)) \
            or not text.startswith(("20", "19"), mend + lab):
        return None
    m = _YEAR_SET_GOES_ON.match(text, mend + lab) or _YEAR_PLAIN_GOES_ON.match(text, mend + lab)
    if m is None or m.end() > vstart or _SET_HELD_ONLY.fullmatch(text, m.end(), vstart) is None:
        return None
    return int(text[mend + lab:mend + lab + 4])


_LABEL_CLOSE_FIRST = frozenset("：:】")


def _after_stop_break(text: str, i: int) -> bool:
    """Whether ``i`` opens a paragraph right after one ending on a 。 (a page setting each sentence a paragraph: "…增长
    4.3%。\n\n今年预期目标为增长5%左右。", one card's sentences)."""
    if text[i - 1:i] not in ("\n", " ", "\t", "\u3000"):
        return False
    j = len(text[:i].rstrip())
    return 0 < i - j <= 12 and text[j - 1] == "。" and _after_break(text, j) == i


# the measures a card's figure states (its amount or its share), not a change: a figure above its caption, the card's
# change under the caption (decision 441)
_CARD_STATES = ("level", "pct", "share")  # (a bare % is read "pct" until its indicator names its measure)


_FIGURE_SIGNS = "+＋↑▲↓▼-−－"


def _quoted_from_sign(text: str, ls: int, v: Value) -> None:
    """A figure line's sign or arrow right before its digits ("+10.3%", "↓3.1%") is the figure's own: quote from it
    (the quote states the change, its direction with it)."""
    j = ls + len(text[ls:v.start]) - len(text[ls:v.start].lstrip(" \t\u3000"))
    if j < v.start and text[j] in _FIGURE_SIGNS and not text[j + 1:v.start].strip(" \t"):
        v.start = j


def _figure_above(text: str, start: int, m: Mention, figures: set[int], words: str | None = None) -> Value | None:
    """The figure alone on the line above the caption that names ``m`` (a 数读 page), read with the
    caption's words after the name ("今年地区生产总值预期增长目标": a growth), or with ``words`` where given."""
    ls = text.rfind("\n", 0, start) + 1
    above_end = len(text[:ls].rstrip())  # (blank lines between the items)
    above = text.rfind("\n", 0, above_end) + 1
    if ls == 0 or above not in figures:
        return None
    le = text.find("\n", m.end)
    v = _lone_figure(text, above, above_end, m, text[m.end:le if le >= 0 else len(text)] if words is None else words)
    if v is not None and v.value is not None and v.value > 0 and v.measure != "level" \
            and text[above:above_end].lstrip(" \t\u3000")[:1] in ("↓", "▼"):
        v.value = -v.value  # (a fall's arrow opening the figure, "↓3.1%\n单位地区生产总值二氧化碳排放": decision 456)
    if v is not None:
        _quoted_from_sign(text, above, v)
    return v


# a 数读 caption that names no indicator, only a change and its time ("比上年增长", "“十三五”时期年均增长", "增长")
_CHANGE_CAPTION = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d\d年|[“\"]?十[一二三四五六]五[”\"]?(?:时期|期间|以来)?|过去五年|五年来|近五年)?"
                             r"(?:比上年|同比|较上年)?(?:年均|年平均)?(?:增长|下降|增速|增幅|提高|降低)[ \t\u3000]*")


def _changes_under(text: str, end: int, m: Mention, figures: set[int]) -> list[Value]:
    """The figures under the caption of ``m`` that ends at ``end`` (a 数读 item) whose own captions name only a change
    ("3512.6亿元\n2025年地区生产总值\n5.9%\n比上年增长\n6.1%\n“十四五”时期年均增长"): the changes of ``m``."""
    out: list[Value] = []
    le = text.find("\n", end)
    while le >= 0 and le + 1 in figures:
        fe = text.find("\n", le + 1)
        if fe < 0:
            break
        ce = text.find("\n", fe + 1)
        ce = len(text) if ce < 0 else ce
        if not _CHANGE_CAPTION.fullmatch(text, fe + 1, ce) \
                or (v := _lone_figure(text, le + 1, fe, m, text[fe + 1:ce].strip())) is None \
                or v.measure not in ("growth", "pp_change"):  # (a share's points, "3.35%\n研发经费投入强度\n+0.21个百分点\n较上年提高")
            break
        if text.find("年均", fe + 1, ce) >= 0 or text.find("年平均", fe + 1, ce) >= 0:
            v.period_hint = "span"  # (the caption's own yearly average: _classify reads the words before the figure only)
        v.end = len(text[:ce].rstrip())  # (quoted to its caption's end: the words say what change it is)
        out.append(v)
        le = ce if ce < len(text) else -1
    return out


def _level_over_change(text: str, start: int, m: Mention, figures: set[int]) -> Value | None:
    """The level alone on the line over a card's signed change, the change right over the caption that opens at
    ``start``, both figure lines of the page ("44178元\n+6.8%\n城镇常住居民人均可支配收入": a card that sets its figure
    first, its change under it; normalize._lone_figure_cards): that card's level (ending before the name, it is quoted from
    its figure to the name's end)."""
    ls = text.rfind("\n", 0, start) + 1
    above_end = len(text[:ls].rstrip())  # (blank lines between, a page set double)
    above = text.rfind("\n", 0, above_end) + 1
    if ls < 2 or text[above:above + 1] not in _FIGURE_SIGNS or above < 2:
        return None
    top_end = len(text[:above].rstrip())
    top = text.rfind("\n", 0, top_end) + 1
    if top not in figures or top_end <= top:
        return None
    v = _lone_figure(text, top, top_end, m, "")
    return v if v is not None and v.measure == "level" else None


def _points_under(text: str, end: int) -> Value | None:
    """The signed change in points alone on the line right under the caption that ends at ``end``, its share read from
    the figure above ("58.3%\n常住人口城镇化率\n+0.6个百分点"): that share's change (not a card's figure first: a share's
    figure is a %, the next card's caption under it names its own)."""
    le = text.find("\n", end)
    if le < 0 or text[end:le].strip(" \t\u3000"):
        return None
    ne = text.find("\n", le + 1) % (len(text) + 1)
    if (pm := SIGNED_POINTS_LINE.fullmatch(text, le + 1, ne)) is None:
        return None
    # (as a card that names first sets "+4.5%" under its amount; the sign or the arrow gives the direction)
    fall = pm.group(1) in "-−－↓▼"
    return Value("pp_change", -float(pm.group(2)) if fall else float(pm.group(2)), None, "个百分点", "eq", pm.start(1), pm.end(3),
                 verb="降低" if fall else "提高")


def _words_above(text: str, start: int, figures: set[int]) -> re.Match | None:
    """A qualitative target's words alone on the line above the caption that opens at ``start`` (a 数读 page's item)."""
    ls = text.rfind("\n", 0, start) + 1
    above_end = len(text[:ls].rstrip())
    above = text.rfind("\n", 0, above_end) + 1
    if ls == 0 or above not in figures or start - ls > 4:
        return None
    return qualitative_line().fullmatch(text, above, above_end)


# (the class written out before its repeat: a pattern opening with a class, not a repeat, is skipped by re to a character
# of the class in C; opening with the repeat it was tried at every character: -0.08 M instructions a report)
_GAP_TO_CAPTION = re.compile(r"[ \t\u3000|丨：:][ \t\u3000|丨：:]*")


def _words_before(text: str, start: int) -> re.Match | None:
    """A qualitative target's words opening the line of the caption that opens at ``start``, a gap between (a 数读 page
    whose lines set their figure before the caption)."""
    ls = text.rfind("\n", 0, start) + 1
    # (a gap before the caption first: most names open their line or follow words with none)
    if start - ls < 4 or not _GAP_TO_CAPTION.search(text, ls, start) or (q := qualitative_line().match(text, ls, start)) is None:
        return None
    # (the pattern takes the gap's spaces: a bar or a colon may be left before the caption)
    if q.end() == start:
        return q if text[start - 1] in " \t\u3000" else None
    return q if _GAP_TO_CAPTION.fullmatch(text, q.end(), start) else None


def _lone_figure(text: str, a: int, b: int, m: Mention, words: str) -> Value | None:
    """The one figure with a unit in text[a:b] (a 数读 item's), read as ``m``'s with the caption's ``words``."""
    qs = quantities(text, a, b)
    if len(qs) != 1:
        return None
    q = qs[0]
    if q.unit is None and text[q.end:q.end + 1] in ("万", "亿") and len(m.ids) == 1 \
            and not text[q.end + 1:b].strip(" \t\u3000+"):
        # a big number alone with its magnitude, the unit left to the caption ("1.3万\n城镇新增就业"): the indicator's
        # own unit of that magnitude (万人, 万人次, 万户; none for a name of no such unit)
        units = vocab.indicators()[m.ids[0]].units if m.ids[0] in vocab.indicators() else ()
        big = next((u for u in units if u.startswith(text[q.end]) and len(u) > 1), None)
        if big is None:
            return None
        q = dataclasses.replace(q, unit=big, end=q.end + 1, text=q.text + text[q.end])
    if q.unit is None:
        return None
    qual, qend = qualifier(text, q, a)
    v = _classify(q, words, m.alias, qual, qend, text, a)
    return v if v.measure else None


_FIGURE_LINE_OPENERS = frozenset(" \t\u3000◆■●▲★◇□▶►◎•▪·↑↓")
_CARD_ABOVE = re.compile(r"◆[ \t]*(?:[^\d\s]{2,16}[ \t]*\d[\d.]*(?:%|(?:万亿|亿|万)?[\u4e00-\u9fff]{1,2})"
                         r"|[^\d\n]{0,10}(?:(?:19|20)\d{2}年?)?[^\d\n]{0,12})")
_CARD_NAME_AFTER = frozenset("\n◆")  # (a card's name opens its line, or a sub-head's mark read for its pictograph)


def _card_figure_above(text: str, start: int, m: Mention) -> Value | None:
    """The amount alone on the line above a name that opens its line with only a change after it, where the line
    above that amount is a whole card, named and with its figures ("地区生产总值285.6亿元增长5.2%\n18.3亿元\n一般公共
    预算收入增长6.1%"): an app post's one card that sets its amount first among cards that name first, which
    ``figure_lines`` (a run of two such cards at least) does not see. A caption above the amount takes it (a page
    that names first)."""
    ls = text.rfind("\n", 0, start) + 1
    if ls < 2 or text[ls:start].strip("◆ \t\u3000"):
        return None
    ps = text.rfind("\n", 0, ls - 1) + 1
    if not text[ps:ps + 1].isdecimal() or not VALUE_LINE.fullmatch(text, ps, ls - 1):
        return None
    pps = text.rfind("\n", 0, ps - 1) + 1
    above = text[pps:ps - 1]
    if not (above.endswith("%") and _DIGIT.search(above, 0, len(above) - 8) and not VALUE_LINE.fullmatch(above)) \
            and _CARD_ABOVE.fullmatch(above) is None:
        # (or a card named first with one figure, "◆城镇新增就业2.36万人", or the marked sub-head the cards stand under,
        # "◆2024年发展答卷": the amount is the first card's; no name above it could claim it)
        return None
    v = _lone_figure(text, ps, ls - 1, m, "")
    return v if v is not None and v.measure == "level" else None


def _rate_card_above(text: str, start: int, m: Mention) -> Value | None:
    """The change alone on the line above a rate's name that opens its line ("+8.1%\n规上工业增加值增速", "6.8%\n农村居民
    人均可支配收入增速"; ``normalize.rate_card_at``): a card that sets its figure first among cards that name first, read
    with the name's words and quoted to the name's line's end (decision 441)."""
    ls = text.rfind("\n", 0, start) + 1
    if ls < 2 or text[ls:start].strip(" \t\u3000"):
        return None
    above = text.rfind("\n", 0, ls - 1) + 1
    if not rate_card_at(text, above):
        return None
    le = text.find("\n", m.end) % (len(text) + 1)
    v = _lone_figure(text, above, ls - 1, m, text[m.end:le])
    if v is not None and v.measure == "pct" and text[above:ls].lstrip(" \t\u3000")[:1] in ("+", "＋", "↑"):
        v.measure = "growth"  # (a signed figure over a name with no rate's word, "+10.3%\n规上工业增加值": the sign makes it a change)
    if v is None or v.measure not in ("growth", "pp_change"):
        return None
    if "↓" in text[above:ls] and v.value is not None and v.value > 0:
        v.value = -v.value  # (a fall's arrow: "↓2.7%")
    v.end = len(text[:le].rstrip())
    _quoted_from_sign(text, above, v)
    return v


def _opens_with_figure(text: str, start: int) -> bool:
    """Whether the line that holds ``start`` opens with a figure before its caption (``FIGURE_HEAD``): the one line
    ``figure_heads`` can hold for it (``_figure_before`` reads no other)."""
    p = text.rfind("\n", 0, start) + 1
    # (such a line opens with a space, a bullet, an arrow or a digit: most open with none, no match tried)
    return (text[p:p + 1] in _FIGURE_LINE_OPENERS or text[p:p + 1].isdecimal()) and FIGURE_HEAD.match(text, p) is not None


def _figure_before(text: str, start: int, m: Mention, heads: dict[int, int]) -> Value | None:
    """The figure that opens the caption's line before the name ``m`` (a 数读 page's line, "1.5万人以上  城镇新增就业",
    "6%左右  地区生产总值预期增长"), read with the caption's words right after the name; only words of the region
    (全县, 全区) may stand between the gap and the name."""
    ls = text.rfind("\n", 0, start) + 1
    cap = name_from = heads.get(ls)
    if cap is not None and (y := _CAPTION_YEAR.match(text, cap)) is not None:
        name_from = y.end()  # (the caption's year before the name: "4.5%—5%：2026年国内生产总值增长目标")
    if cap is None or start - name_from > 4 or _DIGIT.search(text, name_from, start):
        return None
    le = text.find("\n", m.end)
    words = text[m.end:le if le >= 0 else len(text)]
    # (the caption's own words only: those before a figure after the name, "地区生产总值  增长5.9%", are that figure's)
    k = _WORDS_END.search(words).start()
    return _lone_figure(text, ls, cap, m, "" if words[k:k + 1].isdigit() else words[:k])


_DIGIT = re.compile(r"\d")
_CAPTION_YEAR = re.compile(r"(?:到|至)?(?:19|20)\d\d年(?:底|末)?[，,]?")
_WORDS_END = re.compile(r"[ \t\u3000\d，,。；;]|$")


# (and "增长6.6%，略低于7%左右的预期目标；两年平均增长4.9%": the two years' average of the figure, its name left out;
# "…；“十四五”前两年年均增长3.4%": the plan's first years' too;
# not "；两年平均增长率居全市第三", a rank of the average, no rank of the year's figure)
# (and "年均增长9.6%，高于…9%的目标；2015年达到6.3万亿元": the level the span ended at, its name left out)
_ITEM_RANK_NEXT = re.compile(r"(?:增速|增幅|总量)均?(?:位居|位列|居|排名?)")
_SPAN_AVERAGE_NEXT = re.compile(r"(?:[“\"]?十[二三四五]五[”\"]?(?:时期|期间|以来|前[两二三四]年)?|过去五年|五年来)[，,]?(?:年均|平均)(?:增长|下降)|[两二三]年(?:平均|年均)(?:增长|下降)(?=[\d.])"
                                # ("增长3.1%；2020—2022年三年平均增长4.9%": the years of the average named)
                                r"|(?:19|20)\d\d年?[—–\-~～至](?:19|20)?\d\d年(?:[两二三四五]年)?(?:平均|年均)(?:增长|下降)(?=[\d.])"
                                r"|(?:19|20)\d\d年(?:底|末)?(?:达到|达|突破|超过|迈上|跨上)(?=[\d.])|(?:19|20)\d\d年(?:增长|下降)(?=[\d.])")
# "外贸进出口总额达到518.6亿元，增长9.8%，五年年均增长15.3%": a plain change right before the span's average of the
# same figure is the last year's (the span's own change is the average after it), in a paragraph on the five years too
# (or after a 分别 run the figure is in, the averages a run too: "分别增长8.1%和9.2%，“十二五”期间年均分别增长9.8%和11.9%")
_SPAN_AVERAGE_AFTER = re.compile(r"(?:[、和及与]\s*[\d.]+\s*[%％](?:左右|以上)?)*"
                                 r"[，,、]\s*(?:(?:近|过去)?[五四三两二]年(?:来)?|[“\"]?十[二三四五]五[”\"]?(?:时期|期间)?[，,]?)?"
                                 r"(?:分别)?(?:年均|年平均|平均每年)(?:分别)?(?:增长|下降)(?=[\d.])")
# a sentence that opens with a budget's result with no name ("。全年实际完成41.38亿元", "。预计全年完成8.75亿元") after a
# sentence that sets the budget (its 预算 named): the result of the budget's figure
_BUDGET_RESULT_NEXT = re.compile(r"(?:全年|预计全年|预计)?(?:实际)?(?:完成|实现|执行)(?=[\d.])")
_BUDGET_RESULT_FIRST = frozenset("全预实完执")
# the words that set a budget's figure (not the 预算 of 一般公共预算收入's own name)
# (a budget revised, stated with its name: "一般公共预算收入预算调整为15.6亿元，调整后下降1.6%。全年实际完成…")
_BUDGET_SET = re.compile(r"预算(?:数)?(?:调整|调减|调增|下调|上调)?(?:为|是)|年初预算|调整预算|预算安排")


# a sentence that only revises a budget, its name left out, a reason or an approval before ("受疫情影响，经县人大常委会批准，预算
# 调整为40.5亿元，调整后增长0.8%")
_BUDGET_REVISION = re.compile(r"(?:[^。；;！？\n\d%]{0,24}[，,]){0,2}[^。；;！？\n\d%，,]{0,8}?(?:(?:调整|调减|调增|下调|上调)为|调整后的?预算(?:数)?(?:为|是))[\d.]+(?:万|亿|万亿)?元"
                              r"(?:[，,](?:调整后)?(?:比上年|较上年|比去年|较去年|同比)?(?:增长|下降)[\d.]+[%％])?"
                              # (ending the sentence, or before its result in the clause after it: "…调整为24.1亿元，实际完成24.5亿元。")
                              r"(?=。|[，,](?:全年)?实际(?:完成|实现|执行|为)?[\d.])")


def _after_break(text: str, k: int) -> int:
    """``k``, or past the line break at ``k`` and the blank line and indent after it: the next sentence's start where a
    page sets each sentence a paragraph ("…预算为16.8亿元，增长6%。\n受疫情影响，…调整为15.6亿元。\n全年实际完成…")."""
    if text[k:k + 1] != "\n":
        return k
    j = k + 1
    while j < len(text) and j - k < 12 and text[j] in "\n \t\u3000":
        j += 1
    # (or the blank lines a page's break left, its mark and running head dropped: "…年初预算为52.3亿元。\n\n\n\n\n执行中…";
    # three where the mark and the head stood right between two lines, none blank: "【空气质量优良率】2020年达到91.5%。\n- 2 -
    # \n…公报\n2021年保持在90%以上。" read as "…。\n\n\n2021年…", decision 377)
    return j if text.count("\n", k, j) <= 3 or text[j:j + 1] not in "\n \t\u3000" and _page_break_left(text, k, j) else k


def _page_break_left(text: str, k: int, j: int) -> bool:
    """Whether the run of line ends between ``k`` and ``j`` is what a page's break left (four to eight of them, no
    indent): a blank line a layout sets between paragraphs is one. (Eight: a footer's four blank lines, then the page's
    mark and the next page's running head, each on a line of its own, dropped as read.)"""
    return 4 <= text.count("\n", k, j) <= 8 and text[k:j].strip("\n") == ""


def _budget_revision_end(text: str, start: int, i: int, bare: bool = False) -> int:
    """The full stop that ends a sentence revising a budget, right after the full stop ``i`` of a sentence that sets it
    (the figure's from ``start``) and before its result's sentence; -1 if none (the sentences one a paragraph too).
    ``bare``: whatever follows the revision (a name's reach: the result named again, or none, "…年初预算为98.6亿元。
    执行中因上级补助增加等因素，调整为112.4亿元。全年实际完成一般公共预算支出110.9亿元")."""
    if text.find("调", i + 1, i + 60) < 0 or _BUDGET_SET.search(text, _sentence_start(text, start), i) is None:
        return -1
    m = _BUDGET_REVISION.match(text, _after_break(text, i + 1))
    return m.end() if m is not None and (bare or _BUDGET_RESULT_NEXT.match(text, _after_break(text, m.end() + 1)) is not None) \
        else -1


# the sentence after a budget set that revises it, named or not: "…预算调整为15.6亿元", "调整后的一般公共预算收入预算为…",
# or a revision told before its figures ("…经区人大常委会批准，对一般公共预算收支预算进行了调整。")
_BUDGET_REVISED_NEXT = re.compile(r"[^。；;！？\n\d%]{0,70}?(?:预算(?:数)?(?:调整|调减|调增|下调|上调)为|调整后的?[^。；;！？\n\d%，,]{0,14}?"
                                  r"预算(?:数)?(?:为|是)|(?:进行了|作了|做了|予以)(?:相应)?调整。)")


def _budget_revised(text: str, name_start: int, v: Value, after: int) -> bool:
    """Whether the figure ``v`` is a budget that a sentence revises (the set words before it): it is revised in the next
    sentence (``after`` its stop; past a paragraph's break too), or it is the revision itself, 调整后的 before its name
    ("调整后的一般公共预算收入预算为17.2亿元"): a budget set or revised is the year's target, whatever follows
    (docs/decisions.md 1)."""
    # (each of _BUDGET_SET's words holds 预算: a find of it first, most sentences have none)
    if text.find("预算", ss := _sentence_start(text, name_start), v.start) < 0 or _BUDGET_SET.search(text, ss, v.start) is None:
        return False
    if text.find("调整后", max(0, name_start - 8), name_start) >= 0:
        return True
    if (k := text.rfind("。", name_start, v.start)) >= 0 and _budget_revision_end(text, name_start, k, True) >= v.end:
        return True  # (the revision itself, its sentence after the one that set it: "年初预算为98.6亿元。执行中因…，调整为112.4亿元")
    return text[after:after + 1] == "。" and text.find("调", after, after + 80) >= 0 \
        and _BUDGET_REVISED_NEXT.match(text, _after_break(text, after + 1)) is not None


_REVISED_OWN_GROWTH = re.compile(r"(?:(?:调整|调减|调增|下调|上调)为|调整后的?预算(?:数)?(?:为|是))[\d.]+(?:万|亿|万亿)?元[，,](?:调整后)?(?:比上年|较上年|比去年|较去年|同比)?(?:增长|下降)$")
_BUDGET_GROWTH_NEXT = re.compile(r"[，,](?:比上年|同比|较上年)?(?:增长|下降)[\d.]+[%％](?=[。，,；;])")
_BUDGET_OWN_GROWTH = re.compile(r"(?:数)?(?:为|是)?[\d.]+(?:万|亿|万亿)?元[，,](?:比上年|同比|较上年)?(?:增长|下降)")


def _budget_result_next(text: str, start: int, i: int) -> bool:
    """Whether the sentence after the full stop at ``i`` opens with a budget's result and the one ending there
    (the figure's from ``start``) sets a budget."""
    return _BUDGET_RESULT_NEXT.match(text, _after_break(text, i + 1)) is not None \
        and _BUDGET_SET.search(text, _sentence_start(text, start), i) is not None


# a sentence that is only a figure's average over the last years, its name left out (the sentence before names one figure)
_AVERAGE_SENTENCE = re.compile(r"[两二三]年(?:平均|年均)(?:增长|下降)[\d.]+[%％](?:左右)?[。；;，,\n]")
_ASIDE_SPAN_NEXT = re.compile(r"[^，,。；;！？!?\n\d%]{2,24}[，,；;](?=(?:[“\"]?十[二三四五]五[”\"]?(?:时期|期间|以来)|过去五年|五年来|今后五年|五年(?=年均|平均))[，,]?(?:年均|平均)(?:增长|下降))")


@once
def _higher_aim_aside_re() -> re.Pattern:
    """A clause that only raises the rate just set, its name and its verb left out (cues.tsv aim_subject: "，力争7%，",
    "，争取达到8%，"; decision 366): the clause after it may go on with the same name's figure ("，总量突破1200亿元")."""
    aims = "|".join(map(re.escape, sorted(vocab.cues().get("aim_subject", ()), key=lambda w: (-len(w), w))))
    return re.compile(r"(?:" + aims + r")(?:实现|达到|增长)?[\d.]+[%％](?:左右|以上)?(?=[，,])")


# the region's own rate arranged after the level above's ("我盟按6.5%左右安排", "我市按照7%安排"; _OWN_AFTER), ending its
# clause as the rate itself would: a higher aim after it may go on to the same name's level (decision 371)
_ARRANGED_RATE = re.compile(r"按(?:照)?[\d.]+[%％](?:左右|以上)?安排$")


# "增长7.5%左右的预期目标，受疫情冲击未能实现，全年下降3.6%": an aside of the reason (no figure in it) between a
# target and its result (the result's own opening after it decides whether the figure goes on); a bare cause too
# ("预期增长8%，因部分企业停产检修，实际增长5.6%"), its time or a turn before it ("，执行中受外需走弱影响，全年下降3.4%")
_REASON_ASIDE = re.compile(r"(?:执行中|年内|年中|但是?|而)?(?:(?:受|因|由于)[^，,。；;！？!?\n\d%]{1,10}?(?:影响|冲击|拖累)[^，,。；;！？!?\n\d%]{0,8}"
                           r"|(?:因为?|由于)[^，,。；;！？!?\n\d%]{1,20})(?=[，,])")
_REASON_FIRST = frozenset("受因由执年但而")
# the words of a sentence that sets a target ("市八届人大五次会议确定，全年…增长9%左右。", "年初预期增长8%。")
_TARGET_SET_WORDS = re.compile(r"确定|提出|设定|制定|预期|目标|计划")


# a congress's session named by its term and session ("十四届人大四次会议", "第十四届人民代表大会第四次会议")
_SESSION_NAMED = re.compile(r"第?([一二三四五六七八九十]{1,3})届(?:人大|人民代表大会)第?([一二三四五六七八九十]{1,2})次(?:全体)?会议"
                            r"(?![，,：:]?(?:确定|提出|明确|设定))")


def _own_session(text: str, cue: str, ms: int) -> bool:
    """Whether the session a target's lead names ("市十四届人大四次会议确定，") is the one the page names elsewhere as
    its own, not as a setter (its title or lead: "…第十四届人民代表大会第四次会议闭幕", "——在…第四次会议上"): the
    session the report is delivered at, whose figures are this year's (decision 415)."""
    c = re.search(r"第?([一二三四五六七八九十]{1,3})届(?:人大|人民代表大会)第?([一二三四五六七八九十]{1,2})次", cue)
    if c is None:
        return False
    named = [s for s in _SESSION_NAMED.finditer(text) if not s.start() <= ms < s.end()]
    at = (numbers.cn_simple(c.group(1)) or 0, numbers.cn_simple(c.group(2)) or 0)
    if any((numbers.cn_simple(s.group(1)) or 0, numbers.cn_simple(s.group(2)) or 0) > at for s in named):
        # (a later session named on the page is its own: the cue's, named too ("去年县十八届人大二次会议上，有代表建议…"
        # on the third session's page), set last year's targets; decision 422)
        return False
    return any(s.groups() == c.groups() for s in named)


def _reason_then_result_next(text: str, start: int, i: int) -> bool:
    """Whether the sentence after the full stop at ``i`` opens on a reason and then the result, its subject left out
    ("…全年地区生产总值增长9%左右。受工业品价格持续低迷影响，全年实际增长8.1%"; on the next line too, past the break,
    ``_after_break``: decision 417), after a sentence that sets a target
    (``_TARGET_SET_WORDS``) whose first figure is the name's at ``start``: the result of the figure set goes on (decision 412;
    the same reason after a comma, ``_REASON_ASIDE``; not a result word with no reason before it, nor a sentence whose
    figures are another name's first)."""
    a = _REASON_ASIDE.match(text, _after_break(text, i + 1))
    if a is None or not _then_actual_at(text, a.end()):
        return False
    ss = _sentence_start(text, start)
    return _TARGET_SET_WORDS.search(text, ss, i) is not None and not _DIGIT_NOT_YEAR.search(text, ss, start)
def _plan_then_result_next(text: str, start: int, i: int) -> bool:
    """Whether the sentence after the full stop at ``i`` opens on a result's word (``_then_actual_at``: 实际增长, 全年实际完成…),
    its subject left out, after a sentence that sets a target (``_TARGET_SET_WORDS``: "年初计划增长10%。实际增长8.6%。")
    whose first figure is the name's at ``start``, the figure set closing it: the result of the figure set goes on, as past
    a ；and as past a reason (decision 412's; decision 416). Not a sentence whose figures are another name's first, nor
    one whose name is its own ("。税收收入实际增长3.2%": no result word opens it). The next sentence may stand on the next
    line, past blank lines (``_after_break``: a page setting each sentence a paragraph, decision 424)."""
    k = _after_break(text, i + 1)
    if text[k:k + 1] not in _then_actual_first() or (r := _then_actual().match("，" + text[k:k + 23])) is None \
            or _RESULT_FIGURE_NEXT.match(text, k - 1 + r.end()) is None:
        return False  # (the result's figure right after its word: not "。实际完成重点项目投资126亿元", another thing's)
    ss = _sentence_start(text, start)
    return _TARGET_SET_WORDS.search(text, ss, i) is not None and not _DIGIT_NOT_YEAR.search(text, ss, start) \
        and _PLAN_FIGURE_CLOSES.search(text, max(ss, i - 12), i) is not None


_RESULT_FIGURE_NEXT = re.compile(r"\s*(?:增长|下降|上涨|为|达到)?\s*[-−]?[\d.]")
# the figure set closing its sentence, its qualifier or 的目标 after it ("增长10%。", "增长8%左右的目标。")
_PLAN_FIGURE_CLOSES = re.compile(r"[\d.]+\s*(?:%|％|个百分点|(?:万亿|亿|万)?(?:元|人|美元))(?:左右|以上|以内)?(?:的(?:预期)?目标)?$")
# "年度计划增长7%，1—11月增长9.8%，预计全年增长9.5%": the part of the year's figure between a plan and the year's
# estimate is an aside as a reason is (the year's result after it decides whether the plan's figure goes on)
_PART_YEAR_ASIDE = re.compile(r"(?:(?:截至|截止到?|到)\s*1?\d月(?:底|末)|1\s*[—–\-～~至]\s*1?\d月份?|前三季度|上半年|[一二三]季度|前\d{1,2}个月"
                              r"|一至(?:十一|十|[二三四五六七八九])月)(?:同比|累计)*(?:增长|下降|完成|实现|为|新增)?\s*[-−]?[\d.]+\s*"
                              r"(?:%|％|[万亿]{0,2}元|万?人)?(?=[，,])")
_PART_YEAR_FIRST = frozenset("1前上一二三截到")
# the words right before a figure that label it the plan's ("（计划", "，年度计划为", "（预期目标"): the figure is the target
_OWN_PLAN_LABEL = re.compile(r"[（(，,；;]\s*(?:年度|全年|年初|原定|原)?(?:计划|预期|预算)(?:目标|数)?值?(?:为|是)?(?:增长|下降|上涨)?$")
# "社会消费品零售总额18.6亿元，受疫情影响下降3.2%": the reason glued to the figure's own change (no comma between):
# the change goes on with the figure before; so do changes after 分别 ("…58.6亿元，受疫情影响分别下降32.4%和35.1%")
_REASON_GLUED = re.compile(r"(?:受|因|由于)[^，,。；;！？!?\n\d%]{1,10}?(?:影响|冲击|拖累)(?=(?:同比|比上年|较上年)?分?别?(?:下降|增长|减少|回落|下滑|降低)[\d.])")
# "粮食产量822亿斤，再创历史新高，居全国第6位": a clause of praise (no figure in it) between a figure and its rank or
# change (the rank's or change's own opening after it decides whether the figure goes on)
_PRAISE_ASIDE = re.compile(r"(?:(?:再|又|均|首次|连续)?创(?:历史|同期)?(?:新高|最好水平|最高水平)|实现[“\"]?[一二三四五六七八九十两]{1,3}连[增丰涨][”\"]?)"
                           r"(?=[，,](?:位?居|跃居|稳居|位列|排名|同比|比上年|较上年|增长|增幅)|。[ \t\u3000\n]{0,6}(?:今年|明年))")
# (and before this year's figure of the same name in the sentence after, a card's: "粮食产量：去年稳定在780亿斤以上，
# 创历史新高。今年提出保持在770亿斤以上"; in the next paragraph too, a page setting each sentence a paragraph)
_PRAISE_FIRST = frozenset("再又均首连创实")
# "地区生产总值235亿元，仅增长1.2%", "，依然实现了10.2%的增长", "，但仍增长6.8%", "，高达11.5%的增速": a word of emphasis or
# concession before the clause of the same figure (the clause after it, opening as the figure's own does, decides)
_EMPHASIS = re.compile(r"(?:但是?|却|而)?(?:仅仅|仅|只|仍然|仍|依然|依旧|更是)?(?:实现了|高达)?")
_EMPHASIS_FIRST = frozenset("但却而仅只仍依更实高力争努确")
# "全市地区生产总值，在上年高基数基础上，增长6.1%", "外贸进出口总额771.4亿元，受电子产品出口下滑影响，下降15.2%",
# "一般公共预算支出102.3亿元，因抗疫支出增加，增长8.6%" (a bare 因 as 因为; not 因此, 因而),
# "，尽管受疫情冲击较大，但仍增长6.8%": a condition, a reason or a concession (no figure in it) between a name or its
# figure and the figure's change (the clause after it, opening as the figure's own does, decides)
_CONDITION_ASIDE = re.compile(r"(?:(?:受|因|由于)[^，,。；;！？!?\n\d%]{1,14}?(?:影响|冲击|拖累|制约)"
                              r"|在[^，,。；;！？!?\n\d%]{1,20}?[上下中]"
                              r"|(?:尽管|虽然|虽|由于|因为?(?!此|而)|面对|克服)[^，,。；;！？!?\n\d%]{1,18}?)"
                              r"[^，,。；;！？!?\n\d%]{0,6}?(?=[，,])")
_CONDITION_FIRST = frozenset("受因由在尽虽克面")
# (or glued to the figure's own clause: "全市地区生产总值，在高基数上实现了6.3%的增长", "，受疫情影响下降1.9%")
_CONDITION_GLUED = re.compile(r"(?:受|因|由于)[^，,。；;！？!?\n\d%]{1,14}?(?:影响|冲击|拖累|制约)|在[^，,。；;！？!?\n\d%]{1,20}?[上下中]")
# (the figure's own change or rate right after it: not "，受疫情影响较大的住宿餐饮业增加值下降12.1%", another thing's)
_GLUED_CHANGE = re.compile(r"(?:仅仅|仅|只|仍然|仍|依然|依旧)?(?:实现了?|保持了?|高达)?(?:同比|比上年|较上年)?"
                           r"(?:增长|下降|上涨|回落|减少|提高|降低|增速为?|增幅为?)?[\d.]")


@once
def _arranged_budgets() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The budget's names a bare 安排 goes on with, and the words that make a clause no budget's (cues.tsv
    arranged_budgets, arranged_not)."""
    cues = vocab.cues()
    return tuple(cues["arranged_budgets"]), tuple(cues["arranged_not"])


def _budget_arranged(text: str, i: int) -> bool:
    """Whether the clause ending at i (its mark) names a budget's revenue or spending, so that a bare 安排 after it
    ("一般公共预算收入预期增长7%，安排62.7亿元；", decision 323) goes on with its amount; not another figure in 元
    ("城乡居民人均可支配收入增长6%，安排3亿元": funds of their own, decision 326)."""
    lo = rfind_mark(text, max(0, i - 40), i, _CLAUSE_MARKS) + 1
    clause = text[max(lo, i - 40):i]
    names, nots = _arranged_budgets()
    return any(w in clause for w in names) and not any(w in clause for w in nots)


def _goes_on_after_emphasis(text: str, k: int) -> bool:
    """Whether the clause at k opens with words of emphasis, then as the same figure's clause goes on."""
    e = _EMPHASIS.match(text, k).end()
    return e > k and _may_continue(text[e:e + 1]) and _continue().match(text[e:e + 13]) is not None


_AIM_AFTER_ASIDE = re.compile(r"(?:但是?|却|而)?(?:仍然|仍|依然|依旧|还|也)?(?:力争|争取|努力|确保)(?:实现)?")


def _words_then_figure(text: str, k: int) -> bool:
    """Whether the mark at k opens a clause giving the figure of a target set in words before it: aimed at ("，力争增长6%",
    "，努力实现6%左右的增长"), restated ("，具体为6.5%左右") or going on as the figure's own clause does (decision 340)."""
    nxt = text[k + 1:k + 2]
    return nxt in _AIM_FIRST and _AIM_FIGURE_NEXT.match(text, k + 1) is not None \
        or nxt in _FIGURE_RESTATED_FIRST and _figure_restated_re().match(text, k + 1) is not None \
        or _goes_on(text, k + 1)


def _goes_on(text: str, k: int) -> bool:
    """Whether the clause at k, after an aside, goes on with the same figure (emphasis words allowed before it, or the
    words of an aim: "一般公共预算收入尽管面临减税降费压力，仍力争年均增长5%")."""
    if _may_continue(text[k:k + 1]) and _continue().match(text[k:k + 13]) is not None \
            or text[k:k + 1] in _EMPHASIS_FIRST and _goes_on_after_emphasis(text, k):
        return True
    e = (a.end() if (a := _AIM_AFTER_ASIDE.match(text, k)) is not None else k)
    return e > k and _may_continue(text[e:e + 1]) and _continue().match(text[e:e + 13]) is not None
# "1.地区生产总值。年度计划增长8%左右。执行结果增长6.4%。": an item's plan a sentence of its own (opening on its label,
# its one figure), its result the next sentence (opening on the result's label, its figure right after)
_ITEM_PLAN_SENTENCE = re.compile(r"[^\d，,；;：:、（）()]{0,20}?(?:年度|全年|年初)?(?:计划|预期目标|预期|目标)(?:为|是|[：:])?(?:增长|下降|上涨)?[\d.]+\s*[%％]?(?:左右|以上|以内)?。")
_ITEM_RESULT_NEXT = re.compile(r"(?:执行结果|预计完成|实际完成|全年预计|预计|实际)(?:为|是|[：:])?(?:增长|下降|上涨)?(?!(?:19|20)\d\d年)[\d.]")


def _item_result_after_plan(text: str, i: int) -> bool:
    """Whether the 。 at ``i`` ends an item's plan sentence and the next opens with its result (_ITEM_PLAN_SENTENCE)."""
    s = rfind_mark(text, max(0, i - 44), i, _FULL_STOPS) + 1
    # (in the next paragraph too, a page setting each sentence a paragraph: "…年度计划：增长8%左右。\n执行结果：增长7.9%。")
    return _ITEM_RESULT_NEXT.match(text, _after_break(text, i + 1)) is not None \
        and _ITEM_PLAN_SENTENCE.fullmatch(text, s, i + 1) is not None


# "…城镇居民…增长3.6%；农村居民…增长7.9%；年度计划分别增长7%和9%": the plans of a run of results labelled in a
# clause of their own past the ； or the 。, one each (or one for all, 均), as after a comma (_targets_each_after); past
# a ； the plan of the one name before too ("规模以上工业增加值增长4.2%；年度计划增长8%", _PLAN_NEXT)
_PLAN_LABEL = r"(?:计划(?:目标)?|预期目标|预期|目标)"  # (a plan's label after 年度/全年/年初: 年度计划, 年初计划目标…)
_PLANS_EACH_NEXT = re.compile(r"(?:年度|全年|(?:去年|上年)?年初)" + _PLAN_LABEL + r"(?:分别|均)(?:为|是)?(?:增长|下降)?[\d.]")
_PLAN_NEXT = re.compile(r"(?:年度|全年|年初)" + _PLAN_LABEL + r"(?:分别|均)?(?:为|是)?(?:增长|下降)?[\d.]")
_DIGIT_NOT_YEAR = re.compile(r"\d(?![\d.]*\s*年)")
# past a 。, the plan set at the year's start with no name and no 分别/均, when the sentence before is the one name's
# alone ("地区生产总值预计增长7.8%。年初预期目标为增长8%左右。"): 年初 dates it as the year under review's, and no
# name of its own leaves it the name's before (a sentence of several names keeps its plans unread, decision 289)
_PLAN_ONE_NEXT = re.compile(r"(?:去年|上年)?年初" + _PLAN_LABEL + r"(?:为|是)?(?:增长|下降)?[\d.]")
# a sentence opening on last year's plan ("。去年年初预期增长5%，全市实际增长5.6%。"): a year gone by looked back on, plan
# and result, after this year's targets
_LAST_PLAN_OPENS = re.compile(r"(?:去年|上年)年初" + _PLAN_LABEL)


def _last_years_plan_sentence(text: str, c: tuple[int, str, int | None]) -> bool:
    """Whether the yearless cue ``c`` stands in a sentence that opens on last year's plan (_LAST_PLAN_OPENS): its cues
    date no sentence after it ("2021年主要预期目标：…。去年年初预期增长5%，全市实际增长5.6%。社会消费品零售总额增长8%。":
    the last is 2021's target; decision 507's Left, lft62c)."""
    return c[2] is None and c[1] in ("actual", "past_target", "target") \
        and _LAST_PLAN_OPENS.match(text, _sentence_start(text, c[0])) is not None
# (the words such a plan's figure is read with, its 。 first: "。年初计划目标为增长", "。年初目标为增长", "。年初预期为增长": the
# plan of the name's year, kept beside the result and read as its target whatever its label, not only 预期)
# (or the plan a paragraph of its own, a page setting each sentence a paragraph: "…增长6.3%。\n\n年初预期目标为增长6.5%左右。";
# in the new year's report its year named, "…预期增长5.5%左右。\n\n去年年初预期目标为增长6%": the year under review's too)
_PLAN_ONE_VERB = re.compile(r"。(?:\n[\n \t\u3000]*)?(?:去年|上年)?年初" + _PLAN_LABEL + r"(?:为|是)?(?:增长|下降)?")
# "这一增速在全省排第4位", "该增速居全市第2位", "这一总量位列全省第3": a sentence restating the figure just read, to give its rank
# (or after a comparison in its sentence: "这一增速比全省平均水平高0.3个百分点，在全省县域中排名第1")
_THIS_FIGURE_RANK = re.compile(r"(?:这一|该|此)(?:增速|增幅|速度|总量|规模|指标)(?:[^，,。；;！？!?\n]{1,20}?[，,](?=在|居|位居|位列|排))?"
                               r"(?:在[^，,。；;！？!?\n\d]{0,12}?)?(?:居于?|位居|位列|排名|排|列)"
                               r"[^，,。；;！？!?\n\d]{0,12}?(?:第[\d一二三四五六七八九十]|前[\d一二三四五六七八九十])")


def _sentence_start(text: str, pos: int) -> int:
    # (the last of the four marks within 200 characters: one backward walk to the nearest, not four finds, two of
    # which, for ！ and ？, read all 200 characters)
    return rfind_mark(text, max(0, pos - 200), pos, _FULL_STOPS) + 1


def _item_start(text: str, pos: int, clause: bool = False) -> int:
    """Where the sentence or the ；-item holding ``pos`` opens (``clause``: its clause, after a comma too)."""
    return rfind_mark(text, max(0, pos - 200), pos, _ITEM_CLAUSE_STOPS if clause else _ITEM_STOPS) + 1


_SAME_NAMED = re.compile(r"(?:这一|该|此)(?:指标|数字|数值|数据)")


# "增长5.2%，年初预期目标由6.5%下调为4%": the target revised after the result goes on with the same figure
# (longer than the window _continue() reads)
_REVISED_AFTER = re.compile(r"(?:年初|年度|全年)?的?(?:预期|计划|增长)?目标值?(?:由[\d.]+%?)?"
                            r"(?:调整|下调|上调|调减|调增|调低|调高|修订|修改|改)(?:为|至|到)(?=[\d.]+%)")


# "，有望实现2025年达到62%的规划目标", "，距“十四五”规划确定的2.5%的目标仍有差距": the plan's goal restated in
# its review goes on with the same figure (its figure naming itself a target; not "，距全国平均水平还差2个百分点")
_GOAL_RESTATED = re.compile(r"(?:距离?|离|有望(?:提前)?(?:实现|完成|达到))[^，,。；;\n%]{0,20}?[\d.]+%(?:左右|以上|以内)?[”\"’]?"
                            r"的?(?:规划|年度|预期|发展)?(?:年均)?(?:增速|增长)?目标")


# "增长5.3%。与年初确定的增长8%左右的目标相比，虽有差距…": a sentence that only sets the figure before
# against the target set for it goes on with that figure (its subject left out) — where that figure's name
# is the first with figures in its sentence ("…增长5.3%，财政收入增长3%。与…目标相比" names no one figure)
_TARGET_COMPARED_NEXT = re.compile(r"[与同](?:年初|年度|全年|原定)(?:(?:确定|设定|提出|制定|下达)的)?(?:预期)?(?:增长|下降)?"
                                   r"[\d.]+%(?:左右|以上|以内)?的?(?:预期|年度|增长)?目标(?:相比|相较|比)")


# "年均增长9%，到2020年比2010年翻一番以上", "，到2025年比2020年增长40%以上": the same figure's change by the
# plan's end year over a base year, its name left out (longer than the window _continue() reads)
_CHANGE_BY_YEAR_NEXT = re.compile(r"[到至]20\d\d年(?:底|末)?(?:力争|确保|争取|努力)?(?:比|较)(?:19|20)\d\d年(?:底|末)?"
                                  r"(?:实现)?(?:翻|增长|提高|提升|下降|降低)")


def _aside_then_year_set(text: str, i: int, n: int) -> int:
    """Where a year's plan (_YEAR_SET_GOES_ON, its year written) opens the sentence after the one at ``i`` (a full
    stop), that sentence on the same line with no digit in it: the end of the plan's words, else -1. A plan report's
    item goes on to the year's plan of its figure past a reason given for the result ("…增长5.2%，上年计划为8%。主要是
    房地产开发投资下降较多，部分项目前期工作滞后。2024年安排增长7%左右")."""
    j = find_mark(text, i + 1, min(n, i + 120), _FULL_STOPS)
    if j < 0 or text[j] != "。" or not text.startswith(("20", "19"), j + 1) or _A_DIGIT.search(text, i + 1, j) is not None:
        return -1
    m = _YEAR_SET_GOES_ON.match(text, j + 1)
    return m.end() if m is not None else -1


_A_DIGIT = re.compile(r"\d")


# (a news interview's answer, its speaker labelled on a line of its own after the question: "\n市发改委负责人：")
_ANSWER_LABEL = re.compile(r"(?:[ \t\u3000]*\n){1,2}[ \t\u3000]*[^，,。？?！!：:\n\d]{1,16}[：:][ \t\u3000]*")


def _answer_at(text: str, a: int, b: int) -> int:
    """Where the answer opens after a question that ends in text[a:b] and its speaker's label, else -1."""
    k = max(text.rfind("？", a, b), text.rfind("?", a, b))
    m = _ANSWER_LABEL.match(text, k + 1) if k >= 0 else None
    return m.end() if m is not None and m.end() <= b else -1


def _aside_then_last_target(text: str, i: int, n: int) -> int:
    """Where the sentence after the one at ``i`` (a full stop), or the one after an aside with no digit in it, opens
    with last year's target of the same name, its name left out (_LAST_YEARS_TARGET: "…增长5%左右。今年的目标与去年
    持平。去年这一目标是5%以上，实际完成5.4%"), or the answer to a question that ends at ``i`` ("记者：…增长目标为何定在
    6%左右？\n市发改委负责人：去年我市的预期目标是7%"): the end of those words, else -1."""
    k = i + 1
    if text[i] != "。":
        if (a := _ANSWER_LABEL.match(text, k)) is None:
            return -1
        k = a.end()
    if text.find("目标", k, min(n, k + 72)) < 0 and text.find("这一", k, min(n, k + 72)) < 0 \
            and text.find("该", k, min(n, k + 72)) < 0:
        return -1
    if (m := _last_target_opens(text, k, n)) is None:
        j = find_mark(text, k, min(n, k + 60), _FULL_STOPS)
        if j < 0 or text[j] != "。" or _A_DIGIT.search(text, k, j) is not None:
            return -1
        m = _last_target_opens(text, j + 1, n)
    return m.end() if m is not None else -1


def _last_target_opens(text: str, k: int, n: int) -> re.Match | None:
    """_LAST_TARGET_OPENS at ``k``, or after a short lead clause with no digit ("对比去年的政府工作报告，去年的目标为…")."""
    if (m := _LAST_TARGET_OPENS.match(text, k)) is not None:
        return m
    c = find_mark(text, k, min(n, k + 17), _CLAUSE_MARKS)
    if c < 0 or text[c] not in "，," or _A_DIGIT.search(text, k, c) is not None:
        return None
    return _LAST_TARGET_OPENS.match(text, c + 1)


_EN_SENTENCE_END = re.compile(r"(?<=[a-z])\.[ ]?(?=[A-Z])")
_EN_SENTENCE_END_AT = re.compile(r"\.[ ]?(?=[A-Z])")  # (_EN_SENTENCE_END at its full stop, the letter before it read apart)


def _en_sentence_end(text: str, start: int, end: int) -> int:
    """Where ``_EN_SENTENCE_END.search(text, start, end)`` matches, or -1: tried at each full stop found by ``str.find``
    (a pattern that opens with a look behind is tried at every character; most stops are a number's point)."""
    k = text.find(".", start, end)
    while k >= 0:
        if k > 0 and "a" <= text[k - 1] <= "z" and _EN_SENTENCE_END_AT.match(text, k, end) is not None:
            return k
        k = text.find(".", k + 1, end)
    return -1


@once
def _continue_opens() -> frozenset[str]:
    """The characters a match of ``_continue()`` opens with: one set look before its match (which tries its many
    branches in turn)."""
    found = openers(_continue().pattern)
    assert isinstance(found, frozenset)  # (every branch opens with characters that are known)
    return found


def _may_continue(ch: str) -> bool:
    """Whether ``_continue()`` can match at the character ch (a digit beyond the basic plane too: its \\d)."""
    return ch in _continue_opens() or ch > "\uffff"


def _note_close(text: str, start: int, i: int) -> int:
    """The closing bracket of a short note with no figure (its 下同, 含…，不含…) that the comma at i stands in, a note
    opened after start; or -1."""
    lo = max(start, i - 16)
    k = max(text.rfind("（", lo, i), text.rfind("(", lo, i))
    if k < 0 or text.find("）", k, i) >= 0 or text.find(")", k, i) >= 0:
        return -1
    c = min((x for x in (text.find("）", i, i + 16), text.find(")", i, i + 16)) if x >= 0), default=-1)
    if c < 0 or find_mark(text, k, c, _SEMI_STOP_MARKS) >= 0:
        return -1
    if _DIGIT.search(text, k, c) and _DIGIT.search(_converted_amount().sub("", text[k:c])):
        # (a figure only in the note's conversion of the amount before into another currency: "（人民币，下同，约3.75万亿
        # 港元）", "（下同，折合约4600亿美元）")
        return -1
    return c


@once
def _converted_amount() -> re.Pattern:
    """An amount converted into another currency (cues.tsv converted_as or 约, then converted_currencies after it):
    "约3.75万亿港元", "折合美元约4600亿美元", "约合人民币285亿元"."""
    cues = vocab.cues()
    conv = "|".join(map(re.escape, sorted(cues["converted_as"], key=lambda w: (-len(w), w))))
    cur = "|".join(map(re.escape, sorted(cues["converted_currencies"], key=lambda w: (-len(w), w))))
    # (after 约 alone only a currency named, not a bare 元: "（含约3亿元专项债，下同）" is a figure of the note's own)
    # (or the currency named before the figure, its magnitude closing it: "（人民币，下同，折合美元约1267亿）", decision 339)
    return re.compile(r"(?:" + conv + r")(?:" + cur + r")?约?[\d.,]+(?:万亿|亿|万|千)?(?:" + cur + r"|元)"
                      r"|(?:" + conv + r")(?:" + cur + r")约?[\d.,]+(?:万亿|亿|万|千)(?![\d.,])"
                      r"|约(?:" + cur + r")?[\d.,]+(?:万亿|亿|万|千)?(?:" + cur + r")")


@once
def _converted_note() -> re.Pattern:
    """A bracket after an amount opening on its conversion into another currency (cues.tsv converted_as: 约合, 折合…; or
    converted_by, 以/按, the currency and 计: "（以人民币计为5698.1亿元）", "（按人民币计算为…）"): the same amount told
    again, no level of its own though a level's 为 ends it (decision 347)."""
    cues = vocab.cues()
    conv = "|".join(map(re.escape, sorted(cues["converted_as"], key=lambda w: (-len(w), w))))
    cur = "|".join(map(re.escape, sorted(cues["converted_currencies"], key=lambda w: (-len(w), w))))
    by = "|".join(map(re.escape, sorted(cues.get("converted_by", ()), key=lambda w: (-len(w), w)))) or "(?!)"
    return re.compile(r"[（(](?:" + conv + r"|(?:" + by + r")(?:" + cur + r")(?:计算|计))")


_FIGURE_ENDS = frozenset("0123456789%％元人吨户个亩右上内")  # (a figure's last character: its digit, unit or qualifier)


_HEADLINE_GAP_AFTER = frozenset("，,。；;：:、（(“\"| \u3000")
_HEADLINE_MAX = 80  # (the characters a news headline's first half may take before its 今年)


def _headline_turn(text: str, start: int, end: int) -> int:
    """Where this or next year's clause opens right after a figure in text[start:end] with no mark between (a news
    headline's halves, the space between dropped by normalize: "去年地区生产总值首次突破1800亿元 今年预期增长6%左右"), or -1."""
    for word in ("今年", "明年"):
        k = text.find(word, start + 1, end)
        while k >= 0:
            if text[k - 1] in _FIGURE_ENDS and (text[k - 1] not in "右上内" or text[k - 2:k] in ("左右", "以上", "以内")):
                return k
            # (or, on the page's first line, after the words that close the first half: "去年GDP迈上2.7万亿元台阶 今年预期
            # 增长5.5%以上", its space dropped; not after a mark: "…，今年…" is left to the comma's rules; a headline is
            # short: not a page read as one line, whose first line is all of it)
            if k <= _HEADLINE_MAX and text[k - 1] not in _HEADLINE_GAP_AFTER and text.find("\n", 0, k) < 0:
                return k
            k = text.find(word, k + 2, end)
    return -1


# the plan's yearly average that a year's target weighs, its name left out: in the target's own sentence ("地区生产总值
# 增长5.5%左右的预期目标，考虑了实现“十五五”时期年均增长5%以上的规划目标的需要"), or in the next one that names the target
# as 这一目标 ("…增长5%左右，在实际工作中努力争取更好结果。这一目标，充分考虑了“十五五”时期年均增长5%左右的规划目标"): the
# same figure's goal over the plan (decision 213; "与“十五五”规划年均增长…相衔接" right after the figure was read already)
_WEIGHS_PLAN_AVERAGE = (r"(?:既|是|主要是)?(?:充分|综合|统筹)?(?:考虑|兼顾|衔接|对接|锚定|对标|参照)(?:了|到)?(?:实现|完成)?"
                        r"[^，,。；;！？!?\n\d%]{0,8}?(?=[“\"]?十[三四五六]五[”\"]?(?:规划)?(?:时期|期间)?的?(?:年均|平均)(?:增长|下降)[\d.])")
_WEIGHED_AVERAGE_SAME = re.compile(_WEIGHS_PLAN_AVERAGE)
# (这一目标 or 这一增速 may set itself beside the plan's average, "这一增速与“十五五”规划年均增长5%以上的目标相衔接", the
# plan's outline that set it named, "与“十三五”规划纲要确定的年均增长6.5%的目标相衔接")
# (in the next paragraph too, a page setting each sentence a paragraph: "…更好结果。\n\n这一增速既考虑了…")
# (or the target named back by 这 alone before the weighing: "…更好结果。这既衔接了“十五五”时期年均增长5%以上的规划要求")
_WEIGHED_AVERAGE_NEXT = re.compile(r"(?:[^，,。；;！？!?\n\d%]{2,30}。(?:[ \t\u3000]*\n){0,2}[ \t\u3000]*)?(?:(?:这一|该|此|上述|这个)(?:预期)?(?:目标|增速)[，,]?"
                                   r"|这(?=既|主要是|充分|综合|统筹))"
                                   r"(?:(?:与|同)(?=[“\"]?十[三四五六]五[”\"]?(?:规划(?:纲要)?(?:确定|提出|明确|设定)?)?(?:时期|期间)?的?(?:年均|平均)(?:增长|下降)[\d.])|"
                                   + _WEIGHS_PLAN_AVERAGE + ")")


def _list_named_back(text: str, a: re.Match, start: int) -> bool:
    """Whether the weighing ``a`` names back the whole list (cues.tsv list_named_back: 上述, 以上, 这些) and the name at
    ``start`` is not the first figure of its sentence: "…地区生产总值增长6%左右，一般公共预算收入增长4%。上述目标与“十四五”
    时期年均增长5%左右的规划目标相衔接" — the plan's average is no goal of the list's last name (adv61c)."""
    return any(w in a.group(0) for w in vocab.cues()["list_named_back"]) \
        and _DIGIT_NOT_YEAR.search(text, _sentence_start(text, start), start) is not None


# an item that opens on the target just set, named back ("这一目标", "该增速"): it weighs the target (``_WEIGHED_AVERAGE_NEXT``)
_TARGET_NAMED_BACK = re.compile(r"\s*(?:(?:这一|该|此|上述|这个)(?:预期)?(?:目标|增速)|这(?=既|主要是|充分|综合|统筹))")


# ("市下达我区的目标任务为：…增长5%；我区确定为增长6%": the region's own figure set after the level above's, past a ；)
_OWN_SET_NEXT = re.compile(r"(?:我|本)[市区县州旗盟][^，,。；;\d%]{0,14}?(?:确定|定|设定)为(?:增长|下降)?(?=[\d.])")


def _own_set_at(text: str, i: int) -> bool:
    """Whether the region's own figure is set at i, in an item after the level above's handed down before it."""
    return _OWN_SET_NEXT.match(text, i) is not None and _HANDED_LEAD.search(text, _after_mark(_FULL_STOPS, text, i - 300, i), i) is not None


# a restated target's fate in words, no figure, before the year's result ("，这一目标经过努力基本实现，全年增长7.3%")
_TARGET_FATE = re.compile(r"(?:这一目标|该目标)?(?:经过|经)?(?:[\u4e00-\u9fff]{0,6}?(?:共同)?努力)?[，,]?(?:已经|已)?(?:基本|顺利|圆满|全面|超额)?"
                          r"(?:实现|完成|达成)(?=[，,](?:全年|实际|全年实际)(?:增长|下降|完成|实现|达到)?[\d.])")


def _above_clause_then_own(text: str, i: int, own: str) -> bool:
    """Whether the clause ending at the comma ``i`` opens on a level above's plan or result (_above_set_clause_rx: "：全省
    增长4.6%", "：全省预期增长7%") and the next on the region's own whole or own word and its change ("，全州增长5.1%"
    in a 自治州): the region's figure after the level above's, its name left out (the word above not the region's own)."""
    cs = _after_mark(_CLAUSE_MARKS, text, i - 24, i)
    am = _above_set_clause_rx().match(text, cs, i)
    return am is not None and not (am.group(1) or am.group(2)).endswith(own[-1]) \
        and text[i + 2:i + 3] == own[-1] and _BARE_CHANGE_AT.match(text, i + 3) is not None


_BARE_CHANGE_AT = re.compile(r"(?:增长|下降|上涨)(?=[-−]?[\d.])")


def _tail_end(text: str, start: int, limit: int, own: str = "") -> int:
    """Where the values of a mention stop: the sentence end, or a clause that starts something else (``own``: the
    report's region, whose word may follow the level above's figures)."""
    n = min(limit, len(text))
    # (an English sentence's end on a bilingual page, its space dropped by normalize: "…grew 5.8 percent.China's GDP
    # grew 5.2 percent"; not "U.S.dollars", "Jan.23")
    if (dot := _en_sentence_end(text, start, n)) >= 0:
        n = dot
    if (turn := _headline_turn(text, start, n)) >= 0:
        n = turn
    i = start
    while (i := find_mark(text, i, n, _TAIL_MARKS)) >= 0:
        nxt: str = text[i + 1:i + 2]  # (the character after the mark, read by most tests below: one slice, not one a test)
        # (the mark itself, read by most tests below too: one index a mark, not one a test; compiled, each text[i] of a CJK
        # mark is a lookup by a Python int and a new one-character string)
        mark: str = text[i]
        if mark == "," and _inside_en_relative(text, start, i):
            return i  # (a name inside another's relative clause: the change after its closing comma is the other's, 415)
        # (after a full stop too, "全县生产总值增长10.1%。今年预期增长9.5%" in a news lead, when that sentence
        # gave no other figure before: "…增长10.1%，财政收入增长8%。今年预期增长9.5%" names neither)
        # (and in the next paragraph, a page setting each sentence a paragraph: "【地区生产总值】去年实际完成4606.2亿元，增长
        # 4.3%。\n\n今年预期目标为增长5%左右。", an explainer's card)
        if mark in "，,；;。" and (ty := _this_year_at(text, _after_break(text, i + 1) if nxt == "\n" and mark == "。" else i + 1)) \
                and (mark != "。" or not _DIGIT_NOT_YEAR.search(text, max(0, _sentence_start(text, start)), start)):
            i = ty.end()
            continue
        if mark == "。" and nxt == "\n" and _plan_then_result_next(text, start, i):
            i = _after_break(text, i + 1)  # (the plan's result on a line of its own, a page setting each sentence a
            continue  # paragraph: "…年初计划增长10%。\n\n实际增长8.6%。", decision 424; on the same line, the comma's step below)
        if mark == "。" and nxt == "\n" and text[(k := _after_break(text, i + 1)):k + 1] in ("年", "全", "去", "上") \
                and (_PLANS_EACH_NEXT.match(text, k) is not None
                     or text[k] in "年去上" and _PLAN_ONE_NEXT.match(text, k) is not None
                     and not _DIGIT_NOT_YEAR.search(text, _sentence_start(text, start), start)):
            i = k  # (the plan set at the year's start, a paragraph of its own: the 。 steps below, past the break; one
            # name's, or each name's of the sentence before with 分别/均)
            continue
        if mark == "。" and (j := _aside_then_year_set(text, i, n)) >= 0:
            i = j  # ("增长5.2%。主要是房地产开发投资下降较多。2024年安排增长7%左右": past a reason with no figure)
            continue
        if mark == "\n" and (nxt in "12" or nxt in _year_row_lead_firsts()) and _year_row_under_total(text, start, i):
            i += 1  # ("五年累计新增城镇就业38.6万人\n2025年新增8.1万人", "五年累计完成固定资产投资2.36万亿元\n2020年完成5120
            continue  # 亿元": a card's row of the span's year under its total, its name left out, as after a comma;
            # decisions 347 and 348)
        # (and so with a blank line between, a Word file's paragraphs each set apart by one or a card's lines spaced:
        # "五年累计完成固定资产投资2.36万亿元\n\n2020年完成5120亿元", decision 369)
        # (or blank lines, up to three: a page's mark and head dropped between them, "…1.12万亿元\n- 1 -\n…公报\n2025年完成…")
        if mark == "\n" and nxt == "\n" and (r := _past_blank_lines(text, i)) > 0 and (n3 := text[r:r + 1]) \
                and (n3 in "12" or n3 in _year_row_lead_firsts()) and _year_row_under_total(text, start, i, True, r):
            i = r
            continue
        # (the name's own item of a ；-list counts as its sentence: "…增长6.5%左右；城镇调查失业率控制在5%以内。去年这一
        # 指标为4.6%" is the last item's; so does its clause before 这一指标/该指标, which says "the name just read":
        # "…增长6.5%左右，城镇调查失业率控制在5%以内。去年这一指标为4.6%")
        if mark in "。？?" and (j := _aside_then_last_target(text, i, n)) >= 0 \
                and not _DIGIT_NOT_YEAR.search(text, _item_start(text, start, _SAME_NAMED.search(text, i, j) is not None), start):
            i = j  # ("增长5%左右。今年的目标与去年持平。去年这一目标是5%以上": last year's target of the name, past an aside)
            continue
        if mark in "，," and (c := _note_close(text, start, i)) >= 0:
            i = c  # ("一般公共预算收入（不含土地出让收入，下同）15.6亿元": a comma inside the name's note in brackets)
            continue
        if mark in "，," and nxt in "全我" and own and _above_clause_then_own(text, i, own):
            i += 1  # ("地区生产总值：全省增长4.6%，全州增长5.1%": past the level above's figure to the region's own; hnd61)
            continue
        if mark in "。，," and nxt in "这该此" and _THIS_FIGURE_RANK.match(text, i + 1):
            i += 1  # "…增长4.5%，高于全省0.4个百分点。这一增速在全省排第4位": the same figure's rank, named by 这一增速
            continue  # (after a comma too: "…增长8.3%，这一增速在西部省份中排第2位")
        if mark in "；;" and _SPAN_AVERAGE_NEXT.match(text, i + 1):
            i += 1  # "增长8.6%；“十三五”以来年均增长8.9%": the same figure's average, its name left out
            continue
        if mark in "，,。" and text.find("五", i + 4, i + 70) >= 0 and (
                (a := _WEIGHED_AVERAGE_NEXT.match(text, _after_break(text, i + 1) if nxt == "\n" else i + 1)) is not None
                and not _list_named_back(text, a, start)
                or mark != "。" and (a := _WEIGHED_AVERAGE_SAME.match(text, i + 1)) is not None):
            i = a.end()  # ("…的预期目标，考虑了“十五五”时期年均增长5%以上的规划目标": the plan's average the target weighs)
            continue  # (这一增速 in the next paragraph too, a page setting each sentence a paragraph)
        if mark == "。" and (nxt in "执预实全" or nxt == "\n") and _item_result_after_plan(text, i):
            i = _after_break(text, i + 1)  # (an item's plan, then its result a sentence of its own: _ITEM_PLAN_SENTENCE)
            continue
        if mark == "。" and (j := _budget_revision_end(text, start, i, True)) > 0:
            i = j  # ("…预算为42.6亿元，增长6%。受疫情影响，…预算调整为40.5亿元，调整后增长0.8%。全年实际完成…": past the revision)
            continue
        if mark == "。" and (nxt in _BUDGET_RESULT_FIRST or nxt == "\n") and _budget_result_next(text, start, i):
            i = _after_break(text, i + 1)  # "…收入预算为42.6亿元，增长6%。全年实际完成41.38亿元，增长3%": the budget's
            continue  # result, its name left out (in the next paragraph too, a page setting each sentence a paragraph)
        if mark == "。" and nxt in "两二三" and _AVERAGE_SENTENCE.match(text, i + 1) \
                and not _DIGIT_NOT_YEAR.search(text, max(0, _sentence_start(text, start)), start):
            i += 1  # "…增长8.7%，总量跃居全省第2位。两年平均增长6.4%。": the average, a sentence of its own, of the one name before
            continue
        if mark in "；;" and nxt in "增总" and _ITEM_RANK_NEXT.match(text, i + 1):
            i += 1  # "年均增长7.2%，高于全区1.1个百分点；增速居全区第3位": the same figure's rank, its name left out
            continue
        if mark in "，," and nxt in _COMPARED_ASIDE_FIRST and (a := _COMPARED_ASIDE.match(text, i + 1)) is not None and text[a.end():a.end() + 1] == "。" \
                and _last_target_opens(text, a.end() + 1, n) is not None:
            i = a.end()  # ("增长6%左右，高于全国平均水平0.5个百分点。去年这一目标是6.5%左右": past the comparison, to last year's)
            continue
        if mark in "，," and text[i - 2:i] == "方面" and (a := _above_aim_clause_end(text, i + 1)) > 0:
            i = a  # ("工业增加值方面，全市目标为8%，我县实际增长9.2%": past the level above's target, to the region's result)
            continue
        if mark in "，," and text[i - 2:i] == "方面" and _own_aim_opens().match(text, i + 1) is not None:
            i += 1  # ("社会消费品零售总额方面，我县目标为8%，实际增长8.7%": the sector's own target, then its result)
            continue
        if mark in "，," and text[i - 2:i] == "方面" and own and nxt == "全" and text[i + 2:i + 3] == own[-1] \
                and _aim_clause_rx().match(text, i + 1) is not None:
            i += 1  # ("固定资产投资方面，全区计划增长8%，全区实际增长9.1%" in a district: its own whole's plan, then its result;
            # the level above's 全区 in a county of 广西 was passed just above; hnd61)
            continue
        if mark in "，," and text[i - 2:i] == "目标" and (a := _TARGET_FATE.match(text, i + 1)) is not None:
            i = a.end()  # ("增长7.5%的目标，这一目标经过努力基本实现，全年增长7.3%": past the target's fate in words, to the result)
            continue
        if mark in "，,；;。" and nxt == "全" and (a := _above_then_own(text, i + 1, own)) > 0:
            i = a  # ("增长8.1%，全省为7.8%，我市增速居全省第4位": past the level above's figure, to the region's place)
            # (after a ； too: "…增长8.6%；全国增长6.7%，全省增长8.1%，我市增长8.6%，居全省第4位"; and after a full stop, the
            # levels' figures a sentence of their own: "…完成212.6亿元。全国增长8.1%，全省增长7.7%，我区增长8.6%，…")
            continue
        if mark in "，," and (nxt == "全" or text.find("为", i + 3, i + 10) >= 0) and (a := _ABOVE_THEN_PLACE.match(text, i + 1)) is not None:
            i = a.end()  # (the level above by its name or its average: "，昭通市为4.0%，我县增速居全市第3位", "，全市平均增长3.1%，…")
            continue
        if mark in "，," and nxt in "净新" and (a := _GAIN_THEN_PLACE.match(text, i + 1)) is not None:
            i = a.end()  # ("达到156家，净增32家，总数居全市第2位": past the stock's gain, to its place)
            continue
        if mark in "，," and nxt in _CONDITION_FIRST and (a := _CONDITION_ASIDE.match(text, i + 1)) \
                and _goes_on(text, a.end() + 1):
            i = a.end()  # ("地区生产总值，在上年高基数基础上，增长6.1%": past the condition, to the figure's change)
            continue
        if mark in "，," and nxt in _CONDITION_FIRST and (a := _CONDITION_GLUED.match(text, i + 1)) \
                and _GLUED_CHANGE.match(text, a.end()):
            i += 1  # ("，在高基数上实现了6.3%的增长": the condition glued to the figure's clause)
            continue
        if mark in "，," and (nxt in _AIM_FIRST and _AIM_FIGURE_NEXT.match(text, i + 1)
                             or nxt in _FIGURE_RESTATED_FIRST and _figure_restated_re().match(text, i + 1)) \
                and not _DIGIT_NOT_YEAR.search(text, start, _before_peer_gap(text, start, i)):
            i += 1  # "第一产业增加值保持稳定，力争增长3%": words first, then the figure aimed at, the name's
            # ("地区生产总值增长高于全国、力争高于全省平均水平，具体为6.5%左右": or restated, decision 340)
            continue
        if mark in "，," and nxt in _PEER_PACE_FIRST and (a := _peer_pace_re().match(text, i + 1)) is not None \
                and not _DIGIT_NOT_YEAR.search(text, start, i) and _words_then_figure(text, a.end()):
            i = a.end()  # ("…增长保持在合理区间，力争与全省同步，努力实现6%左右的增长": past the pace kept, to the figure)
            continue
        if mark in "，,；;" and nxt in "去上" and _LAST_YEAR_CLAUSE.match(text, i + 1) \
                and (_EARLIER_YEAR_NAMED.search(text, _after_mark(_CLAUSE_MARKS, text, max(0, start - 24), start), start)
                     # ("全省生产总值年均增长6.2%，去年达到3.2万亿元": the years' average, then the last one's level)
                     or text[i - 1:i] in "%％" and text.find("年均", start, i) >= 0
                     # ("地区生产总值：本年预计完成3845亿元，增长7.1%；上年为3566.8亿元" in a plan report of December:
                     # the year's figure, then the year before's, decision 155)
                     or _late(text) and _OWN_YEAR_AFTER_NAME.match(text, start) is not None
                     # ("社会消费品零售总额：今年以来增长6.1%；上年增长5.6%": a card's year so far, then last year's
                     # figure past a ；, as past a comma; _role_period dates it by _last_year_turn)
                     or mark in "；;" and text.find("以来", start, i) >= 0 and _SO_FAR.search(text, start, i) is not None):
            i += 1  # "前年全县粮食总产量为38.2万吨，去年达到39.1万吨": last year's figure of the name, its name left out
            continue
        if mark in "，,；;" and nxt in _THIS_YEAR_FIRST and text[i - 1:i] in "%％" and _late(text) \
                and _THIS_YEAR_CLAUSE.match(text, i + 1) and text.find("年均", start, i) >= 0:
            i += 1  # ("“十四五”期间，全市地区生产总值年均增长5.9%，预计今年达到3600亿元" in a report of December: the
            # years' average, then the level of the year under review, its name left out, as after 去年's)
            continue
        if mark in "，," and nxt in _CORRECTED_FIRST and (a := _CORRECTED_NEXT.match(text, i)) is not None:
            i = a.end()  # (an estimate's final count: "预计为3.5%，经统计部门最终核实为3.9%", "…，经审定，最终为…", read by _values)
            continue
        # ("…目标是增长6%；全年实际增长6.3%": the result of the figure set goes on past a ；; so do the results of a run of
        # figures set, their names left out: "年初计划地区生产总值增长6%、固定资产投资增长8%；实际分别增长6.2%、5.1%")
        if mark in _SENT_END and not (mark in "；;" and (_then_actual_at(text, i) or nxt in "我本" and _own_set_at(text, i + 1)
                                                              or mark == ";" and nxt in _en_pronoun_first() and _en_pronoun_change().match(text, i + 1) is not None
                                                              or nxt in "实预全执" and _then_results().match(text, i)
                                                              or nxt in "年全" and _PLAN_NEXT.match(text, i + 1))
                                         or mark == "。" and nxt in "年全" and _PLANS_EACH_NEXT.match(text, i + 1)
                                         or mark == "。" and nxt in "年去上" and _PLAN_ONE_NEXT.match(text, i + 1) is not None
                                         and not _DIGIT_NOT_YEAR.search(text, _sentence_start(text, start), start)) \
                and not (mark == "。" and nxt in "与同" and _TARGET_COMPARED_NEXT.match(text, i + 1)
                         and not _DIGIT_NOT_YEAR.search(text, _sentence_start(text, start), start)) \
                and not (mark == "。" and (nxt in _REASON_FIRST or nxt == "\n") and _reason_then_result_next(text, start, i)) \
                and not (mark == "。" and _plan_then_result_next(text, start, i)) \
                and not (mark == "," and _en_relative_end(text, start, i) > 0) \
                or not (_may_continue(nxt) and _continue().match(text[i + 1:i + 14]) and (nxt != "安" or _budget_arranged(text, i))
                        or _then_actual_at(text, i)
                        or mark in ";," and nxt in _en_pronoun_first() and _en_pronoun_change().match(text, i + 1) is not None
                        or mark in "，," and nxt in _EMPHASIS_FIRST and _goes_on_after_emphasis(text, i + 1)
                        or mark in "，," and nxt in _EMPHASIS_FIRST and not _DIGIT_NOT_YEAR.search(text, start, i)
                        and _goes_on(text, i + 1)
                        or nxt in _result_first() and (_then_results().match(text, i) or _YEAR_FIGURE_AFTER.match(text, i))
                        or text.find("目标", i + 1, i + 9) >= 0 and _REVISED_AFTER.match(text, i + 1)
                        or nxt in _set_target_first() and _set_target_next().match(text, i + 1)
                        or mark in "，," and text.find("调", i + 1, i + 44) >= 0 and _REVISED_NEXT.match(text, i)
                        or nxt in "距离有" and _GOAL_RESTATED.match(text, i + 1)
                        or mark in "，," and text.startswith(("到", "至"), i + 1) and _CHANGE_BY_YEAR_NEXT.match(text, i + 1)
                        or mark == "。" and _plan_then_result_next(text, start, i)
                        or mark == "," and ("a" <= nxt <= "z" or nxt == " ") and _en_target_compared_rx().match(text, i) is not None):
            if mark == "。" and _plan_then_result_next(text, start, i):
                i += 1  # (the result of the plan just set, a sentence of its own: decision 416)
                continue
            if mark == "。" and (nxt in _REASON_FIRST or nxt == "\n") and _reason_then_result_next(text, start, i):
                # (past the reason, a sentence of its own: decision 412; on a line of its own too, a page setting each
                # sentence a line or a paragraph, decision 417)
                i = _REASON_ASIDE.match(text, _after_break(text, i + 1)).end()
                continue
            if mark == "," and (j := _en_relative_end(text, start, i)) > 0:
                i = j  # (past an English relative clause to the name's own change: decision 412)
                continue
            if mark in "，," and nxt in _REASON_FIRST and (a := _REASON_ASIDE.match(text, i + 1)) \
                    and (_then_actual_at(text, a.end()) or _YEAR_FIGURE_AFTER.match(text, a.end())
                         or text[a.end() + 1:a.end() + 2] in _result_first() and _then_results().match(text, a.end())):
                i = a.end()  # (past the reason: "，受疫情冲击未能实现，全年下降3.6%" is the result of the figure set)
                continue
            if mark in "，," and nxt in _PART_YEAR_FIRST and (a := _PART_YEAR_ASIDE.match(text, i + 1)) \
                    and (_then_actual_at(text, a.end()) or _YEAR_FIGURE_AFTER.match(text, a.end())):
                i = a.end()  # (past the part of the year: "，1—11月增长9.8%，预计全年增长9.5%" is the year's result)
                continue
            if mark in "，," and nxt in _REASON_FIRST and _REASON_GLUED.match(text, i + 1):
                i += 1
                continue
            if mark in "，," and nxt in _PRAISE_FIRST and (a := _PRAISE_ASIDE.match(text, i + 1)):
                i = a.end()  # (past the praise: "，再创历史新高，居全国第6位" is the figure's rank)
                continue
            if mark in "，,；;" and text.find("五", i + 4, i + 34) >= 0 and (a := _ASIDE_SPAN_NEXT.match(text, i + 1)):
                i = a.end()  # ("增长5%以上，力争在实际工作中取得更好结果；“十五五”期间年均增长5%左右": past an aside with no figure)
                continue
            if mark in "，," and (text[i - 1:i] in "%％右上" or text[i - 2:i] == "安排" and _ARRANGED_RATE.search(text, max(0, i - 16), i)) \
                    and (a := _higher_aim_aside_re().match(text, i + 1)) is not None \
                    and _goes_on(text, a.end() + 1):
                i = a.end()  # ("增长6.5%左右，力争7%，总量突破1200亿元": past the higher rate aimed at, to the same name's level;
                # decision 366)
                continue
            return i
        i += 1  # a comma that goes on with the same figure
    return n


@once
def _share_of() -> dict[str, tuple[str, tuple[str, ...]]]:
    """numerator id → (ratio id, the words of the whole): ``data/share_of.tsv``."""
    return {r[0]: (r[2], tuple(w for w in r[1].split("/") if w)) for r in vocab.table("share_of.tsv") if len(r) >= 3}


_SHARE_DENOM_PLACE = re.compile(r"[全我本][国省市区县州旗盟]$")
_SHARE_DENOM_LEVEL = re.compile(r"占(?:[省市区县州旗盟]本?级|本级)$")
_WHOLE_OF = re.compile(r"[全我本](?=[国省市区县州旗盟])|国内|[国省]")
# a flow's ratio to the whole said with 与…之比 or 相当于…的 ("，与国内生产总值之比为2.18%", the statistical
# communiqué's and the national plan report's wording; "，相当于地区生产总值的2.5%"): the words before the figure
_RATIO_TO = re.compile(r"(?:与|同)[^，,。；;：:\d%]{1,12}之比(?:为|是|达到|达)?$|相当于[^，,。；;：:\d%]{1,12}的$")


# the verb of the level a share reached, opening the clause after the points it moved ("，达到47.8%")
_SHARE_REACHED = frozenset(("达到", "达", "为", "升至", "增至", "提高到", "提升到", "上升到", "提高至", "提升至", "上升至"))


def _share_whole(whole: tuple[str, ...], verb: str, own: str) -> bool:
    """Whether the words before a share are "占" the whole ("，占生产总值比重达到", "，占全市GDP的比重为"),
    or its ratio to it (_RATIO_TO), the report's own whole: not a region above's ("占全省生产总值比重达到12%" in a
    city's report; 国内 only in the country's own report)."""
    at = verb.rfind("占")
    if at < 0 and (rm := _RATIO_TO.search(verb)) is not None:
        at = rm.start()
    if at < 0 or not any(w in verb[at:] for w in whole):
        return False
    wm = _WHOLE_OF.search(verb, at)
    if wm is None:
        return True
    if wm.group(0) == "国内":
        return own == "中华人民共和国"
    place = verb[wm.end():wm.end() + 1] if wm.group(0) in "全我本" else wm.group(0)
    return bool(own) and place == own[-1:]


@once
def _rate_names() -> tuple[str, ...]:
    return vocab.cues().get("rate_names", ())


@once
def _composite_rank() -> tuple[str, ...]:
    return vocab.cues().get("composite_rank", ())


@once
def _rate_words() -> tuple[str, ...]:
    return vocab.cues().get("rate_words", ())


@once
def _set_lead() -> re.Pattern:
    # (not after a word comparing with it: "好于预期", "超预期")
    compared = "".join(f"(?<!{re.escape(w)})" for w in vocab.cues().get("set_lead_compared", ()))
    # (set_lead_before_figure: not before 的 or a mark, the figure after it; the search ends at the figure, so no look
    # ahead can see it)
    before = "|".join(map(re.escape, vocab.cues().get("set_lead_before_figure", ()))) or "(?!)"
    # (下达, the receiver and the name, then the task word right before the figure, the search's end: "上级下达我市一般公共
    # 预算收入任务430亿元", "…固定资产投资任务合计150亿元", cues.tsv set_lead_task_words, decision 505)
    c = vocab.cues()
    task = (rf"|(?:{longest_first(c['hand_down_words'])})[^，,。；;：:、的\d]{{1,16}}?(?:{longest_first(c['set_lead_task_words'])})"
            rf"(?:{longest_first(c['set_lead_task_sums'])})?(?=[\d.]|$)") if c.get("set_lead_task_words") else ""
    return re.compile(compared + "(?:" + ("|".join(map(re.escape, c.get("set_lead", ()))) or "(?!)")
                      + f"|(?:{before})(?![的，,。；;：:、])" + task + ")")


@once
def _then_actual() -> re.Pattern:
    words = "|".join(map(re.escape, vocab.cues().get("then_actual", ())))
    # (a plan report's "计划目标6%，执行5.2%": a bare verb of the result, its figure right after it)
    bare = "|".join(map(re.escape, vocab.cues().get("then_actual_figure", ()))) or "(?!)"
    # (the time of the plan's carrying out before them: "年初计划增长8%，执行中实际增长8.3%", cues.tsv then_actual_lead)
    lead = "|".join(map(re.escape, vocab.cues().get("then_actual_lead", ()))) or "(?!)"
    # ("预期增长7.5%、实际增长4.2%": a 、 joins the plan and its result only where 实际 opens the result)
    # (the region's whole or own word before them: "全市计划增长9.5%，全区执行增长10.2%", decision 472; a level above's
    # word there is read as its own figure, _above_set_clause)
    whole = longest_first((*vocab.cues()["region_whole_below"], *vocab.cues()["region_self"]))
    # (a bare verb after the whole's word: "，全市新增6800人", cues.tsv then_actual_whole_figure, decision 501; its figure
    # bounded too, "上级下达任务1.8万人，全县新增2万人以上" in a review — a plan part's "市下达目标1.5万人，全县新增1.6万人
    # 以上" (the region's own higher aim) takes its role from its part, not from this comma rule: lft62c)
    wb = longest_first(x) if (x := vocab.cues().get("then_actual_whole_figure", ())) else "(?!)"
    own = rf"|(?:{longest_first(vocab.cues()['region_whole_below'])})(?:{wb})(?=[\d.])"
    return re.compile(rf"(?:[，,；;]\s*(?:而|但)?|、(?=实际))(?:(?:{lead})?(?:{whole})?(?:{words}|(?:{bare})(?=[\d.])){own})" if words else "(?!)")


@once
def _then_label() -> re.Pattern:
    """A plan report's labelled cells, "计划7%，完成6.1%", "目标 10% 实际 8.5%", "计划 3.5 完成 3.8" (its spaces
    normalised away, or read as cells: "计划|3.5|完成|3.8"): a bare label of the result right after the plan's
    figure, its figure after it (then_actual_label, then_actual_figure)."""
    c = vocab.cues()
    words = sorted({w for k in ("then_actual_label", "then_actual_figure") for w in c.get(k, ()) if w}, key=lambda w: (-len(w), w))
    # ("上年计划7%，上年预计完成6.5%，今年目标6%左右": a record's labels may each name last year again)
    # (the region's whole or own word after the comma, as _then_actual takes it: "目标是8%，我县完成增长9.4%", lft59d)
    whole = longest_first((*c["region_whole_below"], *c["region_self"]))
    return re.compile(r"(?<=[\d%％右内上下元人户个吨亩次家])(?:[，,；;]\s*(?:" + whole + r")?|\|)?(?:上年|去年)?(?:" + ("|".join(map(re.escape, words)) or "(?!)")
                      + r")[：:]?(?:增长|下降|上涨)?[\s|]*(?=[-−－]?[\d.])(?!(?:19|20)\d\d年)")


_LABEL_CHAR = re.compile("[完实执为绩预]")  # (a character every result label has: a search before the labels')


def _then_actual_in(text: str, a: int, b: int) -> bool:
    """Whether a result's words (_then_actual) or a result's label after a figure (_then_label) stand in text[a:b]."""
    # (the search sees the figure's first character at b: a bare verb is one only with its figure right after it,
    # "，全区新增2.73万人" after "目标为城镇新增就业2.5万人", decision 505)
    return _then_actual().search(text, a, b + 1) is not None \
        or _LABEL_CHAR.search(text, a, b) is not None and _then_label().search(text, a, b) is not None


@once
def _then_actual_first() -> frozenset[str]:
    """The characters a then_actual word (or its bare verb before a figure) can open with after its mark (and the region's
    whole or own word _then_actual takes before them: "，我县实际增长9.4%", lft59d)."""
    c = vocab.cues()
    return frozenset({w[0] for w in (*c.get("then_actual", ()), *c.get("then_actual_figure", ()),
                                     *c.get("then_actual_label", ()), *c.get("then_actual_lead", ()),
                                     *c.get("region_whole_below", ()), *c.get("region_self", ())) if w} | set("而但上去"))


def _then_actual_at(text: str, i: int) -> bool:
    """``_then_actual().match(text, i)``, tried only where the character after the mark can open it (a
    space, 而/但 or a word's first: most commas go on otherwise)."""
    c = text[i + 1:i + 2]
    if c in "上去" and text[i + 1:i + 3] in ("上年", "去年") and not _last_years_plan_before(text, i):
        return False  # ("城镇新增就业4万人，上年完成4.2万人": last year's result beside this year's target, no label of a record)
    return (c in _then_actual_first() or c.isspace()) and (_then_actual().match(text, i) is not None
                                                           or _then_label().match(text, i) is not None)


_LAST_YEARS_PLAN = re.compile(r"(?:上年|去年)(?:度|全年)?的?(?:计划|预期|目标)")


def _last_years_plan_before(text: str, i: int) -> bool:
    """Whether the clause ending at the mark ``i`` states last year's plan ("上年计划7%"): a record whose labels each
    name last year, its result's label next ("，上年预计完成6.5%")."""
    c = rfind_mark(text, max(0, i - 30), i, _CLAUSE_MARKS)
    return _LAST_YEARS_PLAN.search(text, c + 1 if c >= 0 else max(0, i - 30), i) is not None


@once
def _result_first() -> frozenset[str]:
    """The characters a then_results word or a year's figure (全年…, 预计…) can open with after its
    mark (a test before their patterns at each comma a figure's words go on past)."""
    return frozenset({w[0] for w in vocab.cues().get("then_results", ()) if w} | set("全预而但 \t\u3000"))


@once
def _then_results() -> re.Pattern:
    words = "|".join(map(re.escape, vocab.cues().get("then_results", ())))
    return re.compile(rf"[，,；;]\s*(?:而|但)?(?:{words})" if words else "(?!)")


@once
def _then_results_after_set() -> re.Pattern:
    """The results' opening right after the figures set named as targets ("…增长7%的预期目标，分别完成"): the set
    words (set_lead, one of the last few characters before the comma) then a then_results_after_set word."""
    lead = "|".join(map(re.escape, sorted(vocab.cues().get("set_lead", ()), key=lambda w: (-len(w), w))))
    words = "|".join(map(re.escape, sorted(vocab.cues().get("then_results_after_set", ()), key=lambda w: (-len(w), w))))
    # (a set word's tail, cues.tsv set_lead_tail: "…的目标任务，分别实现")
    tail = "|".join(map(re.escape, sorted(vocab.cues().get("set_lead_tail", ()), key=lambda w: (-len(w), w))))
    tail = f"(?:{tail})?" if tail else ""
    # (and the targets' fate, cues.tsv set_lead_fate: "…增长6%的目标圆满完成，分别达到", "…的预期目标全面完成，分别完成")
    fate = "|".join(map(re.escape, sorted(vocab.cues().get("set_lead_fate", ()), key=lambda w: (-len(w), w))))
    fate = f"(?:{fate})?" if fate else ""
    return re.compile(rf"[^，,；;。：:\d%]{{0,6}}?(?:{lead}){tail}{fate}[，,；;]\s*(?:{words})" if lead and words else "(?!)")


@once
def _bare_results_after_set() -> re.Pattern:
    """The results' opening with no 分别 right after the figures set named as targets ("…增长8%的目标，实际完成",
    "…的预期目标，预计全年可完成增长"): the set words (as _then_results_after_set reads them), a comma, then a bare
    word of the result (实际, 预计, 全年), a modal, its verb, the change's."""
    lead = "|".join(map(re.escape, sorted(vocab.cues().get("set_lead", ()), key=lambda w: (-len(w), w))))
    tail = "|".join(map(re.escape, sorted(vocab.cues().get("set_lead_tail", ()), key=lambda w: (-len(w), w))))
    tail = f"(?:{tail})?" if tail else ""
    return re.compile(rf"[^，,；;。：:\d%]{{0,6}}?(?:{lead}){tail}[，,；;]\s*(?:实际|预计(?:全年)?(?:可以?|能够?)?|全年(?:实际)?)"
                      r"(?:完成|实现|达到)?(?:增长|下降|上涨|为)?" if lead else "(?!)")


# the year's figure, or the estimate of it, after a comma: "，全年完成1.2万人", "，预计全年增长7%左右",
# "，预计完成8.5%" (not "，全年完成重点项目投资300亿元", "，预计实现利润总额52亿元": another's)
# ("，预计实际增长7.6%" after "年初预期增长8%左右": the estimate of the result)
# ("，预计全年可完成增长8.5%左右", "，预计可实现增长6%": a modal and the verb of its being done before the change)
_YEAR_FIGURE_AFTER = re.compile(r"[，,；;]\s*(?:全年(?:可以?|能够?)?(?:完成|实现|达到)(?:增长|下降|上涨)?|预计(?:全年|年末|年底)?"
                                r"(?:可以?|能够?)?实?际?(?:(?:完成|实现|达到)(?:增长|下降|上涨)?|增长|下降|上涨|为|新增)?)(?=[\d.])")


# (its grounds before as _REVISED_NEXT reads them: "，受疫情影响，预算调整为40.5亿元")
# (the revised budget's own growth after it: "，调整后的预算为17.2亿元，下降0.5%，全年完成…")
_REVISED_CLAUSE = re.compile(r"[，,]\s*" + _REVISION_GROUNDS + _REVISION_APPROVED + "?" + _REVISION + r"(?:增长|下降)?[\d.]+\s*(?:%|％|[万亿]{0,2}元)?(?:左右|以内|以上)?"
                             r"(?:[，,](?:调整后)?(?:比上年|较上年|比去年|较去年|同比)?(?:增长|下降)[\d.]+[%％](?=[，,；;]))?(?=[，,；;])")
_REVISION_FIRST = frozenset("执年下随后调上因由预受经0123456789一二三四五六七八九十")  # (what a revision opens with)
_REVISION_VERBS = frozenset(("调整", "下调", "上调", "调减", "调增", "调低", "调高"))


# the words between a name and its figure that make the figure a target set ("预期目标增长", "年初目标为", "计划目标")
_SET_VERB = re.compile(r"\s*(?:年初|年度|全年)?的?(?:预期|计划|增长)?目标值?(?:为|是)?(?:增长|下降|上涨|提高|降低)?")


# a plan report's item labelled the plan right before its figure ("：年度计划增长8%", "年初计划5000人")
# (or after the stop of a name heading its item: "——单位地区生产总值能耗。计划下降2.8%左右，执行结果预计完成国家下达的目标")
# (or the plan labelled by a colon: "1.地区生产总值。年度计划：增长8%左右。执行结果：增长6.4%。")
_PLAN_VERB = re.compile(r"[：:。]?\s*(?:年初|年度|全年)?计划(?:为|是|[：:])?(?:分别|均)?(?:增长|下降|上涨|稳定在|控制在)?")


_CROSS_CLAUSE = re.compile(r"[。；！？\n;!?，,]")


@once
def _plan_lead() -> re.Pattern:
    """A sentence's opening lead that names the plan for the items after it (cues.tsv plan_lead): "年度计划", "年初预期"."""
    words = sorted(vocab.cues().get("plan_lead", ()), key=lambda w: (-len(w), w))
    return re.compile(r"(?:" + ("|".join(map(re.escape, words)) or "(?!)") + r")(?:为|是|：|:)?")


def _plan_lead_run(text: str, name_start: int, v: Value, named: frozenset[int]) -> bool:
    """"5．财政收入。年度计划一般公共预算总收入增长5%，地方一般公共预算收入增长4%；实际完成一般公共预算总收入5075亿元、
    增长0.7%，…": a figure in a run of items that a plan's lead opens the sentence with (cues.tsv plan_lead), no result's
    word among them, and a result's words after it in the same sentence, is the plan's (as a figure set right before its
    result is, _set_then_actual: here the run's items stand between). The lead names the run's first indicator right
    after it (``named``: where the mentions start): not "年度目标任务全面完成，…", "年初确定的50个重点项目…"."""
    s = _after_mark(_SENT_MARKS, text, name_start - 160, name_start)
    if text[s:s + 1] not in "年全" or (lead := _plan_lead().match(text, s)) is None or lead.end() not in named:
        return False
    if _RUN_RESULT.search(text, lead.end(), v.start) or _then_actual_in(text, lead.end(), v.start) \
            or "分别" in text[lead.end():v.start]:
        return False  # (a result's word before the figure: the run of plans ended before it)
    end = find_mark(text, v.end, v.end + 200, _FULL_STOPS)
    end = end if end >= 0 else v.end + 200
    # (a later clause opening on a plan's lead opens the next run, its result that run's: "年度计划居民人均可支配收入
    # 增长与经济增长同步，全市居民人均可支配收入达到75190元；年度计划城镇新增就业15万人，实际新增22.3万人" — the
    # income after a plan in words is the result, not a plan)
    if (nxt := _NEXT_PLAN_LEAD.search(text, v.end, end)) is not None and _plan_lead().match(text, nxt.end()):
        end = nxt.start()
    return _RUN_RESULT.search(text, v.end, end) is not None


_NEXT_PLAN_LEAD = re.compile(r"[；;，,]\s*(?=年|全)")
_PLAN_LEAD_LAST = frozenset("划期标定为是：:")  # (the last character of a plan_lead, with its 为/是/：)


# a clause of results after a run of plans ("；实际完成…", "，预计分别增长…", "；全年实际完成…", "，执行结果为…")
_RUN_RESULT = re.compile(r"[，,；;]\s*(?:全年|当年)?(?:实际|预计|执行)")


def _set_then_actual(text: str, name_start: int, v: Value) -> bool:
    """"年初确定的目标是增长6%，实际增长6.2%", "计划新增就业1万人，实际新增1.2万人": a figure that a word
    in its clause sets (目标/预期/计划) and whose result (实际…) follows its comma is the target the
    result is measured against."""
    # ("锚定增长6%的目标，全年实现增长6.2%", "增长7%左右的目标顺利实现，实际增长7.6%": 目标 after it)
    named = text[v.end:v.end + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, v.end)
    at = find_mark(text, named.end(), named.end() + 12, _TAIL_MARKS) if named else -1
    # (the lead before a colon sets the items after it: "…确定的主要预期目标为：地区生产总值增长6%，实际…")
    # ("计划新增就业1万人，全年完成1.2万人": the year's figure, not "全年完成重点项目投资…")
    after = at if at >= 0 else v.end
    if text[after:after + 1] in "，," and text[after + 1:after + 2] in "增下比同较" and _BUDGET_SET.search(text, name_start, v.start) is not None \
            and (og := _BUDGET_GROWTH_NEXT.match(text, after)):
        after = og.end()  # ("收入预算为42.6亿元，增长6%。全年实际完成…": past the budget's own growth)
    if text[after:after + 1] == "。" and (j := _budget_revision_end(text, name_start, after)) > 0:
        after = j  # ("预算为42.6亿元，增长6%。…预算调整为40.5亿元…。全年实际完成41.38亿元": the result after the revision)
    if text[after + 1:after + 2] in _REVISION_FIRST and (rv := _REVISED_CLAUSE.match(text, after)):
        after = rv.end()  # ("预期目标增长8%，年中调整为6.5%，实际增长6.8%": the result after the figure's revision)
    if text[after:after + 1] in "，," and text[after + 1:after + 2] in _REASON_FIRST and (ca := _REASON_ASIDE.match(text, after + 1)):
        after = ca.end()  # ("预期增长6%左右，受疫情影响，实际增长3.7%": the result past the reason it fell short for)
    if text[after:after + 1] in "，," and text[after + 1:after + 2] in _PART_YEAR_FIRST and (pa := _PART_YEAR_ASIDE.match(text, after + 1)):
        after = pa.end()  # ("年度计划增长7%，1—11月增长9.8%，预计全年增长9.5%": the result past the part of the year)
    # ("年度计划增长8%，实际完成25.3亿元，完成年度计划的103.5%": a figure after a result word is the result)
    # (_then_actual and _YEAR_FIGURE_AFTER open with a mark: after any other character only the label is tried)
    revised = _budget_revised(text, name_start, v, after)
    if not revised and not ((ra := (text[after:after + 1] in "，,；;、" and (_then_actual().match(text, after) or _YEAR_FIGURE_AFTER.match(text, after)) or None)
             or _then_label().match(text, after)
             # ("年初计划增长10%。实际增长8.6%": the result of the plan opening the next sentence, decision 416)
             or text[after:after + 1] == "。" and _plan_then_result_next(text, name_start, after) or None
             or text[after:after + 1] == "。" and (text[after + 1:after + 2] in "执预实全" or text[after + 1:after + 2] == "\n")
             and _item_result_after_plan(text, after) or None
             # ("收入预算为75亿元。全年完成77.6亿元": the budget's result opening the next sentence)
             or text[after:after + 1] == "。" and text[(k := _after_break(text, after + 1)):k + 1] in _BUDGET_RESULT_FIRST
             and _budget_result_next(text, name_start, after) and _BUDGET_RESULT_NEXT.match(text, k) or None) is not None
            and not _then_actual_in(text, name_start, v.start)) \
            and not ("调" in text[max(name_start, v.start - 24):v.start]
                     and _REVISED_OWN_GROWTH.search(text, max(name_start, v.start - 24), v.start)):
        # (a revised budget's own growth, "预算调整为96.2亿元，调整后增长2.6%", is the revision's, whatever sentence follows:
        # a result named again, "全年完成一般公共预算收入97.3亿元", or none)
        return False
    if at >= 0:
        return True
    # (a setting word between the name and its figure is this figure's before one of an earlier clause: "地区生产总值预期增长
    # 7.5%，实际增长4.2%，一般公共预算收入预期增长6%，实际增长6.6%" — the second 预期 sets the revenue's, not the first)
    sl = _set_lead().search(text, name_start, v.start) \
        or _set_lead().search(text, _after_mark(_SEMI_STOP_MARKS, text, name_start - 24, name_start), v.start)
    # ("年初预算为12亿元，完成12.6亿元，为预算的105%": the budget's own figure after its word, the one
    # after that the result)
    # (the figure first set before its revision is the same target's: "控制在4.5%以内，年中调整为5%以内，年末为3.8%")
    # (but the budget's own growth after its amount is the budget's too: "收入预算为42.6亿元，增长6%，全年实际完成…，增长3%")
    if sl is None or sl.start() >= name_start and _DIGIT_NOT_YEAR.search(text, max(sl.end(), text.rfind("调", sl.end(), v.start)), v.start) \
            and not ("预算" in sl.group(0) and (_BUDGET_OWN_GROWTH.fullmatch(text, sl.end(), v.start)
                                                or _REVISED_OWN_GROWTH.search(text, max(sl.end(), v.start - 24), v.start))):
        return False
    # (a word in a clause before the name's sets it only as the lead of a colon: "年初确定的主要预期目标：地区生产总值增长6%左右，
    # 实际增长5.8%"; not "主要经济指标完成年度目标，金融机构贷款余额增长11%，年末为2350亿元", "紧扣目标任务，…")
    if sl.end() < name_start and _CROSS_CLAUSE.search(text, sl.end(), name_start):
        return False
    if revised:
        return sl.group(0) != "控制在"
    # ("控制在4%以内，年末为3.2%": a bound kept is the target of the figure of its kind after it, not of a
    # change of another kind: "PM2.5平均浓度控制在35微克/立方米以内，全年下降8%" is a result)
    return sl.group(0) != "控制在" or bool(q := quantities(text, ra.end(), min(len(text), ra.end() + 16))) and q[0].unit == v.unit


def _split_glued(q: Quantity, n: int) -> list[Quantity] | None:
    """'42.574' for two indicators is '42.5' and '74' run together by a lost separator."""
    s = q.text
    m = re.match(r"^(\d+)\.(\d+)(.*)$", s)
    if not m or n != 2:
        return None
    whole, frac, unit = m.groups()
    for k in (1, 2):
        if len(frac) > k and frac[k] != "0":
            a = float(f"{whole}.{frac[:k]}")
            b = float(frac[k:])
            qa = Quantity(a, None, q.unit, q.start, q.start + len(whole) + 1 + k, s)
            qb = Quantity(int(b) if b == int(b) else b, None, q.unit, qa.end, q.end, s)
            return [qa, qb]
    return None


def _units_shared(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"分别为31、52微克/立方米": numbers listed with a bare separator take the unit written after the
    last of them."""
    for i in range(len(qs) - 2, -1, -1):
        q, nxt = qs[i], qs[i + 1]
        if (q.unit is None and nxt.unit is not None or q.unit == "个" and nxt.unit == "个百分点") and q.value_high is None \
                and text[q.end:nxt.start] in ("、", "和", "及", "与", "、和"):
            # ("分别提高1.2个和0.3个百分点": the first's 个 is short for 个百分点)
            qs[i] = Quantity(q.value, None, nxt.unit, q.start, q.end, q.text)
        elif q.unit is None and nxt.unit is not None and q.value_high is None and nxt.unit[0] in "万亿千" \
                and (gap := text[q.end:nxt.start])[-1:] in "、和及与" and len(gap) > 1 and nxt.unit.startswith(gap[:-1]):
            # ("先后跨越5万亿、6万亿元两个台阶", "3万、5万人": the first leaves out the unit's word after its order)
            e = q.end + len(gap) - 1
            qs[i] = Quantity(q.value, None, nxt.unit, q.start, e, text[q.start:e])
    return qs


_BARE_TEN_THOUSAND_END = frozenset("，,。；;、）)\n")
_BARE_ORDER_BOUNDS = ("以上", "左右", "以内", "以下")  # ("接待游客人次达到3500万以上": the bound after the bare 万)


@lru_cache(maxsize=None)
def _bare_wan_unit(alias: str, order: str = "万") -> str | None:
    """The unit of ten thousands (or of hundred millions, order 亿) a name's indicator counts in (万人次 for 游客人次,
    万人 for 常住人口; 亿人次 for 旅游人次), for a figure written with a bare 万 (亿); None where the name has no one
    indicator or it none."""
    ids = _alias_table()[2].get(alias, ())
    if len(ids) != 1 or ids[0] not in vocab.indicators():
        return None
    return next((u for u in vocab.indicators()[ids[0]].units if u.startswith(order) and len(u) > 1), None)


# a plan report's row that labels its cells ("地区生产总值增速（%） 计划7 完成6.1", "城镇新增就业（万人）：计划3.5，完成3.8"):
# the unit in brackets after the name (its rate's word before it), and the labels a bare figure of the row stands after
_BARE_RANGE_DASHES = frozenset(("—", "——", "-", "－", "–", "～", "~", "至"))  # (between a bare range's ends)
_NAME_FALLS = ("降低", "下降")  # (a fall word right after a name: "能耗降低（%）", "能耗下降|单位：%|…")
_UNIT_CELL_AFTER = re.compile(r"(?:增长|增速|增幅|涨幅|降低|下降|比重|占比)?[ \t\u3000]*[|｜][ \t\u3000]*(?:计量)?单位[：:][ \t\u3000]*([^|｜\s，,。；;、]{1,8})[ \t\u3000]*(?=[|｜])")
_NAME_UNIT = re.compile(r"([^\d（）()，,。；;：:\s]{0,4})\s*[（(]([^（）()\d，,。；;]{1,6})[）)]")
_GAP = re.compile(r"[ \t\u3000]*")
_BRACKET_RATE = re.compile(r"(?:增长|增速|增幅|涨幅|下降|降低)(?=\s*[%％])")  # (the rate's word before the unit: "（增长%）")


@once
def _cell_label() -> re.Pattern:
    """The label a figure of a plan report's row stands right after (计划, 目标, 完成, 实际, 预计完成…: cues.tsv)."""
    c = vocab.cues()
    words = {w for k in ("set_lead", "then_actual_label", "then_actual_figure", "table_actual", "table_target")
             for w in c.get(k, ()) if w}
    return re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")[：:]?[\s|]*$")


@once
def _result_label() -> re.Pattern:
    """A verb that is only a bare label of a result ("，完成", "完成", "实际"), no word of its own."""
    c = vocab.cues()
    words = sorted({w for k in ("then_actual_label", "then_actual_figure") for w in c.get(k, ()) if w}, key=lambda w: (-len(w), w))
    return re.compile(r"[，,；;|]?\s*(?:而|但|已经|已)?(?:" + "|".join(map(re.escape, words)) + r")[：:]?(?:增长|下降|上涨)?[\s|]*")


_LABEL_CHARS = frozenset("完实执为绩预")  # (a character every result label has: a test before its pattern)
_PLAN_DONE = re.compile(r"[，,；;]?\s*(?:已经|已|共|累计)?完成\s*")  # ("计划1.2万人，已完成90%": the part of the plan done)


def _values(text: str, start: int, end: int, alias: str, group_size: int) -> list[Value]:
    out: list[Value] = []
    prev = start
    ranks, doublings, flats, orders = _SPECIAL_VALUES.finditer_each(text, start, end)
    from_scope = None
    for rk in ranks:
        nums = ["1"] if rk.group("first") else _RANK_NUM.findall(rk.group("ns"))
        scope = rk.group("scope") or rk.group("scope2") or rk.group("scope3") or rk.group("scope0") or rk.group("peer") or from_scope
        fr = None
        if (ns_at := rk.start("ns")) > 1 and (text[ns_at - 2] in "从由" or (fr := _RANK_FROM.search(text, max(start, rk.start() - 12), ns_at)) is not None) \
                and _RANK_TO.match(text, rk.end()):
            # ("增速排名由上年的全市第5位上升至第3位", "由一季度的全市第9位跃升至第1位": the place, its time between)
            if fr is not None:
                scope = fr.group(1) or rk.group("scope0") or ""
            # "经济总量在全市排名由第11位上升至第9位": the place it started from, its verb and field before 由, is no
            # fact; the end shares the field
            from_scope = (scope or "").rstrip("从由") or rk.group("scope0") or from_scope
            continue
        if not scope and (named := _last(_RANKED_IN.finditer(text, start, rk.start()))):
            scope = named.group(1)  # "增速在全国排名前移3位，升至第8位": the field named before
        if not scope and text.find("在", start, rk.start()) >= 0 \
                and (named := _last(_PEER_RANKED_IN.finditer(text, start, rk.start()))):
            scope = named.group(1)  # "经济总量在全国城市中的位次前移1位，居第10位": the peer group named before
        if not scope and (field := _FIELD_LEAD.search(text, max(0, start - 60), start)) is not None \
                and find_mark(text, field.end(), start, _SENTENCE_END_MARKS) < 0:
            scope = field.group(1)  # "在全市各县区中，我县地区生产总值增速排名第3位": the field leading the sentence
        if not scope and text.find("在", max(0, start - 40), start) >= 0 \
                and (field := _last(_PEER_FIELD_LEAD.finditer(text, max(0, start - 40), start))) is not None \
                and text.find("在", field.end(), start) < 0 and find_mark(text, field.end(), start, _SENTENCE_END_MARKS) < 0:
            scope = field.group(1)  # "，在15个副省级城市中，GDP总量位列第15": the peer group leading the clause
        if not scope and (mf := _MOVED_FROM.search(text, max(start, rk.start() - 14), rk.start())) is not None:
            # "经济总量由第25位上升至第23位": a place moved to from a place named just before it is the figure's rank in
            # a ranking the report takes as known (its field unnamed: scope null, never guessed; prov21); the field
            # named with the start is the end's too ("由全省第15位上升至第9位")
            scope = mf.group("field")
        elif not scope or any(w in rk.group(0) for w in _composite_rank()) and rk.start() > start \
                and not text[max(start, rk.start() - 3):rk.start()].endswith(_rate_words() + ("总量",)):
            # "排第一" with no field named, or "居全国县域经济百强第30位": a ranking of something else (not
            # "增速居全国百强县第5位", the figure's rate ranked among them, nor "地区生产总值在全国百强县中排名第40位",
            # the figure named right before)
            continue
        if (cs := _after_mark(_CLAUSE_MARKS, text, start, rk.start())) > start \
                and any(w in text[_after_mark(_CLAUSE_MARKS, text, start, cs - 1):cs] for w in _composite_rank()) \
                and not any(w in text[cs:rk.start()] for w in _rate_words() + ("总量",)):
            # "年均增长9.8%，连续五年位居全国综合实力百强县（市）第一方阵，2022年排名全国第38位": a bare place in the
            # clause right after a composite ranking's is in that ranking too
            continue
        # "从全省第15位上升到第8位": the place it started from is no fact; the end shares its field
        if text[max(start, rk.start() - 1):rk.start()] in ("从", "由") and _RANK_TO.match(text, rk.end()):
            from_scope = scope
            continue
        for ns in nums:
            v = parse_number(ns)
            if v is not None:
                out.append(Value("rank", int(v), None, "位", "eq", rk.start(), rk.end(),
                                 verb=text[max(start, rk.start() - 3):rk.start()], scope=scope))
    # 翻一番 / 翻两番: a doubling (quadrupling) is growth of 100% (300%) over the span; "增长1.2倍" is 120%
    for fm in doublings:
        five_lead = False
        if fm.group(0).startswith("翻了") and not _BASE_YEAR.search(text, max(start, fm.start() - 12), fm.start()) \
                and not (text.startswith("五年", fm.start() - 2) and _FIVE_YEARS_MOVED.search(text[max(start, fm.start() - 8):fm.start()] + "增长")):
            # "翻了一番" said of a review counts from the base year it names ("比2020年翻了一番") or from five years
            # before ("五年翻了一番"), or over the five years its sentence opens on ("五年来，全市地区生产总值翻了一番")
            ss = rfind_mark(text, max(0, fm.start() - 160), fm.start(), _FULL_STOPS) + 1
            if not ss or (m5 := _FIVE_YEARS.search(text, ss, fm.start())) is None or m5.start() > ss + 8:
                continue
            five_lead = True
        if text[fm.end():fm.end() + 1] in _OF_SOMETHING_FIRST and _OF_SOMETHING.match(text, fm.end()) \
                and not _NAMES_TARGET.match(text, fm.end()):
            continue  # "增长一倍以上的区县达到3个": of what follows, as "增长20%以上的区县" is (not "…翻一番的奋斗目标")
        if fm.group("x") or fm.group("cx"):
            g = (float(fm.group("x")) if fm.group("x") else _CN_TIMES[fm.group("cx")]) * 100
            # ("高新技术企业达到7800家，五年增长4倍": over the five years its clause names, as "五年增长58.2%" is)
            lead = text[_clause_start(text, fm.start(), 16):fm.start()]
            five = "五年" in lead and _FIVE_YEARS_MOVED.search(lead + fm.group(0)[:2]) is not None
            out.append(Value("growth", numbers.clean(round(g, 6)), None, "%",
                             "at_least" if fm.group("more") else "eq", fm.start(), fm.end(), verb="增长",
                             period_hint="cumulative" if five else None))
            continue
        k = {"一": 1, "两": 2, "二": 2, "三": 3}[fm.group("n") or "一"]
        # "全国财政收入十年接近翻一番": over the ten years the clause names (not the five a review is of), near it
        lead = text[_clause_start(text, fm.start(), 16):fm.start()]
        out.append(Value("growth", (2 ** k - 1) * 100, None, "%", "at_least" if fm.group("over") else
                         "about" if lead.endswith(("接近", "近", "将近")) else "eq", fm.start(), fm.end(), verb="翻番",
                         period_hint="span10" if ("十年" in lead or "10年" in lead) and _TEN_YEARS.search(lead) else
                         # ("高新技术企业数量五年翻一番": over the five years the clause names, as "五年增长4倍" is)
                         "cumulative" if five_lead or "五年" in lead and _FIVE_YEARS_MOVED.search(lead + "增长") else None))
    # "与上年持平": no change; "突破万亿元": one unit of the named order, no digit written
    for fm in flats:
        if fm.group("bare") and text[start:fm.start()] not in ("", "指数", "总水平"):
            continue  # "与全国持平", "增速同全省持平": set against another figure; only "居民消费价格持平" is no change
        if any(w in text[start:fm.start()] or alias.endswith(w) for w in _rate_words()):
            continue  # "增速与上年持平", "居民消费价格涨幅与上年持平": the rate is last year's, no change of 0
        if text.find("目标", start, fm.start()) >= 0:
            continue  # "一般公共预算收入增长目标与去年持平": the target is last year's target, no change of 0
        out.append(Value("growth", 0, None, "%", "eq", fm.start(), fm.end(), verb="持平"))
    for om in orders:
        if _CHANGE_BEFORE_AMOUNT.search(text, max(start, om.start() - 6), om.end("v")):
            continue  # "增加近千亿元": a change, not a level
        if text[om.end():om.end() + 1] in _THRESHOLD_FIRST and _THRESHOLD_OF.match(text, om.end()) \
                and not _nth_named_before(text, om.start()):
            continue  # "GDP超千亿元的县有6个", "超亿元项目": a threshold of something else
        # "突破万亿元" is 1 万亿元, "突破百亿元" 100 亿元 and "千万人次" 1000 万人次 (units the table has)
        u = om.group("u")
        u = u if u[-1] not in "亿万" else u + "元"  # "突破千亿大关": of 元, as written for money
        k, u = (1, u) if u in _unit_dims() else (numbers.ORDERS[u[0]], u[1:])
        qual = {"达到": "eq", "接近": "about", "近": "about", "约": "about"}.get(om.group("v"), "at_least")
        out.append(Value("level", k, None, u, qual, om.start(), om.end(), verb=om.group("v")))
    rank_spans = [(v.start, v.end) for v in out]
    qs = _units_shared(text, quantities(text, start, end))
    if not qs and not out:
        # (no figure in the window and no special value: nothing below adds a value, only the figures' loop does,
        # and what is read before it, the name's unit bracket or cell, only serves that loop; 571 of the 1,564
        # calls over the 70 reports have no figure)
        return []
    last_verb = from_verb = cell_fall = ""
    head_unit = None
    bare_at = -1  # (where a bare figure right after the name's unit bracket and a colon stands: "增长（%）：6左右")
    bracket_fall = ""  # (a fall word in the name's bracket before its unit: "能耗（下降%）")
    if text.find("（", start, start + 8) >= 0 or text.find("(", start, start + 8) >= 0:
        if (hu := _NAME_UNIT.match(text, start)) is not None:
            hw = hu.group(2).strip()
            if text[hu.end():hu.end() + 1] in ("：", ":"):
                bare_at = _GAP.match(text, hu.end() + 1).end()
            # ("地区生产总值（增长%）：计划6，完成5.3": the rate's word in the bracket, the unit after it)
            if (rw := _BRACKET_RATE.match(hw)) is not None:
                hw = hw[rw.end():].strip()
                bracket_fall = rw.group(0) if rw.group(0) in _NAME_FALLS else ""
            head_unit = numbers.unit_map().get(hw)
    elif text.find("单位", start, start + 6) >= 0 and (uc := _UNIT_CELL_AFTER.match(text, start)) is not None:
        head_unit = numbers.unit_map().get(uc.group(1))  # ("地区生产总值增长|单位：%|2022年计划：7": the unit's own cell)
    if head_unit is not None and len(qs) > 1:
        # ("国内生产总值增长（%）：预期目标6—6.5，执行结果6.1": a bare range in a cell, its unit the name's bracket's)
        joined = [qs[0]]
        for q in qs[1:]:
            a = joined[-1]
            if q.unit is None and a.unit is None and a.value_high is None and a.value < q.value \
                    and text[a.end:q.start] in _BARE_RANGE_DASHES:
                joined[-1] = Quantity(a.value, q.value, None, a.start, q.end, text[a.start:q.end])
            else:
                joined.append(q)
        qs = joined
    glued_ok = text.find("分别", start, end) >= 0 and len([q for q in qs if q.unit]) == group_size - 1
    for q in qs:
        if rank_spans and any(s <= q.start < e for s, e in rank_spans):
            continue
        if alias.endswith("指数") and q.unit in (None, "%") and q.value_high is None and 90 <= q.value <= 115:
            # "居民消费价格指数为102.1", "控制在103%以内": an index on last year's 100, i.e. its change
            q = Quantity(numbers.clean(round(q.value - 100, 6)), None, "%", q.start, q.end, q.text)
        if q.unit is None and text[q.end:q.end + 1] in ("万", "亿"):
            # "接待游客人次达到186.5万", "常住人口120.5万", "旅游人次突破8亿": 万/亿 with the unit the name counts in
            # left out; "存款余额1.2万亿", "生产总值三千五百亿": 万亿 too, and numerals (in 亿元 where the name has no 万亿元)
            order = "万亿" if text.startswith("万亿", q.end) else text[q.end]
            after = q.end + len(order)
            if (text[after:after + 1] in _BARE_TEN_THOUSAND_END or text.startswith(_BARE_ORDER_BOUNDS, after)) \
                    and ((wan := _bare_wan_unit(alias, order)) is not None
                         or order == "万亿" and (wan := _bare_wan_unit(alias, "亿")) is not None):
                v = q.value if wan.startswith(order) else numbers.clean(round(q.value * 10000, 6))
                q = Quantity(v, None, wan, q.start, after, text[q.start:after])
        if q.unit is None and head_unit is not None and (q.start == bare_at or _cell_label().search(text, max(prev, q.start - 8), q.start)) \
                and text[q.end:q.end + 1] != "年":
            # (or right after the bracket and its colon, no label: a 附表's "地区生产总值增长（%）：6左右（预期性）")
            # "地区生产总值增速（%） 计划7 完成6.1": a bare figure after a cell's label takes the unit the name's bracket gives
            q = Quantity(q.value, q.value_high, head_unit, q.start, q.end, q.text)
            cell_fall = text[start:start + 2] if text.startswith(_NAME_FALLS, start) else bracket_fall
        if q.unit is None or q.unit == "位":
            prev = q.end
            continue
        if text[max(0, q.start - 1):q.start] == "第":
            continue
        # "亿元以上项目", "5000万元以上企业": a threshold that describes something else
        if q.unit == "个" and text[q.start - 1:q.start] == "在" and _PEER_COUNT_OF.match(text, q.end) is not None:
            prev = q.end  # "在15个副省级城市中位次上升至第8位": the count of the peers ranked among, no figure
            continue
        if q.unit not in ("%", "个百分点") and text[q.end:q.end + 1] in _THRESHOLD_FIRST and _THRESHOLD_OF.match(text, q.end) \
                and not _nth_named_before(text, q.start):
            prev = q.end
            continue
        if q.unit == "%" and text[q.end:q.end + 1] in "的以及" and _RATE_THRESHOLD_OF.match(text, q.end):
            prev = q.end
            continue  # "对研发投入强度超过3%的企业", "森林覆盖率达到70%以上的乡镇": a ratio that picks out whom, no figure of the region
        verb = text[max(prev, q.start - 16):q.start]
        if cell_fall and q.unit == "%":
            # ("单位地区生产总值能耗降低（%）　2022年计划：3": the name's fall, a year's digits between it and the cell)
            verb = cell_fall + verb
        if prev > start and (other := _OTHER_SUBJECT.search(verb)) and not _continue().match(other.group(1)) \
                and other.group(1) not in _TIME_SUBJECTS and not _then_actual().match(verb, other.start()) \
                and not (out and out[-1].measure == "growth" and q.unit not in ("%", "个百分点")
                         and _aim_subject_re().fullmatch(other.group(1))) \
                and not (group_size == 2 and _PAIR_RESIDENTS.search(other.group(1)) is not None):
            # (the pair's rural residents after the urban ones, under the label of both: _PAIR_UNDER_LABEL)
            # (a time is no other noun: "城镇化率到2030年达到65%、今年达到60.5%", the same name's target of the year)
            # (nor an aim's word between the name's growth and its amount: "增长6%左右、力争突破5700亿元", the same name's
            # level aimed at, as after a comma; not a second amount, "稳定在110万吨以上、力争达到112万吨", decision 325)
            # "高企超过1000家、专精特新企业达到308家": after a 、 another noun has its own figure (not the plan's result,
            # "预期增长7.5%、实际增长4.2%", a result's words right after the 、: _then_actual)
            prev = q.end
            continue
        # (the first figure too, its own clause past a comma naming what it counts: "抓好市场主体培育，全年新增规模以上工业企业
        # 800家", the enterprises' count, no count of the entities the clause before named)
        if (prev > start or "，" in verb or "," in verb) and (obj := _OTHER_OBJECT.search(verb)) and not _continue().match(obj.group(1)) \
                and not _SET_OBJECT.search(obj.group(1)) and (not any(obj.group(1)[i:i + 2] in alias for i in range(len(obj.group(1)) - 1))
                                                               or _names_other(obj.group(1), alias)):
            # "生产总值增长5.5%，累计完成投资8000亿元": the verb's own object has the figure (but
            # "固定资产投资增长5%，完成投资额…" names its own figure again, "完成年度目标（8%）" its target)
            prev = q.end
            continue
        if q.value_high is not None and (dash := _FROM_TO_DASH.search(q.text)) and (
                _FROM.search(verb) or (q.unit not in ("%", "个百分点") and _CHANGE_BEFORE_AMOUNT.search(verb))):
            # "从800亿元到1000亿元的跨越", "增加8.2亿元至98.6亿元": a change from one level (or by an
            # amount) to another, not a range: the level reached
            verb += q.text[:dash.end()]
            q = Quantity(q.value_high, None, q.unit, q.start + dash.end(), q.end, q.text[dash.end():])
        # "从2011年的1091亿元增加到…", "分别由17979元和4931元增加到…": the start of a change;
        # the end value is the fact
        last_set = False
        # (read once: nothing it reads changes before the second look)
        from_start = (("从" in verb or "由" in verb) and _FROM.search(verb) and _TO.match(text, q.end)) \
            or _from_open(text, start, q.start) or text[q.end:q.end + 1] == "的" and _TARGET_REVISED_AFTER.match(text, q.end)
        if from_start:
            if q.unit == "%" and _TARGET_FROM_LAST.search(verb) and _REVISED_TO_NEXT.match(text, q.end):
                # "增长目标由去年的10%调低至8%左右": the start is last year's target, kept (a role hint); the end this
                # year's (_role_period)
                last_set = True
        if last_set:
            pass
        elif from_start:
            prev = q.end
            from_verb = verb  # ("增长目标由6.5%调整为3%": the words before the start are the end's too)
            continue
        # (one name's figure: the figures of several names revised, "分别增长7%、10%，年中调整为5%和6%", by _revised_each)
        # (the revised plan named after a figure with no set word of its own, "增长10.1%，调整后的计划为增长9%": the figure
        # before is the result measured against the plan as revised, no figure first set; the revised one is the target)
        # (the budget as revised named so too, "增长6.5%，调整后的预算为增长9%", "，预算调整后为…", "，变更预算为…": _REVISED_NAMED,
        # decision 333)
        if group_size == 1 and not last_set and (text.find("调", q.end, q.end + 48) >= 0 or text.find("变更", q.end, q.end + 48) >= 0) \
                and (rv := _REVISED_NEXT.match(text, q.end)) is not None \
                and not _RESULT_VERB.search(verb) and any(w in verb or w in rv.group(0) for w in _SET_WORDS) \
                and (rv.group("after") is None and _REVISED_NAMED.search(rv.group(0)) is None or any(w in verb for w in _SET_WORDS)):
            if rv.group("words"):  # (revised to words: the figure first set is no target any more)
                prev = rv.end()
                continue
            nxt = next((r for r in qs if r.start >= rv.end()), None)
            if nxt is not None and nxt.start == rv.end() and nxt.unit == q.unit:
                prev = q.end
                from_verb = verb  # (the revised figure is the target the words before the first set)
                continue
        # (a budget set, revised in the next sentence with the name left out and its grounds before the verb, past a page's
        # break too: "年初预算为98.6亿元。执行中因上级补助增加等因素，调整为112.4亿元。": the revised figure is the target,
        # whatever follows it, as in one sentence)
        if group_size == 1 and not last_set and text[q.end:q.end + 1] == "。" and "预算" in verb \
                and (rj := _budget_revision_end(text, start, q.end, True)) > 0:
            nxt = next((r for r in qs if r.start > q.end), None)
            if nxt is not None and nxt.end <= rj and nxt.unit == q.unit:
                prev = q.end
                from_verb = verb
                continue
        # (an estimate corrected by the final count in the clause after it: "增速在上年报告中预计为3.5%，经统计部门最终核实为
        # 3.9%", "初步核算为3920亿元，经最终核实为3956亿元": the final figure is the fact, as a revised target is)
        if group_size == 1 and not last_set and text.startswith(("，", ","), q.end) and any(w in verb for w in _ESTIMATE_WORDS) \
                and (cm := _CORRECTED_NEXT.match(text, q.end)) is not None:
            nxt = next((r for r in qs if r.start >= cm.end()), None)
            if nxt is not None and nxt.start == cm.end() and nxt.unit == q.unit:
                prev = q.end
                from_verb = verb
                continue
        if from_verb:
            verb, from_verb = from_verb + verb, ""
        # "分别下降19.4%、22.6%": a value after a bare separator shares the verb before it
        # (and its minus written as a word, "分别增长6.5%、负3.2%": the shared verb, then the fall)
        bare = verb.strip("、,，和及与 ")
        shared = (bare == "" or bare == "负") and bool(last_verb)
        if shared:
            verb = last_verb
        last_verb = verb
        if shared and bare:
            verb += bare
        qual, qend = qualifier(text, q, prev)
        parts = [q]
        if glued_ok and q.value_high is None:
            parts = _split_glued(q, group_size) or [q]
        cverb = verb
        if out and q.unit == out[-1].unit and _LABEL_CHARS.intersection(verb) and _result_label().fullmatch(verb) \
                and _set_lead().search(out[-1].verb):
            # "计划7%，完成6.1%", "单位生产总值能耗下降：计划3%，完成3.5%": the result after a plan's figure, labelled
            # only, is of the plan's kind (its name's words before the plan's label)
            if q.unit == "%" and _PLAN_DONE.fullmatch(verb) and q.value >= 50 and q.value >= 3 * abs(out[-1].value or 0):
                prev = qend  # "计划增长6%，完成90%": the part of the plan done, no figure of the indicator
                continue
            if _DIRECTION.search(verb) is None:  # ("能耗下降：计划3%，实际增长1%": its own direction)
                cverb = _set_lead().sub("", out[-1].verb) + verb
        elif q.unit == "%" and out and out[-1].unit != "%" and "完" in verb and _PLAN_DONE.fullmatch(verb) \
                and any(_set_lead().search(o.verb) for o in out):
            prev = qend  # "计划1.2万人，已完成90%", "目标15亿元，已完成13.2亿元，完成88%": the part of the plan done
            continue
        for p in parts:
            val = _classify(p, cverb, alias, qual, qend if p is parts[-1] else p.end, text, prev)
            if cverb is not verb:
                val.verb = verb  # (its own words for what reads them after)
                if val.period_hint is None and out[-1].period_hint == "span" and val.measure == out[-1].measure:
                    # ("地区生产总值年均增长：规划目标6%左右，实际完成5.8%": the result of a plan's yearly average, over its years)
                    val.period_hint = "span"
            # "年均增长9.1%和10.4%": the second value shares the first one's span
            if shared and val.period_hint is None and out and out[-1].measure == val.measure:
                val.period_hint = out[-1].period_hint
            if out and text[val.end:val.end + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, val.end):
                # "上涨0.5%，低于3%的调控目标": the target restated is of the change just stated, and
                # 低于 compares the result with it: it is no bound of the target (a word after the
                # figure is the target's own: "低于5.5%左右的预期目标")
                # (the result is the last figure read as one: "增长6.3%，高于全省0.5个百分点，比年初确定的6%左右的
                # 预期目标高0.3个百分点" sets the target against the growth, past the gap to another region)
                # (its unit the target's: "增幅高于全省0.9个百分点、全市0.4个百分点，超过年初设定的6.5%增长目标", the gaps
                # in points between)
                res = out[-1] if out[-1].measure and out[-1].unit == val.unit else \
                    next((o for o in reversed(out) if o.measure and o.unit == val.unit), out[-1])
                if val.measure == "share" and res.measure == "growth":
                    val.measure = "growth"
                    if _falls(val.verb) and (val.value or 0) > 0:
                        # ("超额完成下降4.5%的年度任务": read as a share after 完成, its own fall word still signs it)
                        val.value, val.value_high = -val.value, (None if val.value_high is None else -val.value_high)
                # "能耗下降4.5%，超额完成3.5%的年度目标": the target a fall met or beat is a fall (its figure
                # written with no direction word of its own; not "下降5%，低于3%的预期目标", a rise missed)
                # (an intensity's is a fall whatever the comparison: "能耗下降2.6%，未完成3%左右的预期目标", "…低于3%…",
                # its targets only ever cut it)
                if val.measure in ("growth", "pct") and res.measure == "growth" and res.value is not None \
                        and res.value < 0 < (val.value or 0) and _DIRECTION.search(val.verb or "") is None \
                        and (alias.endswith(_CUT_ONLY_NAMES)
                             or _MET_TARGET.search(val.verb or "") and "未" not in val.verb and "没有" not in val.verb):
                    val.value, val.value_high = -val.value, (None if val.value_high is None else -val.value_high)
                if val.period_hint is None and res.period_hint in ("span", "cumulative"):
                    val.period_hint = res.period_hint  # (the target of a result over years: of those years)
                if _COMPARED_TARGET_END.search(val.verb) and (p is not parts[-1] or qend <= p.end):
                    # (the comparison no bound of the target's own: a span stays a span, "低于年度计划增长6%—6.5%的目标")
                    val.qualifier = "eq" if val.value_high is None else "range"
            elif out and val.qualifier in ("at_least", "at_most") and qend <= p.end \
                    and text[val.start - 1:val.start] in _TARGET_WORD_LAST and _TARGET_AFTER_COMPARED.search(val.verb):
                # "年均增长15%，高于规划目标12%", "超过年度计划10%": the comparison is the result's with the target,
                # no bound of the target's own figure (its own words after it would be: "低于规划目标7.5%左右")
                val.qualifier = "eq"
            if last_set:
                val.role_hint = "target"
                if val.measure == "share":
                    val.measure = "pct"  # (a bare % as its revised end's: the name's own measure)
            out.append(val)
        prev = qend
    out.sort(key=lambda v: v.start)
    # "分别增长8.5%和9.3%左右": a qualifier after the last of values joined by a bare separator is
    # theirs too (where the ones before have none of their own)
    # (only the last one's: in "分别增长6%、8%以上和10%" the 以上 is 8%'s alone)
    # (stocks of two units held by one verb share it too: "粮食播种面积和产量稳定在1500万亩、120亿斤以上")
    carried: set[int] = set()
    for a, b in zip(reversed(out[:-1]), reversed(out[1:])):
        if a.qualifier == "eq" and b.qualifier in ("about", "at_least", "at_most") \
                and (a.unit == b.unit or text.endswith(_HELD_AT, 0, a.start)) \
                and text[a.end:b.start].strip() in _RUN_SEPS and _BARE_END.match(text, a.end) \
                and (id(b) in carried or not _BARE_END.match(text, b.end)):
            a.qualifier = b.qualifier
            carried.add(id(a))
    # "分别突破5万元和2.5万元", "分别不低于6%、7%": a bounding verb before the first of values joined by a
    # bare separator bounds the others too (where they have none of their own; 近/约 is the first's own)
    for a, b in zip(out[:-1], out[1:]):
        if b.qualifier == "eq" and a.qualifier in ("at_least", "at_most") and a.unit == b.unit \
                and text[a.end:b.start].strip() in _RUN_SEPS and _BARE_END.match(text, a.end) \
                and not text.endswith(_AFTER_QUALIFIER, 0, a.end):
            b.qualifier = a.qualifier
    return [v for v in out if v.measure]


_AFTER_QUALIFIER = ("左右", "以上", "以内", "以下", "上下", "之内", "之上", "多", "余")
_HELD_AT = ("稳定在", "保持在")


# nothing after a value but the separator, or none where a printing dropped it ("分别增长7.5%8%10%左右", spec), before
# the next value's digit or its 百分之 ("分别增长百分之九和百分之十以上")
_BARE_END = re.compile(r"\s*(?:[、和及与]\s*)?(?:[\d.]|百分之)")
_RUN_SEPS = ("、", "和", "及", "与", "")
# ("在2025年基础上实现翻番", "比2020年翻番": a doubling with its count left out; not a programme's name, "收入翻番工程")
# ("比2025年增长一倍", "实现倍增": the count in words, or the doubling named so; not "倍增计划", a programme)
_DOUBLING = re.compile(r"翻了?(?:(?P<n>一|两|二|三)番|番(?![工计行式]))(?P<over>以上|多)?"
                       r"|(?:增长|增加|提高|扩大)了?(?:(?P<x>\d+(?:\.\d+)?)|(?P<cx>一|两|二|三|四))倍(?P<more>以上|多)?|实现倍增(?![工计行])")
_CN_TIMES = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
_RANK_NUM = re.compile(r"\d{1,3}|[一二三四五六七八九十]{1,3}")
# a fall word, or a rise word after it ("在近两年下降后，增长3%", "扭转下滑态势，增长4%": the last one decides)
# (on a bilingual page, English words too: "CPI (居民消费价格): down 0.3%", "up 4.1%")
_EN_FALLS = r"down|decreased?|declined?|fell|dropped"
_EN_RISES = r"up|rose|grew|increased?"


@once
def _en_relative_rx() -> re.Pattern[str]:
    words = "|".join(map(re.escape, vocab.cues().get("en_relatives", ()))) or "(?!)"
    # (the clause: no full stop, semicolon or comma inside it, a number in it; the change of a number right after its
    # closing comma, the space after a mark perhaps lost as read)
    return re.compile(rf"[ ]?(?:{words})\s[^.;,\n]{{0,100}}?\d[^;,\n]{{0,40}}?,[ ]?(?:{_EN_RISES}|{_EN_FALLS})\s+(?:by\s+)?(?=[\d.])")


_EN_YEAR_IN = re.compile(r"(?<![A-Za-z])(?:in|during) ((?:19|20)\d\d)(?!\d)")


def _en_relative_year(text: str, at: int, end: int, year: int) -> tuple[str, int]:
    """The role and year of an English figure (at ``at``, ending at ``end``) inside a relative clause right after its name
    or in the change its closing comma leads to ("Fixed-asset investment, which the city had planned to increase by 10
    percent, rose 6.3 percent in 2021.": the aim 2021's target, the change 2021's result; "…, which the city aimed to grow
    8 percent in 2023, fell 2.1 percent.": the same, the year the clause names; decision 412): ("", 0) where the figure
    stands in no such clause or the sentence names no year. The year is the one after the figure, else the one the other
    part of the sentence names (the clause's, or the change's)."""
    lo: int = max(0, at - 160)
    c: int = max(text.rfind(", which", lo, at), text.rfind(",which", lo, at), text.rfind(", that", lo, at),
                 text.rfind(",that", lo, at))
    if c < 0 or _en_sentence_end(text, c, at) >= 0 or (m := _en_relative_rx().match(text, c + 1)) is None:
        return "", 0
    close: int = text.rfind(",", c + 1, m.end())
    if at < close:
        if not _en_aim_before(text, at):
            return "", 0
        role = "target"
    elif _en_clause_start(text, at) == close + 1:
        role = "actual"
    else:
        return "", 0
    if (ey := _en_year_after_any(text, end, year)) > 0:
        return role, ey
    se: int = _en_sentence_end(text, at, min(len(text), at + 200))
    se = se if se >= 0 else min(len(text), text.find("\n", at) if text.find("\n", at) >= 0 else len(text))
    y = _last(_EN_YEAR_IN.finditer(text, c, close)) if role == "actual" else _EN_YEAR_IN.search(text, close, se)
    if y is None and _en_past_change(text, close + 1):
        # ("In 2016, …. Fixed-asset investment, which the province had planned to increase by 12 percent, rose 11.7
        # percent.": a sentence naming no year, its change told as past: the year under review, the one before the
        # report's; decision 415)
        return role, year - 1
    return (role, int(y.group(1))) if y is not None else ("", 0)


def _en_past_change(text: str, at: int) -> bool:
    """Whether the English change word at ``at`` (after a clause's comma, its space or none) is told as past: rose, grew,
    fell, or a word ending in -ed (increased, declined, dropped)."""
    w = text[at:at + 16].lstrip(" ").split(" ", 1)[0]
    return w in ("rose", "grew", "fell") or w.endswith("ed")


def _inside_en_relative(text: str, start: int, i: int) -> bool:
    """Whether the comma at ``i`` closes an English relative clause opened after an earlier name, the mention at ``start``
    inside it ("Industrial value added, which the province had planned to grow in line with a GDP target of 8.5 percent,
    rose 8.8 percent": GDP's mention in the clause; the change after the comma is the sentence's subject's, not the
    clause's name's; decision 415)."""
    lo: int = max(0, start - 160)
    c: int = max(text.rfind(", which", lo, start), text.rfind(",which", lo, start), text.rfind(", that", lo, start),
                 text.rfind(",that", lo, start))
    if c < 0 or _en_sentence_end(text, c, start) >= 0 or (m := _en_relative_rx().match(text, c + 1)) is None:
        return False
    return text.rfind(",", c + 1, m.end()) == i


def _en_relative_end(text: str, start: int, i: int) -> int:
    """Where an English relative clause right after the name (its mention at ``start``, the comma at ``i``) closes, on
    the comma before the name's own change ("Fixed-asset investment, which the city had planned to increase by 10
    percent, rose 6.3 percent in 2021": cues.tsv en_relatives, decision 412): that comma, else 0. Only with no digit
    between the name and the clause (the clause the name's own, not one after its figure)."""
    if text[i + 1:i + 3].strip()[:1] not in ("w", "t") or _DIGIT.search(text, start, i) is not None:
        return 0
    m = _en_relative_rx().match(text, i + 1)
    if m is None:
        return 0
    return text.rfind(",", i + 1, m.end())
# (a one-character change word right before its figure, as news and Hong Kong and Taiwan pages write it:
# "同比降2.5%", "年减12.3%", "按年跌3.1%", "年增4%")
_DIRECTION = re.compile("(?P<neg>" + "|".join(_NEG) + rf"|(?<![A-Za-z])(?:{_EN_FALLS})(?![A-Za-z])|[降减跌](?=了?[ \t]*$))"
                        rf"|增长|上涨|回升|提高|提升|增加(?!值)|(?<![A-Za-z])(?:{_EN_RISES})(?![A-Za-z])|[增升涨](?=了?[ \t]*$)")


# (a character of every fall word: a verb with none of them names no fall, found by one set test)
_FALL_CHARS = frozenset("降滑落减跌窄负缩退挫↓▼df")  # (d, f: down, decline, decrease, dropped, fell)


# "年初确定的地区生产总值增长7%的预期目标调整为3%左右": the figure a target was set at, revised after it (the
# revised one is the fact, as in "增长目标由7%调整为3%")
_TARGET_REVISED_AFTER = re.compile(r"的(?:预期|年度|计划|增长|发展)*目标值?(?:调整|下调|上调|调减|调增|调低|调高|修订|修改|改)(?:为|至|到)(?=(?:增长|下降|上涨)?[\d.])")
# "预期目标增长8%，年中调整为6.5%", "年初预算9.3亿元，执行中调整为9亿元", "增长7%，受疫情影响年中调整为增长5%", "因受疫情冲击，年中调整为3%",
# "增长10%的目标，经市人大常委会批准调整为6%", "年初预算28亿元，调整后预算为30.5亿元": a figure set for the year
# and revised in it, the revision in the clause after it (its reason or its approval glued before): the revised
# figure is the target, as the end of "由8%调整为6.5%" is (a decision on a case the spec leaves open: docs/decisions.md);
# a revision to words ("调整为“保持经济平稳运行”") leaves no figure of the one first set
# (the approval or the grounds may come after the time: "年中经市人大常委会批准调整为", "后根据形势变化调整为",
# "经市委常委会研究，调整为")
# ("增长7.5%的目标年中调整为努力实现正增长": the target named, its revision glued after it with no comma)
_REVISED_NEXT = re.compile(r"(?:左右|以上|以内)?(?:的(?:预期|年度|计划|增长)*目标[，,]?|[，,])\s*" + _REVISION_GROUNDS
                           + _REVISION_APPROVED + "?"
                           r"(?:" + _REVISION_WHEN + r"?(?:根据|结合)[^，,。；;\d]{1,10}?)?"
                           # ("年初预算45.2亿元，调整预算48.1亿元": the revised budget named as the budget report's table names it)
                           r"(?:" + _REVISION + r"|(?P<after>调整后的?(?:预算|目标|计划)数?(?:为|是)?|调整预算数?(?:为|是)?))"
                           # (words with no quote mark: "调整为努力实现正增长", "调整为保持在合理区间", no figure in their clause)
                           r"(?:(?P<dir>增长|下降|上涨)?(?=[\d.])|(?P<words>[“\"‘]|(?:努力|力争|争取|确保)?(?:实现|保持)(?![^，,。；;\d]{0,12}\d)"
                           # ("年中调整为力争正增长": the words with their verb left out)
                           r"|(?:努力|力争|争取|确保)(?:正增长|由负转正)))")
# (the figure before set by the words before it or after it, "增长10%的目标，…调整为6%": not a result's, "登记失业率为3.5%，调整为…")
_ESTIMATE_WORDS = ("预计", "初步核算", "初步统计", "快报")  # (a figure the final count may correct)
# (or the count named in a clause of its own, the final figure labelled after it: "预计为3.5%，经统计部门核实，实际增长3.9%")
_CORRECTED_NEXT = re.compile(r"[，,]\s*(?:经[^，,。；;\d%]{0,14}?)?(?:最终|正式)?(?:核实|核定|审定|修订|修正|核准|确认)(?:后)?"
                             r"(?:为|是|[，,]\s*(?:实际|最终)(?:为|完成|达到)?)(?:增长|下降|上涨)?(?=[\d.])")
_CORRECTED_FIRST = frozenset("经最正核审修确")  # (what _CORRECTED_NEXT's clause opens with)
_SET_WORDS = ("预算", "预期", "目标", "计划", "控制在", "年初", "原定")
# (a result is not revised: "完成12.6亿元，调整为…" is no figure set)
_RESULT_VERB = re.compile(r"实际|执行结果|(?<!计划)(?<!预期)(?:完成|实现)了?$")


_EN_CHANGE = re.compile(rf"(?<![A-Za-z])(?:{_EN_RISES}|{_EN_FALLS})[ \t]*(?:(?:by|of)[ \t]*)?$")  # ("an increase of 7.7 percent")


def _falls(verb: str) -> bool:
    """Whether the change word nearest before a figure is a fall."""
    last = _last(_DIRECTION.finditer(verb)) if not _FALL_CHARS.isdisjoint(verb) else None
    return last is not None and last.group("neg") is not None
_GROWTH_WORD = re.compile("|".join(_GROWTH_WORDS))
# a one-character change word right before its figure ("同比降2.5%", "年减12.3%", "按年跌3.1%", "年增4%", "同比升3%")
_LONE_CHANGE = re.compile(r"[增降减跌升涨]了?[ \t]*$")
# (or a peer group with 中 before its ranking's word: "在副省级城市中的位次前移1位，居第3位", "在全国城市中的排名上升2位")
# (the group may be counted: "在15个副省级城市中位次上升至第8位")
_PEER_RANKED_IN = re.compile(r"在((?:\d{1,3}个|[一二三四五六七八九十两]{1,3}个)?[^，,。；;第\d在]{1,12}?)中的?(?:排名|排位|位次)")
_RANKED_IN = re.compile(r"(全国|全省|全市|全区|全州|全盟|全疆|全地区)[^，,。；;\d]{0,3}(?:排名|排位|位次)")
_GROWTH_RANK = re.compile(r"增幅|增速|增长")
_RATE_GLUED = ("增速", "增幅")  # (right after a name: the rate of what it names)
_RATIO_WORDS = ("率", "比例", "比率", "比重", "占比", "强度", "之比", "水平")


def _rate_of_amount(text: str, m: "Mention", verb: str) -> bool:
    """Whether a rate's rank after a ratio's name ranks the amount the name says, not the ratio: the rate glued to the
    name ("税收收入增速居…"), or a rate's rank after a name of the amount itself (税收收入, no ratio word: "其中税收收入
    4.1亿元，增速居全州第2位")."""
    return text.startswith(_RATE_GLUED, m.end) or _GROWTH_RANK.search(verb) is not None and not m.alias.endswith(_RATIO_WORDS)
# (or a peer group leading the clause of the name: "增长5%，在15个副省级城市中，GDP总量位列第15")
# (or the places of several figures in it, the clause before a bare place: "主要经济指标在全国27个省会城市中的位次
# 总体稳定，地区生产总值居第21位")
_PEER_FIELD_LEAD = re.compile(r"(?:(?:^|(?<=[。；;！？!?\n，,]))[ \t]*(?:我[省市县区州盟旗])?在|(?<=指标)在)((?:全国|全省|全区)?(?:\d{1,3}个|[一二三四五六七八九十两]{1,3}个)?[^，,。；;第\d在]{1,10}?(?:[市省区县州旗盟]|省会|省份))中(?:[，,]|的?(?:位次|排名|排位)[^，,。；;\d第]{0,6}[，,])")
# (the region named as the subject before the field: "我省在全国31个省区市中，人均生产总值仍居第31位")
# (a source's clause before it, "据市统计局数据，全市10个县区中，…"; the region above by its name before a count of its
# members, "在信阳市10个县区中，我县…位居第2位", "鄂尔多斯市八旗区中，…": a county's field)
# (the source's clause by any of its words: "根据市统计局数据，", "依据…", "经市统计局核定，", "从市统计局反馈的数据看，")
_FIELD_LEAD = re.compile(r"(?:^|(?<=[。；;！？!?\n]))[ \t]*(?:(?:[根依]?据|经(?=[^，,。；;！？!?\n\d]{1,14}(?:核定|核算|测算|统计|审定)[，,])|从(?=[^，,。；;！？!?\n\d]{1,14}看[，,]))[^，,。；;！？!?\n\d]{1,16}[，,])?(?:我[省市县区州盟旗])?在?"
                         r"(全国|全省|全市|全区|全州|全盟|全疆|全地区|(?<![全我本])[\u4e00-\u9fff]{1,6}?[省市州盟](?=\d{1,3}个|[一二三四五六七八九十两]{1,3}个?[县区市旗]|各[县区市旗]))"
                         r"(?:各县区|县区|同类|(?:\d{1,3}个?)?[^，,。；;第\d]{0,10}?中)[，,]")
def _names_other(obj: str, alias: str) -> bool:
    """Whether the object of a verb after a name's figure is another indicator's name, though it shares
    characters with it: "外贸进出口增长12%，实现出口28亿元" (出口额, 出口总额) is the exports' level."""
    # (or opens with one: "实现出口交货值28亿元", "完成出口退税5亿元" are no level of the trade)
    # ("社会消费品零售总额增长8%，实现网络零售额30亿元": a part, a word that guards the name opening the object)
    if obj.startswith(_guards().get(alias, ())):
        return True
    table = _alias_table()[2]
    own = set(table.get(alias, ()))
    if any((ids := table.get(obj[:k])) is not None and not set(ids) & own for k in range(len(obj), 1, -1)):
        return True
    # "工业投资增长20%以上，完成技改投资80亿元": the name's head noun with another word before it is another thing
    # (not one of the name's own aliases, "实现规上工业增加值500亿元" after "规模以上工业增加值增长8%")
    return len(obj) > 2 and obj.endswith(alias[-2:]) and not obj.endswith(alias) \
        and not any((ids := table.get(obj[k:])) is not None and set(ids) & own for k in range(len(obj) - 1))


# (a clause of its own naming this year before its figure, the name left out: after a goal of the same name)
# (a run of this year's after the goals' run, its earlier figures before the value: "…年均分别增长8%和9%，2021年分别增长9%和10%")
_YEAR_CLAUSE_BEFORE = re.compile(r"[，,；;、]\s*(?:((?:19|20)\d\d)年|今年|年内)(?:要|将|力争|确保|争取)?(?:分别)?"
                                 r"(?:达到|突破|稳定在|控制在|增长|下降|提高到|提高|超过)"
                                 r"(?:[\d.]+(?:%|％)?(?:左右|以上|以内)?[、和])*$")
_THIS_YEAR_OPENS = re.compile(r"[；;，,]\s*(?:今年|(全年)|((?:19|20)\d\d)年)(?![底末以来前后度])")  # (a clause opening with this year)
def _this_year_opens(text: str, start: int, pos: int, y: int) -> re.Match | None:
    """The last clause in text[start:pos] that opens with this year ("；今年，", "，2024年"), if any; the whole year
    too once the deadline's own clause has stated its figure ("力争到2028年…突破500亿元，全年新增…20家，完成工业投资75亿元":
    the year's work after the later goal, as 今年; not "到2030年，全年粮食产量…", that year's whole year)."""
    if text.find("今年", start, pos) < 0 and text.find(f"{y}年", start, pos) < 0 and text.find("全年", start, pos) < 0:
        return None  # (three finds first: most spans name none)
    return _last(t for t in _THIS_YEAR_OPENS.finditer(text, start, pos)
                 if t.group(2) == str(y) or t.group(1) is not None and _DIGIT_NOT_YEAR.search(text, start, t.start())
                 or t.group(1) is None and t.group(2) is None and not _late(text))


_LONG_GOAL_AFTER = re.compile(r"的(?:十年|中长期|远景|长远|长期)(?:发展|奋斗)?目标")
# ("主要预期目标是：", "主要目标：": a list of targets led; a plan report's lead proposes it: "主要预期目标安排如下：",
# "主要预期目标建议为：", "主要预期目标建议安排如下：")
_TARGETS_LEAD = re.compile(r"目标(?:建议)?(?:安排)?(?:如下)?(?:是|为|[：:])")
# a sub-part's title naming only the year's targets, on its own line ("（二）2026年主要预期目标", "1.主要预期目标")
_TARGETS_TITLE = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?\s*"
                            r"(?:(?:19|20)\d{2}年|今年)?的?(?:经济社会发展的?)?主要(?:预期)?目标[。：:]?\s*")


def _listed_target(text: str, pos: int, y: int | None) -> bool:
    """Whether the line up to ``pos`` names a list of targets ("主要预期目标是：…"), or is an item of
    a list whose lead line does ("主要预期目标是：\n——…；")."""
    ls = text.rfind("\n", 0, pos) + 1
    if _TARGETS_LEAD.search(text, ls, pos):
        return True
    if ls > 0 and _TARGETS_TITLE.fullmatch(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1):
        return True  # (the paragraph right under a title of the year's targets: "（二）2026年主要预期目标\n…；…")
    lead = _list_lead(text, ls, y) if ls > 0 else None
    # (a lead that names targets: not "今年政府工作的总体要求是：", whose words are no list of targets)
    if lead is None or lead[1] != "target":
        return False
    # (a lead line of its own, ending with its colon: not "主要预期目标是：地区生产总值增长6%左右。" before
    # "（一）稳定粮食生产。", a task's heading, whose words are no listed target)
    le = text.find("\n", lead[0])
    le = le if le >= 0 else len(text)
    return text[le - 1:le] in ("：", ":") and _TARGETS_LEAD.search(text, text.rfind("\n", 0, lead[0]) + 1, le) is not None


_TIME_SUBJECTS = frozenset(("今年", "明年", "后年", "年内", "当年"))


@once
def _aim_subject_re() -> re.Pattern:
    """The words of an aim alone where _OTHER_SUBJECT looks for another noun ("增长6%左右、力争突破5700亿元": the same
    name's level aimed at, as after a comma; cues.tsv aim_subject), a time before them or not ("、今年力争达到…")."""
    aims = "|".join(map(re.escape, sorted(vocab.cues().get("aim_subject", ()), key=lambda w: (-len(w), w))))
    return re.compile(r"(?:" + "|".join(sorted(_TIME_SUBJECTS)) + r"|全年)?(?:" + aims + r")")
_OTHER_SUBJECT = re.compile(r"、([^、，,。；;\d%]{2,14}?)(?:达到|达|为|完成|实现|突破|超过|增长|增加|下降|提高)了?(?:近|约|超)?$")
# (its 了 is no object: "，完成了控制在3.5%左右的目标", "，实现了增长6%的年度目标" are the figure's own target)
_OTHER_OBJECT = re.compile(r"[，,](?:全年|累计|共|当年)?(?:完成|实现|新增)了?(?!增加值)([^\d%，,。；;、]{2,8}?)(?:近|约|超过|逾|超|达)?$")
# "完成年度目标（8%）", "完成年度计划（8.5%）", "完成年初确定的4%的目标": the figure's own target
# ("完成年中调整后3%左右的目标": the target as revised in the year)
# ("完成“十四五”下降13.5%的目标", "实现“十四五”规划年均增长7%的目标": the plan's own figure after its name)
# ("完成年度计划增长15%目标的96.7%": the plan's change word between it and its figure)
# ("完成年度计划（增长9%）的98.9%": the plan's change word inside its bracket)
# ("，完成年初6%的预期目标", "，实现年初7%左右的目标", "，完成上年年初…": the time it was set alone before its figure, as
# "高于年初6%的预期目标" is read; decision 340)
_SET_OBJECT = re.compile(r"^(?:去年|上年)?(?:年初|年度|原定)$|目标|计划(?:增长|下降|降低|上涨|提高)?(?:[（(](?:增长|下降|降低|上涨|提高)?)?$|(?:年初|年度|全年)预期$|(?:确定|提出|制定|设定|下达)的(?:增长|下降|降低|上涨|提高)?$|(?:年中|年内|执行中)?调整后的?$"
                         r"|^[“\"‘]?十[一二三四五六]五[”\"’]?(?:规划)?(?:确定的|提出的|的)?(?:年均)?(?:增长|下降|降低|上涨|提高)?$")
# ("出现2.5%的负增长"; a Hong Kong page's fall named right after its figure: "录得2.1%跌幅", "出现3%的跌幅")
_FALL_AFTER = re.compile(r"的?(?:降幅|跌幅|减幅)|的(?:下降|降低|减少|负增长)")
# ("年均增长6.5%的发展势头", "年均增长8.2%的基础上": the figure's own trend, not a thing it is a part of)
# ("年均增长6%的“十五五”目标": the plan's goal the figure is, no proportion of the plan)
# ("年均增长5%以上的规划要求", "…的规划预期", "…的规划任务": the plan's aim in other words, the figure its own)
# ("…、一般公共预算收入增长12%的计划，实际分别增长…": the plan closing its clause is the figure set, as 的目标 is)
_OF_SOMETHING = re.compile(r"的(?![\d.]+%|[\d.]+个?百分点|预期|目标|约束性目标|预期性目标|要求|年度目标|(?:年度|年初)?(?:规划|计划|调控|控制|调整)目标|(?:年度|年初)?(?:规划|计划|调控|控制)(?:要求|预期|任务|指标)|(?:年度|年初|全年)?计划(?:[，,。；;]|$)|年初|增|涨|降|跌|减幅|下降|减少|负增长|较|低位|水平|高速|中高速|速度|年均|区间|幅度|合理"
                           r"|[“\"‘]?十[二三四五六]五[”\"’]?(?:规划)?(?:时期|期间)?的?(?:发展|奋斗|预期|主要)?目标"
                           r"|(?:良好|强劲|稳定|稳健|较快|平稳|发展|好的?|快速)?(?:势头|态势|基础上)|(?:较?高|较?低)?基数的?基础上"
                           # ("实现增长6.1%的好成绩": praise of the figure itself, no thing it describes)
                           r"|(?:好|良好|较好|优异|不俗)?(?:成绩|佳绩))")
# (nor the gap in points after it, "高于年初预期目标7.5%的0.6个百分点": the figure is the target the gap is measured
# from, no proportion of anything; decision 406)
# (the characters each can begin with: one test of the character after a figure before a try there)
_FALL_AFTER_FIRST, _OF_SOMETHING_FIRST = first_set(_FALL_AFTER), first_set(_OF_SOMETHING)
_PROPORTION = re.compile(r"贡献率|贡献份额|依存度|相当于")
# ("目标较去年下调0.5个百分点": a target set lower than last year's, no change of the indicator)
# ("超过规划目标1.5个百分点", "超额完成“十四五”规划目标…": a gap to the plan's target too; "比“十二五”规划目标高1个
# 百分点", "比年初计划高0.5个百分点": set against the target or plan, not a change on a year)
_PP_COMPARED = re.compile(r"(?:下调|上调|调低|调高)了?$|高于|低于|快于|慢于|高出|低出|超出|好于|(?:还|尚|仍|相)差|比全|较全|比省|比国|比同期全|平均|超(?:过|额完成)[^，,。；;\d]{0,10}目标|超(?:年度|全年|年初|原定)?(?:计划|目标|预算)"
                          r"|比[\u4e00-\u9fff]{1,6}?[省市州盟](?:平均水平|平均)?[高低快慢]"
                          r"|(?:(?<![比较])比(?!较)|(?<![比较])较(?![好为快大]))[^，,。；;\d]{0,10}(?:目标|计划(?!期)|预期)[^，,。；;\d]{0,3}$"
                          # ("比年初确定的61%的目标高1个百分点": the gap to the target just named, after its figure)
                          r"|的(?:年度|年初|预期|调控|计划|规划)*目标[高低快慢]出?了?$")
# the target a result is set against by 比/较, its figure, then the gap to it in points ("，比预期的4.5%低1.38个百分点",
# "，较年度计划4.5%低1个百分点"; a target's set against last year's, "控制在4%以内，比上年计划的4.5%低0.5个百分点"): the gap
# is no change of the ratio (decision 467); read up to the gap's figure
_PP_GAP_AFTER_TARGET = re.compile(r"[比较](?:上年|去年|(?:19|20)\d\d年)?" + _THAN_TARGET + r"的?(?:增长|下降)?[\d.]+[%％]"
                                  r"(?:左右|以上|以内)?(?:的(?:年度|年初|预期|计划)*目标)?[高低快慢]出?了?$")
# ("城镇化率稳步提高，达到45%": a rise in words, then the level reached in a clause of its own; not
# "增速提高，达到8.2%", the rate's own rise)
# "民生支出占一般公共预算支出的比重始终保持在75%以上": a share held throughout, its adverb between
# a clause of the ratio alone after a count of the same name ("优良天数达到300天，比例达到82.2%"): that count's share
_RATIO_CLAUSE = re.compile(r"(?:^|[，,、])(?:比例|比率)(?:达到|达|为|提高到|提升到|上升到)?$")
_SHARE_HELD_ALWAYS = re.compile(r"(?:比重|比例|占比)(?:始终|一直|持续|长期)(?:保持在|稳定在|保持|稳定|在)$")
# the verbs of a rate moved that close on 为 as on 至/到 (cues.tsv rate_moved_verbs: "城镇调查失业率由上年的5.6%下降为5.2%",
# "常住人口城镇化率提高为61.2%": the level reached, adv61c)
_MOVED_FOR = longest_first(vocab.cues()["rate_moved_verbs"])
_REACHED = re.compile(r"(?:提升|提高|增加|上升|下降|降低|增长|回落|回升)(?:至|到)$|(?:" + _MOVED_FOR + r")为$|^[^速幅]*(?:(?:提高|提升|上升)[，,](?:年末|年底)?(?:达到|达)|(?:下降|降低)[，,](?:年末|年底)?为)$")
_SET_THE = ("设定的", "确定的", "提出的", "制定的")  # (the words that set a target, before its figure)
_THAN_LAST_YEARS = ("目标较去年的", "目标比去年的", "目标较上年的", "目标比上年的")  # (a target set against last year's)
# (the year's average opening the clause after a target's, "目标5.5%以内，全年平均5.6%": the ratio's own result)
_YEAR_AVERAGE_ONLY = re.compile(r"(?:^|[，,；;])(?:全年|年度|年|实际)?平均$")
_GAP_BEFORE_AMOUNT = re.compile(r"(?:平均水平|平均|水平|[省市县区州国])(?:的)?(?:高出|低出|多出|高|低|多|少)?(?:了)?$")
# ("分别完成年度计划的102.3%、98.6%", "为预算的103%", "完成全年目标任务的98%": how much of the plan was done, a
# completion ratio, no share nor growth of the name before)
# (not a plan not reached, "均未达到年初计划的6%和8.5%": the plans' own figures, _PLANS_AFTER)
_PLAN_SHARE_DONE = re.compile(r"(?:完成|为|占|(?<!未)(?:达到|达))了?(?:年度|年初|全年|调整后的?|当年)?(?:预期)?(?:计划|预算|目标任务|目标|任务)(?:数)?的$")
_OVER_BUDGET = re.compile(r"(?:比|较|超)(?:年初|调整后?的?|年度)?预算(?:数)?(?:增长|增加|下降|减少|多|少|超收|短收)?$")
_SHARE_OF_WHOLE = re.compile(r"占全(?:国|省|市|区|州|县|盟|旗)(?:总量)?的?(?:比重|份额|比例)?(?:为|达到|达|超过)?$")


# a rate of change and the level it moved to ("增速回落至", "降幅收窄到", "降幅收窄为"); the rates that are falls
_RATE_REACHED = re.compile(r"(增速|增幅|涨幅|增长速度|降幅|跌幅|下降幅度)[^，,。；;\d%]{0,8}?(?:至|到|(?:收窄|回落|回升|" + _MOVED_FOR + ")为)$")
_FALL_RATES = ("降幅", "跌幅", "下降幅度")
# a flow's rate moved from a start dated by the year before or a part of the year, its figure left out of the verb
# ("由上年的", "从一季度的"), to the year's ("提高到", "回升至", "回落到")
_FLOW_RATE_MOVED = re.compile(r"[由从](?:上年|去年|(?:19|20)\d\d年|[一二三]季度|上半年|前三季度)?的?(?:增长|下降)?"
                              r"(?:(?:提高|提升|上升|回升|回落|下降|降低|放缓|加快)(?:至|到)|(?:" + _MOVED_FOR + ")为)$")


@once
def _share_aliases() -> tuple[str, ...]:
    """The names of the indicators that take a share ("城镇化水平", "税收收入": a ratio's names that end otherwise)."""
    return tuple(a for ind in vocab.indicators().values() if "share" in ind.measures for a in ind.aliases)


_MOVED_TO = re.compile(r"(?:(?:回落|下降|下滑|降|回升|上升|升|提高|上涨|涨|放缓|加快)(?:至|到)|(?:回升|回落|收窄|" + _MOVED_FOR + ")为)$")
_CHANGE_RATES = ("降低率", "下降率", "增长率", "减少率", "年增率", "成长率")  # (a Taiwan page's 年增率, 成長率)


@once
def _count_aliases() -> frozenset[str]:
    """The names of the indicators counted per year (kind count: 城镇新增就业, 农村劳动力转移就业)."""
    return frozenset(a for ind in vocab.indicators().values() if ind.kind == "count" for a in ind.aliases)


# (the years averaged, opening the clause before a figure's name: "从两年平均看，", "按三年平均计算，"; or the years
# counted, "三年来，", where the figure's own verb says 平均)
_AVERAGE_OPENS = re.compile(r"(?<=[，,。；;\n \t\u3000])(?:从|按|以)?[两二三四]年(?:平均|年均)(?:看|来看|计算|测算|而言)?[，,]")
_YEARS_COUNTED = re.compile(r"(?<![第十前今])[两二三四五]年(?:来|间|以来)[，,]\s*(?:全[市县区省州盟旗])?$")


def _averaged_years(text: str, ns: int, seg: str) -> bool:
    """Whether the years averaged open a clause before a figure whose name starts at ``ns``, in its sentence and
    within 40 characters ("从两年平均看，…"), or the years counted come right before the name, its verb saying 平均
    ("三年来，全市生产总值平均增长4.5%")."""
    if text.find("平均", max(0, ns - 40), ns) >= 0:
        ss = max(text.rfind("。", 0, ns), text.rfind("；", 0, ns), text.rfind("\n", 0, ns)) + 1
        if _AVERAGE_OPENS.search(text, max(ss, ns - 40), ns) is not None:
            return True
    return "平均" in seg and "年" in text[max(0, ns - 10):ns] and _YEARS_COUNTED.search(text, max(0, ns - 10), ns) is not None
# (a word that rounds the figure may stand between the verb and it: "城镇化率达到57.6%，五年提高约4.5个百分点")
_FIVE_YEARS_MOVED = re.compile(r"(?<![第十前])(?<!今后)(?<!未来)(?<!今后这)(?<!未来这)五年(?:来|间)?(?:共|累计)?"
                               r"(?:提高|提升|增长|增加|下降|降低|减少|上升)了?(?:约|近|将近|接近|大约|超过|逾)?$")
_TEN_YEARS = re.compile(r"(?<![\d二三四五六七八九])(?:十|10)年")
# the years counted then a word of their sum other than 累计 (cues.tsv years_sum_words: "五年合计完成2216亿元", "三年共计
# 新增就业3.1万人"): the span's total, as 五年累计 is (not a sum of parts with no years counted: "两项合计", "进出口合计")
@once
def _years_summed_word() -> re.Pattern:
    words = sorted(vocab.cues().get("years_sum_words", ()), key=lambda w: (-len(w), w))
    return re.compile(r"(?:(?<![第十前])[两二三四五六七八九十]|(?<!\d)\d{1,2})年(?:来|间)?(?:" + "|".join(map(re.escape, words)) + ")")

# the years counted (or a plan's period named) right before a name whose figure a word of years_sum_words follows ("五年
# 固定资产投资合计2680亿元", "“十三五”时期固定资产投资总计1.6万亿元"; decision 362): the span's total, as "五年合计完成…"
# before the name is (not a sum with no years before its name: "固定资产投资和社会消费品零售总额合计…", "两项合计")
_YEARS_BEFORE_NAME = re.compile(r"(?:(?:(?<![第十前今])[两二三四五六七八九十]|(?<!\d)\d{1,2})年(?:来|间)?|“?十[一二三四五六七八九]五”?(?:时期|期间))"
                                r"(?:全[市县区省州盟旗])?$")


# a paragraph opening on the report's year's own target list ("2026年主要预期目标是：…", "今年经济社会发展的主要预期目标是：")
_OWN_LIST_OPENS = re.compile(r"^[ \t\u3000]*(?:((?:19|20)\d{2})年|今年)[^。\n：:]{0,30}?主要(?:预期)?目标[^。\n：:]{0,4}[：:]", re.M)


def _review_left_at(text: str, outline, y: int | None) -> tuple[int, int] | None:
    """(the section's id, where) a page whose title is a review's card written plain, depth 1 and unnumbered ("“十四五”时期
    主要成就" over its rows), is left by a paragraph opening the report's year's own target list under it, untitled (the
    list, its goal and its tasks read as a page with no titles, as pledges.scan reads them since decision 362: the goal
    "今后五年累计新增6万人" is the years ahead's, not the card's span; a whole-region figure restated in the tasks is the
    year's target; decision 367); else None. (Not a news page's sub-head marked as one, "【成绩单】".)"""
    if y is None:
        return None
    # (the list's line holds 目标: its line is tried from its start where 目标 stands, not every character of the text by
    # the pattern's ^ — re skips to nothing there — the same matches in the same order, one a line at most)
    tried = -1
    i = text.find("目标")
    while i >= 0:
        ls = text.rfind("\n", 0, i) + 1
        i = text.find("目标", i + 2)
        if ls == tried:
            continue
        tried = ls
        m = _OWN_LIST_OPENS.match(text, ls)
        if m is None or m.group(1) and int(m.group(1)) != y:
            continue
        sec = outline.at(m.start())
        if sec is None or sec.depth != 1 or sec.number or sec.role != "review":
            return None
        k = text.rfind(sec.title, 0, m.start()) if sec.title else -1
        if k < 0 or text[text.rfind("\n", 0, k) + 1:k].strip(" \t\u3000“"):
            return None
        return id(sec), m.start()
    return None


def _sum_after_name(text: str, name_start: int, seg: str) -> bool:
    """Whether a word of cues.tsv years_sum_words stands between the name and its figure (``seg``) and the years counted
    or a plan's period stand right before the name."""
    return any(w in seg for w in vocab.cues().get("years_sum_words", ())) \
        and _YEARS_BEFORE_NAME.search(text, max(0, name_start - 12), name_start) is not None


@once
def _year_row_re() -> re.Pattern:
    # (the words of the year's part after a comma, cues.tsv last_year_done_verbs and last_year_part_verbs — "，去年完成215
    # 亿元", "，去年实到7.8亿美元" — and the bare row's own, year_row_words: 为, 是, 当年, 全年…)
    cues = vocab.cues()
    words = sorted({w for row in ("year_row_words", "last_year_done_verbs", "last_year_part_verbs") for w in cues.get(row, ())},
                   key=lambda w: (-len(w), w))
    # (the row's year, a lead of cues.tsv year_row_leads before it or none, "其中2022年实到268亿元" (decision 353): the
    # pattern by which normalize keeps the row's line apart, normalize.year_row_open)
    return re.compile(year_row_open() + r"(?:" + "|".join(map(re.escape, words)) + r")?(?:约|近)?\d[\d.]*[^\d\n，,。；;：:]{0,6}(?:左右|以上)?[ \t\u3000]*(?:\n|$)")


@once
def _year_row_lead_firsts() -> str:
    """The first characters of cues.tsv year_row_leads (其中): a row under a total may open on them before its year."""
    return "".join(sorted({w[0] for w in vocab.cues().get("year_row_leads", ()) if w}))


def _past_blank_lines(text: str, i: int) -> int:
    """Where the line after the blank lines (one to three) after the line break at ``i`` opens; -1 where there are none or
    more (a Word file's paragraphs each set apart by a blank line, a page's mark and head dropped between two lines)."""
    j = i + 1
    while j < len(text) and text[j] == "\n" and j - i <= 4:
        j += 1
    return j if 1 < j - i <= 4 else -1


def _blank_run_start(text: str, oc: int) -> int:
    """The first line break of the run (two to four) right before ``oc``."""
    k = oc - 1
    while k > 0 and text[k - 1] == "\n" and oc - k < 4:
        k -= 1
    return k


def _year_row_under_total(text: str, start: int, i: int, bare: bool = True, row: int = -1) -> bool:
    """Whether the line break at ``i`` closes a line of a total over the years whose sentence began on it (from ``start``),
    and the next line is a card's row of one year's figure, its name left out: that year's part of the total's name, read
    as after a comma. The row is either
    (a) a year glued to a row's verb (normalize.year_clause_opens, cues.tsv card_year_row_verbs: "2025年新增8.1万人",
        "2025年完成2160亿元"), under a line stating the total by a word of cues.tsv total_span_words (累计, 合计…) that ends
        on its figure and unit (decision 347); or
    (b) a bare row, the year (其中 before it or not), a word of cues.tsv year_row_words or none, the figure, its unit and
        the line's end ("2020年完成5120亿元", "2025年当年2350亿元", "其中2022年实到268亿元"), under a total by a word of
        total_span_words whose line ends on no mark (decisions 348 and 353 asked 累计 only; 合计/共计/总计 since decision
        362); ``bare=False`` asks for the form (a) only. ``row`` is where the row's line opens (the line after the break
        by default; past a blank line, decision 369)."""
    if row < 0:
        row = i + 1
    ls = text.rfind("\n", 0, i) + 1
    if start < ls:
        return False
    # (a) (the year glued to its verb, not to a comma: "…1680亿元\n2025年，完成402亿元" is left as before)
    if any(w in text[ls:i] for w in vocab.cues().get("total_span_words", ())) \
            and figure_unit_ends().search(text, max(ls, i - 16), i) is not None \
            and (m := year_clause_opens().match(text, row)) is not None and text[m.end() - 1] not in "，,":
        return True
    if not bare:
        return False
    # (b) (a total by 累计 only: under one by 合计/共计, "五年合计完成…5680亿元\n2025年为1210亿元", the total itself was lost
    # once the row went on — the span of a 合计 read otherwise; left in decision 348, the form (a) reads that row)
    # (any word of total_span_words since decision 362: with the years counted before the name, "五年固定资产投资合计2680亿元",
    # or before the word, "五年合计完成…", the 合计 total keeps its span once the row goes on)
    if not any(w in text[ls:i] for w in vocab.cues().get("total_span_words", ())) or not text[i - 1:i] \
            or text[i - 1] in "。；;！？，,：:":
        return False
    return _year_row_re().match(text, row) is not None


# the name of a pollutant's concentration, which a report says "improves" (改善) when it falls
_CONCENTRATION = re.compile(r"浓度|PM2\.?5|PM10|细颗粒物|可吸入颗粒物", re.I)
_PP_TARGET_AFTER = re.compile(r"的(?:年度|全年|年初)?(?:预期|计划|控制|调控|约束性|预期性)?目标")


# a result compared with the year's plan, 的 before the plan's figure ("低于年度计划的5.5%", "高于年初计划的8%"): the
# plan's own figure, no proportion of the plan (as "完成年度计划的102%" is); after 比/较 its time may go unsaid and the
# target be named 目标 ("，比计划的9%高0.1个百分点", "，较目标的9%高…", decision 467)
_COMPARED_PLAN_THE = re.compile(r"(?:好于|高于|低于|快于|超过|超出|优于|控制在)(?:年度|全年|年初|原定)计划(?:目标)?的$"
                                r"|[比较]" + _THAN_TARGET + r"(?<!预期)的$")


# the plan's own figure named as its task ("完成年初计划增长8%的任务", "未完成年度计划8%的任务"): the plan right before
# the figure (its change word between) and a task's word right after its 的 (cues.tsv plan_task_after), no proportion of
# the tasks ("完成了80%的任务" keeps its reading: no plan before the figure)
_PLAN_RIGHT_BEFORE = re.compile(r"计划(?:目标)?(?:增长|增速|增幅|上涨|涨幅|下降|降幅)?$")


@once
def _plan_task_after_re() -> re.Pattern:
    words = "|".join(map(re.escape, vocab.cues().get("plan_task_after", ()))) or "(?!)"
    return re.compile(rf"的(?:{words})(?=[，,。；;、）)]|$)")


def _plan_task_after(text: str, qend: int, verb: str) -> bool:
    """Whether the figure ending at qend is a plan's own named as its task: "计划…8%的任务" (see _PLAN_RIGHT_BEFORE)."""
    return _PLAN_RIGHT_BEFORE.search(verb) is not None and _plan_task_after_re().match(text, qend) is not None


# this year's part opening the clause right before a figure, after the name's average ("，其中今年增长", "，其中2026年")
_THIS_YEARS_PART = re.compile(r"[，,]其中[，,]?(?:今年|(20\d\d)年)[^，,。；;\d]{0,6}$")
# a clause of one year's part opening right before a figure, after the name's average ("，其中今年增长", "，其中2021年")
_YEARS_PART_AFTER = re.compile(r"[，,]其中[，,]?(?:(?:19|20)\d\d年|今年|去年|上年)[^，,。；;\d]{0,6}$")


def _classify(q: Quantity, verb: str, alias: str, qual: str, qend: int, text: str, seg_start: int) -> Value:
    unit = q.unit
    span_hint = None
    seg = text[seg_start:q.start]
    # ("经济年均增长5.5%": the name itself says the yearly average)
    # (not a year's part after it, its own clause: "年均增长6%左右，其中今年增长6.5%左右")
    if ("年均" in seg or alias.endswith("年均增长") or "平均每年" in seg
            or "年平均" in seg and (_N_YEARS_AVERAGE.search(seg) or "五年平均" in seg)) \
            and not ("其中" in seg and _YEARS_PART_AFTER.search(seg)):  # ("优良天数五年平均达到330天")
        lead = text[_clause_start(text, q.start, 30):q.start]
        span_hint = "span10" if "十年" in lead or "10年" in lead else "span"
    elif ("平均" in seg or text.find("平均", max(0, seg_start - len(alias) - 40), seg_start - len(alias)) >= 0) \
            and _averaged_years(text, seg_start - len(alias), seg):
        # the years averaged named before the figure's name ("从两年平均看，全市生产总值增长5.2%，规模以上工业增加值增长
        # 6.1%", "按三年平均计算，…", "三年来，全市生产总值平均增长4.5%"): a yearly average over them
        span_hint = "span"
    elif "累计" in seg or "五年共" in seg or "五年" in seg and _FIVE_YEARS_MOVED.search(seg) \
            or "年" in seg and _years_summed_word().search(seg) is not None or _sum_after_name(text, seg_start - len(alias), seg):
        # ("城镇化率达到60.3%，五年提高9.6个百分点": the change over the five years, said before its verb)
        span_hint = "cumulative"
    if unit == "个百分点":
        if _PP_COMPARED.search(verb) and not (text[qend:qend + 1] == "的" and _PP_TARGET_AFTER.match(text, qend)):
            # "高于全省平均水平2.3个百分点": a gap to another figure, not a change (but "提高1.65个百分点，高于1.5个
            # 百分点的预期目标" names the target's own points, as "高于48%的预期目标" does its share)
            return Value("", None, None, unit, qual, q.start, qend, verb)
        if len(verb) <= 3 and _PP_GAP_AFTER_TARGET.search(text, max(0, q.start - 30), q.start) is not None:
            return Value("", None, None, unit, qual, q.start, qend, verb)  # (the gap to the target just named)
        neg = _falls(verb)
        return Value("pp_change", -q.value if neg else q.value, None, unit, qual, q.start, qend, verb, None,
                     span_hint)  # (no scope, the period hint: by position, as below)
    if unit == "%":
        if verb.endswith("的") and _PLAN_SHARE_DONE.search(verb):
            return Value("", None, None, unit, qual, q.start, qend, verb)
        if "预算" in verb and _OVER_BUDGET.search(verb):
            # "完成25.3亿元，比年初预算增长5%": over the budget, not over last year
            return Value("", None, None, unit, qual, q.start, qend, verb)
        if "占全" in verb and _SHARE_OF_WHOLE.search(verb) \
                or (cm := _PP_COMPARED.search(verb)) and _GAP_BEFORE_AMOUNT.search(verb) \
                and not (cm.group(0) == "平均" and _YEAR_AVERAGE_ONLY.search(verb)):
            # "税收收入150亿元，占全省的4.5%": its part in a larger whole, not the indicator's ratio;
            # "增速比全省平均高0.5%": a gap to another region's figure
            # (but "城镇调查失业率平均5.2%", "全年平均5.3%": the year's average of the ratio itself)
            return Value("", None, None, unit, qual, q.start, qend, verb)
        growthy = _GROWTH_WORD.search(verb) is not None or alias.endswith(("增长", "增速", "涨幅", "增幅")) \
            or _LONE_CHANGE.search(verb, max(0, len(verb) - 3)) is not None \
            or verb[-1:] == " " and _EN_CHANGE.search(verb) is not None  # ("CPI (居民消费价格): down 0.3%": a bilingual page's)
        # "提升至70.4%", "提高到61%": a level reached, not a growth rate
        # (the rise in words then its figure in a clause of its own only for a ratio's name: "固定资产投资
        #增长逐月提升，达到10%", "单位地区生产总值能耗持续下降，为3.2%" stay growths)
        reached = (rm := _REACHED.search(verb)) is not None \
            and not (("，" in rm.group(0) or "," in rm.group(0))
                     and (alias.endswith(("增长", "增速", "涨幅", "增幅")) or not alias.endswith(_RATIO_NAME + ("投入强度",))))
        if reached:
            growthy = False
        # "对经济增长的贡献率达到58%", "相当于全国平均水平的85%", "完成年度计划的102%", "支出70%以上用于
        # 民生": a proportion of something, not a growth rate
        # (but "好于年初预期的6%" restates last year's target, and so does "增长目标较去年的9%")
        # ("71%的煤电机组", "80%以上的县(市)": of what follows)
        # ("增速由一季度的-9.1%回升至全年的3.7%": the year's rate reached, not a proportion of the year)
        # (a ratio's name keeps its reading: "比重由上半年的70%提高到全年的75%" is a share reached)
        moved = verb[:-3] if verb.endswith("全年的") and verb[-4:-3] in ("至", "到", "为") \
            and not alias.endswith(_RATIO_NAME + ("投入强度",)) else verb
        # ("5%左右的目标比去年设定的5.5%的预期目标低了半个百分点": a figure a target is named by right after is that
        # target's own, no proportion of what is before it)
        if (moved.endswith("的") and "预期" not in verb and not verb.endswith(_THAN_LAST_YEARS)
                and not (verb.endswith(("计划的", "目标的", "值的", "任务的")) and _COMPARED_PLAN_THE.search(verb))
                and not (verb.endswith(_SET_THE) and text[qend:qend + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, qend))) \
                or _PROPORTION.search(verb) or text.startswith("用于", qend) \
                or text[qend:qend + 1] in _OF_SOMETHING_FIRST and _OF_SOMETHING.match(text, qend) \
                and not (text.startswith("的", qend) and _plan_task_after(text, qend, verb)):
            reached, growthy = True, False
        # ("增长负0.5%", "增速为负1.2%": a negative rate written in words)
        neg = _falls(verb) or verb.endswith("负")
        if moved.endswith(("至", "到", "为")) and ((rate := _RATE_REACHED.search(alias[-4:] + moved)) is not None
                                             or alias.endswith(_rate_names()) and _MOVED_TO.search(moved)):
            # ("居民消费价格回落至1.2%": a price index's figure is itself a rate)
            # "增速回落至4.5%", "涨幅回落到0.2%": the rate reached (a rise, however it slowed);
            # "降幅收窄至2.3%": a fall
            growthy, reached, neg = True, False, rate is not None and rate.group(1) in _FALL_RATES
        elif verb[:1] in "由从" and _FLOW_RATE_MOVED.match(verb) and "%" in text[max(0, q.start - 16):q.start] \
                and not alias.endswith(_RATIO_NAME + ("投入强度", "强度", "指数")) and not alias.endswith(_rate_names()) \
                and not alias.endswith(_share_aliases()):
            # "规模以上工业增加值由上年的-4.2%提高到2.5%": a flow's name has no share, its rate moved from last year's
            # to the year's is the year's growth as written (the start is not required, as in "从X增加到Y")
            growthy, reached, neg = True, False, False
        # "实现3%的降幅": the fall is named after the figure
        if text[qend:qend + 1] in _FALL_AFTER_FIRST and _FALL_AFTER.match(text, qend):
            neg = growthy = True
        # "PM2.5年均浓度…同比改善5.1%": a concentration improves by falling (山东's wording)
        if not growthy and not reached and verb.endswith(("改善", "改善了")) and _CONCENTRATION.search(alias):
            neg = growthy = True
        # ("能耗降低率3.2%": the rate of a change, not a ratio)
        sharey = reached or verb.rstrip("的").endswith(("占", "比重", "比例", "占比", "率")) and not verb.endswith(_CHANGE_RATES) \
            or ("占" in verb and not growthy) or ("之比" in verb and _RATIO_TO.search(verb) is not None) \
            or verb[-1:] in "在持定" and _SHARE_HELD_ALWAYS.search(verb) is not None \
            or "比" in verb and _RATIO_CLAUSE.search(verb) is not None
        measure = "share" if sharey else ("growth" if growthy else "pct")
        val = q.value
        hi = q.value_high
        if measure == "growth" and neg and q.value >= 0:
            # (a figure written with its minus is a fall already: "负增长，为-2.5%" is −2.5, not a fall of −2.5)
            val, hi = (-q.value, None if hi is None else -hi)
        # (scope None, then the period hint: given by position, a keyword costs a dict made and read back
        # at each value)
        return Value(measure, val, hi, unit, qual, q.start, qend, verb, None, span_hint)
    # an amount: a change in an amount (比2016年增加63.8亿元, 增加7天) is not a level
    # (but "城镇新增就业…实际新增1.2万人" repeats the verb of a count's own name)
    # ("高出全省平均水平3000元", "比全市平均高1.1万元": a gap to another region's figure)
    # (and "农村劳动力转移就业新增26万人", "城镇就业新增5.2万人": a count per year is what was added; but
    # "农村劳动力转移就业人数比上年新增2万人" is the change of the count)
    if _CHANGE_BEFORE_AMOUNT.search(verb) and not (verb.endswith("新增") and ("新增" in alias or alias in _count_aliases())
                                                   and "比" not in verb and "较" not in verb) \
            or _PP_COMPARED.search(verb) and _GAP_BEFORE_AMOUNT.search(verb):
        return Value("", None, None, unit, qual, q.start, qend, verb)
    return Value("level", q.value, q.value_high, unit, qual, q.start, qend, verb, None, span_hint)  # (no scope)


def _measure_for(iid: str, v: Value) -> str | None:
    ind = vocab.indicators()[iid]
    measure, kind = v.measure, ind.kind  # (each read once: an attribute read costs a look-up)
    if measure == "rank":
        return "rank"
    if measure == "pp_change":
        # (a ratio, or a stock stated as its ratio too: "空气质量优良天数比例提高3.2个百分点")
        return "pp_change" if kind == "ratio" or "pp_change" in ind.measures else None
    if v.verb == "持平" and kind == "ratio":
        return "pp_change"  # "服务业增加值占生产总值比重与上年基本持平": the ratio moved by no point, it is not 0%
    if measure in ("growth", "share", "pct"):
        if kind == "ratio" or iid == "good_air_days" or (measure == "share" and "share" in ind.measures):
            # "城镇化率增长1.2%": a change of a ratio is no share (its points would be pp_change)
            # ("城镇调查失业率、居民消费价格涨幅分别控制在5.5%、3%": the rate name last in the list made the
            # figures growths; no growth word before them: the ratio's is its share)
            if measure == "growth" and _GROWTH_WORD.search(v.verb or "") is None and not _falls(v.verb or ""):
                return "share"
            return "share" if measure != "growth" else None
        # a share or a level reached (提高到15%) says nothing about a flow's growth
        if "growth" in ind.measures and measure != "share":
            # (a flow measured by its share too, 民生支出: only a change word makes a % its growth, "全年民生支出43.6亿元，
            # 增长6.2%"; "用于民生的比重超过80%" is its share)
            if "share" in ind.measures and measure != "growth":
                return "share"
            return "growth"
        return None
    if measure == "level":
        if "level" not in ind.measures:
            return None
        if f"{v.unit}/人" in ind.units or _per_person_said(v.unit, ind.units):
            return "level"  # "全员劳动生产率达到15.2万元": per person, as the indicator is
        if _unit_dims().get(v.unit or "", v.unit) not in _allowed_dims(iid):
            return None
        return "level"
    return None


def _per_person_said(unit: str | None, units: tuple[str, ...]) -> bool:
    """Whether a figure's unit says per person ("42560元/人", "4.2万元/人") where the indicator is per person by its
    name and counted in 元/万元 (人均可支配收入, 人均生产总值): the 元 it is counted in."""
    return bool(unit) and unit.endswith("/人") and unit not in units and unit[:-2] in units


# "城镇化率提升带动公共服务水平不断提高": qualitative words after a verb leading on to another thing
_LEADS_OTHER = re.compile(r"带动|推动|促进|助推|拉动|引领|[让使]")
# "与就业、物价等指标相匹配": names gathered as the indicators a target is weighed with (its reason), no target of their own
_AMONG_INDICATORS = re.compile(r"等(?:主要|各项|其他|相关)?指标")
# "出口占全国份额稳中有升", "外贸市场份额稳步提高": the words are said of the named flow's share of a larger whole
# (the country's, a market), no figure of the flow itself
_SHARE_OF_LARGER = re.compile(r"份额|占(?:全球|全国|全省|全区|全市|全州)")
# "完成节能减排任务", "完成粮食生产目标任务": the task or target right after the name a bare 完成 leads
_TASK_AFTER = re.compile(r"[^，,。；;、\d]{0,4}?(?:目标|任务|指标)")


# a five-year plan named in quotes as the owner of a target ("“十三五”", "“十四五”规划的")
_PLAN_QUOTED = r"(?:[“\"]十[一二三四五六七]五[”\"](?:规划)?的?)"


def _qual_before_pattern() -> str:
    # what the level above hands down, named by its level or its own name ("完成泰州市下达的"), the levels maybe
    # several, joined ("完成省、苏州市下达的", "完成自治区和市下达的"); qualitative_before of cues.tsv names the rest
    # (or set by it, the two words one: "完成市定节能减排目标", "完成省定节能目标")
    # (the verb any of cues.tsv handed_down_verbs: "实现省下达的节能减排目标", "落实省下达的节能减排任务", "达到…",
    # decision 396)
    # (the plan whose target it is may stand between, in quotes: "完成省下达的“十三五”节能减排目标任务", decision 470)
    return r"(?:(?:确保)?(?:" + longest_first(vocab.cues()["handed_down_verbs"]) \
        + r")(?:[^，,。；;！？!?\n]{1,10}?下达的?|(?:国家|省|市|州|盟|自治区|上级)定的?)|" \
        + longest_first(vocab.cues().get("qualitative_before", ())) + ")" + _PLAN_QUOTED + "?"


@once
def _qual_before_re() -> re.Pattern:
    return re.compile(_qual_before_pattern())


@once
def _qual_before_end_re() -> re.Pattern:
    """The words of ``_qual_before_re`` ending where the search ends (right before a name)."""
    return re.compile(f"(?:{_qual_before_pattern()})$")


@once
def _qual_before_stock_re() -> re.Pattern:
    words = sorted(vocab.cues().get("qualitative_before_stock", ()), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or r"(?!)")


@once
def _qual_after_stock_re() -> re.Pattern:
    words = sorted(vocab.cues().get("qualitative_after_stock", ()), key=len, reverse=True)
    return re.compile("(?:" + ("|".join(re.escape(w) for w in words) or r"(?!)") + r")(?=[；;。，,！!\n]|$)")


@once
def _qualitative_re() -> re.Pattern:
    words = sorted(vocab.cues().get("qualitative", ()), key=len, reverse=True)
    # (and the level above named by its own name, "完成鄂尔多斯市下达的控制任务": the words list the levels' bare
    # names only, and the long name pushes the task's words out of the window after the indicator's name)
    # (and a bound named in words, "控制在全区平均水平以内", "控制在省控范围内", "控制在全国水平以下": no figure, the
    # level above's line; or what it asks, "单位地区生产总值能耗下降达到自治区要求")
    # (the words as a trie, longest_first: the same matches, the longest word first, where the flat alternation of
    # ~400 words tried each word at every place one of their ~80 first characters stands)
    # (and a bound by several levels' averages listed, "低于全区、全市平均水平": decision 429)
    bounds = "|".join(map(re.escape, vocab.cues().get("qualitative_average_bounds", ()))) or "(?!)"
    levels = "|".join(map(re.escape, sorted(vocab.cues().get("qualitative_average_levels", ()), key=len, reverse=True)))
    averages = "(?:" + bounds + ")(?:" + (levels or "(?!)") + ")(?:[、和及与](?:" + (levels or "(?!)") + "))+平均(?:水平)?"
    # (a bound by a level's name, "力争高于全市", read on to its average's words, "力争高于全市平均水平": the quote
    # holds the bound whole, decision 444)
    # (a plan's target named by the plan, "完成“十三五”控制目标": the quote runs on over the target's words, as after 下达;
    # decision 470)
    plan_target = r"(?:(?<=完成[“\"]十[一二三四五六七]五[”\"])(?:规划)?的?[^，,。；;！？!?\n\d%]{0,6}?(?:目标任务|任务|目标|指标))?"
    return re.compile("(?:" + longest_first(words) + r")(?:(?<=全[国省市区县州盟旗疆])平均(?:水平|增速|增幅)?)?" + plan_target + "|" + averages + r"|完成[^，,。；;！？!?\n\d%]{1,8}?[省市州盟区县]下达"
                      r"(?:的?[^，,。；;！？!?\n\d%]{0,6}?(?:目标任务|任务|目标|指标))?"
                      r"|控制在[^，,。；;！？!?\n\d%]{1,10}?(?:以内|以下|范围内|之内)|(?:达到|符合|满足)[^，,。；;！？!?\n\d%]{1,6}?要求")


_PLAN_NAME = Skipping(re.compile(
    "(?<![是比较])(?<![是比较][“\"])[“\"]?十([一二三四五六七])(?:五|个五年(?=规划|计划))(?![”\"’]?(?:规划)?(?:实施)?(?:发展|经济社会发展)?的?(?:(?:开局|起步|开篇|决胜|谋篇)之?年|(?:良好|精彩|顺利)?开局|开好局|起好步|第一年|首年))[”\"’]?(?:规划)?(?:(?:时期|期间|(?:纲要)?实施)?(?:以来|的?([前头后])([两二三四])年)|时期|期间|末|的?(?:最后一年|收官之?年))?(?!的[\\d.]+倍)"))
def _plan_part(m: re.Match) -> tuple[int, int]:
    """The first and last years of the part of a plan named ("“十四五”前三年" 2021-2023, "后两年" 2024-2025)."""
    a, n = _PLAN_START[m.group(1)], _CN_N[m.group(3)]
    return (a, a + n - 1) if m.group(2) in "前头" else (a + 5 - n, a + 4)


_PLAN_START = {"一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026, "六": 2031, "七": 2036}
# the lead of a plan's goal list on a page with no titles: its span first ("今后五年，全区…主要目标是：", "“十四五”时期…的
# 奋斗目标为：")
_PLAN_LIST_OPENS = re.compile(r"[ \t\u3000]*(?:(?:今后|未来)这?五年|[“\"]?十([一二三四五六七])五[”\"]?(?:时期|期间))[^。\n：:]{0,40}目标[^。\n：:]{0,6}[：:]")
# the report's year told again (a paragraph turning to the year's work: "2021年，…", "今年重点做好…", "明年…")
_YEAR_TOLD = re.compile(r"((?:19|20)\d{2})年|今年|明年|全年|年内")


def _year_told(text: str, a: int, b: int, y: int) -> bool:
    """Whether the report's year is told again between ``a`` and ``b`` (_YEAR_TOLD): its number, or 今年/明年/全年/
    年内 (明年 in a late report's words); not another year, a year of the plan's span the works reach ("到2025年新开通
    国际航线30条") or one gone by that they restate ("2020年全区已建成5G基站1600个"), decision 361."""
    return any(mm.group(1) is None or int(mm.group(1)) == y for mm in _YEAR_TOLD.finditer(text, a, b))


@once
def _work_lead_re() -> re.Pattern:
    """A lead on a line of its own that names the goals just listed back and turns to the work ("围绕上述目标，重点抓好以下
    工作：", "实现上述目标，重点做好以下工作："; cues.tsv targets_turn)."""
    turns = "|".join(map(re.escape, sorted(vocab.cues().get("targets_turn", ()), key=lambda w: (-len(w), w))))
    return re.compile(rf"[ \t\u3000]*(?:为了?|要)?(?:{turns}){{1,2}}(?:上述|以上|这些|前述)(?:主要|奋斗|发展)?目标")


def plan_works_span(text: str, pos: int, title: str, y: int | None) -> str | None:
    """The span of a plan whose works a section titled ``title`` holds at ``pos``, on a page with no titles of its own:
    the section's title a lead that names the goals back (_work_lead_re: "围绕上述目标，重点抓好以下工作："), set on its
    line right under the plan's goal list (_PLAN_LIST_OPENS: "今后五年，全区…主要目标是：…"), and no year told again
    between the lead and ``pos`` (a paragraph turning to the year, "2021年，全区…。今年重点做好以下工作：…", is the
    year's): the plan's span ("2021-2025"), else None (decision 357; a titled part names its span in its path)."""
    if y is None or not title or " > " in title or (lm := _work_lead_re().match(title)) is None:
        return None
    k = text.rfind(title, max(0, pos - 3000), pos)
    # (the lead itself may tell the year, "围绕上述目标，2016年重点抓好以下工作：", "…，今年重点做好以下工作：": the
    # year's works, decision 361)
    if k < 0 or _year_told(text, k + lm.end(), pos, y):
        return None
    pe = text.rfind("\n", 0, k)
    while pe > 0 and not text[text.rfind("\n", 0, pe) + 1:pe].strip():
        pe = text.rfind("\n", 0, pe)  # (blank lines between)
    if pe < 0:
        return None
    m = _PLAN_LIST_OPENS.match(text, text.rfind("\n", 0, pe) + 1, pe)
    if m is None:
        return None
    a = _PLAN_START[m.group(1)] if m.group(1) else y
    return f"{a}-{a + 4}" if a + 4 >= y else None
# (a year after a 、 is no cue, a list of years, "2017年、2018年", save after a figure's end: "年均增长6.5%左右、2021年一般
# 公共预算收入达到70亿元" dates the next name's figure, as after a comma; decision 472)
_YEAR_CUE = Skipping(re.compile(r"(?<![比较与从由同和至到于在及是—–\-~～])(?:(?<!、)|(?<=[%％元右上内下点人户个吨亩]、))((?:19|20)\d{2})(?:年(?:底|末|全年|上半年)?"
                                r"(?!以来|来|底前|前|之前|基础|同期|水平|的水平|相比|翻|是|为|起|开始|—|-|～|~|至|到|的[\d.]+倍|" + _SINCE_EVENT +
                                # (a full date, "时间：2025年1月22日", dates an event: the meeting, the page)
                                r"|\d{1,2}月\d{1,2}日"
                                r"|[^，,。；\n]{0,8}(?:政府工作报告|工作报告|计划报告|两会))"
                                # (or a card's sub-head that drops the 年, the year bare right before its title word at the
                                # line's end, "2023目标", "2025奋斗目标", "2024重点任务": the year as "2023年目标" names it;
                                # decision 420)
                                r"|(?=(?:主要|奋斗|预期|发展|重点|主要预期)?(?:目标|任务)[ \t\u3000]*(?:\n|$))"
                                # (or after them, the sub-head's words first: "目标2023", "奋斗2019", "重点任务2019" alone
                                # on their line; decision 428)
                                r"|(?<=\n目标\d{4})(?=[ \t\u3000]*(?:\n|$))|(?<=\n奋斗\d{4})(?=[ \t\u3000]*(?:\n|$))"
                                r"|(?<=\n奋斗目标\d{4})(?=[ \t\u3000]*(?:\n|$))|(?<=\n主要目标\d{4})(?=[ \t\u3000]*(?:\n|$))"
                                r"|(?<=\n预期目标\d{4})(?=[ \t\u3000]*(?:\n|$))|(?<=\n重点任务\d{4})(?=[ \t\u3000]*(?:\n|$))"
                                r"|(?<=\n主要任务\d{4})(?=[ \t\u3000]*(?:\n|$))|(?<=\n重点工作\d{4})(?=[ \t\u3000]*(?:\n|$))"
                                # (and "目标任务2021", the targets and the tasks under one sub-head; decision 430)
                                r"|(?<=\n目标任务\d{4})(?=[ \t\u3000]*(?:\n|$)))"))


# (and the numbered headings of an explainer page, "数字4：9%", "第三组数字：8%", "关键词一：…", "【看点2】":
# each opens a figure of its own, the cue of the one before does not reach past it)
_EXPLAINER_HEAD = re.compile(r"\n" + EXPLAINER_HEAD_PATTERN)
# (and a task table's head, "序号|工作任务|牵头单位|完成时限": its rows are the tasks a notice hands out, a word of the
# preamble above it, "2024年，全市…", "去年…", leads into none of them)
_HEAD_LINE = re.compile(r"\n#|\n[一二三四五六七八九十]{1,3}、|\n序号[|\t ]+[^\n|\t]{0,8}(?:任务|工作|事项|内容)|\n" + EXPLAINER_HEAD_PATTERN)


@once
def _role_cues() -> dict[str, tuple[list[str], SkippingSet]]:
    """The cue patterns of each strength in the table's order: their roles, and the patterns as one
    set, looked for together (the strong ones with the years and the plan-period names last)."""
    rows: dict[str, list[tuple[str, re.Pattern]]] = {"strong": []}
    for r in vocab.table("role_cues.tsv"):
        if len(r) >= 3:
            rows.setdefault(r[1], []).append((r[0], re.compile(r[2])))
    # "2016年撤地设市以来，全市累计新增市场主体1.5万户": the years from the region's change of kind, as the span row's
    # "2016年以来" (cues.tsv since_events, decision 463)
    rows["strong"].append(("span", re.compile(r"(?<![比较与从由同和至到、于在及是\d])20\d\d年" + _SINCE_EVENT + "以来" + _SINCE_NOT_RECORD)))
    years_plans = [_YEAR_CUE.pattern, _PLAN_NAME.pattern]
    return {st: ([role for role, _ in rs], SkippingSet([p for _, p in rs] + (years_plans if st == "strong" else [])))
            for st, rs in rows.items()}


_CUE_CACHE: dict[tuple, list] = {}
# the texts (by identity) of documents delivered in the year before their report year (a plan
# report of December), while extract_facts reads them
_LATE: set[tuple[int, int]] = set()


def _plan_paragraph(text: str, ps: int, end: int, y: int | None) -> bool:
    """Whether the sentences of a paragraph before ``end`` speak of the plan's years ("今后五年…") and of
    nothing else (not "今年是今后五年的开局之年")."""
    cs = _cues(text, ps, end, y)
    # (a target word after the plan's years in their sentence is the plan's: "今后五年政府工作的总体目标是：确保2018年…")
    opened = [c[0] for c in cs if c[1] in ("goal", "plan_goal") and c[2] is None]
    return bool(cs) and all(c[1] in ("goal", "plan_goal") and (c[2] is None or y is None or c[2] > y)
                            or c[1] == "target" and c[2] is None
                            and any(o < c[0] and find_mark(text, o, c[0], _FULL_STOPS) < 0 for o in opened) for c in cs)


def _ahead_paragraph(text: str, ps: int, end: int, y: int | None) -> bool:
    """Whether the sentences of a paragraph before ``end`` set goals ("今后五年…总体目标是：…，到2021年…") and
    look back at no years (no 五年来, no result of a year gone)."""
    cs = _cues(text, ps, end, y)
    return any(c[1] == "goal" for c in cs) and not any(c[1] in ("span", "actual") for c in cs)


def _late(text: str) -> bool:
    return (id(text), len(text)) in _LATE


_RETRO: set[tuple[int, int]] = set()  # (texts written after their report year: a yearbook of a later year, decision 376)


def _written_after(text: str) -> bool:
    return (id(text), len(text)) in _RETRO


@once
def _book_words() -> tuple[str, ...]:
    """The words naming a book published for a year (cues.tsv ``yearbook_words``)."""
    return tuple(sorted(vocab.cues().get("yearbook_words", ("年鉴",)), key=lambda w: (-len(w), w)))


@once
def _book_after_re() -> re.Pattern:
    """A book's name with the year it is published for (cues.tsv ``yearbook_words``: "嵩县年鉴（2017）", "2017嵩县年鉴",
    "淮北年鉴2021"), as a page's head names it: its entries tell the year before as gone by."""
    words = "|".join(map(re.escape, _book_words()))
    return re.compile(r"(?:" + words + r")[ \t\u3000]*[（(]?[ \t\u3000]*((?:19|20)\d\d)(?!\d|年)"
                      # (the year before the name is the edition's, "2017嵩县年鉴", "2022年鉴", never a date, "2022年编纂
                      # 地方志和年鉴" in a report's tasks: no 年 between the year and the name, decision 382)
                      r"|(?<!\d)((?:19|20)\d\d)[ \t\u3000]*[^\s\d，,。；;：:（(年]{0,10}?(?:" + words + r")")


def _book_written_after(text: str, y: int | None) -> bool:
    """Whether the head of ``text`` (its first 300 characters) names a yearbook of a year after ``y``."""
    if y is None:
        return False
    end = min(len(text), 300)
    # (every match holds a book's word: a head with none is answered by a find, not by a pattern re cannot skip into)
    if not any(text.find(w, 0, end) >= 0 for w in _book_words()):
        return False
    for m in _book_after_re().finditer(text, 0, end):
        if int(m.group(1) or m.group(2)) > y:
            return True
    return False


# the report year opening its sentence, a bracketed entry's label or spaces before it ("【报告执行情况】　2016年，")
_LABEL_BEFORE = re.compile(r"[ \t\u3000]*(?:【([^【】\n]{1,16})】[ \t\u3000]*)?")


def _report_year_opens(text: str, start: int, at: int, y: int) -> bool:
    """Whether the cue ending at ``at`` is the report year's number opening the sentence at ``start`` before a comma,
    under no entry label naming the year's targets or tasks ("【主要预期目标】　2019年，全县生产总值增长8.5%左右": the
    entry restates the report's aims, decision 382)."""
    return text[at - 5:at] == f"{y}年" and text[at:at + 1] in ("，", ",") \
        and (m := _LABEL_BEFORE.match(text, start)) is not None and m.end() == at - 5 \
        and (m.group(1) is None or not aim_title(m.group(1), y))


def _next_year_opens(text: str, start: int, at: int, y: int) -> bool:
    """Whether the cue ending at ``at`` is the year after ``y`` opening its clause (the sentence's start, a label or a
    comma before it; not "到2020年", a deadline), the figures after it that year's own ("县十六届人大五次会议确定，2020年
    全县生产总值增长8%左右" in a yearbook of 2020 on 2019's report: the year's target the next congress set, decision 382)."""
    if text[at - 5:at] != f"{y + 1}年" or text[at:at + 1] in ("底", "末", "前", "以", "起"):
        return False
    m = _LABEL_BEFORE.match(text, start)
    return m is not None and m.end() == at - 5 or text[at - 6:at - 5] in ("，", ",")


_PLAN_SECTION_ROLES = ("tasks", "targets", "requirements")
_PART_YEAR: set[tuple[int, int]] = set()  # (texts whose title names part of the report year as the time they report on)
# a title on part of the year ("关于…2023年上半年国民经济和社会发展计划执行情况的报告", "1—5月我市经济运行稳中有进",
# "一季度云南经济运行开局良好"; not a December plan report's "1-11月…执行情况与2020年计划草案")
# (each branch opening with one character written out, 一季度|二季度|三季度 and the look behind after the 1: re skips in C
# to where one of them stands; written [一二三]季度 and (?<!\d)1, the pattern was tried at every character, tests/test_spd44.py)
_PART_YEAR_TITLE = re.compile(r"(?:上半年|前三季度|一季度|二季度|三季度|1(?<!\d1)\s*[—–\-～~至]\s*(?:1[01]|[2-9])月|一至(?:十一|十|[二三四五六七八九])月"
                              r"|前(?:[2-9]|1[01]|[两二三四五六七八九十]|十一)个月)"
                              r"[^\n。]{0,30}?(?:经济|执行情况|完成情况|运行|指标|数据|形势)")
# what makes a figure in such a text the year's: the whole year, an aim or an estimate, or a year named
# ("预计全年增长6.5%", "全年目标", "力争", "2024年，全省地区生产总值…"; not "2023年上半年")
# (a completion ratio's words name no time of the figures: "固定资产投资完成年度计划的49.6%，增长3.1%" is the part's;
# nor does a comparison with the year's target: "增长5.1%，高于全年目标0.3个百分点，规上工业增加值增长6.2%")
_YEAR_OWN_WORD = re.compile(r"(?P<ratio>(?:完成|占|为|达到?)了?(?:年度|全年|年初)?(?:计划|目标|预算)?(?:任务)?的[\d.]+%"
                            r"|(?:高于|低于|快于|慢于|好于|超过|超出)(?:全年|年度|年初)?(?:预期)?(?:目标|计划|预期)(?:[\d.]+个百分点)?)|全年|预计|年度|年初(?!以来|至今)|今年(?!以来)|目标|预期|计划|力争|确保|争取"
                            r"|(?:19|20)\d\d年(?![上下]半年|前三季度|[一二三四]季度|1\s*[—–\-～~至]|\d{1,2}月)")
_YEAR_NAMED_BACK = re.compile(r"去年|上年|前年|(?:19|20)\d\d年")


_WHOLE_REPORT_ABOVE = re.compile(r"政府工作报告|工作回顾")


# a title on the adjustment of the year's plan ("关于提请审议临沂市2020年国民经济和社会发展计划部分指标调整方案的报告",
# "关于调整2020年国民经济和社会发展计划部分指标的报告", "…计划调整情况的报告"; not a plan report's "…计划草案", nor
# "产业结构调整" or a plan's goals revised at its middle, "…规划纲要中期调整")
_ADJUSTMENT_TITLE = re.compile(r"(?:19|20)\d\d年(?:度)?[^\n。，,；;]{0,16}?计划(?:部分|主要)?(?:指标|目标)?(?:的)?调整(?:方案|情况|意见|的报告|的议案)"
                               # (the region named between: "关于调整安吉县2022年国民经济和社会发展计划部分指标的报告")
                               r"|调整[^\n。，,；;\d]{0,12}?(?:19|20)\d\d年(?:度)?[^\n。，,；;]{0,16}?计划(?:的)?(?:部分|主要)?(?:指标|目标)")


def _adjustment_title(text: str) -> bool:
    """Whether a line of the text's head (its first 200 characters) titles an adjustment of the year's plan."""
    m = _ADJUSTMENT_TITLE.search(text, 0, 200)
    return m is not None and "草案" not in text[text.rfind("\n", 0, m.start()) + 1:m.end()]


def _part_year_title(text: str) -> bool:
    """Whether a line of the text's head (a page's chrome may stand before its title) is a title on part of the year."""
    m = _PART_YEAR_TITLE.search(text, 0, 200)
    if m is None:
        return False
    ls, le = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    line = text[ls:le if le >= 0 else len(text)]
    # (a paragraph of a short report's review under its title or heading is no title: "黄石市2021年政府工作报告（摘要）
    # … 一、2020年工作回顾 … 二季度以来，经济逐季回升，全年实现…。", 2020's recovery; a news item's lead paragraph on
    # the half year with no title above it still is one)
    return "草案" not in line and not (len(line) > 60 and "。" in line and _WHOLE_REPORT_ABOVE.search(text, 0, ls) is not None)


_LISTED_BEFORE = frozenset("、和与及")


def _next_year_figured(text: str, i: int) -> bool:
    """Whether the clause of a 明年 ending at ``i`` states a figure, or 明年 opens the sentence ("明年，…", "到明年底，…")."""
    e = find_mark(text, i, i + 40, _CLAUSE_MARKS)
    if e < 0:
        e = min(len(text), i + 40)
    return _A_DIGIT.search(text, i, e) is not None or e - i <= 1 and text[e:e + 1] in ("，", ",")


_EARLY: set[tuple[int, int]] = set()  # (texts known delivered or published in their report year: 明年 is the year after)


def _early(text: str) -> bool:
    return (id(text), len(text)) in _EARLY


_SHORT_WINDOW = 40


@lru_cache(maxsize=8)
def _cue_seek(strength: str):
    """The search for a place where a cue pattern of the strength can begin (what a scan looks for
    first), or None where that is not known."""
    patterns = _role_cues().get(strength, ([], None))[1]
    return patterns.seek_any() if patterns is not None else None


def _cues(text: str, start: int, end: int, y: int | None, strength: str = "strong"
          ) -> list[tuple[int, str, int | None]]:
    """(position, role, year) of the role cues in text[start:end]; role is actual, span, target,
    past_target, goal or plan_goal, year the year the cue names (if any). The figures of one
    sentence ask about the same spans again and again: answers are kept per document."""
    if end - start <= _SHORT_WINDOW and (seek := _cue_seek(strength)) is not None and seek(text, start, end) is None:
        return []  # (most windows between a name and its value: no place a cue can begin, nothing to keep)
    key = (id(text), len(text), start, end, y, strength)
    hit = _CUE_CACHE.get(key)
    if hit is None:
        if len(_CUE_CACHE) > 20000:
            _CUE_CACHE.clear()
        hit = _CUE_CACHE[key] = _scan_cues(text, start, end, y, strength)
    return hit


_CUE_YEAR = re.compile(r"20\d\d")
# a plan's goals to be met, its name right after the verb of meeting them with no 了 ("全面完成“十四五”规划确定的各项
# 目标任务", "实现“十四五”规划提出的…目标"): role_cues.tsv's actual row of a target met reads such a clause as a result
@once
def _plan_to_meet() -> re.Pattern:
    """A verb of meeting a plan's goals (cues.tsv plan_meet_verbs), 了 or not, then the five-year plan's name (decision 320)."""
    verbs = sorted(vocab.cues()["plan_meet_verbs"], key=lambda w: (-len(w), w))
    return re.compile(r"(?:" + "|".join(map(re.escape, verbs)) + r")(了)?[“\"]?十([一二三四五六七])(?:五|个五年)")


@once
def _met_early() -> re.Pattern:
    """Words saying the plan's goals are met already, right before the verb (cues.tsv plan_met_early: 提前, 已…)."""
    return re.compile(r"(?:" + "|".join(map(re.escape, sorted(vocab.cues()["plan_met_early"], key=lambda w: (-len(w), w))))
                      + r")$")


_LATE_SET = re.compile(r"(?:(?!完成|实现|达到|达成|超过)[^。；;！？\n\d%]){0,30}?(?:确定|提出|通过|设定|制定|下达)的[^。；;！？\n\d%]{0,10}?目标(?:任务)?(?:是|为)?[：:]")
_YEAR_RESULT = re.compile(r"(?<=[，,；;])全年(?=[^，,。；;]{0,16}(?:完成|实现|达到|增长))")


def _year_results(text: str, start: int, end: int) -> list[int]:
    """The ends of the "，全年…完成" openings in text[start:end] (its words may go on past end)."""
    return [m.end() for m in _YEAR_RESULT.finditer(text, start, min(len(text), end + 20)) if m.end() <= end]
_RANGE = re.compile(r"((?:19|20)\d{2})年?\s*[—–\-~～至到]\s*((?:19|20)\d{2})年")
_FROM_YEAR = re.compile(r"(?:由|从)((?:19|20)\d{2})年")
# "由2015年的12766.5亿元增加到2019年的17026.7亿元": a level's base year and its end year, one clause's figures between
# (or no end year, the base's 的 showing a level follows: "由2015年的25828元增加到33262元")
_FROM_TO_YEARS = re.compile(r"(?:由|从)((?:19|20)\d{2})年(?:底|末)?(的)?[^，,。；;！？\n]{0,24}?(?:到|至)(?:((?:19|20)\d{2})年)?")
_RANGE_BRACKET = re.compile(r"[（(]\s*(?:19|20)\d{2}年?\s*[—–\-~～至到]\s*(?:19|20)\d{2}年\s*[）)]$")


def _year_cues(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(end, year) of the years named in text[start:end]; a figure's cues and its period ask about
    the same sentence, so they are kept per document too."""
    key = ("years", id(text), len(text), start, end)
    hit = _CUE_CACHE.get(key)
    if hit is None:
        hit = _CUE_CACHE[key] = _years_found(_YEAR_CUE.finditer(text, start, end))
    return hit


def _years_found(matches) -> list[tuple[int, int]]:
    # (a year that names an event, "北京2022年冬奥会", "2019年北京世园会", is the name's: no time for the figures after it;
    # so is one an award or a listing names, "获评2023年度全国综合实力百强县")
    awards = _award_verbs()
    return [(m.end(), int(m.group(1))) for m in matches
            if (not ((s := m.string).find("会", m.end(), m.end() + 7) >= 0 or s.find("杯", m.end(), m.end() + 7) >= 0)
                or _event_named().match(s, m.end()) is None)
            and not s.endswith(awards, max(0, m.start() - 2), m.start())]


@once
def _place_titles() -> tuple[re.Pattern, frozenset[str]]:
    """The titles a region holds after a name that qualifies them (cues.tsv place_titles: 先进县, 大县, 核心区…), and
    their first characters (the cheap test before the match)."""
    words = sorted(vocab.cues().get("place_titles", ()), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))), frozenset(w[0] for w in words)


@once
def hearsay_re() -> re.Pattern:
    """A figure's teller who is not the report, in its sentence before it (``cues.tsv`` hearsay: 有网友说, 有人提到…):
    one search of the words, each first character looked for at once, up to the end with no sentence's end between."""
    # (as a trie, one branch a character: 有 opens most words and many places of a report)
    # (not past the report's taking the proposal up, cues.tsv hearsay_taken: "有代表建议增加普惠托育服务供给，计划草案采纳了
    # 这一建议，新增普惠性托位600个" — the figures after it are the report's own; decision 422)
    taken = "|".join(map(re.escape, vocab.cues().get("hearsay_taken", ()))) or "(?!)"
    return re.compile("(?:" + longest_first_by_pairs(vocab.cues()["hearsay"]) + ")(?:(?!" + taken + ")[^。！？\n])*$")


@once
def _commentator() -> tuple[re.Pattern, re.Pattern, re.Pattern, tuple[str, ...]]:
    """A commentator's title, then within its clause the verb of what they say (``cues.tsv`` commentator_titles and
    commentator_verbs: 经济师表示, 学者认为, 研究员分析…), not the first half of a compound of the experts' work
    (commentator_work_after: 分析研判); the titles alone (the cheap test before the scan: one search, its branches
    opening on written characters, where testing each title with ``in`` scanned the text once a title); the region's work convening them
    right before (commentator_convened: "组织专家…", "邀请院士专家…"); and the openings of a sentence that goes on with
    the commentator's words (commentator_goes_on: 他, 其…)."""
    cues = vocab.cues()
    titles, verbs, work, convened = (sorted(cues[k], key=lambda w: (-len(w), w)) for k in (
        "commentator_titles", "commentator_verbs", "commentator_work_after", "commentator_convened"))
    # (not a title's name or a meeting: "研究员称号", "专家说明会", "专家分析会")
    # (not a kind of institution naming an industry or its business: "银行业金融机构贷款余额预计增长12%", "银行存款余额",
    # "资产证券化率": commentator_title_not_before, decision 326)
    not_before = sorted(cues.get("commentator_title_not_before", ()), key=lambda w: (-len(w), w))
    return re.compile("(?:" + "|".join(titles) + ")" + ("(?!" + "|".join(not_before) + ")" if not_before else "")
                      + r"[^，,。；;：:！？\n]{0,12}?(?:" + "|".join(verbs) + ")(?![号明服会])(?!"
                      + "|".join(work) + ")"), re.compile("|".join(titles)), \
        re.compile("(?:" + "|".join(convened) + r")[^，,。；;：:！？\n]{0,6}$"), \
        tuple(sorted(cues["commentator_goes_on"], key=lambda w: (-len(w), w)))


@lru_cache(maxsize=4)
def _commentary_spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of the commentators' words in a text (``_commentator``), in order; ((), ()) where no title
    stands in it. Not titled people the region's work convenes ("组织专家分析研判", "委托省社科院研究院预测…": a report's
    own work)."""
    convened = _commentator()[2]
    titles, scan = _commentator_scans()
    # (the scan starts at the first title: no match opens before it, so the text before it is read once, not twice)
    if (first := titles.search(text)) is None:
        return (), ()
    compared = _compared_holder()
    ms = [m for m in scan.finditer(text, first.start()) if convened.search(text, max(0, m.start() - 8), m.start()) is None
          and compared.search(text, max(0, m.start() - 8), m.start()) is None]
    return tuple(m.start() for m in ms), tuple(m.end() for m in ms)


@once
def _compared_holder() -> re.Pattern:
    """A comparison word right before a commentator's title, a few words of no figure between (cues.tsv
    expectation_comparisons: "，低于分析师预期的7%", "，略高于多数分析师的预测"): the analysts' expectation named as what a
    result is set against, no commentator speaking; the result before it is the region's (decision 389; the expectation's
    figure is dropped by ``_expected_by_others``)."""
    c = "|".join(map(re.escape, vocab.cues().get("expectation_comparisons", ()))) or "(?!)"
    return re.compile(rf"(?:{c})[^，,。；;：:！？!?\n\d%]{{0,4}}$")


@once
def _commentator_scans() -> tuple[HeadScan, HeadScan]:
    """The titles alone and the commentator's pattern (``_commentator``) as scans by the titles' heads (their first
    three characters: every match of both opens on a title). Compiled, ``head_places`` finds where a title may stand
    in a few instructions a character, where ``re``'s class test of a first character costs tens (the titles' 24
    first characters are no range): the commentators' scan read every text whole, about 3 % of a compiled pass. Pure
    Python, ``re`` scans as before."""
    pattern, titles = _commentator()[:2]
    heads = {w[:3] for w in vocab.cues()["commentator_titles"]}
    return HeadScan(titles, heads), HeadScan(pattern, heads)


@once
def _report_speaks() -> re.Pattern:
    """The report speaking in its own voice (cues.tsv report_tells and report_speaks: 提出, 说, 显示…, or "据…报告，"),
    not named as what someone speaks of: "报告的目标务实", "高于报告提出的目标" (its words named as a thing)."""
    cues = vocab.cues()
    verbs = sorted(set(cues.get("report_tells", ())) | set(cues.get("report_speaks", ())), key=lambda w: (-len(w), w))
    return re.compile(r"报告(?:中|里|还|亦|也|并|同时)?(?:" + "|".join(map(re.escape, verbs)) + r")(?!的)"
                      r"|据[^，,。；;！？\n]{0,10}?报告[，,]")


def _report_speaks_in(text: str, a: int, b: int) -> bool:
    """Whether the report speaks again in text[a:b] (``_report_speaks``), not another's report: the words of its
    clause before 报告 naming a commentator's or an institution's own (cues.tsv others_report_marks and
    commentator_titles: "该行发布的研究报告显示，…", "某证券研究报告预计，…" go on with the commentators' words)."""
    if text.find("报告", a, b) < 0:
        return False
    for m in _report_speaks().finditer(text, a, b):
        r = text.find("报告", m.start(), m.end())
        lead = text[max(a, rfind_mark(text, max(a, r - 16), r, _CLAUSE_MARKS) + 1, r - 16):r]
        if not any(w in lead for w in _others_report_marks()):
            return True
    return False


def _others_report_opens(rest: str) -> bool:
    """Whether a sentence opens on another's report speaking, in its first clause ("某研究院发布的年度报告显示，…",
    "该所发布报告预计，…"): the commentators' words go on (an institution's report, ``_report_speaks_in``)."""
    c = rest.find("，")
    head = rest[:c if c >= 0 else 24]
    r = head.find("报告")
    return r > 0 and _report_speaks().match(head, r) is not None and any(w in head[:r] for w in _others_report_marks())


@once
def _others_report_marks() -> tuple[str, ...]:
    """The words before 报告 in its clause that make it a commentator's or an institution's report, not the region's
    (cues.tsv others_report_marks and commentator_titles)."""
    cues = vocab.cues()
    return tuple(cues.get("others_report_marks", ())) + tuple(cues["commentator_titles"])


def commentary_at(text: str, i: int) -> bool:
    """Whether the place ``i`` stands after a commentator's words in its paragraph (a news page's analyst beside the
    report: "渣打银行首席经济师表示，预计今年…增长4.6%", "…教授表示，…；他预期全年进出口增速将放缓至3%左右"), with no
    report speaking again between (报告说, 报告提出…; not the report the commentator speaks of, "…表示，报告的目标务实。
    他预计…": ``_report_speaks``): its figures are the commentator's, none of the report's. Past the sentence
    the words stand in, only a sentence opening on the commentator again (他, 其…) is theirs: "专家普遍认为，…。综合考虑
    各方面因素，建议…增长9%左右" is the report's. Or before them in the same sentence, the report not named in it
    ("深圳全年增长料达6.5%，分析师表示，…")."""
    starts, ends = _commentary_spans(text)
    if not ends:
        return False
    k = bisect_right(ends, i)
    e = ends[k - 1] if k else -1
    if k and not _report_speaks_in(text, e, i):
        # (a page that sets each sentence on a line or a paragraph of its own: the lines after the commentator's each
        # open on them again or on another speaker, "…张伟指出，报告的目标务实。\n\n他预计今年…增长6%左右。", "…渣打银行认为，
        # …。\n中银香港指出，…增速料在5%左右。": the words go on as in one paragraph; any other line ends them, decision 329)
        ls = text.rfind("\n", e, i) + 1
        if not ls or _lines_go_on(text, e, ls):
            stop = rfind_mark(text, max(e, ls), i, _FULL_STOPS)
            if stop < 0 and ls == 0 or (rest := text[(stop + 1 if stop >= 0 else ls):i].lstrip(" \u3000“”「」\"")) \
                    and _goes_on_speaking(rest):
                return True
    k = bisect_right(starts, i)
    if k == len(starts):
        return False
    c = starts[k]
    ss = max(text.rfind(x, 0, i) for x in "。！？\n") + 1
    return find_mark(text, i, c, _SENTENCE_END_MARKS) < 0 and not _report_speaks_in(text, ss, c)


def _goes_on_speaking(rest: str) -> bool:
    """Whether a sentence opens on the commentator again (commentator_goes_on: 他, 其…), on another speaker who is not
    the report's or the region's own (``_other_speaker``, commentator_not_speakers; not an office of a region's
    government, ``_own_office``), or on another's report speaking (``_others_report_opens``)."""
    return rest.startswith(_commentator()[3]) \
        or (sp := _other_speaker().match(rest)) is not None and not any(w in sp.group(1) for w in _not_speakers()) \
        and _own_office().fullmatch(sp.group(1)) is None or _others_report_opens(rest) \
        or rest[:1] in _ESTIMATE_FIRST and _estimate_opens().match(rest) is not None


_ESTIMATE_FIRST = frozenset("据根")  # (what a match of _estimate_opens opens with)


@once
def _estimate_opens() -> re.Pattern:
    """A sentence opening on the commentators' own estimate told by 据: the team that made it (cues.tsv
    commentator_estimate_by: 课题组, 研究团队…) or a word going on with them (commentator_goes_on: 其, 该院…), then its verb
    (commentator_estimate_verbs: 测算, 预测…) and the clause's mark: "据课题组测算，…", "据该院初步预测，…" (not a bare
    "据测算，", nor "据初步核算，": no one named)."""
    cues = vocab.cues()
    by = sorted(set(cues["commentator_estimate_by"]) | set(cues["commentator_goes_on"]), key=lambda w: (-len(w), w))
    verbs = sorted(cues["commentator_estimate_verbs"], key=lambda w: (-len(w), w))
    # (根据 as 据: "根据课题组测算，…", decision 339)
    return re.compile(r"(?:根)?据(?:" + "|".join(map(re.escape, by)) + r")(?:的)?(?:初步)?(?:" + "|".join(map(re.escape, verbs))
                      + r")(?:结果)?(?:显示|表明)?[，,：:]")


def _lines_go_on(text: str, e: int, ls: int) -> bool:
    """Whether every line from the one after the commentator's words (ending at ``e``) to the one starting at ``ls``
    opens on the commentator again or another speaker (``_goes_on_speaking``), the line of ``e`` ending on a full stop
    after them (one sentence a line: a line the page's width cut is none of these)."""
    nl = text.find("\n", e, ls)
    if nl < 0 or text[e:nl].rstrip()[-1:] not in ("。", "！", "？"):
        return False
    p = nl + 1
    while p <= ls:
        q = text.find("\n", p)
        q = len(text) if q < 0 else q
        line = text[p:q].strip(" \t\r\u3000")
        if line:
            if not _goes_on_speaking(line.lstrip("“”「」\"")):
                return False
            if p < ls and line[-1:] not in ("。", "！", "？"):
                return False
        p = q + 1
    return True


@once
def _other_speaker() -> re.Pattern:
    """A sentence opening on a speaker, a name of two to eight letters, and a verb of saying (cues.tsv commentator_verbs)
    right after it, then its words: "中银香港指出，…"."""
    verbs = sorted(vocab.cues()["commentator_verbs"], key=lambda w: (-len(w), w))
    return re.compile(r"([^，,。；;：:！？\n\d%“”]{2,8}?)(?:" + "|".join(verbs) + r")[，,：:]")


@once
def _own_office() -> re.Pattern:
    """A speaker that is an office of a region's government: a level's word (cues.tsv own_office_levels: 省, 市, 县, 区…)
    with up to six letters before it (the region's name) and one to eight after, ending on an office's word
    (own_office_ends: 局, 厅, 委, 办…): "市商务局", "区财政局", "洛阳市工业和信息化局" speak for the region, no
    commentator ("宁波海关", "人民银行宁波市分行" end on no such word)."""
    cues = vocab.cues()
    levels, ends = (sorted(cues[k], key=lambda w: (-len(w), w)) for k in ("own_office_levels", "own_office_ends"))
    return re.compile(r"[^，,。；;：:！？\n\d]{0,6}?(?:" + "|".join(levels) + r")[^，,。；;：:！？\n\d]{1,8}?(?:"
                      + "|".join(ends) + ")")


@once
def _not_speakers() -> tuple[str, ...]:
    """The words of a speaker that is the report or the region's own (cues.tsv commentator_not_speakers)."""
    return tuple(vocab.cues()["commentator_not_speakers"])


@once
def _award_verbs() -> tuple[str, ...]:
    """The verbs of an award or a listing before the year that names it (``cues.tsv`` award_verbs: 获评, 入选…)."""
    return tuple(vocab.cues()["award_verbs"])


@once
def _event_named() -> re.Pattern:
    """Up to four letters, then an event a year names (``cues.tsv`` event_names: 冬奥会, 世博会, 世界杯…)."""
    return re.compile(r"[^\W\d_]{0,4}?(?:" + "|".join(map(re.escape, vocab.cues()["event_names"])) + ")")


@lru_cache(maxsize=1024)
def _plans_named(path: str) -> tuple[int, ...]:
    """The first years of the plan periods a section path names ("“十四五”时期主要目标")."""
    return tuple(_PLAN_START[p.group(1)] for p in _PLAN_NAME.finditer(path))


# a plan's document carried out ("贯彻落实“十五五”规划纲要", "深入实施省“十五五”规划建议")
_CARRIED_OUT = re.compile(r"(?:贯彻|落实|实施|执行)[^，,。；;：:\d]{0,6}$")
# ("综合考虑“十五五”规划纲要目标要求和…，提出主要预期目标：", "对照“十五五”时期目标，…": the plan weighed)
_ALIGNED = re.compile(r"(?:对标|对接|衔接|锚定|围绕|紧扣|着眼|聚焦|瞄准|按照|根据|立足|对照|考虑|结合|依据|参照|遵循"
                      # ("进入“十五五”，", "开启“十五五”新征程", "站在“十五五”新起点上", "作为“十五五”的第一年": the plan's start, this year)
                      r"|进入|开启|开局|站在|作为|迈入|步入|迈进)[^，,。；;：:\d]{0,4}$")
# a plan under way checked against or looked back on ("对照“十四五”规划，", "从“十四五”规划实施情况看，")
# (or its mid-term review reported: "“十四五”规划中期评估显示，", "从“十四五”规划中期评估情况看，")
_PLAN_CHECKED = re.compile(r"(?:对照|比照|从)$")
_PLAN_CHECKED_AFTER = re.compile(r"[”\"’]?(?:规划(?:纲要)?)?(?:主要)?(?:目标|指标|实施情况|实施进度|进展情况|进展|进度|(?:实施)?中期评估(?:情况|结果)?)?"
                                 r"(?:来?看)?[，,](?![^。；;\n]{0,24}?(?:需|必须|力争|确保|要|努力|争取))")
_PLAN_REVIEWED_AFTER = re.compile(r"[”\"’]?(?:规划(?:纲要)?)?(?:实施)?中期评估(?:情况|结果)?(?:显示|表明)[，,]")


@once
def _plan_card_head_re() -> re.Pattern:
    """A card's sub-head that looks back (cues.tsv plan_card_heads) over a plan's bare name, alone on its line."""
    words = "|".join(sorted(vocab.cues()["plan_card_heads"], key=lambda w: (-len(w), w)))
    return re.compile(r"[ \t\u3000]*[◆■●▲★◇□▶►◎▍▌【〔\[]?[ \t\u3000]*(?:" + words + r")[ \t\u3000]*[“\"‘]?十([一二三四五六七])五"
                      r"[”\"’]?[ \t\u3000]*[】〕\]]?[ \t\u3000]*[:：]?[ \t\u3000]*")


def _plan_card_head(text: str, s: int, e: int) -> bool:
    """Whether the plan's name at ``text[s:e]`` stands in a card's sub-head alone on its line that looks back over it
    ("◆数说“十四五”")."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    return _plan_card_head_re().fullmatch(text, ls, le if le >= 0 else len(text)) is not None


def _plan_checked(text: str, m: re.Match, start: int) -> re.Match | None:
    """The words after a plan's name (``_PLAN_NAME``) that check the figures after them against it or report its
    mid-term review, so that they are of its years gone by; None where there are none."""
    if _PLAN_CHECKED.search(text, max(start, m.start() - 6), m.start()):
        return _PLAN_CHECKED_AFTER.match(text, m.end())
    return _PLAN_REVIEWED_AFTER.match(text, m.end()) if text.find("中期评估", m.end(), m.end() + 8) >= 0 else None
@once
def _plan_estimate_words() -> re.Pattern:
    """An estimate word right before a plan's name (cues.tsv plan_estimate_before: 预计, 初步预计…), the plan's whole
    span or its period named (“预计“十四五”期间”; not “预计到“十四五”末”, the plan's last year, nor a bare name)."""
    words = "|".join(map(re.escape, vocab.cues()["plan_estimate_before"]))
    return re.compile(r"(?:" + words + r")[，,]?(?:整个)?$")


def _plan_estimated(text: str, m: re.Match, start: int) -> bool:
    """Whether the plan named at ``m`` ("“十四五”期间", "“十四五”时期") is one estimated whole: an estimate word right
    before it (``_plan_estimate_words``)."""
    return m.group(0).endswith(("时期", "期间")) and (
        _plan_estimate_words().search(text, max(start, m.start() - 8), m.start()) is not None
        or _PLAN_ESTIMATED_AFTER.match(text, m.end()) is not None)


# (or the estimate word after the name, right before the average or the sum of the clause after it: "“十四五”期间，全市
# 地区生产总值预计年均增长6.3%")
_PLAN_ESTIMATED_AFTER = re.compile(r"[，,]?[^，,。；;：:\n\d%]{0,20}?预计(?=" + "|".join(map(re.escape, vocab.cues()["plan_estimated_spans"])) + ")")  # (cues.tsv plan_estimated_spans)


def _plan_estimated_at(text: str, cue: tuple[int, str, int | None] | None) -> bool:
    """Whether ``cue`` is a plan's period estimated whole (``_plan_estimated``), its name ending right at the cue."""
    if cue is None:
        return False
    pm = _last(_PLAN_NAME.finditer(text, max(0, cue[0] - 14), cue[0]))
    return pm is not None and pm.end() == cue[0] and _plan_estimated(text, pm, 0)


_PLAN_DOC = re.compile(r"[”\"’]?(?:规划)?(?:的)?(?:建议|纲要)|[”\"’]?规划(?![^，,。；;]{0,6}(?:时期|期间))")
# a plan that has ended said to be closed ("“十四五”规划圆满收官", "为“十四五”画上圆满句号", "“十四五”主要目标任务全面完成",
# "“十三五”发展目标胜利实现", "“十三五”主要指标全面完成", "夺取“十三五”全面胜利")
# (a victory right after the name only: "“十三五”时期脱贫攻坚取得全面胜利，…年均增长7%" is the plan's figure)
_PLAN_CLOSED = re.compile(r"[”\"’]?(?:全面|决定性)胜利|[^，,。；;：:\d%]{0,10}?(?:收官(?!之?年)|画上了?(?:圆满|完美)?的?句号"
                          r"|(?:目标任务|主要目标|各项目标|发展目标|主要指标|各项指标)[^，,。；;\d%]{0,4}?(?:完成|实现))")


@once
def _plan_works() -> tuple[str, ...]:
    """The works a plan's name may sort, right after it (``cues.tsv`` plan_works: 重大项目, 重大工程…)."""
    return vocab.cues()["plan_works"]


# a plan named after 与/同/为 only as what its clause relates to, no figure in between ("与“十五五”规划纲要衔接",
# "同“十五五”规划目标相协调", "为“十五五”发展奠定了坚实基础", "为“十五五”时期高质量发展打下良好基础")
_RELATED_TO = frozenset("与同为")
_RELATED_ONLY = re.compile(r"[^，,。；;：:\d%％]{0,12}?(?:(?:相|有效|充分|统筹|紧密)?(?:衔接|对接|协调|适应)"
                           r"|(?:奠定|打下|打好|夯实|筑牢)[^，,。；;：:\d%％]{0,8}?基础)")
# a later year named as what the year's work lays the ground for, in a clause with no figure: no goal's year
_GROUND_FOR_YEAR = re.compile(r"为(?:实现|完成)?((?:19|20)\d{2})年[^，,。；;：:\d%％]{0,20}?(?:奠定|打下|打好|夯实|筑牢)"
                              r"[^，,。；;：:\d%％]{0,8}?基础[，,]")
# ("为实现“十四五”规划目标打好基础，": the plan's goals the year's work is to lay the ground for, as "为“十四五”…奠定基础")
_RELATED_AIM = re.compile(r"为(?:实现|完成|全面完成|顺利完成)$")


def _plan_end_base(text: str, m: re.Match) -> bool:
    """A plan's end named as the base of a comparison ("“十二五”末与“十一五”末相比，…年均增长10.4%", "同“十二五”末
    相比"; cues.tsv plan_base_opens, plan_base_closes) or as a change's start (plan_from_opens): the year the figures are compared with, not the end of the years
    they are over, which the base's own reading (_BASE_YEAR) and the rest of the sentence give."""
    c = vocab.cues()
    if not m.group(0).endswith("末"):
        return False
    before = text[m.start() - 1:m.start()]
    # (or the start of a change, "由“十二五”末的44.3%提高到51.6%": the from-value's time, decision 448)
    return before in c["plan_base_opens"] and text.startswith(c["plan_base_closes"], m.end()) \
        or before in c["plan_from_opens"] and text.startswith("的", m.end()) and text[m.end() + 1:m.end() + 2].isdigit()


def _plan_done(text: str, m: re.Match, start: int, end: int) -> bool:
    """Whether an ended plan is the object of a verb of completion before it, or its 规划 the subject of one right
    after it, in a clause with no figure ("胜利完成“十三五”规划目标任务，“十四五”实现良好开局" in 2022's review of the
    five years 2017–2021, "“十二五”规划胜利完成"): the clause is about the plan, as "“十三五”圆满收官" is, and
    frames none of the figures after it."""
    words = vocab.cues()["plan_done_before"]
    e = m.start() - (text[m.start() - 1:m.start()] == "了")
    if not (text.endswith(words, max(start, e - 5), e) or m.group(0).endswith("规划") and text.startswith(words, m.end())):
        return False
    c = find_mark(text, m.end(), end, _CLAUSE_MARKS)
    return _A_DIGIT.search(text, m.end(), c if c >= 0 else end) is None


# a figure of the plan named before it that its clause calls the target to meet ("“十四五”单位生产总值能耗下降14.5%的目标")
_PLAN_GOAL_MET = re.compile(r"[”\"’]?(?:规划)?(?:确定|提出|设定|明确)?的?[^，,。；;：:\d%％]{2,16}?(?:累计)?(?:下降|降低|增长|提高)"
                            r"[\d.]+\s*[%％](?:左右|以上)?的(?:目标|任务)")
# a plan named right before its last year ("“十四五”收官之年", "十三五规划的最后一年")
_PLAN_BEFORE = re.compile(r"十([一二三四五六七])(?:五|个五年)[”\"’]?(?:规划)?的?$")
# the clause after a plan named goes on to an average over years, with no figure and no word of this year before it
# ("锚定“十五五”目标，全省规模以上工业增加值年均增长6%以上")
_PLAN_AVERAGE = re.compile(r"(?:(?!今年|年度|预期)[^。；;：:\n\d%]){0,30}?年均")


# an amount's target a result is compared with, ending right before the target's word ("高于1200万人次的预期目标",
# "超过1.3亿美元的预期目标"): as "高于5%左右的预期目标" (role_cues.tsv), it names no target for the clauses after it (but a
# target ahead, "确保实现城镇新增就业5万人的预期目标，…", still does)
_COMPARED_AMOUNT = re.compile(r"(?:高于|低于|超过|超出|好于|优于)(?:年初|年度|全年)?(?:确定的)?[\d.]+(?:万|亿)?(?:人次|美元|元|人|户|家|个|吨|斤|亩|天)的$")
# a target named as the object of a revision or a result, with the name of its figure between ("我们主动调整了经济增长
# 预期目标，全省生产总值实现7677亿元", "下调了全年增长预期目标", "完成了地区生产总值增长预期目标"): a target of the year
# it was set in, done with; it names no target for the clauses after it (the year or the section before decides)
_TARGET_DONE_WITH = re.compile(r"(?:调整|下调|上调|调低|调高|调减|调增|修订|完成|实现|达到)了[^，,。；;：:\d%％]{0,10}$")


@once
def _target_done_adverb() -> re.Pattern:
    """A target named as the object of a verb of completion with its adverb (cues.tsv plan_done_before: 顺利完成,
    圆满完成…), 了 or not, in the same clause: done with, as _TARGET_DONE_WITH's."""
    return re.compile("(?:" + "|".join(map(re.escape, vocab.cues()["plan_done_before"])) + ")了?[^，,。；;：:\\d%％]{0,12}$")


@once
def _target_judged() -> re.Pattern:
    """A target's word met or missed right after it, closing its clause (cues.tsv set_lead_fate, target_fate_missed:
    "…4.5%左右的增长预期目标如期实现；", "…的预期目标没有实现，"): a target of the year reviewed, done with, as
    _TARGET_DONE_WITH's (decision 443)."""
    cues = vocab.cues()
    fates = longest_first(list(cues.get("set_lead_fate", ())) + list(cues.get("target_fate_missed", ())))
    return re.compile(rf"(?:{fates})了?[，,。；;]")


# a target named in a clause that frames the work or the result after it, with no figure of its own ("面对经济增长预期目标
# 难以完成的困难局面，", "在全国经济增长预期目标下调的背景下，", "按照稳增长的预期目标要求，", "针对经济增长预期目标，",
# "我们没有完成经济增长预期目标，", "经济增长预期目标未能实现，", "紧紧围绕主要预期目标，"): it names no target for the
# clauses after it (the year or the section before decides); not a target set in the next clause ("经济增长预期目标，建议
# 定为5.5%左右": no framing word around it)
_TARGET_FRAMED_BEFORE = re.compile(r"(?:面对|在|按照|针对|围绕|紧扣|对照|没有(?:完成|实现|达到)|未能?(?:完成|实现|达到))"
                                   r"[^，,。；;：:\d%％]{0,14}$")
_TARGET_FRAMED_AFTER = re.compile(r"[^，,。；;：:\d%％\n]{0,8}?(?:难以|未能|没有|未完成|未实现|下调|上调|调整|要求|背景|局面)"
                                  r"[^，,。；;：:\d%％\n]{0,12}[，,]")


def _striving_without_figure(text: str, ce: int, pos: int) -> bool:
    """Whether the cue ending at ce is a 力争 whose clause ends with a comma before pos with no figure in it."""
    if text[ce - 2:ce] != "力争":
        return False
    e = find_mark(text, ce, pos, _CLAUSE_MARKS)
    return e >= 0 and text[e] in "，," and _A_DIGIT.search(text, ce, e) is None


def _target_framed(text: str, start: int, ms: int, me: int) -> bool:
    """Whether the target word at text[ms:me] stands in a clause with no figure that frames what comes after it
    (_TARGET_FRAMED_BEFORE, _TARGET_FRAMED_AFTER)."""
    ce = find_mark(text, me, me + 40, _CLAUSE_MARKS)
    if ce < 0 or text[ce] not in "，," or _A_DIGIT.search(text, me, ce) is not None:
        return False  # (its clause goes on to a figure, or leads a list: "主要预期目标是：", "目标为7%")
    if _TARGET_FRAMED_AFTER.match(text, me, ce + 1) is not None:
        return True
    cs = max(start, ms - 20, rfind_mark(text, ms - 20, ms, _CLAUSE_MARKS) + 1)
    return ce == me and _TARGET_FRAMED_BEFORE.search(text, cs, ms) is not None


# a document's title with its years, "《…规划（2018—2022年）》", named as a thing made or as a frame ("编制了《…》，",
# "出台《…》", "在《…》引领下，", "《…》获批"): its years date none of the figures after it, a review's results or the
# year's tasks; a title followed to its goals ("按照《…》，", "实施《…》，", "《…》提出，") still dates them
_TITLE_MADE_BEFORE = re.compile(r"(?:编制|制定|出台|印发|发布|修编|颁布|起草|审议通过|编制完成|完成)了?[^《，,。；;]{0,4}$")
_TITLE_FRAME_AFTER = re.compile(r"[）)]?》[^，,。；;《]{0,4}?(?:引领下|指导下|带动下|框架下|获批|正式获批|编制完成|出台|印发|发布)")


def _title_span_passing(text: str, s: int, e: int) -> bool:
    """Whether the years at text[s:e], inside a 《》 title, are those of a title named in passing (made, or a frame)."""
    o = text.rfind("《", max(0, s - 40), s)
    if o < 0 or text.find("》", o, s) >= 0:
        return False
    return _TITLE_FRAME_AFTER.match(text, e) is not None or _TITLE_MADE_BEFORE.search(text, max(0, o - 10), o) is not None


def _scan_cues(text: str, start: int, end: int, y: int | None, strength: str) -> list[tuple[int, str, int | None]]:
    out: list[tuple[int, str, int | None]] = []
    if start >= end:
        return out  # no cue is empty
    roles, patterns = _role_cues().get(strength, ([], None))
    found = patterns.finditer_each(text, start, end) if patterns else ()
    if not any(found):  # most windows: no cue at all
        if strength == "strong":
            _CUE_CACHE[("years", id(text), len(text), start, end)] = []
        return out
    # (in a plan's last year, "“十四五”规划纲要确定的到2025年…": the plan's goal for its last year, not the year's
    # target; the plan named right before the year's goal cue)
    last = [m.end() for m in found[-1] if y is not None and _PLAN_START[m.group(1)] + 4 == y
            and (m.group(0).endswith("规划") or text.startswith("规划", m.end()))] if strength == "strong" and found[-1] else ()
    # (each match's reading below, kept per document, spd51a: the figures of a sentence ask for the cues of its growing
    # prefix, [full_start, pos) at each figure, the same start and most of the same matches each time (two in three strong
    # matches a pass are read again). A match's reading depends on the text, its pattern (``i``, the strength's row),
    # its span (of the match only group(0), start() and end() are read), the window's start (the looks back are bounded
    # by it), y and the document's marks _late/_early — not on the window's end nor on the other matches, but for a
    # goal's (``last``, the plans named before it): so each reading but a goal's is kept under those, and read back.
    # A reading appends at most one cue: the cue appended, or None. The store is made at the next match or after the
    # loop, where the reading's ``continue`` has led.)
    rk = ("read", id(text), len(text), start, y, strength, _late(text), _early(text))
    pend = None
    n0: int = 0
    i: int = -1
    for role, matches in zip(roles, found):
        i += 1
        for m in matches:
            if pend is not None:
                _CUE_CACHE[pend] = out[-1] if len(out) > n0 else None
                pend = None
            # (the cue's words and its start, read by most tests below: one call a match, not one a test; compiled, each
            # group(0) or start() is a method call, group(0) a new string too)
            ms: int = m.start()
            key = (rk, i, ms, m.end())
            hit = _CUE_CACHE.get(key, False)
            if hit is not False:
                if hit is not None:
                    out.append(hit)
                continue
            if role != "goal":
                pend = key
                n0 = len(out)
            g: str = m.group(0)
            if role == "target" and text[ms - 1:ms] == "的" \
                    and _COMPARED_AMOUNT.search(text, max(start, ms - 24), ms) is not None:
                continue  # "接待游客1260万人次，高于1200万人次的预期目标，…": a target met, no target for the clauses after
            if role == "target" and g[-2:] == "目标" \
                    and (_TARGET_DONE_WITH.search(text, max(start, ms - 14), ms) is not None
                         or _target_done_adverb().search(text, max(start, ms - 20), ms) is not None
                         or _target_judged().match(text, m.end()) is not None):
                # ("五年来，我们顺利完成“十二五”规划主要目标，" in a review: a result too, with no 了)
                continue  # "2017年，我们主动调整了经济增长预期目标，全省生产总值实现7677亿元": the year's result
            if role == "target" and g[-2:] == "目标" and _target_framed(text, start, ms, m.end()):
                continue  # "面对经济增长预期目标难以完成的困难局面，全省生产总值增长6.4%": the year's result
            if role == "actual" and y is not None and (pm := _plan_to_meet().match(text, ms)) is not None \
                    and pm.group(1) is None and _PLAN_START[pm.group(2)] + 4 >= y \
                    and not _met_early().search(text, max(start, ms - 4), ms):
                # "全面完成“十四五”规划确定的各项目标任务，研发经费投入强度达到2.5%" in 2025's targets: a plan not yet
                # ended whose goals are to be met (no 了, no 提前/已), no result; the part decides the clauses after
                # (but "提前完成“十四五”规划确定的…目标", "完成了…", and a plan ended before the report's year, results)
                continue
            yr = _CUE_YEAR.search(g) if "20" in g else None
            yv = int(yr.group(0)) if yr else None
            if yv is None and role == "goal" and g[-1:] == "末" and (pe := _PLAN_END_NAMED.search(g)):
                yv = _PLAN_START[pe.group(1)] + 4  # "到“十四五”末": the plan's last year
            if role == "span" and yv is not None and g.endswith("以来"):
                # "2021年以来，累计新增市场主体5.6万户" in 2024's report, in its targets too: the years from the one named
                # to the year before the report's, reviewed (decision 360); the report's own year ("2024年以来") is the
                # year so far, left to the other cues
                if y is not None and yv < y:
                    out.append((m.end(), "span", y - 1))
                continue
            if role == "range":
                # "2021—2025年": a span named by its years, reviewed if it has ended, else set
                a, b = (int(x) for x in _RANGE.match(g).groups())
                if "》" in text[m.end():m.end() + 2] and _title_span_passing(text, ms, m.end()):
                    continue  # "我们编制了《乡村振兴战略规划（2018—2022年）》，…": a title's years, no goal's
                if y is not None and a < b:
                    out.append((m.end(), "span" if b < y else f"range:{a}", b))
                continue
            if role == "dated":
                # "2026年是“十五五”开局之年": the year it names, if the report's or one before
                # ("2020年是全面建成小康社会收官之年，届时…" in a report of 2019: a year ahead, a goal's)
                if yv is not None and y is not None:
                    out.append((m.end(), "target" if yv == y else "actual" if yv < y else "goal", yv))
                continue
            if role == "past_target" and yv is None and y is not None and "届" in g and _own_session(text, g, ms):
                # "市十四届人大四次会议确定，全年全市地区生产总值增长5.5%左右" on a page whose head names that session as
                # its own ("三明市第十四届人民代表大会第四次会议闭幕"): the session the report is delivered at sets this
                # year's targets, not last year's (decision 415; another session, "县十七届人大二次会议确定，" under a
                # report delivered at the third, stays last year's)
                out.append((m.end(), "target", y))
                continue
            if role == "past_target" and yv is None and y is not None \
                    and (pl := _PLAN_BEFORE.search(text, max(start, ms - 12), ms)) is not None:
                yv = _PLAN_START[pl.group(1)] + 4  # "“十四五”收官之年，…确定的目标为": the plan's last year
            if role == "past_target" and (yv is not None and y is not None and yv >= y
                                          or yv is None and _THIS_YEAR.search(text, max(start, ms - 12), ms)):
                # "2026年主要预期目标是：" names this year's targets, "2030年的目标是" a goal's year, "今年
                # 确定的目标是" this year's, "“十四五”收官之年…" in 2025: the target and year cues around it decide
                continue
            if role == "goal" and yv is not None and y is not None and yv <= y:
                # (in a plan's last year the plan named bare as the source, "根据规划纲要，到2025年…", "规划提出，到2025年…",
                # is that plan: its goal for its last year too)
                role_ = ("goal" if any(0 <= ms - pe <= 8 for pe in last) or y % 5 == 0 and _PLAN_SOURCE.search(
                    text, max(start, ms - 10), ms) is not None else "target") if yv == y else "actual"
                if role_ == "actual":
                    # "由2016年2807亿元增加到2021年4402.98亿元": the end of a span of years, reviewed
                    fm = _FROM_YEAR.search(text, max(start, ms - 30), ms)
                    if fm is not None and int(fm.group(1)) < yv - 1:
                        role_ = "span"
                out.append((m.end(), role_, yv))
                continue
            if role == "target" and y is not None and _late(text) and g.startswith("今年"):
                if text[ms - 1:ms] in _COMPARED_TO_FIRST and _COMPARED_TO.search(text, max(start, ms - 3), ms):
                    # ("明年…增长7%，高于今年4个百分点；一般公共预算收入增长5%": the year reviewed as the base of a
                    # comparison dates nothing after it)
                    continue
                # a report delivered late in the year before its year: 今年 is the year reviewed (and "今年年初，
                # 市人代会确定的主要预期目标是：" names its targets)
                out.append((m.end(), "past_target" if _LATE_SET.match(text, m.end()) else "actual", y - 1))
                continue
            if role == "target" and y is not None and g == "后年" and (_early(text) or _late(text)) \
                    and text[ms - 1:ms] not in _LISTED_BEFORE and _next_year_figured(text, m.end()):
                # "力争后年全县地区生产总值突破400亿元": two years after the one the report is delivered in, a goal
                out.append((m.end(), "goal", y + 2 if _early(text) else y + 1))
                continue
            if role == "target" and y is not None and g == "明年" and _early(text) \
                    and text[ms - 1:ms] not in _LISTED_BEFORE \
                    and _next_year_figured(text, m.end()):
                # a report delivered in its own year: 明年 is the year after it ("力争明年全市地区生产总值突破
                # 5600亿元"), a later year's figure, a goal of that year (not the last of a list of years, "今年、
                # 明年分别…": the list dates its values in order; nor a clause with no figure, "力争明年实现“十四五”
                # 规划主要目标", "为明年…奠定基础", which sets nothing for the figures around it)
                out.append((m.end(), "goal", y + 1))
                continue
            if role == "actual" and yv is None and y is not None and g[:2] == "前年":
                # "前年全县一般公共预算收入为14.9亿元": two years before the one the report is delivered in
                out.append((m.end(), role, y - 3 if _late(text) else y - 2))
                continue
            if role == "actual" and yv is None and y is not None and _late(text) and g[:2] in _LAST_YEAR_WORDS:
                # a report delivered late in the year before its year calls the year it reviews 今年: its 去年
                # is the year before that ("去年全市地区生产总值为4754亿元，今年有望突破5000亿元")
                out.append((m.end(), role, y - 2))
                continue
            out.append((m.end(), role, yv))
    if pend is not None:
        _CUE_CACHE[pend] = out[-1] if len(out) > n0 else None
    if strength != "strong":
        return out
    past = {e: yv for e, role, yv in out if role == "past_target"}
    if past:
        # "2025年度的发展目标为：" ends a target cue (目标为) too: the past year's targets
        out = [c for c in out if c[1] != "target" or c[0] not in past]
        # "目标为增长5%，全年一般公共预算收入完成95亿元": a clause of the whole year after them is its result
        first = min(past)
        # (not a 全年 right after the cue, its lead: "去年县委经济工作会议提出，全年地区生产总值增长7%左右" restates that
        # year's target, decision 401)
        out += [(e, "actual", past[first]) for e in _year_results(text, first, end) if e - 2 not in past]
    # the years were found in the same walk: kept for _year_cues too
    years = _CUE_CACHE[("years", id(text), len(text), start, end)] = _years_found(found[-2])
    for e, yv in years:
        if y is None:
            out.append((e, "year", yv))
        elif yv > y and (f := text.rfind("为", max(start, e - 12), e)) >= 0 and (b := _GROUND_FOR_YEAR.match(text, f)) is not None \
                and b.end(1) < e <= b.end(1) + 4:
            continue  # "为2020年全面建成小康社会打下决定性基础，": a later year the year's work lays the ground for
        else:
            out.append((e, "actual" if yv < y else ("target" if yv == y else "goal"), yv))
    for m in found[-1]:  # the plan periods named
        a = _PLAN_START[m.group(1)]
        if y is None:
            continue
        if a + 4 < y and _plan_end_base(text, m):
            continue  # "与“十一五”末相比，…年均增长10.4%": the base's year (_BASE_YEAR), no span the figures are over
        if a + 4 < y and (_PLAN_CLOSED.match(text, m.end(), end) or _plan_done(text, m, start, end)):
            # "增长5.2%，“十四五”规划圆满收官，一般公共预算收入增长2.8%": a clause about the plan itself,
            # no time frame for the figures after it
            continue
        if m.group(0).endswith(("最后一年", "收官年", "收官之年")):
            # "“十四五”最后一年": one year, the plan's last
            out.append((m.end(), "actual" if a + 4 < y else "target" if a + 4 == y else "goal", a + 4))
            continue
        if m.group(3):
            # "“十四五”前三年": the plan's first years, a span if they are gone by; "“十四五”后两年": its last
            first, b = _plan_part(m)
            if b < y:
                out.append((m.end(), "span", b))
            elif first >= y or m.group(2) == "后":
                out.append((m.end(), "plan_goal", a))
            continue
        if a + 4 < y and not ("以来" in m.group(0) and a + 4 < y - 1):
            out.append((m.end(), "span", a + 4))
        elif "以来" in m.group(0) and a < y:
            # ("“十三五”以来…年均增长6.3%，2021年达到1105.6亿元" in 2022's report, after the plan: since its first
            # year up to the year reviewed, as "“十四五”以来" within the plan)
            # "“十四五”以来" in a report within the plan: the years of it gone by
            out.append((m.end(), "span", y - 1))
        elif a < y <= a + 4 and _plan_card_head(text, m.start(), m.end()):
            # "◆数说“十四五”" alone on its line over 年均/累计 lines on a page of a year inside the plan: the years of it
            # gone by, as "“十四五”以来" (decision 398; not "◆“十四五”规划目标", nor "◆展望“十四五”")
            out.append((m.end(), "span", y - 1))
        elif a < y <= a + 4 and (ck := _plan_checked(text, m, start)) is not None:
            # "对照“十四五”规划，全县地区生产总值年均增长5.9%，低于规划确定的7.5%的目标": the plan under way
            # checked against, its years gone by (as "“十四五”以来"; the cue after the clause, no plan's end named);
            # not "…，今后三年需年均增长8%"
            out.append((ck.end(), "span", y - 1))
        elif a < y <= a + 4 and _plan_estimated(text, m, start):
            # "预计“十四五”期间，全市地区生产总值年均增长6.3%" in the plan's last year: its years estimated whole, results
            # over its span (the spec: 预计 figures are results), not the goals it set (decision 491); in a year inside
            # the plan no goal either, the cue ends no fact (_role_period, decision 496)
            out.append((m.end(), "span", a + 4))
        elif a >= y or (m.group(0).endswith(("时期", "期间", "末")) and a + 4 >= y and "以来" not in m.group(0)):
            if (_CARRIED_OUT.search(text, max(start, m.start() - 8), m.start())
                    and (m.group(0).endswith("规划") or _PLAN_DOC.match(text, m.end()))
                    or _ALIGNED.search(text, max(start, m.start() - 8), m.start())) \
                    and not _PLAN_AVERAGE.match(text, m.end()):
                # "贯彻落实“十五五”规划纲要，全年固定资产投资增长5%": a plan's document carried out; "对标“十五五”
                # 规划目标，主要预期目标为：": its goals aligned with: no time frame for the figures after
                # (but "锚定“十五五”目标，全市一般公共预算收入年均增长5%以上": an average over its years, a goal)
                continue
            if not m.group(0).endswith(("时期", "期间", "末", "以来")) and text.startswith(_plan_works(), m.end()):
                # "谋划储备“十五五”重大项目1000个，固定资产投资增长5%以上": the plan only sorts the works after it
                continue
            if (text[m.start() - 1:m.start()] in _RELATED_TO or text[m.start() - 1:m.start()] in ("现", "成")
                    and _RELATED_AIM.search(text, max(start, m.start() - 5), m.start())) and _RELATED_ONLY.match(text, m.end()):
                # "这些目标，与“十五五”规划纲要衔接，", "为“十五五”发展奠定了坚实基础": the plan only what the year's
                # targets or results are related to, in a clause with no figure; no time frame for the figures after
                continue
            out.append((m.end(), "plan_goal", a))
        elif a < y <= a + 4 and _PLAN_GOAL_MET.match(text, m.end(), m.end() + 40) is not None:
            # "确保完成“十四五”单位生产总值能耗下降14.5%的目标": the plan under way named before a figure its clause
            # calls the target to meet, the plan's goal
            out.append((m.end(), "plan_goal", a))
    return out


# (an item may open with its title sentence and no mark, the bold face lost: "创新能力实现新跃升。…")
# the marker of an item and nothing else before a name ("1.", "（一）", "2．")
# (or a bullet, or nothing: a plan report's paragraph may open with the name alone, "地区生产总值。年度计划目标为增长8.5%，…")
_ITEM_HEAD = re.compile(r"\s*(?:(?:\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[）)]|——|—|[•●◆■▪·])\s*)?")
# (a plan's mid-term evaluation: "2.常住人口城镇化率。规划目标为2025年达到65%，2022年达到61.8%", its plan's goal first)
# (the body or time that set the plan before its target: "1.地区生产总值。区十届人大一次会议确定的目标为增长6.5%，执行结果为增长4.1%")
_SET_BY_BEFORE = r"(?:(?:[^，,。；;：:\d%\n]{1,16}?(?:会议|人代会)|年初|年度|[省市州盟])?(?:确定|提出|设定|下达)的(?:年度|全年)?(?:预期)?(?=目标))"
# (or the result's own verb right before its figure: "4.一般公共预算收入\n完成6.42亿元，同比增长5.1%", no caption's figure;
# a level's too, "3.城镇居民人均可支配收入\n达到41620元，增长7.5%")
_RESULT_OPENS = re.compile(r"(?:全年)?(?:完成|实现|达到)(?:约|近)?\d")
# (or the figure first set revised to the one now: "（一）地区生产总值。由增长7%左右调整为增长3%左右", a plan's
# adjustment read at the 人大常委会, its item headed by the name)
_REVISION_OPENS = r"由(?:增长|下降|上涨)?(?=[\d.]+\s*[%％]?(?:左右|以上|以内)?(?:调整|下调|上调|调减|调增|调低|调高)(?:为|至|到))"
# (a count's item: "4.城镇新增就业\n全年新增3.6万人，完成年度计划的120%", the year's gain opening the line under its name)
_ITEM_GOES_ON = re.compile(r"(?:全年|年度|年初|今年|规划|《纲要》)?(?:预期|计划|预算|(?:控制|调控)?目标|预计|实际|执行)|全年(?=增长|下降|上涨|完成|实现|达到|新增|累计新增)"
                           r"|" + _SET_BY_BEFORE +
                           r"|由(?:19|20)\d\d年的?(?=[\d.])|" + _REVISION_OPENS + r"|(?:前[一二三两]季度|[上下]半年|1[-—–~～至]1?\d月|前\d{1,2}个月)[，,]?(?=增长|下降|完成|实现|达到)")
# (its figure the first thing the sentence after it states, the plan's or result's words before it: not
# "预计全年餐饮收入增长10%", "计划新开工项目50个，完成投资30亿元", "实际新增农民工返乡创业1200人", another's)
_OWN_FIGURE_NEXT = re.compile(_SET_BY_BEFORE + r"?(?:(?:前[一二三两]季度|[上下]半年|1[-—–~～至]1?\d月|前\d{1,2}个月)[，,]?)?(?:全年|年度|年初|今年|规划|《纲要》)?(?:预期|计划|预算|(?:控制|调控)?目标|预计|实际|执行)?(?:目标值?|结果|数)?(?:为|是|(?<=计划|目标|预期|结果)[：:])?(?:全年|年末|年底|到?20\d\d年|由(?:19|20)\d\d年的?|" + _REVISION_OPENS + r")?"
                              # (a plan labelled by its colon: "1.地区生产总值。年度计划：增长8%左右；执行结果：增长6.4%")
                              # (a plan in words first, its result after: "年度计划完成省下达目标任务，预计下降2.1%"; the
                              # plan said met, then the figure: "3.固定资产投资。完成年度目标，增长8.1%", "超额完成年度计划，同比增长…")
                              r"(?:(?:完成[省市]下达的?(?:年度)?(?:目标)?任务[，,](?:全年)?(?:预计|实际))"
                              r"|(?:超额|全面|圆满|未)?完成(?:[省市州]下达的?)?(?:年度|全年)(?:目标|计划)(?:任务)?[，,](?:全年)?(?:预计|实际)?)?"
                              # (any plan in words after 计划, its result labelled: "年初计划与经济增长基本同步，执行结果为
                              # 32914元", "计划完成国家下达的年度目标，预计下降3%左右")
                              # (or 预期: "3．进出口总额。年初预期稳中提质，执行结果为增长3%")
                              r"(?:(?<=计划|预期)[^，,。；;：:\d%\n]{2,16}[，,](?:全年(?:预计|实际|执行结果|执行情况)?|预计|实际|执行结果|执行情况)(?:为|是)?(?:全年)?)?"
                              # (a stock kept or a rate moved: "年度计划稳定在210万吨以上", "年度计划提高1个百分点")
                              # (a pair's item, one value each: "城乡居民人均可支配收入。年度计划分别增长7%和8%")
                              r"(?:分别|均)?(?:比上年|同比|年均|累计)?(?:增长|(?:下降|提高|提升|降低)(?:到|至)?|上涨|增速|涨幅|增幅|降幅|完成|实现|达到|新增|稳定在|保持在|控制在|为)?了?(?:约|近|达)?[\d.]")
_GROWTH_HEAD = re.compile(r"(?:增速|增幅|增长率|增长速度)(?=。)")
_ITEM_LINE = re.compile(r"\s*(?:\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,2}是|[第其][一二三四五六七八九十]{1,2}[，,、]|——|—|[-•●◆■▪·*]|[①-⑳]"
                        r"|[^，,。；;：:！？\d%\s]{4,16}。)")
_LEAD_END = re.compile(r"(?:[：:]|(?:如下|以下)[。：:]?)\**\s*$")
_LEAD_ENDS = ("：", ":", "如下", "以下", "如下。", "以下。")


def _ends_lead(line: str) -> bool:
    """``_LEAD_END.search(line)``, read from the line's end (a search of the pattern tries every
    place in a paragraph-long line)."""
    return line.rstrip().rstrip("*").endswith(_LEAD_ENDS)
# a short line with no stop or comma: a title the outline did not number ("2026年主要预期目标", "2024年工作打算")
_TITLE_LINE = re.compile(r"\s*[^。；;，,！？!?：:%\s]{2,28}(?:目标|指标|任务|安排|计划|回顾|成就|情况|思路|打算|重点|工作|部署)\s*")
# a line that opens with this year's target list, its items after the colon on the same line
_THIS_YEARS_LIST = re.compile(r"\s*今年[^。；;！？!?\n]{0,30}(?:主要预期目标|预期目标|主要目标)[是为]?：")
_PART_HEAD = re.compile(r"\s*(?:第[一二三四五六七八九十]+(?:部分|章|篇)|[一二三四五六七八九十]{1,3}[、．.]|#|【)")
_PART_HEAD_FIRST = frozenset("第一二三四五六七八九十#【")  # (what opens it after its spaces: a line opening with none is no part's head)
_BULLET = re.compile(r"\s*(?:——|—|[•●◆■▪·])")
# a marked sub-head that names its year, no clause and no figure ("◆2022年为民办实事", "■2024年重点工作"): the outline's part
_SUB_HEAD_MARKS = frozenset("◆■●▲★◇□▶►◎")
# (the sub-head marks that are no bullet: a line opening on one is an item of a list of its own, "▲城镇调查失业率5.1%")
_ITEM_MARKS = frozenset("▲★◇□▶►◎")
_RESULTS_HEAD = re.compile(RESULTS_HEAD)
_MARKED_DATED = re.compile(r"[◆■●▲★◇□▶►◎]\s*[^，,。；;：:%！？!?\d\n]{0,12}(?:19|20)\d\d年?[^，,。；;：:%！？!?\d\n]{0,16}\s*")
_ITEM_CLOSED = set("。；;！？!?%0123456789")  # the ends of a bullet's whole item ("●一般公共预算收入增长6%")
_UNIT_CLOSED = re.compile(r"\d[ \t]*[\u4e00-\u9fff]{1,3}[ \t]*$")  # or a figure with its unit ("●城镇新增就业5000人")
_TURNS_TO_YEAR = re.compile(r"[^\d%]*今年[^\d%]*$")  # a line that names this year and no figure


_AHEAD_TITLE = re.compile(r"今年|明年|新的一年|新一年|下一步|今后|未来|(?:19|20)\d\d")
_AHEAD_BETWEEN = re.compile(r"今年(?!以来)|明年|新的一年|(?:19|20)\d\d(?=年)")
# a title line of the plan's part, or its requirements' lead, naming no year ("经济社会发展的总体要求和主要预期目标",
# "总体要求是：", "计划草案", "今后一年的主要工作", "下一步工作打算"): the review has ended (not "（一）主要预期目标完成情况", a review's own title)
_PLAN_TURN = re.compile(r"^[^。，,；;：:\n]{0,30}(?:总体要求|指导思想|总体思路|工作安排|计划草案|计划（草案）|工作建议|工作打算|今后一年|下一步|新的?一年|明年)"
                        r"(?:[^。，,；;：:\n情况]{0,20}$|(?:是|为)?[：:])", re.M)


def _review_title(text: str, at: int, y: int | None) -> bool:
    """Whether the line at ``at`` is a title in a review ("（一）主要预期目标", "主要预期目标") that names
    no year ahead: not a lead ending with a colon ("今年主要预期目标是：")."""
    ls, le = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[ls:le if le >= 0 else len(text)].strip()
    if not line or len(line) > 30 or _ends_lead(line) or not _TITLE_LINE.fullmatch(line.lstrip("（(一二三四五六七八九十0123456789)）、.． ")):
        return False
    if any(not m.group(0)[:2].isdigit() or y is None or int(m.group(0)) >= y for m in _AHEAD_TITLE.finditer(line)):
        return False
    # (nor one after lines that turn to this year, the part of the plan unnumbered: "2024年政府工作的总体要求和主要目标",
    # "做好今年工作，要…"; the review's own lines, back to its heading, speak of the year gone only)
    back = text.rfind("\n一、", max(0, ls - 3000), ls)
    between = text[max(0, ls - 3000) if back < 0 else back + 1:ls]
    if _PLAN_TURN.search(between):
        return False
    late = _late(text)
    return not any((m.group(0) != "今年" or not late) and (not m.group(0)[:2].isdigit() or y is None or int(m.group(0)) >= y)
                   for m in _AHEAD_BETWEEN.finditer(between))


def _past_opening(text: str, ps: int, full_start: int, y: int | None) -> bool:
    """Whether the paragraph at ``ps`` opens on a year gone of its own, before the sentence at ``full_start``: on the year
    ("2023年，", "去年，") or in a first sentence dated to a past year ("报告回顾了2023年的工作。"). Such a paragraph is no
    item of a list above it: its opening dates its sentences."""
    if y is None:
        return False
    if (m := _ONE_YEAR_OPEN.match(text, ps)) is not None and int(m.group("y")) < y or _LAST_YEAR_OPEN.match(text, ps) is not None:
        return True
    fe = find_mark(text, ps, full_start, _FULL_STOPS)
    if fe < 0:
        return False
    cue = _lead(_unweighed(text, _cues(text, ps, fe, y), fe), text)
    return cue is not None and cue[1] == "actual" and cue[2] is not None and cue[2] < y


def _list_lead(text: str, ps: int, y: int | None) -> tuple[int, str, int | None] | None:
    """The cue of the lead line of the list whose item starts at ``ps``: the lines before are
    walked back over list items (a marker, or a short line) to a line ending with a colon (or, for
    bullets, any line; or a title line); its cues decide. None if there is no such lead."""
    key = ("lead", id(text), len(text), ps, y)
    if key in _CUE_CACHE:
        return _CUE_CACHE[key]
    found = None
    end = ps - 1
    # a run of bullets ("——经济实力…") is led by the paragraph before it, colon or not
    bullets = _BULLET.match(text, ps) is not None
    n = 0
    while n < 15:
        if end <= 0 or ps - end > 2000:
            break
        step = _lead_step(text, end, bullets)
        if step is None:
            break
        if step[0]:
            if _table_head_over_prose(text, text.rfind("\n", 0, end) + 1, end, ps):
                break
            # (a plan the lead only weighs, "…增长6%左右。这一目标，考虑了“十五五”时期年均增长6%左右的规划目标。", sets no
            # period for the items a page or a paragraph break set under it: as in the lead's own paragraph, decision 212)
            lead_end = end
            if "今年" in text[step[1]:end] and (k := text.find("：", step[1], end)) > 0 \
                    and _THIS_YEARS_LIST.match(text, step[1], k + 1) is not None:
                # ("今年主要预期目标是：…增长6%左右；…；到2030年，地区生产总值突破3600亿元。" over the tasks: lead and items
                # on one line, the lead is its words up to the colon, not a later year an item names)
                lead_end = k + 1
            found = _lead(_unweighed(text, _cues(text, step[1], lead_end, y), lead_end), text)
            if bullets and found is not None and found[1] == "span" and text[end - 1:end] not in "：:" \
                    and text.find("年均", found[0], end) >= 0 \
                    and (_ONE_YEAR_OPEN.match(text, (ls := text.rfind("\n", 0, end) + 1)) or _LAST_YEAR_OPEN.match(text, ls)):
                # "2023年，…增长7.8%。“十四五”前三年，…年均增长7.3%。" before "——…城镇新增就业6.1万人": a span stated
                # with its yearly average after the year the lead opened on is an aside, no lead: the section decides
                found = None
            break
        # (a blank line is no item: a list set one item a paragraph, "1.…；\n\n2.…；", walks its 15 items as one set
        # line by line does; the 2000 characters still bound it)
        n += step[1] < end - 1
        end = step[1]
    _CUE_CACHE[key] = found
    return found


def _table_head_over_prose(text: str, start: int, end: int, ps: int) -> bool:
    """Whether the lead line text[start:end] is a table's header row, its first cell a name column's head (cues.tsv
    table_name_head: "指标|单位|2023年完成|2024年目标", a title line to _TITLE_LINE once its cells are joined by bars), and
    the item at ``ps`` a line of prose (no cell bar, a clause's mark): the header's year dates its table's cells, which
    _table_facts reads, not the review's paragraph after the table's rows (decision 495)."""
    head = text[start:end]
    if "|" not in head:
        return False
    pe = text.find("\n", ps)
    line = text[ps:pe if pe >= 0 else len(text)]
    return "|" not in line and any(c in line for c in "。；，") \
        and _table_cues()["table_name_head"].fullmatch(head.split("|", 1)[0].strip(" \u3000*")) is not None


def _lead_step(text: str, end: int, bullets: bool) -> tuple[bool, int] | None:
    """What the walk of _list_lead does at the line ending at ``end``: None (the list ends there),
    (True, where the lead's cue words are read from) or (False, the end of the line before). The
    items of one list walk back over the same lines: kept per document."""
    key = ("lead step", id(text), len(text), end, bullets)
    if key in _CUE_CACHE:
        return _CUE_CACHE[key]
    step: tuple[bool, int] | None = None
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    if (line[:1] in _PART_HEAD_FIRST or line[:1].isspace()) and _PART_HEAD.match(line) \
            or line[:1] in "回盘" and NEWS_HEAD.fullmatch(line) or line[:1] in _SUB_HEAD_MARKS and _MARKED_DATED.fullmatch(line) \
            or line[:1] in "12" and line.endswith("成绩单") and _RESULTS_HEAD.fullmatch(line):
        pass  # the heading of a part: its section decides (or a news page's review sub-head on its line: "回顾去年",
        # "2023年成绩单",
        # "盘点2024", after the year's tasks, leads no list of theirs; nor a marked sub-head naming its year, "◆2022年为民办
        # 实事" as an app post's pictograph marks it, over the target list's last item, "▪完成…能耗双控目标任务")
    elif bullets and line.strip() and not _BULLET.match(line) and not _ends_lead(line) \
            and not (start > 1 and (text[start - 2] in _ITEM_CLOSED or _UNIT_CLOSED.search(text, max(0, start - 8), start - 1))
                     and len(line) <= 30 and _TITLE_LINE.fullmatch(line)) \
            and (_BULLET.match(text, _block_start(text, start)) or _bullet_goes_on(text, start)):
        # (a title under a bullet that closed its item, "●…增长8.1%\n2022年奋斗目标", leads the bullets
        # after it: no bullet's paragraph goes on into it)
        step = (False, start - 1)  # a bullet's own paragraph cut over lines (a PDF page): not its lead
    elif bullets and line[:1] in "比较与高低略同" and _ITEM_COMMENT.match(line) and _after_bullet(text, start):
        # (an item's comment a page set apart as a paragraph, "——地区生产总值增长6%左右。\n\n比上年预计数低0.1个百分点，与
        # …相衔接。", its name the item's: walked over as the item's own line, no lead of the items after it)
        step = (False, start - 1)
    elif _ends_lead(line) or bullets and line.strip() and not _BULLET.match(line) \
            or 4 <= len(line) and (len(line) <= 30 or len(line.strip()) <= 30) and _TITLE_LINE.fullmatch(line) \
            or line.endswith("目标。") and _GOALS_LEAD_STOP.fullmatch(line) is not None:
        step = (True, max(start, end - 120))
    elif "今年" in line and _TURNS_TO_YEAR.match(line):
        pass  # a line with no figure that turns to this year ("做好今年工作意义重大。", "（三）今年工作") ends the list
    elif "今年" in line and (k := line.find("：")) > 0 and _THIS_YEARS_LIST.match(line, 0, k + 1):
        # "今年全县…主要预期目标是：地区生产总值增长6%左右。" over the tasks' items: the lead of what follows,
        # lead and items on one line (the walk went on over it as an item, up to the review's title)
        step = (True, start)
    elif line.strip() and not (_ITEM_LINE.match(line) or len(line) <= 40 or _ONE_SENTENCE_ITEM.fullmatch(line)
                               and _TIME_WORD.search(line) is None):
        pass
    else:
        # (a list set one sentence a paragraph: an item of a few clauses, one full stop at its end, no time of its own,
        # "经济保持合理增长，地区生产总值年均增长5.5%左右，人均地区生产总值力争突破10万元。", is walked over as a short one)
        step = (False, start - 1)
    _CUE_CACHE[key] = step
    return step


# a lead to a plan's goal list that a full stop ends, its items one a paragraph under it ("“十五五”时期，我们将努力实现以下
# 目标。", "报告提出了今后五年的主要目标。"; not a review's "…圆满完成了“十四五”规划确定的主要目标。")
_GOALS_LEAD_STOP = re.compile(r"\s*(?![^。\n]*(?:完成|实现了|达到了|达成))[^。\n]{0,60}(?:(?:以下|下列|如下)[^。\n]{0,6}|"
                              r"(?:今后五年|未来五年|[“\"]?十[三四五六]五[”\"]?时期)[^。\n]{0,20}(?:主要|奋斗|发展)?)目标。\s*")
_ONE_SENTENCE_ITEM = re.compile(r"[^。！？!?\n]{41,120}。\s*")
_TIME_WORD = re.compile(r"(?:19|20)\d\d|今年|去年|上年|明年|[两三四五十]年|年来|以来|过去|季度|上半年|十[一二三四五六]五")


# a sentence that weighs the item before it, opening on its comparison, names no item of its own: "比上年预计数低0.1个百分点，
# …", "较上年提高0.5个百分点", "高于全国平均水平", "与“十四五”规划确定的…目标相衔接"
_ITEM_COMMENT = re.compile(r"(?:比|较)(?:上年|去年|上一年|全国|全省|全市|年初)|略?[高低]于|同(?:上年|去年)持平"
                           r"|与[^。\n，,]{0,40}相(?:衔接|适应|匹配|协调|一致)")


def _after_bullet(text: str, start: int) -> bool:
    """Whether the last line before the line at ``start`` that is not blank opens on a bullet."""
    k = start - 1
    while k > 0 and text[k - 1] in "\n \t\u3000":
        k -= 1
    return k > 0 and _BULLET.match(text, text.rfind("\n", 0, k) + 1) is not None


def _bullet_goes_on(text: str, start: int) -> bool:
    """Whether the line at ``start`` goes on a bullet's paragraph that a PDF's text layer broke after a stop,
    with no blank lines between paragraphs ("——优化区域经济布局。…雄安新区。\n推动西部大开发…"): the lines
    before it, up to a blank line, a lead or a part's heading, reach a bullet. Not past a line opening on an item mark
    that is no bullet ("▲城镇调查失业率5.1%": an item of a list of its own, no line of a bullet's paragraph), nor to a
    marked sub-head naming its year ("◆数说2025", a pictograph read as ◆: a heading over items, no paragraph a PDF cut;
    decision 395: a page printed with no blank lines, "关键词：2026年主要预期目标" under them leads the bullets after it)."""
    j = start
    for _ in range(6):
        if j <= 1 or text[j - 2] == "\n":
            return False  # the text's start or a blank line: a paragraph of its own
        ps = text.rfind("\n", 0, j - 1) + 1
        ln = text[ps:j - 1]
        if _BULLET.match(ln):
            return not (ln[:1] in _SUB_HEAD_MARKS and _MARKED_DATED.fullmatch(ln))
        if ln[:1] in _ITEM_MARKS:
            return False
        if _ends_lead(ln) or _PART_HEAD.match(ln):
            return False
        j = ps
    return False


def _opens_paragraph(text: str, at: int) -> bool:
    """Whether the cue ending at ``at`` opens its paragraph: ten characters or fewer from its line's start, no clause mark
    between ("过去五年，", "“十三五”期间，")."""
    ls = text.rfind("\n", max(0, at - 11), at) + 1
    return (ls > 0 or at <= 10) and find_mark(text, ls, at, _CLAUSE_MARKS) < 0


def _block_start(text: str, start: int) -> int:
    """The start of the run of non-blank lines that the line at ``start`` ends."""
    while start > 1 and text[start - 1] == "\n" and text[start - 2] != "\n":
        start = text.rfind("\n", 0, start - 1) + 1
    return start


def _sub_head_at(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a news page's sub-head alone between blank lines ("财政：一般公共预算收入增长2%"): a
    summary of the paragraph under it, which no figure before it dates."""
    # (a sub-head is short: no line is looked along further than 40 characters)
    ls = text.rfind("\n", max(0, pos - 41), pos) + 1
    le = text.find("\n", pos, pos + 41)
    return ls >= 2 and text[ls - 2] == "\n" and le >= 0 and text.startswith("\n\n", le) \
        and TOPIC_HEAD.match(text[ls:le]) is not None


def _since_heading(text: str, pos: int, reach: int) -> int:
    """Where the lines just before ``pos`` start: the last heading line within ``reach`` (the figures
    of a paragraph ask again: kept per document)."""
    key = ("heading", id(text), len(text), pos, reach)
    hit = _CUE_CACHE.get(key)
    if hit is None:
        back = max(0, pos - reach)
        if pos > 0 and text[pos - 1] == "\n" and (_EXPLAINER_HEAD.match(text, pos - 1) or _sub_head_at(text, pos)):
            # the paragraph opens with an explainer's heading ("数字4：9%", its line joined to the text after it), or is
            # a news page's sub-head ("财政：一般公共预算收入增长2%"): nothing before it leads into it
            hit = _CUE_CACHE[key] = pos
            return hit
        head = _last(_HEAD_LINE.finditer(text, back, pos))
        hit = _CUE_CACHE[key] = head.start() if head is not None else back
    return hit


@lru_cache(maxsize=1024)
def _names_year(path: str, y: int | None) -> bool:
    """Whether the deepest section of ``path`` names the report year ("2026年…", "今年…")."""
    own = path.rsplit(" > ", 1)[-1]
    return "今年" in own or y is not None and f"{y}年" in own


# a total's word before its name ("全县累计完成固定资产投资…"; not one after a count's own figure, "新增城镇就业1.2万人，
# 累计达到5.6万人": a count's total over years not named)
_TOTAL_BEFORE = re.compile(r"累计|合计")
# (a total's word right before its figure, "，累计达到5.6万人", "累计5.6万人": the count's own total after its figure)
_TOTAL_OWN_FIGURE = re.compile(r"(?:达到|达|为|突破|超过|逾|近)?[\d.]")


def _total_named(text: str, full_start: int, pos: int, vs: int) -> bool:
    """Whether a total's word stands before the name at ``pos`` in its sentence, or between the name and its figure at
    ``vs`` with a name of its own after it ("新增5600人，累计转移就业8.6万人"), not right before the figure
    ("新增城镇就业1.2万人，累计达到5.6万人": the count's total over years not named)."""
    if _TOTAL_BEFORE.search(text, full_start, pos) is not None:
        return True
    t = _TOTAL_BEFORE.search(text, pos, vs)
    return t is not None and _TOTAL_OWN_FIGURE.match(text, t.end()) is None
# the words that name years reviewed together ("三年来", "“十四五”以来", "五年间", "近两年"): a total after them in its
# paragraph may be theirs (not the time of the epidemic's control in the year reviewed: "疫情防控期间，全县累计投入资金
# 1.2亿元，城镇新增就业6532人" is 2020's, docs/decisions.md 117; "三年疫情期间" names its years)
_ANY_SPAN_WORD = re.compile(r"年来|以来|时期|(?<!疫情)(?<!防控)(?<!防疫)(?<!抗疫)期间|年间|[两二三四五六七八九十]年")
_ONE_YEAR_HEAD = re.compile(r"\d{4}年|一年|去年|今年(?!以来)")
_ONE_YEAR_END = re.compile(r"(?:一年来|过去一年|去年|上年|\d{4}年(?:底|末|全年|上半年)?)$")


# "过去五年，…年均增长6.8%，2021年达到312亿元；城镇化率提高8.5个百分点": a year between a comma and a
# level's verb dates that level, not the review of five years that goes on after it
_LEVEL_YEAR_BEFORE = re.compile(r"[，,](?:19|20)\d{2}年(?:底|末)?$")
_LEVEL_VERB_AFTER = re.compile(r"达到|达|突破|超过|迈上|跨上|增至|增加到")


def _dates_one_level(text: str, end: int) -> bool:
    """Whether the year cue ending at ``end`` dates only the level right after it."""
    return _LEVEL_VERB_AFTER.match(text, end) is not None and _LEVEL_YEAR_BEFORE.search(text, max(0, end - 8), end) is not None


# a paragraph opening on the year's results by its word ("全年实现地区生产总值…", "全年地区生产总值…"), not its number
# (or by its view of the year: "从全年看，主要经济指标稳中有进", "从全年情况来看，")
# (its first figure in any unit, a count or a foreign currency's amount: "全年引进内资项目86个，…", "全年实际利用外资3.06亿
# 美元，增长6.3%", decision 329)
_YEAR_RESULTS_LINE = re.compile(r"\n[ \t\u3000]*(?:全年(?!平均|累计|共)(?=[^，,。；;\n]{0,16}?(?:完成|实现|达到|增长|下降|\d))"
                                r"|从?全年(?:情况|形势)?来?看[，,])")


_FROM_LAST_YEAR = re.compile(r"[由从](?:去年|上年)的")


def _review_cue(text: str, ps: int, pos: int, y: int | None) -> tuple[int, str, int | None] | None:
    """The nearest span or actual cue before ``pos``: in its paragraph, or else in the lines since
    the last heading ("五年来，…" or "刚刚过去的2017年，…" and the paragraphs after it). The figures of a
    sentence ask again: kept per document."""
    key = ("review", id(text), len(text), ps, pos, y)
    if key in _CUE_CACHE:
        return _CUE_CACHE[key]

    def kept(cues, lo, hi):
        # (in a review, a change from last year's figure, "三次产业结构由上年的18.6:40.2:41.2调整为…", is the year
        # reviewed's, as 上年 is; role_cues.tsv leaves 由/从上年 out, for a target revised from last year's is not)
        return [c for c in _own_item_cues(text, cues, pos) if c[1] == "span" and not _years_of_a_name(text, ps, c[0], pos)
                or c[1] == "actual" and not _dates_one_level(text, c[0])] \
            + ([(m.end(), "actual", None) for m in _FROM_LAST_YEAR.finditer(text, lo, hi)]
               # (each match ends with 去年的 or 上年的: a window with neither, most, is not scanned by re)
               if text.find("去年的", lo, hi) >= 0 or text.find("上年的", lo, hi) >= 0 else [])
    cue = _nearest(kept(_cues(text, ps, pos, y), ps, pos))
    if cue is None:
        hs = _since_heading(text, ps, 1500)
        # (a span named inside a clause of a paragraph before, bound to that clause's own figure or to the plan's target
        # met, frames no paragraph after it: "…单位地区生产总值能耗五年累计下降13.5%，完成国家下达的“十四五”目标任务。")
        cue = _nearest([c for c in kept(_cues(text, hs, ps, y), hs, ps) if c[1] != "span" or not _bound_span(text, c[0])])
        if cue is not None and cue[1] == "span" and (ln := text.find("\n", cue[0], ps)) >= 0:
            # a line after the span's cue opening on one year ("过去五年，…。\n2022年是极不平凡的一年。\n受疫情冲击，…",
            # covid16): the nearest cue is that year, named right before its position (as "2017年，" is)
            while 0 <= ln < ps - 1:
                if (om := _ONE_YEAR_NAMED.match(text, ln + 1)) is not None:
                    cue = (om.end("y") + 1, "actual", int(om.group("y")))
                ln = text.find("\n", ln + 1, ps)
        if cue is not None and cue[1] == "span" and ((ym := _YEAR_RESULTS_LINE.search(text, cue[0], ps)) is not None
                                                     or text[ps - 1:ps] == "\n" and text[ps:ps + 1] == "从"
                                                     and (ym := _YEAR_RESULTS_LINE.match(text, ps - 1)) is not None):
            # (the figure's own paragraph opening on its view of the year: "从全年看，…城镇居民人均可支配收入实际增长4.4%")
            # ("“十四五”以来，…四年年均增长6.3%。\n全年实现地区生产总值302.6亿元，…\n从主要指标看，…固定资产投资增长
            # 4.6%": a paragraph opening on the year's results after the span's paragraph ends the span's frame)
            cue = (ym.end(), "actual", None)
        if cue is not None and cue[1] == "span" and (hs := _since_heading(text, ps, 1500)) < cue[0] \
                and text.find("\n", cue[0], ps) >= 0 and _one_year_heading(text, hs):
            # ("一、2019年工作回顾\n…\n二〇一五年至二〇一九年，…年均增长6.1%。\n全市进出口总额…增长12.3%": a span's
            # paragraph inside a part on one year ends at its line; the paragraphs after it are the year's again)
            cue = (ps, "actual", None)
        if cue is not None and cue[1] == "span" and (_SUB_ITEM_AT.match(text, ps) is not None
                                                     or _sibling_item_between(text, _since_heading(text, ps, 1500), cue[0], ps)) \
                and _SUB_ITEM_LINE.search(text, _since_heading(text, ps, 1500), text.rfind("\n", 0, cue[0]) + 1) is not None:
            # ("（一）主要指标完成情况。…\n从“十四五”主要指标看，…年均增长6.7%。\n（二）产业转型升级加快。…增长9.6%": a
            # paragraph on the plan's years between the items of a year's review; the next item is the year's again)
            cue = (ps, "actual", None)
    _CUE_CACHE[key] = cue
    return cue


# the words of a span's cue that a clause can hold inside it, ending at the cue's end ("能耗五年累计", "下达的“十四五”")
_SPAN_IN_CLAUSE = re.compile(r"(?:[“\"]?十[一二三四五]五[”\"]?(?:规划|时期|期间)?|五年累计|五年共|五年间|五年里)$")
# what binds it to its clause right after it: the figure it is said of, or the plan's target met
_SPAN_BOUND_AFTER = re.compile(r"[”\"]?(?:规划)?(?:主要)?(?:目标|任务)|(?:下降|增长|提高|降低|减少|新增|增加|完成|实现|达到)?[\d.]")


def _bound_span(text: str, at: int) -> bool:
    """Whether the span's cue ending at ``at`` stands inside its clause, after the name or the verb it is said with,
    bound to that clause's own figure or to the plan's target ("单位地区生产总值能耗五年累计下降13.5%", "完成国家下达的
    “十四五”目标任务"): the span of that figure, no frame of the paragraphs after it (decision 241)."""
    if _SPAN_BOUND_AFTER.match(text, at) is None or (m := _SPAN_IN_CLAUSE.search(text, max(0, at - 10), at)) is None:
        return False
    before = text[m.start() - 1:m.start()]
    return bool(before) and before not in "，,。；;：:、！？!?\n \t\u3000（(【[" and not before.isdigit()


def _years_of_a_name(text: str, ps: int, at: int, pos: int) -> bool:
    """Whether the span's cue ending at ``at`` is the years in a bracket after a thing's name, in a sentence before
    ``pos`` ("2023年是…三年行动（2021—2023年）的收官之年。全市地区生产总值…增长5.5%"): the thing's years, no frame
    of the paragraph's later sentences (its averages still read the years named: _span_start)."""
    return text[at:at + 1] in "）)" and find_mark(text, at, pos, _FULL_STOPS) >= 0 \
        and _RANGE_BRACKET.search(text, max(ps, at - 16), at + 1) is not None


def _one_year_heading(text: str, hs: int) -> bool:
    """Whether the heading line at hs names one year reviewed and no span ("一、2019年工作回顾", "一、过去一年工作回顾";
    not "一、2020年和“十三五”时期工作回顾", "一、过去五年工作回顾", "2015年至2019年…")."""
    if text[hs:hs + 1] != "\n":
        return False  # (no heading line within reach)
    he = text.find("\n", hs + 1, hs + 60)
    line = text[hs + 1:he if he >= 0 else hs + 60]
    return len(_YEAR_NAMED_AT.findall(line)) <= 1 and _ONE_YEAR_HEAD.search(line) is not None and _ANY_SPAN_WORD.search(line) is None \
        and "五" not in line


_YEAR_NAMED_AT = re.compile(r"(?:19|20)\d\d年")


# a numbered sub-item ("（二）产业转型升级加快。") opening a paragraph, and such a line before a position
# (or "2.产业转型升级加快。")
_SUB_ITEM_AT = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))")
_SUB_ITEM_LINE = re.compile(r"\n[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))")


def _sibling_item_between(text: str, lo: int, cue: int, ps: int) -> bool:
    """Whether a numbered item of the same kind as the last one opened before the span's cue at ``cue`` (since ``lo``)
    opens a line between the cue and the paragraph at ``ps``: "（四）“十三五”规划纲要实施进展情况\n…年均增长8.9%…\n
    （五）存在的主要问题\n…进出口总额增长5.2%" (the plan's part is over; its own "1．" items below "五年来，" are not)."""
    own = _last(_SUB_ITEM_LINE.finditer(text, lo, text.rfind("\n", 0, cue) + 1))
    if own is None:
        return False
    paren = own.group(0).lstrip()[:1] in "（("
    return any((m.group(0).lstrip()[:1] in "（(") == paren for m in _SUB_ITEM_LINE.finditer(text, cue, ps))


def _one_year_nearer(text: str, ps: int, pos: int, y: int | None) -> bool:
    """Whether the nearest cue before ``pos`` names one year ("刚刚过去的2017年，…城镇新增就业1351万人"
    in a five-year review): a count after it is that year's."""
    cue = _review_cue(text, ps, pos, y)
    return cue is not None and cue[1] == "actual" and _ONE_YEAR_END.search(text, max(0, cue[0] - 8), cue[0]) is not None


def _span_context(text: str, ps: int, sentence_start: int, y: int | None, path: str = "") -> bool:
    """Whether the nearest cue before a sentence opens a five-year review; not a span stated with its
    yearly average inside a paragraph that opened on one year ("2018年，…增长8.6%，“十三五”以来年均增长
    8.9%。一般公共预算收入…增长13.5%": the figures after the aside are still the year's), nor one in a paragraph
    before the sub-section of a year's part the sentence stands in (_span_before_sub). A function of its arguments
    (and of the document, as the cues it reads): _role_period asks it up to five times a figure, and each figure of the
    sentence asks again with the same arguments, so the answer is kept per document as the cues are (spd48a)."""
    key = ("span context", id(text), len(text), ps, sentence_start, y, path)
    hit = _CUE_CACHE.get(key)
    if hit is None:
        hit = _CUE_CACHE[key] = _span_context_of(text, ps, sentence_start, y, path)
    return hit


def _span_context_of(text: str, ps: int, sentence_start: int, y: int | None, path: str) -> bool:
    """_span_context, computed."""
    cue = _review_cue(text, ps, sentence_start, y)
    if cue is None or cue[1] != "span":
        return False
    if cue[0] < ps and " > " in path and _span_before_sub(text, cue[0], sentence_start, path):
        return False
    # (the line the span stands on opened on the year: its paragraph, or its sentence's own line)
    # ("去年，…增长5.6%，“十四五”时期年均增长5.8%。一般公共预算收入…增长3.5%", "一年来，…")
    ls = text.rfind("\n", 0, cue[0]) + 1
    if text[cue[0]] in _ASIDE_AVERAGE_FIRST and _ASIDE_AVERAGE.match(text, cue[0]) is not None \
            and (text[cue[0]] != "年" and text[cue[0]] != "平" or _YEARS_BEFORE_AVERAGE.search(text, max(0, cue[0] - 12), cue[0])) \
            and _A_FIGURE.search(text, cs := _after_mark(_FULL_STOPS, text, ls, cue[0]), cue[0]) is not None \
            and not any(c[1] == "span" for c in _cues(text, ls, cs, y)):
        # an epidemic years' average after the year's figure of its own sentence ("增长3.1%；2020—2022年三年平均增长4.9%。
        # 规模以上工业增加值下降2.3%", "增长11.6%，两年平均增长7.5%。…"): an aside to that figure, not a span the
        # sentences after it are about (a line opening on the span, "三年来，…", still is)
        return False
    if _plan_aside(text, ls, cue[0], y) or cue[0] < ps and _closing_span(text, ls, cue[0], y, path):
        return False
    # (nor a plan report's numbered item with the plan's average in it, "（一）地区生产总值。…增长4.1%。“十三五”时期年均增长
    # 8.2%。", over the next item's line, "（二）社会消费品零售总额。下降2.9%": each item is of the year reviewed)
    return not ((_ONE_YEAR_OPEN.match(text, ls) or _LAST_YEAR_OPEN.match(text, ls)
                 or _NUMBERED_ITEM.match(text, ls) and _NUMBERED_ITEM.match(text, nl := text.rfind("\n", 0, sentence_start) + 1)
                 and nl > cue[0] and _A_FIGURE.search(text, ls, _after_mark(_FULL_STOPS, text, ls, cue[0])) is not None)
                and text.find("年均", cue[0], sentence_start) >= 0)


_CLAUSE_STOPS = marks("。；;！？\n")
_SPAN_OPENS_SENTENCE = re.compile(r"[ \t\u3000]*(?:五年来|过去五年|近五年|“?[一二三四五六七八九十]{2,3}五”?(?:时期|期间|以来))[，,]")


def _closing_span(text: str, ls: int, at: int, y: int | None, path: str) -> bool:
    """Whether the span's cue ending at ``at``, in an earlier paragraph (line from ``ls``) of a part that names the year
    reviewed, closes a paragraph that stated the year's figures first: "绿色发展扎实推进。…优良天数比例达到96.7%，…；单位
    地区生产总值能耗五年累计下降16.2%，完成自治区下达的“十三五”目标任务。" over "民生保障持续加强。…城镇新增就业2.35万人"
    (a mixed review's theme paragraphs): the span is that clause's own, the paragraphs after it are the year's. Not a
    paragraph opening on the span ("五年来，…", "“十三五”时期，…"), nor in a part of five years alone ("一、过去五年工作回顾")."""
    if _YEAR.search(path.split(" > ", 1)[0]) is None \
            or _SPAN_OPENS_SENTENCE.match(text, _after_mark(_FULL_STOPS, text, ls, at)) is not None:
        return False  # (a sentence opening on the span, "…增长3.9%。五年来，…年均增长6.1%。", opens a review of the span)
    cs = _after_mark(_CLAUSE_STOPS, text, ls, at)
    f = _A_FIGURE.search(text, ls, cs) if cs > ls else None
    # (nor a paragraph whose first figure a span frames already, "过去五年，…。" over "——综合实力跃上新台阶。…年均增长5.7%；
    # …一般公共预算收入五年累计超过4.3万亿元。": its figures are the span's, and so are the paragraphs after it)
    return f is not None and not any(c[1] == "span" for c in _cues(text, ls, f.start(), y)) \
        and ((c := _review_cue(text, ls, f.start(), y)) is None or c[1] != "span")


_NUMBERED_ITEM = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])")
# the plan period's or five years' average or total right after the year's own figure, as an aside to it: "增长5.5%，
# “十四五”时期年均增长5.8%", "城镇新增就业8.2万人，五年累计新增40.6万人" (the cue ends before 年均 or after 累计)
_PLAN_ASIDE = re.compile(r"\d(?:%|％|[万亿]?(?:元|人|户|家))[，,](?:“[一二三四五六七八九十]{2,3}五”(?:时期|期间|以来)?|五年)(?:累计|年均|平均)?$")
_PLAN_ASIDE_TAIL = ("年均", "平均", "累计")


def _plan_aside(text: str, ls: int, at: int, y: int | None) -> bool:
    """Whether the span's cue ending at ``at`` is a plan period's average or total right after the year's own figure
    in a sentence (and a line up to it) with no span cue before: "经济实力稳步提升。全区地区生产总值达到5580亿元，增长
    5.5%，“十四五”时期年均增长5.8%。规模以上工业增加值增长8.6%" (a review mixing the plan's years into the year's, its
    paragraphs opening on a theme): the sentences after it, and the paragraphs after its paragraph, are the year's.
    Not "五年来，…增长45%，年均增长7.7%" (the line opens on the span) nor "…五年累计下降13.5%，完成国家下达的“十四五”
    目标任务" (the figure before the cue is the span's own)."""
    m = _aside_at(text, ls, at)
    # (the asides before it on its line are no span either: "增长3.2%，五年年均增长5.1%。…8.2万人，五年累计新增40.6万人")
    return m is not None and all(c[1] != "span" or c[0] > m.start() + 3 or _aside_at(text, ls, c[0]) is not None
                                 for c in _cues(text, ls, m.start() + 3, y))


def _aside_at(text: str, ls: int, at: int) -> re.Match | None:
    """The figure and the plan's words of a plan aside whose span cue ends at ``at`` (_plan_aside), else None."""
    m = _PLAN_ASIDE.search(text, max(ls, at - 24), at)
    if m is None or not (text.endswith(_PLAN_ASIDE_TAIL, m.start(), at) or text.startswith(_PLAN_ASIDE_TAIL, at)):
        return None
    # (nor the plan's total beside the plan's own average, the figure before it one of the span's: "一般公共预算收入年均增长
    # 6.3%，“十四五”期间累计完成410亿元", "固定资产投资年均增长5.1%，五年累计完成投资5200亿元" under "五年来，…": cues.tsv
    # span_figure_words)
    cs = _after_mark(_CLAUSE_MARKS, text, ls, m.start())
    if any(w in text[cs:m.start()] for w in _span_figure_words()):
        return None
    return m


@once
def _part_name_lead() -> re.Pattern:
    """The words that lead to a part of the region named right after them (cues.tsv part_name_leads: 其中, 包括)."""
    return re.compile("|".join(map(re.escape, sorted(vocab.cues().get("part_name_leads", ()), key=len, reverse=True))))


@once
def _inner_towns() -> frozenset:
    """The central town named as a city (cues.tsv inner_town_words: 中心城市), a part of a city's or county's region."""
    return frozenset(vocab.cues().get("inner_town_words", ()))


@once
def _span_figure_words() -> tuple[str, ...]:
    """The words that make a figure a span's own, its average or total (cues.tsv span_figure_words: 年均, 累计…)."""
    return vocab.cues().get("span_figure_words", ())
# (a span's cue of an average of a few years, at the cue's end: "两年平均", "三年年均", or "年均"/"平均" after the years named,
# "2020—2022年年均")
_ASIDE_AVERAGE = re.compile(r"[两二三四]年(?:平均|年均)|年均|平均")
_ASIDE_AVERAGE_FIRST = frozenset("两二三四年平")
_YEARS_BEFORE_AVERAGE = re.compile(r"(?:19|20)\d\d年?[—–\-~～至](?:19|20)?\d\d年$")


def _span_before_sub(text: str, at: int, sentence_start: int, path: str) -> bool:
    """Whether a span's cue ending at ``at`` stands before the heading of the sentence's sub-section, in a part titled
    for the year reviewed with no five years or plan named ("一、2022年及过去三年工作回顾\n…过去三年，…年均增长5.3%…
    \n（四）…PM2.5年均浓度38微克/立方米，下降5%", "一、2018年工作回顾\n“十三五”以来，…\n（五）…"): the span's paragraph
    is an aside of the part's opening, each sub-section after it the year's (its levels were, its changes and shares
    had become the span's). A part naming five years or a plan keeps its own reading (_in_five_years_part, _ended_plan_part)."""
    part = path.split(" > ", 1)[0]
    if "五" in part or _YEAR.search(part) is None:
        return False
    sub = path.rsplit(" > ", 1)[1]
    return text.rfind(sub[:12], at, sentence_start) >= 0


def _cut_paragraph_start(text: str, ps: int) -> int:
    """Where the paragraph a line at ``ps`` goes on opens, when a page cut it after a semicolon ("2020年，全市地区生产总值
    增长2.5%；规模以上工业增加值增长2.0%；\n社会消费品零售总额下降4.1%；…": one sentence, dated by its first words): the
    start of the first line of the run of lines each ending with ；, up to four lines back; ``ps`` where the line before
    ends otherwise, or where a line of the run opens with a list's mark (each item of a list is a line of its own)."""
    start = ps
    for _ in range(4):
        if start < 2 or text[start - 1] != "\n" or text[start - 2] not in "；;" or _BULLET.match(text, start):
            break
        prev = text.rfind("\n", 0, start - 1) + 1
        if _BULLET.match(text, prev):
            break
        start = prev
    return start


# a list's lead line naming the one year its items report, words and a colon after the year ("2020年主要经济指标完成情况：",
# "2020年，全市经济指标如下："; not a run of years, "2016年以来…：", "2016—2020年…：")
_LEAD_ONE_YEAR = re.compile(r"[ \t\u3000]*(?P<y>(?:19|20)\d{2})年(?![—\-－~至到]|以来|来)[^\n\d]{0,30}[：:][ \t\u3000]*$")


def _lead_one_year(text: str, at: int) -> int:
    """The year (0 if none) that the lead line holding ``at`` (a list's lead, _list_lead) names alone before its colon."""
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    m = _LEAD_ONE_YEAR.match(text[ls:le if le >= 0 else len(text)])
    return int(m.group("y")) if m is not None else 0


def _year_opened_before(text: str, ps: int, sentence_start: int, y: int | None) -> int:
    """The year (0 if none) when the nearest cue before a sentence is a year opening a sentence of its paragraph
    ("2020年，全县地区生产总值…。其中，第一产业增加值…增长5.8%" in the review of a plan ended): the sentences after
    it are that year's — "2018年，…" too, not the plan's last (not after "五年来，…。2020年地区生产总值达到…", a
    year dating one level)."""
    cue = _review_cue(text, ps, sentence_start, y)
    if cue is None or cue[1] != "actual":
        return 0
    om = _ONE_YEAR_NAMED.match(text, _after_mark(_FULL_STOPS, text, ps, cue[0]))
    # ("2015年，预计全市生产总值…。一般公共预算收入…": the estimate's word, the cue found, right after the year's opening)
    return int(om.group("y")) if om is not None and (om.end() > cue[0] or _ESTIMATE_WORD.fullmatch(text, om.end(), cue[0])) else 0


_ESTIMATE_WORD = re.compile(r"\s*(?:据|经)?(?:预计|初步核算|初步统计|初步测算)")


_FIVE_PART = re.compile(r"[^>]*(?:过去|近)(?:一年和|一年及)?五年")  # a part's title on the five years reviewed
# a paragraph's opening on the five years or on the one year reviewed ("五年来，", "过去五年极不寻常", "2022年是…",
# "一年来，", "刚刚过去的一年")
# a change on the year before ("同比提高2个百分点", "比上年提高1.1个百分点"): one year's, whatever the part's years
_ON_LAST_YEAR = re.compile(r"同比|(?:比|较|与)(?:上年|去年|上一年)")
# (matched at each line or sentence start, found by find_mark: a pattern opening with ^ or a look-behind is tried
# at every character of the part, half a million instructions a report)
_PART_OPENER_AT = re.compile(r"[ \t\u3000]*(?:(?P<five>(?:回顾)?过去(?:的)?五年|五年来|近五年|这五年|回顾五年"
                          r"|[“\"]?十[三四五]五[”\"]?(?:时期|期间|以来))"
                          r"|(?:回顾)?(?:刚刚)?过去(?:的)?一年|一年来|(?:19|20)\d\d年(?:是|，|,|以来|全年|我们))")
_OPENER_MARKS = marks("。\n")


def _part_openers(text: str, lo: int, hi: int) -> list:
    """The matches of ``_PART_OPENER_AT`` at the line and sentence starts in text[lo:hi] (at lo only if one
    starts there), in order: what ``(?:^|(?<=[。\n]))`` before it, searched from lo to hi, finds."""
    out = []
    p = lo if lo == 0 or text[lo - 1] in "。\n" else -1
    if p < 0:
        q = find_mark(text, lo, hi, _OPENER_MARKS)
        p = q + 1 if q >= 0 else hi
    while p < hi:
        m = _PART_OPENER_AT.match(text, p, hi)
        if m is not None:
            out.append(m)
        q = find_mark(text, p, hi, _OPENER_MARKS)
        if q < 0:
            break
        p = q + 1
    return out


def _more_part_openers(text: str, p: int, end: int, found: list) -> int:
    """``_part_openers(text, lo, len(text))`` read on from the line or sentence start ``p`` (where the reading
    stopped) to the first start at or past ``end``: (start, not five years) of each match added to ``found``;
    the start to read on from next (len(text) when none is left)."""
    n = len(text)
    while p < end and p < n:
        m = _PART_OPENER_AT.match(text, p, n)
        if m is not None:
            found.append((m.start(), m.group("five") is None))
        q = find_mark(text, p, n, _OPENER_MARKS)
        p = q + 1 if q >= 0 else n
    return p


def _ended_plan_part(path: str, y: int | None) -> bool:
    """Whether the part (the path's first title) names a plan period that has ended ("一、2025年和“十四五”时期工作
    回顾" in a 2026 report): its sub-sections after a paragraph opening on the plan's years are those years'."""
    part = path.split(" > ", 1)[0]
    return y is not None and "五" in part and any(a + 4 < y for a in _plans_named(part))


def _in_five_years_part(text: str, ps: int, sentence_start: int, path: str, y: int | None) -> bool:
    """Whether a sentence stands in a part on the five years reviewed ("一、过去五年工作回顾", or its sub-section
    "一、过去一年和五年工作回顾 > （八）加强生态环境保护…" naming no one year) with no cue of a year's result
    standing before it in the part (the sub-section from its heading)."""
    # (a part titled with the ended plan and its last year, "一、2025年和“十四五”时期工作回顾", is the five years' only
    # after a paragraph opening on them: with no opener its figures are the year's, as the title names it first)
    ended = not _FIVE_PART.match(path)
    if ended and not _ended_plan_part(path, y):
        return False
    if " > " not in path:  # (in the part itself: no cue of a year's result in the paragraph or the lines before)
        return not ended and _review_cue(text, ps, sentence_start, y) is None
    sub = path.rsplit(" > ", 1)[1]
    if _YEAR.search(sub) or "一年" in sub or "去年" in sub:
        return False
    # (the heading on its own line, or opening the sentence's paragraph: "（四）生态环境持续改善。全省PM2.5…")
    hs = text.rfind(sub[:12], max(0, ps - 20000), max(ps + 1, sentence_start))
    if hs < 0 or any(c[1] == "actual" and not _dates_one_level(text, c[0]) for c in _cues(text, hs, sentence_start, y)):
        return False
    # (the sub-sections of a part that opens on the one year, "一、2022年和过去五年工作回顾\n2022年是…。一年来，…\n（一）…",
    # are the year's: the last paragraph opening before the sub-section, from the part's heading, says five years
    # or says nothing — "过去一年，…。过去五年极不寻常。五年来，我们…主要做了以下工作。\n（一）…")
    part = path.split(" > ", 1)[0]
    pst = text.rfind(part[:12], max(0, hs - 20000), hs)
    found = _part_openers(text, pst + len(part) if pst >= 0 else max(0, hs - 20000), hs)
    last = found[-1] if found else None
    return last.group("five") is not None if last is not None else not ended


def _five_years_path(text: str, ps: int, sentence_start: int, path: str, y: int | None) -> bool:
    """Whether the five years a section's path names are a sentence's: always for a part on them alone
    ("一、过去五年工作回顾"); in a part titled with the one year first ("一、2021年及过去五年工作回顾"), only where
    _in_five_years_part finds the sentence on them (its sub-section "（四）坚持民生为本。城镇新增就业7860人" under a
    paragraph opening on the year is the year's)."""
    part = path.split(" > ", 1)[0]
    yp = _YEAR.search(part)
    fm = _FIVE_YEARS.search(part) if yp is not None else None
    # (and in one titled with the five years first, "一、过去五年和2022年工作回顾": "2022年是…的一年。" a paragraph of its
    # own opens the year's review, the paragraphs after it the year's, as its paragraph's own sentences are)
    if (yp is None or fm is not None and fm.start() < yp.start()) and _FIVE_PART.match(part) \
            and _year_opened_in_part(text, sentence_start, path):
        return False
    if yp is None or fm is None or fm.start() < yp.start():
        return True
    return _in_five_years_part(text, ps, sentence_start, path, y)


def _year_opened_in_part(text: str, sentence_start: int, path: str) -> bool:
    """Whether, in a part titled for the five years alone ("一、过去五年工作回顾"), the last opening before a
    sentence (from the part's heading; for a sub-section, up to its heading) is on one year: "2022年是…的一年。"
    and the paragraphs after it, or "一年来，我们主要做了以下工作：" and the sub-sections under it, are that year's
    (covid16: "2022年是…极不平凡的一年。\n受疫情冲击，…城镇新增就业21.5万人"), until "五年来，" opens again."""
    part = path.split(" > ", 1)[0]
    end = sentence_start
    if " > " in path:
        sub = path.rsplit(" > ", 1)[1]
        hs = text.rfind(sub[:12], max(0, sentence_start - 20000), sentence_start + 1)
        if hs < 0:
            return False
        end = hs
    pst = text.rfind(part[:12], max(0, end - 20000), end)
    if pst < 0:
        return False
    # (the part's openings found once, from its heading on: each figure asks only which is the last before it; read
    # only as far as a figure has asked, not on to the text's end: [openings, the next line or sentence start to try])
    key = ("openers", id(text), len(text), pst)
    held = _CUE_CACHE.get(key)
    if held is None:
        lo = pst + len(part)
        q = find_mark(text, lo, len(text), _OPENER_MARKS) if lo > 0 and text[lo - 1] not in "。\n" else lo - 1
        held = _CUE_CACHE[key] = [[], q + 1 if q >= 0 or lo == 0 else len(text)]
    found = held[0]
    if held[1] < end:
        held[1] = _more_part_openers(text, held[1], end, found)
    k = bisect_right(found, (end, False)) - 1
    while k >= 0 and found[k][0] >= end:
        k -= 1
    return k >= 0 and found[k][1]


def _year_word_opened_in_part(text: str, sentence_start: int, path: str) -> bool:
    """Whether the last opening of the part (a title with no sub-section) before a sentence is one on the year reviewed
    by its word ("一年来，", "过去一年，": _PART_OPENER_AT's and _LAST_YEAR_OPEN's), not on the five years nor on the
    year's number."""
    part = path.split(" > ", 1)[0]
    pst = text.rfind(part[:12], max(0, sentence_start - 20000), sentence_start)
    if pst < 0:
        return False
    # (the year's words by cues.tsv year_word_openings, 去年 and 过去的一年里 too, which _PART_OPENER_AT does not hold or
    # _LAST_YEAR_OPEN does not take; and, in a report delivered in the year it reviews, late_year_word_openings:
    # "今年以来，…" in a report of December 2020 on the “十三五”, decision 332)
    words, late_words = _year_word_openings()
    late = _late(text)
    lo = pst + len(part)
    p = lo if text[lo - 1] in "。\n" else -1
    if p < 0:
        q = find_mark(text, lo, sentence_start, _OPENER_MARKS)
        p = q + 1 if q >= 0 else sentence_start
    year_word = False
    while p < sentence_start:
        m = _PART_OPENER_AT.match(text, p, sentence_start)
        if m is not None:
            year_word = m.group("five") is None and (words.match(text, p, sentence_start) is not None
                                                     or late and late_words.match(text, p, sentence_start) is not None)
        elif words.match(text, p, sentence_start) is not None or late and late_words.match(text, p, sentence_start) is not None:
            year_word = True
        q = find_mark(text, p, sentence_start, _OPENER_MARKS)
        if q < 0:
            break
        p = q + 1
    return year_word


@once
def _year_word_openings() -> tuple[re.Pattern, re.Pattern]:
    """The openings on the year reviewed by its word (cues.tsv year_word_openings: "去年，", "一年来，", "过去的一年里，"), and
    those of a report delivered in the year it reviews (late_year_word_openings: "今年以来，"), each before a comma."""
    cues = vocab.cues()

    def opening(key: str) -> re.Pattern:
        words = sorted(cues.get(key, ()), key=lambda w: (-len(w), w))
        return re.compile(r"[ \t\u3000\xa0]*(?:" + "|".join(map(re.escape, words)) + r")[，,]")
    return opening("year_word_openings"), opening("late_year_word_openings")


_ONE_YEAR_OPEN = re.compile(r"[ \t\u3000\xa0]*(?:刚刚过去的)?(?P<y>(?:19|20)\d{2})年(?:全年)?[，,]")
# (or a sentence that only names it: "2016年是本届政府任期的最后一年。全县实现…", "2021年是“十四五”开局之年，…";
# not for an aside on the span after it, "2015年是“十二五”收官之年。过去五年，…年均增长7.8%": a new opening)
_ONE_YEAR_NAMED = re.compile(r"[ \t\u3000\xa0]*(?:刚刚过去的)?(?P<y>(?:19|20)\d{2})年(?:全年)?"
                             r"(?:[，,]|是[^，,。；;\d]{0,30}?(?:之|的一?|一)年[。，,])")
# a line opening on the year reviewed by its word, not its number ("去年，", "一年来，", "过去一年，"; "这一年，" after a
# paragraph on it in a five-year review)
_LAST_YEAR_OPEN = re.compile(r"[ \t\u3000\xa0]*(?:去年|一年来|这一年来?|(?:刚刚)?过去的?一年)[，,]")


# (not "前四年", the first years of a plan: "…，前四年年均增长7.8%。城镇居民人均可支配收入年均增长6.4%" keeps the
# second average the plan's five years, _first_years_before dates the first)
# ("经过三年努力，“十三五”规划确定的主要指标进展顺利，地区生产总值年均增长7.9%" in 2019's review: the three years the
# effort took, as 三年来; in a plan's part _N_YEARS_AHEAD reads the same words as the years ahead)
_N_YEARS = re.compile(r"(?<![第十前])([两二三四五六七八九十])年(?:来|间|以来|累计|平均|(?<=[两二三四]年)(?:分别)?年均|(?<=[近去][两二三四五六七八九十]年)"
                      r"|(?<=经过[两二三四五六七八九十]年)的?(?:艰苦|不懈)?(?:努力|奋斗|拼搏))")
_N_YEARS_SKIP = Skipping(_N_YEARS)  # (it opens with a lookbehind: tried only where a numeral and 年 stand)
# "两年平均增长5.2%": a yearly average over the years named (the base year's dip left out)
_N_YEARS_AVERAGE = re.compile(r"(?<![第十])[两二三四]年平均")
# ("今明两年…年均增长8%": this year and the next; "今后三年": this year and the two after it)
_N_YEARS_AHEAD = re.compile(r"(?:用|经过|再用|通过)([两二三四十])年(?:左右)?(?:的?时间|的?努力)|(?<![第十])([两二三四])年内|(?<![一二三四五六七八九十两百\d])(十)年内|今明(两)年"
                            r"|(?:今后|未来)这?([两二三四十])年" + _NAMED_PROGRAMME)
@once
def _covid_span() -> re.Pattern:
    """The years of the epidemic opening the sentence of a review's figure ("疫情三年，", "三年疫情期间，"; the
    words in cues.tsv, covid_span): not "经受住三年疫情冲击，…年均增长6%", said of the five years reviewed."""
    return re.compile(r"[ \t\u3000]*在?(?:" + "|".join(map(re.escape, vocab.cues()["covid_span"])) + r")(?:期间|以来|来|里|中|间|冲击下|下)?[，,]")


_COVID_YEARS = (2020, 2022)
_CN_N = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# a programme of N years named as the time of a goal ("三年行动期间规模以上工业增加值年均增长6%左右")
_PROGRAMME_SPAN_IN = re.compile(r"([两二三四五])年(?:专项)?(?:攻坚)?(?:行动|攻坚)(?:计划|方案)?(?:实施)?(?:期间|内)")
# (one the sentence sets going, a programme of its own: "实施新一轮工业振兴三年行动，三年行动期间…")
_PROGRAMME_SET_GOING = re.compile(r"(?:实施|启动|开展|出台|制定|谋划|新一轮|新)[^，,。；;：:！？!?\n]{0,12}?"
                                  r"([两二三四五])年(?:专项)?(?:攻坚)?(?:行动|攻坚)(?!(?:计划|方案)?(?:实施)?(?:期间|内))")
# (the years the report gives it where it names it: "全面振兴新突破三年行动（2023—2025年）")
_PROGRAMME_YEARS = re.compile(r"([两二三四五])年(?:专项)?(?:攻坚)?(?:行动|攻坚)(?:计划|方案)?[》〉”\"]?"
                              r"[（(]((?:19|20)\d\d)年?[—–\-－~～至到]+((?:19|20)\d\d)年?[）)]")


_PROGRAMME_REACH = 30000


def _programme_span(text: str, ss: int, pos: int, y: int | None = None) -> tuple[int, int] | None:
    """The years of a programme of N years its sentence names as the time of a goal at ``pos`` ("三年行动期间…年均增长6%
    左右"): the years the report gave it where it named it with them, else the N years ending at a year the sentence
    names before it ("三年行动确定了到2025年的目标：…"), else None (no time frame to guess). A programme the sentence
    sets going itself ("实施新一轮…三年行动，") takes no years given to another elsewhere in the report: its years are
    the N from the report's year ``y``."""
    m = _PROGRAMME_SPAN_IN.search(text, ss, pos)
    if m is None:
        return None
    n = _CN_N[m.group(1)]
    own = any(_CN_N[g.group(1)] == n for g in _PROGRAMME_SET_GOING.finditer(text, ss, m.start()))
    # (the years given where it was named, looked for no further back than _PROGRAMME_REACH: time stays linear in the text)
    for py in _PROGRAMME_YEARS.finditer(text, ss if own else max(0, ss - _PROGRAMME_REACH), pos):
        if _CN_N[py.group(1)] == n and int(py.group(3)) - int(py.group(2)) + 1 == n:
            return int(py.group(2)), int(py.group(3))
    by = _last(_by_years(text, ss, m.start()))
    if by is not None:
        return _by_year(by) - n + 1, _by_year(by)
    # (one the sentence sets going in the year's plan, its years named nowhere: "实施新一轮开放型经济三年攻坚行动，三年
    # 攻坚行动期间进出口总额年均增长10%以上" in 2024's report runs 2024–2026, the N years from the report's; a programme
    # neither set going nor dated keeps None)
    return (y, y + n - 1) if own and y is not None else None


# the session of a congress a report is delivered to, in its dateline ("在贺兰县第十九届人民代表大会第三次会议上")
_SESSION = re.compile(r"人民代表大会第([二三四五六])次(?:全体)?会议")


def _term_first_year(text: str, y: int) -> int | None:
    """The report year of the first session of the term a report of year ``y`` is delivered to (its dateline naming a
    later session: 第三次会议 → y - 2), or None (a first session, or no session named in the first lines)."""
    m = _SESSION.search(text, 0, min(len(text), 400))
    return y - _CN_N[m.group(1)] + 1 if m is not None else None


@once
def _congress_since() -> tuple[re.Pattern, dict[str, int]]:
    """The Party congresses named before 以来, and the year each was held (cues.tsv party_congress)."""
    held = {n: int(y) for n, _, y in (w.partition("=") for w in vocab.cues().get("party_congress", ())) if y.isdigit()}
    return re.compile("(?:党的)?(" + "|".join(sorted(map(re.escape, held), key=len, reverse=True)) + ")(?:召开)?以来"), held


# a sentence opening with the plan's first years, the plan not named ("前三年，全县…年均增长6.2%")
_FIRST_YEARS_OPEN = re.compile(r"\s*前([两二三四])年(?:来|间|里)?[，,]?")


def _span_start(text: str, start: int, pos: int, end_year: int, hint: str | None, path: str = "") -> int:
    """The first year of an average or accumulated change ending in ``end_year``: a plan period
    "以来" (“十四五”以来 → its first year), "三年来" (three years), else the first year of the plan
    under way that the section's heading names (PATH: "“十四五”规划纲要中期评估情况"), else five (ten for 十年)."""
    named = _last(_RANGE.finditer(text, start, pos))
    sent_start = max(start, *(text.rfind(c, start, pos) + 1 for c in "。；;"))
    since = _last(_SINCE_YEAR.finditer(text, sent_start, pos))
    if named is not None and int(named.group(2)) == end_year \
            and not (since is not None and since.start() > named.end() and int(since.group(1)) < end_year):
        # (not where the figure's own sentence names its first year after the range: "2021年至2024年，…年均增长6.5%。
        # 2020年以来，全省累计城镇新增就业460万人" is 2020-2024)
        return int(named.group(1))
    plan = _last(m for m in _PLAN_NAME.finditer(text, start, pos) if m.group(0).endswith("以来") or m.group(3)
                 or _plan_checked(text, m, start) is not None)
    if plan is not None and (n := _last(_N_YEARS_SKIP.finditer(text, plan.end(), pos))) is not None \
            and (hint != "span10" or n.group(1) == "十") and find_mark(text, plan.end(), n.start(), _FULL_STOPS) >= 0:
        # ("“十四五”前两年，…年均增长5.1%。过去三年，…累计12.3万人", "…。2022年，…增长3.2%，三年平均增长4.9%": the years
        # a later sentence names of its own, not the plan's part named before it)
        return end_year - _CN_N[n.group(1)] + 1
    if plan is not None and _PLAN_START[plan.group(1)] <= end_year and not _FIVE_YEARS.search(text, plan.end(), pos) \
            and not (since is not None and since.start() > plan.end() and int(since.group(1)) < end_year):
        # ("“十三五”以来…；过去五年，财政总收入年均增长9%": the five years named after it are these)
        # (and "“十四五”前两年年均增长3.4%。…2020年以来，全市累计新增城镇就业103万人": the year named after it)
        return _plan_part(plan)[0] if plan.group(3) else _PLAN_START[plan.group(1)]
    if since is not None and int(since.group(1)) < end_year:
        return int(since.group(1))
    if text.find("大以来", sent_start, pos) >= 0:
        # "党的十八大以来，全区地区生产总值年均增长7.6%" (cues.tsv party_congress): from the year after the congress
        since_congress, held = _congress_since()
        cm = _last(since_congress.finditer(text, sent_start, pos))
        if cm is not None and held[cm.group(1)] < end_year:
            return held[cm.group(1)] + 1
    if (k := text.find("本届政府", start, pos)) >= 0 and text.startswith(("成立以来", "任期以来", "任期内"), k + 4) \
            and (t := _term_first_year(text, end_year + 1)) is not None and t <= end_year \
            and _N_YEARS_SKIP.search(text, max(k, _after_mark(_SENT_MARKS, text, start, pos)), pos) is None:
        # (not where the figure's own sentence, after it, counts its years: "本届政府成立以来，…。近两年，…增速保持在7%以上")
        # "本届政府成立以来，全县累计新增城镇就业1.2万人" in a report to the term's third session: from the year the
        # term's first session was held for (at its first session the outgoing term's five years are reviewed)
        return t
    if (k := text.find("前年以来", start, pos)) >= 0 and find_mark(text, k, pos, _FULL_STOPS) < 0:
        # "前年以来，全县累计新增城镇就业1.3万人": from two years before the one the report is delivered in (the year
        # reviewed's own in a report of December, which calls it 今年)
        return end_year - (2 if _late(text) else 1)
    if text.find("疫", start, pos) >= 0 and (_covid_span().match(text, _sentence_start(text, pos)) is not None
                                            or _covid_span().match(text, _after_mark(_SEMI_STOP_MARKS, text, start, pos)) is not None):
        # (or opening the figure's ；-clause: "2022年…增长2.1%；疫情三年，…年均增长5.2%")
        # "疫情三年，…年均增长4.5%" (cues.tsv covid_span): the epidemic's three years, which only a review ending in
        # their last year counts back to; any other review cannot settle them (a span that ends before it
        # starts: no fact)
        return _COVID_YEARS[0] if end_year == _COVID_YEARS[1] else end_year + 1
    if (fy := _FIRST_YEARS_OPEN.match(text, _item_start(text, pos))) is not None and hint != "span10" \
            and (a := 2016 + 5 * ((end_year - 2016) // 5)) + _CN_N[fy.group(1)] - 1 == end_year:
        # "前三年，全县地区生产总值年均增长6.2%" opening the figure's sentence, no plan named: the first years of the
        # plan under way, as "“十四五”前三年" (not the five-year default; where they do not end in the year
        # reviewed, the default is left)
        return a
    if (text.find("由", sent_start, pos) >= 0 or text.find("从", sent_start, pos) >= 0) \
            and (fm := _last(_FROM_TO_YEARS.finditer(text, sent_start, pos))) is not None \
            and (int(fm.group(3)) == end_year if fm.group(3) else fm.group(2) is not None) and int(fm.group(1)) < end_year:
        # "由2015年的12766.5亿元增加到2019年的17026.7亿元，年均增长6.3%": the years after the base its sentence
        # names, whatever their count (a plan report of 2020 reviewing four years; not the five-year default)
        return int(fm.group(1)) + 1
    n = _last(_N_YEARS_SKIP.finditer(text, start, pos))
    if n is not None and (k := rfind_mark(text, n.end(), pos, _FULL_STOPS)) >= 0 \
            and _PLAN_NAME.search(text, k, pos) is not None:
        n = None  # ("…，两年平均增长6.8%。“十三五”期间，全县生产总值年均增长7.1%": the plan named in a later sentence
        # dates the average, not the years an earlier sentence counted)
    if n is not None and (hint != "span10" or n.group(1) == "十"):
        # (the ten years the figure's own clause names, after "五年来" opened the paragraph: ten)
        return end_year - _CN_N[n.group(1)] + 1
    if (hp := _card_plan_since(text, start, end_year)) is not None and hp < end_year:
        # "◆数说“十四五”以来\n地区生产总值年均增长6.9%" in 2024's page: the plan's years so far that the card's sub-head
        # above its lines names (as "“十四五”以来，…" opening the sentence does; "◆“十四五”前三年" alike), not five years
        # counted back (decision 390)
        return hp
    if (pa := _plan_measured_after(text, pos, end_year)) is not None:
        # "城镇新增就业累计3.05万人，完成“十三五”规划目标的61%" in 2018's review: a total (or an average) measured, in its
        # own sentence, against the goal of a plan under way is over that plan's years so far, not five counted back
        return pa
    if path and "五" in path and (plan := _last(_PLAN_NAME.finditer(path))) is not None \
            and _PLAN_START[plan.group(1)] < end_year < _PLAN_START[plan.group(1)] + 4:
        # (two years gone by at least: in the plan's first year reviewed, "年均" is over the years before it)
        return _PLAN_START[plan.group(1)]
    return end_year - (9 if hint == "span10" else 4)


# the goal of a plan named after a figure in its sentence, the figure measured against it ("，完成“十三五”规划目标的61%",
# "，高于“十三五”规划年均增长8.5%的目标", "，占“十三五”规划目标的…"): cues.tsv plan_measured_words the words before the
# plan, 目标 within a few characters after it
_PLAN_MEASURED_STOPS = marks("。！？\n；;")
_PLAN_GOAL_AFTER_NAME = re.compile(r"[”\"’]?(?:规划|纲要)?(?:纲要)?(?:确定|提出|设定)?的?[^，,。；;！？!?\n]{0,10}?目标")


@once
def _plan_measured_re() -> re.Pattern:
    words = "|".join(map(re.escape, vocab.cues().get("plan_measured_words", ()))) or "(?!)"
    return re.compile(rf"[，,](?:并|已|均)?(?:{words})[“\"]?十([一二三四五六七])五")


def _plan_measured_after(text: str, pos: int, end_year: int) -> int | None:
    """The first year of the plan under way whose goal the figure at ``pos`` is measured against right after it, in the
    figure's own sentence ("…累计3.05万人，完成“十三五”规划目标的61%"), the plan begun before ``end_year`` and not ended
    with it; else None."""
    stop = find_mark(text, pos, min(len(text), pos + 40), _PLAN_MEASURED_STOPS)
    stop = stop if stop >= 0 else min(len(text), pos + 40)
    k = text.find("五", pos, stop)
    if k < 0:
        return None
    m = _plan_measured_re().search(text, pos, stop)
    if m is None or not _PLAN_GOAL_AFTER_NAME.match(text, m.end()):
        return None
    a = _PLAN_START[m.group(1)]
    return a if a < end_year < a + 4 else None


# a card's sub-head naming a plan's years so far, alone on its line ("“十四五”以来", "◆数说“十四五”以来：", "【“十四五”以来】",
# "回眸“十三五”以来"), or the plan's first years ("◆“十四五”前三年", "“十四五”头两年")
_CARD_PLAN_SINCE = re.compile(r"[ \t\u3000]*[^\d，,。；;！？!?%\n]{0,8}?[“\"]?十([一二三四五六七])五[”\"]?(?:(?:时期|期间)?以来|的?[前头]([两二三四])年)"
                              r"[ \t\u3000]*[】〕\]]?[ \t\u3000]*[:：]?[ \t\u3000]*")


def _card_plan_since(text: str, start: int, end_year: int) -> int | None:
    """The first year of the plan's years that a card's sub-head ("…“十四五”以来", "…“十四五”前三年") heading the block of
    short lines (a card's, no blank line between, ten at most) whose line opens at ``start`` names, else None; the first
    years only where they end in ``end_year`` (the year the span is counted to)."""
    ls = start
    for _ in range(10):
        if ls <= 0 or text[ls - 1] != "\n":
            return None
        ps = text.rfind("\n", 0, ls - 1) + 1
        line = text[ps:ls - 1]
        if not line.strip() or len(line) > 40:
            return None
        if (m := _CARD_PLAN_SINCE.fullmatch(line)) is not None:
            a = _PLAN_START[m.group(1)]
            return a if m.group(2) is None or a + _CN_N[m.group(2)] - 1 == end_year else None
        if (m := _plan_card_head_re().fullmatch(line)) is not None and _PLAN_START[m.group(1)] + 4 > end_year:
            return _PLAN_START[m.group(1)]  # "◆数说“十四五”" on a page of a year inside the plan: its years so far (decision 398)
        ls = ps
    return None


# the title of a five-year plan's outline ("…第十五个五年规划纲要", "“十五五”规划和2035年远景目标纲要"),
# not of a review of one (中期评估, 实施情况)
_OUTLINE_TITLE = re.compile(r"(?:第十([一二三四五六七])个五年规划|[“\"]?十([一二三四五六七])五[”\"]?规划)"
                            r"(?:和20\d\d年远景目标)?(?:纲要|的建议)(?![^\n]{0,12}(?:评估|实施情况|执行情况|总结))")


def _outline_of(head: str, y: int | None) -> str:
    """For a plan's outline delivered in the plan's first year or before, the words that make every
    section of it the plan's ("“十五五”时期 > "): its 主要目标 are the plan's goals, not the year's targets."""
    m = _OUTLINE_TITLE.search(head)
    if m is None or y is None:
        return ""
    a = _PLAN_START[m.group(1) or m.group(2)]
    return f"“十{m.group(1) or m.group(2)}五”时期 > " if a >= y else ""


@lru_cache(maxsize=256)
def _heading_path(path: str) -> str:
    """A section's path with each heading cut after its first sentence (the rest of its line is its paragraph)."""
    return " > ".join(p[:p.index("。") + 1] if "。" in p else p for p in path.split(" > "))


_PLAN_SECTIONS: dict = {}  # (path, year) -> _plan_section's answer: a document asks about its few paths again and again


def _plan_section(path: str, y: int | None) -> bool:
    """Whether a section sets a plan's goals ("今后五年的奋斗目标", "“十五五”时期主要目标") and names
    no year of its own; a plan period that has already ended is reviewed, not set."""
    key = (path, y)
    found = _PLAN_SECTIONS.get(key)
    if found is None:
        if len(_PLAN_SECTIONS) > 4096:
            _PLAN_SECTIONS.clear()
        found = _PLAN_SECTIONS[key] = _plan_section_of(path, y)
    return found


def _plan_section_of(path: str, y: int | None) -> bool:
    if not (_GOAL_CTX.search(path) or (h := _PLAN_GOALS_HEAD.search(path)) and (y is None or _PLAN_START[h.group(1)] >= y)) \
            or _names_year(path, y) or _year_work_sub(path, y):
        return False
    plans = _plans_named(path)
    return not plans or y is None or any(a + 4 >= y for a in plans)


_GOALS_TITLE = re.compile(r"(?:主要|发展|奋斗|预期|总体|远景)(?:目标|指标)")  # ("（二）经济社会发展目标": the plan's)
# (or the year's work named alone, last: "二、今后五年目标任务和2022年工作")
# (the year named in words too, "二、今后五年目标和明年工作安排" in a December report: the first year ahead, the report's)
_YEAR_WORK = re.compile(r"(?:(?:19|20)\d{2}年|今年|明年)(?:[^ >]{0,12}(?:工作安排|重点工作|主要任务|重点任务|工作任务|主要工作)|的?工作(?:$| >))")


@lru_cache(maxsize=1024)
def _year_work_sub(path: str, y: int | None) -> bool:
    """Whether ``path`` is a sub-section, naming no plan, of a part that sets a plan's goals and this
    year's work ("二、“十四五”时期主要目标和2021年工作安排 > （二）扩大有效投资。"): this year's tasks."""
    if y is None or " > " not in path:
        return False
    top, rest = path.split(" > ", 1)
    m = _YEAR_WORK.search(top)
    # (a sub-section titled for goals naming no year, "（二）经济社会发展目标", is the plan's goals)
    return m is not None and m.group(0).startswith((str(y), "今年", "明年")) and not (_GOAL_CTX.search(rest) or _PLAN_NAME.search(rest)) \
        and not _GOALS_TITLE.search(rest)


_THIS_YEAR_WORDS = ("今年", "明年", "新的一年", "新一年")
_YEAR_WORD = re.compile(r"今年|明年|本年|(?:19|20)\d{2}年")
# (the comma-clause patterns that write 其中, 去年/上年 and 当年 here — _YEAR_CLAUSE_OPEN, _YEAR_PART, _YEAR_CLAUSE_IN,
# _last_year_part — stay in code: 其中 is the part's one word, 去年|上年 the last year as facts.py writes it in some fifty
# patterns, and the look-aheads after them (以来, 同期, a range's dash) are syntax; a row read by three of them would let
# them drift from the rest. The verbs after a bare 当年 are vocabulary: cues.tsv last_year_done_verbs)
_YEAR_CLAUSE_OPEN = re.compile(r"[ \t]*(?:其中)?(?:19|20)\d{2}年(?!以来|来|前|后|[—–\-~～至到])")
# ("累计新增城镇就业3.2万人，其中去年新增7200人": last year's part of a total over the years)
# a comparison of a target with the level above's, with no figure of its own name ("高于全国平均水平0.5个百分点", "比全国
# 目标高1个百分点左右", "与全国目标保持一致")
_COMPARED_ASIDE = re.compile(r"(?:略|明显)?(?:高于|低于|快于|慢于|高出|比|与|同)(?:全国|全省|全市|全区|全州)[^，,。；;！？\n\d]{0,12}?"
                             r"(?:高|低|快|慢)?(?:[\d.]+个百分点(?:左右)?|保持一致|一致|持平|相当|相同)")
# ("保持稳定，力争增长3%", "稳中有升，争取达到5%": the figure aimed at after the name's words, its name left out)
_AIM_FIGURE_NEXT = re.compile(r"(?:力争|争取|努力)(?:实现)?(?:增长|下降|上涨|达到|突破|提高到|提升到|控制在)?(?=[\d.]+\s*(?:%|％|[万亿]*元|万?人|万?吨))")
_AIM_FIRST = frozenset("力争努")


@once
def _figure_restated_re() -> re.Pattern:
    """The words opening a clause that restates a target set in words as its figure (cues.tsv figure_restated: "，具体为6.5%
    左右", "，即增长6.5%左右"), its change word or not, the figure right after (decision 340)."""
    words = "|".join(map(re.escape, sorted(vocab.cues().get("figure_restated", ()), key=lambda w: (-len(w), w))))
    return re.compile(r"(?:" + words + r")(?:增长|下降|上涨)?(?=[\d.]+\s*(?:%|％))")


_FIGURE_RESTATED_FIRST = frozenset("具即")


@once
def _peer_gap_re() -> re.Pattern:
    """A gap to the level above's pace ending a clause (cues.tsv pace_compare_words, then the whole's word: "高于全省平均水平
    0.5个百分点左右", "快于全区1个百分点以上", "按照高于全省1个百分点安排"; decision 366)."""
    return re.compile(r"(?:" + longest_first(vocab.cues()["pace_compare_words"]) + r")" + _PEER_PLACE
                      + r"(?:平均水平|平均)?[\d.]+个百分点(?:左右|以上)?(?:安排)?$")


def _before_peer_gap(text: str, start: int, i: int) -> int:
    """Where the clause ending at i starts its gap to the level above's pace, if it ends on one, else i: the gap's points
    are no figure of the name ("地区生产总值增长高于全省平均水平0.5个百分点左右，即6.5%左右": the figure restated is)."""
    g = _peer_gap_re().search(text, start, i) if text[i - 1:i] in "点右上排" else None
    return i if g is None else g.start()
# the pace of the level above kept, in words, in a clause of its own ("，力争与全省同步，", "，与全国全省保持一致，"; cues.tsv
# peer_pace): an aside between a target's words and its figure (decision 340)
_PEER_PLACE = r"(?:全国|全省|全市|全区|全州|全盟|全疆|全地区)"


@once
def _peer_pace_re() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(vocab.cues().get("peer_pace", ()), key=lambda w: (-len(w), w))))
    return re.compile(r"(?:力争|争取|努力|确保)?(?:与|同)" + _PEER_PLACE + r"(?:[、和]?" + _PEER_PLACE + r")?(?:平均水平|平均)?"
                      r"(?:" + words + r")(?=[，,])")


_PEER_PACE_FIRST = frozenset("力争努确与同")
# (or 去年 opening the clause bare, no 其中: "五年累计新增城镇就业1.6万人，去年新增3400人"; and 其中当年, the span's last
# year: "五年累计完成固定资产投资2350亿元，其中当年完成512亿元", decision 333)
# (and 当年 bare before a verb of doing glued to its figure, "五年累计完成固定资产投资1420亿元，当年完成318亿元", as 其中当年;
# decision 339. Not "增长目标为7%左右，当年实际增长6%": the year just named, its result)
@once
def _last_year_part() -> re.Pattern:
    """A clause opening on last year's part of a total over the years (其中 去年/上年, 其中当年, or 当年 bare before a verb of
    doing glued to its figure, cues.tsv last_year_done_verbs, as facts._continue reads it)."""
    done = "|".join(map(re.escape, sorted(vocab.cues()["last_year_done_verbs"], key=lambda w: (-len(w), w))))
    return re.compile(r"[ \t]*(?:(?:其中[，,]?)?(?:去年|上年)|其中[，,]?当年|当年(?=(?:" + done + r")[\d.]))(?!以来|同期)")


# a clause naming one year's part of the figure before ("五年完成固定资产投资1860亿元，其中2016年完成465亿元"): the part
# is never the whole's level, whatever its verb
_YEAR_PART = re.compile(r"[ \t]*其中[，,]?(?:(?:19|20)\d{2}年|去年|上年|当年)(?!以来|同期|[—–\-~～至到])")



def _year_part_at(text: str, oc: int, cs: int, first: int) -> bool:
    """Whether a clause opening at ``oc`` names one year's part (``_YEAR_PART``), or opens bare on a year or on 去年
    after a first figure (at ``first``, its clause from ``cs``) dated by no year ("五年完成固定资产投资860亿元，2021年完成
    215亿元"): its figure is that year's, never the name's level before it (not "自2012年迈上2万亿元台阶，2015年达到2.9万亿
    元", two years' levels, the later one the level as before)."""
    if _YEAR_PART.match(text, oc) is not None:
        return True
    # (or a card's row of a year under the total's, "…累计新增城镇就业38.6万人\n2025年新增8.1万人", decision 347; the row
    # glued to its verb only, _year_row_under_total's form (a): taking a bare row here too, "…固定资产投资3180亿元\n2022年
    # 全年完成650亿元", reads the same facts in another order, adv47b's 渝北 card; left as decision 347 had it)
    # (a blank line between the total and the row as one break, decision 369)
    return oc > 0 and (text[oc - 1] in "，," or text[oc - 1] == "\n" and (_year_row_under_total(text, cs, oc - 1, False)
                       or oc > 1 and text[oc - 2] == "\n" and _year_row_under_total(text, cs, _blank_run_start(text, oc),
                                                                                   False, oc))) \
        and (_YEAR_CLAUSE_OPEN.match(text, oc) is not None or _last_year_part().match(text, oc) is not None) \
        and _YEAR.search(text, cs, first) is None


# a clause a year opens anywhere after a 累计: the sum's reach ends there
_YEAR_CLAUSE_IN = re.compile(r"[，,][ \t]*(?:其中)?(?:(?:19|20)\d{2}年(?!以来|来|前|后|[—–\-~～至到])|[，,]?(?:去年|上年)(?!以来|同期))")
# ("前年全县粮食总产量为38.2万吨，去年达到39.1万吨": a clause opened by last year after a figure its clause dates earlier,
# the name left out: last year's figure of the same name)
_OWN_YEAR_AFTER_NAME = re.compile(r"[：:]?\s*(?:本年|今年)")
# a year and its comma opening a list after its lead's colon ("…交出答卷：2022年，…")
_YEAR_AFTER_COLON = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}年(?:度)?[，,]")
# (in a report delivered in December, the year under review opening the clause after a five-year average)
_THIS_YEAR_CLAUSE = re.compile(r"[ \t]*(?:预计)?(?:今年|本年)(?:全年)?(?:预计)?(?:达到|完成|实现|为|突破|超过)")
_THIS_YEAR_FIRST = frozenset("预今本")
_LAST_YEAR_CLAUSE = re.compile(r"[ \t]*(?:去年|上年)(?:全年)?(?:实际)?(?:达到|完成|实现|新增|为|是|增长|下降|接待|突破|超过|[\d.])")
_EARLIER_YEAR_NAMED = re.compile(r"前年(?!以来)|(?:19|20)\d{2}年(?!以来|来|前|后|[—–\-~～至到])")
# "今后五年，我们将奋力建设区域中心城市。主要目标是：": a sentence on the plan's years with no figure and no year,
# then the target word opening the next (its lead): the plan's goals
_GOALS_SENTENCE_ON = re.compile(r"[^。；！？\n;!?\d%年]{0,60}。(?:[^。；！？\n;!?\d%年，,]{0,12}?)(?:主要|奋斗|发展)?(?:预期)?目标")
_OWN_YEAR_WORD = re.compile(r"今年|明年|本年|全年|年度|(?:19|20)\d{2}年|[。；！？\n;!?]")
_COMPARED_ASIDE_FIRST = first_set(_COMPARED_ASIDE)
# a stock's gain between its level and its place ("高新技术企业达到156家，净增32家，总数居全市第2位")
# the level above's figure of the same name, then the region's place in it ("，全省为7.8%，我市增速居全省第4位", "，全国为
# 7.2%，增速居全国第2位"): the comparison is no fact, the place is the figure's (decision 149 read it after the level
# above's own sentence only)
# (two or three levels' figures before it: "，全国增长6.6%，全省增长6.7%，我县增速居全市第3位"; a bare 增长 wants the
# region's own word before the place, "，全省增长6.7%，居全国第5位" being the province's)
# ("，全国、全省分别为6.6%和6.7%，": the levels listed, one figure each)
_ABOVE_FIGURE = re.compile(r"全[国省市区州盟](?:[、和]全[国省市区州盟]){0,2}(?:平均水平|平均)?(?:增速|增幅)?(?:分别)?(为|是|增长)"
                           r"-?[\d.]+%(?:[、和]-?[\d.]+%){0,2}[，,]")
_ABOVE_LEVEL = re.compile(r"全([国省市区州盟])")
_PLACE_NEXT = re.compile(r"((?:我|本|全)[省市区县州旗盟])?(?=(?:的)?(?:增速|增幅|总量|规模)?(?:位?居|位列|列|排名|排在|稳居|跃居)[^，,。；;\d]{0,8}?第)")
# ("地区生产总值652.4亿元，全国增长6.6%，全省增长6.7%，我县增长7.1%，居全市第3位": the region's own change after
# the levels above's, the name left out, as decision 102 reads it after the level above's own sentence)
# (the level above's own place after its figure, the region's word next: "增速居全省第3位，我县…", "居全省第3位；我县…")
_ABOVE_OWN_PLACE = re.compile(r"(?:增速|增幅|总量)?(?:位居|位列|居|列|排名|稳居|跃居)[^，,。；;\d]{0,8}?第[^，,。；;]{1,4}[，,；;](?=[我本全][省市区县州旗盟])")
_OWN_CHANGE_NEXT = re.compile(r"[全我本]([省市区县州旗盟])(?=(?:增速为?|增幅为?|增长|实现增长|为)-?[\d.]+%)")


def _above_then_own(text: str, i: int, own: str) -> int:
    """Where the region's own place or change starts after one to three figures of the levels above from i, or -1."""
    above, plain = "", True
    for _ in range(3):
        if (a := _ABOVE_FIGURE.match(text, i)) is None:
            return -1
        above += "".join(_ABOVE_LEVEL.findall(text, i, a.start(1)))
        plain = plain and a.group(1) != "增长"
        i = a.end()
        if (ap := _ABOVE_OWN_PLACE.match(text, i)) is not None \
                and (text[ap.end()] != "全" or own[-1:] == text[ap.end() + 1] and text[ap.end() + 1] not in above):
            i = ap.end()  # ("，全市增长8.2%，增速居全省第3位，我县增速居全市第4位": past the level above's own place)
            # (or 全X of the region's own level, not named among them: "…；全县增长8.7%，增速居全市第2位" in a county's)
        if (p := _PLACE_NEXT.match(text, i)) is not None and (plain or p.group(1) and p.group(1)[1] not in above
                                                              and (p.group(1)[0] != "全" or p.group(1)[1] == own[-1:])):
            return p.end()
        if own and (o := _OWN_CHANGE_NEXT.match(text, i)) is not None and o.group(1) == own[-1] and o.group(1) not in above:
            return o.end()
    return -1
# (the level above named by its name, the region's own word then before its place: "，昭通市为4.0%，我县增速居全市第3位"; two
# levels above, "，全省为6.2%，全市为6.5%，我县增速居全市第2位"; their change named, "，全市平均增长3.1%，我县增幅列全市第4位")
# (a bare 增长 only where the region's own word comes before the place: in "，全国增长2.3%，全省增长3.8%，增速居全国第6位"
# a province's 全省 is its own figure)
_NAMED_ABOVE_FIGURE = r"(?:(?:平均水平|平均)?(?:增速|增幅)?(?:为|是)|(?:平均水平|平均)增长)-?[\d.]+%[，,]"
_NAMED_ABOVE_CHANGE = r"(?:平均水平|平均)?(?:增速|增幅)?(?:为|是|增长)-?[\d.]+%[，,]"
_ABOVE_THEN_PLACE = re.compile(r"(?:(?:全[国省市区州盟]" + _NAMED_ABOVE_FIGURE + r"){1,2}(?:我[省市区县州旗盟]|本[省市区县])?"
                               r"|(?:(?:全[国省市区州盟]|[\u4e00-\u9fff]{1,6}?[省市州盟])" + _NAMED_ABOVE_CHANGE + r"){1,2}(?:我[省市区县州旗盟]|本[省市区县]))"
                               r"(?=(?:的)?(?:增速|增幅|总量|规模)?(?:位?居|位列|列|排名|排在|稳居|跃居)[^，,。；;\d]{0,8}?第)")
_GAIN_THEN_PLACE = re.compile(r"(?:净增|新增)[\d.]+万?[家户个](?=[，,](?:总数|总量|数量|规模)(?:连续(?:\d{1,2}|[两二三四五六七八九十]{1,2})年|多年)?(?:位?居|位列|排名|稳居))")


# a plan named as what the figures are aligned with ("与“十五五”规划目标相衔接", "同“十四五”规划纲要有效衔接")
_ALIGNED_AFTER = re.compile(r"(?:规划|纲要|规划纲要)?(?:确定的|提出的)?(?:的?(?:主要|发展)?目标(?:任务)?)?[相有效充分统筹紧密做好]{0,4}(?:衔接|对接)")


# the words of a clause that weighs a plan, or names it as the source the year's figures follow ("根据“十五五”规划纲要，",
# "与“十五五”规划目标相衔接，", "统筹考虑“十五五”时期目标任务，"; "牢牢把握“十五五”时期目标任务，", "紧盯“十五五”目标，")
_PLAN_WEIGHED = re.compile(r"根据|按照|依据|衔接|考虑|统筹|兼顾|服务|结合|对标|对接|锚定|围绕|紧扣|立足|着眼|遵循|参照|对照|落实|贯彻"
                           r"|把握|紧盯|瞄准|聚焦|为实现")
# (of them, the words that name the plan as the source the figures after it follow: "按照“十五五”规划纲要，…" sets its goals)
_PLAN_SOURCE_WORDS = re.compile(r"根据|按照|依据")
_WITH_BEFORE = marks("与同")


def _plan_weighed(text: str, at: int, end: int, source: bool = True) -> bool:
    """Whether the cue ending at ``at`` stands in a clause closed before ``end`` that weighs the plan or follows it
    (no time frame of its own for the year's expected targets after it: "根据“十五五”规划纲要，…主要预期目标是：");
    with ``source`` False, one that only weighs it ("与“十五五”时期目标任务相衔接，")."""
    if text[at - 1:at] in ("，", ","):
        at -= 1  # (a cue that takes its clause's comma: "根据“十五五”规划纲要，")
    k = find_mark(text, at, end, _CLAUSE_MARKS)
    if k < 0:
        return False
    cs = _after_mark(_CLAUSE_MARKS, text, at - 40, at)
    # (the plan weighed, not weighing: the verb before it, or "与…相衔接" around it; not "“十五五”时期主要目标与2035年
    # 远景目标相衔接：", the plan's goals the subject)
    weighed = _PLAN_WEIGHED.search(text, cs, at) is not None \
        or find_mark(text, cs, at, _WITH_BEFORE) >= 0 and text.find("衔接", at, k) >= 0
    return weighed and (source or _PLAN_SOURCE_WORDS.search(text, cs, k) is None)


# a tally of a plan's indicators met right after the set they are picked from ("…主要指标中，23项达到或超过预期，"), and the
# words of a goal missed
_TALLY_MET = re.compile(r"中[，,][\d一二三四五六七八九十]{1,3}项[^，,；;。]{0,16}(?:完成|达到|实现|超过)[^，,；;。]{0,12}[，,]")
_GOAL_MISSED = re.compile(r"未(?:能)?(?:达到|完成|实现|达标)|没有(?:达到|完成|实现)")


def _unweighed(text: str, cues: list[tuple[int, str, int | None]], end: int) -> list[tuple[int, str, int | None]]:
    """The cues of sentences before ``end`` less the plans they only weigh ("这一目标，考虑了“十五五”时期年均增长5%左右的
    规划目标。", "…，为实现“十五五”规划目标奠定基础。" after the year's first target): a reason given for a target sets no plan
    period for the items after it (a plan named as the source, "按照“十五五”规划，", still does)."""
    if not any(c[1] in ("goal", "plan_goal") for c in cues):
        return cues
    return [c for c in cues if c[1] not in ("goal", "plan_goal") or not _plan_weighed(text, c[0], end, source=False)]


_VISION_YEAR = re.compile(r"(?:到|至)(?:20)\d{2}年(?:底|末)?$")


@once
def _outcome_after_target_re() -> re.Pattern:
    """The rest of a sentence after a target's cue that goes on to a clause of the year's outcome, the whole's word
    before it or none (cues.tsv target_outcome_opens: "，全县完成5320人", "，全县实际下降3.9%")."""
    return re.compile(r"[^。！？!?\n]*?[，,](?:全[省市县区州盟旗]|我[省市县区州盟旗])?(?:"
                      + longest_first(vocab.cues()["target_outcome_opens"]) + ")")


# what may stand between a name and the clause of its figure and leave that clause the name's own: a label's colon, a
# sector's lead ("城镇新增就业方面，")
_NAME_LEAD_END = re.compile(r"\s*(?:[：:]|方面[，,])\s*")


def _own_clause_cue(text: str, mend: int, vs: int, y: int | None) -> tuple[int, str, int | None] | None:
    """The figure's own clause's cue: a yearless target cue (role_cues.tsv, strong) between its name ending at ``mend``
    and its value at ``vs``, no mark between ("一般公共预算收入预期增长5%"), or last year's word (去年/上年) opening the figure's clause after the
    name's label or sector lead ("城镇新增就业方面，去年上级下达任务1.6万人": decision 507's Left, lft62c)."""
    if vs <= mend:
        return None
    cs = mend
    if find_mark(text, mend, vs, _CLAUSE_MARKS) >= 0:
        lead = _NAME_LEAD_END.match(text, mend)
        if lead is None or not text.startswith(_LAST_YEAR_WORDS, lead.end()):
            return None
        cs = lead.end()
        # (a result's clause after, "…1.6万人，全区新增1.8万人", is the same year's: _then_actual)
        if (k := rfind_mark(text, cs, vs, _CLAUSE_MARKS)) >= 0 and (
                find_mark(text, cs, vs, _SEMI_STOP_MARKS) >= 0 or _then_actual().match(text, k, vs + 1) is None):
            return None
    return next((c for c in _cues(text, cs, vs, y) if c[2] is None and (
        c[1] == "target" and cs == mend or c[1] == "actual" and text.startswith(_LAST_YEAR_WORDS, cs))), None)


def _told_with_outcome(text: str, cue: tuple[int, str, int | None] | None, cue_year: int | None, ss: int, se: int,
                       pos: int, section_role: str) -> bool:
    """Whether a yearless target cue of the figure's own sentence, out of a plan's part, is told with its outcome later in
    the sentence (_then_actual: "目标为城镇新增就业2.5万人，全区新增2.73万人" on a news page under "2023年，"): the
    year under review's target, as in the review's part, not the report year's (decision 505)."""
    return cue is not None and cue_year is None and cue[1] == "target" and ss <= cue[0] <= pos \
        and section_role not in _PLAN_SECTION_ROLES and _THIS_YEAR.search(text, ss, pos) is None \
        and _then_actual().search(text, pos, se) is not None


def _untold(text: str, cues: list[tuple[int, str, int | None]]) -> list[tuple[int, str, int | None]]:
    """The cues less a yearless target whose sentence tells its outcome after it: a page set one sentence a paragraph
    ("城镇新增就业目标为5000人，全县完成5320人。\n城乡居民人均可支配收入分别增长5.6%和6.9%。") leaves the sentence a
    paragraph of its own, and the review's figures after it are the year's results, as in the joined paragraph."""
    return [c for c in cues if c[1] != "target" or c[2] is not None or _outcome_after_target_re().match(text, c[0]) is None]


def _yearless_vision(text: str, cue: tuple[int, str, int | None], at: int | None = None) -> tuple[int, str, int | None]:
    """A goal cue an earlier sentence lends a list's bare target word, less its year where that is a deadline the
    sentence set for itself ("到2021年，全市经济总量迈上新台阶，…全面建成小康社会。\n主要目标是：" in a 换届 report): the
    plan's goals, dated by their own sentence or the clause leading into them (the spec), not by the vision's year."""
    at = cue[0] if at is None else at
    if cue[2] is not None and _VISION_YEAR.search(text, max(0, at - 8), at):
        return cue[0], cue[1], None
    return cue


def _lead(cues: list[tuple[int, str, int | None]], text: str) -> tuple[int, str, int | None] | None:
    """The nearest cue; but in "“十五五”时期主要目标：" or "今后五年，全省经济社会发展的主要目标是：" the
    target word belongs to the plan period before it in the same sentence (no year of its own
    between): the plan's goals, not this year's targets."""
    cue = _nearest(cues)
    if cue is not None and cue[1] in ("goal", "plan_goal") and text[cue[0]:cue[0] + 12].find("接") >= 0 \
            and _ALIGNED_AFTER.match(text, cue[0]) \
            and (earlier := [c for c in cues if c[0] < cue[0] - 4]) and _nearest(earlier)[1] == "target":
        # "今年主要预期目标与“十五五”规划目标相衔接：": the plan the targets named before are aligned with sets no
        # goals (they are what the cues before say: "“十五五”时期主要目标与2035年远景目标相衔接：" the plan's)
        return _lead(earlier, text)
    if cue is not None and cue[1] == "target" and cue[2] is None and not text.endswith(_THIS_YEAR_WORDS, max(0, cue[0] - 4), cue[0]):
        # ("锚定“十五五”目标，今年地区生产总值增长5%左右", "…，2026年全省…": 今年 or the year itself names this
        # year, whatever plan stands before it)
        lead = [c for c in cues if c[1] in ("goal", "plan_goal") and cue[0] - 40 <= c[0] < cue[0]
                and (cue[0] - 12 <= c[0] and not _YEAR_WORD.search(text, c[0], cue[0])
                     or not _OWN_YEAR_WORD.search(text, c[0], cue[0])
                     or _GOALS_SENTENCE_ON.fullmatch(text, c[0], cue[0]))
                and not (text.find("预期", max(0, cue[0] - 6), cue[0]) >= 0 and _plan_weighed(text, c[0], cue[0]))
                # (a cue with a year in the target word's own sentence: "到2021年，全市经济总量迈上新台阶，…全面建成小康
                # 社会。\n主要目标是：…年均增长11%左右" in a 换届 report, the vision's year before the stop dates no goal of
                # the list after it; the spec dates a goal by its sentence or the clause leading into it. A sentence on
                # the plan's years with no deadline still leads it: "今后五年，我们将奋力建设区域中心城市。主要目标是：",
                # "“十五五”时期，我们将…。主要目标是：")
                and (find_mark(text, c[0], cue[0], _FULL_STOPS) < 0 or _VISION_YEAR.search(text, max(0, c[0] - 8), c[0]) is None)]
        if lead:
            # "2035年远景目标：": the year named, else the nearest
            best = _nearest(lead)
            dated = _nearest([c for c in lead if c[2] is not None])
            if best[2] is None and dated is not None and best[0] - dated[0] <= 6:
                best = dated
            return (cue[0], best[1], best[2])
    return cue


@once
def _deadline_modal() -> re.Pattern:
    """A deadline's year and a resolve word right after it ending where a cue ends ("到2026年力争", "至2020年底，确保";
    cues.tsv deadline_modal)."""
    words = "|".join(map(re.escape, sorted(vocab.cues().get("deadline_modal", ()), key=lambda w: (-len(w), w)))) or "(?!)"
    return re.compile(rf"(?:到|至)((?:19|20)\d{{2}})年(?:底|末)?前?[，,]?(?:{words})$")


def _after_later_deadline(text: str, start: int, at: int, y: int) -> bool:
    """Whether the cue ending at ``at`` is a resolve word right after a deadline later than the report's year ``y``
    ("…，到2026年力争达到2300亿元" in 2022's report), in the sentence from ``start``."""
    m = _deadline_modal().search(text, max(start, at - 12), at)
    return m is not None and int(m.group(1)) > y


@once
def _carried_on() -> re.Pattern:
    """A clause that carries on a past's momentum, or builds on it, up to its end ("延续过去五年…的发展势头，")."""
    c = vocab.cues()
    on = "|".join(map(re.escape, c.get("carry_on", ()))) or "(?!)"
    trend = "|".join(map(re.escape, c.get("momentum", ()))) or "(?!)"
    return re.compile(rf"(?:{on})[^，,。；;：:]*?(?:{trend})[，,]")


def _carries_on(text: str, start: int, at: int, pos: int) -> bool:
    """Whether the cue ending at ``at`` stands in a clause before ``pos`` that carries on a past's
    momentum ("延续过去五年…年均增长6.5%的发展势头，", "在“十四五”时期…年均增长8.2%的基础上，"): its years are that
    clause's own (a cue right before a comma frames the sentence: "过去五年，…")."""
    if text[at:at + 1] in "，,":
        return False
    # (or after a colon: "今后五年的主要目标是：在“十四五”时期年均增长5.8%的基础上，")
    cs = max(text.rfind("，", start, at), text.rfind(",", start, at), text.rfind("：", start, at), start - 1) + 1
    m = _carried_on().match(text, cs) or _carried_on().match(text, cs + 2)
    return m is not None and m.start() < at <= m.end() <= pos


# a programme named before the years in its bracket (《…三年行动计划（2023—2025年）》, "新三年行动（2024—2026年）")
_PROGRAMME_BEFORE = re.compile(r"(?:计划|方案|规划|纲要|行动|意见|工程|攻坚)$")
# what a figure over a programme's years is: a total or an average of them, or their end ("三年累计", "年均", "到2025年")
_OVER_YEARS = re.compile(r"累计|年均|合计|平均|共计|[两三四五]年(?![行计规方])|(?:到|至)20\d\d年|期末")


def _programme_years(text: str, start: int, opened: int, at: int, upto: int) -> bool:
    """Whether the years in the bracket text[opened:at + 1] frame the figure at ``upto`` after it: a span's always; a
    programme's ("深入实施《…三年行动计划（2023—2025年）》，规模以上工业增加值增长7%以上", "落实《…规划（2018—2022年）》，
    粮食产量稳定在…") only a total or an average over them, not the year's figure its clause sets (the part decides)."""
    return _PROGRAMME_BEFORE.search(text, max(start, opened - 4), opened) is None or _OVER_YEARS.search(text, at, upto) is not None


def _in_closed_bracket(text: str, start: int, at: int, pos: int) -> bool:
    """Whether ``at`` stands inside a bracket opened after ``start`` and closed in a clause before
    ``pos`` ("地区生产总值（预计）增长5%": the bracket of the figure's own name is its own)."""
    opened = max(text.rfind("（", start, at), text.rfind("(", start, at))
    if opened < 0 or max(text.rfind("）", opened, at), text.rfind(")", opened, at)) >= 0:
        return False
    closed = min((i for i in (text.find("）", at, pos), text.find(")", at, pos)) if i >= 0), default=-1)
    return closed >= 0 and _BRACKET_CLOSE_MARK.search(text, closed, pos) is not None


# what ends the clause a closed bracket stands in (its own set: not _CLAUSE_MARKS, which a colon also ends)
_BRACKET_CLOSE_MARK = re.compile(r"[。！？\n；;，,]")


def _last(it):
    last = None
    for last in it:
        pass
    return last


def _nearest(cues: list[tuple[int, str, int | None]]) -> tuple[int, str, int | None] | None:
    return max(cues, key=itemgetter(0)) if cues else None


_RANK_WORDS = re.compile(r"方阵|上游|前列|前茅|梯队|首位")
_RANK_SCOPE = re.compile(r"全国|全省|全市|全区|全州")
# ("地区生产总值超过100亿元的县有5个", "一般公共预算收入过亿元乡镇达到5个": the places past the threshold)
_THRESHOLD_OF = re.compile(r"(?:及?以上|及?以下|左右)?(?:的)?(?:企业|项目|工业企业|重点|规模|市场主体|个人|客商"
                           r"|县(?:区|市区|[（(]市、?区[）)]|[（(]区[）)]|[（(]市[）)])?|区县|乡镇|镇|街道|村|园区|开发区|市州|市县|地市|省份"
                           # (the autonomous regions' own units: "超百亿元的旗县达到60个", "超千亿元的盟市", "地州市")
                           r"|旗|盟市|苏木|嘎查|地州|州市)"
                           # (the places past it left unnamed, counted after 的: "…旗县（市、区）中，地区生产总值超百亿元的达到
                           # 60个")
                           r"|(?:及?以上)?的(?=(?:已)?(?:达到|达|有|增至|增加到|增加至|增长到|突破|超过)[\d一二三四五六七八九十两]+(?:个|家|户))"
                           # ("对固定资产投资5000万元以上的工业项目", "实际使用外资1000万美元以上的外资企业": the projects or
                           # firms a policy selects)
                           r"|(?:及?以上|及?以下|左右)?的[^，,。；;\d]{0,6}(?:综合体|景区|基地|设施|中心|项目|企业|单位)"
                           # ("500万元以上固定资产投资增长20.3%": the statistics' threshold opening the name after it)
                           r"|以上(?:固定资产|项目)?投资")
_THRESHOLD_FIRST = first_set(_THRESHOLD_OF)
# what a rate or a ratio picks out after 的 ("超过3%的企业", "增长20%以上的外贸企业", "达到70%以上的乡镇")
_RATE_THRESHOLD_OF = re.compile(r"(?:及?以上|及?以下)?的[^，,。；;\d%]{0,6}?(?:企业|项目|单位|乡镇|街道|村|社区|园区|开发区|县(?:区|市区)?|区县)"
                                r"(?![\u4e00-\u9fff]{0,2}(?:目标|水平|要求))")
# the peers a rank is among, counted after 在 ("在15个副省级城市中位次…"): a group's kind, then 中 and a rank's word
_PEER_COUNT_OF = re.compile(r"[^，,。；;第\d在]{1,12}?(?:[市省区县州旗盟]|省会|省份)中(?:的)?(?:排名|排位|位次|位居|位列|居)")
# (not where the region itself is named the N-th past it: "成为全省第三个地区生产总值突破1800亿元的县级市",
# "成为全省首个地区生产总值突破千亿元的县": the region's own level, which the N-th rule dates)
_NTH_NAMED = re.compile(r"(?:是|成为)(?:全国|全省|全市|全区|全州|中国|我国)?(?:第[一二三四五六七八九十\d]{1,3}个|首个)")


def _nth_named_before(text: str, pos: int) -> bool:
    """Whether the clause before a threshold's figure at ``pos`` names the region the N-th (or first) past it."""
    return _NTH_NAMED.search(text, _clause_start(text, pos, 30), pos) is not None
_AFTER_TARGET = re.compile(r"的?(?:年度|年初)?预期(?!目标)")
# (in the plan's part, a rate named by 预期 right after its figure: "生产总值8%左右的预期增速，既考虑了…" explains this
# year's target; in a review "，低于7%左右的预期增速" is last year's)
_TARGETS_PART_RATE = re.compile(r"(?:左右|以上)?的预期(?:增速|增长速度|增长率)")
# "确定的地区生产总值增长6.5%的目标顺利完成": in a review, a figure that names a target is last year's
_COMPARED_WITH_TARGET = ("低于", "高于", "好于", "快于", "超过", "超出", "优于")
# ("高于规划目标12%", "超过年度计划10%", "低于预期目标3%": a comparison word, then the target named right before its figure)
# ("低于年初预期7.5%", "高于预期8%": the target named by 预期 alone)
_TARGET_AFTER_COMPARED = re.compile(f"(?:{'|'.join(_COMPARED_WITH_TARGET)})(?:年初|年度|全年|原定)?(?:(?:规划|计划|预期|调控)?(?:目标|计划)(?:值)?|预期)$")
_TARGET_WORD_LAST = frozenset("标划值期")
# (the target's change word may stand between: "超过下降3.4%的预期目标"; and the time it was set:
# "低于年初6%的目标", "超过年度8%的计划目标", "低于原定6%的目标", "超过预期8%的目标", "低于年初设定的6%目标",
# a plan report's "低于年初计划8%的预期目标", "高于年度计划10%的目标")
# (or the year it was set for: "低于去年7.5%的增长目标", "高于上年年初确定的6%的目标", "低于2022年7%的目标")
# (or the plan's outline named as a document, a mid-term evaluation's: "低于《纲要》88%的目标")
_COMPARED_TARGET_END = re.compile(f"(?:{'|'.join(_COMPARED_WITH_TARGET)})(?:去年|上年|(?:19|20)\\d\\d年)?(?:《[^》\\n]{{0,40}}》)?(?:年初|年度|全年|原定)?(?:计划|预算)?(?:(?:确定|设定|提出|制定|下达)的)?(?:预期)?(?:下降|降低|增长|上涨|提高)?$")
# (a plan report names it 计划: "低于6%的计划目标", "高于6%的年度计划"; a budget 预算: "超过年初预算30亿元的目标")
# ("高于7%的增长目标", "7.5%的年均增长目标": the change the target is of named in it)
# ("超额完成1.2万人的年度任务": the year's task, its target)
# (the target may be quoted before the word naming it: "年初确定的“经济增长8%左右”的预期目标", "「…」的目标")
_NAMES_TARGET_RX = re.compile(r"[”」』]?的?(?:年度|年初|预期|奋斗|发展|既定|调控|控制|计划|规划|预算|年均|约束性|预期性|调整后?的?)*(?:年均)?(?:增速|增长)?目标|的(?:年度|年初)?计划|的(?:年度|年初)预算|的(?:年度|全年)任务"
                           # ("超额完成2.6万人的城镇新增就业年度任务": the work the task is of named before 年度)
                           r"|的[^，,。；;、\d的]{2,12}?(?:年度|全年)(?:目标)?任务"
                           # ("下降3.9%，低于年初增长5%的预期。": the target named by 预期 alone, closing its clause)
                           r"|的(?:年度|年初)?预期(?=[，,。；;）)\n]|$)")
_NAMES_TARGET_FIRST = first_set(_NAMES_TARGET_RX) | frozenset("任")  # (任: _NamesTargetOrTask's bare 任务)
# ("3.5%的调整目标", "6%的调整后目标": the year's target as revised)
_TASK_ALONE = re.compile(r"的?任务(?=[，,。；;）)\n]|$)")


class _NamesTargetOrTask:
    """_NAMES_TARGET_RX, and a task handed down named by 任务 alone: "超额完成唐山市下达的下降4.5%的任务", "完成市下达的
    42亿元任务" (its 的 left out, decision 401; a bare "完成了60%的任务" is the part of the work done, no target: only a
    figure the level above 下达 is one)."""
    __slots__ = ("rx",)

    def __init__(self, rx):
        self.rx = rx

    def match(self, text: str, pos: int):
        m = self.rx.match(text, pos)
        if m is None and text.startswith(("的任务", "任务"), pos) \
                and (d := text.rfind("下达的", max(0, pos - 16), pos)) >= 0 and find_mark(text, d, pos, _CLAUSE_MARKS) < 0:
            m = _TASK_ALONE.match(text, pos)
        return m


_NAMES_TARGET = _NamesTargetOrTask(_NAMES_TARGET_RX)
# the pace or level a figure names as reached ("年均增长6.5%的水平", "年均7.1%的增速")
_LEVEL_REACHED_AFTER = re.compile(r"的(?:平均)?(?:水平|增速|速度|增幅)(?![目])")
_ONE_YEARS_TARGET = re.compile(r"年度|全年|年初")  # ("超额完成3.5%的年度目标": one year's target, not the plan's)
# the names of intensities a plan only ever sets cuts for (its target restated with no direction word is a fall)
_CUT_ONLY_NAMES = ("能耗", "能源消耗", "能源消耗量", "二氧化碳排放", "二氧化碳排放量", "碳排放", "用水量", "水耗")
_MET_TARGET = re.compile(r"完成|超过|超出|好于|优于|实现")  # (a target met or beaten: "超额完成", "好于")
# ("预期目标由6%下调为2%", "增长目标下调至2%": the target revised is the year's target, as the one first set)
# the plan named in a clause of its own after a figure, its figure right after ("，年度计划为6%", "，计划目标6%")
_PLAN_AFTER = re.compile(r"(?:[，,；;]|。(?=年初))\s*(?:而|但|即)?(?:完成|对照|对比|为|占)?(?:(?:上年|去年|年度|全年|年初|原定|原|年|调整后?的?(?:年度|全年)?|变动|变更(?:后的?)?)?(?:计划(?:目标|数)?|预期目标|预算(?:数|调整后的?)?)"
                         # ("，年度目标为5.5%以内": the year's own target word, as in _continue())
                         r"|(?:调整后的?)?(?:年度|全年|年初|原定|原)目标)值?(?:是|为)?"
                         r"(?:增长|下降|上涨|新增|控制在)?$"
                         # ("86.5亿元，完成年度目标86亿元的100.6%", "完成年度目标任务1.2万人的105%": the year's target so named;
                         # "，为年度目标任务100万人的144.6%", "，占年度计划100万人的…": the same ratio said with 为/占)
                         r"|[，,；;]\s*(?:超额)?(?:完成|为|占)(?:年度|全年|年初)目标(?:任务)?$"
                         # ("增长5.2%，年初预期目标由6.5%下调为4%": the target revised)
                         r"|[，,；;]\s*(?:年初|年度|全年)?的?(?:预期|计划|增长)?目标值?(?:由[\d.]+%?)?(?:调整|下调|上调|调减|调增|调低|调高|修订|修改|改)(?:为|至|到)$")
# (a task set at the figure after it too, between the name and its figure: "全省下达我市的农村劳动力转移就业任务为1.5万人，
# 我市完成1.9万人", lft61; not "完成任务为…")
_TARGET_BETWEEN = re.compile(r"目标值?(?:是|为)|预期(?:是|为)|(?<!完成)任务(?:是|为)"
                             r"|(?:目标值?|预期)(?:分别)?(?:(?:由|从)[^，,。；;]{0,12}?)?(?:调整|下调|上调|调减|调增|调低|调高|修订|修改|改)(?:为|至|到)")


# a result's comparison with its target in the clause right after it ("，低于3%左右的调控目标",
# "，略低于年初确定的6.5%的预期目标", "，好于预期目标0.5个百分点" is not one: no figure of the target)
_RESULT_VS_TARGET = re.compile(r"[，,]\s*(?:但|仍|也|均|虽)?(?:略|稍|明显)?(?:低于|高于|好于|快于|超过|超出|优于)"
                               r"(?:年初|年度|全年|原定)?(?:(?:确定|设定|提出|制定|下达)的)?(?:预期)?[\d.]+%")


def _names_target_after(text: str, end: int) -> bool:
    """Whether a target is named right after a figure ending at ``end``, its qualifier between ("6.5%左右的预期目标")."""
    q = _QUAL_AFTER.match(text, end)
    at = q.end() if q else end
    return text[at:at + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, at) is not None


_QUAL_AFTER = re.compile(r"左右|以上|以下|以内|上下")
# the rest of a list of targets after an item's figure, up to its 等…目标 ("、一般公共预算收入增长3%等主要目标")
_PLAN_SET_BY = re.compile(r"规划(?:纲要)?(?:确定|提出|设定|明确)的")  # (a named plan's goals' lead, after _PLAN_NAME)
_BARE_PLAN_AFTER = frozenset("，,：:；;。")  # (the marks a bare 规划 opening its clause stands after)
_TARGETS_SET_LEAD = re.compile(r"(?:确定|提出|设定|制定|下达|通过|部署)的|(?:全面|圆满|超额|顺利)?完成(?!了?[\d.])"
                               r"|(?:定下|确定|提出|设定|制定)了")  # (a news page's "报告为2024年定下了“…”等一系列目标")
# (the list may be quoted, and named a series: "“地区生产总值增长7%左右”等一系列目标")
# (a figure the plan set named as its goal after it: "…能耗下降15%的约束性目标", "…达到36.5%的目标任务")
_PLAN_GOAL_AFTER = re.compile(r"(?:左右|以上|以下|以内)?的(?:约束性|预期性|主要)?(?:目标|指标)")
# (or a 、-run of such figures closed by it, each item the run's: "“十四五”规划纲要确定的森林覆盖率稳定在65%以上、常住人口
# 城镇化率达到55%的目标")
_RUN_OF_FIGURES = r"(?:左右|以上|以下|以内)?(?:、[^、，,。；;：:！？!?\n]{1,40}?\d[^、，,。；;：:！？!?\n]{0,8}?)+?"
_PLAN_RUN_GOAL_AFTER = re.compile(_RUN_OF_FIGURES + r"(?:左右|以上|以下|以内)?[”\"’]?的(?:约束性|预期性|主要)?(?:目标|指标)")
# a figure, or a 、-run of them, named the plan's goals after it, 规划目标 written out ("…，地区生产总值年均增长6%左右、研发经费
# 投入强度达到3.2%左右的规划目标正在稳步推进", "森林覆盖率达到24%、…等规划目标进展顺利")
_PLAN_GOAL_NAMED_AFTER = re.compile(r"(?:" + _RUN_OF_FIGURES + r")?(?:左右|以上|以下|以内)?[”\"’]?[的等]"
                                    r"(?:[“\"‘]?十[一二三四五六七]五[”\"’]?)?规划(?:纲要)?(?:确定的|提出的)?(?:主要)?目标")
# (also a list the plan's words head joined by 和/及 or closed by 等: "…确定的森林覆盖率达到40%和常住人口城镇化率达到54%的
# 目标", "…、研发经费投入强度达到2%等目标如期实现": every item is the plan's, as the last one is)
_PLAN_LIST_GOAL_AFTER = re.compile(r"(?:左右|以上|以下|以内)?(?:[、和及][^，,。；;！？!?\n]{1,60}?)?[的等](?:约束性|预期性|主要)?(?:目标|指标)")
# a sentence opened by the plan's last year ("到2020年，", "2020年，"): the year the plan's figures in it are for
_PLAN_END_LEADS = re.compile(r"(?:到|至)?((?:19|20)\d\d)年(?:底|末)?[，,]")
_LISTED_TARGETS = re.compile(r"(?:左右|以上|以下|以内)?[”」』]?(?:[、和及][^，,。；;！？!?\n]{1,60}?)?等(?:一系列|多项|几项)?(?:主要|各项|重点)?(?:经济社会发展)?(?:预期|年度)?目标")
# (or a 、-run of them closed by 的…目标 with no 等: "计划确定的…：规模以上工业增加值增长7.5%左右、固定资产投资增长10%左右的
# 预期目标未能完成")
# (the last item a level too, its unit after it: "年初确定的规模以上工业增加值增长7%左右、城镇新增就业35万人以上的目标如期完成")
_LISTED_TARGETS_OF = re.compile(r"(?:左右|以上|以下|以内)?[、和及][^，,。；;：:！？!?\n]{1,60}?\d(?:%|[^、，,。；;：:！？!?\n\d的]{1,4}?)"
                                r"(?:左右|以上|以下|以内)?的(?:主要)?(?:预期|年度|计划)?目标")


def _after_target(text: str, pos: int) -> bool:
    """Whether last year's target is named at pos ("的预期"): a look at the first character first."""
    return text[pos:pos + 1] in "的年预" and _AFTER_TARGET.match(text, pos) is not None
# the place a rank moved from, right before the verb of the place it moved to ("由第25位上升至第23位")
# (the field a peer group of cities too: "经济总量由全国城市第24位上升至第18位", "由副省级城市第8位上升至第6位")
_MOVED_FROM = re.compile(r"[由从](?:(?:上年|去年|上一年|(?:19|20)\d\d年)(?:末|底)?的)?(?P<field>(?:全国|全省|全市|全区|全县|全州|全盟)(?:县域|县区|旗县|县市区|城市)?"
                         r"|(?:\d{1,3}个)?[^，,。；;第\d由从在]{1,8}?(?:城市|省会))?第(?:\d{1,3}|[一二三四五六七八九十]{1,3})[位名]$")
_RANK_TO = re.compile(r"[^，,。；;]{0,8}?(?:到|至|向|跃居|居)")
# the place a rank started from, a time and the field between 由 and its 第 ("由上年的全市第", "由一季度的第")
_RANK_FROM = re.compile(r"[从由](?:(?:上年|去年|上一年|年初|[一二三]季度|上半年|前三季度|(?:19|20)\d\d年)(?:末|底)?的?)?"
                        r"((?:全国|全省|全市|全区|全县|全州|全盟)(?:县域|县区|旗县|县市区)?)?第$")
_FROM_TO_DASH = re.compile(r"[到至]\s*")
# (the figure's own change word may be read into it, "由上年下降5%": the start then ends the piece looked at)
_FROM_MARK = re.compile(rf"(?:从|由)(?={_FROM_START}(?:\d|$))")


def _from_open(text: str, start: int, pos: int) -> bool:
    """A 从/由 before ``pos`` in the same clause chain is not yet closed by 到/至."""
    seg = text[max(start, pos - 60):pos]
    if "从" not in seg and "由" not in seg:
        return False  # most figures: no 从/由 at all
    last = _last(_FROM_MARK.finditer(seg))
    # (a clause mark after the start closes it too: "增速由上年的8%回落3个百分点，全年增长5%")
    return last is not None and not any(w in seg[last.end():] for w in "到至向，,；;。") and _ADJUSTED_TO.search(seg, last.end()) is None


# (and a rate moved: "由一季度的下降40.5%收窄为全年下降5%", "增速由上年的8.1%回落为2.3%"; in the words of cues.tsv
# rate_moved_verbs too: "城镇调查失业率由上年的5.3%上升为5.6%", adv61c)
# (cues.tsv revised_to_verbs, rate_narrowed_verbs, rate_moved_verbs: no word of one a prefix of another's, so their order
# matches the same)
_ADJUSTED_TO = re.compile(r"(?:" + _REVISED_TO_VERBS + "|" + "|".join(map(re.escape, vocab.cues()["rate_narrowed_verbs"])) + "|"
                          + _MOVED_FOR + ")为")  # closes a 由 as 到 does


_THIS_YEAR = re.compile(r"今年(?!以来)")


def _this_years_aim_opens(text: str, at: int) -> bool:
    """Whether the sentence holding ``at`` opens on this year's target before it ("报告提出，今年全市地区生产总值增长目标为
    5.5%—6%，去年为…"): 今年 then a target word, with no past year named between (lft61b)."""
    ss = _sentence_start(text, at)
    m = _THIS_YEAR.search(text, ss, at)
    return m is not None and (tw := text.find("目标", m.end(), at)) >= 0 and _PAST_NAMED.search(text, m.end(), tw) is None
_YEAR_TURN = re.compile(r"全年|今年(?!以来)")  # (a sentence of the year's work, in a paragraph a plan's goal opened)
_PAST_NAMED = re.compile(r"去年|上年|(?:19|20)\d\d年|过去|以来|回顾")  # (words that turn a sentence back to the past)
# (a name of a ratio: what a qualitative target of an indicator with both measures is of)
_RATIO_NAME = ("率", "比例", "比率", "比重", "占比")
# (a qualitative target's words telling a fall: of a stock that also takes a change, the change's measure)
_DECLINE_WORDS = re.compile(r"下降|降低|减少|稳中有降")  # (稳中有降: a fall in words, “PM2.5平均浓度稳中有降”)
_SHARE_AFTER = re.compile(r"的?(?:占比|比重|所占比重|占[^，,。；;]{1,12}(?:比重|比例))")
_PART_OF_YEAR = re.compile(r"前[一二三两]季度|[一二三四]季度(?!末)|[上下]半年|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月"
                           r"|1(?<!\d\d)\s*[—–\-～~至到]\s*(?:1[01]|[2-9])月(?!份?以来)|一至(?:十一|十|[二三四五六七八九])月|截至(?:1[01]|[1-9])月(?:底|末)?"
                           # ("4月份，规模以上工业增加值增长2.1%": one month, in a report of 2020 delivered after the outbreak;
                           # opening its clause, a figure's verb in the clause it opens: not "我市3月份获批…", "3月份，我市获批…，")
                           # ("4月份受疫情影响，规模以上工业增加值下降15.2%": a cause clause between the month and its figure, 2022's lockdowns)
                           r"|(?:(?<=[，,。；;：:\n\s年])|^)(?:1[0-2]|[1-9])月份(?=以来|[，,]?(?:(?:受|因)[^，,。；;\n\d]{0,14}?影响[，,])?[^，,。；;\n\d]{0,20}?(?:增长|下降|上涨|回升|回落|完成|实现|达到))")
# "增速比前三季度提高0.8个百分点", "由一季度的下降8.2%转为正增长", "比一季度、上半年分别回升…": part of a
# year compared with, not the time of the figures after it
_COMPARED_PART = re.compile(r"(?:比|较|由|从|高于|低于|快于|慢于|好于)(?:(?:前[一二三两]季度|[一二三四]季度|[上下]半年)[、和及]?)*$")
# the budget revenue named as a part right after 其中 ("其中一般公共预算收入360.8亿元", "其中地方一般公共预算收入…")
_BUDGET_PART = re.compile(r"[，,：:]?(?:地方)?(?:一般公共预算收入|公共财政预算收入)")
# a change against part of the year (the words before its figure: "，比一季度回升", "较上半年提高")
_PART_COMPARED = re.compile(r"[比较](?:前[一二三两]季度|[一二三]季度|上半年)")
_GROWTH_NAME_ENDS = ("增长", "增速")
# (an amount's: "实现4606.2亿元的地区生产总值", "全年完成312亿元的固定资产投资"; not "占全省12%的…", "增加63.8亿元的…")
_RESULT_BEFORE_AMOUNT = re.compile(r"(?:实现|完成|创造|达到|录得)了?[近约超]?$")


def _level_before(text: str, gstart: int, m: Mention) -> Value | None:
    """The amount right before the name at gstart and its 的, after the verb of a result, read as the name's level."""
    before = numbers.quantities(text, max(0, gstart - 16), gstart - 1)
    q = before[-1] if before else None
    if q is None or q.unit is None or q.unit == "%" or not _RESULT_BEFORE_AMOUNT.search(text, max(0, q.start - 4), q.start):
        return None
    qual, qend = numbers.qualifier(text, q, q.start)
    if qend != gstart - 1 or text.startswith(("目标", "任务", "计划", "预期", "增长", "增速"), m.end):
        return None  # (not "完成了300亿元的固定资产投资目标", a target named; nor "…的地区生产总值增长")
    v = _classify(q, "实现", m.alias, qual, qend, text, q.start)
    return v if v.measure == "level" else None


# an English count's number right before its name, a scale word between or none ("more than 700,000 new urban jobs",
# "12 million tourist visits")
_EN_COUNT_BEFORE = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(?: (million|billion))? $")
_EN_COUNT_SCALE = {"": (1, ""), "million": (100, "万"), "billion": (10, "亿")}


def _en_count_before(text: str, gstart: int, m: Mention, iid: str) -> Value | None:
    """The English count written before its name ("create more than 700,000 new urban jobs" 700000 人, "received 12 million
    tourist visits" 1200 万人次), read as the name's level in its indicator's unit of a count (人, 人次, 户, 家: its units'
    first with no order and no yuan or %); English puts the count before the noun, as Chinese puts it after (decision 431)."""
    c = _EN_COUNT_BEFORE.search(text, max(0, gstart - 24), gstart) if m.alias.isascii() else None
    base = None if c is None else next((u for u in vocab.indicators()[iid].units
                                        if u[:1] not in "万亿" and u != "%" and not u.endswith("元")), None)
    if base is None or (n := numbers.parse_number(c.group(1).replace(",", ""))) is None:
        return None
    f, o = _EN_COUNT_SCALE[(c.group(2) or "").lower()]
    e = c.end(2) if c.group(2) else c.end(1)
    q = numbers.Quantity(numbers.clean(round(n * f, 6)), None, o + base, c.start(1), e, text[c.start(1):e])
    qual, _ = numbers.qualifier(text, q, max(0, q.start - 24))
    # (the figure's span runs on over its name: the year after it is the count's, "35 million tourist visits in 2022.")
    return Value("level", q.value, None, q.unit, qual, q.start, m.end)


# ("增速达5.1%的地区生产总值": the growth's own word before the rate, the name after it and 的)
_GROWTH_RATE_BEFORE = re.compile(r"(?:增速|增幅)(?:达到|达|为|高达)?[\d.]+\s*[%％](?:左右)?的$")
# ("实现6%的规上工业增加值增长", "…增长、10%的固定资产投资增长": one verb's list of such; "实现7%的地区生产总值增速、8%的…"
# with the name's 增速)
# (the verbs are cues.tsv rate_before_name_verbs, an aim's too, "确保7%左右的生产总值增长"; the joins between one such
# item and the next are rate_before_name_joins, a comma's too, "实现6.5%左右的地区生产总值增长，6%的一般公共预算收入增长，…";
# decision 419)
@once
def _result_before_rate() -> re.Pattern:
    cues = vocab.cues()
    return re.compile(r"(?:(?:" + longest_first(cues["rate_before_name_verbs"]) + r")了?[近约超]?|(?:增长|增速)(?:"
                      + longest_first(cues["rate_before_name_joins"]) + r"))$")


def _next_rate_before_name(text: str, gend: int, vstart: int, vend: int) -> bool:
    """Whether the figure read after a growth name written after its rate ("实现7%左右的经济增长、10%的固定资产投资增长")
    is the next item's, its rate before its own name: a join right after the name, the figure right after the join and 的
    right after the figure (decision 419)."""
    return vstart == gend + 1 and text[gend:gend + 1] in _growth_word_ends() and text[vend:vend + 1] == "的"


@once
def _growth_word_ends() -> frozenset:
    """What may follow "…增加值增长" written after its rate: its clause's end, or a join to the next such item
    ("实现5%以上的地区生产总值增长和4%以上的…", decision 419)."""
    return frozenset("。\n").union(*vocab.cues()["rate_before_name_joins"])
# (or the target's word: "确定5.5%左右的地区生产总值增长目标", "6%的规上工业增加值增长预期目标")
_GROWTH_TARGET_WORDS = ("目标", "预期目标")
# the words right after a name whose target's figure was set before it, after 按照 ("按照增长7.5%左右安排地区生产总值预期目标")
_ARRANGED_NAME_AFTER = ("预期目标", "增长预期目标", "增速预期目标", "增长目标", "增速目标", "目标")


@once
def _arranged_before_re() -> re.Pattern:
    """按照 (or 按), a rate and a verb of setting a target (cues.tsv arranged_verbs: 安排, 确定…) right before a name:
    the name's target set by its figure first (decision 416)."""
    verbs = "|".join(map(re.escape, sorted(vocab.cues()["arranged_verbs"], key=lambda w: (-len(w), w))))
    # (the change word may be a price's 上涨 too, cues.tsv arranged_rises and arranged_falls: decision 425)
    changes = longest_first(vocab.cues()["arranged_rises"] + vocab.cues()["arranged_falls"])
    # (the time it was set may open the clause before 按照: "年初按增长6.5%左右安排…", decision 448)
    times = longest_first(vocab.cues()["arranged_time_leads"])
    return re.compile(r"(?<![^，,。；;：:\n])(?:" + times + r")?(?:按照|按)(" + changes + r")?[\d.]+[%％](?:左右|以上|以内)?(?:的(?:增速|增幅|增长))?"
                      r"(?:" + verbs + r")(?:全[省市区县州盟旗])?$")
# (tried only where the first two characters of a branch stand: its first ones alone, 一 二 上 前, are common)
# (each branch opens with a character: a search skips to the next of them in C, and tries the branches only there)
_PART_OF_YEAR_AT = Skipping(_PART_OF_YEAR, re.compile(r"前[\d一二三两四五六七八九十]|一季|二季|三季|四季|上半|下半|1(?=[\s—–\-～~至到])|一至|截至|1(?=[0-2]?月份)|2月份|3月份|4月份|5月份|6月份|7月份|8月份|9月份"))
_SO_FAR = re.compile(r"(?:今年|年初)以来")
# the reasons that open right after a restated target's sentence ("关于…的目标。这一目标的安排主要考虑：")
_TARGET_EXPLAINED = re.compile(r"\s*(?:(?:这一|这个|该|此)目标|主要(?:是)?考虑|安排这一目标)")
# the next item of an enumerated run of reasons or points ("；二是", "；其三，")
_NEXT_REASON = re.compile(r"[；;]\s*(?:[二三四五六七八九]是|其[二三四五六七八九][，,、])")
_HELD_LONG = re.compile(r"长期|多年|一直|历年|连续(?:\d{1,2}|[两二三四五六七八九十]{1,2})年")  # (a rank held up to now)
_HELD_AHEAD = re.compile(r"力争|确保|争取|继续|努力|今年|明年|到20\d\d年|要")  # (a rank to keep: a target)
_SO_FAR_OPENS = re.compile(r"\s*(?:今年|年初)以来")  # (a paragraph opened by the year so far)


def _last_year_turn(text: str, lo: int, hi: int) -> int:
    """Where the last clause opening on last year's figure between ``lo`` and ``hi`` opens ("今年以来增长6.1%，去年增长
    5.6%": 去年 dates its clause; not "今年以来…比去年同期增长8%", a comparison's base), else -1."""
    at = -1
    for w in _LAST_YEAR_WORDS:
        k = text.find(w, lo, hi)
        while k > lo:
            if text[k - 1] in _LAST_YEAR_OPENS and _LAST_YEAR_CLAUSE.match(text, k) is not None:
                at = max(at, k)
            k = text.find(w, k + 2, hi)
    return at
# (a time a sentence names of its own, after a paragraph opened by the year so far)
_OWN_TIME = re.compile(r"(?:19|20)\d{2}年|去年|上年|今年|全年|预计|年度|目标|力争|预期|计划|[五三两十]年|以来")
_YEARS_TARGETS_NEXT = re.compile(r"[，,；;、]\s*((?:19|20)\d\d)年(?:的目标)?(?:为|是)$")
_TARGET_IS = re.compile(r"目标(?:为|是)")
_YEAR_DIGITS = re.compile(r"((?:19|20)\d\d)年")
_BREAKDOWN_LEADS = ("其中，", "其中,", "分产业看，", "分产业看,", "分三次产业看，")  # (a sentence breaking the one before down)
# (年初 too: "第四季度，我们将围绕年初确定的…增长7%的目标", the year's target after the part's time)
_WHOLE_YEAR = re.compile(r"全年|预计|年度|年初(?!以来|至今)|(?:19|20)\d{2}年(?![上下]半年|前|1)")
# ("一般公共预算收入中税收收入…", "人均可支配收入中位数": a part of it, or another measure, follows 中)
_NOUN_AFTER = re.compile(r"(?:实绩|业绩)?(?:的)?(?:企业|单位|项目|主体)(?!增加值)|中(?!高速|高端)")
_NOUN_AFTER_FIRST = "实业的企单项主中"
# "与上年持平", "居民消费价格基本持平": no change (but "与全省基本持平", "与全国平均水平持平" compare)
# (and a bare "持平" right after the name, "居民消费价格持平": read only there, see _values; not "粮食产量持平略增",
# "持平偏增", "持平或略增": a small rise, no figure of 0)
# (零增长 is no change too: "规上工业增加值零增长" as a target set low after a fall, or a result)
_FLAT = re.compile(r"(?:(?:与上年|与去年|比上年|较上年|同比)(?:基本)?|(?<![省国市区县州旗平均])(?:基本|总体|大体))持平|(?P<bare>持平)(?![略偏或稍])"
                   r"|(?<![非负])零增长")
# ("一般公共预算收入跨越千亿元大关": 跨越 as 跨过, as with its digits, "跨越1000亿元")
_ORDER_ONLY = re.compile(r"(?P<v>突破|超过|迈上|跨上|达到|站上|跃上|跨过|跨越|越过|迈过|跨入|迈入|登上|冲破|超|逾|接近|近|约)"
                         # ("迈上千亿级台阶": of that order; "千亿级产业集群" is not)
                         # ("城镇新增就业近万人", "新增市场主体逾千户": a count of one order, no digit written; not "万人口")
                         r"(?P<u>(?:万亿|千亿|百亿|千万|百万)(?:元|美元|斤|吨|人次|人|户)|(?:万亿|千亿|百亿)(?=级台阶|级大关|(?!级))|万元(?![户级])"
                         r"|[万千百](?:人次|人(?!口|民|均)|户(?!籍|均)|家(?!庭)))"
                         r"(?:级(?=台阶|大关))?(?:大关|台阶|规模|门槛|关口)?")
# "2024年、2025年分别增长…": years listed before 分别, one value each (not the base years of a change:
# "比2020年、2015年分别增长32%、85%", "较2015年、2020年分别翻一番…")
# (or named from the report's year: "去年和今年地区生产总值分别增长6.1%和6.5%左右")
_YEAR_ITEM = r"(?:(?:19|20)\d{2}年|去年|上年|前年|今年|明年|后年)"
_YEARS_EACH = re.compile(r"(?<![比较与同是、\d])(?:" + _YEAR_ITEM + r"[、和与及]){1,4}" + _YEAR_ITEM + r"(?:全年)?(?:分别|依次)")
_YEARS_LEAD = re.compile(r"(?<![比较与同是、\d])(?:(?:" + _YEAR_ITEM + r"[、和与及]){1,4}" + _YEAR_ITEM + "|今明两年|明后两年)"
                         + r"[，,]?(?:全年)?(?:全省|全市|全区|全县|全州|全盟|全旗|全国|我省|我市|我区|我县)?$")
_YEAR_NAMED = re.compile(r"((?:19|20)\d{2})年|(去年|上年)|(今|今年)|(明年?)|(前年)|(后年?)")  # ("后" of "明后两年")
_YEAR_OFFSET = {2: "@-1", 3: "@0", 4: "@1", 5: "@-2", 6: "@2"}  # (a year named from the report's, kept as its offset until the year is known)


# a list of years opening the sentence, then a comma ("2017年和2018年，全旗地区生产总值分别增长5.2%和6.1%，一般公共
# 预算收入分别增长15.3%和21.6%"): the years of every name's 分别 in it, no other year named between
# (or with an aim before it and no comma: "力争明后两年全市地区生产总值分别增长6%、6.5%，规模以上工业增加值分别…")
_YEARS_OPEN = re.compile(r"[ \t\u3000]*(?:(?:力争|争取|确保|预计)(?=[^，,]{0,12}分别))?(?:(?:" + _YEAR_ITEM + r"[、和与及]){1,4}" + _YEAR_ITEM
                         + r"|今明两年|明后两年)(?:[，,]|(?=[^，,]{0,12}分别))")
_A_YEAR = re.compile(_YEAR_ITEM)


def _sentence_years(text: str, gstart: int) -> re.Match | None:
    """The list of years opening the sentence of a name at ``gstart``, if no other year is named before the name."""
    s = _after_mark(_SENT_MARKS, text, gstart - 120, gstart)
    m = _YEARS_OPEN.match(text, s, gstart)
    if m is None and (c := max(text.rfind("：", s, gstart), text.rfind(":", s, gstart))) >= 0:
        m = _YEARS_OPEN.match(text, c + 1, gstart)  # (after a lead's colon: "…的奋斗目标：力争明后两年…分别…")
    if m is None or _A_YEAR.search(text, m.end(), gstart) is not None:
        return None
    return m


def _years_named(listed: str) -> list[str]:
    """The years of a list before 分别, each a year or an offset from the report's year ("@-1" for 去年)."""
    return [m.group(1) or _YEAR_OFFSET[m.lastindex] for m in _YEAR_NAMED.finditer(listed)]
# ranks, doublings, "持平" and "突破万亿元": values written without a number and unit, looked for together
_SPECIAL_VALUES = SkippingSet([_RANK, _DOUBLING, _FLAT, _ORDER_ONLY])
# ("引进高新技术企业450家，高新技术企业总数超过2600家": the verb of a gain with no 新; not "累计认定1200家", a total)
_GAIN_WORDS = r"新增|净增|新认定|新培育|新引进|新登记|新设立|新设|新注册|新发展"
# (a word of the stock's kind between: "新增有效高新技术企业200家", the ones whose certificate holds)
_ADDED_BEFORE = re.compile(r"(?:" + _GAIN_WORDS + r"|(?<![累共计新])(?:引进|培育|认定))(?:有效)?$")
# "在去年增长6.2%的基础上增长6.5%左右", "在上年增长5.8%的基础上预期增长6%以上": the figure set on last year's base
# "翻一番的目标仍有差距": a goal said to be still ahead
_GOAL_STILL_AHEAD = re.compile(r"的(?:奋斗|发展|既定)?目标(?:任务)?[，,]?(?:仍|还|尚|依然|依旧)?(?:然)?(?:有|存在)(?:较大|一定|不小|很大|不少)?的?差距")
_ON_BASE_BETWEEN = re.compile(r"(?:左右)?的?(?:较?高|较?低)?(?:基数)?的?基础上[，,]?(?:再|继续)?(?:力争|预期|预计|确保|争取|计划|努力|目标为?)?(?:实现)?"
                              r"(?:增长|下降|提高|降低|达到|突破|上涨)?$")
# (the whole between the name and the figure set: "地区生产总值力争在去年增长4.1%的基础上增长7%", "经济增长目标在去年
# 增长4.1%的基础上力争增长7%")
_ON_BASE_SET = re.compile(r"(?:(?:预期)?目标)?(?:力争|预期|确保|争取|计划)?在(?:去年|上年|(?:19|20)\d{2}年)(?:全年)?(?:增长|下降|达到|实现|完成)?"
                          r"[\d.]+(?:[%％]|[万亿]{0,2}元)(?:左右)?的?(?:较?高|较?低)?(?:基数)?的?基础上[，,]?(?:再|继续)?(?:力争|预期|预计|确保|争取|计划|努力|目标为?)?(?:实现)?"
                          r"(?:增长|下降|提高|降低|达到|突破|上涨)?")
_PAST_LEAD = re.compile(r"(?:去年|上年|过去一年|一年来|((?:19|20)\d\d)年)(?!以来|起|的?(?:主要)?(?:预期)?目标)")


def _past_lead(text: str, ss: int, pos: int, y: int, section_role: str) -> int | None:
    """The past year a sentence opening before ``pos`` is about ("2023年，…", "去年，…", a review section's), or None."""
    m = _PAST_LEAD.search(text, ss, pos)
    if m is not None and (m.group(1) is None or int(m.group(1)) < y):
        return int(m.group(1)) if m.group(1) else y - 1
    return y - 1 if section_role == "review" else None


# (a gain's stock named in total after it; the total's word or verb last before the figure, "总数突破5800家",
# "累计认定120家": not another stock counted after the gain, "新增国家高新技术企业35家，共有省级以上研发机构210家",
# "累计培育科技型中小企业600家")
_STOCK_AFTER_GAIN = re.compile(r"(?:总量|总额|余额|总数|存量|总规模)[^，,、；;。\d]{0,4}$")
_TOTAL_WORDS = re.compile(r"(?:总数|总量|总计|共有)[^，,、；;。]{0,3}$")
_TOTAL_NAMED = re.compile(r"总数|总量|总计|共有")  # (a stock's total named as such: "经营主体总量突破780万户")
_TOTAL_LAST = re.compile(r"(?:总数|总量|达到|达|突破|超过|累计|共有)[^，,、；;。]{0,2}$")
# the words of a sum before a name (累计, 五年共, and cues.tsv years_sum_words: 合计/共计/总计 — "五年总计完成固定资产投资
# 2.86万亿元" is the span's total as "五年合计…" is; decision 362): each holds a 计 or a 共 (the first look in `summed`)
@once
def _summed() -> re.Pattern:
    words = sorted({"累计", "五年共", *vocab.cues().get("years_sum_words", ())}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))
# a rank held through the five years reviewed (not "连续三年位居全市第一", said of the last year)
# (or kept, "总量保持全省第5位", as 稳居 says)
# (继续/始终/一直 before a place are a place kept as 保持 is: "经济总量继续位居全市第一", "始终位居全省首位")
_HELD_RANK = re.compile(r"稳居|保持(?:在)?(?:全[国省市区州盟])?第|连续五年(?:位?居|位列|排名)|(?:继续|始终|一直)(?:保持|位?居|位列|排名)")
# a place of the size reached, or one reached at the span's end, not of the change before it ("年均增长7.2%，总量居全市
# 第5位", "…，跃居全市第3位")
# (nor a place each year held, "两年平均增长8.95%，增速均居全市第2位": decision 13 gives it to the last year listed)
_END_RANK = re.compile(r"总量|规模|总额|总数|体量|数量|跃|升至|升到|上升|前移|进位|均(?=位?居|排|列)")
_REACHED_RANK = re.compile(r"跃|升至|升到|上升|前移|进位|均(?=位?居|排|列)")
# (nor a bare place after the average that follows the level reached in a named year: "由2017年的11037亿元增加到
# 2022年的14920.75亿元，年均增长5.6%，居全国城市第13位" ranks the level of that year, as a size is ranked unless a rate is named)
_LEVEL_TO_YEAR = re.compile(r"(?:增加|增长|提高|提升|扩大|跃升|攀升)(?:到|至)(?:19|20)\d\d年(?:底|末)?的")
_RATE_BETWEEN = re.compile(r"增速|增幅|速度|增长")
@once
def _yearly_stocks() -> frozenset[str]:
    """Stocks whose yearly figures add up over a span, as a flow's do (cues.tsv yearly_stock)."""
    return frozenset(vocab.cues().get("yearly_stock", ()))


@once
def _own_sums() -> tuple[str, ...]:
    """The words after a 累计 that make it a running total of its own figure (cues.tsv own_sum)."""
    return tuple(vocab.cues().get("own_sum", ()))


@once
def _sum_goes_on() -> tuple[str, ...]:
    """The words opening a clause after a 累计's own figure that still tell the sum (cues.tsv sum_goes_on)."""
    return vocab.cues().get("sum_goes_on", ())


# a level or ratio held, not reached: "稳定在800亿斤以上", "连续五年保持在93%以上"
_HELD_VERBS = ("稳定在", "保持在", "稳在", "控制在")
# a level held stated for the one year ("全年粮食产量稳定在…", "年末森林覆盖率稳定在62.5%", not "“十四五”末")
# a sentence of a review led by the five years, right before its name ("五年民生支出占一般公共预算支出比重保持在80%以上",
# covid16): a bound held through them (not "五年来", "五年内", "五年行动", read elsewhere or no review)
_FIVE_LEADS = re.compile(r"[ \t\u3000]*(?:近|过去)?五年(?![来间内前后中里的级，,、]|规划|计划|行动|目标|任务|时间|左右)")
_ONE_YEAR_HELD = re.compile(r"全年|(?<![\d五])年[末底]")
# a change on the year before said right after a level ("控制在5.2%，比上年回落0.3个百分点", "…以上，同比增长1.2%"):
# the level is that year's
_ON_LAST_YEAR_AFTER = re.compile(r"[^。；;！？!?\n]{0,8}?(?:同比|(?:比|较|与)(?:上年|去年|上一年))")
# a level passed, said of each year of a run right before it ("连续五年超过50亿斤", "连续三年突破千亿元"): held, as 稳定在
_PASSED_VERBS = ("超过", "突破", "高于")
# the years a level was held on end ("连续两年稳定在…"): those, not the five reviewed
_HELD_RUN = re.compile(r"连续([两二三四五六七八九十]|[2-9]|1\d)年")  # (the run in digits too: "连续6年稳定在1300亿斤以上")


def _run_years(run: re.Match) -> int:
    """The years a run of ``_HELD_RUN`` names."""
    n = run.group(1)
    return int(n) if n.isdigit() else _CN_N[n]


# a level reached at the end of the years, not their sum ("跨越2.5万元", "达到3300亿元")
_REACHED_VERBS = ("达到", "达", "突破", "跨越", "超过", "迈上", "到", "至")
# the stock's total stated after its gain ("高新技术企业总数达到120家", "总量达到8.6万户"), not a part of the gain
# ("新增高新技术企业15家，其中国家级高新技术企业8家")
# the words that state a stock's total ("高新技术企业总数达到312家")
_TOTAL_STATE_WORDS = r"总数|总量|达到|达|突破|超过|增至|增加到|累计|共有"
_TOTAL_STATED = re.compile(_TOTAL_STATE_WORDS + r"|增长到")
@once
def _stock_reached() -> tuple[re.Pattern, re.Pattern]:
    """A stock's total named as such at the sentence's subject ("高新技术企业数量从2.2万家增加到4.9万家", "…总数达到1.9万家"),
    and the verbs of a whole region's stock reaching its total (cues.tsv stock_reached: 达到, 突破, 增至…)."""
    verbs = "|".join(map(re.escape, sorted(vocab.cues().get("stock_reached", ()), key=lambda w: (-len(w), w))))
    return re.compile(r"(?:数量?|总数|总量)(?:从|由|" + verbs + ")"), re.compile(r"(?:" + verbs + ")")


def _stock_restated(text: str, at: int, start: int = -1) -> bool:
    """Whether the stock named right before ``at`` (from ``start``) is stated by its total in its own words ("高新技术
    企业数量从2.2万家增加到4.9万家"), or as the whole region's reaching it ("全市高新技术企业达到1510家"): it replaces
    the gain a sentence before stated for the same key ("新增国家高新技术企业5100家"); not a part ("其中国家高新技术企业
    达到1200家"). (A whole report's five-year review restating, in a later sentence, the stock the year's part stated only
    by its gain.)"""
    named, reached = _stock_reached()
    return named.match(text, at) is not None or start >= 2 and text[start - 2] == "全" \
        and text[start - 1] in "省市县区州旗盟" and reached.match(text, at) is not None


def _total_after_gain(text: str, start: int, at: int, gained: int, gstart: int, vend: int) -> bool:
    """Whether the stock named from ``start`` to ``at``, gained at ``gained`` before, is stated by its total: a total
    named as such (总数/总量/总计/共有) wherever it stands ("新增经营主体65万户" … "经营主体总量突破780万户"), or a
    total's word (达到, 突破…) in the gain's own sentence or restating the stock (_stock_restated), not a part of the
    gain ("其中国家级高新技术企业达到1200家")."""
    return _TOTAL_NAMED.search(text, start, vend) is not None \
        or (text.find("。", gained, gstart) < 0 or _stock_restated(text, at, start)) \
        and _TOTAL_STATED.search(text, start, vend) is not None and not _PART_OF_GAIN.search(text, max(gained, start - 12), start)
# "新增规上工业企业96家、高新技术企业65家": a stock named in a list of gains that one verb of gain leads (its
# figure right after its name, not "…、高新技术企业总数达到312家", a total in the list)
_GAIN_VERB = re.compile(_GAIN_WORDS)
_GAIN_ITEMS = re.compile(r"(?:[^\d、，,；;。：:\n]{1,24}?\d+(?:\.\d+)?[^\d\s、，,；;。：:]{0,4}[、和及])+")
_TOTAL_AFTER_NAME = re.compile(r"[^\d，,；;。、\n]{0,14}?(?:" + _TOTAL_STATE_WORDS + r")")


def _stock_gained(text: str, pos: int, alias: str = "") -> bool:
    """Whether the stock named at ``pos`` is what it gained ("新增高新技术企业15家", "新增市场主体120万户",
    "新增规上工业企业96家、高新技术企业65家"), not its total."""
    if _ADDED_BEFORE.search(text, max(0, pos - 6), pos) is not None or alias.startswith(("新增", "净增")) \
            or text.startswith(("新增", "净增"), pos):
        return True
    if pos < 2 or text[pos - 1] not in "、和及" or _TOTAL_AFTER_NAME.match(text, pos + len(alias)):
        return False
    lo = max(0, pos - 60)
    lo = max(lo, rfind_mark(text, lo, pos, _CLAUSE_MARKS) + 1)
    g = _GAIN_VERB.search(text, lo, pos)
    return g is not None and _GAIN_ITEMS.fullmatch(text, g.end(), pos) is not None
_PART_OF_GAIN = re.compile(r"(?:其中|(?:国家|省|市|县|区)级)[^，,、；;。]{0,6}$")
# the words between a list's colon (or the sentence's start) and a year that leads the list ("：力争到2025年，")
_LIST_YEAR_LEAD = re.compile(r"[：:][ \u3000]*(?:力争|确保|争取|努力)?[ \u3000]*$")
_ITEM_YEAR_LEAD = re.compile(r"[；;][ \u3000]*(?:力争|确保|争取|努力)?[ \u3000]*$")
# (a digest's speaker before it, "报告提出，到2025年，A；B", as no words: the report's own sentence goes on)
# (a clause naming the plan as the source before it, "按照规划纲要，到2020年，A；B": the plan's own list goes on)
_LIST_YEAR_OPEN = re.compile(r"[ \u3000]*(?:(?:政府工作)?报告(?:还)?(?:提出|明确|指出)[，,：:]?)?"
                             r"(?:(?:按照|根据|依据)[^，,。；;：:\d]{0,10}?(?:规划纲要|规划|纲要)(?:的?要求|确定的目标)?[，,])?"
                             r"[ \u3000]*(?:力争|确保|争取|努力)?[ \u3000]*")
# (the plan named as what sets the list, its year right after with no comma: "规划提出，到2025年全区地区生产总值达到1800亿元，
# 年均增长7%左右；一般公共预算收入年均增长7%以上；…", "根据规划纲要，到2025年…")
_PLAN_SETS_YEAR = re.compile(r"[ \u3000]*(?:(?:按照|根据|依据)[^，,。；;：:\d]{0,10}?(?:规划纲要|规划|纲要)[，,]"
                             r"|[^，,。；;：:\d]{0,10}?(?:规划纲要|规划)(?:提出|明确|确定)[，,：:])"
                             r"[ \u3000]*(?:力争|确保|争取|努力)?[ \u3000]*")


def _heads_list(text: str, m: re.Match, full_start: int) -> bool:
    """Whether a ``_BY_YEAR`` match with a comma after it opens its sentence or the list after a colon
    ("主要目标是：到2025年，A；B；C", "到2025年，A；B"): it dates every item (not "…，到2030年突破5000亿元；B",
    an item's own year)."""
    if m.start() < full_start:
        return False
    s0 = max(full_start, m.start() - 24)
    seg = text[s0:m.start()]
    if text[m.end():m.end() + 1] not in "，,":
        return s0 == full_start and "规" in seg and _PLAN_SETS_YEAR.fullmatch(seg) is not None
    if _ITEM_YEAR_LEAD.search(seg) is not None:
        # "主要目标是：到2020年，全面建成小康社会；到2022年，A；B": a later year opening an item as the first opened the
        # list takes the list over from it, the items after dated by it (not by the first, whose own item it ended)
        return any(_heads_list(text, e, full_start) for e in _by_years(text, full_start, m.start()))
    return _LIST_YEAR_LEAD.search(seg) is not None or s0 == full_start and _LIST_YEAR_OPEN.fullmatch(seg) is not None \
        or _WORDS_THEN_YEAR.fullmatch(text, full_start, m.start()) is not None
# (clauses of words, no figure, before the year that leads the figures: "今后五年，我们将锚定…的目标，力争到2030年，A；B")
_WORDS_THEN_YEAR = re.compile(r"[^\d。；;！？!?\n]{0,60}[，,][ \u3000]*(?:力争|确保|争取|努力)?[ \u3000]*")
_FIVE_AHEAD = re.compile(r"(?:今后|未来)这?五年")
# ("今年和今后一个时期": this year named with the time ahead, no span ahead)
_SPAN_AHEAD = re.compile(r"(?:今后|未来)五年|" + _TIME_AHEAD + r"|十[一二三四五六七]五[”\"’]?(?:规划)?(?:时期|期间)")
# "增长5%（2025年增长4.2%）", "（上年为3.55%）": an aside after a target giving last year's figure
# (also the base a target is set on: "今年…一般公共预算收入在去年46.5亿元的基础上增长6%", "在去年增长6.2%的基础上")
_LAST_YEAR_BETWEEN = re.compile(r"在?(?:去年|上年|((?:19|20)\d{2})年)(?:全年)?(?:实际)?(?:分别)?(?:同比|比上年)?(?:增长|下降|上涨|涨幅为?|达到|完成|实现|新增|为|稳定在|保持在)?")
_LAST_YEAR_FIRST = frozenset("在去上12")  # (what every match of it opens with)


def _label_close(text: str, pos: int, mend: int) -> int:
    """How many characters close a card's label right after its name at ``pos``..``mend``: a colon ("地区生产总值：去年…"),
    or the bracket of a card's head ("【地区生产总值】去年完成4401.1亿元", "【粮食产量】：去年…"): the year after it
    dates the name's figure as after a colon."""
    c = text[mend:mend + 1]
    if c in ("：", ":"):
        return 1
    if c == "】" and text[pos - 1:pos] == "【":
        return 2 if text[mend + 1:mend + 2] in ("：", ":") else 1
    return 0
_LAST_YEAR_WORDS = ("去年", "上年")
# a comparison's base word right before a year's word ("高于今年", "比今年", "较今年"); the characters it may end with
# (not 与/同/和, which also list years: "去年和今年分别增长…")
_COMPARED_TO = re.compile(r"(?:[高低快慢好]于|超过|超出|[比较])$")
_COMPARED_TO_FIRST = frozenset("于过出比较")
# the average right after a span's words ("“十四五”以来年均增长6.3%", "，年均增长…"): four characters on from the cue
_SPAN_OWN_AVERAGE = frozenset(p + w for p in ("年均", "平均") for w in ("增长", "下降")) | frozenset(
    c + p + w for c in "，," for p in ("年均", "平均") for w in ("增", "下"))


def _span_own_average(text: str, at: int) -> bool:
    """Whether the average of a figure follows the span's words ending at ``at`` ("近三年(来)年均增长…")."""
    if text[at:at + 1] == "来":
        at += 1
    return text[at:at + 4] in _SPAN_OWN_AVERAGE


_LAST_YEAR_OPENS = frozenset("，,；;")  # (the marks a clause of its own opens after)
# (or the target's word after a growth's name: "经济增长目标在去年增长4.1%的基础上力争增长7%")
_BASE_SET_WORDS = ("力争", "预期", "确保", "争取", "计划", "目标")


# this year's figure of a name whose last-year figure stands just before, the name left out ("，今年预期增长5%左右",
# "，今年力争增长7%", "，今年与经济增长同步"): a clause of its own in a review's ；-item
_THIS_YEAR_ELLIPTIC = re.compile(r"今年(?:预期|预计|计划|预算|目标|力争|争取|确保|要|将|还将|继续)*(?:为|是)?"
                                 r"(?:(?:增长|下降|上涨|提高|达到|突破|控制在)?[\d.]|(?:与|同)[^，,。；;\d%]{0,8}同步)")


# a later clause of the figure's sentence turning to this year with the name left out ("…完成40.6亿元，增长7.1%，今年
#在去年基础上增长5%", "…能耗下降3.5%，今年下降3.2%"): the report sets this year's figure against last year's result
_TURN_TO_THIS_YEAR = re.compile(r"[，,；;]\s*今年(?!以来)(?:预期|预计|计划|目标|力争|争取|确保|要|将|还将|继续|再)*(?:在去年的?基础上)?"
                                r"(?:为|是)?(?:分别)?(?:恢复性)?(?:增长|下降|上涨|提高到?|提升到?|达到|突破|完成|控制在|稳定在|保持在|新增|"
                                r"增加到?|降至|降到|下降到)?[\d.]")
# (a bare 全年 set against a later 今年 in one sentence, "全年粮食产量达到68.9万吨，连续十四年增产；今年粮食总产稳定在…",
# is the year gone by, the name said again or not)
_THIS_YEAR_LATER = re.compile(r"[，,；;]\s*今年(?!以来)")
_SETS_FIGURE = re.compile(r"目标|定[在为]|计划|预期|力争|确保|争取|安排")  # (not 预算: a name's word, 一般公共预算收入)
_NAME_HEAD = re.compile(r"[\u4e00-\u9fff]{4}")  # (the first four characters of a name said again)


def _turned_to_this_year(text: str, at: int, whole_year: bool, lo: int) -> bool:
    """Whether a clause after ``at`` in its full sentence (from ``lo``) turns to this year: after a bare 全年, with or
    without the name; else with the name left out, or with a name said before the figure at ``at`` in the sentence
    ("接待游客856万人次，增长12%，旅游总收入68亿元，今年接待游客增长10%以上": the sentence's results, then this year's)."""
    e = find_mark(text, at, min(len(text), at + 120), _FULL_STOPS)
    e = e if e >= 0 else min(len(text), at + 120)
    if text.find("今年", at, e) < 0:
        return False
    if (_THIS_YEAR_LATER if whole_year else _TURN_TO_THIS_YEAR).search(text, at, e) is not None:
        return True
    return (t := _THIS_YEAR_LATER.search(text, at, e)) is not None and _NAME_HEAD.match(text, t.end()) is not None \
        and text.find(text[t.end():t.end() + 4], lo, at) >= 0


_AHEAD_BETWEEN_FIGURES = re.compile(r"今年|明年|年内|全年|预期|预计|目标|计划|力争|确保|争取|年均|累计|[“\"]十")
# (and another year opening a clause between: "粮食产量2024年达到735亿斤，2025年达到740亿斤", each year's its own figure)
_YEAR_OPENS_CLAUSE = re.compile(r"[，,；;、]\s*((?:19|20)\d{2})年(?![底末以来前后度])")
# (a plan's goals for a pair named once, then the years of it gone by, each one's average: "城乡居民人均可支配收入规划目标为年均
# 增长8%和9.5%，三年分别年均增长5.6%和7.3%", "…，2021—2023年分别年均增长…", in a mid-term review)
_YEARS_GONE_RUN = re.compile(r"[，,；;](?:(?:近|过去|前)?[两二三四]年(?:来|以来)?|(?:19|20)\d\d年?[—–\-~～至](?:19|20)?\d\d年)"
                             r"[，,]?分别(?:年均|平均)(?:增长|下降)")
_THIS_YEAR_RUN = re.compile(r"[，,；;。]\s*(?:今年|明年|(?:19|20)\d{2}年)(?:的)?(?:预期|目标|计划|预算|力争|争取|确保|提出|确定)*(?:是|为)?分别(?:为|是)?(?:增长|下降|提高|达到)?")
_BOUND_SET_VERBS = ("控制在", "稳定在", "保持在")  # (the verbs of a bound to keep, decision 155)
# (a clause opening with this year right after a figure; or a sentence, an explainer's card going on from last year's
# figures to this year's in words: "城乡居民人均可支配收入：去年分别达到41580元和18930元。今年预期增长与经济增长同步")
_THIS_YEAR_NEXT = frozenset(("，今年", ",今年", "。今年"))


# a sentence opening on the years ahead (cues.tsv goal_span_leads): "今后五年，…增长高于全市平均水平，今年增长8.5%左右"
@once
def _goal_span_lead_re() -> re.Pattern:
    return re.compile("(?:" + "|".join(map(re.escape, sorted(vocab.cues()["goal_span_leads"], key=lambda w: (-len(w), w)))) + ")[，,]")


def _goal_words_then_year(text: str, gstart: int, gend: int, vstart: int, year: int, qual_re: re.Pattern) -> re.Match | None:
    """The goal's words right after the name in a sentence opening on the years ahead, when the name's first figure opens
    a clause of its own naming this year ("今年增长8.5%左右", "2021年增长8.5%左右"); else None."""
    if not _goal_span_lead_re().match(text, _sentence_start(text, gstart)):
        return None
    gq = qual_re.search(text, gend, min(vstart, gend + 16))
    if gq is None or find_mark(text, gend, gq.start(), _CLAUSE_MARKS) >= 0:
        return None
    k = find_mark(text, gq.end(), vstart, _CLAUSE_MARKS)
    if k < 0 or text[k] not in "，," or find_mark(text, k + 1, vstart, _CLAUSE_MARKS) >= 0:
        return None
    yw = _THIS_YEAR_WORDS_AT.match(text, k + 1)
    if yw is None or not k + 1 <= vstart <= yw.end():
        return None
    if text[k + 1:k + 3] != "今年" and text[k + 1:k + 5] != str(year):
        return None
    return gq


_THIS_YEAR_WORDS_AT = re.compile(r"(?:今年|(?:19|20)\d\d年)(?:预期|力争|争取|确保|要|将|继续|保持|实现)*(?:增长|增速)?")
_AHEAD_QUAL_ENDS = frozenset("，,。；;\n")  # (the words close their clause: "今年与经济增长同步；")


def _this_year_next(text: str, k: int, year: int | None = None) -> int:
    """Where 今年 opens the clause right after the figure ending at ``k`` (_THIS_YEAR_NEXT), or the next paragraph after
    its 。 (a page setting each sentence a paragraph: "…达到41580元和18930元。\n\n今年预期增长与经济增长同步"); else -1.
    After the 。 the report's ``year`` by its number stands for 今年 (a card dating its lines: "2024年达到36852元，增长
    5.6%。\n2025年预期增长与经济增长同步")."""
    if text[k:k + 3] in _THIS_YEAR_NEXT:
        return k + 1
    if text[k:k + 1] == "。" and (text.startswith("今年", j := _after_break(text, k + 1)) and j > k + 1
                                 or year is not None and text.startswith(f"{year}年", j)):
        return j
    return -1


def _elliptic_ahead(text: str, c: int, pos: int) -> int:
    """Where the ； closing the clause at c stands, if that clause is this year's figure with its name left out
    ("今年预期增长5%左右"), an item's last clause closed before pos; else -1."""
    m = _THIS_YEAR_ELLIPTIC.match(text, c)
    if m is None:
        return -1
    semi = min((k for k in (text.find("；", m.end(), pos), text.find(";", m.end(), pos)) if k >= 0), default=-1)
    return semi if semi >= 0 and find_mark(text, m.end(), semi, _FULL_STOPS) < 0 else -1


def _last_years_item_before(text: str, full_start: int, c: tuple[int, str, int | None], pos: int,
                            sent: list[tuple[int, str, int | None]], plan: bool) -> bool:
    """Whether the cue ``c`` (a result's or last year's target's, no year) stands in a clause that 去年/上年 opens after a
    comma, this year's target before it in the sentence (a target cue, or in the plan's part, ``plan``, a figure), and a
    ；closes its item before ``pos``."""
    if c[1] not in ("actual", "past_target") or c[2] is not None:
        return False
    cs = _after_mark(_CLAUSE_MARKS, text, max(full_start, c[0] - 12), c[0])
    return text.startswith(_LAST_YEAR_WORDS, cs) and text[cs - 1:cs] in ("，", ",") \
        and find_mark(text, c[0], pos, _SEMIS) >= 0 \
        and (any(d[1] == "target" and d[0] < cs for d in sent) or plan and _DIGIT.search(text, full_start, cs) is not None)


def _elliptic_past(text: str, c: int, pos: int) -> bool:
    """Whether the clause at c is last year's figure with its name left out ("去年完成6.8%", "去年为8.1%", "上年增长6.2%"),
    closed before pos."""
    m = _LAST_YEAR_BETWEEN.match(text, c)
    return m is not None and m.group(1) is None and text[m.end():m.end() + 1].isdigit() \
        and 0 <= find_mark(text, m.end(), pos, _CLAUSE_MARKS) < pos


_BRACKET_OPENS = marks("（(")  # (what a bracketed aside opens with: a window with neither holds none, no search)
_ASIDE_YEAR = re.compile(r"[（(]\s*(?:((?:19|20)\d{2})年|上年|去年)[^（）()。；;，,]{0,12}$")
# "经济总量自2012年迈上2万亿元台阶", "于2023年突破千亿元": the year a level was reached
_IN_YEAR = re.compile(r"(?:自|于|在)((?:19|20)\d{2})年(?!以来|来|前|后)[^，,；;]{0,6}$")
# (a target revised, then the year it is for in the clause after: "…调整为2.8%，到2025年…")
_REVISED_BY_YEAR = re.compile(r"[^，,。；;！？\n]{0,4}[，,]\s*(?:力争|确保)?(?:到|至)((?:19|20)\d{2})年")
# (not a span from it: "…70万人，2019年以来累计新增103万人")
# (the year opening a paragraph too: a card's "2024年完成…，增长2.6%。\n\n2025年预期增长3%。", each sentence its paragraph)
# (and a clause after a list's 、: "年均增长5.5%左右、2030年达到8万亿元", the plan's average, then its last year's level;
# not a list of years, "2024、2025年分别…", "2024年、2025年…": no digit or 年 before the 、)
_TO_YEAR = re.compile(r"(?:到|至|(?<=[，,；;%％| ：:。\n])|(?<=[^\d年]、))((?:19|20)\d{2})年(?!以来|来)(?:底|末)?(?:的)?[^，,；;]{0,6}$")
# a year gone by, then the plan set for it, before the figure ("地区生产总值增速：2023年计划7%，2023年完成6.5%，2024年计划6%")
# (and the plan's figure, its clause ending right before a result's: "：2023年计划7%" then "，预计完成6.5%")
# (last year named as such: "上年计划7%，上年预计完成6.5%，今年目标6%")
# (each of these three right after the name, "固定资产投资2023年计划增长10%", or after a mark: a pattern's ^ matches at
# the text's start only, not at the start a search is given)
_PAST_SET = (r"(?:((?:19|20)\d{2})年|去年|上年)(?:度|全年)?的?(?:计划|预期|目标|预算)(?:目标|数|值)?(?:为|是|：|:)?"
             r"(?:增长|下降|上涨)?[\d.]+\s*[^\d\s，,；;。：:]{0,6}$")
_PAST_SET_AT = re.compile(_PAST_SET)
# (or in an aside after this year's target: "增长5.5%左右（2025年目标5.5%左右，完成5.6%）")
_PAST_SET_BEFORE = re.compile(r"(?<=[：:，,；;| 。（(])" + _PAST_SET)
# (an amount dated by its year in the clause before a bare change: "2023年预计完成1250亿元" then "，增长7.2%")
_YEAR_FIGURE = r"((?:19|20)\d{2})年[^，,；;。\d]{0,8}[\d.]+\s*[^\d\s，,；;。：:]{0,6}$"
_YEAR_FIGURE_AT = re.compile(_YEAR_FIGURE)
_YEAR_FIGURE_CLAUSE = re.compile(r"(?<=[。：:，,；;| ])" + _YEAR_FIGURE)
_CHANGE_ONLY = re.compile(r"[，,]\s*(?:同比|比上年|较上年)?(?:增长|下降|上涨)")
_SET_WORD = re.compile(r"计划|预期|目标|预算|力争|确保|争取|安排")
_PAST_YEAR_SET = re.compile(r"((?:19|20)\d{2})年(?:度|全年)?的?(?:计划|预期|目标|预算)(?:目标|数|值)?(?:为|是|：|:)?(?:增长|下降|上涨)?$")
_LAST_YEAR_SET = r"(?:去年|上年)(?:度|全年)?的?(?:计划|预期|目标|预算)(?:目标|数|值)?(?:为|是)?(?:增长|下降|上涨)?$"
_LAST_YEAR_SET_AT = re.compile(_LAST_YEAR_SET)
_LAST_YEAR_SET_AFTER = re.compile(r"(?<=[：:，,；;| ])" + _LAST_YEAR_SET)
# "研发经费投入强度2022年达到2.41%": a year right after the name dates its figure
_NAME_YEAR = re.compile(r"((?:19|20)\d{2})年(?!以来|来|前|后|以前|以后|起)(?:底|末|全年)?[^，,；;。\d]{0,6}$")


# after a target word, a first clause that is an aim (no figure) or a later one opening with the whole region
# (not after a colon, nor an aim said as progress: "目标是：建设…取得新进展，地区生产总值增长6%" lists the
# targets, the aim the first)
_AIM_ENDED = re.compile(r"(?![：:])(?:(?:加快|全力|努力)?(?:建设|打造|建成|争创|创建|创成|成为|跻身|迈入|争当)[^，,。；;\d]{2,40}"
                        r"(?<!进展)(?<!步伐)(?<!突破)(?<!成效)(?<!实效)[，,]"
                        r"|[^。；;]*?[，,]全[县市区省州旗盟])")


# a target restated after a result in a clause of its own ("增长7%，计划目标为8%，"), its figure right after it
# (or revised there: "增长5.2%，预期目标由6.5%下调为4%，")
_RESTATED_AIM = re.compile(r"[\d.][%％]?[^，,。；;\d]{0,4}[，,]\s*(?:而|但)?(?:年度|全年|年初|原定|原|年)?(?:计划|预期)?目标值?(?:是|为)?$")
# a region above's name's verb of setting its own (not 下达, which hands the region its own: decision 102)
_NAME_SETS = re.compile(r"(?:年初)?(?:" + "|".join(map(re.escape, vocab.cues()["name_sets_verbs"])) + ")")  # (cues.tsv name_sets_verbs)


def _above_aim_then_own(text: str, cue: int, fig_end: int, pos: int, above: tuple[str, ...] = ()) -> bool:
    """Whether the target word at ``cue`` is a level above's (cues.tsv above_target_words in its clause before it), its
    figure closing the clause at ``fig_end``, and the region's own word (region_self) opening the clause of ``pos``,
    no setting word (_set_lead) between: "全省目标为增长6%，我县地区生产总值增长7.2%" — the county's result. ``above``:
    the names of the regions above (_above_names), read before their verb of setting by their short name too ("长沙年初
    确定的…目标为8%", decision 499)."""
    c = vocab.cues()
    cs = _after_mark(_CLAUSE_MARKS, text, max(0, cue - 24), cue)
    # ("全省目标为增长10%，全市实际增长9.6%": a whole of a level below opening the next clause, not named in the target's)
    whole = text[fig_end:fig_end + 2]
    own = text.startswith(tuple(c.get("region_self", ())), fig_end) \
        or whole in c.get("region_whole_below", ()) and text.find(whole, cs, cue) < 0 and not _own_aim_after(text, fig_end, pos)
    return own and (any(text.find(w, cs, cue) >= 0 for w in c.get("above_target_words", ()))
                    or _level_sets_other(text, cs, cue, text[fig_end + 1:fig_end + 2])
                    or _above_place_sets().search(text, cs, cue) is not None
                    or any((k := text.find(n, cs, cue)) >= 0 and _NAME_SETS.match(text, k + len(n)) is not None for n in above)
                    or _other_whole(text, cs, cue, text[fig_end + 1:fig_end + 2])
                    or _other_level_char(text[cs:cue], text[fig_end + 1:fig_end + 2])) \
        and _set_lead().search(text, fig_end, pos) is None


@once
def _level_sets_rx() -> re.Pattern[str]:
    """A clause opening on a level's bare word (cues.tsv above_level_chars, above_level_prefectures) then its verb of setting
    (name_sets_verbs, not 下达) and 的, last year maybe before: "市确定的固定资产投资增长目标为7%", "地区确定的…"; group 1
    the level's word."""
    c = vocab.cues()
    return re.compile(r"(?:去年|上年)?(" + longest_first((*c["above_level_chars"], *c.get("above_level_prefectures", ())))
                      + r")(?:年初)?(?:" + longest_first(c["name_sets_verbs"]) + ")的")


def _level_sets_other(text: str, cs: int, cue: int, own: str) -> bool:
    """Whether the target's clause text[cs:cue] opens on a level's bare word and its verb of setting (_level_sets_rx) of
    another kind than ``own``, the whole's character opening the next clause: "市确定的…目标为7%，全县实际增长7.8%",
    "地区确定的…，全市实际增长8.7%" — the level above's, as _other_level_char reads "省预期" (decision 506's Left; the
    clause's opening only, so 全市确定的 stays the region's whole)."""
    m = _level_sets_rx().match(text, cs, cue)
    return m is not None and m.group(1)[0] != own


def _other_level_char(head: str, own: str) -> bool:
    """Whether a target's clause opens on one character of a level (cues.tsv above_level_chars, 定 maybe after it) of another
    kind than ``own``, the character of the whole's word opening the next clause: "：省预期增长7%，全州实际增长8.4%",
    "…方面，区定目标增长7%，全县实际增长8.2%" in a county of 广西 — the level above's, as _other_whole reads 全区 (decision 501)."""
    c = vocab.cues()
    # (the cue passed at its word's end, "省预期", or its start, "区定"; a label's colon before it opens the clause)
    head = head.replace(":", "：").rpartition("：")[2].strip()
    head = next((head[:-len(w)] for w in c["above_clause_sets"] if head.endswith(w)), head).removesuffix("定")
    return len(head) == 1 and head != own and head in c.get("above_level_chars", ())


def _past_aim_in_plan(text: str, full_start: int, cue: tuple[int, str, int | None], role: str, pos: int, v: Value | None,
                      y: int | None) -> bool:
    """Whether a target cited in the plan's part is a past year's (its cue last year's, or 去年/上年 or an earlier year
    before it in the sentence) and the figure at ``pos`` is told done (cues.tsv whole_result_words between it and its
    value): "2021年，市里年初确定的城镇新增就业目标为8000人，全县完成9120人" in 2022's tasks — not this year's own target
    after the level above's ("全市确定的…目标为7%，我县增长8%左右")."""
    end = v.start if v is not None and v.start > pos else pos
    if not any(w in text[pos:end] for w in vocab.cues()["whole_result_words"]):
        return False
    return role == "past_target" or any(w in text[full_start:cue[0]] for w in _LAST_YEAR_WORDS) \
        or y is not None and any(int(m.group(1)) < y for m in _YEAR.finditer(text, full_start, cue[0]))


_SET_VERB_OF = re.compile(r"(?:" + "|".join(map(re.escape, vocab.cues()["set_verb_of_words"])) + ")的")  # (cues.tsv set_verb_of_words)


def _above_set_cue(text: str, cue: int, meta: Metadata) -> bool:
    """Whether the target cue ending at ``cue`` is a level above's setting (_set_above: who sets it, a time between,
    before the verb in its clause): "全省年初确定的地区生产总值增长目标为6.5%左右，我市…要在全省发展中挑大梁。重点做好以下
    工作：…新增城镇就业18万人" — the province's target cited dates none of the region's own sentences after it (hdl59's
    宁波市, lft61)."""
    cs = _after_mark(_CLAUSE_MARKS, text, max(0, cue - 40), cue)
    k = _SET_VERB_OF.search(text, cs, cue)
    if k is None:
        return False
    lead = _set_when_at_end().sub("", text[cs:k.start()])
    # (or a region above by its name, full or short: "绍兴市年初确定的…目标为7%。绍兴市确定的…目标为8%。全区…增长5.3%" in a
    # district's page with no parts, the results after it no targets, lft62)
    return _set_above(lead, meta) or any(lead.endswith(names)
                                         for _, names in _above_names(meta.parent, meta.province, meta.region))


def _other_whole(text: str, cs: int, cue: int, own: str) -> bool:
    """Whether the target's clause text[cs:cue] names a whole (region_whole_below) of another kind than ``own``, the
    character of the region's word opening the next clause: "全区目标为增长5%，全市实际增长12.1%" in 广西's city, 全区
    the autonomous region — a sector's target set by the place the region's result is then told of is no lower level's."""
    return any(w[-1] != own and text.find(w, cs, cue) >= 0 for w in vocab.cues().get("region_whole_below", ()))


def _own_aim_after(text: str, fig_end: int, pos: int) -> bool:
    """Whether the clause of ``pos`` after the level above's target bounds its figure as an aim does (cues.tsv
    whole_aim_bounds: 左右, 以上), no word of a result (whole_result_words: 实际, 完成, 预计) in it: "全市确定的…目标为6%
    左右，全区地区生产总值增长6.5%左右" is the district's own target, "…，全区实际增长6.8%" its result."""
    ce = find_mark(text, pos, min(len(text), pos + 24), _CLAUSE_MARKS)
    clause = text[fig_end:ce if ce >= 0 else min(len(text), pos + 24)]
    c = vocab.cues()
    # (or its whole opens on a word of aiming, aim_subject: "…目标为3%，全县力争下降3.5%" on a page with no parts, lft61b)
    return (any(w in clause for w in c["whole_aim_bounds"]) or clause[2:].startswith(tuple(c["aim_subject"]))
            or clause[2:3] in ("要", "将") and clause[3:].startswith(tuple(c["aim_subject"]))) \
        and not any(w in clause for w in c["whole_result_words"])


# a clause setting a target, its figure closing it ("全市目标为增长10%，", "衡阳市确定的目标为8%左右，"), the target by
# any of its words (cues.tsv above_clause_sets: "全区预期增长7%，", "全区计划增长7%，"), the word its group
@once
def _aim_clause_rx() -> re.Pattern[str]:
    return re.compile(r"[^，,。；;：:\d]{1,12}?(" + longest_first(vocab.cues()["above_clause_sets"])
                      + r")(?:为|是)?(?:增长)?[\d.]+[%％](?:左右|以上)?[，,]")


# a clause after "X方面，" setting the region's own target, its own word or none before ("我县目标为8%", "目标为增长8%"; the
# level above's, "全市目标为…", is passed by _above_aim_clause_end)
# (or a target the level above hands down, named at once, the region's own by decision 57 as after a label's colon:
# "…方面，上级下达目标4.2亿元，全县完成…", "…方面，桂林市下达目标增长10%，…"; a few words, cues.tsv hand_down_words, then
# 目标/计划/任务; with 的 between too, "…方面，省里下达的目标为增长10%，…" — one reading of a handed-down target, the
# region's own, as after a label's colon; decision 468's test read it as the level above's, hnd61)
@once
def _handed_down_aim() -> str:
    return "(?:" + longest_first(vocab.cues()["hand_down_words"]) + ")的?(?:目标|计划|任务){1,2}"


@once
def _own_aim_opens() -> re.Pattern[str]:
    return re.compile(r"(?:(?:我|本)[省市区县州旗盟]的?)?(?:[^，,。；;：:\d]{0,8}?" + _handed_down_aim()
                      + r"|(?:年初|年度|全年)?的?(?:预期)?目标)(?:为|是)?(?:增长|下降)?[\d.]")


def _above_aim_clause_end(text: str, i: int) -> int:
    """Where the clause after a level above's target starts, the target's clause opening at i and the next opening on the
    region's own word or its whole (region_self, region_whole_below: "全市目标为增长10%，全县实际增长11.2%"), or -1."""
    # (not a target handed down and named at once, "上级下达目标增长10%，": the region's own, _own_aim_opens)
    if (a := _aim_clause_rx().match(text, i)) is None or re.search(_handed_down_aim(), text[i:a.end()]) is not None:
        return -1
    return a.end() if _above_aim_then_own(text, a.start(1), a.end(), a.end()) else -1


@once
def _above_place_sets() -> re.Pattern[str]:
    """A level above named by its place name right before its verb of setting ("益阳市确定的目标为…", "曲靖市下达的"):
    cues.tsv above_place_ends then above_set_verbs, a name's character before (decision 461); group 1 the level's word,
    where the name ends."""
    c = vocab.cues()
    # (the year's start before the verb, as _above_set_clause_rx reads after a level's word: "长沙市年初确定的…目标为10%",
    # decision 499)
    return re.compile(r"[\u4e00-\u9fff](" + longest_first(c["above_place_ends"]) + ")(?:年初)?(?:" + longest_first(c["above_set_verbs"]) + ")")


def _own_place(text: str, end: int, region: str) -> bool:
    """Whether the place name ending at ``end`` (at its level's word) is the report's own region by its name or its short
    name ("迁安市确定的" in 迁安市's report, "广州确定的" in 广州市's): the region's own setting, no level above's. The one
    reading of decisions 461's, 472's and 478's checks, which differed on the short name (461's alone read it) and on the
    name's end (461's took its second character, short of a 自治区's end); no kept text holds a case of either (decision 488)."""
    return bool(region) and text.endswith((region, short_name(region)), 0, end)


def _named_above(text: str, lo: int, hi: int, region: str) -> bool:
    """Whether a level above named by its place name sets a figure in text[lo:hi]: any name before its verb of setting
    (_above_place_sets: "，高于曲靖市确定的9%目标", "唐山市下达的…目标为4%") that is not the region's own (_own_place;
    461's read the first name alone). Its callers keep their own verbs: 461's comparison takes no clause holding a verb of
    handing down (hand_down_words), 472's handed target takes 下达; 478's label's clause its own pattern
    (_above_named_sets_rx) and _above_aim_then_own any such name, its own too (no region passed there)."""
    return any(not _own_place(text, pm.end(1), region) for pm in _above_place_sets().finditer(text, lo, hi))


@once
def _aim_figure() -> re.Pattern:
    """A target's figure closing its clause: a change, or an amount in its unit (units.tsv: "城镇新增就业目标为100万人，
    我市完成10.6万人", lft61), after its revision's words."""
    return re.compile(r"(?:(?:(?:由|从)[\d.]+[%％]?)?(?:调整|下调|上调|调减|调增|调低|调高|修订|修改|改)(?:为|至|到))?"
                      # (a range too: "全国经济增长预期目标为6%—6.5%，我市…")
                      r"(?:增长|下降|上涨)?[\d.]+(?:[%％]|" + numbers.unit_re() + r")?(?:[—–~～至到][\d.]+[%％]?)?(?:左右|以上|以内)?[，,]")


def _aim_figure_of(text: str, at: int, pos: int) -> re.Match[str] | None:
    """The target's figure closing its clause (_aim_figure) right after its word at ``at``, or after the name the word
    opens, no mark or figure between: "省里确定的目标为规模以上工业增加值增长8%，全县增长9%" (decision 505's Left, lft62c)."""
    if (fe := _aim_figure().match(text, at, pos)) is not None:
        return fe
    fe = _aim_figure().search(text, at, pos)
    return fe if fe is not None and _FIGURE_OR_MARK.search(text, at, fe.start()) is None else None


_FIGURE_OR_MARK = re.compile(r"[\d，,。；;：:！？!?\n]")


@once
def _own_result_opens() -> re.Pattern:
    """A clause after a target's figure opening on the region's result (its word, then a word of cues.tsv
    whole_result_words: "，全县完成3410人", "，我市实际增长9%")."""
    c = vocab.cues()
    words = longest_first(c["whole_result_words"])
    # (or the whole's bare verb of a result, its figure right after it and no aim's bound after that, as _then_actual reads
    # it: "：州预期增长6%，全市增长6.8%。固定资产投资：…" — the sentences after it no targets, lft62)
    bare = longest_first(c["then_actual_whole_figure"])
    bounds = longest_first(c["whole_aim_bounds"])
    return re.compile(r"(?:全[省市县区州旗盟]|[我本][省市县区州旗盟])?(?:" + words + ")|(?:" + longest_first(c["region_whole_below"])
                      + r")(?:" + bare + r")(?=[\d.])(?![\d.]+[%％]?[万亿千百]?[\u4e00-\u9fff]?(?:" + bounds + "))")


def _aim_then_result(text: str, at: int) -> bool:
    """Whether the target cue ending at ``at`` ("…目标为3000人") closes its figure's clause and the next clause states the
    region's result ("，全县完成3410人"): a year gone by looked back on, whose target word dates no sentence after it
    ("唐山市制定、全县落实的…目标为3000人，全县完成3410人。城乡居民…增长5.6%": the incomes are results, lft61b)."""
    fe = _aim_figure().match(text, at + (text[at:at + 1] in ("为", "是")))
    return fe is not None and _own_result_opens().match(text, fe.end()) is not None


# the text of the last figure's sentence, and that sentence's bounds (one tuple: a thread reads all at once; in a
# list: a module global rebound at each call would change the module's dict, which makes compiled code look every
# global up again)
_BOUNDS: list = [(None,)]


def _year_of_item(text: str, ss: int, at: int, pos: int) -> bool:
    """Whether the year at ``at`` stands inside a comma-set item of a list led by a colon (or by its sentence's start),
    after an item with a figure of its own, and ``pos`` in a later item: the year is that item's, not the list's."""
    c = rfind_mark(text, ss, at, _COLONS)
    if c < 0:
        # (or by the sentence's start: a bullet's items after its title, "——经济实力更加雄厚。地区生产总值年均增长5%
        # 左右，到2030年迈上7000亿元台阶，一般公共预算收入年均增长3%以上")
        c = ss
    k = rfind_mark(text, c, at, _CLAUSE_MARKS)
    # (the year's own clause holds its figure: a bare "到2030年，" leads the items after it)
    j = find_mark(text, at, pos, _CLAUSE_MARKS) if k > c else -1
    # (its figure written in words is one too: "，到2030年力争迈上四千亿元台阶，居民人均可支配收入年均增长6%左右")
    return j >= 0 and _DIGIT_NOT_YEAR.search(text, c, k) is not None \
        and (_DIGIT_NOT_YEAR.search(text, at, j) is not None or _AMOUNT_IN_WORDS.search(text, at, j) is not None)


# an amount written in words ("四千亿元", "两万亿", "千亿元台阶")
_AMOUNT_IN_WORDS = re.compile(r"[一二两三四五六七八九十百千万]+[亿万](?:元|美元|吨|斤|人次|人|户)?")


def _bounds(text: str, pos: int) -> tuple[int, int, int, int]:
    """(sentence start, sentence end, full sentence start, paragraph start) of a figure at ``pos``, as
    _role_period reads them; the figures of one sentence ask in turn, so the last answer is kept
    while ``pos`` is in the same sentence and every mark it found is within reach of ``pos`` too (the
    same marks would be found)."""
    held = _BOUNDS[0]
    if held[0] is text and held[1] <= pos < held[2] and held[1] - 1 >= pos - 1000 and held[2] < pos + 1000 \
            and held[3] - 1 >= pos - 1000:
        return held[1], held[2], held[3], held[4]
    ss = _after_mark(_SENT_MARKS, text, pos - 1000, pos)
    m = find_mark(text, pos, min(len(text), pos + 1000), _SENT_MARKS)
    se = m if m >= 0 else min(len(text), pos + 1000)
    full_start = _after_mark(_FULL_STOPS, text, pos - 1000, ss)
    ps = max(text.rfind("\n", max(0, full_start - 1000), full_start) + 1, full_start - 1000, 0)
    lo = max(0, pos - 1000)
    if ss > lo and m >= 0 and full_start > lo:  # (each bound a mark found, not the reach's end)
        _BOUNDS[0] = (text, ss, se, full_start, ps)
    return ss, se, full_start, ps


# a list of years ("2017年、2018年全县…", "2019年和2020年，…"): only its first is a year cue (_YEAR_CUE leaves a year
# after 、 or 和 to the base years of a comparison, "比2015年、2020年分别…"); a figure of its sentence that no 分别 gives
# a year of its own is of the last one listed ("…分别增长8.8%、9.1%，两年平均增长8.95%": 2017-2018; "，增速均居全市第2位")
_YEARS_GO_ON = re.compile(r"(?:[、和与及](?:19|20)\d{2}年)+")


def _listed_to(text: str, e: int, yv: int, y: int) -> int:
    """The last year of a list whose first year ``yv`` ends at ``e`` (before the report's year ``y``), else ``yv``."""
    if text[e:e + 1] in "、和与及" and (m := _YEARS_GO_ON.match(text, e)) is not None:
        last = int(m.group(0)[-5:-1])
        if yv < last < y:
            return last
    return yv


# a comparison with the target right before an amount: the gap between them ("高于年初预算目标1.2亿元", "超过年初预算1.2亿元")
# (and the plan's, "超过规划目标2.3万人", "超出“十三五”规划目标34万人": the amount beyond the goal, no goal)
_GAP_TO_TARGET = re.compile(r"(?:高于|低于|超过|超出|多于|少于|超)(?:去年|上年)?(?:[“\"]?十[一二三四五六七]五[”\"]?)?(?:年初|年度|全年|规划)?"
                            r"(?:确定的|下达的)?(?:预算|计划|目标)(?:目标|任务|数)?$")
_GAP_WORD_ENDS = ("预算", "计划", "目标", "任务", "数")
# the words of a target or budget set, between a name and a result compared with it ("年度计划", "预期目标", "年初目标")
_SET_NAMED = re.compile(r"计划|预期目标|预算|[度年初]目标")  # (each word holds 计划, 目标 or 预算: _role_period finds them first)


_SUM_LEADS = re.compile(r"(?:完成|实现)?[^\W\d_]{0,4}?$")


def _sum_leads(text: str, se: int, pos: int) -> bool:
    """Whether a 累计 ending at ``se`` leads the name at ``pos`` ("五年累计民生支出", "累计完成财政民生支出"):
    at most a verb and a few letters between, no mark, no figure."""
    return pos - se <= 6 and _SUM_LEADS.match(text, se, pos) is not None


# a stock's total named in its own clause ("…新增市场主体96万户，总数达到205万户")
_STOCK_TOTAL = re.compile(r"总(?:数|量|户数|家数)")


@once
def _five_sum_lead() -> re.Pattern:
    """A clause opened by the five years reviewed, bare, right before a verb of what they added (cues.tsv five_sum_verbs:
    "五年新增", "过去五年完成"); group 1 the verb. Not 五年来, 五年内, 五年规划 or 今后五年 (the clause opens on 今后)."""
    verbs = sorted(vocab.cues().get("five_sum_verbs", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[ \t\u3000]*(?:近|过去)?五年\n?(" + "|".join(map(re.escape, verbs)) + ")")


# the plan's years summed, said right before a goal's total ("五年累计达到", "五年累计完成", "五年共")
_FIVE_SUMMED = re.compile(r"五年(?:累计|共计|共)")
_FIVE_BEFORE_NAME = ("五年", "五年内")


def _plan_total(text: str, v, full_start: int, pos: int, summed: bool) -> bool:
    """Whether a goal's level is a total the plan's years add up to, said right before its figure or its name
    ("固定资产投资五年累计达到1.3万亿元", "五年累计完成固定资产投资1.3万亿元"; 五年 alone right before the name
    too: "五年新增城镇就业5万人", "五年城镇新增就业400万人以上")."""
    if v is None or v.measure != "level":
        return False
    if v.start > pos and text.endswith(_FIVE_BEFORE_NAME, full_start, pos):
        return True
    if not (summed or v.period_hint == "cumulative"):
        return False
    at = v.start if v.start > pos else pos
    return _FIVE_SUMMED.search(text, max(full_start, at - 12), at) is not None


def _plan_named_before(text: str, sent: list, at: int) -> str | None:
    """Which plan the sentence names last before a five-year sum at ``at``: "span" for the years gone, "plan_goal" for
    the years ahead, None for none. "“十四五”时期，…年均增长5.3%；五年累计…" sums the plan gone; "在“十四五”时期五年累计
    完成…的基础上，“十五五”时期五年累计完成…" sums the plan ahead, named after the plan gone and nearer the sum."""
    # (another five-year sum is no plan named: the plan before it decides both)
    named = _nearest([c for c in sent if c[0] <= at and (c[1] == "plan_goal" or c[1] == "span"
                                                          and text[c[0] - 4:c[0]] not in ("五年累计", "五年共"))])
    return named[1] if named is not None else None


def _estimated_plan_before(text: str, sent: list, at: int) -> tuple[int, str, int | None] | None:
    """The plan the sentence names last before a five-year sum at ``at`` (``_plan_named_before``), where it is one
    estimated whole (``_plan_estimated_at``): its cue, else None."""
    named = _nearest([c for c in sent if c[0] <= at and (c[1] == "plan_goal" or c[1] == "span"
                                                          and text[c[0] - 4:c[0]] not in ("五年累计", "五年共"))])
    return named if named is not None and named[1] == "span" and _plan_estimated_at(text, named) else None


def _past_plan_summed(text: str, ps: int, at: int, y: int | None) -> bool:
    """Whether the last plan the paragraph names before a five-year sum at ``at`` ended before the report's year ``y``,
    no years ahead named after it: "“十三五”时期，全市经济实力跃上新台阶。…。五年累计城镇新增就业18.3万人" in 2021's outline
    sums the plan gone (not "“十四五”时期…。“十五五”时期，五年累计…", nor "…。今后五年，…五年累计…")."""
    if y is None or at <= ps:
        return False
    last = _last(m for m in _PLAN_NAME.finditer(text, ps, at) if m.group(2) is None)
    if last is None or _PLAN_START[last.group(1)] + 4 >= y:
        return False
    return _AHEAD_AFTER_PLAN.search(text, last.end(), at) is None and not _plan_as_base(text, last.end(), at)


def _plan_as_base(text: str, e: int, at: int) -> bool:
    """Whether the plan gone named before ``e`` is the base the years ahead build on, its clause closing on a word of
    cues.tsv ``plan_base_words`` ("在巩固“十三五”发展成果的基础上，…五年累计城镇新增就业25万人以上": the plan ahead's
    sum, decision 430)."""
    stop = _CLAUSE_STOP.search(text, e, at)
    clause = text[e:stop.start() if stop else at]
    return any(w in clause for w in vocab.cues().get("plan_base_words", ()))


_CLAUSE_STOP = re.compile(r"[，,。；;！？\n]")


# the years ahead named after a plan gone ("今后五年", "未来五年", "到2030年"): the sum after them is theirs
_AHEAD_AFTER_PLAN = re.compile(r"(?:今后|未来|此后)(?:这)?(?:五|[三四])年|[到至](?:19|20)\d\d年|展望")


# what opens a five-year sum on the years gone ("过去五年累计", "这五年累计", "近五年累计")
_PAST_FIVE = frozenset(("过去", "这", "近", "前", "上", "去"))


def _plan_years_summed(text: str, ps: int, at: int, section_role: str, y: int | None) -> bool:
    """Whether the "五年累计" right before a figure at ``at`` sums the plan's years ahead because it stands in a part
    of the plan (targets, tasks, requirements) in a paragraph that looks back at no year: "实现上述目标…：…四是…，
    城镇新增就业五年累计200万人以上" in a part on the 十五五 and the year's work (not "过去五年累计…" there)."""
    if section_role not in ("targets", "tasks", "requirements"):
        return False
    m = _FIVE_SUMMED.search(text, max(ps, at - 12), at)
    if m is None or text[m.start() - 2:m.start()] in _PAST_FIVE or text[m.start() - 1:m.start()] in _PAST_FIVE:
        return False
    # (another five-year sum before it in the paragraph is the plan's too: "五年累计新增城镇就业200万人，五年累计完成…")
    return not any(c[1] in ("span", "actual") and not _FIVE_SUMMED.match(text, max(ps, c[0] - 4), c[0])
                   and text[c[0] - 3:c[0]] != "五年共" for c in _cues(text, ps, m.start(), y))


# the budget at the year's start named right before a budget's name ("年初预算全县…", "年初预算县本级…"), and last year
# named before it ("上年年初预算", "2021年年初预算"…: the base of the draft's growth, or last year's budget restated)
_DRAFT_BUDGET_CUE = re.compile(r"年初预算(?:数)?(?:全[省市县区州旗盟]|[省市县区州旗盟]?本级|[省市县区州旗盟]级)?$")
_LAST_YEAR_BEFORE = re.compile(r"(?:上年|去年|上一年)$")


def _line_above(text: str, ls: int) -> tuple[int, int]:
    """(start, end) of the last non-blank line before the line that starts at ``ls`` ((0, 0) for none)."""
    e = len(text[:ls].rstrip())
    return (text.rfind("\n", 0, e) + 1, e) if e > 0 else (0, 0)


def _caption_of_figure(text: str, at: int) -> bool:
    """Whether the line that holds ``at`` stands right under a line that is only a figure (a 数读 page's caption)."""
    a, b = _line_above(text, text.rfind("\n", 0, at) + 1)
    # (such a line opens with a digit, an arrow or a space: most open with a word, no match tried)
    return b > a and (text[a].isdigit() or text[a] in _FIGURE_LINE_OPENERS) and VALUE_LINE.fullmatch(text, a, b) is not None


def _own_item_cues(text: str, cues: list, pos: int) -> list:
    """The cues before ``pos`` less those on another 数读 item's caption ("7.2%\n“十三五”时期年均增长" over
    "5.3%\n规模以上工业增加值增长"): that figure's time, not the items' under it (a heading's, "今后五年", stays)."""
    if not cues or text.find("\n", min(c[0] for c in cues), pos) < 0:
        return cues
    item = -1
    out = []
    for c in cues:
        if text.find("\n", c[0], pos) >= 0 and _caption_of_figure(text, c[0]):
            if item < 0:
                item = _item_line_start(text, pos)
            if c[0] < item:
                continue
        out.append(c)
    return out


def _item_line_start(text: str, pos: int) -> int:
    """Where the 数读 item that holds ``pos`` starts: its figure's line, above its caption's or its own."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    if VALUE_LINE.fullmatch(text, ls, le if le >= 0 else len(text)) is not None:
        return ls
    a, b = _line_above(text, ls)
    return a if b > a and VALUE_LINE.fullmatch(text, a, b) is not None else ls


_THEN_DONE = re.compile(r"[ \t\u3000]*(?:完成情况|执行情况|落实情况|实际完成|全年完成)[：:]")


@once
def _en_year_after_rx() -> re.Pattern[str]:
    words = "|".join(map(re.escape, vocab.cues().get("en_year_after_words", ()))) or "(?!)"
    # (the unit's word may stand between the figure and the year: "6.4 percent in 2023", "7.3 % in 2023"; the year closes
    # the sentence or a clause, its mark right after it: the text as read has lost the space after "2023,")
    return re.compile(rf"(?:\s*(?:percent|per cent|%|percentage points?))?\s+(?:{words})\s+((?:19|20)\d\d)\s*(?=[.;!?,，。；]|$)")


@once
def _en_year_then_change_rx() -> re.Pattern[str]:
    words = "|".join(map(re.escape, vocab.cues().get("en_year_after_words", ()))) or "(?!)"
    change = "|".join(map(re.escape, vocab.cues().get("en_change_lead", ()))) or "(?!)"
    return re.compile(rf"(?<=[A-Za-z%\d])\s+(?:{words})\s+((?:19|20)\d\d),\s*(?:{change})\s+$")


def _en_year_then_change(text: str, at: int) -> int:
    """The year an English sentence names right after the figure before the change whose figure starts at ``at``
    ("…reached 7.95 trillion yuan in 2016, up 7.5 percent": 2016; cues.tsv en_year_after_words, en_change_lead), the
    change's clause being all that stands between; 0 where none."""
    # (a match ends in white space right before ``at``: ``\s+$`` closes the pattern, its ``$`` at ``at`` or before a line
    # break there; elsewhere the search, which tries every place of the window, is not made. Decision 466)
    if at <= 0 or not text[at - 1].isspace():
        return 0
    m = _en_year_then_change_rx().search(text, max(0, at - 40), at)
    return int(m.group(1)) if m is not None else 0


_EN_LAST_YEAR_CLOSE = re.compile(r"(?<![A-Za-z])last year\s*$")


def _en_clause_last_year(text: str, at: int, year: int) -> int:
    """The year before ``year`` where the English clause of the figure ending at ``at`` closes on "last year" ("Foreign trade
    dropped 2.1 percent to 280 billion yuan last year."; its mark a full stop, comma or semicolon, not a number's point or
    thousands comma), sixty characters at most; 0 where not."""
    e, n = at, min(len(text), at + 60)
    while e < n and not (text[e] in ".,;!?\n" and not ("0" <= text[e + 1:e + 2] <= "9" and "0" <= text[e - 1:e] <= "9")):
        e += 1
    if e >= n or _EN_LAST_YEAR_CLOSE.search(text, at, e) is None:
        return 0
    return year - 1


def _en_year_after(text: str, at: int) -> int:
    """The year an English sentence names right after its figure ending at ``at`` ("grew 6.4 percent in 2023.": 2023),
    the sentence or its clause closing after it (cues.tsv en_year_after_words); 0 where none."""
    m = _en_year_after_rx().match(text, at)
    if m is None and (lv := _en_change_to_level_rx().match(text, at)) is not None:
        # (a change's figure, then the level it reached and the year: "grew 4.3 percent to 2.9 trillion yuan in 2022.",
        # the clause's year the change's as the level's; decision 414)
        m = _en_year_after_rx().match(text, lv.end())
    return int(m.group(1)) if m is not None else 0


@once
def _en_change_to_level_rx() -> re.Pattern[str]:
    """After an English change's figure, the word to its level and the level (cues.tsv en_change_to): " percent to 2.9
    trillion yuan"."""
    to = "|".join(map(re.escape, sorted(vocab.cues().get("en_change_to", ()), key=len, reverse=True))) or "(?!)"
    return re.compile(rf"(?:\s*(?:percent|per cent|%))?\s+(?:{to})\s+\d[\d,]*(?:\.\d+)?\s*(?:(?:trillion|billion|million)\s+)?"
                      r"(?:yuan|U\.S\. dollars|US dollars|dollars)(?![A-Za-z])")


@once
def _en_rel_year_after_rx() -> re.Pattern[str]:
    this = "|".join(map(re.escape, vocab.cues().get("en_this_year_after", ()))) or "(?!)"
    last = "|".join(map(re.escape, vocab.cues().get("en_last_year_after", ()))) or "(?!)"
    return re.compile(rf"(?:\s*(?:percent|per cent|%|percentage points?))?\s+(?:({this})|({last}))(?![A-Za-z'’])"
                      rf"\s*(?=[.;!?,，。；]|$)")


def _en_year_after_any(text: str, at: int, year: int) -> int:
    """``_en_year_after``, or the year an English sentence names in words right after its figure ("grow 7 percent this
    year.": the report's ``year``, the year before in a report delivered late for the next; "rose 4.3 percent last
    year.": the year before that; cues.tsv en_this_year_after, en_last_year_after, decision 412); 0 where none."""
    if (ey := _en_year_after(text, at)) > 0:
        return ey
    m = _en_rel_year_after_rx().match(text, at)
    if m is None:
        return 0
    this: int = year - 1 if _late(text) else year
    return this if m.group(1) else this - 1


@once
def _en_aim_rx() -> re.Pattern[str]:
    words = "|".join(map(re.escape, vocab.cues().get("en_aim_words", ()))) or "(?!)"
    return re.compile(rf"(?<![A-Za-z])(?:{words})(?![A-Za-z])")


def _en_aim_before(text: str, at: int) -> bool:
    """Whether the clause of an English sentence before a figure at ``at`` names an aim or a plan ("The city had planned
    fixed-asset investment growth of 8 percent in 2024", "…, planned to grow 8 percent in 2024,"; cues.tsv en_aim_words):
    the figure is what was aimed at, not the result (decision 394)."""
    lo: int = _en_clause_start(text, at)
    # (not an aim named as met or missed before the figure, "Retail sales met the goal and rose 6.7 percent in 2023.":
    # the figure is the result measured against it; cues.tsv en_aim_met_verbs, decision 401)
    # (but an aim met or missed whose own value follows it, "missed its goal of 8 percent in 2023", is still the aim's)
    return any(_en_met_before().search(text, lo, m.start()) is None or _EN_AIM_VALUE_NEXT.match(text, m.end())
               for m in _en_aim_rx().finditer(text, lo, at))


@once
def _en_pronoun_change() -> re.Pattern[str]:
    """An English clause after a figure's, its subject a pronoun for the figure's indicator and its verb a change right
    before a number ("…reached 483.2 billion yuan in 2018; it grew 5.8 percent"; cues.tsv en_pronouns): the same
    indicator's change goes on (decision 403); not "its output rose…" (another thing, its own), nor a pronoun whose
    verb is no change ("; it was the highest in five years")."""
    words = "|".join(map(re.escape, vocab.cues().get("en_pronouns", ()))) or "(?!)"
    # (the space after the mark may be lost as read: "…in 2018;it grew 5.8 percent")
    return re.compile(rf"[ ]?(?:{words})\s+(?:(?:also|has|had|then)\s+)?(?:{_EN_RISES}|{_EN_FALLS}|expanded|was up|was down)"
                      rf"\s+(?:by\s+)?(?=[\d.])")


@once
def _en_year_closing_rx() -> re.Pattern[str]:
    words = "|".join(map(re.escape, vocab.cues().get("en_year_after_words", ()))) or "(?!)"
    return re.compile(rf"(?<![A-Za-z])(?:{words})\s+((?:19|20)\d\d)\s*$")


def _en_pronoun_year(text: str, at: int) -> int:
    """The year the clause before closes on ("…483.2 billion yuan in 2018; it grew 5.8 percent": 2018), where the figure
    at ``at`` stands in a clause opened by a pronoun and a change (``_en_pronoun_change``); 0 where not."""
    k: int = _en_clause_start(text, at) - 1
    if k <= 0 or text[k] not in ";," or (m := _en_pronoun_change().match(text, k + 1)) is None or m.end() != at:
        return 0
    y = _en_year_closing_rx().search(text, max(0, k - 16), k)
    return int(y.group(1)) if y is not None else 0


@once
def _en_pronoun_first() -> frozenset[str]:
    """The characters a match of ``_en_pronoun_change`` opens with (a space, or a pronoun's first letter)."""
    return frozenset({" "} | {w[0] for w in vocab.cues().get("en_pronouns", ()) if w})


def _en_clause_start(text: str, at: int) -> int:
    """Where the clause of an English sentence holding ``at`` starts: after its last mark before ``at`` (line, comma,
    semicolon, colon, full stop)."""
    # (a full stop is one not before a digit, a number's point: the text as read may have lost the space after it,
    # "…at the start of the year.Per capita disposable income…grew 5.9 percent in 2023.")
    k: int = text.rfind(".", 0, at)
    while k >= 0 and "0" <= text[k + 1:k + 2] <= "9":
        k = text.rfind(".", 0, k)
    # (nor is a comma a number's thousands comma, "renovate 1,500 old compounds and create…", or one printed apart from
    # its digits, "1, 200 kilometers": decision 475)
    c: int = text.rfind(",", 0, at)
    while c >= 0 and _EN_THOUSANDS_COMMA.match(text, c) and _EN_THOUSANDS_LEAD.search(text, max(0, c - 4), c):
        c = text.rfind(",", 0, c)
    return max(k, text.rfind("\n", 0, at), c, text.rfind(";", 0, at), text.rfind(":", 0, at),
               text.rfind("，", 0, at), text.rfind("；", 0, at), text.rfind("。", 0, at)) + 1


_EN_THOUSANDS_COMMA = re.compile(r", ?\d{3}(?!\d)")
_EN_THOUSANDS_LEAD = re.compile(r"(?<![\d.])\d{1,3}$")  # (one to three digits: "In 2024, 300 firms…" is a clause's comma)


@once
def _en_ahead_rx() -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(vocab.cues().get("en_ahead_words", ()), key=lambda w: (-len(w), w)))) or "(?!)"
    # (not an estimate of a result: "is expected to have grown 6.5 percent in 2024")
    return re.compile(rf"(?<![A-Za-z])(?:{words})(?![A-Za-z])(?!\s+have\s)")


# a year named in an English sentence: its digits, or a year in words ("this year", "last year", "the year before")
_EN_YEAR_NAMED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<![A-Za-z])[Yy]ears?(?![A-Za-z])")


def _en_sentence(text: str, at: int) -> tuple[int, int]:
    """The bounds of the English sentence holding ``at``: after the last full stop (no number's point) or line end before
    it, to the next one after it."""
    e = at
    while (e := min((x for x in (text.find(".", e), text.find("\n", e)) if x >= 0), default=len(text))) < len(text) \
            and "0" <= text[e + 1:e + 2] <= "9":
        e += 1
    k: int = text.rfind(".", 0, at)
    while k >= 0 and "0" <= text[k + 1:k + 2] <= "9":
        k = text.rfind(".", 0, k)
    return max(k, text.rfind("\n", 0, at)) + 1, e


def _en_names_no_other_year(text: str, at: int, year: int) -> bool:
    """Whether the English sentence holding ``at`` names no year but the report's own ``year`` in its digits (no "last
    year", no other year): a figure looked ahead to in it is that year's (decisions 431, 475)."""
    return all(m.group() == str(year) for m in _EN_YEAR_NAMED.finditer(text, *_en_sentence(text, at)))


def _en_ahead_before(text: str, at: int) -> bool:
    """Whether the clause of an English sentence before a figure at ``at`` looks ahead to it ("GDP is expected to grow 5.5
    percent in 2024", "retail sales are projected to rise 6 percent in 2024"; cues.tsv en_ahead_words): with the report's
    year right after the figure, the year's target (decision 403)."""
    lo: int = _en_clause_start(text, at)
    if lo > 0 and text[lo - 1] == "," and _EN_LIST_ITEM.match(text, lo) is not None:
        lo = _en_list_start(text, lo - 1)
    return _en_ahead_rx().search(text, lo, at) is not None


# a task of a list under one verb's auxiliary, after its comma: a bare verb and its count ("will renovate 1,500 old
# compounds, build 300 5G base stations and create 6,000 new urban jobs": ", build 300"), decision 475
_EN_LIST_ITEM = re.compile(r"[ \t]*(?:and[ \t]+)?[a-z]+[ \t]+\d")
_EN_LIST_COMMA = re.compile(r",(?![ ]?\d)")  # (no number's comma, "1,500", nor one printed apart, "6, 000")


def _en_list_start(text: str, comma: int) -> int:
    """Where the list of tasks whose item's comma is at ``comma`` opens: after the last comma before it that opens no
    such item, else the sentence's start (the clause holding the list's verb and its auxiliary, "Sixian will renovate…")."""
    s0: int = _en_sentence(text, comma)[0]
    while (prev := _last(_EN_LIST_COMMA.finditer(text, s0, comma))) is not None and _EN_LIST_ITEM.match(text, prev.end()):
        comma = prev.start()
    return prev.end() if prev is not None else s0


_EN_AIM_VALUE_NEXT = re.compile(r"\s+(?:of|for|at|to|was|were|is|are)(?![A-Za-z])")


@once
def _en_met_before() -> re.Pattern[str]:
    """A verb naming an aim as met or missed (cues.tsv en_aim_met_verbs) right before where the search ends, up to two
    words between ("met the ", "beat its own ")."""
    words = "|".join(map(re.escape, sorted(vocab.cues().get("en_aim_met_verbs", ()), key=lambda w: (-len(w), w)))) or "(?!)"
    return re.compile(rf"(?<![A-Za-z])(?:{words})(?:\s+[A-Za-z'’]+){{0,2}}?\s+$")


@once
def _en_dateline() -> re.Pattern[str]:
    """A wire's dateline after the name of the place it was written in: a month (cues.tsv en_months), a day, the
    agency in brackets, a dash (", Jan 18 --", ", Jan. 18 (Xinhua) --"; decision 430)."""
    months = "|".join(map(re.escape, sorted(vocab.cues().get("en_months", ()), key=len, reverse=True))) or "(?!)"
    return re.compile(rf",[ \t]*(?:{months})\.?[ \t]+\d{{1,2}}(?:,[ \t]*(?:19|20)\d\d)?(?:[ \t]*\([A-Za-z ]+\))?"
                      r"[ \t]*(?:--|—|–)")


@once
def _en_share_of_gdp() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The verbs an English share's name ends on (cues.tsv en_share_verbs: "R&D spending accounted for") and what must
    follow it: a figure in percent, then of and the economy's output (en_gdp_wholes), an owner between ("of the city's
    GDP", "of its GDP"); a share of another whole is no intensity (decision 440)."""
    c = vocab.cues()
    wholes = "|".join(map(re.escape, sorted(c.get("en_gdp_wholes", ()), key=len, reverse=True))) or "(?!)"
    return (tuple(c.get("en_share_verbs", ())),
            re.compile(rf"[^,;\n]{{0,24}}?\d(?:[\d.,]*\d)?\s*(?:percent|%)\s+of\s+(?:(?:the|its|their)\s+)?"
                       rf"(?:[A-Za-z]+['’]s\s+)?(?:{wholes})(?![A-Za-z])"))


@once
def _en_growth_in_name() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """English's growth written before the name it is of ("targets growth of 8 percent in general public budget revenue"):
    the economy's aliases that say no more than growth (cues.tsv en_bare_growth, "targets growth"), what after such an
    alias makes its figure another name's (the figure in percent, then in and no year), and a growth's words before its
    name (en_growth_of: "growth of 7 percent in "), decision 475."""
    c = vocab.cues()
    words = "|".join(map(re.escape, sorted(c.get("en_growth_of", ()), key=len, reverse=True))) or "(?!)"
    # (a figure as the text holds it, its point or comma printed apart from its last digits: "6. 5 percent")
    fig = r"\d[\d.,]*(?:[ ]\d+)?\s*(?:percent|per cent|%)"
    return (frozenset(c.get("en_bare_growth", ())),
            re.compile(rf"\s+of\s+[^,;\n\d]{{0,16}}{fig}\s+in\s+(?!(?:19|20)\d\d)[A-Za-z]"),
            re.compile(rf"(?<![A-Za-z])(?:{words})\s+of\s+[^,;\n\d]{{0,16}}{fig}\s+in\s+(?:the\s+|its\s+)?$"))


def _en_growth_before(text: str, gstart: int, m: Mention) -> Value | None:
    """The growth in percent written before the English name ``m`` at ``gstart`` ("growth of 7 percent in rural
    residents' per capita disposable income"), quoted from its growth's word; None where there is none (decision 475)."""
    gm = _en_growth_in_name()[2].search(text, max(0, gstart - 64), gstart)
    if gm is None:
        return None
    before = numbers.quantities(text, gm.start(), gstart)
    if not before or before[-1].unit != "%":
        return None
    q = before[-1]
    qual, _ = numbers.qualifier(text, q, q.start)
    # (the figure's span runs on over its name: the year after it is the figure's, "… disposable income in 2025.")
    return Value("growth", q.value, q.value_high, "%", qual, gm.start(), m.end, verb="growth")


@once
def _en_qualitative_rx() -> re.Pattern[str]:
    """An English qualitative target's words (cues.tsv en_qualitative: "in step with economic growth", "generally
    stable", "targets set by the") after its name, in the name's clause: no comma, semicolon, full stop or line end and
    no digit between, 80 characters at most (decision 447)."""
    c = vocab.cues()
    words = "|".join(map(re.escape, c.get("en_qualitative", ()))) or "(?!)"
    # (the setter after "targets set by the", "central government", is the target's words too: the quote runs over it)
    setters = "|".join(map(re.escape, c.get("en_qualitative_setters", ()))) or "(?!)"
    return re.compile(rf"[^,;.\n\d]{{0,80}}?(?<![A-Za-z])(?:{words})(?:\s+(?:{setters}))?(?![A-Za-z])")


def _en_qualitative_after(text: str, gend: int) -> re.Match[str] | None:
    """The words of an English qualitative target right after a name ending at ``gend``, as ``_qualitative_re``'s
    after a Chinese name: "keep consumer prices generally stable", "…disposable income … growing in step with economic
    growth", "energy consumption per unit of GDP will meet the targets set by the central government"."""
    return _en_qualitative_rx().match(text, gend)


@once
def _en_national_opening() -> re.Pattern[str]:
    """A sentence opened by the country as its subject (cues.tsv en_national_subjects: "The country aims to…", "The State
    Council's government work report … set…"), not a region of it ("China's Henan Province", "East China's…")."""
    words = "|".join(map(re.escape, vocab.cues().get("en_national_subjects", ()))) or "(?!)"
    return re.compile(rf"\s*(?:{words})(?![A-Za-z])(?!['’]s\s+[A-Z][a-z]+\s+(?:[Pp]rovince|[Cc]ity|[Rr]egion|[Cc]ounty))")


def _en_national_sentence(text: str, s: int, code: str | None = None) -> bool:
    """Whether the English name at ``s`` stands in a sentence the country opens (``_en_national_opening``): on a lower
    division's page, the country's figure or target cited, not the page's (decision 447); unless the name's own clause
    turns to the page's division, by its name or its own word ("China's economy grew 6.7 percent in 2016, and Sichuan's
    GDP grew 7.7 percent" on 四川省's page, decision 452)."""
    lo = max(0, s - 240)
    stops = [m.end() for m in _EN_SENTENCE_MARK.finditer(text, lo, s)]
    if not stops and lo > 0:
        return False  # (the sentence opens before the window: not read)
    opens = stops[-1] if stops else lo
    if _en_national_opening().match(text, opens) is None:
        return False
    marks = [m.end() for m in _EN_CLAUSE_MARK.finditer(text, opens, s)]
    if not marks:
        return True
    # (an aside set off by commas right after the subject is no clause of its own: "…; the province, for its part, will
    # aim to create 600,000 new urban jobs", cues.tsv en_asides, decision 455)
    asides = vocab.cues().get("en_asides", ())
    k = len(marks) - 1
    while k >= 2 and text[marks[k - 1]:marks[k] - 1].strip() in asides:
        k -= 2
    return not _en_own_clause(text[marks[k]:s], code)


def _en_own_clause(clause: str, code: str | None) -> bool:
    """Whether an English clause names the page's own division: its name in English (its code among the name's) or a
    word of cues.tsv ``en_own_subjects`` ("the province's", "the city's")."""
    # (the word as a subject, with 's or without: "the province's GDP", "the province, for its part, will aim to…")
    words = "|".join(re.escape(w.lower()) for w in vocab.cues().get("en_own_subjects", ())) or "(?!)"
    if re.search(rf"(?<![a-z])(?:{words})(?:['’]s)?(?![a-z])", clause.lower()):
        return True
    pat, codes = _en_regions()
    return bool(code) and any(code in codes[m.group(1)] for m in pat.finditer(clause))


@once
def _en_year_part_after() -> re.Pattern[str]:
    """After an English figure, in its clause (no comma, full stop, semicolon or line end between, 30 characters at
    most), in/during/over the and a part of the year (cues.tsv en_year_parts: "first half", "first three quarters")."""
    words = "|".join(map(re.escape, sorted(vocab.cues().get("en_year_parts", ()), key=len, reverse=True))) or "(?!)"
    # (or the months from January to one before December, "from January to November", "in January-November": the year
    # so far, no whole year's figure; cues.tsv en_months, en_year_first_month, en_year_last_month; decision 430)
    cues = vocab.cues()
    first = "|".join(map(re.escape, sorted(cues.get("en_year_first_month", ()), key=len, reverse=True))) or "(?!)"
    last = set(cues.get("en_year_last_month", ()))
    ends = "|".join(re.escape(m) for m in sorted(cues.get("en_months", ()), key=len, reverse=True) if m not in last) or "(?!)"
    return re.compile(rf"[^,.;\n]{{0,30}}?(?<![A-Za-z])(?:(?:in|during|over) the (?:{words})"
                      rf"|(?:from|between) (?:{first})\.? (?:to|through|and) (?:{ends})|in (?:{first})\.?[-–](?:{ends}))(?![A-Za-z])")


@once
def _fate_after_target_re() -> re.Pattern:
    """目标 (预期目标) and a verdict on it, met or missed (cues.tsv set_lead_fate, target_fate_missed; a bare 实现/完成)."""
    fates = vocab.cues()["set_lead_fate"] + vocab.cues()["target_fate_missed"] + ("实现", "完成")
    return re.compile(r"(?:预期)?目标(?:" + longest_first(fates) + ")")


def _fate_after_target(text: str, v: Value | None, mend: int | None, full_start: int) -> bool:
    """A growth target written before its name and judged right after it ("全省10%以上的增长目标超额完成", "…的经济
    增长目标没有实现"): a target whose year is over, last year's, wherever it stands (a 图解 page's prose under its
    成绩单 cards); not one aimed at ("确保全年6%左右的增长目标顺利实现": an aim of the year's, _HELD_AHEAD before it),
    nor one of a year named before it in its sentence."""
    return v is not None and v.verb == "增长目标" and mend is not None and v.end < mend \
        and _fate_after_target_re().match(text, mend) is not None \
        and _HELD_AHEAD.search(text, full_start, v.start) is None \
        and _FATE_YEAR_NAMED.search(text, full_start, v.start) is None and not _aimed_ahead(text, full_start, v.start, mend)


@once
def _fate_aims_re() -> re.Pattern:
    """An aim (cues.tsv fate_aims) not done (no 了 after it)."""
    return re.compile("(?:" + longest_first(vocab.cues()["fate_aims"]) + ")(?!了)")


def _aimed_ahead(text: str, full_start: int, start: int, mend: int | None) -> bool:
    """A growth target written before its name and judged after it ("…的增长目标如期实现"), with an aim before it in its
    clause ("全市上下要确保7%左右的…", "奋力推动全年7%左右的…"; not "去年全市上下奋力拼搏，7.5%左右的…"): the verdict is what the year is to bring, not last
    year's met target (a live blog's or a page's line, no review title over it)."""
    return mend is not None and _fate_after_target_re().match(text, mend) is not None \
        and _fate_aims_re().search(text, _after_mark(_CLAUSE_MARKS, text, full_start, start), start) is not None


# a year named before the judged target in its sentence ("2019年7.5%左右的增长目标没有实现" in a 2021 report): that year's,
# read as any figure of a named year is, not last year's
_FATE_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}年")


def _role_period(text: str, pos: int, section_role: str, section_path: str, year: int | None,
                 iid: str, v: Value | None, mend: int | None = None, meta: Metadata | None = None) -> tuple[str, str, float] | None:
    """(role, period, confidence) of a figure at ``pos``: the strongest evidence nearest to it
    decides — a cue in its own sentence, then one earlier in its paragraph, then the section's
    role, then a cue in the lines just before (a list's lead line), then weak cues."""
    # a run-on text (no stops, no line breaks) must not make every figure rescan all before it:
    # no bound is looked for more than 1000 characters away
    # no bound is looked for more than 1000 characters away; each wider one is looked for from
    # where the narrower one starts (none of its marks is nearer)
    ss, se, full_start, ps = _bounds(text, pos)
    if year is not None and section_role not in _PLAN_SECTION_ROLES and _fate_after_target(text, v, mend, full_start):
        return "target", str(year - 1), 0.75  # (decision 438)
    if v is not None and text.startswith(" ", v.end) and _en_year_part_after().match(text, v.end) is not None:
        # "Exports, which fell 3 percent in the first half, grew 1.5 percent in 2016.": an English figure of a part of the
        # year, named right after it in its clause, is no year's figure (as 上半年 before a Chinese one; decision 426)
        return None
    if year is not None and v is not None and text.startswith(" ", v.end) and (ey := _en_year_after_any(text, v.end, year)) > 0 \
            and ey < year:
        # "The county's GDP expanded 6.4 percent in 2023." on a page of 2024's report: an English sentence's year right
        # after its figure, a year before the report's, is the result's period (decision 389); not "from 2022" (the base
        # of the growth), nor the report's year or one later (left to the cues below); where the clause before the figure
        # names it as aimed at or planned ("The city had planned fixed-asset investment growth of 8 percent in 2024;"),
        # that year's target restated (decision 394)
        return ("target" if _en_aim_before(text, v.start) else "actual"), str(ey), 0.9
    if year is not None and v is not None and text.find("which", max(0, v.start - 160), v.start) + text.find(
            "that", max(0, v.start - 160), v.start) > -2:
        rr, ry = _en_relative_year(text, v.start, v.end, year)
        if rr and ry < year:
            # "Fixed-asset investment, which the city had planned to increase by 10 percent, rose 6.3 percent in 2021." on
            # 2022's page: the relative clause's aim is that year's target restated, the change after it the result
            # (decision 412)
            return rr, str(ry), 0.9
    if year is not None and v is not None and (ey := _en_pronoun_year(text, v.start)) > 0 and ey < year:
        # "Hainan's GDP reached 483.2 billion yuan in 2018; it grew 5.8 percent" on a page of 2019's report: the change
        # of a clause whose pronoun carries the indicator from the clause before is of the year that clause closes on,
        # a year before the report's: its result (decision 403; "…growth of 8 percent in 2024; it rose 9.1 percent" too,
        # the aim being the clause before's)
        return "actual", str(ey), 0.9
    if year is not None and v is not None and text.startswith(" ", v.end) and _en_year_after_any(text, v.end, year) == year \
            and _en_ahead_before(text, v.start) and _en_clause_start(text, v.start) <= pos:
        # "GDP is expected to grow 5.5 percent in 2024." on a page of 2024's report: an English sentence's figure looked
        # ahead to ("is expected to", "are projected to", "will"), the report's own year right after it, is the year's
        # target (decision 403); not "is expected to have grown" (an estimate of a result), nor with no such words (left
        # to the cues below, as before), nor a figure of a clause or sentence after the name's ("Fixed-asset investment
        # grew 5.6 percent in 2018. Retail sales are projected to rise 8 percent in 2019.": not the investment's)
        return "target", str(year), 0.9
    if year is not None and v is not None and text[v.start - 1:v.start] == " " and _en_ahead_before(text, v.start) \
            and _en_clause_start(text, v.start) <= pos and _en_names_no_other_year(text, v.start, year) and not _late(text):
        # "Yiwu city … expects its economy to grow by more than 7 percent, according to the government work report of Yiwu
        # city released on Tuesday.": an English figure looked ahead to in a sentence naming no year at all is the year's
        # target, the report's year read from the page's date line (decision 431; a year named is left to the rules above
        # and the cues below)
        # (a sentence naming the report's own year in another clause only, "…targets growth of 7 percent in rural
        # residents' income and will keep … at around 5.5 percent in 2025.", the same: decision 475)
        return "target", str(year), 0.8
    # (the change's year is read before its figure: the figure may close the sentence, "…in 2023, up 4.6 percent.",
    # decision 431; the clause closing on "last year" is read after it)
    if year is not None and v is not None and ((ey := _en_year_then_change(text, v.start)) > 0 or (
            text.startswith(" ", v.end) and (ey := _en_clause_last_year(text, v.end, year)) > 0)) and ey < year:
        # "The province's GDP reached 7.95 trillion yuan in 2016, up 7.5 percent": the change's clause goes on from a figure
        # the year after it dated (decision 407), and the change is that year's as the level is; "Foreign trade dropped 2.1
        # percent to 280 billion yuan last year.": the clause closing on "last year" dates its figures (decision 407)
        return ("target" if _en_aim_before(text, v.start) else "actual"), str(ey), 0.9
    # (whether the report is a late one is asked up to 21 times below, one answer for the whole document: asked once)
    late: bool = _late(text)
    # a report copied as one run of text (decision 177) is one paragraph: where its part's title stands inside the run
    # before the figure, the line before the run (the report's title) leads no list the figure is an item of (decision 179)
    run_on = full_start - ps > 200 and bool(section_path) and any(
        len(t) >= 4 and text.find(t, ps, full_start) >= 0 for t in section_path.split(" > "))
    # (the sentence, text[ss:se], and its part before the figure, text[ss:pos], are sliced only in the few branches
    # that read them as strings of their own: most calls return before any does, spd48a)
    # ("前三季度，规上工业增加值增长7.3%，预计全年增长7%左右": the year's figure after the part's;
    # "（二）固定资产投资。前三季度增长12.1%，…": the part between the name and its figure)
    upto = v.start if v is not None and v.start > pos else pos
    # (nor the time a target was revised in: "预期增长5%，下半年下调为下降8%，实际下降6.9%")
    # (most sentences name no part of the year: an empty list of places, and no generator made to walk it, spd48a)
    parts = _PART_OF_YEAR_AT.finditer(text, full_start, upto)
    part = _last(p for p in parts
                 if not _COMPARED_PART.search(text, max(full_start, p.start() - 16), p.start())
                 and text[p.end():p.end() + 2] not in _REVISION_VERBS
                 and not (text[p.end():p.end() + 2] == "分别" and text[p.end() + 2:p.end() + 4] in _REVISION_VERBS)) \
        if parts else None
    if part is not None and (text.find("；", part.end(), upto) >= 0 or text.find(";", part.end(), upto) >= 0
                             or pos > part.end() and find_mark(text, part.end(), pos, _CLAUSE_MARKS) >= 0) \
            and _A_FIGURE.search(text, item := max(full_start, text.rfind("；", full_start, part.start()) + 1,
                                                   text.rfind(";", full_start, part.start()) + 1),
                                 min(part.start(), (fp.start() if (fp := _PART_OF_YEAR_AT.search(text, item)) is not None
                                                    else part.start()))) is not None:
        # ("社会消费品零售总额增长2.1%，一季度下降19.4%的局面得到扭转；一般公共预算收入…增长2.6%", or a comma before the
        # next name: a part of the year named after the year's figure in its ；-item is that figure's contrast, not the
        # time of the items or names after it; a part of the year opening the item is still the time of all in it)
        part = None
    if part is None and text.startswith(_BREAKDOWN_LEADS, full_start) and full_start > ps:
        # "上半年，全市实现地区生产总值1153.8亿元，增长6.1%。其中，第一产业增加值48.2亿元…": a breakdown of the
        # figure before, in the time of the sentence before
        # (only where that sentence states a figure after the part: a sentence of reasons between, "…增长4.5%左右。主要是
        # 二季度以来疫情反复，服务业恢复偏慢。分产业看，…", breaks nothing down, its time is the reason's)
        prev = _after_mark(_FULL_STOPS, text, ps, full_start - 1)
        part = _last(p for p in _PART_OF_YEAR_AT.finditer(text, prev, full_start)
                     if not _COMPARED_PART.search(text, max(prev, p.start() - 16), p.start())
                     and text[p.end():p.end() + 2] not in _REVISION_VERBS
                     and _A_FIGURE.search(text, p.end(), full_start) is not None)
    if part is not None and (text.find("；", part.end(), upto) >= 0 or text.find(";", part.end(), upto) >= 0) \
            and _NEXT_REASON.search(text, part.end(), upto) is not None:
        # ("主要考虑：一是一季度经济受到较大冲击；二是…；三是…年均增长10%左右的规划目标": each reason of an enumerated
        # run is its own, the part of the year one names is not the time of another's figure)
        part = None
    if part is not None and not any(w.group() != "预计" or _DIGIT.search(text, part.end(), w.start()) is not None
                                    for w in _WHOLE_YEAR.finditer(text, part.end(), upto)):
        # (预计 before the part's first figure estimates the part: "一季度受春节因素影响，工业增加值增长预计7%左右";
        # after the part's own figure, the year: "前三季度增长7.3%，预计增长7%")
        # "前三季度，地区生产总值增长5.6%", "1—11月，…": part of a year is no year's figure (1—12月
        # and 截至12月底 are the whole year)
        return None
    if year is not None and v is not None and not late and text.find("以来", full_start, upto) >= 0 \
            and (sf := _SO_FAR.search(text, full_start, upto)) is not None and (k := _last_year_turn(text, sf.end(), upto)) >= 0 \
            and find_mark(text, k, upto, _CLAUSE_MARKS) < 0:
        # "社会消费品零售总额：今年以来增长6.1%，去年增长5.6%" (an explainer's card): the year so far, then a clause that
        # 去年 opens, its figure last year's result (the year so far's own stays no year's, below)
        return "actual", str(year - 1), 0.8
    if text.find("以来", ps, upto) >= 0 and not late \
            and ("以来" in section_path and _SO_FAR.search(section_path) is not None or _YEAR_DIGITS.search(section_path) is None) and (
            (sf := _SO_FAR.search(text, full_start, upto)) is not None and not _WHOLE_YEAR.search(text, sf.end(), upto)
            or _SO_FAR_OPENS.match(text, ps) is not None and full_start > ps
            and _OWN_TIME.search(text, full_start, upto) is None):
        # ("今年以来，全县一般公共预算收入完成2.3亿元" in a report delivered in May 2020, under a heading naming no year; "今年
        # 以来，面对疫情…。一般公共预算收入完成2.3亿元": the sentences after in the paragraph it opens, naming no time of
        # their own; not under "一、2022年国民经济和社会发展计划执行情况", a plan drafted in that year printed in the next)
        # "今年以来，全市规模以上工业增加值下降12.1%" under "2019年和今年以来工作回顾" (2020's reports delivered
        # after the outbreak): the year so far, told apart from last year by the heading, neither last
        # year's result nor this year's (a plan drafted in December calls the year it reviews 今年 too:
        # "一、2022年计划执行情况 … 今年以来，…增长3%" is that year's, and so under "一、今年以来经济运行情况")
        return None
    if v is not None and v.measure == "rank" and section_role != "review" and year is not None and mend is not None \
            and mend <= v.start and _HELD_LONG.search(text, mend, v.start) is not None \
            and _HELD_AHEAD.search(text, full_start, v.start) is None:
        # "研发投入强度长期居全省首位", "粮食产量连续多年稳居全市第一" outside the review: a place held up to now, last
        # year's, no target (not "力争继续保持全省第一": one to keep)
        return "actual", str(year - 1), 0.9
    if v is not None and text.startswith("的", v.end) and text.find("翻", v.start, v.end) >= 0 \
            and _GOAL_STILL_AHEAD.match(text, v.end) is not None:
        # "实现比2010年翻一番的目标还有较大差距": a goal not yet reached, no result nor last year's target (its
        # years are not stated: the base year is not the goal's)
        return None
    if v is not None and v.measure == "level" and v.verb.endswith(_GAP_WORD_ENDS) and _GAP_TO_TARGET.search(v.verb) \
            and not (text[v.end:v.end + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, v.end)):
        # "完成31.2亿元，高于年初预算目标1.2亿元", "超过年初预算1.2亿元": the amount by which a result passed its
        # target, no level (but "超过年初预算30亿元的目标" names the target's own figure)
        return None
    kind = vocab.indicators()[iid].kind
    y = year
    conf = 0.9
    if section_role == "tasks" and (span := plan_works_span(text, pos, section_path, y)) is not None:
        return "goal", span, conf  # (the plan's works under its goal list on a page with no titles, decision 357)
    if y is not None and text.startswith("关于", full_start) and (e := text.find("。", upto, min(len(text), upto + 40))) >= 0 \
            and _TARGET_EXPLAINED.match(text, e + 1) is not None and _PLAN_NAME.search(text, full_start, upto) is None:
        # "关于城镇调查失业率控制在5.5%以内的目标。这一目标的安排主要考虑：…": a target of the year's list restated to
        # be explained, under a part titled for the plan's goals and the year's targets alike: the year's target
        return "target", str(y), conf
    if v is not None and y is not None and mend is not None and mend <= v.start and not late \
            and _TARGET_FROM_MARK.search(text, max(mend, v.start - 30), v.start) is not None \
            and _FROM_LAST_TO.search(text, max(mend, v.start - 30), v.start) is not None:
        return "target", str(y), conf  # ("增长目标由去年的10%调低至8%左右": this year's target, set against last year's)
    if v is not None and y is not None and v.role_hint == "target" and not late and _TARGET_FROM_LAST.search(v.verb):
        return "target", str(y - 1), conf  # (and the start, "由去年的10%", last year's target)
    if v is not None and y is not None and mend is not None and mend <= v.start and text.find("报告", ss, mend) >= 0 \
            and (rs := _REPORT_SET_TARGET.search(text, ss, v.start)) is not None and int(rs.group(1)) <= y:
        # "2019年广西政府工作报告确定的增长目标为7%左右": the target a year's report set is that year's (the year
        # names the report, no time of the figure: _YEAR_CUE reads no year before a report's name)
        return "target", rs.group(1), conf
    if v is not None and mend is not None and mend <= v.start and text.find("目标", mend, v.start) >= 0 \
            and (yl := _YEARS_TARGETS_NEXT.search(text, max(mend, v.start - 12), v.start)) is not None \
            and _TARGET_IS.search(text, mend, yl.start()) is not None \
            and (fy := _last(_YEAR_DIGITS.finditer(text, _sentence_start(text, mend), mend))) is not None \
            and int(fy.group(1)) < int(yl.group(1)):
        # "安徽2021年的地区生产总值增长目标为8%以上，2022年为7%以上，2023年为6.5%左右": a year's target after an earlier
        # year's, the name and its 目标 left out (not "今年…增长目标为6%，2022年为4.5%", last year's figure beside it)
        return "target", yl.group(1), 0.8
    if v is not None and mend is not None and mend <= v.start:
        # (whether a 年 stands between the name and its value: asked by four tests below, one find here, spd50a; a window
        # with no 年 holds no "2025年" either, so that test's string is not built for it)
        year_between: bool = text.find("年", mend, v.start) >= 0
        # (the character right after the name, read by several tests below: one slice; a card's label closes there, ：, :
        # or 】, for few figures, and _year_labelled, _this_year_labelled and _label_close answer None, False and 0 at once
        # where it is none of them: not called then, spd50a)
        after_name: str = text[mend:mend + 1]
        label_first: bool = after_name in _LABEL_CLOSE_FIRST
        # (_first_years_before answers None where no 前 stands in its reach, most figures: that find made here, no call)
        if y is not None and v.period_hint != "span10" and text.find("前", max(mend, v.start - 11), v.start) >= 0 \
                and (fy := _first_years_before(text, mend, v.start)) is not None:
            # "“十三五”时期到2020年…年均增长9%左右的目标，前三年年均增长8.9%": the average of the plan's first
            # years gone by, the plan named earlier in the sentence (else the one the year reviewed is in)
            pn = _last(_PLAN_NAME.finditer(text, _sentence_start(text, mend), mend))
            a = _PLAN_START[pn.group(1)] if pn is not None else 2016 + 5 * ((y - 1 - 2016) // 5)
            b = a + _CN_N[fy] - 1
            if b < y and a + 4 >= y - 1:
                return "actual", f"{a}-{b}", conf
        if y is not None and (cs := _after_mark(_CLAUSE_MARKS, text, max(mend, v.start - 24), v.start)) > mend \
                and (sm := _SPAN_SO_FAR.match(text, cs)) is not None and sm.end() <= v.start \
                and _A_FIGURE.search(text, mend, cs) is not None and text.find("规划", _sentence_start(text, mend), cs) >= 0:
            # "规划目标为年均增长7%，2021—2023年年均增长6.1%", "…和8%，近三年分别年均增长6.2%和7.9%" under the year's targets:
            # the years gone by named or counted back opening the clause after the plan's goal are their own average, a
            # result, wherever the section (a section of the year's targets read them as the plan's goal ahead, decision
            # 359; not after the year's target, "增长8%，两年平均增长4%" among 2021's targets is 2020-2021's goal)
            rm = _RANGE.match(text, cs)
            last = y if late else y - 1
            nm = re.search(r"[两二三四]", sm.group(0)) if rm is None else None
            a, b = (int(rm.group(1)), int(rm.group(2))) if rm is not None else \
                (last - _CN_N[nm.group(0)] + 1, last) if nm is not None else (0, 0)
            if 0 < a < b <= last:
                return "actual", f"{a}-{b}", conf
        if y is not None and label_first and _year_labelled(text, pos, mend, v.start) == y:
            # "【居民消费价格】\n2025年涨幅2%左右" in 2025's page: the card's one line, the report year's plan by its
            # number (not the year a card before it dated, "【进出口总额】…\n2023年增长8.1%")
            return "target", str(y), conf
        # (_this_year_between looks for 今年, 明年 or 后年 inside the window first and answers False where none stands: none
        # can where no 年 does, most windows, so it is not called there)
        if year_between and _this_year_between(text, mend, v.start) or label_first and _this_year_labelled(text, pos, mend, v.start):
            if y is not None and late and text.find("明年", mend, v.start) < 0:
                # a report of December calls the year it reviews 今年: "今年预计增长2.5%" is its result
                return ("actual" if text.find("预计", mend, v.start) >= 0 else "target"), str(y - 1), conf
            if y is not None and (a := text.rfind("后年", mend, v.start)) > text.rfind("明年", mend, v.start) \
                    and a > text.rfind("今年", mend, v.start) and text[a - 1] not in _NOT_HOUNIAN \
                    and (_early(text) or late):
                # "…今年增长7%，明年增长8%，后年突破300亿元": two years after the one the report is delivered in
                return "goal", str(y + 2 if _early(text) else y + 1), conf
            if y is not None and _early(text) and text.rfind("明年", mend, v.start) > text.rfind("今年", mend, v.start):
                # "规模以上工业增加值今年增长6%，明年力争增长7%" in a report delivered in its year: the clause turns
                # to the year after it, a goal of that year
                return "goal", str(y + 1), conf
            return "target", str(y) if y is not None else "", conf  # "去年…5006.7亿元，今年目标增长6%左右"
        if y is not None and late and (text.find("上年", mend, v.start) >= 0 or text.find("去年", mend, v.start) >= 0) \
                and _OWN_YEAR_AFTER_NAME.match(text, mend) is not None \
                and _LAST_YEAR_CLAUSE.match(text, oc := _after_mark(_CLAUSE_MARKS, text, mend, v.start)) is not None \
                and _DIGIT_NOT_YEAR.search(text, oc, v.start) is None:
            # "地区生产总值：本年预计完成3845亿元，增长7.1%；上年为3566.8亿元" in a plan report of December: the clause
            # 上年 opens after the year's own is the year before the one reviewed (decision 155)
            return "actual", str(y - 2), conf
        # (a level reached or held and a count's gain after the year too: a card's "2024年达到2.85%。\n2025年达到3%",
        # "\n2025年保持在88%以上", "\n2025年新增5000人以上", decision 333; the year must be the report's)
        if y is not None and year_between and text.find(str(y) + "年", mend, v.start) >= 0 \
                and (ys := _year_set_at(text, mend, v.start, (_SET_CHANGE_ONLY, _SET_HELD_ONLY))) is not None and ys == y \
                and not (text.startswith(("其中", "分产业看"), _sentence_start(text, mend))
                         and find_mark(text, mend, v.start, _FULL_STOPS) >= 0):
            # (not after a breakdown's sentence: "全市固定资产投资增长5.2%。其中工业投资增长12%。2024年安排增长7%" plans
            # the whole, not its part)
            # "（一）固定资产投资。全市固定资产投资增长5.2%。2024年安排增长7%左右": the report year's plan of the same
            # figure in a clause (or sentence) of its own after the result, its name left out
            return "target", str(y), conf
        if y is not None and text.find("基础上", mend, v.start) >= 0 and not late \
                and _ON_BASE_SET.fullmatch(text, mend, v.start) is not None:
            # "地区生产总值在去年增长6.2%的基础上增长6.5%左右": this year's figure set on last year's; in a
            # sentence about a past year ("2023年，…在2022年增长8%的基础上增长6.5%"), that year's result
            past = _past_lead(text, ss, pos, y, section_role)
            # (a past year's target named so: "2023年，经济增长目标在上年增长8%的基础上增长6.5%，实际增长6.2%")
            return ("target", str(y), conf) if past is None else \
                ("target" if text.startswith(("目标", "预期目标"), mend) else "actual", str(past), conf)
        if y is not None and text.find("基础上", v.end, v.end + 9) >= 0 and not late \
                and (ly := _LAST_YEAR_BETWEEN.fullmatch(text, mend + (4 if text.startswith("预期目标", mend) else 2 if text.startswith(_BASE_SET_WORDS, mend) else 0), v.start)) \
                and text.startswith("在", ly.start()):
            # "力争在去年增长4.1%的基础上…": last year's figure, the set word before it is the later figure's
            # ("去年，…在上年增长8.2%的基础上增长5.6%": the base of a past year is the year before it)
            past = _past_lead(text, ss, pos, y, section_role) if ly.group(1) is None else None
            return "actual", ly.group(1) or str(y - 1 if past is None else past - 1), conf
        lab = _label_close(text, pos, mend) if label_first else 0
        if y is not None and v.start - mend <= 11 and (after_name in _LAST_YEAR_FIRST
                                                       or lab and text[mend + lab:mend + lab + 1] in _LAST_YEAR_FIRST) \
                and (ly := _LAST_YEAR_BETWEEN.fullmatch(text, mend + lab, v.start)) \
                and (ly.group(1) is None or int(ly.group(1)) < y):
            # "规模以上工业增加值去年增长9.8%，今年力争增长6%以上": the year named between the name and
            # its value dates it, whatever the sentence goes on to (a digest's label too: "地区生产总值：去年完成320亿元")
            # (a report of December calls the year it reviews 今年: its 去年 is the year before)
            return "actual", ly.group(1) or str(y - 2 if late else y - 1), conf
        if y is not None and v.start - mend <= 40 and (after_name in _LAST_YEAR_FIRST or lab) \
                and after_name != "在" and (ly := _LAST_YEAR_BETWEEN.match(text, mend + lab)) is not None \
                and ly.end() < v.start and text[ly.end():ly.end() + 1].isdigit() and (ly.group(1) is None or int(ly.group(1)) < y) \
                and (ly.group(1) is not None or ly.end() - ly.start() > 0 and text[ly.start():ly.start() + 1] in "去上") \
                and find_mark(text, ly.end(), v.start, _SENT_MARKS) < 0 and not _AHEAD_BETWEEN_FIGURES.search(text, ly.end(), v.start) \
                and not any(o.group(1) != ly.group(1) for o in _YEAR_OPENS_CLAUSE.finditer(text, ly.end(), v.start)):
            # "一般公共预算收入：去年18.2亿元，增长7%": the later figures of the clause the year opens share its year, whatever
            # the sentence goes on to ("；今年增长5%")
            named = int(ly.group(1)) if ly.group(1) else y - 2 if late else y - 1
            if v.measure in ("growth", "pp_change") and text.find("比", ly.end(), v.start) >= 0 \
                    and (b := _own_base_year(text, ly.end(), v.start)) is not None and b < named - 1:
                # "全省生产总值2015年达到16724亿元，比2010年增长70%": a change from a base year its own clause names, years
                # before the one the name's clause dates, is over the years since the base (as "比2010年增长" is
                # without the year)
                return "actual", f"{b + 1}-{named}", conf
            return "actual", str(named), conf
        if y is not None and text.find("标", v.end, v.end + 90) >= 0 \
                and (_PLAN_GOAL_AFTER.match(text, v.end) is not None or text.find("、", v.end, v.end + 3) >= 0
                     and _PLAN_RUN_GOAL_AFTER.match(text, v.end) is not None or _PLAN_LIST_GOAL_AFTER.match(text, v.end) is not None) \
                and (pr := _last(_PLAN_SET_BY.finditer(text, max(full_start, pos - 100), pos))) is not None \
                and (pn := _last(_PLAN_NAME.finditer(text, max(full_start, pr.start() - 8), pr.start()))) is not None \
                and find_mark(text, pr.end(), v.start, _CLAUSE_MARKS) < 0:
            # "确保完成“十四五”规划确定的单位地区生产总值能耗下降15%的约束性目标": one figure the plan set, named between its
            # words and 的目标 (after 完成/实现 too, which role_cues.tsv leaves to the year): the plan's goal over its span,
            # or the year named with it ("…确定的到2025年森林覆盖率达到36.5%的目标")
            a = _PLAN_START[pn.group(1)]
            ny = _last(_YEAR_DIGITS.finditer(text, pr.end(), v.start))
            if ny is None and (hy := _PLAN_END_LEADS.match(text, full_start)) is not None and int(hy.group(1)) == a + 4:
                # "到2020年，“十三五”规划确定的…的目标全面实现": the plan's last year leading the sentence names its year
                # (the spec); another year there is the review's ("2019年，…，规划确定的…目标有望实现")
                return "goal", hy.group(1), conf
            return "goal", ny.group(1) if ny is not None else f"{a}-{a + 4}", conf
        if y is not None and text.find("规划", v.end, v.end + 90) >= 0 and _PLAN_GOAL_NAMED_AFTER.match(text, v.end) is not None:
            # "“十四五”规划实施已过半程，…，地区生产总值年均增长6%左右、研发经费投入强度达到3.2%左右的规划目标正在稳步推进":
            # figures named the plan's goals after them are its goals, over its span (or the year named before them): the
            # plan named earlier in the sentence, else the one under way where the report's year is not a plan's first
            # (whose 规划目标 could be the plan ended or the one begun)
            pn = _last(_PLAN_NAME.finditer(text, ss, pos))
            if pn is not None or (y - 2001) % 5 != 0:
                a = _PLAN_START[pn.group(1)] if pn is not None else 2001 + (y - 2001) // 5 * 5
                ny = _last(_YEAR_DIGITS.finditer(text, pn.end() if pn is not None else ss, v.start))
                return "goal", ny.group(1) if ny is not None else f"{a}-{a + 4}", conf
        if y is not None and section_role == "review" and text.find("目标", v.end, v.end + 72) >= 0 \
                and (text.find("等", v.end, v.end + 64) >= 0 and _LISTED_TARGETS.match(text, v.end) is not None
                     or _LISTED_TARGETS_OF.match(text, v.end) is not None) \
                and (sl := _TARGETS_SET_LEAD.search(text, full_start, v.start)) \
                and not any(int(fy.group(1)) > y for fy in _YEAR_DIGITS.finditer(text, sl.end(), v.start)):
            # (a plan's end year named after the words that set them, "“十四五”规划确定的2025年全省地区生产总值达到4万亿元、
            # …等目标扎实推进", makes them that year's goals, decision 127)
            if (pr := _PLAN_SET_BY.search(text, max(full_start, sl.start() - 4), v.start)) is not None \
                    and ((pn := _last(_PLAN_NAME.finditer(text, max(full_start, pr.start() - 8), pr.start()))) is not None
                         or text[pr.start() - 1:pr.start()] in _BARE_PLAN_AFTER) \
                    and not any(int(fy.group(1)) >= y for fy in _YEAR_DIGITS.finditer(text, sl.end(), v.start)):
                # "为完成“十四五”规划确定的地区生产总值年均增长6.5%左右、…等目标打下基础": the plan's own set them,
                # its goals over its span, no year's targets (its year named after the lead dates them, above); a bare
                # 规划 opening its clause is the plan under way ("，规划确定的主要目标中，…等目标实现难度较大")
                a = _PLAN_START[pn.group(1)] if pn is not None else 2001 + (y - 1 - 2001) // 5 * 5
                return "goal", f"{a}-{a + 4}", conf
            # "年初确定的地区生产总值增长5.5%左右、一般公共预算收入增长3%等主要目标顺利实现": the items of a
            # list of the year's targets, named as such after them and set before them (not "…等主要指标好于预期",
            # results; nor "城镇新增就业31.6万人、城镇调查失业率5.2%等民生目标顺利实现", results said to meet them)
            return "target", str(y - 1), conf
        if y is not None and section_role != "review" and text.find("等", v.end, v.end + 64) >= 0 \
                and (py := _last(_YEAR_DIGITS.finditer(text, full_start, v.start))) is not None and int(py.group(1)) < y \
                and _LISTED_TARGETS.match(text, v.end) is not None and _TARGETS_SET_LEAD.search(text, py.end(), v.start):
            # the same list outside a review, a past year named before the words that set it ("一年前，报告为2024年的绵阳
            # 定下了“地区生产总值增长7%左右”等一系列目标"): that year's targets, no results
            return "target", py.group(1), conf
        if y is not None and text[v.end:v.end + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, v.end) and not late \
                and _THIS_YEAR.search(text, _after_mark(_CLAUSE_MARKS, text, max(mend, v.start - 16), v.start), v.start):
            return "target", str(y), conf  # "增长6.5%，为今年实现增长7%的目标奠定了基础": this year's target named
        # (each of _SET_NAMED's words holds 计划, 目标 or 预算: found first, in C, where most spans hold none)
        if y is not None and v.start - mend <= 40 and (text.find("目标", mend, v.start) >= 0 or text.find("计划", mend, v.start) >= 0
                                                        or text.find("预算", mend, v.start) >= 0) \
                and _SET_NAMED.search(text, mend, v.start) is not None \
                and (pa := _PLAN_AFTER.search(text, max(mend, v.start - 22), v.start)) is not None \
                and _DIGIT_NOT_YEAR.search(text, mend, pa.start()) and not _THIS_YEAR.search(text, mend, v.start) \
                and section_role not in ("targets", "tasks", "requirements"):
            # "增长8%，年度计划为6%", "，而年度计划是增长6%", "，完成年度计划目标6%": the plan restated
            # in a clause of its own after the result is the target of the year the result is of (in
            # this year's plan, "增长5%，年度计划13亿元" is this year's)
            return "target", str(y - 1), conf
        if y is not None and v.start - mend <= 40 and section_role not in ("targets", "tasks", "requirements") \
                and (find_mark(text, max(mend, v.start - 12), v.start, _BRACKET_OPENS) >= 0
                     and (pa := _BRACKET_SET.search(text, max(mend, v.start - 12), v.start)) is not None
                     or v.qualifier == "at_most" and (pa := _BOUND_AFTER.search(text, max(mend, v.start - 8), v.start)) is not None) \
                and _DIGIT_NOT_YEAR.search(text, mend, pa.start()) and not _THIS_YEAR.search(text, mend, v.start):
            # "完成412.3亿元（预算398亿元）", "城镇登记失业率3.36%，控制在4.5%以内": the plan (the bound) the result
            # is set against, after it in a review: the target of the year the result is of
            return "target", str(y - 1), conf
        if y is not None and _milestone(v) and (nth := _last(_NTH_TO_PASS.finditer(text, ss, mend))) is not None \
                and find_mark(text, nth.end(), mend, _CLAUSE_MARKS) < 0 and _AIMED_BEFORE.search(text, ss, nth.start()) is None:
            # "山东是全国第三个经济总量迈上10万亿元台阶的省份", "成为全省首个地区生产总值突破千亿元的县": the region named
            # the N-th to have passed a level tells a result, wherever it stands (not one aimed at: "力争成为…")
            return "actual", str(y - 1), conf
        lo = max(mend, v.start - 20)  # (an aside opens with a bracket: most windows hold none, no search)
        aside = _ASIDE_YEAR.search(text, lo, v.start) \
            if find_mark(text, lo, v.start, _BRACKET_OPENS) >= 0 else None
        if aside and y is not None and (aside.group(1) or section_role in ("targets", "tasks")
                                        or _set_lead().search(text, aside.start(), v.start) is not None):
            # (上年 with a set word dates the aside in any part, a page with no titles too: "（上年计划增长8.5%）" is the
            # reviewed year's target in a review as in the targets; a bare "（上年增长5.6%）" only in the year's part)
            t = int(aside.group(1)) if aside.group(1) else y - 1
            if t < y:
                # ("（上年目标：5.5%左右）", "（2025年预期目标5%左右）": the aside restates last year's target, a set word
                # of cues.tsv set_lead between its year and the figure; "（上年增长5.6%）" is its result)
                return ("target" if _set_lead().search(text, aside.start(), v.start) else "actual"), str(t), conf
        # between the name and its value: "控制在预期4.2%以内" restates last year's target,
        # "增加到2016年的1650亿元" dates the value
        # (a cue counts in the value's own clause: "增长5.6%，高于预期目标0.1个百分点，总量达到2.7万亿元" and
        # "好于预期，增长5.5%" are results)
        # (the clause looked for only where a cue stands between: most figures have none)
        if y is not None and text.find("target", mend, v.start) >= 0 and (ty := _en_target_year(text, pos, mend, v.start, y)) >= 0:
            # "In 2023, the city set a GDP growth target of 6 percent": the target of the year the sentence names (decision 386)
            return "target", str(ty), conf
        # (_after_target's own first test, its first character, made here: most values have none of 的年预 after them)
        if y is not None and ((local := _local_cues(text, pos, mend, v, y))
                              or text[v.end:v.end + 1] in "的年预" and _after_target(text, v.end) and not (section_role in ("targets", "tasks", "requirements")
                                                                    and _TARGETS_PART_RATE.match(text, v.end))) \
                and not (section_role in ("targets", "tasks", "requirements") and local
                         and all(c[1] == "past_target" for c in local)
                         and (text.find("控制在", mend, v.start) >= 0 or text.endswith(("目标（", "目标("), 0, v.start))):
            # (in the plan's part, "控制在年度调控目标3%以内", "控制在预期4.5%以内" bound this year's figure; and
            # "固定资产投资增长目标（10%）" names it)
            if any(c[1] == "plan_goal" for c in local):
                if yr := _last(_YEAR.finditer(text, max(c[0] for c in local if c[1] == "plan_goal"), v.start)):
                    return "goal", yr.group(1), conf
                pn = _last(_PLAN_NAME.finditer(text, min([mend] + [c[0] for c in local if c[1] == "plan_goal"]), v.start))
                # the plan named, else the one the year reviewed is in
                a = _PLAN_START[pn.group(1)] if pn else 2016 + 5 * ((y - 1 - 2016) // 5)
                return "goal", f"{a}-{a + 4}", conf
            if not any(c[1] == "actual" for c in local) and text.find("今年", full_start, pos) >= 0 \
                    and (section_role != "review" or "今年" in section_path) and text.find("调", mend, v.start) >= 0 \
                    and _THIS_YEAR.search(text, full_start, pos) is not None and not late:
                # "今年全市地区生产总值预期增长7%，受疫情影响年中调整为3%左右", "今年…年初预算150亿元，调整为120亿元"
                # (a report of 2020 delivered after the outbreak): a target set this year and revised in it is this year's
                # (only a revision's figure outside a review: "今年…预计增长5.5%，好于年初预期的5%" under "一、2023年计划
                # 执行情况" of a plan report drafted in December is the year reviewed's target; under "一、2019年和今年以来工作回顾"
                # this year's revision is this year's)
                return "target", str(y), conf
            if not any(c[1] == "actual" for c in local) and section_role in ("targets", "tasks", "requirements") \
                    and text.find("调", mend, v.start) >= 0 and not late \
                    and _REVISED_FROM_TO.search(text, mend, v.start) is not None \
                    and _REVISION_PAST.search(text, full_start, v.start) is None \
                    and not any(int(m.group(1)) < y for m in _YEAR_DIGITS.finditer(text, full_start, v.start)):
                # "主要预期目标调整如下：地区生产总值增长由8%调整为3%左右" in the plan's part of a report delivered in its
                # year (2020's, after the outbreak): the year's target revised in it, this year's (docs/decisions.md 1)
                return "target", str(y), conf
            if not any(c[1] == "actual" for c in local) and section_role in ("targets", "tasks", "requirements") \
                    and text.find("年初", max(mend, v.start - 12), v.start) >= 0 and not late \
                    and _ORIGINAL_BRACKET.search(text, max(mend, v.start - 12), v.start) is not None \
                    and _REVISION_PAST.search(text, full_start, v.start) is None:
                # "地区生产总值增长3%左右（年初预期为7.5%）" in the plan's part of a report delivered in its year: the figure
                # first set this year, revised to the one before it, is no target any more (docs/decisions.md 1)
                return None
            if not any(c[1] == "actual" for c in local) and section_role in ("targets", "tasks") \
                    and (bi := text.find("年初预算", mend, v.start)) >= 0 and text[bi - 1:bi] not in ("比", "较") \
                    and not _LAST_YEAR_BEFORE.search(text, max(0, bi - 4), bi):
                # "二、2022年预算草案 > 2022年全县一般公共预算收入年初预算为32.1亿元": the budget at the new year's start
                # in the draft part, as before the name (_DRAFT_BUDGET_CUE)
                return "target", str(y), conf
            if not any(c[1] == "actual" for c in local) and text.find("年均", mend, v.start) >= 0 \
                    and text.find("年均", cs := _after_mark(_CLAUSE_MARKS, text, max(full_start, v.start - 24), v.start), v.start) >= 0 \
                    and (pn := _last(_PLAN_NAME.finditer(text, cs, v.start))) is not None:
                # "增长6.5%，高于“十四五”规划年均增长5.5%的预期": the plan's yearly average a result is set against, in its
                # own clause, is the plan's goal over its span (as with 的目标 after it, below), not the year's target
                a = _PLAN_START[pn.group(1)]
                return "goal", f"{a}-{a + 4}", conf
            return ("actual" if any(c[1] == "actual" for c in local) else "target"), str(y - 1), conf
        # (the last clause mark before the figure, where a year stands between the name and it)
        rc = rfind_mark(text, mend, v.start, _CLAUSE_MARKS) if y is not None and year_between else -1
        if rc > mend and (pt := _PAST_SET_AT.match(text, mend, rc) or _PAST_SET_BEFORE.search(text, mend, rc)) is not None \
                and (py := int(pt.group(1)) if pt.group(1) else y - 2 if late else y - 1) < y \
                and (_YEAR_FIGURE_AFTER.match(text, rc) or _then_actual().match(text, rc) or _then_label().match(text, rc)):
            # "地区生产总值增长：2023年计划7%，预计完成6.5%，2024年目标6%": a result right after a year's plan
            # restated by its year is that year's
            return "actual", str(py), conf
        if rc > mend and text.find("年", mend, rc) >= 0 and _CHANGE_ONLY.fullmatch(text, rc, v.start) \
                and (pt := _YEAR_FIGURE_AT.match(text, mend, rc) or _YEAR_FIGURE_CLAUSE.search(text, mend, rc)) is not None and int(pt.group(1)) < y \
                and _SET_WORD.search(text, pt.end(1), rc) is None:
            # "（三）社会消费品零售总额。2023年预计完成1250亿元，增长7.2%": the change of an amount a year gone by
            # has just been dated by is that year's
            return "actual", pt.group(1), conf
        if y is not None and year_between and (_LAST_YEAR_SET_AT.match(text, mend, v.start)
                                                                     or _LAST_YEAR_SET_AFTER.search(text, max(mend, v.start - 16), v.start)):
            return "target", str(y - 2 if late else y - 1), conf  # ("：上年计划7%": last year's plan)
        ty = (_TO_YEAR.search(text, mend, v.start) or _NAME_YEAR.match(text, mend, v.start)
              if year_between else None) or (
            _IN_YEAR.search(text, mend, v.start) if v.measure == "level" else None)
        if ty and y is not None:
            t = int(ty.group(1))
            if t < y and _PAST_YEAR_SET.match(text, ty.start(1), v.start):
                return "target", str(t), conf  # (last year's plan restated by its year: that year's target)
            if t < y:
                return "actual", str(t), conf
            if t > y:
                return "goal", str(t), conf
            if ty.group(0)[0] not in "到至" and _set_lead().search(ty.group(0)):
                # "计划7%，完成6.1%，2024年计划6.5%": the plan of the report's year named before its figure (not
                # "到2025年目标为62%", a plan's goal for its last year)
                return "target", str(t), conf
    if y is not None and v is not None and mend is not None and mend < v.start and section_role != "review" \
            and text.find("其中", mend, v.start) >= 0 and (tp := _THIS_YEARS_PART.search(text, mend, v.start)) is not None \
            and (tp.group(1) is None or int(tp.group(1)) == y):
        # "今后五年，地区生产总值年均增长6%左右，其中今年增长6.5%左右": this year's part of the plan's average, its name
        # left out, is the year's target (the cues of the sentence before the name are the average's)
        return "target", str(y), conf
    sent = _cues(text, full_start, pos, y)
    if sent and text.find("\n", full_start, pos) >= 0:
        # (a 数读 page: the time words of another figure's caption, "7.2%\n“十三五”时期年均增长\n5.3%\n规模以上工业增加值增长",
        # are that figure's, no time of the items under it; a heading's are, "今后五年\n7%\n…")
        item = _item_line_start(text, pos)
        sent = [c for c in sent if c[0] >= item or not _caption_of_figure(text, c[0])]
    # (a transcript's speaker label, "解说：2023年，…增长4.9%；规模以上工业增加值增长7.1%", leads no list: its sentence opens after it)
    lo = sl.end() if sent and (sl := _speaker_label().match(text, full_start, pos)) is not None else full_start
    if sent and (colon := find_mark(text, lo, pos, _COLONS)) >= 0 and (clause := _after_mark(_SEMI_STOP_MARKS, text, colon, pos)) > colon \
            and not (late and _OWN_YEAR_AFTER_NAME.match(text, colon) is not None):
        # (not a name's label in a plan report of December, "城镇新增就业：本年预计7.1万人，明年6.5万人以上；城镇登记失业率
        # 控制在4.5%以内": its clauses run on from the year to the next, the item after ； in the next, decision 155)
        # "今年主要预期目标：…城镇化率提高0.8个百分点，“十五五”末达到68%；研发经费投入强度2.5%": the
        # cues of an item before are not this item's; the lead's and its own are
        # (and a year opening the list right after the colon leads every item: "政府工作报告交出答卷：2022年，全县地区生产总值
        # …增长4.9%；财政总收入35.6亿元…", not the first item's alone)
        yl = _YEAR_AFTER_COLON.match(text, colon + 1)
        sent = [c for c in sent if c[0] <= colon or c[0] > clause or yl is not None and c[0] < yl.end()]
    # (semi, the last ； before the figure, is found here whenever sent holds a cue; the filters below only drop cues, so
    # where a later test reads sent as holding one it was found here, with the same bounds: not found again, spd50a)
    if sent and (semi := max(text.rfind("；", full_start, pos), text.rfind(";", full_start, pos))) > 0:
        # "城镇化率提高1.5个百分点，“十三五”末达到58%；城乡居民收入分别增长9%、10%" (a list's items, the
        # lead on a line before): a plan named after an earlier item's figure is that item's
        # (or in an item that weighs the target just set, "。这一目标既衔接了“十五五”时期年均增长5%以上的规划预期，也兼顾
        # 了…；一般公共预算收入增长5%": the plan is the reason's, not the items' after it)
        sent = [c for c in sent if c[0] > semi or c[1] not in ("goal", "plan_goal") or _FIGURE_BEFORE.search(
            text, (i0 := max(full_start, text.rfind("；", full_start, c[0]) + 1, text.rfind(";", full_start, c[0]) + 1)), c[0]) is None
            and _TARGET_NAMED_BACK.match(text, i0) is None]
    if sent and y is not None and len(sent) > 1 and text.find("年", full_start, pos) >= 0:
        # "今后五年，全市地区生产总值年均增长7%以上，到2026年力争达到2300亿元；研发经费支出占比达到3.5%" under "二、今后五年
        # 目标和2022年工作": a resolve word right after a later deadline is that deadline's modal (cues.tsv deadline_modal),
        # no cue of this year's targets where the plan's years lead the sentence; the items after it stay the plan's
        # (decision 397; not "到2022年底力争…", this year's deadline, nor a 力争 with no plan's cue before it)
        sent = [c for c in sent if not (c[1] == "target" and c[2] is None and _after_later_deadline(text, full_start, c[0], y)
                                        and any(d[1] in ("goal", "plan_goal") and d[0] < c[0] - 2 for d in sent))]
    if sent and section_role == "review" and any(c[1] == "target" for c in sent):
        # "各项工作力争走在前列，全省生产总值增长6.4%" under the review: a 力争 of the work done, in a clause with no
        # figure before the figure's, sets no target (the review decides)
        sent = [c for c in sent if c[1] != "target" or not _striving_without_figure(text, c[0], pos)]
    if sent and section_role in ("targets", "tasks", "requirements") and (v is None or v.period_hint is None):
        # "与“十五五”时期目标任务相衔接，地区生产总值增长6%左右" in this year's part: a clause that weighs the plan
        # gives the figures after it no plan period (the part decides; not "按照“十五五”规划纲要，…", its source)
        sent = [c for c in sent if c[1] not in ("goal", "plan_goal") or not _plan_weighed(text, c[0], pos, source=False)]
    if sent and text.find("项", full_start, pos) >= 0:
        # "“十四五”规划确定的25项主要指标中，23项达到或超过预期，常住人口城镇化率达到62.5%，…均完成规划目标": the plan's tally
        # of the indicators met, closed by a comma in a sentence that names no goal missed, reviews results, as one closed by
        # its own ； does (role_cues.tsv; "…中，24项完成或超额完成，…等4项指标未达到规划目标" still names the goals missed)
        sent = [c for c in sent if c[1] != "goal" or not _TALLY_MET.match(text, c[0]) or _GOAL_MISSED.search(text, c[0], se)]
    if sent and (text.find("目标，", full_start, pos) >= 0 or text.find("目标,", full_start, pos) >= 0
                 or text.find("目标任务，", full_start, pos) >= 0):
        # "锚定地区生产总值年均增长6%的“十五五”目标，推动地区生产总值增长6.5%以上": a plan named in a clause that
        # ends in the goal its figure is (…的目标，) is that figure's, not the clauses' after it
        sent = [c for c in sent if c[1] not in ("goal", "plan_goal") or not _goal_named_after(text, full_start, c[0], pos)]
    if sent and (text.find("）", full_start, pos) >= 0 or text.find(")", full_start, pos) >= 0):
        # "财政总收入增长7.2%（预期目标6%）；固定资产投资增长13%": a cue in a bracket closed before the
        # figure is the aside's, not the figure's
        # (but a bracket that holds only the years of what it follows frames the sentence: "启动新三年行动（2024—2026年），
        # 三年累计完成工业投资2000亿元以上"; a programme's, only a total or an average over them, _programme_years)
        sent = [c for c in sent if not _in_closed_bracket(text, full_start, c[0], pos)
                or c[1].startswith(("range:", "span")) and text[c[0]:c[0] + 1] in "）)"
                and (rb := _RANGE_BRACKET.search(text, full_start, c[0] + 1)) is not None
                and _programme_years(text, full_start, rb.start(), c[0], upto)]
    if sent and section_role == "review" and semi > 0:
        # "城镇新增就业125.4万人，超过110万人的预期目标；居民消费价格上涨1.8%" in a review: a target restated by its
        # amount after an earlier item's result is that item's, no cue for the items after the ；
        sent = [c for c in sent if c[0] > semi or c[1] != "target" or not _AMOUNT_TARGET_BEFORE.search(text, max(full_start, c[0] - 16), c[0])]
    if sent and section_role in ("targets", "tasks") and semi > 0:
        # "落实留抵退税政策，预计全年退税减税5亿元以上；新增市场主体3000户" in the tasks part: an earlier
        # item's estimate does not make the items after its ； results (the part decides them)
        sent = [c for c in sent if c[0] > semi or c[1] != "actual" or text[c[0] - 2:c[0]] != "预计"]
    if sent and section_role == "review" and text.find("规划", full_start, pos) >= 0:
        # "“十四五”规划确定的主要指标：地区生产总值年均增长5.8%…" under a review of the plan, "按照“十四五”规划，…累计
        # 下降9.6%，完成进度的80%" under the year's review: the plan named as the figures' source (role_cues) sets
        # goals only outside a review; there its figures are results, the section decides
        sent = [c for c in sent if c[1] != "goal" or not _PLAN_SOURCE.search(text, max(full_start, c[0] - 24), c[0])]
    if sent and any(c[1] in ("span", "actual") and _carries_on(text, full_start, c[0], pos) for c in sent):
        # "延续过去五年地区生产总值年均增长6.5%的发展势头，全市地区生产总值年均增长6%左右": the years gone
        # are the momentum's, carried on by the clauses after it
        sent = [c for c in sent if not (c[1] in ("span", "actual") and _carries_on(text, full_start, c[0], pos))]
    if len(sent) > 1 and section_role in ("targets", "tasks", "requirements") and y is not None \
            and any(c[1] == "target" or c[1] == "goal" and c[2] is not None and c[2] >= y for c in sent):
        # "到2025年，全面完成“十四五”规划确定的各项目标任务，地区生产总值迈上6000亿元台阶" in the plan's part: the plan's
        # targets met are the aim of the year leading the sentence, no result of a year gone (as after "今年，")
        sent = [c for c in sent if not (c[1] == "actual" and c[2] is None and text.endswith("目标", 0, c[0])
                                        and any((d[1] == "target" or d[1] == "goal" and d[2] is not None and d[2] >= y)
                                                and d[0] < c[0] for d in sent))]
    if sent and any(c[1] == "span" and c[0] < pos and _span_own_average(text, c[0]) for c in sent):
        # "地区生产总值增长5.2%，“十四五”以来年均增长6.3%，一般公共预算收入增长3.1%": years named after a figure,
        # right before the average of that figure (its name left out), are that average's alone, not the years of
        # the names after it (not "五年来，全市…", which frames the sentence)
        sent = [c for c in sent if not (c[1] == "span" and c[0] < pos and _span_own_average(text, c[0])
                                        and _DIGIT_NOT_YEAR.search(text, full_start, _after_mark(_CLAUSE_MARKS, text, full_start, c[0]))
                                        and find_mark(text, c[0], pos, _CLAUSE_MARKS) >= 0)]
    if len(sent) > 1 and any(c[1] == "actual" and text[c[0] - 2:c[0]] in _LAST_YEAR_WORDS for c in sent):
        # "今年全市地区生产总值增长7%，去年完成6.8%；固定资产投资增长10%": last year's figure set after this year's
        # target, its name left out (the cue opens its clause), dates its own clause only, not the names after it
        sent = [c for c in sent if not (c[1] == "actual" and text[c[0] - 2:c[0]] in _LAST_YEAR_WORDS
                                        and text[c[0] - 3:c[0] - 2] in ("，", ",") and _elliptic_past(text, c[0] - 2, pos)
                                        and any(d[1] == "target" and d[0] < c[0] - 2 for d in sent))]
    if sent and find_mark(text, full_start, pos, _SEMIS) >= 0 \
            and (section_role in _PLAN_SECTION_ROLES or any(c[1] == "target" for c in sent)):
        # "社会消费品零售总额增长7%，去年年初预期目标为8%，全县增长4.6%；一般公共预算收入增长5%" in the targets: last
        # year's clause set after this year's target (its cue, or the plan's part), its name left out, dates its own
        # ；-item only (lft62c)
        plan = section_role in _PLAN_SECTION_ROLES
        sent = [c for c in sent if not _last_years_item_before(text, full_start, c, pos, sent, plan)]
    if len(sent) > 1 and text.find("今年", full_start, pos) >= 0 and any(c[1] == "actual" for c in sent):
        # "外贸进出口总额1326.5亿元，增长9.8%，今年预期增长5%左右；居民人均可支配收入…增长5.9%" (a digest mixing
        # last year's results and this year's targets item by item): this year's clause set after a result, its name
        # left out, dates that clause only, not the items after its ；
        ahead = [(c[0] - 2, e) for c in sent if c[1] == "target" and text[c[0] - 2:c[0]] == "今年"
                 and text[c[0] - 3:c[0] - 2] in _LAST_YEAR_OPENS and (e := _elliptic_ahead(text, c[0] - 2, pos)) > 0
                 and any(d[1] == "actual" and d[0] < c[0] - 2 for d in sent)]
        if ahead and not (v is not None and v.verb.endswith(_BOUND_SET_VERBS)):
            # (but a bound set in the later item, "；城镇登记失业率控制在3%以内", is this year's: no result is so worded)
            sent = [c for c in sent if not (c[1] == "target" and any(a < c[0] <= e for a, e in ahead))]
    if sent and y is not None and section_role != "review" and text.find("全年", full_start, pos) >= 0 \
            and (later := _nearest([c for c in sent if c[1] == "goal" and (c[2] is None or c[2] > y)
                                    or c[1] == "plan_goal" and (c[2] is None or c[2] + 4 > y)])) is not None \
            and (turn := _this_year_opens(text, later[0], pos, y)) is not None and turn.group(1) \
            and (later[1] == "goal" and later[2] is not None or text[turn.start()] in "；;"):
        # "力争到2028年规上工业产值突破500亿元，全年新增规上工业企业20家，完成工业投资75亿元" in the year's work: the
        # whole year opening a clause after a later deadline's own figure dates that clause and the ones after it to
        # the report's year, as 今年 does (the deadline dates its own clause only); after a span named by no year
        # ("今后五年，全市常住人口城镇化率达到62%；全年新增城镇就业8000人", 本届政府任期内) only a ；-item so opened (a
        # comma's "，全年粮食产量稳定在…" is the span's each year); a plan named by its number is such a span
        # ("“十五五”时期，…年均增长6%左右；全年新建高标准农田2万亩，新增城镇就业1.2万人")
        sent = sent + [(turn.end(), "target", None)]
    cue = own_cue = _lead(sent, text)
    if y is not None and (cue is None or cue[1] == "target" and cue[2] is None and text.find("全年", full_start, upto) >= 0) \
            and not late and _THIS_YEAR.search(text, full_start, upto) is None \
            and _SETS_FIGURE.search(text, full_start, upto) is None \
            and _turned_to_this_year(text, upto, text.find("全年", full_start, upto) >= 0, full_start):
        # a sector's paragraph holding last year's result and this year's target: a clause with no year of its own
        # (or a bare 全年) before the sentence turns to 今年 is last year's, not dated by an earlier sentence's 今年
        # (not one that sets a figure: "经济增长目标定在5%左右，去年…，今年力争增长5%以上")
        return "actual", str(y - 1), conf
    if cue is not None and cue[1] == "target" and cue[2] is None and ps < full_start and cue[0] - full_start <= 12 \
            and text.find("预期", full_start, cue[0]) < 0 and (plan := _nearest(
                [c for c in _cues(text, max(ps, full_start - 60), full_start, y) if c[1] in ("goal", "plan_goal")])):
        # "“十五五”时期，全区将…打造示范区。主要目标是：…" in a part on the plan and the year: a sentence on the plan's
        # years with no figure and no year leads the list opening the next, as in one sentence (_lead)
        cue = own_cue = _lead([_yearless_vision(text, plan), cue], text)
    elif cue is not None and cue[1] == "target" and cue[2] is None and 0 < ps == full_start and cue[0] - ps <= 12 \
            and text.find("预期", ps, cue[0]) < 0 and not _OWN_YEAR_WORD.search(text, ps, cue[0]) \
            and (pps := text.rfind("\n", 0, ps - 1) + 1) < ps - 1 and _plan_paragraph(text, pps, ps - 1, y) \
            and (plan := _nearest([c for c in _cues(text, pps, ps - 1, y) if c[1] in ("goal", "plan_goal")])):
        # "今后五年政府工作的总体要求是：…。\n主要目标是：…研发经费投入强度达到1.5%以上" under a title of the five years
        # and the year: a paragraph on the plan's years and nothing else leads the bare target word opening the next
        cue = own_cue = _yearless_vision(text, (cue[0], plan[1], plan[2]), plan[0])
    listed = None
    if v is not None and mend is not None and mend < v.start and (ahead := _nearest(
            [c for c in _cues(text, mend, v.start, y) if c[1] in ("goal", "plan_goal")])):
        # "今年地区生产总值增长5%左右，今后五年年均增长5%以上": the years named between a name and
        # its second value are that value's
        cue = own_cue = ahead
    elif v is not None and mend is not None and mend < v.start and cue is not None and cue[1] == "actual" \
            and cue[2] is not None and cue[0] <= mend and (last_year := _nearest(
                [c for c in _cues(text, mend, v.start, y) if c[1] == "actual"
                 and text[c[0] - 2:c[0]] in _LAST_YEAR_WORDS and text[c[0] - 3:c[0] - 2] in _LAST_YEAR_OPENS])):
        # "前年全县粮食总产量为38.2万吨，去年达到39.1万吨": last year opening the clause of a second value, its name
        # left out, dates that value, not the earlier year named before the name
        cue = own_cue = last_year
    if cue is not None and cue[1] == "actual" and not late and text[cue[0] - 2:cue[0]] == "预计" \
            and (_THIS_YEAR.search(text, max(full_start, cue[0] - 12), cue[0])
                 # ("今年将实施重大项目320个，预计全年完成投资650亿元；新增…": the sentence turned to this year before, no
                 # past year named between)
                 or (ty := _last(_THIS_YEAR.finditer(text, full_start, cue[0]))) is not None
                 and not _PAST_NAMED.search(text, ty.end(), cue[0])
                 or y is not None and (yr := _last(_YEAR.finditer(text, full_start, cue[0]))) is not None
                 and int(yr.group(1)) == y):  # (the year nearest before: "在2026年两会上…，2025年…预计" is 2025's)
        # "今年预计实现…", "2024年全县一般公共预算收入预计13.5亿元；…支出安排40.2亿元": this year's
        # expectation is a target, in the clauses after it too
        cue = (cue[0], "target", None)
    if cue is None and ps > 0 and not run_on and not (ps < full_start and _past_opening(text, ps, full_start, y)):
        # an item of a list whose lead line ("今年主要预期目标是：") says what the list is, whatever
        # the section it stands in
        # (not a paragraph that opens on a year of its own under the list's last item, "…\n3.改造老旧小区12个。\n2023年，
        # 全区…增长6.1%。全区社会消费品零售总额增长7.2%": a news page gone back to last year, its opening year dates
        # its sentences, below)
        cue = listed = _list_lead(text, ps, y)
        if listed is not None and listed[1] == "target" and section_role == "review" and section_path \
                and _review_title(text, listed[0], y):
            # "一、2023年计划执行情况 > （一）主要预期目标": a targets title in the review that does not look
            # ahead is how last year's targets went: the section decides, and the items' own words
            cue = listed = None
    if cue is None and ps < full_start and (colon := max(text.rfind("：", ps, full_start), text.rfind(":", ps, full_start))) >= 0 \
            and not _unweighed(text, _cues(text, colon + 1, full_start, y), full_start):
        # "主要预期目标是：地区生产总值增长5.5%左右。城镇新增就业5万人以上。": the sentences after a
        # lead's colon in its paragraph are its items, whatever the section
        # (the last colon: the last of either, found back from the sentence in C)
        lead = _lead(_cues(text, _after_mark(_FULL_STOPS, text, ps, colon), colon, y), text)
        if lead is not None and lead[1] in ("target", "goal", "plan_goal", "actual", "span"):
            cue = listed = lead
    plans_named = _plans_named(section_path) if y is not None else ()
    # "“十三五”时期发展成就和“十四五”时期主要目标": a section that reviews one plan and sets the next
    # decides nothing by itself; its paragraphs' cues do
    mixed = any(a + 4 < y for a in plans_named) and any(a + 4 >= y for a in plans_named)
    decisive = section_role in ("review", "targets", "requirements", "tasks") and not mixed
    open_page = v is not None and mend is not None and section_role not in ("review", "targets", "requirements", "tasks")
    if cue is None and open_page and (own_word := _own_clause_cue(text, mend, v.start, y)) is not None \
            and own_word[1] == "actual":
        # "…。城镇新增就业方面，去年上级下达任务1.6万人，全区新增1.8万人" on a page with no parts: last year's word
        # opening the figure's clause is its own time, read before the sentences before it (decision 507's Left, lft62c)
        cue = own_word
    from_paragraph = False
    if cue is None and ps < full_start and not decisive:
        # "2024年…增长6.1%。全县将确保地区生产总值增长6.5%": a sentence that speaks of what will be
        # done is not dated by the one before it
        weak = _nearest(_cues(text, full_start, pos, y, "weak"))
        if weak is not None and weak[1] == "target":
            cue = weak
        else:
            cue = _nearest([c for c in _unweighed(text, _cues(text, ps, full_start, y), full_start)
                            if not (c[1] in ("past_target", "target") and meta is not None and _above_set_cue(text, c[0], meta))
                            and not (c[1] == "target" and c[2] is None and _aim_then_result(text, c[0]))
                            and not _last_years_plan_sentence(text, c)])
            from_paragraph = cue is not None
    role: str | None = None
    cue_year: int | None = None
    if cue is not None:
        role, cue_year = cue[1], cue[2]
        if role == "goal" and v is not None and v.start > pos and text.find("实际", max(pos, v.start - 8), v.start) >= 0 \
                and (oc := _after_mark(_CLAUSE_MARKS, text, pos, v.start)) > pos and text.startswith("实际", oc):
            # "“十四五”规划确定的主要指标中，…年均增长7%的目标已提前完成，实际年均增长8.4%": a clause a bare 实际
            # opens states the result, whatever goal the sentence opened with (the section reads it)
            cue, role, cue_year = None, None, None
        if role == "target" and cue_year == y and y is not None and _written_after(text) \
                and _report_year_opens(text, full_start, cue[0], y):
            # "【报告执行情况】　2016年，全县生产总值189.4亿元，增长8.6%，完成年度目标" in a yearbook of 2017 on 2016's
            # report: a book written after the year tells the report year opening a sentence as the year gone by, its
            # figures the year's results (decision 376; its targets keep their own words: "报告确定2016年主要预期目标：")
            role = "actual"
        elif role == "goal" and cue_year is not None and y is not None and cue_year == y + 1 and _written_after(text) \
                and _next_year_opens(text, full_start, cue[0], y):
            # "…会议确定，2020年全县生产总值增长8%左右" in a yearbook of 2020 on 2019's report: a book written after the
            # report year quotes the next year's target, no goal of a plan (decision 382)
            role = "target"
        if from_paragraph and role == "goal":
            # "落实2030年…目标。…分别降低13.5%、18%": a year in an earlier sentence makes a goal,
            # but only the figure's own sentence dates it; else it takes its plan's span
            cue_year = None
        if role == "target" and cue_year is None and not from_paragraph \
                and ((k := text.find("预期", max(0, cue[0] - 8), cue[0])) < 0
                     # "二、今后五年目标任务\n今后五年，我们将…。主要预期目标是：": in a part on the plan alone, after the
                     # plan's years opened the paragraph, the 预期目标 are the plan's
                     or ps < k and _plan_section(section_path, y)
                     and _plan_paragraph(text, ps, k - 2 if text.startswith("主要", k - 2) else k, y)
                     # (or a list opening its paragraph there, with a yearly average before the figure: "二、今后五年的奋斗
                     # 目标\n主要预期目标是：全县生产总值年均增长7%以上；…；森林覆盖率达到25%")
                     or _plan_section(section_path, y) and not _cues(text, ps, k, y) and text.find("年均", k, pos) >= 0) \
                and not _THIS_YEAR.search(text, full_start, pos) \
                and (y is None or text.find(f"{y}年", full_start, pos) < 0) \
                and (_plan_section(section_path, y) or ps < full_start and _plan_paragraph(text, ps, full_start, y)):
            # "第二部分：今后五年的奋斗目标 … 主要目标是：": targets with no year, in the plan's part
            # (or in a paragraph that opens with the plan's years: "今后五年政府工作的总体要求是：…。主要目标是：")
            role = "goal"
    if role is None and mixed and (bs := _block_start(text, ps)) < ps:
        # a line with no cue in a mixed section, right under others (no blank line between: one
        # sentence a line, or a page cut after a stop): the nearest cue of its block decides
        cue = _nearest(_cues(text, bs, ps, y))
        if cue is not None:
            role, cue_year = cue[1], cue[2]
    if role is None and mixed and ps > 1 and text[ps - 2] == "\n":
        # (or past blank lines, a page setting each sentence a paragraph with a blank line between: "过去五年，…取得新的历史
        # 性成就。\n\n经济运行总体平稳，…国内生产总值…增加到超过100万亿元。" is the review's, as the paragraph read whole is;
        # the section's role, which decides nothing in a mixed section, would make it the next plan's goal: decision 377)
        # (only a cue opening its paragraph frames the paragraphs after it, "过去五年，"; not one inside a sentence, "…投入
        # 强度高于“十三五”时期实际", whose comparison frames nothing)
        cue = _lead(_own_item_cues(text, [c for c in _unweighed(text, _cues(text, _since_heading(text, ps, 600), ps, y), ps)
                                          if _opens_paragraph(text, c[0])], pos), text)
        if cue is not None:
            role, cue_year = cue[1], cue[2]
            conf -= 0.1
    if role == "ahead":  # "经过五年努力": the years gone in a review (or after them in its sentence), the years ahead elsewhere
        role = "span" if section_role == "review" or cue is not None and any(
            c[1] == "span" and c[0] < cue[0] for c in sent) else "goal"
    if role == "span" and cue is not None and text[cue[0] - 4:cue[0]] in ("五年累计", "五年共") \
            and (named := _plan_named_before(text, sent, cue[0] - 4)) != "span" and (
            _plan_section(section_path, y) or any(c[1] == "goal" and c[0] < cue[0] for c in sent)
            or named == "plan_goal" and section_role != "review"
            or any(c[1] == "plan_goal" and c[0] - full_start <= 12 for c in sent)
            or ps < full_start and _ahead_paragraph(text, ps, full_start, y)
            or _plan_years_summed(text, ps, cue[0], section_role, y)) \
            and not _past_plan_summed(text, ps, cue[0] - 4, y):
        # "“十五五”时期…，五年累计完成投资15万亿元": the five years ahead, in a plan's part or sentence
        # (or in a part on the plan and the year, in a paragraph looking back at no year: "围绕上述目标，重点做好以下工作：
        # 五年累计新增城镇就业200万人")
        # (or in a paragraph the plan's years open: "今后五年…总体目标是：…。具体是：…；五年累计新增城镇就业2万人")
        # (or in a sentence the plan's years open, "“十五五”时期，…年均增长5%左右；五年累计城镇新增就业200万人以上", "展望
        # “十五五”，…", under a title that names the plan gone and the plan ahead with no words of a part: "“十四五”成就与
        # “十五五”目标")
        # (not after the years gone opening the sentence, "“十四五”时期，…年均增长5.3%；五年累计城镇新增就业222万人" under
        # "二、“十四五”发展成就和“十五五”奋斗目标": the plan ended before the report's year is the five years summed; an
        # earlier sum of its own, "五年累计新增城镇就业200万人，五年累计完成…", names no years gone)
        # (nor in a paragraph whose last plan named is one ended before the report's year, in a sentence before or a ；-item
        # the cues above leave out: "“十三五”时期，全市…。2020年，…。五年累计城镇新增就业18.3万人" in a 十四五 outline, whose
        # every section is the plan's; decision 427)
        role, cue_year = "goal", None
    elif role == "span" and cue is not None and cue_year is None and text[cue[0] - 4:cue[0]] in ("五年累计", "五年共") \
            and (est := _estimated_plan_before(text, sent, cue[0] - 4)) is not None:
        # "预计“十四五”期间，…；五年累计完成固定资产投资2350亿元" in the plan's last year: the sum of the plan's years
        # estimated whole, ending with it, as the averages before it (decision 491)
        cue, cue_year = est, est[2]
    elif role == "actual" and cue is not None and cue_year is None and text.endswith("预计", 0, cue[0]) \
            and text.startswith(("年均", "平均", "累计"), cue[0]) and (est := _estimated_plan_before(text, sent, cue[0])) is not None:
        # "“十四五”期间，全市地区生产总值预计年均增长6.3%；一般公共预算收入预计年均增长5.5%": each clause's own 预计 before
        # its average is the same estimate of the plan's years (decision 491)
        role, cue, cue_year = "span", est, est[2]
    if role is None and section_role == "review" and y is not None and v is not None and text[se:se + 1] == "。" \
            and _THEN_DONE.match(text, se + 1) is not None:
        # "1．地区生产总值增长6.5%左右。完成情况：全市地区生产总值增长6.1%。" in an account of the year's tasks: the item
        # restates the target its result is labelled against right after
        return "target", str(y - 1), conf
    if role is None and section_role in ("review", "targets", "requirements", "tasks"):
        role = "actual" if section_role == "review" else "target"
        # the plan period in the section's path, unless the section itself names this year
        # ("二、“十五五”时期主要目标和2026年工作安排 > （二）2026年主要预期目标")
        # ("全年计划新增城镇就业50万人" in a plan's part: one year, this one)
        # (a plan named at the paragraph's opening, not after a figure: "增长8%左右，“十四五”时期年均增长7%")
        # (at the opening: not after a sentence before it, "（二）…产业体系。到2027年数字经济…。国家高新技术企业总数突破1.8万家")
        # (a year that ends no plan opening the paragraph, in a part that names no plan, dates its own sentence only:
        # "力争到2027年规上工业企业达到300家。全区固定资产投资增长7%。" in the year's tasks, the second is this year's; a
        # plan's last year, "到2030年，…。森林覆盖率达到45%。", still leads the paragraph as the plan's)
        if role == "target" and (_plan_section(section_path, y) or (g := _GOAL_CTX.search(text, ps, min(ps + 40, pos)))
                                 and not _A_FIGURE.search(text, ps, g.start()) and text.find("。", ps, g.start()) < 0
                                 and not _plan_weighed(text, g.end(), pos)
                                 and not (text[g.start()] == "到" and g.end() < full_start and not plans_named
                                          and int(g.group(0)[1:5]) % 5)
                                 # (a sentence turned back to the year after the opener's ends its lead: "力争到2025年
                                 # …突破1500亿元。全年新增规上工业企业100户…。研发经费投入强度提高到1.4%" is this year's)
                                 and ((k := text.find("。", g.end(), full_start)) < 0
                                      or not _YEAR_TURN.search(text, k, full_start))
                                 or _proposal_opens(text, ps, pos, y) or _plan_named_back(text, ps, pos, y)) \
                and text.find("全年", full_start, pos) < 0:
            role = "goal"
    if role is None and open_page and (own_word := _own_clause_cue(text, mend, v.start, y)) is not None:
        # "去年，全区…增长6.2%。\n\n一般公共预算收入预期增长5%。" on a page with no parts: the target word between the
        # figure's name and it is its own sentence's cue, read before the paragraphs before it (its own paragraph's cues
        # first: "2023年，…。株洲市下达的城镇新增就业目标为6000人" is 2023's; decision 507's Left, lft62c)
        cue, role, cue_year = own_word, own_word[1], None
    if role is None:
        # (less the plans the paragraphs before only weigh: "2026年…主要预期目标是：…增长5.5%左右。\n\n这一增速既考虑了
        # “十五五”时期年均增长5%以上的规划要求…。\n\n城镇新增就业8万人以上", each sentence a paragraph, are this year's)
        cue = _lead(_own_item_cues(text, _untold(text, _unweighed(text, _cues(text, _since_heading(text, ps, 600), ps, y), ps)), pos),
                    text)
        if cue is not None:
            role, cue_year = cue[1], cue[2]
            conf -= 0.1
    if role is None and v is not None and v.start > pos and (oc := _after_mark(_CLAUSE_MARKS, text, pos, v.start)) > pos \
            and text.startswith("预计", oc):
        # ("年初确定的地区生产总值增长7%的目标，预计全年增长6.5%左右" with nothing before the name to go by: the name's
        # figure in a clause of its own that opens on 预计 is the estimate, a result, not the target named before it)
        role = "actual"
        conf -= 0.15
    if role is None:
        cue = _nearest(_cues(text, full_start, pos, y, "weak"))
        if cue is not None:
            role = cue[1]
            conf -= 0.15
        elif v is not None and (v.qualifier in ("about", "at_most", "range") or _names_target_after(text, v.end)):
            # ("增长4.5%，低于6.5%左右的预期目标" with nothing else to go by: the target the result is
            # compared with is the year's it is of, not this year's)
            # (a figure named the target right after it, "年初县人大确定了地区生产总值增长7%的年度目标" in a report on the
            # year's first three quarters under no part's title: the target, whatever its qualifier)
            # (one set at the year's start, "年初确定的…增长7%的目标": the target of the year under way or gone by, not of
            # the year after a December speech; a text on part of the year dates it back to its own year below)
            role = "past_target" if _names_target_after(text, v.end) and (
                _COMPARED_TARGET_END.search(v.verb) or text.find("年初", ss, pos) >= 0) else "target"
            conf -= 0.2
        elif v is not None and text[v.end:v.end + 1] in "，," and _RESULT_VS_TARGET.match(text, v.end) is not None:
            # ("全年居民消费价格上涨0.3%，低于3%左右的调控目标" with nothing else to go by: a result
            # compared with the target set for it is the year's actual, whatever its qualifier)
            m = _RESULT_VS_TARGET.match(text, v.end)
            if _names_target_after(text, m.end()):
                role = "actual"
                conf -= 0.2
        elif v is not None and y is not None and (j := find_mark(text, v.end, min(len(text), v.end + 120), _FULL_STOPS)) >= 0 \
                and text[j] == "。" and text.startswith(_LAST_YEAR_WORDS, j + 1) and not text.startswith("同期", j + 3):
            # ("粮食产量1.3万亿斤以上。去年粮食产量13908.2亿斤" on a page restating the report, with nothing else to go
            # by: the figure set against last year's in the sentence right after it is this year's)
            role = "target"
            conf -= 0.2
    if role is None:
        return None
    if role.startswith("range:"):
        return "goal", f"{role[6:]}-{cue_year}", conf
    if role == "year":
        # no report year: the figure's own year and the cue words around it decide
        if y is None and cue_year is not None:
            t = _nearest(_cues(text, full_start, pos, cue_year + 1))
            role = "actual"
            y = cue_year + 1
            if text.find("标", ps, pos) >= 0 and _TARGET_CTX.search(text, ps, pos) or (v is not None and v.qualifier in ("about", "at_most", "range")):
                role, y = "target", cue_year
            conf -= 0.2
    own_year = False
    if y is None and role == "goal" and cue_year is not None and cue is not None \
            and _GOAL_YEAR_CUE.search(text, max(0, cue[0] - 10), cue[0]) is not None:
        # "今年…预期增长7%左右，到2025年突破300亿元" on a page with no year of its own: the year the goal's words name
        # is its period (read, not guessed; the report year stays unknown), at the lower confidence of an undated page
        return "goal", str(cue_year), conf - 0.2
    if y is None:
        ym = _YEAR.findall(text[ss:pos])
        if not ym:
            # no year anywhere to read the figure against: kept, with its period unknown
            return ("actual" if role == "span" else "goal" if role == "plan_goal" else role), "", conf - 0.4
        y = int(ym[-1]) + (1 if role in ("actual", "span") else 0)
        # (the year a goal is read against is then its own: "到2025年…" is 2025's, not 2025-2029's)
        own_year = role not in ("actual", "span")
        conf -= 0.2
    if role == "plan_goal":
        # the plan period named nearest before the figure ("“十三五”时期经济年均增长…") is its period
        # (the years of it named, "“十四五”后两年", theirs)
        pm = _last(_PLAN_NAME.finditer(text, max(0, cue[0] - 14), cue[0])) if cue is not None else None
        if pm is not None and pm.end() == cue[0] and pm.group(3):
            return "goal", "{}-{}".format(*_plan_part(pm)), conf
        if ss > full_start and cue is not None and text.find("20", cue[0], ss) >= 0:
            # "“十四五”时期，主要目标是：到2025年，A；B": the year leading the list after the plan dates B too
            by = next((m for m in _by_years(text, max(cue[0], full_start), ss) if _heads_list(text, m, full_start)), None)
            if by is not None and cue_year <= _by_year(by) <= cue_year + 4 and not _plan_total(text, v, full_start, pos, False):
                return "goal", str(_by_year(by)), conf
        if cue is not None and full_start < cue[0] and (c := find_mark(text, cue[0], pos, _CLAUSE_MARKS)) >= 0 \
                and _A_DIGIT.search(text, cue[0], c) is not None and text.find("20", full_start, cue[0]) >= 0 \
                and (by := next((m for m in _by_years(text, full_start, cue[0]) if _heads_list(text, m, full_start)), None)) is not None \
                and cue_year <= _by_year(by) <= cue_year + 4 and not _plan_total(text, v, full_start, pos, False) \
                and find_mark(text, by.end(), cue[0], _SEMIS) < 0:
            # "到2030年，“十五五”期间累计完成固定资产投资1.5万亿元，地区生产总值突破5500亿元": the plan named in a clause
            # before, with a figure of its own there (the span's total), leaves the later clauses to the year heading
            # the sentence (docs/decisions.md 20); not where a ； closed the year's items before the plan opens its own
            # ；-clause ("到2030年，…达到66%；“十五五”期间…年均增长6%左右，居民收入增长和经济增长同步": the span's, as
            # after 今后五年, decision 254)
            return "goal", str(_by_year(by)), conf
        if cue is not None and (cy := _clause_year(text, cue[0], full_start, pos)) is not None \
                and cue_year <= cy <= cue_year + 4:
            # "“十五五”时期，…，力争在2028年全市生产总值突破1200亿元": a year of the plan named in the clause that
            # leads into the name dates its figure (the spec: "…or the clause leading into it names a year")
            return "goal", str(cy), conf
        return "goal", f"{cue_year}-{cue_year + 4}", conf
    if role == "target" and cue is not None and cue_year is None and section_role == "review" and not mixed \
            and (text.endswith(("目标是", "目标为", "目标：", "目标:", "目标任务：", "目标任务:"), 0, cue[0])
                 or text.startswith(("中，", "中,"), cue[0]) and text.endswith("目标", 0, cue[0])
                 # ("城镇新增就业预期目标为85万人；居民消费价格预期涨幅2%左右": one name's target set in a clause
                 # before, its figure right after it, sets no target of this year for the clauses after it)
                 # (its figure right after the verb: not a list's lead, "今年…主要预期目标是：\n地区生产总值增长6%以上；…")
                 or text.startswith(("为", "是"), cue[0]) and text.endswith("目标", 0, cue[0])
                 and text[cue[0] + 1:cue[0] + 2] not in ("：", ":", "\n")
                 and _after_mark(_SEMI_STOP_MARKS, text, cue[0], pos) > cue[0]
                 # ("14.空气质量：预期目标地级城市空气质量优良天数比率88%，预计…": a review's item whose target word
                 # leads its name in the same clause, no year named: last year's target, as "…：预期目标88%" is)
                 or text.endswith("预期目标", 0, cue[0]) and _after_mark(_CLAUSE_MARKS, text, cue[0], pos) == cue[0]) \
            and not _THIS_YEAR.search(text, full_start, pos) and text.find(f"{y}年", full_start, pos) < 0:
        # "市下达的目标为…" in the review, no year of its own: the year reviewed (and "，全年…完成" after
        # it, its result); so is an account's label, "（二）就业帮扶。年度目标：城镇新增就业3.5万人。完成情况：…"
        # (and the set the figures after it are picked from to tell how they went: "全年主要预期目标中，地区生产总值
        # 增长5.5%左右的目标，实际完成5.6%"; a figure that names no target after it there is the result tallied, "…目标中，
        # 地区生产总值增长5.6%、…等8项指标完成或超额完成")
        role = "actual" if _year_results(text, cue[0], pos) or text.startswith("中", cue[0]) and v is not None \
            and not _names_target_after(text, v.end) else "past_target"
    if role == "past_target" and section_role == "review" and text.endswith(("目标是", "目标为"), 0, cue[0]) \
            and _AIM_ENDED.match(text, cue[0], pos):
        # "我们的目标是建设…示范区，地区生产总值增长6%", "项目的目标为年产值50亿元，全县…增长8%": an
        # aim with no figure, or a part's, ends before the whole region's result
        role = "actual"
    if role in ("past_target", "target") and section_role == "review" and cue is not None and cue_year is None \
            and (ae := cue[0] + (text[cue[0]:cue[0] + 1] in ("为", "是"))) \
            and (fe := _aim_figure().match(text, ae, pos)) is not None and fe.end() <= pos \
            and _RESTATED_AIM.search(text, max(0, ae - 24), ae):
        # "社会消费品零售总额增长7%，计划目标为8%，进出口总额增长5%": a plan restated after a result, its
        # own figure closing its clause, sets nothing after it: the next figure is a result
        role = "actual"
    if role in ("past_target", "target") and cue is not None and cue_year is None \
            and (section_role in ("review", "other") or _past_aim_in_plan(text, full_start, cue, role, pos, v, y)) \
            and (fe := _aim_figure_of(text, cue[0] + (text[cue[0]:cue[0] + 1] in ("为", "是")), pos)) is not None \
            and fe.end() <= pos and _above_aim_then_own(text, cue[0], fe.end(), pos, tuple(
                n for _, ns in _above_names(meta.parent, meta.province, meta.region) for n in ns) if meta is not None else ()):
        # "全国经济增长目标为6%，我市地区生产总值增长7.2%": a level above's target cited, then the region's own result
        # (in the plan's part, a past year's: "（一）促进就业。2021年，市里年初确定的城镇新增就业目标为8000人，全县完成
        # 9120人。今年…", lft61)
        role = "actual"
    if role == "past_target" and section_role in ("targets", "tasks") and cue is not None and cue_year is None \
            and (bm := _DRAFT_BUDGET_CUE.search(text, max(0, cue[0] - 12), cue[0])) is not None \
            and not _LAST_YEAR_BEFORE.search(text, max(0, bm.start() - 4), bm.start()):
        # "二、2022年预算草案 > 2022年年初预算全县一般公共预算收入安排32.1亿元": the year's start in the draft part is
        # the new year's budget (decision 147 reads 年初预算 in the review as the year reviewed's)
        return "target", str(y), conf
    if role == "past_target":
        # "2024年确定的主要预期目标为…" in a 2026 report: the year named
        return "target", str(cue_year if cue_year is not None and cue_year < y else y - 1), conf
    # a level is the total of a span only where the words say so (累计, 共计) or, for counts
    # that add up (new jobs), in a five-year review; a flow's level is its end year's
    # (the mark that ends the sentence before is most often one: the clause starts with the sentence)
    clause_start = ss if ss == full_start or text[ss - 1] in _SEMI_STOPS else _after_mark(_SEMI_STOP_MARKS, text, full_start, ss)
    # (each of the words has a 计 or a 共)
    # ("五年累计民生支出达到285亿元": a 累计 right before the name sums what the verb reaches)
    summed = (text.find("计", clause_start, pos) >= 0 or text.find("共", clause_start, pos) >= 0) \
        and (sm := _last(_summed().finditer(text, clause_start, pos))) is not None and not (
        v is not None and v.verb.endswith(("到", "至")) and not _sum_leads(text, sm.end(), pos)) \
        and not ((text.find("，", sm.end(), pos) >= 0 or text.find(",", sm.end(), pos) >= 0)
                 and any(w in text[sm.end():sm.end() + 8] for w in _own_sums())) \
        and not (v is not None and v.verb.endswith(_REACHED_VERBS) and (cm := text.rfind("，", sm.end(), pos)) >= 0
                 and _DIGIT_NOT_YEAR.search(text, sm.end(), cm) and not text.startswith(_sum_goes_on(), cm + 1)) \
        and not ((oc := _after_mark(_CLAUSE_MARKS, text, sm.end(), v.start if v is not None else pos)) > sm.end()
                 and (_YEAR_CLAUSE_OPEN.match(text, oc) or _last_year_part().match(text, oc))) \
        and not (text.find("年", sm.end(), pos) >= 0 and _YEAR_CLAUSE_IN.search(text, sm.end(), pos))
    five_led = False
    if not summed and v is not None and v.measure == "level" and text.find("五年", clause_start, clause_start + 6) >= 0 \
            and (sm := _five_sum_lead().match(text, clause_start)) is not None and sm.start(1) <= pos \
            and not (v.verb.endswith(_REACHED_VERBS) and find_mark(text, sm.end(), pos, _CLAUSE_MARKS) >= 0) \
            and not (v.start > pos and (oc := _after_mark(_CLAUSE_MARKS, text, pos, v.start)) > pos
                     and (_YEAR_CLAUSE_OPEN.match(text, oc) or _last_year_part().match(text, oc))) \
            and not (text.find("年", sm.end(), pos) >= 0 and _YEAR_CLAUSE_IN.search(text, sm.end(), pos)):
        # "——民生不断增进。五年新增城镇就业3.2万人": a bare 五年 opening the clause before what the years added is their
        # sum, as 五年累计 (not the one year an earlier paragraph of the five-year review opened on, "2017年，…"; nor a
        # level reached in a later clause, "…，地区生产总值达到580亿元"; nor a year's part in a clause of its own,
        # "五年新增城镇就业3.2万人，其中2016年新增6850人", dated by its year below; nor a name of its own in a clause a year
        # opens after the sum, as for 累计 above: "五年累计城镇新增就业52万人，2016年城镇新增就业10.6万人")
        summed = five_led = True
    # (nor a clause of its own a year opens: "五年累计实际利用外资28亿美元，2016年实际利用外资6.5亿美元")
    # (nor a part after such a clause: "进出口总额五年累计完成1612亿美元，2017年达到345.8亿美元，其中出口189.3亿美元")
    # (not a level reached, a 累计 of another figure ended by a comma before its name: "城镇新增就业五年累计107万人，
    # 农牧民人均可支配收入跨越2.5万元"; but a 累计 leads the list after it: "累计引进项目64个，…，实际到位省外资金185.9亿元")
    # "新增高新技术企业485家": what a stock gained adds up over a span as a count does
    # ("新增市场主体120万户": the gain named in the indicator's own name)
    # ("五年累计新增市场主体96万户，总数达到205万户": the stock's total in a clause of its own is its level at the end)
    counted = kind == "count" or kind == "stock" and _stock_gained(text, pos, text[pos:mend] if mend is not None and mend > pos else "")
    plan_end = cue_year if role == "span" and cue is not None and cue_year is not None and (
        text.endswith("规划", 0, cue[0]) or text.startswith("规划", cue[0])) else None
    from_span = role == "span"
    if from_span and cue_year is not None and cue_year > y and _plan_estimated_at(text, cue):
        # the plan estimated whole in a year inside it ("预计“十三五”期间…年均增长7.8%，高于规划目标0.3个百分点" in 2018):
        # no result yet, its years ahead, nor the goal the plan set (another figure): no fact (decision 496)
        return None
    if role == "span":
        role = "actual"
        if v is not None and v.period_hint is None and v.measure == "level" and (summed or counted) \
                and not (v.verb.endswith(("达到", "达", "到", "至"))
                         and not text.endswith(("新增达到", "净增达到", "新增达", "新增到"), 0, v.start)
                         and not (summed and _sum_leads(text, sm.end(), pos))) \
                and not _YEAR.search(text[max(ss, pos - 30):pos]) \
                and not (v.start > pos and text[v.end:v.end + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, v.end)) \
                and not (kind == "stock" and _STOCK_TOTAL.search(text, _after_mark(_CLAUSE_MARKS, text, full_start, v.start), v.start)) \
                and not (not summed and v.start > pos and (oc := _after_mark(_CLAUSE_MARKS, text, pos, v.start)) > pos
                         and (_YEAR_CLAUSE_OPEN.match(text, oc) or _last_year_part().match(text, oc))):
            # (not a count's figure in a clause a year opens: "累计新增城镇就业27.8万人，其中2021年新增5.8万人")
            # (nor the target a five-year total met, named after the figure: "五年累计城镇新增就业384万人，超额完成350万人的
            # 规划目标" is the goal of the five years, below)
            # ("农村劳动力转移就业新增达到540万人": what was added reached that count over the years)
            # (the plan's years estimated whole in its last year end with it: decision 491)
            end_year = cue_year if cue_year and (cue_year < y or from_span and _plan_estimated_at(text, cue)) else y - 1
            return role, f"{_span_start(text, ps, v.start, end_year, None)}-{end_year}", conf
    if role == "actual":
        end_year = y - 1
        if cue_year is not None and (cue_year < y or cue_year == y and (
                _written_after(text) or from_span and _plan_estimated_at(text, cue))):
            # (a book written after the report year tells that year's results, decision 376)
            end_year = cue_year if cue is None or cue[2] != cue_year else _listed_to(text, cue[0], cue_year, y)
        tb = None
        if v is not None and (text[v.end:v.end + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, v.end)
                              or mend is not None and (text.find("目标", mend, v.start) >= 0 or text.find("预期", mend, v.start) >= 0
                                                       or text.find("任务", mend, v.start) >= 0)
                              and (tb := _TARGET_BETWEEN.search(text, mend, v.start))
                              and text.find("实际", tb.end(), v.start) < 0
                              # (not the result after the figure set: "年初目标为12亿元，完成12.5亿元")
                              and not (find_mark(text, tb.end(), v.start, _CLAUSE_MARKS) >= 0 and _DIGIT_NOT_YEAR.search(text, tb.end(), v.start))):
            if v.verb == "翻番" and tb is None and (b := _BASE_YEAR.search(text, max(full_start, v.start - 12), v.start)) is not None \
                    and b.group(1) and int(b.group(1)) < end_year and _MET_TARGET.search(
                        text, _after_mark(_CLAUSE_MARKS, text, full_start, v.start),
                        ce if (ce := find_mark(text, v.end, v.end + 30, _CLAUSE_MARKS)) >= 0 else min(len(text), v.end + 30)):
                # "地区生产总值比2016年翻一番的目标提前实现", "提前实现…比2016年翻一番的目标": a doubling over the
                # years since the base, reached (no one year's target: a doubling is the goal of years)
                return "actual", f"{int(b.group(1)) + 1}-{end_year}", conf
            # "增长6%的目标", "收入目标为增长5%": the target the year reviewed was set ("“十四五”规划确定
            #的…目标是6.5%", the ended plan's goal; but "…，实际增长6.8%" its result)
            if plan_end is None and tb is None and y is not None and (
                    (pg := _NAMES_TARGET.match(text, v.end)).group(0).find("规划") >= 0
                    or text.find("规划", cs := _after_mark(_CLAUSE_MARKS, text, max(full_start, v.start - 24), v.start), v.start) >= 0
                    or text.find("五", cs, v.start) >= 0 and _PLAN_NAME.search(text, cs, v.start) is not None):
                # "有望实现2025年达到62%的规划目标", "距“十四五”规划确定的2.5%的目标", "有望完成“十四五”下降14%的
                # 目标": the goal of the plan under way, restated in its review: the year its clause names ahead,
                # else the plan's span
                cs = _after_mark(_CLAUSE_MARKS, text, max(full_start, v.start - 24), v.start)
                ty = _last(m for m in _YEAR.finditer(text, cs, v.start) if int(m.group(1)) >= y)
                if ty is not None:
                    return "goal", ty.group(1), conf
                # (within its own sentence: a turn's report titles the new plan's part on the next line, "…超额完成
                # 10万人的规划目标。\n二、“十四五”时期…", and that plan is not the one whose goal was met)
                pe = v.end + len(pg.group(0)) + 8
                if (se_ := find_mark(text, v.end, pe, _FULL_STOPS)) >= 0:
                    pe = se_
                pn = _last(_PLAN_NAME.finditer(text, cs, pe))
                a = _PLAN_START[pn.group(1)] if pn is not None else 2001 + (y - 1 - 2001) // 5 * 5
                return "goal", f"{a}-{a + 4}", conf
            if plan_end is None and tb is not None and text.find("年均", mend, tb.start()) >= 0 \
                    and (pn := _last(_PLAN_NAME.finditer(text, full_start, mend))) is not None:
                # "将“十四五”地区生产总值年均增长目标由7%调整为6%左右": a plan's yearly average revised is its goal
                a = _PLAN_START[pn.group(1)]
                return "goal", f"{a}-{a + 4}", conf
            if plan_end is None and tb is not None and tb.group(0)[-2:-1] in "整调订改" and y is not None \
                    and (text.find("规划", full_start, mend) >= 0 or (ty := _REVISED_BY_YEAR.match(text, v.end)) and int(ty.group(1)) >= y):
                # "经“十四五”规划中期评估，研发经费投入强度目标由3%调整为2.8%(，到2025年…)": a plan's goal revised
                # mid-term, dated by the year its sentence names after it, else the plan's span
                ty = _REVISED_BY_YEAR.match(text, v.end)
                if ty is not None and int(ty.group(1)) >= y:
                    return "goal", ty.group(1), conf
                pn = _last(_PLAN_NAME.finditer(text, full_start, mend))
                a = _PLAN_START[pn.group(1)] if pn is not None else 2021 + (y - 2021) // 5 * 5
                return "goal", f"{a}-{a + 4}", conf
            if plan_end is None and mend is not None and text.find("规划", mend, v.start) >= 0 \
                    and (pn := _last(_PLAN_NAME.finditer(text, mend, v.start))) is not None \
                    and (a := _PLAN_START[pn.group(1)]) < (y or 0):
                # "年均增长9.5%，高于“十二五”规划确定的8%的目标": a plan's goal the result is set against
                return "goal", f"{a}-{a + 4}", conf
            if plan_end is None and v.period_hint in ("span", "cumulative") and y is not None and end_year == y - 1 \
                    and (end_year % 5 == 0 or v.period_hint == "span" and text.find("年均", max(full_start, v.start - 12), v.start) >= 0
                         and text.find("五年", ps, v.start) >= 0) \
                    and not _ONE_YEARS_TARGET.search(text, full_start, min(len(text), v.end + 10)):
                # ("…年均增长9.6%，超额完成市四届人大一次会议确定的年均增长9%的目标" in a 换届 year: the term's
                # yearly average, a goal of its five years, whatever year they end in)
                # "五年来，单位生产总值能耗累计下降18%，超额完成国家下达的17%的目标任务" in 2016: the target of a
                # result over the plan just ended (its years) is the plan's goal
                return "goal", f"{end_year - 4}-{end_year}", conf
            if plan_end is None and v.measure == "level" and y is not None and end_year == y - 1 \
                    and text.find("累计", full_start, v.start) >= 0 and text.find("五年", full_start, v.start) >= 0 \
                    and not _ONE_YEARS_TARGET.search(text, full_start, min(len(text), v.end + 10)):
                # "城镇新增就业五年累计5.2万人，超额完成市下达的4.5万人目标任务": the target a five-year total met is
                # a goal of the five years, as an average's is
                return "goal", f"{end_year - 4}-{end_year}", conf
            if plan_end is None and section_role != "review" and _aimed_ahead(text, full_start, v.start, mend) \
                    and all(int(m.group(0)[:4]) >= y for m in _FATE_YEAR_NAMED.finditer(text, full_start, v.start)):
                # (not a past year named in its sentence, "2023年我们确保了…"; a year of an earlier line is no matter)
                return "target", str(y), conf  # (an aim's verdict ahead: the year's own target, decision 448)
            if plan_end is None and tb is not None and y is not None and cue is not None and cue[0] < full_start \
                    and cue[2] is None and _this_years_aim_opens(text, cue[0]):
                # "今年…增长目标为5.5%—6%，去年为6%左右，实际增长6.3%。规模以上工业增加值增长目标为8%左右。": last year's
                # figures set beside this year's target in a sentence it opens date no target named after it (lft61b)
                return "target", str(y), conf
            return ("goal", f"{plan_end - 4}-{plan_end}", conf) if plan_end else ("target", str(end_year), conf)
        yrs = [_listed_to(text, e, yv, y) for e, yv in _year_cues(text, full_start, pos) if yv < y and not _dates_one_level(text, e)]
        # (year_between: whether a 年 stands between the name and its value, found where that window was read above, spd50a;
        # mend < v.start here implies that branch was entered, neither v nor mend is assigned again)
        if v is not None and mend is not None and mend < v.start and year_between \
                and (oc := _after_mark(_CLAUSE_MARKS, text, mend, v.start)) > mend and _YEAR_CLAUSE_OPEN.match(text, oc) \
                and (ly := _last(_YEAR.finditer(text, oc, v.start))) is not None and int(ly.group(1)) < y:
            # "年均增长6.5%，其中2019年增长7.1%、2020年增长3.2%", "累计完成…，2021年完成2400亿元": the year its own
            # clause names
            yrs = [int(ly.group(1))]
        elif v is not None and mend is not None and mend < v.start and year_between \
                and (oc := _after_mark(_CLAUSE_MARKS, text, mend, v.start)) > mend and _last_year_part().match(text, oc):
            yrs = [y - 2 if late else y - 1]  # "…，其中去年新增7200人", "…，去年新增3400人": last year's own
        base = _BASE_YEAR.search(text[ss:se]) if text.find("比", ss, se) >= 0 or text.find("较", ss, se) >= 0 \
            or text.find("与", ss, se) >= 0 else None
        bs = ss
        if base is None and v is not None and v.start > se and text.startswith("。", se) \
                and (text.find("比", se, v.start) >= 0 or text.find("较", se, v.start) >= 0):
            # ("（三）固定资产投资。增长6.5%，比2019年增长12.4%": an item headed by its name, the base in its figure's sentence)
            bs = se + 1
            base = _BASE_YEAR.search(text[bs:v.end])
        if base and v is not None and bs + base.start() >= v.end:
            base = None  # "增长5.5%，比2020年增长30%": the base of the figure after it
        elif base and v is not None and v.period_hint is None and pos <= bs + base.start() and bs + base.end() < v.start \
                and (_DIGIT_NOT_YEAR.search(text, bs + base.end(), v.start) or text.find("翻", bs + base.end(), v.start) >= 0) \
                and text.find("分别", bs + base.end(), v.start) < 0 \
                and not (text[v.start - 1:v.start] in ("、", "和") and text.find("分别", bs + base.start() - 2, bs + base.start()) >= 0
                         and find_mark(text, bs + base.end(), v.start, _CLAUSE_MARKS) < 0):
            # (not a later figure of a run the base opens, "分别比2015年增长62%和81%": each of the run's)
            base = None  # "比2012年翻了一番，增长7.8%": the base of the figure before it (a base leading
            # the sentence, "与2015年相比，一般公共预算收入增长45%，城镇化率提高8.2个百分点", is every figure's)
        elif base and v is not None and v.period_hint in ("span", "span10") and bs + base.end() < pos \
                and text[bs + base.start() - 1:bs + base.start()] not in _OPENS_NAME \
                and find_mark(text, bs + base.end(), pos, _CLAUSE_MARKS) >= 0 \
                and (_DIGIT_NOT_YEAR.search(text, bs + base.end(), pos) or text.find("翻", bs + base.end(), pos) >= 0):
            # "经济总量比2010年翻一番，一般公共预算收入年均增长8.2%": the base of a clause before, its figure there, is
            # no base of a yearly average after it (a change after it shares it: "比2015年增长45%，一般公共预算收入增长60%")
            base = None
        # (each of the words has a 五: most paragraphs have none, found faster than the words)
        five_own = text.find("五", ps, pos) >= 0 and _FIVE_YEARS.search(text, ps, pos) is not None
        # (the five years of the section's title: looked into only where a branch below needs them, _five_years_path
        # reads the part before the sentence)
        five_path = not five_own and _FIVE_YEARS.search(section_path) is not None
        span_sentence = any(c[1] == "span" for c in sent) and text.find("全年", full_start, pos) < 0
        # the figure's own sentence names one year it reviews (not a year dating another level only)
        one_year_own = own_cue is not None and own_cue[1] == "actual" and not _dates_one_level(text, own_cue[0])
        flowish = kind in ("flow", "count")
        if v is not None and v.measure == "rank" and not yrs and (
                "稳" in (held := text[max(full_start, v.start - 8):v.end]) or "连续" in held or "保持" in held
                or "继续" in held or "始终" in held or "一直" in held) \
                and _HELD_RANK.search(held) \
                and (span_sentence or five_own or five_path and _five_years_path(text, ps, full_start, section_path, y)
                     or not one_year_own and _span_context(text, ps, full_start, y, section_path)):
            # "“十二五”时期，经济总量稳居世界第二位", "粮食总产量连续五年居全国第一位": a place held through
            # the years reviewed (not one reached at their end: "规模跃居世界第二位")
            # (the nearest cue a paragraph before, as for a bound held below: "过去五年，是…的五年。" its own paragraph
            # over "全市地区生产总值年均增长5.2%；全员劳动生产率保持全国第一；…" in "一、2025年和“十四五”时期工作回顾")
            return role, f"{_span_start(text, ps, v.start, end_year, None)}-{end_year}", conf
        # "过去一年，…，全市民生支出占比连续五年保持在八成以上": a bound held through the run of years its own clause
        # names, whatever year the paragraph reviews (not "…连续三年居全省县域前10位；…，税收占比稳定在80%以上")
        # (and a level passed in each year of the run, the run right before its verb: "粮食产量连续五年超过50亿斤")
        if role == "actual" and v is not None and v.measure in ("level", "pct", "share") \
                and not yrs and v.qualifier != "eq" and text.find("连续", full_start, v.start) >= 0 \
                and (run := _HELD_RUN.search(text, _after_mark(_CLAUSE_MARKS, text, full_start, v.start), v.start)) is not None \
                and (v.verb.endswith(_HELD_VERBS) or v.verb.endswith(_PASSED_VERBS)
                     and text.startswith(_PASSED_VERBS, run.end()) and v.start - run.end() <= 2) \
                and not (mend is not None and mend <= v.start and _DIGIT_NOT_YEAR.search(text, mend, v.start)):
            # (not after the year's own figure of the name: "粮食总产量达到125.6亿斤，连续三年稳定在120亿斤以上" is that
            # year's, as four earlier helpers' blind gold read it)
            return role, f"{end_year - _run_years(run) + 1}-{end_year}", conf
        # (a bound held, "稳定在62.5%以上", "保持在2%左右": an exact figure, "森林覆盖率稳定在76.2%", is the state the years end in)
        if v is not None and v.measure in ("level", "pct", "share") and v.verb.endswith(_HELD_VERBS) and not yrs and v.qualifier != "eq" \
                and not one_year_own and not _ONE_YEAR_HELD.search(text, full_start, v.start) \
                and not _ON_LAST_YEAR.search(text, full_start, v.start) and not _ON_LAST_YEAR_AFTER.match(text, v.end) and (span_sentence or text.find("五", ps, pos) >= 0 and _FIVE_YEARS.search(text, ps, pos)
                                          or text.find("五", full_start, full_start + 4) >= 0 and _FIVE_LEADS.match(text, full_start)
                                          or _span_context(text, ps, full_start, y, section_path)
                                          or own_cue is None and ("五年" in section_path or _ended_plan_part(section_path, y))
                                          and _in_five_years_part(text, ps, full_start, section_path, y)):
            # (in the value's own clause: not "…连续三年居全省县域前10位；…，税收占比稳定在80%以上", another's run)
            if (run := _HELD_RUN.search(text, _after_mark(_CLAUSE_MARKS, text, full_start, v.start), v.start)) is not None:
                # "五年来，…，粮食产量连续两年稳定在1300亿斤以上": held through the years its run names
                return role, f"{end_year - _run_years(run) + 1}-{end_year}", conf
            # "五年来，粮食产量稳定在800亿斤以上", "“十四五”时期，森林覆盖率稳定在62.5%以上": a level held
            # through the years reviewed, its paragraph or sentence on them (not "2025年，粮食产量稳定在1345亿斤",
            # nor "一年来，…控制在5.5%以内" under "过去五年和2025年工作回顾", nor one reached at their end)
            return role, f"{_span_start(text, ps, v.start, end_year, None)}-{end_year}", conf
        if v is not None and v.measure in ("growth", "pp_change") and base and _base_year(base) < end_year:
            # ("比2024年增长8%" in the review of 2025: that year's growth)
            first = _base_year(base) + 1
            return role, (f"{first}-{end_year}" if first < end_year else str(end_year)), conf
        if v is not None and v.measure in ("growth", "pp_change") and v.period_hint is None and not base and mend is not None \
                and mend < v.start and (fy := _NAME_FROM_YEAR.match(text, mend)) is not None and fy.end() <= v.start \
                and int(fy.group(1)) < end_year:
            # "常住人口城镇化率由2020年的52.3%提高到59.6%，提高7.3个百分点": the change from the year its name starts
            # from, as from a base ("比2020年提高"), whatever cue stands before it in the paragraph
            first = int(fy.group(1)) + 1
            return role, (f"{first}-{end_year}" if first < end_year else str(end_year)), conf
        if v is not None and v.measure == "pp_change" and v.period_hint is None and not base and mend is not None \
                and iid in _STRUCTURE_PARTS and text.find("结构", full_start, mend) >= 0 \
                and (sy := _last(_STRUCTURE_FROM_YEAR.finditer(text, full_start, mend))) is not None \
                and int(sy.group(1)) < end_year:
            # "三次产业结构由2010年的12.9∶54.2∶32.9调整为2015年的…，服务业比重提高6.6个百分点": the structure's change
            # from the year it starts from dates the change of its part's share said after it in its sentence
            first = int(sy.group(1)) + 1
            return role, (f"{first}-{end_year}" if first < end_year else str(end_year)), conf
        if v is not None and v.measure in ("growth", "pp_change") and text.find("以来", full_start, v.start) >= 0 \
                and (since := _last(_SINCE_YEAR.finditer(text, full_start, v.start))) and int(since.group(1)) < end_year:
            return role, f"{since.group(1)}-{end_year}", conf
        if v is not None and v.measure in ("growth", "pp_change") and text.find("五", v.start - 16, v.start) >= 0 \
                and (pc := _PLAN_CHANGE.search(text, max(full_start, v.start - 16), v.start)) is not None \
                and _PLAN_START[pc.group(1)] <= end_year <= _PLAN_START[pc.group(1)] + 4:
            # "城镇化率达到62%，“十四五”时期提高5.2个百分点" in 2025's review (a year opening the sentence too):
            # the change over the plan's years the value's verb is said of
            return role, f"{_PLAN_START[pc.group(1)]}-{end_year}", conf
        if v is not None and v.measure == "growth" and role == "actual" and y is not None \
                and text.find("五", v.start - 32, v.start) >= 0 \
                and (pa := _PLAN_AVERAGE_BEFORE.search(text, max(pos, v.start - 32), v.start)) is not None \
                and _PLAN_START[pa.group(1)] + 4 < min(y, end_year + 1):
            # "过去五年，…全区规模以上工业增加值“十二五”期间年均增长10.4%" in 2017's report: the closed plan named
            # between the name and its average sets the years, not the five reviewed (2012-2016) around it
            return role, f"{_PLAN_START[pa.group(1)]}-{_PLAN_START[pa.group(1)] + 4}", conf
        if v is not None and (v.period_hint in ("span", "span10", "cumulative") and v.measure in ("growth", "pp_change")
                              or v.period_hint in ("span", "span10") and v.measure == "level"
                              or v.period_hint in ("span", "span10") and v.measure in ("share", "pct")
                              and (from_span or span_sentence or five_own)):
            # "年均增长6.2%", and "城镇新增就业年均1270多万人": a yearly average over the span; a ratio's yearly average
            # in a sentence on the years reviewed too ("五年来，…优良天数比例年均达到95%以上"; but "城镇调查失业率年均
            # 5.1%" in a review of one year is that year's average)
            start = _base_year(base) + 1 if base else _span_start(text, ps, v.start, end_year, v.period_hint, section_path)
            if not base and v.measure == "growth" and text.find("倍", v.start - 12, v.start) >= 0 \
                    and (tm := _TIMES_OF_YEAR.search(text, max(full_start, v.start - 24), v.start)) is not None \
                    and int(tm.group(1)) < end_year:
                start = int(tm.group(1)) + 1  # ("是2020年的1.5倍，年均增长14.5%": the average since the year it is a multiple of)
            return role, f"{start}-{end_year}", conf
        # "全年…累计完成固定资产投资42.3亿元": one year's total
        # (a year's harvest, a stock by its kind, adds up over the years reviewed as a flow does: "五年来生产粮食累计
        # 达到28.6亿斤"; in a review of one year, "2025年，全县生产粮食累计达到7.86亿斤" is that year's, and so is one
        # whose year is named in a review of years: "五年来…，2025年粮食产量累计达到441.3亿斤")
        if v is not None and (v.period_hint == "cumulative" or summed) and v.measure == "level" \
                and (flowish or iid in _yearly_stocks() and (from_span or five_own or five_path or span_sentence) and not yrs
                     or five_led and counted) \
                and text.find("全年", full_start, v.start) < 0 \
                and not (one_year_own and not five_own and not span_sentence and summed
                         and find_mark(text, sm.end(), v.start, _CLAUSE_MARKS) >= 0
                         and _ONE_YEAR_END.search(text, max(0, own_cue[0] - 8), own_cue[0]) is not None) \
                and not (not five_own and not span_sentence and not plans_named and _total_named(text, full_start, pos, v.start)
                         and _ONE_YEAR_HEAD.search(section_path)
                         and _FIVE_YEARS.search(section_path) is None and _ANY_SPAN_WORD.search(text, ps, v.start) is None
                         and not _span_context(text, ps, full_start, y, section_path)
                         and _plan_measured_after(text, v.start, end_year) is None):
            # (a stock's gain too under a bare 五年, as under 五年累计: "五年新认定高新技术企业32家")
            # (not under a title of one year's review with no span named anywhere: "一、2022年工作回顾 > 全县累计完成
            # 固定资产投资150亿元", the year's total)
            return role, f"{_span_start(text, ps, v.start, end_year, None)}-{end_year}", conf
        if v is not None and v.measure in ("share", "pct") and not yrs and v.start > pos and text.find("占", pos, v.start) >= 0 \
                and (oc := _after_mark(_CLAUSE_MARKS, text, pos, v.start)) > pos and text.startswith("占", oc) \
                and text.find("五年", full_start, oc) >= 0 and _summed().search(text, full_start, oc) is not None \
                and not _YEAR.search(text, full_start, oc) \
                and text.find("全年", full_start, oc) < 0:
            # "五年民生支出累计达到186亿元，占一般公共预算支出的比重达到78%": the share of a five years' sum in the
            # clause right after it is over those years, as the sum is (not the year an earlier paragraph opened on)
            return role, f"{_span_start(text, ps, v.start, end_year, None)}-{end_year}", conf
        if yrs:
            return role, str(yrs[-1]), conf
        # a review of a plan period that has ended ("“十四五”发展成就" in a 2026 report; not "今年和“十二五”工作回顾"
        # in a report of December, its one year named as 今年)
        ended_plan = section_role == "review" and bool(plans_named) and all(a + 4 < y for a in plans_named) \
            and not _ONE_YEAR_HEAD.search(section_path)
        opened = 0
        if v is not None and v.measure in ("growth", "pp_change") and v.period_hint is None \
                and not (v.measure == "growth" and _SPAN_AVERAGE_AFTER.match(text, v.end)) \
                and all(m.end() < pos and _dates_one_level(text, m.end()) for m in _YEAR_CUE.finditer(text, full_start, v.start)) \
                and not _ON_LAST_YEAR.search(text, max(full_start, v.start - 12), v.start) \
                and (span_sentence or ended_plan and not (one_year_own and (cue_year is not None or _ONE_YEAR_END.search(
                    text, max(0, own_cue[0] - 8), own_cue[0])))
                     and not (ps < full_start and (opened := _year_opened_before(text, ps, full_start, y)))
                     and not (listed is not None and listed[1] == "actual" and (opened := _lead_one_year(text, listed[0])))
                     # (nor a paragraph with no cue of its own after one opening on the year by its word, "一年来，…",
                     # the last opening of the part before it: "一、“十二五”发展回顾\n五年来，…\n一年来，…\n固定资产投资完成
                     # 612亿元，增长18.3%" is the year's, as under "一、过去五年工作回顾"; decision 331. Not after a line
                     # opening on the year's number, "2020年，全市地区生产总值增长4.6%。\n…", decision 218's: the span)
                     # (its own cue an estimate's or a result's word with no year, "全区地区生产总值预计增长3.1%，一般公共
                     # 预算收入下降4.2%", reads so too: the word says no time; decision 332)
                     and not (ps == full_start and (own_cue is None or one_year_own and cue_year is None)
                              and " > " not in section_path and _year_word_opened_in_part(text, full_start, section_path))
                     and not (text[ps - 2:ps] in ("；\n", ";\n") and ps == full_start
                              and (opened := _year_opened_before(text, _cut_paragraph_start(text, ps), full_start, y)))
                     and not _LAST_YEAR_OPEN.match(text, ps)
                     # (nor a paragraph opening on the year's results by its word, "2020年，面对…。\n全年实现地区生产总值
                     # …，增长4.2%；规模以上工业增加值增长4.9%": a page that sets each sentence apart cut the year's
                     # paragraph after the sentence naming it)
                     and not (ps and text[ps - 1] == "\n" and text.startswith("全年", ps) and _YEAR_RESULTS_LINE.match(text, ps - 1))
                     or not one_year_own and text.find("全年", full_start, v.start) < 0 and _span_context(text, ps, full_start, y, section_path)
                     # (the span's cue nearest, but the part's last opening one on the year by a word that is no cue of
                     # its own: a report of December's "今年以来，…" after "五年来，…", decision 332)
                     and not (ended_plan and ps == full_start and own_cue is None and " > " not in section_path
                              and _late(text) and _year_word_opened_in_part(text, full_start, section_path))
                     or own_cue is None and ("五年" in section_path or _ended_plan_part(section_path, y))
                     and text.find("全年", full_start, v.start) < 0 and _in_five_years_part(text, ps, full_start, section_path, y)):
            # "五年来…城镇化率提高5.5个百分点", "存、贷款余额分别增长52.3%、177.5%": over the span
            # ("一、过去一年和五年工作回顾 > （八）…": a change in the part on the five years, no cue of its own or before it)
            # (but "“十四五”收官之年，…增长5.5%", "去年…" in the plan's review name their one year)
            return role, f"{_span_start(text, ps, v.start, end_year, None)}-{end_year}", conf
        if opened and opened < end_year:
            return role, str(opened), conf  # "2018年，全县…。其中，第一产业增加值增长5.8%": that year's
        if v is not None and v.measure == "share" and kind == "flow" and text.find("全年", full_start, v.start) < 0 and (
                span_sentence or ended_plan or five_own or five_path and _five_years_path(text, ps, full_start, section_path, y)
                or not one_year_own and _span_context(text, ps, full_start, y, section_path)) \
                and (span_sentence or five_own or not _one_year_nearer(text, ps, pos, y) and not _LAST_YEAR_OPEN.match(text, ps)):
            # "五年来…财政支出70%以上用于民生": a flow's share over the years reviewed
            # (nor a paragraph opened on the year by its word: "2020年，…。\n这一年，…，全区民生支出占一般公共预算支出比重
            # 达到82.3%", "一年来，…")
            # (not "全年民生支出完成48.3亿元，占一般公共预算支出的79.8%": its sentence names the one year; nor, in a part
            # titled for the five years, a paragraph after "2017年，…。一年来，我们主要做了以下工作。": the year's, as
            # its level is)
            return role, f"{_span_start(text, ps, v.start, end_year, None)}-{end_year}", conf
        # (the five-year cue may stand in a paragraph before, as for growth: a PDF page cut after a stop)
        # (the cue words of the lines before are read last: the scan of them is the dearest test)
        # (not "全年城镇新增就业6.12万人", nor a count in a paragraph opened on one year, "2016年，…。全年…城镇新增就业
        # 7.9万人", "2016年是本届政府任期的最后一年。…", under "一、2016年和过去五年工作回顾")
        if counted and v is not None and v.measure == "level" and not v.verb.endswith(("达到", "达", "到", "至")) \
                and not one_year_own and text.find("全年", full_start, v.start) < 0 \
                and (five_own or five_path and _five_years_path(text, ps, full_start, section_path, y) or _span_context(text, ps, full_start, y, section_path)) \
                and not _one_year_nearer(text, ps, pos, y) \
                and not (ps < full_start and _ONE_YEAR_NAMED.match(text, ps)
                         and ((rc := _review_cue(text, ps, full_start, y)) is None or rc[1] != "span")):
            return role, f"{end_year - 4}-{end_year}", conf
        return role, str(end_year), conf
    # (a total the plan's years add up to, "固定资产投资五年累计达到1.3万亿元" in a list led by "到2020年，": the span, as
    # the spec has a total accumulated over several years; not one its own clause dates, "到2020年累计…")
    total = _plan_total(text, v, full_start, pos, summed)
    if role == "target" and total and _plan_years_summed(text, ps, v.start if v.start > pos else pos, section_role, y):
        # "四是…，城镇新增就业五年累计200万人以上" after the plan's goals, in a part on the plan and the year: the
        # plan's five years summed, a goal (not the year's target)
        role = "goal"
    if role == "target":
        before = text[ss:pos]
        by = ("20" in before or "末" in before) and _BY_YEAR.search(before)
        by_end = ss + by.end() if by else 0
        if not by and ss > full_start and text.find("20", full_start, ss) >= 0:
            # ("主要目标是：力争到2025年，A；B": the year leading the list dates B too)
            by = next((m for m in _by_years(text, full_start, ss) if _heads_list(text, m, full_start)), None)
            by_end = by.end() if by else 0
        # (not past a clause that opens with this year: "到2030年，…达到65%；今年，地区生产总值增长6%左右")
        if by and _by_year(by) > y and not _this_year_opens(text, by_end, pos, y) and not total:
            return "goal", str(_by_year(by)), conf
        if v is not None and v.verb == "翻番" and (b := _BASE_YEAR.search(text, max(full_start, v.start - 12), v.start)) is not None \
                and b.group(1) and int(b.group(1)) <= y - 5:
            # "确保实现地区生产总值和城乡居民人均收入比2010年翻一番" in 2020's plan part: a doubling since a year
            # long gone (a plan period or more) is a goal reached this year, not this year's target ("今年力争
            # 规上工业增加值比2022年翻一番" in 2024's is the year's)
            return "goal", str(y), conf
        if v is not None and v.measure == "growth" and v.verb != "翻番" \
                and (b := _BASE_YEAR.search(text, max(full_start, v.start - 12), v.start)) is not None \
                and b.group(1) and y - 5 < int(b.group(1)) < y - 1:
            # "社会消费品零售总额比2019年增长8%以上" in 2021's targets: a growth over the years since a base before last
            # year, a goal for them (as "两年平均增长5%左右" is), not this year's growth on last year
            return "goal", f"{int(b.group(1)) + 1}-{y}", conf
        if v is None or v.period_hint not in ("span", "span10"):
            if _told_with_outcome(text, cue, cue_year, ss, se, pos, section_role):
                return role, str(y - 1), conf
            return role, str(cue_year if cue_year and cue_year >= y else y), conf
        if (na := _N_YEARS_AVERAGE.search(text, max(full_start, v.start - 12), v.start)) is not None:
            # "增长10%以上（两年平均增长4.5%左右）": an average over the years named, this one the last
            return "goal", f"{y - _CN_N[text[na.start()]] + 1}-{y}", conf
        if v.measure in ("pct", "share") and v.verb.startswith("年均") and not v.verb.startswith(_AVERAGE_VERBS) \
                and _PLAN_NAME.search(text, full_start, pos) is None and _FIVE_AHEAD.search(text, full_start, pos) is None:
            # "城镇调查失业率年均控制在5.5%以内", "空气质量优良天数比例年均保持在95%以上" in this year's part: a ratio's
            # mean over the year's months or days, this year's target (not an average over years, as "年均增长" is)
            return role, str(y), conf
        # "年均增长7%" in the plan part: one year's target has no yearly average; a goal over the plan
        role = "goal"
    # goal. A year dates it from its own ；-clause, or from a lead before a colon ("到2030年，主要目标
    #是：A；B"), not from an item before ("…到2030年人均生产总值达到13万元；研发经费投入强度达到3.2%")
    def leads(p: int) -> bool:
        return p >= ss or find_mark(text, p, ss, _COLONS) >= 0

    # (a list's lead line "到2030年，要实现以下目标：" dates each item under it)
    # (and the report's own year where a cue makes it a goal's: "“十四五”规划纲要确定的到2025年…" in 2025)
    # (a yearly average in a later comma-set item of a list than the item naming the year: _year_of_item)
    average = v is not None and v.verb.startswith("年均")
    if cue_year is not None and (cue_year > y or cue_year == y and cue is not None and cue[1] == "goal") \
            and (cue is None or cue is listed or leads(cue[0])) and not total \
            and not (cue is not None and _year_of_item(text, ss, cue[0], pos)):
        if cue is not None and (cy := _clause_year(text, cue[0], full_start, pos)) is not None and cy > y:
            # "到2030年全市地区生产总值达到6000亿元，力争在2028年一般公共预算收入突破250亿元": another year named in the
            # clause that leads into the name dates its figure (the spec: "…or the clause leading into it names a year")
            return role, str(cy), conf
        return role, str(cue_year), conf
    by = _last(m for m in _by_years(text, full_start, pos) if leads(m.end()) or _heads_list(text, m, full_start))
    if by is not None and _year_of_item(text, ss, by.start(), pos):
        # "目标是：…年均增长5%，到2021年一般公共预算收入达到35亿元，城乡居民收入年均增长7%以上": a list's items set
        # apart by commas, the year one item's own; the items after it, a yearly average or a level or share, keep the
        # plan's span (decisions 20, 105; decision 196's reading that the year dated the levels after it is undone)
        by = None
    if by is not None and _SPAN_AHEAD.search(text, by.end() if leads(by.end()) else max(by.end(), ss), pos):
        # "到2035年基本实现现代化，今后五年…年均增长5%": a span named after the year is the figure's
        by = None
    if by is None and text.startswith(("届时", "到那时", "那时"), full_start):
        # "届时" points back to the year of the sentence before, on its own line too (a page that
        # sets each sentence in its own paragraph)
        by = _last(_by_years(text, min(ps, max(0, full_start - 200)), full_start))
    if by and _by_year(by) >= y + (0 if own_year else 1) and not total:
        return role, str(_by_year(by)), conf
    if text.find("年", ss, pos) >= 0 and (text.find("行动", ss, pos) >= 0 or text.find("攻坚", ss, pos) >= 0) \
            and (span := _programme_span(text, ss, pos, y)) is not None:
        # "三年行动确定了到2025年的目标：…，三年行动期间规模以上工业增加值年均增长6%左右" in 2025's report: the programme's
        # own years (2023–2025, as the report named them), not the five from the report's year
        return role, f"{span[0]}-{span[1]}", conf
    ahead = _last(_N_YEARS_AHEAD.finditer(text, full_start, pos))
    if ahead is not None:
        # "力争用三年时间，…年均增长8%以上": the years from this one
        return role, f"{y}-{y + _CN_N[next(g for g in ahead.groups() if g)] - 1}", conf
    # (a plan named between the indicator and a later figure of it names that figure's: "地区生产总值增长6%左右，
    # 有望实现“十四五”年均增长6.5%的目标")
    ctx = text[ps:max(pos, v.start if v is not None else pos)] + section_path
    five = _last(_FIVE_AHEAD.finditer(text, ps, pos))
    if five is not None and _PLAN_NAME.search(text, ps, five.start()) and not _PLAN_NAME.search(text, five.end(), pos):
        # "今后五年，是实施“十三五”规划的关键时期。今后五年的主要目标是：…" in a 2018 report: the five years
        # from this one, named after the plan
        return role, f"{y}-{y + 4}", conf
    if text.find("本届政府任期", full_start, pos) >= 0 and (t := _term_first_year(text, y)) is not None:
        # "本届政府任期内，力争全县地区生产总值突破400亿元" in a report to the term's third session: the term's five years
        return role, f"{t}-{t + 4}", conf
    # (a plan named after the five years ahead only as its end, "…，“十四五”末突破58亿元；", is a year as 到2025年 is:
    # it dates its own item, the five years ahead stay the span of the items after it)
    tl = len(ctx) - len(section_path)  # (the text's part of ctx; the section's path after it)
    if v is not None and v.start > pos and text.endswith(_AVERAGE_VERBS, 0, v.start) and text.find("五", pos, v.start) >= 0 \
            and (own := _last(_PLAN_NAME.finditer(text, _after_mark(_CLAUSE_MARKS, text, pos, v.start), v.start))) is not None \
            and own.group(2) is None and not _DIGIT.search(text, own.end(), v.start):
        # "增长5.5%左右，高于“十四五”时期年均增长5.2%的水平" in 2026's targets: the plan its own clause names right
        # before the average, not the one the part is on (a plan gone by then reviewed below, decision 106)
        a = _PLAN_START[own.group(1)]
        return role, f"{a}-{a + 4}", conf
    plans = [_PLAN_START[p.group(1)] for p in _PLAN_NAME.finditer(ctx)
             if five is None or p.start() >= tl or ps + p.start() < five.end() or not _plan_end_named(ctx, p)]
    current = [a for a in plans if a + 4 >= y]
    if not current and five is not None:
        # "今后五年，我们将保持“十四五”时期…的良好势头，力争…年均增长5.5%左右": the years ahead, not the
        # plan gone they carry on from
        return role, f"{y}-{y + 4}", conf
    if current or plans:
        a = current[-1] if current else plans[-1]
        return role, f"{a}-{a + 4}", conf
    for pat, (a, b) in _PLAN_SPAN:
        if pat.search(ctx):
            return role, f"{a}-{b}", conf
    if y > 2000 and (v is not None and v.verb.startswith("规划")
                     or cue is not None and cue[1] == "goal" and text.find("规划确定的", max(ps, cue[0] - 16), cue[0]) >= 0):
        # "实现规划年均增长12%的目标" (_plan_average_in_reason): the plan named by its word alone is the one in force;
        # so is the bare 规划 whose goals a review picks ("，规划确定的主要指标中，…等指标完成难度较大")
        a = 2001 + 5 * ((y - 2001) // 5)
        return role, f"{a}-{a + 4}", conf
    return role, f"{y}-{y + 4}", conf


def _plan_end_named(text: str, m: re.Match) -> bool:
    """Whether the plan name ``m`` names the plan's end, a point in time (“十四五”末, “十四五”期末)."""
    return m.group(0).endswith("末") or text.startswith(("期末", "末期"), m.end())


# "省委全会审议通过的“十五五”规划建议，…", "第十五个五年规划纲要": the proposal or outline of a plan that opens
# this year or later
_PLAN_PROPOSAL = re.compile(r"十([四五六])(?:五|个五年)[”\"’]?规划(?:的)?(?:建议|纲要)")


def _proposal_opens(text: str, ps: int, pos: int, y: int | None) -> bool:
    """Whether the paragraph at ``ps`` opens by naming the proposal (or outline) of a plan that starts
    this year or later, before any figure: the figures after it with no year are that plan's goals."""
    if y is None or text.find("规划", ps, min(ps + 60, pos)) < 0:
        return False
    pm = _PLAN_PROPOSAL.search(text, ps, min(ps + 60, pos))
    # (not a paragraph of this year's work that opens by citing it: "贯彻…规划建议，做好今年工作。…")
    return pm is not None and _PLAN_START[pm.group(1)] >= y and not _A_FIGURE.search(text, ps, pm.start()) \
        and not _CARRIED_OUT.search(text, max(ps, pm.start() - 8), pm.start()) \
        and not _THIS_YEAR.search(text, ps, pos) and text.find(f"{y}年", ps, pos) < 0


@once
def _targets_named_back() -> re.Pattern:
    """A paragraph's lead that names the targets set before it back and turns to the work that reaches them (cues.tsv
    targets_turn: "围绕上述目标，", "为实现以上目标，", "紧扣这些目标，")."""
    turns = "|".join(map(re.escape, sorted(vocab.cues()["targets_turn"], key=lambda w: (-len(w), w))))
    return re.compile(rf"[ \t\u3000]*(?:为了?|为确保)?(?:{turns})(?:上述|以上|这些|这一|前述)(?:预期|主要|奋斗|发展)?目标(?:任务)?[，,]")


def _plan_named_back(text: str, ps: int, pos: int, y: int | None) -> bool:
    """Whether the paragraph at ``ps`` opens by naming back the targets of a paragraph right above it that speaks of the
    plan's years and of nothing else: "今后五年的主要目标是：…。" then, a paragraph of its own (a page that sets each
    sentence apart, or the report's own), "围绕上述目标，重点实施三大工程：…新增高新技术企业1500家；…" — the works that reach the
    plan's goals are the plan's, as in one paragraph (not after a paragraph of the year's targets, nor one that names a
    year gone or this year; a year named in the paragraph before the figure dates its own)."""
    if ps < 2 or text[ps - 1] != "\n":
        return False
    m = _targets_named_back().match(text, ps)
    if m is None or m.end() > pos or _THIS_YEAR.search(text, ps, pos) or (y is not None and f"{y}年" in text[ps:pos]):
        return False
    a, b = _line_above(text, ps)
    if b <= a or text[b - 1] not in "。：:；;":
        return False
    # (the paragraph above speaks of the plan's years, a plan that starts this year or later, "“十四五”时期…" in 2021's
    # report, and of nothing else but the target word its list opens on, "主要目标是：")
    cs = _cues(text, a, b, y)
    return any(c[1] in ("goal", "plan_goal") for c in cs) and all(
        c[1] in ("goal", "plan_goal") and (c[2] is None or y is None or c[2] >= y) or c[1] == "target" and c[2] is None
        for c in cs)


_REVIEWED_YEAR = re.compile(r"回顾了?((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:工作回顾|国民经济和社会发展计划执行情况|计划执行情况)")
_THIS_YEARS_TARGETS = re.compile(r"今年[^。；]{0,20}预期目标")
_RESULT_YEAR = re.compile(r"(?:^|(?<=[。；;\n，,：:]))\s*((?:19|20)\d{2})年(?:全年|以来)?[，,]?[^。；;，,]{0,30}?(?:增长|下降|达到|完成|实现|突破)")
# (its look-behind on the digit before the year is read after the year's first digit, "(?<!\d)(?:19|20)" first: a
# pattern opening with a look-behind has nothing re can skip to, and was tried at every character of a page's head)
_PUBLISHED = re.compile(r"((?:1(?<!\d1)9|2(?<!\d2)0)\d{2})\s*[-/.年]\s*(1[0-2]|0?[1-9])\s*[-/.月]\s*(?:3[01]|[12]\d|0?[1-9])(?!\d)")
# a date by its month alone, November or December, on a line or in brackets of a report's head ("（2023年12月）",
# a line "2023年11月"; not "2023年12月26日", a day's, read above, nor "2023年12月，市委经济工作会议…")
_MONTH_DATED = re.compile(r"(?:^|[（(])[ \t\u3000]*((?:19|20)\d{2})[ \t]*年[ \t]*(1[12])[ \t]*月[ \t\u3000]*(?:[）)]|$)", re.M)
# "报告提出，2024年全市…": the year a report's targets are stated for
_PLANNED_YEAR = re.compile(r"(?:报告|会议)(?:提出|明确)[，,：:]?((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:是|的?主要预期目标|经济社会发展(?:的)?主要预期目标|工作安排|重点工作|计划草案|国民经济和社会发展计划(?:草案)?)")


@once
def _related_words() -> tuple[str, ...]:
    return next((tuple(w for w in r[1].split("/") if w) for r in vocab.table("meta_cues.tsv") if r[0] == "related"), ())


def _before_related(s: str, n: int) -> int:
    """Where the first ``n`` characters of ``s`` stop before a list of other pages (相关阅读, 上一篇): their dates are theirs."""
    return min((k for w in _related_words() if 0 <= (k := s.find(w, 0, n)) < n), default=n)


def infer_report_year(text: str, head: str = "") -> int | None:
    """The report year from the content, for a text whose metadata gave none: the year a review
    looks back on plus one, or the year the plan part names; else a date of publication in
    ``head`` (the start of the text as read: the normaliser drops a web page's dateline); else the
    first year of the plan whose outline the title names."""
    planned = [int(m.group(1) or m.group(2)) for m in _PLANNED_YEAR.finditer(text[:20000])]
    reviewed = [int(m.group(1) or m.group(2)) + 1 for m in _REVIEWED_YEAR.finditer(text[:20000])]
    votes = planned + reviewed
    if not votes and _THIS_YEARS_TARGETS.search(text[:20000]):
        # a news page: "今年…主要预期目标是…" and "2025年，全区地区生产总值增长6.1%": this year is the
        # one after the latest year whose results are told
        told = [int(m.group(1)) for m in _RESULT_YEAR.finditer(text, 0, 20000)]
        votes = [max(told) + 1] if told else []
    if not votes and (d := _PUBLISHED.search(head or text, 0, _before_related(head or text, 300))):
        # a web page's date of publication ("发布时间：2019-01-15"): the meeting's year, or the next
        # one for a report delivered in November or December
        votes = [int(d.group(1)) + (int(d.group(2)) >= 11)]
    if not votes and (m := _OUTLINE_TITLE.search(text, 0, 300)):
        votes = [_PLAN_START[m.group(1) or m.group(2)]]  # a plan's outline is adopted in the plan's first year
    return max(set(votes), key=votes.count) if votes else None


# a clause opening on 今年, or 今年以来, then a figure ("今年，全市地区生产总值完成365亿元", "今年以来，…增长8%"; not
# "今年是“十四五”开局之年，全市…增长7%左右"), and what makes it an aim (“增长7%左右”, 力争, 目标); and any clause opening on
# 今年 ("今年全市经济社会发展的主要预期目标是：", "今年是…之年")
# (spelled "(?:^|(?<=[。；;！!]))[ \t\u3000]*今年" first: re had nothing to skip to, a line's start or a look-behind opening
# it, and tried it at every character of every section, 39 M of a compiled pass over the 70 reports. Now it opens with the
# class of its first character, a space or 今, read by re's skip in C; the look-behinds then ask what stood before that
# character, and the space's run is read only after a space: the same matches, from the same places)
_THIS_YEAR_OPENS_LINE = r"[ \t\u3000今](?:(?<=^.)|(?<=[。；;！!].))(?:(?<=今)|(?<=[ \t\u3000])[ \t\u3000]*今)年"
_REVIEW_THIS_YEAR = re.compile(_THIS_YEAR_OPENS_LINE + r"(?:以来[，,]?|[，,])(?P<c>[^。；;\n]{0,40}?\d[^。；;\n]*)", re.M)
_PLAN_THIS_YEAR = re.compile(_THIS_YEAR_OPENS_LINE, re.M)


@once
def _review_aim() -> re.Pattern:
    """The words that make a review's clause on 今年 an aim (cues.tsv review_aim), 规模以上 left out."""
    return re.compile(r"(?<!规模)(?:" + "|".join(map(re.escape, sorted(vocab.cues().get("review_aim", ()), key=lambda w: (-len(w), w)))) + ")")


def _reviewed_as_this_year(text: str, outline: Outline, year: int) -> bool:
    """Whether a review part titled by the year before ``year`` ("一、2019年工作回顾") opens a clause of its figures on
    今年 ("今年，全市地区生产总值完成365亿元"), and no part of the plan opens one on 今年: a report delivered late in the
    year before its year whose date is not given, its 今年 the year it reviews (decision 336)."""
    before, own = f"{year - 1}年", f"{year}年"
    # (or one titled by 今年 itself, "一、今年工作回顾", where a part of the plan is titled by the report year, "二、2020年
    # 主要目标和重点工作"; not a part of the year's, "今年上半年工作回顾" before "下半年工作安排")
    planned = any(sec.role in _PLAN_SECTION_ROLES and own in sec.title for sec in outline.sections)
    found = False
    for sec, a, b in zip(outline.sections, outline.norm_starts, outline.norm_ends):
        if sec.role in _PLAN_SECTION_ROLES and _PLAN_THIS_YEAR.search(text, a, b) is not None:
            return False
        if not found and sec.role == "review" and (before in sec.title or planned and "今年" in sec.title
                                                   and _PART_OF_YEAR.search(sec.title) is None):
            found = any(not _review_aims(m.group("c")) for m in _REVIEW_THIS_YEAR.finditer(text, a, b))
    return found


def _review_aims(clause: str) -> bool:
    """Whether a review's clause on 今年 states an aim (cues.tsv review_aim); in one that estimates the year's figure
    (review_estimate: 预计, 初步核算…) the bounds (review_estimate_bounds: 左右, 以上…) are the estimate's, no aim
    ("今年，全县地区生产总值预计增长6%左右"; decision 343)."""
    cues = vocab.cues()
    for m in _review_aim().finditer(clause):
        if m.group(0) not in cues.get("review_estimate_bounds", ()) \
                or not any(w in clause[:m.start()] for w in cues.get("review_estimate", ())):
            return True
    return False


def extract_facts(norm: Normalized, outline: Outline, meta: Metadata, an: Analysis | None = None) -> list[Fact]:
    """The indicator facts of a document. In one delivered in the year before its report year (a
    plan report of December) 今年 is the year reviewed: the cue words are read so meanwhile."""
    # (a text normalize made is its own digit_years: four searches of the whole text saved)
    text = norm.text if norm.years_done is norm.text else digit_years(norm.text)
    _CUE_CACHE.clear()
    md = meta.meeting_date or ""
    on = md[:4]  # (the year it is known to be delivered or published in)
    if not md:
        plain = norm.plain  # (as read, in simplified characters: a traditional page's 發佈 and 相關閱讀 read the same)
        head = _before_related(plain, 300)
        if (d := _PUBLISHED.search(plain, 0, head)) is not None:
            on = d.group(1)
            if int(d.group(2)) >= 11:
                md = d.group(1)  # no meeting day: a page dated in November or December is as late
        elif (d := _MONTH_DATED.search(plain, 0, head)) is not None:
            md = d.group(1)  # a plan report dated by its month alone ("（2023年12月）") is as late
        elif (ym := address_month(plain[:head])) is not None:
            # a page dated only by its address or a two-digit dateline ("…/202312/t20231228_2345678.shtml",
            # "发布时间：23-12-28"), as the metadata reads it: a December page's 今年 is the year reviewed
            on = str(ym[0])
            if ym[1] >= 11:
                md = on
        if not md and dated_late(meta):
            # (the date the metadata took the year from, of November or December: at the page's end, "（来源：…
            # 2023-12-28）", "二〇二三年十二月二十八日", the file's name, a container's date field)
            md = str(meta.report_year - 1)
        elif not md and meta.report_year is not None and (not on or on == str(meta.report_year)) \
                and _reviewed_as_this_year(text, outline, meta.report_year):
            # undated, its review of the year before saying 今年 of its figures (a page's date in the report year, "发布时间：
            # 2026-01-20", is when a portal posted it, after a December delivery: no day of delivery)
            md = str(meta.report_year - 1)
    if _book_written_after(text, meta.report_year) or norm.raw != text and _book_written_after(norm.raw, meta.report_year):
        # a yearbook's entry on a report of a year before the book's (decision 376)
        # (the book's head read in the text as written too: a page mark and the book's name, "· 36 ·　　嵩县年鉴（2017）",
        # that normalize drops as a running head where a portal's frame or a page stands above it, decision 387)
        return _marked(_RETRO, text, _extract_parts, norm, text, outline, meta, an, md, on)
    return _extract_parts(norm, text, outline, meta, an, md, on)


def _marked(marks: set, text: str, fn, *args):
    """``fn(*args)`` with ``text`` noted in ``marks`` (``_RETRO``, ``_PART_YEAR``, ``_LATE``, ``_EARLY``) while it runs: what
    the document's date says of all its figures, read by the rules deep in the extraction without an argument each."""
    key = (id(text), len(text))
    marks.add(key)
    try:
        return fn(*args)
    finally:
        marks.discard(key)


def _extract_parts(norm: Normalized, text: str, outline: Outline, meta: Metadata, an: Analysis | None,
                   md: str, on: str) -> list[Fact]:
    if _part_year_title(text):
        # a report or a news item on part of the year: its figures are the part's unless they name the year
        return _marked(_PART_YEAR, text, _extract_dated, norm, text, outline, meta, an, md, on)
    return _extract_dated(norm, text, outline, meta, an, md, on)


def _extract_dated(norm: Normalized, text: str, outline: Outline, meta: Metadata, an: Analysis | None,
                   md: str, on: str) -> list[Fact]:
    if meta.report_year is not None and md[:4].isdigit() and int(md[:4]) == meta.report_year - 1:
        return _marked(_LATE, text, _extract_facts, norm, text, outline, meta, an)
    if meta.report_year is not None and on.isdigit() and int(on) == meta.report_year:
        return _marked(_EARLY, text, _extract_facts, norm, text, outline, meta, an)
    return _extract_facts(norm, text, outline, meta, an)


def _extract_facts(norm: Normalized, text: str, outline: Outline, meta: Metadata, an: Analysis | None = None) -> list[Fact]:
    last_role: tuple[int, str] | None = None
    ranked_after: dict[str, tuple | None] = {}  # (the actual growth just before a rank, for each indicator)
    year = meta.report_year
    year_penalty = 0.0
    if year is None:
        # facts must not depend on the metadata being found: infer the year, and say so by a
        # lower confidence
        year = infer_report_year(text, norm.plain[:300])
        year_penalty = 0.2
    # whose figure it is: without a region the fact is kept, but says so
    # (a zone's own report, 成都高新区's, is no division's: its figures are the zone's, on no division's key)
    region_note = None if meta.region else (f"a zone's report ({meta.zone}), no administrative division: the zone's figure"
                                            if meta.zone else "region not found: whose figure this is is unknown")
    adjusting = _adjustment_title(text)  # (a report adjusting the year's plan, read to the 人大常委会 in its course)
    several = several_regions(meta)
    if several:
        # a page on many regions' figures ("广东提出…，江苏提出…"): each figure is one of theirs, none the document's; kept
        # (never dropped), saying so, at a confidence that tells it apart
        named = "、".join(meta.several[:4])
        region_note = f"a page on several regions' figures ({named}…): this figure is one of theirs, whose is not settled"
    # (a park inside the zone, "南部园区实现地区生产总值…" in 成都高新区's, is the park's, not the zone's)
    part_note = region_note if not meta.zone else \
        f"a zone's report ({meta.zone}), no administrative division: a part's figure"
    region_penalty = 0.0 if meta.region else 0.4 if several else 0.1
    # (the document's Analysis finds them once for facts and pledges: the same call, kept)
    pages = an.other_pages if an is not None and an.norm is norm and an.meta is meta \
        else other_pages(norm, meta.region or "", meta.region_code or "")
    mentions = find_mentions(text, meta, pages)
    rows = _table_rows(text, year, mentions) if "|" in text else []
    if rows:  # the rows a table names an indicator in are read by their columns, not as prose
        # (the rows in the text's order, one a line: the row before a mention found by bisection, not every row tried
        # for every mention)
        row_starts = [r[0] for r in rows]
        mentions = [m for m in mentions if (k := bisect_right(row_starts, m.start) - 1) < 0 or m.start >= rows[k][1]]
    groups = _group(text, mentions)
    facts: list[Fact | None] = []  # None: replaced by a later statement
    seen: dict[tuple, tuple[int, int]] = {}  # key -> its fact's place in facts, where it is stated
    passed: set[tuple] = set()  # keys whose fact is a milestone passed (迈上5万亿元台阶), not a stated level
    doubled: set[tuple] = set()  # keys whose fact is a doubling (比2010年翻一番), not a stated rate
    added: dict[tuple, int] = {}  # keys whose fact is what a stock gained (新增高新技术企业15家) -> its end
    handed: set[tuple] = set()  # keys whose target is the level above's handed down (市里下达我县的主要目标是：…)
    restated: set[tuple] = set()  # keys whose headline figure the body has stated again (the headline's yield is spent)
    # a news page's headline is its first line (a portal's page sets it under its breadcrumb and head lines: "当前位置：
    # 首页 > …\n发布时间：…\n\n醴陵市…开幕 今年经济增长目标7.5%", the headline's figure as on the page alone)
    headline_end = text.find("\n", portal_headline_start(text))
    # (as read: the normaliser may join a headline with no stop to the line after it)
    raw_headline = norm.raw.find("\n", (hs := portal_headline_start(norm.raw)), hs + 100)
    figures = an.figure_lines if an is not None and an.text is text else figure_lines(text)  # (found once, pledges reads them too)
    # (``figure_heads`` of the text, found where a caption's line first opens with a figure: a line that does not is
    # in no such page's heads, and most reports have none)
    heads: dict[int, int] | None = None
    qual_re = _qualitative_re()
    # each group's values first, so that 分别 can share a change among the groups before it
    tails, all_values = [], []
    for gi, group in enumerate(groups):
        limit = groups[gi + 1][0].start if gi + 1 < len(groups) else len(text)
        ge = group[-1].end
        # "1.地区生产总值。年度目标为增长6%左右，预计增长6.2%左右": a name heading its item (numbered
        # or not), the figures in the sentence after it
        # (its own figures: "。房地产开发投资下降5%" after "（一）固定资产投资" is another's)
        # ("2.规上工业增加值增速。年度目标8%，预计完成8.5%": the name with its growth's word)
        if (gh := _head_stop(text, group)) >= 0:
            ge = gh + 1
        tails.append(_tail_end(text, ge, limit, meta.region or ""))
        n = sum(len(m.ids) for m in group)
        vals = _values(text, group[-1].end, tails[-1], group[-1].alias, n)
        if text[ge:ge + 1] == "," and limit < len(text) and (j := _en_relative_end(text, ge, ge)) > limit:
            # ("Industrial value added, which the province had planned to grow in line with a GDP target of 8.5 percent,
            # rose 8.8 percent": another name inside the name's relative clause, whose figure is its own; the change after
            # the clause's closing comma is the name's, decision 415)
            nl = next((g[0].start for g in groups[gi + 1:] if g[0].start > j), len(text))
            vals += _values(text, j, _tail_end(text, j + 1, nl, meta.region or ""), group[-1].alias, n)
        if vals and text.startswith(("方面，", "方面,"), group[-1].end) and (ae := _above_aim_clause_end(text, group[-1].end + 3)) > 0:
            # ("工业增加值方面，全市目标为8%，我县实际增长9.2%": the level above's target is no figure of the region's)
            vals = [v for v in vals if v.start >= ae]
        if n == 1 and vals and (pv := _plan_average_in_reason(text, tails[-1], limit)) is not None:
            vals.append(pv)  # ("增长7.5%—8%，主要考虑：一是与“十三五”规划纲要确定的年均增长8.5%的目标相衔接": the plan's average)
        if vals and text[group[0].start - 2:group[0].start] in ("新增", "净增") and group[0].start >= 2 \
                and all(vocab.indicators()[iid].kind == "flow" for m in group for iid in m.ids):
            # "全年新增社会消费品零售总额1000亿元以上", "净增一般公共预算收入20亿元": what a flow gains is a change
            # in its amount, no level of it (but "…，总量达到5000亿元" after it is)
            vals = [v for v in vals if v.measure != "level" or _TOTAL_STATED.search(v.verb)]
        all_values.append(vals)
    if "其中" in text:
        _plans_after_part(text, groups, all_values)
    _share_respectively(text, groups, all_values)
    if "均" in text or "分别" in text:
        _targets_each_after(text, groups, all_values)
    _revised_each(text, groups, all_values)
    _set_results(text, groups, all_values)
    if "去年" in text or "上年" in text:
        _last_years_beside(text, groups, all_values)
    _growth_rank_to_flow(text, groups, all_values)
    if "均" in text:
        _shared_rank(text, groups, all_values)
    # (a report of a kind of its own, a government work report or a plan, budget or statistical report, is no plan's
    # outline, though its page's head names one: a portal's link beside its title, "·“十三五”规划纲要解读", or its
    # opening's "审查…第十三个五年规划纲要（草案）"; an outline's own title types it other)
    outline_of = _outline_of(text[:300], year) if meta.doc_type in (None, "other") else ""
    named_at: frozenset[int] | None = None  # (where the mentions start, for _plan_lead_run: found once, where asked)
    left_review = _review_left_at(text, outline, year) if outline.sections else None
    for gi, group in enumerate(groups):
        gstart, gend = group[0].start, group[-1].end
        tend = tails[gi]
        members: list[tuple[str, Mention]] = [(iid, m) for m in group for iid in m.ids]
        n = len(members)
        values = all_values[gi]
        sec = outline.at(gstart)
        left = left_review is not None and sec is not None and id(sec) == left_review[0] and gstart >= left_review[1]
        if left:
            sec = None  # (a page whose only title is a review's card, the year's list after it untitled: decision 367)
        section_role = sec.role if sec else "other" if left else outline.leading_role
        section_path = sec.path if sec else ""
        # (a heading opening its paragraph's line is read by its first sentence: "（二）建设现代化产业体系。到2027年
        # 数字经济…。" is no plan's title, "（一）综合实力跃升。…。2025年，…" names no year)
        role_path = outline_of + (_heading_path(section_path) if "。" in section_path else section_path)
        assigned: list[tuple[str, Mention, Value | None]] = []
        if n == 1 and values and (ratio := _share_of().get(members[0][0])) and ratio[0] == members[0][0]:
            # a ratio named by its numerator's words, its share of another whole no figure of it ("税收收入完成18.42亿元，
            # 占财政总收入的51.7%": not of the 一般公共预算收入 tax_revenue_share is of)
            # (a bare 占比 names none: "税收收入58.6亿元，占比80.1%" is of the budget revenue)
            values = [v for v in values if not (v.measure == "share" and "占" in v.verb and v.verb[v.verb.rfind("占") + 1:v.verb.rfind("占") + 2] != "比"
                                                and not _share_whole(ratio[1], v.verb, meta.region or ""))]
        elif n == 1 and values and ratio:
            # "服务业增加值增长5.1%，占生产总值比重达到52.3%": the share is of its ratio indicator
            moved = [v for v in values if v.measure == "share" and _share_whole(ratio[1], v.verb, meta.region or "")]
            if moved:
                values = [v for v in values if v not in moved]
                assigned.append((ratio[0], members[0][1], moved[0]))
                # ("R&D经费占GDP比重达到6.5%，继续位居全省第一": the rank after the share is the ratio's)
                # (not a rank of the flow's growth after it, "…比重达到2.5%，增速居全省第1位")
                if (ranks := [v for v in values if v.measure == "rank" and v.start > moved[0].start
                              and not any(w in text[moved[0].end:v.start] for w in ("增速", "增幅", "增长"))]):
                    values = [v for v in values if v is not ranks[0]]
                    assigned.append((ratio[0], members[0][1], ranks[0]))
                # ("…，占生产总值比重达到44.5%，提高1.7个百分点": the points the share moved, in the clause after it)
                if (pps := [v for v in values if v.measure == "pp_change" and v.start > moved[0].end
                            and find_mark(text, moved[0].end + 1, v.start, _CLAUSE_MARKS) < 0
                            and not _DIGIT_NOT_YEAR.search(text, moved[0].end, v.start)]):
                    values = [v for v in values if v is not pps[0]]
                    assigned.append((ratio[0], members[0][1], pps[0]))
            elif (pps := [v for v in values if v.measure == "pp_change" and _share_whole(ratio[1], v.verb, meta.region or "")]):
                # "服务业增加值增长10.6%，占生产总值的比重提高1.2个百分点": the points its share moved, no level stated
                # (over the years of the flow's average before it: "年均增长11.3%，占生产总值比重提高9.1个百分点")
                if pps[0].period_hint is None and any(v.period_hint == "span" and v.end <= pps[0].start for v in values):
                    pps[0].period_hint = "span"
                values = [v for v in values if v is not pps[0]]
                assigned.append((ratio[0], members[0][1], pps[0]))
                # ("…，占地区生产总值比重提高0.8个百分点，达到47.8%": the level the share reached, in the clause
                # right after the points, is the ratio's too, as the points after a share are above)
                pe = pps[0].end
                if (lv := [v for v in values if v.measure in ("share", "pct") and pe < v.start <= pe + 5
                           and text[pe:pe + 1] in ("，", ",") and text[pe + 1:v.start] in _SHARE_REACHED
                           and find_mark(text, pe + 1, v.start, _CLAUSE_MARKS) < 0]):
                    values = [v for v in values if v is not lv[0]]
                    assigned.append((ratio[0], members[0][1], lv[0]))
        if values and any(v.measure == "share" and "之比" in v.verb or "相当于" in v.verb for v in values):
            # ("民生支出350亿元，相当于地区生产总值的9%": a flow's ratio to the whole, _RATIO_TO, is only the ratio
            # indicator's that share_of.tsv names, moved above; of another flow it is no share of its own)
            values = [v for v in values if not (v.measure == "share" and _RATIO_TO.search(v.verb))]
        if values:
            by_kind: dict[str, list[Value]] = {}
            for v in values:
                k = "rank" if v.measure == "rank" else ("amount" if v.measure == "level" else "pct")
                by_kind.setdefault(k, []).append(v)
            if n > 1 and len(values) == n and len(by_kind) > 1 and "rank" not in by_kind \
                    and "分别" in text[gend:values[0].start] \
                    and all(text[a.end:b.start] in ("、", "和", "与", "及") for a, b in zip(values, values[1:])):
                # "研发投入强度、高新技术企业数量分别达到2.1%、320家": one run of figures of several kinds,
                # one for each name in turn
                assigned += [(iid, m, v) for (iid, m), v in zip(members, values)]
                by_kind = {}
            for k, vs in by_kind.items():
                if len(vs) == 2 * n and n > 1 and vs[n].role_hint is not None:
                    # a set figure and its result for each (_set_results), or a result and its plan (_plans_after)
                    assigned += [(iid, m, v) for (iid, m), v in zip(members, vs[:n])]
                    assigned += [(iid, m, v) for (iid, m), v in zip(members, vs[n:])]
                elif n == 1 and (each := members[0][1].each) is not None and len(vs) >= each[1] \
                        and "分别" in text[gend:vs[0].start]:
                    # "我县与相邻的洋县、勉县地区生产总值分别增长6.1%、5.9%和6.3%": the region's is the value in its place
                    assigned.append((*members[0], vs[each[0]]))
                elif n == 1 and len(vs) > 1 and text.find("分别", gend, vs[0].start) >= 0 \
                        and (pe := _parts_each(text, gstart, gend, vs[0].start)) is not None \
                        and len(run := _listed_run(vs, len(pe), text)) == len(pe):
                    # "一季度、上半年、前三季度和全年生产总值增速分别为5.1%、5.8%、6.1%和6.3%": times of the year listed
                    # before 分别, one value each: only the whole year's is the year's figure, a part's is none
                    # (docs/decisions.md 16)
                    if "全年" in pe:
                        assigned.append((*members[0], run[pe.index("全年")]))
                    if len(run) < len(vs):
                        assigned += _pick_single(members[0], vs[len(run):], text)
                elif n == 1 and (len(vs) > 1 or text.find("持平", vs[0].start - 8, vs[0].end + 3) >= 0) \
                        and "分别" in (between := text[gend:vs[0].start]) \
                        and ((ye := _YEARS_EACH.search(between) if "年、" in between or "年和" in between else None)
                             or (ye := _YEARS_LEAD.search(text, max(0, gstart - 24), gstart) if "年" in text[max(0, gstart - 8):gstart] else None)
                             or (ye := _sentence_years(text, gstart))) \
                        and (ys := _years_each((yn := _years_named(ye.group(0))), (run := _listed_run(vs, len(yn), text)),
                                               text, text.rfind("分别", gend, vs[0].start))) is not None:
                    # "地区生产总值2024年、2025年分别增长5.1%、5.4%" ("2024年、2025年全省地区生产总值分别…"):
                    # one value for each year listed
                    for k, (yv, v) in enumerate(zip(ys, run)):
                        v.year_hint = yv
                        if k + 1 < len(run) and v.qualifier != "eq" and v.qualifier == run[k + 1].qualifier \
                                and _BARE_END.match(text, v.end) and not text.endswith(_AFTER_QUALIFIER, 0, v.end) \
                                and (text.startswith(_AFTER_QUALIFIER, run[k + 1].end) or text.endswith(_AFTER_QUALIFIER, 0, run[k + 1].end)):
                            # ("去年和今年…分别增长6.1%和6.5%左右": the qualifier after the last is that year's alone;
                            # not "分别增长6%左右和6.5%左右", each its own)
                            v.qualifier = "eq"
                        assigned.append((*members[0], v))
                    if len(run) < len(vs):
                        # ("…分别增长4.5%、5.6%，两年平均增长5%": a figure of a clause after the run is no year's of it)
                        assigned += _pick_single(members[0], vs[len(run):], text)
                elif n == 1 and k == "pct" and len(vs) > 1 and (fe := text.rfind("分别", gend, vs[0].start)) >= 0 \
                        and (lv := [v for v in values if v.measure == "level" and gend <= v.start < fe]) \
                        and (place := _level_place(text, gstart, fe, lv[0], len(vs), groups)) is not None:
                    # "接待国内游客6.5亿人次，旅游业总收入7300亿元，分别增长22%和25%": an amount of a name that is no
                    # indicator's before this one's, one change each after 分别: this one's is in its amount's place
                    assigned.append((*members[0], vs[place]))
                elif n == 1:
                    # only figures this indicator can take ("连跨2个万亿元台阶" is no GDP level)
                    fit = [v for v in vs if _measure_for(members[0][0], v) is not None] if members[0][0] != "-" else vs
                    assigned += _pick_single(members[0], fit or vs, text, meta.region or "")
                elif len(vs) == n == 2 and _PAIR_RESIDENTS.search(vs[1].verb) is not None and "农村" not in vs[0].verb:
                    # "居民人均可支配收入：城镇居民达到33980元、农村居民达到15660元": each named by its residents, in turn
                    assigned += [(iid, m, v) for (iid, m), v in zip(members, vs)]
                elif len(vs) == n and "分别" not in text[gend:vs[0].start] and not _one_run(text, vs):
                    # "城乡居民人均可支配收入年均增长9%，到2020年比2010年翻一番以上", "…增长4.5%，两年平均增长6.1%":
                    # figures of one name pair not written as one run, no 分别 before them: each is both names' (as
                    # "城乡居民人均可支配收入均增长7%"), not one each
                    assigned += [(iid, m, v) for v in vs for iid, m in members]
                elif len(vs) == n:
                    assigned += [(iid, m, v) for (iid, m), v in zip(members, vs)]
                elif n > 1 and len(vs) % n == 0 and len(vs) >= 2 * n and all(
                        text[vs[j - 1].end:vs[j - 1].end + 1] in "，,；;。"
                        and (_THIS_YEAR_RUN.fullmatch(text, vs[j - 1].end, vs[j].start) is not None
                             or _YEARS_GONE_RUN.fullmatch(text, vs[j - 1].end, vs[j].start) is not None)
                        for j in range(n, len(vs), n)):
                    # "去年地区生产总值、一般公共预算收入分别增长5.2%、7%，今年预期分别增长6%左右、5%": last year's
                    # run, then this year's, one value each in both (and a plan's yearly averages, then the year's,
                    # "年均分别增长7%和8%，今年分别增长7.5%和8.5%", "，2021年分别增长…"); as many runs as are so
                    # joined ("规划目标为年均增长7%和8%，近三年分别年均增长6.2%和7.9%，今年分别增长6%和7.5%": the plan's
                    # goals, the years gone by, the year's, decision 359)
                    for j in range(0, len(vs), n):
                        assigned += [(iid, m, v) for (iid, m), v in zip(members, vs[j:j + n])]
                elif len(vs) == 2 * n and n > 1 and (vs[n].period_hint is not None and vs[n - 1].period_hint is None
                                                     and all(v.period_hint == vs[n].period_hint for v in vs[n:])
                                                     or all(v.unit == "%" and v.measure != "growth" for v in vs[:n]) and all(v.unit == "个百分点" for v in vs[n:])
                                                     and all(iid != "-" and vocab.indicators()[iid].kind == "ratio" for iid, _ in members)):
                    # ("分别达到2.3%、62.5%，分别比上年提高0.2、1.1个百分点": each name's share, then each one's change)
                    # "分别增长4.9%、12.5%，两年平均分别增长3.9%、4.1%": each name's figure for the year, then
                    # each one's average over the years
                    assigned += [(iid, m, v) for (iid, m), v in zip(members, vs[:n])]
                    assigned += [(iid, m, v) for (iid, m), v in zip(members, vs[n:])]
                elif "分别" not in text[gend:vs[0].start]:
                    assigned += [(iid, m, vs[0]) for iid, m in members]
                elif len(vs) == 1:
                    # "城乡居民人均可支配收入分别突破5万元": one amount after 分别 for several names is
                    # not each one's (分别 gives one value to each name, as many values as names: the
                    # second is lost); a 分别 before the values of another kind is theirs ("分别达到5.2万元和
                    # 2.6万元，均增长6%"); one rate after it is each one's, as after 均 ("进出口、实际使用外资
                    # 分别增长5%以上", "二氧化硫、氮氧化物排放量分别下降3%": the same change for each)
                    pe = max([v.end for v in values if v.end <= vs[0].start], default=gend)
                    if "分别" in text[pe:vs[0].start] and not (
                            vs[0].measure == "rank" and _EACH_HELD_FOR.search(text, pe, vs[0].end)) \
                            and not (k == "pct" and vs[0].unit == "%" and vs[0].measure == "growth"):
                        continue
                    # ("分别连续25年、41年居全国各省区第一": the years each name has held the place are listed after
                    # 分别, the one place is each one's, prov21)
                    assigned += [(iid, m, vs[0]) for iid, m in members]
                else:
                    assigned += [(iid, m, v) for (iid, m), v in zip(members, vs)]
        if n == 1 and text[gstart - 1:gstart] == "的" and (
                (not values or _next_rate_before_name(text, gend, values[0].start, values[0].end))
                and group[0].alias.endswith(_GROWTH_NAME_ENDS)
                or text[gend:gend + 2] in _GROWTH_NAME_ENDS and (text[gend + 2:gend + 3] in _growth_word_ends()
                                                                 or text.startswith(_GROWTH_TARGET_WORDS, gend + 2))):
            # "实现5.5%左右的经济增长": a rate written before a growth name, joined by 的 ("力争实现6%的规上
            # 工业增加值增长": a name, then the growth's word that ends its clause; the figures after it,
            # "、10%的固定资产投资增长", are the next name's)
            before = numbers.quantities(text, max(0, gstart - 16), gstart - 1)
            q = before[-1] if before else None
            # (the name's growth named as a target after it, "5%左右的地区生产总值增长目标", "…的经济增长目标": read
            # as a target's figure, in a review last year's target, "完成了年初确定的5%左右的…增长目标")
            named_target = text.startswith(_GROWTH_TARGET_WORDS, gend + 2 if text[gend:gend + 2] in _GROWTH_NAME_ENDS else gend)
            if q is not None and q.unit == "%" and (group[0].alias.endswith(_GROWTH_NAME_ENDS)
                                                    or _result_before_rate().search(text, max(0, q.start - 4), q.start)
                                                    or named_target and text.find("占", max(0, q.start - 5), q.start) < 0):
                # (the name's own growth after a verb of its result: not "占全省8%的规上工业增加值增长", a share)
                qual, qend = numbers.qualifier(text, q, q.start)
                v = Value("growth", q.value, q.value_high, "%", qual, q.start, qend, verb="增长目标" if named_target else "增长")
                if qend == gstart - 1 and _measure_for(members[0][0], v) == "growth":
                    values = [v]
                    assigned = [(*members[0], v)]
        if n == 1 and not any(v.verb == "增长目标" for v in values) and text.startswith(_ARRANGED_NAME_AFTER, gend) \
                and (am := _arranged_before_re().search(text, max(0, gstart - 24), gstart)) is not None:
            # "按照增长7.5%左右安排地区生产总值预期目标": the target's figure set first, after 按照 and before a verb of
            # setting (cues.tsv arranged_verbs), its name after, then 预期目标 (decision 416; not "按照每人每年640元的标准
            # 安排…", no rate, nor "按照增长10%安排重点项目投资", no target named after)
            before = numbers.quantities(text, am.start(), gstart)
            if len(before) == 1 and before[0].unit == "%":
                q = before[0]
                qual, qend = numbers.qualifier(text, q, q.start)
                sign = -1 if am.group(1) in vocab.cues()["arranged_falls"] else 1
                v = Value("growth", sign * q.value, None if q.value_high is None else sign * q.value_high, "%", qual,
                          am.start() + 2 if text.startswith("按照", am.start()) else am.start() + 1, qend, verb="增长目标")
                if _measure_for(members[0][0], v) == "growth":
                    # (the result after the name, "…预期目标，实际增长6.1%", stays its own: decision 438)
                    values = [v, *values]
                    assigned.insert(0, (*members[0], v))
        if n == 1 and text[gstart - 1:gstart] == "的" and not any(v.measure == "level" for v in values) \
                and (v := _level_before(text, gstart, group[0])) is not None and _measure_for(members[0][0], v) == "level":
            # "实现4606.2亿元的地区生产总值，增长4.5%": an amount written before its name, joined by 的, after the verb of its
            # result; the change after the name is the same figure's
            values = [v, *values]
            assigned.insert(0, (*members[0], v))
        if n == 1 and not values and text[gstart - 1:gstart] == " " and members[0][0] != "-" \
                and (v := _en_count_before(text, gstart, group[0], members[0][0])) is not None:
            values = [v]  # "create more than 700,000 new urban jobs": an English count before its name
            assigned = [(*members[0], v)]
        if n == 1 and text[gstart - 1:gstart] == " " and not any(v.measure == "growth" for v in values) \
                and (v := _en_growth_before(text, gstart, group[0])) is not None and _measure_for(members[0][0], v) == "growth":
            values = [v, *values]  # "targets growth of 7 percent in rural residents' income": English's rate before its name
            assigned.insert(0, (*members[0], v))
        if n == 1 and text[gstart - 1:gstart] == "的" and not any(v.measure == "growth" for v in values) \
                and (gm := _GROWTH_RATE_BEFORE.search(text, max(0, gstart - 18), gstart)) is not None:
            # "增速达5.1%的地区生产总值，总量达到1826.4亿元": the rate written before its name, its growth's word first
            before = numbers.quantities(text, gm.start(), gstart - 1)
            if before and before[-1].unit == "%":
                q = before[-1]
                qual, qend = numbers.qualifier(text, q, q.start)
                v = Value("growth", q.value, q.value_high, "%", qual, gm.start(), qend, verb="增长")  # (quoted from its word)
                if qend == gstart - 1 and _measure_for(members[0][0], v) == "growth":
                    values = [v, *values]
                    assigned.insert(0, (*members[0], v))
        if not values and len(group) == 1 and figures and (v := _figure_above(text, gstart, group[0], figures)) is not None:
            values = [v]  # a 数读 page: the figure on the line above the caption naming it
            # (a caption of one name for the pair, "6%\n城乡居民收入增长", gives it to each, as "城乡居民收入增长6%" does)
            assigned += [(iid, m, v) for iid, m in members]
            for w in _changes_under(text, gend, group[0], figures):
                values.append(w)  # ("…\n2020年地区生产总值\n4.1%\n比上年增长": its change, the caption naming none)
                assigned += [(iid, m, w) for iid, m in members]
            if v.measure in ("growth", "pct") and n == 1 and (w := _level_over_change(text, gstart, group[0], figures)) is not None:
                values.insert(0, w)  # ("44178元\n+6.8%\n城镇常住居民人均可支配收入": the card's level over its change)
                assigned.insert(0, (*members[0], w))
            if v.measure in ("share", "pct") and len(values) == 1 and (w := _points_under(text, gend)) is not None:
                values.append(w)  # ("58.3%\n常住人口城镇化率\n+0.6个百分点": the share's change under its name)
                assigned.append((*members[0], w))
        elif n == 1 and figures and values and all(v.measure not in _CARD_STATES for v in values) \
                and ((v := _figure_above(text, gstart, group[0], figures)) is not None and v.measure in _CARD_STATES
                     or (v := _figure_above(text, gstart, group[0], figures, "")) is not None and v.measure in _CARD_STATES):
            values = [v, *values]  # "236.5亿元\n全县地区生产总值\n增长6.9%": the amount above, its change below
            # (or the share, "53.1%\n常住人口城镇化率\n提高1.5个百分点", its change in points below, read without the
            # change's words, which are the change's; decision 441)
            assigned.insert(0, (*members[0], v))
        elif n == 1 and not values and text[gstart - 1:gstart] == "\n" and (v := _rate_card_above(text, gstart, group[0])) is not None:
            values = [v]  # "+8.1%\n规上工业增加值增速": a figure-first card among cards that name first (decision 441)
            assigned.append((*members[0], v))
            if figures and (w := _level_over_change(text, gstart, group[0], figures)) is not None:
                values.insert(0, w)  # ("44178元\n+6.8%\n城镇常住居民人均可支配收入": the card's level over its change)
                assigned.insert(0, (*members[0], w))
        elif n == 1 and not values and _opens_with_figure(text, gstart) \
                and (heads := figure_heads(text) if heads is None else heads) \
                and (v := _figure_before(text, gstart, group[0], heads)) is not None:
            values = [v]  # "1.5万人以上  城镇新增就业": the figure opening the caption's line
            assigned.append((*members[0], v))
        elif n == 1 and values and all(v.measure != "level" for v in values) and text[gstart - 1:gstart] in _CARD_NAME_AFTER \
                and (v := _card_figure_above(text, gstart, group[0])) is not None:
            values = [v, *values]  # ("…增长5.2%\n18.3亿元\n一般公共预算收入 增长6.1%": one card that sets its amount first)
            assigned.insert(0, (*members[0], v))
        elif n == 1 and values and all(v.measure != "level" for v in values) and _opens_with_figure(text, gstart) \
                and (heads := figure_heads(text) if heads is None else heads) \
                and (v := _figure_before(text, gstart, group[0], heads)) is not None and v.measure == "level":
            values = [v, *values]  # "520.3亿元  地区生产总值  增长5.9%": the amount first, its change after the name
            assigned.insert(0, (*members[0], v))
        # "城乡居民收入增长与经济增长同步，减少农村贫困人口100万人以上": figures no name of the group
        # can take, after the words of a qualitative target, are the next clause's
        unfit = bool(values) and not any(iid != "-" and _measure_for(iid, v) is not None for iid, _ in members for v in values)
        qend = values[0].start if unfit else tend
        if unfit and "两个" in text[qend:qend + 2] and (uq := qual_re.match(text, qend, tend)) is not None:
            qend = uq.end()  # ("居民收入增长和经济增长“两个同步”": the words' own 两个 is no figure that cuts them short)
        qm = None if values and not unfit else qual_re.search(text, gend, min(qend, gend + 20))
        if qm is not None and qm.start() > gend and (_LEADS_OTHER.search(text, gend, qm.start())
                                                     or _AMONG_INDICATORS.match(text, gend)
                                                     or _SHARE_OF_LARGER.search(text, gend, qm.start())):
            qm = None  # "以城镇化率提升带动公共服务水平不断提高": the words of what the name leads on
        if qm is None and not values and "a" <= group[0].alias[:1].lower() <= "z":
            qm = _en_qualitative_after(text, gend)  # "keep consumer prices generally stable": an English target in words
        if unfit and qm is not None:
            values, assigned = [], []
        if qm is None and not values and text[tend:tend + 1] in "，," and text.find("具体", gend, tend) >= 0 \
                and _WITHDRAWN.search(text, _clause_start(text, gstart, 16), tend) is not None:
            # ("对地区生产总值增长不作具体量化要求，力争实现正增长", "…不设具体目标，努力实现正增长": the figure withheld,
            # the words set in the clause right after it are the target, decisions 65 and 117)
            qm = qual_re.search(text, tend + 1, min(len(text), tend + 12))
            if qm is not None and find_mark(text, tend + 1, qm.start(), _CLAUSE_MARKS) >= 0:
                qm = None
        plan_qm = None
        if values and qm is None and text[gend:gend + 1] in _PLAN_LABEL_FIRST and (pl := _PLAN_LABEL_AT.match(text, gend)) is not None \
                and (text[gend:gend + 1] != "。" or _head_stop(text, group) >= 0) \
                and (pq := qual_re.match(text, pl.end())) is not None and pq.end() <= values[0].start \
                and find_mark(text, pq.end(), values[0].start, _CLAUSE_MARKS) >= 0:
            # "居民人均可支配收入：计划与经济增长同步，预计增长4.9%", "单位地区生产总值能耗：计划完成国家下达任务，预计下降
            # 2.5%": the plan in words right after the name, then the result: the plan is the target of the year reviewed
            qm = plan_qm = pq
        lead_qm = None
        if text[gstart - 1:gstart] in _PLAN_LEAD_LAST and _plan_lead().fullmatch(text, _clause_start(text, gstart, 12), gstart):
            # a plan's lead opening the clause, the name, then the plan in words ("；年度计划居民人均可支配收入增长与经济
            # 增长同步，全市居民…达到75190元", "；年度计划单位地区生产总值能耗下降完成国家下达任务，预计下降3%"): the target of
            # the year reviewed, inside a run of last year's plans (the result, if any, after a clause mark)
            if qm is not None and not values:
                lead_qm = qm
            elif values and qm is None and (lq := qual_re.search(text, gend, min(values[0].start, gend + 12))) is not None \
                    and find_mark(text, gend, lq.start(), _CLAUSE_MARKS) < 0 \
                    and find_mark(text, lq.end(), values[0].start, _CLAUSE_MARKS) >= 0:
                qm = lead_qm = lq
        if values and qm is None and year is not None and text.find("年", max(0, values[0].start - 3), values[0].start + 3) >= 0 \
                and (gq := _goal_words_then_year(text, gstart, gend, values[0].start, year, qual_re)) is not None:
            # "今后五年，全县地区生产总值年均增长高于全市平均水平，今年增长8.5%左右": the plan's goal in words, then this
            # year's figure in a clause of its own; the words are the goal of the span, the figure the year's target (decision 341)
            qm = goal_qm = gq
        else:
            goal_qm = None
        ahead_qm = None
        if values and qm is None and year is not None and (ty_at := _this_year_next(text, values[-1].end, year)) >= 0 \
                and (aw := _THIS_YEAR_WORDS_AT.match(text, ty_at)) is not None \
                and (aq := qual_re.match(text, aw.end())) is not None and text[aq.end():aq.end() + 1] in _AHEAD_QUAL_ENDS \
                and not _late(text):
            # "居民人均可支配收入38650元，增长5.9%，今年与经济增长同步": this year's target in words after last year's
            # figures, its name left out (decision 93)
            qm = ahead_qm = aq
        if values and qm is None and n >= 1 and all(v.measure == "level" for v in values) \
                and (pq := qual_re.search(text, gend, values[0].start)) is not None \
                and find_mark(text, gend, pq.start(), _CLAUSE_MARKS) < 0 \
                and text[(pc := find_mark(text, pq.end(), values[0].start, _CLAUSE_MARKS)):pc + 1] in ("，", ",") \
                and pc - pq.end() <= 2 and _DIGIT.search(text, pq.end(), pc) is None \
                and all(iid != "-" and vocab.indicators()[iid].qualitative_measure == "growth" for iid, _ in members):
            # "固定资产投资保持两位数增长，达到150亿元": the pace in words right after the name, then its amount in a clause
            # of its own: two facts of two keys, the growth in words and the level in figures (not "…增长12%，达到150亿元",
            # whose growth has its figure; decision 406); a pair's name the same, its words for both ("城乡居民人均可支配收入
            # 与经济增长同步，分别达到9.1万元和5.6万元": the urban and the rural pace and amounts, decision 412)
            qm = pq
        if not values and qm is None:
            # "完成国家下达的节能减排目标": the qualifier stands before the name
            # (the level above may be named by a long name: "确保完成黔东南苗族侗族自治州下达的节能减排任务")
            qb = _qual_before_end_re().search(text, _clause_start(text, gstart, 16), gstart)
            # (a bare 完成 only with the task after the name, "完成节能减排任务": not "完成城镇登记失业率统计制度改革")
            # (so a bare 实现: "确保实现单位地区生产总值能耗下降目标", not "实现地区生产总值1000亿元")
            if qb and (qb.group(0) not in ("完成", "实现") or _TASK_AFTER.match(text, gend)):
                qm = qb
            elif text[gstart - 1:gstart] in ("定", "化") and all(iid != "-" and vocab.indicators()[iid].kind == "stock"
                                                                 for iid, _ in members) \
                    and (qb := _qual_before_stock_re().search(text, _clause_start(text, gstart, 12), gstart)) \
                    and qb.end() == gstart:
                qm = qb  # "要稳定粮食产量": a stock kept stable (an actual is no fact: only a target or goal)
            elif text[gend:gend + 1] == "稳" and all(iid != "-" and vocab.indicators()[iid].kind == "stock" for iid, _ in members) \
                    and (qa := _qual_after_stock_re().match(text, gend)) is not None:
                qm = qa  # "——粮食产量稳定；": the same word after the stock's name, closing its clause
        if not values and qm is None and figures:
            qm = _words_above(text, gstart, figures)  # "与经济增长同步\n居民收入增长": a 数读 page's target in words
        if not values and qm is None and (wb := _words_before(text, gstart)) is not None \
                and (heads := figure_heads(text) if heads is None else heads):
            qm = wb  # "与经济增长同步   城乡居民收入增长": the same words before the caption, on a page of such lines
        if qm and not values and _REASONS_WORD.search(text, _sentence_start(text, gstart), gstart) is not None:
            # "社会消费品零售总额增长10.5%左右，主要考虑居民收入稳定增长、…": a name with words and no figure in the
            # reasons given for a target is what the target counts on, no target of its own
            qm = None
        if qm:
            assigned += [(iid, m, None) for iid, m in members]
        for iid, m, v in assigned:
            if iid == "-":  # a listed item outside the taxonomy: it only holds its value's place
                continue
            if v is None and goal_qm is not None:
                # (the goal's words read as the span's figure would be: "年均增长" before them dates them by the plan)
                rp = _role_period(text, gstart, section_role, role_path, year, iid,
                                  Value(vocab.indicators()[iid].qualitative_measure, None, None, None, "qualitative", goal_qm.start(), goal_qm.end(),
                                        verb=text[gend:goal_qm.start()] or "增长",
                                        period_hint="span" if "年均" in text[gend:goal_qm.start()] else None), m.end, meta)
                if rp is None or rp[0] != "goal":
                    continue
            else:
                rp = _role_period(text, gstart, section_role, role_path, year, iid, v, m.end, meta)
            if rp is None and last_role is not None and gstart - last_role[0] < 2000 \
                    and not _EXPLAINER_HEAD.search(text, last_role[0], gstart) and not _sub_head_at(text, gstart):
                # nothing decides this figure: it continues what the figures just before it were
                # (a news page's bullets after a dated lead), at a lower confidence
                # (not across an explainer's numbered heading, "数字4：9%": each heading opens a figure of its own)
                rp = _role_period(text, gstart, "review" if last_role[1] == "actual" else "targets",
                                  role_path, year, iid, v, m.end)
                if rp is not None:
                    rp = (rp[0], rp[1], rp[2] - 0.2)
            if rp is None and v is not None and v.year_hint is not None and v.year_hint[0] == "@" and year is not None:
                # "地区生产总值去年、今年分别增长5.3%、6%": the years named from the report's decide (see below)
                rp = ("actual", str(year), 0.7)
            if rp is None:
                continue
            role, period, rconf = rp
            if role == "target" and year is not None and period == str(year - 1) and v is not None and v.start > m.end \
                    and _expected_above(text, v.start, meta):
                # "规模以上工业增加值增长7.2%，快于全国年均增长4.5%的预期", "…，高于全市年均增长8%的预期" in a district's
                # report: the expectation a result is set against is the level above's, no target of the region's
                continue
            if v is not None and v.start >= m.end and (v.start > m.end and _above_set_clause(text, m.end, v.start, meta)
                                                       or _above_sets_before_name(text, m.start, v.start, meta)):
                # "社会消费品零售总额：全市计划增长9.5%，全区执行增长10.2%" in a district's plan report, "居民收入：省里确定的
                # 目标为增长8%": the level above's word and its word of setting open the figure's clause (a label's colon
                # before it, as a comma): the level above's plan, no figure of the region's (decision 472)
                continue
            if role == "target" and v is not None and v.start > m.end and _expected_by_others(text, v.start, v.end):
                # "规模以上工业增加值增长7.9%，高于市场预期的7.5%", "经济增长7.7%，好于市场普遍7.5%的预期" on a news page:
                # the market's expectation, no target of the region's (cues.tsv expectation_holders)
                continue
            if (id(text), len(text)) in _PART_YEAR and year is not None and section_role not in _PLAN_SECTION_ROLES:
                # a text on part of the year (上半年/一季度/1—5月): a figure is the year's only where its sentence names the
                # year, an aim or an estimate after the last time of the part ("上半年…。规模以上工业增加值增长6.2%" is the
                # half's; "预计全年增长6.5%", "全年目标…" are not), and the year it reports on is its own report year
                ss = _sentence_start(text, gstart)
                at = v.start if v is not None and v.start > gstart else gstart
                if role == "target" and v is not None and text[v.end:v.end + 1] in _NAMES_TARGET_FIRST \
                        and (nt := _NAMES_TARGET.match(text, v.end)) is not None:
                    # "居民消费价格上涨0.4%，低于3%左右的调控目标": the target restated names itself after its figure, an
                    # aim of the year as one named before it is (decision 376)
                    at = nt.end()
                ow = _last(w for w in _YEAR_OWN_WORD.finditer(text, ss, at) if w.group("ratio") is None)
                if ow is None or (pt := _last(_PART_OF_YEAR.finditer(text, ss, at))) is not None and pt.start() > ow.start():
                    continue
                # (the report year itself names nothing back: "关于2024年上半年全县经济运行情况的报告" over the sentence,
                # "…，距离全年增长5%的目标仍有差距" is 2024's target)
                if period == str(year - 1) and not _late(text) and not any(
                        not w.group()[:1].isdigit() or int(w.group()[:4]) < year
                        for w in _YEAR_NAMED_BACK.finditer(text, ss, at)):
                    period = str(year)
            if adjusting and role == "target" and year is not None and period == str(year - 1) and not _late(text) \
                    and _YEAR_NAMED_BACK.search(text, _sentence_start(text, gstart), v.start if v is not None else gend) is None:
                # a report adjusting the year's plan in its course ("关于…2020年国民经济和社会发展计划部分指标调整方案的报告"):
                # the targets first set and revised, "年初计划增长7.5%，调整为增长3%左右", "（一）地区生产总值增长由7.5%调整为
                # 3%左右", are the year's own, not the year before's (no 去年/上年/earlier year named in the sentence)
                period = str(year)
            if role == "goal" and section_role == "review" and year is not None and v is not None \
                    and (k := text.find("本届政府任期内", _sentence_start(text, gstart), gstart)) >= 0:
                # "本届政府任期内，累计新增城镇就业31.5万人" under a review's heading: the term reviewed, not the one ahead
                # (from its first session's year in a report to a later session, else the five years)
                role, period = "actual", f"{_span_start(text, k, v.start, year - 1, None)}-{year - 1}"
                if v.measure == "level" and v.period_hint is None and v.verb.endswith(_REACHED_VERBS) \
                        and not text.endswith(("新增达到", "净增达到", "新增达", "新增到"), 0, v.start) \
                        and text.find("累计", _after_mark(_CLAUSE_MARKS, text, k, v.start), v.end) < 0:
                    # ("…，一般公共预算收入达到85亿元": the level the term ended at, as after 过去五年; not what its years
                    # added, "新增城镇就业12万人", "累计…")
                    period = str(year - 1)
            if role == "goal" and year is not None and v is not None and len(period) == 9 and int(period[5:]) < year \
                    and text[v.end:v.end + 1] == "的" and _LEVEL_REACHED_AFTER.match(text, v.end) is not None:
                # "增长6%以上，略低于“十三五”时期年均增长6.5%的水平": a plan gone by, the pace it reached (its level,
                # its speed), no goal: a goal is of years to come (the plan's own target would be named 的目标)
                role = "actual"
            if len(period) == 9 and period[:4] == period[5:]:
                period = period[:4]  # (a term reviewed in its second session, "本届政府成立以来": one year)
            if role == "actual" and v is not None and v.measure == "growth" and year is not None and _late(text) \
                    and period == str(year - 1) and _THAN_YEAR_BEFORE_LAST.search(v.verb):
                # "今年…比前年增长3.2%" in a report of December: 前年 is two years before the one it reviews, the change
                # accumulated over two years (in a report delivered in its year, "去年…比前年增长" is last year's own)
                period = f"{year - 2}-{year - 1}"
            if role == "target" and v is not None and len(period) == 4 and v.verb.endswith(_AVERAGE_VERBS) \
                    and text[v.end:v.end + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, v.end):
                # "规模以上工业增加值年均增长10%以上的目标，前三年年均增长10.4%": an average over years set as a
                # target is the plan's goal, not one year's (the plan named before it in its paragraph, else the one
                # the year is in)
                pn = _last(_PLAN_NAME.finditer(text, max(0, text.rfind("\n", 0, gstart)), gstart))
                a = _PLAN_START[pn.group(1)] if pn is not None else 2016 + 5 * ((int(period) - 2016) // 5)
                role, period = "goal", f"{a}-{a + 4}"
            if role == "actual" and v is not None and text[v.end:v.end + 1] == "的" and _LONG_GOAL_AFTER.match(text, v.end):
                continue  # "围绕森林覆盖率稳定在44%以上的十年目标": a long-term goal restated, no result (its years unsaid)
            if role == "actual" and v is not None and len(period) == 9 and v.measure == "level" \
                    and text.find("每年", _after_mark(_CLAUSE_MARKS, text, m.end, v.start), v.start) >= 0:
                # "城镇新增就业每年稳定在1.2万人以上" in a review: a floor held each year, no total of the years (its own
                # clause: not "…每年稳定在60万人以上，五年累计达到320万人", the total after it)
                continue
            if role == "goal" and v is not None and year is not None and text.find("年", v.start - 24, v.start) >= 0 \
                    and (ty := _YEAR_CLAUSE_BEFORE.search(text, max(m.end, v.start - 24), v.start)) is not None \
                    and (ty.group(1) == str(year) or ty.group(1) is None and not _late(text)):
                # "研发经费投入强度到2027年达到3%，2024年达到2.6%", "…到2027年达到55%，年内达到52%": this year's
                # target after the goal, in a clause of its own that names this year
                role, period = "target", str(year)
            unsettled = None
            if len(period) == 9 and period[:4] > period[5:]:
                # the epidemic's three years named in a review of a later year (_span_start): the years named,
                # which the review's own years do not count back to: kept at a lower confidence, with why
                period, rconf = f"{_COVID_YEARS[0]}-{_COVID_YEARS[1]}", rconf - 0.2
                unsettled = "the epidemic's three years named in a later review: taken as 2020-2022"
            if v is not None and v.year_hint is not None and year is not None:
                # a year listed before 分别 dates its own value: a result of a year gone by, a goal's year
                # (one named from the report's: a report of December calls the year it reviews 今年)
                yh = v.year_hint if v.year_hint[0] != "@" else str(year + int(v.year_hint[1:]) - (1 if _late(text) else 0))
                if int(yh) < year:
                    role, period = "actual", yh
                elif role == "goal" or int(yh) > year and role == "target":
                    # ("今明两年…分别增长6.5%和7%": next year's figure a goal of its year)
                    role, period = "goal", yh
                elif int(yh) == year and role == "actual":
                    role, period = "target", yh  # "去年和今年…分别增长6.1%和6.5%左右": this year's the target
            if v is not None and v.role_hint is not None and role in ("actual", "target"):
                role = v.role_hint  # a figure set and its result (_set_results)
                if year is not None and period == str(year):
                    # a result is of a year gone by ("今年计划目标为…，预计分别增长…" in a December plan
                    # report is the year it closes), and so is the figure it was set against
                    period = str(year - 1)
            elif role == "target" and v is not None and year is not None and period == str(year - 1) \
                    and section_role in ("targets", "tasks", "requirements") \
                    and text[v.end:v.end + 1] in _NAMES_TARGET_FIRST and (nt := _NAMES_TARGET.match(text, v.end)) is not None \
                    and _NEW_TARGET_CLAUSE.fullmatch(text, _after_mark(_CLAUSE_MARKS, text, max(0, v.start - 16), v.start), v.start) \
                    and not _TARGET_MET_AFTER.match(text, nt.end()):
                # "去年全省地区生产总值增长2.1%，增长5%以上的目标体现了…的要求" in the plan's part: the target named
                # in a clause of its own after last year's result, no word of last year or of a comparison in it, and
                # not said to be met, is this year's
                period = str(year)
            elif role == "actual" and v is not None and _set_then_actual(text, m.start, v):
                role = "target"  # the result it was set for follows: same period
            elif role == "actual" and v is not None and text[_after_mark(_SENT_MARKS, text, m.start - 160, m.start)] in "年全" \
                    and _plan_lead_run(text, m.start, v, named_at if named_at is not None
                                       else (named_at := frozenset(x.start for g in groups for x in g))):
                role = "target"  # a run of plans under the sentence's lead, their results after them
            elif role == "actual" and v is not None and ("目标" in v.verb and _SET_VERB.fullmatch(v.verb)
                                                      or v.verb[:1] == "。" and _PLAN_ONE_VERB.fullmatch(v.verb)):
                role = "target"  # "地区生产总值预期目标增长8%" in a review: the target its year was set, no result
            elif role == "actual" and v is not None and v.verb and "按" in v.verb and _arranged_after_name(text, v):
                role = "target"  # "居民消费价格涨幅按照3%左右安排，全年实际上涨0.6%" in a review: last year's target
            elif role == "actual" and v is not None and "计划" in v.verb and _PLAN_VERB.fullmatch(v.verb):
                role = "target"  # "社会消费品零售总额：年度计划增长8%，1—11月增长6.2%" in a review: the plan, no result after it
            elif role == "target" and v is not None and year is not None and period == str(year - 1) \
                    and (_then_actual_in(text, m.end, v.start) or _YEAR_FIGURE_AFTER.search(text, m.end, v.start + 1)) \
                    and not _OWN_PLAN_LABEL.search(v.verb or ""):
                # "去年的目标为…增长6%，实际增长6.4%" ("；实际完成31亿元，增长5.8%"): the result after
                # last year's target (not a plan labelled right before its own figure after the result:
                # "完成120.5亿元，为年度预算的103.2%，增长8.1%（计划6%）" keeps 6% the target)
                role = "actual"
            if v is not None and v.measure == "rank" and role == "actual" and (prev := ranked_after.get(iid)) is not None \
                    and prev[0] == id(m) and prev[2] != period and len(prev[2]) == 9 and prev[1].end <= v.start \
                    and ((k := find_mark(text, prev[1].end, v.start, _SENT_MARKS)) < 0
                         or text[k] in "；;" and _ITEM_RANK_NEXT.match(text, k + 1)
                         and find_mark(text, k + 1, v.start, _SENT_MARKS) < 0) \
                    and _YEAR.search(text, prev[1].end, v.start) is None \
                    and (_END_RANK if prev[1].measure == "growth" else _REACHED_RANK).search(text, prev[1].end, v.end) is None \
                    and not (prev[1].measure == "growth" and _RATE_BETWEEN.search(text, prev[1].end, v.start) is None
                             and _LEVEL_TO_YEAR.search(text, m.end, prev[1].start) is not None):
                # "五年来，地区生产总值年均增长6.5%，增速居全市第3位", "五年累计完成固定资产投资1280亿元，总量居全市第2位":
                # a place right after a figure of the span reviewed (a yearly average, a total) ranks that figure, and
                # takes its span (not "年均增长7.2%，总量居全市第5位", the size reached; nor a place reached, "跃居"; nor one
                # after a year's own figure between, "稳定在240亿斤以上，2021年达到253.8亿斤，居全省第2位"; after a ；, only
                # a place whose item names no figure but the rate's or the size's, "…；增速居全区第3位")
                # (the span's figure before the place: not "增长4.6%，增速列温州第3位，两年平均增长6.3%", the year's growth
                # ranked, the average read first only because it is the name's next figure)
                period = prev[2]
            if v is not None and role == "actual":
                ranked_after[iid] = (id(m), v, period) if v.measure in ("growth", "level") else None
            if role in ("actual", "target") and rconf >= 0.7 and not (
                    role == "target" and year is not None and period == str(year - 1)):
                # (not the year reviewed's target, restated against its result: "城镇登记失业率3.6%，控制在4.5%的预期目标
                # 以内", "增长10.7%，完成年度预期目标（增长10%）" on a statistics page; a figure after it that nothing
                # decides would go on as this year's target, never as that one's own kind: it goes on with what came
                # before it, decision 364)
                last_role = (gstart, role)
            ind = vocab.indicators()[iid]
            if v is None:
                if ahead_qm is not None:
                    role, period = "target", str(year)  # (this year's words after last year's figures)
                elif role == "actual" and plan_qm is None and lead_qm is None or plan_qm is not None and role != "actual":
                    continue  # (the plan in words before a figure outside a review: the figure is the target)
                if role == "actual":
                    role = "target"  # (the plan in words before the year's result: _PLAN_LABEL_AT)
                # "稳居全国上游", "保持全省第一方阵": a qualitative rank
                rank_like = _RANK_WORDS.search(qm.group(0)) is not None
                measure, value, high, unit, qual, vend, scope = (
                    "rank" if rank_like else ind.qualitative_measure, None, None, None, "qualitative", qm.end(),
                    _RANK_SCOPE.search(text, max(gend, qm.start() - 4), qm.end()).group(0)
                    if rank_like and _RANK_SCOPE.search(text, max(gend, qm.start() - 4), qm.end()) else None)
                if measure != "share" and "share" in ind.measures and (_SHARE_AFTER.match(text, m.end) or m.alias.endswith(_RATIO_NAME)):
                    # "民生支出占比不低于上年": the share, not the amount; "空气质量优良天数比率保持稳定": a name of the ratio
                    measure = "share"
                elif measure == "level" and "growth" in ind.measures and (
                        _DECLINE_WORDS.search(qm.group(0))
                        or qm.start() >= gend and (dw := _DECLINE_WORDS.search(text, gend, qm.start())) is not None
                        and text[dw.start() - 1:dw.start()] != "不"):
                    # "PM2.5等主要大气污染物年均浓度持续下降": a stock's qualitative fall is its change, the numeric level
                    # set in the tasks after it keeps its own key; so is the fall named before the words of the task
                    # ("细颗粒物浓度下降完成国家下达任务"; not "不下降", a floor)
                    measure = "growth"
            else:
                measure = _measure_for(iid, v)
                if measure is None and v.unit == "%" and v.measure == "pct" and m.alias.endswith(_RATIO_NAME) and "share" in ind.measures:
                    measure = "share"  # "一般公共预算支出中用于民生的比重超过80%": a name of the share itself
                if measure == "rank" and ind.kind == "ratio" and v.verb and ("总量" in v.verb or "规模" in v.verb
                                                                          or _rate_of_amount(text, m, v.verb)):
                    # "税收收入完成198亿元，总量在全市中心城区排名第二": an amount's place, no ratio has a 总量
                    # ("税收收入增速居全国第5位", "其中税收收入4.1亿元，增速居全州第2位": the rate of the amount named, no
                    # ratio's, decision 102)
                    continue
                if measure is None or measure == "growth" and ind.kind == "stock" and _stock_gained(text, m.start, m.alias) \
                        or measure in ("growth", "pp_change") and v.verb and _PART_COMPARED.search(v.verb) is not None:
                    # ("新增市场主体1.2万户，增长15.3%": the gain grew, not the stock; "市场主体总量达到71.3万户，增长11.6%"
                    # is the stock's growth)
                    # ("城镇调查失业率5.3%，比一季度下降0.6个百分点": a change against part of the year, not the year's)
                    continue
                value, high, unit, qual, vend, scope = v.value, v.value_high, v.unit, v.qualifier, v.end, v.scope
                if measure == "rank":
                    unit = "位"
                elif measure == "pp_change" and v.verb == "持平":
                    unit = "个百分点"
                elif measure == "level" and f"{unit}/人" in ind.units:
                    unit = f"{unit}/人"
                elif measure == "level" and _per_person_said(unit, ind.units):
                    unit = unit[:-2]
            indicator = iid if m.partial is None else f"other:{m.partial}{ind.name}"
            # (or a region's digest of its divisions' targets, which keeps them: decision 375)
            if (several or meta.several) and m.partial is None and (v is not None and v.start >= m.end
                                                  and (who := _round_up_subject(text, m.start, m.end, v.start, _several_and_peers(meta.several))) is not None
                                                  or v is None and qm is not None and qm.start() >= m.end
                                                  and (who := _vague_count_before(text, m.end, qm.start())) is not None
                                                  or (who := _round_up_sayer(text, m.start)) is not None):
                # a round-up of many regions' targets: a figure said of a vague count of them after the name ("GDP增长
                # 目标全部出炉 多地定在5%以上", "增长目标：多数在5%以上", "超半数省份定在5%左右"), or of one of them
                # named right before it ("GDP目标出炉：湖北6.5%最高", a table's "广东 5%左右"), is theirs, no one region's
                indicator = f"other:{who}{ind.name}"
            elif m.partial is None and v is not None and v.start > m.end \
                    and find_mark(text, max(m.end, v.start - 24), v.start, _SETTER_VERB_MARKS) >= 0 \
                    and (gm := _group_setters().search(text, max(m.end, v.start - 24), v.start)) is not None:
                # a counted group of the region's divisions set between the name and the figure ("我省14市州2023年GDP
                # 增长目标出炉 4市定在7.5%左右"): the group's, no one region's (decision 321)
                indicator = f"other:{gm.group(1)}{ind.name}"
            if iid == "general_budget_revenue" and m.partial is None and "预算" not in m.alias and role == "actual" \
                    and (j := text.find("其中", m.end, min(len(text), m.end + 40))) >= 0 \
                    and find_mark(text, m.end, j, _SENT_MARKS) < 0 and _BUDGET_PART.match(text, j + 2) is not None:
                # "地方财政收入完成521.6亿元，增长48.1%，其中一般公共预算收入360.8亿元": a revenue the budget revenue is
                # part of is the whole, not the budget revenue
                indicator = "fiscal_total_revenue"
            elif iid == "general_budget_revenue" and m.partial is None and text[m.end:m.end + 1] in "（(" \
                    and _WHOLE_SCOPE_BRACKET.match(text, m.end):
                # "一般公共预算收入（全口径）320亿元": the budget's name with the whole scope bracketed after it is the
                # total revenue, as 全口径一般公共预算收入 is ("（地方级）" after it stays the budget revenue)
                indicator = "fiscal_total_revenue"
            key = (indicator, role, period, measure)
            if key in seen:
                # "经济增长保持在合理区间，地区生产总值年均增长5%以上": a number stated after the
                # qualitative words is the target they lead to; a news headline's figure ("GDP定速
                # 8.5%") yields to the body's statement of it that says more ("年均增长8.5%左右")
                # "农民人均纯收入10250元；农村常住居民人均可支配收入11230元": the statistic that replaced
                # the older one is the fact
                at, pos, older = seen[key]
                old = facts[at]
                # "五年来，经济总量跨越5万亿元台阶 … 2025年地区生产总值5.1万亿元": the level stated wins
                # (not what a stock gained: "市场主体总数突破75万户 … 新增市场主体8.6万户" states no level of it)
                stated = key in passed and v is not None and v.qualifier in ("eq", "about") and not _milestone(v) \
                    and (v.value, v.unit) != (old.value, old.unit) \
                    and not (ind.kind == "stock" and _stock_gained(text, m.start, m.alias)) \
                    or key in doubled and v is not None and v.verb != "翻番" \
                    or key in added and v is not None and not _stock_gained(text, m.start, m.alias) \
                    and _total_after_gain(text, m.start, m.start + len(m.alias), added[key], gstart, vend)
                # (the same figure: its first place; "新增高新技术企业15家，高新技术企业总数达到120家": the
                # total stated after what the stock gained, in its sentence, is the stock's level; so is one named a total
                # in a later part, "新增经营主体65万户" in the year's review, "经营主体总量突破780万户" in the five years')
                # (only in the qualitative words' own sentence: a number stated in a later sentence, "主要预期
                # 目标：…单位地区生产总值能耗完成省下达任务。…（五）…单位地区生产总值能耗下降2.5%", restates
                # the target the list set first, and the first place wins; not so for words outside a list of
                # targets, "总体要求是：…居民收入稳步增长。主要预期目标是：…居民人均可支配收入增长6%", nor a news
                # headline's, on the first line as read: "政府工作报告：今年居民收入增长与经济增长同步\n本报讯…增长6%")
                # (a target revised in a later sentence, "…预期目标调整为3%左右" after the list's 6.5%: the revised figure, as
                # within one sentence, docs/decisions.md 1)
                # (and a budget's growth as revised, "预算调整为40.5亿元，调整后增长0.8%", after the growth first set)
                # (its growth's word after the revision too: "由增长7%左右调整为增长3%左右", a plan-adjustment report's)
                # (or revised to no change: "由增长5%调整为与上年持平")
                stated = stated or role == "target" and v is not None and (
                    "调" in v.verb and (_REVISED_CHANGE.search(v.verb) is not None or v.verb.endswith(("调整后增长", "调整后下降")))
                    or v.verb == "持平" and _REVISED_FLAT.search(text, max(0, v.start - 16), v.start) is not None
                    # ("调整后的一般公共预算收入预算为17.2亿元，下降0.5%": the budget revised, named after 调整后的)
                    or old.role == "target" and text.find("调整后", max(0, m.start - 8), m.start) >= 0
                    and _BUDGET_SET.search(text, m.end, v.start) is not None
                    # (and its own growth after it: "，调整后的预算为17.2亿元，下降0.5%")
                    or old.role == "target" and v.unit == "%" and _REVISED_OWN_GROWTH.search(text, max(0, v.start - 24), v.start) is not None) \
                    and old.value is not None and (v.value, v.value_high) != (old.value, old.value_high)
                # ("年初确定全省地区生产总值增长7.5%左右。…地区生产总值增长调整为努力实现正增长": a target revised to words
                # right after its name, the words are the target now and the figure first set is none, docs/decisions.md 1)
                stated = stated or role == "target" and v is None and old.value is not None and old.role == "target" \
                    and 0 <= qm.start() - m.end <= 14 and _REVISED_TO_WORDS.search(text, m.end, qm.start()) is not None
                # ("市里下达我县的主要目标是：地区生产总值增长5.5%…。结合我县实际，今年全县主要预期目标确定为：地区生产总值
                # 增长6%左右": what the level above handed down, stated first, yields to the region's own target set after it)
                stated = stated or key in handed and v is not None and not _handed_down(text, gstart)
                # ("年初…提出了地区生产总值增长7.5%左右的预期目标。…今年全市地区生产总值不设定具体增长目标，力争…好于全省平均
                # 水平": a target set and then withdrawn in the year, what is said after the withdrawal is the target,
                # docs/decisions.md 1)
                stated = stated or role == "target" and old.value is not None and _withdrawn_at(text, pos, gstart, iid) >= 0
                # ("受疫情影响，年初确定的地区生产总值增长7%左右的目标已难以实现。…调整为：地区生产总值努力实现正增长": the
                # figure its own clause gives up is withdrawn, what is set after it is the target, docs/decisions.md 117)
                stated = stated or role == "target" and old.role == "target" and old.value is not None \
                    and _given_up(text, pos)
                if not stated and (v is None or old.value is not None and not (
                        pos < headline_end < gstart and old.qualifier == "eq" and v.qualifier != "eq"
                        and key not in restated)
                        or old.value is None and _SENTENCE_BREAK.search(text, pos, gstart) is not None
                        and old.start >= raw_headline and _listed_target(text, pos, year)
                        and not _TARGETS_LEAD.search(text, text.rfind("\n", 0, gstart) + 1, gstart)) \
                        and not (older and not _superseded(m.alias)
                                 # (the same figure under the broader name is its first place: "新增就业1.2万人 …
                                 # 城镇新增就业1.2万人以上" keeps the list's)
                                 and (v is None or (v.value, v.unit) != (old.value, old.unit))):
                    if pos < headline_end < gstart:
                        # (the body's first statement of a headline's figure is the one that may say more: "平度：今年地区
                        # 生产总值预期增长6%" … "主要预期目标是：地区生产总值增长6%" … "今年青岛提出地区生产总值增长6%左右"
                        # keeps the headline's, what comes later is no fuller statement of it)
                        restated.add(key)
                    continue
                passed.discard(key)
                doubled.discard(key)
                added.pop(key, None)
                handed.discard(key)
                facts[at] = None
            seen[key] = (len(facts), gstart, _superseded(m.alias))
            if role == "target" and v is not None and _handed_down(text, gstart):
                handed.add(key)
            if v is not None and _milestone(v):
                passed.add(key)
            elif v is not None and measure == "level" and ind.kind == "stock" and (
                    _stock_gained(text, m.start, m.alias)):
                added[key] = vend
            elif v is not None and v.verb == "翻番":
                # "到2020年…比2010年翻一番，生产总值年均增长8%左右": the rate stated after the doubling
                # dated by the same year is the goal's figure
                doubled.add(key)
            qs, qe = (m.start if n == 1 else gstart), vend
            if qe <= qs:
                # the value before the name ("实现5.5%左右的经济增长"), or the qualifier ("完成省下达的
                # 节能减排目标"): the quote from it
                qs, qe = (v.start if v is not None else qm.start()), (m.end if n == 1 else gend)
                if v is not None and text[qe:qe + 2] in _GROWTH_NAME_ENDS:
                    qe += 2  # ("6%的规上工业增加值增长": the growth's word after the name)
            quote, rs, re_ = norm.quote(qs, qe)
            conf = (rconf if v is not None else rconf - 0.2) - year_penalty - region_penalty
            if n > 1:
                conf -= 0.1
            note = _note(period, year, year_penalty, region_note if m.partial is None else part_note)
            if unsettled is not None:
                note = f"{note}; {unsettled}" if note else unsettled
            # (Fact's fields in their order, given by position: keywords cost a dict made and read back at
            # each record, more than the record; tests/test_records.py holds the order)
            facts.append(Fact(indicator, role, period, measure, value, high, unit, qual, scope, quote, rs, re_,
                              section_path, round(conf, 2), note))
    if rows:
        # prose first: a figure the text states wins over the table's for the same key
        for f in _table_facts(norm, text, outline, meta, rows, year):
            key = (f.indicator, f.role, f.period, f.measure)
            if key in seen and seen[key][1] > f.start and (old := facts[seen[key][0]]) is not None \
                    and (old.value, old.value_high, old.qualifier) != (f.value, f.value_high, f.qualifier):
                # (but a table stated before the prose that says the figure otherwise is the first place: "城镇
                #新增就业|万人|6.9|6" in the year's target table, "城镇新增就业6万人以上" restated in the tasks)
                facts[seen[key][0]] = None
                del seen[key]
            if key not in seen:
                seen[key] = (len(facts), f.start, False)
                f.confidence = round(f.confidence - year_penalty - region_penalty, 2)
                f.note = "; ".join(x for x in (f.note, _note(f.period, year, year_penalty, region_note)) if x)
                facts.append(f)
    placed = {at: p for at, p, _ in seen.values()}  # (where each fact's group starts in the text as normalized)
    for at, f in enumerate(facts):
        # a figure of the year's target withdrawn after it with nothing said in its place ("年初确定增长7.5%左右的
        #预期目标。受疫情影响，今年不再设定具体增长目标。"): no target is left of it (docs/decisions.md 1: a target
        # revised to words leaves no figure)
        if f is not None and f.role == "target" and f.value is not None and f.period == str(year) \
                and (_withdrawn_at(text, f.end, min(len(text), f.end + 400), f.indicator) >= 0
                     or at in placed and _given_up(text, placed[at])):
            facts[at] = None
    facts = [f for f in facts if f is not None]
    facts.sort(key=lambda f: f.start)
    return facts


# a target withdrawn: "不设定具体增长目标", "没有提出全年经济增长具体目标", "不再设定地区生产总值具体增长目标", "不提出全年经济增速
# 具体目标", "不设具体目标" (not "没有具体目标", nor a figure's clause: "不设定低于6%的目标")
# ("对地区生产总值增长不作具体量化要求", "不提地区生产总值增长具体目标": the same, the figure not asked for)
_WITHDRAWN = re.compile(r"(?:不再|不|没有|未)(?:设定|设置|设|提出|提|确定|制定)[^，,。；;：:\d%]{0,12}?具体的?[^，,。；;：:\d%]{0,6}?目标"
                        r"|不(?:作|做)(?:出)?具体的?(?:量化|数量|数值)?(?:要求|目标)")
# the names a withdrawal of the growth target says it of (a bare 增长目标 is the GDP's, docs/decisions.md 12)
_WITHDRAWN_GDP = re.compile(r"经济|生产总值|GDP|增长目标|增速")
# (a past year's withdrawal, told after this year's target; the parts' targets withdrawn: "对各县市区不设定具体增长目标")
_LAST_YEAR_IN = re.compile(r"去年|上年|前年")
_WITHDRAWN_FOR_PARTS = re.compile(r"各(?:县|市|区|地|乡|镇|部门|园区|开发区)|县市区|县（市、区）|县\(市、区\)|[县市区]级")


# a figure's own clause giving its target up in the year it is for ("…增长7%左右的目标已难以实现", "…的预期目标无法
#完成"; not a past year's missed target, "未能实现", which is a result told in a review)
_GIVEN_UP = re.compile(r"[\d%][^，,。；;：:\d%\n]{0,10}?目标[^，,。；;：:\d%\n]{0,4}?(?:难以|无法|不能|不可能)(?:实现|完成|达到|达成)")


def _given_up(text: str, a: int) -> bool:
    """Whether the clause of a target's figure, its group starting at ``a``, says the target cannot be met."""
    e = find_mark(text, a, min(len(text), a + 60), _CLAUSE_MARKS)
    e = e if e >= 0 else min(len(text), a + 60)
    return text.find("目标", a, e) >= 0 and _GIVEN_UP.search(text, a, e) is not None


def _withdrawn_at(text: str, a: int, b: int, iid: str) -> int:
    """Where in text[a:b] the year's target of ``iid`` is withdrawn (-1 if it is not): the withdrawal's clause
    names the indicator (GDP by 经济/生产总值/增长目标), and no past year."""
    i = text.find("具体", a, b)
    while i >= 0:
        cs = _after_mark(_CLAUSE_MARKS, text, max(a, i - 40), i)
        ce = find_mark(text, i, min(len(text), i + 16), _CLAUSE_MARKS)
        ce = ce if ce >= 0 else min(len(text), i + 16)
        if (w := _WITHDRAWN.search(text, cs, ce)) is not None and not _LAST_YEAR_IN.search(text, cs, w.end()) \
                and not _WITHDRAWN_FOR_PARTS.search(text, cs, w.end()):
            clause = text[cs:w.end()]
            names = vocab.indicators()[iid].aliases if iid in vocab.indicators() else ()
            if (iid == "gdp" and _WITHDRAWN_GDP.search(clause)) or any(n in clause for n in names if len(n) > 2):
                return w.start()
        i = text.find("具体", i + 2, b)
    return -1


# the level above handing its targets down to the region, leading the sentence of figures ("市里下达我县的主要目标是：",
# "省定我市的目标为", "市下达给我区的预期目标", "潍坊市确定我市2021年的主要目标是：")
# (each branch opening with one character written out, a class or a group at its head spelled out into a branch for
# each of its words, in the same order: re skips in C to where one of those characters stands; with a class opening a
# branch it tried the pattern at every character, 0.1 M instructions a report; tests/test_spd44.py compares it with
# the pattern as first written)
_HANDED_LEAD = re.compile("|".join([
    r"下达(?:给)?(?:我|本)[省市区县州旗盟]",
    *(rf"{c}定(?:给)?(?:我|本)[市区县州旗盟]" for c in "省市州盟"),
    *(rf"{c}(?:确定|核定|分解)(?:给)?(?:我|本)[市区县州旗盟]" for c in "省市州盟里"),
    # ("金华市给我市下达的目标是：", "上级下达的目标任务为：")
    # ("市对我区下达的…目标为5%", "市里下达的目标：": a district's, handed down by its city)
    *(rf"{c}(?:我|本)[市区县州旗盟]下达" for c in "给向对"),
    *(rf"{w}下达的(?:主要)?(?:预期)?(?:目标|指标)(?:任务)?(?:为|是|：|:)" for w in ("上级", "省里", "市里", "州里", "盟里")),
    # ("州定目标为：", "省定的主要目标是": the target the level above sets the region, decision 21)
    # (not after 全, 我 or 本: looked behind after the level's character, which it takes in)
    *(rf"{c}(?<![全我本]{c})定的?(?:主要)?(?:预期)?(?:目标|指标)(?:任务)?(?:为|是)" for c in "省市州盟")]))


def _handed_down(text: str, pos: int) -> bool:
    """Whether the sentence of the figure at pos opens with the level above handing its targets down to the region."""
    a = _after_mark(_FULL_STOPS, text, pos - 300, pos)
    # (every way of handing down holds 下达, 定 or 分解: most sentences hold none, and the pattern, whose first characters
    # are common ones, 市 among them, is not tried there)
    if not (text.find("下达", a, pos) >= 0 or text.find("定", a, pos) >= 0 or text.find("分解", a, pos) >= 0):
        return False
    hl = _HANDED_LEAD.search(text, a, pos)
    if hl is not None and (c := rfind_mark(text, hl.end(), pos, _CLAUSE_MARKS)) > hl.end() \
            and (q := text.find("任务", hl.end(), c)) >= 0 and find_mark(text, hl.end(), c, _COLONS) < 0 \
            and _DIGIT_NOT_YEAR.search(text, q, c) is not None:
        # ("国家下达我省粮食播种面积任务1.6亿亩，全年粮食播种面积稳定在1.6亿亩以上": a quota handed down, its figure
        # in its own clause, hands down no figure after that clause: the region's own task there is its target)
        return False
    # (a lead inside an item of the region's own list, "主要预期目标是：市下达我区地区生产总值增长目标为5%，我区确定为
    # 增长5.5%左右；一般公共预算收入增长5%；…", hands down its item only, not the items after its ；)
    return hl is not None and not (find_mark(text, a, hl.start(), _COLONS) >= 0
                                   and find_mark(text, hl.end(), pos, _SEMIS) >= 0)


def _note(period: str, year: int | None, year_penalty: float, region_note: str | None) -> str | None:
    """What a fact says of what could not be settled: the report year, the region."""
    year_note = (None if period and not year_penalty else
                 "report year not found: period unknown" if not period else
                 f"report year {year} inferred from the content" if year else
                 "report year not found: period from the sentence")
    return "; ".join(x for x in (year_note, region_note) if x) or None


# ---------------------------------------------------------------- tables of targets
# rows of cells split by '|' (a web page's table as the reader prints it; the normaliser splits a
# Word table's tabs, a PDF's runs of spaces and a table printed one cell a line so too)



_FIGURE_BAR = re.compile(r"[\d%][ \t]*\|")


def _bar_lines(text: str):
    """(start, end) of each line that holds a '|' (found from the bars: no line without one is read)."""
    pos = text.find("|")
    while pos >= 0:
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        yield ls, le
        pos = text.find("|", le)
_UNIT_LINE = re.compile(r"单位[：:]\s*([^\s）)，,。、；;|]{1,6})(?:\s*[、，,]\s*([^\s）)，,。、；;|]{1,6}))?")
# a row named as a change or a rate: its figures are in % where the unit line names % too ("单位：亿元、%")
_PCT_ROW = re.compile(r"增长|增速|增幅|下降|降低|涨幅|率|比重|占比")
# a table's note under its rows that gives some rows another unit than the line over it ("单位：亿元、%" over the table,
# "注：…；进出口总额、实际利用外资单位为亿美元。" under it)
_NOTE_LINE = re.compile(r"^[ \t]*注[0-9]*[：:][^\n]*", re.M)
_NOTE_UNIT = re.compile(r"([^：:；;。，,]+?)(?:的)?(?:计量)?单位(?:均)?为([^\s，,。；;、）)]{1,6})")
_NOTE_NAME_SEP = re.compile(r"[、和及与]")


def _note_units(text: str, ls: int) -> tuple[tuple[str, str], ...]:
    """The (row name, unit) pairs the note right under the table opening at ``ls`` names ("进出口总额、实际利用外资
    单位为亿美元"): none where a line of no cells stands between the table and its note."""
    nm = _NOTE_LINE.search(text, ls, ls + 4000)
    if nm is None or "单位" not in nm.group(0) or any("|" not in ln for ln in text[ls:nm.start()].split("\n") if ln.strip()):
        return ()
    out = []
    for m in _NOTE_UNIT.finditer(nm.group(0), text.find("：" if "：" in nm.group(0) else ":", nm.start()) - nm.start() + 1):
        unit = numbers.unit_map().get(m.group(2))
        if unit is not None:
            out += [(n.strip(" \t0-9.．、"), unit) for n in _NOTE_NAME_SEP.split(m.group(1)) if len(n.strip(" \t0-9.．、")) >= 2]
    return tuple(out)
_HEAD_UNIT = re.compile(r"[（(]([^（）()]{1,8})[）)]")
# a name's bracket that says its figures are a change in % ("地区生产总值（增长%）", "能耗（下降%）", "（±%）")
_GROWTH_UNIT_CELL = re.compile(r"(?:比上年|同比)?(?:增长|增速|增幅|增减|涨幅)?[（(]?±?\s*[%％][）)]?|[%％][（(](?:增长|增速|增幅|±)[）)]")
_GROWTH_HEAD_TAIL = re.compile(r"(?:比(?:(?:19|20)\d\d年|上年|去年)|同比)(?:增长|增速|增幅|±)\s*[%％]$")
_GROWTH_BRACKET = re.compile(r"[（(]((?:比上年|同比)?(?:增长|增速|增幅|下降|降低|涨幅)|±)\s*(?:%|％)[）)]")


def _bracket_word(m: re.Match) -> str:
    return "增长" if m.group(1) == "±" else m.group(1)


@once
def _table_cues() -> dict[str, re.Pattern]:
    c = vocab.cues()
    return {k: re.compile("|".join(map(re.escape, c.get(k, ()))) or "(?!)")
            for k in ("table_name_head", "table_unit_head", "table_actual", "table_target", "table_growth_head", "table_plan",
                      "table_task_head", "table_value_head", "table_title")}


def _cells(text: str, s: int, e: int, closed: bool = True) -> list[tuple[int, int]]:
    """The cells of a row text[s:e] (outer bars of "|a|b|" dropped; "|b|c" opens with an empty cell).
    CLOSED: the table's rows are closed by bars (a web page's "|a|b|"); in a table whose first row is not
    (a Word table's tabs), a row's outer bars are its empty first and last cells ("|||计划|完成|" under
    "序号|指标名称|单位|2018年||2019年计划": the corner cells and the cell under a head spanning two rows)."""
    out, a = [], s
    for i in range(s, e + 1):
        if i == e or text[i] == "|":
            out.append((a, i))
            a = i + 1
    if closed and text[s] == "|" and text[e - 1] == "|" and len(out) >= 2:  # "|a|b|": the bars close the row
        out = out[1:-1]
    return out


# (and a plan report's "完成计划（%）", "与计划比较", "比计划增减": the part of the plan done, the gap to it)
_PART_YEAR_HEAD = re.compile(r"(?<!\d)1?\d[-—–~～至]1?\d月|前[一二三两]季度|[一二三四]季度|[上下]半年|前\d{1,2}个月")
# (a budget's execution table too: "完成预算%", "为调整预算%", "比年初预算增减")
# a budget table's growth column named with its base ("比上年执行数增长%", "比2023年执行数增长%", "较上年预算数增减%"): the
# growth of the column before it (2024年预算数), not a result of the base's year
_BASED_GROWTH_HEAD = re.compile(r"\s*[比较](?:上年|去年|上一年|(?:19|20)\d\d年)(?:年初)?(?:预计)?(?:执行|决算|预算|完成|实际)数?(?:增长|增减|增幅|±)")
_BASED_GROWTH_FIRST = frozenset("比较 \u3000\t")
_RATE_HEAD = re.compile(r"(?:完成|执行|实现|达成)(?:率|进度|比例|程度)|(?:占|为)(?:年度|年初|调整)?(?:计划|预算)"
                        r"|(?:完成|执行|实现|达成)(?:年度|全年|年初|调整)?(?:计划|预算)(?!目标)"
                        r"|(?:与|比|较|同)(?:年度|年初|调整)?(?:计划|目标|预期|预算)")


def _column(head: str, y: int | None, titled: str | None = None) -> tuple[str, str] | None:
    """(role, period) of the figures under a header cell: 完成/实际/预计 results, 目标/预期/计划
    targets; a year in it dates them (a later year than the report's: a goal), else the year
    reviewed or the report's year. TITLED: the plan the table's title names, ended before the
    report's year ("“十三五”规划主要指标完成情况" over 规划目标 | 完成情况): its goals and its last
    year's results."""
    cues = _table_cues()
    if _RATE_HEAD.search(head):
        return None  # "完成率（%）": how much of the plan was met, no figure of the indicator
    if head[:1] in _BASED_GROWTH_FIRST and _BASED_GROWTH_HEAD.match(head):
        return None  # "比上年执行数增长%": the base a growth column is over, no role of its own (the column before it decides)
    if _PART_YEAR_HEAD.search(head):
        return None  # "1-11月完成", "前三季度完成", "上半年": a part of the year, not the year's figure
    yr = re.search(r"(?:19|20)\d\d", head)
    actual = cues["table_actual"].search(head) is not None
    target = cues["table_target"].search(head) is not None
    if actual and target:
        # "2025年目标完成情况", "预计完成": the nearest to the end says what the figures are
        actual = _last(cues["table_actual"].finditer(head)).end() >= _last(cues["table_target"].finditer(head)).end()
        target = not actual
    plan = _PLAN_NAME.search(head)
    if plan is not None and yr is None and y is not None:
        # "“十五五”目标": the plan's goal; a plan that has ended, its results ("“十三五”时期") — but its goals where the
        # head says so ("“十四五”规划目标" beside "2025年预计完成" in the next plan's first report)
        a = _PLAN_START[plan.group(1)]
        goal = not actual and (target or cues["table_plan"].search(head) is not None)
        return ("actual" if a + 4 < y and not goal else "goal"), f"{a}-{a + 4}"
    if yr is None and titled is not None and y is not None and _PLAN_START[titled] + 4 < y:
        a = _PLAN_START[titled]
        if not actual and (target or cues["table_plan"].search(head)):
            return "goal", f"{a}-{a + 4}"
        return ("actual", str(a + 4)) if actual else None
    if yr is None:
        if y is not None and (actual or target) and _LAST_YEAR_HEAD.search(head):
            return ("actual" if actual else "target"), str(y - 1)  # "上年计划", "去年完成": the year before the report's
        if y is not None and not actual and cues["table_plan"].search(head):
            # "规划目标", "规划值" with no plan named: the goal of the plan the report's year is in
            a = 2001 + (y - 2001) // 5 * 5
            return "goal", f"{a}-{a + 4}"
        if y is None or not (actual or target):
            return None
        return ("actual", str(y - 1)) if actual else ("target", str(y))
    t = int(yr.group(0))
    if y is None:
        return ("actual" if actual else "target", str(t)) if actual or target else None
    if not actual and cues["table_plan"].search(head):
        # "2015年规划目标" in a five-year review's table: the plan's goal for the year it names, not that year's target
        return "goal", str(t)
    if target and titled is not None and t == _PLAN_START[titled] + 4 <= y:
        # "2025年目标" under the title "“十四五”规划主要指标完成情况": the plan's goal for its last year, as 到2025年 is
        return "goal", str(t)
    if actual or (not target and t < y):
        return ("actual", str(t)) if t < y or actual else None
    return ("target" if t <= y else "goal", str(t))


# a table's title over it naming a year and what its figures are (“2024年主要经济指标完成情况”, “表1  2025年全市主要预期
# 目标”): the year and the role of columns that name neither (绝对值 | 增长（%）)
_SIGNED_HEAD = re.compile(r"增减|±|\+/-|提高|变化")
_LAST_YEAR_HEAD = re.compile(r"上年|去年|上一年|前一年")  # (a head that names its year by the report's: "上年计划")
_THIS_YEAR_HEAD = re.compile(r"本年|今年|当年")
_RANK_HEAD = re.compile(r"(全国|全省|全市|全区|全州|全盟|全疆)?(?:总量|增速)?(?:位次|排位|排名|位序)")


@once
def _title_year() -> re.Pattern:
    """A table title's year and the words after its title word (cues.tsv table_title: 指标, a communiqué's 增长速度)."""
    words = sorted(vocab.cues().get("table_title", ("指标",)), key=lambda w: (-len(w), w))
    return re.compile(r"((?:19|20)\d\d)年[^\n|。；;，,]{0,24}?(?:" + "|".join(map(re.escape, words)) + r")([^\n|。；;，,]{0,12})")


def _title_column(text: str, s: int, e: int, y: int | None) -> tuple[str, str] | None:
    """(role, period) a table's title line text[s:e] gives its value columns: results for a year before the report's
    (or one the title says is done), targets for the report's year, goals for a later one."""
    m = _title_year().search(text, s, e) if y is not None else None
    if m is None:
        return None
    t, cues = int(m.group(1)), _table_cues()
    if cues["table_actual"].search(m.group(2)) or t < y and not cues["table_target"].search(m.group(2)):
        return ("actual", str(t)) if t <= y else None
    return ("target" if t == y else "goal", str(t)) if t >= y else None


def _table_columns(hrows: list[list[str]], width: int, y: int | None, titled: str | None = None,
                   title: tuple[str, str] | None = None) -> tuple[dict[int, tuple[str, str, str | None, str]], int, int | None]:
    """What the columns of a table of ``width`` cells hold, from its header rows: {column: (role,
    period, unit, lead word)}, the name column, the unit column. Rows as wide as the table read
    top to bottom ("2025年" over "预计完成"); a narrower last row stands to the right (its empty corner
    cell lost); a narrower row above (a year spanning two columns, as a PDF prints it) is not read.
    TITLE: the (role, period) of the table's title, for a value head that names neither (绝对值)."""
    cues = _table_cues()
    heads = [""] * width
    left: dict[int, str] = {}
    tail_n, lead_n = 0, 0  # (heads after the years that span the row under them: "指标属性", and the name heads before)
    for k, hr in enumerate(hrows):
        if len(hr) < width and k < len(hrows) - 1:
            # its 指标名称 and 单位 still stand first, over the rows' own name and unit cells
            named = [(j, h) for j, h in enumerate(hr) if cues["table_name_head"].fullmatch(h)
                     or cues["table_unit_head"].fullmatch(h)]
            left.update(named)
            rest = hr[len(named):]
            # ("指标名称 | 单位 | 2025年 | 2026年 | 指标属性" over "计划 | 完成 | 计划": a head after the years, over no
            # figure of theirs, keeps the last column, the row under the years standing between)
            tail = 0
            while tail < len(rest) - 1 and not _YEAR_HEAD.match(rest[-1 - tail].strip()) \
                    and _column(rest[-1 - tail], y, titled) is None and not cues["table_growth_head"].search(rest[-1 - tail]):
                tail += 1
            if tail and all(_YEAR_HEAD.match(h.strip()) for h in rest[:len(rest) - tail]) \
                    and len(hrows[-1]) == width - len(named) - tail:
                left.update((width - tail + t, h) for t, h in enumerate(rest[len(rest) - tail:]))
                rest = rest[:len(rest) - tail]
            else:
                tail = 0
            span = width - len(named) - tail
            if rest and all(_YEAR_HEAD.match(h.strip()) for h in rest) and span > len(rest) \
                    and [j for j, _ in named] == list(range(len(named))):
                # "指标 | 单位 | 2025年 | 2026年" over "绝对值 | 增长（%） | 绝对值 | 增长（%）": each year spans
                # as many columns of the figures as there are heads under it; or, unevenly, a year's
                # columns open with its plan ("2024年 | 2025年 | 2026年" over "计划 | 完成 | 计划 | 预计 | 计划")
                low = hrows[-1][-span:]
                opens = [j for j, h in enumerate(low) if cues["table_target"].search(h) and not cues["table_actual"].search(h)]
                if span % len(rest) == 0:
                    n = span // len(rest)
                    group = [j // n for j in range(span)]
                elif len(opens) == len(rest) and opens[0] == 0 and len(low) == span:
                    group = [sum(1 for o in opens if o <= j) - 1 for j in range(len(low))]
                elif len(low) == span and len(opens := [j for j, h in enumerate(low) if not cues[
                        "table_growth_head"].search(h)]) == len(rest) and opens[0] == 0:
                    # ("2023年 | 2024年" over "总量 | 增速 | 目标": each year's columns open with a figure's own
                    # head, a growth head after it the growth of that figure)
                    group = [sum(1 for o in opens if o <= j) - 1 for j in range(len(low))]
                else:
                    group = None
                if group is not None:
                    # (a growth head under it stays bare: the growth of the column before it, as read below)
                    low = [""] * (span - len(low)) + low
                    heads = [a + (rest[group[j - len(named)]] if len(named) <= j < len(named) + span and not (
                        cues["table_growth_head"].search(low[j - len(named)]) and _column(low[j - len(named)], y) is None)
                        else "") for j, a in enumerate(heads)]
                    tail_n, lead_n = tail, len(named)
            continue
        if tail_n and len(hr) == width - lead_n - tail_n:
            hr = [""] * lead_n + hr + [""] * tail_n  # (the row under the years: between the name heads and the tail)
        hr = [""] * (width - len(hr)) + hr if len(hr) < width and len(hrows) > 1 else hr
        # (a head a page's converter repeats in each row it spans, "指标名称" over "指标名称": one head)
        above = hrows[k - 1] if k and len(hrows[k - 1]) == len(hr) else ()
        heads = [a + (hr[j] if j < len(hr) and (j >= len(above) or hr[j].strip() != above[j].strip()) else "")
                 for j, a in enumerate(heads)]
    heads = [h or left.get(j, "") for j, h in enumerate(heads)]
    names = [j for j, h in enumerate(heads) if cues["table_name_head"].fullmatch(h)]
    name_col = names[0] if names else 0
    while name_col + 1 in names:
        name_col += 1  # "序号 | 指标名称", "类别 | 指标": the names stand under the last head of the run
    found: dict[int, tuple[str, str, str | None, str]] = {}
    unit_col = None
    part_col = -1  # (the last column of a part of the year: "全年目标 | 上半年完成 | 增长（%）", the growth is the half's)
    for j, h in enumerate(heads):
        hu = _HEAD_UNIT.search(h)
        if cues["table_unit_head"].fullmatch(h):
            unit_col = j
        elif j <= name_col:
            continue
        elif _PART_YEAR_HEAD.search(h) and not _RATE_HEAD.search(h):
            part_col = j
        elif (rp := _column(h, y, titled)) is not None:
            # ("2023年计划（增长%）": the column's figures are changes in %)
            gb = _GROWTH_BRACKET.search(h) if hu else None
            # ("2024年比2023年增长%", "2024年比上年增长%": a year's change in %, its unit unbracketed at the end)
            gt = _GROWTH_HEAD_TAIL.search(h) if not hu and h[-1:] in "%％" else None
            found[j] = (rp[0], rp[1], "%" if gb or gt else numbers.unit_map().get(hu.group(1)) if hu else None,
                        _bracket_word(gb) if gb else "增长" if gt else "")
        elif found and (rk := _RANK_HEAD.fullmatch(h.strip())) is not None:
            # "全省位次" after "绝对值 | 增长（%）": the row's place in the field it names, for the figures before it
            found[j] = (*found[max(found)][:2], "位", "rank:" + (rk.group(1) or ""))
        elif title is not None and cues["table_value_head"].fullmatch(_HEAD_UNIT.sub("", h).strip()):
            found[j] = (*title, numbers.unit_map().get(hu.group(1)) if hu else None, "")
        elif cues["table_growth_head"].search(h) and found and not _RATE_HEAD.search(h) and part_col < max(found):
            # "增速" after "2025年完成": the growth of the figure before it; "年均增长" after "2030年":
            # the yearly average over the years up to it (from the last year before it in the table)
            role, period = found[max(found)][:2]
            if "年均" in h and period.isdigit():
                before = [int(p) for _, p, *_ in found.values() if p.isdigit() and int(p) < int(period)]
                period = f"{max(before, default=int(period) - 5) + 1}-{period}"
            # ("比上年增减", "±": a ratio's change there is in points, read in _table_facts)
            found[j] = (role, period, "%", "增减" if _SIGNED_HEAD.search(h) else "增长")
    for j in sorted(found, reverse=True):
        # "计划 | 预计完成 | 计划目标" (the years over them spanning columns, lost): the plan beside the
        # result that follows it is that year's, the one being executed; and so is a run of plans before
        # that result (a budget's execution table, "年初预算 | 调整预算 | 执行数": both the year reviewed's)
        nxt = min((k for k in found if k > j), default=None)
        if y is not None and nxt is not None and found[j][:2] == ("target", str(y)) and not _YEAR_HEAD.search(heads[j]) \
                and not _THIS_YEAR_HEAD.search(heads[j]) \
                and (found[nxt][:2] == ("actual", str(y - 1))
                     or found[nxt][:2] == ("target", str(y - 1)) and not _YEAR_HEAD.search(heads[nxt])):
            found[j] = ("target", str(y - 1), *found[j][2:])
            if found[nxt][0] == "target" and "调整" in heads[nxt] and "调整" not in heads[j]:
                # (the budget first set beside its revision: the revised is the year's target, decision 1)
                del found[j]
    return found, name_col, unit_col


@once
def _part_title_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A zone's kind (cues.tsv table_part_words: 开发区, 经开区, 园区…) and the region's own whole (全区, 本县…)."""
    return re.compile(longest_first(vocab.cues()["table_part_words"])), re.compile(r"[全本我][省市县区州旗盟]")


def _part_table_title(text: str, a: int, b: int) -> bool:
    """Whether the title line(s) over a table's header, text[a:b], name a zone inside the region and not the region's own
    whole ("表1　西青经开区主要经济指标" over "指标|单位|2024年完成|2025年计划" in 西青区's report: its 2025 column the zone's
    plan, not the district's targets; a part's figures are never the region's headline, spec; adv62b)."""
    zone, own = _part_title_rx()
    return zone.search(text, a, b) is not None and own.search(text, a, b) is None


def _table_rows(text: str, y: int | None, mentions: list[Mention]) -> list[tuple[int, int, Mention, tuple[int, int], list]]:
    """The data rows of the tables with a header that says what their columns are, each with the
    indicator it names: (row start, row end, the mention, its cell, [(cell start, cell end, role,
    period, unit, adjacent, lead word)]) — the name in the column headed 指标, else the first cell
    before the figures that names one (a 序号 column may stand first); the unit from a unit column,
    a head ("（%）") or a "单位：亿元" line over the table; adjacent if no other figure stands
    between the name and the cell."""
    by_start = {m.start: m for m in mentions}
    cues = _table_cues()
    out = []
    cols: dict[int, tuple[str, str, str | None, str]] = {}
    unit_col, name_col, table_unit, hrows, width, titled, pct_too = None, 0, None, [], 0, None, False
    head_word: str | None = None
    note_units: tuple[tuple[str, str], ...] = ()
    title: tuple[str, str] | None = None
    above_row: tuple[int, Mention] | None = None  # the end of the row before and the name it holds
    last_end = -2
    closed = True  # the table's first row is closed by bars ("|指标|单位|…|")
    part = False  # the table's title names a zone inside the region: its rows are the zone's
    for ls, le in _bar_lines(text):
        if le - ls > 100 and text.count("。", ls, le) >= 2 and _FIGURE_BAR.search(text, ls, le) is None:
            # a paragraph of sentences holding a bar (an app post's body run into one line with its "声音｜…", "来源｜…",
            # "编辑｜…"): prose, no row of the table a bar title above it ("一图读懂｜2023年…报告") would head (not where a bar
            # follows a figure, "7%｜一般公共预算收入增长": cards set apart by bars, run together, read as before)
            continue
        if ls != last_end + 1 and not ((cols or hrows) and _CATEGORY_LINES.fullmatch(text, last_end + 1, ls)) \
                and not ((cols and len(_cells(text, ls, le, closed)) == width or hrows and not cols
                          and len(_cells(text, ls, le, closed)) == max(map(len, hrows)))
                         and _BLANK_LINES.fullmatch(text, last_end + 1, ls)) \
                and not (cols and _TABLE_GOES_ON.fullmatch(text, last_end + 1, ls)) \
                and not (cols and (bm := _BLANK_LINES.match(text, last_end + 1, ls)) is not None
                         and (bm.end() == ls or _CATEGORY_LINES.fullmatch(text, bm.end(), ls))
                         and name_col > 0 and 0 <= width - len(c0 := _cells(text, ls, le, closed)) <= name_col
                         and any(_FIGURE.match(text[a:b]) for a, b in c0)):
            # (the same table goes on after a blank line as wide as it: a page's break, its mark gone, between two rows or
            # between the header and the first row; and after a
            # line that says so, its header not repeated: "续表", "续表1", "续上表"; and after a page's break and a
            # category's line over a row of figures as wide, "— 1 —" then "民生福祉" over the next row, in a table
            # with a category column: prose over rows of a table with none, "各县区情况如下", is no category; or with
            # no category's line, the row under the break as wide less the category column its header has, "类别|指标
            # 名称|单位|…" over "…|%|8.5|7左右", "— 15 —", "一般公共预算收入增速|%|7.1|5左右")
            cols, unit_col, name_col, hrows, head_word = {}, None, 0, [], None  # another table; "单位：亿元" over it
            closed = text[ls] == "|" and text[le - 1] == "|"
            above = max(0, text.rfind("\n", 0, max(0, ls - 1)) + 1)
            # (the title or the unit a blank line above the table too: “表1  2024年全市主要经济指标”, or a Word file's
            # “单位：亿元、%” paragraph, then an empty line, as converters that part paragraphs by a blank line print it)
            tabove = text.rfind("\n", 0, max(0, above - 1)) + 1 if not text[above:ls].strip() else above
            um = _UNIT_LINE.search(text, tabove, ls)
            # ("单位：亿元、%", "单位：亿元，%", "单位：%、亿元": the amount's unit, and the rates' %)
            units = [u for u in um.groups() if u] if um else []
            amounts = [u for u in units if u not in ("%", "％")]
            table_unit = numbers.unit_map().get(amounts[0] if amounts else units[0]) if units else None
            pct_too = bool(amounts) and len(amounts) < len(units)
            note_units = _note_units(text, ls) if um and "单位为" in text else ()
            pm = _PLAN_NAME.search(text, above, ls)  # "“十三五”规划主要指标完成情况" over the table
            titled = pm.group(1) if pm else None
            title = _title_column(text, tabove, ls, y) if cues["table_title"].search(text, tabove, ls) else None
            part = _part_table_title(text, tabove, ls)
        last_end = le
        cells = _cells(text, ls, le, closed)
        heads = [text[a:b] for a, b in cells]
        if len(cells) < 2 or all(not h.strip("-—:： ") for h in heads[1:]):
            continue  # a markdown rule, a category row ("一、经济发展")
        if not any(_FIGURE.match(h) for h in heads) and not any(i in by_start for i in range(ls, le)) \
                and (cues["table_name_head"].fullmatch(heads[0])
                     or any(_YEAR_HEAD.search(h) or any(p.search(h) for p in cues.values()) for h in heads[1:])):
            # a header row: no figure, no indicator; 指标, or a year or header word (a converter's bold marks
            # around a head, "**单位**", dropped)
            hrows.append([h.strip(" *") if "*" in h else h for h in heads])
            continue
        if hrows:
            width = max(len(cells), max(map(len, hrows)))
            cols, name_col, unit_col = _table_columns(hrows, width, y, titled, title)
            # (the value head's word, "产量" of "产量（万吨）": a row naming its product alone takes it, "粮食" + "产量")
            head_word = next((w for r in hrows for h in r if cues["table_value_head"].fullmatch(w := _HEAD_UNIT.sub("", h).strip())),
                             None) if title is not None else None
            if any(cues["table_task_head"].fullmatch(h.strip()) for r in hrows for h in r):
                cols = {}  # a table of tasks (序号 | 工作任务 | 牵头单位 | 完成时限): its cells are prose, no column of figures
            hrows = []
        if not cols:
            continue
        if 0 < width - len(cells) <= name_col and any(i in by_start for i in range(*cells[0])):
            # a row that names its indicator first under a header with a column before the names
            # (类别: one cell spanning the rows, printed on the first only): its cells stand to the right
            pad = width - len(cells)
            cells, heads = [(ls, ls)] * pad + cells, [""] * pad + heads
        if width - len(cells) == 1 and name_col == 0 and ls > 1 and text[ls - 2] != "\n" \
                and (_FIGURE.match(heads[0]) or unit_col == 1 and heads[0].strip(" （）()") in numbers.unit_map()) \
                and (ps := text.rfind("\n", 0, ls - 1) + 1) < ls - 2 and _NAME_LINE.fullmatch(text, ps, ls - 1) \
                and any(i in by_start for i in range(ps, ls - 1)):
            # "城镇居民人均可支配收入（元）" over "45000 | 44800 | 47500": a name a PDF printed on a line over its figures, the
            # figures' own name cell empty (its gap lost): the line over them is the row's name cell
            cells, heads = [(ps, ls - 1)] + cells, [text[ps:ls - 1]] + heads
        if unit_col is not None and width - len(cells) == 1 and name_col < unit_col < len(cells) \
                and _FIGURE.match(heads[unit_col]) and _HEAD_UNIT.search(text, *cells[name_col]) \
                and any(i in by_start for i in range(*cells[name_col])):
            # "地区生产总值增长（%）" under 指标名称 | 单位 | 2023年计划…, its unit cell left empty (a PDF's wider gap
            # read as one): its unit is in its name, its figures stand right of the unit column
            cells = cells[:unit_col] + [(cells[unit_col][0], cells[unit_col][0])] + cells[unit_col:]
            heads = heads[:unit_col] + [""] + heads[unit_col:]
        first = min(cols)
        named, wrapped = [(c, by_start[i]) for c in cells[name_col:first] for i in range(*c) if i in by_start], None
        if not named and above_row is not None and above_row[0] + 1 == ls and name_col < len(cells) \
                and cues["table_growth_head"].fullmatch(_HEAD_UNIT.sub("", text[slice(*cells[name_col])]).strip(" \u3000\t其中：:")):
            # "地区生产总值 | 亿元 | 39000" over "　增长 | % | 7.8": the row of its growth, named by the one above
            named = [(cells[name_col], above_row[1])]
        elif not named and above_row is not None and above_row[0] + 1 == ls and name_col < len(cells) \
                and not _INCOME_IDS.isdisjoint(above_row[1].ids) \
                and (part := _income_part(_HEAD_UNIT.sub("", text[slice(*cells[name_col])]).strip(" \u3000\t其中：:"))):
            # "居民人均可支配收入 | 元 | 32500" over "其中：城镇居民 | 元 | 45100" and "农村居民 | 元 | 21300":
            # the urban and the rural income, named by the row above
            named = [(cells[name_col], Mention(cells[name_col][0], cells[name_col][1], text[slice(*cells[name_col])], (part,)))]
        elif not named and name_col < len(cells) and text[le + 1:le + 2] not in ("", "\n", "|") \
                and (wrapped := _wrapped_name(text, cells[name_col], le)) is not None:
            # "城镇居民人均可支配 | % | 7 | 5.3" over "收入增长": a name cell a PDF wrapped after the row's figures
            named = [(cells[name_col], wrapped)]
        elif not named and head_word and name_col < len(cells) and (whole := _headed_name(text, cells[name_col], head_word)):
            # "粮食 | 2764.33 | 1.3" under "产品名称 | 产量（万吨） | 比上年增长（%）": the product and the head's word name it
            named = [(cells[name_col], whole)]
        elif len(named) == 1 and named[0][0] == cells[name_col] and text[le + 1:le + 2] not in ("", "\n", "|") \
                and (wrapped := _wrapped_name(text, cells[name_col], le)) is not None and wrapped.ids != named[0][1].ids:
            # "第三产业增加值 | % | 45.2 | 46" over "占比": a whole name whose cell a PDF wrapped names another indicator
            # with the line under the row (the share, not the value added)
            named = [(cells[name_col], wrapped)]
        elif len(named) == 1 and named[0][0] == cells[name_col] and text[le + 1:le + 2] not in ("", "\n", "|") \
                and (w := _WRAP_LINE.match(text, le + 1)) is not None and w.group(1).strip() \
                and _HEAD_UNIT.sub("", w.group(1)).strip(" （）()%") in _WRAP_TAILS:
            # "城镇居民人均可支配收入 | 45000 | …" over "（元）", "…收入 | 8 | 6.6 | 7" over "增长（%）": the whole name's
            # unit and change a PDF wrapped under the row
            m0 = named[0][1]
            wrapped = Mention(m0.start, m0.end, text[slice(*cells[name_col])].strip() + w.group(1).strip(), m0.ids)
            named = [(cells[name_col], wrapped)]
        elif not named and name_col < len(cells) and ls > 1 and text[ls - 2] != "\n" \
                and (wrapped := _wrapped_above(text, cells[name_col], ls)) is not None:
            # "城镇居民人均可支配收入" over "增长 | % | 7 | 5.3 | 6": a name a PDF wrapped before the row's figures,
            # its first part a line of its own
            named = [(cells[name_col], wrapped)]
        above_row = None
        if not named or named[0][1].partial is not None:
            continue
        name, mention = named[0]
        # (the name's last bracket naming a unit: “细颗粒物（PM2.5）浓度（微克/立方米）”, not its first; a wrapped name's
        # unit on the line under the row: “研究与试验发展经费投入强” over “度（%）”)
        name_text = mention.alias if wrapped is not None and mention is wrapped else text[slice(*name)]
        row_unit = next((u for u in reversed(list(_HEAD_UNIT.finditer(name_text))) if _GROWTH_BRACKET.fullmatch(u.group(0))
                         or numbers.unit_map().get(u.group(1))), None) if "（" in name_text or "(" in name_text else None
        unit = "%" if row_unit and _GROWTH_BRACKET.fullmatch(row_unit.group(0)) else \
            numbers.unit_map().get(row_unit.group(1)) if row_unit else \
            "%" if pct_too and _PCT_ROW.search(text, *name) else table_unit
        if note_units and not row_unit and unit == table_unit:
            row_name = text[slice(*name)].strip()
            unit = next((u for n, u in note_units if n in row_name or row_name in n), unit)
        if unit_col is not None and unit_col < len(cells):
            uc = heads[unit_col].strip()
            # (a rate's unit cell naming the change it measures: "增长%", "±%", "比上年增长%", "%（增长）")
            unit = "%" if _GROWTH_UNIT_CELL.fullmatch(uc) else numbers.unit_map().get(uc.strip("（）()"), unit)
        vals = []
        for j, (role, period, hunit, lead) in cols.items():
            if j < len(cells):
                adjacent = not any(_FIGURE.match(heads[k]) for k in range(cells.index(name) + 1, j))
                if titled is not None and role == "actual" and period.isdigit() \
                        and _PLAN_START[titled] < int(period) < _PLAN_START[titled] + 4 and text.find("年均", *name) >= 0:
                    # "地区生产总值年均增长" under "2023年完成" in the table of the plan under way (its title
                    # "“十四五”规划主要指标中期进展情况"): the average over the plan's years gone by
                    period = f"{_PLAN_START[titled]}-{period}"
                if hunit and unit and "-" in period and text[cells[j][0]:cells[j][1]].lstrip(" \t")[:1] in _TOTAL_OPEN:
                    hunit = None  # (a five-year total under “年均增长（%）”: in the row's own unit, “城镇新增就业（万人）”)
                vals.append((cells[j][0], cells[j][1], role, period, hunit or unit, adjacent, lead))
        # (a name wrapped before its row quotes from its first line; a zone's table's row is still a row, its name read by
        # no prose, but gives no figure)
        out.append((ls, le, mention, (mention.start, name[1]) if mention.start < ls else name, [] if part else vals))
        above_row = (le, mention)
    return out


_INCOME_IDS = frozenset({"disposable_income", "urban_disposable_income", "rural_disposable_income"})
# (the rest of a name a PDF wrapped under its row: indented as far as the name column stands, its unit bracket too:
# “度（%）”, “收入（元）”)
_WRAP_LINE = re.compile(r"[ \t\u3000]*([^\n|\d。；;，,：:%]{1,8}?(?:[（(](?:%|％)[）)])?)[ \t\u3000]*(?=\n|$)")


def _headed_name(text: str, cell: tuple[int, int], word: str) -> Mention | None:
    """The indicator a row's name cell names whole with its column's head word ("粮食" under "产量（万吨）": 粮食产量),
    a mention over the cell; None where the two name none (another product, a place's row)."""
    _, _, table = _alias_table()
    ids = table.get(text[cell[0]:cell[1]].strip(" \u3000\t") + word)
    if not ids or ids[0].startswith("level:"):
        return None
    return Mention(cell[0], cell[1], text[cell[0]:cell[1]], ids)


_NAME_LINE = re.compile(r"[^\n|\d。；;，,：:]{2,24}")  # (a row's name alone on its line: no figure, no clause)
_WRAP_TAILS = ("", "增长", "增速", "增幅", "涨幅", "下降", "降低")  # (what may follow a wrapped name: its change, its unit)
_WRAP_ABOVE = re.compile(r"[^\n|\d。；;，,：:%\s]{2,16}")


def _wrapped_above(text: str, cell: tuple[int, int], ls: int) -> Mention | None:
    """The indicator a row's short name cell ("增长") names with the line over the row that holds nothing but the
    name's first part ("城镇居民人均可支配收入"): a mention from that line to the cell, the whole name its alias."""
    ps = text.rfind("\n", 0, ls - 1) + 1
    w = _WRAP_ABOVE.fullmatch(text, ps, ls - 1)
    tail = text[cell[0]:cell[1]].strip()
    if w is None or len(tail) > 8:
        return None
    joined = w.group(0) + tail
    lit, _, table = _alias_table()
    m = lit.pattern.search(joined)
    if m is None or m.start() or m.end() < len(w.group(0)) or m.lastgroup \
            or _HEAD_UNIT.sub("", joined[m.end():]).strip(" （）()%") not in _WRAP_TAILS:
        return None
    ids = table.get(m.group(0))
    if not ids or ids[0].startswith("level:"):
        return None
    return Mention(ps, cell[1], joined, ids)


def _wrapped_name(text: str, cell: tuple[int, int], le: int) -> Mention | None:
    """The indicator a row's name cell names with the short line under the row that a PDF wrapped it
    onto ("城镇居民人均可支配" + "收入增长"): a mention over the cell, the whole name its alias."""
    w = _WRAP_LINE.match(text, le + 1)
    if w is None:
        return None
    head = text[cell[0]:cell[1]].strip()
    joined = head + w.group(1).strip()
    lit, _, table = _alias_table()
    m = lit.pattern.search(joined)
    if m is None or m.end() <= len(head) or m.lastgroup or _HEAD_UNIT.sub("", joined[m.end():]).strip(" （）()%") not in _WRAP_TAILS:
        return None
    ids = table.get(m.group(0))
    if not ids or ids[0].startswith("level:"):
        return None
    return Mention(cell[0], cell[1], joined, ids)


def _income_part(cell: str) -> str | None:
    """The income a table's sub-row names by its people alone ("城镇居民", "农村常住居民"), from cues.tsv."""
    c = vocab.cues()
    for key, iid in (("table_urban_part", "urban_disposable_income"), ("table_rural_part", "rural_disposable_income")):
        if cell in c.get(key, ()):
            return iid
    return None


_CELL_MARK = marks("，,；;/、")
_PAIR_SEP = re.compile(r"(?:%|％)?\s*[、，,/和与]\s*")  # (between the two figures of a pair in one cell)
_TOTAL_OPEN = ("〔", "[", "［", "【")  # (a plan table's five-year total: 〔12.5〕, [>200])  # (a mark between an amount and its change in one cell)
_BLANK_LINES = re.compile(r"(?:[ \t\u3000]*\n){1,4}")  # (a page's break inside a table, its mark gone)
_TABLE_GOES_ON = re.compile(r"(?:[ \t\u3000]*\n){0,4}[ \t\u3000]*(?:续表|续上表|接上表)[ \t\u3000]*[\d一二三四五六七八九十]{0,2}"
                            r"[ \t\u3000]*(?:[（(]续[）)])?[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,4}")
# lines of a category between a table's rows, its cells lost ("一、经济发展"): the same table goes on
_CATEGORY_LINES = re.compile(r"(?:[^\n|。；;，,：:\d]{1,14}\n)+")
_YEAR_HEAD = re.compile(r"(?:19|20)\d\d年?|十[一二三四五六七]五")
_CELL_RANGE = re.compile(r"\s*[-—–~～至―]{1,2}\s*")
_FIGURE = re.compile(r"[-—－+~≥≤<>]?\s*(?!(?:19|20)\d\d年|1[-—–~～至]1?\d月(?:$|[^\d%％]))\d")  # (no year, no "1-11月"/"1-11月完成" head)


def _table_facts(norm: Normalized, text: str, outline: Outline, meta: Metadata, rows, year: int | None) -> list[Fact]:
    """The facts of the tables' rows: the indicator named in the row's name cell (the aliases of
    prose, the same guards), each figure read as prose reads one after the name ("增长" in the name
    makes a growth, "率" a share), with its column's role, period and unit; a cell of words
    ("与经济增长同步", "完成省下达任务") a qualitative target."""
    qual_re, qual_before = _qualitative_re(), _qual_before_re()
    out = []
    for _, _, m, (ns, ne), vals in rows:
        # (a name a PDF wrapped onto the line under the row: the whole name, as its mention holds it)
        name = m.alias if len(m.alias) > ne - ns and m.alias.startswith(text[ns:ne].strip()) or "\n" in text[ns:ne] \
            else text[ns:ne]
        name = _HEAD_UNIT.sub("", _GROWTH_BRACKET.sub(_bracket_word, name) if "%" in name or "％" in name else name)
        sec = outline.at(ns)
        for vs, ve, role, period, unit, adjacent, lead in vals:
            qs = quantities(text, vs, ve)
            v, total = None, False
            if lead.startswith("rank:"):
                # a rank column's cell: a whole place ("3"), nothing else ("—", "前列"); its field from the head (全省位次)
                if len(qs) != 1 or not float(qs[0].value).is_integer() or not 0 < qs[0].value < 200 \
                        or text[vs:ve].replace(str(int(qs[0].value)), "", 1).strip(" 第位名"):
                    continue
                v = Value("rank", int(qs[0].value), None, "位", "eq", qs[0].start, qs[0].end, "", lead[5:] or None)
            elif qs:
                q = qs[0]
                if q.unit is None:
                    if unit is None:
                        continue
                    if len(qs) > 1 and qs[1].unit is None and qs[1].value > q.value \
                            and _CELL_RANGE.fullmatch(text, q.end, qs[1].start):
                        # "7.5-8" in a cell under "（%）": the range the prose writes "7.5%—8%"
                        q = Quantity(q.value, qs[1].value, unit, q.start, qs[1].end, text[q.start:qs[1].end])
                    else:
                        # (“年均6左右” in a cell of the row “地区生产总值（亿元）” under “累计或年均”: the yearly
                        # average growth the cell's own word names, in %, not an amount in the row's unit)
                        q = Quantity(q.value, q.value_high, "%" if "年均" in text[vs:q.start] else unit, q.start, q.end,
                                     q.text)
                qual, qend = qualifier(text, q, vs)
                # a bracketed figure under the plan's years (“年均增长” over “[>200]”, the note: [ ]内为五年累计数) is the
                # five years' total or change, not a yearly average: read without the column's head
                total = "-" in period and text[vs:q.start].lstrip(" \t|")[:1] in _TOTAL_OPEN
                v = _classify(q, name + ("" if total else "增长" if lead == "增减" else lead) + text[vs:q.start], m.alias, qual,
                              qend, text, vs)
            elif role == "actual" or not (qual_re.search(text, vs, ve) or qual_before.search(text, vs, ve)):
                continue
            values, pairs = [v], None
            if v is not None and len(qs) == len(m.ids) == 2 and qs[1].unit == qs[0].unit \
                    and _PAIR_SEP.fullmatch(text, qs[0].end, qs[1].start):
                # “城乡居民人均可支配收入 | 增长6.1%、7.3%”: the pair's two figures one each, in order, as after 分别
                qual2, qend2 = qualifier(text, qs[1], vs)
                v2 = _classify(Quantity(qs[1].value, qs[1].value_high, qs[1].unit or unit, qs[1].start, qs[1].end, qs[1].text),
                               name + lead + text[vs:qs[0].start], m.alias, qual2, qend2, text, vs)
                if v2 is not None and v2.measure == v.measure:
                    pairs = [(m.ids[0], v), (m.ids[1], v2)]
            if pairs is None and v is not None and len(qs) > 1:
                # "5100亿元，增长6.8%" in one cell: the amount and, after a mark, its change, each with its unit
                for q2 in qs[1:]:
                    if q2.unit is not None and q2.start >= v.end and find_mark(text, v.end, q2.start, _CELL_MARK) >= 0:
                        qual2, qend2 = qualifier(text, q2, vs)
                        v2 = _classify(q2, name + lead + text[vs:q2.start], m.alias, qual2, qend2, text, vs)
                        if v2 is not None and all(v2.measure != x.measure for x in values):
                            values.append(v2)
            quote, rs, re_ = norm.quote(ns if adjacent else vs, ve)
            for iid, v in pairs or [(iid, v) for v in values for iid in m.ids]:
                if iid == "-":
                    continue
                ind = vocab.indicators()[iid]
                if v is None:
                    measure, value, high, unit_, qual = ind.qualitative_measure, None, None, None, "qualitative"
                    if measure != "share" and "share" in ind.measures and m.alias.endswith(_RATIO_NAME):
                        measure = "share"
                else:
                    if lead == "增减" and ind.kind == "ratio" and v.unit == "%":
                        measure = "pp_change"  # (“常住人口城镇化率 | % | 64.8 | 0.9” under “比上年增减”: its points gained)
                    elif total and ind.kind == "ratio" and v.unit == "%" and v.measure in ("growth", "share"):
                        # (“服务业增加值比重（%） 35.5 42 〔6.5〕”: a ratio's five-year total is its points, the
                        # 增加 of its name no change word)
                        measure = "pp_change"
                    elif (measure := _measure_for(iid, v)) is None:
                        continue
                    value, high, unit_, qual = v.value, v.value_high, v.unit, v.qualifier
                    if measure == "pp_change" and lead == "增减":
                        unit_ = "个百分点"
                    if measure in ("share", "pp_change") and total:
                        measure, unit_ = "pp_change", "个百分点"  # (“常住人口城镇化率（%） 51.6 60 [8.4]”: its points gained)
                    if measure == "level" and f"{unit_}/人" in ind.units:
                        unit_ = f"{unit_}/人"
                    elif measure == "level" and _per_person_said(unit_, ind.units):
                        unit_ = unit_[:-2]
                per = period
                if measure == "growth" and role != "target" and per.isdigit() and "年均" in name:
                    per = f"{int(per) - 4}-{per}"  # "生产总值年均增长（%）" under "2020年完成": the five years' average
                elif v is not None and per.isdigit() and measure in ("level", "growth") and text.find("〔", vs, v.start) >= 0 \
                        and text.find("〕", v.end, ve) >= 0:
                    # "城镇新增就业（万人） 〔12.5〕 〔12〕" under "2025年 2030年": a plan table's five-year total or
                    # change (its note: 〔〕内为五年累计数), the five years to the column's year
                    per = f"{int(per) - 4}-{per}"
                # (indicator, role, period, measure, value, value_high, unit, qualifier, scope, quote, start,
                # end, section, confidence, note: Fact's fields by position, as in _extract_facts)
                out.append(Fact(iid, role, per, measure, value, high, unit_, qual, v.scope if measure == "rank" else None, quote,
                                rs, re_, sec.path if sec else "",
                                (0.85 if v is not None else 0.65) - (0.1 if len(m.ids) > 1 else 0), "from a table"))
    return out


# (分别 as 均: "城镇调查失业率5.0%，居民消费价格上涨0.2%，分别低于5.5%左右和3%左右的年度目标"; the results set beside
# the targets by 与/同/距, "，分别与6%、7.5%的预期目标存在差距", "，均与5.5%左右的控制目标持平", as by a comparison word)
_BOTH_COMPARED_AT = re.compile(r"[，,]\s*(?:均|都|分别)(?:(?:高于|低于|好于|快于|超过|超出|优于|与|同|距离?)(?:年初|年度|全年|原定)?(?:(?:确定|设定|提出|制定|下达)的)?"
                               # ("，均高于年初计划增长8.5%的目标")
                               # ("，都高于年初预期增长8.5%的目标": the plan named 预期)
                               # ("，都超过年初确定的增长4.5%的目标": the change word after the setting)
                               r"(?:(?<=年初|年度|全年|原定)(?:计划|预期目标|预期|目标))?(?:增长|下降)?"
                               # ("，均未达到年初计划增长7%和8%的目标", "，分别完成年度计划增长10%和12%的84%和80%", "，均未达到
                               # 年初确定的增长7%和8.5%的目标": the plan named between the verb and its figures)
                               r"|(?:未能?|没有)?(?:达到|完成|实现)了?(?:年初|年度|全年|原定)(?:(?:确定|设定|提出|制定|下达)的)?"
                               # ("，都达到了年初预期增长6%和7%的目标": the plan named 预期, as after a comparison word)
                               r"(?:计划|预期目标|预期|目标)?(?:增长|下降)?)$"
                               # ("…，农村居民人均可支配收入22387元、增长7.3%，年度计划分别为增长6%和7.5%": the plans labelled
                               # after the results, one each, the clause ending with them)
                               # (or one plan for both so labelled: "，年度目标均为增长6%。")
                               # (past a ； or a 。, the plans a clause of their own: "…增长7.9%；年度计划分别增长7%和9%。", _PLANS_EACH_NEXT)
                               r"|[，,]\s*(?P<label>(?:年初|年度|全年)?" + _PLAN_LABEL + r"(?:分别|均|都)(?:为|是)?)(?:增长|下降)?$"
                               r"|[；;。]\s*(?P<semi>(?:年初|年度|全年)" + _PLAN_LABEL + r"(?:分别|均)(?:为|是)?)(?:增长|下降)?$")
_TARGET_RUN_SEP = re.compile(r"(?:左右|以上|以下|以内)?[、和及与]")
# (or the parts of the plans done after them, "的84%和80%": no figure of either name, dropped)
# ("均达到年初预期目标增长6%的要求": the plan's figure named 的要求, as 的目标)
_RUN_LABEL_END = re.compile(r"(?:左右|以上|以下|以内)?[。；;，,\n]")  # (the labelled plans' clause ends with them)
_TARGET_RUN_END = re.compile(r"(?:左右|以上|以下|以内)?的(?:(?:年初|年度|全年)?(?:预期|计划|调控|控制)?(?:目标|计划|要求)|[\d.]+%)")


# a part named by 其中 right before its name ("，其中工业投资下降25.3%"), and the words of a plan before a figure
_PART_OPENS = re.compile(r"其中[，,]?\s*$")
# (not the budget in a name: "，占一般公共预算收入的67.2%")
_PLAN_WORDS = re.compile(r"计划|预算(?![收支内])|预期目标")


def _plans_after_part(text: str, groups: list[list[Mention]], values: list[list[Value]]) -> None:
    """"固定资产投资下降20.1%，其中工业投资下降25.3%，未完成年度计划增长10%的目标": a plan named in a clause after the
    figure of a part that 其中 opens, in the same sentence, is the whole's (named before the part), whose result the
    report measures against its plan; the part's figure is no plan's."""
    for i in range(1, len(groups)):
        s = groups[i][0].start
        if not (vs := values[i]) or text.find("其中", max(0, s - 4), s) < 0 or _PART_OPENS.search(text, max(0, s - 4), s) is None:
            continue
        prev = groups[i - 1]
        if len(prev) != 1 or len(prev[0].ids) != 1 or not values[i - 1] or find_mark(text, prev[-1].end, s, _SENT_MARKS) >= 0:
            continue
        c = find_mark(text, vs[0].end, len(text), _CLAUSE_MARKS)
        moved = [v for v in vs if c >= 0 and v.start > c and v.unit == "%"
                 and _PLAN_WORDS.search(text, _after_mark(_CLAUSE_MARKS, text, c, v.start), v.start) is not None
                 and find_mark(text, c, v.start, _SENT_MARKS) < 0]
        if moved and not _plan_fits_part(text, c, moved[0], vs, values[i - 1]):
            values[i] = [v for v in vs if v not in moved]
            values[i - 1].extend(moved)


# the verb that measures a result against its plan: met (完成, 高于…) or missed (未完成, 低于…)
_PLAN_MISSED = re.compile(r"未|没有|低于|慢于|不及|差")
_PLAN_MET = re.compile(r"完成|达到|实现|高于|超过|超出|快于|好于")


def _plan_fits_part(text: str, c: int, plan: Value, part: list[Value], whole: list[Value]) -> bool:
    """"固定资产投资增长5.1%，其中工业投资增长6.7%，完成年度计划增长6%的目标": where the verb holds for the part's growth
    and not for the whole's, the plan is the part's own (both fit or neither: the whole's, decision 152)."""
    g = [v.value for v in part if v.measure == "growth" and v.end <= plan.start and v is not plan and v.value is not None]
    w = [v.value for v in whole if v.measure == "growth" and v.value is not None]
    if not g or not w or plan.value is None:
        return False
    verb = text[_after_mark(_CLAUSE_MARKS, text, c, plan.start):plan.start]
    if _PLAN_MISSED.search(verb) is not None:
        return g[-1] < plan.value <= w[-1]
    if _PLAN_MET.search(verb) is not None:
        return w[-1] < plan.value <= g[-1]
    return False


def _targets_each_after(text: str, groups: list[list[Mention]], values: list[list[Value]]) -> None:
    """"城镇调查失业率5.2%，城镇登记失业率2.7%，均低于5.5%和4.5%的控制目标", "城镇居民人均可支配收入…增长8.8%；
    农村居民人均可支配收入…增长9.1%，均高于8.5%、9%左右的年度计划": the targets after 均 and a comparison word, as many
    as the one-name groups that end with the last, go one to each group in order (the figure of the same unit each
    stated before is its result); a single target after 均 is left to _plans_after."""
    for i, vs in enumerate(values):
        if len(vs) < 2:  # (two: a growth and the one plan after it, "…增长6.6%，都高于年初预期增长5%的目标")
            continue
        j, cm = next(((j, c) for j in range(1, len(vs))
                      if (c := _BOTH_COMPARED_AT.search(text, max(vs[j - 1].end, vs[j].start - 16), vs[j].start)) is not None), (0, None))
        if not j:
            continue
        ts = vs[j:]
        if (r := next((r for r in range(1, len(ts)) if text.startswith("的", ts[r - 1].end)
                       or text.startswith("的", ts[r - 1].end + 2) and text[ts[r - 1].end:ts[r - 1].end + 2] in _AFTER_QUALIFIER), 0)):
            ts = ts[:r]  # ("…增长10%和12%的84%和80%": the parts done after the plans)
        k = len(ts)
        if (j == 2 or j == 4 and vs[0].measure == vs[1].measure == "level") and k <= 2 and len(groups[i]) == 1 \
                and len(groups[i][0].ids) == 2 and all(v.measure == "growth" and v.role_hint is None for v in (*vs[j - 2:j], *ts)) \
                and (k == 2 or _ONE_TARGET_AFTER.match(text, ts[0].end) is not None
                     or (cm.group("label") or cm.group("semi")) and _RUN_LABEL_END.match(text, ts[0].end) is not None):
            # "城乡居民人均可支配收入分别增长5.8%和8.6%，都高于年初预期增长5.5%的目标": a pair named once, its results
            # then its plans (one for both, or one each), each pair's figure after its result
            # (its levels stated first: "分别达到68922元和43613元，分别增长4.2%和7.1%，年度目标均为增长6%。")
            ts = [ts[0], _copied(ts[0])] if k == 1 else ts
            for a, t in zip(vs[j - 2:j], ts):
                a.role_hint, t.role_hint = "actual", "target"
                if t.value_high is None and _QUAL_AFTER.search(text, t.start, t.end + 2) is None:
                    t.qualifier = "eq"
            values[i] = vs[:j] + ts
            continue
        if k == 1:
            _one_plan_for_pair(text, groups, values, i, vs[j - 1], ts[0],
                               cm.start() if cm.group("label") or cm.group("semi") else -1)
        if k < 2 or i - k + 1 < 0 or _TARGET_RUN_END.match(text, ts[-1].end) is None \
                and not ((cm.group("label") or cm.group("semi")) and _RUN_LABEL_END.match(text, ts[-1].end)) \
                or any(_TARGET_RUN_SEP.fullmatch(text, a.end, b.start) is None for a, b in zip(ts, ts[1:])):
            continue
        run = range(i - k + 1, i + 1)
        if any(len(groups[g]) != 1 or len(groups[g][0].ids) != 1 for g in run) \
                or find_mark(text, groups[run[0]][0].start, cm.start() if cm.group("semi") else ts[-1].start, _FULL_STOPS) >= 0:
            continue
        own = []  # (each group's result of the targets' unit, the last one stated before the targets)
        for g in run:
            before = [v for v in (values[g] if g != i else vs[:j]) if v.unit == ts[0].unit and v.measure != "rank" and v.role_hint is None]
            if not before:
                break
            own.append(before[-1])
        if len(own) != k or any(t.unit != ts[0].unit for t in ts):
            continue
        # (the comparison word does not qualify the targets, docs/decisions.md 21; 左右 after the last covers the run)
        run_about = "左右" in text[ts[-1].start:ts[-1].end + 2]
        for g, a, t in zip(run, own, ts):
            a.role_hint, t.role_hint = "actual", "target"
            t.measure = a.measure
            if run_about:
                t.qualifier = "about"
            elif t.value_high is None and _QUAL_AFTER.search(text, t.start, t.end + 2) is None:
                t.qualifier = "eq"
            if g != i:
                values[g].append(t)
        values[i] = vs[:j] + [ts[-1]]


def _one_plan_for_pair(text: str, groups: list[list[Mention]], values: list[list[Value]], i: int, own: Value, t: Value,
                       label: int = -1) -> None:
    """"城镇居民人均可支配收入32150元，增长8.7%；农村居民人均可支配收入15420元，增长8.9%，均高于年初计划增长8.5%的目标":
    one plan after 均 for the two one-name groups of its sentence is the group before's too (its result of the same
    kind stated before it); the last group's own is left to the rules after. ``label``: where a clause labelling the
    plan opens (“，年度目标均为增长6%。”, “；年度计划均增长8%。”, or after a 。), which then closes with it."""
    if i < 1 or text.rfind("均", own.end, t.start) < 0 and text.rfind("都", own.end, t.start) < 0 or own.measure != "growth" \
            or _ONE_TARGET_AFTER.match(text, t.end) is None and not (label >= 0 and _RUN_LABEL_END.match(text, t.end)):
        return
    g = groups[i - 1]
    if len(g) != 1 or len(g[0].ids) != 1 or len(groups[i]) != 1 or len(groups[i][0].ids) != 1 \
            or find_mark(text, g[0].start, label if label >= 0 else t.start, _FULL_STOPS) >= 0:
        return
    theirs = [v for v in values[i - 1] if v.unit == t.unit and v.measure == "growth" and v.role_hint is None]
    # (its growth stated before the last group's name, or handed to it by a 分别 run after it: "…19850元，分别增长8.1%和
    # 8.4%，均达到年初预期目标增长8%的要求")
    if theirs and (theirs[-1].end <= groups[i][0].start or theirs[-1].start < own.start
                   and text.find("分别", groups[i][-1].end, theirs[-1].start) >= 0):
        c = _copied(t, role_hint="target", measure="growth")
        if c.value_high is None and _QUAL_AFTER.search(text, c.start, c.end + 2) is None:
            c.qualifier = "eq"
        values[i - 1].append(c)
        if label >= 0:  # (the plan labelled is the last group's too, its 均 naming both: set here, as the copy's)
            t.role_hint, t.qualifier = "target", c.qualifier


# the items outside the taxonomy after a group's own amount, each its name and amount, up to the 分别 ("、进口3100亿元，")
_EXTRA_ITEMS = re.compile(r"[^、，,。；;\d]{0,4}(?:、[^\d%，,。；;：:、和及与（）()]{2,6}?[\d.]+[^\d、，,。；;]{0,4})+[，,]\s*(?:增速|增幅)?")


def _share_respectively(text: str, groups: list[list[Mention]], values: list[list[Value]]) -> None:
    """"接待游客850万人次，实现旅游收入72亿元，分别增长15.2%和18.6%": the changes after 分别 in the last
    of several one-name groups of a sentence go one to each group, in order (each earlier group
    stating no change of its own)."""
    # ("城镇居民人均可支配收入增长5.3%、农村居民人均可支配收入增长7.9%，增速分别居全市第2位、第1位": ranks
    # after 分别 go one to each group in the same way, each earlier group ranked in no place of its own)
    if "分别" not in text:
        return  # (each run needs it: most groups are passed over without a list built)
    for i, vs in enumerate(values):
        if len(vs) >= 3 and vs[-1].measure == "level" and vs[-2].measure == "level":
            _own_then_levels(text, groups, values, i)
    for ranked in (False, True):
        for i, vs in enumerate(values):
            if len(vs) < 2:
                continue  # (fewer changes than two)
            # (a share before the run is the group's own amount, as a level is: "研发经费投入强度达到2.9%，常住人口城镇化率
            # 达到70.8%，分别提高0.5个和3.2个百分点")
            changes = [v for v in vs if (v.measure == "rank") == ranked and v.measure != "level" and (
                v.measure != "pct" or "分别" in text[groups[i][-1].end:v.start])]
            if len(changes) >= 3 and not ranked and (j := next((j for j in range(2, len(changes)) if _BOTH_COMPARED_AT.search(
                    text, max(changes[j - 1].end, changes[j].start - 16), changes[j].start) is not None), 0)):
                # ("…19850元，分别增长8.1%和8.4%，均达到年初预期目标增长8%的要求": the plans after 均 are no change of the
                # run; they stay the last group's for _targets_each_after)
                changes = changes[:j]
            k = len(changes)
            if k >= 2 and not ranked and _BOTH_COMPARED_AT.search(text, max(groups[i][-1].end, changes[0].start - 16), changes[0].start) \
                    and _TARGET_RUN_END.match(text, changes[-1].end) is not None:
                # ("城镇调查失业率5.3%，城镇登记失业率2.9%，分别低于5.5%、4.5%的控制目标": the shares after the comparison
                # are the plans the groups' own were measured against, no run of changes: _targets_each_after's)
                continue
            if k >= 2 and not ranked and "分别" not in text[groups[i][-1].end:changes[0].start]:
                _own_then_respectively(text, groups, values, i, changes)
                continue
            chunks = [changes]
            if k >= 4:
                # "…36852元、农村居民人均可支配收入15963元，分别增长8.0%、10.7%，两年平均分别增长6.1%和8.9%": runs of
                # 分别 one after another, each as long as the groups before: each run goes one to each group
                cut = [0] + [j for j in range(1, k) if text.find("分别", changes[j - 1].end, changes[j].start) >= 0] + [k]
                runs = [changes[a:b] for a, b in zip(cut, cut[1:])]
                if len(runs) >= 2 and all(len(c) == len(runs[0]) for c in runs):
                    chunks, k = runs, len(runs[0])
            if k < 2 or "分别" not in text[groups[i][-1].end:changes[0].start]:
                continue
            extra = ()
            if len(chunks) == 1 and (f := text.rfind("分别", groups[i][-1].end, changes[0].start)) >= 0 \
                    and (own := [v for v in vs if v.end <= f]) \
                    and (xm := _EXTRA_ITEMS.fullmatch(text, own[0].end, f)) is not None and "、" in xm.group(0):
                # "进出口总额8200亿元，其中出口5100亿元、进口3100亿元，分别增长6.6%、9.2%、2.3%": a name outside the
                # taxonomy with its own amount after the last group's takes the run's last change (theirs, no one's here)
                n = xm.group(0).count("、")
                if k - n >= 2:
                    extra, changes, k = changes[k - n:], changes[:k - n], k - n
                    chunks = [changes]
            if i - k + 1 < 0:
                continue
            run = range(i - k + 1, i + 1)
            if any(len(groups[j]) != 1 or len(groups[j][0].ids) != 1 for j in run):
                continue
            if any((v.measure == "rank") == ranked and v.measure not in ("level", "pct") for j in run[:-1] for v in values[j]):
                continue
            # (a later run after a ； that turns to this year, "，分别增长4.6%、6.2%；今年分别增长5%和6.5%", goes the same way:
            # last year's and this year's changes of the same names, decision 155)
            lim = changes[-1].start if len(chunks) == 1 or not all(
                _THIS_YEAR_RUN.fullmatch(text, a[-1].end, b[0].start) for a, b in zip(chunks, chunks[1:])) else chunks[0][-1].start
            # (ranks after 分别 reach back past a ； to the groups they rank, each stated in a clause of its own: "城镇居民人均
            # 可支配收入41620元，增长7.5%；农村居民人均可支配收入15830元，增长10.6%，增速分别居全省第3位和第2位")
            if find_mark(text, groups[run[0]][0].start, lim, _FULL_STOPS if ranked else _SENT_MARKS) >= 0:
                continue
            for chunk in chunks:
                for j, v in zip(run, chunk):
                    if j != i:
                        values[j].append(v)
            values[i] = [v for v in vs if not any(v in chunk[:-1] for chunk in chunks) and v not in extra]


def _own_then_levels(text: str, groups: list[list[Mention]], values: list[list[Value]], i: int) -> None:
    """"城镇居民人均可支配收入年均增长6.8%，农村居民人均可支配收入年均增长8.1%，分别达到49860元和25630元": one-name
    groups each stating a change of its own and no amount, the last then a run of amounts after 分别: one to each
    group, in order (as _own_then_respectively does for a run of changes)."""
    vs = values[i]
    f = text.rfind("分别", groups[i][-1].end, vs[-1].start)
    if f < 0:
        return
    run = [v for v in vs if v.start > f]
    own = [v for v in vs if v.end <= f]
    k = len(run)
    if not own or k < 2 or i - k + 1 < 0 or any(v.measure != "level" or v.unit != run[0].unit for v in run) \
            or any(v.measure not in ("growth", "pp_change") for v in own) \
            or any(text[a.end:b.start] not in ("、", "和", "与", "及") for a, b in zip(run, run[1:])) \
            or find_mark(text, own[-1].end, f, _SENT_MARKS) >= 0:
        return
    span = range(i - k + 1, i)
    if any(len(groups[j]) != 1 or len(groups[j][0].ids) != 1 for j in (*span, i)) \
            or find_mark(text, groups[span[0]][0].start, f, _SENT_MARKS) >= 0:
        return
    if any(not values[j] or any(v.measure not in ("growth", "pp_change") for v in values[j]) for j in span):
        return
    for j, v in zip(span, run):
        values[j].append(v)
    values[i] = [v for v in vs if v not in run[:-1]]


def _own_then_respectively(text: str, groups: list[list[Mention]], values: list[list[Value]], i: int,
                           changes: list[Value]) -> None:
    """"城镇居民人均可支配收入32180元，增长7.6%；农村居民人均可支配收入17365元，增长9.1%，两年平均分别增长5.2%和
    7.8%": one-name groups each stating its own change, the last of them then a run of changes of another kind
    (an average over years) after 分别: one to each group, in order, as _share_respectively does where the groups
    before state no change (the run reaches across a ；, not a 。)."""
    f = text.rfind("分别", groups[i][-1].end, changes[-1].start)
    if f < 0 or find_mark(text, f, changes[-1].start, _SENT_MARKS) >= 0:
        return
    own = [v for v in changes if v.end <= f]
    run = [v for v in changes if v.start > f]
    k = len(run)
    if not own or k < 2 or i - k + 1 < 0 or find_mark(text, own[-1].end, f, _FULL_STOPS) >= 0 \
            or any(text[a.end:b.start] not in ("、", "和", "与", "及") for a, b in zip(run, run[1:])) \
            or any(v.period_hint != run[0].period_hint or v.measure != run[0].measure for v in run) \
            or any(v.period_hint == run[0].period_hint for v in own):
        return
    span = range(i - k + 1, i)
    if any(len(groups[j]) != 1 or len(groups[j][0].ids) != 1 for j in (*span, i)) \
            or find_mark(text, groups[span[0]][0].start, f, _FULL_STOPS) >= 0:
        return
    for j in span:
        # (each group before states its own change of the kind the last's own is, none of the run's kind)
        theirs = [v for v in values[j] if v.measure != "level" and v.measure != "rank"]
        if len(theirs) != len(own) or any(v.period_hint == run[0].period_hint for v in theirs):
            return
    for j, v in zip(span, run):
        values[j].append(v)
    values[i] = [v for v in values[i] if v not in run[:-1]]


# "分别增长6.2%、5.1%，年度计划分别为6%、5%": the plans of the results before, one each, in order
# ("，年初预期分别为8.5%和9.5%", "（原计划分别为7%、5%）", "，年初目标分别为10%和8%", "，年初预算分别为66亿元、
# 50亿元", "，分别高于年初预期的5.5%和6%": a bare 目标/预算 needs the time it was set; a comparison its 的)
_PLANS_AFTER = re.compile(r"[，,；;（(]\s*(?:而|但)?(?:(?:年度|全年|年初|原定|原|年)?(?:计划(?:目标|数)?|预期目标|预期)"
                          r"|(?:年度|全年|年初|原定|原)(?:目标|预算数?))值?分别(?:是|为)?(?:增长|下降|上涨)?$"
                          # ("，均未达到年初计划的6%和8.5%": 均 as 分别, the plans short of which the results fell)
                          r"|[，,；;]\s*(?:而|但)?(?:分别|均|都)(?:高于|低于|好于|快于|慢于|超过|超出|控制在|未达到|未实现)(?:年度|全年|年初|原定)?(?:计划(?:目标)?|预期目标|预期|目标)的$"
                          r"|[，,；;]\s*(?:与|同)(?:年初|年度|全年|原定)(?:计划(?:目标)?|预期目标|预期|目标)的$"
                          # ("分别增长4.8%、7.1%，分别完成年度计划6%、8%的80%、88.8%": the plans, then the part of each done)
                          r"|[，,；;]\s*分别(?:完成|为|达到)(?:年度|全年|年初|原定)?(?:计划|预期目标|目标)(?:任务)?$")
_BOTH_COMPARED = re.compile(r"[，,；;]\s*(?:均|都)(?:高于|低于|好于|快于|超过|超出|控制在)$")
_EACH_COMPARED = re.compile(r"[，,；;]\s*分别(?:高于|低于|好于|快于|超过|超出|控制在)$")
_ONE_TARGET_AFTER = re.compile(r"的(?:年初|年度|全年)?(?:预期|计划|调控|控制)?(?:目标|要求)")
# ("与年初预期的6.5%、7%相比分别低2.4和1.4个百分点": the gaps after the plans are no one's figures)
_GAPS_AFTER = re.compile(r"相比[，,]?\s*(?:分别|均)?(?:高|低|快|慢|多|少|提高|回落|下降|超出|超过)了?$")


def _plans_after(text: str, group: list[Mention], vs: list[Value]) -> None:
    """"地区生产总值、一般公共预算收入分别增长6.2%、5.1%，年度计划分别为6%、5%": as many plans after a
    plan word and 分别 as results before it, one group of names: the results actuals, the plans targets."""
    k = sum(len(m.ids) for m in group)
    both = len(vs) == k + 1 and k > 1 and text[vs[k].end:vs[k].end + 1] == "的" and _ONE_TARGET_AFTER.match(text, vs[k].end) \
        and _BOTH_COMPARED.search(text, max(vs[k - 1].end, vs[k].start - 8), vs[k].start) \
        and all(v.unit == vs[k].unit and v.measure != "rank" for v in vs[:k])
    if both:  # "分别增长6.2%、7.5%，均高于6%的年初预期目标": one target for each of them
        vs += [_copied(vs[k]) for _ in range(k - 1)]
    # "分别为5.2%、0.2%，分别低于5.5%左右、3%左右的预期目标": the targets named after their figures
    both = both or len(vs) == 2 * k and k > 1 and text[vs[-1].end:vs[-1].end + 1] == "的" and _ONE_TARGET_AFTER.match(text, vs[-1].end) \
        and _EACH_COMPARED.search(text, max(vs[k - 1].end, vs[k].start - 8), vs[k].start) is not None
    if len(vs) == 3 * k and k > 1 and all(v.measure == "level" for v in vs[:k]) and not any(v.measure == "level" for v in vs[k:]):
        vs = vs[k:]  # ("分别达到4.2万元和2.3万元，分别增长5.1%和7.0%，年初预期分别为增长6%和8%": the levels before are their own)
    if len(vs) == 3 * k and k > 1 and text[vs[2 * k - 1].end:vs[2 * k].start] == "的" and all(v.unit == "%" for v in vs[k:]) \
            and _PLANS_AFTER.search(text, max(vs[k - 1].end, vs[k].start - 16), vs[k].start) is not None:
        del vs[2 * k:]  # ("，分别完成年度计划6%、8%的80%、88.8%": the part of each plan done is no figure of the names)
    gaps = len(vs) == 3 * k and k > 1 and all(v.unit == "个百分点" for v in vs[2 * k:]) \
        and _GAPS_AFTER.search(text, max(vs[2 * k - 1].end, vs[2 * k].start - 12), vs[2 * k].start) is not None
    if k < 2 or len(vs) != 2 * k and not gaps \
            or not both and _PLANS_AFTER.search(text, max(vs[k - 1].end, vs[k].start - 16), vs[k].start) is None \
            or any(a.unit != b.unit or a.measure == "rank" for a, b in zip(vs[:k], vs[k:2 * k])):
        return
    if gaps:
        del vs[2 * k:]
    # (the comparison word does not qualify the targets, decision 21: "分别低于6%和7.5%的预期目标" are 6 and 7.5 as set;
    # 左右 after the last covers the run)
    run_about = both and "左右" in text[vs[-1].start:vs[-1].end + 2]
    for a, b in zip(vs[:k], vs[k:]):
        a.role_hint, b.role_hint = "actual", "target"
        b.measure = a.measure
        if run_about:
            b.qualifier = "about"
        elif both and b.value_high is None and _QUAL_AFTER.search(text, b.start, b.end + 2) is None:
            b.qualifier = "eq"


_BARE_NEXT = re.compile(r"\s*[、和及与]\s*(?:增长|下降|上涨)?")


def _revised_each(text: str, groups: list[list[Mention]], values: list[list[Value]]) -> None:
    """"地区生产总值、固定资产投资年初预期分别增长7%、10%，年中分别调整为4%、5%": the figures set for several
    names (a set word before them) revised together in the clause after them, as many as the names: the
    revised ones are the targets (docs/decisions.md), the ones first set no fact; a result after them stays
    the result ("，实际分别增长4.2%、5.5%")."""
    for i, vs in enumerate(values):
        k = sum(len(m.ids) for m in groups[i])
        if k < 2 or len(vs) < k or text.find("调", vs[k - 1].end, vs[k].start if len(vs) > k else vs[k - 1].end + 48) < 0:
            continue
        rv = _REVISED_NEXT.match(text, vs[k - 1].end)
        lead = text[groups[i][-1].end:vs[0].start]
        if rv is None or not any(w in lead for w in _SET_WORDS) or _RESULT_VERB.search(lead) \
                or any(v.measure == "rank" for v in vs[:k]):
            continue
        if rv.group("words"):  # (revised to words, "调整为“保持平稳运行”": the figures first set are no targets)
            values[i] = vs[k:]
            continue
        if len(vs) < 2 * k or rv.end() != vs[k].start or find_mark(text, groups[i][-1].end, vs[k].start, _SENT_MARKS) >= 0 \
                or any(a.unit != b.unit or b.measure == "rank" for a, b in zip(vs[:k], vs[k:2 * k])) \
                or any(_BARE_NEXT.fullmatch(text, a.end, b.start) is None for a, b in zip(vs[k:2 * k - 1], vs[k + 1:2 * k])):
            continue  # (as many revised figures as names, joined by bare separators: "，年中调整为3%，实际分别…" is one)
        for a, b in zip(vs[:k], vs[k:2 * k]):
            b.role_hint = "target"
            b.verb = a.verb + b.verb  # (the words that set it are the revised one's too: "年初预期…8月份调整为")
        values[i] = vs[k:]


# a numbered item's marker right after a stop or a colon inside a paragraph: a list of items run into one line as a
# page copied as one run of text sets it ("…完成情况如下：1.地区生产总值。年初计划增长6%，…。2.社会消费品零售总额。…")
_INLINE_ITEM = re.compile(r"[：:。；;](?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])\s*$")


def _inline_item(text: str, s: int) -> bool:
    """Whether a numbered item's marker, after a stop or a colon, stands right before ``s`` inside its line."""
    return _INLINE_ITEM.search(text, max(0, s - 7), s) is not None


# blank lines (of spaces at most) after a line's end
_BLANK_RUN = re.compile(r"(?:[ \t\u3000\r]*\n)+")


def _head_stop(text: str, group: list[Mention]) -> int:
    """Where the stop after a name heading its item stands ("1.地区生产总值。年度目标为增长6%左右，预计增长6.2%左右":
    the figures in the sentence after it are the name's), or -1."""
    ge = group[-1].end
    # ("2.规上工业增加值增速。年度目标8%，预计完成8.5%": the name with its growth's word)
    gh = ge + len(hm.group(0)) if text[ge:ge + 1] == "增" and (hm := _GROWTH_HEAD.match(text, ge)) else ge
    # (or the name alone on its line, with its stop or none, the sentence on the next: a page that sets each sentence
    # a paragraph, a Word file's bold title a line, "1.地区生产总值。\n年初计划增长7%左右，执行结果为增长4.3%")
    # (there the next line opens on the plan's or the result's words: on a 数读 page a name over the next item's
    # figure, "城镇居民人均可支配收入\n22910元\n农村居民…", is a caption under its own)
    # (a page that sets each sentence a paragraph may set a blank line between them too, "1.地区生产总值。\n\n年初计划…":
    # the head's line still ends at the last line end before the sentence)
    # (a name that ends its line with its stop, "2.固定资产投资。\n\n超额完成年度计划，增长11.2%", is no caption: the sentence
    # on the next line is its own whatever it opens on, as after the stop on one line; so a bare rate under a name closed
    # by its stop, "（一）地区生产总值。\n\n增长7.5%左右。", a plan's target list one item a sentence)
    ends_stop = text[gh:gh + 1] == "。"
    stopped = text[gh:gh + 2] == "。\n"
    if stopped:
        gh += 1
    if text[gh:gh + 1] == "\n" and (bl := _BLANK_RUN.match(text, gh + 1)) is not None:
        gh = bl.end() - 1
    nx = gh + 1  # (where the sentence's figure words open: past a reason's aside, below)
    if text[gh:gh + 1] == "\n" and not stopped and text[nx:nx + 1] in _REASON_FIRST and (ra := _REASON_ASIDE.match(text, nx)) \
            and text[(ls := text.rfind("\n", 0, group[0].start) + 1):group[0].start].strip() \
            and _ITEM_HEAD.fullmatch(text, ls, group[0].start) \
            and text[ra.end() + 1:ra.end() + 3] in _BARE_RATES and _BARE_RATE_OPENS.match(text, ra.end() + 1) is not None:
        # a numbered item's name alone on its line, no stop, over a sentence set apart that opens on the reason its figure
        # rose or fell by, then its bare rate ("4.社会消费品零售总额\n\n受疫情影响，增长1.2%，低于年度计划…"): the item's own (a
        # 数读 caption has no item's mark)
        return gh
    bare = ends_stop and text[gh + 1:gh + 3] in _BARE_RATES and _BARE_RATE_OPENS.match(text, gh + 1) is not None
    if (text[gh:gh + 1] == "。" or text[gh:gh + 1] == "\n" and (stopped or _ITEM_GOES_ON.match(text, gh + 1) or _RESULT_OPENS.match(text, gh + 1))) \
            and (_ITEM_HEAD.fullmatch(text, text.rfind("\n", 0, group[0].start) + 1, group[0].start) or _inline_item(text, group[0].start)) \
            and (bare or _ITEM_GOES_ON.match(text, gh + 1) or _may_continue(text[gh + 1:gh + 2]) and _continue().match(text[gh + 1:gh + 14])) \
            and _OWN_FIGURE_NEXT.match(text, gh + 1):
        return gh
    return -1


_BARE_RATES = ("增长", "下降", "上涨", "控制", "稳定", "保持")
# a bare rate or bound opening the sentence under its name ("增长7.5%左右。", "控制在5.5%以内。", "稳定在50万吨以上。"):
# the figure and its unit end the sentence or its clause
_BARE_RATE_OPENS = re.compile(r"(?:增长|下降|上涨|(?:控制|稳定|保持)在)(?:约|近)?[\d.]+\s*[^\d\s，,。；;：:]{0,4}?"
                              r"(?:左右|以上|以内|以下)?(?:[。；;，,]|\s*$)", re.M)


# a bare result label opening the clause after figures set ("，实际增长", "，实际为")
_BARE_RESULTS = re.compile(r"[，,；;]\s*实际(?:完成|实现)?(?:增长|下降|上涨|为|达到)?")


@once
def _arranged_rate_after_re() -> tuple[re.Pattern, re.Pattern]:
    """The words before a name's rate set by 按照 (its change word after it: "全年按照上涨"), and the verb of setting
    right after the rate's qualifier, closing the clause ("安排，", "安排。"): cues.tsv arranged_verbs, arranged_rises and
    arranged_falls, as `_arranged_before_re` reads the figure set before its name."""
    changes = longest_first(vocab.cues()["arranged_rises"] + vocab.cues()["arranged_falls"])
    verbs = "|".join(map(re.escape, sorted(vocab.cues()["arranged_verbs"], key=lambda w: (-len(w), w))))
    return re.compile(r"(?:按照|按)(?:" + changes + r")?$"), re.compile(r"(?:" + verbs + r")(?=[，,。；;\n]|$)")


def _arranged_after_name(text: str, v: Value) -> bool:
    """"居民消费价格涨幅全年按照上涨2%左右安排", "赤字率按照3%左右安排，": a name's rate set by 按照 and a verb of setting
    right after it, closing its clause: a target, in a review last year's ("…按照3%左右安排，全年实际上涨0.6%": the
    result after it); not a rate with no verb of setting after it ("按照…的标准", "按照5%的幅度压减…")."""
    before, after = _arranged_rate_after_re()
    return v.measure == "growth" and before.search(v.verb or "") is not None and after.match(text, v.end) is not None


def _set_results(text: str, groups: list[list[Mention]], values: list[list[Value]]) -> None:
    """"年初确定的目标是生产总值增长6%、一般公共预算收入增长5%，实际分别增长6.3%和5.4%", "…分别增长6%、5%的
    预期目标，实际分别增长6.1%、5.2%": figures set (a set_lead word before them or after the last) and,
    after a then_results word, as many results: one each to the names the set ones are of, in order;
    the set ones are targets, the results actuals. Results whose names cannot be found are no one's."""
    each = "分别" in text
    if not each and "实际" not in text and "预计" not in text and "全年" not in text:
        return  # (each then_results word says 分别; a bare one is 实际, 预计 or 全年: "…的目标，全年实现8.2%和7.5%")
    for i, vs in enumerate(values):
        if len(vs) < 2:
            continue
        at, said = None, None
        for r in range(1, len(vs)):
            # (each then_results word says 分别)
            if each and text.find("分别", vs[r - 1].end, vs[r].start) >= 0 \
                    and (said := _then_results().search(text, vs[r - 1].end, vs[r].start)) is not None:
                at = r
                break
            if each and (said := _then_results_after_set().match(text, vs[r - 1].end)) is not None and said.end() == vs[r].start:
                at = r  # "…增长7%的预期目标，分别完成6.1%和8.1%"
                break
            if text[vs[r - 1].end:vs[r - 1].end + 1] in "，,；;" and (said := _BARE_RESULTS.match(text, vs[r - 1].end)) is not None \
                    and said.end() == vs[r].start and 1 < r == len(vs) - r == sum(len(m.ids) for m in groups[i]) \
                    and all(text[a.end:b.start] in ("、", "和") for a, b in zip(vs[:r], vs[1:r])) \
                    and all(text[a.end:b.start] in ("、", "和") for a, b in zip(vs[r:], vs[r + 1:])):
                # "城镇、农村居民人均可支配收入：计划增长7%、7.5%，实际增长5.2%、6.4%": a bare 实际 after as many
                # figures set as names, then as many results
                at = r
                break
            if text[vs[r - 1].end:vs[r - 1].end + 1] in "的目预计" and (said := _bare_results_after_set().match(text, vs[r - 1].end)) \
                    and said.end() == vs[r].start and len(vs) - r > 1 \
                    and all(text[a.end:b.start] in ("、", "和") for a, b in zip(vs[r:], vs[r + 1:])) \
                    and text[vs[-1].end:vs[-1].end + 1] in "，,；;。" \
                    and (r == len(vs) - r == sum(len(m.ids) for m in groups[i]) or r == 1 == sum(len(m.ids) for m in groups[i])):
                # "年初确定的地区生产总值增长6.5%、规模以上工业增加值增长8%的目标，实际完成6.1%和9.2%": no 分别, but
                # right after the figures named the targets as many results, joined by 和/、 and closing their clause,
                # as there are names (the names' count is checked below): one each, in order
                at = r
                break
            said = None
        if at is None:
            if each:
                _plans_after(text, groups[i], vs)
            continue
        sets, results = vs[:at], [v for v in vs[at:] if v.measure != "rank"]
        members = sum(len(m.ids) for m in groups[i])
        extra: list[Value] = []
        if len(results) > len(sets) > 1 and all(r.unit == sets[0].unit for r in results[:len(sets)]) \
                and (results[len(sets)].unit != sets[0].unit
                     and find_mark(text, results[len(sets) - 1].end, results[len(sets)].start, _CLAUSE_MARKS) >= 0
                     or members == len(sets) and all(r.unit != sets[0].unit for r in results[members:])):
            # "计划分别增长7%、7.5%，实际分别增长5.2%、6.4%，分别达到6.12万元、3.26万元", "…，预计分别增长5.6%和7.8%，
            # 分别达到45260元和23680元": each name's result, then each one's level, which is no result of a figure set
            results, extra = results[:len(sets)], results[len(sets):]
        elif len(results) > len(sets) > 1 and len(results) % len(sets) == 0:
            # "计划分别增长7%和8%，实际分别达到65890元和41370元，分别增长9.3%和10.6%": the levels first, then the
            # results of the figures set: runs as long as the set one, each of one unit, a clause mark between
            # them, one run of the set one's unit (the results) and the rest each one's level
            n = len(sets)
            chunks = [results[c:c + n] for c in range(0, len(results), n)]
            own = [c for c in chunks if c[0].unit == sets[0].unit]
            # (the levels may differ in unit, one name's each: "预计分别达到6300万人次、560亿元，分别增长11.2%和13.5%")
            if len(own) == 1 and all(v.unit == own[0][0].unit for v in own[0]) \
                    and all(v.unit != own[0][0].unit for c in chunks if c is not own[0] for v in c) \
                    and all(find_mark(text, a[-1].end, b[0].start, _CLAUSE_MARKS) >= 0 for a, b in zip(chunks, chunks[1:])):
                results, extra = own[0], [v for c in chunks if c is not own[0] for v in c]
        k = len(results)
        run = None
        if members == k and len(sets) == k:
            run = [i]  # one group of k names: "生产总值、一般公共预算收入分别增长6%、5%"
        elif members == 1 and len(sets) == 1 and i - k + 1 >= 0:
            run = list(range(i - k + 1, i + 1))  # k groups of one name, each with its own figure set
            if any(len(groups[j]) != 1 or len(groups[j][0].ids) != 1 or len(values[j]) != 1 for j in run[:-1]):
                run = None
            else:
                sets = [values[j][0] for j in run[:-1]] + sets
        first = groups[run[0]][0].start if run else 0
        # (the run has no figure before it in its sentence: "目标是A增长6%、B增长5%、C增长10%，实际分别增长
        # 6.3%和5.4%" gives no result; "分别完成年度目标的105%和102%" are no results of the figures)
        # (a name heading its item, "城乡居民人均可支配收入。年度计划分别增长7%和8%，预计分别…": the sentence after its stop)
        body = first if run is None or (hs := _head_stop(text, groups[run[0]])) < 0 else hs + 1
        # (the results' own ； before them goes: "年初计划地区生产总值增长6%、固定资产投资增长8%；实际分别增长6.2%、5.1%")
        semi = said.start() if text[said.start():said.start() + 1] in "；;" else results[0].start
        if run is not None and all(a.measure == "level" and a.unit != b.unit for a, b in zip(sets, results)) \
                and _set_lead().search(text, _after_mark(_SEMI_STOP_MARKS, text, first - 24, first), results[0].start) is None:
            # "城镇居民人均可支配收入53100元、农村居民人均可支配收入24200元，预计分别增长4.8%、6.4%": nothing set before
            # the results' word, the figures before it each name's own amount: the changes are the names' one each
            # (_share_respectively), not results dropped for want of figures set
            continue
        if run is None or find_mark(text, body, semi, _SENT_MARKS) >= 0 or find_mark(text, semi + 1, results[0].start, _SENT_MARKS) >= 0 \
                or run[0] > 0 and values[run[0] - 1] and find_mark(text, groups[run[0] - 1][0].start, first, _SENT_MARKS) < 0 \
                or _set_lead().search(text, said.end(), results[0].start) or text[results[0].start - 1] == "的" \
                or any(a.measure == "rank" or a.unit != b.unit for a, b in zip(sets, results)) \
                or _set_lead().search(text, _after_mark(_SEMI_STOP_MARKS, text, first - 24, first), results[0].start) is None:
            values[i] = vs[:at]  # (results no name can be given)
            continue
        for a, b in zip(sets, results):
            a.role_hint, b.role_hint = "target", "actual"
            if b.measure != a.measure:
                b.measure = a.measure  # "增长8%的目标，实际分别为8.3%": the result of the same change
        if len(run) == 1:
            values[i] = sets + results + extra
        else:
            for j, a, b in zip(run, sets, results):
                values[j] = [a, b]


# the words before a target's figure in its own clause that state a new one ("，经济增长6.5%以上的目标", "，增长5%左右的目标"):
# no year gone by, no comparison, no result
_NEW_TARGET_CLAUSE = re.compile(r"(?:(?!去年|上年|高于|低于|好于|快于|超过|超出|完成|实现|达到|比|较|与|同)[^，,。；;：:\d%])*")
# a target said to be met after it ("…的目标顺利实现", "…的目标圆满完成")
# (not one said reachable: "…的目标经过努力可以实现" is this year's)
_TARGET_MET_AFTER = re.compile(r"[^，,。；;]{0,6}?(?<!可以)(?<!能够)(?<!可望)(?<!有望)(?:完成|实现|达成|超额|如期|圆满|顺利|基本)")


# an amount restated as a target ("超过110万人的预期目标"), its cue's end right after it
_AMOUNT_TARGET_BEFORE = re.compile(r"[\d.]+[万亿]?[人元户家个吨亩斤次天]的(?:年度|全年)?(?:主要)?预期目标$")


# last year's target or result restated after this year's figure of the same name, its year said before it
# ("经济增长7.5%左右的预期目标，比去年8%左右的目标和7.7%的实际增速有所调低", "去年我们确定经济增长5.5%左右的预期
# 目标，全省实际增长4.3%"): the words right after the figure, or the result's word right before it, say which
_LAST_YEARS_TARGET_AFTER = re.compile(r"的(?:预期|年度|计划|增长)*目标")
_LAST_YEARS_TARGET_BEFORE = re.compile(r"[，,；;。：:]" + _LAST_YEARS_TARGET + "$")  # (a colon: an answer's label)
_LAST_TARGET_OPENS = re.compile(_LAST_YEARS_TARGET + r"(?=[\d.])|" + _LAST_YEARS_SAME)
_LAST_YEARS_SAME_BEFORE = re.compile(r"[，,；;。]" + _LAST_YEARS_SAME_WORDS + r"(?:增长|下降|上涨|提高|降低)?$")
# (the figure in quotes, "较去年的“6%以上”"; a news page's 低于/高于 before a range only, which no result is: "定为6.5%左右，
# 低于去年的6.5%至7%区间", not "低于去年的6.7%", a result as often)
# (与/同 too, "，与去年的6%以上持平": the same level kept, read as a target by its words after, _last_target_said, lft61b)
_AGAINST_LAST_TARGET = re.compile(r"(?:左右|以上|以内)?[，,](?:较|比|与|同|(略?[低高]于))(?:去年|上年)(目标|的目标)?的[“「]?")  # ("比去年目标的5.5%左右")
_LAST_YEARS_RESULT_AFTER = re.compile(r"的实际(?:增速|增幅|增长|完成)")


@once
def _last_target_verb() -> re.Pattern:
    """The words after last year's figure that say it was a target (cues.tsv last_target_moved: always; last_target_same:
    group 1, only for a figure with a target's qualifier or a range)."""
    def alt(row: str) -> str:
        return longest_first(vocab.cues()[row])
    return re.compile(r"[”」]?(?:有所|略有|小幅|稍有|明显|进一步)?(?:" + alt("last_target_moved") + r")|[”」]?(" + alt("last_target_same") + ")")


def _last_target_said(text: str, v: Value) -> bool:
    """Whether the words right after ``v`` (last year's figure after 较/比/与去年的) call it last year's target though no
    目标 is named: "较去年的6.5%左右有所下调", "与去年的6%以上持平", "较去年的7%—7.5%有所下调" (a target's words); not
    "较去年的6.8%有所回落", "与去年的6.8%持平" (a rate's), lft61b."""
    m = _last_target_verb().match(text, v.end)
    return m is not None and (m.group(1) is None or v.value_high is not None or v.qualifier in ("about", "at_least", "at_most"))
_LAST_YEARS_RESULT_BEFORE = re.compile(r"(?:实际(?:同口径|同比)?(?:增长|上涨|下降|新增|完成|实现|增速为?)?了?的?|(?:去年|上年)(?:实际)?(?:增长|上涨|下降|新增|增速为?))$")
_LAST_YEAR_WORD = re.compile(r"(?:去年|上年)(?!同期)")
_LAST_YEAR_IS = ("去年是", "去年为", "上年是", "上年为")
# (this year's target named as one, then last year's right after: "增长目标为6%—6.5%，去年为6.5%左右", lft61b)
_LAST_YEAR_IS_AFTER = tuple(m + w for m in "，," for w in _LAST_YEAR_IS)


def _so_far_then_last_year(text: str, name_end: int, prev: Value, v: Value) -> bool:
    """Whether ``v`` opens the clause right after a ； that ends the name's figure for the year so far ("…：今年以来增长
    6.1%；上年增长5.6%", an explainer's card): last year's figure of the same name, as after a comma."""
    k = prev.end
    while k < v.start and text[k] in "%％ ":
        k += 1
    return text[k:k + 1] in ("；", ";") and _LAST_YEAR_CLAUSE.match(text, k + 1) is not None \
        and find_mark(text, k + 1, v.start, _SENT_MARKS) < 0 and text.find("以来", name_end, prev.start) >= 0 \
        and _SO_FAR.search(text, name_end, prev.start) is not None


def _last_years_beside(text: str, groups: list[list[Mention]], values: list[list[Value]]) -> None:
    """The figures after a name's first one that its sentence dates to last year (去年/上年 before them) and
    that say they were last year's target ("…8%左右的目标") or result ("7.7%的实际增速", "实际增长4.3%"):
    role hints, as _set_results gives (their period then last year's)."""
    for i, vs in enumerate(values):
        if not vs:
            continue
        v = vs[0]
        if v.role_hint is None and v.verb and "年" in v.verb and (cs := _after_mark(_CLAUSE_MARKS, text, max(groups[i][-1].end, v.start - 16), v.start)) > groups[i][-1].end \
                and _LAST_YEAR_WORD.search(text, cs, v.start) and _LAST_YEARS_RESULT_BEFORE.search(text, cs, v.start):
            # "经济增长连续多年保持在全国前列，去年增长10.5%": the name's first figure, in a clause of last year's growth
            v.role_hint = "actual"
        if v.role_hint is None and text.find("目标", max(groups[i][-1].end, v.start - 12), v.start) >= 0 \
                and _LAST_YEARS_TARGET_BEFORE.search(text, max(groups[i][-1].end, v.start - 12), v.start):
            v.role_hint = "target"  # ("城镇新增就业目标与去年持平，去年这一目标为12万人以上": the name's first figure, last year's target)
        _last_years_same(text, groups[i][-1].end, vs)
        if len(vs) < 2:
            continue
        g = groups[i][0].start
        ss = rfind_mark(text, max(0, g - 200), g, _STOP_SEMI_LINE) + 1  # (one backward walk, not five finds)
        v = vs[0]
        if v.role_hint is None and text[v.start - 3:v.start] in _LAST_YEAR_IS and text[v.start - 4:v.start - 3] in ("，", ",") \
                and text.find("目标", groups[i][-1].end, v.start) >= 0:
            v.role_hint = "target"  # "全省生产总值增长预期目标，去年是6.5%左右，实际完成6.2%": the target the name's words set, last year's
        for r in range(1, len(vs)):
            v = vs[r]
            if v.role_hint is not None or v.measure == "rank" or vs[r - 1].unit != v.unit:
                continue
            if _LAST_YEAR_WORD.search(text, ss, v.start) is None \
                    or text.find("全国", _after_mark(_CLAUSE_MARKS, text, vs[r - 1].end, v.start), v.start) >= 0 \
                    or find_mark(text, vs[r - 1].end, v.start, _SENT_MARKS) >= 0 \
                    and not (text[_sentence_start(text, v.start) - 1:v.start].startswith("。")
                             and (lt := _last_target_opens(text, _sentence_start(text, v.start), v.start + 1)) is not None
                             and lt.end() == v.start
                             or (qa := _answer_at(text, vs[r - 1].end, v.start)) >= 0
                             and (lt := _last_target_opens(text, qa, v.start + 1)) is not None and lt.end() == v.start
                             or _so_far_then_last_year(text, groups[i][-1].end, vs[r - 1], v)):
                # (a sentence between: only one opened by last year's target, "。去年这一目标是5%以上" (_tail_end))
                # (or a ； after the year so far's figure: "社会消费品零售总额：今年以来增长6.1%；上年增长5.6%")
                continue  # (nor the country's: "，比全国去年5.2%的实际增速高…")
            if _LAST_YEARS_RESULT_AFTER.match(text, v.end) or _LAST_YEARS_RESULT_BEFORE.search(text, max(vs[r - 1].end, v.start - 8), v.start):
                v.role_hint = "actual"
            elif _LAST_YEARS_TARGET_AFTER.match(text, v.end) and _LAST_YEAR_WORD.search(text, vs[r - 1].end, v.start) \
                    or _LAST_YEARS_TARGET_BEFORE.search(text, max(vs[r - 1].end, v.start - 12), v.start) \
                    or (am := _AGAINST_LAST_TARGET.fullmatch(text, vs[r - 1].end, v.start)) is not None \
                    and (am.group(1) is None or v.value_high is not None) \
                    and (am.group(2) is not None or text.find("目标", groups[i][0].start, vs[r - 1].start) >= 0
                         or _last_target_said(text, v)) \
                    or text[vs[r - 1].end:v.start] in _LAST_YEAR_IS_AFTER and text.find("目标", groups[i][0].start, vs[r - 1].start) >= 0:
                # ("，去年这一目标是6.5%": last year's target named before its figure; "今年的目标定在7%左右，比去年的
                # 8%左右有所下调": the target just set against last year's, right after it; "城镇调查失业率6%左右，比去年
                # 目标的5.5%左右有所提高": against last year's named as its target, no target word before)
                v.role_hint = "target"
            else:
                continue
            if v.measure in ("share", "pct") and vs[r - 1].measure in ("growth", "pct"):
                # ("比去年7.6%的实际增速": the same change as the figure before, no growth word of its own; "目标定在7%左右，
                # 比去年的8%左右": a bare % as the bare % before it)
                v.measure = vs[r - 1].measure


def _last_years_same(text: str, name_end: int, vs: list[Value]) -> None:
    """The figures of a name that a clause opened by 去年这一指标/这一数字 (_LAST_YEARS_SAME: the name left out) gives:
    last year's results ("。去年这一指标为7.1%左右", "，去年这一数字为5510亿元，增长4.3%"), the figures after it in
    its sentence too, until a clause names this year again."""
    on = False
    for r, v in enumerate(vs):
        lo = max(name_end if r == 0 else vs[r - 1].end, v.start - 20)  # ("。去年这一指标的实际完成情况为增长": 17)
        if (text.find("指标", lo, v.start) >= 0 or text.find("数", lo, v.start) >= 0) and _LAST_YEARS_SAME_BEFORE.search(text, lo, v.start):
            on = v.role_hint is None
        elif on and (find_mark(text, lo, v.start, _SENT_MARKS) >= 0 or text.find("今年", lo, v.start) >= 0):
            on = False
        if on and v.role_hint is None:
            v.role_hint = "actual"


def _growth_rank_to_flow(text: str, groups: list[list[Mention]], values: list[list[Value]]) -> None:
    """"收入7.43亿元，税收占比66%，增幅位居全市第四": a share has no growth to rank, so a rank of
    增幅/增速 after a ratio goes to the flow named just before it in the sentence (if that one has no
    rank of its own); nor has it a size, so a rank of 总量/规模 goes to the amount before it that states its level
    ("收入436.5亿元，增长6.2%，其中税收收入占比85.3%，比上年提高0.9个百分点，总量居全省县级市第1位")."""
    for i in range(1, len(values)):
        ranks = [v for v in values[i] if v.measure == "rank" and (_GROWTH_RANK.search(v.verb) or _SIZE_RANK.search(v.verb))]
        if not ranks or len(groups[i]) != 1 or len(groups[i - 1]) != 1:
            continue
        ids, prev_ids = groups[i][0].ids, groups[i - 1][0].ids
        if len(ids) != 1 or len(prev_ids) != 1 or "-" in ids + prev_ids:
            continue
        size = _GROWTH_RANK.search(ranks[0].verb) is None
        if vocab.indicators()[ids[0]].kind != "ratio" or ("level" if size else "growth") not in vocab.indicators()[prev_ids[0]].measures \
                or size and not any(v.measure == "level" for v in values[i - 1]):
            continue
        if any(v.measure == "rank" for v in values[i - 1]) or \
                find_mark(text, groups[i - 1][0].end, ranks[0].start, _SENT_MARKS) >= 0 \
                or _rate_of_amount(text, groups[i][0], ranks[0].verb):  # ("，税收收入增速居全州第1位": the amount's own rate)
            continue
        values[i] = [v for v in values[i] if v not in ranks]
        values[i - 1].append(ranks[0])


_SIZE_RANK = re.compile(r"总量|规模")  # (a size ranked: no ratio has one)
_SHARED_RANK = re.compile(r"均(?:位居|位列|居于|稳居|居|排名|排|列)")
_BOTH_MEASURES = re.compile(r"(?:总量|规模)(?:和|与|及|、)(?:增速|增幅)均")
# the years each name of a pair has held one place, listed after 分别 ("分别连续25年、41年居全国各省区第一")
_EACH_HELD_FOR = re.compile(r"分别连续\d{1,3}年(?:[、和及与]\d{1,3}年)+(?:位?居|位列|排名|稳居|保持)")
_PAIR_JOINS = ("、", "，", ",", "和", "及")


def _shared_rank(text: str, groups: list[list[Mention]], values: list[list[Value]]) -> None:
    """"规模以上工业增加值增长9.1%、固定资产投资增长8.7%，增速均居全省第一": a rank said of all (均) after a run
    of names each with its own figure is each one's, not only the last name's (the names before it in the run, each
    with figures and no rank of its own, joined by 、 or a comma, in one sentence)."""
    for i in range(1, len(values)):
        ranks = [v for v in values[i] if v.measure == "rank" and (v.verb.endswith("均") or _SHARED_RANK.search(v.verb))]
        if not ranks:
            continue
        r = ranks[0]
        if _BOTH_MEASURES.search(text, max(0, r.start - 8), r.start + 1):
            # "…，固定资产投资完成356.2亿元，增长22.6%，总量和增速均居全市第一": 均 over the two measures of the last name
            continue
        own = {iid for m in groups[i] for iid in m.ids}
        j = i - 1
        # (not the same indicator's figure before: "新增市场主体9200户，市场主体存量和年度增量均位居…第一" ranks one)
        while j >= 0 and len(groups[j]) == 1 and values[j] and not any(v.measure == "rank" for v in values[j]) \
                and own.isdisjoint(groups[j][0].ids) \
                and text[_own_end(values[j], groups[j][0].start, groups[j + 1][0].start):groups[j + 1][0].start].strip() in _PAIR_JOINS \
                and find_mark(text, groups[j][0].start, r.start, _SENT_MARKS) < 0:
            values[j].append(_copied(r))
            j -= 1


def _own_end(vs: list[Value], lo: int, hi: int) -> int:
    """The end of the last of a name's figures that stands before the next name at ``hi`` (a figure after it came by
    分别: "财政总收入132.6亿元、一般公共预算收入78.5亿元，分别增长8.3%和7.6%", the run joined by 、 still)."""
    return max((v.end for v in vs if v.end <= hi), default=lo)


_MILESTONE_VERBS = ("迈上", "跨上", "站上", "跨越", "迈过", "突破", "越过", "跃上", "登上", "跨过",
                    "exceeded", "topped", "surpassed", "crossed")  # (a bilingual page's: "exceeded 400 billion yuan")


# a level stated in English words on a bilingual page ("…, reaching 400.62 billion yuan"), as 达到 is
_EN_LEVEL_VERB = re.compile(r"(?<![A-Za-z])(?:reach(?:ed|ing|es)?|totall?(?:ed|ing)|stood at|hit|amounted to)[ ]$")


# a region named as the N-th (or first) to do what its clause says, after the verb of being or becoming, not of aiming
_NTH_TO_PASS = re.compile(r"(?<!将)(?<!要)(?<!力争)(?<!争取)(?<!确保)(?<!努力)(?<!有望)(?<!争当)(?:是|成为)"
                          r"(?:全国|全省|全市|全区|全州|中国|我国)?(?:第[一二三四五六七八九十\d]{1,3}个|首个)")
# (nor where its sentence aims before it, or names the year it is for: "力争到2027年成为…", "到2027年，成为…",
# "努力使山东成为…")
# (将/要 as words of their own: not 将近, 重要, 主要, 需要, 要素)
_AIMED_BEFORE = re.compile(r"将(?!近)|(?<![重主需必纲首摘])要(?![素件求])|力争|争取|确保|努力|有望|争当|奋力|到(?:19|20)\d\d年")


def _milestone(v: Value) -> bool:
    """A level passed ("迈上5万亿元台阶", "突破万亿元"), not one stated."""
    return v.measure == "level" and v.qualifier == "at_least" and v.verb.rstrip("了 ").endswith(_MILESTONE_VERBS)


# times of a year listed before 分别 ("一季度、上半年、前三季度和全年", "上半年和全年"): each item, in order
_PART_ITEM = r"(?:第?[一二三四]季度|前[两三]季度|[上下]半年|全年|1[-—–~至]\d{1,2}月)"
_PARTS_LIST = re.compile(r"(?:" + _PART_ITEM + r"[、和与及]){1,4}" + _PART_ITEM)
# (the list closing the lead before the name, its region's word after it, "前三季度和全年全市地区生产总值分别…"; or
# standing between the name and 分别, "地区生产总值一季度、上半年和全年分别增长…")
_PARTS_LEAD = re.compile(_PARTS_LIST.pattern + r"[，,]?(?:全省|全市|全区|全县|全州|全盟|全旗|我省|我市|我区|我县)?的?$")
_PARTS_BETWEEN = re.compile(_PARTS_LIST.pattern + r"(?:的)?(?:增速|增幅|增长|同比)?(?:分别|依次)")


def _parts_each(text: str, gstart: int, gend: int, vstart: int) -> list[str] | None:
    """The times of the year listed before 分别 for the name at ``gstart``–``gend`` (in the lead before it or
    between it and 分别), one per value of the run after, in order; else None (not one item a whole year of its
    own: "2023年、2024年" are _YEARS_EACH's)."""
    lm = _PARTS_LEAD.search(text, max(0, gstart - 30, _clause_start(text, gstart, 30)), gstart)
    if lm is None:
        lm = _PARTS_BETWEEN.search(text, gend, vstart)
        if lm is None or lm.start() - gend > 6:
            return None
    items = re.findall(_PART_ITEM, lm.group(0))
    return items if len(items) >= 2 and any(i != "全年" for i in items) else None


def _listed_run(vs: list[Value], n: int, text: str) -> list[Value]:
    """The first ``n`` values, where they are joined by bare separators ("8.8%、9.1%", "6.5%和3.6%") and a clause mark
    parts them from the next ("，两年平均增长5%"): the run of values for ``n`` years listed; else ``vs``."""
    if len(vs) <= n or n < 2 or any(text[a.end:b.start] not in ("、", "和", "与", "及") for a, b in zip(vs[:n], vs[1:n])) \
            or find_mark(text, vs[n - 1].end, vs[n].start, _CLAUSE_MARKS) < 0:
        return vs
    return vs[:n]


def _years_each(ys: list[str], vs: list[Value], text: str, each: int) -> list[str] | None:
    """The years listed before 分别 (at ``each``) that its values are of, one each, or None where they do not
    match: a 持平 in the run is a year's value too ("2024年、2025年分别上涨0.2%、持平": 0.2 is 2024's)."""
    if len(ys) == len(vs):
        return ys
    end = vs[-1].end + 3
    if len(ys) <= len(vs) or text.find("持平", each, end) < 0:
        return None
    flats = [m.start() for m in re.finditer("持平", text[each:end])]
    if len(ys) != len(vs) + len(flats):
        return None
    order = sorted([(v.start, True) for v in vs] + [(each + f, False) for f in flats])
    return [y for y, (_, is_value) in zip(ys, order) if is_value]


# "年初预算32亿元，执行中调整为35.6亿元": the budget revised in the year, never the figure picked over the one set
_REVISED = re.compile(_REVISION + "$")
_REVISED_CHANGE = re.compile(_REVISION + "(?:增长|下降|上涨)?$")  # (the revised figure's own change word after it)
_REVISED_FLAT = re.compile(_REVISION + "(?:与上年|比上年|与去年|同比)?$")  # ("由增长5%调整为与上年持平": revised to no change)
# a revision right before the words a target is revised to ("增长调整为努力实现正增长", "目标调整为“保持平稳”")
_REVISED_TO_WORDS = re.compile(r"(?:增长|增速|增幅)?(?:的?(?:预期)?目标)?" + _REVISION + r"[“\"]?(?:努力|力争|争取|确保)?(?:实现|保持)?$")


# "省里确定全省生产总值增长6.5%左右，我县确定为7%": the report's own figure set after the level above's (its verbs of
# setting before 为: cues.tsv own_set_as; no two open on one character, so their order in the alternation is no matter)
_OWN_SET_AS = "(?:" + "|".join(map(re.escape, vocab.cues()["own_set_as"])) + ")"
_OWN_SET_CLAUSE = re.compile(r"[ \u3000]*(?:结合(?:我[省市区县州旗盟])?实际[，,])?(?:(?:我|本)[省市区县州旗盟]|我们)"
                             r"(?:[^，,。；;\d%]{0,14}?" + _OWN_SET_AS + "为(?:增长|下降)?|" + _OWN_GROWS + ")$")
# (the region's own word in a clause of its own before the one that sets the figure: "我区自我加压，确定为增长6.5%")
_OWN_THEN_SET = re.compile(r"[ \u3000]*(?:我|本)[省市区县州旗盟][^，,。；;\d%]{0,8}[，,](?:" + _OWN_SET_AS + "为(?:增长|下降)?)$")
_THAN_YEAR_BEFORE_LAST = re.compile(r"(?:比|较)前年(?:同期)?(?:增长|下降|上涨|提高|降低)$")
_SET_ONLY = re.compile(_OWN_SET_AS + "为$")  # (the own figure set with no change word of its own)
# (and a figure handed down: "自治区下达我县…目标为2.8%，我县确定为3%", "银川市下达我县的…目标为6.5%", "省定我市目标为5.5%")
_OWN_WHOLE_GROWS = re.compile(r"[ \u3000]*全([省市区县州旗盟])" + _OWN_GROWS + "$")
_UPPER_SUBJECT = re.compile(r"全国|国家|全省|省里|省委|省政府|全市|市里|市委|市政府|自治区|上级|下达(?:给)?(?:我|本)[省市区县州旗盟]|[省市州]定"
                            r"|对(?:我|本)[市区县州旗盟]下达")


def _upper_lead(text: str, s: int) -> int:
    """Where the clause of the name at ``s`` opens, or the lead before its colon where a colon opens it ("市里下达我县的
    目标为：地区生产总值增长6%，我县确定为6.5%左右", decision 102)."""
    c = _after_mark(_CLAUSE_MARKS, text, max(0, s - 24), s)
    return _after_mark(_CLAUSE_MARKS, text, max(0, c - 31), c - 1) if c > 0 and text[c - 1] in "：:" else c


@once
def _above_set_clause_rx() -> re.Pattern[str]:
    """A level above's word (cues.tsv above_target_words) then its word of setting (above_clause_sets), maybe 确定的 between;
    or a whole's word (region_whole_below, above_clause_wholes) then a result's (above_clause_results): "，全市实际增长8.1%",
    "：全省增长4.6%"."""
    c = vocab.cues()
    # (全区 too, region_word_setter: _above_word reads whether it is above, the autonomous region in 广西's city)
    words = list(c["above_target_words"]) + [w for w in c.get("region_word_setter", ()) if w[:1] == "全"]
    words += [ch + "定" for ch in c.get("above_level_chars", ())] + list(c.get("above_level_chars", ()))
    return re.compile("(" + longest_first(words) + r")(?:年初)?(?:(?:" + longest_first(c["above_set_verbs"])
                      + ")的)?(?:" + longest_first(c["above_clause_sets"]) + ")|("
                      + longest_first((*c["region_whole_below"], *c["above_clause_wholes"]))
                      + ")(?:" + longest_first(c["above_clause_results"]) + ")")


@once
def _above_named_sets_rx() -> re.Pattern[str]:
    """A clause opening on a place name ending in a level's word (cues.tsv above_place_ends), its verb of setting
    (above_set_verbs but the handing down's, hand_down_words) and 的 then a word of setting (above_clause_sets); group 1
    the name, read by _own_place."""
    return re.compile(r"([\u4e00-\u9fff]{1,8}(?:" + longest_first(vocab.cues()["above_place_ends"]) + "))"
                      + _above_sets_tail_rx().pattern)


@once
def _above_sets_tail_rx() -> re.Pattern[str]:
    """What follows the level above's name in _above_named_sets_rx: its verb of setting (not the handing down's) and 的
    then a word of setting."""
    c = vocab.cues()
    verbs = [v for v in c["above_set_verbs"] if v not in c.get("hand_down_words", ())]
    return re.compile("(?:" + longest_first(verbs) + ")的(?:" + longest_first(c["above_clause_sets"]) + ")")


def _above_sets_before_name(text: str, ms: int, b: int, meta: Metadata) -> bool:
    """Whether the level above's word and its word of setting open the clause before the name at ``ms`` and no mark
    stands between the name and its figure at ``b``: "市定目标为城镇新增就业4000人，全县新增4350人" in a county's report,
    the city's target, as "城镇新增就业：市定目标4000人" is (_above_set_clause; decision 505)."""
    cs = _after_mark(_CLAUSE_MARKS, text, ms - 24, ms)
    # (or a level's bare word and its verb of setting right before the name: "市确定的固定资产投资增长目标为7%" in a
    # county's report, "地区确定的…" in a county-level city's of a 地区: the level above's, _level_sets_rx, lft62c)
    lm = _level_sets_rx().fullmatch(text, cs, ms) if cs < ms else None
    return cs < ms and find_mark(text, ms, b, _CLAUSE_MARKS) < 0 and (
        _above_set_clause(text, cs, b, meta) or lm is not None and _above_word(lm.group(1), meta))


@once
def _above_aims_rx() -> re.Pattern[str]:
    """A word of setting (cues.tsv above_clause_sets: 计划/目标/预期), 年初 maybe before it, right after a region above's
    name: "苏州市预期增长6%", "苏州年初计划增长8%"."""
    return re.compile("(?:年初)?(?:" + longest_first(vocab.cues()["above_clause_sets"]) + ")")


def _above_set_clause(text: str, a: int, b: int, meta: Metadata) -> bool:
    """Whether the clause of the figure at ``b`` (after the name ending at ``a``) opens with a level above's word and its
    word of setting ("：全市计划增长9.5%" in a district's report, "，省里确定的目标为增长8%"): the level above's plan; or
    with a whole's word and its result ("，全市实际增长8.1%" there): the level above's result."""
    cs = _after_mark(_CLAUSE_MARKS, text, a, b)
    am = _above_set_clause_rx().match(text, cs, b)
    if am is None:
        # ("固定资产投资：兰州市确定的计划为增长9%" in a district's report: the level above by its place name; not 下达,
        # a target handed down to the region is its own, decision 102)
        pm = _above_named_sets_rx().match(text, cs, b)
        # (or by a name it goes by, its short name too, "：广西确定的目标为增长9%" in a county's report: _above_names,
        # decision 501; or that name then its word of setting alone, "：苏州市预期增长6%", "：苏州预期增长5.5%" in a
        # county-level city's report, where the level's one character, 市, would be the city's own: decision 505)
        return pm is not None and not _own_place(text, pm.end(1), meta.region or "") or any(
            text.startswith(n, cs) and (_above_sets_tail_rx().match(text, cs + len(n), b) is not None
                                        or _above_aims_rx().match(text, cs + len(n), b) is not None)
            for _, ns in _above_names(meta.parent, meta.province, meta.region) for n in ns)
    w = am.group(1) or am.group(2)
    # ("一般公共预算收入：市下达目标4.2亿元", "：省下达计划增长10%": a target handed down, cues.tsv hand_down_words, is the
    # region's own, decision 57, as a named level's is)
    if any(h in am.group(0) for h in vocab.cues()["hand_down_words"]):
        return False
    if any(k in w for k in ("国", "中央", "上级")):
        return meta.level != "national"
    if w[0] == "区":
        # (区 alone, "区定目标", is the autonomous region only in one's city or county not a district: decision 501)
        return (meta.province or "").endswith("自治区") and _region_word_above(meta)
    return _above_word(w[:2] if w[0] == "全" else w[0], meta)


def _own_set_after_upper(text: str, m: Mention, vs: list[Value], region: str = "") -> list[Value]:
    """The values from the report's own figure on, where a clause of the region's own ("我县确定为7%") sets it after
    the level above's figure of the same name in the sentence ("全省…增长6.5%左右"); else ``vs``."""
    for k in range(1, len(vs)):
        c = _after_mark(_CLAUSE_MARKS, text, vs[k - 1].end, vs[k].start)
        own = _OWN_SET_CLAUSE.match(text, c, vs[k].start) if c > vs[k - 1].end else None
        if own is None and region and c > vs[k - 1].end and (w := _OWN_WHOLE_GROWS.match(text, c, vs[k].start)) is not None \
                and w.group(1) == region[-1] and text.find("全" + region[-1], m.end, c) < 0:
            own = w  # ("…48598.8亿元，全国增长2.3%，全省增长3.8%" in the province's report: its own word 全省 after the country's)
        if own is None and c > vs[k - 1].end + 1 and text[c - 1] in "，,":
            own = _OWN_THEN_SET.match(text, _after_mark(_CLAUSE_MARKS, text, vs[k - 1].end, c - 1), vs[k].start)
        if own is not None \
                and vs[k].unit == vs[k - 1].unit \
                and (_UPPER_SUBJECT.search(text, (ul := _upper_lead(text, m.start)), vs[k - 1].start)
                     or _named_above(text, ul, m.start, region)):
            if vs[k - 1].value is not None and vs[k - 1].value < 0 and vs[k].value is not None and vs[k].value > 0 \
                    and _SET_ONLY.search(own.group(0)):
                # "自治区下达我县单位地区生产总值能耗下降目标为2.8%，我县确定为3%": the fall named once, for both
                vs = vs[:k] + [_copied(vs[k], value=-vs[k].value,
                                                   value_high=-vs[k].value_high if vs[k].value_high is not None else None)] + vs[k + 1:]
            return vs[k:]
    return vs


# what may stand between the figures of one run, one for each name in turn ("增长5.2%、7.8%", "8%和9%", "5.2%和增长7.8%")
_RUN_BETWEEN = re.compile(r"\s*[、和与及，,；;]?\s*(?:增长|下降|上涨|达到|为)?\s*")


def _one_run(text: str, vs: list[Value]) -> bool:
    """Whether the figures follow one another with only a separator (and their verb again) between them."""
    return all(_RUN_BETWEEN.fullmatch(text, a.end, b.start) is not None for a, b in zip(vs, vs[1:]))


# ("力争在2028年全市生产总值突破1200亿元，到2030年达到1400亿元": a year in the clause before the name dates the
# figure first after it, another year the figure after it; each its own)
_YEAR_BEFORE_NAME = re.compile(r"(?:19|20)\d{2}年(?:底|末)?(?!以来|来|前|后|以前|以后|起|[—–\-~～至到])")


# the plan's figure in brackets after the result ("完成412.3亿元（预算398亿元）", "增长8.2%（计划7%）")
_BRACKET_SET = re.compile(r"[（(]\s*(?:年初|年度|全年|调整后?的?)?(?:预算|计划|预期|目标)(?:数|目标)?(?:为|是|：|:)?(?:增长|下降)?$")
# a bound the result was kept within, restated after it ("城镇登记失业率3.36%，控制在4.5%以内"): the year's limit
_BOUND_AFTER = re.compile(r"[，,]\s*(?:全年|年末|年底)?控制在$")


# the words of an aim stated beyond a target's bound ("，力争达到1000亿斤", "，争取突破")
_AIM_BEYOND = re.compile(r"[，,]\s*(?:力争|争取|努力)")


# the label of a plan right after a name, before its words ("：计划与经济增长同步", "，年度计划完成省下达任务")
# (or after the stop of a name heading its item, "——进出口总额。年度计划稳中提质，预计…" (_head_stop), and with the change
# word before the words, "——居民人均可支配收入。年度计划增长与经济增长同步，预计…")
_PLAN_LABEL_AT = re.compile(r"[：:，,。]?\s*(?:年度|全年|年初)?(?:计划|预期)(?:目标)?(?:为|是)?(?:增长|上涨)?")
_PLAN_LABEL_FIRST = frozenset("：:，,。年全计预 \t")
# the words opening a target's reasons within its sentence ("，主要考虑居民收入稳定增长…"; not "综合考虑各方面因素")
_REASONS_WORD = re.compile(r"主要(?:是)?考虑(?!各方面|国内外|内外)")


# the reasons given for a target ("，主要考虑：", "。主要考虑是：", "。这一目标的安排主要考虑：") and the plan's average they name, the name left out
# ("一是与“十三五”规划纲要确定的年均增长8.5%的目标相衔接", "同时，实现规划年均增长12%的目标，需要…")
# ("。确定这一目标，主要基于以下考虑：")
_REASONS_OPEN = re.compile(r"[，,。]\s*(?:这一目标的?(?:安排|确定|设定|提出)?[，,]?|(?:安排|确定|设定|提出)这一目标[，,]?)?"
                           # ("。这一目标的设定，主要考虑了以下因素：", "主要基于以下几点考虑：", "综合考虑了以下因素：": the reasons announced)
                           r"(?:主要(?:是)?(?:基于(?:以下|如下)?(?:几点|几个方面|几方面)?)?考虑(?:是|了|到)?(?:(?:以下|如下)(?:几点|几个|几方面)?(?:因素|方面))?"
                           r"|综合考虑了?(?:以下|如下)(?:因素|方面))[:：]")
# (or named in full: "《邯郸市国民经济和社会发展第十五个五年规划纲要（草案）》提出的年均增长5.5%左右的目标")
_PLAN_BOOK = r"《[^《》\n]{0,24}第十[一二三四五六]个五年规划(?:纲要)?(?:[（(]草案[）)])?》"
_PLAN_AVERAGE_NAMED = re.compile(r"(?:" + _PLAN_BOOK + r"|(?:[“\"]十[一二三四五六]五[”\"]|十[一二三四五六]五)(?:时期|期间)?(?:发展)?(?:规划(?:纲要)?)?|(?:时期)?(?:发展)?规划(?:纲要)?)"
                                 r"(?:[（(]草案[）)])?(?:确定|提出|设定|明确)?的?"
                                 r"年均(?:增长|下降)(?=[\d.]+\s*[%％](?:左右|以上)?(?:的?(?:目标|规划目标|预期目标|要求)|(?:相|有效|有机|基本|总体)?衔接|的?基础上))")


# a named plan's average the figure is aligned with, later in the figure's own sentence, its indicator left out
# ("地区生产总值增长5.5%左右的目标，略高于苏州下达的目标，与“十四五”规划年均增长6%的目标相衔接"; the average alone
# too: "…的目标，与“十三五”规划确定的年均增长8.5%左右相衔接")
# (an explanation of the year's targets compares with it or builds on it, the plan named bare or as the place's: "，与我市
# “十三五”规划确定的年均增长7.5%的目标相比有所调整", "，是在“十四五”规划确定的年均增长6%左右基础上", "，与规划确定的
# 年均增长6.5%左右的目标基本衔接"; or is kept level with it: "，与“十四五”规划确定的年均增长6.5%左右目标保持一致")
# (a new plan is still a draft when the year's plan is proposed: "与“十五五”规划纲要（草案）提出的年均增长5.5%左右的目标相衔接")
# (after a ； too, the reasons of a list in clauses: "地区生产总值增长6.5%左右，与全省目标相衔接；与“十四五”规划确定的…相比有所调整";
# or opening the sentence after the figure's that the target heads: "增长6.5%左右。这一目标与“十四五”规划确定的…保持一致")
# (or opening it with no subject, the target's left out: "增长7%左右。比上年预计数高0.2个百分点，与“十四五”规划确定的…相衔接",
# "增长7%左右。与“十四五”规划确定的…相衔接")
_EXPLAINS_NEXT = ("。这一目标", "。该目标", "。比上年", "。较上年", "。比去年", "。较去年", "。与")
_EXPLAINS_OPENS = tuple(w[1:] for w in _EXPLAINS_NEXT)


def _explains_set_apart(text: str, stop: int) -> int:
    """Where the sentence that explains a target's figure opens, set apart on the next line (a blank line between or
    not) after the figure's full stop at ``stop`` ("——地区生产总值增长7%左右。\n\n比上年预计数高0.2个百分点，与“十四五”规划
    确定的年均增长6.5%左右的目标相衔接。"); 0 where there is none."""
    if text[stop:stop + 2] != "。\n":
        return 0
    k = stop + 1
    while k < len(text) and k - stop < 8 and text[k] in "\n \t\u3000":
        k += 1
    return k if text.count("\n", stop, k) <= 2 and text.startswith(_EXPLAINS_OPENS, k) else 0
_PLAN_AVERAGE_ALIGNED = re.compile(r"(?:[，,；;]\s*|。[ \t\u3000\n]{0,4}(?:(?:这一|该)目标)?)(?:也|并|同时)?(?:与|同|是在)(?=(?:我|全|本)?[市县区旗]?(?:" + _PLAN_BOOK + r"|(?:[“\"]十[一二三四五六]五[”\"]|十[一二三四五六]五)(?:时期|期间)?(?:发展)?(?:规划"
                                   r"(?:纲要)?)?|规划(?:纲要)?)(?:[（(]草案[）)])?(?:确定|提出|设定|明确)?的?年均(?:增长|下降)[\d.]+\s*[%％](?:左右|以上)?"
                                   r"(?:的?(?:规划目标|目标|预期目标))?(?:(?:相|有效|有机|基本|总体)?衔接|相比|的?基础上|(?:保持|相|基本|总体)一致))")


# a named plan's change over its years the figure is to secure, right after it, its indicator left out
# ("单位生产总值能耗下降3%左右，确保完成“十四五”下降14.5%的目标", "…，实现“十四五”规划累计下降13.5%的目标")
_PLAN_CHANGE_MET = re.compile(r"[，,]\s*(?:确保|力争|努力|争取)?(?:完成|实现)(?:[“\"]十[一二三四五六]五[”\"]|十[一二三四五六]五)(?:时期|期间)?"
                              r"(?:规划)?(?:确定|提出|设定|明确)?的?(?:累计|五年)?(?:下降|降低|增长)(?=[\d.]+\s*[%％](?:左右|以上)?的?(?:目标|任务))")


def _plan_average_in_reason(text: str, tail: int, limit: int = -1) -> Value | None:
    """The plan's average growth named in the reasons opening right after a target's figure (tail: where its values
    ended), its indicator left out: a Value of the figure, else None. With ``limit`` (where the next name stands), also
    a named plan's average the figure is aligned with later in its own sentence, before that name, and a named
    plan's change the figure is to secure right after it (``_PLAN_CHANGE_MET``)."""
    m = None
    if not _REASONS_OPEN.match(text, tail):
        if limit < 0:
            return None
        lim = min(len(text), limit, tail + 120)
        if text.find("五", tail, min(lim, tail + 24)) < 0 and text.find("规划", tail, lim) < 0:
            return None
        if (m := _PLAN_CHANGE_MET.match(text, tail, lim)) is None:
            # (the plan named by its number alone, no 规划: "，与“十四五”时期年均增长6.5%左右的目标相衔接")
            stop = find_mark(text, tail, lim, _FULL_STOPS)
            if stop >= 0 and text.startswith(_EXPLAINS_NEXT, stop):
                stop = find_mark(text, stop + 1, lim, _FULL_STOPS)  # (the sentence after explains the figure's target)
            elif stop >= 0 and (k := _explains_set_apart(text, stop)) > 0:
                stop = find_mark(text, k, lim, _FULL_STOPS)  # (so does one a page set apart, on the next line)
            a = _PLAN_AVERAGE_ALIGNED.search(text, tail, stop if stop >= 0 else lim)
            if a is None or text.find("五", a.end(), a.end() + 10) < 0 and not text.startswith("《", a.end()) \
                    and _PLAN_NAME.search(text, _sentence_start(text, tail), a.start()) is None:
                # (a bare 规划 is the plan named earlier in its sentence, "一是与“十四五”规划目标相衔接，…与规划确定的年均增长
                # 6.5%左右的目标基本衔接"; with none named it is no plan's, decision 58)
                return None
            tail = a.end()
    if m is None:
        stop = find_mark(text, tail + 1, min(len(text), tail + 240), _FULL_STOPS)
        m = _PLAN_AVERAGE_NAMED.search(text, tail, stop if stop >= 0 else min(len(text), tail + 240))
    if m is None:
        return None
    qs = numbers.quantities(text, m.end(), min(len(text), m.end() + 12))
    if not qs or qs[0].start != m.end() or qs[0].unit != "%":
        return None
    q = qs[0]
    qual, qend = numbers.qualifier(text, q, q.start)
    sign = -1 if m.group(0).endswith(("下降", "降低")) else 1
    return Value("growth", sign * q.value, None if q.value_high is None else sign * q.value_high, "%", qual, q.start, qend,
                 verb=text[m.start():m.end()], period_hint="span")


def _last_year_after(text: str, m: Mention, prev_end: int, v: Value) -> bool:
    """Whether V stands in a clause opened by 去年/上年 after an earlier figure of M's, the clause before M naming
    an earlier year ("前年全县粮食总产量为38.2万吨，去年达到39.1万吨"): last year's figure of the name, left out."""
    return _LAST_YEAR_CLAUSE.match(text, _after_mark(_CLAUSE_MARKS, text, prev_end, v.start)) is not None \
        and _EARLIER_YEAR_NAMED.search(text, _after_mark(_CLAUSE_MARKS, text, max(0, m.start - 16), m.start), m.start) is not None


def _level_place(text: str, gstart: int, fe: int, level: Value, n: int, groups) -> int | None:
    """The place of LEVEL among the amounts of its sentence before 分别 at FE, where they are as many as the N changes
    after it (one each, in turn) and no other indicator is named among them (those share the changes out), else None."""
    ss = max(text.rfind(c, 0, gstart) for c in "。；;\n") + 1
    if any(ss <= g[0].start < fe and g[0].start != gstart for g in groups):
        return None
    amounts = [q.start for q in numbers.quantities(text, ss, fe) if q.unit not in ("%", "个百分点", "百分点")]
    return amounts.index(level.start) if len(amounts) == n and level.start in amounts else None


# the plan's years gone by, named before their average or total ("2021—2022年年均增长5.1%")
# (or counted back from the year reviewed, opening the clause: "规划目标为年均增长10%，三年年均增长4.2%", "…，近三年分别年均增长
# 5.6%和7.3%"; 分别 between the years and the average where the clause holds two)
_SPAN_SO_FAR = re.compile(r"(?:(?:19|20)\d\d年?[—–\-~～至](?:19|20)?\d\d年|(?<=[，,；;])(?:近|过去|前)?[两二三四]年(?:来|以来)?)"
                          r"(?:分别)?(?:年均|平均|累计)")


def _above_own_place(text: str, v: Value, own: str) -> bool:
    """Whether the place ``v`` is the level above's own, its clause right after the level above's figure and the region's
    own word right after it ("，全市增长8.2%，增速居全省第3位，我县增速居全市第4位")."""
    if v.measure != "rank":
        return False
    cs = _after_mark(_CLAUSE_MARKS, text, max(0, v.start - 20), v.start)
    ap = _ABOVE_OWN_PLACE.match(text, cs)
    if ap is None or not text.startswith(own[-1], ap.end() + 1):
        return False
    ps = _after_mark(_CLAUSE_MARKS, text, max(0, cs - 24), cs - 1)
    return (a := _ABOVE_FIGURE.match(text, ps)) is not None and a.end() == cs and own[-1] not in _ABOVE_LEVEL.findall(text, ps, a.start(1))


def _pick_single(member: tuple[str, Mention], vs: list[Value], text: str, own: str = "") -> list[tuple[str, Mention, Value]]:
    """One indicator with several values of a kind: the first of each measure, preferring a stated
    level (达到/完成…) over a milestone (首次突破500亿元); ``own`` is the report's region."""
    iid, m = member
    out: list[tuple[str, Mention, Value]] = []
    by_measure: dict[str, list[Value]] = {}
    if len(vs) > 1 and m.alias.startswith(("新增", "净增")) and vocab.indicators()[iid].kind != "stock":
        # "新增贷款108亿元、总量达到1260亿元": a gain named as its own flow, then the stock it adds to (another
        # indicator), its total word before its figure: not the gain's level
        vs = [v for v in vs if v is vs[0] or v.measure != "level" or not _STOCK_AFTER_GAIN.search(v.verb)]
    if len(vs) > 1 and (text.find("我", vs[0].end, vs[-1].start) >= 0 or text.find("本", vs[0].end, vs[-1].start) >= 0
                        or own and text.find("全" + own[-1], vs[0].end, vs[-1].start) >= 0):
        vs = _own_set_after_upper(text, m, vs, own)
        if own and sum(v.measure == "rank" for v in vs) > 1:
            vs = [v for v in vs if not _above_own_place(text, v, own)]
    for v in vs:
        by_measure.setdefault(v.measure, []).append(v)
    for measure, lst in by_measure.items():
        best = lst[0]
        if len(lst) > 1 and best.verb[:1] in "（(" and _cues(best.verb, 0, len(best.verb), None, "local") \
                and (out_of := next((v for v in lst[1:] if v.verb[:1] in "）)"), None)) is not None:
            # "完成12.6亿元（年度目标增长5%），增长6.2%": a figure set in an aside's bracket is no first result; the
            # one right after the bracket closes is (the set one is kept below as last year's target)
            best = out_of
        total = None
        if measure == "level" and len(lst) > 1 and vocab.indicators()[iid].kind == "stock" \
                and _stock_gained(text, m.start, m.alias):
            # "新增高新技术企业15家、累计120家", "新增高新技术企业1120家，总数突破5800家": the stock after what it
            # gained, whatever its qualifier (not "累计新增60家")
            total = next((v for v in lst[1:] if "增" not in v.verb and _TOTAL_LAST.search(v.verb)
                          or _TOTAL_WORDS.search(v.verb)), None)
        if total is not None:
            best = total
        elif measure == "level" and len(lst) > 1:
            # (not a level after a turn to this year's target: "去年全市地区生产总值820亿元，今年力争达到880亿元", the
            # result without its verb stays the result, the target after the turn is kept below)
            # (nor after a turn to the report's year by its number: "2024年完成…52亿元，增长8%；2025年力争完成60亿元")
            for v in (lst if len(lst) == 2 and not _this_year_between(text, lst[0].end, lst[1].start)
                      and _year_set_at(text, lst[0].end, lst[1].start) is None else
                      [x for x in lst if x is lst[0] or not (_this_year_between(text, lst[0].end, x.start)
                                                            or _year_set_at(text, lst[0].end, x.start) is not None)]):
                # (not a target restated after the result: "5.2万人，超额完成4.5万人的年度目标"; nor the plan labelled after
                # a result with no verb, "城镇新增就业4.56万人，年度计划为4.2万人": the plan is kept below, the result first)
                # (nor a budget set before it: "年初预算为12亿元，完成12.6亿元", "调整预算为25亿元，完成24.8亿元";
                # but before its revision alone, "年初预算为20亿元，年中调整为18亿元", the budget is the one set)
                # (nor last year's figure in an aside after the first, "城镇新增就业1.2万人（上年为1.15万人）", "28亿元（2021年
                # 完成26.1亿元）": the aside is kept below as last year's, the figure before it is the one stated; tgt49)
                if (v.verb.endswith(_LEVEL_VERBS) or v.verb[-1:] == " " and _EN_LEVEL_VERB.search(v.verb)) \
                        and v.qualifier in ("eq", "about") \
                        and not (text[v.end:v.end + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, v.end)) \
                        and not (("预" in v.verb or "调整" in v.verb) and v is not lst[-1]
                                 and (_cues(v.verb, 0, len(v.verb), None, "local") or v.verb.endswith(("预算为", "预算数为")))
                                 and not _cues(lst[-1].verb, 0, len(lst[-1].verb), None, "local")) \
                        and not (v is not lst[0] and _REVISED.search(v.verb)) \
                        and not (v is not lst[0] and v.verb[:1] in "（(" and _converted_note().match(v.verb) is not None) \
                        and not (v is not lst[0] and _ASIDE_YEAR.search(text, max(lst[0].end, v.start - 20), v.start)) \
                        and not (v is not lst[0] and _last_year_after(text, m, lst[0].end, v)) \
                        and not (v is not lst[0] and text.find("年", lst[0].end, v.start) >= 0
                                 and _year_part_at(text, _after_mark(_CLAUSE_MARKS, text, lst[0].end, v.start),
                                                   _after_mark(_CLAUSE_MARKS, text, max(0, m.start - 20), m.start), lst[0].start)) \
                        and not (v is not lst[0] and _PLAN_AFTER.search(text, max(lst[0].end, v.start - 16), v.start)) \
                        and not (v is not lst[-1] and "目标" in v.verb and _SET_VERB.fullmatch(v.verb)) \
                        and not (v is not lst[0] and v.verb[:1] == "。" and _PLAN_ONE_VERB.fullmatch(v.verb)) \
                        and not (v is not lst[0] and lst[0].qualifier in ("at_least", "at_most") and not _milestone(lst[0])
                                 and _AIM_BEYOND.search(v.verb)):
                    # (not an aim beyond a bound stated first: "粮食产量稳定在800亿斤以上，力争达到1000亿斤" keeps the
                    # bound, the first place, as "增长6%—6.5%，力争达到7%" keeps its range; covid16)
                    best = v
                    break
            # "先后跨越4万亿元、5万亿元两个台阶": the last milestone passed
            k = lst.index(best) + 1
            while _milestone(best) and k < len(lst) and text[best.end:lst[k].start].strip() in ("、", "和", "及"):
                best = _copied(lst[k], qualifier="at_least", verb=best.verb)
                k += 1
        out.append((iid, m, best))
        # a second figure of a different span (年均), last year's target restated after the result
        # ("3.52%,控制在预期4.2%以内"), or a level of a year named before it ("自2012年迈上2万亿元
        # 台阶，2015年达到2.9万亿元") is kept too
        for v in lst:
            if v is best:
                continue
            if v.role_hint != best.role_hint or v.period_hint != best.period_hint or _cues(v.verb, 0, len(v.verb), None, "local") \
                    or _ASIDE_YEAR.search(text, max(m.end, v.start - 20), v.start) \
                    or v.start > best.end and text[m.end:m.end + 1] == "," and best.end <= _en_relative_end(text, m.end, m.end) < v.start \
                    or v.start > best.end and text.find(",", best.end, v.start) >= 0 \
                    and (ec := _en_target_compared_rx().search(text, best.end, v.start + 1)) is not None and ec.end() == v.start \
                    or v.start > best.end and _BASE_YEAR.search(text, max(best.end, v.start - 12), v.start) \
                    or v.start > best.end and measure == "growth" and _BASE_YEAR.search(text, max(m.end, best.start - 12), best.start) \
                    or v.start > best.end and _PLAN_AFTER.search(text, max(best.end, v.start - 16), v.start) \
                    or _after_target(text, v.end) \
                    or text[v.end:v.end + 1] in _NAMES_TARGET_FIRST and _NAMES_TARGET.match(text, v.end) \
                    or v.start < best.start and "目标" in v.verb and _SET_VERB.fullmatch(v.verb) \
                    or v.start > best.end and v.verb[:1] == "。" and _PLAN_ONE_VERB.fullmatch(v.verb) \
                    or measure == "level" and _IN_YEAR.search(text, max(m.end, v.start - 16), v.start) \
                    or _TO_YEAR.search(text, max(m.end, v.start - 16), v.start) \
                    or measure == "level" and v.start < best.start and _TO_YEAR.search(text, max(v.end, best.start - 16), best.start) \
                    and (_YEAR_BEFORE_NAME.search(text, _after_mark(_CLAUSE_MARKS, text, max(0, m.start - 16), m.start), m.start)
                         # (or right after the name: "经济总量2028年突破7万亿元、2030年达到8万亿元", a milestone's year and the
                         # plan's last year's level, each dated by its own)
                         or _NAME_YEAR.match(text, m.end, v.start) is not None) \
                    or measure == "level" and v.start > best.start and (_YEAR_CLAUSE_OPEN.match(text, oc := _after_mark(_CLAUSE_MARKS, text, m.end, v.start))
                                                                        or _last_year_part().match(text, oc)) \
                    or v.start > best.end and _last_year_after(text, m, best.end, v) \
                    or v.start > best.end and _late(text) and _OWN_YEAR_AFTER_NAME.match(text, m.end) is not None \
                    and _LAST_YEAR_CLAUSE.match(text, _after_mark(_CLAUSE_MARKS, text, best.end, v.start)) is not None \
                    or measure == "level" and v.start < best.start and (_TO_YEAR.search(text, max(m.end, best.start - 16), best.start)
                                                                         or _YEAR_CLAUSE_OPEN.match(text, ob := _after_mark(_CLAUSE_MARKS, text, m.end, best.start))
                                                                         or _last_year_part().match(text, ob)) \
                    and text.find("累计", _after_mark(_CLAUSE_MARKS, text, max(0, m.start - 20), m.start), v.start) >= 0 \
                    or _SPAN_AHEAD.search(v.verb) \
                    or measure == "level" and v.start < best.start and v.qualifier in ("at_least", "at_most") \
                    and v.verb.endswith(_HELD_VERBS) and _YEAR_CLAUSE_OPEN.match(text, _after_mark(_CLAUSE_MARKS, text, v.end, best.start)) \
                    or v.start > best.end and _first_years_before(text, best.end, v.start) is not None \
                    or v.start > best.end and (_BRACKET_SET.search(v.verb) or v.qualifier == "at_most" and best.qualifier == "eq"
                                               and _BOUND_AFTER.search(v.verb)) \
                    or v.start > best.end and text.find("基础上", best.end, v.start) >= 0 \
                    and _ON_BASE_BETWEEN.match(text, best.end, v.start) is not None \
                    or v.start > best.end and best.verb[-2:] == "预期" and _cues(best.verb, 0, len(best.verb), None, "local") \
                    or v.start > best.end and (_then_actual_in(text, best.end, v.start)
                                               or _YEAR_FIGURE_AFTER.search(text, best.end, v.start + 1)) \
                    or v.start > best.end and (_this_year_between(text, best.end, v.start)
                                               # (a card's next line by the report's year: "2024年完成2812.6亿元，增长
                                               # 4.9%。\n2025年预期目标为增长5.5%左右", as the level's turn above)
                                               or _later_year_set(text, m.end, best, v)
                                               or text.find("年内", v.start - 10, v.start) >= 0
                                               and _YEAR_CLAUSE_BEFORE.search(text, max(best.end, v.start - 12), v.start)
                                               or any(c[1] == "plan_goal" for c in _cues(text, best.end, v.start, None, "local"))) \
                    or v.start > best.end and (text.find("规划", m.end, best.start) >= 0
                                               or _PLAN_GOAL_BEFORE_NAME.search(text, max(0, m.start - 16), m.start) is not None) \
                    and _SPAN_SO_FAR.search(text, max(best.end, v.start - 16), v.start) is not None:
                # ("比2012年翻了一番，增长7.8%": the change over the years since a base year before, the year's own after it)
                # ("2.5%，2030年达到3%", "…，今后五年要保持年均增长5.5%", "涨幅低于预期3%，为1.2%": the
                # figure after last year's target restated before it is the result, "增长4.5%；今年，预期增长7.5%",
                # "达到58.5%，规划目标为2025年达到62%"; "前三季度…增长7.3%，预计全年增长7%": the result after)
                # ("规划目标为年均增长6%左右，2021—2022年年均增长5.1%": a mid-term evaluation's plan goal, then the years
                # gone by, named)
                out.append((iid, m, v))
        # "计划完成投资500亿元，实际完成520亿元": a target and the result after it, both
        for k, v in enumerate(lst[:-1]):
            if _set_then_actual(text, m.start, v):
                out += [(iid, m, v), (iid, m, lst[k + 1])]
    return out
