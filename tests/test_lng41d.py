"""Whole provincial reports of 2026 (lng41d, decision 243): energy supplied or sent out as a task's verb (保供, 外送,
输送, 外调, 发运: "全年保供电煤7亿吨以上", "向区外输送煤炭8亿吨"), whose pledges were lost for want of a verb, while the
same words before anything but what is supplied name a noun (保供企业, 煤炭发运量, 天然气输送管网, 外送通道…); and a
share to reach whose name an action opens ("新建住宅装配式建筑占比达到30%", "使用清洁能源比例达到60%"), lost because
the action was taken to act on a share. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read


def _report(place: str, region_word: str, tasks: str, review: str = "") -> str:
    return (f"政府工作报告\n——2026年1月26日在{place}第十四届人民代表大会第四次会议上\n{place}省长　某某\n各位代表：\n"
            f"一、2025年和“十四五”时期工作回顾\n2025年，全{region_word}地区生产总值增长5.4%。{review}\n"
            f"二、2026年重点工作\n（一）全力保障能源安全\n{tasks}\n")


def _pledges_of(tasks: str, place: str = "山西省", word: str = "省", review: str = "") -> set:
    d = read(_report(place, word, tasks, review))
    assert all(p.period == "2026" for p in d.pledges)
    return {(p.action, p.object, p.value, p.unit) for p in d.pledges}


# 1. energy supplied or sent out: the verb acts on what is supplied
_SUPPLY = [
    ("全年保供电煤7亿吨以上。", ("保供", "电煤", 7, "亿吨")),
    ("稳定煤炭供应，全年保供电煤6亿吨左右。", ("保供", "电煤", 6, "亿吨")),
    ("全年保供天然气120亿立方米。", ("保供", "天然气", 120, "亿立方米")),
    ("向区外输送煤炭8亿吨。", ("输送", "煤炭", 8, "亿吨")),
    ("向京津冀输送清洁电力800亿千瓦时。", ("输送", "清洁电力", 800, "亿千瓦时")),
    ("全年外调煤炭8亿吨以上。", ("外调", "煤炭", 8, "亿吨")),
    ("全力做好能源保供，全年发运电煤5亿吨。", ("发运", "电煤", 5, "亿吨")),
    ("力争外送绿电1000亿千瓦时。", ("外送", "绿电", 1000, "亿千瓦时")),
    ("全年外送电力3300亿千瓦时以上。", ("外送", "电力", 3300, "亿千瓦时")),
]


@pytest.mark.parametrize("place,word", [("山西省", "省"), ("内蒙古自治区", "区"), ("陕西省", "省")])
@pytest.mark.parametrize("tasks,want", _SUPPLY)
def test_energy_supplied_or_sent_out_is_pledged(tasks, want, place, word):
    assert want in _pledges_of(tasks, place, word)


# the nouns holding those verbs name what another verb acts on (must not change)
_NAMES = [
    ("建成特高压外送通道3条。", ("建成", "特高压外送通道", 3, "条")),
    ("新增外送电力通道2条。", ("新增", "外送电力通道", 2, "条")),
    ("新建天然气输送管道500公里。", ("新建", "天然气输送管道", 500, "公里")),
    ("建设输送通道2条。", ("建设", "输送通道", 2, "条")),
    ("外送能力达到5000万千瓦。", ("达到", "外送能力", 5000, "万千瓦")),
    ("提升电力外送能力1000万千瓦。", ("提升", "电力外送能力", 1000, "万千瓦")),
    ("外送电量达到3300亿千瓦时。", ("达到", "外送电量", 3300, "亿千瓦时")),
    ("实现外送电量3300亿千瓦时。", ("实现", "外送电量", 3300, "亿千瓦时")),
    ("保障电煤供应7亿吨以上。", ("供应", "保障电煤", 7, "亿吨")),
    ("培育保供企业100家。", ("培育", "保供企业", 100, "家")),
    ("新增保供煤矿20处。", ("新增", "保供煤矿", 20, "处")),
    ("保供煤矿产能达到5亿吨。", ("达到", "保供煤矿产能", 5, "亿吨")),
    ("建设天然气输送管网300公里。", ("建设", "天然气输送管网", 300, "公里")),
    ("新建输电线路和输送线路500公里。", ("新建", "输电线路和输送线路", 500, "公里")),
    ("新增外送电源装机800万千瓦。", ("新增", "外送电源装机", 800, "万千瓦")),
    ("建成外送电源项目5个。", ("建成", "外送电源项目", 5, "个")),
    ("铁路煤炭发运量达到8亿吨。", ("达到", "铁路煤炭发运量", 8, "亿吨")),
]


@pytest.mark.parametrize("tasks", ["煤炭发运量8亿吨以上。", "全年外送电量3300亿千瓦时。"])
def test_a_supply_noun_before_its_figure_alone_is_no_pledge(tasks):
    assert _pledges_of(tasks) == set()


@pytest.mark.parametrize("tasks,want", _NAMES)
def test_nouns_holding_a_supply_verb_stay_names(tasks, want):
    got = _pledges_of(tasks)
    assert want in got and len(got) == 1


def test_two_supply_pledges_in_one_sentence():
    got = _pledges_of("稳定煤炭供应，全年保供电煤7亿吨以上，外送电量达到3300亿千瓦时，新增新能源装机3000万千瓦。",
                      "内蒙古自治区", "区")
    assert got == {("保供", "电煤", 7, "亿吨"), ("达到", "外送电量", 3300, "亿千瓦时"),
                   ("新增", "新能源装机", 3000, "万千瓦")}


@pytest.mark.parametrize("review", ["全年外调煤炭8.5亿吨，保供电煤6.1亿吨。", "向区外输送煤炭8亿吨，外送电量3100亿千瓦时。"])
def test_supply_in_the_review_is_no_pledge(review):
    got = _pledges_of("全年保供电煤7亿吨以上。", "山西省", "省", review)
    assert got == {("保供", "电煤", 7, "亿吨")}


# 2. a share whose name an action opens: the bound acts on the whole name
_SHARES = [
    ("新建住宅装配式建筑占比达到30%。", ("达到", "新建住宅装配式建筑占比", 30, "%")),
    ("使用清洁能源比例达到60%。", ("达到", "使用清洁能源比例", 60, "%")),
    ("新增贷款中普惠贷款比重达到25%。", ("达到", "新增贷款中普惠贷款比重", 25, "%")),
    ("推广新能源公交车比例达到90%。", ("达到", "推广新能源公交车比例", 90, "%")),
    ("新增绿电占比达到40%。", ("达到", "新增绿电占比", 40, "%")),
    ("推动新增绿电占比达到40%以上。", ("达到", "新增绿电占比", 40, "%")),
    ("引进外资中制造业占比达到35%。", ("达到", "引进外资中制造业占比", 35, "%")),
    ("新建学校覆盖率达到100%。", ("达到", "新建学校覆盖率", 100, "%")),
    ("引进人才中博士占比达到15%。", ("达到", "引进人才中博士占比", 15, "%")),
    ("实施垃圾分类覆盖率达到90%。", ("达到", "垃圾分类覆盖率", 90, "%")),
    ("培育规上企业占比超过60%。", ("超过", "培育规上企业占比", 60, "%")),
    ("完成农村户厕改造普及率达到80%。", ("达到", "农村户厕改造普及率", 80, "%")),
]


@pytest.mark.parametrize("place,word", [("山西省", "省"), ("福建省", "省")])
@pytest.mark.parametrize("tasks,want", _SHARES)
def test_a_share_an_action_opens_is_reached(tasks, want, place, word):
    assert want in _pledges_of(tasks, place, word)


# look-alikes that must not change: the action acts where no share is named, an outcome or causing verb stays out of
# the name, a change verb keeps its direction
_SHARE_LIKES = [
    ("实现城镇生活垃圾无害化处理率达到100%。", ("达到", "城镇生活垃圾无害化处理率", 100, "%")),
    ("提高农村自来水普及率达到95%。", ("提高", "农村自来水普及率", 95, "%")),
    ("外送绿电占比达到40%。", ("达到", "外送绿电占比", 40, "%")),
    ("力争外送电量中新能源占比达到40%。", ("达到", "外送电量中新能源占比", 40, "%")),
    ("引进省外资金达到90亿元。", ("引进", "省外资金", 90, "亿元")),
    ("新增城镇就业达到5万人。", ("新增", "城镇就业", 5, "万人")),
]


@pytest.mark.parametrize("tasks,want", _SHARE_LIKES)
def test_share_look_alikes_unchanged(tasks, want):
    assert want in _pledges_of(tasks)


def test_a_whole_report_supplies_and_shares():
    """The review's figures stay results; the tasks' supply and share pledges are the year's, the targets facts."""
    tasks = ("今年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业18万人以上。"
             "实现这些目标，要稳定煤炭供应，全年保供电煤7亿吨以上，外送电量达到3300亿千瓦时。"
             "新建住宅装配式建筑占比达到30%。")
    review = "“十四五”时期，全区累计外调煤炭35亿吨，新能源装机规模稳居全国第1位。"
    d = read(_report("内蒙古自治区", "区", tasks, review))
    assert {("电煤", 7, "亿吨"), ("外送电量", 3300, "亿千瓦时"), ("新建住宅装配式建筑占比", 30, "%")} == pledged(d)
    fs = keys_of(d)
    assert fs[("gdp", "target", "2026", "growth")].value == 5.5
    assert fs[("urban_new_jobs", "target", "2026", "level")].value == 18
    assert fs[("gdp", "actual", "2025", "growth")].value == 5.4
