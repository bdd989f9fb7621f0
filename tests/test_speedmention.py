"""find_mentions' per-name tests read only where they can hold (issue 13, speed): the comparator, per-household
and share tests only where the six characters before a name end with a last character of their words, the
region-above tests only where those characters hold one of the words' characters. What is kept is what every
test read at every name kept (pinned here for a city, a county, a city of an autonomous region and a province)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from planwatch.extract import facts as F
from planwatch.model import Metadata

CITY = Metadata(region="株洲市", region_code="430200", level="prefecture", parent="湖南省", province="湖南省")
COUNTY = Metadata(region="攸县", region_code="430223", level="county", parent="株洲市", province="湖南省")
NMCITY = Metadata(region="包头市", region_code="150200", level="prefecture", parent="内蒙古自治区", province="内蒙古自治区")
PROV = Metadata(region="浙江省", region_code="330000", level="province")

SENTENCES = [
    '居民收入增长与经济增长基本同步，城镇新增就业3.2万人。',
    '实现居民收入增长和经济增长同步，一般公共预算收入增长6%。',
    '城乡居民收入增长快于经济增长；全社会固定资产投资增长8%。',
    '农村居民人均可支配收入增长高于城镇居民人均可支配收入，规模以上工业增加值增长7.5%。',
    '全县户均存款余额20万元，村均集体经济收入达到15万元。',
    '高新技术产业增加值占规模以上工业增加值的比重达到45%，占全省地区生产总值的12%。',
    '全国国内生产总值增长5.2%，全省地区生产总值增长5.5%，全市地区生产总值增长6%，全区增长6.5%。',
    '全省提出地区生产总值增长5.5%左右，我市一般公共预算收入增长6%。',
    '全省要求各地一般公共预算收入增长5%以上；全州实现地区生产总值520亿元。',
    '自治区生产总值增长6.5%，全区规模以上工业增加值增长7%，全市固定资产投资增长10%。',
    '宁夏回族自治区地区生产总值增长6.6%，全疆地区生产总值增长6.8%。',
    '全地区生产总值增长6%，自治州地区生产总值增长5%，全盟社会消费品零售总额增长4%。',
    '我国国内生产总值增长5%，本省一般公共预算收入增长4%，本市城镇居民人均可支配收入增长5%。',
]

KEPT = [
    (CITY, 0, [(0, '居民收入', None), (16, '城镇新增就业', None)]),
    (CITY, 1, [(2, '居民收入', None), (16, '一般公共预算收入', None)]),
    (CITY, 2, [(0, '城乡居民收入', None), (15, '全社会固定资产投资', None)]),
    (CITY, 3, [(0, '农村居民人均可支配收入', None), (27, '规模以上工业增加值', None)]),
    (CITY, 4, []),
    (CITY, 5, []),
    (CITY, 6, [(32, '地区生产总值', None)]),
    (CITY, 7, [(21, '一般公共预算收入', None)]),
    (CITY, 8, [(25, '地区生产总值', None)]),
    (CITY, 9, [(16, '规模以上工业增加值', None), (32, '固定资产投资', None)]),
    (CITY, 10, []),
    (CITY, 11, [(1, '地区生产总值', None), (15, '地区生产总值', None), (28, '社会消费品零售总额', None)]),
    (CITY, 12, [(30, '城镇居民人均可支配收入', None)]),
    (COUNTY, 0, [(0, '居民收入', None), (16, '城镇新增就业', None)]),
    (COUNTY, 1, [(2, '居民收入', None), (16, '一般公共预算收入', None)]),
    (COUNTY, 2, [(0, '城乡居民收入', None), (15, '全社会固定资产投资', None)]),
    (COUNTY, 3, [(0, '农村居民人均可支配收入', None), (27, '规模以上工业增加值', None)]),
    (COUNTY, 4, []),
    (COUNTY, 5, []),
    (COUNTY, 6, []),
    (COUNTY, 7, []),
    (COUNTY, 8, []),
    (COUNTY, 9, []),
    (COUNTY, 10, []),
    (COUNTY, 11, [(1, '地区生产总值', None)]),
    (COUNTY, 12, []),
    (NMCITY, 0, [(0, '居民收入', None), (16, '城镇新增就业', None)]),
    (NMCITY, 1, [(2, '居民收入', None), (16, '一般公共预算收入', None)]),
    (NMCITY, 2, [(0, '城乡居民收入', None), (15, '全社会固定资产投资', None)]),
    (NMCITY, 3, [(0, '农村居民人均可支配收入', None), (27, '规模以上工业增加值', None)]),
    (NMCITY, 4, []),
    (NMCITY, 5, []),
    (NMCITY, 6, [(32, '地区生产总值', None)]),
    (NMCITY, 7, [(21, '一般公共预算收入', None)]),
    (NMCITY, 8, [(25, '地区生产总值', None)]),
    (NMCITY, 9, [(32, '固定资产投资', None)]),
    (NMCITY, 10, []),
    (NMCITY, 11, [(1, '地区生产总值', None), (15, '地区生产总值', None), (28, '社会消费品零售总额', None)]),
    (NMCITY, 12, [(30, '城镇居民人均可支配收入', None)]),
    (PROV, 0, [(0, '居民收入', None), (16, '城镇新增就业', None)]),
    (PROV, 1, [(2, '居民收入', None), (16, '一般公共预算收入', None)]),
    (PROV, 2, [(0, '城乡居民收入', None), (15, '全社会固定资产投资', None)]),
    (PROV, 3, [(0, '农村居民人均可支配收入', None), (27, '规模以上工业增加值', None)]),
    (PROV, 4, []),
    (PROV, 5, []),
    (PROV, 6, [(17, '地区生产总值', None), (32, '地区生产总值', None)]),
    (PROV, 7, [(4, '地区生产总值', None), (21, '一般公共预算收入', None)]),
    (PROV, 8, [(6, '一般公共预算收入', None), (25, '地区生产总值', None)]),
    (PROV, 9, [(3, '生产总值', '自治区'), (16, '规模以上工业增加值', None), (32, '固定资产投资', None)]),
    (PROV, 10, [(7, '地区生产总值', '宁夏回族自治区'), (22, '地区生产总值', None)]),
    (PROV, 11, [(1, '地区生产总值', None), (15, '地区生产总值', None), (28, '社会消费品零售总额', None)]),
    (PROV, 12, [(15, '一般公共预算收入', None), (30, '城镇居民人均可支配收入', None)]),

]


@pytest.mark.parametrize("meta,i,kept", KEPT)
def test_names_kept_with_their_parts(meta, i, kept):
    text = SENTENCES[i]
    got = F.find_mentions(text, meta)
    assert [(m.start, m.alias, m.partial) for m in got] == kept
    assert all(text[m.start:m.end] == m.alias for m in got)


def _function_source(fn) -> str:
    """A function's source read from its module's .py (inspect.getsource cannot read a compiled function)."""
    path = Path(__file__).resolve().parent.parent / "src" / Path(*fn.__module__.split("."))
    text = path.with_suffix(".py").read_text(encoding="utf-8")
    node = next(n for n in ast.walk(ast.parse(text)) if isinstance(n, ast.FunctionDef) and n.name == fn.__name__)
    return ast.get_source_segment(text, node)


def test_the_gates_hold_every_word_tested():
    for w in F._COMPARATOR_OR_AND + F._PER_HOUSEHOLD + F._SHARE_OF:
        assert w[-1] in F._BEFORE_NAME_LAST, w
    # every word find_mentions tests a region above by holds a character of the gate (a word added to
    # those tests without one would be passed over)
    src = _function_source(F.find_mentions)
    words = {w for args in re.findall(r"above\.endswith\(\(?([^)]*)\)", src) for w in re.findall(r'"([^"]+)"', args)}
    assert {"全国", "国内", "全省", "全疆", "自治区", "全地区", "自治州", "我市", "本区"} <= words
    for w in words:
        assert not F._ABOVE_WORD_CHARS.isdisjoint(w), w


# a name opening its clause (no lead: the tests of a lead are not read) and one after a lead: the place found by
# the subject before, the region speaking, a digest's heading, a kind of place, a level, each unit
CLAUSES = [
    '经开区规上工业增加值增长11.2%，固定资产投资增长18.6%。',
    '昆山市实现地区生产总值5140亿元，一般公共预算收入425亿元。',
    '兰州市提出，地区生产总值增长6%左右，一般公共预算收入增长5%。',
    '天水提出地区生产总值增长6.5%。',
    '攸县：2023年地区生产总值增长6.5%，规模以上工业增加值增长8%。',
    '【茶陵县】地区生产总值增长5.8%。',
    '全省地区生产总值增长5.8%，规上工业增加值增长6%。',
    '省级高新区提质扩容，全区实现工业总产值800亿元，规上工业增加值增长12%。',
    '重点地区细颗粒物浓度下降5%，脱贫地区农村居民人均可支配收入增长8%。',
    '市本级一般公共预算收入增长3%，县级一般公共预算收入增长4%。',
    '每个县培育高新技术企业1家，全县（不含开发区）固定资产投资增长9%。',
]

KEPT_AFTER_LEADS = [
    (CITY, 0, [(3, '规上工业增加值', '经开区'), (18, '固定资产投资', '经开区')]),
    (CITY, 1, [(5, '地区生产总值', '昆山市'), (18, '一般公共预算收入', '昆山市')]),
    (CITY, 2, [(6, '地区生产总值', '兰州市'), (19, '一般公共预算收入', '兰州市')]),
    (CITY, 3, [(4, '地区生产总值', None)]),
    (CITY, 4, [(8, '地区生产总值', '攸县'), (21, '规模以上工业增加值', '攸县')]),
    (CITY, 5, [(5, '地区生产总值', '茶陵县')]),
    (CITY, 6, []),
    (CITY, 7, [(25, '规上工业增加值', '省级高新区')]),
    (CITY, 8, [(4, '细颗粒物浓度', '重点地区'), (19, '农村居民人均可支配收入', '脱贫地区')]),
    (CITY, 9, [(3, '一般公共预算收入', '市本级'), (18, '一般公共预算收入', '县级')]),
    (CITY, 10, [(5, '高新技术企业', '每个县'), (23, '固定资产投资', '（不含开发区）')]),
    (COUNTY, 0, [(3, '规上工业增加值', '经开区'), (18, '固定资产投资', '经开区')]),
    (COUNTY, 1, [(5, '地区生产总值', '昆山市'), (18, '一般公共预算收入', '昆山市')]),
    (COUNTY, 2, [(6, '地区生产总值', '兰州市'), (19, '一般公共预算收入', '兰州市')]),
    (COUNTY, 3, [(4, '地区生产总值', None)]),
    (COUNTY, 4, [(8, '地区生产总值', None), (21, '规模以上工业增加值', None)]),
    (COUNTY, 5, [(5, '地区生产总值', '茶陵县')]),
    (COUNTY, 6, []),
    (COUNTY, 7, [(25, '规上工业增加值', '省级高新区')]),
    (COUNTY, 8, [(4, '细颗粒物浓度', '重点地区'), (19, '农村居民人均可支配收入', '脱贫地区')]),
    (COUNTY, 9, [(3, '一般公共预算收入', '市本级'), (18, '一般公共预算收入', None)]),
    (COUNTY, 10, [(5, '高新技术企业', '每个县'), (23, '固定资产投资', '（不含开发区）')]),
    (PROV, 0, [(3, '规上工业增加值', '经开区'), (18, '固定资产投资', '经开区')]),
    (PROV, 1, [(5, '地区生产总值', '昆山市'), (18, '一般公共预算收入', '昆山市')]),
    (PROV, 2, [(6, '地区生产总值', '兰州市'), (19, '一般公共预算收入', '兰州市')]),
    (PROV, 3, [(4, '地区生产总值', None)]),
    (PROV, 4, [(8, '地区生产总值', '攸县'), (21, '规模以上工业增加值', '攸县')]),
    (PROV, 5, [(5, '地区生产总值', '茶陵县')]),
    (PROV, 6, [(2, '地区生产总值', None), (15, '规上工业增加值', None)]),
    (PROV, 7, [(25, '规上工业增加值', '省级高新区')]),
    (PROV, 8, [(4, '细颗粒物浓度', '重点地区'), (19, '农村居民人均可支配收入', '脱贫地区')]),
    (PROV, 9, [(3, '一般公共预算收入', '市本级'), (18, '一般公共预算收入', '县级')]),
    (PROV, 10, [(5, '高新技术企业', '每个县'), (23, '固定资产投资', '（不含开发区）')]),
]


@pytest.mark.parametrize("meta,i,kept", KEPT_AFTER_LEADS)
def test_names_after_a_lead_or_none_kept_with_their_parts(meta, i, kept):
    text = CLAUSES[i]
    assert [(m.start, m.alias, m.partial) for m in F.find_mentions(text, meta)] == kept


def test_an_empty_lead_ends_with_no_named_part():
    assert not F._ends_named_part("") and not F._ends_named_part("的")
    assert F._ends_named_part("脱贫地区") and F._ends_named_part("重点地区的") and F._ends_named_part("\n")


# a digest of several regions' reports, each line headed by its region: a line's heading read once for its names
# (a name within 14 characters of the line's start reads it up to itself)
DIGESTS = [
    '攸县：地区生产总值增长6.5%，规模以上工业增加值增长8%。\n茶陵县：地区生产总值增长5.8%，固定资产投资增长9%。\n全市：地区生产总值增长6%，城镇居民人均可支配收入增长5%。\n■【醴陵市】一般公共预算收入增长7%，社会消费品零售总额增长6%。',
    '一、经济运行\n地区生产总值增长6%。\n2023年全县：固定资产投资增长9%，一般公共预算收入增长4%。\n长沙:地区生产总值增长4.8%。\n◆高新区：规上工业增加值增长12%，固定资产投资增长15%。',
]

KEPT_IN_DIGESTS = [
(CITY, 0, [(3, '地区生产总值', '攸县'), (16, '规模以上工业增加值', '攸县'), (35, '地区生产总值', '茶陵县'), (48, '固定资产投资', '茶陵县'), (63, '地区生产总值', None), (74, '城镇居民人均可支配收入', None), (97, '一般公共预算收入', '醴陵市'), (110, '社会消费品零售总额', '醴陵市')]),
    (CITY, 1, [(7, '地区生产总值', None), (27, '固定资产投资', '全县'), (38, '一般公共预算收入', '全县'), (55, '地区生产总值', '长沙'), (74, '规上工业增加值', '高新区'), (87, '固定资产投资', '高新区')]),
    (COUNTY, 0, [(3, '地区生产总值', None), (16, '规模以上工业增加值', None), (35, '地区生产总值', '茶陵县'), (48, '固定资产投资', '茶陵县'), (63, '地区生产总值', '全市'), (74, '城镇居民人均可支配收入', '全市'), (97, '一般公共预算收入', '醴陵市'), (110, '社会消费品零售总额', '醴陵市')]),
    (COUNTY, 1, [(7, '地区生产总值', None), (27, '固定资产投资', None), (38, '一般公共预算收入', None), (55, '地区生产总值', '长沙'), (74, '规上工业增加值', '高新区'), (87, '固定资产投资', '高新区')]),
    (PROV, 0, [(3, '地区生产总值', '攸县'), (16, '规模以上工业增加值', '攸县'), (35, '地区生产总值', '茶陵县'), (48, '固定资产投资', '茶陵县'), (63, '地区生产总值', '全市'), (74, '城镇居民人均可支配收入', '全市'), (97, '一般公共预算收入', '醴陵市'), (110, '社会消费品零售总额', '醴陵市')]),
    (PROV, 1, [(7, '地区生产总值', None), (27, '固定资产投资', '全县'), (38, '一般公共预算收入', '全县'), (55, '地区生产总值', None), (74, '规上工业增加值', '高新区'), (87, '固定资产投资', '高新区')]),
]


@pytest.mark.parametrize("meta,i,kept", KEPT_IN_DIGESTS)
def test_names_under_a_line_heading_kept_with_their_parts(meta, i, kept):
    text = DIGESTS[i]
    assert [(m.start, m.alias, m.partial) for m in F.find_mentions(text, meta)] == kept


# a lead's place matched against the regions above the report's and its province's divisions (one set a report)
@pytest.mark.parametrize("lead,own,code,above,place", [
    ("长沙", "株洲市", "430200", ("湖南省", "湖南省"), "长沙"),  # another city of the province
    ("株洲", "攸县", "430223", ("株洲市", "湖南省"), "株洲"),  # the city above a county
    ("全株洲", "攸县", "430223", ("株洲市", "湖南省"), "全株洲"),
    ("绍兴全市", "诸暨市", "330681", ("绍兴市", "浙江省"), "绍兴全市"),
    ("省会长沙", "株洲市", "430200", ("湖南省", "湖南省"), "省会长沙"),
    ("湖南", "株洲市", "430200", ("湖南省", "湖南省"), "湖南"),
    ("2025年湘潭实现", "株洲市", "430200", ("湖南省", "湖南省"), "湘潭"),
    ("宁波", "杭州市", "330100", ("浙江省", "浙江省"), "宁波"),
    ("杭州", "浙江省", "330000", (None, None), "杭州"),  # a city of the province's own report
    ("株洲", "株洲市", "430200", ("湖南省", "湖南省"), None),  # the report's own short name
    ("确保", "株洲市", "430200", ("湖南省", "湖南省"), None),
    ("茶陵", "攸县", "430223", ("株洲市", "湖南省"), None),
])
def test_a_lead_names_a_region_above_or_beside(lead, own, code, above, place):
    assert F._place_named(lead, own, code, above) == place
