"""News pages restating provincial and State Council reports, 2017–2026, blind (nws43, decision 285): a proposal's
change against last year's budget as set ("赤字规模4.06万亿元，比上年年初预算增加1800亿元") made the whole sentence look
back, so the State Council's deficit and its rate pledged nothing; a 一图读懂 page whose only head was a marked task line
("●建设未来社区150个", a topic of depth 6) was read as a page opening inside the review, its target list last year's
results; a news page's plain sub-head of the year's work ("今年重点干这些", "今年要办的事") over bare task lines
led into nothing, so the lines pledged nothing. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledge_items, pledged, read, val

_NATIONAL = "新华社北京3月5日电　十四届全国人大二次会议5日上午开幕。国务院总理李强作政府工作报告。\n"


@pytest.mark.parametrize("base", ["比上年年初预算增加", "比去年年初预算增加", "较上年预算增加", "比上年预算数增加"])
@pytest.mark.parametrize("lead,rate,deficit,change", [
    ("报告明确，", 3, "4.06万亿元", "1800亿元"),
    ("报告提出，", 4, "5.66万亿元", "1.6万亿元"),
    ("", 3.8, "4.9万亿元", "6000亿元"),
])
def test_deficit_changed_against_last_years_budget_is_still_proposed(base, lead, rate, deficit, change):
    text = _NATIONAL + f"{lead}今年赤字率拟按{rate}%安排，赤字规模{deficit}，{base}{change}。\n"
    ps = pledge_items(read(text))
    assert ("安排", "赤字率", rate, "%") in ps
    assert any(o == "赤字规模" and u.endswith("万亿元") for _, o, _, u in ps)


@pytest.mark.parametrize("sentence", [
    # a review's sentence with no proposal (拟) in it: last year's, no pledge
    "去年赤字规模3.88万亿元，比上年年初预算增加5100亿元。",
    "去年一般公共预算支出27.5万亿元，比上年年初预算增加1.1万亿元。",
])
def test_a_review_sentence_against_last_years_budget_pledges_nothing(sentence):
    assert not read(_NATIONAL + sentence + "\n").pledges


def test_budget_spending_proposed_against_last_years_budget_is_a_pledge():
    text = _NATIONAL + "今年一般公共预算支出拟安排28.5万亿元，比上年年初预算增加1.1万亿元。\n"
    assert ("一般公共预算支出", 28.5, "万亿元") in pledged(read(text))


def _card_page(prov: str, year: int, gov: str, tail: str) -> str:
    return (f"一图读懂{year}年{prov}政府工作报告\n\n1月20日，{prov}第十四届人民代表大会第三次会议开幕，{gov}作政府工作报告。\n\n"
            f"过去一年\n全省生产总值增长5.8%\n\n{year}年主要预期目标\n生产总值增长5.5%左右\n一般公共预算收入增长5%\n"
            f"城镇新增就业60万人以上\n居民消费价格涨幅2%左右\n\n{tail}")


@pytest.mark.parametrize("prov,year,gov", [("浙江省", 2021, "省长郑栅洁"), ("江西省", 2025, "省长叶建春"),
                                           ("山东省", 2023, "省长周乃翔")])
@pytest.mark.parametrize("tail", [
    "今年重点干这些\n●新建5G基站3万个\n●建设未来社区150个\n",
    "民生实事\n◆改造城镇老旧小区600个\n◆实施重点项目100个\n",
])
def test_a_marked_task_topic_does_not_turn_the_targets_into_results(prov, year, gov, tail):
    fs = keys_of(read(_card_page(prov, year, gov, tail)))
    y = str(year)
    assert val(fs, ("general_budget_revenue", "target", y, "growth")) == (5, "eq")
    assert val(fs, ("urban_new_jobs", "target", y, "level")) == (60, "at_least")
    assert val(fs, ("cpi", "target", y, "growth")) == (2, "about")
    assert not any(k[1] == "actual" and k[0] != "gdp" for k in fs)


_HEAD = "1月27日，{p}{s}开幕，{g}作政府工作报告。\n\n{y}年主要预期目标\n生产总值增长6%左右\n\n"


_SESSIONS = [("浙江省", "第十三届人民代表大会第五次会议", "省长郑栅洁", 2021),
             ("湖南省", "第十四届人民代表大会第二次会议", "省长毛伟明", 2024),
             ("甘肃省", "第十三届人民代表大会第二次会议", "省长唐仁健", 2019)]


@pytest.mark.parametrize("p,s,g,y", _SESSIONS)
@pytest.mark.parametrize("head", ["今年重点干这些", "今年要办的事", "今年要干的事", "今年民生实事", "【今年重点干这些】"])
@pytest.mark.parametrize("mark", ["", "●"])
def test_a_plain_sub_head_of_the_work_ahead_leads_into_its_tasks(p, s, g, y, head, mark):
    text = _HEAD.format(p=p, s=s, g=g, y=y) + head + f"\n{mark}新建5G基站3万个\n{mark}改造城镇老旧小区600个以上\n"
    d = read(text)
    assert {("5G基站", 3, "万个"), ("城镇老旧小区", 600, "个")} <= pledged(d)
    assert all(x.period == str(y) for x in d.pledges)


@pytest.mark.parametrize("head", ["今年以来", "去年干了这些", "2020年民生实事", "去年重点工作"])
def test_a_line_that_is_no_sub_head_of_the_work_ahead_leads_into_nothing(head):
    # (the year so far, last year's work, an earlier year's 实事: none of them the year's work ahead)
    text = _HEAD.format(p="浙江省", s=_SESSIONS[0][1], g="省长郑栅洁", y=2021) + head + "\n新建5G基站2万个\n改造城镇老旧小区500个\n"
    assert ("城镇老旧小区", 500, "个") not in pledged(read(text))
