"""This session's blind sets as web pages and PDFs print them (prn40b, decision 228): a plan only weighed in the lead
line a page's break set the items apart from; a table one cell a line whose page break leaves a running head between
two rows; a stray paragraph mark before an indicator's figure that a first-line indent set apart; a full line closing a
sentence inside an indented paragraph; a told turn and a clause of purpose in sentences set one a paragraph; a list
numbered by a digit and a space whose figures a PDF's layer split."""
import re

import pytest

from planwatch.normalize import normalize

from factkeys import keys_of, read


def _report(year: int, place: str, body: str) -> str:
    return (f"{place}政府工作报告\n——{year}年1月12日在{place}第五届人民代表大会第三次会议上\n{place}人民政府市长\n"
            f"各位代表：\n{body}")


# 1. the year's first target, then a reason that weighs the plan's average, then (a page's or a paragraph's break) the
# other items: the items are the year's targets, not the plan's goals (decision 212's rule, now in the lead line too)
@pytest.mark.parametrize("reason", [
    "这一目标，考虑了“{p}”时期年均增长6%左右的规划目标，与就业、物价等指标相匹配。",
    "这一目标与“{p}”规划确定的年均增长6%左右的目标相衔接。",
    "这一目标，为实现“{p}”时期年均增长6%左右的目标奠定基础。",
])
@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n\n第 2 页\n\n"])
@pytest.mark.parametrize("year,plan,place", [(2026, "十五五", "钦州市"), (2021, "十四五", "遵义市")])
def test_a_plan_weighed_in_the_lead_line_sets_no_period_for_the_items_under_it(reason, gap, year, plan, place):
    page = _report(year, place, f"三、{year}年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
                   + reason.format(p=plan) + gap
                   + "规模以上工业增加值增长8%，固定资产投资增长5%，城镇新增就业2.6万人。\n")
    fs = keys_of(read(page, report_year=year))
    for ind in ("industrial_va", "fixed_asset_investment"):
        assert (ind, "target", str(year), "growth") in fs, sorted(fs)
    assert ("urban_new_jobs", "target", str(year), "level") in fs


@pytest.mark.parametrize("lead", [
    # (look-alikes that must not change: the plan's goals led by the plan itself, or by the plan as their source)
    "二、“{p}”时期主要目标\n今后五年经济社会发展的主要目标是：地区生产总值年均增长6%左右。",
    "二、“{p}”时期主要目标\n根据“{p}”规划纲要，今后五年的主要目标是：地区生产总值年均增长6%左右。",
])
def test_a_plan_leading_its_items_still_dates_them(lead):
    page = _report(2026, "钦州市", lead.format(p="十五五") + "\n规模以上工业增加值年均增长8%，固定资产投资年均增长5%。\n")
    fs = keys_of(read(page, report_year=2026))
    assert ("industrial_va", "goal", "2026-2030", "growth") in fs, sorted(fs)


# 2. a table printed one cell a line, a page's break between two rows with the report's running head beside its mark
_TABLE = ("指标名称\n{y0}年完成\n增长\n{y}年计划\n增长\n地区生产总值\n720.3\n7.2\n770\n7\n{brk}"
          "一般公共预算收入\n40.6\n6.1\n42.8\n5.5\n社会消费品零售总额\n235.7\n10.5\n256\n9\n")


@pytest.mark.parametrize("brk", [
    "\n第 1 页\n\n{y}年{place}政府工作报告\n",
    "{place}人民政府公报\n— 3 —\n\n",
    "\n- 2 -\n{place}{y}年国民经济和社会发展计划报告\n\n",
])
@pytest.mark.parametrize("y,place", [(2020, "巩义市"), (2024, "长兴县")])
def test_a_running_head_between_a_tables_rows_is_passed_over(brk, y, place):
    table = _TABLE.format(y0=y - 1, y=y, brk=brk.format(y=y, place=place))
    page = (f"{place}{y - 1}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n{place}发展和改革委员会\n"
            f"附表\n{place}{y}年主要指标计划\n单位：亿元、%\n" + table)
    fs = keys_of(read(page, report_year=y))
    assert fs[("general_budget_revenue", "target", str(y), "level")].value == 42.8
    assert fs[("retail_sales", "actual", str(y - 1), "level")].value == 235.7
    assert fs[("retail_sales", "target", str(y), "growth")].value == 9


