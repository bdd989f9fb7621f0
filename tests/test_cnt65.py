"""cnt65 (decision 575): county-level reports of 2016–2019 from the northwest and northeast, blind, with probes.

planwatch read the set's four texts right (通渭县 2017 as a PDF layer, 民和回族土族自治县 2018 as a news page, 漠河县 2017
under its code of the year, 敦化市 2019); the errors came from hand-written sentences of the class after the score:
- A bare count of people, a word that they come to the status on time, then the status (“确保剩余的2560户9800人如期脱贫”,
  “实现6300人按期脱贫”): the persons are the pledge, as with 全部 between (decision 450) (failed on the base: nothing).
- Counts of places listed before the last count's sites and their status (“力争3个乡镇、25个贫困村整体脱贫”): each count its
  own place (failed on the base: the 3 counted 贫困村整体脱贫, as if the list were split by place).
- A news page's 该县/该市 before the clause's will and its figure with no verb before it (“该县将确保9800名贫困人口脱贫”,
  “该市确保…”): the region's own word, as 全县/我县 are (failed on the base: nothing, or the pledge's object 该县).
Look-alikes keep their reading: 全部 between, a count of things on time (30个项目如期完工), a named group on time, counts
split by level or place before them (市级培育5条、乡镇培育12条…; 城区3个、乡镇5个…), a thing at the sites after the last
count (20个村卫生室), 贫困乡镇 named whole; and the set's own shapes of facts (大口径财政收入, 农牧民, 常住居民 incomes
paired with 分别, lines cut inside a name or before 左右); 全县将确保…, 该区域 (no region's word)."""
from __future__ import annotations

import pytest

from factkeys import pledged, read

_HEADS = {
    "nx": ("泾源县人民政府工作报告\n——2018年1月9日在泾源县第十七届人民代表大会第二次会议上\n县长 马强\n"
           "一、2017年工作回顾\n全县地区生产总值增长7%。\n二、2018年工作安排\n"),
    "news": ("汪清县十七届人大四次会议开幕\n2019-01-17 10:05  来源：汪清县融媒体中心\n1月16日，汪清县第十七届人民代表大会"
             "第四次会议开幕。县长李哲作政府工作报告。\n报告提出，2019年全县地区生产总值增长6%左右。\n今年，"),
    "pdf": ("临洮县人民政府工作报告\n——2017年1月11日在临洮县第十八届人民代表大会第一次会议上\n县长  张勇\n二、2017年工作"
            "安排\n重点抓好以下工作：\n"),
}


def _pledged(head: str, body: str) -> set:
    text = _HEADS[head] + body + "\n"
    i = text.index(body)
    return {(p.object, p.value, p.unit) for p in read(text, "t.txt").pledges if p.start >= i}


ON_TIME = [
    ("nx", "确保剩余的2560户9800人如期脱贫。", ("脱贫", 9800, "人")),
    ("news", "该县将确保剩余1.05万人如期脱贫、20个贫困村退出。", ("脱贫", 1.05, "万人")),
    ("pdf", "实现6300人按期脱贫；新建通村水泥路200公里。", ("脱贫", 6300, "人")),
    ("nx", "确保剩余1230户4870人顺利脱贫。", ("脱贫", 4870, "人")),
]


@pytest.mark.parametrize("head,body,want", ON_TIME)
def test_a_count_of_people_coming_to_the_status_on_time(head, body, want):
    got = _pledged(head, body)
    assert want in got
    assert not any(u == "户" for _, _, u in got)  # (their households no pledge of their own, as with 全部)


PLACES_THEN_SITES = [
    ("nx", "力争3个乡镇、25个贫困村整体脱贫。", ("乡镇", 3, "个"), ("贫困村", 25)),
    ("news", "该县将确保2个乡镇、16个行政村实现整体脱贫。", ("乡镇", 2, "个"), ("行政村", 16)),
    ("pdf", "推动5个社区、40个贫困村脱贫退出。", ("社区", 5, "个"), ("贫困村", 40)),
    ("nx", "实现4个乡镇、32个村退出。", ("乡镇", 4, "个"), ("村", 32)),
]


@pytest.mark.parametrize("head,body,want,site", PLACES_THEN_SITES)
def test_counts_of_places_before_the_sites_and_their_status(head, body, want, site):
    got = _pledged(head, body)
    assert want in got
    assert any(o.startswith(site[0]) and v == site[1] for o, v, _ in got)
    assert not any(v == want[1] and o.startswith(site[0]) for o, v, _ in got)


