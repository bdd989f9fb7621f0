"""A list of pledges set one a line with no marks, each an action's count (decision 186): a line that ends in a count
and its unit, under which another such item opens on its action's verb, ends its item, however long it is; only a line
as wide as a page's cut lines goes on."""
from planwatch.normalize import normalize

from factkeys import read

# an app's page of the year's 民生实事, no numbers, no stops, some items longer than a short title
LIST = """2023年十件民生实事
完成城镇老旧小区改造提升3200户
新建城市社区嵌入式养老服务中心12个
免费为适龄女性开展宫颈癌筛查8000人次
新增公办幼儿园学位1500个
改造提升农村公路180公里
"""


def test_items_of_counts_stay_apart():
    text = normalize(LIST).text
    assert "3200户\n新建城市社区" in text and "12个\n免费为适龄" in text and "8000人次\n新增公办" in text


def test_each_item_is_its_own_pledge():
    d = read(LIST, region="宿州市", level="prefecture", report_year=2023)
    values = {p.value for p in d.pledges}
    assert {3200, 12, 8000, 1500, 180} <= values


def test_a_count_that_goes_on_is_joined():
    # (not an item's end: its bound, or a verb whose own count follows on the next line's end is not there)
    text = normalize("全年计划完成城镇老旧小区改造提升任务5000户\n以上，惠及居民1.6万户。").text
    assert "5000户以上" in text
    text = normalize("按照省里统一部署，今年全县要完成易地扶贫搬迁200户\n搬迁群众的后续扶持工作要同步跟进。").text
    assert "200户搬迁群众" in text


PAGE = ("今年要坚持以人民为中心的发展思想，持续加大民生投入力度，确\n"
        "保财政支出的百分之七十以上用于民生领域，全年新建改建幼儿园\n"
        "园舍面积达到两万平方米，新增普惠性学位一千个，资助困难学生\n"
        "两千人次，改造农村公路一百公里，统筹推进城乡融合发展工作。\n"
        "全县持续深化农村人居环境整治行动，完成农村改厕任务800户\n"
        "新建农村生活污水处理设施及其配套管网工程涉及村组共计15个\n"
        "并同步建立长效管护机制，确保设施建得成、用得好、管得住，切\n"
        "实增强群众获得感和幸福感，让人民群众共享改革发展成果，努力\n")


def test_a_pages_full_line_goes_on():
    # (a converter's page cut every line at one count of characters: a line that ends on a count is cut where it fell)
    assert len({len(x) for x in PAGE.split("\n") if x}) == 1
    text = normalize(PAGE).text
    assert "800户新建农村生活污水" in text and "15个并同步" in text
