"""An adversarial review of decisions 526, 527 and 528, blind (adv63d, decision 531).

(1) Under a part titled for the year's targets and works, the target list may go on a line at a time, a task after an
item on the same line ("三、2026年主要目标和重点工作" over "今年全县地区生产总值增长6%左右；一般公共预算收入增长5%。" then
"今年农村居民人均可支配收入增长7%，新增省级未来乡村10个。"): the item is the list's, no pledge; the task is pledged. The
base read only the paragraph right under the title so (decision 443), and pledged the later lines' items. A line opening
on a task's verb ends the run: items after it, or under a lead to the tasks, a section or a tasks part, keep their
pledges as before.
(2) A PDF layer's byline cut elsewhere than 会|议 (decision 526): "…第一次会议\\n上" over a bare name, and a name cut after
its office ("县长　安\\n永红", "县长　安永\\n红"): the base gave no speaker, or the name's first characters. A name whole on
its line with a word under it is not joined."""
import pytest

from factkeys import read

HEAD = "某某县政府工作报告\n——2026年1月9日在某某县第十八届人民代表大会第六次会议上\n\n一、2025年工作回顾\n2025年，全县地区生产总值增长6.3%。\n\n"
PART = "三、2026年主要目标和重点工作\n今年全县地区生产总值增长6%左右；一般公共预算收入增长5%。\n"


def _pledges(text: str) -> set[tuple]:
    return {(p.object, p.value, p.unit) for p in read(text, "t.txt").pledges}


def _facts(text: str) -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in read(text, "t.txt").facts}


# 1. failed on the base: the item of a later line of the list pledged
@pytest.mark.parametrize("lines", [
    "今年农村居民人均可支配收入增长7%，新增省级未来乡村10个。\n",
    "农村居民人均可支配收入增长7%，新增省级未来乡村10个。\n",
    "今年城镇新增就业2200人以上，新建改造农村公路80公里。\n农村居民人均可支配收入增长7%，新增省级未来乡村10个。\n",
])
def test_later_list_line_item_no_pledge(lines):
    text = HEAD + PART + lines
    got = _pledges(text)
    assert ("农村居民人均可支配收入", 7, "%") not in got
    assert ("省级未来乡村", 10, "个") in got
    assert ("rural_disposable_income", "target", "2026", "growth", 7) in _facts(text)


def test_later_list_lines_both_items_no_pledge():
    text = HEAD + PART + "今年城镇新增就业2200人以上，新建改造农村公路80公里。\n今年农村居民人均可支配收入增长7%，新增省级未来乡村10个。\n"
    got = _pledges(text)
    assert not any(o in ("城镇新增就业", "城镇就业") for o, _, _ in got)
    assert {("农村公路", 80, "公里"), ("省级未来乡村", 10, "个")} <= got
    assert ("urban_new_jobs", "target", "2026", "level", 2200) in _facts(text)


# 1. look-alikes, the same on the base: the run ended by a task's line, a lead, a section; a tasks part
@pytest.mark.parametrize("between", [
    "新建农村公路80公里。\n",
    "重点抓好以下工作：\n",
    "（一）推动乡村振兴\n",
])
def test_item_after_run_ends_keeps_pledge(between):
    got = _pledges(HEAD + PART + between + "农村居民人均可支配收入增长7%，新增省级未来乡村10个。\n")
    assert {("农村居民人均可支配收入", 7, "%"), ("省级未来乡村", 10, "个")} <= got


def test_task_line_after_list_keeps_pledges():
    got = _pledges(HEAD + PART + "新增城镇就业2200人，新建农村公路80公里。\n")
    assert {("城镇就业", 2200, "人"), ("农村公路", 80, "公里")} <= got


def test_tasks_part_not_targets_keeps_pledges():
    text = HEAD + "三、2026年重点工作\n今年全县地区生产总值增长6%左右。\n农村居民人均可支配收入增长7%，新增省级未来乡村10个。\n"
    assert ("农村居民人均可支配收入", 7, "%") in _pledges(text)


BYLINE = "政府工作报告\n——2022年1月8日在肃南裕固族自治县第十八届人民代表大会第一次会议上\n"
BODY = "\n各位代表：\n一、2021年工作回顾\n全县地区生产总值完成36.8亿元，增长7.2%。\n"


def _speaker(head: str) -> str | None:
    return read(head + BODY, "x.txt").meta.speaker


# 2. failed on the base: a bare name under 会议\n上, a name cut after its office
@pytest.mark.parametrize("head", [
    "政府工作报告\n——2022年1月8日在肃南裕固族自治县第十八届人民代表大会第一次会议\n上\n安永红",
    BYLINE + "县长　安\n永红",
    BYLINE + "县长　安永\n红",
    BYLINE + "肃南裕固族自治县人民政府县长　安永\n红",
    "政府工作报告\n（2022年1月8日在肃南裕固族自治县第十八届人民代表大会第一次会议上）\n县长　安\n永红",
])
def test_wrapped_byline_speaker(head):
    assert _speaker(head) == "安永红"


# 2. look-alikes, the same on the base
@pytest.mark.parametrize("head, want", [
    (BYLINE + "县长　安永红", "安永红"),
    ("政府工作报告\n——2022年1月8日在肃南裕固族自治县第十八届人民代表大会第一次会\n议上\n安永红", "安永红"),
    ("政府工作报告\n——2022年1月8日在肃南裕固族自治县第十八届人民代表大会第一次会议\n上）\n县长　安永红", "安永红"),
    (BYLINE + "县长　安永红\n目录", "安永红"),
    (BYLINE + "县长　安永\n目录", "安永"),
])
def test_byline_speaker_kept(head, want):
    assert _speaker(head) == want


def test_name_cut_quote_is_source():
    text = BYLINE + "县长　安\n永红" + BODY
    ev = read(text, "x.txt").meta.evidence["speaker"]
    assert text[ev.start:ev.end] == "安\n永红"