KEPT_PLEDGES = [
    ("nx", "确保剩余2560户9800人全部脱贫。", {("脱贫", 9800, "人")}),
    ("nx", "确保30个项目如期完工。", {("项目", 30, "个")}),
    ("news", "全县将确保9800名贫困人口如期脱贫。", {("贫困人口", 9800, "名")}),
    ("pdf", "市级培育5条、乡镇培育12条特色产业链。", {("市级特色产业链", 5, "条"), ("特色产业链", 12, "条")}),
    ("nx", "新建城区3个、乡镇5个公共停车场。", {("公共停车场", 3, "个"), ("公共停车场", 5, "个")}),
    ("nx", "全年实现2个贫困乡镇、18个贫困村退出。", {("贫困乡镇", 2, "个"), ("贫困村", 18, "个")}),
    ("pdf", "新建5个乡镇、20个村卫生室。", {("村卫生室", 20, "个")}),
    ("nx", "完成易地扶贫搬迁1280户5600人，改造农村危房3000户。",
     {("易地扶贫搬迁", 1280, "户"), ("易地扶贫搬迁", 5600, "人"), ("农村危房", 3000, "户")}),
]


@pytest.mark.parametrize("head,body,want", KEPT_PLEDGES)
def test_look_alikes_keep_their_pledges(head, body, want):
    assert want <= _pledged(head, body)


_REPORT = "{region}人民政府工作报告\n——{y}年1月10日在{region}第十八届人民代表大会第一次会议上\n县长  王强\n{body}\n"

KEPT_FACTS = [
    ("会宁县", 2017, "一、2016年工作回顾\n地区生产总值实现48.2亿元、增长7.1%，大口径财政收入3.28亿元、增长5.3%。",
     {("gdp", "actual", "2016", "level", 48.2), ("fiscal_total_revenue", "actual", "2016", "level", 3.28),
      ("fiscal_total_revenue", "actual", "2016", "growth", 5.3)}),
    ("互助土族自治县", 2018, "一、2017年工作回顾\n农牧民人均可支配收入9120元，增长9.5%。",
     {("rural_disposable_income", "actual", "2017", "level", 9120),
      ("rural_disposable_income", "actual", "2017", "growth", 9.5)}),
    ("桦甸市", 2019, "一、2018年工作回顾\n城镇和农村常住居民人均可支配收入分别达到27936元和14120元，分别增长6.5%、7.8%。",
     {("urban_disposable_income", "actual", "2018", "level", 27936),
      ("rural_disposable_income", "actual", "2018", "level", 14120),
      ("urban_disposable_income", "actual", "2018", "growth", 6.5),
      ("rural_disposable_income", "actual", "2018", "growth", 7.8)}),
    ("靖远县", 2017, "二、2017年工作安排\n今年主要预期目标是：地区生产总值增长7.5%\n— 4 —\n左右；城镇登记失\n业率控制在4%以\n内。",
     {("gdp", "target", "2017", "growth", 7.5), ("registered_unemployment_rate", "target", "2017", "share", 4)}),
    ("塔河县", 2017, "二、2017年主要预期目标\n地区生产总值增长6.5%；城乡居民人均可支配收入均增长7%；接待游客150万人次以上。",
     {("gdp", "target", "2017", "growth", 6.5), ("urban_disposable_income", "target", "2017", "growth", 7),
      ("rural_disposable_income", "target", "2017", "growth", 7), ("tourist_visits", "target", "2017", "level", 150)}),
]


@pytest.mark.parametrize("region,y,body,want", KEPT_FACTS)
def test_the_sets_shapes_of_facts(region, y, body, want):
    d = read(_REPORT.format(region=region, y=y, body=body), "t.txt")
    assert want <= {(f.indicator, f.role, f.period, f.measure, f.value) for f in d.facts}


NEWS_SUBJECT = [
    ("该县将确保9800名贫困人口如期脱贫。", ("贫困人口", 9800, "名")),
    ("该市确保6500名贫困人口脱贫。", ("贫困人口", 6500, "名")),
    ("该区将确保新增城镇就业1200人。", ("城镇就业", 1200, "人")),
]


@pytest.mark.parametrize("body,want", NEWS_SUBJECT)
def test_a_news_pages_region_word_before_its_will(body, want):
    got = _pledged("news", body)
    assert want in got
    assert not any(o.startswith("该") for o, _, _ in got)


@pytest.mark.parametrize("body,want", [
    ("全县将确保9800名贫困人口脱贫。", ("贫困人口", 9800, "名")),
    ("该区域新建停车位500个。", ("停车位", 500, "个")),
    ("该县将新建农村公路150公里。", ("农村公路", 150, "公里")),
])
def test_region_words_kept(body, want):
    assert want in _pledged("news", body)
