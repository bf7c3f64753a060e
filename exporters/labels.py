"""Words that exports add around the user's text, in the publication's language.

These follow the publication's language, never the editor's UI language: a Dutch report
exported on an English desktop still says "Colofon".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from babel.dates import format_date
from babel.lists import format_list

Language = Literal["nl", "en"]

_LABELS: dict[str, dict[Language, str]] = {
    "by": {"nl": "Door", "en": "By"},
    "colophon": {"nl": "Colofon", "en": "Colophon"},
    "watch_video": {"nl": "Bekijk de video", "en": "Watch the video"},
    "published": {"nl": "Publicatiedatum", "en": "Publication date"},
    "page_of": {"nl": "pagina {page} van {pages}", "en": "page {page} of {pages}"},
    "page": {"nl": "pagina {page} van ", "en": "page {page} of "},
    "print": {"nl": "Deze publicatie printen", "en": "Print this publication"},
    "download_pdf": {"nl": "Downloaden als pdf", "en": "Download as PDF"},
    "version": {"nl": "Versie", "en": "Version"},
    "phone": {"nl": "T", "en": "T"},
    "email": {"nl": "E", "en": "E"},
    "key_takeaways": {"nl": "Belangrijkste punten", "en": "Key takeaways"},
    "takeaways": {"nl": "In het kort", "en": "In brief"},
    "contents": {"nl": "Inhoud", "en": "Contents"},
    "quote": {"nl": "Citaat", "en": "Quote"},
    "photo": {"nl": "Foto", "en": "Photo"},
    "skip": {"nl": "Naar de inhoud", "en": "Skip to content"},
    "at": {"nl": "bij", "en": "at"},
    # A draft export: the watermark, the web page's banner and the suffix of its title.
    "draft": {"nl": "CONCEPT", "en": "DRAFT"},
    "draft_note": {
        "nl": "Deze publicatie is nog niet goedgekeurd en kan nog veranderen.",
        "en": "This publication has not been approved yet and may still change.",
    },
    "draft_title": {"nl": "{title} (concept)", "en": "{title} (draft)"},
}


def label(key: str, language: Language) -> str:
    """The label ``key`` in ``language``; ``KeyError`` for an unknown key (a bug)."""
    return _LABELS[key][language]


def long_date(value: dt.date, language: Language) -> str:
    """``14 februari 2018`` / ``14 February 2018``."""
    return format_date(value, format="d MMMM y", locale=_LOCALE[language])


def join_names(names: Sequence[str], language: Language) -> str:
    """``a, b en c`` / ``a, b and c``."""
    return format_list(list(names), locale=_LOCALE[language]) if names else ""


_LOCALE: dict[Language, str] = {"nl": "nl_NL", "en": "en_GB"}
