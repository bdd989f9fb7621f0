"""Regions, levels and years the kept sets hold least, blind (new61, decision 485): a 自治县 of 青海 in 2016 (a PDF
layer), a 地区 of 西藏 in 2017 (its 行政公署's page), a district of 天津 in the year it was made one (a news page), a
county-level city of 宁夏 in 2016. Their metadata held; what broke: a rank whose field counts its members glued to the
kind 地市 ("增速居全区7地市第2位" gave no rank: a count glued to 县/市/区/旗/州/盟 was read, not to 地市, 地州市, 地区), and
the pastoral regions' 农牧民 in the words of labour transferred ("转移农牧民富余劳动力1.8万人次" gave no
rural_labor_transfer). Probed beyond the set with neutral file names: a province's paper (宁夏日报, 贵州日报, 吉林日报) on a
page whose headline names one of its divisions and whose session is not numbered gave the province (or 吉林市), and a
地区's report titled by its short name before 行政公署 (和田, 那曲) gave no region. Look-alikes keep what they gave."""
import pytest

from factkeys import fact_items, read


def _doc(text: str, name: str = "t.txt"):
    return read(text, name)  # (factkeys: every fact's and pledge's quote checked against the text)


def _ali(sentence: str) -> str:
    return ("2017年阿里地区行政公署工作报告\n——2017年1月20日在阿里地区行署第一次全体（扩大）会议上\n\n同志们：\n"
            f"一、2016年工作回顾\n2016年，全地区实现生产总值44.8亿元，增长11.2%，{sentence}；全社会固定资产投资完成82.6亿元。\n"
            "二、2017年重点工作\n新增城镇就业1500人。\n")


def _ranks(text: str) -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.value, f.unit) for f in _doc(text).facts if f.measure == "rank"}


# 1. a rank in a field whose members are counted glued to 地市, 地州市 or 地区 (no rank on the base)
@pytest.mark.parametrize("sentence, want", [
    ("增速居全区7地市第2位", ("gdp", "actual", "2016", 2, "位")),
    ("增速位列全区7地市第2位", ("gdp", "actual", "2016", 2, "位")),
    ("增速居全疆14地州市第3位", ("gdp", "actual", "2016", 3, "位")),
    ("增速居全区7地区第2位", ("gdp", "actual", "2016", 2, "位")),
    ("总量居全区7地市第5位", ("gdp", "actual", "2016", 5, "位")),
])
def test_rank_among_members_counted_glued_to_dishi(sentence, want):
    assert _ranks(_ali(sentence)) == {want}


# 2. look-alikes (the same on the base): the field alone, a count with 个, a count glued to 市州
@pytest.mark.parametrize("sentence, want", [
    ("增速居全区第2位", ("gdp", "actual", "2016", 2, "位")),
    ("增速居全区7个地市第2位", ("gdp", "actual", "2016", 2, "位")),
    ("增速居全省14市州第4位", ("gdp", "actual", "2016", 4, "位")),
])
def test_rank_look_alikes(sentence, want):
    assert _ranks(_ali(sentence)) == {want}


def _tasks(sentence: str) -> str:
    return ("阿里地区2017年政府工作报告\n三、2017年重点工作\n"
            f"新增城镇就业1500人，{sentence}；新建村级幼儿园30所。\n")


# 3. labour transferred, said of the pastoral regions' 农牧民 (no rural_labor_transfer on the base)
@pytest.mark.parametrize("sentence, value", [
    ("转移农牧民富余劳动力1.8万人次", 1.8),
    ("转移农牧民劳动力2万人次", 2),
    ("农牧民富余劳动力转移1.5万人", 1.5),
])
def test_pastoral_labor_transfer(sentence, value):
    d = _doc(_tasks(sentence))
    assert ("rural_labor_transfer", "target", "2017", "level", value) in fact_items(d)
    assert any(p.value == value for p in d.pledges)  # (and still a pledge: a count the tasks commit to)


# 4. look-alikes (the same on the base): the words read before, and a training of the same people (no transfer)
@pytest.mark.parametrize("sentence, want", [
    ("转移农村富余劳动力1.8万人次", 1.8),
    ("农牧民转移就业1.8万人次", 1.8),
    ("农牧区劳动力转移就业1.8万人次", 1.8),
    ("转移农村牧区富余劳动力3.2万人次", 3.2),
    ("培训农牧民富余劳动力1.8万人次", None),
])
def test_labor_transfer_look_alikes(sentence, want):
    got = {f[4] for f in fact_items(_doc(_tasks(sentence))) if f[0] == "rural_labor_transfer"}
    assert got == ({want} if want is not None else set())


def _news(region: str, paper: str, year: int, whole: str) -> str:
    return (f"{region}召开人代会 今年地区生产总值预期增长7%左右\n{year}-01-16 09:12　来源：{paper}\n\n本报讯 1月15日，{region}"
            f"人民代表大会会议开幕，政府负责人作政府工作报告。报告显示，{year - 1}年，{whole}地区生产总值增长7.5%，一般公共"
            f"预算收入完成5.2亿元。今年{whole}经济社会发展的主要预期目标是：地区生产总值增长7%左右，固定资产投资增长10%。\n")


def _meta(text: str) -> tuple:
    m = _doc(text).meta
    return m.region, m.region_code, m.level, m.parent, m.province, m.report_year


