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

__all__ = ["decode_bytes", "decode_counted", "DecodeError", "canonical_encoding", "MAX_BAD_BYTES"]


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


# a handful of bad bytes (a stray NUL or 0xFF at the end of a report) is damage, not a binary file: at most
# MAX_BAD_BYTES, and at most one in a hundred bytes
MAX_BAD_BYTES = 16


def _tolerable(n: int, size: int) -> bool:
    return n <= MAX_BAD_BYTES and n * 100 <= max(size, 100)


def _lenient(data: bytes, enc: str) -> tuple[str, int] | None:
    """The bytes decoded with each bad sequence as U+FFFD, and how many there were; None for no codec."""
    try:
        text = data.decode(enc, errors="replace")
    except LookupError:
        return None
    already = data.count(b"\xef\xbf\xbd") if enc.replace("_", "-").startswith("utf-8") else 0
    return text, text.count("\ufffd") - already


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a whole document; returns (text, encoding used)."""
    text, enc, _ = decode_counted(data)
    return text, enc


def decode_counted(data: bytes) -> tuple[str, str, int]:
    """Decode a whole document; returns (text, encoding used, bytes that did not decode).

    A few bad bytes are tolerated (each undecodable sequence becomes U+FFFD, a stray NUL is dropped) and
    counted; more than a handful means the file is not text in that encoding.

    >>> decode_counted("青山县地区生产总值增长6%".encode() + b"\\xff")[1:]
    ('utf-8', 1)
    """
    if data.startswith(codecs.BOM_UTF8):
        text, n = _lenient(data[3:], "utf-8") or ("", 0)
        return text, "utf-8-sig", n
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace").lstrip("\ufeff")
        return text, "utf-16", text.count("\ufffd")
    size = len(data)
    bad = 0
    if b"\x00" in data:  # UTF-16 without BOM has NULs wherever it holds ASCII; other text has none
        stray = data.count(b"\x00")
        if _tolerable(stray, size):  # first: a UTF-8 text with a stray NUL or two (and a bad byte or two)
            found = _lenient(data.replace(b"\x00", b""), "utf-8")
            if found is not None and _tolerable(stray + found[1], size) and _cjk_ratio(found[0]) > 0.2:
                return found[0], "utf-8", stray + found[1]
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text and (_cjk_ratio(text) > 0.2 or text.isascii()):
                return text, enc, 0
        bad = stray
        if not _tolerable(bad, size):
            raise DecodeError("not a text document (binary content)")
        data = data.replace(b"\x00", b"")  # a stray NUL or two in a text: dropped and counted

    def fits(candidate: tuple[str, int] | None, *, chinese: bool = False) -> bool:
        if candidate is None or not _tolerable(bad + candidate[1], size):
            return False
        return not chinese or _cjk_ratio(candidate[0]) > 0.2

    head = data[:4096]
    m = _META_CHARSET_RE.search(head)
    if m:
        enc = canonical_encoding(m.group(1).decode("ascii", "replace"))
        try:
            return data.decode(enc), enc, bad
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration: detect instead
    try:
        return data.decode("utf-8"), "utf-8", bad
    except UnicodeDecodeError:
        pass
    # UTF-8 but for a few bytes (only for a Chinese text: a few GBK characters in ASCII would fit too)
    utf8 = _lenient(data, "utf-8")
    if utf8 is not None and fits(utf8, chinese=True):
        return utf8[0], "utf-8", bad + utf8[1]
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding and not best.encoding.startswith("utf_16"):
        enc = canonical_encoding(best.encoding)
        try:
            return data.decode(enc), enc, bad
        except (UnicodeDecodeError, LookupError):
            found = _lenient(data, enc)
            if found is not None and fits(found, chinese=True):
                return found[0], enc, bad + found[1]
    # no verdict: GB18030 decodes almost anything, so ask whether the result reads as common characters
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is not None and _gb2312_share(gb) > 0.9:
        return gb, "gb18030", bad
    try:
        return data.decode("big5hkscs"), "big5hkscs", bad
    except UnicodeDecodeError:
        pass
    if gb is not None:
        return gb, "gb18030", bad
    for enc in ("gb18030", "big5hkscs"):
        found = _lenient(data, enc)
        if (
            found is not None
            and fits(found, chinese=True)
            and (enc != "gb18030" or _gb2312_share(found[0]) > 0.9)
        ):
            return found[0], enc, bad + found[1]
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
