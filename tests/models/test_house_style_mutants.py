"""House styles (models.house_style) pinned where mutation testing found the tests loose:
the exact messages of every refusal, the limits at N and N + 1, the file's exact layout,
and which parts of a publication a style takes and gives back."""

from __future__ import annotations

import io
import json
import os
import socket
import stat
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from pydantic import ValidationError

from models import Project, Publication, Theme, safe_zip
from models import house_style as hs
from models.house_style import HouseStyle, HouseStyleError, LogoEntry, Organisation, StyleDocument
from models.image_ref import Image
from models.message import Message

MIME = ("mimetype", hs.MIMETYPE)
PICTURE = "a house style keeps its logo as its own entry and has no cover image"


def picture(kind: str, width: int = 12, height: int = 8, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height), "#A0522D" if mode == "RGB" else 0).save(buffer, kind)
    return buffer.getvalue()


def archive(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as made:
        for name, data in entries:
            made.writestr(name, data)
    return buffer.getvalue()


def style_json(**changes: object) -> bytes:
    data = StyleDocument(name="Huisstijl").model_dump(
        mode="json", exclude={"theme": {"logo", "cover_image"}}
    )
    data.update(changes)
    return json.dumps(data).encode()


def refusal(tmp_path: Path, content: bytes, name: str = "huis.podium-style") -> str:
    """What reading ``content`` from a file called ``name`` says, after ``name: ``."""
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(HouseStyleError) as caught:
        hs.read(path)
    assert caught.value.path == path
    text = str(caught.value)
    assert text == f"{name}: {caught.value.reason}"
    return text.removeprefix(f"{name}: ")


def project(colophon: dict[str, Any] | None = None, theme: dict[str, Any] | None = None) -> Project:
    return Project(
        Publication.model_validate(
            {
                "title": "Jaarverslag",
                "publication_date": "2031-05-06",
                "colophon": colophon or {},
                "theme": theme or {},
            }
        )
    )


def with_logo(base: Project, data: bytes, extension: str, **image: Any) -> Project:
    base, asset = base.with_asset(data, extension)
    theme = {**dict(base.publication.theme), "logo": Image(asset=asset, **image)}
    pub = Publication.model_validate({**dict(base.publication), "theme": theme})
    return base.with_publication(pub)


FULL_ORGANISATION = {
    "organisation": "Waterschap De Dommel",
    "visiting_address": "Bosscheweg 56, Boxtel",
    "postal_address": "Postbus 10.001, 5280 DA Boxtel",
    "phone": "0411 618 618",
    "email": "info@dommel.nl",
    "website": "https://www.dommel.nl",
}


# ---------------------------------------------------------------------------- names


def test_the_built_in_path_names_the_neutral_style_by_default() -> None:
    assert hs.built_in_path().name == "neutraal.podium-style"
    assert hs.built_in_path().parent.name == "house_styles"
    assert hs.built_in_path("donker").name == "donker.podium-style"


def test_an_error_says_the_file_name_and_the_reason_and_keeps_both() -> None:
    error = HouseStyleError(Path("/somewhere/stijl.podium-style"), "no such file")
    assert str(error) == "stijl.podium-style: no such file"
    assert error.path == Path("/somewhere/stijl.podium-style")
    assert error.reason == "no such file"
    assert isinstance(error.args[0], Message)
    assert error.args[0].template == "{name}: {reason}"


def test_a_style_is_called_by_its_documents_name() -> None:
    assert HouseStyle(StyleDocument(name="Gemeente Ede")).name == "Gemeente Ede"


# ---------------------------------------------------------------------------- the document


@pytest.mark.parametrize(
    ("field", "image", "place"),
    [
        ("logo", {"alt": "Logo"}, "Theme, logo"),
        ("cover_image", {"decorative": True}, "Theme, cover image"),
    ],
)
def test_a_document_refuses_a_picture_in_its_theme(
    field: str, image: dict[str, Any], place: str, tmp_path: Path
) -> None:
    asset = "assets/" + "0" * 64 + ".png"
    data = {"name": "X", "theme": {field: {"asset": asset, **image}}}
    with pytest.raises(ValidationError) as caught:
        StyleDocument.model_validate(data)
    [error] = caught.value.errors(include_url=False)
    assert error["type"] == "house_style_picture"
    assert error["loc"] == ("theme", field)
    assert error["msg"] == PICTURE
    assert error["input"] == field
    assert caught.value.title == "StyleDocument"
    content = archive([MIME, ("style.json", style_json(theme=data["theme"]))])
    assert refusal(tmp_path, content) == f"style.json is not valid: {place}: {PICTURE}"


def test_a_document_with_a_plain_theme_is_accepted() -> None:
    document = StyleDocument.model_validate({"name": "X", "theme": {"primary_colour": "#112233"}})
    assert document.theme.primary_colour == "#112233"
    assert document.theme.logo is None and document.theme.cover_image is None


# ---------------------------------------------------------------------------- from a project


@pytest.mark.parametrize(
    ("kind", "extension", "file"),
    [
        ("PNG", "png", "logo.png"),
        ("JPEG", "jpg", "logo.jpg"),
        ("GIF", "gif", "logo.gif"),
        ("WEBP", "webp", "logo.webp"),
    ],
)
def test_a_style_takes_the_logo_under_the_name_of_its_format(
    kind: str, extension: str, file: str
) -> None:
    data = picture(kind)
    source = with_logo(project(), data, extension, alt="Het logo", decorative=False)
    style = hs.from_project(source, "Met logo")
    assert style.logo == data
    assert style.document.logo == LogoEntry(file=file, alt="Het logo", decorative=False)  # type: ignore[arg-type]


def test_a_decorative_logo_stays_decorative() -> None:
    source = with_logo(project(), picture("PNG"), "png", decorative=True)
    style = hs.from_project(source, "Sier")
    assert style.document.logo == LogoEntry(file="logo.png", alt="", decorative=True)


def test_a_style_takes_the_theme_without_pictures_and_the_organisation_only() -> None:
    theme = {"primary_colour": "#0A3D62", "accent_colour": "#E58E26", "cover_style": "band"}
    colophon = {
        **FULL_ORGANISATION,
        "credits": [{"role": "Tekst", "names": ["Sanne"]}],
        "version": "3",
    }
    source = with_logo(project(colophon, theme), picture("PNG"), "png", alt="L")
    source, cover = source.with_asset(picture("JPEG", 30, 20), "jpg")
    pub = Publication.model_validate(
        {
            **dict(source.publication),
            "theme": {**dict(source.publication.theme), "cover_image": Image(asset=cover, alt="C")},
        }
    )
    style = hs.from_project(source.with_publication(pub), "De Dommel")
    assert style.name == "De Dommel"
    document = style.document
    assert document.theme == Theme.model_validate(theme)
    assert document.colophon == Organisation.model_validate(FULL_ORGANISATION)


def test_a_style_of_a_project_without_a_logo_has_none() -> None:
    style = hs.from_project(project({"organisation": "Stichting Oost"}), "Oost")
    assert style.logo is None and style.document.logo is None
    assert style.document.colophon.organisation == "Stichting Oost"
    assert style.document.colophon.email is None


def test_a_logo_whose_picture_is_missing_is_left_out() -> None:
    source = with_logo(project(), picture("PNG"), "png", alt="Weg")
    bare = Project(source.publication)  # the logo's asset is not in this project
    style = hs.from_project(bare, "Zonder")
    assert style.logo is None and style.document.logo is None


# ---------------------------------------------------------------------------- applying


def _style(logo: bytes | None, entry: LogoEntry | None, **colophon: Any) -> HouseStyle:
    document = StyleDocument(
        name="S",
        theme=Theme(primary_colour="#224466", cover_style="band"),
        logo=entry,
        colophon=Organisation.model_validate(colophon),
    )
    return HouseStyle(document, logo)


def test_applying_a_jpeg_logo_stores_it_as_a_jpg_asset_with_its_text() -> None:
    data = picture("JPEG")
    style = _style(data, LogoEntry(file="logo.jpg", alt="Het logo", decorative=False))
    result = hs.apply(project(), style)
    logo = result.publication.theme.logo
    assert logo is not None
    assert logo.asset.endswith(".jpg")
    assert result.assets[logo.asset] == data
    assert (logo.alt, logo.decorative) == ("Het logo", False)
    assert result.publication.theme.primary_colour == "#224466"
    assert result.publication.theme.cover_style == "band"


def test_applying_a_decorative_webp_logo_keeps_it_decorative() -> None:
    data = picture("WEBP")
    style = _style(data, LogoEntry(file="logo.webp", decorative=True))
    logo = hs.apply(project(), style).publication.theme.logo
    assert logo is not None and logo.asset.endswith(".webp")
    assert (logo.alt, logo.decorative) == ("", True)


@pytest.mark.parametrize(
    ("logo", "entry"),
    [
        (None, LogoEntry(file="logo.png", alt="x")),
        (picture("PNG"), None),
    ],
)
def test_a_logo_is_applied_only_with_both_its_bytes_and_its_entry(
    logo: bytes | None, entry: LogoEntry | None
) -> None:
    source = with_logo(project(), picture("GIF"), "gif", alt="Oud logo")
    result = hs.apply(source, _style(logo, entry))
    assert result.publication.theme.logo is None
    assert result.publication.theme.primary_colour == "#224466"


def test_applying_keeps_the_cover_image_and_fills_only_the_fields_the_style_has() -> None:
    source, cover = project(
        {
            "organisation": "Oude naam",
            "phone": "020 000 00 00",
            "email": "oud@example.nl",
            "website": "https://oud.example.nl",
            "credits": [{"role": "Foto", "names": ["Bo"]}],
            "version": "7",
        }
    ).with_asset(picture("PNG", 20, 20), "png")
    pub = Publication.model_validate(
        {
            **dict(source.publication),
            "theme": {"cover_image": Image(asset=cover, decorative=True)},
        }
    )
    source = source.with_publication(pub)
    style = _style(None, None, organisation="Nieuwe naam", postal_address="Postbus 1", email=None)
    result = hs.apply(source, style).publication
    assert result.theme.cover_image == Image(asset=cover, decorative=True)
    colophon = result.colophon
    assert colophon.organisation == "Nieuwe naam"
    assert colophon.postal_address == "Postbus 1"
    assert colophon.visiting_address == ""
    assert colophon.phone == "020 000 00 00"
    assert colophon.email == "oud@example.nl"
    assert str(colophon.website) == "https://oud.example.nl"
    assert colophon.version == "7"
    assert colophon.credits[0].names == ("Bo",)


def test_applying_a_full_organisation_replaces_every_field() -> None:
    source = project({"organisation": "Oud", "phone": "1", "email": "a@b.nl"})
    result = hs.apply(source, _style(None, None, **FULL_ORGANISATION)).publication.colophon
    got = {field: str(getattr(result, field)) for field in hs.ORGANISATION_FIELDS}
    assert got == FULL_ORGANISATION


# ---------------------------------------------------------------------------- the file


def test_the_file_is_laid_out_exactly_and_reproducibly() -> None:
    data = picture("GIF")
    document = StyleDocument(
        name="Gemeente Één",
        theme=Theme(primary_colour="#336699"),
        logo=LogoEntry(file="logo.gif", alt="Logo"),
        colophon=Organisation(organisation="Één"),
    )
    content = hs.to_bytes(HouseStyle(document, data))
    with zipfile.ZipFile(io.BytesIO(content)) as made:
        infos = made.infolist()
        assert [info.filename for info in infos] == ["mimetype", "style.json", "logo.gif"]
        assert [info.compress_type for info in infos] == [
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
            zipfile.ZIP_STORED,
        ]
        for info in infos:
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == stat.S_IFREG | 0o644
        assert made.read("mimetype") == b"application/vnd.podium-style+zip"
        assert made.read("logo.gif") == data
        text = made.read("style.json").decode("utf-8")
    expected = document.model_dump(mode="json", exclude={"theme": {"logo", "cover_image"}})
    assert text == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    assert text.startswith('{\n  "format": "podium-style",\n  "version": 1,\n')
    assert '"name": "Gemeente Één"' in text
    assert '"cover_image"' not in text and '"logo": {\n    "file": "logo.gif"' in text
    assert hs.to_bytes(HouseStyle(document, data)) == content


@pytest.mark.parametrize(
    ("logo", "entry"),
    [
        (None, LogoEntry(file="logo.png", alt="x")),
        (picture("PNG"), None),
    ],
)
def test_a_logo_is_written_only_with_both_its_bytes_and_its_entry(
    logo: bytes | None, entry: LogoEntry | None
) -> None:
    content = hs.to_bytes(HouseStyle(StyleDocument(name="X", logo=entry), logo))
    with zipfile.ZipFile(io.BytesIO(content)) as made:
        assert made.namelist() == ["mimetype", "style.json"]


def test_saving_writes_what_reads_back(tmp_path: Path) -> None:
    style = HouseStyle(
        StyleDocument(name="Terug", logo=LogoEntry(file="logo.png", alt="L")), picture("PNG")
    )
    path = tmp_path / "terug.podium-style"
    hs.save(style, str(path))
    assert path.read_bytes() == hs.to_bytes(style)
    assert hs.read(path) == style
    assert sorted(p.name for p in tmp_path.iterdir()) == ["terug.podium-style"]


def test_saving_over_a_folder_is_refused_with_the_refusals_own_message(tmp_path: Path) -> None:
    target = tmp_path / "map.podium-style"
    target.mkdir()
    with pytest.raises(HouseStyleError) as caught:
        hs.save(HouseStyle(StyleDocument(name="X")), target)
    assert str(caught.value) == (
        "map.podium-style: is a folder, not a regular file; Podium writes only to regular files"
    )
    assert isinstance(caught.value.reason, Message)
    assert caught.value.reason.template == (
        "is a folder, not a regular file; Podium writes only to regular files"
    )
    assert caught.value.path == target


class _Reason:
    """A reason that is not a string but words itself."""

    def __str__(self) -> str:
        return "the disk is read-only"


def test_a_refusals_reason_that_is_no_string_is_worded_by_itself() -> None:
    assert hs._refusal(OSError(None, _Reason())) == "the disk is read-only"
    assert hs._refusal(OSError(5, "Input/output error")) == "Input/output error"


def test_saving_into_a_missing_folder_says_why(tmp_path: Path) -> None:
    target = tmp_path / "weg" / "stijl.podium-style"
    with pytest.raises(HouseStyleError) as caught:
        hs.save(HouseStyle(StyleDocument(name="X")), target)
    assert str(caught.value) == "stijl.podium-style: could not be saved (No such file or directory)"
    assert caught.value.path == target


def test_saving_says_the_error_itself_when_it_has_no_description(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr(hs, "atomic_write", broken)
    with pytest.raises(HouseStyleError) as caught:
        hs.save(HouseStyle(StyleDocument(name="X")), tmp_path / "s.podium-style")
    assert str(caught.value) == "s.podium-style: could not be saved (disk on fire)"


def test_a_style_that_would_not_open_again_is_not_saved(tmp_path: Path) -> None:
    gif = picture("GIF")
    style = HouseStyle(StyleDocument(name="X", logo=LogoEntry(file="logo.png")), gif)
    target = tmp_path / "s.podium-style"
    with pytest.raises(HouseStyleError) as caught:
        hs.save(style, target)
    assert str(caught.value) == (
        "s.podium-style: was not saved: it would not open again (the logo is a GIF image but "
        "is named '.png'; the name must match the format)"
    )
    assert caught.value.path == target
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------- reading


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(HouseStyleError) as caught:
        hs.read(tmp_path / "nergens.podium-style")
    assert str(caught.value) == "nergens.podium-style: no such file"


def test_a_path_through_a_file_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "bestand").write_bytes(b"")
    with pytest.raises(HouseStyleError) as caught:
        hs.read(tmp_path / "bestand" / "s.podium-style")
    assert str(caught.value) == "s.podium-style: cannot be read (Not a directory)"


def test_a_folder_a_device_and_a_pipe_are_not_style_files(tmp_path: Path) -> None:
    folder = tmp_path / "map.podium-style"
    folder.mkdir()
    pipe = tmp_path / "pijp.podium-style"
    os.mkfifo(pipe)
    expected = {
        folder: "map.podium-style: is a folder, not a house style file",
        Path(os.devnull): "null: is a device, not a house style file",
        pipe: "pijp.podium-style: is a named pipe, not a house style file",
    }
    for path, text in expected.items():
        with pytest.raises(HouseStyleError) as caught:
            hs.read(path)
        assert str(caught.value) == text


def test_a_socket_cannot_be_opened_at_all(tmp_path: Path) -> None:
    path = tmp_path / "s.podium-style"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(HouseStyleError) as caught:
            hs.read(path)
    assert str(caught.value) == "s.podium-style: cannot be read (No such device or address)"


def test_each_kind_of_non_file_has_its_own_sentence() -> None:
    assert hs._not_a_style_file("a socket") == "is a socket, not a house style file"
    assert hs._not_a_style_file("a symbolic link") == "is a symbolic link, not a house style file"
    assert hs._not_a_style_file("a special file") == "is a special file, not a house style file"
    assert hs._not_a_style_file("a door") == "is a door, not a house style file"


def test_an_unreadable_file_says_the_systems_words_or_the_errors() -> None:
    assert hs._unreadable(OSError(13, "Permission denied")) == "cannot be read (Permission denied)"
    assert hs._unreadable(OSError("stuck")) == "cannot be read (stuck)"


def test_an_error_while_reading_the_zip_is_reported_as_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(safe_zip, "open_zip", broken)
    content = archive([MIME, ("style.json", style_json())])
    assert refusal(tmp_path, content) == "cannot be read (Input/output error)"


def _sparse(path: Path, size: int, head: bytes = b"PK\x03\x04") -> Path:
    with path.open("wb") as stream:
        stream.write(head)
        stream.truncate(size)
    return path


def test_a_file_of_the_largest_size_is_opened_and_one_byte_more_is_refused(
    tmp_path: Path,
) -> None:
    at_limit = _sparse(tmp_path / "a.podium-style", hs.MAX_FILE_BYTES)
    with pytest.raises(HouseStyleError) as caught:
        hs.read(at_limit)
    assert str(caught.value) == "a.podium-style: the file is damaged or incomplete (truncated zip)"
    over = _sparse(tmp_path / "b.podium-style", hs.MAX_FILE_BYTES + 1)
    with pytest.raises(HouseStyleError) as caught:
        hs.read(over)
    assert str(caught.value) == (
        "b.podium-style: is too large (16777217 bytes); at most 16777216 bytes is allowed"
    )
    far_over = _sparse(tmp_path / "c.podium-style", 20 * 1024 * 1024)
    with pytest.raises(HouseStyleError) as caught:
        hs.read(far_over)
    assert str(caught.value) == "c.podium-style: is too large (20 MiB); at most 16 MiB is allowed"


@pytest.mark.parametrize("content", [b"", b"PK\x03", b"PK\x05\x06" + b"\0" * 18, b"%PDF-1.7"])
def test_a_file_that_does_not_start_as_a_zip_is_not_a_style(tmp_path: Path, content: bytes) -> None:
    assert refusal(tmp_path, content) == "this is not a Podium house style (not a zip file)"


def test_an_archive_without_entries_has_no_mimetype(tmp_path: Path) -> None:
    local = b"PK\x03\x04" + b"\0" * 26
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 0, 0, 0, len(local), 0)
    expected = "this is not a Podium house style (no 'mimetype' entry)"
    assert refusal(tmp_path, local + end) == expected


