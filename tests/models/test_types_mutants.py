"""The checked text types (models/types.py): what each accepts, cleans and refuses, in the
words a person typing reads."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from models.types import (
    Colour,
    Email,
    Id,
    OptionalText,
    RichText,
    Text,
    Url,
    drop_control_characters,
    new_id,
)


def _valid(kind: Any, value: object) -> object:
    return TypeAdapter(kind).validate_python(value)


def _error(kind: Any, value: object) -> dict[str, Any]:
    with pytest.raises(ValidationError) as raised:
        TypeAdapter(kind).validate_python(value)
    errors = raised.value.errors()
    assert len(errors) == 1
    return dict(errors[0])


def test_text_loses_control_characters_and_surrounding_space() -> None:
    assert _valid(Text, "  Welkom\x00 bij\x1b het\x7f congres \n") == "Welkom bij het congres"
    assert _valid(OptionalText, " \t ") == ""
    assert _valid(Text, "regel één\tmet tab\nen regel twee") == "regel één\tmet tab\nen regel twee"


def test_text_of_only_space_is_empty_and_refused() -> None:
    assert _error(Text, " \x00 \n")["type"] == "too_short"


def test_a_number_where_text_belongs_is_refused_as_it_was_given() -> None:
    error = _error(OptionalText, 5)
    assert error["type"] == "string_type"
    assert error["input"] == 5


def test_noncharacters_of_other_planes_are_dropped_only_there() -> None:
    assert drop_control_characters("a\U0001fffeb\U0010ffffc😀") == "abc😀"
    # Non-ASCII text of the first plane only keeps everything it may hold.
    assert drop_control_characters("één ‘citaat’ — ok") == "één ‘citaat’ — ok"
    assert drop_control_characters("plain ascii\x01") == "plain ascii"
    assert drop_control_characters("😀\U0002fffe") == "😀"


def test_rich_text_with_a_forbidden_link_names_the_target() -> None:
    error = _error(RichText, "zie [hier](javascript:alert(1)) en")
    assert error["type"] == "bad_link"
    assert error["ctx"] == {"target": "javascript:alert(1)"}
    assert error["msg"] == (
        "link target 'javascript:alert(1)' is not allowed: use an http://, https:// or mailto: "
        "address"
    )
    assert _valid(RichText, " zie [hier](https://example.org) ") == (
        "zie [hier](https://example.org)"
    )


@pytest.mark.parametrize("url", ["mailto:a@b.nl", "MailTo:a@b.nl", "ftp://example.org", "www.x.nl"])
def test_a_web_address_must_be_http_or_https(url: str) -> None:
    error = _error(Url, url)
    assert error["type"] == "invalid_url"
    assert error["msg"] == "enter a web address starting with http:// or https://"


def test_a_web_address_is_kept_as_typed_without_surrounding_space() -> None:
    assert _valid(Url, " https://example.org/Pad?q=1 ") == "https://example.org/Pad?q=1"
    assert _valid(Url, "HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG"


def test_an_email_address_needs_a_domain_with_a_dot() -> None:
    assert _valid(Email, " info@gemeente.nl ") == "info@gemeente.nl"
    error = _error(Email, "info@gemeente")
    assert error["type"] == "invalid_email"
    assert error["msg"] == "enter an e-mail address such as name@example.org"


def test_an_id_is_lowercase_letters_digits_and_dashes() -> None:
    assert _valid(Id, "sec-1") == "sec-1"
    assert _valid(Id, "a" * 64) == "a" * 64
    for bad in ("Sec-1", "1sec", "a" * 65, " sec-1"):
        error = _error(Id, bad)
        assert error["type"] == "invalid_id"
        assert error["msg"] == (
            "an id starts with a lowercase letter and holds only a-z, 0-9 and '-' "
            "(at most 64 characters)"
        )


def test_a_colour_is_stored_upper_case() -> None:
    assert _valid(Colour, " #00557f ") == "#00557F"
    error = _error(Colour, "blue")
    assert error["type"] == "invalid_colour"
    assert error["msg"] == "enter a colour as #RRGGBB, for example #00557F"


def test_a_new_id_is_its_prefix_and_eight_random_hex_digits() -> None:
    made = {new_id("spk") for _ in range(20)}
    assert len(made) == 20
    assert all(re.fullmatch(r"spk-[0-9a-f]{8}", ident) for ident in made)
    assert _valid(Id, new_id("sec")) is not None
