"""mnd64 (a mend): the cue words that this session's rounds (decisions 540-555) spelled in seven patterns' code are read
from cues.tsv, each pattern built at first use. Nothing reads differently: five patterns' strings are the base's to the
character; two change only the order of the words inside a lookahead, which matches when any of them does."""
import re

import pytest

from planwatch import vocab
from planwatch.extract import facts, pledges

# the base's pattern strings (main at 1c62efa4), as the module-level constants compiled them before mnd64
BASE = {
    ('facts', '_own_after_re'): '[^。；;！？\\n，,]{0,24}?[\\d.]+%?[^。；;！？\\n，,]{0,6}(?:[，,](?:(?:省里|省委|省政府|自治区|市里|市委|市政府)(?:工作报告)?(?:确定|提出|要求|明确)(?:(?:全|我|本)[省市区州盟])?|(?:省里|省委|省政府|自治区|市里|市委|市政府)?(?:工作报告)?(?:确定|提出|要求|明确)?(?:(?:全|我|本)[省市区州盟]|(?![全我本])[\\u4e00-\\u9fff]{1,5}[县区市旗](?=增长|下降)))[^。；;！？\\n，,\\d%]{0,8}[\\d.]+%?[^。；;！？\\n，,]{0,6}|[，,](?:增速|增幅|总量)?(?:位居|位列|居|排名|列|稳居|跃居)[^。；;！？\\n，,\\d]{0,8}?第[^。；;！？\\n，,]{1,4}){0,2}(?:[，,](?:其中)?|[；;](?=[我本])|。(?:\\n[\\n \\t\\u3000]{0,10})?(?=[全我][市区县州旗盟](?:力争|争取|确保|努力|确定为|确定在|定为|设定为))(?![^。；;！？\\n]*(?:实际|完成|预计)))((?:全|我|本)(?:地区|[省市区县州旗盟]))(?=(?:还将|将|要)?(?:力争|争取|确保|努力|提出|预期|计划|确定|安排)?(?:的?目标(?:为|是)?)?(?:实际)?(?:完成|实现)?(?:同比|年均)?(?:增长|下降|上涨|增速|达到|达|为|是|实现|完成|突破)?[\\d.]|按照?(?:增长)?[\\d.]+[%％](?:左右|以上)?安排|按照?[^，,。；;\\d%]{0,10}?(?:[\\d.]+个百分点)?(?:左右|以上)?安排[，,](?:即|具体为)(?:增长|下降)?[\\d.]|(?:增速|增幅|总量|经济总量)?(?:位居|位列|居|排名|排|列)(?:全[国省市区州盟]|第)|[^，,。；;\\d%]{0,14}?(?:确定|定|安排|设定)为(?:增长|下降)?[\\d.]|(?:还将|将|要)?(?:力争|争取|确保|努力)?(?:高于|快于|高出)全[国省市区州盟](?:平均水平)?(?:[\\d.]+个百分点)?(?:以上|左右)?[，,](?:即|也就是)?(?:力争|确保)?(?:达到|增长|实现)?[\\d.])',  # was facts._OWN_AFTER
    ('facts', '_named_bracket_re'): '[（(][ \\t]*([\\u4e00-\\u9fff]{1,8}?[省市县区旗州盟])(?=[、，,和与及]|安排|确定|设定|定为|为|目标|预期|增长|[\\d.])',  # was facts._NAMED_BRACKET
    ('pledges', '_later_clause_opens'): '[ \\t\\u3000]*(?:力争|争取|确保)?(?:到|至)(?:20\\d{2}年|[“\\"‘]?十[一二三四五六七八九]五[”\\"’]?(?:时期|期)?末)',  # was pledges._LATER_CLAUSE_OPENS
    ('pledges', '_year_para_opens'): '[ \\t\\u3000]*(?:今年|本年|全年|((?:19|20)\\d\\d)年)(?:[，,]|[全我本][省市区县州旗盟])',  # was pledges._YEAR_PARA_OPENS
    ('pledges', '_act_open'): '[ \\t\\u3000]*(?:[全我本][省市区县州旗盟])?(?:还将|将|要)?(?:力争|争取|确保)?(?:五年)?(?:累计)?',  # was pledges._ACT_OPEN
    ('pledges', '_teller_lead'): '(?:(?:会议|报告|政府工作报告))(?:还|亦|也|并)?(?:提出|明确|指出|强调|显示)[，,：:]?',  # was pledges._TELLER_LEAD
    ('facts', '_own_whole_sets'): '[ \\u3000]*全([省市区县州旗盟])(?:(?:预期|计划)(?:增长|下降)|(?:确定|安排|设定|定)(?:为|在)?(?:增长|下降)?)$',  # was facts._OWN_WHOLE_SETS
}

# where the words' order changes (cues.tsv's rows are read longest first), the lookahead that holds them: (before, after)
LOOKAHEADS = {"_own_after_re": ("(?=[全我][市区县州旗盟](?:", "))(?!"),
              "_named_bracket_re": ("(?=[、，,和与及]|", "|[\\d.])")}


def _new(mod: str, fn: str) -> re.Pattern:
    return getattr({"facts": facts, "pledges": pledges}[mod], fn)()


