"""Problems in the user's language: every message key, place and field the models can
produce has a translatable text, with the command line's English as its source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import resources
from editor import problem_text
from models import field_wording, load
from models.edit import replace_at
from models.labels import FIELD_WORDS, STEP_WORDS, Place, Step
from models.preflight import FIX_MESSAGE, SIZE_WORDS, preflight
from models.preflight import MESSAGES as FINDINGS
from models.project import Project
from models.validation import MESSAGES as PROBLEMS
from models.validation import validate

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
PLACEHOLDER = re.compile(r"\{\w*\}")


@pytest.mark.parametrize("kind", sorted({*PROBLEMS, *FINDINGS}))
def test_every_message_kind_has_an_editor_text_with_the_same_english(kind: str) -> None:
    """A kind without a text here would stay English in the Dutch interface."""
    english = PROBLEMS.get(kind) or FINDINGS[kind]
    assert problem_text.MESSAGES[kind] == english


def test_the_editor_has_no_text_for_a_kind_the_models_do_not_have() -> None:
    assert set(problem_text.MESSAGES) == {*PROBLEMS, *FINDINGS}


def test_every_place_and_field_has_an_editor_word() -> None:
    assert {k: problem_text.STEPS[k] for k in STEP_WORDS} == dict(STEP_WORDS)
    for name, english in FIELD_WORDS.items():
        assert problem_text.field_text(name) == english, name
    assert {k: problem_text.SIZES[k] for k in SIZE_WORDS} == dict(SIZE_WORDS)
    assert problem_text.FIX == FIX_MESSAGE


def test_the_field_words_are_the_forms_labels() -> None:
    """One name per field: the problem says "e-mail" where the form says "E-mail"."""
    for name, label in field_wording.LABELS.items():
        if name in FIELD_WORDS and name not in problem_text.FIELDS:
            assert FIELD_WORDS[name] == label[:1].lower() + label[1:], name


def grey_sample() -> Project:
    project = load(SAMPLE)
    publication = replace_at(project.publication, ("theme", "primary_colour"), "#777777")
    publication = replace_at(publication, ("blocks", 2, "attribution"), "")
    publication = replace_at(publication, ("blocks", 3, "body"), [])
    return project.with_publication(publication)


def test_in_english_the_editor_says_what_the_command_line_says() -> None:
    findings = preflight(grey_sample())
    assert [f.kind for f in findings] == ["contrast", "contrast", "no_attribution", "empty_section"]
    assert [problem_text.issue_text(f) for f in findings] == [f.message for f in findings]
    _, problems = validate(
        {"title": "T", "publication_date": "2024-05-01", "colophon": {"email": "x@"}}
    )
    assert [problem_text.issue_text(p) for p in problems] == [p.message for p in problems]
    assert [problem_text.detail_text(p) for p in problems] == [
        "E-mail ‘x@’ is not valid: enter an address such as name@example.org"
    ]


class Dutch(QTranslator):
    """A few Dutch texts, without a compiled .qm (the .ts check covers the rest)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = {
            "{place} has no attribution: readers do not see who said it": (
                "{place} heeft geen toeschrijving: lezers zien niet wie het zei"
            ),
            "{place} has no text": "{place} heeft geen tekst",
            "{field} ‘{value}’ is not valid: enter an address such as name@example.org": (
                "{field} ‘{value}’ is niet geldig: vul een adres in zoals naam@voorbeeld.nl"
            ),
            "quote": "citaat",
            "section": "sectie",
            "colophon": "colofon",
            "E-mail": "E-mail",
        }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return self.texts.get(source, "")


@pytest.fixture
def dutch(qapp: QCoreApplication) -> Iterator[Dutch]:
    translator = Dutch()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_in_dutch_the_place_and_the_message_are_translated(dutch: Dutch) -> None:
    findings = preflight(grey_sample())
    assert problem_text.issue_text(findings[2]) == (
        "Citaat 2 (‘Onze professionals zijn heel…’) heeft geen toeschrijving: lezers zien niet "
        "wie het zei"
    )
    assert problem_text.issue_text(findings[3]) == (
        "Sectie 2 ‘Uit de praktijk gegrepen: de…’ heeft geen tekst"
    )
    _, problems = validate(
        {"title": "T", "publication_date": "2024-05-01", "colophon": {"email": "x@"}}
    )
    assert problem_text.issue_text(problems[0]) == (
        "Colofon: e-mail ‘x@’ is niet geldig: vul een adres in zoals naam@voorbeeld.nl"
    )


def test_a_translation_with_a_broken_placeholder_falls_back_to_english(dutch: Dutch) -> None:
    dutch.texts["{place} has no text"] = "{plaats} heeft geen tekst"
    finding = preflight(grey_sample())[3]
    assert (
        problem_text.issue_text(finding) == "Sectie 2 ‘Uit de praktijk gegrepen: de…’ has no text"
    )


def test_a_kind_without_a_text_shows_the_models_english() -> None:
    finding = preflight(grey_sample())[3]
    unknown = replace(finding, kind="", message="Section 2: something new")
    assert problem_text.issue_text(unknown) == "Section 2: something new"


def test_a_place_on_its_own_reads_with_its_field() -> None:
    """Find and replace's "Where" column: the steps, then the field, first letter raised."""
    assert problem_text.where_text(Place((Step("section", 3, "Welkom"), Step("paragraph", 2)))) == (
        "Section 3 ‘Welkom’, paragraph 2"
    )
    assert problem_text.where_text(Place((Step("colophon"),), "email")) == "Colophon, e-mail"
    assert problem_text.where_text(Place((), "title")) == "Title"
    assert problem_text.where_text(Place((Step("speaker", None, "Jansen"),), "name")) == (
        "Speaker ‘Jansen’, name"
    )


def test_a_place_on_its_own_is_translated(dutch: Dutch) -> None:
    dutch.texts.update({"paragraph": "alinea", "Title": "Titel"})
    assert problem_text.where_text(Place((Step("section", 3, "Welkom"), Step("paragraph", 2)))) == (
        "Sectie 3 ‘Welkom’, alinea 2"
    )
    assert problem_text.where_text(Place((Step("colophon"),), "email")) == "Colofon, e-mail"
    assert problem_text.where_text(Place((), "title")) == "Titel"
