"""Spelling, exactly: which words are looked at, how a word is judged (its dot, its hyphens,
the publication's own words), what a dictionary remembers, which fields hold prose, and where
a finding says it is. The dictionaries are the real Dutch and British ones."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from models import Publication, spelling
from models.language import Language
from models.spelling import (
    NO_WORDS,
    Finding,
    Miss,
    Speller,
    WordList,
    check_publication,
    check_text,
    is_known,
    is_prose_field,
    judge,
    language_at,
    project_words,
    texts,
    with_word,
    words,
)

ASSET = "assets/" + "0" * 64 + ".png"


@pytest.fixture(autouse=True)
def _forget_answers() -> Iterator[None]:
    """The shared dictionaries remember answers: each test asks them afresh."""
    for speller in spelling._spellers.values():
        speller._known.clear()
        speller._suggestions.clear()
    yield


def publication(**fields: Any) -> Publication:
    data: dict[str, Any] = {"title": "Verslag", "publication_date": dt.date(2024, 5, 1)}
    return Publication.model_validate({**data, **fields})


def found(text: str, language: Language = "nl", extra: WordList = NO_WORDS) -> list[str]:
    return [miss.word for miss in check_text(text, language, extra)]


class Counting:
    """A dictionary that knows the words given, and counts what it was asked."""

    def __init__(self, known: set[str], suggestions: tuple[str, ...] = ()) -> None:
        self.known = known
        self.offered = suggestions
        self.spelt: list[str] = []
        self.suggested: list[str] = []

    def spell(self, word: str) -> bool:
        self.spelt.append(word)
        return word in self.known

    def suggest(self, word: str) -> tuple[str, ...]:
        self.suggested.append(word)
        return self.offered


# -- which words are looked at ---------------------------------------------------------------


def test_words_are_found_with_their_places() -> None:
    assert list(words("Een fuot, en nog één.")) == [
        (0, 3, "Een"),
        (4, 8, "fuot"),
        (10, 12, "en"),
        (13, 16, "nog"),
        (17, 20, "één"),
    ]


def test_a_two_letter_word_is_checked_and_a_one_letter_word_is_not() -> None:
    assert [w for _, _, w in words("a b xq")] == ["xq"]
    assert found("a b xq") == ["xq"]


def test_acronyms_in_capitals_and_words_with_digits_are_not_checked() -> None:
    assert [w for _, _, w in words("UWV Uwv A4 4e b2b covid19 Xq")] == ["Uwv", "Xq"]


def test_joined_words_stay_one_word() -> None:
    text = "auto’s it's e-mail o.a. x_y fuot-woord"
    assert [w for _, _, w in words(text)] == ["auto’s", "it's", "e-mail", "o.a", "fuot-woord"]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("zie [fuot](https://fuot.nl/fuot) nu", ["zie", "fuot", "nu"]),
        ("zie [fuot](fuotpagina nu", ["zie", "fuot"]),  # a target still being typed
        ("op https://fuot.nl/fuot nu", ["op", "nu"]),
        ("op HTTP://FUOT.NL/fuot nu", ["op", "nu"]),
        ("op http://fuot.nl nu", ["op", "nu"]),
        ("op ftp://fuot.nl/fuot nu", ["op", "nu"]),
        ("op mailto:fuot@fuot.nl nu", ["op", "nu"]),
        ("op www.fuot.nl/fuot nu", ["op", "nu"]),
        ("op WWW.fuot.nl nu", ["op", "nu"]),
        ("mail fuot@fuot.nl nu", ["mail", "nu"]),
        ("mail (fuot@fuot.nl) nu", ["mail", "nu"]),
        ("mail <fuot@fuot.nl> nu", ["mail", "nu"]),
        ("mail [fuot@fuot.nl] nu", ["mail", "nu"]),
        ("fuot @ fuot", ["fuot", "fuot"]),  # an at sign alone is no address
        ("ftp fuot http fuot", ["ftp", "fuot", "http", "fuot"]),
    ],
)
def test_link_targets_and_addresses_are_never_checked(text: str, left: list[str]) -> None:
    assert [w for _, _, w in words(text)] == left


def test_an_address_keeps_the_places_of_the_words_after_it() -> None:
    text = "zie https://x.nl/lang/pad en fuot"
    assert list(words(text))[-1] == (29, 33, "fuot")
    assert text[29:33] == "fuot"
    assert check_text(text, "nl") == [Miss("fuot", 29, 33)]


# -- the publication's own words --------------------------------------------------------------


def test_an_added_lowercase_word_is_known_capitalised_and_a_capitalised_one_only_as_written() -> (
    None
):
    extra = WordList(["fuot", "Divosa", "McFuot"])
    assert "fuot" in extra and "Fuot" in extra and "FUOT" in extra
    assert "Divosa" in extra and "divosa" not in extra and "DIVOSA" not in extra
    assert "McFuot" in extra and "mcfuot" not in extra
    assert 3 not in extra and None not in extra
    assert extra.words == frozenset({"fuot", "Divosa", "McFuot"})


def test_word_lists_are_equal_by_their_words() -> None:
    assert WordList(["a", "b"]) == WordList(["b", "a", "a"])
    assert WordList(["a"]) != WordList(["A"])
    assert WordList(["a"]) != frozenset({"a"})
    assert hash(WordList(["a", "b"])) == hash(frozenset({"a", "b"}))
    assert WordList() == NO_WORDS and "a" not in NO_WORDS


def test_the_publications_own_words_come_from_its_people_publisher_colophon_and_dictionary() -> (
    None
):
    pub = publication(
        publisher="Stichting Woordvlijt",
        speakers=[
            {"id": "a", "name": "Quirijn Zwanenburgh-Oyelaran", "organisation": "Xyloquant"},
            {"id": "b", "name": "Bo Fuotsma"},
        ],
        colophon={
            "organisation": "Bureau Tekstuur",
            "credits": [{"role": "Tekstrol", "names": ["Jip Vlaskamp", "Ko Kwelder"]}],
        },
        dictionary=["wegwerpwoord"],
    )
    assert project_words(pub).words == frozenset(
        {
            "Stichting",
            "Woordvlijt",
            "Quirijn",
            "Zwanenburgh-Oyelaran",
            "Zwanenburgh",
            "Oyelaran",
            "Xyloquant",
            "Bo",
            "Fuotsma",
            "Bureau",
            "Tekstuur",
            "Jip",
            "Vlaskamp",
            "Ko",
            "Kwelder",
            "wegwerpwoord",
        }
    )


# -- judging one word ---------------------------------------------------------------------------


def test_judge_takes_an_own_word_or_a_word_with_dots_without_asking() -> None:
    asked: list[str] = []

    def lookup(word: str) -> bool:
        asked.append(word)
        return False

    assert judge("fuot", WordList(["fuot"]), "", lookup) is True
    assert judge("fuot.nl", NO_WORDS, "", lookup) is True
    assert asked == []
    assert judge("fuot", NO_WORDS, "", lookup) is False
    assert asked == ["fuot"]


def test_judge_asks_with_a_straight_apostrophe() -> None:
    asked: list[str] = []

    def lookup(word: str) -> bool:
        asked.append(word)
        return True

    assert judge("auto’s", NO_WORDS, "", lookup) is True
    assert asked == ["auto's"]


def test_a_word_before_a_dot_may_be_an_abbreviation_with_its_dot() -> None:
    abbreviations = {"bijv.": True}
    lookup = abbreviations.get
    assert judge("bijv", NO_WORDS, ".", lambda w: abbreviations.get(w, False)) is True
    assert judge("bijv", NO_WORDS, ",", lambda w: abbreviations.get(w, False)) is False
    assert judge("bijv", NO_WORDS, "", lambda w: abbreviations.get(w, False)) is False
    assert judge("fuot", NO_WORDS, ".", lambda w: False) is False
    # the word without its dot not answered yet: wait
    assert judge("bijv", NO_WORDS, ".", lookup) is None
    # the word itself known: its dot is never asked about
    asked: list[str] = []

    def known(word: str) -> bool:
        asked.append(word)
        return True

    assert judge("huis", NO_WORDS, ".", known) is True
    assert asked == ["huis"]


def test_a_hyphenated_word_is_judged_by_its_parts() -> None:
    dictionary = {"gemeente": True, "huis": True}

    def lookup(word: str) -> bool | None:
        return dictionary.get(word, False)

    assert judge("gemeente-huis", NO_WORDS, "", lookup) is True
    assert judge("gemeente-fuot", NO_WORDS, "", lookup) is False
    assert judge("fuot-gemeente", NO_WORDS, "", lookup) is False
    assert judge("MKB-huis", NO_WORDS, "", lookup) is True  # an acronym part
    assert judge("x-huis", NO_WORDS, "", lookup) is True  # a one-letter part
    assert judge("gemeente--huis", NO_WORDS, "", lookup) is True  # an empty part
    assert judge("Divosa-huis", WordList(["Divosa"]), "", lookup) is True
    assert judge("Divosa-huis", NO_WORDS, "", lookup) is False
    assert judge("fuot", NO_WORDS, "", lookup) is False  # no hyphen: no parts
    assert judge("huis-xq", NO_WORDS, "", lookup) is False  # a two-letter part is looked up
    assert judge("huis-X", NO_WORDS, "", lookup) is True


def test_a_hyphenated_word_waits_for_a_part_not_answered_yet_unless_another_is_wrong() -> None:
    answers: dict[str, bool | None] = {"huis": True, "later": None}

    def lookup(word: str) -> bool | None:
        return answers.get(word, False)

    assert judge("huis-later", NO_WORDS, "", lookup) is None
    assert judge("later-fuot", NO_WORDS, "", lookup) is False
    assert judge("fuot-later", NO_WORDS, "", lookup) is False


def test_is_known_needs_a_sure_yes() -> None:
    assert is_known("huis", "nl") is True
    assert is_known("fuot", "nl") is False
    assert is_known("fuot", "nl", WordList(["fuot"])) is True
    assert is_known("bijv", "nl") is False
    assert is_known("bijv", "nl", after=".") is True


def test_a_text_passes_the_character_after_each_word() -> None:
    assert found("Zie bijv. dit en bijv dat, dr. Jansen en dr Jansen.") == ["bijv", "dr"]
    assert check_text("Dat is bijv", "nl") == [Miss("bijv", 7, 11)]


def test_each_language_has_its_own_dictionary() -> None:
    assert found("The colour of the house.", "en") == []
    assert found("The color of the house.", "en") == ["color"]
    assert found("Het huis is groot.", "nl") == []
    assert found("Het huis is groot.", "en") == ["Het", "huis", "groot"]
    assert spelling.DICTIONARIES == {"nl": "nl", "en": "en_GB"}


# -- what a dictionary remembers ---------------------------------------------------------------


def test_a_word_is_asked_of_the_dictionary_once() -> None:
    speller = Speller("en")
    fake = Counting({"house"})
    speller._hunspell = fake
    assert speller.known("house") is True
    assert speller.known("house") is True
    assert speller.known("hoose") is False
    assert speller.known("hoose") is False
    assert fake.spelt == ["house", "hoose"]


def test_the_memory_starts_again_when_it_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    speller = Speller("en")
    speller._hunspell = fake = Counting({"a1", "a2", "a3"})
    monkeypatch.setattr(spelling, "_CACHED_WORDS", 2)
    assert speller.known("a1") and speller.known("a2")
    assert speller.known("a1")  # two remembered: the limit, not past it
    assert fake.spelt == ["a1", "a2"]
    assert speller.known("a3")  # a third: the memory starts again
    assert speller.known("a1")
    assert fake.spelt == ["a1", "a2", "a3", "a1"]


def test_suggestions_are_the_best_five_and_asked_once() -> None:
    speller = Speller("en")
    offered = ("one", "two", "three", "four", "five", "six", "seven")
    speller._hunspell = fake = Counting(set(), offered)
    assert speller.suggest("fuot") == offered[:5]
    assert speller.suggest("fuot") == offered[:5]
    assert fake.suggested == ["fuot"]
    assert spelling.MAX_SUGGESTIONS == 5


def test_no_suggestions_are_remembered_too() -> None:
    speller = Speller("en")
    speller._hunspell = fake = Counting(set(), ())
    assert speller.suggest("qqq") == ()
    assert speller.suggest("qqq") == ()
    assert fake.suggested == ["qqq"]


def test_suggestions_are_asked_with_a_straight_apostrophe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    speller = Speller("en")
    speller._hunspell = fake = Counting(set(), ("cars",))
    monkeypatch.setattr(spelling, "_spellers", {"en": speller})
    assert spelling.suggestions("car’s", "en") == ("cars",)
    assert fake.suggested == ["car's"]


def test_real_suggestions_come_best_first() -> None:
    assert spelling.suggestions("Englsh", "en")[0] == "English"
    assert len(spelling.suggestions("teh", "en")) == 5


def test_a_speller_knows_its_language_and_reads_its_dictionary() -> None:
    english = Speller("en")
    assert english.language == "en"
    assert english.known("colour") is True and english.known("Colour") is True
    assert english.known("colr") is False
    assert english.suggest("organisaton")[0] == "organisation"
    assert spelling.speller("nl").language == "nl"


def test_each_language_is_loaded_once_and_shared() -> None:
    first = spelling.speller("en")
    assert spelling.speller("en") is first
    assert spelling.is_loaded("en")
    assert spelling.speller("nl") is not first


def test_a_language_not_loaded_yet_is_loaded_at_its_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spelling, "_spellers", {})
    assert not spelling.is_loaded("en")
    loaded = spelling.speller("en")
    assert spelling.is_loaded("en") and not spelling.is_loaded("nl")
    assert spelling._spellers == {"en": loaded}
    assert spelling.speller("en") is loaded


def test_two_threads_loading_a_language_at_once_share_one_dictionary(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The second thread misses the dictionary while the first is loading it, and waits."""
    second_asked = threading.Event()

    class Slow:
        def __init__(self, language: str) -> None:
            assert second_asked.wait(10)  # the second thread has looked and found nothing

    class Watched(dict[str, object]):
        def get(self, key: str, default: object = None) -> object:
            answer = super().get(key, default)
            if threading.current_thread().name == "second":
                second_asked.set()
            return answer

    monkeypatch.setattr(spelling, "Speller", Slow)
    monkeypatch.setattr(spelling, "_spellers", Watched())
    results: dict[str, object] = {}

    def load(name: str) -> None:
        results[name] = spelling.speller("en")

    first = threading.Thread(target=load, args=("first",), name="first")
    first.start()
    second = threading.Thread(target=load, args=("second",), name="second")
    second.start()
    first.join(10)
    second.join(10)
    assert isinstance(results["first"], Slow)
    assert results["second"] is results["first"]


