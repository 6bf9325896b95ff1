"""govtargets: read government work reports; extract indicator actuals and targets with their source spans."""

from govtargets._model import Fact
from govtargets.extract import extract_facts
from govtargets.ingest import Document, IngestError, read_bytes, read_document
from govtargets.lexicon import Lexicon, LexiconError, load_lexicon
from govtargets.numbers import Quantity, find_quantities, parse_number

__version__ = "0.1.0"

__all__ = [
    "Document",
    "Fact",
    "IngestError",
    "Lexicon",
    "LexiconError",
    "Quantity",
    "extract_facts",
    "find_quantities",
    "load_lexicon",
    "parse_number",
    "read_bytes",
    "read_document",
]
