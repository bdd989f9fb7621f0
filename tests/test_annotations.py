"""The annotations of the modules setup.py compiles (COMPILED; those not in UNTYPED with annotations read as types)
are true on the calls extraction makes: Cython 3 then checks a `str`, `list`, `dict`, `tuple` or `set`
argument's exact type and refuses None unless the annotation says `| None` (pure Python goes on), turns
an `int` argument into an int (3.0 → 3, True → 1), a `float` one into a C double (6 → 6.0), a `bool` one
into True/False, and checks a `-> str`/`-> list`… return's type and truncates a `-> int` one. A false
annotation is an error or a changed value in compiled mode only, so this test records every call in
pure Python (each function of those modules wrapped) on the bundled reports and hard texts, and fails
on any argument or return the compiled module would refuse or change. It runs without a build."""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup_names(name: str) -> tuple[str, ...]:
    """A tuple of module names in setup.py (read, not imported: importing setup.py runs the build)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError(f"setup.py has no {name}")


# (recorded in a subprocess: the functions are wrapped in place, which must not leak into other tests)
RECORD = r'''
import functools, inspect, json, sys, types, importlib
from pathlib import Path
BUILTIN = {"str": str, "list": list, "dict": dict, "tuple": tuple, "set": set, "frozenset": frozenset, "bytes": bytes}
# a float argument given an int whose int-ness the function restores (6 → 6.0 → 6): numbers.clean
INT_AS_FLOAT_OK = {("planwatch.extract.numbers", "clean")}
found = {}

def kind(ann):
    if ann is inspect.Parameter.empty:
        return None, True
    parts = [p.strip() for p in str(ann).split("|")]
    none = "None" in parts
    parts = [p for p in parts if p != "None"]
    if len(parts) != 1:
        return None, True
    head = parts[0].split("[")[0]
    return (head, none) if head in BUILTIN or head in ("int", "float", "bool") else (None, True)

def wrong(k, none, v, where, ret=False):
    if k is None or v is None and (none or ret):
        return None
    if v is None:
        return "None"
    if k in BUILTIN:
        return None if type(v) is BUILTIN[k] else type(v).__name__
    if k == "int":
        return None if type(v) is int else type(v).__name__
    if ret:  # (a float or bool return annotation is not applied)
        return None
    if k == "float":
        return None if type(v) is float or type(v) is int and where in INT_AS_FLOAT_OK else type(v).__name__
    return None if type(v) is bool else type(v).__name__

def wrap(mod, qual, fn):
    sig = inspect.signature(fn)
    specs = {n: kind(p.annotation) for n, p in sig.parameters.items()
             if n not in ("self", "cls") and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)}
    rk, rn = kind(sig.return_annotation)
    where = (mod, qual)
    if not any(k for k, _ in specs.values()) and rk is None:
        return fn
    @functools.wraps(fn)
    def w(*a, **kw):
        b = sig.bind(*a, **kw)
        for n, v in b.arguments.items():
            if n in specs and (r := wrong(*specs[n], v, where)):
                found.setdefault(f"{mod}.{qual}({n}) given {r}", repr(v)[:80])
        out = fn(*a, **kw)
        if (r := wrong(rk, rn, out, where, ret=True)):
            found.setdefault(f"{mod}.{qual} returned {r}", repr(out)[:80])
        return out
    return w

mods = [importlib.import_module(n) for n in MODULES]
for mod in mods:
    for name, obj in list(vars(mod).items()):
        if isinstance(obj, types.FunctionType) and obj.__module__ == mod.__name__:
            setattr(mod, name, wrap(mod.__name__, name, obj))
        elif isinstance(obj, functools._lru_cache_wrapper) and obj.__module__ == mod.__name__:
            setattr(mod, name, functools.lru_cache(maxsize=obj.cache_info().maxsize)(wrap(mod.__name__, name, obj.__wrapped__)))
        elif isinstance(obj, type) and obj.__module__ == mod.__name__:
            for an, av in list(vars(obj).items()):
                if isinstance(av, types.FunctionType) and not an.startswith("__"):
                    setattr(obj, an, wrap(mod.__name__, f"{name}.{an}", av))
for m in list(sys.modules.values()):  # the names other modules imported from them
    if getattr(m, "__name__", "").startswith("planwatch"):
        for src in mods:
            for name, obj in list(vars(m).items()):
                if m is not src and getattr(obj, "__module__", None) == src.__name__ and hasattr(src, name) \
                        and getattr(src, name) is not obj and callable(obj) and not isinstance(obj, type):
                    setattr(m, name, getattr(src, name))
import planwatch
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(EXAMPLES).rglob("*.txt"))] + HARD
for i, t in enumerate(texts):
    for year in ('{}', '{"report_year": 2024}'):
        d = planwatch.read_text(t, f"doc{i}.txt", json.loads(year))
print(json.dumps(found, ensure_ascii=False, indent=1, sort_keys=True))
'''

HARD = [
    "",  # nothing
    # no year anywhere (the report year unknown: None reaches the outline's and extractors' year arguments)
    "政府工作报告\n\n一、过去一年工作回顾\n\n全县生产总值增长5%，新建公路20公里。\n\n二、今年工作安排\n\n"
    "生产总值增长6%左右，新增城镇就业3000人，建成污水处理厂2座。\n\n三、加强政府自身建设",
    "2024年政府工作报告\n\n一、2023年工作回顾\n\n全市地区生产总值增长5.2%。\n\n二、2024年工作安排\n\n"
    "地区生产总值增长5%左右，城镇新增就业4万人以上，新建学校5所，实施重点项目120个。",
    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "（一）主要指标完成情况。地区生产总值完成100亿元，增长6.1%；一般公共预算收入8.2亿元。\n"
    "（二）2024年主要预期目标：地区生产总值增长6%，固定资产投资增长8%，居民人均可支配收入与经济增长同步。",
    "政府工作报告\n——2025年1月在市第十七届人民代表大会第五次会议上\n市长　张三\n各位代表：\n"
    "过去一年，全市生产总值突破3000亿元、增长5.8%，粮食总产量达到20.1亿斤。\n"
    "今年经济社会发展的主要预期目标是：生产总值增长6%左右；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右。\n"
    "实施“十大工程”，新改建农村公路500公里，建成5G基站2000个，新增高标准农田10万亩。",
    "| 指标 | 2023年 | 2024年目标 |\n| 地区生产总值增速（%） | 5.5 | 6 |\n| 一般公共预算收入（亿元） | 12.3 | 13 |",
]


def test_typed_modules_annotations_hold_on_the_calls_extraction_makes():
    # (the modules compiled untyped too: their annotations kept true, they can be compiled typed)
    compiled = _setup_names("COMPILED")
    assert "planwatch.extract.facts" in compiled and "planwatch.normalize" in compiled
    code = (f"MODULES = {list(compiled)!r}\nEXAMPLES = {str(ROOT / 'examples')!r}\nHARD = {HARD!r}\n" + RECORD)
    env = dict(os.environ, PLANWATCH_PURE="1", PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout) == {}


def test_the_recorder_sees_a_false_annotation():
    """The check itself: a str argument given None and a `-> int` given a float are reported."""
    code = (f"MODULES = ['planwatch.regions']\nEXAMPLES = {str(ROOT / 'tests' / 'no-such-dir')!r}\nHARD = []\n"
            + RECORD.replace("print(json.dumps", "from planwatch import regions\n"
                                                 "try:\n    regions.level_of_code(None)\nexcept AttributeError:\n    pass\n"
                                                 "print(json.dumps"))
    env = dict(os.environ, PLANWATCH_PURE="1", PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout) == {"planwatch.regions.level_of_code(code) given None": "None"}
