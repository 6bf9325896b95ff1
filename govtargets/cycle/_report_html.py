"""The report as one HTML page: inline CSS, no scripts, nothing fetched; every text autoescaped, so an item's
words can never become markup."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, StrictUndefined, Template

from govtargets.cycle._report_data import TABLE_COLUMNS

if TYPE_CHECKING:
    from govtargets.cycle._report_data import ReportData

__all__ = ["render_html"]


@lru_cache(maxsize=1)
def _template() -> Template:
    source = (resources.files("govtargets.cycle") / "templates" / "report.html.j2").read_text(
        encoding="utf-8"
    )
    env = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    return env.from_string(source)


def render_html(report: ReportData) -> str:
    """The page, as a string."""
    counts = report.status_counts()
    sources: list[tuple[str | None, Any, Any, Any]] = []
    for row in report.rows:
        anchor: str | None = f"src-{row.number}"
        for f in row.figures:
            for s in f.sources:
                sources.append((anchor, row, f, s))
                anchor = None
    return _template().render(
        r=report,
        columns=TABLE_COLUMNS,
        counts=counts,
        total_i=sum(c[1] for c in counts),
        total_t=sum(c[2] for c in counts),
        sources=sources,
    )
