"""The parts around a report's body, blind (app39, decision 196): endnotes after the body or at a part's end, a
glossary of dashed items, an annex of the year's targets under its label, and a goal's year opening a clause on its
own subject inside a plan quoted from its 规划纲要."""
import pytest

from factkeys import keys_of, pledged, read, val

_COVER = "{name}人民政府工作报告\n——{y}年1月{d}日在{name}第十四届人民代表大会第{n}次会议上\n\n"


def _report(name: str, y: int, review: str, plan: str, tail: str) -> str:
    return (_COVER.format(name=name, y=y, d=12, n="一") + f"一、{y - 1}年工作回顾\n" + review + "\n"
            + f"二、{y}年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
            + "重点抓好以下工作：" + plan + "\n" + tail)


_REVIEW = "全省生产总值增长4.5%{m1}，一般公共预算收入907.6亿元、增长5.3%{m2}。"
_NOTES = "{head}{a} 全国国内生产总值增长3.0%，我省增速居全国第5位。\n{b} 全国一般公共预算收入20.37万亿元，增长0.6%。\n"


# 1. a report's endnotes after its body, marked [1], 〔1〕 or ①, under a head or none: no target, no pledge
@pytest.mark.parametrize("name,y,marks,head", [
    ("甘肃省", 2023, ("[1]", "[2]"), "注释：\n"),
    ("河北省", 2021, ("[1]", "[2]"), ""),
    ("江西省", 2019, ("〔1〕", "〔2〕"), "尾注：\n"),
    ("贵州省", 2024, ("①", "②"), ""),
    ("山西省", 2017, ("［1］", "［2］"), "注释\n"),
])
def test_endnotes_after_the_body_are_no_targets_nor_pledges(name, y, marks, head):
    text = _report(name, y, _REVIEW.format(m1=marks[0], m2=marks[1]), "全年实施省级重点项目300个。",
                   _NOTES.format(head=head, a=marks[0], b=marks[1]))
    d = read(text, region=name, level="province", report_year=y)
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", str(y - 1), "growth")) == (4.5, "eq")
    assert val(fs, ("general_budget_revenue", "target", str(y), "growth")) == (5, "eq")
    assert ("gdp", "target", str(y), "rank") not in fs
    assert ("general_budget_revenue", "target", str(y), "level") not in fs
    assert pledged(d) == {("省级重点项目", 300, "个")}


# 2. a part's endnotes, set after its last paragraph, before the next part's title
@pytest.mark.parametrize("marks", [("[1]", "[2]"), ("①", "②")])
def test_a_parts_endnotes_before_the_next_part_are_notes(marks):
    review = ("2015年，全省地区生产总值增长6.5%" + marks[0] + "。\n“十二五”时期，单位地区生产总值能耗累计下降21.6%"
              + marks[1] + "。\n" + marks[0] + " 东北三省平均增长4.8%，粮食总产量居全国第4位。\n"
              + marks[1] + " 国家下达我省“十二五”节能目标为下降17%。\n")
    text = _report("吉林省", 2016, review, "新建改造农村公路5000公里。", "")
    d = read(text, region="吉林省", level="province", report_year=2016)
    fs = keys_of(d)
    assert val(fs, ("energy_intensity", "actual", "2011-2015", "growth")) == (-21.6, "eq")
    assert ("grain_output", "actual", "2015", "rank") not in fs
    assert ("energy_intensity", "goal", "2011-2015", "growth") not in fs


# near-misses: a list numbered as notes are, whose marks no word of the text above sets since the notes before it,
# is the year's tasks, at the report's end or at a part's
@pytest.mark.parametrize("tail", ["", "三、加强政府自身建设\n"])
def test_a_list_numbered_like_notes_stays_the_tasks(tail):
    text = ("某某市人民政府工作报告\n一、2020年工作回顾\n全市地区生产总值完成980亿元，增长2.0%①；一般公共预算收入增长1.3%②。\n"
            "① 按可比价格计算。\n② 2020年全省一般公共预算收入增长0.5%。\n二、2021年工作安排\n"
            "今年主要预期目标是：地区生产总值增长8%左右。\n重点抓好以下工作：\n①新建5G基站1500个；\n②新增城镇学位8000个。\n" + tail)
    d = read(text, region="鹤壁市", level="prefecture", report_year=2021)
    assert pledged(d) == {("5G基站", 1500, "个"), ("城镇学位", 8000, "个")}


def test_bracketed_items_no_word_marks_stay_the_tasks():
    text = _report("湖南省", 2022, "全省地区生产总值增长7.7%。", "\n[1] 新建改造高标准农田300万亩；\n[2] 新增5G基站2万个。", "")
    d = read(text, region="湖南省", level="province", report_year=2022)
    assert {("高标准农田", 300, "万亩"), ("5G基站", 2, "万个")} <= pledged(d)


# 3. a glossary whose items are set after dashes: its national figures are no pledges
@pytest.mark.parametrize("head", ["附件2：名词解释\n", "名词解释\n", "附件\n有关名词解释\n"])
def test_a_glossarys_dashed_items_are_no_pledges(head):
    gloss = (head + "——“两新”：大规模设备更新和消费品以旧换新，2025年国家安排超长期特别国债3000亿元支持消费品以旧换新。\n"
             "——专项债券：地方政府专项债券，2025年全国拟安排4.4万亿元，比上年增加5000亿元。\n")
    text = _report("安吉县", 2025, "全县地区生产总值增长6.1%。", "新建公共充电桩500个。", gloss)
    d = read(text, region="安吉县", level="county", report_year=2025)
    assert pledged(d) == {("公共充电桩", 500, "个")}


