"""News restating a report's figures in pages not tried before, blind (nws46, decision 334): a wire's round-up of the
provinces' targets naming several provinces together before a figure ("湖北、海南两省将…定在10%以上") or one province
speaking before a goal's time ("如广东提出，“十四五”时期…", "湖南提出，到2025年全省…") gave the page the taxonomy's
key; a think tank's own estimate told by 据 ("据课题组测算，…") after its researcher's words was read as the report's; a
Hong Kong page's note in brackets holding the currency and a conversion ("（人民幣，下同，約3.75萬億港元）") cut the
growth off its level; a part's growth task kept its year and verb in the object ("前海合作区今年实现增加值"); a TV
transcript's or an interview's deputy speaking after a colon, or with a term in quotes in their words, pledged their
own plans. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val

# ---- 1. several provinces named together before a round-up's figure: theirs, no region's ----

_ROUND_UP = ("2025年31省份GDP增长目标全部出炉 多地定在5%左右\n2025-02-10 09:20　来源：中国新闻网\n\n中新网北京2月10日电 随着各地"
             "两会陆续闭幕，31个省份2025年的经济增长目标已全部公布。\n\n{x}\n\n北京、上海提出增长5%左右，广东提出增长5%左右，"
             "江苏提出增长5%以上。\n")


@pytest.mark.parametrize("line,key", [
    # three provinces joined by 、 and 和, their count and 提出 before the name
    ("其中，江西、贵州和云南三省提出地区生产总值增长5.5%以上。", ("gdp", "target", "2025", "growth")),
    # two joined by 与, 均把 before the name
    ("广东与江苏均把地区生产总值增长目标定在5%左右。", ("gdp", "target", "2025", "growth")),
    # 等 and a vague 省份 after the names, 将
    ("山东、河南等省份将一般公共预算收入增长目标定在4%。", ("general_budget_revenue", "target", "2025", "growth")),
])
def test_several_provinces_named_together_set_their_own_figure(line, key):
    d = read(_ROUND_UP.format(x=line))
    assert d.meta.region is None  # (a page on several regions)
    assert key not in keys_of(d)
    assert any(k[0].startswith("other:") and k[1:] == key[1:] for k in keys_of(d))


@pytest.mark.parametrize("line,key", [
    # a province speaking, then a plan's period opening the figure's clause
    ("如广东提出，“十五五”时期地区生产总值年均增长4.5%以上。", ("gdp", "goal", "2026-2030", "growth")),
    # the year to reach and 全省 opening it
    ("湖南提出，到2030年全省地区生产总值突破7万亿元。", ("gdp", "goal", "2030", "level")),
    # 其中 before the province, 期间
    ("其中浙江提出，“十五五”期间一般公共预算收入年均增长4%。", ("general_budget_revenue", "goal", "2026-2030", "growth")),
])
def test_a_province_speaking_before_a_goals_time_is_that_provinces(line, key):
    d = read(_ROUND_UP.format(x=line))
    assert key not in keys_of(d)
    assert any(k[0].startswith("other:") and k[1:] == key[1:] for k in keys_of(d))


def test_the_provinces_own_page_saying_its_name_before_a_goals_time_keeps_it():
    # look-alike: on the province's own report its own short name speaking is the region itself
    d = read("湖南省2026年政府工作报告\n\n湖南提出，到2030年全省地区生产总值突破7万亿元。今年全省地区生产总值增长5%左右。\n")
    assert val(keys_of(d), ("gdp", "goal", "2030", "level")) == (7, "at_least")


def test_a_level_above_speaking_before_a_goals_time_on_a_citys_report_keeps_the_citys():
    # look-alike: 市委 is no region's name; the city's own goal after a goal's time stays the city's
    d = read("长沙市2021年政府工作报告\n\n市委提出，到2025年全市地区生产总值突破1.6万亿元。今年全市地区生产总值增长7%以上。\n")
    assert val(keys_of(d), ("gdp", "goal", "2025", "level")) == (1.6, "at_least")


def test_partner_provinces_named_on_a_provinces_own_report_keep_its_target():
    # look-alike: other provinces named with 、 on a page of one province, not a round-up
    d = read("广东省2025年政府工作报告\n\n与江苏、浙江一样，今年全省地区生产总值增长目标定在5%左右。\n")
    assert val(keys_of(d), ("gdp", "target", "2025", "growth")) == (5, "about")


# ---- 2. a think tank's own estimate told by 据 after its researcher's words: theirs, none of the report's ----

_EXPLAINED = ("专家解读：2024年全省经济增长目标务实可行\n来源：河北新闻网　2024-01-30\n\n1月28日，河北省十四届人大二次会议开幕。"
              "报告提出，今年全省地区生产总值增长5.5%左右，一般公共预算收入增长4%。\n\n{x}\n")


@pytest.mark.parametrize("words,key", [
    # 据 and the research group
    ("省社科院经济研究所研究员王磊分析认为，5.5%左右的目标积极稳妥。据课题组测算，今年全省固定资产投资增速在6%至7%之间。",
     ("fixed_asset_investment", "target", "2024", "growth")),
    # 据 and the research team
    ("某研究院专家认为，目标积极。据研究团队测算，全年社会消费品零售总额有望增长6.5%。",
     ("retail_sales", "target", "2024", "growth")),
])
def test_a_commentators_estimate_told_by_ju_is_theirs(words, key):
    d = read(_EXPLAINED.format(x=words))
    assert key not in keys_of(d)
    assert val(keys_of(d), ("gdp", "target", "2024", "growth")) == (5.5, "about")


@pytest.mark.parametrize("words,key,value", [
    # look-alike: a bare 据初步核算 names no one: the page's result after the commentator's sentence
    ("某研究院专家认为，目标积极。据初步核算，去年全省地区生产总值增长5.5%。", ("gdp", "actual", "2023", "growth"), (5.5, "eq")),
    # look-alike: a bare 据测算 names no one either
    ("某研究院专家认为，目标积极。据测算，今年全省城镇新增就业90万人以上。", ("urban_new_jobs", "target", "2024", "level"),
     (90, "at_least")),
    # look-alike: the report speaking again in the next paragraph
    ("某研究院专家认为，目标积极。\n\n报告还提出，今年全省固定资产投资增长6%。", ("fixed_asset_investment", "target", "2024", "growth"),
     (6, "eq")),
])
def test_words_after_a_commentator_that_name_no_one_of_theirs_stay_the_pages(words, key, value):
    assert val(keys_of(read(_EXPLAINED.format(x=words))), key) == value


# ---- 3. a note in brackets holding the currency and a conversion: the growth after it is the level's ----

_HK = ("深圳今年GDP目標增5%\n2024-01-30　香港文匯報\n\n【香港文匯報訊】深圳市七屆人大五次會議29日開幕。報告顯示，2023年深圳地區生產總值"
       "達3.46萬億元{note}，{grew}6%。\n")


@pytest.mark.parametrize("note,grew", [
    ("（人民幣，下同，約3.8萬億港元）", "按年增長"),  # the currency, 下同 and a conversion by 約
    ("（人民幣，下同，折合約4870億美元）", "增長"),  # a conversion by 折合
    ("（約合4870億美元，下同）", "增長"),  # the conversion first
])
def test_a_conversion_in_the_notes_brackets_keeps_the_growth(note, grew):
    d = read(_HK.format(note=note, grew=grew))
    assert val(keys_of(d), ("gdp", "actual", "2023", "growth")) == (6, "eq")
    assert val(keys_of(d), ("gdp", "actual", "2023", "level")) == (3.46, "eq")


def test_a_note_with_a_figure_of_its_own_is_unchanged():
    # look-alike: an amount of the note's own (a part's), no conversion: the growth stays unread, as before
    d = read(_HK.format(note="（含前海合作區2900億元，下同）", grew="增長"))
    assert ("gdp", "actual", "2023", "growth") not in keys_of(d)


# ---- 4. a part's growth task: its year and verb of reaching are no part of the object ----

_TASKS = "泰州市2023年政府工作报告\n\n三、2023年重点工作\n（一）做强产业。{x}。\n"


@pytest.mark.parametrize("task,obj", [
    ("高新区今年实现规上工业增加值增长12%", "高新区规上工业增加值"),  # 今年 and 实现
    ("医药城今年要实现产业规模增长15%", "医药城产业规模"),  # 今年 before the aim 要实现
    ("经开区2023年力争实现规上工业增加值增长10%", "经开区规上工业增加值"),  # a year before 力争实现
])
def test_a_parts_year_and_verb_are_no_part_of_the_object(task, obj):
    assert obj in {p.object for p in read(_TASKS.format(x=task)).pledges}


@pytest.mark.parametrize("task,obj", [
    ("经开区要实现规上工业增加值增长10%", "经开区规上工业增加值"),  # look-alike: the aim alone, as before (county21)
    ("今年实现外贸进出口增长5%", "外贸进出口"),  # look-alike: no part before the year
    ("经开区规上工业增加值增长10%", "经开区规上工业增加值"),  # look-alike: no year, no verb
])
def test_objects_without_a_parts_year_and_verb_are_unchanged(task, obj):
    assert obj in {p.object for p in read(_TASKS.format(x=task)).pledges}


# ---- 5. a deputy's words in a transcript's turn or with a term in quotes: no pledge of the report's ----

_TV = ("【海安新闻】县十八届人大三次会议开幕\n海安电视台　2023-01-12 20:10\n\n【主持人】今天上午，县十八届人大三次会议开幕。县长作政府"
       "工作报告。\n\n【解说】报告提出，今年全县地区生产总值增长6%左右。\n\n{x}\n\n【解说】今年将新建改造农村公路100公里。\n")


@pytest.mark.parametrize("turn,own", [
    # a TV page's 【同期声】 turn, the deputy's title and name and a colon
    ("【同期声】县人大代表、某纺织企业董事长王强：我们企业今年计划新建3条智能化生产线。", "智能化生产线"),
    # an interview's turn with no head, a member
    ("县政协委员、某社区书记李娜：今年我们社区将新建2个养老服务站，让老人就近养老。", "养老服务站"),
    # a verb of saying, a term in quotes before their own plan
    ("县人大代表张伟表示，报告提出打造“美食之都”，我们协会今年将新建美食街区3条。", "美食街区"),
])
def test_a_deputys_own_plans_pledge_nothing(turn, own):
    d = read(_TV.format(x=turn))
    objects = {p.object for p in d.pledges}
    assert own not in objects
    assert "农村公路" in objects


def test_a_deputy_citing_the_report_then_their_own_plan_keeps_the_reports_only():
    d = read(_TV.format(x="县人大代表张伟表示，报告提出，今年新建口袋公园30个，我们村今年也将新建小游园2个。"))
    assert ("口袋公园", 30, "个") in pledged(d)
    assert "小游园" not in {p.object for p in d.pledges}


@pytest.mark.parametrize("turn,kept", [
    # look-alike: the county head's turn restates the report's tasks
    ("【同期声】县长刘明：今年我们将新建口袋公园30个，改造老旧小区20个。", ("老旧小区", 20, "个")),
    # look-alike: a deputy's turn citing the report
    ("县人大代表王芳：报告提出今年新建口袋公园30个，这是群众最盼的事。", ("口袋公园", 30, "个")),
    # look-alike: the deputy's quote closed, the page's own words after it
    ("县人大代表张伟说：“目标振奋人心。”今年全县还将新建口袋公园30个。", ("口袋公园", 30, "个")),
])
def test_the_reports_tasks_beside_a_deputy_still_pledge(turn, kept):
    assert kept in pledged(read(_TV.format(x=turn)))
