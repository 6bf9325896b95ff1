"""The govtargets command line: a thin layer over the library, one module per command group.

- reading.py: extract, tasks (facts and tasks from documents)
- scoring.py: evaluate (scores against gold; a plan's judgement on a date)
- plan.py, progress.py: the plan and progress groups of the supervision cycle
- cycle.py: report and demo (and the judgement that `evaluate --as-of` prints)
- audit.py: audit and rank (cross-year and cross-region checks of reports)
- corpus.py: corpus (a folder of reports → documents, facts and a target/actual panel; govtargets.corpus)
- web.py: serve and user (the web application and who may log in)
- _common.py: what they share (output, reading files, the store options)

Nothing else in the package imports this one (tests/test_architecture.py checks it).
"""

from __future__ import annotations

import importlib
import logging
import warnings

import click

from govtargets import __version__

__all__ = ["main"]

# each command's module, imported when the command runs (or --help lists it): `extract` does not load the
# store, the report writers or the web application (about 10 ms of every start)
_COMMANDS = {
    "extract": "reading",
    "tasks": "reading",
    "evaluate": "scoring",
    "plan": "plan",
    "progress": "progress",
    "report": "cycle",
    "demo": "cycle",
    "audit": "audit",
    "rank": "audit",
    "corpus": "corpus",
    "serve": "web",
    "user": "web",
}


class _LazyGroup(click.Group):
    """A group whose commands are imported from their modules when asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)  # as click lists them

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in _COMMANDS:
            return None
        command = getattr(importlib.import_module(f"govtargets.cli.{_COMMANDS[cmd_name]}"), cmd_name)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govtargets")
def main() -> None:
    """govtargets: the targets of Chinese government work reports, traced to their source.

    \b
    Example:
      govtargets extract report.docx --format table
    """
    _quiet_libraries()


def _quiet_libraries() -> None:
    """No third-party message reaches stderr unformatted: pypdf logs what it repairs in a damaged file
    ("EOF marker not found") and openpyxl warns of what it skips; the command's own line says what matters."""
    for name in ("pypdf", "openpyxl", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    for module in ("pypdf", "openpyxl", "docx"):
        warnings.filterwarnings("ignore", module=module)