@pytest.mark.parametrize(
    "entries",
    [
        [("style.json", style_json())],
        [("style.json", style_json()), MIME],
        [("mimetype", b"application/vnd.podium-project+zip"), ("style.json", style_json())],
        [("mimetype", b"")],
    ],
)
def test_a_file_must_start_with_the_style_mimetype(
    tmp_path: Path, entries: list[tuple[str, bytes]]
) -> None:
    expected = "this is not a Podium house style (no 'mimetype' entry)"
    assert refusal(tmp_path, archive(entries)) == expected


def test_the_mimetype_may_have_whitespace_around_it_up_to_256_bytes(tmp_path: Path) -> None:
    padded = b"\n" + hs.MIMETYPE + b" " * (255 - len(hs.MIMETYPE))
    assert len(padded) == 256
    path = tmp_path / "ok.podium-style"
    path.write_bytes(archive([("mimetype", padded), ("style.json", style_json())]))
    assert hs.read(path).name == "Huisstijl"
    content = archive([("mimetype", padded + b" "), ("style.json", style_json())])
    assert refusal(tmp_path, content) == (
        "entry 'mimetype' is too large (257 bytes); at most 256 bytes is allowed"
    )


@pytest.mark.parametrize(
    "entries",
    [
        [MIME, ("notes.txt", b"x"), ("style.json", style_json())],
        [MIME, ("style.json", style_json()), ("notes.txt", b"x")],
    ],
)
def test_an_unexpected_entry_is_named(tmp_path: Path, entries: list[tuple[str, bytes]]) -> None:
    assert refusal(tmp_path, archive(entries)) == "unexpected entry 'notes.txt'"


