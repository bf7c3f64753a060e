"""A project: the publication plus the image files it refers to."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from models import images
from models.message import message
from models.publication import Image, Publication

IMAGE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "gif", "webp"})


def asset_name(data: bytes, extension: str) -> str:
    """The name an image is stored under: its SHA-256, so equal images are stored once.

    The extension must agree with what the bytes are (the project reader refuses a
    mismatch); bytes of no known kind are left for the reader's full check to judge.
    """
    ext = extension.lower().lstrip(".")  # pragma: no mutate (lstrip("XX.XX"): lowered first)
    if ext not in IMAGE_EXTENSIONS:
        raise ValueError(
            message("'.{ext}' images are not supported (use PNG, JPEG, GIF or WebP)", ext=ext)
        )
    real = images.sniff(data)
    if real is not None and images.format_of_extension(f"x.{ext}") != real:
        raise ValueError(
            message(
                "the file is a {kind} image, not a '.{ext}' one", kind=images.label(real), ext=ext
            )
        )
    what = images.describe(data)  # a kind sniff() knows is none of the refused kinds
    if what is not None:
        raise ValueError(
            message(
                "the file is {what}; only PNG, JPEG, GIF and WebP images are allowed", what=what
            )
        )
    return f"assets/{hashlib.sha256(data).hexdigest()}.{ext}"


@dataclass(frozen=True)
class Project:
    """An immutable publication with its assets (``assets/<sha256>.<ext>`` → bytes)."""

    publication: Publication
    assets: Mapping[str, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "assets", MappingProxyType(dict(self.assets)))

    def with_publication(self, publication: Publication) -> Project:
        """The same assets with another publication: what every edit makes."""
        return Project(publication, self.assets)

    def with_asset(self, data: bytes, extension: str) -> tuple[Project, str]:
        """A project that also holds ``data``, and the asset name to refer to it by."""
        name = asset_name(data, extension)
        return Project(self.publication, {**self.assets, name: data}), name

    def used_assets(self) -> dict[str, bytes]:
        """The assets the publication refers to; unreferenced ones are not saved."""
        return {
            img.asset: self.assets[img.asset]
            for img in iter_images(self.publication)
            if img.asset in self.assets
        }

    def missing_assets(self) -> list[str]:
        """Asset names the publication refers to but the project lacks, sorted."""
        return sorted({img.asset for img in iter_images(self.publication)} - set(self.assets))


def iter_images(publication: Publication) -> Iterator[Image]:
    """Every image in the publication, in document order (cover and logo first)."""
    theme = publication.theme
    for image in (theme.cover_image, theme.logo):
        if image is not None:
            yield image
    for speaker in publication.speakers:
        if speaker.portrait is not None:
            yield speaker.portrait
    for _, body in publication.iter_bodies():
        for block in body:
            if block.kind == "figure":
                yield from block.images
