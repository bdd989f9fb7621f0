"""The newest rules under attack (adv42, decision 261): 落实 before a count of tasks, acting on no area, let the verb of
the clause before take the count ("落实公益性岗位2万个，落实重点任务120项" pledged 落实 重点 120 项; "新建学校2所，落实重点
改革任务60项" pledged 新建 重点改革 60 项); decision 253's developed units missed the provinces' 市（地）/市（州）
("推动13个市（地）特色发展" pledged); a round-up's source note naming 各地公开发布的政府工作报告 was read as its title (a work
report), and a round-up naming a few provinces once each took the first named as its region, its figures the region's;
"固定资产投资增速多在5%至10%之间" on such a page was a taxonomy target. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read
from taskdoc import pledges

# 1. an area verb acting on no area opens its own clause: the verb before does not take its count
@pytest.mark.parametrize("first", ["新建学校2所", "落实公益性岗位2万个", "募集就业见习岗位1.5万个", "改造老旧小区45个"])
@pytest.mark.parametrize("tasks", ["落实重点任务120项", "落实重点改革任务60项", "全面落实民生实事30件",
                                   "落实“十五五”规划重大任务80项", "落实好省委部署的重点工作50项"])
def test_an_idle_area_verbs_count_is_no_pledge_of_the_verb_before(first, tasks):
    got = pledges(f"{first}，{tasks}。")
    n = int("".join(c for c in tasks.split("项")[0].split("件")[0] if c.isdigit())[-3:])
    assert all(v != n for _, _, v, _ in got), got
    assert len(got) == 1, got


@pytest.mark.parametrize("body,want", [
    ("新建学校2所，落实草原禁牧面积1.8亿亩。", ("落实", "草原禁牧面积", 1.8, "亿亩")),          # (an area: acts)
    ("新建学校2所，落实扶贫小额信贷1.2亿元。", ("落实", "扶贫小额信贷", 1.2, "亿元")),          # (funds: acts)
    ("新建学校2所，落实公益性岗位3000个。", ("落实", "公益性岗位", 3000, "个")),                # (posts: act)
    ("新建学校2所，幼儿园5所。", ("新建", "幼儿园", 5, "所")),                                  # (no verb: the one before goes on)
    ("新建学校2所，保障重点工业项目用地3200亩。", ("保障", "重点工业项目用地", 3200, "亩")),
    ("统筹用好衔接资金1.5亿元，新建学校2所。", ("用好", "衔接资金", 1.5, "亿元")),
    ("新建学校2所，提高6000万农村人口供水保障水平。", ("提高", "农村人口供水保障水平", 6000, "万人")),  # (保障 in a noun)
    ("新建学校2所，巩固提升农村供水保障水平，改造供水管网80公里。", ("改造", "供水管网", 80, "公里")),
])
def test_area_verbs_acting_and_carried_verbs_unchanged(body, want):
    got = pledges(body)
    assert want in got, got
    assert ("新建", "学校", 2, "所") in got or "学校" not in body


# 2. the provinces' 市（地）/市（州） counted as a whole, their development the clause's only work: no pledge
_HEADS = [("黑龙江省", "黑龙江省省长　梁惠玲", "13个市（地）"), ("四川省", "四川省省长　施小琳", "21个市（州）"),
          ("湖北省", "湖北省省长　王忠林", "17个市(州)"), ("黑龙江省", "黑龙江省省长　梁惠玲", "13个市(地)")]


def _province(place: str, who: str, tasks: str) -> str:
    return (f"{place}政府工作报告\n——2026年1月25日在{place}第十四届人民代表大会第五次会议上\n{who}\n\n"
            "一、2025年工作回顾\n\n全省地区生产总值增长5%。\n\n二、2026年主要目标\n\n今年全省经济社会发展的主要预期目标是："
            "地区生产总值增长5.5%左右。\n\n三、2026年重点工作\n\n" + tasks + "\n")


@pytest.mark.parametrize("verb,work", [("推动", "特色发展"), ("支持", "竞相发展"), ("促进", "协调发展"), ("引导", "差异化发展")])
@pytest.mark.parametrize("place,who,units", _HEADS)
def test_the_provinces_cities_developing_are_no_pledge(place, who, units, verb, work):
    got = pledged(read(_province(place, who, f"（一）推动区域协调发展。{verb}{units}{work}，新建5G基站2万个。")))
    assert got == {("5G基站", 2, "万个")}, got


@pytest.mark.parametrize("place,who,units", _HEADS[:2])
def test_the_provinces_cities_doing_a_counted_work_still_pledge(place, who, units):
    # (look-alike: the places build something; kept, as decision 253's 县 building 物流中心)
    got = pledged(read(_province(place, who, f"（一）推动区域协调发展。支持{units}建设物流园区。")))
    assert any(v == int(units.split("个")[0]) for _, v, _ in got), got


# 3. a round-up of several regions' reports
_ROUND_UP = ("{year}年地方两会观察：多地将经济增速目标设在5%左右\n来源：经济观察　{year}年2月2日\n\n"
             "随着各地两会陆续召开，31个省份的{year}年经济增长目标已全部亮相。{lead}扩大内需、发展新质生产力成为高频词。\n"
             "记者梳理发现，多数省份将地区生产总值增速设定在5%左右，其中，{a}、{b}等地目标较高。{c}：地区生产总值增长5%左右；"
             "{d}：地区生产总值增长5%以上。\n分析人士认为，从各地公布的投资目标看，固定资产投资增速多在5%至10%之间。\n"
             "{note}\n责任编辑：王敏\n")
_NAMES = [("西藏", "海南", "广东", "江苏"), ("新疆", "贵州", "浙江", "山东"), ("宁夏", "云南", "福建", "湖北")]


@pytest.mark.parametrize("note", ["（本文数据来源于各地公开发布的政府工作报告）", "（数据来源：多地近日公布的政府工作报告）",
                                  "本文据各省份陆续发布的政府工作报告整理"])
@pytest.mark.parametrize("year", [2023, 2024, 2025])
def test_a_round_ups_source_note_is_no_title(note, year):
    a, b, c, d = _NAMES[year - 2023]
    d_ = read(_ROUND_UP.format(year=year, lead="", a=a, b=b, c=c, d=d, note=note))
    assert d_.meta.doc_type == "other"
    assert d_.meta.region is None
    assert not [f for f in d_.facts if not f.indicator.startswith("other:")], d_.facts


@pytest.mark.parametrize("lead", ["从多地政府工作报告看，", "从各地公开发布的政府工作报告看，", "梳理多个省份近日出炉的政府工作报告发现，"])
@pytest.mark.parametrize("names", _NAMES)
def test_a_round_up_naming_few_provinces_once_has_no_region(lead, names):
    a, b, c, d = names
    d_ = read(_ROUND_UP.format(year=2024, lead=lead, a=a, b=b, c=c, d=d, note=""))
    assert d_.meta.doc_type == "other"
    assert d_.meta.region is None
    assert ("fixed_asset_investment", "target", "2024", "growth") not in keys_of(d_)
    assert ("gdp", "target", "2024", "growth") not in keys_of(d_)


@pytest.mark.parametrize("line,region", [
    ("（本文数据来源于本市公开发布的政府工作报告）", "杭州市"),          # (one region's own report: stays its type)
    ("从本市政府工作报告看，", "杭州市"),
])
def test_a_page_on_its_own_regions_report_keeps_its_type(line, region):
    text = ("杭州市2024年政府工作报告解读\n来源：杭州日报　2024年1月20日\n\n" + line +
            "\n记者从杭州市第十四届人民代表大会第四次会议上获悉，今年杭州市地区生产总值增长5.5%左右，"
            "一般公共预算收入增长5%。杭州将新建保障性租赁住房3万套。\n")
    d_ = read(text)
    assert d_.meta.region == region
    assert d_.meta.doc_type == "government_work_report"
    assert ("gdp", "target", "2024", "growth") in keys_of(d_)


def test_a_report_titled_above_a_note_keeps_its_title():
    # (look-alike: the report's own title first, a note naming its sources lower down)
    text = ("2024年某某县政府工作报告\n——2024年1月8日在某某县第十八届人民代表大会第三次会议上\n\n一、2023年工作回顾\n\n"
            "全县地区生产总值增长5.6%。\n\n二、2024年主要目标\n\n地区生产总值增长6%左右。\n"
            "（注：本报告部分数据参考各地公开发布的政府工作报告）\n")
    d_ = read(text)
    assert d_.meta.doc_type == "government_work_report"
    assert d_.meta.title == "2024年某某县政府工作报告"
