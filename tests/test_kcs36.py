"""Whole reports of rich county-level cities and districts of the east, blind (kcs36; docs/decisions.md 153)."""
from factkeys import facts, val

REVIEW = "一、2022年工作回顾\n"
AHEAD = "二、2023年主要目标\n"


def _city(text, region="慈溪市", parent="宁波市"):
    return facts(text, region=region, level="county", parent=parent, report_year=2023)


def test_parent_city_whole_word_is_the_parents_in_a_county_level_citys_report():
    # 全市 after the city above's name and its verb of setting is that city's, not the county-level city's own
    fs = _city(AHEAD + "今年是关键之年。宁波市确定今年全市地区生产总值增长5.5%左右。今年全市经济社会发展的主要预期目标是："
                       "地区生产总值增长6%以上，力争7%；一般公共预算收入增长5.5%以上。")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "at_least")
    fs = _city(AHEAD + "无锡市提出，全市生产总值增长5%左右。综合考虑，建议今年全市主要预期目标为：生产总值增长5.8%左右。",
               region="江阴市", parent="无锡市")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (5.8, "about")
    # (by its short name too)
    fs = _city(AHEAD + "温州确定今年全市地区生产总值增长6%左右。今年全市地区生产总值增长6.5%以上。", region="瑞安市", parent="温州市")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "at_least")


def test_own_word_after_the_parent_city_stays_own():
    # 我市 in the city above's sentence is still the report's own
    fs = _city(AHEAD + "泉州市确定我市今年地区生产总值增长目标为7.5%。", region="晋江市", parent="泉州市")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7.5, "eq")


def test_share_reached_after_the_points_it_moved():
    fs = _city(REVIEW + "现代服务业加快发展，服务业增加值增长6.2%，占地区生产总值比重提高1.1个百分点，达到48.3%。")
    assert val(fs, ("tertiary_share", "actual", "2022", "pp_change")) == (1.1, "eq")
    assert val(fs, ("tertiary_share", "actual", "2022", "share")) == (48.3, "eq")
    fs = _city(REVIEW + "全社会研发经费支出增长15%，占地区生产总值比重提高0.2个百分点，达3.4%。")
    assert val(fs, ("rnd_intensity", "actual", "2022", "share")) == (3.4, "eq")


def test_a_growth_after_the_points_is_no_share():
    fs = _city(REVIEW + "服务业增加值增长6.2%，占地区生产总值比重提高1.1个百分点，增长9.5%的是信息服务业。")
    assert ("tertiary_share", "actual", "2022", "share") not in fs


def test_market_entities_under_zhejiangs_name():
    # 市场经营主体: the stock's total, not what was newly registered (新设)
    fs = _city(REVIEW + "深化商事制度改革，全年新设各类市场经营主体2.6万户，市场经营主体总数达到18.4万户。")
    assert val(fs, ("market_entities", "actual", "2022", "level")) == (18.4, "eq")
    fs = _city(REVIEW + "新增市场经营主体1.1万户，在册市场经营主体达到9.7万户。")
    assert val(fs, ("market_entities", "actual", "2022", "level")) == (9.7, "eq")


def test_part_after_a_year_clause_in_a_five_year_sum_is_the_years():
    text = ("一、过去五年工作回顾\n五年来，综合实力持续增强。外贸进出口总额五年累计完成980亿美元，2022年达到236.4亿美元，"
            "增长9.3%，其中出口158.2亿美元。")
    fs = _city(text)
    assert val(fs, ("exports", "actual", "2022", "level")) == (158.2, "eq")
    assert ("exports", "actual", "2018-2022", "level") not in fs
    assert val(fs, ("foreign_trade", "actual", "2018-2022", "level")) == (980, "eq")
    fs = _city("一、过去五年工作回顾\n五年来，财政实力不断壮大。一般公共预算收入五年累计完成720亿元，2022年达到168.5亿元，"
               "其中税收收入142.3亿元，民生支出累计完成460亿元。")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "level")) == (168.5, "eq")
    assert val(fs, ("livelihood_expenditure", "actual", "2018-2022", "level")) == (460, "eq")


def test_zone_opening_the_sentence_with_a_lead_of_no_figure():
    fs = _city(REVIEW + "前湾新区慈溪片区开发建设加快，全年完成固定资产投资92亿元。全市固定资产投资增长9.6%。")
    assert ("fixed_asset_investment", "actual", "2022", "level") not in fs
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "growth")) == (9.6, "eq")
    fs = _city(REVIEW + "滨海经济开发区持续壮大，全年实现规上工业增加值215亿元。")
    assert ("industrial_va", "actual", "2022", "level") not in fs


def test_a_verb_before_the_zone_leaves_the_figure_the_regions():
    fs = _city(REVIEW + "坚持把园区作为主战场，全年完成固定资产投资420亿元。")
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "level")) == (420, "eq")
    fs = _city(REVIEW + "推动园区加快发展，全年完成固定资产投资420亿元。")
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "level")) == (420, "eq")


def test_rank_of_all_after_levels_and_their_changes_by_respectively():
    # "A X亿元、B Y亿元，分别增长…，增幅均居…": 均 ranks both names, the run joined by 、 before 分别's changes
    fs = _city(REVIEW + "财政总收入132.6亿元、一般公共预算收入78.5亿元，分别增长8.3%和7.6%，增幅均居湖州各区县第一。",
               region="长兴县", parent="湖州市")
    assert val(fs, ("fiscal_total_revenue", "actual", "2022", "rank")) == (1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "rank")) == (1, "eq")
    fs = _city(REVIEW + "规上工业增加值85.2亿元、服务业增加值312.6亿元，分别增长9.1%和5.2%，增速均居全市第二。",
               region="长兴县", parent="湖州市")
    assert val(fs, ("industrial_va", "actual", "2022", "rank")) == (2, "eq")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (9.1, "eq")


def test_rank_of_one_name_after_a_comma_run_stays_its_own():
    # (a name with a rank of its own before breaks the run: the later 均 is not shared back to it)
    fs = _city(REVIEW + "财政总收入132.6亿元，居全市第三；一般公共预算收入78.5亿元、税收收入66.1亿元，均居全市第一。",
               region="长兴县", parent="湖州市")
    assert val(fs, ("fiscal_total_revenue", "actual", "2022", "rank")) == (3, "eq")


def test_land_freed_is_pledged_with_its_own_verb():
    from taskdoc import pledges
    got = pledges("推进“低散乱”企业整治，整治提升企业（作坊）400家，腾出低效用地2500亩。")
    assert ("腾出", "低效用地", 2500, "亩") in got
    assert ("整治提升", "企业（作坊）", 400, "家") in got
    got = pledges("深化“亩均论英雄”改革，腾出土地空间1800亩以上。")
    assert any(a == "腾出" and v == 1800 and u == "亩" for a, _, v, u in got)


def test_firms_closed_and_moved_after_their_name():
    # 关停转移/关停并转/关停搬迁 after the firms (with 完成) or before them: the firms are the object
    from taskdoc import pledges
    got = pledges("推进化工产业安全环保整治提升，完成化工企业关停转移25家。")
    assert ("关停转移", "化工企业", 25, "家") in got
    got = pledges("完成印染企业关停并转12家，关停搬迁电镀企业8家。")
    assert ("关停并转", "印染企业", 12, "家") in got
    assert ("关停搬迁", "电镀企业", 8, "家") in got
