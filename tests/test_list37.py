"""A list's item numbers at the start of its lines are no footnote marks (decision 178): "…1200户\n3、免费开展…" had
lost its 3 (read as a superscript mark a converter printed as a plain digit, glued to the unit above), and the
items ran together."""
from planwatch.normalize import normalize

from factkeys import read

LIST = """今年重点办好十件民生实事：
1、新建改扩建幼儿园5所
2、改造农村危旧房1200户
3、免费开展“两癌”筛查6000人次
4、新建村级卫生室15个
5、实施农村饮水安全巩固提升工程30处
"""


def test_item_numbers_after_a_unit_line_are_kept():
    text = normalize(LIST).text
    assert "\n3、免费开展" in text and "\n5、实施农村饮水" in text


def test_each_item_is_its_own_pledge():
    d = read(LIST, region="临夏县", level="county", report_year=2020)
    got = {(p.object, p.value) for p in d.pledges}
    assert any(v == 6000 for _, v in got) and any(v == 30 for _, v in got) and any(v == 1200 for _, v in got)


def test_a_mark_before_the_next_value_is_still_dropped():
    # (a superscript mark printed as a digit at the next line's start, before 、 and the pair's next value)
    assert "76512元、46830元" in normalize("城乡居民人均可支配收入分别达到76512元\n1、46830元，增长7%").text
