"""Spelling without Qt: Dutch and English words, what is never checked, the publication's own
words, each text in its own language, and the dictionary kept in the project file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from models import Project, Publication, load, save, spelling
from models.edit import replace_at
from models.project_file import to_json
from models.spelling import WordList, check_publication, check_text, is_known, judge, words

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"


def missed(text: str, language: spelling.Language = "nl", extra: WordList = spelling.NO_WORDS):
    return [miss.word for miss in check_text(text, language, extra)]


def publication(**fields: Any) -> Publication:
    data: dict[str, Any] = {"title": "Verslag", "publication_date": dt.date(2024, 5, 1)}
    return Publication.model_validate({**data, **fields})


@pytest.mark.parametrize(
    "word",
    [
        "klantmanagers",  # a compound, plural
        "schuldhulpverlening",
        "jongerenwerkers",
        "wijkteams",
        "fietsenmakerij",
        "gemeentes",
        "gewerkt",  # inflections
        "werkte",
        "Participatiewet",  # a name the dictionary has with its capital
        "auto’s",  # a typographic apostrophe reads as a straight one
        "e-mailadres",
    ],
)
def test_dutch_words_compounds_and_inflections_are_known(word: str) -> None:
    assert is_known(word, "nl")


def test_misspelt_words_are_found_where_they_are() -> None:
    text = "Een fuot in de tekst en nog een fuoten."
    assert check_text(text, "nl") == [
        spelling.Miss("fuot", 4, 8),
        spelling.Miss("fuoten", 32, 38),
    ]


def test_english_is_checked_in_british_spelling() -> None:
    assert missed("The organisation chose a colour for its practitioners.", "en") == []
    assert missed("This is Englsh.", "en") == ["Englsh"]
    assert missed("De organisatie", "en") == ["De", "organisatie"]


def test_markup_addresses_numbers_and_acronyms_are_not_checked() -> None:
    text = (
        "Mail iemand@fuotbedrijf.nl, kijk op www.fuotje.nl of https://x.nl/fuotje; "
        "[de tekst](https://voorbeeld.nl/fuotje) in A4 (2024), de 3e keer, COVID en "
        "MKB-bedrijven, d.w.z. bijv. dr. Jansen, o.a. *schuin* _ook_ **vet** x fuot"
    )
    assert missed(text) == ["fuot"]
    assert [word for _, _, word in words("a b2 UWV _vet_ [link](https://a.b/c)")] == [
        "vet",
        "link",
    ]


def test_a_hyphenated_word_is_known_when_its_parts_are() -> None:
    assert missed("Het Divosa-symposium") == ["Divosa-symposium"]
    assert missed("Het Divosa-symposium", extra=WordList(["Divosa"])) == []


def test_project_words_keep_their_capitals_and_lowercase_ones_start_sentences() -> None:
    extra = WordList(["Divosa", "webinar"])
    assert missed("Divosa en divosa", extra=extra) == ["divosa"]
    assert missed("Webinar en webinar", extra=extra) == []
    assert extra == WordList(["webinar", "Divosa"]) and hash(extra) == hash(WordList(extra.words))
    assert "x" not in spelling.NO_WORDS and 3 not in extra


def test_judge_waits_for_a_lookup_that_has_not_answered() -> None:
    answers: dict[str, bool | None] = {"gemeente": True, "fuot": False, "bijv.": None}
    lookup = answers.get
    none = spelling.NO_WORDS
    assert judge("gemeente", none, "", lookup) is True
    assert judge("onbekend", none, "", lookup) is None  # not asked yet
    assert judge("fuot", none, "", lookup) is False
    assert judge("bijv", none, ".", lambda word: False if word == "bijv" else None) is None
    assert judge("fuot-gemeente", none, "", lambda w: answers.get(w, False)) is False
    assert (
        judge(
            "gemeente-onbekend",
            none,
            "",
            lambda w: True if w == "gemeente" else (None if w == "onbekend" else False),
        )
        is None
    )
    assert judge("gemeente-gemeente", none, "", lambda w: w == "gemeente") is True


def test_suggestions_are_spelt_right() -> None:
    assert "fout" in spelling.suggestions("fuot", "nl")
    assert spelling.suggestions("Englsh", "en")[0] == "English"


def test_the_dictionaries_load_once_and_remember_their_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    speller = spelling.speller("nl")
    assert spelling.speller("nl") is speller and spelling.is_loaded("nl")
    monkeypatch.setattr(spelling, "_CACHED_WORDS", 1)
    assert speller.known("huis") and speller.known("tuin") and not speller.known("fuot")
    assert len(speller._known) == 1  # the memory started again


def test_speaker_names_organisations_and_the_publisher_are_known() -> None:
    pub = publication(
        publisher="Stichting Woordvlijt",
        speakers=[{"id": "a", "name": "Quirijn Zwanenburgh-Oyelaran", "organisation": "Xyloquant"}],
        colophon={
            "organisation": "Bureau Tekstuur",
            "credits": [{"role": "Tekst", "names": ["Jip Vlaskamp"]}],
        },
        intro=[
            "Quirijn Zwanenburgh-Oyelaran van Xyloquant sprak namens Woordvlijt; "
            "Oyelaran en Tekstuur en Vlaskamp ook."
        ],
    )
    assert check_publication(pub) == []


def test_every_text_is_checked_in_its_own_language() -> None:
    pub = publication(
        language="nl",
        intro=[
            "Een gewone alinea.",
            {"kind": "paragraph", "text": "An English paragraph.", "language": "en"},
        ],
        blocks=[
            {"kind": "section", "id": "s", "title": "Workshop", "language": "en",
             "body": ["The participants met.",
                      {"kind": "heading", "text": "Een kop", "language": "nl"}]},
            {"kind": "part", "id": "p", "title": "Morning", "language": "en",
             "blocks": [{"kind": "quote", "id": "q", "text": "We learnt a lot."}]},
        ],
    )  # fmt: skip
    assert check_publication(pub, suggest=False) == []
    assert spelling.language_at(pub, ("blocks", 1, "blocks", 0, "text")) == "en"
    assert spelling.language_at(pub, ("blocks", 0, "body", 1, "text")) == "nl"
    assert spelling.language_at(pub, ("intro", 0, "text")) == "nl"
    assert spelling.language_at(pub, ("blocks", 9, "title")) == "nl"
    english = replace_at(pub, ("language",), "en")
    found = {(f.word, f.language) for f in check_publication(english, suggest=False)}
    assert found == {("Een", "en"), ("gewone", "en"), ("alinea", "en"), ("Verslag", "en")}


def test_settings_addresses_and_the_review_are_not_checked() -> None:
    pub = publication(
        colophon={"phone": "fuot", "visiting_address": "Fuotstraat 1", "version": "fuot"},
        review={"comments": [{"id": "c", "anchor": {"kind": "publication"}, "author": "fuot",
                              "text": "fuot", "time": "2024-05-01T10:00:00+00:00"}]},
        dictionary=["Fuoten"],
    )  # fmt: skip
    assert check_publication(pub) == []


def test_findings_say_where_the_word_is_and_what_it_may_have_been() -> None:
    pub = publication(
        blocks=[{"kind": "section", "id": "s", "title": "Opening", "body": ["Een fuot."]}],
        key_takeaways={"items": ["Nog een fuot"]},
    )
    findings = check_publication(pub)
    assert [(f.where, f.word) for f in findings] == [
        ("Key takeaways, takeaway 1", "fuot"),
        ("Section 1 ‘Opening’, paragraph 1", "fuot"),
    ]
    assert "fout" in findings[0].suggestions
    assert findings[1].loc == ("blocks", 0, "body", 0, "text")


def test_added_words_are_kept_sorted_once_and_validated() -> None:
    pub = spelling.with_word(publication(), "Xyloquant")
    pub = spelling.with_word(spelling.with_word(pub, "anders"), "Xyloquant")
    assert pub.dictionary == ("anders", "Xyloquant")
    with pytest.raises(ValidationError):
        spelling.with_word(pub, "twee woorden")
    with pytest.raises(ValidationError):
        spelling.with_word(pub, "x" * 101)


def test_the_dictionary_survives_saving_and_the_sample_has_few_false_alarms(
    tmp_path: Path,
) -> None:
    project = load(SAMPLE)
    assert project.publication.dictionary == ()
    assert b'"dictionary"' not in to_json(project)  # left out while empty
    words_before = [f.word for f in check_publication(project.publication, suggest=False)]
    assert len(words_before) <= 5, words_before
    pub = project.publication
    for word in words_before:
        pub = spelling.with_word(pub, word)
    save(Project(pub, project.assets), tmp_path / "p.podium")
    again = load(tmp_path / "p.podium").publication
    assert again.dictionary == pub.dictionary
    assert b'"dictionary": [' in to_json(Project(pub, project.assets))
    assert check_publication(again) == []


def test_adding_a_word_does_not_undo_an_approval() -> None:
    from models.review import content_changed

    pub = publication(intro=["Een alinea."])
    assert not content_changed(pub, spelling.with_word(pub, "Xyloquant"))
    assert content_changed(pub, replace_at(pub, ("intro", 0, "text"), "Anders."))
