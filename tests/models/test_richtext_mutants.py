"""The inline markup of every text field (models/richtext.py): which marks become bold,
italic and links, which link targets are allowed, the message for one that is not, and the
bound on how much of a text is parsed as markup."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from models import richtext
from models.richtext import (
    MAX_MARKS,
    RichTextError,
    Span,
    check,
    is_allowed_link,
    parse_inline,
    plain_text,
    split_markup,
)


@pytest.fixture(autouse=True)
def _empty_caches() -> Iterator[None]:
    richtext._cached_parse_inline.cache_clear()
    richtext._link_problem.cache_clear()
    yield


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org",
        "http://example.org/a?b=c#d",
        "HTTPS://EXAMPLE.ORG",
        "  https://example.org/pad  ",
        "mailto:anna@example.org",
        "MailTo:anna@example.org",
    ],
)
def test_web_and_mail_addresses_are_allowed(url: str) -> None:
    assert is_allowed_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://example.org",
        "file:///etc/passwd",
        "data:text/html,x",
        "example.org",
        "/relative/path",
        "https://",
        "https:///path-only",
        "http://exa mple.org",
        "https://example.org/a\tb",
        "mailto:anna@example.org\nBcc:all@example.org",
        "mailto:anna@example.org\r\nSubject:x",
        "mailto:anna @example.org",
        "https://example.org/\x00",
        "https://example.org/\u200b",
        "mailto:anna",
        "mailto:",
        "http://[::1",
        "",
    ],
)
def test_other_addresses_are_refused(url: str) -> None:
    assert not is_allowed_link(url)


def test_marks_become_spans() -> None:
    assert parse_inline("a *i* _j_ **b** __c__ [l](https://x.nl) \\*lit\\*") == (
        Span("a "),
        Span("i", italic=True),
        Span(" "),
        Span("j", italic=True),
        Span(" "),
        Span("b", bold=True),
        Span(" "),
        Span("c", bold=True),
        Span(" "),
        Span("l", href="https://x.nl"),
        Span(" *lit*"),
    )


def test_nested_marks_close_in_order() -> None:
    assert parse_inline("***bi** i* [**b** *i*](mailto:a@b.nl) t") == (
        Span("bi", bold=True, italic=True),
        Span(" i", italic=True),
        Span(" "),
        Span("b", bold=True, href="mailto:a@b.nl"),
        Span(" ", href="mailto:a@b.nl"),
        Span("i", italic=True, href="mailto:a@b.nl"),
        Span(" t"),
    )


def test_a_mark_inside_the_same_mark_keeps_the_rest_marked() -> None:
    assert parse_inline("**a **b** c** d") == (Span("a b c", bold=True), Span(" d"))
    assert parse_inline("*a *b* c* d") == (Span("a b c", italic=True), Span(" d"))


def test_a_refused_link_keeps_its_text_without_a_target() -> None:
    assert parse_inline("zie [hier](javascript:alert(1)) nu") == (Span("zie hier nu"),)


def test_raw_html_is_text_and_an_escaped_line_break_is_a_space() -> None:
    assert parse_inline("<b>x</b>\nregel\\\ntwee") == (Span("<b>x</b>\nregel twee"),)


def test_an_empty_text_has_no_spans() -> None:
    assert parse_inline("") == ()
    assert plain_text("") == ""


def test_plain_text_drops_the_marks() -> None:
    assert plain_text("**Vet** en [link](https://x.nl) \\_") == "Vet en link _"


def test_a_forbidden_link_is_named_in_the_message() -> None:
    with pytest.raises(RichTextError) as caught:
        check("ok [a](https://a.nl) en [b](ftp://b.nl) en [c](file:c)")
    assert str(caught.value) == (
        "link target 'ftp://b.nl' is not allowed: use an http://, https:// or mailto: address"
    )
    assert caught.value.target == "ftp://b.nl"


def test_allowed_links_and_no_links_pass_the_check() -> None:
    check("[a](https://a.nl) [m](mailto:x@y.nl) tekst *zonder* link")
    check("")


def test_a_rich_text_error_without_a_target_has_an_empty_one() -> None:
    assert RichTextError("reden").target == ""


def test_a_long_text_is_checked_too() -> None:
    text = "x" * 20_000 + " [a](javascript:x)"
    with pytest.raises(RichTextError) as caught:
        check(text)
    assert caught.value.target == "javascript:x"


def test_texts_up_to_the_cache_limit_are_cached_and_longer_ones_are_not() -> None:
    at_limit = "*a*" + "b" * 19_997
    assert len(at_limit) == 20_000
    over = at_limit + "c"
    assert parse_inline(at_limit) == (Span("a", italic=True), Span("b" * 19_997))
    assert parse_inline(over) == (Span("a", italic=True), Span("b" * 19_997 + "c"))
    assert richtext._cached_parse_inline.cache_info().currsize == 1
    check(at_limit)
    check(over)
    assert richtext._link_problem.cache_info().currsize == 1


def test_a_text_with_at_most_the_limit_of_marks_is_all_markup() -> None:
    text = "*a* " + "\\_" * (MAX_MARKS // 2 - 1)
    assert sum(map(text.count, "[*_\\")) == MAX_MARKS
    assert split_markup(text) == (text, "")
    assert parse_inline(text) == (Span("a", italic=True), Span(" " + "_" * (MAX_MARKS // 2 - 1)))


def test_marks_past_the_limit_are_literal_text_from_the_last_space_on() -> None:
    head = "[" * MAX_MARKS
    text = head + " *b* \\* [c](https://c.nl)"
    markup, literal = split_markup(text)
    assert markup == head + " "
    assert literal == "*b* * [c](https://c.nl)"
    assert plain_text(text) == head + " *b* * [c](https://c.nl)"
    assert parse_inline(text) == (Span(head + " *b* * [c](https://c.nl)"),)
    check(text + " [d](ftp://d.nl)")  # beyond the limit: no link, so nothing to refuse


def test_each_kind_of_mark_counts_towards_the_limit() -> None:
    for mark in "[*_\\":
        text = mark * MAX_MARKS + " x" + mark
        assert split_markup(text) == (mark * MAX_MARKS + " ", "x" + mark)


def test_only_mark_characters_count_towards_the_limit() -> None:
    text = "X" * (MAX_MARKS + 1) + "*a*"
    assert split_markup(text) == (text, "")


def test_the_markup_ends_at_the_last_space_before_the_limit() -> None:
    text = "a b " + "[" * (MAX_MARKS + 1)
    assert split_markup(text) == ("a b ", "[" * (MAX_MARKS + 1))


def test_one_enormous_word_is_cut_at_the_limit_but_never_inside_an_escape() -> None:
    word = "_" * MAX_MARKS + "\\*x"
    assert split_markup(word) == ("_" * MAX_MARKS, "*x")
    even = "\\" * (MAX_MARKS + 1) + "*"
    assert split_markup(even) == ("\\" * MAX_MARKS, "*")
    odd = "_" + "\\" * MAX_MARKS + "*"
    assert split_markup(odd) == ("_" + "\\" * (MAX_MARKS - 2), "\\*")
    assert plain_text(odd) == "_" + "\\" * ((MAX_MARKS - 2) // 2) + "\\*"


def test_a_space_at_the_very_start_does_not_end_the_markup() -> None:
    text = " " + "_" * (MAX_MARKS + 1)
    assert split_markup(text) == (" " + "_" * MAX_MARKS, "_")


def test_a_space_after_the_first_character_ends_the_markup() -> None:
    text = "a " + "_" * (MAX_MARKS + 1)
    assert split_markup(text) == ("a ", "_" * (MAX_MARKS + 1))


def test_the_literal_rest_resolves_only_escapes_of_punctuation() -> None:
    text = "_" * MAX_MARKS + " \\a\\!\\~\\\\\\["
    assert split_markup(text) == ("_" * MAX_MARKS + " ", "\\a!~\\[")
