"""News pages on city and county reports of 2016–2020 (nws43b, decision 301): a related page's title on a line led by a bare
【相关】 or 【链接】 ("【相关】云南省政府工作报告：今年全省生产总值增长8%左右") under the page's list of the year's tasks was read as
one more task of the city's (a pledge 增长 8% 生产总值). noise.txt's link lines knew 相关阅读/相关新闻/… with or without
brackets, but a bare 相关/链接 only in its brackets is a label. With look-alikes that must stay."""
import pytest

from factkeys import keys_of, pledged, read


def _page(city: str, year: int, link: str) -> str:
    return (f"【解读】{year}年{city}政府工作报告中的“数”\n{city[:2]}日报　{year}年01月08日\n\n"
            f"编者按：1月6日，{city}人民代表大会开幕，市长作政府工作报告。\n\n"
            f"■ 展望{year}\n报告提出，{year}年全市地区生产总值增长7.5%以上，固定资产投资增长10%。\n\n"
            f"■ 民生实事\n全年新建改造农村公路800公里，改造城镇老旧小区60个。\n\n{link}\n（本报记者 赵云 整理）\n")


_PROV = [("曲靖市", 2020, "云南省"), ("南阳市", 2018, "河南省"), ("绵阳市", 2017, "四川省")]


# 1. a bracketed bare 相关/链接 line: the other page's title is no pledge and no fact of the city's
@pytest.mark.parametrize("city,year,prov", _PROV)
@pytest.mark.parametrize("label", ["【相关】", "【链接】", "〖相关〗", "［相关］"])
@pytest.mark.parametrize("title", ["{p}政府工作报告：今年全省生产总值增长8%左右", "{p}：今年全省新建改造农村公路1.2万公里"])
def test_bracketed_related_line_is_no_task(city, year, prov, label, title):
    d = read(_page(city, year, label + title.format(p=prov)))
    got = pledged(d)
    assert {("农村公路", 800, "公里"), ("城镇老旧小区", 60, "个")} <= got
    assert not any(v in (8, 1.2) for _, v, _ in got)


# 1b. look-alikes: a sentence opening with 相关 (no brackets) is the page's own and keeps its task
@pytest.mark.parametrize("line", ["相关部门将新建停车泊位3000个。", "相关区县要完成农村户厕改造5000户。"])
def test_sentence_opening_with_xiangguan_stays(line):
    got = pledged(read(_page("曲靖市", 2020, line)))
    assert ("农村公路", 800, "公里") in got
    assert any(v in (3000, 5000) for _, v, _ in got)
