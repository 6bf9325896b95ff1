"""Text normalisation with an offset map; paragraphs, sentences, clauses and report sections."""

from govtargets.text._cache import load_yaml
from govtargets.text._normalize import (
    NormText,
    detect_script,
    drop_matches,
    normalize,
    normalize_halfwidth,
    to_halfwidth,
    to_simplified,
)
from govtargets.text._regex import regex
from govtargets.text._segment import char_positions, clauses, heading_level, holds, paragraphs, sentences
from govtargets.text._virtual import is_unbroken, virtual_paragraphs

__all__ = [
    "NormText",
    "char_positions",
    "holds",
    "clauses",
    "detect_script",
    "drop_matches",
    "heading_level",
    "is_unbroken",
    "load_yaml",
    "normalize",
    "normalize_halfwidth",
    "paragraphs",
    "regex",
    "sentences",
    "to_simplified",
    "to_halfwidth",
    "virtual_paragraphs",
]
