"""cod49 (decision 379): word lists still written in metadata's, facts' and pledges' patterns moved to meta_cues.tsv and
cues.tsv, each pattern built once from its rows at first use; the output is byte-identical.

Each moved pattern matches as its old spelling did (kept here as written before the move) on the example reports and on
sentences of its shape, and re still skips to its first characters where it did; a word added to a moved row reaches
the rule, and the rule's look-alikes answer as before."""
from __future__ import annotations

import re

import pytest

from helpers import example_texts, skips_in_c
from planwatch import metadata
from planwatch.extract import facts, pledges

# the patterns as written before the move (words in code), and the moved ones
_OLD = {
    "held_in": (r"[^。，,\n]{0,8}?在([\u4e00-\u9fff]{2,4}?)市?(?:隆重)?(?:开幕|召开|举行|闭幕)", 0),
    "held_after": (r"[^。，,]{0,16}?(?:开幕|召开|举行|闭幕)", 0),
    "news_speaker2": (r"(?:^|[，,。：:\s]|主任)(?P<name>[\u4e00-\u9fff·]{2,3})代表(?:党工委[、和])?[\u4e00-\u9fff]{0,6}?"
                      r"(?:人民政府|政府|管委会|管理委员会)(?:向大会)?作(?:的|了)?(?:政府)?工作报告", re.M),
    "zone_head_reports": (r"(?:管委会|管理委员会)(?:常务)?副?主任(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:代表[^，。,\n]{0,12}?)?"
                          r"作(?:了|的)?工作报告", 0),
    "opens_later": (r"(?:会议|大会)(?:将|定)?于?(?:(?P<m>\d{1,2})月)?(?P<d>[1-3]?\d|[一二三]?十[一二三四五六七八九]?|"
                    r"[一二三四五六七八九])日\s*(?:[上下]午)?(?:在[^，。,\n]{0,12}?)?(?:隆重|胜利)?开幕", 0),
    "opening_verb": (r"开幕|召开|举行", 0),
    "opens_bare": (r"\s*(?:在[^，。,\n]{0,12}?)?(?:隆重|胜利)?开幕", 0),
    "rel_after": (r"\s*(?P<w>今天|今日|昨天|昨日)(?:[（(][^）)\n]{1,6}[）)])?\s*(?:[上下]午|晚间?)?(?:在[^，。,\n]{0,12}?)?"
                  r"(?:隆重|胜利)?(?:开幕|召开|举行)", 0),
    "plan_name_end": (r"(?:发展计划|规划纲要|计划草案)$", 0),
    "work_report_alone": (r"工作报告(?:[（(](?:摘要|全文|节选|草案)[）)])?", 0),
    "deputy_turn": (r"[ \t\u3000]*(?:【[^】\n]{1,8}】|\[[^\]\n]{1,8}\])?[ \t\u3000]*[^，,。；;：:！？!?\n“”]{0,16}?"
                    r"(?:人大代表|政协委员|党代表)[^，,。；;：:！？!?\n“”]{0,20}?[：:](?![ \t\u3000]*[“\"])", 0),
    "deputy_before_name": (r"(?:人大代表|政协委员|党代表)[^，,。；;：:！？!?\n“”]{0,20}$", 0),
}
_NEW = {
    "held_in": metadata._held_in, "held_after": metadata._held_after, "news_speaker2": metadata._news_speaker2,
    "zone_head_reports": metadata._zone_head_reports, "opens_later": metadata._opens_later,
    "opening_verb": metadata._opening_verb, "opens_bare": metadata._opens_bare,
    "rel_after": lambda: metadata._relative_day_res()[1], "plan_name_end": metadata._plan_name_end,
    "work_report_alone": metadata._work_report_alone, "deputy_turn": pledges._deputy_turn,
    "deputy_before_name": pledges._deputy_before_name,
}
# patterns of which only the moved words' spelling changed: the old one is the new one with the old words put back
_RESPELLED = {
    "deputy_says": (pledges._deputy_says, "人大代表|政协委员|代表们|党代表|委员们", "人大代表|政协委员|党代表|代表们|委员们"),
    "vague_counts": (facts._vague_counts, "(?<=一览)|(?<=亮相)|(?<=公布)|(?<=出炉)|(?<=揭晓)", "(?<=出炉|公布|揭晓|一览|亮相)"),
    "group_setters": (facts._group_setters, "(?<=一览)|(?<=亮相)|(?<=公布)|(?<=出炉)|(?<=揭晓)", "(?<=出炉|公布|揭晓|一览|亮相)"),
    "opening": (lambda: metadata._patterns()["opening"], "管理委员会|管委会", "管委会|管理委员会"),
    "speaker_re": (metadata._speaker_re, "管理委员会|管委会|办事处", "管委会|管理委员会|办事处"),
}
_SENTENCES = [
    "新区管委会主任周海兵作工作报告", "管理委员会常务副主任李明代表党工委作了工作报告", "罗群代表党工委、管理委员会作工作报告",
    "会上，曹宏伟代表县人民政府向大会作政府工作报告", "会议将于1月10日上午在区行政中心胜利开幕", "会议定于十日隆重开幕",
    "…会议昨日（23日）上午在广州隆重开幕", "今天上午，县十七届人大三次会议在县会议中心召开", "自治区十四届人大二次会议在南宁开幕",
    "关于XX市2018年国民经济和社会发展计划", "XX市“十四五”规划纲要", "工作报告（节选）", "工作报告(全文)", "工作报告（解读）",
    "【同期声】市人大代表、某企业董事长陈建华：我们企业今年计划", "政协委员王芳：“今年…”", "代表们表示，今年将新建",
    "GDP增长目标出炉多地定在5%左右", "目标亮相4市定在7.5%左右", "目标公布 大部分省份持平", "城市管理委员会主任王五",
    "合肥高新区管委会主任 刘涛", "广州开发区管理委员会\n主任  张三",
]


