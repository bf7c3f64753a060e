"""An export asks for each photo again with the project's own bytes object: its hash is
remembered by identity, never trusted for other bytes, and the memory it keeps is bounded."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pytest
from PIL import Image as PILImage

from models import images


def png(shade: int) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (8, 8), (shade, 0, 0)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of what images hashes, from now on."""
    made: list[int] = []
    real = hashlib.sha256

    def counting(data: bytes = b"", **kwargs: Any) -> Any:
        made.append(len(data))
        return real(data, **kwargs)

    monkeypatch.setattr(images.hashlib, "sha256", counting)
    monkeypatch.setattr(images, "_digests", type(images._digests)())
    return made


def test_the_same_bytes_object_is_hashed_once(hashes: list[int]) -> None:
    data = png(10)
    first = images.prepare(data)
    after_first = len(hashes)
    assert images.prepare(data) is first
    assert len(hashes) == after_first  # the second time: no hashing at all


def test_equal_bytes_in_another_object_are_hashed_and_prepared_alike(hashes: list[int]) -> None:
    data = png(20)
    copy = bytes(bytearray(data))
    assert copy is not data
    prepared = images.prepare(data)
    before = len(hashes)
    assert images.prepare(copy) == prepared
    assert len(hashes) > before  # identity, never equality, saves the hashing


def test_different_bytes_never_share_a_digest(hashes: list[int]) -> None:
    red, darker = png(30), png(40)
    assert images.prepare(red).data != images.prepare(darker).data


def test_the_remembered_bytes_stay_within_the_budget(
    hashes: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images, "_PREPARED_BYTES", 1)
    for shade in (50, 60, 70):
        images.prepare(png(shade))
    assert len(images._digests) == 1  # the newest only: each is over the budget alone


def test_clearing_the_caches_makes_every_image_hashed_and_prepared_again(
    hashes: list[int],
) -> None:
    data = png(7)
    images.prepare(data)
    images.check(data)
    images.clear_caches()
    hashes.clear()
    assert not images._checked and not images._prepared and not images._digests
    images.prepare(data)
    assert hashes  # not remembered: hashed again
