"""The publication's languages and the texts a new item starts with in each.

A publication is written in one language (a section or quote may differ). Everything that
ends up in the exported document follows that language, never the editor's UI language:
the placeholder text of a new item is exported if nobody overtypes it, so it is defined
here, once, for :mod:`models.operations` to use. Words the exporters add around the user's
text ("Colofon", "pagina 3 van 9") are export-only and live in ``exporters/labels.py``.
"""

from __future__ import annotations

from typing import Literal

#: The languages a publication (or one of its sections or quotes) can be written in.
Language = Literal["nl", "en"]

#: The word between a speaker's role and organisation when the speaker names none
#: ("teamleider bij de gemeente"); exports print it and importers recognise it.
USUAL_CONNECTOR: dict[Language, str] = {"nl": "bij", "en": "at"}
LANGUAGES: tuple[Language, ...] = ("nl", "en")

#: The CLDR locale of each language: dates and lists (Babel), hyphenation (pyphen).
_LOCALES: dict[Language, str] = {"nl": "nl_NL", "en": "en_GB"}

#: What a new item says until someone overtypes it. Rich text may not be empty, so text
#: entries need a placeholder; the editor selects it so that typing replaces it.
DefaultText = Literal[
    "publication",
    "part",
    "section",
    "quote",
    "speaker",
    "paragraph",
    "heading",
    "point",
    "name",
    "role",
    "video",
]
_DEFAULTS: dict[DefaultText, dict[Language, str]] = {
    "publication": {"nl": "Nieuwe publicatie", "en": "New publication"},
    "part": {"nl": "Nieuw onderdeel", "en": "New part"},
    "section": {"nl": "Nieuwe sectie", "en": "New section"},
    "quote": {"nl": "Nieuw citaat", "en": "New quote"},
    "speaker": {"nl": "Nieuwe spreker", "en": "New speaker"},
    "paragraph": {"nl": "Nieuwe alinea", "en": "New paragraph"},
    "heading": {"nl": "Nieuwe tussenkop", "en": "New sub-heading"},
    "point": {"nl": "Nieuw punt", "en": "New point"},
    "name": {"nl": "Naam", "en": "Name"},
    "role": {"nl": "Rol", "en": "Role"},
    "video": {"nl": "Bekijk de video", "en": "Watch the video"},
}


def default_text(language: Language, what: DefaultText) -> str:
    """The placeholder a new ``what`` gets in ``language``."""
    return _DEFAULTS[what][language]


def locale(language: Language) -> str:
    """The CLDR locale (``nl_NL``) for dates, lists and hyphenation in ``language``."""
    return _LOCALES[language]
