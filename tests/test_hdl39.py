"""The headline targets of provincial reports on an infographic page, blind (hdl39, decision 198): a target in words
set on the line under its indicator's name (marked or not), a marked name over its rate's word, a marked name with its
target in words on one line (no sub-head), and a target list's rows labelled by the indicator's name (no pledges)."""
import pytest

from factkeys import keys_of, read, pledged

_PAGE = ("一图读懂{y}年{p}政府工作报告\n{y}年1月20日，{p}第十四届人民代表大会第二次会议开幕，省长张三作政府工作报告。\n"
         "【{y}年主要预期目标】\n{items}\n")


def _doc(items: str, y: int = 2024, p: str = "山东省"):
    return read(_PAGE.format(y=y, p=p, items=items), region=p, level="province", report_year=y)


# 1. a target in words on the line under its marked name ("◆居民人均可支配收入\n增长与经济增长同步") is the item's
@pytest.mark.parametrize("mark,name,words,ind", [
    ("◆", "居民人均可支配收入", "增长与经济增长同步", "disposable_income"),
    ("★", "居民收入", "与经济增长基本同步", "disposable_income"),
    ("■", "单位地区生产总值能耗", "降低完成国家下达任务", "energy_intensity"),
    ("●", "单位生产总值能耗降低", "完成国家下达目标任务", "energy_intensity"),
    ("▶", "进出口", "促稳提质", "foreign_trade"),
])
@pytest.mark.parametrize("y,p", [(2023, "河南省"), (2025, "广西壮族自治区")])
def test_a_target_in_words_under_a_marked_name_is_the_items(mark, name, words, ind, y, p):
    items = f"{mark}地区生产总值\n增长5.5%左右\n{mark}{name}\n{words}\n{mark}城镇新增就业\n60万人以上"
    d = _doc(items, y, p)
    fs = keys_of(d)
    f = fs.get((ind, "target", str(y), "growth"))
    assert f is not None and f.value is None and f.qualifier == "qualitative"
    # (the items after it stay the list's: a target fact, no pledge)
    assert fs[("urban_new_jobs", "target", str(y), "level")].value == 60
    assert not d.pledges


# 2. the same unmarked, the words in no verb's shape ("进出口\n促稳提质")
@pytest.mark.parametrize("name,words,ind", [
    ("进出口", "促稳提质", "foreign_trade"),
    ("外贸进出口", "稳中提质", "foreign_trade"),
    ("进出口总额", "保持稳定", "foreign_trade"),
])
def test_a_target_in_words_under_a_bare_name_is_the_items(name, words, ind):
    d = _doc(f"地区生产总值\n增长5%以上\n{name}\n{words}\n粮食总产量\n稳定在1100亿斤以上")
    fs = keys_of(d)
    assert fs[(ind, "target", "2024", "growth")].qualifier == "qualitative"
    assert fs[("grain_output", "target", "2024", "level")].value == 1100


# 3. a marked name over its rate's word and figure ("◆居民消费价格\n涨幅3%左右")
@pytest.mark.parametrize("line,key,value", [
    ("◆居民消费价格\n涨幅3%左右", ("cpi", "target", "2024", "growth"), (3, "about")),
    ("■规模以上工业增加值\n增速6%以上", ("industrial_va", "target", "2024", "growth"), (6, "at_least")),
    ("●一般公共预算收入\n增幅5%", ("general_budget_revenue", "target", "2024", "growth"), (5, "eq")),
])
def test_a_marked_name_over_its_rates_word(line, key, value):
    fs = keys_of(_doc(f"◆地区生产总值\n增长6%左右\n{line}\n◆城镇新增就业\n70万人以上"))
    assert (fs[key].value, fs[key].qualifier) == value


# 4. a marked line of a name and its target in words is an item, no sub-head of tasks over the items after it
@pytest.mark.parametrize("line", ["●单位地区生产总值能耗 降低完成国家下达目标任务", "◆单位地区生产总值能耗 完成国家下达的目标任务",
                                  "■单位GDP能耗 降低完成国家下达目标任务", "★能耗强度 完成国家下达目标任务"])
def test_a_marked_name_and_its_words_is_no_sub_head(line):
    d = _doc(f"●地区生产总值 增长6%左右\n{line}\n●城镇新增就业 24万人以上\n●粮食产量 稳定在800亿斤以上", 2022, "吉林省")
    fs = keys_of(d)
    assert fs[("energy_intensity", "target", "2022", "growth")].qualifier == "qualitative"
    assert fs[("urban_new_jobs", "target", "2022", "level")].value == 24
    assert not d.pledges


# 5. a target list's rows labelled by the indicator's name under a title of the year's targets: facts, no pledges
@pytest.mark.parametrize("title", ["2022年主要预期目标", "今年目标", "主要预期目标", "一、2022年主要预期目标",
                                   "2022年经济社会发展主要预期目标", "2022年目标"])
@pytest.mark.parametrize("sep", ["：", ":"])
def test_target_rows_under_the_years_title_pledge_nothing(title, sep):
    text = (f"图解：2022年吉林省政府工作报告\n2022年1月17日，吉林省第十三届人民代表大会第六次会议开幕，省长韩俊作政府工作报告。\n"
            f"{title}\n地区生产总值{sep}增长6%左右\n城镇新增就业{sep}24万人以上\n粮食产量{sep}稳定在800亿斤以上\n")
    d = read(text, region="吉林省", level="province", report_year=2022)
    fs = keys_of(d)
    assert fs[("urban_new_jobs", "target", "2022", "level")].value == 24
    assert fs[("grain_output", "target", "2022", "level")].value == 800
    assert not d.pledges


# near misses: a task's row, and a marked title of the tasks over its counts, still pledge
def test_rows_of_tasks_still_pledge():
    text = ("图解：2022年吉林省政府工作报告\n2022年1月17日，吉林省第十三届人民代表大会第六次会议开幕，省长韩俊作政府工作报告。\n"
            "2022年主要预期目标\n城镇新增就业：24万人以上\n\n◆今年重点工作\n新建高标准农田：270万亩\n新建5G基站1万个\n")
    d = read(text, region="吉林省", level="province", report_year=2022)
    got = pledged(d)
    assert ("高标准农田", 270, "万亩") in got and ("5G基站", 1, "万个") in got
    assert not any(o == "就业" or "城镇新增就业" in o for o, _, _ in got)
