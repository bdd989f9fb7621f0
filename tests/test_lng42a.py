"""Whole provincial reports of 2021, blind (lng42a, decision 262): the ratio of the urban to the rural income named by
the pair's name and 比/倍差/差距 (“城乡居民收入比由2.07缩小到1.96，连续36年居全国省区第1位”) gave both incomes the ratio's
place; a count of villages or firms picked out by two money thresholds joined by 且/和 and closed by 的 (“新增农村集体经济
年收入30万元以上且经营性收入15万元以上的行政村1000个”) was lost (an object too long for a name) or split into a threshold
pledged as an amount. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val
from taskdoc import pledges


def _report(place: str, body: str, year: int = 2021) -> str:
    return (f"政府工作报告\n——{year}年1月24日在{place}第十三届人民代表大会第五次会议上\n{place}省长　王明\n各位代表：\n"
            f"一、{year - 1}年和“十三五”时期工作回顾\n{body}\n二、“十四五”时期主要目标任务\n")


# 1. the urban-rural income ratio and its place
@pytest.mark.parametrize("ratio", ["城乡居民收入比由2.07缩小到1.96", "城乡居民收入比缩小到1.96", "城乡收入比由2.5降至2.27",
                                   "城乡居民人均可支配收入比缩小到1.96", "城乡居民收入倍差缩小到1.96",
                                   "城乡居民收入差距缩小到1.96∶1", "城乡居民收入之比缩小到2.1", "城乡居民收入比进一步缩小到1.96"])
@pytest.mark.parametrize("place_words", ["，连续36年居全国省区第1位", "，居全国各省区第1位", "，在全国省区中位居第2位"])
@pytest.mark.parametrize("place,year", [("浙江省", 2021), ("江苏省", 2021), ("福建省", 2022), ("山东省", 2026)])
def test_income_ratio_rank_is_no_income_rank(ratio, place_words, place, year):
    body = f"五年来，全省生产总值年均增长6.5%。{ratio}{place_words}。"
    fs = keys_of(read(_report(place, body, year)))
    assert not [k for k in fs if k[0] in ("urban_disposable_income", "rural_disposable_income")], sorted(fs)


@pytest.mark.parametrize("sentence,key,value", [
    # (look-alikes: 比 comparing the incomes with a year, and the incomes' own figures after the ratio)
    ("城乡居民收入比上年分别增长5.2%和7.8%。", ("rural_disposable_income", "actual", "2020", "growth"), (7.8, "eq")),
    ("城乡居民人均可支配收入比2015年分别增长40.1%和55.2%。", ("rural_disposable_income", "actual", "2016-2020", "growth"), (55.2, "eq")),
    ("城乡居民收入比缩小到1.96，城乡居民人均可支配收入分别达到62699元和31930元。",
     ("rural_disposable_income", "actual", "2020", "level"), (31930, "eq")),
    ("城乡居民收入连续20年居全国省区第1位。", ("urban_disposable_income", "actual", "2020", "rank"), (1, "eq")),
])
def test_income_figures_around_the_ratio_stay(sentence, key, value):
    fs = keys_of(read(_report("浙江省", "五年来，全省生产总值年均增长6.5%。" + sentence)))
    assert val(fs, key) == value


# 2. units counted after two money thresholds closed by 的
@pytest.mark.parametrize("sentence,obj,value", [
    ("新增农村集体经济年收入30万元以上且经营性收入15万元以上的行政村1000个。", "行政村", 1000),
    ("新增村级集体经济年收入50万元以上且经营性收入20万元以上的行政村500个。", "行政村", 500),
    ("培育农村集体经济年收入100万元以上且经营性收入50万元以上的行政村300个。", "行政村", 300),
    ("新增集体经济年收入20万元以上和经营性收入10万元以上的村300个。", "村", 300),
    ("新增年营业收入1亿元以上和年利润1000万元以上的企业50家。", "企业", 50),
])
@pytest.mark.parametrize("level", ["市", "县"])
def test_count_after_two_thresholds(sentence, obj, value, level):
    got = pledges(sentence, level)
    assert any(o.endswith(obj) and v == value for _, o, v, _ in got), got
    # (neither threshold is pledged as an amount)
    assert not [p for p in got if p[3].endswith("元")], got


@pytest.mark.parametrize("sentence,expected", [
    # (look-alikes: one threshold, amounts of their own joined by 和, a count with no 的 after the thresholds)
    ("新增农村集体经济年收入30万元以上的行政村1000个。", {("新增", "农村集体经济年收入30万元以上的行政村", 1000, "个")}),
    ("安排资金5亿元以上和专项债券10亿元。", {("安排", "资金", 5, "亿元"), ("安排", "专项债券", 10, "亿元")}),
    ("完成投资10亿元以上和新开工项目20个。", {("完成", "投资", 10, "亿元"), ("新开工", "项目", 20, "个")}),
    ("新增规上工业企业100家以上和高新技术企业50家。", {("新增", "规上工业企业", 100, "家"), ("新增", "高新技术企业", 50, "家")}),
])
def test_pledges_beside_thresholds_unchanged(sentence, expected):
    assert pledges(sentence) == expected


# 3. a paper's page head whose date a PDF's layer cut by a space, inside a cut word
@pytest.mark.parametrize("date", ["2021年1月2 9日", "2021年1 2月3 0日", "2022年2月1 8日"])
@pytest.mark.parametrize("day", ["星期五", "周五"])
def test_paper_head_with_a_cut_date(date, day):
    body = ("五年来，城乡居民人均可支配收入年均分（下转第2版）\n" f"{date}\u3000{day}\n第2版\u3000要闻\n"
            "（上接第1版）别增长5.6%和7.8%。")
    fs = keys_of(read(_report("黑龙江省", body)))
    assert val(fs, ("urban_disposable_income", "actual", "2016-2020", "growth")) == (5.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2016-2020", "growth")) == (7.8, "eq")


def test_a_cut_date_in_prose_stays():
    # (look-alike: a date in a sentence of its own, no page head: the sentence and its figure as before)
    body = "2020年1月2 9日星期三，全省城镇新增就业35.5万人。"
    fs = keys_of(read(_report("黑龙江省", body)))
    assert val(fs, ("urban_new_jobs", "actual", "2020", "level")) == (35.5, "eq")
