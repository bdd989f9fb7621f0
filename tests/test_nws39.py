"""News pages about the reports, blind (nws39, decision 195): a round-up of several regions' targets names no region
(or, a digest of one region's divisions speaking for it, that region); another region's target quoted by its short
name or after 的 is that region's; an infographic's caption restating its figure keeps the page's turns; a page's
topic tags are no title; more labels of recommended-page lists hold other pages' titles; the year's fiscal allocation
restated after a news page's target list, or set as an infographic's item under the targets, pledges; a speaker's
words on the year reviewed date a page whose dateline has no year."""
import pytest

from factkeys import keys_of, read, val


def _meta(text):
    return read(text).meta


# 1. a round-up of regions' targets, each region setting its own ("上海提出…，江苏提出…"), names no one region: not the
# one whose session closing completed the set, nor the first named; that session's day is no page's meeting date
_YRD = ("长三角三省一市2024年经济增长目标出炉\n2024-01-30 18:20　来源：澎湃新闻\n\n"
        "　　随着上海市十六届人大二次会议1月29日闭幕，长三角三省一市2024年的经济增长目标全部公布。\n\n"
        "　　上海提出，2024年全市生产总值增长5%左右；江苏提出地区生产总值增长5%以上；浙江提出地区生产总值增长5.5%左右；"
        "安徽提出全省生产总值增长6%左右。\n")
_CITIES = ("长株潭三市2023年经济增长目标出炉\n2023-02-16 来源：湖南日报\n\n"
           "随着湘潭市十七届人大二次会议2月15日闭幕，长株潭三市今年的经济增长目标全部公布。长沙提出，今年全市地区生产总值"
           "增长6.5%左右；株洲提出增长7%；湘潭提出增长7%左右。\n")
_TWO = ("京津两地今年GDP目标出炉\n2024-01-25 来源：北京青年报\n\n北京提出，今年全市地区生产总值增长5%左右；天津提出，"
        "今年全市地区生产总值增长4.5%左右。\n")
_FIVE = ("31省份2024年GDP目标全部出炉\n来源：第一财经 2024-02-01\n\n随着西藏自治区十二届人大二次会议1月31日闭幕，31个省份"
         "今年的经济增长目标全部公布。广东提出增长5%左右，江苏提出增长5%以上，山东提出增长5%以上，浙江提出增长5.5%左右，"
         "河南提出增长5.5%左右。\n")
_COLON = ("多省份2024年GDP目标出炉\n2024-01-28 来源：经济日报\n\n随着地方两会陆续召开，多个省份公布了2024年经济增长目标。\n"
          "广东：地区生产总值增长5%左右；\n江苏：地区生产总值增长5%以上；\n浙江：地区生产总值增长5.5%左右；\n"
          "山东：地区生产总值增长5%以上。\n")


@pytest.mark.parametrize("text,named", [
    (_YRD, {"上海市", "江苏省", "浙江省", "安徽省"}),
    (_CITIES, {"长沙市", "株洲市", "湘潭市"}),
    (_TWO, {"北京市", "天津市"}),
    (_FIVE, {"广东省", "江苏省", "山东省", "浙江省", "河南省"}),
    (_COLON, {"广东省", "江苏省", "浙江省", "山东省"}),
])
def test_a_round_up_of_regions_setting_their_targets_names_no_region(text, named):
    d = read(text)
    assert d.meta.region is None and d.meta.meeting_date is None
    assert named <= set(d.meta.several)
    # (each figure kept, said to be one of theirs, at a low confidence)
    assert all(f.confidence <= 0.5 and "several regions" in (f.note or "") for f in d.facts)
    assert d.facts or text is _FIVE  # (its items name no indicator)


@pytest.mark.parametrize("text,region", [
    # the report's own page quoting others' targets: the region that delivered it (a speaker), or that the report speaks
    # for in its own voice ("报告提出，今年全省…")
    ("浙江日报讯 1月23日，浙江省十四届人大二次会议在杭州开幕。省长王浩作政府工作报告。\n\n报告提出，今年全省地区生产总值"
     "增长5.5%左右。记者梳理，浙江提出增长5.5%左右，江苏提出增长5%以上，广东提出增长5%左右。\n", "浙江省"),
    ("浙江日报讯 1月23日，浙江省十四届人大二次会议在杭州开幕。\n\n报告提出，今年全省地区生产总值增长5.5%左右。记者梳理，"
     "江苏提出增长5%以上，广东提出增长5%左右，山东提出增长5%以上。\n", "浙江省"),
    # (one other region setting its target is no round-up)
    ("2024-01-11 来源：嘉兴日报\n1月10日，嘉兴市九届人大四次会议开幕。\n\n嘉兴提出，今年全市地区生产总值增长6%左右。此前，"
     "湖州提出增长6.5%左右。\n", "嘉兴市"),
])
def test_a_regions_own_page_naming_others_targets_keeps_its_region(text, region):
    assert _meta(text).region == region


