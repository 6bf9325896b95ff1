"""Text normalisation with an offset map; paragraphs, sentences, clauses and report sections."""

from govtargets.text._normalize import NormText, detect_script, normalize, to_halfwidth
from govtargets.text._segment import clauses, heading_level, paragraphs, sentences

__all__ = [
    "NormText",
    "clauses",
    "detect_script",
    "heading_level",
    "normalize",
    "paragraphs",
    "sentences",
    "to_halfwidth",
]