# 5. a province's paper on a page whose headline names one of its divisions, the session not numbered (the province,
#    or the paper's namesake city, on the base)
@pytest.mark.parametrize("region, paper, year, whole, want", [
    ("红寺堡区", "宁夏日报", 2017, "全区", ("红寺堡区", "640303", "county", "吴忠市", "宁夏回族自治区", 2017)),
    ("六枝特区", "贵州日报", 2016, "全特区", ("六枝特区", "520203", "county", "六盘水市", "贵州省", 2016)),
    ("延边州", "吉林日报", 2017, "全州", ("延边朝鲜族自治州", "222400", "prefecture", "吉林省", "吉林省", 2017)),
])
def test_province_paper_on_a_division(region, paper, year, whole, want):
    assert _meta(_news(region, paper, year, whole)) == want


# 6. look-alikes (the same on the base): the province's own session in its paper, its headline naming the city it is
#    held in or the province; a city's own paper; a numbered session
@pytest.mark.parametrize("text, want", [
    ("自治区十一届人大五次会议在银川市开幕\n2017-01-16 09:12　来源：宁夏日报\n\n本报讯 1月15日，自治区第十一届人民代表大会"
     "第五次会议开幕，自治区主席作政府工作报告。报告显示，2016年，全区地区生产总值增长8.1%。今年全区经济社会发展的主要预期"
     "目标是：地区生产总值增长7.5%左右。银川市代表团审议。\n", ("宁夏回族自治区", "640000", "province", None, "宁夏回族自治区", 2017)),
    ("宁夏今年地区生产总值预期增长7.5%左右\n2017-01-16 09:12　来源：宁夏日报\n\n本报讯 1月15日，自治区人民代表大会会议开幕。"
     "报告显示，2016年，全区地区生产总值增长8.1%。今年全区经济社会发展的主要预期目标是：地区生产总值增长7.5%左右。\n",
     ("宁夏回族自治区", "640000", "province", None, "宁夏回族自治区", 2017)),
    (_news("灵武市", "宁夏日报", 2016, "全市"), ("灵武市", "640181", "county", "银川市", "宁夏回族自治区", 2016)),
    (_news("红寺堡区", "宁夏日报", 2017, "全区").replace("人民代表大会会议", "第三届人民代表大会第一次会议"),
     ("红寺堡区", "640303", "county", "吴忠市", "宁夏回族自治区", 2017)),
])
def test_province_paper_look_alikes(text, want):
    assert _meta(text) == want


def _prefecture_report(title: str, year: int) -> str:
    return (f"{title}\n\n——{year}年1月8日在地区行署全体（扩大）会议上\n\n各位代表：\n{year - 1}年，全地区地区生产总值增长"
            f"7.5%，一般公共预算收入完成5.2亿元。今年全地区经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n")


# 7. a 地区's short name before its 行政公署 or 行署, the government of a 地区 or a 盟 alone (no region on the base)
@pytest.mark.parametrize("title, year, want", [
    ("和田行政公署工作报告", 2016, ("和田地区", "653200", "prefecture", "新疆维吾尔自治区", "新疆维吾尔自治区", 2016)),
    ("那曲行政公署工作报告", 2016, ("那曲地区", "542400", "prefecture", "西藏自治区", "西藏自治区", 2016)),
    ("2017年阿勒泰行署工作报告", 2017, ("阿勒泰地区", "654300", "prefecture", "新疆维吾尔自治区", "新疆维吾尔自治区", 2017)),
    # (a short name one 地区 alone holds too: no holder was read before a 行政公署)
    ("阿里行政公署工作报告", 2017, ("阿里地区", "542500", "prefecture", "西藏自治区", "西藏自治区", 2017)),
])
def test_short_name_before_its_office(title, year, want):
    assert _meta(_prefecture_report(title, year)) == want


# 8. look-alikes (the same on the base): the full name before 行政公署, a short name before 人民政府 (那曲市 since 2018)
@pytest.mark.parametrize("title, year, want", [
    ("阿勒泰地区行政公署工作报告", 2016, ("阿勒泰地区", "654300", "prefecture", "新疆维吾尔自治区", "新疆维吾尔自治区", 2016)),
    ("那曲地区行政公署工作报告", 2017, ("那曲地区", "542400", "prefecture", "西藏自治区", "西藏自治区", 2017)),
])
def test_office_look_alikes(title, year, want):
    assert _meta(_prefecture_report(title, year)) == want


# 9. the four texts' metadata read with no place in their file names (held on the base)
@pytest.mark.parametrize("name, want", [
    ("new61_01_互助土族自治县.txt", ("互助土族自治县", "630223", "county", "海东市", "青海省", 2016)),
    ("new61_02_阿里地区.txt", ("阿里地区", "542500", "prefecture", "西藏自治区", "西藏自治区", 2017)),
    ("new61_03_蓟州区.txt", ("蓟州区", "120119", "county", "天津市", "天津市", 2017)),
    ("new61_04_青铜峡市.txt", ("青铜峡市", "640381", "county", "吴忠市", "宁夏回族自治区", 2016)),
])
def test_set_metadata_without_file_names(name, want):
    from pathlib import Path
    text = (Path(__file__).parent.parent / "benchmarks/blind/new61/texts" / name).read_text(encoding="utf-8")
    assert _meta(text) == want
