"""The built-in templates: each opens, validates, exports, and is flagged until filled in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from exporters.export import export
from models import Publication, placeholders, validate
from models.edit import get_at, replace_at
from models.preflight import errors, preflight
from models.project import Project
from models.templates import SLUGS, UnknownTemplateError, load_template, template_path

TODAY = dt.date(2031, 5, 6)


@pytest.fixture(params=SLUGS)
def template(request: pytest.FixtureRequest) -> Project:
    return load_template(request.param, TODAY)


def test_every_template_is_a_folder_of_the_shipped_resources() -> None:
    for slug in SLUGS:
        assert (template_path(slug) / "publication.json").is_file()
    with pytest.raises(UnknownTemplateError, match="symposiumverslag"):
        load_template("nope")


def test_a_template_is_dutch_valid_and_dated_today(template: Project) -> None:
    pub = template.publication
    assert pub.language == "nl"
    assert pub.publication_date == TODAY
    assert pub.event is not None and pub.event.date == TODAY
    data = json.loads(json.dumps(pub.model_dump(mode="json")))
    assert validate(data)[1] == []


def test_templates_use_the_v3_shapes_they_promise() -> None:
    congress = load_template("congres").publication
    parts = [b for b in congress.blocks if b.kind == "part"]
    assert len(parts) >= 3
    roles = {p.role for _, b in congress.iter_blocks() if b.kind == "section" for p in b.people}
    assert {"speaker", "moderator", "panel"} <= roles
    webinar = load_template("webinar").publication
    videos = [v for _, b in webinar.iter_blocks() if b.kind == "section" for v in b.videos]
    assert videos and any(v.access_note for v in videos)
    panel = load_template("panelgesprek").publication
    assert any(b.kind == "quote" for b in panel.blocks)


def test_a_template_exports_to_pdf_and_html(template: Project, tmp_path: Path) -> None:
    export(template, pdf=tmp_path / "t.pdf", html=tmp_path / "t.html")
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
    assert "‹Titel van" in (tmp_path / "t.html").read_text(encoding="utf-8")


def test_preflight_blocks_a_template_until_its_placeholders_are_replaced(
    template: Project,
) -> None:
    pub = template.publication
    found = placeholders.find(pub)
    assert len(found) > 10
    flagged = [f for f in errors(preflight(template)) if f.code == "placeholder"]
    assert [f.loc for f in flagged] == [p.loc for p in found]
    assert flagged[0].loc == ("title",)
    assert flagged[0].message.startswith("Title: ")
    assert "‹" in flagged[0].message
    filled = _replace_all(pub)
    assert placeholders.find(filled) == []
    after = preflight(template.with_publication(filled))
    assert not [f for f in after if f.code == "placeholder"]


def _replace_all(pub: Publication) -> Publication:
    """Every placeholder replaced by plain words, one validated edit per field."""
    for found in placeholders.find(pub):
        text = get_at(pub, found.loc)
        pub = replace_at(pub, found.loc, placeholders.PLACEHOLDER.sub("echte tekst", text))
    return pub


def test_placeholders_are_found_in_any_text_field() -> None:
    pub = Publication.model_validate(
        {
            "title": "Verslag",
            "publication_date": "2030-01-01",
            "speakers": [{"id": "a", "name": "‹Naam›"}],
            "blocks": [
                {"kind": "quote", "id": "q", "text": "Een citaat"},
                {
                    "kind": "part",
                    "id": "p",
                    "title": "Deel",
                    "blocks": [
                        {"kind": "section", "id": "s", "title": "Een ‹titel› hier"},
                        {"kind": "section", "id": "t", "body": ["Tekst met ‹x› en ‹y›"]},
                    ],
                },
            ],
            "colophon": {"credits": [{"role": "Tekst", "names": ["A", "‹B›"]}]},
        }
    )
    found = {p.loc: p.text for p in placeholders.find(pub)}
    assert found == {
        ("blocks", 1, "blocks", 0, "title"): "‹titel›",
        ("blocks", 1, "blocks", 1, "body", 0, "text"): "‹x›",
        ("speakers", 0, "name"): "‹Naam›",
        ("colophon", "credits", 0, "names", 1): "‹B›",
    }
    assert placeholders.placeholders_in("geen ‹ › of ‹\n›, wel ‹ja›") == ["‹ ›", "‹ja›"]
