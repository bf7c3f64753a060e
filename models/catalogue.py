"""Podium's translations without Qt, for the command line.

The editor installs the compiled ``.qm`` files with Qt's translator. The command line must
not load Qt (it runs on servers without a display, and headless commands stay light), so it
reads the translators' source, ``resources/translations/podium_<code>.ts``, that ships beside
the ``.qm``: the same entries, so the editor and the command line say the same thing.

The command line picks the language from the environment (``main.py``), before it imports
anything heavy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path

from defusedxml import ElementTree

import resources
from models.field_wording import english

#: The language of the strings in the code.
SOURCE_LANGUAGE = "en"


class Catalogue:
    """The finished translations of one language: ``(context, source) -> translation``."""

    def __init__(self, entries: Mapping[tuple[str, str], str]) -> None:
        self._entries = dict(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def translate(self, context: str, source: str) -> str:
        """``source`` translated: its own context first, then the global one (module-level
        ``_tr`` helpers and ``message()`` templates), else the English source."""
        found = self._entries.get((context, source)) or self._entries.get(("", source))
        return found or source


def translation_source(language: str) -> Path:
    """Where the translators' source for ``language`` is (it may not exist)."""
    return Path(str(resources.path("translations", f"podium_{language}.ts")))


@lru_cache(maxsize=4)
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language``; empty (English) for the source language or when the
    file is missing or unreadable: a command's output in English beats no output."""
    if language == SOURCE_LANGUAGE:
        return Catalogue({})
    try:
        return Catalogue(_read(translation_source(language)))
    except (OSError, ElementTree.ParseError):
        return Catalogue({})


def translator(language: str) -> Callable[[str, str], str]:
    """A ``(context, source) -> text`` function for ``language``."""
    if language == SOURCE_LANGUAGE:
        return english
    return catalogue(language).translate


def _read(path: Path) -> dict[tuple[str, str], str]:
    """The finished, non-empty translations in the ``.ts`` file at ``path``."""
    entries: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(path).getroot()
    if root is None:
        return entries
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for entry in context.findall("message"):  # a context holds its messages
            source = entry.findtext("source")
            translation = entry.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, obsolete or vanished: Qt would not use it either
            if entry.get("numerus") == "yes":
                continue  # plural forms (%n) are the editor's; the command line words its own
            if translation.text:
                entries[(name, source)] = translation.text
    return entries
