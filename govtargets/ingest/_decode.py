"""Bytes to text: BOM, declared charset, strict UTF-8, then charset-normalizer on the whole document.

>>> decode_bytes("区内生产总值增长4.9%".encode("gb18030"))[1]
'gb18030'
>>> decode_bytes("\\ufeff江干区".encode("utf-8"))
('江干区', 'utf-8-sig')
>>> decode_bytes("區內生產總值增長4.9%，公共財政收入9.1億元".encode("big5"))
('區內生產總值增長4.9%，公共財政收入9.1億元', 'big5hkscs')
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_bytes", "DecodeError", "canonical_encoding"]


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "gb18030": "gb18030",
    "hz": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "utf_8": "utf-8",
    "utf8": "utf-8",
}
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def canonical_encoding(name: str) -> str:
    """The codec we decode a declared or detected encoding with (any GB label as gb18030).

    >>> canonical_encoding("GB2312"), canonical_encoding("Big5"), canonical_encoding("UTF-8")
    ('gb18030', 'big5hkscs', 'utf-8')
    """
    n = name.strip().lower().replace("_", "-")
    n = _ALIASES.get(n, _ALIASES.get(n.replace("-", ""), n))
    try:
        return codecs.lookup(n).name if n not in ("gb18030", "big5hkscs") else n
    except LookupError:
        return n


def _cjk_ratio(s: str) -> float:
    if not s:
        return 0.0
    sample = s[:20000]
    return sum(1 for c in sample if "\u4e00" <= c <= "\u9fff") / len(sample)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a whole document; returns (text, encoding used)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    head = data[:4096]
    if b"\x00" in data:  # UTF-16 without BOM has NULs wherever it holds ASCII; other text has none
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text and (_cjk_ratio(text) > 0.2 or text.isascii()):
                return text, enc
        raise DecodeError("not a text document (binary content)")
    m = _META_CHARSET_RE.search(head)
    if m:
        enc = canonical_encoding(m.group(1).decode("ascii", "replace"))
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration: detect instead
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding and not best.encoding.startswith("utf_16"):
        enc = canonical_encoding(best.encoding)
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass
    # no verdict: GB18030 decodes almost anything, so ask whether the result reads as common characters
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is not None and _gb2312_share(gb) > 0.9:
        return gb, "gb18030"
    try:
        return data.decode("big5hkscs"), "big5hkscs"
    except UnicodeDecodeError:
        pass
    if gb is not None:
        return gb, "gb18030"
    raise DecodeError("not a text document (no encoding fits)")


def _gb2312_share(s: str) -> float:
    """Share of the Chinese characters that GB2312 (the common simplified set) has."""
    cjk = [c for c in s[:20000] if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    ok = 0
    for c in cjk:
        try:
            c.encode("gb2312")
            ok += 1
        except UnicodeEncodeError:
            pass
    return ok / len(cjk)
