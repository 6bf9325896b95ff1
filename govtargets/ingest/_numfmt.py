"""A cell's value as Excel shows it under its number format: numbers, percentages, dates.

- Integers without .0; numbers per their format (decimals, thousands separators, percent, quoted text such
  as 0.0"亿元", the sections for negatives and zero); scientific and fraction formats read as General;
  General as the shortest decimal without float noise (0.1+0.2 → 0.3; Excel's 15 significant digits);
  rounding half away from zero, as Excel rounds; booleans 是/否; error values as written (#DIV/0!).
- Dates: a format with Chinese words (yyyy"年"m"月"d"日", m"月"d"日", Excel's built-in Chinese formats 27–36
  and 50–58) is honoured token by token; any other date format (yyyy-mm-dd, m/d/yy, the default of a date
  written by a library) shows the parts it has in Chinese, 2025年6月30日 (2025年6月, 6月30日; a time of day
  after it if the format has one and it is not midnight, 2025年6月30日 14:30), with the full year even
  where the format shows two digits, because that is what the date readers read. [DBNum1] (Chinese
  numerals) is shown with Arabic digits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from govtargets.ingest._cells import cell_text

__all__ = ["CN_BUILTIN", "format_value"]

# Excel's built-in number formats 27-36 and 50-58 in a Chinese locale: a workbook names them by id alone
CN_BUILTIN = {
    27: 'yyyy"年"m"月"',
    28: 'm"月"d"日"',
    29: 'm"月"d"日"',
    30: "m-d-yy",
    31: 'yyyy"年"m"月"d"日"',
    32: 'h"时"mm"分"',
    33: 'h"时"mm"分"ss"秒"',
    34: '上午/下午h"时"mm"分"',
    35: '上午/下午h"时"mm"分"ss"秒"',
    36: 'yyyy"年"m"月"',
    50: 'yyyy"年"m"月"',
    51: 'm"月"d"日"',
    52: 'yyyy"年"m"月"',
    53: 'm"月"d"日"',
    54: 'm"月"d"日"',
    55: '上午/下午h"时"mm"分"',
    56: '上午/下午h"时"mm"分"ss"秒"',
    57: 'yyyy"年"m"月"',
    58: 'm"月"d"日"',
}
_WEEKDAYS = "一二三四五六日"


def format_value(value: Any, fmt: str = "General", epoch: dt.datetime | None = None) -> str:
    """A cell's value as Excel shows it under the number format `fmt`, on one line.

    >>> format_value(1.0), format_value(0.1 + 0.2), format_value(0.623, "0.0%"), format_value(12.345, "0.0")
    ('1', '0.3', '62.3%', '12.3')
    >>> format_value(1234567.891, "#,##0.00"), format_value(158, '0.0"亿元"'), format_value(True)
    ('1,234,567.89', '158.0亿元', '是')
    >>> d = dt.date(2025, 6, 30)
    >>> format_value(d, 'yyyy"年"m"月"d"日"'), format_value(d, "m/d/yy"), format_value(d, "m-d")
    ('2025年6月30日', '2025年6月30日', '6月30日')
    >>> format_value(45838.0, 'yyyy"年"m"月"')   # a serial number under a date format the reader missed
    '2025年6月'
    """
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str):
        return cell_text(value)
    if isinstance(value, dt.timedelta):
        return _duration(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return _date(value, fmt)
    if isinstance(value, int | float):
        if _is_date_format(fmt):
            try:
                from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel

                return _date(from_excel(value, epoch or WINDOWS_EPOCH), fmt)
            except (OverflowError, ValueError):
                pass
        return _number(value, fmt)
    return cell_text(str(value))  # a rich text or an array formula's result: its text


# numbers


def _decimal(value: float | int) -> Decimal:
    """The number as Excel holds it: 15 significant digits, so 0.1+0.2 is 0.3."""
    return Decimal(value) if isinstance(value, int) else Decimal(f"{value:.15g}")


def _general(value: float | int) -> str:
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return "#NUM!"
    s = format(_decimal(value), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


@lru_cache(maxsize=256)
def _sections(fmt: str) -> tuple[str, ...]:
    """A number format's sections (positive; negative; zero; text), split at ; outside quotes."""
    out, cur, quoted, i = [], [], False, 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and not quoted and i + 1 < len(fmt):
            cur.append(fmt[i : i + 2])
            i += 2
            continue
        elif ch == ";" and not quoted:
            out.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    out.append("".join(cur))
    return tuple(out)


