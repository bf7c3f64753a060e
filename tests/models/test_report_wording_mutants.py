"""The import report in the reader's language (models/importing/report_wording.py): the
translator is asked in the report's context, numbers come through the given function, and a
broken translation or an unknown kind still gives an English sentence."""

from __future__ import annotations

import pytest

from models.importing import report_wording
from models.importing.notes import Note
from models.importing.report_wording import CONTEXT, note_text

DUTCH = {
    "the colophon was read: {fields}; credit lines: {credits}": (
        "het colofon is gelezen: {fields}; regels met medewerkers: {credits}"
    ),
    "phone": "telefoon",
    "email": "e-mail",
    "website": "website",
}


def dutch(context: str, text: str) -> str:
    assert context == CONTEXT == "ImportReport"
    return DUTCH.get(text, text)


def test_a_line_is_worded_by_the_translator_with_its_words_translated() -> None:
    note = Note("colophon_read_credits", {"fields": ("phone", "email"), "credits": 1200})
    assert note_text(note, dutch) == (
        "het colofon is gelezen: telefoon, e-mail; regels met medewerkers: 1200"
    )


def test_numbers_go_through_the_given_function() -> None:
    note = Note("colophon_read_credits", {"fields": ("website",), "credits": 1200})
    assert note_text(note, dutch, lambda n: f"{n:,}".replace(",", ".")) == (
        "het colofon is gelezen: website; regels met medewerkers: 1.200"
    )


def test_by_default_a_line_is_english_with_plain_numbers() -> None:
    note = Note("split_paragraph", {"length": 12345, "count": 2})
    assert note_text(note) == (
        "a paragraph of 12345 characters was split into 2 (its bold, italic and links were dropped)"
    )


@pytest.mark.parametrize(
    "broken",
    [
        "het colofon is gelezen: {velden}",  # a placeholder renamed: KeyError
        "het colofon is gelezen: {fields",  # a brace left open: ValueError
        "het colofon is gelezen: {0}",  # a positional placeholder: IndexError
    ],
)
def test_a_translation_with_a_broken_placeholder_falls_back_to_english(broken: str) -> None:
    def translate(context: str, text: str) -> str:
        return broken if text.startswith("the colophon") else {"phone": "telefoon"}.get(text, text)

    note = Note("colophon_read", {"fields": ("phone", "version")})
    assert note_text(note, translate) == "the colophon was read: telefoon, version"


def test_a_kind_missing_from_the_table_shows_the_models_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(report_wording, "TEMPLATES", {})
    note = Note("split_paragraph", {"length": 12345, "count": 2})
    assert note_text(note, dutch, str) == (
        "a paragraph of 12,345 characters was split into 2 (its bold, italic and links were "
        "dropped)"
    )


def test_the_english_fallback_still_words_numbers_through_the_given_function() -> None:
    def translate(context: str, text: str) -> str:
        return "{kapot}" if text.startswith("the colophon") else text

    note = Note("colophon_read_credits", {"fields": ("email",), "credits": 1200})
    assert note_text(note, translate, lambda n: f"{n:,}".replace(",", ".")) == (
        "the colophon was read: email; credit lines: 1.200"
    )
