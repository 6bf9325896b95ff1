"""The `corpus` command: a folder of reports → documents, facts and a target/actual panel in OUT.

Registered on the `govtargets` group in cli/__init__.py; the library is govtargets.corpus (docs/corpus.md).
"""

from __future__ import annotations

import sys
import time
from typing import Any

import click

from govtargets.cli._common import _err

_KINDS = "actual,target,progress"


class _Bar:
    """A tqdm bar on a terminal; plain lines (one every few seconds, and the last) otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.bar: Any = None
        self.last = 0.0
        self.t0 = time.monotonic()

    def __call__(self, p: Any) -> None:
        if self.tty:
            if self.bar is None:
                from tqdm import tqdm

                self.bar = tqdm(
                    total=p.bytes_total, unit="B", unit_scale=True, desc="reading", file=sys.stderr
                )
                if p.skipped:
                    self.bar.write(f"{p.skipped} files already done (or copies), skipped", file=sys.stderr)
            self.bar.update(p.bytes_done - self.bar.n)
            self.bar.set_postfix_str(f"{p.files_done}/{p.files_total} files", refresh=False)
            return
        now = time.monotonic()
        if p.files_done in (0, p.files_total) or now - self.last >= 5:
            self.last = now
            rate = p.bytes_done / max(now - self.t0, 1e-9) / 1e6
            left = (p.bytes_total - p.bytes_done) / (rate * 1e6) if rate > 0 else 0
            click.echo(
                f"govtargets corpus: {p.files_done}/{p.files_total} files, "
                f"{p.bytes_done / 1e6:.1f}/{p.bytes_total / 1e6:.1f} MB, {rate:.2f} MB/s, ETA {left:.0f}s"
                + (f" ({p.skipped} done before, skipped)" if p.skipped and p.files_done == 0 else ""),
                err=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _lean_arrow() -> None:
    """Arrow on the system allocator: mimalloc keeps what a run has freed, which made the driver's peak
    a third larger on a corpus of 34,000 files (a library call leaves the notebook's choice alone)."""
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


@click.command()
@click.argument("dirs", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--out", "-o", required=True, type=click.Path(file_okay=False, path_type=str), help="Output folder."
)
@click.option(
    "--kinds", default=_KINDS, show_default=True, help="Kinds to extract: actual,target,progress,task."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: a process pool here; dask: a dask.distributed cluster (--scheduler).",
)
@click.option("--workers", type=int, default=None, help="Processes of the local pool (default: the CPUs).")
@click.option(
    "--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786."
)
@click.option(
    "--at-least-plus",
    type=float,
    default=None,
    metavar="X",
    help="Add X to floor targets (以上) in target_point, e.g. 0.05 (a common coding; off by default).",
)
def corpus(
    dirs: tuple[str, ...],
    out: str,
    kinds: str,
    engine: str,
    workers: int | None,
    scheduler: str | None,
    at_least_plus: float | None,
) -> None:
    """Read every report under DIRS (recursively: .txt .html .docx .pdf, any encoding) into OUT:
    documents.parquet, facts.parquet, panel.parquet/.csv/.dta (one row per region × year × indicator ×
    measure: the target of year Y from Y's report beside the actual from Y+1's, with their spans),
    errors.csv, duplicates.csv and CODEBOOK.md.

    Resumable: a rerun skips the files (by content hash) already done. A file that cannot be read is one
    line in errors.csv; the run goes on. Identical files are read once; a second report of one region,
    year and kind is listed in duplicates.csv and its facts are not repeated. See docs/corpus.md.

    \b
    Example:
      govtargets corpus reports/ --out panel_out/
      govtargets corpus reports/ --out panel_out/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    if not dirs:
        raise click.UsageError("give one or more folders (or files) of reports")
    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS")
    # imported here: corpus mode needs pandas and pyarrow, which every other command's start-up would pay
    from govtargets.corpus import CorpusError, run

    _lean_arrow()
    bar = _Bar()
    try:
        r = run(
            list(dirs),
            out,
            kinds=kinds,
            engine=engine,
            workers=workers,
            scheduler=scheduler,
            at_least_plus=at_least_plus,
            progress=bar,
        )
    except ValueError as e:
        bar.close()
        raise click.UsageError(str(e)) from e
    except CorpusError as e:
        bar.close()
        _err(str(e))
        sys.exit(1)
    except KeyboardInterrupt:
        bar.close()
        _err(f"interrupted; rerun the same command to resume ({out})")
        sys.exit(130)
    except Exception as e:  # a bug must not show a traceback
        bar.close()
        _err(f"internal error ({e.__class__.__name__}: {e}); rerun to resume")
        sys.exit(1)
    bar.close()
    kept = int((r.documents["duplicate_of"].isna()).sum()) if len(r.documents) else 0
    _err(
        f"{r.read} files read, {r.skipped} skipped (done before or copies), {kept} documents, "
        f"{r.duplicates} duplicates, {r.failed} errors (errors.csv); panel: {len(r.panel)} rows → {out}"
    )
