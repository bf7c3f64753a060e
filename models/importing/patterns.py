"""The words and shapes the mapping recognises, in Dutch and English, in one place."""

from __future__ import annotations

import re

from models.importing.document import Para, Spans, plain

COLOPHON = re.compile(r"^(?:colofon|colophon|impressum)\s*:?$", re.I)
TAKEAWAYS = re.compile(
    r"^(?:belangrijkste (?:inzichten|punten|lessen|conclusies)|key (?:takeaways|points|insights)"
    r"|takeaways|tips|in het kort|in brief|kernpunten|samenvatting in punten)\s*:?$",
    re.I,
)
DATE_LINE = re.compile(
    r"^(?:publicatie\s*datum|publicatiedatum|datum|date|published|gepubliceerd(?: op)?"
    r"|publication date)\s*:?\s*(.+)$",
    re.I,
)
VIDEO_LABEL = re.compile(
    r"^(?:bekijk|watch|kijk|view|zie)\b.{0,60}\b(?:video|opname|recording|webinar)\b", re.I
)
VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com")
ACCESS = re.compile(r"\b(?:wachtwoord|password|toegangscode|access code|inlogcode)\b", re.I)
QUOTED = re.compile(r"^[\"“„‘'«].{10,}[\"”’'»]$", re.S)
ATTRIBUTION = re.compile(r"^\s*(?:—|–|-{1,2})\s*(\S.{0,120})$")
#: Controls of the web page a text was copied from ("Deze publicatie printen").
PAGE_CHROME = re.compile(
    r"^(?:deze publicatie printen|print this publication|downloaden als pdf|download as pdf"
    r"|delen|share|terug|back)(?:\s+(?:deze publicatie printen|downloaden als pdf|download as pdf"
    r"|print this publication))*$",
    re.I,
)


def one_line(spans: Spans) -> str:
    """The text of ``spans`` when it is a single line, else ``""``."""
    text = plain(spans).strip()
    return "" if "\n" in text else " ".join(text.split())


def looks_like_title(text: str) -> bool:
    """A short line that does not end a sentence: what a heading looks like in plain text."""
    return (
        0 < len(text) <= 150 and not text.endswith((".", ":", ";", ",")) and len(text.split()) <= 20
    )


def attribution_line(block: object) -> str:
    """The name in a short line that can only say who spoke ("deelnemer symposium")."""
    if not isinstance(block, Para):
        return ""
    text = one_line(block.spans)
    words = text.split()
    if not text or len(text) > 60 or len(words) > 6 or text.endswith((".", ":", "?", "!", ";")):
        return ""
    match = ATTRIBUTION.match(text)
    if match is not None:
        return match.group(1).strip()
    return text if text[0].islower() else ""
