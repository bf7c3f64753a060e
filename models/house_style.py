"""House styles: an organisation's look and contact details, kept apart from any publication.

A ``.podium-style`` file is a small zip, built like a ``.podium`` project::

    mimetype      first entry, stored: application/vnd.podium-style+zip
    style.json    {"format": "podium-style", "version": 1, "name", "theme", "logo", "colophon"}
    logo.<ext>    the logo (PNG, JPEG, GIF or WebP), when there is one

A zip rather than JSON with base64: the logo stays a plain image file a person can look at,
and the reader reuses everything that makes a received project safe (:mod:`models.safe_zip`
for the archive, :mod:`models.images` for the picture, :mod:`models.atomic_file` to write).

What a house style holds, and why:

- the **theme** (colours, fonts, page size, margins, cover style) and the **logo**: how the
  organisation looks. The cover image is not in it: it is a picture of one event.
- the colophon fields that belong to the **organisation**: its name, visiting and postal
  address, phone, e-mail and website. Not the credits (who wrote and photographed this
  report), the version or the note: those describe one publication, and a style that
  carried them would put last year's photographer in this year's report.

Applying a style replaces the theme and the logo as a whole (the look is the style's; a
style without a logo removes the publication's), and fills in the organisation's details
the style has, keeping the publication's own where the style leaves a field empty, so the
neutral style never erases an address someone typed.
"""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError, model_validator

import resources
from models import images, safe_zip
from models.atomic_file import WriteRefusedError, atomic_write
from models.base import Model, validation_error
from models.edit import replace_at
from models.image_ref import Image
from models.message import Message, message
from models.parts import Colophon, Theme
from models.project import Project
from models.project_file import max_depth
from models.regular_file import NotRegularFileError, open_regular
from models.types import Email, OptionalText, Text, Url
from models.validation import problems_from_error

SUFFIX = ".podium-style"
MIMETYPE = b"application/vnd.podium-style+zip"
STYLE_JSON = "style.json"
FORMAT: Literal["podium-style"] = "podium-style"
VERSION: Literal[1] = 1

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_JSON_BYTES = 256 * 1024
MAX_LOGO_BYTES = 8 * 1024 * 1024
#: A logo is printed a few centimetres wide: 16 megapixels is far more than it needs.
MAX_LOGO_PIXELS = 16_000_000
MAX_JSON_DEPTH = 16

LogoFile = Literal["logo.png", "logo.jpg", "logo.gif", "logo.webp"]
#: The logo's entry name by its format (models.images names the formats).
_LOGO_FILE: dict[str, LogoFile] = {
    "PNG": "logo.png",
    "JPEG": "logo.jpg",
    "GIF": "logo.gif",
    "WEBP": "logo.webp",
}
_LOGO_FILES = frozenset(_LOGO_FILE.values())
#: The colophon's fields that describe the organisation, in the colophon's order.
ORGANISATION_FIELDS = (
    "organisation",
    "visiting_address",
    "postal_address",
    "phone",
    "email",
    "website",
)


#: The resource folder of the house styles that ship with Podium.
FOLDER = "house_styles"
#: The house style that ships with Podium: calm colours, the default fonts, no logo.
NEUTRAL = "neutraal"


def built_in_path(name: str = NEUTRAL) -> Path:
    """The file of a house style that ships with Podium (``resources/house_styles/``)."""
    return Path(str(resources.path(FOLDER, name + SUFFIX)))


class HouseStyleError(Exception):
    """A house style that cannot be read or written; ``str()`` is the message for the user."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(message("{name}: {reason}", name=self.path.name, reason=reason))


class Organisation(Model):
    """The colophon fields of :data:`ORGANISATION_FIELDS`, typed as in the colophon."""

    organisation: OptionalText = ""
    visiting_address: OptionalText = ""
    postal_address: OptionalText = ""
    phone: OptionalText = ""
    email: Email | None = None
    website: Url | None = None


class LogoEntry(Model):
    """The logo in the file and what readers are told about it."""

    file: LogoFile
    alt: OptionalText = ""
    decorative: bool = False


class StyleDocument(Model):
    """``style.json``: everything of a house style but the logo's bytes."""

    format: Literal["podium-style"] = FORMAT
    version: Literal[1] = VERSION
    name: Text
    theme: Theme = Theme()
    logo: LogoEntry | None = None
    colophon: Organisation = Organisation()

    @model_validator(mode="after")
    def _no_pictures_in_theme(self) -> StyleDocument:
        for field in ("logo", "cover_image"):
            if getattr(self.theme, field) is not None:
                raise validation_error(
                    "StyleDocument",
                    ("theme", field),
                    "house_style_picture",
                    "a house style keeps its logo as its own entry and has no cover image",
                    field,
                )
        return self


@dataclass(frozen=True)
class HouseStyle:
    """A house style in memory: ``style.json`` and the logo's bytes (when it has a logo)."""

    document: StyleDocument
    logo: bytes | None = None

    @property
    def name(self) -> str:
        """What the style is called, e.g. the organisation's name."""
        return self.document.name


