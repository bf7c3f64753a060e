"""House styles: a round trip keeps theme, logo and organisation; hostile files are refused."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image as PILImage

from models import Project, Publication, Theme
from models import house_style as hs
from models.house_style import HouseStyle, HouseStyleError, StyleDocument
from models.image_ref import Image


def png(width: int = 40, height: int = 20) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#00557F").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def styled() -> Project:
    project = Project(
        Publication.model_validate(
            {
                "title": "Verslag",
                "publication_date": "2030-01-01",
                "colophon": {
                    "organisation": "Gemeente Lindenburg",
                    "phone": "010 123 45 67",
                    "email": "info@lindenburg.nl",
                    "website": "https://lindenburg.nl",
                    "credits": [{"role": "Tekst", "names": ["Lotte"]}],
                    "version": "2",
                },
            }
        )
    )
    project, asset = project.with_asset(png(), "png")
    cover_project, cover = project.with_asset(png(30, 30), "png")
    theme = Theme(
        primary_colour="#123456",
        cover_style="band",
        logo=Image(asset=asset, alt="Logo van Lindenburg"),
        cover_image=Image(asset=cover, decorative=True),
    )
    pub = Publication.model_validate({**dict(project.publication), "theme": theme})
    return Project(pub, cover_project.assets)


def test_a_style_round_trips_through_its_file(styled: Project, tmp_path: Path) -> None:
    style = hs.from_project(styled, "Lindenburg")
    path = tmp_path / "lindenburg.podium-style"
    hs.save(style, path)
    again = hs.read(path)
    assert again == style
    assert again.document.theme.primary_colour == "#123456"
    assert again.document.theme.logo is None and again.document.theme.cover_image is None
    assert again.document.logo is not None and again.document.logo.alt == "Logo van Lindenburg"
    assert again.document.colophon.organisation == "Gemeente Lindenburg"
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["mimetype", "style.json", "logo.png"]
        assert "credits" not in json.loads(archive.read("style.json"))["colophon"]
    assert hs.to_bytes(style) == path.read_bytes()  # reproducible


def test_applying_a_style_sets_the_look_and_fills_the_organisation(styled: Project) -> None:
    style = hs.from_project(styled, "Lindenburg")
    plain = Project(
        Publication.model_validate(
            {
                "title": "Ander verslag",
                "publication_date": "2030-02-02",
                "colophon": {
                    "visiting_address": "Markt 1",
                    "credits": [{"role": "Foto", "names": ["Bo"]}],
                },
            }
        )
    )
    result = hs.apply(plain, style)
    pub = result.publication
    assert pub.theme.primary_colour == "#123456" and pub.theme.cover_style == "band"
    assert pub.theme.logo is not None and result.assets[pub.theme.logo.asset] == style.logo
    assert pub.theme.cover_image is None  # the cover is the publication's own
    assert pub.colophon.organisation == "Gemeente Lindenburg"
    assert pub.colophon.visiting_address == "Markt 1"  # the style has none: kept
    assert pub.colophon.credits[0].names == ("Bo",)
    assert result.missing_assets() == []
    # The neutral style has no logo: the look is the style's, so the logo goes.
    neutral = hs.apply(result, hs.read(hs.built_in_path()))
    assert neutral.publication.theme.logo is None
    assert neutral.publication.theme.primary_colour == "#33414E"
    assert neutral.publication.colophon.organisation == "Gemeente Lindenburg"


def test_the_neutral_style_ships_and_is_small() -> None:
    path = hs.built_in_path()
    assert path.suffix == hs.SUFFIX and path.stat().st_size < 4096
    style = hs.read(path)
    assert style.name == "Neutraal" and style.logo is None


def test_organisation_fields_are_typed_as_in_the_colophon() -> None:
    from models.parts import Colophon

    for field in hs.ORGANISATION_FIELDS:
        assert (
            hs.Organisation.model_fields[field].annotation
            == Colophon.model_fields[field].annotation
        )
    assert tuple(hs.Organisation.model_fields) == hs.ORGANISATION_FIELDS


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def _style_json(**changes: object) -> bytes:
    data = StyleDocument(name="X").model_dump(
        mode="json", exclude={"theme": {"logo", "cover_image"}}
    )
    data.update(changes)
    return json.dumps(data).encode()


MIME = ("mimetype", hs.MIMETYPE)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not a zip"),
        (b'{"format": "podium-style"}', "not a zip"),
        (b"PK\x03\x04" + b"\0" * 100, "zip"),
        (_zip([("style.json", _style_json())]), "mimetype"),
        (_zip([MIME]), "no 'style.json'"),
        (_zip([MIME, ("style.json", b"{not json")]), "not valid JSON"),
        (_zip([MIME, ("style.json", b"\xff\xfe")]), "UTF-8"),
        (_zip([MIME, ("style.json", b"[" * 100 + b"]" * 100)]), "nested too deeply"),
        (_zip([MIME, ("style.json", b"[]")]), "wrong format"),
        (_zip([MIME, ("style.json", _style_json(version=7))]), "another version"),
        (_zip([MIME, ("style.json", _style_json(name=5))]), "(?i)name"),
        (_zip([MIME, ("style.json", _style_json(theme={"primary_colour": "red"}))]), "colour"),
        (_zip([MIME, ("style.json", _style_json(theme={"page_size": ["A4"]}))]), "(?i)page.size"),
        (_zip([MIME, ("style.json", _style_json(colophon={"email": 3}))]), "(?i)e-?mail"),
        (_zip([MIME, ("style.json", _style_json(extra=1))]), "unknown field"),
        (_zip([MIME, ("style.json", _style_json()), ("../evil", b"x")]), "evil"),
        (_zip([MIME, ("style.json", _style_json()), ("logo.png", png())]), "do not agree"),
        (
            _zip([MIME, ("style.json", _style_json(logo={"file": "logo.png", "alt": "L"}))]),
            "do not agree",
        ),
        (
            _zip(
                [
                    MIME,
                    ("style.json", _style_json(logo={"file": "logo.png", "alt": "L"})),
                    ("logo.png", b"GIF89a not really"),
                ]
            ),
            "the logo",
        ),
        (
            _zip(
                [
                    MIME,
                    ("style.json", _style_json(logo={"file": "logo.png", "alt": "L"})),
                    ("logo.png", png(5000, 4000)),
                ]
            ),
            "million",
        ),
    ],
)
def test_a_hostile_or_broken_file_is_refused_with_one_clear_message(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.podium-style"
    path.write_bytes(content)
    with pytest.raises(HouseStyleError, match=reason) as caught:
        hs.read(path)
    assert str(caught.value).startswith("bad.podium-style: ")
    assert "\n" not in str(caught.value)


def test_a_zip_bomb_and_a_huge_file_are_refused_before_reading(tmp_path: Path) -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", hs.MIMETYPE)
        archive.writestr("style.json", _style_json())
        archive.writestr("logo.png", b"\0" * (hs.MAX_LOGO_BYTES + 1))
    path = tmp_path / "bomb.podium-style"
    path.write_bytes(bomb.getvalue())
    with pytest.raises(HouseStyleError, match=r"too large|expand|ratio"):
        hs.read(path)
    big = tmp_path / "big.podium-style"
    with big.open("wb") as stream:
        stream.truncate(hs.MAX_FILE_BYTES + 1)
    with pytest.raises(HouseStyleError, match="too large"):
        hs.read(big)
    with pytest.raises(HouseStyleError, match="no such file"):
        hs.read(tmp_path / "missing.podium-style")
    with pytest.raises(HouseStyleError, match="not a house style file"):
        hs.read(tmp_path)


def test_a_theme_with_pictures_in_style_json_is_refused(tmp_path: Path) -> None:
    asset = "assets/" + "0" * 64 + ".png"
    content = _zip(
        [MIME, ("style.json", _style_json(theme={"logo": {"asset": asset, "alt": "x"}}))]
    )
    path = tmp_path / "s.podium-style"
    path.write_bytes(content)
    with pytest.raises(HouseStyleError, match="own entry"):
        hs.read(path)


def test_saving_refuses_a_folder_and_leaves_nothing_behind(tmp_path: Path) -> None:
    style = HouseStyle(StyleDocument(name="X"))
    with pytest.raises(HouseStyleError):
        hs.save(style, tmp_path)
    assert list(tmp_path.iterdir()) == []