# 3. a stray paragraph mark inside a sentence, right after an indicator's name, the figure's line set on an indent
@pytest.mark.parametrize("name,fig,ind", [
    ("城镇居民人均可支配收入", "32150元，增长7.9%", "urban_disposable_income"),
    ("一般公共预算收入", "22.6亿元，增长8.1%", "general_budget_revenue"),
    ("社会消费品零售总额", "增长6.5%", "retail_sales"),
])
@pytest.mark.parametrize("indent", ["\u3000\u3000", "    "])
def test_an_indented_figure_under_a_sentences_name_goes_on(name, fig, ind, indent):
    page = (f"{indent}报告指出，过去一年，全县地区生产总值完成456.2亿元，增长6.8%；规模以上工业增加值增长7.3%；{name}\n"
            f"{indent}{fig}；农村居民人均可支配收入达到15260元，增长8.2%；全县粮食产\n量达到12.5亿斤，居全市第1位。\n"
            f"{indent}报告提出，今年全县地区生产总值增长7%左右。\n")
    fs = keys_of(read(page, report_year=2019, region="莒县"))
    assert fs[(ind, "actual", "2018", "growth")].value == float(fig.split("增长")[1].rstrip("%"))


@pytest.mark.parametrize("page", [
    # (look-alikes that must not change: a sub-head naming the indicator over its indented paragraph, no clause mark)
    "（三）城镇居民人均可支配收入\n\u3000\u300032150元是全县城镇居民去年的人均可支配收入。\n",
    "三、一般公共预算收入\n\u3000\u300022.6亿元的收入中，税收占七成。\n",
])
def test_a_sub_head_naming_an_indicator_stays_over_its_paragraph(page):
    head = page.split("\n")[0]
    assert head + "\n" in normalize(page).text


# 4. a page's full line that a sentence's end closes (or hangs past the width) in a paragraph that opened on an indent,
# over a line that opens on none: the paragraph goes on
_PARA = ("\u3000\u3000报告提出，今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%，"
         "城乡居民人均可支配收入分别增长6.5%和8%{x}。确保城镇调查失业率控制在5.5%以内。围绕这些目标，全年新建高标准农田12万亩，"
         "改造城镇老旧小区45个。乡村振兴方面，新建改造农村公路280公里。")
_NEXT = "\u3000\u3000大会应到代表248名，实到232名，符合法定人数。"


def _layer(x: str, width: int, anchor: str = "以内。") -> list[str]:
    """The paragraph cut every ``width`` characters, as a PDF's layer gives it (the mark ending ``anchor`` one past a cut
    hangs)."""
    p = _PARA.format(x=x)
    cuts = list(range(0, len(p), width))
    end = p.index(anchor) + len(anchor)
    if end % width == 1:
        cuts.remove(end - 1)
        cuts.append(end)
        cuts.sort()
    review = _REVIEW[:len(_REVIEW) - len(_REVIEW) % width]  # (the paragraph before, its lines as wide: the page's width)
    return [review[a:a + width] for a in range(0, len(review), width)] + [p[a:b] for a, b in zip(cuts, cuts[1:] + [len(p)])] \
        + [_NEXT]


_REVIEW = ("\u3000\u3000本报讯（记者 马晓梅）1月9日上午，固原市第五届人民代表大会第三次会议在市会议中心隆重开幕。市长代表市人民政府"
           "向大会作政府工作报告。报告指出，2022年全市地区生产总值完成358.6亿元，增长4.2%；一般公共预算收入完成24.3亿元，增长"
           "6.1%；城镇居民人均可支配收入达到35120元，增长4.6%；农村居民人均可支配收入达到13980元，增长6.8%；粮食产量达到40万吨。")


# (the stop closing the line at the page's width, 32; or hanging one past it, 36)
_LAYERS = [("", 32), ("，居民消费价格涨幅3%左右", 36)]