# ---------------------------------------------------------------------------- to and from


def from_project(project: Project, name: str) -> HouseStyle:
    """The house style of ``project``: its theme, logo and organisation details."""
    pub = project.publication
    theme = Theme.model_validate({**dict(pub.theme), "logo": None, "cover_image": None})
    colophon = pub.colophon
    organisation = Organisation.model_validate(
        {field: getattr(colophon, field) for field in ORGANISATION_FIELDS}
    )
    logo_image = pub.theme.logo
    logo_data = project.assets.get(logo_image.asset) if logo_image is not None else None
    entry = None
    if logo_image is not None and logo_data is not None:
        kind = images.allowed_format(logo_data)
        entry = LogoEntry(
            file=_LOGO_FILE[kind], alt=logo_image.alt, decorative=logo_image.decorative
        )
    document = StyleDocument(name=name, theme=theme, logo=entry, colophon=organisation)
    return HouseStyle(document, logo_data)  # without an entry, logo_data is None too


def apply(project: Project, style: HouseStyle) -> Project:
    """``project`` in ``style``: its theme and logo, and its organisation details filled in.

    The publication's cover image stays; so do colophon fields the style leaves empty.
    """
    pub = project.publication
    logo: Image | None = None
    if style.logo is not None and style.document.logo is not None:
        entry = style.document.logo
        extension = entry.file.rsplit(".", 1)[1]  # pragma: no mutate (one dot: any split agrees)
        project, asset = project.with_asset(style.logo, extension)
        logo = Image(asset=asset, alt=entry.alt, decorative=entry.decorative)
    theme = {**dict(style.document.theme), "logo": logo, "cover_image": pub.theme.cover_image}
    colophon: dict[str, object] = dict(pub.colophon)
    for field in ORGANISATION_FIELDS:
        value = getattr(style.document.colophon, field)
        if value:
            colophon[field] = value
    pub = replace_at(pub, ("theme",), theme)
    pub = replace_at(pub, ("colophon",), Colophon.model_validate(colophon))
    return project.with_publication(pub)


# ---------------------------------------------------------------------------- writing


def to_bytes(style: HouseStyle) -> bytes:
    """The ``.podium-style`` file's bytes: reproducible (fixed dates, sorted, pretty JSON)."""
    data = style.document.model_dump(
        mode="json",  # pragma: no mutate (a style holds str, bool and None: dumps are the same)
        exclude={"theme": {"logo", "cover_image"}},
    )
    text = json.dumps(
        data,
        indent=2,
        ensure_ascii=False,  # pragma: no mutate (None is as false as False)
    )
    text += "\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            _info("mimetype"),
            MIMETYPE,
            compress_type=zipfile.ZIP_STORED,  # pragma: no mutate (a ZipInfo's default)
        )
        archive.writestr(_info(STYLE_JSON), text, compress_type=zipfile.ZIP_DEFLATED)
        if style.logo is not None and style.document.logo is not None:
            archive.writestr(
                _info(style.document.logo.file),
                style.logo,
                compress_type=zipfile.ZIP_STORED,  # pragma: no mutate (a ZipInfo's default)
            )
    return buffer.getvalue()


def _info(name: str) -> zipfile.ZipInfo:
    # Also ZipInfo's default date; a zip keeps seconds in steps of two (so 1 is stored as 0).
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # pragma: no mutate (see above)
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def save(style: HouseStyle, path: str | os.PathLike[str]) -> None:
    """Write ``style`` to ``path`` in one step, read back first; raises :class:`HouseStyleError`."""
    path = Path(path)
    data = to_bytes(style)
    try:
        with atomic_write(
            path,
            backup=False,  # pragma: no mutate (None is as false as False)
            verify=lambda temp: _verify(path, temp),
        ) as stream:
            stream.write(data)
    except WriteRefusedError as error:
        raise HouseStyleError(path, _refusal(error)) from error
    except OSError as error:
        reason = message("could not be saved ({detail})", detail=error.strerror or str(error))
        raise HouseStyleError(path, reason) from error


def _verify(path: Path, temp: Path) -> None:
    try:
        read(temp)
    except HouseStyleError as error:
        raise HouseStyleError(
            path, message("was not saved: it would not open again ({reason})", reason=error.reason)
        ) from error


# ---------------------------------------------------------------------------- reading


