"""Fixtures shared by the editor tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import resources
from models import Project, Publication, load, save

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    """A copy of the sample as a ``.podium`` file, so tests never touch the bundled one."""
    path = tmp_path / "sample.podium"
    save(load(SAMPLE), path)
    return path


def day_publication() -> Publication:
    """A day report of another shape than the sample: an untitled lead-in, a part of talks
    with a quote and a panel (a moderator, panel members with long names, "with thanks
    to"), a part of two parallel workshops (one typed byline, one in English), a quote
    between the parts and an untitled closing word that names its speaker (hidden byline).
    """
    speakers = [
        {
            "id": "anne",
            "name": "Anne de Wit",
            "role": "hoogleraar",
            "organisation": "de VU",
            "connector": "aan",
        },
        {
            "id": "bram",
            "name": "Bram Okafor",
            "role": "wethouder",
            "organisation": "Amsterdam",
            "connector": "van",
        },
        {
            "id": "cato",
            "name": "Cato Lindqvist-Vandenberghe",
            "role": "adviseur",
            "organisation": "Stichting Lezen & Schrijven",
        },
        {"id": "dirk", "name": "Dirk Jansen", "organisation": "Gemeente Utrecht"},
        {
            "id": "eva",
            "name": "Eva Smit",
            "role": "policy officer",
            "organisation": "Geo Guild",
            "connector": "",
        },
    ]
    blocks = [
        {"kind": "section", "id": "welkom", "body": ["Welkom bij een dag over *leesbare* taal."]},
        {
            "kind": "part",
            "id": "ochtend",
            "title": "De presentaties",
            "intro": ["Drie sprekers in de ochtend."],
            "blocks": [
                {
                    "kind": "section",
                    "id": "opening",
                    "title": "Opening",
                    "people": ["anne"],
                    "body": [
                        {
                            "kind": "list",
                            "items": [{"text": "eerste punt", "items": ["een detail"]}],
                        }
                    ],
                },
                {
                    "kind": "quote",
                    "id": "q-helder",
                    "text": "Schrijf *helder*.",
                    "attribution": "deelnemer",
                    "speaker_id": None,
                },
                {
                    "kind": "section",
                    "id": "panel",
                    "title": "Panelgesprek",
                    "people": [
                        {"speaker_id": "dirk", "role": "moderator"},
                        {"speaker_id": "bram", "role": "panel"},
                        {"speaker_id": "cato", "role": "panel"},
                        {"speaker_id": "anne", "role": "thanks"},
                    ],
                },
            ],
        },
        {"kind": "quote", "id": "q-pauze", "text": "Na de pauze ging het verder."},
        {
            "kind": "part",
            "id": "workshops",
            "title": "Workshopronde 1",
            "blocks": [
                {
                    "kind": "section",
                    "id": "ws-a",
                    "title": "Workshop A",
                    "people": ["cato"],
                    "byline": "custom",
                    "byline_text": "Begeleid door Cato",
                },
                {
                    "kind": "section",
                    "id": "ws-b",
                    "title": "Workshop B",
                    "language": "en",
                    "people": ["eva"],
                    "body": [{"kind": "heading", "text": "Maps"}, "Text."],
                },
            ],
        },
        {
            "kind": "section",
            "id": "slot",
            "people": ["bram"],
            "byline": "hidden",
            "body": ["Bram Okafor sloot de dag af met een oproep."],
        },
    ]
    return Publication.model_validate(
        {
            "title": "Een dag over leesbare taal",
            "publication_date": dt.date(2025, 3, 14),
            "speakers": speakers,
            "blocks": blocks,
        }
    )


@pytest.fixture
def day() -> Publication:
    """:func:`day_publication`."""
    return day_publication()


@pytest.fixture
def day_file(tmp_path: Path) -> Path:
    """:func:`day_publication` as a ``.podium`` file."""
    path = tmp_path / "dag.podium"
    save(Project(day_publication()), path)
    return path
