"""The import report in the user's language: every kind of line the import core can write
has a translatable text with the command line's English as its source, and the report
dialog shows the lines (and their group headings) translated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from editor.importing import report_text
from editor.importing.report_dialog import ImportReportDialog
from models.importing import Imported, import_data
from models.importing.notes import TEMPLATES, WORDS, Note, Value
from models.importing.report import entries

PLACEHOLDER = re.compile(r"\{(\w+)\}")
PAGE = (
    "<html><body><h1>Netwerkdag</h1><p>Het verslag.</p><h2>Opening</h2>"
    "<p>Door Joost Kampen, taaladviseur</p><p>Zie <a href='programma.html'>het programma</a>.</p>"
    "<img src='https://example.org/zaal.jpg' alt='De zaal'>"
    "<blockquote><p>Schrijf zoals je praat, maar dan net iets beter.</p></blockquote>"
    "</body></html>"
)


def sample_note(kind: str) -> Note:
    """A note of ``kind`` with a value for each of its placeholders."""
    params: dict[str, Value] = {}
    for name in PLACEHOLDER.findall(TEMPLATES[kind]):
        if name in ("count", "credits", "length"):
            params[name] = 7
        elif name == "fields":
            params[name] = ("organisation", "phone", "email")
        else:
            params[name] = f"<{name}>"
    return Note(kind, params)


@pytest.fixture
def british(qapp: QCoreApplication) -> Iterator[None]:
    """The locale the English interface sets (numbers as 1,099,999)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_every_kind_of_line_has_an_editor_text_with_the_same_english(kind: str) -> None:
    """A kind without a text here would stay English in the Dutch interface."""
    assert report_text.TEMPLATES[kind] == TEMPLATES[kind]


def test_the_editor_has_no_text_for_a_kind_the_models_do_not_have() -> None:
    assert set(report_text.TEMPLATES) == set(TEMPLATES)
    assert dict(report_text.WORDS) == dict(WORDS)


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_in_english_the_editor_says_what_the_command_line_says(kind: str, british: None) -> None:
    note = sample_note(kind)
    assert report_text.note_text(note) == note.text


def test_an_imports_lines_read_in_the_editor_as_on_the_command_line(british: None) -> None:
    imported = import_data(PAGE.encode(), ".html")
    big = Note("split_paragraph", {"length": 1_099_999, "count": 3})
    assert [report_text.entry_text(e) for e in entries(imported)] == list(imported.report)
    assert report_text.note_text(big) == big.text
    assert "1,099,999 characters" in big.text


class Dutch(QTranslator):
    """A few Dutch texts, without a compiled .qm (the .ts check covers the rest)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = {
            "‘{text}’ became speaker {name}": "‘{text}’ is spreker {name} geworden",
            "‘{text}’ became panel member {name}": "‘{text}’ is panellid {name} geworden",
            "image ‘{image}’ was not fetched (remote: {url}); add it by hand": (
                "afbeelding ‘{image}’ is niet opgehaald (op internet: {url}); voeg haar zelf toe"
            ),
            "the colophon was read: {fields}; credit lines: {credits}": (
                "het colofon is gelezen: {fields}; regels met medewerkers: {credits}"
            ),
            "a paragraph of {length} characters was split into {count} (its bold, italic "
            "and links were dropped)": (
                "een alinea van {length} tekens is in {count} stukken gesplitst (vet, cursief "
                "en links zijn weggelaten)"
            ),
            "organisation": "organisatie",
            "phone": "telefoon",
            "Speakers": "Sprekers",
            "Images": "Afbeeldingen",
        }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return self.texts.get(source, "")


@pytest.fixture
def dutch(qapp: QCoreApplication) -> Iterator[Dutch]:
    translator = Dutch()
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_in_dutch_the_line_its_words_and_its_numbers_are_translated(dutch: Dutch) -> None:
    speaker = Note("panel_member", {"text": "Panel: Piet Jansen", "name": "Piet Jansen"})
    assert report_text.note_text(speaker) == "‘Panel: Piet Jansen’ is panellid Piet Jansen geworden"
    colophon = Note("colophon_read_credits", {"fields": ("organisation", "phone"), "credits": 3})
    assert report_text.note_text(colophon) == (
        "het colofon is gelezen: organisatie, telefoon; regels met medewerkers: 3"
    )
    split = Note("split_paragraph", {"length": 1_099_999, "count": 3})
    assert report_text.note_text(split).startswith("een alinea van 1.099.999 tekens")
    # the command line stays English
    assert colophon.text == "the colophon was read: organisation, phone; credit lines: 3"


def test_a_translation_with_a_broken_placeholder_falls_back_to_english(dutch: Dutch) -> None:
    dutch.texts["‘{text}’ became speaker {name}"] = "‘{tekst}’ is spreker {naam} geworden"
    note = Note("speaker", {"text": "Door Joost Kampen", "name": "Joost Kampen"})
    assert report_text.note_text(note) == "‘Door Joost Kampen’ became speaker Joost Kampen"


def test_a_kind_without_a_text_shows_the_models_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_text, "TEMPLATES", {})
    note = sample_note("flattened")
    assert report_text.note_text(note) == note.text


def report(qtbot: Any, imported: Imported) -> ImportReportDialog:
    dialog = ImportReportDialog("dag.html", imported)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_shows_the_lines_and_groups_translated(qtbot: Any, dutch: Dutch) -> None:
    imported = import_data(PAGE.encode(), ".html")
    rows = report(qtbot, imported).rows()
    assert (
        "Sprekers (1)",
        "‘Door Joost Kampen, taaladviseur’ is spreker Joost Kampen geworden",
        "",
    ) in rows
    assert (
        "Afbeeldingen (1)",
        "afbeelding ‘De zaal’ is niet opgehaald (op internet: https://example.org/zaal.jpg); "
        "voeg haar zelf toe",
        "https://example.org/zaal.jpg",
    ) in rows
    assert "‘Door Joost Kampen, taaladviseur’ became speaker Joost Kampen" in imported.report


def test_in_english_the_dialog_shows_the_command_lines_lines(qtbot: Any, british: None) -> None:
    imported = import_data(PAGE.encode(), ".html")
    rows = report(qtbot, imported).rows()
    assert sorted(text for _group, text, _address in rows) == sorted(imported.report)
