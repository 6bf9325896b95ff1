# checks the blind set: decoding, JSON, quotes in documents, values/items/counts in quotes, no duplicates
import glob, json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
METRICS = set(re.findall(r"^- id: (\w+)", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "govtargets", "lexicon", "data", "indicators.yaml"), encoding="utf-8").read(), re.M))
KEYS = {"measure","metric","item","value","status","quote","optional","count","tally","rest","confidence","note"}
STATUS = {"met","not_met","partly_met","on_schedule","cancelled",None}
errs = []; total = opt = 0
docs = sorted(glob.glob("0*.txt"))
if len(docs) != 5: errs.append(f"{len(docs)} documents")
for doc in docs:
    text = open(doc, "rb").read().decode("utf-8")  # strict
    n = len(re.sub(r"\s", "", text))
    if not 600 <= len(text) <= 1500: errs.append(f"{doc}: {len(text)} characters")
    if "oneline" in doc and ("\n" in text or "\r" in text): errs.append(f"{doc}: has a line break")
    gold = doc[:-4] + ".progress.jsonl"
    seen = set()
    for i, line in enumerate(open(gold, encoding="utf-8"), 1):
        d = json.loads(line); where = f"{gold}:{i}"
        if set(d) - KEYS: errs.append(f"{where}: keys {set(d)-KEYS}")
        for k in ("measure","metric","item","value","status","quote"):
            if k not in d: errs.append(f"{where}: no {k}")
        m = d["measure"]
        if m not in ("completion","lag","status"): errs.append(f"{where}: measure {m}")
        if d["status"] not in STATUS: errs.append(f"{where}: status {d['status']}")
        if m == "status" and (d["status"] is None or d["value"] is not None): errs.append(f"{where}: status fact")
        if m != "status" and (d["value"] is None or d["status"] is not None): errs.append(f"{where}: figure fact")
        if d["metric"] is not None and d["metric"] not in METRICS: errs.append(f"{where}: metric {d['metric']}")
        if d["metric"] is not None and d["item"] is not None: errs.append(f"{where}: metric and item")
        if d["metric"] is None and d["item"] is None and not (d.get("tally") or d.get("rest")): errs.append(f"{where}: no subject")
        q = d["quote"]
        if q not in text: errs.append(f"{where}: quote not in document")
        if d["item"] is not None and d["item"] not in q: errs.append(f"{where}: item not in quote")
        if d["value"] is not None:
            nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", q)]
            if abs(d["value"]) not in nums: errs.append(f"{where}: value {d['value']} not in quote")
        if "count" in d:
            pos = text.find(q)
            if str(d["count"]) not in text[max(0, pos-600):pos+len(q)]: errs.append(f"{where}: count not found")
        key = (m, d["metric"], d["item"], d["value"], d["status"], d.get("count") if d.get("tally") else None)
        if key in seen: errs.append(f"{where}: duplicate")
        seen.add(key)
        total += 1; opt += bool(d.get("optional"))
print("\n".join(errs) if errs else f"OK: {len(docs)} documents, {total-opt} required + {opt} optional facts")
sys.exit(1 if errs else 0)
