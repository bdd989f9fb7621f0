"""What the rounds of decisions 163–177 left, blind (lft38; docs/decisions.md 180)."""
import pytest

from factkeys import facts, read, val

_REVIEW_HEAD = "政府工作报告\n——2024年1月8日在某某第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n"
_NEWS = "某某县：政府工作报告出炉\n来源：某某日报 2024-01-10 08:30\n1月9日，某某县第十八届人民代表大会第四次会议开幕，县长王某代表县人民政府作政府工作报告。\n"


# 1. a year opening a list right after its lead's colon leads every ；-item, not the first item's alone
@pytest.mark.parametrize("body", [
    "去年的政府工作报告提出，地区生产总值增长6%左右。今年的报告晒出成绩单：2023年，全县地区生产总值增长5.8%；"
    "一般公共预算收入12.4亿元，增长6.2%；固定资产投资增长7.5%。",
    "年初确定的目标是地区生产总值增长6%左右。年终盘点，数据说话：2023年，全县地区生产总值增长6.3%；一般公共预算收入"
    "12.4亿元，增长6.2%；固定资产投资增长7.5%。",
])
def test_a_year_after_the_colon_leads_every_item(body):
    fs = facts(_NEWS + body + "\n", region="某某县", level="county", report_year=2024)
    assert ("gdp", "target", "2023", "growth") in fs
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (12.4, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (7.5, "eq")
    assert ("general_budget_revenue", "target", "2023", "level") not in fs


def test_a_target_list_led_by_its_year_after_the_colon_stays_the_year_s_targets():
    fs = facts(_NEWS + "报告提出，今年主要预期目标是：2024年，全县地区生产总值增长6%左右；一般公共预算收入增长5%；固定资产投资增长8%。\n",
               region="某某县", level="county", report_year=2024)
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")


# 2. a paragraph of sentences holding a bar (an app post run into one line: 声音｜, 来源｜, 编辑｜) is no table's row
@pytest.mark.parametrize("tail", ["来源｜某某县融媒体中心 编辑｜李某 审核｜张某",
                                  "声音｜县人大代表表示，报告目标实在、举措有力。大家备受鼓舞，信心满满。"])
def test_a_run_on_post_with_a_bar_is_prose(tail):
    text = ("某某发布\n一图读懂｜2024年某某县政府工作报告\n1月9日上午，某某县第十八届人民代表大会第四次会议开幕，县长王某代表县人民政府"
            "作政府工作报告。报告总结了过去一年的工作，提出了今年的目标任务。一起来看👇📌2023年成绩单地区生产总值312.5亿元增长5.1%"
            "一般公共预算收入18.6亿元增长4.2%🎯2024年主要预期目标地区生产总值增长6%左右一般公共预算收入增长5%。" + tail + "\n")
    fs = facts(text, region="某某县", level="county", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (312.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (4.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


# 3. the review's paragraph turning to the year's plan with no title inside a page of one paragraph
_RUN = ("某某县2023年政府工作报告\n——2023年1月6日在某某县第十八届人民代表大会第二次会议上 县长 王某\n各位代表：现在，我代表县人民政府"
        "向大会报告工作，请予审议。一、2022年工作回顾 2022年，全县地区生产总值完成215.3亿元，增长4.6%；一般公共预算收入10.2亿元，增长"
        "5.1%；规模以上工业增加值增长7.3%。{past}在肯定成绩的同时，我们也清醒看到，发展不足仍是最大县情，产业结构不优，民生短板依然较多。"
        "我们将采取有力措施，认真加以解决。{turn}做好今年工作，要坚持稳中求进工作总基调。全县地区生产总值增长6.5%左右，一般公共预算收入增长5%，"
        "规模以上工业增加值增长8%。重点抓好以下工作：一是壮大工业经济。新增规模以上工业企业25家，新建标准厂房10万平方米。\n")


@pytest.mark.parametrize("turn", ["2023年是全面贯彻落实党的二十大精神的开局之年。", "新的一年，使命在肩、任重道远。"])
def test_a_turn_to_the_plan_inside_one_paragraph(turn):
    d = read(_RUN.format(past="2022年是党的二十大召开之年，也是极不平凡的一年。", turn=turn), region="某某县", level="county", report_year=2023)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("general_budget_revenue", "actual", "2022", "level")) == (10.2, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (5, "eq")
    assert val(fs, ("industrial_va", "target", "2023", "growth")) == (8, "eq")
    assert {(p.object, p.value) for p in d.pledges} >= {("规模以上工业企业", 25), ("标准厂房", 10)}


def test_the_year_reviewed_named_in_the_review_opens_no_plan():
    # ("2022年是…之年" in the review of 2022, no turn after it: the review's results stay results)
    d = read(_RUN.format(past="2022年是党的二十大召开之年，也是极不平凡的一年。", turn="").replace("做好今年工作，要坚持稳中求进工作总基调。", "")
             .split("全县地区生产总值增长6.5%")[0] + "\n", region="某某县", level="county", report_year=2023)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (7.3, "eq")
    assert not any(f.role == "target" for f in d.facts)


# 4. a bare figure right after the name's unit bracket and its colon (a 附表's "地区生产总值增长（%）：6左右（预期性）")
_ANNEX = ("关于某某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n二、2024年国民经济和社会发展计划草案\n"
          "2024年主要预期目标安排详见附表。\n附表：\n某某市2024年国民经济和社会发展主要指标计划\n")


@pytest.mark.parametrize("line, key, want", [
    ("一般公共预算收入增长（%）：5左右（预期性）", ("general_budget_revenue", "target", "2024", "growth"), (5, "about")),
    ("城镇新增就业（万人）：1.5（预期性）", ("urban_new_jobs", "target", "2024", "level"), (1.5, "eq")),
    ("固定资产投资增长(%): 8", ("fixed_asset_investment", "target", "2024", "growth"), (8, "eq")),
])
def test_a_bare_figure_after_the_unit_bracket_and_colon(line, key, want):
    fs = facts(_ANNEX + line + "\n", region="某某市", level="prefecture", report_year=2024)
    assert val(fs, key) == want


def test_a_year_after_the_unit_bracket_and_colon_is_no_figure():
    fs = facts(_ANNEX + "地区生产总值（亿元）：2024年计划1250\n", region="某某市", level="prefecture", report_year=2024)
    assert not any(f.value == 2024 for f in fs.values())


# 5. an app post's figure-first card under its sub-head, or after a card named first with one figure
_POST = ("某某发布\n一图读懂2024年某某县政府工作报告\n2024-01-10 18:30 某某发布\n1月9日，某某县第十八届人民代表大会第四次会议开幕，"
         "县长王某代表县人民政府作政府工作报告。\n\n")


@pytest.mark.parametrize("cards", [
    "📊 2023年发展成绩单\n💰 268.4亿元\n地区生产总值 增长5.3%\n🏭 规上工业增加值\n增长7.1%\n👷 城镇新增就业\n6820人\n"
    "🛍️ 96.5亿元\n社会消费品零售总额 增长6.4%\n",
    "📌 过去一年，这样走过\n268.4亿元\n地区生产总值 增长5.3%\n🌳 森林覆盖率\n72.6%\n96.5亿元\n社会消费品零售总额 增长6.4%\n",
])
def test_a_figure_first_card_among_name_first_cards(cards):
    fs = facts(_POST + cards + "\n🎯 2024年主要预期目标\n地区生产总值\n增长6%左右\n", region="某某县", level="county", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (268.4, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.3, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "level")) == (96.5, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


# 6. the region's own 全X (its own level) after the level above's figure and place, in a sentence of their own
@pytest.mark.parametrize("body, region, level, rank_scope", [
    ("全县地区生产总值完成180.6亿元。全市增长7.2%，增速居全省第6位；全县增长7.9%，增速居全市第3位。", "某某县", "county", "全市"),
    ("全区实现地区生产总值305.2亿元。全市增长6.1%，增速居全省第4位，全区增长7.9%，增速居全市第3位。", "某某区", "county", "全市"),
    ("全市实现地区生产总值2305.2亿元。全省增长6.1%，增速居全国第9位；全市增长7.9%，增速居全省第3位。", "某某市", "prefecture", "全省"),
])
def test_the_region_s_own_word_after_the_level_above_s_place(body, region, level, rank_scope):
    fs = facts(_REVIEW_HEAD + body + "\n", region=region, level=level, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (7.9, "eq")
    assert val(fs, ("gdp", "actual", "2023", "rank")) == (3, "eq")
    assert fs[("gdp", "actual", "2023", "rank")].scope == rank_scope


def test_the_level_above_s_word_after_another_level_s_place_is_not_the_region_s():
    # (in a county's report 全市 is the city's: its change and place stay no county's)
    fs = facts(_REVIEW_HEAD + "全县地区生产总值完成180.6亿元。全省增长6.0%，增速居全国第10位；全市增长6.6%，增速居全省第5位。\n",
               region="某某县", level="county", report_year=2024)
    assert ("gdp", "actual", "2023", "rank") not in fs
    assert fs.get(("gdp", "actual", "2023", "growth")) is None or fs[("gdp", "actual", "2023", "growth")].value != 6.6


# 7. one plan labelled for a pair after its results (年度目标均为…), its levels stated first or not
@pytest.mark.parametrize("body", [
    "城乡居民人均可支配收入分别达到45120元和21360元，分别增长5.2%和7.4%，年初目标均为增长6%。",
    "城镇和农村居民人均可支配收入分别增长5.2%和7.4%，年度计划都为增长6%。",
])
def test_one_plan_labelled_for_a_pair(body):
    fs = facts(_REVIEW_HEAD + body + "城镇新增就业1.2万人。\n", region="某某县", level="county", report_year=2024)
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.4, "eq")
    assert val(fs, ("urban_disposable_income", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2023", "growth")) == (6, "eq")


# 8. an amount invested opening its item alone pays for the work of the clause after its comma
_PLAN = "政府工作报告\n——2024年1月10日在某某第十八届人民代表大会第四次会议上\n\n二、2024年工作安排\n"


@pytest.mark.parametrize("body, obj, amount, unit, count", [
    ("一是安全饮水。投资1.2亿元，实施农村供水保障工程25处。", "农村供水保障工程", 1.2, "亿元", 25),
    ("（二）教育扩容。投入8600万元，新建改扩建中小学校3所。", "中小学校", 8600, "万元", 3),
])
def test_an_amount_invested_pays_for_the_next_clause_s_work(body, obj, amount, unit, count):
    d = read(_PLAN + body + "\n", region="某某县", level="county", report_year=2024)
    got = {(p.object, p.value, p.unit): p for p in d.pledges}
    assert (obj, amount, unit) in got
    assert got[(obj, amount, unit)].action in ("投资", "投入")
    assert any(p.object == obj and p.value == count for p in d.pledges)


@pytest.mark.parametrize("body, obj, amount", [
    ("三是城区供水。投资12亿元，实施城区供水管网改造。", "城区供水管网改造", 12),
    ("（三）治污。投入1.5亿元，推进城区雨污分流改造，新建管网20公里。", "城区雨污分流改造", 1.5),
])
def test_an_amount_invested_pays_for_the_next_clause_s_work_with_no_count(body, obj, amount):
    d = read(_PLAN + body + "\n", region="某某县", level="county", report_year=2024)
    assert (obj, amount, "亿元") in {(p.object, p.value, p.unit) for p in d.pledges}


def test_an_investment_completed_keeps_its_own_object():
    # (a verb before the amount: "完成投资…" is the year's investment, not the next clause's work's)
    d = read(_PLAN + "全年完成投资1.2亿元，新建城区污水处理厂2座。\n", region="某某县", level="county", report_year=2024)
    assert not any(p.value == 1.2 and p.object == "城区污水处理厂" for p in d.pledges)


# 9. tax revenue's share of another whole (财政总收入) is no tax_revenue_share (of 一般公共预算收入)
def test_tax_s_share_of_another_whole():
    fs = facts(_REVIEW_HEAD + "财政总收入28.6亿元，增长5.2%；税收收入完成16.42亿元，占财政总收入的57.4%。\n",
               region="某某县", level="county", report_year=2024)
    assert ("tax_revenue_share", "actual", "2023", "share") not in fs
    assert val(fs, ("fiscal_total_revenue", "actual", "2023", "level")) == (28.6, "eq")


@pytest.mark.parametrize("body", ["一般公共预算收入15.2亿元，增长6.1%，其中税收收入11.6亿元，占一般公共预算收入的76.3%。",
                                  "税收收入完成11.6亿元，占全县一般公共预算收入的76.3%。",
                                  "一般公共预算收入15.2亿元，其中税收收入11.6亿元，占比76.3%。"])
def test_tax_s_share_of_the_budget_revenue_stays(body):
    fs = facts(_REVIEW_HEAD + body + "\n", region="某某县", level="county", report_year=2024)
    assert val(fs, ("tax_revenue_share", "actual", "2023", "share")) == (76.3, "eq")
