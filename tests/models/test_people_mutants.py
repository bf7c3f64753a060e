"""Bylines into people (models/importing/people.py): every lead word and its role, names
told from roles by capitals, honorifics, particles, the connector between role and
organisation, the limits at N and N+1, ids, and the registry that merges a name seen again."""

from __future__ import annotations

import pytest

from models.importing.people import Named, Registry, byline, slug


def _one(text: str, language: str = "nl", *, bare: bool = False) -> Named:
    found = byline(text, language, bare=bare)
    assert found is not None and len(found) == 1, found
    return found[0][0]


# ---------------------------------------------------------------------------- lead words


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Door Joost Kampen", "speaker"),
        ("by Joost Kampen", "speaker"),
        ("DOOR Joost Kampen", "speaker"),
        ("Spreker: Joost Kampen", "speaker"),
        ("Sprekers : Joost Kampen", "speaker"),
        ("Speaker:Joost Kampen", "speaker"),
        ("Speakers: Joost Kampen", "speaker"),
        ("Presentatie: Joost Kampen", "speaker"),
        ("Presented by: Joost Kampen", "speaker"),
        ("Moderator: Joost Kampen", "moderator"),
        ("Moderatie: Joost Kampen", "moderator"),
        ("Gespreksleider: Joost Kampen", "moderator"),
        ("Dagvoorzitter: Joost Kampen", "moderator"),
        ("Chair: Joost Kampen", "moderator"),
        ("Panel: Joost Kampen", "panel"),
        ("Panelleden: Joost Kampen", "panel"),
        ("Panellists: Joost Kampen", "panel"),
        ("Panelists: Joost Kampen", "panel"),
        ("In het panel: Joost Kampen", "panel"),
        ("Interviewer: Joost Kampen", "interviewer"),
        ("Interviewer Joost Kampen", "interviewer"),
        ("Interview door Joost Kampen", "interviewer"),
        ("Interviewed by: Joost Kampen", "interviewer"),
        ("Met dank aan Joost Kampen", "thanks"),
        ("With thanks to: Joost Kampen", "thanks"),
        ("Dank aan: Joost Kampen", "thanks"),
    ],
)
def test_each_lead_word_names_people_in_its_role(line: str, role: str) -> None:
    assert byline(line, "nl") == [(Named(name="Joost Kampen"), role)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n \n",
        "Joost Kampen",
        "Doorgaans Joost Kampen",
        "Door",
        "Moderator Joost Kampen",
        "Door joost kampen",
        "Door Joost Kampen\nzomaar een zin",
        "Door Jan Jansen en zomaar iemand",
        "Door , adviseur",
    ],
)
def test_text_that_is_no_byline_is_none(text: str) -> None:
    assert byline(text, "nl") is None


def test_every_line_of_a_byline_names_its_own_people() -> None:
    text = "  Door Jan Jansen  \n\n \nModerator: Piet Puk\nPanel: Ans, Bert en Cees"
    assert byline(text, "nl") == [
        (Named("Jan Jansen"), "speaker"),
        (Named("Piet Puk"), "moderator"),
        (Named("Ans"), "panel"),
        (Named("Bert"), "panel"),
        (Named("Cees"), "panel"),
    ]


def test_a_byline_of_600_characters_is_read_and_one_more_is_not() -> None:
    text = "Door Jan Jansen"
    assert byline(text.ljust(600), "nl") == [(Named("Jan Jansen"), "speaker")]
    assert byline(text.ljust(601), "nl") is None


# ---------------------------------------------------------------------------- bare bylines


@pytest.mark.parametrize(
    ("line", "language", "role", "connector", "organisation"),
    [
        ("Jan Jansen, adviseur bij Gemeente", "nl", "adviseur", None, "Gemeente"),
        ("Jan Jansen, adviseur aan de VU", "nl", "adviseur", "aan", "de VU"),
        ("Jan Jansen, lid van de Raad", "nl", "lid", "van", "de Raad"),
        ("Jan Jansen, adviser at the Board", "en", "adviser", None, "the Board"),
        ("Jan Jansen, member of the Board", "en", "member", "of", "the Board"),
        ("Jan Jansen, adviser bij the Board", "en", "adviser", "bij", "the Board"),
        ("Jan Jansen, adviseur at Gemeente", "nl", "adviseur", "at", "Gemeente"),
    ],
)
def test_a_bare_byline_is_a_name_and_a_role_at_an_organisation(
    line: str, language: str, role: str, connector: str | None, organisation: str
) -> None:
    expected = Named("Jan Jansen", role=role, organisation=organisation, connector=connector)
    assert byline(line, language, bare=True) == [(expected, "speaker")]
    assert byline(line, language) is None


