"""What every stored model shares (models/base.py, models/image_ref.py, models/language.py):
immutability, strictness, the one way a validator reports a problem, and the words a new
item starts with."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from models.base import Model, error_detail, validation_error
from models.image_ref import Image
from models.language import LANGUAGES, USUAL_CONNECTOR, default_text, locale

ASSET = "assets/" + "ab" * 32 + ".png"


class _Sample(Model):
    name: str
    count: int = 0


def test_a_model_refuses_unknown_fields_and_cannot_be_changed() -> None:
    with pytest.raises(ValidationError) as raised:
        _Sample.model_validate({"name": "x", "colour": "red"})
    assert raised.value.errors()[0]["type"] == "extra_forbidden"
    sample = _Sample(name="x")
    with pytest.raises(ValidationError):
        sample.name = "y"  # type: ignore[misc]


def test_a_model_bounds_the_length_of_one_string() -> None:
    assert _Sample(name="a" * 1_000_000).name == "a" * 1_000_000
    with pytest.raises(ValidationError) as raised:
        _Sample(name="a" * 1_000_001)
    assert raised.value.errors()[0]["type"] == "string_too_long"


def test_a_models_validator_is_built_when_it_is_first_used() -> None:
    class _Late(Model):
        title: str

    assert _Late.model_config.get("defer_build") is True
    assert _Late(title="t").title == "t"


def test_a_problem_is_reported_at_its_place_with_its_kind_and_message() -> None:
    error = validation_error("Section", ("people", 1), "unknown_speaker", "no such {x}", "spk-9")
    assert error.title == "Section"
    [problem] = error.errors()
    assert problem["type"] == "unknown_speaker"
    assert problem["loc"] == ("people", 1)
    assert problem["msg"] == "no such {x}"
    assert problem["input"] == "spk-9"


def test_one_problem_detail_holds_its_place_kind_message_and_value() -> None:
    detail = error_detail(("blocks", 0, "id"), "duplicate_id", "used twice", "sec-1")
    assert detail["loc"] == ("blocks", 0, "id")
    assert detail["input"] == "sec-1"
    kind = detail["type"]
    assert not isinstance(kind, str)
    assert (kind.type, kind.message_template) == ("duplicate_id", "used twice")


def test_an_image_without_description_needs_one_unless_it_is_decorative() -> None:
    assert Image(asset=ASSET).needs_alt
    assert Image(asset=ASSET, alt="   ").needs_alt
    assert not Image(asset=ASSET, alt="Een zaal vol mensen").needs_alt
    assert not Image(asset=ASSET, decorative=True).needs_alt
    assert not Image(asset=ASSET, alt="Logo", decorative=True).needs_alt


@pytest.mark.parametrize(
    "asset",
    ["assets/" + "AB" * 32 + ".png", "assets/" + "ab" * 31 + ".png", "assets/x.bmp", "a.png"],
)
def test_an_image_is_stored_by_its_hash_in_the_assets(asset: str) -> None:
    with pytest.raises(ValidationError):
        Image(asset=asset)


def test_every_language_has_a_locale_a_connector_and_every_placeholder() -> None:
    assert LANGUAGES == ("nl", "en")
    assert (locale("nl"), locale("en")) == ("nl_NL", "en_GB")
    assert USUAL_CONNECTOR == {"nl": "bij", "en": "at"}


@pytest.mark.parametrize(
    ("what", "dutch", "english"),
    [
        ("publication", "Nieuwe publicatie", "New publication"),
        ("section", "Nieuwe sectie", "New section"),
        ("heading", "Nieuwe tussenkop", "New sub-heading"),
        ("video", "Bekijk de video", "Watch the video"),
    ],
)
def test_a_new_item_says_what_it_is_in_the_publications_language(
    what: str, dutch: str, english: str
) -> None:
    assert default_text("nl", what) == dutch  # type: ignore[arg-type]
    assert default_text("en", what) == english  # type: ignore[arg-type]
