"""c2035: whole prefecture-city reports of 2020–2025, blind (decision 135)."""
import pytest

from factkeys import facts, keys_of, pledged, read, val

_HEAD = "政府工作报告\n——2022年1月12日在某某市第七届人民代表大会第一次会议上\n市长 王某\n"


def _report(body: str, year: int = 2022):
    return facts(_HEAD.replace("2022", str(year)) + body + "\n", report_year=year, region="某某市", level="prefecture")


# 1. a task paragraph of the year opened by the plan's goal ("力争到2025年…突破1500亿元。"): a sentence turned back to
# the year after it (全年…, 今年…) ends the opener's lead, so the plain sentences after are the year's targets again
# (they had become goals of the plan's span, and a rate whose goal key was taken was lost)
@pytest.mark.parametrize("turn", [
    "全年新增规上工业企业100户，规模以上工业企业达到1100户。",
    "今年新建5G基站1500个，推动千家企业上云。",
])
def test_a_sentence_of_the_year_ends_the_plans_lead_in_a_task_paragraph(turn):
    fs = _report("二、今后五年的目标任务\n今后五年主要目标是：研发经费投入强度达到1.8%。\n"
                 "三、2022年工作安排\n（二）加快建设现代化产业体系\n围绕三个千亿级产业，力争到2025年光伏产业产值突破1500亿元。"
                 + turn + "研发经费投入强度提高到1.4%，技术合同成交额达到25亿元。")
    assert val(fs, ("rnd_intensity", "target", "2022", "share")) == (1.4, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2022-2026", "share")) == (1.8, "eq")
    assert val(fs, ("tech_contract_value", "target", "2022", "level")) == (25, "eq")
    assert ("tech_contract_value", "goal", "2022-2026", "level") not in fs


def test_a_plan_paragraph_with_no_turn_to_the_year_keeps_its_lead():
    # (no sentence of the year between: the paragraph the plan's last year opens is still the plan's, decision 121)
    fs = _report("三、2022年工作安排\n（四）持续改善生态环境\n到2025年，全市森林覆盖率达到53%，湿地保护率达到55%。"
                 "空气质量优良天数比例达到95%。")
    assert ("good_air_days", "goal", "2022-2026", "share") in fs or ("good_air_days", "goal", "2025", "share") in fs
    assert ("good_air_days", "target", "2022", "share") not in fs


# 2. the year's target list set as a sub-section with numbered items, under a part that sets the plan's goals and the
# year's work ("二、“十四五”时期发展目标和2021年工作安排 > （二）2021年主要预期目标 > 1.经济增长。…"): its items are
# indicator facts, not pledges, as under a part of the year's work alone (they had been pledged as the year's tasks)
@pytest.mark.parametrize("top, sub", [
    ("二、“十四五”时期发展目标和2021年工作安排", "（二）2021年主要预期目标"),
    ("二、今后五年奋斗目标和2021年工作安排", "（二）2021年经济社会发展主要指标"),
])
def test_numbered_items_of_the_years_targets_under_a_plan_and_year_part_are_no_pledges(top, sub):
    text = (_HEAD.replace("2022", "2021") + top + "\n（一）“十四五”时期主要目标\n1.经济发展。地区生产总值年均增长6.5%左右。\n"
            + sub + "\n1.经济增长。地区生产总值增长7%左右。\n2.就业。城镇新增就业4万人，城镇调查失业率控制在5.5%以内。\n"
            "（三）2021年重点工作\n1.稳定工业增长。全年新增规上工业企业80户，新建5G基站1500个。\n")
    d = read(text, report_year=2021, region="某某市", level="prefecture")
    assert pledged(d) == {("规上工业企业", 80, "户"), ("5G基站", 1500, "个")}, pledged(d)
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "about")
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (4, "eq")


# 3. trade and foreign investment named as one item of the target list ("外贸外资稳中提质", "外贸外资保持稳定"): a
# qualitative target of each (compounds.tsv); not a task's title that promotes them ("促进外贸外资稳中提质")
@pytest.mark.parametrize("item", ["外贸外资稳中提质", "外贸外资保持稳定", "外贸外资总体平稳"])
def test_trade_and_foreign_investment_as_one_target_item(item):
    fs = _report("二、2022年主要目标\n今年主要预期目标是：地区生产总值增长6%左右；" + item + "；居民消费价格涨幅3%左右。")
    assert val(fs, ("foreign_trade", "target", "2022", "growth")) == (None, "qualitative")
    assert val(fs, ("fdi", "target", "2022", "growth")) == (None, "qualitative")


def test_a_task_title_promoting_trade_and_investment_sets_no_target():
    fs = _report("二、2022年主要目标\n今年主要预期目标是：地区生产总值增长6%左右。\n三、2022年重点工作\n（五）促进外贸外资稳中提质。"
                 "推动外贸外资平稳发展，新增外贸企业30家。")
    assert ("fdi", "target", "2022", "growth") not in fs
    assert ("foreign_trade", "target", "2022", "growth") not in fs
