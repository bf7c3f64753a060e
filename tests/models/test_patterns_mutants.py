"""The words and shapes the import recognises (models/importing/patterns.py), in Dutch and
English: each pattern on lines it must take and lines it must leave alone."""

from __future__ import annotations

import pytest

from models.importing import patterns as pt
from models.importing.document import Heading, Para, Span


@pytest.mark.parametrize("line", ["Colofon", "colophon:", "IMPRESSUM", "Colofon :"])
def test_colophon_headings(line: str) -> None:
    assert pt.COLOPHON.match(line)


@pytest.mark.parametrize("line", ["Colofon van het verslag", "Over de colofon", "Colofons"])
def test_lines_that_only_mention_a_colophon(line: str) -> None:
    assert not pt.COLOPHON.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Belangrijkste inzichten",
        "belangrijkste punten:",
        "Belangrijkste lessen",
        "Belangrijkste conclusies",
        "Key takeaways",
        "Key points:",
        "KEY INSIGHTS",
        "Takeaways",
        "Tips",
        "In het kort",
        "In brief :",
        "Kernpunten",
        "Samenvatting in punten",
    ],
)
def test_takeaway_headings(line: str) -> None:
    assert pt.TAKEAWAYS.match(line)


@pytest.mark.parametrize("line", ["Tips voor gemeenten", "Belangrijkste", "Tipsy", "Mijn tips"])
def test_headings_that_are_no_takeaways(line: str) -> None:
    assert not pt.TAKEAWAYS.match(line)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Publicatiedatum: 14 maart 2024", "14 maart 2024"),
        ("Publicatie datum 14-03-2024", "14-03-2024"),
        ("Datum: 2024-03-14", "2024-03-14"),
        ("Date: March 14, 2024", "March 14, 2024"),
        ("Published 14 March 2024", "14 March 2024"),
        ("Gepubliceerd op 14 maart 2024", "14 maart 2024"),
        ("Gepubliceerd: 1-2-2023", "1-2-2023"),
        ("Publication date: 2024-03-14", "2024-03-14"),
    ],
)
def test_date_lines_give_the_date_text(line: str, date: str) -> None:
    match = pt.DATE_LINE.match(line)
    assert match is not None
    assert match.group(1) == date


def test_a_line_that_mentions_a_date_later_is_no_date_line() -> None:
    assert not pt.DATE_LINE.match("Op de datum 14 maart kwamen we samen")


@pytest.mark.parametrize(
    "line",
    [
        "Bekijk de video",
        "Watch the recording of the panel",
        "Kijk hier de opname terug",
        "View the webinar",
        "Zie de video van de sessie",
    ],
)
def test_video_labels(line: str) -> None:
    assert pt.VIDEO_LABEL.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "De video is later beschikbaar",
        "Bekijkt u de videoband",
        "Bekijk " + "x" * 61 + " video",
        "Bekijk de presentatie",
    ],
)
def test_lines_that_are_no_video_labels(line: str) -> None:
    assert not pt.VIDEO_LABEL.match(line)


def test_a_video_label_may_have_sixty_characters_between_its_words() -> None:
    assert pt.VIDEO_LABEL.match("Bekijk " + "x" * 58 + " video")
    assert not pt.VIDEO_LABEL.match("Bekijk " + "x" * 59 + " video")


def test_video_hosts() -> None:
    assert pt.VIDEO_HOSTS == ("youtube.com", "youtu.be", "vimeo.com")


@pytest.mark.parametrize(
    "line",
    [
        "Het wachtwoord is ruimte2024",
        "Password: x",
        "Toegangscode 1234",
        "Use access code 9",
        "inlogcode: 5",
    ],
)
def test_access_notes(line: str) -> None:
    assert pt.ACCESS.search(line)


def test_a_word_that_contains_password_is_no_access_note() -> None:
    assert not pt.ACCESS.search("De passwords-app werd besproken")


@pytest.mark.parametrize(
    "text",
    [
        "“Wonen is een grondrecht”",
        '"We moeten samen bouwen"',
        "„Ruimte voor iedereen”",
        "‘Dat was een keerpunt’",
        "'That was the turning point'",
        "«Une phrase citée»",
        "“Een citaat\nover twee regels”",
    ],
)
def test_quoted_text(text: str) -> None:
    assert pt.QUOTED.match(text)


