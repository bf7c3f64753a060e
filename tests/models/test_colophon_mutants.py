"""Reading a report's colophon (models/importing/colophon.py): which line becomes which
field, credits on one line or two, and what is kept in the note because it fits nowhere."""

from __future__ import annotations

from models.importing.colophon import ColophonFields, parse
from models.importing.notes import Note


def test_a_dutch_colophon_fills_every_field() -> None:
    lines = [
        "",
        "Stichting Ruimte",
        "Herengracht 12, 1015 BZ Amsterdam",
        "Postbus 1234, 1000 AB Amsterdam",
        "T: 020 123 45 67",
        "E: info@ruimte.nl.",
        "W: www.ruimte.nl/",
        "Tekst: Anna de Vries, Bram Jansen en Carla Smit.",
        "Foto's",
        "Dirk Bos & Eva Mol",
        "Versie 2.1",
        "   ",
    ]
    assert parse(lines) == ColophonFields(
        organisation="Stichting Ruimte",
        visiting_address="Herengracht 12, 1015 BZ Amsterdam",
        postal_address="Postbus 1234, 1000 AB Amsterdam",
        phone="020 123 45 67",
        email="info@ruimte.nl",
        website="https://www.ruimte.nl",
        version="2.1",
        credits=[
            ("Tekst", ["Anna de Vries", "Bram Jansen", "Carla Smit"]),
            ("Foto's", ["Dirk Bos", "Eva Mol"]),
        ],
        rest=[],
        guesses=[Note("colophon_organisation", {"text": "Stichting Ruimte"})],
    )


def test_an_english_colophon_with_bare_lines() -> None:
    lines = [
        "The Space Society",
        "10 Downing Street, London SW1A 2AA",
        "PO Box 99",
        "+44 20 7946 0958",
        "press@space.org",
        "https://space.org/reports/",
        "Design:",
        "Frank Green; Gina Hall and Hugo Ives",
        "Version",
        "March 2024",
    ]
    assert parse(lines) == ColophonFields(
        organisation="The Space Society",
        visiting_address="10 Downing Street, London SW1A 2AA",
        postal_address="PO Box 99",
        phone="+44 20 7946 0958",
        email="press@space.org",
        website="https://space.org/reports",
        version="March 2024",
        credits=[("Design", ["Frank Green", "Gina Hall", "Hugo Ives"])],
        guesses=[Note("colophon_organisation", {"text": "The Space Society"})],
    )


def test_prefixed_fields_in_other_spellings() -> None:
    fields = parse(
        [
            "Telefoon: 06-12345678",
            "E-mail: redactie@voorbeeld.nl",
            "Website: http://voorbeeld.nl",
            "Version: 3",
            "Redactie : Iris Kok",
        ]
    )
    assert (fields.phone, fields.email, fields.website, fields.version) == (
        "06-12345678",
        "redactie@voorbeeld.nl",
        "http://voorbeeld.nl",
        "3",
    )
    assert fields.credits == [("Redactie", ["Iris Kok"])]
    assert fields.organisation == "" and fields.rest == [] and fields.guesses == []


def test_a_second_phone_or_address_is_kept_in_the_note() -> None:
    fields = parse(
        [
            "Stichting A",
            "Tel. 020 111 22 33",
            "Tel. 020 444 55 66",
            "info@a.nl",
            "pers@a.nl",
            "Kade 1, 1011 AA Amsterdam",
            "Kade 2, 1011 AB Amsterdam",
        ]
    )
    assert fields.phone == "020 111 22 33"
    assert fields.email == "info@a.nl"
    assert fields.visiting_address == "Kade 1, 1011 AA Amsterdam"
    assert fields.rest == ["Tel. 020 444 55 66", "pers@a.nl", "Kade 2, 1011 AB Amsterdam"]
    assert fields.organisation == "Stichting A"


def test_only_the_first_unknown_line_is_taken_for_the_organisation() -> None:
    fields = parse(["Stichting A", "Met dank aan iedereen", "Tot ziens"])
    assert fields.organisation == "Stichting A"
    assert fields.rest == ["Met dank aan iedereen", "Tot ziens"]
    assert fields.guesses == [Note("colophon_organisation", {"text": "Stichting A"})]


def test_an_unknown_line_after_the_note_started_is_not_the_organisation() -> None:
    long_address = "Kantoor " + "x" * 100 + " 1011 AA Amsterdam"
    fields = parse([long_address, "Stichting B"])
    assert fields.organisation == ""
    assert fields.rest == [long_address, "Stichting B"]
    assert fields.guesses == []


def test_a_first_line_with_a_postcode_is_not_the_organisation() -> None:
    """A line too long for an address, with a postcode, is no organisation's name either."""
    line = "Kantoor " + "x" * 100 + " 1011 AA Amsterdam"
    assert len(line) == 126
    fields = parse([line])
    assert fields.organisation == "" and fields.visiting_address == ""
    assert fields.rest == [line]