# -- which fields hold prose --------------------------------------------------------------------


SKIPPED = [
    "id",
    "asset",
    "url",
    "email",
    "website",
    "phone",
    "visiting_address",
    "postal_address",
    "version",
    "honorific",
    "connector",
    "credit",
    "speaker_id",
    "language",
    "theme",
    "review",
    "dictionary",
]


@pytest.mark.parametrize("name", SKIPPED)
def test_settings_addresses_and_identifiers_are_not_prose(name: str) -> None:
    assert not is_prose_field(name)


@pytest.mark.parametrize("name", ["title", "text", "name", "role", "organisation", "caption"])
def test_texts_a_reader_reads_are_prose(name: str) -> None:
    assert is_prose_field(name)


def test_only_prose_is_read_from_a_publication() -> None:
    pub = publication(
        subtitle="Ondertitel",
        language="nl",
        publisher="Uitgever",
        speakers=[
            {
                "id": "fuot",
                "name": "Naam",
                "honorific": "fuotdr",
                "connector": "fuotbij",
                "role": "Rol",
                "portrait": {"asset": ASSET, "alt": "Portret", "credit": "Fuotograaf"},
            }
        ],
        blocks=[
            {
                "kind": "quote",
                "id": "q",
                "text": "Citaat",
                "speaker_id": "fuot",
            },
            {
                "kind": "section",
                "id": "s",
                "title": "Sectie",
                "videos": [{"label": "Opname", "url": "https://fuot.nl"}],
            },
        ],
        colophon={
            "organisation": "Organisatie",
            "visiting_address": "Fuotstraat 1",
            "postal_address": "Postbus fuot",
            "phone": "fuot",
            "email": "fuot@fuot.nl",
            "website": "https://fuot.nl",
            "version": "fuot",
        },
        theme={"logo": {"asset": ASSET, "alt": "Logo"}},
        dictionary=["Fuotwoord"],
    )
    assert [(loc, text) for loc, text, _ in texts(pub)] == [
        (("title",), "Verslag"),
        (("subtitle",), "Ondertitel"),
        (("publisher",), "Uitgever"),
        (("blocks", 0, "text"), "Citaat"),
        (("blocks", 1, "title"), "Sectie"),
        (("blocks", 1, "videos", 0, "label"), "Opname"),
        (("speakers", 0, "name"), "Naam"),
        (("speakers", 0, "role"), "Rol"),
        (("speakers", 0, "portrait", "alt"), "Portret"),
        (("colophon", "organisation"), "Organisatie"),
    ]


