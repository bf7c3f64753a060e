"""Problems and places worded in Dutch and English (models/problem_wording.py,
models/field_wording.py), through the catalogue the command line uses and through a
translator that shows what it was asked."""

from __future__ import annotations

import pytest

from models import field_wording, labels, problem_wording
from models.catalogue import translator
from models.labels import Place, Step
from models.message import Translate
from models.preflight import Finding, Fix
from models.validation import Problem, validate


def asked(context: str, text: str) -> str:
    """A translator that shows the context and source it was asked for."""
    return f"[{context}:{text}]"


@pytest.fixture
def dutch() -> Translate:
    return translator("nl")


def _colophon_email_problem() -> Problem:
    _, problems = validate(
        {"title": "T", "publication_date": "2024-05-01", "colophon": {"email": "geen adres"}}
    )
    (problem,) = problems
    return problem


def test_a_problem_in_the_colophon_is_worded_with_its_place_in_either_language(
    dutch: Translate,
) -> None:
    problem = _colophon_email_problem()
    assert problem_wording.issue_text(problem) == (
        "Colophon: e-mail ‘geen adres’ is not valid: enter an address such as name@example.org"
    )
    assert problem_wording.issue_text(problem, dutch) == (
        "Colofon: e-mail ‘geen adres’ is niet geldig: vul een adres in zoals naam@voorbeeld.nl"
    )


def test_next_to_its_own_field_a_problem_leaves_its_place_out(
    dutch: Translate,
) -> None:
    problem = _colophon_email_problem()
    assert problem_wording.detail_text(problem, dutch) == (
        "E-mail ‘geen adres’ is niet geldig: vul een adres in zoals naam@voorbeeld.nl"
    )


def test_a_broken_translation_of_a_problem_falls_back_to_english_with_or_without_place() -> None:
    problem = _colophon_email_problem()

    def broken(context: str, text: str) -> str:
        return "{veld} is fout" if text == problem_wording.MESSAGES["invalid_email"] else text

    english = "e-mail ‘geen adres’ is not valid: enter an address such as name@example.org"
    assert problem_wording.issue_text(problem, broken) == f"Colophon: {english}"
    assert problem_wording.detail_text(problem, broken) == english[:1].upper() + english[1:]


def test_a_problem_of_a_kind_without_a_text_keeps_the_models_english_with_or_without_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    problem = _colophon_email_problem()
    monkeypatch.delitem(problem_wording.MESSAGES, "invalid_email")
    assert problem_wording.issue_text(problem, asked) == problem.message
    assert problem_wording.detail_text(problem, asked) == problem.detail
    assert problem.message.startswith("Colophon: e-mail")
    assert problem.detail.startswith("E-mail ‘geen adres’")


def _soft_photo(fix: Fix | None) -> Finding:
    params: dict[str, str | int] = {"width": 800, "mm": 150, "dpi": 135, "min": 200}
    params["needed"] = 1181
    return Finding(
        severity="warning",
        loc=("blocks", 0, "body", 1, "images", 0),
        message="(the models' English)",
        code="low_resolution",
        fix=fix,
        kind="low_resolution_fix" if fix else "low_resolution",
        params=params,
        place=Place((Step("section", 1, "Welkom"), Step("figure", 1), Step("image", 1))),
    )


def test_a_soft_photo_is_worded_with_the_fix_on_offer(dutch: Translate) -> None:
    label = "print it at half width (270 dpi)"
    fix = Fix(("blocks", 0, "body", 1, "size"), "half", label, {"dpi": 270})
    finding = _soft_photo(fix)
    assert problem_wording.issue_text(finding) == (
        "Section 1 ‘Welkom’, figure 1, image 1: this image is 800 pixels wide and printed 150 "
        "mm wide, which is 135 dpi; it looks soft on paper below 200 dpi: print it at half "
        "width (270 dpi), or use one at least 1181 pixels wide"
    )
    assert problem_wording.issue_text(finding, dutch) == (
        "Sectie 1 ‘Welkom’, afbeelding 1, foto 1: deze afbeelding is 800 pixels breed en "
        "wordt 150 mm breed gedrukt, dat is 135 dpi; onder 200 dpi ziet ze er op papier "
        "onscherp uit: druk haar af op halve breedte (270 dpi), of gebruik er een van minstens "
        "1181 pixels breed"
    )
    assert problem_wording.detail_text(finding).startswith("This image is 800 pixels wide")


def test_a_soft_photo_without_a_fix_only_asks_for_a_larger_one() -> None:
    assert problem_wording.issue_text(_soft_photo(None)).endswith(
        "below 200 dpi: use one at least 1181 pixels wide"
    )


def test_a_fix_without_its_resolution_or_of_an_unknown_size_keeps_its_own_label(
    dutch: Translate,
) -> None:
    no_dpi = Fix(("blocks", 0, "size"), "half", "print it at half width")
    assert problem_wording.fix_text(no_dpi, dutch) == "print it at half width"
    unknown = Fix(("blocks", 0, "size"), "quarter", "print it smaller", {"dpi": 300})
    assert problem_wording.fix_text(unknown, dutch) == "print it smaller"
    thumb = Fix(("blocks", 0, "size"), "thumbnail", "", {"dpi": 300})
    assert problem_wording.fix_text(thumb, asked) == (
        "[Problems:print it at [Problems:thumbnail size] (300 dpi)]"
    )