def read(path: str | os.PathLike[str]) -> HouseStyle:
    """Open a ``.podium-style`` file, trusting nothing in it; raises :class:`HouseStyleError`."""
    path = Path(path)
    try:
        opened = open_regular(path)
    except NotRegularFileError as error:
        raise HouseStyleError(path, _not_a_style_file(str(error))) from None
    except FileNotFoundError:
        raise HouseStyleError(path, message("no such file")) from None
    except OSError as error:
        raise HouseStyleError(path, _unreadable(error)) from None
    assert opened is not None  # links are followed: the user chose this path
    with opened as stream:
        try:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_FILE_BYTES:
                shown, most = safe_zip.sizes(size, MAX_FILE_BYTES)
                raise HouseStyleError(
                    path,
                    message(
                        "is too large ({size}); at most {most} is allowed", size=shown, most=most
                    ),
                )
            if stream.read(4) != b"PK\x03\x04":
                raise HouseStyleError(
                    path, message("this is not a Podium house style (not a zip file)")
                )
            stream.seek(0)  # pragma: no mutate (open_zip finds the zip from its end itself)
            with safe_zip.open_zip(stream, _LIMITS, noun="house style") as archive:
                return _read_members(path, archive)
        except safe_zip.ArchiveError as error:
            raise HouseStyleError(path, error.reason) from error
        except OSError as error:
            raise HouseStyleError(path, _unreadable(error)) from None


def _unreadable(error: OSError) -> Message:
    return message("cannot be read ({detail})", detail=error.strerror or str(error))


def _refusal(error: OSError) -> str:
    """Why a target was refused: the refusal's own message (a translatable one), kept whole."""
    reason = error.strerror
    return reason if isinstance(reason, str) else str(reason)


#: What an opened path that is not a regular file is, by :func:`models.atomic_file.file_kind`,
#: as a whole sentence for each kind (so each is translated whole).
_NOT_A_FILE = {
    "a folder": message("is a folder, not a house style file"),
    "a symbolic link": message("is a symbolic link, not a house style file"),
    "a device": message("is a device, not a house style file"),
    "a named pipe": message("is a named pipe, not a house style file"),
    "a socket": message("is a socket, not a house style file"),
    "a special file": message("is a special file, not a house style file"),
}


def _not_a_style_file(kind: str) -> Message:
    return _NOT_A_FILE.get(kind) or message("is {kind}, not a house style file", kind=kind)


_LIMITS = safe_zip.ZipLimits(
    max_entries=3,
    max_total_bytes=MAX_JSON_BYTES + MAX_LOGO_BYTES + 256,
    max_ratio=100,
    ratio_exempt=frozenset({STYLE_JSON}),
)


def _read_members(path: Path, archive: safe_zip.SafeZip) -> HouseStyle:
    infos = archive.infos
    names = [info.filename for info in infos]
    if not names or names[0] != "mimetype" or archive.read(infos[0], 256).strip() != MIMETYPE:
        raise HouseStyleError(
            path, message("this is not a Podium house style (no 'mimetype' entry)")
        )
    for name in names[1:]:
        if name != STYLE_JSON and name not in _LOGO_FILES:
            reason = message("unexpected entry '{entry}'", entry=safe_zip.shown(name))
            raise HouseStyleError(path, reason)
    if STYLE_JSON not in names:
        raise HouseStyleError(path, message("the file has no '{file}'", file=STYLE_JSON))
    document = _document(path, archive.read(infos[names.index(STYLE_JSON)], MAX_JSON_BYTES))
    logo_names = [name for name in names if name in _LOGO_FILES]
    wanted = document.logo.file if document.logo is not None else None
    if logo_names != ([wanted] if wanted else []):
        raise HouseStyleError(
            path,
            message(
                "the logo named in {file} and the logo in the file do not agree", file=STYLE_JSON
            ),
        )
    if wanted is None:
        return HouseStyle(document)
    logo = archive.read(infos[names.index(wanted)], MAX_LOGO_BYTES)
    try:
        info = images.check(logo, wanted)
    except images.ImageError as error:
        raise HouseStyleError(path, message("the logo {reason}", reason=error.reason)) from None
    if info.width * info.height > MAX_LOGO_PIXELS:
        raise HouseStyleError(
            path,
            message(
                "the logo is {width} × {height} pixels; a logo may have at most {most} million",
                width=info.width,
                height=info.height,
                most=MAX_LOGO_PIXELS // 1_000_000,
            ),
        )
    return HouseStyle(document, logo)


def _document(path: Path, raw: bytes) -> StyleDocument:
    try:
        text = raw.decode("utf-8")  # pragma: no mutate ("UTF-8" is the same codec)
    except UnicodeDecodeError:
        raise HouseStyleError(
            path, message("{file} is not valid UTF-8 text", file=STYLE_JSON)
        ) from None
    if max_depth(text) > MAX_JSON_DEPTH:
        raise HouseStyleError(path, message("{file} is nested too deeply", file=STYLE_JSON))
    try:
        data = json.loads(text)
    except ValueError as error:
        reason = message("{file} is not valid JSON ({detail})", file=STYLE_JSON, detail=str(error))
        raise HouseStyleError(path, reason) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise HouseStyleError(path, message("this is not a Podium house style (wrong format)"))
    if data.get("version") != VERSION:
        raise HouseStyleError(
            path, message("this house style was made by another version of Podium: update Podium")
        )
    try:
        return StyleDocument.model_validate(data)
    except ValidationError as error:
        problem = problems_from_error(error)[0]
        reason = message("{file} is not valid: {problem}", file=STYLE_JSON, problem=problem)
        raise HouseStyleError(path, reason) from None
