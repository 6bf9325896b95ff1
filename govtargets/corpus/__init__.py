"""Corpus mode: a folder of reports → documents, facts and a region × year × indicator panel of targets
against actuals, every cell with its source span; on a process pool or a Dask cluster, resumable.

>>> import govtargets.corpus as gc                                   # doctest: +SKIP
>>> r = gc.run(["reports/"], "out/")                                 # doctest: +SKIP
>>> r.panel.query("metric == 'gdp' and measure == 'growth'")         # doctest: +SKIP
"""

from govtargets.corpus._hierarchy import ancestors
from govtargets.corpus._panel import build_panel, target_point
from govtargets.corpus._run import DEFAULT_KINDS, CorpusRun, Progress, load_panel, run
from govtargets.corpus._schema import DOCUMENT_COLUMNS, FACT_COLUMNS, PANEL_COLUMNS
from govtargets.corpus._state import CorpusError

__all__ = [
    "DEFAULT_KINDS",
    "DOCUMENT_COLUMNS",
    "FACT_COLUMNS",
    "PANEL_COLUMNS",
    "CorpusError",
    "CorpusRun",
    "Progress",
    "ancestors",
    "build_panel",
    "load_panel",
    "run",
    "target_point",
]
