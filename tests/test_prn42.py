"""This session's blind sets printed as web pages and PDFs print them (prn42, decision 274): a newspaper's report cut by
its page (“年均分（下转第2版）” … the next page's head … “（上接第1版）别增长”) lost the cut sentence wherever the layout
left a paragraph's break between the two halves once the head went — a blank line (one sentence a paragraph), a page's
indent before the 上接 mark, a printed page's own mark between the paper's head and the text; and in a part titled with
the five years first (“一、过去五年和2022年工作回顾”), “2022年是…的一年。” set apart as its own paragraph no longer made
the paragraphs after it the year's (a year's new jobs read as the five years' and lost beside their total). Each with
look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _paper(place: str, year: int, body: str) -> str:
    return (f"政府工作报告\n——{year}年1月24日在{place}第十三届人民代表大会第五次会议上\n{place}省长　王明\n各位代表：\n"
            f"一、“十三五”时期工作回顾\n{body}\n二、“十四五”时期主要目标任务\n")


# (the layouts around the paper's head, "{i}" the page's indent: the cut sentence's own paragraph one sentence a
# paragraph, blank lines around the head; a page's indent on each line of a PDF's layer; a printed page's break, its
# mark, between the paper's head and the text it goes on with)
_LAYOUTS = [
    ("\n\n", "（下转第2版）\n", "", "\n（上接第1版）", "\n\n"),
    ("\n　　", "（下转第2版）\n", "　　", "\n　　（上接第1版）", "\n　　"),
    ("", "（下转第2版）\n", "", "\n\n— 3 —\n\n（上接第1版）", ""),
    ("\n　　", "（\n下转第2版）\n", "　　", "\n\n第 4 页\n\n　　（上接第1版）", "\n　　"),
    ("\n", "（下转第2版）\n", "", "\n\n- 6 -\n\n（上接第1版）", "\n"),
    ("\n　　", "\n（下转第2版）\n", "　　", "\n　　（上接第1版）", "\n　　"),  # (the mark set down on a line of its own)
]
_HEAD = "{i}{d}　星期五\n{i}第2版　要闻"


def _cut(layout, before: str, cut: str, day: str, rest: str, after: str) -> str:
    sep, down, i, up, sep2 = layout
    return f"{before}{sep}{cut}{down}{_HEAD.format(i=i, d=day)}{up}{rest}{sep2}{after}"


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("place,year,day", [("黑龙江省", 2021, "2021年1月29日"), ("吉林省", 2021, "2021年1月27日"),
                                            ("河南省", 2016, "2016年1月31日")])
def test_cut_average_reads_across_the_papers_head(layout, place, year, day):
    body = _cut(layout, "——人民生活水平不断提高。", "城乡居民人均可支配收入年均分", day, "别增长5.6%和7.8%。",
                "五年累计城镇新增就业176万人。")
    fs = keys_of(read(_paper(place, year, body)))
    span = f"{year - 5}-{year - 1}"
    assert val(fs, ("urban_disposable_income", "actual", span, "growth")) == (5.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", span, "growth")) == (7.8, "eq")


def _plan(place: str, body: str) -> str:
    return (f"政府工作报告\n——2021年1月24日在{place}第十三届人民代表大会第五次会议上\n各位代表：\n一、2020年工作回顾\n"
            f"过去一年，全省地区生产总值增长3.6%。\n二、2021年工作安排\n（一）持续扩大有效需求。{body}\n")


@pytest.mark.parametrize("layout", _LAYOUTS[2::2])  # (a printed page's mark under the head; the mark's own line)
@pytest.mark.parametrize("cut,rest,pledge", [
    ("实施“百大项目”350个以上，完成投", "资1300亿元。", ("投资", 1300, "亿元")),
    ("开工建设铁力至伊春高速公路等项目，新建改建农村公", "路2000公里。", ("农村公路", 2000, "公里")),
])
def test_cut_pledge_reads_across_the_papers_head(layout, cut, rest, pledge):
    body = _cut(layout, "牢牢把握扩大内需战略基点。", cut, "2021年1月29日", rest, "促进消费提质扩容。")
    assert pledge in pledged(read(_plan("黑龙江省", body)))


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_sentence_ended_before_the_head_stays_apart(layout):
    # (look-alike: the page cut after a sentence's end, the paragraph after the head a theme of its own: the theme's
    # figures stay its own and the sentence's before it)
    body = _cut(layout, "——农业综合生产能力稳步提升。", "粮食总产量由1262亿斤提高到1508.2亿斤。", "2021年1月29日",
                "——人民生活水平不断提高。城乡居民人均可支配收入年均分别增长5.6%和7.8%。", "")
    fs = keys_of(read(_paper("黑龙江省", 2021, body)))
    assert val(fs, ("rural_disposable_income", "actual", "2016-2020", "growth")) == (7.8, "eq")
    assert val(fs, ("grain_output", "actual", "2020", "level")) == (1508.2, "eq")


# 2. a part titled with the five years first, its year opened by a paragraph of its own
def _term(place: str, year: int, opener: str, sentence: str, sep: str = "\n\n") -> str:
    prev = year - 1
    return (f"政府工作报告\n——{year}年1月12日在{place}第十四届人民代表大会第一次会议上\n各位代表：\n"
            f"一、过去五年和{prev}年工作回顾\n过去五年，是{place}发展进程中极不平凡的五年。{sep}"
            f"五年来，累计城镇新增就业189万人，城镇居民人均可支配收入达到39703元。{sep}"
            f"{opener}{sep}面对超预期因素冲击，全省上下勇毅前行。{sep}初步核算，全省生产总值26300亿元，增长2.9%。{sep}"
            f"{sentence}{sep}二、{year}年工作安排\n")


@pytest.mark.parametrize("place,year", [("广西壮族自治区", 2023), ("湖北省", 2023), ("江西省", 2018), ("甘肃省", 2023)])
@pytest.mark.parametrize("opener_words", ["年是党和国家历史上极为重要的一年。", "年是本届政府任期的最后一年。"])
@pytest.mark.parametrize("sentence,key,value", [
    ("城镇新增就业34.08万人，城镇调查失业率5.9%。", ("urban_new_jobs", "actual", "{y}", "level"), (34.08, "eq")),
    ("城镇新增就业34.08万人。", ("urban_new_jobs", "actual", "{y}", "level"), (34.08, "eq")),
    ("城镇调查失业率5.9%，城镇新增就业34.08万人。", ("urban_new_jobs", "actual", "{y}", "level"), (34.08, "eq")),
])
def test_year_opened_in_a_five_years_first_part(place, year, opener_words, sentence, key, value):
    text = _term(place, year, f"{year - 1}{opener_words}", sentence)
    fs = keys_of(read(text))
    k = tuple(x.format(y=year - 1) for x in key)
    assert val(fs, k) == value
    assert val(fs, ("urban_new_jobs", "actual", f"{year - 5}-{year - 1}", "level")) == (189, "eq")


@pytest.mark.parametrize("place,year", [("广西壮族自治区", 2023), ("江西省", 2018)])
def test_five_years_first_part_without_a_year_opener_stays(place, year):
    # (look-alikes: with no paragraph opening on the year, or with 五年来 opening again after it, a count without
    # its year in a part on the five years first is the five years')
    text = _term(place, year, "我们主要做了以下工作。", "累计新增高新技术企业1200家。")
    fs = keys_of(read(text))
    assert val(fs, ("urban_new_jobs", "actual", f"{year - 5}-{year - 1}", "level")) == (189, "eq")
    text = _term(place, year, f"{year - 1}年是极为重要的一年。\n\n五年来，我们主要做了以下工作。", "城镇新增就业34.08万人。")
    fs = keys_of(read(text))
    assert ("urban_new_jobs", "actual", str(year - 1), "level") not in fs