@pytest.mark.parametrize(
    "line",
    [
        "Jan Jansen adviseur bij Gemeente",
        "de heer, adviseur bij Gemeente",
        "Jan Jansen, adviseur bij Gemeente.",
        "Jan Jansen, adviseur bij Gemeente?",
        "Jan Jansen, adviseur bij Gemeente!",
        "Jan Jansen, adviseur Gemeente",
        "Jan Jansen, adviseur bijGemeente",
    ],
)
def test_a_line_that_is_not_name_comma_role_connector_is_no_bare_byline(line: str) -> None:
    assert byline(line, "nl", bare=True) is None


def test_a_lead_word_still_sets_the_role_of_a_bare_byline() -> None:
    assert byline("Moderator: Jan Jansen", "nl", bare=True) == [(Named("Jan Jansen"), "moderator")]


# ---------------------------------------------------------------------------- names and roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Door Dr. Albert Jan Kruiter, medeoprichter bij het Instituut voor Publieke Waarden",
            Named(
                "Albert Jan Kruiter",
                honorific="Dr.",
                role="medeoprichter",
                organisation="het Instituut voor Publieke Waarden",
            ),
        ),
        ("Spreker: prof. dr. Marcel Veenswijk", Named("Marcel Veenswijk", honorific="prof. dr.")),
        ("Door dr. Albert Jan Kruiter", Named("Albert Jan Kruiter", honorific="dr.")),
        ("Door prof. dr. Albert Jan Kruiter", Named("Albert Jan Kruiter", honorific="prof. dr.")),
        ("Door Prof Jansen", Named("Jansen", honorific="Prof")),
        (
            "Door mr. drs. Jan van der Berg, directeur",
            Named("Jan van der Berg", honorific="mr. drs.", role="directeur"),
        ),
        (
            "Door afdelingsmanager Willemijn de Groot",
            Named("Willemijn de Groot", role="afdelingsmanager"),
        ),
        (
            "Door teamleider Participatie Marco Webeling",
            Named("Marco Webeling", role="teamleider Participatie"),
        ),
        (
            "Door teamleider Participatie Willemijn de Groot",
            Named("Willemijn de Groot", role="teamleider Participatie"),
        ),
        ("Door hoogleraar prof. Jansen", Named("Jansen", honorific="prof.", role="hoogleraar")),
        (
            "Door emeritus hoogleraar prof. dr. Jan de Vries",
            Named("Jan de Vries", honorific="prof. dr.", role="emeritus hoogleraar"),
        ),
        ("Door Jan 't Hart.", Named("Jan 't Hart")),
        ("Door Joost Kampen, taaladviseur", Named("Joost Kampen", role="taaladviseur")),
        (
            "By Jane Doe, researcher at the University of Utrecht",
            Named(
                "Jane Doe",
                role="researcher",
                organisation="the University of Utrecht",
                connector="at",  # not the usual word of a Dutch publication: kept
            ),
        ),
        ("Door Jan Jansen, Gemeente Utrecht", Named("Jan Jansen", organisation="Gemeente Utrecht")),
        ("Door Jan Jansen, adviseur utrecht", Named("Jan Jansen", role="adviseur utrecht")),
        (
            "Door teamleider Jan Jansen, Gemeente Utrecht",
            Named("Jan Jansen", role="teamleider", organisation="Gemeente Utrecht", connector=""),
        ),
        ("Door teamleider Jan Jansen, adviseur", Named("Jan Jansen", role="teamleider")),
    ],
)
def test_a_byline_tells_the_name_from_honorific_role_and_organisation(
    text: str, expected: Named
) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    "particle", ["van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t"]
)
def test_a_particle_belongs_to_the_name(particle: str) -> None:
    assert _one(f"Door Jan {particle} Berg") == Named(f"Jan {particle} Berg")
    assert _one(f"Door adviseur Jan {particle} Berg") == Named(
        f"Jan {particle} Berg", role="adviseur"
    )