# 4. an annex of the year's targets under its label: its items are the target list, no pledges; an annex of the
# year's 民生实事 after it stays the tasks
_ANNEX_BODY = ("1.地区生产总值增长7.5%左右；\n2.一般公共预算收入增长6%；\n3.固定资产投资增长10%；\n"
               "4.城乡居民人均可支配收入分别增长8%、9%。\n")


@pytest.mark.parametrize("label,title", [
    ("附件1\n\n", "2020年全县经济社会发展主要预期目标\n"),
    ("附件1\n", "2020年全县经济社会发展主要预期目标\n"),
    ("附件一\n", "2020年主要预期目标\n"),
    ("附件1：", "2020年全县经济社会发展主要预期目标\n"),
    ("附表2\n", "2020年全县国民经济和社会发展主要指标\n"),
])
def test_an_annex_of_the_years_targets_gives_no_pledges(label, title):
    text = ("湘潭县人民政府工作报告\n——2019年12月26日在湘潭县第十七届人民代表大会第五次会议上\n\n一、2019年工作回顾\n"
            "预计全年完成地区生产总值465亿元，增长8.1%。\n二、2020年工作安排\n今年的主要预期目标详见附件。\n"
            "重点抓好以下工作：新建改扩建农村公路200公里。\n\n" + label + title + _ANNEX_BODY
            + "\n附件2\n2020年十件民生实事\n1.新建村级卫生室20个；\n2.改造农村厕所3000户。\n")
    d = read(text, region="湘潭县", level="county", report_year=2020)
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (7.5, "about")
    assert val(fs, ("rural_disposable_income", "target", "2020", "growth")) == (9, "eq")
    assert pledged(d) == {("农村公路", 200, "公里"), ("村级卫生室", 20, "个"), ("农村厕所", 3000, "户")}


# 5. a goal's year opening a clause on its own subject dates that clause only: the levels and shares after it in its
# item keep the plan's span (decisions 20, 105 and tests/test_y2631.py; decision 196 had dated them by the year)
@pytest.mark.parametrize("sentence,key,period,own", [
    ("《规划纲要（草案）》提出，“十三五”时期全省地区生产总值年均增长6.5%以上，到2020年城镇常住居民人均可支配收入达到3.7万元，"
     "常住人口城镇化率达到60%。", ("urbanization_rate", "goal", "2016-2020", "share"), 60,
     ("urban_disposable_income", "goal", "2020", "level")),
    ("今后五年的主要目标是：地区生产总值年均增长7%，到2025年一般公共预算收入达到35亿元，研发经费投入强度达到2.5%。",
     ("rnd_intensity", "goal", "2021-2025", "share"), 2.5,
     ("general_budget_revenue", "goal", "2025", "level")),
    ("“十四五”时期，全市地区生产总值年均增长6%左右，到2025年人均地区生产总值突破10万元，森林覆盖率达到45%以上。",
     ("forest_coverage", "goal", "2021-2025", "share"), 45,
     ("gdp_per_capita", "goal", "2025", "level")),
])
def test_a_goals_year_on_its_own_subject_dates_its_clause_only(sentence, key, period, own):
    y = int(key[2][:4])
    text = f"某某省人民政府工作报告\n二、“十{'三' if y == 2016 else '四'}五”时期的主要目标\n{sentence}\n"
    fs = keys_of(read(text, region="吉林省", level="province", report_year=y))
    assert val(fs, key)[0] == period
    assert own in fs  # (the clause the year opens is that year's)


# near-misses: a year going on the item before (a verb after it), or a yearly average after it, keep the plan's span
@pytest.mark.parametrize("sentence,key", [
    ("“十三五”时期全省地区生产总值年均增长6.5%以上，到2020年突破1.8万亿元，城镇化率达到60%。",
     ("urbanization_rate", "goal", "2016-2020", "share")),
    ("主要目标是：地区生产总值年均增长7%，到2020年一般公共预算收入达到350亿元，城乡居民收入年均增长7%以上。",
     ("urban_disposable_income", "goal", "2016-2020", "growth")),
    ("主要目标是：地区生产总值年均增长7%，到2020年一般公共预算收入达到350亿元，城乡居民收入年均增长7%以上，森林覆盖率达到45%。",
     ("forest_coverage", "goal", "2016-2020", "share")),
    # (a growth or a qualitative aim after the year is the plan's, as a goals list states a flow's)
    ("今后五年，全省地区生产总值年均增长7%，到2020年全省地区生产总值达到1万亿元，居民人均可支配收入增长与经济增长同步。",
     ("disposable_income", "goal", "2016-2020", "growth")),
    ("今后五年，全省地区生产总值年均增长7%，到2020年全省地区生产总值达到1万亿元，一般公共预算收入增长8%。",
     ("general_budget_revenue", "goal", "2016-2020", "growth")),
])
def test_a_year_going_on_the_item_before_keeps_the_plans_span(sentence, key):
    text = f"某某省人民政府工作报告\n二、“十三五”时期的主要目标\n{sentence}\n"
    fs = keys_of(read(text, region="吉林省", level="province", report_year=2016))
    assert key in fs
