"""An adversarial review of decisions 507, 509 and 510 (adv62c, decision 512). Fixed: (a) a year's own target restated
in its review on a news page (“2020年，全区…年初预期增长10%，实际增长2.3%”) votes no report year — the report is the
next year's; (b) 年初目标为 / 年初预期 in the report year's own targets part is that year's target, and so are the
figures after it in its sentence (decision 507 read it as the year reviewed's, as it is in a review); (c) a card's rank
right under its figures (“地区生产总值\\n312.5亿元\\n+4.1%\\n全省第5位”) opens no run of cards set figure first, which gave each
later card's change to the name under it. The look-alikes keep what they gave: 去年年初 and a past year in the targets
part, 年初目标为 in a review, a target year stated with no 年初, a rank card set figure first, a year card."""
import pytest

from factkeys import key_values, read

_NEWS = ("{region}政府工作报告解读\n\n{date} 09:20  来源：{paper}\n\n{lead}\n\n{body}\n")
_LEADS = {
    "南康区": ("2021-01-15", "赣南日报", "1月14日，南康区第二届人民代表大会第六次会议开幕，区长刘庆林作政府工作报告。"),
    "醴陵市": ("2024-01-10", "株洲日报", "1月9日，醴陵市第十八届人民代表大会第四次会议开幕，市长陈立新作政府工作报告。"),
    "弥勒市": ("2023-01-12", "红河日报", "1月11日，弥勒市第五届人民代表大会第二次会议开幕，市长李国平作政府工作报告。"),
}


def _news(region: str, body: str):
    date, paper, lead = _LEADS[region]
    return read(_NEWS.format(region=region, date=date, paper=paper, lead=lead, body=body))


# 1. (a) a year's own target restated in its review, the page's first year-led sentence (failed on the base: the report
# year read as the year reviewed, every target after it dated a year early)
@pytest.mark.parametrize("region, body, year", [
    ("南康区", "2020年，全区社会消费品零售总额年初预期增长10%，实际增长2.3%。\n\n今年，全区规模以上工业增加值预期增长9.5%。", 2021),
    ("醴陵市", "2023年，全市一般公共预算收入年初预期增长6%，实际增长6.8%。\n\n今年，全市固定资产投资预期增长7%。", 2024),
    ("弥勒市", "2022年，全市地区生产总值年初目标为增长7%，实际增长5.1%。\n\n今年，全市社会消费品零售总额预期增长8%。", 2023),
])
def test_review_restated_target_votes_no_report_year(region, body, year):
    d = _news(region, body)
    assert d.meta.report_year == year
    kv = key_values(d)
    assert sum(1 for k in kv if k[1] == "target" and k[2] == str(year)) == 1, kv


# 2. (a) look-alikes (passing on both): a year's targets stated with no 年初 still vote for their year
def test_stated_target_year_still_votes():
    d = _news("醴陵市", "2024年，全市地区生产总值预期增长6%左右，固定资产投资增长7%。")
    assert d.meta.report_year == 2024


_PLAN = ("关于株洲市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2024年1月16日在株洲市第十六届人民代表大会第四次"
         "会议上\n\n一、2023年计划执行情况\n全市地区生产总值增长5.2%。{review}\n\n二、2024年主要预期目标\n{targets}\n")


# 3. (b) 年初目标为 / 年初预期 in the report year's targets part (failed on the base: the year before's target, and the
# figure after it in its sentence dated so too)
@pytest.mark.parametrize("targets, key, value, after", [
    ("地区生产总值增长6%左右。一般公共预算收入年初目标为增长5%，与财政预算草案衔接。", ("general_budget_revenue", "growth"), 5, None),
    ("城镇新增就业年初目标为5.5万人，城镇调查失业率控制在5.5%以内。", ("urban_new_jobs", "level"), 5.5,
     ("urban_unemployment_rate", "share")),
    ("一般公共预算收入年初预期增长5%，城镇调查失业率控制在5.5%以内。", ("general_budget_revenue", "growth"), 5,
     ("urban_unemployment_rate", "share")),
])
def test_year_start_target_in_targets_part_is_the_years(targets, key, value, after):
    kv = key_values(read(_PLAN.format(review="", targets=targets)))
    assert kv.get((key[0], "target", "2024", key[1]), (None,))[0] == value, kv
    assert (key[0], "target", "2023", key[1]) not in kv, kv
    if after:
        assert (after[0], "target", "2024", after[1]) in kv and (after[0], "target", "2023", after[1]) not in kv, kv


