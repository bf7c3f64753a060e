"""An image credit typed with "Foto:" or "Photo:" is not printed with the word twice."""

from __future__ import annotations

import io

import pytest
from PIL import Image as PILImage

from exporters import ir
from exporters.photo_credit import bare_credit, credit_line
from models import Project, Publication
from models.project import asset_name


@pytest.mark.parametrize(
    ("typed", "bare"),
    [
        ("Jan Jansen", "Jan Jansen"),
        ("Foto: Jan Jansen", "Jan Jansen"),
        ("foto:Jan Jansen", "Jan Jansen"),
        ("Photo: Jane Doe", "Jane Doe"),
        ("PHOTOS : Jane Doe", "Jane Doe"),
        ("Foto's: ANP", "ANP"),
        ("Foto\u2019s: ANP", "ANP"),
        ("Fotografie: Studio Zuid", "Studio Zuid"),
        ("Photography: Studio South", "Studio South"),
        ("Beeld: ANP", "Beeld: ANP"),  # an illustration's credit keeps its own word
        ("Fotostudio Zuid", "Fotostudio Zuid"),  # a name that starts like the word
        ("Foto:", "Foto:"),  # nothing but the word: kept, not silently emptied
    ],
)
def test_bare_credit_drops_a_typed_photo_word(typed: str, bare: str) -> None:
    assert bare_credit(typed) == bare


def test_credit_line_has_the_word_once_in_the_publication_language() -> None:
    assert credit_line("Foto: Jan Jansen", "nl") == "Foto: Jan Jansen"
    assert credit_line("Photo: Jane Doe", "nl") == "Foto: Jane Doe"
    assert credit_line("Foto: Jan Jansen", "en") == "Photo: Jan Jansen"
    assert credit_line("Jane Doe", "en") == "Photo: Jane Doe"


def test_the_export_prints_a_typed_photo_word_once() -> None:
    """The IR, which both renderers read, holds the bare name: under the image and in the
    colophon's line of photo credits alike."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (30, 20), (0, 85, 127)).save(buffer, format="PNG")
    name = asset_name(buffer.getvalue(), "png")
    figure = {"kind": "figure", "images": [{"asset": name, "alt": "Vlak", "credit": "Foto: Jan"}]}
    pub = Publication.model_validate(
        {
            "title": "Beeld",
            "publication_date": "2026-01-01",
            "blocks": [{"kind": "section", "id": "s", "title": "S", "body": [figure]}],
        }
    )
    document = ir.build(Project(pub, {name: buffer.getvalue()}))
    section, colophon = document.blocks[1], document.blocks[-1]
    assert isinstance(section, ir.Group) and isinstance(colophon, ir.Group)
    group = next(c for c in section.children if isinstance(c, ir.FigureGroup))
    assert group.figures[0].credit == "Jan"
    block = colophon.children[0]
    assert isinstance(block, ir.ColophonBlock)
    assert block.credits == (("Foto's", "Jan"),)
