"""Decision 404 (lng51): whole reports of kinds the kept sets hold few of — an autonomous region's plan report of 2020
and an autonomous county's work report of 2024. Their facts, pledges and metadata were read right; what was wrong was
the names of their projects: a thing and its own supporting works cut at the joiner, a class of aid-funded projects
and a campaign named 工程 read as things built. Each class with the texts that must change and the look-alikes that
must not."""
from __future__ import annotations

import planwatch
import pytest


def _projects(sentence: str, part: str = "plan") -> list[str]:
    review = "全县地区生产总值增长6%。" + (sentence if part == "review" else "")
    plan = sentence if part == "plan" else "新建高标准农田1万亩。"
    text = "政府工作报告\n一、2023年工作回顾\n" + review + "\n二、2024年工作安排\n" + plan + "\n"
    return [p.name for p in planwatch.read_text(text, "t.txt", overrides={"report_year": 2024}).projects]


# 1. a thing and its own supporting works after a joiner ("X水利枢纽及配套灌区工程", "X水库及其配套工程"): one project,
# named whole (the joiner after a kind cut the name, so "配套灌区工程" stood alone as a second project)
@pytest.mark.parametrize("sentence,names", [
    ("开工建设拉龙水利枢纽及配套灌区工程。", ["拉龙水利枢纽及配套灌区工程"]),
    ("加快推进坝河水库及其配套输水工程建设。", ["坝河水库及其配套输水工程"]),
    ("开工建设金沙江水电站及附属送出工程。", ["金沙江水电站及附属送出工程"]),
])
def test_supporting_works_after_a_joiner_stay_in_the_name(sentence, names):
    assert _projects(sentence) == names


# look-alikes: two projects joined with no 配套 after the joiner keep their cut; a bare 配套工程 after the joiner (a
# class, no name) leaves the thing before as the project, as before; a 配套 inside a name's own words is untouched
@pytest.mark.parametrize("sentence,names", [
    ("开工建设拉龙水利枢纽及城北灌区工程。", ["拉龙水利枢纽", "城北灌区工程"]),
    ("加快推进高原食品产业园及配套工程建设。", ["高原食品产业园"]),
    ("完成汽车装备制造产业园配套工程建设。", ["汽车装备制造产业园配套工程"]),
])
def test_joined_names_without_own_works_keep_their_reading(sentence, names):
    assert _projects(sentence) == names


# 2. a class of projects named by the aid that funds them ("援藏项目完成投资186亿元", "援疆项目", "东西部协作项目"):
# no proper name, no project
@pytest.mark.parametrize("sentence", [
    "援藏项目完成投资186亿元。",
    "援疆项目全部开工建设。",
    "东西部协作项目完成投资3.2亿元。",
])
def test_aid_funded_class_is_no_project(sentence):
    assert _projects(sentence, "review") == []


# look-alikes: a project with a name of its own that aid builds keeps it (its reading as before, the donor in it);
# a place before the aid word makes a name that is not all generic words
@pytest.mark.parametrize("sentence,part,names", [
    ("上海援建日喀则市人民医院新院区建成投用。", "review", ["上海援建日喀则市人民医院新院区"]),
    ("推进吉隆口岸援藏项目建设。", "plan", ["吉隆口岸援藏项目"]),
])
def test_named_aid_built_project_is_kept(sentence, part, names):
    assert _projects(sentence, part) == names


# 3. a 工程 that 开展 or 深化 (carrying out or deepening a campaign) stands right before ("持续开展“石榴籽”工程",
# "深化“文化润疆”工程"): a programme, no thing built
@pytest.mark.parametrize("sentence", [
    "持续开展“石榴籽”工程，各族群众交往交流交融。",
    "深入开展“文化润疆”工程。",
    "全面开展“兴边富民”工程。",
    "深化“文化润疆”工程，推进国家通用语言文字教育。",  # (the kept lng44c's plan part: 深化, deepening a campaign)
    "深化“名校+”工程，推动教育优质均衡发展。",
])
def test_campaign_after_kaizhan_is_no_project(sentence):
    assert _projects(sentence) == []


# look-alikes: the same name after a verb of building, and a 开展 or 深化 whose 工程 is followed by its building, stay
# projects
@pytest.mark.parametrize("sentence,names", [
    ("实施“净水入黄河”工程。", ["“净水入黄河”工程"]),
    ("加快推进勐董河综合治理工程。", ["勐董河综合治理工程"]),
    ("开展南滚河堤防加固工程建设。", ["南滚河堤防加固工程"]),
    ("深化拉萨河综合治理工程建设。", ["拉萨河综合治理工程"]),
])
def test_works_built_stay_projects(sentence, names):
    assert _projects(sentence) == names
