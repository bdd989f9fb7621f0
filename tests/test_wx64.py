"""WeChat public-account posts restating a report (wx64, decision 557): a post's Markdown bold around a figure inside a
line (“增长 **6.5%** 左右”, “实施重点项目 **500个** 以上”) stood between the figure and its qualifier, which went unread;
the titles of other posts under 往期推荐/往期回顾 holding ！ or ？ between their halves (“…首破4700亿元！增长6.6%”) ended
the block, and their figures were read as the report's. Sentences written for these tests, with look-alikes that must
not change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, pledged, read

_HEAD = ("划重点！2024年安庆市政府工作报告这些数据与你有关\n安庆发布 2024-01-16\n\n1月15日上午，安庆市第八届人民代表大会"
         "第四次会议开幕，市长张三作政府工作报告。\n\n【2023年成绩单】\n地区生产总值 2800亿元，增长 5.8%\n\n")


def _post(part: str):
    return read(_HEAD + part)


def test_bold_figure_keeps_its_qualifier():
    for part, key, want in (
            ("【2024年目标】\n👉 地区生产总值增长 **6.5%** 左右\n", ("gdp", "target", "2024", "growth"), (6.5, "about")),
            ("【2024年目标】\n👉 地区生产总值增长**6%**以上\n", ("gdp", "target", "2024", "growth"), (6, "at_least")),
            ("【2024年目标】\n● 城镇调查失业率 **5.5%** 以内\n", ("urban_unemployment_rate", "target", "2024", "share"),
             (5.5, "at_most")),
            ("【2024年目标】\n● 居民消费价格涨幅 **3%** 左右\n", ("cpi", "target", "2024", "growth"), (3, "about")),
            ("【2024年目标】\n🔹粮食产量稳定在 **230万吨** 以上\n", ("grain_output", "target", "2024", "level"),
             (230, "at_least")),
            ("【2024年目标】\n地区生产总值增长6.5%左右，一般公共预算收入增长 **5%** 左右，固定资产投资增长8%。\n",
             ("general_budget_revenue", "target", "2024", "growth"), (5, "about")),
            ("**2024年目标**\n地区生产总值增长 **6.5%** 左右，城镇新增就业 **4.5万人** 以上\n",
             ("urban_new_jobs", "target", "2024", "level"), (4.5, "at_least"))):
        assert key_values(_post(part)).get(key) == want, part


def test_bold_count_pledge_keeps_its_qualifier_and_object():
    d = _post("【民生实事】\n✅ 实施重点项目 **500个** 以上\n✅ 新增城镇就业**5万人**以上\n")
    got = {(p.object, p.value, p.unit, p.qualifier) for p in d.pledges}
    assert got == {("重点项目", 500, "个", "at_least"), ("城镇就业", 5, "万人", "at_least")}
    assert key_values(d)[("urban_new_jobs", "target", "2024", "level")] == (5, "at_least")


def test_bold_range_read_whole():
    kv = key_values(_post("【2024年目标】\n👉 规模以上工业增加值增长 **8%**——**9%**\n"))
    assert ("industrial_va", "target", "2024", "growth") in kv
    f = {(k, v) for k, v in kv.items()}
    d = _post("【2024年目标】\n👉 规模以上工业增加值增长 **8%**——**9%**\n")
    ind = [x for x in d.facts if x.indicator == "industrial_va"][0]
    assert (ind.value, ind.value_high, ind.qualifier) == (8, 9, "range") and f


def test_bold_look_alikes_unchanged():
    # (the same on the base: no stars, a bold label, a qualifier inside the bold, a bold heading over the list)
    for part in ("【2024年目标】\n👉 地区生产总值增长 6.5% 左右\n",
                 "【2024年目标】\n**地区生产总值**增长6.5%左右\n",
                 "【2024年目标】\n地区生产总值增长 **6.5%左右**\n",
                 "**2024年目标**\n地区生产总值增长6.5%左右\n"):
        kv = key_values(_post(part))
        assert kv[("gdp", "target", "2024", "growth")] == (6.5, "about"), part
        assert kv[("gdp", "actual", "2023", "level")] == (2800, "eq"), part


_END = "【2024年目标】\n地区生产总值增长6.5%左右。\n\n来源：安庆发布 | 编辑：王晨 | 审核：李明\n"


def test_other_posts_titles_with_an_exclamation_read_nothing():
    for foot in ("往期推荐\n● 2023年安庆GDP首破2800亿元！增长5.8%\n● 2024年安庆将新建5所学校，新增学位8000个\n",
                 "往期回顾\n重磅！安庆市2025年将新建10所学校\n刚刚！2022年安庆GDP目标增长7.5%\n",
                 "📌往期推荐\n官宣！安庆今年新建公园20个？点进来看\n2023年安庆市政府工作报告：GDP增长7%左右\n"):
        d = _post(_END + foot)
        assert not d.pledges, foot
        assert set(key_values(d)) == {("gdp", "target", "2024", "growth"), ("gdp", "actual", "2023", "level"),
                                      ("gdp", "actual", "2023", "growth")}, foot


def test_report_sentence_after_links_kept():
    # (a title with ！ between its parts over a blank line, then the report's own sentence: the title read nothing, the
    # sentence its pledge; the base read the title's 停车位 too)
    d = _post("【2024年目标】\n地区生产总值增长6.5%左右。\n\n推荐阅读\n好消息！今年新增停车位5000个\n\n"
              "报告提出，今年将新建学校6所。\n")
    assert pledged(d) == {("学校", 6, "所")}
    assert ("新建", "学校", 6, "所") in pledge_items(d)


def test_post_metadata():
    d = read("一图读懂｜2025年铜鼓县政府工作报告\n原创 铜鼓融媒 2025-01-09 19:02 江西\n\n1月8日上午，铜鼓县第十七届人民"
             "代表大会第五次会议开幕，县长李华作政府工作报告。\n\n▲ 2025年主要预期目标\n● 生产总值增长 **6%** 左右\n\n"
             "来源：铜鼓融媒 | 编辑：刘洋 | 审核：赵军\n往期推荐\n● 重磅！2019年铜鼓县GDP增长8%，新建学校5所\n")
    m = d.meta
    assert (m.region, m.region_code, m.report_year, m.meeting_date, m.speaker) == \
        ("铜鼓县", "360926", 2025, "2025-01-08", "李华")
    assert key_values(d) == {("gdp", "target", "2025", "growth"): (6, "about")}
    assert not d.pledges


def test_other_posts_under_a_decorated_label_read_nothing():
    # (a post's marks around the label, and its labels 更多精彩/往期精选: the titles under them are other posts')
    for foot in ("▼往期精彩▼\n2024年安庆将新建学校5所\n安庆GDP目标增长7%\n",
                 "/ 往期推荐 /\n2024年安庆将新建学校5所\n",
                 "▶往期推荐◀\n2024年安庆将新建学校5所\n",
                 "更多精彩\n2024年安庆将新建学校5所\n",
                 "— 往期精选 —\n安庆今年新增停车位5000个\n"):
        d = _post(_END + foot)
        assert not d.pledges, foot
        assert ("gdp", "target", "2024", "growth") in key_values(d), foot


def test_undecorated_and_report_lines_unchanged():
    # (look-alikes, the same on the base: a plain label, a pictograph before it, and a report's own dash item)
    for foot in ("往期推荐\n2024年安庆将新建学校5所\n", "📌往期推荐\n2024年安庆将新建学校5所\n"):
        assert not _post(_END + foot).pledges, foot
    d = _post("【民生实事】\n——新建学校5所，新增学位8000个\n")
    assert pledged(d) == {("学校", 5, "所"), ("学位", 8000, "个")}
