"""Reports as web pages and PDFs print them, blind (prn39, decision 201): a Windows line end after an app post's
pictograph sub-head, a dated part title under a caption of words with the blank lines dropped (a PDF's text layer), a
page that sets each sentence apart (the year's results cut from the sentence naming the year; a note's second sentence on
a line of its own), and a target list on the line after its lead, then the paragraph weighing a target."""
import pytest

from factkeys import keys_of, read, pledged

_POST = ("{p}两会｜一图读懂{y}年{p}政府工作报告\n来源：{p}发布　{y}-01-14 18:30\n\n"
         "1月13日，{p}人民代表大会会议开幕，{p}长代表人民政府作政府工作报告。一起来看——\n\n")


# 1. a Windows line end (\r\n) after a pictograph's sub-head: the sub-head and the pledges under it read as with \n
@pytest.mark.parametrize("mark", ["📌", "🔴", "✨"])
@pytest.mark.parametrize("head", ["今年要干这些事", "今年要办这些实事", "这些实事今年办", "今年将这样干"])
@pytest.mark.parametrize("y,p", [(2025, "重庆市"), (2022, "荆州市")])
def test_a_windows_line_end_after_a_pictograph_sub_head(mark, head, y, p):
    lines = [f"{mark} 过去一年", "全市地区生产总值增长6.1%", "城镇新增就业7.6万人", "",
             f"{mark} 今年目标", "✅ 地区生产总值：增长6%左右", "✅ 城镇新增就业：6万人以上", "",
             f"{mark} {head.format(y=y)}", "新建5G基站1.2万个", "新增城市停车位10万个", "改造城镇老旧小区1000万平方米", "",
             "编辑：刘佳"]
    body = _POST.format(p=p, y=y) + "\n".join(lines) + "\n"
    for text in (body, body.replace("\n", "\r\n")):
        d = read(text, region=p, report_year=y)
        assert {("5G基站", 1.2, "万个"), ("城市停车位", 10, "万个")} <= pledged(d), text[:20]
        fs = keys_of(d)
        assert fs[("gdp", "target", str(y), "growth")].value == 6
        assert fs[("gdp", "actual", str(y - 1), "growth")].value == 6.1


# 1b. near-miss: the same lines with no pictograph, \r\n or \n, read alike (no sub-head made of a plain line)
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_plain_lines_read_alike_with_either_line_end(eol):
    text = ("关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告" + eol + eol
            + "2024年，全市地区生产总值增长5.8%，城镇新增就业6.2万人。" + eol
            + "2025年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业6万人以上。" + eol)
    fs = keys_of(read(text, region="绵阳市", report_year=2025))
    assert fs[("gdp", "actual", "2024", "growth")].value == 5.8
    assert fs[("gdp", "target", "2025", "growth")].value == 5.5


# 2. a dated part title right under a caption of words (a 数读 block's name under its figure), no blank line between, as a
# PDF's text layer or a page copied without its blank lines prints it: the title opens the year's part
_BLOCK = ("数读{last}\n112.6亿元\n地区生产总值 增长8.3%\n31860元\n城镇居民人均可支配收入\n2180人\n{last_label}\n"
          "{y}年主要预期目标\n地区生产总值增长7.5%左右\n一般公共预算收入增长6%\n固定资产投资增长10%\n"
          "社会消费品零售总额增长9%\n城镇新增就业1500人\n城乡居民人均可支配收入增长与经济增长同步\n{y}年十件民生实事\n"
          "新建改建公办幼儿园3所\n改造城镇老旧小区8个\n新改建农村公路56公里\n完成农村危房改造120户\n")