def test_a_file_without_style_json_says_so(tmp_path: Path) -> None:
    content = archive([MIME, ("logo.png", picture("PNG"))])
    assert refusal(tmp_path, content) == "the file has no 'style.json'"


def test_style_json_after_the_logo_is_found(tmp_path: Path) -> None:
    data = picture("PNG")
    path = tmp_path / "s.podium-style"
    path.write_bytes(
        archive([MIME, ("logo.png", data), ("style.json", style_json(logo={"file": "logo.png"}))])
    )
    style = hs.read(path)
    assert style.logo == data
    assert style.document.logo == LogoEntry(file="logo.png")


def test_style_json_of_the_largest_size_is_read_and_one_byte_more_is_refused(
    tmp_path: Path,
) -> None:
    text = style_json()
    largest = text + b" " * (hs.MAX_JSON_BYTES - len(text))
    path = tmp_path / "s.podium-style"
    path.write_bytes(archive([MIME, ("style.json", largest)]))
    assert hs.read(path).name == "Huisstijl"
    content = archive([MIME, ("style.json", largest + b" ")])
    assert refusal(tmp_path, content) == (
        "entry 'style.json' is too large (262145 bytes); at most 262144 bytes is allowed"
    )


@pytest.mark.parametrize(
    ("entries", "named"),
    [
        ([("logo.png", picture("PNG"))], None),
        ([("logo.jpg", picture("JPEG"))], "logo.png"),
        ([], "logo.gif"),
    ],
)
def test_the_logo_named_and_the_logo_present_must_agree(
    tmp_path: Path, entries: list[tuple[str, bytes]], named: str | None
) -> None:
    logo = {"file": named} if named else None
    content = archive([MIME, ("style.json", style_json(logo=logo)), *entries])
    expected = "the logo named in style.json and the logo in the file do not agree"
    assert refusal(tmp_path, content) == expected


