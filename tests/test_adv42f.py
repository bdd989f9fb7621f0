"""The newest rules (decisions 274, 276, 278, 279, 280) under attack, blind (adv42f, decision 282): a city a news page
quotes setting a figure to be reached ("2023年青岛市确定实现城镇新增就业35万人") gave it to the county reported on; an
explainer's card setting this year's figure by 确定 or 明确 ("今年确定增长6%") was pledged, 确定 its object; a card's
level held ("今年提出稳定在240万吨以上") lost this year's target. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read


def _page(city: str, county: str, sent: str) -> str:
    return (f"{county[:-1]}：今年地区生产总值预期增长6%\n{city[:-1]}日报 2024-01-09　记者 赵宁\n\n"
            f"本报讯　1月8日，{county}第十八届人民代表大会第四次会议开幕，市长作政府工作报告。\n\n"
            f"报告显示，2023年{county}实现地区生产总值926.8亿元，增长4.2%。\n\n"
            f"报告提出，今年主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。\n\n{sent}\n")


# 1. a city a page quotes, its verb of setting and a verb of reaching after it: its figure is its own
@pytest.mark.parametrize("city,county", [("青岛市", "胶州市"), ("苏州市", "昆山市"), ("长沙市", "浏阳市"), ("金华市", "义乌市")])
@pytest.mark.parametrize("name", ["{short}", "{city}"])
@pytest.mark.parametrize("lead", ["2023年{who}确定实现", "去年{who}提出完成", "2023年{who}明确实现", "去年{who}要求完成"])
def test_a_quoted_city_setting_a_figure_to_reach_keeps_it(city, county, name, lead):
    who = name.format(short=city[:-1], city=city)
    d = read(_page(city, county, lead.format(who=who) + "城镇新增就业35万人，一般公共预算收入1200亿元。"))
    fs = keys_of(d)
    assert ("urban_new_jobs", "actual", "2023", "level") not in fs, fs.get(("urban_new_jobs", "actual", "2023", "level"))
    assert ("general_budget_revenue", "actual", "2023", "level") not in fs


@pytest.mark.parametrize("sent", [
    # (look-alikes: the county's own name, and the region's own word, stay the region's)
    "2023年胶州市确定实现城镇新增就业3万人。",
    "去年全市确定实现城镇新增就业3万人。",
    "2023年胶州市实现城镇新增就业3万人。",
])
def test_the_regions_own_figure_to_reach_unchanged(sent):
    fs = keys_of(read(_page("青岛市", "胶州市", sent)))
    assert fs[("urban_new_jobs", "actual", "2023", "level")].value == 3


def _card_page(card: str, year: int = 2024) -> str:
    return (f"图解昭通市{year}年政府工作报告\n\n来源：昭通日报　发布时间：{year}-02-05\n\n1月29日，昭通市第五届人民代表大会第四次"
            f"会议开幕，听取和审议昭通市人民政府工作报告。\n\n地区生产总值：去年目标是增长6.5%，实际增长4.8%。今年目标定为增长5.5%左右。\n\n"
            f"{card}\n\n（责任编辑：周兰）\n")


# 2. a card's 今年确定/明确 names who set the figure, no object of a pledge
@pytest.mark.parametrize("verb", ["确定", "明确"])
@pytest.mark.parametrize("card", ["一般公共预算收入：去年完成98.6亿元，增长9.3%。今年{v}增长6%。",
                                  "固定资产投资：去年目标是增长10%，实际增长5.2%。今年{v}增长8%以上。",
                                  "社会消费品零售总额：去年增长5.6%，今年{v}增长7%左右。"])
def test_a_cards_setting_verb_is_no_pledge(verb, card):
    d = read(_card_page(card.format(v=verb)))
    assert not [p for p in d.pledges if p.object in ("确定", "明确")], [(p.action, p.object) for p in d.pledges]


def test_a_cards_target_by_its_verb_still_read():
    fs = keys_of(read(_card_page("一般公共预算收入：去年完成98.6亿元，增长9.3%。今年确定增长6%。")))
    assert fs[("general_budget_revenue", "target", "2024", "growth")].value == 6


# 3. a card's level held this year, set by its verb: this year's target
@pytest.mark.parametrize("card,key,want", [
    ("粮食产量：去年达到240万吨。今年提出稳定在240万吨以上。", ("grain_output", "target", "2024", "level"), (240, "at_least")),
    ("粮食产量：去年达到1250万吨，今年目标保持在1250万吨以上。", ("grain_output", "target", "2024", "level"), (1250, "at_least")),
    ("城镇调查失业率：去年为5.2%。今年确定稳定在5.5%以内。", ("urban_unemployment_rate", "target", "2024", "share"), (5.5, "at_most")),
])
def test_a_cards_level_held_is_this_years_target(card, key, want):
    fs = keys_of(read(_card_page(card)))
    assert key in fs, sorted(fs)
    assert (fs[key].value, fs[key].qualifier) == want
