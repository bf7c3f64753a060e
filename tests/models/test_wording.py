"""Problems, places and field names worded by any translator (models/problem_wording.py,
models/field_wording.py): the command line's catalogue and the editor's Qt share these."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from models import field_wording, problem_wording
from models.labels import Place, Step
from models.preflight import Fix, preflight
from models.project import Project
from models.publication import Publication
from models.validation import validate

DUTCH: Mapping[tuple[str, str], str] = {
    ("Problems", "section"): "sectie",
    ("Problems", "quote"): "citaat",
    ("Problems", "text"): "tekst",
    ("Problems", "half width"): "halve breedte",
    ("Problems", "print it at {size} ({dpi} dpi)"): "druk af op {size} ({dpi} dpi)",
    ("Problems", "{field} must not be empty"): "{field} mag niet leeg zijn",
    ("Problems", "{place} has no text"): "{place} heeft geen tekst",
    ("FieldLabels", "Title"): "Titel",
    ("FieldLabels", "E-mail"): "E-mail",
    ("FieldLabels", "takeaway"): "kernpunt",
    ("FieldLabels", "entry"): "item",
    ("FieldLabels", "Same as the publication"): "Zoals de publicatie",
    ("FieldLabels", "Narrow"): "Smal",
}


def dutch(context: str, text: str) -> str:
    return DUTCH.get((context, text), text)


def broken(context: str, text: str) -> str:
    """A translation whose placeholders are misspelt."""
    return "{fout}" if "{" in text else text


def test_a_step_is_its_word_number_and_name() -> None:
    assert (
        problem_wording.step_text(Step("section", 3, name="Welkom"), dutch) == "sectie 3 ‘Welkom’"
    )
    assert problem_wording.step_text(Step("quote", excerpt="Zo is het"), dutch) == (
        "citaat (‘Zo is het’)"
    )
    assert problem_wording.step_text(Step("made_up", 2)) == "made up 2"


def test_a_place_names_its_steps_in_order_and_then_its_field() -> None:
    place = Place((Step("section", 3), Step("quote", 1)), "text")
    assert problem_wording.place_text(place, dutch) == "sectie 3, citaat 1"
    assert problem_wording.where_text(place, dutch) == "Sectie 3, citaat 1, tekst"
    assert problem_wording.where_text(Place((), "title"), dutch) == "Titel"


@pytest.mark.parametrize(
    ("name", "english", "in_dutch"),
    [
        ("", "", ""),
        ("text", "text", "tekst"),  # a word of the problems' own table
        ("title", "title", "titel"),  # the form's label, lowercased
        ("email", "e-mail", "e-mail"),
        ("made_up_field", "made up field", "made up field"),  # a damaged file's: as it is
    ],
)
def test_a_field_is_named_as_its_form_labels_it(name: str, english: str, in_dutch: str) -> None:
    assert problem_wording.field_text(name) == english
    assert problem_wording.field_text(name, dutch) == in_dutch


def test_a_fix_is_worded_with_its_size_and_resolution() -> None:
    fix = Fix(("blocks", 0), "half", "print it at half width (203 dpi)", {"dpi": 203})
    assert problem_wording.fix_text(fix) == "print it at half width (203 dpi)"
    assert problem_wording.fix_text(fix, dutch) == "druk af op halve breedte (203 dpi)"
    assert problem_wording.fix_text(fix, broken) == "print it at half width (203 dpi)"
    odd = Fix(("blocks", 0), "huge", "make it huge", {})
    assert problem_wording.fix_text(odd, dutch) == "make it huge"


def test_a_validation_problem_is_worded_whole_and_without_its_place() -> None:
    _, problems = validate({"title": "", "publication_date": "2024-05-01"})
    (problem,) = problems
    assert problem_wording.issue_text(problem) == problem.message == "Title must not be empty"
    assert problem_wording.issue_text(problem, dutch) == "Titel mag niet leeg zijn"
    assert problem_wording.detail_text(problem, dutch) == "Titel mag niet leeg zijn"
    assert problem.worded(dutch) == "Titel mag niet leeg zijn"
    assert problem_wording.issue_text(problem, broken) == "Title must not be empty"


def test_a_finding_is_worded_with_its_place_and_as_str_with_its_severity() -> None:
    publication = Publication.model_validate(
        {
            "title": "T",
            "publication_date": "2024-05-01",
            "blocks": [{"kind": "section", "id": "s", "title": "Leeg"}],
        }
    )
    (finding,) = [f for f in preflight(Project(publication)) if f.kind == "empty_section"]
    assert problem_wording.issue_text(finding) == "Section 1 ‘Leeg’ has no text"
    assert problem_wording.issue_text(finding, dutch) == "Sectie 1 ‘Leeg’ heeft geen tekst"
    assert finding.worded(dutch) == f"{finding.severity}: Sectie 1 ‘Leeg’ heeft geen tekst"


def test_a_kind_without_a_text_keeps_the_models_english(monkeypatch: pytest.MonkeyPatch) -> None:
    _, problems = validate({"title": "", "publication_date": "2024-05-01"})
    (problem,) = problems
    monkeypatch.delitem(problem_wording.MESSAGES, problem.kind)  # type: ignore[attr-defined]
    assert problem_wording.issue_text(problem, dutch) == problem.message
    assert problem_wording.detail_text(problem, dutch) == problem.detail


def test_field_labels_nouns_and_choices() -> None:
    assert field_wording.field_label("title", dutch) == "Titel"
    assert field_wording.field_label("made_up_field") == "Made up field"
    assert field_wording.item_noun("items", dutch) == "kernpunt"
    assert field_wording.item_noun("made_up", dutch) == "item"
    assert field_wording.choice_label(None, dutch) == "Zoals de publicatie"
    assert field_wording.choice_label("narrow", dutch) == "Smal"
    assert field_wording.choice_label("made_up") == "made_up"
    assert field_wording.english("Any", "text") == "text"