# 2. a digest of one region's divisions, the page speaking for it (我省), is that region's even where a division's
# session opens it; the divisions' figures are theirs, the region's own stays its own
def test_a_digest_of_a_provinces_cities_speaking_for_it_is_the_provinces():
    text = ("我省14个市州2024年GDP目标全部出炉\n2024-02-20 08:10　来源：湖南日报　记者 李伟\n\n"
            "　　随着张家界市八届人大四次会议闭幕，我省14个市州今年的经济增长目标全部公布。\n\n"
            "　　长沙提出，今年全市地区生产总值增长5.5%左右；株洲提出增长6%左右；湘潭提出增长6%左右；衡阳提出增长6.5%左右。\n\n"
            "　　去年，全省地区生产总值增长4.6%。\n")
    d = read(text)
    assert d.meta.region == "湖南省"
    fs = keys_of(d)
    assert ("gdp", "target", "2024", "growth") not in fs
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (4.6, "eq")


# 3. another region's target quoted by its short name (a province, a city of the province) or after 的, in the
# journalist's words before the report's own, is that region's: the report's own target keeps its key
_SC = "2023-01-16 来源：四川日报\n1月15日，四川省十四届人大一次会议开幕，省长黄强作政府工作报告。\n\n{}报告提出，今年全省地区生产总值增长6%左右。\n"
_JX = "2024-01-11 来源：嘉兴日报\n1月10日，嘉兴市九届人大四次会议开幕，市长李晓明作政府工作报告。\n\n{}报告提出，今年全市地区生产总值增长6%左右。\n"


@pytest.mark.parametrize("page,lead", [
    (_SC, "重庆提出今年地区生产总值增长7%以上。"),
    (_SC, "在此前已召开的省级两会中，重庆提出，今年地区生产总值增长7%以上，陕西提出增长5.5%左右。"),
    (_SC, "此前召开两会的重庆提出今年地区生产总值增长7%以上。"),
    (_SC, "重庆今年地区生产总值增长目标为7%以上。"),
    (_JX, "记者了解到，此前召开两会的湖州市提出今年地区生产总值增长7%以上。"),
    (_JX, "记者了解到，湖州提出今年地区生产总值增长7%以上。"),
])
def test_another_regions_target_in_the_journalists_words_is_its_own(page, lead):
    fs = keys_of(read(page.format(lead)))
    assert val(fs, ("gdp", "target", "2023" if page is _SC else "2024", "growth")) == (6, "about")


@pytest.mark.parametrize("lead", [
    # (the region's own short name setting its target is the region's; a person's name before the verb is no place)
    "四川提出今年地区生产总值增长7%以上。",
    "省长黄强提出今年地区生产总值增长7%以上。",
])
def test_the_regions_own_words_before_its_target_stay_its_own(lead):
    fs = keys_of(read(_SC.format(lead)))
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "at_least")


# 4. an infographic's caption that restates the figure above it in a clause ("114.4万亿元\n国内生产总值达到114.4万亿元，
# 增长8.1%") keeps the page's turns of figure and caption: the bare-name items beside it are read
@pytest.mark.parametrize("text,key,value", [
    ("【图解】一图读懂2022年政府工作报告\n2022年03月05日 来源：人民网\n\n3月5日，十三届全国人大五次会议开幕，国务院总理李克强作政府工作报告。\n\n"
     "2021年成绩单\n\n114.4万亿元\n国内生产总值达到114.4万亿元，增长8.1%\n\n1269万人\n城镇新增就业\n\n5.1%\n"
     "全国城镇调查失业率平均为5.1%\n\n0.9%\n居民消费价格上涨0.9%\n\n2022年主要预期目标\n\n5.5%左右\n国内生产总值增长\n",
     ("urban_new_jobs", "actual", "2021", "level"), 1269),
    ("【数读】2023年广西政府工作报告\n2023-01-13 来源：广西日报\n\n2022年成绩单\n\n26300.87亿元\n全区地区生产总值达到26300.87亿元，"
     "增长2.9%\n\n59.9万人\n城镇新增就业\n\n2.2%\n居民消费价格上涨2.2%\n\n1393亿斤\n粮食总产量\n\n2023年目标\n\n5.5%左右\n"
     "地区生产总值增长\n\n35万人以上\n城镇新增就业\n",
     ("urban_new_jobs", "actual", "2022", "level"), 59.9),
])
def test_a_caption_restating_its_figure_keeps_the_infographics_items(text, key, value):
    assert val(keys_of(read(text)), key) == (value, "eq")


def test_a_sentence_under_a_figure_is_no_caption():
    # (a line with a stop in it is prose, whatever figure it repeats: the line above stays a figure alone)
    from planwatch.normalize import _restates_figure
    assert _restates_figure("全市地区生产总值增长6.1%，居全省第3位", "6.1%")
    assert not _restates_figure("全市地区生产总值增长6.1%，这是多年来的最好成绩。", "6.1%")
    assert not _restates_figure("全市地区生产总值增长16.1%", "6.1%")