# -- languages and where a finding is -----------------------------------------------------------


def test_a_text_in_another_language_is_read_in_that_language() -> None:
    pub = publication(
        language="en",
        intro=[
            "English first.",
            {"kind": "paragraph", "text": "Dan Nederlands.", "language": "nl"},
        ],
    )
    assert [(loc, language) for loc, _, language in texts(pub)] == [
        (("title",), "en"),
        (("intro", 0, "text"), "en"),
        (("intro", 1, "text"), "nl"),
    ]


def test_the_language_at_a_place_is_the_nearest_one_set_on_the_way() -> None:
    pub = publication(
        language="nl",
        blocks=[
            {"kind": "section", "id": "s", "title": "Sectie", "language": "en",
             "body": ["One.", {"kind": "paragraph", "text": "Twee.", "language": "nl"}]},
            {"kind": "quote", "id": "q", "text": "Citaat."},
        ],
    )  # fmt: skip
    assert language_at(pub, ()) == "nl"
    assert language_at(pub, ("blocks", 0, "title")) == "en"
    assert language_at(pub, ("blocks", 0, "body", 0, "text")) == "en"
    assert language_at(pub, ("blocks", 0, "body", 1, "text")) == "nl"
    assert language_at(pub, ("blocks", 1, "text")) == "nl"
    assert language_at(pub, ("blocks", 2, "text")) == "nl"  # past the end
    assert language_at(pub, ("blocks", -1, "text")) == "nl"  # no counting from the end
    assert language_at(pub, ("title", 0)) == "nl"  # not a list
    assert language_at(pub, (0,)) == "nl"
    english = publication(language="en", blocks=[{"kind": "quote", "id": "q", "text": "A."}])
    assert language_at(english, ("blocks", 0, "text")) == "en"
    assert language_at(english, ("blocks", 5, "text")) == "en"
    assert language_at(english, ("nergens", "dieper")) == "en"


