"""Reading a large 任务分解表 workbook: an invented plan of N rows (序号 | 类别 merged down each group of 20 |
重点任务 | 牵头单位 | 配合单位 | 完成时限 | 完成进度 (0.0%) | 截止日期 (yyyy"年"m"月"d"日")), written with
openpyxl, then read back; the best of --rounds for xlsx_to_text and for read_bytes (the text and its
metadata). Peak memory: run it under /usr/bin/time -v with --rounds 1 --only read.

    python3 bench/bench_xlsx.py                 # 2,000 rows, best of 5
    python3 bench/bench_xlsx.py --rows 20000    # at the row limit of a sheet (MAX_ROWS)
    /usr/bin/time -v python3 bench/bench_xlsx.py --rounds 1 --only read
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import time


def workbook(rows: int) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    ws.append(["桐溪县2025年政府工作报告重点任务分解表"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "类别", "重点任务", "牵头单位", "配合单位", "完成时限", "完成进度", "截止日期"])
    for n in range(1, rows + 1):
        r = ws.max_row + 1
        ws.append(
            [
                n,
                f"第{(n - 1) // 20 + 1}类重点工作" if (n - 1) % 20 == 0 else None,
                f"推进第{n}项重点工作，完成投资{n % 97 + 3}.5亿元，\n新建项目{n % 13 + 1}个",
                f"县{'发改经信住建教育商务'[n % 5 * 2 : n % 5 * 2 + 2]}局",
                "县财政局、县自然资源局、各乡镇人民政府",
                f"2025年{n % 12 + 1}月底前",
                (n % 100) / 100,
                dt.date(2025, n % 12 + 1, 28),
            ]
        )
        ws.cell(r, 7).number_format = "0.0%"
        ws.cell(r, 8).number_format = 'yyyy"年"m"月"d"日"'
    for first in range(3, rows + 3, 20):  # 类别 down each group, merged once the rows are there
        ws.merge_cells(start_row=first, start_column=2, end_row=min(first + 19, rows + 2), end_column=2)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", choices=["text", "read", "both"], default="both")
    args = ap.parse_args()
    data = workbook(args.rows)
    from govtargets.ingest import read_bytes
    from govtargets.ingest._xlsx import xlsx_to_text

    print(f"{args.rows} rows, {len(data) / 1024:.0f} KB")
    jobs = {"xlsx_to_text": lambda: xlsx_to_text(data), "read_bytes": lambda: read_bytes(data, "plan.xlsx")}
    if args.only == "text":
        del jobs["read_bytes"]
    elif args.only == "read":
        del jobs["xlsx_to_text"]
    for name, job in jobs.items():
        best = float("inf")
        for _ in range(args.rounds):
            t = time.perf_counter()
            out = job()
            best = min(best, time.perf_counter() - t)
        chars = len(out if isinstance(out, str) else out.text)
        print(f"{name}: best {best * 1000:.0f} ms of {args.rounds}, {chars} characters")


if __name__ == "__main__":
    main()
