"""docs/national_gdp.png: the national GDP growth target of each year beside the actual the next report gives.

Needs the optional extra: pip install -e '.[plot]'.

  govtargets corpus ../shared/corpus/national --out /tmp/national
  python3 scripts/plot_national_gdp.py /tmp/national docs/national_gdp.png
"""

from __future__ import annotations

import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from govtargets.corpus import load_panel  # noqa: E402


def main(out_dir: str, png: str) -> None:
    # a CJK font where one is installed (左右, 以上 in the legend); DejaVu otherwise
    plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "DejaVu Sans"]
    p = load_panel(out_dir)
    g = p[(p.metric == "gdp") & (p.measure == "growth") & (p.year >= 1990)].sort_values("year")
    t = g[g.target_low.notna()]
    years = range(int(g.year.min()), int(g.year.max()) + 1)
    a = g.set_index("year").actual_value.reindex(years)  # a year without a figure breaks the line
    fig, ax = plt.subplots(figsize=(9, 4.2), dpi=120)
    ranges = t[t.target_low != t.target_high]
    ax.vlines(ranges.year, ranges.target_low, ranges.target_high, color="tab:orange", lw=4, alpha=0.6)
    markers = {"about": "o", "at_least": "^", "exact": "s", "range": "_"}
    for q, m in markers.items():
        s = t[t.target_qualifier == q]
        label = {
            "about": "target 左右",
            "at_least": "target 以上",
            "exact": "target",
            "range": "target range",
        }[q]
        ax.scatter(
            s.year, s.target_low if q != "range" else s.target_high, marker=m, color="tab:orange", label=label
        )
    ax.plot(a.index, a.values, "-o", color="tab:blue", ms=3, label="actual (next year's report)")
    ax.set_xlabel("year")
    ax.set_ylabel("GDP growth, %")
    ax.set_title("China: GDP growth target (government work report of year Y) vs actual (report of Y+1)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper right")
    fig.text(
        0.01,
        0.01,
        "source: govtargets corpus panel.parquet; every point cites its report and span",
        fontsize=7,
    )
    fig.tight_layout()
    fig.savefig(png)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
