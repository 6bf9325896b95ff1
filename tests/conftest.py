"""Shared fixtures: where the team's shared documents are, and helpers to build documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVTARGETS_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "dev"
GOLD = REPO / "tests" / "gold"
GOLD_BLIND = REPO / "tests" / "gold_blind"


def shared_documents() -> list[Path]:
    """Every document in ../shared (seeds and the dev corpus)."""
    if not SHARED.is_dir():
        return []
    docs = sorted(SEEDS.glob("*.txt")) + sorted(
        p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx", ".html", ".pdf")
    )
    return docs


def source_of(gold_file: Path) -> Path:
    """The shared document a gold file annotates (gold/<document name>.jsonl)."""
    name = gold_file.name.removesuffix(".jsonl")
    for folder in (SEEDS, CORPUS):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(name)


needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared documents not found at {SHARED}")