@pytest.mark.parametrize("last_label", ["城镇新增就业", "农村居民人均可支配收入", "一般公共预算收入"])
@pytest.mark.parametrize("y,p", [(2022, "蕉岭县"), (2024, "临朐县"), (2019, "资阳市")])
def test_a_dated_title_under_a_caption_of_words_with_no_blank_line(last_label, y, p):
    text = _POST.format(p=p, y=y).replace("\n\n", "\n") + _BLOCK.format(last=y - 1, y=y, last_label=last_label)
    d = read(text, region=p, report_year=y)
    # (the first item under the title is lost with blank lines too: a class of its own, left)
    assert {("农村公路", 56, "公里"), ("农村危房改造", 120, "户")} <= pledged(d)
    fs = keys_of(d)
    assert fs[("gdp", "target", str(y), "growth")].value == 7.5
    assert fs[("gdp", "actual", str(y - 1), "growth")].value == 8.3


# 2b. near-miss: under a figure's line ("5000人\n2024年主要目标"), with no blank line, the dated line is still no part
# title (an infographic's caption): the figures above stay the review's, no pledge is made of a review's count
@pytest.mark.parametrize("y", [2023, 2024])
def test_a_dated_line_under_a_figure_is_no_part(y):
    text = (_POST.format(p="临朐县", y=y).replace("\n\n", "\n")
            + f"数读{y - 1}\n地区生产总值\n增长6.1%\n城镇新增就业\n5000人\n{y}年主要目标\n地区生产总值增长6%左右\n")
    d = read(text, region="临朐县", report_year=y)
    fs = keys_of(d)
    assert fs[("urban_new_jobs", "actual", str(y - 1), "level")].value == 5000
    assert ("urban_new_jobs", "target", str(y), "level") not in fs


# 3. a page that sets each sentence apart: "2020年，…。" its own paragraph, then "全年实现…" — the year's results, not
# the ended plan's five years, under a part titled for the plan
_REVIEW = ("政府工作报告\n——{y}年2月3日在{p}第十八届人民代表大会第七次会议上\n\n一、{plan}工作回顾\n"
           "{plan}期间，全县地区生产总值年均增长7.1%；一般公共预算收入年均增长9.5%。{sep}"
           "全面完成脱贫攻坚目标任务，185个贫困村全部退出。{sep}"
           "{last}年，面对新冠肺炎疫情带来的严峻考验，全县经济逆势增长。{sep}"
           "全年实现地区生产总值342.6亿元，增长4.2%；规模以上工业增加值增长4.9%；固定资产投资增长10.6%。\n")


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\r\n\u3000\u3000"])
@pytest.mark.parametrize("y,plan,p", [(2021, "“十三五”", "安岳县"), (2026, "“十四五”", "桐城市"), (2021, "“十三五”时期", "通渭县")])
def test_the_years_results_in_their_own_paragraph_after_the_year(sep, y, plan, p):
    fs = keys_of(read(_REVIEW.format(y=y, plan=plan, p=p, last=y - 1, sep=sep), region=p, report_year=y))
    span = f"{y - 5}-{y - 1}"
    assert fs[("gdp", "actual", span, "growth")].value == 7.1
    assert fs[("gdp", "actual", str(y - 1), "growth")].value == 4.2
    assert fs[("industrial_va", "actual", str(y - 1), "growth")].value == 4.9
    assert fs[("fixed_asset_investment", "actual", str(y - 1), "growth")].value == 10.6
    assert ("industrial_va", "actual", span, "growth") not in fs


# 3b. near-miss: a paragraph on the five years with no 全年 opening it stays the span's
def test_a_span_paragraph_without_the_years_word_stays_the_span():
    text = _REVIEW.format(y=2021, plan="“十三五”", p="安岳县", last=2020, sep="\n").replace(
        "全年实现地区生产总值342.6亿元，增长4.2%；", "五年来，")
    fs = keys_of(read(text, region="安岳县", report_year=2021))
    assert fs[("industrial_va", "actual", "2016-2020", "growth")].value == 4.9


# 4. a note's or a definition's second sentence set apart on its own line, at the report's end: still the note's (its
# national figure no target, no pledge), whether the next item or the text's end follows it
_PLAN = ("{p}{y}年政府工作报告\n\n二、{y}年工作安排\n今年主要预期目标是：生产总值增长6%左右；一般公共预算收入增长6%。\n"
         "我们将着力抓好以下重点工作：全年实施重大项目300个，新增5G基站1.5万个。\n\n")


