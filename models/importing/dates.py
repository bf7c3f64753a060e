"""Dates as reports write them: 2018-02-14, 14-02-2018, 14 februari 2018, February 14, 2018."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("maart", "march", "mrt", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augustus", "august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# Groups: y year, m month number, M month name, d day.
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ][\d:.+\-Z]*)?$")
_DMY = re.compile(r"^(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})$")
_D_MONTH_Y = re.compile(r"^(?P<d>\d{1,2})\.?\s+(?P<M>[A-Za-z]+)\.?\s+(?P<y>\d{4})$")
_MONTH_D_Y = re.compile(r"^(?P<M>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})$")


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` spells, or ``None``; years outside 1971-2999 are not dates here."""
    text = text.strip().rstrip(".").strip()
    for pattern in (_ISO, _DMY, _D_MONTH_Y, _MONTH_D_Y):
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groupdict()
        month_name = parts.get("M")
        month = _MONTHS.get(month_name.lower()) if month_name else int(parts["m"])
        if month is None:
            return None
        try:
            date = dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
        return date if 1971 <= date.year <= 2999 else None
    return None