def _old(name: str) -> re.Pattern:
    if name in _OLD:
        return re.compile(*_OLD[name])
    fn, new_words, old_words = _RESPELLED[name]
    pat = fn()
    assert new_words in pat.pattern, name
    return re.compile(pat.pattern.replace(new_words, old_words), pat.flags)


def _new(name: str) -> re.Pattern:
    return (_NEW.get(name) or _RESPELLED[name][0])()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return example_texts() + _SENTENCES


@pytest.mark.parametrize("name", [*_OLD, *_RESPELLED])
def test_moved_pattern_matches_as_its_old_spelling(name, texts):
    old, new = _old(name), _new(name)
    assert new.flags == old.flags
    for t in texts:
        assert [(m.span(), m.groups()) for m in new.finditer(t)] == [(m.span(), m.groups()) for m in old.finditer(t)], t[:40]
        # (and anchored where the rules anchor it: at each line's start)
        for ls in (0, *(i + 1 for i, c in enumerate(t) if c == "\n")):
            a, b = new.match(t, ls), old.match(t, ls)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    assert skips_in_c(new) == skips_in_c(old), name  # (re skips to its first characters where it did)


def test_zone_committee_row_reaches_its_five_patterns(extra_meta_cues):
    # a zone's committee reporting as a government: the head's lead, the speaker's lead, a byline's office, the opening
    assert metadata._zone_head_reports().search("新区管委会主任周海兵作工作报告").group("name") == "周海兵"
    assert metadata._zone_head_reports().search("园区管理局主任周海兵作工作报告") is None
    extra_meta_cues(zone_committee=("管理局",))
    assert metadata._zone_head_reports().search("园区管理局主任周海兵作工作报告").group("name") == "周海兵"
    assert metadata._news_speaker2().search("，罗群代表党工委、管理局作工作报告").group("name") == "罗群"
    assert metadata._patterns()["opening"].search("我代表管理局向大会报告工作") is not None
    assert metadata._speaker_re().search("某某园区管理局主任 刘涛").group("name") == "刘涛"
    # look-alike: the office of a department named without the row's words stays no zone's
    assert metadata._zone_head_reports().search("市城管局局长周海兵作工作报告") is None


