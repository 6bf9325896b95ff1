"""Build govtargets/text/data/t2s_chars.txt: every character OpenCC's t2s changes on its own.

`detect_script` reads a document as simplified when none of its first characters is in this set, without
loading OpenCC (its import and its dictionaries cost about 8 ms of every process, and most reports are
simplified). tests/test_script_detect.py checks the file against the OpenCC installed, so a new OpenCC
release that changes the set fails a test; then run, from the repository's root:

    python3 scripts/build_t2s_chars.py > govtargets/text/data/t2s_chars.txt
"""

from __future__ import annotations

import sys

# the CJK blocks OpenCC's TSCharacters touches: Unified, Extension A, Compatibility Ideographs, Extension B
BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF))


def t2s_chars() -> str:
    """The characters OpenCC t2s converts to another when converted alone, in code point order."""
    import opencc

    chars = [chr(i) for lo, hi in BLOCKS for i in range(lo, hi + 1)]
    out = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    return "".join(c for c, o in zip(chars, out, strict=True) if o != c)


if __name__ == "__main__":
    # two lines: the Basic Multilingual Plane, then beyond it (a class of BMP characters only is one bitmap
    # to the regex engine, a hundred times faster to scan than a class mixing in the supplementary planes)
    chars = t2s_chars()
    sys.stdout.write("".join(c for c in chars if c <= "\uffff") + "\n")
    sys.stdout.write("".join(c for c in chars if c > "\uffff") + "\n")