@pytest.mark.parametrize(
    "word",
    [
        "gemeente",
        "provincie",
        "ministerie",
        "universiteit",
        "stichting",
        "instituut",
        "bureau",
        "het",
        "de",
        "municipality",
        "university",
        "the",
    ],
)
def test_what_follows_the_comma_is_an_organisation_when_its_first_word_says_so(word: str) -> None:
    assert _one(f"Door Jan Jansen, {word} utrecht") == Named(
        "Jan Jansen", organisation=f"{word} utrecht"
    )


@pytest.mark.parametrize(
    ("rest", "role", "connector", "organisation"),
    [
        ("a van b bij C", "a van b", None, "C"),
        ("a van b aan C", "a van b", "aan", "C"),
        ("a of b at C", "a of b", "at", "C"),
        ("a of b van C", "a of b", "van", "C"),
        ("a aan b bij C", "a aan b", None, "C"),
        ("a at b van C", "a", "at", "b van C"),
        ("adviseur bij", "adviseur bij", None, ""),
        ("bij Gemeente", "bij Gemeente", None, ""),
        ("adviseur bij bij Gemeente", "adviseur", None, "bij Gemeente"),
    ],
)
def test_the_first_connector_in_order_of_preference_splits_role_and_organisation(
    rest: str, role: str, connector: str | None, organisation: str
) -> None:
    assert _one(f"Door Jan Jansen, {rest}") == Named(
        "Jan Jansen", role=role, organisation=organisation, connector=connector
    )


def test_the_usual_connector_is_the_languages_own_and_any_is_kept_elsewhere() -> None:
    line = "Door Jan Jansen, adviseur {} Gemeente"
    assert _one(line.format("bij"), "nl").connector is None
    assert _one(line.format("bij"), "en").connector == "bij"
    assert _one(line.format("at"), "en").connector is None
    assert _one(line.format("at"), "nl").connector == "at"
    assert _one(line.format("bij"), "fr").connector == "bij"
    assert _one(line.format("at"), "fr").connector == "at"


def test_a_note_in_brackets_is_kept_for_one_person_only() -> None:
    assert _one("Door Jan Jansen ( foto's: Piet ).") == Named("Jan Jansen", note="foto's: Piet")
    assert byline("Door Jan Jansen en Piet Puk (foto's)", "nl") == [
        (Named("Jan Jansen"), "speaker"),
        (Named("Piet Puk"), "speaker"),
    ]


def test_a_note_of_300_characters_is_kept_and_a_longer_one_is_no_byline() -> None:
    assert _one(f"Door Jan Jansen ({'x' * 300})").note == "x" * 300
    assert byline(f"Door Jan Jansen ({'x' * 301})", "nl") is None
    assert byline("Door Jan Jansen ()", "nl") is None


@pytest.mark.parametrize("separator", [" en ", " and ", " & ", "; ", " ;"])
def test_people_are_separated_by_and_or_a_semicolon(separator: str) -> None:
    assert byline(f"Door Jan Jansen{separator}Piet Puk, adviseurs bij Gemeente", "nl") == [
        (Named("Jan Jansen", role="adviseurs", organisation="Gemeente"), "speaker"),
        (Named("Piet Puk", role="adviseurs", organisation="Gemeente"), "speaker"),
    ]


def test_three_or_more_names_separated_by_commas_are_so_many_people() -> None:
    assert byline("Panel: Ans Bakker, Bert Smit en Cees Dijk", "nl") == [
        (Named("Ans Bakker"), "panel"),
        (Named("Bert Smit"), "panel"),
        (Named("Cees Dijk"), "panel"),
    ]
    # Two: the comma is the one between a name and what the person does.
    assert byline("Panel: Ans, Bert", "nl") == [(Named("Ans", organisation="Bert"), "panel")]
    # A part that is a role and a name is not a list of names.
    assert byline("Panel: Ans, Bert en teamleider Cees", "nl") == [
        (Named("Ans", organisation="Bert en teamleider Cees"), "panel")
    ]