@pytest.mark.parametrize("x,width", _LAYERS)
def test_a_full_line_ending_a_sentence_goes_on_in_an_indented_paragraph(x, width):
    lines = _layer(x, width)
    assert any(ln.endswith("以内。") for ln in lines)
    page = "\n".join(lines) + "\n"
    assert "以内。围绕这些目标" in normalize(page).text
    d = read(page, report_year=2023, region="固原市")
    assert {("高标准农田", 12, "万亩"), ("城镇老旧小区", 45, "个")} <= {(p.object, p.value, p.unit) for p in d.pledges}


@pytest.mark.parametrize("width", [26, 25])
def test_a_full_line_ending_on_a_leads_colon_goes_on_in_an_indented_paragraph(width):
    # (the lead's colon closing the paragraph's first line at the page's width, 26, or hanging past it, 25)
    lines = _layer("", width, "目标是：")
    assert lines[_REVIEW_LINES(width)].endswith("目标是：")
    page = "\n".join(lines) + "\n"
    assert "目标是：地区生产总值增长6.5%左右" in normalize(page).text
    fs = keys_of(read(page, report_year=2023, region="固原市"))
    assert ("gdp", "target", "2023", "growth") in fs and ("general_budget_revenue", "target", "2023", "growth") in fs


def _REVIEW_LINES(width: int) -> int:  # noqa: N802 - the number of the review's lines before the paragraph
    return (len(_REVIEW) - len(_REVIEW) % width) // width


# (a paragraph of one line, a block's title, set on an indent under a flush line that ends a list: the title stays apart,
# and the tasks under it are pledged)
@pytest.mark.parametrize("title", ["民生实事", "重点项目", "为民办实事"])
def test_an_indented_title_under_a_flush_line_stays_apart(title):
    page = ("\u3000\u3000二、2026年主要预期目标\n"
            "\u3000\u3000地区生产总值增长6.5%左右；规模以上工业增加值增长9%；\n一般公共预算收入增长5%；城镇调查失业率5.5%以内；居民收\n"
            f"入增长与经济增长同步\n\u3000\u3000{title}\n\u3000\u3000新增城镇就业1.1万人，新建城市社区嵌入式服务设施15个，\n"
            "改造农村供水管网180公里，新增养老床位600张。\n")
    assert f"同步\n{title}\n" in normalize(page).text


@pytest.mark.parametrize("x,width", _LAYERS)
@pytest.mark.parametrize("change", ["indent", "flush"])
def test_a_new_paragraph_after_a_sentences_end_stays_apart(x, width, change):
    # (look-alikes that must not change: the next line opens on an indent; the paragraph did not open on one)
    lines = _layer(x, width)
    k = next(i for i, ln in enumerate(lines) if ln.endswith("以内。"))
    if change == "indent":
        lines[k + 1] = "\u3000\u3000" + lines[k + 1]
    else:
        lines = [ln.lstrip("\u3000") for ln in lines]
    text = normalize("\n".join(lines) + "\n").text
    assert "以内。\n" in text, text