@lru_cache(maxsize=256)
def _tokens(section: str) -> tuple[tuple[str, str], ...]:
    """A section as (kind, text) tokens: lit (text shown as is) and code (format characters)."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            out.append(("lit", section[i + 1 : end]))
            i = end + 1
        elif ch == "\\" and i + 1 < len(section):
            out.append(("lit", section[i + 1]))
            i += 2
        elif ch in "_*" and i + 1 < len(section):  # _x pads with x's width, *x fills with x: neither shows
            i += 2
        elif ch == "[":  # [Red], [$-804], [DBNum1], [>=100]: none shows ([h] of a duration is handled apart)
            end = section.find("]", i)
            if end < 0:
                break
            i = end + 1
        else:
            out.append(("code", ch))
            i += 1
    return tuple(out)


def _number(value: float | int, fmt: str) -> str:
    sections = _sections(fmt)
    section = sections[0]
    negative = value < 0
    if negative and len(sections) > 1:
        section, value, negative = sections[1], -value, False  # the section shows its own sign, if any
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    tokens = _tokens(section)
    codes = "".join(t for k, t in tokens if k == "code")
    if not codes.strip() and not any(k == "lit" for k, _ in tokens):
        return "" if len(sections) > 1 else _general(value)  # ;;; hides the value; "" is General
    placeholders = [t for k, t in tokens if k == "code" and t in "0#?.,"]
    if not placeholders and ("general" in codes.lower() or "@" in codes):
        body = _general(abs(value) if negative else value)
        return _assemble(tokens, body, negative, general=True)
    if not placeholders:  # text alone ("-" for zero): the text
        return cell_text("".join(t for k, t in tokens if k == "lit" or t not in "@"))
    if re.search(r"[eE][+-]", codes) or ("/" in codes and "?" in codes):
        return _general(value)  # scientific or fraction: as General
    pattern = "".join(placeholders)
    integer, _, decimals = pattern.partition(".")
    scale = len(pattern) - len(pattern.rstrip(","))  # 0, → thousands
    integer = integer.rstrip(",") if not decimals else integer
    decimals = decimals.rstrip(",")
    grouping = "," in integer.strip(",")
    required = decimals.count("0")
    optional = decimals.count("#") + decimals.count("?")
    d = abs(_decimal(value)) * (100 ** codes.count("%")) / (1000**scale)
    try:
        d = d.quantize(Decimal(1).scaleb(-(required + optional)), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return _general(value)
    body = format(d, ",f" if grouping else "f")
    if optional and "." in body:
        head, _, tail = body.partition(".")
        tail = tail[: required + optional].rstrip("0").ljust(required, "0")
        body = f"{head}.{tail}" if tail else head
    if "0" not in integer and body.startswith("0"):
        body = body[1:]  # '#.00' shows 0.5 as .50, and '#' shows 0 as nothing
    return _assemble(tokens, body, negative and d != 0, general=False)


def _assemble(tokens: Sequence[tuple[str, str]], body: str, negative: bool, *, general: bool) -> str:
    """The section's literal text around the number, the number where its first placeholder stood."""
    out: list[str] = ["-"] if negative else []
    placed = False
    for kind, text in tokens:
        if kind == "lit":
            out.append(text)
        elif (general and text.lower() in "general") or text in "0#?.,":
            if not placed:
                out.append(body)
                placed = True
        elif text != "@":
            out.append(text)
    if not placed:
        out.append(body)
    return cell_text("".join(out))


# dates


@lru_cache(maxsize=256)
def _is_date_format(fmt: str) -> bool:
    codes = "".join(t for k, t in _tokens(_sections(fmt)[0]) if k == "code").lower()
    return bool(re.search(r"[ymdhs]", codes.replace("general", ""))) and not re.search(r"[0#?]", codes)


@lru_cache(maxsize=256)
def _date_tokens(fmt: str) -> tuple[tuple[str, str], ...]:
    """A date format as (kind, text) tokens: lit, or a code run (yyyy, m, dd, h, mm, ss, ampm, aaaa)."""
    raw = _tokens(_sections(fmt)[0])
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(raw):
        kind, text = raw[i]
        if kind == "lit":
            out.append(("lit", text))
            i += 1
            continue
        low = text.lower()
        rest = "".join(t for _, t in raw[i : i + 5])
        if rest.upper().startswith("AM/PM"):
            out.append(("ampm", ""))
            i += 5
            continue
        if rest.upper().startswith("A/P"):
            out.append(("ampm", ""))
            i += 3
            continue
        if low in "ymdhsa":
            j = i
            while j < len(raw) and raw[j][0] == "code" and raw[j][1].lower() == low:
                j += 1
            out.append(("code", low * (j - i)))
            i = j
            continue
        if low == "e":  # the year (in a Chinese locale, the Gregorian one)
            out.append(("code", "yyyy"))
        else:
            out.append(("lit", text))
        i += 1
    merged: list[tuple[str, str]] = []
    for kind, text in out:  # adjacent literals as one (上午/下午 is typed without quotes)
        if kind == "lit" and merged and merged[-1][0] == "lit":
            merged[-1] = ("lit", merged[-1][1] + text)
        else:
            merged.append((kind, text))
    out = merged
    # m after an hour or before seconds is minutes
    codes = [k for k, (kind, _) in enumerate(out) if kind == "code"]
    for n, k in enumerate(codes):
        text = out[k][1]
        if text[0] != "m" or len(text) > 2:
            continue
        before = out[codes[n - 1]][1] if n else ""
        after = out[codes[n + 1]][1] if n + 1 < len(codes) else ""
        if before.startswith("h") or after.startswith("s"):
            out[k] = ("code", "M" * len(text))  # M: minutes
    return tuple((k, t) for kind, text in out for k, t in _ampm(kind, text))