def test_names_with_an_honorific_in_a_list_of_names_are_so_many_people() -> None:
    assert byline("Panel: Ans Bakker, Bert Smit en Dr. Cees Dijk", "nl") == [
        (Named("Ans Bakker"), "panel"),
        (Named("Bert Smit"), "panel"),
        (Named("Cees Dijk", honorific="Dr."), "panel"),
    ]
    assert byline("Panelists: prof. Amira Haddad; Lena Vogel & Tomás García", "en") == [
        (Named("Amira Haddad", honorific="prof."), "panel"),
        (Named("Lena Vogel"), "panel"),
        (Named("Tomás García"), "panel"),
    ]


def test_a_list_of_twelve_names_is_read_and_of_thirteen_is_not() -> None:
    names = [f"Naam{chr(65 + i)} Achternaam" for i in range(13)]
    found = byline("Panel: " + ", ".join(names[:11]) + " en " + names[11], "nl")
    assert found is not None and [p.name for p, _ in found] == names[:12]
    assert byline("Panel: " + ", ".join(names[:12]) + " en " + names[12], "nl") is None


def test_twelve_people_sharing_a_role_are_read_and_thirteen_are_not() -> None:
    names = " en ".join(f"Naam{chr(65 + i)}" for i in range(12))
    found = byline(f"Door {names}, adviseurs bij Divosa", "nl")
    assert found is not None and len(found) == 12
    assert all(p.role == "adviseurs" and p.organisation == "Divosa" for p, _ in found)
    assert byline(f"Door {names} en NaamZ, adviseurs bij Divosa", "nl") is None


def test_twelve_people_before_the_comma_are_read_and_thirteen_are_not() -> None:
    twelve = " en ".join(f"dr. Naam{chr(65 + i)}" for i in range(12))
    found = byline(f"Door {twelve}", "nl")
    assert found is not None
    assert [person.name for person, _role in found] == [f"Naam{chr(65 + i)}" for i in range(12)]
    assert all(person.honorific == "dr." for person, _role in found)
    assert byline(f"Door {twelve} en dr. NaamZ", "nl") is None


def test_a_person_of_twelve_words_is_read_and_thirteen_words_are_not() -> None:
    role = " ".join(["rol"] * 10)
    assert _one(f"Door {role} Jan Jansen") == Named("Jan Jansen", role=role)
    assert byline(f"Door rol {role} Jan Jansen", "nl") is None


def test_a_name_of_eight_words_is_read_and_nine_words_are_not() -> None:
    eight = " ".join(f"N{letter}" for letter in "abcdefgh")
    assert _one(f"Door {eight}") == Named(eight)
    assert byline(f"Door {eight} Ni", "nl") is None


@pytest.mark.parametrize(
    "text",
    ["Door prof. dr.", "Door Jan Jansen2", "Door Jan 2 Jansen, adviseur bij X", "Door Jan jansen"],
)
def test_no_name_no_byline(text: str) -> None:
    found = byline(text, "nl")
    assert found is None or all(person.name != "Jan Jansen" for person, _role in found)


# ---------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Joost Kampen", "joost-kampen"),
        ("Zoë Ørsted-Ünal", "zoe-rsted-unal"),
        ("  prof. dr. J.  de Vries ", "prof-dr-j-de-vries"),
        ("123 Jan", "p-123-jan"),
        ("12", "p-12"),
        ("J. de Vries", "j-de-vries"),
        ("a" * 60, "a" * 48),
        ("ab " + "c" * 44 + " d", "ab-" + "c" * 44),
    ],
)
def test_an_id_is_the_name_in_lower_case_ascii_words(name: str, expected: str) -> None:
    assert slug(name) == expected


@pytest.mark.parametrize("name", ["李小龙", "---", ""])
def test_a_name_without_latin_letters_or_digits_is_a_speaker(name: str) -> None:
    assert slug(name) == "speaker"


# ---------------------------------------------------------------------------- the registry