def test_a_style_without_a_logo_reads_without_one(tmp_path: Path) -> None:
    path = tmp_path / "s.podium-style"
    path.write_bytes(archive([MIME, ("style.json", style_json(name="Kaal"))]))
    style = hs.read(path)
    assert style == HouseStyle(StyleDocument(name="Kaal"), None)


def test_a_logo_that_is_not_the_image_it_is_named_is_refused(tmp_path: Path) -> None:
    content = archive(
        [MIME, ("style.json", style_json(logo={"file": "logo.png"})), ("logo.png", picture("GIF"))]
    )
    assert refusal(tmp_path, content) == (
        "the logo is a GIF image but is named '.png'; the name must match the format"
    )


def test_a_logo_of_16_megapixels_is_read_and_one_row_more_is_refused(tmp_path: Path) -> None:
    largest = picture("PNG", 4000, 4000, mode="1")
    path = tmp_path / "s.podium-style"
    logo = {"file": "logo.png"}
    path.write_bytes(archive([MIME, ("style.json", style_json(logo=logo)), ("logo.png", largest)]))
    assert hs.read(path).logo == largest
    too_many = picture("PNG", 4000, 4001, mode="1")
    content = archive([MIME, ("style.json", style_json(logo=logo)), ("logo.png", too_many)])
    assert refusal(tmp_path, content) == (
        "the logo is 4000 × 4001 pixels; a logo may have at most 16 million"
    )


