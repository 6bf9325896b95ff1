"""How the supervision cycle scales: a plan of N items with 24 months of progress each, judged and written
up as the supervision report (.docx, .xlsx, HTML) on SQLite.

    python3 bench/bench_cycle.py                 # 200, 2,000 and 20,000 items
    python3 bench/bench_cycle.py --items 2000 --repeat 3

Setting up the database is not timed. Timed, each best of --repeat:
  evaluate  read the plan's items and progress from the store and judge every item (govtargets evaluate)
  report    the same, plus build the report and write .docx, .xlsx and HTML (govtargets report)
The issue's bar: 2,000 items evaluate and render in under 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import date
from decimal import Decimal

from govtargets.cycle.judge import judge
from govtargets.cycle.report import build_report, render_html, write_docx, write_xlsx
from govtargets.lexicon import load_lexicon
from govtargets.store import ItemDraft, ProgressDraft, Store

AS_OF = date(2025, 12, 31)
MONTHS = [date(2024 + m // 12, m % 12 + 1, 28) for m in range(24)]
CATEGORIES = ["稳增长", "促改革", "调结构", "惠民生", "防风险", "城乡建设", "生态环境", "政府自身建设"]
UNITS = [
    f"市{n}"
    for n in (
        "发展改革委",
        "财政局",
        "住建局",
        "交通局",
        "教育局",
        "卫健委",
        "商务局",
        "工信局",
        "农业农村局",
        "生态环境局",
        "民政局",
        "人社局",
    )
]
METRICS = [
    "gdp",
    "general_budget_revenue",
    "fixed_asset_investment",
    "retail_sales",
    "industrial_va_above_scale",
    "urban_income",
    "rural_income",
    "cpi",
]


def build(path: str, n: int, seed: int = 7) -> int:
    """A store with one plan of n items (8 indicators, the rest tasks) and 24 monthly reports per item."""
    rnd = random.Random(seed)
    names = load_lexicon().indicators
    drafts = [
        ItemDraft(
            kind="indicator",
            text=f"{names[m].names[0]}增长6%左右",
            name=names[m].names[0],
            metric=m,
            measure="growth",
            target_value=Decimal(6),
            target_unit="%",
            qualifier="about",
            category="主要预期目标",
            lead_units=(UNITS[k % len(UNITS)],),
        )
        for k, m in enumerate(METRICS[: min(8, n)])
    ]
    for k in range(n - len(drafts)):
        drafts.append(
            ItemDraft(
                kind="task",
                text=f"推进第{k + 1}项重点工程建设，完成年度投资和形象进度目标",
                category=CATEGORIES[k % 8],
                measure="level",
                target_value=Decimal(rnd.randint(5, 500)),
                target_unit="个",
                qualifier="exact",
                deadline="12月底前",
                due_date=date(2025, 12, 31),
                lead_units=(UNITS[k % 12],),
                co_units=(UNITS[(k + 3) % 12], UNITS[(k + 5) % 12]),
            )
        )
    with Store(path, actor="bench") as store:
        plan_id = store.create_plan("样例市", 2025, "2025年样例市《政府工作报告》任务分解表", drafts)
        items = store.items(plan_id)
        for chunk in range(0, len(items), 500):
            updates = []
            for item in items[chunk : chunk + 500]:
                pace = Decimal(rnd.uniform(0.6, 1.2))
                for m, when in enumerate(MONTHS):
                    if item.kind == "indicator":
                        updates.append(
                            (item.id, ProgressDraft(as_of=when, growth=Decimal(rnd.randint(40, 80)) / 10))
                        )
                    else:
                        share = min(Decimal(1), pace * Decimal(m % 12 + 1) / 12)
                        value = ((item.target_value or Decimal(1)) * share).quantize(Decimal(1))
                        updates.append(
                            (item.id, ProgressDraft(as_of=when, value=value, narrative="按计划推进"))
                        )
            store.add_progress_many(updates)
    return plan_id


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, nargs="*", default=[200, 2000, 20000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    lex = load_lexicon()
    head = f"{'items':>7} {'progress':>9} {'setup s':>8} {'evaluate s':>11} {'report s':>9}"
    print(f"{head}  (best of {args.repeat})")
    for n in args.items:
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "bench.db")
            t0 = time.perf_counter()
            plan_id = build(db, n)
            setup = time.perf_counter() - t0
            store = Store(db)

            def evaluate(store: Store = store, plan_id: int = plan_id) -> None:
                judge(store.items(plan_id), store.progress(plan_id), AS_OF, 2025, lex=lex)

            def report(store: Store = store, plan_id: int = plan_id, tmp: str = tmp) -> None:
                data = build_report(store, plan_id, AS_OF, lex=lex)
                write_docx(data, os.path.join(tmp, "r.docx"))
                write_xlsx(data, os.path.join(tmp, "r.xlsx"))
                with open(os.path.join(tmp, "r.html"), "w", encoding="utf-8") as fh:
                    fh.write(render_html(data))

            e = timed(evaluate, args.repeat)
            r = timed(report, args.repeat if n <= 2000 else 1)
            store.close()
            print(f"{n:>7} {n * 24:>9} {setup:>8.1f} {e:>11.2f} {r:>9.2f}", flush=True)


if __name__ == "__main__":
    main()