# 5. a news page set one sentence a paragraph: the report tells the year's list, then a clause of purpose naming the
# targets back opens the tasks (and the task lines after it go on)
@pytest.mark.parametrize("teller", ["报告提出，", "报告明确，", "会议提出，"])
@pytest.mark.parametrize("purpose", ["围绕这些目标，", "围绕上述目标，", "为实现上述目标，"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_told_list_then_a_purpose_set_apart_leads_the_tasks(teller, purpose, sep):
    page = sep.join([
        "平乡县十七届人大二次会议开幕", "邢台日报讯（记者 王磊）1月8日，平乡县第十七届人民代表大会第二次会议开幕。",
        "报告回顾，2022年，该县地区生产总值完成128.6亿元，增长4.9%。",
        f"{teller}今年该县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长6.5%。",
        "确保城镇调查失业率控制在5.5%以内。",
        f"{purpose}全年新建高标准农田3.5万亩，改造城镇老旧小区12个。",
        "乡村振兴方面，新建改造农村公路280公里。", "会议还听取了县人民法院工作报告。"]) + "\n"
    d = read(page, report_year=2023, region="平乡县")
    got = {(p.object, p.value, p.unit) for p in d.pledges}
    assert {("高标准农田", 3.5, "万亩"), ("城镇老旧小区", 12, "个"), ("农村公路", 280, "公里")} <= got, got


def test_a_told_past_year_then_a_purpose_set_apart_pledges_nothing():
    # (a look-alike that must not change: the report tells a past year's results; what follows is no task)
    page = "\n".join([
        "报告指出，2022年该县地区生产总值增长4.9%，一般公共预算收入增长6.2%。",
        "围绕这些目标，全年新建高标准农田3.5万亩，改造城镇老旧小区12个。"]) + "\n"
    assert not read(page, report_year=2023, region="平乡县").pledges


# 6. a list numbered by a digit and a space, each line an item, some of whose figures a PDF's layer split by a space:
# the numbers are the items', no margin's
@pytest.mark.parametrize("split", [(0, 1, 5), (0, 1, 7), (1, 5, 8), (0, 1, 2, 5)])
def test_a_numbered_list_with_split_figures_keeps_its_numbers(split):
    items = ["新建城区停车位2000个", "改造城镇老旧小区36个、惠及居民4800户", "为全市60周岁以上农村老年人免费体检3.2万人次",
             "新建、改扩建公办幼儿园5所", "给全市困难残疾人发放生活补贴1.1万人", "新建农村公路提质改造工程120公里",
             "对城区低收入家庭实施燃气安全改造1200户", "新增城镇就业5500人", "完成农村户厕改造3000户", "新建城市书房6个"]
    # (the figures of three items opening on their verbs split after their first digit, as the layer split 36 and 60)
    items = [re.sub(r"(?<![\d.])(\d)(\d+)", r"\1 \2", it) if i in split else it for i, it in enumerate(items)]
    page = "2022年十件民生实事\n" + "".join(f"{n} {it}\n" for n, it in enumerate(items, 1))
    text = normalize(page).text
    assert "\n3为全市60周岁以上农村老年人免费体检3.2万人次\n4新建" in text, text
    assert "\n1新建城区停车位2000个\n2改造" in text


def test_a_margins_line_numbers_still_go():
    # (a look-alike that must not change: a page's prose cut anywhere, each line numbered in its margin)
    lines = ["过去一年，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总", "基调，经济运行总体平稳、稳中有进。地区生产总值完成",
             "2180亿元，增长5.6%；一般公共预算收入完成98.6亿元，增", "长4.3%；城镇居民人均可支配收入达到4 2150元，增长",
             "5.1%；农村居民人均可支配收入达到1 8620元，增长6.9%。", "这些成绩的取得，是全市人民团结奋斗的结果，我们倍感",
             "珍惜。同时，我们也清醒地看到，经济发展中还存在不少困", "难和问题，主要是产业结构不优、创新能力不强，民生保障",
             "仍有短板。我们将采取有力措施，认真加以解决。"]
    page = "".join(f"{n} {ln}\n" for n, ln in enumerate(lines, 1))
    assert "\n2 基调" not in normalize(page).text and "\n2基调" not in normalize(page).text


# 7. on a news page, the paragraph a page set apart after the year's list, opened by the whole year's will: its clauses
# after the first ；are the year's tasks too (as in the list's own paragraph)
@pytest.mark.parametrize("will", ["全年将", "全年要", "全年还将"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_whole_years_will_reaches_past_its_semicolons(will, gap):
    page = ("今年是“十四五”开局之年。报告提出，今年全区地区生产总值增长8%以上，规模以上工业增加值增长9%，固定资产投资增长10%。"
            + gap + f"{will}实施重点项目200个，完成投资350亿元；新增市场主体1.5万户；新建改扩建中小学、幼儿园8所，新增学位9000个。\n")
    got = {(p.object, p.value, p.unit) for p in read(page, report_year=2021, region="望城区").pledges}
    assert {("市场主体", 1.5, "万户"), ("学位", 9000, "个")} <= got, got


@pytest.mark.parametrize("opening", ["全年", "预计全年将", "2020年全年"])
def test_a_years_results_or_forecast_set_apart_pledge_nothing(opening):
    # (look-alikes that must not change: the year's results, or a forecast of them, after a review's paragraph)
    page = ("报告指出，2020年全区地区生产总值增长4.1%，规模以上工业增加值增长5.2%。\n"
            f"{opening}新增市场主体1.2万户；新建改扩建中小学、幼儿园6所；新增学位5000个。\n")
    assert not read(page, report_year=2021, region="望城区").pledges