@pytest.mark.parametrize("text", ["“Kort”", "Wonen is een grondrecht", "“Begint maar eindigt niet"])
def test_text_that_is_not_quoted(text: str) -> None:
    assert not pt.QUOTED.match(text)


def test_a_quote_needs_ten_characters_inside() -> None:
    assert pt.QUOTED.match('"' + "a" * 10 + '"')
    assert not pt.QUOTED.match('"' + "a" * 9 + '"')


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("— Jan de Vries", "Jan de Vries"),
        ("– Fatima El Amrani, wethouder", "Fatima El Amrani, wethouder"),
        ("- Piet", "Piet"),
        ("-- Anna", "Anna"),
        ("  —Marieke", "Marieke"),
    ],
)
def test_attribution_dashes(line: str, name: str) -> None:
    match = pt.ATTRIBUTION.match(line)
    assert match is not None
    assert match.group(1) == name


def test_an_attribution_is_at_most_121_characters() -> None:
    assert pt.ATTRIBUTION.match("— " + "a" * 121)
    assert not pt.ATTRIBUTION.match("— " + "a" * 122)
    assert not pt.ATTRIBUTION.match("— ")


@pytest.mark.parametrize(
    "line",
    [
        "Deze publicatie printen",
        "Print this publication",
        "Downloaden als PDF",
        "download as pdf",
        "Delen",
        "Share",
        "Terug",
        "Back",
        "Delen Deze publicatie printen Downloaden als pdf",
        "Share print this publication download as pdf",
    ],
)
def test_page_chrome(line: str) -> None:
    assert pt.PAGE_CHROME.match(line)


@pytest.mark.parametrize(
    "line", ["Delen is vermenigvuldigen", "Terug naar de basis", "Delen Terug"]
)
def test_text_that_is_no_page_chrome(line: str) -> None:
    assert not pt.PAGE_CHROME.match(line)


def test_one_line_joins_words_of_a_single_line() -> None:
    spans = (Span("  Wonen  en "), Span("werken\t", bold=True), Span(" in de stad "))
    assert pt.one_line(spans) == "Wonen en werken in de stad"


def test_one_line_of_several_lines_is_empty() -> None:
    assert pt.one_line((Span("Gemeente Utrecht\nStadsplein 1"),)) == ""
    assert pt.one_line((Span("Eén regel\n"),)) == "Eén regel"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("", False),
        ("A", True),
        ("x" * 150, True),
        ("x" * 151, False),
        ("Wonen in de stad", True),
        ("Wonen in de stad.", False),
        ("Programma:", False),
        ("Eerst dit;", False),
        ("Daarom,", False),
        ("Wat nu?", True),
        (" ".join(["woord"] * 20), True),
        (" ".join(["woord"] * 21), False),
    ],
)
def test_what_looks_like_a_title(text: str, title: bool) -> None:
    assert pt.looks_like_title(text) is title


@pytest.mark.parametrize(
    ("block", "name"),
    [
        (Para((Span("deelnemer symposium"),)), "deelnemer symposium"),
        (Para((Span("— Jan de Vries"),)), "Jan de Vries"),
        (Para((Span("– wethouder Fatima El Amrani "),)), "wethouder Fatima El Amrani"),
        (Para((Span("Jan de Vries"),)), ""),
        (Para((Span("bewoner van de wijk."),)), ""),
        (Para((Span("bewoner van de wijk:"),)), ""),
        (Para((Span("bewoner van de wijk?"),)), ""),
        (Para((Span("bewoner van de wijk!"),)), ""),
        (Para((Span("bewoner van de wijk;"),)), ""),
        (Para((Span("een twee drie vier vijf zes"),)), "een twee drie vier vijf zes"),
        (Para((Span("een twee drie vier vijf zes zeven"),)), ""),
        (Para((Span("a" * 60),)), "a" * 60),
        (Para((Span("a" * 61),)), ""),
        (Para((Span("deelnemer\nsymposium"),)), ""),
        (Para((Span("   "),)), ""),
        (Heading(2, (Span("deelnemer symposium"),)), ""),
        (None, ""),
    ],
)
def test_attribution_lines(block: object, name: str) -> None:
    assert pt.attribution_line(block) == name
