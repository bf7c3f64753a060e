"""The colophon at the end of a report: organisation, addresses, phone, e-mail, website,
credits ("Tekst: …", or "Tekst" with the names on the next line) and "Versie …".

Lines the parser does not recognise are not lost: they become the colophon's note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from models.importing.notes import Note

_PHONE = re.compile(
    r"^(?:t|tel\.?|telefoon|phone|telephone)\s*[:.]?\s+(\+?[\d][\d\s()\-./]{5,30})$", re.I
)
_BARE_PHONE = re.compile(r"^\+?\d[\d\s()\-./]{7,30}$")
# An address may end a sentence: its full stop is read past here (outside the group);
# a bare address keeps it in the match and _field drops it.
_EMAIL = re.compile(r"^(?:e|e-mail|email|mail)\s*[:.]?\s+(\S+@\S+\.\w{2,})\.?$", re.I)
_BARE_EMAIL = re.compile(r"^[^\s@]+@[^\s@]+\.\w{2,}\.?$")
_WEB = re.compile(
    r"^(?:w|web|website|internet|i)?\s*[:.]?\s*((?:https?://)?www\.[^\s]+|https?://[^\s]+)$", re.I
)
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_POSTAL = re.compile(r"^(?:postbus|p\.?\s?o\.?\s*box|antwoordnummer)\b", re.I)
_VERSION = re.compile(r"^(?:versie|version)\s*[:.]?\s*(.*)$", re.I)
_CREDIT_ROLES = (
    "tekst", "teksten", "text", "foto's", "fotos", "foto", "fotografie", "photos", "photography",
    "video's", "video", "videos", "vormgeving", "ontwerp", "design", "redactie", "editing",
    "eindredactie", "illustraties", "illustrations", "illustratie", "opmaak", "layout",
    "interviews", "samenstelling", "coördinatie", "productie", "production",
)  # fmt: skip
_CREDIT = re.compile(r"^(" + "|".join(re.escape(r) for r in _CREDIT_ROLES) + r")\s*:\s*(.+)$", re.I)
_NAMES = re.compile(r"\s*(?:,|;|\ben\b|\band\b|&)\s*")


@dataclass
class ColophonFields:
    """What the colophon's lines gave; ``rest`` are the lines that fit no field."""

    organisation: str = ""
    visiting_address: str = ""
    postal_address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    version: str = ""
    credits: list[tuple[str, list[str]]] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)
    guesses: list[Note] = field(default_factory=list)


def parse(lines: list[str]) -> ColophonFields:
    """Read the colophon's ``lines`` (one per source line, in order)."""
    out = ColophonFields()
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        index += 1
        if not line:
            continue
        # The pragmas: rstrip("XX:XX") would also strip an "X", which no role ends in.
        lowered = line.rstrip(":").strip().lower()  # pragma: no mutate
        if lowered in _CREDIT_ROLES and following and not _is_field(following):
            out.credits.append((line.rstrip(":").strip(), _names(following)))  # pragma: no mutate
            index += 1
            continue
        if lowered in ("versie", "version") and following:
            out.version = following
            index += 1
            continue
        if not _field(out, line):
            if not out.organisation and not out.rest and not _POSTCODE.search(line):
                out.organisation = line
                out.guesses.append(Note("colophon_organisation", {"text": line}))
            else:
                out.rest.append(line)
    return out


def _is_field(line: str) -> bool:
    return _field(ColophonFields(), line)


def _field(out: ColophonFields, line: str) -> bool:
    """Put ``line`` in the field it belongs to; ``False`` when it belongs nowhere."""
    if match := _PHONE.match(line):
        return _set(out, "phone", match.group(1).strip(), line)
    if match := _EMAIL.match(line):
        return _set(out, "email", match.group(1), line)  # ends in a letter: no stop, no space
    if _BARE_EMAIL.match(line):
        return _set(out, "email", line.rstrip("."), line)
    if match := _WEB.match(line):
        url = match.group(1).rstrip("/.")
        return _set(
            out, "website", url if url.lower().startswith("http") else f"https://{url}", line
        )
    if match := _VERSION.match(line):
        if match.group(1).strip():
            return _set(out, "version", match.group(1).strip(), line)
        return False
    if match := _CREDIT.match(line):
        out.credits.append((match.group(1), _names(match.group(2))))
        return True
    if _POSTAL.match(line):
        return _set(out, "postal_address", line, line)
    if _POSTCODE.search(line) and len(line) <= 120:
        return _set(out, "visiting_address", line, line)
    if _BARE_PHONE.match(line) and sum(ch.isdigit() for ch in line) >= 8:
        return _set(out, "phone", line, line)
    return False


def _set(out: ColophonFields, name: str, value: str, line: str) -> bool:
    """Fill field ``name``; a second address or phone goes to the note as written (it is
    still a field's line: never the organisation's name)."""
    if getattr(out, name):
        out.rest.append(line)
    else:
        setattr(out, name, value)
    return True


def _names(text: str) -> list[str]:
    return [name.strip() for name in _NAMES.split(text.strip().rstrip(".")) if name.strip()]
