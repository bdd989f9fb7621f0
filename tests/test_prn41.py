"""This session's blind sets as web pages and PDFs print them (prn41, decision 249): a converter that cuts a page's lines
by count, a closing mark hung past the count ("…完成885.1亿元，" a character longer), its full line closing a clause of
the year's tasks on "；" over the rest of the sentence."""
import pytest

from planwatch.normalize import normalize, page_chars

from factkeys import read

_NO_LINE_START = "，。；：、！？）》”%"


def _wrap(paras: list[str], width: int) -> str:
    """The paragraphs as a converter prints them: an indent, lines cut at ``width`` characters, a closing mark hung past
    the count, a figure's "%" kept with its digits."""
    out = []
    for p in paras:
        body, k = "　　" + p, 0
        while k < len(body):
            e = k + width
            if e < len(body) and body[e] == "%":
                while body[e - 1].isdigit() or body[e - 1] == ".":
                    e -= 1
            while e < len(body) and body[e] in _NO_LINE_START:
                e += 1
            out.append(body[k:e])
            k = e
    return "\n".join(out) + "\n"


def _page(place: str, year: int, tasks: str) -> list[str]:
    return [f"本报讯　1月21日，{place}第十五届人民代表大会第六次会议举行第二次全体会议，审议政府工作报告和计划报告、预算报告。",
            f"报告显示，{year - 1}年，全市地区生产总值完成885.1亿元，增长6.1%；全社会固定资产投资完成762亿元，增长11.5%，"
            f"社会消费品零售总额完成417.2亿元，增长9.6%、地方级财政收入102.3亿元，城镇新增就业2.1万人，农村劳动力转移就业"
            f"15万人次，城乡居民人均可支配收入分别增长7.1%、8.2%。",
            f"报告提出，{year}年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，全社会固定资产投资增长10%，社会消费品"
            f"零售总额增长9%，城镇常住居民人均可支配收入增长7%、农村常住居民人均可支配收入增长8%，城镇登记失业率控制在4%以内。",
            tasks,
            f"会议还听取了市财政局局长关于{place}{year - 1}年预算执行情况和{year}年预算草案的报告，听取了市人大常委会工作报告。"]


_LEADS = {30: "报告提出，"}  # (the "；" hangs one past the width)


@pytest.mark.parametrize("width", sorted(_LEADS))
@pytest.mark.parametrize("place,year,rest,obj,value", [
    ("延边州", 2016, "新建改造农村公路800公里。", "农村公路", 800),
    ("黔南州", 2021, "改造城镇老旧小区120个。", "老旧小区", 120),
    ("赣州市", 2024, "新建高标准农田20万亩，新增城镇就业5万人。", "高标准农田", 20),
    ("大理州", 2019, "建成5G基站1200个。", "5G基站", 1200),
])
def test_a_count_cut_line_closing_a_task_on_a_semicolon_goes_on(width, place, year, rest, obj, value):
    tasks = _LEADS[width] + "今年将实施重点项目300个，完成投资400亿元；" + rest
    text = _wrap(_page(place, year, tasks), width)
    assert "　　" + _LEADS[width] + "今年将实施重点项目300个，完成投资400亿元；\n" in text, text
    got = {(p.object, p.value) for p in read(text, report_year=year, region=place).pledges}
    assert any(obj in o and v == value for o, v in got), (sorted(got), text)


_LINE = "全州上下坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局着力推动高质量发展"


@pytest.mark.parametrize("width", [24, 30, 36])
@pytest.mark.parametrize("end", ["，", "、"])
def test_a_line_one_past_the_count_that_a_closing_mark_ends_is_the_pages(width, end):
    full = [_LINE[k:k + width] for k in range(5)]
    hung = [_LINE[k:k + width] + end for k in range(4)]
    assert page_chars("\n".join(full + hung) + "\n") == width


@pytest.mark.parametrize("width", [24, 30, 36])
def test_a_line_one_longer_ending_on_a_word_is_no_hung_line(width):
    # (look-alike that must not change: no mark hangs, so the lines are of two lengths and no count is the page's)
    full = [_LINE[k:k + width] for k in range(5)]
    longer = [_LINE[k:k + width + 1] for k in range(4)]
    assert page_chars("\n".join(full + longer) + "\n") == 0