def test_a_finding_names_its_place_field_word_language_and_suggestions() -> None:
    pub = publication(
        title="Een fuot",
        blocks=[{"kind": "quote", "id": "q", "text": "Nog een fuot.", "attribution": "Fuot"}],
    )
    findings = check_publication(pub, suggest=False)
    assert [(f.loc, f.where, f.word, f.language, f.suggestions) for f in findings] == [
        (("title",), "Title", "fuot", "nl", ()),
        (("blocks", 0, "text"), "Quote 1 (‘Nog een fuot.’), text", "fuot", "nl", ()),
        (("blocks", 0, "attribution"), "Quote 1 (‘Nog een fuot.’), attribution", "Fuot", "nl", ()),
    ]


def test_a_finding_offers_what_the_word_may_have_been_in_its_language() -> None:
    pub = publication(language="en", title="An Englsh title")
    assert check_publication(pub) == [
        Finding(("title",), "Title", "Englsh", "en", spelling.suggestions("Englsh", "en"))
    ]
    assert check_publication(pub)[0].suggestions[0] == "English"


def test_a_finding_in_a_list_entry_has_no_field_and_starts_with_a_capital() -> None:
    pub = publication(key_takeaways={"items": ["Een fuot en een fuoten"]})
    findings = check_publication(pub, suggest=False)
    assert [(f.where, f.word, f.suggestions) for f in findings] == [
        ("Key takeaways, takeaway 1", "fuot", ()),
        ("Key takeaways, takeaway 1", "fuoten", ()),
    ]


def test_a_publication_without_unknown_words_has_no_findings() -> None:
    assert check_publication(publication(intro=["Een gewone zin."])) == []


def test_an_added_word_is_sorted_without_regard_to_case_once() -> None:
    pub = publication()
    for word in ["beta", "Alfa", "alfa", "Gamma", "beta"]:
        pub = with_word(pub, word)
    assert pub.dictionary == ("Alfa", "alfa", "beta", "Gamma")
    assert check_publication(with_word(publication(title="Fuot"), "fuot")) == []