def test_a_logo_of_the_largest_size_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    png = picture("PNG")
    largest = png + b"\0" * (hs.MAX_LOGO_BYTES - len(png))
    logo = {"file": "logo.png"}
    path = tmp_path / "s.podium-style"
    path.write_bytes(archive([MIME, ("style.json", style_json(logo=logo)), ("logo.png", largest)]))
    assert hs.read(path).logo == largest
    content = archive([MIME, ("style.json", style_json(logo=logo)), ("logo.png", largest + b"\0")])
    assert refusal(tmp_path, content) == (
        "entry 'logo.png' is too large (8388609 bytes); at most 8388608 bytes is allowed"
    )


def test_style_json_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    content = archive([MIME, ("style.json", '{"name": "Caf\u00e9"}'.encode("latin-1"))])
    assert refusal(tmp_path, content) == "style.json is not valid UTF-8 text"


def _nested(depth: int) -> bytes:
    """A style.json whose brackets nest ``depth`` deep, the object itself counted."""
    data = json.loads(style_json())
    inner = "[" * (depth - 1) + "]" * (depth - 1)
    return json.dumps(data)[:-1].encode() + b', "extra": ' + inner.encode() + b"}"


def test_style_json_nested_16_deep_is_parsed_and_17_deep_is_refused(tmp_path: Path) -> None:
    assert refusal(tmp_path, archive([MIME, ("style.json", _nested(16))])) == (
        "style.json is not valid: Extra: unknown field (Podium does not know it)"
    )
    assert refusal(tmp_path, archive([MIME, ("style.json", _nested(17))])) == (
        "style.json is nested too deeply"
    )