@pytest.mark.parametrize("head,first,second,after", [
    ("注释：", "[1] 扣除留抵退税因素后按自然口径计算增长13.6%。", "全国一般公共预算收入20.37万亿元。", ""),
    ("名词解释", "1.地方政府专项债券：地方政府为有一定收益的公益性项目发行的政府债券。", "全国新增专项债券额度3.9万亿元。",
     "2.超长期特别国债：中央财政发行的期限较长的国债。\n"),
    ("附：名词解释", "1.“两新”：大规模设备更新和消费品以旧换新。", "国家安排超长期特别国债3000亿元支持消费品以旧换新。",
     "2.“两重”：国家重大战略实施和重点领域安全能力建设。\n"),
])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("y,p", [(2023, "甘肃省"), (2025, "安吉县")])
def test_a_notes_sentence_set_apart_is_the_notes(head, first, second, after, sep, y, p):
    text = _PLAN.format(p=p, y=y) + head + "\n" + first + sep + second + "\n" + after
    d = read(text, region=p, report_year=y)
    fs = keys_of(d)
    assert fs[("gdp", "target", str(y), "growth")].value == 6
    assert ("general_budget_revenue", "target", str(y), "level") not in fs
    assert {("5G基站", 1.5, "万个")} <= pledged(d)
    assert not any(x.unit in ("万亿元",) or x.value == 3000 for x in d.pledges), pledged(d)


# 4b. near-miss: the report going on after its notes (a part's title, then its own sentences) is read
def test_the_report_after_a_notes_block_is_read():
    text = (_PLAN.format(p="甘肃省", y=2023) + "注释：\n[1] 扣除留抵退税因素后按自然口径计算增长13.6%。\n\n"
            "三、加强政府自身建设\n全年新建改造高标准农田400万亩。\n")
    assert ("高标准农田", 400, "万亩") in pledged(read(text, region="甘肃省", report_year=2023))


# 5. a target list set on the line after its lead (a PDF line cut right after "主要预期目标是："), then the paragraph that
# weighs a target: the target restated is the list's, no pledge; the tasks after it still pledge
_LEAD = ("{p}{y}年政府工作报告\n\n二、{y}年工作安排\n{y}年是实施“十四五”规划的关键一年。今年经济社会发展的主要预期目标是：\n"
         "地区生产总值增长{g}%以上；一般公共预算收入增长5%；城镇新增就业26万人；居民消费价格涨幅3%左右。\n")


@pytest.mark.parametrize("why", [
    "地区生产总值增长{g}%以上，是综合考虑疫情后经济恢复态势和“十四五”开局需要提出的，在实际工作中将努力争取更好结果。",
    "地区生产总值增长{g}%以上，与“十四五”规划目标相衔接，在实际工作中将努力争取更好结果。",
    "地区生产总值增长{g}%以上，在实际工作中力争更好的结果。",
])
@pytest.mark.parametrize("y,p,g", [(2021, "北京市", 6), (2023, "江苏省", 5), (2025, "四川省", 5.5)])
def test_a_target_weighed_after_a_list_on_its_own_line_is_no_pledge(why, y, p, g):
    text = _LEAD.format(p=p, y=y, g=g) + why.format(g=g) + "\n实现上述目标，重点做好以下工作：\n新增5G基站1.5万个，新建高标准农田30万亩。\n"
    d = read(text, region=p, report_year=y)
    assert not any(x.object == "地区生产总值" for x in d.pledges), pledged(d)
    assert ("5G基站", 1.5, "万个") in pledged(d)
    assert keys_of(d)[("gdp", "target", str(y), "growth")].value == g


# 5b. near-miss: the paragraph after such a list that states tasks, no target weighed, still pledges
def test_tasks_right_after_a_list_on_its_own_line_pledge():
    text = _LEAD.format(p="江苏省", y=2023, g=5) + "全年新增5G基站1.5万个，新建高标准农田30万亩。\n"
    assert ("5G基站", 1.5, "万个") in pledged(read(text, region="江苏省", report_year=2023))