def _ampm(kind: str, text: str) -> list[tuple[str, str]]:
    """A literal holding 上午/下午 split around it, that part an ampm token."""
    if kind != "lit" or "上午/下午" not in text:
        return [(kind, text)]
    head, _, tail = text.partition("上午/下午")
    return [x for x in (("lit", head), ("ampm", ""), ("lit", tail)) if x[0] == "ampm" or x[1]]


def _date(value: dt.datetime | dt.date | dt.time, fmt: str) -> str:
    tokens = _date_tokens(fmt) if _is_date_format(fmt) else ()
    literal = "".join(t for k, t in tokens if k == "lit")
    if tokens and re.search(r"[\u4e00-\u9fff]", literal):
        return cell_text(_render(value, tokens))
    return _plain_date(value, {t[0] for k, t in tokens if k == "code"})


def _parts(value: dt.datetime | dt.date | dt.time) -> tuple[dt.date | None, dt.time | None]:
    if isinstance(value, dt.datetime):
        return value.date(), value.time()
    if isinstance(value, dt.date):
        return value, None
    return None, value


def _render(value: dt.datetime | dt.date | dt.time, tokens: Sequence[tuple[str, str]]) -> str:
    day, time = _parts(value)
    t = time or dt.time()
    twelve = any(k == "ampm" for k, _ in tokens)
    out: list[str] = []
    for kind, text in tokens:
        if kind == "lit":
            out.append(text)
        elif kind == "ampm":
            out.append("上午" if t.hour < 12 else "下午")
        elif text[0] in "hMs":
            hour = (t.hour % 12 or 12) if twelve else t.hour
            n = {"h": hour, "M": t.minute, "s": t.second}[text[0]]
            out.append(f"{n:02d}" if len(text) > 1 else str(n))
        elif day is None:
            continue  # a time of day has no date parts
        elif text[0] == "y":
            out.append(f"{day.year:04d}" if len(text) > 2 else f"{day.year % 100:02d}")
        elif text[0] == "m":
            month = f"{day.month:02d}" if len(text) == 2 else f"{day.month}"
            out.append(month + "月" if len(text) > 2 else month)
        elif text[0] == "d":
            if len(text) > 2:
                out.append(("星期" if len(text) > 3 else "周") + _WEEKDAYS[day.weekday()])
            else:
                out.append(f"{day.day:02d}" if len(text) == 2 else str(day.day))
        elif text[0] == "a":
            out.append(("星期" if len(text) > 3 else "") + _WEEKDAYS[day.weekday()])
    return "".join(out)


def _plain_date(value: dt.datetime | dt.date | dt.time, codes: set[str]) -> str:
    """A date under a format without Chinese words (or none): the parts it shows, in Chinese."""
    day, time = _parts(value)
    out = []
    if day is not None:
        y, m, d = "y" in codes, "m" in codes, "d" in codes
        if not (y or m or d) and not codes & {"h", "M", "s"}:
            y = m = d = True  # no date format at all: the whole date
        if y and m and not d:
            out.append(f"{day.year}年{day.month}月")
        elif m and d and not y:
            out.append(f"{day.month}月{day.day}日")
        elif y and not m:
            out.append(f"{day.year}年")
        elif y or m or d:
            out.append(f"{day.year}年{day.month}月{day.day}日")
    if (time is not None and time != dt.time()) or not out:  # midnight under a date-and-time format: the date
        shows_time = bool(codes & {"h", "M", "s"}) or not codes
    else:
        shows_time = False
    if time is not None and shows_time:
        if "h" in codes or not codes:
            clock = f"{time.hour}:{time.minute:02d}" + (f":{time.second:02d}" if "s" in codes else "")
        else:
            clock = f"{time.minute:02d}:{time.second:02d}"
        out.append(clock)
    return " ".join(out)


def _duration(value: dt.timedelta) -> str:
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    h, rest = divmod(abs(seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}"