def test_style_json_that_is_not_json_says_where(tmp_path: Path) -> None:
    content = archive([MIME, ("style.json", b'{"name": }')])
    assert refusal(tmp_path, content) == (
        "style.json is not valid JSON (Expecting value: line 1 column 10 (char 9))"
    )


@pytest.mark.parametrize(
    "text",
    [b"[]", b'"podium-style"', b"{}", b'{"format": "podium"}', b'{"version": 1}'],
)
def test_json_that_is_not_a_style_document_has_the_wrong_format(
    tmp_path: Path, text: bytes
) -> None:
    content = archive([MIME, ("style.json", text)])
    assert refusal(tmp_path, content) == "this is not a Podium house style (wrong format)"


@pytest.mark.parametrize("version", [None, 0, 2, "1"])
def test_another_version_asks_for_an_update(tmp_path: Path, version: object) -> None:
    data = json.loads(style_json())
    if version is None:
        del data["version"]
    else:
        data["version"] = version
    content = archive([MIME, ("style.json", json.dumps(data).encode())])
    assert refusal(tmp_path, content) == (
        "this house style was made by another version of Podium: update Podium"
    )


def test_an_invalid_document_names_its_first_problem(tmp_path: Path) -> None:
    content = archive([MIME, ("style.json", style_json(name=""))])
    reason = refusal(tmp_path, content)
    assert reason.startswith("style.json is not valid: ")
    assert "\n" not in reason


def test_saving_over_an_older_style_replaces_it_and_keeps_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "stijl.podium-style"
    hs.save(HouseStyle(StyleDocument(name="Oud")), path)
    hs.save(HouseStyle(StyleDocument(name="Nieuw")), path)
    assert hs.read(path).name == "Nieuw"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stijl.podium-style"]


def test_an_entry_outside_the_archive_is_refused_in_a_house_styles_words(tmp_path: Path) -> None:
    content = archive([MIME, ("style.json", style_json()), ("../evil", b"x")])
    assert refusal(tmp_path, content) == "entry '../evil' points outside the house style ('..')"


def test_an_unexpected_entry_is_shown_on_one_line(tmp_path: Path) -> None:
    content = archive([MIME, ("style.json", style_json()), ("a\nb", b"x")])
    assert refusal(tmp_path, content) == "unexpected entry 'a\\nb'"
