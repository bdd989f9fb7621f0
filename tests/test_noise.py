"""Real-world text noise must not change the facts (tests/noise.py, benchmarks/noise_bench.py).

A report read from a web page, a PDF or a repost carries invisible characters, HTML entities, footnote
marks, page marks, split numbers, traditional script and pinyin; the facts, pledges and metadata must
be those of the clean text, each quote the noisy text's own characters at its offsets."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planwatch
from planwatch.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import noise  # noqa: E402

YEAR = {"report_year": 2024}

# real sentence shapes: a review, the year's targets, pledges
REVIEW = ("过去一年，全市地区生产总值增长5.2%，一般公共预算收入完成37.68亿元，增长6.8%。")
TARGETS = ("今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，"
           "居民消费价格涨幅3%左右。")
PLEDGES = "今年，我们将新建改造农村公路1200公里，实施“千万工程”示范村创建15个，新增城镇就业4.5万人。"
TEXT = REVIEW + "\n" + TARGETS + "\n" + PLEDGES


def keys(text: str, **meta) -> tuple[set, set]:
    d = planwatch.read_text(text, "t.txt", overrides=meta or YEAR)
    for x in (*d.facts, *d.pledges):
        assert text[x.start:x.end] == x.quote, (x.quote, text[x.start:x.end])
    return ({(f.indicator, f.role, f.period, f.measure, f.value, f.value_high, f.qualifier) for f in d.facts},
            {(p.category, p.action, p.object, p.value, p.unit) for p in d.pledges})


CLEAN = None


def clean():
    global CLEAN
    if CLEAN is None:
        CLEAN = keys(TEXT)
        assert len(CLEAN[0]) == 7 and len(CLEAN[1]) == 3, CLEAN
    return CLEAN


# ------------------------------------------------------------------ invisible characters

@pytest.mark.parametrize("ch", ["\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_an_invisible_character_inside_a_number_or_a_name_is_dropped(ch):
    # a web page's zero-width space or soft hyphen inside "37.68", "生产总值", "万人"
    text = (TEXT.replace("37.68", f"37{ch}.6{ch}8").replace("生产总值增长5.2", f"生产{ch}总值增长5{ch}.2")
            .replace("4.5万人", f"4.5万{ch}人").replace("农村公路", f"农村{ch}公路"))
    assert keys(text) == clean()


@pytest.mark.parametrize("space", ["\u2002", "\u2003", "\u2009", "\u202f", "\u00a0", "\u3000"])
def test_a_typesetters_space_between_a_number_and_its_unit_is_dropped(space):
    text = TEXT.replace("37.68亿元", f"37.68{space}亿元").replace("5.5%左右", f"5.5{space}%左右")
    assert keys(text) == clean()


def test_an_invisible_character_in_the_title_keeps_the_metadata():
    title = "2024年政府\u00ad工作报告\n——2024年1月20日在某某市第十七届人民代表大会第四次会议上\n"
    d = planwatch.read_text(title + TEXT)
    d0 = planwatch.read_text(title.replace("\u00ad", "") + TEXT)
    assert (d.meta.doc_type, d.meta.report_year) == (d0.meta.doc_type, d0.meta.report_year) == ("government_work_report", 2024)


# ------------------------------------------------------------------ HTML entities

def test_html_entities_are_read_as_their_characters():
    text = (TEXT.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("37.68亿元", "37.68&nbsp;亿元")
            .replace("\n", "\n&#12288;&#12288;").replace("4.5万人", "4.5&#x4E07;人"))
    assert keys(text) == clean()


def test_a_quote_that_ends_on_an_entity_takes_the_whole_entity():
    raw = "实施&ldquo;千万工程&rdquo;，R&amp;D经费增长8.5&ensp;%。"
    n = normalize(raw)
    assert n.text == "实施“千万工程”，R&D经费增长8.5%。"
    i, j = n.text.index("“"), n.text.index("”") + 1
    assert n.quote(i, j) == ("&ldquo;千万工程&rdquo;", 2, 20)
    assert n.written(i, j) == "“千万工程”"
    assert n.quote(n.text.index("R"), n.text.index("D") + 1)[0] == "R&amp;D"


def test_what_is_no_entity_stays_as_written():
    # an ampersand in a name, a made-up "entity", an entity of two characters: kept
    for raw in ("AT&T公司投资12亿元。", "项目&abc;完成投资12亿元。", "科技&创新投资12亿元。"):
        assert normalize(raw).text == raw


def test_entities_in_the_dateline_keep_the_year():
    text = ("政府工作报告\n——2017&nbsp;年1月7日在宜宾市第五届人民代表大会第一次会议上\n宜宾市人民政府市长\n各位代表：\n"
            + REVIEW.replace("过去一年", "2016年") + "\n" + TARGETS)
    d = planwatch.read_text(text)
    assert d.meta.report_year == 2017
    assert d.meta.doc_type == "government_work_report"


# ------------------------------------------------------------------ random placements (hypothesis)

_INVIS = st.sampled_from(["\u200b", "\u00ad", "\ufeff", "\u2060", "&nbsp;", "\u00a0", "\u2009"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(min_value=1, max_value=len(TEXT) - 1), _INVIS), max_size=8))
def test_invisible_noise_anywhere_keeps_facts_and_pledges(places):
    # (a visible space is not invisible between two Latin letters or two numbers: only between a digit and
    # a Chinese character or inside a Chinese word does a space or an entity for one vanish)
    chars = list(TEXT)
    for at, ch in sorted(places, reverse=True):
        if ch in ("&nbsp;", "\u00a0", "\u2009") and (TEXT[at - 1].isdigit() and TEXT[at].isdigit()
                                                       or TEXT[at - 1] == "." or TEXT[at] == "."):
            continue
        chars.insert(at, ch)
    text = "".join(chars)
    assert keys(text) == clean()


# ------------------------------------------------------------------ the printings of real reports

DEV = ROOT.parent / "shared" / "dev" / "texts"
SAMPLE = sorted(DEV.glob("*.txt"))[1::6] if DEV.is_dir() else []


@pytest.mark.parametrize("kind", ["invisible", "html_entities", "trailer", "s2t", "s2hk", "s2tw",
                                  "pinyin_chars", "split_numbers", "footnotes"])
def test_noisy_printings_of_the_reports_keep_their_facts(kind):
    if not SAMPLE:
        pytest.skip("the development set (../shared) is not beside the project")
    for p in SAMPLE:
        text = p.read_text(encoding="utf-8")
        c = noise.keys(text, p.name)
        g = noise.keys(noise.KINDS[kind](text, random.Random(f"7:{kind}:{p.name}")), p.name)
        assert not g["bad_quotes"], g["bad_quotes"]
        for k in ("facts", "pledges", "meta"):
            assert g[k] == c[k], (p.name, k, sorted(c[k] - g[k], key=str)[:4], sorted(g[k] - c[k], key=str)[:4])


# ------------------------------------------------------------------ footnote marks and notes

@pytest.mark.parametrize("mark", ["[3]", "［3］", "〔3〕", "³", "¹²", "③", "（注3）", "(注3)"])
def test_a_footnote_mark_after_a_figure_or_a_word_is_dropped(mark):
    text = (TEXT.replace("37.68亿元", f"37.68亿元{mark}").replace("5.2%", f"5.2%{mark}")
            .replace("城镇调查失业率", f"城镇调查失业率{mark}").replace("1200公里", f"1200公里{mark}")
            .replace("示范村", f"示范村{mark}"))
    assert keys(text) == clean()


def test_what_only_looks_like_a_footnote_mark_stays():
    n = normalize("新建厂房10万m²，建设面积2km²。\n[1]参考文献\n①地区生产总值增长5%\n"
                  "依据〔2024〕12号文件，主要目标：①经济增长；②就业稳定。")
    assert "m²" in n.text and "km²" in n.text  # a unit's power after a letter
    assert "\n[1]参考文献" in n.text  # a reference list's item opens its line
    assert "\n①地区生产总值" in n.text  # a numbered item opens its line
    assert "〔2024〕12号" in n.text and "：①经济增长；②就业稳定" in n.text  # a document's number; items after a colon


NOTES = "\n注：\n①按可比价格计算。\n②数据来源于统计部门。\n"


@pytest.mark.parametrize("notes", [NOTES, "\n注：①按可比价格计算。\n②数据来源于统计部门。\n",
                                   "\n注:\n1.按可比价格计算。\n2.数据为快报数。\n"])
def test_the_notes_at_a_reports_end_are_no_parts_of_it(notes):
    # a news page ending on a figure ("…一起来看看\n2024") before its notes: the notes stay apart, and their
    # items (①, 1.) open no part that would make the figures above the year's plan
    text = ("报告指出：\n●2023年全省地区生产总值增长4.8%；\n●地方一般公共预算收入达1.39万亿元、增长4.3%。\n"
            "今年全省经济社会发展的主要预期目标是：\n◆地区生产总值增长5%；\n◆地方一般公共预算收入增长3%。\n下面一起来看看\n2024")
    for body in (text, text.replace("下面一起来看看\n2024", "全省经济虽然呈现低位企稳、稳步向好的态势，但仍")):
        # (an excerpt cut mid-sentence on a full line before its notes, too)
        _notes_apart(body, notes)


def _notes_apart(text, notes):
    d0, d = planwatch.read_text(text, overrides=YEAR), planwatch.read_text(text + notes, overrides=YEAR)
    assert not d.sections
    k = lambda doc: {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}  # noqa: E731
    assert k(d) == k(d0) and ("general_budget_revenue", "actual", "2023", "level", 1.39) in k(d)


def test_a_line_cut_before_a_colon_is_no_notes_head():
    # "密切关\n注：" is a word cut by the page width, its next line prose: joined
    assert normalize("我们要高度重视这一问题，认真研究，密切关\n注：\n市场变化。\n").text == "我们要高度重视这一问题，认真研究，密切关注：\n市场变化。\n"


def test_numbered_parts_and_prose_notes_stay_what_they_are():
    # items opening their lines with no notes head before them are parts; "说明：" before prose opens no notes
    text = ("一、2023年工作回顾\n全年地区生产总值增长5.2%。\n说明：本报告中的增速按可比价格计算。\n"
            "二、2024年主要目标\n①地区生产总值增长5%左右。\n②城镇调查失业率5.5%以内。\n")
    d = planwatch.read_text(text, overrides=YEAR)
    assert [s.number for s in d.sections] == ["一、", "二、", "①", "②"]


# ------------------------------------------------------------------ Hong Kong and Taiwan script

def test_hong_kong_variants_read_as_simplified():
    # s2hk prints 卫 as 衞 (and 户 as 戶, 说 as 説), which a plain t2s conversion keeps
    text = "今年，我們將城鄉居民基本醫療保險財政補助標準再提高30元，基本公共衞生服務經費人均財政補助標準再提高5元。"
    d = planwatch.read_text(text, overrides=YEAR)
    objs = {p.object for p in d.pledges}
    assert "基本公共卫生服务经费人均财政补助标准" in objs, objs
    for p in d.pledges:
        assert text[p.start:p.end] == p.quote


# ------------------------------------------------------------------ numbers split by a line break

@pytest.mark.parametrize("head", ["三、202\n2年工作安排", "### 三、2\n022 年工作安排", "三、20\n22年工作安排",
                                  "（二）202\n2年主要目标"])
def test_a_heading_whose_year_a_line_break_cut_stays_a_heading(head):
    clean = head.replace("\n", "")
    body = "\n2022年是党的二十大召开之年。今年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n"
    review = "一、2021年工作回顾\n2021年全区地区生产总值增长7.1%。\n"
    n0, n = normalize(review + clean + body), normalize(review + head + body)
    assert n.text.split("\n") == n0.text.split("\n")
    assert keys(review + head + body, report_year=2022) == keys(review + clean + body, report_year=2022)


def test_a_number_cut_inside_a_numbered_line_still_joins_the_line():
    # the items of a list whose figures a break cut: the figure joins, the next item stays apart
    text = "1.地区生产总值增长7\n.5%左右\n2.居民消费价格涨幅3%左右\n（一）全年完成固定资产投资12\n0亿元，增长8%。"
    assert normalize(text).text == "1.地区生产总值增长7.5%左右\n2.居民消费价格涨幅3%左右\n（一）全年完成固定资产投资120亿元，增长8%。"


# ------------------------------------------------------------------ pinyin in the byline

@pytest.mark.parametrize("gloss", ["(rén mín)", "（rén mín）", "(rén)", "(zhèng fǔ)"])
def test_a_words_pinyin_in_the_byline_keeps_the_region(gloss):
    # a repost glossing words with their pinyin, syllables spaced: the byline still names the region
    head = ("# 政府工作报告\n——2022年4月24日在卫东区第十一届人民{g}代表大会第一次会议上\n卫东区人民{g}政府代区长 宋建立\n"
            "各位代表：\n现在，我代表区人民政府，向大会报告工作。\n")
    d = planwatch.read_text(head.replace("{g}", gloss) + TEXT)
    assert (d.meta.region, d.meta.report_year) == ("卫东区", 2022), d.meta.evidence.get("region")
    assert d.meta.evidence["region"].source == "byline"  # (not guessed from the body's mentions)
    assert keys(head.replace("{g}", gloss) + TEXT, report_year=2022) == keys(head.replace("{g}", "") + TEXT, report_year=2022)


def test_a_footnote_mark_with_spaces_inside_is_dropped():
    text = TEXT.replace("37.68亿元", "37.68亿元[ 2 ]").replace("示范村", "示范村［ 1 ］").replace("5.2%", "5.2%[3\n]")
    assert keys(text) == clean()


# ------------------------------------------------------------------ a page's number inside a cut number

PAGE_TEXT = ("全年全县规模以上工业增加值增长8.1%，社会消费品零售总额达到126.3亿元、增长5.9%，城乡居民人均可支配收入"
             "分别达到41256元、19873元，分别增长4.6%、7.2%。")


@pytest.mark.parametrize("cut", ["41|256元", "4.6%、7.2|%", "达到|41256元", "126.|3亿元", "增长5.9|%，"])
@pytest.mark.parametrize("mark", ["\n3\n", "\n- 3 -\n", "\n—3—\n", "\n第3页 共12页\n"])
def test_a_page_break_inside_a_number_leaves_the_number_whole(cut, mark):
    # a PDF's lines of 30-40 characters; the page ends inside a figure, its number alone on a line
    at = PAGE_TEXT.index(cut.replace("|", "")) + cut.index("|")
    head, tail = PAGE_TEXT[:at], PAGE_TEXT[at:]
    lines = [head[i:i + 34] for i in range(0, len(head), 34)]
    if len(lines[-1]) < 16:  # (the page's last line is a full one)
        lines[-2:] = [lines[-2][:len(lines[-2]) - (16 - len(lines[-1]))], lines[-2][len(lines[-2]) - (16 - len(lines[-1])):] + lines[-1]]
    text = "\n".join(lines) + mark + tail
    assert keys(text) == keys(PAGE_TEXT)


def test_a_column_of_figures_keeps_its_short_lines():
    # figures one a line, short lines: a lone number between them is one of them, not a page's
    for raw in ("地区生产总值\n5.2\n3\n6.0\n", "城镇新增就业（万人）\n4.5\n3\n5\n"):
        assert "3" in normalize(raw).text.replace("5.2", "").replace("4.5", "")


# ------------------------------------------------------------------ a code spaced from its digits

@pytest.mark.parametrize("pm", ["PM 2.5", "PM 2.5"])
def test_a_code_of_capitals_spaced_from_its_digits_is_one_word(pm):
    text = TEXT.replace("居民消费价格涨幅3%左右", f"居民消费价格涨幅3%左右，{pm}平均浓度控制在35微克/立方米以内")
    fs = keys(text)[0]
    assert ("pm25", "target", "2024", "level", 35, None, "at_most") in fs


def test_latin_words_keep_their_space():
    n = normalize("R&D 2024年投入增长；Windows 10系统；COVID 19疫情；GDP 5.2%")
    assert "R&D 2024" in n.text and "Windows 10" in n.text and "COVID 19" in n.text and "GDP5.2%" in n.text


# ------------------------------------------------------------------ random placements over real sentences

SENTENCES = TEXT + "\n" + PAGE_TEXT + "\n粮食产量稳定在1270万吨以上，单位地区生产总值能耗下降2.5%左右，PM2.5平均浓度控制在35微克/立方米以内。"
_CLEAN_SENTENCES: list = []


def clean_sentences():
    if not _CLEAN_SENTENCES:
        _CLEAN_SENTENCES.append(keys(SENTENCES))
    return _CLEAN_SENTENCES[0]


def _wrapped(text: str, widths: list[int]) -> list[str]:
    lines, k = [], 0
    for para in text.split("\n"):
        while len(para) > 40:
            w = widths[k % len(widths)]
            k += 1
            lines.append(para[:w])
            para = para[w:]
        lines.append(para)
    return lines


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=30, max_value=40), min_size=1, max_size=6), st.integers(min_value=0, max_value=400),
       st.sampled_from(["- 3 -", "—3—", "— 3 —", "第3页 共12页", "3", "·3·", "12"]))
def test_a_page_break_anywhere_in_a_pdfs_lines_keeps_facts_and_pledges(widths, at, mark):
    # a PDF's text layer: lines of 30-40 characters cut anywhere (inside numbers and names), a page's mark
    # alone on a line after any of them
    lines = _wrapped(SENTENCES, widths)
    at %= len(lines) - 1
    text = "\n".join(lines[:at + 1] + [mark] + lines[at + 1:])
    assert keys(text) == clean_sentences()


def test_a_page_mark_between_the_letters_of_a_latin_term_is_dropped():
    # (found by the property above: a page's last line cut inside "PM2.5", its number before "M2.5")
    lines = _wrapped(SENTENCES, [36])
    text = "\n".join(lines[:10] + ["3"] + lines[10:])
    assert "P\n3\nM2.5" in text
    assert keys(text) == clean_sentences()
    assert normalize("单位地区生产总值能耗下降2.5%左右，全市P\n3\nM2.5平均浓度控制在35微克/立方米以内").text.count("3") == 1


_HAN_ENDS = [i for i in range(1, len(SENTENCES)) if "\u4e00" <= SENTENCES[i - 1] <= "\u9fff"
             and (SENTENCES[i] in "，。；、”" or "\u4e00" <= SENTENCES[i] <= "\u9fff")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_HAN_ENDS), st.sampled_from(["①", "②", "[1]", "［2］", "¹", "（注1）", "(注2)"])),
                max_size=4))
def test_footnote_marks_after_any_word_keep_facts_and_pledges(places):
    # a mark after a word, before the next word or a stop (not inside a figure: no report puts one there)
    chars = list(SENTENCES)
    for at, mark in sorted(dict(places).items(), reverse=True):  # (one mark a place)
        if SENTENCES[at:at + 1].isdigit():
            continue
        chars.insert(at, mark)
    assert keys("".join(chars)) == clean_sentences()


_POLY = [i + 1 for i, c in enumerate(SENTENCES) if c in noise.POLYPHONES]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_POLY), max_size=6, unique=True), st.sampled_from(["()", "（）"]), st.booleans())
def test_pinyin_after_any_polyphone_keeps_facts_and_pledges(places, brackets, trad):
    # a repost glossing polyphones, in either script: "增長（cháng）", "重(zhòng)点"
    chars = list(noise.s2t(SENTENCES, random.Random(0)) if trad else SENTENCES)
    for at in sorted(places, reverse=True):
        reading = noise.POLYPHONES[SENTENCES[at - 1]][at % 2]
        chars.insert(at, f"{brackets[0]}{reading}{brackets[1]}")
    assert keys("".join(chars)) == clean_sentences()


# ------------------------------------------------------------------ a PDF's paragraphs with no blank lines

GOALS = ("二、“十三五”时期发展成就和“十四五”时期主要目标任务\n"
         "过去五年，我国经济社会发展取得新的历史性成就。国内生产总值从不到70万亿元增加到超过100万亿元。\n"
         "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。《纲要草案》实化量化“十四五”时期经济社会发展主要目标和重大任务，这里概述几个方面。\n"
         "——优化区域经济布局，促进区域协调发展。深入实施区域重大战略、区域协调发展战略、主体功能区战略。扎实推动京津冀协同发展、长江经济带发展。"
         "推动西部大开发形成新格局，推动东北振兴取得新突破。\n"
         "——推动绿色发展，促进人与自然和谐共生。加快推进重要生态屏障建设，构建以国家公园为主体的自然保护地体系，森林覆盖率达到24.1%。\n"
         "三、2021年重点工作\n今年发展主要预期目标是：国内生产总值增长6%以上。\n")


def test_a_bullet_broken_after_a_stop_keeps_its_lead():
    # a PDF's text layer: no blank lines between paragraphs, and a line that ends on a stop inside a bullet's
    # paragraph ("…长江经济带发展。\n推动西部大开发…"): the next bullet is still led by the five-year paragraph
    broken = GOALS.replace("长江经济带发展。", "长江经济带发展。\n")
    want = ("forest_coverage", "goal", "2021-2025", "share", 24.1, None, "eq")
    assert want in keys(GOALS, report_year=2021)[0]
    assert want in keys(broken, report_year=2021)[0]
    assert want in keys(broken.replace("\n", "\n\n"), report_year=2021)[0]


def test_a_lead_paragraph_without_a_colon_still_leads_its_bullets():
    # the paragraph right before the first bullet is the lead, blank lines or none (not a bullet's tail)
    text = ("三、2021年重点工作\n去年全国国内生产总值增长2.3%，城镇新增就业1186万人。\n"
            "今年发展主要预期目标是，国内生产总值增长6%以上\n——城镇新增就业1100万人以上。\n——居民消费价格涨幅3%左右。\n")
    fs = keys(text, report_year=2021)[0]
    assert ("urban_new_jobs", "target", "2021", "level", 1100, None, "at_least") in fs
    assert ("cpi", "target", "2021", "growth", 3, None, "about") in fs


@pytest.mark.parametrize("header", ["某某县人民政府工作报告", "政府工作报告（第3页）"])
@pytest.mark.parametrize("cut", ["推动258个新纳入计划老旧小区|开工建设", "推动2|58个新纳入计划老旧小区开工建设"])
def test_a_page_number_before_the_next_pages_running_header_is_dropped(header, cut):
    # "…老旧小区\n2\n# 政府工作报告\n开工建设": the page's number, then the next page's header, inside a sentence
    title = header.split("（")[0].lstrip("# ")
    para = "加强城镇老旧小区改造和社区建设，全面完成136个老旧小区改造任务，{}。今年全县新建改造农村公路300公里。"
    clean_text = f"{title}\n各位代表：\n" + para.format(cut.replace("|", "")) + "\n" + para.format(cut.replace("|", "")) + "\n"
    a, b = cut.split("|")
    noisy = (f"{title}\n各位代表：\n" + para.format(a + f"\n2\n{header}\n" + b) + "\n"
             + para.format(a + f"\n3\n{header}\n" + b) + "\n")
    assert keys(noisy) == keys(clean_text)


@pytest.mark.parametrize("mark", ["[1]", "［2］", "[ 3 ]", "¹"])
def test_a_footnote_mark_a_pdfs_line_break_put_first_on_a_line_is_dropped(mark):
    clean_text = "2017年，江苏经济社会发展主要预期目标是：地区生产总值增长7%—7.5%，城镇新增就业110万人以上。"
    noisy = clean_text.replace("生产总值增长", f"生产总值\n{mark}增长")
    assert keys(noisy, report_year=2017) == keys(clean_text, report_year=2017)


def test_a_list_of_bracketed_numbers_keeps_its_marks():
    # under a short line (a title, "参考文献"), "[1]" opens an item
    for raw in ("主要措施\n[1]加快发展。\n[2]深化改革。", "参考文献\n[1]张三：论文。"):
        assert normalize(raw).text == raw


# ------------------------------------------------------------------ a name a PDF's line broke

@pytest.mark.parametrize("cut", ["1,\n4", "1, \n4", "1,\n 4", "1,\r\n4"])
def test_a_name_a_line_break_cut_after_its_comma_is_stored_as_printed_whole(cut):
    # "（1, 4-丁二醇）" cut by a PDF's line after the comma: the pledge's object and the project's name keep one
    # space there, as the report prints it, and no line break
    clean_text = "今年要推动年产24万吨完全生物降解塑料原材料（1, 4-丁二醇）项目落地实施。"
    d0 = planwatch.read_text(clean_text, overrides=YEAR)
    d = planwatch.read_text(clean_text.replace("1, 4", cut), overrides=YEAR)
    assert [p.object for p in d.pledges] == [p.object for p in d0.pledges]
    assert [j.name for j in d.projects] == [j.name for j in d0.projects] and "（1, 4-丁二醇）" in d0.projects[0].name


def test_a_name_with_no_space_after_its_comma_keeps_none():
    d = planwatch.read_text("今年要推动年产24万吨完全生物降解塑料原材料（1,4-丁二醇）项目落地实施。", overrides=YEAR)
    assert "（1,4-丁二醇）" in d.projects[0].name
