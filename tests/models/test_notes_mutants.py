"""The import report's English (models/importing/notes.py): numbers with separators, the
colophon's field names joined with commas, the source's text put in as it is."""

from __future__ import annotations

from models.importing.notes import WORDS, Note, english_number, fill


def test_a_count_in_english_has_thousands_separators() -> None:
    assert english_number(7) == "7"
    assert english_number(1099999) == "1,099,999"


def test_a_note_words_its_numbers_with_separators() -> None:
    note = Note("split_paragraph", {"length": 123456, "count": 4})
    assert note.text == (
        "a paragraph of 123,456 characters was split into 4 (its bold, italic and links "
        "were dropped)"
    )


def test_a_note_names_the_colophon_fields_in_words_joined_by_commas() -> None:
    note = Note("colophon_read_credits", {"fields": ("visiting_address", "email"), "credits": 2})
    assert note.text == "the colophon was read: visiting address, email; credit lines: 2"


def test_a_field_without_a_word_is_named_by_its_key() -> None:
    note = Note("colophon_read", {"fields": ("postal_address", "fax")})
    assert note.text == "the colophon was read: postal address, fax"


def test_a_note_without_parameters_is_its_sentence() -> None:
    assert Note("flattened").text == "lists nested deeper than two levels were flattened to two"
    assert Note("colophon_empty").params == {}


def test_text_from_the_source_goes_in_unchanged_braces_and_all() -> None:
    note = Note("title_line", {"text": "Jaarverslag {2024} – 1,000 gasten"})
    assert note.text == "the first line ‘Jaarverslag {2024} – 1,000 gasten’ became the title"


def test_fill_uses_the_numbers_and_words_it_is_given() -> None:
    words = {**WORDS, "phone": "telefoon", "email": "e-mail"}
    filled = fill(
        "{fields} ({count}) {text}",
        {"fields": ("phone", "email"), "count": 1500, "text": "x"},
        words,
        lambda n: f"{n:_}",
    )
    assert filled == "telefoon, e-mail (1_500) x"
