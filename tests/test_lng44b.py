"""Whole reports of county-level cities of 2016–2020 (lng44b, decision 305): a 换届 review of five years whose paragraphs
("——…") open on the last year ("2017年，地区生产总值…") dated a later paragraph's "五年新增城镇就业3.2万人" as that one
year (a bare 五年 before what the years added is their sum, as 五年累计 is), and the share of a five years' sum after it
("五年民生支出累计达到186亿元，占一般公共预算支出的比重达到78%") too; a list of campaigns counted after its last name
("蓝天、碧水、净土、固废治理和乡村环境整治五场战役") was a pledge of 整治; a project stage counted again in another sentence
with the same count ("竣工投产30个。…全年引进亿元以上项目30个") lost the later pledge. With look-alikes that must not change."""
import pytest

from factkeys import key_values, pledge_items, read

# (the city, the report's year)
_CITIES = [("瓦房店市", 2018), ("福清市", 2016), ("都匀市", 2021), ("诸城市", 2017)]
# the review's opening sentence, naming its five years by no cue of a span (过去五年, 五年来 frame it already)
_OPENINGS = ["市十七届人大一次会议以来的五年，是我市发展极不平凡的五年。", "市十四届人大一次会议以来，我们团结带领全市人民砥砺前行。",
             "本届政府任期即将届满，回顾工作，我们倍感振奋。"]


def _review(city: str, year: int, paragraphs: str, opening: str = "市十七届人大一次会议以来的五年，是我市发展极不平凡的五年。") -> str:
    last = year - 1
    return (f"政府工作报告\n——{year}年1月9日在{city}第十八届人民代表大会第一次会议上\n\n各位代表：\n"
            f"现在，我代表市人民政府向大会报告工作，请予审议。\n一、过去五年工作回顾\n"
            f"{opening}\n"
            f"——经济在爬坡过坎中企稳回升。{last}年，全市地区生产总值完成580.6亿元，增长6.5%。\n"
            + paragraphs + f"\n二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长7%左右。\n")


def _span(year: int) -> str:
    return f"{year - 5}-{year - 1}"


# (the paragraph after the one on the last year, the indicator, its five years' total)
_FIVE_LED = [
    ("——民生在持续改善中不断增进。五年新增城镇就业3.2万人，城镇登记失业率控制在3%以内。", "urban_new_jobs", 3.2),
    ("——民生在持续改善中不断增进。五年\n新增城镇就业3.2万人。", "urban_new_jobs", 3.2),
    ("——开放合作迈出新步伐。五年引进亿元以上项目120个，实际利用外资5.2亿美元。", "fdi", 5.2),
    ("——项目建设成效显著。过去五年完成固定资产投资1380亿元。", "fixed_asset_investment", 1380.0),
    ("——产业在转型升级中提质增效。五年新增规模以上工业企业68家，新认定高新技术企业32家。", "high_tech_enterprises", 32.0),
    ("——农村劳动力转移就业稳步推进。五年转移农村劳动力4.6万人。", "rural_labor_transfer", 4.6),
]


@pytest.mark.parametrize("opening", _OPENINGS)
@pytest.mark.parametrize("city,year", _CITIES)
@pytest.mark.parametrize("para,ind,value", _FIVE_LED)
def test_five_led_sum_after_a_year_paragraph(para, ind, value, city, year, opening):
    kv = key_values(read(_review(city, year, para, opening), region=city, report_year=year))
    assert kv.get((ind, "actual", _span(year), "level"), (None,))[0] == value
    assert (ind, "actual", str(year - 1), "level") not in kv


@pytest.mark.parametrize("opening", _OPENINGS)
@pytest.mark.parametrize("city,year", _CITIES)
@pytest.mark.parametrize("para", ["——民生在持续改善中不断增进。五年民生支出累计达到186亿元，占一般公共预算支出的比重达到78%。",
                                  "——民生在持续改善中不断增进。五年财政用于民生的支出累计186亿元，占一般公共预算支出的78%。"])
def test_share_of_a_five_year_sum(para, city, year, opening):
    kv = key_values(read(_review(city, year, para, opening), region=city, report_year=year))
    assert kv.get(("livelihood_expenditure", "actual", _span(year), "level"), (None,))[0] == 186.0
    assert kv.get(("livelihood_expenditure", "actual", _span(year), "share"), (None,))[0] == 78.0


@pytest.mark.parametrize("opening", _OPENINGS)
@pytest.mark.parametrize("city,year", _CITIES)
def test_five_led_sum_with_the_last_years_part(city, year, opening):
    para = f"——民生在持续改善中不断增进。五年新增城镇就业3.2万人，其中{year - 1}年新增6850人。"
    kv = key_values(read(_review(city, year, para, opening), region=city, report_year=year))
    assert kv.get(("urban_new_jobs", "actual", _span(year), "level"), (None,))[0] == 3.2
    assert kv.get(("urban_new_jobs", "actual", str(year - 1), "level"), (None,))[0] != 3.2


