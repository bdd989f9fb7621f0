"""A report's region, year, type, date and speaker, each with the evidence that decided it.

Every rule here is about a class of documents, not a file: full reports with a title and byline,
news restatements with only a month-day dateline, plan reports, the State Council's report, and
reposts in traditional script with pinyin inserted. A field decided by inference rather than by a
statement carries a note in its evidence (``Metadata.inferred``), e.g. "reviewed year 2020 + 1".
"""
from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from . import vocab
from .model import Evidence, Metadata
from .lazyre import lazy, once
from .recache import memo
from .normalize import HALF_STOP, Normalized, _noise_re, digit_years, figure_lines
from .regions import NATIONAL_CODE, Region, abbreviation, gazetteer, short_name

HEAD = 1500  # characters of the head that hold the title and byline

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[一二三四五六七八九十\d]{1,3}"

# the words closing an auditor's report's title (decision 335)
_AUDIT_TITLE = r"(?:的审计工作报告|审计查出(?:突出)?问题整改情况的报告)"
_AUDIT_TITLE_END = re.compile(r"审计查出(?:突出)?问题整改情况的报告$")
_DOC_TYPES = [
    # a notice dividing a report's tasks among offices ("《2023年政府工作报告重点任务分工方案》的通知") is not the report
    # (the report's name in its book marks: "2024年市《政府工作报告》重点工作任务分解方案"; the dividing first:
    #  "关于分解落实2026年《政府工作报告》重点目标任务的通知")
    # (and the year's 民生实事 handed out or accounted for: "关于印发2023年市政府十件民生实事工作方案的通知", "关于2023年区
    #  十件民生实事完成情况的通报"; not a report that lists them, "…政府工作报告（附2024年民生实事）")
    # (handed down or listed: "关于下达2024年县政府工作报告目标任务的通知", "…《政府工作报告》重点工作责任清单", "关于落实2023年
    #  政府工作报告重点工作的通知"; or accounted for: "关于2023年政府工作报告重点工作任务落实情况的通报")
    # a congress's resolution on a report ("…关于政府工作报告的决议", "关于2024年国民经济和社会发展计划的决议") is
    # not the report, though its title names it (the report printed after it is told by its opening, `_metadata`)
    ("other", re.compile(r"^[^，。；\n]{0,60}关于[^，。；\n]{0,60}的(?:决议|决定)(?:[（(][^）)\n]{0,20}[）)])?$")),
    # (and its finance committee's review of the plan or the budget, "关于…计划执行情况与2024年计划草案的审查结果报告",
    # "关于2023年全省预算执行情况和2024年全省预算草案的审查报告": the committee's, not the plan or budget report)
    ("other", re.compile(r"^[^，。；\n]{0,80}的审查(?:结果)?报告(?:[（(][^）)\n]{0,20}[）)])?$")),
    # (and the auditor's report on the year's budget, "关于2018年度省级预算执行和其他财政收支的审计工作报告", or on its
    # mending, "关于2022年度审计查出问题整改情况的报告": the audit office's, its findings no government's figures; its
    # title names 预算执行 but it is no budget report; decision 335)
    ("other", re.compile(r"^[^，。；\n]{0,80}" + _AUDIT_TITLE + r"(?:[（(][^）)\n]{0,20}[）)])?$")),
    # a statistics office's account of the economy's run ("…就2024年全市经济运行情况答记者问", "2025年一季度广东经济运行
    # 简况") as a page's title: its citing the year's work report later does not make it the report
    ("other", re.compile(r"^(?!.*(?:工作报告|计划|预算))[^，。；\n]{0,40}经济运行(?:情况|简况)[^，。；\n]{0,12}$")),
    ("other", re.compile(r"(?:工作报告|计划)》?[^，。；\n》]{0,16}(?:分工|分解)"
                         r"|(?:分工|分解)(?:落实)?[^，。；\n《》]{0,8}《?[^，。；\n《》]{0,6}工作报告》?[^，。；\n《》]{0,10}(?:任务|目标)"
                         r"|工作报告》?[^，。；\n《》]{0,16}(?:任务|工作|目标)[^，。；\n《》]{0,4}(?:清单|责任表|任务表|(?:落实|完成|进展|办理)情况)"
                         r"|(?:下达|落实|贯彻)[^，。；\n《》]{0,8}《?[^，。；\n《》]{0,6}工作报告》?[^，。；\n《》]{0,12}(?:任务|目标|重点工作)[^，。；\n《》]{0,6}的?通知"
                         r"|^(?!.*工作报告)[^，。；\n]{0,40}?民生实事(?:项目)?[^，。；\n]{0,8}?(?:方案|清单|计划|完成情况|落实情况|办理情况|实施情况|进展情况|出炉|揭晓|公布|发布$|的(?:通知|报告|公告|决定|意见)$)")),
    # (the words "国民经济和社会发展" may be left out: "关于2023年计划执行情况和2024年计划草案的报告";
    #  an appendix printed alone: "2024年国民经济和社会发展主要指标计划表")
    ("plan_report", re.compile(r"国民经济和社会发展(?:计划|年度计划)|国民经济和社会发展.{0,12}计划(?:执行情况|草案|表)|经济社会发展计划"
                               r"|(?:19|20)\d\d年(?:度|上半年)?计划执行情况"
                               # (or the year's plan draft alone: "关于2017年计划草案的报告", decision 409)
                               r"|(?:19|20)\d\d年度?计划草案"
                               # (a news page's short name: "解读2024年计划报告", "向大会提交了计划报告")
                               r"|(?<!工作)计划报告")),
    ("budget_report", re.compile(r"预算执行情况和.{0,8}预算草案|预算草案的报告|财政预算执行|预算报告")),
    ("statistical_communique", re.compile(r"统计公报")),
    # (a league's or prefecture's government is its 行政公署: "阿拉善盟行政公署工作报告", "锡林郭勒盟行署2023年工作报告")
    # (a year may stand inside: "XX县人民政府2023年工作报告暨2024年工作安排")
    # (a zone's administrative committee reports as a government: "西安高新区管委会2019年工作报告"; so does
    #  the production and construction corps, "新疆生产建设兵团工作报告", "我代表兵团向大会报告工作"; and a street's
    #  office, the district government's agency: "南湖街道办事处2021年工作报告")
    ("government_work_report", re.compile(r"(?:政\s*府|管\s*(?:理\s*)?委\s*(?:员\s*)?会|街\s*道\s*办\s*事\s*处)\s*(?:(?:19|20)\d{2}\s*年度?\s*)?"
                                          r"工\s*作\s*报\s*告|(?:行政公署|行署)\s*(?:(?:19|20)\d{2}\s*年度?\s*)?工作报告|兵团工作报告")),
]
# "在绵阳市游仙区第六届人民代表大会第三次会议上", "在汝州市九届人大一次会议上"
# (a PDF line may cut the name: "——2019年1月10日在安康市平\n利县第十八届…")
# (and its words, as a PDF's width cuts them: "…第十三届全国人\n大四次会议", "在某某县第十八届人民代\n表大会")
_CONGRESS = r"(?:人\s*民\s*代\s*表\s*大\s*会|人\s*大)"
_MEETING = re.compile(r"在\s*(?P<region>[\u4e00-\u9fff]{1,20}?(?:\n[\u4e00-\u9fff]{1,19}?)?)\s*第?\s*" + _NUM
                      + r"\s*届\s*" + _CONGRESS)
# news: "三亚市崖州区第二届人民代表大会第七次会议隆重开幕", "广东省十四届人大二次会议在广州开幕"
# (a PDF line may cut the words: "…第三次\n会议")
# (a news lead may date the session between its region and its name: "贵州省遵义市赤水市5日召开第九届人民代表大会…")
_SESSION = re.compile(r"(?P<region>[\u4e00-\u9fff]{1,20}?)(?:\s*\d{1,2}\s*日\s*(?:上午|下午)?\s*(?:召开|举行))?\s*第?\s*" + _NUM + r"\s*届\s*(?:人\s*民\s*代\s*表\s*大\s*会|人\s*大)"
                      r"\s*(?:常务委员会)?\s*第?\s*" + _NUM + r"\s*次\s*(?:全\s*体\s*)?会\s*议")
_NATIONAL_SESSION = re.compile(r"第?\s*(?P<term>" + _NUM + r")\s*届\s*全\s*国\s*" + _CONGRESS + r"\s*第?\s*(?P<sess>"
                               + _NUM + r")\s*次\s*(?:全\s*体\s*)?会\s*议")
# (the day may be left out in a byline: "——2024年1月在XX区第十八届人民代表大会…"; 元月 is January)
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*月"
                   r"(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?")
_NUM_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)")
# a date standing alone under a title: "（2024年1月8日）", "——2024年1月8日", "二〇二三年一月" (a bare
# "2024年01月20日" is a web page's date)
_DATE_LINE = re.compile(r"[ \t]*(?:[（(][ \t]*|[—－-]{1,2}[ \t]*)?$")
_MONTH_DAY = re.compile(r"(?<![\d年.])(?P<m>\d{1,2}|(?<![\u4e00-\u9fff])元)\s*月\s*(?P<d>\d{1,2})\s*日")
# a page's date in its URL: ".../t20240117_456.html", ".../20240117/...", ".../n1/2024/0117/c123-456.html"
# the month a page's address files it under, as a folder of its own: ".../xwzx/202001/a1b2c3.shtml", ".../2020-01/…"
_URL_MONTH = re.compile(r"(?:https?://|www\.)[\w.\-/]*?/((?:19|20)\d{2})[-_]?(0[1-9]|1[0-2])/")
_URL_DATE = re.compile(r"(?<=[/_t])((?:19|20)\d{2})/?(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[_/.\-])")
# a saved page's or attachment's name dated as its site names them: "t20180118_1234567.html", "20180118.html",
# "changwu_20180118.html", "W020180118563412345.pdf" (an attachment: W0/P0, the date, then its serial)
_NAME_DATE = re.compile(r"(?:^|(?<=[/_t\-])|(?<![A-Za-z0-9])[WP]0)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
                        r"(?:(?=[_.\-]|$)|(?<=[WP]0\d{8})\d)")
# a page or article date in web/newspaper chrome: "2018-04-24", "2019年01月28日 星期一", "2022.01.30"
# (a time may follow: "2023-01-11 16:20", its space erased in a view)
_PUB_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:(?!\d)|(?=\s*\d{1,2}\s?[:：]\s?\d))")
# the time after the date in a browser's header over a printed page ("2023/3/6 下午3:12 政府工作报告_…")
_PRINTED = re.compile(r"\s*[上下]午\s*\d{1,2}\s?[:：]\s?\d{2}")
# a page date with a two-digit year: "发布时间：19-01-10", "日期：19/01/10", or one on a line of its own
# ("19-01-10 09:30", its space erased in a view); not a bare "19-01-10" inside a sentence
_PUB_DATE_YY = re.compile(r"(?:(?:发布|日期|时间|更新)[^\d\n]{0,5}?[:：]\s*|^[ \t]*(?=\d\d\s*[-/][\d\s/\-]{3,9}(?:\d{1,2}\s?[:：]\s?\d{2}"
                          r"(?:[:：]\d{2})?)?[ \t]*$))([12]\d)\s*[-/.]\s*(0?[1-9]|1[0-2])\s*[-/.]\s*(0?[1-9]|[12]\d|3[01])"
                          r"(?:(?!\d)|(?=\s*\d{1,2}\s?[:：]\s?\d))", re.M)


def address_month(s: str) -> tuple[int, int] | None:
    """The year and month a page is dated by in ``s`` (its head) where no four-digit dateline stands: its address's
    date or month ("…/202312/t20231228_2345678.shtml", "…/2023-12/…") or a two-digit-year dateline ("发布时间：23-12-28"),
    read as ``_year_votes`` reads them for the report year (a day's date before an address's month alone)."""
    ms = [m for p in (_URL_DATE, _PUB_DATE_YY) if (m := p.search(s)) is not None]
    if ms:
        m = min(ms, key=lambda x: x.start())
        y = int(m.group(1))
        return (y + 2000 if y < 100 else y), int(m.group(2))
    if (um := _URL_MONTH.search(s)) is not None:
        return int(um.group(1)), int(um.group(2))
    return None


# the notes of a report year found as the year after a date of November or December dating the document itself:
# its byline's (a day's or a month's, "——2019年12月在…"), or a page's, a signature's, an address's
DELIVERED_LATE = "delivered in November/December: next year"
NEXT_YEAR = ": November/December, next year"


def dated_late(meta: Metadata) -> bool:
    """Whether the report year was found as the year after a date of November or December that dates the document
    itself — its byline's month, its page's dateline or address, the date or signature at its end, its file's name,
    its container's date field: a report delivered (or a page put up) late in the year before, whose 今年 is the year
    it reviews."""
    ev = meta.evidence.get("report_year")
    if ev is None or meta.report_year is None or ev.value != meta.report_year:
        return False
    if ev.source in ("body", "byline"):
        return ev.note == DELIVERED_LATE or (ev.note or "").endswith(NEXT_YEAR)
    m = _NAME_DATE.search(ev.quote or "") if ev.source == "filename" else _PUB_DATE.search(ev.quote or "") \
        if ev.source == "hint" else None
    return m is not None and int(m.group(1)) == meta.report_year - 1 and int(m.group(2)) >= 11


# a gazette's running head or cover: "XX县人民政府公报 2024年第1期" (the issue's year, printed with the report)
# (or a county paper's or magazine's issue: "《今日岚皋》2019年第2期", "岚皋报 2019年第2期")
# (a paper named in 《》 only opening its line: "据《求是》2024年第1期刊文" is a citation)
_ISSUE = re.compile(r"(?:报|^[ \t]*《[^》\n]{2,12}》)[^\d。，]{0,6}?((?:19|20)\d{2})\s*年\s*第\s*\d{1,3}\s*[期号]", re.M)
# a container's fields (a page's, or a scraped dump's columns) that date it or name who published it
_DATE_KEYS = ("date", "publish_date", "发布日期", "时间", "发布时间", "日期", "pub_date", "pubdate", "pub_time",
              "publish_time", "published", "publishdate")
_URL_KEYS = ("url", "链接", "网址", "link", "source_url", "page_url")
_SITE_KEYS = ("sitename", "breadcrumb", "site", "site_name", "来源", "source", "网站", "发布机构", "publisher")


@once
def _held_in() -> re.Pattern:
    """A session's seat right after it, before its verb ("…会议在南宁开幕"; meta_cues.tsv held_verbs)."""
    return re.compile(r"[^。，,\n]{0,8}?在([\u4e00-\u9fff]{2,4}?)市?(?:隆重)?(?:" + _words("held_verbs") + r")")


@once
def _held_after() -> re.Pattern:
    """A session's verb in the words right after it ("十四届全国人大二次会议在北京开幕"; meta_cues.tsv held_verbs)."""
    return re.compile(r"[^。，,]{0,16}?(?:" + _words("held_verbs") + r")")


@once
def _convene() -> re.Pattern:
    """A news headline's verb before a session (meta_cues.tsv convene: 召开, 出席, 筹备…)."""
    return re.compile(_words("convene"))


@once
def _held_clause() -> re.Pattern:
    """A session's verb closing its clause before the office that names the speaker ("…会议在景洪市召开，州长罗红江作…";
    meta_cues.tsv held_verbs)."""
    return re.compile(r"(?:" + _words("held_verbs") + r")[^，,。]{0,4}[，,]")


# a page's column or headline on the year's sessions: "平利县2023年两会专题", "2024年全国两会"
# (or named: "2024年平利县两会专题"; without 年 only as a column's head: "【聚焦2024两会】", "#2024平利两会#",
# not "2020两会期间的建议" in a sentence)
_LIANGHUI = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:全国|[全本]?[省市县区州旗盟]|[\u4e00-\u9fff]{1,6}?[省市县区州旗盟])?\s*两会"
                       r"|(?:^|[【#「\[]|聚焦|关注|直击)[ \t]*((?:19|20)\d{2})[ \t]*[·•]?[ \t]*(?:全国|[全本]?[省市县区州旗盟]|[\u4e00-\u9fff]{2,6}?)?两会", re.M)
# (a 地区's head is its 行政公署's 专员: "地区行署专员 XXX")
# (a 兵团 division's 师长, the office its report is given in with its city's: "铁门关市市长、第二师师长　王五")
_SPEAKER_TITLE = (r"(?:代理?|副)?(?:省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|主席|主任|局长|厅长|秘书长|书记|师长|(?:行政公署|行署)?专员)")
# a name in Han characters, or a transcribed one whose parts a middle dot joins ("买买提江·吾买尔"; the dot's variants
# are folded to it, char_variants.tsv); a PDF's full-width stop for the dot ("努尔．白克力") is read as the "." it is
# normalised to, between parts of two characters or more (not an item's number: "一.回顾")
_DOTTED_NAME = (r"(?:[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})?"
                r"|[\u4e00-\u9fff]{2,8}\.[\u4e00-\u9fff]{2,8}(?:\.[\u4e00-\u9fff]{2,8})?)")
_NAME = r"(?:" + _DOTTED_NAME + r"|[\u4e00-\u9fff·]{2,6})"
# (a budget report's byline names its office by the level alone: "县财政局局长　杨帆", "州财政局局长 XXX")
# (the other bodies reporting to a congress or its standing committee name their heads in the same byline:
# "成都市人大常委会主任　刘仪", "江西省审计厅厅长　王晓光", "湖南省高级人民法院院长　周建平", "杭州市人民检察院检察长　王文华":
# meta_cues speaker_body and speaker_body_title; and a town's or township's own head, "濮院镇镇长　沈建锋")
@lru_cache(maxsize=1)
def _speaker_re() -> re.Pattern:
    bodies = "|".join(sorted(map(re.escape, _cues()["speaker_body"]), key=len, reverse=True))
    titles = "|".join(sorted(map(re.escape, _cues()["speaker_body_title"]), key=len, reverse=True))
    return re.compile(
        # (a first office joined by 、 before the one the report is given in: "市委副书记、市长", "第八师副师长、石河子市市长",
        # "…党工委副书记、管委会主任"; two, the second bare or after a comma, in a 兵团 division run as one government with
        # its city: "师长、市长", "第四师党委副书记、师长，可克达拉市市长")
        # (or set apart by a space, which the text as read may have dropped: "师长　市长　王五", "师长市长王五")
        # (a 地区's deputy head acting as its head: "地区行署副专员、代专员　艾力·吾斯曼")
        # (a label may name the line as the speaker's, the office or the name alone after it: "报告人：江孜县人民政府县长
        # 次仁多吉", "报告人：县长　次仁多吉", "报告人：次仁多吉"; meta_cues speaker_label)
        r"^[ \t]*(?P<label>(?:" + _words("speaker_label") + r")[ \t\u3000]*[:：]?[ \t\u3000]*)?"
        r"(?:[\u4e00-\u9fff]{0,24}?(?:书记|政委|师长|主任|专员|[省市区县州旗盟]长)(?:[、，,]|[ \t\u3000]*(?=[\u4e00-\u9fff]{0,24}?[省市区县州旗盟师]长))){0,2}"
        r"(?:(?P<org>(?:[省市区县州旗盟]|[\u4e00-\u9fff（）()]{2,30}?)(?:人民政府|委员会|发改委|发展和改革局|发展改革局|发改局|政府|财政局|统计局|财政厅|行政公署|行署"
        + (r"|" + bodies if bodies else "") + r")"
        # (a zone's committee or a street's office: "合肥高新区管委会主任 刘涛", "管委会主任 刘涛")
        r"|(?:[\u4e00-\u9fff（）()]{2,30}?)?(?:" + _words("zone_committee") + r"|办事处)"
        # (a party body's secretary as the second office after a 、: "市长、湘潭高新区党工委书记　陈志刚"; alone, "市委书记
        # 张三", a party's report, it is no government's speaker)
        r"|(?<=[、，,])[\u4e00-\u9fff]{0,20}?(?:" + _words("byline_party_body") + r")(?=副?书记[ \t\u3000]*[\u4e00-\u9fff])"
        # "河南省省长 王凯", "郑州市代市长 何雄": the region itself, directly followed by the office ("林区区长 孟岩")
        # (a town's or township's, "濮院镇镇长 沈建锋", "XX乡乡长 王五")
        r"|[\u4e00-\u9fff]{1,20}?[省市区县州旗盟师镇乡](?=\s*(?:代理?|副)?(?:[省市区县州旗盟师镇乡]长|主席))|国务院(?=总理))\s*)?"
        # (an acting head's 代 may follow the office in brackets: "盟长（代）　张伟明", "县长(代理)　王刚")
        r"(?:(?P<title>" + _SPEAKER_TITLE + r"|总理" + (r"|" + titles if titles else "") + r")(?:[（(]代理?[）)])?[ \t\u3000:：]*(?:\n[ \t\u3000]*)?)?(?P<name>" + _NAME + r")"
        r"[ \t\u3000]*[A-Za-z\d]{0,4}[ \t\u3000]*$", re.M)  # PDF/web residue after the name: "余红胜GG6"


_NEWS_NAME = r"(?P<name>(?!向大会|代表|在)(?:" + _DOTTED_NAME.replace("{1,8}", "{1,8}?").replace("{2,8}", "{2,8}?") + r"|[\u4e00-\u9fff·]{2,4}?))"


# news: "市长刘洁作政府工作报告", "省长施小琳代表省人民政府作的工作报告", "国务院总理李强作政府工作报告" (the offices: meta_cues.tsv
# news_speaker_titles, and a 地区's 专员 and the Premier here)
# (a transcribed name's parts as short as they can be: "行署专员玉苏甫江·麦麦提代表行署作政府工作报告" is 玉苏甫江·麦麦提's)
@once
def _news_speaker() -> re.Pattern:
    return re.compile(r"(?P<title>(?:代理?)?(?:" + _words("news_speaker_titles") + r"|(?:行政公署|行署)?专员)|国务院总理|总理)"
                      # ("州长向大会作政府工作报告": an office with no name, the words after it none)
                      # (a word of when after the name, as a day: "李克强昨日在…上", meta_cues news_time_words)
                      + _NEWS_NAME + r"(?:同志)?(?:\d{1,2}日|" + _words("news_time_words") + r")?(?:在[^，。,\n]{1,30}?上)?"
                      # ("市长李克坚在作政府工作报告时说": the name before 在)
                      # ("听取了市长陈浩所作的政府工作报告": 所 is no part of the name)
                      # ("市长胡元坤在政府工作报告中提出": the report named as where the office holder says it)
                      r"(?:(?:代表[^，。,\n]{0,12}?)?(?:向大会)?在?所?作(?:的|了)?《?(?:政府)?工作报告|在(?:所作的|作的)?《?政府工作报告》?中)")


# a transcribed name of five or six characters written without its dots ("盟长孟克巴雅尔作政府工作报告", "旗长额尔敦巴特尔
# 代表旗人民政府作…"): tried where _news_speaker() finds none, the name holding none of meta_cues' not_in_name
@once
def _news_speaker_long() -> re.Pattern:
    return re.compile(_news_speaker().pattern.replace(_NEWS_NAME, r"(?P<name>[\u4e00-\u9fff]{5,6}?)"))


# "应勇市长作政府工作报告": the name before the office (meta_cues.tsv news_speaker_titles, or the Premier's)
@once
def _news_speaker3() -> re.Pattern:
    return re.compile(r"(?:^|[，,。：:\s])(?P<name>[\u4e00-\u9fff·]{2,3}?)(?:代理?)?(?:" + _words("news_speaker_titles") + r"|总理)"
                      r"(?:\d{1,2}日|" + _words("news_time_words") + r")?(?:代表[^，。,\n]{0,12}?)?(?:向大会)?所?作(?:了|的)?《?政府工作报告", re.M)


# "会上，曹宏伟代表县人民政府向大会作政府工作报告"
# (a zone's head for its committee: "管委会常务副主任罗晓春代表管委会作工作报告")
# (the zone's party committee may report with it: "…罗群代表党工委、管委会作工作报告")
# (the zone's committee: meta_cues.tsv zone_committee)
@once
def _news_speaker2() -> re.Pattern:
    return re.compile(r"(?:^|[，,。：:\s]|主任)(?P<name>[\u4e00-\u9fff·]{2,3})代表(?:党工委[、和])?[\u4e00-\u9fff]{0,6}?(?:人民政府|政府|"
                      + _words("zone_committee") + r")(?:向大会)?作(?:的|了)?(?:政府)?工作报告", re.M)
# a page whose line breaks were lost: "…会议上 市人民政府市长 奇·达楞太 各位代表:"
_RUNON_SPEAKER = re.compile(_SPEAKER_TITLE + r"\s+(?P<name>" + _DOTTED_NAME + r"|[\u4e00-\u9fff·]{2,6}?)\s+各位代表")
# a byline that names its speaker at the end of its own line, the page having run the two together ("——2017年2月15日在
# 海西州第十四届人民代表大会第一次会议上 州长 文国栋", "…会议上 河北省省长 许勤"; the view has erased the spaces): the office
# right after 会议上 (its region or government before it), the name closing the line (or running on into 各位代表, the
# page's line breaks all lost: "政府工作报告 ——…会议上 市长 王立彤 各位代表："); only on a byline opened by its dash or
# bracket at a line's start or after the title (not a news sentence: "在市委经济工作会议上市长李强讲话")
_BYLINE_END_SPEAKER = re.compile(
    r"(?:^|(?<=报告))[ \t]*(?:[—－\-]{1,2}|[（(])[^\n]{0,16}?在[^\n]{2,60}?(?:会议|大会)上(?:[\u4e00-\u9fff]{0,24}?(?:书记|主任|[省市区县州旗盟]长)[、，,])?"
    r"(?:[\u4e00-\u9fff]{1,20}?(?:人民政府|政府|行政公署|行署)"
    r"|[\u4e00-\u9fff]{1,20}?[省市区县州旗盟地](?=(?:代理?|副)?(?:[省市区县州旗盟]长|主席|(?:行政公署|行署)?专员)))?"
    r"(?P<title>" + _SPEAKER_TITLE + r")(?P<name>" + _NAME + r")(?:[ \t\u3000]*[）)]?[ \t\u3000]*$|(?=各位(?:代表|委员)))", re.M)
# "马伟在泗阳县第十七届人民代表大会第三次会议上的报告"
_BYLINE_NAME = re.compile(r"^[ \t]*(?P<name>[\u4e00-\u9fff·]{2,4})在[\u4e00-\u9fff]{0,20}?第?" + _NUM + r"届", re.M)
_ANNIVERSARY = [(re.compile(r"(?:建党|中国共产党成立)(?:\s*(\d{2,3}|[一二三四五六七八九十百]+)\s*周年"
                            # (or its hundredth as 百年 alone: "建党百年", "庆祝建党百年华诞"; not "党的百年奋斗", a history;
                            # the names before both branches, so re skips to them: tests/test_spd49a.py)
                            r"|(百)年(?=华诞|之际|[，,。；、\s]|$))"), 1921),
                (re.compile(r"(?:新中国成立|中华人民共和国成立|建国)\s*(\d{2,3}|[一二三四五六七八九十百]+)\s*周年"), 1949),
                (re.compile(r"改革开放\s*(\d{2}|[一二三四五六七八九十]+)\s*周年"), 1978),
                # ("抗战胜利80周年" 2025, "中国人民抗日战争暨世界反法西斯战争胜利80周年"; "红军长征胜利80周年" 2016)
                (re.compile(r"(?:抗战|抗日战争(?:暨世界反法西斯战争)?)胜利\s*(\d{2}|[一二三四五六七八九十]+)\s*周年"), 1945),
                (re.compile(r"长征胜利\s*(\d{2}|[一二三四五六七八九十]+)\s*周年"), 1936)]
# (a part's number with a half-width comma too, an old Big5 page's: "一,2019年国民经济和社会发展计划执行情况")
_SECTION_NO = re.compile(r"[一二三四五六七八九十]+\s*[、.．]|[一二三四五六七八九十]{1,3},(?=[\u4e00-\u9fff“\"「]|(?:19|20)\d\d年)(?![一二三四五六七八九十两])"
                         r"|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[、.．](?!\d)")
# (全地区: a prefecture named 地区 speaking of itself, 和田地区's "全地区各族干部群众")
_LEVEL_WORD = re.compile(r"(全(?<![居于过列占超比安健完齐周保成十]全)(?:地区(?!生产总值)|[省市县区州旗盟]))(?![第前平首排领均各])")
# a news page's word for the county it is on, 该县/该区/该旗 (not 该区域, 该县城, 该区块: an area; not 该市, 该州, which a
# county's page may say of the city above)
_GAI_WORD = re.compile(r"该([县区旗])(?![域城块间段划位级委])")
_LEVELS_OF_WORD = {"全省": {"province"}, "全市": {"province", "prefecture", "county"}, "全区": {"province", "county"},
                   "全县": {"county"}, "全旗": {"county"}, "全州": {"prefecture"}, "全盟": {"prefecture"}, "全地区": {"prefecture"}}
_LEVEL_OF_WORD = {"全省": "province", "全县": "county", "全旗": "county", "全州": "prefecture", "全盟": "prefecture",
                  "全地区": "prefecture"}
# pinyin some traditional-script reposts insert (會(huì)), zero-width characters, and spaces between
# two Chinese characters (政 府 工 作 报 告, 李　强): none of them may break a cue
_PINYIN = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# (a leading character class lets the regex engine skip ahead: eight times faster than an alternation)
# (letter-spaced too: "长 ( z h ǎ n g ) 沙 县")
# (and a reading-aid page's longer gloss, a tone mark in it, its syllables run together or up to eight words:
# "政府(zhèngfǔ)工作报告", "国民经济（guó mín jīng jì）和社会发展计划", decision 369; "(GDP)" has no tone mark)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_ERASE = re.compile(r"[(（\u200b\u200c\u200d\u2060\ufeff \t\u3000\u00a0\n]"
                    r"(?:(?<=[(（])[" + _PINYIN + r"]{1,6}(?: [" + _PINYIN + r"]{1,6}){0,3}[)）]"
                    r"|(?<=[(（])(?=[^)）\n]{0,120}[" + _TONED + r"])[ ]*[" + _PINYIN + r"ɑɡ]{1,30}(?: +[" + _PINYIN + r"ɑɡ]{1,30}){0,7}[ ]*[)）]|(?<=[ \t])[ \t]*[(（](?:[ \t]*[" + _PINYIN + r"]){1,6}[ \t]*[)）][ \t]*|(?<=[ \t\u3000\u00a0])[ \t\u3000\u00a0]*(?=[\u4e00-\u9fff\d〇])"
                    r"|(?<=\n)(?=\d)|(?<=[\u200b\u200c\u200d\u2060\ufeff]))")
_NIAN = re.compile("年")
# a paragraph's or an inline tag at a line's start or end, in a page's source copied as text
_EDGE_TAGS = lazy(r"^(?:[ \t]*</?(?i:p|br|div|span|strong|b|font|h[1-6])\b[^<>\n]{0,120}>)+"
                  r"|(?:</?(?i:p|br|div|span|strong|b|font|h[1-6])\b[^<>\n]{0,120}>[ \t]*)+$", re.M)


# a page's words before its date on the date's line ("发布日期：2021年01月18日": meta_cues.tsv published)
@once
def _published() -> re.Pattern:
    return re.compile(_words("published"))


_EDITION = lazy(r"日报|晚报|时报|第\s*[A-Za-z]?\s*\d+\s*版|星期[一二三四五六日天]")  # a newspaper's dateline of its page
_GOAL_YEAR = re.compile(r"(?:(?<![谈提说看想做])[到至]|[—\-~～])\s*$")
_SELF = re.compile("[我全本][省市县区州旗盟]")
_GDP_TARGET = ("增长", "预期增长")  # (国内生产总值 then its growth)
_OWN_GOVERNMENT = re.compile(r"代表([省市区县州旗盟])(?:人民政府|政府|行政公署)")
_JIE = re.compile("届")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_YEAR_WORD = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?")
_GOVERNMENT = ("政府", "人民政府", "人民代表大会", "国民经济")
_PREFECTURE_OFFICE = ("行政公署", "行署")  # (a 地区's or a 盟's government)
# a whole date (letter-spaced too) or a time of day ("发布时间：2023-01-11 16:20") ending a line
_DATE_END = re.compile(r"(?:[12]\s?\d\s?\d\s?\d\s?[-/.]\s?\d(?:\s?\d)?\s?[-/.]\s?\d(?:\s?\d)?|\d\s?[:：]\s?\d\s?\d)$")
# (a count after its label's colon ending a line, "浏览次数：1362", "点击：86"; and a month-day opening the next line)
_COUNT_END = re.compile(r"[\u4e00-\u9fff][:：]\s?\d+$")
_MONTH_DAY_OPENS = re.compile(r"\s?\d{1,2}\s?月\s?\d{1,2}\s?日")
# (a headline ending on a whole year over the page's date line, "…growth in 2019\n2019-01-25 | …": two lines, not a
# number a PDF cut; read as one, "20192019-01-25" is no date and the page has none; the date's month or day split by a
# PDF's kerning too, "…in 2018\n2018-0 1-1 9 | …", as _DATE_END reads one: decision 484)
_YEAR_END = re.compile(r"(?<![\d.,])(?:19|20)\d\d$")
_DATE_OPENS = re.compile(r"(?:19|20)\d\d\s?[-/.年]\s?\d(?:\s?\d)?\s?[-/.月]\s?\d(?:\s?\d)?")
_BLANK = " \t\n\u3000\u00a0\u200b\u200c\u200d\u2060\ufeff"  # (the \r of a CR LF is a \u200b here)
_HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")
_HAN_DIGIT = re.compile(r"[\u4e00-\u9fff\d〇]")  # "2 0 2 3 年 1 月": a PDF's letter-spaced byline




def _content_top(text: str) -> tuple[int, int] | None:
    """(start, end) of the menus a portal prints above its breadcrumb ("当前位置：首页 > 县区动态"), from the end of the
    first line, where the breadcrumb stands past the top lines (100 characters) in the first 8000; else None."""
    mm = _breadcrumb().search(text, 0, 8000)
    # (a breadcrumb leads from the home page, "首页 > …", "网站首页 >> …"; not a report's "所在位置：XX镇"; nor one under
    # the speech's opening, whose copy then stands above it)
    if mm is None or mm.start() < 100 or not _NAV.search(text, mm.end(), (text.find("\n", mm.end()) + 1 or len(text))) \
            or "各位代表" in text[:mm.start()]:
        return None
    first = text.find("\n", 0, mm.start())
    if not 0 <= first < mm.start():
        return None
    # (menus above it, or a block of lines too long for a page's title and date lines: "XX县人民政府\nXX县2019年政府工作报告\n
    # 发布时间：…\n当前位置：…" keeps its title and date in the head)
    if mm.start() - first < HEAD // 2 and not any(_chrome_line(x) for x in text[first:mm.start()].split("\n")):
        return None
    return first, mm.start()


_NAV = re.compile(r"首页|[>＞»›→]")


def _head_end(text: str) -> int:
    """Where the head ends: HEAD characters of the text, not counting the lines of a portal's menus (five spaced items
    or more) or of its lists of links ("· …") it meets on the way, up to 8000 characters."""
    end, chrome = HEAD, 0
    pos = 0
    while pos < min(end, len(text), 8000):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if _chrome_line(text[pos:nl]):
            chrome += nl + 1 - pos
            end = HEAD + chrome
        pos = nl + 1
    return min(end, 8000)


def _chrome_line(line: str) -> bool:
    """An item of a list of links ("· …") or a line of a portal's menu (five spaced items of two characters or more)."""
    line = line.strip(" \t\u3000")
    return line[:1] in _BULLETS or len(line) >= 10 and _menu_items(line)


@lru_cache(maxsize=1)
def _breadcrumb() -> re.Pattern:
    return re.compile(r"^[ \t\u3000]*(?:" + _alt("breadcrumb") + r")[ \t\u3000]*[:：]", re.M)


@lru_cache(maxsize=1)
def _crumb_after_menu() -> re.Pattern:
    """A breadcrumb after a portal's menu on one line: the menu's words, no mark of a sentence, then the breadcrumb's
    label and its colon, its path's home or a ">" after it ("首页政务公开政务服务当前位置：首页>…")."""
    return re.compile(r"[^。，；！？,;!?：:\d]{2,60}?(?:" + _alt("breadcrumb") + r")[ \t\u3000]*[:：][ \t\u3000]*(?:首页|主页|网站首页)?[ \t\u3000]*[>＞»›]")


class _View:
    """A string with the erasable characters removed, and the map back to the string it came from."""

    def __init__(self, base: str, skip: tuple[int, int] | None = None):
        """``skip``: a span of ``base`` left out of the view as a whole (a portal's menus above its breadcrumb)."""
        self.base = base
        vmap, vre = _variants()
        folded = vre.sub(lambda m: vmap[m.group()], base)  # one character for one: offsets unchanged
        # "二〇二四年政府工作报告": a year in Chinese numerals is four digits, one for one
        folded = digit_years(folded)
        parts, self._vstarts, self._bstarts = [], [], []
        pos = vpos = 0
        skip = skip if skip is not None and skip[0] < skip[1] else None
        for m in _ERASE.finditer(folded):
            if m.start() < pos:
                continue  # (inside the span skipped)
            if m.group() == "\n":
                if not (m.start() and folded[m.start() - 1].isdigit()) or _DATE_END.search(folded, max(0, m.start() - 20), m.start()) \
                        or _COUNT_END.search(folded, max(0, m.start() - 20), m.start()) and _MONTH_DAY_OPENS.match(folded, m.end()) \
                        or _YEAR_END.search(folded, max(0, m.start() - 8), m.start()) and _DATE_OPENS.match(folded, m.end()):
                    continue  # a line break counts only inside a number a PDF line cut ("及2\n023年计划"),
                    # not after a whole date ("2023-12-29\n12月28日，…": a page date, then a dateline), nor after a
                    # page's count by its label over a dateline ("浏览次数：1362\n1月15日，…", decision 361)
            elif not (m.group()[0] in "\u200b\u200c\u200d\u2060\ufeff" or m.start() and _HAN.match(folded, m.start() - 1)
                      or m.group()[0] not in "(（" and m.start() and _HAN_DIGIT.match(folded, m.start() - 1)):
                continue  # pinyin counts only right after a Chinese character, spaces between two of them or digits
            a, b = m.span()
            if skip is not None and a >= skip[0]:
                a, b, skip = skip[0], skip[1], None  # the span skipped, erased as one (the match, if past it, is tried again)
                if m.start() >= b:
                    if a > pos:
                        parts.append(folded[pos:a])
                        self._vstarts.append(vpos)
                        self._bstarts.append(pos)
                        vpos += a - pos
                    pos, a, b = b, m.start(), m.end()
            if a > pos:
                parts.append(folded[pos:a])
                self._vstarts.append(vpos)
                self._bstarts.append(pos)
                vpos += a - pos
            pos = max(pos, b)
        if skip is not None and skip[0] >= pos:  # (no erasure at or after it)
            parts.append(folded[pos:skip[0]])
            self._vstarts.append(vpos)
            self._bstarts.append(pos)
            vpos += skip[0] - pos
            pos = skip[1]
        parts.append(folded[pos:])
        self._vstarts.append(vpos)
        self._bstarts.append(pos)
        self.s = digit_years("".join(parts))  # again once spaces are gone ("二 〇 二 四 年")

    def pos(self, i: int) -> int:
        k = bisect.bisect_right(self._vstarts, i) - 1
        return self._bstarts[k] + i - self._vstarts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return (self.pos(start), self.pos(end - 1) + 1) if end > start else (self.pos(start), self.pos(start))


@lru_cache(maxsize=1)
def _variants() -> tuple[dict[str, str], re.Pattern]:
    vmap = {row[0]: row[1] for row in vocab.table("char_variants.tsv") if len(row) >= 2 and len(row[0]) == 1}
    return vmap, re.compile("[" + "".join(vmap) + "]" if vmap else "(?!)")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(w for w in row[1].split("/") if w) for row in vocab.table("meta_cues.tsv") if len(row) >= 2}


@once
def _plan_verbs() -> tuple[str, ...]:
    """The verbs of a pledge (pledge_verbs.tsv, but those of kind end: 用于, 支持…), a bare 将 before one the future's."""
    return tuple(c[0] for c in vocab.table("pledge_verbs.tsv") if c and c[0] and (c[1] if len(c) > 1 else "action") != "end")


def _words(kind: str) -> str:
    """The words of meta_cues.tsv row ``kind`` as an alternation: escaped, longest first (a word before any that it
    opens), for a pattern built from the row at its first use."""
    return "|".join(re.escape(w) for w in sorted(_cues()[kind], key=lambda w: (-len(w), w)))


@once
def _zone_committee_re() -> re.Pattern:
    return re.compile(r"(?:" + _words("zone_committee") + r")")


def zone_committee_end(text: str, pos: int) -> int:
    """The end of a zone's administrative committee (meta_cues.tsv zone_committee: 管委会, 管理委员会) named at ``pos``,
    or -1."""
    return m.end() if (m := _zone_committee_re().match(text, pos)) else -1


@lru_cache(maxsize=1)
def _milestones() -> dict[str, int]:
    return {w.split(":", 1)[1]: int(w.split(":", 1)[0]) for w in _cues()["milestone"]}


@lru_cache(maxsize=1)
def _page_head_re() -> re.Pattern:
    """A line alone that is a page's running head naming a government's paper or report, its year or issue beside it or
    not ("宜昌市人民政府公报　2026年第2期", "2026年宜昌市政府工作报告"; meta_cues page_head_paper)."""
    words = "|".join(sorted(map(re.escape, _cues()["page_head_paper"]), key=len, reverse=True))
    year = r"(?:19|20)\d{2}[ \t]*年"
    return re.compile(r"^[ \t\u3000]*(?:" + year + r"[ \t\u3000]*)?(?P<org>[\u4e00-\u9fff]{2,14}?)(?:" + words + r")"
                      r"(?:[ \t\u3000]*(?:" + year + r"[ \t]*)?第[ \t]*\d{1,3}[ \t]*期)?[ \t\u3000]*$", re.M)


@once
def _targets_released() -> re.Pattern:
    """The words after a bare 目标 that say the year's targets follow or are out (_year_votes; meta_cues.tsv
    released_adverbs, released_verbs: "目标全部出炉")."""
    return re.compile(r"[是为：:]|[ \t]*(?:\n|$)|(?:已经?)?(?:" + _words("released_adverbs") + r")?(?:"
                      + _words("released_verbs") + r")")


def _alt(kind: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_cues()[kind], key=len, reverse=True))


# the first part of a year, up to its first nine months, after its year ("2023年上半年", "2024年1-9月"; not a
# December plan report's "2023年1至11月", the year reviewed)
_EARLY_PART = r"\s*(?:上半年|前三季度|第?[一二三]季度|(?:1|一)\s*[-—~～至到]\s*(?:[2-9]|[二三四五六七八九])\s*月(?!\d))"


_EARLY_PART_AT = re.compile(_EARLY_PART)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    y = r"(?P<y>(?:19|20)\d{2})\s*年"
    return {
        # (or the State Council's plan and budget reports, which its bodies present: "受国务院委托，国家发展改革委…",
        # "受国务院委托，财政部…"; not a local body charged with a task: "市发展改革委受国务院委托开展…")
        # (the Premier named with the day between: "国务院总理李克强今天在政府工作报告中表示", "…22日作政府工作报告")
        "national": re.compile(_alt("national") + r"|受国务院委托[，,、\s]*(?:" + _alt("national_presenter") + ")"
                               r"|国务院总理[\u4e00-\u9fff]{2,3}(?:今天|今日|\d{1,2}日)?(?:上午|下午)?(?:在|作|所作的)政府工作报告"),
        # the lead is about another meeting: "南县召开县委经济工作会议" (not "根据…工作会议精神")
        "other_event": re.compile(r"(?:召开|举行)[^。，,]{0,12}?(?:" + _alt("other_event") + ")"),
        # "我代表县人民政府向大会作工作报告": the opening only a government work report has
        # (a zone's administrative committee reports as a government does: "代表管委会作工作报告"; so does a street's
        # office, the district government's agency as a committee is the city's: "代表街道办事处向大会报告工作"; the
        # zone's party committee may report with it: "代表党工委、管委会作工作报告")
        "opening": re.compile(r"代表(?:党工委[、和])?[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|国务院|行政公署|行署|兵团|师市|"
                              + _words("zone_committee") + r"|街道办事处)[，,、\s]*(?:"
                              + _alt("opening") + ")"),
        # the year whose targets the report sets: "2021年主要预期目标", "2019年，河北经济社会发展的主要预期目标是"
        "target": re.compile(y + r"(?:[，,]\s*)?(?P<mid>[^\d。；;！!？?：:，,]{0,14}?)(?P<cue>"
                             + _alt("target") + ")"),
        # the year a report reviews: "2020年工作回顾", "2020年和“十三五”时期工作回顾", "2021年计划执行情况"
        "review": re.compile(y + r"(?P<mid>[^\d。；;！!？?：:，,]{0,14}?)(?:" + _alt("review") + ")"),
        # (or a year bare of 年 after a word looking back, before a mark: "回首2023，全市…", "回眸2023：")
        "review_lead": re.compile(r"(?:(?:" + _alt("look_back") + r")了?|刚刚过去的|过去的)\s*(?:过去的)?\s*"
                                  r"(?P<y>(?:19|20)\d{2})(?:\s*年|(?<=[顾结首眸望]\d{4})(?=[，,：:\n]))"),
        # estimated results are those of the year under review: "2019年全县经济稳中向好，预计全年…"
        "estimate": re.compile(y + r"[^。；;\d]{0,30}?预计"),
        "part_year": re.compile(y + r"\s*(?:1|一)\s*(?:[-—~～至到])\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"),
        # a report or a page on the first part of a year ("2023年上半年…计划执行情况", "2025年一季度全县经济运行情况",
        # "2025年1-2月经济运行简况"): the year in progress, whose targets it restates (not a headline's result,
        # "2023年前三季度赣州经济增长5%以上", which dates nothing: decision 77)
        "part_early": re.compile(y + _EARLY_PART + r"[^。；;\n\d%]{0,24}?(?:运行|执行情况|完成情况|指标|数据|形势)"),
        "bare_year": re.compile(r"^[ \t]*(?P<y>(?:19|20)\d{2})[ \t]*$", re.M),
        # ("刚刚过去的一年，是“十四五”开局之年" on a news page: the year reviewed, as 去年 is)
        # (and without 一年是: "在刚刚过去的“十四五”开局之年，全市…", "过去的“十三五”收官之年里" — a year reviewed)
        "this_year": re.compile(r"(?:(?P<w>今|明|去|(?:刚刚)?过去的?一)年[，,]?是[^。]{0,40}?|(?:刚刚)?过去的[“\"]?(?=十[一二三四五]五))"
                                r"十(?P<n>[一二三四五])五[”\"’]?(?:规划)?[^。]{0,12}?"
                                r"(?P<p>开局|起步|收官|决胜|最后一年|第[一二三四五]年|承上启下|中期)"),
        # a five-year plan: its outline submitted with the report is for its first year, a review of
        # the whole plan is followed by the next year ("“十二五”时期工作回顾" → 2016)
        "plan_outline": re.compile(r"第(?P<n>十[一二三四五])个五年规划(?:和二〇[一二三]五年远景目标)?纲要[(（]?草案"
                                   r"|[“\"]?(?P<n2>十[一二三四五])五[”\"]?规划纲要[(（]草案"),
        # (a news page: "报告回顾，“十三五”时期，全市…" — not "回顾“十四五”以来" or "回顾了“十四五”时期前两年", a plan
        # under way)
        "plan_review": re.compile(r"[“\"]?(?P<n>十[一二三四五])五[”\"]?(?:时期|期间)?(?:工作)?(?:回顾|总结)"
                                  r"|回顾(?:总结)?了?[，,：:]?\s*[“\"]?(?P<n2>十[一二三四五])五[”\"]?(?:时期|期间)(?!以来|的?[前头][一二三四两]年)"),
        # this year's targets named by the plan's year and set out ("“十四五”开局之年全市经济社会发展的主要预期目标是",
        # "…的主要目标，即"; not "“十四五”开局之年的主要预期目标圆满完成", "…执行良好", "…均达到", a year reviewed)
        "plan_year_targets": re.compile(r"十(?P<n>[一二三四五])五[”\"’]?(?:规划)?(?P<p>开局|收官)之年[，,的]?[^。；;，,\d]{0,16}?"
                                        r"(?:主要预期目标|预期目标|主要目标)(?=[是为：:]|[，,]?即)"),
        # "今年是全面贯彻党的二十大精神的开局之年" (2023), "今年是党的十九大召开之年" (2017): a party
        # congress meets every five years (the 18th in 2012)
        # "今年是脱贫攻坚决战决胜之年" (2020): a year named by what it is to the nation (meta_cues milestone)
        # ("刚刚过去的一年，是…": the year reviewed, as 去年 is; "今年是新中国成立70周年": an anniversary needs no 之年)
        # ("明年是建党100周年": the report the year before; "今年是建党百年": 百年 is the anniversary, decision 409)
        "milestone": re.compile(r"(?P<w>今|明|去|(?:刚刚)?过去的?一)年[，,]?是[^。]{0,40}?(?P<m>" + "|".join(
            re.escape(w) for w in sorted(_milestones(), key=len, reverse=True)) + r")(?:[^。，,；]{0,6}?之年|(?<=周年|百年|华诞))"),
        # (or as what this year holds: "今年将召开党的二十大", "今年我们将迎来党的十九大胜利召开" — 2022, 2017)
        "congress": re.compile(r"(?:(?P<w>今|明|去|(?:刚刚)?过去的?一)年[，,]?是[^。]{0,40}?党的(?P<n>十[八九]|二十[一二]?)(?:次全国代表)?大"
                               r"[^。]{0,16}?(?P<p>召开|开局|起步|第一年)"
                               r"|今年[，,]?(?:我们)?(?:还)?将(?:要)?(?:胜利)?(?:召开|迎来)党的(?P<n2>十[八九]|二十[一二]?)(?:次全国代表)?大)"),
        # the state at a past year's end: "截至2016年末，全县…", "截至2023年底" (not "到2025年底", a goal)
        "year_end": re.compile(r"截至\s*" + y + r"\s*(?:末|底)(?!前)"),
        # the first year of a five-year plan done: "实现了“十四五”良好开局", "“十四五”开局良好" (2021 reviewed);
        # not "为实现…良好开局", nor "开好局、起好步" (what a plan's first year must do)
        # (searched from its 十: a pattern that opens with an optional part is tried at every character)
        "plan_started": re.compile(r"十(?P<n>[一二三四五])五[”\"]?(?:规划)?(?:的)?(?:良好开局|开局良好|顺利开局)"),
        # its last year done: "“十四五”圆满收官", "“十四五”规划顺利收官" (2025 reviewed); not "收官之年" (a year named as the
        # plan's last, read by year_is), nor "确保“十四五”圆满收官", "推动…圆满收官" (what is to be done)
        "plan_ended": re.compile(r"十(?P<n>[一二三四五])五[”\"]?(?:规划)?(?:的)?(?:圆满收官|顺利收官|胜利收官|完美收官|如期收官|收官良好)(?!之年|的一年|年)"),
        # (of the year under review too: "2023年是极不平凡的一年", "2023年是…开局之年，全县…增长6.2%")
        # (or as the year a party congress meets, "2022年是党的二十大召开之年": meta_cues year_named_as, decision 384)
        "year_is": re.compile(y + r"是[^。；]{0,40}?(?:(?:" + _words("year_named_as") + r")(?:之年|的一年|一年)"
                              r"|(?:最后|末)(?:一年)|(?P<past>极?不平凡|极不寻常)的一年)"),
    }


def _cn_int(s: str) -> int | None:
    if s == "元":  # 元月, the first month ("2023年元月9日")
        return 1
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGIT for c in s):
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    from .extract.numbers import cn_simple

    fast = cn_simple(s)  # 十五 without importing cn2an
    if fast is not None:
        return fast if isinstance(fast, int) else None
    try:
        import cn2an

        return int(cn2an.cn2an(s, "smart"))
    except Exception:
        return None


@lru_cache(maxsize=1)
def _targets_lead_level() -> re.Pattern:
    """A level word leading into the year's targets (meta_cues.tsv own_targets_lead): "全县经济社会发展的主要预期目标是"."""
    words = "|".join(re.escape(w) for w in sorted(_cues()["own_targets_lead"], key=lambda w: (-len(w), w)))
    return re.compile(r"(?<![居于过列占超比安健完齐周保成十])(?P<w>全(?:地区|[省市县区州旗盟]))(?:" + words + r")(?=[是为：:])")


def _anniversary_shift(body: str, at: int) -> int:
    """How far the report's year lies from an anniversary named at ``at``: by the time word nearest before it in its
    sentence (meta_cues.tsv anniversary_past/_next/_now): +1 after a clause on the year reviewed ("过去一年，我们隆重庆祝
    建党100周年"), -1 after 明年, else 0 (decision 409)."""
    s = max(body.rfind(c, 0, at) for c in "。；;！!\n") + 1
    seg = body[s:at]
    best, shift = -1, 0
    for name, d in (("anniversary_past", 1), ("anniversary_next", -1), ("anniversary_now", 0)):
        for w in _cues()[name]:
            k = seg.rfind(w)
            if k > best:
                best, shift = k, d
    return shift


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The full names of three characters or more (short forms such as 汝州 are too ambiguous to find
    in running text), and by their last three characters the lengths they come in, longest first."""
    g = gazetteer()
    # and the aliases that read as a name (科左中旗), not 全国 or 国务院
    names = frozenset([n for n in g.by_name if len(n) >= 3] + [a for a in g.aliases if len(a) >= 3 and a[-1] in "省市区县州旗盟"])
    tails: dict[str, set[int]] = {}
    for n in names:
        tails.setdefault(n[-3:], set()).add(len(n))
    return names, {t: tuple(sorted(ls, reverse=True)) for t, ls in tails.items()}


_SUFFIX = re.compile(r"[省市区县州旗盟]")


def find_names(s: str) -> list[tuple[int, int, str]]:
    """Region names (longest at each end position) and nicknames in s, as (start, end, name).

    A scan over the suffix characters with set look-ups: a regex of ~4000 alternatives is
    twenty times slower on a 30 KB report. Most suffixes end no name (全市, 城市, 地区): the last
    three characters say which lengths to try, if any."""
    names, tails = _names()
    out = []
    last_end = -1
    for m in _SUFFIX.finditer(s):
        e = m.end()
        for k in tails.get(s[e - 3:e], ()):
            if k > e:
                continue
            cand = s[e - k:e]
            if cand in names and e - k >= last_end:
                out.append((e - k, e, cand))
                last_end = e
                break
    order, nick_re = _nicknames()
    hits = [(order[m.group()], m.start(), m.group()) for m in nick_re.finditer(s)]  # one scan, not one per nickname
    out += [(i, i + len(nm), nm) for _, i, nm in sorted(hits)] if hits else []
    return out


@lru_cache(maxsize=1)
def _nicknames() -> tuple[dict[str, int], re.Pattern]:
    """The nicknames in the file's order (a list of mentions keeps it), and one pattern for them all,
    longest first (two nicknames that overlap in a text, which those of the file cannot, give one)."""
    nicks = list(vocab.nicknames())
    return {nm: k for k, nm in enumerate(nicks)}, re.compile(
        "|".join(re.escape(n) for n in sorted(nicks, key=len, reverse=True)) if nicks else "(?!)")


def detect(text: str, norm: Normalized, hints: dict[str, Any] | None = None, name: str = "",
           overrides: dict[str, Any] | None = None) -> Metadata:
    """Find a report's metadata. ``text`` is the text as read; ``hints`` come from the container."""
    hints = hints or {}
    from .normalize import simplified

    # same offsets as the text as read (normalize made it already for the same text)
    raw, text = text, norm.simple if norm.simple and norm.raw == text else simplified(text)
    if "\r" in text:
        # Windows line ends: the \r of \r\n becomes a character the views erase (offsets unchanged),
        # a lone \r a line break, so line patterns read the lines as normalize does
        text = re.sub(r"\r(?!\n)", "\n", text).replace("\r", "\u200b")
    if "<" in text and (">\n" in text or "\n<" in text):
        # a page's source with its paragraphs' tags at the lines' edges ("<p>县长　张建国</p>"): the tags are
        # characters the views erase (offsets unchanged), so that the byline's and title's lines read as lines
        text = _EDGE_TAGS.sub(lambda m: "\u200b" * len(m.group()), text)
    meta = Metadata()
    ev = meta.evidence
    # (a portal's page whose menus and lists of links fill the top: the head starts at its breadcrumb, "当前位置：首页 >
    # …", the menus above it left out but for the site's name on the first line)
    top = _content_top(text)
    # (without one, the head holds HEAD characters besides the menus' and link lists' lines it meets)
    hv = _View(text[:top[1] + HEAD], top) if top else _View(text[:_head_end(text)])
    head = hv.s
    bv = _View(norm.text)
    body = bv.s

    def raw_span(v: _View, start: int, end: int) -> tuple[int, int]:
        s, e = v.span(start, end)
        return norm.to_raw_span(s, e) if v is bv else (s, e)

    # --- title
    title = _title(text, hv, hints)
    if title:
        meta.title = title[0]
        ev["title"] = Evidence(title[0], title[1], *title[2:])

    # --- doc type: the title's words, else the opening only a government work report has, else body words
    opening = _patterns()["opening"].search(body[:3000])
    event = _patterns()["other_event"].search(body[:200])
    # (a title naming another body's 工作报告 or a policy address: "杭州市人民检察院工作报告", whose body's "紧扣市政府工作
    # 报告确定的目标任务" names the government's report, not the page's kind; "行政长官2023年施政报告")
    # (not a line going on from a head line the page's width cut, "…听取审议市人民政府工作报告和市人大常委会、市中级人民" over
    # "法院、市人民检察院工作报告": the headline's tail lists the other bodies' reports, the page's own is above it)
    hlines = head.splitlines(keepends=True)
    hstarts = [0]
    for ln in hlines:
        hstarts.append(hstarts[-1] + len(ln))
    own = next((ln.strip() for k, ln in enumerate(hlines[:4]) if ln.strip() and "。" not in ln and len(ln.strip()) <= 40
                and others_title(ln.strip()) and not _goes_on_at_width(hv, hlines, hstarts, k)), None)
    # (or the title read past a portal's menus, breadcrumb, date and share lines: "网站首页\n…\n当前位置：…\n字号：…　发布时间：
    # …\n分享到：…\n\n湖南省高级人民法院工作报告" sets the court's title five lines or more down, decision 329)
    own = own or (meta.title if others_title(meta.title) else None)
    for source, s in (("title", meta.title or ""), ("hint", str(hints.get("title", ""))), ("filename", name)):
        hit = ("other", own) if own and source == "title" else _doc_type(s)
        if hit and hit[0] in ("plan_report", "budget_report") and source == "title" \
                and (first := _first_doc_type(s)) is not None and first[0] == "government_work_report" \
                and _REPORTS_LISTED.search(s, first[2]) is not None:
            # "大会审议政府工作报告、计划报告和预算报告": a news head listing the session's reports, the government's
            # first, tells the government's (the plan and budget reports are handed in beside it; decision 341)
            hit = first[:2]
        elif hit and hit[0] in ("plan_report", "budget_report") and source == "title" \
                and (listed := _GOV_LISTED_LAST.search(s)) is not None and _GOV_DELIVERED.search(body, 0, 600) is not None:
            # "审议计划报告、预算报告和政府工作报告" over a lead whose speaker delivers the government's work report ("市长
            # 阳卫国代表市人民政府作政府工作报告"): the head lists the session's reports, the page reports the government's
            # (the plan first with no such lead, "市长王刚作报告", stays the plan's; decision 348)
            hit = ("government_work_report", listed.group(0))
        if hit:
            if hit[1].endswith(("决议", "决定")) and source == "title":
                # the resolution printed before the report itself: a work report's opening, or a report's title line
                # over its byline ("关于…计划执行情况与2024年计划草案的报告\n——2024年1月8日在…会议上")
                below = ("government_work_report", hit[1]) if opening else _report_below(body, meta.title or "")
                hit = below or hit
            meta.doc_type = hit[0]
            ev["doc_type"] = Evidence(hit[0], source, hit[1])
            break
    else:
        if opening:
            meta.doc_type = "government_work_report"
            ev["doc_type"] = Evidence(meta.doc_type, "body", opening.group(0), *raw_span(bv, *opening.span()))
        else:
            # news: the report type named first in the lead, unless the lead is about another meeting
            # (县委经济工作会议 …传达学习政府工作报告精神)
            hit = _first_doc_type(body[:600])
            if hit and hit[0] == "government_work_report" and _others_reports(body[max(0, hit[2] - 16):hit[2]]):
                # ("从各地政府工作报告看，…", "梳理31个省份政府工作报告发现": a round-up of several regions' reports,
                # none the page's own; sixteen characters back, for "全市10个县（市、区）2024年政府工作报告", decision 321)
                hit = None
            if hit and hit[0] == "government_work_report" and _stats_lead(body, hit[2]):
                # ("记者从省统计局获悉，初步核算，2022年全省地区生产总值…" then, paragraphs later, "省政府工作报告提出，2023年
                # …增长7%左右。": a statistics news page quoting the report at its end; its kind is the page's, decision 398)
                hit = None
            # a lead on a congress session that quotes an unnamed 报告 ("…人民代表大会第三次会议开幕。
            # 报告提出，…") restates the government's work report (not a standing committee's session)
            said = None if hit or event else _HEAD_REPORT.search(body, 0, 600)
            # (not a lead on the political consultative conference, whose members sit in on the congress)
            if said and "政协" not in body[:said.start()]:
                hit = ("government_work_report", said.group(0), said.start())
            said = None if hit or event else (_report_says().search(body, 0, 1500) or _SESSION_LEARNT.search(body, 0, 600))
            # (not where the report it says is another body's, named before it: "会议听取省人大常委会工作报告。报告显示，…")
            own = [x for x in _sessions(body[:said.end()]) if "常务" not in x.group(0)] \
                if said and not _other_body_report(body, said.start()) else []
            if own and "政协" not in body[:own[0].start()]:
                hit = ("government_work_report", said.group(0), said.start())
            if not hit and not event and "政府工作" in body and (said := _OWN_WORK.search(body, 0, 6000)):
                hit = ("government_work_report", said.group(0), said.start())
            if not hit and not event and (said := _work_report_en().search(body, 0, 600)) is not None \
                    and _en_delivered_after().match(body, said.end()) is not None \
                    and not _en_national_cited(body, said.start(), said.end()):
                # an English page's lead naming the report as delivered ("…, according to a government work report
                # delivered by Governor Ma Xingrui": meta_cues work_report_en; decision 407), as "作政府工作报告" names it in
                # a Chinese lead; not a page only citing it ("…, according to the government work report.": decision 403)
                hit = ("government_work_report", said.group(0), said.start())
            if not hit and event is not None and "经济" not in event.group(0) \
                    and (zh := _zone_head_reports().search(body, 0, 600)) is not None:
                # ("湖南湘江新区召开2022年工作会议。新区管委会主任周海兵作工作报告": a zone's work conference is where its
                # committee delivers its report, as a congress's session is a government's; decision 348)
                hit, event = ("government_work_report", zh.group(0), zh.start()), None
            zl = None if hit or event or not _titled_work_report(meta.title) else _zone_head_line().search(head, 0, 600)
            if zl is not None and _party_head().search(head, 0, zl.start("line")) is not None \
                    and _zone_committee_named().search(head, 0, zl.start("line")) is None:
                # ("贵安新区党工委2020年工作报告\n——…在中共贵州贵安新区工作委员会（扩大）会议上\n党工委书记、管委会主任　张伟":
                # the party's working committee reports, its secretary the committee's head too: no government's report,
                # decision 394; not where the head names the administrative committee too, "在…党工委、管委会2021年工作会议上",
                # a joint meeting at which the committee reports)
                zl = None
            if not hit and not event and ((en := _en_report_delivered().search(body, 0, 600)) is not None
                                          or (en := _en_told_in().search(body, 0, 600)) is not None) \
                    and not _en_national_cited(body, en.start(), en.end()):
                # ("Governor Shen Xiaoming delivered the government work report to the provincial people's congress on
                # January 26.": an English news page on the report, its lead naming the report as delivered, as a Chinese
                # lead's "代表省人民政府作政府工作报告" does; decision 403; not a page naming the report later or only
                # citing it, "according to the government work report")
                hit = ("government_work_report", en.group(0), en.start())
            if not hit and not event and (en := _en_own_report_at(body)) is not None:
                # ("…, according to the work report of the Hunan provincial government delivered on Tuesday.", "Suzhou's
                # municipal government work report, submitted …, laid out this year's targets": a local government's
                # report named by its level or region in an English lead looking ahead; decision 431)
                hit = ("government_work_report", en.group(0), en.start())
            if not hit and not event and (ph := _plan_part_head().search(body)) is not None:
                # an untitled page of a plan whose part is headed by the year's plan ("三、2024年计划安排的主要目标和任务",
                # "二、2019年计划安排"): a work report heads its year's part with its work (工作安排, 重点工作), and the
                # words 计划安排 in a sentence ("按照年度计划安排，…") are no part's heading (decision 372)
                hit = ("plan_report", ph.group("h"), ph.start("h"))
            if not hit and not event and (wh := _work_part_page(body)) is not None:
                # an untitled page of a work report's part two ("二、2024年工作安排", "各位代表", "全县经济社会发展的主要预期
                # 目标是"; decision 409)
                hit = ("government_work_report", wh.group("h"), wh.start("h"))
            if hit and not (event and event.start() < hit[2]):
                meta.doc_type = hit[0]
                ev["doc_type"] = Evidence(hit[0], "body", hit[1], *raw_span(bv, hit[2], hit[2] + len(hit[1])))
            elif zl is not None:
                # a zone's report printed as itself ("贵安新区2019年工作报告\n——2019年1月22日在贵安新区2019年工作会议上\n
                # 党工委副书记、管委会主任　张伟"): a title naming a 工作报告 and no one's, over a line of its own in the head
                # naming the administrative committee's head, who delivers it as a government's head does (decision 392)
                meta.doc_type = "government_work_report"
                ev["doc_type"] = Evidence(meta.doc_type, "byline", zl.group("line"), *raw_span(hv, *zl.span("line")))
            else:
                meta.doc_type = "other"
                ev["doc_type"] = Evidence("other", "derived", event.group(0) if event else "no report title or opening found")

    # --- the byline (or a news lead): meeting, date, speaker
    m = _MEETING.search(head)
    if m and _passing_session(head, m):
        m = _MEETING.search(head, m.end())  # "在宜昌市第八届人民代表大会第四次会议胜利闭幕之际，夷陵区…": the later session's
    # (not the sessions a list of links names, "· 汉滨区第十八届人民代表大会第四次会议隆重开幕": other pages')
    sessions = [x for x in _sessions(head) if head[head.rfind("\n", 0, x.start()) + 1:x.start()].lstrip(" \t\u3000")[:1] not in _BULLETS]
    # the national congress is the report's own only in a byline ("在第十三届全国人民代表大会第五次会议上")
    # or a news lead where the premier delivers the report; a local report may mention it in passing
    # ("习近平总书记3月5日参加十三届全国人大二次会议内蒙古代表团审议")
    nat = next((x for x in sessions if x.re is _NATIONAL_SESSION and _own_national(head, x)), None)
    # a news lead on the congress itself ("十四届全国人大二次会议在北京开幕"), not one mentioned in passing
    # ("第十二届全国人民代表大会第一次会议以来的五年")
    nat_any = nat or next((x for x in sessions if x.re is _NATIONAL_SESSION
                           and _held_after().match(head[x.end():x.end() + 24])), None)
    sessions = [x for x in sessions if x.re is not _NATIONAL_SESSION or x is nat]
    if nat and m and m.start() < nat.start() < m.end():
        m = None  # "在第十三届全国人民代表大会": the meeting is national, no region in it
    session = m or next((s for s in sessions if s.re is _SESSION and "全国" not in s.group("region")
                         and not _passing_session(head, s, sessions)), None)
    dm = None
    anchor = m or session or nat
    # (a page's title line may name the session first: "XX县第十八届…会议开幕_政务公开 … 2024年1月10日，XX县第十八届…")
    anchors = [a for a in (anchor, *sessions) if a is not None]
    # (a byline's date in figures only when 在 follows: "——2023.1.8在…"; elsewhere it is a page's)
    for d in sorted([*_DATE.finditer(head), *(x for x in _NUM_DATE.finditer(head) if re.match(r"\s*[在于]", head[x.end():x.end() + 3]))],
                    key=lambda x: x.start()):
        line_start = head.rfind("\n", 0, d.start()) + 1
        line_end = head.find("\n", d.end())
        if _published().search(head, line_start, d.start()) or _EDITION.search(head, line_start, line_end if line_end > 0 else len(head)):
            continue  # a page's or a paper's date ("发布日期：2021年01月18日", "XX日报 2020年02月19日 第A02版"),
            # not the day of delivery
        if meta.doc_type in ("government_work_report", "plan_report", "budget_report") and _ADOPTED.match(head, d.end()):
            continue  # the day the session adopted its resolution, printed before the report ("（2020年12月30日平遥县第十七届
            # 人民代表大会第五次会议通过）"): the report's byline below names the day it was delivered
        # the date before the meeting ("2024年1月8日在…") with no other date between ("2022年01月20日\n
        # 本报讯 1月19日，XX县…": the page's date, then the dateline), or on the line after it
        # ("…会议上\n（2019年1月10日）"), or alone under the title ("XX县政府工作报告\n（2024年1月8日）")
        # (after a session a news headline names, "XX县召开十八届人大二次会议\n2023年01月11日 16:20" is
        # the page's date: a byline's session ends in 上, or the date stands in brackets or after 于)
        if any(abs(d.end() - a.start()) < 12 and not _MONTH_DAY.search(head, d.end(), a.start())
               or 0 <= d.start() - a.end() <= 16 and ("上" in head[a.end():d.start()] or head[d.start() - 1:d.start()] in "（(于")
               for a in anchors) \
                or re.match(r"\s*在", head[d.end():d.end() + 3]) \
                or _DATE_LINE.match(head, line_start, d.start()) and not (d.start() == line_start and d.group("m")[0] == "0") \
                and re.match(r"[ \t]*[）)]?[ \t]*(?:\n|$)", head[d.end():d.end() + 4]) and _title_above(head, line_start, meta.title) \
                or meta.doc_type == "other" and _dated_head(head, d):
            dm = d
            break
    if dm and meta.doc_type == "statistical_communique":
        dm = None  # a communiqué is published by its bureau, not delivered: its date ("长兴县统计局…\n2024年3月20日") is no
        # meeting's (its year is the communiqué's own rule's, the year after the one described)
    if dm:
        y, mo, da = _cn_int(dm.group("y")), _cn_int(dm.group("m")), (_cn_int(dm.group("d")) if dm.group("d") else None)
        if y and mo and da and 1 <= mo <= 12 and 1 <= da <= 31:
            meta.meeting_date = f"{y:04d}-{mo:02d}-{da:02d}"
            ev["meeting_date"] = Evidence(meta.meeting_date, "byline", "", *hv.span(*dm.span()))
        elif y and mo and 1 <= mo <= 12 and not dm.group("d"):  # "——2024年1月在…": the year and month only
            ev["report_year"] = Evidence(y + 1 if mo >= 11 else y, "byline", "", *hv.span(*dm.span()),
                                         note=DELIVERED_LATE if mo >= 11 else None)
    month_day = None
    if meta.meeting_date is None:
        month_day = _month_day(head, list(_MEETING.finditer(head)) + sessions)
    # (a document that is no report, dated under its first line, may name its speaker alone on the next:
    # "在中共洛阳市委经济工作会议上的讲话\n（2019年12月26日）\n李亚")
    sp = _speaker(hv, m or session or nat or (dm if dm is not None and meta.doc_type == "other" and _dated_head(head, dm) else None))
    if sp:
        meta.speaker, quote, st, en = sp
        ev["speaker"] = Evidence(meta.speaker, "byline", quote, st, en)

    # --- region
    _region(meta, text, bv, hv, m, session, nat, hints, name, raw_span, sessions,
            nat_any if nat_any is not None and nat_any is not nat and nat_any.start() < 150 else None)
    if meta.region is None and own and any(w in own for w in _cues().get("policy_address", ())):
        # (a policy address names its region in its head, the chief executive's office: "香港特别行政区行政长官　李家超";
        # such a region's name is never voted from a page's body, decision 323)
        near = head[:head.find(own) + len(own) + 200]
        hit = min(((near.find(w), w) for w in _cues().get("no_report_region", ()) if w in near), default=None)
        if hit:
            st, en = hv.span(hit[0], hit[0] + len(hit[1]))
            _set_region(meta, gazetteer().by_name[hit[1]][0], "byline", raw[st:en], st, en)

    # --- report year, and the year of a month-day dateline
    # the national congress's session dates the State Council's report, said in its byline or lead
    # (a dateline of November or December: 今年 there is the year reviewed, the report the next year's)
    late = month_day is not None and _cn_int(month_day.group("m")) in (11, 12)
    _year(meta, bv, hv, hints, name, raw_span, nat or (nat_any if meta.region_code == NATIONAL_CODE else None), sessions, late)
    # (a dateline on the session's close, "1月12日上午，县十八届人大三次会议胜利闭幕", is not the day the report was
    # delivered, at its opening, but the last it can have been: kept, and said so)
    clause = ""
    if month_day:
        stop = head.find("。", month_day.end(), month_day.end() + 80)
        clause = head[month_day.end():stop if stop >= 0 else month_day.end() + 80]
    closing = "闭幕" in clause and "开幕" not in clause
    if month_day and meta.report_year:
        mo, da = _cn_int(month_day.group("m")), int(month_day.group("d"))
        if 1 <= mo <= 12 and 1 <= da <= 31:
            y = meta.report_year - 1 if mo >= 11 else meta.report_year
            meta.meeting_date = f"{y:04d}-{mo:02d}-{da:02d}"
            s, e = hv.span(*month_day.span())
            ev["meeting_date"] = Evidence(meta.meeting_date, "byline", "", s, e,
                                          note=f"year not stated: taken from report year {meta.report_year}"
                                          + ("; the session's closing day, the report delivered on or before it (low confidence)"
                                             if closing else ""))

    if meta.meeting_date is None and (dd := _day_only(head, list(_MEETING.finditer(head)) + sessions)) is not None:
        # "…第一次会议二十三日在南宁开幕", "…会议十八日上午开幕" on a dated page: the page's month, or the month before
        # where the day is past the page's (decision 357)
        day, pd = dd
        y, mo = int(pd.group(1)), int(pd.group(2))
        if day > int(pd.group(3)):
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        meta.meeting_date = f"{y:04d}-{mo:02d}-{day:02d}"
        ev["meeting_date"] = Evidence(meta.meeting_date, "byline", "", note=f"the day alone, the month the page's ({pd.group(0)})")

    if meta.meeting_date is None and (rd := _relative_day(head, list(_MEETING.finditer(head)) + sessions)) is not None:
        # "今天上午，武义县第十七届…会议…开幕" under the page's "2021-01-12 19:30"; "…会议昨日开幕" under "2022年1月11日": the
        # page's day, or the day before it (decision 372)
        back, pd = rd
        try:
            day = datetime.date(int(pd.group(1)), int(pd.group(2)), int(pd.group(3))) - datetime.timedelta(days=back)
        except ValueError:
            day = None
        if day is not None:
            meta.meeting_date = day.isoformat()
            ev["meeting_date"] = Evidence(meta.meeting_date, "byline", "",
                                          note=f"told relative to the page's date ({pd.group(0)})" + (", the day before" if back else ""))

    if meta.meeting_date is None and (wd := _en_weekday_day(head)) is not None:
        # "…the municipal government work report delivered on Tuesday." under "2018-01-19 | …": the Tuesday on or before
        # the page's date (decision 475)
        meta.meeting_date = wd[0]
        ev["meeting_date"] = Evidence(meta.meeting_date, "byline", "", note=f"the weekday named, before the page's date ({wd[1]})")

    if meta.meeting_date and several_regions(meta):
        # a page on several regions' reports: the day its lead names is one session's (the one whose closing completed
        # the set, "随着上海市十六届人大二次会议1月29日闭幕"), none the page's
        ev["meeting_date"] = Evidence(None, "derived", meta.meeting_date,
                                      note=f"a page on several regions' reports: {meta.meeting_date} is one session's day")
        meta.meeting_date = None
    for e in ev.values():  # provenance: a quote with offsets is the text as read at those offsets
        if e.start is not None and e.end is not None:
            e.quote = raw[e.start:e.end]
    for k, v in (overrides or {}).items():
        if v is None or not hasattr(meta, k):
            continue
        if k == "report_year":
            v = int(v)
        setattr(meta, k, v)
        ev[k] = Evidence(v, "override", "set by the user")
        if k == "region" and "region_code" not in (overrides or {}):
            # a code (320106), or a name with its city to tell namesakes apart (南京市鼓楼区, 徐州鼓楼区)
            v = str(v).strip()
            hit = gazetteer().get(v) if re.fullmatch(r"\d{6}", v) else \
                (_specific(v, v + "\n" + norm.text, byline=True) or (None, None))[1]
            _set_region(meta, hit or _resolve(v, norm.text), "override", v)
    _corps_city(meta)
    _date_region(meta)
    return meta


def _date_region(meta: Metadata) -> None:
    """The code the region had in the report's year: a name that moved or was renamed keeps its
    predecessor's code before the change (公主岭市 of a 2019 report is 四平's 220381, of 2021 长春's
    220184; 钢城区 of 2018 莱芜's 371203) — only the predecessor or successor of the same name, in the
    same province, whose years join the found one's."""
    y, code = meta.report_year, meta.region_code
    if not y or not code or meta.region is None or "region" not in meta.evidence:
        return
    g = gazetteer()
    names = g.by_name.get(meta.region, ())
    r = next((x for x in names if x.code == code), None)
    if r is None or r.valid_in(y):
        return
    e = meta.evidence["region"]

    def joins(x: Region) -> bool:
        return x.valid_in(y) and (r.until is not None and y > r.until and x.since == r.until + 1
                                  or r.since is not None and y < r.since and x.until == r.since - 1)

    # (or the name the same code had then: 邢台's 襄都区 of a 2019 report is 桥东区)
    same_code = [x for x in (g.by_code[code], *g.former.get(code, ())) if x != r and x.valid_in(y)]
    alts = same_code or [x for x in names if x is not r and x.code[:2] == code[:2] and joins(x)]
    if not alts and r.name not in (e.quote or ""):
        # named by its short name only ("长乐2016年政府工作报告"): the division of that name before or after
        # the change of its kind, in the same city (长乐市 until 2017, then 长乐区)
        alts = [x for x in g.by_short.get(short_name(r.name), ()) if x.code[:4] == code[:4] and x.code != code and joins(x)]
    if len(alts) == 1:
        _set_region(meta, alts[0], e.source, e.quote, e.start, e.end,
                    note=f"{alts[0].name} {alts[0].code} in {y}: {r.name} {r.code} is "
                    + (f"from {r.since}" if r.since and y < r.since else f"until {r.until}"))


def _dated_head(head: str, d: re.Match) -> bool:
    """Whether the date ``d`` opens the bracket on the line right below a document's first line, alone there or with
    the meeting that adopted it: a document that is no report dates itself so ("在中共洛阳市委经济工作会议上的讲话\n
    （2019年12月26日）", "中共湛江市委关于制定…第十五个五年规划的建议\n（2025年12月12日中国共产党湛江市第十三届委员会
    第九次全体会议通过）"; decision 335)."""
    line_start = head.rfind("\n", 0, d.start()) + 1
    if not re.fullmatch(r"[ \t\u3000]*[（(][ \t]*", head[line_start:d.start()]):
        return False
    if not (re.match(r"[ \t]*[）)][ \t]*(?:\n|$)", head[d.end():d.end() + 4]) or _ADOPTED.match(head, d.end())):
        return False
    return len([x for x in head[:line_start].split("\n") if x.strip()]) == 1


def _title_above(head: str, line_start: int, title: str | None) -> bool:
    """Whether the last line above ``line_start`` that is not empty is the title, or the speaker's or
    the issuing government's name alone right below the title ("政府工作报告\n县长 王某\n（2024年1月8日）", a
    cover's "政府工作报告\nXX区人民政府\n二〇二二年一月")."""
    lines = [x.strip().strip("#* ").strip() for x in head[max(0, line_start - 200):line_start].split("\n") if x.strip()]

    def is_title(x: str) -> bool:  # (a web page's own title line stands below its <title>)
        return title.endswith(x) or _doc_type(x) is not None and len(x) <= 80 and not re.search("[。，,；;]", x)

    return bool(title) and bool(lines) and (is_title(lines[-1]) or len(lines) > 1 and is_title(lines[-2])
                                            and len(lines[-1]) <= 20 and (re.search(_SPEAKER_TITLE, lines[-1]) is not None
                                                                          or re.fullmatch("[\u4e00-\u9fff]{2,18}人民政府", lines[-1]) is not None))


def _own_national(head: str, x: re.Match) -> bool:
    if re.search(r"在\s*$", head[max(0, x.start() - 3):x.start()]) and head[x.end():x.end() + 1] == "上":
        return True
    sentence = head[head.rfind("。", 0, x.start()) + 1:(head.find("。", x.end()) + 1 or len(head))]
    # (or the plan and budget reports that the State Council's bodies present to it: "受国务院委托，财政部向十四届全国人大
    # 二次会议提交了预算报告")
    if "报告" in sentence and ("总理" in sentence and "政府工作报告" in sentence or "受国务院委托" in sentence):
        return True
    # (or a State Council body presenting the plan or budget that session approved, as a 国新办 briefing does: "国家发展改革委
    # 主任介绍十四届全国人大四次会议审查批准的2026年国民经济和社会发展计划"; the body before the session, the document after)
    # (or submitted to it, the body left out: "5日提请十四届全国人大二次会议审查的计划报告")
    before = sentence[:sentence.find(x.group(0))]
    return (before.endswith("提请") or any(w in before for w in _cues()["national_presenter"])) \
        and _PLAN_OR_BUDGET.match(head, x.end(), x.end() + 40) is not None


_PLAN_OR_BUDGET = re.compile(r"[^。；;]*?(?:国民经济和社会发展计划|计划报告|预算报告|预算)")


def _sessions(head: str) -> list[re.Match]:
    """Local and national congress sessions named in the head, found around each 届 (a regex that
    starts with a free-length name would be tried at every position)."""
    out, seen = [], set()
    for j in _JIE.finditer(head):
        for pat in (_SESSION, _NATIONAL_SESSION):
            for x in pat.finditer(head, max(0, j.start() - 26), min(len(head), j.end() + 30)):
                if x.start() <= j.start() < x.end() and (pat, x.start()) not in seen:
                    seen.add((pat, x.start()))
                    out.append(x)
                    break
    return sorted(out, key=lambda x: x.start())


# a session named as the time of another's ("在宜昌市第八届人民代表大会第四次会议胜利闭幕之际，夷陵区第十届…开幕")
# (a byline's match ends at 人民代表大会: its session's number first)
# (meta_cues.tsv passing_after: 之际, 前夕, 之后…)
@once
def _passing_after() -> re.Pattern:
    return re.compile(r"(?:第?[一二三四五六七八九十\d]{1,3}次会议)?[^，,。\n]{0,8}?(?:" + _words("passing_after") + r")[，,]?")


def _passing_session(head: str, x: re.Match, sessions: list | None = None) -> bool:
    """Whether session x, after 在, only dates the session named right after it (its 之际, 前夕, 之后)."""
    if "在" not in head[max(0, x.start() - 1):x.start() + 1] \
            or (pm := _passing_after().match(head, x.end())) is None:
        return False
    return any(y.re is _SESSION and y.start() >= pm.end() and y.start() - pm.end() < 24
               for y in (_sessions(head) if sessions is None else sessions))


class _DayAt:
    """A day read from a later clause (the opening after a preparatory meeting), in _day_only's match's place."""

    def __init__(self, day: int):
        self.day = day


# a day told alone after a session, in figures or Chinese numerals, the opening after it ("二十三日在南宁开幕", "18日上午开幕")
# (meta_cues.tsv day_only_manner, day_only_verbs)
@once
def _day_only_re() -> re.Pattern:
    return re.compile(r"[于在]?(?P<d>[1-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日\s*(?:[上下]午)?"
                      r"(?:在[^，。,\n]{0,12}?)?(?:" + _words("day_only_manner") + r")?(?:" + _words("day_only_verbs") + r")")


@once
def _preparatory() -> re.Pattern:
    """A session's meeting before its opening (meta_cues.tsv preparatory_meeting: 预备会议, 主席团第一次会议…) right
    after the day and the verb of _day_only_re or a month-day's ("九日下午举行预备会议", "1月9日召开主席团第一次会议")."""
    return re.compile("|".join(re.escape(w) for w in sorted(_cues().get("preparatory_meeting", ()), key=lambda w: (-len(w), w))))


@once
def _later_sitting() -> re.Pattern:
    """A sitting of a later day than the opening (meta_cues.tsv later_sitting: 分组审议, 第二次全体会议, 闭幕会…) held on
    the day a relative word tells ("今天上午，…会议举行分组审议"): not the opening's day (decision 373)."""
    return re.compile("|".join(re.escape(w) for w in sorted(_cues().get("later_sitting", ()), key=lambda w: (-len(w), w))))


# (the session's opening day told after its preparatory meeting, in the same paragraph: "会议将于十日上午在市民中心开幕")
# (its manner words: meta_cues.tsv day_only_manner)
@once
def _opens_later() -> re.Pattern:
    return re.compile(r"(?:会议|大会)(?:将|定)?于?(?:(?P<m>\d{1,2})月)?(?P<d>[1-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
                      r"\s*(?:[上下]午)?(?:在[^，。,\n]{0,12}?)?(?:" + _words("day_only_manner") + r")?开幕")


def _prep_day(head: str, e: int) -> tuple[int, int | None] | None:
    """Whether a preparatory meeting's word follows the verb ending at ``e`` ("…九日下午举行预备会议"): then the opening
    day its paragraph tells after it ("会议将于十日上午…开幕"), as (day, month or None), or (0, None) where it tells
    none; None where it is no preparatory meeting (decision 361)."""
    if _preparatory().match(head, e) is None:
        return None
    pe = head.find("\n", e)
    om = _opens_later().search(head, e, pe if pe >= 0 else len(head))
    if om is None:
        return 0, None
    return _cn_int(om.group("d")) or 0, int(om.group("m")) if om.group("m") else None


def _day_only(head: str, sessions: list) -> tuple[int, re.Match] | None:
    """A session's opening day told alone right after it ("广西壮族自治区第十四届人民代表大会第二次会议二十三日在南宁开幕"),
    with the page's own date in its first lines ("《澳门日报》2024-01-25"): (the day, the page's date), else None; the
    day of its preparatory meeting ("…会议九日下午举行预备会议") is not the opening's, which the paragraph may tell after
    it ("会议将于十日上午…开幕", decision 361)."""
    for anchor in sorted(sessions, key=lambda x: x.start()):
        dm = _day_only_re().match(head, anchor.end())
        if dm is None:
            continue
        if (prep := _prep_day(head, dm.end())) is not None:
            if not prep[0] or prep[1] is not None:
                continue
            dm = _DayAt(prep[0])
        day = _cn_int(dm.group("d")) if not isinstance(dm, _DayAt) else dm.day
        lines = head[:anchor.start()]
        pd = None
        for pd in _PUB_DATE.finditer(lines, max(0, len(lines) - 300)):
            pass  # (the last date before the session: the page's, over its lead)
        if day and 1 <= day <= 31 and pd is not None and 1 <= int(pd.group(2)) <= 12 and 1 <= int(pd.group(3)) <= 31:
            return day, pd
        return None
    return None


def _opens_later_month(head: str, e: int) -> re.Match | None:
    """The opening's month and day told after a preparatory meeting ending at ``e``, in its paragraph ("…举行预备会议，
    …会议将于1月10日上午在区行政中心开幕"): the match (its groups m and d, as _MONTH_DAY's), else None (a day told
    without its month is _day_only's, decision 361; decision 372)."""
    pe = head.find("\n", e)
    om = _opens_later().search(head, e, pe if pe >= 0 else len(head))
    return om if om is not None and om.group("m") and om.group("d").isdigit() else None


# a session's day told relative to the page's date, right before the session ("今天上午，XX县第十七届…会议…开幕", the
# word alone on a transcript's line) or right after it ("…会议昨日（23日）上午在广州开幕"); the words in meta_cues.tsv
# meeting_today / meeting_yesterday (decision 372); the opening's manner and verb after it: day_only_manner, day_only_verbs
def _rel_after_tail() -> str:
    return (r"(?:[（(][^）)\n]{1,6}[）)])?\s*(?:[上下]午|晚间?)?(?:在[^，。,\n]{0,12}?)?(?:" + _words("day_only_manner") + r")?(?:"
            + _words("day_only_verbs") + r")")


@once
def _opening_verb() -> re.Pattern:
    """The opening's verb anywhere in a session's clause (meta_cues.tsv day_only_verbs: 开幕, 召开, 举行)."""
    return re.compile(_words("day_only_verbs"))


@once
def _opens_bare() -> re.Pattern:
    """The opening right after a session, its seat and manner between or not ("…会议在广州隆重开幕"; meta_cues.tsv
    day_only_manner)."""
    return re.compile(r"\s*(?:在[^，。,\n]{0,12}?)?(?:" + _words("day_only_manner") + r")?开幕")


@lru_cache(maxsize=1)
def _relative_day_res() -> tuple[re.Pattern, re.Pattern]:
    words = sorted([*_cues().get("meeting_today", ()), *_cues().get("meeting_yesterday", ())], key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w) for w in words)
    # (a clock time after the half-day, "今天上午9时，", "今天上午9点30分，", "今天上午9:00，"; decision 492)
    clock = r"(?:\d{1,2}(?:时|点)(?:\d{1,2}分|半)?|\d{1,2}[:：]\d{2})?"
    return (re.compile(rf"(?P<w>{alt})\s*(?:[上下]午|晚间?)?{clock}\s*[，,]?\s*$"),
            re.compile(rf"\s*(?P<w>{alt})" + _rel_after_tail()))


# a sentence opened by a bare time right before the session ("。上午，XX市…会议在市行政中心开幕"), and a sentence of its
# paragraph before it opened by a relative day's word and a time ("今天下午，出席…会议的代表分组审议政府工作报告。")
_BARE_TIME_BEFORE = re.compile(r"[。！？!?]\s*(?:[上下]午|晚间?)\s*[，,]\s*$")


def _time_after_relative(head: str, at: int) -> re.Match | None:
    """The relative day's word (as ``_relative_day_res``'s ``w``) of a session at ``at`` told in a sentence opened by a bare
    time (上午/下午, ``_BARE_TIME_BEFORE``) after a sentence of its paragraph opened by 今天/昨日… and a time ("今天下午，
    出席…会议的代表分组审议政府工作报告。上午，…会议在市行政中心开幕"): that day's other half (decision 374); else None."""
    if _BARE_TIME_BEFORE.search(head, max(0, at - 8), at) is None:
        return None
    ps = head.rfind("\n", 0, at) + 1
    last = None  # (the nearest such sentence before the session, not the paragraph's first: "昨天下午，…代表报到。今天下午，
    for last in _relative_opener_re().finditer(head, ps, at):  # …分组审议。上午，…开幕" opened today, decision 383)
        pass
    return last


@lru_cache(maxsize=1)
def _relative_opener_re() -> re.Pattern:
    """A sentence opened by a relative day's word and a time (meta_cues.tsv meeting_today / meeting_yesterday: "今天下午，")."""
    words = sorted([*_cues().get("meeting_today", ()), *_cues().get("meeting_yesterday", ())], key=lambda w: (-len(w), w))
    return re.compile(r"(?:^|(?<=[。！？!?\n]))\s*(?P<w>" + "|".join(re.escape(w) for w in words) + r")\s*(?:[上下]午|晚间?)\s*[，,]", re.M)


@lru_cache(maxsize=1)
def _opened_modifier_res() -> tuple[re.Pattern, re.Pattern]:
    """The opening told in a modifier, its relative day before 开幕的: right before the session ("在昨天开幕的市七届
    人大四次会议上") or before the word for the session named earlier ("在今天上午开幕的大会上"; meta_cues.tsv
    session_words). Only 开幕: what was 召开/举行 the day named may be any sitting (decision 375)."""
    words = sorted([*_cues().get("meeting_today", ()), *_cues().get("meeting_yesterday", ())], key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w) for w in words)
    sess = "|".join(re.escape(w) for w in sorted(_cues().get("session_words", ()), key=lambda w: (-len(w), w)))
    lead = rf"(?P<w>{alt})\s*(?:[上下]午|晚间?)?(?:在[^，。,；;\n的]{{0,12}}?)?(?:隆重|胜利)?开幕的"
    return re.compile(lead), re.compile(lead + rf"(?:{sess})上")


def _relative_day(head: str, sessions: list) -> tuple[int, re.Match] | None:
    """A session's opening told by 今天/今日 (0) or 昨天/昨日 (1, the day before) under the page's own date in its
    first lines ("2021-01-12 19:30　来源：…" over "今天上午，…会议…开幕"): (days back, the page's date), else None. The
    word must stand right before the session (at most its time and a comma between, a line break allowed) with the
    opening's verb after the session in its clause, or right after the session before the verb; a preparatory meeting
    told so is not the opening (decision 372)."""
    before, after = _relative_day_res()
    yesterday = set(_cues().get("meeting_yesterday", ()))
    for anchor in sorted(sessions, key=lambda x: x.start()):
        w = None
        if (am := after.match(head, anchor.end())) is not None:
            if _preparatory().match(head, am.end()) is None \
                    and _later_sitting().match(head, am.end() + (1 if head[am.end():am.end() + 1] == "了" else 0)) is None:
                w = am.group("w")
        else:
            ls = max(0, anchor.start() - 12)
            bm = before.search(head[ls:anchor.start()])
            if bm is None:
                bm = _time_after_relative(head, anchor.start())
            stop = re.search(r"[。；;\n]", head[anchor.end():anchor.end() + 40])
            clause = head[anchor.end():anchor.end() + (stop.start() if stop else 40)]
            if bm is not None and _opening_verb().search(clause) and _preparatory().search(clause) is None \
                    and (_later_sitting().search(clause) is None or "开幕" in clause) \
                    or bm is not None and not clause.strip() and _opens_bare().match(head[anchor.end():anchor.end() + 40]):
                w = bm.group("w")
        if w is None and (mm := _opened_modifier_res()[0].search(head, max(0, anchor.start() - 24), anchor.end())) is not None \
                and anchor.start() <= mm.end() < anchor.end():
            # ("在昨天开幕的市七届人大四次会议上": the opening in a modifier right before the session, which the
            # session's match may hold; decision 375)
            w = mm.group("w")
        if w is None and (mm := _opened_modifier_res()[1].search(head, anchor.end(), anchor.end() + 300)) is not None:
            w = mm.group("w")  # ("…会议举行分组审议。在昨天开幕的大会上，…": the session named before, decision 375)
        if w is None:
            continue
        lines = head[:anchor.start()]
        pd = None
        for pd in _PUB_DATE.finditer(lines, max(0, len(lines) - 300)):
            pass  # (the last date before the session: the page's, over its lead)
        if pd is None or not (1 <= int(pd.group(2)) <= 12 and 1 <= int(pd.group(3)) <= 31):
            return None
        return (1 if w in yesterday else 0), pd
    return None


@once
def _en_weekday_re() -> re.Pattern:
    """The weekday of an English report's delivery in the sentence naming the report (meta_cues.tsv en_weekdays and
    en_work_report): "…government work report delivered on Tuesday", "…said on Sunday in the government work report"."""
    days, verbs, said = _words("en_weekdays"), _words("en_weekday_delivered"), _words("en_weekday_said")
    return re.compile(rf"work report(?![A-Za-z])[^.\n]{{0,40}}?(?<![A-Za-z])(?:{verbs})(?![A-Za-z])[^.\n]{{0,120}}?"
                      rf"(?<![A-Za-z])on\s+(?P<d>{days})(?![A-Za-z])"
                      rf"|(?<![A-Za-z])(?:{said})\s+on\s+(?P<e>{days})\s+in\s+[^.\n]{{0,40}}?work report(?![A-Za-z])"
                      rf"|work report\s+on\s+(?P<f>{days})(?![A-Za-z])")  # ("…'s government work report on Tuesday set…")


def _en_weekday_day(head: str) -> tuple[str, str] | None:
    """The day an English page's report was delivered, told by its weekday (``_en_weekday_re``) under the page's date line
    before it (the last date in the 300 characters before): that weekday on or before the page's date, and the date's
    words; else None (decision 475)."""
    # (every branch names the report: a page that does not, any Chinese page, is not searched)
    if "work report" not in head or (wm := _en_weekday_re().search(head)) is None:
        return None
    lead = head[max(0, wm.start() - 60):wm.start()]
    if re.search(rf"(?:{_words('en_weekday_not_owners')})[^.\n]{{0,30}}$", lead) \
            or wm.group("f") and re.search(rf"(?<![A-Za-z])(?:{_words('en_weekday_released')})(?![A-Za-z])[^.\n]*$", lead):
        # (the country's report cited, "The State Council's government work report, delivered on…"; a report released
        # on the day, "…released its government work report on Sunday": no delivery's day stated)
        return None
    pd = None
    for pd in _PUB_DATE.finditer(head, max(0, wm.start() - 300), wm.start()):
        pass  # (the last date before the sentence: the page's)
    try:
        page = datetime.date(int(pd.group(1)), int(pd.group(2)), int(pd.group(3))) if pd is not None else None
    except ValueError:
        page = None
    if page is None:
        return None
    named = [w.lower() for w in _cues()["en_weekdays"]].index((wm.group("d") or wm.group("e") or wm.group("f")).lower())
    return (page - datetime.timedelta(days=(page.weekday() - named) % 7)).isoformat(), pd.group(0)


def _month_day(head: str, sessions: list) -> re.Match | None:
    """A news dateline without a year: "2月3日，XX区第八届人民代表大会第五次会议开幕", "长沙1月25日电",
    or a line that opens with the date ("1月21日，南县召开…")."""
    for anchor in sorted(sessions, key=lambda x: x.start()):
        for md in _MONTH_DAY.finditer(head, max(0, anchor.start() - 40), anchor.start() + 1):
            # ("记者从1月8日召开的XX区第十八届…会议上获悉": the session's lazy region starts inside the date)
            if md.start() < anchor.start() and anchor.start() - md.end() <= 8:  # "2月3日，", "1月20日上午，", "1月9日，在"
                if (vm := re.match(r"\s*(?:在[^，。,\n]{0,12}?)?(?:召开|举行)", head[anchor.end():anchor.end() + 20])) \
                        and _preparatory().match(head, anchor.end() + vm.end()) is not None:
                    # ("1月9日下午，…会议举行预备会议": not the opening's day, decision 361; the opening told with its
                    # month after it in the paragraph, "会议将于1月10日上午…开幕", is, decision 372)
                    return _opens_later_month(head, anchor.end() + vm.end())
                return md
        # after it: "叶县十七届人大四次会议1月16日开幕", "…会议于1月9日上午在县会议中心开幕"
        md = _MONTH_DAY.match(head, anchor.end() + (head[anchor.end():anchor.end() + 1] == "于"))
        if md and (vm := re.match(r"[上下]?午?(?:在[^，。,\n]{0,12}?)?(?:开幕|召开|举行|闭幕|胜利)", head[md.end():md.end() + 20])):
            if _preparatory().match(head, md.end() + vm.end()) is not None:
                if (om := _opens_later_month(head, md.end() + vm.end())) is not None:
                    return om  # (the opening told with its month after it, decision 372)
                continue  # ("…会议1月9日下午举行预备会议": not the opening's day, decision 361)
            return md
    # the lead of a news article: its first lines, not a date opening a paragraph further down
    lines = [mm.end() for mm in re.finditer(r"[^\n]*\S[^\n]*", head)]
    lead = lines[min(3, len(lines)) - 1] if lines else 0
    # (a PDF's cuts add lines: the lead runs to its first full stop at least)
    stop = head.find("。")
    if 0 <= stop < 800:
        lead = max(lead, next((e for e in lines if e > stop), lead))
    for md in _MONTH_DAY.finditer(head[:min(lead, 800)]):
        after = head[md.end():md.end() + 6]  # (a printing's spaces may stand before the comma: "1月21日 , 南县")
        # (a paper's dateline "本报1月15日讯" as an agency's "长沙1月25日电"; not where the lead says the day before)
        if after.startswith(("电", "消息")) or after.startswith("讯") and "昨" not in head[md.end():md.end() + 40] or (re.match(r"[上下]?午?\s?[，,]", after)
                                     and (re.match(r"\s*$", head[max(0, md.start() - 8):md.start()].split("\n")[-1])
                                          or _after_lead_mark(head, md.start()))):
            return md
    return None


# a paper's name before its lead mark ("本报", "兴安日报", "阿里")
_MARK_PAPER = re.compile(r"[\u4e00-\u9fff]{1,12}")


def _after_lead_mark(head: str, i: int) -> bool:
    """Whether a paper's lead mark alone opens head[i]'s line before it and the lead's sentence holds a meeting
    held ("本报讯（记者 阿依古丽）1月26日，喀什地区行署第一次全体（扩大）会议召开。", "兴安日报讯 1月12日，…会议召开": the
    meeting's day, as at the line's start; not "本报讯（记者 刘芳）1月19日，记者从省统计局获悉": no meeting; decision 567)."""
    ls = head.rfind("\n", 0, i) + 1
    if i - ls > 60 or "讯" not in head[ls:i]:
        return False
    m = _LEAD_MARK.search(head, ls, i)
    if m is None or m.end() != i or _MARK_PAPER.fullmatch(head, ls, m.start()) is None:
        return False
    stop = head.find("。", i, i + 120)
    stop = stop if stop >= 0 else i + 120
    k = head.find("会议", i, stop)
    # (not a meeting that readies the report: "1月5日，凯里市人民政府召开第三十次常务会议，讨论《政府工作报告（送审稿）》":
    # the draft's day, not the day it is delivered; decision 571)
    return k >= 0 and _held_verb().search(head, i, stop) is not None and _draft_meeting().search(head, i, stop) is None


@once
def _draft_meeting() -> re.Pattern:
    """A meeting readying the report, or its draft (meta_cues.tsv draft_meetings: 常务会议, 党组会议, 送审稿…)."""
    return re.compile(_words("draft_meetings"))


@once
def _held_verb() -> re.Pattern:
    """A meeting's verb (meta_cues.tsv held_verbs: 开幕, 召开, 举行, 闭幕)."""
    return re.compile(_words("held_verbs"))


# the end of a title, and the rest of a title wrapped to the next line (no punctuation), or its start
# on the line above ("2024年蠡县")
_TITLE_END = re.compile(r"(?:报告|公报|纲要|计划|草案)[)）]?$")
_CONTINUED = re.compile(r"[\u4e00-\u9fff\d（）()“”\"]{2,40}")
# (a report's name with its note in brackets, "的报告（摘要）", "的报告(草案)", "工作报告【全文】": the note read off)
_NOTED_END = re.compile(r"(报告|公报|纲要|计划|草案)[（(【](?:摘要|全文|节选|草案|修订稿|送审稿)[）)】]$")
_YEAR_HEAD = re.compile(r"(?:19|20)\d{2}\s*年度?[\u4e00-\u9fff]{0,16}|[\u4e00-\u9fff]{0,16}(?:19|20)\d{2}\s*年度?")
# a title that names no report type ("成都高新区2024年工作报告", "关于…规划纲要（草案）的报告"), but not
# an audit's or final accounts' report, whose title names the year reviewed ("2023年度…的审计工作报告")
# (a note on the printing may close it: "两江新区2023年工作报告（摘要）")
# an account of a whole year's work done (not of its part so far: "2023年上半年民生实事进展情况"), or of its economy's run
# ("市统计局负责人就2024年全市经济运行情况答记者问", given when the year is out)
_ACCOUNT_TITLE = re.compile(r"^(?!.*(?:上半年|季度|前\d+个?月|\d+[—–\-~～至]\d+月))[^。；\n]*(?:19|20)\d{2}年[^。；\n]*?(?:完成|落实|办理|经济运行)情况")
_OTHER_REPORT = re.compile(r"^(?!.*(?:审计|决算))(?:.*[\u4e00-\u9fff]工作报告|关于.*[\u4e00-\u9fff）)]\s*的报告)"
                           r"(?:[（(](?:摘要|全文|节选|摘登|要点)[）)])?$")
# a five-year plan's outline ("XX市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "“十四五”规划纲要"), a title
# after a report's (it is adopted in the plan's first year)
_OUTLINE = re.compile(r"第十([一二三四五])个五年(?:规划|计划)[^。，,；;]{0,24}?纲要|[“\"]?十([一二三四五])五[”\"]?(?:时期)?(?:发展)?规划纲要")


@once
def _outline_later() -> re.Pattern:
    """The words after an outline's name that make a title about its course (meta_cues.tsv outline_later)."""
    return re.compile(_words("outline_later"))


_OUTLINE_END = re.compile(r"纲要(?:[（(]草案[）)])?》?(?:的(?:报告|说明))?$")


def _outline_title(s: str) -> bool:
    """Whether a line is the title of a five-year plan's outline, ending with it ("…远景目标纲要", "…纲要（草案）") and
    naming it in full ("国民经济和社会发展第十四个五年规划…"; not a heading's "深入实施“十四五”规划纲要")."""
    return "国民经济和社会发展" in s and _OUTLINE_END.search(s) is not None and _OUTLINE.search(s) is not None


def _stats_lead(body: str, at: int) -> bool:
    """Whether the body's lead, its first paragraph that holds a full sentence, ends before ``at`` and names a statistics
    office as its figures' source (meta_cues.tsv stats_sources: "记者从省统计局获悉，…", "据市统计局消息，…")."""
    i = 0
    while i < at:
        e = body.find("\n", i)
        e = len(body) if e < 0 else e
        line = body[i:e]
        if "。" in line:
            return e <= at and "报告" not in line and _stats_sources_re().search(line) is not None
        i = e + 1
    return False


@once
def _stats_sources_re() -> re.Pattern:
    """A statistics office named as a lead's source (meta_cues.tsv stats_sources), built once, not at each line read."""
    return re.compile(_words("stats_sources"))


@once
def _en_report_alts() -> tuple:
    """The alternations of meta_cues.tsv en_report_delivered (the delivering verbs) and en_work_report (the report's
    English names), built once for the three English-lead patterns that read them."""
    return _words("en_report_delivered"), _words("en_work_report")


@once
def _en_report_delivered() -> re.Pattern:
    """An English lead naming the government's work report as delivered (meta_cues.tsv en_report_delivered, the verbs,
    and en_work_report, the report's English names): "delivered the government work report"."""
    verbs, names = _en_report_alts()
    return re.compile(rf"(?<![A-Za-z])(?:{verbs})\s+(?:the|a|his|her)\s+(?:{names})"
                      r"(?![A-Za-z])", re.IGNORECASE)


@once
def _en_national_head() -> re.Pattern:
    """The State Council's head named in English (meta_cues.tsv en_national_heads: "Premier")."""
    return re.compile(rf"(?<![A-Za-z])(?:{_words('en_national_heads')})(?![A-Za-z])")


@once
def _en_subnational() -> re.Pattern:
    """A region below the country named in English (meta_cues.tsv en_subnational_words: "Yunnan Province", "Wuhan City")."""
    return re.compile(rf"(?<=[A-Za-z] )(?:{_words('en_subnational_words')})(?![A-Za-z])")


def _en_national_cited(body: str, a: int, b: int) -> bool:
    """Whether the English work report named at body[a:b] is the country's, its speaker the Premier (within forty
    characters of it), cited on a page whose lead names a province or a city before it ("Yunnan Province saw its GDP
    grow…, a day after the government work report delivered by Premier Li Keqiang set the country's…"): not the page's
    report (decision 414). A page on the country's report names no region below it ("China has set…, according to the
    government work report delivered by Premier Li Keqiang")."""
    if _en_subnational().search(body, 0, a) is None:
        return False
    # (the Premier the report's speaker, no clause's comma between him and the report's mention: "…delivered by Premier
    # Li Keqiang", "after Premier Li Qiang delivered the…"; not one another clause names beside the province's own report,
    # "…above the national target of Premier Li Qiang, according to the government work report delivered by Governor Zhao
    # Gang": decision 422)
    return any(not re.search(r"[,;，；]", body[p.end():a] if p.end() <= a else body[b:p.start()])
               for p in _en_national_head().finditer(body, max(0, a - 40), b + 40))


@once
def _en_told_in() -> re.Pattern:
    """An English lead whose speaker tells in the government's work report ("…, Governor Li Guoming said on Sunday in the
    government work report": meta_cues.tsv en_report_told, then a day or none, then in the/his/her and en_work_report;
    decision 415): the page is the report's, as one naming it delivered is."""
    names = _en_report_alts()[1]
    return re.compile(rf"(?<![A-Za-z])(?:{_words('en_report_told')})(?:\s+on\s+[A-Z][a-z]+\.?(?:\s+\d{{1,2}})?)?"
                      rf"\s+in\s+(?:the|his|her)\s+(?:{names})(?![A-Za-z])", re.IGNORECASE)


@once
def _en_delivered_after() -> re.Pattern:
    """Right after the report's English name, the verb delivering it and the speaker, place or time after
    ("… work report delivered by Governor …", "… presented to the provincial people's congress"; meta_cues.tsv
    en_report_delivered)."""
    verbs = _en_report_alts()[0]
    return re.compile(rf"\s+(?:(?:was|is|being)\s+)?(?:{verbs})\s+(?:by|to|at|on|before)(?![A-Za-z])",
                      re.IGNORECASE)


@once
def _en_own_report() -> re.Pattern:
    """A local government's work report named in English by its level or its region (meta_cues.tsv en_gov_levels,
    en_division_nouns): "provincial government work report", "work report of the Hunan provincial government", "the
    city's government work report", "government work report of Yiwu city"."""
    lv, dv = _words("en_gov_levels"), _words("en_division_nouns")
    name = r"(?:[A-Z][A-Za-z'’-]*\s+){1,2}"
    return re.compile(rf"(?<![A-Za-z])(?:(?:{lv})\s+government(?:'s|’s)?\s+work\s+report"
                      rf"|work\s+report\s+of\s+the\s+{name}?(?:{lv})\s+government"
                      rf"|(?:{dv})(?:'s|’s)\s+(?:own\s+)?government\s+work\s+report"
                      # (a region's own report set against the country's: "Gansu's own government work report", decision 447)
                      rf"|(?:[A-Z][A-Za-z-]*\s+)?[A-Z][A-Za-z-]*(?:'s|’s)\s+own\s+government\s+work\s+report"
                      rf"|government\s+work\s+report\s+of\s+(?:the\s+)?{name}(?:{dv}))(?![A-Za-z])")


@once
def _en_lead_ahead() -> re.Pattern:
    """The words of an English lead looking ahead to the year (meta_cues.tsv en_lead_ahead: "this year", "aims", "will")."""
    return re.compile(rf"(?<![A-Za-z])(?:{_words('en_lead_ahead')})(?![A-Za-z])")


def _en_own_report_at(body: str) -> re.Match | None:
    """A local government's work report named in English in the page's first 600 characters (_en_own_report), delivered
    right after its name or in a sentence looking ahead to the year ("Yiwu city … expects its economy to grow by more
    than 7 percent, according to the government work report of Yiwu city released on Tuesday."), and not the country's
    cited: the page is the report's (decision 431). Not a sentence of last year's figures citing it (decision 403)."""
    for m in _en_own_report().finditer(body, 0, 600):
        ss = max(body.rfind(". ", 0, m.start()) + 2, body.rfind("\n", 0, m.start()) + 1)
        se = min(x for x in (body.find(". ", m.end()), body.find("\n", m.end()), len(body)) if x >= 0)
        if (_en_delivered_after().match(body, m.end()) is not None or _en_lead_ahead().search(body, ss, se) is not None) \
                and not _en_national_cited(body, m.start(), m.end()):
            return m
    return None


@once
def _report_says() -> re.Pattern:
    """A sentence quoting the report ("政府工作报告提出，2020年…", a line of a news lead cut by a PDF), not its title
    (meta_cues.tsv report_says)."""
    return re.compile(r"报告(?:" + _words("report_says") + r")")


# the head of government speaking ("县长李明同志代表县人民政府向大会"), before the report it gives
_HEAD_SPEAKS = r"[省市区县州旗盟]长[\u4e00-\u9fff·]{0,4}?(?:同志)?(?:代表[^，。,\n]{0,12}?)?(?:向大会)?"
# a news lead that restates the report without naming it: the head of government's 工作报告 ("听取和审议县长
# 王某所作的工作报告"), or what was learnt at the congress session ("从…县十九届人大三次会议上获悉，今年全县…")
_HEAD_REPORT = re.compile(_HEAD_SPEAKS + r"(?:所作|作)(?:的|了)?《?工作报告")
# (and, on a congress session, the head's bare 报告: "县长李明向大会报告工作", "审议了县长李明所作的报告")
_SESSION_LEARNT = re.compile(r"会议?上获悉|" + _HEAD_SPEAKS + r"(?:(?:所作|作)(?:的|了)?报告|报告工作)")


@lru_cache(maxsize=1)
def _others_reports_re() -> re.Pattern:
    """Several regions named right before the work report they gave (cues.tsv several_regions_reports: 各地, 多地, 各省份…;
    or a count of provinces, "31个省份"), a 的, a 政府 or a 《 between, or how they gave it out (cues.tsv reports_given:
    "各地公开发布的政府工作报告", "多地近日出炉的政府工作报告")."""
    words = sorted(vocab.cues().get("several_regions_reports", ()), key=lambda w: (-len(w), w))
    given = sorted(vocab.cues().get("reports_given", ()), key=lambda w: (-len(w), w))
    # (or a count of the divisions of the page's region, cues.tsv division_groups, its year after: "全省14个市州2023年
    # 政府工作报告已全部亮相", decision 321: a round-up of theirs, none the page's own report)
    groups = sorted(vocab.cues().get("division_groups", ()), key=lambda w: (-len(w), w))
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r"|\d{1,2}个?(?:省份|省区市|省市区)"
                      r"|(?<!\d)\d{1,2}个?(?:" + "|".join(map(re.escape, groups)) + r")(?:(?:19|20)\d\d年(?:度)?)?)"
                      r"(?:[\u4e00-\u9fff]{0,4}?(?:" + "|".join(map(re.escape, given)) + r"))?(?:的)?(?:政府)?《?(?:政府)?$")


def _others_title(line: str) -> bool:
    """Whether a head line names the work reports of several regions ("（本文数据来源于各地公开发布的政府工作报告）", "31个省份
    政府工作报告出炉"): a round-up's note or headline, no title of a report of the page's own."""
    i = line.find("工作报告")
    return i > 0 and _others_reports(line[max(0, i - 16):i])


def _reads_others_reports(body: str, reach: int = 1500) -> bool:
    """Whether a page names, in its first ``reach`` characters, the work reports of several regions ("从多地政府工作报告看",
    "梳理31个省份政府工作报告"): a round-up of them."""
    i = body.find("工作报告", 0, reach)
    while i > 0:
        if _others_reports(body[max(0, i - 16):i]):
            return True
        i = body.find("工作报告", i + 4, reach)
    return False


def _others_reports(before: str) -> bool:
    """Whether the words ``before`` a work report's name end on several regions, whose reports it names."""
    return _others_reports_re().search(before) is not None


# a page cut from a report's middle, no title nor opening left, that still calls the year's work the government's own
# ("做好今年政府工作，要坚持…", "2022年政府工作的总体要求是"): a government work report's lead into its plan (a plan
# report's says 做好今年工作; "2021年政府工作报告确定的目标" names the report, not the page's kind)
@lru_cache(maxsize=1)
def _plan_part_head() -> re.Pattern:
    """A part's heading, numbered and alone on its line, naming a year's plan (meta_cues.tsv plan_part_head: 计划安排…),
    what may follow it short: "三、2024年计划安排的主要目标和任务", "二、“十四五”时期主要目标和2021年计划安排" (decision 372)."""
    return _part_head("plan_part_head")


@lru_cache(maxsize=1)
def _work_part_head() -> re.Pattern:
    """A part's heading, numbered and alone on its line, naming a year's work (meta_cues.tsv work_part_head: 工作安排,
    重点工作): "二、2024年工作安排" (decision 409)."""
    return _part_head("work_part_head")


def _work_part_page(body: str) -> re.Match | None:
    """The heading of an untitled page's part on the year's work ("二、2024年工作安排") where the page addresses the
    congress's deputies (各位代表) and a level word leads into the year's targets after it ("全县经济社会发展的主要预期目标
    是"): a government work report's part two (a bureau's, a company's or a standing committee's 工作安排 sets no
    region's targets; the bare heading over a county's figures stays other, decision 372's look-alike)."""
    if not any(w in body for w in _cues()["deputies_address"]):
        return None
    wh = _work_part_head().search(body)
    return wh if wh is not None and _targets_lead_level().search(body, wh.end()) is not None else None


def _part_head(cue: str) -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(_cues().get(cue, ()), key=lambda w: (-len(w), w)))
    return re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[、．.]|第[一二三四五六七八九十]{1,2}部分[ \t\u3000：:]?)[ \t\u3000]*"
                      r"(?P<h>[^\n，。；,;]{0,16}?(?:19|20)\d\d年度?(?:国民经济和社会发展)?(?:" + words + r")"
                      r"[^\n，。；,;：:]{0,14})[ \t\u3000]*$", re.M)


_OWN_WORK = re.compile(r"(?:做好|今年|(?:19|20)\d{2}年)(?:的)?政府工作(?!报告)")


_BULLETS = frozenset("·•●◆■▪►▶◇□")
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")


def _menu_line(hv: _View, start: int, n: int) -> bool:
    """Whether the view's line at ``start`` (``n`` characters) is, as read, five or more items of two characters or more
    set apart by spaces: a menu, not a title (a letter-spaced title's items are single characters)."""
    if n < 10:
        return False
    a, b = hv.span(start, start + n)
    return _menu_items(hv.base[a:b].strip())


def _menu_items(line: str) -> bool:
    """Five items of two characters or more, set apart by spaces: a portal's menu (a letter-spaced title's items are
    single characters)."""
    return sum(1 for x in _SPACES.split(line) if len(x) >= 2) >= 5


def _title(text: str, hv: _View, hints: dict[str, Any]) -> tuple | None:
    """(title, source, quote as read, start, end) of the first head line that names a report type,
    else of the first that ends in 工作报告 or is 关于…的报告."""
    # (failing a report type, a line ending in 工作报告 or a 关于…的报告)
    lines = hv.s.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    # (a title wrapped before its last words, the body's name on one head line and "工作报告" alone on the next, as a
    # PDF's cover sets it: "江西省人民代表大会常务委员会\n工作报告", "XX县人民政府\n工作报告"; the lines joined, before a
    # sentence of the body naming a report is taken: decision 332)
    wrapped = _wrapped_work_report(lines)
    if wrapped is not None:
        j, k = wrapped
        s = lines[j].strip() + lines[k].strip()
        vs = hv.s.find(lines[j].strip(), starts[j])
        ve = hv.s.find(lines[k].strip(), starts[k]) + len(lines[k].strip())
        start, end = hv.span(vs, ve)
        return s, "title", text[start:end], start, end
    for named in (_doc_type, _OTHER_REPORT.search, _outline_title):
        links = False  # inside a list of other pages under its label ("相关阅读：\n射洪市2020年政府工作报告：…")
        for k, line in enumerate(lines):
            s = line.strip().strip("#* ").strip()
            if links:
                # the list runs on to a sentence or a line of the page's credits (编辑：, 来源：)
                links = bool(s) and "。" not in s and len(s) <= 80 and not _credit_line().match(s) or not s
                if links:
                    continue
            if s and len(s) <= 12 and s.strip("【】[]〖〗［］:：") in _cues()["related"]:
                links = True  # the label alone on its line ("相关阅读：", "【相关阅读】"): the titles under it are other pages'
                continue
            if k and s and (whole := _wrapped_at_width(hv, lines, starts, k, s, named)) is not None:
                # a title that a PDF's page width wrapped, its first line as long as the page's lines ("芜湖市人民政府关于
                # 2021年度市级预算执行和其他财政收支的审计工" over "作报告"): the two lines are the title (three on a
                # narrow page)
                j = k - 2 if len(whole) > len(lines[k - 1].strip()) + len(s) else k - 1
                vs = hv.s.find(lines[j].strip(), starts[j])
                ve = hv.s.find(s, starts[k]) + len(s)
                if k + 1 < len(lines) and _plan_name_cut(s, (nxt := lines[k + 1].strip())) \
                        and _title_wraps(hv, lines, starts, k):
                    # (its second line ending on a plan's name at the page's width, the report's name on the third:
                    # "…关于江西省2016年国民" / "经济和社会发展计划执行情况与2017年国民经济和社会发展计划" / "草案的审查结果报告";
                    # decision 395)
                    whole, ve = whole + nxt, hv.s.find(nxt, ve) + len(nxt)
                start, end = hv.span(vs, ve)
                return whole, "title", text[start:end], start, end
            # a title is a short line, not a sentence of a news lead nor a numbered section heading
            # nor a link in the page chrome ("点击查阅更多2020年地方政府工作报告") nor the speaker's own
            # words, whose full stop a PDF line cut may have left on the next line ("受县政府的委托,现将…计划执")
            # nor an item of a list of links ("· 安康市2019年政府工作报告全文") nor a line of a portal's menu, its items
            # spaced ("数据发布：统计数据　统计公报　统计年鉴　经济运行　数据解读")
            # (nor a line of sentences a page set with half-width stops: "…作政府工作报告.2023年,黄冈市经济…")
            if s and named(s) and len(s) <= 80 and "。" not in s and not _SECTION_NO.match(s) \
                    and not ("." in s and HALF_STOP.search(s)) \
                    and not any(w in s for w in _cues()["chrome"] + _cues()["speech"] + _cues()["news_act"]) \
                    and not _report_says().search(s) and s[0] not in _BULLETS and not _menu_line(hv, starts[k], len(line)) \
                    and not _links_line(s) and not _goes_on_from(lines, k) and not _TAG_LINE.fullmatch(line.strip()) \
                    and not _cut_by_width(hv, lines, starts, k, s) and not _goes_on_at_width(hv, lines, starts, k) \
                    and not ("工作报告" in s and _others_title(s)) and not _page_head(text, lines, k, s):
                if _YEAR_WORD.search(s):
                    k, s = _own_title_below(lines, k, s, named)
                vs = hv.s.find(s, starts[k])
                ve = vs + len(s)
                # a title wrapped over two lines: "关于XX县2023年国民经济和社会发展计划执行情况\n与2024年计划
                # 草案的报告", "2024年蠡县\n政府工作报告"
                nxt = next((x.strip() for x in lines[k + 1:k + 3] if x.strip()), "")
                prev = next((x.strip() for x in reversed(lines[max(0, k - 2):k]) if x.strip()), "")
                # (its rest ending on the report's name with a note in brackets after it, "…执行情况与2021" over "年计划草案的
                # 报告（摘要）": decision 377; a title whole on its first line is not joined to a line under it still)
                if not _TITLE_END.search(s) and not _NOTED_END.search(s) and (_TITLE_END.search(nxt) or _NOTED_END.search(nxt)) \
                        and _CONTINUED.fullmatch(_NOTED_END.sub(r"\1", nxt)):
                    s, ve = s + nxt, hv.s.find(nxt, ve) + len(nxt)
                elif _plan_name_end().search(s) and k + 1 < len(lines) and lines[k + 1].strip() == nxt \
                        and nxt.endswith("报告") and _CONTINUED.fullmatch(nxt) and _page_full(hv, starts[k], len(line)):
                    # a plan report's title that the page's width cut right after the plan's name, as long as the
                    # page's lines, its rest right under it ("关于XX市2018年国民经济和社会发展计划" over "执行情况与2019年
                    # 计划草案的报告"): one title, whose year is the draft's
                    s, ve = s + nxt, hv.s.find(nxt, ve) + len(nxt)
                elif not _YEAR_WORD.search(s) and re.fullmatch(r"(?:人民)?政府工作报告", s) and _YEAR_HEAD.fullmatch(prev):
                    s, vs = prev + s, hv.s.rfind(prev, 0, vs)
                start, end = hv.span(vs, ve)
                return s, "title", text[start:end], start, end
    if hints.get("title"):
        return str(hints["title"]), "hint", str(hints["title"])
    return None


def _page_head(text: str, lines: list[str], k: int, s: str) -> bool:
    """Whether head line ``k`` (``s``, stripped) is a page's running head, no title: right under or over a page's mark
    ("— 1 —", "第1页"), a line of text above it (not a cover's first line), and the same line again elsewhere in the
    text (the next page's head): a Word file's header "2019年政府工作报告" printed beside each page's mark under the
    document's own title "芜湖经济技术开发区2019年工作报告" (decision 411; a title named once, or first in the text, stays)."""
    def near(step: int) -> str:
        j = k + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        return lines[j].strip() if 0 <= j < len(lines) else ""

    marked = [m for m in (near(-1), near(1)) if m and _noise_re().fullmatch(m) is not None]
    if not marked:
        return False
    if not any(ln.strip() and _noise_re().fullmatch(ln.strip()) is None for ln in lines[:k]):
        return False  # (the first line of text: the cover's title)
    return sum(1 for ln in text.split("\n") if ln.strip().strip("#* ").strip() == s) >= 2


# a title's last words alone on their line, a note after them or not ("工作报告", "工作报告（摘要）"; meta_cues.tsv
# report_version)
@once
def _work_report_alone() -> re.Pattern:
    return re.compile(r"工作报告(?:[（(](?:" + _words("report_version") + r")[）)])?")


def _wrapped_work_report(lines: list[str]) -> tuple[int, int] | None:
    """(line of the body's name, line of "工作报告") where one of the first eight lines is "工作报告" alone and the
    non-empty line right over it is a short head line (no stop, 30 characters at most) ending on a body whose report it
    is (meta_cues.tsv own_body, other_body): a title wrapped before its last words."""
    bodies = _cues()["own_body"] + _cues()["other_body"]
    # (the lines of a portal's head over the page's copy, its menu, breadcrumb, date and source line, buttons, count for
    # none of the eight: "首页 | 要闻动态 | …\n当前位置：…\n\n字号：大 中 小　发布时间：…\n【打印本页】…\n\nXX省人民代表大会
    # 常务委员会\n工作报告" sets the title ten lines down)
    # (and the lines over its breadcrumb are the site's name and menus, one item a line or not: "网站首页\n机构设置\n…")
    crumb = next((k for k, ln in enumerate(lines[:24]) if _breadcrumb().match(ln.strip())), -1)
    reach = 8 + crumb + 1
    for k in range(1, len(lines)):
        if k >= reach:
            break
        if k - 1 > crumb and _portal_head_line(lines[k - 1].strip()):
            reach += 1
        if not _work_report_alone().fullmatch(lines[k].strip()):
            continue
        j = k - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        above = lines[j].strip() if j >= 0 else ""
        if above and len(above) <= 30 and not any(m in above for m in "。，,；;：:") and above.endswith(bodies):
            return j, k
    return None


def portal_headline_start(text: str) -> int:
    """Where a portal's page sets its own headline: the first line after its breadcrumb ("当前位置：首页 > …", in the
    first 24 lines) and the head lines under it (`_portal_head_line`: the date, source and count line, the buttons), or
    0 where the page has no breadcrumb (its first line is its headline, as a news page's text is)."""
    pos = 0
    crumb = False
    found = -1  # (where a line after the head stands, the headline unless a breadcrumb comes again under it)
    # (the first 40 lines only: the rest of the text is not split; both crumb patterns need a colon after their word)
    for n, line in enumerate(text.split("\n", 40)):
        if n >= 40:
            break
        st = line.strip()
        is_crumb = n < 24 and ("：" in st or ":" in st) \
            and (_breadcrumb().match(st) is not None or _crumb_after_menu().match(st) is not None)
        if not crumb:
            if n >= 24:
                break
            # (or after the portal's menu on its line: a page whose menu's spaces the text lost, "首页政务公开…走进江宁当前
            # 位置：首页>新闻中心>…", the normaliser joining the two)
            crumb = is_crumb
        elif found >= 0:
            # (a portal's page saved inside another portal's frame: the copy's own head under the frame's, its site's
            # name, "南京市江宁区人民政府", then its menu and breadcrumb again; the headline is under the last one, decision
            # 377; a line of prose or a long line between is the headline, and the page's own)
            if is_crumb:
                found = -1
            elif st and not _portal_head_line(st) and (_HEAD_PROSE.search(st) or len(st) > 16):
                return found
        elif st and not _portal_head_line(st):
            if _HEAD_PROSE.search(st) or len(st) > 16 or n >= 23:
                return pos
            found = pos
        pos += len(line) + 1
    return found if found >= 0 else 0


def _portal_head_line(s: str) -> bool:
    """Whether ``s`` (a line, stripped) is a line of a portal's head, no sentence: its menu (five spaced items, or items
    set apart by bars), its breadcrumb ("当前位置：首页 > …"), its date, source or count line ("字号：大 中 小　发布时间：…"),
    or a line of its buttons only ("【打印本页】 【关闭窗口】", "分享到：微信 微博")."""
    if not s or _HEAD_PROSE.search(s):
        return False
    return _menu_items(s) or s.count("|") >= 3 or _breadcrumb().match(s) is not None \
        or _portal_label().search(s) is not None or not _noise_re().sub("", s).strip(" \t\u3000【】[]")


_HEAD_PROSE = re.compile(r"[。，,；;！？!?]")


# (a page's label and its colon: its date, source, count or type size; meta_cues.tsv portal_label)
@once
def _portal_label() -> re.Pattern:
    return re.compile(r"(?:" + _words("portal_label") + r")[:：]")


def _goes_on_from(lines: list[str], k: int) -> bool:
    """Whether line ``k`` goes on from the line right above it, a sentence's line that a PDF's page width cut (no blank line
    between, 24 characters or more, a comma in it, no mark at its end: "3月13日，国务院新闻办公室举行新闻发布会，国家发展改革委主任
    介绍十四届全" over "国人大四次会议审查批准的2026年国民经济和社会发展计划有关情况"): no title, though it names a report."""
    if k == 0 or not (above := lines[k - 1].strip()) or len(above) < 24:
        return False
    # (or a stop inside it, a sentence ended and the next one cut: "…22日上午在长沙开幕。湖南省省长毛伟明在" over "作政府工作报告
    # 时说，…")
    return above[-1] not in "。！？；：:!?;”」』】）)" and ("，" in above or "," in above or "。" in above)


def _cut_by_width(hv: _View, lines: list[str], starts: list[int], k: int, s: str) -> bool:
    """Whether head line ``k`` (``s``, stripped) is a sentence's line that a PDF's page width cut at its end: a clause's
    mark inside it, none at its end, the next line right under it (no blank line between), and as long as the page's
    lines (`_page_full`): "会议期间，各代表团将分组审查县国民经济和社会发展计划报告和财政预算报告，并选举产" over "生县监察
    委员会主任。" names a report and is no title (a headline with a comma over its lead, "…政府工作报告，这些数字与你有关\n
    1月10日，…", is no line of the page's width)."""
    if s[-1] in _SENTENCE_ENDS or not ("，" in s or "," in s) or k + 1 >= len(lines) \
            or not lines[k + 1].strip() or len(s) < _full_min(hv, 24):
        return False
    return _page_full(hv, starts[k], len(lines[k]))


def _goes_on_at_width(hv: _View, lines: list[str], starts: list[int], k: int) -> bool:
    """Whether head line ``k`` goes on from the line right above it, a line as long as the page's lines (`_page_full`)
    with no mark at its end, which a PDF's page width cut inside its words: "…会议开幕 审议政府工作报" over "告和计划、预算
    报告" (a headline has no comma for `_goes_on_from` to see); no title though it names a report."""
    if k == 0 or not (above := lines[k - 1].strip()) or above[-1] in _SENTENCE_ENDS or len(above) < _full_min(hv, 20):
        return False
    return _page_full(hv, starts[k - 1], len(lines[k - 1]))


def _wrapped_at_width(hv: _View, lines: list[str], starts: list[int], k: int, s: str, named) -> str | None:
    """The title head line ``k`` (``s``, stripped) ends, its first words on the line above, where that line is a title's
    (no mark, no space: no headline's head and its tail, no sentence), as long as the page's lines (`_goes_on_at_width`),
    and the two lines joined end on a report's name that ``named`` reads ("…其他财政收支的审计工" over "作报告"); else None."""
    above = lines[k - 1].strip()
    if not above or _HEAD_PROSE.search(above) or _SPACES.search(above) or len(above) + len(s) > 80:
        return None
    # (over three lines on a narrow page, "关于鹤壁市2017年国民经济和" / "社会发展计划执行情况与2018" / "年计划草案的报告": the
    # first two lines of the page's width, neither a sentence's nor a whole title; no line over them it goes on from)
    top = lines[k - 2].strip() if k >= 2 else ""
    if top and not _HEAD_PROSE.search(top) and not _SPACES.search(top) and len(top) + len(above) + len(s) <= 80 \
            and not named(top) and not (_WHOLE_TITLE.search(top + above) and named(top + above)) \
            and not (k >= 3 and _goes_on_at_width(hv, lines, starts, k - 2)) \
            and _title_wraps(hv, lines, starts, k - 2) and _title_wraps(hv, lines, starts, k - 1):
        whole = top + above + s
        if _WHOLE_TITLE.search(whole) and named(whole):
            return whole
    whole = above + s
    if not _WHOLE_TITLE.search(whole) or not named(whole) or named(above):
        return None
    return whole if _goes_on_at_width(hv, lines, starts, k) else None


def _plan_name_cut(above: str, s: str) -> bool:
    """Whether the title's second line ends on a plan's name (meta_cues.tsv plan_name_end) that the line under it goes on
    from to a report's name, no mark: "…关于江西省2016年国民" / "经济和社会发展计划执行情况与2017年国民经济和社会发展计划" /
    "草案的审查结果报告" is one title, not the plan report its first two lines read as (decision 395; _title joins the third
    line where the second is as long as the page's lines, as the two-line case of a title cut right after the plan's name
    is joined)."""
    return _plan_name_end().search(above) is not None and s.endswith("报告") and _CONTINUED.fullmatch(s) is not None


def _title_wraps(hv: _View, lines: list[str], starts: list[int], j: int) -> bool:
    """Whether head line ``j`` is a title's line the page's width ended (no mark at its end): as long as the page's lines
    (`_page_full`, 20 characters or more), or on a narrow page (10–19 characters a line, normalize.narrow_chars) up to
    three characters short of them (a cover's title is set apart at a word's end, "关于鹤壁市2017年国民经济和" on a page
    of 17)."""
    st = lines[j].strip()
    if not st or st[-1] in _SENTENCE_ENDS:
        return False
    chars, _ = _head_page(hv.base)
    if 0 < chars < 20:
        return chars - 3 <= len(st) <= chars + 1
    return len(st) >= 20 and _page_full(hv, starts[j], len(lines[j]))


def _page_full(hv: _View, start: int, n: int) -> bool:
    """Whether the view's line at ``start`` (``n`` characters) is, as read (its indent with it), as long as the page's
    lines a converter cut, in characters or in half cells (normalize.page_chars, page_width of the head as read)."""
    from .normalize import _half_cells

    if n <= 0:
        return False
    a, _ = hv.span(start, start + n)
    base = hv.base
    ls = base.rfind("\n", 0, a) + 1
    le = base.find("\n", a)
    line = base[ls:le if le >= 0 else len(base)].rstrip(" \t\r")
    chars, width = _head_page(base)
    return bool(chars) and chars - 1 <= len(line) <= chars + 1 or bool(width) and width - 2 <= _half_cells(line) <= width + 2


@lru_cache(maxsize=4)
def _head_page(base: str) -> tuple[int, int]:
    """(page_chars, page_width) of a head as read, the paragraphs' indents ("　　") dropped and told to them: a PDF's
    layer printed with indents has its first lines two characters into the page's width."""
    from .normalize import narrow_chars, page_chars, page_width

    lines, indented, pos = [], set(), 0
    for ln in base.split("\n"):
        st = ln.lstrip(" \u3000")
        if len(ln) - len(st) == 2 and ln[:2] in ("\u3000\u3000", "  "):  # (read one for one as two spaces)
            indented.add(pos)
        lines.append(st)
        pos += len(st) + 1
    flat = "\n".join(lines)
    # (a narrow page's, 10 to 19 characters a line, where no wider count is found: a booklet's or a phone's layer)
    return page_chars(flat, indented) or narrow_chars(flat, indented), page_width(flat, indented)


def _full_min(hv: _View, least: int) -> int:
    """The fewest characters a head line of the page's width holds: ``least`` (20 or 24, a wide page's), or a narrow
    page's count less one (16–19 characters a line, normalize.narrow_chars: "会议期间，各代表团将分组审查市国" over
    "民经济和社会发展计划报告和财政预" is cut at the page's width as a wide page's line is)."""
    chars, _ = _head_page(hv.base)
    return chars - 1 if 0 < chars < 20 else least


_SENTENCE_ENDS = frozenset("。！？；：:!?;”」』】）)")


# a page's topic tags under its copy ("#长三角  #政府工作报告", "#2024全国两会#"): chrome, no title (a markdown
# heading has a space after its marks: "# 2024年政府工作报告")
_TAG_LINE = re.compile(r"#[^\s#]+#?(?:[ \t\u3000]+#[^\s#]+#?)*")
# (a plan's name a title's line may end on, its report's words on the next line: "…国民经济和社会发展计划" over "执行情况…的报告";
# meta_cues.tsv plan_name_end)
@once
def _plan_name_end() -> re.Pattern:
    return re.compile(r"(?:" + _words("plan_name_end") + r")$")


# a credit line under a copy (meta_cues.tsv credit_before, credit_role; the reviewers' 一审/二审/三审 here)
@once
def _credit_line() -> re.Pattern:
    return re.compile(r"[（(【]?(?:" + _words("credit_before") + r")?(?:" + _words("credit_role") + r"|[一二三]审)")


_WHOLE_TITLE = re.compile(r"(?:报告|公报|纲要|计划|草案)[)）]?(?:[（(【][^（(【）)】]{1,8}[）)】])?$")


def _own_title_below(lines: list[str], k: int, s: str, named) -> tuple[int, str]:
    """(line, title): the report's own title where a page's heading naming another year stands above it
    (“2024年叙州区政府工作报告（全文）”, “【2024年两会】政府工作报告” over “2023年叙州区政府工作报告” and its byline
    “——在…会议上”: a later year's page carrying the report); else the line found."""
    if not _WHOLE_TITLE.search(s):  # a title wrapped over two lines is one ("…计划执行情况\n与2024年计划草案的报告")
        return k, s
    years = set(_YEAR_WORD.findall(s))
    seen = 0
    for j in range(k + 1, min(k + 6, len(lines))):
        t = lines[j].strip().strip("#* ").strip()
        if not t:
            continue
        seen += 1
        if seen > 3:
            break
        if len(t) <= 80 and "。" not in t and named(t) and _YEAR_WORD.search(t) and not years & set(_YEAR_WORD.findall(t)):
            nxt = next((x.strip() for x in lines[j + 1:j + 3] if x.strip()), "")
            if nxt.startswith(("—", "－")) and "会议" in nxt:
                return j, t
    return k, s


def _links_line(s: str) -> bool:
    """A line of links to other pages: led by their label ("热点推荐：2019年乐平市政府工作报告 | …", "相关链接：…"),
    or several reports' titles set apart by bars ("2019年XX县政府工作报告 | 2018年XX县政府工作报告")."""
    return any(s.startswith(w) for w in _cues()["related"]) or s.count("报告") >= 2 and ("|" in s or "｜" in s)


def _report_below(body: str, title: str) -> tuple[str, str] | None:
    """The plan, budget or work report printed under a resolution's title: a line of its own naming one (no stop, 80
    characters at most, no resolution) right over a byline of the session ("——2024年1月8日在…会议上")."""
    lines = [x.strip() for x in body[:3000].splitlines()]
    for k, line in enumerate(lines[:-1]):
        if not line or line == title or "。" in line or len(line) > 80 or "决议" in line or "决定" in line:
            continue
        hit = _doc_type(line)
        nxt = next((x for x in lines[k + 1:k + 3] if x), "")
        if hit and hit[0] != "other" and _MEETING.search(nxt):
            return hit
    return None


# the rest of an adoption's line after its date ("…第五次会议通过）", "…会议批准）")
_ADOPTED = re.compile(r"[^）)\n。]{0,40}(?:通过|批准)\s*[）)]")


def _other_body_report(body: str, end: int) -> bool:
    """Whether the last 工作报告 named before end is another body's than the government's (人大常委会, 法院, 检察院,
    政协常委会: meta_cues.tsv other_body)."""
    k = body.rfind("工作报告", 0, end)
    return k >= 0 and body[max(0, k - 7):k].rstrip("”\"」’").endswith(_cues()["other_body"])  # (“两院”工作报告)


def others_title(title: str | None) -> bool:
    """Whether a document's title names another body's report than a government's: a 工作报告 whose last words before
    it are such a body (meta_cues.tsv other_body: "湖南省高级人民法院工作报告", "杭州市人民检察院工作报告", "政协贵州省委员会
    常务委员会工作报告", "成都市人民代表大会常务委员会工作报告"; a note may close it, "（摘要）"), or a chief executive's policy
    address (policy_address: "行政长官2023年施政报告")."""
    if not title:
        return False
    s = re.sub(r"[（(](?:摘要|全文|节选|摘登|要点|草案)[）)]$", "", title.strip())
    if any(w in s for w in _cues().get("policy_address", ())):
        return True
    if s.endswith("整改情况的报告") and _AUDIT_TITLE_END.search(s) is not None:
        # (the audit office's report on the mending of what its audit found, "关于2015年度…审计查出问题整改情况的报告":
        # another body's, as "…的审计工作报告" is by its last words; its aims no government's pledges, decision 348)
        return True
    if not (s.endswith("工作报告") and s[:-4].rstrip("”\"」’").endswith(_cues()["other_body"])):
        return False
    # (not a head naming the government's report before the other bodies': a news page on the session, "听取审议政府工作
    # 报告和“两院”工作报告", restates the government's; decision 332)
    hit = _first_doc_type(s[:-4])
    if hit is not None and hit[0] != "other":
        return False
    # (nor one naming the government as the first of the bodies heard, the words 工作报告 shared: "听取审议市政府、市人大
    # 常委会和“两院”工作报告", "审议县政府和县法院、检察院工作报告"; decision 339)
    return not _own_body_listed(s[:-4])


def _own_body_listed(s: str) -> bool:
    """Whether s names the government (meta_cues.tsv own_body) as a body in a list of those whose reports follow, a
    list's mark right after it: "市政府、市人大常委会和“两院”" (not "市人民政府关于…", nor a body's own name alone)."""
    for w in _cues()["own_body"]:
        i = s.find(w)
        while i >= 0:
            if s[i + len(w):i + len(w) + 1] in ("、", "和", "及", "与", "，", ","):
                return True
            i = s.find(w, i + 1)
    return False


def policy_address(meta: Metadata) -> bool:
    """Whether the document is a government's own that is none of the mainland's kinds: a chief executive's policy
    address (its title, meta_cues.tsv policy_address) or any document whose region is one that delivers no such report
    (no_report_region: 香港特别行政区…). Its figures are of no indicator of the taxonomy, its plans no pledges."""
    ev = meta.evidence.get("doc_type")
    titled = ev is not None and ev.source == "title" and any(w in (ev.quote or "") for w in _cues().get("policy_address", ()))
    return titled or meta.region in _cues().get("no_report_region", ())


def others_report(meta: Metadata) -> bool:
    """Whether the document is another body's report than a government's, as its title says (others_title): a court's,
    a procuratorate's, a standing committee's, a political consultative conference's; its own counts and plans
    (审结案件…件, 新建人民法庭20个, 开展专题协商8次) are no government's pledges."""
    ev = meta.evidence.get("doc_type")
    return meta.doc_type == "other" and ev is not None and ev.source == "title" and others_title(ev.quote)


# the reports of a session listed after the government's in a head line ("政府工作报告、计划报告和预算报告", "…政府工作
# 报告及计划、预算报告"): the list's join right after the government's report, then the others' short names
_REPORTS_LISTED = re.compile(r"工作报告[”」》]?(?:[、和及与]|以及)[“「《]?(?:[^，。；\n]{0,12}?)(?:计划|预算)")


# a zone's committee head delivering its work report in a news lead ("党工委副书记、管委会主任宋志强作工作报告", "新区管委会
# 主任周海兵作工作报告"), at the zone's own work conference (decision 348)
# (meta_cues.tsv zone_committee)
@once
def _zone_head_reports() -> re.Pattern:
    return re.compile(r"(?:" + _words("zone_committee") + r")(?:常务)?副?主任(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:代表[^，。,\n]{0,12}?)?"
                      r"作(?:了|的)?工作报告")


# a line of its own in a report's head naming the zone's committee head who speaks ("党工委副书记、管委会主任　张伟",
# "新区管委会常务副主任 罗群"): offices joined by 、, the committee's head last, the name alone after it (meta_cues.tsv
# zone_committee; decision 392)
@once
def _zone_head_line() -> re.Pattern:
    return re.compile(r"^[ \t\u3000]*(?P<line>[\u4e00-\u9fff、]{0,24}?(?:" + _words("zone_committee")
                      + r")(?:常务)?副?主任[ \t\u3000]*[\u4e00-\u9fff·]{2,4})[ \t\u3000]*$", re.M)


# a party body named in a zone's report's head above its speaker's line, in its title or its byline's meeting ("…党工委2020年
# 工作报告", "——…在中共…工作委员会（扩大）会议上"; meta_cues.tsv party_bodies): the party's report (decision 394). Only as
# the report's or the meeting's owner: the body then the year's 工作报告 on its line, or after 在 the body then its
# meeting with no other clause between (decision 401: not a note that the party's committee reviewed the report, "（…经
# 开发区党工委会议审议通过）", nor the party in what a work meeting studies, "在…学习贯彻中共十九届五中全会精神暨2021年
# 工作会议上", nor a list of those who attend, "（新区党委各部门…参加）": the administrative committee's report still)
@once
def _party_head() -> re.Pattern:
    party = _words("party_bodies")
    return re.compile(r"(?:" + party + r")[^\n，。、；：暨]{0,16}?(?:19|20)\d{2}\s*年度?\s*工作报告"
                      r"|在[^\n，。、；：暨]{0,30}?(?:" + party + r")[^\n，。、；：暨]{0,16}?(?:[（(]扩大[）)])?(?:全体)?"
                      r"(?:[（(]扩大[）)])?(?:扩大)?会议")


@once
def _zone_committee_named() -> re.Pattern:
    return re.compile(_words("zone_committee"))


# a title naming a 工作报告 of no body it names ("贵安新区2019年工作报告", "…工作报告（摘要）"; not "…人民检察院工作报告",
# others_title; nor a page on one, "…工作报告解读")
_TITLED_WORK_REPORT = re.compile(r"(?:(?:19|20)\d{2}\s*年度?\s*)工作报告(?:[（(][^）)\n]{0,8}[）)])?$")


def _titled_work_report(title: str | None) -> bool:
    return bool(title) and _TITLED_WORK_REPORT.search(title) is not None and not others_title(title)


# the government's report named last in a head's list of the session's reports ("计划报告、预算报告和政府工作报告"), and a
# lead in which it is delivered ("…代表市人民政府作政府工作报告"), decision 348
_GOV_LISTED_LAST = re.compile(r"(?:计划|预算)[^，。；\n]{0,12}?(?:[、和及与]|以及)[“「《]?政府工作报告")
# (grammar, kept in code: the verb 作, its particle and the report's own name; no list of words a text may vary)
_GOV_DELIVERED = re.compile(r"作(?:了|的)?[《“]?政府工作报告")


@once
def _work_report_en() -> re.Pattern:
    """A government's work report named in English words (meta_cues work_report_en), any case."""
    words = "|".join(map(re.escape, _cues().get("work_report_en", ()))) or "(?!)"
    return re.compile(r"(?<![A-Za-z])(?:" + words + r")(?![A-Za-z])", re.IGNORECASE)


def _first_doc_type(s: str) -> tuple[str, str, int] | None:
    """The report type named first in s: (type, words, position)."""
    hits = [(mm.start(), dt, mm.group(0)) for dt, pat in _DOC_TYPES for mm in [pat.search(s)] if mm]
    if not hits:
        return None
    pos, dt, words = min(hits)
    return dt, words, pos


def _doc_type(s: str) -> tuple[str, str] | None:
    for dt, pat in _DOC_TYPES:
        mm = pat.search(s)
        if mm:
            return dt, mm.group(0)
    return None


def _speaker(hv: _View, anchor) -> tuple[str, str, int, int] | None:
    """The speaker: a byline line (office and name), else a news lead (市长XXX作政府工作报告)."""
    head = hv.s
    cut = _name_cut(head, anchor)
    cands = []
    # (a name a PDF line cut after its office, "县长　安\n永红": read on its line joined, one character for the break)
    for x in _speaker_re().finditer(head if cut < 0 else head[:cut] + "·" + head[cut + 1:]):
        line = x.group(0)[x.end("label") - x.start():] if x.group("label") else x.group(0)  # (the label's 报告 no title's)
        if "报告" in line or "会议" in line or re.search(r"代表|总理|[省市区县州旗盟镇乡]长|主席|网|门户|办公|公开|中心|政府|公署|委员会|[局厅委]$", x.group("name")) \
                or any(w in x.group("name") for w in (*_cues()["column"], *_cues()["site_role"], *_cues()["doc_header"])) \
                or x.group("name").endswith(_cues()["office_name_end"]) \
                or re.match(r"[ \t\u3000]*[（(][一二三四五六七八九十\d]{1,3}[）)]", x.group(0)):
            # (nor is a site's name under its office: "XX县人民政府门户网站"; nor the office presenting a budget or
            # plan report without its head's name, "区财政局", "市发展和改革委员会": an office is no speaker; nor the
            # kind of paper on a document's head line, "XX县人民政府文件", "XX市人民政府公报": meta_cues doc_header;
            # nor an office read where a name stands, "国家统计局遵义调查队": office_name_end; nor a part's heading
            # numbered in brackets, "（二）政府债务情况")
            continue
        if not (x.group("org") or x.group("title") or x.group("label")):
            # a bare name is a speaker only on the line right after the byline ("哈 熱"), and a short one (not a
            # motto a dot joins: "奋进新时代·建功新征程"; a long dotted name needs its office)
            # (a PDF layer may wrap the byline inside 会议上, "…第三次会\n议上" or "…第一次会议\n上": that tail is no name,
            # and a name under it still stands on the byline's next line)
            gap = _BYLINE_TAIL_CUT.sub("会议上", head[anchor.end():x.start("name")]) if anchor is not None else ""
            if anchor is None or len(x.group("name")) > 6 or not re.fullmatch(r"[^\n]*\n\s*", gap) \
                    or re.search(r"会议?上$", gap.rstrip() + x.group("name")):
                continue
        cands.append(x)
        break
    for pat, needed in ((_news_speaker(), "工作报告"), (_news_speaker2(), "工作报告"), (_news_speaker3(), "工作报告"), (_zone_head_reports(), "工作报告"),
                        (_BYLINE_NAME, "届"), (_RUNON_SPEAKER, "各位代表"), (_BYLINE_END_SPEAKER, "会议上")):
        x = pat.search(head) if needed in head else None  # the words each pattern needs: a cheap guard
        # ("市长代表市人民政府作政府工作报告": an office without a name is no speaker)
        # (nor is an office another joins, "旗长和副旗长代表旗人民政府作…", nor words of time or address, "盟长今天上午作…",
        # "盟长同志作…": not_in_name's words of two characters, which no name holds)
        if x and _lead_name_ok(pat, x):
            cands.append(x)
        elif pat is _news_speaker() and (x is None or not _long_name(x.group("name"))) and needed in head \
                and (y := _news_speaker_long().search(head)) is not None and _long_name(y.group("name")):
            cands.append(y)
    if not cands:
        return _wrapped_news_speaker(hv) if "报告" in head else None
    x = min(cands, key=lambda c: c.start("name"))
    s, e = hv.span(x.start("name"), x.end("name"))
    if x.start("name") and head[x.start("name") - 1] == "\n" and (w := _wrapped_news_speaker(hv)) and w[3] == e:
        return w  # (a name's tail a wrap left opening its line, "市长李\n建国代表…": the name whole, 李建国)
    if head[x.end("name"):x.end("name") + 1] == "\n" and _han_or_comma(head[x.end("name") + 1:x.end("name") + 2], han_only=True) \
            and (w := _wrapped_news_speaker(hv)) and w[2] < e:
        # (a name a wrap cut off its line's end, the sentence going on under it — "…市长王强代\n表市人民政府…",
        # "…作政\n府工作报告": the lead's words read as a byline's name — yields to the lead read across its breaks)
        return w
    name = x.group("name")
    if x.start("name") < cut < x.end("name"):
        name = name[:cut - x.start("name")] + name[cut + 1 - x.start("name"):]  # (the break's stand-in dropped)
    return name.replace(".", "·"), hv.base[s:e].strip(), s, e


_LEAD_REACH = 80  # (how far before its 工作报告 a news lead's speaker is read: the office, the name, 代表…人民政府作)


def _wrapped_news_speaker(hv: _View) -> tuple[str, str, int, int] | None:
    """A news lead's speaker a PDF layer or a hard-wrapped page cut inside ("五家渠市市长李建国代表师市人民\n政府作政府工作
    报告", "…市长李\n建国代表…"): the head's lines joined where a break stands between two Chinese characters (or after a
    comma), the news patterns read before each of its first 工作报告 (str.find: no pattern scans the whole head), the
    name mapped back; tried where no byline and no unwrapped lead names one, or where one's name opens a line."""
    head = hv.s
    keep: list[int] = []  # (the head's offset of each character of the joined text)
    pos = 0
    i = head.find("\n")
    while i >= 0:
        if i and _han_or_comma(head[i - 1]) and _han_or_comma(head[i + 1: i + 2], han_only=True):
            keep.extend(range(pos, i))
            pos = i + 1
        i = head.find("\n", i + 1)
    if not keep:
        return None
    keep.extend(range(pos, len(head)))
    joined = "".join([head[j] for j in keep])
    k = joined.find("工作报告")
    for _ in range(4):
        if k < 0:
            break
        for pat in (_news_speaker(), _news_speaker2(), _news_speaker3()):
            x = pat.search(joined, max(0, k - _LEAD_REACH), k + 4)
            if x and _lead_name_ok(pat, x):
                s, e = hv.span(keep[x.start("name")], keep[x.end("name") - 1] + 1)
                return x.group("name").replace(".", "·"), hv.base[s:e].strip(), s, e
        k = joined.find("工作报告", k + 4)
    return None


def _lead_name_ok(pat: re.Pattern, x: re.Match) -> bool:
    """Whether a news lead's match names a person: not an office ("市长代表市人民政府作…"), not the region's office read
    before its title by _news_speaker3, nor words of time or address no name holds (meta_cues not_in_name)."""
    return not re.search(_SPEAKER_TITLE, x.group("name")) and not (pat is _news_speaker3() and _region_office(x)) \
        and not any(len(w) > 1 and w in x.group("name") for w in _cues()["not_in_name"])


def _han_or_comma(c: str, han_only: bool = False) -> bool:
    """Whether ``c`` is a Chinese character (or, unless ``han_only``, a comma): a sentence going on across a break."""
    return bool(c) and ("\u4e00" <= c <= "\u9fff" or not han_only and c in "，、,")


# the byline's 会议上 with a PDF line's break inside it ("…第三次会\n议上", "…第一次会议\n上")
_BYLINE_TAIL_CUT = re.compile(r"会[ \t]*\n?[ \t]*议[ \t]*\n?[ \t]*上")
# a speaker's name a PDF line cut right after the office: the office and the name's first characters closing a line, the
# rest of it alone on the next ("县长安\n永红", "县长安永\n红" in the view, its spaces erased)
_NAME_CUT_RE = re.compile(_SPEAKER_TITLE + r"(?P<a>[\u4e00-\u9fff]{1,2})\n(?P<b>[\u4e00-\u9fff]{1,2})(?=\n|$)", re.M)


def _name_cut(head: str, anchor) -> int:
    """Where a PDF line cut the speaker's name on the lines right under the byline (``_NAME_CUT_RE``; the name's two
    parts three characters at most, so a name whole on its line with a word under it, "县长王伟\n目录", is not joined);
    -1 where none did."""
    if anchor is None:
        return -1
    m = _NAME_CUT_RE.search(head, anchor.end(), anchor.end() + 120)
    if m is None or len(m.group("a")) + len(m.group("b")) > 3 or head.count("\n", anchor.end(), m.start()) > 2:
        return -1
    return m.end("a")


def _long_name(name: str) -> bool:
    """Whether five or six characters read as a transcribed name hold none of meta_cues' not_in_name words (受, 代表,
    和…) outside the syllables such names are made of (name_syllables: 孟和)."""
    for w in _cues().get("name_syllables", ()):
        name = name.replace(w, "")
    return not re.search(_SPEAKER_TITLE, name) and not any(w in name for w in _cues()["not_in_name"])


def _region_office(x: re.Match) -> bool:
    """A news headline's "晋江市长作政府工作报告": the words before the office make a region's name with its level
    character (晋江市), the mayor of it, no person's name."""
    rest = x.string[x.end("name"):x.end("name") + 3]
    c = rest[2:3] if rest.startswith("代理") else rest[1:2] if rest.startswith("代") else rest[:1]
    return bool(gazetteer().by_name.get(x.group("name") + c))


_SEVERAL = "several regions named about as often"


def several_regions(meta: Metadata) -> bool:
    """Whether the document's region was not found because it names several regions alike (a news page on the
    targets of many provinces): its figures are each of another region, none the document's."""
    return meta.region is None and bool(meta.several)


def _setters_alike(ntext: str, top: Region | None, strong: bool = False, reach: int = 3000) -> tuple[str, ...]:
    """The codes of the regions of ``top``'s level that a round-up names as setting their own targets (a name right
    before a setter word of meta_cues.tsv ``setter``: "江苏提出", "浙江确定"), none inside another, where the page
    restates no one report in its own voice (no "报告提出" opening a clause) and either ``top`` is one of them and
    one more is too ("北京提出…；天津提出…"; two more where a statement names ``top``, its session's: "嘉兴市…开幕。
    嘉兴提出…。此前，湖州提出…" is 嘉兴's page), or three more are ("随着西藏自治区…闭幕，…广东提出…，江苏提出…，
    山东提出…": the session whose closing completed the set); else ()."""
    if top is None or top.level == "national":
        return ()
    words = _cues().get("setter", ())
    head = ntext[:reach]
    if not any(w in head for w in words) and "：" not in head and ":" not in head and "%" not in head:
        return ()
    g = gazetteer()
    found: list[str] = []
    # (or its name heading a line before a colon: "广东：地区生产总值增长5%左右；\n江苏：…", a round-up's items)
    ends = sorted([mm.start() for mm in _setter_pattern().finditer(head)] + [mm.end(1) for mm in _LINE_NAME_COLON.finditer(head)])
    for k in ends:
        for n in (6, 5, 4, 3, 2):  # (the longest name ending right before the word: "内蒙古自治区", "广西", "上海市")
            rs = [r for r in g.lookup(head[max(0, k - n):k]) if r.current and r.level == top.level] if k >= n else []
            if len(rs) == 1:
                if rs[0].code not in found:
                    found.append(rs[0].code)
                break
    if len(found) < ((3 if strong else 2) if top.code in found else 3) or _own_voice().search(head):
        return ()
    rs = [g.get(c) for c in found]
    if any(_nested(a, b) for i, a in enumerate(rs) for b in rs[i + 1:]):
        return ()
    return (top.code, *[c for c in found if c != top.code]) if top.code in found else tuple(found)


def _setters_unranked(ntext: str, reach: int = 3000) -> tuple[str, ...]:
    """_setters_alike where no region won the vote: the first region a setter word follows (one region of its level by
    its name: 长沙 is 长沙市 among the prefectures, 长沙县 among the counties) whose level three or more such regions share
    stands for ``top`` (decision 353); else ()."""
    head = ntext[:reach]
    g = gazetteer()
    by_level: dict[str, list[str]] = {}
    for mm in _setter_pattern().finditer(head):
        k = mm.start()
        for n in (6, 5, 4, 3, 2):
            rs = [r for r in g.lookup(head[max(0, k - n):k]) if r.current and r.level != "national"] if k >= n else []
            if rs:
                for level in {r.level for r in rs}:
                    if len(one := [r for r in rs if r.level == level]) == 1 \
                            and one[0].code not in (seen := by_level.setdefault(level, [])):
                        seen.append(one[0].code)
                break
    for level in ("province", "prefecture", "county"):  # (the higher level first: a round-up names its cities by short names)
        if len(codes := by_level.get(level, [])) >= 3:
            return _setters_alike(ntext, g.get(codes[0]), False, reach)
    return ()


def _peer_named_before(ntext: str, k: int, alike: tuple[str, ...]) -> bool:
    """Whether the sentence (or line) holding ``k`` names one of the regions ``alike`` (codes) before it, by its name in
    full or a short one ("淮安：去年全市地区生产总值…")."""
    ls = max(ntext.rfind("。", 0, k), ntext.rfind("\n", 0, k), ntext.rfind("！", 0, k), ntext.rfind("？", 0, k)) + 1
    g = gazetteer()
    for c in alike:
        r = g.get(c)
        if r is not None and any(len(nm) >= 2 and ntext.find(nm, ls, k) >= 0 for nm in (r.name, short_name(r.name))):
            return True
    return False


def _peer_own_page(ntext: str, alike: tuple[str, ...]) -> Region | None:
    """A city's or a county's own page among its peers' figures ("海盐县2018年主要预期目标出炉" over "今年全县…", then
    "海宁去年增长7.8%，今年目标为7.5%；桐乡去年…；平湖…"): the region named in full in the page's first line that is of
    the level of the regions ``alike`` (codes) and under the same region as all of them (one of them or not: "海盐今年
    目标…" told among them), where the page's own level word (全县 ×2 or more, more than any other) fits it: that
    region, else None (decision 361)."""
    g = gazetteer()
    rs = [g.get(c) for c in alike]
    if not rs or any(r is None for r in rs) or len({r.level for r in rs}) != 1 or len({r.parent_code for r in rs}) != 1 \
            or rs[0].level not in ("prefecture", "county"):
        return None
    first = next((ln for ln in ntext.split("\n") if ln.strip()), "")
    # (the level word counts where it is the page's own, not inside a peer's item, its name before it in the sentence:
    # "徐州：去年全市地区生产总值增长4.6%…；全市一般公共预算收入…", "淮安：去年全市…" — a round-up headed by an office of
    # one of them, "盐城市统计局　数据观察", whose 全市 are the peers'; decision 367)
    lw = Counter(mm.group(1) for mm in _LEVEL_WORD.finditer(ntext) if not _peer_named_before(ntext, mm.start(), alike)).most_common(2)
    if not lw or lw[0][1] < 2 or len(lw) > 1 and lw[0][1] == lw[1][1]:
        return None
    fit = {r.code: r for _, _, nm in find_names(first) for r in gazetteer().lookup(nm)
           if r.current and r.name == nm and r.level == rs[0].level and r.parent_code == rs[0].parent_code
           and _fits(lw[0][0], r)}
    return next(iter(fit.values())) if len(fit) == 1 else None


# (or a table's first column, its rate after it: "广东　5%左右", "江苏\t5%以上", read with the gap dropped)
# (or after a clause's mark, "具体来看，广东：…；江苏：…": the items run on in one paragraph)
_LINE_NAME_COLON = re.compile(r"(?:^|(?<=[，,；;]))[ \t\u3000◆●■▶·•]*([\u4e00-\u9fff]{2,6})(?:[ \t]*[：:]|[ \t\u3000]*(?=\d{1,2}(?:\.\d{1,2})?%))", re.M)


# the page restating one report in its own voice: the report's words opening a clause ("。报告提出，", "\n报告显示")
# (meta_cues.tsv own_voice)
@once
def _own_voice() -> re.Pattern:
    return re.compile(r"(?:^|[。，,；;：:\n])[ \t\u3000]*(?:政府工作)?报告(?:" + _words("own_voice") + r")", re.M)


def _divisions_told(ntext: str, top: Region | None, reach: int = 3000) -> tuple[str, ...]:
    """_setters_unranked's regions where a region only mentioned won the vote and three or more of its own divisions of
    one level are each told with a setter word or their year ("江苏13个设区市…苏州去年地区生产总值增长6%，今年目标为5.5%
    左右；无锡去年增长5.8%，…；常州去年…", the province named in passing: decision 357): a round-up of its divisions, as
    _setters_alike's of its peers (the caller keeps a page that speaks for it, "我省…", the region's); else ()."""
    if top is None or top.level in ("national", "county"):
        return ()
    alike = _setters_unranked(ntext, reach)
    g = gazetteer()
    if len(alike) < 3 or any(top.code not in ((r := g.get(c)).parent_code, r.province_code) for c in alike):
        return ()
    return alike


@lru_cache(maxsize=1)
def _setter_pattern() -> re.Pattern:
    # (or a time word of setter_times, a figure or the target's word after it in its clause: "武汉去年地区生产总值增长
    # 5.7%", "郑州今年目标为6%", decision 353)
    times = "|".join(re.escape(w) for w in sorted(_cues().get("setter_times", ()), key=lambda w: (-len(w), w)))
    return re.compile("|".join(re.escape(w) for w in sorted(_cues().get("setter", ()), key=lambda w: (-len(w), w)))
                      + (r"|(?:" + times + r")(?=[^，,。；;：:\n\d]{0,12}?(?:\d|目标))" if times else ""))


def _nested(a: Region, b: Region) -> bool:
    """Whether one of two regions is inside the other."""
    return a.code in (b.parent_code, b.province_code) or b.code in (a.parent_code, a.province_code)


def _set_region(meta: Metadata, region: Region | None, source: str, quote: str, start=None, end=None,
                note: str | None = None) -> None:
    if region is None:
        return
    g = gazetteer()
    meta.region, meta.region_code, meta.level = region.name, region.code, region.level
    parent = g.get(region.parent_code)
    prov = g.get(region.province_code)
    meta.parent = parent.name if parent else None
    meta.province = prov.name if prov else None
    meta.evidence["region"] = Evidence(region.name, source, quote, start, end, note=note)
    meta.evidence.pop("level", None)  # the level is the region's now, not a guess from a level word
    meta.evidence["region_code"] = Evidence(region.code, "derived", f"GB/T 2260 {region.code}"
                                            + ("" if region.current else " (historical: not in the current code list under this name)"))


def _support(r: Region, ntext: str, context: set[str] = frozenset()) -> tuple[int, int, int]:
    """How well a namesake fits: its ancestors among the names around it, then in the whole text."""
    g = gazetteer()
    near = sum(1 for code in (r.parent_code, r.province_code) if code and code in context)
    score = 0
    for code in {r.parent_code, r.province_code} - {None, NATIONAL_CODE}:
        p = g.get(code)
        if p:
            short = short_name(p.name)
            # (not a short name the region's own holds: 铜仁 for 铜仁市, once under 铜仁地区, names either)
            score += ntext.count(p.name) * 3 + (ntext.count(short) if short not in r.name else 0)
            # (or by its abbreviation: "张市永定区" is 张家界's, not 龙岩's)
            if (ab := abbreviation(p.name)) is not None and ab not in r.name:
                score += ntext.count(ab)
    return near, score, r.current


_AUTONOMOUS = frozenset(("150000", "450000", "540000", "640000", "650000"))


def _role_fit(r: Region, ntext: str) -> int:
    """How often the text names the role of the place above a namesake (首府, 首都, 省会, 自治区: meta_cues upper_role)."""
    n = 0
    for w in _cues()["upper_role"]:
        word, whose = w.split(":", 1)
        if word not in ntext:
            continue
        auto = r.province_code in _AUTONOMOUS
        capital = (r.parent_code or "").endswith("0100") and r.level == "county"
        if whose == r.province_code or whose == "autonomous" and auto or whose == "capital" and capital and not auto \
                or whose == "region_capital" and capital and auto:
            # (a named one is no role: 西藏自治区, 广西壮族自治区, 新疆维吾尔自治区, 内蒙古自治区 in "对口支援西藏自治区")
            n += ntext.count(word) - sum(ntext.count(c + word) for c in "藏族尔古")
    return n


def _resolve(name: str, ntext: str, context: set[str] = frozenset(), ties: list | None = None) -> Region | None:
    """The region a name refers to; among namesakes, the one whose parent is named nearby or most;
    None when the text tells them apart by nothing (鼓楼区 alone: 南京, 徐州, 福州 or 开封), the
    namesakes then added to ``ties``."""
    g = gazetteer()
    if name in vocab.nicknames():
        return g.get(vocab.nicknames()[name][1])
    cands = g.lookup(name)
    cands = [r for r in cands if not _is_zone(r)] or cands  # 兰州 is 兰州市, not 兰州新区
    # (the code lists' 台湾省 holds no people's congress: 中山区 is 大连's, not 台北's)
    cands = [r for r in cands if r.province_code != "710000"] or cands
    if not cands:
        return None
    if not any(r.current for r in cands):
        # "沙县" was 沙县 until 2021 and is 沙县区's short name since: the text's own level word
        # (全区, 全县) tells which
        succ = [r for r in g.by_short.get(name, ()) if r.current and any(r.code[:4] == c.code[:4] for c in cands)]
        if len(succ) == 1:
            lw = Counter(mm.group(1) for mm in _LEVEL_WORD.finditer(ntext))
            if lw["全" + succ[0].name[-1]] > lw["全" + cands[0].name[-1]]:
                return succ[0]
    if name in g.abbrev_holders:
        # "乌市" on a page of 内蒙古 (its province or city named) is 乌兰察布, not the capital 乌鲁木齐
        # the abbreviation defaults to; then the text's own level word ("巴州" with 全州 is 巴音郭楞, with 全区
        # 巴中's 巴州区); a prefecture before a county-level city of the same support
        lw = Counter(mm.group(1) for mm in _LEVEL_WORD.finditer(ntext))
        return max(g.abbrev_holders[name], key=lambda r: (_support(r, ntext, context)[:2], lw["全" + r.name[-1]],
                                                          r.level == "prefecture", r.code[2:] == "0100"))
    if len(cands) == 1:
        return cands[0]
    if len(cands) == 2 and cands[0].code[:4] == cands[1].code[:4] and cands[0].name[-1] != cands[1].name[-1] \
            and cands[0].current != cands[1].current:
        # "繁昌" is 繁昌县 until its 撤县设区 and 繁昌区 after: the code lists date changes after 2019 only
        # roughly (both may hold in the year of change), the text's own level word (全县, 全区) says which
        lw = Counter(mm.group(1) for mm in _LEVEL_WORD.finditer(ntext))
        a, b = (lw["全" + r.name[-1]] for r in cands)
        if a != b:
            return cands[0] if a > b else cands[1]
    # (the role of the place above, 首府 or 首都, only where the names above tie: below them, above being current)
    ranked = sorted((((s := _support(r, ntext, context))[:2] + (_role_fit(r, ntext), s[2]), r) for r in cands),
                    key=lambda x: x[0], reverse=True)
    if ranked[0][0] == ranked[1][0]:
        tied = [r for sup, r in ranked if sup == ranked[0][0]]
        if len({(r.name, r.province_code) for r in tied}) == 1 and all(r.until for r in tied):
            # one division under two codes, neither current (毕节地区's 黔西县 522423 until 2011, 毕节市's
            # 520522 until it became 黔西市): the later; the report's year redates it (_date_region)
            return max(tied, key=lambda r: r.until)
        # else by the divisions beside them the text names in full ("与长宁、静安、嘉定等区…，与嘉定区共建…": 上海's
        # 普陀区, not 舟山's), where one of them has more such neighbours named than any other
        kin = sorted(((_kin_named(r, ntext), r.code, r) for r in tied), key=lambda x: x[0], reverse=True)
        if kin[0][0] > kin[1][0]:
            return kin[0][2]
        if ties is not None:
            ties.append((name, [r for sup, r in ranked if sup == ranked[0][0]]))
        return None
    return ranked[0][1]


def _kin_named(r: Region, ntext: str) -> int:
    """How often the text names, in full, a division beside ``r`` (of the same parent, 嘉定区 beside 上海's 普陀区)
    that no namesake of ``r`` has beside it too. A zone the code lists file under the same parent counts as such a
    division (两江新区 beside 重庆's 江北区, not 宁波's; 苏州工业园区 beside 苏州's 姑苏区): it names the parent as surely,
    though it is no division of its own and no vote where no namesakes tie (decision 333)."""
    g = gazetteer()
    if r.parent_code is None:
        return 0
    own = {x.parent_code for x in g.by_name.get(r.name, ()) if x.code != r.code}
    return sum(ntext.count(k.name) for k in g.children(r.parent_code)
               if k.code != r.code and k.name != r.name and len(k.name) >= 3
               and not any(x.parent_code in own for x in g.by_name.get(k.name, ())))


_DEPTH = {"national": 0, "province": 1, "prefecture": 2, "county": 3}


def _one_of_own_kind(name: str, ntext: str) -> Region | None:
    """The one current holder of a short name several hold that the report's own level word fits (全市 ×2 or more,
    and more than any other level word), if exactly one does."""
    lw = Counter(mm.group(1) for mm in _LEVEL_WORD.finditer(ntext)).most_common(2)
    if not lw or lw[0][1] < 2 or len(lw) > 1 and lw[0][1] == lw[1][1]:
        return None
    fit = [r for r in gazetteer().lookup(name) if r.current and not _is_zone(r) and _fits(lw[0][0], r)]
    return fit[0] if len(fit) == 1 else None


def _specific(seg: str, ntext: str, byline: bool = False, ties: list | None = None) -> tuple[str, Region] | None:
    """The most specific region named in a byline or title segment.

    "绵阳市游仙区" is 游仙区 (inside the parent named first); "(福建省)2021年三明市…" is 三明市; in a
    byline, a short name before another word names the region too ("济源示范区" is 济源市)."""
    seg = re.sub(r"^(?:中国|中共|关于)", "", seg)
    found = find_names(seg)
    names = [nm for _, _, nm in found]
    # two-character counties (蠡县, 南县) where a place name can start: at the start, after a
    # non-Chinese character, a year ("2024年蠡县政府工作报告") or another region's name ("保定市蠡县",
    # "蠡县2018年…"), or right before its government or a year ("邯郸涉县人民政府", "平顶山叶县2024年…");
    # not inside a word ("湖南县域")
    ends = {e: nm for _, e, nm in found}
    years = [(mm.start(), mm.end()) for mm in _YEAR_WORD.finditer(seg)]
    after_year, before_year = {e for _, e in years}, {b for b, _ in years}

    inside = {k for b, e, _ in found for k in range(b + 1, e)}  # (中区 inside 市中区 is no name of its own)

    def starts_name(i: int) -> bool:
        if i in inside:
            return False
        return i == 0 or i in ends or i in after_year or not _HAN.match(seg, i - 1) \
            or seg.startswith(_GOVERNMENT, i + 2) or i + 2 in before_year

    two = _two_char_counties()
    # (a byline's segment ends with its region: "平顶山讯叶县十七届人大…" is 叶县's session)
    names += [seg[i:i + 2] for i in range(len(seg) - 1) if seg[i:i + 2] in two and i not in inside
              and (starts_name(i) or byline and i + 2 == len(seg))]
    # "阳泉市城区", "攀枝花市东区": a two-character district right after its own city; standing alone
    # ("城区2024年政府工作报告", not "2024年城区建设"), one whose city the text names (城区 is in 阳泉,
    # 晋城 and 汕尾)
    g = gazetteer()
    for i in range(len(seg) - 1):
        w = seg[i:i + 2]
        if w in _two_char_districts() and (
                i in ends and any(r.parent_code in {p.code for p in g.lookup(ends[i])} for r in g.lookup(w))
                or starts_name(i) and (not _HAN.match(seg, i + 2) or seg.startswith(_GOVERNMENT, i + 2))
                and (len(g.lookup(w)) == 1 or any(_support(r, ntext)[1] for r in g.lookup(w)))):
            names.append(w)
    # a short name standing alone between marks: "赣州·于都 | 2024年…", "于都：2024年政府工作报告"
    names += [r for r in _HAN_RUN.findall(seg) if (r in g.by_short or r in g.aliases or r in g.by_abbrev) and r not in names]
    # or right before its government, where a run of characters starts: "锡盟政府工作报告", "包头人民政府
    # 工作报告", "2024年博州政府工作报告" (a full name, 包头市, is found above); a short name one region holds
    # (吉安 is 吉安市's and 吉安县's, 朝阳 three regions': the title alone does not tell which)
    for r in _HAN_RUN.findall(seg):
        r = r[1:] if r[0] == "年" else r
        for k in (4, 3, 2):
            if r.startswith(_GOVERNMENT[:2], k) and (r[:k] in g.by_short or r[:k] in g.aliases or r[:k] in g.by_abbrev
                                                     or r[:k] in g.abbrev_holders) and r[:k] not in names:
                # (not a level word a report says of itself: "全州政府工作报告" is a 州's, not 全州县's)
                if (r[:k] in g.abbrev_holders or sum(c.current for c in g.lookup(r[:k])) == 1) \
                        and not _LEVEL_WORD.fullmatch(r[:k]):
                    names.append(r[:k])
                elif not _LEVEL_WORD.fullmatch(r[:k]) and (one := _one_of_own_kind(r[:k], ntext)) is not None:
                    # (namesakes of different kinds, the report's own level word fitting one: "2022年东港政府工作报告"
                    # speaking of 全市 is 丹东's 东港市, not 日照's 东港区; "开平" with 全市 江门's, with 全区 唐山's)
                    names.append(one.name)
                break
    # or right before its 行政公署 (行署), the government of a 地区 or a 盟 alone: "和田行政公署工作报告", "那曲行署2016年
    # 工作报告" are 和田地区's and 那曲地区's, not 和田市's or 那曲县's (nor 那曲市's: a 地区 made a city has no 行署)
    for r in _HAN_RUN.findall(seg):
        r = r[1:] if r[0] == "年" else r
        k = next((k for k in (4, 3, 2) if r.startswith(_PREFECTURE_OFFICE, k)), 0)
        if k and len(held := {c.name for c in g.lookup(r[:k]) if c.name.endswith(("地区", "盟"))}) == 1 \
                and (nm := held.pop()) not in names:
            names.append(nm)
    # or before a zone's word, where the zone is the division's own name ("济源示范区" for 济源市; a
    # zone inside a division is set apart before: _zone_subject)
    names += [mm.group(1) for mm in _unit_after().finditer(seg) if any(not _is_zone(r) for r in g.by_short.get(mm.group(1), ()))]
    if not names and gazetteer().lookup(seg):
        names = [seg]  # a two-character name such as 蠡县, or a short name
    if not names and byline:
        names = [seg[:k] for k in (4, 3, 2) if gazetteer().by_short.get(seg[:k])][:1]
    if not names:
        return None
    g = gazetteer()
    context = {r.code for nm in names for r in (g.lookup(nm) or [])}
    best = None
    for nm in names:
        tied: list = []
        r = _resolve(nm, ntext, context, tied)
        if r is None and tied:
            r = _one_of_own_kind(nm, ntext)  # ("开平2023年政府工作报告" speaking of 全市: 江门's 开平市)
        if r is None:
            if ties is not None:
                ties += tied
            continue
        key = (_DEPTH.get(r.level, 0), r.code in context and any(
            c in context for c in (r.parent_code, r.province_code) if c and c != r.code), len(nm))
        if best is None or key > best[0]:
            best = (key, nm, r)
    return (best[1], best[2]) if best else None


@lru_cache(maxsize=1)
def _two_char_districts() -> frozenset[str]:
    return frozenset(n for n in gazetteer().by_name if len(n) == 2 and n[-1] not in "县旗")


@lru_cache(maxsize=1)
def _two_char_start() -> re.Pattern:
    """Where a two-character county may stand: one of their first characters before 县 or 旗 (a county
    report has hundreds of 县, few after one of these ~110 characters)."""
    return re.compile("[" + "".join(sorted({n[0] for n in _two_char_counties()})) + "](?=[县旗])")


@lru_cache(maxsize=1)
def _two_char_counties() -> frozenset[str]:
    """蠡县, 涉县, and the two-character aliases of banners (莫旗)."""
    g = gazetteer()
    return frozenset(n for n in list(g.by_name) + list(g.aliases) if len(n) == 2 and n[-1] in "县旗")


@lru_cache(maxsize=8)
def _shorts(suffix: str) -> frozenset[str]:
    g = gazetteer()
    return frozenset(k for k, rs in g.by_short.items() if len(k) in (2, 3) and any(r.name.endswith(suffix) for r in rs))


_CLAUSE_START = set("，,。；;：:、 \t\n\u3000（(“\"")


def _short_mentions(ntext: str, suffix: str | None, top_spans: list[tuple[int, int]] | None = None) -> Counter[str]:
    """Mentions of two-character county names (南县) where a place name stands as a subject, at the
    start of a clause (so that 湖南县域 is not 南县); after an anonymous byline ("在县第十八届…") also
    the short names (黎平) of regions ending in its suffix, wherever they stand."""
    two = _two_char_counties()
    out: Counter[str] = Counter()
    for mm in _two_char_start().finditer(ntext):  # the first characters of those names before 县/旗
        i = mm.start()
        if ntext[i:i + 2] in two and (i == 0 or ntext[i - 1] in _CLAUSE_START):
            out[ntext[i:i + 2]] += 1
    if suffix:
        # names of provinces and prefectures are masked first: 黑龙江 holds 龙江 (龙江县); a set scan of
        # the first 3000 characters (a regex of ~2800 names is ten times slower)
        top = ntext[:3000]
        parts, last = [], 0
        for a, b in _upper_short_spans(top) if top_spans is None else top_spans:
            parts += [top[last:a], "　" * (b - a)]
            last = b
        masked = "".join(parts) + top[last:]
        shorts = _shorts(suffix)
        pos = 0
        for m in _short_pairs(suffix).finditer(masked):  # one place in twenty can start a name
            i = m.start()
            if i < pos:
                continue
            w = masked[i:i + 3] if masked[i:i + 3] in shorts else masked[i:i + 2]
            if w in shorts:
                out[w] += 1
                pos = i + len(w)
    return out


@lru_cache(maxsize=8)
def _short_pairs(suffix: str) -> re.Pattern:
    """Where a short name ending in ``suffix`` may start: its first character, then its second (two
    classes, a millisecond to compile, where an alternation of the ~1500 names is ten times slower)."""
    shorts = _shorts(suffix)
    return re.compile("(?=[" + "".join(sorted({w[0] for w in shorts})) + "][" + "".join(sorted({w[1] for w in shorts})) + "])")


@lru_cache(maxsize=1)
def _upper_shorts() -> dict[str, tuple[str, ...]]:
    """Short names of current provinces and prefectures by first character, longest first."""
    by_first: dict[str, set[str]] = {}
    for k, rs in gazetteer().by_short.items():
        if len(k) >= 2 and any(r.level in ("province", "prefecture") and r.current for r in rs):
            by_first.setdefault(k[0], set()).add(k)
    return {c: tuple(sorted(ws, key=len, reverse=True)) for c, ws in by_first.items()}


_SUFFIX_CHARS = frozenset("省市区县州旗盟")


@lru_cache(maxsize=1)
def _phrases_holding_names() -> dict[str, tuple[tuple[str, int], ...]]:
    """Common phrases a province's or prefecture's short name stands inside ("隆重庆祝" holds 重庆, "长治久安"
    长治; meta_cues name_inside), by the name: (phrase, the name's offset in it)."""
    out: dict[str, list[tuple[str, int]]] = {}
    names = {w for ws in _upper_shorts().values() for w in ws}
    for ph in _cues().get("name_inside", ()):
        for w in names:
            k = ph.find(w)
            if k >= 0:
                out.setdefault(w, []).append((ph, k))
    return {w: tuple(v) for w, v in out.items()}


@lru_cache(maxsize=1)
def _upper_first() -> re.Pattern:
    """Where one of those names may start: one of their first characters before one of their second
    characters (two classes, a millisecond to compile)."""
    names = {w for ws in _upper_shorts().values() for w in ws}
    return re.compile("[" + "".join(sorted({w[0] for w in names})) + "](?=[" + "".join(sorted({w[1] for w in names})) + "])")


def _upper_short_spans(s: str) -> list[tuple[int, int]]:
    """Spans of the short names of provinces and prefectures in s, left to right, not followed by a
    suffix (湖北 in 湖北日报, not in 湖北省): at each place the longest name that fits. The regex engine
    skips to the pairs of characters that can start a name, the names of that first character are
    tried there: a regex of the ~370 names takes 6 ms to compile, a good part of a command's start-up."""
    by_first = _upper_shorts()
    inside = _phrases_holding_names()
    out, pos, n = [], 0, len(s)
    for m in _upper_first().finditer(s):
        i = m.start()
        if i < pos:
            continue
        for w in by_first[m.group()]:
            end = i + len(w)
            if s.startswith(w, i) and (end >= n or s[end] not in _SUFFIX_CHARS):
                if w in inside and any(s.startswith(ph, i - k) for ph, k in inside[w] if i >= k):
                    continue  # "隆重庆祝", "长治久安": a phrase, no place (a shorter name there may be one)
                out.append((i, end))
                pos = end
                break
    return out


def _unpartnered(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of s whose names stand as no partner (`_partner`)."""
    return [(a, b) for a, b in spans if not _partner(s, a, b)]


def _upper_short_mentions(*parts: str, spans: list[list[tuple[int, int]] | None] = ()) -> Counter[str]:
    """Short names of provinces and prefectures in the parts (texts joined by a line break: no name
    crosses it) that are not part of the full name (湖北, not 湖北省); a part's spans may be given."""
    out: Counter[str] = Counter()
    for k, s in enumerate(parts):
        given = spans[k] if k < len(spans) else None
        out.update(s[a:b] for a, b in (_upper_short_spans(s) if given is None else given))
    return out


@lru_cache(maxsize=4)
def _abbrev_pattern(kind: str) -> re.Pattern:
    """The abbreviations of prefectures ending in ``kind`` (盟: 锡盟, 阿盟), as one pattern; not before a division's
    word (a 区, 市 or 县 of another name)."""
    names = sorted(a for a, rs in gazetteer().by_abbrev.items() if a.endswith(kind) and any(r.level == "prefecture" for r in rs))
    return re.compile("(?:" + "|".join(names) + r")(?![区市县])" if names else "(?!)")


def _fits(own: str, r: Region) -> bool:
    """Whether a region may call itself by the level word ``own``: 全市 a province only if it is a
    municipality (北京市), 全区 only if an autonomous region (广西壮族自治区); a county by its own
    suffix (全县 a 县 or 自治县, 全市 a county-level 市, 全区 a 区, 全旗 a 旗)."""
    if r.level not in _LEVELS_OF_WORD[own]:
        return False
    if own == "全地区":
        return r.name.endswith("地区")
    return r.level not in ("province", "county") or own == "全省" or r.name.endswith(own[1])


# "中共蠡县县委 蠡县人民政府", "南京市鼓楼区人民政府": a line of issuers above a title
_ORG_WORDS = re.compile(r"^\s*中共|(?<=[省市区县州旗盟])[省市区县州旗盟]?委(?:员会)?|人民政府|政府|\s+")


def _only_names(s: str) -> bool:
    """Whether s is only region names, one after the other ("南京市鼓楼区", "蠡县")."""
    starts = {b: e for b, e, _ in find_names(s)}
    two = _two_char_counties() | _two_char_districts()
    i = 0
    while i < len(s):
        if i in starts:
            i = starts[i]
        elif s[i:i + 2] in two:
            i += 2
        else:
            return False
    return True


# a list of two divisions or more by their full names, joined by 、/和/及 ("岳麓区、望城区、宁乡市", "西安市、咸阳市")
_DIVISION_LIST = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:市|区|县|旗)(?:[、和及与][\u4e00-\u9fff]{1,8}?(?:市|区|县|旗))+")


@once
def _new_areas() -> dict[str, str]:
    return {row[0]: row[1] for row in vocab.table("new_areas.tsv") if len(row) >= 2 and row[0]}


def _new_area_holder(zone: str) -> Region | None:
    """The division holding a state-level new area named with no division's name ("贵州贵安新区" → 贵州省), if listed."""
    code = next((c for z, c in _new_areas().items() if zone.endswith(z)), None)
    return gazetteer().get(code)


def _zone_parts_whole(ntext: str, prov: Region | None) -> Region | None:
    """The lowest division that holds every division of the first list of two or more (by full name, none a zone, of
    one level) in the text's head (a new area's parts: "岳麓区、望城区、宁乡市" → 长沙市, "西安市、咸阳市" → 陕西省),
    inside ``prov`` where it is known; None where no such list stands or its names are not all divisions."""
    g = gazetteer()
    for m in _DIVISION_LIST.finditer(ntext, 0, 3000):
        names = re.split(r"[、和及与]", m.group(0))
        regs = []
        for nm in names:
            hit = [(b, e, n) for b, e, n in find_names(nm) if e == len(nm)]
            r = _resolve(hit[-1][2], ntext) if hit else None
            if r is None or _is_zone(r) or r.name != hit[-1][2] or r.level not in ("county", "prefecture"):
                regs = []
                break
            regs.append(r)
        # (the first name may carry words before it: "新区所辖岳麓区": only a name found whole at its end counts)
        if len(regs) < 2 or len({r.level for r in regs}) > 1 or len({r.code for r in regs}) < len(regs):
            continue
        if len({r.parent_code for r in regs}) == 1:
            whole = g.get(regs[0].parent_code)
        elif len({r.province_code for r in regs}) == 1:
            whole = g.get(regs[0].province_code)
        else:
            return None
        if whole is not None and (prov is None or whole.province_code == prov.code):
            return whole
        return None
    return None


def _zone_division(zone: str) -> Region | None:
    """The division a zone is run as one government with (data/zone_divisions.tsv), or None."""
    code = next((row[1] for row in vocab.table("zone_divisions.tsv") if len(row) >= 2 and row[0] == zone), None)
    return gazetteer().get(code) if code else None


def _is_zone(r: Region) -> bool:
    """A zone the code lists carry that is no administrative division: the statistical codes of
    development zones (the county part 71-79: 410172 郑州高新技术产业开发区) and those named in meta_cues."""
    return r.level == "county" and r.code[4] == "7" or r.name in _cues().get("zones", ())


@lru_cache(maxsize=1)
def _unit_after() -> re.Pattern:
    return re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})(?=" + _alt("not_division") + ")")


# (a science city is a zone too, no county's second name: "青山湖科技城", "未来科技城", "中新天津生态城")
# (meta_cues.tsv dev_zone)
@once
def _dev_zone() -> re.Pattern:
    return re.compile(_words("dev_zone"))


def _zone_starts(short: str, text: str) -> int:
    """How many times SHORT starts a zone's name in TEXT (up to six characters before its unit word)."""
    return len(re.findall(re.escape(short) + r"[\u4e00-\u9fff]{0,6}?(?:" + _alt("not_division") + ")", text))


_TOWN_UNITS = ("镇", "乡", "街道", "苏木")


def _led_segment(ntext: str, at: int) -> str:
    """The words before a 的…领导下 at ``at`` that name who leads, from their 在 on (at most 40 characters)."""
    seg = ntext[max(0, at - 40):at]
    return seg[seg.rfind("在") + 1:]


def _leaders_named(ntext: str) -> Iterator[list[Region]]:
    """For each 的…领导下 in the text's first 3000 characters, the divisions whose committee the words before it name, in
    their order ("在南京市委、市政府的坚强领导下": 南京市); its level word may stand again before 委 ("在浦东新区区委",
    "在鲁山县县委")."""
    for mm in _LED_BY.finditer(ntext, 0, 3000):
        seg = _led_segment(ntext, mm.start())
        yield [r for b, e, nm in find_names(seg) if (seg.startswith("委", e) or seg.startswith(nm[-1] + "委", e))
               and (r := _resolve(nm, ntext)) is not None]


def _first_leader(ntext: str) -> Region | None:
    """The first division whose committee the text says it works under ("在南京市委、市政府的坚强领导下")."""
    for led in _leaders_named(ntext):
        if led:
            return led[0]
    return None


def _led_elsewhere(divs: list[Region], ntext: str) -> bool:
    """Whether a text that names none of DIVS in full works under a division that is none of them nor holds one
    ("江北新区" under 南京市委: no 江北区 of 宁波 or 重庆 under its second name)."""
    if not ntext or any(r.name in ntext for r in divs):
        return False
    lead = _first_leader(ntext)
    return lead is not None and lead.level != "national" \
        and all(lead.code not in (r.code, r.parent_code, r.province_code) for r in divs)


_DIVISION_IN_BRACKETS = re.compile(r"\s*[（(]([\u4e00-\u9fff]{2,8}?[区县市旗])[）)]")


def _seg_year(seg: str) -> int | None:
    """The year a title names ("坪山新区2016年工作报告": 2016)."""
    return int(mm.group(0)[:4]) if (mm := _YEAR_WORD.search(seg)) else None


def _zone_subject(seg: str, doc_type: str | None, ntext: str = "") -> tuple[str, str] | None:
    """(zone, the names before its unit word) when a title or byline is about a zone or a town: its
    subject ends in a unit word of meta_cues' not_division (开发区, 新区, 兵团, 镇, 街道…) and is no
    division's name (浦东新区 is one) nor, in a government work report, the short name of a division that has
    it in the year SEG names before the word ("济源示范区" is 济源市's government; "坪山新区2016年工作报告" is the
    zone 坪山区 was made of in 2017) unless NTEXT works under another division (_led_elsewhere)."""
    year = _seg_year(seg)
    seg = re.sub(r"^(?:关于|中共)", "", _YEAR_WORD.sub(" ", seg))
    # (a zone's committee may carry the city that runs it between, no unit word: "四川天府新区成都管理委员会", not
    # "绵阳科技城新区管委会"; a zone's own
    # site names it by its kind alone: "高新区2020年工作报告", "经开区…")
    mm = re.search(r"(?P<s>(?:[\u4e00-\u9fff]{2,30}?|(?<![\u4e00-\u9fff]))(?P<u>" + _alt("not_division") + r"))"
                   r"(?:(?!" + _alt("not_division") + r")[\u4e00-\u9fff]{2,3}?(?=(?:党工委)?(?:" + _words("zone_committee") + r")))?"
                   r"(?:党工委)?(?:办事处|" + _words("zone_committee") + r"|人民政府|政府|党工委)?"
                   r"(?=[\s\d（(]|$|工作报告|政府工作|国民经济|财政|预算|统计公报|第?" + _NUM + "届)", seg)
    if mm and mm.group("s") == mm.group("u") and not (_dev_zone().search(mm.group("u")) or mm.group("u") == "新区"):
        mm = None  # (a unit word alone is a zone's name only for a development zone's or a new area's kind)
    if not mm and "管" in seg:
        # or a zone named without a unit word, by its administrative committee's short name ("松山湖管委会2023年
        # 工作报告"); not a department's committee in full ("城市管理委员会", "国有资产监督管理委员会")
        mm = re.search(r"(?P<s>[\u4e00-\u9fff]{2,12}?)(?P<u>)管委会(?=[\s\d（(]|$|工作报告)", seg)
        if mm and find_names(mm.group("s")):
            mm = None  # (a division's committee of a trade: "宁城县城市管理委员会")
    if not mm:
        return None
    # (the names before the unit word: all of a zone named by its committee, "东莞松山湖" of "东莞松山湖管委会")
    subject, before = mm.group("s"), mm.group("s")[:len(mm.group("s")) - len(mm.group("u"))]
    g = gazetteer()
    # (a division's report whose title names the zone it runs as one beside it: "苏州高新区（虎丘区）2023年政府工作
    # 报告", "广州市黄埔区人民政府 广州开发区管委会…": the division's, as "虎丘区（苏州高新区）…" is)
    inner = _DIVISION_IN_BRACKETS.match(seg, mm.end("s"))
    if "人民政府" in subject or inner and any(e == len(inner.group(1)) and not all(_is_zone(r) for r in g.lookup(nm))
                                          for _, e, nm in find_names(inner.group(1))):
        return None
    if any(e == len(subject) and not any(_is_zone(r) for r in g.lookup(nm)) for _, e, nm in find_names(subject)):
        return None
    # (unless the code lists know the whole as a zone — 兰州新区 is no 兰州市 government's — or it is a
    # development zone, which no division's government is: 郑州经开区, 成都高新区)
    # (nor a town or a street: 城关镇 is a town, not 城关区's government)
    # (nor a city's or province's new area, run by its own committee: "哈尔滨新区管委会", "南京江北新区"; a county's
    # may be its government under a second name, "南沙新区")
    divs = [r for r in g.by_short.get(before, []) + g.by_name.get(before, []) if not _is_zone(r)
            and (year is None or r.valid_in(year))]
    if doc_type == "government_work_report" and not any(_is_zone(r) for r in g.lookup(subject)) \
            and not _dev_zone().search(mm.group("u")) and mm.group("u") not in _TOWN_UNITS and divs \
            and not (mm.group("u") == "新区" and all(r.level in ("prefecture", "province") for r in divs)) \
            and not _led_elsewhere(divs, ntext):
        return None
    return subject, before


# (the division itself, its word followed by what a report's title says next, not by a unit of it: "第八师一四三团",
# "第一师阿拉尔医院", "第六师芳草湖农场", "第八师师范学校")
_CORPS_DIVISION = re.compile(r"^(?:新疆生产建设兵团|兵团)?(第[一二三四五六七八九十]{1,3}师)(?![\u4e00-\u9fff]{0,8}?[市县区])"
                             r"(?=$|[^\u4e00-\u9fff]|(?:政府)?工作报告|人民政府|国民经济|财政|预算|统计公报|党委|委员会|师市)")


@lru_cache(maxsize=1)
def _corps_cities() -> dict[str, str]:
    return {row[0]: row[1] for row in vocab.table("corps_divisions.tsv") if len(row) >= 2}


def _corps_division(seg: str) -> str | None:
    """The 兵团 division a title or byline names alone ("第八师2022年工作报告", not "第八师石河子市…")."""
    mm = _CORPS_DIVISION.match(re.sub(r"^(?:关于|中共)", "", _YEAR_WORD.sub("", seg)))
    return mm.group(1) if mm else None


def _corps_city(meta: Metadata) -> None:
    """A 兵团 division's report is the city's it runs as one government (师市合一) in a year that city
    has a code in (第八师 → 石河子市; 第七师 → 胡杨河市 from 2020, before it a zone)."""
    city = _corps_cities().get(meta.zone or "")
    if city is None or not meta.report_year or meta.region is not None:  # (nor over a region the user set)
        return
    r = next((x for x in gazetteer().by_name.get(city, ()) if x.valid_in(meta.report_year)), None)
    if r is not None:
        e = meta.evidence.get("region")
        _set_region(meta, r, e.source if e else "derived", e.quote if e else meta.zone, e.start if e else None,
                    e.end if e else None, note=f"{meta.zone} and {r.name} are one government (师市合一)")
        meta.zone = None


def _region(meta: Metadata, text: str, bv: _View, hv: _View, meeting, session, nat, hints, name,
            raw_span, sessions: list = (), nat_lead=None) -> None:
    """Votes for the region: statements (byline, speaker's office, title, hints, file name) weigh most,
    then 中共XX市委, names and short names in the body; the report's own level word breaks close calls."""
    ntext = bv.s
    head = hv.s
    g = gazetteer()
    scores: Counter[str] = Counter()
    first: dict[str, tuple[str, str, int | None, int | None]] = {}

    # a report of a zone or a town (雄安新区, 成都高新区, 新疆生产建设兵团, 鲁山县张官营镇) is no
    # division's: the region stays empty, the division it lies in is its parent
    segs = [(meta.title, "title", meta.evidence["title"].start, meta.evidence["title"].end)] if meta.title else []
    segs += [(session.group("region").replace("\n", ""), "byline", *hv.span(*session.span("region")))] if session else []
    # (or the opening's: "我代表新疆生产建设兵团向大会报告工作")
    dt = meta.evidence.get("doc_type")
    own = re.match(r"代表([\u4e00-\u9fff]{2,14}?)(?=[，,、\s]|向大会|作)", dt.quote) if dt and dt.source == "body" and dt.start is not None else None
    segs += [(own.group(1), "body", dt.start + own.start(1), dt.start + own.end(1))] if own else []
    if session is not None and segs:
        # a byline at a division's people's congress ("在广州市黄埔区第二届人民代表大会…"): the division's report, though
        # its title names the zone its government runs too ("黄埔区人民政府 广州开发区管委会工作报告", "苏州高新区（虎丘区）…");
        # a zone holds no congress (a town does: "在鲁山县张官营镇第十八届人民代表大会…" stays the town's)
        sseg = segs[1][0] if len(segs) > 1 and segs[1][1] == "byline" else None
        if sseg and _zone_subject(sseg, meta.doc_type, ntext) is None \
                and (sp := _specific(sseg, ntext, byline=True)) is not None and not _is_zone(sp[1]):
            segs = []
    segs_by_src = {src: seg for seg, src, _, _ in segs}
    found = None  # (zone, src, start, end, around, before): the first seg naming a zone, the division around it, the names before its word
    for seg, src, st, en in segs:
        if "师" in seg and (div := _corps_division(seg)):
            # a 兵团 division named alone ("第八师2022年工作报告"): a zone in 新疆 until the year is known
            # (_corps_city: the city it runs as one government, 石河子市, where that city has a code then)
            found = (div, src, st, en, ("", g.get("650000")), "")
            break
        zone = _zone_subject(seg, meta.doc_type, ntext)
        if zone:
            before = zone[1]
            if zone[0].endswith(_TOWN_UNITS):  # a town's own name is no division's short name (城厢镇, not 城厢区)
                before = before[:max((e for _, e, _ in find_names(before)), default=0)]
            around = _specific(before, ntext, byline=True) if before else None
            # (not a division the year the title names precedes: 坪山区, made of 坪山新区 in 2017)
            sy = _seg_year(seg)
            around = None if around and (_is_zone(around[1]) or sy and not around[1].valid_in(sy)) else around
            if around and around[1].level == "county" and len(around[0]) < len(before) and before.startswith(around[0]) \
                    and around[1].name not in ntext and not _support(around[1], ntext)[1] \
                    and ntext.count(around[0]) in (ntext.count(before[:len(around[0]) + 1]), _zone_starts(around[0], ntext)):
                # a county's short name that only starts the zone's name ("松山湖" is no 松山区's, in 赤峰), in
                # one spelling or in several ("东湖新技术开发区", "东湖高新区": no 东湖区's, in 南昌), and that
                # the text names neither in full, nor alone ("慈溪滨海经济开发区 … 慈溪"), nor by its city or province
                around = None
            if around is None and before:
                # a short name its namesakes share ("西安高新区": 西安市, and 西安区 in 辽源 and 牡丹江) that the
                # text names in full for one of them alone ("在西安市委、市政府的坚强领导下")
                named = [r for r in g.lookup(before) if not _is_zone(r) and r.name in ntext]
                around = ("", named[0]) if len(named) == 1 else None
            if around is None:  # a zone the code lists know hangs on its division (两江新区 on 重庆市)
                known = next((g.get(r.parent_code) for r in g.lookup(zone[0]) if _is_zone(r) and g.get(r.parent_code)), None)
                around = ("", known) if known is not None else None
            if found is None:
                found = (zone[0], src, st, en, around, before)
            elif around and found[4] is None and (zone[0].endswith(found[0]) or found[0].endswith(zone[0])):
                # the title names the town alone, the byline with its county ("张官营镇人民政府工作报告\n——…
                # 在鲁山县张官营镇第十八届人民代表大会…")
                found = (*found[:4], around, before)
            if found[4]:
                break
    if found:
        zone_name, src, st, en, around, before = found
        if (own := _zone_division(zone_name)) is not None:
            # a zone whose government is a division's (data/zone_divisions.tsv: 青岛西海岸新区 of 黄岛区): its report, named
            # by the zone alone ("青岛西海岸新区政府工作报告解读…"), is that division's, as its figures are (adv63e)
            _set_region(meta, own, src, zone_name, st, en, note=f"{zone_name}: the zone {own.name}'s government runs as one")
            return
        town = zone_name.endswith(_TOWN_UNITS)
        # (a county read from the short name the zone's name starts with, that the text names neither in full nor by its
        # city or province, yields to another province's city leading the zone: 东湖高新区 led by 武汉市委 is no 东湖区's)
        weak = around is not None and around[1].level == "county" and not town and around[1].name not in ntext \
            and not _support(around[1], ntext)[1]
        # (the divisions of its short name the year its title names had: 坪山新区 of 2016 had none)
        zy = _seg_year(segs_by_src.get(src, ""))
        namesakes = [r for r in g.lookup(before) if not _is_zone(r) and (zy is None or r.valid_in(zy))]
        if (around is None or weak or around[1].level == "province" and not town) and zone_name not in _corps_cities() \
                and not zone_name.endswith("兵团") and (town or weak or not namesakes or _led_elsewhere(namesakes, ntext)):
            # (the 兵团 spans its province; a zone named by namesakes the text does not tell apart, 西安高新区
            # with 西安市委 and 西安区委, stays without one)
            # a town or zone named alone, or a zone by its province only ("湖南湘江新区"): the county (of a
            # town), the city or county (of a zone) whose committee leads it in the text ("在枝江市委、市政府和
            # 镇党委的坚强领导下", "在长沙市委、市政府的坚强领导下")
            for led in _leaders_named(ntext):
                # (not where two of one level lead it together, "在西安市委、咸阳市委的坚强领导下": which runs it is
                # not said)
                if led and len({r.code for r in led if r.level == led[-1].level}) > 1:
                    continue
                # (a town of a city that has no counties is that city's: "在东莞市委、市政府和镇党委的领导下")
                if led and (led[-1].level == "county" or town and led[-1].level == "prefecture" and not g.children(led[-1].code)
                            or not town and led[-1].level != "national"
                                and (around is None or led[-1].level != "province")) and not _is_zone(led[-1]) \
                        and (around is None or (led[-1].province_code != around[1].province_code if weak
                                                else led[-1].province_code == around[1].code)):
                    around = ("", led[-1])
                    break
        if (around is None or around[1].level == "province" and not town) and zone_name.endswith("新区") \
                and (whole := _zone_parts_whole(ntext, around[1] if around else None)) is not None:
            # a new area over parts of several divisions that the text lists ("湘江新区" and "岳麓区、望城区、宁乡市",
            # "西咸新区" and "西安市、咸阳市"), led by no one committee named: the division that holds them all
            around = ("", whole)
        if around is None and not town and (held := _new_area_holder(zone_name)) is not None \
                and _first_leader(ntext) is None:
            # a state-level new area whose name holds no division's ("贵安新区", "赣江新区"), the text naming neither its
            # leaders nor its parts: the division holding all of it (data/new_areas.tsv; decision 392); where it names
            # committees leading it that do not tell which runs it ("在…西安市委、咸阳市委的坚强领导下") it has none, as before
            around = ("", held)
        if around:
            meta.parent = around[1].name
            prov = g.get(around[1].province_code)
            meta.province = prov.name if prov else None
        meta.zone = zone_name
        meta.evidence["region"] = Evidence(None, src, zone_name, st, en, note=f"{zone_name} is not an administrative division "
                                           "(GB/T 2260): region left empty" + (f", {around[1].name} is the division it lies in"
                                                                               if around else ""))
        return
    both = _siblings(head, ntext, [x for x in sessions if x.re is _SESSION])
    if both:
        # a lead on two divisions' sessions at once ("平利县第十八届…和岚皋县第十八届…分别开幕"): whose
        # figures follow is not known; the parent and province they share are
        (a, b), quote = both
        parent, prov = g.get(a.parent_code), g.get(a.province_code)
        meta.parent = parent.name if parent and a.parent_code == b.parent_code else None
        meta.province = prov.name if prov and a.province_code == b.province_code else None
        meta.level = a.level if a.level == b.level else None
        meta.evidence["region"] = Evidence(None, "byline", quote, note=f"the lead names the sessions of {a.name} and "
                                           f"{b.name} at once: region left empty")
        return

    def vote(r: Region | None, weight: float, source: str, quote: str, start=None, end=None):
        if r is None or _is_zone(r):  # a development zone's statistical code names no division
            return
        if source == "body" and r.level == "province" and r.name in _cues().get("no_report_region", ()):
            return  # (a Hong Kong paper's name, "【香港商報網訊】", or 香港 in its text: that place delivers no such report)
        scores[r.code] += weight
        if r.code not in first or first[r.code][0] == "body" and source != "body":
            first[r.code] = (source, quote, start, end)

    ties: list = []  # namesakes a statement names that the text does not tell apart

    def vote_seg(seg: str, weight: float, source: str, quote: str, start=None, end=None, byline=False):
        hit = _specific(seg, ntext, byline, ties)
        if hit:
            vote(hit[1], weight, source, quote, start, end)

    # the State Council's report: its own opening (我代表国务院) or the national congress in the byline
    nat_hit = _patterns()["national"].search(ntext[:3000])
    decisive = set()  # regions voted for by a statement rather than by counting mentions
    if nat_hit:
        vote(g.get(NATIONAL_CODE), 30, "body", nat_hit.group(0), *raw_span(bv, *nat_hit.span()))
        decisive.add(NATIONAL_CODE)
    # without its opening or byline, the State Council's report still speaks of 我国 and 国内生产总值
    # where a local one says 我省/全市 and 地区生产总值
    we, gdp = _cues()["national_body"][:2]
    n_we, n_self = ntext.count(we), len(_SELF.findall(ntext))
    if n_we >= 3 and n_we > 2 * n_self and gdp in ntext:
        vote(g.get(NATIONAL_CODE), 8 + min(n_we, 10), "body", f"{we} ×{n_we}, {gdp}")
    elif n_we >= 2 and n_self == 0:  # an excerpt of it: 我国 and never 我省/全市
        vote(g.get(NATIONAL_CODE), 4 + min(n_we, 10), "body", f"{we} ×{n_we}, no 我省/全市")
    elif n_self == 0 and (k := ntext.find(gdp)) >= 0 and "地区生产总值" not in ntext and ntext.startswith(_GDP_TARGET, k + len(gdp)):
        # an excerpt of its plan part: the target of 国内生产总值 ("国内生产总值增长5%左右"), never 地区生产总值 nor 我省/全市
        vote(g.get(NATIONAL_CODE), 4, "body", f"{gdp} target, no 地区生产总值, no 我省/全市")
    elif n_self == 0 and (gdp in ntext or "全国一般公共预算" in ntext) and "地区生产总值" not in ntext \
            and (n_all := ntext.count("全国")) >= 2:
        # a page on the country's figures that names none of its own (a 国新办 briefing on the year's economy:
        # "全年国内生产总值…，全国居民人均可支配收入…，全国城镇调查失业率平均值为5.1%"; the 财政部's on the year's
        # budget: "全国一般公共预算收入219702亿元…全国一般公共预算支出…"): 全国, never 我省/全市
        vote(g.get(NATIONAL_CODE), 4, "body", f"{gdp}/全国一般公共预算, 全国 ×{n_all}, no 地区生产总值, no 我省/全市")
    if nat and not meeting:
        vote(g.get(NATIONAL_CODE), 20, "byline", nat.group(0), *hv.span(*nat.span()))
    elif nat_lead is not None and (gdp in ntext or "记者会" in nat_lead.string[nat_lead.end():nat_lead.end() + 24]):
        # a news lead on the national congress's opening, then 国内生产总值 ("本报北京3月5日电 十四届全国人大二次会议
        # 5日开幕。报告提出，今年国内生产总值增长5%左右"): the State Council's report, not the dateline's city
        # (or the congress's own press conference, the ministers' answers: "十四届全国人大三次会议举行经济主题记者会")
        vote(g.get(NATIONAL_CODE), 12, "byline", nat_lead.group(0), *hv.span(*nat_lead.span()))
    anonymous = None  # "在县第十八届人民代表大会…": the level, but no name
    provincial = False  # an anonymous province's or autonomous region's session ("自治区十三届人大二次会议")
    mentioned = False  # another session follows the anonymous one in the lead
    if session:
        seg = session.group("region").replace("\n", "")
        # a news headline's verb before the session: "召开县十八届人大二次会议" names no 开县, "平利县召开
        # 县十八届…" names 平利县 before it ("县领导出席县十八届…" none)
        verb = _convene().search(seg)
        if verb:
            # (or by its short name, or without the anonymous level: "镇安召开十八届人大三次会议", "镇安县召开第十八届…")
            pre = seg[:verb.start()]
            seg = pre if verb.end() >= len(seg) - 1 and (find_names(pre) or pre in g.by_short or pre in g.by_name) else seg[verb.end():]
        # a dateline's end, its space erased: "新华社郑州1月8日电 市十六届人大…" is an anonymous 市
        seg = _DATELINE_END.sub("", seg)
        if seg in ("省", "自治区", "市", "州", "盟", "县", "区", "旗"):
            # an anonymous congress meets in its seat: a province's in its capital ("自治区十四届人大二次
            # 会议在南宁开幕"), a city's in itself ("市十五届人大三次会议在洛阳开幕"), a prefecture's in a
            # city of its own ("州十五届人大三次会议在凯里开幕"), a county's in itself ("县十八届人大三次会议在镇安开幕")
            held = _held_in().match(head, session.end())
            hit = _specific(held.group(1), ntext, byline=True) if held else None
            if hit:
                r = hit[1]
                seat = g.get(r.province_code) if seg in ("省", "自治区") else r if seg == "市" and r.name.endswith("市") \
                    else g.get(r.parent_code) if seg in ("州", "盟") and r.level == "county" \
                    else r if seg in "县区旗" and r.level == "county" and r.name.endswith(seg) else None
                if seat is None and seg in "县区旗":
                    # a short name its namesakes share ("区…在朝阳开幕": 北京's or 长春's 朝阳区, not 朝阳县): the
                    # one of the session's level, else they are tied for the region that wins to tell apart
                    kin = [c for c in g.by_short.get(held.group(1), ()) if c.current and c.level == "county" and c.name.endswith(seg)]
                    seat = kin[0] if len(kin) == 1 else None
                    if len(kin) > 1:
                        ties.append((held.group(1), kin))
                # (a county's seat names it as its session would: above a city's paper that fits 全县 to its
                # namesake, "九江日报讯…县十八届人大五次会议在修水开幕")
                vote(seat, 16 if seg in "县区旗" else 10, "byline", held.group(0).strip(), *hv.span(*held.span(1)))
        if len(seg) == 1 and seg in "省市区县州旗盟" or seg == "自治区":
            anonymous = seg[-1]
            # (not where another congress's session follows in the lead: "在自治区十四届人大二次会议召开前夕，市十五届
            # 人大四次会议8日开幕", "在州十五届人大五次会议召开之际，市十七届…": the higher one is a mention)
            mentioned = any(x.re is _SESSION and 0 <= x.start() - session.end() < 60 for x in sessions)
            provincial = seg in ("省", "自治区") and not mentioned
        else:
            vote_seg(seg, 20 if session is meeting else 16, "byline", session.group(0).strip(),
                     *hv.span(session.start("region"), session.end("region")), byline=True)
    sev = meta.evidence.get("speaker")
    if sev is not None and sev.start is not None:
        # the office before the name, on its line or the line above ("国务院总理\n李克强")
        before = re.sub(r"[ \t\u3000]", "", text[max(0, sev.start - 40):sev.start]).rstrip("\n")
        lead = before.split("\n")[-1] or (before.split("\n")[-2] if "\n" in before else "")
        if "。" in lead:
            # (the office opens its own sentence: "…会议在七星关区开幕。市长李强作政府工作报告" names no 七星关区)
            lead = lead[lead.rindex("。") + 1:]
        # (or its own clause after the session's venue: "…会议在景洪市召开，州长罗红江作政府工作报告" names no 景洪市,
        # the seat of the 州 whose session it is; a title before a comma, "县委副书记，县长", keeps its county)
        *_, held = (None, *_held_clause().finditer(lead))
        if held:
            lead = lead[held.end():]
        if "》" in lead:
            # (or follows a paper's name on its line, the place it is printed in before it: "臺灣《聯合報》大陸新聞
            # 北京市長殷勇…", "香港《文匯報》內地新聞 …" name no 台湾 nor 香港)
            lead = lead[lead.rindex("》") + 1:]
        if any(w in lead for w in _cues()["national_speaker"]):
            vote(g.get(NATIONAL_CODE), 15, "byline", lead)
        else:
            org = re.sub(_SPEAKER_TITLE + ".*", "", lead)
            # (the office's level character is the region's too: "浙江省杭州市長" is 杭州市's mayor, not a 杭州 of
            # 浙江省's; "浙江省杭州市市长" says it twice)
            office = re.match(r"(?:代理?|副)?([省市区县州旗盟])长", lead[len(org):])
            if office and len(org) >= 2 and not org.endswith(office.group(1)):
                org += office.group(1)
            if len(org) >= 2:
                vote_seg(org, 10, "byline", lead)
    if meta.title:
        st = meta.evidence["title"].start
        vote_seg(meta.title, 12, "title", meta.evidence["title"].quote, st, meta.evidence["title"].end)
        # the line right above the title, when it is only a name ("蠡县\n2024年政府工作报告",
        # "南京市鼓楼区人民政府\n2024年政府工作报告")
        # or right below it ("2023年1月 政府工作报告\n叶县人民政府"); a date beside the names is left out
        above = text[:st].rstrip(_BLANK) if st is not None else ""
        below = text[meta.evidence["title"].end:].lstrip(_BLANK) if st is not None else ""
        for line, lo in ((above[above.rfind("\n") + 1:], above.rfind("\n") + 1), (below.split("\n", 1)[0], len(text) - len(below))):
            line = re.sub("[\u200b-\u200d\u2060\ufeff]", "", line)
            parts = [x for x in _ORG_WORDS.sub(" ", _HAN_SPACE.sub("", line)).split() if _HAN.search(x)]
            if parts and all(_only_names(x) for x in parts):
                vote_seg(parts[-1], 12, "title", line, lo, lo + len(line))
                break
    keys = ("region", "city", "county", "district", "province", "地区", "城市", "区县", "县区", "省份", "地市")
    # a dump's other columns tell namesakes apart (county=城关区 with city=兰州市)
    given = " ".join(str(hints[k]) for k in keys if isinstance(hints.get(k), str)) + "\n" + ntext
    for key in keys:
        v = hints.get(key)
        if isinstance(v, str) and v.strip():
            hit = _specific(v.strip(), given)
            r = hit[1] if hit else _resolve(v.strip(), given)
            vote(r, 8 if key not in ("province", "省份") else 2, "hint", f"{key}={v}")
    def vote_given(seg: str, source: str, quote: str):
        # a name given from outside the text (a file name, a container's title) that is a short name regions hold
        # together with their own seat ("喀什.txt": 喀什地区 and its 喀什市; 阿克苏, 塔城, 恩施) counts for the one the
        # text's title or byline states ("喀什地区行政公署工作报告"), not for the seat the stated one's name then
        # seems to support as its parent
        tied: list = []
        hit = _specific(seg, ntext, False, tied)
        if not hit and tied:
            # (a short name held by the prefecture, its seat and a county too, "和田.txt": 和田地区, 和田市, 和田县;
            # 临夏: the one the title or byline states, not a tie of the two it leaves)
            stated = [c for c in g.by_short.get(tied[0][0], ()) if c.current and first.get(c.code, ("body",))[0] in ("title", "byline")]
            if len(tied) == 1 and len(stated) == 1:
                vote(stated[0], 6, source, quote)
                return
        ties.extend(tied)
        if hit:
            nm, r = hit
            stated = [c for c in g.by_short.get(nm, ()) if c.code != r.code and c.current
                      and first.get(c.code, ("body",))[0] in ("title", "byline")]
            vote(stated[0] if nm != r.name and len(stated) == 1 else r, 6, source, quote)

    vote_given(name, "filename", name)
    # a container's title that the text does not hold (a DOCX's own title property) counts as a file name
    ht = hints.get("title")
    if isinstance(ht, str) and ht != meta.title and ht not in ntext[:HEAD]:
        vote_given(ht, "hint", f"title={ht}")
    # the site a page was published on (固始县人民政府): a weak vote, as a mention (a city's portal
    # also carries its counties' reports, whose own words then decide)
    # (and its breadcrumbs: a city's portal carries a county's page under "县区动态 > 平利县")
    for key in _SITE_KEYS:
        site = hints.get(key)
        if isinstance(site, str) and (hit := _specific(site, given)):
            vote(hit[1], 3, "body", f"{'site' if key == 'sitename' else key} {site}")
    if not any(src in ("title", "byline") for src, *_ in first.values()):
        # a page's running head naming the government's paper or its report, over the pages of a PDF's text layer
        # ("宜昌市人民政府公报　2026年第2期", "2026年宜昌市政府工作报告"), that normalize drops as page furniture, where
        # neither the title nor the byline names the region ("在市第八届人民代表大会…", "市人民政府市长"): the government
        # that prints it, as a file name's weight (a mention's source: the level word still decides against it, a
        # county's report in its city's gazette)
        for mm in _page_head_re().finditer(text):
            hit = _specific(mm.group("org"), ntext)
            if hit:
                vote(hit[1], 6, "body", mm.group(0).strip(), *mm.span("org"))
                break
    # the news outlet that published the page, named at its top or its foot ("来源：南县融媒体中心",
    # "滑县融媒体中心讯", "洛阳日报讯", "来源：开县人民政府网"): a region's own media report on it
    # most, a mention's weight (a
    # city's paper also reports on its counties, whose own session then decides; the names of national
    # papers that are also a division's, 光明日报 or 新民晚报, are meta_cues' not_outlet_place)
    # (the level word the report uses for itself, counted once here for the outlets, the dateline and the
    # close calls below)
    lw = Counter(mm.group(1) for mm in _LEVEL_WORD.finditer(ntext))
    if "该" in ntext:  # (a news page's 该县/该区/该旗 is the county speaking of itself as its 全县 is: "合肥晚报记者获悉，…该县…")
        lw.update("全" + mm.group(1) for mm in _GAI_WORD.finditer(ntext))
    top = lw.most_common(1)[0][0] if lw else None
    outlets = set()  # (an outlet named at the top and again at the foot, "株洲日报讯…" and "2022-01-07 株洲日报", is one
    # source: a city's paper on its county's session votes once; a short text's top and foot overlap)
    for part, off in ((head[:300], None), (ntext[-300:], len(ntext) - len(ntext[-300:]))):
        for mm in _PUBLISHER.finditer(part):  # (the outlet's word, then the name before it)
            start = mm.start()
            while start > max(0, mm.start() - 12) and _HAN.match(part, start - 1):
                start -= 1
            if part.startswith("原创", start) and mm.group(0) == "发布":
                start += 2  # (a WeChat page's mark before its account, its space erased: "原创平利发布")
            # (as a source or a dateline, not "建成平利县融媒体中心" in a report's text)
            # (a line's start alone is no source's mark: "建成县融媒体中心。" opens a sentence of the report)
            src = _SOURCE_BEFORE.search(part, max(0, start - 4), start) if not _SOURCE_AFTER.match(part, mm.end()) else True
            if mm.start() - start < 2 or not src or src is not True and not src.group(0).strip():
                continue
            if part[start:mm.end()] in outlets:
                continue
            outlets.add(part[start:mm.end()])
            hit = _specific(part[start:mm.start()], ntext, byline=True)
            if hit and hit[0] not in _cues().get("short_not_place", ()) + _cues().get("not_outlet_place", ()):
                r = hit[1]
                if hit[0] == part[start:mm.start()]:
                    r = _namesake_fit(g, hit[0], r, top, mm.group(0).endswith("报"), ntext)
                if _province_paper_on_division(g, hit[0], head, ntext):
                    continue
                vote(r, 6, "body", part[start:mm.end()],
                     *(hv.span(start, mm.end()) if off is None else raw_span(bv, off + start, off + mm.end())))
    # the place a news dateline was filed from ("本报平利1月10日电", "中新网安康1月10日电"): a mention (a
    # news agency files a province's news from its capital)
    dl = _DATELINE.search(head, 0, 300)  # (its date, then the name before it)
    k = dl.start() if dl else 0
    while dl and k > max(0, dl.start() - 10) and _HAN.match(head, k - 1):
        k -= 1
    dl_start = dl.start() if dl else 0
    if dl is None and "本报" in head[:300] and (dl := _PAPER_PLACE.search(head, 0, 300)):
        k, dl_start = dl.span(1)  # a local paper's dateline without the date: "本报岚皋讯（通讯员…）"
    if dl and dl_start - k >= 2:
        run = head[k:dl_start]
        place = next((run[-k:] for k in (4, 3, 2) if len(run) >= k and (run[-k:] in g.by_short or run[-k:] in g.by_name)), None)
        hit = _specific(place, ntext, byline=True) if place and place not in _cues().get("short_not_place", ()) else None
        r = _namesake_fit(g, place, hit[1], top, False) if hit and hit[0] == place else hit[1] if hit \
            else _namesake_fit(g, place, None, top, False) if place in g.by_short else None  # (本报梨树讯 … 全区: 梨树区)
        # (a province's news filed from its capital, "本报长沙1月15日电 省十四届人大…全省…", is its province's,
        # not the city's or the namesake county's)
        # (so is an autonomous region's, its session anonymous: "宁夏日报银川1月20日讯 自治区十三届人大二次会议…")
        # (and one whose top names its province's head: "新华社成都1月23日电 四川省省长…在省十四届人大…上作政府工作报告")
        if r is not None and r.level != "province" and (provincial or lw and lw.most_common(1)[0][0] == "全省"
                                                         or _head_above(r, ntext) and r.province_code != r.code):
            r = g.by_code.get(r.province_code or "")
        elif anonymous in ("州", "盟") and dl_start - k >= 2 and not mentioned:
            # a prefecture's news filed from its seat ("巴音郭楞日报库尔勒1月7日讯 州十五届人大五次会议…", "伊犁日报伊宁…"):
            # the city's prefecture (one its namesakes share: 伊宁市 and 伊宁县 are both 伊犁's)
            ups = {c.parent_code for c in ([r] if r is not None else g.by_short.get(place or "", ()))
                   if c.current and c.level == "county"}
            if len(ups) == 1 and (up := g.get(ups.pop())) is not None and up.name.endswith(("州", "盟")):
                r = up
        if r is not None and r.level != "province" and any(w in head[max(0, k - 8):dl_start] for w in _cues()["agency"]):
            # a news agency files a county's news from the capital ("新华社贵阳1月5日电 赤水市政府工作报告显示"):
            # a place its lead names that is neither the capital nor above it is the news's
            lead = head[dl.end():(head.find("。", dl.end()) + 1 or len(head))][:120]
            above = {r.code, r.parent_code, r.province_code}
            if any((o := _resolve(nm, ntext)) is not None and o.code not in above and o.parent_code != r.code
                   and o.level != "province" for _, _, nm in find_names(lead)):
                r = None
        if r is not None and n_self == 0 and gdp in ntext and "地区生产总值" not in ntext:
            r = None  # the country's news filed from the capital ("新华社北京3月6日电 今年国内生产总值增长预期目标…"):
            # 国内生产总值, never 地区生产总值 nor 全市/我市, is no city's
        if r is not None:
            vote(r, 4, "body", head[k:dl.end()], *hv.span(k, dl_start))
    # the region a news lead opens with, right after its mark ("新华社成都1月12日电 四川绵阳今年…", "长沙晚报讯（记者…）
    # 攸县今年…", "湖南日报讯 醴陵今年…"): the news's, above the place it was filed from or the paper's
    # (one the report's own level word fits: "长沙、株洲、湘潭三市今年…" over a report that speaks of 全省 is no city's)
    # (nor a place within the region whose head the text names: "株洲日报讯 醴陵今年将承办全市运动会。株洲市市长…作政府工作报告")
    if ("讯" in head[:80] or "电" in head[:80]) and (subj := _lead_subject(head, ntext)) is not None \
            and (top is None or _fits(top, subj[0])) and not _head_above(subj[0], ntext):
        r, b, e = subj
        vote(r, 16, "byline", head[b:e], *hv.span(b, e))
    # the body: 中共XX市委, nicknames, and plain mentions
    # ("中共蠡县县委", "中共兰考县委": the office's 县 may follow the name's)
    for mm in re.finditer(r"中共([\u4e00-\u9fff]{1,10}?[省市区县州旗盟])[省市区县州旗盟]?委", ntext):
        vote(_resolve(mm.group(1), ntext), 4, "body", mm.group(0), *raw_span(bv, *mm.span()))
    # "在梅州市委、市政府和兴宁市委的坚强领导下": the committees named before the last are its superiors,
    # the last its own
    superiors = set()
    for mm in _LED_BY.finditer(ntext, 0, 8000):
        seg = _led_segment(ntext, mm.start())
        last = seg.rfind("和")
        named = [(b, r) for b, e, nm in find_names(seg) if seg.startswith("委", e) and not seg.endswith("中共", 0, b)
                 and (r := _resolve(nm, ntext)) is not None]
        if not named:
            continue
        own_r = named[-1][1]
        # the last may be a superior too: of the government named right after ("…和襄阳市委、市政府的坚强
        # 领导下，枣阳市政府团结带领全市人民": 枣阳市's; "在株洲市委、市政府的坚强领导下，醴陵市…"), past the
        # other bodies' support ("…领导下，在市人大、市政协的监督支持下，枣阳市政府…"), or of a lower level
        # word ("…和南充市委、市政府的坚强领导下，全县上下": a county's)
        after = _OTHER_SUPPORT.sub("", ntext[mm.end():mm.end() + 80].lstrip("，,、 "), 1)[:16]
        # (the last of the names that open it: "宜昌市夷陵区政府…" is 夷陵区)
        k, subj_name = 0, None
        for b, e, nm in find_names(after):
            if b != k:
                break
            k, subj_name = e, nm
        subj = _resolve(subj_name, ntext) if subj_name else None
        if subj is not None and not _is_zone(subj) and own_r.code in (subj.parent_code, subj.province_code):
            superiors.update(r.code for _, r in named)
            vote(subj, 4, "body", seg + ntext[mm.start():mm.end()] + after)
        elif after[:1] == "全" and after[:2] in _LEVELS_OF_WORD and not _fits(after[:2], own_r):
            superiors.update(r.code for _, r in named)
        elif seg.count("委") >= 2 and last >= 0 and "委" in seg[last:]:
            # "在梅州市委、市政府和兴宁市委的坚强领导下": the committees before the last are its superiors
            superiors.update(r.code for b, r in named if b < last)
            if named[-1][0] > last:
                vote(own_r, 4, "body", seg)
    counts = Counter(nm for b, e, nm in find_names(ntext) if not _partner(ntext, b, e))
    for nm, c in counts.most_common(8):
        vote(_resolve(nm, ntext), min(c, 5) * 0.8, "body", f"{nm} ×{c}")
    # two-character names (南县) and, after an anonymous byline or when nothing states the region (an
    # excerpt without its head), county short names (黎平, 泗阳): only when the region's parent or
    # province is named too, so that a common word is not taken for a place
    stated = any(src != "body" for src, *_ in first.values())
    # the level word the report uses for itself (全市/全县/全区/全省) breaks close calls
    # ("居全省第二", "高于全省平均" compare with the parent; 安全县, 健全县域 are other words): lw, counted above
    # one occurrence in a short excerpt is no evidence of the report's own level
    ranked = lw.most_common(2)
    own = ranked[0][0] if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    if own is None:  # else the government the speaker speaks for: "我代表县人民政府"
        mo = _OWN_GOVERNMENT.search(ntext, 0, 3000)
        own = "全" + mo.group(1) if mo else None
    # an excerpt that states nothing: the short names of its level's regions (黎平 for 黎平县, 诸暨 for
    # 诸暨市 when it speaks of 全市)
    short_suffix = anonymous or (None if stated else {"全市": "市", "全旗": "旗"}.get(own or "", "县"))
    # the short names of provinces and prefectures in the top of the text, found once for two uses
    top_spans = _upper_short_spans(ntext[:3000]) if short_suffix or not stated else None
    not_place = _cues().get("short_not_place", ())
    for nm, n in _short_mentions(ntext, short_suffix, top_spans).most_common(5):
        if n < (1 if anonymous else 2):  # (after "在县第十七届…", one clause naming the county is enough)
            break
        if nm in not_place:
            continue
        if nm in g.by_name:
            r = _resolve(nm, ntext)
        else:  # a short name: a county's only (岳阳 is the city's before 岳阳县's)
            cands = g.by_short.get(nm, [])
            if any(x.level in ("province", "prefecture") for x in cands):
                continue
            cands = [x for x in cands if x.name.endswith(short_suffix or "")]
            r = max(cands, key=lambda x: _support(x, ntext)) if cands else None
        if r is not None and _support(r, ntext)[1] > 0:
            vote(r, min(n, 5) * (1.6 if anonymous else 0.8), "body", f"{nm} ×{n}")
    # short names of provinces and prefectures (上海, 长治频道, 湖北日报) near the top: a weak vote for
    # reports that never state their region; a prefecture only if its province is named too, or if its
    # name, of three characters or more, comes twice
    # (the head is most often the top of the text too: a name counts as often as in the one that has it more)
    # (not a city named as a partner: "与长沙、株洲、湘潭协同发展" in another city's report names its sisters)
    for nm, c in ((_upper_short_mentions(head, spans=[_unpartnered(head, _upper_short_spans(head))])
                   | _upper_short_mentions(ntext[:3000], spans=[_unpartnered(ntext, top_spans)]))
                  if not stated else {}).items():
        if anonymous and not mentioned and (one := _one_of_own_kind(nm, ntext)) is not None:
            # a short name regions of several kinds hold, after an anonymous session, the report's own level word
            # fitting one ("朝阳：…市十七届人大…全市" is 辽宁's 朝阳市, with 县… and 全县 朝阳县), as a title's is read
            vote(one, min(c, 5) * 0.6, "body", f"{nm} ×{c}")
            continue
        for r in g.lookup(nm):
            # a name of three characters or more is no common word (马鞍山, 石家庄; 长治, 白山 may be)
            # (after an anonymous "市十六届人大…", a city paper's name once: "三门峡日报")
            # (a prefecture the text names in full, its name's rest no suffix, "和田地区", "临夏回族自治州": its short
            # name, counted inside the full one too, is the prefecture's, not its seat's that the full name supports
            # as its parent, 和田市, 临夏市; decision 567)
            if r.current and (r.level == "province" or _support(r, ntext)[1] > 0 or len(nm) >= 3 and (c >= 2 or anonymous)
                              or r.level == "prefecture" and len(r.name) > len(nm) and r.name[len(nm)] not in _SUFFIX_CHARS
                              and r.name in ntext):
                vote(r, min(c, 5) * 0.6, "body", f"{nm} ×{c}")
                break
    # a league's abbreviation (锡盟, 阿盟) in a report that speaks of 全盟 and states no name ("为建设美丽锡盟而努力
    # 奋斗"): a vote as its short name's, where it comes twice
    if not stated and own == "全盟":
        for nm, c in Counter(mm.group() for mm in _abbrev_pattern(own[1]).finditer(ntext)).items():
            rs = [r for r in g.by_abbrev.get(nm, ()) if r.current and r.level == "prefecture"]
            if c >= 2 and len(rs) == 1:
                vote(rs[0], min(c, 5) * 0.8, "body", f"{nm} ×{c}")
    # (not where a county or district is named: a district's 全区 and its city's neighbours, left to the votes)
    if not stated and (provincial or own == "全区" or own is None and "全区" in ntext) \
            and not any(_county_named(g.get(c), ntext) for c in scores) and (auto := _autonomous_members(ntext)) is not None:
        # an autonomous region's report that names itself only by 自治区 and 全区 ("在自治区第十二届人民代表大会…",
        # "在自治区党委坚强领导下，全区…"), and its cities or leagues by name: the autonomous region they are of
        # (the first named had been taken for the report's, or none)
        r, names = auto
        _set_region(meta, r, "body", names, note=f"inferred from body mentions (low confidence): 自治区 and 全区, "
                                                 f"its divisions {names} named")
        return
    # a province's report that names itself only by 省 and 全省 ("在省第十四届人民代表大会…", "全省地区生产总值…"),
    # its cities by name ("兰州市…，天水市…") and no province: the province they are of, as for an autonomous region
    # (the cities' votes fit no 全省, and the region was left empty)
    if not stated and (provincial and anonymous == "省" or own == "全省") \
            and not any(g.get(c).level == "province" or _county_named(g.get(c), ntext) for c in scores) \
            and (prov := _autonomous_members(ntext, "省")) is not None:
        r, names = prov
        if not meta.speaker and r.name[-1] not in {mm.group(1) for mm in _OWN_PAPER.finditer(ntext[:800])} \
                and (alike := _divisions_told(ntext, r)):
            # (its cities each told with their year, "苏州去年…，今年目标为…；无锡去年…", the page not speaking for the
            # province, "我省…": a round-up of its cities, as where the province won the vote, decision 357)
            meta.several = tuple(g.get(c).name for c in alike)
            meta.evidence["region"] = Evidence(None, "derived", "、".join(meta.several[:4]),
                                               note=f"{_NO_REGION}; {_SEVERAL} (each setting its targets)")
            return
        _set_region(meta, r, "body", names, note=f"inferred from body mentions (low confidence): 省 and 全省, "
                                                 f"its cities {names} named")
        return
    # namesakes a statement names (鼓楼区) that the text tells apart by their city's votes (榕城, 金陵)
    for nm, rs in ties:
        inside = [r for r in rs if r.parent_code in scores or r.province_code in scores]
        if len(inside) == 1:
            vote(inside[0], 12 + max(scores.values()), "title" if nm in (meta.title or "") else "byline", nm)
            break
    if not scores and ties:
        _namesakes(meta, *ties[0])
        return
    if not scores and not ties and not meta.speaker and (alike := _setters_unranked(ntext)):
        if (own_page := _peer_own_page(ntext, alike)) is not None:
            # (its own page, named in full in its first line and speaking of itself by its level word, its peers
            # told after: the page's region, not a round-up's; decision 361)
            _set_region(meta, own_page, "title", own_page.name,
                        note="named in the first line, its own level word through the page, its peers' figures told")
            return
        # no region named often enough, and a round-up names three or more of one level each setting or telling its year
        # ("青岛去年地区生产总值增长3.7%，今年目标为7%以上；济南去年增长4.9%，…无锡今年目标为6%以上", each once): a page
        # on several regions, as with a winner among them (decision 353)
        meta.several = tuple(g.get(c).name for c in alike)
        meta.evidence["region"] = Evidence(None, "derived", "、".join(meta.several[:4]),
                                           note=f"{_NO_REGION}; {_SEVERAL} (each setting its targets)")
        return
    if not scores and not ties and (en := _en_lead_region(ntext)) is not None:
        # (an English page: no Chinese name of a division, its lead names its own in pinyin)
        if len(en[0]) == 1:
            _set_region(meta, en[0][0], "body", en[1], *bv.span(en[2], en[3]), note="named in English in the page's lead")
        else:
            _namesakes(meta, en[1], en[0])  # ("Suzhou's municipal government…": 苏州 or 宿州, nothing to tell: left empty)
        return
    if not scores:
        meta.evidence["region"] = Evidence(None, "derived", "", note=_NO_REGION)
        level = _LEVEL_OF_WORD.get(own or "") or {"县": "county", "旗": "county", "州": "prefecture",
                                                    "盟": "prefecture", "省": "province"}.get(anonymous or "")
        if not level and not own and not anonymous and (lead := _targets_lead_level().search(ntext)) is not None:
            # (a page naming no region whose level word stands once, leading into the year's targets: "全县经济社会
            # 发展的主要预期目标是：" is the county's own voice; decision 409)
            own = lead.group("w")
            level = _LEVEL_OF_WORD.get(own)
        if level:
            meta.level = level
            meta.evidence["level"] = Evidence(level, "body", own or anonymous or "",
                                              note="region not found: level from the report's own level word")
        return
    if not any(src != "body" for src, *_ in first.values()):
        digest = _digest_parent(ntext)
        if digest:
            r, src, quote, note = digest
            if r is None:
                meta.evidence["region"] = Evidence(None, src, quote, note=note)
            else:
                _set_region(meta, r, src, quote, note=note)
            return
    for code in list(scores):
        r = g.get(code)
        word = "全" + (r.name[-1] if r.name[-1] in "省市县区州旗盟" else "")
        if own and word == own:
            scores[code] += 3
        if anonymous and r.name.endswith(anonymous):
            scores[code] += 3
    # a region inside another voted region, with real votes of its own, is the report's (游仙区 in 绵阳市)
    code, top = scores.most_common(1)[0]
    for c, s in scores.most_common():
        r = g.get(c)
        if c != code and s >= 6 and code in (r.parent_code, r.province_code) and s >= top / 3 \
                and first.get(c, ("body",))[0] != "body":
            code = c
            break
    superior = None
    if first.get(code, ("body",))[0] == "body":
        # "增速居梅州市第一", "位列安康市前列": the frame of a ranking is a superior too (looked for only
        # when mentions decide)
        superiors |= {r.code for mm in _RANKED_IN.finditer(ntext, 0, 8000)
                      if (r := _resolve(mm.group(1) or mm.group(2), ntext)) is not None}
    if code in superiors and first.get(code, ("body",))[0] == "body":
        # only mentions, of a region the text names as its superior: the one region inside it named
        # most that fits the report's level word
        inside = sorted(((sc, c) for c, sc in scores.items() if c != code and code in (g.get(c).parent_code, g.get(c).province_code)
                         and (not own or _fits(own, g.get(c)))), reverse=True)
        if inside and (len(inside) == 1 or inside[0][0] > inside[1][0]):
            superior, code = g.get(code), inside[0][1]
    # namesakes a statement names inside the region that won ("江苏省鼓楼区": 南京's or 徐州's): the
    # report is one of them, not the province that only narrows them down
    for nm, rs in ties:
        inside = [r for r in rs if code in (r.parent_code, r.province_code)]
        if len(inside) > 1:
            _namesakes(meta, nm, inside, g.get(code))
            return
        if len(inside) == 1 and first.get(code, ("body",))[0] == "body" and (not own or _fits(own, inside[0])):
            # one of them inside a region only mentioned or a paper's ("北京日报讯…区十八届人大六次会议在朝阳开幕"):
            # the report is that one
            _set_region(meta, inside[0], "byline", nm, note=f"{nm}: the namesake inside {g.get(code).name}")
            return
    src = first.get(code, ("body", "", None, None))
    strong = code in decisive or first.get(code, ("body",))[0] != "body"
    if ties and not strong and all(code not in (r.code, r.parent_code, r.province_code) for r in ties[0][1]):
        # a statement names namesakes the text does not tell apart ("鼓楼区政府工作报告"), and a division only
        # mentioned wins ("援建红古区产业项目12个", a partner's): the report is one of the namesakes, not the one mentioned
        _namesakes(meta, *ties[0])
        return
    if superior is None and not meta.speaker and ((alike := _setters_alike(ntext, g.get(code), strong))
                                                  or not strong and (alike := _divisions_told(ntext, g.get(code)))) \
            and getattr(_peer_own_page(ntext, alike), "code", None) != code:
        # (not the winner's own page, named in its first line and speaking of itself by its level word, its peers
        # told after it: decision 361)
        # a round-up of regions' targets, the winner one of them ("上海提出…，江苏提出…，浙江提出…"; its own page says
        # "报告提出" and names who delivered it): whatever states the winner (the session whose closing completed the
        # set, "随着上海市十六届人大二次会议闭幕"), no one region is the page's, unless it is a digest of one region's
        # divisions that speaks for it ("我省14个市州…": the province's page, as without a session's statement)
        ups = {g.get(c).parent_code for c in alike}
        up = g.get(ups.pop()) if len(ups) == 1 else None
        if up is not None and up.code != NATIONAL_CODE and up.name[-1] in {mm.group(1) for mm in _OWN_PAPER.finditer(ntext[:800])}:
            _set_region(meta, up, "body", "、".join(g.get(c).name for c in alike),
                        note=f"a digest of {len(alike)} of its divisions' targets, the page speaking for it")
            # (its divisions kept: a figure one of them opens the clause of is theirs, "光山去年…，今年目标定为8.5%";
            # decision 375)
            meta.several = tuple(g.get(c).name for c in alike)
            return
        meta.several = tuple(g.get(c).name for c in alike)
        meta.evidence["region"] = Evidence(None, "derived", "、".join(meta.several[:4]),
                                           note=f"{_NO_REGION}; {_SEVERAL} (each setting its targets)")
        return
    if not strong and superior is None:
        # only mentions (a dateline's place among them), and four more provinces each named twice or more, none
        # inside another (a news page on the targets of several provinces, "广东提出…，江苏提出…，山东提出…"): no
        # one region is the page's
        alike = [c for c, sc in scores.items() if c != code and sc >= 1.2 and g.get(c).level == "province"
                 and not _nested(g.get(c), g.get(code))]
        if len(alike) < 4 and meta.doc_type == "other" and "工作报告" in ntext and _reads_others_reports(ntext):
            # (or two more provinces named at all, on a page that reads several regions' reports: "从多地政府工作报告看，…
            # 广东：…；江苏：…；山东：…", a round-up whose first name is no more its own than the others)
            alike = [c for c, sc in scores.items() if c != code and sc > 0 and g.get(c).level == "province"
                     and not _nested(g.get(c), g.get(code))]
            alike = alike if len(alike) >= 2 else []
        if len(alike) >= 4 or alike and meta.doc_type == "other":
            meta.several = tuple(g.get(c).name for c in [code, *alike])
            meta.evidence["region"] = Evidence(None, "derived", "、".join(meta.several[:4]),
                                               note=f"{_NO_REGION}; {_SEVERAL}")
            return
    if own is None and anonymous and not mentioned:
        # (a byline's anonymous session says the report's level where no level word comes twice: "杭州日报讯 …县十七届
        # 人大五次会议开幕…桐庐…全县" is a county's, not the paper's city's)
        own = "全" + anonymous
    if not strong and own and not _fits(own, g.get(code)):
        # only mentions, and of a region of another level than the report's own word (a county report
        # naming its city or province more than itself): a region of the word's level inside it, named
        # more than any other such, is the report's; else the region is unknown, the level is the word's
        inside = sorted(((sc, c) for c, sc in scores.items() if c != code and _fits(own, g.get(c))
                         and code in (g.get(c).parent_code, g.get(c).province_code)), reverse=True)
        if inside and (len(inside) == 1 or inside[0][0] > inside[1][0]):
            c = inside[0][1]
            _set_region(meta, g.get(c), *first.get(c, ("body", "", None, None)),
                        note=f"inferred from body mentions (low confidence): {own} is the report's level, "
                             f"{g.get(code).name} is named more")
            return
        seat = g.get(code)
        if not inside and own in ("全州", "全盟", "全地区") and seat.level == "county" \
                and (up := g.get(seat.parent_code)) is not None and up.level == "prefecture" and up.name.endswith(own[1:]):
            # a 州's, a 盟's or a 地区's report naming its seat (凯里市, 锡林浩特市, 塔城市) more than itself, its own name
            # nowhere stated: the seat's prefecture, of the report's own level word
            _set_region(meta, up, "body", seat.name,
                        note=f"inferred from body mentions (low confidence): {own} is the report's level, "
                             f"{seat.name}, named more, is its seat")
            return
        meta.evidence["region"] = Evidence(None, "derived", f"{g.get(code).name} ×{scores[code]:g}",
                                           note=f"{_NO_REGION}; {g.get(code).name}, named in the body, is not of its level ({own})")
        level = _LEVEL_OF_WORD.get(own)
        if level:
            meta.level = level
            meta.evidence["level"] = Evidence(level, "body", own, note="region not found: level from the report's own level word")
        return
    if not strong and superior is None and (up := _members_parent(g.get(code), ntext, own)) is not None:
        # a county-level city only mentioned, named no more than the divisions beside it under the same city ("澄江市、
        # 通海县、华宁县地区生产总值分别增长…" in a report of "市第十五届人大…" and 全市): one of the members the
        # report goes through, the report their city's
        _set_region(meta, up, "body", g.get(code).name,
                    note=f"inferred from body mentions (low confidence): {g.get(code).name} is named among the "
                         f"divisions of {up.name}, as they are")
        return
    _set_region(meta, g.get(code), *src, note=None if strong else "inferred from body mentions (low confidence)" + (
        f": {superior.name} is named as its superior (…委的领导下)" if superior else ""))


def _members_parent(r: Region, ntext: str, own: str | None) -> Region | None:
    """The prefecture of a county-level division that the text names beside two or more of its siblings, in full and
    no less often than it (a city report going through its counties), where the report's own level word fits the
    prefecture; else None."""
    if r.level != "county" or not r.parent_code or not own:
        return None
    g = gazetteer()
    up = g.get(r.parent_code)
    if up is None or up.level != "prefecture" or own not in _LEVELS_OF_WORD or not _fits(own, up):
        return None
    sibs = [k.name for k in g.children(up.code)
            if k.code != r.code and k.current and len(k.name) >= 3 and not _is_zone(k) and k.name in ntext]
    n = ntext.count(r.name)
    if len(sibs) < 2 or n > max(ntext.count(k) for k in sibs):
        return None
    # (set in one list with a sibling, "澄江市、通海县", not as a partner, "澄江市与通海县共建"; and not called by its
    # short name more than by its full one, as its own report would: "澄江" for 澄江市)
    short = short_name(r.name)
    if short != r.name and ntext.count(short) > n:
        return None
    alt = "|".join(re.escape(k) for k in sorted(sibs, key=lambda w: (-len(w), w)))
    me = re.escape(r.name)
    listed = re.search(f"{me}[、和及](?:{alt})|(?:{alt})[、和及]{me}", ntext)
    return up if listed else None


def _county_named(r: Region, ntext: str) -> bool:
    """Whether a county-level division is named in the text as itself: by its full name, or by a short name its city
    does not share (克拉玛依 names 克拉玛依市 as much as its district 克拉玛依区: in an autonomous region's list of its
    cities, "乌鲁木齐、克拉玛依、吐鲁番", it is the city)."""
    if r.level != "county":
        return False
    if r.name in ntext or not r.parent_code:
        return True
    parent = gazetteer().get(r.parent_code)
    return parent is None or short_name(parent.name) != short_name(r.name)


def _autonomous_members(ntext: str, kind: str = "自治区") -> tuple[Region, str] | None:
    """(the autonomous region, the names) when the text speaks as an autonomous region (自治区 in it, no committee of a
    city or county leading it: meta_cues lower_committee) and names two or more of its cities, leagues or prefectures
    (in full or by short name: 呼和浩特、包头、鄂尔多斯), none of another autonomous region's; None otherwise.
    kind "省" asks the same of a province (省 in it; 兰州市、天水市 or 兰州、天水 named, no other province's)."""
    top = ntext[:3000]
    if kind not in top or any(w in top for w in _cues()["lower_committee"]):
        return None
    g = gazetteer()
    found: dict[str, list[str]] = {}
    for prov in g.children(NATIONAL_CODE):
        if not prov.name.endswith(kind) or kind == "省" and prov.name.endswith("自治区"):
            continue
        for kid in g.children(prov.code):
            short = short_name(kid.name)
            name = kid.name if kid.name in top else short if len(short) >= 2 and short != kid.name and short in top \
                else None
            # (a city a province works with is no city of its own, named in full or by short name: "与武汉市、西安市
            # 合作", "加强与武汉、长沙、南昌的合作"; it counts where it is named once other than as a partner)
            if name is not None and (kind != "省" or any(
                    not _partner(top, m.start(), m.end()) for m in re.finditer(re.escape(name), top))):
                found.setdefault(prov.code, []).append(kid.name)
    if len(found) != 1:
        return None
    code, names = found.popitem()
    return (g.get(code), "、".join(names)) if len(names) >= 2 else None


_LEAD_MARK = re.compile(r"(?:(?<!通)讯|(?<!\d)\d{1,2}日电)[ \t\u3000]*(?:[（(][^（）()\n]{0,40}[）)])?[ \t\u3000]*")


_CLAUSE_END = re.compile(r"[，,。；;：:！？\n]")
# (与 of 参与/给与/赋与/授与 joins no partner: "参与南关区建设")
_NOT_PARTNER_WORD = frozenset("参给赋授")
# (a superior's name written before the division's: "贵州省从江县", "广州市南沙区")
_NAME_CHAIN_END = "省市州盟区"


def _partner(ntext: str, b: int, e: int) -> bool:
    """Whether the name at ntext[b:e] stands as a partner in its clause ("与南关区、绿园区协同发展", "加强与长沙市的
    合作", meta_cues.tsv partner_before/partner_after): another region the report works with, not the report's."""
    cues = _cues()
    lo = max(0, b - 24)
    pre = ntext[lo:b]
    if ("帮扶" in pre or "援" in pre or "协作" in pre) and any(
            (i := pre.rfind(w)) >= 0 and not _CLAUSE_END.search(pre, i)
            and ((k := len(pre) - i - len(w)) <= 4 or pre[-1] in _NAME_CHAIN_END and k <= 10)
            for w in cues["partner_aid"]):
        # the aided region, right after the aid's word or its province's short name or its superior's ("援建新疆巴楚县",
        # "对口帮扶贵州省从江县")
        return True
    if not any(w in pre for w in cues["partner_before"]):  # (most names: no 与/同 before them)
        return False
    cut = [m.end() for m in _CLAUSE_END.finditer(pre)]
    pre = pre[cut[-1]:] if cut else pre
    # (the word right before the name, or before a list of names ending in 、/和/及: "与南关区、绿园区", or after its
    # superior's name: "与广州市南沙区"; not a clause that merely holds 与, "诸暨“与杭同城”纳入《浙江省…一体化…》")
    if not any((i := pre.rfind(w)) >= 0 and (i == 0 or pre[i - 1] not in _NOT_PARTNER_WORD)
               and (len(pre) == i + len(w) or pre[-1] in "、和及" and len(pre) - i <= 16
                    or pre[-1] in _NAME_CHAIN_END and len(pre) - i <= 11)
               for w in cues["partner_before"]):
        return False
    m = _CLAUSE_END.search(ntext, e, e + 24)
    post = ntext[e:m.start() if m else e + 24]
    return any(w in post for w in cues["partner_after"])


def _lead_subject(head: str, ntext: str) -> tuple[Region, int, int] | None:
    """The region a news lead opens with right after its mark ("…电", "…讯" and a reporter's bracket), as (region,
    start, end): a full name ("攸县今年…"), a short one after its province's ("四川绵阳今年…", "湖南株洲…"), or a
    short one alone that the text names in full or whose city or province it names ("醴陵今年…" and 醴陵市 below);
    names run on go down to the last ("湖南省株洲市攸县…", "株洲攸县…"). Else the region whose congress its first
    sentence says the news is from ("记者从攸县两会上获悉", "在巩义市人代会上")."""
    m = _LEAD_MARK.search(head, 0, 80)
    if m is None or m.start() < 2:
        return None
    hit = _names_at(head, m.end(), m.end() + 20, ntext)
    if hit is not None and head[hit[2]:hit[2] + 1] in _LIST_MARKS:
        return None  # (one of the places a lead lists: "株洲、湘潭两市…")
    if hit is None:
        stop = head.find("。", m.end(), m.end() + 150)
        cm = _CONGRESS_OF.search(head, m.end(), stop if stop > 0 else m.end() + 150)
        if cm is not None:
            hit = _names_at(head, cm.start(1), cm.end(1), ntext)
            if hit is not None and hit[2] != cm.end(1):
                hit = None  # (the words before 两会 are names only)
    return hit


_LIST_MARKS = frozenset("、，,和与及")
_HEAD_OF = r"(?:人民政府|政府)?(?:代理?)?(?:省长|市长|州长|盟长|主席)"


def _head_above(r: Region, ntext: str) -> bool:
    """Whether the top of the text names the head of a region above ``r`` in full ("株洲市市长", "湖南省省长",
    "湖南省人民政府省长") delivering a report in the same sentence ("株洲市市长在市十六届人大三次会议上作政府工作
    报告"): that region's report, ``r`` a place in it; not a head on a visit ("长沙市市长到宁乡调研")."""
    g = gazetteer()
    names = [a.name for c in {r.parent_code, r.province_code} - {None, r.code} if (a := g.get(c)) is not None]
    return bool(names) and re.search("(?:" + "|".join(map(re.escape, names)) + ")" + _HEAD_OF + _DELIVERS, ntext[:3000]) is not None


# (in the head's own clause: no other head, and not hearing or discussing another's report, between them —
# "长沙市市长出席会议，宁乡市市长作政府工作报告", "长沙市市长参加审议宁乡市政府所作的工作报告"; what the report
# says, not where a place is to look: "在政府工作报告中提出", not "要在政府工作报告中找准定位")
_DELIVERS = (r"(?:(?!(?:市|县|区|省|州|旗|盟)长|审议|听取|讨论)[^。！？!?\n]){0,40}?(?:(?:作|做)(?:了|的)?《?(?:政府)?工作报告"
             r"|报告工作|在《?(?:政府)?工作报告》?(?:中|里)(?:提出|指出|强调|明确|表示|说|要求))")
_CONGRESS_OF = re.compile(r"(?:从|在)([\u4e00-\u9fff]{2,12}?)(?:两会|人代会|人大会议)")


def _names_at(head: str, k: int, end: int, ntext: str) -> tuple[Region, int, int] | None:
    """The region named at head[k:end] (a province's name first only narrowing it), down the names run on."""
    g = gazetteer()
    seg = head[k:end]
    prov = None
    for n in (3, 2):
        p = next((r for r in g.by_short.get(seg[:n], ()) if r.level == "province" and r.current), None)
        if p is not None:
            n = len(p.name) if seg.startswith(p.name) else n  # ("湖南省株洲市…")
            prov, seg, k = p, seg[n:], k + n
            break
    hit = _lead_name(seg, ntext, prov)
    if hit is None:
        return None  # (a province's name alone leads its own news and others': "湖南今年…", "湖南日报记者…")
    r, n = hit
    e = k + n
    while e < end and (sub := _lead_name(head[e:min(end, e + 12)], ntext, r)) is not None:
        r, e = sub[0], e + sub[1]
    return r, k, e


def _lead_name(seg: str, ntext: str, above: Region | None) -> tuple[Region, int] | None:
    """The region named at the start of ``seg`` and the length of its name, inside ``above`` if given: a full name,
    or a short one that ``above`` or the text supports; namesakes the text does not tell apart give None."""
    g = gazetteer()
    inside = (lambda r: above.code in (r.parent_code, r.province_code)) if above is not None else None
    found = find_names(seg)
    if found and found[0][0] == 0:
        r = _resolve(found[0][2], ntext)
        if r is not None and not _is_zone(r) and (inside is None or inside(r)):
            return r, found[0][1]
        if inside is None:
            return None  # ("和平区今年…": 天津's or 沈阳's)
        # (under a region named before it, its namesake there: "株洲市…", "天津市和平区…")
        kin = [x for x in g.lookup(found[0][2]) if x.current and inside(x) and not _is_zone(x)]
        return (kin[0], found[0][1]) if len(kin) == 1 else None
    for n in (4, 3, 2):
        # (a two-character county's full name, which the scan of names leaves to its callers: "攸县今年…")
        full = [r for r in g.by_name.get(seg[:n], ()) if r.current and r.level == "county"] if n == 2 else []
        cands = full or [r for r in g.by_short.get(seg[:n], ()) if r.current and r.level in ("prefecture", "county")
                         and not _is_zone(r) and (inside is not None or r.name in ntext or _support(r, ntext)[1] > 0)]
        if inside is not None:
            cands = [r for r in cands if inside(r)]
        if cands:
            fit = {r.code: (_support(r, ntext)[:2], r.level == "prefecture") for r in cands}
            ranked = sorted(cands, key=lambda x: fit[x.code], reverse=True)
            # (the city before its namesake county, "长沙今年…"; namesakes of one level the text does not tell apart: none)
            return (ranked[0], n) if len(ranked) == 1 or fit[ranked[0].code] != fit[ranked[1].code] else None
    return None


def _province_paper_on_division(g, short: str, head: str, ntext: str) -> bool:
    """Whether an outlet named by a province's name (宁夏日报, 贵州日报, 吉林日报) prints a page whose headline names one of
    the province's divisions ("红寺堡区召开人代会…", "延边州…"): a province's paper reports on all its divisions, so the
    page is the division's news and the paper's name no vote (its session unnumbered, "红寺堡区人民代表大会会议开幕",
    the paper's 6 had outweighed the division's own name twice; a numbered session decides as before)."""
    provs = [c for c in g.by_short.get(short, ()) if c.current and c.level == "province"] or \
            [c for c in g.lookup(short) if c.current and c.level == "province"]
    if len(provs) != 1:
        return False
    # (the headline's subject, its first words after a year: not a place the province's own session is held in,
    # "自治区十二届人大五次会议在银川市开幕")
    line = _LEAD_YEAR.sub("", head.lstrip().split("\n", 1)[0][:60], 1)
    found = find_names(line)
    return bool(found) and found[0][0] == 0 and (o := _resolve(found[0][2], ntext)) is not None \
        and o.level != "province" and o.province_code == provs[0].code


_LEAD_YEAR = re.compile(r"^(?:19|20)\d\d年?")


def _namesake_fit(g, short: str, r: Region | None, top: str | None, paper: bool, ntext: str = "") -> Region | None:
    """A bare short name shared by namesakes ("邵阳日报", "本报长沙1月10日电", "吉林日报") is the one the text's
    level word fits (全市: 邵阳市, not 邵阳县; 全省: 吉林省; 全州: 恩施州, not 恩施市); a paper's, without one, a city's or a province's,
    not a county's."""
    cands = g.by_short.get(short, ())
    if len(cands) < 2:
        return r
    if paper and top in ("全县", "全旗") and len(up := [c for c in cands if c.current and c.level != "county"]) == 1 \
            and any(c.current and c.code not in {x.code for x in cands} and short_name(c.name) in ntext
                    for c in g.children(up[0].code)):
        # a daily is a city's, on a county's session too, where the page names another county of the city:
        # "衡阳日报记者…县十八届人大…衡南…全县" is 衡阳市's paper over 衡南县, not 衡阳县's (without another county
        # named, "邵阳日报讯 县十八届人大…全县" stays 邵阳县's, as before)
        return up[0]
    fit = [c for c in cands if c.current and (
        c.level == "province" if top == "全省" else c.name.endswith("市") if top == "全市"
        else c.name.endswith(("县", "旗")) if top in ("全县", "全旗")
        else c.name.endswith("区") and c.level == "county" if top == "全区"
        else c.name.endswith(top[1]) and c.level == "prefecture" if top in ("全州", "全盟")
        else top is None and paper and c.level != "county")]
    return fit[0] if len(fit) == 1 else r


# (and a government's own account on WeChat or Weibo, "平利发布", "原创 安康发布 2019-01-10")
# a page's own foot line, its source or its editor (its date the page's, after a list of other pages too)
_OWN_FOOT = re.compile(r"^[ \t]*(?:来源|稿源|出处|编辑|责任编辑|审核|监制|校对)[ \t]*[:：][^\n]*", re.M)
_PUBLISHER = re.compile(r"融媒体?中心|广播电视(?:台|中心)|日报|晚报|都市报|人民政府(?:门户)?网?|政府(?:门户)?网|委宣传部|发布")
_SOURCE_AFTER = re.compile(r"社?(?:讯|消息|记者|报道|联合报道|供稿|出品|编辑|[ \t\u3000]*(?:\n|$|(?:19|20)\d{2}|\d{1,2}月)|[）)]|[ \t\u3000]+[\u4e00-\u9fff])")
_SOURCE_BEFORE = re.compile(r"(?:来源|稿源|出处|据)[：:]?[ \t\u3000]*$|原创[ \t\u3000]*$|^|\n[ \t\u3000]*$")
# "平利县、岚皋县分别召开人民代表大会", "平利县和岚皋县人代会相继开幕"
# (not two parts' figures a report's review gives, "乌鲁木齐市…增长6.5%，喀什地区、和田地区分别增长7.2%和8.1%": the words
# after 分别 are a change or a level, no meeting)
_TWO_AT_ONCE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,8}?[县市区旗])(?:、|和|与|及)([\u4e00-\u9fff]{1,8}?[县市区旗])"
                          r"(?:两地|两县|两区)?(?:人代会|人大会议|两会)?(?:分别|相继|同时|同日|先后)"
                          r"(?!\s*(?:比上年|同比|较上年)?(?:增长|下降|达到|达|为|实现|完成|突破|提高|提升|超过|位居|居|排名|[\d.]))")
# (the figures' verb on the next line too, a PDF's line cut after 分别: "东胜区、康巴什区分别\n增长6.8%和7.5%")


def _siblings(head: str, ntext: str, sessions: list) -> tuple[tuple[Region, Region], str] | None:
    """Two divisions of the same level whose sessions the lead's first sentence names at once, and the words."""
    stop = head.find("。")
    stop = stop if stop > 0 else min(len(head), 300)
    found: list[tuple[Region, str]] = []
    for x in sessions:
        if x.start() >= stop:
            break
        hit = _specific(x.group("region"), ntext, byline=True)
        if hit and all(hit[1].code != r.code for r, _ in found):
            found.append((hit[1], x.group(0)))
    mm = _TWO_AT_ONCE.search(head, 0, stop)
    if mm and len(found) < 2:
        hits = [_specific(mm.group(k), ntext, byline=True) for k in (1, 2)]
        if all(hits) and hits[0][1].code != hits[1][1].code:
            found = [(hits[0][1], mm.group(0)), (hits[1][1], mm.group(0))]
    if len(found) >= 2 and found[0][0].level == found[1][0].level:
        # (but one of them whose head of government then gives the report is the page's: "…分别开幕。平利县县长
        # 作政府工作报告")
        # (or by its short name: "郑州市长", "平利县长")
        gave = [r for r, _ in found[:2] if re.search(f"(?:{re.escape(r.name)}|{re.escape(short_name(r.name))})"
                                                      r"(?:人民政府)?(?:代理|代)?[省市区县州旗盟]长[\u4e00-\u9fff]{0,4}"
                                                      r"(?:作|代表)", ntext[:1500])]
        if len(gave) == 1:
            return None
        return (found[0][0], found[1][0]), "；".join(dict.fromkeys(q for _, q in found[:2]))
    return None


# (also among the place's peers: "位居眉山市各区县第一", "居苏州市各县（市、区）首位"; or with the frame first: "在成都市郊区新城中
# 位列前茅", "在长沙市各区县（市）中增速第一"; not "在长沙市…中第一次…")
_RANKED_IN = re.compile(r"(?:居|位列|排名|排在|列)\s*([\u4e00-\u9fff]{2,8}?[省市州盟])\s*(?:各[县市区旗]{1,3}(?:[（(][县市区旗、]{1,6}[）)])?)?(?:第|前|首位|榜首)"
                        r"|在([\u4e00-\u9fff]{2,8}?[省市州盟])[^，,。；;\d]{0,10}?中(?:增速|总量|经济总量)?"
                        r"(?:位列|排名|排在|位居|居|领先|首位|前列|第[一二三四五六七八九十\d]{1,2}(?:位|名)?(?![次个届批]))")
_LED_BY = re.compile(r"的(?:坚强|正确|有力)?领导下")
_OTHER_SUPPORT = re.compile(r"^(?:在[^，,。；]{2,40}?(?:监督|支持|帮助|关心)[^，,。；]{0,10}?下[，,]\s*)+")
_DATELINE = re.compile(r"(?<!\d)\d{1,2}月\d{1,2}日(?:电|讯)")  # (the view has no spaces between figures and words)
_PAPER_PLACE = re.compile(r"本报([\u4e00-\u9fff]{2,5}?)讯")
_DATELINE_END = re.compile(r"^[\u4e00-\u9fff]*?(?:电|讯)(?=[\u4e00-\u9fff])")
_OWN_PAPER = re.compile(r"我([省市州盟区])")
# "湖南14个市州", "31个省份", "全省各市州": the divisions a digest goes through
_DIVISIONS = re.compile(r"(?P<who>[\u4e00-\u9fff]{0,8}?)(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})个|各)"
                        r"(?P<kind>省份|省区市|省市区|市州|市（州）|地市|设区市|省辖市|县市区|县（市、区）|县区|区县|县市)")


def _digest_parent(ntext: str, reach: int = 800) -> tuple | None:
    """A news digest of several regions' reports or figures ("我省14个市州政府工作报告全部亮相。兰州市提出…；
    天水市提出…；酒泉市提出…", "湖南14个市州GDP排名：长沙市…；岳阳市…；常德市…"): the region whose
    divisions they are — (region or None, source, quote, note) — when three or more of its divisions are
    named near the top and the text speaks for it (我省, 我市) or names it before its divisions; None
    for a digest of provinces (no one region's)."""
    top = ntext[:reach]
    own = {mm.group(1) for mm in _OWN_PAPER.finditer(top)}
    whose = [mm.group("who") for mm in _DIVISIONS.finditer(top)]
    if not own and not whose:
        return None
    g = gazetteer()
    kids: dict[str, set[str]] = {}
    for _, _, nm in find_names(top):
        r = _resolve(nm, ntext)
        if r is not None and r.code != NATIONAL_CODE:
            kids.setdefault(r.parent_code or NATIONAL_CODE, set()).add(r.code)
    for code, codes in kids.items():
        if len(codes) < 3:
            continue
        names = "、".join(sorted(g.get(c).name for c in codes))
        if code == NATIONAL_CODE:
            if any(mm.group("kind").startswith("省") for mm in _DIVISIONS.finditer(top)):
                return None, "body", names, f"a digest of {len(codes)} provinces' reports ({names}): no one region's"
            continue
        parent = g.get(code)
        # (a province's 我省, a city's 我市: the parent's own suffix; 自治区 is 我区)
        if parent and (parent.name[-1] in own or any(w.endswith((parent.name, short_name(parent.name))) for w in whose)):
            return parent, "body", names, f"a digest of {len(codes)} of its divisions' reports or figures ({names})"
    return None


@memo
def _en_names_trie(names: str) -> str:
    """The names (one a line) as a trie, prefilter.longest_first: the same matches as their alternation longest first,
    which tried all 2,079 names at each word's start (0.3 ms a search of a 120-character lead in facts._en_other_region,
    decision 466); kept in recache's file, as its compiled code is. Imported here: the extract package imports this
    module."""
    from .extract.prefilter import longest_first

    return longest_first(names.split("\n"))


@once
def en_region_names() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """The English (pinyin) names of the provinces, prefecture-level and county-level divisions (region_en.tsv, derived
    from the gazetteer by benchmarks/make_region_en.py): a pattern finding one as a word, and each name's codes (several
    where divisions share one: 苏州/宿州 Suzhou, 义乌/伊吾 Yiwu)."""
    codes: dict[str, set[str]] = {}
    for row in vocab.table("region_en.tsv"):
        if len(row) >= 3:
            for n in row[2].split("/"):
                if n.strip():
                    codes.setdefault(n.strip(), set()).add(row[0])
    return (re.compile(r"(?<![A-Za-z'’])(" + _en_names_trie("\n".join(sorted(codes))) + r")(?![A-Za-z])"),
            {n: frozenset(c) for n, c in codes.items()})


_EN_LEAD_LINE = re.compile(r"[^\n]{80,}")
_EN_LEAD_STOP = re.compile(r"\.(?!\d)(?=\s|$|[A-Z])")


def _en_lead_region(text: str) -> tuple[list[Region], str, int, int] | None:
    """An English page's own division, named first in its lead (the first line of 80 characters or more in its first
    1,200, mostly Latin letters; its first sentence): a name of region_en.tsv ("Zhangjiagang city in East China's Jiangsu
    province expects…", "Kunshan, a county-level city under Suzhou, …"); a name several divisions bear is told apart by
    the province or city above named in the same sentence ("Yiwu city … in East China's Zhejiang province": 义乌, not
    Xinjiang's 伊吾), decision 440, or by another place of its province named there ("Suzhou, which borders Huaibei, …":
    宿州, decision 475). The divisions it may be: one, or several the lead does not tell apart (the region then left
    unsettled, never guessed)."""
    lead = next((m for m in _EN_LEAD_LINE.finditer(text, 0, 1200)
                 if sum(c.isascii() and c.isalpha() for c in m.group()) > 0.6 * len(m.group())), None)
    if lead is None:
        return None
    stop = _EN_LEAD_STOP.search(text, lead.start(), lead.end())
    end = stop.start() if stop else lead.end()
    pat, codes = en_region_names()
    found = list(pat.finditer(text, lead.start(), end))
    if not found:
        return None
    first = found[0]
    cands = [r for c in codes[first.group(1)] if (r := gazetteer().get(c)) is not None and r.current]
    if len(cands) > 1:
        above = {c for m in found[1:] for c in codes[m.group(1)]}
        # (a place named beside it stands for its province: "…, bordering Huaibei" is Anhui's; decision 475)
        above |= {r.province_code for c in set(above) if (r := gazetteer().get(c)) is not None}
        told = [r for r in cands if r.province_code in above or r.parent_code in above]
        cands = told if told else cands
    return (cands, first.group(1), first.start(1), first.end(1)) if cands else None


_NO_REGION = "not found (low confidence): no title, byline, speaker, site or file name names a division, nor the body often enough"
_NO_YEAR = ("not found (low confidence): no dated byline, year in the title, page date, URL or file name, "
            "and the body names no year under review or of the targets")


_NAMESAKE_NOTE = " divisions of this name"


def namesake_name(meta: Metadata) -> str:
    """The name the text gives its own region where several divisions bear it and the region was left empty
    (`_namesakes`: 鼓楼区, 城关区, 新华区 with none of their cities named), else "": the page's own name all the same,
    its code unsettled (facts read that name as a subject as the page's own, not another place's)."""
    ev = meta.evidence.get("region") if meta.region is None else None
    if ev is None or ev.value is not None or not ev.quote or not ev.note:
        return ""
    return ev.quote if ev.note.startswith(ev.quote + ": ") and _NAMESAKE_NOTE in ev.note else ""


def _namesakes(meta: Metadata, nm: str, rs: list[Region], within: Region | None = None) -> None:
    """Region left empty: ``nm`` names several divisions (in ``within``) that the text does not tell
    apart; the level, province and parent they share are kept, and the note lists them."""
    g = gazetteer()
    for field, codes in (("level", {r.level for r in rs}), ("province", {r.province_code for r in rs}),
                         ("parent", {r.parent_code for r in rs})):
        one = codes.pop() if len(codes) == 1 else None
        setattr(meta, field, one if field == "level" else (g.get(one).name if g.get(one) else None))
    where = f" in {within.name}" if within else ""
    meta.evidence["region"] = Evidence(None, "derived", nm, note=f"{nm}: {len(rs)}{_NAMESAKE_NOTE}{where} "
                                       f"({'、'.join(g.get(r.parent_code).name for r in rs if g.get(r.parent_code))}), "
                                       "the text names none of their cities: region left empty")


def _year(meta: Metadata, bv: _View, hv: _View, hints: dict[str, Any], name: str, raw_span, nat=None,
          sessions: list = (), late: bool = False) -> None:
    """The delivery date, the title, the container's year, the national congress's session, what the
    text says, the file name, then weak cues."""
    ev = meta.evidence
    if "report_year" in ev:  # the byline's year and month
        meta.report_year = ev["report_year"].value
        return
    if meta.meeting_date:
        y, mo = int(meta.meeting_date[:4]), int(meta.meeting_date[5:7])
        meta.report_year = y + 1 if mo >= 11 else y
        ev["report_year"] = Evidence(meta.report_year, "byline", f"delivered {meta.meeting_date}",
                                     note=DELIVERED_LATE if mo >= 11 else None)
        return
    ol = _OUTLINE.search(meta.title) if meta.title and meta.doc_type not in ("government_work_report", "plan_report") else None
    # (the outline itself or its draft, not an account of it years on: "…规划纲要实施中期评估报告")
    if ol and not _outline_later().search(meta.title, ol.end()):
        # the outline of a five-year plan (its title naming the years of its goals too, "…和二〇三五年远景目标纲要") is
        # adopted in the plan's first year
        meta.report_year = _plan_start(ol.group(1) or ol.group(2))
        ev["report_year"] = Evidence(meta.report_year, "title", meta.title,
                                     note=f"the outline of the 十{ol.group(1) or ol.group(2)}五 plan, adopted in its first year")
        return
    if meta.title:
        years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", meta.title)]
        if years:
            # a statistical communiqué is published the year after the one it describes
            # ("2023年国民经济和社会发展统计公报" comes out in 2024): that is the year it is delivered in
            later = meta.doc_type == "statistical_communique"
            # (so is the account of a year's work done, "关于2023年区十件民生实事完成情况的通报": issued when the year is out)
            done = not later and meta.doc_type == "other" and "情况" in meta.title and len(set(years)) == 1 \
                and _ACCOUNT_TITLE.search(meta.title) is not None
            # (and so is an audit of a year's budget, "关于2023年度县级预算执行和其他财政收支的审计工作报告": made to the
            # standing committee in the summer after; decision 335)
            audit = not (later or done) and meta.doc_type == "other" and len(set(years)) == 1 \
                and re.search(_AUDIT_TITLE, meta.title) is not None
            done = done or audit
            if not (later or done) and (nxt := _reviewed_in_title(meta, bv, hv, raw_span, years, late)):
                meta.report_year = nxt[0]
                ev["report_year"] = Evidence(nxt[0], "body", nxt[1], nxt[2], nxt[3],
                                             note=f"the headline's {max(years)} names the year reviewed; {nxt[4]}")
                return
            meta.report_year = max(years) + (later or done)
            ev["report_year"] = Evidence(meta.report_year, "title", meta.title,
                                         note=f"a communiqué on {max(years)}, published the next year" if later
                                         else f"an audit of {max(years)}'s budget, reported the year after" if audit
                                         else f"an account of {max(years)}'s work done, issued when it is out" if done else None)
            return
    for key in ("year", "report_year", "年份"):
        y = re.search(r"(?:19|20)\d{2}", str(hints.get(key) or ""))
        if y:
            meta.report_year = int(y.group(0))
            ev["report_year"] = Evidence(meta.report_year, "hint", f"{key}={hints[key]}")
            return
    if nat is not None:
        # the National People's Congress meets once a year in a five-year term (the 8th from 1993):
        # "十四届全国人大二次会议" is 2024's
        term, sess = _cn_int(nat.group("term")), _cn_int(nat.group("sess"))
        if term and sess and term >= 8 and 1 <= sess <= 5:
            meta.report_year = 1993 + 5 * (term - 8) + sess - 1
            ev["report_year"] = Evidence(meta.report_year, "byline", nat.group(0), *hv.span(*nat.span()),
                                         note=f"session {sess} of the {term}th National People's Congress")
            return
    own = _province_session(meta, hv, sessions)
    # (a news lead on a local congress session: its report reviews the year before — _year_votes)
    # (its congress's session, not its standing committee's: "第十七届人民代表大会常务委员会第五次会议")
    strong, weak = _year_votes(bv, hv, raw_span, meta.doc_type == "government_work_report"
                               and any(x.re is _SESSION and "常务委员会" not in x.group(0) for x in sessions), late)
    lo, hi = (own[0], own[1]) if own else (0, 9999)
    if own is not None and lo == hi:  # a term's first session meets in its first year
        meta.report_year = hi
        ev["report_year"] = Evidence(hi, "byline", own[2].group(0), *hv.span(*own[2].span()), note=own[3])
        return
    if own is not None:  # the term's years bound what the text says
        strong, weak = ({y: v for y, v in votes.items() if lo <= y <= hi} for votes in (strong, weak))
    for votes in (strong, None, weak):
        if votes is None:  # between the content and the weak signals: the container's dates and the file name
            # the container's own title first (a Word file's or a PDF's document title, "邳州市2016年政府工作报告",
            # under a text whose title line names no year): it names the report, a page's date only its posting
            ht = re.findall(r"((?:19|20)\d{2})\s*年", str(hints.get("title") or "")) if meta.title != hints.get("title") else ()
            if ht and lo <= max(map(int, ht)) <= hi:
                meta.report_year = max(map(int, ht))
                ev["report_year"] = Evidence(meta.report_year, "hint", f"title={hints['title']}")
                return
            for key in _DATE_KEYS + _URL_KEYS:
                v = hints.get(key)
                # (a page's URL: ".../2024-01/17/…", ".../t20240117_456.html")
                y = re.search(r"((?:19|20)\d{2})\D(\d{1,2})", str(v or "")) if key not in _URL_KEYS else \
                    _PUB_DATE.search(str(v or "")) or _URL_DATE.search(str(v or ""))
                if y and lo <= int(y.group(1)) + (1 if int(y.group(2)) >= 11 else 0) <= hi:
                    yy = int(y.group(1)) + (1 if int(y.group(2)) >= 11 else 0)
                    meta.report_year = yy
                    ev["report_year"] = Evidence(yy, "hint", f"{key}={v}")
                    return
            fy = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", name)
            fd = None if fy else _NAME_DATE.search(name)  # a page's date: one of November or December, next year's
            fyear = int(fy.group(1)) if fy else int(fd.group(1)) + (int(fd.group(2)) >= 11) if fd else 0
            if lo <= fyear <= hi and fyear:
                meta.report_year = fyear
                ev["report_year"] = Evidence(meta.report_year, "filename", name)
                return
            continue
        if votes:
            year = max(votes, key=lambda y: (votes[y][0], y))
            _, quote, start, end, note = votes[year][1]
            meta.report_year = year
            ev["report_year"] = Evidence(year, "body", quote, start, end, note=note)
            return
    if own is not None:
        # nothing else inside the term's years: its latest year for the session, the one of a term
        # without extra sessions
        meta.report_year = hi
        ev["report_year"] = Evidence(hi, "byline", own[2].group(0), *hv.span(*own[2].span()),
                                     note=f"{own[3]}; {hi} unless extra sessions were held (low confidence)")
        return
    ev["report_year"] = Evidence(None, "derived", "", note=_NO_YEAR)


def _title_names_report() -> re.Pattern:
    """A year in a title followed, within its clause (not past a headline's dash or bar), by what a report is
    (meta_cues.tsv title_report_words)."""
    words = sorted(_cues()["title_report_words"], key=lambda w: (-len(w), w))
    return re.compile(r"(?:19|20)\d{2}\s*年[^：:，,。！!｜|—\-\s]{0,24}?(?:" + "|".join(map(re.escape, words)) + ")")


_TITLE_REPORT_RE: list = []


def _reviewed_in_title(meta: Metadata, bv: _View, hv: _View, raw_span, years: list[int], late: bool):
    """(year, quote, start, end, note) of the page's own date where a work or plan report's headline names only
    the year before it and no report (“榆林市政府工作报告解读：2016年全市经济企稳回升” on a page of 2017-02-16):
    that year is the one reviewed, the report the next year's; else None."""
    if meta.doc_type not in ("government_work_report", "plan_report") or len(set(years)) != 1:
        return None
    if not _TITLE_REPORT_RE:
        _TITLE_REPORT_RE.append(_title_names_report())
    if _TITLE_REPORT_RE[0].search(meta.title):
        return None
    _, weak = _year_votes(bv, hv, raw_span, False, late)
    vote = weak.get(years[0] + 1)
    if not vote or not str(vote[1][4] or "").startswith("page date"):
        return None
    _, quote, start, end, note = vote[1]
    return years[0] + 1, quote, start, end, note


@lru_cache(maxsize=1)
def _congress_terms() -> dict[str, tuple[int, int]]:
    """Each province's congress term that opened in 2023, and the first year that count holds."""
    return {row[0]: (int(row[1]), int(row[2])) for row in vocab.table("congress_terms.tsv") if len(row) >= 3}


_PAST_SESSION = re.compile(r"\s*(?:以来|精神|期间|决议|决定|通过|审议通过|确定|批准|部署|要求|的)")
_TERM_SESSION = re.compile(r"(" + _NUM + r")\s*届.*?第?\s*(" + _NUM + r")\s*次", re.S)


def _province_session(meta: Metadata, hv: _View, sessions: list) -> tuple[int, int, re.Match, str] | None:
    """(first year, last year, session, note) when a province's report names its own congress's session
    ("河北省第十四届人民代表大会第二次会议", "省十四届人大二次会议"): provincial congresses are elected for
    five years in step (congress_terms.tsv), so the term dates it within five years, and its session
    N no later than the term's N-th year (extra sessions, held to elect a governor, come between:
    湖南省十二届人大五次会议 met in 2016, the term's fourth year); a standing committee's meeting
    (常务委员会第七次会议) or a province whose count is not listed dates nothing."""
    if meta.level != "province" or not meta.region or meta.region not in _congress_terms():
        return None
    term2023, since = _congress_terms()[meta.region]
    short = short_name(meta.region)
    for x in sessions:
        # (not one named in passing: "省十三届人大一次会议以来", "…会议精神", "…会议确定的目标")
        if x.re is not _SESSION or "常务" in x.group(0) or _PAST_SESSION.match(hv.s, x.end()):
            continue
        seg = x.group("region")
        verb = _convene().search(seg)
        seg = _DATELINE_END.sub("", seg[verb.end():] if verb else seg)
        # its own congress, by name or by the anonymous 省/自治区/市 of a province's own paper
        if not (seg.endswith((meta.region, short)) or seg in ("省", "自治区", "市")
                and meta.region.endswith(seg) or seg.endswith(("全省", "全区", "全市"))):
            continue
        ts = _TERM_SESSION.search(x.group(0))
        term, sess = (_cn_int(ts.group(1)), _cn_int(ts.group(2))) if ts else (None, None)
        if not term or not sess or sess < 1:
            continue
        opened = 2023 + 5 * (term - term2023)
        if opened < since:
            continue
        return opened, min(opened + 4, opened + sess - 1), x, (
            f"session {sess} of the {term}th people's congress of {meta.region}, whose {term2023}th opened in 2023 "
            f"(terms of five years): {opened}" + (f"-{min(opened + 4, opened + sess - 1)}" if sess > 1 else ""))
    return None


# a past year opening a sentence on the region's own figures: "2022年，我市…", "报告指出，2023年，全县…",
# "2023年，宁海县地区生产总值…", "2023年，在市委的坚强领导下，全县…", "2023年，面对…，全县…",
# "2023年，平利茶产业综合产值突破40亿元，全县…", "记者从…会议上获悉，2023年…",
# "2022年，仁寿在眉山市委…领导下，实现地区生产总值…" (the region's short name before 在),
# "深圳市宝安区2023年地区生产总值…" (the news lead's reporting verb, or the region's name, before it),
# "报告回顾了过去一年的工作，2023年，全县…", "王某表示，2023年全县…" (who speaks, in a news article);
# not a span since that year ("王某表示，2018年以来，全县累计…", "报告指出，2018年至今…")
# (a speaker's report made, its year's figures after the comma: "江苏省南京市长陈之常昨日作政府工作报告，2024年南京地区
# 生产总值增长5%左右", "…作政府工作报告说，2022年福州经济增长4.4%" on an overseas paper's page, whose line opens on the
# paper's name or its dateline in brackets)
_YEAR_LEAD = lazy(r"(?:(?:^|[。！\n]|获悉[，,]|了解到[，,]|[，,](?=(?:19|20)\d{2}年[，,]?(?:我|全)[省市区县州旗盟])|(?:(?<=作政府工作报告)|(?<=作政府工作报告时)|(?<=作政府工作报告说)|(?<=作政府工作报告时说)|(?<=作政府工作报告表示)|(?<=作报告)|(?<=作报告时说))[，,])[ \t]*(?:(?:《?(?:政府工作)?报告》?|数据|统计)(?:指出|显示|提到|介绍|回顾|称|(?P<aim>提出|明确|要求))[，,：:]|据(?:介绍|[\u4e00-\u9fff]{0,10}?《?政府工作报告》?)[，,]"
                  # (a speaker's words, the occasion said: "市长李爱武作政府工作报告时说，")
                  r"|[\u4e00-\u9fff·]{2,16}?(?:表示|说|指出|介绍)[，,：:])?"
                  r"|(?P<aim2>提出)[，,]?[ \t]*)"
                  r"(?:(?P<y>(?:19|20)\d{2})年(?!以来|至今)[，,]?(?:(?:[\u4e00-\u9fff]{2,4}?)?在[^。；，,]{2,40}?领导下[，,]?|面对[^。；\n]{2,40}?[，,]|[^。；，,\n]{2,30}?[，,](?=(?:我|全)[省市区县州旗盟]))?(?:(?:我|全)[省市区县州旗盟]|[\u4e00-\u9fff]{1,12}?[省市区县州旗盟](?:实现|完成)?(?:地区)?生产总值"
                  r"|[\u4e00-\u9fff]{2}(?:(?:地区)?生产总值|经济增长(?=\d)))"
                  r"|[\u4e00-\u9fff]{1,12}?[省市区县州旗盟](?P<y2>(?:19|20)\d{2})年[，,]?(?:全[省市区县州旗盟])?"
                  r"(?:地区|全省|全市|全区|全县)?生产总值)", re.M)
# ("推动“十四五”圆满收官", "为确保“十四五”规划圆满收官": a plan's end still to be reached)
_PLAN_END_AIMED = lazy(r"(?:推动|推进|助力|冲刺|奋力|全力|确保|争取|力争|努力|迎接|实现(?!了)|要|将|必须)[^。；;，,]{0,6}$")
# the sentence of a later year's figures states targets, not results: "2021年全区地区生产总值增长7%左右"
_AIMED = lazy(r"[为保争力](?:(?:实现|迎来)了?[^。，]{0,4}?)?[“\"]?$")
# (and a verb of setting before one of reaching, a page quoting a target set: "2022年青岛市确定实现地区生产总值增长7%以上",
# "2024年苏州市提出完成…", "明确达到…"; a review's result reads 实现 or 完成 alone)
_TARGET_WORDS = lazy(r"左右|预期|力争|争取|确保|目标|(?:提出|确定|明确)(?:实现|完成|达到)")
# (and a floor or a ceiling, in the sentence of the year after the one reviewed: "2021年，全市…增长8%以上")
# (not the 以上 of a name: "规模以上工业增加值增长9.5%", "亿元以上项目62个")
_TARGETS_AHEAD = lazy(r"左右|预期|力争|争取|确保|目标|(?<!规模)以上(?!工业|企业|项目)|以内")
# a target-shaped figure in a year's own sentence ("增长6%左右", "预期增长6.5%", "力争增长6.5%"; not "高于预期增长目标",
# "力争上游")
_AIMED_FIGURE = lazy(r"左右|预期增长\s*\d|预期目标[是为：:]|力争[\u4e00-\u9fff]{0,4}\d")
_GOAL_MET = re.compile(r"(?:完成|下达)[^，,。；]{0,6}目标任务|目标任务[^，,。；]{0,2}(?:全面|圆满|超额)?完成")
_THIS_YEAR_TURN = lazy(r"[，,；;](?:今年|明年)")


# the words that make a year the report sets out a goal's, not the year's targets ("报告提出，2030年全市…年均增长6%以上":
# meta_cues.tsv span_words)
@once
def _span_words() -> re.Pattern:
    return re.compile(_words("span_words"))


# a year's clause about a span, a part of the year or what is to come ("2016年至2020年，全县…", "2023年一季度",
# "2025年，全县地区生产总值将突破"): no review of that whole year
_PART_OR_AHEAD = lazy(r"年均|季度|半年|\d{1,2}月|将(?!近)|[至到—~～－-]\s*(?:19|20)\d{2}\s*年")


def _year_starts(body: str) -> list[int]:
    """Where a year written in digits before 年 starts ("2023年", "2023 年")."""
    starts = []
    for mm in _NIAN.finditer(body):
        k = mm.start()
        while k > 0 and body[k - 1] in " \t":
            k -= 1
        if k >= 4 and body[k - 4:k - 2] in ("19", "20") and body[k - 2:k].isdigit() and not (k > 4 and body[k - 5].isdigit()):
            starts.append(k - 4)
    return starts


def _plan_start(c: str) -> int:
    """The first year of the 十{c}五 plan (十一五 began in 2006)."""
    return 2006 + 5 * "一二三四五".index(c)


_AIM_WORD = re.compile("提出")


def _year_leads(body: str, starts: list[int]) -> list[re.Match]:
    """``_YEAR_LEAD.finditer(body)``, tried only at the sentence start (or the 获悉，of a news lead)
    before each year rather than at every character (a lead is at most 26 characters before its year)."""
    out, tried = [], set()
    for i in starts:
        # (marks are looked for only near the year: a lead starts within 26 characters of it, and a
        # search back to the text's start for a mark it lacks made this quadratic)
        lo = max(0, i - 200)
        b1 = max(body.rfind("。", lo, i), body.rfind("！", lo, i), body.rfind("\n", lo, i))
        b2 = max(body.rfind("获悉", lo, i), body.rfind("了解到", lo, i))
        # ("…作政府工作报告，提出2025年广东地区生产总值…": after the sentence start, which may hold it:
        # "报告提出，2024年…")
        # (each, from the left: a region's name before the year may hold one, "…提出宁海县2023年…")
        b3 = tuple(mm.start() for mm in _AIM_WORD.finditer(body, max(lo, b1 + 1), i))
        if b1 < 0 and lo > 0:
            b1 = lo - 1  # no mark near: no lead either (i - j > 26 below)
        # (from the left, as a full scan finds them: "\n了解到宁海县2023年…" is led by its line break)
        for b in ((b1, b2) if b2 > b1 else (b1,)) + b3 + ((i - 1,) if i and body[i - 1] in "，," else ()):
            if b in tried:
                continue
            j = b + 1
            while j < i and body[j] in " \t，,获悉了解到提出":  # (past the mark's own words)
                j += 1
            if i - j > 26:  # more than a news verb and a region's name
                continue
            tried.add(b)
            mm = _YEAR_LEAD.match(body, max(b, 0))
            if mm:
                out.append(mm)
                break
    out.sort(key=lambda m: m.start())
    # (a 提出 inside a lead found already opens no second one: "报告提出，2023年全县…2023年")
    return [m for k, m in enumerate(out) if not k or m.start() >= out[k - 1].end()]


_FIVE_YEARS_FROM_TO = re.compile(r"(?:由|从)(?P<a>(?:19|20)\d{2})年(?:末|底)?的[^。；;\n]{0,24}?(?:到|至)(?P<b>(?:19|20)\d{2})年(?:末|底)?的")
_FIVE_YEARS_LEVEL = re.compile(r"[，,](?P<b>(?:19|20)\d{2})年(?:底|末)?(?:达到|达|突破|超过|增至|增加到|提高到|上升到)[\d.]")
# a whole plan's yearly average given as a result ("“十四五”时期，全县地区生产总值年均增长5.6%"; not an aim, "…年均增长
# 6%左右", "…以上"), in a text that names the plan after it too: the plan is done, the report is the next year's
_PLAN_DONE_AVERAGE = re.compile(r"十(?P<n>[一二三四五])五[”\"’]?(?:时期|期间)[，,]?[^。；;，,\d]{0,24}?年均(?:增长|下降)\d+(?:\.\d+)?%"
                                r"(?![^。；;，,]{0,3}(?:左右|以上|以内|以下))")
# a plan run a while ("“十四五”以来", "“十四五”时期以来")
_PLAN_UNDER_WAY = re.compile(r"十(?P<n>[一二三四五六])五[”\"’]?(?:时期|规划)?以来")
# a paragraph opening on the five years reviewed ("过去五年，", "五年来，", "（一）…。五年来" not: its own line's opening)
_FIVE_YEARS_OPEN = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]+[)）][^。\n]{0,30}。)?[^。\n]{0,12}?(?:过去(?:的)?五年|五年来|这五年|本届政府任期的?五年)")


def _five_years_open(body: str, at: int) -> int | None:
    """Where the paragraph, or else the sentence, holding ``at`` starts, if it opens on the five years past
    ("过去五年，…"; a news lead's sentence after its dateline: "1月6日，XX区…会议开幕。过去五年，全区…")."""
    ls = max(body.rfind("\n", 0, at), 0)
    if _FIVE_YEARS_OPEN.match(body, ls + 1 if ls else 0):
        return ls
    ss = body.rfind("。", ls, at)
    return ss if ss > 0 and _FIVE_YEARS_OPEN.match(body, ss + 1) else None


# a target's figure set right after a bare 目标 ("2024年上海GDP成長目標5%左右", "…增长目标定为5.5%左右")
_TARGET_FIGURE = re.compile(r"(?:定为|设定为|设为)?[ \t]*\d+(?:\.\d+)?[ \t]*%")
_SAID_YEAR = re.compile(r"(?P<w>[今去])年\s*[（(]\s*(?P<y>(?:19|20)\d{2})\s*年\s*[)）]")
# a news lead citing the report by its year and saying what it tells ("广州市2024年政府工作报告显示，", "《2024年广州市政府
# 工作报告》提出", "记者从2024年广州市政府工作报告中获悉", "据2024年…政府工作报告，"): the report's year (not one that a later
# report cites as done, "2023年政府工作报告提出的十件民生实事全部完成": 的 after the verb)
_NAMED_REPORT = re.compile(r"(?:19|20)\d{2}年(?:[\u4e00-\u9fff]{1,12}?[省市县区州旗盟]|国务院)?(?:人民)?政府工作报告》?中?"
                           r"(?P<verb>显示|提出|指出|明确|称|介绍|获悉|透露)?(?!的)")
_PLANNED = re.compile(r"部署了?\s*(?P<y>(?:19|20)\d{2})\s*年|对\s*(?P<y2>(?:19|20)\d{2})\s*年[^。，,；;\d]{0,12}?"
                      r"(?:作出|作了|做出|做了|进行了?)(?:全面|具体|系统)?(?:安排|部署)")
# a result in a sentence: "增长6.2%", "突破150亿元"
_RESULT = re.compile(r"\d(?:\.\d+)?\s*(?:%|亿元|万元|万人|个百分点)")
_HEADLINE_YEAR = re.compile(r"((?:19|20)\d{2})年(?![—\-~～至到])")
_HEADLINE_FIGURE = re.compile(r"(?:增长|下降|达到|突破|为)\d+(?:\.\d+)?(?:%|[万亿]*元)")
_WHEN = re.compile(r"今年|去年")
_HEADLINE_LEN = 40
_HEADLINE_TARGET = re.compile(r"(?:预期|目标)[^，,。；;\s\d]{0,8}?(?:增长|下降)?\d+(?:\.\d+)?%|(?:增长|下降)\d+(?:\.\d+)?%(?:左右|以上)")
_HEADLINE_NOT_TARGET = re.compile(r"预计|年均|五年|十[三四五六]五|前三季度|上半年|[一二三四]季度|[—\-~～至到](?:19|20)\d{2}")


@lru_cache(maxsize=1)
def _goal_horizon() -> re.Pattern:
    return re.compile(_alt("goal_horizon"))


def _year_votes(bv: _View, hv: _View, raw_span, session_news: bool = False, late: bool = False):
    """Votes for the report year from what the text says, as {year: [weight, (first evidence)]}.

    Strong: the target year ("2021年主要预期目标"), the reviewed year + 1 ("回顾2020年", "2020年工作回顾",
    "2023年1至11月"), "今年是“十四五”开局之年". Weak: a page date in the chrome, "2025年是…之年", an
    anniversary (建党100周年)."""
    p = _patterns()
    body = bv.s
    not_target = _cues()["not_target"]
    restated = tuple(_cues()["target_restated"])
    strong: dict[int, list] = {}
    weak: dict[int, list] = {}

    def add(votes, year, weight, v, mm, note, group=0):
        s, e = raw_span(v, mm.start(group), mm.end(group))
        cur = votes.setdefault(year, [0, (year, mm.group(group), s, e, note)])
        cur[0] += weight

    n = Counter()
    # the year patterns are tried only where a year stands before 年: one fast scan instead of five slow ones
    starts = _year_starts(body)

    def hits(key):
        for i in starts:
            # "到2025年", "2021—2025年" name a goal or a span; "谈到2025年工作安排" does not
            if key in ("target", "estimate") and _GOAL_YEAR.search(body, max(0, i - 2), i):
                continue
            mm = p[key].match(body, i)
            if mm:
                yield mm

    for mm in hits("target"):
        after = body[mm.end():mm.end() + 4]
        if any(w in mm.group("mid") + mm.group(0)[-4:] + after for w in not_target) or after.startswith(("执行", "完成")):
            continue
        if mm.group("mid").endswith(restated):
            continue  # (the year's own target restated in its review: "2020年，全区…年初预期增长10%，实际增长2.3%")
        # a bare 目标 states the year's targets only when they follow ("目标是", "目标为", "目标：", a heading)
        # (or a news headline's word for their release: "各地2023年经济增长目标出炉", "…目标全部公布")
        # (or the figure itself, set or right after it: "2024年上海GDP成長目標5%左右", "…增长目标定为5.5%左右")
        # (a round-up's: "31个省份2024年的经济增长目标已全部公布", "2024年各地GDP目标一览")
        if mm.group("cue") == "目标" and not _targets_released().match(body, mm.end()):
            # (the figure's clause not saying how it went: "2023年增长目标5.5%未能实现" is last year's, reviewed)
            fig = _TARGET_FIGURE.match(body, mm.end(), mm.end() + 16)
            if fig is None or "未" in (rest := re.split(r"[，,。；;\n]", body[fig.end():fig.end() + 24], maxsplit=1)[0]) \
                    or any(w in rest for w in not_target):
                continue
        if n["t"] < 3:
            n["t"] += 1
            add(strong, int(mm.group("y")), 3, bv, mm, f"target year stated: {mm.group(0)}")
    named = "政府工作报告" in body
    for i in starts:
        if named and n["named"] < 1 and (nm := _NAMED_REPORT.match(body, i)) is not None \
                and (nm.group("verb") or body[max(0, i - 2):i].rstrip("《")[-1:] in ("据", "从")):
            n["named"] += 1
            add(strong, int(body[i:i + 4]), 3, bv, nm, f"the report cited by its year: {nm.group(0)}")
            continue
        # "去年（2023年）", "今年（2024年）": a year said outright; "对2024年工作作出部署", "安排部署2024年工作":
        # the year the report plans for
        said = _SAID_YEAR.search(body, max(0, i - 6), i + 8) if i and body[i - 1] in "（( \t" else None
        if said and said.start("y") == i and n["said"] < 3:
            n["said"] += 1
            y = int(said.group("y"))
            add(strong, y + (said.group("w") == "去"), 3, bv, said, f"{said.group('w')}年 is {y}")
            continue
        ahead = _PLANNED.search(body, max(0, i - 6), i + 30) if i and body[i - 1] in "署了对 \t" and n["planned"] < 3 else None
        # (not a review's "年初部署2023年十项民生实事，已全部完成")
        # (nor a past deployment: "去年1月召开的…会议部署2023年…", "过去一年，我们落实…部署2023年的任务")
        if ahead and (ahead.group("y") or ahead.group("y2")) and ahead.start("y" if ahead.group("y") else "y2") == i \
                and not any(w in body[ahead.end():body.find("。", ahead.end())] for w in not_target + _cues()["planned_done"]) \
                and not any(w in body[max(body.rfind(c, 0, ahead.start()) for c in "。，,\n") + 1:ahead.start()] for w in _cues()["planned_past"]) \
                and not body[body.rfind("。", 0, ahead.start()) + 1:ahead.start()].lstrip().startswith(_cues()["planned_past_lead"]):
            n["planned"] += 1
            add(strong, int(ahead.group("y") or ahead.group("y2")), 3, bv, ahead, f"the year planned for: {ahead.group(0)}")
    for key in ("review", "review_lead", "part_year", "estimate", "part_early"):
        for mm in (p[key].finditer(body) if key == "review_lead" else hits(key)):
            y = int(mm.group("y"))
            if key == "part_early":
                if n[key] < 3:
                    n[key] += 1
                    add(strong, y, 3, bv, mm, f"the year in progress, its first part reported: {y}")
            elif n[key] < 3 and not (key in ("review", "part_year") and _EARLY_PART_AT.match(body, mm.end("y") + 1)):
                n[key] += 1
                add(strong, y + 1, 3, bv, mm, f"reviewed year {y} + 1")
    # "2022年，我市地区生产总值增长4.5%。今年…": a past year opening a sentence on the region's own
    # figures, with this year's plans after it (a news page restating a report)
    leads = [(int(mm.group("y") or mm.group("y2")), "y" if mm.group("y") else "y2", mm) for mm in _year_leads(body, starts)]

    # (a 数读 page's figures, each above its caption: an item ends where the next figure's line opens)
    figs = figure_lines(body) if leads else set()

    def aims(mm, words=_TARGET_WORDS) -> bool:
        """Whether the lead's sentence sets targets, before it turns to this year ("2022年…增长5.5%，今年…预期增长8%")."""
        stop = body.find("。", mm.end())
        stop = stop if stop > 0 else len(body)
        if figs and 0 < (nl := body.find("\n", mm.end(), stop)) and nl + 1 in figs:
            stop = nl
        turn = _THIS_YEAR_TURN.search(body, mm.end(), stop)
        # (from the year on: the lead itself may hold the word, "2025年，力争全县地区生产总值…")
        # (not a goal reported met: "市下达的目标任务全面完成", "超额完成目标任务")
        return any(not (w.group(0) == "目标" and _GOAL_MET.search(body, max(0, w.start() - 8), w.end() + 6))
                   for w in words.finditer(body, mm.start("y") if mm.group("y") else mm.start("y2"), turn.start() if turn else stop))

    # the years the text looks ahead to ("展望2035年", "2035年远景目标"): no lead of theirs is a review
    horizon = {int(body[i:i + 4]) for i in starts if body.endswith("展望", 0, i) or body.startswith("远景", i + 5)} if leads else set()
    goal_words = _goal_horizon()
    for y, g, mm in leads:
        if n["lead"] >= 3:
            break
        if y in horizon or aims(mm, goal_words):
            continue  # "2035年，全市人均地区生产总值达到中等发达国家水平": a long-range goal
        # "报告提出，2024年全区地区生产总值增长6%以上": the report's targets for that year (a news lead),
        # not a goal's ("报告提出，2030年全市…年均增长6%以上")
        if (mm.group("aim") or mm.group("aim2")) and not aims(mm, _span_words()):
            n["lead"] += 1
            add(strong, y, 2, bv, mm, f"target year stated: {mm.group(0)}", g)
            continue
        # this year's plans after it, or in a news lead before it ("报告提出，今年…。2023年，全省…") —
        # unless the year's own sentence sets targets ("今年…报告提出，2024年全市生产总值增长6%左右")
        if aims(mm):
            # (which, with nothing stronger, is the year of the targets: "12月28日，县十八届人大六次会议开幕。
            #  …2024年，全县将…，地区生产总值增长6%左右", the coming year's — the first such year, not a goal's after it)
            # (by its figures' 左右 or 预期, not a review's idiom: "2023年，全县上下力争上游，…增长5.5%")
            if not n["aim_lead"] and aims(mm, _AIMED_FIGURE) and not aims(mm, _span_words()):
                n["aim_lead"] += 1
                add(weak, y, 1, bv, mm, f"the year of the targets in its sentence: {mm.group(0)}", g)
            continue
        if body[mm.start()] in "，," and "今年" not in body[mm.end():mm.end() + 300]:
            continue  # a year after a comma opens a review only with this year's plans after it ("…工作，2023年，全县…。今年…")
        if body.startswith(_cues().get("year_lead_plans", ()), mm.end()) \
                or body.startswith("将", mm.end()) and body.startswith(_plan_verbs(), mm.end() + 1):
            continue  # "2025年，全区将新建改造…", "…还将…": the year's plans, no year reviewed (decision 388)
        if "今年" in body[mm.end():mm.end() + 300] or mm.start() < 1500 and "今年" in body[max(0, mm.start() - 200):mm.start()]:
            n["lead"] += 1
            add(strong, y + 1, 2, bv, mm, f"reviewed year {y} + 1 (今年 after it)", g)
            continue
        # "2020年，全区…增长3.2%。2021年全区…增长7%左右": the next year's targets follow the year's
        # results (or, in a news lead, come before them)
        for y2, _, m2 in leads:
            if y2 == y + 1 and 0 < abs(m2.start() - mm.end()) < 600 and aims(m2, _TARGETS_AHEAD):
                n["lead"] += 1
                add(strong, y + 1, 2, bv, mm, f"reviewed year {y} + 1 (targets for {y2} beside it)", g)
                break
        else:
            # the report of a session a news lead opens on, said to review the year ("1月8日，XX县第十七届人民代表大会
            # 第五次会议开幕。…报告显示，2020年，全县…增长4.2%"): the reviewed year + 1, this year's plans unsaid
            # (a whole year's: not a span's, a quarter's or a year ahead, "报告显示，2016年至2020年，全县…年均增长",
            # "2023年一季度，全县…", "2025年，全县地区生产总值将突破200亿元")
            # (in the year's own clause: "2020年全县…增长4.2%，将为‘十四五’开好局奠定基础" is a review)
            clause = body[mm.start("y" if mm.group("y") else "y2"):min((i for i in (body.find(c, mm.end()) for c in "，。；,;\n")
                                                                       if i >= 0), default=len(body))]
            if session_news and "报告" in mm.group(0) and not n["session_lead"] and not _PART_OR_AHEAD.search(clause):
                n["lead"] += 1
                n["session_lead"] += 1
                add(strong, y + 1, 2, bv, mm, f"reviewed year {y} + 1 (the report of the session the news is on)", g)
    for mm in p["this_year"].finditer(body):
        start = _plan_start(mm.group("n"))
        ph = mm.group("p")
        # the middle year (承上启下, 中期) is the third
        off = 0 if ph in ("开局", "起步") else 4 if ph in ("收官", "决胜", "最后一年") else 2 if ph in ("承上启下", "中期") \
            else "一二三四五".index(ph[1])
        past = mm.group("w") not in ("今", "明")  # "去年是“十三五”规划开局之年": the report of the year after
        past = past or late and mm.group("w") == "今"  # (a December dateline: "今年是“十三五”规划收官之年" is 2020 reviewed)
        add(strong, start + off + past, 4, bv, mm, f"{(mm.group('w') or '过去的') + '年'} is year {off + 1} of the five-year plan"
            + (", the report the next year's" if past else ""))
    if "之年" in body or "周年" in body or "百年" in body:  # ("今年是新中国成立70周年": an anniversary needs no 之年)
        for mm in p["plan_year_targets"].finditer(body):
            lead = body[max(0, mm.start() - 16):mm.start()]
            if any(w in lead[lead.rfind("。") + 1:] for w in ("回顾", "过去", "去年")):
                continue  # "报告回顾，“十四五”开局之年的主要预期目标是…": the targets of a year reviewed
            start = _plan_start(mm.group("n"))
            year = start + (0 if mm.group("p") == "开局" else 4)
            add(strong, year, 4, bv, mm, f"this year's targets, of year {year - start + 1} of the five-year plan")
            break
        for mm in p["milestone"].finditer(body):
            if "关键" in body[mm.end("m"):mm.end()]:
                continue  # "决战决胜脱贫攻坚的关键之年": a year on the way there
            year = _milestones()[mm.group("m")]
            # (明年 is the year after the report's: the report the year before, or the milestone's own in a December
            # report, whose 今年 is the year reviewed)
            shift = (-1 if mm.group("w") == "明" else 0 if mm.group("w") == "今" else 1) + (late and mm.group("w") in "今明")
            add(strong, year + shift, 4, bv, mm, f"{mm.group('w')}年 is {year}, {mm.group('m')}"
                + (": the report the next year's" if shift > 0 else ": the report the year before's" if shift < 0 else ""))
            break
    if "五年" in body and "年的" in body:
        # "过去五年，全市地区生产总值由2016年的695.2亿元增加到2021年的915.6亿元": the five years reviewed, from
        # their base to their last year, in a paragraph or sentence that opens on them (a 换届 year's review; a news
        # lead's sentence after its dateline, "…会议开幕。过去五年，…"): the next year's report
        for mm in _FIVE_YEARS_FROM_TO.finditer(body):
            a, b = int(mm.group("a")), int(mm.group("b"))
            if b - a == 5 and _five_years_open(body, mm.start()) is not None and n["five_from_to"] < 2:
                n["five_from_to"] += 1
                add(strong, b + 1, 2, bv, mm, f"the five years reviewed, {a} to {b}: reviewed year {b} + 1", "b")
    if "五年" in body and "年均" in body:
        # ("过去五年，全市地区生产总值年均增长8.3%，2021年达到3148.1亿元": the level the five years ended at)
        for mm in _FIVE_YEARS_LEVEL.finditer(body):
            if (ls := _five_years_open(body, mm.start())) is not None and n["five_from_to"] < 2 \
                    and "年均" in body[ls:mm.start()] and body.find("。", ls + 1, mm.start()) < 0:
                n["five_from_to"] += 1
                y = int(mm.group("b"))
                add(strong, y + 1, 2, bv, mm, f"the level the five years reviewed ended at, {y}: reviewed year {y} + 1", "b")
    for mm in p["year_end"].finditer(body):
        if n["year_end"] < 3:
            n["year_end"] += 1
            add(strong, int(mm.group("y")) + 1, 2, bv, mm, f"the state at the end of {mm.group('y')}: reviewed year + 1", "y")
    for mm in p["plan_started"].finditer(body):
        if _AIMED.search(body, max(0, mm.start() - 9), mm.start()):
            continue  # "为实现“十四五”良好开局", "确保…": what is to be done
        start = _plan_start(mm.group("n"))
        add(strong, start + 1, 3, bv, mm, f"the first year ({start}) of the five-year plan done: the next year's report")
        break
    for mm in p["plan_ended"].finditer(body):
        if _AIMED.search(body, max(0, mm.start() - 9), mm.start()) or _PLAN_END_AIMED.search(body, max(0, mm.start() - 12), mm.start()):
            continue
        nxt = "十" + "一二三四五六"["一二三四五".index(mm.group("n")) + 1] + "五"
        if (k := body.find(nxt, mm.end(), mm.end() + 24)) >= 0 and body.find("开局", k, k + 16) >= 0:
            continue  # "“十四五”圆满收官、“十五五”实现良好开局": the next plan's first year is the one reviewed
        start = _plan_start(mm.group("n"))
        # (weighed below the next plan's start done: "“十四五”圆满收官、“十五五”良好开局" in a review of 2026)
        add(strong, start + 5, 2, bv, mm, f"the last year ({start + 4}) of the five-year plan done: the next year's report")
        break
    for mm in p["congress"].finditer(body):
        k = _cn_int(mm.group("n") or mm.group("n2"))
        if k:
            held = 2012 + 5 * (k - 18)
            w = mm.group("w") or "今"  # (今年将召开…: the year it meets)
            after = mm.group("p") not in ("召开", None)
            past = w not in ("今", "明") or late and w == "今"  # "刚刚过去的一年，是…": reviewed
            add(strong, held + after + past, 4, bv, mm, f"{w}年: the party's {k}th congress met in {held}"
                + (", the year after it" if after else "") + (", the report the next year's" if past else ""))
            break
    if "年均" in body:
        for mm in _PLAN_DONE_AVERAGE.finditer(body):
            k = "一二三四五".index(mm.group("n"))
            nxt = "十" + "二三四五六"[k] + "五"
            lead = body[max(0, mm.start() - 12):mm.start()]
            # ("“十三五”期间，该市地区生产总值年均增长7.2%，2020年达到1832亿元" on a news page that names no next plan:
            # the plan's average and right after it the level of its last year, a plan done)
            ended = (lm := _FIVE_YEARS_LEVEL.match(body, mm.end())) is not None \
                and int(lm.group("b")) == _plan_start(mm.group("n")) + 4
            if (body.find(nxt) < 0 and not ended) or _AIMED.search(lead) or any(w in lead for w in ("预计", "目标", "今后", "未来")) \
                    or any(u.group("n") == nxt[1] for u in _PLAN_UNDER_WAY.finditer(body)):
                # (a plan under way, or one aimed at: its average is no result; nor where the next plan has run a
                # while, "“十四五”以来": the older plan's average is a comparison)
                continue
            start = _plan_start(mm.group("n"))
            add(strong if ended else weak, start + 5, 2, bv, mm, f"the {mm.group('n')} plan's average as a result, "
                + ("its last year's level after it" if ended else "the next plan named") + f": {start + 5}")
            break
    for key in ("plan_outline", "plan_review"):
        for mm in p[key].finditer(body):
            n = mm.group("n") or mm.group("n2")
            start = _plan_start(n[1])
            year = start if key == "plan_outline" else start + 5
            add(strong, year, 3, bv, mm, f"the {n}五 plan ({start}-{start + 4}): "
                + ("its outline is submitted in its first year" if key == "plan_outline" else "reviewed, next year"))
            break
    # a year standing alone as a heading right after "过去一年…" reviews that year (解读 layouts); read
    # in the head as read, as normalisation may drop a lone number as a page mark
    for mm in p["bare_year"].finditer(hv.s):
        if re.search(r"过去(?:的)?一年|一年来", hv.s[max(0, mm.start() - 300):mm.start()]):
            y = int(mm.group("y"))
            add(strong, y + 1, 3, hv, mm, f"reviewed year {y} + 1 (heading after 过去一年)", "y")
    # a headline that dates a figure the body gives for 今年 or 去年 ("晋江：2018年地区生产总值增长8%" over
    # "报告提出，今年晋江地区生产总值增长8%"): that year is this year (the year after last year)
    line = hv.s[:hv.s.find("\n")] if "\n" in hv.s else ""
    if (hy := _HEADLINE_YEAR.search(line)) is not None:
        for fm in _HEADLINE_FIGURE.finditer(line, hy.end()):
            at = body.find(fm.group(0), len(line))
            lead = body[max(0, at - 40):at] if at > 0 else ""
            lead = lead[max(lead.rfind("。"), lead.rfind("\n"), lead.rfind("；")) + 1:]
            if when := _WHEN.search(lead):
                y = int(hy.group(1))
                add(strong, y if when.group(0) == "今年" else y + 1, 2, hv, hy,
                    f"the headline's {hy.group(0)} figure {fm.group(0)} is the body's {when.group(0)}")
                break
        else:
            # a headline dating a target the body does not restate in its words ("赣州：锚定目标 2023年经济增长7%左右"):
            # that year's (not a goal's horizon, "到2030年…年均增长5%以上", nor an estimate, "预计增长5%左右")
            # (a headline: a short line, not a news lead's first sentence, "1月21日,…报告提出,2020年全区…目标7.5%以上")
            if len(line.strip()) <= _HEADLINE_LEN and not any(c in line for c in "。,，；;") \
                    and (tm := _HEADLINE_TARGET.search(line, hy.end())) is not None and not _HEADLINE_NOT_TARGET.search(line) \
                    and line[max(0, hy.start() - 1):hy.start()] not in ("到", "至"):
                add(strong, int(hy.group(1)), 2, hv, hy, f"the headline's {hy.group(0)} target {tm.group(0)}")
    for mm in hits("year_is"):
        # the year under review when its sentence gives results ("2023年是…开局之年，全县地区生产总值增长
        # 6.2%"), not targets ("2024年是…关键之年，全县…增长6.5%左右")
        stop = body.find("。", mm.end())
        stop = stop if stop > 0 else len(body)
        if not _RESULT.search(body, mm.end(), stop) and 0 < (nxt := body.find("。", stop + 1)) \
                and "\n" not in body[stop:nxt]:
            # "2016年是本届政府任期的最后一年。全县实现地区生产总值192.8亿元，增长8.9%": a sentence that only names
            # the year, its figures in the next one of the paragraph
            stop = nxt
        past = mm.group("past") or _RESULT.search(body, mm.end(), stop) and not _TARGETS_AHEAD.search(body, mm.end(), stop)
        y = int(mm.group("y"))
        add(weak, y + 1 if past else y, 1, bv, mm, f"reviewed year {y} + 1 (named as …之年, with its results)"
            if past else "the year named as …之年")
    top = hv.s[:400]
    # (not the dates of the other pages listed under the copy: "相关阅读\n2021-03-05 平利县召开…")
    # (a one-line list of links above the copy, its items set apart by bars, "热点推荐：2019年XX市政府工作报告 | 2018年…":
    # only its line is no part of the page's own head)
    k = min((k for w in _cues()["related"] if (k := top.find(w)) >= 0), default=len(top))
    if k < len(top) and (le := top.find("\n", k)) > k and ("|" in top[k:le] or "｜" in top[k:le]):
        top = top[:k] + " " * (le - k) + top[le:]
        k = min((k for w in _cues()["related"] if (k := top.find(w)) >= 0), default=len(top))
    # (a list of links above the copy, no sentence before it nor in it, "【相关阅读】\n2023年XX市政府工作报告\n\nXX市第十届…
    # \n发布日期：2024-01-16": the list is no part of the page's head, which goes on after the blank line ending it)
    if k < len(top) and "。" not in top[:k] and (bb := top.find("\n\n", k)) > k and "。" not in top[k:bb]:
        top = top[:k] + " " * (bb - k) + top[bb:]
        k = min((k for w in _cues()["related"] if (k := top.find(w)) >= 0), default=len(top))
    top = top[:k]
    # else the page's date or the signature at the end of a copy ("（来源：…  2023年1月12日）",
    # "XX县人民政府\n二〇二三年一月")
    tail = max(0, len(body) - 300)
    tail_end = min((k for w in _cues()["related"] if (k := body.find(w, tail)) >= 0), default=len(body))
    dates = [(hv, mm) for mm in sorted([*_PUB_DATE.finditer(top), *_URL_DATE.finditer(top), *_PUB_DATE_YY.finditer(top)],
                                       key=lambda x: x.start())]
    dates += [(bv, mm) for mm in sorted([*_PUB_DATE.finditer(body, tail, tail_end), *_URL_DATE.finditer(body, tail, tail_end)],
                                        key=lambda x: x.start())]
    dates += [(bv, mm) for mm in _DATE.finditer(body, tail, tail_end) if re.fullmatch(r"[ \t]*", body[body.rfind("\n", 0, mm.start()) + 1:mm.start()])
              and re.match(r"[ \t]*(?:\n|$)", body[mm.end():])]
    if tail_end < len(body) and (foot := _OWN_FOOT.search(body, tail_end)) is not None:
        # the page's own source or editor after the list of other pages ("往期推荐\n…\n来源：黔南发布 2020-01-18")
        dates += [(bv, mm) for mm in _PUB_DATE.finditer(body, foot.start(), foot.end())]
    for v, mm in dates:
        if "/" in mm.group(0) and "午" in v.s[mm.end():mm.end() + 4] and _PRINTED.match(v.s, mm.end()):
            continue  # the date a browser printed the page on ("2023/3/6 下午3:12" over each page), not the page's
        y, mo = int(mm.group(1)), _cn_int(mm.group(2)) or 0
        y += 2000 if y < 100 else 0  # (a two-digit year: "19-01-10")
        if 1 <= mo <= 12:
            add(weak, y + 1 if mo >= 11 else y, 2, v, mm, ("page date " if v is hv else "date at the end ") + mm.group(0)
                + (NEXT_YEAR if mo >= 11 else ""))
            break
    else:
        mm = _ISSUE.search(top) or (_LIANGHUI.search(top) if "两会" in top else None)
        if mm:
            add(weak, int(mm.group(1) or mm.group(2)), 2, hv, mm, ("gazette issue " if mm.re is _ISSUE else "the sessions of ") + mm.group(0))
        # else the month a page's address files it under ("http://www.xx.gov.cn/xwzx/202001/a1b2c3.shtml", ".../2020-01/…")
        elif (um := _URL_MONTH.search(top)) or (um := _URL_MONTH.search(body, tail, tail_end)):
            y, mo = int(um.group(1)), int(um.group(2))
            add(weak, y + 1 if mo >= 11 else y, 2, hv if um.string is top else bv, um, f"the month of the page's address {y}-{mo:02d}"
                + (NEXT_YEAR if mo >= 11 else ""), 1)
    for pat, base in _ANNIVERSARY:
        mm = pat.search(body)
        if mm:
            k = 100 if (g := next(x for x in mm.groups() if x)) == "百" else _cn_int(g)
            if k:
                # (told in a clause on the year reviewed or the next one: "过去一年，我们隆重庆祝建党100周年" is the
                # report of the year after; decision 409)
                shift = _anniversary_shift(body, mm.start())
                add(weak, base + k + shift, 1, bv, mm, f"anniversary: {mm.group(0)}"
                    + (": the report the next year's" if shift > 0 else ": the report the year before's" if shift < 0 else ""))
    return strong, weak