def test_a_finding_of_a_kind_without_a_text_keeps_the_models_english() -> None:
    finding = Finding("error", ("title",), "Title: something new", "new_check", kind="new")
    assert problem_wording.issue_text(finding, asked) == "Title: something new"
    assert problem_wording.detail_text(finding, asked) == "Title: something new"


def test_a_translated_message_with_a_broken_placeholder_falls_back_to_english() -> None:
    def broken(context: str, text: str) -> str:
        return "{plaats} heeft geen tekst" if text == "{place} has no text" else text

    finding = Finding(
        "warning",
        ("blocks", 2),
        "",
        "empty_section",
        kind="empty_section",
        place=Place((Step("section", 3, "Leeg"),)),
    )
    assert problem_wording.issue_text(finding, broken) == "Section 3 ‘Leeg’ has no text"


def test_a_finding_about_the_thing_itself_names_it_even_next_to_its_field() -> None:
    finding = Finding(
        "warning",
        ("blocks", 2),
        "",
        "empty_section",
        kind="empty_section",
        place=Place((Step("section", 3, "Leeg"),), "title"),
    )
    assert problem_wording.detail_text(finding) == "Section 3 ‘Leeg’ has no text"
    assert problem_wording.issue_text(finding) == "Section 3 ‘Leeg’ has no text"


def test_steps_and_fields_are_asked_for_in_their_own_contexts() -> None:
    place = Place((Step("colophon"), Step("credit", 2, "Foto")), "email")
    assert problem_wording.place_text(place, asked) == (
        "[Problems:colophon], [Problems:credit] 2 ‘Foto’"
    )
    assert problem_wording.where_text(place, asked) == (
        "[Problems:colophon], [Problems:credit] 2 ‘Foto’, [FieldLabels:E-mail]"
    )
    assert problem_wording.field_text("blocks", asked) == "[Problems:sections and quotes]"
    assert problem_wording.where_text(Place(), asked) == ""


def test_a_step_of_a_kind_with_no_word_is_its_kind_in_words() -> None:
    assert problem_wording.step_text(Step("table_row", 4), asked) == "table row 4"
    assert problem_wording.step_text(Step("table_row", excerpt="Rij"), asked) == (
        "table row (‘Rij’)"
    )


def test_a_fields_label_is_lowercased_unless_it_is_an_abbreviation() -> None:
    labels_in = {
        "Web address": "URL",
        "Title": "Titel",
        "Phone": "T",
        "Speaker": "ID-spreker",
        "Event": "TVuitzending",
    }

    def translate(context: str, text: str) -> str:
        return labels_in.get(text, text)

    assert problem_wording.field_text("url", translate) == "URL"
    assert problem_wording.field_text("title", translate) == "titel"
    assert problem_wording.field_text("phone", translate) == "t"
    assert problem_wording.field_text("speaker_id", translate) == "ID-spreker"
    assert problem_wording.field_text("event", translate) == "TVuitzending"
    assert problem_wording.field_text("made_up_field", translate) == "made up field"


def test_every_step_is_worded_as_the_command_lines_english_says_it() -> None:
    """The editor's words (here) and the English of models.labels name a step the same."""
    kinds = set(labels.STEP_WORDS) | set(problem_wording.STEPS)
    for kind in kinds:
        step = Step(kind, 2)
        assert problem_wording.step_text(step) == labels.step_words(step)
        assert problem_wording.step_text(step, asked) == (f"[Problems:{labels.STEP_WORDS[kind]}] 2")


def test_every_field_is_worded_as_the_command_lines_english_says_it() -> None:
    for field in labels.FIELD_WORDS:
        assert problem_wording.field_text(field) == labels.field_words(field), field


def test_every_kind_of_problem_has_a_dutch_text(dutch: Translate) -> None:
    for kind, source in problem_wording.MESSAGES.items():
        assert dutch(problem_wording.CONTEXT, source) != source, kind


def test_the_words_of_the_forms_go_through_the_translator() -> None:
    assert field_wording.field_label("url", asked) == "[FieldLabels:Web address]"
    assert field_wording.field_label("page_count", asked) == "[FieldLabels:Page count]"
    assert field_wording.item_noun("videos", asked) == "[FieldLabels:video link]"
    assert field_wording.item_noun("rows", asked) == "[FieldLabels:entry]"
    assert field_wording.choice_label(None, asked) == "[FieldLabels:Same as the publication]"
    assert field_wording.choice_label("band", asked) == "[FieldLabels:Title on a colour band]"
    assert field_wording.choice_label(12, asked) == "12"
    assert field_wording.QT_TRANSLATE_NOOP("FieldLabels", "Title") == "Title"


def test_the_forms_words_in_dutch(dutch: Translate) -> None:
    assert field_wording.field_label("url", dutch) == "Webadres"
    assert field_wording.item_noun("takeaways", dutch) == "Kernpunt"  # "{item} verwijderen"
    assert field_wording.choice_label(None, dutch) == "Zoals de publicatie"
    assert field_wording.choice_label("nl", dutch) == "Nederlands"