@pytest.mark.parametrize("key", sorted(BASE))
def test_pattern_is_the_bases(key):
    old, new = BASE[key], _new(*key).pattern
    if key[1] not in LOOKAHEADS:
        assert new == old
        return
    before, after = LOOKAHEADS[key[1]]
    o1, o2 = old.split(before, 1)[1].split(after, 1)[0], new.split(before, 1)[1].split(after, 1)[0]
    # the same text around the lookahead, the same words inside it, only their order may differ
    assert old.replace(before + o1 + after, "@") == new.replace(before + o2 + after, "@")
    assert sorted(o1.split("|")) == sorted(o2.split("|")) and o1 != o2


def test_built_once_from_the_rows():
    c = vocab.cues()
    assert c["plan_end_resolve"] == ("力争", "争取", "确保")
    assert set(c["above_clause_set_as"]) == {"确定为", "确定在", "定为", "设定为"}
    for fn in (facts._own_after_re, facts._named_bracket_re, facts._own_whole_sets, pledges._later_clause_opens, pledges._year_para_opens,
               pledges._act_open, pledges._teller_lead):
        assert fn() is fn()


OWN_AFTER_CASES = [  # (text, the level above's name's end) — lft64's sentences and their look-alikes
    ("全省生产总值增长目标为7%。我旗确定为6.5%左右", 2), ("全省生产总值增长目标为7%。我旗确定在6.5%左右", 2),
    ("全省生产总值增长目标为7%。我旗定为6.5%左右", 2), ("全省生产总值增长目标为7%。我旗设定为6.5%左右", 2),
    ("全省生产总值增长目标为9%。全区力争增长10%", 2), ("全省生产总值增长目标为9%。全区努力增长10%", 2),
    ("全省生产总值增长目标为9%。全区确保增长10%", 2), ("全省生产总值增长目标为9%。全区争取增长10%", 2),
    ("全省生产总值增长目标为9%。全区力争增长10%，实际增长9.5%", 2), ("全省生产总值增长目标为9%。全区确定为10%，预计完成9%", 2),
    ("全省生产总值增长目标为9%。全区实际增长10%", 2), ("全省生产总值增长目标为9%。全区设定在10%", 2),
    ("全省生产总值增长7%，我县增长8%", 2), ("全省生产总值增长目标为9%。我县提出增长10%", 2),
    ("全省生产总值增长目标为7%。\n\n我旗设定为6.5%左右", 2), ("全省生产总值增长目标为7%。\n\n我旗实际增长6.5%", 2),
]


@pytest.mark.parametrize("text,e", OWN_AFTER_CASES)
def test_own_after_reads_as_the_base(text, e):
    old = re.compile(BASE[("facts", "_own_after_re")]).match(text, e)
    new = facts._own_after_re().match(text, e)
    assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))


def test_own_after_keeps_lft64s_reading():
    assert facts._own_after_re().match("全省生产总值增长目标为7%。我旗确定为6.5%左右", 2).group(1) == "我旗"
    assert facts._own_after_re().match("全省生产总值增长目标为9%。全区实际增长10%", 2) is None


@pytest.mark.parametrize("word", ["安排", "确定", "设定", "定为", "为", "目标", "预期", "增长", "、", "5", "提出", "的", "计划"])
def test_named_bracket_reads_as_the_base(word):
    for name in ("瑞金市", "江西省", "兴国县", "宁都县石城县"):
        text = f"（{name}{word}5%）"
        old = re.compile(BASE[("facts", "_named_bracket_re")]).match(text)
        new = facts._named_bracket_re().match(text)
        assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))
    assert (facts._named_bracket_re().match("（瑞金市为5%）").group(1) == "瑞金市")


def test_the_pledge_patterns_read_their_sentences():
    assert pledges._later_clause_opens().match("，力争到2030年达到1.5万个", 1) is not None
    assert pledges._later_clause_opens().match("，努力到2030年达到1.5万个", 1) is None
    assert pledges._year_para_opens().match("全年，全县新建…").group(1) is None
    assert pledges._year_para_opens().match("2016年，全市新建…").group(1) == "2016"
    assert pledges._year_para_opens().match("今年是“十五五”开局之年") is None
    assert pledges._act_open().match("，全区还将力争五年累计建成", 1).end() == 11
    assert pledges._teller_lead().match("报告还提出，“十五五”时期").end() == 6
    assert pledges._teller_lead().match("报告要求，今年") is None


def test_own_whole_sets_reads_adv64cs_clauses():
    assert facts._own_whole_sets().match("，全市预期增长", 1).group(1) == "市"
    assert facts._own_whole_sets().match("，全县计划下降", 1).group(1) == "县"
    assert facts._own_whole_sets().match("，全市确定为", 1) is not None
    assert facts._own_whole_sets().match("，全市力争增长", 1) is None


def test_a_word_added_to_a_row_reaches_its_pattern(extra_cues):
    assert pledges._teller_lead().match("会议部署，今年") is None
    assert facts._own_after_re().match("全省生产总值增长目标为9%。全区预期增长10%", 2) is None
    extra_cues(teller_verbs=("部署",), own_after_aims=("预期",), year_para_opens=("当年",))
    assert pledges._teller_lead().match("会议部署，今年").end() == 5
    assert facts._own_after_re().match("全省生产总值增长目标为9%。全区预期增长10%", 2).group(1) == "全区"
    assert pledges._year_para_opens().match("当年，全县新建") is not None