# look-alikes: the last year's own count; a level reached in a later clause; the
# year's share after the year's total; 五年来 as before
_NEAR = [
    ("——民生在持续改善中不断增进。{last}年新增城镇就业6850人。", ("urban_new_jobs", "{last}", "level"), 6850.0),
    ("——项目建设成效显著。五年完成固定资产投资1380亿元，常住人口城镇化率达到53.8%。",
     ("urbanization_rate", "{last}", "share"), 53.8),
    ("——民生在持续改善中不断增进。全年民生支出累计达到46亿元，占一般公共预算支出的比重达到79%。",
     ("livelihood_expenditure", "{last}", "share"), 79.0),
    ("——民生在持续改善中不断增进。民生支出达到46亿元，占一般公共预算支出的比重达到79%。",
     ("livelihood_expenditure", "{last}", "share"), 79.0),
    ("——民生在持续改善中不断增进。五年民生支出累计达到186亿元，{last}年占一般公共预算支出的比重达到78%。",
     ("livelihood_expenditure", "{last}", "share"), 78.0),
    ("——民生在持续改善中不断增进。五年来新增城镇就业3.2万人。", ("urban_new_jobs", "{span}", "level"), 3.2),
    ("——民生在持续改善中不断增进。五年累计民生支出186亿元，占一般公共预算支出的78%。",
     ("livelihood_expenditure", "{span}", "share"), 78.0),
]


@pytest.mark.parametrize("city,year", _CITIES)
@pytest.mark.parametrize("para,key,value", _NEAR)
def test_look_alikes_keep_their_year(para, key, value, city, year):
    fill = dict(last=year - 1, span=_span(year))
    kv = key_values(read(_review(city, year, para.format(**fill)), region=city, report_year=year))
    ind, period, measure = key
    assert kv.get((ind, "actual", period.format(**fill), measure), (None,))[0] == value


def _plan(city: str, year: int, body: str) -> str:
    return (f"{city}政府工作报告\n——{year}年1月8日在{city}第八届人民代表大会第五次会议上\n\n一、{year - 1}年工作回顾\n"
            f"全年地区生产总值完成575.3亿元，增长9.2%。\n二、{year}年工作安排\n重点做好以下几个方面工作：\n{body}\n")


# a list of named campaigns counted after its last name, the name ending in a verb's word (整治, 治理)
_CAMPAIGNS = [
    "深入实施蓝天、碧水、净土、固废治理和乡村环境整治五场战役，新建污水管网30公里。",
    "扎实开展扫黑除恶、禁毒整治、电信诈骗治理三场攻坚战，新建污水管网30公里。",
    "全面打响大气污染治理、水污染治理、土壤污染治理三场保卫战，新建污水管网30公里。",
]


@pytest.mark.parametrize("city,year", [("兴义市", 2020), ("都匀市", 2019), ("福清市", 2016)])
@pytest.mark.parametrize("body", _CAMPAIGNS)
def test_campaigns_counted_are_no_pledge(body, city, year):
    items = pledge_items(read(_plan(city, year, body), region=city, report_year=year))
    assert ("新建", "污水管网", 30.0, "公里") in items
    assert not any(v in (3.0, 5.0) for _, _, v, _ in items)


# look-alikes: a count in words after a real verb and object; a set of 项行动 as before
@pytest.mark.parametrize("city,year", [("兴义市", 2020), ("都匀市", 2019)])
def test_counts_in_words_kept(city, year):
    items = pledge_items(read(_plan(city, year, "新建学校五所，举办招聘会十场，完成环境整治三处。"), region=city,
                              report_year=year))
    assert ("新建", "学校", 5.0, "所") in items
    items = pledge_items(read(_plan(city, year, "深入推进城乡环境整治、交通秩序整治、市场秩序整治三项行动，新建污水管网30公里。"),
                              region=city, report_year=year))
    assert ("新建", "污水管网", 30.0, "公里") in items and not any(v == 3.0 for _, _, v, _ in items)


# a project stage counted again, with the same count, in a later sentence
_STAGED = [
    ("全年实施亿元以上项目100个，新开工亿元以上项目40个，竣工投产30个。", "全年引进亿元以上项目30个，实际利用内资完成115亿元。",
     ("引进", "亿元以上项目", 30.0, "个")),
    ("新开工亿元以上项目25个，竣工投产20个。", "坚持招商引资“一号工程”，新引进亿元以上项目20个。",
     ("新引进", "亿元以上项目", 20.0, "个")),
]


@pytest.mark.parametrize("city,year", [("瓦房店市", 2018), ("海城市", 2019), ("晋江市", 2017)])
@pytest.mark.parametrize("first,second,want", _STAGED)
def test_stage_again_in_another_sentence(first, second, want, city, year):
    body = f"（一）坚定不移抓项目扩投资。{first}\n（二）坚定不移扩大对外开放。{second}"
    items = pledge_items(read(_plan(city, year, body), region=city, report_year=year))
    assert want in items
    assert ("竣工投产", want[1], want[2], "个") in items


# look-alike: the same pledge restated by a verb of no stage is still dropped
@pytest.mark.parametrize("city,year", [("瓦房店市", 2018), ("海城市", 2019)])
def test_restated_pledge_still_once(city, year):
    body = "（一）改善人居环境。改造老旧小区20个。\n（二）提升城市品质。完成老旧小区20个。"
    items = pledge_items(read(_plan(city, year, body), region=city, report_year=year))
    assert sum(1 for _, o, v, _ in items if o == "老旧小区" and v == 20.0) == 1
