"""Card pages in the layouts they come in, blind (crd54, decision 441): a dated card title ("2022年主要预期目标") over a
first target card as wide as it, or under a card's last line after a blank line, is no line cut by the page; a card's
share set above its name with its change in points below; a figure-first rate card ("6.8%\\n…增速", "+8.1%\\n…增速")
among cards that name first. With look-alikes that must not change. The sentences are written for these tests, not
copied from the set."""
from factkeys import key_values, pledged, read


def _page(body: str, name: str = "德清县", level: str = "county", year: int = 2022) -> tuple[dict, set]:
    head = f"一图读懂｜{year}年{name}政府工作报告\n来源：{name}发布　{year}-02-09 18:30\n\n"
    d = read(head + body + "\n\n编辑：周宁\n", f"{name}.txt", region=name, level=level, report_year=year)
    return key_values(d), pledged(d)


# --- a dated title over a first target card as wide as it ---

def test_dated_title_over_a_card_as_wide_opens_the_targets():
    kv, pl = _page("2021年成绩单\n地区生产总值\n612.4亿元\n+3.9%\n\n2021年全县经济稳中向好。\n\n"
                   "2022年主要预期目标\n地区生产总值 增长6%以上\n城镇新增就业 9000人\n固定资产投资 增长9%\n\n"
                   "重点任务\n1. 新建高标准农田 2.8万亩\n2. 改造老旧小区 36个")
    assert kv.get(("gdp", "target", "2022", "growth")) == (6, "at_least")
    assert kv.get(("urban_new_jobs", "target", "2022", "level")) == (9000, "eq")
    assert kv.get(("fixed_asset_investment", "target", "2022", "growth")) == (9, "eq")
    assert ("urban_new_jobs", "actual", "2021", "level") not in kv
    assert {(o, v) for o, v, _u in pl} >= {("高标准农田", 2.8), ("老旧小区", 36)}


def test_dated_title_under_a_figure_first_cards_name_after_a_blank_line():
    kv, _ = _page("回眸2021\n1680.2亿元\n全市生产总值\n增长7.6%\n96.3亿元\n一般公共预算收入\n增长5.1%\n"
                  "32150元\n城镇居民人均可支配收入\n增长6.4%\n−3.1%\n单位生产总值能耗\n\n2022年主要预期目标\n7%左右\n全市生产总值增长\n"
                  "10%\n固定资产投资增长\n3万人以上\n城镇新增就业\n", name="衢州市", level="prefecture")
    assert kv.get(("gdp", "target", "2022", "growth")) == (7, "about")
    assert kv.get(("fixed_asset_investment", "target", "2022", "growth")) == (10, "eq")
    assert kv.get(("urban_new_jobs", "target", "2022", "level")) == (3, "at_least")
    assert ("fixed_asset_investment", "actual", "2021", "growth") not in kv


def test_dated_title_over_a_sentence_is_kept_as_before():
    # look-alike: the title over a paragraph (clause marks in the line): as on the base
    kv, _ = _page("2021年，全县经济稳中向好。\n\n2022年主要预期目标\n地区生产总值增长6.5%左右，城镇新增就业9000人。")
    assert kv.get(("gdp", "target", "2022", "growth")) == (6.5, "about")
    assert kv.get(("urban_new_jobs", "target", "2022", "level")) == (9000, "eq")


# --- a card's share above its name, its change in points below ---

def test_share_above_its_name_with_points_below():
    kv, _ = _page("回眸2021\n1680.2亿元\n全市生产总值\n增长7.6%\n96.3亿元\n一般公共预算收入\n增长5.1%\n"
                  "67.4%\n常住人口城镇化率\n提高1.2个百分点\n32150元\n城镇居民人均可支配收入\n增长6.4%\n",
                  name="衢州市", level="prefecture")
    assert kv.get(("urbanization_rate", "actual", "2021", "share")) == (67.4, "eq")
    assert kv.get(("urbanization_rate", "actual", "2021", "pp_change")) == (1.2, "eq")
    assert kv.get(("gdp", "actual", "2021", "level")) == (1680.2, "eq")


def test_amount_above_its_name_with_growth_below_as_before():
    # look-alike: an amount above its name, its growth below (as on the base)
    kv, _ = _page("回眸2021\n1680.2亿元\n全市生产总值\n增长7.6%\n96.3亿元\n一般公共预算收入\n增长5.1%\n",
                  name="衢州市", level="prefecture")
    assert kv.get(("gdp", "actual", "2021", "level")) == (1680.2, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (5.1, "eq")


# --- a figure-first rate card among cards that name first ---

def test_unsigned_rate_card_under_a_level_is_its_own():
    kv, _ = _page("2021年成绩单\n粮食总产量\n8.7万吨\n9.2%\n规上工业增加值增速\n城镇化率\n58.1%\n+1.1个百分点\n")
    assert kv.get(("industrial_va", "actual", "2021", "growth")) == (9.2, "eq")
    assert ("grain_output", "actual", "2021", "growth") not in kv
    assert kv.get(("grain_output", "actual", "2021", "level")) == (8.7, "eq")
    assert kv.get(("urbanization_rate", "actual", "2021", "share")) == (58.1, "eq")


def test_signed_rate_card_after_a_change_is_its_own():
    kv, _ = _page("2021年成绩单\n一般公共预算收入\n45.3亿元\n+7.7%\n+10.4%\n农村居民人均可支配收入增速\n"
                  "城镇居民人均可支配收入\n58210元\n+6.9%\n")
    assert kv.get(("rural_disposable_income", "actual", "2021", "growth")) == (10.4, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (7.7, "eq")
    assert kv.get(("urban_disposable_income", "actual", "2021", "growth")) == (6.9, "eq")


def test_falling_rate_card_reads_a_fall():
    kv, _ = _page("2021年成绩单\n地区生产总值\n612.4亿元\n+3.9%\n↓1.6%\n出口总额增速\n粮食总产量\n8.7万吨\n")
    assert kv.get(("exports", "actual", "2021", "growth")) == (-1.6, "eq")
    assert kv.get(("gdp", "actual", "2021", "growth")) == (3.9, "eq")


def test_rate_name_over_its_own_figure_as_before():
    # look-alike: a rate's name over its figure (the page names first): the figure is the name's, as on the base
    kv, _ = _page("2021年成绩单\n地区生产总值\n612.4亿元\n+3.9%\n规上工业增加值增速\n9.2%\n粮食总产量\n8.7万吨\n")
    assert kv.get(("industrial_va", "actual", "2021", "growth")) == (9.2, "eq")
    assert kv.get(("gdp", "actual", "2021", "growth")) == (3.9, "eq")


def test_change_under_a_level_with_a_named_card_after_as_before():
    # look-alike: a signed change under the level, the next card named first: the level's change (decision 428)
    kv, _ = _page("2021年成绩单\n地区生产总值\n612.4亿元\n+3.9%\n一般公共预算收入\n45.3亿元\n+7.7%\n")
    assert kv.get(("gdp", "actual", "2021", "growth")) == (3.9, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2021", "level")) == (45.3, "eq")