def test_a_new_person_becomes_a_speaker_with_everything_the_byline_says() -> None:
    registry = Registry()
    person = Named("Jan Jansen", "dr.", "adviseur", "Gemeente", "aan", "ook fotograaf")
    assert registry.add(person) == "jan-jansen"
    (speaker,) = registry.speakers
    assert speaker.model_dump(exclude={"portrait"}) == {
        "id": "jan-jansen",
        "name": "Jan Jansen",
        "honorific": "dr.",
        "role": "adviseur",
        "organisation": "Gemeente",
        "connector": "aan",
        "note": "ook fotograaf",
    }
    assert registry.find("Jan Jansen") == "jan-jansen"
    assert registry.find("  jan   JANSEN ") == "jan-jansen"
    assert registry.find("Piet Puk") is None


def test_a_name_seen_again_is_the_same_person_filled_in_by_the_later_byline() -> None:
    registry = Registry()
    registry.add(Named("Piet Puk"))
    first = registry.add(Named("Jan Jansen", role="adviseur"))
    again = registry.add(Named("jan  jansen", "dr.", "directeur", "Gemeente", "aan", "fotograaf"))
    assert again == first == "jan-jansen"
    assert [s.id for s in registry.speakers] == ["piet-puk", "jan-jansen"]
    speaker = registry.speakers[1]
    assert speaker.name == "Jan Jansen"
    assert speaker.honorific == "dr."
    assert speaker.role == "adviseur"  # what was known first stays
    assert speaker.organisation == "Gemeente"
    assert speaker.connector is None  # belongs with the role that was kept
    assert speaker.note == "fotograaf"


def test_a_later_byline_gives_the_connector_with_the_role_it_gives() -> None:
    registry = Registry()
    registry.add(Named("Jan Jansen", note="eerst"))
    registry.add(Named("Jan Jansen", "prof.", "lid", "de Raad", "van", "later"))
    speaker = registry.speakers[0]
    assert (speaker.honorific, speaker.role, speaker.organisation) == ("prof.", "lid", "de Raad")
    assert speaker.connector == "van"
    assert speaker.note == "eerst"
    registry.add(Named("Jan Jansen", "dr.", "voorzitter", "het Bestuur", "bij", "nog later"))
    assert registry.speakers[0] == speaker


def test_different_people_with_the_same_id_are_numbered() -> None:
    registry = Registry()
    assert registry.add(Named("Jan Jansen")) == "jan-jansen"
    assert registry.add(Named("Jan-Jansen")) == "jan-jansen-2"
    assert registry.add(Named("Jan Jansen.")) == "jan-jansen-3"
    assert registry.add(Named("JAN-JANSEN")) == "jan-jansen-2"
    assert len(registry.speakers) == 3
    assert registry.find("Jan Jansen.") == "jan-jansen-3"


def test_a_comma_with_nothing_after_it_adds_nothing() -> None:
    assert _one("Door Jan Jansen,") == Named("Jan Jansen")


def test_a_role_may_begin_with_its_connector_word() -> None:
    assert _one("Door Jan Jansen, of counsel of the Firm", "en") == Named(
        "Jan Jansen", role="of counsel", organisation="the Firm", connector="of"
    )


def test_a_name_after_an_honorific_must_begin_with_a_capital() -> None:
    assert byline("dr. jansen Kampen, adviseur bij Gemeente", "nl", bare=True) is None
    assert byline("dr. Jan Kampen, adviseur bij Gemeente", "nl", bare=True) == [
        (
            Named("Jan Kampen", honorific="dr.", role="adviseur", organisation="Gemeente"),
            "speaker",
        )
    ]


def test_an_honorific_before_and_after_a_role_are_joined() -> None:
    assert _one("Door hoogleraar prof. Dr. Jansen") == Named(
        "Jansen", honorific="prof. Dr.", role="hoogleraar"
    )


def test_a_bare_byline_takes_its_name_before_the_first_comma() -> None:
    assert byline("Jan Jansen, adviseur bij Gemeente, Utrecht", "nl", bare=True) == [
        (Named("Jan Jansen", role="adviseur", organisation="Gemeente, Utrecht"), "speaker")
    ]


def test_only_a_final_full_stop_is_dropped() -> None:
    assert _one("By Jan Jansen, engineer at SpaceX.", "en") == Named(
        "Jan Jansen", role="engineer", organisation="SpaceX"
    )


def test_a_name_of_honorifics_alone_is_no_name() -> None:
    assert byline("Door hoogleraar van Prof Dr.", "nl") is None
    assert byline("Door teamleider de Prof Ma", "nl") is None
