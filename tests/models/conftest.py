"""Fixtures for the model tests: small valid publications, a tiny image, the sample.

Every hostile or odd file is built by the test that needs it, in ``tmp_path``; no binary
blobs live in the repository.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from models import SCHEMA_VERSION, Project, Publication
from models.project import asset_name

Data = dict[str, Any]
MakeData = Callable[..., Data]


def minimal_data(**overrides: Any) -> Data:
    """The smallest valid ``publication.json`` data, with ``overrides`` applied."""
    return {
        "schema_version": SCHEMA_VERSION,
        "title": "Titel",
        "publication_date": "2024-05-01",
        **overrides,
    }


@pytest.fixture
def make_data() -> MakeData:
    """A factory: ``make_data(title=...)`` → valid publication data with those keys changed."""
    return minimal_data


@pytest.fixture
def png_bytes() -> bytes:
    """A real 3×2 PNG, so the IR and renderers can read its size."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (3, 2), (0, 85, 127)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def image_project(png_bytes: bytes, make_data: MakeData) -> Project:
    """A small project with one section holding one image asset."""
    name = asset_name(png_bytes, "png")
    data = make_data(
        blocks=[
            {
                "kind": "section",
                "id": "sec-a",
                "title": "Met beeld",
                "body": [{"kind": "figure", "images": [{"asset": name, "alt": "Een blauw vlak"}]}],
            }
        ]
    )
    return Project(Publication.model_validate(data), {name: png_bytes})


@pytest.fixture
def sample_path() -> Path:
    """The built-in sample project folder, found through importlib.resources."""
    return Path(str(files("resources").joinpath("examples/ruimte-voor-professionals")))