def test_opening_words_rows_reach_the_preparatory_and_relative_day_rules(extra_meta_cues):
    # the opening's manner after a preparatory meeting and after a relative day (day_only_manner, day_only_verbs)
    assert metadata._opens_later().search("会议将于十日上午隆重开幕").group("d") == "十"
    assert metadata._opens_later().search("会议将于十日上午盛大开幕") is None
    assert metadata._opens_bare().match("盛大开幕") is None
    assert metadata._relative_day_res()[1].match("今天上午盛大开幕") is None
    extra_meta_cues(day_only_manner=("盛大",), day_only_verbs=("揭幕",))
    assert metadata._opens_later().search("会议将于十日上午盛大开幕").group("d") == "十"
    assert metadata._opens_bare().match("盛大开幕") is not None
    assert metadata._opening_verb().search("会议在县会议中心揭幕") is not None
    assert metadata._relative_day_res()[1].match("今天上午盛大揭幕").group("w") == "今天"
    # look-alike: the manner word without the opening's verb
    assert metadata._opens_bare().match("盛大庆祝") is None


def test_held_verbs_plan_name_end_and_report_version_rows(extra_meta_cues):
    assert metadata._held_in().match("在南宁开幕").group(1) == "南宁"
    assert metadata._held_in().match("在南宁揭幕") is None
    assert metadata._plan_name_end().search("关于XX市2018年国民经济和社会发展计划") is not None
    assert metadata._plan_name_end().search("关于XX市2018年国民经济和社会发展规划") is None
    assert metadata._work_report_alone().fullmatch("工作报告（摘要）") is not None
    assert metadata._work_report_alone().fullmatch("工作报告（要点）") is None
    extra_meta_cues(held_verbs=("揭幕",), plan_name_end=("发展规划",), report_version=("要点",))
    assert metadata._held_in().match("在南宁揭幕").group(1) == "南宁"
    assert metadata._held_after().match("在北京揭幕") is not None
    assert metadata._plan_name_end().search("关于XX市2018年国民经济和社会发展规划") is not None
    assert metadata._work_report_alone().fullmatch("工作报告（要点）") is not None
    assert metadata._work_report_alone().fullmatch("工作报告（一）") is None  # (a part's number is no version)


def test_deputy_titles_row_reaches_the_three_deputy_patterns(extra_cues):
    assert pledges._deputy_turn().match("市人大代表、某企业董事长陈建华：我们企业今年计划") is not None
    assert pledges._deputy_turn().match("政协常委陈建华：我们企业今年计划") is None
    extra_cues(deputy_titles=("政协常委",))
    assert pledges._deputy_turn().match("政协常委陈建华：我们企业今年计划") is not None
    assert pledges._deputy_before_name().search("采访了政协常委、某村党委书记") is not None
    assert pledges._deputy_says().search("政协常委陈建华表示，") is not None
    # look-alikes: the turn's colon opening a quote, and the plural only where it was read (their telling)
    assert pledges._deputy_turn().match("政协常委陈建华：“今年…”") is None
    assert pledges._deputy_says().search("代表们表示，") is not None
    assert pledges._deputy_turn().match("代表们：今年…") is None


def test_headline_released_row_takes_a_word_of_any_length(extra_cues):
    # each word its own look-behind: a word of three characters compiles and reaches both rules
    assert facts._vague_counts().search("目标出炉多地持平") is not None
    assert facts._group_setters().search("GDP增长目标新鲜发布4市定在") is None
    extra_cues(headline_released=("新鲜发布",))
    assert facts._group_setters().search("GDP增长目标新鲜发布4市定在") is not None
    assert facts._vague_counts().search("目标新鲜发布多地持平").group(1) == "多地"
