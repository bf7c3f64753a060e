"""Images of a source as figures (models/importing/figures.py): an embedded photo becomes a
figure with its caption and description; a remote, missing or refused image becomes a line
of the import report that names it."""

from __future__ import annotations

import import_builders as builders
import pytest

from models import images
from models.importing.document import Picture
from models.importing.figures import Placed, place, short
from models.importing.notes import Note
from models.project import asset_name

PHOTO = builders.png((200, 120, 40), (12, 9))


@pytest.fixture(autouse=True)
def _fresh_images() -> None:
    images.clear_caches()


def test_an_embedded_photo_with_a_description_becomes_a_figure() -> None:
    report: list[Note] = []
    picture = Picture(
        alt="Wethouder Fatima El Amrani opent het symposium",
        data=PHOTO,
        caption="De opening in de Jaarbeurs",
        name="media/image1.png",
    )
    placed = place(picture, report)
    prepared = images.prepare(PHOTO)
    name = asset_name(prepared.data, prepared.extension)
    assert placed == Placed(
        name,
        prepared.data,
        {
            "kind": "figure",
            "images": [
                {
                    "asset": name,
                    "caption": "De opening in de Jaarbeurs",
                    "alt": "Wethouder Fatima El Amrani opent het symposium",
                }
            ],
        },
    )
    assert name.endswith(".png")
    assert report == []


def test_a_photo_without_a_description_is_marked_decorative_and_reported() -> None:
    report: list[Note] = []
    placed = place(Picture(data=PHOTO, name="media/zaal.png"), report)
    assert placed is not None
    assert placed.figure["images"] == [{"asset": placed.asset, "caption": "", "decorative": True}]
    assert [note.text for note in report] == [
        "image ‘media/zaal.png’ has no description: marked decorative; describe it if it is not"
    ]


def test_a_photo_without_description_or_name_is_an_unnamed_decorative_image() -> None:
    report: list[Note] = []
    assert place(Picture(data=PHOTO), report) is not None
    assert report == [Note("image_decorative_unnamed", {})]
    assert report[0].text == (
        "an image has no description: marked decorative; describe it if it is not"
    )


@pytest.mark.parametrize("url", ["https://www.example.nl/foto.jpg", "HTTP://example.org/panel.png"])
def test_a_remote_image_is_not_fetched_and_reported_with_its_address(url: str) -> None:
    report: list[Note] = []
    assert place(Picture(alt="Het panel", url=url), report) is None
    assert report == [Note("remote_image", {"image": "Het panel", "url": url})]
    assert report[0].text == f"image ‘Het panel’ was not fetched (remote: {url}); add it by hand"


def test_an_unnamed_remote_image_is_reported_by_its_address() -> None:
    report: list[Note] = []
    place(Picture(url="https://cdn.example.org/x.png"), report)
    assert [note.text for note in report] == [
        "an image was not fetched (remote: https://cdn.example.org/x.png); add it by hand"
    ]


def test_an_image_the_file_does_not_hold_is_reported() -> None:
    report: list[Note] = []
    assert place(Picture(name="foto's/zaal.jpg", url="foto's/zaal.jpg"), report) is None
    assert [note.text for note in report] == [
        "image ‘foto's/zaal.jpg’ was not imported (‘foto's/zaal.jpg’ is not in the file)"
    ]
    report.clear()
    place(Picture(url="ftp://example.org/x.png"), report)
    assert [note.text for note in report] == [
        "an image was not imported (‘ftp://example.org/x.png’ is not in the file)"
    ]


def test_an_image_of_a_refused_kind_is_reported_with_the_reason() -> None:
    report: list[Note] = []
    picture = Picture(alt="Grafiek woningbouw", data=b"not an image at all", name="chart.emf")
    assert place(picture, report) is None
    assert [note.kind for note in report] == ["image_refused"]
    assert report[0].params["image"] == "Grafiek woningbouw"
    assert report[0].text.startswith("image ‘Grafiek woningbouw’ was refused: it is ")
    assert report[0].text.endswith("only PNG, JPEG, GIF and WebP images are allowed")


def test_an_unnamed_refused_image() -> None:
    report: list[Note] = []
    place(Picture(data=b"\x00" * 40), report)
    assert [note.kind for note in report] == ["image_refused_unnamed"]
    assert report[0].text.startswith("an image was refused: it is ")


def test_a_long_description_names_the_image_by_its_first_sixty_characters() -> None:
    alt = "Een foto van de zaal   tijdens het\npanelgesprek met " + "zeer " * 20
    report: list[Note] = []
    place(Picture(alt=alt, url="https://example.org/p.jpg"), report)
    named = report[0].params["image"]
    assert isinstance(named, str)
    assert len(named) == 60
    assert named == " ".join(alt.split())[:59] + "…"


def test_the_description_names_an_image_before_its_file_name() -> None:
    report: list[Note] = []
    place(Picture(alt="Het panel", name="image3.png", url="image3.png"), report)
    assert report[0].params["image"] == "Het panel"


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        ("kort", 60, "kort"),
        ("  twee\n regels  ", 60, "twee regels"),
        ("a" * 60, 60, "a" * 60),
        ("a" * 61, 60, "a" * 59 + "…"),
        ("abcdef", 5, "abcd…"),
        ("abcde", 5, "abcde"),
        ("", 60, ""),
    ],
)
def test_short_cuts_text_to_its_limit(text: str, limit: int, cut: str) -> None:
    assert short(text, limit) == cut


def test_short_cuts_at_sixty_by_default() -> None:
    assert short("b" * 61) == "b" * 59 + "…"
    assert short("b" * 60) == "b" * 60
