"""Build the blind set of issue 11: documents, gold and manifest from the annotated sources in src/.

A source is the document text with its annotations inline. «…» marks the supporting clause; each {…} block
right after it is one gold line for that clause:

    «地区生产总值完成1236亿元，增长10.2%»{a|gdp|l|1236e8|yuan}{a|gdp|g|10.2}
    «生产总值增长9%左右»{t|gdp|g|9|about}
    «增长7%—7.5%»{t|gdp|g|7-7.5|range}
    «城镇登记失业率控制在4.5%»{t|registered_unemployment_rate|l|4.5|at_most|alt=exact}
    «突破3000亿元»{a|gdp|l|3000e8|yuan|opt}

Fields of a block: kind (a = actual, t = target), metric id, measure (g = growth, l = level), the value in
base units (a target: low-high for a range), the unit code of a level (yuan 元, usd 美元, ren 人, ge 个,
ton 吨, pct %), a target's qualifier; then optional flags: opt (either reading accepted: neither rewarded
nor penalised), alt=<qualifier> (a second accepted qualifier), per=<period> (else the header's), note=<text>.
All attributes are ASCII, so a source can be converted to traditional script as a whole.

Header lines (#!key=value) before the text: doc (file name in docs/), group (provincial | page | report),
actual and target (default periods), encoding (default utf-8), nobreaks=1 (the line breaks of the source are
removed), script=traditional (the source is converted with OpenCC s2t), pinyin=1 (converter-site pinyin
marks after some characters), region, year (the report's year), tests (what the document tests, English).

Offsets are computed here over the text that remains (for the .html page: over its source text), never by
hand. Run: python3 tests/blind_issue11/build.py   (rewrites docs/, gold/ and manifest.json; stable output)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, DOCS, GOLD = HERE / "src", HERE / "docs", HERE / "gold"

UNITS = {"yuan": "元", "usd": "美元", "ren": "人", "ge": "个", "ton": "吨", "pct": "%"}
QUALIFIERS = {"exact", "about", "at_least", "at_most", "range"}
METRICS = {
    "gdp", "gdp_per_capita", "primary_va", "secondary_va", "tertiary_va", "industrial_va",
    "industrial_va_above_scale", "industrial_output_above_scale", "agricultural_output",
    "fixed_asset_investment", "industrial_investment", "retail_sales", "general_budget_revenue",
    "fiscal_total_revenue", "local_fiscal_revenue", "general_budget_expenditure", "urban_income",
    "rural_income", "resident_income", "cpi", "registered_unemployment_rate", "surveyed_unemployment_rate",
    "new_urban_jobs", "foreign_trade", "exports", "fdi", "domestic_capital", "energy_intensity",
    "energy_intensity_industrial", "grain_output", "rd_intensity", "population_growth_rate", "gnp",
}  # fmt: skip

# Converter-site pinyin marks (characters with several readings), as mirror pages carry them.
PINYIN = {"區": "qū", "產": "chǎn", "長": "zhǎng", "發": "fā", "調": "diào", "為": "wèi"}
PINYIN |= {"還": "huán", "重": "zhòng"}

_OPEN, _CLOSE = "«", "»"
_ATTRS_RE = re.compile(r"(?:\{[^{}]*\})+")
_ATTR_RE = re.compile(r"\{([^{}]*)\}")


def strip(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text without markers, and (start, end, attribute block) for every annotated clause."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    stack: list[int] = []
    length = i = 0
    while i < len(text):
        ch = text[i]
        if ch == _OPEN:
            stack.append(length)
            i += 1
            continue
        if ch == _CLOSE:
            start = stack.pop()
            m = _ATTRS_RE.match(text, i + 1)
            if not m:
                raise ValueError(f"clause without attributes near {text[max(0, i - 30) : i + 5]!r}")
            spans += [(start, length, a) for a in _ATTR_RE.findall(m.group(0))]
            i = m.end()
            continue
        out.append(ch)
        length += 1
        i += 1
    if stack:
        raise ValueError(f"unclosed clause at {stack}")
    plain = "".join(out)
    for ch in "«»{}":
        if ch in plain:
            j = plain.index(ch)
            raise ValueError(f"stray marker {ch!r} near {plain[max(0, j - 30) : j + 30]!r}")
    return plain, spans


def _number(s: str) -> float | int:
    v = float(s)
    return int(v) if v.is_integer() else v


def record(doc: str, start: int, end: int, attrs: str, head: dict[str, str]) -> dict:
    parts = attrs.split("|")
    kind = {"a": "actual", "t": "target"}[parts[0]]
    metric, measure, number = parts[1], {"g": "growth", "l": "level"}[parts[2]], parts[3]
    if metric not in METRICS:
        raise ValueError(f"{doc}: unknown metric {metric}")
    rest = parts[4:]
    unit = "%"
    if measure == "level":
        unit = UNITS[rest.pop(0)]
    qualifier = None
    if kind == "target":
        qualifier = rest.pop(0)
        if qualifier not in QUALIFIERS:
            raise ValueError(f"{doc}: bad qualifier {qualifier}")
    flags = {p for p in rest if "=" not in p}
    kv = dict(p.split("=", 1) for p in rest if "=" in p)
    if flags - {"opt"} or set(kv) - {"alt", "per", "note"}:
        raise ValueError(f"{doc}: unknown attribute in {attrs}")
    rec: dict = {"doc": doc, "kind": kind, "metric": metric, "measure": measure}
    if kind == "actual":
        rec["value"] = _number(number)
    else:
        m = re.fullmatch(r"(-?[\d.]+(?:e\d+)?)(?:-([\d.]+(?:e\d+)?))?", number)
        if not m:
            raise ValueError(f"{doc}: bad target number {number}")
        low = _number(m.group(1))
        high = _number(m.group(2)) if m.group(2) else low
        if (qualifier == "range") != (low != high) or low > high:
            raise ValueError(f"{doc}: range and qualifier disagree in {attrs}")
        rec.update(low=low, high=high, qualifier=qualifier)
        if "alt" in kv:
            if kv["alt"] not in QUALIFIERS:
                raise ValueError(f"{doc}: bad alt qualifier in {attrs}")
            rec["qualifier_alt"] = [kv["alt"]]
    rec["unit"] = unit
    rec["period"] = kv.get("per", head.get(kind))
    if "opt" in flags:
        rec["optional"] = True
    if "note" in kv:
        rec["note"] = kv["note"].replace("_", " ")
    rec.update(start=start, end=end)
    return rec


def header(src: str) -> tuple[dict[str, str], str]:
    head: dict[str, str] = {}
    lines = src.split("\n")
    while lines and lines[0].startswith("#!"):
        k, v = lines.pop(0)[2:].split("=", 1)
        head[k.strip()] = v.strip()
    return head, "\n".join(lines).strip("\n") + "\n"


def add_pinyin(marked: str) -> str:
    """Pinyin after characters with several readings, outside attribute blocks."""
    out, depth = [], 0
    for ch in marked:
        depth += ch == "{"
        depth -= ch == "}"
        out.append(ch)
        if not depth and ch in PINYIN:
            out.append(f"({PINYIN[ch]})")
    return "".join(out)


def _atom(r: dict) -> tuple:
    return (r["kind"], r["metric"], r["measure"], r.get("value", r.get("low")), r.get("high"))


def _atoms(recs: list[dict], kind: str) -> set[tuple]:
    """Distinct scored facts of a kind (a figure stated twice is one fact, as the scorer counts it)."""
    return {_atom(r) for r in recs if r["kind"] == kind and not r.get("optional")}


def build(src_path: Path) -> tuple[str, dict]:
    head, body = header(src_path.read_text(encoding="utf-8"))
    doc = head["doc"]
    if head.get("nobreaks") == "1":
        body = body.replace("\n", "")
    if head.get("script") == "traditional":
        import opencc

        body = opencc.OpenCC("s2t").convert(body)
    if head.get("pinyin") == "1":
        body = add_pinyin(body)
    text, spans = strip(body)
    recs = [record(doc, a, b, attrs, head) for a, b, attrs in spans]
    recs.sort(key=lambda r: (r["start"], r["end"], r["kind"], r["metric"], r["measure"]))
    encoding = head.get("encoding", "utf-8")
    (DOCS / doc).write_bytes(text.encode(encoding))
    (GOLD / f"{doc}.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8"
    )
    gdp = [
        r
        for r in recs
        if r["kind"] == "target"
        and r["metric"] == "gdp"
        and r["measure"] == "growth"
        and not r.get("optional")
    ]
    if head["group"] == "provincial" and len(gdp) != 1:
        raise ValueError(f"{doc}: {len(gdp)} GDP growth targets, want one")
    entry = {
        "group": head["group"],
        "encoding": encoding,
        "region": head.get("region"),
        "report_year": int(head["year"]) if head.get("year") else None,
        "script": head.get("script", "simplified"),
        "line_breaks": text.count("\n"),
        "chars": len(text),
        "actual": len(_atoms(recs, "actual")),
        "target": len(_atoms(recs, "target")),
        "optional": len({_atom(r) for r in recs if r.get("optional")}),
        "tests": head.get("tests", ""),
    }
    if gdp:
        g = gdp[0]
        entry["gdp_target"] = {k: g[k] for k in ("low", "high", "qualifier", "start", "end")}
        if "qualifier_alt" in g:
            entry["gdp_target"]["qualifier_alt"] = g["qualifier_alt"]
    return doc, entry


def main() -> None:
    for folder in (DOCS, GOLD):
        for old in folder.iterdir():
            old.unlink()
    manifest = dict(build(p) for p in sorted(SRC.glob("*.src")))
    (HERE / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for doc, m in manifest.items():
        print(f"{doc}: {m['actual']} actual, {m['target']} target, {m['optional']} optional")


if __name__ == "__main__":
    main()
