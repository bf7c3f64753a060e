"""A project's images: how they are named, kept, found and reported missing.

Each test fails if one operator, name or message in :mod:`models.project` is changed
(``make mutate``).
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pytest
from PIL import Image as PILImage

from models import Project, Publication
from models.project import asset_name, iter_images
from models.publication import SCHEMA_VERSION


def picture(kind: str, colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), colour).save(buffer, format=kind)
    return buffer.getvalue()


RED = picture("PNG", (200, 0, 0))
GREEN = picture("JPEG", (0, 200, 0))
BLUE = picture("GIF", (0, 0, 200))
GREY = picture("WEBP", (90, 90, 90))
WHITE = picture("PNG", (255, 255, 255))


def image(asset: str, alt: str) -> dict[str, Any]:
    return {"asset": asset, "alt": alt}


def publication(**fields: Any) -> Publication:
    return Publication.model_validate(
        {
            "schema_version": SCHEMA_VERSION,
            "title": "Beelden",
            "publication_date": "2025-01-31",
            **fields,
        }
    )


# ---------------------------------------------------------------------------- asset_name


@pytest.mark.parametrize(
    ("data", "extension", "suffix"),
    [(RED, "png", "png"), (GREEN, ".JPG", "jpg"), (GREEN, "Jpeg", "jpeg"), (BLUE, "gif", "gif")],
)
def test_an_image_is_named_by_its_hash_and_its_lowercase_extension(
    data: bytes, extension: str, suffix: str
) -> None:
    assert asset_name(data, extension) == f"assets/{hashlib.sha256(data).hexdigest()}.{suffix}"


def test_a_webp_image_gets_a_webp_name() -> None:
    assert asset_name(GREY, "webp").endswith(".webp")


@pytest.mark.parametrize(("extension", "shown"), [("bmp", "bmp"), (".TIFF", "tiff"), ("", "")])
def test_an_unsupported_extension_is_refused_in_words(extension: str, shown: str) -> None:
    with pytest.raises(ValueError) as caught:
        asset_name(RED, extension)
    assert str(caught.value) == (
        f"'.{shown}' images are not supported (use PNG, JPEG, GIF or WebP)"
    )


@pytest.mark.parametrize(
    ("data", "extension", "said"),
    [
        (GREEN, "png", "the file is a JPEG image, not a '.png' one"),
        (RED, "jpg", "the file is a PNG image, not a '.jpg' one"),
        (GREY, "gif", "the file is a WebP image, not a '.gif' one"),
    ],
)
def test_an_image_named_for_another_format_is_refused_in_words(
    data: bytes, extension: str, said: str
) -> None:
    with pytest.raises(ValueError) as caught:
        asset_name(data, extension)
    assert str(caught.value) == said


def test_a_known_refused_format_is_named_in_the_refusal() -> None:
    tiff = picture("TIFF", (1, 2, 3))
    with pytest.raises(ValueError) as caught:
        asset_name(tiff, "png")
    assert str(caught.value) == (
        "the file is a TIFF image; only PNG, JPEG, GIF and WebP images are allowed"
    )


def test_bytes_of_no_known_kind_are_named_and_left_for_the_reader() -> None:
    data = b"no image at all"
    assert asset_name(data, "png") == f"assets/{hashlib.sha256(data).hexdigest()}.png"


# ---------------------------------------------------------------------------- Project


def test_a_projects_assets_cannot_be_changed_from_outside() -> None:
    given = {asset_name(RED, "png"): RED}
    project = Project(publication(), given)
    given.clear()
    assert dict(project.assets) == {asset_name(RED, "png"): RED}
    with pytest.raises(TypeError):
        project.assets["assets/x.png"] = b""  # type: ignore[index]


def test_a_project_made_without_assets_has_none() -> None:
    assert dict(Project(publication()).assets) == {}


def test_another_publication_keeps_the_assets() -> None:
    project = Project(publication(), {asset_name(RED, "png"): RED})
    other = publication(title="Anders")
    changed = project.with_publication(other)
    assert changed.publication is other
    assert dict(changed.assets) == dict(project.assets)
    assert project.publication.title == "Beelden"


def test_adding_an_image_returns_its_name_and_keeps_the_others() -> None:
    project, red = Project(publication()).with_asset(RED, "png")
    bigger, green = project.with_asset(GREEN, "jpg")
    assert red == asset_name(RED, "png")
    assert green == asset_name(GREEN, "jpg")
    assert dict(bigger.assets) == {red: RED, green: GREEN}
    assert dict(project.assets) == {red: RED}
    assert bigger.publication is project.publication


def test_adding_an_image_that_is_not_allowed_is_refused() -> None:
    with pytest.raises(ValueError, match=r"is a PNG image, not a '\.gif' one"):
        Project(publication()).with_asset(RED, "gif")


def _everywhere() -> tuple[Project, list[str]]:
    """A publication with an image in every place, each a different picture."""
    names = {
        key: asset_name(data, ext)
        for key, data, ext in [
            ("cover", RED, "png"),
            ("logo", GREEN, "jpg"),
            ("portrait", BLUE, "gif"),
            ("figure", GREY, "webp"),
            ("note", WHITE, "png"),
        ]
    }
    pub = publication(
        theme={
            "cover_image": image(names["cover"], "Omslag"),
            "logo": image(names["logo"], "Logo"),
        },
        speakers=[
            {"id": "spk-a", "name": "A", "portrait": None},
            {"id": "spk-b", "name": "B", "portrait": image(names["portrait"], "Portret")},
        ],
        blocks=[
            {
                "kind": "section",
                "id": "sec-a",
                "title": "Deel",
                "body": [
                    {"kind": "paragraph", "id": "p-a", "text": "Tekst"},
                    {"kind": "figure", "id": "fig-a", "images": [image(names["figure"], "Figuur")]},
                ],
            }
        ],
        colophon={
            "note": [{"kind": "figure", "id": "fig-b", "images": [image(names["note"], "Noot")]}]
        },
    )
    assets = {
        names["cover"]: RED,
        names["logo"]: GREEN,
        names["portrait"]: BLUE,
        names["figure"]: GREY,
        names["note"]: WHITE,
    }
    return Project(pub, assets), [
        names["cover"],
        names["logo"],
        names["portrait"],
        names["figure"],
        names["note"],
    ]


def test_images_are_found_everywhere_in_document_order() -> None:
    """Cover and logo first, then portraits, then figures in reading order."""
    project, order = _everywhere()
    assert [img.asset for img in iter_images(project.publication)] == order


def test_a_publication_without_images_has_none() -> None:
    assert list(iter_images(publication())) == []


def test_only_referenced_images_are_used_and_missing_ones_are_listed_sorted() -> None:
    project, order = _everywhere()
    unused = asset_name(b"unused", "png")
    extra = Project(project.publication, {**project.assets, unused: b"unused"})
    assert extra.used_assets() == {name: project.assets[name] for name in order}
    assert extra.missing_assets() == []

    kept = {order[0]: project.assets[order[0]], order[3]: project.assets[order[3]]}
    partial = Project(project.publication, kept)
    assert partial.used_assets() == kept
    assert partial.missing_assets() == sorted([order[1], order[2], order[4]])


def test_an_image_used_twice_is_listed_missing_once() -> None:
    name = asset_name(RED, "png")
    pub = publication(theme={"cover_image": image(name, "Omslag"), "logo": image(name, "Logo")})
    assert Project(pub).missing_assets() == [name]
    assert Project(pub, {name: RED}).used_assets() == {name: RED}
