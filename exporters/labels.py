"""Words that exports add around the user's text, in the publication's language.

These follow the publication's language, never the editor's UI language: a Dutch report
exported on an English desktop still says "Colofon". The languages themselves, and the
texts a new item starts with, are :mod:`models.language`'s.

Babel is imported by the two functions that format with it: the editor's forms import this
module for :func:`label` alone, and Babel would cost each start of the editor ~15 ms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

from models.language import USUAL_CONNECTOR, Language, default_text, locale

__all__ = ["Language", "join_names", "label", "long_date"]

_LABELS: dict[str, dict[Language, str]] = {
    "by": {"nl": "Door", "en": "By"},
    "colophon": {"nl": "Colofon", "en": "Colophon"},
    # The label a new video link starts with (models/language.py defines it).
    "watch_video": {"nl": default_text("nl", "video"), "en": default_text("en", "video")},
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
    # The colophon's line of photo credits, when the publication has none of its own.
    "photos": {"nl": "Foto's", "en": "Photos"},
    "skip": {"nl": "Naar de inhoud", "en": "Skip to content"},
    "at": USUAL_CONNECTOR,
    # The start of a byline line per role of the people in a section ("by" for speakers).
    "role_moderator": {"nl": "Moderator:", "en": "Moderator:"},
    "role_panel": {"nl": "Panel:", "en": "Panel:"},
    "role_interviewer": {"nl": "Interviewer:", "en": "Interviewer:"},
    "role_thanks": {"nl": "Met dank aan", "en": "With thanks to"},
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
    from babel.dates import format_date

    return format_date(value, format="d MMMM y", locale=locale(language))


def join_names(names: Sequence[str], language: Language) -> str:
    """``a, b en c`` / ``a, b and c``."""
    return _joined(tuple(names), language) if names else ""


@lru_cache(maxsize=4096)
def _joined(names: tuple[str, ...], language: Language) -> str:
    """Cached: babel parses the locale on every call, and every section's byline joins its
    speakers' names (a sixth of the IR build of a long report)."""
    from babel.lists import format_list

    return format_list(list(names), locale=locale(language))
