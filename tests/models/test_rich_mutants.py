"""Spans as Podium rich text (models/importing/rich.py): every source character comes out
as itself, emphasis hugs its words, a link stays one link."""

from __future__ import annotations

import pytest

from models import richtext
from models.importing.document import Span
from models.importing.rich import collapse, escape, plain_line, to_rich


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("2 * 3 = 6", r"2 \* 3 = 6"),
        ("snake_case", r"snake\_case"),
        ("[1] bron", r"\[1\] bron"),
        ("C:\\map", "C:\\\\map"),
        ("gewoon (tekst) #1 `x`", "gewoon (tekst) #1 `x`"),
    ],
)
def test_escape_marks_only_the_subsets_characters(text: str, escaped: str) -> None:
    assert escape(text) == escaped


def test_collapse_makes_every_run_of_white_space_one_space() -> None:
    assert collapse("een  twee\n\ndrie\t vier ") == "een twee drie vier "


def test_plain_spans_become_one_escaped_line() -> None:
    spans = (Span("Programma\n"), Span("  *ochtend* "), Span("en_middag"))
    assert to_rich(spans) == r"Programma \*ochtend\* en\_middag"


def test_bold_and_italic_hug_their_words() -> None:
    spans = (
        Span("Volgens "),
        Span(" wethouder ", bold=True),
        Span("El Amrani", italic=True),
        Span(" is het ", bold=True, italic=True),
        Span("urgent."),
    )
    rich = to_rich(spans)
    assert rich == "Volgens **wethouder** *El Amrani* ***is het*** urgent."
    assert richtext.plain_text(rich) == "Volgens wethouder El Amrani is het urgent."


def test_spans_with_the_same_marks_are_one_emphasis() -> None:
    spans = (Span("Wonen ", bold=True), Span("is een", bold=True), Span(" recht"))
    assert to_rich(spans) == "**Wonen is een** recht"


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ({"italic": True}, "*Wonen is een* recht"),
        ({"bold": True, "italic": True}, "***Wonen is een*** recht"),
        ({"href": "https://a.nl"}, "[Wonen is een](https://a.nl) recht"),
    ],
)
def test_spans_with_the_same_marks_keep_them_when_joined(
    marks: dict[str, object], expected: str
) -> None:
    spans = (Span("Wonen ", **marks), Span("is een", **marks), Span(" recht"))  # type: ignore[arg-type]
    assert to_rich(spans) == expected


def test_a_mark_of_only_white_space_is_left_as_space() -> None:
    spans = (Span("een"), Span("   ", bold=True), Span("twee"))
    assert to_rich(spans) == "een twee"


def test_a_link_over_several_spans_stays_one_link() -> None:
    href = "https://www.example.nl/verslag"
    spans = (
        Span("Lees "),
        Span("het ", href=href),
        Span("hele", bold=True, href=href),
        Span(" verslag ", href=href),
        Span("online."),
    )
    assert to_rich(spans) == f"Lees [het **hele** verslag]({href}) online."


def test_two_different_links_side_by_side_stay_two_links() -> None:
    spans = (Span("een", href="https://a.nl"), Span("twee", href="https://b.nl"))
    assert to_rich(spans) == "[een](https://a.nl)[twee](https://b.nl)"


def test_a_link_target_with_spaces_and_brackets_is_encoded() -> None:
    spans = (Span("Nota", href="https://example.nl/nota (def) 2.pdf"),)
    assert to_rich(spans) == "[Nota](https://example.nl/nota%20%28def%29%202.pdf)"


def test_a_link_of_only_white_space_is_a_space() -> None:
    spans = (Span("a"), Span(" ", href="https://a.nl"), Span("b"))
    assert to_rich(spans) == "a b"


def test_control_characters_are_dropped_and_empty_spans_skipped() -> None:
    spans = (Span("\x00\x07"), Span("Wo\x0bnen", bold=True), Span(""), Span("!", bold=True))
    assert to_rich(spans) == "**Wonen!**"


def test_nothing_gives_nothing() -> None:
    assert to_rich(()) == ""
    assert to_rich((Span("  \n "),)) == ""


def test_plain_line_is_the_visible_text_on_one_line() -> None:
    spans = (Span(" Gemeente\nUtrecht "), Span("\x00Stadsplein  1", bold=True))
    assert plain_line(spans) == "Gemeente Utrecht Stadsplein 1"
    assert plain_line(()) == ""


def test_white_space_around_and_between_marks_is_one_space() -> None:
    assert to_rich((Span("  Wonen "), Span(" werken", bold=True), Span("  "))) == (
        "Wonen **werken**"
    )
