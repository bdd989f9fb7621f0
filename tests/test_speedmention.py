"""find_mentions' per-name tests read only where they can hold (issue 13, speed): the comparator, per-household
and share tests only where the six characters before a name end with a last character of their words, the
region-above tests only where those characters hold one of the words' characters. What is kept is what every
test read at every name kept (pinned here for a city, a county, a city of an autonomous region and a province)."""
from __future__ import annotations

import inspect
import re

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


def test_the_gates_hold_every_word_tested():
    for w in F._COMPARATOR_OR_AND + F._PER_HOUSEHOLD + F._SHARE_OF:
        assert w[-1] in F._BEFORE_NAME_LAST, w
    # every word find_mentions tests a region above by holds a character of the gate (a word added to
    # those tests without one would be passed over)
    src = inspect.getsource(F.find_mentions)
    words = {w for args in re.findall(r"above\.endswith\(\(?([^)]*)\)", src) for w in re.findall(r'"([^"]+)"', args)}
    assert {"全国", "国内", "全省", "全疆", "自治区", "全地区", "自治州", "我市", "本区"} <= words
    for w in words:
        assert not F._ABOVE_WORD_CHARS.isdisjoint(w), w
