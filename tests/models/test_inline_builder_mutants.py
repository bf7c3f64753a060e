"""Collecting inline text with its marks (models/importing/inline_builder.py), as the
Markdown and HTML readers do: runs with the same marks join, nested marks count."""

from __future__ import annotations

from models.importing.document import Span
from models.importing.inline_builder import Inline


def test_a_new_collector_has_no_marks_and_nothing_pending() -> None:
    inline = Inline()
    assert (inline.bold, inline.italic, inline.links) == (0, 0, [])
    assert not inline.pending()
    assert inline.take() == ()


def test_text_with_the_same_marks_is_one_span() -> None:
    inline = Inline()
    inline.add("Wonen ")
    inline.add("")
    inline.add("is een ")
    inline.add("grondrecht")
    assert inline.take() == (Span("Wonen is een grondrecht"),)


def test_marks_split_the_text_into_spans() -> None:
    inline = Inline()
    inline.add("Volgens ")
    inline.bold += 1
    inline.add("wethouder ")
    inline.italic += 1
    inline.add("El Amrani")
    inline.bold -= 1
    inline.add(" zelf")
    inline.italic -= 1
    inline.links.append("https://example.nl/verslag")
    inline.add("het verslag")
    inline.links.pop()
    inline.add(".")
    assert inline.take() == (
        Span("Volgens "),
        Span("wethouder ", bold=True),
        Span("El Amrani", bold=True, italic=True),
        Span(" zelf", italic=True),
        Span("het verslag", href="https://example.nl/verslag"),
        Span("."),
    )


def test_nested_bold_keeps_the_outer_bold_after_the_inner_closes() -> None:
    inline = Inline()
    inline.bold += 1
    inline.bold += 1
    inline.add("x")
    inline.bold -= 1
    inline.add("y")
    inline.bold -= 1
    inline.add("z")
    assert inline.take() == (Span("xy", bold=True), Span("z"))


def test_a_link_without_an_allowed_target_is_plain_and_the_innermost_link_counts() -> None:
    inline = Inline()
    inline.links.append("https://a.example")
    inline.links.append(None)
    inline.add("kale tekst")
    inline.links.pop()
    inline.add(" gelinkt")
    assert inline.take() == (
        Span("kale tekst"),
        Span(" gelinkt", href="https://a.example"),
    )


def test_take_hands_over_once_and_starts_afresh() -> None:
    inline = Inline()
    inline.add("eerste alinea")
    assert inline.pending()
    assert inline.take() == (Span("eerste alinea"),)
    assert not inline.pending()
    assert inline.take() == ()
    inline.add("tweede")
    assert inline.take() == (Span("tweede"),)


def test_white_space_only_is_not_pending_and_is_taken_as_nothing() -> None:
    inline = Inline()
    inline.add("  \n\t")
    inline.bold += 1
    inline.add(" ")
    assert not inline.pending()
    assert inline.take() == ()
    inline.bold -= 1
    inline.add("tekst")
    assert inline.take() == (Span("tekst"),)


def test_white_space_around_visible_text_is_kept() -> None:
    inline = Inline()
    inline.add(" ")
    inline.italic += 1
    inline.add("x")
    assert inline.pending()
    assert inline.take() == (Span(" "), Span("x", italic=True))
