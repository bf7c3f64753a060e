"""Messages that remember their template (models/message.py): English as text, any language
through a translator, kept through pickling and exceptions."""

from __future__ import annotations

import pickle

import pytest

from models.message import CONTEXT, Message, joined, message, message_of, translated

DUTCH = {
    "‘{name}’ is missing": "‘{name}’ ontbreekt",
    "the file": "het bestand",
    "{count} errors": "{count} fouten",
    "{count} warnings": "{count} waarschuwingen",
}


def dutch(context: str, text: str) -> str:
    assert context == CONTEXT == "Messages"
    return DUTCH.get(text, text)


class _Problem:
    """A field that words itself."""

    def __str__(self) -> str:
        return "the title is empty"

    def worded(self, translate: object) -> str:
        return "de titel is leeg" if translate is dutch else "the title is empty"


def test_a_message_is_its_english_text_and_remembers_how_it_was_made() -> None:
    made = message("‘{name}’ is missing", name="logo.png")
    assert made == "‘logo.png’ is missing"
    assert isinstance(made, str)
    assert made.template == "‘{name}’ is missing"
    assert made.fields == {"name": "logo.png"}


def test_a_message_keeps_its_own_copy_of_the_fields() -> None:
    fields: dict[str, object] = {"name": "a"}
    made = Message("‘{name}’ is missing", fields)
    fields["name"] = "b"
    assert made.fields == {"name": "a"}
    assert made.fields is not fields


def test_a_pickled_message_keeps_its_template_and_fields() -> None:
    made = message("‘{name}’ is missing", name=message("the file"))
    again = pickle.loads(pickle.dumps(made))
    assert isinstance(again, Message)
    assert again == "‘the file’ is missing"
    assert again.template == "‘{name}’ is missing"
    assert translated(again, dutch) == "‘het bestand’ ontbreekt"


def test_a_message_is_translated_with_its_fields_translated_too() -> None:
    made = message("‘{name}’ is missing", name=message("the file"))
    assert translated(made, dutch) == "‘het bestand’ ontbreekt"
    assert translated(made, lambda context, text: text) == "‘the file’ is missing"


def test_a_field_that_words_itself_is_worded_in_the_same_language() -> None:
    assert translated(_Problem(), dutch) == "de titel is leeg"
    made = message("‘{name}’ is missing", name=_Problem())
    assert translated(made, dutch) == "‘de titel is leeg’ ontbreekt"


def test_anything_else_is_shown_as_it_is() -> None:
    assert translated(42, dutch) == "42"
    assert translated("the file", dutch) == "the file"  # a plain str is not looked up


@pytest.mark.parametrize(
    "broken", ["‘{naam}’ ontbreekt", "‘{name’ ontbreekt", "‘{0}’ ontbreekt", "‘{name.x}’ fout"]
)
def test_a_translation_with_a_broken_field_falls_back_to_english(broken: str) -> None:
    made = message("‘{name}’ is missing", name=message("the file"))

    def translate(context: str, text: str) -> str:
        return broken if text == "‘{name}’ is missing" else dutch(context, text)

    assert translated(made, translate) == "‘het bestand’ is missing"


def test_an_error_keeps_the_message_it_was_raised_with() -> None:
    made = message("‘{name}’ is missing", name="x")
    assert message_of(ValueError(made)) is made
    assert message_of(ValueError("plain")) == "plain"


def test_an_error_raised_with_other_arguments_is_its_string() -> None:
    assert message_of(OSError(2, "No such file")) == "[Errno 2] No such file"
    assert message_of(ValueError(3)) == "3"
    assert message_of(ValueError()) == ""
    assert message_of(KeyError("k")) == "k"


def test_parts_are_joined_each_translated_on_its_own() -> None:
    parts = [message("{count} errors", count=2), message("{count} warnings", count=1)]
    row = joined(parts)
    assert row == "2 errors, 1 warnings"
    assert row.template == "{part0}, {part1}"
    assert translated(row, dutch) == "2 fouten, 1 waarschuwingen"
    assert joined(parts, " · ") == "2 errors · 1 warnings"
    assert joined(["a"]) == "a"
    assert joined([]) == ""