def test_an_address_is_at_most_120_characters() -> None:
    line = "Straat " + "y" * 91 + " 12, 1011 AA Amsterdam"
    assert len(line) == 120
    assert parse([line]).visiting_address == line
    assert parse([line + "!"]).visiting_address == ""


def test_a_bare_phone_has_at_least_eight_digits() -> None:
    assert parse(["020 1234 56"]).phone == "020 1234 56"  # nine digits
    assert parse(["12 345 678"]).phone == "12 345 678"  # eight
    seven = parse(["12-345-67 "])
    assert seven.phone == "" and seven.organisation == "12-345-67"


def test_a_role_whose_next_line_is_a_field_is_no_credit() -> None:
    fields = parse(["Tekst", "T: 020 123 45 67"])
    assert fields.credits == []
    assert fields.organisation == "Tekst"
    assert fields.phone == "020 123 45 67"


def test_a_role_on_the_last_line_has_no_names() -> None:
    fields = parse(["info@a.nl", "Fotografie:"])
    assert fields.credits == []
    assert fields.rest == []
    assert fields.organisation == "Fotografie:"


def test_a_version_word_alone_at_the_end_is_no_version() -> None:
    fields = parse(["info@a.nl", "Versie"])
    assert fields.version == ""
    assert fields.organisation == "Versie"
    fields = parse(["info@a.nl", "Versie:", ""])
    assert fields.version == "" and fields.organisation == "Versie:"


def test_a_credit_line_drops_empty_names_and_the_final_full_stop() -> None:
    fields = parse(["Tekst: Anna,, Bram en ."])
    assert fields.credits == [("Tekst", ["Anna", "Bram"])]


def test_lines_are_read_without_their_surrounding_white_space() -> None:
    fields = parse(["  Stichting C  ", "\tinfo@c.nl\t", "  Tekst  ", "  Jan  "])
    assert fields.organisation == "Stichting C"
    assert fields.email == "info@c.nl"
    assert fields.credits == [("Tekst", ["Jan"])]


def test_a_web_address_without_prefix_or_www_is_not_a_website() -> None:
    fields = parse(["info@a.nl", "ruimte.nl"])
    assert fields.website == ""
    assert fields.organisation == "ruimte.nl"
    assert parse(["I: WWW.RUIMTE.NL"]).website == "https://WWW.RUIMTE.NL"
    assert parse(["HTTPS://ruimte.nl."]).website == "HTTPS://ruimte.nl"


def test_a_bare_address_at_the_end_of_a_sentence_loses_its_full_stop() -> None:
    assert parse(["Stichting D", "vragen@d.nl."]).email == "vragen@d.nl"


def test_a_name_in_capitals_keeps_its_last_letter() -> None:
    assert parse(["Vormgeving: Studio MAX."]).credits == [("Vormgeving", ["Studio MAX"])]


def test_addresses_in_capitals_keep_their_last_letter() -> None:
    fields = parse(["EMPRESA SA", "E-MAIL: INFO@EMPRESA.MX.", "WWW.EMPRESA.MX/"])
    assert (fields.email, fields.website) == ("INFO@EMPRESA.MX", "https://WWW.EMPRESA.MX")
    assert parse(["EMPRESA SA", "VENTAS@EMPRESA.MX."]).email == "VENTAS@EMPRESA.MX"


def test_a_second_phone_first_in_the_colophon_goes_to_the_note_not_the_organisation() -> None:
    fields = parse(["T: 030 123 4567", "T: 06 1234 5678", "Gemeente Zeist"])
    assert (fields.phone, fields.organisation) == ("030 123 4567", "")
    assert fields.rest == ["T: 06 1234 5678", "Gemeente Zeist"]
    assert fields.guesses == []


def test_every_second_field_line_is_kept_as_written() -> None:
    lines = [
        "Stichting Ruimte",
        "Herengracht 12, 1015 BZ Amsterdam",
        "Kerkstraat 1, 3511 AA Utrecht",
        "Postbus 1, 1000 AA Amsterdam",
        "Postbus 2, 3500 AA Utrecht",
        "E: a@ruimte.nl",
        "b@ruimte.nl.",
        "www.ruimte.nl",
        "W: https://ruimte.org/",
        "Versie 1",
        "Version: 2",
        "+31 30 123 45 67",
        "+31 6 1234 5678",
    ]
    fields = parse(lines)
    assert fields.rest == [lines[i] for i in (2, 4, 6, 8, 10, 12)]
    assert fields.phone == "+31 30 123 45 67"


def test_the_lines_after_a_two_line_version_are_read_too() -> None:
    fields = parse(["Versie", "2.1", "Tekst: Anna Bakker", "Gemeente Zeist"])
    assert fields.version == "2.1"
    assert fields.credits == [("Tekst", ["Anna Bakker"])]
    assert fields.organisation == "Gemeente Zeist"