# 4. (b) look-alikes (passing on both): last year named (去年年初, 2023年) in the targets part, 年初目标为 with its
# outcome after it, and in the review
@pytest.mark.parametrize("review, targets, target, result", [
    ("", "一般公共预算收入去年年初目标为增长6%。地区生产总值增长6%左右。", 6, None),
    ("", "2023年，一般公共预算收入年初目标为增长6%，实际增长6.4%。", 6, 6.4),
    ("一般公共预算收入年初目标为增长6%，实际增长6.4%。", "地区生产总值增长6%左右。", 6, 6.4),
])
def test_last_years_start_target_kept(review, targets, target, result):
    kv = key_values(read(_PLAN.format(review=review, targets=targets)))
    assert kv.get(("general_budget_revenue", "target", "2023", "growth"), (None,))[0] == target, kv
    assert ("general_budget_revenue", "target", "2024", "growth") not in kv, kv
    if result is not None:
        assert kv.get(("general_budget_revenue", "actual", "2023", "growth"), (None,))[0] == result, kv


_CARDS = ("【数说2020】\n\n地区生产总值\n\n312.5亿元\n\n+4.1%\n\n{rank}\n\n规模以上工业增加值\n\n+4.6%\n\n固定资产投资\n\n+8.2%\n\n"
          "社会消费品零售总额\n\n+2.3%")


# 5. (c) a card's rank right under its figures, the page set double or single (failed on the base: the cards after it
# read figure first, 规模以上工业增加值's change given to 固定资产投资, 固定资产投资's to 社会消费品零售总额)
@pytest.mark.parametrize("rank", ["全省第5位", "全市第2名", "第3位"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_card_rank_under_figures_opens_no_figure_first_run(rank, gap):
    kv = key_values(_news("南康区", _CARDS.format(rank=rank).replace("\n\n", gap)))
    assert kv.get(("industrial_va", "actual", "2020", "growth"), (None,))[0] == 4.6, kv
    assert kv.get(("fixed_asset_investment", "actual", "2020", "growth"), (None,))[0] == 8.2, kv
    assert kv.get(("retail_sales", "actual", "2020", "growth"), (None,))[0] == 2.3, kv


# 6. (c) look-alikes (passing on both): a rank card set figure first among figure-first cards, a year card under a name
def test_rank_card_figure_first_kept():
    kv = key_values(_news("南康区", "【数说2020】\n第3位\n全省排名\n5.1%\n地区生产总值增速\n8.2%\n固定资产投资增速"))
    assert kv.get(("gdp", "actual", "2020", "growth"), (None,))[0] == 5.1, kv
    assert kv.get(("fixed_asset_investment", "actual", "2020", "growth"), (None,))[0] == 8.2, kv


def test_year_card_kept():
    kv = key_values(_news("南康区", "【数说2020】\n\n地区生产总值\n\n312.5亿元\n\n+4.1%\n\n获评国家级出口质量安全示范区\n\n2020年\n\n"
                                   "固定资产投资\n\n+8.2%"))
    assert kv.get(("gdp", "actual", "2020", "growth"), (None,))[0] == 4.1, kv
    assert kv.get(("fixed_asset_investment", "actual", "2020", "growth"), (None,))[0] == 8.2, kv


_GOV = "南康区政府工作报告\n——2021年1月14日在赣州市南康区第二届人民代表大会第六次会议上\n\n{part}\n{body}\n"


# 7. (d) the region's own aim a sentence of its own after a level above's target by its name, its name left out (failed
# on the base: lost; in the review the year reviewed's target, as after a comma)
@pytest.mark.parametrize("part, body, period, value", [
    ("二、2021年工作安排", "赣州市确定的固定资产投资增长目标为9%。全区力争增长10%。", "2021", 10),
    ("二、2021年工作安排", "赣州市确定的规模以上工业增加值增长目标为8%。我区争取增长9%以上。", "2021", 9),
    ("一、2020年工作回顾", "赣州市确定的固定资产投资增长目标为9%。全区力争增长10%。", "2020", 10),
])
def test_own_aim_sentence_after_named_above_target(part, body, period, value):
    kv = key_values(read(_GOV.format(part=part, body=body)))
    key = "fixed_asset_investment" if "固定" in body else "industrial_va"
    assert kv.get((key, "target", period, "growth"), (None,))[0] == value, kv
    assert not any(k[0] == key and v[0] in (8, 9) and k[1] == "target" and v[0] != value for k, v in kv.items()), kv


# 8. (d) look-alikes (passing on both): a result after it, another level's whole, the aim with its result after it
@pytest.mark.parametrize("body", ["赣州市确定的固定资产投资增长目标为9%。全区实际增长10%。",
                                  "赣州市确定的固定资产投资增长目标为9%。全市力争增长10%。",
                                  "赣州市确定的固定资产投资增长目标为9%。全区力争增长10%，实际增长10.5%。"])
def test_own_aim_look_alikes_kept(body):
    kv = key_values(read(_GOV.format(part="二、2021年工作安排", body=body)))
    assert ("fixed_asset_investment", "target", "2021", "growth") not in kv, kv