# 5. a page's topic tags ("#长三角  #政府工作报告") are no title
@pytest.mark.parametrize("tags", ["#长三角  #政府工作报告", "#2024政府工作报告#", "#政府工作报告"])
def test_topic_tags_are_no_title(tags):
    text = ("长三角三省一市经济增长目标出炉\n2024-01-30 来源：澎湃新闻\n\n上海提出，2024年全市生产总值增长5%左右。\n\n"
            f"责任编辑：陈斌\n\n{tags}\n")
    assert _meta(text).title != tags.strip("#").strip()
    assert "#" not in (_meta(text).title or "")


# 6. more labels of a list of recommended pages ("相关推荐", "大家都在看"): the titles under them are other pages', their
# figures no facts of this page
@pytest.mark.parametrize("label", ["相关推荐", "大家都在看", "你可能感兴趣", "热点新闻", "为你推荐"])
def test_titles_under_a_recommended_list_are_other_pages(label):
    text = ("四川省政府工作报告发布\n2023-01-16 08:45 来源：川观新闻\n\n"
            "　　1月15日，四川省第十四届人民代表大会第一次会议在成都开幕。省长黄强作政府工作报告。\n\n"
            "　　报告提出，今年全省地区生产总值增长6%左右，城镇新增就业85万人以上。\n\n责任编辑：张三\n\n"
            f"{label}\n2022年四川省政府工作报告出炉：全省地区生产总值增长7%左右\n2021年四川：城镇新增就业90万人以上\n")
    fs = keys_of(read(text))
    assert ("urban_new_jobs", "actual", "2021", "level") not in fs
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (85, "at_least")


# 7. the year's fiscal allocation, which the spec pledges wherever the plan states it, restated by a news page after its
# target list in the same paragraph, or set as an infographic's item under the year's targets (with no verb: 安排)
_NAT = "十三届全国人大五次会议开幕\n2022年03月05日 来源：人民网\n\n3月5日，十三届全国人大五次会议开幕，国务院总理李克强作政府工作报告。\n\n"


def _pledged(text):
    return {(p.action, p.object, p.value, p.unit) for p in read(text).pledges}


@pytest.mark.parametrize("body,want", [
    ("报告提出，今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上。今年赤字率拟按2.8%左右安排，"
     "拟安排地方政府专项债券3.65万亿元。\n", {("安排", "赤字率", 2.8, "%"), ("拟安排", "地方政府专项债券", 3.65, "万亿元")}),
    ("今年发展主要预期目标是：国内生产总值增长5.5%左右。同时，拟发行超长期特别国债1万亿元。\n",
     {("拟发行", "超长期特别国债", 1, "万亿元")}),
    ("2022年主要预期目标\n\n5.5%左右\n国内生产总值增长\n\n1100万人以上\n城镇新增就业\n\n2.8%左右\n赤字率\n\n3.65万亿元\n"
     "拟安排地方政府专项债券\n", {("安排", "赤字率", 2.8, "%"), ("安排", "地方政府专项债券", 3.65, "万亿元")}),
])
def test_the_years_fiscal_allocation_after_or_among_the_targets_pledges(body, want):
    assert want <= _pledged(_NAT + body)


@pytest.mark.parametrize("body", [
    # (the target list's own items pledge nothing, nor an infographic's item under the targets that is no allocation)
    "报告提出，今年发展主要预期目标是：国内生产总值增长5.5%左右，城镇新增就业1100万人以上，城镇调查失业率5.5%以内。\n",
    "2022年主要预期目标\n\n5.5%左右\n国内生产总值增长\n\n1100万人以上\n城镇新增就业\n\n5.5%以内\n城镇调查失业率\n",
])
def test_the_target_lists_items_still_pledge_nothing(body):
    assert _pledged(_NAT + body) == set()


# 8. an agency's dateline of a month and day only, the report's year said by the speaker's words on the year reviewed
# ("市长李爱武作政府工作报告时说，2021年岳阳地区生产总值增长7.9%。今年…"): that year + 1, not none
@pytest.mark.parametrize("lead,year", [
    ("市长李爱武作政府工作报告时说，2021年岳阳地区生产总值增长7.9%。今年，岳阳地区生产总值预期增长7.5%。", 2022),
    ("市长李爱武在作政府工作报告时介绍，2021年岳阳市实现地区生产总值4402.98亿元。今年，岳阳地区生产总值预期增长7.5%。", 2022),
])
def test_a_speakers_words_on_the_year_reviewed_date_the_report(lead, year):
    text = f"新华社长沙1月14日电（记者 谭畅）湖南省岳阳市第九届人民代表大会第一次会议14日开幕。{lead}\n"
    d = read(text)
    assert d.meta.region == "岳阳市" and d.meta.report_year == year
    assert val(keys_of(d), ("gdp", "target", str(year), "growth")) == (7.5, "eq")
